#!/usr/bin/env python3
"""Independent labelled mail corpus for Siegel (issue 14), writer 178 (prefix d178-).

Invented insurer: Brückenhof Versicherungen, Minden (Westfalen), domain
brueckenhof.example.  Standard library only, deterministic.

    python3 make_corpus.py           # writes mails/d178-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp folder, compares bytes, parses

All persons, companies, numbers and addresses are fictitious.
"""
import datetime as _dt
import email
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

PREFIX = "d178-"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "brueckenhof.example"

# ---------------------------------------------------------------------------
# time, ids
# ---------------------------------------------------------------------------


def _tz(d):
    # CET / CEST 2026 (summer time 29 Mar 01:00 UTC .. 25 Oct 01:00 UTC)
    if _dt.datetime(2026, 3, 29, 2) <= d < _dt.datetime(2026, 10, 25, 3):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


def when(s):
    """'2026-03-04 08:12' -> RFC 5322 date string in German local time."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=_tz(d)))


def _h(*parts, n=12):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------------------
# message builder
# ---------------------------------------------------------------------------


def M(frm, to, subject, date, body=None, *, cc=None, bcc=None, html=None,
      html_only=False, atts=(), irt=None, refs=None, charset="utf-8", cte=None,
      flowed=False, headers=(), mailer=None, prio=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = subject
    msg["Date"] = when(date)
    msg["X-D178-Date"] = date  # removed again in finish(); used for the Message-ID
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = refs or irt
    if mailer:
        msg["X-Mailer"] = mailer
    if prio:
        msg["X-Priority"] = prio
    for k, v in headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if html_only:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=cte or "quoted-printable")
    else:
        if cte is None:
            try:
                body.encode("ascii")
                cte_ = "7bit"
            except UnicodeEncodeError:
                cte_ = "quoted-printable"
        else:
            cte_ = cte
        msg.set_content(body, charset=charset, cte=cte_)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte="quoted-printable")
    for a in atts:
        _attach(msg, a)
    return msg


def _attach(msg, a):
    kind = a[0]
    if kind == "bin":
        _, data, mt, st, fn = a[:5]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    elif kind == "text":
        _, text, st, fn = a[:4]
        cs = a[4] if len(a) > 4 else "utf-8"
        data = text.replace("\n", "\r\n").encode(cs)
        msg.add_attachment(data, maintype="text", subtype=st, filename=fn)
        part = msg.get_payload()[-1]
        part.set_param("charset", cs)
    elif kind == "csvraw":
        _, data, enc, fn = a
        msg.add_attachment(data, maintype="text", subtype="csv", filename=fn)
        msg.get_payload()[-1].set_param("charset", enc)
    elif kind == "msg":
        _, inner = a[:2]
        _strip_internal(inner)
        msg.add_attachment(inner)
    else:
        raise ValueError(kind)


def _strip_internal(m):
    if "X-D178-Date" in m:
        if "Message-ID" not in m:
            m["Message-ID"] = "<%s.%s@%s>" % (
                m["X-D178-Date"].replace("-", "").replace(" ", "").replace(":", ""),
                _h(m["Subject"], m["From"]).upper(), "mx01." + DOM
                if DOM in str(m["From"]) else "mail.example")
        del m["X-D178-Date"]


def finish(msg, no):
    d = msg["X-D178-Date"]
    del msg["X-D178-Date"]
    stamp = d.replace("-", "").replace(" ", "").replace(":", "")
    style = no % 4
    h = _h(no, msg["Subject"])
    if "Message-ID" not in msg:
        if style == 0:
            mid = "<%s.%s@mx01.%s>" % (stamp, h[:8].upper(), DOM)
        elif style == 1:
            mid = "<%s-%s-%s@%s>" % (h[:8], h[8:12], stamp, DOM)
        elif style == 2:
            mid = "<BHV%s%s@exch02.%s>" % (stamp, h[:6].upper(), DOM)
        else:
            mid = "<%s@mobile.%s>" % (h, DOM)
        msg["Message-ID"] = mid
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("=_bhv_%s_%d_%s" % (stamp, k, _h(no, k, n=10)))
    return msg


# ---------------------------------------------------------------------------
# quoting helpers (what mail programs do)
# ---------------------------------------------------------------------------


def gt(text):
    """'> ' quoting as mobile and Thunderbird clients do it."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append(">" if not line else (">" + line if line.startswith(">") else "> " + line))
    return "\n".join(out)


def ol_de(von, gesendet, an, betreff, text, cc=None):
    h = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (von, gesendet, an)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Betreff: %s\n\n%s" % (betreff, text.strip("\n"))


def ol_en(frm, sent, to, subject, text, cc=None):
    h = "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        h += "Cc: %s\n" % cc
    return h + "Subject: %s\n\n%s" % (subject, text.strip("\n"))


def fw_de(von, datum, betreff, an, text):
    return ("-------- Weitergeleitete Nachricht --------\nBetreff: %s\nDatum: %s\nVon: %s\nAn: %s\n\n%s"
            % (betreff, datum, von, an, text.strip("\n")))


def fw_en(frm, date, subject, to, text):
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s"
            % (frm, date, subject, to, text.strip("\n")))


# ---------------------------------------------------------------------------
# people of Brückenhof (the same person always signs the same way)
# ---------------------------------------------------------------------------

FOOT_DE = """--
Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden
Brückenhof Krankenversicherung AG · Brückenhof Lebensversicherung AG · Brückenhof Allgemeine Versicherung AG
Sitz Minden, Amtsgericht Bad Oeynhausen HRB 18842 / 18843 / 18851
Vorstand: Dr. Ingrid Wessel (Vors.), Carsten Obermeier, Fatma Yıldız · Aufsichtsratsvors.: Bernd Hüsemann"""

FOOT_EN = """--
Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden · Germany
Registered office Minden, Local Court Bad Oeynhausen HRB 18842 / 18843 / 18851
Board: Dr. Ingrid Wessel (CEO), Carsten Obermeier, Fatma Yıldız"""

STAFF = {
    "koetter": ("Svenja Kötter", "s.koetter", "Leistung Krankenversicherung", "Health Claims", "0571 9180-4412"),
    "riechmann": ("Malte Riechmann", "m.riechmann", "Kfz-Schaden", "Motor Claims", "0571 9180-2231"),
    "pollmeier": ("Dr. med. Anja Pollmeier", "a.pollmeier", "Gesellschaftsärztin · Risikoprüfung Leben/BU", "Chief Medical Officer · Life/Disability Underwriting", "0571 9180-5101"),
    "wehking": ("Tobias Wehking", "t.wehking", "Maklerbetreuung Ostwestfalen", "Broker Relations", "0571 9180-3370"),
    "aksoy": ("Gül Aksoy-Brink", "g.aksoy-brink", "BU-Leistung", "Disability Claims", "0571 9180-5230"),
    "strothmann": ("Heiko Strothmann", "h.strothmann", "Schaden Sach / Gebäude", "Property Claims", "0571 9180-2610"),
    "donnelly": ("Claire Donnelly", "c.donnelly", "International Desk", "International Desk", "+49 571 9180-7705"),
    "oyen": ("Ruben Oyen", "r.oyen", "IT-Betrieb Messaging", "IT Operations – Messaging", "0571 9180-1190"),
    "vahrenkamp": ("Marlies Vahrenkamp", "datenschutz", "Datenschutzbeauftragte", "Data Protection Officer", "0571 9180-1001"),
    "pieper": ("Jonas Pieper", "j.pieper", "Schaden Rechtsschutz", "Legal Expenses Claims", "0571 9180-2805"),
    "buschmeier": ("Katrin Buschmeier", "k.buschmeier", "Leistung Unfall", "Accident Claims", "0571 9180-5340"),
    "lange": ("Frederik Lange", "f.lange", "Firmenkunden Komposit", "Commercial Lines", "0571 9180-6120"),
    "holtkamp": ("Nadine Holtkamp", "n.holtkamp", "Personal", "Human Resources", "0571 9180-1402"),
    "raman": ("Priya Raman", "p.raman", "Aktuariat / Rückversicherung", "Actuarial & Reinsurance", "+49 571 9180-8020"),
    "meier": ("Sebastian Meier-Lübke", "s.meier-luebke", "Einkauf", "Procurement", "0571 9180-1250"),
    "rolf": ("Tanja Rolf", "t.rolf", "Pflegeversicherung", "Long-term Care", "0571 9180-4470"),
    "kruse": ("Daniel Kruse", "d.kruse", "Schaden Haftpflicht", "Liability Claims", "0571 9180-2740"),
    "nowicka": ("Ewa Nowicka", "e.nowicka", "Reiseversicherung Schaden/Leistung", "Travel Claims", "+49 571 9180-7712"),
    "brune": ("Lukas Brune", "l.brune", "Unternehmenskommunikation", "Corporate Communications", "0571 9180-1080"),
    "severin": ("Hannah Severin", "h.severin", "Firmenkunden Leben / bAV", "Group Life & Pensions", "0571 9180-6340"),
    "hagemeier": ("Oliver Hagemeier", "o.hagemeier", "Leiter Leistung Leben", "Head of Life Claims", "0571 9180-5000"),
    "tiemann": ("Birte Tiemann", "b.tiemann", "Kundenservice", "Customer Service", "0571 9180-0"),
    "schnier": ("Kevin Schnier", "k.schnier", "Kfz-Vertrag", "Motor Underwriting", "0571 9180-2100"),
    "ostmeier": ("Renate Ostmeier", "r.ostmeier", "Beitragsinkasso", "Collections", "0571 9180-1720"),
}


def A(key):
    """'Name <addr>' of a staff member."""
    n, a = STAFF[key][0], STAFF[key][1]
    return "%s <%s@%s>" % (n, a, DOM)


def mail_of(key):
    return "%s@%s" % (STAFF[key][1], DOM)


def sig(key, lang="de", foot=True):
    n, a, dep_de, dep_en, tel = STAFF[key]
    if lang == "de":
        s = "%s\n%s\nTelefon %s\n%s@%s" % (n, dep_de, tel, a, DOM)
        return s + ("\n\n" + FOOT_DE if foot else "")
    tel_en = tel if tel.startswith("+") else "+49 " + tel[1:]
    s = "%s\n%s\nPhone %s\n%s@%s" % (n, dep_en, tel_en, a, DOM)
    return s + ("\n\n" + FOOT_EN if foot else "")


IPHONE_DE = "Von meinem iPhone gesendet"
IPHONE_EN = "Sent from my iPhone"
ANDROID_DE = "Gesendet von meinem Galaxy"
OUTLOOK_MOB = "Outlook für Android herunterladen <https://aka.ms/AAb9ysg>"
OUTLOOK_MOB_EN = "Get Outlook for iOS <https://aka.ms/o0ukef>"

# ---------------------------------------------------------------------------
# attachment builders (standard library only, deterministic)
# ---------------------------------------------------------------------------

ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(files, date=ZDATE, stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(files):
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipatt(fn, files, date=ZDATE):
    return ("bin", _zip(files, date), "application", "zip", fn)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# ---- PDF ------------------------------------------------------------------

def _pdfs(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(lines, title="", author="Brückenhof Versicherungen", date="20260101090000",
              width=92):
    """lines: list of str; '# text' = bold heading, '' = blank, '---' = page break."""
    pages, cur = [], []
    for ln in lines:
        if ln == "---":
            pages.append(cur)
            cur = []
            continue
        if ln.startswith("# "):
            cur.append(("B", ln[2:]))
        elif ln == "":
            cur.append(("R", ""))
        else:
            for w in textwrap.wrap(ln, width, break_long_words=False, replace_whitespace=False) or [""]:
                cur.append(("R", w))
    pages.append(cur)
    # split overlong pages
    out_pages = []
    for p in pages:
        while len(p) > 58:
            out_pages.append(p[:58])
            p = p[58:]
        out_pages.append(p)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pg = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for p in out_pages:
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        curf = "R"
        for f, t in p:
            if f != curf:
                cs.append(b"/F2 10.5 Tf" if f == "B" else b"/F1 10 Tf")
                curf = f
            cs.append(b"(" + _pdfs(t) + b") Tj T*")
        cs.append(b"ET")
        raw = b"\n".join(cs)
        comp = zlib.compress(raw, 6)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (pg, f1, f2, c)))
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pg
    objs[pg - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    def lit(s):
        return b"(" + _pdfs(s) + b")"
    info = add(b"<< /Title " + lit(title) + b" /Author " + lit(author) +
               b" /Producer (BHV Dokumentenservice 4.2) /CreationDate (D:" + date.encode() + b"+01'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(b"".join(objs)).hexdigest().encode()
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, fid, fid, x))
    return out.getvalue()


def pdf(fn, lines, title="", **kw):
    return ("bin", pdf_bytes(lines, title or fn, **kw), "application", "pdf", fn)


