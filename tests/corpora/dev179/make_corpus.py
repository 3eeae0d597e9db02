#!/usr/bin/env python3
"""Independent labelled mail corpus dev179 (prefix d179-) for Siegel, issue 14.

Invented insurer: Rabenfels Versicherungsgruppe, Kassel (rabenfels-versicherung.example).
Standard library only, deterministic.

    python3 make_corpus.py           # writes mails/d179-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp folder, compares bytes, parses
"""

import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import shutil
import sys
import tempfile
import zipfile
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

POLICY = email.policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d179-"
DOM = "rabenfels-versicherung.example"

# ---------------------------------------------------------------------------
# helpers: IBAN, dates, addresses
# ---------------------------------------------------------------------------


def iban(country, bban):
    """Build an IBAN with valid ISO 7064 mod-97 check digits."""
    digits = ""
    for ch in bban + country + "00":
        digits += str(int(ch, 36))
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (country, check, bban)


def grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    digits = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(digits) % 97 == 1


def mkdate(month, day, hh, mm):
    # CET / CEST switch on 29 March and 25 October 2026
    summer = (3, 29) <= (month, day) < (10, 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    dt = datetime.datetime(2026, month, day, hh, mm, 0, tzinfo=tz)
    return email.utils.format_datetime(dt)


def addr(name, mail):
    return email.utils.formataddr((name, mail))


def st(local):
    return local + "@" + DOM


# ---------------------------------------------------------------------------
# attachment builders (all pure standard library, fixed timestamps)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def build_zip(members, time=ZIP_TIME, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=time)
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


def docx(paragraphs, table=None, author="Rabenfels Versicherungsgruppe"):
    """paragraphs: list of str (a str starting with '# ' becomes bold);
    table: optional list of rows placed after the paragraphs."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % xesc(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p))
    if table:
        rows = []
        for row in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                            % xesc(str(c)) for c in row)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblBorders>'
                    '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                    '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                    '</w:tblBorders></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
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
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % xesc(author))
    return build_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r + 1)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r + 1, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
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
    return build_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                      ("xl/worksheets/sheet1.xml", ws)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return build_zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                      ("content.xml", content)], stored_first="mimetype")


def odt(paragraphs):
    inner = "".join("<text:p>%s</text:p>" % xesc(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % inner)


def ods(rows, sheet="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s">'
                             '<text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                             '</table:table-cell>' % xesc(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    inner = ('<office:spreadsheet><table:table table:name="%s">%s</table:table>'
             '</office:spreadsheet>' % (xesc(sheet), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", inner)


def _pdfesc(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="Dokument"):
    """Minimal PDF 1.4 with a Helvetica text layer; 56 lines per page."""
    pages = [lines[i:i + 56] for i in range(0, max(len(lines), 1), 56)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    first_page = 4
    kids = []
    for i, pl in enumerate(pages):
        pid = first_page + 2 * i
        cid = pid + 1
        kids.append(pid)
        stream = b"BT /F1 10 Tf 14 TL 56 790 Td\n"
        for j, ln in enumerate(pl):
            if ln.startswith("# "):
                stream += b"/F2 12 Tf (" + _pdfesc(ln[2:]) + b") Tj T* /F1 10 Tf\n"
            else:
                stream += b"(" + _pdfesc(ln) + b") Tj T*\n"
        stream += b"ET"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                     % (first_page + 2 * n_pages, cid))
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    bold_id = first_page + 2 * n_pages
    info_id = bold_id + 1
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % n_pages)
    objs[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[bold_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[info_id] = (b"<< /Title (" + _pdfesc(title) + b") /Producer (Rabenfels DocGen 4.2) "
                     b"/CreationDate (D:20260102080000+01'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, info_id, xref))
    return out


def ics(uid, start, end, summary, location, description, organizer, attendees=(), tz="Europe/Berlin"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rabenfels//Kalender 3.1//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20260102T080000Z",
             "DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end),
             "SUMMARY:%s" % summary, "LOCATION:%s" % location,
             "DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"),
             "ORGANIZER:mailto:%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:  # fold at 73 octets-ish (characters are fine here)
        while len(ln) > 73:
            out.append(ln[:73])
            ln = " " + ln[73:]
        out.append(ln)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def csvdata(rows, delimiter=";", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
}


def att(filename, data, mtype=None):
    """Attachment spec. mtype like 'application/octet-stream' overrides the guess."""
    if mtype is None:
        mtype = "/".join(MIME[filename.rsplit(".", 1)[1].lower()])
    return ("file", filename, data, mtype)


def fwd(msg, filename=None):
    return ("msg", filename, msg, None)


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

BOUNDARY_N = [0]


def _boundary(tag):
    BOUNDARY_N[0] += 1
    h = hashlib.sha1(("%s-%d" % (tag, BOUNDARY_N[0])).encode()).hexdigest()[:24]
    return "----=_Part_%s" % h


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = MIMEPart(policy=POLICY)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def file_part(filename, data, mtype):
    maintype, subtype = mtype.split("/", 1)
    p = MIMEPart(policy=POLICY)
    if maintype == "text":
        # keep attached text files byte-exact: base64
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
    else:
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=filename)
    return p


def msg_part(inner, filename=None):
    p = MIMEPart(policy=POLICY)
    p.set_content(inner, disposition="attachment" if filename else "inline", filename=filename)
    return p


def build(tag, frm, to, subject, date, body=None, html=None, cc=None, attachments=(),
          charset="utf-8", cte="quoted-printable", html_cte="quoted-printable",
          msgid=None, in_reply_to=None, headers=(), flowed=False, top=True):
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    m["Subject"] = subject
    m["Date"] = mkdate(*date)
    m["Message-ID"] = msgid or "<%s.%s@mail.%s>" % (
        tag, hashlib.sha1(("%s%s" % (tag, subject)).encode()).hexdigest()[:12], DOM)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"

    if body is not None and html is not None:
        alt = MIMEPart(policy=POLICY) if attachments else m
        alt["Content-Type"] = 'multipart/alternative; boundary="%s"' % _boundary(tag + "alt")
        alt.attach(text_part(body, "plain", charset, cte, flowed))
        alt.attach(text_part(html, "html", charset, html_cte))
        main = alt
    elif not attachments:
        if html is not None:
            m.set_content(html, subtype="html", charset=charset, cte=html_cte)
        else:
            m.set_content(body or "", subtype="plain", charset=charset, cte=cte)
            if flowed:
                m.set_param("format", "flowed")
        return m
    elif html is not None:
        main = text_part(html, "html", charset, html_cte)
    else:
        main = text_part(body or "", "plain", charset, cte, flowed)

    if not attachments:
        return m

    m["Content-Type"] = 'multipart/mixed; boundary="%s"' % _boundary(tag + "mix")
    m.attach(main)
    for a in attachments:
        if a[0] == "file":
            _, fn, data, mtype = a
            m.attach(file_part(fn, data, mtype))
        else:
            _, fn, inner, _ = a
            m.attach(msg_part(inner, fn))
    return m


def to_bytes(m):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY, mangle_from_=False).flatten(m)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# the invented world: staff signatures
# ---------------------------------------------------------------------------

FOOT_DE = """--
Rabenfels Versicherungsgruppe · Wilhelmshöher Allee 301 · 34131 Kassel
Rabenfels Lebensversicherung AG · Rabenfels Krankenversicherung AG · Rabenfels Allgemeine Versicherung AG
Sitz Kassel · Amtsgericht Kassel HRB 7719 / HRB 7720 / HRB 7731
Vorstand: Dr. Marlene Osterhagen (Vors.), Jens-Peter Wolke, Sibylle Trautmann
Aufsichtsratsvorsitzender: Prof. Dr. Erwin Haarmann"""

FOOT_EN = """--
Rabenfels Versicherungsgruppe, Wilhelmshoeher Allee 301, 34131 Kassel, Germany
Rabenfels Lebensversicherung AG / Rabenfels Krankenversicherung AG / Rabenfels Allgemeine Versicherung AG
Registered office Kassel, Local Court Kassel HRB 7719 / 7720 / 7731
Management Board: Dr. Marlene Osterhagen (Chair), Jens-Peter Wolke, Sibylle Trautmann"""

STAFF = {
    # key: (display name, local part, German signature block, English signature block)
    "waldhauser": ("Dr. Corinna Waldhauser", "corinna.waldhauser",
                   "Dr. Corinna Waldhauser\nLeiterin Risikoprüfung Leben/BU\nTel. +49 561 7093-4410",
                   "Dr Corinna Waldhauser\nHead of Life & Disability Underwriting\nPhone +49 561 7093-4410"),
    "krampe": ("Tobias Krampe", "tobias.krampe",
               "Tobias Krampe\nRisikoprüfung Berufsunfähigkeit\nTel. 0561 7093-4423 | Fax 0561 7093-4499",
               "Tobias Krampe\nDisability Underwriting\nPhone +49 561 7093-4423"),
    "demirtas": ("Ayşe Demirtaş", "ayse.demirtas",
                 "Ayşe Demirtaş\nRisikoprüferin Leben\nRabenfels Lebensversicherung AG\nTel. 0561 7093-4431",
                 "Ayşe Demirtaş\nLife Underwriter\nRabenfels Lebensversicherung AG\nPhone +49 561 7093-4431"),
    "hollstein": ("Dr. med. Friedemann Hollstein", "friedemann.hollstein",
                  "Dr. med. F. Hollstein\nGesellschaftsarzt / Beratender Arzt Leben\nDurchwahl -4400",
                  "Dr. med. F. Hollstein\nCompany Medical Adviser (Life)\nExt. -4400"),
    "reid": ("Dr Alastair Reid", "alastair.reid",
             "Alastair\n\nDr Alastair Reid MRCP\nGroup Chief Medical Officer",
             "Alastair\n\nDr Alastair Reid MRCP\nGroup Chief Medical Officer\nRabenfels Versicherungsgruppe, Kassel"),
    "vossberg": ("Henrik Vossberg", "henrik.vossberg",
                 "Henrik Vossberg\nRückversicherungsmanagement Leben\nTel. +49 561 7093-4460",
                 "Henrik Vossberg\nLife Reinsurance Management\nPhone +49 561 7093-4460 | Mobile +49 171 5530 218"),
    "raman": ("Priya Raman", "priya.raman",
              "Priya Raman\nInternational Underwriting\nTel. +49 561 7093-4470",
              "Priya Raman\nInternational Underwriting & Expat Desk\nRabenfels Versicherungsgruppe\nT +49 561 7093-4470"),
    "jost": ("Mareike Jost", "mareike.jost",
             "Mareike Jost\nLeistungsabteilung Krankenversicherung\nTel. 0561 7093-3120",
             "Mareike Jost\nHealth Claims\nPhone +49 561 7093-3120"),
    "adler": ("Konstantin Adler", "konstantin.adler",
              "Konstantin Adler\nLeistungsprüfung Berufsunfähigkeit\nTel. 0561 7093-4480",
              "Konstantin Adler\nDisability Claims\nPhone +49 561 7093-4480"),
    "ebersbach": ("Jannik Ebersbach", "jannik.ebersbach",
                  "Jannik Ebersbach\nKfz-Schaden\nTel. 0561 7093-2210",
                  "Jannik Ebersbach\nMotor Claims\nPhone +49 561 7093-2210"),
    "rosenbaum": ("Helga Rosenbaum", "helga.rosenbaum",
                  "Helga Rosenbaum\nSachschaden Privatkunden\nTel. 0561 7093-2250",
                  "Helga Rosenbaum\nProperty Claims\nPhone +49 561 7093-2250"),
    "oberlaender": ("Sabine Oberländer", "sabine.oberlaender",
                    "Sabine Oberländer\nHaftpflicht-Schaden\nTel. 0561 7093-2270",
                    "Sabine Oberländer\nLiability Claims\nPhone +49 561 7093-2270"),
    "wohlleben": ("Karsten Wohlleben", "karsten.wohlleben",
                  "Karsten Wohlleben\nRabenfels Rechtsschutz – Leistungsservice\nTel. 0561 7093-2290",
                  "Karsten Wohlleben\nLegal Expenses Claims\nPhone +49 561 7093-2290"),
    "kaya": ("Emre Kaya", "emre.kaya",
             "Emre Kaya\nReiseversicherung & Assistance\nTel. 0561 7093-2330",
             "Emre Kaya\nTravel Insurance & Assistance\nPhone +49 561 7093-2330 (24h assistance: +49 561 7093-9111)"),
    "sandmann": ("Philipp Sandmann", "philipp.sandmann",
                 "Philipp Sandmann\nMaklerbetreuung Nordhessen/Thüringen\nTel. 0561 7093-1510 | Mobil 0160 9172 4403",
                 "Philipp Sandmann\nBroker Relations\nPhone +49 561 7093-1510"),
    "fuchsberger": ("Lea Fuchsberger", "lea.fuchsberger",
                    "Lea Fuchsberger\nRabenfels Vertriebsakademie\nTel. 0561 7093-1540",
                    "Lea Fuchsberger\nRabenfels Sales Academy\nPhone +49 561 7093-1540"),
    "petersen": ("Ole Petersen", "ole.petersen",
                 "Ole Petersen\nIT-Service Desk\nDurchwahl -1800",
                 "Ole Petersen\nIT Service Desk\nExt. -1800"),
    "kiesewetter": ("Dr. Bernhard Kiesewetter", "datenschutz",
                    "Dr. Bernhard Kiesewetter\nDatenschutzbeauftragter der Rabenfels Versicherungsgruppe\nTel. 0561 7093-1010",
                    "Dr Bernhard Kiesewetter\nData Protection Officer, Rabenfels Versicherungsgruppe\nPhone +49 561 7093-1010"),
    "holtkamp": ("Svenja Holtkamp", "svenja.holtkamp",
                 "Svenja Holtkamp\nUnternehmenskommunikation\nTel. 0561 7093-1090",
                 "Svenja Holtkamp\nCorporate Communications\nPhone +49 561 7093-1090"),
    "brueckner": ("Nadine Brückner", "nadine.brueckner",
                  "Nadine Brückner\nLeben Bestand & Betriebliche Altersversorgung\nTel. 0561 7093-4520",
                  "Nadine Brückner\nLife Policy Administration & Pensions\nPhone +49 561 7093-4520"),
    "pfaff": ("Juliane Pfaff", "juliane.pfaff",
              "Juliane Pfaff\nPersonalabteilung\nTel. 0561 7093-1200",
              "Juliane Pfaff\nHuman Resources\nPhone +49 561 7093-1200"),
    "mohr": ("Rüdiger Mohr", "ruediger.mohr",
             "R. Mohr\nFacility Management\nTel. -1700 / Mobil 0171 8823 660",
             "Ruediger Mohr\nFacility Management"),
    "lichtenberg": ("Anja Lichtenberg", "anja.lichtenberg",
                    "Anja Lichtenberg\nZentraler Einkauf\nTel. 0561 7093-1720",
                    "Anja Lichtenberg\nProcurement\nPhone +49 561 7093-1720"),
    "tiedemann": ("Gregor Tiedemann", "gregor.tiedemann",
                  "Gregor Tiedemann\nAktuariat Leben\nTel. 0561 7093-4600",
                  "Gregor Tiedemann\nLife Actuarial\nPhone +49 561 7093-4600"),
    "rieck": ("Malte Rieck", "malte.rieck",
              "Malte Rieck\nKundenservice Sach/Kfz\nTel. 0561 7093-2000",
              "Malte Rieck\nCustomer Service Property & Motor\nPhone +49 561 7093-2000"),
    "klinkhammer": ("Beate Klinkhammer", "beate.klinkhammer",
                    "Beate Klinkhammer\nPflegeversicherung – Leistung\nTel. 0561 7093-3170",
                    "Beate Klinkhammer\nLong-term Care Claims"),
    "harms": ("Wiebke Harms", "wiebke.harms",
              "Wiebke Harms\nKrankenversicherung Vertrag & Beitrag\nTel. 0561 7093-3050",
              "Wiebke Harms\nHealth Policy Administration"),
    "odonoghue": ("Liam O'Donoghue", "liam.odonoghue",
                  "Liam O'Donoghue\nGewerbe-Underwriting\nTel. +49 561 7093-2500",
                  "Liam O'Donoghue\nCommercial Lines Underwriting\nRabenfels Allgemeine Versicherung AG\nT +49 561 7093-2500"),
    "grabowski": ("Hannes Grabowski", "hannes.grabowski",
                  "Hannes Grabowski\nUnfall-Leistung\nTel. 0561 7093-3300",
                  "Hannes Grabowski\nAccident Claims\nPhone +49 561 7093-3300"),
    "arslan": ("Elif Arslan", "elif.arslan",
               "Elif Arslan\nKundenservice\nTel. 0561 7093-2040",
               "Elif Arslan\nCustomer Service\nPhone +49 561 7093-2040"),
    "service": ("Rabenfels Kundenservice", "service",
                "Ihr Rabenfels Kundenservice\nTel. 0561 7093-0 (Mo–Fr 8–19 Uhr)",
                "Your Rabenfels customer service\nPhone +49 561 7093-0 (Mon–Fri 8 am–7 pm CET)"),
}


def F(key):
    """From/To address of a staff member."""
    n, loc = STAFF[key][0], STAFF[key][1]
    return addr(n, st(loc))


def sig(key, lang="de", foot=True):
    s = STAFF[key][2] if lang == "de" else STAFF[key][3]
    if foot:
        s += "\n\n" + (FOOT_DE if lang == "de" else FOOT_EN)
    return s


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def M(n, label, lang, kind, reason, **kw):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    MAILS.append((n, label, lang, kind, reason, kw))


# ===========================================================================
# MAILS
# ===========================================================================
# --- 0001 -------------------------------------------------------------------
M(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU application of Lukas Hentschel: follow-up on his health answers (back pain 2023, physiotherapy, MRI), spine questionnaire pre-filled with his name",
  frm=F("krampe"), to=addr("Lukas Hentschel", "lukas.hentschel@webpost.example"),
  subject="Ihr Antrag auf Berufsunfähigkeitsversicherung A-2026-0207713 – Rückfrage",
  date=(2, 9, 10, 14),
  body="""Sehr geehrter Herr Hentschel,

vielen Dank für Ihren Antrag auf eine selbstständige Berufsunfähigkeits-
versicherung (Tarif BU Aktiv, 1.500 EUR Monatsrente, Endalter 67), den uns
Ihr Vermittler Herr Brandt am 2. Februar übermittelt hat.

Bei Gesundheitsfrage 3b haben Sie angegeben, dass Sie im Herbst 2023 wegen
Rückenschmerzen im Lendenbereich bei Ihrem Hausarzt waren und danach acht
Termine Physiotherapie hatten. Damit wir das Risiko abschließend beurteilen
können, brauchen wir noch ein paar Einzelheiten:

  - Wurde damals eine Bildgebung gemacht (Röntgen, MRT)? Falls ja: mit
    welchem Ergebnis?
  - Bestehen heute noch Beschwerden oder nehmen Sie Schmerzmittel?
  - Waren Sie wegen des Rückens arbeitsunfähig, und wenn ja, wie lange?

Am einfachsten füllen Sie den beigefügten Zusatzfragebogen „Wirbelsäule"
aus und schicken ihn unterschrieben an uns zurück – gern als Scan über das
Kundenportal. Bitte schicken Sie Befunde nicht als normale E-Mail.

Wenn Sie lieber telefonieren möchten: Sie erreichen mich vormittags unter
der unten stehenden Nummer.

Mit freundlichen Grüßen

""" + sig("krampe"),
  attachments=[att("Zusatzfragebogen_Wirbelsaeule_A-2026-0207713.docx", docx([
      "# Rabenfels Lebensversicherung AG – Zusatzfragebogen Wirbelsäule",
      "Antragsnummer: A-2026-0207713",
      "Zu versichernde Person: Lukas Hentschel, geb. 14.06.1994",
      "1. Welche Beschwerden bestanden (Halswirbelsäule / Brustwirbelsäule / Lendenwirbelsäule)?",
      "Antwort: ______________________________________________",
      "2. Wann traten die Beschwerden erstmals und wann zuletzt auf?",
      "Antwort: ______________________________________________",
      "3. Wurde eine Bildgebung durchgeführt (Röntgen, CT, MRT)? Ergebnis?",
      "Antwort: ______________________________________________",
      "4. Welche Behandlungen erfolgten (Physiotherapie, Injektionen, Operation)?",
      "Antwort: ______________________________________________",
      "5. Zeiten der Arbeitsunfähigkeit in den letzten 5 Jahren wegen der Wirbelsäule:",
      "Antwort: ______________________________________________",
      "Name und Anschrift der behandelnden Ärzte:",
      "______________________________________________",
      "Ort, Datum, Unterschrift: ______________________",
  ]))])

# --- 0002 -------------------------------------------------------------------
M(2, "NORMAL", "de", "internal",
  "trap: generic BU underwriting guidelines 2026 (BMI bands, hypertension, hay fever, psychotherapy look-back) in a PDF; no person concerned",
  frm=F("waldhauser"), to=addr("Team Risikoprüfung Leben/BU", st("rp-leben")),
  cc=F("hollstein"),
  subject="Annahmerichtlinien BU 2026 – finale Fassung ab 1.3. gültig",
  date=(2, 11, 16, 42),
  body="""Liebes Team,

anbei die finale Fassung der Annahmerichtlinien BU, gültig für alle
Anträge mit Eingang ab 1. März 2026. Die Änderungen gegenüber 2025 in Kürze:

* BMI: Normalannahme jetzt bis 32 (bisher 30), Zuschläge erst ab 32,1.
* Heuschnupfen ohne Asthma: keine Rückfrage mehr, Normalannahme.
* Psychotherapie: Rückblick bleibt bei 5 Jahren, aber Paar- und
  Familienberatung ohne Diagnose gilt nicht mehr als Psychotherapie.
* Bluthochdruck: medikamentös gut eingestellt (max. 2 Wirkstoffe, Werte
  unter 140/90) -> Normalannahme bis 45 Jahre, danach +25 %.
* Neu: Long-Covid-Regel, siehe Anhang Abschnitt 7.

Die Richtlinie ersetzt die Version 2025-2. Bitte bis Ende Februar einmal
komplett lesen; am 24.2. besprechen wir offene Fragen im Teammeeting.
Friedemann hat die medizinischen Abschnitte gegengelesen – danke dafür!

Viele Grüße
Corinna

""" + sig("waldhauser", foot=False),
  attachments=[att("Annahmerichtlinien_BU_2026-1.pdf", pdf([
      "# Rabenfels Lebensversicherung AG - Annahmerichtlinien Berufsunfaehigkeit",
      "Version 2026-1, gueltig ab 01.03.2026, ersetzt Version 2025-2",
      "Nur fuer den internen Gebrauch der Risikopruefung",
      "",
      "# 1. Grundsaetze",
      "Die Risikopruefung beurteilt jeden Antrag nach den Angaben zu den Gesundheitsfragen,",
      "dem Beruf, den Hobbys und den finanziellen Verhaeltnissen. Rueckfragen nur, wenn die",
      "Angaben fuer eine Entscheidung nicht ausreichen.",
      "",
      "# 2. Koerpergewicht (BMI)",
      "BMI 18,0 bis 32,0: Normalannahme",
      "BMI 32,1 bis 35,0: Zuschlag 25 %",
      "BMI 35,1 bis 38,0: Zuschlag 50 %, ab Alter 50 aerztliches Zeugnis",
      "BMI ueber 38,0: Vorlage Gesellschaftsarzt",
      "",
      "# 3. Herz und Kreislauf",
      "Hypertonie, bis 2 Wirkstoffe, Werte unter 140/90: bis 45 Jahre normal, danach +25 %",
      "Hypertonie mit Endorganschaden: Ablehnung",
      "",
      "# 4. Allergien und Atemwege",
      "Heuschnupfen ohne Asthma: Normalannahme ohne Rueckfrage",
      "Asthma bronchiale, leicht, ohne Cortison-Dauertherapie: Zuschlag 0-25 %",
      "",
      "# 5. Psyche",
      "Psychotherapie innerhalb von 5 Jahren: Fragebogen Psyche, Vorlage ab 2 Episoden",
      "Paar- und Familienberatung ohne Diagnose: keine Psychotherapie im Sinne der Frage",
      "",
      "# 6. Bewegungsapparat",
      "Rueckenbeschwerden, einmalig, ausgeheilt, ohne Bandscheibenbefund: Normalannahme",
      "Bandscheibenvorfall operiert/nicht operiert: Ausschluss Wirbelsaeule oder Zuschlag",
      "",
      "# 7. Long Covid / Post-Covid",
      "Beschwerdefrei seit mehr als 12 Monaten: Normalannahme",
      "Beschwerden innerhalb der letzten 12 Monate: Zurueckstellung 6 Monate",
  ], title="Annahmerichtlinien BU 2026-1"))])

# --- 0003 -------------------------------------------------------------------
M(3, "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor: no-claims class transfer from father to daughter Carolin Wendt, plate, birth date, policy number; no health data",
  frm=F("rieck"), to=addr("Carolin Wendt", "c.wendt@mailbox.example"),
  subject="SF-Übertragung auf Ihren Kfz-Vertrag K-7 0329 114",
  date=(1, 13, 11, 5),
  body="""Guten Tag Frau Wendt,

Ihr Vater, Herr Gerhard Wendt, hat uns die unterschriebene Erklärung zur
Übertragung seines Schadenfreiheitsrabatts geschickt. Die Übertragung
haben wir jetzt für Ihren Vertrag eingetragen:

  Versicherungsnummer:   K-7 0329 114
  Fahrzeug:              VW Polo, amtl. Kennzeichen KS-CW 512
  Versicherungsnehmerin: Carolin Wendt, geb. 03.09.2001
  Übertragene SF-Klasse: SF 4 (Haftpflicht), SF 3 (Vollkasko)
  Gültig ab:             01.02.2026

Ihr neuer Beitrag beträgt ab Februar 41,27 EUR monatlich statt bisher
96,80 EUR. Der Nachtrag zum Versicherungsschein geht Ihnen in den nächsten
Tagen per Post zu.

Bitte beachten Sie: Ihr Vater kann die übertragene Schadenfreiheit nicht
mehr für einen eigenen Vertrag nutzen.

Freundliche Grüße
Malte Rieck

""" + sig("rieck"), cte="8bit")

# --- 0004 -------------------------------------------------------------------
M(4, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "facultative request to reinsurer: pseudonymised applicant (application number, male 47) with type 2 diabetes, HbA1c, metformin, BMI; medical summary PDF",
  frm=F("demirtas"), to=addr("Marcus Feld", "marcus.feld@brightwater-re.example"),
  cc=F("vossberg"),
  subject="Fac request – term life EUR 1.2m – A-2026-0318552 (T2DM)",
  date=(3, 4, 9, 31),
  body="""Dear Marcus,

please find attached a facultative request for a term life case that
exceeds our automatic binding limit.

Application: A-2026-0318552
Product: Risikoleben Premium, level term 20 years
Sum assured: EUR 1,200,000 (our retention EUR 300,000)
Life assured: male, 47, non-smoker, managing director of a logistics
firm, BMI 31.2

Medical: type 2 diabetes mellitus diagnosed 2019, on metformin
1,000 mg twice daily, no insulin. Last HbA1c 7.4 % (Jan 2026), eGFR 88,
urine albumin/creatinine ratio normal, no retinopathy per ophthalmology
report 11/2025. Blood pressure 134/86 on ramipril 5 mg.

Our own assessment would be +75 % EM; we would appreciate your view and,
if you agree, your quote for the excess of EUR 900,000. Full APS and lab
results are in the attached summary; the original reports can be
uploaded to your portal on request.

Many thanks and kind regards,
Ayşe

""" + sig("demirtas", "en"),
  attachments=[att("A-2026-0318552_medical_summary.pdf", pdf([
      "# Medical summary - facultative request",
      "Ceding company: Rabenfels Lebensversicherung AG, Kassel",
      "Application A-2026-0318552, life assured male, date of birth 1978 (age 47)",
      "Product: level term 20 years, sum assured EUR 1,200,000",
      "",
      "# Diagnoses",
      "E11.9 Type 2 diabetes mellitus without complications, diagnosed 04/2019",
      "I10 Essential hypertension, treated since 2021",
      "E66.0 Obesity class I (BMI 31.2)",
      "",
      "# Current medication",
      "Metformin 1000 mg 1-0-1",
      "Ramipril 5 mg 1-0-0",
      "",
      "# Laboratory (GP Dr. Seibold, Baunatal, 14.01.2026)",
      "HbA1c 7.4 %   fasting glucose 142 mg/dl   eGFR 88 ml/min",
      "Total cholesterol 212 mg/dl   HDL 44   LDL 138   Triglycerides 196",
      "Urine albumin/creatinine ratio 18 mg/g (normal)",
      "",
      "# Specialist reports",
      "Ophthalmology 11/2025: no diabetic retinopathy",
      "ECG 01/2026: sinus rhythm, no ischaemic changes",
      "",
      "Ceding company proposal: +75 % extra mortality, no exclusions",
  ], title="Fac request A-2026-0318552"))])

# --- 0005 -------------------------------------------------------------------
M(5, "NORMAL", "en", "newsletter",
  "trap: broker newsletter about a new term life tariff with simplified health questions and a model premium for a fictitious 30-year-old; no real person",
  frm=addr("Rabenfels Broker Briefing", st("broker-news")),
  to=addr("Rabenfels Broker Briefing", st("broker-news")),
  subject="Broker Briefing 03/2026: RisikoSchutz Plus – three health questions, that's it",
  date=(3, 2, 7, 0),
  headers=[("List-Unsubscribe", "<https://portal.rabenfels-versicherung.example/newsletter/abmelden>")],
  body="""RABENFELS BROKER BRIEFING – March 2026

1) RisikoSchutz Plus: term life with only three health questions
From 1 April your clients aged 18 to 35 can take out up to EUR 150,000
of term cover with just three health questions (hospital stays, ongoing
treatment, HIV test). No height/weight, no GP details.

Example (model client, 30, non-smoker, office job, EUR 200,000, 25 years):
EUR 7.90 per month.

2) Disability cover for trainees
Our webinar series "BU für Azubis" starts on 15 April. Sign up in the
broker portal under Academy > Webinars.

3) Portal maintenance
The broker portal will be unavailable on 21 March from 8 pm to midnight.

You are receiving this briefing as a registered broker of Rabenfels.
Unsubscribe: https://portal.rabenfels-versicherung.example/newsletter/abmelden
""",
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#23395d">Rabenfels Broker Briefing &ndash; March 2026</h2>
<h3>1) RisikoSchutz Plus: term life with only three health questions</h3>
<p>From 1 April your clients aged 18 to 35 can take out up to EUR 150,000 of term cover
with just three health questions (hospital stays, ongoing treatment, HIV test).
No height/weight, no GP details.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Model client</th><th>Sum assured</th><th>Term</th><th>Monthly premium</th></tr>
<tr><td>30, non-smoker, office job</td><td>EUR 200,000</td><td>25 years</td><td>EUR 7.90</td></tr>
<tr><td>30, smoker, office job</td><td>EUR 200,000</td><td>25 years</td><td>EUR 16.40</td></tr>
<tr><td>35, non-smoker, electrician</td><td>EUR 150,000</td><td>20 years</td><td>EUR 8.75</td></tr>
</table>
<h3>2) Disability cover for trainees</h3>
<p>Our webinar series <b>&quot;BU f&uuml;r Azubis&quot;</b> starts on 15 April.
Sign up in the broker portal under Academy &gt; Webinars.</p>
<h3>3) Portal maintenance</h3>
<p>The broker portal will be unavailable on 21 March from 8 pm to midnight.</p>
<p style="font-size:11px;color:#777">You are receiving this briefing as a registered broker of Rabenfels.
<a href="https://portal.rabenfels-versicherung.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>
""")
# --- 0006 -------------------------------------------------------------------
M(6, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "query to GP about BU applicant Jana Kowalczyk (name, birth date): recurrent depression F33.1, sertraline, sick leave; report requested under GOÄ",
  frm=F("krampe"), to=addr("Praxis Dr. med. Irmgard Seibold", "praxis@praxis-seibold.example"),
  subject="Ärztliche Anfrage – Ihre Patientin Jana Kowalczyk, geb. 22.11.1989",
  date=(2, 17, 8, 50),
  body="""Sehr geehrte Frau Dr. Seibold,

Ihre Patientin, Frau Jana Kowalczyk, geb. 22.11.1989, wohnhaft
Friedenstraße 12, 34225 Baunatal, hat bei uns eine Berufsunfähigkeits-
versicherung beantragt und Sie als behandelnde Hausärztin benannt. Eine
von ihr unterschriebene Schweigepflichtentbindung für diese Anfrage liegt
uns vor; eine Kopie senden wir Ihnen gern per Post oder Fax.

Frau Kowalczyk hat angegeben, 2022 und erneut 2024 wegen depressiver
Episoden bei Ihnen in Behandlung gewesen zu sein (ICD F33.1) und bis
Sommer 2025 Sertralin 50 mg eingenommen zu haben. Für unsere Entscheidung
bitten wir Sie um einen kurzen Befundbericht zu folgenden Punkten:

1. Diagnosen und Zeitraum der Behandlung
2. Dauer der Arbeitsunfähigkeitszeiten (ca.)
3. Medikation und Datum des Absetzens
4. Erfolgte eine fachärztliche oder psychotherapeutische Mitbehandlung?
5. Ist die Patientin heute beschwerdefrei?

Für den Bericht vergüten wir Ihnen 40,22 EUR (GOÄ Nr. 75, 2,3-fach) zzgl.
Porto. Bitte senden Sie den Bericht per Post oder Fax (0561 7093-4499)
an mich, nicht per unverschlüsselter E-Mail.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen kollegialen Grüßen

""" + sig("krampe"))

# --- 0007 -------------------------------------------------------------------
_iban7 = iban("DE", "50010517" + "5526083114")
M(7, "CONFIDENTIAL", "en", "insurer-to-customer",
  "travel baggage claim of Daniel Okafor: claim number, flight, payout amount and his IBAN; no health content",
  frm=F("kaya"), to=addr("Daniel Okafor", "d.okafor@freenet-mail.example"),
  subject="Your baggage claim RS-26-00412 – settlement",
  date=(1, 22, 15, 3),
  body="""Dear Mr Okafor,

thank you for sending the airline's Property Irregularity Report and the
receipts for the replacement clothing. We have now assessed your claim
under travel policy RV 2205 8817 (annual travel insurance, baggage section).

Flight:           TP 573 Frankfurt - Lisbon, 27 December 2025
Bag delayed:      4 days, finally returned damaged (zip torn)
Replacement items EUR 412.60 (receipts)
Repair of suitcase EUR 85.00
Less airline compensation already paid: EUR 120.00
Amount payable:   EUR 377.60

We will transfer the amount within three working days to the account you
gave us:

  Account holder: Daniel Okafor
  IBAN: %s

If anything is wrong with these details, please let me know before Friday.

Kind regards
Emre Kaya

""" % grouped(_iban7) + sig("kaya", "en"))

