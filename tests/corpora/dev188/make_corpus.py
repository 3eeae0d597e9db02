#!/usr/bin/env python3
"""Siegel independent mail corpus dev188 (prefix d188-).

Writes mails/d188-NNNN.eml (RFC 5322, CRLF) and labels.tsv next to this file.
Standard library only and deterministic: fixed dates, Message-IDs, MIME
boundaries, ZIP member times and document metadata.

    python3 make_corpus.py            # (re)write mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuild in a temp dir, compare bytes, parse and verify

The invented insurer is the "Brückenwerk Versicherungsgruppe" in Görlitz
(brueckenwerk.example). Every mail below is written on its own; the only
shared pieces are staff signatures and the legal footers.
"""

import argparse
import binascii
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import math
import os
import re
import struct
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email.message import EmailMessage
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d188-"
POL = email.policy.SMTP
D = "brueckenwerk.example"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def T(s):
    """Dedent a triple-quoted text, drop the first newline, keep the rest."""
    if s.startswith("\n"):
        s = s[1:]
    return textwrap.dedent(s)


def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(">" + line)
        elif line == "":
            out.append(">")
        else:
            out.append(prefix + line)
    return "\n".join(out)


def when(s):
    """'2026-03-14 09:12' -> RFC 5322 date with German offset (DST from 29 March)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if d >= datetime.datetime(2026, 3, 29, 2, 0) and d < datetime.datetime(2026, 10, 25, 3, 0) else 1
    d = d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    return email.utils.format_datetime(d)


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# ---------------------------------------------------------------------------
# staff, signatures, footers
# ---------------------------------------------------------------------------

ADDR = "Brückenstraße 9 · 02826 Görlitz"
TEL = "+49 3581 7740"

STAFF = {
    # key: (name, mailbox, title de, title en, unit, extension)
    "sobottka": ("Henrike Sobottka", "henrike.sobottka", "Schadenservice Privatkunden – Hausrat & Haftpflicht",
                 "Private Claims – Home Contents & Liability", "allg", "312"),
    "wroblewski": ("Mateusz Wróblewski", "mateusz.wroblewski", "Schadenservice Fahrrad & Elektronik",
                   "Claims – Bicycles & Electronics", "allg", "327"),
    "kaltschmidt": ("Dörte Kaltschmidt", "doerte.kaltschmidt", "Leistung Unfallversicherung",
                    "Accident Insurance Benefits", "leben", "455"),
    "eberlein": ("Jonas Eberlein", "jonas.eberlein", "Rechtsschutz-Schadenservice",
                 "Legal Expenses Claims", "rs", "610"),
    "demirkaya": ("Aylin Demirkaya", "aylin.demirkaya", "Leistung Reiseversicherung",
                  "Travel Insurance Claims", "allg", "348"),
    "quaas": ("Friedemann Quaas", "friedemann.quaas", "Kfz-Schaden", "Motor Claims", "allg", "221"),
    "brenneisen": ("Dr. med. Ulrike Brenneisen", "ulrike.brenneisen", "Beratungsärztin, Leistungsmanagement",
                   "Medical Officer", "kranken", "470"),
    "huebschmann": ("Kathleen Hübschmann", "kathleen.huebschmann", "Leistung Krankenversicherung",
                    "Health Claims", "kranken", "502"),
    "lasota": ("Piotr Lasota", "piotr.lasota", "Leistung Leben / Berufsunfähigkeit",
               "Life & Disability Claims", "leben", "531"),
    "rudolph": ("Sven Rudolph", "sven.rudolph", "Maklerbetreuung Ostsachsen", "Broker Relations", "allg", "150"),
    "constantinescu": ("Mirela Constantinescu", "mirela.constantinescu", "IT-Service-Desk", "IT Service Desk",
                       "allg", "999"),
    "hausotter": ("Benedikt Hausotter", "benedikt.hausotter", "Datenschutzbeauftragter",
                  "Data Protection Officer", "allg", "080"),
    "ashdown": ("Claire Ashdown", "claire.ashdown", "Rückversicherung & International",
                "Group Reinsurance & International", "allg", "160"),
    "wendel": ("Tobias Wendel", "tobias.wendel", "Einkauf", "Procurement", "allg", "190"),
    "piechotta": ("Annegret Piechotta", "annegret.piechotta", "Personal", "Human Resources", "allg", "170"),
    "feddersen": ("Rasmus Feddersen", "rasmus.feddersen", "Firmenkunden – Underwriting & Schaden",
                  "Commercial Lines", "allg", "260"),
    "straubinger": ("Leonie Straubinger", "leonie.straubinger", "Unternehmenskommunikation",
                    "Corporate Communications", "allg", "110"),
    "karaca": ("Yusuf Karaca", "yusuf.karaca", "Kundenservice", "Customer Service", "allg", "100"),
    "zschornack": ("Grit Zschornack", "grit.zschornack", "Leistung Pflegeversicherung", "Long-term Care Benefits",
                   "kranken", "515"),
    "ohlendorf": ("Nils Ohlendorf", "nils.ohlendorf", "Aktuariat", "Actuarial", "allg", "140"),
    "vogelsang": ("Hanna Vogelsang", "hanna.vogelsang", "Regress", "Recoveries", "allg", "288"),
    "rehfeld": ("Konstantin Rehfeld", "konstantin.rehfeld", "Teamleiter Schaden Privatkunden",
                "Team Lead Private Claims", "allg", "300"),
    "tietze": ("Janina Tietze", "janina.tietze", "Schaden Wohngebäude & Sachverständigensteuerung",
               "Buildings Claims", "allg", "335"),
    "mengewein": ("Oliver Mengewein", "oliver.mengewein", "Betriebliche Altersversorgung",
                  "Occupational Pensions", "leben", "540"),
    "raghunathan": ("Priya Raghunathan", "priya.raghunathan", "Internationale Krankenversicherung",
                    "International Health (Expat)", "kranken", "508"),
    "loebel": ("Franziska Löbel", "franziska.loebel", "Antragsprüfung Leben / BU", "Life & Disability Underwriting",
               "leben", "525"),
    "kaessner": ("Rüdiger Kässner", "ruediger.kaessner", "Finanzen – Zahlungsverkehr", "Finance – Payments", "allg",
                 "185"),
    "schwalbe": ("Dirk Schwalbe", "dirk.schwalbe", "Haftpflicht – Personenschäden", "Liability – Bodily Injury",
                 "allg", "318"),
    "jeschke": ("Simone Jeschke", "simone.jeschke", "Beitragsservice Krankenversicherung", "Health Premiums",
                "kranken", "560"),
    "nowicka": ("Ewa Nowicka", "ewa.nowicka", "Betrugsprävention", "Special Investigations", "allg", "290"),
}

UNITS = {
    "allg": "Brückenwerk Allgemeine Versicherung AG",
    "kranken": "Brückenwerk Krankenversicherung AG",
    "leben": "Brückenwerk Lebensversicherung AG",
    "rs": "Brückenwerk Rechtsschutz-Schadenservice GmbH",
}

FOOT_DE = {
    "allg": "Brückenwerk Allgemeine Versicherung AG · Sitz Görlitz · Amtsgericht Dresden HRB 41872\n"
            "Vorstand: Dr. Carsten Pohlenz (Vors.), Ines Marschner, Thilo Bergander · "
            "Vors. des Aufsichtsrats: Eckhard Tzschoppe",
    "kranken": "Brückenwerk Krankenversicherung AG · Sitz Görlitz · Amtsgericht Dresden HRB 41873\n"
               "Vorstand: Dr. Carsten Pohlenz (Vors.), Dr. Renate Flemming · "
               "Vors. des Aufsichtsrats: Eckhard Tzschoppe",
    "leben": "Brückenwerk Lebensversicherung AG · Sitz Görlitz · Amtsgericht Dresden HRB 41874\n"
             "Vorstand: Dr. Carsten Pohlenz (Vors.), Ines Marschner · Vors. des Aufsichtsrats: Eckhard Tzschoppe",
    "rs": "Brückenwerk Rechtsschutz-Schadenservice GmbH · Sitz Görlitz · Amtsgericht Dresden HRB 41991\n"
          "Geschäftsführung: Mareike Fröhlich, Jan-Philipp Ruscher",
}


def who(key):
    name, box = STAFF[key][0], STAFF[key][1]
    return f"{name} <{box}@{D}>"


def mbox(key):
    return f"{STAFF[key][1]}@{D}"


def sig(key, lang="de", foot=True, short=False):
    name, box, tde, ten, unit, ext = STAFF[key]
    if short:
        return f"-- \n{name.replace('Dr. med. ', '')}\n{tde if lang == 'de' else ten} · Tel. -{ext}"
    title = tde if lang == "de" else ten
    if lang == "de":
        s = f"Mit freundlichen Grüßen\n\n{name}\n{title}\n{UNITS[unit]}\n{ADDR}\nTelefon {TEL}-{ext}\n{box}@{D}"
    else:
        s = (f"Kind regards\n\n{name}\n{title}\n{UNITS[unit]}\n{ADDR.replace('ß', 'ss')}, Germany\n"
             f"Phone {TEL}-{ext}\n{box}@{D}")
    if foot:
        s += "\n\n" + FOOT_DE[unit]
    return s


# ---------------------------------------------------------------------------
# message construction
# ---------------------------------------------------------------------------

MAILERS = {
    "outlook": "Microsoft Outlook 16.0",
    "tb": "Mozilla Thunderbird 128.6.0",
    "sys": None,
}


def new(frm, to, subject, date, cc=None, bcc=None, reply_to=None, irt=None, refs=None, mailer="outlook",
        extra=None, mid=None):
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = when(date)
    if mid:
        m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    ua = MAILERS.get(mailer, mailer)
    if ua:
        m["X-Mailer" if "Outlook" in ua else "User-Agent"] = ua
    for k, v in (extra or []):
        m[k] = v
    return m


def body(m, text, charset="utf-8", cte=None, flowed=False, html=None, html_only=False):
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
        return m
    m.set_content(text, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    if html is not None:
        m.add_alternative(html, subtype="html", charset=charset)
    return m


def attach(m, data, ctype, filename, inline=False, params=None):
    maintype, subtype = ctype.split("/")
    kw = {"filename": filename, "disposition": "inline" if inline else "attachment"}
    if params:
        kw["params"] = params
    if isinstance(data, EmailMessage):
        m.add_attachment(data, disposition="attachment", filename=filename)
    elif isinstance(data, str):
        m.add_attachment(data, subtype=subtype, **kw)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, **kw)
    return m


def attach_text(m, text, subtype, filename, charset="utf-8", cte=None, params=None):
    kw = {"filename": filename, "disposition": "attachment", "charset": charset}
    if cte:
        kw["cte"] = cte
    if params:
        kw["params"] = params
    m.add_attachment(text, subtype=subtype, **kw)
    return m


def html_doc(inner, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n'
            f"{inner}\n</body></html>\n")


def html_table(rows, head=True, border=1):
    out = [f'<table border="{border}" cellpadding="4" cellspacing="0" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{xesc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


def p2h(text):
    """Plain paragraphs -> simple HTML paragraphs (for Outlook-style alternatives)."""
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + xesc(p).replace("\n", "<br>\n") + "</p>" for p in paras)


# ---------------------------------------------------------------------------
# file formats (standard library only)
# ---------------------------------------------------------------------------

ZDATE = (2026, 1, 1, 0, 0, 0)


def zipped(members, date=ZDATE, stored_first=False):
    """members: list of (name, bytes|str[, date]) -> ZIP bytes (deterministic)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, mem in enumerate(members):
            name, data = mem[0], mem[1]
            d = mem[2] if len(mem) > 2 else date
            zi = zipfile.ZipInfo(name, date_time=d)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b


def pdf(lines, title="", author="", created="20260301090000+01'00'", producer="Brückenwerk Dokumentenservice 4.2",
        wrap=95, size=10):
    """lines: list of str. '# ' prefix = bold heading, '## ' = bold normal size, '' = blank line."""
    laid = []
    for ln in lines:
        if ln.startswith("# "):
            laid.append(("B", 13, ln[2:]))
        elif ln.startswith("## "):
            laid.append(("B", size, ln[3:]))
        elif ln == "":
            laid.append(("R", size, ""))
        else:
            for part in textwrap.wrap(ln, wrap, drop_whitespace=False) or [""]:
                laid.append(("R", size, part.rstrip()))
    pages, cur, y = [], [], 790
    for f, sz, t in laid:
        lead = sz + 4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 790
        y -= lead
        cur.append((f, sz, t, y))
    pages.append(cur)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = []
        for f, sz, t, y in pg:
            if t:
                ops.append(b"BT /" + (b"F2" if f == "B" else b"F1") + b" %d Tf 56 %d Td (" % (sz, y)
                           + _pdf_str(t) + b") Tj ET")
        raw = b"\n".join(ops) + b"\n"
        comp = zlib.compress(raw, 6)
        c = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                b"/F2 %d 0 R >> >> /Contents %d 0 R >>" % (pgs, f1, f2, c))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pgs
    objs[pgs - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                     + b"] /Count %d >>" % len(kids))

    def pstr(s):
        return b"(" + _pdf_str(s) + b")"

    info = add(b"<< /Title " + pstr(title) + b" /Author " + pstr(author) + b" /Producer " + pstr(producer)
               + b" /CreationDate (D:" + created.encode() + b") /ModDate (D:" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, fid, fid, xref))
    return bytes(out)


def _core(title, creator, created, app):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(creator)}</dc:creator>"
            f"<cp:lastModifiedBy>{xesc(creator)}</cp:lastModifiedBy>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            f"</cp:coreProperties>")


