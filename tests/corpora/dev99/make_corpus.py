#!/usr/bin/env python3
"""Corpus dev99 for Siegel: medical, dental, therapy and pharmacy practices as
business customers of the (fictitious) Aurelia Versicherung AG.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME messages and attachment files.

    python make_corpus.py          writes mails/d99-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it

Standard library only, Python 3.8+, deterministic (seed 99), no network.
"""
import base64
import csv
import datetime
import io
import os
import random
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

NN = 99
N_MAILS = 150
SEED = 99
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TIME = (2024, 3, 1, 9, 0, 0)
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBANs that are meant to be wrong (a customer's typo); --check expects them to fail
INVALID_ON_PURPOSE = {"DE17110227111827245853"}  # m137: customer typo quoted by the insurer

# ---------------------------------------------------------------- attachments
class Att(object):
    def __init__(self, filename, data, maintype, subtype, charset=None, inner=None):
        self.filename = filename
        self.data = data            # bytes, or str for text/*
        self.maintype = maintype
        self.subtype = subtype
        self.charset = charset
        self.inner = inner          # EmailMessage for message/rfc822


def _zip(members, deflate=True):
    """members: list of (name, bytes). Fixed timestamps; 'mimetype' stored."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.external_attr = 0o644 << 16
            if name == "mimetype" or not deflate:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(filename, lines, title=None, octet=False):
    """Simple text PDF (Helvetica, WinAnsi), 46 lines per page."""
    pages = [lines[i:i + 46] for i in range(0, max(len(lines), 1), 46)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(None)  # pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                b"/Encoding /WinAnsiEncoding >>")
    page_ids = []
    for pi, pl in enumerate(pages):
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"50 800 Td"]
        for li, line in enumerate(pl):
            font = b"/F2 11 Tf" if (pi == 0 and li == 0) else b"/F1 10 Tf"
            ops.append(font)
            ops.append(b"(" + _pdf_str(line) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n"
                    + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                     "/Contents %d 0 R >>" % content_id).encode())
        page_ids.append(len(objs))
    objs[kids_placeholder] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info = None
    if title:
        objs.append(b"<< /Title (" + _pdf_str(title) + b") /Producer (Aurelia DMS) "
                    b"/CreationDate (D:20240301090000+01'00') >>")
        info = len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(("%d 0 obj\n" % i).encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(("xref\n0 %d\n" % (len(objs) + 1)).encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(("%010d 00000 n \n" % off).encode())
    trailer = "trailer\n<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if info:
        trailer += " /Info %d 0 R" % info
    trailer += " >>\nstartxref\n%d\n%%%%EOF\n" % xref
    out.write(trailer.encode())
    if octet:
        return Att(filename, out.getvalue(), "application", "octet-stream")
    return Att(filename, out.getvalue(), "application", "pdf")


def docx(filename, paragraphs, table=None):
    """paragraphs: list of str (a str starting with '# ' becomes bold);
    table: optional list of rows (list of str), appended after the paragraphs."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s'
                        '</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                            '</w:p></w:tc>' % _x(c) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    data = _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode("utf-8"))])
    return Att(filename, data, "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document")


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(filename, rows, sheet="Tabelle1"):
    """rows: list of lists; numbers stay numbers, everything else inline strings."""
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
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    data = _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/worksheets/sheet1.xml", sh.encode("utf-8"))])
    return Att(filename, data, "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(filename, mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>' % mime)
    data = _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode("utf-8"))])
    return Att(filename, data, "application", mime.split("/", 1)[1])


def odt(filename, paragraphs):
    body = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    return _odf(filename, "application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % body)


def ods(filename, rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        tcs = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tcs.append('<table:table-cell office:value-type="float" office:value="%s">'
                           '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                tcs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                           '</table:table-cell>' % _x(v))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(tcs))
    return _odf(filename, "application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet>' % (_x(sheet), "".join(trs)))


def csv_att(filename, text, charset="utf-8", excel=False):
    text = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    if excel:
        return Att(filename, text.encode(charset), "application", "vnd.ms-excel")
    return Att(filename, text, "text", "csv", charset=charset)


def txt_att(filename, text, charset="utf-8", subtype="plain"):
    return Att(filename, text.strip("\n").replace("\n", "\r\n") + "\r\n", "text", subtype,
               charset=charset)


def html_att(filename, html):
    return Att(filename, html, "text", "html", charset="utf-8")


def ics(filename, text):
    text = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    return Att(filename, text, "text", "calendar", charset="utf-8")


def zip_att(filename, atts):
    members = []
    for a in atts:
        d = a.data
        if isinstance(d, str):
            d = d.encode(a.charset or "utf-8")
        members.append((a.filename, d))
    return Att(filename, _zip(members), "application", "zip")


def eml_att(filename, **kw):
    inner = build(inner_only=True, **kw)
    return Att(filename, None, "message", "rfc822", inner=inner)


# ---------------------------------------------------------------- messages
_rng = random.Random(SEED)
_BASE = datetime.datetime(2024, 1, 8, 7, 30)
_DATES = []
for _i in range(N_MAILS):
    _d = _BASE + datetime.timedelta(days=_rng.randint(0, 300), minutes=_rng.randint(0, 11 * 60))
    _DATES.append(_d)
_CUR = {"n": 0}


def _tz(d):
    # CEST from the last Sunday of March to the last Sunday of October (good enough)
    summer = datetime.datetime(d.year, 3, 31) <= d < datetime.datetime(d.year, 10, 27)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def _date(when):
    if when is None:
        d = _DATES[_CUR["n"] - 1]
    else:
        d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=_tz(d)))


def build(frm, to, subject, body=None, html=None, atts=(), cc=None, when=None,
          charset="utf-8", cte="quoted-printable", flowed=False, reply_to=None,
          in_reply_to=None, headers=None, inner_only=False, mid=None, **_ignored):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = _date(when)
    n = _CUR["n"]
    m["Message-ID"] = mid or "<d%d-%04d.%s@aurelia-versicherung.example>" % (
        NN, n, "i" if inner_only else "m")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or []):
        m[k] = v
    if body is not None:
        body = body.strip("\n") + "\n"
        if cte == "7bit":
            body.encode("ascii")
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        m.set_content("\n", subtype="plain", charset="utf-8", cte="7bit")
    for a in atts:
        if a.inner is not None:
            m.add_attachment(a.inner, filename=a.filename)
        elif a.maintype == "text":
            m.add_attachment(a.data, subtype=a.subtype, charset=a.charset or "utf-8",
                             cte="quoted-printable" if a.subtype != "csv" or a.charset == "utf-8"
                             else "base64", filename=a.filename)
        else:
            m.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype,
                             filename=a.filename)
    # fixed boundaries
    k = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_d%d_%04d_%s%d" % (NN, n, "i" if inner_only else "b", k))
    return m


def mail(label, lang, kind, reason, **kw):
    assert label in LABELS, label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason
    return {"label": label, "lang": lang, "kind": kind, "reason": reason, "msg": build(**kw)}


def _serialize(m):
    data = m.as_bytes(policy=policy.SMTP)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- writing
def all_mails():
    out = []
    for i in range(1, N_MAILS + 1):
        _CUR["n"] = i
        fn = globals().get("m%03d" % i)
        if fn is None:
            continue
        out.append((i, fn()))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, d in all_mails():
        name = "d%d-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(_serialize(d["msg"]))
        rows.append("\t".join([name, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# ---------------------------------------------------------------- checking
IBAN_RE = re.compile(r"\b([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){3,7}(?: ?[A-Za-z0-9]{1,3})?)\b")
MAIL_RE = re.compile(r"[\w.+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+[A-Za-z0-9])", re.I)
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "FR": 27, "LU": 20}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    xr = data[sx:].split(b"\n")
    cnt = int(xr[1].split()[1])
    for j in range(1, cnt):
        off = int(xr[2 + j][:10])
        assert re.match(rb"%d 0 obj" % j, data[off:off + 12]), "bad xref entry %d" % j
    parts = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
    out = []
    for p in parts:
        p = re.sub(rb"\\(.)", rb"\1", p)
        out.append(p.decode("cp1252"))
    return "\n".join(out)


def _xml_text(z, names):
    out = []
    for n in names:
        root = ET.fromstring(z.read(n))
        out.append(" ".join(t for t in root.itertext()))
    return "\n".join(out)


def _file_text(name, data):
    low = name.lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, "zip CRC error"
        names = z.namelist()
        if low.endswith(".docx"):
            return _xml_text(z, ["word/document.xml"])
        if low.endswith(".xlsx"):
            return _xml_text(z, ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
        if low.endswith((".odt", ".ods")):
            assert names[0] == "mimetype", "mimetype not first"
            return _xml_text(z, ["content.xml"])
        return "\n".join(_file_text(n, z.read(n)) for n in names if not n.endswith("/"))
    if low.endswith(".eml"):
        return _msg_text(BytesParser(policy=policy.default).parsebytes(data))
    for enc in ("utf-8", "cp1252"):
        try:
            t = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if low.endswith(".ics"):
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "bad ics"
    if low.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(t), delimiter=";"))
        assert rows, "empty csv"
    return t


def _msg_text(m):
    out = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if m[h]:
            out.append(str(m[h]))
    for part in m.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == "message/rfc822":
            out.append(_msg_text(part.get_content()))
            continue
        if part.get_content_maintype() == "text" and not fname:
            out.append(part.get_content())
            continue
        if ctype == "message/rfc822" or (fname or "").lower().endswith(".eml"):
            continue
        data = part.get_payload(decode=True)
        assert data, "empty attachment %s" % fname
        out.append(_file_text(fname or "x.bin", data))
    return "\n".join(out)


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:]]
    counts = {k: 0 for k in LABELS}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] == "NORMAL" and r[4].startswith("trap") and not r[4].startswith("trap:"):
            errors.append("trap reason format %s" % r[0])
    expected = ["d%d-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if [r[0] for r in rows] != expected:
        errors.append("labels.tsv file list differs from d%d-0001..%04d" % (NN, N_MAILS))
    if sorted(os.listdir(OUT)) != expected:
        errors.append("mails/ does not hold exactly the expected files")
    if counts != TARGET:
        errors.append("label counts %r != %r" % (counts, TARGET))
    mids = set()
    n_att = 0
    for name in expected:
        p = os.path.join(OUT, name)
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % name)
        try:
            m = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if not m[h]:
                    errors.append("%s: missing %s" % (name, h))
            if m["Message-ID"] in mids:
                errors.append("%s: duplicate Message-ID" % name)
            mids.add(m["Message-ID"])
            n_att += sum(1 for pt in m.walk() if pt.get_filename())
            text = _msg_text(m)
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (name, type(e).__name__, e))
            continue
        for h in ("From", "To", "Cc", "Reply-To"):
            if m[h]:
                for a in m[h].addresses:
                    if not a.domain.lower().endswith(".example"):
                        errors.append("%s: %s domain %s" % (name, h, a.domain))
        for dom in MAIL_RE.findall(text) + URL_RE.findall(text):
            if not dom.lower().endswith(".example"):
                errors.append("%s: domain %s" % (name, dom))
        for cand in IBAN_RE.findall(text):
            c = cand.replace(" ", "").upper()
            if c[:2] not in IBAN_LEN or len(c) != IBAN_LEN[c[:2]] or not c[4:].isalnum():
                continue
            if c in INVALID_ON_PURPOSE:
                if iban_ok(c):
                    errors.append("%s: intended-invalid IBAN is valid" % name)
                continue
            if not iban_ok(c):
                errors.append("%s: IBAN checksum %s" % (name, cand))
    print("mails: %d, attachments: %d" % (len(expected), n_att))
    print("labels: " + ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in LABELS))
    print("lang: " + ", ".join("%s=%d" % (k, langs[k]) for k in sorted(langs)))
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()


# ======================================================================
# The mails. Insurer: Aurelia Versicherung AG, Köln, team "Heilwesen &
# Praxen" (Firmenkunden). All mails leave from @aurelia-versicherung.example.
# ======================================================================
AV = "aurelia-versicherung.example"
SIG_REIMER = """
Mit freundlichen Grüßen

Jonas Reimer
Schadenregulierung Sach / Betriebsunterbrechung
Firmenkunden Heilwesen & Praxen

Aurelia Versicherung AG
Hohenzollernring 112, 50672 Köln
Tel. 0221 5503-4417
jonas.reimer@aurelia-versicherung.example

Aurelia Versicherung AG, Sitz Köln, Amtsgericht Köln HRB 88012
Vorstand: Dr. Gisela Hammes (Vors.), Frank Osterkamp, Ilka Brenner
Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Stenzel
"""

SIG_BRANDHORST = """
Mit freundlichen Grüßen
i. A. Dr. Felicitas Brandhorst
Haftpflicht-Schaden Heilwesen (Arzt-, Zahnarzt-, Apothekenhaftpflicht)
Aurelia Versicherung AG | Hohenzollernring 112 | 50672 Köln
T +49 221 5503-4620 | F +49 221 5503-4699
"""

SIG_OBERDIECK = """
Viele Grüße
Katrin Oberdieck
Kundenbetreuung Firmenkunden Heilwesen & Praxen
Aurelia Versicherung AG
Tel. 0221 5503-4402 | heilwesen@aurelia-versicherung.example
"""

SIG_MCALLISTER = """
Kind regards,

Fiona McAllister
International Client Service – Medical Professionals
Aurelia Versicherung AG | Hohenzollernring 112 | 50672 Cologne | Germany
+49 221 5503-4480
"""


def m001():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "named GP's practice contents claim (fridge failure): claim no., policy no., loss amount; vaccines only as stock, no patient",
        when="2024-03-19 10:12",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. med. Annette Vogelsang <praxis@hausarzt-vogelsang.example>",
        subject="Ihr Schaden S-24-0318-117 – Ausfall Impfstoffkühlschrank",
        body="""
Sehr geehrte Frau Dr. Vogelsang,

vielen Dank für Ihre Schadenmeldung vom Montag. Wir haben den Schaden unter der
Nummer S-24-0318-117 zu Ihrer Praxisinhaltsversicherung PI-4471 2283 angelegt.

Nach Ihren Angaben ist der Medikamentenkühlschrank (Liebherr MKv 3910) in der
Nacht vom 16. auf den 17.03. ausgefallen; Ihre MFA hat morgens 19,4 °C am
Display abgelesen, der Datenlogger zeigt eine Überschreitung von 8 °C seit ca.
23:40 Uhr. Mitversichert ist über die Klausel 4.7 (Verderb von Kühlgut durch
Ausfall der Kühlanlage) der Warenwert bis 15.000 EUR, Selbstbehalt 250 EUR.

Ihre Aufstellung haben wir erhalten:

  Boostrix Polio        12 Dosen
  Gardasil 9             6 Dosen
  Shingrix              10 Dosen
  Vaxigrip Tetra        40 Dosen
  Priorix-Tetra          4 Dosen
  Tetanol pur           15 Dosen
  Insulin (Praxisbedarf, Sprechstundenbedarf) 3 Pens

Bitte schicken Sie uns noch:
1. den Ausdruck bzw. Export des Temperaturloggers (PDF oder CSV genügt),
2. die Bestätigung Ihrer Apotheke bzw. des Herstellers, dass die Impfstoffe
   nach der Temperaturabweichung nicht mehr verwendet werden dürfen,
3. die Rechnung oder den Kostenvoranschlag des Kühlschrank-Kundendienstes.

Wichtig: Bei Sprechstundenbedarf, der über die KV bzw. die Krankenkassen
bezogen wurde, prüfen wir noch, wer wirtschaftlich den Schaden trägt. Dazu melde
ich mich gesondert.
""" + SIG_REIMER)


def m002():
    return mail("NORMAL", "de", "internal",
        "trap: newsletter draft on vaccine fridges, cold chain and patient safety; no person or contract",
        when="2024-04-02 15:40",
        frm="Tobias Lenz <tobias.lenz@%s>" % AV,
        to="Katrin Oberdieck <katrin.oberdieck@%s>, Jonas Reimer <jonas.reimer@%s>" % (AV, AV),
        subject="Praxis-Brief 2/2024 – Entwurf Artikel Kühlkette, bitte fachlich drüberschauen",
        body="""
Hallo ihr beiden,

anbei der Entwurf für den Aufmacher im nächsten Praxis-Brief. Könnt ihr bis
Donnerstag fachlich drüberschauen? Besonders die Zahlen zu den Schäden – die
habe ich aus dem Vortrag von Jonas im Januar übernommen.

---------------------------------------------------------------
Wenn der Kühlschrank streikt: So schützen Sie Ihre Impfstoffe

Ein Wochenende, ein ausgelöster FI-Schalter – und am Montag ist der
Impfstoffvorrat für die Grippesaison nicht mehr zu gebrauchen. Schäden an
Kühlgut gehören in Hausarzt- und Kinderarztpraxen zu den häufigsten Meldungen
in der Praxisinhaltsversicherung. Der durchschnittliche Schaden lag 2023 bei
rund 4.800 Euro, in Einzelfällen über 20.000 Euro.

Fünf Tipps aus der Schadenpraxis:
1. Nutzen Sie einen Medikamentenkühlschrank nach DIN 58345, keinen
   Haushaltskühlschrank.
2. Ein Datenlogger mit Alarm (SMS oder App) meldet Abweichungen außerhalb der
   Sprechzeiten.
3. Dokumentieren Sie Min-/Max-Temperaturen täglich im Hygieneplan.
4. Legen Sie fest, wer im Praxisteam bei Alarm reagiert – auch am Wochenende.
5. Prüfen Sie, ob Ihre Police Verderb von Kühlgut einschließt und bis zu
   welcher Summe.

Wichtig für Ihre Patientinnen und Patienten: Impfstoffe, die außerhalb von
+2 bis +8 °C gelagert wurden, dürfen nach Rücksprache mit dem Hersteller nur
verimpft werden, wenn dieser die Stabilität bestätigt. Im Zweifel: verwerfen.
---------------------------------------------------------------

Bildvorschlag: Symbolfoto Kühlschrank mit Thermometer (Bilddatenbank, Lizenz
vorhanden).

Danke & Gruß
Tobias

--
Tobias Lenz | Marketing & Kommunikation Firmenkunden
Aurelia Versicherung AG | Durchwahl -4710
""")


def m003():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "reply to GP; her quoted mail names patients vaccinated with possibly spoiled vaccine who must be re-vaccinated (health data, § 203)",
        when="2024-03-21 09:05",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. med. Annette Vogelsang <praxis@hausarzt-vogelsang.example>",
        subject="AW: AW: Ihr Schaden S-24-0318-117 – Ausfall Impfstoffkühlschrank",
        in_reply_to="<a8e1f7.vogelsang@hausarzt-vogelsang.example>",
        body="""
Sehr geehrte Frau Dr. Vogelsang,

danke für die Unterlagen. Zu Ihrer Frage: Die Kosten für Nachimpfungen sind
keine Sachschäden an Ihrer Praxiseinrichtung und fallen daher nicht unter die
Praxisinhaltsversicherung. Sollte einer der Betroffenen Ansprüche gegen Sie
geltend machen, wäre das ein Fall für Ihre Berufshaftpflicht (Vertrag
BH-2201 5590). Bitte melden Sie uns solche Ansprüche dann gesondert.

Den Warenwert der verworfenen Impfstoffe (3.912,40 EUR abzgl. 250 EUR SB)
überweisen wir in den nächsten Tagen.

Mit freundlichen Grüßen
Jonas Reimer
Aurelia Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Vogelsang <praxis@hausarzt-vogelsang.example>
Gesendet: Mittwoch, 20. März 2024 12:14
An: Reimer, Jonas <jonas.reimer@aurelia-versicherung.example>
Betreff: AW: Ihr Schaden S-24-0318-117 – Ausfall Impfstoffkühlschrank

Sehr geehrter Herr Reimer,

anbei der Logger-Export und die Bestätigung von GSK. Leider ist es schlimmer
als gedacht: Am Montagvormittag wurden vor dem Ablesen noch Impfungen aus dem
Kühlschrank gegeben. Nach Rücksprache mit dem Gesundheitsamt müssen wir diese
Patienten nachimpfen:

- Herr Klaus Dembski, 71 J., Shingrix 2. Dosis
- Frau Ilse Marquardt, 83 J., Vaxigrip Tetra (Pflegeheim St. Agnes)
- Jonas Pütz, 12 J., Gardasil 9, 1. Dosis
- Frau Hatice Demir, Boostrix Polio (Schwangerschaft 29. SSW)

Die Familien habe ich telefonisch informiert, Frau Demir war sehr beunruhigt.
Wer zahlt die Nachimpfungen und den Mehraufwand? Die Kassen werden das ja nicht
zweimal übernehmen.

Mit freundlichen Grüßen
Annette Vogelsang
Fachärztin für Allgemeinmedizin
Lindenstraße 14, 50674 Köln
""")


def m004():
    html = """<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<h2 style="color:#1b4f72">Practice Matters &ndash; Aurelia&rsquo;s letter for medical professionals in Germany</h2>
<p><b>Issue 7 &middot; English edition</b></p>
<h3>Malpractice claims: what 2023 taught us</h3>
<p>Across our book of some 11,000 insured physicians and dentists, the number of
notified liability claims rose by 6&nbsp;% last year. Three patterns stand out:</p>
<ul>
<li><b>Informed consent</b> remains the weak spot. In almost a third of the claims we
defended, the dispute was less about the treatment than about what the patient had
been told beforehand.</li>
<li><b>Delayed diagnosis</b> claims (fractures missed on X-ray, late referral in oncology)
are fewer in number but account for over half of the amount paid.</li>
<li><b>Dental implants</b>: claims typically follow nerve irritation or implant loss;
documentation of the X-ray planning made the difference in most cases.</li>
</ul>
<h3>Five minutes on documentation</h3>
<p>Under &sect;&nbsp;630f BGB, the patient record has to be kept for ten years after the end of
treatment. Corrections must remain visible. A short note on the consent discussion
&ndash; including the risks mentioned and the patient&rsquo;s questions &ndash; is worth more than any
pre-printed form.</p>
<h3>Webinar</h3>
<p>&ldquo;When a patient complains: the first 72 hours&rdquo; &ndash; 14 May, 1 pm, free for policyholders.
<a href="https://www.aurelia-versicherung.example/praxis/webinar">Register here</a>.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed on
aurelia-versicherung.example. <a href="https://newsletter.aurelia-versicherung.example/unsubscribe">Unsubscribe</a>.
Aurelia Versicherung AG, Hohenzollernring 112, 50672 Cologne.</p>
</td></tr></table></body></html>"""
    text = """Practice Matters - Aurelia's letter for medical professionals in Germany
Issue 7 - English edition

MALPRACTICE CLAIMS: WHAT 2023 TAUGHT US
Across our book of some 11,000 insured physicians and dentists, the number of
notified liability claims rose by 6 % last year. Three patterns stand out:
* Informed consent remains the weak spot. In almost a third of the claims we
  defended, the dispute was less about the treatment than about what the
  patient had been told beforehand.
* Delayed diagnosis claims (fractures missed on X-ray, late referral in
  oncology) are fewer in number but account for over half of the amount paid.
* Dental implants: claims typically follow nerve irritation or implant loss;
  documentation of the X-ray planning made the difference in most cases.

FIVE MINUTES ON DOCUMENTATION
Under section 630f BGB, the patient record has to be kept for ten years after
the end of treatment. Corrections must remain visible. A short note on the
consent discussion - including the risks mentioned and the patient's
questions - is worth more than any pre-printed form.

WEBINAR
"When a patient complains: the first 72 hours" - 14 May, 1 pm, free for
policyholders. Register: https://www.aurelia-versicherung.example/praxis/webinar

Unsubscribe: https://newsletter.aurelia-versicherung.example/unsubscribe
Aurelia Versicherung AG, Hohenzollernring 112, 50672 Cologne."""
    return mail("NORMAL", "en", "newsletter",
        "trap: English newsletter on malpractice claim patterns, consent, patient records; aggregates only",
        when="2024-04-25 07:00",
        frm="Aurelia Practice Matters <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Practice Matters #7: malpractice claims 2023, patient records, free webinar",
        body=text, html=html,
        headers=[("List-Unsubscribe", "<https://newsletter.aurelia-versicherung.example/unsubscribe>")])


def m005():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named GP's practice contents and BI renewal: policy no., sums insured, premium, practice address",
        when="2024-05-21 11:30",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Renewal of your practice policy PI-5502 7719 – 1 July 2024",
        body="""
Dear Dr Grant,

Your practice insurance for Grant Family Practice, Kaiserswerther Straße 201,
40474 Düsseldorf, renews on 1 July. Nothing changes unless you tell us
otherwise, but I would suggest we look at two points together:

Current cover (policy PI-5502 7719)
  Practice contents (equipment, furniture, IT)   sum insured EUR 185,000
  Electronic equipment (ECG, ultrasound, spirometer) EUR 62,000
  Business interruption, 12 months indemnity     EUR 240,000
  Annual premium 2024/25 incl. 19 % insurance tax EUR 1,846.37

1) You mentioned in March that you bought the new Sonoline ultrasound unit
   (approx. EUR 38,000). If it is not yet on the equipment list, the
   electronic equipment sum is probably too low.
2) Business interruption is based on your 2021 turnover. If the practice has
   grown since the second GP joined, the indemnity may not cover 12 months of
   fixed costs and salaries.

Could you send me your current turnover estimate and the invoice for the
ultrasound unit? I will then prepare an updated quote before the renewal date.
""" + SIG_MCALLISTER)


def m006():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "practice owner's own income protection (BU) claim: herniated disc, MRI, surgery date, incapacity percentage",
        when="2024-03-12 14:02",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        cc="Fiona McAllister <fiona.mcallister@%s>" % AV,
        subject="Your disability income claim – policy LV 88 123 456-7",
        body="""
Dear Dr Grant,

Thank you for returning the claim form for your disability income policy
LV 88 123 456-7. I am the case manager for your claim and will be your contact
from now on.

From the documents we have received so far:
- MRI of the lumbar spine dated 5 February 2024 (Radiologie am Hofgarten):
  herniated disc L5/S1 with compression of the S1 root (M51.1)
- discharge letter from the Florence-Nightingale hospital: microdiscectomy on
  19 February 2024, discharged after four days
- your own statement that you have been unable to work in the practice since
  29 January and that standing for longer periods and examinations on the couch
  are currently not possible

For the assessment of the degree of occupational disability (at least 50 % under
your terms), we still need:
1. the report of your treating orthopaedic surgeon on the course since surgery
   and the expected prognosis (we pay the fee for this report directly);
2. a description of a typical working week before your illness, split into
   consultations, home visits, examinations and administration (form BU-12
   attached to our letter of 4 March);
3. your authorisation releasing the doctors from confidentiality (signed page 3).

Your locum arrangements in the practice do not affect this claim. Your practice
interruption cover is handled separately by my colleague Ms McAllister.

Kind regards,
Sabine Kolbe
Claims – Life & Disability Income
Aurelia Versicherung AG
""")


def m007():
    rows = [["Aurelia PraxisSchutz Zahnmedizin – Beitragsübersicht 2024 (Musterpraxis)"],
            [""],
            ["Versicherungssumme Praxisinhalt (EUR)", "Basis", "Komfort", "Premium"],
            [150000, 412.50, 488.00, 571.90],
            [250000, 655.00, 779.30, 905.10],
            [400000, 1012.80, 1198.00, 1390.40],
            [600000, 1488.00, 1760.20, 2041.75],
            [""],
            ["Zuschläge / Bausteine", "", "", ""],
            ["DVT / Röntgen (Elektronik)", "0,9 ‰", "0,9 ‰", "inkl."],
            ["Betriebsunterbrechung (12 Mon.)", "2,1 ‰ der VS", "1,9 ‰", "1,7 ‰"],
            ["Verderb Kühlgut / Dentalmaterial", "–", "bis 5.000 EUR", "bis 15.000 EUR"],
            ["Praxisausfall (Krankheit Inhaber)", "separat", "separat", "separat"],
            [""],
            ["Alle Beiträge netto zzgl. 19 % VersSt, jährliche Zahlung, SB 250 EUR."],
            ["Musterpraxis: 2 Behandlungseinheiten, Einzelpraxis, Zone 2, kein Eigenlabor."]]
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: generic premium table for dental practices (model practice), sent to brokers; no customer",
        when="2024-02-06 09:15",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="maklerverteiler-heilwesen@%s" % AV,
        subject="Neue Beitragstabellen PraxisSchutz Zahnmedizin ab 01.04.2024",
        body="""
Liebe Maklerpartnerinnen und Maklerpartner,

ab dem 1. April gelten für Neugeschäft in der Zahnmedizin die beigefügten
Beiträge. Die wichtigsten Änderungen:

- DVT-Geräte sind im Premium-Tarif ohne Zuschlag in der Elektronikdeckung
  enthalten (bisher 0,9 ‰).
- Verderb von Kühlgut und Dentalmaterial (z. B. Komposite, Abformmaterialien)
  bis 15.000 EUR im Premium-Tarif.
- Die Betriebsunterbrechung ist jetzt auch für Berufsausübungsgemeinschaften
  mit bis zu 6 Behandlern ohne Einzelanfrage zeichenbar.

Die Praxisausfallversicherung (Krankheit/Unfall der Inhaberin bzw. des
Inhabers, Quarantäne) bleibt ein eigenes Produkt mit Gesundheitsfragen und ist
in der Tabelle bewusst nicht enthalten.

Für Angebote über 600.000 EUR Versicherungssumme oder mit Eigenlabor schicken
Sie bitte wie gewohnt den Erfassungsbogen an heilwesen@aurelia-versicherung.example.

Herzliche Grüße aus Köln
Lea Hartung
Maklerbetreuung Heilwesen
Aurelia Versicherung AG
""", atts=[xlsx("Beitragstabelle_PraxisSchutz_Zahn_2024.xlsx", rows, "Zahnmedizin")])


def m008():
    rows = [["Angebot PraxisSchutz Premium – Zahnarztpraxis Dr. Yıldız & Kollegen (BAG)"],
            ["Anschrift", "Venloer Straße 388, 50825 Köln"],
            ["Gesellschafter", "Dr. Kerem Yıldız, Dr. Anja Brückmann, ZA Pavel Novák"],
            ["Umsatz 2023 (lt. BWA)", 1184300],
            ["Gewinn vor Steuern 2023", 402750],
            ["Personalkosten 2023", 431900],
            [""],
            ["Baustein", "Versicherungssumme", "Jahresbeitrag netto"],
            ["Praxisinhalt (4 BHE, Eigenlabor, DVT)", 520000, 1618.40],
            ["Elektronik (DVT Planmeca, CEREC, 2 Scanner)", 210000, 702.00],
            ["Betriebsunterbrechung 12 Monate", 820000, 1394.00],
            ["Verderb Kühlgut/Dentalmaterial", 15000, "inkl."],
            ["Summe netto", "", 3714.40],
            ["zzgl. 19 % VersSt", "", 705.74],
            ["Summe brutto", "", 4420.14]]
    return mail("CONFIDENTIAL", "de", "insurer-to-broker",
        "offer for a named dental partnership with partners' names, turnover, profit and personnel costs (XLSX)",
        when="2024-02-14 16:20",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Ralf Sommerfeld <r.sommerfeld@medicus-finanz.example>",
        subject="Angebot Zahnarztpraxis Yıldız & Kollegen – Ihr Zeichen RS/0212",
        body="""
Hallo Herr Sommerfeld,

wie besprochen anbei das Angebot für die BAG Yıldız / Brückmann / Novák. Ich
habe die BU-Summe aus der BWA 2023 abgeleitet (Gewinn + fortlaufende Kosten,
d. h. ohne Material und Fremdlabor), siehe Tabelle.

Zwei Anmerkungen:
- Das Eigenlabor im Keller liegt laut Ihrem Erfassungsbogen unter
  Geländeniveau. Wegen Rückstau/Starkregen brauche ich noch die Info, ob eine
  Rückstauklappe vorhanden ist, sonst Elementar nur mit 2.500 EUR SB.
- Der DVT wurde 2019 angeschafft; Neuwertersatz ist vereinbart, bitte die
  Seriennummer nachreichen.

Angebot gültig bis 31.03.2024.

Gruß
Mehmet Aydın
Underwriting Heilberufe | Aurelia Versicherung AG | -4433
""", atts=[xlsx("Angebot_BAG_Yildiz_2024-02.xlsx", rows, "Angebot")])