# --- 0008 -------------------------------------------------------------------
M(8, "NORMAL", "de", "internal",
  "trap: IT ticket about the underwriting tool failing to upload large 'Arztberichte'; no patient or applicant named",
  frm=F("petersen"), to=F("krampe"), cc=addr("IT-Service Desk", st("it-service")),
  subject="[INC-2026-04471] RiskPilot: Upload Arztberichte > 20 MB bricht ab – gelöst",
  date=(2, 19, 13, 37),
  body="""Hallo Herr Krampe,

Ihr Ticket INC-2026-04471 ist gelöst:

Problem:  Beim Hochladen von gescannten Arztberichten in RiskPilot brach
          der Upload bei Dateien über 20 MB mit "HTTP 413" ab.
Ursache:  Das Upload-Limit am Reverse Proxy stand noch auf 20 MB; die
          neuen Mehrseiten-Scans aus der Poststelle sind größer.
Lösung:   Limit auf 60 MB erhöht (Change CHG-2026-0219), Dienst neu
          gestartet um 13:05 Uhr.

Bitte testen Sie einmal mit dem Vorgang, bei dem es heute morgen nicht
ging, und geben Sie kurz Bescheid. Ohne Rückmeldung schließt sich das
Ticket automatisch nach 5 Arbeitstagen.

Tipp: Scans mit 200 dpi statt 600 dpi sind für die Lesbarkeit völlig
ausreichend und laden deutlich schneller.

Gruß
Ole Petersen
IT-Service Desk, Durchwahl -1800
""")

# --- 0009 -------------------------------------------------------------------
M(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "underwriting decision for broker's client Sebastian Maurer: BU accepted with exclusion for left knee after cruciate ligament rupture and surgery",
  frm=F("krampe"), to=addr("Stefan Kühnel", "s.kuehnel@maklerkontor-hessen.example"),
  subject="Votum BU-Antrag A-2026-0230418 Maurer, Sebastian – Annahme mit Ausschluss",
  date=(2, 24, 14, 20),
  body="""Hallo Herr Kühnel,

wie heute früh telefonisch besprochen, hier unser Votum zum BU-Antrag
Ihres Kunden Herrn Sebastian Maurer (Antrag A-2026-0230418, Tarif BU Aktiv,
2.000 EUR Rente, Beruf Elektroniker für Betriebstechnik):

Annahme zu normalem Beitrag mit folgender Leistungsausschlussklausel:

  "Berufsunfähigkeit, die ganz oder teilweise verursacht ist durch
  Erkrankungen oder Verletzungen des linken Kniegelenks einschließlich
  deren Folgen, ist vom Versicherungsschutz ausgeschlossen."

Hintergrund: vorderer Kreuzbandriss links 2021 mit Kreuzbandplastik,
danach Meniskusteilresektion 2023; laut Bericht des Orthopäden
(Dr. Löhr, 11/2025) beginnende Knorpelschäden (Arthrose Grad II). Bei
einem Beruf mit überwiegend stehender Tätigkeit und Arbeit auf Leitern
können wir das Knie leider nicht mitversichern.

Die Klausel prüfen wir auf Antrag nach drei Jahren erneut, wenn bis dahin
keine weitere Behandlung am Knie stattgefunden hat. Der Versicherungs-
schein geht nach Ihrer Bestätigung raus – bitte lassen Sie Herrn Maurer
die Klausel gegenzeichnen (Formular im Maklerportal).

Viele Grüße
""" + sig("krampe"))

# --- 0010 -------------------------------------------------------------------
M(10, "NORMAL", "en", "insurer-to-partner",
  "trap: reinsurance treaty renewal terms (quota share, retention, binding limits, medical requirement grid); no person concerned",
  frm=F("vossberg"), to=addr("Claire Donnelly", "claire.donnelly@brightwater-re.example"),
  cc=[F("waldhauser"), F("tiedemann")],
  subject="Renewal 2026 – Life QS treaty no. BW-RAB-L-07 – our comments on the draft",
  date=(1, 8, 17, 12),
  body="""Dear Claire,

thank you for the draft slip for the renewal of our life and disability
quota share treaty (BW-RAB-L-07) as of 1 April 2026. We have gone through
it with underwriting and actuarial; our comments:

1. Quota share: 60 % of sums at risk on term life and 50 % on the
   disability annuity business, unchanged. Agreed.

2. Retention: you propose to raise our maximum retention per life from
   EUR 300,000 to EUR 400,000. We are fine with that for term life but
   would like to keep EUR 300,000 for disability (annual benefit basis
   EUR 24,000).

3. Automatic binding limit: EUR 2.5m per life (term), EUR 36,000 annual
   disability benefit. Agreed.

4. Jumbo limit: EUR 5m aggregate per life across all our policies. We
   would ask for a clarification that group life cover under the bAV
   schemes is not counted towards the jumbo limit.

5. Medical requirements grid: we cannot accept the new requirement of a
   full blood profile from EUR 500,000 for ages 18-40. Our experience in
   that band does not support it and it hurts our broker business. We
   propose to keep the current threshold of EUR 750,000.

6. Claims notification: 30 days instead of 14 for disability claims,
   please, as our claims team needs the medical file first.

Happy to discuss on a call next week – Tuesday or Thursday afternoon
would work for Corinna, Gregor and me.

Best regards
Henrik

""" + sig("vossberg", "en"))

# --- 0011 -------------------------------------------------------------------
_iban11 = iban("DE", "52050353" + "0104417823")
M(11, "CONFIDENTIAL", "de", "insurer-to-customer",
  "household claim of Annika Lorenz: e-bike stolen from cellar, claim number, police file number, payout to her IBAN",
  frm=F("rosenbaum"), to=addr("Annika Lorenz", "annika.lorenz@t-net.example"),
  subject="Schaden SN 26-004871 – Diebstahl E-Bike – Regulierung",
  date=(1, 27, 9, 48),
  body="""Sehr geehrte Frau Lorenz,

wir haben Ihre Unterlagen zum Diebstahl Ihres E-Bikes aus dem
Kellerabteil (Anzeige bei der Polizei Kassel, Tagebuch-Nr. 26/0114-07)
vollständig erhalten. Vielen Dank!

Ihre Hausratversicherung S 5512 8873 deckt den Einbruchdiebstahl aus
dem verschlossenen Keller. Wir erstatten den Neuwert abzüglich der
vereinbarten Selbstbeteiligung:

  Kaufpreis E-Bike (Rechnung 04/2024)     2.290,00 EUR
  Fahrradschloss                              99,00 EUR
  abzgl. Selbstbeteiligung                  -150,00 EUR
  Entschädigung                           2.239,00 EUR

Die Überweisung geht heute an das von Ihnen angegebene Konto
IBAN %s (Kontoinhaberin Annika Lorenz).

Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.

Mit freundlichen Grüßen
Helga Rosenbaum

""" % _iban11 + sig("rosenbaum"))

# --- 0012 -------------------------------------------------------------------
_m12 = build("d179-0012-inner",
  frm=addr("Michael Brenner", "mbrenner@mailbox.example"),
  to=addr("Rabenfels Kundenservice", st("service")),
  subject="Widerspruch Zuschlag Asthma – Vertrag L 4471 203 918",
  date=(3, 9, 21, 47),
  body="""Sehr geehrte Damen und Herren,

mit Ihrem Schreiben vom 3.3. haben Sie meinen Antrag auf die
Berufsunfähigkeitsversicherung nur mit einem Zuschlag von 25% wegen
"Asthma bronchiale" angenommen. Damit bin ich nicht einverstanden.

Ich habe seit meiner Kindheit ein leichtes allergisches Asthma, das nur
im Frühjahr bei Birkenpollen auftritt. Ich brauche dann höchstens 2-3 mal
in der Woche mein Salbutamol-Spray, Cortison nehme ich seit Jahren nicht
mehr. Ich war deswegen noch nie krankgeschrieben und mache 3 mal die Woche
Sport. Meine Lungenfunktion war beim Lungenfacharzt im Januar völlig normal
(Bericht kann ich schicken).

Ich bitte Sie den Zuschlag nochmal zu prüfen, sonst muss ich mir überlegen
ob ich den Vertrag so überhaupt will.

Mit freundlichen Grüßen
Michael Brenner
Kirchweg 7, 34253 Lohfelden
""", cte="8bit")
M(12, "STRICTLY_CONFIDENTIAL", "de", "customer",
  "customer Michael Brenner's objection to a 25 % BU surcharge for his asthma (salbutamol, lung function), forwarded internally as attached message",
  frm=F("arslan"), to=F("demirtas"),
  subject="WG: Widerspruch Zuschlag Asthma – Vertrag L 4471 203 918",
  date=(3, 10, 8, 22),
  body="""Hallo Frau Demirtaş,

die Mail von Herrn Brenner kam gestern Abend ins Service-Postfach. Er
möchte, dass der Zuschlag noch einmal geprüft wird – das ist ja Ihr
Vorgang. Ich habe ihm eine Eingangsbestätigung geschickt und gesagt, dass
sich die Risikoprüfung bei ihm meldet. Ursprungsmail hängt an.

Danke und viele Grüße
Elif Arslan
Kundenservice, -2040
""",
  attachments=[fwd(_m12, "Widerspruch Zuschlag Asthma.eml")])

# --- 0013 -------------------------------------------------------------------
M(13, "NORMAL", "de", "insurer-to-supplier",
  "trap: print order for blank health questionnaires and confidentiality-release forms; no person's data",
  frm=F("lichtenberg"), to=addr("Druckhaus Fuldabrück – Auftragsannahme", "auftrag@druckhaus-fuldabrueck.example"),
  subject="Bestellung 4500-2026-0117: Formulardruck Leben/BU",
  date=(1, 19, 10, 2),
  body="""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot Nr. 26-0043 vom 12.01.2026:

Pos. 1  5.000 Stk.  Formular LV 4711 "Gesundheitsfragen zum Antrag auf
                    Berufsunfähigkeitsversicherung", 4 Seiten, DIN A4,
                    80 g, 2-farbig, gefalzt, gelocht
Pos. 2  3.000 Stk.  Formular LV 4720 "Erklärung zur Schweigepflicht-
                    entbindung", 2 Seiten, DIN A4, 1-farbig
Pos. 3  2.000 Stk.  Formular LV 4735 "Zusatzfragebogen Herz/Kreislauf",
                    2 Seiten, DIN A4, 1-farbig

Druckdaten: Stand 01/2026, liegen auf Ihrem SFTP-Server im Ordner
/rabenfels/2026-01 (Dateien LV4711_v12.pdf, LV4720_v8.pdf, LV4735_v5.pdf).

Liefertermin: bis spätestens 13.02.2026
Lieferanschrift: Rabenfels Versicherungsgruppe, Poststelle / Wareneingang,
Wilhelmshöher Allee 301, Tor 3, 34131 Kassel
Rechnung bitte mit unserer Bestellnummer an rechnungseingang@%s

Bitte schicken Sie uns vor dem Druck noch einen Proof von Pos. 1 zur
Freigabe an die Risikoprüfung (Frau Dr. Waldhauser).

Mit freundlichen Grüßen
""" % DOM + sig("lichtenberg"))

# --- 0014 -------------------------------------------------------------------
M(14, "CONFIDENTIAL", "en", "insurer-to-customer",
  "relocation goods claim of Florian Gerlach (move to Singapore): policy and claim number, damaged piano, surveyor visit at his home address",
  frm=F("rosenbaum"), to=addr("Florian Gerlach", "florian.gerlach@webpost.example"),
  subject="Claim TR-26-00077 – transit damage to your piano",
  date=(4, 7, 11, 26),
  body="""Dear Mr Gerlach,

thank you for reporting the damage to your household goods after your
move from Kassel to Singapore (relocation goods policy TR 3309 4410,
carrier Weltweit Umzüge GmbH, container MSKU 4471093).

As the damage to the upright piano (cracked soundboard, broken castor)
exceeds EUR 2,000, we have appointed a local surveyor:

  Tan & Rajaratnam Marine Surveyors Pte Ltd
  contact: Mr Kelvin Tan, +65 6221 0453

Mr Tan will contact you to arrange a visit at your new address
(12 Holland Grove Road, #04-07). Please keep the packing material and do
not have the piano repaired before the survey.

Please also send us:
- the packing list signed at origin and destination,
- the carrier's damage report (if any),
- the purchase invoice or a valuation of the piano.

Kind regards
Helga Rosenbaum

""" + sig("rosenbaum", "en"))

# --- 0015 -------------------------------------------------------------------
_iban15 = iban("DE", "52090000" + "0073318207")
M(15, "CONFIDENTIAL", "de", "insurer-to-broker",
  "sole-trader broker Jörg Brandt (Finanzhaus Brandt e.K.): new commission bank account IBAN and tax number confirmed",
  frm=F("sandmann"), to=addr("Jörg Brandt", "joerg.brandt@finanzhaus-brandt.example"),
  subject="AW: Neue Bankverbindung für Courtage",
  date=(1, 15, 16, 41),
  in_reply_to="<8821a-brandt-0114@finanzhaus-brandt.example>",
  body="""Hallo Herr Brandt,

die neue Bankverbindung ist eingetragen und gilt ab der Courtage-
abrechnung für Januar:

  Kontoinhaber:  Jörg Brandt, Finanzhaus Brandt e.K.
  IBAN:          %s
  Bank:          Kasseler Bürgerbank eG
  Steuernummer:  026 811 40712 (FA Kassel II-Hofgeismar)
  Vermittlernr.: 40-7718

Die alte Verbindung bei der Sparkasse ist deaktiviert. Zur Sicherheit
bekommen Sie wie immer zusätzlich eine schriftliche Bestätigung per Post.

Viele Grüße
Philipp Sandmann

-----Ursprüngliche Nachricht-----
Von: Jörg Brandt <joerg.brandt@finanzhaus-brandt.example>
Gesendet: Mittwoch, 14. Januar 2026 18:02
An: Sandmann, Philipp <philipp.sandmann@%s>
Betreff: Neue Bankverbindung für Courtage

Hallo Herr Sandmann,

ab Januar bitte die Courtage auf mein neues Geschäftskonto bei der
Bürgerbank. Die IBAN steht im angehängten Formular, unterschrieben.

Gruß J. Brandt
""" % (grouped(_iban15), DOM) + "\n" + sig("sandmann"))

# --- 0016 -------------------------------------------------------------------
M(16, "NORMAL", "de", "internal",
  "trap: invitation with ICS to an internal training on underwriting basics (diabetes, hypertension, BMI, surcharges); no person concerned",
  frm=F("fuchsberger"), to=addr("Vertriebsinnendienst Leben", st("vid-leben")),
  cc=F("waldhauser"),
  subject="Einladung: Schulung „Risikoprüfung kompakt“ am 12. März",
  date=(2, 20, 9, 15),
  body="""Liebe Kolleginnen und Kollegen im Vertriebsinnendienst,

viele Rückfragen von Maklern drehen sich um die Frage "Wird mein Kunde mit
XY angenommen?". Damit Sie solche Fragen besser einordnen können, bieten
wir gemeinsam mit der Risikoprüfung eine Kompaktschulung an:

Donnerstag, 12. März 2026, 9:00–12:30 Uhr, Raum Herkules (3. OG)

Programm
 9:00  Wie funktioniert Risikoprüfung? (Dr. Corinna Waldhauser)
 9:45  Die häufigsten Diagnosen im Antrag: Rücken, Psyche, Allergien,
       Bluthochdruck, Diabetes – was heißt das für die Annahme?
10:45  Pause
11:00  Zuschlag, Ausschluss, Zurückstellung: was sage ich dem Makler?
11:45  Risikovoranfrage richtig stellen – anonym und vollständig
12:15  Fragen

Bitte bringen Sie keine echten Kundenfälle mit; wir arbeiten mit
erfundenen Beispielfällen. Die Einladung kommt auch als Kalendereintrag.

Anmeldung bitte bis 5. März an mich.

Viele Grüße
Lea Fuchsberger
""" + "\n" + sig("fuchsberger", foot=False),
  attachments=[att("Schulung_Risikopruefung_kompakt.ics", ics(
      "rf-akademie-20260312-rpk@" + DOM, "20260312T090000", "20260312T123000",
      "Schulung Risikoprüfung kompakt", "Raum Herkules, 3. OG, Wilhelmshöher Allee 301",
      "Kompaktschulung für den Vertriebsinnendienst Leben.\nBitte keine echten Kundenfälle mitbringen.",
      st("lea.fuchsberger"), [st("vid-leben")]))])

# --- 0017 -------------------------------------------------------------------
M(17, "STRICTLY_CONFIDENTIAL", "de", "internal",
  "company doctor's opinion on BU applicant Nele Fromm: Crohn's disease, azathioprine, bowel resection; recommends +50 % surcharge; quoted underwriter question",
  frm=F("hollstein"), to=F("krampe"),
  subject="AW: Vorlage GA – A-2026-0199420 Fromm, Nele (M. Crohn)",
  date=(2, 12, 15, 55),
  body="""Hallo Herr Krampe,

ich habe mir die Unterlagen angesehen. Bei Frau Fromm liegt ein Morbus
Crohn mit Ileozökalbefall vor, 2019 Ileozökalresektion, seitdem unter
Azathioprin 100 mg stabile Remission, letzter Schub 2022, Calprotectin
im Dezember im Normbereich. Keine Fisteln, keine extraintestinalen
Manifestationen.

Für eine Bürotätigkeit (Steuerfachangestellte) halte ich ein erhöhtes,
aber kalkulierbares Risiko für gegeben. Mein Vorschlag:

  Annahme mit Zuschlag +50 %, kein Ausschluss.

Einen Ausschluss "Erkrankungen des Verdauungstrakts" würde ich nicht
empfehlen – der wäre so weit, dass die Versicherung für Frau Fromm kaum
noch Wert hätte, und die Rückversicherung sieht das genauso (Manual BW,
Kapitel Gastro, Rating +50 bis +75 bei Remission > 2 Jahre).

Nachprüfung des Zuschlags auf Antrag nach 5 Jahren Remission möglich.

Gruß
F. Hollstein

> -----Ursprüngliche Nachricht-----
> Von: Krampe, Tobias
> Gesendet: Dienstag, 10. Februar 2026 11:20
> An: Hollstein, Friedemann
> Betreff: Vorlage GA – A-2026-0199420 Fromm, Nele (M. Crohn)
>
> Hallo Herr Dr. Hollstein,
>
> ich lege Ihnen den BU-Antrag von Frau Nele Fromm (geb. 1991,
> Steuerfachangestellte, 1.800 EUR Rente) vor. Sie hat einen M. Crohn
> angegeben, Arztbericht Gastroenterologie Klinikum Fuldatal vom
> 04.12.2025 liegt in RiskPilot. Können wir das annehmen, und wenn ja
> wie?
>
> Danke und Gruß
> Tobias Krampe
""")

# --- 0018 -------------------------------------------------------------------
M(18, "CONFIDENTIAL", "en", "insurer-to-customer",
  "private liability claim of James Whitfield: his dog damaged the neighbour's fence, claim number, named neighbour; nobody hurt",
  frm=F("oberlaender"), to=addr("James Whitfield", "jwhitfield@mailbox.example"),
  subject="Liability claim HS-26-01187 – damage to your neighbour's fence",
  date=(3, 18, 10, 40),
  body="""Dear Mr Whitfield,

many thanks for your call and the photos. I can confirm that your dog
liability policy HH 7120 5531 covers the damage your Labrador "Bailey"
caused to the garden fence and flower beds of your neighbour,
Mrs Renate Kolb (Im Rosental 14, Kassel), on 14 March. As you told us,
no person and no other animal was hurt.

Mrs Kolb has sent us a quote from a local garden contractor for
EUR 1,180.00. We will pay this amount directly to her once the work is
done and she sends us the invoice. Your policy has no deductible, so
nothing is owed by you.

Please do not make any payment to Mrs Kolb yourself – if you already
have, let me know and we will reimburse you instead.

Kind regards
Sabine Oberländer

""" + sig("oberlaender", "en"))

# --- 0019 -------------------------------------------------------------------
M(19, "NORMAL", "en", "internal",
  "trap: aggregated underwriting outcome statistics Q4 2025 by reason (psychiatric, musculoskeletal, cardiovascular) in an HTML table; no individuals",
  frm=F("waldhauser"), to=F("reid"), cc=F("hollstein"),
  subject="Underwriting outcomes Q4 2025 – numbers for the board pack",
  date=(1, 20, 18, 5),
  body="""Alastair,

here are the Q4 figures for the board pack (new business life and
disability, all channels). Table also in the HTML version of this mail.

Applications decided: 4,812 (Q3: 4,655)
Standard: 71.4 %  Rated: 9.8 %  Exclusion: 10.6 %  Postponed: 2.9 %
Declined: 5.3 %

Main reasons for decline (share of declines):
Psychiatric 38 %, musculoskeletal 21 %, cardiovascular 12 %,
oncology 9 %, BMI > 40 8 %, other 12 %.

The rise in exclusions is almost entirely the new knee/shoulder clause
wording for manual trades. Nothing unusual otherwise. I'll comment on
the psychiatric share in the meeting.

Corinna
""",
  html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Alastair,</p>
<p>here are the Q4 figures for the board pack (new business life and disability, all channels).</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>Outcome</th><th>Q3 2025</th><th>Q4 2025</th></tr>
<tr><td>Applications decided</td><td align="right">4,655</td><td align="right">4,812</td></tr>
<tr><td>Standard</td><td align="right">72.0 %</td><td align="right">71.4 %</td></tr>
<tr><td>Rated (surcharge)</td><td align="right">10.1 %</td><td align="right">9.8 %</td></tr>
<tr><td>Exclusion</td><td align="right">9.2 %</td><td align="right">10.6 %</td></tr>
<tr><td>Postponed</td><td align="right">3.1 %</td><td align="right">2.9 %</td></tr>
<tr><td>Declined</td><td align="right">5.6 %</td><td align="right">5.3 %</td></tr>
</table>
<p>Main reasons for decline (share of declines): psychiatric 38 %, musculoskeletal 21 %,
cardiovascular 12 %, oncology 9 %, BMI &gt; 40 8 %, other 12 %.</p>
<p>The rise in exclusions is almost entirely the new knee/shoulder clause wording for manual
trades. Nothing unusual otherwise. I'll comment on the psychiatric share in the meeting.</p>
<p>Corinna</p>
</body></html>
""")

# --- 0020 -------------------------------------------------------------------
M(20, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
  "English fac request to reinsurer quoting a German cardiology report on named life assured Klaus Ritter (birth date): coronary stent, ejection fraction",
  frm=F("vossberg"), to=addr("Marcus Feld", "marcus.feld@brightwater-re.example"),
  cc=F("demirtas"),
  subject="Fac – A-2026-0260917 Ritter – cardiology report (German original)",
  date=(3, 19, 12, 8),
  body="""Hi Marcus,

as requested on the phone, here is the relevant part of the cardiology
report for Mr Klaus Ritter (dob 07.03.1969, term life EUR 800,000,
application A-2026-0260917). I have left it in German and added a quick
translation of the key findings below.

---- quote from report, Kardiologische Praxis am Königsplatz, 20.02.2026 ----
Diagnosen: KHK, 1-Gefäßerkrankung. Z. n. PCI mit DES-Implantation
RIVA proximal 09/2022 bei NSTEMI. Arterielle Hypertonie.
Befund: Belastungs-EKG bis 175 Watt ohne Ischämiezeichen, keine
Rhythmusstörungen. Echokardiographie: LVEF 55 %, keine regionalen
Wandbewegungsstörungen. LDL unter Therapie 62 mg/dl.
Medikation: ASS 100 mg, Atorvastatin 40 mg, Bisoprolol 2,5 mg,
Ramipril 5 mg.
Beurteilung: stabiler Verlauf, beschwerdefrei, Nikotinkarenz seit 2022.
---- end of quote ----

Key points: single-vessel CAD, stent to the proximal LAD in 09/2022
after NSTEMI, exercise ECG negative to 175 W, ejection fraction 55 %,
well controlled lipids, ex-smoker since 2022.

We'd see him at +100 % with a 5-year review. Your view?

Thanks,
Henrik

""" + sig("vossberg", "en"))

# --- 0021 -------------------------------------------------------------------
M(21, "NORMAL", "de", "insurer-to-customer",
  "trap: generic answer to a prospect's question whether term life makes sense when building a house; product information only, no health or contract data",
  frm=F("service"), to=addr("Dominik Faber", "dominik.faber@webpost.example"),
  subject="AW: Kontaktformular – Frage zur Risikolebensversicherung",
  date=(2, 3, 14, 12),
  body="""Guten Tag Herr Faber,

danke für Ihre Anfrage über unser Kontaktformular.

Eine Risikolebensversicherung ist bei einer Baufinanzierung in vielen
Fällen sinnvoll: Stirbt einer der Darlehensnehmer, zahlt sie die
vereinbarte Summe aus, und die Familie kann den Kredit weiter bedienen
oder ablösen. Viele Banken verlangen sie sogar als Sicherheit.

Worauf Sie achten sollten:
- Die Versicherungssumme sollte ungefähr der Darlehenssumme entsprechen.
  Bei einem Annuitätendarlehen kann eine fallende Summe günstiger sein.
- Die Laufzeit sollte mindestens bis zum Ende der Zinsbindung, besser
  bis zur vollständigen Tilgung reichen.
- Bei zwei Darlehensnehmern: zwei Einzelverträge sind meist flexibler
  als eine verbundene Police.

Den Beitrag können Sie in unserem Online-Rechner in zwei Minuten
ermitteln: https://www.rabenfels-versicherung.example/risikoleben
Für den eigentlichen Antrag stellen wir Ihnen dann die Gesundheitsfragen.
Wenn Sie möchten, vermitteln wir Ihnen auch gern einen Berater in Ihrer
Nähe.

Freundliche Grüße

""" + sig("service") + """

-----Ursprüngliche Nachricht-----
Von: Kontaktformular www.rabenfels-versicherung.example
Gesendet: Sonntag, 1. Februar 2026 20:31
Betreff: Kontaktformular – Frage zur Risikolebensversicherung

Name: Dominik Faber
E-Mail: dominik.faber@webpost.example
Nachricht: Hallo, wir bauen gerade und die Bank hat nach einer
Risikolebensversicherung gefragt. Ist das sinnvoll und worauf muss man
achten? Danke!
""")

# --- 0022 -------------------------------------------------------------------
M(22, "CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses cover confirmation for Petra Siebert's tenancy dispute (service charges) with landlord, claim number, address; no health data",
  frm=F("wohlleben"), to=addr("Petra Siebert", "petra.siebert@t-net.example"),
  subject="Deckungszusage – Ihr Rechtsschutzfall RS-M-26-00318",
  date=(2, 5, 11, 19),
  body="""Sehr geehrte Frau Siebert,

für Ihre Auseinandersetzung mit Ihrem Vermieter, der Hausverwaltung
Grothe & Söhne GbR, über die Nebenkostenabrechnung 2024 für Ihre Wohnung
Goethestraße 88, 34119 Kassel, erteilen wir Ihnen Deckungszusage aus
Ihrem Rechtsschutzvertrag RSV 6601 2274 (Baustein Wohnen/Mietrecht).

Versichert sind die Kosten für die außergerichtliche und gerichtliche
Interessenwahrnehmung in erster Instanz. Ihre Selbstbeteiligung beträgt
150 EUR.

Als Anwältin haben Sie Frau Rechtsanwältin Dr. Ulrike Brandes, Kassel,
benannt. Wir haben ihr die Deckungszusage direkt übermittelt; ihre
Rechnungen kann sie unter Angabe der Schadennummer RS-M-26-00318 an uns
richten.

Mit freundlichen Grüßen

""" + sig("wohlleben"))

# --- 0023 -------------------------------------------------------------------
M(23, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
  "harmless body; the PDF is a term life decision for Rebecca Harper: postponement because of breast cancer treatment ended 2024",
  frm=F("demirtas"), to=addr("Rebecca Harper", "rebecca.harper@mailbox.example"),
  subject="Your application A-2026-0112094",
  date=(2, 2, 16, 30),
  body="""Dear Ms Harper,

please find attached our letter regarding your application
A-2026-0112094. A copy also goes to you by post.

If you have any questions, you can reach me directly on the number
below.

Yours sincerely
Ayşe Demirtaş

""" + sig("demirtas", "en"),
  attachments=[att("Decision_A-2026-0112094.pdf", pdf([
      "Rabenfels Lebensversicherung AG, Wilhelmshoeher Allee 301, 34131 Kassel",
      "",
      "Ms Rebecca Harper",
      "Schoene Aussicht 3",
      "34117 Kassel",
      "",
      "Kassel, 2 February 2026",
      "",
      "# Your application for term life insurance A-2026-0112094",
      "",
      "Dear Ms Harper,",
      "",
      "thank you for your application for term life cover of EUR 250,000.",
      "We have carefully reviewed the information you gave us and the report of",
      "your gynaecologist, Dr. Anne Vollmer, dated 12 January 2026.",
      "",
      "You were treated for breast cancer (invasive ductal carcinoma, left breast,",
      "pT1c pN0 M0) with breast-conserving surgery, radiotherapy and endocrine",
      "therapy with tamoxifen, which is ongoing. Active treatment ended in May 2024.",
      "",
      "Our underwriting guidelines, which are agreed with our reinsurer, do not",
      "allow us to offer cover within five years of the end of primary treatment.",
      "We must therefore postpone our decision. You are welcome to apply again",
      "from June 2029; we would then expect to be able to offer cover, possibly",
      "with a temporary extra premium.",
      "",
      "We appreciate that this is disappointing news. If you would like us to",
      "explain the decision to a doctor of your choice, please let us know.",
      "",
      "Yours sincerely",
      "Ayse Demirtas, Life Underwriting",
  ], title="Decision A-2026-0112094"))])

# --- 0024 -------------------------------------------------------------------
M(24, "NORMAL", "en", "insurer-to-broker",
  "trap: content-free portal notification that a secure message is waiting; no data",
  frm=addr("Rabenfels SecureMail", "noreply-securemail@" + DOM),
  to=addr("Charlotte Pike", "c.pike@harrowpike.example"),
  subject="You have a new secure message",
  date=(1, 29, 12, 1),
  headers=[("Auto-Submitted", "auto-generated")],
  body="""Dear Charlotte Pike,

a new message from Rabenfels Versicherungsgruppe is waiting for you in
your secure mailbox.

Please sign in to read it:
https://securemail.rabenfels-versicherung.example/

For your security this notification contains no content and no
attachments. The message will be kept for 90 days.

If you did not expect this message or have trouble signing in, please
contact our broker support on +49 561 7093-1500.

This is an automatically generated e-mail. Please do not reply.
""", cte="7bit")

# --- 0025 -------------------------------------------------------------------
M(25, "CONFIDENTIAL", "de", "internal",
  "HR note: salary increase of employee Jasmin Kröger (pay grade, monthly gross income); no health data",
  frm=F("pfaff"), to=addr("Dirk Steinhauer", st("dirk.steinhauer")),
  subject="Gehaltsanpassung Frau Kröger zum 01.04.2026",
  date=(3, 12, 13, 44),
  body="""Hallo Herr Steinhauer,

Ihr Antrag auf Höhergruppierung für Frau Jasmin Kröger (Sachbearbeiterin
Sachschaden, Personalnr. 20417) ist von der Geschäftsleitung genehmigt.

Neu ab 01.04.2026:
  Tarifgruppe VI, Stufe 3 (bisher V/3)
  Monatsgehalt brutto: 4.118 EUR (bisher 3.782 EUR)
  Zulage Schadenaußendienst: unverändert 150 EUR

Das Schreiben an Frau Kröger geht morgen per Hauspost raus. Wenn Sie es
ihr lieber selbst vorher mündlich sagen möchten, wäre heute oder morgen
früh der richtige Zeitpunkt.

Bitte die Zahlen nicht weiterleiten.

Viele Grüße
Juliane Pfaff

""" + sig("pfaff", foot=False))
# --- 0026 -------------------------------------------------------------------
M(26, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "cost-coverage confirmation to hospital for PKV patient Werner Hofmeister (birth date, policy): planned knee replacement for osteoarthritis M17.1, elective services",
  frm=F("jost"), to=addr("Patientenverwaltung St.-Elisabeth-Krankenhaus", "patientenverwaltung@st-elisabeth-melsungen.example"),
  subject="Kostenübernahmeerklärung Hofmeister, Werner – geb. 02.05.1958",
  date=(3, 6, 10, 58),
  body="""Sehr geehrte Damen und Herren,

für die geplante stationäre Aufnahme unseres Versicherten

  Herr Werner Hofmeister, geb. 02.05.1958
  Obere Kasseler Str. 19, 34212 Melsungen
  Versicherungsnummer KV 88 4410273 (Vollversicherung, Tarif Komfort S)

zur Implantation einer Knie-Totalendoprothese rechts bei primärer
Gonarthrose (M17.1), Aufnahme am 16.03.2026 in der Klinik für
Orthopädie und Unfallchirurgie, übernehmen wir die Kosten der
allgemeinen Krankenhausleistungen nach dem Krankenhausentgeltgesetz
sowie die Wahlleistungen

  - Unterbringung im Zweibettzimmer
  - gesondert berechenbare ärztliche Leistungen (Chefarztbehandlung)

im tariflichen Umfang. Bitte rechnen Sie direkt mit uns ab (Direkt-
abrechnung, IK unseres Hauses liegt Ihnen vor). Die Rechnungen der
Wahlärzte gehen an Herrn Hofmeister.

Die Anschlussheilbehandlung ist gesondert bei uns zu beantragen.

Mit freundlichen Grüßen

""" + sig("jost"))

# --- 0027 -------------------------------------------------------------------
M(27, "NORMAL", "de", "newsletter",
  "trap: customer newsletter with general health tips (flu vaccination, exercise, check-ups covered by tariffs); no person concerned",
  frm=addr("Rabenfels aktuell", "newsletter@" + DOM),
  to=addr("Rabenfels aktuell", "newsletter@" + DOM),
  subject="Rabenfels aktuell: Gesund durch den Winter",
  date=(1, 14, 8, 0),
  headers=[("List-Unsubscribe", "<https://www.rabenfels-versicherung.example/newsletter/abmelden>")],
  html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Rabenfels aktuell</title></head>
<body style="margin:0;font-family:Georgia,serif;background:#f4f1ea">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" style="background:#fff">
<tr><td style="background:#2f4b3a;color:#fff"><h1 style="margin:0">Rabenfels aktuell</h1>
<p style="margin:0">Januar 2026 &middot; Ihr Kundenmagazin</p></td></tr>
<tr><td>
<h2>Gesund durch den Winter</h2>
<p>Die Grippesaison ist in vollem Gange. F&uuml;r Menschen &uuml;ber 60, Schwangere und chronisch
Kranke empfiehlt die St&auml;ndige Impfkommission eine j&auml;hrliche Grippeimpfung &ndash; sie ist
in allen Rabenfels-Krankenversicherungstarifen ohne Selbstbeteiligung mitversichert.</p>
<h3>Bewegung hilft</h3>
<p>Schon 30 Minuten Spazierengehen am Tag st&auml;rken das Immunsystem und den R&uuml;cken.
Mit unserer App &bdquo;Rabenfels Fit&ldquo; sammeln Sie Schritte und erhalten Pr&auml;mien
f&uuml;r Vereinsbeitr&auml;ge.</p>
<h3>Vorsorge nicht vergessen</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th>Untersuchung</th><th>ab Alter</th><th>Erstattung</th></tr>
<tr><td>Gesundheits-Check-up</td><td>18</td><td>100 %</td></tr>
<tr><td>Hautkrebs-Screening</td><td>35</td><td>100 %</td></tr>
<tr><td>Darmkrebs-Vorsorge</td><td>50</td><td>100 %</td></tr>
<tr><td>Professionelle Zahnreinigung</td><td>&ndash;</td><td>bis 150 EUR/Jahr*</td></tr>
</table>
<p style="font-size:12px">* je nach Zahntarif</p>
<p>Bleiben Sie gesund!<br>Ihr Rabenfels-Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#666">Rabenfels Versicherungsgruppe, Wilhelmsh&ouml;her Allee 301, 34131 Kassel &middot;
<a href="https://www.rabenfels-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
</body></html>
""")