def docx(blocks, title="", creator="", created="2026-03-01T09:00:00Z"):
    """blocks: list of str (paragraph), ('h', str), ('b', str) or ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False, style=None):
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs = []
        for i, seg in enumerate(t.split("\n")):
            if i:
                runs.append("<w:r><w:br/></w:r>")
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(seg)}</w:t></w:r>')
        return f"<w:p>{ppr}{''.join(runs)}</w:p>"

    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(para(b))
        elif b[0] == "h":
            parts.append(para(b[1], bold=True, style="Heading1"))
        elif b[0] == "b":
            parts.append(para(b[1], bold=True))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{para(str(c))}</w:tc>"
                                for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            parts.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                         '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                         '<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>' + "".join(rows)
                         + "</w:tbl>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(parts) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
              '<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="21"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
              '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" '
          'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'styles" Target="styles.xml"/></Relationships>')
    return zipped([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                   ("word/_rels/document.xml.rels", drels), ("word/styles.xml", styles),
                   ("docProps/core.xml", _core(title, creator, created, "Word"))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", creator="", created="2026-03-01T09:00:00Z"):
    """sheets: list of (name, rows); cells str / int / float / None."""
    S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, bool) or not isinstance(v, (int, float)):
                    st = ' s="1"' if ri == 1 else ""
                    cells.append(f'<c r="{ref}" t="inlineStr"{st}><is><t xml:space="preserve">{xesc(str(v))}'
                                 f"</t></is></c>")
                else:
                    cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
            xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
        files.append((f"xl/worksheets/sheet{n}.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {S}><sheetData>'
                      + "".join(xr) + "</sheetData></worksheet>"))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{n}" r:id="rId{n}"/>')
        wb_rels.append(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{n}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/'
                       f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    k = len(sheets) + 1
    wb_rels.append(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/styles" Target="styles.xml"/>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {S} {R}><sheets>'
          + "".join(wb_sheets) + "</sheets></workbook>")
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {S}>'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              "</styleSheet>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(ct_over)
          + '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(wb_rels) + "</Relationships>")
    return zipped([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                   ("xl/_rels/workbook.xml.rels", wbr), ("xl/styles.xml", styles)] + files
                  + [("docProps/core.xml", _core(title, creator, created, "Excel"))])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3"')


def _odf(kind, body_xml, title, creator, created):
    mt = f"application/vnd.oasis.opendocument.{kind}"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               f"<office:body>{body_xml}</office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f"<meta:generator>LibreOffice/24.8</meta:generator><dc:title>{xesc(title)}</dc:title>"
            f"<meta:initial-creator>{xesc(creator)}</meta:initial-creator>"
            f"<meta:creation-date>{created}</meta:creation-date><dc:date>{created}</dc:date>"
            f"</office:meta></office:document-meta>")
    manifest = (f'<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                f'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                f'<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                f"</manifest:manifest>")
    return zipped([("mimetype", mt), ("content.xml", content), ("meta.xml", meta),
                   ("META-INF/manifest.xml", manifest)], stored_first=True)


def odt(paras, title="", creator="", created="2026-03-01T09:00:00"):
    x = []
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            x.append(f'<text:h text:outline-level="1">{xesc(p[1])}</text:h>')
        else:
            segs = [xesc(s) for s in p.split("\n")]
            x.append(f"<text:p>{'<text:line-break/>'.join(segs)}</text:p>")
    return _odf("text", "<office:text>" + "".join(x) + "</office:text>", title, creator, created)


def ods(sheets, title="", creator="", created="2026-03-01T09:00:00"):
    t = []
    for name, rows in sheets:
        rx = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v!r}">'
                                 f"<text:p>{v}</text:p></table:table-cell>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}'
                                 f"</text:p></table:table-cell>")
            rx.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        t.append(f'<table:table table:name="{xesc(name)}">{"".join(rx)}</table:table>')
    return _odf("spreadsheet", "<office:spreadsheet>" + "".join(t) + "</office:spreadsheet>", title, creator, created)


def ics(uid, start, end, summary, location, organizer, attendees, description="", stamp="20260301T080000Z",
        method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

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

    L = ["BEGIN:VCALENDAR", "PRODID:-//Brueckenwerk//Kalender 3.1//DE", "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
         "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
         "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
         "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;TZID=Europe/Berlin:{start}",
         f"DTEND;TZID=Europe/Berlin:{end}", f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, addr in attendees:
        L.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def csv_text(rows, sep=";"):
    def cell(v):
        s = str(v)
        if sep in s or '"' in s or "\n" in s:
            s = '"' + s.replace('"', '""') + '"'
        return s
    return "\r\n".join(sep.join(cell(v) for v in r) for r in rows) + "\r\n"


# --- images -----------------------------------------------------------------


def png(w, h, pix):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw += bytes(pix(x, y))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# zigzag order as (row, col)
_ZZ = sorted(((r, c) for r in range(8) for c in range(8)),
             key=lambda p: (p[0] + p[1], p[0] if (p[0] + p[1]) % 2 else p[1]))
_QL = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
       14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
       49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
_QC = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
       47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32
_COS = [[math.cos((2 * x + 1) * u * math.pi / 16) * (math.sqrt(0.5) if u == 0 else 1.0) / 2 for x in range(8)]
        for u in range(8)]
# simple valid Huffman tables: all DC categories with 4-bit codes, all AC symbols with 8-bit codes
_DC_SYMS = list(range(12))
_AC_SYMS = [0x00, 0xF0] + [(r << 4) | s for r in range(16) for s in range(1, 11)]
_DC_CODE = {s: (i, 4) for i, s in enumerate(_DC_SYMS)}
_AC_CODE = {s: (i, 8) for i, s in enumerate(_AC_SYMS)}


def _exif(make, model, dt):
    entries = [(0x010F, make), (0x0110, model), (0x0132, dt)]
    n = len(entries)
    data_off = 8 + 2 + n * 12 + 4
    ifd, extra = struct.pack(">H", n), b""
    for tag, val in entries:
        v = val.encode("ascii") + b"\0"
        if len(v) <= 4:
            ifd += struct.pack(">HHI", tag, 2, len(v)) + v.ljust(4, b"\0")
        else:
            ifd += struct.pack(">HHII", tag, 2, len(v), data_off + len(extra))
            extra += v + (b"\0" if len(v) % 2 else b"")
    ifd += struct.pack(">I", 0)
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8) + ifd + extra
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def jpeg(w, h, pix, make="Pixelon", model="Nova 8", shot="2026:03:01 12:00:00", quality=80):
    scale = 5000 / quality if quality < 50 else 200 - 2 * quality
    ql = [max(1, min(255, (q * scale + 50) // 100)) for q in _QL]
    qc = [max(1, min(255, (q * scale + 50) // 100)) for q in _QC]
    W8, H8 = (w + 7) // 8 * 8, (h + 7) // 8 * 8
    chans = [[[0.0] * W8 for _ in range(H8)] for _ in range(3)]
    for y in range(H8):
        for x in range(W8):
            r, g, b = pix(min(x, w - 1), min(y, h - 1))
            chans[0][y][x] = 0.299 * r + 0.587 * g + 0.114 * b - 128
            chans[1][y][x] = -0.168736 * r - 0.331264 * g + 0.5 * b
            chans[2][y][x] = 0.5 * r - 0.418688 * g - 0.081312 * b
    bits = []
    pred = [0, 0, 0]

    def put(code, n):
        for i in range(n - 1, -1, -1):
            bits.append((code >> i) & 1)

    def cat(v):
        return 0 if v == 0 else abs(v).bit_length()

    def vbits(v, s):
        return v if v >= 0 else v + (1 << s) - 1

    for by in range(0, H8, 8):
        for bx in range(0, W8, 8):
            for c in range(3):
                q = ql if c == 0 else qc
                blk = [chans[c][by + y][bx:bx + 8] for y in range(8)]
                tmp = [[sum(_COS[u][x] * blk[y][x] for x in range(8)) for u in range(8)] for y in range(8)]
                coef = [[sum(_COS[v][y] * tmp[y][u] for y in range(8)) for u in range(8)] for v in range(8)]
                zz = [int(round(coef[r][c] / q[r * 8 + c])) for (r, c) in _ZZ]
                d = zz[0] - pred[c]
                pred[c] = zz[0]
                s = cat(d)
                put(*_DC_CODE[s])
                if s:
                    put(vbits(d, s), s)
                run = 0
                last = max([i for i in range(1, 64) if zz[i] != 0], default=0)
                for i in range(1, last + 1):
                    v = zz[i]
                    if v == 0:
                        run += 1
                        continue
                    while run > 15:
                        put(*_AC_CODE[0xF0])
                        run -= 16
                    v = max(-1023, min(1023, v))
                    s = cat(v)
                    put(*_AC_CODE[(run << 4) | s])
                    put(vbits(v, s), s)
                    run = 0
                if last < 63:
                    put(*_AC_CODE[0x00])
    while len(bits) % 8:
        bits.append(1)
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        data.append(byte)
        if byte == 0xFF:
            data.append(0)

    def seg(marker, payload):
        return marker + struct.pack(">H", len(payload) + 2) + payload

    dqt = bytes([0]) + bytes(ql[r * 8 + c] for (r, c) in _ZZ) + bytes([1]) + bytes(qc[r * 8 + c] for (r, c) in _ZZ)

    def dht(cls, tid, syms, length):
        counts = [0] * 16
        counts[length - 1] = len(syms)
        return bytes([(cls << 4) | tid]) + bytes(counts) + bytes(syms)

    out = b"\xff\xd8" + _exif(make, model, shot)
    out += seg(b"\xff\xdb", dqt)
    out += seg(b"\xff\xc0", bytes([8]) + struct.pack(">HH", h, w) + bytes([3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]))
    out += seg(b"\xff\xc4", dht(0, 0, _DC_SYMS, 4) + dht(1, 0, _AC_SYMS, 8))
    out += seg(b"\xff\xda", bytes([3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]))
    return out + bytes(data) + b"\xff\xd9"


class Rnd:
    """Tiny deterministic LCG for photo noise."""

    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFF

    def __call__(self, k):
        self.s = (1103515245 * self.s + 12345) & 0x7FFFFFFF
        return self.s % k


def scene(kind, seed=1, w=160, h=120):
    """Return a pixel function for a small synthetic 'phone photo'."""
    rnd = Rnd(seed)
    noise = [[rnd(17) - 8 for _ in range(w)] for _ in range(h)]

    def clamp(v):
        return max(0, min(255, int(v)))

    def f(x, y):
        n = noise[y][x]
        if kind == "bike":          # two wheels in front of a grey cellar wall
            r, g, b = 150 + y // 3, 148 + y // 3, 140 + y // 4
            for cx in (45, 115):
                d = math.hypot(x - cx, y - 78)
                if 24 < d < 29:
                    r, g, b = 30, 30, 32
            if abs((y - 60) - (x - 45) * 0.3) < 2 and 45 < x < 115:
                r, g, b = 160, 20, 30
        elif kind == "phone":       # dark phone with a cracked screen on a wooden table
            r, g, b = 150 + (x // 7 % 3) * 9, 100 + (x // 7 % 3) * 6, 60
            if 50 < x < 110 and 10 < y < 110:
                r, g, b = 20, 24, 30
                if abs((y - 20) - (x - 55) * 1.6) < 1.2 or abs((y - 70) + (x - 80) * 0.8) < 1.0:
                    r, g, b = 210, 215, 220
        elif kind == "water":       # ceiling with a brown water stain
            r, g, b = 232, 230, 222
            d = math.hypot((x - 85) * 1.3, y - 55)
            if d < 38:
                k = 1 - d / 38
                r, g, b = r - 90 * k, g - 110 * k, b - 140 * k
        elif kind == "door":        # forced door frame, splinters
            r, g, b = 196, 170, 120
            if 70 < x < 76:
                r, g, b = 90, 70, 50
            if 55 < y < 70 and 62 < x < 84:
                r, g, b = 225, 205, 160
        elif kind == "glass":       # broken window pane with garden behind
            r, g, b = 90 + y // 2, 140 + y // 3, 80
            if x < 12 or x > 148 or y < 10 or y > 110:
                r, g, b = 240, 240, 240
            if abs((x - 80) - (y - 60) * 0.7) < 1.5 or abs((x - 80) + (y - 60) * 1.4) < 1.5:
                r, g, b = 250, 250, 250
        elif kind == "roof":        # carport roof with a fallen branch
            r, g, b = 120 + y // 2, 150 + y // 3, 200 - y // 2
            if y > 60:
                r, g, b = 110, 110, 105
            if abs((y - 70) - (x - 20) * 0.35) < 3 and x > 20:
                r, g, b = 85, 60, 40
        elif kind == "kitchen":     # soot above a stove
            r, g, b = 215, 210, 200
            if y < 70 and 40 < x < 120:
                k = max(0, 1 - y / 70)
                r, g, b = r - 150 * k, g - 150 * k, b - 150 * k
            if y > 85:
                r, g, b = 60, 60, 62
        elif kind == "car":         # side of a blue car with a long scratch
            r, g, b = 70 + y // 6, 95 + y // 6, 160
            if y > 95:
                r, g, b = 70, 70, 72
            if abs(y - 52 - math.sin(x / 9) * 3) < 1.2 and 25 < x < 140:
                r, g, b = 200, 205, 210
        else:                       # receipt on a table
            r, g, b = 120, 90, 70
            if 40 < x < 120 and 8 < y < 112:
                r, g, b = 245, 245, 240
                if y % 9 in (0, 1) and 48 < x < 112 - (y * 7) % 30:
                    r, g, b = 60, 60, 60
        return clamp(r + n), clamp(g + n), clamp(b + n)

    return w, h, f


def photo(kind, seed, shot, model="Nova 8", make="Pixelon"):
    w, h, f = scene(kind, seed)
    return jpeg(w, h, f, make=make, model=model, shot=shot)


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn

    return deco


# ===========================================================================
# MAILS
# ===========================================================================


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "bicycle theft from a cellar under the household policy of Cornelia Würfel: name, insured address, "
      "policy and claim number, her own account quoted; no health data")
def m():
    m = new(who("wroblewski"), "Cornelia Würfel <c.wuerfel@lausitz-mail.example>",
            "AW: Fahrrad geklaut aus Keller!! – Schaden-Nr. FE-26-004127", "2026-03-10 10:42",
            irt="<3f1a-77c2-cw@lausitz-mail.example>")
    body(m, T("""
        Sehr geehrte Frau Würfel,

        vielen Dank für Ihre Nachricht von gestern Abend. Es tut mir leid, dass Ihr Rad weg ist – wir haben
        den Schaden unter der Nummer FE-26-004127 zu Ihrer Hausratversicherung HR 610 448 213 angelegt.
        Die Fahrradklausel ist in Ihrem Vertrag eingeschlossen (Entschädigungsgrenze 1 % der
        Versicherungssumme, bei Ihnen also bis 650 Euro).

        Damit ich weitermachen kann, brauche ich noch:

        1. den Kaufbeleg oder eine andere Rechnung zum Rad (Foto genügt),
        2. die Rahmennummer – steht meist auf dem Kaufbeleg oder im Fahrradpass,
        3. die Vorgangsnummer der Polizei, sobald Sie sie haben,
        4. eine kurze Bestätigung, dass Sie den Diebstahl auch der Hausverwaltung gemeldet haben
           (wegen des aufgebrochenen Verschlags).

        Zu Ihrer Frage, ob es "nachts im Keller überhaupt versichert ist": Ja. Eine Nachtzeitklausel
        gibt es in Ihrem Tarif PrivatSchutz Plus nicht mehr, entscheidend ist nur, dass das Rad
        angeschlossen war – und das haben Sie ja geschrieben.

        Sie können die Unterlagen einfach als Antwort auf diese Mail schicken.

        """) + sig("wroblewski") + T("""


        -----Ursprüngliche Nachricht-----
        Von: Cornelia Würfel <c.wuerfel@lausitz-mail.example>
        Gesendet: Montag, 9. März 2026 21:47
        An: Schadenservice <schaden@brueckenwerk.example>
        Betreff: Fahrrad geklaut aus Keller!!

        Guten Abend,

        heute früh war mein Fahrrad aus dem Keller weg, Kellerverschlag Nr. 7 in der Jauernicker Str. 41.
        Das Vorhängeschloss vom Verschlag ist aufgebrochen, das Rad selbst war mit einem Faltschloss am
        Heizungsrohr angeschlossen, das Faltschloss liegt durchgeknipst daneben. Bei Nachbarn fehlt auch
        was. Die Polizei war da, Vorgangsnummer hab ich noch nicht.

        Ist das nachts im Keller überhaupt versichert?? Meine Versicherungsnummer ist HR 610 448 213.

        Es war ein blaues Trekkingrad von Kalkhoff, 2021 gekauft für 899 Euro beim Radhaus.

        Grüße
        Cornelia Würfel
        """))
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: customer newsletter on bicycle theft with regional theft statistics and generic tips; "
      "no identifiable person")
def m():
    m = new(f"Brückenwerk Customer News <news@{D}>", f"newsletter-en@lists.{D}",
            "Ride safe this spring: five things thieves hope you forget", "2026-03-05 07:30", mailer="sys",
            extra=[("List-Unsubscribe", f"<https://www.{D}/newsletter/unsubscribe?l=en>"),
                   ("Precedence", "bulk")])
    stats = [["Town", "Thefts reported 2025", "Change vs. 2024", "Average claim"],
             ["Dresden", "3,912", "+6 %", "EUR 1,140"],
             ["Görlitz", "418", "+11 %", "EUR 860"],
             ["Bautzen", "301", "-4 %", "EUR 910"],
             ["Zittau", "122", "+2 %", "EUR 780"]]
    text = T("""
        Brückenwerk Customer News – March 2026

        RIDE SAFE THIS SPRING

        The days are getting longer and bikes are coming out of the cellar – and so are bike thieves.
        Police figures for our region (theft reports, not only our customers):

        """) + text_table(stats) + T("""


        E-bikes made up 38 % of the bikes reported to us as stolen last year, up from 27 %.

        Five things thieves hope you forget:
        1. Lock the frame, not just the wheel, to something fixed.
        2. Two different locks slow them down more than one expensive lock.
        3. Note your frame number today – photograph the underside of the bottom bracket.
        4. Keep the receipt (a photo in your cloud is fine).
        5. Shared cellars and bike rooms: lock the bike inside, too.

        If it happens anyway: report it to the police first, then to us at www.brueckenwerk.example/claims.
        A claim usually needs the police reference, the receipt and the frame number.

        You receive this newsletter because you subscribed at www.brueckenwerk.example.
        Unsubscribe: https://www.brueckenwerk.example/newsletter/unsubscribe?l=en

        Brückenwerk Allgemeine Versicherung AG, Brückenstraße 9, 02826 Görlitz, Germany
        """)
    html = html_doc(
        '<h2 style="color:#1d4f7a">Ride safe this spring</h2>'
        "<p>The days are getting longer and bikes are coming out of the cellar – and so are bike thieves. "
        "Police figures for our region (theft reports, not only our customers):</p>"
        + html_table(stats) +
        "<p>E-bikes made up <b>38&nbsp;%</b> of the bikes reported to us as stolen last year, up from 27&nbsp;%.</p>"
        "<h3>Five things thieves hope you forget</h3><ol>"
        "<li>Lock the frame, not just the wheel, to something fixed.</li>"
        "<li>Two different locks slow them down more than one expensive lock.</li>"
        "<li>Note your frame number today – photograph the underside of the bottom bracket.</li>"
        "<li>Keep the receipt (a photo in your cloud is fine).</li>"
        "<li>Shared cellars and bike rooms: lock the bike inside, too.</li></ol>"
        "<p>If it happens anyway: report it to the police first, then to us at "
        '<a href="https://www.brueckenwerk.example/claims">brueckenwerk.example/claims</a>.</p>'
        '<p style="font-size:8pt;color:#777">You receive this newsletter because you subscribed. '
        '<a href="https://www.brueckenwerk.example/newsletter/unsubscribe?l=en">Unsubscribe</a><br>'
        "Brückenwerk Allgemeine Versicherung AG, Brückenstraße 9, 02826 Görlitz, Germany</p>")
    return body(m, text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance invalidity payment to Reinhard Pätzold for a wrist fracture (distal radius), "
      "degree of invalidity; details and IBAN in the PDF statement")
def m():
    m = new(who("kaltschmidt"), "Reinhard Pätzold <r.paetzold@kabelmail.example>",
            "Ihre Unfallversicherung UV 72 118 044 – Abrechnung Invaliditätsleistung", "2026-04-14 14:05")
    body(m, T("""
        Sehr geehrter Herr Pätzold,

        das Gutachten von Herrn Dr. Seliger liegt uns seit letzter Woche vor. Wir haben Ihren Unfall vom
        17. Januar (Sturz auf dem vereisten Gehweg vor Ihrem Haus) jetzt abschließend bearbeiten können.

        Der Gutachter bewertet die verbliebene Bewegungseinschränkung Ihres rechten Handgelenks nach der
        Radiusfraktur mit 1/5 Handwert. Nach der Gliedertaxe Ihres Vertrags (Hand 55 %) ergibt das einen
        Invaliditätsgrad von 11 %. Die genaue Berechnung finden Sie in der angehängten Abrechnung.

        Den Betrag von 8.800,00 Euro überweisen wir in den nächsten drei Bankarbeitstagen auf Ihr bekanntes
        Konto. Das Krankenhaustagegeld für die fünf Tage im Klinikum haben wir Ihnen bereits im Februar
        gezahlt.

        Falls sich der Zustand Ihrer Hand in den nächsten drei Jahren verschlechtert, können Sie – wie auch
        wir – eine Neubemessung verlangen. Ein Hinweis dazu steht auf Seite 2.

        Gute Besserung weiterhin!

        """) + sig("kaltschmidt"))
    attach(m, pdf([
        "# Abrechnung Invaliditätsleistung",
        "Brückenwerk Lebensversicherung AG · Leistung Unfallversicherung",
        "",
        "Versicherungsnehmer / versicherte Person: Reinhard Pätzold, geb. 03.08.1961",
        "Anschrift: Am Hirschwinkel 12, 02827 Görlitz",
        "Vertrag: UV 72 118 044 (Tarif UnfallAktiv, Grundsumme 80.000 EUR, Progression 225 %)",
        "Leistungsfall: U 26/00318 · Unfalltag 17.01.2026",
        "",
        "## Unfallfolgen laut Gutachten Dr. med. Thomas Seliger, Facharzt für Orthopädie, vom 02.04.2026",
        "Distale Radiusfraktur rechts (S52.51), operativ versorgt mit palmarer Plattenosteosynthese am 18.01.2026.",
        "Endgradige Einschränkung der Dorsalextension und Pronation, belastungsabhängige Schmerzen.",
        "Dauerhafte Beeinträchtigung: 1/5 Handwert.",
        "",
        "## Berechnung",
        "Gliedertaxe Hand: 55 %  ×  1/5  =  11 % Invaliditätsgrad",
        "11 % von 80.000 EUR Grundsumme  =  8.800,00 EUR",
        "Progression: greift erst ab 25 % Invaliditätsgrad – nicht anwendbar",
        "",
        "Auszahlungsbetrag: 8.800,00 EUR",
        "Empfänger: Reinhard Pätzold, IBAN DE41 4306 0967 6658 1353 70",
        "",
        "## Hinweis zur Neubemessung",
        "Sie und wir sind berechtigt, den Grad der Invalidität jährlich, längstens bis zu drei Jahren nach "
        "dem Unfall, erneut ärztlich bemessen zu lassen (Ziffer 9.4 der Bedingungen).",
    ], title="Abrechnung Invaliditätsleistung U 26/00318", author="Dörte Kaltschmidt",
        created="20260414133512+02'00'"), "application/pdf", "Abrechnung_U26-00318.pdf")
    return m


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about the mail-room scanner jamming on batches of doctors' reports and prescriptions; "
      "no patient or customer named")
def m():
    m = new(who("constantinescu"), f"IT Operations Wrocław <it-ops-wro@{D}>",
            "INC-2026-0311 Scan line 2 (Poststelle) jams on thin paper – vendor visit needed", "2026-03-11 08:17",
            cc=f"Poststelle <poststelle@{D}>")
    body(m, T("""
        Hi all,

        opening this for the vendor escalation, details below.

        Since the firmware update on 4 March, scan line 2 in the Görlitz mail room jams roughly every
        40 sheets. It happens almost only with the thin paper that GP practices and pharmacies use
        (doctors' reports, prescription copies, thermal-paper receipts). Normal letters run fine.

        What the mail room does at the moment: they pull those batches out and feed them one by one on
        line 1, which costs them about two hours a day. Backlog this morning: 6 boxes, mostly incoming
        health claims. No documents were damaged as far as we know – two sheets were creased and have been
        re-scanned, the originals went back into the box.

        Asked for:
        - vendor technician on site this week (contract KX-SRV-2291, 4h response, they quoted Friday)
        - rollback to firmware 7.2.14 if the fix isn't ready
        - a second separation roller set as spare

        Priority: P2 (business impact, workaround exists).

        Thanks
        Mirela

        """) + sig("constantinescu", "en", short=True))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "lost suitcase claim of Graham Whitfield under his annual travel policy: name, policy and claim number, "
      "airline file reference, his bank account (IBAN with a deliberate typo), his own words quoted; nothing "
      "about health")
def m():
    m = new(who("demirkaya"), "Graham Whitfield <graham.whitfield@brightinbox.example>",
            "Re: Suitcase lost on TAP flight to Lisbon – claim RV-26-01944", "2026-03-23 11:28",
            irt="<CAG7x2mWh+9Lk@mail.brightinbox.example>")
    body(m, T("""
        Dear Mr Whitfield,

        thank you for your message and sorry to hear that your holiday started without your suitcase. I have
        opened claim RV-26-01944 under your annual travel policy RJ 20 771 305 (baggage cover up to
        EUR 2,000 per trip).

        Two things work in your favour if we do them in the right order:

        1. The airline pays first. Under the Montreal Convention TAP is liable for delayed and lost
           baggage. Please send them your list of emergency purchases within 21 days of getting the bag
           back (or, if it never turns up, of the day they declare it lost) and quote your PIR reference
           LIS TP 48213.
        2. We pay what the airline does not: the difference to the value of the contents and, for a delay,
           reasonable replacement purchases (toiletries, underwear, a change of clothes) up to EUR 300.

        For our part I need:
        - copies of the receipts for what you bought in Lisbon (photos are fine),
        - a list of what was in the suitcase with approximate age and price,
        - the airline's final answer once you have it.

        You mentioned the suitcase itself was "a 10-year-old Samsonite held together by hope" – no need to
        prove its value, a short description is enough.

        One more thing: the IBAN in your message (DE12 1203 0000 4013 4645 44) fails our check-digit test,
        so two digits are probably swapped. Could you please copy it again from your banking app?

        """) + sig("demirkaya", "en") + "\n\n\n" + quote(T("""
        On Sun, 22 Mar 2026 at 19:05, Graham Whitfield <graham.whitfield@brightinbox.example> wrote:
        Hi,

        My suitcase never showed up on the belt in Lisbon (flight TP 537 from Frankfurt, 20 March). TAP gave
        me a PIR form, the reference is LIS TP 48213. Their tracing says it is "being located". I have bought
        a few shirts, a charger and toiletries, about 180 euros so far, and kept the receipts.

        Is that something my Brückenwerk travel insurance covers? Policy no. RJ 20 771 305. The suitcase is
        a 10-year-old Samsonite held together by hope, but the stuff inside was worth more.
        If you pay anything, my account is DE12 1203 0000 4013 4645 44 (DKB).

        Cheers,
        Graham
        """)))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer Anja Rothmann's cancellation notice forwarded internally: her mother's stroke and stay on the "
      "stroke unit; medical certificate attached as PDF")
def m():
    m = new(who("karaca"), f"Reiseversicherung Leistung <reise@{D}>",
            "WG: Stornierung Kreuzfahrt – Mutter im Krankenhaus (RB 55 093 118)", "2026-04-08 09:51",
            extra=[("Importance", "high")])
    body(m, T("""
        Hallo Reise-Team,

        Frau Rothmann hat gestern angerufen und heute früh geschrieben, bitte übernehmen. Ich habe ihr
        gesagt, dass sie die Reise sofort beim Veranstalter stornieren soll (hat sie gestern gemacht,
        Stornobestätigung kommt nach). Das Attest hängt an.

        Gruß
        Yusuf

        """) + sig("karaca", short=True) + T("""


        -----Ursprüngliche Nachricht-----
        Von: Anja Rothmann <anja.rothmann@posteingang.example>
        Gesendet: Mittwoch, 8. April 2026 07:12
        An: Service <service@brueckenwerk.example>
        Betreff: Stornierung Kreuzfahrt - Mutter im Krankenhaus

        Sehr geehrte Damen und Herren,

        wie gestern telefonisch besprochen: Meine Mutter (79) hatte am Sonntag einen Schlaganfall und
        liegt seitdem auf der Stroke Unit im Klinikum Neißeland. Sie kann die rechte Seite kaum bewegen
        und spricht noch sehr undeutlich. Ich bin ihre einzige Angehörige in der Nähe und kann sie jetzt
        unmöglich allein lassen.

        Wir (mein Mann und ich) müssen deshalb die Mittelmeer-Kreuzfahrt ab 14.04. (Buchung MSK-7781204,
        Reisepreis 4.386 Euro) stornieren. Der Veranstalter berechnet 50 % Stornokosten.

        Unsere Reiserücktrittsversicherung läuft über Sie, Nummer RB 55 093 118. Das Attest vom
        Stationsarzt hänge ich an.

        Mit freundlichen Grüßen
        Anja Rothmann
        Rauschwalder Str. 63, 02826 Görlitz
        """))
    attach(m, pdf([
        "# Klinikum Neißeland – Klinik für Neurologie",
        "Stroke Unit · Girbigsdorfer Straße 1-3 · 02828 Görlitz",
        "",
        "## Ärztliche Bescheinigung zur Vorlage bei der Reiserücktrittsversicherung",
        "",
        "Patientin: Hildegard Kaiser, geb. 19.02.1947",
        "in stationärer Behandlung seit: 05.04.2026",
        "",
        "Diagnose: Akuter ischämischer Hirninfarkt im Stromgebiet der A. cerebri media links (I63.4) "
        "mit brachiofazial betonter Hemiparese rechts und Dysarthrie.",
        "",
        "Die Erkrankung ist plötzlich und unerwartet aufgetreten. Eine Entlassung ist frühestens in "
        "zwei bis drei Wochen zu erwarten, anschließend ist eine neurologische Rehabilitation geplant. "
        "Die Anwesenheit der Tochter, Frau Anja Rothmann, ist in diesem Zeitraum aus ärztlicher Sicht "
        "dringend angeraten.",
        "",
        "Görlitz, 07.04.2026",
        "Dr. med. Fabian Wunderlich, Oberarzt",
    ], title="Bescheinigung", author="Klinikum Neißeland", producer="KIS Medico 8",
        created="20260407161040+02'00'"), "application/pdf", "Attest_Kaiser_Stroke_Unit.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for 40 company mobile phones with cases and screen protectors; only company data "
      "and the insurer's own cost centre")
def m():
    m = new(who("wendel"), "Vertrieb KT Lausitz <vertrieb@kt-lausitz.example>",
            "Bestellung 4500031877 – Diensthandys Außendienst/Schadenregulierung", "2026-02-17 13:20",
            cc="Mirela Constantinescu <mirela.constantinescu@brueckenwerk.example>")
    rows = [["Pos.", "Artikel", "Menge", "EP netto", "Gesamt netto"],
            ["10", "Smartphone Pixelon Nova 8, 256 GB, schwarz", "40", "412,00", "16.480,00"],
            ["20", "Schutzhülle Outdoor (passend Nova 8)", "40", "14,90", "596,00"],
            ["30", "Panzerglas-Displayschutz, 2er-Pack", "40", "9,50", "380,00"],
            ["40", "Einrichtung MDM-Enrollment je Gerät", "40", "6,00", "240,00"]]
    body(m, T("""
        Sehr geehrte Damen und Herren,

        auf Grundlage Ihres Angebots AN-26-0142 vom 9. Februar bestellen wir die folgenden Positionen
        (Details in der angehängten Bestellung):

        """) + text_table(rows) + T("""

        Summe netto 17.696,00 EUR zzgl. USt.

        Lieferung bitte bis spätestens 13. März an unsere Poststelle, Brückenstraße 9, 02826 Görlitz,
        z. Hd. IT-Service-Desk (Frau Constantinescu). Die Geräte werden vor der Ausgabe über unser MDM
        eingerichtet, die Seriennummern/IMEIs bitte als CSV vorab an it-servicedesk@brueckenwerk.example.

        Rechnung unter Angabe der Bestellnummer an rechnungseingang@brueckenwerk.example,
        Kostenstelle 4120 (Schadenregulierung Außendienst). Zahlungsziel 30 Tage netto.

        """) + sig("wendel"))
    attach(m, pdf([
        "# Bestellung 4500031877",
        "Brückenwerk Allgemeine Versicherung AG · Einkauf · Brückenstraße 9 · 02826 Görlitz",
        "Lieferant: KT Kommunikationstechnik Lausitz GmbH, Lieferantennr. 70044",
        "Bestelldatum: 17.02.2026 · Angebot AN-26-0142 · Kostenstelle 4120",
        "",
    ] + [" | ".join(r) for r in rows] + [
        "",
        "Summe netto: 17.696,00 EUR · USt 19 %: 3.362,24 EUR · Summe brutto: 21.058,24 EUR",
        "Liefertermin: spätestens 13.03.2026 · Zahlungsziel: 30 Tage netto",
        "Es gelten unsere Allgemeinen Einkaufsbedingungen (Stand 01/2025).",
    ], title="Bestellung 4500031877", author="Tobias Wendel", producer="SAP NetWeaver",
        created="20260217131502+01'00'"), "application/pdf", "Bestellung_4500031877.pdf")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cracked phone display of Kevin Schuster under his electronics policy: name, policy and claim number, "
      "IMEI, repair costs and his account of the drop; no health data")
def m():
    m = new(who("wroblewski"), "Kevin Schuster <kevin.schuster96@tmail.example>",
            "Ihr Handyschaden FE-26-003388 – Reparatur freigegeben", "2026-03-03 15:47")
    rows = [["Position", "Betrag"],
            ["Displayeinheit Pixelon Nova 7 (Original)", "219,00 €"],
            ["Arbeitslohn", "49,00 €"],
            ["Versand (Abholung und Rücksendung)", "21,00 €"],
            ["Reparaturkosten gesamt", "289,00 €"],
            ["abzüglich Selbstbeteiligung laut Vertrag", "– 50,00 €"],
            ["von uns an Fixwerk gezahlt", "239,00 €"]]
    text = T("""
        Hallo Herr Schuster,

        gute Nachrichten: Die Reparatur Ihres Smartphones ist freigegeben.

        Sie hatten uns geschrieben: "Ist mir beim Aussteigen aus der Straßenbahn aus der Jackentasche
        gerutscht, direkt aufs Pflaster, Display ist komplett gesplittert, Touch geht unten nicht mehr."
        Das ist ein klassischer Sturzschaden und über Ihre Elektronikversicherung EL 309 772 015
        versichert.

        Kostenaufstellung unseres Reparaturpartners Fixwerk:

        """) + text_table(rows) + T("""

        Die Selbstbeteiligung von 50 Euro zahlen Sie bei Rückgabe direkt an Fixwerk, den Rest rechnen wir
        mit Fixwerk ab. Das Versandlabel bekommen Sie von Fixwerk per Mail. Bitte vorher Datensicherung
        machen, die Displaysperre deaktivieren und die SIM-Karte herausnehmen.

        Gerät: Pixelon Nova 7, IMEI 35 884110 427731 6

        Viele Grüße
        Mateusz Wróblewski
        Schadenservice Fahrrad & Elektronik
        Brückenwerk Allgemeine Versicherung AG
        Telefon +49 3581 7740-327
        """)
    html = html_doc(
        "<p>Hallo Herr Schuster,</p><p>gute Nachrichten: Die Reparatur Ihres Smartphones ist freigegeben.</p>"
        "<p>Sie hatten uns geschrieben: <i>„Ist mir beim Aussteigen aus der Straßenbahn aus der Jackentasche "
        "gerutscht, direkt aufs Pflaster, Display ist komplett gesplittert, Touch geht unten nicht mehr.“</i> "
        "Das ist ein klassischer Sturzschaden und über Ihre Elektronikversicherung <b>EL&nbsp;309&nbsp;772&nbsp;015</b> "
        "versichert.</p><p>Kostenaufstellung unseres Reparaturpartners Fixwerk:</p>"
        + html_table(rows) +
        "<p>Die Selbstbeteiligung von 50 Euro zahlen Sie bei Rückgabe direkt an Fixwerk, den Rest rechnen wir "
        "mit Fixwerk ab. Das Versandlabel bekommen Sie von Fixwerk per Mail. Bitte vorher Datensicherung machen, "
        "die Displaysperre deaktivieren und die SIM-Karte herausnehmen.</p>"
        "<p>Gerät: Pixelon Nova 7, IMEI 35&nbsp;884110&nbsp;427731&nbsp;6</p>"
        "<p>Viele Grüße<br>Mateusz Wróblewski<br>Schadenservice Fahrrad &amp; Elektronik<br>"
        "Brückenwerk Allgemeine Versicherung AG<br>Telefon +49 3581 7740-327</p>")
    return body(m, text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a GP in Cork for a medical report on Declan Moriarty's incapacity for work under his daily "
      "sickness allowance; signed consent form attached")
def m():
    m = new(who("huebschmann"), "Dr Aoife Brennan <reception@ballintemple-medical.example>",
            "Medical report request – Mr Declan Moriarty, DOB 11/09/1988 – daily sickness allowance",
            "2026-03-18 10:02")
    body(m, T("""
        Dear Dr Brennan,

        Brückenwerk Krankenversicherung AG is the private health insurer of your patient Mr Declan
        Moriarty (date of birth 11 September 1988, address in Ireland: 14 Maryborough Hill, Douglas, Cork).
        His policy KV 81 220 457 includes a daily sickness allowance (EUR 120 per day from the 43rd day of
        incapacity for work).

        Mr Moriarty has told us that he has been unable to work since 2 February 2026 and that you have
        been treating him for a lumbar disc prolapse with sciatica. To assess the claim we would be grateful
        for a short report covering:

        - diagnosis and the date of first consultation for this condition,
        - treatment so far and planned (physiotherapy, injections, surgical referral?),
        - whether he is fully unable to carry out his work as a software developer, and
        - your estimate of when he will be able to return to work.

        His signed consent to release this information to us is attached. We will of course pay your fee;
        please send the invoice with the report. A reply by e-mail is fine – if you prefer, we can also
        set up an encrypted upload link.

        Thank you for your help.

        """) + sig("huebschmann", "en"))
    attach(m, pdf([
        "# Consent to release medical information / Schweigepflichtentbindung",
        "",
        "I, Declan Moriarty, born 11.09.1988, policy KV 81 220 457, release my treating doctor",
        "Dr Aoife Brennan, Ballintemple Medical Centre, Cork, from medical confidentiality towards",
        "Brückenwerk Krankenversicherung AG, Görlitz, for the purpose of assessing my claim for daily",
        "sickness allowance from 02.02.2026 (back pain / disc prolapse L5/S1).",
        "",
        "Ich entbinde die oben genannte Ärztin von der Schweigepflicht gegenüber der Brückenwerk",
        "Krankenversicherung AG zur Prüfung meines Anspruchs auf Krankentagegeld.",
        "",
        "Cork, 12.03.2026          signed: D. Moriarty",
    ], title="Consent Moriarty", author="Brückenwerk Krankenversicherung AG",
        created="20260312184411+01'00'", producer="ScanApp 3.1 (OCR)"), "application/pdf",
        "consent_Moriarty_signed.pdf")
    return m


@mail("NORMAL", "en", "internal",
      "trap: minutes of the quarterly claims steering committee with aggregated claim counts and averages for "
      "household, bicycles, phones and accident; no person or single claim identifiable")
def m():
    m = new(who("ashdown"), f"Claims Steering Committee <claims-steering@{D}>", "Minutes – Claims Steering Q1/2026",
            "2026-04-09 17:40", mailer="outlook")
    text = T("""
        Dear all,

        minutes of Tuesday's session below; slides are on the SharePoint as usual. Language English as
        agreed, because Wrocław and Liberec joined.

        Present: K. Rehfeld, J. Tietze, D. Kaltschmidt, A. Demirkaya, F. Quaas, N. Ohlendorf, C. Ashdown;
        Wrocław: M. Zielińska; Liberec: P. Hruška. Apologies: H. Vogelsang.

        1. Private claims Q1 (all figures gross, reported in Q1)
           - Household contents: 1,284 claims, average EUR 1,930 (Q1/2025: 1,177 / EUR 1,760).
             Burglary flat, water damage up, driven by the February frost.
           - Bicycles (incl. e-bikes): 611 claims, +18 % y/y; average EUR 1,420. Share of e-bikes 41 %.
           - Phones and electronics: 958 claims, average EUR 236, 71 % screen damage.
           - Personal liability: 702 claims; keys and rented-flat damage remain the top two causes.
           - Accident: 163 new benefit cases, 9 of them with invalidity above 50 % (all with reinsurance
             notification where required).
        2. Cycle times: median first response 1.6 working days (target 2). Bicycles slipped to 2.4 days
           because of the frame-number chasing – see action 3.
        3. Actions
           a) Claims form for bicycles: frame number becomes a mandatory field (owner: M. Wróblewski, May).
           b) Fixwerk SLA review: repair turnaround 6.1 days vs. 5 agreed (owner: T. Wendel).
           c) Actuarial to check whether the frost spike needs a large-loss load in the Q2 forecast
              (owner: N. Ohlendorf).
        4. AOB: Liberec asked for the German claims letters to be available in Czech. Parked until the
           translation budget is decided.

        Next meeting: 7 July 2026, 10:00, room Neiße / Teams.

        Claire
        """) + "\n" + sig("ashdown", "en", short=True)
    return body(m, text)


@mail("CONFIDENTIAL", "de", "broker",
      "broker's report, forwarded internally, of a personal liability claim: customer Melanie Förster's son "
      "scratched a neighbour's car; names, policy number, number plate, photo; no injury")
def m():
    m = new(who("rudolph"), f"Schadenservice Privatkunden <schaden@{D}>",
            "WG: Schadenmeldung PHV Förster – Kratzer am Nachbarauto durch Roller", "2026-04-21 16:12",
            cc=who("sobottka"))
    body(m, T("""
        Hallo zusammen,

        von Herrn Hainke, bitte anlegen und direkt mit ihm kommunizieren (Kundin möchte das so).
        Kurzer Hinweis aus meiner Sicht: geparktes Auto, Kind ist 8 – § 828 Abs. 2 BGB greift also nicht,
        Haftung dürfte bestehen. Foto hängt an.

        Danke und Gruß
        Sven

        """) + sig("rudolph", short=True) + T("""

        ________________________________
        Von: Ronny Hainke <info@hainke-versicherungen.example>
        Gesendet: Dienstag, 21. April 2026 15:40
        An: Sven Rudolph
        Betreff: Schadenmeldung PHV Förster

        Hallo Sven,

        meine Kundin Melanie Förster (PHV PH 610 512 907, Familientarif) hat mir heute folgenden Schaden
        gemeldet, ich zitiere aus ihrer WhatsApp:

        "Luca ist am Samstag mit dem Tretroller auf dem Hof gefahren und hat beim Wenden mit dem Lenker
        an Herrn Bräuers Auto entlanggeschrammt. Ein langer Kratzer an der Fahrertür bis hinten. Herr
        Bräuer war sehr nett, will es aber natürlich ersetzt haben."

        Geschädigter: Gerd Bräuer, Zittauer Straße 112, 02827 Görlitz
        Fahrzeug: VW Polo, Kennzeichen GR-GB 418, Kostenvoranschlag Autohaus Lobeda 740,80 Euro brutto
        Schadentag: 18.04.2026, Ort: Innenhof Zittauer Straße 110/112

        Verletzt wurde niemand. Kostenvoranschlag reiche ich nach, das Foto hat die Kundin geschickt.

        Beste Grüße
        Ronny Hainke
        Versicherungsmakler · Hainke Versicherungen e.K.
        Berliner Straße 27 · 02826 Görlitz
        """))
    attach(m, photo("car", 11, "2026:04:18 17:03:41", model="Galaxy S22", make="samsung"), "image/jpeg",
           "IMG-20260418-WA0007.jpg")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses cover for an unfair-dismissal suit: dismissal of Marcel Hentschel for long illness "
      "(94 days off work, slipped disc), his salary; health data about the insured")
def m():
    m = new(who("eberlein"), "RAin Dr. Friederike Leupold <f.leupold@leupold-partner.example>",
            "Deckungszusage RS 26-00871-J – Hentschel ./. Oberlausitzer Kunststofftechnik GmbH", "2026-03-26 11:15")
    body(m, T("""
        Sehr geehrte Frau Dr. Leupold,

        in der Angelegenheit unseres Versicherungsnehmers

            Herrn Marcel Hentschel, Lutherstraße 8, 02826 Görlitz
            Rechtsschutzvertrag RS 44 180 912 (Privat-, Berufs- und Verkehrsrechtsschutz)

        erteilen wir Deckungszusage für die erstinstanzliche Kündigungsschutzklage vor dem Arbeitsgericht
        Bautzen gegen die Kündigung vom 10.03.2026 (zugegangen am 11.03.2026). Selbstbeteiligung 150 Euro.

        Wir haben Ihre Sachverhaltsschilderung so verstanden, dass die Arbeitgeberin die Kündigung auf die
        Fehlzeiten Ihres Mandanten stützt: 94 Arbeitsunfähigkeitstage in 2025 wegen eines
        Bandscheibenvorfalls (L4/L5) mit anschließender Reha, dazu die Behauptung einer negativen
        Gesundheitsprognose. Ein betriebliches Eingliederungsmanagement soll nicht angeboten worden sein.

        Zum Gegenstandswert: Wir legen entsprechend Ihrer Angabe drei Bruttomonatsgehälter à 3.450 Euro
        zugrunde, also 10.350 Euro. Eine Zusage für den Weiterbeschäftigungsantrag und eine etwaige zweite
        Instanz erteilen wir gesondert auf Anfrage.

        Bitte senden Sie uns Kostenvorschussanforderungen und den Ausgang des Gütetermins an
        rechtsschutz@brueckenwerk.example unter Angabe unserer Schadennummer.

        """) + sig("eberlein"))
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: portal notification 'new message in your mailbox' without name or content")
def m():
    m = new(f"Brückenwerk Kundenportal <noreply@portal.{D}>", "lothar.weinhold@freemail-de.example",
            "Neue Nachricht in Ihrem Brückenwerk-Postfach", "2026-03-02 06:14", mailer="sys",
            extra=[("Auto-Submitted", "auto-generated")])
    text = T("""
        Guten Tag,

        in Ihrem persönlichen Postfach im Brückenwerk-Kundenportal liegt eine neue Nachricht für Sie.

        Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail. Bitte melden Sie sich an unter
        https://portal.brueckenwerk.example/postfach

        Sie möchten keine Benachrichtigungen mehr erhalten? Das können Sie im Portal unter
        "Einstellungen > Benachrichtigungen" ändern.

        Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.

        Ihre Brückenwerk Versicherungsgruppe
        """)
    html = html_doc(
        '<table width="560" style="border:1px solid #d0d7de"><tr><td style="background:#1d4f7a;color:#fff;'
        'padding:10px"><b>Brückenwerk Kundenportal</b></td></tr><tr><td style="padding:14px">'
        "<p>Guten Tag,</p><p>in Ihrem persönlichen Postfach liegt eine neue Nachricht für Sie.</p>"
        "<p>Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail.</p>"
        '<p><a href="https://portal.brueckenwerk.example/postfach" style="background:#1d4f7a;color:#fff;'
        'padding:6px 14px;text-decoration:none">Zum Postfach</a></p>'
        '<p style="font-size:8pt;color:#666">Dies ist eine automatisch erzeugte E-Mail. '
        "Bitte antworten Sie nicht darauf.</p></td></tr></table>")
    return body(m, text, html=html)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor insurance eVB confirmation number for Zeynep Arslan's imported car: name, address, VIN and "
      "policy number")
def m():
    m = new(who("quaas"), "Zeynep Arslan <zeynep.arslan@inboxly.example>",
            "Your eVB number for registering the Mazda CX-30", "2026-02-24 09:36",
            irt="<a81c55e0-2f7d@inboxly.example>")
    body(m, T("""
        Dear Ms Arslan,

        thank you for choosing us for your car. Here is what you need for the registration office
        (Zulassungsstelle Görlitz):

            eVB number (electronic insurance confirmation): 7KQ3MZP
            valid until: 25 April 2026

        Vehicle: Mazda CX-30, first registered in the Netherlands on 14 June 2022
        VIN: JMZDM6W2200417265
        Keeper and policyholder: Zeynep Arslan, Hugo-Keller-Straße 19, 02826 Görlitz
        Policy (from registration): KF 30 556 120, third-party liability + comprehensive (Vollkasko),
        no-claims class SF 6 as confirmed by your Dutch insurer's claims history letter

        The registration office passes the new number plate to us automatically. The first premium will
        be collected from the account you gave us once the car is registered – you'll get the policy
        schedule by post.

        One practical tip: bring the Dutch registration certificate (both parts), the certificate of
        conformity and your residence registration; the office in Görlitz does not accept the Dutch
        papers as a photocopy.

        """) + sig("quaas", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer Torsten Gehre's account of an e-bike crash with a broken collarbone operated on in hospital, "
      "forwarded to the accident team; photos of the bike attached")
def m():
    m = new(who("wroblewski"), who("kaltschmidt"),
            "WG: E-Bike Unfall Straßenbahnschiene – FR 220 118 476 / hat auch UV bei uns", "2026-04-02 12:22")
    body(m, T("""
        Hallo Dörte,

        Herr Gehre hat bei euch auch eine Unfallversicherung (UV 72 340 981, laut Bestand aktiv). Er fragt
        unten ausdrücklich danach – kannst du dich wegen Krankenhaustagegeld usw. direkt bei ihm melden?
        Den Radschaden (Vollkasko E-Bike) bearbeite ich unter FE-26-005031.

        Danke!
        Mateusz

        """) + T("""
        ---------- Weitergeleitete Nachricht ----------
        Von: Torsten Gehre <t.gehre@web-postfach.example>
        Datum: Mi., 1. Apr. 2026 um 20:58
        Betreff: Unfall mit E-Bike
        An: <schaden@brueckenwerk.example>

        Hallo,

        ich möchte einen Schaden an meinem E-Bike melden (Versicherung FR 220 118 476).

        Am Samstag, 28.03., bin ich auf der Berliner Straße mit dem Vorderrad in die Straßenbahnschiene
        gekommen und über den Lenker gegangen. Ich hab mir dabei das linke Schlüsselbein gebrochen, wurde
        im Klinikum Neißeland mit einer Platte operiert und bin seit Montag wieder zuhause. Arm ist noch in
        der Schlinge, deswegen schreibe ich etwas langsam.

        Am Rad sind Lenker und Bremshebel verbogen, das Display ist gebrochen und die Vorderradfelge hat
        einen Achter. Ein Bekannter hat es nach Hause geschoben, Fotos hänge ich an. Das Radhaus Neiße
        sagt, sie können es sich nächste Woche ansehen.

        Zahlt meine Unfallversicherung bei Ihnen eigentlich auch was für die Tage im Krankenhaus?

        Viele Grüße
        Torsten Gehre
        """))
    attach(m, photo("bike", 21, "2026:03:29 10:14:02"), "image/jpeg", "20260329_101402.jpg")
    attach(m, photo("bike", 22, "2026:03:29 10:14:37"), "image/jpeg", "20260329_101437.jpg")
    return m


@mail("NORMAL", "de", "internal",
      "trap: invitation to an internal writing workshop on quoting customers in claim letters; examples are "
      "invented and anonymous")
def m():
    m = new(who("rehfeld"), f"Team Schaden Privatkunden <team-schaden-pk@{D}>",
            "Einladung: Schreibwerkstatt „Kunden zitieren – aber richtig“ am 28. April", "2026-04-13 08:55")
    body(m, T("""
        Liebe Kolleginnen und Kollegen,

        in den Kundenbefragungen kommt immer wieder: "Man merkt, dass meine Mail gelesen wurde" ist
        einer der stärksten Zufriedenheitstreiber. Viele von euch zitieren deshalb schon in der Antwort,
        was die Kundin oder der Kunde geschrieben hat. Das wollen wir gemeinsam besser machen.

        Schreibwerkstatt „Kunden zitieren – aber richtig“
        Dienstag, 28. April, 13:30–15:30 Uhr, Raum Neiße (2. OG) – Einladung im Anhang

        Inhalte:
        - Wann ein Zitat hilft ("Sie schrieben, das Rad sei angeschlossen gewesen …") und wann es
          belehrend wirkt
        - Nur zitieren, was zum Vorgang gehört – keine Nebensätze über Gesundheit, Familie oder
          Finanzen, die für die Entscheidung keine Rolle spielen
        - Ablehnungen: Zitat + Bedingungstext + Begründung in einfacher Sprache
        - Übung mit erfundenen Beispielen, etwa: Eine Kundin schreibt "Ich hab das Handy nur kurz auf
          die Mauer gelegt" – wie antworten wir, ohne Vorwurf?

        Bitte bringt gern eigene Beispiele mit, aber nur anonymisiert (keine Namen, Schaden- oder
        Vertragsnummern auf den Folien).

        Viele Grüße
        Konstantin

        """) + sig("rehfeld", short=True))
    attach_text(m, ics("sw-2026-04-28@brueckenwerk.example", "20260428T133000", "20260428T153000",
                       "Schreibwerkstatt: Kunden zitieren – aber richtig", "Raum Neiße, 2. OG, Brückenstraße 9",
                       ("Konstantin Rehfeld", mbox("rehfeld")),
                       [("Team Schaden Privatkunden", f"team-schaden-pk@{D}")],
                       "Bitte eigene Beispiele nur anonymisiert mitbringen.", stamp="20260413T065500Z"),
                "calendar", "einladung.ics", params={"method": "REQUEST"})
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "burst-pipe claim of homeowner Mikkel Sørensen under his buildings policy: name, insured address, policy "
      "and claim number, assessor appointment (ICS); no health data")
def m():
    m = new(who("tietze"), "Mikkel Sørensen <mikkel@soerensen-familie.example>",
            "Burst pipe at Am Kuhteich 4 – claim WG-26-00712, assessor visit on Thursday", "2026-02-11 14:51",
            irt="<5C1E7A2B.4F0@soerensen-familie.example>")
    body(m, T("""
        Dear Mr Sørensen,

        thanks for the photos – that ceiling does not look good. I have registered the damage under your
        buildings policy WG 402 118 337 as claim WG-26-00712 (risk address: Am Kuhteich 4,
        02829 Görlitz-Ludwigsdorf).

        Because the water came out of the pipe inside the bathroom floor, we want an assessor to look at
        it before anything is opened up further. Mr Kröber from Tamm & Kröber (our partner firm in Bautzen)
        will come on Thursday, 12 February, between 9 and 11 am; the calendar invitation is attached.
        Please keep the damaged parts of the pipe if the plumber has already replaced them.

        Until then:
        - keep the water to the upstairs bathroom turned off,
        - the emergency plumber's invoice is covered – just send it to me when you have it,
        - a drying company may be needed; please don't commission one yourself, Mr Kröber will arrange it
          if required, so the costs go directly to us.

        Your contents (furniture, the rug you mentioned) are not part of the buildings policy. If you have
        household contents insurance elsewhere, please notify them as well.

        """) + sig("tietze", "en"))
    attach_text(m, ics("wg-26-00712-visit@tamm-kroeber.example", "20260212T090000", "20260212T110000",
                       "Assessor visit WG-26-00712 (water damage)", "Am Kuhteich 4, 02829 Görlitz",
                       ("Janina Tietze", mbox("tietze")),
                       [("Mikkel Sørensen", "mikkel@soerensen-familie.example"),
                        ("Lars Kröber", "l.kroeber@tamm-kroeber.example")],
                       "Assessor: Lars Kröber, Tamm & Kröber Sachverständige, phone +49 3591 48830",
                       stamp="20260211T135000Z"),
                "calendar", "assessor-visit.ics", params={"method": "REQUEST"})
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: event notification to the reinsurer for storm 'Oda' with aggregated claim counts and reserves per "
      "line and two-digit postcode zone; no policyholder named")
def m():
    m = new(who("ashdown"), "Ingrid Thorsrud <ingrid.thorsrud@skagerrak-re.example>",
            "Event notification – windstorm Oda (26–27 Feb 2026), first estimate", "2026-03-06 12:10",
            cc=f"Nils Ohlendorf <{mbox('ohlendorf')}>")
    body(m, T("""
        Dear Ingrid,

        as discussed on the phone, here is our first estimate for windstorm Oda under the property cat XL
        (treaty 2026-CAT-01, event definition 72 hours).

        Claims reported up to 5 March: 2,318. Our current best estimate is EUR 11.4m gross, which would
        put the event at about 57 % of the retention (EUR 20m). We therefore do not expect a recovery, but
        we are notifying it as the development in buildings is still open – roofs in the Zittau mountains
        could not be inspected before the snow melted.

        Breakdown by line and postcode zone is in the attached workbook. As always, there is no
        policy-level data in it; the claims listing can be made available for the audit in June.

        Best regards
        Claire

        """) + sig("ashdown", "en"))
    attach(m, xlsx([
        ("Summary", [["Line", "Claims reported", "Paid EUR", "Reserve EUR", "Incurred EUR"],
                     ["Buildings (private)", 1412, 1630000, 5710000, 7340000],
                     ["Household contents", 388, 120000, 410000, 530000],
                     ["Commercial property", 204, 480000, 2150000, 2630000],
                     ["Motor own damage (storm)", 301, 370000, 420000, 790000],
                     ["Agricultural", 13, 20000, 90000, 110000],
                     ["Total", 2318, 2620000, 8780000, 11400000]]),
        ("By postcode zone", [["PLZ zone", "Claims", "Incurred EUR"],
                              ["01", 611, 2840000], ["02", 1203, 6710000], ["03", 214, 880000],
                              ["04", 97, 410000], ["other", 193, 560000]]),
    ], title="Oda first estimate", creator="Claire Ashdown", created="2026-03-06T11:02:00Z"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Oda_event_estimate_2026-03-05.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim of Rebecca Lindqvist: appendectomy in a hospital in Heraklion, medication and "
      "reimbursement table; health data")
def m():
    m = new(who("demirkaya"), "Rebecca Lindqvist <rebecca.lindqvist@univ-mail.example>",
            "Your travel health claim RV-26-01377 (Heraklion) – settlement", "2026-03-16 13:34")
    rows = [["Item", "Amount", "Paid by us"],
            ["Venizeleio General Hospital, 4 nights incl. laparoscopic appendectomy", "EUR 4,870.00",
             "paid directly to the hospital"],
            ["Emergency doctor, hotel visit 27 Feb", "EUR 120.00", "EUR 120.00"],
            ["Pharmacy: amoxicillin/clavulanic acid, paracetamol", "EUR 38.60", "EUR 38.60"],
            ["Taxi hotel - hospital - hotel", "EUR 46.00", "EUR 46.00"],
            ["Rebooking fee for the return flight", "EUR 95.00", "EUR 95.00"],
            ["Total to you", "", "EUR 299.60"]]
    text = T("""
        Dear Ms Lindqvist,

        I hope you are fully recovered by now. Your claim for the treatment on Crete is settled – our
        assistance partner had already paid the hospital in Heraklion directly, and we now reimburse the
        costs you paid yourself:

        """) + text_table(rows) + T("""

        The EUR 299.60 will reach your account (ending 1890) within the next few days. The discharge letter
        confirmed that the appendicitis came on suddenly and that no follow-up treatment abroad was
        needed, so there is nothing more you need to send us.

        If your stitches need to be removed or checked here in Germany, that is a matter for your regular
        health insurance, not for the travel policy.

        """) + sig("demirkaya", "en")
    html = html_doc(
        "<p>Dear Ms Lindqvist,</p><p>I hope you are fully recovered by now. Your claim for the treatment on "
        "Crete is settled – our assistance partner had already paid the hospital in Heraklion directly, and we "
        "now reimburse the costs you paid yourself:</p>" + html_table(rows) +
        "<p>The <b>EUR 299.60</b> will reach your account (ending 1890) within the next few days. The discharge "
        "letter confirmed that the appendicitis came on suddenly and that no follow-up treatment abroad was "
        "needed, so there is nothing more you need to send us.</p><p>If your stitches need to be removed or "
        "checked here in Germany, that is a matter for your regular health insurance, not for the travel "
        "policy.</p>" + p2h(sig("demirkaya", "en")))
    return body(m, text, html=html)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: a prospect's general question about phone insurance answered with product information; no "
      "contract, claim or personal data")
def m():
    m = new(who("karaca"), "Jannik Lenz <jannik.lenz@fastpost.example>",
            "AW: Frage Handyversicherung für älteres Gerät", "2026-02-19 16:02",
            irt="<20260219101155.9912@fastpost.example>")
    body(m, T("""
        Hallo Herr Lenz,

        danke für Ihre Anfrage. Kurz zu Ihren Fragen:

        > Lohnt sich eine Handyversicherung für ein Gerät, das schon 2 Jahre alt ist?

        Versichern können Sie bei uns Geräte bis zu einem Alter von 36 Monaten ab Kaufdatum. Ob es sich
        lohnt, hängt vom Zeitwert ab: Wir ersetzen Reparaturkosten bis zum Zeitwert, bei einem
        Totalschaden den Zeitwert selbst. Bei einem Gerät mit 400 Euro Neupreis nach zwei Jahren ist das
        meist ein Betrag um 180 bis 220 Euro.

        > Was kostet das ungefähr?

        Tarif ElektronikSchutz Basis: 5,90 Euro im Monat bis 500 Euro Kaufpreis, Selbstbeteiligung
        50 Euro je Schaden. Diebstahl ist in Basis nur bei Einbruch und Raub versichert, Taschendiebstahl
        erst im Tarif Plus (8,40 Euro monatlich).

        Alle Bedingungen und den Online-Abschluss finden Sie unter
        https://www.brueckenwerk.example/elektronik – Sie brauchen dafür nur den Kaufbeleg.

        Viele Grüße

        """) + sig("karaca"))
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-partner",
      "English recovery request to a Czech motor insurer quoting the German police report: names of both "
      "drivers, number plates, claim and policy numbers; nobody was injured")
def m():
    m = new(who("quaas"), "Claims Department <claims@krkonose-poj.example>",
            "Recovery request – your insured Jan Novotný, 4L7 3120 / our claim KS-26-010447", "2026-03-31 10:08")
    body(m, T("""
        Dear colleagues,

        we are the motor own-damage (Vollkasko) insurer of Ms Sigrid Paschke, Görlitz. On 7 March 2026 her
        parked Škoda Octavia (GR-SP 271) was hit by the vehicle of your policyholder Mr Jan Novotný,
        registration 4L7 3120 (CZ), green card no. CZ/118/0044172. We have paid the repair under her
        Vollkasko policy KF 30 771 802 and now claim recovery from you under § 86 VVG.

        The police report of the Görlitz police station states (original German, our translation below):

          "Der Fahrzeugführer des Pkw CZ-4L7 3120 (Herr Jan Novotný, geb. 1979) beabsichtigte, rückwärts
          aus einer Parklücke auf dem Parkplatz Struvestraße auszuparken, und stieß dabei gegen den
          ordnungsgemäß abgestellten Pkw GR-SP 271. Personen wurden nicht verletzt. Der Unfallverursacher
          räumte den Sachverhalt vor Ort ein. Verwarnungsgeld 35 Euro wurde erhoben."

          ("The driver of car CZ-4L7 3120 intended to reverse out of a parking space at the Struvestraße
          car park and struck the properly parked car GR-SP 271. Nobody was injured. The driver admitted
          the facts at the scene. An on-the-spot fine of EUR 35 was imposed.")

        Our outlay:
          repair (invoice Autohaus Lobeda no. 26-1187)   EUR 3,214.60
          assessor's fee                                 EUR   412.30
          total                                          EUR 3,626.90

        Ms Paschke's own excess of EUR 300 and her loss of use she will claim from you directly.

        Please confirm liability and pay to our account DE56 8505 0300 4462 2904 84 (Brückenwerk
        Allgemeine Versicherung AG), reference KS-26-010447. Copies of the invoice, the assessor's report
        and the police report are available on request.

        """) + sig("quaas", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's internal opinion on Matthias Kunze's occupational disability claim: recurrent "
      "depression (F33.1), treatment and prognosis")
def m():
    m = new(who("brenneisen"), who("lasota"),
            "Stellungnahme BU-Leistungsantrag Kunze, BU 63 201 887 – vertraulich", "2026-02-26 15:40",
            extra=[("Sensitivity", "Private")])
    body(m, T("""
        Hallo Herr Lasota,

        zu Ihrer Anfrage vom 19.02. im Leistungsfall Matthias Kunze (Gymnasiallehrer, Deutsch/Geschichte,
        BU 63 201 887):

        Unterlagen: Befundbericht Dr. Hoyer (Psychiatrie, Görlitz) vom 02.02.2026, Entlassungsbericht der
        Tagesklinik Oberlausitz (Aufenthalt 08.09.–14.11.2025), AU-Verlauf seit 03/2025, Fragebogen des
        Versicherten.

        Diagnose: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1), dritte
        Episode seit 2019. Zusätzlich Schlafstörung, keine Suchtproblematik dokumentiert.
        Therapie: Sertralin 150 mg, wöchentliche ambulante Psychotherapie (VT), zuvor teilstationär.

        Bewertung: Die beschriebene Einschränkung von Konzentration, Belastbarkeit und
        Stresstoleranz ist mit dem Befund vereinbar und für die Unterrichtstätigkeit (Klassenführung,
        Korrekturen, Elternkontakte) relevant. Eine BU von mindestens 50 % für die Dauer von sechs Monaten
        halte ich derzeit für plausibel; eine dauerhafte BU kann ich bei weiter laufender Therapie nicht
        begründen.

        Empfehlung: zeitlich befristetes Anerkenntnis für 12 Monate, danach Nachprüfung mit aktuellem
        Befundbericht. Ein eigenes Gutachten halte ich im Moment nicht für nötig.

        Viele Grüße
        U. Brenneisen

        """) + sig("brenneisen", short=True))
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: drying order after water damage at the medical-supply shop that rents space in the insurer's own "
      "building; only companies and premises concerned")
def m():
    m = new(who("wendel"), "Disposition <dispo@trocknung-neisse.example>",
            "Auftrag Trocknung Brückenstraße 11, EG (Sanitätshaus) – Bestellung 4500032104", "2026-03-02 07:58",
            cc="Haustechnik <haustechnik@brueckenwerk.example>")
    body(m, T("""
        Guten Morgen Herr Zimmermann,

        wie heute um 7:20 Uhr telefonisch besprochen, beauftragen wir Sie mit der technischen Trocknung
        im Erdgeschoss unseres Verwaltungsgebäudes Brückenstraße 11:

        - betroffen: Verkaufs- und Lagerfläche des Mieters Sanitätshaus Lindner GmbH, ca. 85 m²
        - Ursache: geplatzte Heizungsleitung in der Decke zum 1. OG (Frostschaden am Wochenende)
        - Estrich und Trockenbauwände im Lager durchfeuchtet, Teppich Verkaufsraum nass

        Das Sanitätshaus räumt seine Ware (Rollatoren, Bandagen, Kompressionsstrümpfe usw.) heute
        Vormittag selbst aus. Die beschädigte Ware regelt der Mieter mit seinem eigenen Versicherer, das
        ist nicht Teil Ihres Auftrags. Bitte stimmen Sie den Aufbau der Geräte mit Frau Lindner ab,
        Tel. 03581 40212.

        Bestellnummer 4500032104, Kostenstelle 9010 (Gebäude). Bitte Messprotokolle wöchentlich an die
        Haustechnik.

        """) + sig("wendel"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor premium increase explained to Dietmar Scholze: name, policy number, number plate, his premium "
      "and his complaint quoted; no health data")
def m():
    m = new(who("karaca"), "Dietmar Scholze <d.scholze@lausitz-mail.example>",
            "AW: Beitragserhöhung Kfz – KF 30 118 904", "2026-01-14 11:20",
            irt="<000b01dc84e5$aa2f1b50$fe8d51f0$@lausitz-mail.example>")
    body(m, T("""
        Sehr geehrter Herr Scholze,

        Sie schrieben uns: "Ich fahre seit 30 Jahren unfallfrei und zahle jetzt 94 Euro mehr. Erklären
        Sie mir das bitte mal." Das mache ich gern.

        Ihr Beitrag für den Opel Astra (GR-DS 55) steigt 2026 von 486,20 Euro auf 580,40 Euro jährlich.
        Ihr Schadenfreiheitsrabatt hat sich nicht verändert – Sie sind weiterhin in SF 35 mit dem
        günstigsten Beitragssatz. Die Erhöhung hat drei andere Gründe:

        1. Regionalklasse: Der Landkreis Görlitz wurde in der Haftpflicht von Klasse 5 in Klasse 6
           eingestuft. Grundlage ist die Schadenstatistik aller Versicherer in der Region, nicht Ihr
           eigener Verlauf.
        2. Typklasse: Ihr Modell wurde in der Teilkasko von 17 auf 19 hochgestuft, vor allem wegen
           gestiegener Ersatzteil- und Werkstattkosten.
        3. Unsere allgemeine Beitragsanpassung von 6,5 % für 2026.

        Sie haben wegen der Beitragserhöhung ein Sonderkündigungsrecht bis einen Monat nach Zugang der
        Rechnung. Bevor Sie das nutzen: Mit einer Werkstattbindung würden Sie in der Teilkasko 48 Euro
        im Jahr sparen. Wenn Sie möchten, rufe ich Sie dazu an.

        """) + sig("karaca"))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: liability risk survey for a trampoline-park company with aggregated injury frequencies; only "
      "the company concerned, no injured person identifiable")
def m():
    m = new(who("feddersen"), "Nadine Berger <n.berger@jumphall-dresden.example>",
            "Public liability quote – JumpHall Dresden GmbH: risk questions", "2026-02-05 10:46")
    body(m, T("""
        Dear Ms Berger,

        thank you for the call yesterday. To quote public liability for JumpHall Dresden GmbH we need a
        few more details. I've put them as a list so you can answer inline:

        1. Visitor numbers 2024 and 2025 (jumps or tickets, whichever you count).
        2. Your accident book summary: you mentioned "roughly one injury needing first aid per 8,000
           jumps and four ambulance call-outs last year". Could you send the yearly totals by type
           (sprain, fracture, head injury, other)? Totals only please – we do not need and do not want
           names or individual reports.
        3. Supervision: number of trained floor staff per session and first-aid training dates.
        4. Equipment: manufacturer, installation year, date of the last TÜV/DIN EN 17232 inspection.
        5. Waiver: do parents sign a waiver for children under 14? (It does not limit your liability under
           German law, but it shows us how you brief visitors.)
        6. Claims in the last five years with your current insurer, with amounts.

        With that I can give you an indicative premium within a week. Cover would be EUR 5m combined
        single limit, including product liability for the café.

        """) + sig("feddersen", "en"))
    return m


@mail("NORMAL", "en", "internal",
      "IT change notice: renewal of the customer portal's TLS certificate; no personal data")
def m():
    m = new(who("constantinescu"), f"IT Change Advisory <cab@{D}>",
            "CHG-2026-0147: renewal of portal.brueckenwerk.example certificate – Sat 21 Mar, 22:00–22:30",
            "2026-03-16 14:12", cc=f"Service Desk <it-servicedesk@{D}>")
    body(m, T("""
        Hello CAB,

        standard change, for information:

        What:    replace the TLS certificate of portal.brueckenwerk.example and
                 upload.portal.brueckenwerk.example (current one expires 2 April 2026)
        When:    Saturday 21 March 2026, 22:00-22:30
        Impact:  portal logins may fail for up to 2 minutes while the load balancer reloads;
                 outgoing notification mails are queued, not lost
        Rollback: old certificate stays on the balancer until Monday
        Test:    login + document upload with the test account, SSL Labs scan afterwards

        New certificate: RSA 3072, SAN for both hosts, valid 397 days. The private key was generated on
        the HSM, CSR signed off by B. Hausotter (DPO) and the ISO.

        Mirela

        """) + sig("constantinescu", "en", short=True))
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "Björn Matthes's complaint about a rejected bicycle-theft claim forwarded to the team lead: name, claim "
      "and policy number, his words; no health data")
def m():
    m = new(who("wroblewski"), who("rehfeld"),
            "WG: Beschwerde – Ablehnung Fahrraddiebstahl FE-26-002260 (Matthes)", "2026-02-13 09:07")
    body(m, T("""
        Hallo Konstantin,

        zur Info und Entscheidung: Herr Matthes beschwert sich über die Ablehnung vom 06.02. Abgelehnt habe
        ich, weil weder Kaufbeleg noch Rahmennummer vorliegen – die Polizei hat das Rad ohne Rahmennummer
        aufgenommen. Er hat jetzt aber Screenshots vom Kleinanzeigen-Chat mit dem Verkäufer und zwei Fotos
        vom Rad an seinem Balkon geschickt.

        Mein Vorschlag: Eigentum als glaubhaft gemacht ansehen und zum Zeitwert regulieren (Gebrauchtkauf
        2019 für 450 Euro, heute ca. 250 Euro). Die Mail kommt auch in das Beschwerderegister.

        Gruß
        Mateusz

        -----Ursprüngliche Nachricht-----
        Von: Björn Matthes <bjoern.matthes@kabelmail.example>
        Gesendet: Donnerstag, 12. Februar 2026 22:31
        An: Schadenservice <schaden@brueckenwerk.example>
        Betreff: Ablehnung FE-26-002260 – so nicht!

        Sehr geehrte Damen und Herren,

        ich bin seit 14 Jahren bei Ihnen versichert (Hausrat HR 610 207 554) und das ist mein erster
        Schaden überhaupt. Und dann so eine Ablehnung mit zwei Sätzen.

        Ich hab das Rad 2019 gebraucht auf Kleinanzeigen gekauft, da gab es keine Rechnung, woher soll ich
        die nehmen? Dass die Rahmennummer nicht im Polizeiprotokoll steht, ist doch nicht meine Schuld,
        der Beamte hat sie nicht abgefragt.

        Anbei der Chat mit dem Verkäufer (mit Preis und Datum) und zwei Fotos, auf denen man das Rad an
        meinem Balkon sieht. Wenn Sie das auch nicht akzeptieren, wende ich mich an den
        Versicherungsombudsmann.

        Björn Matthes
        Klingewalde 40, 02828 Görlitz
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost coverage declaration to a hospital for Ingeborg Lehmann's elective knee replacement (M17.1) "
      "under her private health insurance")