# ---- DOCX -----------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bytes(paras, title="", creator="Brückenhof Versicherungen"):
    """paras: str | ('h', str) | ('table', [[...], ...])"""
    body = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            body.append('<w:p><w:pPr><w:spacing w:after="120"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[1]))
        elif isinstance(p, tuple) and p[0] == "table":
            rows = []
            for r in p[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
           % (_W, "".join(body)))
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
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(creator)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", core), ("word/document.xml", doc)])


def docx(fn, paras, title=""):
    return ("bin", docx_bytes(paras, title), "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document", fn)


# ---- XLSX -----------------------------------------------------------------

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(sheets):
    """sheets: [(name, rows)], cell str -> inline string, int/float -> number."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
           % "".join(wb_rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbr), ("xl/styles.xml", styles)] + files)


def xlsx(fn, sheets):
    return ("bin", xlsx_bytes(sheets), "application",
            "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fn)


# ---- ODT / ODS ------------------------------------------------------------

_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
         'office:version="1.2"')


def _od(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODNS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("content.xml", content), ("META-INF/manifest.xml", manifest)],
                stored_first=True)


def odt(fn, paras):
    inner = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            inner.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[1]))
        elif isinstance(p, tuple) and p[0] == "table":
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c) for c in r) for r in p[1])
            inner.append('<table:table table:name="Tabelle1">%s</table:table>' % rows)
        else:
            inner.append("<text:p>%s</text:p>" % _x(p))
    mime = "application/vnd.oasis.opendocument.text"
    return ("bin", _od(mime, "<office:text>%s</office:text>" % "".join(inner)),
            "application", "vnd.oasis.opendocument.text", fn)


def ods(fn, sheets):
    tabs = []
    for name, rows in sheets:
        trs = []
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(trs)))
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    return ("bin", _od(mime, "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs)),
            "application", "vnd.oasis.opendocument.spreadsheet", fn)


# ---- ICS / CSV ------------------------------------------------------------

def ics(fn, summary, start, end, location="", desc="", organizer=None, uid=None,
        method="REQUEST", attendees=()):
    def dt(s):
        d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
        return d.strftime("%Y%m%dT%H%M%S")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
         "VERSION:2.0", "METHOD:%s" % method,
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
         "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
         "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
         "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT",
         "UID:%s" % (uid or _h(summary, start, n=24) + "@" + DOM),
         "DTSTAMP:20260101T080000Z",
         "DTSTART;TZID=Europe/Berlin:%s" % dt(start),
         "DTEND;TZID=Europe/Berlin:%s" % dt(end),
         "SUMMARY:%s" % esc(summary)]
    if location:
        L.append("LOCATION:%s" % esc(location))
    if desc:
        L.append("DESCRIPTION:%s" % esc(desc))
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % (STAFF[organizer][0], mail_of(organizer)))
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(fold(x) for x in L) + "\r\n"
    return ("bin", text.encode("utf-8"), "text", "calendar", fn)


def csvatt(fn, rows, sep=";", enc="utf-8", excel=False):
    lines = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(sep.join(cells))
    data = ("\r\n".join(lines) + "\r\n").encode(enc)
    if excel:
        return ("bin", data, "application", "vnd.ms-excel", fn)
    return ("csvraw", data, enc, fn)


# ---------------------------------------------------------------------------
# MAILS
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn.__name__, label, lang, kind, reason, fn))
        return fn
    return deco

# ===================== NORMAL, German =====================================


@mail("NORMAL", "de", "internal",
      "trap: asks a colleague to bring the aggregated KH (hospital) cost statistics Q4 to a meeting; no person")
def n_kh_statistik():
    quoted = """Hallo zusammen,

Donnerstag 10 Uhr Jour fixe Leistungscontrolling, Raum Porta 2.
Themen:
1. KH-Kosten Q4/2025 vs. Plan
2. Zahnstaffel – Auswirkungen nach einem Jahr
3. Rückstände Belegprüfung (Stand KW 3)

Gruß
Oliver"""
    body = """kannst du die KH-statistik Q4 ausgedruck mitbringen? mein drucker streikt
danke!

S.

""" + IPHONE_DE + """

Am 14.01.2026 um 16:02 schrieb Oliver Hagemeier <o.hagemeier@brueckenhof.example>:

""" + gt(quoted)
    return M(A("koetter"), "Priya Raman <p.raman@brueckenhof.example>",
             "AW: Jour fixe Leistungscontrolling Do 10 Uhr", "2026-01-15 07:41", body,
             irt="<20260114160231.8812@exch02.brueckenhof.example>")


@mail("NORMAL", "de", "internal",
      "trap: forwarded IT ticket about a scanner skewing doctors' invoices (Arztrechnungen); no patient or invoice data")
def n_scanner_ticket():
    body = """Ruben, fyi – bitte priorisieren, wir haben 2.000 Belege im Rückstand.

Svenja

""" + fw_de("IT-Servicedesk <servicedesk@brueckenhof.example>", "19.01.2026, 08:55",
            "[INC-0048817] Scanner Poststelle 2 zieht Arztrechnungen schief ein",
            "Svenja Kötter <s.koetter@brueckenhof.example>", """Guten Tag Frau Kötter,

Ihre Störungsmeldung wurde unter der Nummer INC-0048817 erfasst.

Beschreibung (von Ihnen): Der Hochleistungsscanner Poststelle 2 (Gerät SCN-P2-07) zieht
seit Freitag Arztrechnungen und Rezepte im Format DIN A5 schief ein. Die OCR erkennt dann
die Rechnungsbeträge nicht, die Belege landen alle in der manuellen Nachbearbeitung.

Priorität: 3 (normal)
Zugewiesen an: Gruppe Arbeitsplatz-Hardware

Sie erhalten eine weitere Nachricht, sobald sich der Status ändert.

Ihr IT-Servicedesk
Durchwahl -1111""")
    return M(A("koetter"), A("oyen"), "WG: [INC-0048817] Scanner Poststelle 2 zieht Arztrechnungen schief ein",
             "2026-01-19 09:03", body)


@mail("NORMAL", "de", "internal",
      "phone reply to a workshop invitation on the BU product; organisational only")
def n_stau():
    quoted = """Liebe Kolleginnen und Kollegen,

zur Überarbeitung unseres BU-Tarifs „BU Komfort 2027“ treffen wir uns am Montag,
2. Februar, 9:00–12:30 Uhr im Weserraum (EG). Bitte bringt eure Auswertungen zu
Leistungsquoten und Annahmepolitik mit. Die Agenda liegt im Teams-Kanal „Produkt BU“.

Viele Grüße
Oliver Hagemeier"""
    body = """stehe aufm wittekindsring im stau, fangt ohne mich an. agenda hab ich gelesen, pkt 3 gern ans ende

gül

""" + ANDROID_DE + """

-------- Ursprüngliche Nachricht --------
Von: Oliver Hagemeier <o.hagemeier@brueckenhof.example>
Datum: 27.01.26 11:20 (GMT+01:00)
An: BU-Produktteam <bu-produkt@brueckenhof.example>
Betreff: Workshop BU Komfort 2027

""" + quoted
    return M(A("aksoy"), "Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "AW: Workshop BU Komfort 2027", "2026-02-02 08:57", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits and AED pads for the insurer's own building; company supplier, no person data")
def n_erste_hilfe():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Bestellung Nr. 4500071392 für den Standort Weserglacis.
Bitte liefern Sie an die Warenannahme (Zufahrt über die Ringstraße, Rampe 2),
Montag bis Donnerstag zwischen 7:30 und 14:00 Uhr.

Die Rechnung bitte ausschließlich elektronisch (XRechnung) an
rechnungseingang@brueckenhof.example unter Angabe der Bestellnummer.

Mit freundlichen Grüßen

""" + sig("meier")
    lines = ["# Bestellung 4500071392", "",
             "Besteller: Brückenhof Versicherungen, Einkauf, Weserglacis 14, 32423 Minden",
             "Lieferant: MediSafe Betriebsbedarf GmbH, Industriestraße 9, 33602 Bielefeld",
             "Lieferantennummer: 700418     Datum: 21.01.2026     Zahlungsziel: 30 Tage netto", "",
             "Pos  Menge  Artikel                                         Einzelpreis   Gesamt",
             "10    24    Betriebsverbandkasten DIN 13157, Wandhalterung    38,90 EUR   933,60 EUR",
             "20     6    Nachfüllset DIN 13157                              21,50 EUR   129,00 EUR",
             "30     8    AED-Elektroden Erwachsene (passend Lifeline View)  64,00 EUR   512,00 EUR",
             "40     2    AED-Elektroden Kinder                             72,00 EUR   144,00 EUR",
             "50     4    Augenspülflasche 500 ml                             9,80 EUR    39,20 EUR",
             "60     2    Rettungsdecke, 10er-Pack                            7,40 EUR    14,80 EUR", "",
             "Summe netto 1.772,60 EUR   zzgl. 19 % USt 336,79 EUR   Gesamt 2.109,39 EUR", "",
             "Es gelten die Allgemeinen Einkaufsbedingungen der Brückenhof Versicherungen (Stand 01/2025).",
             "Ansprechpartner: Sebastian Meier-Lübke, Telefon 0571 9180-1250"]
    return M(A("meier"), "MediSafe Auftragsannahme <auftrag@medisafe-betriebsbedarf.example>",
             "Bestellung 4500071392 – Verbandkästen und AED-Elektroden", "2026-01-21 10:14", body,
             atts=[pdf("Bestellung_4500071392.pdf", lines, "Bestellung 4500071392")])


@mail("NORMAL", "de", "newsletter",
      "trap: product newsletter on dental supplementary cover with example prices; no identifiable person")
def n_newsletter_zahn():
    text = """Brückenhof Kundenbrief – Frühjahr 2026

Lächeln ohne Kostenschock: die neue Zahnzusatzversicherung ZahnPlus

Eine Krone aus Vollkeramik kostet schnell 900 Euro, ein Implantat mehr als 2.500 Euro.
Die gesetzliche Krankenkasse zahlt davon meist nur den Festzuschuss.

Mit ZahnPlus erstatten wir bis zu 90 % des Rechnungsbetrags für Zahnersatz, Inlays und
Implantate, dazu zweimal im Jahr die professionelle Zahnreinigung bis 150 Euro.

Beispielbeiträge monatlich:
  Eintrittsalter 25: 14,90 EUR
  Eintrittsalter 40: 22,40 EUR
  Eintrittsalter 55: 34,10 EUR

Ohne Gesundheitsprüfung bis zu zwei fehlenden Zähnen. Wartezeit: keine für Prophylaxe.

Mehr unter https://www.brueckenhof.example/zahnplus

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden: https://www.brueckenhof.example/newsletter/abmelden
Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kundenbrief Frühjahr 2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
<p style="font-size:12px;color:#666">Brückenhof Kundenbrief – Frühjahr 2026</p>
<h1 style="color:#0b5c7a">Lächeln ohne Kostenschock</h1>
<p>Eine Krone aus Vollkeramik kostet schnell 900&nbsp;Euro, ein Implantat mehr als 2.500&nbsp;Euro.
Die gesetzliche Krankenkasse zahlt davon meist nur den Festzuschuss.</p>
<p>Mit <b>ZahnPlus</b> erstatten wir bis zu 90&nbsp;% des Rechnungsbetrags für Zahnersatz, Inlays und
Implantate, dazu zweimal im Jahr die professionelle Zahnreinigung bis 150&nbsp;Euro.</p>
<table style="border-collapse:collapse" border="1" cellpadding="6">
<tr style="background:#e6f1f5"><th>Eintrittsalter</th><th>Beitrag monatlich</th></tr>
<tr><td>25</td><td>14,90 EUR</td></tr>
<tr><td>40</td><td>22,40 EUR</td></tr>
<tr><td>55</td><td>34,10 EUR</td></tr>
</table>
<p>Ohne Gesundheitsprüfung bis zu zwei fehlenden Zähnen. Wartezeit: keine für Prophylaxe.</p>
<p><a href="https://www.brueckenhof.example/zahnplus">Jetzt Beitrag berechnen</a></p>
<hr><p style="font-size:11px;color:#888">Sie möchten diesen Newsletter nicht mehr erhalten?
<a href="https://www.brueckenhof.example/newsletter/abmelden">Abmelden</a><br>
Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden</p>
</body></html>"""
    return M("Brückenhof Versicherungen <newsletter@brueckenhof.example>",
             "newsletter-kunden@lists.brueckenhof.example",
             "Lächeln ohne Kostenschock – ZahnPlus ist da", "2026-03-10 06:30", text, html=html,
             headers=[("List-Unsubscribe", "<https://www.brueckenhof.example/newsletter/abmelden>"),
                      ("Precedence", "bulk")])


@mail("NORMAL", "de", "internal",
      "summer party organisation; names of colleagues only in organisational context")
def n_sommerfest():
    body = """Hallo ihr Lieben,

das Sommerfest findet am Freitag, 26. Juni, ab 15 Uhr auf der Wiese hinter Gebäude C statt
(bei Regen in der Kantine). Für Grill und Getränke ist gesorgt, Salate und Kuchen nehmen
wir gern als Spende entgegen – Liste hängt an der Kaffeeküche 2. OG.

Wer beim Aufbau helfen mag (ab 12 Uhr): bitte bei Birte melden.
Fürs Kicker-Turnier brauchen wir noch zwei Teams aus der Schadenabteilung, Malte und
Heiko haben schon zugesagt.

Bis dann!
Nadine

""" + sig("holtkamp", foot=False)
    return M(A("holtkamp"), "Alle Mitarbeitenden Minden <alle-minden@brueckenhof.example>",
             "Sommerfest 26.06. – Helfer gesucht", "2026-05-28 13:20", body)


@mail("NORMAL", "de", "internal",
      "trap: data-protection jour-fixe minutes (DOCX) about how health data is mailed; no person or case data")
def n_dsb_protokoll():
    body = """Hallo zusammen,

anbei das Protokoll vom Datenschutz-Jour-fixe am 4. Februar. Bitte Korrekturen bis Freitag.
Die offenen Punkte (insb. TOP 3 Signaturen der Leistungsabteilungen) gehen in die
Maßnahmenliste.

Viele Grüße
Marlies Vahrenkamp

""" + sig("vahrenkamp")
    paras = [("h", "Protokoll Datenschutz-Jour-fixe 04.02.2026"),
             "Teilnehmende: Datenschutz, IT-Betrieb Messaging, Leistung Kranken, Leistung Leben, Kundenservice, Revision",
             ("h", "TOP 1 – Secure-Mail-Gateway"),
             "Die Regel, dass Post aus den Leistungsabteilungen Kranken, Leben, BU und Unfall grundsätzlich als streng vertraulich behandelt wird, bleibt bestehen. Ausnahmen nur mit dokumentierter Kundeneinwilligung (TLS).",
             "Die Zahl der Zustellungen über das Portal-Postfach ist im Januar auf 61 % gestiegen (Dezember: 54 %).",
             ("h", "TOP 2 – Diagnosen im Betreff"),
             "Es wurden Stichproben gezogen: in 3 von 400 ausgehenden Mails standen Diagnosen oder ICD-Codes im Betreff. Betreffzeilen werden auch bei verschlüsselter Übertragung nicht immer geschützt. Schulungshinweis an alle Leistungsbereiche.",
             ("h", "TOP 3 – Signaturen"),
             "Einheitliche Signaturen mit Hinweis auf das Portal werden bis 31.03. ausgerollt (Verantwortlich: Unternehmenskommunikation).",
             ("h", "TOP 4 – Verschiedenes"),
             "Löschkonzept Schadenakten Kfz: Entwurf liegt vor, Abstimmung mit Revision im März.",
             ("table", [["Nr.", "Maßnahme", "Verantwortlich", "Termin"],
                        ["1", "Schulungshinweis Betreffzeilen", "Datenschutz", "28.02.2026"],
                        ["2", "Signaturen ausrollen", "Kommunikation", "31.03.2026"],
                        ["3", "Löschkonzept Kfz abstimmen", "Schaden Kfz / Revision", "31.03.2026"]]),
             "Protokoll: M. Vahrenkamp"]
    return M(A("vahrenkamp"), "Datenschutz-Jour-fixe <dsjf@brueckenhof.example>",
             "Protokoll DS-Jour-fixe 04.02.", "2026-02-05 15:47", body,
             atts=[docx("Protokoll_DSJF_2026-02-04.docx", paras, "Protokoll DS-Jour-fixe")])


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: pipe burst in the physiotherapy practice that rents space in the insurer's own building; facility matter, no patient data")
def n_wasserschaden_praxis():
    body = """Hallo Herr Dreier,

wie eben telefonisch besprochen: im Erdgeschoss Gebäude B (Mieteinheit 0.04, Physiotherapie
Weserpraxis) ist heute Nacht eine Zuleitung in der Teeküche geplatzt. Betroffen sind der
Flur, zwei Behandlungsräume und der Raum mit den Fango-Geräten. Die Praxis hat den
Betrieb heute eingestellt und ihre Termine verlegt.

Bitte schicken Sie so schnell wie möglich jemanden für die Leckortung und die
Trocknung. Die Hauptabsperrung ist zu, Kaltwasser für Gebäude B ist bis auf Weiteres aus.
Schlüssel gibt es beim Empfang, Ansprechpartner vor Ort ist Herr Tönsing vom Haus-
dienst (0171 5502291).

Die Praxis meldet den Schaden an ihrer Einrichtung selbst bei ihrem Versicherer.

Danke und Gruß
Heiko Strothmann
(heute als Vertretung Facility, weil Frau Brinkmann im Urlaub ist)

""" + sig("strothmann")
    return M(A("strothmann"), "Dreier Haustechnik <service@dreier-haustechnik.example>",
             "Dringend: Wasserschaden Gebäude B, EG – Leckortung/Trocknung", "2026-02-09 07:22",
             body, prio="1 (Highest)")


@mail("NORMAL", "de", "internal",
      "trap: internal job advert for a care advisor (Pflegefachkraft) and company doctor assistant; no person")
def n_stellenanzeige():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum 1. Juli Verstärkung – vielleicht kennt ihr jemanden?

Pflegeberaterin / Pflegeberater (m/w/d) – Vollzeit oder Teilzeit (ab 30 Std.)
  – Beratung unserer Versicherten zu Pflegegraden, Hilfsmitteln und Entlastungsleistungen
    (telefonisch und vor Ort im Raum Minden-Lübbecke / Herford)
  – abgeschlossene Ausbildung als Pflegefachkraft, gern mit Weiterbildung nach § 7a SGB XI
  – Dienstwagen, auch zur privaten Nutzung

Medizinische Fachangestellte (m/w/d) für den Gesellschaftsärztlichen Dienst
  – Vorbereitung ärztlicher Unterlagen für die Risikoprüfung, Anforderung von Arztberichten
  – Kenntnisse in ICD-10-Kodierung von Vorteil

Details im Intranet unter Karriere > Interne Stellen. Für Empfehlungen, die zu einer
Einstellung führen, gibt es wie immer die Prämie von 1.000 Euro.

Viele Grüße
Nadine Holtkamp

""" + sig("holtkamp", foot=False)
    return M(A("holtkamp"), "Alle Mitarbeitenden <alle@brueckenhof.example>",
             "Interne Stellenausschreibung: Pflegeberatung und MFA (m/w/d)", "2026-04-13 11:05", body)


@mail("NORMAL", "de", "internal",
      "trap: one-line reply confirming a room for an ICD-10 coding training; only makes sense with the quote")
def n_raum_icd():
    quoted = """Hi Katrin,

kannst du für die ICD-10-Schulung der neuen Sachbearbeiter (Unfall + Kranken, 14 Leute)
den großen Raum Porta 1 am 17.3. ganztags blocken? Referentin ist wieder Frau Dr. Pollmeier.

Danke, Svenja"""
    body = """ja, ist gebucht 8-16 uhr. beamer bitte selbst mitbringen, der im raum ist kaputt

k.

Am 02.03.26 um 09:10 schrieb Svenja Kötter:
""" + gt(quoted)
    return M(A("buschmeier"), A("koetter"), "Re: Raum für ICD-Schulung 17.3.", "2026-03-02 09:31",
             body, cte="8bit", flowed=True,
             mailer="Mozilla Thunderbird")


@mail("NORMAL", "de", "insurer-to-customer",
      "prospect asks about long-term care supplement; generic product answer, no contract or health data of the person")
def n_pflege_interessent():
    quoted = """Guten Tag,

meine Eltern sind beide Ende 60 und ich überlege, für mich selbst (42) eine
Pflegezusatzversicherung abzuschließen. Was kostet sowas ungefähr und ab wann zahlt die?

Danke
A. Wiebking"""
    body = """Guten Tag Herr Wiebking,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung.

Unser Tarif PflegeTag zahlt ein Pflegetagegeld, dessen Höhe vom Pflegegrad abhängt
(in Pflegegrad 5 100 % der versicherten Summe, in Pflegegrad 1 10 %). Bei einem Eintritts-
alter von 42 Jahren liegt der Beitrag für 30 Euro Tagegeld bei rund 28 Euro im Monat; den
genauen Beitrag und die Gesundheitsfragen finden Sie im Online-Rechner:
https://www.brueckenhof.example/pflegetag

Gern beraten wir Sie auch persönlich, unsere Geschäftsstelle in der Bäckerstraße ist
montags bis freitags von 9 bis 17 Uhr geöffnet. Einen Informationsflyer habe ich Ihnen
als PDF beigefügt.

Freundliche Grüße

""" + sig("tiemann") + """

""" + ol_de("A. Wiebking <a.wiebking@posteo.example>", "Dienstag, 3. März 2026 21:47",
            "info@brueckenhof.example", "Frage Pflegeversicherung", quoted)
    flyer = ["# PflegeTag – Pflegetagegeld von Brückenhof", "",
             "Warum vorsorgen? Die gesetzliche Pflegeversicherung deckt nur einen Teil der Kosten. Ein Platz im Pflegeheim kostet in NRW durchschnittlich mehr als 3.000 Euro Eigenanteil im Monat.",
             "", "Leistungen nach Pflegegrad (in % des vereinbarten Tagegelds):",
             "Pflegegrad 1: 10 %   Pflegegrad 2: 30 %   Pflegegrad 3: 50 %   Pflegegrad 4: 80 %   Pflegegrad 5: 100 %",
             "", "Beitragsbefreiung ab Pflegegrad 3. Einmalleistung bei erstmaliger Einstufung: das 30-fache Tagegeld.",
             "", "Dieses Informationsblatt ersetzt nicht die Versicherungsbedingungen (AVB PflegeTag 2025)."]
    return M(A("tiemann"), "a.wiebking@posteo.example", "AW: Frage Pflegeversicherung", "2026-03-04 10:12",
             body, atts=[pdf("Flyer_PflegeTag.pdf", flyer, "PflegeTag")])


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker circular on the new BU tariff with premiums for a fictitious model customer; nobody identifiable")
def n_makler_bu_rundschreiben():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 1. April stellen wir die Berufsunfähigkeitsversicherung auf die Tarifgeneration
„BU Komfort 2026“ um. Die wichtigsten Änderungen:

  • Verzicht auf die abstrakte Verweisung jetzt auch für Selbstständige mit bis zu
    10 Mitarbeitenden
  • vereinfachte Gesundheitsfragen für Azubis und Studierende (5 statt 12 Fragen)
  • neue Berufsgruppe 1+ für Akademiker mit überwiegender Bürotätigkeit
  • Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bis Alter 45

Beispielrechnung (Modellkunde, fiktiv): Eintrittsalter 30, Bürokaufmann, BU-Rente
1.500 Euro, Endalter 67 – Zahlbeitrag 61,83 Euro monatlich (bisher 66,10 Euro).

Anträge nach alter Tarifgeneration nehmen wir bis 31. März (Eingang) an. Die neuen
Antragsformulare und das Produktinformationsblatt stehen ab sofort im Maklerportal
unter Downloads > Leben/BU bereit.

Für Fragen erreichen Sie mich wie gewohnt.

Mit freundlichen Grüßen

""" + sig("wehking")
    return M(A("wehking"), "Makler OWL <makler-owl@lists.brueckenhof.example>",
             "Rundschreiben 04/2026: BU Komfort 2026 – Tarifwechsel zum 01.04.", "2026-02-16 08:00", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "de", "internal",
      "trap: XLSX with sickness-absence (AU) rates per department, aggregated; hasty cover note")
def n_au_quote():
    body = """anbei die AU-zahlen Q1 für die GL-runde. bitte nicht weiter rumschicken, betriebsrat
kriegt sie erst nächste woche.

kleinste abteilung (kantine, 6 leute) hab ich mit haustechnik zusammengelegt, sonst
kann man rückschlüsse ziehen.

n.

""" + sig("holtkamp", foot=False)
    rows = [["Abteilung", "Köpfe", "AU-Tage Q1", "AU-Quote %", "Vorjahr %"],
            ["Leistung Kranken", 64, 412, 7.2, 6.5],
            ["Leistung Leben/BU", 31, 158, 5.7, 6.1],
            ["Schaden Kfz", 48, 301, 7.0, 7.4],
            ["Schaden Sach/Haftpflicht", 39, 197, 5.6, 5.0],
            ["Kundenservice", 72, 588, 9.1, 8.2],
            ["IT", 55, 214, 4.3, 4.6],
            ["Vertrieb/Maklerbetreuung", 28, 96, 3.8, 4.0],
            ["Verwaltung (inkl. Kantine, Haustechnik)", 41, 262, 7.1, 6.9],
            ["Gesamt", 378, 2228, 6.5, 6.3],
            [],
            ["Langzeitfälle (>42 Tage) nur gesamt: 10; keine Aufschlüsselung nach Abteilung"]]
    return M(A("holtkamp"), "Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "AU-Quoten Q1", "2026-04-08 17:46", body,
             atts=[xlsx("AU_Quoten_Q1_2026.xlsx", [("Q1 2026", rows)])])


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: CSV with care-level (Pflegegrad) counts of the portfolio for the industry association; aggregate only")
def n_pflegegrade_verband():
    body = """Sehr geehrte Frau Dr. Kaltenbach,

wie angefragt erhalten Sie unsere Zulieferung (ZIP) zur Verbandsstatistik Pflegepflicht-
versicherung (PPV) zum Stichtag 31.12.2025. Die Datei enthält die Zahl der
Leistungsempfänger nach Pflegegrad, Altersgruppe und Versorgungsform; Zellen unter 5
sind wie vereinbart mit „<5“ ausgewiesen.

Bei Rückfragen wenden Sie sich bitte an mich oder an Frau Raman aus dem Aktuariat.

Mit freundlichen Grüßen

""" + sig("rolf")
    rows = [["Stichtag", "Pflegegrad", "Altersgruppe", "Versorgungsform", "Anzahl"],
            ["2025-12-31", "1", "unter 60", "ambulant", "37"],
            ["2025-12-31", "1", "60-79", "ambulant", "212"],
            ["2025-12-31", "1", "80+", "ambulant", "301"],
            ["2025-12-31", "2", "unter 60", "ambulant", "58"],
            ["2025-12-31", "2", "60-79", "ambulant", "344"],
            ["2025-12-31", "2", "80+", "ambulant", "689"],
            ["2025-12-31", "2", "80+", "stationär", "71"],
            ["2025-12-31", "3", "60-79", "ambulant", "198"],
            ["2025-12-31", "3", "80+", "ambulant", "455"],
            ["2025-12-31", "3", "80+", "stationär", "163"],
            ["2025-12-31", "4", "60-79", "stationär", "49"],
            ["2025-12-31", "4", "80+", "stationär", "227"],
            ["2025-12-31", "5", "unter 60", "stationär", "<5"],
            ["2025-12-31", "5", "80+", "stationär", "88"]]
    return M(A("rolf"), "Dr. Judith Kaltenbach <j.kaltenbach@pkv-statistikverband.example>",
             "Zulieferung PPV-Statistik Stichtag 31.12.2025", "2026-02-24 14:30", body,
             cc="Priya Raman <p.raman@brueckenhof.example>",
             atts=[zipatt("BHV_PPV_20251231.zip", [
                 ("BHV_PPV_Pflegegrade_20251231.csv", csvatt("x", rows)[1]),
                 ("Liesmich.txt", "Zulieferung PPV-Statistik, Brückenhof Krankenversicherung AG\r\n"
                                  "Stichtag 31.12.2025, Trennzeichen Semikolon, UTF-8\r\n"
                                  "Zellen mit weniger als 5 Fällen als <5 ausgewiesen.\r\n")],
                 date=(2026, 2, 24, 14, 12, 0))])


@mail("NORMAL", "de", "internal",
      "IT ticket: one-time-password mails of the portal land in spam; technical, no personal data")
def n_otp_spam():
    body = """Moin Ruben,

seit dem Zertifikatswechsel am Wochenende melden uns Kunden vermehrt, dass die Mail
mit dem Einmal-Passwort für das Portal-Postfach im Spam landet (heute schon 9 Anrufe,
vor allem Empfänger bei t-online und web). Die Signalisierungsmails kommen dagegen an.

Kann es sein, dass der DKIM-Eintrag für portal.brueckenhof.example noch den alten
Schlüssel hat? Ich hab mal bei mir privat getestet, Header hängt unten an.

Authentication-Results: mx.web.example;
  dkim=fail (bad signature) header.d=portal.brueckenhof.example;
  spf=pass smtp.mailfrom=portal.brueckenhof.example;
  dmarc=fail (p=quarantine) header.from=portal.brueckenhof.example

Danke dir
Birte

""" + sig("tiemann", foot=False)
    return M(A("tiemann"), A("oyen"), "Portal: Einmal-Passwort-Mails im Spam (DKIM?)",
             "2026-03-16 11:18", body)


@mail("NORMAL", "de", "insurer-to-customer",
      "portal notification mail without content ('you have a new secure message')")
def n_portal_benachrichtigung():
    text = """Guten Tag,

in Ihrem Brückenhof SecureMail-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich unter https://securemail.brueckenhof.example an, um die Nachricht
zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte und keine Anhänge.

Die Nachricht wird 90 Tage nach Zustellung automatisch gelöscht.

Dies ist eine automatisch erstellte E-Mail, bitte antworten Sie nicht darauf.

Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Guten Tag,</p>
<p>in Ihrem <b>Brückenhof SecureMail-Postfach</b> liegt eine neue Nachricht für Sie.</p>
<p><a href="https://securemail.brueckenhof.example" style="background:#0b5c7a;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p>Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte und keine Anhänge.<br>
Die Nachricht wird 90 Tage nach Zustellung automatisch gelöscht.</p>
<p style="color:#888;font-size:11px">Dies ist eine automatisch erstellte E-Mail, bitte antworten Sie nicht darauf.<br>
Brückenhof Versicherungen · Weserglacis 14 · 32423 Minden</p></body></html>"""
    return M("Brückenhof SecureMail <noreply-securemail@brueckenhof.example>",
             "k.hesse-beermann@t-online.example", "Neue Nachricht in Ihrem SecureMail-Postfach",
             "2026-03-18 14:02", text, html=html,
             headers=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "de", "internal",
      "trap: out-of-office reply naming the department for hospital billing (KH-Abrechnung); no case")
def n_abwesend():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April nicht im Büro und lese meine E-Mails nicht.
Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen:
  KH-Abrechnung / Kostenübernahmen: kh-abrechnung@brueckenhof.example, -4400
  Arzt- und Zahnarztrechnungen: leistung-kranken@brueckenhof.example
  alles andere: Birte Tiemann, Kundenservice, -0

Bitte senden Sie Unterlagen mit Gesundheitsangaben nicht per unverschlüsselter E-Mail,
sondern über unser SecureMail-Portal.

Svenja Kötter"""
    return M(A("koetter"), "Kevin Schnier <k.schnier@brueckenhof.example>",
             "Automatische Antwort: Testlauf Postfachregeln", "2026-03-30 08:01", body,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail("NORMAL", "de", "internal",
      "trap: forwarded press article on hospital reform with a one-word comment; public information only")
def n_presse_kh_reform():
    body = """lesenswert! v.a. der teil zu den level-1i-kliniken, betrifft uns bei den KH-verträgen

O.

""" + IPHONE_DE + """

Anfang der weitergeleiteten Nachricht:

> Von: Pressespiegel Brückenhof <pressespiegel@brueckenhof.example>
> Datum: 22. April 2026 um 06:15:03 MESZ
> An: Führungskräfte <fk@brueckenhof.example>
> Betreff: Pressespiegel 22.04.2026
>
> WESTFALEN-KURIER, 22.04.2026
> Klinikreform: Drei Häuser im Kreis sollen zu Gesundheitszentren werden
>
> Bielefeld/Minden. Die Krankenhausreform des Bundes trifft Ostwestfalen stärker als
> erwartet. Nach den Plänen des Landes sollen drei kleinere Häuser ihre Notaufnahmen
> schließen und künftig als sektorenübergreifende Einrichtungen (Level 1i) vor allem
> ambulante Operationen und Kurzzeitpflege anbieten. Die Zahl der Betten im Kreis sinkt
> bis 2028 um rund 180. Krankenkassen und private Versicherer rechnen mit kürzeren
> Liegezeiten, aber längeren Anfahrtswegen für Patientinnen und Patienten.
>
> (Nutzung nur für den internen Gebrauch, Lizenz Pressespiegel 2026)"""
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", A("koetter"),
             "WG: Pressespiegel 22.04.2026", "2026-04-22 07:09", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order to collect shredding containers for old health-claims files; no file content")
def n_aktenvernichtung():
    body = """Sehr geehrte Frau Kuhlmann,

bitte holen Sie am Dienstag, 12. Mai, die folgenden Sicherheitsbehälter ab:

  – 14 × 240-l-Tonne, Archiv UG Raum U.17 (Leistungsakten Krankenversicherung,
    Aufbewahrungsfrist abgelaufen, Jahrgänge bis 2014)
  – 3 × 240-l-Tonne, 2. OG Poststelle (Fehlscans / Doppel)

Vernichtung bitte nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4, mit Vernich-
tungsprotokoll an mich. Der Schlüssel für U.17 liegt am Empfang bereit; bitte melden Sie
Ihren Fahrer mit Kennzeichen vorher kurz an (Schranke Ringstraße).

Rahmenvertrag Nr. RV-2023-118, Kostenstelle 4100.

Mit freundlichen Grüßen

""" + sig("meier")
    return M(A("meier"), "Aktenwolf Datenvernichtung <disposition@aktenwolf.example>",
             "Abholung Sicherheitsbehälter 12.05. – RV-2023-118", "2026-05-04 09:37", body)


@mail("NORMAL", "de", "internal",
      "trap: calendar invitation (ICS) for a training on handling health data in mail; no person data")
def n_schulung_ics():
    body = """Liebe Kolleginnen und Kollegen der Leistungsbereiche,

die Pflichtschulung „Gesundheitsdaten im E-Mail-Verkehr – Portal, TLS, Einwilligung“
findet in zwei Terminen statt. Bitte nehmt an einem der beiden teil und tragt euch im
Lernportal ein. Inhalte: wann darf was per TLS raus, wie erkenne ich streng vertrauliche
Inhalte (Diagnosen, Arztberichte, Rechnungen), was tun bei Fehlversand.

Dauer 90 Minuten, Teams oder Raum Porta 1.

Marlies Vahrenkamp

""" + sig("vahrenkamp", foot=False)
    return M(A("vahrenkamp"), "Leistung alle <leistung-alle@brueckenhof.example>",
             "Einladung: Pflichtschulung Gesundheitsdaten im E-Mail-Verkehr", "2026-01-26 12:00", body,
             atts=[ics("Schulung_Gesundheitsdaten.ics", "Pflichtschulung Gesundheitsdaten im E-Mail-Verkehr",
                       "2026-02-11 10:00", "2026-02-11 11:30", "Raum Porta 1 / Microsoft Teams",
                       "Termin 1 von 2. Bitte Laptop mitbringen.", organizer="vahrenkamp",
                       attendees=["leistung-alle@brueckenhof.example"])])


@mail("NORMAL", "de", "internal",
      "trap: 'passt, so raus' to a quoted rejection-letter template with «placeholders» for cost coverage; no real case")
def n_vorlage_ok():
    quoted = """Hallo Oliver,

hier der Entwurf für die neue Textbaustein-Vorlage „Ablehnung Kostenübernahme –
fehlende medizinische Notwendigkeit“. Juristisch ist sie durch, fehlt nur dein OK.

---
Sehr geehrte(r) «Anrede» «Nachname»,

wir haben Ihren Antrag auf Kostenübernahme für «Behandlung» vom «Datum_Antrag» geprüft.
Nach Auswertung der eingereichten Unterlagen durch unseren medizinischen Dienst können
wir die medizinische Notwendigkeit im Sinne von § 1 Abs. 2 MB/KK nicht bestätigen.
Die Gründe: «Begründung_Freitext».

Sie können die Entscheidung durch einen unabhängigen Gutachter überprüfen lassen …
---

Gruß Svenja"""
    body = """passt. so raus, danke!

O.

""" + IPHONE_DE + """

> Am 05.05.2026 um 14:12 schrieb Svenja Kötter <s.koetter@brueckenhof.example>:
>
""" + gt(quoted)
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", A("koetter"),
             "AW: Vorlage Ablehnung Kostenübernahme – bitte Freigabe", "2026-05-05 18:40", body)


@mail("NORMAL", "de", "insurer-to-partner",
      "press release on motor premiums with portfolio statistics; no person")
def n_pressemitteilung():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung zur Beitragsentwicklung in der Kfz-Versicherung. Für
Rückfragen stehe ich Ihnen gern zur Verfügung; Interviews mit Vorstand Carsten Obermeier
sind am 26. und 27. Januar möglich.

---
PRESSEMITTEILUNG

Brückenhof hält Kfz-Beiträge 2026 weitgehend stabil

Minden, 20. Januar 2026. Die Brückenhof Allgemeine Versicherung AG erhöht die Beiträge
in der Kfz-Haftpflicht zum Hauptfälligkeitstermin im Durchschnitt um 2,1 Prozent und damit
deutlich weniger als der Markt. In der Vollkasko bleiben die Beiträge für rund 60 Prozent
der Kundinnen und Kunden unverändert.

„Die Reparaturkosten sind 2025 erneut um fast 7 Prozent gestiegen, vor allem wegen teurer
Ersatzteile und Sensorik“, sagt Vorstand Carsten Obermeier. „Gleichzeitig hatten wir
weniger Unwetterschäden als 2024.“ Die Schadenquote in Kfz lag 2025 bei 97,4 Prozent
(Vorjahr 101,8 Prozent). Rund 212.000 Fahrzeuge sind bei Brückenhof versichert.

Über Brückenhof: Die Brückenhof Versicherungen mit Sitz in Minden betreuen mit 1.450
Mitarbeitenden rund 640.000 Kundinnen und Kunden in Ostwestfalen-Lippe und Niedersachsen.
---

Mit freundlichen Grüßen

""" + sig("brune")
    return M(A("brune"), "Redaktion Wirtschaft <wirtschaft@westfalen-kurier.example>",
             "Pressemitteilung: Brückenhof hält Kfz-Beiträge 2026 weitgehend stabil",
             "2026-01-20 10:00", body, bcc="presseverteiler@brueckenhof.example")


@mail("NORMAL", "de", "internal",
      "minutes of a property claims conference after a storm; aggregated claim numbers, no policyholder")
def n_sturm_protokoll():
    body = """Hallo zusammen,

kurzes Protokoll unserer Schadenkonferenz zu Sturmtief „Elfriede“ (16./17. Februar):

1. Meldungen bis heute: 1.184 (Wohngebäude 902, Hausrat 131, Gewerbe 97, Kfz 54)
2. Schwerpunkte: Minden-Dankersen, Petershagen, Porta Westfalica (Dächer, umgestürzte Bäume)
3. Geschätzter Aufwand brutto 6,8 Mio. EUR, davon Großschäden >100 TEUR: 4
4. Regulierung: bis 2.500 EUR ohne Besichtigung auf Fotos, ab 2.500 EUR Sachverständiger.
   Externe SV-Büros Pohlmann und Grotegut sind beauftragt, Kapazität je 40 Besichtigungen/Woche.
5. Kundenservice bekommt ab Montag zwei Aushilfen aus Kfz-Schaden (Malte klärt).
6. Meldung an Rückversicherung (Kumulschaden) – macht Priya bis Freitag.

Nächste Runde Dienstag, 9 Uhr.

Heiko

""" + sig("strothmann", foot=False)
    return M(A("strothmann"), "Schaden Sach Team <schaden-sach@brueckenhof.example>",
             "Protokoll Schadenkonferenz Sturm Elfriede 19.02.", "2026-02-19 16:25", body,
             charset="windows-1252", mailer="Microsoft Outlook 16.0",
             cc="Priya Raman <p.raman@brueckenhof.example>, Malte Riechmann <m.riechmann@brueckenhof.example>")


@mail("NORMAL", "de", "internal",
      "trap: anonymised training case study on a disability (BU) claim (age band, occupation, back condition); nobody identifiable")
def n_fallstudie_bu():
    body = """Hallo Gül,

für die Einarbeitung der beiden neuen Kolleginnen habe ich die Fallstudie von letztem
Jahr aktualisiert (Anlage). Namen, Daten und Orte sind komplett verfremdet, der Fall ist
aus drei echten Fällen zusammengesetzt. Schaust du bitte drüber, ob die Leistungs-
entscheidung so noch zu den aktuellen Bedingungen passt?

Danke
Oliver

""" + sig("hagemeier", foot=False)
    paras = [("h", "Fallstudie BU-Leistung (fiktiv) – Einarbeitung 2026"),
             "Versicherte Person: männlich, Altersgruppe 40–49, Dachdecker (Berufsgruppe 4), selbstständig mit zwei Angestellten.",
             "Vertrag: BU-Rente 1.800 EUR, abgeschlossen vor 9 Jahren, keine Vorerkrankungen angegeben.",
             "Leistungsantrag: seit ca. 7 Monaten Rückenbeschwerden, Bandscheibenvorfall L4/L5, konservative Therapie, Physiotherapie ohne durchgreifenden Erfolg.",
             ("h", "Aufgaben"),
             "1. Welche Unterlagen fordern Sie an? (Tätigkeitsbeschreibung, Arztberichte, Betriebsumorganisation)",
             "2. Ist eine Umorganisation des Betriebs zumutbar? Prüfen Sie die Kriterien (Anteil Bürotätigkeit, Einkommenseinbuße, Kapitaleinsatz).",
             "3. Formulieren Sie ein Anerkenntnis oder eine begründete Ablehnung.",
             ("h", "Musterlösung (nur für Trainer)"),
             "Umorganisation nicht zumutbar, da mehr als 80 % körperliche Tätigkeit und Betrieb zu klein. Anerkenntnis ab Beginn des sechsten Monats (Prognoseklausel)."]
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", A("aksoy"),
             "Fallstudie BU für Einarbeitung – bitte gegenlesen", "2026-03-11 13:52", body,
             atts=[odt("Fallstudie_BU_Einarbeitung_2026.odt", paras)])