# --- 0028 -------------------------------------------------------------------
M(28, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU follow-up review for benefit recipient Simone Kästner: severe depressive episode/burnout, request for current psychiatric reports and therapy details",
  frm=F("adler"), to=addr("Simone Kästner", "simone.kaestner@webpost.example"),
  subject="Nachprüfung Ihrer Berufsunfähigkeitsleistung – Vertrag L 4405 118 260",
  date=(4, 14, 9, 7),
  body="""Sehr geehrte Frau Kästner,

seit dem 1. Juni 2023 erhalten Sie aus Ihrer Berufsunfähigkeits-
versicherung L 4405 118 260 eine monatliche Rente von 1.650 EUR. Grundlage
war die schwere depressive Episode (Erschöpfungsdepression) mit
wiederholten stationären Aufenthalten, die Ihre Tätigkeit als
Projektleiterin im Anlagenbau unmöglich gemacht hat.

Wie in den Bedingungen vorgesehen (§ 9 "Nachprüfung") möchten wir uns
nach knapp drei Jahren ein Bild davon machen, wie es Ihnen heute geht.
Das ist eine Routineprüfung – an Ihrer Rente ändert sich dadurch
zunächst nichts.

Bitte senden Sie uns bis zum 15. Mai 2026:

1. den beigefügten Fragebogen zur Nachprüfung, ausgefüllt,
2. einen aktuellen Bericht Ihres behandelnden Psychiaters
   (Dr. med. Jörg Wessel) – die Kosten übernehmen wir,
3. Angaben zur laufenden Psychotherapie (Beginn, Frequenz),
4. falls Sie wieder arbeiten: Ihren Arbeitsvertrag oder eine
   Tätigkeitsbeschreibung.

Die Unterlagen können Sie uns über das Kundenportal hochladen oder per
Post schicken. Sollte Ihnen das Ausfüllen schwerfallen, rufen Sie mich
gern an – wir können den Fragebogen auch gemeinsam am Telefon
durchgehen.

Mit freundlichen Grüßen
Konstantin Adler

""" + sig("adler"))

# --- 0029 -------------------------------------------------------------------
M(29, "CONFIDENTIAL", "en", "insurer-to-company",
  "commercial property fire claim of a corporate policyholder: policy and claim number, loss estimate, named contact person; nobody injured",
  frm=F("odonoghue"), to=addr("Gareth Bowen", "gareth.bowen@kessler-packaging.example"),
  subject="Fire at your Baunatal warehouse – claim GS-26-00214",
  date=(2, 26, 17, 36),
  body="""Dear Mr Bowen,

thank you for notifying us so quickly of last night's fire in hall 3 of
your Baunatal site (Kessler Packaging GmbH, commercial property policy
GV 9021 3345, business interruption included). I am glad to hear that
the building was empty and nobody was injured.

Next steps:

1. Loss adjuster: we have instructed Mr Ralf Oppermann (Oppermann
   Schadenregulierung, +49 171 2203 448). He will be on site tomorrow at
   10:00 together with the fire brigade's investigator.
2. Please secure the hall and do not start clearing debris before the
   site visit. Emergency measures to prevent further damage (tarpaulins,
   draining water) are of course fine and covered.
3. Please prepare a first list of destroyed stock and machinery, and the
   stock valuation at 31 January.
4. For business interruption, your controller should send us the monthly
   gross profit figures for 2025.

Your first estimate of EUR 1.4m is noted; we will post an initial reserve
accordingly. An advance payment is possible once the adjuster has seen
the site.

Kind regards
Liam O'Donoghue

""" + sig("odonoghue", "en"))

# --- 0030 -------------------------------------------------------------------
M(30, "NORMAL", "en", "internal",
  "trap: revised generic build/BMI rating table for the underwriting manual in XLSX; no person",
  frm=F("reid"), to=addr("Life Underwriting Team", st("rp-leben")), cc=F("hollstein"),
  subject="Manual update: build table (BMI) – effective 1 March",
  date=(2, 13, 11, 11),
  body="""Dear all,

attached is the revised build table for chapter 2 of the underwriting
manual, aligned with the new BU guidelines Corinna sent round on
Wednesday. Changes are highlighted in the "change" column.

Two points worth repeating:
- BMI alone is a blunt tool. For muscular applicants (the rugby player,
  the gym instructor) a waist circumference or body fat measure can
  overrule the table – ask Friedemann or me.
- Ratings in the table are for build only. Add diabetes, hypertension or
  lipid ratings separately, then apply the combination rules in 2.4.

Friedemann will update the German version of the table this week.

""" + sig("reid", "en", foot=False),
  attachments=[att("Build_table_2026-03.xlsx", xlsx([
      ["BMI from", "BMI to", "Age 18-40", "Age 41-55", "Age 56-65", "change"],
      [16.0, 17.9, "+25 % / evidence", "+25 %", "+25 %", ""],
      [18.0, 32.0, "standard", "standard", "standard", "upper limit 30 -> 32"],
      [32.1, 35.0, "+25 %", "+25 %", "standard", "new band"],
      [35.1, 38.0, "+50 %", "+50 %", "+25 %", ""],
      [38.1, 40.0, "+75 %", "+75 %", "+50 %", ""],
      [40.1, 45.0, "+100 % / CMO", "+100 % / CMO", "+75 %", "CMO referral added"],
      [45.1, 99.0, "decline", "decline", "decline", ""],
  ], sheet="Build"))])

# --- 0031 -------------------------------------------------------------------
M(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "reply to a broker's anonymous BU pre-inquiry: client (male 38, software developer) with Hashimoto thyroiditis on L-thyroxine; the broker can identify the client",
  frm=F("krampe"), to=addr("Nina Osterkamp", "n.osterkamp@vorsorgewerk-nord.example"),
  subject="AW: Anonyme Risikovoranfrage BU – m/38 Softwareentwickler, Hashimoto",
  date=(3, 3, 10, 44),
  body="""Hallo Frau Osterkamp,

danke für die vollständige Voranfrage. Bei den Angaben, die Sie machen –
Hashimoto-Thyreoiditis seit 2020, Einstellung mit L-Thyroxin 75 µg,
TSH zuletzt im Normbereich, sonst keine Vorerkrankungen, BMI 24 – würden
wir Ihren Kunden voraussichtlich zu normalen Bedingungen annehmen, ohne
Zuschlag und ohne Ausschluss.

Bitte beachten Sie: Das Votum gilt unter dem Vorbehalt, dass die
Angaben im späteren Antrag vollständig sind und keine weiteren
Gesundheitsangaben dazukommen. Legen Sie dem Antrag bitte den letzten
Laborbefund (TSH, fT4) bei, dann brauchen wir keinen Arztbericht
anzufordern.

Das Votum ist drei Monate gültig.

Viele Grüße
""" + sig("krampe") + """

> Von: Nina Osterkamp <n.osterkamp@vorsorgewerk-nord.example>
> Gesendet: Montag, 2. März 2026 17:12
> Betreff: Anonyme Risikovoranfrage BU – m/38 Softwareentwickler, Hashimoto
>
> Hallo Herr Krampe,
> anonyme Voranfrage für einen Kunden: männlich, 38, Softwareentwickler
> (100 % Büro), Nichtraucher, 1,82 m / 79 kg. Hashimoto seit 2020, nimmt
> L-Thyroxin 75, Werte laut Hausarzt stabil. Sonst nichts, keine
> Psychotherapie, keine Krankenhausaufenthalte. Gewünscht 2.500 EUR
> BU-Rente bis 67. Geht das normal?
> Danke, Nina Osterkamp, Vorsorgewerk Nord GmbH
""")

# --- 0032 -------------------------------------------------------------------
M(32, "NORMAL", "en", "insurer-to-supplier",
  "trap: licence renewal for a medical dictionary used by underwriters; seats, price, invoice details of companies only",
  frm=F("lichtenberg"), to=addr("Clarion Medical Publishing – Licensing", "licensing@clarion-medical.example"),
  subject="Renewal MedLex Pro – customer no. DE-20931 – 25 seats",
  date=(3, 23, 14, 27),
  body="""Dear Sir or Madam,

we would like to renew our subscription to MedLex Pro (online medical
dictionary with ICD-10 and drug database) for another 12 months from
1 May 2026:

  Customer number:   DE-20931
  Seats:             25 named users (currently 22 - please add 3)
  Modules:           Core dictionary, ICD-10-GM/ICD-10-WHO mapping,
                     Drug database DE/UK, Underwriting add-on
  Price per quote:   EUR 14,250.00 net (your quote Q-26-1187)

Please send the invoice to:
  Rabenfels Versicherungsgruppe, Accounts Payable,
  Wilhelmshöher Allee 301, 34131 Kassel, Germany
  VAT ID DE 811 470 229, PO number 4500-2026-0361

The new users will be set up by our IT (Ole Petersen) via SSO as before.
Could you also confirm whether the German drug database now includes
the PZN search you mentioned at the renewal call last year?

Kind regards
Anja Lichtenberg

""" + sig("lichtenberg", "en"))

# --- 0033 -------------------------------------------------------------------
_iban33 = iban("DE", "52060410" + "0007713824")
M(33, "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor partial-cover claim (marten bite) of Yusuf Aydın: plate, policy, claim number, reimbursement to his IBAN",
  frm=F("ebersbach"), to=addr("Yusuf Aydın", "yusuf.aydin@mailbox.example"),
  subject="Marderschaden an Ihrem Fahrzeug KS-YA 2207 – Erstattung",
  date=(2, 16, 15, 2),
  body="""Hallo Herr Aydın,

die Werkstattrechnung von Autohaus Nordstadt für die Reparatur der
Zündkabel und Kühlwasserschläuche an Ihrem Skoda Octavia (KS-YA 2207)
liegt uns vor. Marderbiss einschließlich Folgeschäden ist in Ihrer
Teilkasko (Vertrag K-7 1188 402) bis 3.000 EUR mitversichert.

  Rechnungsbetrag                      684,31 EUR
  abzgl. Selbstbeteiligung Teilkasko  -150,00 EUR
  Erstattung                           534,31 EUR

Da Sie die Rechnung schon selbst bezahlt haben, überweisen wir den
Betrag auf Ihr Konto %s.

Ihr Schadenfreiheitsrabatt bleibt unverändert – Teilkaskoschäden haben
keinen Einfluss darauf.

Viele Grüße
Jannik Ebersbach

Schadennummer: KS-26-007715

""" % grouped(_iban33) + sig("ebersbach"))

# --- 0034 -------------------------------------------------------------------
M(34, "NORMAL", "en", "insurer-to-partner",
  "trap: monthly service-level figures of the travel assistance partner (calls, medical repatriations, response times) aggregated; no traveller named",
  frm=F("kaya"), to=addr("Sophie Lambert", "sophie.lambert@euroassist.example"),
  subject="SLA review February 2026 – Rabenfels travel assistance",
  date=(3, 11, 16, 9),
  body="""Hi Sophie,

thanks for the February report. Our summary for the quarterly review:

                               Feb 2026   Target
Calls received                    1,284        -
Answered within 20 s               91.6 %   90 %
Medical cases opened                  217        -
 of which hospital admissions          63        -
 of which medical repatriations        14        -
Guarantee of payment within 4 h    88.9 %   95 %
Complaints                              3   < 5

The guarantee-of-payment figure is below target for the second month in a
row. From the case notes it looks like the Canary Islands hospitals are
the bottleneck (they wait for our written confirmation instead of your
telex). Could your team check whether we can give them a standing
confirmation, as we do with the Mallorca clinics?

Let's go through it on 19 March as planned.

Best regards
Emre

""" + sig("kaya", "en"))

# --- 0035 -------------------------------------------------------------------
M(35, "NORMAL", "en", "insurer-to-partner",
  "trap: press answer with portfolio-wide statistics on causes of disability claims (mental illness, musculoskeletal, cancer); no individual",
  frm=F("holtkamp"), to=addr("Tom Ashworth", "t.ashworth@life-review.example"),
  subject="RE: Your questions on disability claims – Rabenfels figures",
  date=(4, 2, 12, 17),
  body="""Dear Mr Ashworth,

thank you for your interest. Below are the figures we can share for your
article on income protection in Germany. All figures refer to new
disability claims accepted by Rabenfels Lebensversicherung AG in 2025
(n = 1,147).

Main cause of disability
  Mental and behavioural disorders        34 %
  Musculoskeletal disorders                21 %
  Cancer                                   15 %
  Diseases of the nervous system            9 %
  Cardiovascular diseases                   7 %
  Accidents                                 7 %
  Other                                     7 %

Average age at claim: 48.6 years. Average annual benefit: EUR 14,900.
Share of claims accepted (of decided claims): 79 %.

You are welcome to quote Dr Corinna Waldhauser, our head of underwriting:
"Mental illness has been the leading cause of disability claims for ten
years. That is why we invest in early intervention – our claims team
offers coaching and return-to-work support from the first month."

Please send us the quote for approval before publication.

Kind regards
Svenja Holtkamp

""" + sig("holtkamp", "en") + """

-----Original Message-----
From: Tom Ashworth <t.ashworth@life-review.example>
Sent: Tuesday, 31 March 2026 10:02
To: presse@rabenfels-versicherung.example
Subject: Your questions on disability claims

Dear press team, I'm writing a feature on disability insurance in
Germany for Reinsurance & Life Review. Could you share a breakdown of
claims causes and acceptance rates? Deadline 8 April. Thanks, Tom
""")

# --- 0036 -------------------------------------------------------------------
M(36, "CONFIDENTIAL", "mixed", "insurer-to-customer",
  "English explanation of a German motor premium letter for Aidan Fletcher: policy number, plate, no-claims class, premium; no health data",
  frm=F("rieck"), to=addr("Aidan Fletcher", "aidan.fletcher@webpost.example"),
  subject="RE: Letter about my car insurance – what does this mean?",
  date=(1, 9, 10, 30),
  body="""Dear Mr Fletcher,

of course – here is what the letter says. I have copied the German text
and put an English summary underneath.

> Ihr Beitrag zur Kfz-Versicherung ab 01.01.2026
> Versicherungsnummer K-7 2210 038, Fahrzeug Mazda CX-5, KS-AF 77
> Schadenfreiheitsklasse Haftpflicht: SF 12 (Beitragssatz 37 %)
> Schadenfreiheitsklasse Vollkasko: SF 10 (Beitragssatz 40 %)
> Regionalklasse Haftpflicht: 7 (bisher 6)
> Typklasse Vollkasko: 19 (unverändert)
> Neuer Jahresbeitrag: 812,44 EUR (bisher 776,90 EUR)
> Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach
> Zugang dieses Schreibens.

In short: your no-claims classes went up by one year each (good), but the
regional class for Kassel was raised from 6 to 7 because there were more
claims in the region overall. That is why the annual premium rises by
EUR 35.54 to EUR 812.44. Because the premium goes up for a reason other
than your claims history, you may cancel within one month of receiving
the letter – but I don't think you'd find it much cheaper elsewhere with
your classes.

Best regards
Malte Rieck

> -----Original Message-----
> From: Aidan Fletcher
> Sent: Thursday, 8 January 2026 19:40
> Subject: Letter about my car insurance – what does this mean?
>
> Hi, I got a letter from you about my car insurance but my German
> isn't good enough for this kind of thing. Is the price going up?
> Cheers, Aidan

""" + sig("rieck", "en"))

# --- 0037 -------------------------------------------------------------------
M(37, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "term life offer to Thomas Ebeling with +50 % surcharge because of treated hypertension and BMI 33; premium figures",
  frm=F("demirtas"), to=addr("Thomas Ebeling", "thomas.ebeling@freenet-mail.example"),
  subject="Ihr Antrag auf Risikolebensversicherung – unser Angebot",
  date=(3, 25, 9, 13),
  body="""Sehr geehrter Herr Ebeling,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über
300.000 EUR mit 25 Jahren Laufzeit (Antrag A-2026-0288104).

Wir können Ihnen den Vertrag anbieten, allerdings mit einem
Risikozuschlag von 50 %. Grund dafür sind der seit 2019 medikamentös
behandelte Bluthochdruck (Candesartan 16 mg, Amlodipin 5 mg) zusammen
mit einem Body-Mass-Index von 33 (1,78 m, 105 kg). Jeder dieser Punkte
für sich wäre bei Ihren guten Blutdruckwerten unproblematisch; in der
Kombination erhöht sich das statistische Risiko jedoch spürbar.

  Monatsbeitrag ohne Zuschlag:   24,60 EUR
  Risikozuschlag 50 %:           12,30 EUR
  Ihr Monatsbeitrag:             36,90 EUR

Wenn Sie einverstanden sind, bestätigen Sie das Angebot bitte über das
Kundenportal oder mit dem beigefügten Formular. Das Angebot gilt bis
zum 30. April 2026.

Gut zu wissen: Wenn Sie Ihr Gewicht dauerhaft auf einen BMI unter 30
senken, prüfen wir den Zuschlag auf Antrag frühestens nach zwei Jahren
erneut.

Mit freundlichen Grüßen
Ayşe Demirtaş

""" + sig("demirtas"))

# --- 0038 -------------------------------------------------------------------
M(38, "NORMAL", "de", "internal",
  "trap: minutes of the underwriting committee with general rules (kitesurfing, long covid, simplified questions limit) and case counts only; no person",
  frm=F("waldhauser"), to=addr("Underwriting-Komitee Leben", st("uw-komitee")),
  subject="Protokoll Underwriting-Komitee Leben 02/2026",
  date=(2, 27, 17, 2),
  body="""Hallo zusammen,

anbei das Protokoll der Sitzung vom 25.02. Bitte Anmerkungen bis
Mittwoch, danach gilt es als genehmigt.

Kurzfassung der Beschlüsse:
- Kitesurfen: Normalannahme bis Windstärke 7, kein Ausschluss mehr.
- Long Covid: Regel aus BU-Richtlinie gilt analog für Risikoleben.
- Vereinfachte Gesundheitsprüfung RisikoSchutz Plus: Grenze 150.000 EUR
  bestätigt, Auswertung nach 6 Monaten.
- Einzelfallvorlagen: 7 Fälle besprochen (Details nur in RiskPilot).

Corinna
""",
  attachments=[att("Protokoll_UW-Komitee_2026-02.docx", docx([
      "# Protokoll Underwriting-Komitee Leben – Sitzung 02/2026",
      "Datum: 25.02.2026, 14:00–16:10 Uhr, Raum Habichtswald",
      "Teilnehmende: Dr. C. Waldhauser (Vorsitz), Dr. F. Hollstein, G. Tiedemann, H. Vossberg, T. Krampe, A. Demirtaş (Protokoll)",
      "# TOP 1 Risikosportarten: Kitesurfen",
      "Auswertung der Leistungsfälle 2018–2025 zeigt keine erhöhte Sterblichkeit bei Freizeit-Kitesurfern. Beschluss: Normalannahme bis Windstärke 7; Wettkampfsport weiter Fragebogen.",
      "# TOP 2 Long Covid / Post-Covid",
      "Die Regel aus den Annahmerichtlinien BU 2026-1, Abschnitt 7, wird für Risikoleben übernommen. Beschwerdefrei > 12 Monate: normal.",
      "# TOP 3 RisikoSchutz Plus",
      "Die Grenze von 150.000 EUR für die vereinfachte Gesundheitsprüfung wird bestätigt. Aktuariat legt nach 6 Monaten eine Auswertung der Stornoquoten und Frühschäden vor.",
      "# TOP 4 Einzelfälle",
      "7 Vorlagen besprochen (5 Annahmen mit Zuschlag, 1 Ausschluss, 1 Ablehnung). Die Entscheidungen sind in RiskPilot dokumentiert; im Protokoll werden keine Einzelfälle aufgeführt.",
      "# TOP 5 Verschiedenes",
      "Nächste Sitzung: 25.03.2026.",
  ]))])

# --- 0039 -------------------------------------------------------------------
M(39, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "fee payment to orthopaedist for a report on his patient Sebastian Maurer (named, BU application): reveals treatment relationship and medical report",
  frm=F("krampe"), to=addr("Orthopädie Dr. Löhr – Abrechnung", "abrechnung@ortho-loehr.example"),
  subject="Ihre Liquidation vom 20.11.2025 – Befundbericht Maurer",
  date=(1, 7, 11, 52),
  body="""Sehr geehrte Damen und Herren,

vielen Dank für den Befundbericht von Herrn Dr. Löhr vom 18.11.2025 zu
Ihrem Patienten Herrn Sebastian Maurer, geb. 30.08.1990 (Z. n.
Kreuzbandplastik links, Gonarthrose).

Ihre Liquidation Nr. 2025-3318 über 40,22 EUR (GOÄ Nr. 75) zzgl.
1,45 EUR Porto haben wir heute zur Zahlung angewiesen. Bitte haben Sie
Verständnis, dass die Zahlung wegen eines Zuordnungsfehlers in unserer
Poststelle erst jetzt erfolgt.

Verwendungszweck der Überweisung: "A-2026-0230418 / Liq. 2025-3318".

Mit freundlichen Grüßen

""" + sig("krampe"))

# --- 0040 -------------------------------------------------------------------
M(40, "CONFIDENTIAL", "en", "insurer-to-broker",
  "broker asks about clients' home insurance: names, insured address, policy number, premium, start date; no health data",
  frm=F("rieck"), to=addr("Charlotte Pike", "c.pike@harrowpike.example"),
  subject="RE: Ellison – home contents policy status",
  date=(2, 10, 9, 26),
  body="""Hi Charlotte,

yes, the Ellisons' policy has been issued:

  Policyholders:   Mark and Susan Ellison
  Risk address:    Am Weinberg 23, 34131 Kassel
  Policy number:   S 5530 2219 (home contents, "Hausrat Premium")
  Sum insured:     EUR 95,000 incl. bicycles up to EUR 5,000
  Start:           1 February 2026
  Annual premium:  EUR 187.20, paid annually by direct debit

The policy schedule went to them by post on Friday and is in your
broker post as well. The bicycle extension is included as discussed.

Best
Malte

-----Original Message-----
From: Charlotte Pike <c.pike@harrowpike.example>
Sent: Monday, 9 February 2026 16:55
To: Rieck, Malte
Subject: Ellison – home contents policy status

Hi Malte, Mark Ellison says he hasn't had anything from you yet about
the contents cover for Am Weinberg 23. Has it been issued? Thanks, C.

""" + sig("rieck", "en"))

# --- 0041 -------------------------------------------------------------------
M(41, "NORMAL", "en", "internal",
  "trap: staff-wide security reminder about sending medical reports and health data only encrypted; no person's data",
  frm=F("kiesewetter"), to=addr("All staff", st("alle")),
  subject="Reminder: medical reports never by plain e-mail",
  date=(1, 21, 8, 5),
  body="""Dear colleagues,

a short reminder, since we had two near misses in January:

1. Medical reports, doctors' letters, hospital invoices and anything
   else that says something about a person's health must never leave the
   house by unencrypted e-mail. This includes replies to customers who
   sent us such documents themselves.

2. Our mail gateway encrypts automatically when it recognises sensitive
   content. Do not rely on that alone: if in doubt, put [secure] in the
   subject line and the message goes to the recipient's portal mailbox.

3. Reinsurers and doctors we work with regularly have domain
   encryption. For everybody else the portal is the default.

4. Never forward health information to private mail accounts, not even
   your own for working from home.

Questions? Call me or write to datenschutz@rabenfels-versicherung.example.

Thank you
Bernhard Kiesewetter

""" + sig("kiesewetter", "en", foot=False))

# --- 0042 -------------------------------------------------------------------
M(42, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "long-term care: care level 3 granted for Erika Nolte (dementia, mobility), letter to her authorised daughter; care allowance amount",
  frm=F("klinkhammer"), to=addr("Sabine Nolte-Berger", "sabine.nolte-berger@t-net.example"),
  subject="Pflegepflichtversicherung Ihrer Mutter Erika Nolte – Pflegegrad 3",
  date=(3, 27, 14, 48),
  body="""Sehr geehrte Frau Nolte-Berger,

Sie hatten als Bevollmächtigte Ihrer Mutter, Frau Erika Nolte
(Versicherungsnummer PV 77 2031844), im Februar einen Antrag auf
Höherstufung gestellt. Das Gutachten des Gutachterdienstes MEDIKUS vom
18.03.2026 liegt uns jetzt vor.

Die Gutachterin hat bei Ihrer Mutter eine fortschreitende Demenz vom
Alzheimer-Typ sowie eine deutliche Gangunsicherheit nach dem
Oberschenkelhalsbruch im letzten Herbst festgestellt. Insgesamt ergeben
sich 58,75 gewichtete Punkte. Damit liegt ab dem 1. Februar 2026
Pflegegrad 3 vor (bisher Pflegegrad 2).

Da Sie Ihre Mutter zu Hause pflegen, zahlen wir ab Februar ein
Pflegegeld von monatlich 599 EUR (bisher 347 EUR). Die Nachzahlung für
Februar und März überweisen wir in den nächsten Tagen.

Zusätzlich stehen Ihrer Mutter jetzt u. a. der Entlastungsbetrag von
131 EUR monatlich und Leistungen der Verhinderungspflege zu. Das
Gutachten und den Bescheid erhalten Sie per Post. Für eine kostenlose
Pflegeberatung rufen Sie mich gern an.

Mit freundlichen Grüßen
Beate Klinkhammer

""" + sig("klinkhammer"))

# --- 0043 -------------------------------------------------------------------
_iban43 = iban("DE", "52040021" + "0401177630")
M(43, "CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings insurance direct-debit mandate confirmation for Bernd Vogelsang: IBAN, mandate reference, policy and premium",
  frm=F("rieck"), to=addr("Bernd Vogelsang", "b.vogelsang@mailbox.example"),
  subject="Bestätigung SEPA-Lastschriftmandat – Wohngebäudeversicherung S 5590 0418",
  date=(1, 30, 12, 15),
  body="""Sehr geehrter Herr Vogelsang,

vielen Dank für das erteilte SEPA-Lastschriftmandat. Wir bestätigen:

  Vertrag:             Wohngebäudeversicherung S 5590 0418
  Versichertes Objekt: Einfamilienhaus Am Lindenberg 4, 34302 Guxhagen
  Kontoinhaber:        Bernd Vogelsang
  IBAN:                %s
  Mandatsreferenz:     RVG-S55900418-01
  Gläubiger-ID:        DE98ZZZ00000773110

Der Jahresbeitrag von 624,80 EUR wird erstmals am 01.03.2026 eingezogen.
Die Vorabinformation (Pre-Notification) erhalten Sie mit der
Beitragsrechnung.

Freundliche Grüße
Malte Rieck

""" % _iban43 + sig("rieck"))

# --- 0044 -------------------------------------------------------------------
M(44, "NORMAL", "de", "insurer-to-broker",
  "trap: broker webinar invitation (disability insurance for trainees) with ICS; product training only",
  frm=F("fuchsberger"), to=addr("Maklerpartner Rabenfels", "maklerinfo@" + DOM),
  subject="Webinar: BU für Azubis und Berufseinsteiger – 15. April, 10 Uhr",
  date=(3, 30, 8, 30),
  body="""Liebe Maklerpartnerinnen und Maklerpartner,

jedes Jahr starten in Deutschland rund 480.000 junge Menschen eine
Ausbildung – und kaum einer ist gegen Berufsunfähigkeit abgesichert.
Dabei ist der Einstieg nie günstiger und die Gesundheitsprüfung nie
einfacher als jetzt.

In unserem 60-minütigen Webinar zeigen wir Ihnen:
- den Einsteigertarif BU Start (reduzierter Beitrag in den ersten
  5 Jahren, Nachversicherungsgarantie ohne erneute Gesundheitsprüfung),
- wie Sie Ausbildungsberufe richtig einstufen,
- typische Stolpersteine bei den Gesundheitsfragen junger Antragsteller
  (Kieferorthopädie, Schulpsychologe, Sportverletzungen),
- Beratungsdokumentation und Haftung.

Referentinnen: Lea Fuchsberger (Vertriebsakademie), Ayşe Demirtaş
(Risikoprüfung). Das Webinar wird mit 1 Stunde Weiterbildungszeit nach
IDD angerechnet.

Den Kalendereintrag mit Einwahllink finden Sie im Anhang.

Herzliche Grüße
Lea Fuchsberger

""" + sig("fuchsberger"),
  attachments=[att("Webinar_BU_Azubis_2026-04-15.ics", ics(
      "rf-webinar-bu-azubi-20260415@" + DOM, "20260415T100000", "20260415T110000",
      "Webinar: BU für Azubis und Berufseinsteiger",
      "Online – https://webinar.rabenfels-versicherung.example/bu-azubi",
      "Einwahl: https://webinar.rabenfels-versicherung.example/bu-azubi\nIDD: 1 Stunde",
      st("lea.fuchsberger")))])

# --- 0045 -------------------------------------------------------------------
M(45, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "death claim notification to reinsurer: named life assured Holger Stamm, birth year, cause of death myocardial infarction, sum assured and reinsured share",
  frm=F("brueckner"), to=addr("Nikhil Bose", "claims.life@brightwater-re.example"),
  cc=F("vossberg"),
  subject="Death claim notification – L 4402 771 003 – Stamm",
  date=(3, 16, 15, 40),
  body="""Dear Nikhil,

we hereby notify a death claim under treaty BW-RAB-L-07:

  Policy:            L 4402 771 003, level term, issued 01.07.2019
  Life assured:      Holger Stamm, born 11.10.1970
  Date of death:     02.03.2026
  Cause of death:    acute myocardial infarction (death certificate,
                     Klinikum Fuldatal; no autopsy)
  Sum assured:       EUR 500,000
  Reinsured share:   60 % = EUR 300,000

The policy is outside the contestability period. The application in 2019
disclosed no cardiac history; the GP's report we requested confirms
treated hyperlipidaemia only (statin since 2017, disclosed and accepted
at standard rates). We therefore intend to pay the beneficiary, the
widow, by the end of the month.

Copies of the death certificate and the GP report are in your claims
portal under our reference LS-26-0088. Please let me know if you need
anything else before we settle.

Kind regards
Nadine Brückner

""" + sig("brueckner", "en"))

# --- 0046 -------------------------------------------------------------------
M(46, "NORMAL", "de", "insurer-to-supplier",
  "trap: framework agreement price list for medical examinations of applicants (ECG, blood profile) with a medical-exam company; no applicant named",
  frm=F("waldhauser"), to=addr("Dr. Holger Pauls", "h.pauls@medicheck-nh.example"),
  cc=F("lichtenberg"),
  subject="Rahmenvertrag ärztliche Untersuchungen 2026 – Preisblatt",
  date=(1, 16, 14, 33),
  body="""Sehr geehrter Herr Dr. Pauls,

vielen Dank für das Gespräch am Dienstag. Wie vereinbart bestätigen wir
das Preisblatt für den Rahmenvertrag 2026 (Laufzeit 01.02.2026 bis
31.01.2027):

  Ärztliche Untersuchung mit Anamnese (Formular LV 4750)   95,00 EUR
  Ruhe-EKG mit Befundung                                    35,00 EUR
  Belastungs-EKG mit Befundung                             110,00 EUR
  Blutprofil "Leben Basis" (BB, Lipide, HbA1c, GGT, Krea)  48,00 EUR
  Urinstatus                                               12,00 EUR
  Hausbesuch-Zuschlag (nur bei Anträgen ab 1 Mio. EUR)      60,00 EUR

Abrechnung wie bisher monatlich mit Sammelrechnung, je Position nur mit
unserer Antragsnummer, ohne Namen der untersuchten Personen. Befunde
senden Sie weiterhin ausschließlich verschlüsselt über die
Domänenverschlüsselung an risikopruefung@rabenfels-versicherung.example.

Termine sollen innerhalb von 10 Arbeitstagen nach Beauftragung möglich
sein; bei Überschreitung informieren Sie bitte den Makler und uns.

Das unterschriebene Vertragsexemplar schickt Ihnen Frau Lichtenberg aus
unserem Einkauf per Post.

Mit freundlichen Grüßen

""" + sig("waldhauser"))

# --- 0047 -------------------------------------------------------------------
M(47, "CONFIDENTIAL", "mixed", "company",
  "fleet manager's English mail with a CSV of named company-car drivers (birth dates, licence dates, plates), forwarded with a German note; no health data",
  frm=F("odonoghue"), to=F("ebersbach"),
  subject="WG: Hartwig Baustoffe – updated driver list for fleet policy",
  date=(2, 4, 13, 3),
  body="""Hallo Jannik,

anbei die aktuelle Fahrerliste von Hartwig Baustoffe für die
Flottenpolice FL 3310 0922 (der Fuhrparkleiter schreibt nur Englisch,
Mutterkonzern ist in Leeds). Bitte in die Fahrerverwaltung übernehmen –
zwei neue Fahrer, einer ausgeschieden. Der junge Fahrer (Jg. 2004) fällt
unter die 23er-Regel, bitte Zuschlag prüfen.

Danke
Liam

-------- Forwarded message --------
From: Neil Garside <neil.garside@hartwig-baustoffe.example>
Date: Tue, 3 Feb 2026 17:21
To: Liam O'Donoghue <liam.odonoghue@rabenfels-versicherung.example>
Subject: Hartwig Baustoffe – updated driver list for fleet policy

Hi Liam,

please find attached the updated list of named drivers for our company
vans and cars. Changes: Patrick Schüler and Dennis Krüger joined,
Manfred Ott retired at the end of January.

Cheers
Neil Garside
Fleet Manager, Hartwig Baustoffe GmbH
""",
  attachments=[att("Hartwig_named_drivers_2026-02.csv", csvdata([
      ["Name", "Date of birth", "Licence since", "Vehicle", "Plate"],
      ["Andreas Beck", "14.02.1976", "1994", "MB Sprinter", "KS-HB 101"],
      ["Patrick Schüler", "09.07.2004", "2022", "VW Crafter", "KS-HB 104"],
      ["Dennis Krüger", "23.11.1988", "2006", "VW Crafter", "KS-HB 107"],
      ["Tanja Wiegand", "30.01.1983", "2001", "Skoda Superb", "KS-HB 21"],
      ["Neil Garside", "05.05.1979", "1997 (UK)", "BMW 320d", "KS-HB 1"],
  ], encoding="cp1252"), "application/vnd.ms-excel")])