def m():
    m = new(who("huebschmann"), "Patientenaufnahme <aufnahme@klinikum-neisseland.example>",
            "Kostenübernahmeerklärung – Lehmann, Ingeborg, geb. 03.05.1956 – Aufnahme 20.04.2026",
            "2026-04-09 08:44")
    body(m, T("""
        Sehr geehrte Damen und Herren,

        für unsere Versicherte

            Frau Ingeborg Lehmann, geb. 03.05.1956
            Elisabethstraße 27, 02826 Görlitz
            Versicherungsnummer KV 81 004 772 (Tarife KompaktStationär, Wahlleistung Zweibettzimmer)

        erklären wir die Kostenübernahme für die stationäre Behandlung in Ihrem Haus ab 20.04.2026:

            Einweisungsdiagnose: primäre Gonarthrose beidseits, rechts führend (M17.1)
            geplanter Eingriff: Implantation einer Knie-Totalendoprothese rechts (OPS 5-822.g1)
            voraussichtliche Verweildauer: 6 Tage

        Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen nach DRG sowie die Unterkunft im
        Zweibettzimmer. Ärztliche Wahlleistungen sind nicht versichert; bitte lassen Sie Frau Lehmann
        keine Wahlleistungsvereinbarung für die Chefarztbehandlung unterschreiben, ohne sie darauf
        hinzuweisen.

        Bitte rechnen Sie direkt mit uns ab (Rechnungsversand an leistung-kv@brueckenwerk.example oder
        per DTA). Eine anschließende Anschlussheilbehandlung ist gesondert zu beantragen.

        """) + sig("huebschmann"))
    return m


@mail("NORMAL", "de", "newsletter",
      "staff newsletter with new colleagues, anniversaries and the company bike-to-work challenge; "
      "colleagues named only in an organisational context")
def m():
    m = new(f"Brückenpost Redaktion <brueckenpost@{D}>", f"Alle Mitarbeitenden <alle@{D}>",
            "Brückenpost April 2026: Neue Gesichter, 25 Jahre Grit Zschornack, Stadtradeln", "2026-04-01 08:00",
            mailer="sys", extra=[("Precedence", "bulk")])
    text = T("""
        BRÜCKENPOST – April 2026

        NEUE GESICHTER
        Willkommen an Bord! Im März haben bei uns angefangen:
        - Lea-Marie Kubitz, Schadenservice Privatkunden (Team Hausrat/Haftpflicht)
        - Arne Blaschke, IT-Infrastruktur
        - Dr. Sina Otto, Aktuariat (aus Leipzig zu uns gewechselt)
        Sagt Hallo, wenn ihr sie in der Kantine trefft.

        25 JAHRE
        Grit Zschornack feiert am 15. April ihr 25-jähriges Dienstjubiläum. Angefangen hat sie 2001 in der
        Poststelle, heute kennt sie in der Pflegeversicherung jede Ausnahme der Ausnahme. Glückwunsch, Grit!

        STADTRADELN 2026
        Vom 4. bis 24. Mai radeln wir wieder für Görlitz. Im letzten Jahr kam unser Team auf 14.212 km –
        Platz 3 unter den Unternehmen. Anmeldung über das Intranet, Team "Brückenwerk bewegt".
        Tipp vom Schadenservice Fahrrad: Rahmennummer notieren und zwei Schlösser benutzen.

        KANTINE
        Ab 13. April gibt es mittwochs ein zweites vegetarisches Gericht. Die Salatbar bleibt.

        Redaktion: Leonie Straubinger, Unternehmenskommunikation, Tel. -110
        """)
    html = html_doc(p2h(text).replace("<p>BRÜCKENPOST – April 2026</p>",
                                      '<h2 style="color:#1d4f7a">Brückenpost – April 2026</h2>'))
    return body(m, text, html=html)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pickpocket theft of Chiara Bellandi's phone in Barcelona under her electronics policy: name, policy and "
      "claim number, police report number, her own words; no health data")
def m():
    m = new(who("wroblewski"), "Chiara Bellandi <c.bellandi@univ-mail.example>",
            "RE: phone stolen in Barcelona – claim FE-26-004880", "2026-04-07 10:19",
            irt="<DB9PR02MB7129A1F8@DB9PR02MB7129.eurprd02.outlook.example>")
    body(m, T("""
        Dear Ms Bellandi,

        thank you for reporting this so quickly. I have registered the theft as claim FE-26-004880 under
        your electronics policy EL 309 415 662 (tariff Plus, which does include pickpocketing; excess 20 %
        of the claim amount).

        You wrote: "Someone opened the front pocket of my backpack on the L3 metro between Liceu and
        Drassanes, I only noticed when I wanted to check the map." That matches the police report you
        filed with the Mossos d'Esquadra (denuncia no. BCN-CV-26-031774) – please send us a copy of the
        denuncia itself, the Spanish PDF is fine, we don't need a translation.

        We also need:
        - the purchase receipt of the phone (Pixelon Nova 8 Pro, bought in November 2025 as you said),
        - confirmation from your mobile provider that the SIM was blocked and the IMEI put on the
          blacklist, with the date.

        As the phone is less than six months old, we will pay the replacement value of a new device of
        the same model minus the 20 % excess. If you buy a replacement before we have settled the claim,
        please keep the receipt.

        """) + sig("wroblewski", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: actuarial Q1 evaluation of household claims by cause and district as an XLSX of aggregates; "
      "no policy or person identifiable")
def m():
    m = new(who("ohlendorf"), who("rehfeld"), "Auswertung Hausrat Q1/2026 nach Ursache und Kreis",
            "2026-04-16 16:31", cc=who("tietze"))
    body(m, T("""
        Hallo Konstantin,

        wie besprochen die Hausrat-Auswertung für Q1 als Excel. Nur Aggregate, Zellen mit weniger als
        5 Schäden habe ich unter "sonstige" zusammengefasst.

        Auffällig:
        - Leitungswasser +31 % gegenüber Q1/2025, fast komplett Februar (Frost), Schwerpunkt Kreis Görlitz
        - Einbruchdiebstahl leicht rückläufig, aber Fahrraddiebstahl aus Gemeinschaftskellern +22 %
        - Durchschnittsschaden Feuer durch zwei Wohnungsbrände deutlich hoch – das sind Einzelfälle,
          bitte nicht hochrechnen

        Für den Q2-Forecast würde ich den Frostanteil als Sondereffekt herausnehmen.

        Viele Grüße
        Nils

        """) + sig("ohlendorf", short=True))
    attach(m, xlsx([
        ("Ursache", [["Ursache", "Anzahl Q1/2026", "Anzahl Q1/2025", "Ø Schaden EUR", "Aufwand EUR"],
                     ["Leitungswasser", 402, 307, 2140, 860280], ["Einbruchdiebstahl", 188, 201, 3310, 622280],
                     ["Fahrraddiebstahl", 311, 255, 1180, 366980], ["Feuer", 41, 44, 9870, 404670],
                     ["Sturm/Hagel", 226, 71, 940, 212440], ["Überspannung", 58, 60, 710, 41180],
                     ["sonstige", 58, 239, 820, 47560], ["Summe", 1284, 1177, 1998, 2555390]]),
        ("Kreis", [["Kreis", "Anzahl", "Aufwand EUR"], ["Görlitz", 612, 1288400], ["Bautzen", 394, 741300],
                   ["Dresden (Stadt)", 231, 470190], ["sonstige", 47, 55500]]),
    ], title="Hausrat Q1 2026", creator="Nils Ohlendorf", created="2026-04-16T14:20:00Z"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Hausrat_Q1_2026_Ursache_Kreis.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplement reimbursement for Petra Haschke's implant (GOZ items, tooth 36); health data; "
      "windows-1252 body and PDF statement")
def m():
    m = new(who("huebschmann"), "Petra Haschke <petra.haschke@posteingang.example>",
            "Erstattung Zahnimplantat – Rechnung Dr. Reichelt vom 12.03.2026", "2026-03-27 09:12")
    body(m, T("""
        Sehr geehrte Frau Haschke,

        wir haben die Rechnung Ihrer Zahnärztin Dr. Reichelt über die Implantatversorgung in Regio 36
        geprüft. Aus Ihrem Zahnzusatztarif ZahnPlus 90 (Vertrag KZ 81 330 119) erstatten wir 90 % der
        Kosten, die nach Vorleistung Ihrer gesetzlichen Krankenkasse verbleiben:

        Rechnungsbetrag gesamt                      3.412,55 EUR
        Festzuschuss der Krankenkasse              - 413,93 EUR
        verbleibender Eigenanteil                  2.998,62 EUR
        davon 90 %                                 2.698,76 EUR

        Die Knochenaufbaumaßnahme (GOZ 9100) und die Implantatinsertion (GOZ 9010) sind vollständig
        berücksichtigt. Die professionelle Zahnreinigung auf derselben Rechnung haben wir ebenfalls
        erstattet; sie zählt nicht auf die Zahnstaffel an.

        Die Begrenzung in den ersten vier Vertragsjahren (Zahnstaffel) ist für Sie nicht mehr relevant,
        Ihr Vertrag läuft seit 2019.

        Die Überweisung erfolgt in den nächsten Tagen. Die detaillierte Abrechnung liegt bei.

        """) + sig("huebschmann"), charset="windows-1252", cte="quoted-printable")
    attach(m, pdf([
        "# Leistungsabrechnung Zahnzusatzversicherung",
        "Brückenwerk Krankenversicherung AG",
        "",
        "Versicherte Person: Petra Haschke, geb. 21.10.1970 · Vertrag KZ 81 330 119 · Tarif ZahnPlus 90",
        "Rechnung: Zahnarztpraxis Dr. Annett Reichelt, Görlitz, Nr. 2026-0318 vom 12.03.2026",
        "",
        "GOZ 9010 Implantatinsertion Zahn 36 ............. 812,40 EUR",
        "GOZ 9100 Aufbau des Alveolarfortsatzes ........... 496,00 EUR",
        "GOZ 2200 Implantatgetragene Krone 36 ............. 734,18 EUR",
        "Material/Labor (Implantat, Abutment, Krone) ....... 1.282,30 EUR",
        "GOZ 1040 Professionelle Zahnreinigung ............. 87,67 EUR",
        "",
        "Summe 3.412,55 EUR · Festzuschuss GKV 413,93 EUR · erstattungsfähig 2.998,62 EUR",
        "Erstattung 90 %: 2.698,76 EUR",
        "Zahlung an: Petra Haschke, IBAN DE27 8555 0000 7888 4308 41",
    ], title="Leistungsabrechnung KZ 81 330 119", author="Leistung KV",
        created="20260327085911+01'00'"), "application/pdf", "Leistungsabrechnung_2026-03-27.pdf")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "lost keys to a rented flat's master-key system under Sebastian Nitsche's personal liability policy: "
      "name, address, policy and claim number, landlord; no health data")
def m():
    m = new(who("sobottka"), "Sebastian Nitsche <s.nitsche@mailbuero.example>",
            "Ihr Schlüsselverlust – Schaden-Nr. SH-26-044109", "2026-04-20 13:55",
            irt="<etPan.69e4b2f1.6b8b4567.2a1@mailbuero.example>")
    body(m, T("""
        Hallo Herr Nitsche,

        danke für Ihre Meldung vom Wochenende. Ich habe den Schaden zu Ihrer Privathaftpflicht
        PH 610 487 330 unter der Nummer SH-26-044109 angelegt.

        > Der Schlüsselbund ist mir beim Joggen im Stadtpark aus der Tasche gefallen, ich hab die Strecke
        > zweimal abgesucht und beim Fundbüro gefragt – nichts. Dran waren Haustür, Wohnung, Keller und
        > der Briefkasten. Die Genossenschaft sagt, die ganze Schließanlage muss getauscht werden?!

        Verlorene fremde Schlüssel zu einer Schließanlage sind bei Ihnen bis 20.000 Euro mitversichert.
        Ob die ganze Anlage getauscht werden muss, hängt davon ab, ob ein Missbrauch droht. Da an dem Bund
        nichts war, was auf Ihre Adresse hinweist (das hatten Sie am Telefon gesagt), ist das nicht
        selbstverständlich.

        Bitte schicken Sie mir:
        1. das Schreiben der Wohnungsgenossenschaft "Aufbau" Görlitz eG mit dem Kostenvoranschlag für die
           Schließanlage (Objekt Landeskronstraße 18),
        2. Ihre Bestätigung, dass am Schlüsselbund kein Adressanhänger war,
        3. falls vorhanden: die Verlustanzeige beim Fundbüro.

        Ich setze mich dann direkt mit der Genossenschaft in Verbindung. Bis dahin bitte nichts selbst
        beauftragen oder zusagen.

        Viele Grüße
        Henrike Sobottka
        Schadenservice Privatkunden – Hausrat & Haftpflicht
        Telefon +49 3581 7740-312
        """))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a European cycle-insurance survey with aggregated theft and damage figures; no "
      "customer data")
def m():
    m = new(who("wroblewski"), "Survey Team <survey@ecif-forum.example>",
            "ECIF bicycle claims survey 2025 – Brückenwerk (DE) response", "2026-02-27 11:30")
    body(m, T("""
        Dear survey team,

        please find our figures for the 2025 ECIF bicycle claims survey below (calendar year 2025,
        private customers only, bicycle cover from household and stand-alone bicycle policies combined):

        Q1  Bicycles insured at year end:                       ~ 71,400
        Q2  Claims reported:                                    2,207
        Q3  of which theft:                                     1,588 (72 %)
            of which accidental damage (stand-alone cover):       533
            of which vandalism / other:                            86
        Q4  Average theft claim paid (EUR):                     1,260
            Average e-bike theft claim paid (EUR):              2,940
        Q5  Share of thefts from shared cellars / bike rooms:     44 %
        Q6  Recovered bicycles (police notified us):              3.1 %
        Q7  Share of claims with frame number available:         81 %
        Q8  Suspected fraud referred to SIU:                       27 cases

        Comments on Q7: we are making the frame number a mandatory field in our online claim form from
        May 2026, so we expect this to go up.

        We are happy to be named as a participant, but please publish our figures only in the
        anonymised market totals.

        """) + sig("wroblewski", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
      "English instruction to the assistance company quoting the German hospital's acceptance letter: "
      "repatriation of Klaus Winkler with an operated hip fracture; health data")
def m():
    m = new(who("demirkaya"), "Daniel Camilleri <d.camilleri@lumen-assist.example>",
            "Case LA-26-07716 / RV-26-02180 Winkler – repatriation approved, receiving hospital confirmed",
            "2026-04-24 15:22", cc=f"Reiseversicherung Leistung <reise@{D}>")
    body(m, T("""
        Dear Daniel,

        thanks for the medical update this morning. We approve the repatriation of Mr Klaus Winkler (DOB
        12 July 1944, policy RB 55 411 096) from Hospital Costa del Sol, Marbella, to Görlitz by air
        ambulance as proposed by your doctor, with a nurse escort for his wife on the same flight.

        The receiving hospital has confirmed the bed. Their letter, as received in German:

          "Hiermit bestätigen wir die Übernahme von Herrn Klaus Winkler, geb. 12.07.1944, in unsere
          Klinik für Unfallchirurgie und Orthopädie ab 28.04.2026. Wir haben zur Kenntnis genommen, dass
          am 19.04.2026 eine pertrochantäre Femurfraktur links mittels Gammanagel versorgt wurde und
          postoperativ ein Delir sowie eine Harnwegsinfektion aufgetreten sind. Bei bekanntem
          Vorhofflimmern unter Apixaban bitten wir um Mitteilung der letzten Gabe."

          (Summary in English: bed confirmed from 28 April in trauma surgery; they are aware of the left
          hip fracture fixed with a gamma nail on 19 April, the post-operative delirium and urinary tract
          infection, and they ask for the time of the last apixaban dose because of his atrial
          fibrillation.)

        Please pass the apixaban question to the treating team in Marbella and send us the flight
        details once confirmed. Cost guarantee to the air ambulance provider up to EUR 24,000 as quoted.

        """) + sig("demirkaya", "en"))
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker information on a new bicycle tariff with a premium table; no customer named")
def m():
    m = new(who("rudolph"), f"Maklerpartner Ostsachsen <makler-ostsachsen@lists.{D}>",
            "Neu ab 1. April: RadSchutz 2026 – Beiträge und Argumente", "2026-03-19 09:00",
            extra=[("Precedence", "bulk")])
    rows = [["Neupreis des Rads bis", "Basis (Diebstahl)", "Komfort (+ Unfall, Vandalismus)",
             "Premium (+ Verschleiß, Akku)"],
            ["1.000 €", "6,20 €", "9,40 €", "12,10 €"],
            ["2.500 €", "11,80 €", "17,90 €", "23,60 €"],
            ["5.000 €", "19,50 €", "29,70 €", "38,90 €"],
            ["8.000 €", "27,40 €", "41,20 €", "53,80 €"]]
    intro = T("""
        Liebe Maklerpartnerinnen und Maklerpartner,

        ab 1. April bieten wir die Fahrradversicherung RadSchutz in neuer Fassung an. Die wichtigsten
        Änderungen:

        - Diebstahl rund um die Uhr versichert, keine Nachtzeitklausel mehr
        - Akku-Schutz im Premium-Tarif auch bei Verschleiß (Kapazität unter 50 % in den ersten 3 Jahren)
        - Neuwertentschädigung in den ersten 24 Monaten (bisher 12)
        - Annahme bis 8.000 Euro Neupreis, darüber auf Anfrage

        Monatsbeiträge (Selbstbeteiligung 100 €, Zahlweise monatlich):

        """)
    outro = T("""

        Courtage unverändert 15 % laufend. Die neuen Bedingungen und das Produktinformationsblatt stehen
        im Maklerportal unter "Produkte > Fahrrad".

        Bestehende Verträge stellen wir auf Wunsch ohne neue Gesundheits- oder Vorschadenfragen um – es
        gibt bei diesem Produkt ohnehin keine.

        """) + sig("rudolph")
    html = html_doc(p2h(intro) + html_table(rows) + p2h(outro))
    return body(m, intro + text_table(rows) + outro, html=html)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "windscreen replacement after stone chip under Ilona Tschirch's partial-cover motor policy: name, "
      "number plate, policy and claim number")
def m():
    m = new(who("quaas"), "Ilona Tschirch <ilona.tschirch@web-postfach.example>",
            "Steinschlag Frontscheibe GR-IT 904 – Freigabe", "2026-02-09 12:03")
    body(m, T("""
        Guten Tag Frau Tschirch,

        die Freigabe für den Scheibentausch an Ihrem Seat Leon (GR-IT 904) ist erteilt, Schaden-Nr.
        KS-26-004418 zu Ihrer Teilkasko KF 30 662 419.

        Termin bei unserem Partnerbetrieb Glas-Express Görlitz: Mittwoch, 11.02., 8 Uhr. Der Betrieb
        rechnet direkt mit uns ab; Sie zahlen vor Ort nur die Selbstbeteiligung von 150 Euro. Ihr
        Schadenfreiheitsrabatt ist davon nicht betroffen, Teilkaskoschäden führen nicht zur Rückstufung.

        Bitte planen Sie etwa zwei Stunden ein, die Kamera der Verkehrszeichenerkennung muss nach dem
        Tausch kalibriert werden.

        """) + sig("quaas"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's forwarded message in a dog-owner liability case: the jogger's bite wound, stitches and "
      "tetanus shot and his claim for damages for pain; third-party health data")
def m():
    m = new(who("sobottka"), f"Team Personenschaden Haftpflicht <personenschaden@{D}>",
            "WG: Hundebiss Stadtpark – TH 610 330 558 / Domaschke", "2026-03-04 14:18")
    body(m, T("""
        Hallo Team Personenschaden,

        bitte übernehmen, da Personenschaden mit Schmerzensgeldforderung. Die VN hat das Schreiben des
        Geschädigten abgetippt (Original per Post unterwegs). Angelegt unter SH-26-039912.

        Henrike

        -----Ursprüngliche Nachricht-----
        Von: Heike Domaschke <heike.domaschke@fastpost.example>
        Gesendet: Dienstag, 3. März 2026 19:44
        An: schaden@brueckenwerk.example
        Betreff: Hundebiss Stadtpark – Schreiben von Herrn Adamczyk

        Guten Tag,

        ich muss leider einen Schaden über meine Hundehaftpflicht melden. Bella hat noch nie jemanden
        gebissen, aber am 24.02. im Stadtpark ist ein Jogger sehr dicht an uns vorbei, sie hat sich
        erschrocken und nach ihm geschnappt. Ich habe ihm sofort meine Adresse gegeben.

        Heute kam sein Brief, ich schreibe ihn hier ab:

          "Sehr geehrte Frau Domaschke, wie vor Ort besprochen mache ich meine Ansprüche aus dem
          Hundebiss vom 24.02.2026 geltend. Die Bisswunde an der linken Wade musste in der Notaufnahme
          des Klinikums mit drei Stichen genäht werden, ich habe eine Tetanusimpfung und fünf Tage ein
          Antibiotikum bekommen. Ich war eine Woche krankgeschrieben und konnte drei Wochen nicht
          laufen, den Halbmarathon in Dresden musste ich absagen (Startgeld 49 Euro). Meine Laufhose
          (89 Euro) ist zerrissen. Ich fordere ein Schmerzensgeld von 800 Euro sowie die genannten
          Beträge. Florian Adamczyk, Reichenbacher Str. 7, 02827 Görlitz"

        Was muss ich jetzt machen? Soll ich ihm antworten?

        Heike Domaschke
        Versicherungsnummer TH 610 330 558
        """))
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "out-of-office auto-reply with the 24/7 assistance number; no customer data")
def m():
    m = new(who("demirkaya"), "family.okafor@inboxly.example", "Automatic reply: question about our trip",
            "2026-03-30 18:02", mailer="outlook", extra=[("Auto-Submitted", "auto-replied")])
    body(m, T("""
        Thank you for your message. I am out of the office until Tuesday, 7 April 2026, and will not be
        reading e-mail.

        - Medical emergency or other urgent help while travelling: call our assistance partner Lumen
          Assistance 24/7 on +356 2778 4400 (they speak German and English).
        - New travel claims: www.brueckenwerk.example/reise-schaden
        - Everything else: reise@brueckenwerk.example, your message will be picked up by a colleague.

        Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April nicht im Büro. In dringenden
        Fällen auf Reisen: Lumen Assistance, rund um die Uhr, +356 2778 4400.

        Aylin Demirkaya
        Travel Insurance Claims, Brückenwerk Allgemeine Versicherung AG
        """))
    return m


@mail("NORMAL", "en", "internal",
      "internal launch notes for a commercial cyber product with premium bands and sales rules; no "
      "customer data")
