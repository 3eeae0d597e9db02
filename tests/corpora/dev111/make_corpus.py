#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev111 -- Austrian and Swiss branches of a German insurer.

Every mail is written by hand in its own function m001 ... m150.  The helpers below only
turn that hand-written content into MIME (fixed boundaries, dates, Message-IDs) or into
attachment files (PDF, DOCX, XLSX, ODT, ODS, ZIP).  Standard library only, deterministic,
no network.

    python make_corpus.py          writes mails/d111-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
"""
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

NN = "111"
SEED = 111
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
ZIP_TS = (2025, 1, 2, 8, 0, 0)
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBANs with deliberately wrong check digits: a negative API test case (0074) and a
# customer's typo (0087)
INVALID_IBAN_OK = {"d111-0074": {"CH9400762011623852957"},
                   "d111-0087": {"AT983573669236382766"}}


# --------------------------------------------------------------------------- spec
def M(label, lang, kind, reason, frm, to, subject, date, body=None, html=None,
      cc=None, att=(), charset="utf-8", cte=None, flowed=False, headers=None):
    """Collect one hand-written mail.  date: 'YYYY-MM-DD HH:MM' local time (AT/CH)."""
    assert label in LABELS, label
    assert lang in ("de", "en", "mixed"), lang
    return dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                cc=cc, subject=subject, date=date, body=body, html=html, att=list(att),
                charset=charset, cte=cte, flowed=flowed, headers=headers or {})


# --------------------------------------------------------------------------- MIME helpers
def _dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # central European time; summer time roughly from the last Sunday in March to October
    summer = (d.month, d.day) >= (3, 30) and (d.month, d.day) < (10, 26)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def _domain(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1) if m else "nordlicht.example"


def _msgid(n, frm):
    h = hashlib.sha1(("%d-%s-%d" % (SEED, NN, n)).encode()).hexdigest()[:16]
    return "<%s.d%s-%04d@%s>" % (h, NN, n, _domain(frm))


def _text(msg, body, html, charset, cte, flowed):
    if body is not None:
        kw = {}
        if flowed:
            kw["params"] = {"format": "flowed"}
        if cte is None:
            cte_ = "7bit" if all(ord(c) < 128 for c in body) else "quoted-printable"
        else:
            cte_ = cte
        msg.set_content(body, charset=charset, cte=cte_, **kw)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8",
                                cte="quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=cte or "quoted-printable")


def inner_mail(frm, to, subject, date, body, cc=None, att=(), charset="utf-8"):
    """A forwarded mail (message/rfc822); hand-written content."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(_dt(date))
    msg["Message-ID"] = "<%s@%s>" % (hashlib.sha1((frm + date).encode()).hexdigest()[:20],
                                       _domain(frm))
    _text(msg, body, None, charset, None, False)
    for a in att:
        _attach(msg, a)
    return msg


def _attach(msg, a):
    """a: EmailMessage (forwarded as message/rfc822) or (name, ctype, data[, options])."""
    if isinstance(a, EmailMessage):
        msg.add_attachment(a)
        return
    name, ctype, data = a[:3]
    opt = a[3] if len(a) > 3 else {}
    maintype, subtype = ctype.split("/", 1)
    if maintype == "text" and isinstance(data, str):
        msg.add_attachment(data, subtype=subtype, charset=opt.get("charset", "utf-8"),
                           cte=opt.get("cte", "base64"), filename=name)
        return
    if isinstance(data, str):
        data = data.encode("utf-8")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)


def build(n, s):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = s["frm"]
    msg["To"] = s["to"]
    if s["cc"]:
        msg["Cc"] = s["cc"]
    msg["Subject"] = s["subject"]
    msg["Date"] = format_datetime(_dt(s["date"]))
    msg["Message-ID"] = _msgid(n, s["frm"])
    for k, v in s["headers"].items():
        msg[k] = v
    _text(msg, s["body"], s["html"], s["charset"], s["cte"], s["flowed"])
    for a in s["att"]:
        _attach(msg, a)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("----=_NL%s_%04d_%d" % (NN, n, i))
    return msg.as_bytes(policy=SMTP)


# --------------------------------------------------------------------------- attachment helpers
def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """ZIP archive of (name, bytes|str) members."""
    return _zip(members)


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def pdf(lines, title="", compress=False):
    """One or more A4 pages of Helvetica text; each entry of lines is one printed line."""
    per = 58
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = []

    def add(o):
        objs.append(o)
        return len(objs)

    catalog = add(None)
    pages_id = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    fontb = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
                b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pg:
            f = b"/F1 10 Tf"
            if ln.startswith("**"):
                ln = ln[2:]
                f = b"/F2 11 Tf"
            t = ln.encode("cp1252", "replace")
            t = t.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(f + b" (" + t + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        if compress:
            data = zlib.compress(stream, 9)
            cont = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                       + data + b"\nendstream")
        else:
            cont = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                         "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                         "/Contents %d 0 R >>" % (pages_id, font, fontb, cont)).encode()))
    objs[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    tt = title.encode("cp1252", "replace").replace(b"(", b"\\(").replace(b")", b"\\)")
    info = add(b"<< /Title (" + tt + b") /Producer (Nordlicht Dokumentenservice 4.2) "
               b"/CreationDate (D:20250102080000+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, catalog, info, x))
    return bytes(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paras, table=None, title=""):
    """paras: list of strings ('# ' prefix = bold heading); table: list of rows (after paras)."""
    def run(t, bold=False):
        rp = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rp, _esc(t))

    body = []
    for p in paras:
        if p.startswith("# "):
            body.append("<w:p>%s</w:p>" % run(p[2:], True))
        else:
            body.append("<w:p>%s</w:p>" % run(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>'
                            "<w:p>%s</w:p></w:tc>" % run(str(c)) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
                    'w:type="auto"/></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           "</w:sectPr></w:body></w:document>" % (W_NS, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            "<dc:title>%s</dc:title><dc:creator>Nordlicht</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-02T08:00:00Z</dcterms:created>'
            "</cp:coreProperties>" % _esc(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; int/float become numbers, everything else inline strings."""
    xr = []
    for ri, r in enumerate(rows, 1):
        cs = []
        for ci, v in enumerate(r):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cs.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                          % (ref, _esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cs)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          "<sheetData>%s</sheetData></worksheet>" % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              "</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              "</styleSheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
                 ("xl/worksheets/sheet1.xml", ws)])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               "<office:body>%s</office:body></office:document-content>" % (ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>" % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first="mimetype")


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % _esc(p) for p in paras)
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % body)


def ods(rows, sheet="Tabelle1"):
    xr = []
    for r in rows:
        cs = []
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cs.append('<table:table-cell office:value-type="float" office:value="%s">'
                          "<text:p>%s</text:p></table:table-cell>" % (v, v))
            else:
                cs.append('<table:table-cell office:value-type="string"><text:p>%s</text:p>'
                          "</table:table-cell>" % _esc(str(v)))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cs))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                "</office:spreadsheet>" % (_esc(sheet), "".join(xr)))


def crlf(s):
    """For text attachments (CSV, ICS) that must carry CRLF line ends."""
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"
CT_CSV = "text/csv"
CT_ICS = "text/calendar"
CT_HTML = "text/html"


# =========================================================================== the mails
def m001():
    body = """\
Nordlicht Österreich | Regionalnewsletter Tirol & Vorarlberg | Dezember 2025

Servus aus der Landesdirektion Innsbruck!

Die Lifte laufen wieder, und mit der Saison kommen leider auch die Unfälle. Laut
Unfallstatistik der Pistenrettung passieren in Österreich pro Saison rund 25.000
Skiunfälle, die einen Spitalsaufenthalt nach sich ziehen. Am häufigsten betroffen:
Knie (Kreuzbandriss, Meniskus) mit 34 %, Schulter 17 %, Kopf 11 %.

Was die gesetzliche Unfallversicherung NICHT zahlt
Freizeitunfälle sind über die AUVA nicht gedeckt. Die ÖGK übernimmt zwar die
Behandlung, aber nicht die Bergungskosten. Ein Hubschraubereinsatz kostet schnell
EUR 4.000,- bis EUR 6.000,-.

Unser Tipp: Die Nordlicht Freizeit-Unfallversicherung "Alpin" enthält
Bergungskosten bis EUR 25.000,- weltweit, Unfallkosten (z. B. Heilbehelfe) und
eine Unfallrente ab 50 % Invalidität. Für Familien gibt es heuer 15 % Rabatt.

Termine
- 14. Jänner 2026, 18:30 Uhr: Vortrag "Sicher auf der Piste" mit der Bergrettung,
  Landesdirektion Innsbruck, Museumstraße 12
- 28. Jänner 2026: Beratungstag in Bregenz

Mehr unter https://www.at.nordlicht.example/alpin

Schöne Feiertage und einen unfallfreien Winter wünscht
Ihr Nordlicht-Team Tirol & Vorarlberg

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden:
https://www.at.nordlicht.example/newsletter/abmelden
Nordlicht Versicherung AG, Direktion für Österreich, Praterstraße 31, 1020 Wien,
FN 412377 x, HG Wien
"""
    html = """\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b3d5c;color:#fff;padding:14px"><b>Nordlicht Österreich</b> &middot; Regionalnewsletter Tirol &amp; Vorarlberg</td></tr>
<tr><td style="padding:14px">
<h2>Servus aus der Landesdirektion Innsbruck!</h2>
<p>Die Lifte laufen wieder, und mit der Saison kommen leider auch die Unfälle. Laut Unfallstatistik der Pistenrettung passieren in Österreich pro Saison rund 25.000 Skiunfälle, die einen Spitalsaufenthalt nach sich ziehen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Körperregion</th><th>Anteil</th></tr>
<tr><td>Knie (Kreuzbandriss, Meniskus)</td><td>34 %</td></tr>
<tr><td>Schulter</td><td>17 %</td></tr>
<tr><td>Kopf</td><td>11 %</td></tr>
</table>
<h3>Was die gesetzliche Unfallversicherung NICHT zahlt</h3>
<p>Freizeitunfälle sind über die AUVA nicht gedeckt. Die ÖGK übernimmt zwar die Behandlung, aber nicht die Bergungskosten. Ein Hubschraubereinsatz kostet schnell EUR 4.000,- bis EUR 6.000,-.</p>
<p><b>Unser Tipp:</b> Die Nordlicht Freizeit-Unfallversicherung &bdquo;Alpin&ldquo; enthält Bergungskosten bis EUR 25.000,- weltweit. Für Familien heuer 15&nbsp;% Rabatt.</p>
<p><a href="https://www.at.nordlicht.example/alpin">Jetzt informieren</a></p>
<p>Termine: 14. Jänner 2026, Vortrag &bdquo;Sicher auf der Piste&ldquo;, Innsbruck &middot; 28. Jänner 2026, Beratungstag Bregenz</p>
</td></tr>
<tr><td style="font-size:11px;color:#666;padding:14px">Nordlicht Versicherung AG, Direktion für Österreich, Praterstraße 31, 1020 Wien &middot; <a href="https://www.at.nordlicht.example/newsletter/abmelden">Abmelden</a></td></tr>
</table></body></html>
"""
    return M("NORMAL", "de", "newsletter",
             "trap: regional newsletter with ski-injury statistics and accident product, no person",
             "Nordlicht Österreich <newsletter@at.nordlicht.example>",
             "kundeninfo-tirol@lists.at.nordlicht.example",
             "Sicher durch den Winter: Skiunfälle, Bergungskosten & 15 % Familienrabatt",
             "2025-12-11 07:30", body=body, html=html)


def m002():
    body = """\
Sehr geehrte Frau Mag. Hämmerle,

vielen Dank für die Übermittlung der Honorarnote von Dr. Gerald Wurzer, Facharzt
für Orthopädie und orthopädische Chirurgie (Wahlarzt), vom 18.11.2025.

Abrechnung zu Ihrer Polizze KV-AT 7 204 118-3 (Tarif Ambulant Plus):

  Honorarnote Dr. Wurzer, Ordination 1090 Wien
  Erstordination inkl. Untersuchung Schulter li.     EUR 180,00
  Ultraschall Schultergelenk                          EUR  90,00
  Infiltration (Kortison) subacromial                 EUR  60,00
  Summe                                               EUR 330,00
  abzüglich Kostenrückersatz ÖGK (lt. Bescheid)       EUR  71,40
  verbleibend                                         EUR 258,60
  davon 80 % gem. Tarif                               EUR 206,88

Den Betrag von EUR 206,88 überweisen wir in den nächsten Tagen auf Ihr Konto
AT71 6314 4162 3177 4003.

Bitte beachten Sie: Für die angekündigte Physiotherapie (Diagnose laut
Zuweisung: Impingement-Syndrom der Schulter, M75.4) benötigen wir vor
Behandlungsbeginn die ärztliche Verordnung mit der Anzahl der Einheiten.

Mit freundlichen Grüßen

Mag. Johanna Pichler
Leistungsservice Krankenversicherung
Nordlicht Versicherung AG – Direktion für Österreich
Praterstraße 31, 1020 Wien
T +43 1 71 402-318
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "Wahlarzt invoice settlement with shoulder diagnosis M75.4, injection, ÖGK refund and IBAN",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "Mag. Katharina Hämmerle <k.haemmerle@alpenmail.example>",
             "Ihre Honorarnote Dr. Wurzer vom 18.11.2025 – Abrechnung",
             "2025-12-02 10:41", body=body)


def m003():
    body = """\
Grüezi Herr Zürcher

Besten Dank für Ihren Auftrag. Anbei erhalten Sie die Police für Ihren neuen
Skoda Octavia Combi.

Police-Nr.:        MF 44.817.203
Halter:            Thomas Zürcher, Schwandenstrasse 8, 8805 Richterswil
Kontrollschild:    ZH 418 227
Stammnummer:       481.512.774
Deckung:           Haftpflicht, Vollkasko (Selbstbehalt Fr. 1'000.–), Parkschaden
Beginn:            01.03.2026
Jahresprämie:      Fr. 1'486.20 inkl. eidg. Stempelabgabe

Die elektronische Versicherungsbestätigung (Code 7H4K2P) haben wir dem
Strassenverkehrsamt des Kantons Zürich bereits übermittelt. Sie können das
Fahrzeug also ab Montag einlösen.

Die erste Prämienrechnung mit QR-Zahlteil folgt separat per Post.

Freundliche Grüsse

Reto Gisler
Motorfahrzeugversicherung
Nordlicht Versicherungen (Schweiz) AG
Geschäftsstelle St. Gallen, Rorschacher Strasse 150, 9000 St. Gallen
Tel. 071 228 44 10
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor policy of a named holder with address, plate, VIN-like Stammnummer and premium",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "thomas.zuercher@seepost.example",
             "Ihre Motorfahrzeugversicherung – Police MF 44.817.203",
             "2026-02-19 14:05", body=body)


def m004():
    rows = [["Kollektiv-Krankentaggeld (KTG) – Falleingänge Q4 2025 nach Kanton", "", "", "", ""],
            ["Kanton", "Neue Fälle", "davon psychisch (F-Kapitel)", "davon Bewegungsapparat (M)", "Ø Dauer (Tage)"],
            ["ZH", 412, 131, 118, 61.4],
            ["BE", 198, 57, 66, 58.0],
            ["AG", 141, 38, 49, 54.9],
            ["SG", 96, 25, 33, 52.3],
            ["LU", 88, 24, 27, 55.1],
            ["BS/BL", 77, 29, 19, 66.8],
            ["übrige", 203, 54, 71, 57.2],
            ["Total", 1215, 358, 383, 58.7],
            ["Quelle: Leistungssystem KTG, Stichtag 06.01.2026; keine Einzelfallangaben", "", "", "", ""]]
    body = """\
Hi all,

as discussed in the Monday call, attached are the Q4 inflow figures for the
collective daily sickness allowance (KTG) book, split by canton and ICD chapter.

Two observations:
- share of mental health cases (F chapter) keeps rising: 29.5 % vs 26.1 % in Q4/2024
- Basel region still has the longest average duration (66.8 days)

Cells below 10 cases have been merged into "übrige", so the file can go to the
steering committee as is.

Cheers
Silvan

--
Silvan Egli
Actuarial & Statistics
Nordlicht Versicherungen (Schweiz) AG, Zürich
"""
    return M("NORMAL", "en", "internal",
             "trap: aggregated KTG case statistics by canton and ICD chapter, small cells merged",
             "Silvan Egli <silvan.egli@ch.nordlicht.example>",
             "ktg-steering@ch.nordlicht.example",
             "KTG inflow Q4 2025 by canton",
             "2026-01-08 16:22", body=body,
             att=[("KTG_Falleingang_Q4_2025.xlsx", CT_XLSX, xlsx(rows, "Q4 2025"))])


def m005():
    body = """\
Hallo Corinne

Zur Info und Eröffnung eines Falls, unten die Meldung der Firma Gerber Haustechnik.
Police KTG 60.221.784, Wartefrist 30 Tage.

Gruss
Nadja

-------- Weitergeleitete Nachricht --------
Von: Sandra Gerber <personal@gerber-haustechnik.example>
Datum: 12.02.2026, 08:51
An: kundendienst@ch.nordlicht.example
Betreff: Krankmeldung Mitarbeiter

Grüezi mitenand

Wir melden Ihnen die Arbeitsunfähigkeit von unserem Mitarbeiter

Ramon Steiner, geb. 07.09.1984, AHV-Nr. 756.8340.1209.85
Servicemonteur, 100 %, Jahreslohn Fr. 78'000.– (13x)

Er ist seit dem 05.01.2026 zu 100 % arbeitsunfähig. Gemäss Arztzeugnis von
seinem Hausarzt Dr. Bühler in Wetzikon dauert es sicher noch bis Ende Februar.
Er hat uns gesagt es sei wegen dem Rücken, er muss evtl. operiert werden
(Bandscheibe).

Das Arztzeugnis schicken wir per Post, wir haben leider keinen Scanner hier.

Freundliche Grüsse
Sandra Gerber
Personal & Buchhaltung
Gerber Haustechnik AG, Bahnhofstrasse 21, 8620 Wetzikon
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "company",
             "employer's sick-leave notification (KTG) with AHV no., birth date, salary and back problem/disc surgery",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Corinne Wyss <corinne.wyss@ch.nordlicht.example>",
             "WG: Krankmeldung Mitarbeiter – Gerber Haustechnik AG",
             "2026-02-12 09:14", body=body)


def m006():
    body = """\
Hallo Herr Kogler,

danke, der Antrag ist vollständig. Wir polizzieren mit Beginn 1.3.2026, die
Polizze geht wie gewünscht direkt an Sie und in Kopie an die Kundin.

Eine Frage noch zum Nebengebäude (Stadl): ist das gemauert oder Holzbau? Davon
hängt ab ob wir den Zuschlag verrechnen müssen.

LG
Birgit Strobl
Maklerbetreuung Salzburg
Nordlicht Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Kogler Versicherungsmakler GmbH <office@kogler-makler.example>
Gesendet: Montag, 16. Februar 2026 11:02
An: Strobl Birgit <b.strobl@at.nordlicht.example>
Betreff: Antrag Eigenheim – Fr. Wieser, Thalgau

Liebe Frau Strobl,

wie telefonisch besprochen anbei die Daten für die Eigenheimversicherung:

VN: Monika Wieser, geb. 23.07.1964
Risikoadresse: Enzersberg 14, 5303 Thalgau
Wohnfläche 168 m², Bj. 1978, saniert 2019, Nebengebäude 40 m²
Vorversicherung: Bauernversicherung (gekündigt zum 28.2.)
Vorschäden: 2023 Sturm, EUR 3.800,- (Dach)
Zahlung: jährlich per Einzugsermächtigung, IBAN AT29 1920 2778 9053 7229

Bitte um Polizzierung zum 1.3.

Beste Grüße
Alexander Kogler
Kogler Versicherungsmakler GmbH
Mondseer Straße 5, 5310 Mondsee
GISA-Zahl 30411877
"""
    return M("CONFIDENTIAL", "de", "insurer-to-broker",
             "home insurance application from broker: named customer, birth date, address, prior claim, IBAN",
             "Birgit Strobl <b.strobl@at.nordlicht.example>",
             "Kogler Versicherungsmakler GmbH <office@kogler-makler.example>",
             "AW: Antrag Eigenheim – Fr. Wieser, Thalgau",
             "2026-02-16 13:37", body=body)


def m007():
    body = """\
Sehr geehrte Damen und Herren,

für unsere Standorte Wien (Praterstraße) und Linz (Landstraße) bestellen wir
laut Rahmenvereinbarung Nr. RV-2023-118:

Pos  Art.-Nr.    Bezeichnung                                   Menge
1    EH-1030     Erste-Hilfe-Koffer Betrieb gem. ÖNORM Z 1020 Typ 2    6
2    EH-1031     Nachfüllset Typ 2                                  10
3    AED-220P    Elektrodenpads Erwachsene für AED Lifeline            4
4    AED-220K    Elektrodenpads Kinder                                 2
5    HY-550      Einmalhandschuhe Nitril Gr. L, 100 Stk.              12

Lieferadresse: Nordlicht Versicherung AG, z. H. Haustechnik, Praterstraße 31,
1020 Wien (Anlieferung über Lieferzone Ybbsstraße, Mo–Do 7–15 Uhr)

Bitte um Lieferung bis KW 5 und Rechnung mit unserer Bestellnummer B-AT-2026-0042.

Danke und freundliche Grüße
Karin Haider
Einkauf & Facility Management
Nordlicht Versicherung AG – Direktion für Österreich
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for first-aid kits and AED pads, no person",
             "Karin Haider <k.haider@at.nordlicht.example>",
             "bestellung@sanimed-handel.example",
             "Bestellung B-AT-2026-0042 Erste Hilfe / AED",
             "2026-01-13 09:02", body=body)


def m008():
    body = """\
Sehr geehrte Damen und Herren

Wir beziehen uns auf das Gesuch um Kostengutsprache vom 03.03.2026.

Patientin:       Ursula Meier-Widmer, geb. 11.04.1957
Versicherten-Nr.: 3.118.274.05
Versicherung:    Spitalzusatz halbprivat, ganze Schweiz (VVG)
Eintritt:        23.03.2026, Orthopädische Klinik, 2-Bett-Zimmer
Eingriff:        Knietotalprothese rechts bei Gonarthrose (ICD M17.1)
Behandelnder:    PD Dr. med. A. Fankhauser

Gestützt auf die Zusatzversicherung erteilen wir Kostengutsprache für die
halbprivate Abteilung gemäss Tarifvertrag für max. 7 Pflegetage inkl. Arzthonorar
(Anteil Zusatz). Die Kosten der allgemeinen Abteilung gehen zu Lasten der
Grundversicherung (Krankenkasse Säntis).

Für eine allfällige Verlängerung benötigen wir einen kurzen Verlaufsbericht.
Die anschliessende stationäre Rehabilitation ist nicht Gegenstand dieser
Gutsprache.

Freundliche Grüsse

Regula Bosshard
Leistungen Zusatzversicherungen
Nordlicht Versicherungen (Schweiz) AG
Thurgauerstrasse 40, 8050 Zürich
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
             "cost approval for knee replacement (M17.1) of a named patient with birth date",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "patientenadministration@spital-zimmerberg.example",
             "Kostengutsprache Meier-Widmer Ursula, 11.04.1957",
             "2026-03-05 11:18", body=body)


def m009():
    body = """\
Dear Mr Okafor,

Thank you for reporting the theft of your e-bike. I have opened the claim under
your household contents policy HR 52.904.116 (Hausrat incl. "Velo+" add-on).

Claim number: S-2026-0311478
Date of loss: 08/03/2026, Bahnhof Basel SBB, bike parking Süd
Bike: Flyer Upstreet 5, frame no. WFL 2207 8842 1, purchased 2023 for CHF 4'390.-

To settle the claim we still need:
1. the police report (Diebstahlanzeige) from the Kantonspolizei Basel-Stadt
2. the original purchase receipt
3. both keys of the frame lock, if you still have them

Under the Velo+ cover we pay the replacement value minus 10 % per year of age,
max. CHF 5'000.-. The deductible is CHF 200.-.

You can upload the documents in the customer portal or just reply to this mail.

Kind regards

Nadja Tschopp
Customer Service
Nordlicht Insurance (Switzerland) Ltd
Phone +41 44 318 22 00
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "household claim (stolen e-bike) of named customer with policy and claim number",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Chinedu Okafor <c.okafor@limmatmail.example>",
             "Your claim S-2026-0311478 – stolen e-bike",
             "2026-03-10 15:47", body=body)


def m010():
    body = """\
Ticket INC-AT-0048817
Priorität: 2 – hoch
Kategorie: Kundenportal / Upload

Beschreibung:
Seit dem Release 5.14 am Wochenende bricht der Upload von Honorarnoten im
Kundenportal ab, sobald die Datei > 8 MB ist (Fehlermeldung "Die Datei konnte
nicht verarbeitet werden, bitte versuchen Sie es später"). Betrifft sowohl PDF
als auch JPG vom Handy. Kleinere Dateien gehen durch.

Laut Hotline sind seit Montag ca. 40 Anrufe dazu eingegangen, die Kunden weichen
auf Mail an leistung@at.nordlicht.example aus -> Postfach läuft voll.

Reproduzierbar: ja, mit Testkunde "Portal Test01" auf INT.
Log-Auszug (INT):
  2026-01-20T08:14:55Z ERROR upload-svc  413 Request Entity Too Large
  (nginx client_max_body_size 8m)

Bitte um Prüfung der Ingress-Konfiguration, vermutlich beim Release
zurückgesetzt.

Lukas Hofer
IT Anwendungsbetreuung Kunde & Portal, Wien
"""
    return M("NORMAL", "de", "internal",
             "trap: IT ticket about invoice (Honorarnote) upload failing, test customer only",
             "Lukas Hofer <l.hofer@at.nordlicht.example>",
             "servicedesk@nordlicht.example",
             "INC-AT-0048817 Upload Honorarnoten im Portal bricht ab (>8 MB)",
             "2026-01-20 09:31", body=body)
def m011():
    body = """\
Sehr geehrter Herr Brunner,

wir haben Ihr Schreiben samt Kopie des Bescheids der Pensionsversicherungsanstalt
vom 09.01.2026 erhalten. Ihrer Mutter, Frau Hermine Brunner, wurde ab 1. Dezember
2025 Pflegegeld der Stufe 4 zuerkannt (Pflegebedarf mehr als 160 Stunden
monatlich).

Aus der Pflegevorsorge-Polizze PV 3 118 042 leisten wir entsprechend Tarif ab
Stufe 4 ein monatliches Pflegegeld von EUR 900,-. Für Dezember 2025 bis Februar
2026 überweisen wir EUR 2.700,- nachträglich, danach jeweils zum Monatsersten.

Da Sie als Sachwalter bzw. nun Erwachsenenvertreter eingetragen sind, benötigen
wir noch eine Kopie des Beschlusses des Bezirksgerichts Mödling über die
gerichtliche Erwachsenenvertretung, damit wir auf das von Ihnen genannte Konto
zahlen dürfen.

Die Zahlung der Prämie ruht ab Leistungsbeginn (Prämienbefreiung im
Pflegefall).

Mit freundlichen Grüßen

Elisabeth Url
Leistung Leben/Pflege
Nordlicht Versicherung AG, Wien
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "care-level 4 decision of a named mother, care insurance benefit, court-appointed representative",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "Gerhard Brunner <g.brunner@donaunet.example>",
             "Pflegevorsorge Ihrer Mutter – Leistungszusage ab Stufe 4",
             "2026-01-27 10:05", body=body)


def m012():
    lines = ["**Nordlicht Versicherungen (Schweiz) AG",
             "**Produktinformation für Vermittler – Spitalzusatz HALBPRIVAT / PRIVAT",
             "Gültig ab 1. Januar 2026 – Monatsprämien in CHF, Region 1 (ZH, GE, BS)",
             "",
             "Altersgruppe        Halbprivat   Privat    Halbprivat flex",
             "0-18                  28.40       49.80       19.90",
             "19-25                 41.10       72.30       29.60",
             "26-35                 58.70       98.40       41.20",
             "36-45                 79.20      131.90       55.80",
             "46-55                112.60      188.50       80.10",
             "56-65                171.30      279.40      122.70",
             "66+                   (nur Bestand, kein Neugeschäft)",
             "",
             "Leistungen (Auszug):",
             "- freie Spitalwahl in der ganzen Schweiz, Listenspitäler und Vertragsspitäler",
             "- Zweibettzimmer (Halbprivat) bzw. Einzelzimmer (Privat)",
             "- freie Arztwahl im Spital, Chefarztbehandlung (Privat)",
             "- Rooming-in bei Spitalaufenthalt von Kindern bis 12 Jahre",
             "- Spitex nach Spitalaufenthalt bis CHF 3'000 pro Jahr",
             "",
             "Aufnahme: Gesundheitsprüfung mit Fragebogen bis Alter 55; ab 56 zusätzlich",
             "ärztliches Zeugnis. Vorbestehende Leiden können mit Vorbehalt ausgeschlossen werden.",
             "",
             "Courtage: 12 Monatsprämien einmalig, Bestandespflege 3 %.",
             "Diese Information ersetzt nicht die AVB (Ausgabe 2026)."]
    body = """\
Dear partners,

please find attached the new premium sheet for our hospital supplementary
insurance (semi-private / private) valid from 1 January 2026. Premiums in region
1 go up by 4.8 % on average, regions 2 and 3 by 3.1 %.

The German AVB 2026 are available on the broker extranet, the French and Italian
versions will follow end of November.

Best regards
Urs Bachmann
Broker Relations
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("NORMAL", "en", "insurer-to-broker",
             "trap: product information with hospital premiums by age band, no person",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "makler-news@lists.ch.nordlicht.example",
             "Premium sheet 2026 – hospital supplementary insurance",
             "2025-10-29 08:15", body=body,
             att=[("Praemien_Spitalzusatz_2026.pdf", CT_PDF,
                   pdf(lines, "Praemien Spitalzusatz 2026"))])


def m013():
    body = """\
Sehr geehrter Herr Kapeller,

danke für Ihre Schadenmeldung vom Sonntag.

Schaden-Nr. KFZ-2026-07 31 995
Polizze:    KH 55 209 318 (Haftpflicht + Teilkasko)
Fahrzeug:   VW Tiguan, Kennzeichen LB-418 EK
Ereignis:   Zusammenstoß mit Reh, 08.02.2026, ca. 18:40 Uhr, B70 zwischen
            Mooskirchen und Söding

Wie Sie schreiben, ist niemand verletzt worden, und die Wildunfallbescheinigung
des Jagdausübungsberechtigten liegt bei – danke, das erleichtert uns einiges.

Wir haben den Sachverständigen Ing. Reinhold Posch beauftragt. Er wird sich
wegen eines Besichtigungstermins direkt bei Ihnen melden (voraussichtlich diese
Woche, Werkstatt Autohaus Lipizzaner in Köflach).

Aus der Teilkasko ist der Wildschaden mit einem Selbstbehalt von EUR 150,-
gedeckt. Eine Rückstufung erfolgt nicht.

Mit freundlichen Grüßen

Ing. Manfred Eder
Kfz-Schaden, Landesdirektion Steiermark
Nordlicht Versicherung AG, Graz
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor partial-cover claim (deer collision), named holder, plate, nobody hurt",
             "Manfred Eder <m.eder@at.nordlicht.example>",
             "Josef Kapeller <josef.kapeller@webpost.example>",
             "Ihr Wildschaden vom 08.02.2026 – Schaden-Nr. KFZ-2026-0731995",
             "2026-02-10 08:57", body=body)