# --- 0048 -------------------------------------------------------------------
M(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "rescission of Marco Pietsch's BU contract for non-disclosure: undisclosed psychotherapy for anxiety disorder F41.1 found in the claim file",
  frm=F("adler"), to=addr("Marco Pietsch", "marco.pietsch@freenet-mail.example"),
  subject="Ihr Leistungsantrag und Ihr Vertrag L 4410 552 731 – Rücktritt",
  date=(4, 21, 10, 12),
  body="""Sehr geehrter Herr Pietsch,

im Rahmen Ihres Leistungsantrags vom Januar haben wir mit Ihrer
Einwilligung Auskünfte Ihrer Krankenversicherung und Ihrer behandelnden
Ärzte eingeholt. Dabei hat sich ergeben, dass Sie von März bis Oktober
2021 bei Frau Dipl.-Psych. Ostheimer in psychotherapeutischer
Behandlung waren (25 Sitzungen Verhaltenstherapie, Diagnose
generalisierte Angststörung, F41.1).

Im Antrag vom 14.05.2022 haben Sie die Frage 5 nach psychotherapeutischen
Behandlungen in den letzten fünf Jahren mit "nein" beantwortet. Hätten
wir von der Behandlung gewusst, hätten wir den Vertrag nur mit einem
Ausschluss für psychische Erkrankungen geschlossen. Ihr jetziger
Leistungsantrag beruht auf einer depressiven Erkrankung.

Wir erklären daher nach § 19 Abs. 2 VVG den Rücktritt vom Vertrag. Die
ausführliche Begründung und die Belehrung über Ihre Rechte erhalten Sie
per Einschreiben. Sie können der Entscheidung innerhalb von drei Monaten
widersprechen oder sie durch den Versicherungsombudsmann prüfen lassen.

Wir wissen, dass diese Nachricht in Ihrer Lage besonders belastend ist.
Für Rückfragen bin ich persönlich für Sie da.

Mit freundlichen Grüßen
Konstantin Adler

""" + sig("adler"))

# --- 0049 -------------------------------------------------------------------
M(49, "NORMAL", "de", "internal",
  "trap: staff announcement of a blood donation drive in the canteen; health words but no person concerned",
  frm=addr("Betriebliches Gesundheitsmanagement", st("bgm")),
  to=addr("Alle Mitarbeitenden", st("alle")),
  subject="Blutspende im Haus am 19. Februar – jeder Tropfen zählt",
  date=(2, 6, 9, 0),
  body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 19. Februar, kommt der Blutspendedienst Nordhessen wieder
zu uns ins Haus:

  Zeit: 10:00 bis 15:30 Uhr
  Ort:  Kantine, Bereich Fensterseite (Erdgeschoss)

Spenden dürfen alle Gesunden zwischen 18 und 68 Jahren (Erstspender bis
64), die mindestens 50 kg wiegen. Bitte Personalausweis mitbringen und
vorher gut frühstücken und viel trinken.

Die Spende dauert etwa 10 Minuten, mit Anmeldung, ärztlichem Gespräch
und Ruhepause rund eine Stunde. Die Zeit gilt als Arbeitszeit.
Terminreservierung im Intranet unter "Gesundheit > Blutspende".

Danach gibt's Kaffee und Kuchen – gespendet von der Geschäftsleitung.

Euer BGM-Team
""")

# --- 0050 -------------------------------------------------------------------
_iban50 = iban("DE", "50010517" + "0938817265")
M(50, "CONFIDENTIAL", "en", "insurer-to-customer",
  "pet health insurance: vet invoice for the customer's cat (animal health), policy number, reimbursement to Laura Brennan's IBAN",
  frm=F("arslan"), to=addr("Laura Brennan", "laura.brennan@mailbox.example"),
  subject="Vet invoice for Mika – reimbursement",
  date=(4, 9, 11, 4),
  body="""Dear Ms Brennan,

thank you for sending the invoice from Tierarztpraxis am Park for Mika's
dental treatment on 26 March (extraction of two premolars under general
anaesthesia, including blood test before surgery).

Your cat health policy TK 1120 3384 (surgery and treatment, 80 %) covers
the treatment:

  Invoice total (GOT)      EUR 486.30
  Reimbursement 80 %       EUR 389.04

We will pay EUR 389.04 to your account {IBAN} within the next few days.

We hope Mika is eating happily again!

Kind regards
Elif Arslan

""".replace("{IBAN}", grouped(_iban50)) + sig("arslan", "en"))
# --- 0051 -------------------------------------------------------------------
M(51, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "term life application of Stephen Mallory: medical evidence required (exam, ECG, blood and urine tests incl. HIV consent), appointment with examiner",
  frm=F("demirtas"), to=addr("Stephen Mallory", "s.mallory@webpost.example"),
  subject="Your term life application A-2026-0301776 – medical examination",
  date=(3, 13, 10, 36),
  body="""Dear Mr Mallory,

thank you for your application for term life insurance of EUR 900,000
over 20 years. For sums assured above EUR 750,000 at your age (52), our
underwriting rules require some medical evidence in addition to your
answers to the health questions. This is routine and does not mean we
have any concerns about your health.

We need:
- a medical examination with a short questionnaire,
- a resting ECG,
- a blood profile (blood count, lipids, HbA1c, liver values, creatinine),
- a urine test,
- an HIV and hepatitis B/C test – this requires your separate written
  consent, which the doctor will ask you to sign.

The costs are paid by us. Our partner Medicheck Nordhessen has reserved
an appointment for you:

  Thursday, 26 March 2026, 8:15 am (please come fasting)
  Medicheck Nordhessen, Kölnische Straße 44, 34117 Kassel

If the time does not suit you, please call them on +49 561 9207 310.
The results go directly to our underwriting team; you can request a copy
from Medicheck.

Kind regards
Ayşe Demirtaş

""" + sig("demirtas", "en"))

# --- 0052 -------------------------------------------------------------------
M(52, "NORMAL", "en", "internal",
  "trap: summary of a reinsurer's manual update on sleep apnoea ratings (AHI bands, CPAP); generic, no person",
  frm=F("demirtas"), to=addr("Life Underwriting Team", st("rp-leben")),
  subject="FYI: Brightwater manual – new sleep apnoea chapter",
  date=(4, 16, 13, 58),
  body="""Hi all,

Brightwater have published the revised sleep apnoea chapter in their
online manual (version 4.2, effective now for new fac cases, for
automatic business from 1 July). Key changes:

  Obstructive sleep apnoea, mild (AHI 5-14):    standard (was +25)
  Moderate (AHI 15-29), CPAP compliant:          standard to +25
  Moderate, not treated / not compliant:         +50
  Severe (AHI >= 30), CPAP compliant > 4 h/night: +25 to +50
  Severe, not compliant:                         +100 or decline
  With BMI > 40 or hypertension: add ratings, max +150

"Compliant" now requires a CPAP read-out, not just the patient's
statement. Disability: no change, still individual assessment, and
the exclusion option for sleep disorders is gone.

Friedemann will check whether our own guideline needs an update; until
then please use the new ratings only for fac referrals.

Ayşe

""" + sig("demirtas", "en", foot=False))

# --- 0053 -------------------------------------------------------------------
M(53, "CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses (employment law) for Frank Neubauer: dismissal by employer, his monthly gross salary for the value in dispute; no health data",
  frm=F("wohlleben"), to=addr("Frank Neubauer", "frank.neubauer@t-net.example"),
  subject="Ihre Kündigung – Kostenschutz im Arbeitsrechtsschutz (RS-A-26-00155)",
  date=(2, 23, 16, 7),
  body="""Sehr geehrter Herr Neubauer,

es tut uns leid zu hören, dass Ihr Arbeitgeber, die Fuldataler
Metallbau GmbH, Ihnen zum 31. Mai betriebsbedingt gekündigt hat.

Für die Kündigungsschutzklage vor dem Arbeitsgericht Kassel besteht
Versicherungsschutz aus Ihrem Rechtsschutzvertrag RSV 6611 0843
(Privat- und Berufsrechtsschutz). Die Wartezeit ist abgelaufen.

Für die Berechnung des Gegenstandswerts haben wir Ihr monatliches
Bruttogehalt von 3.950 EUR (laut Gehaltsabrechnung Januar) zugrunde
gelegt; der Streitwert beträgt damit drei Bruttomonatsgehälter, also
11.850 EUR. Ihre Selbstbeteiligung: 250 EUR.

Ihr Anwalt, Herr Rechtsanwalt Mehmet Özdemir, hat die Deckungszusage
von uns direkt erhalten.

Wir drücken Ihnen die Daumen.

Mit freundlichen Grüßen

""" + sig("wohlleben"))

# --- 0054 -------------------------------------------------------------------
M(54, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "dental treatment plan approval for Gisela Reuter: implant in region 36 with bone augmentation, dentist named, reimbursement amount",
  frm=F("jost"), to=addr("Gisela Reuter", "gisela.reuter@mailbox.example"),
  subject="Ihr Heil- und Kostenplan vom 02.02.2026 – Implantat Regio 36",
  date=(2, 18, 9, 41),
  body="""Sehr geehrte Frau Reuter,

den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Kern, für die
Versorgung der Lücke in Regio 36 (unten links) haben wir geprüft:

  Implantat Regio 36 mit Knochenaufbau (GOZ 9010, 9100)
  Implantatgetragene Vollkeramikkrone
  geschätzte Kosten laut HKP:           3.412,56 EUR
  davon erstattungsfähig laut Tarif:    3.412,56 EUR
  Erstattungssatz Tarif ZahnPlus 80:    80 %
  voraussichtliche Erstattung:          2.730,05 EUR

Die Zahnstaffel ist erfüllt (Vertragsbeginn 2019). Die endgültige
Erstattung richtet sich nach der Rechnung; bitte reichen Sie diese nach
der Behandlung mit der Versicherungsnummer KV 88 3021776 ein.

Wir wünschen Ihnen eine gute Behandlung.

Mit freundlichen Grüßen
Mareike Jost

""" + sig("jost"))

# --- 0055 -------------------------------------------------------------------
M(55, "NORMAL", "de", "insurer-to-partner",
  "trap: answer to an industry association survey with aggregated complaint statistics per line of business; no person",
  frm=F("holtkamp"), to=addr("Referat Verbraucherfragen", "statistik@verband-vw-hessen.example"),
  subject="Umfrage Beschwerdestatistik 2025 – Rückmeldung Rabenfels",
  date=(3, 5, 15, 25),
  body="""Sehr geehrte Damen und Herren,

anbei unsere Angaben zur Umfrage Beschwerdestatistik 2025 (Stand der
Zählung 31.12.2025, Beschwerden im Sinne der Beschwerdemanagement-
Richtlinie, je Vertrag und Anliegen einmal gezählt):

  Sparte                        Beschwerden   je 10.000 Verträge
  Leben / BU                          412              5,1
  Kranken (Voll + Zusatz)             688              9,8
  Pflege                               74              4,2
  Unfall                               51              2,0
  Kfz                                 596              4,7
  Sach (Hausrat, Wohngebäude)         317              2,6
  Haftpflicht                          88              1,1
  Rechtsschutz                        142              3,9

Häufigste Anlässe: Beitragsanpassungen in der Krankenversicherung
(31 %), Bearbeitungsdauer in der Leistung (24 %), Regulierungshöhe in
Kfz und Sach (19 %).

Ombudsmannverfahren 2025: 63, davon 17 zugunsten der Kunden.

Für Rückfragen steht Ihnen Frau Holtkamp zur Verfügung.

Mit freundlichen Grüßen

""" + sig("holtkamp"))

# --- 0056 -------------------------------------------------------------------
M(56, "STRICTLY_CONFIDENTIAL", "de", "doctor",
  "oncologist's reply about term-life applicant Hendrik Albers (birth date): Hodgkin lymphoma 2015, chemotherapy, remission, follow-up, forwarded to the company doctor",
  frm=F("demirtas"), to=F("hollstein"),
  subject="WG: Ihre Anfrage vom 02.03.2026 – Herr Hendrik Albers",
  date=(3, 17, 11, 30),
  body="""Hallo Herr Dr. Hollstein,

unten die Antwort der Onkologin zu Herrn Albers (Risikoleben 400.000 EUR,
A-2026-0279013). Aus meiner Sicht nach > 10 Jahren Remission normal,
aber wegen der Bestrahlung des Mediastinums bitte einmal Ihre
Einschätzung (Spätfolgen Herz?).

Danke!
Ayşe Demirtaş

---------- Weitergeleitete Nachricht ----------
Von: Dr. med. Britta Landgrebe <landgrebe@onkologie-kassel-mitte.example>
Datum: 16.03.2026, 18:04
Betreff: Ihre Anfrage vom 02.03.2026 – Herr Hendrik Albers

Sehr geehrte Frau Demirtaş,

zu Ihrer Anfrage bzgl. meines Patienten Herrn Hendrik Albers,
geb. 19.01.1984, teile ich mit (Schweigepflichtentbindung lag bei):

Diagnose: klassisches Hodgkin-Lymphom, nodulär-sklerosierender Typ,
Stadium IIA (C81.1), Erstdiagnose 04/2015.
Therapie: 2 Zyklen ABVD + 2 Zyklen BEACOPP eskaliert, anschließend
Involved-Site-Bestrahlung Mediastinum 30 Gy, Abschluss 11/2015.
Verlauf: seitdem anhaltende komplette Remission. Jährliche Nachsorge,
zuletzt 02/2026 unauffällig (Sonographie, Labor, Echokardiographie
mit normaler LV-Funktion, keine Klappenveränderungen).
Kein Rezidiv, keine Zweitneoplasie. Patient voll berufstätig.

Mit freundlichen Grüßen
Dr. med. B. Landgrebe
Fachärztin für Innere Medizin, Hämatologie und Onkologie
""")

# --- 0057 -------------------------------------------------------------------
M(57, "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor third-party claim of Ingrid Sauer: rear-end collision, other driver named, plates, claim number, no-claims downgrade; nobody hurt",
  frm=F("ebersbach"), to=addr("Ingrid Sauer", "ingrid.sauer@webpost.example"),
  subject="Ihr Schaden vom 09.01.2026 – KS-26-000812",
  date=(1, 23, 8, 56),
  body="""Sehr geehrte Frau Sauer,

wir haben Ihre Schadenmeldung zum Auffahrunfall am 09.01.2026 an der
Kreuzung Frankfurter Straße / Leuschnerstraße bearbeitet. Sie haben
angegeben, dass niemand verletzt wurde.

Geschädigter:       Herr Tim Haberland, Kassel
Fahrzeug:           Ford Focus, KS-TH 3031
Ihr Fahrzeug:       Opel Corsa, KS-IS 58 (Vertrag K-7 0911 227)
Schaden Gegner:     Heckstoßfänger, Heckklappe, laut Gutachten
                    2.318,40 EUR zzgl. Nutzungsausfall

Wir regulieren den Schaden direkt mit Herrn Haberland. Da es sich um
einen Haftpflichtschaden handelt, wird Ihr Vertrag zum 01.01.2027 von
SF 9 in SF 4 zurückgestuft. Sie können die Rückstufung vermeiden, indem
Sie uns den Schaden innerhalb von sechs Monaten nach Abschluss der
Regulierung erstatten – wir schicken Ihnen dann die genaue Summe.

Mit freundlichen Grüßen
Jannik Ebersbach

""" + sig("ebersbach"))

# --- 0058 -------------------------------------------------------------------
M(58, "NORMAL", "en", "newsletter",
  "trap: investor newsletter with group results (premiums, solvency ratio, combined ratio); money figures but no person",
  frm=addr("Rabenfels Investor Relations", "ir@" + DOM),
  to=addr("IR distribution list", "ir-news@" + DOM),
  subject="Rabenfels Group – preliminary results 2025",
  date=(3, 24, 7, 30),
  body="""RABENFELS GROUP – PRELIMINARY RESULTS 2025

Kassel, 24 March 2026 – Rabenfels Versicherungsgruppe closed 2025 with
solid growth and a strong capital position.

- Gross written premiums: EUR 2.84bn (+4.6 %)
  Life EUR 1.12bn, Health EUR 0.97bn, Property & Casualty EUR 0.75bn
- Combined ratio P&C: 94.1 % (2024: 96.8 %)
- Net income: EUR 118m (2024: EUR 97m)
- Solvency II ratio: 212 % (2024: 204 %)
- Policyholder bonus rate life 2026: 2.6 % (unchanged)

"Our disability business grew by 11 per cent, driven by brokers," said
CEO Dr Marlene Osterhagen. "In health, premium adjustments remained
below the market average."

The full annual report will be published on 28 April 2026.

Investor Relations, Rabenfels Versicherungsgruppe
ir@rabenfels-versicherung.example
""",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Rabenfels Group &ndash; preliminary results 2025</h2>
<p><i>Kassel, 24 March 2026</i> &ndash; Rabenfels Versicherungsgruppe closed 2025 with solid growth and
a strong capital position.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>2025</th><th>2024</th></tr>
<tr><td>Gross written premiums</td><td>EUR 2.84bn</td><td>EUR 2.72bn</td></tr>
<tr><td>&nbsp;&nbsp;Life</td><td>EUR 1.12bn</td><td>EUR 1.08bn</td></tr>
<tr><td>&nbsp;&nbsp;Health</td><td>EUR 0.97bn</td><td>EUR 0.92bn</td></tr>
<tr><td>&nbsp;&nbsp;Property &amp; Casualty</td><td>EUR 0.75bn</td><td>EUR 0.72bn</td></tr>
<tr><td>Combined ratio P&amp;C</td><td>94.1 %</td><td>96.8 %</td></tr>
<tr><td>Net income</td><td>EUR 118m</td><td>EUR 97m</td></tr>
<tr><td>Solvency II ratio</td><td>212 %</td><td>204 %</td></tr>
</table>
<p>&quot;Our disability business grew by 11 per cent, driven by brokers,&quot; said CEO Dr Marlene Osterhagen.
&quot;In health, premium adjustments remained below the market average.&quot;</p>
<p>The full annual report will be published on 28 April 2026.</p>
</body></html>
""")

# --- 0059 -------------------------------------------------------------------
M(59, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "accident insurance: permanent impairment assessment for Jonas Weller after a fall (distal radius fracture), degree of invalidity and payout",
  frm=F("grabowski"), to=addr("Jonas Weller", "jonas.weller@freenet-mail.example"),
  subject="Your accident claim UF-25-00931 – permanent impairment",
  date=(4, 28, 14, 2),
  body="""Dear Mr Weller,

we have now received the final medical report by Dr Marten Vogt,
orthopaedic surgeon, on the consequences of your fall from a ladder on
12 May 2025.

The report confirms a healed fracture of the right distal radius with
remaining restriction of wrist movement (extension/flexion 40-0-45) and
reduced grip strength. Dr Vogt assesses the permanent impairment at
2/10 of the value of the hand.

Under the limb table of your accident policy UV 3301 7719, the hand is
valued at 55 %. The degree of invalidity is therefore 2/10 x 55 % = 11 %.

  Basic sum insured                EUR 100,000
  Progression (225 %) applies only above 25 % - not applicable
  Invalidity benefit: 11 %         EUR 11,000

We will transfer EUR 11,000 to your account within five working days.
The hospital daily allowance for your two days in hospital was paid last
year.

You may ask for a new assessment within three years of the accident if
your condition changes.

Kind regards
Hannes Grabowski

""" + sig("grabowski", "en"))

# --- 0060 -------------------------------------------------------------------
M(60, "CONFIDENTIAL", "en", "insurer-to-customer",
  "travel cancellation because of job loss for Katarzyna Nowak: employer named, dismissal, booking and refund amount; no health reason",
  frm=F("kaya"), to=addr("Katarzyna Nowak", "k.nowak@mailbox.example"),
  subject="Trip cancellation claim RR-26-00233 – covered",
  date=(2, 25, 12, 48),
  body="""Dear Ms Nowak,

thank you for sending the termination letter from your employer
(Nordhessen Logistik Service GmbH, redundancy notice dated 2 February)
and the cancellation invoice from the tour operator.

Loss of employment through redundancy is an insured reason for
cancellation under your travel cancellation policy RV 2210 4471.

  Booking:            Lanzarote, 4-18 April 2026, 2 persons
  Cancellation fees:  EUR 1,840.00 (40 %)
  Deductible:         none
  Amount payable:     EUR 1,840.00

We will transfer the amount to the account you gave in the claim form
within three days.

We are sorry about your job and wish you all the best for the search.

Kind regards
Emre Kaya

""" + sig("kaya", "en"))

# --- 0061 -------------------------------------------------------------------
M(61, "NORMAL", "de", "internal",
  "trap: sales guide on asking application health questions correctly (DOCX), examples only, no real person",
  frm=F("fuchsberger"), to=addr("Vertrieb Ausschließlichkeit", st("vertrieb-ao")),
  cc=F("waldhauser"),
  subject="Neuer Leitfaden: Gesundheitsfragen im Beratungsgespräch",
  date=(4, 8, 10, 20),
  body="""Liebe Kolleginnen und Kollegen im Außendienst,

immer wieder scheitern BU-Leistungsfälle daran, dass Gesundheitsfragen
im Antrag unvollständig beantwortet wurden – oft, weil Kunden die Fragen
falsch verstehen. Gemeinsam mit der Risikoprüfung haben wir dazu einen
kurzen Leitfaden geschrieben (Anhang, 3 Seiten).

Bitte lesen, ausdrucken, in die Beratungsmappe legen.

Beste Grüße
Lea

""" + sig("fuchsberger", foot=False),
  attachments=[att("Leitfaden_Gesundheitsfragen_2026.docx", docx([
      "# Leitfaden: Gesundheitsfragen im Beratungsgespräch",
      "Rabenfels Vertriebsakademie in Zusammenarbeit mit der Risikoprüfung Leben/BU – Stand April 2026",
      "# 1. Warum das so wichtig ist",
      "Falsche oder fehlende Angaben können dazu führen, dass wir im Leistungsfall vom Vertrag zurücktreten müssen (§ 19 VVG). Das trifft den Kunden dann, wenn er den Schutz am dringendsten braucht.",
      "# 2. Die fünf häufigsten Missverständnisse",
      "„Das war doch nur eine Vorsorgeuntersuchung.“ – Auffällige Befunde aus Vorsorgeuntersuchungen sind anzugeben.",
      "„Ich war nur beim Heilpraktiker.“ – Heilpraktiker sind Behandler im Sinne der Fragen.",
      "„Das war nur ein Gespräch beim Psychologen.“ – Auch wenige Sitzungen Psychotherapie sind anzugeben.",
      "„Die Krankschreibung war nur wegen Erkältung.“ – Die Frage nach Arbeitsunfähigkeit fragt nach allen Zeiträumen über der genannten Dauer.",
      "„Das hat der Arzt nur vorsichtshalber verschrieben.“ – Verordnete Medikamente gehören zur Behandlung.",
      "# 3. So fragen Sie richtig",
      "Lesen Sie jede Frage vollständig vor. Lassen Sie den Kunden selbst antworten. Empfehlen Sie bei Unsicherheit, die Patientenquittung der Krankenkasse oder die Patientenakte beim Hausarzt anzufordern.",
      "# 4. Beispiel (fiktiv)",
      "Kunde „Herr Muster“, 34, erinnert sich an „etwas mit dem Rücken vor ein paar Jahren“. Richtig: Antrag zurückstellen, Patientenquittung anfordern, dann vollständig angeben. Falsch: „Das war bestimmt nichts Ernstes“ eintragen.",
      "# 5. Risikovoranfrage",
      "Bei bekannten Vorerkrankungen zuerst eine anonyme Risikovoranfrage stellen – ohne Namen, Geburtsdatum oder Anschrift.",
  ]))])

# --- 0062 -------------------------------------------------------------------
M(62, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "postponement of broker's client Laura Heinemann's BU application: palpitations/suspected atrial fibrillation, Holter ECG pending",
  frm=F("krampe"), to=addr("Jörg Brandt", "joerg.brandt@finanzhaus-brandt.example"),
  subject="BU-Antrag Heinemann, Laura (A-2026-0311450) – Zurückstellung",
  date=(4, 1, 15, 16),
  body="""Hallo Herr Brandt,

zum BU-Antrag von Frau Laura Heinemann eine kurze Info vorab, bevor
das offizielle Schreiben rausgeht:

Frau Heinemann hat angegeben, dass sie seit Januar wegen Herzstolpern
und anfallsartigem Herzrasen beim Kardiologen in Abklärung ist; ein
Langzeit-EKG ist für Mai geplant, der Verdacht lautet auf paroxysmales
Vorhofflimmern. Solange die Diagnostik läuft, können wir das Risiko
nicht seriös einschätzen.

Wir stellen den Antrag deshalb für sechs Monate zurück. Sobald der
kardiologische Abschlussbericht vorliegt, prüfen wir gern erneut –
bei einem harmlosen Befund (z. B. gelegentliche Extrasystolen) ist
eine normale Annahme gut möglich.

Das Schreiben an Frau Heinemann geht morgen per Post raus.

Viele Grüße
""" + sig("krampe"))

# --- 0063 -------------------------------------------------------------------
M(63, "CONFIDENTIAL", "en", "insurer-to-customer",
  "home contents policy of Hannah Wilde: address change, corrected birth date, policy number and new premium; no health data",
  frm=F("rieck"), to=addr("Hannah Wilde", "hannah.wilde@webpost.example"),
  subject="RE: Moving house – contents insurance",
  date=(4, 13, 16, 22),
  body="""Dear Ms Wilde,

thank you for letting us know about your move. We have updated your
home contents policy S 5517 2080:

  New address (from 1 May 2026):  Wolfsschlucht 9, 34117 Kassel
  Living space:                   68 m² (previously 54 m²)
  Sum insured:                    EUR 44,200 (650 EUR per m²)
  New annual premium:             EUR 96.40 (previously EUR 79.90)

During the move, both flats are insured for up to two months.

You also mentioned that your date of birth was wrong on the policy
schedule. We have corrected it to 12 April 1991 (it said 21 April).
A new schedule will be sent to your new address.

Good luck with the move!

Malte Rieck

""" + sig("rieck", "en"))

# --- 0064 -------------------------------------------------------------------
M(64, "NORMAL", "de", "insurer-to-supplier",
  "trap: order of ergonomic office chairs 'for back health' recommended by the works doctor; no person concerned",
  frm=F("lichtenberg"), to=addr("Vertrieb Büroeinrichtung Kessel & Co.", "vertrieb@buero-kessel.example"),
  cc=F("mohr"),
  subject="Bestellung 4500-2026-0398 – Bürodrehstühle",
  date=(4, 20, 9, 45),
  body="""Sehr geehrte Damen und Herren,

auf Grundlage Ihres Angebots vom 10.04.2026 bestellen wir:

  40 Stück Bürodrehstuhl "ErgoFlex 3D", Synchronmechanik, Lordosen-
  stütze höhenverstellbar, Sitztiefenverstellung, Bezug anthrazit,
  Rollen für Teppich, Einzelpreis 389,00 EUR netto
  Lieferung und Montage pauschal 240,00 EUR netto

Die Stühle sind für die Leistungsabteilungen im 4. und 5. OG. Unser
Betriebsarzt hat das Modell nach der Arbeitsplatzbegehung im März für
die Rückengesundheit empfohlen; bitte liefern Sie deshalb alle Stühle
mit der optionalen Nackenstütze (im Preis enthalten, wie besprochen).

Liefertermin: KW 20, Anlieferung über Tor 3, Ansprechpartner vor Ort
Herr Mohr (0171 8823 660). Die Altstühle nehmen Sie bitte zur
Entsorgung mit.

Mit freundlichen Grüßen
""" + sig("lichtenberg"))

# --- 0065 -------------------------------------------------------------------
M(65, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
  "English explanation of a German health-claim statement for Sven Larsen living in the UK: knee MRI, meniscus diagnosis, physiotherapy, reimbursed amounts",
  frm=F("jost"), to=addr("Sven Larsen", "sven.larsen@mailbox.example"),
  subject="RE: Leistungsabrechnung – could you explain in English?",
  date=(4, 3, 11, 33),
  body="""Dear Mr Larsen,

of course. Here is the statement for your claim of 17 March with my
explanation in English after each line.

> Leistungsabrechnung vom 27.03.2026 – Versicherungsnummer KV 88 5510392
> 1) Rechnung Radiologie Reading (MRT Kniegelenk rechts, 19.02.2026),
>    Diagnose: Innenmeniskusläsion rechts (S83.2), GBP 420,00 =
>    491,40 EUR, erstattet 491,40 EUR
   -> MRI of your right knee, diagnosis tear of the inner meniscus;
      reimbursed in full.
> 2) Rechnung Physiotherapie (8 x Krankengymnastik), 344,00 EUR,
>    erstattet 275,20 EUR (80 % Heilmittel)
   -> eight physiotherapy sessions; your tariff pays 80 % for
      therapies.
> 3) Rezept Ibuprofen 600 mg, 9,80 EUR, nicht erstattet
>    (Selbstbehalt Arzneimittel)
   -> prescription for ibuprofen; not reimbursed because of your
      annual excess for medicines (EUR 100, 62 EUR used so far).
> Auszahlungsbetrag: 766,60 EUR

The total of EUR 766.60 was transferred to your UK account on 30 March.

If the orthopaedic surgeon recommends an arthroscopy, please send us the
cost estimate before the operation so that we can confirm cover.

Best wishes for your recovery
Mareike Jost

""" + sig("jost", "en"))

# --- 0066 -------------------------------------------------------------------
M(66, "NORMAL", "en", "internal",
  "trap: draft job advert for a medical underwriter (medical knowledge, ICD-10) sent for review; no candidate or person data",
  frm=F("pfaff"), to=F("waldhauser"),
  subject="Job ad 'Medical Underwriter (m/f/d)' – English version for review",
  date=(1, 26, 14, 40),
  body="""Hi Corinna,

below the English version of the job ad for LinkedIn. Could you check
the technical wording by Thursday?

-----
Medical Underwriter Life & Disability (m/f/d) – Kassel or hybrid

Rabenfels Lebensversicherung AG is looking for a medical underwriter to
join our team of 14 in Kassel.

What you will do
- assess life, term life and disability applications, including complex
  medical histories,
- work with our company doctor and our reinsurers on facultative cases,
- write clear decisions: standard, rating, exclusion, postponement,
- train brokers and our sales staff.

What you bring
- a background as a nurse, paramedic, medical documentation specialist or
  a degree in medicine or life sciences,
- good knowledge of medical terminology and ICD-10,
- ideally experience in underwriting or claims,
- German at C1 level; English is a plus.

What we offer
- 38-hour week, flexible hours, up to 60 % remote
- 30 days' holiday, company pension, occupational health programme
- salary within the insurance collective agreement (grade VII/VIII)

Apply by 28 February at karriere.rabenfels-versicherung.example.
-----

Thanks!
Juliane

""" + sig("pfaff", "en", foot=False))

# --- 0067 -------------------------------------------------------------------
M(67, "CONFIDENTIAL", "en", "broker",
  "broker's request for public liability cover for a sole-trader carpenter Gavin Reilly: birth date, turnover, address, forwarded internally; no health data",
  frm=F("odonoghue"), to=F("oberlaender"),
  subject="Fwd: New business – public liability for joinery (Reilly)",
  date=(3, 2, 10, 5),
  body="""Sabine,

quick one for the liability quote tool, since you asked to see all
craftsmen cases this quarter. Standard joinery risk, I'd quote at the
usual rate. Details from Harrow & Pike below.

Liam

---------- Forwarded message ---------
From: Charlotte Pike <c.pike@harrowpike.example>
Date: Fri, 27 Feb 2026 at 15:48
Subject: New business – public liability for joinery (Reilly)
To: Liam O'Donoghue <liam.odonoghue@rabenfels-versicherung.example>

Hi Liam,

could you quote public and products liability for a new client:

  Name:             Gavin Reilly, trading as "Reilly Bespoke Joinery"
                    (sole trader, not incorporated)
  Date of birth:    03/11/1981
  Business address: Werkstatt, Ihringshäuser Str. 112, 34125 Kassel
  Activity:         fitted kitchens, staircases, built-in wardrobes;
                    no roofing, no scaffolding
  Employees:        1 journeyman, 1 apprentice
  Turnover 2025:    EUR 286,000
  Limit wanted:     EUR 5m combined single limit
  Previous insurer: none (moved from Ireland in 2025), no claims

Many thanks
Charlotte

Charlotte Pike
Harrow & Pike Insurance Brokers Ltd
""")

# --- 0068 -------------------------------------------------------------------
M(68, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "query to orthopaedist about BU applicant Daniel Voss (birth date): herniated disc L5/S1 (M51.1), questionnaire PDF pre-filled with his data",
  frm=F("krampe"), to=addr("Dr. med. Kai-Uwe Löhr", "praxis@ortho-loehr.example"),
  subject="Anfrage Befundbericht – Ihr Patient Daniel Voss, geb. 17.02.1987",
  date=(4, 22, 8, 37),
  body="""Sehr geehrter Herr Dr. Löhr,

Herr Daniel Voss, geb. 17.02.1987, hat bei uns eine Berufsunfähigkeits-
versicherung beantragt (Beruf: Physiotherapeut). Er hat einen
Bandscheibenvorfall L5/S1 im Jahr 2024 angegeben, den Sie konservativ
behandelt haben.

Wir bitten Sie, den beigefügten Fragebogen zu beantworten. Die
Schweigepflichtentbindung von Herrn Voss ist als Seite 2 beigefügt.
Das Honorar (GOÄ Nr. 75) überweisen wir nach Eingang.

Bitte senden Sie den Bericht über das Arztportal oder per Fax an
0561 7093-4499.

Mit freundlichen Grüßen

""" + sig("krampe"),
  attachments=[att("Arztanfrage_Voss_A-2026-0344102.pdf", pdf([
      "# Rabenfels Lebensversicherung AG - Aerztliche Anfrage",
      "Antragsnummer A-2026-0344102",
      "Patient: Daniel Voss, geb. 17.02.1987, Lessingstr. 6, 34119 Kassel",
      "Angefragter Arzt: Dr. med. Kai-Uwe Löhr, Orthopädie, Kassel",
      "",
      "Angegebene Erkrankung: Bandscheibenvorfall L5/S1 (M51.1), 2024",
      "",
      "1. Wann wurde der Bandscheibenvorfall diagnostiziert (Bildgebung, Datum)?",
      "2. Bestanden neurologische Ausfälle (Parese, Sensibilitätsstörung, Reflexe)?",
      "3. Welche Behandlung erfolgte (Physiotherapie, PRT, Medikamente, OP-Empfehlung)?",
      "4. Dauer der Arbeitsunfähigkeit?",
      "5. Datum der letzten Vorstellung und Befund zu diesem Zeitpunkt:",
      "6. Bestehen weitere Erkrankungen des Bewegungsapparates?",
      "",
      "Ort, Datum, Stempel, Unterschrift des Arztes: ____________________",
      "",
      "# Seite 2 - Schweigepflichtentbindung (Kopie)",
      "Ich, Daniel Voss, geb. 17.02.1987, entbinde Herrn Dr. med. Kai-Uwe Löhr",
      "gegenüber der Rabenfels Lebensversicherung AG von der Schweigepflicht",
      "für Auskünfte zu meinem Antrag A-2026-0344102.",
      "Kassel, 10.04.2026, gez. D. Voss",
  ], title="Arztanfrage A-2026-0344102"))])