def m():
    m = new(who("feddersen"), f"Commercial Lines Team <firmenkunden@{D}>",
            "CyberSchutz KMU goes live 1 May – launch notes", "2026-04-22 12:40")
    body(m, T("""
        Hi team,

        short launch notes for CyberSchutz KMU (SMEs up to EUR 10m turnover). English because Wrocław
        sells it from day one.

        Cover modules: own damage (forensics, data restoration, business interruption after 12 hours),
        third-party liability (data breach, network security, media), crisis services via our partner
        Sentinel IR (24/7 hotline), optional cyber extortion.

        Indicative annual premium, limit EUR 500k:
          turnover < EUR 1m            EUR   690
          EUR 1m – 5m                  EUR 1,480
          EUR 5m – 10m                 EUR 2,950
        Surcharges for medical practices, pharmacies and law firms (+35 %) because of the data they hold;
        those need the extended questionnaire (backups offline? MFA for all remote access? patch cycle?).

        Underwriting rules:
        - no cover without MFA on email and remote access – no exceptions, not even "for a good broker"
        - prior incidents in the last 3 years → refer to me
        - no crypto exchanges, no public authorities

        Sales kit and the questionnaire are on SharePoint > Commercial > Cyber.

        Rasmus

        """) + sig("feddersen", "en", short=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "death claim under Richard Hollis's term life policy, addressed to the beneficiary; life line, "
      "request for death certificate and cause-of-death form")
def m():
    m = new(who("lasota"), "Margaret Hollis <maggie.hollis@brightinbox.example>",
            "Your late husband's life insurance LV 52 003 881 – next steps", "2026-03-12 10:27")
    body(m, T("""
        Dear Mrs Hollis,

        please accept our sincere condolences on the death of your husband, Richard Hollis. Thank you for
        letting us know; I will be your contact for everything concerning his term life insurance
        LV 52 003 881.

        According to the policy you are the named beneficiary for the full sum insured of EUR 150,000.
        To pay it out we need the following documents – copies are fine at first, we will only ask for an
        original if something is unclear:

        1. the death certificate (Sterbeurkunde) issued by the registry office in Görlitz,
        2. the enclosed form "Ärztliche Bescheinigung zur Todesursache", to be completed by the doctor who
           last treated your husband or who issued the death certificate. We need this because the policy
           started less than three years ago; it is a routine check and does not mean that we doubt
           anything,
        3. a copy of your identity card or passport,
        4. your bank details, on the enclosed payment form.

        If the policy document itself cannot be found, that is no problem.

        I know that this comes at a very difficult time. If it is easier for you to talk it through on
        the phone, please call me directly; if you prefer, we can also write to your son instead.

        """) + sig("lasota", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: minutes of the data-protection jour fixe about GPS metadata in customers' claim photos; general "
      "rules only, no customer or case named (DOCX)")
def m():
    m = new(who("hausotter"), f"JF Datenschutz <jf-datenschutz@{D}>",
            "Protokoll Jour fixe Datenschutz 17.03.2026 – Metadaten in Schadenfotos", "2026-03-18 10:05")
    body(m, T("""
        Hallo zusammen,

        anbei das Protokoll von gestern. Kernpunkt war das Thema GPS-Daten in den Fotos, die Kundinnen und
        Kunden über die Schaden-App und per Mail schicken. Bitte bis Freitag Einwände, sonst gilt es als
        abgestimmt.

        Benedikt

        """) + sig("hausotter", short=True))
    attach(m, docx([
        ("h", "Jour fixe Datenschutz – Protokoll"),
        "Datum: 17.03.2026, 14:00–15:15 Uhr · Ort: Raum Spree / Teams",
        "Teilnehmende: B. Hausotter (DSB), K. Rehfeld (Schaden PK), M. Constantinescu (IT), "
        "E. Nowicka (Betrugsprävention), L. Straubinger (Kommunikation)",
        ("b", "TOP 1 – Metadaten (EXIF) in Schadenfotos"),
        "Stichprobe IT: 62 % der per App hochgeladenen Fotos enthalten GPS-Koordinaten, bei Mail-"
        "Anhängen 48 %. Die Koordinaten zeigen in der Regel die Wohnung der Kundin/des Kunden und sind "
        "für die Schadenbearbeitung fast nie erforderlich.",
        "Betrugsprävention weist darauf hin, dass Aufnahmedatum und Ort im Einzelfall für die Prüfung "
        "relevant sein können (Foto älter als Schadentag).",
        ("table", [["Beschluss", "Verantwortlich", "Termin"],
                   ["App entfernt GPS-Daten beim Upload; Aufnahmedatum bleibt", "IT", "30.06.2026"],
                   ["Originaldateien 90 Tage im SIU-Archiv, danach nur bereinigte Kopie", "IT / SIU",
                    "30.06.2026"],
                   ["Hinweis im Schadenformular: 'Fotos können Standortdaten enthalten'", "Kommunikation",
                    "15.05.2026"],
                   ["Schulungsbaustein für Sachbearbeitung (keine Fotos weiterleiten, die Dritte zeigen)",
                    "DSB", "Q3"]]),
        ("b", "TOP 2 – Verschiedenes"),
        "Löschkonzept Schadenakten Sach: Entwurf liegt vor, Abstimmung im April.",
        "Nächster Termin: 21.04.2026.",
    ], title="Protokoll JF Datenschutz 2026-03-17", creator="Benedikt Hausotter",
        created="2026-03-18T08:40:00Z"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Protokoll_JF_Datenschutz_2026-03-17.docx")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "international motor insurance certificate (green card) for Oluwaseun Adeyemi's trip to the UK: name, "
      "number plate, policy number")
def m():
    m = new(who("karaca"), "Oluwaseun Adeyemi <seun.adeyemi@inboxly.example>",
            "Green card for your trip to the UK – KF 30 884 017", "2026-05-06 15:11",
            irt="<CAF+4kq0XbT9@mail.inboxly.example>")
    body(m, T("""
        Dear Mr Adeyemi,

        as requested, your International Motor Insurance Card (green card) is attached to this email as a
        PDF – you can print it on plain paper, the UK accepts it in black and white.

        Vehicle: Toyota Corolla Touring Sports, GR-OA 712
        Policy: KF 30 884 017 (third-party liability and comprehensive)
        Valid: 10 May 2026 to 9 May 2027

        Your comprehensive cover also applies in the UK, including the ferry crossing. Our roadside
        assistance works there through our partner; the number is on the back of your insurance card.

        Have a good trip – and remember that they drive on the left once you get off the ferry.

        """) + sig("karaca", "en"))
    attach(m, pdf([
        "# International Motor Insurance Card / Internationale Versicherungskarte",
        "",
        "Country/Bureau code: D · Insurer code: 6138 · No. 6138/KF30884017",
        "Valid from 10.05.2026 to 09.05.2027",
        "Registration no.: GR-OA 712 · Category: A (car) · Make: Toyota",
        "Policyholder: Oluwaseun Adeyemi, Rauschwalder Straße 41, 02826 Görlitz",
        "",
        "Valid for: A B BG CY CZ D DK E EST F FIN GB GR H HR I IRL IS L LT LV M N NL P PL RO S SK SLO CH ...",
        "Issued by: Brückenwerk Allgemeine Versicherung AG, Brückenstraße 9, 02826 Görlitz",
    ], title="Green card KF 30 884 017", author="Brückenwerk", created="20260506150902+02'00'"),
        "application/pdf", "GreenCard_GR-OA712.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "maturity payout of Wolfgang Tzschaschel's occupational pension (direct insurance) with health-insurance "
      "contribution and tax notes; life/pension contract of a named person")
def m():
    m = new(who("mengewein"), "Wolfgang Tzschaschel <w.tzschaschel@freemail-de.example>",
            "Ihre Direktversicherung DV 58 117 240 – Auszahlung zum 1. Juni 2026", "2026-05-11 10:48")
    body(m, T("""
        Sehr geehrter Herr Tzschaschel,

        Ihre Direktversicherung aus der betrieblichen Altersversorgung über Ihren früheren Arbeitgeber, die
        Lausitzer Glaswerke GmbH, läuft zum 1. Juni 2026 ab. Sie haben sich für die einmalige
        Kapitalauszahlung entschieden.

            garantierte Leistung                     31.200,00 EUR
            Überschussbeteiligung                     7.212,77 EUR
            Auszahlungsbetrag (brutto)               38.412,77 EUR

        Wir überweisen den Betrag am 1. Juni auf Ihr Konto bei der Volksbank (IBAN endet auf 0960).

        Zwei Hinweise, die viele überraschen:
        1. Die Auszahlung ist ein Versorgungsbezug. Wir melden sie an Ihre gesetzliche Krankenkasse; diese
           verteilt den Betrag auf 120 Monate und erhebt darauf Kranken- und Pflegeversicherungsbeiträge,
           soweit die Freigrenze überschritten ist.
        2. Da die Beiträge seinerzeit nach § 40b EStG pauschal versteuert wurden, ist die Auszahlung
           einkommensteuerfrei. Eine Bescheinigung für das Finanzamt erhalten Sie mit der Abrechnung.

        Herzlichen Glückwunsch zum Ruhestand!

        """) + sig("mengewein"))
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "print order for the annual report with published key figures (benefits paid, combined ratio); no "
      "personal data")
def m():
    m = new(who("straubinger"), "Druckerei Pließkow <auftrag@druckerei-pliesskow.example>",
            "Druckauftrag Geschäftsbericht 2025 – finale Daten und Auflage", "2026-04-28 13:37",
            cc=who("wendel"))
    body(m, T("""
        Hallo Frau Pließkow,

        die finalen Druckdaten für den Geschäftsbericht 2025 liegen ab sofort auf Ihrem Upload-Server
        (Ordner BW_GB2025_final, 84 Seiten + Umschlag, PDF/X-4).

        Auflage: 1.200 deutsch, 300 englisch
        Papier: Inhalt 120 g Recycling matt, Umschlag 300 g mit Softtouch-Lack
        Bindung: Klebebindung
        Liefertermin: spätestens 5. Juni (Hauptversammlung am 11. Juni), Anlieferung Brückenstraße 9

        Bitte achten Sie auf Seite 3 (Kennzahlen): Die Tabelle mit den Leistungen an Kunden
        (Krankenversicherung 412,6 Mio. Euro, Leben 288,1 Mio. Euro, Schaden/Unfall 196,4 Mio. Euro) wurde
        gestern noch einmal korrigiert – bitte nur die Datei mit dem Stand 27.04. verwenden.

        Den Proof brauchen wir bis 15. Mai, Freigabe durch mich und Herrn Wendel.

        """) + sig("straubinger"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "traffic legal-expenses cover for Sandra Lippert's dispute with the other driver's insurer after a car-park "
      "collision; name, policy and claim numbers, her words; nobody was injured")
def m():
    m = new(who("eberlein"), "Sandra Lippert <sandra.lippert@kabelmail.example>",
            "Ihre Rechtsschutzanfrage – Parkplatzunfall 14.02.2026 (RS 26-01102-J)", "2026-03-05 15:20",
            irt="<trinity-6fb1-11ab@kabelmail.example>")
    body(m, T("""
        Sehr geehrte Frau Lippert,

        Sie schreiben: "Die gegnerische Versicherung behauptet, ich sei rückwärts gefahren, dabei stand
        ich! Das Auto hinter mir hat mich beim Ausparken erwischt." Und die gegnerische
        Haftpflichtversicherung hat die Regulierung mit Schreiben vom 26.02. vollständig abgelehnt.

        Für die Durchsetzung Ihres Schadenersatzanspruchs (Reparatur 2.870 Euro, Gutachten,
        Nutzungsausfall) sagen wir Ihnen aus Ihrem Verkehrsrechtsschutz RS 44 233 610 Kostenschutz zu,
        zunächst für die außergerichtliche Tätigkeit eines Anwalts. Eine Selbstbeteiligung fällt in Ihrem
        Tarif nicht an.

        Die Wahl des Anwalts ist frei. Wenn Sie niemanden kennen, nennen wir Ihnen gern eine Kanzlei in
        Görlitz mit Schwerpunkt Verkehrsrecht. Bitte geben Sie der Kanzlei unsere Schadennummer
        RS 26-01102-J; sie holt die Deckungszusage dann direkt bei uns ab.

        Gut, dass niemand verletzt wurde. Heben Sie bitte die Fotos vom Unfallort und die Kontaktdaten
        der Zeugin auf, von der Sie am Telefon erzählt haben.

        """) + sig("eberlein"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal-expenses cover for the defence of Patrick Schöne in a criminal investigation for negligent bodily "
      "injury after a bicycle collision with a pedestrian (broken wrist); criminal-proceedings and health data")
def m():
    m = new(who("eberlein"), "RAin Sabine Marggraf <kanzlei@marggraf-recht.example>",
            "Deckungszusage Strafverteidigung – Schöne, Az. StA Görlitz 420 Js 1187/26", "2026-04-29 10:33")
    body(m, T("""
        Sehr geehrte Frau Marggraf,

        für unseren Versicherungsnehmer Herrn Patrick Schöne, Am Hirschwinkel 31, 02827 Görlitz
        (Rechtsschutzvertrag RS 44 390 027, Privat- und Verkehrsrechtsschutz), erteilen wir
        Deckungszusage für die Verteidigung im Ermittlungsverfahren der Staatsanwaltschaft Görlitz,
        Az. 420 Js 1187/26, wegen fahrlässiger Körperverletzung.

        Nach Ihrer Schilderung hat Herr Schöne am 02.04.2026 auf dem Gehweg der Berliner Straße mit dem
        Fahrrad eine 78-jährige Fußgängerin angefahren, die dabei stürzte und sich einen Bruch des
        linken Handgelenks zuzog. Herr Schöne bestreitet, zu schnell gefahren zu sein, und gibt an, die
        Dame sei unvermittelt aus einem Hauseingang getreten.

        Die Zusage umfasst die gesetzlichen Gebühren für das Ermittlungsverfahren und – bei Anklage –
        die erste Instanz vor dem Amtsgericht. Bitte beachten Sie: Sollte Herr Schöne wegen einer
        Vorsatztat rechtskräftig verurteilt werden, entfällt der Versicherungsschutz rückwirkend. Bei
        fahrlässiger Begehung bleibt es bei der Zusage.

        Die zivilrechtlichen Ansprüche der Geschädigten laufen über seine Privathaftpflicht bei uns;
        bitte stimmen Sie Äußerungen zur Haftung mit unserem Haftpflicht-Team ab
        (personenschaden@brueckenwerk.example).

        """) + sig("eberlein"))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: job advertisement for a travel claims handler sent to a job portal; mentions medical cases "
      "only generically")
def m():
    m = new(who("piechotta"), "Job Posting Team <postings@jobs-lausitz.example>",
            "New posting: Claims Handler Travel Insurance (m/f/d), English-speaking – ref. BW-2026-031",
            "2026-04-15 09:25")
    body(m, T("""
        Hello,

        please publish the ad below for 30 days (package "Premium Regional", customer no. 44817), start
        date as soon as possible. Logo as in our previous postings.

        ---------------------------------------------------------------------------
        Claims Handler Travel Insurance (m/f/d), English-speaking
        Brückenwerk Allgemeine Versicherung AG, Görlitz – full time or 30 h, hybrid

        You help our customers when their holiday goes wrong: lost baggage, cancelled trips, and medical
        emergencies abroad, together with our 24/7 assistance partner. You check claims, talk to
        customers, hospitals and airlines, and decide quickly and fairly.

        You bring: training as an insurance clerk or similar, very good German and English (a third
        language is a plus), calm on the phone, and the judgement to handle health information with the
        discretion it deserves.

        We offer: 30 days' holiday, company pension, bike leasing, a team that laughs a lot.

        Apply by 15 May 2026: karriere@brueckenwerk.example, reference BW-2026-031.
        Contact: Annegret Piechotta, HR, +49 3581 7740-170
        ---------------------------------------------------------------------------

        Invoice to Brückenwerk Allgemeine Versicherung AG, Personal, cost centre 9200.

        """) + sig("piechotta", "en"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "storm claim status for an events company with a named contact person, sent to its broker: company and "
      "contact, policy and claim number, reserve")
def m():
    m = new(who("feddersen"), "Patrick O'Donoghue <patrick@ecc-broker.example>",
            "RE: Lindenhof Events GmbH – storm claim GW-26-00331, status", "2026-03-24 17:02",
            irt="<AM8PR10MB4017E1C@AM8PR10MB4017.eurprd10.outlook.example>")
    body(m, T("""
        Hi Patrick,

        quick status on your client's storm claim, as promised:

        Policyholder: Lindenhof Events GmbH, Lindenweg 2, 02829 Markersdorf
        Contact: Ms Katrin Zeh (managing director), mobile as in your file
        Policy: GB 71 204 118 (commercial property incl. storm), claim GW-26-00331, storm Oda 27 Feb

        - Assessor (Tamm & Kröber) inspected on 9 March. The PVC roof of the large marquee hall is torn
          over about 40 %, two steel frames are bent. The hall can't be used until repaired.
        - Reserve currently EUR 86,000 for property damage. Business interruption is a separate item;
          Ms Zeh is collecting the cancelled bookings (she mentioned three weddings in April).
        - We've agreed an advance payment of EUR 30,000 so she can order the new roof membrane – it'll go
          out this week to the company account.

        Open point: the assessor found that one frame had been repaired with a non-original part in 2024.
        He thinks it didn't contribute to the damage; I'll confirm once the final report is in.

        Cheers
        Rasmus

        """) + sig("feddersen", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care insurance decision: care grade 3 for Erna Kaden after the assessment, care allowance, "
      "sent to her son as authorised representative; health data")
def m():
    m = new(who("zschornack"), "Uwe Kaden <uwe.kaden@lausitz-mail.example>",
            "Pflegegrad Ihrer Mutter Erna Kaden – Entscheidung (PV 81 602 338)", "2026-03-20 11:45")
    body(m, T("""
        Sehr geehrter Herr Kaden,

        Sie haben für Ihre Mutter, Frau Erna Kaden, am 27.01.2026 eine Höherstufung beantragt. Die
        Begutachtung durch MEDICPROOF hat am 05.03.2026 in ihrer Wohnung stattgefunden. Wir schließen uns
        dem Ergebnis an:

            Pflegegrad 3 ab 01.01.2026 (bisher Pflegegrad 2)
            Gesamtpunktwert 52,5

        Ausschlaggebend waren laut Gutachten vor allem die Bereiche Mobilität (Sturzgefahr, Gehen nur
        noch mit Rollator und Begleitung), Selbstversorgung (Hilfe beim Waschen und Anziehen) und die
        zunehmenden Gedächtnisprobleme, die die Gutachterin als beginnende Demenz einschätzt.

        Ihre Mutter erhält damit ab Januar ein Pflegegeld von 599 Euro monatlich; die Differenz für
        Januar bis März (3 × 252 Euro) zahlen wir nach. Da Sie die Pflege zusammen mit dem Pflegedienst
        übernehmen, prüfen Sie bitte, ob die Kombinationsleistung für Sie günstiger ist – ich rechne es
        Ihnen gern durch.

        Das vollständige Gutachten liegt in Ihrem Portal-Postfach. Die Vollmacht Ihrer Mutter liegt uns
        vor, deshalb schreiben wir Ihnen direkt.

        """) + sig("zschornack"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: HR announcement of a tick-borne encephalitis vaccination day for field staff; no individual "
      "health data")
def m():
    m = new(who("piechotta"), f"Alle Mitarbeitenden <alle@{D}>",
            "FSME-Impfaktion für Außendienst und Sachverständige am 22. April", "2026-04-07 13:00")
    body(m, T("""
        Liebe Kolleginnen und Kollegen,

        die Zeckensaison hat begonnen, und der Landkreis Görlitz ist inzwischen FSME-Risikogebiet. Unser
        Betriebsarzt Dr. Hoffmeister bietet deshalb wieder eine Impfaktion an:

            Mittwoch, 22. April 2026, 9–12 Uhr, Sanitätsraum EG (Raum 0.14)

        Eingeladen sind alle, die beruflich draußen unterwegs sind – Schadenregulierung im Außendienst,
        Sachverständigensteuerung, Haustechnik –, aber auch alle anderen Interessierten.

        Bitte bringt euren Impfpass mit. Die Anmeldung läuft ausschließlich über das Intranet
        (Formular "Betriebsärztliche Termine"); die Personalabteilung sieht nur, dass ein Termin
        gebucht wurde, nicht wofür. Die Kosten übernimmt das Unternehmen, die Zeit gilt als Arbeitszeit.

        Viele Grüße
        Annegret Piechotta
        Personal
        """))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "burglary claim of Ramona and Steffen Kühnel: list of stolen items (XLSX) to confirm, police reference, "
      "policy and claim number, insured address; no health data")
def m():
    m = new(who("sobottka"), "Ramona Kühnel <ramona.kuehnel@tmail.example>",
            "Einbruch Konsulstraße 14 – Stehlgutliste zum Prüfen (SH-26-041233)", "2026-04-16 11:26",
            cc="Steffen Kühnel <steffen.kuehnel@tmail.example>")
    body(m, T("""
        Sehr geehrte Frau Kühnel, sehr geehrter Herr Kühnel,

        vielen Dank für das ausführliche Telefonat heute früh. Wie besprochen habe ich alles, was Sie mir
        genannt haben, in eine Stehlgutliste übertragen (Anhang). Bitte prüfen und ergänzen Sie die Liste,
        vor allem die Spalten Kaufjahr und Kaufpreis, und schicken Sie sie mir zurück. Dieselbe Liste
        geht bitte auch an die Polizei (Vorgangsnummer 2604-018872-26), damit die Gegenstände in die
        Fahndung kommen.

        Zu Ihrer Frage wegen des Schmucks Ihrer Großmutter: Schmuck ist in Ihrem Vertrag HR 610 118 224
        bis 20 % der Versicherungssumme versichert, wenn er nicht im Tresor lag, also bis 13.000 Euro.
        Für Erbstücke ohne Rechnung reichen Fotos, auf denen man die Stücke erkennt, oder eine
        Beschreibung beim Juwelier.

        Das Bargeld (ca. 350 Euro) ist bis 1.500 Euro versichert.

        Für die Reparatur der Terrassentür schicken Sie bitte die Rechnung des Schlüsseldienstes bzw.
        des Tischlers; die Notreparatur ist ebenfalls versichert.

        """) + sig("sobottka"))
    attach(m, xlsx([("Stehlgutliste", [
        ["Nr.", "Gegenstand", "Hersteller/Modell", "Kaufjahr", "Kaufpreis EUR", "Beleg vorhanden", "Bemerkung"],
        [1, "Laptop", "Lenovo ThinkPad E14, grau", 2023, 899, "ja", "Seriennr. auf Rechnung"],
        [2, "Tablet", "Apple iPad 10. Gen., 64 GB", 2024, 449, "ja", ""],
        [3, "Spielkonsole", "Sony PS5 Digital", "", "", "?", "bitte ergänzen"],
        [4, "Ring", "Gold 585 mit Granat", "Erbstück", "", "nein", "Foto vorhanden"],
        [5, "Halskette", "Silber, Anhänger Herz", 2019, 120, "nein", ""],
        [6, "Armbanduhr", "Junghans Max Bill", 2021, 690, "ja", ""],
        [7, "Bargeld", "Haushaltskasse Küche", "", 350, "", "ca."],
        [8, "Kopfhörer", "Sony WH-1000XM5", 2024, "", "?", "bitte ergänzen"],
    ])], title="Stehlgutliste SH-26-041233", creator="Henrike Sobottka", created="2026-04-16T09:10:00Z"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Stehlgutliste_SH-26-041233.xlsx")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: portal registration mail with a one-time activation code; no name, contract or other data")
def m():
    m = new(f"Brückenwerk Customer Portal <noreply@portal.{D}>", "a.mcallister@fastpost.example",
            "Your activation code for the Brückenwerk customer portal", "2026-02-03 19:41", mailer="sys",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, T("""
        Hello,

        someone (hopefully you) started a registration for the Brückenwerk customer portal with this
        email address.

        Your activation code: 4827-1190

        Enter it at https://portal.brueckenwerk.example/activate within 72 hours. For your security the
        code works only once. The second part of your login, the initial password, will come by post.

        If you did not start a registration, you can ignore this email – nothing will happen.

        This is an automatically generated message, please do not reply.
        Brückenwerk Versicherungsgruppe · Brückenstraße 9 · 02826 Görlitz · Germany
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer Hannah Kowalczyk-Reed's own mail (attached as message/rfc822) cancelling a trip because of "
      "pregnancy complications, forwarded to the medical officer; health data")
def m():
    inner = new("Hannah Kowalczyk-Reed <hannah.kr@brightinbox.example>", f"reise@{D}",
                "Cancelling our Iceland trip – doctor says no flying", "2026-05-04 21:16",
                mailer="Apple Mail (2.3826.400)", mid="<B61C2E07-8F1A-4C55-9E3B-71A0D2C44F19@brightinbox.example>")
    body(inner, T("""
        Hello,

        I'm afraid we have to cancel our trip to Iceland (23 May – 2 June, booking with Nordlys Reisen,
        ref. NR-55180, EUR 3,960 for two). Our trip cancellation insurance with you is RB 55 702 231.

        I'm 24 weeks pregnant. Last Thursday I had some bleeding and was admitted to the Klinikum for two
        nights. They found a low-lying placenta (placenta praevia) and my gynaecologist Dr. Beyer has told
        me not to fly or travel far until further notice. When we booked in January everything was fine
        and nobody expected this.

        I can send the hospital discharge letter and a certificate from Dr. Beyer. Who do I send them to?

        Best wishes,
        Hannah Kowalczyk-Reed
        """))
    m = new(who("demirkaya"), who("brenneisen"),
            "FW: trip cancellation RV-26-02466 – pregnancy complication, please assess", "2026-05-05 08:40")
    body(m, T("""
        Dear Ulrike,

        could you please have a look at the attached customer mail (English, she's British)? Trip
        cancellation because of a complication in pregnancy. Pregnancy as such isn't an insured event,
        but as I read the conditions an unexpected serious complication is. Booking was in January when
        she was already pregnant – does that change anything from a medical point of view?

        I have asked her for the discharge letter and the gynaecologist's certificate.

        Thanks,
        Aylin

        """) + sig("demirkaya", "en", short=True))
    attach(m, inner, "message/rfc822", "Cancelling our Iceland trip.eml")
    return m


@mail("CONFIDENTIAL", "de", "internal",
      "internal recovery note on Ralf Fiedler's total-loss motor claim: names, plates, claim numbers and the "
      "other side's insurer; nobody injured")
def m():
    m = new(who("vogelsang"), who("quaas"), "Regress KS-26-007730 Fiedler – Quote 70/30 angeboten", "2026-04-03 14:27")
    body(m, T("""
        Hallo Friedemann,

        kurzer Stand zum Regress im Totalschaden Fiedler (unser VN Ralf Fiedler, Ford Focus GR-RF 660,
        Vollkasko KF 30 207 991):

        - Wir haben 11.850 Euro Wiederbeschaffungswert abzüglich Restwert und SB gezahlt.
        - Die Gegenseite (Unfallgegnerin Jacqueline Hampel, Kfz-Haftpflicht bei der Sachsen-Union,
          deren Schaden-Nr. 26-KH-118204) bietet jetzt eine Quote von 70/30 zu unseren Gunsten an. Ihr
          Argument: Herr Fiedler sei mit überhöhter Geschwindigkeit in die Kreuzung eingefahren.
        - Der Unfallbericht der Polizei spricht klar für uns (Vorfahrtsverletzung der Gegnerin), einen
          Geschwindigkeitsnachweis gibt es nicht. Verletzt wurde niemand.

        Ich würde 80/20 fordern und bei 75/25 abschließen. Herr Fiedler bekommt seine SB und den
        Höherstufungsschaden anteilig zurück – kannst du ihm das erklären, wenn wir durch sind? Du hattest
        ja den Kontakt.

        Gruß
        Hanna

        """) + sig("vogelsang", short=True))
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "press release on the storm 'Oda' claims tally with aggregated figures sent to a newspaper; no "
      "customer named")
def m():
    m = new(who("straubinger"), "Redaktion Lausitzer Tagesbote <redaktion@lausitzer-tagesbote.example>",
            "Pressemitteilung: Sturmtief Oda – Brückenwerk zählt über 2.300 Schäden", "2026-03-10 11:00",
            extra=[("Importance", "normal")])
    body(m, T("""
        PRESSEMITTEILUNG

        Sturmtief Oda: Brückenwerk zählt über 2.300 Schäden – Versicherer rät zu Fotos und Geduld

        Görlitz, 10. März 2026. Das Sturmtief Oda hat Ende Februar in Ostsachsen deutliche Spuren
        hinterlassen. Bei der Brückenwerk Versicherungsgruppe sind bis gestern 2.318 Schadenmeldungen
        eingegangen, die meisten aus den Landkreisen Görlitz und Bautzen. Der erwartete Schadenaufwand
        liegt nach erster Schätzung bei rund 11 Millionen Euro.

        "Zwei Drittel der Meldungen betreffen abgedeckte Dächer, umgestürzte Bäume und beschädigte
        Carports", sagt Janina Tietze, die bei Brückenwerk die Wohngebäude-Schäden verantwortet. "Wer
        noch nicht gemeldet hat: Fotos machen, Notreparaturen durchführen lassen und die Rechnungen
        aufheben. Auf einen Sachverständigen muss niemand warten, um ein Loch im Dach zu schließen."

        Schäden an Autos durch Sturm oder herabfallende Äste sind über die Teilkasko versichert,
        Schäden an Gartenmöbeln und Zäunen nur, wenn sie ausdrücklich mitversichert sind.

        Über Brückenwerk: Die Brückenwerk Versicherungsgruppe mit Sitz in Görlitz versichert rund 410.000
        Kundinnen und Kunden in Sachsen, Brandenburg sowie über Niederlassungen in Wrocław und Liberec.

        Pressekontakt: Leonie Straubinger, Telefon +49 3581 7740-110, presse@brueckenwerk.example
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a certificate on Günter Mättig's need for care (diagnoses, mobility, cognition) "
      "under his private care supplement; health data")
def m():
    m = new(who("zschornack"), "Praxis Dr. Ostermann <praxis@hausarzt-ostermann.example>",
            "Anfrage ärztliche Bescheinigung – Herr Günter Mättig, geb. 14.11.1939", "2026-02-20 10:12")
    body(m, T("""
        Sehr geehrter Herr Dr. Ostermann,

        Ihr Patient Herr Günter Mättig, geb. 14.11.1939, wohnhaft Nikolaigraben 6, 02826 Görlitz, hat bei
        uns eine private Pflegezusatzversicherung (Pflegetagegeld, Vertrag PT 81 517 046) und beantragt
        Leistungen. Seine Schweigepflichtentbindung für Sie liegt uns vor (Kopie anbei auf Wunsch).

        Laut Antrag hat sich sein Zustand nach dem Krankenhausaufenthalt im Januar deutlich
        verschlechtert. Um den Antrag ohne zusätzliche Begutachtung entscheiden zu können, bitten wir Sie
        um eine kurze Bescheinigung zu folgenden Punkten:

        1. pflegebegründende Diagnosen (gern mit ICD-10),
        2. Mobilität: Transfer Bett/Stuhl, Gehen in der Wohnung, Treppensteigen,
        3. kognitive Fähigkeiten und Orientierung,
        4. ob seit Januar eine dauerhafte Verschlechterung zu erwarten ist,
        5. Hilfsmittel (Rollator, Pflegebett, Inkontinenzmaterial).

        Ihr Honorar nach GOÄ Nr. 75 übernehmen wir; bitte legen Sie die Rechnung bei. Am einfachsten ist
        die Antwort per Fax an 03581 7740-5190 oder über unseren sicheren Upload-Link, den wir Ihnen auf
        Anfrage schicken. Bitte senden Sie keine Befunde als normale E-Mail.

        """) + sig("zschornack"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "phone dropped in a river under Aidan Fletcher's electronics policy: name, policy and claim number, "
      "IMEI, replacement voucher, his words quoted; no health data")
def m():
    m = new(who("wroblewski"), "Aidan Fletcher <aidan.fletcher@tmail.example>",
            "Re: Phone fell into the Neisse – FE-26-006214", "2026-05-12 14:36",
            irt="<CAH9dK2p5vQeLw@mail.tmail.example>")
    body(m, T("""
        Hi Mr Fletcher,

        Fixwerk has now had your phone on the bench. As you feared, after "it slipped out of my hand
        into the river right at the Obermühle weir while I was taking a picture from the kayak", the
        water damage is too extensive: the main board is corroded, so a repair would cost more than the
        phone is worth.

        We therefore settle the claim FE-26-006214 under your electronics policy EL 309 901 447 as a
        total loss:

            Device: Pixelon Nova 7, IMEI 35 220718 904415 3, bought 9 May 2025 for EUR 529
            Replacement value (less than 24 months old → new value): EUR 529.00
            Excess: EUR 50.00
            Voucher for our partner shop: EUR 479.00

        The voucher code will come in a separate email from Fixwerk within two working days and can be
        used online or in their shop in Dresden. If you'd rather have a cash payment, the value is
        EUR 430.00 – just reply with your bank details.

        The old device stays with Fixwerk for recycling, and they wipe it before it goes anywhere.

        Glad you didn't go in after it.

        """) + sig("wroblewski", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "new-business figures per product and sales channel as a CSV of aggregates (broker firms are "
      "companies); no customer data")
def m():
    m = new(who("rudolph"), f"Vertriebsleitung <vertriebsleitung@{D}>", "Neugeschäft März 2026 – Auswertung Maklerkanal",
            "2026-04-02 08:15")
    body(m, T("""
        Guten Morgen,

        anbei wie jeden Monat die Neugeschäftszahlen aus dem Maklerkanal Ostsachsen (CSV, Semikolon).
        Beiträge = Jahresbeitrag des eingereichten Neugeschäfts.

        Kurz kommentiert:
        - Fahrrad zieht mit dem neuen Tarif an, obwohl er erst am 1.4. startet (Vorziehen von Anträgen).
        - Unfall schwächer, weil ein großer Makler seine Kinderunfall-Aktion erst im Mai fährt.
        - Die Storno-Quote bei Handy bleibt hoch; ich schlage vor, das mit Fixwerk zusammen anzusehen.

        Gruß
        Sven

        """) + sig("rudolph", short=True))
    rows = [["Monat", "Produkt", "Maklerfirma", "Anträge", "Jahresbeitrag EUR", "Stornoquote 6M %"],
            ["2026-03", "Hausrat", "Lausitzer Versicherungskontor GmbH", 48, 9120, 4.1],
            ["2026-03", "Hausrat", "Hainke Versicherungen e.K.", 19, 3310, 2.0],
            ["2026-03", "Privathaftpflicht", "Lausitzer Versicherungskontor GmbH", 61, 4880, 3.2],
            ["2026-03", "Fahrrad", "Lausitzer Versicherungskontor GmbH", 37, 5730, 6.5],
            ["2026-03", "Fahrrad", "Expat Cover Consultants GmbH", 22, 3190, 5.0],
            ["2026-03", "Elektronik/Handy", "alle", 88, 6270, 18.4],
            ["2026-03", "Unfall", "alle", 23, 5980, 3.9],
            ["2026-03", "Rechtsschutz", "alle", 31, 9610, 2.7]]
    attach(m, csv_text(rows).encode("cp1252"), "application/vnd.ms-excel", "NG_Makler_2026-03.csv")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "daily sickness allowance statement for Stuart Pennington after shoulder surgery (rotator cuff), periods "
      "of incapacity and amounts; health data")
def m():
    m = new(who("huebschmann"), "Stuart Pennington <stuart.pennington@inboxly.example>",
            "Daily sickness allowance – statement for 28 Feb to 27 Mar 2026 (KV 81 118 603)", "2026-04-01 13:50")
    rows = [["Period", "Days", "Daily rate", "Amount"],
            ["28 Feb – 13 Mar 2026", "14", "EUR 95.00", "EUR 1,330.00"],
            ["14 Mar – 27 Mar 2026", "14", "EUR 95.00", "EUR 1,330.00"],
            ["Total", "28", "", "EUR 2,660.00"]]
    body(m, T("""
        Dear Mr Pennington,

        thank you for sending the two follow-up certificates from Dr. Kienast. Your incapacity for work
        after the arthroscopic rotator cuff repair on your right shoulder (operation on 16 January) is
        confirmed until 27 March. As your daily sickness allowance starts on the 43rd day of incapacity,
        we pay the following:

        """) + text_table(rows) + T("""

        The amount will be transferred to your account at the Sparkasse this week.

        Your surgeon expects you back at work from 13 April with a phased return. Please send us the next
        certificate as soon as you have it, or – if you return earlier – let us know the first working
        day so that we can close the payments correctly.

        Get well soon!

        """) + sig("huebschmann", "en"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "hail damage to Holger Rentsch's rooftop solar panels under his buildings policy: name, insured address, "
      "policy and claim number; assessor's summary as ODT")
def m():
    m = new(who("tietze"), "Holger Rentsch <holger.rentsch@web-postfach.example>",
            "Hagelschaden Photovoltaikanlage – Gutachten und Regulierung (WG-26-00958)", "2026-05-19 10:05")
    body(m, T("""
        Sehr geehrter Herr Rentsch,

        das Gutachten von Herrn Kröber zur Photovoltaikanlage auf Ihrem Wohnhaus in der Weinhübelstraße 3
        liegt vor; die Zusammenfassung hänge ich Ihnen an (ODT, lässt sich auch mit Word öffnen).

        Ergebnis in Kürze: 11 der 24 Module haben Mikrorisse durch den Hagel vom 2. Mai, die
        Elektrolumineszenz-Aufnahmen sind eindeutig. Der Gutachter empfiehlt, die 11 Module zu tauschen;
        da das Modell nicht mehr lieferbar ist, müssen wegen der Verschaltung alle Module eines Strings
        (12 Stück) ersetzt werden. Das ist nach Ihren Bedingungen versichert.

        Wir übernehmen aus Ihrer Wohngebäudeversicherung WG 402 305 114:
            Module und Montage laut Angebot Solartechnik Kunnerwitz    7.480,00 Euro
            Gerüst                                                      1.150,00 Euro
            Ertragsausfall (geschätzt 6 Wochen)                           210,00 Euro
            abzüglich Selbstbeteiligung                                  -500,00 Euro
            Entschädigung                                              8.340,00 Euro

        Wenn Sie einverstanden sind, beauftragen Sie bitte den Solarteur. Die Rechnung kann er direkt an
        uns schicken.

        """) + sig("tietze"))
    attach(m, odt([
        ("h", "Kurzgutachten Photovoltaikanlage – WG-26-00958"),
        "Objekt: Einfamilienhaus Weinhübelstraße 3, 02827 Görlitz · Eigentümer/VN: Holger Rentsch",
        "Ortstermin: 08.05.2026 · Sachverständiger: Lars Kröber, Tamm & Kröber Sachverständige, Bautzen",
        "Anlage: 24 Module à 400 Wp (2 Strings à 12), Wechselrichter 9,6 kW, Baujahr 2021",
        "Befund: Hagelschlag am 02.05.2026 (Korngröße laut Wetterdienst bis 3 cm). Sichtprüfung ohne "
        "Glasbruch; Elektrolumineszenz-Messung zeigt Mikrorisse an 11 Modulen (String 1: 9, String 2: 2). "
        "Leistungsverlust String 1 ca. 14 %.",
        "Empfehlung: Austausch String 1 komplett (12 Module), da Modell nicht mehr lieferbar; "
        "String 2: die zwei betroffenen Module mit Restbestand aus String 1 tauschen.",
        "Vorschäden: keine festgestellt. Wartungsprotokoll 2025 liegt vor.",
    ], title="Kurzgutachten PV WG-26-00958", creator="Lars Kröber", created="2026-05-14T16:22:00"),
        "application/vnd.oasis.opendocument.text", "Kurzgutachten_PV_WG-26-00958.odt")
    return m


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about the archive full-text search not finding the word 'Unfallbericht'; test "
      "documents only, no case data")
def m():
    m = new(who("constantinescu"), f"DMS Support <dms-support@{D}>",
            "INC-2026-0592 Archive search returns nothing for 'Unfallbericht' since index rebuild", "2026-05-07 11:14")
    body(m, T("""
        Hi DMS team,

        since the index rebuild last weekend, full-text search in the archive (DMS 11.3) returns zero
        hits for some German compound words. Reproduced with our test documents in the TEST-QA cabinet:

          query "Unfallbericht"        -> 0 hits (expected: 14 test docs)
          query "Unfall bericht"       -> 9 hits
          query "Arztbericht"          -> 0 hits (expected: 6)
          query "Schadenanzeige"       -> 31 hits (ok)
          query "Krankenhausrechnung"  -> 0 hits (expected: 3)

        It looks like the German decompounding dictionary wasn't loaded after the rebuild – the log says
        "dictionary de_DE_compound.dic not found, falling back to standard analyzer" (excerpt below).

        Impact: claims staff can't find documents by type, they are working around it with the claim
        number. Priority P3.

          2026-05-02 23:41:07 WARN  idx-worker-2  dictionary de_DE_compound.dic not found,
                                   falling back to standard analyzer
          2026-05-02 23:41:07 INFO  idx-worker-2  rebuilding index 'archive-main' (4,112,907 docs)

        Thanks
        Mirela

        """) + sig("constantinescu", "en", short=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "life insurance underwriting for applicant Daniel Whitaker: disclosed high blood pressure and sleep "
      "apnoea, request for a GP report and a premium loading; health data")
def m():
    m = new(who("loebel"), "Daniel Whitaker <dan.whitaker@fastpost.example>",
            "Your application for term life insurance – a few medical questions (A-26-30418)", "2026-02-25 09:58")
    body(m, T("""
        Dear Mr Whitaker,

        thank you for your application for term life insurance (sum insured EUR 250,000, term 25 years,
        application A-26-30418). In the health questions you disclosed high blood pressure, treated since
        2022 with ramipril 5 mg, and obstructive sleep apnoea diagnosed in 2024, for which you use a CPAP
        device at night.

        Both are common and do not stand in the way of cover. To offer you the best terms we can, we
        would like to know:

        1. your last three blood pressure readings (values and dates), ideally from your GP's records,
        2. whether there are any effects on the heart or kidneys (echo or lab results, if done),
        3. the result of the last sleep-lab check and whether you use the CPAP regularly.

        Alternatively, your GP can send us a short report – your consent from the application covers
        that. We pay the fee.

        If the values are well controlled, we expect to offer cover at the standard premium or with a
        moderate loading of about 25 %. Without further information we could only offer a loading of
        50 %.

        """) + sig("loebel", "en"))
    return m


@mail("CONFIDENTIAL", "mixed", "broker",
      "English broker mail, forwarded internally, submitting Ana Lucía Romero Vidal's German household "
      "application: birth date, address, bank details")
def m():
    m = new(who("rudolph"), f"Antragsbearbeitung Sach <antrag-sach@{D}>",
            "WG: New household contents application – Romero Vidal (ECC)", "2026-02-16 12:44")
    body(m, T("""
        Hallo Antrag Sach,

        Antrag von Expat Cover Consultants, bitte policieren. Makler-Nr. 30072. Der Makler schreibt
        englisch, die Kundin hat das deutsche Formular ausgefüllt, er hat die Angaben abgetippt.

        Danke
        Sven

        """) + sig("rudolph", short=True) + T("""

        From: Patrick O'Donoghue <patrick@ecc-broker.example>
        Sent: Monday, 16 February 2026 11:02
        To: Sven Rudolph <sven.rudolph@brueckenwerk.example>
        Subject: New household contents application – Romero Vidal

        Hi Sven,

        new client for you – household contents plus personal liability as a bundle. She filled in your
        German form, data below as she wrote it:

          Antragstellerin: Ana Lucía Romero Vidal
          Geburtsdatum: 17.08.1991
          Anschrift: Dr.-Kahlbaum-Allee 22, 02826 Görlitz (seit 01.02.2026)
          Wohnfläche: 64 m², 2. OG, Mehrfamilienhaus
          Versicherungssumme Hausrat: 41.600 EUR (650 EUR/m², Unterversicherungsverzicht)
          Fahrrad: ja, bis 1.000 EUR
          Privathaftpflicht: Single, Deckungssumme 10 Mio.
          Vorversicherung: keine in Deutschland (vorher in Valencia)
          Vorschäden letzte 5 Jahre: keine
          Beginn: 01.03.2026
          SEPA-Mandat: Kontoinhaberin Ana Lucía Romero Vidal,
                       IBAN DE72 4306 0967 4220 2145 09

        She would like the documents in English if you have them, German is fine otherwise.

        Thanks a lot,
        Patrick
        --
        Patrick O'Donoghue | Expat Cover Consultants GmbH | Dresden
        """))
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: customer magazine with spring tips on frost damage, cellar storage and bicycle theft; invented "
      "example without names")
def m():
    m = new(f"Brückenwerk Kundenmagazin <magazin@{D}>", f"kundenmagazin@lists.{D}",
            "Ihr Frühjahrscheck: Wasserhahn, Keller, Fahrrad – drei Minuten, die sich lohnen", "2026-03-26 07:00",
            mailer="sys", extra=[("List-Unsubscribe", f"<https://www.{D}/abmelden?l=de>"), ("Precedence", "bulk")])
    text = T("""
        Brückenwerk Kundenmagazin · Frühjahr 2026

        IHR FRÜHJAHRSCHECK IN DREI MINUTEN

        1. Außenwasserhahn
        Der Februar war kalt. Drehen Sie den Außenhahn erst auf, wenn Sie ihn innen wieder geöffnet
        haben, und schauen Sie nach feuchten Stellen an der Wand dahinter. Ein Frostschaden an einer
        Leitung zeigt sich oft erst beim ersten Aufdrehen.

        2. Keller
        Lagern Sie Wertvolles nicht direkt auf dem Boden – bei Rückstau oder einer undichten Leitung ist
        es sonst als Erstes nass. Regale mit 15 cm Bodenabstand reichen oft schon.

        3. Fahrrad
        Notieren Sie die Rahmennummer und fotografieren Sie den Kaufbeleg. Ein Beispiel aus unserer
        Schadenpraxis (erfunden, aber typisch): Ein Kunde meldet sein gestohlenes Rad, die Polizei nimmt
        die Anzeige auf – doch ohne Rahmennummer kann das Rad weder zur Fahndung ausgeschrieben noch
        eindeutig zugeordnet werden. Mit Nummer und Beleg geht die Regulierung meist in wenigen Tagen.

        Schaden melden: www.brueckenwerk.example/schaden oder in der Brückenwerk-App.

        Sie erhalten dieses Magazin, weil Sie es abonniert haben.
        Abmelden: https://www.brueckenwerk.example/abmelden?l=de
        """)
    html = html_doc(p2h(text).replace("<p>IHR FRÜHJAHRSCHECK IN DREI MINUTEN</p>",
                                      "<h2>Ihr Frühjahrscheck in drei Minuten</h2>"))
    return body(m, text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's internal opinion on psychotherapy cover for Lisa Beutler (generalised anxiety "
      "disorder F41.1, 25 sessions); health data")
def m():
    m = new(who("brenneisen"), who("huebschmann"),
            "AW: Antrag Psychotherapie Beutler, KV 81 442 019 – Empfehlung", "2026-03-09 16:05",
            irt="<7A19F4C2.3D55@mail.brueckenwerk.example>")
    body(m, T("""
        Hallo Frau Hübschmann,

        ich habe mir den Bericht der Therapeutin angesehen. Kurz:

        Frau Beutler, 29, generalisierte Angststörung (F41.1) mit begleitender Schlafstörung, Beginn
        nach Jobwechsel und Trennung 2025. Keine Vorbehandlung, keine stationären Aufenthalte. Geplant
        Verhaltenstherapie als Kurzzeittherapie, 25 Sitzungen à 50 Minuten, Approbation und Kassensitz
        der Therapeutin liegen vor.

        Das ist leitliniengerecht und nach Tarif KompaktAmbulant erstattungsfähig (bis 30 Sitzungen je
        Kalenderjahr ohne Gutachterverfahren). Keine Bedenken – bitte Kostenzusage für 25 Sitzungen
        erteilen. Bei Verlängerung würde ich einen kurzen Verlaufsbericht sehen wollen.

        Den Hinweis im Antrag, dass Frau Beutler "zeitweise Alkohol zum Einschlafen" nutze, bitte nicht
        in die Kostenzusage übernehmen; das ist für die Entscheidung nicht relevant.

        Viele Grüße
        U. Brenneisen

        > Von: Kathleen Hübschmann
        > Gesendet: Montag, 9. März 2026 10:12
        > Betreff: Antrag Psychotherapie Beutler, KV 81 442 019
        >
        > Hallo Frau Dr. Brenneisen, anbei der Antrag auf Kostenübernahme für eine ambulante
        > Psychotherapie. Können Sie bitte drüberschauen? Danke, K. Hübschmann
        """))
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "rental-car excess reimbursement for Sean Gallagher after a scratch on Mallorca: name, policy and claim "
      "number, rental agreement, German policy clause quoted in an English reply; no health data")
def m():
    m = new(who("demirkaya"), "Sean Gallagher <sean.gallagher@brightinbox.example>",
            "Re: Excess charged by the car rental in Palma – RV-26-02391", "2026-05-14 16:20",
            irt="<CAPg77ZkL0aq@mail.brightinbox.example>")
    body(m, T("""
        Dear Mr Gallagher,

        good news first: the excess that the rental company charged you is covered by your annual travel
        policy RJ 20 880 174.

        You asked where exactly it says so. The German wording of your policy conditions, section 7.3, is:

          "Selbstbehalterstattung für Mietfahrzeuge: Wird bei einem im Ausland gemieteten Pkw ein
          Kasko-Schaden vom Vermieter in Höhe der vereinbarten Selbstbeteiligung in Rechnung gestellt,
          erstatten wir diesen Betrag bis 1.500 Euro je Reise. Voraussetzung ist eine Vollkasko-
          versicherung des Fahrzeugs im Mietvertrag."

        In short: if the rental company charges you the agreed excess for damage to a car rented abroad,
        we reimburse it up to EUR 1,500 per trip, provided the rental included collision damage cover.

        Your documents show exactly that: rental agreement PMI-0418822 with CDW, the damage report for the
        scratch on the rear bumper ("some genius in the hotel car park", as you put it), and the charge of
        EUR 900 to your credit card. We will transfer EUR 900 to your account in the next few days;
        claim number RV-26-02391.

        """) + sig("demirkaya", "en"))
    return m


@mail("NORMAL", "en", "insurer-to-supplier",
      "licence renewal for the claims photo-processing software with technical requirements; no personal data")
def m():
    m = new(who("wendel"), "Renewals <renewals@claimsnap.example>",
            "Renewal ClaimSnap Enterprise – contract CS-DE-0217, 2026/27", "2026-04-30 10:58",
            cc=who("constantinescu"))
    body(m, T("""
        Dear ClaimSnap team,

        we would like to renew our ClaimSnap Enterprise licence (contract CS-DE-0217) for another 12 months
        from 1 June 2026, with the following changes:

        - users: from 85 to 110 named users (claims staff in Wrocław and Liberec join),
        - add-on "Metadata Scrubber" (removal of GPS/EXIF data on upload) – please confirm that it leaves
          the capture date in place, our fraud team needs it,
        - hosting remains in your Frankfurt data centre; please send the current sub-processor list for
          our DPA annex.

        Please send the quote to einkauf@brueckenwerk.example. We need it by 15 May to get it through our
        approval round.

        """) + sig("wendel", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "occupational disability benefit granted for 12 months to Matthias Kunze because of his depressive "
      "illness, pension amount and premium waiver; health and life-line data")
def m():
    m = new(who("lasota"), "Matthias Kunze <m.kunze@posteingang.example>",
            "Ihre Berufsunfähigkeitsversicherung BU 63 201 887 – unsere Entscheidung", "2026-03-04 11:30")
    body(m, T("""
        Sehr geehrter Herr Kunze,

        wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung geprüft und dabei
        die Berichte Ihres behandelnden Psychiaters und der Tagesklinik berücksichtigt. Vielen Dank, dass
        Sie uns diese so vollständig zur Verfügung gestellt haben.

        Wir erkennen unsere Leistungspflicht an, und zwar zeitlich befristet für die Zeit vom
        01.03.2026 bis 28.02.2027:

            monatliche BU-Rente                1.450,00 Euro
            Beitragsbefreiung                  ab 01.03.2026 (Monatsbeitrag bisher 68,42 Euro)
            Nachzahlung ab Beginn der BU       keine – der Eintritt wurde zum 01.03.2026 festgestellt

        Warum befristet? Ihre Erkrankung wird derzeit behandelt, und eine Besserung ist nach Einschätzung
        Ihrer Ärzte gut möglich. Die Befristung ist nach § 173 Abs. 2 VVG einmalig zulässig; sie bedeutet
        nicht, dass wir die Leistung dann einstellen. Etwa drei Monate vor Ablauf melden wir uns und
        fragen nach dem aktuellen Stand.

        Die erste Rente überweisen wir zum 01.04.2026 für März und April.

        Ich wünsche Ihnen von Herzen gute Besserung.

        """) + sig("lasota"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "marten bite damage under Enrico Pfitzner's partial-cover motor policy: name, number plate, policy and "
      "claim number, payment to his IBAN")
def m():
    m = new(who("quaas"), "Enrico Pfitzner <enrico.pfitzner@lausitz-mail.example>",
            "Marderschaden GR-EP 318 – Abrechnung KS-26-008815", "2026-04-23 09:40")
    body(m, T("""
        Hallo Herr Pfitzner,

        die Rechnung der Werkstatt Autoservice Weinhübel über die Reparatur nach dem Marderbiss liegt
        uns vor. Abrechnung zu Ihrer Teilkasko KF 30 441 576, Schaden-Nr. KS-26-008815:

            Zündkabel und Kühlwasserschlauch erneuert       318,40 Euro
            Folgeschaden Motorsteuergerät                   742,10 Euro
            Marderschutz (Hochspannungsgerät)               nicht versichert
            Summe versicherter Schaden                    1.060,50 Euro
            Selbstbeteiligung Teilkasko                    -150,00 Euro
            Auszahlung                                      910,50 Euro

        Folgeschäden nach Marderbiss sind in Ihrem Tarif bis 3.000 Euro eingeschlossen. Den Marderschutz
        müssen wir leider herausnehmen – er ist eine Vorsorgemaßnahme, kein Schaden. Gute Idee ist er
        trotzdem.

        Wir überweisen den Betrag auf Ihr Konto DE89 4306 0967 4459 8482 41.

        """) + sig("quaas"))
    return m


@mail("NORMAL", "en", "internal",
      "workshop invitation (ICS) on flood-zone mapping for property underwriting; no personal data")
def m():
    m = new(who("ashdown"), f"Property Underwriting <property-uw@{D}>",
            "Invitation: Natural hazards workshop – flood zones along the Neisse, 19 May", "2026-04-27 15:45",
            cc=who("tietze"))
    body(m, T("""
        Hello everyone,

        after storm Oda and the spring flood warnings, we'd like to get underwriting, claims and our
        colleagues in Wrocław and Liberec into one room to compare flood-zone data along the Neisse
        (Nysa Łużycka / Lužická Nisa). The three countries use different hazard maps; Skagerrak Re has
        offered to present their harmonised cross-border model.

        Agenda:
        1. Flood zones DE / PL / CZ – what each map means (J. Tietze, M. Zielińska, P. Hruška)
        2. Skagerrak Re cross-border model and accumulation view (I. Thorsrud, remote)
        3. What it means for our buildings and contents rating in 2027
        4. Claims lessons from 2010 and 2024 – aggregated, by postcode

        Invitation attached. Lunch provided; please tell me about dietary needs by 12 May.

        Claire

        """) + sig("ashdown", "en", short=True))
    attach_text(m, ics("natcat-ws-2026-05-19@brueckenwerk.example", "20260519T093000", "20260519T153000",
                       "Natural hazards workshop – flood zones along the Neisse",
                       "Görlitz, Brückenstraße 9, Saal Landeskrone / Teams",
                       ("Claire Ashdown", mbox("ashdown")),
                       [("Property Underwriting", f"property-uw@{D}"), ("Janina Tietze", mbox("tietze")),
                        ("Ingrid Thorsrud", "ingrid.thorsrud@skagerrak-re.example")],
                       stamp="20260427134500Z"),
                "calendar", "natcat_workshop.ics", params={"method": "REQUEST"})
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a Prague clinic for Henrik Aas's planned gallbladder removal under his "
      "international health plan; health data")
def m():
    m = new(who("raghunathan"), "International Patients Office <intl@vltava-medical.example>",
            "Guarantee of payment – Mr Henrik Aas, DOB 02/04/1983 – cholecystectomy on 21 April", "2026-04-14 12:12")
    body(m, T("""
        Dear colleagues,

        we confirm that Mr Henrik Aas, date of birth 2 April 1983, resident in Liberec, is insured with
        Brückenwerk Krankenversicherung AG under our international health plan GlobalCare Comfort,
        member no. IH 84 207 115, valid since 1 September 2024.

        We issue a guarantee of payment for his planned admission on 21 April 2026:

            Diagnosis: symptomatic cholelithiasis with recurrent biliary colic (K80.20)
            Procedure: elective laparoscopic cholecystectomy
            Planned stay: 2 nights, standard single room
            Guarantee up to: CZK 185,000 (about EUR 7,400) according to your estimate no. 26-0412

        Excluded: personal items, telephone, companion accommodation. Any extension of the stay or
        additional procedures need our prior approval – please call our 24/7 line +49 3581 7740-5080.

        Please send the final invoice with the discharge report to intl-claims@brueckenwerk.example,
        quoting the member number. We settle within 14 days.

        """) + sig("raghunathan", "en"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability claim for a neighbour's window broken by Thomas Greenwood's son: names, addresses, "
      "policy and claim number; the glazier's invoice attached as PDF; no injury")
def m():
    m = new(who("sobottka"), "Thomas Greenwood <tom.greenwood@inboxly.example>",
            "Your son's football and Mr Kliemann's window – claim SH-26-047520 settled", "2026-05-08 13:17",
            irt="<CAJx01Bq7m2n@mail.inboxly.example>")
    body(m, T("""
        Dear Mr Greenwood,

        the claim is settled. We have paid the glazier's invoice of EUR 612.85 directly to your neighbour,
        Mr Dieter Kliemann, as he had already paid Glaserei Heidrich himself. As you asked, a copy of the
        invoice is attached for your records.

        You wrote that Oliver "swears it was a perfectly normal shot and the window just got in the way" –
        for what it's worth, he is eight, and under German law children of that age are liable for damage
        like this, so your personal liability insurance PH 610 774 082 was the right place for it. The
        claim does not affect your premium.

        Claim number for reference: SH-26-047520.

        """) + sig("sobottka", "en"))
    attach(m, pdf([
        "# Glaserei Heidrich",
        "Meisterbetrieb · Leipziger Straße 80 · 02827 Görlitz · Tel. 03581 66120",
        "",
        "Rechnung Nr. 2026-0611 · Datum: 27.04.2026",
        "Kunde: Herr Dieter Kliemann, Heilige-Grab-Straße 51, 02828 Görlitz",
        "",
        "Austausch Isolierglasscheibe Wohnzimmerfenster (Ballwurf), 1,20 x 1,40 m, Ug 1,1",
        "Isolierglas 2-fach, Zuschnitt ...................... 289,00 EUR",
        "Aus- und Einbau, Entsorgung Altglas ................ 165,00 EUR",
        "Notverglasung (Platte) am 24.04.2026 ................ 61,00 EUR",
        "Summe netto 515,00 EUR · USt 19 % 97,85 EUR · Gesamt 612,85 EUR",
        "",
        "Betrag dankend erhalten am 28.04.2026 (bar).",
        "Bankverbindung: Glaserei Heidrich, IBAN DE11 8505 0300 0478 4220 45",
    ], title="Rechnung 2026-0611", author="Glaserei Heidrich", producer="Handwerk Office 9",
        created="20260427104412+02'00'"), "application/pdf", "Rechnung_Glaserei_Heidrich_2026-0611.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "regulatory reporting schedule with the supervisor (Solvency II quarterly templates); no personal data")
def m():
    m = new(who("ohlendorf"), "Referat VA 21 <va21@bafin.example>",
            "Brückenwerk Allgemeine (Reg.-Nr. 6138) – Einreichung QRT Q1/2026", "2026-05-04 09:30",
            cc="Meldewesen <meldewesen@brueckenwerk.example>")
    body(m, T("""
        Sehr geehrte Damen und Herren,

        wir bestätigen den Eingang Ihres Schreibens vom 22.04.2026 zur Quartalsberichterstattung.

        Die quantitativen Berichtsformulare (QRT) für das erste Quartal 2026 der Brückenwerk Allgemeine
        Versicherung AG (Reg.-Nr. 6138), der Brückenwerk Krankenversicherung AG (Reg.-Nr. 6139) und der
        Brückenwerk Lebensversicherung AG (Reg.-Nr. 6140) werden fristgerecht bis zum 26.05.2026 über
        das MVP-Portal eingereicht. Die Umstellung auf die Taxonomie 2.9 ist abgeschlossen; die
        Validierungen laufen seit letzter Woche ohne Fehler.

        Zu Ihrer Rückfrage zum Sturmereignis Oda: Der Schadenaufwand ist in den technischen
        Rückstellungen zum 31.03.2026 vollständig berücksichtigt; eine Inanspruchnahme der
        Rückversicherung erwarten wir nicht. Details enthält das Formular S.26.03.

        Ansprechpartner für Rückfragen bleibe ich.

        """) + sig("ohlendorf"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "Gisela Hanusch's own account of falling on her cellar stairs (ankle fracture, operation, rehab) "
      "forwarded to the accident team; health data")
def m():
    m = new(who("karaca"), f"Leistung Unfall <leistung-unfall@{D}>", "WG: Sturz Kellertreppe – UV 72 055 613 Hanusch",
            "2026-02-23 10:02")
    body(m, T("""
        Hallo Unfall-Team,

        bitte übernehmen – Frau Hanusch hat keinen Portalzugang und schreibt über die Mailadresse ihrer
        Enkelin. Rückruf gewünscht, am besten vormittags (Festnetz im Bestand).

        Yusuf
        """) + T("""

        -------- Original-Nachricht --------
        Betreff: Unfall meine Oma Gisela Hanusch
        Datum: 22.02.2026 17:31
        Von: Sophie Hanusch <sophie.hanusch@tmail.example>
        An: service@brueckenwerk.example

        Guten Tag, ich schreibe für meine Oma, sie hat mir diktiert:

        "Ich bin am 9. Februar auf der Kellertreppe ausgerutscht, als ich den Wäschekorb runtergetragen
        habe. Die dritte Stufe von unten war feucht. Ich bin auf den rechten Fuß gefallen und konnte nicht
        mehr aufstehen, meine Nachbarin hat den Krankenwagen gerufen. Im Klinikum haben sie einen
        Sprunggelenkbruch festgestellt (Weber B, sagt der Arzt) und am nächsten Tag operiert, mit
        Schrauben und Platte. Ich war 8 Tage im Krankenhaus und komme jetzt Anfang März in die Reha nach
        Bad Schandau.

        Ich habe seit vielen Jahren eine Unfallversicherung bei Ihnen, Nummer UV 72 055 613. Zahlt die
        etwas für das Krankenhaus? Und ich habe gelesen, dass es Hilfe im Haushalt gibt, ich kann ja
        gerade nicht einkaufen und nicht putzen."

        Sie ist 71 und wohnt allein in der Biesnitzer Straße 58. Vielen Dank!
        Sophie Hanusch
        """), cte="8bit", flowed=False)
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "commercial liability claim of a bakery company against which a café claims for a damaged display "
      "counter; named contact persons, policy and claim number; no injury")
def m():
    m = new(who("feddersen"), "Marko Wendisch <m.wendisch@baeckerei-wendisch.example>",
            "Ihr Haftpflichtschaden BH-26-00284 – beschädigte Kühlvitrine Café Lindner", "2026-03-17 14:40")
    body(m, T("""
        Sehr geehrter Herr Wendisch,

        vielen Dank für die Schadenmeldung zu Ihrer Betriebshaftpflicht BH 71 118 330 (Bäckerei Wendisch
        GmbH). Ich fasse zusammen, wie ich es verstanden habe:

        Ihr Fahrer, Herr Kevin Mros, hat am 12.03. beim Beliefern des Café Lindner am Untermarkt mit dem
        Rollwagen die Glasfront der Kühlvitrine gerammt; die Scheibe ist gesprungen, die Kühlung läuft
        noch. Verletzt wurde niemand. Frau Lindner (Geschäftsführerin der Café Lindner GmbH) verlangt den
        Austausch der Glasfront, laut Kostenvoranschlag 1.980 Euro netto, und einen Umsatzausfall für
        zwei Tage.

        Das ist ein klassischer Bearbeitungs-/Lieferschaden und über Ihren Vertrag gedeckt. Bitte senden
        Sie mir noch:
        - eine kurze schriftliche Schilderung von Herrn Mros (zwei, drei Sätze reichen),
        - den Kostenvoranschlag und, falls vorhanden, Fotos,
        - die Kontaktdaten von Frau Lindner, damit ich den Umsatzausfall direkt mit ihr kläre.

        Bitte erkennen Sie gegenüber dem Café keine Zahlungspflicht an – das übernehmen wir. Die
        Selbstbeteiligung von 250 Euro trägt Ihr Betrieb.

        """) + sig("feddersen"))
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: English broker newsletter on legal-expenses tariff changes with invented example cases; no "
      "customer named")
def m():
    m = new(f"Brückenwerk Broker News <brokernews@{D}>", f"brokers-en@lists.{D}",
            "Broker News: legal expenses 2026 – shorter waiting periods, new mediation service", "2026-02-10 08:30",
            mailer="sys", extra=[("Precedence", "bulk")])
    text = T("""
        BROKER NEWS – February 2026 (English edition)

        LEGAL EXPENSES: WHAT CHANGES ON 1 MARCH

        1. Waiting period for employment and tenancy disputes down from 3 months to 2 months.
        2. New telephone mediation service for neighbour disputes, free of charge and without excess –
           mediations do not count as a claim.
        3. Online legal advice (first consultation by video) now included in all tariffs.
        4. Criminal defence: cover extended to administrative fine proceedings involving a driving ban.

        Typical cases (invented, for illustration):
        - A tenant's landlord keeps the deposit because of "wear and tear". Cover: tenancy legal
          expenses, lawyer's fees for the out-of-court letter and, if needed, the local court.
        - An employee is dismissed after six years. Cover: employment legal expenses from the first
          meeting with the lawyer, including the unfair dismissal suit.
        - A couple's hedge grows over the neighbour's drive. New: mediation first, lawyer only if that
          fails.

        New premiums and the conditions (German and English courtesy translation) are in the broker
        portal under Products > Legal expenses.

        Questions? Sven Rudolph, Broker Relations, +49 3581 7740-150
        """)
    return body(m, text, html=html_doc(p2h(text)))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel health reimbursement for Mehmet Yıldız: middle-ear infection treated by a doctor in Antalya, "
      "antibiotics; health data")
def m():
    m = new(who("demirkaya"), "Mehmet Yıldız <mehmet.yildiz@web-postfach.example>",
            "Ihre Arztrechnung aus Antalya – Erstattung (RV-26-01652)", "2026-04-10 10:06",
            irt="<2c9e1a40-77b1-4d2f@web-postfach.example>")
    body(m, T("""
        Merhaba Herr Yıldız,

        vielen Dank für die Belege aus Antalya. Sie schrieben: "Am dritten Tag bei meiner Schwester hatte
        ich so starke Ohrenschmerzen, dass ich nachts nicht schlafen konnte, dann bin ich in die
        Privatklinik in Muratpaşa." Laut Bericht der Klinik wurde dort eine akute Mittelohrentzündung
        links festgestellt und ein Antibiotikum (Amoxicillin) sowie Schmerzmittel verordnet.

        Aus Ihrer Auslandsreisekrankenversicherung RJ 20 512 338 erstatten wir:

            Behandlung Özel Muratpaşa Kliniği        2.150 TRY   =  50,12 Euro
            Medikamente (Apotheke)                      486 TRY   =  11,33 Euro
            Summe                                                  61,45 Euro

        Umgerechnet haben wir mit dem Kurs des Behandlungstages. Eine Übersetzung der türkischen Belege
        brauchen wir nicht.

        Falls die Beschwerden wiederkommen: Die Nachbehandlung hier in Deutschland läuft über Ihre
        Krankenkasse.

        """) + sig("demirkaya"))
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: SEPA file-format change agreed with the insurer's bank; only the insurer's own company account "
      "and creditor ID, no customer data")
def m():
    m = new(who("kaessner"), "Firmenkundenbetreuung <firmenkunden@ostsachsenbank.example>",
            "Umstellung Lastschrifteinreichung auf pain.008.001.08 ab 1. Juni", "2026-04-20 15:16")
    body(m, T("""
        Sehr geehrter Herr Fröde,

        wie besprochen stellen wir die Einreichung unserer Sammellastschriften zum 1. Juni 2026 auf das
        Format pain.008.001.08 um. Zur Bestätigung die Eckdaten:

        Kontoinhaberin: Brückenwerk Allgemeine Versicherung AG
        Konto: DE84 1009 0000 3555 7744 72
        Gläubiger-Identifikationsnummer: DE49ZZZ00001238456
        Einreichung: EBICS, täglich bis 14:00 Uhr, Fälligkeiten jeweils zum 1. und 15. des Monats
        Volumen: ca. 96.000 Lastschriften monatlich (Hausrat, Haftpflicht, Kfz, Rechtsschutz)

        Bitte richten Sie uns bis 15. Mai die Testumgebung ein; wir schicken dann eine Testdatei mit
        synthetischen Mandaten (keine echten Kundendaten).

        Die Rücklastschriftdateien (camt.054) bitte unverändert weiterhin über denselben Kanal.

        """) + sig("kaessner"))
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order of first-aid kits and defibrillator pads for the offices; no person concerned")
def m():
    m = new(who("wendel"), "Bestellservice <bestellung@medi-bedarf-sachsen.example>",
            "Bestellung 4500032388 – Verbandkästen, AED-Elektroden, Augenspülflaschen", "2026-02-12 10:30")
    body(m, T("""
        Guten Tag,

        bitte liefern Sie zu unserem Rahmenvertrag RV-2024-118:

        24 × Betriebsverbandkasten DIN 13157, Wandhalterung
        10 × Nachfüllset DIN 13157
         6 × AED-Elektroden Erwachsene (für Geräte Typ Lifeguard 3)
         2 × AED-Elektroden Kinder
         8 × Augenspülflasche 500 ml
         4 × Rettungsdecke 10er-Pack

        Hintergrund: jährliche Prüfung durch die Fachkraft für Arbeitssicherheit, einige Kästen sind
        abgelaufen (Pflaster, Kompressen), die AED-Elektroden laufen im März ab.

        Lieferung an Brückenstraße 9, Warenannahme, Kostenstelle 9100 (Arbeitsschutz).

        """) + sig("wendel"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor",
      "German letter to a GP quoting an English discharge summary from Bangkok: Bernd Lötzsch's pneumonia "
      "and question about known COPD; health data")
def m():
    m = new(who("demirkaya"), "Praxis Dr. Buhl <post@praxis-buhl.example>",
            "Anfrage zu Vorerkrankungen – Herr Bernd Lötzsch, geb. 30.06.1958 (RV-26-00894)", "2026-02-18 14:44")
    body(m, T("""
        Sehr geehrter Herr Dr. Buhl,

        Ihr Patient Herr Bernd Lötzsch, geb. 30.06.1958, wurde während einer Reise in Thailand stationär
        behandelt. Er hat uns von der Schweigepflicht Ihnen gegenüber entbunden (Erklärung anbei auf
        Wunsch). Der Entlassungsbericht des Krankenhauses liegt uns in englischer Sprache vor:

          "Discharge summary – Bangkok Riverside Hospital. Mr Bernd Loetzsch, 67, admitted 21 Jan 2026
          with fever, productive cough and dyspnoea. Chest X-ray: right lower lobe consolidation.
          Diagnosis: community-acquired pneumonia; known COPD (GOLD 2) on tiotropium, exacerbation.
          Treated with IV ceftriaxone and azithromycin, oxygen 2 l/min. Discharged 28 Jan, fit to fly
          with oxygen on request."

        Für die Prüfung in der Auslandsreisekrankenversicherung bitten wir Sie um eine kurze Auskunft:

        1. Seit wann ist die COPD bekannt, und mit welcher Medikation wurde Herr Lötzsch vor der Reise
           behandelt?
        2. Gab es in den sechs Monaten vor Reisebeginn (15.01.2026) eine Verschlechterung oder eine
           Änderung der Therapie?
        3. Hatten Sie von der Reise abgeraten?

        Hintergrund: Akute Verschlechterungen einer bekannten Erkrankung sind versichert, sofern die
        Reise nicht gerade wegen dieser Erkrankung angetreten wurde oder ärztlich abgeraten war. Ihr
        Honorar übernehmen wir selbstverständlich.

        """) + sig("demirkaya"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "employment legal-expenses cover for Joanna Wiśniewska's claim for unpaid overtime: her salary, hourly "
      "rate, employer, policy and claim number; no health data")
def m():
    m = new(who("eberlein"), "Joanna Wiśniewska <joanna.wisniewska@fastpost.example>",
            "Legal expenses cover – unpaid overtime (RS 26-01418-J)", "2026-04-02 13:13")
    body(m, T("""
        Dear Ms Wiśniewska,

        thank you for your call and the documents. We confirm cover under your legal expenses policy
        RS 44 407 215 (private, employment and traffic) for your claim against your employer,
        Neißelogistik GmbH, for unpaid overtime. Your policy started on 1 October 2025, so the waiting
        period is over.

        As we understood it:
        - gross monthly salary EUR 3,180, contractual 40 hours per week, hourly rate about EUR 18.40,
        - 212 hours of overtime between July 2025 and February 2026 recorded in the time-tracking system,
          which your employer now says were "voluntary",
        - claim therefore about EUR 3,900 gross.

        The cover is for a lawyer's out-of-court work and, if needed, the claim before the Labour Court
        in Bautzen. Please note: in first-instance labour court proceedings each side pays its own
        lawyer even if it wins – this is exactly why the insurance matters here.

        If you don't have a lawyer yet, we can recommend one who works in English or Polish.

        """) + sig("eberlein", "en"))
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank buildings-insurance application form with placeholders sent to a broker firm; no customer "
      "data")
def m():
    m = new(who("rudolph"), "Doreen Matschke <d.matschke@lvk-makler.example>",
            "AW: aktuelles Antragsformular Wohngebäude", "2026-02-06 11:48",
            irt="<000001dc9702$1a2b3c4d$@lvk-makler.example>")
    body(m, T("""
        Hallo Frau Matschke,

        anbei der aktuelle Blankoantrag Wohngebäude (Stand 01/2026) als PDF. Die Version von 2024 bitte
        nicht mehr verwenden – dort fehlt noch die Frage nach Photovoltaik und Wärmepumpe.

        Viel einfacher geht es natürlich im Maklerportal, da sind die Pflichtfelder geprüft.

        Viele Grüße
        Sven Rudolph

        """) + sig("rudolph", foot=False))
    attach(m, pdf([
        "# Antrag Wohngebäudeversicherung (Stand 01/2026)",
        "Brückenwerk Allgemeine Versicherung AG",
        "",
        "1. Antragsteller/in: Name, Vorname ______________________  Geburtsdatum __.__.____",
        "   Anschrift ______________________________________________",
        "2. Versicherungsort: ______________________________________",
        "3. Gebäude: Baujahr ____  Wohnfläche ____ m²  Bauartklasse I / II / III",
        "   Photovoltaik: ja / nein, Leistung ____ kWp   Wärmepumpe: ja / nein",
        "4. Gefahren: Feuer · Leitungswasser · Sturm/Hagel · Elementar (ZÜRS-Zone ____)",
        "5. Vorschäden in den letzten 5 Jahren: ja / nein – wenn ja: Art, Jahr, Höhe",
        "6. SEPA-Lastschriftmandat: Kontoinhaber/in __________  IBAN DE__ ____ ____ ____ ____ __",
        "",
        "Ort, Datum ______________  Unterschrift ______________",
    ], title="Blankoantrag Wohngebäude 01-2026", author="Brückenwerk Produktmanagement",
        created="20260105090000+01'00'"), "application/pdf", "Antrag_Wohngebaeude_Blanko_2026-01.pdf")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal escalation of Valentina Russo's complaint about her international health claim for inpatient "
      "eating-disorder treatment in Singapore (F50.0); health data")
def m():
    m = new(who("raghunathan"), who("huebschmann"),
            "ESCALATION: complaint Russo, IH 84 330 902 – inpatient treatment Singapore", "2026-05-13 09:22",
            cc=who("brenneisen"), extra=[("Importance", "high"), ("Sensitivity", "Confidential")])
    body(m, T("""
        Kathleen, Ulrike,

        I need your help with this one today if at all possible.

        Member: Valentina Russo, 34, GlobalCare Premium IH 84 330 902, based in Singapore.
        Claim: inpatient treatment at Mount Faber Specialist Centre, 6 weeks from 23 March, diagnosis
        anorexia nervosa (F50.0) with BMI 15.1 on admission and bradycardia. Invoice SGD 71,400.

        What went wrong: we issued a pre-authorisation for 14 days only, the extension request from the
        clinic sat in the shared inbox for 11 days, and the clinic has now asked the member to pay the
        difference herself. Her partner wrote to our complaints address yesterday; quote: "She finally
        agreed to get help and now she is lying there worrying about money."

        Plan:
        1. Ulrike – could you look at the clinic's progress report (in the claim file) and confirm
           medical necessity for the full 6 weeks? I'd like to approve retroactively today.
        2. Kathleen – please release the payment guarantee for the remaining period once Ulrike agrees.
        3. I'll call the member's partner (she has given written authorisation) and answer the
           complaint formally by Friday.

        Thanks,
        Priya

        """) + sig("raghunathan", "en", short=True))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to Bärbel Wünsche's carport under her buildings policy, HTML-only mail: name, insured "
      "address, policy and claim number, her words; no health data")
def m():
    m = new(who("tietze"), "Bärbel Wünsche <baerbel.wuensche@freemail-de.example>",
            "AW: Carport kaputt nach Sturm – WG-26-00544", "2026-03-03 09:18",
            irt="<1772441188.31502@freemail-de.example>")
    html = html_doc(
        "<p>Sehr geehrte Frau Wünsche,</p>"
        "<p>danke für Ihre Nachricht und die Fotos. Sie schrieben: <i>„Die große Kiefer vom Nachbargrundstück "
        "hat einen dicken Ast verloren, der liegt jetzt quer auf dem Carportdach, zwei Platten sind durch und "
        "ein Pfosten ist schief. Das Auto stand zum Glück in der Garage.“</i></p>"
        "<p>Der Carport ist in Ihrer Wohngebäudeversicherung <b>WG 402 190 447</b> als Nebengebäude "
        "mitversichert, Sturmschäden ab Windstärke 8 sind gedeckt – für den 27. Februar hat der Wetterdienst "
        "an Ihrem Standort Böen der Stärke 10 gemessen. Schaden-Nr.: <b>WG-26-00544</b>, "
        "Versicherungsort Alte Landeskroner Straße 9, 02827 Görlitz.</p>"
        "<p>Sie müssen nicht auf einen Gutachter warten. Bitte</p><ol>"
        "<li>lassen Sie den Ast von einem Fachbetrieb entfernen (Kosten sind mitversichert),</li>"
        "<li>holen Sie einen Kostenvoranschlag für die Dachplatten und den Pfosten ein,</li>"
        "<li>schicken Sie mir beides, dann gebe ich die Reparatur frei.</li></ol>"
        "<p>Dass der Baum beim Nachbarn stand, spielt für Sie keine Rolle; wir regulieren aus Ihrem Vertrag "
        "und prüfen anschließend selbst, ob beim Nachbarn etwas zu holen ist (bei einem gesunden Baum und "
        "Sturm meist nicht).</p>"
        "<p>Mit freundlichen Grüßen</p><p>Janina Tietze<br>Schaden Wohngebäude &amp; Sachverständigensteuerung"
        "<br>Brückenwerk Allgemeine Versicherung AG<br>Telefon +49 3581 7740-335</p>"
        '<p style="font-size:8pt;color:#888">' + xesc(FOOT_DE["allg"]).replace("\n", "<br>") + "</p>")
    return body(m, None, html=html, html_only=True)


@mail("NORMAL", "en", "insurer-to-partner",
      "data-processing agreement discussion with the Czech service company's DPO: general clauses and "
      "technical measures, no personal data")
def m():
    m = new(who("hausotter"), "Lucie Benešová <dpo@lbs-services.example>",
            "DPA Liberec claims support – our comments on draft v3", "2026-03-25 16:48")
    body(m, T("""
        Dear Ms Benešová,

        thank you for draft v3 of the data processing agreement for the claims support that LBS Services
        s.r.o. will provide to our Liberec branch. Our comments:

        1. Clause 4 (categories of data): please add "health data (Art. 9 GDPR) in accident and travel
           claims" – your staff will see it in the documents, so the agreement must say so.
        2. Clause 7 (sub-processors): the cloud backup provider is missing. We need it listed with the
           location of the data centre.
        3. Clause 9 (transfers): we agree that no data leaves the EU/EEA. Remote access from outside the
           EU is not permitted, including for holidays.
        4. Annex 2 (TOMs): please describe encryption of e-mail with us (we offer TLS-enforced connection
           or S/MIME via our gateway), and the deletion of local copies after upload.
        5. Clause 12 (audits): one on-site audit per year plus ad hoc audits after incidents.

        Could we go through it in a call next week? Tuesday or Thursday afternoon would suit me.

        """) + sig("hausotter", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: process change for dental supplement claims (graduated limits) explained to the team with "
      "invented example figures; no insured person")
def m():
    m = new(who("huebschmann"), f"Team Leistung KV <team-leistung-kv@{D}>", "Ab 1. Mai: Zahnstaffel automatisch prüfen",
            "2026-04-24 14:02")
    body(m, T("""
        Hallo zusammen,

        ab 1. Mai prüft das System die Zahnstaffel in den Tarifen ZahnPlus 70/90 automatisch. Bisher
        mussten wir die Summe der Erstattungen in den ersten vier Vertragsjahren von Hand nachrechnen.

        Was sich für euch ändert:
        - Im Leistungsbeleg steht jetzt "Zahnstaffel: verbraucht X von Y Euro".
        - Ist die Staffel ausgeschöpft, kürzt das System automatisch und setzt den Textbaustein Z-14.
        - Unfallbedingte Zahnbehandlungen sind von der Staffel ausgenommen – das erkennt das System nur,
          wenn ihr im Beleg das Kennzeichen "Unfall" setzt. Bitte nicht vergessen!

        Beispiel (erfunden): Vertragsbeginn 01.07.2024, Staffel im 2. Jahr 1.000 Euro, bereits erstattet
        720 Euro, neue Rechnung mit erstattungsfähigen 600 Euro → das System erstattet 280 Euro und
        merkt den Rest für das 3. Vertragsjahr nicht vor.

        Schulung am 29.04. um 10 Uhr, 30 Minuten, Teams-Link kommt separat.

        Kathleen
        """))
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "Nadine Schurig's report of her phone stolen on a tram, forwarded to the electronics team with a photo "
      "of the police report; name, policy number, police reference; no health data")
def m():
    m = new(who("karaca"), f"Schaden Fahrrad & Elektronik <schaden-fe@{D}>",
            "WG: Handy geklaut in der Straßenbahn – EL 309 660 231", "2026-05-18 11:47")
    body(m, T("""
        Hallo FE-Team,

        kam über das Kontaktformular/Service-Postfach. Foto der Anzeige hängt an, bitte Schaden anlegen.

        Gruß Yusuf
        """) + T("""

        Von: Nadine Schurig <nadine.schurig@inboxly.example>
        Gesendet: Montag, 18. Mai 2026 08:03
        An: service@brueckenwerk.example
        Betreff: Handy geklaut in der Straßenbahn

        Hallo,

        am Samstag (16.05.) hat mir jemand in der Linie 2 zwischen Demianiplatz und Bahnhof das Handy aus
        der Manteltasche gezogen. Gemerkt hab ich es erst beim Aussteigen. Ich war direkt bei der
        Polizei in der Sonnenstraße, die Anzeige hab ich abfotografiert (Anhang).

        Meine Versicherung ist die EL 309 660 231 mit Taschendiebstahl, das hab ich extra so
        abgeschlossen. Die Karte ist gesperrt, die Rechnung vom Handy suche ich noch raus.

        Wie geht es jetzt weiter?

        Nadine Schurig
        Struvestraße 4, 02826 Görlitz
        """))
    attach(m, photo("receipt", 88, "2026:05:16 12:41:09", model="iPhone 13", make="Apple"), "image/jpeg",
           "IMG_4471.jpg")
    return m


@mail("NORMAL", "de", "internal",
      "trap: internal job posting for a health-claims clerk mentioning medical invoices and discretion; no "
      "person concerned")
def m():
    m = new(who("piechotta"), f"Alle Mitarbeitenden <alle@{D}>",
            "Interne Stellenausschreibung: Sachbearbeitung Leistung Krankenversicherung (IA-2026-07)",
            "2026-03-02 12:00")
    body(m, T("""
        Liebe Kolleginnen und Kollegen,

        für das Team Leistung Krankenversicherung suchen wir ab sofort, zunächst intern,

            eine Sachbearbeiterin / einen Sachbearbeiter (m/w/d), Vollzeit oder Teilzeit ab 30 Stunden

        Aufgaben: Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ und Tarif,
        Kostenzusagen für Hilfsmittel und Heilbehandlungen, Klärung mit Praxen und Kliniken, Beratung von
        Versicherten am Telefon.

        Das bringen Sie mit: Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder
        medizinische Fachangestellte mit Interesse an der Versicherungsseite, sorgfältiges Arbeiten und
        ein selbstverständlicher, diskreter Umgang mit Gesundheitsdaten.

        Interessiert? Bewerbungen bis 20. März an karriere-intern@brueckenwerk.example. Ihre
        Führungskraft wird erst informiert, wenn Sie zum Gespräch eingeladen werden.

        Annegret Piechotta
        Personal
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to a physiotherapy practice about duplicate treatment dates on Ronny Kliemt's invoice (manual "
      "therapy, lymph drainage) under his private health insurance; health data")
def m():
    m = new(who("huebschmann"), "Physio am Postplatz <abrechnung@physio-postplatz.example>",
            "Rückfrage Rechnung Nr. 26-0231 – Patient Ronny Kliemt", "2026-03-31 10:36")
    body(m, T("""
        Sehr geehrte Damen und Herren,

        Ihr Patient Herr Ronny Kliemt (privat versichert bei uns, KV 81 227 614) hat uns Ihre Rechnung
        Nr. 26-0231 vom 20.03.2026 zur Erstattung eingereicht. Verordnet waren nach der
        Kreuzband-Operation rechts 10 × Manuelle Therapie und 10 × Manuelle Lymphdrainage 45 Minuten.

        Beim Abgleich fällt uns auf:

        1. Für den 02.03. und den 04.03. sind jeweils zwei Einheiten Manuelle Therapie berechnet, die
           Verordnung sieht eine Einheit pro Termin vor.
        2. Die Lymphdrainage ist mit 60 Minuten abgerechnet (Position MLD 60), verordnet sind 45 Minuten.
        3. Der Termin am 13.03. erscheint sowohl auf dieser Rechnung als auch auf Rechnung Nr. 26-0198.

        Könnten Sie die Rechnung bitte prüfen und uns bzw. Herrn Kliemt gegebenenfalls eine korrigierte
        Fassung schicken? Herr Kliemt ist über diese Rückfrage informiert und einverstanden.

        """) + sig("huebschmann"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "equipment insurance claim of sole-trader photographer Freya Lindholm for a dropped lens: name, policy "
      "and claim number, serial number, repair estimate; no health data")
def m():
    m = new(who("feddersen"), "Freya Lindholm <hello@freyalindholm-photo.example>",
            "Your lens claim GE-26-00140 – repair approved", "2026-05-20 11:02",
            irt="<E5A0D8C1-21F7-4B0A@freyalindholm-photo.example>")
    body(m, T("""
        Dear Ms Lindholm,

        thank you for sending the repair estimate so quickly. Under your equipment policy EP 71 330 208
        (all-risks cover for your professional photo equipment) we approve the repair of your lens:

            Lens: 70-200 mm f/2.8, serial no. 2480117
            Damage: fell from the tripod bag at a wedding at Schloss Königshain on 9 May; front element
                    cracked, focus motor jammed
            Estimate Kamera-Service Dresden: EUR 1,164.00 incl. VAT
            Excess: EUR 150.00

        As you are registered for VAT, we reimburse the net amount: EUR 978.15 - 150.00 = EUR 828.15.
        Please send us the final invoice; we'll pay to your business account within a week.

        You mentioned that you had to hire a replacement lens for the next two weekends. Hire costs are
        not part of your current cover – if you'd like to add them (they're a small add-on), I'm happy to
        send you a quote.

        """) + sig("feddersen", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: FAQ for the call centre on phone insurance questions with invented example cases; no "
      "customer data")
def m():
    m = new(who("karaca"), f"Team Kundenservice <kundenservice@{D}>", "FAQ Handyversicherung – Stand Mai 2026",
            "2026-05-04 07:55")
    body(m, T("""
        Moin zusammen,

        die häufigsten Fragen der letzten Wochen zur Elektronik-/Handyversicherung, damit wir alle das
        Gleiche sagen:

        F: "Mein Handy ist ins Klo gefallen – ist das versichert?"
        A: Ja, Flüssigkeitsschäden sind in allen Tarifen drin. Gerät ausschalten, nicht laden, Schaden
           online melden.

        F: "Es wurde mir aus der Tasche geklaut."
        A: Nur im Tarif Plus (Taschendiebstahl). In Basis nur Einbruch und Raub. Tarif im Bestand prüfen,
           bevor wir etwas zusagen.

        F: "Ich habe es im Zug liegen lassen."
        A: Verlieren ist nie versichert. Freundlich sagen, auf Fundbüro der Bahn hinweisen.

        F: "Muss ich die Selbstbeteiligung zahlen, wenn Fixwerk repariert?"
        A: Ja, direkt bei Rückgabe an Fixwerk.

        F: "Wie lange dauert die Reparatur?"
        A: Ziel 5 Werktage ab Eingang bei Fixwerk, aktuell eher 6. Keine festen Zusagen machen.

        Bei Beschwerden bitte weiterhin an das FE-Team, nicht selbst kulant sein.

        Yusuf
        """), charset="utf-8", cte="8bit", flowed=True)
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "policy loan on Andrew Baxter's endowment life insurance: loan amount, interest and surrender value; "
      "life contract of a named person")
def m():
    m = new(who("lasota"), "Andrew Baxter <andrew.baxter@brightinbox.example>",
            "Policy loan on your endowment LV 52 118 330 – offer", "2026-02-02 15:25")
    body(m, T("""
        Dear Mr Baxter,

        thank you for your enquiry. Instead of surrendering your endowment policy you can take a policy
        loan (Policendarlehen) against it. Our offer:

            Policy: LV 52 118 330, endowment, maturity 1 December 2034
            Current surrender value: EUR 31,870.40
            Maximum loan (80 % of surrender value): EUR 25,496.00
            Amount requested: EUR 12,000.00
            Interest: 4.9 % p.a., fixed, payable quarterly
            Repayment: any time, in part or in full, without charge; otherwise deducted from the maturity
            payment

        Your life cover stays in place unchanged. If the insured event occurs before the loan is repaid,
        the outstanding amount is deducted from the benefit paid to your beneficiaries.

        If you would like to accept, please sign the attached loan agreement and return it by post or
        as a scan via the customer portal. The money will be paid to your account within five working
        days of receipt.

        """) + sig("lasota", "en"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary settlement for Ramona and Steffen Kühnel item by item (XLSX): names, policy and "
      "claim number, amounts, payment to their IBAN; no health data")
def m():
    m = new(who("sobottka"), "Ramona Kühnel <ramona.kuehnel@tmail.example>",
            "Entschädigungsberechnung Einbruch – SH-26-041233", "2026-05-05 10:51",
            cc="Steffen Kühnel <steffen.kuehnel@tmail.example>")
    body(m, T("""
        Sehr geehrte Frau Kühnel, sehr geehrter Herr Kühnel,

        danke für die ergänzte Stehlgutliste und die Fotos vom Schmuck. Ich habe jetzt alles berechnet –
        die Aufstellung je Gegenstand finden Sie im Anhang.

        Zusammengefasst:
            Gegenstände zum Neuwert                     4.183,00 Euro
            Schmuck (Ring nach Juweliereinschätzung)      900,00 Euro
            Bargeld                                       350,00 Euro
            Reparatur Terrassentür (Tischlerei Rönsch)    846,30 Euro
            Entschädigung gesamt                        6.279,30 Euro

        Eine Selbstbeteiligung gibt es in Ihrem Vertrag nicht. Wir überweisen den Betrag auf das Konto
        DE58 8509 5004 0276 0789 63.

        Falls die Polizei Gegenstände findet: Sie können sie innerhalb eines Monats zurücknehmen und die
        Entschädigung dafür zurückzahlen – oder uns die Sachen überlassen. Melden Sie sich dann einfach.

        """) + sig("sobottka"))
    attach(m, xlsx([("Entschädigung", [
        ["Nr.", "Gegenstand", "Nachweis", "Neuwert EUR", "Entschädigung EUR", "Hinweis"],
        [1, "Laptop Lenovo ThinkPad E14", "Rechnung", 899, 899, ""],
        [2, "Apple iPad 10. Gen.", "Rechnung", 449, 449, ""],
        [3, "Sony PS5 Digital", "Kontoauszug", 449, 449, ""],
        [4, "Ring Gold 585 mit Granat", "Foto + Juwelier", 900, 900, "Wertermittlung Juwelier Schütze"],
        [5, "Halskette Silber", "Foto", 120, 120, ""],
        [6, "Junghans Max Bill", "Rechnung", 745, 745, "Neupreis 2026"],
        [7, "Bargeld", "Angabe VN", 350, 350, "Grenze 1.500"],
        [8, "Sony WH-1000XM5", "Bestellbestätigung", 399, 399, ""],
        [9, "Jacke Jack Wolfskin", "Angabe VN", 220, 220, "nachgemeldet"],
        [10, "Sporttasche mit Inhalt", "Angabe VN", 902, 902, "Inhalt lt. Liste"],
        ["", "Reparatur Terrassentür", "Rechnung", "", 846.3, ""],
        ["", "Summe", "", "", 6279.3, ""],
    ])], title="Entschädigung SH-26-041233", creator="Henrike Sobottka", created="2026-05-05T08:30:00Z"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Entschaedigung_SH-26-041233.xlsx")
    return m


@mail("NORMAL", "en", "internal",
      "travel claims team holiday roster (ODS) with colleagues' names and absence dates, no reasons; "
      "organisational only")
def m():
    m = new(who("demirkaya"), f"Travel Claims Team <reise-team@{D}>", "Summer cover plan – travel claims (please check)",
            "2026-04-17 12:30")
    body(m, T("""
        Hi all,

        attached is the draft cover plan for June to August. Please check your dates by Wednesday. Rule
        of thumb as every year: at least three of us in each week, and one English speaker at all times
        because of the summer emergencies.

        Wrocław colleagues are in the second sheet – Marta kindly agreed to take the week of 27 July.

        Thanks!
        Aylin
        """))
    attach(m, ods([
        ("Görlitz", [["Name", "Absent from", "Absent to", "Backup"],
                     ["Aylin Demirkaya", "2026-07-06", "2026-07-24", "Jens Tiede"],
                     ["Jens Tiede", "2026-08-03", "2026-08-14", "Aylin Demirkaya"],
                     ["Ramona Fleischer", "2026-06-22", "2026-07-03", "Tereza Holá"],
                     ["Tereza Holá", "2026-08-17", "2026-08-28", "Ramona Fleischer"]]),
        ("Wrocław", [["Name", "Absent from", "Absent to", "Backup"],
                     ["Marta Zielińska", "2026-06-08", "2026-06-19", "Kamil Nowak"],
                     ["Kamil Nowak", "2026-08-10", "2026-08-21", "Marta Zielińska"]]),
    ], title="Summer cover 2026", creator="Aylin Demirkaya", created="2026-04-17T10:20:00"),
        "application/vnd.oasis.opendocument.spreadsheet", "cover_plan_summer_2026.ods")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability insurer's offer to the injured jogger's lawyer: bite wound, stitches, antibiotics, one week "
      "unfit for work, damages for pain and suffering; third-party health data")
def m():
    m = new(who("schwalbe"), "RA Thomas Gräfe <graefe@kanzlei-graefe.example>",
            "Ihr Mandant Florian Adamczyk ./. Heike Domaschke – Hundebiss 24.02.2026 – Ihr Zeichen 118/26",
            "2026-04-07 11:09")
    body(m, T("""
        Sehr geehrter Herr Rechtsanwalt Gräfe,

        wir sind der Tierhalterhaftpflichtversicherer von Frau Heike Domaschke und nehmen Bezug auf Ihr
        Schreiben vom 23.03.2026. Die Haftung unserer Versicherungsnehmerin nach § 833 BGB stellen wir
        dem Grunde nach nicht in Abrede.

        Nach den von Ihnen übersandten Unterlagen (Ambulanzbericht Klinikum Neißeland vom 24.02.2026,
        AU-Bescheinigung bis 03.03.2026) erlitt Ihr Mandant eine Bisswunde an der linken Wade, die
        mit drei Stichen versorgt wurde; es erfolgte eine Tetanus-Auffrischung und eine fünftägige
        Antibiose. Die Wunde ist laut Nachkontrolle vom 10.03.2026 reizlos abgeheilt, Folgeschäden sind
        nicht dokumentiert.

        Zur Abgeltung aller Ansprüche bieten wir an:
            Schmerzensgeld                               600,00 Euro
            Laufhose (Zeitwert)                           60,00 Euro
            Startgeld Halbmarathon                        49,00 Euro
            Unkostenpauschale                             25,00 Euro
            Gesamt                                       734,00 Euro
        zuzüglich Ihrer Gebühren aus diesem Betrag.

        Die Schmerzensgeldforderung von 800 Euro halten wir angesichts des komplikationslosen Verlaufs für
        übersetzt; vergleichbare Entscheidungen liegen zwischen 400 und 700 Euro. Bitte teilen Sie uns
        bis 30.04.2026 mit, ob Ihr Mandant das Angebot annimmt.

        """) + sig("schwalbe"))
    return m


@mail("CONFIDENTIAL", "mixed", "internal",
      "English reply to a German internal question quoting British customer Ian Prentice's household claim "
      "for items stolen from his car: name, policy and claim number; no health data")
def m():
    m = new(who("ashdown"), who("sobottka"), "AW: Kannst du kurz drüberschauen? Ablehnung Prentice SH-26-045881",
            "2026-04-28 12:06", irt="<F0C1A2B3.6611@mail.brueckenwerk.example>")
    body(m, T("""
        Hi Henrike,

        of course – here's a draft. I've kept your structure but made it a bit warmer; British customers
        tend to read "we regret to inform you" as "computer says no".

        ---
        Dear Mr Prentice,

        thank you for your patience. I'm sorry to say that we can't pay for the laptop and camera taken
        from your car in Dresden on 18 April.

        Your household contents policy HR 610 902 117 covers your belongings away from home as well, but
        for theft only if they were taken from a building or room by breaking in – for example a hotel
        room. A car is not a building in this sense, and your policy doesn't include the optional cover
        for theft from vehicles. This is in section 3.2 of your conditions (I've attached an English
        courtesy translation).

        What may help: if the car window was smashed, the glass is usually covered by your car insurance.
        ---

        If you want to offer the add-on for the future, I'd do that in a separate mail, not in the
        rejection.

        Claire

        > Von: Henrike Sobottka
        > Gesendet: Dienstag, 28. April 2026 10:41
        > An: Claire Ashdown
        > Betreff: Kannst du kurz drüberschauen? Ablehnung Prentice SH-26-045881
        >
        > Hallo Claire,
        >
        > ich muss einem britischen Kunden absagen und mein Englisch ist für so etwas zu holprig. Er hat
        > geschrieben:
        >
        > "My laptop bag and camera were stolen from the boot of my car in a car park in Dresden (Neustadt)
        > on 18 April. The car was locked, they smashed the rear side window. Police reference
        > DD-2604-117730. Surely this is what household insurance is for?"
        >
        > Hausrat HR 610 902 117, Außenversicherung gilt, aber Kfz-Aufbruch ist bei ihm nicht
        > eingeschlossen (Baustein nicht gewählt). Kannst du mir einen freundlichen Text formulieren?
        >
        > Danke dir!
        > Henrike
        """))
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: summer customer magazine on baggage and travel cancellation cover with generic tips and an "
      "invented example; no customer data")
def m():
    m = new(f"Brückenwerk Kundenmagazin <magazin@{D}>", f"kundenmagazin@lists.{D}",
            "Sommer 2026: Koffer weg, Reise geplatzt – was dann?", "2026-05-21 07:00", mailer="sys",
            extra=[("List-Unsubscribe", f"<https://www.{D}/abmelden?l=de>"), ("Precedence", "bulk")])
    text = T("""
        Brückenwerk Kundenmagazin · Sommer 2026

        KOFFER WEG, REISE GEPLATZT – WAS DANN?

        Koffer nicht angekommen?
        Noch am Gepäckband eine Verlustmeldung (PIR) ausfüllen lassen. Notwendige Ersatzkäufe wie
        Zahnbürste und Wechselkleidung aufheben und die Belege fotografieren. Die Fluggesellschaft haftet
        zuerst; Ihre Reisegepäckversicherung springt für den Rest ein.

        Reise kann nicht angetreten werden?
        Sofort beim Veranstalter stornieren – die Stornokosten steigen, je näher der Reisetermin rückt.
        Versichert sind unerwartete Gründe wie eine schwere Erkrankung, ein Unfall oder ein Todesfall in
        der Familie, aber auch der Verlust des Arbeitsplatzes. Ein ärztliches Attest brauchen Sie in der
        Regel, wenn eine Krankheit der Grund ist.

        Ein Fall, wie er jeden Sommer vorkommt (Namen erfunden): Familie K. aus Bautzen bucht im Januar
        eine Woche Ostsee. Im Juni bricht sich der Vater beim Fußball das Bein. Die Familie storniert
        am selben Tag, schickt Attest und Stornorechnung – und bekommt 80 % des Reisepreises erstattet.

        Reiseversicherung abschließen: www.brueckenwerk.example/reise

        Sie erhalten dieses Magazin, weil Sie es abonniert haben.
        Abmelden: https://www.brueckenwerk.example/abmelden?l=de
        """)
    return body(m, text, html=html_doc(p2h(text)))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for arrears in Maik Reimann's private health insurance with warning about the "
      "emergency tariff; health-insurance contract of a named person")
def m():
    m = new(who("jeschke"), "Maik Reimann <maik.reimann@kabelmail.example>",
            "Zahlungserinnerung Krankenversicherung KV 81 390 228 – bitte dringend lesen", "2026-04-15 08:31")
    body(m, T("""
        Sehr geehrter Herr Reimann,

        für Ihre private Krankenversicherung KV 81 390 228 sind die Beiträge für März und April 2026
        noch offen:

            Beitrag März 2026             567,29 Euro
            Beitrag April 2026            567,29 Euro
            offen insgesamt             1.134,58 Euro

        Die Lastschrift vom 1. März kam mit dem Vermerk "Konto erloschen" zurück. Bitte überweisen Sie
        den Betrag bis zum 30. April 2026 auf unser Konto DE19 1203 0000 7027 9405 00 (Brückenwerk
        Krankenversicherung AG), Verwendungszweck KV 81 390 228, und teilen Sie uns Ihre neue
        Bankverbindung mit.

        Bitte nehmen Sie diese Erinnerung ernst: Bleibt ein Rückstand von zwei Monatsbeiträgen trotz
        Mahnung bestehen, müssen wir nach § 193 Abs. 6 VVG das Ruhen der Leistungen feststellen; Sie
        wären dann nur noch im Notlagentarif versichert (akute Erkrankungen, Schmerzzustände,
        Schwangerschaft).

        Wenn Sie gerade in einer finanziell schwierigen Lage sind, rufen Sie mich bitte an. Wir können
        über eine Ratenzahlung oder einen Tarifwechsel sprechen – das ist fast immer besser als der
        Notlagentarif.

        """) + sig("jeschke"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "adding a second dog to Emily Carter's dog-owner liability policy: name, address, policy number, new "
      "premium; no health data of persons")
def m():
    m = new(who("karaca"), "Emily Carter <emily.carter@fastpost.example>",
            "Re: We adopted a second dog – policy TH 610 448 905", "2026-03-13 14:22",
            irt="<CAL3v1qPn8e@mail.fastpost.example>")
    body(m, T("""
        Dear Ms Carter,

        congratulations on your new family member! As you asked, we have added Pepper to your dog-owner
        liability policy TH 610 448 905 with effect from 13 March 2026:

            Dog 1: Bruno, Labrador mix, born 2019, microchip 276098106633182
            Dog 2: Pepper, Border Collie mix, born approx. 2023, adopted from the Görlitz animal shelter,
                   microchip 276098106871045
            Annual premium from 13 March: EUR 118.40 (previously EUR 71.90); pro-rata difference
            for this year: EUR 37.05, collected on 1 April

        Cover remains EUR 10m for personal injury and property damage, including damage to rented
        holiday homes and the "unleashed in the forest" situation you asked about.

        The updated policy schedule for Mrs Emily Carter, Schlesische Straße 32, 02826 Görlitz, will
        come by post.

        """) + sig("karaca", "en"))
    return m


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: bug report to the claims-app vendor with a screenshot and clearly synthetic test data "
      "('Max Mustermann (TEST)'); no real person")
def m():
    m = new(who("constantinescu"), "ClaimSnap Support <support@claimsnap.example>",
            "[CS-DE-0217] Photo upload rotates images by 90° on Android 15 – test case attached", "2026-03-27 15:03")
    body(m, T("""
        Hello ClaimSnap support,

        in our test environment (tenant brueckenwerk-test) photos uploaded from Android 15 devices are
        shown rotated by 90° in the claims workbench when the EXIF orientation tag is 6. iOS is fine.

        Steps to reproduce:
        1. Log in to the test app with test user QA-07.
        2. Create claim for test customer "Max Mustermann (TEST)", policy TEST-000-000-001,
           Musterstraße 1, 99999 Musterstadt.
        3. Take a portrait photo with a Pixelon Nova 8 (Android 15) and upload.
        4. Open the claim in the workbench → image is landscape.

        Screenshot attached. This only concerns test data; no production claims are affected yet, but
        we plan to roll out the Android version to customers on 15 April.

        """) + sig("constantinescu", "en"))
    w, h = 160, 100

    def shot(x, y):
        if y < 12:
            return (29, 79, 122)
        if 20 < x < 70 and 20 < y < 90:
            return (120, 120, 120) if (x + y) % 7 else (200, 200, 200)
        if x > 80 and y % 12 in (2, 3) and x < 150 - y % 30:
            return (90, 90, 90)
        return (245, 246, 248)
    attach(m, png(w, h, shot), "image/png", "screenshot_rotation_bug.png")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident claim for Finn Seifert (forearm fracture, hospital stay), with statement PDF and "
      "questionnaire DOCX inside a ZIP; health data")
def m():
    m = new(who("kaltschmidt"), "Katja Seifert <katja.seifert@posteingang.example>",
            "Unfall Ihres Sohnes Finn – Krankenhaustagegeld und Unterlagen (U 26/00512)", "2026-05-06 13:27")
    body(m, T("""
        Sehr geehrte Frau Seifert,

        wie am Telefon besprochen schicke ich Ihnen die Unterlagen zum Unfall von Finn als ZIP-Datei:

        - die Abrechnung des Krankenhaustagegelds (wir zahlen 3 Tage à 50 Euro = 150 Euro plus das
          Genesungsgeld in gleicher Höhe),
        - den Fragebogen zum Unfallhergang – bitte ausfüllen und zurückschicken, wegen einer möglichen
          Invaliditätsleistung brauchen wir ihn spätestens in einem Jahr, besser jetzt.

        Die ZIP-Datei ist nicht mit einem Kennwort geschützt. Die Inhalte sind nur für Sie bestimmt,
        bitte leiten Sie die Mail nicht weiter.

        Gute Besserung an Finn!

        """) + sig("kaltschmidt"))
    inner_pdf = pdf([
        "# Abrechnung Krankenhaustagegeld / Genesungsgeld",
        "Brückenwerk Lebensversicherung AG · Leistung Unfallversicherung",
        "",
        "Versicherte Person: Finn Seifert, geb. 11.06.2016 · Vertrag UV 72 604 118 (Kinderunfall)",
        "Versicherungsnehmerin: Katja Seifert, Rothenburger Straße 19, 02826 Görlitz",
        "Unfalltag: 23.04.2026 · Sturz vom Klettergerüst auf dem Schulhof",
        "Diagnose: distale Unterarmfraktur links (Grünholzfraktur Radius und Ulna), geschlossene Reposition",
        "Stationärer Aufenthalt: 23.04.–26.04.2026, Klinikum Neißeland, Kinderchirurgie",
        "",
        "Krankenhaustagegeld 3 Tage × 50,00 EUR = 150,00 EUR",
        "Genesungsgeld 3 Tage × 50,00 EUR = 150,00 EUR",
        "Auszahlung: 300,00 EUR an Katja Seifert",
    ], title="Abrechnung U 26/00512", author="Dörte Kaltschmidt", created="20260506120211+02'00'")
    inner_docx = docx([
        ("h", "Fragebogen zum Unfallhergang – U 26/00512"),
        "Versicherte Person: Finn Seifert, geb. 11.06.2016",
        "1. Wie genau ist der Unfall passiert? (bitte in eigenen Worten)",
        "______________________________________________",
        "2. Wer war dabei (Lehrkraft, Mitschüler)?",
        "3. Welche Ärzte haben Finn nach der Entlassung behandelt? (Name, Anschrift)",
        "4. Gab es vor dem Unfall Beschwerden oder Verletzungen am linken Arm?",
        "5. Wurde der Unfall der Unfallkasse Sachsen (Schulunfall) gemeldet? Aktenzeichen:",
        "Ort, Datum, Unterschrift der/des Erziehungsberechtigten",
    ], title="Fragebogen Unfallhergang", creator="Dörte Kaltschmidt", created="2026-05-06T10:05:00Z")
    attach(m, zipped([("U26-00512/Abrechnung_KHT_U26-00512.pdf", inner_pdf, (2026, 5, 6, 12, 2, 10)),
                      ("U26-00512/Fragebogen_Unfallhergang.docx", inner_docx, (2026, 5, 6, 12, 5, 44))]),
           "application/zip", "Unterlagen_U26-00512.zip")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "service order for inspections of the insurer's own company cars (plates of company vehicles, no "
      "private person)")
def m():
    m = new(who("wendel"), "Service Autohaus Lobeda <service@autohaus-lobeda.example>",
            "Inspektion Poolfahrzeuge Schadenaußendienst – 6 Fahrzeuge KW 12", "2026-03-09 08:22")
    body(m, T("""
        Guten Morgen Herr Lobeda,

        wie jedes Frühjahr bitten wir um Termine für die Inspektion unserer Poolfahrzeuge aus dem
        Schadenaußendienst, gern gesammelt in KW 12:

            GR-BW 101   VW ID.3, EZ 03/2023
            GR-BW 102   VW ID.3, EZ 03/2023
            GR-BW 104   Škoda Enyaq, EZ 09/2024
            GR-BW 107   Škoda Octavia Combi, EZ 05/2022
            GR-BW 108   Škoda Octavia Combi, EZ 05/2022
            GR-BW 112   VW Caddy, EZ 11/2021

        Bitte jeweils Inspektion nach Herstellervorgabe, Reifenwechsel auf Sommerreifen (lagern bei
        Ihnen), bei der 107 zusätzlich die Klimaanlage prüfen.

        Hol- und Bringservice ab Brückenstraße 9 wie gehabt; Schlüssel an der Pforte. Rechnung an
        rechnungseingang@brueckenwerk.example, Rahmenvertrag FP-2022-04.

        """) + sig("wendel"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: product-development minutes (DOCX) for a new phone insurance with aggregated loss ratios and "
      "claim causes; no customer named")
def m():
    m = new(who("rehfeld"), f"Projekt Handy 2.0 <projekt-handy20@{D}>", "Protokoll Projekt „Handyschutz 2.0“ – Termin 3",
            "2026-02-20 17:15")
    body(m, T("""
        Hallo zusammen,

        Protokoll von heute im Anhang. Wichtigste Entscheidung: Wir gehen mit zwei Tarifen statt drei an
        den Start, Verlust bleibt ausgeschlossen.

        Konstantin
        """))
    attach(m, docx([
        ("h", "Projekt Handyschutz 2.0 – Protokoll Termin 3"),
        "20.02.2026, 14:00–16:00 · Teilnehmende: K. Rehfeld, M. Wróblewski, N. Ohlendorf, S. Rudolph, "
        "L. Straubinger, T. Wendel",
        ("b", "1. Schadenbild heute (2025, Bestand Elektronik)"),
        ("table", [["Ursache", "Anteil Schäden", "Ø Aufwand EUR"],
                   ["Displaybruch", "71 %", "212"], ["Flüssigkeit", "12 %", "318"],
                   ["Taschendiebstahl (Plus)", "9 %", "455"], ["Einbruch/Raub", "3 %", "510"],
                   ["Sonstiges (Akku, Kamera)", "5 %", "164"]]),
        "Schadenquote 2025: 68 % (Basis 61 %, Plus 79 %). Betrugsverdacht v. a. bei Taschendiebstahl "
        "ohne zeitnahe Anzeige.",
        ("b", "2. Entscheidungen"),
        "Zwei Tarife (Basis, Plus) statt drei. Verlust bleibt ausgeschlossen. Akku-Tausch nach 24 Monaten "
        "wird im Plus-Tarif einmalig übernommen. Fixwerk bleibt Reparaturpartner, Ausschreibung 2027.",
        ("b", "3. Offene Punkte"),
        "Preisfindung (N. Ohlendorf, bis 13.03.), Vertriebsmaterial (L. Straubinger), "
        "SLA-Nachverhandlung Fixwerk (T. Wendel).",
    ], title="Protokoll Handyschutz 2.0 T3", creator="Konstantin Rehfeld", created="2026-02-20T16:05:00Z"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Protokoll_Handyschutz20_Termin3.docx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
      "GP's letter on Patricia Dunne's fitness to travel after a heart attack and stent, forwarded to the "
      "medical officer for a trip-cancellation claim; health data")
def m():
    m = new(who("demirkaya"), who("brenneisen"),
            "FW: Fitness to travel – Mrs Patricia Dunne (RV-26-02207)", "2026-04-29 11:50")
    body(m, T("""
        Ulrike, for your assessment please – letter from the customer's GP below (he writes in English, the
        practice is the international one in Dresden). Trip cancellation Canada, 12 May, EUR 6,240 for two.
        Question for me is only whether the cancellation was medically necessary at the time she
        cancelled (24 April). Thanks! Aylin

        ---------- Forwarded message ----------
        From: Dr Michael Osei <m.osei@dresden-intl-practice.example>
        Date: Tue, 28 Apr 2026 17:20
        Subject: Mrs Patricia Dunne, DOB 07/01/1957 – fitness to travel
        To: reise@brueckenwerk.example

        To whom it may concern,

        I confirm that my patient Mrs Patricia Dunne, born 7 January 1957, was admitted to the
        Herzzentrum Dresden on 19 April 2026 with an acute non-ST-elevation myocardial infarction. A drug-
        eluting stent was placed in the right coronary artery on 20 April. She was discharged on 23 April
        on dual antiplatelet therapy (aspirin and ticagrelor), a statin and a beta blocker.

        In my opinion she was not fit to undertake a long-haul flight to Vancouver on 12 May 2026. Current
        guidance recommends avoiding long-haul air travel for at least 2–3 weeks after an uncomplicated
        NSTEMI, and cardiac rehabilitation is scheduled to start on 11 May. There was no previously known
        heart disease; her last check-up in November 2025 was unremarkable apart from mildly raised
        cholesterol.

        Yours faithfully,
        Dr Michael Osei
        General Practitioner, Dresden International Practice
        """))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "sewer-backflow flooding of Frank Lehmann-Gierth's basement under his buildings policy with natural "
      "hazards cover: name, insured address, policy and claim number; no health data")
def m():
    m = new(who("tietze"), "Frank Lehmann-Gierth <f.lehmann-gierth@web-postfach.example>",
            "Rückstau im Keller nach Starkregen – WG-26-01033", "2026-05-27 09:44",
            irt="<4b7c1d22-5e90-4f21@web-postfach.example>")
    body(m, T("""
        Guten Tag Herr Lehmann-Gierth,

        danke für Ihren Anruf und die Mail von gestern Abend. Den Schaden habe ich zu Ihrer
        Wohngebäudeversicherung WG 402 511 287 (Versicherungsort Am Stockborn 15, 02827 Görlitz) unter
        WG-26-01033 angelegt.

        Sie schrieben: "Nach dem Wolkenbruch kam das Wasser aus dem Bodenablauf in der Waschküche, etwa
        10 cm hoch, in allen drei Kellerräumen." Rückstau aus der Kanalisation ist über den Baustein
        Elementar versichert, den Sie 2023 eingeschlossen haben. Selbstbeteiligung Elementar: 10 %,
        mindestens 500 Euro.

        Eine Frage, die ich Ihnen leider stellen muss: Ist in der Waschküche eine Rückstausicherung
        (Rückstauklappe) eingebaut, und war sie funktionsfähig? Die Bedingungen setzen das voraus. Wenn
        Sie eine Wartungsrechnung oder ein Foto der Klappe haben, schicken Sie es bitte mit.

        Für die Trocknung kommt morgen die Firma Trocknungstechnik Neiße zu Ihnen; die Kosten gehen
        direkt an uns. Ihren Hausrat im Keller (Waschmaschine, Regale) melden Sie bitte bei Ihrem
        Hausratversicherer, falls der nicht auch bei uns ist.

        """) + sig("tietze"))
    return m


@mail("NORMAL", "en", "internal",
      "trap: security warning about phishing mails posing as 'your claim photos'; only fake sender data, no "
      "customer concerned")
def m():
    m = new(who("constantinescu"), f"All staff <alle@{D}>",
            "SECURITY WARNING: fake \"Your claim photos are ready\" e-mails – do not click", "2026-04-09 10:10",
            extra=[("Importance", "high")])
    body(m, T("""
        Dear colleagues / Liebe Kolleginnen und Kollegen,

        since this morning we are seeing phishing e-mails that imitate our claims app. They look like
        this:

            From:    "Brückenwerk Schaden" <noreply@brueckenwerk-schaden.example>
            Subject: Ihre Schadenfotos sind bereit / Your claim photos are ready
            Link:    "Fotos ansehen" → https://claim-photos-login.example/…

        Our real notifications come only from @portal.brueckenwerk.example and never ask for your
        Windows password.

        If you received one:
        - do not click the link, do not open attachments,
        - use the "Report phishing" button in Outlook,
        - if you already entered your password, call the Service Desk immediately on -999.

        The mail filter has been updated; 212 copies were quarantined so far. Customers may receive the
        same mail – Customer Service has a short text for phone enquiries.

        Mirela Constantinescu
        IT Service Desk
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hospital daily benefit for Doreen Pätz after a caesarean birth (six days inpatient) under her health "
      "supplement; health data")
def m():
    m = new(who("huebschmann"), "Doreen Pätz <doreen.paetz@lausitz-mail.example>",
            "Krankenhaustagegeld – Ihr Aufenthalt im März (KT 81 077 450)", "2026-04-06 15:02")
    body(m, T("""
        Liebe Frau Pätz,

        zuerst: herzlichen Glückwunsch zur Geburt Ihrer Tochter!

        Die Bescheinigung des Klinikums über Ihren Aufenthalt vom 14. bis 20. März 2026 liegt uns vor.
        Nach der Entbindung per Kaiserschnitt waren Sie sechs Tage stationär. Aus Ihrer
        Krankenhaustagegeld-Versicherung KT 81 077 450 zahlen wir:

            6 Tage × 40,00 Euro = 240,00 Euro

        Entbindungen sind in Ihrem Tarif nach der Wartezeit von acht Monaten versichert; Ihr Vertrag
        läuft seit 2022, das ist also kein Thema.

        Den Betrag überweisen wir in den nächsten Tagen. Einen Antrag für Ihre Tochter brauchen Sie
        übrigens nicht: Wenn Sie sie innerhalb von zwei Monaten nach der Geburt bei uns anmelden,
        versichern wir sie ohne Gesundheitsprüfung und ohne Wartezeit mit.

        Alles Gute für Sie drei!

        """) + sig("huebschmann"))
    return m


@mail("CONFIDENTIAL", "en", "broker",
      "broker's fleet list for a care-service company's motor fleet, forwarded internally: named drivers with "
      "birth dates and plates in a CSV; company policy")
def m():
    m = new(who("feddersen"), f"Antrag Kfz Flotte <antrag-flotte@{D}>",
            "FW: Fleet renewal Oberlausitzer Pflegedienst gGmbH – driver list", "2026-05-15 10:35")
    body(m, T("""
        Hallo Flotte,

        bitte für die Verlängerung zum 1.7. übernehmen. Die Fahrerliste brauchen wir nur wegen der
        Fahrer unter 23 (Zuschlag) – bitte nach der Kalkulation wieder löschen, die Geburtsdaten gehören
        nicht in die Akte.

        Rasmus

        -----Original Message-----
        From: Patrick O'Donoghue <patrick@ecc-broker.example>
        Sent: Thursday, 14 May 2026 18:02
        To: Rasmus Feddersen <rasmus.feddersen@brueckenwerk.example>
        Subject: Fleet renewal Oberlausitzer Pflegedienst gGmbH – driver list

        Hi Rasmus,

        for the renewal of fleet policy KF-F 90 112 007 (Oberlausitzer Pflegedienst gGmbH, 14 cars),
        attached is the driver list you asked for. Contact at the client is still Mr Heiko Raschke,
        fleet manager. Two new cars (GR-OP 215, GR-OP 216) from 1 June, replacing 203 and 207.

        Claims 2025: 5 (3 parking dents, 1 deer, 1 windscreen), no injuries.

        Best,
        Patrick
        """))
    rows = [["Kennzeichen", "Fahrzeug", "Stammfahrer", "Geburtsdatum", "Führerschein seit"],
            ["GR-OP 201", "VW up!", "Sandra Kulke", "1988-04-12", "2006"],
            ["GR-OP 202", "VW up!", "Mandy Geißler", "2004-09-30", "2022"],
            ["GR-OP 204", "Renault Zoe", "Tim Bergmann", "2003-01-17", "2021"],
            ["GR-OP 205", "Renault Zoe", "Ute Scholz", "1969-11-02", "1987"],
            ["GR-OP 215", "Opel Corsa-e", "Leonie Rätzel", "2005-06-21", "2023"],
            ["GR-OP 216", "Opel Corsa-e", "Pool", "", ""]]
    attach(m, csv_text(rows, sep=","), "text/csv", "OPD_driver_list_2026.csv")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "draft framework agreement (DOCX) with a bicycle dealer for replacement bikes and repairs in claims; "
      "company data and prices only")
def m():
    m = new(who("wroblewski"), "Falk Ziesche <f.ziesche@radhaus-neisse.example>",
            "Rahmenvereinbarung Naturalersatz Fahrrad – Entwurf zur Abstimmung", "2026-03-12 16:20",
            cc=who("wendel"))
    body(m, T("""
        Hallo Herr Ziesche,

        wie am Montag besprochen, anbei unser Entwurf für die Rahmenvereinbarung. Kernpunkte:

        - Naturalersatz: Kundinnen und Kunden können statt Geld ein gleichwertiges Rad bei Ihnen
          auswählen; wir zahlen direkt an Sie mit 12 % Partnernachlass auf den Listenpreis.
        - Reparaturen nach Unfall/Vandalismus: Kostenvoranschlag bis 48 Stunden, Freigabe durch uns bis
          500 Euro ohne Rückfrage.
        - Keine Weitergabe von Kundendaten über das für den Auftrag Nötige hinaus (Anlage 3, AVV).

        Schauen Sie sich bitte vor allem Ziffer 5 (Abrechnung) an, da hatten Sie Bedenken wegen der
        Zahlungsfrist.

        """) + sig("wroblewski"))
    attach(m, docx([
        ("h", "Rahmenvereinbarung Naturalersatz und Reparatur Fahrrad (Entwurf 0.3)"),
        "zwischen der Brückenwerk Allgemeine Versicherung AG, Brückenstraße 9, 02826 Görlitz, und der "
        "Radhaus Neiße GmbH, Bahnhofstraße 44, 02826 Görlitz",
        ("b", "§ 1 Gegenstand"),
        "Der Partner liefert im Auftrag des Versicherers Ersatzfahrräder (Naturalersatz) und führt "
        "Reparaturen an versicherten Fahrrädern durch.",
        ("b", "§ 5 Abrechnung"),
        "Der Partner rechnet direkt mit dem Versicherer ab. Zahlungsziel 14 Tage nach Rechnungseingang. "
        "Die Selbstbeteiligung zieht der Partner bei Übergabe vom Kunden ein.",
        ("table", [["Leistung", "Konditionen"],
                   ["Naturalersatz Neurad", "Listenpreis abzüglich 12 %"],
                   ["Kostenvoranschlag", "kostenfrei, binnen 48 h"],
                   ["Arbeitslohn", "72,00 EUR/Std. netto"],
                   ["Freigabegrenze ohne Rückfrage", "500,00 EUR"]]),
        ("b", "§ 8 Datenschutz"),
        "Die Parteien schließen eine Vereinbarung zur Auftragsverarbeitung (Anlage 3).",
    ], title="RV Naturalersatz Fahrrad Entwurf 0.3", creator="Mateusz Wróblewski",
        created="2026-03-12T15:00:00Z"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "RV_Naturalersatz_Fahrrad_Entwurf_0.3.docx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "trip-cancellation payment to Jürgen Kubasch because of his shingles (herpes zoster) with the doctor's "
      "certificate; health data")
def m():
    m = new(who("demirkaya"), "Jürgen Kubasch <j.kubasch@freemail-de.example>",
            "Reiserücktritt Madeira – Erstattung RV-26-01118", "2026-03-06 11:41")
    body(m, T("""
        Sehr geehrter Herr Kubasch,

        das Attest Ihrer Hausärztin Frau Dr. Schöbel liegt uns vor. Die Gürtelrose im Gesicht mit
        Beteiligung des Auges, die am 18. Februar festgestellt wurde, war eine plötzliche, schwere
        Erkrankung, und die Reise am 24. Februar war damit nicht zumutbar. Sie haben auch am selben Tag
        storniert – vielen Dank, das hat die Stornokosten niedrig gehalten.

        Erstattung aus Ihrer Reiserücktrittsversicherung RB 55 218 904:

            Stornokosten laut Rechnung Atlantico Reisen (40 %)     1.096,00 Euro
            Selbstbehalt 20 % (Tarif mit Selbstbehalt)              -219,20 Euro
            Erstattung                                                876,80 Euro

        Der Betrag geht in den nächsten Tagen auf Ihr Konto. Ich wünsche Ihnen, dass das Auge gut
        verheilt und Sie Madeira bald nachholen können.

        """) + sig("demirkaya"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: motor claims statistics on deer collisions by month and road section; aggregates only")
def m():
    m = new(who("quaas"), f"Team Kfz-Schaden <team-kfz@{D}>", "Wildunfälle 2025 – Auswertung für die Pressestelle",
            "2026-04-21 13:10", cc=who("straubinger"))
    rows = [["Monat", "Wildunfälle", "davon Reh", "Wildschwein", "Rotwild", "Ø Schaden EUR"],
            ["Jan", 61, 38, 19, 4, 3120], ["Feb", 48, 30, 15, 3, 2980], ["Mrz", 55, 37, 14, 4, 3050],
            ["Apr", 92, 68, 20, 4, 3310], ["Mai", 104, 81, 19, 4, 3420], ["Okt", 118, 79, 33, 6, 3580],
            ["Nov", 101, 64, 31, 6, 3490], ["übrige Monate", 254, 170, 70, 14, 3200], ["Summe", 833, 567, 221, 45, 3316]]
    body(m, T("""
        Hallo zusammen,

        Leonie hat für die Pressemitteilung zum Frühjahr nach Wildunfällen gefragt. Hier unsere Zahlen
        für 2025 (Teilkasko, Haarwild, nur eigene Kunden):

        """) + text_table(rows) + T("""

        Schwerpunkte laut Schadenort: B 99 zwischen Görlitz und Zittau, S 111 bei Niesky, B 115 im
        Bereich Rietschen. April/Mai und Oktober/November sind die Spitzen – Dämmerung fällt in den
        Berufsverkehr.

        Leonie, für die PM bitte nur die Monatsverteilung und die Straßenabschnitte nehmen, keine
        Einzelfälle.

        Friedemann
        """))
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: feedback on the assistance partner's monthly service report with aggregated call, medical-case "
      "and repatriation counts; no patient identifiable")
def m():
    m = new(who("demirkaya"), "Daniel Camilleri <d.camilleri@lumen-assist.example>",
            "Re: Monthly service report March 2026 – Brückenwerk", "2026-04-13 16:03",
            irt="<lumen-msr-2026-03-bw@lumen-assist.example>")
    body(m, T("""
        Hi Daniel,

        thanks for the March report. Overall a good month; a few comments and questions:

        - Calls: 318 inbound (Feb 241), answered within 20 s: 91 % – great, above the 85 % SLA.
        - Medical cases opened: 42, of which 11 inpatient, 6 repatriations (3 air ambulance, 3 scheduled
          flight with escort). Could you split "medical cases" by region from next month (Europe /
          outside Europe)? We need it for the pricing review.
        - Guarantee of payment turnaround: median 3.2 hours, but 4 cases took more than 24 hours. Please
          add the reason for those in an annex – anonymised case IDs are enough, no names or diagnoses
          please.
        - Complaints: 2, both about hold times on a Sunday. Fine, noted.

        Also a reminder that from 1 May the case reports should come via the secure SFTP only, not as
        email attachments.

        Best regards,
        Aylin

        > On 10 Apr 2026, at 09:12, Daniel Camilleri wrote:
        > Dear Aylin, please find attached our monthly service report for March 2026. Highlights: 318
        > calls, 42 medical cases, 6 repatriations. Kind regards, Daniel
        """))
    return m


@mail("NORMAL", "en", "insurer-to-hospital",
      "trap: framework for direct billing of international patients agreed with a hospital's international "
      "office; procedures and rates only, no patient")
def m():
    m = new(who("raghunathan"), "International Office <international@klinikum-neisseland.example>",
            "Direct billing for GlobalCare members – framework from 1 June", "2026-05-19 14:30")
    body(m, T("""
        Dear Mr Hennig,

        thank you for the constructive meeting last week. To summarise what we agreed for direct billing
        of members of our international health plans (GlobalCare) at Klinikum Neißeland:

        1. Eligibility check: your admission desk checks the member card via our 24/7 line
           (+49 3581 7740-5080) or the web service; we confirm within 60 minutes for emergencies.
        2. Planned admissions: guarantee of payment on request at least 3 working days in advance.
        3. Billing: DRG rates as for privately insured patients; elective physician services only if
           confirmed in the guarantee.
        4. Invoices: electronically via the DTA interface, discharge summary as a separate document
           through the secure upload, never by e-mail.
        5. Payment within 14 days of receipt; queries via one named contact on each side.

        I'll send the written framework agreement for signature by the end of May. Could you let me know
        who signs on your side?

        """) + sig("raghunathan", "en"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "kitchen fat fire at Yvonne Rietschel's flat under her household policy: name, insured address, policy "
      "and claim number, hotel costs, assessor's photo; nobody hurt")
def m():
    m = new(who("sobottka"), "Yvonne Rietschel <y.rietschel@inboxly.example>",
            "Küchenbrand – Regulierung und Foto aus dem Ortstermin (SH-26-043707)", "2026-04-24 15:33")
    body(m, T("""
        Liebe Frau Rietschel,

        zum Glück ist bei dem Fettbrand am 14. April niemandem etwas passiert – Sie hatten ja geschrieben,
        dass Ihr Sohn "mit dem Deckel schneller war als ich mit dem Feuerlöscher". Jetzt zur
        Regulierung aus Ihrer Hausratversicherung HR 610 377 912:

        - Küchengeräte (Dunstabzugshaube, Herd, Mikrowelle) ersetzen wir zum Neuwert laut Ihren
          Angeboten: 1.842 Euro.
        - Reinigung von Ruß in Küche und Flur durch Sanierung Hoyer: Die Firma rechnet direkt mit uns ab.
        - Hotelkosten für die vier Nächte, in denen die Wohnung nicht bewohnbar war: 412 Euro laut
          Rechnung, voll übernommen.
        - Die Malerarbeiten an Decke und Wänden betreffen das Gebäude; die meldet bitte Ihr Vermieter
          bei seiner Gebäudeversicherung.

        Im Anhang das Foto vom Ortstermin, auf dem man die Rußfahne über dem Herd sieht – das können Sie
        Ihrem Vermieter weitergeben, wenn er Belege braucht.

        Versicherungsort: Hugo-Keller-Straße 7, 02826 Görlitz, Schaden-Nr. SH-26-043707.

        """) + sig("sobottka"))
    attach(m, photo("kitchen", 115, "2026:04:17 10:02:55", model="Nova 8", make="Pixelon"), "image/jpeg",
           "Ortstermin_SH-26-043707_01.jpg")
    return m


@mail("NORMAL", "en", "internal",
      "trap: actuarial memo on a new mortality table with rates by age band for reinsurance talks; no "
      "individual")
def m():
    m = new(who("ohlendorf"), who("ashdown"), "Mortality basis 2026 – note for the Skagerrak Re meeting",
            "2026-02-18 18:05")
    body(m, T("""
        Hi Claire,

        ahead of Thursday's meeting, the short version of where we are on the mortality basis for the
        term life portfolio:

        - We moved from DAV 2008 T to our own experience table (2019–2024 exposure, 1.9m life-years,
          4,118 deaths). COVID years 2020–22 weighted at 50 %.
        - Actual/expected against DAV 2008 T: 61 % for males, 58 % for females. Our portfolio is
          healthier than the table – not surprising for a term book with medical underwriting.
        - Selection effect lasts about 5 years; after that A/E converges to ~70 %.

        q(x) per mille, ultimate, non-smokers, males / females:
          age 30: 0.41 / 0.22
          age 40: 0.78 / 0.49
          age 50: 2.05 / 1.31
          age 60: 5.62 / 3.40

        Skagerrak's own table sits about 8 % above ours at ages 40–55. If they insist on theirs, the quota
        share commission needs to go up, not down.

        Nils

        """) + sig("ohlendorf", "en", short=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer René Hoffmann's forwarded message with the other parents' letter: a girl's broken front tooth "
      "after a playground push, dental treatment costs; third-party health data")
def m():
    m = new(who("sobottka"), who("schwalbe"),
            "WG: Spielplatz – Schneidezahn abgebrochen (PH 610 655 019 Hoffmann)", "2026-05-22 09:26")
    body(m, T("""
        Hallo Dirk,

        Personenschaden, Kind 7 (unser VN-Sohn) / Kind 6 (Geschädigte). Bitte übernehmen, ich habe es
        unter SH-26-049315 angelegt. Deliktsfähigkeit bei 7 Jahren ist bei dir ja Tagesgeschäft.

        Gruß Henrike

        -----Ursprüngliche Nachricht-----
        Von: René Hoffmann <rene.hoffmann@tmail.example>
        Gesendet: Donnerstag, 21. Mai 2026 21:14
        An: schaden@brueckenwerk.example
        Betreff: Spielplatz Unfall mit Emil

        Hallo,

        mein Sohn Emil (7) hat am Sonntag auf dem Spielplatz am Wilhelmsplatz ein Mädchen von der
        Rutsche geschubst, als sie beide oben standen. Er sagt, es war keine Absicht, sie hätten
        "Pirat" gespielt. Das Mädchen ist aufs Gesicht gefallen.

        Die Eltern haben uns gestern diesen Brief in den Briefkasten gelegt:

          "Unsere Tochter Mia (6) hat sich bei dem Sturz den linken oberen Schneidezahn abgebrochen
          und die Oberlippe aufgeschlagen. Die Zahnärztin hat den Zahn provisorisch versorgt; da es
          ein bleibender Zahn ist, wird eine Wurzelbehandlung und später eine Krone nötig. Der
          Kostenvoranschlag liegt bei 1.480 Euro, was die Kasse nicht zahlt, müssen wir selbst tragen.
          Wir bitten um Weiterleitung an Ihre Haftpflichtversicherung. Familie Nowak, Emmerichstraße 12"

        Was sollen wir jetzt tun? Meine Haftpflicht ist PH 610 655 019.

        René Hoffmann
        """))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "goods-in-transit claim of a haulage company for broken glassware: named contact person, policy and claim "
      "number, consignee; company policyholder with contact")
def m():
    m = new(who("feddersen"), "Dana Wolff <d.wolff@lausitz-cargo.example>",
            "Your transport claim TR-26-00077 – 4 pallets of glassware, Bolesławiec", "2026-03-30 12:18")
    body(m, T("""
        Dear Ms Wolff,

        thank you for the claim notification under your carrier's liability policy VL 71 604 219
        (Lausitz Cargo Express GmbH). Summary as we understand it:

        - Consignment: 4 pallets of glassware (drinking glasses), consignor Lausitzer Glaswerke GmbH,
          Weißwasser, consignee Szkło Dekor sp. z o.o., Bolesławiec (PL), CMR note 2026-03-118.
        - On 24 March your driver, Mr Dariusz Kowal, had to brake hard near the A4 exit Krzyżowa;
          two pallets tipped over inside the trailer. Nobody was hurt.
        - The consignee has noted damage on the CMR note and claims EUR 6,880 (invoice value).

        Under the CMR your liability is limited to 8.33 SDR per kg gross weight; for 1,240 kg that is
        about EUR 12,300, so the claim is within the limit. We will need:
        1. the CMR note with the consignee's remarks, 2. the commercial invoice,
        3. photos of the load securing (straps, anti-slip mats), 4. the driver's short statement.

        Please do not acknowledge liability towards the consignee – we will handle the correspondence.

        """) + sig("feddersen", "en"))
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: employer newsletter on occupational pension changes 2026 with generic figures; no employee "
      "named")
def m():
    m = new(f"Brückenwerk bAV-Service <bav-service@{D}>", f"arbeitgeber-bav@lists.{D}",
            "bAV-Update für Arbeitgeber: Was sich 2026 ändert", "2026-01-20 08:00", mailer="sys",
            extra=[("Precedence", "bulk")])
    text = T("""
        bAV-Update für Arbeitgeber · Januar 2026

        Die wichtigsten Werte 2026 für die Entgeltumwandlung:

        - steuerfrei nach § 3 Nr. 63 EStG: 8 % der Beitragsbemessungsgrenze der Rentenversicherung, also 8.112 Euro im
          Jahr bzw. 676 Euro im Monat
        - davon sozialversicherungsfrei: 4 %, also 4.056 Euro im Jahr bzw. 338 Euro im Monat
        - verpflichtender Arbeitgeberzuschuss: 15 % des umgewandelten Betrags, soweit Sie
          Sozialversicherungsbeiträge sparen
        - Geringverdiener-Förderung (§ 100 EStG): Einkommensgrenze jetzt 3.000 Euro brutto monatlich

        Was Sie tun sollten: Prüfen Sie in Ihrer Lohnabrechnung, ob die neuen Höchstbeträge hinterlegt
        sind. Beschäftigte, die bisher am alten Höchstbetrag gespart haben, können ab sofort mehr
        umwandeln – eine kurze Info ans Team lohnt sich.

        Ihre Ansprechpartner: Oliver Mengewein, Betriebliche Altersversorgung, Tel. +49 3581 7740-540
        Sie erhalten diesen Newsletter als Arbeitgeber mit Gruppenvertrag bei der Brückenwerk
        Lebensversicherung AG.
        """)
    # an old newsletter system: Latin-1 only, so the dashes are plain hyphens
    return body(m, text.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "follow-up review of Steffi Grabs's occupational disability pension (multiple sclerosis), request for "
      "current medical reports; health and life-line data")
def m():
    m = new(who("lasota"), "Steffi Grabs <steffi.grabs@posteingang.example>",
            "Nachprüfung Ihrer Berufsunfähigkeitsrente BU 63 077 512", "2026-05-25 10:15")
    body(m, T("""
        Sehr geehrte Frau Grabs,

        seit Juli 2023 zahlen wir Ihnen eine Berufsunfähigkeitsrente, weil Sie wegen Ihrer Multiplen
        Sklerose Ihren Beruf als Krankenschwester im Schichtdienst nicht mehr ausüben können. Wie in den
        Bedingungen vorgesehen, fragen wir etwa alle zwei Jahre nach, wie es Ihnen geht. Das ist eine
        Routineprüfung – an der Rente ändert sich dadurch nichts, solange die Voraussetzungen weiter
        vorliegen.

        Bitte schicken Sie uns bis zum 30. Juni:
        1. den beiliegenden Fragebogen (aktuelle Beschwerden, Behandlung, berufliche Tätigkeit),
        2. den letzten Befundbericht Ihrer Neurologin, Frau Dr. Vetter, nicht älter als sechs Monate,
        3. falls vorhanden: den aktuellen Bescheid über Ihren Grad der Behinderung.

        Wenn Sie inzwischen eine andere Tätigkeit aufgenommen haben, teilen Sie uns das bitte mit. Ihr
        Vertrag sieht keine abstrakte Verweisung vor; es kommt also nur darauf an, ob Sie eine
        tatsächlich ausgeübte Tätigkeit Ihrer bisherigen Lebensstellung entsprechend ausüben.

        """) + sig("lasota"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessor instruction for a garage fire at Olaf Freudenberg's house (e-scooter battery while charging): "
      "name, insured address, policy and claim number; nobody hurt")
def m():
    m = new(who("tietze"), "Lars Kröber <l.kroeber@tamm-kroeber.example>",
            "Gutachterauftrag WG-26-01008 – Garagenbrand Freudenberg, Kunnersdorf", "2026-05-12 08:12")
    body(m, T("""
        Hallo Herr Kröber,

        bitte übernehmen Sie folgenden Auftrag (Rahmenvertrag, Standardhonorar):

        VN: Olaf Freudenberg, Tel. 0173 5529018
        Risikoort: Dorfstraße 41a, 02829 Kunnersdorf (freistehende Doppelgarage am Wohnhaus)
        Vertrag: WG 402 640 331 (Wohngebäude inkl. Nebengebäude), Hausrat nicht bei uns
        Schadentag: 10.05.2026, ca. 23:30 Uhr

        Sachverhalt laut VN: Der E-Scooter seines Sohnes stand in der Garage am Ladegerät. Nachbarn
        bemerkten Rauch; die Feuerwehr Kunnersdorf hat gelöscht. Verletzt wurde niemand. Garagendach
        (Holz, Bitumen) teilweise durchgebrannt, Rolltor verzogen, Rußschäden an der Hauswand.

        Fragen:
        1. Brandursache – bitte Reste von Akku und Ladegerät sichern (ggf. Regress gegen Hersteller),
        2. Schadenhöhe Garage und Fassade, Abgrenzung Gebäude/Hausrat,
        3. Ist eine Notabdichtung nötig? Wenn ja, bitte direkt veranlassen.

        Das Brandermittlungsprotokoll der Polizei fordere ich an.

        """) + sig("tietze"))
    return m


@mail("NORMAL", "en", "internal",
      "trap: specification of a claims KPI dashboard listing field names such as diagnosis code and birth "
      "year, with aggregation rules; no real record")
def m():
    m = new(who("ohlendorf"), f"BI Team <bi-team@{D}>", "Spec v1.2 – Claims KPI dashboard (private lines)",
            "2026-03-03 11:40")
    body(m, T("""
        Hi BI team,

        updated spec for the claims KPI dashboard after Friday's review with the DPO. Main change: the
        dashboard only ever shows aggregates; the row-level view is gone.

        Source: claims warehouse, nightly load. Lines: household, personal liability, bicycles,
        electronics, travel, accident, legal expenses.

        Dimensions: line, cause_code, region (NUTS-3), month_reported, channel, handler_team.
        Measures: count, paid, reserve, incurred, days_to_first_contact, days_to_settlement.

        Excluded fields (must not be loaded into the dashboard model at all):
          policyholder_name, address, iban, date_of_birth, diagnosis_code (ICD-10), claim_narrative,
          attachments.
        Allowed derived fields: age_band (10-year bands, computed in the ETL from birth year),
          injury_flag (yes/no, accident and travel only).

        Suppression: any cell with fewer than 5 claims is shown as "<5" and excluded from drill-down.

        Access: team leads and above; Wrocław/Liberec see only their own region.

        Please estimate by 13 March.

        Nils

        """) + sig("ohlendorf", "en", short=True))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reimbursement for Jonathan Reeves's varifocal glasses under his health insurance, with his prescription "
      "values; health data")
def m():
    m = new(who("huebschmann"), "Jonathan Reeves <jon.reeves@inboxly.example>",
            "Your glasses – reimbursement (KV 81 602 915)", "2026-02-27 09:20")
    body(m, T("""
        Dear Mr Reeves,

        thank you for sending the optician's invoice for your new varifocal glasses (Optik Kretschmer,
        12 February 2026, EUR 689.00) and the prescription from your ophthalmologist:

            right eye  sph -4.25  cyl -0.75  axis 170  add +2.00
            left eye   sph -3.75  cyl -0.50  axis 10   add +2.00

        Your tariff KompaktAmbulant covers glasses and contact lenses up to EUR 300 every two calendar
        years, provided your prescription has changed or two years have passed since the last
        reimbursement. Your last claim for glasses was in 2023, so we reimburse the full EUR 300.

        The amount will be transferred to your account in the next few days. Your eye examination fee
        (Dr. Albrecht, EUR 48.26) we paid already last week.

        """) + sig("huebschmann", "en"))
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-partner",
      "English recovery letter to an airline's baggage desk quoting German customer Annett Kliemann's "
      "description of her damaged suitcase: names, booking and claim references; no health data")
def m():
    m = new(who("demirkaya"), "Baggage Claims <baggage.claims@baltic-wings.example>",
            "Subrogated claim – damaged suitcase, PIR BER BW 20117, passenger Annett Kliemann", "2026-05-28 14:02")
    body(m, T("""
        Dear Sir or Madam,

        we are the travel insurer of your passenger Ms Annett Kliemann (booking ref. KX7PQ2, flight BW 311
        Berlin–Riga on 9 May 2026). We have compensated her for her damaged suitcase under her policy
        RJ 20 330 781 (our claim RV-26-02588) and claim recovery from you under Article 17 of the
        Montreal Convention.

        Ms Kliemann described the damage to us as follows (original German, our translation below):

          "Der Koffer kam mit gebrochener Rollenachse und einem 20 cm langen Riss in der Schale aus dem
          Gepäckband. Die Mitarbeiterin am Schalter hat den Schaden fotografiert und die PIR-Meldung
          BER BW 20117 aufgenommen. Der Inhalt war nass, weil es in Berlin geregnet hat und der Koffer
          offenbar draußen stand."

          ("The suitcase came off the belt with a broken wheel axle and a 20 cm crack in the shell. The
          agent at the desk photographed the damage and recorded PIR BER BW 20117. The contents were wet
          because it was raining in Berlin and the suitcase had apparently been left outside.")

        Amount paid: EUR 214.00 (suitcase, 3 years old, time value) plus EUR 46.00 dry cleaning.
        Please pay EUR 260.00 to our account DE56 8505 0300 4462 2904 84, reference RV-26-02588.

        """) + sig("demirkaya", "en"))
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "invitation (ICS) to a broker training on legal-expenses products; no customer data")
def m():
    m = new(who("rudolph"), f"Maklerpartner Ostsachsen <makler-ostsachsen@lists.{D}>",
            "Einladung: Maklerschulung Rechtsschutz 2026 am 3. Juni (IDD-Weiterbildung 2,5 Std.)", "2026-05-06 09:05",
            extra=[("Precedence", "bulk")])
    body(m, T("""
        Liebe Maklerpartnerinnen und Maklerpartner,

        herzliche Einladung zu unserer Präsenzschulung

            Rechtsschutz 2026 – neue Wartezeiten, Mediation, Fallbeispiele aus der Praxis
            Mittwoch, 3. Juni 2026, 14:00–16:30 Uhr
            Brückenwerk, Brückenstraße 9, Saal Landeskrone (Parkplätze im Hof)

        Referent: Jonas Eberlein, Rechtsschutz-Schadenservice. Die Schulung wird mit 150 Minuten als
        IDD-Weiterbildung bestätigt (gut beraten).

        Anmeldung bis 27. Mai per Antwort auf diese Mail; den Kalendereintrag finden Sie im Anhang.

        """) + sig("rudolph"))
    attach_text(m, ics("rs-schulung-2026-06-03@brueckenwerk.example", "20260603T140000", "20260603T163000",
                       "Maklerschulung Rechtsschutz 2026", "Brückenwerk, Brückenstraße 9, Görlitz, Saal Landeskrone",
                       ("Sven Rudolph", mbox("rudolph")),
                       [("Maklerpartner Ostsachsen", f"makler-ostsachsen@lists.{D}")],
                       "IDD-Weiterbildung 150 Minuten.", stamp="20260506070500Z"),
                "calendar", "Maklerschulung_Rechtsschutz.ics", params={"method": "REQUEST"})
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to an orthopaedist for a report on roofer Dennis Laube's knee osteoarthritis for his "
      "occupational disability claim; health data")
def m():
    m = new(who("lasota"), "Praxis Dr. Hentschke <orthopaedie@praxis-hentschke.example>",
            "Befundbericht BU-Leistungsantrag – Herr Dennis Laube, geb. 05.02.1979", "2026-04-27 14:14")
    body(m, T("""
        Sehr geehrter Herr Dr. Hentschke,

        Ihr Patient Herr Dennis Laube, geb. 05.02.1979, Dachdecker, hat bei uns Leistungen aus seiner
        Berufsunfähigkeitsversicherung BU 63 558 120 beantragt. Er gibt an, seit einer Meniskusoperation
        rechts im Jahr 2024 und der anschließend fortschreitenden Gonarthrose keine Arbeiten auf dem Dach
        und auf Leitern mehr ausführen zu können. Seine Schweigepflichtentbindung liegt uns vor.

        Wir bitten um einen Befundbericht (Formular BU-3, beigefügt) mit Angaben zu:
        - Diagnosen und Befunden (Röntgen/MRT mit Datum), Bewegungsausmaß nach Neutral-Null-Methode,
        - bisheriger und geplanter Behandlung, insbesondere ob ein Gelenkersatz erwogen wird,
        - Belastbarkeit: Knien, Hocken, Steigen auf Leitern, Gehen auf schrägen Flächen, Heben und
          Tragen über 15 kg,
        - Ihrer Einschätzung der Dauer der Einschränkungen.

        Für den Bericht zahlen wir ein Honorar von 80 Euro; bitte legen Sie eine Rechnung bei. Die
        Unterlagen können Sie gern per Fax (03581 7740-5310) oder per Post schicken.

        """) + sig("lasota"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only rejection of Tom Rößler's phone-theft claim (unattended bag on the beach, basic tariff): name, "
      "policy and claim number, his words; no health data")
def m():
    m = new(who("wroblewski"), "Tom Rößler <tom.roessler@fastpost.example>",
            "Ihr Schaden FE-26-006577 – leider keine Leistung möglich", "2026-05-26 16:48")
    html = html_doc(
        "<p>Hallo Herr Rößler,</p>"
        "<p>vielen Dank für Ihre ausführliche Schilderung. Sie schrieben: <i>„Ich war nur kurz im Wasser, "
        "vielleicht zehn Minuten, das Handy war in der Tasche unter dem Handtuch. Als ich zurückkam, war die "
        "Tasche noch da, aber das Handy weg.“</i></p>"
        "<p>Das tut mir wirklich leid. Ich muss Ihnen aber leider mitteilen, dass wir für diesen Schaden nicht "
        "leisten können. Ihre Elektronikversicherung <b>EL&nbsp;309&nbsp;518&nbsp;740</b> läuft im Tarif "
        "<b>Basis</b>. Dort ist Diebstahl nur versichert, wenn er durch Einbruch oder Raub geschieht "
        "(Ziffer 2.3 der Bedingungen). Das Wegnehmen aus einer unbeaufsichtigten Tasche am Strand ist ein "
        "sogenannter einfacher Diebstahl; diesen deckt nur der Tarif Plus ab.</p>"
        "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" style=\"border-collapse:collapse\">"
        "<tr><th>Schaden-Nr.</th><td>FE-26-006577</td></tr>"
        "<tr><th>Schadentag</th><td>17.05.2026, Strand Binz (Rügen)</td></tr>"
        "<tr><th>Gerät</th><td>Pixelon Nova 8, IMEI 35 417209 660128 4</td></tr>"
        "<tr><th>Entscheidung</th><td>keine Leistung (einfacher Diebstahl, Tarif Basis)</td></tr></table>"
        "<p>Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie sich an unser "
        "Beschwerdemanagement oder an den Versicherungsombudsmann wenden. Für ein neues Gerät können Sie "
        "auf Wunsch in den Tarif Plus wechseln – ohne neue Wartezeit.</p>"
        "<p>Viele Grüße<br>Mateusz Wróblewski<br>Schadenservice Fahrrad &amp; Elektronik<br>"
        "Brückenwerk Allgemeine Versicherung AG</p>")
    return body(m, None, html=html, html_only=True)


@mail("NORMAL", "en", "newsletter",
      "trap: English guide for expats on German personal liability insurance with invented examples; no "
      "customer data")
def m():
    m = new(f"Brückenwerk Expat Corner <expat@{D}>", f"expat-corner@lists.{D}",
            "Expat Corner: Why Germans insure against breaking a neighbour's window", "2026-04-30 07:30",
            mailer="sys", extra=[("Precedence", "bulk"), ("List-Unsubscribe", f"<https://www.{D}/unsubscribe?l=en>")])
    text = T("""
        EXPAT CORNER – April 2026

        WHY GERMANS INSURE AGAINST BREAKING A NEIGHBOUR'S WINDOW

        If you've just moved to Germany, someone has probably asked you: "Hast du eine Haftpflicht?"
        Private liability insurance (Privathaftpflichtversicherung) isn't compulsory, but about 85 % of
        households have it. The reason is § 823 of the Civil Code: if you damage someone else's property
        or injure someone through negligence, you pay – without an upper limit.

        Three everyday examples (made up, but typical):
        - You knock a glass of red wine over a friend's laptop. Liability covers the laptop.
        - Your child's football breaks the neighbour's window. Children from 7 can be liable; the policy
          covers it.
        - You lose the keys to your rented flat and the landlord changes the whole lock system. Good
          policies include lost keys.

        What it doesn't cover: damage to your own things (that's household contents insurance), your car
        (motor insurance) and anything done on purpose.

        Tip: many landlords ask for proof of liability insurance before signing a lease. We can send you
        a confirmation in English within a day.

        More: www.brueckenwerk.example/en/liability
        """)
    return body(m, text, html=html_doc(p2h(text)))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "fraud-prevention referral about a physiotherapy practice with a ZIP (CSV of named patients, treatment "
      "dates and diagnoses; DOCX note); health data of several insured persons")
def m():
    m = new(who("nowicka"), who("huebschmann"), "Verdacht Abrechnungsauffälligkeiten Physio Vital Zittau – Fallliste",
            "2026-05-08 13:45", cc=who("brenneisen"), extra=[("Sensitivity", "Confidential")])
    body(m, T("""
        Hallo Kathleen,

        wie angekündigt die Fallliste zu Physio Vital Zittau (ZIP, intern, bitte nicht weiterleiten).
        Auffällig sind bei sieben Versicherten identische Behandlungsserien (10 × KG + 10 × MLD an
        denselben Tagen und Uhrzeiten), obwohl die Diagnosen völlig unterschiedlich sind, und bei drei
        Versicherten Termine an Tagen, an denen sie laut eigener Auskunft im Urlaub waren.

        Ich würde als Nächstes zwei Versicherte anrufen lassen (freiwillig, Standardfragebogen). Frau
        Dr. Brenneisen, können Sie einschätzen, ob die Verordnungen zu den Diagnosen passen?

        Gruß
        Ewa

        """) + sig("nowicka", short=True))
    rows = [["Versicherte Person", "KV-Nr.", "Diagnose (Verordnung)", "Verordnung", "Behandlungstage", "Betrag EUR"],
            ["Ramona Kittel", "KV 81 301 554", "M54.4 Lumboischialgie", "KG 10, MLD 10",
             "03.03.-27.03.2026", 712.40],
            ["Horst Seibt", "KV 81 099 213", "I89.0 Lymphödem Bein", "MLD 10", "03.03.-27.03.2026", 486.00],
            ["Jana Wenzel", "KV 81 402 776", "S83.2 Meniskusriss", "KG 10, MLD 10", "03.03.-27.03.2026", 712.40],
            ["Dieter Frenzel", "KV 81 055 340", "M75.1 Rotatorenmanschettenläsion", "KG 10", "04.03.-26.03.2026",
             226.40],
            ["Katrin Müller-Sauer", "KV 81 208 119", "G35 Multiple Sklerose", "KG-ZNS 10", "04.03.-26.03.2026",
             398.20]]
    note = docx([
        ("h", "Vermerk Betrugsprävention – Physio Vital Zittau"),
        "Anlass: Hinweis aus der Leistungsprüfung vom 22.04.2026 (identische Terminserien).",
        "Geprüft: 41 Rechnungen, 17 Versicherte, Zeitraum 01/2026–04/2026.",
        "Befund: siehe Fallliste. Keine Anhaltspunkte, dass Versicherte beteiligt sind.",
        "Nächste Schritte: Befragung zweier Versicherter, Anforderung der Terminbücher bei der Praxis.",
    ], title="Vermerk SIU Physio Vital", creator="Ewa Nowicka", created="2026-05-08T11:30:00Z")
    attach(m, zipped([("Fallliste_PhysioVital.csv", csv_text(rows).encode("cp1252"), (2026, 5, 8, 13, 20, 4)),
                      ("Vermerk_SIU_2026-014.docx", note, (2026, 5, 8, 13, 31, 50))]),
           "application/zip", "SIU-2026-014_PhysioVital.zip")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "damage to a rented holiday flat on Lake Garda under Sophie Brandt-Miller's personal liability policy: "
      "name, policy and claim number, landlord's deposit deduction; no injury")
def m():
    m = new(who("sobottka"), "Sophie Brandt-Miller <sophie.bm@brightinbox.example>",
            "Re: Broken glass table in our holiday flat – claim SH-26-048102", "2026-06-02 10:28",
            irt="<CAK0u8mV5x2@mail.brightinbox.example>")
    body(m, T("""
        Dear Ms Brandt-Miller,

        good news: damage to rented holiday accommodation is included in your personal liability policy
        PH 610 733 451, even abroad, so we can help with the glass table.

        You wrote: "I put a hot casserole dish on it and the glass just exploded – I had no idea that
        could happen." That's a classic thermal shock, and it counts as an accident, not as wear and
        tear.

        The owner, Signora Bellini, has kept EUR 350 of your deposit for a new glass top. To reimburse
        you, please send us:
        - the owner's written confirmation of the deduction (an email or a WhatsApp screenshot is fine),
        - ideally an invoice or quote for the replacement glass,
        - your rental agreement or booking confirmation (Casa Limone, Malcesine, 16–23 May 2026).

        As soon as we have these, we'll transfer the EUR 350 to you. Claim number SH-26-048102.

        """) + sig("sobottka", "en"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
      "English mail to a company's HR quoting the German pension terms, with an XLSX listing employees' birth "
      "dates and salaries for occupational pension enrolment; life/pension and income data")
def m():
    m = new(who("mengewein"), "Rachel Kim <rachel.kim@carrow-precision.example>",
            "Direct insurance enrolment – 6 employees from 1 June (group contract GV 58 900 214)", "2026-05-18 13:05")
    body(m, T("""
        Dear Ms Kim,

        thank you for the enrolment list for your group contract with us (Carrow Precision GmbH, Görlitz).
        I've checked it and attached it back with our policy numbers added. Before payroll runs, two
        points your US colleagues asked about, with the German wording from the group contract:

          § 4 Abs. 2: "Der Arbeitgeber leistet einen Zuschuss in Höhe von 15 % des umgewandelten
          Entgelts, höchstens jedoch in Höhe der eingesparten Sozialversicherungsbeiträge."
          (The employer adds 15 % of the converted salary, capped at the social security contributions
          it saves.)

          § 7: "Bei Ausscheiden vor Eintritt des Versorgungsfalls ist die Anwartschaft sofort
          unverfallbar; der Arbeitnehmer kann den Vertrag privat fortführen."
          (If an employee leaves before retirement, the entitlement vests immediately and they can
          continue the policy privately.)

        Mr Alvarez is above the tax-free limit with EUR 720 per month; EUR 44 would be taxable. Please
        confirm whether he wants to reduce the amount to EUR 676 or keep it.

        """) + sig("mengewein", "en"))
    attach(m, xlsx([("Enrolment", [
        ["Employee", "Date of birth", "Gross salary EUR/month", "Conversion EUR/month", "Employer subsidy EUR",
         "Start", "Policy no."],
        ["Miguel Alvarez", "1986-03-22", 7850, 720, 101.4, "2026-06-01", "DV 58 900 214-01"],
        ["Sabrina Thiele", "1994-11-08", 3420, 150, 22.5, "2026-06-01", "DV 58 900 214-02"],
        ["Jakub Dvořák", "1990-07-15", 4180, 200, 30.0, "2026-06-01", "DV 58 900 214-03"],
        ["Nicole Hempel", "1979-02-27", 3980, 248, 37.2, "2026-06-01", "DV 58 900 214-04"],
        ["Oskar Lindner", "2001-09-03", 2860, 100, 15.0, "2026-06-01", "DV 58 900 214-05"],
        ["Daniela Petzold", "1983-12-19", 5210, 338, 50.7, "2026-06-01", "DV 58 900 214-06"],
    ])], title="Enrolment GV 58 900 214", creator="Oliver Mengewein", created="2026-05-18T10:45:00Z"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "GV58900214_enrolment_June2026.xlsx")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "large-loss notification to the reinsurer: insured T. K. (policy number, birth year) paraplegic after a "
      "fall from a ladder, invalidity reserve; health data")
def m():
    m = new(who("ashdown"), "Ingrid Thorsrud <ingrid.thorsrud@skagerrak-re.example>",
            "Large loss notification – accident per-risk XL 2026-ACC-02, our claim U 26/00207", "2026-04-02 16:55",
            cc=who("kaltschmidt"))
    body(m, T("""
        Dear Ingrid,

        under the accident per-risk XL (treaty 2026-ACC-02, retention EUR 250,000) we notify the following
        potential large loss:

            Our claim: U 26/00207 · Policy UV 72 811 034 (individual accident, progression 350 %)
            Insured: T. K., male, born 1991, self-employed carpenter, Görlitz district
            Date of accident: 11 February 2026 – fall from a ladder (approx. 4 m) while working on a roof
            Injuries: burst fracture of T12 with complete spinal cord injury (ASIA A), paraplegia;
                      fracture of the right wrist
            Current status: inpatient rehabilitation at a specialist spinal cord injury centre since
                      3 March

        Sum insured for invalidity EUR 200,000; with 100 % invalidity and progression 350 % the
        invalidity benefit would be EUR 700,000, plus accident annuity EUR 1,500/month. We have set a
        reserve of EUR 1.05m, i.e. EUR 800,000 above the retention.

        The final invalidity assessment will not be possible before February 2027. Medical reports are
        available to your claims medical officer via the secure data room on request.

        Best regards,
        Claire

        """) + sig("ashdown", "en"))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurance confirmation for Lena Zimmermann's landlord (household and personal liability): name, new "
      "address, policy numbers; PDF attached")
def m():
    m = new(who("karaca"), "Lena Zimmermann <lena.zimmermann@tmail.example>",
            "Ihre Versicherungsbestätigung für den Vermieter", "2026-02-27 11:05",
            irt="<8f2d71a3-lz@tmail.example>")
    body(m, T("""
        Hallo Frau Zimmermann,

        gern – anbei die gewünschte Bestätigung für Ihre neue Wohnung als PDF. Sie können sie direkt an
        die Hausverwaltung weiterleiten.

        Die neue Adresse (Blumenstraße 33, 02826 Görlitz, ab 1. März) habe ich in beiden Verträgen
        geändert. Ihre Hausrat-Versicherungssumme passt weiterhin, die neue Wohnung ist sogar etwas
        kleiner.

        Viele Grüße
        """) + sig("karaca"))
    attach(m, pdf([
        "# Versicherungsbestätigung",
        "",
        "Hiermit bestätigen wir, dass",
        "Frau Lena Zimmermann, Blumenstraße 33, 02826 Görlitz,",
        "bei der Brückenwerk Allgemeine Versicherung AG folgende Verträge unterhält:",
        "",
        "Privathaftpflichtversicherung PH 610 560 218 – Deckungssumme 10 Mio. EUR pauschal,",
        "einschließlich Mietsachschäden an Wohnräumen und Schlüsselverlust (bis 20.000 EUR)",
        "Hausratversicherung HR 610 560 219 – Versicherungssumme 39.000 EUR",
        "",
        "Die Verträge bestehen ungekündigt; die Beiträge sind bis 31.03.2026 bezahlt.",
        "",
        "Görlitz, 27.02.2026",
        "Brückenwerk Allgemeine Versicherung AG – Kundenservice",
    ], title="Versicherungsbestätigung Zimmermann", author="Kundenservice", created="20260227110101+01'00'"),
        "application/pdf", "Versicherungsbestaetigung_Zimmermann.pdf")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: sponsorship agreement for a city run including first-aid service arrangements; no individual "
      "concerned")
def m():
    m = new(who("straubinger"), "Sportamt Görlitz <sportamt@goerlitz-stadt.example>",
            "Neißelauf 2026 – Sponsoring Brückenwerk, Sanitätsdienst und Logo", "2026-03-17 11:22")
    body(m, T("""
        Sehr geehrte Frau Hänsch,

        wir freuen uns, auch 2026 Hauptsponsor des Neißelaufs (Sonntag, 14. Juni) zu sein. Wie besprochen:

        1. Sponsoringbetrag 8.000 Euro, Rechnung bitte an unsere Unternehmenskommunikation.
        2. Wir übernehmen wie im Vorjahr die Kosten des Sanitätsdienstes (DRK-Kreisverband, 2 Rettungs-
           wagen, 12 Sanitäterinnen und Sanitäter, Unfallhilfsstelle am Zieleinlauf) bis 3.500 Euro.
        3. Die Veranstalterhaftpflicht läuft wie immer über die Stadt; eine Unfallversicherung für die
           Teilnehmenden bieten wir nicht an – bitte auf der Anmeldeseite nicht anders darstellen.
        4. Logo auf Startnummern, Zielbogen und Urkunden; Druckdaten kommen bis 15. April.
        5. Unser Firmenteam startet mit ca. 40 Läuferinnen und Läufern im 10-km-Lauf.

        Die Vereinbarung schicke ich Ihnen unterschrieben zu, sobald der Entwurf vorliegt.

        """) + sig("straubinger"))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German/English exchange on who pays Tilo Ehrlich's knee-ligament surgery after a skiing accident in "
      "Austria (travel policy vs. international health plan); health data")