def m014():
    body = """\
Dear Ms Leitgeb,

Thank you for your letter of 2 March. We have changed the beneficiary
designation (Bezugsrecht) for the endowment policy LV 18 440 297 as requested:

  in case of death:   Mr Daniel Leitgeb (son), born 14/03/1979 - 100 %
  previously:         Mr Walter Leitgeb (spouse) - revoked

The change takes effect on the date we received your letter, 4 March 2026. The
designation remains revocable. Sum insured on death EUR 85,000; maturity
1 October 2034.

Please keep the enclosed confirmation with your policy documents. As you
mentioned that your husband has passed away, please also send us a copy of the
death certificate (Sterbeurkunde) so that we can update our records.

Yours sincerely

Elisabeth Url
Life & Pensions Service
Nordlicht Versicherung AG, Vienna
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life policy beneficiary change with son's birth date and death of the spouse",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "Margaret Leitgeb <m.leitgeb@alpenmail.example>",
             "Your endowment policy LV 18 440 297 – beneficiary change confirmed",
             "2026-03-09 11:20", body=body)


def m015():
    ics = crlf("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nordlicht AT//Maklerstammtisch//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:maklerstammtisch-sbg-20260312@at.nordlicht.example
DTSTAMP:20260202T080000Z
DTSTART;TZID=Europe/Vienna:20260312T170000
DTEND;TZID=Europe/Vienna:20260312T200000
SUMMARY:Maklerstammtisch Salzburg – Berufsunfähigkeit & Pflege
LOCATION:Gasthof Stiegl-Bräu\\, Rainerstraße 14\\, 5020 Salzburg
DESCRIPTION:17:00 Begrüßung\\n17:15 Berufsunfähigkeit in der Praxis: Warum
  Leistungsfälle scheitern (Dr. Stefan Koller\\, Leistungsprüfung)\\n18:00 Pfl
 egegeld und private Pflegevorsorge\\n18:45 Buffet
ORGANIZER;CN=Birgit Strobl:mailto:b.strobl@at.nordlicht.example
END:VEVENT
END:VCALENDAR
""")
    body = """\
Liebe Maklerinnen und Makler,

herzliche Einladung zu unserem Frühjahrs-Stammtisch in Salzburg!

Donnerstag, 12. März 2026, ab 17:00 Uhr, Gasthof Stiegl-Bräu

Programm:
- Berufsunfähigkeit in der Praxis: Warum Leistungsfälle scheitern
  (Dr. Stefan Koller, Leistungsprüfung Leben/BU)
- Pflegegeld und private Pflegevorsorge: was bleibt nach Stufe 3 offen?
- danach Buffet und gemütliches Beisammensein

Die Teilnahme wird mit 2 Stunden Weiterbildung gem. § 137b GewO bestätigt.

Bitte meldet euch bis 5. März an (Antwort auf diese Mail genügt), den
Kalendereintrag findet ihr im Anhang.

Liebe Grüße
Birgit Strobl
Maklerbetreuung Salzburg
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker get-together invitation about disability and care topics, ICS",
             "Birgit Strobl <b.strobl@at.nordlicht.example>",
             "makler-salzburg@lists.at.nordlicht.example",
             "Einladung Maklerstammtisch 12. März – BU & Pflege",
             "2026-02-02 09:00", body=body,
             att=[("Maklerstammtisch.ics", CT_ICS, ics)])


def m016():
    body = """\
Grüezi Frau Ammann

Vielen Dank für Ihre Meldung. Gerne bestätigen wir Ihnen, dass der Schaden über
Ihre Privathaftpflichtversicherung gedeckt ist.

Schaden-Nr.:  PH-26-004412
Police:       PH 31.870.552 (Familie)
Ereignis:     28.01.2026, Ihr Sohn Lenny (9) hat beim Fussballspielen im Garten
              das Wohnzimmerfenster der Nachbarn (Familie Frei, Im Grund 7,
              6300 Zug) beschädigt. Verletzt wurde niemand.

Bitte leiten Sie uns die Offerte bzw. Rechnung des Glasers weiter, sobald die
Nachbarn diese haben. Wir zahlen direkt an die Geschädigten. Der Selbstbehalt
von Fr. 200.– wird Ihnen separat in Rechnung gestellt.

Freundliche Grüsse

Nadja Tschopp
Kundendienst
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "liability claim: child broke neighbour's window, named family and claim no., nobody hurt",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Sabrina Ammann <sabrina.ammann@bluemail.example>",
             "Ihr Schadenfall PH-26-004412 – Fensterscheibe",
             "2026-01-30 10:12", body=body)


def m017():
    body = """\
Lieber Herr Kollege Koller,

anbei wie besprochen der Befundbericht zu unserem gemeinsamen Patienten. Eine
Schweigepflichtentbindung des Patienten liegt mir vor.

Patient: Andreas Moser, geb. 02.08.1991
SVNR 9892 020891

Diagnosen:
- F33.1 rezidivierende depressive Störung, gegenwärtig mittelgradige Episode
- Z73.0 Erschöpfungssyndrom (Burn-out)
- G47.0 Ein- und Durchschlafstörungen

Verlauf: Herr Moser ist seit 14.10.2025 durchgehend im Krankenstand. Stationärer
Aufenthalt 04.11.–16.12.2025 an der psychosomatischen Abteilung, seither
ambulant in meiner Ordination (14-tägig) und Psychotherapie. Medikation:
Sertralin 100 mg 1-0-0, Quetiapin 25 mg 0-0-1.

Aus fachärztlicher Sicht ist Herr Moser in seiner zuletzt ausgeübten Tätigkeit
als Projektleiter im Anlagenbau derzeit zu 100 % berufsunfähig. Eine
stufenweise Wiedereingliederung (Wiedereingliederungsteilzeit) frühestens ab Mai
2026 erscheint realistisch.

Mit kollegialen Grüßen

Dr. med. univ. Barbara Lechner
Fachärztin für Psychiatrie und psychotherapeutische Medizin
Wahlarztordination, Herrengasse 9, 8010 Graz
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "doctor",
             "psychiatrist's report for disability claim: F33.1, burn-out, medication, SVNR with birth date",
             "Dr. Stefan Koller <s.koller@at.nordlicht.example>",
             "bu-leistung@at.nordlicht.example",
             "WG: Befundbericht Moser Andreas – BU-Antrag 2025/1187",
             "2026-01-15 12:44",
             body="Zur Akte BU 2025/1187, Stellungnahme folgt.\nSK\n\n"
                  "-------- Original Message --------\n"
                  "From: Dr. Barbara Lechner <ordination@psychiatrie-lechner.example>\n"
                  "Date: Wed, 14 Jan 2026 18:02\n"
                  "Subject: Befundbericht Moser Andreas\n\n" + body)


def m018():
    body = """\
Dear Ms Jansen,

Ahead of the renewal meeting on 4 February, please find below the key figures
for our Swiss compulsory accident book (UVG) and the UVG supplementary cover,
underwriting years 2021-2025, as at 31.12.2025.

NOGA section                           Insured payroll   Claims    Loss ratio
                                       (CHF m)           (no.)     (%)
C  Manufacturing                          1'842          3'118      71.4
F  Construction (non-SUVA trades)           412          1'904      88.9
G  Wholesale/retail                       2'207          2'451      63.2
K  Financial services                     3'960            988      41.7
M  Professional/technical                 2'318          1'211      52.8
Q  Health and social work                 1'105          1'536      77.0
   Other                                    924            802      58.6
Total                                    12'768         12'010      62.9

Non-occupational accidents (NBU) represent 61 % of claim numbers; the largest
single cause remains sport (skiing, football) with 28 %.

Our large-loss list (claims > CHF 500k) will follow in anonymised form, with
age bands and canton only, as agreed in the treaty.

Kind regards

Dirk Sievers
Group Reinsurance
Nordlicht Versicherungsgruppe AG, Hamburg
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated UVG accident loss ratios by industry for the reinsurer",
             "Dirk Sievers <dirk.sievers@nordlicht.example>",
             "Ellen Jansen <e.jansen@helvetic-re.example>",
             cc="silvan.egli@ch.nordlicht.example",
             subject="UVG renewal 2026 – portfolio figures",
             date="2026-01-21 17:05", body=body)


def m019():
    body = """\
Dear Mr Bachmann,

thanks for the quick reply. Please find the new bank details below, my client
Mr Frick changed his bank after moving from Buchs SG to Vaduz.

Client:        Patrick Frick, Landstrasse 112, 9490 Vaduz
Policies:      HR 52.771.030 (household), MF 44.602.118 (motor, FL 7781)
New IBAN:      LI74 4039 1634 4604 9790 0
Account holder: Patrick Frick
Valid from:    next premium due 1 April 2026

Please confirm and send the updated direct debit mandate for signature to my
office, I will get it signed at our meeting next week.

Best regards / Freundliche Grüsse
Marcel Büchel
Büchel Versicherungsberatung Anstalt
Äulestrasse 30, 9490 Vaduz
"""
    return M("CONFIDENTIAL", "en", "broker",
             "broker's bank change for named client with LI IBAN, address and policy numbers",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "inkasso@ch.nordlicht.example",
             "FW: Bank change Patrick Frick",
             "2026-03-02 16:40",
             body="Bitte im Inkasso erfassen, Mandat geht an den Makler.\nUrs\n\n"
                  "-----Original Message-----\n"
                  "From: Marcel Büchel <m.buechel@buechel-beratung.example>\n"
                  "Sent: Monday, March 2, 2026 3:58 PM\n"
                  "To: Bachmann Urs <urs.bachmann@ch.nordlicht.example>\n"
                  "Subject: RE: Bank change Patrick Frick\n\n" + body)


def m020():
    body = """\
Hallo zusammen

Im Anhang die überarbeitete Vorlage für die Ablehnung einer Kostengutsprache in
der Spitalzusatzversicherung. Der Rechtsdienst (Daniel) hat den Abschnitt zum
Vorbehalt nach Art. 6 VVG angepasst.

Bitte ab sofort nur noch diese Version verwenden (im DMS unter
Vorlagen/Leistungen/ZV-Ablehnung_v7), die alte v6 wird am Freitag gelöscht.

Gruss
Regula
"""
    doc = docx([
        "# Nordlicht Versicherungen (Schweiz) AG – Leistungen Zusatzversicherungen",
        "«Anrede» «Vorname» «Name»",
        "«Strasse» «Nr»",
        "«PLZ» «Ort»",
        "Zürich, «Datum»",
        "# Ihr Gesuch um Kostengutsprache vom «Gesuchsdatum», Versicherten-Nr. «VersNr»",
        "«Anrede_lang»",
        "Wir haben Ihr Gesuch bzw. das Gesuch von «Leistungserbringer» für «Behandlung» "
        "geprüft. Leider können wir die Kosten aus Ihrer Zusatzversicherung «Produkt» "
        "nicht übernehmen.",
        "Begründung: «Begruendung_Textbaustein» [Baustein A: Vorbehalt gemäss Police; "
        "Baustein B: keine Pflichtleistung der Grundversicherung; Baustein C: Wartefrist]",
        "Die Leistungen der obligatorischen Grundversicherung nach KVG bleiben davon unberührt.",
        "Sind Sie mit diesem Entscheid nicht einverstanden, können Sie sich innert 30 Tagen "
        "schriftlich an uns oder an die Ombudsstelle Krankenversicherung wenden.",
        "Freundliche Grüsse",
        "«Sachbearbeiter»",
    ], title="ZV-Ablehnung v7")
    return M("NORMAL", "de", "internal",
             "trap: rejection letter template with «placeholders» only",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "leistungen-zv@ch.nordlicht.example",
             "Neue Vorlage Ablehnung Kostengutsprache (v7)",
             "2026-02-24 13:50", body=body,
             att=[("ZV-Ablehnung_v7.docx", CT_DOCX, doc)])
def m021():
    body = """\
Good afternoon,

You have received a new message in your Nordlicht secure mailbox.

For security reasons we do not include the content in this e-mail. Please log in
at https://securemail.ch.nordlicht.example with your user name and password to
read the message. Messages are kept for 90 days.

If you have forgotten your password, use "Reset password" on the login page and
answer your security question.

This is an automatically generated e-mail. Please do not reply.

Nordlicht Insurance (Switzerland) Ltd
Thurgauerstrasse 40, 8050 Zurich
"""
    return M("NORMAL", "en", "insurer-to-customer",
             "trap: portal notification without content or name",
             "Nordlicht SecureMail <no-reply@securemail.ch.nordlicht.example>",
             "a.rossi-keller@limmatmail.example",
             "New secure message in your Nordlicht mailbox",
             "2026-02-03 14:02", body=body,
             headers={"Auto-Submitted": "auto-generated"})


def m022():
    body = """\
Dear Mrs Lindqvist,

Congratulations on the birth of your daughter Elin!

We have received the invoice from the maternity ward and settled it as follows
(policy 3.402.118.11, hospital supplementary insurance "private", maternity
benefits after the 12-month waiting period):

  Stay 19.01.-23.01.2026, private room, maternity ward      CHF 7'840.00
  Delivery by caesarean section, chief physician fee        CHF 3'210.00
  Paid by basic insurance (KVG, general ward share)        -CHF 6'118.40
  Paid by Nordlicht (private supplement)                    CHF 4'931.60

We paid the hospital directly (tiers payant). There is no deductible for
maternity under the supplementary insurance.

Please note that Elin can be included in your hospital supplementary
insurance without health questions if we receive the application within
3 months of birth, i.e. until 19 April 2026. The basic insurance (KVG) must be
taken out separately with a health insurer (Krankenkasse) of your choice.

Kind regards

Regula Bosshard
Benefits Supplementary Insurance
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "maternity stay and caesarean section of named customer, birth of a child, hospital settlement",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Anna Lindqvist <anna.lindqvist@hispeed-mail.example>",
             "Your maternity invoice – settlement",
             "2026-02-06 09:48", body=body)


def m023():
    body = """\
Dear Mr Strasser,

We have reviewed your claim under the travel cancellation insurance attached to
your credit card package (policy RS-K 9 118 401).

Trip:            Cape Town, 14 days, booked 02.10.2025, departure 27.02.2026
Travellers:      Lukas Strasser, Nina Strasser
Cancellation:    09.02.2026
Reason:          termination of your employment by your employer (Dienstgeber)
                 dated 30.01.2026, not self-inflicted

The unexpected loss of a job is an insured reason for cancellation. We will
reimburse the cancellation fees of EUR 3,412.00 less the deductible of 10 %, i.e.
EUR 3,070.80, to your account AT62 3691 0085 4539 8452.

For our records we still need a copy of the AMS registration (Arbeitslosmeldung)
- you can upload it via the link in your claim confirmation.

Kind regards

Theresa Aigner
Customer Service Travel
Nordlicht Versicherung AG, Vienna
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "travel cancellation due to job loss (no health content), named travellers and IBAN",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Lukas Strasser <lukas.strasser@mail.example>",
             "Travel cancellation claim RS-K 9 118 401 – approved",
             "2026-02-18 15:12", body=body)


def m024():
    body = """\
Nordlicht Gesundheits-News Schweiz – April 2026

Zeckensaison: Jetzt an die FSME-Impfung denken

Mit den ersten warmen Tagen sind auch die Zecken wieder aktiv. Das BAG empfiehlt
die Impfung gegen die Frühsommer-Meningoenzephalitis (FSME) für alle Personen ab
3 Jahren, die in Risikogebieten wohnen oder sich dort aufhalten – und das ist
inzwischen fast die ganze Schweiz ausser den Kantonen Genf und Tessin.

Wer bezahlt die Impfung?
Die FSME-Impfung ist eine Pflichtleistung der Grundversicherung; es gelten
Franchise und Selbstbehalt. Mit unserer Zusatzversicherung "Ambulant Plus"
erstatten wir Franchise-unabhängig 90 % der Kosten für empfohlene Impfungen,
auch Reiseimpfungen wie Gelbfieber oder Tollwut.

Tipps gegen Zeckenstiche
- lange Kleider und geschlossene Schuhe im Unterholz
- nach dem Spaziergang den ganzen Körper absuchen
- Zecke mit Pinzette gerade herausziehen, Stelle desinfizieren
- bei Wanderröte oder Fieber in den Wochen danach zum Hausarzt

Weitere Gesundheitstipps: https://www.ch.nordlicht.example/gesundheit

Freundliche Grüsse
Ihr Nordlicht-Team

Newsletter abbestellen: https://www.ch.nordlicht.example/newsletter
"""
    return M("NORMAL", "de", "newsletter",
             "trap: health newsletter on tick-borne encephalitis vaccination and cover, no person",
             "Nordlicht Schweiz <news@ch.nordlicht.example>",
             "gesundheitsnews@lists.ch.nordlicht.example",
             "Zeckensaison: FSME-Impfung und was Ihre Versicherung zahlt",
             "2026-04-02 07:00", body=body)


def m025():
    rows = [["Group accident insurance (Kollektivunfall) – new joiners Q1 2026", "", "", "", "", ""],
            ["Policy", "KU 7 300 112", "", "", "", ""],
            ["Surname", "First name", "Date of birth", "SVNR", "Start", "Risk class"],
            ["Haas", "Clemens", "1984-11-30", "4515 170402", "2026-01-07", "B (field service)"],
            ["Novak", "Ivana", "1995-06-12", "", "2026-01-07", "A (office)"],
            ["Gschwandtner", "Philipp", "1989-02-27", "", "2026-02-01", "B (field service)"],
            ["Yilmaz", "Deniz", "1999-09-03", "", "2026-03-01", "A (office)"]]
    body = """\
Hi Florian,

new joiners from Alpenland Instruments for the group accident policy, see
attachment. Note the SVNR for Mr Haas does not match his birth date, I have asked
them. Can you book them from the start dates?

Thanks
Elisabeth

---------- Forwarded message ---------
From: HR Austria <hr.at@alpenland-instruments.example>
Date: Thu, 5 Mar 2026 at 10:12
Subject: Group accident insurance - new joiners Q1
To: <e.url@at.nordlicht.example>

Dear Ms Url,

please add the four colleagues in the attached list to our group accident
insurance. Two of them work in field service (installation on customer sites),
please use the higher risk class for them as agreed last year.

Best regards
Jennifer Walcher
HR Business Partner Austria
Alpenland Instruments GmbH, Industriezeile 36, 4020 Linz
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "company",
             "group accident (personal line) list of named employees with birth dates and SVNR, only in XLSX",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "Fwd: Group accident insurance - new joiners Q1",
             "2026-03-05 11:30", body=body,
             att=[("new_joiners_Q1_2026.xlsx", CT_XLSX, xlsx(rows, "Q1"))])


def m026():
    body = """\
Sehr geehrte Frau Schwarz,

wir bestätigen Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung,
Baustein Arbeitsgerichts-Rechtsschutz (Polizze RS 40 771 028), für folgende
Angelegenheit:

Gegner:       Reisinger Bau GmbH, Wiener Neustadt (Ihr bisheriger Dienstgeber)
Sache:        Anfechtung der Kündigung vom 15.01.2026 / offene Ansprüche
              (Überstunden 2025, Urlaubsersatzleistung)
Streitwert:   lt. Ihrer Aufstellung EUR 11.480,- (Bruttomonatsgehalt
              EUR 3.450,- x 14)

Deckung besteht für das außergerichtliche Verfahren und das Verfahren vor dem
Arbeits- und Sozialgericht Wiener Neustadt in erster Instanz. Als Rechtsvertreter
haben Sie Frau Mag. Doris Holzer, Rechtsanwältin in Baden, gewählt; wir haben
ihr die Deckungszusage in Kopie übermittelt.

Ihr Selbstbehalt beträgt EUR 250,-.

Mit freundlichen Grüßen

Mag. Herbert Reiter
Rechtsschutz-Schaden
Nordlicht Versicherung AG, Wien
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "legal-expenses cover for dismissal of named customer, employer and salary",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "Sandra Schwarz <sandra.schwarz@donaunet.example>",
             cc="kanzlei@holzer-rechtsanwaelte.example",
             subject="Deckungszusage Arbeitsrechtsschutz – RS 40 771 028",
             date="2026-01-29 14:26", body=body)


def m027():
    body = """\
Dear colleagues,

we are hiring! Please share the following vacancy in your networks.

Claims Specialist Supplementary Health Insurance (f/m/d), 80-100 %
Zurich-Oerlikon, start by arrangement

Your tasks
- assess invoices from hospitals, doctors, physiotherapists and complementary
  medicine practitioners (TARDOC, SwissDRG, Tarif 590)
- decide on cost approvals (Kostengutsprachen) for semi-private and private
  hospital stays
- work closely with our medical advisers and case managers

Your profile
- medical practice assistant (MPA), nurse (HF) or insurance specialist with
  experience in health insurance
- good knowledge of medical terminology, German and French, English an asset

We offer hybrid work (up to 40 % home office), 5 weeks of holidays and a
staff discount on our insurance products.

Apply via https://jobs.ch.nordlicht.example/7714 - contact: HR, Sara Knüsel.

Best regards
Human Resources
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("NORMAL", "en", "internal",
             "trap: job advertisement for health claims specialist, medical vocabulary, no data",
             "HR Switzerland <hr@ch.nordlicht.example>",
             "alle-mitarbeitende@ch.nordlicht.example",
             "Vacancy: Claims Specialist Supplementary Health 80-100 %",
             "2026-02-11 08:30", body=body)


def m028():
    body = """\
Guten Tag Frau Wyss

Sie haben den Vorbezug aus Ihrer gebundenen Vorsorge (Säule 3a) für den Erwerb
von selbst bewohntem Wohneigentum beantragt. Wir haben Ihre Unterlagen geprüft:

Vorsorgevertrag:   3a-LV 7 221 904 (Vorsorgeversicherung mit Todesfallschutz)
Versicherte:       Jeannine Wyss, geb. 17.02.1982
Objekt:            4 1/2-Zimmer-Wohnung, Rebweg 3, 3250 Lyss
Rückkaufswert per 31.03.2026: CHF 48'712.35
Vorbezug:          CHF 48'712.35 (ganzer Rückkaufswert, Vertrag wird aufgelöst)

Da Sie verheiratet sind, benötigen wir noch die schriftliche, amtlich
beglaubigte Zustimmung Ihres Ehemanns. Die Auszahlung erfolgt direkt an den
Notar bzw. die finanzierende Bank (Zahlstelle gemäss Kaufvertrag), nicht auf Ihr
Privatkonto.

Der Vorbezug wird der Eidgenössischen Steuerverwaltung gemeldet und zu einem
reduzierten Satz separat vom übrigen Einkommen besteuert.

Mit dem Vorbezug erlischt auch der Todesfallschutz von CHF 100'000.–.

Freundliche Grüsse

Fabienne Rochat
Leben & Vorsorge
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "pillar 3a life contract withdrawal of named insured with birth date and surrender value",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "jeannine.wyss@seepost.example",
             "Vorbezug Säule 3a für Wohneigentum – Vertrag 3a-LV 7 221 904",
             "2026-03-16 10:02", body=body)


def m029():
    body = """\
Dear Mr Tanner,

thank you for your call this morning. As agreed, here is a summary of the next
steps under your cyber policy CY 80.114.502 (Tanner Treuhand GmbH, Chur).

Incident:   ransomware, detected 23.02.2026 around 07:30 on the file server;
            backups from 22.02. appear intact
Notified:   23.02.2026, 08:05, via our 24h cyber hotline

1. Our IT forensics partner (Alpsec Incident Response) will contact you within
   2 hours. Please do not switch off the affected server, only disconnect it
   from the network.
2. Please do NOT pay or contact the attackers. Ransom payments are not covered.
3. As a fiduciary company you hold personal data of clients (payroll, tax
   returns). Our breach coach, Dr. Lea Caflisch (lawyer), will assess with you
   whether you have to notify the FDPIC (EDÖB) under Art. 24 nDSG.

Deductible: CHF 2'500.-; sublimit for crisis management CHF 50'000.-.

Kind regards

Beat Odermatt
Claims Specialty Lines
Nordlicht Insurance (Switzerland) Ltd
24h hotline +41 44 318 29 99
"""
    return M("CONFIDENTIAL", "en", "insurer-to-company",
             "cyber claim of a small company with named contact and policy number",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "Gian Tanner <g.tanner@tanner-treuhand.example>",
             "Cyber claim CY 80.114.502 – next steps",
             "2026-02-23 09:12", body=body)


def m030():
    body = """\
Sehr geehrte Maklerpartnerinnen und Maklerpartner,

mit dieser Makler-Info möchten wir Sie über Änderungen in unseren
Vertragsunterlagen ab 1. April 2026 informieren.

1. Rücktrittsrecht (§ 5c VersVG)
   Die Belehrung über das Rücktrittsrecht wird künftig auf der ersten Seite der
   Polizze abgedruckt. Die Frist von 14 Tagen beginnt mit Zugang der Polizze und
   der Informationen.

2. Polizzenausfertigung
   Für Folgedokumente verwenden wir das Format "Polizzennummer: XX XXX XXX-X"
   (Sparte, 6 Ziffern, Prüfziffer). Bitte passen Sie ggf. Ihre Importregeln im
   Maklerverwaltungsprogramm an.

3. Gesundheitsfragen in der Unfallversicherung
   Die Gesundheitsfragen im Antrag Unfall werden von 7 auf 4 reduziert. Frage 3
   (Bestehende Beschwerden/Behandlungen in den letzten 5 Jahren) bleibt.

4. Elektronische Vermittlerpost
   Ab Mai stellen wir Dokumente nur mehr über das Maklerportal bzw. die
   BiPRO-Schnittstelle bereit.

Bei Fragen steht Ihnen Ihre Maklerbetreuung gerne zur Verfügung.

Mit freundlichen Grüßen
Nordlicht Versicherung AG – Direktion für Österreich
Vertriebsunterstützung Makler
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker circular about VersVG, placeholder policy number and health questions, no person",
             "Makler-Info <makler-info@at.nordlicht.example>",
             "makler-at@lists.at.nordlicht.example",
             "Makler-Info 03/2026: Änderungen Vertragsunterlagen ab 1.4.2026",
             "2026-03-03 08:00", body=body)
def m031():
    body = """\
Dear colleagues,

Case ref.: NL-AT-TRV-26-0412 / your ref. AA-TH-88217
Insured:   Wolfgang Pölzl, born 05/12/1948, Austrian citizen
Policy:    Travel health insurance "Weltweit Premium", RV 6 118 774
Location:  Bangkok Riverside Hospital, ward 7B

Thank you for the medical report of this morning. We confirm cost coverage for
the ongoing inpatient treatment after the NSTEMI (I21.4) on 16 February and the
coronary angiography with stent implantation (2 DES) performed on 17 February.

Regarding repatriation: as per the treating cardiologist the patient will be fit
to fly from 24 February on a scheduled flight, business class, with medical
escort (nurse), oxygen on demand. Please organise the flight BKK-VIE and the
ground transport to the Klinikum Wels, Department of Internal Medicine II,
where his GP has arranged admission for follow-up.

His wife, Mrs Helga Pölzl, will travel on the same flight; her return ticket is
covered under the same policy.

Please send the final hospital invoice directly to us, not to the insured.

Best regards

Theresa Aigner
Travel Claims / Assistance Coordination
Nordlicht Versicherung AG, Vienna
T +43 1 71 402-455 (24h)
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "travel health case to assistance partner: heart attack I21.4, stent, repatriation, birth date",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "medical@asia-assist.example",
             "NL-AT-TRV-26-0412 Pölzl – cost coverage and repatriation",
             "2026-02-19 07:55", body=body)


def m032():
    csv_text = crlf("""\
Policen-Nr;Sparte;Versicherungsnehmer;PLZ;Ort;Fällig seit;Betrag CHF;Mahnstufe;Bemerkung
HR 52.118.404;Hausrat;Müller Daniel;8400;Winterthur;01.01.2026;412.60;2;
PH 31.902.117;Privathaftpflicht;Gashi Arben;9500;Wil SG;01.01.2026;186.00;2;Teilzahlung 50.- erhalten
MF 44.388.021;Motorfahrzeug;Roth Sibylle;3600;Thun;01.12.2025;1'204.80;3;Sistierung Kontrollschild angedroht
HR 52.640.229;Hausrat;Keller-Bühler Monika;6003;Luzern;01.01.2026;298.40;2;
MF 44.712.655;Motorfahrzeug;Da Silva Tiago;1700;Fribourg;01.12.2025;2'015.30;3;Betreibung eingeleitet
RS 70.221.430;Rechtsschutz;Lüthi Martin;3098;Köniz;01.01.2026;328.00;1;
""")
    body = """\
Hoi Pascal

Anbei die Liste der Ausstände Stufe 1-3 Nicht-Leben per 10.02. (nur Privatkunden).
Bei den zwei Motorfahrzeug-Fällen in Mahnstufe 3 bitte Meldung ans
Strassenverkehrsamt vorbereiten, falls bis 20.02. nichts eingeht.

Gruss
Nadja
"""
    return M("CONFIDENTIAL", "de", "internal",
             "dunning list: named customers with overdue premiums, policy numbers, debt enforcement, only in CSV",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Pascal Widmer <pascal.widmer@ch.nordlicht.example>",
             "Ausstände Nicht-Leben per 10.02.2026",
             "2026-02-10 16:45", body=body,
             att=[("Ausstaende_NL_20260210.csv", "text/csv", csv_text,
                   {"charset": "windows-1252", "cte": "base64"})])


def m033():
    body = """\
MEDIA RELEASE - Zurich, 12 March 2026

Nordlicht Switzerland grows in supplementary health and accident insurance

- Gross written premiums up 6.2 % to CHF 1.84 billion
- Combined ratio non-life improves to 94.1 % (prior year 96.8 %)
- Hail storms in July 2025 cost CHF 61 million before reinsurance

Nordlicht Insurance (Switzerland) Ltd, the Swiss subsidiary of the Hamburg-based
Nordlicht Group, today published its results for the 2025 financial year.
Growth was driven by hospital supplementary insurance (+8.9 %) and by the
collective daily sickness allowance business with SMEs (+7.4 %).

"Absences due to mental illness remain the biggest cost driver in daily sickness
allowance. We are investing in early case management together with employers,"
says CEO Martina Häfliger.

The solvency ratio under the Swiss Solvency Test (SST) stands at 214 %.

Media contact: Yvonne Kälin, Head of Communications, +41 44 318 20 10,
medien@ch.nordlicht.example
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: press release with business figures and absence trend, no person data",
             "Nordlicht Media <medien@ch.nordlicht.example>",
             "redaktion@finanzpresse.example",
             "Media release: Nordlicht Switzerland 2025 results",
             "2026-03-12 07:00", body=body)


def m034():
    body = """\
Liebe Frau Pichler,

für meine Patientin Frau Veronika Stadler, geb. 30.05.1986, Polizze KV-AT
7 319 204-1 (Zahn Plus), übermittle ich den Heil- und Kostenplan mit der Bitte um
Kostenzusage:

Befund: Zahn 36 nach Wurzelbehandlung frakturiert, nicht erhaltungswürdig,
Extraktion am 12.01.2026 erfolgt. Knochenangebot ausreichend, leichte
Parodontitis (in Behandlung).

Geplant:
- Implantat regio 36 inkl. Implantatkörper            EUR 1.450,-
- Knochenaufbau (Bio-Oss, Membran)                    EUR   480,-
- Abutment + Zirkonkrone 36                          EUR 1.120,-
- Röntgen/DVT                                        EUR   160,-
Summe                                                 EUR 3.210,-

Kassenanteil ÖGK: keiner (Implantologie ist keine Kassenleistung).

Termin für die Implantation wäre der 16.03.2026. Ich bitte um kurze Rückmeldung.

Mit freundlichen Grüßen

DDr. Clemens Url
Zahnarzt, Wahlarzt – Zahnordination Url
Hauptplatz 4, 2700 Wiener Neustadt
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "dentist",
             "dentist's treatment plan for an implant of a named patient with birth date and periodontitis",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "zahn-leistung@at.nordlicht.example",
             "WG: HKP Implantat 36 – Stadler Veronika",
             "2026-02-02 11:05",
             body="Bitte HKP prüfen, Tarif Zahn Plus 70 %, Höchstbetrag beachten. Danke, JP\n\n"
                  "Von: Zahnordination Url <office@zahn-url.example>\n"
                  "Gesendet: Freitag, 30. Jänner 2026 17:21\n"
                  "An: Pichler Johanna\n"
                  "Betreff: HKP Implantat 36 – Stadler Veronika\n\n" + body)


def m035():
    ics = crlf("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nordlicht CH//Schulungen//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:ndsg-schulung-2026-03@ch.nordlicht.example
DTSTAMP:20260216T090000Z
DTSTART;TZID=Europe/Zurich:20260310T090000
DTEND;TZID=Europe/Zurich:20260310T113000
SUMMARY:Pflichtschulung nDSG: besonders schützenswerte Personendaten
LOCATION:Oerlikon\\, Raum Säntis (3. OG) / MS Teams
DESCRIPTION:Gesundheitsdaten\\, Daten über Massnahmen der sozialen Hilfe\\,
  strafrechtliche Verfolgungen – was gilt im Leistungsalltag? Referentin: Anke
  Brodersen\\, Konzern-Datenschutz.
ORGANIZER;CN=Datenschutz CH:mailto:datenschutz@ch.nordlicht.example
END:VEVENT
END:VCALENDAR
""")
    body = """\
Liebe Kolleginnen und Kollegen aus Leistungen und Kundendienst

Die jährliche Pflichtschulung zum Datenschutz findet dieses Jahr als
Präsenz- und Online-Veranstaltung statt. Schwerpunkt: besonders schützenswerte
Personendaten nach Art. 5 lit. c nDSG (Gesundheit, Intimsphäre, Massnahmen der
sozialen Hilfe, strafrechtliche Verfolgungen und Sanktionen).

Wir besprechen u. a.:
- Arztberichte per Mail: wann SecureMail Pflicht ist
- Was darf der Kundendienst am Telefon sagen, wenn der Ehepartner anruft?
- Auskunftsbegehren nach Art. 25 nDSG
- Meldung von Datensicherheitsverletzungen an den EDÖB

Bitte nehmt die Einladung im Anhang an. Wer nicht kann, besucht den Ersatztermin
am 24. März.

Freundliche Grüsse
Datenschutz Schweiz
"""
    return M("NORMAL", "de", "internal",
             "trap: data-protection training on sensitive personal data, ICS, no person",
             "Datenschutz CH <datenschutz@ch.nordlicht.example>",
             "leistungen-alle@ch.nordlicht.example",
             "Pflichtschulung nDSG am 10. März – besonders schützenswerte Daten",
             "2026-02-16 10:00", body=body,
             att=[("Schulung_nDSG.ics", CT_ICS, ics)])


def m036():
    body = """\
Dear Mr Harrington,

as requested, we confirm the claims history of your motor insurance with us for
your new insurer in the United Kingdom:

Policyholder:      James Harrington, born 22/06/1984
Policy:            MF 44.230.871 (third-party liability and comprehensive)
Vehicle:           BMW X3 xDrive20d, registration ZG 88 412
Insured since:     01.05.2019
Cancelled as of:   30.04.2026 (relocation abroad)

Claims in the period 01.05.2019 - 30.04.2026:
  14.11.2022  parking damage, liability, CHF 2'318.40 paid (at fault)
  no other claims

This corresponds to 6 claim-free years at the time of cancellation except for
the claim in 2022. Please note that Swiss insurers do not use a standardised
no-claims bonus scale; your new insurer may ask for this letter in the original -
a signed PDF is attached to your portal mailbox.

Kind regards

Reto Gisler
Motor Insurance
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "motor claims history of named holder with birth date, plate and past claim",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "James Harrington <jharrington@alpinemail.example>",
             "Confirmation of claims history – policy MF 44.230.871",
             "2026-04-14 13:20", body=body)


def m037():
    body = """\
Sehr geehrter Herr Fuchs,

trotz unserer Zahlungserinnerung vom 12.02.2026 ist die Prämie für Ihre
Krankenversicherung bisher nicht bei uns eingelangt.

Polizze:          KV-AT 7 088 411-0, Tarif Sonderklasse Spital + Wahlarzt
Versicherte:      Reinhard Fuchs, Petra Fuchs, Jakob Fuchs
Offene Prämie:    Februar und März 2026, je EUR 412,70, gesamt EUR 825,40
Mahnspesen:       EUR 5,-

Bitte überweisen Sie den Betrag von EUR 830,40 bis spätestens 10.04.2026 auf
unser Konto bei der Erste Bank, Verwendungszweck KV-AT 7 088 411-0.

Gemäß § 39 VersVG weisen wir Sie darauf hin, dass wir nach Ablauf dieser Frist
bei Verzug leistungsfrei sind, solange die Prämie nicht bezahlt ist – das heißt,
für Spitalsaufenthalte in dieser Zeit bestünde kein Versicherungsschutz.

Sollten Sie vorübergehend in Zahlungsschwierigkeiten sein, melden Sie sich bitte
bei uns – eine Ratenvereinbarung ist möglich.

Mit freundlichen Grüßen

Theresa Aigner
Kundenservice / Inkasso
Nordlicht Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "premium arrears in a named family's private health insurance (personal line, no diagnosis)",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "reinhard.fuchs@alpenmail.example",
             "Mahnung – Krankenversicherung KV-AT 7 088 411-0",
             "2026-03-20 09:10", body=body)


def m038():
    body = """\
Danke für Ihre Nachricht.

Ich bin bis einschließlich 6. Jänner 2026 auf Urlaub und habe keinen Zugriff auf
meine Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Leistungsangelegenheiten wenden Sie sich bitte an
leistung@at.nordlicht.example oder +43 1 71 402-300.

Mit freundlichen Grüßen
Johanna Pichler
"""
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: out-of-office reply mentioning the claims mailbox",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "w.holzer@webpost.example",
             "Abwesenheitsnotiz: AW: Frage zu meiner Rechnung",
             "2025-12-29 08:14", body=body,
             headers={"Auto-Submitted": "auto-replied"})


def m039():
    body = """\
Salü Reto

Kannst du mir bitte eine Offerte rechnen für einen Kunden von mir, er wechselt
per 1.5. von der Konkurrenz zu uns.

Halter/Lenker: Arben Krasniqi, geb. 03.12.1993, Ausweis C, kosovarischer
Staatsangehöriger, Führerausweis seit 2012
Adresse: Zürcherstrasse 210, 8500 Frauenfeld
Fahrzeug: Audi A4 Avant 40 TDI, 1. Inverkehrsetzung 06/2021, Katalogpreis
Fr. 58'900.–, Kontrollschild TG 104 338
Gewünscht: Haftpflicht, Vollkasko mit Fr. 500.– SB, Parkschaden, Grobfahrlässigkeit
Vorschäden: 1 Haftpflichtschaden 2024 (Auffahrunfall, Fr. 4'100.–, keine
Verletzten)
Jahreskilometer ca. 18'000, Garage: ja

Er hat von der anderen Gesellschaft ein Angebot für Fr. 1'890.– - wenn wir
darunter kommen, macht er es.

Merci und Gruess
Sandro Meier
Meier Versicherungsbroker GmbH, Frauenfeld
"""
    return M("CONFIDENTIAL", "de", "broker",
             "broker's motor quote request: named driver, birth date, nationality, permit, address, prior claim",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "offerten-mf@ch.nordlicht.example",
             "WG: Offertanfrage MF Krasniqi",
             "2026-04-07 10:33",
             body="Zur Erfassung, bitte mit Broker-Tarif rechnen.\n\n"
                  "Von: Sandro Meier <sandro.meier@meier-broker.example>\n"
                  "Gesendet: Dienstag, 7. April 2026 09:58\n"
                  "An: Gisler Reto\n"
                  "Betreff: Offertanfrage MF Krasniqi\n\n" + body)


def m040():
    body = """\
Dear Ms Wyss,

Re: Mr Oliver Grant, born 21 February 1977, employee of Swisstrade Commodities SA,
your case KTG-2026-00218

Thank you for your letter. With the consent of my patient I can give you the
following information for the case management:

Mr Grant has been under my care since November 2025 for a moderate depressive
episode (F32.1) in the context of a prolonged conflict at work, with marked sleep
disturbance and exhaustion. He is on escitalopram 10 mg daily and sees a
psychologist (psychotherapy under physician's order) weekly.

He has been 100 % unable to work since 17 November 2025. I consider a
gradual return at 50 % from 1 April 2026 feasible, provided that he is
assigned to a different team lead. I would reassess in four weeks.

I am happy to take part in a round-table meeting with the employer.

Yours sincerely

Dr. med. Helen McAllister
FMH General Internal Medicine
Praxis am Paradeplatz, Zurich
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "doctor",
             "GP report for daily-sickness case: depressive episode F32.1, medication, incapacity",
             "Corinne Wyss <corinne.wyss@ch.nordlicht.example>",
             "Dr. Sibylle Imhof <sibylle.imhof@ch.nordlicht.example>",
             "FW: KTG-2026-00218 Grant – medical report",
             "2026-03-11 16:20",
             body="Sibylle, kannst du den Bericht bitte beurteilen? Wiedereinstieg 50 % per 1.4. "
                  "scheint mir plausibel.\nCorinne\n\n"
                  "-----Original Message-----\n"
                  "From: Praxis am Paradeplatz <praxis@paradeplatz-aerzte.example>\n"
                  "Sent: Wednesday, 11 March 2026 14:03\n"
                  "To: Wyss Corinne\n"
                  "Subject: KTG-2026-00218 Grant\n\n" + body)
def m041():
    html = """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Nordlicht Vorarlberg</title></head>
<body style="margin:0;font-family:Verdana,sans-serif;font-size:13px;color:#222">
<div style="max-width:620px;margin:auto">
<div style="background:#0b3d5c;color:#fff;padding:12px 16px">Nordlicht Versicherung &middot; Landesdirektion Vorarlberg</div>
<div style="padding:16px">
<h2 style="color:#0b3d5c">Nach dem Hochwasser: So kommen Sie schnell zu Ihrer Entschädigung</h2>
<p>Liebe Kundinnen und Kunden im Rheintal und im Bregenzerwald,</p>
<p>die Starkregenfälle vom vergangenen Wochenende haben in vielen Gemeinden Keller und Erdgeschosse unter Wasser gesetzt. Unsere Schadenteams sind mit zusätzlichen Sachverständigen vor Ort.</p>
<ol>
<li><b>Schaden melden</b> &ndash; online unter <a href="https://www.at.nordlicht.example/schaden">at.nordlicht.example/schaden</a> oder telefonisch 05574 21 880. Halten Sie Ihre Polizzennummer bereit.</li>
<li><b>Fotos machen</b>, bevor Sie aufräumen &ndash; auch vom Wasserstand an der Wand.</li>
<li><b>Nasse Gegenstände</b> nicht sofort entsorgen, sondern fotografieren und eine Liste anlegen.</li>
<li><b>Trocknung</b> organisieren: Die Kosten für Bautrockner übernehmen wir im Rahmen der Eigenheim- und Haushaltsversicherung, sofern der Baustein &bdquo;Hochwasser/Überschwemmung&ldquo; eingeschlossen ist.</li>
</ol>
<p>Wichtig: Der Katastrophenfonds des Landes deckt nur einen Teil des Schadens. Anträge stellen Sie bei Ihrer Gemeinde.</p>
<p>Ihr Nordlicht-Team Vorarlberg<br>Landesdirektion Dornbirn, Marktstraße 18, 6850 Dornbirn</p>
</div>
<div style="font-size:10px;color:#777;padding:16px">Sie erhalten diese Information als Kundin oder Kunde der Nordlicht Versicherung AG. <a href="https://www.at.nordlicht.example/newsletter/abmelden">Abmelden</a></div>
</div></body></html>
"""
    return M("NORMAL", "de", "newsletter",
             "trap: regional flood newsletter asking for the policy number, no person",
             "Nordlicht Vorarlberg <info-vorarlberg@at.nordlicht.example>",
             "kunden-vorarlberg@lists.at.nordlicht.example",
             "Hochwasser im Rheintal: So melden Sie Ihren Schaden",
             "2025-08-26 12:30", html=html)


def m042():
    body = """\
Grüezi Herr Baumann

Besten Dank für die Zustellung der Belege. Wir haben folgende Leistungen aus
Ihrer Zusatzversicherung "Ambulant Plus" (Vers.-Nr. 3.220.904.02) abgerechnet:

Datum       Leistungserbringer              Leistung                       Betrag      Vergütung
14.01.2026  Optik Seefeld AG, Zürich        Gleitsichtgläser (Myopie       Fr. 1'180.00  Fr. 300.00
                                            -4.25/-3.75, Add. +1.75)
14.01.2026  Optik Seefeld AG, Zürich        Fassung                        Fr.   290.00  –
03.02.2026  Augenarztpraxis Dr. Fehr        Kontrolle Augendruck (Glaukom- Fr.   142.60  Fr.  14.26
                                            Verdacht), Selbstbehalt KVG

Total Vergütung: Fr. 314.26

Der Beitrag an Brillen und Kontaktlinsen ist auf Fr. 300.– pro 3 Kalenderjahre
begrenzt; die nächste Vergütung ist wieder ab 01.01.2029 möglich. Die Fassung
ist nicht versichert.

Die Auszahlung erfolgt auf Ihr Konto CH55 0672 8677 7633 7274 7.

Freundliche Grüsse

Regula Bosshard
Leistungen Zusatzversicherungen
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "glasses prescription and suspected glaucoma of named insured, refund with IBAN",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Peter Baumann <peter.baumann@netplus-mail.example>",
             "Leistungsabrechnung Ambulant Plus – Brille und Augenarzt",
             "2026-02-20 14:31", body=body)


def m043():
    rows = [["Aufstellung gestohlene Gegenstände – Einbruch 21./22.11.2025", "", "", ""],
            ["Wohnung: Kaiserstraße 44/12, 1070 Wien – Hauptmieterin Claudia Berger", "", "", ""],
            ["Gegenstand", "Anschaffung", "Neupreis EUR", "Beleg vorhanden"],
            ["MacBook Air 13\" M2", "2023", 1399, "ja"],
            ["Goldkette (Erbstück Großmutter)", "ca. 1980", 1800, "nein, Foto"],
            ["Armbanduhr Tissot PRX", "2022", 395, "ja"],
            ["Bargeld", "", 420, "nein"],
            ["Sonos One Lautsprecher (2 Stk.)", "2021", 458, "ja"],
            ["Winterjacke Woolrich", "2024", 620, "ja"],
            ["Summe", "", 5092, ""]]
    body = """\
Sehr geehrte Frau Berger,

danke für die Liste und die Anzeigebestätigung der Polizeiinspektion
Neubaugasse (GZ: PAD/25/01844211). Ich habe beides zum Schaden
HH-2025-11 6207 genommen.

Zu Ihrer Haushaltsversicherung (Polizze HH 22 418 930) ein paar Hinweise:
- Bargeld ist bei Einbruch bis EUR 400,- versichert, wir ersetzen daher EUR 400,-.
- Schmuck in einem nicht versperrten Behältnis ist bis EUR 1.500,- gedeckt.
- Für die Goldkette ohne Beleg reicht das Foto; wir lassen den Wert von einem
  Juwelier schätzen.
- Die Reparatur der Wohnungstür (Schlosstausch, Türblatt) übernehmen wir als
  Einbruchsschaden; bitte schicken Sie uns die Rechnung des Tischlers.

Ich melde mich, sobald die Schätzung vorliegt.

Mit freundlichen Grüßen
Theresa Aigner
Schadenservice Haushalt
Nordlicht Versicherung AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "burglary claim of named tenant with police reference, address and stolen-item list (XLSX)",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "claudia.berger@mail.example",
             "AW: Einbruch Kaiserstraße – Liste Gegenstände",
             "2025-11-27 10:52", body=body,
             att=[("Aufstellung_Einbruch_Berger.xlsx", CT_XLSX, xlsx(rows, "Liste"))])


def m044():
    body = """\
Minutes - Data protection jour fixe, claims systems Switzerland
Date: 27 January 2026, 14:00-15:00, MS Teams
Present: A. Brodersen (Group DPO), D. Rüegg (Legal CH), R. Bosshard (Benefits),
C. Wyss (KTG), M. Bernasconi (IT)

1. Access rights in the new claims platform "LEA"
   - Today every benefits clerk can open every health claim in supplementary
     insurance. Proposal: restrict medical documents (doctors' reports, hospital
     discharge letters) to the assigned team and the medical advisers.
   - KTG case management needs read access to diagnoses only for own cases.
   Decision: role concept v2 to be implemented with release 3.2 (June).

2. Retention of medical documents
   - Current practice: 10 years after end of contract. Legal to check whether
     shorter periods apply for rejected applications (health questionnaires).
   Action: D. Rüegg by end of February.

3. E-mail to doctors and hospitals
   - Several hospitals still send discharge letters unencrypted. We remind them
     of the secure channel (HIN or our portal).

4. Next meeting: 24 February 2026

Minutes: Marco Bernasconi
"""
    return M("NORMAL", "en", "internal",
             "trap: data-protection minutes about medical documents and access rights, no individual",
             "Marco Bernasconi <marco.bernasconi@ch.nordlicht.example>",
             "dsg-jourfix@ch.nordlicht.example",
             "Minutes DP jour fixe 27.01.2026",
             "2026-01-28 08:44", body=body)


def m045():
    body = """\
Dear Mr Meier,

thanks for your enquiry about your client Mrs Elsbeth Graf (policy 3.118.660.01,
"Ambulant Plus").

We received the invoice for the two hearing aids (Phonak Audéo, both ears) of
CHF 5'460.- on 2 March together with the ENT specialist's report confirming the
bilateral hearing loss. IV/AHV does not contribute in her case because she has
reached retirement age and the AHV lump sum of CHF 1'237.50 has already been paid
directly to the acoustician.

Our contribution is 50 % of the remaining amount, max. CHF 1'000.- every 5 years.
Payment of CHF 1'000.- was made to Mrs Graf's account today.

Kind regards

Regula Bosshard
Benefits Supplementary Insurance
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "hearing aids and bilateral hearing loss of broker's named client, payout",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Sandro Meier <sandro.meier@meier-broker.example>",
             "RE: Status hearing aid claim Mrs Graf",
             "2026-03-13 11:15", body=body)


def m046():
    body = """\
Dear Ms Hofer,

Thank you for the photos and the messages from your Airbnb guests. Here is our
decision on your household claim HH-2026-02 0318 (policy HH 22 771 045,
apartment Getreidegasse 19, 5020 Salzburg):

Damage:  red wine on the sofa (fabric cover) and a broken glass table top,
         caused by guests staying 13-16 February 2026
Covered: glass breakage (table top) EUR 340.00
Not covered: stains on the sofa - damage caused by paying guests is excluded
         under clause 7.3 of the household conditions when the apartment is let
         on a short-term basis. Please claim this from Airbnb under their host
         damage protection.

We will transfer EUR 340.00 to your account AT08 9841 0387 1954 8993 within the
next three working days.

Please note: if you rent out the apartment regularly, your household policy
needs the "Private letting" extension. I am happy to send you an offer.

Kind regards

Theresa Aigner
Claims Service Household
Nordlicht Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "household claim (guest damage) of named customer with address, policy and IBAN",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Katrin Hofer <katrin.hofer@seepost.example>",
             "Your claim HH-2026-02 0318 – guest damage",
             "2026-02-25 13:02", body=body)


def m047():
    body = """\
Liebe Kolleginnen und Kollegen,

kurze Info aus dem Aktuariat zur Tarifkalkulation Leben für das Neugeschäft ab
1. Juli 2026:

1. Sterbetafel: Wir bleiben bei der AVÖ 2018-P (unisex) mit unternehmenseigenen
   Selektionsabschlägen. Die Auswertung unseres Bestands 2019-2024 zeigt bei
   Nichtrauchern eine tatsächliche Sterblichkeit von 71 % der Tafelwerte (Männer)
   bzw. 76 % (Frauen), bei Rauchern 128 % bzw. 119 %.
2. Rechnungszins: Höchstzinssatz lt. Verordnung der FMA weiterhin 1,0 %; wir
   kalkulieren mit 0,5 %.
3. BU-Zusatz: Die Invalidisierungswahrscheinlichkeiten für Berufsklasse 3
   (Handwerk) steigen um 6 %, v. a. wegen psychischer Erkrankungen und
   Rückenleiden.
4. Pflegevorsorge: unverändert.

Die Detailtabellen liegen unter \\\\fs-wien\\aktuariat\\Tarif2026\\Grundlagen.

Schöne Grüße
Christoph Lechner
Aktuariat Leben, Nordlicht Versicherung AG
"""
    return M("NORMAL", "de", "internal",
             "trap: actuarial note on mortality tables, smokers, disability incidence, no person",
             "Christoph Lechner <c.lechner@at.nordlicht.example>",
             "produkt-leben@at.nordlicht.example",
             "Rechnungsgrundlagen Leben NG 07/2026",
             "2026-04-08 15:30", body=body)


def m048():
    body = """\
Sehr geehrte Frau Gschwandtner,

gute Besserung zunächst! Zu Ihrem Skiunfall am 03.01.2026 am Hintertuxer
Gletscher (Unfallversicherung Polizze UV 9 004 127, Tarif "Alpin") haben wir
Folgendes abgerechnet:

1. Bergungskosten: Hubschrauberbergung durch den Notarzthubschrauber ins
   Krankenhaus Schwaz, Rechnung vom 19.01.2026: EUR 4.860,- – zur Gänze
   übernommen.
2. Unfallkosten: Kniebandage (Heilbehelf) und Krücken, EUR 186,40 abzüglich
   ÖGK-Anteil: EUR 124,30 übernommen.
3. Spitalgeld: 4 Tage stationär (03.–07.01.2026) à EUR 50,- = EUR 200,-.

Laut Entlassungsbrief wurde am 05.01. eine vordere Kreuzbandplastik rechts
durchgeführt (Ruptur des vorderen Kreuzbands mit Innenmeniskusläsion,
S83.53). Ob eine dauernde Invalidität zurückbleibt, lässt sich erst nach
Abschluss der Heilbehandlung beurteilen – frühestens in 12 Monaten. Bitte melden
Sie sich dann mit einem aktuellen Befund.

Die Summe von EUR 5.184,30 geht in den nächsten Tagen auf Ihr Konto.

Mit freundlichen Grüßen

Mag. Johanna Pichler
Leistung Unfall
Nordlicht Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "ski accident of named customer: cruciate ligament surgery S83.53, helicopter rescue, hospital days",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "m.gschwandtner@inode-mail.example",
             "Ihr Skiunfall vom 03.01.2026 – Abrechnung",
             "2026-02-04 09:25", body=body)


def m049():
    body = """\
Hi Marco,

wir haben den Fehler im Zahlungslauf gefunden. Die IBAN-Validierung im
Payment-Service hat bei LI- und CH-IBANs mit Buchstaben im Kontoteil (kommt bei
LI öfter vor) die Prüfziffer falsch berechnet, weil das Mapping A=10 ... Z=35 nur
für die Ländercodes angewendet wurde.

Repro mit den offiziellen Beispiel-IBANs aus dem IBAN-Registry:
  CH93 0076 2011 6238 5295 7    -> ok (vorher auch ok)
  LI21 0881 0000 2324 013A A    -> vorher "invalid", jetzt ok
  AT61 1904 3002 3457 3201      -> ok

Fix ist in payment-service 2.8.3, deployed on INT. Could you please run the CH
regression suite tomorrow and confirm? If green we go to PROD with the Thursday
change window (CHG-2026-0871).

Thanks & Gruss
Jan-Hendrik

--
Jan-Hendrik Petersen
Konzern-IT Payments, Nordlicht Versicherungsgruppe AG, Hamburg
"""
    return M("NORMAL", "mixed", "internal",
             "trap: IT bug note with published example IBANs from the registry, no person",
             "Jan-Hendrik Petersen <jan-hendrik.petersen@nordlicht.example>",
             "Marco Bernasconi <marco.bernasconi@ch.nordlicht.example>",
             "IBAN-Validierung LI/CH – fix in 2.8.3",
             "2026-03-17 18:12", body=body)


def m050():
    body = """\
Grüezi Frau Egli

Gerne bestätigen wir Ihnen den Abschluss der Mietkautionsversicherung. Damit
brauchen Sie kein Sperrkonto mit drei Monatsmieten.

Police:          MK 90.441.208
Mieterin:        Seraina Egli, Schaffhauserstrasse 88, 8057 Zürich
Vermieterin:     Immobilien Glattpark AG, vertreten durch Verwaltung Haller & Co.
Mietobjekt:      3 1/2-Zimmer-Wohnung, 2. OG links
Nettomiete:      Fr. 2'180.– pro Monat
Kautionsbetrag:  Fr. 6'540.–
Jahresprämie:    Fr. 327.– (5 % des Kautionsbetrags)

Die Bürgschaftsurkunde im Original haben wir heute direkt an die Verwaltung
geschickt. Sie erhalten eine Kopie per Post.

Bitte beachten Sie: Falls die Vermieterin nach Ihrem Auszug Forderungen geltend
macht und wir zahlen, fordern wir den Betrag von Ihnen zurück – die
Mietkautionsversicherung ist keine Haftpflichtversicherung.

Freundliche Grüsse

Nadja Tschopp
Kundendienst
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "rent deposit guarantee of named tenant with address, rent and landlord",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "seraina.egli@bluemail.example",
             "Ihre Mietkautionsversicherung MK 90.441.208",
             "2026-03-30 11:40", body=body)
def m051():
    body = """\
Hallo Beat

Neue Unfallmeldung UVG aus dem Kundenportal, Betrieb Hotel Seehof Davos
(Police UVG 20.118.447). Bitte übernehmen, die Taggeldabrechnung läuft über den
Betrieb.

Gruss Nadja

----- Unfallmeldung UVG (Portal-Formular) -----
Betrieb:            Hotel Seehof Davos AG, Promenade 159, 7270 Davos Platz
Ansprechperson:     Lea Bisaz, HR, 081 415 22 00
Verunfallte Person: Nuno Ferreira Costa
Geburtsdatum:       19.06.1990
AHV-Nr.:            756.6766.6976.54
Funktion:           Koch (Chef de partie), 100 %, Aufenthaltsbewilligung B
Lohn:               Fr. 5'150.– x 13
Unfalldatum/Zeit:   02.02.2026, 21:40
Art:                Berufsunfall
Hergang:            Beim Tragen eines Topfes mit heissem Öl auf dem nassen
                    Küchenboden ausgerutscht, Öl über rechten Unterarm und Hand.
Verletzung:         Verbrennung 2. Grades rechter Unterarm/Handrücken
Erstbehandlung:     Notfall Spital Davos, danach Verlegung ins Zentrum für
                    Brandverletzte
Arbeitsunfähig:     seit 03.02.2026, 100 %
Zeugen:             Sous-Chef Flurin Casty
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "company",
             "employer's UVG accident report: named cook, AHV no., birth date, salary, burns",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "Unfallmeldung UVG 20.118.447 – Ferreira Costa",
             "2026-02-04 08:20", body=body)


def m052():
    body = """\
Grüezi Frau Bühler

Vielen Dank für Ihr Interesse an unserer Zahnversicherung. Gerne beantworte ich
Ihre Fragen.

Die Grundversicherung (KVG) bezahlt Zahnbehandlungen nur in Ausnahmefällen,
z. B. nach einem Unfall oder bei schweren Erkrankungen des Kausystems. Kontrollen,
Dentalhygiene, Füllungen oder Zahnspangen müssen Sie ohne Zusatzversicherung
selbst bezahlen.

Unsere Zahnversicherung "Dental" gibt es in drei Varianten:

  Dental 50   50 % bis Fr. 1'000.– pro Jahr      ab Fr. 14.90/Monat
  Dental 75   75 % bis Fr. 2'000.– pro Jahr      ab Fr. 27.40/Monat
  Dental 75+  wie 75, inkl. Kieferorthopädie für Kinder bis 80 % / Fr. 10'000.–

Für Erwachsene ist ein Zahnstatus beim Zahnarzt nötig (Formular schicke ich
Ihnen gerne), für Kinder unter 5 Jahren genügt der Antrag. Es gilt eine
Wartefrist von 12 Monaten für grössere Behandlungen.

Unter https://www.ch.nordlicht.example/dental können Sie die Prämie für Ihre
Familie direkt berechnen. Bei Fragen rufen Sie mich einfach an.

Freundliche Grüsse

Nadja Tschopp
Kundendienst
Nordlicht Versicherungen (Schweiz) AG
Tel. 044 318 22 00
"""
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: prospect asked about dental cover, generic product information only",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "m.buehler@seepost.example",
             "Ihre Anfrage Zahnversicherung",
             "2026-01-22 15:05", body=body)


def m053():
    body = """\
Dear Ms Rüegg,

We acknowledge receipt of the claim letter dated 11 March 2026 from Mr Nicola
Bernasconi, attorney-at-law in Lugano, on behalf of the bankruptcy estate of
Fonderia Ticinese SA in liquidation, which you forwarded to us on 13 March.

Policy:        D&O 85.002.319, Bellavista Holding AG, Zug (incl. subsidiaries)
Insured persons concerned:
  - Mr Carlo Moretti, former chairman of the board of Fonderia Ticinese SA
  - Ms Franziska Näf, former member of the board
Allegation:    late filing for insolvency (Art. 725b CO); damage claimed
               CHF 3.9 million

We have registered the matter as a claim (ref. DO-26-0019) and reserve our
rights regarding cover, in particular the insolvency exclusion for subsidiaries
acquired after 2022.

We agree that the insured persons may instruct Dr. Urs Amstutz (Walder Amstutz
Rechtsanwälte, Zurich) as defence counsel; defence costs are covered within
the limit of CHF 10 million subject to our reservation of rights.

Kind regards

Daniel Rüegg
Legal & Specialty Claims
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("CONFIDENTIAL", "en", "insurer-to-company",
             "D&O claim naming two directors of a company policyholder, allegations and amounts",
             "Daniel Rüegg <daniel.rueegg@ch.nordlicht.example>",
             "Sabine Rüegg <s.rueegg@bellavista-holding.example>",
             "D&O 85.002.319 – claim Fonderia Ticinese SA / Moretti, Näf",
             "2026-03-16 16:10", body=body)