def m009():
    rows = """Akte-Nr;Patient;geb.;Regal;Zustand;letzte Behandlung;Bemerkung
10233;Rossmann, Sabine;14.02.1979;A2;durchnässt;11/2023;OPG 2023 + Aufklärung 38 Ext. betroffen
10871;Kranz, Werner;02.09.1951;A2;durchnässt;01/2024;PAR-Status, Implantatplanung 46
11402;Öztürk, Elif;23.06.1990;A3;feucht;09/2023;KFO-Unterlagen (Überweisung Dr. Engström)
11519;Hansen, Birte;30.11.1966;A3;durchnässt;02/2024;Prothese OK, Bisphosphonat-Therapie vermerkt
11820;Baumann, Leon;07.04.2012;A3;feucht;12/2023;Milchzahn-Extraktion, Angstpatient
12004;Wieczorek, Dorota;19.08.1984;A4;durchnässt;02/2024;Schwangerschaft vermerkt, Röntgen verschoben
12377;Lindner, Ralf;28.01.1973;A4;unleserlich;10/2023;Wurzelbehandlung 26, Marcumar-Patient
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "water damage in dental practice; harmless body, CSV attachment lists damaged patient files with names, birth dates, treatments and medication",
        when="2024-02-27 13:48",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        cc="Kessler Sachverständige <buero@kessler-sv.example>",
        subject="Leitungswasserschaden Venloer Str. 388 – S-24-0219-044 – Ihre Liste zurück",
        body="""
Sehr geehrter Herr Dr. Yıldız,

anbei Ihre Liste der betroffenen Karteikarten zurück, ergänzt um die Spalte
"Zustand" nach der Begehung durch Herrn Kessler am Freitag.

Die Wiederherstellung der Akten (Gefriertrocknung und Digitalisierung durch
einen Fachbetrieb) übernehmen wir als Kosten der Wiederherstellung von
Geschäftsunterlagen bis 10.000 EUR. Bitte beauftragen Sie nur einen Betrieb,
der die Vertraulichkeit nach § 203 StGB schriftlich zusichert; Herr Kessler
nennt Ihnen gern zwei Adressen.

Die Trocknung der Praxisräume läuft, die Behandlungseinheit in Zimmer 2 bleibt
bis zur Freigabe durch den Dentaltechniker außer Betrieb.
""" + SIG_REIMER,
        atts=[csv_att("betroffene_Akten_Regal_A.csv", rows, "windows-1252", excel=True)])


def m010():
    return mail("NORMAL", "de", "internal",
        "trap: IT ticket about uploading photos of water-damaged patient files in the claims portal; no person or claim named",
        when="2024-03-04 08:51",
        frm="IT-Servicedesk <servicedesk@%s>" % AV,
        to="Jonas Reimer <jonas.reimer@%s>" % AV,
        subject="[Ticket INC-0448213] Upload Schadenportal: Fotos > 25 MB werden abgelehnt",
        body="""
Hallo Herr Reimer,

Ihr Ticket INC-0448213 wurde bearbeitet.

Ihre Beschreibung:
> Kunden (Praxen) können im Schadenportal keine Fotoserien hochladen, z. B.
> Bilder von durchnässten Patientenakten oder Röntgenräumen nach
> Wasserschäden. Fehlermeldung "Datei zu groß". Bitte Limit erhöhen.

Lösung:
Das Limit pro Datei liegt bei 25 MB, pro Vorgang bei 200 MB. Das bleibt aus
Gründen der Virenprüfung so. Handyfotos im HEIC-Format werden jetzt aber
serverseitig komprimiert (Release 24.03, seit gestern produktiv). Bei
größeren Mengen bitte den Kunden den Link "Große Dateien senden" im Portal
nennen (SecureMail-Portal, Bereich Schaden).

Falls das Problem weiter besteht, antworten Sie einfach auf diese Mail, das
Ticket wird dann wieder geöffnet.

Ihr IT-Servicedesk
Durchwahl -1111 | Mo–Fr 7–19 Uhr
""")


def m011():
    return mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
        "orthopaedic surgeon's statement on a patient's malpractice allegation (knee replacement, infection, revision), forwarded to panel lawyer",
        when="2024-04-15 17:32",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="RAin Nora Fuchs <fuchs@kanzlei-fuchs-medizinrecht.example>",
        subject="WG: Stellungnahme Wilms ./. Dr. Albers – H-24-0077",
        body="""
Liebe Frau Fuchs,

wie telefonisch besprochen die Stellungnahme unseres VN zu Ihrer Kenntnis. Die
Behandlungsunterlagen (OP-Bericht, Aufklärungsbogen, Verlaufsdoku) kommen per
Portal. Ich bitte um Ihre erste Einschätzung bis Ende des Monats, insbesondere
zur Frage, ob die Aufklärung über das Infektionsrisiko ausreichend dokumentiert
ist.

Gruß
F. Brandhorst

---------- Weitergeleitete Nachricht ----------
Von: Dr. med. Johannes Albers <albers@ortho-albers.example>
Datum: Do., 11. Apr. 2024 um 21:07
Betreff: Stellungnahme Wilms
An: Haftpflicht-Schaden <schaden-heilwesen@aurelia-versicherung.example>

Sehr geehrte Frau Dr. Brandhorst,

zum Schreiben des Anwalts von Herrn Gerd Wilms nehme ich wie folgt Stellung:

Herr Wilms (68) stellte sich im Juni 2023 mit fortgeschrittener Gonarthrose
rechts (M17.1) vor. Nach Ausschöpfung der konservativen Therapie erfolgte am
18.09.2023 die Implantation einer Knie-TEP rechts im Belegbett der
Clinic Am Stadtwald. Die Aufklärung erfolgte am 28.08.2023 durch mich
persönlich mit Bogen (u. a. Infektion, Thrombose, Nervenschäden, Steifigkeit).
Herr Wilms ist Diabetiker (HbA1c 8,1 %) und Raucher, beides ist dokumentiert.

Am 9. postoperativen Tag zeigte sich eine Wundsekretion; CRP 112 mg/l. Ich habe
sofort eine Punktion veranlasst (Staph. aureus) und am 29.09. ein Débridement
mit Inlaywechsel durchgeführt, Antibiose nach Antibiogramm. Der weitere Verlauf
war protrahiert, im Januar 2024 erfolgte in der Uniklinik ein zweizeitiger
Wechsel.

Den Vorwurf, ich hätte zu spät reagiert, weise ich zurück. Die Frühinfektion
ist eine bekannte Komplikation, bei Diabetes und Nikotinabusus deutlich
häufiger. Ich bitte um Abwehr der Ansprüche.

Mit freundlichen Grüßen
Dr. med. Johannes Albers
Facharzt für Orthopädie und Unfallchirurgie
""")


def m012():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "physiotherapist (sole trader) electronics claim: policy and claim no., payout, his IBAN; no patient or health data",
        when="2024-05-07 10:03",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Marco Böhnke <info@physio-boehnke.example>",
        subject="Schaden S-24-0429-208 Ultraschall-Therapiegerät – Abrechnung",
        body="""
Sehr geehrter Herr Böhnke,

der Kundendienst von Medimex hat bestätigt, dass der Schaden am Kombigerät
(Ultraschall/Elektrotherapie, Sonopuls 692) durch Überspannung nach dem
Blitzeinschlag vom 26.04. entstanden ist. Eine Reparatur lohnt sich nicht.

Abrechnung zu Ihrer Elektronikversicherung EL-3308 1164:

  Neuwert Ersatzgerät lt. Angebot Medimex     4.290,00 EUR
  abzgl. Selbstbehalt                           -150,00 EUR
  Entschädigung                                 4.140,00 EUR

Die Zahlung geht in den nächsten 3 Werktagen auf Ihr Konto
DE24 6422 1019 1636 3201 16 (Kontoinhaber Marco Böhnke).

Den Ausfall der Behandlungen, die Sie in der Zwischenzeit absagen mussten,
können wir leider nicht ersetzen, weil für Ihre Praxis keine
Betriebsunterbrechung vereinbart ist. Wenn Sie möchten, mache ich Ihnen dafür
gern ein Angebot – für eine Praxis mit 4 Therapeuten kostet das in der Regel
unter 200 EUR im Jahr.
""" + SIG_REIMER)


def m013():
    rows = [["Nordmark Re – Medical Malpractice DE – Aurelia QS 2019-2023"],
            ["Underwriting year", "Specialty group", "Policies", "Claims notified", "Paid EUR", "Reserved EUR"],
            [2019, "GPs / internal medicine", 3120, 41, 612000, 488000],
            [2019, "Surgery / orthopaedics", 640, 38, 1940000, 2310000],
            [2019, "Dentists", 2480, 67, 402000, 155000],
            [2020, "GPs / internal medicine", 3205, 37, 540500, 610000],
            [2020, "Surgery / orthopaedics", 655, 41, 1212000, 3105000],
            [2020, "Dentists", 2530, 71, 388100, 201000],
            [2021, "GPs / internal medicine", 3290, 44, 318000, 902000],
            [2021, "Surgery / orthopaedics", 671, 35, 640000, 2870000],
            [2021, "Dentists", 2596, 80, 296700, 344000],
            [2022, "all groups", 6702, 139, 402000, 4120000],
            [2023, "all groups", 6951, 128, 95000, 3880000]]
    return mail("NORMAL", "en", "internal",
        "trap: reinsurance loss triangle for medical malpractice by specialty; aggregates, no patient or doctor",
        when="2024-06-03 09:40",
        frm="Henrik Solberg <henrik.solberg@%s>" % AV,
        to="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>, Mehmet Aydın <mehmet.aydin@%s>" % (AV, AV),
        subject="MedMal QS renewal – data pack for Nordmark Re, please sanity-check",
        body="""
Hi Felicitas, hi Mehmet,

attached the data pack Nordmark Re asked for ahead of the quota share renewal
(1/1/2025). It's the same structure as last year: policies and claims by
underwriting year and specialty group, paid and outstanding.

Two things I'd like you to check before it goes out on Friday:
- 2020 surgery reserves jumped from 2.4m to 3.1m. I think that's the two birth
  injury cases from the obstetrics-adjacent practices, but please confirm we
  don't need a comment.
- 2022/2023 are shown as "all groups" because some cells would have fewer
  than five claims. Nordmark accepted that last year.

No individual claims or names in the file – large losses above EUR 500k go in
the separate bordereau via the reinsurance portal as usual.

Thanks,
Henrik

Henrik Solberg | Group Reinsurance | Aurelia Versicherung AG
""", atts=[xlsx("MedMal_QS_datapack_2019-2023.xlsx", rows, "Triangle")])


def m014():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "dermatologist's malpractice claim: named patient's laser burn, scarring and follow-up treatment",
        when="2024-06-18 12:10",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr Priya Raman <praxis@derma-raman.example>",
        subject="Claim H-24-0131 – Ms Charlotte Evers – your statement",
        body="""
Dear Dr Raman,

thank you for notifying us of the complaint by your patient Ms Charlotte Evers.
We have opened claim H-24-0131 under your professional liability policy
BH-3150 2208 and will handle all contact with Ms Evers and her lawyer from now
on. Please do not discuss the matter or any payment with her directly.

According to her lawyer's letter, Ms Evers underwent fractional CO2 laser
treatment for acne scarring on 7 March 2024 in your practice. She alleges
second-degree burns on both cheeks, subsequent hyperpigmentation and a
hypertrophic scar near the left jaw line, for which she is now seeing another
dermatologist (silicone gel, two triamcinolone injections so far). She claims
EUR 12,000 pain and suffering plus costs of further treatment.

To assess the claim, please send us within two weeks:
- the complete treatment record, including the laser settings used (energy,
  density, passes) and the device log if available,
- the signed consent form and any photos taken before and after treatment,
- your own account of the follow-up visits on 12 and 26 March.

Please upload the documents via the secure portal rather than by e-mail.

Kind regards,
Dr Felicitas Brandhorst
Liability Claims – Medical Professions
Aurelia Versicherung AG
""")


def m015():
    return mail("NORMAL", "de", "insurer-to-supplier",
        "trap: purchase order for first-aid kits and a vaccine fridge data logger for the company medical office; company data only",
        when="2024-01-23 11:02",
        frm="Einkauf Aurelia <einkauf@%s>" % AV,
        to="Vertrieb Medizinbedarf Rhein GmbH <vertrieb@medbedarf-rhein.example>",
        subject="Bestellung 4500188732 – Betriebsärztlicher Dienst Hohenzollernring",
        body="""
Sehr geehrte Damen und Herren,

auf Basis Ihres Angebots AN-24-0117 bestellen wir:

Pos. Menge Artikel                                        EP netto
10     12  Verbandkasten DIN 13157, Wandhalterung           38,90
20      4  Nachfüllset DIN 13157                            21,50
30      1  Datenlogger Kühlschrank mit Alarm (DIN 58345)    189,00
40      2  Blutdruckmessgerät Oberarm, validiert            74,00
50     10  Augenspülflasche 500 ml                           6,20
60      1  Wartungsvertrag AED, 24 Monate                   310,00

Lieferadresse: Aurelia Versicherung AG, Betriebsärztlicher Dienst, Raum E.104,
Hohenzollernring 112, 50672 Köln. Anlieferung Mo–Do 8–15 Uhr.

Rechnung bitte unter Angabe der Bestellnummer an
rechnungseingang@aurelia-versicherung.example (nur PDF).

Zahlungsziel 30 Tage netto, es gelten unsere Allgemeinen Einkaufsbedingungen.

Mit freundlichen Grüßen
Einkauf / Beschaffung
Aurelia Versicherung AG
""")


def m016():
    return mail("CONFIDENTIAL", "de", "broker",
        "broker's practice handover data: successor's birth date, purchase price, goodwill, named owners; no health data",
        when="2024-03-26 14:44",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        subject="WG: Praxisübergabe Augenarztpraxis Dr. Falk zum 01.07. – Umschreibung",
        body="""
Katrin, kannst du das übernehmen? Betrifft Inhalt PI-3920 1187 und BH-1877 0463.
Danke, Lea

-----Ursprüngliche Nachricht-----
Von: Bianca Schröder <b.schroeder@heilberufe-konzept.example>
Gesendet: Dienstag, 26. März 2024 13:58
An: Hartung, Lea
Betreff: Praxisübergabe Augenarztpraxis Dr. Falk zum 01.07.

Hallo Frau Hartung,

wie angekündigt übergibt Herr Dr. Heinrich Falk seine Augenarztpraxis in der
Poststraße 9, 53111 Bonn zum 01.07.2024 an seine Tochter, Frau Dr. med. Lena
Falk, geb. 03.11.1988. Der Praxisübergabevertrag ist unterschrieben
(Notartermin war am 21.03.).

Eckdaten für die Umschreibung:
- Kaufpreis gesamt 420.000 EUR, davon materieller Praxiswert (Inventar, OCT,
  Spaltlampen, Laser) 165.000 EUR, ideeller Wert 255.000 EUR
- Finanzierung über die apoBank, die eine Sicherungsabtretung der
  Inhaltsversicherung verlangt (Sicherungsschein bitte an die Bank)
- Dr. Heinrich Falk arbeitet bis Ende 2025 als angestellter Arzt weiter
  (20 Std./Woche, Gehalt 6.800 EUR brutto mtl.) – muss er in der
  Berufshaftpflicht der Tochter mitversichert werden oder reicht seine eigene
  mit Nachhaftung?

Bitte Inhaltsvertrag auf Frau Dr. Lena Falk umschreiben, Versicherungssumme
bleibt. Für die Berufshaftpflicht von Frau Dr. Falk brauche ich ein Angebot,
Fachgebiet Augenheilkunde, ambulante Operationen (IVOM, Katarakt) ja.

Viele Grüße
Bianca Schröder
Heilberufe-Konzept Schröder – Versicherungsmaklerin nach § 34d Abs. 1 GewO
Mühlenstraße 22, 53111 Bonn
""")


def m017():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "practice interruption cover claim of the ophthalmologist owner: retinal detachment, surgery, incapacity (ICD H33.0)",
        when="2024-08-13 09:22",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr. med. Lena Falk <praxis@augenarzt-falk-bonn.example>",
        subject="Praxisausfallversicherung PA-6610 2045 – Ihre Leistungsanmeldung",
        body="""
Sehr geehrte Frau Dr. Falk,

wir haben Ihre Meldung zur Praxisausfallversicherung erhalten und wünschen
Ihnen zunächst gute Besserung.

Nach der Bescheinigung der Universitäts-Augenklinik vom 05.08.2024 wurden Sie
am 02.08. wegen einer Netzhautablösung am rechten Auge (H33.0) mit
Vitrektomie und Gastamponade operiert. Wegen der Kopflagerung und des
Flugverbots sind Sie voraussichtlich bis zum 15.09.2024 arbeitsunfähig.

Vereinbart sind in Ihrem Vertrag:
  Tagessatz fortlaufende Praxiskosten   850 EUR
  Karenzzeit                             21 Tage
  Haftzeit                               12 Monate

Die Leistung beginnt damit am 23.08.2024. Ihr Vater vertritt Sie in der
Praxis teilweise; bitte teilen Sie uns mit, an wie vielen Tagen die Praxis
geöffnet war und welche Honorare dabei erwirtschaftet wurden, da diese
angerechnet werden (§ 6 Abs. 3 AVB PA).

Bitte schicken Sie uns außerdem:
- die AU-Folgebescheinigungen, sobald vorhanden,
- den OP-Bericht bzw. Entlassbrief der Klinik,
- die Aufstellung der fortlaufenden Kosten (Miete, Gehälter, Leasing) für
  August.

Mit freundlichen Grüßen
Sabine Kolbe
Leistung Praxisausfall / BU
Aurelia Versicherung AG
""")


def m018():
    cal = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Aurelia Versicherung AG//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-praxis-20240522@aurelia-versicherung.example
DTSTAMP:20240430T080000Z
DTSTART:20240522T170000Z
DTEND:20240522T181500Z
SUMMARY:Webinar: Hygiene\\, Kühlkette\\, Haftung – Praxisabsicherung 2024
DESCRIPTION:Online-Seminar für Ärztinnen\\, Zahnärzte\\, Therapeuten und
 Apotheken. Zugang: https://events.aurelia-versicherung.example/praxis24
LOCATION:Online
END:VEVENT
END:VCALENDAR"""
    return mail("NORMAL", "de", "newsletter",
        "trap: webinar invitation to practices about hygiene, cold chain, liability and patient files; mass mailing, no person",
        when="2024-04-30 10:00",
        frm="Aurelia Praxis-Brief <veranstaltungen@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Einladung: Webinar „Hygiene, Kühlkette, Haftung“ am 22. Mai, 19 Uhr",
        body="""
Sehr geehrte Damen und Herren,

in unserem kostenfreien Webinar für Praxisinhaberinnen und Praxisinhaber
sprechen wir über die drei Themen, die uns in der Schadenpraxis am meisten
beschäftigen:

  • Kühlkette: Was tun, wenn der Impfstoffkühlschrank ausfällt?
  • Wasserschaden: Patientenakten, Röntgenbilder, Aufbewahrungspflicht –
    und wer die Wiederherstellung bezahlt.
  • Haftung: Wie Sie reagieren, wenn ein Patient einen Behandlungsfehler
    behauptet (mit Rechtsanwältin Nora Fuchs, Fachanwältin für Medizinrecht).

Termin: Mittwoch, 22. Mai 2024, 19:00–20:15 Uhr
Für Ärztinnen und Ärzte ist die Anerkennung mit 2 CME-Punkten beantragt.

Den Kalendereintrag finden Sie im Anhang, den Zugangslink auch hier:
https://events.aurelia-versicherung.example/praxis24

Wir freuen uns auf Sie!
Ihr Team Heilwesen & Praxen der Aurelia Versicherung

Sie erhalten diese Einladung als Kundin/Kunde der Aurelia. Abmelden:
https://newsletter.aurelia-versicherung.example/abmelden
""", atts=[ics("Webinar_Praxisabsicherung_2024.ics", cal)])


def m019():
    return mail("CONFIDENTIAL", "en", "insurer-to-broker",
        "quote for a named orthodontist's practice with turnover, profit and lease figures; no health data",
        when="2024-07-02 15:05",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="RE: Engström Orthodontics – contents + BI quote",
        body="""
Hi Tom,

as promised, the terms for Dr Lars Engström's orthodontic practice in
Düsseldorf-Oberkassel (Luegallee 61):

  Contents incl. 3D scanner, CBCT, aligner printers   EUR 340,000
  Electronic equipment (all-risks)                     EUR 145,000
  Business interruption, 12 months                     EUR 690,000
  Premium p.a. net                                     EUR 2,318.00

I based the BI sum on the figures in your submission: 2023 turnover
EUR 912,000, profit before tax EUR 286,000, and the lease for the premises
(EUR 7,450/month, running to 2031). Note that the aligner lab on the ground
floor is in a flood zone (ZÜRS 2) – flood is included with a EUR 5,000 excess.

Subject to: a signed proposal, a copy of the lease, and confirmation that the
practice is not part of any franchise or dental chain.

The disability income application you mentioned goes to our life underwriting
team, not to me – please send it to them directly with the health questions.

Best,
Mehmet
""")


def m020():
    return mail("STRICTLY_CONFIDENTIAL", "en", "broker",
        "broker's disability income application for orthodontist with disclosed asthma, knee surgery and psychotherapy, forwarded to life underwriting",
        when="2024-07-04 10:41",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Leben-Underwriting <lv-underwriting@%s>" % AV,
        subject="FW: Dr Lars Engström – DI application / health questions",
        body="""
Colleagues, this landed with me by mistake – please take over. Not in my
system, I have deleted my copy. Mehmet

From: Tom Whitfield <tom.whitfield@harbourlane-brokers.example>
Sent: Wednesday, 3 July 2024 18:22
To: Aydın, Mehmet
Subject: Dr Lars Engström – DI application / health questions

Mehmet,

as discussed, Dr Engström (orthodontist, born 21 May 1981, Swedish national,
in Germany since 2012) would like disability income cover of EUR 4,500 per
month to age 67. Occupation: 90 % chairside, 10 % admin.

His answers to the health questions (5 years):
- Q2: bronchial asthma since childhood, controlled with budesonide/formoterol
  160/4.5, no hospital stays, last flare 2021.
- Q3: arthroscopic meniscus repair, left knee, March 2020 (skiing accident in
  Åre), fully recovered, no restrictions.
- Q5: 14 sessions of outpatient psychotherapy in 2022 after his divorce
  (adjustment disorder, F43.2), completed, no medication.
- BMI 24, non-smoker.

He's worried the psychotherapy will lead to an exclusion. Can you let me know
what your underwriters need – a therapist's report? He'd rather not ask his
old therapist in Stockholm if avoidable.

Thanks
Tom

Tom Whitfield | Harbour & Lane Insurance Brokers | Düsseldorf
""")


def m021():
    return mail("NORMAL", "en", "internal",
        "trap: out-of-office reply naming the malpractice and disability claims mailboxes; no person or case",
        when="2024-08-05 07:58",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Henrik Solberg <henrik.solberg@%s>" % AV,
        subject="Automatic reply: MedMal QS renewal – data pack",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="""
Thank you for your message. I am on annual leave until 19 August and will not
be reading e-mail.

For urgent matters:
- new claims under practice, equipment or business interruption policies:
  schaden-heilwesen@aurelia-versicherung.example
- medical malpractice / patient claims: Dr Felicitas Brandhorst, ext. -4620
- disability income and practice interruption (illness of the practice owner):
  leistung-bu@aurelia-versicherung.example

Ihre Nachricht wird nicht weitergeleitet. / Your message will not be forwarded.

Fiona McAllister
""")


def m022():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "pharmacy owner (e.K., natural person): business interruption after burglary with daily turnover and loss figures",
        when="2024-09-10 16:15",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. Silke Tiedemann <s.tiedemann@loewen-apotheke-bruehl.example>",
        subject="Einbruch Löwen-Apotheke – Betriebsunterbrechung, S-24-0902-311",
        body="""
Sehr geehrte Frau Dr. Tiedemann,

zur Betriebsunterbrechung nach dem Einbruch in der Nacht zum 02.09.: Wir
haben die Zahlen aus Ihrer Warenwirtschaft (Umsatzstatistik September 2023
und Juli/August 2024) mit Ihrem Steuerberater abgeglichen.

  durchschnittlicher Tagesumsatz Vorjahr (Sept.)     7.840 EUR
  Rohertragsquote lt. Jahresabschluss 2023           27,6 %
  Schließtage (02.–04.09.)                           3
  Ertragsausfall 3 x 7.840 x 27,6 %                6.491,52 EUR
  zzgl. Mehrkosten Notdienst-Kooperation Rosen-Apotheke   480,00 EUR
  Entschädigung BU                                 6.971,52 EUR

Die gestohlenen BtM wurden ja laut Polizei nicht erreicht (Tresor intakt); den
Schaden an Tür, Sichtwahl und Kommissionierer reguliert Herr Kessler als
Sachverständiger getrennt unter der Inhaltsversicherung PI-2674 0931.

Bitte bestätigen Sie uns kurz, dass Sie mit der Abrechnung einverstanden sind.
""" + SIG_REIMER)


def m023():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
        "pharmacy liability claim: customer received wrong medicine (methotrexate weekly vs daily), hospital stay, named patient",
        when="2024-10-01 11:37",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. Silke Tiedemann <s.tiedemann@loewen-apotheke-bruehl.example>",
        subject="Apothekenhaftpflicht AH-1190 3312 – Anspruch Frau Gertrud Hilgers",
        body="""
Sehr geehrte Frau Dr. Tiedemann,

wir haben das Anspruchsschreiben der Tochter von Frau Gertrud Hilgers erhalten
und den Vorgang unter H-24-0288 angelegt.

Nach dem Schreiben wurde Frau Hilgers (79) am 12.08. ein Rezept über
Methotrexat 7,5 mg (1 x wöchentlich, Rheumatoide Arthritis) beliefert. Auf dem
Etikett Ihrer Apotheke soll "1-0-0" ohne den Zusatz "nur montags" gestanden
haben. Frau Hilgers hat die Tabletten daraufhin zehn Tage lang täglich
eingenommen und wurde am 23.08. mit Panzytopenie und Mukositis im
St. Marien-Hospital aufgenommen, Aufenthalt 16 Tage, davon 4 auf der
Intensivstation.

Wir bitten Sie um:
1. Ihre Stellungnahme und die der abgebenden PTA,
2. eine Kopie des Rezepts (Rezeptimage aus der Abrechnung) und den
   Ausdruck aus der Kundenkarte/Medikationsdatei,
3. Angaben dazu, ob ein Medikationsplan vorlag.

Bitte geben Sie gegenüber der Familie keine Erklärungen zur Schuldfrage ab und
leiten Sie weitere Schreiben an uns weiter.
""" + SIG_BRANDHORST)


def m024():
    paras = ["# Merkblatt: Schweigepflicht (§ 203 StGB) im Schadenfall Heilwesen",
             "Stand: 01/2024 – für alle Mitarbeitenden der Einheit Heilwesen & Praxen",
             "# 1. Worum es geht",
             "Ärztinnen, Zahnärzte, Psychotherapeuten, Apothekerinnen und ihre Angestellten unterliegen der Schweigepflicht. Wenn sie uns im Schadenfall Patientendaten übermitteln, dürfen sie das nur, soweit eine Schweigepflichtentbindung vorliegt oder die Übermittlung zur Abwehr eines Anspruchs erforderlich ist.",
             "# 2. Was das für uns heißt",
             "Patientendaten (Namen, Diagnosen, Behandlungen, schon die Tatsache der Behandlung) werden ausschließlich im Haftpflichtschaden-System und über das SecureMail-Portal verarbeitet. Keine Weiterleitung an private Postfächer, keine Ablage in Teams-Kanälen.",
             "Im Sachschaden (z. B. Wasserschaden in der Praxis) brauchen wir in der Regel keine Patientendaten. Bitten Sie Kundinnen und Kunden, Aktenlisten nur mit Aktennummern zu schicken.",
             "# 3. Beispiele",
             "Richtig: \"Regal A, Akten 10233 bis 12377, durchnässt\".",
             "Falsch: Liste mit Patientennamen, Geburtsdaten und Behandlungen im Anhang einer normalen E-Mail.",
             "# 4. Ansprechpartnerin",
             "Datenschutzbeauftragte: Ursula Pfeiffer, Durchwahl -1090, datenschutz@aurelia-versicherung.example"]
    return mail("NORMAL", "de", "internal",
        "trap: data-protection fact sheet on professional secrecy and patient data in claims (DOCX); no person",
        when="2024-01-30 13:00",
        frm="Ursula Pfeiffer <ursula.pfeiffer@%s>" % AV,
        to="Team Heilwesen <team-heilwesen@%s>" % AV,
        subject="Merkblatt Schweigepflicht / Patientendaten im Schadenfall – bitte lesen",
        body="""
Liebe Kolleginnen und Kollegen,

nach zwei Vorfällen im letzten Quartal (Patientenlisten als unverschlüsselter
Mailanhang) habe ich das Merkblatt zur Schweigepflicht überarbeitet. Bitte
lest es bis Ende Februar und bestätigt die Kenntnisnahme im Lernportal
(Kurs DS-HW-03, ca. 10 Minuten).

Bei Fragen meldet euch gern direkt bei mir.

Viele Grüße
Ursula Pfeiffer
Datenschutzbeauftragte
""", atts=[docx("Merkblatt_Schweigepflicht_Heilwesen_2024-01.docx", paras)])


def m025():
    return mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
        "dental practice sale: named seller and buyer, purchase price, transfer date, policy numbers; no patient or health data",
        when="2024-05-29 12:20",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Dr. Ewa Kowalczyk <ewa.kowalczyk@zahnarzt-kowalczyk.example>",
        cc="Dr. Daniel Meißner <d.meissner@zahnarzt-meissner.example>",
        subject="Übergabe Ihrer Praxis / transfer of your practice – Verträge PI-4128 0073 & BH-2650 1194",
        body="""
Liebe Frau Dr. Kowalczyk,

vielen Dank für Ihre Mail – gern antworte ich auf Englisch, wie gewünscht,
und setze Herrn Dr. Meißner als Käufer in Kopie.

In short:

1. Practice contents policy PI-4128 0073: transfers to the buyer together with
   the equipment (section 95 VVG). Dr Meißner becomes policyholder on the
   transfer date, 1 October 2024. He may cancel within one month – but since
   the bank financing the purchase price of EUR 310,000 requires proof of
   cover, I assume he will keep it. Premium for 2024 is split pro rata.

2. Professional liability BH-2650 1194: this is personal to you and does NOT
   transfer. It ends when you stop practising. Claims for treatments you
   performed before 1 October remain covered (Nachhaftung, unlimited in time
   under our terms). Dr Meißner needs his own policy from day one.

3. Electronics policy EL-4128 0074 (CBCT, intraoral scanner) transfers in the
   same way as the contents policy.

Herr Dr. Meißner, für Ihre Berufshaftpflicht schicke ich Ihnen gern ein
Angebot – bitte teilen Sie mir kurz mit, ob Sie Implantologie und
Sedierung anbieten werden.

Serdecznie pozdrawiam, and good luck with the handover!
Katrin Oberdieck
Aurelia Versicherung AG
""")