@mail("NORMAL", "de", "insurer-to-supplier",
      "IT supplier: renewal of the secure-mail domain certificate; technical only")
def n_zertifikat():
    body = """Hallo Herr Szymański,

unser Domänenzertifikat für das Gateway (S/MIME, brueckenhof.example) läuft am 31. März
ab. Bitte stoßen Sie die Verlängerung über Ihr Reseller-Konto an – gleiche Schlüssellänge
(RSA 4096), gleiche Organisation, Laufzeit wieder 2 Jahre.

Den CSR habe ich im Ticket hinterlegt (Ticket NL-22817). Die Validierung per DNS-TXT-Eintrag
bekommen wir am Dienstag hin; danach bitte die komplette Kette als PEM liefern, damit wir
sie in die Zertifikatsverwaltung des Gateways und an die drei Partner mit Gateway-zu-
Gateway-Verschlüsselung (zwei Rückversicherer, die Assistance) schicken können.

Viele Grüße
Ruben Oyen

""" + sig("oyen")
    return M(A("oyen"), "Nordlicht IT Service <support@nordlicht-it.example>",
             "Verlängerung Domänenzertifikat brueckenhof.example – Ticket NL-22817",
             "2026-02-27 15:05", body)


@mail("NORMAL", "de", "internal",
      "short phone message about lunch; nothing sensitive")
def n_kantine():
    body = """kantine hat heute zu (wasserschaden küche?!), wir gehn 12:15 zum griechen am marktplatz. wer mit, daumen hoch im chat

m.

""" + IPHONE_DE
    return M(A("riechmann"), "Kfz-Schaden Team <kfz-schaden@brueckenhof.example>", "mittag",
             "2026-02-12 11:02", body)


@mail("NORMAL", "de", "insurer-to-broker",
      "broker asks how to register for the broker portal; generic answer about one-time password by post; no customer data")
def n_maklerportal_registrierung():
    quoted = """Hallo Herr Wehking,

wir haben zum 1.3. eine neue Mitarbeiterin, Frau Schöning. Wie bekommt die einen Zugang
zum Maklerportal? Muss ich das als Administrator machen oder Sie?

Beste Grüße
Rolf Meinecke
Finanzkontor Rehme GmbH"""
    body = """Hallo Herr Meinecke,

das können Sie als Makleradministrator selbst: im Maklerportal unter „Verwaltung >
Benutzer > Neuer Benutzer“ die Daten von Frau Schöning eintragen und die Rechte wählen.
Wenn sie Kunden- und Vertragsdaten sehen soll, den Haken bei „Bestandsrechte“ setzen.

Frau Schöning bekommt dann automatisch eine Mail mit dem Link zur Registrierung; das
Initialpasswort schicken wir ihr aus Sicherheitsgründen getrennt per Brief an Ihre
Geschäftsadresse. Beim ersten Login legt sie ein eigenes Passwort und die Sicherheits-
frage fest.

Viele Grüße

""" + sig("wehking") + """

""" + ol_de("Rolf Meinecke <r.meinecke@finanzkontor-rehme.example>", "Montag, 23. Februar 2026 10:41",
            "Tobias Wehking <t.wehking@brueckenhof.example>", "Zugang Maklerportal neue Mitarbeiterin", quoted)
    return M(A("wehking"), "Rolf Meinecke <r.meinecke@finanzkontor-rehme.example>",
             "AW: Zugang Maklerportal neue Mitarbeiterin", "2026-02-23 13:15", body)


@mail("NORMAL", "de", "internal",
      "trap: weekly KPI report of health-claims processing (counts of doctors' invoices, turnaround) as HTML table; aggregates")
def n_kpi_leistung():
    text = """Wochenreport Leistung Kranken KW 10/2026

Eingang Belege gesamt: 18.412 (Vorwoche 17.980)
  davon Arztrechnungen ambulant 11.204, Zahn 3.118, KH 1.009, Arznei/Hilfsmittel 3.081
Durchlaufzeit Median: 4,1 Arbeitstage (Ziel ≤ 5)
Dunkelverarbeitung: 63 %
Rückstand > 10 Tage: 412 Belege
Beschwerden: 7 (Vorwoche 11)

Kommentar: Rückstand wegen Scannerausfall Poststelle 2 (INC-0048817) fast abgebaut."""
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p><b>Wochenreport Leistung Kranken KW 10/2026</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#d9e2f3"><th>Kennzahl</th><th>KW 10</th><th>KW 9</th><th>Ziel</th></tr>
<tr><td>Eingang Belege gesamt</td><td align="right">18.412</td><td align="right">17.980</td><td></td></tr>
<tr><td>&nbsp;&nbsp;Arztrechnungen ambulant</td><td align="right">11.204</td><td align="right">10.877</td><td></td></tr>
<tr><td>&nbsp;&nbsp;Zahn</td><td align="right">3.118</td><td align="right">3.004</td><td></td></tr>
<tr><td>&nbsp;&nbsp;KH</td><td align="right">1.009</td><td align="right">1.122</td><td></td></tr>
<tr><td>&nbsp;&nbsp;Arznei/Hilfsmittel</td><td align="right">3.081</td><td align="right">2.977</td><td></td></tr>
<tr><td>Durchlaufzeit Median (AT)</td><td align="right">4,1</td><td align="right">5,3</td><td>&le; 5</td></tr>
<tr><td>Dunkelverarbeitung</td><td align="right">63&nbsp;%</td><td align="right">58&nbsp;%</td><td>65&nbsp;%</td></tr>
<tr><td>Rückstand &gt; 10 Tage</td><td align="right">412</td><td align="right">1.930</td><td>&lt; 500</td></tr>
<tr><td>Beschwerden</td><td align="right">7</td><td align="right">11</td><td></td></tr>
</table>
<p>Kommentar: Rückstand wegen Scannerausfall Poststelle 2 (INC-0048817) fast abgebaut.</p>
</body></html>"""
    return M("Reporting Leistung <reporting-leistung@brueckenhof.example>",
             "Oliver Hagemeier <o.hagemeier@brueckenhof.example>, Svenja Kötter <s.koetter@brueckenhof.example>",
             "Wochenreport Leistung Kranken KW 10", "2026-03-09 06:05", text, html=html,
             headers=[("Auto-Submitted", "auto-generated")])


@mail("NORMAL", "de", "internal",
      "trap: note on GOÄ fee schedule positions and billing rules for clerks; no patient")
def n_goae_hinweis():
    body = """Liebe Kolleginnen und Kollegen,

wegen mehrerer Rückfragen aus dem Team nochmal zusammengefasst, wie wir die häufigsten
GOÄ-Positionen bis zur Umstellung auf die neue GOÄ prüfen:

  Nr. 1  Beratung                     – neben Nr. 5 im selben Arzt-Patienten-Kontakt ok
  Nr. 3  eingehende Beratung (≥10 Min.) – nicht neben Sonderleistungen außer 5, 6, 7, 8 …
  Nr. 5  symptombezogene Untersuchung
  Nr. 250 Blutentnahme aus der Vene
  Nr. 3550 kleines Blutbild – Laborleistung, Faktor max. 1,15 ohne Begründung

Steigerung über den Schwellenwert (2,3 bzw. 1,8 bei technischen Leistungen) nur mit
patientenbezogener, nachvollziehbarer Begründung; pauschale Texte wie „erhöhter Zeit-
aufwand“ reichen nicht.

Die Übersicht liegt auch im Wiki unter Leistung > Gebührenordnungen.

Svenja

""" + sig("koetter", foot=False)
    return M(A("koetter"), "Leistung Kranken Team <leistung-kranken-team@brueckenhof.example>",
             "Kurzhinweis GOÄ: häufige Positionen und Steigerungssätze", "2026-01-29 16:10", body)


@mail("NORMAL", "de", "insurer-to-customer",
      "contact-form answer with links to address-change form; no contract or personal data disclosed")
def n_adressformular():
    quoted = """Kontaktformular www.brueckenhof.example
Anliegen: Sonstiges
Nachricht: wo finde ich das formular für eine adressänderung? ich ziehe um"""
    body = """Guten Tag Frau Lübbert,

Ihre neue Anschrift können Sie ganz einfach online ändern:
https://www.brueckenhof.example/service/adresse

Das Formular gilt für alle Sparten; Sie brauchen es also nur einmal auszufüllen. Wer das
Kundenportal nutzt, kann die Adresse auch dort unter „Meine Daten“ ändern.

Einen guten Umzug wünscht Ihnen

""" + sig("tiemann") + """

""" + gt(quoted)
    return M(A("tiemann"), "j.luebbert@web.example", "AW: Ihre Anfrage über das Kontaktformular",
             "2026-04-02 09:50", body)


@mail("NORMAL", "de", "internal",
      "trap: forwarded vendor webinar on rehab management with a one-line comment; advertising, no person")
def n_webinar_reha():
    body = """wär das was für dich? kostet nix

K.

""" + fw_de("RehaNavi Akademie <akademie@rehanavi.example>", "06.05.2026, 10:00",
            "Webinar: Digitale Reha-Steuerung nach Unfall – 4. Juni, 14 Uhr",
            "Katrin Buschmeier <k.buschmeier@brueckenhof.example>", """Sehr geehrte Frau Buschmeier,

wie gelingt die Rückkehr in den Beruf nach einem schweren Unfall? In unserem kostenfreien
Webinar zeigen wir, wie Unfallversicherer mit frühem Reha-Management die Invaliditäts-
leistungen senken können – mit Praxisbeispielen aus der Handchirurgie und Neurologie.

Referenten: Dr. Timo Lakämper (Facharzt für Orthopädie), Sabine Rehkopf (Reha-Managerin)

Donnerstag, 4. Juni 2026, 14:00–15:00 Uhr, online
Anmeldung: https://rehanavi.example/webinar/0406

Ihr RehaNavi-Team

Abmelden: https://rehanavi.example/abmelden""")
    return M(A("buschmeier"), "Gül Aksoy-Brink <g.aksoy-brink@brueckenhof.example>",
             "WG: Webinar: Digitale Reha-Steuerung nach Unfall – 4. Juni, 14 Uhr", "2026-05-06 10:22", body)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order of flu vaccine doses for the staff vaccination campaign; no employee names")
def n_grippeimpfstoff():
    body = """Guten Tag Herr Apotheker Brandt,

für unsere betriebliche Grippeschutzimpfung im Herbst bestellen wir verbindlich:

  180 Dosen Influenza-Impfstoff (tetravalent, Saison 2026/27), Fertigspritzen
  Lieferung nach Verfügbarkeit, spätestens 30. September, an den Betriebsärztlichen
  Dienst, Weserglacis 14, Gebäude A, Raum 0.12 (Kühlkette bitte einhalten)

Abrechnung wie im Vorjahr direkt mit uns (keine Abrechnung über die Versicherten).
Die Impftermine koordiniert Frau Dr. Hollmann vom Betriebsärztlichen Dienst.

Freundliche Grüße

""" + sig("meier")
    return M(A("meier"), "Rats-Apotheke Minden <bestellung@rats-apotheke-minden.example>",
             "Vorbestellung Grippeimpfstoff Saison 2026/27", "2026-05-19 11:40", body,
             cc="Betriebsärztlicher Dienst <betriebsarzt@brueckenhof.example>")


@mail("NORMAL", "de", "internal",
      "meeting invitation (ICS) for the travel-insurance product committee; organisational")
def n_produktgremium_reise():
    body = """Hallo zusammen,

Einladung zum Produktgremium Reiseversicherung. Hauptthema: Jahresreiseschutz mit
optionalem Auslandsreise-Krankenschutz für Familien, Entwurf der Bedingungen liegt im
Teams-Ordner. Bitte bis Freitag eure Anmerkungen in die Kommentarspalte.

Ewa

""" + sig("nowicka", foot=False)
    return M(A("nowicka"), "Produktgremium Reise <pg-reise@brueckenhof.example>",
             "Produktgremium Reise 2026-2", "2026-06-01 10:30", body,
             atts=[ics("invite.ics", "Produktgremium Reise 2026-2", "2026-06-10 13:00", "2026-06-10 15:00",
                       "Weserraum (EG)", "Entwurf Bedingungen: Teams > Produkt Reise > 2026-2",
                       organizer="nowicka", attendees=["pg-reise@brueckenhof.example"])])


@mail("NORMAL", "de", "internal",
      "trap: hasty reply 'nimm die alte' to a quoted question about which GKV/PKV reha statistics table to use; aggregates only")
def n_reha_tabelle():
    body = """nimm die alte von 2024, die neue hat noch den fehler in spalte F

""" + ANDROID_DE + """

-------- Ursprüngliche Nachricht --------
Von: Katrin Buschmeier <k.buschmeier@brueckenhof.example>
Datum: 21.05.26 15:33 (GMT+02:00)
An: Priya Raman <p.raman@brueckenhof.example>
Betreff: Reha-Quoten Unfall für Vorstandsvorlage

Hi Priya, welche Tabelle soll ich für die Reha-Quoten nehmen (Anteil Unfälle mit
stationärer Reha nach Altersband)? Im Laufwerk liegen zwei Versionen, 2024 und
„2025_v3_final_neu“. Die Zahlen weichen bei den über 65-Jährigen um fast 4 Punkte ab.
Gruß Katrin"""
    return M(A("raman"), A("buschmeier"), "AW: Reha-Quoten Unfall für Vorstandsvorlage",
             "2026-05-21 15:51", body)


# ===================== NORMAL, English ====================================


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: disability incidence by ICD chapter for the reinsurer (XLSX), aggregated portfolio data; no person")
def n_re_bu_incidence():
    body = """Dear Henrik,

as discussed in last week's call, please find attached the disability (BU) incidence
experience 2021-2025 for the treaty review. Rates are per mille of exposure years,
split by ICD-10 chapter of the main diagnosis at claim admission. Cells with fewer
than 5 claims are merged into "other".

Two remarks:
- Chapter V (mental and behavioural disorders) keeps growing and is now 38 % of new
  claims in the 30-44 age band.
- The 2025 figures are still IBNR-adjusted with factor 1.07; we will send the final
  run in September.

Happy to walk you through it on Thursday.

Best regards
Priya

""" + sig("raman", "en")
    rows = [["ICD-10 chapter", "Description", "2021", "2022", "2023", "2024", "2025 (est.)", "Share of claims 2025"],
            ["V", "Mental and behavioural disorders", 1.21, 1.30, 1.38, 1.44, 1.52, "38%"],
            ["XIII", "Musculoskeletal system", 0.93, 0.90, 0.88, 0.86, 0.85, "21%"],
            ["II", "Neoplasms", 0.55, 0.57, 0.56, 0.59, 0.60, "15%"],
            ["IX", "Circulatory system", 0.31, 0.29, 0.30, 0.28, 0.27, "7%"],
            ["VI", "Nervous system", 0.27, 0.28, 0.30, 0.29, 0.31, "8%"],
            ["XIX", "Injury, poisoning", 0.18, 0.17, 0.19, 0.18, 0.17, "4%"],
            ["other", "all other chapters merged", 0.30, 0.29, 0.31, 0.30, 0.29, "7%"],
            ["Total", "", 3.75, 3.80, 3.92, 3.94, 4.01, "100%"]]
    expo = [["Year", "Exposure years", "New claims"],
            [2021, 118400, 444], [2022, 121900, 463], [2023, 124300, 487],
            [2024, 127800, 504], [2025, 130200, 522]]
    return M(A("raman"), "Henrik Sundqvist <henrik.sundqvist@nordmark-re.example>",
             "BU incidence 2021-2025 by ICD chapter (treaty review)", "2026-02-03 12:40", body,
             atts=[xlsx("BHV_BU_incidence_2021-2025.xlsx", [("Incidence", rows), ("Exposure", expo)])])


@mail("NORMAL", "en", "internal",
      "hasty reply asking for a deck on aggregated travel-claims figures; only makes sense with the quote")
def n_deck_before_3():
    body = """can u send me the deck before 3? need to prnt it for the board. thx

C.

""" + IPHONE_EN + """

On 12 Mar 2026, at 10:04, Ewa Nowicka <e.nowicka@brueckenhof.example> wrote:

""" + gt("""Hi Claire,

the Q1 travel numbers are done: 1,942 claims so far, average cost of medical
claims abroad up 11 %, Spain and Turkey still on top, repatriations 23 (Q1 2025: 19).
I'll put it in slides after lunch.

Ewa""")
    return M(A("donnelly"), A("nowicka"), "Re: Q1 travel numbers", "2026-03-12 10:19", body)


@mail("NORMAL", "en", "newsletter",
      "trap: expat newsletter with a vaccination checklist and general health advice; nobody identifiable")
def n_expat_newsletter():
    text = """Brückenhof International – Expat Health Letter, April 2026

Moving abroad this summer? Five things to sort out before you fly

1. Vaccinations: check the recommendations for your destination at least six weeks
   before departure (hepatitis A/B, typhoid, rabies, Japanese encephalitis where relevant).
2. Prescriptions: carry a doctor's letter in English for any regular medication and
   keep it in your hand luggage.
3. Dental check-up: routine dental care abroad is often expensive and not always
   covered in the first months.
4. Emergency number: save our 24/7 assistance line +49 571 9180-7799 in your phone.
5. Your plan: log in to the portal to download your certificate of insurance in
   English, Spanish or French.

Webinar: "Healthcare in the UAE for new arrivals", 21 May, 17:00 CEST.
Register at https://international.brueckenhof.example/webinars

You receive this letter because you subscribed at international.brueckenhof.example.
Unsubscribe: https://international.brueckenhof.example/unsubscribe"""
    html = """<html><body style="font-family:Georgia,serif;max-width:620px;color:#222">
<h2 style="color:#7a2e0b">Moving abroad this summer?</h2>
<p><i>Brückenhof International – Expat Health Letter, April 2026</i></p>
<ol>
<li><b>Vaccinations:</b> check the recommendations for your destination at least six weeks before departure (hepatitis A/B, typhoid, rabies, Japanese encephalitis where relevant).</li>
<li><b>Prescriptions:</b> carry a doctor's letter in English for any regular medication and keep it in your hand luggage.</li>
<li><b>Dental check-up:</b> routine dental care abroad is often expensive and not always covered in the first months.</li>
<li><b>Emergency number:</b> save our 24/7 assistance line +49 571 9180-7799 in your phone.</li>
<li><b>Your plan:</b> log in to the portal to download your certificate of insurance in English, Spanish or French.</li>
</ol>
<p>Webinar: <a href="https://international.brueckenhof.example/webinars">Healthcare in the UAE for new arrivals</a>, 21 May, 17:00 CEST.</p>
<p style="font-size:11px;color:#777">You receive this letter because you subscribed at international.brueckenhof.example.
<a href="https://international.brueckenhof.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return M("Brückenhof International <expat-news@brueckenhof.example>",
             "expat-letter@lists.brueckenhof.example", "Moving abroad this summer? Five things to sort out",
             "2026-04-15 07:00", text, html=html, headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "insurer-to-supplier",
      "ticket to the gateway vendor about TLS handshake failures with a partner domain; logs with hostnames only")
def n_tls_ticket():
    body = """Hi team,

since this morning 07:40 CET our outbound relay fails to deliver to one partner domain
that is on our "TLS mandatory" list. Other domains are fine. Excerpt from the relay log:

2026-04-21T07:41:12+02:00 relay02 postfix/smtp[22817]: Untrusted TLS connection established to mx1.globeassist.example[203.0.113.41]:25: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384
2026-04-21T07:41:12+02:00 relay02 postfix/smtp[22817]: 4F2C91A0D3: to=<claims@globeassist.example>, relay=mx1.globeassist.example[203.0.113.41]:25, delay=0.9, status=deferred (TLS is required, but was not offered by host / certificate verification failed: unable to get local issuer certificate)

Looks like they rolled out a new certificate without the intermediate. Could you confirm
that our policy engine correctly defers (not falls back to plain) and that the queued
messages will be released once their chain is fixed? About 40 messages are queued.

Our ref: CHG-2026-0412. Severity 2 please.

Thanks
Ruben

""" + sig("oyen", "en")
    return M(A("oyen"), "Support Portal <support@mailguard-systems.example>",
             "[Sev2] TLS mandatory delivery deferred – certificate chain of partner domain",
             "2026-04-21 08:05", body)


@mail("NORMAL", "en", "internal",
      "trap: English job advert for a medical underwriter; no person")
def n_job_underwriter():
    body = """Hi all,

we're hiring for the International Desk. Please share with your networks.

Medical Underwriter – International Health (m/f/d), Minden or remote within Germany

What you'll do
- assess health questionnaires and medical reports for expat and travel health plans
- decide on exclusions, loadings and pre-existing condition waivers
- work closely with our Chief Medical Officer, Dr. Anja Pollmeier

What you bring
- background as nurse, physician assistant or medical underwriter
- fluent English, German is a plus
- familiarity with ICD-10 and common underwriting manuals

Apply by 15 May at https://karriere.brueckenhof.example/jobs/2026-117

Thanks!
Claire

""" + sig("donnelly", "en", foot=False)
    return M(A("donnelly"), "International Desk <international-desk@brueckenhof.example>",
             "We're hiring: Medical Underwriter – International Health", "2026-04-20 09:15", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: SLA report to the assistance partner: number of repatriations and medical cases by region, aggregate")
def n_assistance_sla():
    body = """Dear Marco,

ahead of our contract review on 3 June, here is our view of the 2025 service levels.

                           2025     2024
Cases opened              2,311    2,104
  of which medical        1,486    1,372
Repatriations               87       71
  by air ambulance          12        9
Avg. time to first call   4.2 min  5.8 min
Guarantee of payment
  issued within 2 h         91 %     84 %

Regions with most medical cases: Spain (412), Turkey (233), Thailand (118), USA (97).

The only point we'd like to discuss is the weekend escalation to our duty manager,
which was missed twice in December. Otherwise, thank you for a strong year.

Kind regards
Claire Donnelly

""" + sig("donnelly", "en")
    return M(A("donnelly"), "Marco Ferreira <m.ferreira@globeassist.example>",
             "2025 service review – figures ahead of 3 June", "2026-05-18 16:20", body,
             cc="Ewa Nowicka <e.nowicka@brueckenhof.example>")


@mail("NORMAL", "en", "internal",
      "phone reply 'start without me'; calendar context only")
def n_on_my_way():
    body = """on my way, 10 min late. start w/o me, pls skip agenda pt 1

P.

""" + IPHONE_EN + """

> On 28 Apr 2026, at 08:30, Microsoft Outlook <noreply@brueckenhof.example> wrote:
>
> Reminder: Reinsurance renewal prep
> Tue 28/04/2026 09:00 - 10:00
> Location: Weserraum (EG)
> Organizer: Priya Raman"""
    return M(A("raman"), "Hannah Severin <h.severin@brueckenhof.example>, Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "Re: Reminder: Reinsurance renewal prep", "2026-04-28 08:52", body)


@mail("NORMAL", "en", "insurer-to-broker",
      "product information for brokers on the updated commercial cyber wording (PDF); no client")
def n_cyber_wording():
    body = """Dear James,

as promised, attached is the updated summary of our commercial cyber wording (edition
05/2026). Main changes: war exclusion aligned with the LMA wording, ransomware
sub-limit now selectable, and a new "bricking" cover for hardware replacement.

Existing policies move to the new wording at renewal; no action needed for the
quotes you currently have open.

Best,
Frederik

""" + sig("lange", "en")
    lines = ["# Brückenhof CyberProtect Business – summary of changes, edition 05/2026", "",
             "1. War and state-backed attacks: exclusion aligned with LMA 5567A. Attribution by the government of the affected state.",
             "2. Ransomware: sub-limit selectable at 25 %, 50 % or 100 % of the aggregate limit; co-insurance 10 % for payments.",
             "3. Bricking: replacement of hardware rendered unusable by a cyber event, up to EUR 100,000.",
             "4. Incident response: 24/7 hotline operated by our partner firm, no deductible for the first 48 hours.",
             "5. Minimum requirements: MFA for remote access and e-mail, offline backups tested at least quarterly.", "",
             "This summary does not replace the policy wording. Brückenhof Allgemeine Versicherung AG, Minden."]
    return M(A("lange"), "James Whitlock <j.whitlock@castlemere-risk.example>",
             "CyberProtect Business – wording 05/2026", "2026-05-07 11:30", body,
             atts=[pdf("CyberProtect_Business_changes_05-2026.pdf", lines, "CyberProtect Business changes")])


@mail("NORMAL", "en", "internal",
      "out-of-office in English; no case data")
def n_ooo_en():
    body = """Thank you for your message. I'm out of the office until Monday, 1 June, with limited
access to e-mail.

For urgent matters of the International Desk, please contact Ewa Nowicka
(e.nowicka@brueckenhof.example, +49 571 9180-7712). For medical emergencies abroad
our assistance line is available 24/7: +49 571 9180-7799.