def m054():
    body = """\
Sehr geehrte Damen und Herren,

ich ersuche um Befreiung von der motorbezogenen Versicherungssteuer für mein
Auto (Polizze KH 55 612 004, Kennzeichen GU-771 FN).

Ich habe seit letztem Herbst einen Behindertenpass mit 70 % Grad der Behinderung
und der Zusatzeintragung "Unzumutbarkeit der Benützung öffentlicher
Verkehrsmittel wegen dauerhafter Mobilitätseinschränkung" (nach meiner
Beinamputation links unterhalb vom Knie, Diabetes). Eine Kopie vom Pass (Vorder-
und Rückseite) und vom Zulassungsschein lege ich bei.

Bitte um Bestätigung und Rückerstattung der Steuer ab November auf mein Konto
AT77 1573 5380 0684 7778.

Mit freundlichen Grüßen
Franz Steiner
Elisabethstraße 7
8010 Graz
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "customer",
             "customer's disability pass (70 %, amputation, diabetes) for motor tax exemption, IBAN",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "kfz-steuer@at.nordlicht.example",
             "WG: Befreiung motorbezogene Versicherungssteuer – Steiner Franz",
             "2026-01-09 10:44",
             body="Bitte Befreiung ab 11/2025 einspielen, Behindertenpass mit Zusatzeintragung liegt vor "
                  "(Scan im Akt).\nFW\n\n"
                  "-----Ursprüngliche Nachricht-----\n"
                  "Von: Franz Steiner <franz.steiner47@webpost.example>\n"
                  "Gesendet: Mittwoch, 7. Jänner 2026 19:12\n"
                  "An: service@at.nordlicht.example\n"
                  "Betreff: Befreiung Versicherungssteuer Behindertenpass\n\n" + body)


def m055():
    body = """\
Hello everyone,

The Blood Donation Service of the Swiss Red Cross is coming to our Oerlikon office
again!

When:  Thursday, 23 April 2026, 10:00-15:00
Where: Ground floor, meeting rooms Rigi and Pilatus

Who can donate? Anyone aged 18-75 in good health, weighing at least 50 kg. Please
check the online questionnaire beforehand (travel, recent tattoos, medication).
A donation takes about 45 minutes including the short medical check.

There will be sandwiches and "Schoggi" for all donors. Please book a slot in the
intranet calendar so we can plan the rooms.

Thank you for helping!
Your Health Management Team
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("NORMAL", "en", "internal",
             "trap: blood donation day announcement, medical criteria, no person",
             "Health Management <gesundheit@ch.nordlicht.example>",
             "alle-zuerich@ch.nordlicht.example",
             "Blood donation day 23 April – book your slot",
             "2026-04-01 09:00", body=body)


def m056():
    body = """\
Sehr geehrter Herr Holzer,

wie besprochen haben wir Ihre zwei Fahrzeuge auf Wechselkennzeichen umgestellt:

Polizze:        KH 55 418 203 (Wechselkennzeichen)
Kennzeichen:    S-418 HW
Fahrzeug 1:     Mercedes-Benz Vito 116 CDI, FIN WDF44770513 800 112 (führendes Fzg.)
Fahrzeug 2:     Moto Guzzi V85 TT, FIN ZGULMB000 M M 114 27
Zulassungsbesitzer: Wolfgang Holzer, Schallmooser Hauptstraße 61, 5020 Salzburg
Änderung ab:    15.03.2026

Die Versicherungsbestätigung (elektronisch, Vers.-Best.-Nr. 7 0418 33) ist an die
Zulassungsstelle im Haus übermittelt. Sie können die Zulassung ab morgen in
unserer Geschäftsstelle Salzburg, Rainerstraße, umschreiben lassen – bitte beide
Zulassungsscheine und die Begutachtungsplakette (Pickerl) des Motorrads
mitbringen.

Neue Halbjahresprämie inkl. motorbezogener Versicherungssteuer: EUR 712,40.

Mit freundlichen Grüßen
Florian Wimmer
Kfz-Vertrag
Nordlicht Versicherung AG, Landesdirektion Oberösterreich/Salzburg
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor registration change: named holder, address, VINs, plate, premium",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "w.holzer@webpost.example",
             "Wechselkennzeichen S-418 HW – Bestätigung",
             "2026-03-12 12:07", body=body)


def m057():
    body = """\
Dear Mr Laurent,

Thank you for your question, and of course we treat it confidentially.

Your doctor at the checkpoint clinic has prescribed HIV pre-exposure
prophylaxis (PrEP, emtricitabine/tenofovir disoproxil) for you. Since July 2024
PrEP is reimbursed by the mandatory basic insurance (KVG) when prescribed within
the national PrEP programme, subject to your deductible (franchise) and the
10 % co-payment.

Your supplementary insurance with us (policy 3.505.710.01, "Ambulant Plus")
covers 90 % of the co-payment and of the quarterly laboratory tests (HIV and STI
screening, kidney values) not paid by the basic insurance, up to CHF 1'500 per
calendar year. Please send us the statements (Leistungsabrechnungen) of your
Krankenkasse together with the pharmacy receipts.

We have not forwarded any information to your employer; your collective daily
sickness allowance is a separate contract.

Kind regards

Regula Bosshard
Benefits Supplementary Insurance
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's HIV PrEP prescription and STI testing (sexual health)",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Julien Laurent <j.laurent@limmatmail.example>",
             "Your question about PrEP reimbursement",
             "2026-02-26 10:37", body=body)


def m058():
    body = """\
Liebe Kolleginnen und Kollegen

Per 1. Januar 2026 hat TARDOC zusammen mit den ambulanten Pauschalen den TARMED
abgelöst. Für unsere Leistungsprüfung in den Zusatzversicherungen heisst das:

1. Rechnungen nach TARDOC erkennen wir am Tarifcode 7 (Tarifziffern AA.00.0010
   usw.). TARMED-Rechnungen mit Behandlungsdatum ab 2026 weisen wir an den
   Leistungserbringer zurück.
2. Die ambulanten Pauschalen (z. B. Kataraktoperation, Kniearthroskopie) werden
   wie bisher zuerst von der Grundversicherung geprüft. Wir zahlen nur den
   Anteil, der über die KVG-Pflichtleistung hinausgeht (z. B. Wahl des Operateurs
   bei "Ambulant Plus flex").
3. Die Plausibilitätsregeln im LEA-System für Physiotherapie (Tarif 312) und
   Komplementärmedizin (Tarif 590) sind unverändert.

Eine Übersicht mit Beispielrechnungen (fiktive Patientinnen und Patienten) liegt
im Wiki unter Leistungen > Tarife > TARDOC.

Fragen bitte an die Tarifstelle, Sibylle und ich sind diese Woche zusätzlich
am Mittwochnachmittag in der Sprechstunde.

Freundliche Grüsse
Regula Bosshard
Teamleiterin Leistungen ZV
"""
    return M("NORMAL", "de", "internal",
             "trap: internal tariff note (TARDOC, cataract, physiotherapy), fictitious examples only",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "leistungen-zv@ch.nordlicht.example",
             "TARDOC ab 1.1.2026 – was ändert sich in der Leistungsprüfung",
             "2026-01-05 08:05", body=body)


def m059():
    body = """\
Sehr geehrter Herr Dr. Strobl,

wir beziehen uns auf Ihr Schreiben vom 04.02.2026 namens Ihrer Mandantin, Frau
Ilse Nußbaumer, Eigentümerin der Wohnung Top 5, Gentzgasse 112, 1180 Wien.

Unser Versicherungsnehmer, Herr Mag. Lukas Wurzer (Wohnung Top 8 darüber),
ist bei uns privathaftpflichtversichert (Polizze HH 22 905 117, Schaden
HP-2025-12 4401). Der Wasseraustritt aus der Waschmaschinen-Zuleitung am
18.12.2025 ist unstrittig.

Aufgrund des Gutachtens von Bmst. Ing. Karl Reiter vom 26.01.2026 anerkennen wir
dem Grunde nach die Haftung. Zur Höhe:

  Malerarbeiten Decke/Wände Wohnzimmer, Vorzimmer   EUR 2.870,00
  Trocknung (Fa. Aquatrock, 9 Tage)                  EUR 1.240,00
  Parkettboden Vorzimmer (Zeitwert, 14 Jahre alt)    EUR 1.105,00
  Summe                                              EUR 5.215,00

Die von Ihnen geforderten EUR 9.800,- für einen neuen Parkettboden in der
gesamten Wohnung können wir nicht übernehmen, da laut Gutachten nur das
Vorzimmer betroffen ist. Den Betrag von EUR 5.215,00 überweisen wir nach Erhalt
Ihrer Kontoverbindung (Anderkonto) zur Generalbereinigung.

Mit freundlichen Grüßen

Mag. Herbert Reiter
Haftpflicht-Schaden
Nordlicht Versicherung AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "liability water damage: named policyholder and injured party, addresses, amounts",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "Dr. Markus Strobl <kanzlei@strobl-recht.example>",
             "Ihre Zahl 26/0114 – Nußbaumer / Wurzer, Wasserschaden Gentzgasse",
             "2026-02-17 14:48", body=body)


def m060():
    body = """\
Lieber Stefan,

kannst du mir bitte bei folgendem Fall kurz eine Einschätzung geben, bevor ich
die Kostenübernahme bestätige?

VN/VP: Sabine Reiter, geb. 14.03.1979, KV-AT 7 402 911-2 (Sonderklasse)
Anfrage: Privatklinik Döbling, stationäre Aufnahme zur mikrochirurgischen
Bandscheibenoperation L4/L5 (Nukleotomie), geplant 24.02.2026
Zuweisungsdiagnose: M51.1 Lumbaler Bandscheibenvorfall mit Radikulopathie
MRT LWS vom 29.01.2026: mediolateraler Prolaps L4/5 links mit Kompression der
Nervenwurzel L5, keine Paresen.
Bisher: 6 Wochen Physiotherapie, Schmerztherapie (Ibuprofen 600, Pregabalin),
2 Infiltrationen.

Bei Aufnahme 2021 war "Kreuzschmerzen 2019, ausgeheilt" angegeben, kein
Ausschluss vereinbart. Ich sehe keinen Grund für einen Ausschluss, aber ob die
konservativen Maßnahmen ausreichend ausgeschöpft sind, kann ich nicht
beurteilen. Befunde liegen im Akt.

Danke und LG
Johanna
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "claims clerk asks medical adviser about disc surgery M51.1 of named insured with birth date",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "Dr. Stefan Koller <s.koller@at.nordlicht.example>",
             "Bitte um VA-Stellungnahme: Reiter Sabine, Nukleotomie L4/5",
             "2026-02-09 11:22", body=body)
def m061():
    body = """\
Sehr geehrte Damen und Herren,

für Ihr Unternehmen wurde ein neuer Zugang zum Nordlicht Maklerportal Österreich
angelegt.

Vertragspartner-Nr.:  VP-AT-30418
Benutzername:         wieser.office
Einmal-Passwort:      kT7#pW2q-Lm

Bitte melden Sie sich innerhalb von 72 Stunden unter
https://makler.at.nordlicht.example an. Beim ersten Login werden Sie aufgefordert,
ein eigenes Passwort zu vergeben und eine Sicherheitsfrage festzulegen.
Anschließend kann Ihr Makleradministrator die Bestandsrechte für diesen Benutzer
freischalten.

Sollten Sie diesen Zugang nicht beantragt haben, informieren Sie bitte umgehend
unsere Maklerbetreuung unter +43 1 71 402-600.

Diese E-Mail wurde automatisch erstellt.

Nordlicht Versicherung AG – Direktion für Österreich
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: one-time password for a broker firm's portal user, no customer data",
             "Nordlicht Maklerportal <no-reply@makler.at.nordlicht.example>",
             "office@wieser-versicherungsmakler.example",
             "Ihr neuer Zugang zum Nordlicht Maklerportal",
             "2026-01-12 07:41", body=body,
             headers={"Auto-Submitted": "auto-generated"})


def m062():
    body = """\
Grüezi Frau Kälin

Gerne bestätigen wir Ihnen den Glasbruchschaden an Ihrem Glaskeramik-Kochfeld.

Police:       HR 52.330.781 (Hausrat inkl. Glasbruch Mobiliar)
Schaden-Nr.:  HR-26-01 1184
Adresse:      Dorfstrasse 24, 8834 Schindellegi

Sie können das Kochfeld direkt durch Ihren Elektriker ersetzen lassen. Schicken
Sie uns anschliessend bitte die Rechnung; wir vergüten das Kochfeld inkl. Montage,
ohne Selbstbehalt (Glasbruch).

Freundliche Grüsse
Nadja Tschopp
Kundendienst
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "glass breakage claim of named customer with address and policy",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "priska.kaelin@seepost.example",
             "Glasbruch Kochfeld – Schaden HR-26-01 1184",
             "2026-01-16 13:55", body=body)


def m063():
    body = """\
Sehr geehrter Herr Haider,

Sie haben den Rückkauf Ihrer Er- und Ablebensversicherung beantragt. Wir haben
die Auszahlung wie folgt berechnet:

Polizze:                  LV 18 207 664
Versicherte Person:       Manfred Haider, geb. 23.07.1964
Vertragsbeginn:           01.09.2004, Ablauf 01.09.2029
Rückkaufswert per 01.04.2026:          EUR 41.388,20
zuzüglich Gewinnbeteiligung:           EUR  3.912,74
abzüglich Stornoabzug (2 %):           EUR   -827,76
abzüglich Versicherungssteuer-Nachversteuerung:  EUR 0,00
  (Laufzeit über 15 Jahre, keine Nachversteuerung)
Auszahlungsbetrag:                     EUR 44.473,18

Die Überweisung erfolgt an Ihr Konto AT25 4635 7053 9761 6814 binnen 10
Werktagen nach Eingang der unterschriebenen Rückkaufserklärung (Anhang im
Kundenportal).

Mit dem Rückkauf endet auch der Ablebensschutz von EUR 60.000,-.

Mit freundlichen Grüßen
Elisabeth Url
Leben-Vertragsservice
Nordlicht Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "life policy surrender of named insured with birth date, amounts and IBAN",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "manfred.haider@donaunet.example",
             "Rückkauf Ihrer Lebensversicherung LV 18 207 664",
             "2026-03-24 09:30", body=body)


def m064():
    body = """\
Welcome to Nordlicht online!

Your registration code is: 418 207

Please enter this code on the registration page within 15 minutes to complete
setting up your customer account. You will find your policies in the account
once the registration is confirmed.

Didn't request a code? Then you can ignore this e-mail - nothing will happen.

Your Nordlicht Austria team
https://www.at.nordlicht.example

This message was sent automatically. Please do not reply.
"""
    return M("NORMAL", "en", "insurer-to-customer",
             "trap: registration code mail without name or contract",
             "Nordlicht Austria <no-reply@at.nordlicht.example>",
             "hello.mira@mail.example",
             "Your registration code",
             "2026-02-14 21:17", body=body,
             headers={"Auto-Submitted": "auto-generated"})


def m065():
    body = """\
Dear Nordlicht team,

please find below the decision of the IV office which I received last week. As
discussed with Ms Rochat on the phone, I would like to claim the disability
pension from my life insurance (policy LV-CH 6 118 207, with premium waiver and
disability income CHF 24'000 p.a.).

I copied the main part of the decision (Verfügung) since my scanner is broken:

  IV-Stelle des Kantons Aargau, Verfügung vom 11.02.2026
  Versicherte Person: Daniel Imhof, geb. 08.05.1971, 756.1001.8483.34
  Invaliditätsgrad: 62 %
  Anspruch: Dreiviertelsrente ab 01.09.2025
  Begründung: Gemäss Gutachten der medizinischen Abklärungsstelle besteht
  aufgrund einer chronischen Polyarthritis (seropositive rheumatoide Arthritis)
  mit Befall beider Hände und Füsse seit August 2024 in der angestammten
  Tätigkeit als Schreiner keine Arbeitsfähigkeit mehr; in einer angepassten,
  leichten Tätigkeit besteht eine Arbeitsfähigkeit von 50 %.

I can send the full decision and the medical reports by post if needed.

Best regards
Daniel Imhof
Baden
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "customer",
             "customer forwards disability (IV) decision: rheumatoid arthritis, 62 % invalidity, AHV no.",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "leben-leistung@ch.nordlicht.example",
             "FW: IV decision - disability claim LV-CH 6 118 207",
             "2026-02-23 08:02",
             body="Neuer EU-Leistungsfall, bitte eröffnen. Vollständige Verfügung + Gutachten "
                  "anfordern.\nFabienne\n\n"
                  "From: Daniel Imhof <d.imhof71@bluemail.example>\n"
                  "Sent: Saturday, 21 February 2026 19:44\n"
                  "To: kundendienst@ch.nordlicht.example\n"
                  "Subject: IV decision - disability claim\n\n" + body)


def m066():
    body = """\
Dear Dr. Rauch,

Thank you for sending the survey report. We are pleased to confirm cover for your
sailing yacht from 1 April 2026:

Policy:           YA 3 004 118
Owner:            Dr. Martin Rauch, Seestraße 8, 6900 Bregenz
Vessel:           Bavaria C42, "Föhnwind", hull no. BAV42C118, built 2019
Mooring:          Yachthafen Bregenz, berth B-17 (winter storage on land)
Navigation area:  Lake Constance incl. Rhine to Schaffhausen
Agreed value:     EUR 265,000
Cover:            hull all risks, third-party liability EUR 6 m (incl. water
                  skiing), personal effects EUR 5,000
Deductible:       EUR 1,500 (hull)
Annual premium:   EUR 2,148.60 incl. insurance tax

The third-party liability certificate required by the Lake Constance shipping
regulations (BSO) is attached to your portal mailbox in German and English.

Kind regards

Birgit Strobl
Marine & Yacht
Nordlicht Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "yacht policy of a named owner with address, vessel data, agreed value and premium",
             "Birgit Strobl <b.strobl@at.nordlicht.example>",
             "Dr. Martin Rauch <martin.rauch@seepost.example>",
             "Yacht insurance YA 3 004 118 – cover confirmed",
             "2026-03-19 16:25", body=body)


def m067():
    csv_text = crlf("""\
Bundesland,Kfz-Schäden 2025,davon Wildunfall,davon Hagel,davon Parkschaden,Ø Schadenaufwand EUR
Wien,18204,41,1320,7411,2310
Niederösterreich,22417,3108,2877,6122,2485
Oberösterreich,16902,2244,1980,4871,2402
Steiermark,15388,2610,3412,3960,2544
Tirol,7215,688,402,2288,2290
Kärnten,5911,1017,866,1502,2370
Salzburg,6104,702,511,1920,2280
Vorarlberg,3988,301,227,1317,2210
Burgenland,3102,688,301,708,2460
Gesamt,99231,11399,11896,30099,2400
""")
    body = """\
Hallo Manfred,

wie gewünscht die Kfz-Schadenzahlen 2025 nach Bundesland für die
Pressekonferenz. Wildunfälle in der Steiermark wieder deutlich über Schnitt, der
Hagel vom Juli (Südoststeiermark) ist voll drin.

Personenschäden sind in der Auswertung nicht enthalten, die kommen separat aus
dem Haftpflicht-Reporting.

LG
Christoph
"""
    return M("NORMAL", "de", "internal",
             "trap: aggregated motor claims statistics by federal state, CSV",
             "Christoph Lechner <c.lechner@at.nordlicht.example>",
             "Manfred Eder <m.eder@at.nordlicht.example>",
             "Kfz-Schadenstatistik 2025 nach Bundesland",
             "2026-01-26 17:02", body=body,
             att=[("Kfz_Schaeden_2025_BL.csv", CT_CSV, csv_text)])


def m068():
    body = """\
Dear Anke,

please find below the complaints summary for Nordlicht Austria, Q4 2025, for the
group report.

Line of business        Complaints   upheld   via FMA   via ombudsman*
Motor                        112        41        3           9
Household/Home                87        29        1           6
Legal expenses                54        22        2           4
Health (private)              71        18        4           7
Life/pensions                 49        11        5           3
Accident                      23         7        0           2
Total                        396       128       15          31
* Schlichtungsstelle der Versicherungswirtschaft

Main topics: delays in motor claims settlement after the July hail (resolved),
questions on premium adjustment in private health insurance (+6.9 % from
1 January), and three complaints about rejected cost approvals for private
hospital stays where the hospital was not a contract hospital.

No complaint concerned a data-protection incident. Response time within 14 days:
92 %.

Best regards
Theresa Aigner
Quality & Complaints, Nordlicht Austria
"""
    return M("NORMAL", "en", "internal",
             "trap: aggregated complaints statistics by line, health and life topics in general",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Anke Brodersen <anke.brodersen@nordlicht.example>",
             "Complaints report Austria Q4 2025",
             "2026-01-19 12:12", body=body)


def m069():
    body = """\
Sehr geehrter Herr Koller,

wir haben die Unterlagen zu Ihrem Arbeitsunfall vom 17.06.2025 geprüft
(Unfallversicherung UV 9 118 305, Versicherungssumme für dauernde Invalidität
EUR 120.000,-, Progression 350 %).

Laut abschließendem Gutachten von Dr. Reinhard Mayer, Unfallchirurg, vom
12.02.2026 besteht nach der Teilamputation des rechten Daumens im Grundglied
(Kreissäge) eine dauernde Funktionsbeeinträchtigung.

Bemessung nach der Gliedertaxe (Art. 7 AUVB 2020):
  Verlust des Daumens                           20 %
  Teilverlust im Grundglied, davon 3/4          15 %
Invaliditätsgrad: 15 % (keine Progression unter 25 %)
Leistung: 15 % von EUR 120.000,- = EUR 18.000,-

Die Auszahlung erfolgt auf Ihr bekanntes Konto. Da Sie Rechtshänder und
Tischler sind, haben wir auch geprüft, ob die Berufsklausel greift – diese ist in
Ihrem Tarif nicht vereinbart.

Wenn Sie mit der Bemessung nicht einverstanden sind, können Sie innerhalb von
sechs Monaten die Ärztekommission anrufen.

Mit freundlichen Grüßen
Mag. Johanna Pichler
Leistung Unfall
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident invalidity benefit for partial thumb amputation of a named insured",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "tischlerei.koller@mail.example",
             "Ihr Unfall vom 17.06.2025 – Invaliditätsleistung",
             "2026-03-02 10:48", body=body)


def m070():
    body = """\
Sehr geehrter Herr Novak,

am 14.10.2025 kam es in Linz, Kreuzung Wiener Straße / Dauphinestraße, zu einem
Verkehrsunfall zwischen Ihrem Fahrzeug (Opel Corsa, L-291 NZ) und dem
Fahrzeug unseres Versicherungsnehmers (Skoda Fabia, L-77 TRG).

Laut Unfallbericht der Polizeiinspektion Kleinmünchen und Ihrer eigenen Angabe
im Europäischen Unfallbericht sind Sie bei Rotlicht in die Kreuzung eingefahren.

Wir haben den Schaden am Fahrzeug unseres Versicherungsnehmers aus dessen
Kaskoversicherung bezahlt und fordern den Betrag gemäß § 67 VersVG von Ihnen
bzw. Ihrem Kfz-Haftpflichtversicherer zurück:

  Reparaturkosten lt. Rechnung Autohaus Wimmer    EUR 6.418,90
  Mietwagen 5 Tage                                EUR   310,00
  Gesamt                                          EUR 6.728,90

Da Ihr Haftpflichtversicherer (Pol.-Nr. lt. Unfallbericht 45-117-0823) bisher
nicht reagiert hat, ersuchen wir Sie, den Schaden dort zu melden oder den Betrag
bis 15.02.2026 auf unser Konto zu überweisen.

Mit freundlichen Grüßen
Florian Wimmer
Kfz-Regress
Nordlicht Versicherung AG, Linz
"""
    return M("CONFIDENTIAL", "de", "insurer-to-third-party",
             "motor recourse letter to a named at-fault driver with plates and amounts",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "tomas.novak@donaunet.example",
             "Regressforderung Verkehrsunfall 14.10.2025, Linz",
             "2026-01-21 11:16", body=body)


def m071():
    doc = docx([
        "# Schulungsfall 4 – Berufsunfähigkeit (anonymisiert)",
        "Zielgruppe: Maklerinnen und Makler, BU-Grundkurs Frühjahr 2026",
        "Sachverhalt: Ein 45-jähriger Dachdecker (selbstständig, zwei Angestellte) "
        "schließt 2019 eine BU-Versicherung mit einer Rente von EUR 1.500,- monatlich ab. "
        "Im Antrag gibt er \"gelegentliche Rückenschmerzen, keine Behandlung\" an.",
        "2024 erleidet er einen Bandscheibenvorfall (L5/S1) und kann nicht mehr aufs Dach. "
        "Er stellt einen Leistungsantrag.",
        "Bei der Prüfung zeigt sich: In den Jahren 2017 und 2018 war er insgesamt sieben Mal "
        "beim Orthopäden und hat Physiotherapie erhalten.",
        "# Fragen",
        "1. Liegt eine vorvertragliche Anzeigepflichtverletzung vor (§§ 16 ff VersVG)?",
        "2. Kann er als Selbstständiger auf eine Bürotätigkeit in seinem Betrieb verwiesen werden "
        "(Umorganisation)?",
        "3. Was hätte der Makler bei der Antragsaufnahme anders machen sollen?",
        "# Lösungshinweise",
        "Siehe Folien 22–28. Der Fall ist frei erfunden und aus mehreren Leistungsfällen "
        "zusammengesetzt; Namen, Orte und Daten wurden entfernt.",
    ], title="Schulungsfall 4 BU")
    body = """\
Hallo Birgit,

anbei der überarbeitete Schulungsfall 4 für den BU-Kurs. Ich habe den Sachverhalt
noch einmal vereinfacht und alles entfernt, was auf den echten Ausgangsfall
schließen lassen könnte (Ort, Alter der Kinder, Name der Firma).

Schöne Grüße
Stefan

Dr. Stefan Koller
Leistungsprüfung Leben/BU
"""
    return M("NORMAL", "de", "internal",
             "trap: anonymised disability case study for broker training (DOCX), no identifiable person",
             "Dr. Stefan Koller <s.koller@at.nordlicht.example>",
             "Birgit Strobl <b.strobl@at.nordlicht.example>",
             "Schulungsfall 4 BU – anonymisiert",
             "2026-02-27 15:58", body=body,
             att=[("Schulungsfall_4_BU.docx", CT_DOCX, doc)])


def m072():
    body = """\
Dear Mr Widmer,

Thank you for submitting the application for your client Mr Luca Bernasconi,
born 17/03/1979 (term life insurance, sum insured CHF 750'000, 20 years, for the
mortgage with Zürcher Kantonalbank).

Our underwriting decision, based on the health questionnaire and the medical
examination by Dr. Gisler on 19 February:

  Height / weight:          182 cm / 104 kg (BMI 31.4)
  Blood pressure:           152/96 mmHg (treated: amlodipine 5 mg)
  Smoker:                   yes, approx. 10 cigarettes/day
  Lab:                      HbA1c 6.1 % (prediabetes), LDL 4.2 mmol/l

Decision: acceptance with an extra premium of +75 % on the mortality risk
(smoker tariff). Annual premium: CHF 3'418.20 instead of CHF 1'953.25.

If Mr Bernasconi stops smoking for 12 months (cotinine test), we will review the
surcharge. Please let us know whether your client accepts the offer; it is valid
until 31 March 2026.

Kind regards

Fabienne Rochat
Life Underwriting
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
             "life underwriting decision for a named applicant: BMI, hypertension, smoker, HbA1c",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "Pascal Widmer <p.widmer@widmer-vorsorge.example>",
             "Underwriting decision – Bernasconi Luca, term life",
             "2026-02-27 10:10", body=body)


def m073():
    body = """\
Dear Ms Odermatt,

Thank you for your e-mail and the photos. Your claim under the rental car
deductible cover (Mietwagen-Selbstbehalt, included in your travel insurance
RV 70.118.336) is registered under number RV-26-00412.

Rental:      Sixt, Innsbruck airport, 02.02.-09.02.2026, VW T-Roc, W-512 SX
Damage:      scratch and dent on the rear bumper while parking in Ischgl
Charged by the rental company: EUR 950.00 (deductible)

Please send us:
- the rental agreement
- the damage report signed at the return of the car
- the credit card statement showing the charge of EUR 950.00

We reimburse the deductible in CHF at the exchange rate of the day of the charge.
Payment goes to the account you indicated (ending ...7075 6).

Kind regards
Nadja Tschopp
Customer Service
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "rental-car excess claim of a named customer with policy and claim number (no health content)",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Andrea Odermatt <andrea.odermatt@bluemail.example>",
             "Your rental car claim RV-26-00412",
             "2026-02-13 09:37", body=body)


def m074():
    csv_text = crlf("""\
testcase_id;description;policyholder_name;date_of_birth;iban;policy_no;expected_result
TC-101;valid CH IBAN, new mandate;Max Muster (fiktiv);01.01.1980;CH9300762011623852957;TEST-0000001;accepted
TC-102;valid AT IBAN (registry example);Erika Musterfrau (fiktiv);01.01.1975;AT611904300234573201;TEST-0000002;accepted
TC-103;wrong check digits;Max Muster (fiktiv);01.01.1980;CH9400762011623852957;TEST-0000003;rejected E-IBAN-02
TC-104;LI IBAN with letters;Hans Beispiel (fiktiv);31.12.1999;LI21088100002324013AA;TEST-0000004;accepted
TC-105;missing policy number;Max Muster (fiktiv);01.01.1980;CH9300762011623852957;;rejected E-POL-01
""")
    body = """\
Dear Mr Frey,

as announced, here are the acceptance test cases for the bank-details update
message (BiPRO-style "Änderung Bankverbindung") on our Swiss broker API. All
persons are fictitious and the IBANs are the published example IBANs from the
SWIFT IBAN registry, except TC-103 which has deliberately wrong check digits.

Endpoint (test): https://api-test.ch.nordlicht.example/broker/v2/bankdetails
Your client certificate for the test environment expires on 30 June 2026.

Please run the cases against your broker management software release 11.4 and
send us the response logs.

Best regards
Marco Bernasconi
IT Integration Broker Interfaces
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: API test cases with fictitious persons and published example IBANs (one deliberately wrong)",
             "Marco Bernasconi <marco.bernasconi@ch.nordlicht.example>",
             "Michael Frey <m.frey@brokersoft.example>",
             "Test cases bank details API – release 11.4",
             "2026-03-04 14:14", body=body,
             att=[("testcases_bankdetails_v2.csv", CT_CSV, csv_text)])


def m075():
    body = """\
Liebe Kolleginnen und Kollegen,

auch heuer bieten wir gemeinsam mit unserer Arbeitsmedizinerin eine
Grippeimpfaktion im Haus an.

Wann: Dienstag, 21. und Mittwoch, 22. Oktober 2025, jeweils 9:00–13:00 Uhr
Wo:   Praterstraße 31, 2. Stock, Besprechungsraum "Donau"
Impfstoff: tetravalenter Influenza-Impfstoff (Saison 2025/26)
Kosten: übernimmt Nordlicht