# --- 0069 -------------------------------------------------------------------
M(69, "NORMAL", "de", "internal",
  "trap: data protection memo on retention periods for life application files (declined, accepted, health data); rules only, no person",
  frm=F("kiesewetter"), to=addr("Führungskräfte Leben", st("fk-leben")),
  cc=F("waldhauser"),
  subject="Aufbewahrungs- und Löschfristen Antragsakten Leben/BU – Klarstellung",
  date=(1, 12, 11, 1),
  body="""Liebe Kolleginnen und Kollegen,

nach der Prüfung durch die Revision fasse ich die geltenden Fristen für
Antragsunterlagen in Leben und BU noch einmal zusammen:

1. Abgelehnte oder nicht zustande gekommene Anträge:
   Löschung drei Jahre nach Ende des Jahres der Entscheidung
   (Verjährung möglicher Ansprüche). Gesundheitsdaten werden nicht
   länger gespeichert, auch nicht in Hinweisdateien.

2. Angenommene Anträge:
   Antragsunterlagen einschließlich Gesundheitsangaben und Arztberichte
   bleiben bis zehn Jahre nach Vertragsende gespeichert (Leistungsfall,
   Anfechtung, § 257 HGB für Handelsbriefe).

3. Risikovoranfragen:
   Anonyme Voranfragen dürfen nur ohne Personenbezug gespeichert werden
   und werden nach einem Jahr gelöscht.

4. Papierunterlagen:
   Nach dem Scannen werden Originale 6 Monate aufbewahrt und dann über
   die Datenschutztonnen vernichtet.

Die Löschläufe in RiskPilot und im Archiv laufen automatisch zum
Quartalsende. Bitte keine Kopien in persönlichen Laufwerken oder
Outlook-Ordnern ablegen – die erfasst kein Löschlauf.

Viele Grüße
Bernhard Kiesewetter

""" + sig("kiesewetter", foot=False))

# --- 0070 -------------------------------------------------------------------
M(70, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "critical illness claim of Olivia Brandt-Hughes: invasive breast cancer diagnosis confirmed, lump sum paid, policy number",
  frm=F("brueckner"), to=addr("Olivia Brandt-Hughes", "olivia.bh@webpost.example"),
  subject="Your critical illness claim – payment confirmed",
  date=(5, 5, 10, 18),
  body="""Dear Mrs Brandt-Hughes,

I am writing to confirm that we have accepted your claim under your
critical illness policy L 4470 220 518.

The histology report from the Breast Centre at Klinikum Fuldatal dated
8 April 2026 confirms an invasive carcinoma of the left breast, which
meets the policy definition of cancer (section 3.1). The lump sum of

  EUR 100,000

was transferred today to your account ending in ...4471. The payment is
not taxable as income in Germany.

Your policy continues for the other covered conditions and, as agreed,
premiums are waived for the next 12 months.

I know this is a very difficult time. If there is anything we can do,
for example arranging our free second-opinion service, please call me
directly.

With warm wishes
Nadine Brückner

""" + sig("brueckner", "en"))

# --- 0071 -------------------------------------------------------------------
M(71, "CONFIDENTIAL", "de", "insurer-to-customer",
  "buildings storm claim of Klaus-Dieter Ruppel: insured address, claim and policy number, adjuster appointment; no health data",
  frm=F("rosenbaum"), to=addr("Klaus-Dieter Ruppel", "kd.ruppel@t-net.example"),
  subject="Sturmschaden Ihr Wohnhaus – Termin Sachverständiger (SN 26-006103)",
  date=(2, 19, 16, 50),
  body="""Sehr geehrter Herr Ruppel,

vielen Dank für Ihre Schadenmeldung und die Fotos. Der Sturm vom
16./17. Februar hat bei Ihrem Haus in der Brunnenstraße 41, 34266
Niestetal, einen Teil der Dachziegel abgedeckt; durch den Regen ist
Wasser ins Dachgeschoss gelaufen.

Der Schaden ist über Ihre Wohngebäudeversicherung S 5571 3390 gedeckt
(Sturm ab Windstärke 8 – der Deutsche Wetterdienst hat für Kassel
Böen bis 10 Bft gemessen).

Unser Sachverständiger, Herr Dipl.-Ing. Peter Mangold, kommt am

  Dienstag, 24. Februar 2026, zwischen 10 und 12 Uhr

zu Ihnen. Die Notabdeckung durch den Dachdecker war richtig; die Kosten
dafür übernehmen wir. Bitte bewahren Sie beschädigte Ziegel und die
Rechnung auf.

Mit freundlichen Grüßen
Helga Rosenbaum

""" + sig("rosenbaum"))

# --- 0072 -------------------------------------------------------------------
M(72, "NORMAL", "de", "insurer-to-broker",
  "trap: sales campaign for term life (model premiums, bonus commission table) to brokers; no customer data",
  frm=F("sandmann"), to=addr("Maklerpartner Nordhessen/Thüringen", "maklerinfo@" + DOM),
  subject="Frühjahrsaktion Risikoleben: 0,5 ‰ Bonus-Courtage bis 30. Juni",
  date=(4, 6, 8, 15),
  body="""Liebe Maklerpartner,

die Baufinanzierung zieht wieder an – und mit ihr die Nachfrage nach
Risikolebensversicherungen. Bis zum 30. Juni zahlen wir für jeden
policierten Risikoleben-Vertrag 0,5 Promille Bonus-Courtage auf die
Versicherungssumme.

Beispielbeiträge (Modellkunde, Nichtraucher, Bürotätigkeit, konstante
Summe 250.000 EUR, 20 Jahre): 30 Jahre 9,40 EUR, 40 Jahre 17,20 EUR,
50 Jahre 46,80 EUR monatlich.

Die Tabelle mit Bonusstaffel und allen Details finden Sie in der
HTML-Ansicht dieser Mail und im Maklerportal.

Viele Grüße
Philipp Sandmann
""",
  html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Liebe Maklerpartner,</p>
<p>die Baufinanzierung zieht wieder an &ndash; und mit ihr die Nachfrage nach Risikolebensversicherungen.
Bis zum <b>30. Juni</b> zahlen wir f&uuml;r jeden policierten Risikoleben-Vertrag
<b>0,5 &permil; Bonus-Courtage</b> auf die Versicherungssumme.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef7"><th>Eintrittsalter</th><th>Nichtraucher</th><th>Raucher</th><th>Bonus bei 250.000 EUR</th></tr>
<tr><td>30</td><td>9,40 EUR</td><td>19,90 EUR</td><td>125 EUR</td></tr>
<tr><td>40</td><td>17,20 EUR</td><td>41,30 EUR</td><td>125 EUR</td></tr>
<tr><td>50</td><td>46,80 EUR</td><td>118,60 EUR</td><td>125 EUR</td></tr>
</table>
<p style="font-size:11px">Modellkunde, B&uuml;rot&auml;tigkeit, konstante Summe 250.000 EUR, Laufzeit 20 Jahre, Monatsbeitrag.
Bonus gilt f&uuml;r Antragseingang 06.04.&ndash;30.06.2026 und Policierung bis 31.08.2026.</p>
<p>Viele Gr&uuml;&szlig;e<br>Philipp Sandmann<br>Maklerbetreuung Nordhessen/Th&uuml;ringen</p>
</body></html>
""")

# --- 0073 -------------------------------------------------------------------
M(73, "NORMAL", "de", "insurer-to-hospital",
  "trap: direct-billing agreement with a hospital (process, billing format, DRG, contacts); no patient",
  frm=F("jost"), to=addr("Dr. Ralf Wiegand, Kaufm. Direktor", "r.wiegand@klinikum-fuldatal.example"),
  subject="Vereinbarung Direktabrechnung Privatpatienten ab 01.05.2026",
  date=(4, 10, 10, 3),
  body="""Sehr geehrter Herr Dr. Wiegand,

vielen Dank für das konstruktive Gespräch am Mittwoch. Wie besprochen
fasse ich die Eckpunkte der Vereinbarung zur Direktabrechnung zusammen:

1. Geltungsbereich: alle stationären Behandlungen von Versicherten der
   Rabenfels Krankenversicherung AG mit Vollversicherung oder
   stationärer Zusatzversicherung, allgemeine Krankenhausleistungen
   (DRG, Zusatzentgelte) und Wahlleistung Unterkunft.
2. Abrechnung elektronisch im Datensatz nach § 301 SGB V analog über
   die Kommunikationsplattform; Papierrechnungen nur ausnahmsweise.
3. Zahlungsziel 30 Tage nach Eingang der vollständigen Rechnung.
4. Kostenübernahmeerklärungen erteilen wir innerhalb von zwei
   Arbeitstagen; bei Notfallaufnahmen genügt die Versichertenkarte.
5. Wahlärztliche Leistungen bleiben beim Patienten (keine
   Abtretung), außer bei Tarifen mit Direktabrechnung Wahlarzt.
6. Ansprechpartner: Leistungsabteilung Kranken, Team Stationär,
   Tel. 0561 7093-3100.

Den Vertragsentwurf schicken wir Ihnen bis Ende April zu.

Mit freundlichen Grüßen

""" + sig("jost"))

# --- 0074 -------------------------------------------------------------------
M(74, "CONFIDENTIAL", "en", "insurer-to-partner",
  "motor recovery claim against a UK insurer: their policyholder Peter Dunn named, plates, our customer, claim amount; nobody hurt",
  frm=F("ebersbach"), to=addr("Albion Motor Insurance – Claims", "claims@albion-motor.example"),
  subject="Recovery – your insured Peter Dunn – accident Kassel 18.02.2026 – our ref KS-26-001994",
  date=(3, 20, 11, 44),
  body="""Dear Sir or Madam,

we are the motor insurers of Mrs Claudia Reimann, whose vehicle (Audi A4,
German registration KS-CR 640) was damaged on 18 February 2026 in Kassel,
Wilhelmshöher Allee, when your policyholder

  Mr Peter Dunn, driving a Land Rover Discovery, UK registration
  LK19 XHW, your policy AMI-7730192

failed to give way when turning left. The police report (Polizei Kassel,
ref. 26/1142-VU) confirms that no one was injured.

We have indemnified our customer under her comprehensive cover as
follows:

  Repair costs (invoice Autohaus Weißenstein)   EUR 4,862.17
  Expert report                                 EUR   612.00
  Loss of use, 6 days                           EUR   354.00
  Total                                         EUR 5,828.17

We kindly ask you to reimburse this amount within 30 days to our
recovery account:

  Rabenfels Allgemeine Versicherung AG
  IBAN {IBAN}, BIC BUEKDE51XXX
  reference KS-26-001994

Copies of the police report and the expert report are available on
request.

Yours faithfully
Jannik Ebersbach

""".replace("{IBAN}", grouped(iban("DE", "52090000" + "0000770019"))) + sig("ebersbach", "en"))

# --- 0075 -------------------------------------------------------------------
M(75, "NORMAL", "en", "insurer-to-partner",
  "trap: aggregated term life mortality experience by age band and sex for the reinsurer (CSV), small cells merged; no individual",
  frm=F("tiedemann"), to=addr("Dr Hannah Okoye", "hannah.okoye@brightwater-re.example"),
  cc=F("vossberg"),
  subject="Mortality experience study 2019-2025 – term life, aggregated",
  date=(5, 12, 9, 52),
  body="""Dear Hannah,

as agreed for the pricing review, attached is our term life mortality
experience for exposure years 2019-2025, aggregated by age band and sex.
Cells with fewer than 5 deaths have been merged with the neighbouring
band (marked "merged"), so no individual can be derived from the file.

Headline: actual/expected against DAV 2008 T is 71 % overall (males 69 %,
females 76 %), very much in line with your pool.

Exposure and deaths for smokers are in a second block of the same file.
Happy to talk through the methodology on our call on the 20th.

Best regards
Gregor

""" + sig("tiedemann", "en"),
  attachments=[att("RAB_term_mortality_2019-2025_agg.csv", csvdata([
      ["block", "sex", "age_band", "exposure_years", "deaths", "expected_DAV2008T", "AE_ratio", "note"],
      ["all", "M", "18-29", "41230", "", "", "", "merged into 18-39"],
      ["all", "M", "18-39", "158877", "61", "84.2", "0.72", "merged"],
      ["all", "M", "40-49", "132004", "118", "171.5", "0.69", ""],
      ["all", "M", "50-59", "88311", "231", "339.8", "0.68", ""],
      ["all", "M", "60-69", "19720", "128", "179.1", "0.71", ""],
      ["all", "F", "18-39", "117540", "22", "30.1", "0.73", "merged"],
      ["all", "F", "40-49", "96312", "51", "66.0", "0.77", ""],
      ["all", "F", "50-69", "71026", "142", "186.2", "0.76", "merged"],
      ["smoker", "M+F", "18-49", "61210", "49", "58.8", "0.83", "merged"],
      ["smoker", "M+F", "50-69", "23045", "97", "116.4", "0.83", "merged"],
  ], delimiter=","))])
# --- 0076 -------------------------------------------------------------------
M(76, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU acceptance at standard terms for Mia Schröder despite disclosed hay fever (cetirizine) and old ligament strain; health answers of a named applicant",
  frm=F("krampe"), to=addr("Mia Schröder", "mia.schroeder@mailbox.example"),
  subject="Gute Nachricht: Ihre Berufsunfähigkeitsversicherung ist angenommen",
  date=(3, 31, 13, 21),
  body="""Liebe Frau Schröder,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag auf
Berufsunfähigkeitsversicherung (A-2026-0297735) zu normalen Bedingungen
annehmen – ohne Zuschlag und ohne Ausschluss.

Ihre Angaben zum Heuschnupfen (Cetirizin bei Bedarf in der Pollensaison)
und zur Bänderzerrung am rechten Sprunggelenk 2019, die folgenlos
ausgeheilt ist, führen bei uns zu keiner Einschränkung. Einen Arzt-
bericht mussten wir dafür nicht anfordern.

Ihr Vertrag L 4412 903 117 beginnt am 1. April 2026. Den Versicherungs-
schein mit allen Unterlagen finden Sie ab morgen in Ihrem Kundenportal;
die gedruckte Fassung kommt per Post.

Herzlich willkommen bei Rabenfels!

Tobias Krampe

""" + sig("krampe"))

# --- 0077 -------------------------------------------------------------------
M(77, "CONFIDENTIAL", "de", "internal",
  "HR forwards a job applicant's CV (Lena Hartung: birth date, address, current salary and salary expectation) to the hiring manager; no health data",
  frm=F("pfaff"), to=F("oberlaender"),
  subject="Bewerbung Sachbearbeitung Haftpflicht-Schaden – Frau Hartung",
  date=(2, 9, 15, 34),
  body="""Hallo Sabine,

anbei der Lebenslauf von Frau Lena Hartung für die Stelle in deinem
Team (Kennziffer 2026-HS-04). Aus meiner Sicht passt sie sehr gut:
Ausbildung als Kauffrau für Versicherungen und Finanzanlagen, drei Jahre
Kfz-Schaden bei einem Mitbewerber, jetzt Fachwirtin-Studium.

Aktuelles Bruttojahresgehalt laut Bewerbung 44.500 EUR, ihre
Gehaltsvorstellung liegt bei 49.000 EUR – das wäre bei uns Tarifgruppe
VI, Stufe 2, plus Zulage. Frühester Eintritt 1. Mai.

Wenn du sie einladen möchtest, schlage ich den 19. oder 20. Februar vor.
Bitte den Lebenslauf nicht ausdrucken und nach dem Verfahren löschen.

Gruß Juliane
""",
  attachments=[att("Lebenslauf_Lena_Hartung.docx", docx([
      "# Lebenslauf",
      "Lena Hartung",
      "Geboren am 06.09.1996 in Göttingen",
      "Anschrift: Hugo-Preuß-Straße 27, 34131 Kassel",
      "Telefon: 0152 2290 4418, E-Mail: lena.hartung@webpost.example",
      "# Berufserfahrung",
      "seit 04/2023  Sachbearbeiterin Kfz-Schaden, Hessische Allgemeine Versicherungs-AG (fiktiv), Kassel",
      "08/2020–03/2023  Kundenberaterin Innendienst, ebenda",
      "# Ausbildung",
      "08/2017–07/2020  Ausbildung Kauffrau für Versicherungen und Finanzanlagen, Abschluss IHK (Note 1,7)",
      "seit 10/2024  berufsbegleitend: Geprüfte Fachwirtin für Versicherungen und Finanzen",
      "# Kenntnisse",
      "MS Office, SAP FS-CD (Grundkenntnisse), Englisch B2, Führerschein Klasse B",
  ], author="Lena Hartung"))])

# --- 0078 -------------------------------------------------------------------
M(78, "NORMAL", "de", "internal",
  "trap: IT support request about the mailroom scanner skewing 'Arztrechnungen'; no invoice content or person",
  frm=F("jost"), to=addr("IT-Service Desk", st("it-service")),
  subject="Scanner Poststelle 4. OG zieht Arztrechnungen schief ein",
  date=(1, 28, 7, 58),
  charset="windows-1252", cte="8bit",
  body="""Hallo IT-Service,

seit gestern zieht der große Dokumentenscanner in der Poststelle (4. OG,
Inventarnr. SC-0417) die eingehenden Arztrechnungen und Rezepte schief
ein, vor allem die dünnen Durchschläge. Die Texterkennung kann dann
Rechnungsnummer und Betrag nicht lesen und alles landet in der manuellen
Nachbearbeitung - heute morgen schon 300 Stück.

Das Problem tritt nur beim Einzug über das obere Fach auf. Vielleicht
sind die Einzugsrollen verschlissen?

Können Sie bitte jemanden vorbeischicken oder den Service von Canonica
beauftragen? Dringend, wir hängen sonst mit den Erstattungen hinterher.

Danke und Gruß
Mareike Jost
Leistungsabteilung Kranken, -3120
""")

# --- 0079 -------------------------------------------------------------------
M(79, "NORMAL", "en", "insurer-to-company",
  "trap: group income protection quote for a company based on an aggregated census (headcount and salary totals by age band); no individual employee",
  frm=F("brueckner"), to=addr("Rachel Summers, HR Director", "rachel.summers@brightline-software.example"),
  subject="Group income protection – indicative quote for Brightline Software GmbH",
  date=(5, 7, 14, 11),
  body="""Dear Ms Summers,

thank you for the anonymised census. Based on it, here is our indicative
quote for a group income protection scheme (Gruppen-BU) for all
permanent employees of Brightline Software GmbH:

  Age band   Employees   Insured salary total   Annual premium
  20-29          23         EUR 1,334,000       EUR  9,338
  30-39          38         EUR 2,812,000       EUR 25,308
  40-49          17         EUR 1,428,000       EUR 19,992
  50-59           6         EUR   546,000       EUR 11,466
  Total          84         EUR 6,120,000       EUR 66,104

Benefit: 60 % of insured salary (max. EUR 6,000 per month) until age 67,
deferred period 6 months, escalation 2 % p.a.

Because the scheme covers all employees with no opt-out, there are no
individual health questions up to a free cover limit of EUR 3,000
monthly benefit. Above that limit only the employee concerned answers a
short questionnaire.

The quote is valid until 30 June. I would be glad to present it to you
and your works council.

Kind regards
Nadine Brückner

""" + sig("brueckner", "en"))

# --- 0080 -------------------------------------------------------------------
M(80, "CONFIDENTIAL", "mixed", "insurer-to-customer",
  "English explanation of the German claim form of Ryan Cole (private liability: damaged garage door of a named friend), policy and claim number; nobody hurt",
  frm=F("oberlaender"), to=addr("Ryan Cole", "ryan.cole@freenet-mail.example"),
  subject="RE: Schadenanzeige – garage door",
  date=(4, 24, 10, 57),
  body="""Dear Mr Cole,

thanks for the completed claim form. You asked whether you filled it in
correctly – yes, nearly. Here is what you wrote, with two small
corrections:

> Schadenanzeige Privathaftpflicht – Vertrag PH 8810 2274
> Schadentag: 18.04.2026, ca. 15 Uhr
> Schadenort: Auffahrt Hofstraße 3, 34327 Körle
> Geschädigter: Herr Matthias Böhm (Freund), gleiche Adresse
> Hergang: Beim Rangieren mit dem geliehenen Anhänger von Herrn Böhm
> bin ich gegen sein Garagentor gefahren.
> Personenschaden: nein
> Höhe: ca. 1.500 EUR (Kostenvoranschlag folgt)

1. The trailer belonged to Mr Böhm and you borrowed it. Damage to the
   trailer itself would not be covered (borrowed items), but the damage
   to the garage door is. You only mentioned the door, so that's fine.
2. Please add whose car was pulling the trailer. If it was your car,
   the damage may fall under your motor liability rather than your
   private liability insurance – we will check that internally.

Please ask Mr Böhm to send us the estimate directly, quoting claim
number HS-26-01562.

Kind regards
Sabine Oberländer

""" + sig("oberlaender", "en"))

# --- 0081 -------------------------------------------------------------------
M(81, "NORMAL", "de", "newsletter",
  "trap: broker newsletter about the new shorter health questions in the BU application (look-back periods, wording); generic",
  frm=addr("Rabenfels Maklerbrief", "maklerbrief@" + DOM),
  to=addr("Rabenfels Maklerbrief", "maklerbrief@" + DOM),
  subject="Maklerbrief 05/2026: Neue Gesundheitsfragen im BU-Antrag ab 1. Juli",
  date=(5, 4, 7, 0),
  headers=[("List-Unsubscribe", "<mailto:maklerbrief-abmelden@rabenfels-versicherung.example>")],
  body="""RABENFELS MAKLERBRIEF 05/2026

Neue Gesundheitsfragen im BU-Antrag ab 1. Juli
------------------------------------------------

Ab dem 1. Juli 2026 gilt für alle BU-Tarife ein überarbeiteter
Gesundheitsfragebogen. Die wichtigsten Änderungen:

* Ambulante Behandlungen: Rückblick 3 statt 5 Jahre.
* Stationäre Behandlungen und Psychotherapie: weiter 5 Jahre,
  Psychotherapie aber erst ab mehr als 5 Sitzungen abfragen.
* Keine Fragen mehr zu Heuschnupfen, Kurzsichtigkeit bis
  -6 Dioptrien, einmaligen Erkältungs- und Magen-Darm-Infekten,
  Schwangerschaften ohne Komplikationen.
* Neu formulierte Frage zu Drogen und Alkohol, ohne Fachbegriffe.
* Fragen zu Größe und Gewicht bleiben.

Anträge auf dem alten Formular nehmen wir bis 30. September an.
Die neuen Formulare stehen ab 15. Juni im Maklerportal; die Vergleichs-
rechner werden zum 1. Juli aktualisiert.

Webinar zu den neuen Fragen: 23. Juni, 10 Uhr – Anmeldung im Portal.

Außerdem in diesem Maklerbrief:
- Bonus-Courtage Risikoleben läuft bis 30. Juni
- Neue Ansprechpartnerin im Vertriebsinnendienst Süd: Frau Carla Mertens

Ihr Rabenfels-Maklerteam

Abmelden: maklerbrief-abmelden@rabenfels-versicherung.example
""")

# --- 0082 -------------------------------------------------------------------
M(82, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "daily sickness allowance for Armin Kessler: certified incapacity for work, payment period and amount; health insurance benefit of a named person",
  frm=F("jost"), to=addr("Armin Kessler", "armin.kessler@t-net.example"),
  subject="Krankentagegeld – Abrechnung 12.02. bis 25.02.2026",
  date=(3, 2, 14, 26),
  body="""Sehr geehrter Herr Kessler,

vielen Dank für die Folgebescheinigung Ihrer Arbeitsunfähigkeit von
Ihrem Hausarzt, Herrn Dr. Neumann, bis einschließlich 13.03.2026.

Aus Ihrem Krankentagegeldtarif KT 43 (Leistung ab dem 43. Tag der
Arbeitsunfähigkeit, 120 EUR je Kalendertag) rechnen wir ab:

  Zeitraum:       12.02.2026 – 25.02.2026 (14 Tage)
  Tagessatz:      120,00 EUR
  Auszahlung:     1.680,00 EUR

Die Zahlung für den Zeitraum ab 26.02. erfolgt wie gewohnt nach
14 Tagen. Da Ihre Arbeitsunfähigkeit inzwischen länger als drei Monate
dauert, bitten wir Sie, uns den beigefügten Fragebogen zum Krankheits-
verlauf auszufüllen und den Entlassungsbericht der Reha-Klinik
nachzureichen, sobald er vorliegt.

Gute Besserung!

Mit freundlichen Grüßen
Mareike Jost

Versicherungsnummer KV 88 6120447

""" + sig("jost"))

# --- 0083 -------------------------------------------------------------------
M(83, "CONFIDENTIAL", "de", "insurer-to-customer",
  "traffic legal expenses for Patrick Lindner: administrative speeding fine (31 km/h, points, driving ban), case number; no criminal offence, no health",
  frm=F("wohlleben"), to=addr("Patrick Lindner", "p.lindner@webpost.example"),
  subject="Ihr Bußgeldverfahren – Kostenschutz bestätigt (RS-V-26-00407)",
  date=(3, 26, 11, 38),
  body="""Hallo Herr Lindner,

Sie haben uns den Bußgeldbescheid des Regierungspräsidiums Kassel vom
12.03.2026 geschickt: Überschreitung der zulässigen Geschwindigkeit
außerorts um 31 km/h auf der B 83 bei Guxhagen, Regelbuße 150 EUR,
1 Punkt in Flensburg und ein Monat Fahrverbot.

Für den Einspruch besteht Versicherungsschutz aus Ihrem Verkehrs-
Rechtsschutz (Vertrag RSV 6620 1187); in Bußgeldverfahren gibt es keine
Selbstbeteiligung. Die Deckung umfasst Anwaltskosten, Akteneinsicht und
ggf. ein Sachverständigengutachten zur Messung.

Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.
Wenn Sie noch keinen Anwalt haben, nennen wir Ihnen gern eine auf
Verkehrsrecht spezialisierte Kanzlei in Kassel.

Freundliche Grüße

""" + sig("wohlleben"))

# --- 0084 -------------------------------------------------------------------
M(84, "NORMAL", "en", "insurer-to-customer",
  "trap: portal one-time password mail (credential only, no contract, health or bank data)",
  frm=addr("Rabenfels Customer Portal", "noreply-portal@" + DOM),
  to=addr("Richard Thornton", "r.thornton@mailbox.example"),
  subject="Your one-time password for the Rabenfels customer portal",
  date=(2, 14, 19, 3),
  headers=[("Auto-Submitted", "auto-generated")],
  body="""Hello Richard Thornton,

you have started registering for the Rabenfels customer portal.

Your one-time password is:  K7Q4-MW2P

It is valid for 72 hours and can be used once. After logging in you will
be asked to choose your own password and a security question.

Your user name was sent to you in a separate letter by post.

If you did not request this, please ignore this e-mail - without the
letter nobody can use the password.

Rabenfels customer portal
https://portal.rabenfels-versicherung.example
""", cte="7bit")

# --- 0085 -------------------------------------------------------------------
M(85, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
  "consultation with Swiss reinsurer on a pseudonymised BU applicant (airline pilot, 41): obstructive sleep apnoea with CPAP, BMI, loss-of-licence question",
  frm=F("vossberg"), to=addr("Dr. Urs Blättler", "urs.blaettler@saentis-rueck.example"),
  cc=F("krampe"),
  subject="Konsultation BU – A-2026-0350221 – Verkehrspilot mit Schlafapnoe",
  date=(4, 17, 10, 25),
  body="""Grüezi Herr Dr. Blättler,

wir bitten um Ihr Votum in einem BU-Fall, der über unsere automatische
Zeichnungsgrenze hinausgeht:

  Antrag:          A-2026-0350221
  Person:          männlich, 41 Jahre, Verkehrspilot (Kapitän A320)
                   bei einer deutschen Fluggesellschaft
  Gewünscht:       BU-Rente 3.000 EUR monatlich bis Alter 60,
                   zusätzlich Klausel Fluguntauglichkeit (Loss of Licence)
  Gesundheit:      obstruktive Schlafapnoe, diagnostiziert 08/2024
                   (AHI 34/h), seither CPAP-Therapie, Auslesung
                   Compliance 6,8 h/Nacht, Rest-AHI 3/h.
                   BMI 29,8. Flugmedizinisches Tauglichkeitszeugnis
                   Klasse 1 wurde nach Therapiebeginn mit Auflage
                   erneut erteilt.
                   Sonst keine Vorerkrankungen.

Unsere Einschätzung: BU zu normalen Bedingungen vertretbar; die
Fluguntauglichkeitsklausel nur mit Ausschluss "Schlafbezogene
Atmungsstörungen". Stimmen Sie zu, und übernehmen Sie wie im Vertrag
vorgesehen 70 % des Risikos?

Die Unterlagen (Schlaflaborbericht, CPAP-Auslesung, Fragebogen
Luftfahrt) stellen wir Ihnen über den gesicherten Datenraum bereit.

Freundliche Grüsse aus Kassel
Henrik Vossberg

""" + sig("vossberg"))

# --- 0086 -------------------------------------------------------------------
M(86, "NORMAL", "de", "internal",
  "trap: aggregated processing-time report of the health claims department (XLSX with counts and median days); no person",
  frm=F("jost"), to=addr("Bereichsleitung Leistung Kranken", st("bl-leistung-kranken")),
  subject="Durchlaufzeiten Leistungsbearbeitung Q1/2026",
  date=(4, 8, 16, 45),
  body="""Hallo zusammen,

anbei die Durchlaufzeiten für Q1. Kurz zusammengefasst:

- Arztrechnungen ambulant: Median 3 Arbeitstage (Ziel 5) – gut.
- Krankenhausrechnungen: 6 Tage (Ziel 7).
- Heil- und Kostenpläne Zahn: 9 Tage (Ziel 5) – hier hängen wir,
  weil zwei Gutachterzahnärzte ausgefallen sind.
- Krankentagegeld: 4 Tage.

Der Scanner in der Poststelle hat uns Ende Januar ca. 1,5 Tage gekostet,
siehe Zeile "manuelle Nachbearbeitung".

Gruß
Mareike
""",
  attachments=[att("Durchlaufzeiten_LK_Q1-2026.xlsx", xlsx([
      ["Vorgangsart", "Anzahl Q1", "Median AT", "90%-Quantil AT", "Ziel AT"],
      ["Arztrechnung ambulant", 48210, 3, 8, 5],
      ["Krankenhausrechnung", 6944, 6, 14, 7],
      ["Heil- und Kostenplan Zahn", 2310, 9, 21, 5],
      ["Zahnarztrechnung", 15388, 4, 10, 5],
      ["Krankentagegeld", 3127, 4, 9, 5],
      ["Hilfsmittel", 1980, 5, 12, 7],
      ["manuelle Nachbearbeitung (Scan)", 4120, 2, 5, ""],
  ], sheet="Q1"))])

# --- 0087 -------------------------------------------------------------------
M(87, "CONFIDENTIAL", "en", "insurer-to-customer",
  "home insurance cancellation after moving abroad: premium refund to Tomás Herrera's Spanish IBAN, policy number",
  frm=F("rieck"), to=addr("Tomás Herrera", "tomas.herrera@webpost.example"),
  subject="Cancellation of your home contents policy S 5522 7041 – refund",
  date=(5, 19, 9, 9),
  body="""Dear Mr Herrera,

as requested, we have cancelled your home contents policy S 5522 7041
with effect from 30 April 2026, the day you handed back your flat in
Kassel.

You had paid the annual premium up to 31 December 2026. The unused part
will be refunded:

  Premium 01.05.–31.12.2026 (pro rata)   EUR 42.10

We will transfer the refund to your Spanish account as requested:

  Account holder: Tomás Herrera Ruiz
  IBAN: {IBAN}

The transfer usually arrives within two to three working days.

We wish you all the best in Valencia!

Malte Rieck

""".replace("{IBAN}", grouped(iban("ES", "21000418450200051332"))) + sig("rieck", "en"))

# --- 0088 -------------------------------------------------------------------
M(88, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "attending physician statement request to a UK GP about life/BU applicant Daniel Ashford (birth date): asthma, inhalers, hospital admission",
  frm=F("raman"), to=addr("Dr Fiona Grant", "reception@kennetside-surgery.example"),
  subject="Request for medical report – Mr Daniel Ashford, DOB 14/03/1985",
  date=(4, 29, 12, 40),
  body="""Dear Dr Grant,

Mr Daniel Ashford, date of birth 14/03/1985, of 22 Northcourt Avenue,
Reading RG2 7HA, who has recently moved to Germany, has applied to us
for term life and income protection cover. He has named you as his GP
until 2025 and has signed the enclosed consent under the Access to
Medical Reports Act 1988; he has asked to see the report before it is
sent.

Mr Ashford told us that he has had asthma since childhood, uses a
beclometasone/formoterol inhaler daily and salbutamol as needed, and was
admitted to the Royal Berkshire Hospital once in 2022 because of an
exacerbation. Could you please let us have:

1. a summary of his asthma history, including hospital admissions,
   oral steroid courses and lung function results,
2. any other significant conditions in the last ten years,
3. a copy of the last two years' consultation notes, if convenient.

We will pay your fee of GBP 104 on receipt of your invoice. Please send
the report through our secure upload link:
https://securemail.rabenfels-versicherung.example/upload/APS-26-0417

Thank you for your help.

Yours sincerely
Priya Raman

""" + sig("raman", "en"))

# --- 0089 -------------------------------------------------------------------
M(89, "NORMAL", "en", "internal",
  "trap: data protection meeting minutes on using AI to triage life applications (health data categories, DPIA steps); no individual",
  frm=F("kiesewetter"), to=[F("waldhauser"), F("reid"), F("petersen")],
  subject="Minutes: DP jour fixe 11 May – AI triage of applications",
  date=(5, 12, 16, 3),
  body="""Dear all,

minutes of yesterday's data protection jour fixe (English, as Alastair
joined).