def m026():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "practice owner's own private health insurance: reimbursement of physiotherapy and orthopaedic invoices with diagnosis",
        when="2024-06-25 08:47",
        frm="Thomas Wendland <thomas.wendland@%s>" % AV,
        to="Dr. med. Annette Vogelsang <a.vogelsang@privat-mail.example>",
        subject="Ihre Krankenversicherung KV 7701 4432 01 – Leistungsabrechnung vom 24.06.2024",
        body="""
Sehr geehrte Frau Dr. Vogelsang,

zu Ihren eingereichten Belegen erhalten Sie folgende Abrechnung:

Beleg                                          Betrag     erstattet
Dr. med. S. Offermann, Orthopädie, 04.06.     186,42 €    186,42 €
  (GOÄ 1, 5, 3306, 5030 – Diagnose: Impingement-
   Syndrom Schulter rechts, M75.4)
Physiotherapie Böhnke, 6 x KG + 6 x Fango      264,00 €    228,00 €
  (Höchstsatz lt. Tarif MED-A: 38,00 € je KG)
Apotheke: Ibuprofen 600 mg, 50 St.              15,92 €      0,00 €
  (nicht verschreibungspflichtig, kein Rezept)

Summe erstattet                                           414,42 €

Den Betrag überweisen wir auf Ihr bekanntes Konto. Die Beitragsrückerstattung
für 2024 entfällt durch diese Einreichung; wenn Sie die Belege lieber selbst
tragen möchten, können Sie die Einreichung bis 31.12. zurückziehen.

Mit freundlichen Grüßen
Thomas Wendland
Leistungsabteilung Krankenversicherung
Aurelia Versicherung AG
""")


def m027():
    return mail("NORMAL", "en", "insurer-to-partner",
        "trap: press release on cyber cover for medical practices, mentions patient data and ransomware in general; named board member only in role",
        when="2024-09-17 08:00",
        frm="Aurelia Press Office <presse@%s>" % AV,
        to="Medical Trade Press <redaktion@praxis-aktuell.example>",
        subject="Press release: Aurelia launches cyber cover for medical and dental practices",
        body="""
PRESS RELEASE – for immediate release

Aurelia launches cyber cover for medical and dental practices

Cologne, 17 September 2024 – Aurelia Versicherung AG is extending its
PraxisSchutz range with a cyber module designed for doctors', dentists' and
therapists' practices and pharmacies.

Practices hold some of the most sensitive data there is: patient records,
diagnoses, X-ray images and prescriptions. At the same time, most of them
run on a single practice management system and a small IT budget. "A
ransomware attack can close a practice for two weeks," says Ilka Brenner,
board member responsible for commercial lines. "Our cover pays for the IT
forensics, the notification of patients and the lost income, and it gives
practices a 24/7 hotline from the first minute."

Key features:
- Business interruption after a cyber attack, including when the
  telematics infrastructure (TI connector) is down
- Costs of notifying patients and the data protection authority
- Third-party claims by patients after a data breach
- Premiums from EUR 290 a year for single-doctor practices

About Aurelia Versicherung AG
Aurelia insures some 11,000 practices and pharmacies in Germany.

Press contact: Marion Keppler, presse@aurelia-versicherung.example,
+49 221 5503-1200
""")


def m028():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "occupational therapist (sole trader): returned direct debit, arrears, her IBAN and policy no.",
        when="2024-04-09 09:30",
        frm="Beitragsservice Aurelia <beitragsservice@%s>" % AV,
        to="Janine Kuhl <kontakt@ergo-sonnenweg.example>",
        subject="Rücklastschrift – Vertrag PI-6073 8841 – Ergotherapie Sonnenweg",
        body="""
Sehr geehrte Frau Kuhl,

die Lastschrift für den Jahresbeitrag Ihrer Praxisinhaltsversicherung
PI-6073 8841 (Ergotherapie Sonnenweg, Sonnenweg 3, 41464 Neuss) über
538,71 EUR wurde von Ihrer Bank zurückgegeben.

  Konto:            DE33 3399 8441 0989 9708 80
  Rückgabegrund:    MD06 – Widerspruch durch Zahler
  Rücklastschriftgebühr der Bank: 3,50 EUR

Falls das ein Versehen war: Wir ziehen den Beitrag gern noch einmal ein,
wenn Sie uns das kurz bestätigen. Sie können auch überweisen an
IBAN DE86 8124 4461 2314 3945 22 (Aurelia Versicherung AG), Verwendungszweck
PI-60738841.

Bitte beachten Sie: Wird der Beitrag nicht bis zum 30.04.2024 gezahlt, sind
wir bei einem Schaden leistungsfrei (§ 37 VVG). Wenn Sie die Praxis
umstellen oder den Vertrag ändern möchten, rufen Sie uns gern an.

Mit freundlichen Grüßen
Ihr Beitragsservice
Aurelia Versicherung AG | 0221 5503-2000
""")


def m029():
    letter = [
        "Dr. Weidemann & Partner Rechtsanwälte mbB",
        "Kaiser-Wilhelm-Ring 40, 50672 Köln",
        "",
        "Aurelia Versicherung AG, Haftpflicht-Schaden Heilwesen",
        "Unser Zeichen: 114/24 W/ko                      Köln, 02.05.2024",
        "",
        "Ihr VN: Zahnarztpraxis Dr. Yıldız & Kollegen, Venloer Str. 388, Köln",
        "Unsere Mandantin: Frau Sabine Rossmann, geb. 14.02.1979",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "wir zeigen an, dass uns Frau Rossmann mit der Wahrnehmung ihrer Interessen",
        "beauftragt hat. Vollmacht anbei.",
        "",
        "Unserer Mandantin wurde am 21.11.2023 in der Praxis Ihres VN durch",
        "Herrn Dr. Yıldız der Weisheitszahn 38 operativ entfernt. Seitdem leidet sie",
        "unter einer Taubheit der linken Unterlippe und des Kinns sowie",
        "einschießenden Schmerzen. Der behandelnde Neurologe Dr. Haferkamp",
        "diagnostizierte am 15.01.2024 eine Läsion des N. alveolaris inferior",
        "links (S04.3) mit Hypästhesie und Dysästhesie.",
        "",
        "Eine DVT-Aufnahme vor dem Eingriff wurde nicht angefertigt, obwohl das",
        "OPG eine enge Lagebeziehung der Wurzel zum Mandibularkanal zeigte. Über",
        "das Risiko einer dauerhaften Nervschädigung wurde unsere Mandantin nach",
        "ihrer Erinnerung nicht aufgeklärt.",
        "",
        "Frau Rossmann nimmt derzeit Pregabalin 75 mg zweimal täglich; sie ist",
        "als Lehrerin seit dem 20.03.2024 krankgeschrieben.",
        "",
        "Wir fordern Sie auf, bis zum 31.05.2024 Ihre Einstandspflicht dem",
        "Grunde nach zu erklären und ein angemessenes Schmerzensgeld (wir halten",
        "mindestens 15.000 EUR für angemessen) sowie den Verdienstausfall zu",
        "regulieren. Die Behandlungsunterlagen haben wir beim VN angefordert.",
        "",
        "Mit freundlichen Grüßen",
        "Dr. Weidemann, Rechtsanwalt, Fachanwalt für Medizinrecht"]
    return mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
        "patient's lawyer's claim letter against dentist (nerve injury after wisdom-tooth removal, ICD S04.3, medication) only in the PDF; body neutral",
        when="2024-05-06 10:55",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        subject="H-24-0102 – Anspruchsschreiben zur Kenntnis und Stellungnahme",
        body="""
Sehr geehrter Herr Dr. Yıldız,

anbei das Schreiben der Kanzlei Dr. Weidemann & Partner, das gestern bei uns
eingegangen ist. Bitte schicken Sie uns bis zum 21.05. Ihre Stellungnahme
sowie eine vollständige Kopie der Behandlungsdokumentation einschließlich
Röntgenbilder (über das Portal, nicht per Mail).

Die Unterlagen an die Kanzlei übersenden bitte nicht Sie selbst, sondern wir
nach Prüfung. Rufen Sie mich gern an, falls Sie vorab Fragen haben.
""" + SIG_BRANDHORST,
        atts=[pdf("Weidemann_2024-05-02_Anspruchsschreiben.pdf", letter,
                  title="Anspruchsschreiben 114/24")])


def m030():
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: broker circular on changed terms of practice interruption cover (illness, quarantine, pregnancy ban); generic",
        when="2024-10-08 14:00",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="maklerverteiler-heilwesen@%s" % AV,
        subject="Maklerinfo 09/2024: Neue AVB Praxisausfallversicherung ab 01.01.2025",
        body="""
Liebe Partnerinnen und Partner,

zum 1. Januar 2025 führen wir neue Bedingungen für die
Praxisausfallversicherung (AVB PA 2025) ein. Bestandsverträge werden zur
Hauptfälligkeit umgestellt, sofern die Kundin/der Kunde nicht widerspricht.

Was sich ändert:
• Karenzzeit wahlweise 7, 14, 21 oder 42 Tage (bisher nur 21 und 42).
• Quarantäne nach IfSG und berufliches Beschäftigungsverbot sind jetzt
  ausdrücklich mitversichert – auch wenn die Inhaberin selbst nicht erkrankt.
• Schwangerschaft: Leistung bei ärztlichem Beschäftigungsverbot ab dem
  ersten Tag, Mutterschutzfristen bleiben ausgeschlossen.
• Psychische Erkrankungen: Leistung bis zu 6 Monate je Versicherungsfall
  (bisher 3 Monate).
• Gesundheitsfragen: Zeitraum für ambulante Behandlungen auf 3 Jahre verkürzt.

Die Synopse alt/neu und die neuen Antragsformulare finden Sie im
Maklerportal unter Heilwesen > Praxisausfall > Downloads.

Online-Schulung für Makler: 12.11.2024, 10 Uhr (45 Min.), Anmeldung über das
Maklerportal. IDD-Weiterbildungszeit: 45 Minuten.

Viele Grüße
Lea Hartung
Maklerbetreuung Heilwesen | Aurelia Versicherung AG
""")


def m031():
    return mail("NORMAL", "de", "insurer-to-supplier",
        "trap: framework-contract request to a document restoration firm (freeze-drying of wet patient files, § 203 clause); no person or case",
        when="2024-07-16 10:25",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Angebote Belfor-Nord <angebote@aktenrettung-nord.example>",
        subject="Anfrage Rahmenvertrag Wiederherstellung von Praxisakten nach Wasserschäden",
        body="""
Sehr geehrte Damen und Herren,

wir regulieren jährlich rund 60 Leitungswasser- und Starkregenschäden in Arzt-,
Zahnarzt- und Therapiepraxen, bei denen Papierakten nass werden. Wir möchten
dafür einen Rahmenvertrag schließen und bitten um ein Angebot für:

1. Abholung innerhalb von 24 Stunden im Raum Köln/Bonn/Düsseldorf,
   verplombte Transportbehälter;
2. Schockfrosten und Vakuum-Gefriertrocknung, Preis je lfd. Meter bzw. je
   Transportbox;
3. optional Digitalisierung (PDF/A, Volltext) und Rückgabe als verschlüsselter
   Datenträger an die Praxis;
4. Vernichtung nicht mehr lesbarer Akten nach DIN 66399, Schutzklasse 3.

Zwingend: schriftliche Verpflichtung der eingesetzten Mitarbeitenden auf die
Verschwiegenheit (§ 203 Abs. 3 und 4 StGB) sowie ein AV-Vertrag mit der
jeweiligen Praxis. Die Aufträge erteilt jeweils die Praxis, wir übernehmen
die Kosten im Rahmen der Deckung.

Bitte senden Sie Ihr Angebot bis zum 15.08.2024.
""" + SIG_REIMER)


def m032():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named dermatologist: new laser added to the equipment list of her contents policy, serial no., value, premium change",
        when="2024-02-20 13:14",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Priya Raman <praxis@derma-raman.example>",
        subject="Endorsement no. 3 to policy PI-5817 3302 – new laser system",
        body="""
Dear Dr Raman,

we have added the new laser system to your practice policy PI-5817 3302 with
effect from 15 February 2024:

  Item:          Fractional CO2 laser, model Lumera FX 30
  Serial no.:    LFX30-2211-0487
  Purchase price EUR 86,400 (invoice dated 9 February 2024)
  Cover:         electronic equipment all-risks, new-for-old, excess EUR 500

Your electronic equipment sum insured rises from EUR 48,000 to EUR 134,400.
The additional premium for the rest of the insurance year is EUR 612.30
(incl. insurance tax) and will be collected with the next direct debit.

Please note: the device must be serviced by the manufacturer or an authorised
partner at least once a year. Keep the service reports; we will ask for them
in the event of a claim.

The endorsement is attached to the letter sent by post today.
""" + SIG_MCALLISTER)


def m033():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
        "psychotherapist's water damage; her quoted mail names clients and their therapy (trauma, eating disorder) whose files got wet",
        when="2024-11-05 15:30",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Miriam Schenk <praxis@psychotherapie-schenk.example>",
        subject="AW: Wasserschaden Praxis – Akten",
        body="""
Sehr geehrte Frau Schenk,

Sie brauchen uns keine Namen Ihrer Klientinnen und Klienten zu nennen – für die
Regulierung reicht die Anzahl der Akten und der Meter Regal. Bitte löschen Sie
die Liste unten aus Ihrem Postausgang; ich habe den Vorgang an unsere
Datenschutzbeauftragte gemeldet und die Mail in unserem System gesperrt.

Die Wiederherstellung der Akten übernehmen wir (Schaden S-24-1102-517).

Mit freundlichen Grüßen
Jonas Reimer

Am 04.11.2024 um 19:02 schrieb Miriam Schenk:
> Sehr geehrter Herr Reimer,
>
> die Leitung in der Wohnung über mir ist geplatzt, das Wasser kam durch die
> Decke genau über dem Aktenschrank. Betroffen sind vor allem die laufenden
> Fälle:
>
> - Frau Nadine Kessel, Traumatherapie (PTBS nach Überfall), seit 2022
> - Herr Jan-Philipp Arndt, Angststörung, 25 Sitzungen bewilligt
> - Lisa Marie Thon (17), Anorexie, in Absprache mit der Kinderärztin
> - Herr Bernd Stüwe, Depression, nach Klinikaufenthalt in Bedburg-Hau
>
> Die Gutachten für die Kassenanträge sind auch nass. Wie soll ich jetzt
> vorgehen? Ich darf die Akten ja nicht einfach irgendwem geben.
>
> Miriam Schenk
> Psychologische Psychotherapeutin (VT)
""", charset="utf-8", cte="8bit", flowed=True)


def m034():
    return mail("NORMAL", "en", "internal",
        "trap: training quiz on health data in liability claims with an explicitly fictitious doctor and patient",
        when="2024-03-14 12:00",
        frm="Ursula Pfeiffer <ursula.pfeiffer@%s>" % AV,
        to="International Client Service <ics-team@%s>" % AV,
        subject="Quick quiz: patient data in malpractice claims (5 questions, 5 minutes)",
        body="""
Hi all,

as promised in our data protection session, here is the short quiz. Answers
at the bottom – no peeking.

Case (fictitious): Dr Max Mustermann, GP, reports that his patient "Erika
Musterfrau" claims he missed a fracture on an X-ray.

1. Dr Mustermann emails you the X-ray report as a normal attachment. Do you
   reply to the email with your questions?
2. The patient's lawyer asks for a copy of the claims file. What do you need
   first?
3. Can you forward the claim to our medical adviser via Teams chat?
4. The patient's name appears in the subject line of an email to the panel
   lawyer. Is that a problem?
5. How long do we keep the claims file after the claim is closed?

Answers:
1. Only via the secure portal / encrypted mail – the report is health data.
2. A power of attorney and the doctor's release from confidentiality.
3. No. Medical adviser only via the claims system.
4. Yes – use the claim number only.
5. Ten years after closing, then deletion according to the retention plan.

Thanks,
Ursula
""")


def m035():
    return mail("CONFIDENTIAL", "de", "insurer-to-company",
        "medical centre GmbH with named managing director: server-room fire, business interruption figures, policy and claim no.",
        when="2024-10-22 17:05",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Petra Lommel <p.lommel@mvz-rheinblick.example>",
        subject="MVZ Rheinblick GmbH – Brand Serverraum 14.10. – Stand Regulierung",
        body="""
Sehr geehrte Frau Lommel,

kurzer Zwischenstand nach dem Termin mit Ihrem IT-Dienstleister gestern:

1. Sachschaden (Inhalt/Elektronik, Vertrag PI-8800 1420): Server, USV und
   Konnektor sind Totalschaden. Den Neuwert von 38.760 EUR netto erkennen wir
   an; Abschlagszahlung 25.000 EUR ist heute angewiesen.
2. Betriebsunterbrechung: Die Praxen Innere und Gynäkologie konnten drei Tage
   nur eingeschränkt arbeiten (keine eGK-Einlesung, kein eRezept). Ihr
   Controlling hat einen Umsatzausfall von 41.200 EUR ermittelt. Wir prüfen
   das auf Basis der Quartalsabrechnung Q4/2023; bitte schicken Sie die
   KV-Honorarbescheide Q4/2023 und Q3/2024.
3. Mehrkosten: Die Mietkosten für den Ersatzserver (2.150 EUR) sind gedeckt.

Die Ursache (Überhitzung des USV-Akkus) hat der Sachverständige bestätigt;
ein Regress gegen den Wartungsdienstleister wird geprüft.

Ich melde mich, sobald die Honorarbescheide vorliegen.
""" + SIG_REIMER)


def m036():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "group accident insurance for practice staff: named medical assistant's needlestick injury with HIV/HCV follow-up testing",
        when="2024-06-11 11:48",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Personalabteilung MVZ Rheinblick <personal@mvz-rheinblick.example>",
        subject="Gruppenunfall GU-4402 7710 – Unfallmeldung Frau Svenja Roth",
        body="""
Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Unfallanzeige für Ihre Mitarbeiterin Frau
Svenja Roth (MFA, Praxis Innere Medizin) vom 03.06.2024.

Nach Ihrer Schilderung hat sich Frau Roth beim Entsorgen einer
Butterfly-Kanüle nach einer Blutentnahme in den linken Zeigefinger gestochen.
Die Indexpatientin ist bekanntermaßen Hepatitis-C-positiv. Frau Roth wurde
noch am selben Tag beim D-Arzt vorgestellt (Dr. Ahlers), Blutentnahme zur
Bestimmung des Ausgangsstatus (HIV, HBV, HCV) ist erfolgt, Kontrollen nach
6 Wochen, 3 und 6 Monaten sind geplant.

Bitte beachten Sie: Primär zuständig ist die BGW (Arbeitsunfall). Unsere
Gruppenunfallversicherung leistet zusätzlich nur bei einer dauerhaften
Beeinträchtigung (Invalidität) bzw. für das vereinbarte Krankenhaustagegeld.
Eine Leistung wird daher erst nach Abschluss der Kontrolluntersuchungen
fällig. Bitte informieren Sie uns, sobald das Ergebnis der 6-Monats-Kontrolle
vorliegt.

Aus Datenschutzgründen korrespondieren wir zu den Untersuchungsergebnissen
künftig direkt mit Frau Roth, wenn sie zustimmt.

Mit freundlichen Grüßen
Sabine Kolbe
Leistung Unfall / BU
Aurelia Versicherung AG
""")


def m037():
    rows = [["Erfassungsbogen Praxisinventar / Geräteliste – Anlage zum Antrag PraxisSchutz"],
            ["Praxis:", "", "Fachrichtung:", ""],
            ["Nr.", "Gerät / Einrichtung", "Hersteller / Typ", "Seriennummer", "Baujahr", "Neuwert EUR", "Elektronik ja/nein"],
            [1, "Behandlungseinheit / -liege", "", "", "", "", ""],
            [2, "Sterilisator / Autoklav (Klasse B)", "", "", "", "", ""],
            [3, "Röntgen / DVT / OPG", "", "", "", "", ""],
            [4, "Ultraschallgerät", "", "", "", "", ""],
            [5, "EKG / Belastungs-EKG / Spirometrie", "", "", "", "", ""],
            [6, "Laser", "", "", "", "", ""],
            [7, "Medikamenten-/Impfstoffkühlschrank", "", "", "", "", ""],
            [8, "Praxis-EDV (Server, Arbeitsplätze, TI-Konnektor)", "", "", "", "", ""],
            [9, "Sonstiges", "", "", "", "", ""],
            ["Hinweis: Geräte über 25.000 EUR Neuwert bitte mit Rechnungskopie. Keine Patientendaten eintragen."]]
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: blank equipment list template (X-ray, ultrasound, vaccine fridge) for applications; no customer",
        when="2024-01-17 09:05",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Bianca Schröder <b.schroeder@heilberufe-konzept.example>",
        subject="AW: Vorlage Geräteliste?",
        body="""
Hallo Frau Schröder,

klar, anbei unser aktueller Erfassungsbogen als Excel. Ihre Kunden können die
Liste direkt ausfüllen; bei Geräten über 25.000 EUR bitte die Rechnung
beilegen. Die Spalte "Elektronik" steuert, ob das Gerät zusätzlich in die
Elektronikversicherung (Allgefahren) geht.

Viele Grüße
""" + SIG_OBERDIECK,
        atts=[xlsx("Erfassungsbogen_Geraeteliste_Praxis_V2024.xlsx", rows, "Geräteliste")])


def m038():
    return mail("CONFIDENTIAL", "de", "customer",
        "physiotherapist's own mail with turnover, staff count and salaries asking for BI offer, forwarded internally (windows-1252)",
        when="2024-05-14 08:12",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        subject="WG: Angebot Betriebsunterbrechung Physio Böhnke",
        charset="windows-1252",
        body="""
Mehmet, der Kunde aus dem Blitzschaden möchte jetzt doch eine BU. Kannst du
ein Angebot machen? Zahlen siehe unten. Danke, Jonas

-----Ursprüngliche Nachricht-----
Von: Marco Böhnke <info@physio-boehnke.example>
Gesendet: Montag, 13. Mai 2024 22:41
An: Reimer, Jonas
Betreff: Angebot Betriebsunterbrechung

Hallo Herr Reimer,

danke nochmal für die schnelle Abwicklung. Sie hatten ja eine
Betriebsunterbrechung angesprochen, das würde ich gerne machen. Meine Zahlen:

Umsatz 2023: ca. 312.000 € (davon ca. 40 % Privatpatienten/Selbstzahler)
Angestellte: 4 Physiotherapeuten (je ca. 3.100 € brutto), 1 Rezeption
Minijob (538 €)
Miete: 2.850 € warm
Leasing Geräte: 410 €/Monat
Mein Gewinn lt. Steuerberater 2023: 71.400 €

Die Praxis ist in der Hauptstraße 47 in 51373 Leverkusen, EG.

Danke & Gruß
Marco Böhnke
Physiotherapie Böhnke – Krankengymnastik, MT, Lymphdrainage
""")


def m039():
    report = ["Dr. med. Stefan Offermann – Orthopädie und Unfallchirurgie",
              "Königsallee 14, 40212 Düsseldorf",
              "",
              "Ärztlicher Befundbericht zur Vorlage bei der Aurelia Versicherung AG",
              "Patient: Dr. Oliver Grant, geb. 02.04.1976",
              "Vertrag: LV 88 123 456-7 (Berufsunfähigkeit)",
              "",
              "Diagnosen: Bandscheibenvorfall L5/S1 rechts mit S1-Radikulopathie (M51.1),",
              "Z. n. mikrochirurgischer Sequestrektomie 19.02.2024,",
              "residuelle Fußheberschwäche rechts KG 4/5, chron. Lumbalgie.",
              "",
              "Verlauf: Postoperativ rasche Besserung der Beinschmerzen. Persistierend",
              "Hypästhesie Dermatom S1 rechts. Ambulante Reha (EAP) 03–04/2024.",
              "Sitzen ca. 45 min möglich, Stehen ca. 30 min, Heben über 10 kg",
              "nicht möglich. Längere Untersuchungen in vorgebeugter Haltung",
              "(z. B. an der Untersuchungsliege) derzeit nicht zumutbar.",
              "",
              "Prognose: Besserung in den nächsten 6 Monaten wahrscheinlich; eine",
              "Wiederaufnahme der hausärztlichen Tätigkeit in reduziertem Umfang",
              "(ca. 50 %) erscheint ab Juli 2024 möglich.",
              "",
              "Düsseldorf, 22.04.2024      Dr. med. S. Offermann"]
    return mail("STRICTLY_CONFIDENTIAL", "mixed", "doctor",
        "treating surgeon's German report on practice owner's disability claim (PDF), English cover mail to the medical adviser",
        when="2024-04-24 09:58",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr. med. Harald Quast <beratungsarzt@%s>" % AV,
        subject="BU claim LV 88 123 456-7 – treating doctor's report, please assess",
        body="""
Dear Dr Quast,

attached the report of the treating orthopaedic surgeon for Dr Grant
(GP, Düsseldorf). The policyholder prefers English, the report is in German.

Questions for your assessment:
1. Is a degree of occupational disability of at least 50 % plausible for the
   period February–June 2024, given his activity profile (approx. 60 %
   consultations, 15 % examinations on the couch, 10 % home visits)?
2. Do you recommend an independent examination, or can we decide on the
   basis of the file?

Bitte bis 10.05. – vielen Dank!
Sabine Kolbe
""", atts=[pdf("Befundbericht_Offermann_2024-04-22.pdf", report, title="Befundbericht")])


def m040():
    return mail("NORMAL", "en", "insurer-to-partner",
        "trap: treaty wording discussion on communicable disease and pandemic exclusions for practice BI; no person",
        when="2024-10-29 16:40",
        frm="Henrik Solberg <henrik.solberg@%s>" % AV,
        to="Claire Whitmore <c.whitmore@nordmark-re.example>",
        subject="Practice BI treaty 2025 – communicable disease wording (LMA5393 vs our draft)",
        body="""
Claire,

thanks for the call. To summarise where we are on the 2025 wording for the
practice business interruption treaty:

1. You proposed LMA5393 as the communicable disease exclusion. For our
   practice BI that would exclude quarantine orders under the German
   Infection Protection Act (IfSG), which our original policies cover
   explicitly for doctors, dentists and pharmacies.
2. Our counter-proposal: carve back single-location quarantine orders
   (one practice closed by the health authority because of an infection in
   the team), sub-limit EUR 50k per practice and EUR 2m aggregate; no cover
   for general lockdowns or pandemic declarations.
3. Practice interruption due to the illness of the owner (personal line,
   written under our life licence) is not part of this treaty and stays in
   the life QS.

Our 2020–2022 experience for single-location quarantine was 212 claims,
average EUR 9,400. I can send the breakdown by year; no individual data.

Could you let me know by 8 November whether Nordmark can accept the carve-back?

Best regards,
Henrik

Henrik Solberg | Group Reinsurance | Aurelia Versicherung AG
""")


def m041():
    sched = ["Aurelia Versicherung AG – Policy schedule / Versicherungsschein",
             "Policy no. PI-7204 9916 – PraxisSchutz Premium (Dental)",
             "",
             "Policyholder: Dr Lars Engström, Kieferorthopädie Engström",
             "Risk address: Luegallee 61, 40545 Düsseldorf",
             "Period: 01.08.2024 – 01.08.2025, annual renewal",
             "",
             "Practice contents incl. 3D scanner, CBCT     EUR 340,000",
             "Electronic equipment (all risks)              EUR 145,000",
             "Business interruption, 12 months              EUR 690,000",
             "Flood (ZÜRS 2), excess                        EUR   5,000",
             "",
             "Annual premium net EUR 2,318.00, insurance tax EUR 440.42",
             "Total EUR 2,758.42, SEPA direct debit, mandate ref. AV-PI72049916",
             "Account: DE78 4370 8917 7427 1316 97 (Lars Engström)",
             "",
             "Terms: AVB PraxisSchutz 2024, Klauseln 4.1–4.9, Elektronik-Klausel E2"]
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named orthodontist's policy schedule in PDF with risk address, premium and his IBAN; body only cover note",
        when="2024-07-29 14:22",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Lars Engström <lars@engstrom-ortho.example>",
        cc="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Your practice policy – schedule attached",
        body="""
Dear Dr Engström,

welcome to Aurelia! Attached is the schedule for your practice policy,
starting 1 August 2024. The German original with the full terms follows by
post; the English version is for information only.

If anything in the schedule is incorrect, please let me or Tom know within
two weeks.
""" + SIG_MCALLISTER,
        atts=[pdf("Policy_schedule_PI-72049916.pdf", sched, title="Policy schedule")])


def m042():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "run-off liability claim after practice sale: former patient's implant loss and peri-implantitis, named",
        when="2024-11-19 10:10",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. Ewa Kowalczyk <ewa.kowalczyk@zahnarzt-kowalczyk.example>",
        subject="Nachhaftung BH-2650 1194 – Anspruch Herr Thomas Brenner (H-24-0410)",
        body="""
Sehr geehrte Frau Dr. Kowalczyk,

auch nach dem Verkauf Ihrer Praxis besteht Ihr Versicherungsschutz für frühere
Behandlungen fort. Ihr Nachfolger, Herr Dr. Meißner, hat uns ein Schreiben
Ihres ehemaligen Patienten Herrn Thomas Brenner weitergeleitet.

Herr Brenner macht geltend, dass das von Ihnen im Mai 2022 gesetzte Implantat
regio 46 im August 2024 wegen einer fortgeschrittenen Periimplantitis
entfernt werden musste. Er wirft Ihnen vor, die Periimplantitis bei den
Kontrollen 2023 trotz Blutung und Taschentiefen von 6 mm nicht behandelt zu
haben. Er ist Raucher und Typ-2-Diabetiker, was in Ihrer Anamnese vermerkt
sein dürfte. Er verlangt die Kosten der Neuversorgung (Kostenvoranschlag
Dr. Meißner: 4.860 EUR) und Schmerzensgeld.

Die Behandlungsakte ist mit der Praxis an Herrn Dr. Meißner übergegangen
(Zwei-Schrank-Modell). Bitte klären Sie mit ihm, dass wir eine Kopie der Akte
für den Zeitraum 2022–2023 erhalten; dafür benötigen wir die
Schweigepflichtentbindung von Herrn Brenner, die wir bereits angefordert haben.

Bitte schicken Sie uns Ihre Stellungnahme bis zum 10.12.2024.
""" + SIG_BRANDHORST)


def m043():
    return mail("NORMAL", "de", "internal",
        "trap: team meeting minutes with claims statistics (fridges, water, malpractice), a colleague absent without reason",
        when="2024-02-12 16:30",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Team Heilwesen <team-heilwesen@%s>" % AV,
        subject="Protokoll Teamrunde Heilwesen 12.02.",
        body="""
Hallo zusammen,

hier das Protokoll von heute (Teilnehmende: KO, JR, FB, MA, LH; Sabine fällt
bis Freitag aus, Vertretung Leistung PA/BU macht Thomas).

1. Schadenstatistik Januar
   - 23 neue Sachschäden, davon 9 Leitungswasser, 5 Kühlgut (!), 4 Einbruch
   - 11 neue Haftpflichtschäden (Arzt 6, Zahnarzt 4, Apotheke 1)
   - 3 neue Praxisausfall-Leistungsfälle
   -> Kühlgut-Schäden Thema für Praxis-Brief (Tobias ist dran)

2. Datenschutz
   - Ursula bittet nochmals: keine Patientenlisten per Mail annehmen und
     weiterleiten, Kunden auf Aktennummern hinweisen. Merkblatt folgt.

3. Neues Produkt Cyber für Praxen
   - Start voraussichtlich September, Schulung im Juli
   - MA klärt mit Rück die Deckung für TI-Ausfall

4. Organisatorisches
   - Urlaubsplanung Sommer bitte bis 01.03. ins Teamlaufwerk
   - Umzug in den 4. Stock am 22./23.03., Kisten ab 18.03.

Nächste Teamrunde: 26.02., 10 Uhr, Raum 4.12

Viele Grüße
Katrin
""")