Bitte tragt euch bis 15. Oktober im Intranet (Personal > Gesundheit) für einen
Termin ein und bringt eure e-card und den Impfpass mit. Wer akut krank ist oder
Fieber hat, bitte nicht kommen – es gibt einen Nachtermin im November.

Die Impfung wird im e-Impfpass eingetragen. Nordlicht erfährt nicht, wer sich
impfen lässt; die Anmeldeliste sieht nur das Team der Arbeitsmedizin.

Schöne Grüße
Karin Haider
Facility & Betriebliches Gesundheitsmanagement
"""
    return M("NORMAL", "de", "internal",
             "trap: staff flu vaccination campaign, e-card and vaccination pass, no person",
             "Karin Haider <k.haider@at.nordlicht.example>",
             "alle-wien@at.nordlicht.example",
             "Grippeimpfaktion 21./22. Oktober – jetzt anmelden",
             "2025-10-06 08:30", body=body)
def m076():
    lines = ["**Privatklinik Donaublick GmbH",
             "Kuchelauer Hafenstraße 12, 1190 Wien  |  UID ATU 61840772",
             "",
             "**HONORAR- UND PFLEGEKOSTENRECHNUNG Nr. 2026/00418 – Sonderklasse",
             "Rechnungsempfänger: Nordlicht Versicherung AG, Leistungsservice KV",
             "Kostenübernahmeerklärung: KÜ-2026-0733 vom 21.01.2026",
             "",
             "Patient:       Herr Erwin Pichler, geb. 09.11.1955",
             "SVNR:          8718 091155",
             "Polizze:       KV-AT 7 011 508-6, Sonderklasse Zweibettzimmer",
             "Aufenthalt:    27.01.2026 – 03.02.2026 (7 Pflegetage)",
             "Hauptdiagnose: C61 Bösartige Neubildung der Prostata",
             "Leistung:      Radikale Prostatektomie, roboterassistiert (MEL JJ110)",
             "",
             "Pos  Bezeichnung                                         Betrag EUR",
             "1    Anstaltsgebühr Sonderklasse 7 x 385,00                  2.695,00",
             "2    Operateur Prim. Dr. A. Lechner, Urologie              4.900,00",
             "3    Anästhesie Dr. K. Moser                               1.150,00",
             "4    Roboterzuschlag                                       2.400,00",
             "5    Histologie / Labor                                      612,40",
             "6    Ärztliches Honorar Visiten (Sonderklasse)              1.260,00",
             "     Summe                                                13.017,40",
             "     abzgl. LKF-Ersatz ÖGK (direkt verrechnet)            -5.804,00",
             "     Zahlbetrag                                            7.213,40",
             "",
             "Zahlbar binnen 30 Tagen auf AT72 8699 7099 3228 9450, Privatklinik Donaublick GmbH."]
    body = """\
Hallo Team Zahlungsfreigabe,

Rechnung Donaublick anbei, KÜ liegt vor, passt. Bitte zur Zahlung anweisen.

Danke
J. Pichler
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "hospital",
             "harmless body; scanned clinic invoice only in attachment (octet-stream PDF): prostate cancer C61, SVNR",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "zahlungsfreigabe@at.nordlicht.example",
             "AW: Rechnung 2026/00418",
             "2026-02-11 15:20", body=body,
             att=[("Scan_20260211_151402.pdf", "application/octet-stream",
                   pdf(lines, "Scan", compress=True))])


def m077():
    body = """\
Sehr geehrte Damen und Herren

Gestützt auf Art. 68 Abs. 2 SVG melden wir Ihnen das Aussetzen bzw. Aufhören
der Haftpflichtversicherung für folgendes Fahrzeug:

Halter:           Sibylle Roth, Seefeldstrasse 4, 3600 Thun
Kontrollschild:   BE 512 870
Fahrzeug:         Renault Clio, Stammnummer 612.418.330
Police:           MF 44.388.021
Grund:            Nichtbezahlung der Prämie trotz Mahnung (Art. 20 VVG)
Versicherungsschutz endet: 15.03.2026, 24.00 Uhr

Wir bitten Sie, die erforderlichen Massnahmen (Einzug von Fahrzeugausweis und
Kontrollschildern) zu veranlassen. Die Meldung wurde parallel elektronisch über
das IVZ-System übermittelt.

Freundliche Grüsse

Nadja Tschopp
Inkasso Nicht-Leben
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-authority",
             "notice to road traffic office: named holder's motor cover ends for unpaid premium, plate, address",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "versicherungsmeldungen@sva.be.example",
             "Aussetzungsmeldung Art. 68 SVG – BE 512 870",
             "2026-03-01 10:15", body=body)


def m078():
    doc = odt([
        "Nordlicht Assicurazioni (Svizzera) SA – [TRADUZIONE IN CORSO]",
        "Fragebogen zur Gesundheit – Antrag Spitalzusatzversicherung (Formular ZV-G 04/2026)",
        "Name, Vorname: ____________________   Geburtsdatum: ___.___.______",
        "1. Sind Sie zurzeit in ärztlicher Behandlung oder Kontrolle? [ ] nein [ ] ja, wegen: ______",
        "2. Wurden Sie in den letzten 5 Jahren im Spital behandelt oder operiert? [ ] nein [ ] ja",
        "3. Leiden oder litten Sie an Krankheiten des Herzens, der Lunge, der Wirbelsäule, "
        "an psychischen Erkrankungen, Diabetes oder Krebs? [ ] nein [ ] ja",
        "4. Nehmen Sie regelmässig Medikamente ein? [ ] nein [ ] ja, welche: ______",
        "5. Ist eine Behandlung, Operation oder Kur geplant? [ ] nein [ ] ja",
        "6. Körpergrösse: ____ cm   Gewicht: ____ kg",
        "Ich entbinde die behandelnden Ärztinnen und Ärzte gegenüber der Nordlicht Versicherungen "
        "(Schweiz) AG von der Schweigepflicht, soweit dies zur Prüfung des Antrags nötig ist.",
        "Ort, Datum: ______________   Unterschrift: ______________",
    ])
    body = """\
Dear Ms Pedrazzini,

as agreed on the phone, please translate the attached blank form (health
questionnaire for our hospital supplementary insurance) into Italian for our
customers in Ticino and Graubünden (Italian-speaking valleys).

- Source: German, approx. 260 words
- Please use the terminology of the Italian version of the Swiss KVG/LAMal
  (e.g. "assicurazione complementare", "franchigia")
- Layout: keep the ODT structure, we will typeset it ourselves
- Deadline: 20 March 2026
- Order no.: B-CH-2026-0117, price as per your offer of 2 March

Many thanks and kind regards
Priska Hug
Procurement
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: translation order for a blank health questionnaire (ODT), no person",
             "Priska Hug <priska.hug@ch.nordlicht.example>",
             "Laura Pedrazzini <laura@traduzioni-ticino.example>",
             "Translation order B-CH-2026-0117 – health questionnaire DE>IT",
             "2026-03-06 11:02", body=body,
             att=[("ZV-G_Fragebogen_blanko.odt", CT_ODT, doc)])


def m079():
    inner = inner_mail(
        "Billing Department <billing@clinique-lac-leman.example>",
        "international-claims@ch.nordlicht.example",
        "Invoice 88214 - patient Mr Robert Whitaker",
        "2026-03-18 16:40",
        """\
Dear Sir or Madam,

Please find below the summary of our invoice no. 88214 for your insured.

Patient: Mr Robert Whitaker, DOB 04 July 1961
Policy: INT-CH 9 200 417 (International Health Plan Gold)
Admission: 09.03.2026 - Discharge: 16.03.2026, private room
Diagnosis: acute cholecystitis with gallstones (K80.0); type 2 diabetes (E11.9)
Procedure: laparoscopic cholecystectomy on 10.03.2026

Room and board, 7 days                   CHF  9'450.00
Surgeon's fee (Dr. Favre)                CHF  4'200.00
Anaesthesia                              CHF  1'380.00
Laboratory, imaging (CT abdomen)         CHF  1'912.60
Medication                               CHF    644.35
Total                                    CHF 17'586.95

As agreed in the guarantee of payment of 09.03.2026 we kindly ask you to settle
the invoice within 30 days.

Kind regards
Billing Department
Clinique du Lac Léman, Montreux
""")
    body = """\
Hi Fabienne,

the invoice for Mr Whitaker came in, see the attached mail from the clinic. The
guarantee covered 5 days only - can you check whether the two extra days are
medically justified before we pay? The discharge report is not attached yet.

Thanks
Marco
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "hospital",
             "hospital invoice in forwarded message/rfc822: cholecystectomy, diabetes, DOB of named patient",
             "Marco Bernasconi <marco.bernasconi@ch.nordlicht.example>",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "FW: Invoice 88214 - patient Mr Robert Whitaker",
             "2026-03-19 08:48", body=body, att=[inner])


def m080():
    body = """\
Sehr geehrte Frau Eder,

wir bestätigen die Kündigung Ihrer Haushaltsversicherung (Polizze HH 22 614 380)
aufgrund Ihrer Übersiedlung nach Deutschland zum 31.03.2026.

Bisherige Adresse: Mariahilfer Straße 101/3/14, 1060 Wien
Neue Adresse:      Karlstraße 27, 80333 München

Die bereits bezahlte Prämie für den Zeitraum April bis Juni 2026 in Höhe von
EUR 64,80 erstatten wir anteilig. Bitte teilen Sie uns dafür noch Ihre neue
Bankverbindung mit, falls Ihr österreichisches Konto geschlossen wird.

Für Ihre neue Wohnung in München können wir Ihnen gerne über unsere
Muttergesellschaft in Deutschland ein Angebot machen.

Alles Gute für den Neustart!

Mit freundlichen Grüßen
Theresa Aigner
Kundenservice
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "cancellation of a named customer's household policy with old and new address",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "lisa.eder@mail.example",
             "Kündigung Haushaltsversicherung HH 22 614 380",
             "2026-03-06 14:40", body=body)


def m081():
    body = """\
Liebe Kolleginnen und Kollegen,

derzeit sind wieder gefälschte E-Mails im Umlauf, die angeblich von Nordlicht
stammen. Betreff z. B.:

  "Ihre Prämienrückerstattung 2025 – Bestätigung erforderlich"
  "Ihre Arztrechnung wurde abgelehnt – Unterlagen nachreichen"

Die Mails fordern Kundinnen und Kunden auf, über einen Link ihre e-card-Nummer,
Bankdaten und Arztrechnungen "hochzuladen". Absenderadressen sind z. B.
service@nordlicht-erstattung.example oder leistung@nordIicht.example (mit großem
i statt l!).

Wenn Kunden anrufen:
- Wir fragen NIE per Mail nach Passwörtern, TAN oder der vollständigen IBAN.
- Rechnungen bitte nur über das Kundenportal oder die bekannte Adresse.
- Wer bereits Daten eingegeben hat: Bank verständigen, Passwort ändern, Vorfall
  unter INC-Kategorie "Phishing Kunde" erfassen.

Bitte klickt selbst keine Links an und leitet verdächtige Mails an
phishing@at.nordlicht.example weiter.

Danke!
IT-Security Österreich
"""
    return M("NORMAL", "de", "internal",
             "trap: phishing warning mentioning premium refunds, medical bills, e-card and IBAN, no person",
             "IT-Security Österreich <it-security@at.nordlicht.example>",
             "alle-mitarbeiter@at.nordlicht.example",
             "WARNUNG: Phishing-Mails \"Prämienrückerstattung\" / \"Arztrechnung abgelehnt\"",
             "2026-02-05 10:20", body=body)


def m082():
    ics = crlf("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpine Insurance Forum//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:aif-2026-day1@alpine-forum.example
DTSTAMP:20260120T100000Z
DTSTART;TZID=Europe/Vienna:20260506T083000
DTEND;TZID=Europe/Vienna:20260507T160000
SUMMARY:Alpine Insurance Forum 2026
LOCATION:Congress Innsbruck\\, Rennweg 3\\, 6020 Innsbruck
URL:https://www.alpine-forum.example/2026
END:VEVENT
END:VCALENDAR
""")
    body = """\
Dear colleagues,

FYI - the programme of this year's Alpine Insurance Forum in Innsbruck is out.
We have four places; please tell me by 15 February if you want to go.

Day 1 - 6 May 2026
08:30  Registration
09:00  Keynote: Longevity in the Alps - what 100-year-olds mean for annuity pricing
10:30  Panel: Mental health is the new back pain - disability and sickness
       absence trends in AT, CH and DE
13:30  Workshop: Hail, mudslides, avalanches - NatCat modelling for the Alpine arc
16:00  Regulation update: FMA and FINMA priorities 2026

Day 2 - 7 May 2026
09:00  GenAI in claims handling: reading doctors' reports responsibly
11:00  Case management in daily sickness allowance: lessons from 5,000 cases
14:00  Closing: the future of private health insurance in ageing societies

Calendar entry attached.

Cheers
Christoph
"""
    return M("NORMAL", "en", "internal",
             "trap: conference programme on longevity, mental health, disability; ICS",
             "Christoph Lechner <c.lechner@at.nordlicht.example>",
             "fuehrungskreis-at@at.nordlicht.example",
             "Alpine Insurance Forum 2026 - programme",
             "2026-01-30 13:00", body=body,
             att=[("AIF2026.ics", CT_ICS, ics)])


def m083():
    body = """\
Dear Ms Brunner,

Please accept our sincere condolences on the death of your father, Mr Hans
Brunner.

We have examined the claim under his life insurance policy LV-CH 6 004 219
(term life, sum insured CHF 150'000). According to the death certificate and the
medical certificate of cause of death issued by the Kantonsspital, your father
died on 2 February 2026 of a pulmonary embolism following surgery for a
fractured hip (femoral neck fracture).

As the policy has been in force since 2009, the two-year contestability period
has long expired and no further medical enquiries are necessary.

The beneficiaries are, as designated by your father in 2019:
  Ms Claudia Brunner (daughter), 50 %
  Mr Stefan Brunner (son), 50 %

We will pay CHF 75'000.00 to each beneficiary. Please send us a copy of your
passport or ID card and your bank details (IBAN) on the enclosed form; your
brother will receive the same letter separately.

With kind regards

Fabienne Rochat
Life Claims
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life claim: named deceased with cause of death, beneficiaries and amounts",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "Claudia Brunner <claudia.brunner@seepost.example>",
             "Life insurance LV-CH 6 004 219 – death benefit",
             "2026-02-24 14:12", body=body)


def m084():
    csv_text = crlf("""\
last_name,first_name,date_of_birth,nationality,passport_no,travel_dates,destination
Zimmermann,Jürg,1968-03-14,CH,X8811047,2026-04-12/2026-04-19,Shanghai CN
Rossi,Martina,1991-10-02,IT,YB4427180,2026-04-12/2026-04-19,Shanghai CN
Schmid,Beat,1979-05-27,CH,X7203318,2026-04-12/2026-04-26,Shanghai CN / Shenzhen CN
Keller,Fabienne,1985-12-09,CH,X9164402,2026-04-14/2026-04-19,Shanghai CN
""")
    body = """\
Dear Ms Hartmann,

thank you for the list. We have added the four travellers of Zimmermann
Präzisionstechnik AG to your business travel policy GR 71.200.418 for the trip
to the Intermach fair. The insurance certificates (cancellation, baggage,
assistance) in English and Chinese are available in the employer portal.

Please note: medical costs abroad are NOT part of this policy; your employees
are covered through their own health insurance. For China we recommend checking
that each traveller has adequate travel health cover.

Kind regards
Urs Bachmann
Corporate Clients
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("CONFIDENTIAL", "en", "insurer-to-company",
             "business-travel list (no health cover) of named employees with birth dates and passports, CSV",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "Sonja Hartmann <s.hartmann@zimmermann-praezision.example>",
             "RE: Travellers Intermach Shanghai – policy GR 71.200.418",
             "2026-04-02 10:05", body=body,
             att=[("travellers_shanghai_april.csv", CT_CSV, csv_text)])


def m085():
    body = """\
Geschätzte Brokerpartnerinnen und -partner

Ab dem 1. Mai 2026 rechnen wir die Courtagen nicht mehr quartalsweise, sondern
monatlich ab. Was ändert sich für Sie?

- Die Courtageabrechnung steht jeweils am 5. Arbeitstag des Folgemonats im
  Brokerportal bereit (PDF und CSV, neu auch über die Schnittstelle).
- Stornohaftung: unverändert 24 Monate in Leben, 12 Monate in Kranken-Zusatz.
- Auszahlung auf das bei uns hinterlegte Firmenkonto. Änderungen der
  Bankverbindung bitte nur über den Makleradministrator im Portal.
- Mehrwertsteuer: Courtagen sind weiterhin von der MWST ausgenommen (Art. 21
  Abs. 2 Ziff. 18 MWSTG).

Die Courtagesätze bleiben unverändert. Fragen beantwortet Ihnen gerne Ihre
Brokerbetreuung.

Freundliche Grüsse
Urs Bachmann
Leiter Brokerbetreuung Deutschschweiz
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker circular on commission statements and bank details, no person",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "broker-ch@lists.ch.nordlicht.example",
             "Neu ab Mai: monatliche Courtageabrechnung",
             "2026-03-25 08:00", body=body)


def m086():
    body = """\
Sehr geehrter Herr Wagner,

nach Ihrem Herzinfarkt im Dezember freut es uns zu hören, dass es Ihnen wieder
besser geht.

Für die beantragte stationäre kardiologische Rehabilitation in der
Herz-Kreislauf-Klinik Bad Hall (Phase II) erteilen wir Ihnen folgende
Kostenzusage aus Ihrer Sonderklasse-Polizze KV-AT 7 233 018-5:

Zeitraum:    09.02.2026 – 02.03.2026 (21 Tage)
Grundlage:   Bewilligung der PVA (Rehabilitationsaufenthalt) vom 22.01.2026,
             Zuweisung nach akutem Vorderwandinfarkt (I21.0) mit
             Stentimplantation im LKH am 11.12.2025
Übernahme:   Mehrkosten Sonderklasse (Einbettzimmer) EUR 95,- pro Tag
             = max. EUR 1.995,-

Der Kostenanteil der PVA und der von der PVA vorgeschriebene Zuzahlungsbetrag
(nach Einkommen gestaffelt) sind nicht versichert.

Gute Erholung!

Mit freundlichen Grüßen
Mag. Johanna Pichler
Leistungsservice Krankenversicherung
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "cardiac rehab after heart attack (I21.0) of a named customer, private health cover",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "herbert.wagner@inode-mail.example",
             "Kostenzusage Rehabilitation Bad Hall",
             "2026-01-30 11:55", body=body)


def m087():
    body = """\
Dear Mr Ortner,

Thank you for your e-mail. Unfortunately the payment of your claim (household,
water damage in the bathroom, claim HH-2026-01 0917) was returned by the bank.

The IBAN you gave us,

    AT98 3573 6692 3638 2766

is not valid - the check digits do not match. Probably two digits were swapped.
Could you please check your bank card or online banking and send us the correct
IBAN? The amount of EUR 1,184.50 is ready for payment.

For your security, please do not send us a photo of your bank card; the IBAN
as text is enough.

Kind regards
Theresa Aigner
Claims Service Household
Nordlicht Versicherung AG

> From: Stefan Ortner <s.ortner@alpenmail.example>
> Sent: Monday, 19 January 2026 20:03
> Subject: Re: claim HH-2026-01 0917
>
> Hello, my account is AT98 3573 6692 3638 2766, Stefan Ortner. Please pay there.
> Thank you, Stefan
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "household claim of named customer with his bank account (deliberately invalid IBAN, typo)",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Stefan Ortner <s.ortner@alpenmail.example>",
             "Re: claim HH-2026-01 0917 – please check your IBAN",
             "2026-01-22 09:14", body=body)


def m088():
    body = """\
Planned maintenance - Claims platform LEA (Switzerland)

When:    Saturday, 14 March 2026, 06:00 - 14:00 CET
Impact:  LEA modules "Health benefits (ZV)", "Daily sickness (KTG)" and
         "Accident (UVG)" unavailable; customer portal upload of invoices and
         doctors' certificates remains available, documents will be processed
         after the maintenance.
Reason:  database upgrade (PostgreSQL 16) and new OCR engine for medical
         invoices (TARDOC/TARMED, pharmacy receipts)
Change:  CHG-2026-0912

Please inform your teams. The hotline will have a recorded message.

IT Operations Switzerland
"""
    return M("NORMAL", "en", "internal",
             "trap: IT maintenance notice for health/accident claims modules, no person",
             "IT Operations CH <it-ops@ch.nordlicht.example>",
             "it-info@ch.nordlicht.example",
             "[Planned maintenance] LEA claims platform, Sat 14 March 06:00-14:00",
             "2026-03-09 16:00", body=body)


def m089():
    body = """\
Grüezi Herr Graf

Wir haben vom Betreibungsamt Winterthur-Stadt unten stehende Anfrage erhalten. Es
betrifft unsere Kundin aus dem Wasserschaden Oberer Graben. Kannst du prüfen, ob
die Auszahlung schon raus ist? Falls nicht, müssen wir die Leistung ans
Betreibungsamt überweisen.

Gruss
Daniel Rüegg
Rechtsdienst

-------- Weitergeleitete Nachricht --------
Von: Betreibungsamt Winterthur-Stadt <betreibungsamt@winterthur.example>
Betreff: Pfändungsankündigung / Anzeige an Drittschuldner, Betreibung Nr. 26/01184

Sehr geehrte Damen und Herren

In der Betreibung gegen

  Schuldnerin: Monika Keller-Bühler, geb. 14.11.1972,
               Oberer Graben 12, 8400 Winterthur
  Gläubigerin: Immobilien Eulach AG (Mietzinsausstände)
  Forderung:   Fr. 4'812.35 nebst Zins und Kosten

wurde am 03.03.2026 die Pfändung vollzogen. Gepfändet wurde unter anderem die
Forderung der Schuldnerin gegen Sie aus dem Schadenfall HR-25-11 8804
(Hausratversicherung, Police HR 52.640.229).

Gemäss Art. 99 SchKG dürfen Sie diese Forderung nur noch an das Betreibungsamt
leisten (Konto CH16 0717 1277 8977 6082 4, Vermerk 26/01184).

Betreibungsamt Winterthur-Stadt
"""
    return M("CONFIDENTIAL", "de", "authority",
             "debt-enforcement office garnishes named customer's household claim payout: birth date, debt",
             "Daniel Rüegg <daniel.rueegg@ch.nordlicht.example>",
             "Martin Graf <martin.graf@ch.nordlicht.example>",
             "WG: Pfändungsanzeige Betreibung 26/01184 – Keller-Bühler",
             "2026-03-05 09:40", body=body)


def m090():
    body = """\
Sehr geehrte Damen und Herren

Für meine Klientin Frau Nicole Frei, geb. 25.08.1996, Versicherten-Nr.
3.601.224.03 (Zusatzversicherung "Ambulant Plus"), beantrage ich die
Kostenbeteiligung an der Psychotherapie für die Sitzungen, die über die von der
Grundversicherung übernommenen Leistungen hinausgehen.

Die Psychotherapie erfolgt seit Oktober 2025 im Anordnungsmodell auf ärztliche
Anordnung von Dr. med. Lukas Rüegg (Hausarzt) wegen einer posttraumatischen
Belastungsstörung (F43.1) nach einem Überfall im Juni 2025. Bisher 15 Sitzungen à
60 Minuten; die Krankenkasse übernimmt nach erneuter Anordnung weitere 15
Sitzungen. Frau Frei wünscht zusätzlich eine traumaspezifische Behandlung
(EMDR) in Doppelsitzungen, die die Grundversicherung nicht vollständig deckt.

Geplant: 10 Doppelsitzungen à 90 Minuten, Tarif Fr. 154.80 pro 60 Min.

Ich bitte Sie um eine Kostengutsprache.

Freundliche Grüsse

lic. phil. Miriam Tanner
Eidg. anerkannte Psychotherapeutin
Praxis für Psychotherapie, Seestrasse 61, 8700 Küsnacht
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "therapist",
             "psychotherapist requests cost approval: PTSD F43.1 of a named client with birth date",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Dr. Sibylle Imhof <sibylle.imhof@ch.nordlicht.example>",
             "WG: Gesuch Kostengutsprache Psychotherapie – Frei Nicole",
             "2026-02-18 13:31",
             body="Sibylle, bitte beurteilen (EMDR Doppelsitzungen). Danke, Regula\n\n"
                  "Von: Praxis Tanner <praxis@psychotherapie-tanner.example>\n"
                  "Gesendet: Dienstag, 17. Februar 2026 18:05\n"
                  "An: leistungen-zv@ch.nordlicht.example\n"
                  "Betreff: Gesuch Kostengutsprache Psychotherapie\n\n" + body)
def m091():
    body = """\
PRESSEINFORMATION

Nordlicht Versicherung unterstützt die Bergrettung Tirol mit 120.000 Euro

Innsbruck, 4. Dezember 2025 – Die Nordlicht Versicherung AG verlängert ihre
Partnerschaft mit der Bergrettung Tirol um weitere drei Jahre. Mit jährlich
40.000 Euro werden neue Lawinenverschütteten-Suchgeräte, ein Einsatzfahrzeug
für die Ortsstelle Sölden sowie Erste-Hilfe-Kurse für Tourengeherinnen und
Tourengeher finanziert.

"Jeder zweite Einsatz der Bergrettung betrifft heute Wanderer und Skitourengeher
mit Verletzungen oder Erschöpfung", sagt Landesdirektor Mag. Andreas Hofer.
"Gute Ausrüstung und Ausbildung retten Leben – da investieren wir gern."

Im Winter 2024/25 wurde die Bergrettung Tirol zu 2.941 Einsätzen gerufen, davon
312 Lawinenereignisse. 38 Personen kamen im Tiroler Bergland ums Leben.

Rückfragen:
Veronika Leitner, Unternehmenskommunikation Österreich
T +43 1 71 402-120, presse@at.nordlicht.example
"""
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: press release on mountain rescue sponsorship with accident and fatality statistics",
             "Veronika Leitner <presse@at.nordlicht.example>",
             "redaktion@tirolerpresse.example",
             "Presseinfo: Nordlicht unterstützt Bergrettung Tirol",
             "2025-12-04 09:00", body=body)


def m092():
    body = """\
Liebe Kolleginnen und Kollegen aus Kfz-Schaden und Regress,

zur Info eine aktuelle OGH-Entscheidung, die für unsere Regresspraxis relevant
ist (Zusammenfassung, Volltext im RIS unter 7 Ob 184/25k – fiktive Zitierung für
unser internes Skriptum geändert):

Sachverhalt: Ein Lenker verursachte mit 1,3 Promille einen Auffahrunfall; der
Kfz-Haftpflichtversicherer zahlte den Schaden des Dritten und nahm den Lenker
nach § 5 KHVG iVm Art. 9 AKHB in Regress (EUR 11.000,-).

Entscheidung: Der Regress ist zulässig, auch wenn der Lenker behauptet, der Unfall
wäre auch nüchtern passiert. Der Kausalitätsgegenbeweis muss vom Lenker geführt
werden und ist bei Alkoholisierung über 0,8 Promille in der Regel nicht zu
erbringen. Die Regressgrenze von EUR 11.000,- gilt pro Schadenfall.

Praxis für uns: Bei Alkoholisierung immer Aktenanforderung bei der
Landespolizeidirektion und beim Bezirksgericht (Strafakt) – Regress bis zum
Höchstbetrag einleiten.

Schöne Grüße
Mag. Herbert Reiter
Rechtsabteilung
"""
    return M("NORMAL", "de", "internal",
             "trap: anonymised court decision on drunk driving recourse, no identifiable person",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "kfz-schaden-at@at.nordlicht.example",
             "OGH zu Regress bei Alkoholisierung – Zusammenfassung",
             "2026-01-14 16:35", body=body)


def m093():
    body = """\
Dear Mrs Widmer,

We are sorry to hear about the incident on the walk along the Sihl. Here is our
assessment under your private liability insurance (policy PH 31.445.092):

On 7 March 2026 your dog "Balu" (Bernese mountain dog) bit the dog of
Mr Reto Frei, a Jack Russell terrier named "Pippo", which needed treatment at
the Tierklinik Adliswil: wound care under sedation, sutures on the neck,
antibiotics, two follow-up checks.

Vet invoice (Mr Frei):      CHF 1'286.40
Your liability:             the owner of an animal is liable under Art. 56 CO
                            unless they prove sufficient care; your dog was
                            off the leash in a leash-required zone.

We will therefore pay CHF 1'286.40 directly to Mr Frei (claim PH-26-00771).
Your deductible of CHF 200.- will be invoiced separately.

Nobody was injured, so no further steps are needed from your side.

Kind regards
Nadja Tschopp
Customer Service
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "liability claim: named customer's dog bit a named third party's dog, vet bill (animal health)",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Karin Widmer <karin.widmer@netplus-mail.example>",
             "Your claim PH-26-00771 – dog bite",
             "2026-03-18 10:33", body=body)


def m094():
    body = """\
Dear Ms Fischer,

Thank you for the constructive round table on Tuesday. As agreed, here is the
return-to-work plan for Mr Sandro Lüthi (KTG claim KTG-2025-01933, policy
KTG 60.118.220, Zug Pharma Logistics AG).

Week    Workload   Tasks
16-17   30 %       mornings only, no night shifts, no forklift driving
18-20   50 %       mornings, warehouse coordination
21-24   70 %       full days possible, still no heavy lifting > 10 kg
from 25 100 %      to be confirmed by his orthopaedic surgeon

Below, for your HR file, the relevant part of the medical certificate (the full
report stays with our medical adviser):

  "Arbeitsunfähigkeit 70 % ab 13.04.2026, 50 % ab 27.04.2026, 30 % ab 11.05.2026.
  Zustand nach Spondylodese L4/L5 am 06.01.2026. Keine Lasten über 10 kg,
  kein Staplerfahren bis auf Weiteres.
  Dr. med. P. Ammann, FMH Orthopädische Chirurgie, Baar"

We continue to pay the daily allowance for the remaining incapacity (80 % of the
insured salary).

Freundliche Grüsse / Kind regards
Corinne Wyss
Case Management KTG
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
             "return-to-work plan for named employee with quoted German medical certificate (spinal fusion)",
             "Corinne Wyss <corinne.wyss@ch.nordlicht.example>",
             "Joanne Fischer <j.fischer@zugpharma-logistics.example>",
             "KTG-2025-01933 – return-to-work plan Mr Lüthi",
             "2026-04-09 15:15", body=body)


def m095():
    html = """\
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p><b>Nordlicht Employer Update &ndash; Switzerland &ndash; March 2026</b></p>
<h3>Daily sickness allowance (KTG): why early reporting pays off</h3>
<p>Our analysis of 5,000 closed cases shows: when an absence is reported to us within 30 days, the average duration drops by 23 days. Early case management helps people return to work &ndash; and keeps your premium stable.</p>
<ul>
<li>Report any absence of more than 14 days, even if the waiting period is longer.</li>
<li>Use the new employer portal form &ndash; no medical details needed, the doctor's certificate only shows the percentage of incapacity.</li>
<li>Invite the employee to a short, friendly conversation. Show interest, not control.</li>
</ul>
<h3>Accident insurance (UVG): new maximum insured salary</h3>
<p>From 1 January 2026 the maximum insured earnings remain at CHF 148,200 per year. Please check your payroll declaration.</p>
<p><a href="https://www.ch.nordlicht.example/employers">All employer information</a></p>
<p style="font-size:11px;color:#777">Nordlicht Insurance (Switzerland) Ltd &middot; Thurgauerstrasse 40 &middot; 8050 Zurich</p>
</body></html>
"""
    body = """\