1. Pilot "AI triage" for life and disability applications
   - Purpose: pre-sort applications into "straight through", "standard
     review" and "medical review" using the answers to the health
     questions. No automated declines; every negative decision stays
     with a human underwriter (Art. 22 GDPR).
   - Data: health answers are special category data (Art. 9 GDPR) and
     subject to section 203 StGB for the medical reports. Processing
     relies on the applicant's consent in the application form; the
     consent text must mention automated pre-sorting. Action: legal to
     update the consent text (owner: BK, due 30 June).
   - Training data: only pseudonymised historical applications, no
     names, no addresses, birth year only. Doctors' free-text reports
     stay out of the pilot.
   - DPIA: required. First draft by IT (OP) and underwriting (CW) by
     15 June.

2. Hosting: the vendor offers EU hosting; we insist on our own data
   centre for the pilot. IT to check feasibility.

3. Next meeting: 8 June.

Bernhard

""" + sig("kiesewetter", "en", foot=False))

# --- 0090 -------------------------------------------------------------------
M(90, "CONFIDENTIAL", "de", "insurer-to-broker",
  "commercial contents offer for a sole-trader bakery (natural person Uwe Rothenbach e.K.): turnover, address, sums insured, premium; no health data",
  frm=F("odonoghue"), to=addr("Stefan Kühnel", "s.kuehnel@maklerkontor-hessen.example"),
  subject="Angebot Inhaltsversicherung Bäckerei Rothenbach e.K.",
  date=(1, 29, 11, 17),
  body="""Hallo Herr Kühnel,

wie besprochen unser Angebot für Ihren Kunden:

  Versicherungsnehmer: Uwe Rothenbach, Bäckermeister,
                       Inhaber der Bäckerei Rothenbach e.K.
  Betriebsstätten:     Backstube und Laden, Kasseler Str. 61,
                       34233 Fuldatal; Filiale Marktplatz 2, Vellmar
  Umsatz 2025:         ca. 1,1 Mio. EUR (laut Kundenangabe)
  Mitarbeitende:       14

Deckung (Inhaltsversicherung Gewerbe, Bausteine Feuer, Einbruchdieb-
stahl, Leitungswasser, Sturm/Hagel, Elementar):
  Technische und kaufmännische Betriebseinrichtung   380.000 EUR
  Vorräte                                             45.000 EUR
  Betriebsunterbrechung (12 Monate Haftzeit)         420.000 EUR
  Kühlgut/Verderb                                     10.000 EUR
  Selbstbeteiligung                                      500 EUR

Jahresbeitrag netto: 2.948,00 EUR, zzgl. VersSt 19 %: 3.508,12 EUR

Voraussetzung: Die Backöfen werden jährlich gewartet (Nachweis bitte
mit dem Antrag) und die Abluftanlage zweimal jährlich gereinigt.

Das Angebot gilt 6 Wochen.

Gruß
Liam O'Donoghue

""" + sig("odonoghue"))

# --- 0091 -------------------------------------------------------------------
M(91, "STRICTLY_CONFIDENTIAL", "de", "customer",
  "widow Renate Fuhrmann's mail about her late husband's term life policy (death from stroke, hospital), forwarded internally to life claims",
  frm=F("arslan"), to=F("brueckner"),
  subject="WG: Lebensversicherung meines verstorbenen Mannes",
  date=(5, 11, 9, 12),
  body="""Hallo Frau Brückner,

bitte übernehmen – Todesfallmeldung Risikoleben, Vertrag laut Kundin
L 4399 108 442. Ich habe ihr unser Beileid ausgesprochen und gesagt,
dass Sie sich innerhalb von zwei Tagen melden.

Gruß, Elif Arslan

-----Ursprüngliche Nachricht-----
Von: Renate Fuhrmann <renate.fuhrmann@t-net.example>
Gesendet: Samstag, 9. Mai 2026 11:46
An: service@rabenfels-versicherung.example
Betreff: Lebensversicherung meines verstorbenen Mannes

Sehr geehrte Damen und Herren,

mein Mann Wolfgang Fuhrmann ist am 28. April im Klinikum Fuldatal
verstorben. Er hatte am 25. April einen schweren Schlaganfall und ist
nicht mehr aufgewacht. Er war 61.

Er hatte bei Ihnen eine Risikolebensversicherung, die Nummer ist
L 4399 108 442, ich bin als Bezugsberechtigte eingetragen. Was muss
ich jetzt tun? Die Sterbeurkunde habe ich, den Totenschein hat das
Krankenhaus. Wir hatten noch den Kredit für das Haus laufen und ich
weiß nicht, wie ich die Raten jetzt bezahlen soll.

Mit freundlichen Grüßen
Renate Fuhrmann
Am Hang 5, 34292 Ahnatal
""", cte="8bit")

# --- 0092 -------------------------------------------------------------------
M(92, "NORMAL", "de", "insurer-to-partner",
  "trap: general explanation of private health insurance premium adjustments (triggering factor, actuarial trustee) for a consumer advice centre; no customer",
  frm=F("harms"), to=addr("Verbraucherberatung Nordhessen e.V.", "beratung@vb-nordhessen.example"),
  subject="Ihre Anfrage: Beitragsanpassungen in der PKV – allgemeine Erläuterung",
  date=(1, 20, 13, 4),
  body="""Sehr geehrte Frau Dr. Stolz,

gern erläutern wir, wie Beitragsanpassungen in unserer privaten
Krankenversicherung zustande kommen, damit Sie Ratsuchende allgemein
informieren können. Zu einzelnen Verträgen können wir ohne Vollmacht
der Versicherten keine Auskunft geben.

1. Auslösende Faktoren: Wir vergleichen jährlich je Tarif und
   Beobachtungseinheit die tatsächlichen mit den kalkulierten
   Leistungsausgaben und Sterbewahrscheinlichkeiten. Weicht einer der
   Werte um mehr als den im Tarif festgelegten Schwellenwert ab
   (Leistungen meist 5 oder 10 %), müssen wir neu kalkulieren.
2. Treuhänder: Jede Anpassung prüft ein unabhängiger mathematischer
   Treuhänder; ohne seine Zustimmung ist sie unwirksam.
3. Begrenzung im Alter: Ab 60 Jahren werden Anpassungen durch den
   gesetzlichen Zuschlag und Überschussmittel gedämpft.
4. Tarifwechsel: Versicherte können nach § 204 VVG jederzeit in
   gleichartige Tarife unseres Hauses wechseln, ohne Verlust der
   Alterungsrückstellung.

Zum 1. Januar 2026 haben wir in 11 von 46 Tarifen angepasst, im Mittel
um 4,8 %.

Mit freundlichen Grüßen
Wiebke Harms

""" + sig("harms"))

# --- 0093 -------------------------------------------------------------------
M(93, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU benefit increase for Jan-Philipp Roth under the guaranteed insurability option after marriage (no new health check); disability contract of a named person, no medical words",
  frm=F("brueckner"), to=addr("Jan-Philipp Roth", "jp.roth@mailbox.example"),
  subject="Nachversicherung wegen Heirat – Ihre BU-Rente steigt",
  date=(5, 14, 10, 50),
  body="""Sehr geehrter Herr Roth,

herzlichen Glückwunsch zu Ihrer Hochzeit!

Sie haben innerhalb von sechs Monaten nach der Eheschließung die
Nachversicherungsgarantie Ihrer Berufsunfähigkeitsversicherung
L 4401 557 208 genutzt. Dafür ist keine erneute Gesundheitsprüfung
nötig; die Heiratsurkunde liegt uns vor.

Ihr Vertrag ab 01.06.2026:
  BU-Rente bisher:    1.500 EUR monatlich
  Erhöhung:             500 EUR monatlich
  BU-Rente neu:       2.000 EUR monatlich
  Monatsbeitrag neu:  87,42 EUR (bisher 63,18 EUR)

Die bei Vertragsschluss vereinbarten Bedingungen gelten unverändert
auch für die Erhöhung. Der Nachtrag zum Versicherungsschein kommt per
Post.

Mit freundlichen Grüßen
Nadine Brückner

""" + sig("brueckner"))

# --- 0094 -------------------------------------------------------------------
M(94, "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor insurance confirmation (eVB number) for Melanie Kraft with birth date and vehicle; no health data",
  frm=F("service"), to=addr("Melanie Kraft", "melanie.kraft@webpost.example"),
  subject="Ihre eVB-Nummer für die Zulassung",
  date=(1, 6, 17, 55),
  body="""Guten Tag Frau Kraft,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die
Zulassung Ihres Fahrzeugs:

  eVB-Nummer:        R7K2 M9Q
  Versicherungsnehmerin: Melanie Kraft, geb. 28.07.1995
  Anschrift:         Pestalozzistraße 14, 34119 Kassel
  Fahrzeug:          Hyundai i20, FIN NLHBM51BAPZ018833
  Gültig bis:        06.07.2026

Die Zulassungsstelle meldet uns das Kennzeichen automatisch. Der
Versicherungsschutz (Haftpflicht und Teilkasko) beginnt mit der
Zulassung.

Gute Fahrt!

""" + sig("service"))

# --- 0095 -------------------------------------------------------------------
M(95, "NORMAL", "en", "insurer-to-broker",
  "trap: quick-quote tool instructions for brokers with a fictitious example applicant; no real person",
  frm=F("sandmann"), to=addr("Harrow & Pike – all advisers", "advisers@harrowpike.example"),
  subject="How to use the new Rabenfels quick-quote tool (term life & IP)",
  date=(2, 17, 11, 45),
  body="""Dear all at Harrow & Pike,

the new quick-quote tool for term life and income protection ("BU") is
now live in the broker portal (Quotes > Quick Quote). A few pointers:

1. Enter date of birth, occupation, sum assured or monthly benefit,
   term and smoker status. The tool finds the occupation class itself;
   for English job titles use the search field ("software engineer"
   works, "dev" does not).
2. Health questions are not asked in the quick quote. The premium shown
   is a standard-rates premium; any rating follows after underwriting.
3. Example to try (made-up person): male, born 01/01/1991, mechanical
   engineer with 80 % office work, non-smoker, IP EUR 2,500/month to
   age 67 -> class 1+, EUR 91.37 per month.
4. "Save as offer" creates a PDF in English or German, with your firm's
   logo if you have uploaded one.
5. For anything outside the tool (sums above EUR 1m, hazardous sports,
   foreign residence) use the underwriting request form.

Any questions, just call me.

Best regards
Philipp

""" + sig("sandmann", "en"))

# --- 0096 -------------------------------------------------------------------
M(96, "CONFIDENTIAL", "en", "insurer-to-customer",
  "rental car excess reimbursement for Ben Carter after a scratch in Thailand: policy, rental details, amount; no injury or health content",
  frm=F("kaya"), to=addr("Ben Carter", "ben.carter@mailbox.example"),
  subject="Rental car excess claim RS-26-00731 – Phuket",
  date=(5, 6, 15, 27),
  body="""Dear Mr Carter,

thank you for the documents about the damage to your rental car in
Phuket (Toyota Yaris, rented from Andaman Car Rent, 11-20 April 2026).
The rental company charged THB 15,000 from your credit card for the
scratched rear bumper.

Your travel policy RV 2230 1145 includes rental car excess cover up to
EUR 1,000. At the exchange rate on the day of the charge, THB 15,000 was
EUR 392.40, which we will reimburse in full.

Payment will go to the account you used for your premium payments.

We're glad nobody was hurt, and hope the rest of the trip was good.

Kind regards
Emre Kaya

""" + sig("kaya", "en"))

# --- 0097 -------------------------------------------------------------------
M(97, "NORMAL", "de", "internal",
  "trap: water damage in the archive room holding motor claim files; boxes and drying firm, no file contents or persons",
  frm=F("mohr"), to=[F("ebersbach"), F("kiesewetter")],
  subject="Wasserschaden Archiv UG 2 – Kfz-Schadenakten 2019–2021",
  date=(3, 9, 7, 41),
  body="""Moin zusammen,

kurze Info: Heute Nacht ist im UG 2 ein Steigrohr der Sprinkleranlage
undicht geworden. Betroffen ist Archivraum 2.14, Regale 7 bis 10 – das
sind die Kfz-Schadenakten der Jahrgänge 2019 bis 2021 (ca. 40 Kartons).

- Wasser ist abgestellt, der Raum ist abgesperrt und nur mit mir
  zugänglich.
- Die Firma Trockenwerk Nordhessen holt die nassen Kartons heute um
  14 Uhr zur Gefriertrocknung ab. Die Firma hat einen Auftrags-
  verarbeitungsvertrag mit uns (Hr. Dr. Kiesewetter, bitte einmal
  kurz bestätigen, dass der noch gültig ist).
- Transport in verplombten Behältern, Rückgabe in ca. 3 Wochen.
- Die Akten sind alle gescannt, für die Sachbearbeitung ändert sich
  also nichts.

Schaden am Gebäude melde ich an unsere eigene Gebäudeversicherung.

Gruß
R. Mohr
Facility Management
""")

# --- 0098 -------------------------------------------------------------------
M(98, "CONFIDENTIAL", "en", "insurer-to-partner",
  "mortgage lender's security certificate for buildings insurance: borrowers Lukas and Emma Sørensen named, property address, policy, sum insured",
  frm=F("rieck"), to=addr("Meridian Hypothekenbank – Loan Servicing", "loanservicing@meridian-hypo.example"),
  subject="Security certificate (Sicherungsschein) – loan 7710-44821 – Sørensen",
  date=(2, 12, 10, 6),
  body="""Dear Sir or Madam,

as requested in your letter of 5 February, we confirm that the following
buildings insurance is in force and that we have issued a security
certificate (Sicherungsschein) in favour of Meridian Hypothekenbank AG:

  Policyholders:   Lukas Sørensen and Emma Sørensen
  Property:        detached house, Am Fasanenhof 12, 34246 Vellmar
  Policy:          S 5599 3307, Wohngebäude Premium
  Cover:           fire, water, storm/hail, natural hazards
  Sum insured:     replacement value ("gleitender Neuwert")
  Premium:         paid annually, paid up to 31 December 2026
  Your loan no.:   7710-44821

We will inform you if the premium is not paid or the policy is
cancelled, and claim payments above EUR 10,000 will only be made with
your consent, as set out in the certificate.

The signed original goes to you by post.

Yours faithfully
Malte Rieck

""" + sig("rieck", "en"))

# --- 0099 -------------------------------------------------------------------
M(99, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "term life acceptance for Kevin Albrecht: smoker rate and exclusion for deep diving below 40 m; life application decision for a named person",
  frm=F("demirtas"), to=addr("Kevin Albrecht", "kevin.albrecht@freenet-mail.example"),
  subject="Ihre Risikolebensversicherung zur Baufinanzierung – Annahme mit Ausschluss",
  date=(4, 30, 11, 8),
  body="""Sehr geehrter Herr Albrecht,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung mit
fallender Versicherungssumme (Startsumme 380.000 EUR, Laufzeit 28 Jahre)
zur Absicherung Ihrer Baufinanzierung bei der Kasseler Bürgerbank.

Wir nehmen Ihren Antrag an, mit zwei Besonderheiten:

1. Da Sie angegeben haben, täglich etwa 10 Zigaretten zu rauchen, gilt
   der Raucherbeitrag. Wenn Sie zwölf Monate rauchfrei sind, stellen
   wir Sie auf Antrag auf den Nichtraucherbeitrag um (Bestätigung durch
   einen Cotinin-Test).
2. Sie tauchen regelmäßig, auch unterhalb von 40 Metern (technisches
   Tauchen mit Trimix). Tod infolge von Tauchgängen tiefer als 40 Meter
   ist vom Versicherungsschutz ausgeschlossen. Sporttauchen bis 40 m ist
   versichert.

Ihr Monatsbeitrag: 54,30 EUR (Nichtraucher wären es 23,10 EUR).

Die Abtretungserklärung für die Bank haben wir vorbereitet; sie liegt
dem Versicherungsschein bei.

Mit freundlichen Grüßen
Ayşe Demirtaş

""" + sig("demirtas"))

# --- 0100 -------------------------------------------------------------------
M(100, "NORMAL", "en", "insurer-to-supplier",
  "trap: penetration test scheduling for the broker portal with synthetic test accounts; no production or personal data",
  frm=F("petersen"), to=addr("Joanna Walsh", "joanna.walsh@sentinel-labs.example"),
  subject="Pentest broker portal – scope and test window",
  date=(5, 18, 15, 12),
  body="""Hi Joanna,

as discussed, here are the details for the penetration test of our
broker portal:

Scope
- https://makler.rabenfels-versicherung.example (web UI)
- https://api.makler.rabenfels-versicherung.example/bipro/430 (broker
  post API)
- the secure mail portal login pages (not the mailbox content)

Test window: 1-12 June 2026, Mon-Fri 7:00-19:00 CEST. No tests at
weekends; the portal batch jobs run then.

Test accounts: we have created three broker firms with made-up data in
the staging copy of production ("Testmakler Alpha GmbH" etc.), each with
a firm administrator and two users. Credentials come by separate
channel (Signal) from my colleague. There is no real customer data in
staging – the customer records are synthetic ("Max Mustermann",
"Erika Musterfrau") and IBANs are the published test IBANs.

Please send me the source IP ranges by 27 May so that we can whitelist
them in the WAF.

Thanks!
Ole

""" + sig("petersen", "en"))
# --- 0101 -------------------------------------------------------------------
M(101, "CONFIDENTIAL", "de", "insurer-to-customer",
  "private liability: Tanja Möller lost her employer's master key, named employer, lock replacement costs, policy and claim number; no health data",
  frm=F("oberlaender"), to=addr("Tanja Möller", "tanja.moeller@mailbox.example"),
  subject="Verlust Generalschlüssel – Ihr Schaden HS-26-01320",
  date=(3, 30, 14, 5),
  body="""Sehr geehrte Frau Möller,

Sie haben am 21. März den Generalschlüssel der Schließanlage Ihres
Arbeitgebers, der Steuerkanzlei Weißbach & Partner, Kassel, verloren.
Die Kanzlei hat daraufhin die Schließanlage austauschen lassen.

Ihre Privathaftpflichtversicherung PH 8802 4419 umfasst den Verlust
beruflich überlassener Schlüssel bis 50.000 EUR. Wir übernehmen:

  Austausch Schließanlage (Rechnung Sicherheitstechnik Hoff)  3.882,70 EUR
  abzgl. Selbstbeteiligung                                     -150,00 EUR
  Zahlung an die Steuerkanzlei Weißbach & Partner             3.732,70 EUR

Die Selbstbeteiligung von 150 EUR begleichen Sie bitte direkt mit Ihrer
Arbeitgeberin. Den Schaden betrachten wir damit als erledigt.

Mit freundlichen Grüßen
Sabine Oberländer

""" + sig("oberlaender"))

# --- 0102 -------------------------------------------------------------------
M(102, "STRICTLY_CONFIDENTIAL", "en", "internal",
  "CMO's advice on term-life applicant Matthias Kleinert: raised liver enzymes (GGT, ALT, CDT), alcohol consumption, proposed postponement",
  frm=F("reid"), to=F("demirtas"), cc=F("hollstein"),
  subject="RE: A-2026-0366018 Kleinert – raised GGT",
  date=(5, 20, 17, 48),
  body="""Ayşe,

I don't like this combination. GGT 142 and ALT 68 on their own could be
fatty liver with a BMI of 31, but MCV 99 and a positive CDT point to
alcohol, whatever the questionnaire says ("about 10 units a week").
Hepatitis serology is negative, ultrasound shows steatosis only.

My suggestion for Mr Kleinert:
- no offer at present;
- postpone 6 months and ask for repeat LFTs, CDT and PEth at his own
  GP, plus a short GP letter on alcohol history;
- if everything normalises: standard to +50 depending on BMI;
- if CDT stays positive: decline.

Please word the letter carefully – "abnormal blood results that need to
be repeated", no reference to alcohol in writing to the broker.

""" + sig("reid", "en", foot=False) + """

-----Original Message-----
From: Demirtaş, Ayşe
Sent: Wednesday, 20 May 2026 14:02
To: Reid, Alastair
Cc: Hollstein, Friedemann
Subject: A-2026-0366018 Kleinert – raised GGT

Alastair, could you have a look at Matthias Kleinert (44, term life
EUR 600,000, via Maklerkontor Hessen)? Medicheck bloods: GGT 142 U/l,
ALT 68 U/l, AST 41, MCV 99 fl, CDT 2.1 % (positive). Hep B/C negative.
Says he drinks about 10 units a week. Friedemann is on leave until
Monday. Thanks, Ayşe
""")

# --- 0103 -------------------------------------------------------------------
M(103, "NORMAL", "en", "internal",
  "trap: reinsurer's public underwriting bulletin on diabetes mortality trends and GLP-1 drugs forwarded to the team; no person",
  frm=F("vossberg"), to=addr("Life Underwriting Team", st("rp-leben")),
  subject="Fwd: Brightwater Underwriting Insights 2/2026 – diabetes",
  date=(5, 22, 9, 4),
  body="""Worth a read, especially part 2 on GLP-1 drugs – Brightwater hint at
more lenient ratings for well-controlled type 2 diabetes from 2027.

Henrik

-------- Forwarded message --------
From: Brightwater Re Insights <insights@brightwater-re.example>
Date: 21 May 2026
Subject: Brightwater Underwriting Insights 2/2026 – diabetes

UNDERWRITING INSIGHTS 2/2026

1. Diabetes mortality: what has changed?
Our analysis of pooled European term life experience (2012-2024, 38
ceding companies) shows that excess mortality for insured lives with
type 2 diabetes fell from about 90 % to 55 % over the period. The
improvement is concentrated in lives with HbA1c below 7.5 % and no
microvascular complications.

2. GLP-1 receptor agonists and SGLT2 inhibitors
Both drug classes show cardiovascular and renal benefits in trials.
We are not yet ready to give a specific credit, but we expect to
review the diabetes ratings in our manual during 2027.

3. Type 1 diabetes
Continuous glucose monitoring and pumps have improved control; ratings
for type 1 diabetes diagnosed in childhood remain individual.

4. What this means for you
No change to manual ratings before 2027. Fac referrals with good
control and recent HbA1c are welcome.

Brightwater Re – Life & Health Underwriting Research
""")

# --- 0104 -------------------------------------------------------------------
M(104, "CONFIDENTIAL", "mixed", "insurer-to-company",
  "D&O renewal for a company explained in English with the German endorsement quoted: named board members with birth dates, limits and premium",
  frm=F("odonoghue"), to=addr("Eric Lundqvist, CFO", "eric.lundqvist@fuldatal-energie.example"),
  subject="D&O renewal 2026/27 – Fuldatal Energie AG – policy DO 7720 0114",
  date=(5, 26, 10, 40),
  body="""Dear Mr Lundqvist,

please find below the key terms of the renewal. As you asked, I have
copied the German endorsement text and summarised it in English.

> Nachtrag Nr. 4 zur D&O-Versicherung DO 7720 0114
> Versicherungsnehmerin: Fuldatal Energie AG, Kassel
> Versicherungszeitraum: 01.07.2026 – 30.06.2027
> Versicherungssumme: 15.000.000 EUR je Versicherungsfall und
> Versicherungsjahr; Selbstbehalt Vorstand gem. § 93 Abs. 2 AktG
> Namentlich benannte versicherte Personen (Vorstand):
>   Dr. Helene Marburg, geb. 04.10.1968 (Vorsitzende)
>   Eric Lundqvist, geb. 19.06.1975 (Finanzen)
>   Tobias Rehkopf, geb. 22.01.1980 (Technik, neu ab 01.04.2026)
> Jahresnettoprämie: 38.400 EUR (Vorjahr 36.900 EUR)

Summary: limit EUR 15m per claim and year (unchanged); the statutory
deductible for management board members applies; Mr Rehkopf has been
added as a named insured from 1 April; the net premium rises by 4 % to
EUR 38,400 because of the new wind farm project.

If you agree, please countersign the endorsement and return it by
15 June.

Kind regards
Liam O'Donoghue

""" + sig("odonoghue", "en"))

# --- 0105 -------------------------------------------------------------------
M(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
  "cost approval to a psychotherapist for PKV patient Lea Wintermeyer (birth date): cognitive behavioural therapy for moderate depressive episode F32.1",
  frm=F("jost"), to=addr("Dipl.-Psych. Mirjam Ostheimer", "praxis@psychotherapie-ostheimer.example"),
  subject="Kostenzusage Verhaltenstherapie – Frau Lea Wintermeyer, geb. 03.12.1993",
  date=(1, 19, 12, 22),
  body="""Sehr geehrte Frau Ostheimer,

für Ihre Patientin, unsere Versicherte Frau Lea Wintermeyer,
geb. 03.12.1993 (Versicherungsnummer KV 88 7301158), haben Sie eine
Kurzzeittherapie beantragt.

Diagnose laut Ihrem Bericht: mittelgradige depressive Episode (F32.1).
Beantragt: Verhaltenstherapie, Einzelbehandlung, 24 Sitzungen à 50 Min.
zzgl. 5 probatorische Sitzungen (bereits erfolgt).

Wir erteilen die Kostenzusage für 24 Sitzungen nach GOP Nr. 870
(2,3-fach) im Rahmen des Tarifs Komfort S (Erstattung 80 %). Eine
Verlängerung beantragen Sie bitte rechtzeitig mit kurzem Verlaufs-
bericht. Die Rechnungen gehen wie üblich an die Patientin.

Ihren Bericht an den Gutachter haben wir im verschlossenen Umschlag
erhalten und nur unserem beratenden Arzt vorgelegt.

Mit freundlichen Grüßen
Mareike Jost

""" + sig("jost"))

# --- 0106 -------------------------------------------------------------------
M(106, "NORMAL", "de", "insurer-to-customer",
  "trap: webinar registration confirmation on company pensions for small employers; a participant's name only, no contract, income or health data",
  frm=addr("Rabenfels Vertriebsakademie", "akademie@" + DOM),
  to=addr("Frank Hillebrand", "info@tischlerei-hillebrand.example"),
  subject="Anmeldebestätigung: Webinar „Betriebsrente für kleine Betriebe“ am 10. Juni",
  date=(5, 28, 12, 0),
  body="""Guten Tag Herr Hillebrand,

vielen Dank für Ihre Anmeldung. Wir freuen uns auf Ihre Teilnahme am
kostenlosen Webinar

  „Betriebsrente für kleine Betriebe – einfach, günstig, steuerfrei“
  Mittwoch, 10. Juni 2026, 17:00–18:00 Uhr

Inhalte: Entgeltumwandlung und Arbeitgeberzuschuss, Direktversicherung
und Unterstützungskasse im Vergleich, Förderbetrag nach § 100 EStG für
Geringverdiener, Haftungsfallen für Arbeitgeber.

Den Einwahllink erhalten Sie einen Tag vor dem Termin. Sie brauchen
nur einen Browser; eine Kamera ist nicht nötig.

Möchten Sie die Anmeldung stornieren? Ein Klick genügt:
https://www.rabenfels-versicherung.example/webinar/stornieren

Viele Grüße
Ihre Rabenfels Vertriebsakademie
""")

# --- 0107 -------------------------------------------------------------------
M(107, "CONFIDENTIAL", "de", "insurer-to-customer",
  "natural hazards offer for Georg Pfeiffer's house: birth date, address, flood zone, sums and premium; no health data",
  frm=F("rieck"), to=addr("Georg Pfeiffer", "georg.pfeiffer@t-net.example"),
  subject="Ihr Angebot: Elementarschutz für Ihr Wohnhaus",
  date=(5, 8, 9, 30),
  body="""Sehr geehrter Herr Pfeiffer,

nach dem Starkregen im letzten Sommer haben Sie nach einer
Elementarschadenversicherung für Ihr Haus gefragt. Hier unser Angebot
als Ergänzung zu Ihrer Wohngebäudeversicherung S 5560 2287:

  Versicherungsnehmer:  Georg Pfeiffer, geb. 11.08.1962
  Objekt:               Zweifamilienhaus, Fuldastraße 8, 34233 Fuldatal
  Gefährdungsklasse:    ZÜRS-Zone 2 (Hochwasser seltener als
                        einmal in 100 Jahren)
  Versichert:           Überschwemmung, Rückstau, Starkregen,
                        Erdbeben, Erdfall, Erdrutsch, Schneedruck,
                        Lawinen
  Selbstbeteiligung:    10 %, mind. 500 EUR, max. 5.000 EUR
  Mehrbeitrag jährlich: 214,80 EUR

Voraussetzung ist eine funktionierende Rückstausicherung im Keller –
Sie hatten erwähnt, dass diese 2025 eingebaut wurde.

Mit freundlichen Grüßen
Malte Rieck

""" + sig("rieck"))

# --- 0108 -------------------------------------------------------------------
M(108, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "BU decline for broker's client Sophie Brandner: relapsing-remitting multiple sclerosis on ocrelizumab; reasons explained to the broker",
  frm=F("krampe"), to=addr("Nina Osterkamp", "n.osterkamp@vorsorgewerk-nord.example"),
  subject="BU-Antrag Brandner, Sophie (A-2026-0372260) – Ablehnung",
  date=(5, 27, 16, 14),
  body="""Hallo Frau Osterkamp,

leider kann ich Ihnen zum Antrag von Frau Brandner keine gute Nachricht
geben. Die Schweigepflichtentbindung erlaubt es mir, Ihnen die Gründe zu
nennen; Frau Brandner erhält das Schreiben parallel.

Frau Brandner hat eine schubförmig remittierende Multiple Sklerose,
Erstdiagnose 2023 nach einer Sehnerventzündung, seitdem zwei weitere
Schübe (zuletzt 09/2025 mit Gefühlsstörungen im linken Bein), Therapie
mit Ocrelizumab. Im MRT neue Herde im Verlauf. Trotz des derzeit guten
Zustands ist das Risiko einer Berufsunfähigkeit für uns und unsere
Rückversicherung nicht kalkulierbar – auch nicht mit Zuschlag oder
Ausschluss.

Eine Alternative wäre eine Grundfähigkeitsversicherung ohne
Nervensystem-Bausteine oder eine Unfallversicherung; melden Sie sich
gern, wenn ich das prüfen soll.

Es tut mir leid.

Viele Grüße
""" + sig("krampe"))

# --- 0109 -------------------------------------------------------------------
M(109, "NORMAL", "de", "internal",
  "trap: onboarding plan for a new colleague in motor claims (names and dates only, organisational); no personal data worth protecting",
  frm=F("ebersbach"), to=addr("Team Kfz-Schaden", st("kfz-schaden")),
  subject="Einarbeitung Timo Brandl ab 1. März – wer macht was",
  date=(2, 25, 16, 28),
  body="""Hallo Team,

wie angekündigt startet Timo Brandl am Montag, 1. März, bei uns. Damit
er gut reinkommt, hier der Plan für die ersten Wochen:

Woche 1  Systeme und Prozesse
         Mo: IT-Einweisung, Ausweis, Arbeitsplatz (ich)
         Di–Mi: Schadenmeldung und Ersterfassung (Nicole)
         Do–Fr: Haftpflicht-Basics, Regulierungsgrundsätze (Stefan)
Woche 2  Kasko: Teilkasko, Glas, Wild, Marder (Anke)
Woche 3  Gutachten, Restwertbörse, Mietwagen (Stefan)
Woche 4  erste eigene Fälle unter Vier-Augen-Prinzip (alle)

Bitte nehmt ihn zu den Mittagspausen mit – und erzählt ihm nicht
gleich alle Geschichten vom Hagel 2024.

Danke euch!
Jannik
""")

# --- 0110 -------------------------------------------------------------------
M(110, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "private pension (life insurance) of Oliver Kempf: death-benefit beneficiary changed to his partner Anna Lindqvist with her birth date; life contract of named persons",
  frm=F("brueckner"), to=addr("Oliver Kempf", "oliver.kempf@webpost.example"),
  subject="Your pension policy L 4380 330 917 – change of beneficiary",
  date=(6, 2, 11, 20),
  body="""Dear Mr Kempf,

we have received your signed instruction of 27 May and have changed the
beneficiary of the death benefit under your private pension policy
"Rabenfels Rente Flex" L 4380 330 917:

  Death benefit before the annuity starts (return of premiums plus
  fund value) and the remaining guaranteed annuity period:

  previous beneficiary:  your legal heirs
  new beneficiary:       Ms Anna Lindqvist, born 02.02.1988
                         (revocable designation)

As the designation is revocable, you can change it again at any time in
writing. Please note that unmarried partners pay inheritance tax in the
highest tax class on a death benefit; you may want to discuss this with
a tax adviser.

Your current fund value is EUR 48,712.36 (as at 29 May 2026); the
annuity is due to start on 1 September 2049.

Kind regards
Nadine Brückner

""" + sig("brueckner", "en"))

# --- 0111 -------------------------------------------------------------------
M(111, "CONFIDENTIAL", "en", "insurer-to-customer",
  "motor windscreen replacement for Chiara Romano: plate, policy, partner garage, deductible; no health data",
  frm=F("ebersbach"), to=addr("Chiara Romano", "chiara.romano@mailbox.example"),
  subject="Windscreen damage – your car KS-CR 1907",
  date=(6, 4, 8, 44),
  body="""Dear Ms Romano,

thanks for reporting the stone chip that has turned into a crack across
the windscreen of your Fiat 500 (KS-CR 1907, policy K-7 3307 561).

Windscreen replacement is covered by your partial cover (Teilkasko). If
you use one of our partner garages, we settle directly with them and you
only pay the deductible of EUR 150:

  ScheibenProfi Kassel, Sandershäuser Straße 34, phone 0561 8870 455

Just give them the claim number KS-26-004417. If the crack is smaller
than a 2-euro coin and outside the driver's field of view, they may be
able to repair it instead – then you pay nothing at all.

Kind regards
Jannik Ebersbach

""" + sig("ebersbach", "en"))

# --- 0112 -------------------------------------------------------------------
M(112, "NORMAL", "en", "insurer-to-partner",
  "trap: answers to a reinsurer's vendor security questionnaire on e-mail encryption (TLS, S/MIME, portal); no personal data",
  frm=F("petersen"), to=addr("Third Party Risk – Brightwater Re", "tprm@brightwater-re.example"),
  cc=F("kiesewetter"),
  subject="RE: Annual security questionnaire 2026 – section 4 (data in transit)",
  date=(6, 8, 14, 55),
  body="""Dear TPRM team,

our answers to section 4 of this year's questionnaire:

4.1 Is e-mail to Brightwater encrypted in transit?
    Yes. Mandatory TLS 1.2+ with certificate validation for
    brightwater-re.example; in addition gateway-to-gateway S/MIME with
    your domain certificate (renewed March 2026).