def m044():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Apotheken-Brief</title></head>
<body style="margin:0;background:#f3f6f4;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
<p style="font-size:12px;color:#888">Probleme mit der Darstellung? <a href="https://newsletter.aurelia-versicherung.example/web/apo-0624">Im Browser öffnen</a></p>
<h1 style="color:#0b6e4f;font-size:22px">Apotheken-Brief Juni 2024</h1>
<h2 style="font-size:17px">Hitzesommer: Kühlkette und Temperatur in der Offizin</h2>
<p>Arzneimittel dürfen in der Apotheke nicht über 25&nbsp;°C gelagert werden, Kühlware
(Insuline, Impfstoffe, Biologika) zwischen +2 und +8&nbsp;°C. Letzten Sommer meldeten
Apotheken uns 31 Schäden durch ausgefallene Kühlschränke &ndash; häufig am Wochenende.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px;width:100%">
<tr style="background:#0b6e4f;color:#fff"><th align="left">Checkliste</th><th>erledigt?</th></tr>
<tr><td>Temperaturaufzeichnung Kühlschrank mit Alarmierung</td><td align="center">&#9744;</td></tr>
<tr><td>Notfallplan: Ausweichkühlschrank / Partnerapotheke</td><td align="center">&#9744;</td></tr>
<tr><td>Klimatisierung Offizin und Lager geprüft</td><td align="center">&#9744;</td></tr>
<tr><td>Versicherungssumme Kühlware an Lagerwert angepasst</td><td align="center">&#9744;</td></tr>
</table>
<h2 style="font-size:17px">BtM-Tresor: Was der Versicherer erwartet</h2>
<p>Betäubungsmittel sind nach unseren Bedingungen nur im zertifizierten Wertschutzschrank
(mind. Widerstandsgrad I nach EN&nbsp;1143-1) versichert. Schlüssel gehören nicht in die
Schublade daneben.</p>
<p><a href="https://www.aurelia-versicherung.example/apotheke" style="background:#0b6e4f;color:#fff;padding:8px 14px;text-decoration:none">Mehr zum ApothekenSchutz</a></p>
<hr><p style="font-size:11px;color:#888">Aurelia Versicherung AG &middot; Hohenzollernring 112 &middot; 50672 Köln &middot;
<a href="https://newsletter.aurelia-versicherung.example/abmelden">Abmelden</a></p>
</div></body></html>"""
    return mail("NORMAL", "de", "newsletter",
        "trap: HTML-only pharmacy newsletter on cold chain (insulins, vaccines), narcotics safe; no person",
        when="2024-06-20 06:30",
        frm="Aurelia Apotheken-Brief <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Apotheken-Brief Juni: Hitzesommer, Kühlkette, BtM-Tresor",
        html=html)


def m045():
    log = """Zeitstempel;Sensor;Temperatur °C;Alarm
31.08.2024 22:00;KS-1 Offizin;5,1;
31.08.2024 23:00;KS-1 Offizin;5,3;
01.09.2024 00:00;KS-1 Offizin;6,8;
01.09.2024 01:00;KS-1 Offizin;8,9;HIGH
01.09.2024 02:00;KS-1 Offizin;11,4;HIGH
01.09.2024 03:00;KS-1 Offizin;14,0;HIGH
01.09.2024 06:00;KS-1 Offizin;18,7;HIGH
01.09.2024 09:00;KS-1 Offizin;21,2;HIGH
01.09.2024 09:41;KS-1 Offizin;21,5;ACK Notdienst
"""
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "pharmacy owner (e.K.) cold-goods claim: stock value of insulins and vaccines, policy and claim no.; temperature log without persons",
        when="2024-09-03 15:02",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. Silke Tiedemann <s.tiedemann@loewen-apotheke-bruehl.example>",
        subject="Kühlgutschaden 01.09. – S-24-0901-298 – Eingangsbestätigung",
        body="""
Sehr geehrte Frau Dr. Tiedemann,

da kommt ja gerade einiges zusammen bei Ihnen – erst der Kühlschrank, am
nächsten Tag der Einbruch. Den Kühlgutschaden haben wir unter
S-24-0901-298 zur Inhaltsversicherung PI-2674 0931 angelegt.

Laut Ihrer Aufstellung (Einkaufspreise aus der Warenwirtschaft):

  Insuline (Pens/Patronen, 14 PZN)          6.218,40 EUR
  Impfstoffe (Influenza, FSME, Herpes zoster)  4.906,10 EUR
  Biologika (3 Packungen Adalimumab)        5.702,55 EUR
  sonstige Kühlware                           642,30 EUR
  gesamt                                   17.469,35 EUR

Versichert ist Verderb von Kühlgut bis 20.000 EUR, Selbstbehalt 500 EUR.
Den Logger-Export habe ich zurückgeschickt (Anlage), bitte bestätigen Sie,
dass das der Kühlschrank in der Offizin ist und nicht der im Lager.

Die vorbestellten Packungen für Kundinnen und Kunden (Kundenbestellungen)
müssen Sie uns nicht einzeln nennen, der Einkaufspreis genügt.
""" + SIG_REIMER,
        atts=[csv_att("Logger_KS1_2024-09-01.csv", log)])


def m046():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "practice interruption claim of a dentist partner due to pregnancy-related employment ban (pregnancy = health data)",
        when="2024-09-24 13:18",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr. Anja Brückmann <a.brueckmann@zahnaerzte-venloer.example>",
        subject="Praxisausfall PA-5120 3391 – Beschäftigungsverbot",
        body="""
Liebe Frau Dr. Brückmann,

herzlichen Glückwunsch zur Schwangerschaft! Zu Ihrer Anfrage:

Ihre Frauenärztin hat Ihnen ab dem 16.09.2024 ein individuelles
Beschäftigungsverbot nach § 16 MuSchG bescheinigt (Risikoschwangerschaft,
Z. n. zwei Fehlgeburten, Zervixinsuffizienz). Als selbständige Zahnärztin
und Gesellschafterin der BAG fallen Sie zwar nicht unmittelbar unter das
Mutterschutzgesetz, Ihre Praxisausfallversicherung leistet nach Ziffer 2.4
AVB PA aber auch bei einem ärztlich attestierten Behandlungsverbot wegen
Schwangerschaftskomplikationen.

Leistung: Tagessatz 600 EUR nach 14 Tagen Karenz, also ab 30.09.2024, bis
zum Beginn der Mutterschutzfrist (voraussichtlich 6 Wochen vor dem
errechneten Termin am 02.02.2025, d. h. bis 22.12.2024).

Bitte schicken Sie uns das Attest im Original bzw. als Scan über das
Portal und eine Bestätigung der BAG, dass Ihr Gewinnanteil ab Oktober
entfällt oder sich mindert.

Alles Gute für Sie!
Sabine Kolbe
Leistung Praxisausfall / BU, Aurelia Versicherung AG
""")


def m047():
    return mail("NORMAL", "en", "insurer-to-supplier",
        "trap: job ad for a medical underwriter (disability, practice interruption) sent to a job board; no person",
        when="2024-05-02 11:11",
        frm="Aurelia Talent Acquisition <jobs@%s>" % AV,
        to="Posting Desk <postings@careerboard.example>",
        subject="New posting: Medical Underwriter (m/f/d) – Medical Professions, Cologne – ref. AV-2024-118",
        body="""
Hello,

please publish the following ad on our employer page from 6 May for 30 days,
English and German versions, package "Professional Plus" (invoice to our
account no. K-10022).

---
Medical Underwriter (m/f/d) – Medical Professions
Cologne or hybrid | full time | permanent

Aurelia insures some 11,000 practices and pharmacies in Germany. Our team
"Medical Professions" looks for an underwriter for disability income and
practice interruption insurance for doctors, dentists and therapists.

What you will do
- assess applications including health questions, medical reports and
  specialist reports
- decide on exclusions, loadings and postponements, e.g. for back problems,
  mental health conditions or cardiovascular risk
- support brokers and our sales team with complex cases

What you bring
- a background as a nurse, physiotherapist, medical assistant or doctor, or
  several years in medical underwriting
- good German (C1) and English
- reliability with highly confidential data

Apply via https://karriere.aurelia-versicherung.example/AV-2024-118
---

Thanks,
Melanie Brandt
Talent Acquisition, Aurelia Versicherung AG
""")


def m048():
    rows = [["Harbour & Lane – Aurelia practice policies – renewals Q3 2024"],
            ["Policyholder", "Practice", "Policy no.", "Renewal", "Premium EUR", "Note"],
            ["Dr Oliver Grant", "Grant Family Practice, Düsseldorf", "PI-5502 7719", "01.07.2024", 1846.37, "new ultrasound, increase SI"],
            ["Dr Priya Raman", "Dermatologie Raman, Köln", "PI-5817 3302", "15.08.2024", 2281.90, "laser endorsement done"],
            ["Dr Lars Engström", "Kieferorthopädie Engström", "PI-7204 9916", "01.08.2025", 2758.42, "new business"],
            ["Niamh O'Donnell", "Physio O'Donnell, Bonn", "PI-6690 2218", "01.09.2024", 402.55, "add BI?"],
            ["Dr Yusuf Karim", "Hausarztpraxis Karim, Neuss", "PI-6012 4471", "01.09.2024", 1290.00, "direct debit returned 2023"]]
    return mail("CONFIDENTIAL", "en", "insurer-to-broker",
        "broker renewal list (ODS) with named practitioners, policy numbers, premiums and a payment note",
        when="2024-06-10 10:30",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Q3 renewals – your clients",
        body="""
Hi Tom,

attached the list of your clients' practice policies renewing in Q3 (plus
Dr Engström for completeness). LibreOffice format as your team requested.

Could you check with Ms O'Donnell whether she wants BI cover this time? And
for Dr Karim, please make sure the mandate is up to date – last year's
direct debit came back.

Cheers,
Fiona
""", atts=[ods("Renewals_Q3_2024_HarbourLane.ods", rows, "Q3")])


def m049():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "underwriting decision on orthodontist's disability income application: asthma loading, psychotherapy accepted without exclusion",
        when="2024-07-23 16:45",
        frm="Life Underwriting <lv-underwriting@%s>" % AV,
        to="Dr Lars Engström <lars@engstrom-ortho.example>",
        cc="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Your disability income application – underwriting decision",
        body="""
Dear Dr Engström,

thank you for your application for disability income cover of EUR 4,500 per
month and for the additional information from your GP.

We are pleased to offer cover on the following terms:

- Bronchial asthma: accepted with a premium loading of 10 %, as your asthma
  has been stable on budesonide/formoterol for several years with no
  hospitalisation.
- Meniscus repair, left knee (2020): accepted without exclusion, as you
  have been symptom-free since 2021.
- Outpatient psychotherapy 2022 (adjustment disorder): accepted without
  exclusion. A therapist's report was not necessary given the closed
  treatment and your GP's confirmation.

Monthly premium: EUR 187.60 (including the loading), net of surplus.

The offer is valid for six weeks. Please sign and return the attached
acceptance form via your broker.

Kind regards,
Dr. med. Karin Ulbricht
Medical Underwriting – Life & Disability
Aurelia Versicherung AG
""")


def m050():
    return mail("NORMAL", "de", "insurer-to-customer",
        "trap: portal notification without name or content (new secure message about a claim)",
        when="2024-08-21 07:14",
        frm="Aurelia SecureMail <noreply-securemail@%s>" % AV,
        to="praxis@hausarzt-vogelsang.example",
        subject="Sie haben eine neue Nachricht im Aurelia SecureMail-Portal",
        body="""
Guten Tag,

in Ihrem Postfach im Aurelia SecureMail-Portal liegt eine neue Nachricht für
Sie bereit.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte
melden Sie sich an unter

    https://securemail.aurelia-versicherung.example

Die Nachricht wird 90 Tage für Sie bereitgehalten.

Sie haben Ihr Passwort vergessen? Nutzen Sie auf der Anmeldeseite
"Passwort zurücksetzen". Wir werden Sie nie per E-Mail oder Telefon nach
Ihrem Passwort fragen.

Ihre Aurelia Versicherung AG

Dies ist eine automatisch erzeugte Nachricht. Antworten an diese Adresse
werden nicht gelesen.
""", cte="quoted-printable")


def m051():
    return mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
        "panel lawyer's fee note naming patient v. doctor in a malpractice case (knee replacement): the treatment relationship itself is § 203 data",
        when="2024-12-03 11:20",
        frm="Buchhaltung Schaden <schadenbuchhaltung@%s>" % AV,
        to="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        subject="Freigabe Kostennote RAin Fuchs – H-24-0077",
        body="""
Hallo Frau Dr. Brandhorst,

bitte Freigabe der folgenden Kostennote bis Freitag (Zahlungslauf):

---
Rechtsanwältin Nora Fuchs, Fachanwältin für Medizinrecht
Kostennote Nr. 2024-311 vom 28.11.2024

In Sachen Gerd Wilms ./. Dr. med. Johannes Albers
wegen Arzthaftung (Knie-TEP rechts, postoperative Infektion)
Ihr Zeichen: H-24-0077

Gegenstandswert: 85.000,00 EUR

1,3 Geschäftsgebühr Nr. 2300 VV RVG        2.077,40 EUR
Auslagenpauschale Nr. 7002 VV RVG             20,00 EUR
Aktenversendungspauschale Klinikum            12,00 EUR
Zwischensumme                              2.109,40 EUR
19 % USt.                                    400,79 EUR
Gesamtbetrag                               2.510,19 EUR

Zahlbar an: Nora Fuchs Rechtsanwältin,
IBAN DE97 7566 9373 5152 6763 62
---

Danke!
Marion Steffens
Schadenbuchhaltung, Durchwahl -3150
""")


def m052():
    return mail("NORMAL", "de", "insurer-to-supplier",
        "trap: shredding contract for old claims files including medical records (DIN 66399); company data only",
        when="2024-03-18 14:35",
        frm="Facility Management <facility@%s>" % AV,
        to="Auftragsannahme SafeShred Rheinland GmbH <auftrag@safeshred-rheinland.example>",
        subject="Auftrag Aktenvernichtung Q2/2024 – Archiv Schaden Heilwesen",
        body="""
Sehr geehrte Damen und Herren,

hiermit beauftragen wir gemäß Rahmenvertrag RV-2022-07 die Vernichtung von
Schadenakten, deren Aufbewahrungsfrist abgelaufen ist:

- ca. 140 Archivboxen (Ordner Haftpflicht Heilwesen, Jahrgänge bis 2013),
  enthalten u. a. Arztberichte, Gutachten, Röntgenbilder (Folie)
- 6 Sicherheitsbehälter 240 l aus den Büros 4. OG

Anforderungen:
- Sicherheitsstufe P-5 nach DIN 66399 (Papier), F-3 für Röntgenfolien
- Abholung in verschlossenen Behältern, lückenlose Übergabedokumentation
- Vernichtungszertifikat je Abholung

Abholtermin: 11.04.2024 ab 7:30 Uhr, Zufahrt über die Tiefgarage
Hohenzollernring 112, Ansprechpartner vor Ort: Herr Dietz (Hausmeisterei),
0221 5503-1020.

Mit freundlichen Grüßen
Facility Management
Aurelia Versicherung AG
""")


def m053():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "speech therapist (sole trader) moving her practice: policy no., old/new address, glass claim, premium (iso-8859-1)",
        when="2024-08-27 09:40",
        charset="iso-8859-1",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Friederike Lammers <praxis@logopaedie-lammers.example>",
        subject="Umzug Ihrer Praxis – Vertrag PI-5931 0048",
        body="""
Sehr geehrte Frau Lammers,

danke für Ihre Nachricht. Ihren Umzug habe ich vermerkt:

  bisher:  Logopädie Lammers, Bahnhofstraße 8, 50259 Pulheim
  ab 01.10.2024: Venloer Straße 27, 50259 Pulheim (1. OG, Praxisräume 96 m²)

Während des Umzugs sind Ihre Einrichtung und Ihre Therapiematerialien an
beiden Adressen versichert (Außenversicherung bis 30 Tage). Der Beitrag bleibt
unverändert bei 318,40 EUR jährlich, weil die neue Adresse in derselben
Tarifzone liegt.

Zum Glasschaden an der Eingangstür in der Bahnhofstraße (S-24-0812-402): Die
Rechnung der Glaserei Neuhaus über 684,50 EUR überweisen wir direkt an die
Glaserei.

Bitte denken Sie daran, auch Ihrer Berufshaftpflicht die neue Adresse
mitzuteilen, falls diese nicht bei uns versichert ist.
""" + SIG_OBERDIECK)


def m054():
    inner_body = """Hi there,

I need to report an incident from this morning. One of my patients,
Mrs Helga Brandstetter (82), slipped when getting off the treatment table
after manual therapy and fell onto her right wrist. I called an ambulance,
at the Johanniter hospital they found a distal radius fracture and she was
operated on this afternoon (plate). Her son called me and says the table was
too high and nobody helped her down. The table is an electric one, it was
in the lowest position as far as I remember, but my new colleague was with
her, not me.

She also has osteoporosis and takes alendronic acid, it's in her
prescription from Dr Karim.

What do I do now? Do I need to fill in a form? I have professional liability
with you, policy no. BH-6690 2219 I think.

Thanks,
Niamh

Niamh O'Donnell
Physiotherapie O'Donnell – manual therapy, sports physio
Kaiserplatz 6, 53113 Bonn"""
    return mail("STRICTLY_CONFIDENTIAL", "en", "therapist",
        "physiotherapist's report of a patient's fall with wrist fracture, osteoporosis medication; only in the attached forwarded message",
        when="2024-09-06 08:35",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Haftpflicht-Schaden Heilwesen <schaden-heilwesen@%s>" % AV,
        subject="FW: incident in my practice today",
        body="""
Hi all,

please see the attached message from Ms O'Donnell (physio, Bonn, client of
Harbour & Lane). New liability claim – could someone take it over and send
her the claim form in English? Policy number in her mail.

Thanks,
Fiona
""", atts=[eml_att("incident in my practice today.eml",
                   frm="Niamh O'Donnell <niamh@physio-odonnell.example>",
                   to="Fiona McAllister <fiona.mcallister@%s>" % AV,
                   subject="incident in my practice today",
                   when="2024-09-05 18:52", body=inner_body)])


def m055():
    return mail("NORMAL", "en", "internal",
        "trap: security warning about phishing mails to practices asking for patient lists; no person",
        when="2024-04-11 13:45",
        frm="Information Security <infosec@%s>" % AV,
        to="All staff – Commercial Lines <commercial-all@%s>" % AV,
        subject="[Security notice] Phishing wave targeting medical practices in our name",
        body="""
Dear colleagues,

several doctors' and dentists' practices have told us about emails that
pretend to come from "Aurelia Schadenservice". The emails say a claim cannot
be processed and ask the practice to upload "patient lists and treatment
records" or to confirm bank details via a link.

Characteristics:
- sender domains that look similar to ours but are not ours
- links to a fake login page with our logo
- urgent tone, threat of "loss of insurance cover"

If a customer calls or writes about such an email:
1. Confirm that we never ask for patient lists or passwords by email.
2. Ask them to forward the email as an attachment to
   phishing@aurelia-versicherung.example and then delete it.
3. If they already entered data, open an incident in the ServiceNow queue
   "InfoSec – Customer" and inform the data protection team.

Thanks for your attention,
Information Security
""")


def m056():
    return mail("CONFIDENTIAL", "mixed", "internal",
        "risk inspection note on a named dermatologist's practice: address, sums insured, security findings; no patient or health data",
        when="2024-03-07 17:10",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Fiona McAllister <fiona.mcallister@%s>" % AV,
        subject="Besichtigung Derma Raman – short summary for you",
        body="""
Hi Fiona,

kurz zur Besichtigung heute bei Dr. Raman (Dermatologie Raman,
Aachener Straße 212, 50931 Köln) – in English for your file:

- Premises: ground floor, 180 m², shop window to the street, no shutters.
  Alarm system installed (VdS class B), but not connected to a monitoring
  centre. -> Recommendation: connect within 6 months, otherwise burglary
  excess EUR 2,500.
- Laser room: the new CO2 laser (EUR 86,400) stands right next to the window.
  Please ask her to move it or add security film (P4A).
- Server: under the reception desk, no UPS. Backup to an external disk that
  Dr. Raman takes home on Fridays. Fine for us, aber Datenschutz ist ihr Thema.
- Sums insured: contents EUR 210,000 looks right; BI based on 2022 turnover
  (EUR 1.02m) – she says 2023 was about EUR 1.2m -> increase BI sum.

Insgesamt ordentliches Risiko, keine Bedenken gegen die Verlängerung.

Gruß
Mehmet
""")


def m057():
    paras = ["Aurelia Versicherung AG – Haftpflicht-Schaden Heilwesen",
             "Herrn Prof. Dr. med. Konrad Ruhland, Klinik für Orthopädie, Universitätsklinikum (Gutachterstelle)",
             "Gutachtenauftrag – unser Zeichen H-24-0077",
             "Patient: Herr Gerd Wilms, geb. 09.06.1955",
             "Behandelnder Arzt (unser VN): Dr. med. Johannes Albers, Orthopädie",
             "Sehr geehrter Herr Professor Ruhland,",
             "wir bitten Sie um ein fachorthopädisches Gutachten nach Aktenlage zu folgenden Fragen:",
             "1. War die Indikation zur Implantation einer Knie-TEP rechts am 18.09.2023 bei Gonarthrose Grad IV (Kellgren-Lawrence) und HbA1c 8,1 % gegeben, oder hätte die Operation bis zur besseren Einstellung des Diabetes verschoben werden müssen?",
             "2. Entsprach die Reaktion auf die Wundsekretion am 9. postoperativen Tag (CRP 112 mg/l) dem fachärztlichen Standard? Wann hätte spätestens revidiert werden müssen?",
             "3. Ist die Aufklärung vom 28.08.2023 hinsichtlich des erhöhten Infektionsrisikos bei Diabetes und Nikotinabusus ausreichend?",
             "4. Sind die heutigen Beschwerden (Bewegungseinschränkung 0-10-70°, Gehstrecke ca. 300 m) auf einen etwaigen Fehler zurückzuführen oder schicksalhaft?",
             "Die Schweigepflichtentbindung des Patienten liegt vor. Die Unterlagen (OP-Berichte, Verlaufsdokumentation, Befunde der Uniklinik) erhalten Sie über unser Gutachterportal.",
             "Honorar nach Vereinbarung, höchstens 2.400 EUR zzgl. USt.; bitte Rückmeldung, falls Sie Befangenheit sehen.",
             "Mit freundlichen Grüßen, Dr. Felicitas Brandhorst"]
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
        "expert-opinion order to an orthopaedic professor: patient's name, birth date, diagnoses, course; details only in the ODT",
        when="2024-07-08 10:02",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Prof. Dr. Konrad Ruhland <gutachten.ruhland@uniklinik-ost.example>",
        subject="Gutachtenauftrag H-24-0077",
        body="""
Sehr geehrter Herr Professor Ruhland,

vielen Dank für die telefonische Zusage. Anbei unser Gutachtenauftrag; die
Zugangsdaten zum Gutachterportal erhalten Sie mit separater Post.

Mit freundlichen Grüßen
Felicitas Brandhorst
""", atts=[odt("Gutachtenauftrag_H-24-0077.odt", paras)])


def m058():
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: generic answer which practice devices count as electronics (ultrasound, ECG, autoclave, laser, X-ray); no customer",
        when="2024-02-22 11:55",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Ralf Sommerfeld <r.sommerfeld@medicus-finanz.example>",
        subject="AW: Frage Abgrenzung Inhalt / Elektronik bei Praxisgeräten",
        body="""
Hallo Herr Sommerfeld,

gute Frage, die kommt öfter. Grundregel: Alles, was ohne Elektronik nicht
funktioniert und durch Bedienfehler, Kurzschluss oder Überspannung kaputtgehen
kann, gehört zusätzlich in die Elektronikversicherung (Allgefahren). In der
Inhaltsversicherung sind die Geräte nur gegen Feuer, Einbruch, Leitungswasser,
Sturm/Hagel versichert.

Typisch Elektronik:
- Ultraschall, EKG/Belastungs-EKG, Spirometrie, Langzeit-RR
- Röntgen, OPG, DVT, Intraoralscanner, CEREC/Fräse
- Laser (Derma, Augen, Zahn), Endoskope mit Prozessor
- Praxis-EDV inkl. TI-Konnektor und Kartenterminals

Typisch nur Inhalt:
- Behandlungsliegen ohne Motor, Möbel, Instrumente
- Autoklav: Grenzfall – bei Klasse-B-Geräten mit Steuerung empfehlen wir
  die Elektronikdeckung
- Impfstoffkühlschrank: Inhalt; der Verderb des Kühlguts ist ein eigener
  Baustein

Bei Leasinggeräten bitte immer angeben, wer das Risiko trägt – häufig
verlangt die Leasinggesellschaft eine eigene Elektronikversicherung.

Viele Grüße
""" + SIG_OBERDIECK)


def m059():
    return mail("CONFIDENTIAL", "de", "insurer-to-therapist",
        "psychotherapist's burglary claim: stolen encrypted laptop with notes on about 60 clients, no client identifiable; base64 body",
        when="2024-12-10 12:25",
        cte="base64",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Miriam Schenk <praxis@psychotherapie-schenk.example>",
        subject="Einbruch Praxis – S-24-1207-561 – Laptop und Cyber-Baustein",
        body="""
Sehr geehrte Frau Schenk,

das tut mir leid, nach dem Wasserschaden jetzt auch noch ein Einbruch.

Den gestohlenen Laptop (Neuwert 1.649 EUR) und die aufgebrochene Praxistür
regulieren wir über Ihre Inhaltsversicherung PI-6380 2215. Bitte schicken Sie
uns die Anzeigebestätigung der Polizei (Tagebuchnummer) und die Rechnung des
Laptops.

Sie schreiben, dass auf dem Laptop Sitzungsnotizen zu rund 60 laufenden
Behandlungen gespeichert waren, die Festplatte aber mit BitLocker
verschlüsselt ist. Da Sie den Cyber-Baustein abgeschlossen haben, können Sie
kostenlos unsere Hotline für Datenschutzvorfälle nutzen (0800 5503 911). Die
Kolleginnen dort helfen bei der Frage, ob eine Meldung an die
Datenschutzaufsicht und eine Information Ihrer Patientinnen und Patienten
nötig ist. Bitte schicken Sie uns keine Namen.
""" + SIG_REIMER)


def m060():
    rows = [["Rechnungsnr.", "Patient/in", "geb.", "Behandlungsdatum", "GOÄ-Ziffern", "Diagnose lt. Rechnung", "Betrag EUR", "Status"],
            ["P24-118802", "Wolters, Gregor", "1964-03-12", "2024-05-06", "1, 5, 410, 651", "Vorhofflimmern (I48.1)", 214.86, "Original verloren"],
            ["P24-118843", "Yilmaz, Derya", "1988-10-02", "2024-05-07", "1, 3, 415", "Schwangerschaftsdiabetes (O24.4)", 96.52, "Original verloren"],
            ["P24-118911", "Brockhaus, Ingrid", "1949-07-25", "2024-05-08", "1, 8, 652, 3511", "Herzinsuffizienz NYHA II (I50.12)", 311.07, "unleserlich"],
            ["P24-119004", "Kühn, Matthias", "1971-01-30", "2024-05-10", "1, 5, 250, 3550", "Alkoholische Fettleber (K70.0)", 73.45, "Original verloren"],
            ["P24-119010", "Sadowski, Anton", "1958-12-04", "2024-05-10", "1, 5, 410, 617", "Z. n. Myokardinfarkt (I25.22)", 188.20, "unleserlich"]]
    note = ["Privatärztliche Verrechnungsstelle Rhein-Ruhr GmbH",
            "Aufstellung der durch Wasserschaden verlorenen Rechnungsoriginale",
            "Praxis: MVZ Rheinblick GmbH, Fachbereich Innere Medizin/Kardiologie",
            "Zeitraum: 06.05.2024 bis 10.05.2024",
            "Anzahl Rechnungen: 5 (Liste siehe Excel-Datei)",
            "Die Rechnungen müssen neu erstellt und den Patientinnen und Patienten",
            "erneut zugestellt werden. Mehrkosten je Rechnung: 4,80 EUR."]
    return mail("STRICTLY_CONFIDENTIAL", "de", "company",
        "billing agency's list of lost private invoices with patients' names, birth dates and diagnoses, only inside a ZIP (XLSX+PDF)",
        when="2024-05-23 15:50",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Petra Lommel <p.lommel@mvz-rheinblick.example>",
        subject="WG: Mehrkosten Neuerstellung Rechnungen – Ihr Schaden S-24-0514-233",
        body="""
Sehr geehrte Frau Lommel,

die PVS hat uns die Aufstellung der Mehrkosten direkt geschickt (siehe ZIP im
Anhang, so wie sie bei uns ankam). Die Mehrkosten von 24,00 EUR übernehmen wir
als Kosten der Wiederherstellung von Geschäftsunterlagen.

Bitte bitten Sie die PVS, uns künftig nur Rechnungsnummern und Beträge zu
schicken – die Namen und Diagnosen brauchen wir nicht.

Mit freundlichen Grüßen
Jonas Reimer

-------- Original-Nachricht --------
Von: Abrechnung PVS Rhein-Ruhr <abrechnung@pvs-rhein-ruhr.example>
Datum: 22.05.2024 16:10
Betreff: Mehrkosten Neuerstellung Rechnungen
An: schaden-heilwesen@aurelia-versicherung.example

Sehr geehrte Damen und Herren,
im Auftrag unseres Mitglieds MVZ Rheinblick übersenden wir die Aufstellung.
Mit freundlichen Grüßen, PVS Rhein-Ruhr
""", atts=[zip_att("PVS_Aufstellung_Wasserschaden_MVZ.zip",
                   [xlsx("Rechnungen_verloren_KW19.xlsx", rows, "KW19"),
                    pdf("Begleitschreiben_PVS.pdf", note)])])


def m061():
    return mail("NORMAL", "en", "internal",
        "trap: monthly KPI report for medical-professions claims (turnaround times, complaints); aggregates only",
        when="2024-07-05 09:00",
        frm="Claims Reporting <claims-reporting@%s>" % AV,
        to="Heads of Claims <claims-heads@%s>" % AV,
        subject="KPI flash June 2024 – Medical Professions (commercial lines)",
        body="""
KPI FLASH – JUNE 2024 – MEDICAL PROFESSIONS

                                   Jun 24   May 24   Target
New property/BI claims                 71       64      –
  of which water damage                22       19      –
  of which cold goods / vaccines       14        6      –
New liability (malpractice) claims     38       41      –
Avg. days to first contact            1.4      1.9    ≤ 2
Avg. days to payment (property)      11.2     12.8   ≤ 14
Open malpractice claims > 3 years     112      109      –
Complaints (all channels)               3        5    ≤ 5
Portal share of incoming documents    64%      61%    70%

Comments
- Cold-goods claims more than doubled with the first heat wave (14 vs 6).
  Marketing article on vaccine fridges goes out in July.
- Malpractice: no new large losses (> EUR 500k) this month.
- Complaint count is low; one complaint concerned the length of a
  disability income assessment (Life, not in scope of this report).

Full dashboard: https://bi.aurelia-versicherung.example/claims/medpro
""")


def m062():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "GP (sole practice owner): new SEPA mandate, old and new IBAN, contract numbers",
        when="2024-08-29 10:48",
        frm="Beitragsservice Aurelia <beitragsservice@%s>" % AV,
        to="Dr. Yusuf Karim <praxis@hausarzt-karim.example>",
        subject="Neues SEPA-Lastschriftmandat – Verträge PI-6012 4471 / BH-6012 4472",
        body="""
Sehr geehrter Herr Dr. Karim,