Nordlicht Employer Update - Switzerland - March 2026

Daily sickness allowance (KTG): why early reporting pays off
Our analysis of 5,000 closed cases shows: when an absence is reported to us
within 30 days, the average duration drops by 23 days.

- Report any absence of more than 14 days, even if the waiting period is longer.
- Use the new employer portal form - no medical details needed.
- Invite the employee to a short, friendly conversation.

Accident insurance (UVG): the maximum insured earnings remain at CHF 148,200.

All employer information: https://www.ch.nordlicht.example/employers
"""
    return M("NORMAL", "en", "newsletter",
             "trap: employer newsletter on sickness absence and accident insurance, no person",
             "Nordlicht Employer Update <employers@ch.nordlicht.example>",
             "employer-update@lists.ch.nordlicht.example",
             "Employer Update: early reporting of absences",
             "2026-03-03 07:30", body=body, html=html)


def m096():
    body = """\
Grüezi Frau Imboden

Nach dem Murgang vom 29. Juni 2025 in Saas-Balen hat unser Experte, Herr Kalbermatten,
Ihr Chalet am 4. Juli besichtigt. Hier unsere Abrechnung aus der
Gebäudeversicherung (Police GB 12.418.006, Elementarschadendeckung):

Versicherungsort: Chalet "Arvenblick", Parzelle 1182, 3905 Saas-Balen
Eigentümerin:     Frieda Imboden, Kirchgasse 3, 3930 Visp

Schadenposition                               Betrag
Räumung Geröll/Schlamm Untergeschoss          Fr.  18'400.00
Trocknung und Schimmelsanierung               Fr.  12'870.00
Ersatz Heizung (Pelletkessel)                 Fr.  24'300.00
Bodenbeläge, Innenausbau UG                   Fr.  31'215.50
Total                                         Fr.  86'785.50
Selbstbehalt Elementarschaden (10 %, min. Fr. 2'500.–, max. Fr. 25'000.–)
                                              Fr.  -8'678.55
Entschädigung                                 Fr.  78'106.95

Die Zahlung erfolgt auf Ihr Konto CH72 0743 0007 2968 6762 4.

Freundliche Grüsse
Beat Odermatt
Sachschaden Elementar
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "natural-hazard building claim of named owner with addresses, amounts and IBAN",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "frieda.imboden@bluemail.example",
             "Abrechnung Elementarschaden Chalet Arvenblick",
             "2025-09-15 11:05", body=body)


def m097():
    csv_text = crlf("""\
Personal-Nr;Name;Vorname;AHV-Nr;Geschlecht;Eintritt;Austritt;UVG-Lohn 2025 CHF;Beschäftigungsgrad;NBU versichert
1004;Kälin;Marcel;756.8977.4685.28;M;01.03.2018;;84'500.00;100;ja
1011;Ammann;Petra;756.3375.0681.41;F;15.08.2020;;61'880.00;80;ja
1017;Bosshard;Luca;756.8912.0249.94;M;01.02.2023;30.09.2025;46'200.00;100;ja
1023;Gisler;Nina;756.5510.5721.17;F;01.06.2024;;22'100.00;40;ja
1025;Rüegg;Timo;756.9941.0280.69;M;01.04.2025;;3'900.00;10;nein (<8 Std./Woche)
Total;;;;;;;218'580.00;;
""")
    pdf_lines = ["**Lohndeklaration UVG / UVG-Zusatz 2025",
                 "Versicherungsnehmerin: Schreinerei & Innenausbau Hug GmbH, 6340 Baar",
                 "Police UVG 20.304.118",
                 "",
                 "Summe UVG-Löhne BU/NBU:                CHF 218'580.00",
                 "davon NBU-pflichtig:                   CHF 214'680.00",
                 "Höchstbetrag versicherter Verdienst:   CHF 148'200.00 pro Person",
                 "",
                 "Die Angaben pro Person sind in der beiliegenden Liste enthalten.",
                 "Baar, 20.01.2026   Unterschrift: Priska Hug, Geschäftsführerin"]
    body = """\
Grüezi Herr Odermatt

Anbei unsere Lohndeklaration 2025 für die Unfallversicherung. Die
Personalliste ist im ZIP, wie Sie es wollten.

Freundliche Grüsse
Priska Hug
Schreinerei & Innenausbau Hug GmbH
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "company",
             "UVG (accident line) payroll declaration with named employees, AHV nos. and salaries, inside ZIP",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "uvg-praemien@ch.nordlicht.example",
             "WG: Lohndeklaration UVG 2025 – Hug GmbH",
             "2026-01-21 08:12",
             body="Zur Verarbeitung, bitte Prämienabrechnung 2025 erstellen.\nBeat\n\n"
                  "-----Ursprüngliche Nachricht-----\n"
                  "Von: Schreinerei Hug <buero@schreinerei-hug.example>\n"
                  "Gesendet: Dienstag, 20. Januar 2026 17:44\n\n" + body,
             att=[("Lohndeklaration_2025_Hug.zip", CT_ZIP,
                   zipfile_of([("Lohndeklaration_2025.pdf", pdf(pdf_lines, "Lohndeklaration 2025")),
                               ("Personalliste_UVG_2025.csv", csv_text.encode("cp1252"))]))])


def m098():
    body = """\
Guten Tag,

in Ihrem Nordlicht-Postfach ist eine neue Nachricht für Sie eingelangt.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich
unter https://securemail.at.nordlicht.example an, um die Nachricht zu lesen.

Ihre Nordlicht Versicherung AG

Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden
nicht gelesen.
"""
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: portal notification without content",
             "Nordlicht SecureMail <no-reply@securemail.at.nordlicht.example>",
             "g.brunner@donaunet.example",
             "Neue Nachricht in Ihrem Nordlicht-Postfach",
             "2026-01-27 10:06", body=body,
             headers={"Auto-Submitted": "auto-generated"})


def m099():
    body = """\
Liebe Kolleginnen und Kollegen

Unser Ruedi Zürcher feiert am 1. April sein 25-Jahr-Dienstjubiläum bei Nordlicht –
ja, er hat damals noch bei der alten "Zürcher Vorsorge" angefangen, bevor Nordlicht
sie übernommen hat.

Wir wollen das mit einem kleinen Apéro feiern:

Donnerstag, 2. April 2026, ab 16.30 Uhr, Cafeteria 1. OG

Für Wein und Häppchen ist gesorgt. Wer etwas an das Geschenk beitragen will
(Gutschein für eine Fahrt mit der Rigibahn plus Nachtessen), findet die Kasse
bei mir am Platz oder per TWINT.

Bitte nichts verraten!

Liebe Grüsse
Yvonne
"""
    return M("NORMAL", "de", "internal",
             "organisational mail naming a colleague's service anniversary, no sensitive data",
             "Yvonne Kälin <yvonne.kaelin@ch.nordlicht.example>",
             "team-motorfahrzeug@ch.nordlicht.example",
             "Psst – Apéro für Ruedi am 2. April",
             "2026-03-23 11:30", body=body)


def m100():
    body = """\
Dear Ms Haas,

Thanks for sending the European accident statement and the photos. I've
registered your claim as follows:

Claim no.:      KFZ-2026-03 1142
Your policy:    KH 55 830 227 (motor liability + comprehensive)
Your car:       Hyundai Kona Electric, W-30917 L
Other party:    Mr Gerhard Strobl, VW Golf, W-44 810 C, insured with
                Wiener Allgemeine (policy no. on the statement)
Date/place:     06.03.2026, 08:15, Wiedner Hauptstraße / Mühlgasse, 1040 Wien
Circumstances:  the other car changed lanes without indicating (box 15 ticked
                by Mr Strobl, signed by both drivers)
Injuries:       none

Since the other driver admitted fault, please have the damage repaired and send
the invoice to his insurer. If you prefer, we can settle under your
comprehensive cover first and recover the money ourselves - then the EUR 300
deductible applies until we have recovered it.

Kind regards

Florian Wimmer
Motor Claims
Nordlicht Versicherung AG
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "motor accident of named customer and other named driver, plates, no injuries",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "Sophie Haas <sophie.haas@mail.example>",
             "Your accident on 6 March – claim KFZ-2026-03 1142",
             "2026-03-09 12:40", body=body)


def m101():
    body = """\
Dear Ms Jansen,

We would like to offer you the following case for facultative reinsurance, as it
exceeds our retention of CHF 2 million:

Life assured:     Mr Philipp von Arx, born 30.11.1966, Küsnacht ZH
Occupation:       CEO, industrial holding (no hazardous activities)
Cover:            term life, CHF 6'000'000, 15 years, key-person cover,
                  policyholder: Arx Industrie Holding AG
Our retention:    CHF 2'000'000 - we offer CHF 4'000'000 to you

Medical evidence (full file in the secure data room):
- Type 2 diabetes since 2019, on metformin 1000 mg bid; HbA1c 7.2 % (Jan 2026)
- Hypertension, treated (valsartan/HCT), BP 138/86
- BMI 29.8; non-smoker (cotinine negative)
- Stress ECG and echocardiography normal; eGFR 78
- Father died of myocardial infarction at age 61

Our proposed rating: +100 % extra mortality. Please let us have your decision
by 20 March; the policyholder needs cover in place for a bank covenant by
1 April.

Kind regards

Fabienne Rochat
Life Underwriting
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "facultative reinsurance submission with a named life assured's diabetes and family history",
             "Fabienne Rochat <fabienne.rochat@ch.nordlicht.example>",
             "Ellen Jansen <e.jansen@helvetic-re.example>",
             "Facultative offer – von Arx, term life CHF 6m",
             "2026-03-10 09:55", body=body)


def m102():
    body = """\
Dear colleagues,

Please find our contribution to the association's accident statistics 2025
(UVG and UVG supplementary, Nordlicht Switzerland only).

Non-occupational accidents by cause            Cases     Share
Sports and games                               3'912     32.6 %
  of which skiing/snowboarding                 1'208     10.1 %
  of which football                              744      6.2 %
Home and garden                                3'214     26.8 %
Road traffic                                   1'588     13.2 %
Walking, falls on the way                      2'401     20.0 %
Other                                            887      7.4 %
Total NBU                                     12'002    100.0 %

Occupational accidents                         5'388
Occupational diseases (e.g. noise-induced
hearing loss, skin diseases)                       41
Fatal accidents                                     9

Figures are counts of new claims registered in 2025. We do not report cells
with fewer than 5 cases by canton, so the canton breakdown is attached only at
language-region level.

Best regards
Silvan Egli
Actuarial & Statistics
"""
    html = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>UVG 2025 by language region</title></head>
<body>
<table border="1" cellpadding="3">
<caption>Nordlicht Switzerland - new UVG claims 2025 by language region</caption>
<tr><th>Region</th><th>Occupational</th><th>Non-occupational</th><th>Occupational diseases</th></tr>
<tr><td>German-speaking</td><td>4'102</td><td>9'218</td><td>33</td></tr>
<tr><td>French-speaking</td><td>1'011</td><td>2'204</td><td>6</td></tr>
<tr><td>Italian-speaking</td><td>275</td><td>580</td><td>&lt;5</td></tr>
<tr><td>Total</td><td>5'388</td><td>12'002</td><td>41</td></tr>
</table>
</body></html>
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated accident statistics for the insurance association, incl. fatalities count",
             "Silvan Egli <silvan.egli@ch.nordlicht.example>",
             "statistik@versicherungsverband.example",
             "UVG statistics 2025 – Nordlicht Switzerland",
             "2026-02-12 14:20", body=body,
             att=[("UVG_2025_language_regions.html", CT_HTML, html)])


def m103():
    body = """\
Grüezi Frau Steiner

Herzliche Gratulation zur Hochzeit! Wir haben die Änderungen in Ihren Verträgen
erfasst:

Bisher:  Anja Zürcher, Bahnhofstrasse 14, 5400 Baden
Neu:     Anja Steiner (geb. Zürcher), Weiherweg 9, 5415 Nussbaumen
Gültig:  ab 01.05.2026

Betroffene Policen:
- Hausrat HR 52.118.930 – neu Versicherungssumme Fr. 120'000.– (gemeinsamer
  Haushalt), Prämie neu Fr. 412.60 pro Jahr
- Privathaftpflicht PH 31.771.208 – umgestellt auf "Paar", Ihr Ehemann Reto
  Steiner ist mitversichert

Die angepassten Policen erhalten Sie in den nächsten Tagen per Post. Die
Privathaftpflicht Ihres Mannes bei einer anderen Gesellschaft kann er per
Heiratsdatum kündigen.

Freundliche Grüsse
Nadja Tschopp
Kundendienst
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "name change after marriage: maiden name, old/new address, spouse, household policies",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "anja.steiner@limmatmail.example",
             "Namens- und Adressänderung – Ihre Policen",
             "2026-04-16 10:20", body=body)


def m104():
    doc = docx([
        "# Gutachtenauftrag – Berufsunfähigkeit",
        "Auftraggeber: Nordlicht Versicherung AG, Leistungsprüfung Leben/BU, Dr. Stefan Koller",
        "Gutachter: Univ.-Prof. Dr. Wolfgang Eder, Facharzt für Psychiatrie, Wien",
        "Versicherte Person: Andreas Moser, geb. 02.08.1991, Projektleiter Anlagenbau",
        "Polizze: BU 5 118 404 (BU-Rente EUR 2.000,- monatlich), Leistungsantrag 2025/1187",
        "# Fragestellung",
        "1. Welche Diagnosen liegen vor (ICD-10)? Bekannt: F33.1, Z73.0, G47.0 lt. Befund Dr. Lechner.",
        "2. In welchem Ausmaß ist der Versicherte in seinem zuletzt ausgeübten Beruf beeinträchtigt?",
        "3. Seit wann besteht eine BU von mindestens 50 % und wie lange wird sie voraussichtlich "
        "andauern (mind. 6 Monate)?",
        "4. Sind Behandlungsmöglichkeiten ausgeschöpft (stationär, medikamentös, Psychotherapie)?",
        "5. Ergeben sich Hinweise auf vorvertragliche Erkrankungen (Antrag 03/2020)?",
        "Termin für Begutachtung: 24.03.2026, 9:00 Uhr, Ordination Prof. Eder.",
    ], title="Gutachtenauftrag BU 2025-1187")
    lines = ["**Dr. med. univ. Barbara Lechner – Fachärztin für Psychiatrie",
             "Herrengasse 9, 8010 Graz",
             "",
             "Befundbericht vom 14.01.2026",
             "Patient: Andreas Moser, geb. 02.08.1991",
             "Diagnosen: F33.1 rezidivierende depressive Störung, mittelgradige Episode;",
             "           Z73.0 Burn-out; G47.0 Ein- und Durchschlafstörung",
             "Stationär 04.11.-16.12.2025, psychosomatische Abteilung.",
             "Medikation: Sertralin 100 mg 1-0-0, Quetiapin 25 mg 0-0-1.",
             "Derzeit 100 % berufsunfähig als Projektleiter."]
    body = """\
Sehr geehrter Herr Professor Eder,

wie telefonisch vereinbart übersende ich Ihnen den Gutachtenauftrag samt
Vorbefund gesammelt im ZIP-Archiv.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Dr. Stefan Koller
Leistungsprüfung Leben/BU
Nordlicht Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "harmless body; ZIP with expert-opinion order and psychiatric report (F33.1) of a named insured",
             "Dr. Stefan Koller <s.koller@at.nordlicht.example>",
             "ordination@prof-eder-psychiatrie.example",
             "Gutachtenauftrag BU 2025/1187",
             "2026-03-04 10:30", body=body,
             att=[("BU_2025-1187_Unterlagen.zip", CT_ZIP,
                   zipfile_of([("Gutachtenauftrag.docx", doc),
                               ("Befund_Lechner_20260114.pdf", pdf(lines, "Befund"))]))])


def m105():
    lines = ["**Nordlicht Versicherung AG – Unfallversicherung",
             "**Gliedertaxe gemäß AUVB 2020, Artikel 7",
             "",
             "Bei völligem Verlust oder völliger Funktionsunfähigkeit gelten folgende Invaliditätsgrade:",
             "",
             "eines Armes ab Schultergelenk                       70 %",
             "eines Armes bis oberhalb des Ellbogengelenks        65 %",
             "einer Hand im Handgelenk                            55 %",
             "eines Daumens                                       20 %",
             "eines Zeigefingers                                  10 %",
             "eines anderen Fingers                                5 %",
             "eines Beines über der Mitte des Oberschenkels       70 %",
             "eines Beines bis unterhalb des Knies                50 %",
             "eines Fußes im Sprunggelenk                         40 %",
             "einer großen Zehe                                    5 %",
             "der Sehkraft beider Augen                          100 %",
             "der Sehkraft eines Auges                            35 %",
             "des Gehörs beider Ohren                             60 %",
             "des Gehörs eines Ohres                              15 %",
             "des Geruchssinns                                    10 %",
             "des Geschmackssinns                                  5 %",
             "",
             "Bei Teilverlust oder teilweiser Funktionsbeeinträchtigung gilt der entsprechende Teil.",
             "Progression 350 %: Invaliditätsgrade über 25 % werden überproportional geleistet.",
             "Beispiel: 50 % Invalidität bei Versicherungssumme EUR 100.000,- = EUR 125.000,-"]
    body = """\
Liebe Maklerinnen und Makler,

wie beim Stammtisch versprochen, hier die Gliedertaxe unserer
Unfallversicherung nach AUVB 2020 als PDF zum Weitergeben an Ihre Kunden.

Beste Grüße
Birgit Strobl
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: accident product information with limb-loss percentages (PDF), no person",
             "Birgit Strobl <b.strobl@at.nordlicht.example>",
             "makler-salzburg@lists.at.nordlicht.example",
             "Gliedertaxe Unfall – Übersicht zum Weitergeben",
             "2026-03-16 09:15", body=body,
             att=[("Gliedertaxe_AUVB2020.pdf", CT_PDF, pdf(lines, "Gliedertaxe AUVB 2020"))])
def m106():
    body = """\
Hallo zusammen,

anbei die Kurzfassung der Datenschutz-Folgenabschätzung (DSFA) für die neue
Funktion "Rechnung fotografieren" in der Nordlicht-App Österreich. Die
Langfassung liegt im Datenschutz-Teamroom.

Verarbeitung: Kundinnen und Kunden fotografieren Arzt-, Spitals- und
Apothekenrechnungen; OCR liest Leistungserbringer, Datum, Betrag und – soweit
vorhanden – Diagnosen bzw. ICD-Codes aus.

Risiken (Auszug):
- R1 Gesundheitsdaten (Art. 9 DSGVO) werden auf dem Endgerät zwischengespeichert
  -> Maßnahme: Speicherung nur im verschlüsselten App-Container, Löschung nach
  Upload
- R2 OCR-Dienstleister in der Cloud -> Maßnahme: Verarbeitung ausschließlich in
  EU-Rechenzentrum, AV-Vertrag, keine Nutzung zu Trainingszwecken
- R3 Fehlzuordnung zu falscher versicherter Person (Familienpolizze) ->
  Maßnahme: Auswahl der Person vor dem Foto verpflichtend

Ergebnis: Restrisiko vertretbar, keine Konsultation der Datenschutzbehörde
erforderlich. Freigabe durch DSB am 16.02.2026.

Viele Grüße
Anke Brodersen
Konzerndatenschutz
"""
    return M("NORMAL", "de", "internal",
             "trap: DPIA summary on photographing medical invoices, no person",
             "Anke Brodersen <anke.brodersen@nordlicht.example>",
             "app-projekt-at@at.nordlicht.example",
             "DSFA \"Rechnung fotografieren\" – Kurzfassung",
             "2026-02-17 09:48", body=body)


def m107():
    html = """\
<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Frau Mag. Pölzl,</p>
<p>wie vereinbart übergeben wir Ihnen folgende Kfz-Prämienforderungen zur Betreibung.
Alle Versicherungsnehmer wurden zweimal gemahnt (§ 39 VersVG); die Verträge sind gekündigt.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>Polizze</th><th>Versicherungsnehmer</th><th>Adresse</th><th>Geb.-Datum</th><th>Kennzeichen</th><th>offen EUR</th></tr>
<tr><td>KH 55 102 774</td><td>Dragan Petrović</td><td>Quellenstraße 88/4, 1100 Wien</td><td>12.05.1988</td><td>W-71204 K</td><td>684,20</td></tr>
<tr><td>KH 55 318 009</td><td>Melanie Hofbauer</td><td>Hauptplatz 2, 3580 Horn</td><td>30.01.1996</td><td>HO-318 MH</td><td>412,90</td></tr>
<tr><td>KH 55 440 621</td><td>Kevin Lang</td><td>Laxenburger Straße 15, 2340 Mödling</td><td>08.08.2001</td><td>MD-5 KLA</td><td>1.108,60</td></tr>
<tr><td colspan="5"><b>Summe</b></td><td><b>2.205,70</b></td></tr>
</table>
<p>Die Mahnschreiben und Kündigungen stellen wir Ihnen über den Datenraum bereit.
Bitte bestätigen Sie die Übernahme.</p>
<p>Mit freundlichen Grüßen<br>Theresa Aigner<br>Inkasso<br>Nordlicht Versicherung AG</p>
</body></html>
"""
    return M("CONFIDENTIAL", "de", "insurer-to-supplier",
             "HTML-only table handing named debtors (birth dates, plates, debts) to a collection agency",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Mag. Verena Pölzl <v.poelzl@inkasso-donau.example>",
             "Übergabe Kfz-Prämienforderungen 03/2026",
             "2026-03-27 13:25", html=html)


def m108():
    body = """\
Sehr geehrter Herr Lechner,

wir bestätigen Ihnen die Kostenübernahme aus Ihrer Krankenversicherung
(Polizze KV-AT 7 150 662-4, Sonderklasse Einbettzimmer) für den geplanten
stationären Aufenthalt:

Einrichtung:  Privatklinik Wienerwald, Abteilung für Abhängigkeitserkrankungen
Zeitraum:     ab 02.03.2026, voraussichtlich 6 Wochen
Behandlung:   qualifizierter Alkoholentzug mit anschließender
              Entwöhnungsbehandlung (F10.2)
Zuweisung:    Dr. Martina Aigner, Allgemeinmedizin, 3400 Klosterneuburg

Bitte beachten Sie: Nach unseren Versicherungsbedingungen (Art. 5.3) sind
Entwöhnungsbehandlungen einmal innerhalb von 5 Jahren versichert. Die Kosten der
allgemeinen Klasse werden direkt mit der ÖGK verrechnet.

Wir wünschen Ihnen viel Kraft für die Behandlung. Ihre Daten behandeln wir
selbstverständlich streng vertraulich; Ihr Dienstgeber erfährt von uns nichts.

Mit freundlichen Grüßen
Mag. Johanna Pichler
Leistungsservice Krankenversicherung
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "alcohol withdrawal and addiction treatment (F10.2) of a named customer",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "r.lechner@inode-mail.example",
             "Kostenübernahme stationärer Aufenthalt ab 02.03.2026",
             "2026-02-24 16:02", body=body)


def m109():
    body = """\
Hi Jan-Hendrik,

short update on the diagnosis code mapping for Austria:

In Österreich wird nicht ICD-10-GM verwendet, sondern die ICD-10 BMSGPK
(Version 2026), die für die LKF-Abrechnung der Spitäler verbindlich ist. The
codes are mostly identical with WHO ICD-10, but there are differences in the
5th digit and some national extensions (e.g. U-codes).

Consequences for the claims system:
1. Our plausibility rules currently validate against ICD-10-GM 2026 from the
   group catalogue -> ca. 310 Austrian codes are flagged as "invalid".
2. Also, Austrian hospital invoices use the MEL (Medizinische Einzelleistungen)
   catalogue instead of OPS for procedures.

Vorschlag: we load the ICD-10 BMSGPK 2026 and the MEL catalogue 2026 as separate
code tables with a country flag. Mapping table attached in the Jira ticket
CLM-4471 (only code lists, no claims data).

LG aus Wien
Lukas
"""
    return M("NORMAL", "mixed", "internal",
             "trap: code-catalogue note (ICD-10 BMSGPK, MEL vs OPS), no claims data",
             "Lukas Hofer <l.hofer@at.nordlicht.example>",
             "Jan-Hendrik Petersen <jan-hendrik.petersen@nordlicht.example>",
             "ICD-10 BMSGPK / MEL mapping for AT – CLM-4471",
             "2026-01-23 10:12", body=body)


def m110():
    body = """\
Sehr geehrter Herr Moser,

danke für die Übermittlung der Strafverfügung der Bezirkshauptmannschaft
Vöcklabruck vom 19.01.2026 (GZ VerkR96-4418-2025).

Vorwurf: Überschreitung der erlaubten Höchstgeschwindigkeit auf der A1 bei
km 242 um 38 km/h (Radarmessung 02.12.2025, 14:22 Uhr), Kennzeichen VB-410 AM,
Geldstrafe EUR 300,-.

Aus Ihrer Verkehrs-Rechtsschutzversicherung (Polizze RS 40 502 771) übernehmen
wir die Kosten für einen Einspruch bzw. ein Verfahren vor der Behörde und dem
Landesverwaltungsgericht Oberösterreich. Die Geldstrafe selbst ist nicht
versichert.

Da Sie angeben, zum Tatzeitpunkt nicht selbst gefahren zu sein, empfehlen wir
Ihnen, innerhalb von zwei Wochen ab Zustellung Einspruch zu erheben. Als
Rechtsanwalt haben Sie Mag. Georg Leitner in Gmunden genannt; bitte leiten Sie
ihm diese Deckungszusage weiter.

Mit freundlichen Grüßen
Mag. Herbert Reiter
Rechtsschutz-Schaden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses for a named customer's speeding fine (administrative), plate, case no.",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "a.moser@webpost.example",
             "Deckungszusage Verkehrsrechtsschutz – Strafverfügung BH Vöcklabruck",
             "2026-01-26 15:40", body=body)


def m111():
    body = """\
Dear Ms Graf,

we have reimbursed the travel vaccinations for your trip to Tanzania from your
supplementary insurance "Ambulant Plus" (policy 3.220.415.01):

  19.01.2026  Yellow fever (Stamaril), travel clinic Zurich   CHF 98.00
  19.01.2026  Typhoid (oral, Vivotif)                         CHF 62.40
  19.01.2026  Consultation and vaccination certificate        CHF 45.00
  02.02.2026  Malaria prophylaxis (atovaquone/proguanil),
              pharmacy                                        CHF 84.90
  Total                                                       CHF 290.30
  Our share (90 %)                                            CHF 261.27

The amount has been paid to your account. Have a great trip!

Kind regards
Regula Bosshard
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's travel vaccinations and malaria prophylaxis reimbursed",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "Nina Graf <nina.graf@seepost.example>",
             "Reimbursement travel vaccinations",
             "2026-02-09 11:11", body=body)


def m112():
    body = """\
Hi all,

The Ombudsman of Private Insurance and Suva published its annual report 2025
today. Key points relevant to us:

- 4,912 cases in total (+6 %), of which 38 % health supplementary insurance,
  17 % daily sickness allowance, 11 % motor.
- Main topics in health: rejected cost approvals for semi-private stays in
  non-contract hospitals, and reservations (exclusions) for pre-existing
  conditions applied after the application.
- In daily sickness allowance the ombudsman again criticises insurers that stop
  payments based on a file review by the medical adviser without examining the
  person.
- Nordlicht had 41 cases (prior year 47); in 12 the ombudsman recommended a
  revision of our decision, we followed 10 of them.

Report: https://www.ombudsman-assurance.example/report2025 (German/French only).

I will present the details at the benefits management meeting on 28 April.

Best
Daniel
"""
    return M("NORMAL", "en", "internal",
             "trap: summary of ombudsman annual report with health and sickness topics, aggregates only",
             "Daniel Rüegg <daniel.rueegg@ch.nordlicht.example>",
             "management-ch@ch.nordlicht.example",
             "Ombudsman annual report 2025 – summary",
             "2026-04-15 17:20", body=body)


def m113():
    body = """\
Hoi Stefan

Anbei deine Courtageabrechnung Q1/2026. Sorry for the delay – our new commission
system had a problem with sole traders. Please check the bank details below, da
du ja als Einzelfirma abgerechnet wirst:

Broker:            Stefan Gerber, Versicherungsberatung Gerber (Einzelfirma)
Registered FINMA:  Vermittler-Reg.-Nr. 30 418 277
UID:               CHE-418.207.664 (nicht MWST-pflichtig)
Bank:              CH65 0289 0673 3436 8856 0 (Stefan Gerber, Thun)

Courtage Q1/2026
  Abschlusscourtage Leben           Fr.  4'812.00
  Abschlusscourtage Nicht-Leben     Fr.  1'206.40
  Bestandespflege                   Fr.    918.75
  Storno-Belastung (Police 44.12)   Fr.   -640.00
  Auszahlung                        Fr.  6'297.15

Payment will be made on 15 April. If anything is wrong, just let me know.

Liebe Grüsse
Urs
"""
    return M("CONFIDENTIAL", "mixed", "insurer-to-broker",
             "sole-trader broker's commission statement with his IBAN, UID and income",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "Stefan Gerber <stefan@gerber-beratung.example>",
             "Courtageabrechnung Q1/2026 – Gerber",
             "2026-04-10 10:22", body=body)


def m114():
    body = """\
Grüezi Herr Hug

Wir haben Ihre Apothekenbelege (Rückforderungsbelege Topapotheke Bern) aus
Ihrer Zusatzversicherung "Ambulant Plus" (Vers.-Nr. 3.441.018.02) wie folgt
abgerechnet:

Datum       Präparat                                    Betrag     Vergütung
05.01.2026  Sertralin Mepha 50 mg, 98 Tbl.             Fr. 58.35  Listenmedikament, KVG
05.01.2026  Mirtazapin 15 mg, 30 Tbl.                  Fr. 21.60  Listenmedikament, KVG
19.01.2026  Johanniskraut-Präparat (Hyperiplant)       Fr. 34.90  Fr. 31.41 (90 %)
02.02.2026  Melatonin 2 mg retard (Circadin), 30 Tbl.  Fr. 39.80  Fr. 35.82 (90 %)

Die Listenmedikamente (Spezialitätenliste) werden von Ihrer Krankenkasse über
die Grundversicherung vergütet; bitte reichen Sie diese Belege dort ein.

Hinweis: Johanniskraut und Sertralin sollten nicht zusammen eingenommen werden
– bitte besprechen Sie das mit Ihrem Arzt oder Ihrer Apotheke.

Auszahlung: Fr. 67.23 auf Ihr Konto.

Freundliche Grüsse
Regula Bosshard
Leistungen Zusatzversicherungen
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "base64-encoded body: named customer's antidepressants and sleep medication",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "thomas.hug@netplus-mail.example",
             "Abrechnung Apothekenbelege Januar/Februar",
             "2026-02-13 14:50", body=body, cte="base64")