def m():
    m = new(who("raghunathan"), who("demirkaya"), "Re: Zuständigkeit Ehrlich – Kreuzbandriss Ischgl / GlobalCare vs. Reise",
            "2026-03-19 10:48", irt="<D3E4F5A6.1199@mail.brueckenwerk.example>")
    body(m, T("""
        Hi Aylin,

        good catch. Short answer: GlobalCare pays first, your travel health policy only tops up.

        Mr Ehrlich's GlobalCare Comfort (IH 84 118 760) is worldwide incl. Austria and has no excess
        for inpatient treatment, so we take over the hospital invoice from Landeck (ACL reconstruction,
        4 nights) under my claim number IH-26-00431. The helicopter transfer from the slope is not
        covered by GlobalCare, only ground ambulance – that part (EUR 4,870) goes to your travel policy
        under "Bergungskosten".

        Could you send me the discharge letter you have? I only have the invoice. I'll tell him in
        English, he asked for it.

        Priya

        > Am 18.03.2026 um 16:22 schrieb Aylin Demirkaya:
        > Hallo Priya,
        >
        > Herr Tilo Ehrlich (RJ 20 915 441, Jahresreise) hat sich am 7. März in Ischgl beim Skifahren
        > das vordere Kreuzband links gerissen, Innenmeniskus ebenfalls verletzt. Er wurde mit dem
        > Hubschrauber ins Krankenhaus Landeck geflogen und dort am 9. März operiert (Kreuzbandplastik).
        > Rechnung Krankenhaus 11.240 Euro, Hubschrauber 4.870 Euro.
        >
        > Laut Bestand hat er bei dir auch GlobalCare. Wer ist zuerst dran?
        >
        > Danke, Aylin
        """))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "transfer of a no-claims bonus from Gerd Bräuer to his daughter Lisa: names, birth date, driving-licence "
      "date, number plates, policy numbers and no-claims classes; no health data")