Claire Donnelly"""
    return M(A("donnelly"), "Frederik Lange <f.lange@brueckenhof.example>",
             "Automatic reply: cyber quote for the Irish subsidiary", "2026-05-25 14:12", body,
             headers=[("Auto-Submitted", "auto-replied")])


@mail("NORMAL", "en", "internal",
      "trap: minutes of the data-protection steering group (international team) about routing health data via the portal; no case")
def n_dp_steering():
    body = """Hello everyone,

minutes of today's data protection steering group (international lines):

1. Medical reports from foreign hospitals arrive mostly by plain e-mail. Agreed: we keep
   accepting them (we cannot control inbound), but every reply containing health data
   goes via the SecureMail portal unless the customer has signed the TLS consent form.
2. Assistance partner: gateway-to-gateway encryption with GlobeAssist is live since
   March; certificate expires Feb 2027 (Ruben to track).
3. Translation agency: new DPA signed; they may only receive documents through the
   portal, never as e-mail attachments.
4. Subject lines: no diagnoses, no policy numbers in subjects towards hospitals abroad.
5. Next meeting: 8 July.

Marlies

""" + sig("vahrenkamp", "en", foot=False)
    return M(A("vahrenkamp"), "International Desk <international-desk@brueckenhof.example>",
             "Minutes – DP steering group, international lines (15 April)", "2026-04-15 16:45", body,
             cc="Ruben Oyen <r.oyen@brueckenhof.example>")


@mail("NORMAL", "en", "insurer-to-partner",
      "accepts a speaker invitation to an insurance conference; no personal data beyond business contact")
def n_conference_speaker():
    quoted = """Dear Ms Raman,

we would be delighted if you could speak at the European Health Insurance Analytics
Forum in Rotterdam (23-24 September) on "Mental health claims in disability insurance –
what the data says". Slot: 30 minutes incl. Q&A.

Kind regards
Dr. Femke de Ruiter
Programme Committee"""
    body = """Dear Dr. de Ruiter,

thank you, I'm happy to accept. I'd suggest the title "Mental health and disability
claims: five years of German portfolio data" – all figures will be aggregated, of course.
Could you let me know the deadline for slides and whether you need a short bio?

Kind regards
Priya Raman

""" + sig("raman", "en") + """

""" + ol_en("Femke de Ruiter <f.deruiter@ehia-forum.example>", "Monday, 9 February 2026 15:22",
            "Priya Raman <p.raman@brueckenhof.example>", "Speaker invitation – EHIA Forum 2026", quoted)
    return M(A("raman"), "Femke de Ruiter <f.deruiter@ehia-forum.example>",
             "RE: Speaker invitation – EHIA Forum 2026", "2026-02-10 09:05", body)


@mail("NORMAL", "en", "internal",
      "forwarded phishing warning with a one-line comment; no personal data")
def n_phishing():
    body = """don't click this pls – it's going round the Intl Desk today. Reported to IT already.

C.

""" + fw_en("DHL Express <notice@dhl-parcel-tracking.example>", "Tue, 3 Mar 2026 at 09:12",
            "Your parcel could not be delivered – action required",
            "Claire Donnelly <c.donnelly@brueckenhof.example>", """Dear customer,

your parcel 7731 0042 9981 could not be delivered because of an unpaid customs fee
(EUR 1.99). Please confirm your payment details within 24 hours:

   https://dhl-parcel-tracking.example/confirm?id=c.donnelly

Otherwise the parcel will be returned to sender.

DHL Express Customer Service""")
    return M(A("donnelly"), "International Desk <international-desk@brueckenhof.example>",
             "FW: Your parcel could not be delivered – action required", "2026-03-03 09:40", body)


@mail("NORMAL", "en", "insurer-to-customer",
      "generic reply on how portal registration works (code by post); no contract or health data")
def n_portal_howto_en():
    quoted = """Hello, I'd like to use your secure mailbox instead of paper letters. How do I sign up?
Thanks, Liam"""
    body = """Dear Mr O'Rourke,

thank you for your message. Signing up takes about five minutes:

1. Go to https://securemail.brueckenhof.example and choose "Register".
2. Enter your e-mail address and the customer number from any of our letters.
3. We will send a one-time registration code by post to the address we have on file
   (this usually takes 2-3 working days).
4. With the code you set your own password and a security question.

From then on, you will receive a short notification by e-mail whenever a new message is
waiting for you in the portal. The notification itself never contains any content.

Kind regards

""" + sig("tiemann", "en") + """

""" + gt(quoted)
    return M(A("tiemann"), "liam.orourke@outlook.example", "Re: secure mailbox",
             "2026-01-22 11:27", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for blood-pressure monitors for the staff health day; no names")
def n_bp_monitors():
    body = """Hello Ms Hartley,

please find below our order for the staff health day on 17 June:

  PO 4500072114
  10 x upper-arm blood pressure monitor, model BPM-300, incl. M/L cuffs   EUR 49.00 each
  2 x body composition scale, model BCS-12                                EUR 129.00 each
  500 x disposable mouthpieces for spirometer                              EUR 0.18 each

Delivery to: Brückenhof Versicherungen, Goods receiving, Weserglacis 14, 32423 Minden,
Germany – by 10 June at the latest.

Invoice to invoices@brueckenhof.example quoting the PO number.

Best regards
Sebastian Meier-Lübke

""" + sig("meier", "en")
    return M(A("meier"), "Olivia Hartley <orders@healthcheck-supplies.example>",
             "PO 4500072114 – blood pressure monitors for staff health day", "2026-05-12 14:08", body)


@mail("NORMAL", "en", "internal",
      "trap: anonymised large-loss list for motor bodily injury with age bands only, for reserving; nobody identifiable")
def n_large_losses():
    body = """Hi Malte,

for the reserve review I've anonymised the open motor bodily-injury large losses
(> EUR 500k incurred). No names, claim numbers replaced by running IDs, ages in bands.
Could you sanity-check the injury categories against your files by Friday?

ID   Accident yr  Injured (age band)  Injury category              Incurred (EUR k)
L01  2019         20-29               spinal cord, paraplegia       3,420
L02  2021         30-39               traumatic brain injury        2,115
L03  2022         60-69               multiple fractures, care need   980
L04  2023         under 18            traumatic brain injury        1,760
L05  2024         40-49               amputation lower leg            840
L06  2025         20-29               polytrauma                      610

Total incurred EUR 9.725m, reinsured above EUR 1.5m per event (XL layer).

Thanks
Priya

""" + sig("raman", "en", foot=False)
    return M(A("raman"), A("riechmann"), "Motor BI large losses – anonymised list for reserve review",
             "2026-03-24 10:33", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "calendar invitation (ICS) for a quarterly review with the reinsurer; organisational")
def n_ics_reinsurer():
    body = """Dear Henrik, dear Astrid,

as agreed, here's the invitation for our Q2 treaty meeting in Minden. We'll arrange a
table for dinner on the evening before. Agenda to follow one week ahead.

Best regards
Priya

""" + sig("raman", "en")
    return M(A("raman"), "Henrik Sundqvist <henrik.sundqvist@nordmark-re.example>, Astrid Lindqvist <astrid.lindqvist@nordmark-re.example>",
             "Invitation: Q2 treaty meeting Nordmark Re / Brückenhof", "2026-04-07 13:00", body,
             atts=[ics("invite.ics", "Q2 treaty meeting Nordmark Re / Brückenhof",
                       "2026-06-16 10:00", "2026-06-16 16:00", "Brückenhof, Weserglacis 14, Minden – Weserraum",
                       "Life/health and P&C treaties, experience 2025, renewal 2027", organizer="raman",
                       attendees=["henrik.sundqvist@nordmark-re.example", "astrid.lindqvist@nordmark-re.example"])])


@mail("NORMAL", "en", "internal",
      "trap: '+1, ship it' to a quoted draft FAQ on how the insurer handles medical records; generic")
def n_faq_plus1():
    quoted = """Draft for the website FAQ – "How do you handle my medical records?"

We only ask for medical information that we need to assess your claim or application.
Medical reports and invoices are stored in our claims system with restricted access,
and our staff are bound by professional secrecy (section 203 German Criminal Code).
We never send your health information by ordinary e-mail: you'll find it in your secure
mailbox. You can ask us at any time which data we hold about you.

Comments by Wednesday please. – Lukas"""
    body = """+1, looks good. ship it

Claire

""" + OUTLOOK_MOB_EN + """
________________________________
From: Lukas Brune <l.brune@brueckenhof.example>
Sent: Monday, May 11, 2026 4:18:03 PM
To: Claire Donnelly <c.donnelly@brueckenhof.example>; Marlies Vahrenkamp <datenschutz@brueckenhof.example>
Subject: FAQ medical records – draft

""" + quoted
    return M(A("donnelly"), "Lukas Brune <l.brune@brueckenhof.example>",
             "Re: FAQ medical records – draft", "2026-05-11 19:02", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: request for a translation quote for a dental-plan brochure; product text only")
def n_translation_quote():
    body = """Dear Ms Okafor,

could you send us a quote for translating our dental supplementary plan brochure
(German > English and German > Turkish)? It's 6 pages, roughly 2,100 words, plus the
product information sheet (2 pages). We need print-ready files by 15 July.