vielen Dank für das neue SEPA-Lastschriftmandat. Wir haben Ihre Bankverbindung
für beide Verträge (Praxisinhalt PI-6012 4471 und Berufshaftpflicht
BH-6012 4472) geändert:

  bisher:  DE27 8897 4673 2931 7517 49
  neu:     DE96 3043 8210 6730 8487 09 (Kontoinhaber: Yusuf Karim)
  Mandatsreferenz: AV-PI60124471-02
  Gläubiger-ID: DE98ZZZ09999999999

Der nächste Einzug über 1.290,00 EUR (Praxisinhalt) und 2.146,80 EUR
(Berufshaftpflicht) erfolgt am 01.09.2024 vom neuen Konto.

Mit freundlichen Grüßen
Ihr Beitragsservice
Aurelia Versicherung AG
""")


def m063():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "GP's own private health insurance: cost approval for catheter ablation for atrial fibrillation",
        when="2024-10-14 14:30",
        frm="Thomas Wendland <thomas.wendland@%s>" % AV,
        to="Dr. Yusuf Karim <y.karim@privat-mail.example>",
        subject="Your health insurance KV 8123 0057 02 – cost approval for planned hospital treatment",
        body="""
Dear Dr Karim,

thank you for sending the cost estimate from the Heart Centre for your
planned hospital stay. We confirm cover as follows:

Treatment:   pulmonary vein isolation (catheter ablation) for paroxysmal
             atrial fibrillation (I48.0), OPS 8-835.8
Hospital:    Herzzentrum Rheinland, admission 4 November 2024, approx. 2 days
Room:        single room, chief physician treatment (your tariff SK-100)

Estimated costs: DRG F50B, EUR 8,942.16, plus elective services according to
GOÄ (approx. EUR 2,900). Both are covered at 100 % under your tariff. Your
annual deductible of EUR 1,200 has already been used up this year.

The hospital may bill us directly (please hand in your insurance card at
admission). Your follow-up medication (apixaban, flecainide) is reimbursed as
usual on submission of the pharmacy receipts.

We wish you a good recovery.

Kind regards,
Thomas Wendland
Health Insurance Benefits
Aurelia Versicherung AG
""")


def m064():
    return mail("NORMAL", "de", "internal",
        "trap: letter template for rejecting a cold-goods claim with «placeholders»; no real person",
        when="2024-02-28 15:15",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        subject="Textbaustein KG-07 Ablehnung Kühlgut (Haushaltskühlschrank) – neue Fassung",
        body="""
Hi Katrin,

hier die überarbeitete Fassung für die Textbausteinbibliothek. Juristisch
ist sie von Recht freigegeben (Ticket RECHT-2024-051).

--- KG-07 ---------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

vielen Dank für Ihre Schadenmeldung vom «Meldedatum» zum Verderb von
Impfstoffen und Arzneimitteln in Ihrer Praxis (Schadennummer
«Schadennummer»).

Nach Ihren Angaben wurden die Arzneimittel in einem Haushaltskühlschrank
(«Gerät») gelagert. Nach Ziffer 4.7 der Bedingungen zu Ihrer
Praxisinhaltsversicherung ist der Verderb von Kühlgut nur versichert, wenn
es in einem Medikamentenkühlschrank nach DIN 58345 oder einem gleichwertigen
Gerät mit Temperaturüberwachung gelagert wurde. Diese Voraussetzung ist
leider nicht erfüllt.

Wir können Ihnen daher keine Entschädigung zahlen. «optional: Kulanz-Absatz»

Gern prüfen wir mit Ihnen, wie Sie Ihre Praxis künftig besser absichern.
«Unterschrift»
--------------------------------------------------------------------------

Die alte Fassung KG-07 (2021) bitte deaktivieren.

Danke!
Jonas
""")


def m065():
    return mail("NORMAL", "en", "insurer-to-broker",
        "trap: product fact sheet on practice interruption insurance with a fictitious model dentist; no real person",
        when="2024-03-05 10:10",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="English fact sheet – Practice Interruption Insurance",
        body="""
Hi Tom,

you asked for something in English for your international clients. Our
translators finished the fact sheet this week – here is the text, the PDF
version will be in the broker portal on Monday.

PRACTICE INTERRUPTION INSURANCE (Praxisausfallversicherung) – FACT SHEET

What is covered?
Your practice's running costs (rent, salaries, leasing, loan interest) if
you cannot work because of illness, accident, quarantine or a professional
ban ordered by the health authority.

How much?
A daily amount you choose (EUR 100 to EUR 2,500), paid after the waiting
period (7, 14, 21 or 42 days) for up to 12 months per claim.

Example (fictitious): A 45-year-old dentist, single practice, daily amount
EUR 800, waiting period 21 days, non-smoker: approx. EUR 96 per month.

What is not covered?
Loss of profit (that's disability income insurance), illnesses known before
the start of cover unless declared and accepted, cosmetic treatment, the
statutory maternity protection periods.

Underwriting: short health questionnaire (3 years outpatient, 5 years
inpatient); higher daily amounts may require a medical report.

Best,
Lea
""")


def m066():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named physiotherapist (sole trader): BI offer based on her turnover, costs and staff salaries",
        when="2024-09-12 11:20",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Niamh O'Donnell <niamh@physio-odonnell.example>",
        cc="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Business interruption for Physiotherapie O'Donnell – offer",
        body="""
Dear Ms O'Donnell,

following your conversation with Tom, here is our offer to add business
interruption to your practice policy PI-6690 2218.

Basis (your figures for 2023):
  Turnover                               EUR 268,000
  Salaries (2 physios, 1 receptionist)   EUR 121,500
  Rent Kaiserplatz 6                     EUR  26,400
  Profit before tax                      EUR  74,900

Proposed BI sum insured: EUR 230,000, indemnity period 12 months.
Additional annual premium: EUR 189.00 plus insurance tax.

This covers interruption after fire, water, storm, burglary or failure of
the equipment (if electronic cover applies). It does not cover your own
illness – for that you would need practice interruption insurance, which
has health questions. Let me know if you want a separate quote.
""" + SIG_MCALLISTER)


def m067():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "GP's liability claim: pregnant patient demands compensation after vaccination from a failed fridge and premature contractions",
        when="2024-05-16 14:05",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. med. Annette Vogelsang <praxis@hausarzt-vogelsang.example>",
        subject="Berufshaftpflicht BH-2201 5590 – Anspruch Frau Hatice Demir (H-24-0166)",
        body="""
Sehr geehrte Frau Dr. Vogelsang,

Frau Hatice Demir hat uns über ihren Ehemann schriftlich Ansprüche gemeldet.
Sie trägt vor, sie habe nach der Nachricht, dass ihre Boostrix-Impfung in der
29. SSW möglicherweise unwirksam war, vorzeitige Wehen bekommen und sei vom
27.03. bis 02.04.2024 stationär im Evangelischen Krankenhaus behandelt worden
(Tokolyse, Lungenreifeinduktion). Ihr Sohn sei am 28.05. gesund geboren
worden. Sie verlangt ein Schmerzensgeld von 3.000 EUR und Ersatz des
Verdienstausfalls ihres Mannes.

Nach unserer ersten Einschätzung fehlt es am Zusammenhang zwischen der
Impfung bzw. der Information darüber und den Wehen. Wir werden die Ansprüche
daher zunächst zurückweisen, aber die Entlassungsberichte anfordern. Bitte
teilen Sie uns mit:
- wann und wie Sie Frau Demir über die Nachimpfung informiert haben,
- ob die Nachimpfung erfolgt ist und wann,
- ob Frau Demir bei Ihnen auch in der Schwangerschaft hausärztlich betreut
  wurde (Vorerkrankungen, Risikoschwangerschaft?).

Bitte halten Sie sich gegenüber der Familie mit Erklärungen zurück.
""" + SIG_BRANDHORST)


def m068():
    return mail("NORMAL", "de", "insurer-to-partner",
        "trap: request to a medical chamber's arbitration board for its published annual statistics on treatment errors",
        when="2024-04-03 09:33",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Gutachterkommission Ärztekammer <gutachterkommission@aekno-muster.example>",
        subject="Anfrage Jahresstatistik 2023 – Behandlungsfehlervorwürfe nach Fachgebieten",
        body="""
Sehr geehrte Damen und Herren,

für unsere interne Schulung der Schadenbearbeitung Heilwesen würden wir gern
Ihre Jahresstatistik 2023 verwenden (Anzahl der Anträge, festgestellte
Behandlungsfehler nach Fachgebieten, häufigste Diagnosen wie
Hüft-/Kniegelenksarthrose, Frakturen, Mammakarzinom).

Auf Ihrer Website ist bisher nur die Statistik 2022 veröffentlicht. Können
Sie uns mitteilen, wann die Zahlen für 2023 erscheinen, und ob wir Grafiken
daraus mit Quellenangabe in unseren Schulungsunterlagen zeigen dürfen?

Die Unterlagen werden ausschließlich intern verwendet.

Mit freundlichen Grüßen
Dr. Felicitas Brandhorst
Haftpflicht-Schaden Heilwesen
Aurelia Versicherung AG
""")


def m069():
    return mail("CONFIDENTIAL", "de", "lawyer",
        "landlord's lawyer claims damages from a named dentist tenant after water damage; policy no., amounts; no patient",
        when="2024-04-22 16:02",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        subject="Forderung Vermieterin Venloer Str. 388 – Haftpflicht BH-1420 8863",
        body="""
Sehr geehrter Herr Dr. Yıldız,

zur Kenntnis das Schreiben der Anwälte Ihrer Vermieterin. Wir prüfen die
Forderung unter Ihrer Betriebshaftpflicht (Mietsachschäden sind
mitversichert) und melden uns.

Mit freundlichen Grüßen
Dr. Felicitas Brandhorst

> Von: RA Christoph Lenné <lenne@kanzlei-lenne.example>
> Datum: 19.04.2024
> Betreff: Venloer Straße 388 GbR ./. Dr. Yıldız u. a.
>
> Sehr geehrte Damen und Herren,
>
> wir vertreten die Venloer Straße 388 GbR, Vermieterin der Praxisräume
> Ihres Versicherungsnehmers. Am 18.02.2024 ist in der Praxis der
> Wasserschlauch der Behandlungseinheit in Zimmer 2 geplatzt; das Wasser ist
> in das darunterliegende Ladenlokal (Bäckerei Hensel) gelaufen.
>
> Unsere Mandantin macht geltend:
>   Trocknung und Sanierung Decke/Estrich         18.420,00 EUR
>   Mietausfall Ladenlokal (2 Monate)              6.800,00 EUR
>   Gutachterkosten                                1.190,00 EUR
>   gesamt                                        26.410,00 EUR
>
> Nach dem Wartungsprotokoll war der Schlauch seit 2016 nicht getauscht. Wir
> bitten um Anerkenntnis bis 10.05.2024.
>
> Lenné, Rechtsanwalt
""")


def m070():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
        "occupational therapist's practice interruption claim due to breast cancer (C50.4), chemotherapy schedule",
        when="2024-06-04 12:40",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Janine Kuhl <kontakt@ergo-sonnenweg.example>",
        subject="Ihre Praxisausfallversicherung PA-6073 8842 – Leistungszusage",
        body="""
Liebe Frau Kuhl,

vielen Dank für die Unterlagen. Ich kann Ihnen heute eine gute Nachricht
geben: Wir erkennen den Leistungsfall an.

Grundlage: Bericht des Brustzentrums am Klinikum Neuss vom 21.05.2024
(invasiv-duktales Mammakarzinom links, C50.4, brusterhaltende OP am
08.05.2024, adjuvante Chemotherapie 12 Zyklen ab 03.06.2024, danach
Bestrahlung). Ihre Arbeitsunfähigkeit ist bis auf Weiteres bescheinigt.

Leistung: Tagessatz 250 EUR ab dem 22. Tag der Arbeitsunfähigkeit
(Karenz 21 Tage ab 06.05.2024), also ab 27.05.2024, monatlich nachschüssig.
Die erste Zahlung über 1.500 EUR (27.05.–01.06.) ist angewiesen.

Bitte schicken Sie uns alle vier Wochen die Folgebescheinigung. Wenn Sie
während der Therapie stundenweise in der Praxis arbeiten möchten, sprechen
Sie mich bitte vorher an – eine teilweise Wiederaufnahme ist möglich, ohne
dass die Leistung ganz entfällt.

Ich wünsche Ihnen viel Kraft für die nächsten Monate.

Herzliche Grüße
Sabine Kolbe
Aurelia Versicherung AG
""")


def m071():
    test = """case_id;practice_type;patient_name;patient_dob;diagnosis_icd;claim_type;amount_eur
TC-001;GP;TEST PATIENT 001 (synthetic);1900-01-01;Z00.0;malpractice;1000.00
TC-002;Dentist;TEST PATIENT 002 (synthetic);1900-01-01;Z01.2;malpractice;2500.00
TC-003;Pharmacy;TEST PATIENT 003 (synthetic);1900-01-01;Z76.0;dispensing_error;750.00
TC-004;Physio;TEST PATIENT 004 (synthetic);1900-01-01;Z50.1;fall_injury;4000.00
"""
    return mail("NORMAL", "en", "internal",
        "trap: synthetic test cases for claims-system migration with dummy patients, placeholder dates and Z-codes",
        when="2024-05-27 17:20",
        frm="Niklas Bergmann <niklas.bergmann@%s>" % AV,
        to="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        subject="UAT liability claims migration – synthetic test cases for sign-off",
        body="""
Hi Felicitas,

for the user acceptance test of the new liability claims module (go-live
planned for 1 October) we need your sign-off on the attached test cases.
All records are synthetic: names "TEST PATIENT nnn", date of birth
1900-01-01, ICD codes from chapter Z only. Nothing from production.

Please check in particular:
- TC-002: the dental claim should trigger the "panel lawyer" task
- TC-003: dispensing error should be routed to the pharmacy liability queue
- TC-004: physio fall should ask for the accident report form

Test environment: https://uat-claims.aurelia-versicherung.example
(use your normal login, role "HW-Schaden-Test").

Cheers,
Niklas
""", atts=[csv_att("uat_liability_testcases_v3.csv", test)])


def m072():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named dermatologist's burglary claim: stolen cash, laptop and cosmetics stock, claim no.; no patient data affected",
        when="2024-08-08 15:45",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Priya Raman <praxis@derma-raman.example>",
        subject="Burglary 5 August – claim S-24-0806-371",
        body="""
Dear Dr Raman,

I'm sorry to hear about the break-in. We have registered claim
S-24-0806-371 under your practice policy PI-5817 3302.

As I understand from your call:
- entry through the shop window at the front (glass broken),
- stolen: cash from the reception till (approx. EUR 640), a laptop, and
  cosmetic products for sale (skincare line, approx. EUR 2,300 at cost),
- the CO2 laser and the server were not touched.

Good news first: the laptop was encrypted and did not hold patient records
(your practice software runs on the server), so there is no data breach to
report. Please confirm this in writing.

Cash is covered up to EUR 1,000 if it was kept in a locked till; please tell
us whether the till was locked. As the alarm was still not connected to a
monitoring centre, the burglary excess of EUR 2,500 applies (see our letter
of 12 March).

Please send us the police report number and a list of the stolen items with
purchase prices.
""" + SIG_MCALLISTER)


def m073():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
        "settlement offer to a patient's lawyer for laser burns and scarring after dermatology treatment, named patient",
        when="2024-09-30 10:15",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Sarah Lindqvist <s.lindqvist@lindqvist-law.example>",
        subject="Your client Ms Charlotte Evers v Dr Priya Raman – our ref. H-24-0131",
        body="""
Dear Ms Lindqvist,

thank you for your letter of 12 September and the report of Dr Hoffmeister
on your client's scarring.

Without admission of liability, and to avoid the costs of proceedings, we
are prepared to settle your client's claims as follows:

- pain and suffering for the second-degree burns on both cheeks, the
  post-inflammatory hyperpigmentation and the hypertrophic scar on the left
  jaw line: EUR 6,500;
- costs of treatment so far (silicone gel, three triamcinolone injections,
  two pulsed dye laser sessions) on proof: EUR 1,184.20;
- future treatment costs (up to four further laser sessions) as a lump sum:
  EUR 1,600;
- your fees on a value of EUR 9,284.20.

The offer is made in full and final settlement of all claims arising from
the treatment on 7 March 2024, including future damage that is foreseeable
today, and remains open until 31 October 2024.

Yours sincerely,
Dr Felicitas Brandhorst
Liability Claims – Medical Professions
Aurelia Versicherung AG
""")


def m074():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:20px;color:#5b2c6f">Praxis-Brief Zahnmedizin 3/2024</h1>
<h2 style="font-size:16px">Praxisabgabe planen: Die Versicherung nicht vergessen</h2>
<p>Wer seine Praxis verkauft, denkt an Kaufpreis, Patientenkartei und Personal. Bei den
Versicherungen gilt:</p>
<ol>
<li><b>Praxisinhalt</b> geht mit dem Inventar auf den Käufer über (&sect;&nbsp;95 VVG).</li>
<li><b>Berufshaftpflicht</b> ist persönlich &ndash; der Abgeber bleibt für frühere Behandlungen über die Nachhaftung versichert.</li>
<li><b>Patientenakten</b>: Die Übergabe braucht die Einwilligung der Patientinnen und Patienten (&bdquo;Zwei-Schrank-Modell&ldquo;).</li>
<li><b>Praxisausfall und BU</b> des Abgebers laufen weiter, müssen aber an das neue Einkommen angepasst werden.</li>
</ol>
<h2 style="font-size:16px">Wasserschaden: Der Klassiker ist der Schlauch der Behandlungseinheit</h2>
<p>Gut die Hälfte der Leitungswasserschäden in Zahnarztpraxen entsteht an Zuleitungen der
Behandlungseinheiten. Hersteller empfehlen den Tausch alle fünf Jahre &ndash; ein Wasserstopp
mit Abschaltung über Nacht kostet unter 200&nbsp;Euro.</p>
<p style="font-size:11px;color:#888">Aurelia Versicherung AG &middot; <a href="https://newsletter.aurelia-versicherung.example/abmelden">Abmelden</a></p>
</body></html>"""
    text = """Praxis-Brief Zahnmedizin 3/2024

PRAXISABGABE PLANEN: DIE VERSICHERUNG NICHT VERGESSEN
Wer seine Praxis verkauft, denkt an Kaufpreis, Patientenkartei und Personal.
Bei den Versicherungen gilt:
1. Praxisinhalt geht mit dem Inventar auf den Käufer über (§ 95 VVG).
2. Berufshaftpflicht ist persönlich – der Abgeber bleibt für frühere
   Behandlungen über die Nachhaftung versichert.
3. Patientenakten: Die Übergabe braucht die Einwilligung der Patientinnen und
   Patienten („Zwei-Schrank-Modell").
4. Praxisausfall und BU des Abgebers laufen weiter, müssen aber an das neue
   Einkommen angepasst werden.

WASSERSCHADEN: DER KLASSIKER IST DER SCHLAUCH DER BEHANDLUNGSEINHEIT
Gut die Hälfte der Leitungswasserschäden in Zahnarztpraxen entsteht an
Zuleitungen der Behandlungseinheiten. Hersteller empfehlen den Tausch alle
fünf Jahre – ein Wasserstopp mit Abschaltung über Nacht kostet unter
200 Euro.

Abmelden: https://newsletter.aurelia-versicherung.example/abmelden"""
    return mail("NORMAL", "de", "newsletter",
        "trap: dental newsletter on practice sale, patient files and treatment-unit hoses; no person",
        when="2024-10-15 06:45",
        frm="Aurelia Praxis-Brief <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Praxis-Brief Zahnmedizin: Praxisabgabe & Wasserschaden",
        body=text, html=html)


def m075():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "practice succession: contents policy transferred to the daughter, security assignment to the bank with loan amount",
        when="2024-06-27 13:30",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Dr. med. Lena Falk <praxis@augenarzt-falk-bonn.example>",
        cc="Bianca Schröder <b.schroeder@heilberufe-konzept.example>",
        subject="Übernahme Praxisinhaltsversicherung PI-3920 1187 zum 01.07.2024",
        body="""
Sehr geehrte Frau Dr. Falk,

zum 01.07.2024 haben wir die Praxisinhaltsversicherung PI-3920 1187 auf Sie
als neue Versicherungsnehmerin umgeschrieben. Versicherungsort bleibt die
Poststraße 9, 53111 Bonn.

Wie von Ihrer Bank gewünscht, haben wir einen Sicherungsschein zugunsten der
Deutschen Apotheker- und Ärztebank (Darlehen Nr. 7730 4412, 380.000 EUR)
ausgestellt und direkt an die Filiale Bonn geschickt. Entschädigungen über
10.000 EUR zahlen wir damit nur mit Zustimmung der Bank aus.

Ihre neue Berufshaftpflicht BH-7841 0022 (Augenheilkunde inkl. ambulanter
Operationen) beginnt ebenfalls am 01.07.; den Versicherungsschein erhalten
Sie per Post. Ihr Vater ist als angestellter Arzt darin mitversichert.

Der Beitrag für die Inhaltsversicherung bleibt bei 1.482,30 EUR jährlich; er
wird ab 01.07. von Ihrem Konto bei der apoBank eingezogen.
""" + SIG_OBERDIECK)


def m076():
    return mail("NORMAL", "en", "insurer-to-supplier",
        "trap: trade-fair booth and hotel booking for staff at a medical fair; names only organisational",
        when="2024-08-14 12:12",
        frm="Events Aurelia <events@%s>" % AV,
        to="Exhibitor Services <exhibitors@medfair-dus.example>",
        subject="Booth 15F22 – MEDICA 2024 – hotel rooms and badges",
        body="""
Dear exhibitor services team,

for our booth 15F22 (Aurelia Versicherung AG, "insurance for practices")
please issue exhibitor badges for:

- Katrin Oberdieck
- Mehmet Aydın
- Lea Hartung
- Fiona McAllister
- Tobias Lenz

and book the room contingent at the partner hotel (5 single rooms, 11–14
November, arrival 10 November for set-up). Invoice to Aurelia Versicherung
AG, Hohenzollernring 112, 50672 Köln, VAT ID DE999999999, PO 4500191207.

Our booth needs a lockable storage room (brochures on practice contents,
business interruption and malpractice cover) and one 16 A power socket for
the demo screen.

Many thanks,
Daniela Frings
Events & Sponsoring, Aurelia Versicherung AG
""")


def m077():
    rows = [["Grant Family Practice – bAV Direktversicherung (group contract GV-3300 410)"],
            ["Employee", "Date of birth", "Role", "Start", "Gross salary/month EUR", "Conversion/month EUR", "Employer subsidy EUR", "Policy no."],
            ["Melanie Sauer", "14/03/1979", "MFA (senior)", "01.01.2025", 3480, 150, 22.50, "LV 91 660 101-3"],
            ["Katarzyna Nowak", "22/06/1991", "MFA", "01.01.2025", 2910, 100, 15.00, "LV 91 660 102-1"],
            ["Jana Petersen", "05/11/1998", "MFA (trainee finished 2023)", "01.01.2025", 2650, 80, 12.00, "LV 91 660 103-X"],
            ["Dr. Amira Haddad", "30/09/1987", "employed GP", "01.01.2025", 7200, 302, 45.30, "LV 91 660 104-8"]]
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "occupational pension (bAV direct life insurance) list for practice staff with birth dates, salaries and policy numbers (XLSX)",
        when="2024-12-12 16:00",
        frm="Firmenservice bAV <bav-service@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Direct insurance for your practice team – policies from 1 January 2025",
        body="""
Dear Dr Grant,

thank you for the salary conversion agreements of your team. The four direct
insurance policies under your group contract start on 1 January 2025. Please
check the attached overview before the December payroll, in particular the
employer subsidy of 15 % which you are required to pay on top of the
conversion amount.

The policy documents go to each employee personally.

Kind regards,
Firmenservice bAV
Aurelia Lebensversicherung – a company of the Aurelia group
""", atts=[xlsx("bAV_GrantFamilyPractice_2025.xlsx", rows, "bAV")])


def m078():
    return mail("NORMAL", "de", "internal",
        "trap: analysis of cold-goods claims by specialty with small cells merged; no person",
        when="2024-01-25 11:00",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Mehmet Aydın <mehmet.aydin@%s>, Katrin Oberdieck <katrin.oberdieck@%s>" % (AV, AV),
        subject="Auswertung Kühlgut-Schäden 2023 – Vorschlag Pflicht-Datenlogger",
        body="""
Hallo ihr zwei,

wie versprochen die Auswertung der Kühlgut-Schäden 2023 (Quelle: Schaden-DWH,
Abzug 22.01.):

Fachrichtung            Anzahl   Ø Schaden EUR   Summe EUR   mit Logger
Allgemeinmedizin            28          4.410     123.480         9
Kinder- und Jugendmed.      17          6.950     118.150         8
Gynäkologie                  6          2.180      13.080         2
Apotheken                   19          8.720     165.680        15
übrige (Derma, Innere,
  Zahn, Ortho u. a.)         9          1.960      17.640         3
gesamt                      79          5.630     438.030        37

Auffällig: Bei Praxen mit Datenlogger und Alarm liegt der Schaden im Schnitt
bei 2.100 EUR, ohne Logger bei 8.750 EUR – der Ausfall wird einfach später
bemerkt.

Vorschlag für den Tarif 2025: Verderb von Kühlgut über 5.000 EUR nur noch mit
Datenlogger mit Alarmfunktion, alternativ 20 % SB. Mehmet, kannst du das mit
der Rück besprechen?

Gruß
Jonas
""")


def m079():
    return mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
        "orthodontist's flood claim in aligner lab (sole practice owner): claim no., damage amounts, excess; no health data",
        when="2024-09-19 09:25",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr Lars Engström <lars@engstrom-ortho.example>",
        subject="AW: Starkregen / flooding aligner lab – S-24-0916-455",
        body="""
Dear Dr Engström,

thank you for the photos. I'll answer in English first and add the German
terms for your tax advisor.

Your claim S-24-0916-455 (Starkregen / Überschwemmung, 14 September) under
policy PI-7204 9916:

  2 aligner printers (Formlabs), water in the base   EUR 11,980
  post-curing unit                                   EUR  1,450
  resin stock (Verbrauchsmaterial)                    EUR  2,130
  cleaning and drying of the room                    EUR  3,400
  total                                              EUR 18,960
  less flood excess (Selbstbehalt Elementar)         EUR -5,000
  payment                                            EUR 13,960

Business interruption: your practice was open throughout; aligners were
printed externally for two weeks at EUR 2,870 extra cost
(Mehrkosten / increased cost of working). Please send the invoice from the
external lab and we will add it.

Mit freundlichen Grüßen / kind regards
Jonas Reimer
""")


def m080():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Kolbe,</p>
<p>wie gewünscht bestätige ich die Arbeitsunfähigkeitszeiten meines Patienten
<b>Herrn ZA Pavel Novák</b>, geb. 17.02.1972, Zahnarzt (BAG Venloer Straße 388, Köln):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>von</th><th>bis</th><th>Diagnose (ICD-10-GM)</th><th>Behandlung</th></tr>
<tr><td>04.03.2024</td><td>29.03.2024</td><td>G56.0 B Karpaltunnelsyndrom beidseits</td><td>Nachtschienen, Neurologie (NLG)</td></tr>
<tr><td>02.04.2024</td><td>26.04.2024</td><td>G56.0 R Karpaltunnelsyndrom rechts</td><td>operative Dekompression 03.04.2024</td></tr>
<tr><td>06.05.2024</td><td>laufend</td><td>M77.0 L Epicondylitis ulnaris links, M50.1 G zervikale Radikulopathie</td><td>Physiotherapie, MRT HWS geplant</td></tr>
</table>
<p>Herr Novák kann derzeit keine feinmotorischen Tätigkeiten mit Instrumenten über mehr als
30 Minuten ausführen. Eine Prognose zur Wiederaufnahme der Behandlertätigkeit ist vor dem
MRT nicht möglich.</p>
<p>Mit freundlichen Grüßen<br>Dr. med. Ruth Engel<br>Fachärztin für Allgemeinmedizin, Ehrenfeldgürtel 90, 50823 Köln</p>
<hr>
<p style="color:#666">Weitergeleitet von Sabine Kolbe an: Beratungsarzt &ndash; bitte Einschätzung BU-Grad bis 31.05.</p>
</body></html>"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
        "treating GP's certificate of a dentist's incapacity periods with ICD codes (carpal tunnel, cervical radiculopathy), HTML-only table",
        when="2024-05-17 08:20",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr. med. Harald Quast <beratungsarzt@%s>" % AV,
        subject="WG: AU-Zeiten ZA Novák – LV 88 407 112-5",
        html=html)


def m081():
    return mail("NORMAL", "en", "insurer-to-broker",
        "trap: broker portal release notes (health questionnaire module, equipment-list upload); no customer",
        when="2024-11-04 08:30",
        frm="Broker Portal Team <maklerportal@%s>" % AV,
        to="maklerverteiler-international@%s" % AV,
        subject="Broker portal release 24.11 – what's new for medical professions",
        body="""
Dear partners,

release 24.11 of the Aurelia broker portal goes live on Saturday, 9 November
(downtime 6:00–10:00 am). What's new:

1. Equipment lists: you can now upload the equipment list of a practice
   (XLSX/CSV, our template V2024) directly in the quote; sums insured are
   calculated automatically.
2. Practice interruption & disability income: the health questionnaire can
   be sent to the applicant for completion online. You will see only the
   status ("open", "completed", "referred to medical underwriting"), not the
   answers.
3. Claims: new claim type "cold goods / vaccines" with a guided upload for
   the temperature log.
4. Two-factor authentication becomes mandatory for all users on 1 December.

Release notes in German and English are in the portal under Help > Release
notes.

Your Broker Portal Team
Aurelia Versicherung AG
""")


def m082():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "pharmacy owner (e.K.): leased dispensing robot added, leasing company security assignment, values and contract no.",
        when="2024-11-26 10:05",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Dr. Silke Tiedemann <s.tiedemann@loewen-apotheke-bruehl.example>",
        subject="Neuer Kommissionierautomat – Einschluss in PI-2674 0931 / Sicherungsschein",
        body="""
Liebe Frau Dr. Tiedemann,

der neue Kommissionierautomat (BD Rowa Vmax, Neuwert 248.000 EUR netto) ist
ab Lieferung am 02.12.2024 in Ihrer Inhalts- und Elektronikversicherung
PI-2674 0931 eingeschlossen. Der alte Automat wird zum gleichen Tag
ausgeschlossen.

Für die Leasinggesellschaft (MedLease GmbH, Leasingvertrag ML-88-20417,
Laufzeit 72 Monate, Rate 3.640 EUR mtl.) stellen wir wie gewünscht einen
Sicherungsschein aus. Im Schadenfall zahlen wir für den Automaten dann an
die MedLease, soweit deren Forderung reicht.

Beitragsänderung: +1.116,00 EUR netto jährlich, anteilig für Dezember
93,00 EUR. Die Versicherungssumme Elektronik steigt auf 312.000 EUR.

Wegen der Betriebsunterbrechung nach Automatenausfall: Die Haftzeit von
3 Monaten reicht nach Ihrer Erfahrung von 2022 (Ausfall 9 Tage) aus.
""" + SIG_OBERDIECK)


def m083():
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: one-time password for a new broker portal user; no customer or contract data",
        when="2024-02-01 07:02",
        frm="Aurelia Maklerportal <noreply-maklerportal@%s>" % AV,
        to="Nico Brandl <n.brandl@medicus-finanz.example>",
        subject="Ihr Zugang zum Aurelia Maklerportal",
        body="""
Guten Tag Herr Brandl,

Ihr Makleradministrator hat für Sie einen Zugang zum Aurelia Maklerportal
angelegt (Vertragspartner: Medicus Finanz Makler GmbH).

Ihr Benutzername:    nbrandl.medicus
Ihr Einmal-Passwort: wird Ihnen per SMS an die hinterlegte Mobilnummer
                     gesendet.

Bitte melden Sie sich innerhalb von 7 Tagen an unter
https://maklerportal.aurelia-versicherung.example
und vergeben Sie ein eigenes Passwort. Danach richten Sie die
Zwei-Faktor-Anmeldung ein.

Ihre Rechte (Bestandsrechte Heilwesen, Angebotserstellung) legt Ihr
Makleradministrator fest.

Ihr Aurelia Maklerportal

Diese Nachricht wurde automatisch erstellt.
""")