def m():
    m = new(who("quaas"), "Lisa Bräuer <lisa.braeuer@inboxly.example>",
            "Übertragung Schadenfreiheitsrabatt von Ihrem Vater – was wir noch brauchen", "2026-05-29 11:52",
            cc="Gerd Bräuer <gerd.braeuer@lausitz-mail.example>")
    body(m, T("""
        Hallo Frau Bräuer, hallo Herr Bräuer,

        danke für den Antrag auf Übertragung des Schadenfreiheitsrabatts. Kurz, was geht und was wir
        noch brauchen:

        Abgebender Vertrag: Gerd Bräuer, KF 30 098 443, VW Polo GR-GB 418, derzeit SF 28
        Übernehmender Vertrag: Lisa Bräuer, geb. 14.09.2001, neuer Vertrag für Seat Ibiza GR-LB 91
        Führerschein der Tochter seit: 02.10.2019

        Übertragen werden kann nur so viel schadenfreie Zeit, wie Frau Bräuer selbst einen Führerschein
        hat – also 6 Jahre, entsprechend SF 6. Die restlichen Jahre verfallen bei Ihnen, Herr Bräuer,
        weil Sie den Polo abgeben und keinen eigenen Vertrag mehr führen.

        Wir brauchen noch:
        1. die Übertragungserklärung, von Ihnen beiden unterschrieben (Formular anbei im Portal),
        2. eine kurze Bestätigung, dass Frau Bräuer den Polo in den letzten Jahren regelmäßig gefahren
           ist (formlos, z. B. Pendelstrecke zur Ausbildung).

        Der Beitrag für den Ibiza sinkt damit von 1.384 Euro (SF 0) auf 612 Euro im Jahr.

        """) + sig("quaas"))
    return m