4.2 How are medical documents sent to you?
    Only through the encrypted channel in 4.1 or your fac portal. Our
    gateway classifies outgoing mail and blocks unencrypted delivery of
    health data to external domains.

4.3 How do you send sensitive data to parties without encryption
    capability?
    Through our secure web mailbox (portal); the recipient receives a
    notification without content.

4.4 Logging
    Delivery decisions are logged and kept for six years.

4.5 Last external test
    Penetration test of the mail gateway and portal, June 2025, no
    critical findings; next test June 2026.

Kind regards
Ole Petersen

""" + sig("petersen", "en"))

# --- 0113 -------------------------------------------------------------------
M(113, "NORMAL", "de", "insurer-to-broker",
  "trap: product change in accident insurance (improved limb table values, progression) announced to brokers; generic",
  frm=F("sandmann"), to=addr("Maklerpartner Rabenfels", "maklerinfo@" + DOM),
  subject="Unfallversicherung: verbesserte Gliedertaxe ab 1. Juli",
  date=(6, 1, 8, 20),
  body="""Liebe Maklerpartner,

zum 1. Juli 2026 verbessern wir die Unfalltarife UV Komfort und
UV Premium. Die wichtigsten Änderungen:

Gliedertaxe (Invaliditätsgrad bei Verlust/Funktionsunfähigkeit)
                      bisher    neu (Premium)
  Arm                  70 %       80 %
  Hand                 55 %       70 %
  Daumen               20 %       25 %
  Bein über Knie       70 %       80 %
  Fuß                  40 %       50 %
  Auge                 50 %       60 %
  Gehör (ein Ohr)      30 %       35 %

Außerdem:
- Progression 500 % jetzt auch im Tarif Komfort wählbar.
- Bergungskosten bis 25.000 EUR (bisher 10.000 EUR).
- Mitwirkungsanteil von Krankheiten erst ab 60 % (bisher 40 %).

Bestandskunden können ohne Gesundheitsfragen in die neuen Tarife
wechseln. Die Umstellungsaktion starten wir im Juli; die Unterlagen
finden Sie ab 15. Juni im Maklerportal.

Viele Grüße
""" + sig("sandmann"))

# --- 0114 -------------------------------------------------------------------
M(114, "NORMAL", "en", "insurer-to-supplier",
  "trap: translation order for household insurance conditions (ODT excerpt of policy wording); no person",
  frm=F("rosenbaum"), to=addr("Daniel Hughes", "projects@linguabridge.example"),
  subject="Translation request – household contents conditions (VHB 2026) into English",
  date=(6, 10, 13, 33),
  body="""Dear Mr Hughes,

we would like to order an English translation of our general conditions
for household contents insurance (VHB 2026), about 14,000 words. The
English version is for information only; the German text remains
legally binding, which should be stated on the cover page.

Attached is an excerpt (section A1) so that you can judge the style and
terminology. Please use our glossary from last year's project (buildings
insurance) for consistency, e.g. "Hausrat" = "household contents",
"Neuwert" = "replacement value".

Deadline: 10 July 2026. Please send your quote to our procurement
department (Ms Lichtenberg), quoting PO request 2026-0611.

Kind regards
Helga Rosenbaum

""" + sig("rosenbaum", "en"),
  attachments=[att("VHB2026_Auszug_A1.odt", odt([
      "Allgemeine Hausrat-Versicherungsbedingungen (VHB 2026) – Auszug",
      "Abschnitt A § 1 Versicherte Gefahren und Schäden",
      "1. Versicherte Gefahren: Der Versicherer leistet Entschädigung für versicherte Sachen, die durch a) Brand, Blitzschlag, Explosion, Implosion, Anprall oder Absturz eines Luftfahrzeuges, b) Einbruchdiebstahl, Vandalismus nach einem Einbruch sowie Raub oder den Versuch einer solchen Tat, c) Leitungswasser, d) Naturgefahren (Sturm, Hagel) zerstört oder beschädigt werden oder abhanden kommen.",
      "2. Nicht versicherte Schäden: Nicht versichert sind ohne Rücksicht auf mitwirkende Ursachen Schäden durch Krieg, innere Unruhen und Kernenergie.",
      "3. Versicherungsort: Versicherungsort ist die im Versicherungsschein bezeichnete Wohnung.",
  ]))])

# --- 0115 -------------------------------------------------------------------
_m115 = build("d179-0115-inner",
  frm=addr("Jörg Brandt", "joerg.brandt@finanzhaus-brandt.example"),
  to=addr("Philipp Sandmann", st("philipp.sandmann")),
  subject="Neuantrag Hausrat Schubert – bitte policieren",
  date=(6, 11, 18, 2),
  body="""Hallo Herr Sandmann,

anbei die Daten für einen Hausrat-Neuantrag, Antrag ist unterschrieben
(Original per Post):

Versicherungsnehmerin: Kerstin Schubert, geb. 25.03.1984
Anschrift: Landgraf-Karl-Straße 40, 34131 Kassel
Wohnfläche: 92 m², Tarif Hausrat Premium, Fahrrad bis 3.000 EUR
Beginn: 01.07.2026
Vorversicherer: Hessische Mobiliar, gekündigt zum 30.06., schadenfrei
Zahlung: jährlich per Lastschrift
IBAN: {IBAN}, Kontoinhaberin Kerstin Schubert

Danke und Gruß
Jörg Brandt
Finanzhaus Brandt e.K.
""".replace("{IBAN}", grouped(iban("DE", "52050353" + "0002217409"))), cte="8bit")
M(115, "CONFIDENTIAL", "de", "broker",
  "broker's new-business data for Kerstin Schubert's household policy (birth date, address, IBAN) in an attached message, forwarded internally",
  frm=F("sandmann"), to=addr("Antragsbearbeitung Sach", st("antrag-sach")),
  subject="WG: Neuantrag Hausrat Schubert – bitte policieren",
  date=(6, 12, 8, 9),
  body="""Hallo zusammen,

bitte policieren, Antrag von Herrn Brandt hängt als Mail an. Original
kommt per Post, Vorversicherer bitte wie immer abfragen.

Danke!
Philipp
""",
  attachments=[fwd(_m115, "Neuantrag Hausrat Schubert.eml")])

# --- 0116 -------------------------------------------------------------------
M(116, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
  "German mail to the second reinsurer quoting the first reinsurer's English opinion on Klaus Ritter (coronary artery disease, stent, +100 % rating)",
  frm=F("vossberg"), to=addr("Regula Sommerhalder", "regula.sommerhalder@saentis-rueck.example"),
  subject="Fall Ritter (A-2026-0260917) – Votum Brightwater zur Info",
  date=(3, 24, 9, 18),
  body="""Liebe Frau Sommerhalder,

im Fall Klaus Ritter (Risikoleben 800.000 EUR, KHK mit Stent 2022), bei
dem Sie den zweiten Layer übernehmen, hat uns Brightwater gestern
geantwortet. Ich zitiere die Antwort im Original:

> From: Marcus Feld <marcus.feld@brightwater-re.example>
> Sent: 23 March 2026 16:41
> Subject: RE: Fac – A-2026-0260917 Ritter – cardiology report
>
> Henrik, thanks for the translation. Single-vessel CAD post NSTEMI,
> LAD stent 09/2022, negative exercise test to 175 W, LVEF 55 %,
> ex-smoker since the event. We agree with +100 % EM, review after five
> years on request if repeat stress test and lipids remain normal.
> We accept our 50 % share of the excess on these terms.
> Marcus

Wir würden auf dieser Basis zeichnen (+100 %, Überprüfung nach fünf
Jahren). Können Sie Ihren Anteil zu denselben Konditionen bestätigen?

Freundliche Grüsse
Henrik Vossberg

""" + sig("vossberg"))

# --- 0117 -------------------------------------------------------------------
M(117, "NORMAL", "en", "internal",
  "trap: IT maintenance notice for the underwriting system and portals; no personal data",
  frm=addr("IT Change Management", st("it-change")),
  to=addr("All staff", st("alle")),
  subject="Planned maintenance Sat 13 June: RiskPilot, customer and broker portals",
  date=(6, 9, 16, 0),
  body="""PLANNED MAINTENANCE – CHANGE CHG-2026-0611

When:     Saturday, 13 June 2026, 06:00 – 14:00 CEST
Affected: RiskPilot (underwriting workbench)
          Customer portal and broker portal (read-only from 06:00,
          offline 08:00 – 12:00)
          Secure mail portal (notifications are queued, nothing is lost)
Not affected: e-mail, telephony, claims systems

What we do: database upgrade, new certificates for the portals,
operating system patches.

Please finish and save any open underwriting decisions in RiskPilot by
Friday evening. Questions: IT Service Desk, ext. 1800.

IT Change Management
""")

# --- 0118 -------------------------------------------------------------------
M(118, "CONFIDENTIAL", "en", "insurer-to-customer",
  "legal expenses cover for Graham Hollis's neighbour dispute over an overhanging hedge: named neighbour, addresses, policy and case number",
  frm=F("wohlleben"), to=addr("Graham Hollis", "graham.hollis@webpost.example"),
  subject="Your legal expenses claim RS-N-26-00521 – hedge dispute",
  date=(6, 15, 10, 2),
  body="""Dear Mr Hollis,

thank you for the photos and the letter from your neighbour's lawyer.
Your dispute with Mr Dietmar Franke (Birkenweg 5) about the hedge that
overhangs your property at Birkenweg 7, 34128 Kassel, falls under the
"neighbour law" section of your legal expenses policy RSV 6630 0219.

Before court proceedings, Hessian law requires an attempt at conciliation
(Schlichtungsverfahren) before an arbitrator (Schiedsperson) of the
municipality. We cover the costs of that procedure and of a lawyer to
advise you, minus your deductible of EUR 150.

If conciliation fails, please contact us again before filing a claim so
that we can confirm cover for court proceedings.

Kind regards
Karsten Wohlleben

""" + sig("wohlleben", "en"))

# --- 0119 -------------------------------------------------------------------
M(119, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "HTML-only reminder: private health insurance premium arrears of Sascha Wendel, suspension of benefits and emergency tariff; health contract of a named person",
  frm=F("harms"), to=addr("Sascha Wendel", "sascha.wendel@freenet-mail.example"),
  subject="Zahlungserinnerung Krankenversicherung KV 88 2290637 – bitte dringend beachten",
  date=(6, 16, 9, 5),
  html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Wendel,</p>
<p>f&uuml;r Ihre private Krankenversicherung (Versicherungsnummer KV 88 2290637, Tarife Komfort S
und Krankentagegeld KT 43) sind folgende Beitr&auml;ge noch offen:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Monat</th><th>Beitrag</th><th>Mahnkosten</th></tr>
<tr><td>April 2026</td><td align="right">428,80 EUR</td><td align="right">&ndash;</td></tr>
<tr><td>Mai 2026</td><td align="right">428,80 EUR</td><td align="right">5,00 EUR</td></tr>
<tr><td>Juni 2026</td><td align="right">428,80 EUR</td><td align="right">5,00 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>1.286,40 EUR</b></td><td align="right"><b>10,00 EUR</b></td></tr>
</table>
<p>Bitte &uuml;berweisen Sie den Gesamtbetrag von <b>1.296,40 EUR</b> bis zum <b>30. Juni 2026</b>.</p>
<p>Ist der R&uuml;ckstand dann nicht ausgeglichen, ruhen nach &sect; 193 Abs. 6 VVG Ihre Leistungsanspr&uuml;che;
Sie w&auml;ren dann im Notlagentarif versichert, der nur noch Leistungen bei akuten Erkrankungen und
Schmerzzust&auml;nden sowie bei Schwangerschaft und Mutterschaft umfasst. Ihr Krankentagegeld ruht in
dieser Zeit.</p>
<p>Wenn Sie vor&uuml;bergehend in finanziellen Schwierigkeiten sind, sprechen Sie uns bitte an &ndash;
wir finden oft eine L&ouml;sung, z.&nbsp;B. eine Ratenzahlung oder einen Tarifwechsel.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Wiebke Harms<br>Krankenversicherung Vertrag &amp; Beitrag<br>
Tel. 0561 7093-3050</p>
</body></html>
""")

# --- 0120 -------------------------------------------------------------------
M(120, "NORMAL", "de", "insurer-to-broker",
  "trap: general notice to brokers about new commission payment dates and statement format; no broker's or customer's data",
  frm=addr("Rabenfels Provisionsabrechnung", "provision@" + DOM),
  to=addr("Maklerpartner Rabenfels", "maklerinfo@" + DOM),
  subject="Neue Termine für Courtageabrechnung und -zahlung ab Juli 2026",
  date=(6, 3, 10, 0),
  body="""Liebe Maklerpartner,

ab Juli 2026 stellen wir die Courtageabrechnung um:

- Abrechnungslauf neu am 3. Arbeitstag des Monats (bisher am 15.).
- Zahlung zwei Bankarbeitstage nach dem Lauf.
- Die Abrechnung steht als PDF und als GDV-Datensatz (Satzart 0700)
  in Ihrer elektronischen Vermittlerpost und per BiPRO-430-Abruf für
  Ihr Maklerverwaltungsprogramm bereit.
- Stornohaftungsreserve: unverändert 10 %.

Im Übergangsmonat Juli gibt es ausnahmsweise zwei Läufe (3. und 15.
Juli), damit keine Courtage später gezahlt wird als bisher.

Bei Fragen erreichen Sie die Provisionsabrechnung unter 0561 7093-1580.

Ihr Rabenfels-Maklerservice
""")

# --- 0121 -------------------------------------------------------------------
M(121, "NORMAL", "en", "internal",
  "trap: lunch-and-learn invitation on genetic tests and insurance (legal limits on asking for genetic data); no person",
  frm=F("reid"), to=addr("Life Underwriting Team", st("rp-leben")),
  cc=[F("adler"), F("kiesewetter")],
  subject="Lunch & learn 24 June: genetic tests and life insurance – what we may and may not ask",
  date=(6, 17, 12, 30),
  body="""Dear all,

more and more applicants mention genetic tests – direct-to-consumer
ancestry kits, BRCA tests in the family, predictive tests for
Huntington's disease. Time for a refresher on the rules.

Wednesday, 24 June, 12:00-13:00, room Habichtswald (sandwiches provided)

- Section 18 of the German Genetic Diagnostics Act: we may neither
  request a genetic test nor ask for results of earlier predictive
  tests – except for life, disability and care insurance with a sum of
  more than EUR 300,000 or an annual annuity of more than EUR 30,000.
- Diagnostic tests after symptoms are "normal" medical information.
- What do we do when an applicant volunteers a result? (Short answer:
  don't use it below the thresholds, and don't store it.)
- Family history questions: what is allowed.
- Three made-up case examples for discussion.

Bernhard will join for the data protection part.

""" + sig("reid", "en", foot=False))

# --- 0122 -------------------------------------------------------------------
M(122, "CONFIDENTIAL", "de", "insurer-to-customer",
  "electronics insurance: smartphone display repair for Luca Bianchi, IMEI, policy, deductible and payout to his IBAN",
  frm=F("arslan"), to=addr("Luca Bianchi", "luca.bianchi@mailbox.example"),
  subject="Displayschaden Smartphone – Erstattung (EL-26-02218)",
  date=(6, 18, 13, 15),
  body="""Hallo Herr Bianchi,

die Reparaturrechnung von HandyDoc Kassel für Ihr Smartphone (Pixel 8,
IMEI 35 802611 447210 3) haben wir erhalten. Der Sturzschaden ist über
Ihre Elektronikversicherung EV 4402 1183 versichert.

  Reparatur Display                 289,00 EUR
  abzgl. Selbstbeteiligung           -50,00 EUR
  Erstattung                        239,00 EUR

Wir überweisen den Betrag auf Ihr Konto {IBAN}.

Viele Grüße
Elif Arslan

""".replace("{IBAN}", grouped(iban("DE", "50010517" + "5409921386"))) + sig("arslan"))

# --- 0123 -------------------------------------------------------------------
M(123, "NORMAL", "de", "internal",
  "trap: anonymised training case study (type 1 diabetes, insulin pump, HbA1c) in a PDF, age band only, explicitly fictitious; no identifiable person",
  frm=F("hollstein"), to=F("fuchsberger"), cc=F("waldhauser"),
  subject="Fallbeispiele für die Schulung am 12.3. – anonymisiert",
  date=(3, 4, 17, 50),
  body="""Hallo Frau Fuchsberger,

anbei die drei Fallbeispiele für die Schulung. Ich habe sie aus echten
Fällen zusammengebaut, aber so verändert (Alter nur als Spanne, Beruf,
Jahreszahlen, Werte gerundet, Details aus verschiedenen Fällen
gemischt), dass niemand wiederzuerkennen ist. Bitte so verwenden und
nichts dazuerfinden, was es wieder konkreter macht.

Gruß
F. Hollstein
""",
  attachments=[att("Fallbeispiele_Risikopruefung_anonym.pdf", pdf([
      "# Fallbeispiele Risikoprüfung - Schulung Vertriebsinnendienst",
      "Alle Fälle sind anonymisiert und teilweise fiktiv. Ähnlichkeiten mit realen Personen sind zufällig.",
      "",
      "# Fall 1: Diabetes Typ 1",
      "Antragstellerin, Alter 30-35, kaufmännische Angestellte, BU-Rente 1.500 EUR.",
      "Diabetes mellitus Typ 1 seit dem Kindesalter, Insulinpumpe mit Sensor, HbA1c ca. 7.",
      "Keine Folgeerkrankungen an Augen, Nieren, Nerven.",
      "Diskussion: Zuschlag oder Ablehnung? Welche Unterlagen braucht die Risikoprüfung?",
      "Lösung: Annahme mit Zuschlag +50 %, Augenarztbefund und Nierenwerte erforderlich.",
      "",
      "# Fall 2: Rückenschmerzen",
      "Antragsteller, Alter 25-30, Dachdecker, BU-Rente 1.200 EUR.",
      "Zwei Episoden Lumbago in 3 Jahren, je 2 Wochen AU, Physiotherapie.",
      "Lösung: Ausschluss Wirbelsäule, Überprüfung nach 3 Jahren.",
      "",
      "# Fall 3: Psychotherapie",
      "Antragstellerin, Alter 40-45, Lehrerin, Risikoleben 200.000 EUR.",
      "10 Sitzungen Psychotherapie wegen Anpassungsstörung nach Trennung, abgeschlossen vor 4 Jahren.",
      "Lösung Risikoleben: normale Annahme. Zum Vergleich BU: Fragebogen Psyche.",
  ], title="Fallbeispiele anonymisiert"))])

# --- 0124 -------------------------------------------------------------------
M(124, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "applicant Carina Ludwig reported a sudden hearing loss with cortisone infusions after signing her BU application; insurer asks for the ENT report",
  frm=F("krampe"), to=addr("Carina Ludwig", "carina.ludwig@webpost.example"),
  subject="Ihre Nachmeldung zum BU-Antrag A-2026-0380912",
  date=(6, 19, 10, 48),
  flowed=True, cte="8bit",
  body="""Sehr geehrte Frau Ludwig,

vielen Dank, dass Sie uns gleich informiert haben: Sie hatten Anfang 
Juni, also nach der Unterschrift unter den Antrag, aber vor unserer 
Entscheidung, einen Hörsturz auf dem rechten Ohr und wurden in der 
HNO-Praxis mit Cortison-Infusionen behandelt.

Genau so ist es richtig – Änderungen bis zur Annahme müssen wir 
kennen, und Sie haben sich damit korrekt verhalten.

Damit wir den Antrag weiter bearbeiten können, brauchen wir den 
Abschlussbefund Ihrer HNO-Ärztin mit dem letzten Hörtest (Audiogramm) 
und der Angabe, ob noch ein Tinnitus besteht. Wenn sich das Gehör 
vollständig erholt hat, ist eine normale Annahme gut möglich.

Die Unterlagen können Sie im Kundenportal hochladen.

Mit freundlichen Grüßen
Tobias Krampe

""" + sig("krampe"))

# --- 0125 -------------------------------------------------------------------
M(125, "NORMAL", "en", "insurer-to-broker",
  "trap: notice that a firm administrator account was created for a broker firm (user name, roles; password sent separately); no customer or personal sensitive data",
  frm=addr("Rabenfels Broker Portal", "noreply-makler@" + DOM),
  to=addr("Charlotte Pike", "c.pike@harrowpike.example"),
  subject="Your firm administrator account for Harrow & Pike Insurance Brokers Ltd",
  date=(1, 5, 9, 12),
  headers=[("Auto-Submitted", "auto-generated")],
  body="""Dear Charlotte Pike,

a firm administrator account has been created for you in the Rabenfels
broker portal.

  Partner firm:  Harrow & Pike Insurance Brokers Ltd (partner no. 40-9921)
  User name:     cpike.hp
  Role:          firm administrator

As firm administrator you can create users for your colleagues, assign
portfolio rights and reset their passwords. Your initial password will
reach you in a separate text message to the mobile number you gave us.
You must change it when you first log in and set up a security
question.

Log in at: https://makler.rabenfels-versicherung.example

This is an automatically generated e-mail.
""")
STAFF["ivanova"] = ("Dr. Svetlana Ivanova", "svetlana.ivanova",
                    "Dr. Svetlana Ivanova\nAktuariat Schaden/Unfall – Kfz\nTel. 0561 7093-2620",
                    "Dr Svetlana Ivanova\nNon-life Actuarial – Motor\nPhone +49 561 7093-2620")

# --- 0126 -------------------------------------------------------------------
M(126, "CONFIDENTIAL", "en", "insurer-to-customer",
  "cyber insurance claim of a freelance designer (sole trader Mei Chen): ransomware incident, policy and claim number, forensic costs; no health data",
  frm=F("odonoghue"), to=addr("Mei Chen", "studio@meichen-design.example"),
  subject="Your cyber claim CY-26-00038 – next steps",
  date=(6, 22, 9, 37),
  body="""Dear Ms Chen,

I'm sorry to hear that your studio laptop and the NAS were encrypted by
ransomware over the weekend. Thank you for calling our hotline straight
away and for not paying the ransom.

Your cyber policy for freelancers (CP 1101 4473, sole trader
"Mei Chen Design") covers:
- IT forensics and data restoration: up to EUR 50,000,
- business interruption: EUR 350 per day from the second day,
- notification costs, if client data was affected.

Our IT forensic partner, Nordcyber Response GmbH, will call you today
to arrange remote analysis. Please leave the devices switched off and do
not reinstall anything before they have taken a copy.

If it turns out that your clients' personal data was accessed, you may
have to report it to the data protection authority within 72 hours –
Nordcyber will advise you, and the costs are covered.

Kind regards
Liam O'Donoghue

""" + sig("odonoghue", "en"))

# --- 0127 -------------------------------------------------------------------
M(127, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "BU litigation: letter to the customer's lawyer about Marco Pietsch's rescinded contract, anxiety disorder and depression diagnoses, therapy sessions",
  frm=F("adler"), to=addr("RA Dr. Tim Reinhold", "reinhold@reinhold-partner.example"),
  cc=addr("Rechtsabteilung Rabenfels", st("recht")),
  subject="Ihr Mandant Marco Pietsch ./. Rabenfels Lebensversicherung AG – L 4410 552 731",
  date=(6, 23, 15, 2),
  body="""Sehr geehrter Herr Dr. Reinhold,

wir bestätigen den Eingang Ihres Schreibens vom 15. Juni, mit dem Sie
für Ihren Mandanten, Herrn Marco Pietsch, dem Rücktritt vom
Berufsunfähigkeitsvertrag L 4410 552 731 widersprechen und Klage
ankündigen.

In der Sache halten wir an unserer Entscheidung fest:

1. Herr Pietsch war von März bis Oktober 2021 wegen einer
   generalisierten Angststörung (F41.1) in Verhaltenstherapie
   (25 Sitzungen, Dipl.-Psych. Ostheimer). Das ist durch die Auskunft
   der Krankenversicherung und den Bericht der Therapeutin belegt.
2. Die Antragsfrage 5 fragte ausdrücklich nach ambulanten
   psychotherapeutischen Behandlungen in den letzten fünf Jahren.
3. Die jetzige Berufsunfähigkeit beruht nach dem Gutachten von
   Prof. Dr. Hagedorn auf einer rezidivierenden depressiven Störung mit
   komorbider Angststörung, also auf demselben Formenkreis.

Ihrem Einwand, die Therapie sei als "Coaching" bezeichnet worden,
steht die Abrechnung nach GOP 870 entgegen. Gern stellen wir Ihnen die
Unterlagen zur Verfügung; bitte nennen Sie uns dafür einen sicheren
Übermittlungsweg (unser Portal oder beA-kompatible Übermittlung über
unsere Prozessbevollmächtigten).

Zustellungsbevollmächtigt für ein etwaiges Verfahren ist die Kanzlei
Falkenberg Rechtsanwälte, Kassel.

Mit freundlichen Grüßen
Konstantin Adler

""" + sig("adler"))

# --- 0128 -------------------------------------------------------------------
M(128, "NORMAL", "de", "newsletter",
  "trap: staff newsletter on workplace health programme (back school, flu vaccination by the works doctor, anonymous addiction counselling); no person",
  frm=addr("Rabenfels intern", "intern@" + DOM),
  to=addr("Alle Mitarbeitenden", st("alle")),
  subject="Rabenfels intern: Gesundheit am Arbeitsplatz – Angebote im Herbst",
  date=(6, 24, 8, 0),
  body="""RABENFELS INTERN – Juni 2026

Gesundheit am Arbeitsplatz: unsere Angebote für das 2. Halbjahr

* Rückenschule: 8 Termine ab 3. September, donnerstags 16:30 Uhr,
  Sporthalle Raum U1. Kosten übernimmt das Unternehmen.
* Grippeimpfung durch den Betriebsarzt: 6. bis 8. Oktober, ohne
  Termin, Sanitätsraum EG. Bitte Impfpass mitbringen.
* Yoga in der Mittagspause: dienstags 12:15 Uhr, Raum Herkules.
* Neu: Sucht- und Sozialberatung. Externe Beraterinnen der Diakonie,
  anonym und vertraulich, telefonisch unter 0561 9920 777 oder
  persönlich außerhalb des Hauses. Die Beratung erfährt niemand im
  Unternehmen, auch nicht die Führungskraft.
* Augenuntersuchung Bildschirmarbeitsplatz: Termine im Intranet.

Anmeldung zu allen Kursen über das Intranet (Gesundheit > Kurse).

Bleibt gesund!
Euer BGM-Team
""",
  html="""<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<h2 style="color:#2f4b3a">Rabenfels intern &ndash; Juni 2026</h2>
<h3>Gesundheit am Arbeitsplatz: unsere Angebote f&uuml;r das 2. Halbjahr</h3>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef3ee"><th>Angebot</th><th>Wann</th><th>Wo</th></tr>
<tr><td>R&uuml;ckenschule (8 Termine)</td><td>ab 3. Sept., do 16:30</td><td>Sporthalle U1</td></tr>
<tr><td>Grippeimpfung durch den Betriebsarzt</td><td>6.&ndash;8. Okt., ohne Termin</td><td>Sanit&auml;tsraum EG</td></tr>
<tr><td>Yoga in der Mittagspause</td><td>dienstags 12:15</td><td>Raum Herkules</td></tr>
<tr><td>Sucht- und Sozialberatung (anonym)</td><td>Tel. 0561 9920 777</td><td>au&szlig;er Haus</td></tr>
<tr><td>Augenuntersuchung Bildschirmarbeitsplatz</td><td>Termine im Intranet</td><td>Betriebsarzt</td></tr>
</table>
<p>Die Sucht- und Sozialberatung ist anonym und vertraulich &ndash; niemand im Unternehmen erf&auml;hrt davon.</p>
<p>Anmeldung zu allen Kursen &uuml;ber das Intranet (Gesundheit &gt; Kurse).</p>
<p>Bleibt gesund!<br>Euer BGM-Team</p>
</body></html>
""")

# --- 0129 -------------------------------------------------------------------
M(129, "CONFIDENTIAL", "de", "insurer-to-customer",
  "motor deer collision of Dennis Otto: plate, policy, hunting tenant's certificate, repair; nobody hurt",
  frm=F("ebersbach"), to=addr("Dennis Otto", "dennis.otto@t-net.example"),
  subject="Wildunfall vom 02.06.2026 – KS-DO 919",
  date=(6, 5, 11, 11),
  body="""Hallo Herr Otto,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der K 12 zwischen
Espenau und Immenhausen nichts passiert ist.

Für die Regulierung über Ihre Teilkasko (Vertrag K-7 2281 906) haben
wir alles, was wir brauchen:
- Wildunfallbescheinigung des Jagdpächters Herrn Köhler,
- Fotos vom Fahrzeug (VW Golf, KS-DO 919) mit Haaren am Stoßfänger,
- Kostenvoranschlag Autohaus Espenau: 3.140,55 EUR.

Sie können die Reparatur in Auftrag geben. Wir zahlen direkt an die
Werkstatt; Ihre Selbstbeteiligung von 150 EUR begleichen Sie dort.
Ihr Schadenfreiheitsrabatt ist nicht betroffen.

Viele Grüße
Jannik Ebersbach

""" + sig("ebersbach"))

# --- 0130 -------------------------------------------------------------------
M(130, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
  "guarantee of payment to a Dubai hospital for expat member Sarah Kowalski-Reed (birth date): planned caesarean delivery, pregnancy details",
  frm=F("raman"), to=addr("Insurance Desk – Al Noor Women's Hospital", "insurance@alnoor-hospital.example"),
  subject="Guarantee of payment – Mrs Sarah Kowalski-Reed – maternity",
  date=(6, 25, 8, 17),
  body="""Dear colleagues,

we hereby confirm cover and guarantee payment for the following
admission:

  Patient:          Mrs Sarah Kowalski-Reed, DOB 17/08/1990
  Member number:    EXP 5520 1173 (Rabenfels Expat Health Premium,
                    maternity benefit included, waiting period met)
  Admission:        planned elective caesarean section, 38+2 weeks,
                    on 14 July 2026 (second caesarean; previous
                    caesarean 2023)
  Attending doctor: Dr Leila Haddad, Obstetrics & Gynaecology
  Accommodation:    private room
  Newborn care:     covered from birth, including NICU if required

Guaranteed amount: up to AED 45,000 for mother and baby. Please send the
final invoice with the discharge summary to claims.expat@rabenfels-
versicherung.example via your secure provider channel. Any amount above
the guarantee requires our prior approval, except in an emergency.

Kind regards
Priya Raman

""" + sig("raman", "en"))

# --- 0131 -------------------------------------------------------------------
M(131, "NORMAL", "en", "internal",
  "trap: actuarial note on motor regional classes with claim frequencies per district; aggregates only",
  frm=F("ivanova"), to=[F("ebersbach"), F("rieck")],
  cc=addr("Motor product management", st("produkt-kfz")),
  subject="Regional classes 2027 – first results for our districts",
  date=(6, 26, 14, 44),
  body="""Hi both,

the association's new regional statistics are out. For our core area
the proposed changes for 2027 are:

  District               TPL class   TPL freq. (per mille)   Comprehensive class
  Kassel (city)          7 -> 8            71.2                    6 (=)
  Kassel (rural)         5 (=)             55.9                    5 -> 4
  Werra-Meissner         4 (=)             52.1                    4 (=)
  Schwalm-Eder           5 -> 4            50.8                    5 (=)
  Waldeck-Frankenberg    4 (=)             49.0                    5 (=)
  Goettingen (city)      8 (=)             74.6                    7 -> 8

Kassel city goes up again; that will cost the average customer there
about EUR 20 a year in third-party liability. We'll adopt the classes
as published unless product management decides otherwise.

Could customer service prepare a short explanation text for the
renewal letters? Last year's questions were mostly from Kassel city.

Svetlana

""" + sig("ivanova", "en", foot=False))

# --- 0132 -------------------------------------------------------------------
M(132, "CONFIDENTIAL", "mixed", "insurer-to-broker",
  "English reply to broker quoting the German policy schedule of sole trader Arjun Mehta's shop contents (address, sums, premium, IBAN masked); no health data",
  frm=F("odonoghue"), to=addr("Charlotte Pike", "c.pike@harrowpike.example"),
  subject="RE: Mehta – shop contents – can you confirm the cover?",
  date=(6, 29, 11, 0),
  body="""Hi Charlotte,

here are the relevant lines from Mr Mehta's German policy schedule, with
the English meaning:

> Versicherungsschein Nr. GI 9930 2217
> Versicherungsnehmer: Arjun Mehta, Inhaber von
> "Mehta Spices & Groceries e.K.", Friedrich-Ebert-Straße 130,
> 34119 Kassel
> Betriebseinrichtung 60.000 EUR, Vorräte 35.000 EUR
> Glasbruch Schaufenster: 4 Scheiben, Neuwert
> Betriebsunterbrechung: 6 Monate, 80.000 EUR
> Jahresbeitrag brutto: 1.142,40 EUR, Lastschrift von Konto
> DE** **** **** **** **77 31

- fixtures and fittings EUR 60,000; stock EUR 35,000,
- shop window glass (4 panes) at replacement value,
- business interruption up to 6 months, EUR 80,000,
- gross annual premium EUR 1,142.40 by direct debit.

Cold storage/spoilage of stock is not included yet. If Mr Mehta wants
it (the freezer cabinets!), I can add EUR 10,000 for about EUR 65 a year.

Cheers
Liam

> From: Charlotte Pike
> Sent: 26 June 2026 17:20
> Subject: Mehta – shop contents – can you confirm the cover?
> Mr Mehta received the German schedule and wants to know exactly
> what's covered. Could you summarise in English? Thanks, C.

""" + sig("odonoghue", "en"))