def m084():
    return mail("STRICTLY_CONFIDENTIAL", "en", "customer",
        "dermatologist's own mail about her planned thyroid surgery and hospital daily allowance, forwarded to health claims",
        when="2024-11-12 13:05",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="KV-Leistung <kv-leistung@%s>" % AV,
        subject="FW: question about my hospital daily allowance",
        body="""
Dear colleagues,

could you please answer Dr Raman directly? She is our practice insurance
client (Dermatologie Raman), but the question concerns her private health
insurance with us, which I have no access to. She prefers English.

Thank you!
Fiona

-----Original Message-----
From: Dr Priya Raman <priya.raman@privat-mail.example>
Sent: Monday, 11 November 2024 21:48
To: McAllister, Fiona
Subject: question about my hospital daily allowance

Hi Fiona,

sorry to bother you with a private matter, I didn't know whom else to ask.
I'm scheduled for a thyroidectomy on 3 December at the Evangelisches
Krankenhaus (cold nodule, the fine-needle biopsy was inconclusive, Bethesda
IV, so they want it out). I will probably be in hospital for three to four
days and out of the practice for about two weeks.

Does my hospital daily allowance (I think it's EUR 150 per day) pay from the
first day? And is the practice interruption insurance relevant here, or is
two weeks too short?

Best,
Priya
""")


def m085():
    return mail("NORMAL", "en", "insurer-to-partner",
        "trap: auditor's request answered with the list of IT systems processing health data; systems only, no person",
        when="2024-02-19 14:50",
        frm="Ursula Pfeiffer <ursula.pfeiffer@%s>" % AV,
        to="Audit Team <medpro-audit@kpn-audit.example>",
        subject="RE: IT audit 2024 – systems processing special categories of data",
        body="""
Dear audit team,

as requested for the IT audit of the commercial lines unit, here is the list
of systems in which the medical professions team processes special
categories of personal data (Art. 9 GDPR) and data under professional
secrecy (section 203 StGB):

System              Purpose                              Hosting
HW-Schaden          liability claims (patients' claims)  own data centre
LV-Leistung         disability income, practice           own data centre
                    interruption claims
KV-Leistung         health insurance benefits            own data centre
Gutachterportal     exchange with medical experts        own data centre
SecureMail-Portal   mail with customers and lawyers      own data centre
DMS Archiv          scanned documents, 10-year retention own data centre

Not in scope: the property claims system (Sach-Schaden) – by instruction it
holds no patient data; a monthly scan for keywords is in place.

The records of processing activities and the DPIAs for HW-Schaden and
LV-Leistung are available in the data room.

Kind regards,
Ursula Pfeiffer
Data Protection Officer, Aurelia Versicherung AG
""")


def m086():
    rep = ["Kessler Sachverständige – öffentlich bestellt und vereidigt (Leitungswasser, Gebäudetechnik)",
           "Gutachten Nr. K-24-0211 vom 04.03.2024",
           "Auftraggeber: Aurelia Versicherung AG, Schaden S-24-0219-044",
           "Versicherungsnehmer: Zahnarztpraxis Dr. Yıldız & Kollegen (BAG), Venloer Str. 388, 50825 Köln",
           "",
           "1. Schadenursache",
           "Bersten des Wasserzulaufschlauchs der Behandlungseinheit Zimmer 2",
           "(KaVo Estetica E70, Baujahr 2016) in der Nacht 17./18.02.2024.",
           "Der Schlauch war lt. Wartungsprotokoll nicht getauscht (Herstellerempfehlung 5 Jahre).",
           "",
           "2. Schadenumfang Praxisinhalt",
           "Behandlungseinheit Zimmer 2 (Elektronik, Fußanlasser)     9.840,00 EUR",
           "Empfangstresen, Unterschränke Zimmer 1 und 2               6.215,00 EUR",
           "Aktenregal A (Papierakten) – Wiederherstellung lt. Angebot  7.430,00 EUR",
           "Röntgensensor (Wasserschaden Kabel)                         2.980,00 EUR",
           "Zwischensumme                                              26.465,00 EUR",
           "",
           "3. Betriebsunterbrechung",
           "Zimmer 2 außer Betrieb 18.02.–08.03.; Praxis 19.–20.02. geschlossen.",
           "Ertragsausfall lt. BWA-Vergleich: 14.380,00 EUR",
           "",
           "4. Hinweise",
           "Obliegenheit Wartung: Empfehlung, den Einwand der grob fahrlässigen Herbeiführung",
           "nicht zu erheben (Wartung im Übrigen ordnungsgemäß, Tausch nicht vertraglich vorgeschrieben).",
           "",
           "Köln, 04.03.2024   Dipl.-Ing. Bernd Kessler"]
    return mail("CONFIDENTIAL", "de", "assessor",
        "loss adjuster's report on water damage in a dental partnership: causes, amounts, BI loss; file shelf mentioned without patients",
        when="2024-03-05 12:30",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        subject="S-24-0219-044 – Gutachten Kessler",
        body="""
Sehr geehrter Herr Dr. Yıldız,

anbei das Gutachten von Herrn Kessler. Wir folgen seiner Empfehlung und
regulieren ohne Kürzung. Die Zahlung über 40.845,00 EUR (Sachschaden und
Ertragsausfall) geht diese Woche an die BAG.

Die Forderung der Vermieterin wegen des Schadens in der Bäckerei läuft
getrennt über die Haftpflicht (Frau Dr. Brandhorst).
""" + SIG_REIMER,
        atts=[pdf("Gutachten_K-24-0211_Kessler.pdf", rep, title="Gutachten K-24-0211")])


def m087():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "settlement of a knee-replacement malpractice claim: patient's name, infection, revision surgery, amounts",
        when="2025-02-04 11:45",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. med. Johannes Albers <albers@ortho-albers.example>",
        subject="H-24-0077 Wilms – Abschluss durch Vergleich",
        body="""
Sehr geehrter Herr Dr. Albers,

ich darf Ihnen mitteilen, dass wir die Sache Wilms abschließen konnten.

Das Gutachten von Prof. Ruhland hat die Indikation und die Aufklärung nicht
beanstandet, die Revision nach Auftreten der Wundsekretion aber als um etwa
drei Tage verzögert bewertet. Ob das für den zweizeitigen Prothesenwechsel
in der Uniklinik und die heutige Bewegungseinschränkung ursächlich war, hat
er offengelassen.

Vor diesem Hintergrund haben wir mit dem Anwalt von Herrn Wilms einen
Abfindungsvergleich über 28.000 EUR (Schmerzensgeld, Haushaltsführungsschaden,
Fahrtkosten) zuzüglich Anwaltskosten geschlossen, ohne Anerkennung einer
Rechtspflicht. Damit sind alle Ansprüche aus der Behandlung 2023
einschließlich Zukunftsschäden erledigt. Die Krankenkasse von Herrn Wilms
hat keinen Regress angemeldet.

Auf Ihren Schadenfreiheitsrabatt wirkt sich der Fall mit einer Rückstufung um
eine Klasse aus; Details folgen mit der Beitragsrechnung.
""" + SIG_BRANDHORST)


def m088():
    return mail("NORMAL", "mixed", "internal",
        "trap: holiday cover and mailbox plan naming staff and team mailboxes (BU, malpractice); organisational only",
        when="2024-07-19 15:30",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Team Heilwesen <team-heilwesen@%s>, International Client Service <ics-team@%s>" % (AV, AV),
        subject="Urlaubsvertretung August / holiday cover August",
        body="""
Hallo zusammen / hi all,

hier die Vertretungen für August – bitte die Abwesenheitsnotizen
entsprechend einstellen.

Wer / who           weg / away        Vertretung / cover
Jonas Reimer        05.–23.08.        Katrin (Sach), Mehmet (BU-Berechnungen)
Fiona McAllister    05.–16.08.        Lea (brokers), Jonas ab 26.08.
Sabine Kolbe        12.–30.08.        Thomas Wendland (Leistung PA/BU)
Felicitas B.        –                 –

Postkörbe / shared mailboxes:
- schaden-heilwesen@ – daily by Katrin, 9:00
- leistung-bu@ – Thomas; please don't forward anything from this mailbox
  to personal mailboxes, it contains medical reports.
- English-speaking clients: Lea covers, Henrik as backup for reinsurance
  questions.

Danke & schönen Sommer!
Katrin
""")


def m089():
    return mail("CONFIDENTIAL", "en", "broker",
        "broker's transfer request for a GP's practice policy with birth date, turnover, previous insurer's claims history; no health data",
        when="2024-10-02 09:10",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        subject="FW: Dr Karim – consolidation of his practice covers",
        body="""
Katrin, FYI – I'll quote, can you check the existing contracts? M.

From: Tom Whitfield <tom.whitfield@harbourlane-brokers.example>
Sent: Tuesday, 1 October 2024 17:35
To: Aydın, Mehmet
Subject: Dr Karim – consolidation of his practice covers

Hi Mehmet,

Dr Yusuf Karim (born 08 July 1969, GP in Neuss, Krefelder Straße 112) wants
to bring his electronics cover, which is still with Nordstern Sach-
versicherung, over to Aurelia so everything is in one place.

Figures: 2023 turnover EUR 584,000, two employed doctors, five MFAs.
Previous insurer's claims history (5 years): two water damage claims
(2020: EUR 8,400; 2022: EUR 3,150), one ECG device electronic claim
(2023: EUR 2,700). The previous insurer has cancelled after the last claim,
effective 31 December.

Could you quote electronics (sum insured EUR 95,000) from 1 January?

Thanks, Tom
""")


def m090():
    return mail("NORMAL", "en", "newsletter",
        "trap: English newsletter on vaccine fridges and what to tell patients; generic",
        when="2024-07-11 06:30",
        frm="Aurelia Practice Matters <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Practice Matters #8: When the vaccine fridge fails",
        body="""
PRACTICE MATTERS #8 – English edition

WHEN THE VACCINE FRIDGE FAILS
Every summer, cold-goods claims from practices and pharmacies go up. Last
June we received more than twice as many as in May. A few lessons:

- Use a pharmaceutical fridge (DIN 58345) with a data logger and an alarm
  that reaches someone outside opening hours.
- If the temperature was outside +2 to +8 °C, quarantine the vaccines and ask
  the manufacturer. Do not use them until you have an answer.
- If doses from the fridge were already given, inform your local health
  authority and follow its advice on whether patients need to be
  re-vaccinated. Document whom you informed and when.
- For your insurer: keep the logger data, the manufacturer's statement and
  your stock list with purchase prices. Do not send us any patient names.

WHO PAYS?
Your practice contents policy pays for the spoiled vaccines if "cold goods"
is included. Costs of re-vaccination or patient claims are a matter for your
professional liability insurance.

Questions? Write to us at heilwesen@aurelia-versicherung.example.

Unsubscribe: https://newsletter.aurelia-versicherung.example/unsubscribe
""")


def m091():
    return mail("NORMAL", "de", "internal",
        "trap: anonymised training case of a dental implant claim (age band, no names, no dates of birth)",
        when="2024-09-09 10:30",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Azubis und Trainees Schaden <trainees-schaden@%s>" % AV,
        subject="Fallstudie für Donnerstag: Implantatverlust – bitte vorbereiten",
        body="""
Liebe Trainees,

für unsere Fallbesprechung am Donnerstag bitte den folgenden (anonymisierten
und leicht veränderten) Fall vorbereiten:

Sachverhalt
Eine Zahnärztin (Einzelpraxis, Großstadt) setzt einem Patienten (Altersgruppe
50–60, Raucher) ein Implantat im Unterkiefer-Seitenzahnbereich. Nach knapp
zwei Jahren geht das Implantat wegen einer Periimplantitis verloren. Die
Zahnärztin hat die Praxis zwischenzeitlich verkauft. Der Patient verlangt die
Kosten der Neuversorgung und Schmerzensgeld.

Fragen
1. Ist der Schaden nach dem Praxisverkauf noch gedeckt? (Stichwort
   Nachhaftung)
2. Wer verwahrt die Behandlungsakte, und wie kommen wir daran?
3. Welche Rolle spielen Rauchen und Diabetes für die Haftung (Mitverschulden,
   Kausalität)?
4. Welche Unterlagen fordern Sie beim Patientenanwalt an?

Bitte keine echten Schadenakten mitbringen – wir arbeiten nur mit diesem
Text.

Bis Donnerstag, 14 Uhr, Raum 4.08
Felicitas Brandhorst
""")


def m092():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "paediatrician's cold-goods claim partially declined (household fridge): policy and claim no., amounts, no patient",
        when="2024-07-02 14:40",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Dr. med. Marlies Hagedorn <praxis@kinderaerztin-hagedorn.example>",
        subject="Kühlgutschaden S-24-0621-347 – Entscheidung",
        body="""
Sehr geehrte Frau Dr. Hagedorn,

wir haben Ihren Schaden vom 21.06. (Stromausfall im Gebäude, Ausfall beider
Kühlschränke) geprüft.

1. Medikamentenkühlschrank im Impfraum (Dometic, DIN 58345, mit Logger):
   Impfstoffe im Wert von 9.284,60 EUR (u. a. MMR-V, Rotavirus,
   Pneumokokken, Meningokokken B) – gedeckt. Abzüglich 250 EUR SB zahlen
   wir 9.034,60 EUR.

2. Haushaltskühlschrank in der Teeküche: Dort lagerten laut Ihrer Liste
   zusätzlich 20 Dosen Influenza-Impfstoff (Wert 318,00 EUR). Nach Ziffer 4.7
   der Bedingungen ist Kühlgut nur in Medikamentenkühlschränken versichert.
   Diesen Teil können wir leider nicht übernehmen.

Den Stromausfall hat der Netzbetreiber bestätigt; ob der Vermieter wegen
der defekten Hauptsicherung haftet, prüfen wir im Regress. Dafür bitte ich
Sie um den Namen und die Anschrift der Hausverwaltung.

Die Zahlung geht auf Ihr Praxiskonto bei der apoBank.
""" + SIG_REIMER)


def m093():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "disability income claim decision for the GP: benefit from date, degree of disability, review date",
        when="2024-05-28 11:00",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Your disability income claim LV 88 123 456-7 – our decision",
        body="""
Dear Dr Grant,

we have completed the assessment of your claim. Based on the report of
Dr Offermann and the opinion of our medical adviser, we accept that you have
been at least 50 % occupationally disabled as a general practitioner since
29 January 2024 as a result of the lumbar disc herniation and the remaining
weakness of the right foot.

Benefits:
- monthly disability income of EUR 3,800 from 1 February 2024
- waiver of premiums from the same date
- back payment for February to May: EUR 15,200, transferred today

As your surgeon expects you to return to work at about 50 % from July, we
grant the benefit for a limited period until 31 December 2024 (section 173
(2) VVG). We will contact you in October to review the situation. If you
return to work earlier, please let us know.

Kind regards,
Sabine Kolbe
Claims – Life & Disability Income
Aurelia Versicherung AG
""")


def m094():
    return mail("NORMAL", "en", "internal",
        "trap: style guide for English correspondence with practitioners, mentions health data handling in general",
        when="2024-01-15 10:00",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="International Client Service <ics-team@%s>" % AV,
        subject="Style guide: writing to English-speaking doctors, dentists and therapists (v1.2)",
        body="""
Hi team,

a few updates to our style guide after the feedback round:

1. Salutation: "Dear Dr Grant" – no full stop after Dr in British English,
   but keep "Dr." when the client writes in American English.
2. German terms: give the German term in brackets the first time
   (practice interruption insurance (Praxisausfallversicherung)); clients
   need them for their tax advisors and the KV.
3. Never translate policy wording "on the fly". If a client asks what a
   clause means, send the official English information version and add
   that only the German text is binding.
4. Health matters: if a practice client mentions their own illness or a
   patient's health in a mail to us, do not reply with the details quoted.
   Move to the secure portal and forward internally only via the claims
   system.
5. Sign-off: "Kind regards" – not "Best" for first contact.

The full guide is on the team drive under ICS > Guidelines.

Fiona
""")


def m095():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "employed GP buys into the practice: named new partner, share price, partnership start, policy changes; no health data",
        when="2024-11-20 16:20",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Amira Haddad <a.haddad@grant-familypractice.example>",
        cc="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Your partnership in Grant Family Practice from 1 January 2025",
        body="""
Dear Dr Haddad,

congratulations on becoming a partner! Dr Grant told us that you are buying
a 50 % share in the practice for EUR 180,000 with effect from 1 January
2025, and that the practice will then operate as "Grant & Haddad
Hausarztpraxis" (Berufsausübungsgemeinschaft, GbR).

What changes with us:
1. Practice contents and BI policy PI-5502 7719: the GbR becomes the
   policyholder. I'll send an endorsement in December.
2. Professional liability: you are currently covered as an employed doctor
   under Dr Grant's policy. From 1 January you need your own policy as a
   partner; in addition the GbR needs cover for the partnership itself.
   Premium for your own policy (general practice, no outpatient surgery):
   EUR 2,146.80 a year.
3. The electronics policy for the ultrasound unit and ECG stays as it is;
   only the policyholder changes to the GbR.

Please send me the partnership agreement (the relevant pages are enough:
parties, shares, start date).
""" + SIG_MCALLISTER)


def m096():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "dentist's disability decision: carpal tunnel syndrome and cervical radiculopathy, degree of disability, benefits",
        when="2024-07-30 10:20",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="ZA Pavel Novák <p.novak@zahnaerzte-venloer.example>",
        subject="Ihre Berufsunfähigkeitsversicherung LV 88 407 112-5 – Leistungsentscheidung",
        body="""
Sehr geehrter Herr Novák,

wir haben Ihren Antrag auf Leistungen aus Ihrer
Berufsunfähigkeitsversicherung geprüft.

Nach den Berichten von Frau Dr. Engel, der Handchirurgie am St. Franziskus-
Hospital und dem MRT der Halswirbelsäule vom 14.06.2024 (Bandscheibenvorfall
C6/7 mit Radikulopathie C7 links) sowie der Stellungnahme unseres
Beratungsarztes können Sie Ihre Tätigkeit als Zahnarzt seit dem 04.03.2024
zu mindestens 50 % nicht mehr ausüben. Die feinmotorischen Tätigkeiten am
Behandlungsstuhl machen nach Ihrer Tätigkeitsbeschreibung rund 80 % Ihrer
Arbeitszeit aus.

Wir erkennen unsere Leistungspflicht daher an:
- monatliche BU-Rente 4.200 EUR ab 01.04.2024 (nach 6 Monaten Prognose
  rückwirkend auf Beginn, Ziffer 1.3 Ihrer Bedingungen)
- Beitragsbefreiung ab 01.04.2024
- Nachzahlung April bis Juli: 16.800 EUR

Eine Verweisung auf eine andere Tätigkeit (z. B. Praxismanagement) erfolgt
nach Ihren Bedingungen nicht. Wir werden uns im Frühjahr 2025 nach dem
Verlauf erkundigen.

Mit freundlichen Grüßen
Sabine Kolbe
Leistung BU / Praxisausfall
Aurelia Versicherung AG
""")


def m097():
    return mail("NORMAL", "de", "insurer-to-supplier",
        "trap: print order for brochures on practice interruption (illness, accident, quarantine); no person",
        when="2024-03-21 13:13",
        frm="Tobias Lenz <tobias.lenz@%s>" % AV,
        to="Druckerei Weißenfels GmbH <auftrag@druckerei-weissenfels.example>",
        subject="Druckauftrag 24-031: Broschüre „Praxisausfall – wenn Sie selbst ausfallen“",
        body="""
Guten Tag Frau Weißenfels,

wie telefonisch besprochen erteilen wir den Auftrag:

  Titel:     „Praxisausfall – wenn Sie selbst ausfallen“
             (Krankheit, Unfall, Quarantäne, Beschäftigungsverbot)
  Format:    DIN lang, 12 Seiten, Wickelfalz
  Papier:    Umschlag 250 g Bilderdruck matt, Inhalt 135 g
  Auflage:   5.000 Stück, davon 1.500 für die MEDICA
  Daten:     druckfertiges PDF/X-4 kommt bis Montag per Upload
  Liefertermin: spätestens 25.04.2024, Lieferung an die Poststelle
             Hohenzollernring 112, 50672 Köln
  Preis:     lt. Angebot 2024-118 vom 14.03., 1.148,00 EUR netto

Bitte schicken Sie uns vor dem Druck einen Proof.

Viele Grüße
Tobias Lenz
Marketing & Kommunikation Firmenkunden, Aurelia Versicherung AG
""")


def m098():
    return mail("NORMAL", "en", "insurer-to-partner",
        "trap: answer to a journalist on malpractice premiums for obstetrics and birth injury claims; market figures only",
        when="2024-10-10 15:25",
        frm="Aurelia Press Office <presse@%s>" % AV,
        to="Hannah Brooks <h.brooks@healthcare-business.example>",
        subject="RE: Your enquiry – malpractice premiums for obstetricians and midwives",
        body="""
Dear Ms Brooks,

thank you for your questions. Here are our answers; you may quote Aurelia's
press office.

1. Why are premiums for obstetrics so high?
   Birth injury claims are rare but very large. A single case of a child with
   severe brain damage can cost well over EUR 5 million over the child's
   lifetime (care, loss of earnings, medical treatment). Claims can be
   brought many years after the birth.

2. How has the market developed?
   Across the German market, premiums for freelance midwives offering birth
   assistance have risen more than tenfold since 2002. Aurelia no longer
   insures new freelance midwives with births in hospitals; we do insure
   midwives for prenatal and postnatal care.

3. Are doctors' practices affected too?
   Gynaecologists without obstetrics are in a normal risk class. Premiums
   for general practitioners rose by about 3 % this year.

We do not comment on individual claims.

Kind regards,
Marion Keppler
Press Office, Aurelia Versicherung AG
""")


def m099():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "named freelance midwife: liability premium increase, contract no., premium figures and scope; no client data",
        when="2024-11-28 09:55",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Karin Sturm <hebamme.sturm@posteo-muster.example>",
        subject="Ihre Berufshaftpflicht als Hebamme BH-5402 1180 – Beitrag 2025",
        body="""
Liebe Frau Sturm,

zum 01.01.2025 ändert sich der Beitrag Ihrer Berufshaftpflicht
BH-5402 1180, weil die Versicherungssumme für Personenschäden auf
12,5 Mio. EUR angehoben wird.

  Tätigkeitsumfang lt. Ihrer Meldung: Schwangerenvorsorge, Wochenbett-
  betreuung, Kurse; keine Geburtshilfe
  Beitrag 2024:   1.048,00 EUR
  Beitrag 2025:   1.121,36 EUR (inkl. VersSt)

Den Sicherstellungszuschlag beantragen Sie wie gewohnt beim GKV-
Spitzenverband; eine Beitragsbescheinigung für 2025 legen wir Ihrer
Beitragsrechnung im Januar bei.

Falls Sie ab 2025 wieder Hausgeburten anbieten möchten, sprechen Sie mich
bitte vorher an – das ist ein eigener Tarif mit Gesundheits- und
Risikofragen zur Praxis.
""" + SIG_OBERDIECK)


def m100():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "midwife's liability claim: shoulder dystocia at a home birth in 2021, newborn's brachial plexus palsy, named mother and child",
        when="2024-12-05 14:10",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Karin Sturm <hebamme.sturm@posteo-muster.example>",
        subject="H-24-0471 – Anspruch Familie Ostendorf",
        body="""
Liebe Frau Sturm,

gestern ist über die Kanzlei Baer & Kollegen ein Anspruchsschreiben der
Eltern von Mats Ostendorf (geb. 11.04.2021) eingegangen. Sie hatten die
Hausgeburt damals noch mit der alten Deckung betreut, der Fall fällt daher
unter Ihren Vertrag BH-5402 1180 in der Fassung 2021.

Vorgeworfen wird:
- eine nicht erkannte Makrosomie (Geburtsgewicht 4.630 g) und die
  Gestationsdiabetes-Diagnose der Mutter, Frau Lea Ostendorf, die eine
  Klinikgeburt erfordert hätten,
- ein fehlerhaftes Management der Schulterdystokie,
- eine bleibende obere Plexusparese rechts (Erb-Lähmung) bei Mats, der
  nach zwei Operationen weiterhin Physio- und Ergotherapie erhält.

Bitte schicken Sie uns Ihre vollständige Dokumentation (Mutterpass-Kopie,
Geburtsbericht, Partogramm, CTG soweit vorhanden) über das Portal und
nehmen Sie keinen Kontakt zur Familie oder der Kanzlei auf. Ich rufe Sie
nächste Woche an, um den Ablauf mit Ihnen zu besprechen – ich weiß, dass
das belastend ist.
""" + SIG_BRANDHORST)


def m101():
    return mail("NORMAL", "de", "internal",
        "trap: DPIA summary for AI-assisted review of medical invoices and malpractice files; describes data categories, no person",
        when="2024-06-14 12:45",
        frm="Ursula Pfeiffer <ursula.pfeiffer@%s>" % AV,
        to="Projekt KI-Schaden <projekt-ki-schaden@%s>" % AV,
        subject="DSFA „KI-Vorprüfung Haftpflichtschäden Heilwesen“ – Ergebnis und Auflagen",
        body="""
Liebes Projektteam,

die Datenschutz-Folgenabschätzung (Art. 35 DSGVO) für die KI-gestützte
Vorprüfung von Haftpflichtschäden Heilwesen ist abgeschlossen. Ergebnis:
Die Verarbeitung ist mit den folgenden Auflagen zulässig.

Verarbeitete Daten: Behandlungsunterlagen, Arztbriefe, Gutachten,
Diagnosen (ICD-10-GM), OP-Berichte, Anwaltsschreiben – also
Gesundheitsdaten nach Art. 9 DSGVO und Daten, die der Schweigepflicht nach
§ 203 StGB unterliegen.

Auflagen:
1. Verarbeitung ausschließlich im eigenen Rechenzentrum, kein Training mit
   Echtdaten außerhalb der Produktionsumgebung.
2. Das Modell gibt nur Hinweise (z. B. „Aufklärung möglicherweise nicht
   dokumentiert“); die Entscheidung trifft immer eine Sachbearbeiterin bzw.
   ein Sachbearbeiter (Art. 22 DSGVO).
3. Protokollierung jedes Zugriffs, Aufbewahrung 6 Jahre.
4. Testdaten nur synthetisch oder vollständig anonymisiert (keine
   Pseudonymisierung durch bloßes Schwärzen des Namens).
5. Überprüfung der DSFA nach 12 Monaten Betrieb.

Das vollständige Dokument liegt im DS-Managementsystem (DSFA-2024-07).

Viele Grüße
Ursula Pfeiffer
""")


def m102():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "premium reminder to a named orthodontist with amount, policy no. and his IBAN (failed direct debit)",
        when="2024-08-20 08:15",
        frm="Premium Service Aurelia <beitragsservice@%s>" % AV,
        to="Dr Lars Engström <lars@engstrom-ortho.example>",
        subject="Reminder: premium for policy PI-7204 9916 not collected",
        body="""
Dear Dr Engström,

we could not collect the first annual premium of EUR 2,758.42 for your
practice policy PI-7204 9916 from your account

  DE78 4370 8917 7427 1316 97

Your bank returned the direct debit with reason code AC04 (account closed).

Please transfer the amount within 14 days to our account
IBAN DE86 8124 4461 2314 3945 22, reference PI-72049916, or send us a new
SEPA mandate via your broker.

Please note: if the first premium is not paid, we are not liable for claims
that occur before payment (section 37 (2) VVG). Your flood claim of
14 September would be affected if payment were still outstanding then.

Kind regards,
Premium Service
Aurelia Versicherung AG
""")


def m103():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-therapist",
        "physiotherapist's liability claim: named patient's distal radius fracture, surgery, osteoporosis",
        when="2024-09-09 14:20",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Niamh O'Donnell <niamh@physio-odonnell.example>",
        subject="Your liability claim H-24-0352 – fall of Mrs Brandstetter",
        body="""
Dear Ms O'Donnell,

thank you for reporting the incident promptly. We have opened claim
H-24-0352 under your professional liability policy BH-6690 2219.

As I understand it, your patient Mrs Helga Brandstetter (82) fell when
getting off the treatment table on 5 September and suffered a fracture of
the right wrist (distal radius), which was treated surgically with a plate
at the Johanniter hospital. She has osteoporosis.

So far there is no claim from Mrs Brandstetter or her family – only the
son's telephone call. Please:
1. write down now, while you still remember, exactly what happened: who was
   in the room, the height of the table, whether she asked for help;
2. ask your colleague to do the same;
3. keep the treatment record and the table's maintenance log;
4. not admit liability or promise any payment, but of course you can show
   sympathy and ask how she is doing.

If the family or their health insurer contacts you, please forward
everything to us.

Kind regards,
Dr Felicitas Brandhorst
Liability Claims – Medical Professions
""")


def m104():
    return mail("NORMAL", "en", "internal",
        "trap: note on ICD-10-GM 2025 changes for medical underwriting; codes in general, no person",
        when="2024-12-16 09:30",
        frm="Dr. med. Karin Ulbricht <karin.ulbricht@%s>" % AV,
        to="Life Underwriting <lv-underwriting@%s>" % AV,
        subject="ICD-10-GM 2025 – what changes for our underwriting rules",
        body="""
Dear colleagues,

ICD-10-GM 2025 applies from 1 January. Relevant for our underwriting and
claims rules (disability income, practice interruption):

- Post-COVID: U09.9! remains; new secondary codes for documented
  functional impairment. Our rule "post-COVID -> refer to medical
  underwriting" stays, but applications with U09.9! older than 24 months
  and no current treatment can now be accepted by senior underwriters.
- Long-term effects of cancer treatment: more specific codes in chapter Z;
  please map them to the "oncology – history" rule set.
- Mental health: no changes to F32/F33/F43; our guidance on adjustment
  disorders (F43.2) after life events (accept without exclusion if treatment
  completed > 12 months) remains.
- The rule engine will be updated on 2 January; until then, enter the 2024
  code if the 2025 code is rejected.

Questions to me or to the rules team.

Karin Ulbricht
Medical Underwriting
""")


def m105():
    return mail("NORMAL", "de", "insurer-to-prospect",
        "trap: generic information for a prospective dentist founding a practice; no contract, no personal or health data",
        when="2024-04-17 16:35",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Jana Albrecht <jana.albrecht@mail-muster.example>",
        subject="AW: Infos Versicherungen für Praxisgründung",
        body="""
Liebe Frau Albrecht,

vielen Dank für Ihr Interesse! Für die Gründung einer Zahnarztpraxis sind
aus unserer Sicht diese Versicherungen wichtig:

Pflicht bzw. dringend:
- Berufshaftpflicht (Pflicht nach der Berufsordnung der Zahnärztekammer)
- Praxisinhalt inkl. Elektronik – meist verlangt auch die Bank einen
  Nachweis, bevor sie den Kredit auszahlt

Sehr empfehlenswert:
- Betriebsunterbrechung (Wasserschaden, Brand, Geräteausfall)
- Praxisausfall bzw. Berufsunfähigkeit für Sie selbst – hierfür gibt es
  Gesundheitsfragen, daher besser früh abschließen

Optional:
- Cyber (Praxissoftware, Röntgen-PC, TI)
- Rechtsschutz (Arbeits- und Vertragsrecht)

Im Anhang unseres nächsten Schreibens finden Sie unsere Broschüre „Gründen
mit Aurelia“. Für ein konkretes Angebot brauche ich später die Geräteliste,
die Praxisanschrift und den Businessplan. Ein Beratungstermin in Köln oder
per Video ist jederzeit möglich.

Viele Grüße und viel Erfolg bei der Planung!
""" + SIG_OBERDIECK)