The text contains no personal data; please keep the terminology consistent with the
glossary we sent last year (e.g. "Zahnersatz" = "dentures and crowns", "Heil- und
Kostenplan" = "treatment and cost plan").

Kind regards
Lukas Brune

""" + sig("brune", "en")
    return M(A("brune"), "Adaeze Okafor <projects@linguabridge.example>",
             "Quote request – dental plan brochure DE>EN/TR", "2026-06-02 10:45", body)


@mail("NORMAL", "en", "internal",
      "IT change notice about a maintenance window of the mail gateway; technical")
def n_maintenance():
    body = """Hi all,

CHANGE NOTICE CHG-2026-0533

What: firmware update of both secure-mail gateway nodes and rotation of the portal
      TLS certificate
When: Saturday 13 June, 22:00 - Sunday 14 June, 02:00 CEST
Impact: outbound mail is queued (not lost) for up to 4 hours; the SecureMail portal
        shows a maintenance page; inbound mail is accepted by the backup MX.

Rollback: snapshot of both nodes, tested on staging on 9 June.

Questions: Ruben Oyen, -1190

""" + sig("oyen", "en", foot=False)
    return M(A("oyen"), "IT Change Advisory <cab@brueckenhof.example>",
             "CHG-2026-0533: Gateway firmware + portal certificate, 13/14 June", "2026-06-05 15:30", body)


@mail("NORMAL", "en", "insurer-to-partner",
      "auditor's document request list answered; no personal data")
def n_auditor_list():
    body = """Dear Mr Kowalczyk,

regarding your PBC list for the IT audit (ref. ITGC-2026), please find the status below.
Everything marked "shared" is in the data room folder 04_IT.

  1 Access review reports Q3/Q4 2025 (claims systems)      shared
  2 Change management tickets sample (25 items)            shared
  3 Gateway configuration export (redacted)                 shared
  4 Certificate inventory incl. expiry dates                shared
  5 Audit log retention policy (6 years, § 257 HGB)         shared
  6 Penetration test report portal (Nov 2025)               on site only
  7 Incident list 2025 incl. misdirected e-mails            by 30 April

Item 6 can be reviewed on our premises only, as agreed with your manager.

Kind regards
Ruben Oyen

""" + sig("oyen", "en")
    return M(A("oyen"), "Tomasz Kowalczyk <t.kowalczyk@hanse-audit.example>",
             "ITGC-2026 – status of PBC list", "2026-04-24 12:12", body)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: webinar invitation for brokers on long-term care products; no client")
def n_broker_ltc_webinar():
    body = """Dear partners,

long-term care is the gap most of your clients underestimate. In our 45-minute webinar
we'll show:

  - what statutory care insurance pays per care level (and what it doesn't)
  - how to calculate the monthly gap for residential care
  - our new CareDaily plan: daily benefit from care level 2, premium waiver from level 3

Wednesday, 24 June 2026, 10:00-10:45 CEST, Microsoft Teams
Register: https://makler.brueckenhof.example/events/ltc-0624
Counts as 45 minutes of IDD training time.

Kind regards
Tobias Wehking

""" + sig("wehking", "en")
    return M(A("wehking"), "Broker partners international <broker-intl@lists.brueckenhof.example>",
             "Webinar 24 June: closing the long-term care gap", "2026-06-03 08:00", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "internal",
      "trap: test-data note with a fictitious customer 'Max Mustermann' and a published example IBAN; no real person")
def n_testdata():
    body = """Hi Ruben,

for the UAT of the new claims payment interface please only use the synthetic test
cases in the attached file. All of them are fictitious (generated, no production data).
The IBAN is the published example IBAN from the German banking industry, so the
payment file validator accepts it but nothing can ever be paid out.

Test case TC-07: "Max Mustermann (fictitious)", born 01.01.1970, Musterstraße 1,
12345 Musterstadt, IBAN DE89 3704 0044 0532 0130 00, household claim HR-TEST-0007,
amount EUR 1,234.56.

Please don't copy anything from production into UAT – if you need more variety, ping
me and I'll generate it.

Thanks
Kevin

""" + sig("schnier", "en", foot=False)
    csv_rows = [["tc_id", "name", "birth_date", "iban", "claim_no", "amount_eur", "note"],
                ["TC-01", "Erika Mustermann (fictitious)", "1964-08-12", "DE89370400440532013000", "HR-TEST-0001", "250.00", "fictitious"],
                ["TC-02", "Max Mustermann (fictitious)", "1970-01-01", "DE89370400440532013000", "KFZ-TEST-0002", "3999.99", "fictitious"],
                ["TC-07", "Max Mustermann (fictitious)", "1970-01-01", "DE89370400440532013000", "HR-TEST-0007", "1234.56", "fictitious"]]
    return M(A("schnier"), A("oyen"), "UAT claims payment interface – synthetic test cases only",
             "2026-02-18 09:25", body, atts=[csvatt("uat_testcases_synthetic.csv", csv_rows, sep=",")])


# ===================== NORMAL, mixed ======================================


@mail("NORMAL", "mixed", "internal",
      "trap: English mail quoting a German association circular on new mortality tables; actuarial, no person")
def n_mortality_circular():
    body = """Hi Hannah,

FYI – the circular below means we need to update the pension factors in the group
plans from 1 January. In short: the association recommends the new generation tables
for annuities; life expectancy at 65 goes up by about 0.4 years for men and 0.3 for
women. I'll prepare the impact analysis for our bAV portfolio by end of May.

Priya

""" + sig("raman", "en", foot=False) + """

> Rundschreiben 07/2026 – Sterbetafeln Rentenversicherung
>
> Sehr geehrte Damen und Herren,
>
> die Aktuarvereinigung empfiehlt, für Neuzugänge ab dem 1. Januar 2027 die
> aktualisierten Generationentafeln zu verwenden. Gegenüber den bisherigen Tafeln
> erhöht sich die Restlebenserwartung einer 65-jährigen Person um rund 0,4 Jahre
> (Männer) bzw. 0,3 Jahre (Frauen). Für Bestandsverträge ist eine Überprüfung der
> Deckungsrückstellung vorzunehmen.
>
> Mit freundlichen Grüßen
> Fachausschuss Lebensversicherung"""
    return M(A("raman"), A("severin"), "New mortality tables – impact on group pensions",
             "2026-04-30 11:14", body)


@mail("NORMAL", "mixed", "internal",
      "hasty German 'ok, mach ich' to a quoted English note from the reinsurer about meeting logistics")
def n_ok_mach_ich():
    body = """ok, mach ich. hotel buch ich heut noch

H.

""" + IPHONE_DE + """

> Am 20.05.2026 um 17:02 schrieb Priya Raman <p.raman@brueckenhof.example>:
>
> Hannah, could you book two rooms at the Hotel Kaiserhof for Henrik and Astrid,
> 15-16 June? They land in Hannover at 18:40 and will take the train.
> Thanks! P.
>
> ---- forwarded ----
> From: Astrid Lindqvist
> We're confirmed for 16 June. Could your team recommend a hotel within walking
> distance? Best, Astrid"""
    return M(A("severin"), A("raman"), "AW: Q2 treaty meeting – hotel", "2026-05-20 17:15", body)


@mail("NORMAL", "mixed", "insurer-to-partner",
      "English note to the reinsurer forwarding the insurer's German press release; public information")
def n_press_fwd_en():
    body = """Henrik – in case your German is up to it: our press release on this year's storm
season, published this morning. Key number: EUR 6.8m gross for Elfriede, well below
the XL retention.

Priya

""" + fw_de("Lukas Brune <l.brune@brueckenhof.example>", "03.03.2026, 09:00",
            "Pressemitteilung: Sturm „Elfriede“ – Brückenhof reguliert schnell",
            "Presseverteiler <presseverteiler@brueckenhof.example>", """PRESSEMITTEILUNG

Sturm „Elfriede“: Brückenhof hat bereits 70 Prozent der Schäden reguliert

Minden, 3. März 2026. Zwei Wochen nach Sturmtief „Elfriede“ haben die Brückenhof
Versicherungen mehr als 800 der rund 1.200 gemeldeten Schäden abschließend reguliert.
Der Gesamtaufwand wird auf 6,8 Millionen Euro geschätzt. Betroffen waren vor allem
Dächer und Fassaden im Mühlenkreis.

Pressekontakt: Lukas Brune, 0571 9180-1080""")
    return M(A("raman"), "Henrik Sundqvist <henrik.sundqvist@nordmark-re.example>",
             "Fwd: Pressemitteilung: Sturm „Elfriede“ – Brückenhof reguliert schnell",
             "2026-03-03 10:41", body)


@mail("NORMAL", "mixed", "internal",
      "trap: German question with a bilingual glossary CSV of health-insurance terms (Krankentagegeld = daily sickness benefit); no person")
def n_glossar():
    body = """Hi Claire,

kannst du einmal über das Glossar schauen, bevor es an die Übersetzungsagentur geht?
Vor allem bei „Krankentagegeld“ und „Beihilfe“ bin ich unsicher, ob das so in UK/IE
verstanden wird. Danke!

Lukas

""" + sig("brune", foot=False)
    rows = [["de", "en", "Kommentar"],
            ["Krankentagegeld", "daily sickness benefit", ""],
            ["Krankenhaustagegeld", "hospital cash benefit", ""],
            ["Beihilfe", "civil servants' state allowance (Beihilfe)", "Erklärung nötig"],
            ["Heil- und Kostenplan", "treatment and cost plan", ""],
            ["Pflegegrad", "care level", ""],
            ["Berufsunfähigkeit", "occupational disability", "nicht: invalidity"],
            ["Selbstbeteiligung", "deductible / excess", "UK: excess"],
            ["Wartezeit", "waiting period", ""],
            ["Gliedertaxe", "dismemberment schedule", ""],
            ["Schadenfreiheitsklasse", "no-claims class", ""]]
    return M(A("brune"), A("donnelly"), "Glossar DE-EN für Produktunterlagen – kurzer Blick?",
             "2026-06-04 14:22", body, atts=[csvatt("Glossar_DE_EN_v2.csv", rows, enc="windows-1252", excel=True)])


# ===================== CONFIDENTIAL, German ===============================


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hasty reply about an eVB for a named customer's new car; plate and contract in the quoted request")
def c_evb_sms():
    quoted = """Hallo Herr Riechmann,
ich hol morgen früh den neuen Wagen ab (Skoda Octavia Combi, gebraucht), Kennzeichen
MI-KP 418 soll mitgenommen werden. Brauche dafür noch die eVB-Nummer, die alte Police
ist KF-2231-558190. Geht das heute noch?
Gruß Klaus Kampmann"""
    body = """hallo hr. kampmann, eVB kommt gleich pr sms, die versicherung läuft dann ab zulassung über den bisherigen vertrag weiter. gute fahrt!

grüße m. riechmann

""" + IPHONE_DE + """

Am 10.02.2026 um 16:48 schrieb Klaus Kampmann <klaus.kampmann@t-online.example>:

""" + gt(quoted)
    return M(A("riechmann"), "Klaus Kampmann <klaus.kampmann@t-online.example>",
             "AW: eVB neues Auto", "2026-02-10 17:05", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor liability claim settlement to the injured third party, nobody hurt; name, plate, claim number and IBAN")
def c_kfz_regulierung():
    body = """Sehr geehrte Frau Bökenkröger,

Schadennummer KS-26-0041877
Unfall vom 14.01.2026, Minden, Kreuzung Königstraße / Marienstraße
unser Versicherungsnehmer: Fahrzeug MI-TR 2207

wir haben die Unterlagen zu dem Auffahrunfall geprüft. Unser Versicherungsnehmer hat
den Unfall allein verursacht; Personen wurden nach Ihren und seinen Angaben nicht
verletzt. Wir regulieren Ihren Fahrzeugschaden daher vollständig:

  Reparaturkosten laut Gutachten SV Pohlmann (netto)   3.184,50 EUR
  Wertminderung                                          350,00 EUR
  Gutachterkosten                                        612,40 EUR
  Nutzungsausfall 5 Tage à 59 EUR                        295,00 EUR
  Kostenpauschale                                         25,00 EUR
  ------------------------------------------------------------------
  Gesamt                                               4.466,90 EUR

Der Betrag wird in den nächsten drei Werktagen auf Ihr Konto
DE93 4905 0101 9251 7531 40 (Sparkasse Minden-Lübbecke) überwiesen.

Mehrwertsteuer erstatten wir nach Vorlage der Reparaturrechnung.

Mit freundlichen Grüßen

""" + sig("riechmann")
    return M(A("riechmann"), "Heike Bökenkröger <h.boekenkroeger@gmx.example>",
             "Ihr Schaden KS-26-0041877 – Regulierung", "2026-02-06 10:31", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim; name, address, claim number; stolen-goods list only in the XLSX attachment")
def c_hausrat_einbruch():
    body = """Guten Tag Herr und Frau Tönnies,

vielen Dank für Ihre Schadenmeldung. Ich habe die Liste der gestohlenen Gegenstände aus
Ihrer Mail in unsere Stehlgutliste übertragen (Anlage). Bitte prüfen Sie diese, ergänzen
Sie fehlende Kaufbelege und schicken Sie die Liste unterschrieben zurück – sie geht mit
Ihrem Aktenzeichen auch an die Polizei.

Wichtig: Bitte reichen Sie die Liste auch selbst bei der Polizeiwache Minden ein
(Aktenzeichen 210-0411-26), sonst ist die Fahndung nach dem Schmuck nicht möglich.

Mit freundlichen Grüßen

""" + sig("strothmann")
    rows = [["Stehlgutliste", "", "", "", ""],
            ["Schadennummer", "HR-26-0007312", "", "", ""],
            ["Versicherungsnehmer", "Jens und Carola Tönnies", "", "", ""],
            ["Versicherungsort", "Kuhlenstraße 41, 32427 Minden", "", "", ""],
            ["Tattag", "07.03.2026, ca. 17-21 Uhr", "", "", ""],
            ["", "", "", "", ""],
            ["Nr.", "Gegenstand", "Anschaffung", "Kaufpreis EUR", "Beleg vorhanden"],
            [1, "Notebook Lenovo ThinkPad E14, silber", "2024", 899, "ja"],
            [2, "Spielkonsole inkl. 2 Controller", "2023", 549, "nein"],
            [3, "Goldkette 585, Erbstück", "ca. 1990", 1200, "Gutachten"],
            [4, "Damenuhr Junghans", "2019", 690, "ja"],
            [5, "Bargeld (Haushaltskasse)", "", 300, "-"],
            [6, "Digitalkamera Sony mit Objektiv", "2021", 780, "ja"],
            ["", "Summe", "", 4418, ""]]
    return M(A("strothmann"), "Carola Tönnies <carola.toennies@web.example>",
             "Ihr Einbruchdiebstahl – Stehlgutliste zur Prüfung", "2026-03-09 14:22", body,
             atts=[xlsx("Stehlgutliste_HR-26-0007312.xlsx", [("Stehlgut", rows)])])


@mail("CONFIDENTIAL", "de", "customer",
      "hasty internal forward of a customer's new IBAN (deliberate customer typo, fails mod-97) for the direct debit of a household contract")
def c_sepa_aendern():
    body = """bitte SEPA-mandat ändern, neue IBAN siehe unten. vertrag HR-1904-33817 (hausrat).
achtung: die IBAN fällt bei der prüfziffer durch, wahrscheinl. zahlendreher am ende. hab ihr grad ne mail geschrieben, bitte erst nach ihrer antwort erfassen. danke!

""" + fw_de("Wiebke Drögemüller <wiebke.droegemueller@freenet.example>", "12.03.2026, 22:17",
            "Bankverbindung", "info@brueckenhof.example", """Hallo,
ab April bitte die Beiträge von meinem neuen Konto abbuchen:
Wiebke Drögemüller
DE46 4905 0101 0088 2341 71
Sparkasse Minden-Lübbecke
Das alte Konto bei der Volksbank wird gekündigt.
Danke und Gruß""")
    return M(A("tiemann"), "Beitragsinkasso <inkasso@brueckenhof.example>",
             "WG: Bankverbindung", "2026-03-13 08:12", body)


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement to a sole-trader broker with her IBAN and tax number")
def c_courtage_tepe():
    body = """Hallo Frau Tepe,

anbei Ihre Courtageabrechnung für Februar 2026. Auszahlung am 15.03. auf Ihr Konto
DE16 2606 2433 1747 6842 86.

Im Februar wurden 11 Verträge neu policiert (8 Kfz, 2 Wohngebäude, 1 Privathaftpflicht);
zwei Stornos (Kfz) wurden mit Rückbelastung verrechnet, siehe Abrechnung S. 2.

Bitte beachten Sie: Ihre Steuernummer 335/5081/2744 ist bei uns hinterlegt, die Umsatz-
steuerbefreiung nach § 4 Nr. 11 UStG ist vermerkt. Sollte sich etwas ändern, geben Sie
mir bitte Bescheid.

Beste Grüße

""" + sig("wehking")
    lines = ["# Courtageabrechnung 02/2026", "",
             "Vermittlerin: Juliane Tepe, Versicherungsmaklerin (Einzelunternehmen), Lange Straße 12, 32312 Lübbecke",
             "Vermittlernummer 47110-88   Steuernummer 335/5081/2744   IHK-Register D-W-141-TNZ3-77",
             "Bankverbindung: DE16 2606 2433 1747 6842 86 (Volksbank Lübbecker Land)", "",
             "Abschlusscourtage Neugeschäft        2.318,40 EUR",
             "Bestandscourtage                     1.102,75 EUR",
             "Rückbelastung Storno (2 Verträge)     -214,60 EUR",
             "Auszahlungsbetrag                    3.206,55 EUR", "",
             "Umsatzsteuerfrei gemäß § 4 Nr. 11 UStG."]
    return M(A("wehking"), "Juliane Tepe <info@tepe-makler.example>",
             "Courtageabrechnung Februar 2026", "2026-03-06 16:40", body,
             atts=[pdf("Courtage_47110-88_2026-02.pdf", lines, "Courtageabrechnung")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for an employment dismissal case of a named customer; income mentioned, no health")
def c_rs_kuendigung():
    body = """Sehr geehrter Herr Oltmanns,

Rechtsschutzvertrag RS-0815-20977, Schadennummer RS-26-003114

für Ihre arbeitsrechtliche Auseinandersetzung mit der Firma Weser Logistik GmbH (Kündigung
vom 26.01.2026) erteilen wir Deckungszusage für die außergerichtliche und erstinstanzliche
Interessenwahrnehmung vor dem Arbeitsgericht Herford, zunächst für eine Kündigungs-
schutzklage.

Der Streitwert wird sich nach Ihrem Bruttomonatsgehalt von 3.850 Euro richten (drei
Bruttogehälter). Ihre Selbstbeteiligung beträgt laut Vertrag 150 Euro.

Bitte geben Sie diese Zusage an Ihre Anwältin, Frau Brandhorst, weiter oder nennen Sie
uns ihre E-Mail-Adresse; wir rechnen dann direkt mit der Kanzlei ab.

Mit freundlichen Grüßen

""" + sig("pieper")
    return M(A("pieper"), "Sven Oltmanns <sven.oltmanns@gmail.example>",
             "Deckungszusage Arbeitsrecht – RS-26-003114", "2026-02-02 11:48", body)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal-expenses cover confirmation to a lawyer for a tenant dispute of a named client")
def c_rs_mietrecht_anwalt():
    body = """Sehr geehrte Frau Rechtsanwältin Oyelaran,

Ihr Zeichen: 44/26 Ho ./. Graue Immobilienverwaltung
unser Zeichen: RS-26-004471, Versicherungsnehmerin Anja Hoberg, Stiftsallee 9, 32425 Minden

für die Abwehr der Mieterhöhung (Schreiben der Vermieterin vom 02.02.2026) und die
Geltendmachung der Mietminderung wegen Schimmels im Bad bestätigen wir Versicherungs-
schutz im Wohnungs-Rechtsschutz für die außergerichtliche Tätigkeit. Für ein gericht-
liches Verfahren bitten wir um gesonderte Anfrage mit Klageentwurf.

Selbstbeteiligung: 250 Euro, die Sie bitte direkt mit der Mandantin abrechnen.

Mit freundlichen Grüßen

""" + sig("pieper")
    return M(A("pieper"), "Kanzlei Brandhorst & Oyelaran <kanzlei@brandhorst-oyelaran.example>",
             "RS-26-004471 – Deckungszusage Mietsache Hoberg", "2026-02-12 09:05", body)


@mail("CONFIDENTIAL", "de", "internal",
      "hasty internal question whether a named person is still insured, with contract number")
def c_noch_versichert():
    body = """kannst du mal schauen ob hr. ulrich gerdes (porta, hausnr. 17) noch bei uns versichert ist? privathaftpflicht PH-3310-04471. er sagt ja, sytem sagt seit 1.1. storiert wg. nichtzahlung. hab ihn in der leitung

danke!! b."""
    return M(A("tiemann"), A("ostmeier"), "gerdes PH", "2026-01-27 10:37", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance water damage: appointment for an assessor at a named customer's address, claim number")
def c_leitungswasser_termin():
    body = """Sehr geehrte Frau Schwier,

Schaden WG-26-0018820 – Leitungswasser, Bachstraße 3, 32469 Petershagen

zur Besichtigung des Wasserschadens in Ihrem Keller kommt Herr Grotegut vom Sachver-
ständigenbüro Grotegut am Donnerstag, 19. Februar, zwischen 8 und 10 Uhr zu Ihnen.

Bitte halten Sie bereit:
  – die Rechnung des Installateurs über die Leckortung
  – Fotos vom Schadentag (falls vorhanden)
  – eine Liste der beschädigten Gegenstände im Keller (die gehören zur Hausratversiche-
    rung; ist die auch bei uns, nehmen wir das gleich mit auf)

Die Trocknungsgeräte dürfen laufen bleiben, bis der Sachverständige sie freigibt.

Mit freundlichen Grüßen

""" + sig("strothmann")
    return M(A("strothmann"), "Renate Schwier <renate.schwier@t-online.example>",
             "Besichtigungstermin Wasserschaden WG-26-0018820", "2026-02-13 12:15", body,
             cc="SV-Büro Grotegut <termine@sv-grotegut.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "hasty order to an assessor for a total-loss motor claim; owner's name, address, plate, VIN, claim number")
def c_gutachten_auftrag():
    body = """hallo hr. pohlmann, können sie sich den noch heute anschauen? steht bei kemena in hille. kunde braucht schnell ne entscheidung wg. ersatzwagen. daten unten, danke!

riechmann

Schaden: KS-26-0052214 (Vollkasko, Wildunfall B239)
Halter/VN: Dennis Stührenberg, Am Wiehen 22, 32479 Hille
Fahrzeug: VW Golf VII Variant, MI-DS 911, FIN WVWZZZAUZHP612094, EZ 05/2017
Front + Airbags, Kunde geht von Totalschaden aus. WBW/Restwert bitte, Restwertbörse.
Personenschaden keiner.

""" + IPHONE_DE
    return M(A("riechmann"), "SV-Büro Pohlmann <auftrag@sv-pohlmann.example>",
             "Auftrag KS-26-0052214 stührenberg", "2026-01-12 08:44", body)


@mail("CONFIDENTIAL", "de", "company",
      "forwarded fleet change from a customer company with named drivers and their birth dates; one-line comment")
def c_flotte_fahrer():
    body = """bitte die beiden fahrer nachtragen, rest bleibt. danke

Frederik

""" + fw_de("Mareike Sieker <m.sieker@baustoffe-sieker.example>", "17.02.2026, 13:02",
            "Flotte Baustoffe Sieker – neue Fahrer", "Frederik Lange <f.lange@brueckenhof.example>",
            """Hallo Herr Lange,

für unsere Flotte (Vertrag KF-FL-4410) kommen zum 1. März zwei neue Fahrer dazu, die
auch die Transporter fahren:

  Piotr Wiśniewski, geb. 03.11.1991, Führerschein seit 2012
  Jannik Hüsemann, geb. 19.07.2003, Führerschein seit 2021

Herr Hüsemann ist unter 25, ich weiß, dass das teurer wird – bitte trotzdem eintragen.

Mit freundlichen Grüßen
Mareike Sieker
Baustoffe Sieker GmbH & Co. KG, Fuhrpark""")
    return M(A("lange"), A("schnier"), "WG: Flotte Baustoffe Sieker – neue Fahrer",
             "2026-02-17 13:30", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a household contract: name, contract number, amount due")
def c_mahnung_hausrat():
    body = """Sehr geehrter Herr Kaya,

Hausratversicherung HR-2207-11940

leider konnten wir den Folgebeitrag für das erste Quartal 2026 über 47,31 Euro nicht
einziehen - Ihre Bank hat die Lastschrift mangels Deckung zurückgegeben. Zusammen mit
den Rücklastschriftgebühren von 3,50 Euro sind damit 50,81 Euro offen.

Bitte überweisen Sie den Betrag bis zum 20. März auf unser Konto bei der Sparkasse
Minden-Lübbecke unter Angabe der Vertragsnummer. Nach diesem Datum müssen wir Ihnen
eine qualifizierte Mahnung nach § 38 VVG schicken; bei einem Schaden nach Ablauf der
Frist bestünde dann kein Versicherungsschutz.

Wenn Sie bereits gezahlt haben, betrachten Sie diese Mail bitte als gegenstandslos.

Mit freundlichen Grüßen

""" + sig("ostmeier", foot=False) + "\n\nBrückenhof Allgemeine Versicherung AG · Weserglacis 14 · 32423 Minden\nSitz Minden, Amtsgericht Bad Oeynhausen HRB 18851"
    return M(A("ostmeier"), "Emre Kaya <emre.kaya@gmx.example>",
             "Zahlungserinnerung Hausratversicherung HR-2207-11940", "2026-03-05 09:30", body,
             charset="iso-8859-1", cte="8bit")


@mail("CONFIDENTIAL", "de", "customer",
      "body only 'bitte erfassen'; the customer's mail with his new IBAN for motor and liability contracts is an attached message/rfc822")
def c_neue_bank_fwd():
    inner = M("Thorsten Meyer-Bolte <tmb@mailbox.example>", "service@brueckenhof.example",
              "neue bankverbindung", "2026-04-18 11:20", """moin,
hab neue bankverbindung, bitte ab mai abbuchen von
DE52 4909 2650 7279 8798 89
betrifft kfz (MI-TM 77) und haftpflicht
thorsten meyer-bolte, hahler str. 140, minden
danke

Gesendet von Mail für Windows""", cte="8bit")
    body = """bitte erfassen

B."""
    return M(A("tiemann"), "Beitragsinkasso <inkasso@brueckenhof.example>",
             "WG: neue bankverbindung", "2026-04-20 08:03", body,
             atts=[("msg", inner)])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability: customer's son broke a neighbour's window, nobody hurt; names, address, claim number")
def c_haftpflicht_fenster():
    body = """Sehr geehrte Frau Nolting,

Privathaftpflicht PH-1102-70018, Schaden PH-26-0003381

vielen Dank für Ihre Meldung. Wie Sie schreiben, hat Ihr Sohn Ben (11) am 28. März beim
Fußballspielen die Terrassentür des Nachbarhauses (Familie Rodenbeck, Am Bruchgraben 6)
beschädigt; verletzt wurde niemand.

Kinder ab sieben Jahren haften grundsätzlich selbst, wenn sie die nötige Einsicht haben.
Ihr Vertrag schließt aber auch die Deliktunfähigkeit mit ein, wir regulieren also in
jedem Fall. Bitte schicken Sie uns den Kostenvoranschlag des Glasers, den Ihnen Herr
Rodenbeck gegeben hat; wir zahlen direkt an ihn.

Mit freundlichen Grüßen

""" + sig("kruse")
    return M(A("kruse"), "Simone Nolting <simone.nolting@web.example>",
             "Ihr Haftpflichtschaden PH-26-0003381 (Terrassentür Nachbar)", "2026-03-31 15:12", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hasty reply on an e-bike theft claim; the quote holds name, contract and frame number")
def c_ebike_foto():
    quoted = """Hallo,
mein E-Bike (Cube Kathmandu, Rahmennr. WCU2G4417K) wurde letzte Nacht vor dem Bahnhof
Bad Oeynhausen geklaut, Anzeige ist gemacht (Tagebuchnr. 0388/26). Vertrag müsste
FR-5521-80234 sein. Die Originalrechnung hab ich nur noch als Foto, reicht das?
VG Lea Kortemeier"""
    body = """hallo frau kortemeier, ja, foto reicht erstmal. bitte noch das schlüssel-foto vom schloss mitschicken. lg

m. riechmann (vertretung fahrrad)

""" + IPHONE_DE + """

> Am 07.05.2026 um 07:55 schrieb Lea Kortemeier <lea.kortemeier@icloud.example>:
>
""" + gt(quoted)
    return M(A("riechmann"), "Lea Kortemeier <lea.kortemeier@icloud.example>",
             "Re: E-Bike gestohlen", "2026-05-07 08:21", body, cte="8bit")


@mail("CONFIDENTIAL", "de", "internal",
      "HR: salary adjustment of a named employee (income figures), no health data")
def c_gehalt():
    body = """Hallo Herr Hagemeier,

wie besprochen die Eckdaten für die Höhergruppierung von Frau Nadine Lütkemeyer
(Sachbearbeiterin Leistung Leben, Personalnr. 20417) zum 1. Juli:

  bisher: TG 6, Stufe 11, 4.212 EUR brutto monatlich
  neu:    TG 7, Stufe 11, 4.598 EUR brutto monatlich
  zzgl. Funktionszulage Gruppenkoordination 150 EUR

Der Betriebsrat muss noch zustimmen (Sitzung am 18.6.). Bitte das Gespräch mit Frau
Lütkemeyer erst nach der Zustimmung führen.

Viele Grüße
Nadine Holtkamp

""" + sig("holtkamp", foot=False)
    return M(A("holtkamp"), "Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "Höhergruppierung Lütkemeyer zum 01.07.", "2026-06-08 14:05", body,
             headers=[("Sensitivity", "Company-Confidential")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class transfer for a second car; names and birth date of the daughter as driver")
def c_sf_uebertragung():
    body = """Sehr geehrter Herr Brinkhoff,

vielen Dank für Ihren Antrag auf Übertragung der Schadenfreiheitsklasse.

Sie möchten den Schadenfreiheitsrabatt Ihres Zweitwagens (bisher Vertrag KF-3390-21775,
SF 12) auf Ihre Tochter Marie Brinkhoff, geb. 04.09.2004, übertragen, die das Fahrzeug
künftig als Halterin übernimmt. Das ist möglich, allerdings nur in dem Umfang, in dem
Ihre Tochter den Führerschein besitzt (seit Oktober 2022): übertragen werden können also
SF 3. Die übrigen Jahre verfallen.

Bitte schicken Sie uns die beigefügte Übertragungserklärung, von Ihnen beiden unter-
schrieben, zurück. Der neue Beitrag für Frau Brinkhoff liegt bei 71,40 Euro im Monat.

Mit freundlichen Grüßen

""" + sig("schnier")
    return M(A("schnier"), "Martin Brinkhoff <m.brinkhoff@gmx.example>",
             "SF-Übertragung auf Marie Brinkhoff", "2026-01-08 11:00", body)


@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "request to a previous motor insurer for a no-claims certificate of a named customer with birth date")
def c_vorversicherer():
    body = """Sehr geehrte Damen und Herren,

Anfrage Schadenfreiheitsrabatt nach Versichererwechsel (Vorversicherer-Anfrage)

Versicherungsnehmer:  Alexander Rüter, geb. 27.02.1985
Anschrift:            Simeonsplatz 4, 32423 Minden
Kennzeichen:          MI-AR 1985
Ihr Vertrag:          vermutlich 44-771203-K (lt. Kunde)
Vertragsende bei Ihnen: 31.12.2025
Unser Vertrag:        KF-6140-33802 ab 01.01.2026

Bitte teilen Sie uns die SF-Klasse zum Vertragsende und etwaige Schäden im Jahr 2025
über den üblichen Weg mit. Vielen Dank.

Mit freundlichen Grüßen

""" + sig("schnier")
    return M(A("schnier"), "Kfz-Vorversicherer-Anfragen <vorversicherer@lippe-versicherung.example>",
             "VVA Rüter, Alexander – Kennz. MI-AR 1985", "2026-01-14 13:20", body)


@mail("CONFIDENTIAL", "de", "internal",
      "hasty internal warning about an angry customer with motor claim number; no health")
def c_droht_anwalt():
    body = """achtung: der kunde aus dem anruf eben, hr. yilmaz (KS-26-0061190, parkschaden lidl-parkplatz), droht mit anwalt weil noch keine antwort auf sein gutachten. bitte heute nch zurückrufen, 0176 44512093. er ist ziemlich sauer

b.

""" + IPHONE_DE
    return M(A("tiemann"), A("riechmann"), "yilmaz KS-26-0061190 bitte rückruf!!", "2026-02-25 16:44",
             body, prio="1 (Highest)")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage settlement for a named homeowner as HTML with a table of items and the payee IBAN")
def c_sturm_regulierung():
    text = """Sehr geehrter Herr Wöhrmann,

Schaden WG-26-0021093 – Sturm „Elfriede“, Dankerser Straße 88, 32423 Minden

wir regulieren Ihren Sturmschaden wie folgt:

  Dacheindeckung, 14 m² Ziegel erneuern           2.940,00 EUR
  Dachrinne ersetzen (6 m)                          486,00 EUR
  Gerüst                                            820,00 EUR
  Carport-Dach (Doppelstegplatten)                  610,00 EUR
  abzüglich Selbstbeteiligung                      -250,00 EUR
  Auszahlung                                      4.606,00 EUR

Zahlung an: Hartmut Wöhrmann, DE11 4405 0199 4951 0231 97

Mit freundlichen Grüßen
Heiko Strothmann"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Wöhrmann,</p>
<p><b>Schaden WG-26-0021093 – Sturm „Elfriede“, Dankerser Straße 88, 32423 Minden</b></p>
<p>wir regulieren Ihren Sturmschaden wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Position</th><th align="right">Betrag</th></tr>
<tr><td>Dacheindeckung, 14 m² Ziegel erneuern</td><td align="right">2.940,00 EUR</td></tr>
<tr><td>Dachrinne ersetzen (6 m)</td><td align="right">486,00 EUR</td></tr>
<tr><td>Gerüst</td><td align="right">820,00 EUR</td></tr>
<tr><td>Carport-Dach (Doppelstegplatten)</td><td align="right">610,00 EUR</td></tr>
<tr><td>abzüglich Selbstbeteiligung</td><td align="right">-250,00 EUR</td></tr>
<tr style="font-weight:bold"><td>Auszahlung</td><td align="right">4.606,00 EUR</td></tr>
</table>
<p>Zahlung an: Hartmut Wöhrmann, DE11 4405 0199 4951 0231 97</p>
<p>Mit freundlichen Grüßen<br>Heiko Strothmann<br>Schaden Sach / Gebäude<br>Telefon 0571 9180-2610</p>
</body></html>"""
    return M(A("strothmann"), "Hartmut Wöhrmann <h.woehrmann@t-online.example>",
             "Regulierung Sturmschaden WG-26-0021093", "2026-03-02 15:40", text, html=html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dog-owner liability: insured dog bit another dog, vet bill of the injured dog (animal health, not human)")
def c_hund_biss():
    body = """Sehr geehrte Frau Pahmeyer,

Tierhalterhaftpflicht TH-0417-55210, Schaden TH-26-0000912

Ihr Schäferhundmischling „Bruno“ hat am 11. April beim Spaziergang am Weserradweg den
Dackel „Frieda“ von Herrn Klaus Dettmer gebissen. Wir haben die Tierarztrechnung von
Herrn Dettmer erhalten:

  Wundversorgung unter Sedierung, Naht, Antibiotikum (Amoxicillin/Clavulansäure)
  Nachkontrolle und Fadenziehen
  Gesamt nach GOT: 486,73 Euro

Die Kosten übernehmen wir vollständig und zahlen direkt an Herrn Dettmer. Ihre Selbst-
beteiligung von 150 Euro stellen wir Ihnen gesondert in Rechnung.

Mit freundlichen Grüßen

""" + sig("kruse")
    return M(A("kruse"), "Sabine Pahmeyer <s.pahmeyer@posteo.example>",
             "Schaden TH-26-0000912 – Tierarztrechnung Dettmer", "2026-04-24 10:09", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "travel cancellation because of job loss (no health reason); name, booking, contract, payout")
def c_reiseruecktritt_job():
    body = """Sehr geehrter Herr Landwehr,

Reiserücktrittsversicherung RR-2611-40082, Schaden RR-26-0002217

Sie haben Ihre Pauschalreise nach Kreta (Abflug 24.05.2026, Buchungsnr. TUX-88213-A)
storniert, weil Ihr Arbeitgeber Ihnen betriebsbedingt gekündigt hat. Der unerwartete
Verlust des Arbeitsplatzes ist in Ihrem Tarif versichert. Die Kündigung vom 02.04.2026
und die Stornorechnung des Reiseveranstalters liegen uns vor.

Stornokosten 40 %:           1.316,00 EUR
Selbstbehalt 20 %:            -263,20 EUR
Erstattung:                  1.052,80 EUR

Wir überweisen den Betrag auf das Konto, von dem der Beitrag abgebucht wird
(DE48 4805 0161 2628 6436 46).

Mit freundlichen Grüßen

""" + sig("nowicka")
    return M(A("nowicka"), "Jan Landwehr <jan.landwehr@web.example>",
             "Ihre Reisestornierung – Erstattung", "2026-04-16 13:55", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a change of bank account for a buildings contract; masked old IBAN, full new IBAN")
def c_konto_bestaetigt():
    body = """Guten Tag Frau Upmeier,

wir haben Ihre neue Bankverbindung für die Wohngebäudeversicherung WG-0908-16623
gespeichert:

  neu:  DE42 4904 0043 8735 7421 73 (Commerzbank Minden)
  alt:  DE** **** **** **** **78 12 (wird nicht mehr belastet)

Die nächste Abbuchung des Jahresbeitrags über 612,18 Euro erfolgt am 01.07.2026 mit
der Mandatsreferenz BHV-WG-0908-16623-02 und unserer Gläubiger-ID DE88ZZZ00000918042.

Freundliche Grüße

""" + sig("ostmeier")
    return M(A("ostmeier"), "Hildegard Upmeier <h.upmeier@t-online.example>",
             "Ihre neue Bankverbindung", "2026-05-27 10:41", body)


@mail("CONFIDENTIAL", "de", "broker",
      "broker's application for buildings insurance with client's name, birth date and address, forwarded with one line")
def c_makler_antrag_wg():
    body = """bitte policieren, risikoprüfung ok (kein ZÜRS 3).

T.

""" + fw_de("Rolf Meinecke <r.meinecke@finanzkontor-rehme.example>", "22.01.2026, 09:30",
            "Antrag Wohngebäude – Familie Obermeier-Strate", "Tobias Wehking <t.wehking@brueckenhof.example>",
            """Hallo Herr Wehking,

anbei die Eckdaten für den Antrag, das unterschriebene Formular kommt per Post:

Versicherungsnehmer: Dirk Obermeier-Strate, geb. 12.12.1978, und Sandra Obermeier-Strate
Risikoort: Zum Sielhof 5, 32549 Bad Oeynhausen
Einfamilienhaus Bj. 1998, 168 m² Wohnfläche, Massivbau, Ziegeldach, PV-Anlage 9,8 kWp
Vorversicherung: Lippe Versicherung, schadenfrei, gekündigt zum 28.02.
Tarif: Wohngebäude Premium inkl. Elementar, SB 500
Beginn: 01.03.2026

Danke und Gruß
Rolf Meinecke
Finanzkontor Rehme GmbH""")
    return M(A("wehking"), "Antrag Sach <antrag-sach@brueckenhof.example>",
             "WG: Antrag Wohngebäude – Familie Obermeier-Strate", "2026-01-22 10:02", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "one-line phone reply confirming the garage is covered; contract and address only in the quoted question")
def c_garage():
    quoted = """Hallo Herr Strothmann,
kurze Frage: gilt meine Gebäudeversicherung WG-1130-42007 auch für die Doppelgarage, die
etwas abseits auf dem Grundstück steht (Lindenweg 11a, 32457 Porta Westfalica)? Im
Versicherungsschein steht nur das Wohnhaus.
Viele Grüße, Gerd Vieregge"""
    body = """ja, die police gilt auch für die garage (nebengebäude bis 50 m² sind mitversichert). lg h. strothmann

""" + IPHONE_DE + """

Am 29.04.2026 um 19:10 schrieb Gerd Vieregge <gerd.vieregge@gmx.example>:

""" + gt(quoted)
    return M(A("strothmann"), "Gerd Vieregge <gerd.vieregge@gmx.example>",
             "Re: Frage Garage", "2026-04-30 07:12", body, cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "commercial liability claim of a joinery (sole trader) with named owner, client and claim number; nobody hurt")
def c_schreinerei():
    body = """Sehr geehrter Herr Hollmann,

Betriebshaftpflicht BH-2044-10379, Schaden BH-26-0000588

Ihre Mitarbeiter haben beim Einbau der Küche bei Ihrer Kundin Frau Elke Rasche
(Brühlstraße 24, Lübbecke) am 3. März eine Wasserleitung angebohrt. Es entstand ein
Wasserschaden in der Küche und im darunterliegenden Keller; verletzt wurde niemand.

Wir haben das SV-Büro Grotegut mit der Schadenfeststellung beauftragt. Bitte nehmen Sie
keine Zahlungen oder Anerkenntnisse gegenüber Frau Rasche vor, sondern verweisen Sie sie
an uns. Die Kosten für die eigene Nachbesserung (Ihr Werk, also die Küche selbst) sind
nicht versichert.

Ihre Selbstbeteiligung als Einzelunternehmer beträgt 500 Euro je Schaden.

Mit freundlichen Grüßen

""" + sig("kruse")
    return M(A("kruse"), "Tischlerei Hollmann <info@tischlerei-hollmann.example>",
             "BH-26-0000588 – Wasserschaden Kundin Rasche", "2026-03-06 11:20", body)


# ===================== CONFIDENTIAL, English ==============================


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "hasty windscreen-claim reply; plate, policy and the customer's address are only in the quoted mail, claim number in the body")
def c_windscreen():
    quoted = """Hello, a stone hit my windscreen on the A30 this morning, crack is about 10 cm, right in
front of the driver. Car is MI-GF 303, policy KF-7701-20558. I live in Hille (Mindener
Str. 212). Where can I get it fixed and do I have to pay first? Photos attached.
Greg Fairbanks"""
    body = """Hi Mr Fairbanks, has to be replaced, not repaired (too long). go to Glas-Profi Lübbecke, Bohlenstr. 2, no need to pay upfront, just quote claim KS-26-0044019. excess 150 EUR, they collect it. rgds

Malte Riechmann

""" + IPHONE_EN + """

On 30 Jan 2026, at 08:02, Gregory Fairbanks <g.fairbanks@outlook.example> wrote:

""" + gt(quoted)
    return M(A("riechmann"), "Gregory Fairbanks <g.fairbanks@outlook.example>",
             "Re: windscreen", "2026-01-30 09:12", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "lost-baggage travel claim settled to a Dutch IBAN; name, claim number, no health")
def c_baggage_nl():
    body = """Dear Ms van Doorn,

Travel claim RG-26-0001408 – delayed and lost baggage, flight HAJ–PMI on 2 May 2026

we have received the Property Irregularity Report from the airline and your list of
items. Your suitcase was finally declared lost on 23 May. Under your baggage cover
we reimburse:

  emergency purchases during the delay (toiletries, clothes)     EUR   187.40
  contents of the suitcase (time value, receipts/photos)          EUR   942.00
  suitcase                                                         EUR    95.00
  less compensation already paid by the airline                   EUR  -420.00
  ----------------------------------------------------------------------------
  payable                                                          EUR   804.40

Payment will be made to NL69 INGB 0007 3166 52 (account holder: S. van Doorn) within
five working days.

Kind regards

""" + sig("nowicka", "en")
    return M(A("nowicka"), "Saskia van Doorn <saskia.vandoorn@ziggo.example>",
             "Your baggage claim RG-26-0001408 – settlement", "2026-05-29 11:36", body)


@mail("CONFIDENTIAL", "en", "internal",
      "hasty forward of a bank return notice with a named customer's IBAN and household policy")
def c_iban_bounced():
    body = """pls check – this guy's IBAN bounced twice now. maybe typo on our side? policy HR-3012-55107

C.

""" + fw_en("SEPA Returns <sepa-returns@sparkasse-ml.example>", "Mon, 4 May 2026 at 06:02",
            "R-transaction report 2026-05-04", "Collections <inkasso@brueckenhof.example>",
            """Creditor: Brueckenhof Allgemeine Versicherung AG
Creditor ID: DE88ZZZ00000918042

Return reason AC04 (account closed)
  Debtor:        Matthew Calloway
  Debtor IBAN:   DE80 4904 0043 2144 6109 86
  Mandate ref.:  BHV-HR-3012-55107-01
  Amount:        EUR 11.90
  Original date: 2026-05-01""")
    return M(A("donnelly"), A("ostmeier"), "FW: R-transaction report 2026-05-04",
             "2026-05-04 09:47", body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O renewal for a client company with named directors and the company's revenue; no health")
def c_dno_renewal():
    body = """Hi James,

re: D&O renewal Harlow Precision Components GmbH, policy DO-0322-00917, expiry 30 June

thanks for the renewal submission. A few points before we can quote:

1. The new CFO, Ms Ingrid Roloff, joined in February – please confirm there were no
   circumstances notified to the previous CFO's insurer.
2. Revenue went from EUR 48m to EUR 61m; the premium will follow the revenue band.
3. The management board is now three people (Dr. Felix Harlow, Ingrid Roloff, Tomás
   Reyes). Please send the updated organisation chart.
4. Any pending claims against directors? Your submission says "none" – please sign
   the warranty statement again, it has to be dated within 30 days of inception.

Indicative: limit EUR 5m, premium around EUR 9,800 net, subject to the above.

Best regards
Frederik

""" + sig("lange", "en")
    return M(A("lange"), "James Whitlock <j.whitlock@castlemere-risk.example>",
             "D&O renewal Harlow Precision Components – open points", "2026-05-14 15:02", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental-car excess claim: name, address, rental agreement and payout; invoice details in the PDF attachment")
def c_rental_excess():
    body = """Dear Mr Adeyemi,

Rental excess claim RG-26-0000977

thank you for your claim regarding the damage to your rental car in Lisbon (rental
agreement LIS-5540012). We have checked the damage report and the rental company's
invoice. Our settlement letter is attached.

Kind regards

""" + sig("nowicka", "en")
    lines = ["# Settlement letter – rental car excess insurance",
             "Brückenhof Allgemeine Versicherung AG, Travel Claims, Weserglacis 14, 32423 Minden", "",
             "Mr Tunde Adeyemi, Kaiserstraße 61, 32545 Bad Oeynhausen", "",
             "Policy: RG-2602-77130 (annual travel, rental excess cover)   Claim: RG-26-0000977",
             "Rental company: Atlantico Rent-a-Car, Lisbon; agreement LIS-5540012; vehicle Renault Clio, AA-17-PT",
             "Damage: scratched rear bumper and wing mirror, parking garage, 14 April 2026. No persons involved.", "",
             "Excess charged by the rental company:  EUR 850.00",
             "Covered under your policy:             EUR 850.00",
             "Your deductible:                       EUR   0.00", "",
             "We will transfer EUR 850.00 to DE27 4405 0199 9582 3599 80 (T. Adeyemi).", "",
             "Minden, 4 May 2026 – Ewa Nowicka"]
    return M(A("nowicka"), "Tunde Adeyemi <tunde.adeyemi@gmail.example>",
             "Your claim RG-26-0000977", "2026-05-04 14:50", body,
             atts=[pdf("Settlement_RG-26-0000977.pdf", lines, "Settlement RG-26-0000977")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "phone reply on a burglary claim; name, address and claim number are in the quoted mail")
def c_burglary_adjuster():
    quoted = """Hi, someone broke into our flat at Hermannstraße 27 (2nd floor), 32423 Minden last
night while we were at the cinema. Police were here, ref 210-0512-26. Laptop, two
bikes from the hallway and some jewellery gone. Our policy is HR-2512-09933.
What do we do now? - Rachel Kim"""
    body = """got it, sorry to hear. adjuster will call u tmrw morning. pls dont throw away teh damaged lock

Heiko (Brückenhof claims)

""" + IPHONE_EN + """

> On 9 Feb 2026, at 22:41, Rachel Kim <rachel.kim@icloud.example> wrote:
>
""" + gt(quoted)
    return M(A("strothmann"), "Rachel Kim <rachel.kim@icloud.example>",
             "Re: break-in last night", "2026-02-10 07:04", body)


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "confirmation to a mortgage bank that a named borrower's house is insured (fact of insurance, address)")
def c_bank_confirmation():
    body = """Dear Ms Whitfield,

your ref.: MTG-8840173, borrower Mr Daniel and Mrs Laura Hensley

we confirm that the residential building at Kampstraße 19, 32429 Minden, is insured with
us under buildings policy WG-2601-88415 from 1 February 2026:

  - sum insured: value-1914 basis, replacement value
  - perils: fire, storm/hail, water, natural hazards
  - premium paid annually, paid up to 31 January 2027

Your bank has been noted as mortgagee (Sicherungsschein issued 2 February 2026). We
will inform you if the policy is cancelled or premiums remain unpaid.

Kind regards
Heiko Strothmann

""" + sig("strothmann", "en")
    return M(A("strothmann"), "Mortgage Servicing <mortgages@weserbank.example>",
             "Insurance confirmation – your ref. MTG-8840173 (Hensley)", "2026-02-04 10:18", body)


@mail("CONFIDENTIAL", "en", "internal",
      "salary offer for a named new hire (income figures) for the International Desk")
def c_offer_salary():
    body = """Hi Claire,

quick alignment on the offer for Aoife Brennan (Medical Underwriter candidate):

  base salary EUR 62,000 p.a. (12 x), plus 13th month, total EUR 67,167
  relocation allowance EUR 3,000 one-off (moving from Cork)
  start 1 August, probation 6 months

She asked for 65k base in the interview. I can go to 63.5k if you think she's the one,
but not higher without board approval. Please let me know by Thursday, her other
offer expires Friday.

Nadine

""" + sig("holtkamp", "en", foot=False)
    return M(A("holtkamp"), A("donnelly"), "Offer Aoife Brennan – salary", "2026-06-09 12:30", body,
             headers=[("Sensitivity", "Private")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance of a freelance translator (natural person): phishing loss, bank details and policy")
def c_freelancer_cyber():
    body = """Dear Ms Okonkwo,

Cyber policy CY-0119-00482 (freelancer plan), claim CY-26-0000107

thank you for reporting the fraudulent invoice. As we understand it, a client's mailbox
was compromised, you were sent "new bank details" for paying a subcontractor and you
transferred EUR 2,380.00 from your business account DE51 4405 0199 5099 4151 14 to an
account in Lithuania on 3 March.

Your policy covers social-engineering losses up to EUR 5,000 with a 10 % co-payment.
Before we can pay we need:

  - your bank's confirmation that a recall was attempted
  - the police report (online report is fine)
  - the e-mail with the changed bank details as .eml file (not a screenshot)

Kind regards

""" + sig("lange", "en")
    return M(A("lange"), "Chidinma Okonkwo <mail@okonkwo-translations.example>",
             "Your cyber claim CY-26-0000107", "2026-03-10 16:10", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "hasty reply 'cover note attached' for a car; plate, VIN and the customer's birth date only in the PDF")
def c_cover_note():
    quoted = """Hi, the registration office needs proof of insurance for my car before Friday. Can you
send it? Thanks, Mateo"""
    body = """yes, the cover note is attached. show the eVB number at the counter, that's all they need

Kevin

""" + sig("schnier", "en", foot=False) + """

""" + gt(quoted)
    lines = ["# Confirmation of motor insurance (cover note / eVB)", "",
             "Insurer: Brückenhof Allgemeine Versicherung AG, Minden",
             "eVB number: R7KX2M9",
             "Policyholder: Mateo Rinaldi, born 16/10/1996",
             "Address: Videbullenstraße 8, 32423 Minden",
             "Vehicle: Fiat 500 Hybrid, VIN ZFAFF7GT8R1093475, plate requested MI-MR 610",
             "Cover: third-party liability, comprehensive (excess EUR 300), valid from registration date", "",
             "This confirmation is valid for 6 months from 11 March 2026."]
    return M(A("schnier"), "Mateo Rinaldi <mateo.rinaldi@gmail.example>",
             "RE: proof of insurance", "2026-03-11 10:03", body,
             atts=[pdf("eVB_R7KX2M9.pdf", lines, "eVB")])


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "cargo claim for an import company with a named contact person; shipment and claim data, no health")
def c_cargo():
    body = """Dear Mr Haddad,

Cargo policy TR-0714-00213 – claim TR-26-0000031
Shipment: 2 x 40' HC, Haddad Foods Import GmbH, Bremerhaven – Minden, B/L MSCU 7781204
Goods: olive oil in tins, 38 pallets

The surveyor's report (Bremen Marine Survey, 19 March) confirms water ingress through
a damaged container roof; 9 pallets are unsaleable due to rusted tins. Claimed amount
EUR 23,940 at invoice value plus 10 %.

We accept the claim in principle. Please send:
  - commercial invoice and packing list
  - the carrier's receipt with reservations noted at delivery
  - your letter of protest to the shipping line (to preserve recourse)

Kind regards
Frederik Lange

""" + sig("lange", "en")
    return M(A("lange"), "Karim Haddad <k.haddad@haddad-foods.example>",
             "Cargo claim TR-26-0000031 – water damage, B/L MSCU 7781204", "2026-03-23 13:40", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "yacht insurance renewal: owner's name, birth date, boat and premium")
def c_yacht():
    body = """Dear Mr Lindemann,

your yacht policy YA-0521-00088 renews on 1 April 2026. Details on file:

  Insured:      Peter Lindemann, born 22 June 1958
  Vessel:       Hallberg-Rassy 37 "Weserkind", built 2009, hull no. HR37-118
  Home port:    Minden (winter), Heiligenhafen (summer berth 14)
  Navigation:   North Sea and Baltic, Danish and Swedish coastal waters
  Agreed value: EUR 185,000
  Premium:      EUR 1,312.40 p.a. (no-claims discount 25 % applied)

As you turned 67 last year we need the skipper's self-declaration again (form attached
to your renewal letter). Everything else stays unchanged.

Fair winds
Frederik Lange

""" + sig("lange", "en")
    return M(A("lange"), "Peter Lindemann <p.lindemann@t-online.example>",
             "Renewal of your yacht policy YA-0521-00088", "2026-02-26 10:22", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance: the cat's surgery bill (animal health), owner's name and policy; no human health data")
def c_cat_surgery():
    body = """Dear Ms Sørensen,

Pet health policy TK-2209-07715 – claim TK-26-0000653, cat "Mingus"

we've reviewed the invoice from Tierklinik am Wiehen for Mingus' surgery on 6 May
(removal of a foreign body from the small intestine, two nights as inpatient).

  Invoice total (GOT, 2-fold rate)        EUR 1,846.20
  Covered at 90 %                         EUR 1,661.58
  Annual excess                          -EUR   100.00
  Payable to you                          EUR 1,561.58

We hope Mingus is back to his usual self. Payment goes to your account on file within
three working days.

Kind regards

""" + sig("kruse", "en")
    return M(A("kruse"), "Maja Sørensen <maja.sorensen@posteo.example>",
             "Claim TK-26-0000653 – Mingus", "2026-05-15 09:58", body)


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "legal-expenses cover to a lawyer for an English-speaking client's tenancy dispute; name, address, policy")
def c_lawyer_tenancy():
    body = """Dear Mr Brandhorst,

your client: Ms Hannah Whitcombe, Ritterstraße 5, 32423 Minden
our ref.: RS-26-005102, legal expenses policy RS-2303-61894

we confirm cover for out-of-court representation in the dispute with the landlord
about the deposit of EUR 2,250 that has not been returned since the tenancy ended on
31 December 2025. Statutory fees (RVG) apply; the client's excess of EUR 150 is to be
settled with her directly.

As Ms Whitcombe prefers English correspondence, we'd be grateful if you could copy
her in English where possible.

Kind regards
Jonas Pieper

""" + sig("pieper", "en")
    return M(A("pieper"), "Kanzlei Brandhorst & Oyelaran <kanzlei@brandhorst-oyelaran.example>",
             "RS-26-005102 – Whitcombe ./. landlord, deposit", "2026-01-28 14:30", body)


@mail("CONFIDENTIAL", "en", "internal",
      "CSV with failed direct debits (names, IBANs, policy numbers) of non-personal lines for the dunning run")
def c_debit_failures_csv():
    body = """Renate,

attached the failed direct debits from the international portfolio (motor and household
only) for this week's dunning run. Two of them are already on the second attempt.

Claire

""" + sig("donnelly", "en", foot=False)
    rows = [["policy_no", "line", "policyholder", "iban", "amount_eur", "return_code", "attempt"],
            ["KF-7701-20558", "motor", "Gregory Fairbanks", "DE77 4905 0101 5999 4867 94", "88.15", "AM04", "1"],
            ["HR-3012-55107", "household", "Matthew Calloway", "DE80 4904 0043 2144 6109 86", "11.90", "AC04", "2"],
            ["KF-7702-00314", "motor", "Ana Lucía Herrera", "ES11 0049 1500 3121 1004 8275", "64.70", "MD06", "1"],
            ["HR-3015-00871", "household", "Siobhan Mulcahy", "IE69 BOFI 9013 8442 6175 03", "14.20", "AC01", "2"],
            ["PH-3309-11520", "liability", "Daniel Novak", "AT27 3400 0000 7162 4388", "6.95", "AM04", "1"]]
    return M(A("donnelly"), A("ostmeier"), "failed DDs intl – dunning run KW 21",
             "2026-05-19 10:05", body, atts=[csvatt("failed_dd_intl_kw21.csv", rows, sep=",")])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel cancellation because the customer's house was flooded (property reason, no health); name and payout")
def c_cancellation_flood():
    body = """Dear Ms Hargreaves,

Trip cancellation policy RR-2612-03370 – claim RR-26-0002841

we're sorry to hear about the flooding of your home in Vlotho on 13 June. Considerable
damage to your property is an insured reason for cancelling your trip to Norway
(booking HURT-7781, departure 20 June). We have received the fire brigade's report and
the buildings insurer's confirmation.

  Cancellation charges (cruise)         EUR 2,940.00
  No excess for this reason             EUR     0.00
  Payable                                EUR 2,940.00

We'll transfer the amount to GB85 BARC 2071 4583 1662 04, as requested, within five
working days.

Kind regards

""" + sig("nowicka", "en")
    return M(A("nowicka"), "Fiona Hargreaves <fiona.hargreaves@btinternet.example>",
             "Your cancellation claim RR-26-0002841", "2026-06-19 11:25", body)


# ===================== CONFIDENTIAL, mixed ================================


@mail("CONFIDENTIAL", "mixed", "customer",
      "English note quoting a German customer letter about a motor claim; name, address, plate, claim number")
def c_mixed_motor_letter():
    body = """Malte,

this came to the International Desk by mistake – the customer writes in German, so it's
yours. Short version: he disagrees with the reduction for the old tyres. Could you
take it from here?

Thanks, Claire

""" + gt("""Sehr geehrte Damen und Herren,

zu Ihrem Schreiben vom 12. Mai (Schaden KS-26-0058830, Fahrzeug MI-HJ 4040):
Ich bin nicht einverstanden, dass Sie bei den Reifen einen Abzug „neu für alt“ von
40 % machen. Die Reifen waren erst zwei Jahre alt. Bitte prüfen Sie das noch einmal.

Mit freundlichen Grüßen
Heinz Jäschke
Portastraße 71, 32457 Porta Westfalica""") + """

""" + sig("donnelly", "en", foot=False)
    return M(A("donnelly"), A("riechmann"), "Fw: Schaden KS-26-0058830 – Widerspruch Abzug",
             "2026-05-20 14:11", body)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German reply to an expat's English mail about moving house: household contract, new address and his birth date")
def c_mixed_umzug():
    quoted = """Hello,

I'm moving within Minden on 1 June, new address: Fischerallee 3b, 32423 Minden.
Can you update my contents insurance? Policy HR-3030-44192. For verification, my
date of birth is 19 March 1988.

Thanks, Oliver Pennington"""
    body = """Hallo Herr Pennington,

danke für die Info – I'll answer in German, as our letters are in German anyway; if
you prefer English, just let me know.

Wir haben Ihre neue Adresse ab 01.06.2026 eingetragen. Während des Umzugs sind Ihre
Sachen in beiden Wohnungen versichert, bis zu drei Monate lang. Die neue Wohnung ist
mit 74 m² etwas größer als die alte (62 m²), der Beitrag steigt dadurch um 1,80 Euro im
Monat. Sie bekommen einen neuen Versicherungsschein per Post.

Viele Grüße

""" + sig("tiemann") + """

On Tue, 26 May 2026 at 20:14, Oliver Pennington <o.pennington@gmail.example> wrote:
""" + gt(quoted)
    return M(A("tiemann"), "Oliver Pennington <o.pennington@gmail.example>",
             "AW: moving – contents insurance", "2026-05-27 09:33", body)


@mail("CONFIDENTIAL", "mixed", "broker",
      "English broker mail with fleet drivers' names and birth dates, forwarded with a German one-liner")
def c_mixed_fleet_quote():
    body = """bitte angebot kfz-flotte, 6 fzg, details unten. fahrerliste ist vollständig. danke!

Frederik

""" + fw_en("James Whitlock <j.whitlock@castlemere-risk.example>", "Wed, 25 Mar 2026 at 11:02",
            "Fleet quote – Harlow Precision Components", "Frederik Lange <f.lange@brueckenhof.example>",
            """Hi Frederik,

could you quote motor fleet for Harlow Precision Components GmbH (same client as the
D&O)? 6 vehicles, all company cars, no vans. Named drivers:

  Dr. Felix Harlow     DOB 02/02/1969
  Ingrid Roloff        DOB 11/08/1980
  Tomás Reyes          DOB 29/05/1975
  Ben Okafor           DOB 14/12/1992
  Lisa Marie Strunk    DOB 07/07/1998
  Kai Brüggemann       DOB 30/01/1987

Loss history: one parking claim in 2024 (EUR 1,900), nothing else in 5 years.
Renewal 1 May.

Cheers, James""")
    return M(A("lange"), A("schnier"), "WG: Fleet quote – Harlow Precision Components",
             "2026-03-25 11:30", body)


# ===================== STRICTLY_CONFIDENTIAL, German ======================


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hasty reply confirming payment of a hospital invoice; the quoted customer mail names her gallbladder operation")
def s_kh_rechnung_kurz():
    quoted = """Hallo Frau Kötter,
ich hab Ihnen letzte Woche die Rechnung vom Weserland-Klinik Lübbecke geschickt (Gallen-OP,
laparoskopisch, 3 Tage stationär, Zweibettzimmer). Das Krankenhaus mahnt schon. Ist
die angekommen? Versicherungsnummer KV-40-2281907.
Gruß Petra Sander"""
    body = """hallo fr. sander, KH-rechnung ist angekommen, wir zahlen bis ende der woche direkt ans klinikum. die mahnung können sie ignorieren. VG s. kötter

""" + IPHONE_DE + """

Am 16.02.2026 um 08:03 schrieb Petra Sander <petra.sander@gmx.example>:

""" + gt(quoted)
    return M(A("koetter"), "Petra Sander <petra.sander@gmx.example>",
             "AW: Rechnung Klinikum", "2026-02-16 12:48", body, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "hasty note: daily sickness allowance, incapacity extended; body harmless, diagnosis only in the attached PDF certificate")
def s_au_verlaengert():
    body = """AU bis 30.4. verlängert, s. anhang. KT läuft weiter, bitte zahlung freigeben

s."""
    lines = ["# Arbeitsunfähigkeitsbescheinigung – Folgebescheinigung (Ausfertigung zur Vorlage beim Versicherer)", "",
             "Versicherte: Marion Hucke, geb. 08.05.1977, Vers.-Nr. KV-40-1973301 (Krankentagegeld ab 43. Tag)",
             "Arbeitgeber / Tätigkeit: selbstständige Friseurmeisterin", "",
             "Arbeitsunfähig seit: 12.01.2026",
             "voraussichtlich arbeitsunfähig bis einschließlich: 30.04.2026",
             "festgestellt am: 31.03.2026", "",
             "Diagnosen (ICD-10-GM): M75.1 R G  Läsionen der Rotatorenmanschette rechts",
             "                       M75.4 R G  Impingement-Syndrom der Schulter rechts", "",
             "Rekonstruktion der Rotatorenmanschette am 18.02.2026 (arthroskopisch), derzeit ambulante Physiotherapie 3x/Woche.",
             "", "Praxis Dr. med. Hülya Demirtaş, Fachärztin für Orthopädie und Unfallchirurgie, Lübbecke"]
    return M(A("koetter"), "Leistung Krankentagegeld <kt-leistung@brueckenhof.example>",
             "WG: AU Hucke", "2026-04-01 07:58", body,
             atts=[pdf("scan_20260401_0751.pdf", lines, "Scan")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report in a disability (BU) claim, naming the insured, her symptoms and ICD codes")
def s_befundbericht_anfrage():
    body = """Sehr geehrter Herr Dr. Bekemeier,

Ihre Patientin: Frau Tanja Kuhlmann, geb. 21.10.1983, Hauptstraße 40, 32609 Hüllhorst
unser Zeichen: BU-L-2026-0317

Frau Kuhlmann hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt.
Sie gibt an, seit Herbst 2025 wegen einer depressiven Episode (F32.1 G) und einer
Angststörung (F41.1 G) bei Ihnen in Behandlung zu sein und ihre Tätigkeit als Erzieherin
seit dem 15.10.2025 nicht mehr ausüben zu können.

Wir bitten Sie um einen ärztlichen Befundbericht (Formular BU-ÄB, Anlage) zu Diagnosen,
Behandlungsverlauf, Medikation und Prognose. Eine Schweigepflichtentbindung von Frau
Kuhlmann liegt uns vor und ist beigefügt. Für den Bericht vergüten wir pauschal
60 Euro zzgl. Porto nach GOÄ Nr. 75.

Mit freundlichen Grüßen

""" + sig("aksoy")
    return M(A("aksoy"), "Praxis Dr. Bekemeier <praxis@dr-bekemeier.example>",
             "Anforderung Befundbericht – unser Zeichen BU-L-2026-0317", "2026-01-19 10:27", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "one-line forward; the doctor's mail is attached as message/rfc822 and the report on an applicant's hypertension is a PDF inside it")
def s_arztbericht_fwd():
    report = ["# Ärztlicher Bericht für die Brückenhof Lebensversicherung AG",
              "Praxis Dr. med. Renate Lübking, Fachärztin für Innere Medizin, Radewiger Str. 8, 32052 Herford", "",
              "Ihre Anfrage vom 02.03.2026, Antrag A-LV-2026-00231",
              "Patient: Sascha Weidemann, geb. 30.06.1979 (Schweigepflichtentbindung liegt vor)", "",
              "Diagnosen: essentielle Hypertonie (I10.90 G), bekannt seit 2021; Hyperurikämie (E79.0 G)",
              "Medikation: Candesartan 16 mg 1-0-0, Amlodipin 5 mg 0-0-1",
              "Letzte Werte (24.02.2026): RR 138/86 mmHg, Kreatinin 1,1 mg/dl, eGFR 78 ml/min, Harnsäure 7,9 mg/dl, HbA1c 5,6 %",
              "Keine Hinweise auf Endorganschäden, Echokardiographie 2024 unauffällig. Keine stationären Aufenthalte.", "",
              "Herford, 10.03.2026", "Dr. med. R. Lübking"]
    inner = M("Praxis Dr. Renate Lübking <praxis@luebking-herford.example>",
              "Antrag Leben <antrag-leben@brueckenhof.example>",
              "Ihre Anfrage vom 02.03.", "2026-03-10 17:45",
              """Sehr geehrte Damen und Herren,

anbei der angeforderte Bericht.

Mit freundlichen Grüßen
Praxis Dr. Lübking
- Sekretariat -""",
              atts=[pdf("Bericht_2026-03-10.pdf", report, "Bericht")])
    body = """bitte an dr. pollmeier zur risikoprüfung, eilt (makler drängelt)

T."""
    return M(A("wehking"), "Antrag Leben <antrag-leben@brueckenhof.example>",
             "WG: Ihre Anfrage vom 02.03.", "2026-03-11 08:10", body,
             atts=[("msg", inner)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost coverage statement to a hospital for a named patient's knee replacement (OPS, DRG, ICD)")
def s_kostenuebernahme():
    body = """Sehr geehrte Damen und Herren,

Kostenübernahmeerklärung

Patient:      Herr Werner Kleine-Döpke, geb. 17.01.1956
Versicherung: Brückenhof Krankenversicherung AG, Vers.-Nr. KV-40-0771246, Tarif Vital S2
Aufnahme:     geplant 04.05.2026, Klinik am Wittekindsberg, Orthopädie
Diagnose:     primäre Gonarthrose links (M17.1 L G)
Eingriff:     Implantation einer Totalendoprothese Kniegelenk (OPS 5-822.g1)
voraussichtliche DRG: I44B

Wir übernehmen die allgemeinen Krankenhausleistungen nach DRG-Entgelttarif sowie
die Wahlleistungen Unterkunft (Zweibettzimmer) und Chefarztbehandlung im tariflichen
Umfang. Bitte rechnen Sie direkt mit uns ab (Klinik-Card-Verfahren).

Die Kostenübernahme gilt für die Dauer von 14 Tagen; eine Verlängerung beantragen Sie
bitte mit ärztlicher Begründung.

Mit freundlichen Grüßen

""" + sig("koetter")
    return M(A("koetter"), "Patientenaufnahme <aufnahme@klinik-wittekindsberg.example>",
             "Kostenübernahme KV-40-0771246", "2026-04-27 09:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental treatment plan partially rejected (GOZ positions, implant) for a named customer")
def s_hkp_zahn():
    body = """Sehr geehrte Frau Ellerbrock,

Ihr Heil- und Kostenplan von Zahnarzt Dr. Nico Pape vom 09.03.2026

wir haben den Heil- und Kostenplan für Ihre Behandlung im Unterkiefer links geprüft
(Zahn 36: Extraktion wegen Wurzelfraktur, Implantat, Krone).

  GOZ 9010 Implantatinsertion                     erstattungsfähig
  GOZ 9100 Knochenaufbau (Augmentation)           erstattungsfähig
  GOZ 2200 Vollkrone auf Implantat                erstattungsfähig
  GOZ 9130 Sinuslift intern                       nicht erstattungsfähig –
                                                  im Unterkiefer medizinisch nicht möglich,
                                                  vermutlich Schreibfehler, bitte Praxis fragen
  Material- und Laborkosten                        erstattungsfähig bis zur Höhe des Preis-
                                                  verzeichnisses (Anlage)

Nach Tarif ZahnPlus 80 erstatten wir 80 % der erstattungsfähigen Kosten, voraussichtlich
2.672,16 Euro. Bitte beachten Sie die Summenbegrenzung im dritten Versicherungsjahr:
max. 3.000 Euro.

Mit freundlichen Grüßen

""" + sig("koetter")
    return M(A("koetter"), "Doris Ellerbrock <doris.ellerbrock@t-online.example>",
             "Ihr Heil- und Kostenplan vom 09.03.2026", "2026-03-17 14:35", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "hasty note about a named insured's accident: operation yesterday, rehab from 12 May")
def s_op_reha():
    body = """OP war gestern, reha ab 12.5. in bad oeynhausen (weserklinik, AHB 3 wo). kannst du die kostenzusgae vorbereiten? unfall UV-8812-00451, hr. brockmeyer, sprunggelenk. ich bin erst mittwoch wieder da

k.

""" + IPHONE_DE
    return M(A("buschmeier"), "Unfall Leistung Team <unfall-leistung@brueckenhof.example>",
             "brockmeyer reha", "2026-04-28 19:22", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance disability benefit by dismemberment schedule for a finger injury of a named customer")
def s_invaliditaet_finger():
    body = """Sehr geehrter Herr Tegeler,

Unfallversicherung UV-7730-10288, Unfall vom 14.08.2025

nach Eingang des Gutachtens von Herrn Dr. Schäfers (Handchirurgie, Bielefeld) vom
20.03.2026 können wir über Ihre Invaliditätsleistung entscheiden.

Bei dem Unfall mit der Kreissäge haben Sie sich das Endglied des rechten Zeigefingers
amputiert und die Beugesehne des Mittelfingers verletzt (S68.1 R, S66.0 R). Der Gutachter
stellt einen dauerhaften Verlust des Zeigefingers im Endgelenk sowie eine Funktions-
beeinträchtigung des Mittelfingers von 2/10 fest.

Berechnung nach Gliedertaxe (Ziffer 2.1.2.2.1 AUB 2020):
  Zeigefinger, Verlust im Endglied: 1/3 von 10 %       3,33 %
  Mittelfinger 2/10 von 5 %                            1,00 %
  Invaliditätsgrad gesamt                              4,33 %

Grundsumme 150.000 Euro, keine Progression unter 25 %:
Invaliditätsleistung 6.495,00 Euro

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen

""" + sig("buschmeier")
    return M(A("buschmeier"), "Bernd Tegeler <b.tegeler@web.example>",
             "Ihre Invaliditätsleistung – UV-7730-10288", "2026-03-27 11:02", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care daily allowance after care-level assessment (Pflegegrad 3, dementia) for a named insured's mother")
def s_pflegegrad():
    body = """Sehr geehrte Frau Husmann,

Pflegetagegeldversicherung Ihrer Mutter, Frau Irmgard Husmann, PT-2011-04588

das Gutachten von MEDICPROOF vom 05.02.2026 liegt uns vor. Ihre Mutter wurde in den
Pflegegrad 3 eingestuft (Gesamtpunktwert 52,5; Schwerpunkte: kognitive und kommuni-
kative Fähigkeiten sowie Gestaltung des Alltagslebens bei fortschreitender Alzheimer-
Demenz).

Leistungen ab 01.01.2026:
  Pflegetagegeld 50 % von 40 Euro = 20 Euro täglich, für Januar 620 Euro
  Beitragsbefreiung ab dem 01.02.2026
  Einmalleistung bei Ersteinstufung: 1.200 Euro

Sie haben uns eine Vollmacht Ihrer Mutter geschickt; deshalb schreiben wir Ihnen. Die
Zahlungen gehen weiter auf das Konto Ihrer Mutter.

Mit freundlichen Grüßen

""" + sig("rolf")
    return M(A("rolf"), "Kerstin Husmann <kerstin.husmann@gmx.example>",
             "Pflegetagegeld Irmgard Husmann – Leistungsentscheidung", "2026-02-18 10:44", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance beneficiary change confirmed for a named policyholder; personal line, no medical word")
def s_bezugsrecht():
    body = """Sehr geehrter Herr Schäfermeier,

Rentenversicherung mit Todesfallschutz LV-5590-20413

wir bestätigen die Änderung des Bezugsrechts für den Todesfall zum 01.04.2026:

  bisher: Ehefrau Claudia Schäfermeier (widerruflich)
  neu:    Lebensgefährtin Anke Hollenberg, geb. 02.09.1972 – 60 %
          Sohn Lukas Schäfermeier, geb. 11.11.2001 – 40 %
          (jeweils widerruflich)

Die Todesfallleistung beträgt derzeit 41.800 Euro (Beitragssumme) bzw. das Deckungs-
kapital, falls höher. Den Nachtrag zum Versicherungsschein erhalten Sie per Post.

Bitte denken Sie daran, dass das Bezugsrecht unabhängig vom Testament gilt.

Mit freundlichen Grüßen

""" + sig("hagemeier")
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", "Frank Schäfermeier <f.schaefermeier@web.example>",
             "Ihre Änderung des Bezugsrechts – LV-5590-20413", "2026-03-31 16:30", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "term-life application: follow-up questions on the applicant's high blood pressure and medication")
def s_risikoleben_rueckfrage():
    body = """Sehr geehrte Frau Niemeier,

Ihr Antrag auf Risikolebensversicherung vom 18.02.2026 (Antragsnr. A-RL-2026-01884)

vielen Dank für Ihren Antrag. Sie haben bei Gesundheitsfrage 3 angegeben, dass Sie
wegen erhöhten Blutdrucks behandelt werden. Damit wir entscheiden können, brauchen wir
noch folgende Angaben:

  1. Seit wann ist der Bluthochdruck bekannt?
  2. Welche Medikamente nehmen Sie in welcher Dosierung?
  3. Die letzten drei gemessenen Blutdruckwerte (mit Datum)
  4. Gab es Folgeerkrankungen (Herz, Nieren, Augen)?

Alternativ kann uns Ihre Hausärztin einen kurzen Bericht schicken; dazu bräuchten wir
die beigefügte Schweigepflichtentbindung unterschrieben zurück.

Bitte schicken Sie Ihre Antworten über unser SecureMail-Portal und nicht per E-Mail.

Mit freundlichen Grüßen

""" + sig("pollmeier")
    return M(A("pollmeier"), "Melanie Niemeier <melanie.niemeier@posteo.example>",
             "Rückfrage zu Ihrem Antrag A-RL-2026-01884", "2026-02-24 09:20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body only 'anbei fürs meeting'; the DOCX holds a named insured's disability claim case with diagnoses")
def s_fallkonferenz_docx():
    body = """anbei fürs meeting morgen. fall 2 ist der strittige.

Gül"""
    paras = [("h", "Fallkonferenz BU-Leistung 21.04.2026"),
             ("h", "Fall 1 – BU-L-2025-1190, Heiko Landwehrmann, geb. 14.04.1971, Maurer"),
             "Diagnosen: Gonarthrose beidseits (M17.0 B G), Z. n. Meniskus-OP rechts 2023. Gutachten Dr. Brune: BU 60 % ab 01.10.2025. Empfehlung: Anerkenntnis.",
             ("h", "Fall 2 – BU-L-2025-1402, Anja Töpker, geb. 03.12.1986, Pflegefachkraft"),
             "Diagnosen: Long-COVID mit Fatigue (U09.9 G, G93.3 G), POTS-Verdacht (I49.8 V). Sie arbeitet seit 8 Monaten nicht. Das Gutachten sieht 40 % Beeinträchtigung, die behandelnde Ärztin 70 %. Streitpunkt: Nachweis der Dauer (6 Monate Prognose).",
             "Vorschlag: zweites Gutachten (Neurologie), befristetes Anerkenntnis 12 Monate nach § 173 Abs. 2 VVG.",
             ("h", "Fall 3 – BU-L-2026-0033, Mehmet Akgül, geb. 19.09.1990, Busfahrer"),
             "Diagnose: Epilepsie, fokale Anfälle (G40.1 G), Fahrerlaubnis entzogen. Verweisung auf Disponent? Vertrag ohne abstrakte Verweisung – konkrete Verweisung prüfen, er arbeitet seit 01/2026 im Innendienst.",
             ("table", [["Fall", "Empfehlung", "Reserve EUR"],
                        ["1", "Anerkenntnis", "184.000"],
                        ["2", "befristet 12 Mon.", "96.000"],
                        ["3", "Ablehnung (konkrete Verweisung)", "0"]])]
    return M(A("aksoy"), "Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "Fallkonferenz morgen", "2026-04-20 17:12", body,
             atts=[docx("Fallkonferenz_BU_2026-04-21.docx", paras, "Fallkonferenz BU")])


@mail("STRICTLY_CONFIDENTIAL", "de", "company",
      "employer's HR sends the bAV direct-insurance staff list (names, birth dates, salaries, contributions) forwarded with a comment; life contracts")
def s_bav_liste():
    body = """Hallo Frau Rolf, falsch zugeordnet – geht an Hannah (bAV). @Hannah: liste von kemena, bitte bis 15. einpflegen.

Hannah Severin hat Urlaub bis Montag, deshalb hab ich's erstmal ausgedruckt.

Gruß Tanja

""" + fw_de("Lohnbuchhaltung Autohaus Kemena <lohn@autohaus-kemena.example>", "03.02.2026, 14:20",
            "bAV Direktversicherung – Änderungen 2026", "Firmenkunden Leben <fk-leben@brueckenhof.example>",
            """Guten Tag,

anbei (gezippt) die aktualisierte Liste unserer Mitarbeitenden mit Direktversicherung
(Gruppenvertrag GV-DV-0450) mit den Beiträgen ab 01.01.2026 und die beiden Neuzugänge.

Mit freundlichen Grüßen
Sandra Kemena-Wolf""")
    rows = [["Personalnr", "Name", "Vorname", "geb.", "Eintritt", "Bruttogehalt mtl.", "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Vertrag"],
            [1004, "Kemena", "Jörg", "1966-03-02", "1991-08-01", 6800, 302, 45.30, "DV-0450-0001"],
            [1017, "Albers", "Nicole", "1982-07-19", "2005-04-01", 3450, 150, 22.50, "DV-0450-0008"],
            [1022, "Dziedzic", "Marek", "1989-11-30", "2014-09-01", 3720, 200, 30.00, "DV-0450-0012"],
            [1031, "Sander", "Lisa", "1995-01-08", "2019-08-01", 2980, 100, 15.00, "DV-0450-0019"],
            [1040, "Husemann", "Timo", "2001-06-14", "2026-01-01", 2650, 80, 12.00, "neu"],
            [1041, "Özdemir", "Selin", "1998-10-22", "2026-01-01", 3100, 150, 22.50, "neu"]]
    return M(A("rolf"), A("severin"), "WG: bAV Direktversicherung – Änderungen 2026",
             "2026-02-04 08:45", body,
             atts=[zipatt("bAV_Kemena_2026.zip",
                          [("bAV_Kemena_2026.ods", ods("x", [("DV 2026", rows)])[1])],
                          date=(2026, 2, 3, 14, 5, 0))])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears in a named customer's private health insurance (personal line), no diagnosis")
def s_pkv_rueckstand():
    body = """Sehr geehrter Herr Frerichs,

Krankheitskostenvollversicherung KV-40-3310584

leider sind die Beiträge für Februar und März 2026 in Höhe von zusammen 1.187,46 Euro
noch offen. Als Krankenversicherung dürfen wir Ihren Vertrag nicht kündigen, aber
nach § 193 Abs. 6 VVG müssen wir Sie mahnen und können nach einer weiteren Mahnung das
Ruhen der Leistungen feststellen. Sie wären dann nur noch im Notlagentarif versichert,
also nur für akute Erkrankungen und Schmerzzustände, Schwangerschaft und Mutterschaft.

Bitte überweisen Sie den Betrag zuzüglich 5 Euro Säumniszuschlag innerhalb von zwei
Wochen oder rufen Sie uns an – wir bieten auch Ratenzahlung an.

Mit freundlichen Grüßen

""" + sig("ostmeier")
    return M(A("ostmeier"), "Rainer Frerichs <r.frerichs@freenet.example>",
             "Beitragsrückstand Ihrer Krankenversicherung", "2026-04-09 10:20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "one-line answer 'physio ist mitversichert'; the quoted customer mail names her knee surgery and prescription")
def s_physio_kurz():
    quoted = """Hallo Frau Kötter, nach meiner Knie-OP (vorderes Kreuzband rechts, Plastik am 3.3.) hat
mir der Arzt 2x 6 Einheiten Krankengymnastik + Lymphdrainage verschrieben. Zahlt das der
Tarif Vital S2 oder muss ich das vorher beantragen? Danke! Julia Brake"""
    body = """ja, die physio ist mitversichert, einfach rezept + rechnung einreichen, kein antrag nötig. gute besserung!

S. Kötter

""" + ANDROID_DE + """

-------- Ursprüngliche Nachricht --------
Von: Julia Brake <julia.brake@icloud.example>
Datum: 10.03.26 21:02 (GMT+01:00)
An: Svenja Kötter <s.koetter@brueckenhof.example>
Betreff: Physio nach Knie OP

""" + quoted
    return M(A("koetter"), "Julia Brake <julia.brake@icloud.example>",
             "AW: Physio nach Knie OP", "2026-03-11 07:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses for a criminal case of drunk driving (criminal proceedings of a named person)")
def s_rs_strafverfahren():
    body = """Sehr geehrter Herr Rechtsanwalt Brandhorst,

Ihr Mandant: Herr Kai-Uwe Dreyer, RS-2118-30402
Ermittlungsverfahren StA Bielefeld 46 Js 1187/26 wegen Trunkenheit im Verkehr (§ 316 StGB)

wir bestätigen vorläufigen Versicherungsschutz im Verkehrs-Rechtsschutz für die
Verteidigung im Ermittlungsverfahren. Nach Ihren Angaben wurde bei Herrn Dreyer am
07.02.2026 eine Blutalkoholkonzentration von 1,24 Promille festgestellt, der Führer-
schein wurde sichergestellt.

Bitte beachten Sie: Bei einer rechtskräftigen Verurteilung wegen einer Vorsatztat
entfällt der Versicherungsschutz rückwirkend, bereits gezahlte Kosten müssten dann
erstattet werden. Bei Fahrlässigkeit bleibt es beim Schutz.

Mit freundlichen Grüßen

""" + sig("pieper")
    return M(A("pieper"), "Kanzlei Brandhorst & Oyelaran <kanzlei@brandhorst-oyelaran.example>",
             "RS-2118-30402 – Dreyer, 46 Js 1187/26", "2026-02-20 12:55", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "suspected benefit fraud in daily sickness allowance: named insured on sick leave seen training; diagnosis")
def s_verdacht_kt():
    body = """Hallo Oliver,

ich möchte den Fall KV-40-2719930 (Herr Dennis Bollmeier, Krankentagegeld 120 Euro/Tag
seit 05.01.2026, Diagnose lt. AU: Lumbago, M54.5 G) an die Betrugsprävention abgeben.

Hintergrund: Ein anonymer Hinweis (Anruf 18.03.) und öffentliche Fotos in einem sozialen
Netzwerk zeigen Herrn Bollmeier am 14. und 15. März bei einem Crossfit-Wettkampf in
Osnabrück. Laut AU ist er „voraussichtlich bis 30.04. arbeitsunfähig“. Bisher gezahlt:
8.640 Euro.

Ich würde eine Nachuntersuchung durch einen Gutachter nach § 9 Abs. 3 MB/KT anordnen
und die Zahlungen bis dahin weiterlaufen lassen. Einverstanden?

Svenja

""" + sig("koetter", foot=False)
    return M(A("koetter"), "Oliver Hagemeier <o.hagemeier@brueckenhof.example>",
             "KT-Fall zur Prüfung Betrugsprävention", "2026-03-20 11:40", body,
             cc="Betrugsprävention <praevention@brueckenhof.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel health insurance: doctor's bill from Turkey (gastroenteritis, infusions) reimbursed to a named customer")
def s_reisekranken_tuerkei():
    body = """Sehr geehrte Familie Aydın,

Auslandsreise-Krankenversicherung AR-2210-55830, Leistungsfall AR-26-0001177

wir haben die Rechnung des Private Hospital Side für die Behandlung Ihres Sohnes Emir
(8 Jahre) vom 02. bis 03.04.2026 erhalten:

  Diagnose: akute Gastroenteritis mit Dehydratation (A09.9)
  ambulante Notfallbehandlung, zwei Infusionen, Labor, Medikamente
  Rechnungsbetrag: 14.800 TRY, Kurs vom Behandlungstag 0,0237 = 350,76 Euro

Die Kosten erstatten wir vollständig; die Zahlung geht auf Ihr Konto
DE70 4904 0043 8817 2243 85. Die Übersetzung der Rechnung war nicht nötig.

Wir wünschen Emir gute Besserung – hoffentlich war der Rest des Urlaubs schön.

Mit freundlichen Grüßen

""" + sig("nowicka")
    return M(A("nowicka"), "Serkan Aydın <serkan.aydin@gmx.example>",
             "Erstattung Arztrechnung Side – Emir Aydın", "2026-04-21 15:30", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "query to a pharmacy about a named insured's prescription (PZN, active ingredient, dose)")
def s_apotheke():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Direktabrechnung vom 12.05.2026 für unsere Versicherte Frau Gisela Rahe
(KV-40-0911572) haben wir eine Rückfrage:

  PZN 18112547 – Adalimumab 40 mg Injektionslösung, 6 Fertigpens, 7.384,12 Euro

Auf dem Rezept von Dr. Meyerhoff (Rheumatologie Minden) ist das Originalpräparat
verordnet, „aut idem“ ist nicht angekreuzt. Abgegeben wurde aber laut Beleg ebenfalls das
Original. Können Sie prüfen, ob ein Biosimilar hätte abgegeben werden können bzw.
dürfen? Die Diagnose (rheumatoide Arthritis, M05.80 G) ist uns bekannt, die Verordnung
ist medizinisch nicht strittig, es geht nur um den Preis.

Mit freundlichen Grüßen

""" + sig("koetter")
    return M(A("koetter"), "Rats-Apotheke Minden <abrechnung@rats-apotheke-minden.example>",
             "Rückfrage Direktabrechnung Rahe 12.05.2026", "2026-05-18 09:47", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "cost approval for psychotherapy sessions for a named patient with F diagnosis")
def s_psychotherapie():
    body = """Sehr geehrte Frau Dipl.-Psych. Vahle,

Ihre Patientin: Frau Lena Rottmann, KV-40-4418221
Ihr Antrag vom 23.02.2026 auf Verhaltenstherapie (Langzeittherapie)

wir übernehmen die Kosten für 24 Sitzungen Verhaltenstherapie (GOP 870) zuzüglich
5 probatorischer Sitzungen, die bereits stattgefunden haben. Grundlage: Ihr Bericht mit
der Diagnose rezidivierende depressive Störung, gegenwärtig mittelgradige Episode
(F33.1 G) und Essstörung (F50.2 Z).

Einen Verlängerungsantrag stellen Sie bitte spätestens nach der 20. Sitzung mit einem
kurzen Verlaufsbericht.

Mit freundlichen Grüßen

""" + sig("koetter")
    return M(A("koetter"), "Praxis Vahle <praxis@psychotherapie-vahle.example>",
             "Kostenzusage Verhaltenstherapie – KV-40-4418221", "2026-03-05 13:10", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "forwarded short discharge letter from a hospital about a named insured (stroke) with the comment 'zur akte'")
def s_entlassbrief_fwd():
    body = """zur akte KV-40-1188042, KH-rechnung kommt separat

S.

""" + fw_de("Sozialdienst Klinik am Wittekindsberg <sozialdienst@klinik-wittekindsberg.example>",
            "Mo., 23. März 2026 um 15:12", "Kurzarztbrief Herr Drüke", "leistung-kranken@brueckenhof.example",
            """Sehr geehrte Damen und Herren,

wie telefonisch besprochen der vorläufige Kurzarztbrief zur Vorbereitung der
Anschlussheilbehandlung:

Patient: Friedhelm Drüke, geb. 09.02.1951
stationär: 14.03.–23.03.2026, Neurologie/Stroke Unit
Diagnosen: ischämischer Hirninfarkt im Mediastromgebiet links (I63.4 G) mit
brachiofazial betonter Hemiparese rechts und Aphasie; Vorhofflimmern (I48.1 G),
Erstdiagnose
Therapie: systemische Lyse, Beginn Apixaban 5 mg 1-0-1
Weiteres Vorgehen: neurologische AHB (Phase C) ab 24.03., Klinik Weserblick

Mit freundlichen Grüßen
Sozialdienst""")
    return M(A("koetter"), "Leistung Kranken Akte <akte-kranken@brueckenhof.example>",
             "WG: Kurzarztbrief Herr Drüke", "2026-03-23 15:30", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reimbursement of hearing aids (medical aid, audiogram) for a named customer")
def s_hoergeraete():
    body = """Sehr geehrter Herr Wittenbrink,

Ihre Hörgeräteversorgung – KV-40-2015576

wir haben die Rechnung von Hörakustik Meinders vom 30.04.2026 über zwei Hinter-dem-Ohr-
Hörgeräte (beidseitige Schallempfindungsschwerhörigkeit, H90.3) geprüft. Ihr Tarif
erstattet Hörhilfen zu 80 % bis zu einem Rechnungsbetrag von 3.000 Euro je Ohr, alle fünf
Jahre.

  Rechnungsbetrag                 4.780,00 EUR
  davon erstattungsfähig          4.780,00 EUR
  Erstattung 80 %                 3.824,00 EUR

Die ohrenärztliche Verordnung und das Tonaudiogramm lagen bei. Die nächste Versorgung
ist ab Mai 2031 wieder erstattungsfähig.

Mit freundlichen Grüßen

""" + sig("koetter")
    return M(A("koetter"), "Heinrich Wittenbrink <h.wittenbrink@t-online.example>",
             "Erstattung Hörgeräte", "2026-05-12 10:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hasty acknowledgement; only the quoted customer mail reveals a cancer diagnosis and chemotherapy")
def s_unterlagen_da():
    quoted = """Sehr geehrte Frau Kötter,

anbei wie besprochen der Krankenhausbericht und der Therapieplan. Bei mir wurde im
Januar ein Mammakarzinom links festgestellt (C50.4 L), ich bekomme jetzt 6 Zyklen
Chemotherapie im Brustzentrum Weserbergland, danach OP und Bestrahlung. Die Onkologin
fragt, ob Sie auch die Perücke und die Kältekappe bezahlen.

Vielen Dank
Birgit Landmeier (KV-40-3099127)"""
    body = """unterlagen sind da, danke! melde mich nach prüfung, spätestens freitag. alles gute!

Svenja Kötter

""" + IPHONE_DE + """

> Am 26.01.2026 um 18:32 schrieb Birgit Landmeier <birgit.landmeier@web.example>:
>
""" + gt(quoted)
    return M(A("koetter"), "Birgit Landmeier <birgit.landmeier@web.example>",
             "Re: Unterlagen Krankenhaus", "2026-01-27 07:44", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "hasty internal note that a named legal-expenses customer is a trade-union member (special category)")
def s_verdi():
    body = """der ist verdi-mitglied (hat er am telefon gesagt), also erst gewerkschaftsrechtsschutz fragen, wir sind nur subsidär. RS-26-003390 sörensen, kündigung klinik. bitte so vermerken

j.

""" + ANDROID_DE + """

-------- Ursprüngliche Nachricht --------
Von: Birte Tiemann <b.tiemann@brueckenhof.example>
Datum: 09.02.26 10:05 (GMT+01:00)
An: Jonas Pieper <j.pieper@brueckenhof.example>
Betreff: Rückruf Herr Sörensen

Jonas, Herr Ole Sörensen bittet um Rückruf wegen seiner Deckungsanfrage (Kündigung durch
seinen Arbeitgeber, Elisabeth-Klinik Herford). Tel. 05221 183377. Birte"""
    return M(A("pieper"), A("tiemann"), "AW: Rückruf Herr Sörensen", "2026-02-09 10:31", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident insurance: named child's tooth injury, hospital stay and cash benefit")
def s_kinderunfall():
    body = """Sehr geehrte Frau Knicker,

Kinderunfallversicherung UV-K-4021-07716 für Ihre Tochter Mia, Unfall vom 16.05.2026

wie wir Ihrer Unfallanzeige und dem Bericht der Kinderchirurgie entnehmen, ist Mia
auf dem Schulhof vom Klettergerüst gefallen. Dabei wurden die Schneidezähne 11 und 21
teilweise abgebrochen (S02.5), außerdem hatte sie eine Gehirnerschütterung (S06.0) und
war zur Überwachung zwei Nächte im Johannes-Krankenhaus.

Wir zahlen:
  Krankenhaustagegeld 2 × 25 Euro         50,00 Euro
  Zahnersatz/Zahnbehandlung nach Unfall: nach Vorlage der Zahnarztrechnung bis 5.000 Euro

Da der Unfall in der Schule passiert ist, ist auch die gesetzliche Unfallkasse zuständig;
unsere Leistungen zahlen wir trotzdem zusätzlich.

Gute Besserung für Mia!

""" + sig("buschmeier")
    return M(A("buschmeier"), "Daniela Knicker <d.knicker@gmx.example>",
             "Unfall Mia – Ihre Leistungen", "2026-05-26 12:05", body, cte="base64")


# ===================== STRICTLY_CONFIDENTIAL, English =====================


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health plan: pre-authorisation of an MRI for a named insured's lumbar disc problem")
def s_mri_preauth():
    body = """Dear Mr Delacroix,

International Health Plan IH-0930-01247 – pre-authorisation PA-26-00418

we approve the MRI of the lumbar spine requested by Dr. Al-Mansouri (Palmgate Clinic
Dubai) for the suspected disc herniation L4/L5 with radiating pain into the left leg
(M51.1 V). The guarantee of payment has been sent to the clinic directly, so you will
not need to pay anything upfront except your outpatient deductible of AED 50.

If surgery is recommended afterwards, please ask the clinic to send us the report
before scheduling it; for elective spinal surgery we offer a free second opinion.

Get well soon.

Kind regards

""" + sig("donnelly", "en")
    return M(A("donnelly"), "Julien Delacroix <julien.delacroix@gmail.example>",
             "Pre-authorisation PA-26-00418 approved", "2026-02-11 08:45", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital",
      "forwarded assistance/hospital report on a named insured in ICU in Lisbon, with a short urgent comment")
def s_icu_lisbon():
    body = """pls fast track, pt is in ICU in Lisbon. guarantee needed today, hospital is pushing

Ewa

""" + IPHONE_EN + """

Begin forwarded message:

> From: GlobeAssist Medical Team <medical@globeassist.example>
> Date: 14 May 2026 at 13:22:08 CEST
> To: Brückenhof Travel Claims <reise-leistung@brueckenhof.example>
> Subject: [GA-26-118204] Medical report – HOFFMANN, Gerd
>
> Insured: Gerd Hoffmann, DOB 05.06.1954, travel health policy AR-2301-60114
> Hospital: Hospital Santa Clara do Tejo, Lisbon, ICU
> Admitted 13 May 2026 21:40 via emergency department.
>
> Diagnosis: NSTEMI (I21.4), cardiogenic shock excluded, coronary angiography
> planned for tomorrow; known type 2 diabetes (E11.9) and hypertension.
> Condition: stable, conscious, on heparin and nitrate infusion.
>
> Estimated costs first 5 days incl. PCI: EUR 28,000–34,000.
> Hospital requests guarantee of payment before the angiography.
> Repatriation: not before day 5 post-PCI, then likely by scheduled flight with
> medical escort.
>
> Dr. Inês Carvalho, medical coordinator"""
    return M(A("nowicka"), A("donnelly"), "Fwd: [GA-26-118204] Medical report – HOFFMANN, Gerd",
             "2026-05-14 13:40", body, prio="1 (Highest)")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Dubai hospital for a named expat's inpatient appendectomy")
def s_guarantee_dubai():
    body = """Dear Insurance Desk,

GUARANTEE OF PAYMENT

Patient:       Ms Keiko Watanabe-Schulz, DOB 12/04/1990
Member no.:    IH-0930-02211 (Brückenhof International Health Plan, Gold)
Admission:     22/04/2026, emergency
Diagnosis:     acute appendicitis (K35.8)
Procedure:     laparoscopic appendectomy
Room:          private

We guarantee payment of medically necessary inpatient costs up to AED 45,000 for a
stay of up to 3 days. Costs beyond this amount or length of stay require a new
authorisation with an updated medical report. Please send the final itemised invoice
and the discharge summary to international-claims@brueckenhof.example via the secure
portal.

Kind regards
Claire Donnelly

""" + sig("donnelly", "en")
    return M(A("donnelly"), "Insurance Desk <insurance@cityhospital-dubai.example>",
             "Guarantee of payment – IH-0930-02211", "2026-04-22 16:05", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness claim acknowledgement for a named customer's breast cancer diagnosis")
def s_critical_illness():
    body = """Dear Mrs Brennan,

Critical illness policy LV-DK-2209-00312 – claim received

thank you for your claim and for sending the histology report from Corrib Valley Hospital,
Galway. We are very sorry to hear about your diagnosis.

Your policy covers invasive breast cancer (C50.9) that has been confirmed by histology,
and the report you sent (invasive ductal carcinoma, grade 2, diagnosed 2 March 2026)
meets the definition. We will therefore pay the full benefit of EUR 75,000. The only
document still missing is the completed claim form, page 4 (bank details) – please
upload it in the portal.

If you'd like to talk to someone, our case manager Eimear can call you at a time of your
choosing; just reply with a time.

With kind regards

""" + sig("hagemeier", "en")
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", "Maeve Brennan <maeve.brennan@eircom.example>",
             "Your claim under policy LV-DK-2209-00312", "2026-03-19 11:20", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "death claim under a life policy: cause of death and payout to the named beneficiary")
def s_death_claim():
    body = """Dear Mr Novak,

Life policy LV-5120-30998 – your late wife Petra Novak

please accept our sincere condolences.

We have received the death certificate and the medical certificate of cause of death
(acute myocardial infarction, 23 January 2026, Klinik am Wittekindsberg). As the policy
started more than three years ago, no further medical enquiries are needed.

  Sum assured on death                    EUR 120,000.00
  Surplus participation                   EUR   6,412.37
  Total benefit                           EUR 126,412.37

You are the named beneficiary. We will transfer the amount to AT27 3400 0000 7162 4388
within five working days. A tax certificate for the inheritance tax office follows by
post, as we are required to report the payment.

With deepest sympathy

""" + sig("hagemeier", "en")
    return M("Oliver Hagemeier <o.hagemeier@brueckenhof.example>", "Daniel Novak <daniel.novak@aon-mail.example>",
             "Policy LV-5120-30998 – payment of the death benefit", "2026-02-09 14:00", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "hasty reply 'we'll reimburse the pharmacy receipts'; the quote lists the customer's medication and condition")
def s_pharmacy_receipts():
    quoted = """Hi Claire, uploaded 3 pharmacy receipts from Spain – metformin, the insulin pens and test
strips for my diabetes, plus the GP consultation in Marbella. Total 412 EUR. Will that be
paid this month? Cheers, Ian Whitmore (IH-0930-01988)"""
    body = """recieved, thx. we'll reimburse the pharmacy receipts this week

Claire

""" + OUTLOOK_MOB_EN + """
________________________________
From: Ian Whitmore <ian.whitmore@icloud.example>
Sent: Thursday, April 9, 2026 9:14 PM
To: Claire Donnelly <c.donnelly@brueckenhof.example>
Subject: receipts

""" + quoted
    return M(A("donnelly"), "Ian Whitmore <ian.whitmore@icloud.example>",
             "Re: receipts", "2026-04-10 07:31", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a Dublin GP for medical records in a named insured's disability claim")
def s_gp_dublin():
    body = """Dear Dr. Fitzgerald,

Re: your patient Mr Conor Duggan, DOB 03/03/1981, 14 Seafield Road, Clontarf, Dublin 3
Our ref.: BU-L-2026-0451 (occupational disability policy LV-BU-2014-77013)

Mr Duggan has made a claim for occupational disability benefit after giving up his work
as an electrician in November 2025. He states that he is being treated by you for
multiple sclerosis (G35, relapsing-remitting, diagnosed 2019) with increasing fatigue
and reduced fine motor control in the right hand.

With his signed consent (enclosed), we would be grateful for:
  - copies of neurology letters since 2019
  - current medication
  - your assessment of his ability to work with tools for more than 3 hours a day

We will pay your standard report fee on receipt of your invoice.

Yours sincerely

""" + sig("aksoy", "en")
    return M(A("aksoy"), "Dr. Aoibheann Fitzgerald <reception@clontarf-medical.example>",
             "Medical report request – Conor Duggan, ref BU-L-2026-0451", "2026-01-23 13:12", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance request for a large life case with the applicant's medical history")
def s_facultative():
    body = """Dear Astrid,

could Nordmark Re quote facultatively on the following case? It is above our retention.

Applicant:     Dr. Stefan Overbeck, DOB 18/09/1968, surgeon, non-smoker
Product:       term life, EUR 3,500,000, term 15 years, keyman cover (clinic GmbH)
BMI:           31.8
Medical:       - coronary artery disease, single-vessel, stent RCA in 2021 (I25.11 Z),
                 no angina since, stress echo 2025 normal
               - hypercholesterolaemia on rosuvastatin 20 mg
               - sleep apnoea on CPAP
Financials:    income EUR 540,000 p.a., justification for keyman sum attached

Our own assessment: +75 % extra mortality, we'd keep EUR 1m. Full file is in the
secure data room (folder FAC-26-007).

Best regards
Dr. Anja Pollmeier

""" + sig("pollmeier", "en")
    return M(A("pollmeier"), "Astrid Lindqvist <astrid.lindqvist@nordmark-re.example>",
             "Facultative request FAC-26-007", "2026-03-04 15:22", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "hasty underwriting answer; only makes sense with the quoted question: named applicant with type 2 diabetes gets a loading")
def s_uw_decision():
    body = """accept w/ +50 %, excl. diabetic retinopathy. HbA1c 7.4 on metformin + empagliflozin, no complications. review possible after 2 yrs <7 %. letter goes to him via portal today, u can tell castlemere

A.

""" + IPHONE_EN + """

> On 6 May 2026, at 11:40, Tobias Wehking <t.wehking@brueckenhof.example> wrote:
>
> Anja, any news on Oyelowo (A-BU-2026-00977)? Castlemere is chasing, the GP report
> came in last Thursday. Thx, Tobias"""
    return M(A("pollmeier"), A("wehking"), "Re: Oyelowo A-BU-2026-00977",
             "2026-05-06 12:02", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "medical repatriation from Thailand after a scooter accident of a named insured (fractures)")
def s_repatriation_thailand():
    body = """Dear Ms Rasmussen,

Travel health policy AR-2409-30777 – your son Jonas, case GA-26-117330

I'm writing to confirm what our assistance partner told you by phone this morning.
Jonas' condition after the scooter accident in Chiang Mai (fracture of the left femur,
surgically fixed on 17 February, and a fractured collarbone) is stable, and the
treating surgeon has cleared him for flying.

Repatriation is organised for Monday, 23 February:
  - Bangkok – Frankfurt, business class (leg extended), with a nurse as escort
  - ambulance transfer Frankfurt Airport – Klinik am Wittekindsberg, Minden, trauma surgery ward

All costs are covered by the policy, including your own flight back, because Jonas is
under 18. Please keep your boarding passes.

Kind regards

""" + sig("nowicka", "en")
    return M(A("nowicka"), "Hanne Rasmussen <hanne.rasmussen@gmail.example>",
             "Jonas – repatriation on 23 February", "2026-02-20 10:15", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "forwarded doctor's letter about a named patient's medication change, with 'see below – pls add to file'")
def s_doctor_fwd():
    body = """see below – pls add to file IH-0930-01247, no action needed

C.

""" + fw_en("Dr. Omar Al-Mansouri <dr.almansouri@palmgate-clinic.example>", "Tue, 3 Mar 2026 at 08:50",
            "Julien Delacroix – follow-up", "Claire Donnelly <c.donnelly@brueckenhof.example>",
            """Dear Ms Donnelly,

for your records: I saw Mr Delacroix (DOB 27/07/1979) for follow-up yesterday. The MRI
showed a disc protrusion L4/L5 with contact to the left L5 root, no indication for
surgery. He is improving with physiotherapy. I have stopped pregabalin and started
etoricoxib 90 mg for four weeks. Next review in six weeks.

Best regards
Dr. Omar Al-Mansouri, Orthopaedic Spine Surgery""")
    return M(A("donnelly"), "International claims <international-claims@brueckenhof.example>",
             "Fw: Julien Delacroix – follow-up", "2026-03-03 09:05", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "maternity benefits for a named expat: pregnancy, due date, planned delivery")
def s_maternity():
    body = """Dear Mrs Haddad-Lenz,

International Health Plan IH-0930-02044 – maternity

congratulations on your pregnancy! Thank you for letting us know early. Your plan
includes maternity cover after a 10-month waiting period, which you have completed.

From the gynaecologist's note we see that your due date is 28 September 2026 and
that a planned caesarean section is being discussed because of the previous C-section
in 2023. Both natural delivery and planned caesarean are covered:

  - prenatal check-ups and ultrasound scans: 100 %
  - delivery incl. hospital stay (up to 5 days for caesarean): up to EUR 12,000
  - newborn care in the first 30 days: covered under your policy

To add your baby to the plan without health questions, please register him or her
within two months after birth.

Kind regards

""" + sig("donnelly", "en")
    return M(A("donnelly"), "Leila Haddad-Lenz <leila.haddad@gmail.example>",
             "Your maternity cover", "2026-03-26 10:40", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "harmless cover text; the attached PDF pension statement of a named person's life/pension policy (personal line)")
def s_pension_statement():
    body = """Dear Mr Castellano,

as requested, please find attached your annual statement in English.

Kind regards
Hannah Severin

""" + sig("severin", "en")
    lines = ["# Annual statement 2025 – private pension insurance",
             "Brückenhof Lebensversicherung AG, Weserglacis 14, 32423 Minden", "",
             "Policyholder and insured person: Marco Castellano, born 07.01.1973",
             "Address: Kampstraße 2, 32423 Minden",
             "Policy: LV-R-3307-10442, start 01.02.2008, retirement date 01.02.2040", "",
             "Premium paid in 2025:                    EUR 2,400.00",
             "Guaranteed capital at retirement:         EUR 94,310.00",
             "Projected capital (current surplus rate): EUR 121,880.00",
             "Guaranteed monthly pension:               EUR 311.24",
             "Surrender value as of 31.12.2025:         EUR 52,716.45", "",
             "Death benefit before retirement: return of premiums paid, currently EUR 43,200.00",
             "Beneficiary on death: Sofia Castellano (spouse)", "",
             "The projected values are not guaranteed."]
    return M(A("severin"), "Marco Castellano <m.castellano@web.example>",
             "Your annual statement 2025", "2026-03-02 11:45", body,
             atts=[pdf("Annual_statement_2025_LV-R-3307-10442.pdf", lines, "Annual statement 2025")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group income protection: employee's claim accepted, told to the employer's HR; disability claim of a named person")
def s_group_ip():
    body = """Dear Ms Patterson,

Group income protection scheme GIP-0088 (Nordwind Software GmbH)
Employee: Mr Jakob Lehmkuhl, staff no. 00412

we have completed our assessment of Mr Lehmkuhl's claim. The claim is accepted: the
benefit of 75 % of his pre-disability salary (EUR 4,125 per month) is payable from
1 May 2026, after the 26-week deferred period, and will be paid to the company via
payroll as agreed in the scheme rules.

In line with his consent form we are not sharing any medical details with you. We will
review the claim in November 2026; our rehabilitation consultant will contact Mr
Lehmkuhl directly about a graded return to work.

Kind regards

""" + sig("severin", "en")
    return M(A("severin"), "Rachel Patterson <hr@nordwind-software.example>",
             "GIP-0088 – claim Jakob Lehmkuhl accepted", "2026-04-29 09:30", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "HTML-only table of open high-cost health claims with names, diagnoses and amounts")
def s_highcost_html():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hi Priya,</p>
<p>for the reinsurance notification (health XL, threshold EUR 150k), here are the open
high-cost claims as of 31 May. Please don't forward outside the team.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#efe5d6"><th>Member</th><th>Policy</th><th>Diagnosis</th><th>Treatment</th><th>Paid EUR</th><th>Reserve EUR</th></tr>
<tr><td>Lars Brügmann (1962)</td><td>KV-40-0317722</td><td>C91.0 acute lymphoblastic leukaemia</td><td>allogeneic stem cell transplant</td><td align="right">211,400</td><td align="right">90,000</td></tr>
<tr><td>Anton Wiechers (2019)</td><td>KV-40-4402051</td><td>G12.0 spinal muscular atrophy</td><td>gene therapy</td><td align="right">1,940,000</td><td align="right">0</td></tr>
<tr><td>Julien Delacroix (1979)</td><td>IH-0930-01247</td><td>M51.1 disc disorder</td><td>conservative</td><td align="right">3,900</td><td align="right">160,000</td></tr>
<tr><td>Gerd Hoffmann (1954)</td><td>AR-2301-60114</td><td>I21.4 NSTEMI</td><td>PCI Lisbon, repatriation</td><td align="right">36,700</td><td align="right">140,000</td></tr>
</table>
<p>Delacroix reserve is the surgery scenario – can be released if no op by September.</p>
<p>Svenja</p>
</body></html>"""
    return M(A("koetter"), A("raman"), "high-cost claims for XL notification – 31 May",
             "2026-06-03 09:12", html=html, html_only=True)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "short reply confirming a second IVF cycle is covered; details in the attached PDF letter")
def s_ivf():
    quoted = """Hi, just checking – is the second IVF attempt covered? The clinic wants to start in
April. Thank you, Sophie"""
    body = """yes, cycle 2 is covered – see letter attached. good luck to you both

Svenja Kötter

""" + sig("koetter", "en", foot=False) + """

""" + gt(quoted)
    lines = ["# Cost approval – assisted reproduction",
             "Brückenhof Krankenversicherung AG, Health Claims", "",
             "Insured person: Sophie Vandermeulen, born 30.11.1989, policy KV-40-4630018",
             "Treatment centre: Kinderwunschzentrum Bielefeld", "",
             "We approve the costs of a second IVF cycle with ICSI (diagnosis: male-factor infertility of the partner and tubal factor, N97.1), including hormone stimulation, egg retrieval, laboratory and embryo transfer, at 100 % of the eligible costs under tariff Vital S2.",
             "Cryopreservation is not covered.", "",
             "Minden, 12 March 2026"]
    return M(A("koetter"), "Sophie Vandermeulen <sophie.vdm@gmail.example>",
             "Re: IVF question", "2026-03-12 16:33", body,
             atts=[pdf("Cost_approval_KV-40-4630018.pdf", lines, "Cost approval")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "long-term care: care level and home-care benefits for a named customer's mother")
def s_ltc_mother():
    body = """Dear Mr Thompson,

Long-term care insurance of your mother, Mrs Margaret Thompson-Rieke, PT-2106-00519

thank you for sending the assessment. Your mother has been assessed at care level 4
after her second fall and hip fracture in March; she now needs help with washing,
dressing and moving around the house and has been diagnosed with vascular dementia.

From 1 April 2026 your mother receives:
  - care allowance for home care by family: EUR 800 per month
  - a care bed and a ceiling lift as medical aids (ordered, delivered by Sanitätshaus
    Lohmeier next week)
  - up to EUR 4,180 for adapting the bathroom (walk-in shower), once

Because you hold her power of attorney, all letters will go to you from now on.

Kind regards

""" + sig("rolf", "en")
    return M(A("rolf"), "Andrew Thompson <a.thompson@outlook.example>",
             "Your mother's care benefits", "2026-04-14 13:50", body)


# ===================== STRICTLY_CONFIDENTIAL, mixed =======================


@mail("STRICTLY_CONFIDENTIAL", "mixed", "hospital",
      "English request to translate the diagnosis part of a quoted German discharge letter of a named expat")
def s_mixed_translate():
    body = """Hi Anja,

can someone from your team translate the diagnosis part below? Mr Whitmore asked us to
explain what the German hospital wrote, and my German medical vocabulary isn't good
enough. Just the diagnoses and the medication, 3-4 lines in plain English is fine.

Thanks a lot
Claire

""" + gt("""Entlassungsbericht – Herr Ian Whitmore, geb. 22.08.1966
Aufenthalt 28.05.–02.06.2026, Innere Medizin, Klinik am Wittekindsberg

Diagnosen:
1. Entgleister Diabetes mellitus Typ 2 mit diabetischer Ketoazidose (E11.11 G)
2. Diabetische Polyneuropathie (E11.40 G, G63.2 G)
3. Arterielle Hypertonie (I10.00 G)

Medikation bei Entlassung: Insulin glargin 24 IE abends, Insulin lispro nach Schema,
Metformin 1000 mg 1-0-1, Ramipril 5 mg 1-0-0

Procedere: Diabetesschulung ambulant, HbA1c-Kontrolle in 3 Monaten.""") + """

""" + sig("donnelly", "en", foot=False)
    return M(A("donnelly"), A("pollmeier"), "translation help – discharge letter",
             "2026-06-04 10:20", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "German reply to a named customer quoting an English invoice from a Spanish hospital (fracture, surgery)")
def s_mixed_spain_invoice():
    body = """Sehr geehrter Herr Vogelsang,

vielen Dank für die Rechnung aus Spanien. Wir erstatten die Behandlung Ihrer Frau nach
dem Sturz auf Mallorca vollständig (Auslandsreise-Krankenversicherung AR-2207-41120):
3.912,40 Euro, Überweisung in den nächsten Tagen. Die Rechnung ist auf Englisch, eine
Übersetzung brauchen wir nicht.

Gute Besserung für Ihre Frau!

Mit freundlichen Grüßen

""" + sig("nowicka") + """

""" + ol_de("Klaus Vogelsang <klaus.vogelsang@t-online.example>", "Montag, 8. Juni 2026 18:20",
            "Ewa Nowicka <e.nowicka@brueckenhof.example>", "Rechnung Krankenhaus Mallorca",
            """Hallo Frau Nowicka, anbei der Text der Rechnung, das Original kommt per Post.
Gruß K. Vogelsang

--- INVOICE / FACTURA ---
Clínica Costa Serena, Palma de Mallorca
Patient: Ursula Vogelsang, DOB 14/03/1957
Admission: 27/05/2026 – Discharge: 29/05/2026
Diagnosis: distal radius fracture, right (S52.50)
Procedures: closed reduction, K-wire fixation under regional anaesthesia,
X-ray x3, cast, 2 nights inpatient
Total: EUR 3,912.40 – PAID (credit card)""")
    return M(A("nowicka"), "Klaus Vogelsang <klaus.vogelsang@t-online.example>",
             "AW: Rechnung Krankenhaus Mallorca", "2026-06-09 09:25", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "hospital",
      "hasty German 'bitte übersetzen und an kunden' to a quoted English hospital mail with a named patient's diagnosis")
def s_mixed_dubai_quote():
    body = """bitte übersetzen und an kundin, sie versteht kein englisch. KÜ für verlängerung ist ok bis 5 tage

C.

""" + IPHONE_DE + """

> On 24 Apr 2026, at 09:12, Insurance Desk <insurance@cityhospital-dubai.example> wrote:
>
> Dear Brückenhof team,
>
> re: Ms Keiko Watanabe-Schulz, member IH-0930-02211
> Post-operative course complicated by a wound infection at the umbilical port
> (T81.4). IV antibiotics (ceftriaxone, metronidazole) started yesterday. We request
> an extension of the guarantee by 2 days (AED 12,000). Expected discharge 27/04.
>
> Regards, Insurance Desk"""
    return M(A("donnelly"), A("tiemann"), "Fwd: extension request – IH-0930-02211",
             "2026-04-24 09:30", body)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

def _order():
    items = list(MAILS)
    random.Random(178).shuffle(items)
    return items


def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (name, label, lang, kind, reason, fn) in enumerate(_order(), 1):
        fname = "%s%04d.eml" % (PREFIX, i)
        msg = finish(fn(), i)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(outdir, "mails", fname), "wb") as f:
            f.write(data)
        rows.append("\t".join([fname, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_TYPOS = {"DE46490501010088234171"}  # deliberate customer typo


def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _texts(part):
    """all decodable text of a part, including office/zip contents (for the IBAN check)."""
    out = []
    ct = part.get_content_type()
    if ct == "message/rfc822":
        for p in part.get_payload():
            out += _texts(p)
        return out
    if part.is_multipart():
        for p in part.get_payload():
            out += _texts(p)
        return out
    data = part.get_payload(decode=True) or b""
    if ct.startswith("text/"):
        cs = part.get_content_charset() or "utf-8"
        out.append(data.decode(cs))
    elif data[:2] == b"PK":
        out += _zip_texts(data)
    elif data[:5] == b"%PDF-":
        out.append(_pdf_text(data))
    return out


def _zip_texts(data):
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        for n in z.namelist():
            b = z.read(n)
            if b[:2] == b"PK":
                out += _zip_texts(b)
            elif b[:5] == b"%PDF-":
                out.append(_pdf_text(b))
            elif n.endswith(".xml"):
                out.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
            else:
                for enc in ("utf-8", "cp1252"):
                    try:
                        out.append(b.decode(enc))
                        break
                    except UnicodeDecodeError:
                        pass
    return out


def _pdf_text(data):
    assert data.rstrip().endswith(b"%%EOF")
    # cross-reference table: every offset must point at its "N 0 obj"
    sx = int(data.rstrip().split(b"\n")[-2])
    assert data[sx:sx + 4] == b"xref", "startxref"
    lines = data[sx:].split(b"\n")
    n = int(lines[1].split()[1])
    for k in range(1, n):
        off = int(lines[2 + k][:10])
        assert data[off:].startswith(b"%d 0 obj" % k), "xref offset of object %d" % k
    txt = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        raw = zlib.decompress(m.group(1))
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            txt.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    assert txt, "empty PDF text layer"
    return "\n".join(txt)


def check():
    tmp = tempfile.mkdtemp(prefix="d178-check-")
    try:
        build(tmp)
        problems = []
        names = sorted(os.listdir(os.path.join(tmp, "mails")))
        mine = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        if names != mine:
            problems.append("file list differs from mails/ in the folder")
        for rel in ["labels.tsv"] + ["mails/" + n for n in names]:
            a = os.path.join(tmp, rel)
            b = os.path.join(HERE, rel)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                problems.append("not byte-identical: " + rel)
        mids = set()
        stats = {}
        nparts = 0
        for n in names:
            raw = open(os.path.join(HERE, "mails", n), "rb").read()
            if re.search(rb"(?<!\r)\n", raw):
                problems.append(n + ": bare LF")
            msg = email.message_from_bytes(raw, policy=policy.default)
            for p in msg.walk():
                if p.defects:
                    problems.append("%s: defects %r" % (n, p.defects))
            mid = msg["Message-ID"]
            if not mid or mid in mids:
                problems.append(n + ": missing/duplicate Message-ID")
            mids.add(mid)
            if not str(msg["Date"]).startswith(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) or " 2026 " not in str(msg["Date"]):
                problems.append(n + ": date")
            if not str(msg["From"]).rstrip(">").endswith("@" + DOM):
                problems.append(n + ": From not on " + DOM)
            for h in ("From", "To", "Cc"):
                for host in re.findall(r"@([A-Za-z0-9.-]+)", str(msg[h] or "")):
                    if not host.endswith(".example"):
                        problems.append("%s: host %s" % (n, host))
            texts = _texts(msg)
            nparts += len(texts)
            text = "\n".join(texts)
            for m in IBAN_RE.finditer(text):
                s = m.group(1).replace(" ", "")
                if len(s) >= 15 and s[:2] in ("DE", "AT", "NL", "GB", "IE", "ES", "PT", "CH", "FR", "IT", "PL") \
                        and "ZZZ" not in s and not _iban_ok(s) and s not in IBAN_TYPOS:
                    problems.append("%s: invalid IBAN %s" % (n, m.group(1)))
            stats[n] = msg.get_content_type()
        rows = [l.split("\t") for l in open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()]
        assert rows[0] == ["file", "label", "lang", "kind", "reason"]
        cnt = {}
        for r in rows[1:]:
            assert len(r) == 5, r
            cnt[(r[1], r[2])] = cnt.get((r[1], r[2]), 0) + 1
        for p in problems:
            print("PROBLEM", p)
        print("%d mails" % len(names))
        for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            print("%-22s" % lab, " ".join("%s=%d" % (lg, cnt.get((lab, lg), 0)) for lg in ("de", "en", "mixed")))
        tops = {}
        for v in stats.values():
            tops[v] = tops.get(v, 0) + 1
        print("top-level types:", tops)
        print("text parts and documents decoded and scanned:", nparts)
        if problems:
            print("CHECK FAILED")
            return 1
        print("CHECK OK: byte-identical rebuild, all mails parse without defects")
        return 0
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if os.path.isdir(os.path.join(HERE, "mails")):
        shutil.rmtree(os.path.join(HERE, "mails"))
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