def m115():
    html = """\
<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<div style="max-width:640px;margin:0 auto">
<p style="background:#0b3d5c;color:#fff;padding:12px">Nordlicht Firmenkunden Österreich</p>
<p>Sehr geehrte Personalverantwortliche,</p>
<p>psychische Belastungen sind mittlerweile die zweithäufigste Ursache für lange Krankenstände in Österreich. Im Durchschnitt dauert ein Krankenstand wegen psychischer Erkrankung 35 Tage &ndash; dreimal so lange wie der Durchschnitt aller Krankenstände.</p>
<p><b>Webinar: Betriebliche Gesundheitsförderung, die wirkt</b><br>
Mittwoch, 22. April 2026, 10:00&ndash;11:30 Uhr, online</p>
<ul>
<li>Evaluierung psychischer Belastungen nach ASchG &ndash; so geht&rsquo;s in der Praxis</li>
<li>Wiedereingliederungsteilzeit: Erfahrungen aus 120 Betrieben</li>
<li>Betriebliche Krankenversicherung als Benefit: Gruppentarife ohne Gesundheitsprüfung ab 10 Mitarbeitenden</li>
</ul>
<p>Referentinnen: Mag. Sabine Wimmer (Arbeitspsychologin), Elisabeth Url (Nordlicht Betriebliche Vorsorge)</p>
<p><a href="https://www.at.nordlicht.example/firmen/webinar-bgf">Jetzt kostenlos anmelden</a></p>
<p style="font-size:11px;color:#888">Nordlicht Versicherung AG, Praterstraße 31, 1020 Wien &middot; <a href="https://www.at.nordlicht.example/newsletter/abmelden">Abmelden</a></p>
</div></body></html>
"""
    return M("NORMAL", "de", "newsletter",
             "trap: HTML-only employer newsletter on mental-health sick leave and group health cover",
             "Nordlicht Firmenkunden <firmen@at.nordlicht.example>",
             "firmenkunden-news@lists.at.nordlicht.example",
             "Webinar 22. April: Betriebliche Gesundheitsförderung, die wirkt",
             "2026-03-31 08:00", html=html)


def m116():
    body = """\
Sehr geehrter Herr Reiter,

wir beauftragen Sie gemäß Ihrem Angebot vom 03.02.2026 mit der datenschutzkonformen
Vernichtung von Papierakten aus unserem Archiv in Graz, Conrad-von-Hötzendorf-Straße 94:

- ca. 180 Archivboxen Leistungsakten Krankenversicherung (Arzt- und
  Spitalsrechnungen, Befunde) der Jahre 2008–2014, Aufbewahrungsfrist abgelaufen
- ca. 40 Archivboxen Kfz-Schadenakten 2010–2014

Anforderungen:
- Sicherheitsstufe P-4 nach DIN 66399 (Gesundheitsdaten)
- Abholung in verschlossenen Sicherheitsbehältern, lückenlose Transportkette
- Vernichtungsprotokoll mit Datum, Gewicht und Unterschrift
- Termin: KW 10, Abholung an der Laderampe Hof 2, Ansprechpartner vor Ort Ing.
  Manfred Eder

Bestellnummer: B-AT-2026-0061

Mit freundlichen Grüßen
Karin Haider
Einkauf & Facility Management
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: shredding order for archived medical claim files, no person",
             "Karin Haider <k.haider@at.nordlicht.example>",
             "Gernot Reiter <auftrag@aktenvernichtung-steiermark.example>",
             "Auftrag Aktenvernichtung Archiv Graz – B-AT-2026-0061",
             "2026-02-19 10:05", body=body)


def m117():
    csv_text = crlf("""\
Kennzeichen;Fahrzeug;FIN;Erstzulassung;Stammlenker;Geb.-Datum Lenker;Führerschein seit;Kasko
W-FLT 101;VW Caddy Cargo;WV1ZZZSKZNX018822;03/2022;Ivan Kovačević;11.02.1979;1998;Voll
W-FLT 102;VW Caddy Cargo;WV1ZZZSKZNX018907;03/2022;Mario Haas;04.10.1990;2008;Voll
W-FLT 117;Ford Transit Custom;WF0YXXTTGYNK40211;09/2023;Sabine Lechner;27.06.1985;2003;Voll
W-FLT 120;Škoda Enyaq iV;TMBJC7NY5PF014418;01/2024;Dr. Helmut Url (GF);15.01.1961;1979;Voll
W-FLT 121;Škoda Enyaq iV;TMBJC7NY9PF014503;01/2024;Pool;;;Voll
""")
    body = """\
Sehr geehrter Herr Ing. Url,

vielen Dank für die aktualisierte Fahrzeugliste Ihrer Flotte
(Flottenpolizze KF 55 900 118, Haustechnik Url GmbH). Wir haben die
Stammlenker für die Schadenstatistik erfasst und die Verlängerung für 2026 mit
unverändertem Tarif berechnet; das Angebot folgt bis Ende der Woche.

Die Liste schicke ich Ihnen zur Kontrolle gezippt zurück (Korrekturen in Zeile 4
und 5 markiert).

Mit freundlichen Grüßen
Florian Wimmer
Kfz-Firmenkunden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-company",
             "fleet list in ZIP/CSV: named drivers with birth dates, plates and VINs",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "Helmut Url <h.url@haustechnik-url.example>",
             "Flotte KF 55 900 118 – Fahrzeugliste 2026",
             "2026-01-28 13:45", body=body,
             att=[("Flotte_Url_2026.zip", CT_ZIP,
                   zipfile_of([("Fahrzeugliste_2026_korr.csv", csv_text.encode("utf-8-sig"))]))])


def m118():
    body = """\
Hi Regula,

forwarding the health questions for my client's application (Spitalzusatz
halbprivat), the paper form is in the post. Kannst du mir sagen, ob ihr das mit
einem Vorbehalt macht oder ob ihr noch einen Arztbericht braucht? She is keen to
have cover before her planned move to Zurich.

Thanks & Gruess
Sandro

----- Antworten Gesundheitsfragebogen (von der Kundin ausgefüllt) -----
Antragstellerin: Emily Carter-Schmid, geb. 02.04.1993
Frage 1 (aktuell in Behandlung): ja – Asthma bronchiale seit Kindheit, Kontrolle
   1x jährlich beim Pneumologen, Symbicort 200/6 bei Bedarf
Frage 2 (Spital letzte 5 J.): ja – 2022 Appendektomie, komplikationslos
Frage 3 (Krankheiten): Heuschnupfen (Gräser), Desensibilisierung 2019–2021
Frage 4 (Medikamente): Symbicort, im Frühling Cetirizin
Frage 5 (geplante Behandlungen): nein
Frage 6: 168 cm / 61 kg
"""
    return M("STRICTLY_CONFIDENTIAL", "mixed", "broker",
             "broker forwards applicant's health answers: asthma, medication, appendectomy, birth date",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "antraege-zv@ch.nordlicht.example",
             "WG: Gesundheitsfragen Carter-Schmid – Spitalzusatz",
             "2026-03-26 17:10",
             body="Bitte Antragsprüfung, Asthma -> evtl. Vorbehalt Atemwege. R.\n\n"
                  "Von: Sandro Meier <sandro.meier@meier-broker.example>\n"
                  "Gesendet: Donnerstag, 26. März 2026 16:22\n\n" + body)


def m119():
    body = """\
Hi all,

here are the customer satisfaction (NPS) results for Q1 2026, based on 3,412
survey responses after a closed claim or service contact:

                          AT      CH     Group target
Motor claims              +41     +38       +35
Household/home claims     +36     +44       +35
Health benefits           +22     +29       +30
Daily sickness (KTG)      n/a     +12       +20
Life/pensions             +18     +21       +25
Service centre (phone)    +33     +40       +35

Verbatim themes (anonymised, coded):
- Health: "quick reimbursement via app" (positive), "letters about medical
  reports too complicated" (negative)
- KTG: "felt under pressure from case manager" (negative, 14 mentions)

The full deck with verbatims will be on the intranet on Friday.

Best
Silvan
"""
    return M("NORMAL", "en", "internal",
             "trap: NPS survey results by line incl. health and KTG, anonymised verbatims",
             "Silvan Egli <silvan.egli@ch.nordlicht.example>",
             "cx-board@nordlicht.example",
             "NPS Q1 2026 – Austria & Switzerland",
             "2026-04-13 09:30", body=body)


def m120():
    inner = inner_mail(
        "Priya Raman <priya.raman@alpinemail.example>",
        "kundendienst@ch.nordlicht.example",
        "Car insurance - moving from Bern to Zug",
        "2026-04-20 21:15",
        """\
Hello,

I am moving from Bern to Zug on 1 June and would like to keep my car insurance
with you. My details:

Name: Priya Raman
Date of birth: 14 March 1987
New address: Baarerstrasse 41, 6300 Zug (from 1 June 2026)
Car: Toyota RAV4 Hybrid, plates BE 704 118 (will change to ZG plates)
Policy: MF 44.918.306
Driving licence: Indian licence converted to Swiss licence in 2021

Do I need to do anything with the Strassenverkehrsamt, or do you send them the
insurance certificate for the new plates?

Thanks,
Priya
""")
    body = """\
Hoi Reto

Kundin zügelt nach Zug, siehe Mail im Anhang. Kannst du die elektronische
Versicherungsbestätigung für den Kanton Zug auslösen und ihr auf Englisch
antworten? Danke!

Gruss
Nadja
"""
    return M("CONFIDENTIAL", "mixed", "customer",
             "forwarded customer mail (message/rfc822): birth date, new address, plate and motor policy",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "WG: Car insurance - moving from Bern to Zug",
             "2026-04-21 08:05", body=body, att=[inner])
def m121():
    body = """\
Sehr geehrte Frau Holzer,

herzlichen Glückwunsch zur Schwangerschaft!

Wir haben die Honorarnoten Ihrer Wahlärztin Dr. Sonja Berger, Fachärztin für
Frauenheilkunde und Geburtshilfe, 4020 Linz, aus Ihrer Krankenversicherung
(Polizze KV-AT 7 412 008-3, Tarif Ambulant Plus) abgerechnet:

  08.01.2026  Eltern-Kind-Pass-Untersuchung (SSW 9+2), Ultraschall
  05.02.2026  Combined Test / Nackenfaltenmessung (SSW 12+6)
  05.02.2026  NIPT (nicht-invasiver Pränataltest), Befund unauffällig

  Honorare gesamt                            EUR 845,00
  Kostenrückersatz ÖGK (Eltern-Kind-Pass)    EUR -62,40
  verbleibend                                EUR 782,60
  Erstattung 80 %                            EUR 626,08

Der errechnete Geburtstermin laut Eltern-Kind-Pass ist der 17.08.2026. Wenn Sie
im Spital in der Sonderklasse entbinden möchten: Ihr Tarif enthält Entbindung
in der Sonderklasse nach 10 Monaten Wartezeit – diese ist bei Ihnen seit
01.11.2025 erfüllt. Bitte schicken Sie uns rechtzeitig die Anmeldebestätigung des
Spitals, dann stellen wir die Kostenübernahme aus.

Mit freundlichen Grüßen
Mag. Johanna Pichler
Leistungsservice Krankenversicherung
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "pregnancy examinations and prenatal test of a named customer, due date",
             "Johanna Pichler <j.pichler@at.nordlicht.example>",
             "magdalena.holzer@alpenmail.example",
             "Abrechnung Ihrer Honorarnoten Dr. Berger",
             "2026-02-16 10:28", body=body)


def m122():
    rows = [["Pflegevorsorge Österreich – Leistungsbezieher nach Pflegegeldstufe", "", "", ""],
            ["Stichtag 31.12.2025", "", "", ""],
            ["Pflegegeldstufe", "Leistungsbezieher", "Ø Alter bei Leistungsbeginn", "Ø monatl. Leistung EUR"],
            ["Stufe 1-2 (kein Tarifleistung)", 0, "", 0],
            ["Stufe 3", 412, 81.2, 450],
            ["Stufe 4", 388, 82.9, 900],
            ["Stufe 5", 271, 83.4, 1350],
            ["Stufe 6", 118, 80.1, 1800],
            ["Stufe 7", 57, 78.6, 1800],
            ["Summe", 1246, 82.1, 1023],
            ["Hauptursachen Stufe 5-7 (Anteil): Demenz 46 %, Schlaganfall 21 %, sonstige 33 %", "", "", ""]]
    body = """\
Hallo Elisabeth,

für den Vorstandsbericht die Leistungsstatistik Pflegevorsorge per Jahresende
als ODS (LibreOffice, wie gewünscht). Keine Namen, nur Summen je Stufe.

Auffällig: Die Zahl der Leistungsbezieher in Stufe 5 ist um 14 % gestiegen,
vermutlich wegen der Demenzregelung (Erschwerniszuschlag) bei der Einstufung.

LG
Christoph
"""
    return M("NORMAL", "de", "internal",
             "trap: aggregated care-level statistics with causes (dementia, stroke) in ODS",
             "Christoph Lechner <c.lechner@at.nordlicht.example>",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "Leistungsstatistik Pflegevorsorge 2025",
             "2026-01-16 14:15", body=body,
             att=[("Pflegevorsorge_Stufen_2025.ods", CT_ODS, ods(rows, "2025"))])


def m123():
    body = """\
Sehr geehrte Frau Jansen

Wie im Vertrag (Quote UVG-Zusatz, Art. 14) vereinbart, erhalten Sie nachstehend
die Grossschadenliste 2025 in anonymisierter Form (Schäden > CHF 500'000,
Reserve inkl. Renten-Deckungskapital).

Nr.  Unfalljahr  Altersband  Region        Hergang (kodiert)            Aufwand CHF
1    2023        30-39       Zentral-CH    Sturz aus Höhe, Paraplegie   4'812'000
2    2024        50-59       Ostschweiz    Verkehrsunfall, SHT           2'344'000
3    2025        20-29       Mittelland    Skiunfall, Tetraplegie        3'910'000
4    2025        40-49       Zürich        Sturz Treppe, Hirnblutung       961'000
5    2025        60-69       Nordwest-CH   Velounfall, Polytrauma          618'000

Einzelne Schäden wurden gemäss Vertrag zu Regionen zusammengefasst; Namen,
Geburtsdaten und Gemeinden werden nicht übermittelt.

Freundliche Grüsse
Silvan Egli
Aktuariat & Statistik
Nordlicht Versicherungen (Schweiz) AG
"""
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: anonymised large-loss list for the reinsurer (age bands, regions, injuries coded)",
             "Silvan Egli <silvan.egli@ch.nordlicht.example>",
             "Ellen Jansen <e.jansen@helvetic-re.example>",
             "Grossschadenliste UVG-Zusatz 2025 (anonymisiert)",
             "2026-02-05 10:40", body=body)


def m124():
    body = """\
Danke, erledigt. Die Lastschrift ist ab der nächsten Vorschreibung umgestellt.

Schöne Grüße
Theresa Aigner
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Gerhard Wimmer <gerhard.wimmer@donaunet.example>
Gesendet: Montag, 2. März 2026 08:12
An: service@at.nordlicht.example
Betreff: AW: AW: Bankwechsel Eigenheim

Hallo Frau Aigner,

ja genau, für beide Polizzen (Eigenheim EH 33 120 447 und Haushalt HH 22 120 448).

Grüße G. Wimmer

-----Ursprüngliche Nachricht-----
Von: Theresa Aigner
Gesendet: Freitag, 27. Februar 2026 14:30
Betreff: AW: Bankwechsel Eigenheim

Sehr geehrter Herr Wimmer,

gilt die neue Bankverbindung für beide Verträge?

Mit freundlichen Grüßen
Theresa Aigner

-----Ursprüngliche Nachricht-----
Von: Gerhard Wimmer
Gesendet: Freitag, 27. Februar 2026 11:02
Betreff: Bankwechsel Eigenheim

Grüß Gott,

ich habe die Bank gewechselt, bitte ab sofort von diesem Konto abbuchen:
Gerhard Wimmer, Raiffeisenbank Mühlviertel, IBAN AT79 6549 8268 9596 1683.
Das alte Konto bei der Sparkasse wird Ende März geschlossen.

Danke und Grüße
Gerhard Wimmer, Hauptstraße 12, 4190 Bad Leonfelden
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "body says only 'erledigt'; IBAN, address and policies deep in the quoted thread",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "Gerhard Wimmer <gerhard.wimmer@donaunet.example>",
             "AW: AW: AW: Bankwechsel Eigenheim",
             "2026-03-02 09:01", body=body, charset="windows-1252", cte="8bit")


def m125():
    body = """\
Dear Sir or Madam

Your insured:  Mr Kevin Baumgartner, motor liability policy MF 44.501.277,
               vehicle SG 33 412
Our client:    Ms Olivia Tanner, born 3 May 1990, Rapperswil
Accident:      rear-end collision on 21 November 2025, Zürcherstrasse, Jona;
               your insured's liability is not disputed

I represent Ms Tanner in her personal injury claim (power of attorney attached
in the post). Following the collision she suffered a whiplash injury
(HWS-Distorsion QTF grade II) with persistent neck pain, headaches and
concentration problems. She was fully unable to work as a primary school teacher
until 31 January 2026 and has been working at 50 % since then. She attends
physiotherapy twice a week and was seen by a neurologist on 12 February
(report enclosed).

We hereby claim:
1. loss of earnings not covered by the UVG daily allowance (20 % of salary,
   monthly salary CHF 8'640 x 13) - so far CHF 3'974.40
2. household damage (Haushaltschaden) - to be quantified
3. satisfaction (Genugtuung) - reserved
4. lawyer's fees so far CHF 2'160.00

Please confirm the waiver of the statute of limitations until 31.12.2028.

Yours faithfully
Dr. iur. Andrea Keller
Attorney-at-law, Keller Rüedi Partner, Rapperswil
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "lawyer",
             "lawyer's personal injury claim: whiplash, neurologist, incapacity and salary of a named victim",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "personenschaden@ch.nordlicht.example",
             "FW: Personal injury claim Tanner ./. Baumgartner (MF 44.501.277)",
             "2026-02-27 08:30",
             body="Personenschaden-Team: bitte übernehmen und Verjährungsverzicht prüfen.\nBeat\n\n"
                  "-----Original Message-----\n"
                  "From: Andrea Keller <a.keller@krp-law.example>\n"
                  "Sent: Thursday, 26 February 2026 17:50\n"
                  "To: Odermatt Beat\n"
                  "Subject: Personal injury claim Tanner ./. Baumgartner\n\n" + body)


def m126():
    pem = crlf("""\
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUNlctZXhhbXBsZS1kb21haW4tY2VydDAKBggqhkjOPQQD
AjAxMS8wLQYDVQQDDCZOb3JkbGljaHQgU2lnbmFsIERvbWFpbiBDQSAoZXhhbXBs
ZSkwHhcNMjYwMTAxMDAwMDAwWhcNMjgwMTAxMDAwMDAwWjAmMSQwIgYDVQQDDBtj
aC5ub3JkbGljaHQuZXhhbXBsZSAoZG9tYWluKTBZMBMGByqGSM49AgEGCCqGSM49
AwEHA0IABEZha2VLZXlGb3JEb2N1bWVudGF0aW9uT25seU5vdEFSZWFsS2V5MTIz
NDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTBhYmNkZWYxMjM0NTajUzBRMB0GA1UdDgQW
BBRleGFtcGxlLWtleS1pZC0wMDAxMB8GA1UdIwQYMBaAFGV4YW1wbGUtY2EtaWQt
MDAwMTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQDtZXN0LXNp
Z25hdHVyZS1ub3QtdmFsaWQtMDAwMQIgZXhhbXBsZS1zaWduYXR1cmUtcGFydC0y
-----END CERTIFICATE-----
""")
    body = """\
Dear Mr Büchel,

thank you for your request. To exchange encrypted mail between your firm and
Nordlicht Switzerland gateway-to-gateway, please import our domain certificate
(attached, PEM) in your mail gateway or send us yours.

Subject:     ch.nordlicht.example (domain)
Valid:       01.01.2026 - 01.01.2028
SHA-256 fingerprint (please verify by phone with our service desk, +41 44 318
20 99, before trusting the certificate):
  4E:6F:72:64:6C:69:63:68:74:2D:44:4F:4D:2D:32:30:32:36:2D:30:30:31

Your own S/MIME certificate should cover *@buechel-beratung.example. Once both
sides have imported the certificates, mails with customer data will no longer
go via the portal.

Kind regards
Marco Bernasconi
IT Security & Integration
"""
    return M("NORMAL", "en", "insurer-to-broker",
             "trap: domain certificate exchange with a broker firm, no personal data",
             "Marco Bernasconi <marco.bernasconi@ch.nordlicht.example>",
             "Marcel Büchel <m.buechel@buechel-beratung.example>",
             "S/MIME domain certificate Nordlicht Switzerland",
             "2026-01-09 10:55", body=body,
             att=[("ch.nordlicht.example_domain.pem", "application/x-pem-file", pem)])


def m127():
    rows = [["Versicherungsübersicht Familie Schneider-Gisler – Stand 01.04.2026", "", "", "", ""],
            ["Sparte", "Gesellschaft", "Police", "Prämie/Jahr CHF", "Bemerkung"],
            ["Hausrat", "Nordlicht", "HR 52.804.117", 486.40, "VS Fr. 150'000, inkl. Diebstahl auswärts"],
            ["Privathaftpflicht", "Nordlicht", "PH 31.804.118", 198.00, "Familie, inkl. Mietsachschäden"],
            ["Motorfahrzeug", "Nordlicht", "MF 44.804.119", 1318.70, "AG 221 418, Vollkasko"],
            ["Rechtsschutz", "andere", "", 340.00, "Ablauf 31.12.2026"],
            ["Kontakt", "Beat Schneider, Hauptstrasse 7, 5102 Rupperswil, geb. 12.09.1980", "", "", ""],
            ["", "Corinne Schneider-Gisler, geb. 04.01.1983", "", "", ""],
            ["Bank", "CH87 0548 1048 0378 4934 7 (Lastschrift alle Nordlicht-Verträge)", "", "", ""]]
    body = """\
Hi Urs,

as promised, attached is the overview for the Schneider-Gisler family for our
annual review on Tuesday. Could you please check the household sum insured, they
have renovated the attic.

Thanks, see you Tuesday
Sandro
"""
    return M("CONFIDENTIAL", "en", "broker",
             "harmless body; XLSX with named family's policies, birth dates, address and IBAN",
             "Urs Bachmann <urs.bachmann@ch.nordlicht.example>",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "FW: Overview for review Tuesday",
             "2026-04-03 16:12",
             body="FYI for Tuesday – can you check the motor part? Urs\n\n"
                  "-----Original Message-----\n"
                  "From: Sandro Meier <sandro.meier@meier-broker.example>\n"
                  "Sent: Friday, 3 April 2026 15:40\n\n" + body,
             att=[("Uebersicht_Schneider-Gisler.xlsx", CT_XLSX, xlsx(rows, "Übersicht"))])


def m128():
    body = """\
Sehr geehrter Herr Kogler,

vielen Dank für Ihre Schadenmeldung zu Ihrer Rechtsschutzversicherung (Polizze
RS 40 913 206, Arbeitsgerichts-Rechtsschutz).

Sie haben uns mitgeteilt, dass Sie wegen ausstehender Schichtzulagen gegen Ihren
Dienstgeber, die Voestling Stahl GmbH, klagen möchten und seit 2012 Mitglied
der Gewerkschaft PRO-GE sind (Mitgliedsnummer 4018 2277). Die Gewerkschaft hat
Ihnen laut Ihrem Schreiben Rechtsschutz für das Verfahren vor dem Arbeits- und
Sozialgericht zugesagt.

Nach Art. 6.4 unserer Bedingungen ist unser Arbeitsgerichts-Rechtsschutz
subsidiär: Leistungen der gesetzlichen Interessenvertretung (Arbeiterkammer) bzw.
der Gewerkschaft gehen vor. Wir übernehmen daher nur die Kosten, die die
Gewerkschaft nicht trägt, insbesondere

- die Kosten eines frei gewählten Anwalts über den Gewerkschaftstarif hinaus,
- die Kosten eines allfälligen Rechtsmittelverfahrens, falls die Gewerkschaft
  die Vertretung in zweiter Instanz ablehnt.

Bitte schicken Sie uns eine Kopie der Rechtsschutzzusage der Gewerkschaft.

Mit freundlichen Grüßen
Mag. Herbert Reiter
Rechtsschutz-Schaden
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses claim revealing a named customer's trade-union membership (special category)",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "thomas.kogler@webpost.example",
             "Ihr Rechtsschutzfall gegen Voestling Stahl GmbH",
             "2026-03-11 14:22", body=body)


def m129():
    body = """\
Liebe Maklerpartner,

kurz zusammengefasst, was sich ab 1. Jänner 2026 bei der motorbezogenen
Versicherungssteuer ändert (lt. Budgetbegleitgesetz):

- Die Befreiung für Elektrofahrzeuge entfällt. E-Pkw zahlen künftig eine
  motorbezogene Versicherungssteuer nach Leistung (kW) und Gewicht; bei einem
  durchschnittlichen E-Auto (150 kW, 1.900 kg) rund EUR 55,- pro Monat.
- Für Fahrzeuge von Menschen mit Behinderung mit Zusatzeintragung im
  Behindertenpass bleibt die Befreiung aufrecht (Nachweis wie bisher).
- Wir stellen die Prämienvorschreibungen automatisch um; Ihre Kunden erhalten
  im Dezember einen Informationsbrief.

Eine Musterberechnung für Ihre Kundengespräche finden Sie im Maklerportal unter
Downloads > Kfz > Versicherungssteuer 2026.

Schöne Grüße
Florian Wimmer
Kfz-Produktmanagement
"""
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: general motor tax information incl. disability exemption rule, no person",
             "Florian Wimmer <f.wimmer@at.nordlicht.example>",
             "makler-at@lists.at.nordlicht.example",
             "Motorbezogene Versicherungssteuer ab 2026 – was Ihre Kunden wissen müssen",
             "2025-11-20 08:00", body=body)


def m130():
    body = """\
Hi everyone,

Ready for a quick data protection quiz? 5 questions, 3 minutes. The best answers
win a Nordlicht coffee mug!

1. Mrs Muster (fictitious) calls and asks whether her husband's hospital invoice
   has been paid. What do you do?
   a) tell her - they are married
   b) only tell her if the husband has authorised her in writing
   c) send it to her by e-mail

2. Which of these is "particularly sensitive" personal data under the nDSG?
   a) the licence plate of a car
   b) a diagnosis in a doctor's report
   c) the company name of an employer

3. A GP sends a medical report by unencrypted e-mail. What do you do?
   a) nothing
   b) delete it immediately
   c) process it, and remind the practice of the secure channel

4. How long may you keep a rejected application with health questions?

5. True or false: an anonymised statistic of KTG cases by canton is personal
   data.

Answers by Friday to datenschutz@ch.nordlicht.example - solutions next week!

Your Data Protection Team
"""
    return M("NORMAL", "en", "internal",
             "trap: data protection quiz with fictitious cases about hospital invoices and diagnoses",
             "Datenschutz CH <datenschutz@ch.nordlicht.example>",
             "alle-mitarbeitende@ch.nordlicht.example",
             "Data protection quiz - win a mug!",
             "2026-03-20 11:00", body=body)


def m131():
    body = """\
Sehr geehrte Frau Stadler,

Ihre Rechnung der Tierklinik Hollabrunn für Ihre Labrador-Hündin "Kira" haben
wir aus der Tierkrankenversicherung (Polizze TK 8 018 447, Tarif OP-Schutz)
abgerechnet:

  Kreuzbandriss hinten links, TPLO-Operation am 12.02.2026
  Operation inkl. Narkose, Implantat            EUR 2.460,00
  Röntgen vor/nach OP                            EUR   186,00
  Stationär 2 Tage                               EUR   140,00
  Medikamente (Meloxicam, Antibiotikum)          EUR    58,40
  Summe                                          EUR 2.844,40
  abzüglich Selbstbehalt 20 %                    EUR  -568,88
  Erstattung                                     EUR 2.275,52

Die Physiotherapie (Unterwasserlaufband) ist im OP-Schutz nicht versichert.

Gute Besserung für Kira!

Mit freundlichen Grüßen
Theresa Aigner
Schadenservice Tier
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "pet health claim (dog surgery) of a named customer; animal health is not human health",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "eva.stadler@mail.example",
             "Abrechnung Tierklinik – Kira",
             "2026-02-26 15:33", body=body)


def m132():
    html = """\
<html><head><meta charset="utf-8"><style>td,th{padding:4px 8px;border:1px solid #999}table{border-collapse:collapse}</style></head>
<body style="font-family:Arial;font-size:13px">
<p>Dear Mr and Mrs Okonkwo-Frei,</p>
<p>please find below the statement of the benefits we paid in the first quarter of 2026 for your family (policy 3.708.224, "Ambulant Plus" and "Dental 75+"):</p>
<table>
<tr><th>Insured person</th><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoice CHF</th><th>Paid CHF</th></tr>
<tr><td>Chidi Okonkwo-Frei</td><td>14.01.2026</td><td>Physio Seefeld</td><td>Physiotherapy, 9 sessions (lumbar pain)</td><td>702.00</td><td>70.20</td></tr>
<tr><td>Lea Okonkwo-Frei</td><td>22.01.2026</td><td>Dr. R. Ammann, dentist</td><td>Dental hygiene, 2 fillings</td><td>486.50</td><td>364.90</td></tr>
<tr><td>Noah Okonkwo-Frei (8)</td><td>03.02.2026</td><td>Kinderspital Zürich</td><td>Emergency: asthma attack, nebulisation</td><td>612.35</td><td>61.25</td></tr>
<tr><td>Noah Okonkwo-Frei (8)</td><td>10.03.2026</td><td>KFO Praxis Dr. Widmer</td><td>Orthodontics, fixed braces (1st instalment)</td><td>2'400.00</td><td>1'920.00</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>4'200.85</b></td><td><b>2'416.35</b></td></tr>
</table>
<p>Amounts were paid to your account ending in ...3436 8856 0.</p>
<p>Kind regards<br>Regula Bosshard<br>Benefits Supplementary Insurance<br>Nordlicht Insurance (Switzerland) Ltd</p>
</body></html>
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "HTML-only benefit statement: named family members' treatments (asthma, physio, braces)",
             "Regula Bosshard <regula.bosshard@ch.nordlicht.example>",
             "okonkwo.frei@hispeed-mail.example",
             "Your benefit statement Q1 2026",
             "2026-04-06 10:15", html=html)


def m133():
    body = """\
Nordlicht Unwetter-Info Schweiz

Achtung Hagel: MeteoSchweiz warnt für heute Nachmittag und Abend vor Gewittern
mit Hagel (Warnstufe 3) in den Kantonen Bern, Luzern, Aargau und Zürich.

So schützen Sie Ihr Hab und Gut:
- Auto in die Garage oder ins Parkhaus stellen
- Storen hochziehen, Sonnenschirme und Gartenmöbel sichern
- Dachfenster schliessen, Lichtschächte kontrollieren
- Sich selbst nicht unnötig im Freien aufhalten

Falls es doch passiert: Schäden am Fahrzeug melden Sie am einfachsten in der
Nordlicht-App (Foto genügt). Für Hagelschäden an Autos richten wir bei Bedarf
wieder Drive-in-Besichtigungszentren ein – wir informieren Sie per SMS.

Gebäudeschäden melden Sie in den meisten Kantonen der kantonalen
Gebäudeversicherung, Schäden am Hausrat uns.

Ihre Nordlicht Versicherungen (Schweiz) AG
https://www.ch.nordlicht.example/unwetter
"""
    return M("NORMAL", "de", "newsletter",
             "warning newsletter about hail, no person",
             "Nordlicht Unwetter-Info <unwetter@ch.nordlicht.example>",
             "unwetter-info@lists.ch.nordlicht.example",
             "Hagelwarnung Stufe 3 – so schützen Sie sich",
             "2025-07-02 11:45", body=body)