def m106():
    return mail("CONFIDENTIAL", "de", "insurer-to-company",
        "medical centre GmbH with named managing director: new branch added, sums insured, premium, policy no.",
        when="2024-12-18 11:25",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Petra Lommel <p.lommel@mvz-rheinblick.example>",
        subject="MVZ Rheinblick – Einschluss Standort Porz zum 01.01.2025",
        body="""
Sehr geehrte Frau Lommel,

wie besprochen schließen wir den neuen Standort in den Vertrag PI-8800 1420
ein:

  Standort:         Hauptstraße 311, 51143 Köln-Porz (Orthopädie, Chirurgie)
  Praxisinhalt:     VS 420.000 EUR (u. a. Röntgen, Stoßwelle, OP-Einrichtung)
  Elektronik:       VS 180.000 EUR
  BU:               Haftzeit 12 Monate, VS 1.100.000 EUR
  Mehrbeitrag:      3.906,70 EUR netto jährlich

Die Praxisräume werden laut Ihrer Mail erst am 10.01.2025 übergeben; der
Schutz beginnt trotzdem am 01.01., damit die Anlieferung der Geräte
versichert ist.

Bitte bestätigen Sie mir noch den Geschäftsführerbeschluss zur Anmietung –
die Bank möchte auch für diesen Standort einen Sicherungsschein.
""" + SIG_OBERDIECK)


def m107():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
        "malpractice claim against an employed MVZ doctor: named patient, missed colon cancer at colonoscopy, ICD C18.7",
        when="2024-10-08 15:55",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Petra Lommel <p.lommel@mvz-rheinblick.example>",
        cc="Dr. med. Tobias Reuter <t.reuter@mvz-rheinblick.example>",
        subject="Betriebshaftpflicht MVZ BH-8800 1421 – Anspruch Herr Dieter Kampmann (H-24-0398)",
        body="""
Sehr geehrte Frau Lommel, sehr geehrter Herr Dr. Reuter,

uns liegt ein Schreiben der Rechtsschutzversicherung von Herrn Dieter
Kampmann vor. Herr Kampmann war am 14.03.2022 zur Vorsorgekoloskopie im
MVZ (Untersucher: Herr Dr. Reuter). Befund damals: zwei kleine Polypen im
Colon sigmoideum, abgetragen, Histologie tubuläre Adenome; empfohlene
Kontrolle nach 3 Jahren.

Im Juli 2024 wurde bei Herrn Kampmann wegen Blutarmut und Gewichtsverlust
andernorts ein Sigmakarzinom (C18.7, pT3 N1) festgestellt; er wurde
operiert und erhält eine adjuvante Chemotherapie. Er wirft dem MVZ vor, das
Karzinom bzw. dessen Vorstufe 2022 übersehen zu haben (unzureichende
Darmvorbereitung im Bericht vermerkt, keine zeitnahe Wiederholung).

Bitte schicken Sie uns:
- den Koloskopiebericht 2022 inkl. Bilddokumentation und Angabe zum
  Boston Bowel Preparation Score,
- den Histologiebefund,
- eine Stellungnahme von Herrn Dr. Reuter.

Der Vorgang ist unter H-24-0398 angelegt; bitte nur über das Portal.
""" + SIG_BRANDHORST)


def m108():
    return mail("NORMAL", "en", "insurer-to-supplier",
        "trap: translation order for policy wordings on malpractice and practice interruption; documents without persons",
        when="2024-02-08 10:40",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Project Management <pm@lingua-rhein.example>",
        subject="Translation order – policy wordings medical professions DE>EN",
        body="""
Hello,

please find our order for the following translations (German > English,
British English, certified translator for insurance law):

1. AVB PraxisSchutz 2024 (practice contents, electronics, BI) – 38 pages
2. AVB Berufshaftpflicht Heilwesen 2024 (medical malpractice) – 22 pages
3. AVB Praxisausfall 2024 (practice interruption) – 14 pages
4. Product fact sheets (IPID) for 1–3 – 2 pages each

Terminology: please use our glossary (attached to your framework
agreement, version 5), in particular "Praxisausfallversicherung" =
"practice interruption insurance" and "Betriebsunterbrechung" = "business
interruption". The English versions are for information only; please add
our standard disclaimer on each page.

Delivery: 15 March 2024, Word with track changes + PDF.
PO number: 4500188911.

Kind regards,
Lea Hartung
""")


def m109():
    return mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
        "refund of premium to the former practice owner after the sale, her IBAN and policy numbers (German/English)",
        when="2024-10-17 09:35",
        frm="Beitragsservice Aurelia <beitragsservice@%s>" % AV,
        to="Dr. Ewa Kowalczyk <ewa.kowalczyk@zahnarzt-kowalczyk.example>",
        subject="Beitragserstattung / premium refund – PI-4128 0073, BH-2650 1194",
        body="""
Sehr geehrte Frau Dr. Kowalczyk,
dear Dr Kowalczyk,

nach dem Verkauf Ihrer Praxis zum 01.10.2024 erstatten wir Ihnen den
anteiligen Beitrag für das restliche Versicherungsjahr.
Following the sale of your practice on 1 October 2024 we refund the
unused part of your premiums:

  PI-4128 0073 Praxisinhalt (ab 01.10. Dr. Meißner)   412,66 EUR
  BH-2650 1194 Berufshaftpflicht (beendet 30.09.)     598,40 EUR
  Summe / total                                     1.011,06 EUR

Überweisung auf Ihr Konto / transfer to your account:
DE02 2113 5441 3327 3386 43 (Ewa Kowalczyk)

Die Nachhaftung aus der Berufshaftpflicht bleibt bestehen.
Your run-off cover for past treatments remains in force.

Mit freundlichen Grüßen / kind regards
Beitragsservice, Aurelia Versicherung AG
""")


def m110():
    return mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
        "patient's lawyer accepts settlement, mentions scar treatment and psychological strain; forwarded to the insured dermatologist",
        when="2024-10-25 12:05",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr Priya Raman <praxis@derma-raman.example>",
        subject="H-24-0131 – settlement accepted",
        body="""
Dear Dr Raman,

good news: the claim is settled. Please see the lawyer's letter below. No
further action is needed from your side; the claim will be closed once
payment has been made.

Kind regards,
Dr Felicitas Brandhorst

> From: Sarah Lindqvist <s.lindqvist@lindqvist-law.example>
> Date: 24 October 2024
> Subject: Your ref. H-24-0131 – Evers v Raman
>
> Dear Dr Brandhorst,
>
> my client Ms Charlotte Evers accepts your offer of 30 September in full
> and final settlement. She has asked me to point out that the scar on her
> left jaw line is still visible after the second pulsed dye laser session
> and that the months since March have been very hard for her – she has been
> seeing a psychologist because of anxiety about her appearance. She accepts
> the settlement nevertheless to bring the matter to a close.
>
> Please transfer EUR 9,284.20 to my client account; my fee note follows.
>
> Yours sincerely,
> Sarah Lindqvist, Rechtsanwältin
""")


def m111():
    return mail("NORMAL", "de", "newsletter",
        "trap: newsletter for physiotherapy practices (treatment table falls, fango, equipment); generic",
        when="2024-05-08 06:30",
        frm="Aurelia Praxis-Brief <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Praxis-Brief Therapie: Stürze von der Liege, Fango-Geräte, neue Heilmittel-Richtlinie",
        flowed=True, cte="8bit",
        body="""
PRAXIS-BRIEF THERAPIE – Mai 2024
Für Physiotherapie, Ergotherapie, Logopädie und Podologie

STÜRZE VON DER BEHANDLUNGSLIEGE
Der häufigste Haftpflichtschaden in Physiotherapiepraxen ist nicht der
Behandlungsfehler, sondern der Sturz: Ältere Patientinnen und Patienten
rutschen beim Aufstehen von der Liege oder stolpern in der Umkleide.
Typische Folgen sind Handgelenk- und Hüftfrakturen.
Unsere Tipps: Liege vor dem Aufstehen ganz absenken, Hilfe beim Aufstehen
anbieten und dokumentieren, rutschfeste Matten im Umkleidebereich.

FANGO-PARAFFIN-GERÄTE
Überhitzte Fangomassen verursachen jedes Jahr Verbrennungen. Lassen Sie
Thermostat und Temperaturanzeige jährlich prüfen und messen Sie vor der
Anwendung nach.

NEUE HEILMITTEL-RICHTLINIE
Die Änderungen zur Blankoverordnung betreffen auch Ihre Haftung: Wer über
Art und Menge der Therapie selbst entscheidet, trägt dafür die
Verantwortung. Ihre Berufshaftpflicht bei Aurelia deckt das ab – eine
Anpassung ist nicht nötig.

Ihr Team Heilwesen & Praxen
https://www.aurelia-versicherung.example/therapie
Abmelden: https://newsletter.aurelia-versicherung.example/abmelden
""")


def m112():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named locum doctor included in the practice's liability policy with her dates and hourly fee; no health data",
        when="2024-02-02 13:50",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Locum cover – Dr Helen Price included in BH-5502 7720",
        body="""
Dear Dr Grant,

as requested on the phone, your locum is now included in your professional
liability policy BH-5502 7720:

  Locum:        Dr Helen Price, specialist in general practice
  Period:       5 February to 31 May 2024
  Scope:        consultations and home visits in your practice; no
                outpatient surgery
  Fee (for the premium calculation): EUR 95 per hour, approx. 30 hours
                per week

Additional premium: EUR 214.00 for the period, collected with the next
direct debit.

Please note that Dr Price's own liability policy in the UK does not cover
her work in Germany, so it is important that she is included in yours.
""" + SIG_MCALLISTER)


def m113():
    return mail("STRICTLY_CONFIDENTIAL", "de", "pharmacy",
        "pharmacist's report of a dispensing error (levothyroxine strength) for a named child with congenital hypothyroidism, forwarded internally",
        when="2024-11-14 17:10",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Marko Lindemann <marko.lindemann@%s>" % AV,
        subject="WG: Vorsorgliche Meldung – Abgabefehler L-Thyroxin",
        body="""
Marko, bitte als vorsorgliche Meldung unter AH-1190 3312 anlegen, noch kein
Anspruch. Danke, FB

-----Ursprüngliche Nachricht-----
Von: Dr. Silke Tiedemann <s.tiedemann@loewen-apotheke-bruehl.example>
Gesendet: Donnerstag, 14. November 2024 16:22
An: Brandhorst, Felicitas
Betreff: Vorsorgliche Meldung – Abgabefehler L-Thyroxin

Sehr geehrte Frau Dr. Brandhorst,

leider muss ich schon wieder etwas melden, diesmal vorsorglich:

Am 28.10. hat eine Kollegin für die kleine Emma Schreiner (3 Jahre,
angeborene Hypothyreose) statt L-Thyroxin 25 µg die 50-µg-Tabletten
abgegeben. Die Mutter hat es am 12.11. beim Nachkauf selbst gemerkt. Emma
hat also zwei Wochen die doppelte Dosis bekommen. Die Kinderärztin
(Dr. Hagedorn) hat TSH/fT4 kontrolliert, das fT4 war leicht erhöht, Emma
war unruhig und hat schlecht geschlafen, sonst aber unauffällig.

Die Mutter war verständlicherweise sehr aufgebracht, hat aber bisher keine
Forderungen gestellt. Wir haben uns entschuldigt und die Packung
zurückgenommen.

Wir haben die Abgabe jetzt auf Vier-Augen-Prinzip bei Kinderrezepten
umgestellt.

Mit freundlichen Grüßen
Silke Tiedemann
Löwen-Apotheke am Markt, Brühl
""")


def m114():
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: commission statement summary to a broker GmbH with the company's IBAN, no customer names",
        when="2024-07-15 10:00",
        frm="Provisionsabrechnung <provision@%s>" % AV,
        to="Buchhaltung Medicus Finanz <buchhaltung@medicus-finanz.example>",
        subject="Courtageabrechnung 2. Quartal 2024 – Vermittlernummer 40 2211",
        body="""
Sehr geehrte Damen und Herren,

Ihre Courtageabrechnung für das 2. Quartal 2024 steht im Maklerportal unter
Abrechnungen > 2024-Q2 bereit. Zusammenfassung:

  Sparte                         Verträge    Courtage EUR
  PraxisSchutz (Inhalt/BU)            41        11.284,30
  Berufshaftpflicht Heilwesen         26         6.918,75
  Elektronik                          12         1.402,10
  Stornohaftung                       -2          -611,40
  Summe                                         18.993,75

Die Auszahlung erfolgt am 20.07.2024 auf das Konto der Medicus Finanz
Makler GmbH, IBAN DE25 1572 4583 9747 9954 05.

Die Einzelaufstellung je Vertrag finden Sie ausschließlich im Portal.

Mit freundlichen Grüßen
Provisionsabrechnung
Aurelia Versicherung AG
""")


def m115():
    return mail("NORMAL", "en", "internal",
        "trap: farewell lunch invitation for a colleague moving to another unit; organisational, no personal data",
        when="2024-11-22 11:45",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Team Heilwesen <team-heilwesen@%s>, International Client Service <ics-team@%s>" % (AV, AV),
        subject="Farewell lunch for Mehmet – Thu 5 Dec",
        body="""
Hi everyone,

as most of you know, Mehmet is moving to the cyber underwriting team in
January (don't worry, he's only going two floors up). Let's say goodbye
properly:

  Thursday, 5 December, 12:30
  Trattoria Il Ponte, Friesenplatz

I've booked for 14. Please let me know by Monday if you're coming and if you
have any dietary requirements so I can tell the restaurant (vegetarian,
vegan etc. – no need to tell me why).

We're also collecting for a present – there's an envelope on my desk, or
PayPal to me.

See you there!
Lea
""")


def m116():
    return mail("CONFIDENTIAL", "de", "customer",
        "GP's own mail on selling her practice to an MVZ: purchase price, retirement date, wish to reduce sums; no health data",
        when="2024-10-21 08:40",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        subject="WG: Praxisabgabe Vogelsang an MVZ – Verträge",
        body="""
Mehmet, zur Info für deine Bestandsplanung 2025. Ich kläre mit ihr die
Verträge. K.

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Vogelsang <praxis@hausarzt-vogelsang.example>
Gesendet: Freitag, 18. Oktober 2024 19:55
An: Oberdieck, Katrin
Betreff: Praxisabgabe

Liebe Frau Oberdieck,

ich möchte Sie vorab informieren: Ich werde meine Praxis zum 30.06.2025 an
das MVZ Rheinblick abgeben, der Kaufvertrag ist so gut wie fertig
(Kaufpreis 240.000 Euro, davon 60.000 für die Einrichtung, den Rest für den
Kassensitz und den Patientenstamm). Ich bleibe dann noch ein Jahr als
angestellte Ärztin im MVZ, danach gehe ich in Rente – ich werde im März 66.

Was passiert mit meiner Inhaltsversicherung und der Berufshaftpflicht? Das
MVZ hat ja eigene Verträge bei Ihnen. Kann ich die Versicherungssummen bis
zur Übergabe reduzieren? Einen Teil der Geräte (altes Ultraschallgerät,
Liegen) nimmt das MVZ nicht, die verkaufe ich vorher.

Viele Grüße
Annette Vogelsang
""")


def m117():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "premium adjustment of a named person's private health insurance (tariffs, premium, deductible) – personal line, no medical word",
        when="2024-11-08 07:45",
        frm="Aurelia Krankenversicherung <kv-service@%s>" % AV,
        to="Dr. med. Annette Vogelsang <a.vogelsang@privat-mail.example>",
        subject="Ihre Krankenversicherung KV 7701 4432 01 – Beitragsanpassung zum 01.01.2025",
        body="""
Sehr geehrte Frau Dr. Vogelsang,

zum 01.01.2025 passen wir die Beiträge in einigen Tarifen an, weil die
Leistungsausgaben gestiegen sind. Für Ihren Vertrag KV 7701 4432 01 bedeutet
das:

  Tarif                              bisher       ab 01.01.2025
  MED-A (ambulant, SB 600 EUR)       412,18 EUR   448,90 EUR
  STAT-1 (stationär, Einbettzimmer)  198,40 EUR   198,40 EUR
  DENT-80 (Zahn)                      61,22 EUR    66,05 EUR
  KT 43 (Krankentagegeld ab 43. Tag) 57,60 EUR    57,60 EUR
  gesetzlicher Zuschlag               ...          ...
  Monatsbeitrag gesamt               729,40 EUR   770,95 EUR

Das Begleitschreiben mit den Gründen (§ 203 VVG) und Ihren Optionen
(Tarifwechsel nach § 204 VVG, höherer Selbstbehalt) erhalten Sie per Post.
Ab Vollendung des 66. Lebensjahres entfällt der gesetzliche Zuschlag.

Wenn Sie zum 30.06.2025 Ihre Praxis abgeben und als angestellte Ärztin
weiterarbeiten, prüfen Sie bitte, ob das Krankentagegeld angepasst werden
muss. Wir beraten Sie gern.

Mit freundlichen Grüßen
Ihre Aurelia Krankenversicherung
""")


def m118():
    table = """<html><head><meta charset="utf-8"><title>Indicative premiums physiotherapy practices</title></head>
<body><h3>Aurelia PraxisSchutz Therapy – indicative premiums 2024 (model practices)</h3>
<table border="1" cellpadding="4">
<tr><th>Model practice</th><th>Therapists</th><th>Contents SI</th><th>Electronics SI</th><th>BI 12 months</th><th>Premium p.a. net</th></tr>
<tr><td>Solo physio, rented rooms</td><td>1</td><td>EUR 40,000</td><td>EUR 15,000</td><td>EUR 80,000</td><td>EUR 214</td></tr>
<tr><td>Small practice with gym</td><td>3&ndash;5</td><td>EUR 90,000</td><td>EUR 35,000</td><td>EUR 200,000</td><td>EUR 486</td></tr>
<tr><td>Therapy centre (physio + OT + SLT)</td><td>8&ndash;12</td><td>EUR 220,000</td><td>EUR 80,000</td><td>EUR 520,000</td><td>EUR 1,190</td></tr>
</table>
<p>Professional liability (per therapist, EUR 5m combined single limit): EUR 96&ndash;148 p.a.</p>
<p>Indicative only; no offer. Actual premiums depend on location, equipment list and claims history.</p>
</body></html>"""
    return mail("NORMAL", "en", "insurer-to-broker",
        "trap: indicative premium table for model physiotherapy practices (HTML attachment); no customer",
        when="2024-04-29 14:15",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Indicative premiums for therapy practices",
        body="""
Hi Tom,

here's the overview you asked for before your talk at the physiotherapists'
association – please use it as indicative figures only, not as offers.

If you have a concrete practice, send me the equipment list and turnover
and I'll quote properly.

Best,
Lea
""", atts=[html_att("Indicative_premiums_therapy_2024.html", table)])


def m119():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "cyber insurance offer for a named dermatologist's practice with turnover, patient record count and IT details; no health data",
        when="2024-09-26 10:50",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Priya Raman <praxis@derma-raman.example>",
        subject="Cyber cover for Dermatologie Raman – offer",
        body="""
Dear Dr Raman,

after the burglary in August you asked about cyber cover. Here is our offer
for your practice, based on your answers to the questionnaire:

  Turnover 2023                          EUR 1.2m
  Patient records in the PMS             approx. 9,800
  Employees                              6 (incl. 2 part-time)
  Backup                                 daily, offline copy weekly
  MFA for remote access                  yes

  Cyber own damage (forensics, restoration)   EUR 250,000
  Business interruption after cyber attack    EUR 250,000
  Third-party liability / data breach         EUR 1,000,000
  Excess                                      EUR 1,000
  Annual premium                              EUR 1,084.00 incl. tax

Condition: the server is moved into a lockable rack or room within three
months, and the external backup disk is encrypted.
""" + SIG_MCALLISTER)


def m120():
    return mail("NORMAL", "de", "internal",
        "trap: personnel announcement (new head of liability claims) with role and career, no private data",
        when="2024-12-19 09:00",
        frm="Bereichsleitung Firmenkunden <bl-firmenkunden@%s>" % AV,
        to="Alle Mitarbeitenden Firmenkunden <firmenkunden-alle@%s>" % AV,
        subject="Personalien: Neue Leitung Haftpflicht-Schaden Heilwesen ab 01.01.2025",
        body="""
Liebe Kolleginnen und Kollegen,

zum 1. Januar 2025 übernimmt Frau Dr. Felicitas Brandhorst die Leitung der
Abteilung Haftpflicht-Schaden Heilwesen. Sie folgt auf Herrn Rüdiger
Lambertz, der nach 31 Jahren bei der Aurelia in den Ruhestand geht.

Frau Dr. Brandhorst ist Volljuristin und seit 2016 bei uns. Sie hat in den
letzten Jahren zahlreiche große Arzthaftungsfälle betreut, die Kooperation
mit unseren Vertragsanwältinnen und -anwälten für Medizinrecht aufgebaut und
unsere Trainees ausgebildet.

Herrn Lambertz danken wir herzlich für seine Arbeit. Seine Verabschiedung
feiern wir am 16. Januar um 16 Uhr in der Kantine – Einladung folgt.

Bitte gratulieren Sie Frau Dr. Brandhorst mit uns!

Ihre Bereichsleitung Firmenkunden
""")


def m121():
    return mail("NORMAL", "de", "internal",
        "trap: legal department's summary of a published court ruling on consent for dental implants; parties anonymous",
        when="2024-03-27 14:00",
        frm="Recht & Compliance <recht@%s>" % AV,
        to="Haftpflicht-Schaden Heilwesen <schaden-heilwesen@%s>" % AV,
        subject="Rechtsprechungsinfo 07/2024: Aufklärung vor Implantation – Alternativen",
        body="""
Liebe Kolleginnen und Kollegen,

kurz zu einer aktuellen, veröffentlichten Entscheidung eines
Oberlandesgerichts (Az. liegt im Rechtsprechungsordner, Parteien
anonymisiert):

Sachverhalt: Ein Zahnarzt setzte einer Patientin zwei Implantate im
Oberkiefer. Die Patientin machte geltend, sie sei nicht über die
Alternative einer herausnehmbaren Teilprothese und nicht über das Risiko
einer Kieferhöhlenperforation aufgeklärt worden.

Entscheidung: Die Aufklärung muss echte Behandlungsalternativen mit
unterschiedlichen Risiken und Erfolgsaussichten umfassen. Ein
vorformulierter Aufklärungsbogen reicht nicht, wenn nicht erkennbar ist,
dass das Gespräch tatsächlich stattgefunden hat. Die Beweislast für die
ordnungsgemäße Aufklärung liegt beim Behandler (§ 630h Abs. 2 BGB).

Bedeutung für uns:
- Bei Implantatschäden immer die handschriftlichen Ergänzungen auf dem
  Aufklärungsbogen anfordern.
- Im Praxis-Brief Zahnmedizin darauf hinweisen (Tobias ist informiert).

Viele Grüße
Recht & Compliance
""")


def m122():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "paediatrician adds an employed doctor to her liability policy: colleague's name, salary, start date; no health data",
        when="2024-08-01 11:10",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Dr. med. Marlies Hagedorn <praxis@kinderaerztin-hagedorn.example>",
        subject="Mitversicherung angestellte Ärztin – BH-4019 7730",
        body="""
Liebe Frau Dr. Hagedorn,

ab 01.09.2024 ist Ihre neue angestellte Kollegin, Frau Dr. med. Sina
Vollmer (Fachärztin für Kinder- und Jugendmedizin), in Ihrer
Berufshaftpflicht BH-4019 7730 mitversichert.

Für die Beitragsberechnung haben wir Ihre Angaben zugrunde gelegt:
  Arbeitszeit        30 Std./Woche
  Bruttogehalt       5.900 EUR monatlich (TV-Ärzte-Orientierung)
  Tätigkeit          Sprechstunde, U-Untersuchungen, Impfungen,
                     keine Sedierung
Mehrbeitrag: 684,00 EUR jährlich, für 2024 anteilig 228,00 EUR.

Frau Dr. Vollmer ist damit für ihre Tätigkeit in Ihrer Praxis versichert.
Für Notdienste außerhalb der Praxis (z. B. Kinderärztlicher Notdienst der KV)
braucht sie eine eigene Deckung oder eine Bestätigung der KV.
""" + SIG_OBERDIECK)


def m123():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "paediatrician's malpractice claim: named toddler, late diagnosis of hip dysplasia (Q65.1) at screening, surgery",
        when="2024-10-30 13:35",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. med. Marlies Hagedorn <praxis@kinderaerztin-hagedorn.example>",
        subject="Berufshaftpflicht BH-4019 7730 – Anspruch wegen Finn Adler (H-24-0420)",
        body="""
Sehr geehrte Frau Dr. Hagedorn,

die Eltern von Finn Adler (geb. 02.07.2022) lassen über die Kanzlei
Marquardt Ansprüche gegen Sie geltend machen.

Vorwurf: Bei der U3 am 05.08.2022 in Ihrer Praxis sei die Hüftsonographie
als unauffällig (Typ Ia beidseits nach Graf) dokumentiert worden. Im Alter
von 14 Monaten fiel ein Hinken auf; in der Kinderorthopädie wurde eine
Hüftdysplasie links mit Dezentrierung (Q65.1) festgestellt. Finn wurde im
Oktober 2023 geschlossen reponiert und im Becken-Bein-Gips versorgt, eine
Beckenosteotomie ist nicht ausgeschlossen. Die Eltern meinen, bei korrekter
Sonographie wäre eine Spreizbehandlung ausreichend gewesen.

Bitte schicken Sie uns:
- die Sonographie-Bilder der U3 (Ausdrucke bzw. Export) und den Befund,
- Angaben zum verwendeten Gerät und Schallkopf sowie Ihre
  Ultraschall-Genehmigung der KV,
- eine kurze Stellungnahme.

Die Bilder sind entscheidend: Ein Gutachter kann anhand der Bildqualität
beurteilen, ob die Einstellung korrekt war.
""" + SIG_BRANDHORST)


def m124():
    return mail("NORMAL", "en", "internal",
        "trap: anonymised webinar Q&A (questions from practices about fridges, patient files, illness of owner); no person",
        when="2024-05-24 10:20",
        frm="Tobias Lenz <tobias.lenz@%s>" % AV,
        to="Team Heilwesen <team-heilwesen@%s>, International Client Service <ics-team@%s>" % (AV, AV),
        subject="Webinar 22 May – questions from participants (anonymised) for the FAQ",
        body="""
Hi all,

248 participants on Wednesday – thank you all! Below the questions from the
chat, anonymised, for our FAQ page. Could the respective experts draft a
short answer by 7 June? (I translated everything into English for the ICS
team; the FAQ will be bilingual.)

Cold chain (Jonas)
- "Our fridge alarm went off at 3 am but nobody came until 7. Is that
  negligent?"
- "Does the cover include vaccines that belong to the health insurers
  (Sprechstundenbedarf)?"

Water damage and records (Jonas / Ursula)
- "Can we throw away wet patient files if we have a scanned copy?"
- "Who pays if we have to inform patients that their files were damaged?"

Liability (Felicitas)
- "A patient wrote a bad online review and threatens to sue. Should I
  report that to you?"
- "Am I covered when I treat friends and family for free?"

Illness of the owner (Sabine / Thomas)
- "Does practice interruption pay if I'm ill for only a week?"
- "Is burnout covered?"

Thanks,
Tobias
""")


def m125():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named physiotherapist: BI cover added, endorsement with sums and premium",
        when="2024-10-04 09:05",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Niamh O'Donnell <niamh@physio-odonnell.example>",
        subject="Business interruption added to PI-6690 2218 from 1 October",
        body="""
Dear Ms O'Donnell,

thank you for accepting our offer. Business interruption is now part of your
practice policy PI-6690 2218 with effect from 1 October 2024:

  BI sum insured                 EUR 230,000
  Indemnity period               12 months
  Time excess                    2 working days
  Additional premium (pro rata)  EUR 169.15 incl. insurance tax

Your total annual premium from the next renewal is EUR 627.46.

The endorsement is attached to the letter we sent by post. Please keep your
annual accounts and monthly turnover figures – in a claim we will compare
them with the previous year.
""" + SIG_MCALLISTER)


def m126():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "practice interruption application of a GP: underwriting questions on hypothyroidism and migraine",
        when="2024-12-09 15:30",
        frm="Life Underwriting <lv-underwriting@%s>" % AV,
        to="Dr Amira Haddad <a.haddad@grant-familypractice.example>",
        subject="Your application for practice interruption insurance – additional questions",
        body="""
Dear Dr Haddad,

thank you for your application for practice interruption insurance
(daily amount EUR 400, waiting period 21 days) starting 1 January 2025.

In the health questions you stated:
- Hashimoto's thyroiditis with hypothyroidism, treated with levothyroxine
  100 µg since 2019;
- migraine without aura, "a few times a year", treated with sumatriptan.

Before we can decide, please answer the following:
1. Have you had any periods of incapacity for work due to migraine in the
   last three years? If so, how many days in total?
2. Are you receiving any preventive treatment for migraine (e.g. beta
   blockers, topiramate, CGRP antibodies)?
3. Please send the last TSH value and the date it was measured.

Thyroid disease treated with a stable dose is usually accepted without
exclusion. For migraine, an exclusion or a longer waiting period may apply
depending on your answers.

Kind regards,
Medical Underwriting – Life & Disability
Aurelia Versicherung AG
""")


def m127():
    return mail("NORMAL", "de", "insurer-to-supplier",
        "trap: framework contract with a medical fridge service company (emergency call-out prices), company IBAN only",
        when="2024-06-06 11:50",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Kühlprofi Medizintechnik GmbH <service@kuehlprofi-med.example>",
        subject="Rahmenvereinbarung Notdienst Medikamentenkühlschränke – Gegenzeichnung",
        body="""
Sehr geehrter Herr Stratmann,

anbei die von uns unterschriebene Rahmenvereinbarung zurück. Die
wesentlichen Punkte noch einmal zusammengefasst:

- 24/7-Notdienst für Arztpraxen und Apotheken, die bei uns versichert sind,
  Anfahrt innerhalb von 4 Stunden im Großraum Köln/Bonn/Düsseldorf
- Pauschale Anfahrt 89 EUR, Arbeitszeit 78 EUR/Std., Nacht/Wochenende
  +50 %
- Leihkühlschrank (DIN 58345, mit Logger) für bis zu 14 Tage: 45 EUR/Tag
- Abrechnung direkt mit uns bei bestätigtem Versicherungsfall (Freigabe per
  Schadennummer), sonst mit der Praxis

Ihre Rechnungen bitte wie vereinbart an
rechnungseingang@aurelia-versicherung.example. Ihre Bankverbindung
(Kühlprofi Medizintechnik GmbH, DE84 5865 8147 2295 8441 13) haben wir im
Kreditorenstamm angelegt.
""" + SIG_REIMER)


def m128():
    return mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
        "settlement of a landlord's claim against a named dentist partnership for water damage; amounts, policy; no patient",
        when="2024-06-19 10:45",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="RA Christoph Lenné <lenne@kanzlei-lenne.example>",
        cc="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        subject="Venloer Straße 388 GbR ./. Dr. Yıldız u. a. – Ihr Zeichen 24/0311",
        body="""
Sehr geehrter Herr Kollege Lenné,

namens und im Auftrag unserer Versicherungsnehmerin, der BAG Dr. Yıldız,
Dr. Brückmann und ZA Novák, regulieren wir den Schaden vom 18.02.2024 wie
folgt:

  Trocknung und Sanierung Decke/Estrich       18.420,00 EUR
  Mietausfall Ladenlokal (2 Monate)            6.800,00 EUR
  Gutachterkosten                              1.190,00 EUR
  Ihre Gebühren (1,3 aus 26.410 EUR) zzgl. USt  1.558,52 EUR
  gesamt                                      27.968,52 EUR

Die Zahlung erfolgt ohne Anerkennung einer Rechtspflicht und zur
Erledigung sämtlicher Ansprüche Ihrer Mandantin aus dem Schadenereignis.
Bitte teilen Sie uns die Bankverbindung Ihrer Mandantin bzw. Ihr
Anderkonto mit.

Mit freundlichen kollegialen Grüßen
Dr. Felicitas Brandhorst
Haftpflicht-Schaden Heilwesen, Aurelia Versicherung AG
""")