@mail("NORMAL", "en", "insurer-to-supplier",
      "order of moisture meters and thermal cameras for claims assessors; no personal data")
def m():
    m = new(who("wendel"), "Sales Team <sales@dampmeter-tools.example>",
            "PO 4500032611 – moisture meters and thermal cameras for our field staff", "2026-05-05 09:47")
    body(m, T("""
        Dear sales team,

        following your quote Q-26-0391 we order:

            8 × DM-400 pin/pinless moisture meter, incl. calibration certificate
            4 × TC-160 thermal imaging camera, 160×120, with the building-diagnostics app licence
            8 × carrying case, 2 × spare probe set

        Total net EUR 9,412.00 as quoted, delivery DAP Görlitz, Brückenstraße 9, goods receiving.

        The devices go to our field staff who assess water damage in homes. Please make sure the
        thermal cameras ship with the cloud sync switched off by default – photos must stay on the
        device until they are uploaded to our own system.

        Invoice to invoices@brueckenwerk.example quoting PO 4500032611; payment 30 days net.

        """) + sig("wendel", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "trap: internal guideline on invalidity assessment in accident claims (limb table, prior impairment) "
      "with invented examples; no insured person")
def m():
    m = new(who("kaltschmidt"), f"Team Leistung Unfall <leistung-unfall@{D}>",
            "Arbeitshilfe Invaliditätsbemessung – Version 2026", "2026-01-28 15:20")
    body(m, T("""
        Liebe Kolleginnen und Kollegen,

        die überarbeitete Arbeitshilfe zur Invaliditätsbemessung liegt im Handbuch (Kapitel U-4). Die
        wichtigsten Punkte als Erinnerung:

        1. Gliedertaxe vor allgemeiner Bemessung: Ist nur ein Körperteil aus der Gliedertaxe betroffen,
           wird ausschließlich nach der Taxe bemessen (z. B. Hand 55 %, Fuß 40 %, Auge 50 %).
        2. Teilverlust in Bruchteilen: "1/5 Handwert" heißt 1/5 von 55 % = 11 %.
        3. Vorinvalidität: Eine nachgewiesene Vorschädigung desselben Körperteils wird abgezogen – aber
           nur, wenn sie ärztlich dokumentiert ist. Bloße Verschleißbefunde im Röntgenbild reichen nicht.
        4. Mitwirkung von Krankheiten: Kürzung erst ab 25 % Mitwirkungsanteil, und nur mit Begründung
           durch den Gutachter.
        5. Fristen: Invalidität muss innerhalb von 15 Monaten ärztlich festgestellt und geltend gemacht
           werden. Bitte bei jedem Fall den Fristablauf in der Wiedervorlage setzen.

        Erfundenes Beispiel zur Übung: Versicherte Person, 52, Sprunggelenkbruch, Gutachten 3/10 Fußwert,
        dokumentierte Vorschädigung 1/10 Fußwert → (3/10 − 1/10) × 40 % = 8 %.

        Fragen gern an mich.

        Dörte
        """))
    return m


@mail("CONFIDENTIAL", "en", "customer",
      "customer Kwame Mensah's own claim mail with a photo of his cracked phone, forwarded internally as an "
      "attached message: name, policy number, IMEI; no health data")
def m():
    inner = new("Kwame Mensah <kwame.mensah@inboxly.example>", f"schaden@{D}", "Cracked screen – policy EL 309 288 006",
                "2026-02-21 13:09", mailer="Mozilla Thunderbird 128.6.0",
                mid="<a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d@inboxly.example>")
    body(inner, T("""
        Hello,

        I'd like to report damage to my phone (policy EL 309 288 006). On Thursday evening it slid off
        the arm of the sofa onto the tiled floor – face down, of course. The glass is cracked from
        corner to corner and the lower part of the touchscreen no longer reacts.

        Phone: Pixelon Nova 8, bought in August 2025, IMEI 35 901877 315502 2.
        Photo attached.

        I work from home and need the phone for two-factor logins, so a quick repair would be great.
        I'm happy to drop it off at a shop if that's faster than sending it.

        Best regards,
        Kwame Mensah
        Reichertstraße 6, 02826 Görlitz
        """), cte="8bit", flowed=True)
    attach(inner, photo("phone", 139, "2026:02:20 21:47:12", model="Nova 8", make="Pixelon"), "image/jpeg",
           "IMG_20260220_214712.jpg")
    m = new(who("wroblewski"), f"Schaden Fahrrad & Elektronik <schaden-fe@{D}>",
            "Fwd: Cracked screen – policy EL 309 288 006 (bitte Fixwerk Dresden vor Ort)", "2026-02-23 08:33")
    body(m, T("""
        Moin,

        Kunde möchte das Gerät lieber vorbeibringen – bitte Fixwerk-Filiale Dresden anfragen und ihm auf
        Englisch antworten. Schaden-Nr. lege ich gleich an.

        Mateusz
        """))
    attach(m, inner, "message/rfc822", "Cracked screen - policy EL 309 288 006.eml")
    return m


@mail("NORMAL", "de", "internal",
      "trap: training material for new travel-claims staff with anonymised, invented cases (initials, age "
      "only); no identifiable person")
def m():
    m = new(who("demirkaya"), f"Einarbeitung Reise <einarbeitung-reise@{D}>",
            "Einarbeitung Woche 2: Fallübungen Reiserücktritt (anonymisiert)", "2026-05-11 08:40")
    body(m, T("""
        Hallo ihr drei,

        für Mittwoch bitte diese Fälle vorbereiten. Alle Fälle sind erfunden bzw. so verändert, dass
        niemand erkennbar ist – bitte trotzdem nicht aus dem Schulungsordner herausgeben.

        Fall 1: Frau M., 54, storniert eine Städtereise, weil ihr Hund operiert werden muss.
                → Ist das ein versicherter Grund? (Tipp: Ziffer 2.1, Risikopersonen)
        Fall 2: Herr T., 38, verliert zwei Wochen vor der Reise seinen Arbeitsplatz (betriebsbedingte
                Kündigung). → Versichert? Welche Nachweise?
        Fall 3: Ehepaar K., 71 und 69, bucht im Januar, im März wird bei ihm eine bereits bekannte
                Herzerkrankung schlechter. → Unerwartet? Was fragen wir beim Hausarzt an, was nicht?
        Fall 4: Familie S. storniert, weil am Urlaubsort ein Waldbrand wütet; der Veranstalter bietet
                kostenlose Umbuchung an. → Wer zahlt was?

        Zu jedem Fall: Entscheidung, Begründung in zwei Sätzen, welche Unterlagen wir anfordern.

        Bis Mittwoch, 10 Uhr, Raum Spree.
        Aylin
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reimbursement of a naturopath's invoice (acupuncture for migraine) for Marlies Urban under her health "
      "supplement; health data")
def m():
    m = new(who("huebschmann"), "Marlies Urban <marlies.urban@freemail-de.example>",
            "Erstattung Heilpraktikerrechnung vom 02.04.2026", "2026-04-22 10:37")
    body(m, T("""
        Sehr geehrte Frau Urban,

        die Rechnung Ihrer Heilpraktikerin Frau Jentsch über die Akupunkturbehandlung wegen Ihrer Migräne
        (8 Sitzungen im Februar und März) haben wir geprüft. Aus Ihrem Ergänzungstarif NaturPlus
        (Vertrag KZ 81 604 522) erstatten wir 80 % der Beträge bis zu den Höchstsätzen des
        Gebührenverzeichnisses für Heilpraktiker (GebüH):

            Erstanamnese (GebüH 1)                       25,00 Euro
            Akupunktur, 8 Sitzungen (GebüH 21.1)        240,00 Euro
            Beratung (GebüH 5), 3 ×                      48,00 Euro
            Summe erstattungsfähig                      313,00 Euro
            davon 80 %                                  250,40 Euro

        Die in Rechnung gestellten Globuli (32,80 Euro) sind nicht erstattungsfähig, da es sich um
        frei verkäufliche Arzneimittel ohne Verordnung handelt.

        Ihr Jahreshöchstbetrag für Naturheilverfahren (1.000 Euro) ist damit zu 250,40 Euro ausgeschöpft.

        """) + sig("huebschmann"), cte="base64")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "commercial liability claim of sole-trader electrician Steffen Jähne (natural person) for a parquet "
      "floor damaged at a customer's home: names, policy and claim number; no injury")
def m():
    m = new(who("feddersen"), "Elektro Jähne <info@elektro-jaehne.example>",
            "Ihr Haftpflichtschaden BH-26-00401 – Parkett bei Familie Queißer", "2026-05-21 15:06")
    body(m, T("""
        Sehr geehrter Herr Jähne,

        danke für Ihre Meldung zur Betriebshaftpflicht BH 71 552 087 (Elektro Jähne, Inh. Steffen
        Jähne e.K.).

        Sie schreiben, dass Ihr Geselle am 15. Mai beim Verlegen neuer Leitungen bei Familie Queißer,
        Am Feldrain 8, 02829 Markersdorf, die Bohrmaschine mit laufendem Kernbohrer auf das Eichenparkett
        fallen ließ; dabei sind zwei tiefe Kerben entstanden. Verletzt wurde niemand.

        Versichert ist der Schaden an fremden Sachen, die bei der Arbeit beschädigt wurden. Nicht
        versichert wäre Ihre eigene Leistung (die Elektroinstallation) – das betrifft hier aber nichts.

        Bitte schicken Sie uns:
        - den Kostenvoranschlag des Parkettlegers (Familie Queißer hat ihn laut Ihnen schon),
        - zwei, drei Fotos der Kerben,
        - die Kontaktdaten von Familie Queißer.

        Ob das ganze Zimmer abgeschliffen werden muss oder ein Teilaustausch reicht, klären wir mit dem
        Parkettleger. Ihre Selbstbeteiligung beträgt 250 Euro.

        """) + sig("feddersen"))
    return m


@mail("NORMAL", "en", "internal",
      "nightly retention-job log (TXT) with deletion counts per document class; no record content")
def m():
    m = new(who("constantinescu"), who("hausotter"), "Retention job April – log for your quarterly report",
            "2026-05-04 09:02")
    body(m, T("""
        Hi Benedikt,

        as requested, the log of the April run of the retention job (claims archive, private lines) is
        attached. Counts only – no identifiers are written to this log since the change in January.

        One thing to note: 1,204 documents were skipped because of legal holds (litigation flags), as
        expected.

        Mirela
        """))
    log = T("""
        2026-04-30T23:00:01Z INFO  retention-job v3.4 start, policy RET-PK-2026-01, dry_run=false
        2026-04-30T23:00:02Z INFO  class=household_claim      retention=10y  candidates=8112  deleted=8108  held=4
        2026-04-30T23:07:44Z INFO  class=liability_claim      retention=10y  candidates=5630  deleted=5617  held=13
        2026-04-30T23:12:10Z INFO  class=bicycle_claim        retention=6y   candidates=3391  deleted=3391  held=0
        2026-04-30T23:15:02Z INFO  class=electronics_claim    retention=6y   candidates=7015  deleted=7015  held=0
        2026-04-30T23:20:40Z INFO  class=travel_claim         retention=6y   candidates=4477  deleted=4470  held=7
        2026-04-30T23:26:51Z INFO  class=accident_claim       retention=30y  candidates=0     deleted=0     held=0
        2026-04-30T23:26:51Z INFO  class=legal_expenses_claim retention=10y  candidates=2948  deleted=1768  held=1180
        2026-04-30T23:31:19Z WARN  class=legal_expenses_claim 1180 documents under legal hold, skipped
        2026-04-30T23:31:20Z INFO  audit record written: RET-2026-04 (hash 9f1c0e77a4b3)
        2026-04-30T23:31:20Z INFO  retention-job finished in 31m19s, deleted=30369, held=1204, errors=0
        """)
    attach_text(m, log, "plain", "retention-job_2026-04-30.log", charset="us-ascii")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: product newsletter on travel health insurance for students abroad with generic medical examples; "
      "no customer")
def m():
    m = new(f"Brückenwerk Student Travel <studytravel@{D}>", f"students-abroad@lists.{D}",
            "Going abroad this autumn? Health cover for your semester, explained in 3 minutes", "2026-05-13 12:00",
            mailer="sys", extra=[("Precedence", "bulk"), ("List-Unsubscribe", f"<https://www.{D}/unsubscribe?l=en>")])
    text = T("""
        STUDY ABROAD, STAY COVERED

        Your statutory health insurance covers you in the EU with the EHIC card – but only at public
        providers, only at local rates, and never for a flight home. Outside the EU it usually covers
        nothing at all.

        Our StudyAbroad plan (from EUR 29 per month):
        - doctor and hospital treatment worldwide, no upper limit
        - prescribed medicines, emergency dental treatment up to EUR 500
        - medically necessary repatriation, and a visit by a family member if you're in hospital for more
          than 5 days
        - 24/7 assistance in German and English
        - optional: personal liability and baggage

        Typical claims (made up, but they happen every term): a sprained ankle on a hiking trip in
        Norway, appendicitis in Valencia, a dentist in Melbourne after a bike fall.

        Sign up online in 5 minutes – no health questions for stays up to 12 months:
        www.brueckenwerk.example/en/studyabroad

        You receive this because you registered for study-abroad news. Unsubscribe:
        https://www.brueckenwerk.example/unsubscribe?l=en
        """)
    return body(m, text, html=html_doc(p2h(text)))


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "theft of an employee's leased e-bike reported to the leasing company: employee Philipp Weigelt and "
      "contact person named, frame number, policy and claim number; no health data")
def m():
    m = new(who("wroblewski"), "Anke Moser <a.moser@lausitzer-dienstrad.example>",
            "Diebstahl Dienstrad Weigelt – Vertrag DR-2024-11873 / unser Schaden FE-26-005742", "2026-04-15 11:58")
    body(m, T("""
        Sehr geehrte Frau Moser,

        zu dem bei Ihnen geleasten und bei uns über Ihren Rahmenvertrag FR-R 70 004 versicherten
        E-Bike melden wir folgenden Diebstahl:

            Nutzer: Herr Philipp Weigelt, Mitarbeiter der Stadtwerke Görlitz AG
            Leasingvertrag: DR-2024-11873, Beginn 01.06.2024
            Rad: Cube Kathmandu Hybrid, Rahmennummer WC24K118305, Kaufpreis 3.899 Euro
            Diebstahl: 10.04.2026 zwischen 7:30 und 16:00 Uhr, Fahrradständer am Bahnhof Görlitz,
                       mit Bügelschloss angeschlossen; Anzeige Polizeirevier Görlitz, Vg.-Nr. 2604-016233-26

        Herr Weigelt schrieb uns: "Das Schloss lag aufgeschnitten neben dem Ständer, das Rad war weg."
        Angeschlossen an einen festen Gegenstand – damit sind die Voraussetzungen erfüllt.

        Regulierung wie vereinbart: Wir zahlen den Ablösewert laut Ihrer Restwerttabelle (Monat 23:
        2.612,33 Euro) an Sie als Leasinggeberin; der Vertrag mit Herrn Weigelt endet damit. Bitte
        schicken Sie uns die Ablöserechnung mit Ihrer Bankverbindung.

        """) + sig("wroblewski"))
    return m


@mail("NORMAL", "de", "internal",
      "organisation of the staff outing by bike with route, first-aid kit and e-bike rental; colleagues "
      "named only as organisers")
def m():
    m = new(who("rehfeld"), f"Team Schaden Privatkunden <team-schaden-pk@{D}>",
            "Teamausflug am 19. Juni: Neiße-Radweg nach Ostritz", "2026-05-15 14:30")
    body(m, T("""
        Hallo zusammen,

        der Teamausflug steht: Freitag, 19. Juni, wir radeln auf dem Oder-Neiße-Radweg von Görlitz nach
        Ostritz (ca. 24 km, flach), Mittagessen im Klosterstift St. Marienthal, zurück mit der Bahn.

        - Treffpunkt 9:30 Uhr am Hof Brückenstraße 9
        - Wer kein Rad hat: Radhaus Neiße leiht uns E-Bikes zum Sonderpreis (Liste bei Lea-Marie bis
          5. Juni eintragen)
        - Mateusz bringt Flickzeug und Pumpe, Janina den Verbandkasten – hoffentlich brauchen wir nur
          das Flickzeug
        - Bei Regen fahren wir mit der Bahn hin und machen die Klosterführung

        Der Tag gilt als Arbeitszeit. Wer nicht radeln möchte, kommt gern direkt zum Mittagessen nach.

        Konstantin
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to Norbert Schmiedel's complaint about slow accident benefits quoting him ('in a wheelchair for "
      "eight weeks'), both heels fractured, advance payment; health data")
def m():
    m = new(who("kaltschmidt"), "Norbert Schmiedel <n.schmiedel@kabelmail.example>",
            "AW: Beschwerde – Unfall vom 21.02., UV 72 290 318", "2026-04-20 12:40",
            irt="<20260418204410.5d1f@kabelmail.example>", cc=f"Beschwerdemanagement <beschwerde@{D}>")
    body(m, T("""
        Sehr geehrter Herr Schmiedel,

        Sie haben völlig recht, und ich möchte mich dafür entschuldigen. Sie schrieben: "Ich sitze seit
        8 Wochen im Rollstuhl, meine Frau muss mich die Treppe hochschleppen, und von Ihnen kommt außer
        Formularen nichts." Ihre Unterlagen lagen nach dem Eingang vom 12. März zwei Wochen unbearbeitet,
        weil sie falsch zugeordnet waren. Das hätte nicht passieren dürfen.

        Was wir heute veranlasst haben:

        1. Krankenhaustagegeld für Ihren Aufenthalt vom 21.02. bis 06.03.2026 (14 Tage à 60 Euro):
           840 Euro – angewiesen.
        2. Vorschuss auf die Invaliditätsleistung: Nach dem Entlassungsbericht (Fersenbeinbrüche
           beidseits nach dem Sturz von der Leiter, operativ versorgt) steht schon jetzt fest, dass eine
           Invalidität bleiben wird. Wir zahlen Ihnen deshalb einen Vorschuss von 10.000 Euro; die
           endgültige Bemessung erfolgt, wenn der Heilverlauf abgeschlossen ist.
        3. Hilfeleistungen: Über unseren Partner kann ab nächster Woche eine Haushaltshilfe zweimal pro
           Woche kommen, bis zu sechs Monate. Frau Kaltenborn von ProHelp ruft Sie dazu an.

        Ab sofort bin ich Ihre feste Ansprechpartnerin, direkte Durchwahl -455.

        """) + sig("kaltschmidt"))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "jewellery stolen from a hotel room in Prague under Catherine O'Neill's household policy (cover away "
      "from home): name, policy and claim number, police report; no health data")
def m():
    m = new(who("sobottka"), "Catherine O'Neill <cathy.oneill@fastpost.example>",
            "Your hotel-room theft in Prague – claim SH-26-046390", "2026-05-07 10:09",
            irt="<CAM5aPq9n1z@mail.fastpost.example>")
    body(m, T("""
        Dear Mrs O'Neill,

        I'm sorry about your trip to Prague ending like this. Your household contents policy
        HR 610 814 337 includes cover away from home, and a theft from a locked hotel room where the
        door was forced open is covered – the Czech police report (č.j. KRPA-118204/TČ-2026) confirms the
        damaged lock.

        You wrote that the necklace and the earrings "were my mother's and I can't replace them, but I'd
        at least like to have something of hers made from the insurance". We can pay the value of the
        jewellery up to the limit for valuables away from home, which is EUR 2,500 in your policy. For
        the pieces without receipts we need:
        - photos on which the jewellery can be seen (family photos are fine),
        - a short description (metal, stones, approximate age),
        - if you have one, the old valuation certificate you mentioned.

        The cash (about CZK 3,000) is covered up to EUR 500. Please also ask the hotel in writing whether
        they have made a claim with their own insurer; we need their answer for our file.

        """) + sig("sobottka", "en"))
    return m


@mail("NORMAL", "de", "internal",
      "office move of the private-claims department with room plan; colleagues named only for seating")
def m():
    m = new(who("rehfeld"), f"Team Schaden Privatkunden <team-schaden-pk@{D}>", "Umzug ins 3. OG am 12./13. Juni – Raumplan",
            "2026-05-28 16:10")
    rows = [["Raum", "Team", "Plätze"],
            ["3.01", "Teamleitung, Assistenz", "2"],
            ["3.02", "Hausrat & Haftpflicht (Sobottka, Kubitz, Ebert, Kowalski)", "4"],
            ["3.03", "Fahrrad & Elektronik (Wróblewski, Günther, Rost)", "3"],
            ["3.04", "Personenschaden Haftpflicht (Schwalbe, Pohl)", "2, abschließbar"],
            ["3.05", "Wohngebäude (Tietze, Lange, Fischer)", "3"],
            ["3.06", "Besprechung / Ruheraum", "6"]]
    body(m, T("""
        Hallo zusammen,

        der Umzug ins 3. OG ist bestätigt: Freitag, 12. Juni ab 13 Uhr packen, Montag, 15. Juni sind wir
        oben arbeitsfähig. Raumplan:

        """) + text_table(rows) + T("""

        - Umzugskisten stehen ab 8. Juni im Flur, Beschriftung: Raumnummer + Name.
        - Papierakten gehen verschlossen in die grauen Boxen, nicht in normale Kisten. Die
          Personenschaden-Akten transportiert die Poststelle separat.
        - PCs und Telefone baut die IT ab und auf, bitte nichts selbst abstecken.

        Konstantin
        """))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover for Dirk Hanke's social-court action against the refusal of a reduced-earning-"
      "capacity pension (heart failure, COPD); health data")