def m134():
    body = """\
Sehr geehrte Frau Schwarz,

danke für Ihre offene Nachricht. Es tut uns leid, dass Sie Ihre Arbeit verloren
haben.

Wir haben Ihrem Wunsch entsprochen und die Prämie Ihrer Haushaltsversicherung
(Polizze HH 22 530 118) von jährlicher auf monatliche Zahlung umgestellt:

  bisher: EUR 298,80 jährlich (fällig 01.03.)
  neu:    EUR 25,90 monatlich ab 01.03.2026 (inkl. Ratenzuschlag)

Da Sie laut Ihrer Mitteilung derzeit Arbeitslosengeld vom AMS in Höhe von
EUR 1.240,- monatlich beziehen und Ihr Konto (AT76 7051 9165 3399 7186) ab
Monatsmitte oft überzogen ist, buchen wir ab – wie gewünscht – jeweils am 3. des
Monats ab.

Sobald Sie wieder eine Stelle haben, können Sie gerne auf jährliche Zahlung
zurückwechseln und sparen sich den Ratenzuschlag.

Alles Gute!
Theresa Aigner
Kundenservice
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "household premium instalments: named customer's unemployment benefit amount, overdraft and IBAN",
             "Theresa Aigner <t.aigner@at.nordlicht.example>",
             "b.schwarz@alpenmail.example",
             "Umstellung auf monatliche Zahlung – HH 22 530 118",
             "2026-02-20 10:48", body=body)


def m135():
    body = """\
Grüezi Frau Zimmermann

Besten Dank, wir haben Ihre neue Adresse ab 1. April 2026 erfasst:
Alte Landstrasse 15, 8800 Thalwil.

Freundliche Grüsse
Nadja Tschopp
Kundendienst

-----Ursprüngliche Nachricht-----
Von: Verena Zimmermann <v.zimmermann@seepost.example>
Gesendet: Montag, 23. März 2026 19:12
An: kundendienst@ch.nordlicht.example
Betreff: AW: Ihre Anfrage / Adressänderung

Guten Abend

Wir ziehen per 1. April nach Thalwil (Alte Landstrasse 15). Bitte ändern Sie
die Adresse für alle Verträge.

Freundliche Grüsse
V. Zimmermann

> -----Ursprüngliche Nachricht-----
> Von: Regula Bosshard
> Gesendet: Mittwoch, 11. Februar 2026 09:30
> An: Verena Zimmermann
> Betreff: Ihre Anfrage Spitalzusatz
>
> Grüezi Frau Zimmermann
>
> Gerne bestätigen wir Ihnen, dass die Kosten Ihrer ambulanten Chemotherapie im
> Tumorzentrum (Zyklen 4-6, Mammakarzinom links) von der Grundversicherung
> übernommen werden. Aus Ihrer Zusatzversicherung "Ambulant Plus" vergüten wir
> zusätzlich die Perücke (bis Fr. 1'000.–) und die psychoonkologische Beratung.
>
> Für die geplante Brustrekonstruktion im Herbst senden Sie uns bitte
> rechtzeitig das Gesuch um Kostengutsprache für die halbprivate Abteilung.
>
> Freundliche Grüsse
> Regula Bosshard
"""
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "top reply only confirms an address; older quote contains breast cancer chemotherapy",
             "Nadja Tschopp <nadja.tschopp@ch.nordlicht.example>",
             "Verena Zimmermann <v.zimmermann@seepost.example>",
             "AW: AW: Ihre Anfrage / Adressänderung",
             "2026-03-24 08:40", body=body)
def m136():
    body = """\
Dear colleagues,

A quick reminder: from Monday, 2 March 2026, our Bern branch is in its new
location.

New address:  Nordlicht Insurance (Switzerland) Ltd, Bern branch
              Schwarztorstrasse 31, 3007 Bern
Phone:        unchanged, +41 31 388 40 00
Customer desk: Mon-Fri 8.30-12.00 and 13.30-17.00

Please update your e-mail signatures and the letter templates (the DMS
templates are already updated). Mail to the old address will be forwarded
until the end of June.

Thanks and best regards
Facility Management Switzerland
"""
    return M("NORMAL", "en", "internal",
             "office move announcement, no personal data",
             "Facility CH <facility@ch.nordlicht.example>",
             "alle-mitarbeitende@ch.nordlicht.example",
             "Reminder: Bern branch moves on 2 March",
             "2026-02-25 08:10", body=body)


def m137():
    body = """\
Sehr geehrte Frau Gruber,

für unseren Gesundheitstag am 15. Mai 2026 in der Direktion Wien bestellen wir
gemäß Ihrem Angebot Nr. 2026-0411:

- 4 Stk. Oberarm-Blutdruckmessgeräte, klinisch validiert, mit Manschette M und L
- 2 Stk. Körperanalysewaagen (Gewicht, Körperfett)
- 1 Packung Einmal-Lanzetten und Teststreifen für Blutzuckermessung (200 Stk.)
- 200 Stk. Faltblätter "Bluthochdruck erkennen" (Nachdruck mit unserem Logo)

Die Messungen führt das Team der Arbeitsmedizin durch; die Ergebnisse erhalten
nur die Mitarbeitenden selbst.

Lieferung bitte bis 8. Mai an: Nordlicht Versicherung AG, Haustechnik,
Praterstraße 31, 1020 Wien. Rechnung mit Bestellnummer B-AT-2026-0088.

Mit freundlichen Grüßen
Karin Haider
Einkauf & Betriebliches Gesundheitsmanagement
"""
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: order of blood-pressure monitors and glucose test strips for a health day, no person",
             "Karin Haider <k.haider@at.nordlicht.example>",
             "Martina Gruber <verkauf@medtech-handel.example>",
             "Bestellung Gesundheitstag – B-AT-2026-0088",
             "2026-04-14 11:20", body=body)


def m138():
    body = """\
Dear Mr Schäfer,

Thank you for your claim notification under your legal expenses policy RS
70.402.118 (employment law module). We confirm cover for the following matter:

Opponent:     Limmat Capital Partners AG, Zurich (your employer)
Matter:       termination of employment dated 27.02.2026 during the probation
              extension; dispute about your variable compensation 2025
Your figures: base salary CHF 145,000 p.a., bonus 2025 target CHF 36,000,
              paid CHF 9,000
Amount in dispute: approx. CHF 27,000 plus notice period salary

Our in-house lawyer Ms Lea Caflisch will contact you to assess the chances and
first seek an out-of-court settlement. If proceedings become necessary, the
labour court in Zurich has jurisdiction; court costs are waived up to
CHF 30,000 in employment disputes.

Deductible: CHF 300.

Kind regards
Daniel Rüegg
Legal Expenses Claims
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "employment legal expenses: named customer's employer, salary and bonus",
             "Daniel Rüegg <daniel.rueegg@ch.nordlicht.example>",
             "Markus Schäfer <m.schaefer@limmatmail.example>",
             "Legal expenses RS 70.402.118 – cover confirmed",
             "2026-03-04 12:18", body=body, cte="8bit", flowed=True)


def m139():
    body = """\
Dear Mr Kowalski,

We refer to the accident of 23 August 2025 in Vienna, Landstraßer Hauptstraße,
where the car insured with us (W-66 120 K, policy KH 55 781 330) hit a
pedestrian on a zebra crossing.

According to the judgment of the Vienna Regional Criminal Court of
12 January 2026, which has now become final, you were convicted of negligent
bodily harm (§ 88 StGB) while under the influence of alcohol (blood alcohol
1.4 per mille) and sentenced to a fine of 180 daily rates. Your driving licence
was withdrawn for 8 months.

The injured pedestrian, Mrs Ilse Gruber (74), suffered a fractured pelvis and
was in hospital for three weeks; we have paid her claims for pain and suffering,
medical costs and care costs of EUR 38,412 so far.

Driving under the influence of alcohol is a breach of your obligations under
the motor liability conditions (Art. 9 AKHB). We therefore claim recourse
against you up to the statutory maximum of EUR 11,000 (§ 7 KHVG).

Please pay this amount by 15 April 2026 or contact us to agree on instalments.

Yours sincerely
Mag. Herbert Reiter
Legal Department / Recourse
Nordlicht Versicherung AG
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "criminal conviction for drunk driving of named customer; named victim's injuries",
             "Herbert Reiter <h.reiter@at.nordlicht.example>",
             "p.kowalski@mail.example",
             "Recourse claim – accident of 23 August 2025",
             "2026-03-13 10:05", body=body)


def m140():
    body = """\
Dear Ellen,

regarding your question from the pricing call: for Swiss individual life
business we currently use the EKM/EKF 2020 tables with our own selection
factors, and for annuities the ERM/ERF 2020 generation tables with the
projection scale CMI-CH 2024 (1.4 % long-term improvement).

Our experience study 2019-2024 (approx. 142,000 life years, 311 deaths) gives:
- term life, non-smokers: 64 % of EKM/EKF
- term life, smokers:    139 %
- disability incidence (premium waiver): 88 % of our 2018 basis; mental
  disorders now 41 % of new disability cases (2018: 29 %)

Let me know if you need the numbers split by sum insured band; anything below
30 deaths per cell we would aggregate.

Best regards
Silvan
"""
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: experience study figures on mortality and disability for the reinsurer, aggregates",
             "Silvan Egli <silvan.egli@ch.nordlicht.example>",
             "Ellen Jansen <e.jansen@helvetic-re.example>",
             "RE: Mortality basis Switzerland",
             "2026-03-27 15:02", body=body)


def m141():
    body = """\
Sehr geehrter Herr Pichler,

nach dem Sturm am vergangenen Wochenende haben wir Ihre Schadenmeldung
erhalten:

Schaden-Nr.:   EH-2026-02 2210
Polizze:       EH 33 418 005 (Eigenheim, Sturm bis 100 km/h und darüber)
Objekt:        Einfamilienhaus, Pöllauer Straße 22, 8224 Kaindorf
Schaden:       ca. 30 abgedeckte Dachziegel, Dachrinne Nordseite abgerissen,
               Wasser im Dachboden

Unser Sachverständiger Ing. Gernot Holzer kommt am Donnerstag, 26.02.2026,
zwischen 10 und 12 Uhr zur Besichtigung. Die Notabdeckung durch den Dachdecker
können Sie sofort beauftragen - diese Kosten übernehmen wir als
Schadenminderungskosten.

Bitte heben Sie beschädigte Teile bis zur Besichtigung auf.

Mit freundlichen Grüßen
Ing. Manfred Eder
Sachschaden, Landesdirektion Steiermark
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "storm damage on a named customer's house with address and policy",
             "Manfred Eder <m.eder@at.nordlicht.example>",
             "k.pichler@webpost.example",
             "Sturmschaden EH-2026-02 2210 - Besichtigungstermin",
             "2026-02-23 14:01", body=body, charset="iso-8859-1")


def m142():
    body = """\
Hallo Team,

Kollegin Pichler ist diese und nächste Woche nicht im Haus. Ihre Fälle
übernimmt in der Zeit Kollege Florian Wimmer (Unfall) bzw. das Team-Postfach
leistung@at.nordlicht.example (Kranken).

Offene Kostenzusagen mit Frist bitte im Teamkalender eintragen, damit nichts
liegen bleibt.

Danke
Elisabeth Url
Teamleitung Leistung
"""
    return M("NORMAL", "de", "internal",
             "absence of a colleague without reason, substitution arrangements",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "team-leistung@at.nordlicht.example",
             "Vertretung KW 10/11",
             "2026-03-02 08:05", body=body)


def m143():
    body = """\
Dear Mrs Bachmann-Costa,

We are deeply sorry for the loss of your husband, Mr Marco Bachmann, who died on
12 January 2026 in the occupational accident at the Rheinhafen logistics site in
Basel, when he was struck by a reversing truck.

As the accident insurer of his employer under the Federal Accident Insurance Act
(UVG, policy UVG 20.771.204, Rhein Transit AG), we grant the following survivors'
benefits:

- Widow's pension: 40 % of the insured annual salary of CHF 91,000 =
  CHF 36,400 per year, paid monthly (CHF 3,033.35) from 1 February 2026
- Orphan's pension for Sofia (born 2014) and Luca (born 2017): 15 % each =
  CHF 13,650 per year each
- Funeral costs: CHF 7,920 (seven times the maximum daily insured earnings)

The survivors' pensions of the AHV will be coordinated with our pensions
(supplementary pensions, Art. 20 UVG). Please send us the AHV decision as soon as
you receive it.

Our case manager, Mr Beat Odermatt, will visit you on 10 February if that suits
you.

With our deepest sympathy,
Beat Odermatt
Accident Claims UVG
Nordlicht Insurance (Switzerland) Ltd
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "fatal occupational accident of named insured, survivors' pensions for widow and children",
             "Beat Odermatt <beat.odermatt@ch.nordlicht.example>",
             "ana.bachmann-costa@bluemail.example",
             "Survivors' benefits UVG – Mr Marco Bachmann",
             "2026-02-03 16:40", body=body)


def m144():
    body = """\
Dear Mr Weber,

Thank you for letting us know that your son Jonas will drive your car regularly
now that he has his licence.

We have added him as a driver to your motor policy MF 44.320.915 (VW Golf,
LU 88 104):

  Additional driver:  Jonas Weber, born 09/08/2006
  Licence since:      14/01/2026 (probationary licence)
  Young driver surcharge (under 25): CHF 412.00 per year
  Deductible for claims caused by drivers under 25: CHF 2,000 (instead of CHF 500)

The surcharge will be charged pro rata from 1 February 2026 with the next
premium invoice. If Jonas completes the second phase of the driving training
(WAB) without incidents, please let us know - the surcharge is reduced by 25 %
after three claim-free years.

Kind regards
Reto Gisler
Motor Insurance
"""
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "young driver added to named customer's motor policy with son's birth date",
             "Reto Gisler <reto.gisler@ch.nordlicht.example>",
             "Hans Weber <hans.weber@netplus-mail.example>",
             "Additional driver on your motor policy MF 44.320.915",
             "2026-01-29 11:44", body=body, cte="8bit", flowed=True)


def m145():
    body = """\
Sehr geehrte Damen und Herren,

im Rahmen der Erhebung "Leistungen der privaten Krankenversicherung 2025"
übermitteln wir Ihnen die aggregierten Werte für die Nordlicht Versicherung AG,
Direktion für Österreich:

Position                                         2025          2024
Versicherte Personen (Stichtag 31.12.)          184.220       179.804
Leistungen stationär (Sonderklasse), EUR Mio.     212,4         198,7
Leistungen ambulant (Wahlarzt, Heilbehelfe)        61,8          57,2
Leistungen Zahn                                    14,1          12,9
Anzahl Spitalsaufenthalte mit Leistung           41.870        40.112
Durchschnittliche Verweildauer (Tage)               4,2           4,4

Die Daten sind nach der vorgegebenen Gliederung (Formular KV-2025) erstellt
und enthalten keine personenbezogenen Angaben.

Mit freundlichen Grüßen
Christoph Lechner
Aktuariat & Meldewesen
Nordlicht Versicherung AG
"""
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: aggregated private health benefit figures for the statistics office",
             "Christoph Lechner <c.lechner@at.nordlicht.example>",
             "erhebung-kv@statistik-amt.example",
             "Erhebung Leistungen PKV 2025 – Nordlicht Versicherung AG",
             "2026-03-30 10:00", body=body)


def m146():
    rows = [["Group health insurance (Betriebliche Krankenversicherung) - enrolment April 2026", "", "", "", "", ""],
            ["Contract", "GKV-AT 900 117, Alpenland Instruments GmbH", "", "", "", ""],
            ["Employee", "Date of birth", "Co-insured", "Co-insured DOB", "Tariff", "Pre-existing conditions declared"],
            ["Clemens Haas", "30.11.1984", "Julia Haas (spouse)", "17.04.1986", "Sonderklasse + Ambulant", "none"],
            ["Ivana Novak", "12.06.1995", "", "", "Sonderklasse", "thyroid (Hashimoto), medication"],
            ["Philipp Gschwandtner", "27.02.1989", "Mia (child)", "02.09.2019", "Sonderklasse + Ambulant", "child: ADHD, in treatment"],
            ["Deniz Yilmaz", "03.09.1999", "", "", "Sonderklasse", "none"]]
    body = """\
Dear Ms Url,

please find attached the enrolment list for our group health insurance for the
April intake. As agreed, there is no individual health underwriting within the
group contract, but we have listed what the employees declared voluntarily, as
the form asked for it.

Please confirm the start date 1 April 2026.

Best regards
Jennifer Walcher
HR Business Partner Austria
Alpenland Instruments GmbH
"""
    return M("STRICTLY_CONFIDENTIAL", "en", "company",
             "employer's group health enrolment list (XLSX): named employees, children, declared conditions",
             "Elisabeth Url <e.url@at.nordlicht.example>",
             "gruppen-kv@at.nordlicht.example",
             "Fwd: Group health insurance enrolment April",
             "2026-03-18 13:22",
             body="FYI - please enrol. Note: the voluntary health remarks should not be in the list "
                  "at all; I'll tell HR.\nE. Url\n\n"
                  "---------- Forwarded message ---------\n"
                  "From: HR Austria <hr.at@alpenland-instruments.example>\n"
                  "Date: Wed, 18 Mar 2026 at 11:02\n\n" + body,
             att=[("GKV_enrolment_April_2026.xlsx", CT_XLSX, xlsx(rows, "April 2026"))])


def m147():
    html = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">
<h2 style="color:#0b3d5c">New in Switzerland? Health insurance explained in 5 minutes</h2>
<p>Grüezi and welcome! Whether you moved here for a job in Zurich, Basel or Zug, one of the first things you need is health insurance. Here is how it works.</p>
<h3>1. Basic insurance (KVG/LAMal) &ndash; compulsory</h3>
<p>Everyone living in Switzerland must take out basic health insurance within <b>3 months</b> of arrival. It covers GP and specialist visits, hospital stays in the general ward of your canton, medicines on the official list and maternity. You choose the insurer (Krankenkasse) and the franchise (deductible) between CHF 300 and CHF 2,500.</p>
<h3>2. Supplementary insurance (VVG) &ndash; optional</h3>
<p>Want a semi-private or private room, free choice of hospital across Switzerland, dental cover or alternative medicine? That is supplementary insurance &ndash; and that is where Nordlicht comes in. Unlike basic insurance, insurers may ask health questions and exclude pre-existing conditions.</p>
<h3>3. Accident cover</h3>
<p>If you work at least 8 hours a week for one employer, you are covered for accidents through your employer (UVG). Then you can exclude accident cover from your basic insurance and save premium.</p>
<p><a href="https://www.ch.nordlicht.example/en/expats">Get a quote in English</a></p>
<p style="font-size:12px;color:#777">Nordlicht Insurance (Switzerland) Ltd &middot; <a href="https://www.ch.nordlicht.example/en/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    body = """\
New in Switzerland? Health insurance explained in 5 minutes

1. Basic insurance (KVG/LAMal) - compulsory within 3 months of arrival.
2. Supplementary insurance (VVG) - optional: semi-private/private room, dental,
   alternative medicine. Health questions apply.
3. Accident cover - through your employer (UVG) if you work 8+ hours a week.

Get a quote in English: https://www.ch.nordlicht.example/en/expats
"""
    return M("NORMAL", "en", "newsletter",
             "trap: expat newsletter explaining health insurance, maternity, pre-existing conditions",
             "Nordlicht Switzerland <news@ch.nordlicht.example>",
             "expat-news@lists.ch.nordlicht.example",
             "New in Switzerland? Health insurance explained",
             "2026-01-13 07:15", body=body, html=html)


def m148():
    body = """\
Sehr geehrte Frau Leitner,

nach Prüfung des Gutachtens von Ing. Reinhold Posch liegt bei Ihrem Fahrzeug
ein wirtschaftlicher Totalschaden vor (Unfall vom 02.03.2026, Schaden-Nr.
KFZ-2026-03 0877, Vollkasko-Polizze KK 55 604 118).

Fahrzeug:           Audi Q4 e-tron, Kennzeichen G-418 VL
Reparaturkosten lt. Gutachten:   EUR 31.870,-
Wiederbeschaffungswert:          EUR 34.500,-
Restwert (Höchstangebot):        EUR 11.200,-
Entschädigung (WBW - Restwert - Selbstbehalt EUR 500,-): EUR 22.800,-

Da das Fahrzeug geleast ist, zahlen wir die Entschädigung gemäß
Vinkulierung an den Leasinggeber, die Porsche Bank AG, Vertragsnummer
LV-2023-881044. Die Differenz zum offenen Leasingsaldo (GAP) ist über Ihre
GAP-Deckung versichert; dazu benötigen wir die Saldenbestätigung der Leasingbank.

Mit freundlichen Grüßen
Ing. Manfred Eder
Kfz-Schaden, Landesdirektion Steiermark
"""
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "total loss of named customer's leased car: plate, leasing contract, amounts",
             "Manfred Eder <m.eder@at.nordlicht.example>",
             "verena.leitner@inode-mail.example",
             "Totalschaden KFZ-2026-03 0877 – Abrechnung",
             "2026-03-20 15:15", body=body)


def m149():
    body = """\
Hallo zusammen / hello everyone,

kurzer Stand zum Rollout des neuen Secure-Mail-Gateways in AT und CH:

- Ab 13. April klassifiziert das Gateway alle ausgehenden Mails automatisch
  (normal / vertraulich / streng vertraulich). Mails mit Gesundheitsdaten, also
  z. B. Arztberichte, Honorarnoten, Kostengutsprachen, gehen dann nur noch
  verschlüsselt oder über das Portal raus.
- Please do NOT put "[streng vertraulich]" in every subject line "just to be
  safe" - this floods the portal and annoys customers who only asked for a
  motor insurance quote.
- Brokers with a domain certificate get mails gateway-to-gateway; everybody
  else gets a notification mail.

Pilot feedback from Zürich: 96 % of mails classified as expected; the main
misses were statistics files with ICD chapters (flagged too strictly).

Fragen gerne an mich.
Jan-Hendrik
"""
    return M("NORMAL", "mixed", "internal",
             "trap: rollout note about classification of health data and subject tags, no person",
             "Jan-Hendrik Petersen <jan-hendrik.petersen@nordlicht.example>",
             "rollout-securemail@nordlicht.example",
             "Secure-Mail-Gateway: Rollout AT/CH ab 13. April",
             "2026-04-01 12:00", body=body)


def m150():
    body = """\
Hi Lukas,

before we run the full migration of the Austrian motor portfolio to the group
policy system, here are three records from the dry run where the mapping failed.
Please check them against the source system:

1) KH 55 209 318 | Kapeller Josef | 8580 Köflach | LB-418 EK | born 1971-02-14
   -> error: Bonus-Malus level "00" not in target table
2) KH 55 612 004 | Steiner Franz | 8010 Graz | GU-771 FN | born 1947-12-05
   -> error: exchangeable plates (Wechselkennzeichen) group has no lead vehicle
3) KH 55 830 227 | Haas Sophie | 1040 Wien | W-30917 L | born 1992-10-21
   -> error: e-vehicle without kW value

Please don't forward this list further - the test data for the next run will be
synthetic again.

Thanks
Jan-Hendrik
"""
    return M("CONFIDENTIAL", "en", "internal",
             "migration error list with three named motor customers, birth dates, plates and policies",
             "Jan-Hendrik Petersen <jan-hendrik.petersen@nordlicht.example>",
             "Lukas Hofer <l.hofer@at.nordlicht.example>",
             "Motor migration dry run – 3 failed records",
             "2026-04-17 17:30", body=body)


# =========================================================================== driver
def all_mails():
    out = []
    for n in range(1, 151):
        f = globals().get("m%03d" % n)
        if f is None:
            raise SystemExit("missing function m%03d" % n)
        out.append((n, f()))
    return out


def fname(n):
    return "d%s-%04d.eml" % (NN, n)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, s in all_mails():
        with open(os.path.join(OUT, fname(n)), "wb") as fh:
            fh.write(build(n, s))
        for k in ("kind", "reason"):
            assert "\t" not in s[k] and "\n" not in s[k], (n, k)
        rows.append("\t".join([fname(n), s["label"], s["lang"], s["kind"], s["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# --------------------------------------------------------------------------- check
IBAN_LEN = {"AT": 20, "CH": 21, "LI": 21, "DE": 22, "FR": 27, "IT": 27, "NL": 18, "LU": 20}
IBAN_RE = re.compile(r"\b(AT|CH|LI|DE|FR|IT|NL|LU)(\d{2})((?:\s?[A-Z0-9]){10,30})", re.I)
DOMAIN_RES = [re.compile(r"[\w.+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"),
              re.compile(r"https?://([A-Za-z0-9.-]+)"),
              re.compile(r"(?<![\w.@/])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")]


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_ibans(text):
    found = []
    for m in IBAN_RE.finditer(text):
        cc = m.group(1).upper()
        compact = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "").replace("\t", "")
        compact = re.sub(r"\s", "", compact)
        n = IBAN_LEN[cc]
        if len(compact) < n:
            continue
        cand = compact[:n]
        if not re.match(r"^[A-Z]{2}\d{2}\d+$", cand.upper()) and cc in ("AT", "CH", "DE"):
            continue
        found.append(cand.upper())
    return found


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point to xref"
    head = re.search(rb"xref\s+0 (\d+)\s+", data[sx:])
    cnt = int(head.group(1))
    pos = sx + head.end()
    for i in range(cnt):
        ent = data[pos + 20 * i:pos + 20 * i + 20]
        off = int(ent[:10])
        if i:
            assert data[off:].startswith(b"%d 0 obj" % i), "bad xref entry %d" % i
    out = []
    for m in re.finditer(rb"<<([^>]*)>>\nstream\n", data):
        ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        raw = data[m.end():m.end() + ln]
        if b"FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            out.append(s.decode("cp1252"))
    assert out, "PDF without text"
    return "\n".join(out)


def zip_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt member in " + name
    texts = []
    low = name.lower()
    if low.endswith((".docx", ".xlsx")):
        assert "[Content_Types].xml" in z.namelist(), "OOXML without content types"
    if low.endswith((".odt", ".ods")):
        assert z.namelist()[0] == "mimetype", "ODF mimetype not first"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    for info in z.infolist():
        assert info.date_time == ZIP_TS, "ZIP timestamp not fixed"
        d = z.read(info)
        mn = info.filename.lower()
        if mn.endswith((".xml", ".rels")):
            root = ET.fromstring(d)
            texts.append(" ".join(t for t in root.itertext()))
        elif mn.endswith(".pdf"):
            texts.append(pdf_text(d))
        elif mn.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            texts.append(zip_text(d, mn))
        elif mn.endswith((".csv", ".txt", ".ics", ".html", ".htm")):
            for enc in ("utf-8", "cp1252"):
                try:
                    texts.append(d.decode(enc))
                    break
                except UnicodeDecodeError:
                    continue
        elif mn == "mimetype":
            texts.append(d.decode("ascii"))
    return "\n".join(texts)


def part_text(part):
    ctype = part.get_content_type()
    fn = (part.get_filename() or "").lower()
    if part.get_content_maintype() == "text":
        t = part.get_content()
        if ctype == "text/calendar" or fn.endswith(".ics"):
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "bad ICS"
        if ctype == "text/csv" or fn.endswith(".csv"):
            import csv
            rows = list(csv.reader(io.StringIO(t), delimiter=";" if ";" in t else ","))
            assert len(rows) >= 2, "CSV without rows"
        if ctype == "text/html":
            assert "<" in t and ">" in t
        return t
    data = part.get_payload(decode=True)
    if data.startswith(b"-----BEGIN CERTIFICATE-----"):
        t = data.decode("ascii")
        assert t.rstrip().endswith("-----END CERTIFICATE-----"), "bad PEM"
        return t
    if data.startswith(b"%PDF"):
        return pdf_text(data)
    if data.startswith(b"PK"):
        return zip_text(data, fn)
    raise AssertionError("cannot open attachment %s (%s)" % (fn, ctype))


def check_file(path, exp_bytes):
    raw = open(path, "rb").read()
    name = os.path.basename(path)[:-4]
    assert raw == exp_bytes, "file differs from generator output"
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR"
    for ln in raw.split(b"\r\n"):
        assert len(ln) <= 998, "line longer than 998 octets"
    from email import policy
    msg = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert msg[h], "missing header " + h
    assert re.search(r"@(?:[a-z0-9-]+\.)*nordlicht\.example>?$", str(msg["From"])), "From not insurer"
    texts = [str(msg[h]) for h in ("From", "To", "Cc", "Subject", "Message-ID") if msg[h]]
    nparts = 0
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload()[0]
                texts += [str(inner[h]) for h in ("From", "To", "Cc", "Subject") if inner[h]]
            continue
        nparts += 1
        texts.append(part_text(part))
    text = "\n".join(texts)
    for rx in DOMAIN_RES:
        for d in rx.findall(text):
            d = d.rstrip(".").lower()
            assert d.endswith(".example"), "non-.example domain %r" % d
    ibans = find_ibans(text)
    bad = [i for i in ibans if not iban_ok(i)]
    assert set(bad) == INVALID_IBAN_OK.get(name, set()), "IBAN check digits wrong: %s" % bad
    return nparts, len(ibans)


def check():
    errors = []
    mails = all_mails()
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if files != [fname(n) for n, _ in mails]:
        errors.append("mail files do not match d%s-0001 ... d%s-0150" % (NN, NN))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad labels.tsv header")
    rows = [l.split("\t") for l in lines[1:]]
    counts = {k: 0 for k in LABELS}
    langs = {}
    for (n, s), r in zip(mails, rows):
        if len(r) != 5 or r[0] != fname(n) or r[1] != s["label"] or not r[4]:
            errors.append("labels.tsv row wrong for %s" % fname(n))
            continue
        counts[r[1]] += 1
        langs[r[2]] = langs.get(r[2], 0) + 1
    if len(rows) != 150:
        errors.append("labels.tsv has %d rows" % len(rows))
    if counts != EXPECTED:
        errors.append("label counts %s != %s" % (counts, EXPECTED))
    nib = natt = 0
    for n, s in mails:
        p = os.path.join(OUT, fname(n))
        try:
            parts, ni = check_file(p, build(n, s))
            nib += ni
            natt += len(s["att"])
        except Exception as e:  # noqa
            errors.append("%s: %s" % (fname(n), e))
    print("mails: %d   labels: %s" % (len(mails), ", ".join("%s %d" % kv for kv in counts.items())))
    print("lang:  %s" % ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    print("attachments: %d   IBANs validated: %d" % (natt, nib))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check OK: 150 files, CRLF, headers, .example domains, IBAN check digits, "
          "attachments open, files reproduce byte-identically")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        main()