def m129():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "practice owner asks about staff absence; reply names the medical assistant and her spinal surgery and rehab",
        when="2024-11-27 14:25",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr. Yusuf Karim <praxis@hausarzt-karim.example>",
        subject="AW: Ausfall MFA – zahlt die Praxisausfallversicherung?",
        body="""
Sehr geehrter Herr Dr. Karim,

leider nein: Ihre Praxisausfallversicherung PA-6012 4473 versichert nur
Ihren eigenen Ausfall als Praxisinhaber, nicht den Ausfall von
Mitarbeitenden.

Für Frau Ines Wagner gilt nach Ihrer Schilderung: Bandscheiben-OP L4/5 am
11.11., anschließend Anschlussheilbehandlung in Bad Neuenahr, voraussichtlich
bis Mitte Januar arbeitsunfähig. Die Entgeltfortzahlung der ersten sechs
Wochen erhalten Sie als Arbeitgeber mit weniger als 30 Beschäftigten zu
80 % über die U1-Umlage von der Krankenkasse von Frau Wagner zurück; danach
zahlt die Krankenkasse Krankengeld.

Eine Absicherung gegen den Ausfall von Personal bieten wir nicht an. Ihr
Steuerberater kann Ihnen beim U1-Antrag helfen.

Bitte schicken Sie uns künftig keine Gesundheitsdaten Ihrer
Mitarbeitenden – für unsere Verträge brauchen wir sie nicht.

Mit freundlichen Grüßen
Sabine Kolbe
Aurelia Versicherung AG
""")


def m130():
    return mail("NORMAL", "en", "insurer-to-broker",
        "trap: webinar recording and slides on practice sales and successions; generic content",
        when="2024-06-28 16:00",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="maklerverteiler-international@%s" % AV,
        subject="Recording: 'Selling or handing over a practice – what happens to the insurance?'",
        body="""
Dear partners,

thank you to the 61 of you who joined our broker webinar on practice sales
and successions. The recording and slides are now in the broker portal
(Training > Medical professions > 2024-06).

Key points:
- Contents insurance passes to the buyer with the equipment (section 95
  VVG); the buyer can cancel within one month.
- Professional liability stays with the seller; run-off cover for past
  treatments is unlimited in time under our terms.
- Patient records: transfer only with patients' consent; until then the
  buyer keeps them locked away for the seller ("two-cabinet model").
- Disability income and practice interruption: review the insured amounts
  if the seller continues as an employed doctor.
- Financing banks usually want a security assignment on the contents
  policy – plan two weeks for this.

IDD training time: 60 minutes; certificates are in the portal.

Best regards,
Lea Hartung
""")


def m131():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named orthodontist's second practice location added: address, sums insured, premium",
        when="2024-11-06 12:00",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Lars Engström <lars@engstrom-ortho.example>",
        cc="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        subject="Second location in Meerbusch – added to PI-7204 9916",
        body="""
Dear Dr Engström,

congratulations on the new branch practice! We have added it to your policy
PI-7204 9916 from 1 December 2024:

  Location 2:        Dorfstraße 18, 40667 Meerbusch-Büderich
  Contents:          EUR 95,000 (2 chairs, intraoral scanner, X-ray)
  Electronics:       EUR 48,000
  BI:                covered under the existing sum of EUR 690,000
                     (both locations together)
  Additional premium EUR 412.00 p.a. net, pro rata for December EUR 34.33

Location 2 is not in a flood zone, so the standard flood excess of EUR 500
applies there.

Please note that the business interruption sum now has to cover both
locations. If turnover grows as planned, let us review it next summer.
""" + SIG_MCALLISTER)


def m132():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "review of the GP's time-limited disability benefit: current working hours, physiotherapy, pain medication",
        when="2024-10-07 10:40",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Dr Oliver Grant <o.grant@grant-familypractice.example>",
        subject="Disability income LV 88 123 456-7 – review before 31 December",
        body="""
Dear Dr Grant,

as announced in our decision of 28 May, your disability income benefit is
limited until 31 December 2024. To decide on the period after that, please
answer a few questions:

1. Since when have you been working in the practice again, and how many
   hours per week? Which activities (consultations, examinations, home
   visits) are you doing, and which are still done by Dr Haddad or your
   locum?
2. Are you still receiving physiotherapy or other treatment for your back?
   Please name your treating doctors since May.
3. Are you taking any pain medication regularly (e.g. ibuprofen,
   pregabalin)? If so, which and how often?
4. Is there still weakness in the right foot?

Please also send us the current report of Dr Offermann (we pay the fee).

If you are again able to work at more than 50 % in your profession, the
benefit will end after a notice period of three months; your premiums
will then be payable again.

Kind regards,
Sabine Kolbe
Claims – Life & Disability Income
""")


def m133():
    paras = ["# Erklärung zur Entbindung von der Schweigepflicht",
             "im Haftpflichtschaden Nr. ____________ (Aurelia Versicherung AG)",
             "Ich, ______________________________ (Name, Vorname), geb. ______________,",
             "entbinde folgende Ärztinnen, Ärzte, Zahnärzte, Therapeuten, Krankenhäuser und Apotheken von ihrer Schweigepflicht gegenüber der Aurelia Versicherung AG und den von ihr beauftragten Gutachtern und Rechtsanwälten:",
             "1. ______________________________",
             "2. ______________________________",
             "3. ______________________________",
             "Die Entbindung gilt nur für Behandlungen im Zeitraum von __________ bis __________ und nur, soweit die Angaben für die Prüfung meiner Ansprüche erforderlich sind.",
             "Ich kann diese Erklärung jederzeit für die Zukunft widerrufen.",
             "______________________________",
             "Ort, Datum, Unterschrift (bei Minderjährigen: gesetzliche Vertreter)"]
    return mail("NORMAL", "de", "internal",
        "trap: blank confidentiality-release form for patients (DOCX) with empty fields; no person",
        when="2024-04-08 09:15",
        frm="Recht & Compliance <recht@%s>" % AV,
        to="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        subject="Neue Vorlage Schweigepflichtentbindung Haftpflicht Heilwesen (V 2024-04)",
        body="""
Liebe Frau Dr. Brandhorst,

anbei die überarbeitete Vorlage. Änderungen gegenüber 2021:
- Beschränkung auf einen Behandlungszeitraum (Vorgabe der Aufsicht)
- ausdrückliche Nennung von Apotheken und Therapeuten
- Hinweis auf Widerruf

Die Vorlage ist ab sofort im DMS unter Vorlagen > Haftpflicht > HW-SE-01
verfügbar; bitte die alte Fassung nicht mehr verwenden.

Beste Grüße
Recht & Compliance
""", atts=[docx("Vorlage_Schweigepflichtentbindung_HW-SE-01_2024-04.docx", paras)])


def m134():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "speech therapist (sole trader): business interruption after water damage, turnover comparison, payout; no patients",
        when="2024-12-11 16:35",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Friederike Lammers <praxis@logopaedie-lammers.example>",
        subject="Betriebsunterbrechung nach Wasserschaden – S-24-1118-540",
        body="""
Sehr geehrte Frau Lammers,

vielen Dank für die Zahlen Ihrer Steuerberaterin. Die
Betriebsunterbrechung rechnen wir so ab:

  Schließung der Praxis Venloer Straße 27     18.11.–06.12.2024 (15 Tage)
  Umsatz Vergleichszeitraum 2023 (Bahnhofstr.)   9.870,00 EUR
  abzgl. ersparte Kosten (Material, Fahrtkosten)  -640,00 EUR
  Ertragsausfall                                9.230,00 EUR
  zzgl. Mehrkosten Ausweichraum Praxis Kettler    750,00 EUR
  Entschädigung                                 9.980,00 EUR

Die Zahlung geht auf Ihr Geschäftskonto bei der Kreissparkasse.

Bitte schicken Sie uns für die Abrechnung keine Therapiepläne oder Namen
Ihrer Patientinnen und Patienten – die Umsatzzahlen Ihrer Steuerberaterin
reichen völlig aus. Die Liste, die Sie uns am 02.12. geschickt haben, habe
ich gelöscht.
""" + SIG_REIMER)


def m135():
    rows = [["Ausgefallene Termine 18.11.–06.12.2024 – Logopädie Lammers"],
            ["Datum", "Patient/in", "Alter", "Störungsbild", "Verordnung", "Kasse", "Ausfall EUR"],
            ["18.11.", "Herr Wolfgang Pesch", 74, "Aphasie nach Schlaganfall (I69.3)", "SP5 10x", "AOK", 62.40],
            ["18.11.", "Mia Krüger", 5, "Sprachentwicklungsstörung", "SP1 10x", "TK", 48.10],
            ["19.11.", "Herr Ole Brandes", 34, "Stottern", "RE1 20x", "Barmer", 48.10],
            ["19.11.", "Frau Elke Voss", 68, "Dysphagie bei Parkinson (G20.1)", "SC1 10x", "privat", 85.00],
            ["20.11.", "Noah Sander", 7, "Dyslalie, AVWS", "SP1 10x", "DAK", 48.10],
            ["21.11.", "Herr Günter Faßbender", 81, "Dysarthrie nach ALS-Diagnose", "SP6 10x", "AOK", 62.40]]
    return mail("STRICTLY_CONFIDENTIAL", "de", "therapist",
        "speech therapist's list of cancelled sessions with patients' names, ages, disorders and ICD codes, forwarded in XLSX; body neutral",
        when="2024-12-02 17:20",
        frm="Jonas Reimer <jonas.reimer@%s>" % AV,
        to="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        subject="WG: Ausfallliste BU Lammers",
        body="""
Mehmet, kannst du kurz über die Ausfallberechnung schauen (Umsatz je
Termin)? Die Kundin hat uns leider die komplette Terminliste geschickt –
bitte nur die Beträge nehmen und die Datei danach löschen, ich bitte sie um
eine Aufstellung ohne Namen.

Jonas
""", atts=[xlsx("Ausfall_Termine_Nov-Dez_2024.xlsx", rows, "Ausfall")])


def m136():
    return mail("NORMAL", "en", "newsletter",
        "trap: English newsletter with a practice succession checklist (patient records, staff, insurance); generic",
        when="2024-09-05 06:30",
        frm="Aurelia Practice Matters <newsletter@praxisbrief.%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Practice Matters #9: handing over your practice – a checklist",
        body="""
PRACTICE MATTERS #9 – English edition

HANDING OVER YOUR PRACTICE: A CHECKLIST
Planning to sell your practice or hand it over to a successor? Start
twelve to eighteen months ahead.

[ ] Valuation: material value (equipment) and goodwill – get an
    independent valuation, the banks will ask for it.
[ ] Statutory health insurance licence (Kassensitz): apply to the
    admissions committee in good time.
[ ] Staff: employment contracts pass to the buyer (section 613a BGB);
    inform your team in writing.
[ ] Patient records: transfer only with consent; otherwise the buyer keeps
    them separately for you for ten years.
[ ] Insurance: contents passes to the buyer, professional liability stays
    with you (run-off cover), your disability and practice interruption
    policies need to be reviewed.
[ ] Lease: check whether the landlord must agree to the transfer.

Our practice team is happy to help: heilwesen@aurelia-versicherung.example

Unsubscribe: https://newsletter.aurelia-versicherung.example/unsubscribe
""")


def m137():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "named physiotherapist's change of bank account: old and new IBAN, mandate, policy numbers",
        when="2024-11-15 09:20",
        frm="Premium Service Aurelia <beitragsservice@%s>" % AV,
        to="Niamh O'Donnell <niamh@physio-odonnell.example>",
        subject="New bank details confirmed – PI-6690 2218 / BH-6690 2219",
        body="""
Dear Ms O'Donnell,

we have updated your bank details for both policies as requested:

  old account:   DE33 7295 3355 5654 8036 49
  new account:   DE17 1102 2711 1827 2458 35
  account holder: Niamh O'Donnell
  new SEPA mandate reference: AV-PI66902218-03

(The IBAN in your email, DE17 1102 2711 1827 2458 53, failed the check
digit test – your bank confirmed on the phone that the last two digits
were swapped. Please check the number above once more.)

The next premium of EUR 627.46 (practice policy) will be collected from the
new account on 1 January 2025; the liability premium of EUR 148.00 on
1 September 2025.

Kind regards,
Premium Service
Aurelia Versicherung AG
""")


def m138():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
        "patient's health insurer claims recourse from the physiotherapist: hospital stay, surgery, rehab costs of the named patient",
        when="2024-12-17 11:15",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Niamh O'Donnell <niamh@physio-odonnell.example>",
        subject="H-24-0352 – recourse claim from Mrs Brandstetter's health insurer",
        body="""
Dear Ms O'Donnell,

Mrs Brandstetter herself has not made a claim, but her statutory health
insurer (AOK) has now written to us and claims reimbursement of its costs
under section 116 SGB X:

  Johanniter hospital, 5–11 September (DRG I32F, plate osteosynthesis
  of the distal radius)                                  EUR 5,912.40
  outpatient follow-up and X-rays                          EUR   286.15
  physiotherapy (18 sessions)                             EUR   612.00
  home care service (6 weeks, as she could not manage
  alone with her arm in a cast)                            EUR 1,980.00
  total                                                    EUR 8,790.55

The AOK argues that the patient should have been helped down from the
table given her age and her known osteoporosis. Your colleague's statement
says she offered help, which Mrs Brandstetter declined.

We will check the claim and will probably propose a settlement of 50 % to
avoid a dispute. This does not affect your no-claims status. I'll keep you
informed.

Kind regards,
Dr Felicitas Brandhorst
""")


def m139():
    lines = ["Aurelia ApothekenSchutz – Musterangebot (unverbindlich)",
             "Musterapotheke: Offizin 120 m², Lager 60 m², 1 Kommissionierautomat, Innenstadtlage, Zone 2",
             "",
             "Baustein                                   Versicherungssumme     Beitrag netto",
             "Inhalt inkl. Warenvorrat                      600.000 EUR          1.284,00 EUR",
             "Elektronik (Automat, Kassen, EDV)            250.000 EUR            890,00 EUR",
             "Betriebsunterbrechung 12 Monate             900.000 EUR            1.170,00 EUR",
             "Verderb Kühlware (Insuline, Impfstoffe)       25.000 EUR             inkl.",
             "BtM im Wertschutzschrank                      10.000 EUR             inkl.",
             "Apothekenhaftpflicht (5 Mio. EUR)                               1.046,00 EUR",
             "",
             "Summe netto 4.390,00 EUR zzgl. 19 % VersSt.",
             "Alle Angaben beispielhaft; kein Angebot im Sinne des VVG."]
    return mail("NORMAL", "de", "insurer-to-broker",
        "trap: model price offer for a fictitious model pharmacy (PDF) with cold goods and narcotics; no customer",
        when="2024-03-12 10:25",
        frm="Lea Hartung <lea.hartung@%s>" % AV,
        to="Ralf Sommerfeld <r.sommerfeld@medicus-finanz.example>",
        subject="Musterangebot Apotheke für Ihre Veranstaltung",
        body="""
Hallo Herr Sommerfeld,

für Ihren Vortrag bei der Apothekerkammer anbei ein Musterangebot für eine
typische Innenstadtapotheke. Sie dürfen es gern in Ihre Folien übernehmen,
bitte mit dem Hinweis „Beispielrechnung“.

Viele Grüße
Lea Hartung
""", atts=[pdf("Musterangebot_ApothekenSchutz_2024.pdf", lines, title="Musterangebot")])


def m140():
    return mail("CONFIDENTIAL", "de", "insurer-to-customer",
        "buyer dentist's new professional liability policy: birth date, licence date, scope, premium; no health data",
        when="2024-09-24 15:40",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Dr. Daniel Meißner <d.meissner@zahnarzt-meissner.example>",
        subject="Ihre Berufshaftpflicht ab 01.10.2024 – BH-7903 5561",
        body="""
Sehr geehrter Herr Dr. Meißner,

Ihre Berufshaftpflicht beginnt mit der Praxisübernahme am 01.10.2024.
Versicherungsschein und Bedingungen kommen per Post; die Eckdaten:

  Versicherungsnehmer:  Dr. med. dent. Daniel Meißner, geb. 19.08.1986
  Approbation:          12/2011, Zahnärztekammer Nordrhein
  Praxis:               Ringstraße 40, 41515 Grevenbroich (vormals
                        Praxis Dr. Kowalczyk)
  Tätigkeit:            allgemeine Zahnheilkunde, Implantologie,
                        Lachgassedierung
  Deckung:              5 Mio. EUR pauschal, Mietsachschäden 1 Mio. EUR
  Jahresbeitrag:        1.412,60 EUR inkl. VersSt

Die Praxisinhaltsversicherung PI-4128 0073 läuft ab 01.10. auf Sie weiter;
die Bank hat den Sicherungsschein erhalten.
""" + SIG_OBERDIECK)


def m141():
    return mail("NORMAL", "de", "internal",
        "trap: practice interruption claims 2024 by ICD chapter and specialty, cells below five merged; no person",
        when="2025-01-14 13:20",
        frm="Thomas Wendland <thomas.wendland@%s>" % AV,
        to="Sabine Kolbe <sabine.kolbe@%s>, Henrik Solberg <henrik.solberg@%s>" % (AV, AV),
        subject="Praxisausfall 2024 – Leistungsfälle nach Diagnosegruppen (für Rück und Produkt)",
        body="""
Hallo Sabine, hallo Henrik,

hier die Jahresauswertung Praxisausfall 2024 (abgeschlossene und laufende
Leistungsfälle, Stand 10.01.2025). Zellen unter 5 Fällen sind in
„übrige“ zusammengefasst.

ICD-Kapitel                          Fälle   Ø Leistungstage   Ø Leistung EUR
M Muskel-Skelett (v. a. Rücken, HWS)    38        46             21.300
S/T Verletzungen                        22        31             14.850
C/D Neubildungen                        14       168             62.400
F Psychische Erkrankungen               11        74             29.700
O Schwangerschaft (Beschäftigungsverbot) 9        61             33.100
übrige (H, I, G, U u. a.)               17        39             18.900
gesamt                                 111        57             26.800

Nach Fachrichtung: Zahnmedizin 41 %, Allgemeinmedizin 22 %, Therapie
(Physio/Ergo/Logo) 18 %, übrige Fachärzte 19 %.

Auffällig: Die Fälle mit psychischen Erkrankungen dauern im Schnitt fast
doppelt so lange wie 2023; die neue 6-Monats-Grenze der AVB PA 2025 wird
das etwas teurer machen. Henrik, für die Rück-Verhandlung bitte nur diese
aggregierte Tabelle verwenden.

Gruß
Thomas
""")


def m142():
    return mail("NORMAL", "en", "insurer-to-partner",
        "trap: group framework terms for a pharmacy cooperative (cold goods, BI, liability); no pharmacy or person named",
        when="2024-05-15 14:45",
        frm="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        to="Partnerships <partnerships@pharmacoop-europe.example>",
        subject="Framework agreement for member pharmacies in Germany – term sheet v2",
        body="""
Dear Ms Vermeulen,

following our call, here is the revised term sheet for the framework
agreement for your German member pharmacies:

1. Eligibility: member pharmacies with a valid membership number; the
   insurance contract is concluded individually with each pharmacy owner.
2. Discount: 10 % on ApothekenSchutz (contents, electronics, BI) and
   7.5 % on pharmacy liability.
3. Cold goods: limit raised to EUR 30,000 for members using a monitored
   fridge (your cooperative's logger system qualifies).
4. Narcotics: covered only in a certified safe (EN 1143-1, grade I).
5. Claims service: dedicated hotline; claims are handled by our Cologne
   team.
6. Data: we will not share any data about individual members or claims
   with the cooperative; you receive an annual report with the number of
   policies and aggregated loss ratio only.

We would be happy to sign in June.

Kind regards,
Mehmet Aydın
Underwriting Medical Professions, Aurelia Versicherung AG
""")


def m143():
    return mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
        "loss run for a named GP's practice policies (claims, dates, amounts) to his broker; no patient or health data",
        when="2024-10-09 11:30",
        frm="Katrin Oberdieck <katrin.oberdieck@%s>" % AV,
        to="Tom Whitfield <tom.whitfield@harbourlane-brokers.example>",
        cc="Mehmet Aydın <mehmet.aydin@%s>" % AV,
        subject="Schadenverlauf / loss run Dr. Karim – PI-6012 4471",
        body="""
Hi Tom,

wie gewünscht der Schadenverlauf bei uns für Dr. Yusuf Karim, Praxis
Krefelder Straße 112, Neuss – the loss run for his contents policy with us:

Datum       Schaden-Nr.       Art                       Zahlung EUR
03.02.2021  S-21-0203-017     Leitungswasser Keller        2.140,00
19.07.2022  S-22-0719-266     Einbruch (Rezeptdrucker)       890,00
11.12.2023  S-23-1211-530     Überspannung Spirometer      1.480,00
                                                 total     4.510,00

No open claims. Together with the electronics losses at Nordstern you
mentioned, that's six claims in five years – Mehmet will decide whether we
can quote electronics without a higher excess.

Viele Grüße / best
Katrin
""")


def m144():
    staff = """Personal-Nr;Name;Vorname;geb.;Funktion;Eintritt MVZ;Wochenstunden;Brutto mtl.;Bemerkung
7101;Lenz;Sabrina;12.05.1983;MFA;01.07.2025;38,5;3.120;
7102;Okafor;Grace;03.09.1995;MFA;01.07.2025;30;2.560;
7103;Hoffmann;Birgit;27.01.1968;MFA/Praxismanagerin;01.07.2025;38,5;3.640;schwerbehindert GdB 50 (Zusatzurlaub 5 Tage)
7104;Vogelsang;Annette;14.03.1959;Fachärztin Allgemeinmedizin (angestellt);01.07.2025;20;6.400;bis 30.06.2026
"""
    return mail("STRICTLY_CONFIDENTIAL", "de", "company",
        "MVZ HR's list of staff taken over from a sold practice for group accident cover: birth dates, salaries, a severe-disability degree; CSV only",
        when="2025-01-22 10:05",
        frm="Sabine Kolbe <sabine.kolbe@%s>" % AV,
        to="Gruppenversicherung <gruppenvertraege@%s>" % AV,
        subject="WG: Nachmeldung Gruppenunfall GU-4402 7710 – Übernahme Praxis Vogelsang",
        body="""
Liebe Kollegen,

bitte die vier Personen zum 01.07.2025 in den Gruppenunfallvertrag des MVZ
einschließen (Liste im Anhang, so wie von der Personalabteilung des MVZ
geschickt). Die Bemerkungsspalte bitte nicht in den Bestand übernehmen.

Danke
Sabine Kolbe

> Von: Personalabteilung MVZ Rheinblick
> Betreff: Nachmeldung Gruppenunfall
> Anbei die Mitarbeitenden aus der Praxis Dr. Vogelsang, die wir zum
> 01.07. übernehmen. Beste Grüße, Personalabteilung
""", atts=[csv_att("Nachmeldung_GU_Praxis_Vogelsang.csv", staff, "windows-1252")])


def m145():
    return mail("NORMAL", "de", "insurer-to-customer",
        "trap: mass notice that the insurer's own bank account changes (company IBAN), no customer data",
        when="2024-10-01 06:00",
        frm="Aurelia Versicherung AG <kundenservice@%s>" % AV,
        to="Undisclosed recipients:;",
        subject="Wichtig: Neue Bankverbindung der Aurelia Versicherung AG ab 01.11.2024",
        body="""
Sehr geehrte Kundin, sehr geehrter Kunde,

zum 01.11.2024 ändert sich unsere Bankverbindung für Überweisungen:

  Aurelia Versicherung AG
  IBAN: DE06 7202 0224 9441 6812 69
  BIC:  AURVDEXXMUS

Wenn Sie uns Ihre Beiträge per Lastschrift zahlen, müssen Sie nichts tun.
Daueraufträge auf unser bisheriges Konto leiten wir bis 30.04.2025
automatisch weiter; bitte stellen Sie sie trotzdem rechtzeitig um.

Achtung: Wir teilen Ihnen eine Änderung unserer Bankverbindung nie nur per
E-Mail mit. Sie finden die neue Bankverbindung auch in Ihrem
Kundenportal und auf jeder Beitragsrechnung. Wenn Sie eine E-Mail mit einer
anderen Bankverbindung in unserem Namen erhalten, rufen Sie uns bitte an:
0221 5503-2000.

Mit freundlichen Grüßen
Ihre Aurelia Versicherung AG
""")


def m146():
    return mail("CONFIDENTIAL", "en", "insurer-to-customer",
        "new partner's own professional liability policy: name, start date, premium, partnership; no health data",
        when="2024-12-20 10:10",
        frm="Fiona McAllister <fiona.mcallister@%s>" % AV,
        to="Dr Amira Haddad <a.haddad@grant-familypractice.example>",
        subject="Your professional liability policy BH-8120 4406 from 1 January 2025",
        body="""
Dear Dr Haddad,

your own professional liability policy is ready:

  Policy no.      BH-8120 4406
  Policyholder    Dr Amira Haddad, Grant & Haddad Hausarztpraxis (GbR),
                  Kaiserswerther Straße 201, 40474 Düsseldorf
  Start           1 January 2025
  Limit           EUR 5m combined single limit, 3x per year
  Annual premium  EUR 2,146.80 incl. insurance tax, direct debit from the
                  GbR account

The GbR's own liability cover and the endorsement to the practice policy
follow next week. The German policy documents come by post.

Wishing you a good start as a partner!
""" + SIG_MCALLISTER)


def m147():
    return mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
        "large-loss notification to the reinsurer: birth injury of a named child (brachial plexus palsy), mother's gestational diabetes, reserve",
        when="2024-12-12 09:45",
        frm="Henrik Solberg <henrik.solberg@%s>" % AV,
        to="Claire Whitmore <c.whitmore@nordmark-re.example>",
        subject="Large loss notification – MedMal QS – our ref. H-24-0471",
        body="""
Claire,

under clause 9 of the MedMal quota share we notify the following potential
large loss. Full file available via the reinsurance portal.

Insured:        freelance midwife (home births until 2022), policy
                BH-5402 1180, wording 2021
Claimants:      parents of Mats Ostendorf, born 11 April 2021 (home birth)
Allegation:     failure to recognise macrosomia (4,630 g) and the
                mother's gestational diabetes, which would have required
                a hospital birth; mismanagement of shoulder dystocia
Injury:         permanent upper brachial plexus palsy (Erb's palsy) of the
                right arm; two nerve surgeries so far, ongoing physio- and
                occupational therapy
Reserve:        EUR 650,000 (initial; includes future care and loss of
                earnings capacity, subject to the medical expert's report)
Status:         claim letter received 4 December; documentation requested
                from the insured; no litigation yet

We will update you after the expert's report, expected Q2 2025.

Best regards,
Henrik Solberg
Group Reinsurance, Aurelia Versicherung AG
""")


def m148():
    return mail("NORMAL", "de", "internal",
        "trap: hotline checklist for first contact with a doctor reporting a patient complaint; generic, no person",
        when="2024-08-26 08:45",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Schadenhotline Team <schadenhotline@%s>" % AV,
        subject="Checkliste Erstkontakt Arzthaftung – gültig ab 01.09.",
        body="""
Liebe Kolleginnen und Kollegen der Hotline,

ab 01.09. nutzt ihr bitte die folgende Checkliste, wenn eine Ärztin, ein
Zahnarzt, eine Therapeutin oder eine Apotheke einen Patientenvorwurf meldet:

1. Vertragsnummer und Name der/des Versicherten aufnehmen – NICHT den Namen
   der Patientin/des Patienten, keine Diagnosen ins Freitextfeld.
2. Fragen: Gibt es schon eine schriftliche Forderung? Von wem (Patient,
   Anwalt, Krankenkasse, Schlichtungsstelle)? Gibt es eine Frist?
3. Hinweise geben:
   - keine Anerkenntnisse oder Zahlungszusagen gegenüber dem Patienten,
   - Behandlungsdokumentation sichern, nichts nachträglich ändern,
   - Unterlagen nur über das SecureMail-Portal schicken.
4. Vorgang als „HW-Erstmeldung“ anlegen; die Fachabteilung meldet sich
   innerhalb von zwei Werktagen.
5. Bei Presseanfragen oder Todesfällen: sofort an mich oder meine
   Vertretung durchstellen.

Danke euch!
Felicitas Brandhorst
""")


def m149():
    return mail("NORMAL", "en", "insurer-to-supplier",
        "trap: invoice query to a dental equipment service company (company bank details, claim reference only)",
        when="2024-04-04 13:30",
        frm="Accounts Payable Aurelia <rechnungseingang@%s>" % AV,
        to="Billing DentalTec Service <billing@dentaltec-service.example>",
        subject="Your invoice RE-24-00871 – missing claim reference",
        body="""
Dear Sir or Madam,

we received your invoice RE-24-00871 dated 28 March 2024 for the repair of
a dental treatment unit (EUR 3,412.80 incl. VAT), to be paid by us under a
claim.

We cannot process it yet because the claim number is missing. Please send a
corrected invoice quoting our claim reference (format S-24-xxxx-xxx) – your
customer, the practice, can give it to you. Please do not attach service
reports containing patient information; we only need the technician's
report on the cause of the damage.

Your bank details on file: DentalTec Service GmbH,
IBAN DE71 2788 3760 3264 6487 60. If they have changed, please confirm
in writing, signed by the managing director.

Kind regards,
Accounts Payable
Aurelia Versicherung AG
""")


def m150():
    return mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
        "settlement with the patient of a dentist: permanent nerve injury, neuropathic pain medication, sick leave, amounts",
        when="2024-11-29 15:10",
        frm="Dr. Felicitas Brandhorst <felicitas.brandhorst@%s>" % AV,
        to="Dr. Kerem Yıldız <k.yildiz@zahnaerzte-venloer.example>",
        subject="H-24-0102 Rossmann – Vergleich",
        body="""
Sehr geehrter Herr Dr. Yıldız,

der Vorgang Rossmann ist abgeschlossen. Der Gutachter der Zahnärztekammer
hat festgestellt, dass vor der Entfernung von Zahn 38 wegen der engen
Lagebeziehung zum Mandibularkanal eine DVT-Aufnahme angezeigt gewesen wäre
und die Aufklärung über das Risiko einer dauerhaften Nervschädigung nicht
dokumentiert ist.

Frau Rossmann leidet weiterhin unter einer Hypästhesie der linken
Unterlippe und neuropathischen Schmerzen (Pregabalin, inzwischen
150 mg/Tag); nach sieben Monaten Arbeitsunfähigkeit arbeitet sie seit
Oktober wieder in Teilzeit. Eine Besserung ist nach dem Gutachten nicht
mehr zu erwarten.

Wir haben uns mit der Kanzlei Dr. Weidemann & Partner auf eine
Abfindung von 22.500 EUR (Schmerzensgeld und Verdienstausfall) zuzüglich
Anwaltskosten geeinigt. Damit sind alle Ansprüche erledigt.

Als Konsequenz empfehlen wir Ihnen, bei Weisheitszahnentfernungen mit
enger Lagebeziehung künftig standardmäßig ein DVT anzufertigen – das Gerät
haben Sie ja in der Praxis.
""" + SIG_BRANDHORST)


if __name__ == "__main__":
    main()