def m():
    m = new(who("eberlein"), "Dirk Hanke <dirk.hanke@web-postfach.example>",
            "Kostenschutz Sozialgericht – Erwerbsminderungsrente (RS 26-01690-J)", "2026-06-03 09:28")
    body(m, T("""
        Sehr geehrter Herr Hanke,

        Ihr Widerspruch gegen die Ablehnung der Erwerbsminderungsrente wurde von der Deutschen
        Rentenversicherung mit Bescheid vom 12.05.2026 zurückgewiesen. Für die Klage vor dem
        Sozialgericht Dresden erteilen wir Ihnen aus Ihrem Rechtsschutzvertrag RS 44 118 265
        (Sozialgerichts-Rechtsschutz eingeschlossen) Kostenschutz.

        Aus Ihren Unterlagen: Die Rentenversicherung stützt sich auf ein Gutachten, nach dem Sie trotz
        Ihrer Herzschwäche (Ejektionsfraktion 35 %) und der COPD noch sechs Stunden täglich leichte
        Tätigkeiten verrichten könnten. Ihr Kardiologe Dr. Pfeiffer sieht das anders und hält Sie
        höchstens für drei Stunden belastbar.

        Ihre Anwältin, Frau Dr. Leupold, kann sich direkt an uns wenden. Gerichtskosten fallen vor dem
        Sozialgericht für Sie nicht an; wir übernehmen die Anwaltsgebühren und die Kosten eines
        Gutachtens nach § 109 SGG, falls Ihre Anwältin einen Arzt Ihres Vertrauens benennen möchte.
        Eine Selbstbeteiligung fällt nicht an.

        Die Klagefrist endet einen Monat nach Zugang des Widerspruchsbescheids – bitte verlieren Sie
        keine Zeit.

        """) + sig("eberlein"))
    return m


# ===========================================================================
# build and check
# ===========================================================================

BSTYLE = [
    lambda h: "_000_" + h[:20].upper() + "_",
    lambda h: "------------" + h[:24],
    lambda h: "=_bw" + h[:28],
    lambda h: "----=_Part_" + str(int(h[:6], 16)) + "_" + str(int(h[6:14], 16)) + "." + h[14:20],
]


def finalize(n, msg):
    tag = f"{PREFIX}{n:04d}"
    if "Message-ID" not in msg:
        h = hashlib.sha1(f"{tag}|{msg['Subject']}|{msg['Date']}".encode("utf-8")).hexdigest()
        host = "mail." + D
        if msg["X-Mailer"] and "Outlook" in msg["X-Mailer"]:
            msg["Message-ID"] = f"<{h[:8].upper()}{h[8:16].upper()}.{h[16:24]}@{host}>"
        else:
            msg["Message-ID"] = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:28]}@{host}>"
    def strip_mv(part, top):
        if not top and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                for sub in (inner.get_payload() if inner.is_multipart() else []):
                    strip_mv(sub, False)
        elif part.is_multipart():
            for sub in part.get_payload():
                strip_mv(sub, False)

    strip_mv(msg, True)
    style = BSTYLE[n % len(BSTYLE)]
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            h = hashlib.sha1(f"{tag}/{i}".encode()).hexdigest()
            part.set_boundary(style(h))
    return msg.as_bytes(policy=POL)


def build(out):
    os.makedirs(os.path.join(out, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        name = f"{PREFIX}{n:04d}.eml"
        data = finalize(n, fn())
        with open(os.path.join(out, "mails", name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# --- verification --------------------------------------------------------------

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
KNOWN_BAD_IBANS = {"DE12120300004013464544"}   # d188-0005: customer typo (swapped digits)


def _pdf_text(b):
    out = []
    for mo in re.finditer(rb"stream\n(.*?)\nendstream", b, re.S):
        raw = mo.group(1)
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252", "replace"))
    return "\n".join(out)


def _xml_text(b):
    root = ElementTree.fromstring(b)
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def extract(name, ctype, data, problems, where):
    """Return text of an attachment, checking that it opens."""
    lname = name.lower()
    try:
        if lname.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            texts = []
            for zi in z.infolist():
                body_ = z.read(zi)
                if lname.endswith(".zip"):
                    texts.append(extract(zi.filename, "", body_, problems, where + "/" + zi.filename))
                elif zi.filename.endswith(".xml") or zi.filename.endswith(".rels"):
                    texts.append(_xml_text(body_))
            if lname.endswith((".odt", ".ods")):
                assert z.infolist()[0].filename == "mimetype" and z.infolist()[0].compress_type == 0
            return "\n".join(texts)
        if lname.endswith(".pdf") or ctype == "application/pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
            t = _pdf_text(data)
            assert t.strip(), "empty PDF text layer"
            return t
        if lname.endswith((".jpg", ".jpeg")):
            assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"
            return ""
        if lname.endswith(".png"):
            assert data[:8] == b"\x89PNG\r\n\x1a\n"
            return ""
        if lname.endswith(".ics"):
            t = data.decode("utf-8")
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
            return t.replace("\r\n ", "")
        if lname.endswith(".eml"):
            inner = email.message_from_bytes(data, policy=email.policy.default)
            return walk_text(inner, problems, where)
        for cs in ("utf-8", "cp1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                continue
    except Exception as e:  # noqa: BLE001
        problems.append(f"{where}: cannot open {name}: {e!r}")
    return ""


def walk_text(msg, problems, where):
    texts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part.defects:
            problems.append(f"{where}: defects {part.defects}")
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            try:
                texts.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                problems.append(f"{where}: text part does not decode: {e!r}")
        else:
            payload = part.get_payload(decode=True)
            if payload is None:
                # message/rfc822 subparts are walked directly
                continue
            texts.append(extract(fn or "", ct, payload, problems, where + ":" + (fn or ct)))
    return "\n".join(texts)


def verify(folder):
    problems, ids = [], set()
    mails = sorted(os.listdir(os.path.join(folder, "mails")))
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        problems.append("labels.tsv: bad header")
    if [r[0] for r in rows[1:]] != mails:
        problems.append("labels.tsv does not list exactly the mails")
    for r in rows[1:]:
        if len(r) != 5 or not all(r):
            problems.append(f"labels.tsv: bad row {r[:1]}")
    for name in mails:
        raw = open(os.path.join(folder, "mails", name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            problems.append(f"{name}: bare LF or CR")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg.get(h):
                problems.append(f"{name}: missing {h}")
        mid = msg.get("Message-ID")
        if mid in ids:
            problems.append(f"{name}: duplicate Message-ID")
        ids.add(mid)
        if not str(msg.get("From", "")).lower().rstrip(">").endswith("." + "example") or \
                "brueckenwerk.example" not in str(msg.get("From", "")):
            problems.append(f"{name}: not sent from the insurer's domain")
        if email.utils.parsedate_to_datetime(msg["Date"]).year != 2026:
            problems.append(f"{name}: date not in 2026")
        for line in raw.split(b"\r\n"):
            if len(line) > 998:
                problems.append(f"{name}: line longer than 998 octets")
                break
        text = walk_text(msg, problems, name)
        for mo in IBAN_RE.finditer(text):
            cand = mo.group(1)
            compact = cand.replace(" ", "")
            if len(compact) < 15 or not compact[2:4].isdigit() or compact[4:7] == "ZZZ":
                continue   # too short, or a SEPA creditor identifier
            if not iban_ok(compact) and compact not in KNOWN_BAD_IBANS:
                problems.append(f"{name}: invalid IBAN {cand}")
        hdrs = "\n".join(str(v) for part in msg.walk() for v in part.values())
        for host in re.findall(r"(?:@|https?://)([A-Za-z0-9.-]+\.[A-Za-z]+)", text + "\n" + hdrs):
            h = host.lower().rstrip(".")
            if not h.endswith(".example"):
                problems.append(f"{name}: host {h} does not end in .example")
    return problems, len(mails)


def stats(folder):
    from collections import Counter
    with open(os.path.join(folder, "labels.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    c = Counter((r[1], r[2]) for r in rows)
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {lab:22s}", "  ".join(f"{lg}={c[(lab, lg)]}" for lg in ("de", "en", "mixed")),
              " total", sum(v for (l2, _), v in c.items() if l2 == lab))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--out", default=HERE)
    a = ap.parse_args()
    if not a.check:
        build(a.out)
        print(f"wrote {len(MAILS)} mails to {os.path.join(a.out, 'mails')}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        problems = []
        for sub in ("labels.tsv",):
            if open(os.path.join(tmp, sub), "rb").read() != open(os.path.join(a.out, sub), "rb").read():
                problems.append(f"{sub} differs from a fresh build")
        mine = sorted(os.listdir(os.path.join(a.out, "mails")))
        fresh = sorted(os.listdir(os.path.join(tmp, "mails")))
        if mine != fresh:
            problems.append("set of mail files differs from a fresh build")
        for name in fresh:
            p = os.path.join(a.out, "mails", name)
            if not os.path.exists(p) or open(p, "rb").read() != open(os.path.join(tmp, "mails", name), "rb").read():
                problems.append(f"{name} differs from a fresh build")
        p2, n = verify(a.out)
        problems += p2
    for p in problems:
        print("PROBLEM:", p)
    print(f"checked {n} mails: {'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    stats(a.out)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