# --- 0133 -------------------------------------------------------------------
M(133, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body; the ODT attachment recognises Bernd Salzmann's disability (chronic decompensated tinnitus, hyperacusis, depression) with benefit amount",
  frm=F("adler"), to=addr("Bernd Salzmann", "bernd.salzmann@mailbox.example"),
  subject="Unser Schreiben vom 30.06.2026",
  date=(6, 30, 15, 41),
  body="""Sehr geehrter Herr Salzmann,

anbei erhalten Sie unser Schreiben vom heutigen Tag. Das Original geht
Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
Konstantin Adler

""" + sig("adler"),
  attachments=[att("Schreiben_2026-06-30.odt", odt([
      "Rabenfels Lebensversicherung AG · Wilhelmshöher Allee 301 · 34131 Kassel",
      "Herrn Bernd Salzmann, Wolfhager Straße 212, 34128 Kassel",
      "Kassel, 30.06.2026",
      "Ihre Berufsunfähigkeitsversicherung L 4396 702 114 – Leistungsentscheidung",
      "Sehr geehrter Herr Salzmann,",
      "wir haben Ihren Leistungsantrag vom 12.02.2026 geprüft. Nach den Berichten Ihres HNO-Arztes Dr. Friese, der Tinnitus-Klinik Bad Arolsen (Entlassungsbericht vom 20.04.2026) und dem Gutachten von Prof. Dr. Engelhard liegt bei Ihnen ein chronischer, dekompensierter Tinnitus beidseits (Schweregrad IV) mit Hyperakusis und einer reaktiven mittelgradigen depressiven Episode vor.",
      "Ihre zuletzt ausgeübte Tätigkeit als Gymnasiallehrer (Deutsch, Musik) mit Unterricht in Klassen bis 30 Schülern können Sie dadurch zu mehr als 50 % nicht mehr ausüben.",
      "Wir erkennen unsere Leistungspflicht ab dem 01.02.2026 an, unbefristet. Sie erhalten eine monatliche BU-Rente von 2.100 EUR; außerdem sind Sie von der Beitragszahlung befreit. Die Nachzahlung für Februar bis Juni (10.500 EUR) überweisen wir in den nächsten Tagen.",
      "Wir wünschen Ihnen alles Gute und vor allem Besserung.",
      "Mit freundlichen Grüßen",
      "Konstantin Adler, Leistungsprüfung Berufsunfähigkeit",
  ]))])

# --- 0134 -------------------------------------------------------------------
M(134, "NORMAL", "de", "insurer-to-supplier",
  "trap: venue booking for the brokers' day (rooms, catering incl. allergen labelling, agenda on digital health checks) with ICS; no person data",
  frm=F("fuchsberger"), to=addr("Bankettabteilung Tagungszentrum Fuldaaue", "bankett@tagungszentrum-fuldaaue.example"),
  subject="Buchungsbestätigung Rabenfels Maklertag 17.09.2026",
  date=(5, 15, 10, 12),
  body="""Sehr geehrte Frau Zimmermann,

hiermit bestätigen wir verbindlich die Buchung für unseren Maklertag:

  Datum:        Donnerstag, 17. September 2026, 9:00–17:30 Uhr
  Teilnehmer:   ca. 180 Personen
  Räume:        Saal Fulda (Plenum, parlamentarisch), 3 Workshop-
                räume (je 40 Personen), Foyer für Ausstellung
  Catering:     Begrüßungskaffee, Mittagsbuffet, Nachmittagskaffee;
                bitte alle Speisen mit Allergenkennzeichnung, mind.
                30 % vegetarisch, glutenfreie Optionen
  Technik:      2 Beamer, Funkmikrofone, Streaming aus dem Plenum

Programm (Auszug): Keynote zur Zukunft der Altersvorsorge; Workshops
"Digitale Gesundheitsprüfung in der BU", "Gewerbe kompakt" und
"Beratungsdokumentation".

Die Rechnung bitte an unseren Einkauf, Bestellnummer 4500-2026-0455.
Der Kalendereintrag für Ihr Team hängt an.

Mit freundlichen Grüßen
Lea Fuchsberger

""" + sig("fuchsberger"),
  attachments=[att("Maklertag_2026.ics", ics(
      "rf-maklertag-20260917@" + DOM, "20260917T080000", "20260917T180000",
      "Rabenfels Maklertag 2026", "Tagungszentrum Fuldaaue, Saal Fulda",
      "Aufbau ab 8:00 Uhr\nBeginn 9:00 Uhr\nca. 180 Teilnehmende",
      st("lea.fuchsberger"), ["bankett@tagungszentrum-fuldaaue.example"]))])

# --- 0135 -------------------------------------------------------------------
M(135, "CONFIDENTIAL", "de", "insurer-to-customer",
  "base64 body: rent deposit guarantee for Jennifer Kuhlmann with landlord, flat address, her net income from the credit check; no health data",
  frm=F("service"), to=addr("Jennifer Kuhlmann", "jennifer.kuhlmann@webpost.example"),
  subject="Ihre Mietkautionsbürgschaft ist ausgestellt",
  date=(6, 30, 16, 58),
  cte="base64",
  body="""Guten Tag Frau Kuhlmann,

Ihre Mietkautionsbürgschaft ist ausgestellt:

  Bürgschaftsnummer:  MK 2026-017744
  Vermieterin:        Wohnbau Kassel-Ost eG
  Mietobjekt:         Bunsenstraße 9, 2. OG links, 34127 Kassel
  Bürgschaftsbetrag:  2.850,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:      142,50 EUR

Bei der Bonitätsprüfung haben wir Ihr angegebenes monatliches
Nettoeinkommen von 2.310 EUR (Gehaltsnachweise März bis Mai) und die
SCHUFA-Auskunft berücksichtigt; beides ist in Ordnung.

Die Bürgschaftsurkunde schicken wir im Original an die Vermieterin,
eine Kopie erhalten Sie per Post.

Viel Freude in der neuen Wohnung!

""" + sig("service"))

# --- 0136 -------------------------------------------------------------------
M(136, "STRICTLY_CONFIDENTIAL", "en", "customer",
  "applicant Thomas Greaves tells his adviser he forgot a knee arthroscopy (meniscus, 2023) in his term life/IP application; forwarded to underwriting",
  frm=addr("Kai Bergmann", st("kai.bergmann")), to=F("raman"),
  subject="FW: Forgot something on my application",
  date=(5, 21, 18, 3),
  body="""Hi Priya,

one of my expat clients – see below. The application is A-2026-0358841
(term life EUR 350k + IP EUR 2,000). I told him you'd be in touch about
what else you need.

Thanks
Kai

Kai Bergmann
Rabenfels Generalagentur Kassel-West

-----Original Message-----
From: Thomas Greaves <tom.greaves@mailbox.example>
Sent: Thursday, 21 May 2026 07:52
To: Kai Bergmann <kai.bergmann@rabenfels-versicherung.example>
Subject: Forgot something on my application

Hi Kai,

I was going through my papers last night and realised I didn't put my
knee operation on the form. I had a keyhole operation (arthroscopy) on
my left knee in October 2023 at the Nuffield in Cheltenham because of a
torn meniscus – day surgery, about six weeks of physio afterwards and
I've been fine since, running again. Sorry, I honestly forgot about it.

I'd rather get this right now than have problems later. What do you
need from me?

Cheers
Tom
""")

# --- 0137 -------------------------------------------------------------------
M(137, "NORMAL", "mixed", "insurer-to-partner",
  "trap: German invitation with English agenda and ICS for a call with a marine partner on cargo bordereaux format; no person data",
  frm=F("odonoghue"), to=addr("Hamburg Cargo Underwriting Agency", "ops@hcua.example"),
  cc=addr("Fenwick Marine Services", "data@fenwick-marine.example"),
  subject="Termin: Abstimmung Cargo-Bordereaux Q3 / agenda call 8 July",
  date=(7, 1, 9, 5),
  body="""Liebe Kolleginnen und Kollegen,

wie besprochen lade ich zu einer Telefonkonferenz am 8. Juli um 14 Uhr
ein, um das neue Bordereaux-Format für das Cargo-Geschäft abzustimmen.
Da die Kollegen von Fenwick dabei sind, Agenda auf Englisch:

Agenda
1. Lloyd's-style bordereaux v5.2 vs. our current CSV layout
2. Mandatory fields: vessel IMO number, voyage, sum insured,
   Incoterms, commodity code (HS)
3. Claims bordereaux: reserve movements, recoveries, currency
4. Timing: monthly by the 10th, first delivery for July business
5. Data transfer: SFTP with PGP, no e-mail attachments

Einwahl im Kalendereintrag.

Viele Grüße
Liam O'Donoghue

""" + sig("odonoghue"),
  attachments=[att("Cargo_Bordereaux_Call.ics", ics(
      "rf-cargo-bdx-20260708@" + DOM, "20260708T140000", "20260708T150000",
      "Cargo bordereaux alignment call",
      "Telefonkonferenz +49 561 7093-8800, PIN 44710",
      "Agenda: bordereaux v5.2, mandatory fields, claims bordereaux, timing, SFTP/PGP",
      st("liam.odonoghue"), ["ops@hcua.example", "data@fenwick-marine.example"]))])

# --- 0138 -------------------------------------------------------------------
M(138, "CONFIDENTIAL", "en", "insurer-to-customer",
  "motorcycle seasonal policy for Stefan Novak: birth date, plate, season, no-claims class and premium; no health data",
  frm=F("rieck"), to=addr("Stefan Novak", "stefan.novak@freenet-mail.example"),
  subject="Your motorcycle insurance – seasonal registration confirmed",
  date=(2, 27, 12, 52),
  body="""Dear Mr Novak,

we have set up the insurance for your motorcycle as requested:

  Policyholder:      Stefan Novak, born 30.04.1986
  Vehicle:           Triumph Street Triple 765 RS
  Plate:             KS-SN 66 (seasonal plate 03-10)
  Season:            1 March to 31 October each year
  Cover:             third-party liability (SF 6) and partial cover
                     (deductible EUR 150)
  Annual premium:    EUR 238.60

Outside the season the motorcycle is covered for fire and theft while
parked in your garage, free of charge. Please don't ride it outside
the season – there is no liability cover then.

Have a good first ride!

Malte Rieck

""" + sig("rieck", "en"))

# --- 0139 -------------------------------------------------------------------
M(139, "NORMAL", "de", "insurer-to-company",
  "trap: framework offer for group accident insurance of a municipal utility (headcount, sums, premium); no employee named or health data",
  frm=F("grabowski"), to=addr("Personalabteilung Stadtwerke Baunatal", "personal@stadtwerke-baunatal.example"),
  subject="Angebot Gruppenunfallversicherung – Stadtwerke Baunatal GmbH",
  date=(7, 2, 10, 24),
  body="""Sehr geehrte Frau Hagemann,

wie gewünscht unser Angebot für eine Gruppenunfallversicherung für
alle Mitarbeitenden der Stadtwerke Baunatal GmbH (rund 210 Personen,
beruflicher und privater Bereich, 24 Stunden weltweit):

  Invalidität Grundsumme:   100.000 EUR, Progression 225 %
  Todesfall:                 20.000 EUR
  Unfallrente ab 50 %:          500 EUR monatlich
  Krankenhaustagegeld:           20 EUR
  Bergungskosten:            25.000 EUR

Beitrag: 118,40 EUR je Person und Jahr, Gefahrengruppe A für
Verwaltung bzw. B für Netzbetrieb/Technik gemischt kalkuliert,
Gesamtbeitrag ca. 24.860 EUR jährlich.

Es werden keine Namenslisten benötigt; maßgeblich ist die Zahl der
Beschäftigten zum 1. Januar jedes Jahres. Gesundheitsfragen stellen wir
bei Gruppenverträgen dieser Größe nicht.

Das Angebot gilt bis 31. August 2026.

Mit freundlichen Grüßen
Hannes Grabowski

""" + sig("grabowski"))

# --- 0140 -------------------------------------------------------------------
M(140, "NORMAL", "de", "internal",
  "trap: holiday cover arrangement between underwriters (names and dates only, no cases); organisational",
  frm=F("krampe"), to=addr("Team Risikoprüfung Leben/BU", st("rp-leben")),
  cc=F("waldhauser"),
  subject="Urlaub 13.07.–31.07. – Vertretung",
  date=(7, 8, 16, 40),
  charset="iso-8859-1", cte="quoted-printable",
  body="""Hallo zusammen,

ich bin vom 13. bis 31. Juli im Urlaub. Vertretung:

- BU-Anträge Makler Nord:   Ayşe (Anträge ab 1 Mio. an Corinna)
- Arztanfragen/Rückläufer:  laufen im Teampostfach, bitte wie üblich
  nach Eingangsdatum abarbeiten
- Vorlagen Gesellschaftsarzt: Herr Dr. Hollstein ist bis 24.07. da,
  danach bitte an Alastair

Offene Vorgänge habe ich in RiskPilot mit Notizen versehen. Mein
Postfach leitet nicht weiter, die Abwesenheitsnotiz verweist auf das
Teampostfach.

Schönen Sommer!
Tobias
""".replace("Ayşe", "Ayse"))

# --- 0141 -------------------------------------------------------------------
_good141 = iban("DE", "52040021" + "0319904412")
_bad141 = _good141[:12] + ("8" if _good141[12] != "8" else "7") + _good141[13:]
assert not iban_ok(_bad141)
M(141, "CONFIDENTIAL", "de", "insurer-to-customer",
  "private liability: Holger Brinkmann's new IBAN contains a typo (invalid check digits, deliberately), quoted back to him with policy number; bank data",
  frm=F("rieck"), to=addr("Holger Brinkmann", "holger.brinkmann@mailbox.example"),
  subject="AW: Neue Bankverbindung Haftpflicht PH 8815 0372",
  date=(7, 3, 9, 3),
  body="""Guten Morgen Herr Brinkmann,

danke für Ihre neue Bankverbindung. Leider ist die IBAN, die Sie uns
geschickt haben, nicht gültig – die Prüfziffer passt nicht:

  {BAD}

Vermutlich hat sich beim Abtippen ein Zahlendreher eingeschlichen.
Könnten Sie die IBAN bitte noch einmal von Ihrer Bankkarte oder dem
Online-Banking abschreiben? Bis dahin buchen wir den Beitrag für Ihre
Privathaftpflicht PH 8815 0372 noch vom alten Konto ab.

Viele Grüße
Malte Rieck

> Von: Holger Brinkmann <holger.brinkmann@mailbox.example>
> Gesendet: Donnerstag, 2. Juli 2026 21:15
> Betreff: Neue Bankverbindung Haftpflicht PH 8815 0372
>
> Hallo, bitte ab sofort von meinem neuen Konto abbuchen:
> {BAD}
> Holger Brinkmann, Rosenstraße 3, Calden

""".replace("{BAD}", grouped(_bad141)) + sig("rieck"))

# --- 0142 -------------------------------------------------------------------
M(142, "NORMAL", "de", "internal",
  "trap: revised text modules for glasses/contact-lens reimbursement letters with «placeholders»; no real customer",
  frm=F("jost"), to=addr("Team Leistung Kranken ambulant", st("lk-ambulant")),
  subject="Überarbeitete Textbausteine Sehhilfen (TB-SH-01 bis 03)",
  date=(7, 6, 11, 55),
  body="""Hallo zusammen,

ab Montag gelten die neuen Textbausteine für Sehhilfen. Sie sind in der
Korrespondenz hinterlegt; zur Info hier der Wortlaut:

TB-SH-01 (volle Erstattung)
  «Anrede» «Name»,
  für Ihre neue Brille bzw. Ihre Kontaktlinsen laut Rechnung vom
  «Rechnungsdatum» erstatten wir «Betrag» EUR. Ihr Sehhilfenbudget
  von «Budget» EUR für den Zeitraum «Zeitraum» ist damit zu
  «Prozent» % ausgeschöpft.

TB-SH-02 (Budget überschritten)
  «Anrede» «Name»,
  Ihr Tarif sieht für Sehhilfen «Budget» EUR innerhalb von
  «Jahre» Kalenderjahren vor. Davon waren bereits «Verbraucht» EUR
  ausgeschöpft, so dass wir noch «Betrag» EUR erstatten können.

TB-SH-03 (Verordnung fehlt)
  «Anrede» «Name»,
  für die Erstattung benötigen wir eine augenärztliche Verordnung oder
  eine Refraktionsbestimmung des Augenoptikers, die nicht älter als
  «Monate» Monate ist.

Neu ist vor allem der freundlichere Einstieg und der Hinweis auf das
Restbudget. Bitte keine eigenen Varianten mehr anlegen.

Gruß
Mareike
""")

# --- 0143 -------------------------------------------------------------------
M(143, "NORMAL", "en", "insurer-to-broker",
  "trap: FAQ on occupational classes in disability insurance with example job titles; generic product information",
  frm=F("sandmann"), to=addr("Charlotte Pike", "c.pike@harrowpike.example"),
  subject="FAQ: occupational classes in our income protection (BU) tariffs",
  date=(7, 7, 15, 33),
  body="""Hi Charlotte,

as promised after last week's call, a short FAQ for your advisers.

Q: How many occupational classes are there?
A: Five: 1+, 1, 2, 3 and 4. Class 1+ is the cheapest (academic office
   jobs with staff responsibility), class 4 the most expensive (heavy
   manual work).

Q: What decides the class?
A: The job title, the share of office work, staff responsibility and
   the degree. E.g. "architect, 90 % office" is 1+, "architect, 50 %
   on building sites" is 1.

Q: Some examples?
A: Software developer (100 % office): 1+ | nurse: 3 | electrician: 3 |
   roofer: 4 | teacher: 1 | trainee mechanic: 3 | students: 1 or 2
   depending on the subject.

Q: What if the client changes job later?
A: The class stays the same. There's no obligation to report a job
   change, and the premium does not go up.

Q: Can a client move to a better class?
A: Yes, within the first five years after a career step (e.g. master
   craftsman exam), without new health questions.

Best regards
Philipp

""" + sig("sandmann", "en"))

# --- 0144 -------------------------------------------------------------------
M(144, "CONFIDENTIAL", "mixed", "insurer-to-partner",
  "English mail to external auditors with an ODS sample (German headings) of property claims: policyholder names, claim numbers, payouts, masked IBANs; no health data",
  frm=F("rosenbaum"), to=addr("Megan Foster", "megan.foster@baxterlowell.example"),
  subject="Audit 2026 – sample PR-07 property claims",
  date=(7, 9, 10, 28),
  body="""Dear Ms Foster,

attached is the sample you selected for test PR-07 (property claims paid
in H1 2026). The column headings are in German; the key is:

  Schadennummer = claim number, Versicherungsnehmer = policyholder,
  Sparte = line, Zahlbetrag = amount paid, Zahlungsempfänger IBAN =
  payee IBAN (masked), Freigabe = approved by.

Scans of the supporting documents (invoices, adjuster reports) are in
the audit data room, folder PR-07. Please let me know if anything is
missing.

Kind regards
Helga Rosenbaum

""" + sig("rosenbaum", "en"),
  attachments=[att("Stichprobe_PR-07_Sachschaden_H1-2026.ods", ods([
      ["Schadennummer", "Versicherungsnehmer", "Sparte", "Schadentag", "Zahlbetrag EUR", "Zahlungsempfänger IBAN", "Freigabe"],
      ["SN 26-004871", "Annika Lorenz", "Hausrat", "2026-01-11", 2239.00, "DE** **** **** **** **78 23", "H. Rosenbaum"],
      ["SN 26-006103", "Klaus-Dieter Ruppel", "Wohngebäude", "2026-02-17", 11840.55, "DE** **** **** **** **61 09", "H. Rosenbaum / 4-Augen"],
      ["SN 26-007022", "Elke Stamer", "Wohngebäude", "2026-03-02", 3120.00, "DE** **** **** **** **40 17", "J. Kröger"],
      ["SN 26-008815", "Yannick Fröhlich", "Hausrat", "2026-03-29", 860.40, "DE** **** **** **** **02 55", "J. Kröger"],
      ["SN 26-010377", "Brigitte Hessler", "Glas", "2026-05-14", 412.00, "DE** **** **** **** **19 90", "H. Rosenbaum"],
  ], sheet="PR-07"))])

# --- 0145 -------------------------------------------------------------------
M(145, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "BU surcharge for asthma removed for Michael Brenner after normal lung function test; new premium; named person's health assessment",
  frm=F("demirtas"), to=addr("Michael Brenner", "mbrenner@mailbox.example"),
  subject="Ihr Widerspruch – Zuschlag entfällt (L 4471 203 918)",
  date=(3, 20, 14, 10),
  body="""Sehr geehrter Herr Brenner,

vielen Dank für den Bericht Ihres Lungenfacharztes, Herrn Dr. Tappe,
vom 14.01.2026, den Sie uns nach Ihrem Widerspruch geschickt haben.

Die Lungenfunktion ist vollständig normal (FEV1 104 % des Sollwerts,
kein Hinweis auf eine Atemwegsobstruktion), und Sie benötigen das
Salbutamol-Spray nur saisonal während der Birkenblüte. Damit handelt es
sich um ein leichtes, gut kontrolliertes allergisches Asthma.

Wir haben den Zuschlag von 25 % deshalb rückwirkend zum
Versicherungsbeginn gestrichen:

  Monatsbeitrag bisher:  74,50 EUR
  Monatsbeitrag neu:     59,60 EUR

Die zu viel gezahlten Beiträge für März und April erstatten wir Ihnen
mit der nächsten Abbuchung. Ein geänderter Versicherungsschein folgt
per Post.

Entschuldigen Sie bitte die Umstände – mit dem Bericht hätten wir
gleich so entschieden.

Mit freundlichen Grüßen
Ayşe Demirtaş

""" + sig("demirtas"))

# --- 0146 -------------------------------------------------------------------
M(146, "NORMAL", "de", "internal",
  "trap: process instruction that doctor queries and medical reports go only via doctor portal or fax, never e-mail; no person",
  frm=F("waldhauser"), to=addr("Team Risikoprüfung Leben/BU", st("rp-leben")),
  cc=[F("kiesewetter"), F("adler")],
  subject="Verfahrensanweisung VA-RP-12: Arztanfragen und Arztberichte – Übermittlungswege",
  date=(7, 10, 13, 0),
  body="""Liebe Kolleginnen und Kollegen,

nach dem Datenschutz-Jour-fixe gilt ab sofort die überarbeitete
Verfahrensanweisung VA-RP-12. Die Kernpunkte:

1. Arztanfragen (Befundberichte, Fragebögen) versenden wir über das
   Arztportal. Praxen ohne Portalzugang erhalten die Anfrage per Post
   oder Fax an die verifizierte Praxisnummer.
2. Per E-Mail dürfen Anfragen nur an Praxen und Kliniken gehen, mit
   denen Domänenverschlüsselung eingerichtet ist (Liste im Intranet,
   derzeit 41 Einrichtungen) – und auch dann nur mit dem Minimum an
   Angaben: Name, Geburtsdatum, Antragsnummer, Fragen.
3. Arztberichte, die uns Kunden per unverschlüsselter E-Mail schicken,
   werden in RiskPilot übernommen; die Antwort geht über das Portal,
   nicht als Antwort auf die Mail, und ohne den Bericht zu zitieren.
4. Honorare für Arztberichte (GOÄ Nr. 75/80/85) zahlen wir mit der
   Antragsnummer als Verwendungszweck, nicht mit dem Patientennamen.
5. Anfragen ins Ausland (APS UK/USA) laufen über den Upload-Link des
   Expat-Desks.

Die vollständige Anweisung steht im Intranet unter Risikoprüfung >
Verfahren. Bitte bis 31. Juli lesen und in der Lernplattform bestätigen.

Viele Grüße
Corinna Waldhauser

""" + sig("waldhauser", foot=False))

# --- 0147 -------------------------------------------------------------------
M(147, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "claims audit sample for the reinsurer: ZIP with an XLSX listing named BU claimants, birth dates, diagnoses (ICD-10) and benefits; body mentions no person",
  frm=F("adler"), to=addr("Nikhil Bose", "claims.life@brightwater-re.example"),
  cc=F("vossberg"),
  subject="Claims audit 2026 – disability sample (3 files)",
  date=(7, 14, 11, 6),
  body="""Dear Nikhil,

as agreed for your claims audit on 21-22 July, please find attached the
overview of the three disability claims you selected from the
bordereau. The full claim files will be available in the data room on
site only. Please delete the overview after the audit.

Looking forward to seeing you in Kassel.

Kind regards
Konstantin Adler

""" + sig("adler", "en"),
  attachments=[att("BW_claims_audit_2026_sample.zip", build_zip([
      ("BW_claims_audit_2026_sample.xlsx", xlsx([
          ["Claim ref", "Policy", "Claimant", "Date of birth", "Occupation", "Diagnosis (ICD-10)", "Disability since", "Monthly benefit EUR", "Decision"],
          ["LB-24-0412", "L 4405 118 260", "Simone Kästner", "1979-05-08", "Project manager plant engineering", "F32.2 severe depressive episode; Z73.0 burnout", "2023-06-01", 1650, "accepted, review 2026"],
          ["LB-25-0177", "L 4396 702 114", "Bernd Salzmann", "1971-10-23", "Grammar school teacher", "H93.1 tinnitus, decompensated; F32.1", "2026-02-01", 2100, "accepted 2026-06-30"],
          ["LB-25-0903", "L 4410 552 731", "Marco Pietsch", "1985-01-30", "Sales engineer", "F33.1 recurrent depression; F41.1", "2025-11-01", 1800, "rescinded (non-disclosure), litigation pending"],
      ], sheet="Sample")),
      ("README.txt", "Sample for Brightwater Re claims audit, July 2026.\r\nContains special category data. Do not copy outside the audit.\r\n"),
  ]))])

# --- 0148 -------------------------------------------------------------------
M(148, "CONFIDENTIAL", "de", "insurer-to-customer",
  "harmless body; ZIP with household policy schedule (name, birth date, address) and SEPA mandate (IBAN) of Nicole Hartwig",
  frm=F("rieck"), to=addr("Nicole Hartwig", "nicole.hartwig@webpost.example"),
  subject="Ihre Vertragsunterlagen",
  date=(7, 15, 10, 15),
  body="""Guten Tag Frau Hartwig,

wie telefonisch besprochen, anbei Ihre Vertragsunterlagen noch einmal
als ZIP-Datei.

Freundliche Grüße
Malte Rieck

""" + sig("rieck"),
  attachments=[att("Vertragsunterlagen_S5541_0096.zip", build_zip([
      ("Versicherungsschein_S5541_0096.pdf", pdf([
          "# Rabenfels Allgemeine Versicherung AG - Versicherungsschein Hausrat",
          "Versicherungsnummer: S 5541 0096",
          "Versicherungsnehmerin: Nicole Hartwig, geb. 09.12.1989",
          "Versicherungsort: Kohlenstraße 77, 34121 Kassel",
          "Wohnfläche: 74 m2, Versicherungssumme 48.100 EUR",
          "Tarif: Hausrat Komfort, Elementar eingeschlossen",
          "Beginn: 01.08.2026, Ablauf: 01.08.2027, stillschweigende Verlängerung",
          "Jahresbeitrag: 118,90 EUR inkl. 19 % VersSt",
      ], title="Versicherungsschein S 5541 0096")),
      ("SEPA-Mandat_S5541_0096.pdf", pdf([
          "# SEPA-Lastschriftmandat",
          "Gläubiger: Rabenfels Allgemeine Versicherung AG, Gläubiger-ID DE98ZZZ00000773110",
          "Mandatsreferenz: RVA-S55410096-01",
          "Kontoinhaberin: Nicole Hartwig",
          "IBAN: " + grouped(iban("DE", "52050353" + "0001942286")),
          "Kassel, 14.07.2026, gez. N. Hartwig",
      ], title="SEPA-Mandat")),
  ]))])

# --- 0149 -------------------------------------------------------------------
M(149, "NORMAL", "de", "insurer-to-customer",
  "trap: automatic acknowledgement of receipt without any content of the customer's message",
  frm=addr("Rabenfels Kundenservice", "service@" + DOM),
  to=addr("Ralf Henning", "ralf.henning@t-net.example"),
  subject="Eingangsbestätigung: Ihre Nachricht an den Rabenfels Kundenservice",
  date=(7, 16, 22, 14),
  headers=[("Auto-Submitted", "auto-replied")],
  charset="windows-1252", cte="quoted-printable",
  body="""Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird
schnellstmöglich bearbeitet, in der Regel innerhalb von zwei
Arbeitstagen.

Bitte senden Sie uns keine Gesundheitsunterlagen, Arztrechnungen oder
Bankdaten per unverschlüsselter E-Mail. Nutzen Sie dafür unser
Kundenportal: https://portal.rabenfels-versicherung.example

In dringenden Fällen erreichen Sie uns telefonisch unter 0561 7093-0
(Mo–Fr 8–19 Uhr), bei Notfällen auf Reisen rund um die Uhr unter
+49 561 7093-9111.

Ihr Rabenfels Kundenservice

Dies ist eine automatisch erzeugte Nachricht.
""")

# --- 0150 -------------------------------------------------------------------
M(150, "STRICTLY_CONFIDENTIAL", "de", "internal",
  "underwriting committee referral: key-person term life EUR 3m on managing director Jürgen Hartwig with medical exam results (CSV: blood pressure, lipids, PSA, ECG) and income",
  frm=F("waldhauser"), to=addr("Underwriting-Komitee Leben", st("uw-komitee")),
  cc=F("vossberg"),
  subject="Vorlage Komitee 07/2026: Keyman-Risikoleben 3 Mio. EUR – Hartwig",
  date=(7, 17, 15, 20),
  body="""Hallo zusammen,

für die Sitzung am 22.07. lege ich folgenden Fall vor, der über meiner
Zeichnungsvollmacht liegt:

  Antrag:               A-2026-0401127, Keyman-Risikoleben
  Versicherungsnehmerin: Hartwig Baustoffe GmbH, Kassel
  Versicherte Person:   Jürgen Hartwig, geb. 12.03.1966,
                        geschäftsführender Gesellschafter
  Summe / Laufzeit:     3.000.000 EUR / 10 Jahre
  Finanzielle Prüfung:  Geschäftsführergehalt 420.000 EUR p. a.,
                        Jahresüberschuss 2025 2,1 Mio. EUR – Summe
                        angemessen (ca. 7-faches Gehalt)

Medizinisch (Untersuchung Medicheck am 02.07., Werte im Anhang):
Hypertonie, mit Ramipril/HCT eingestellt (138/86), Gesamtcholesterin
246 unter Atorvastatin, PSA 3,4 ng/ml (Vorwert 2,9 vor einem Jahr),
Belastungs-EKG unauffällig, Nichtraucher seit 2015.

Vorschlag: +50 % wegen Hypertonie/Lipide; wegen des PSA-Anstiegs vor
Policierung urologische Abklärung (Kontrolle PSA + ggf. MRT) – bei
unauffälligem Befund Annahme wie vorgeschlagen. Brightwater und Säntis
haben ihre Anteile (je 45 % des Exzedenten) unter diesem Vorbehalt
zugesagt.

Corinna
""",
  attachments=[att("A-2026-0401127_Untersuchungswerte.csv", csvdata([
      ["Parameter", "Wert", "Einheit", "Referenz", "Datum"],
      ["Name", "Jürgen Hartwig", "", "", ""],
      ["Geburtsdatum", "12.03.1966", "", "", ""],
      ["Größe", "181", "cm", "", "02.07.2026"],
      ["Gewicht", "92", "kg", "", "02.07.2026"],
      ["BMI", "28,1", "kg/m2", "18,5-25", "02.07.2026"],
      ["Blutdruck", "138/86", "mmHg", "<140/90", "02.07.2026"],
      ["Gesamtcholesterin", "246", "mg/dl", "<200", "02.07.2026"],
      ["LDL", "158", "mg/dl", "<116", "02.07.2026"],
      ["HbA1c", "5,6", "%", "<5,7", "02.07.2026"],
      ["GGT", "38", "U/l", "<60", "02.07.2026"],
      ["PSA", "3,4", "ng/ml", "<4,0", "02.07.2026"],
      ["PSA Vorwert", "2,9", "ng/ml", "", "28.06.2025"],
      ["Belastungs-EKG", "bis 200 W, keine Ischämie", "", "", "02.07.2026"],
  ], encoding="cp1252"))])


# ===========================================================================
# build / check
# ===========================================================================

def generate(outdir):
    BOUNDARY_N[0] = 0
    mdir = os.path.join(outdir, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    seen = set()
    for n, label, lang, kind, reason, kw in sorted(MAILS, key=lambda x: x[0]):
        assert n not in seen, n
        seen.add(n)
        tag = "%s%04d" % (PREFIX, n)
        m = build(tag, **kw)
        data = to_bytes(m)
        fn = tag + ".eml"
        with open(os.path.join(mdir, fn), "wb") as f:
            f.write(data)
        assert "\t" not in reason and "\n" not in reason, n
        rows.append("\t".join([fn, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(rows) - 1


def _walk(part, problems, fn, depth=0):
    for d in part.defects:
        problems.append("%s: defect %r" % (fn, d))
    if part.is_multipart():
        for sp in part.iter_parts() if hasattr(part, "iter_parts") else part.get_payload():
            _walk(sp, problems, fn, depth + 1)
        return
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        _walk(part.get_content(), problems, fn, depth + 1)
        return
    if part.get_content_maintype() == "text":
        try:
            part.get_content()
        except Exception as e:  # noqa
            problems.append("%s: text part does not decode: %s" % (fn, e))
    name = (part.get_filename() or "").lower()
    if name:
        data = part.get_payload(decode=True)
        if name.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    if z.testzip() is not None:
                        problems.append("%s: bad zip member in %s" % (fn, name))
            except zipfile.BadZipFile:
                problems.append("%s: %s is not a zip" % (fn, name))
        elif name.endswith(".pdf"):
            if not (data.startswith(b"%PDF-") and b" Tj" in data):
                problems.append("%s: %s has no text layer" % (fn, name))
        elif name.endswith(".ics"):
            if b"BEGIN:VCALENDAR" not in data or b"END:VCALENDAR" not in data:
                problems.append("%s: bad ics %s" % (fn, name))


def check():
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        for rel in ["labels.tsv"] + ["mails/" + f for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a = os.path.join(tmp, rel)
            b = os.path.join(HERE, rel)
            if not os.path.exists(b):
                problems.append("missing in folder: " + rel)
            elif open(a, "rb").read() != open(b, "rb").read():
                problems.append("differs from rebuild: " + rel)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        for e in sorted(extra):
            problems.append("extra file in folder: mails/" + e)
    ids = set()
    counts = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], rows[0]
    for fn, label, lang, kind, reason in rows[1:]:
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
        raw = open(os.path.join(HERE, "mails", fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append(fn + ": bare LF")
        if b"\r" in raw.replace(b"\r\n", b""):
            problems.append(fn + ": bare CR")
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        if mid in ids:
            problems.append(fn + ": duplicate Message-ID")
        ids.add(mid)
        if "2026" not in msg["Date"]:
            problems.append(fn + ": date not 2026")
        for h in ("From", "To", "Subject", "Date"):
            if msg[h] is None:
                problems.append(fn + ": missing " + h)
        for h in ("From", "To", "Cc"):
            for a in msg.get_all(h) or []:
                for _, ad in email.utils.getaddresses([str(a)]):
                    if not ad.lower().endswith(".example"):
                        problems.append(fn + ": host not .example: " + ad)
        _walk(msg, problems, fn)
    for p in problems:
        print("PROBLEM", p)
    labels = ["NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"]
    print("%-22s %4s %4s %6s %6s" % ("label", "de", "en", "mixed", "total"))
    for lb in labels:
        r = [counts.get((lb, lg), 0) for lg in ("de", "en", "mixed")]
        print("%-22s %4d %4d %6d %6d" % (lb, r[0], r[1], r[2], sum(r)))
    print("mails: %d, problems: %d" % (len(rows) - 1, len(problems)))
    return not problems


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    n = generate(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
