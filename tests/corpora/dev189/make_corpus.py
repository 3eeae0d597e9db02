#!/usr/bin/env python3
"""Independent Siegel test corpus dev189 (prefix d189-).

150 hand-written, fictitious e-mails of the invented insurer "Lotsenhaus
Versicherungsgruppe" (Emden, domain lotsenhaus-versicherung.example), each
labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

Standard library only. Deterministic: dates, Message-IDs, MIME boundaries,
ZIP member times and document metadata are fixed.

    python3 make_corpus.py           # writes mails/ and labels.tsv next to this file
    python3 make_corpus.py --check   # rebuilds in a temporary folder, compares bytes,
                                     # parses every mail and opens every attachment
"""

import csv
import datetime as _dt
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import zlib
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.dom import minidom
from xml.sax.saxutils import escape as _xesc

PREFIX = "d189-"
DOMAIN = "lotsenhaus-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# the invented world: staff, signatures, footers
# ---------------------------------------------------------------------------

STAFF = {
    # key: (display name, mailbox, department de, department en, extension)
    "oltmanns": ("Hilke Oltmanns", "hilke.oltmanns", "Leistungsabteilung Krankenversicherung", "Health Claims", "2214"),
    "siebels": ("Dr. med. Arend Siebels", "arend.siebels", "Gesellschaftsarzt, Medizinischer Dienst", "Chief Medical Officer", "2290"),
    "behrends": ("Tjark Behrends", "tjark.behrends", "Leistungserbringermanagement – Verträge Kliniken und Praxen", "Provider Contracts", "2305"),
    "ihnen": ("Reemt Ihnen", "reemt.ihnen", "Leistungserbringermanagement – Arzneimittel, Heil- und Hilfsmittel", "Provider Contracts (pharmacy, therapy, aids)", "2310"),
    "rademacher": ("Gesa Rademacher", "gesa.rademacher", "Risikoprüfung Leben/BU", "Life & Disability Underwriting", "2411"),
    "hinrichs": ("Menno Hinrichs", "menno.hinrichs", "Kfz-Schaden", "Motor Claims", "3120"),
    "ubben": ("Frauke Janssen-Ubben", "frauke.janssen-ubben", "Kundenservice", "Customer Service", "1100"),
    "poppinga": ("Okke Poppinga", "okke.poppinga", "IT-Servicedesk / Anwendungsbetreuung", "IT Service Desk", "4410"),
    "saathoff": ("Wiebke Saathoff", "wiebke.saathoff", "Maklerbetreuung", "Broker Support", "1520"),
    "eilers": ("Jan-Hendrik Eilers", "jan-hendrik.eilers", "Schaden Sach/Haftpflicht", "Property & Liability Claims", "3240"),
    "devries": ("Imke de Vries", "imke.devries", "Datenschutzbeauftragte", "Data Protection Officer", "1090"),
    "aden": ("Rainer Aden", "rainer.aden", "Krankenhausrechnungsprüfung", "Hospital Invoice Review", "2260"),
    "gerdes": ("Swantje Gerdes", "swantje.gerdes", "Pflegeversicherung", "Long-term Care", "2350"),
    "buss": ("Marten Buss", "marten.buss", "Reiseversicherung & Assistance", "Travel Insurance & Assistance", "3330"),
    "whitfield": ("Claire Whitfield", "claire.whitfield", "International Health – Member Services", "International Health – Member Services", "2540"),
    "boekhoff": ("Maike Boekhoff", "maike.boekhoff", "Provider Relations International", "Provider Relations International", "2545"),
    "albers": ("Sönke Albers", "soenke.albers", "Rechtsschutz-Leistung", "Legal Expenses Claims", "3410"),
    "freerks": ("Talea Freerks", "talea.freerks", "Personal", "Human Resources", "1040"),
    "meyerhoff": ("Hauke Meyerhoff", "hauke.meyerhoff", "Firmenkunden", "Commercial Clients", "1610"),
    "cassens": ("Enno Cassens", "enno.cassens", "Leben – Bestand und Leistung", "Life – Policy Service & Claims", "2470"),
    "raman": ("Priya Raman", "priya.raman", "Aktuariat & Rückversicherung", "Actuarial & Reinsurance", "1720"),
    "weerts": ("Lübbo Weerts", "luebbo.weerts", "Einkauf", "Procurement", "1080"),
    "tammen": ("Nele Tammen", "nele.tammen", "Unfall-Leistung", "Accident Claims", "3280"),
    "luepkes": ("Ubbo Lüpkes", "ubbo.luepkes", "Unternehmenskommunikation", "Corporate Communications", "1060"),
    "oconnor": ("Daniel O'Connor", "daniel.oconnor", "IT-Sicherheit & Integration", "IT Security & Integration", "4460"),
    "hoting": ("Fenna Hoting", "fenna.hoting", "Leistung Zahn", "Dental Claims", "2222"),
}


def who(key):
    """'Name <mailbox@domain>' for a member of staff."""
    name, box = STAFF[key][0], STAFF[key][1]
    return f"{name} <{box}@{DOMAIN}>"


def box(local, name=None):
    """A functional mailbox of the insurer."""
    return f"{name} <{local}@{DOMAIN}>" if name else f"{local}@{DOMAIN}"


FOOT_DE = (
    "Lotsenhaus Versicherungsgruppe · Ratsdelft 7–9 · 26721 Emden · www.lotsenhaus-versicherung.example\n"
    "Lotsenhaus Krankenversicherung AG (HRB 201847) · Lotsenhaus Lebensversicherung AG (HRB 201852) ·\n"
    "Lotsenhaus Allgemeine Versicherung AG (HRB 201861), jeweils Sitz Emden, Amtsgericht Aurich\n"
    "Vorstand: Dr. Habbo Ippen (Vors.), Anke Gronewold, Sjard Memmen · Aufsichtsrat: Theda Wilts (Vors.)"
)

FOOT_EN = (
    "Lotsenhaus Versicherungsgruppe · Ratsdelft 7-9 · 26721 Emden · Germany\n"
    "Lotsenhaus Krankenversicherung AG, registered office Emden, Amtsgericht Aurich HRB 201847\n"
    "Board: Dr. Habbo Ippen (Chair), Anke Gronewold, Sjard Memmen\n"
    "This e-mail may contain confidential information. If you are not the intended recipient,\n"
    "please notify the sender and delete it."
)


def sig(key, lang="de"):
    name, mbox, dep_de, dep_en, ext = STAFF[key]
    if lang == "de":
        return (f"Mit freundlichen Grüßen\n\n{name}\n{dep_de}\n"
                f"Telefon 04921 8870-{ext}\n{mbox}@{DOMAIN}\n\n{FOOT_DE}")
    return (f"Kind regards\n\n{name}\n{dep_en}\n"
            f"Phone +49 4921 8870-{ext}\n{mbox}@{DOMAIN}\n\n{FOOT_EN}")


# ---------------------------------------------------------------------------
# dates and message construction
# ---------------------------------------------------------------------------

def _tz(y, mo, d):
    # CET / CEST 2026: summer time from 29 March to 25 October
    return 2 if (_dt.date(2026, 3, 29) <= _dt.date(y, mo, d) < _dt.date(2026, 10, 25)) else 1


def D(s):
    """'2026-03-14 09:12' -> RFC 5322 date in German local time."""
    dt = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = _dt.timezone(_dt.timedelta(hours=_tz(dt.year, dt.month, dt.day)))
    return format_datetime(dt.replace(tzinfo=tz))


def M(frm, to, subject, date, body=None, *, cc=None, bcc=None, html=None,
      charset="utf-8", cte=None, html_cte=None, reply_to=None, in_reply_to=None,
      references=None, headers=(), flowed=False, html_only=False, msgid=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if bcc:
        m["Bcc"] = bcc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = D(date)
    if msgid:
        m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    return m


def inner(frm, to, subject, date, body, *, cc=None, msgid=None, charset="utf-8", cte=None, headers=()):
    """A message that is forwarded as message/rfc822."""
    m = M(frm, to, subject, date, body, cc=cc, charset=charset, cte=cte, headers=headers)
    m["Message-ID"] = msgid or "<%s@%s>" % (hashlib.sha1((subject + date).encode()).hexdigest()[:18],
                                              frm.split("@")[-1].rstrip(">"))
    return m


MIME_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
}


def att(m, filename, data, mtype=None, **kw):
    """Attach bytes (binary documents) or str (text attachments)."""
    if isinstance(data, EmailMessage):
        m.add_attachment(data, filename=filename) if filename else m.add_attachment(data)
        return m
    if isinstance(data, str):
        sub = mtype or {"csv": "csv", "ics": "calendar", "txt": "plain", "log": "plain",
                        "pem": "plain"}[filename.rsplit(".", 1)[-1].lower()]
        m.add_attachment(data, subtype=sub, filename=filename, **kw)
        return m
    if mtype:
        maintype, subtype = mtype.split("/")
    else:
        maintype, subtype = MIME_TYPES[filename.rsplit(".", 1)[-1].lower()]
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, **kw)
    return m


# ---------------------------------------------------------------------------
# attachment builders (standard library only)
# ---------------------------------------------------------------------------

def _zip(members, when, mimetype_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if mimetype_first:
            zi = zipfile.ZipInfo("mimetype", date_time=when)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, mimetype_first)
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def _when(iso):
    dt = _dt.datetime.strptime(iso, "%Y-%m-%d %H:%M")
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


def zipfile_bytes(members, date="2026-01-05 10:00"):
    """members: list of (name, bytes|str)."""
    return _zip(members, _when(date))


def _x(s):
    return _xesc(str(s), {'"': "&quot;"})


# --- PDF -------------------------------------------------------------------

def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def pdf(lines, title="", author="Lotsenhaus Versicherungsgruppe", date="2026-01-05 10:00",
        producer="Lotsenhaus Dokumentenservice 4.2"):
    """Simple text PDF. '# ' heads a bold line, '## ' a smaller bold line, '' is a blank line."""
    rows = []
    for ln in lines:
        if ln.startswith("# "):
            rows.append(("F2", 13, ln[2:]))
            continue
        if ln.startswith("## "):
            rows.append(("F2", 10.5, ln[3:]))
            continue
        if not ln.strip():
            rows.append(("F1", 10, ""))
            continue
        lead = len(ln) - len(ln.lstrip(" "))
        for i, w in enumerate(textwrap.wrap(ln.strip(), 96 - lead) or [""]):
            rows.append(("F1", 10, " " * lead + w))
    per_page = 54
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    streams = {}
    for pno, page in enumerate(pages):
        y = 790
        cmds = []
        for font, size, text in page:
            if text:
                cmds.append("BT /%s %s Tf 56 %d Td %s Tj ET" % (font, size, y, _pdf_str(text)))
            y -= 16 if size > 11 else 14
        cmds.append("BT /F1 8 Tf 56 30 Td %s Tj ET" % _pdf_str("Seite %d von %d" % (pno + 1, len(pages))))
        raw = "\n".join(cmds).encode("latin-1")
        comp = zlib.compress(raw, 9)
        page_id, cont_id = n, n + 1
        n += 2
        kids.append(page_id)
        objs[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cont_id)
        streams[cont_id] = comp
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    dt = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M")
    off = "+0%d'00'" % _tz(dt.year, dt.month, dt.day)
    pdate = dt.strftime("D:%Y%m%d%H%M%S") + off
    info_id = n
    objs[info_id] = "<< /Title %s /Author %s /Producer %s /CreationDate (%s) /ModDate (%s) >>" % (
        _pdf_str(title), _pdf_str(author), _pdf_str(producer), pdate, pdate)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(list(objs) + list(streams)):
        offsets[oid] = out.tell()
        if oid in streams:
            data = streams[oid]
            out.write(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (oid, len(data)))
            out.write(data)
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(b"%d 0 obj\n" % oid + objs[oid].encode("latin-1") + b"\nendobj\n")
    xref = out.tell()
    total = max(offsets) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for oid in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    fid = hashlib.md5(out.getvalue()).hexdigest()
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (total, info_id, fid, fid, xref)).encode("ascii"))
    return out.getvalue()


# --- DOCX ------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx_par(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(text))


def docx(blocks, title="", author="Lotsenhaus Versicherungsgruppe", date="2026-01-05 10:00"):
    """blocks: str (paragraph), ('h', text), ('b', text) bold, ('t', rows) table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(_docx_par(b))
        elif b[0] == "h":
            body.append(_docx_par(b[1], bold=True, size=28))
        elif b[0] == "b":
            body.append(_docx_par(b[1], bold=True))
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>'
                 '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                 '</w:tblPr><w:tblGrid>' + '<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol + '</w:tblGrid>']
            for i, r in enumerate(rows):
                t.append("<w:tr>" + "".join(
                    "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % (
                        9000 // ncol, _docx_par("" if c is None else str(c), bold=(i == 0)))
                    for c in list(r) + [""] * (ncol - len(r))) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" '
           'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>') % (_W, "".join(body))
    iso = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")
    members = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
         '</Relationships>'),
        ("word/_rels/document.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'),
        ("word/document.xml", doc),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
         % (_x(title), _x(author), iso, iso)),
        ("docProps/app.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
         '<Application>Microsoft Office Word</Application></Properties>'),
    ]
    return _zip(members, _when(date))


# --- XLSX ------------------------------------------------------------------

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Lotsenhaus Versicherungsgruppe", date="2026-01-05 10:00"):
    """sheets: list of (name, rows); first row bold."""
    sheet_xml = []
    for name, rows in sheets:
        out = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri == 0 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, _x(v)))
            out.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % "".join(out))
    iso = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00Z")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1)
                    for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(n), i + 1, i + 1)
                    for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1)
                        for i in range(len(sheets)))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    members = [
        ("[Content_Types].xml", ct),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("xl/workbook.xml", wb),
        ("xl/_rels/workbook.xml.rels", wbrels),
        ("xl/styles.xml", styles),
    ] + [("xl/worksheets/sheet%d.xml" % (i + 1), s) for i, s in enumerate(sheet_xml)] + [
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
         '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
         % (_x(author), iso, iso)),
    ]
    return _zip(members, _when(date))


# --- ODF (ODT / ODS) -----------------------------------------------------

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:office_ooo="http://openoffice.org/2004/office" office:version="1.3"')


def _odf(mimetype, body, title, author, date):
    iso = _dt.datetime.strptime(date, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:automatic-styles><style:style style:name="B" style:family="paragraph">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(author), iso, iso))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s>'
              '<office:styles/></office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], _when(date), mimetype_first=mimetype.encode())


def odt(blocks, title="", author="Lotsenhaus Versicherungsgruppe", date="2026-01-05 10:00"):
    """blocks: str paragraph, ('h', text) heading, ('t', rows) table."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % _x(b[1]))
        elif b[0] == "b":
            out.append('<text:p text:style-name="B">%s</text:p>' % _x(b[1]))
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = ['<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                    % _x("" if c is None else c) for c in list(r) + [""] * (ncol - len(r))) + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, author, date)


def ods(sheets, title="", author="Lotsenhaus Versicherungsgruppe", date="2026-01-05 10:00"):
    out = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % _x(name)]
        for r in rows:
            cells = []
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(c), repr(c)))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                                 % _x("" if c is None else c))
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append("</table:table>")
        out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out), title, author, date)


def csvtext(rows, sep=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# registry of mails
# ---------------------------------------------------------------------------

MAILS = []
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N, C, S = LABELS


def mail(label, lang, kind, reason):
    assert label in LABELS and lang in ("de", "en", "mixed"), (label, lang)
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

@mail(S, "de", "insurer-to-customer",
      "PKV outpatient claim statement for named customer: GP and physiotherapy invoices, diagnosis J20.9, amounts reimbursed")
def m():
    body = f"""Sehr geehrter Herr Dirksen,

vielen Dank für die Einreichung Ihrer Belege über unsere App am 9. Januar.
Wir haben Ihre Rechnungen geprüft und erstatten wie folgt:

  Dr. med. Tamme Heyen, Aurich – Rechnung vom 18.12.2025
  (Diagnose J20.9 akute Bronchitis, GOÄ 1, 5, 250, 602)     68,34 EUR  erstattet 68,34 EUR
  Physiotherapie Wattwind, Norden – 6 x Krankengymnastik
  und 6 x Atemtherapie, Verordnung vom 19.12.2025            214,80 EUR  erstattet 198,00 EUR

Bei der Physiotherapie liegt der Preis je Atemtherapie-Einheit über dem
Höchstbetrag Ihres Tarifs LH-Ambulant 80 (siehe § 4 Abs. 3 der Tarifbedingungen).
Die Differenz von 16,80 EUR können wir daher leider nicht übernehmen.

Der Betrag von 266,34 EUR wird in den nächsten Tagen auf Ihr bekanntes Konto
überwiesen. Bitte beachten Sie: Mit dieser Erstattung entfällt die
Beitragsrückerstattung für das Jahr 2026.

Versicherungsnummer: KV 4471 2093 55
Versicherte Person: Wolfgang Dirksen, geb. 03.05.1971

Bei Fragen erreichen Sie mich direkt unter der unten stehenden Durchwahl.

{sig('oltmanns')}
"""
    return M(who("oltmanns"), "Wolfgang Dirksen <w.dirksen@ewe-net.example>",
             "Ihre Leistungsabrechnung vom 14.01.2026 – KV 4471 2093 55",
             "2026-01-14 10:42", body)


@mail(N, "de", "insurer-to-hospital",
      "trap: draft direct-billing contract (KlinikCard) with a hospital in DOCX; rates, processes, invoicing – no patient concerned")
def m():
    body = f"""Sehr geehrter Herr Bruns,

wie am Dienstag telefonisch besprochen sende ich Ihnen den überarbeiteten
Entwurf der Vereinbarung zur Direktabrechnung mit der Lotsenhaus KlinikCard.

Die wesentlichen Änderungen gegenüber der Fassung vom November:

- § 3: Die Klinik prüft die KlinikCard bei Aufnahme über das Online-Abfrageportal,
  die telefonische Abfrage entfällt ab 1. April.
- § 5: Zahlungsziel 21 Tage nach Eingang der vollständigen Rechnung (bisher 30).
- § 6: Wahlleistung Unterkunft – wir haben Ihre Preistabelle für das Einbettzimmer
  (Komfortstation 4 West) übernommen, die Anpassung an die Empfehlung des
  Verbandes der Privatkliniken steht unter Vorbehalt.
- § 9: Neue Klausel zum elektronischen Rechnungsversand (XRechnung/ZUGFeRD).

Meine Anmerkungen sind im Dokument gelb markiert. Wenn Ihre Rechtsabteilung
zustimmt, könnten wir die Vereinbarung zum 1. April in Kraft setzen.

{sig('behrends')}
"""
    m = M(who("behrends"), "Gerrit Bruns <gerrit.bruns@klinikum-emsmuendung.example>",
          "Entwurf Direktabrechnungsvereinbarung KlinikCard – Stand 20.01.2026",
          "2026-01-20 15:07", body,
          cc="Vertragswesen Klinikum <vertraege@klinikum-emsmuendung.example>")
    doc = docx([
        ("h", "Vereinbarung über die Direktabrechnung stationärer Leistungen (KlinikCard)"),
        "zwischen der Lotsenhaus Krankenversicherung AG, Ratsdelft 7–9, 26721 Emden – nachfolgend „Versicherer“ –",
        "und der Klinikum Emsmündung gGmbH, Am Deichtor 4, 26723 Emden – nachfolgend „Klinik“.",
        ("b", "§ 1 Gegenstand"),
        "Die Klinik rechnet allgemeine Krankenhausleistungen und vereinbarte Wahlleistungen für Inhaber einer gültigen "
        "KlinikCard unmittelbar mit dem Versicherer ab. Der Versicherer zahlt im Rahmen des jeweiligen Tarifs.",
        ("b", "§ 3 Prüfung der Karte"),
        "Die Klinik prüft bei Aufnahme Gültigkeit und Leistungsumfang über das Online-Abfrageportal. "
        "[ENTWURF: telefonische Abfrage entfällt ab 01.04.2026]",
        ("b", "§ 5 Rechnungsstellung und Zahlung"),
        "Die Rechnung enthält die nach KHEntgG bzw. BPflV vorgeschriebenen Angaben. Der Versicherer zahlt innerhalb von "
        "21 Tagen nach Eingang der vollständigen Rechnung. Beanstandungen werden innerhalb von 6 Wochen schriftlich mitgeteilt.",
        ("b", "§ 6 Wahlleistung Unterkunft"),
        ("t", [["Leistung", "Station", "Preis je Tag (EUR)", "gültig ab"],
               ["Einbettzimmer", "Komfortstation 4 West", "128,00", "01.04.2026"],
               ["Zweibettzimmer", "Komfortstation 4 West", "61,50", "01.04.2026"],
               ["Einbettzimmer", "Allgemeinstationen", "104,00", "01.04.2026"],
               ["Zweibettzimmer", "Allgemeinstationen", "49,00", "01.04.2026"]]),
        ("b", "§ 9 Elektronischer Rechnungsversand"),
        "Rechnungen werden im Format XRechnung oder ZUGFeRD 2.2 über die gesicherte Schnittstelle übermittelt. "
        "Papierrechnungen werden ab 01.10.2026 nicht mehr angenommen. [ENTWURF – Abstimmung IT offen]",
        ("b", "§ 12 Laufzeit"),
        "Die Vereinbarung tritt am 01.04.2026 in Kraft und läuft auf unbestimmte Zeit; Kündigungsfrist 6 Monate zum Jahresende.",
        "Emden, den ______________",
        "____________________________            ____________________________",
        "Lotsenhaus Krankenversicherung AG            Klinikum Emsmündung gGmbH",
    ], title="Direktabrechnungsvereinbarung KlinikCard – Entwurf", author="Tjark Behrends", date="2026-01-20 14:50")
    return att(m, "Vereinbarung_KlinikCard_Klinikum_Emsmuendung_Entwurf_2026-01-20.docx", doc)


@mail(C, "de", "insurer-to-customer",
      "motor liability claim of named customer: rear-end collision, plate and claim number, other driver named; nobody hurt")
def m():
    body = f"""Guten Tag Frau Gerdes-Wilken,

danke für die Fotos und die Unfallskizze. Damit ist die Sache für uns klar:
Ihre Haftpflichtversicherung reguliert den Schaden des Herrn Folkerts in vollem
Umfang. Für Ihren eigenen Wagen greift die Vollkasko mit 300 EUR Selbstbeteiligung.

Einen Gutachter brauchen wir bei dieser Schadenhöhe nicht, ein Kostenvoranschlag
Ihrer Werkstatt reicht. Bitte lassen Sie den Voranschlag direkt an
kfz-schaden@{DOMAIN} schicken, mit der Schadennummer im Betreff.

Ihr Schadenfreiheitsrabatt wird zum 1.1.2027 zurückgestuft (von SF 12 auf SF 7
in der Haftpflicht). Sie können den Schaden innerhalb von 6 Monaten nach der
Regulierung noch selbst zurückkaufen – ich melde mich, sobald die Beträge feststehen.

Schadennummer: K-2026-004512
Kennzeichen: LER-GW 214

{sig('hinrichs')}

-----Ursprüngliche Nachricht-----
Von: Gesine Gerdes-Wilken <gesine.gw@posteo.example>
Gesendet: Montag, 19. Januar 2026 21:16
An: kfz-schaden@{DOMAIN}
Betreff: Unfall am Freitag Leer Heisfelder Str

Hallo,
ich bin am Freitag (16.1.) gegen 17 Uhr an der Ampel Heisfelder Straße
jemandem hinten drauf gefahren, Herr Onno Folkerts aus Leer, er hat seine
Daten dagelassen (Kennzeichen LER-OF 77). Es ist zum Glück niemand verletzt,
nur Blech. Fotos und Skizze hänge ich an. Was muss ich jetzt machen?
Gruß Gesine Gerdes-Wilken
"""
    return M(who("hinrichs"), "Gesine Gerdes-Wilken <gesine.gw@posteo.example>",
             "AW: Unfall am Freitag Leer Heisfelder Str [K-2026-004512]",
             "2026-01-21 08:55", body,
             in_reply_to="<a81c0e2f-77d1-4b0e-9f1b-2f0a1d9c4e11@posteo.example>")


@mail(N, "en", "internal",
      "trap: release notes of the provider portal (invoice upload for doctors' practices, hospital cost estimates) – software features only, no patient")
def m():
    body = f"""Hi all,

Provider Portal 3.2 went live last night at 22:40, about 20 minutes behind
schedule because the database migration took longer than in staging.

What's new for practices and hospitals
  * Doctors' practices can upload invoices as ZUGFeRD PDF; the portal reads
    the XML part and pre-fills the claim form. Plain PDFs still go to the scan queue.
  * Hospitals get a new "cost estimate" form for planned admissions with
    structured fields for DRG and expected length of stay.
  * Pharmacies: batch upload of up to 200 prescription receipts per file.
  * New field "practice IBAN" in the provider master data, with checksum validation.

Fixed
  * PROV-1187: session timeout after 5 minutes on the invoice form
  * PROV-1203: umlauts in practice names shown as "?" in the PDF confirmation
  * PROV-1210: upload rejected for files named with spaces

Known issues
  * The "download remittance advice" button is still hidden for therapy practices;
    fix planned for 3.2.1 next Thursday.

Monitoring looks clean so far: 0 errors in the last 8 hours, 312 logins, 1,047
documents uploaded. Please send anything odd to the service desk with
"Portal 3.2" in the subject.

Cheers,
Daniel

--
Daniel O'Connor
IT Security & Integration
Lotsenhaus Versicherungsgruppe · +49 4921 8870-4460
"""
    return M(who("oconnor"), box("it-alle", "IT Alle"),
             "Provider Portal 3.2 is live – release notes",
             "2026-01-22 07:31", body,
             cc=f"{who('behrends')}, {who('ihnen')}, {who('boekhoff')}")


@mail(S, "de", "insurer-to-doctor",
      "request to GP for a medical report on a named patient (BU claim), birth date, back complaints and sick leave since 2025, consent reference")
def m():
    body = f"""Sehr geehrter Herr Dr. Heyen,

Ihre Patientin

  Frau Anneke Saathoff, geb. 22.08.1979, wohnhaft Esenser Straße 41, 26603 Aurich

hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung
(LV-8820311-07) beantragt. Sie gibt an, seit März 2025 wegen anhaltender
Rückenbeschwerden mit Ausstrahlung in das linke Bein arbeitsunfähig zu sein
und ihre Tätigkeit als Altenpflegerin nicht mehr ausüben zu können.

Für die Prüfung bitten wir Sie um einen ärztlichen Befundbericht zu folgenden
Punkten:

1. Diagnosen (bitte mit ICD-10-Schlüssel) und Datum der Erstdiagnose
2. Behandlungsverlauf seit 01/2024, Überweisungen, bildgebende Befunde
   (MRT der LWS?), ggf. Operationsberichte
3. Zeiten der Arbeitsunfähigkeit
4. Ihre Einschätzung der Leistungsfähigkeit, insbesondere Heben und Tragen,
   Arbeiten in gebückter Haltung, Nachtdienst

Die Schweigepflichtentbindungserklärung von Frau Saathoff vom 12.01.2026
liegt uns vor; eine Kopie erhalten Sie über das Lotsenpost-Portal. Für den
Bericht vergüten wir 60,00 EUR zzgl. Porto bzw. nach GOÄ Nr. 75, wenn Sie
eine Rechnung stellen.

Bitte senden Sie den Bericht nicht per einfacher E-Mail, sondern über das
Portal oder per Post an die unten stehende Anschrift.

{sig('cassens')}
"""
    return M(who("cassens"), "Praxis Dr. Heyen <praxis@praxis-heyen.example>",
             "[streng vertraulich] Anforderung Befundbericht – Ihre Patientin A. Saathoff",
             "2026-01-23 11:18", body, cte="quoted-printable")


@mail(C, "en", "insurer-to-customer",
      "travel baggage claim of named customer: flight, claim number, list of lost items with values, customer's IBAN; no health content")
def m():
    body = f"""Dear Mr Harland,

Thank you for your claim form and the Property Irregularity Report from
Heathrow. Your suitcase has now been missing for more than 21 days, so the
airline treats it as lost and we can settle the claim.

Claim number: TR-2026-00318
Policy: Lotsenhaus Travel Annual Premium, RV 77 410 233
Trip: Hamburg - London Heathrow, BA 967 on 28 December 2025

Items and amounts we accept (time value):

  Suitcase (Samsonite, 4 years old)        95.00 EUR
  Clothing                                 410.00 EUR
  Toiletries                                45.00 EUR
  Camera Fujifilm X-T30 (receipt 2022)     520.00 EUR
                                         ----------
                                          1,070.00 EUR
  less airline compensation (Montreal)     - 600.00 EUR
                                         ----------
  payable                                  470.00 EUR

The electric toothbrush and the charger were already replaced by the airline
as emergency purchases, so they are not included again.

We will transfer the amount to the account you gave us:
  Account holder: Peter Harland
  IBAN: DE84 8488 5273 1190 2498 14

Please let me know within two weeks if anything is wrong with the list.

{sig('buss', 'en')}
"""
    return M(who("buss"), "Peter Harland <peter.harland@fastmail.example>",
             "Your baggage claim TR-2026-00318 – settlement",
             "2026-01-26 14:03", body)


@mail(N, "de", "newsletter",
      "trap: HTML-only customer newsletter about dental supplement products, prices by age, generic health tips – no individual")
def m():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Lotsenbrief Februar 2026</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1d2b3a;max-width:640px;margin:auto">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b4f6c;color:#fff;padding:18px 24px">
<h1 style="margin:0;font-size:22px">Lotsenbrief</h1><p style="margin:4px 0 0">Der Kundenbrief der Lotsenhaus Versicherungsgruppe · Februar 2026</p>
</td></tr></table>
<h2 style="color:#0b4f6c">Schöne Zähne kosten – muss aber nicht Sie</h2>
<p>Eine Krone aus Vollkeramik kostet schnell 900 Euro und mehr, ein Implantat oft über 2.500 Euro.
Die gesetzliche Kasse zahlt nur den Festzuschuss für die Regelversorgung. Mit unserem neuen
Tarif <b>LH-Zahn Plus</b> erhalten Sie bis zu 90 % des Rechnungsbetrags – auch für Implantate,
Inlays und professionelle Zahnreinigung.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px">
<tr style="background:#e6f0f4"><th>Eintrittsalter</th><th>LH-Zahn 70</th><th>LH-Zahn Plus (90 %)</th></tr>
<tr><td>20–29</td><td>11,40 €</td><td>17,90 €</td></tr>
<tr><td>30–39</td><td>14,80 €</td><td>23,60 €</td></tr>
<tr><td>40–49</td><td>19,20 €</td><td>31,10 €</td></tr>
<tr><td>50–59</td><td>24,70 €</td><td>39,80 €</td></tr>
<tr><td>60–69</td><td>29,90 €</td><td>47,30 €</td></tr>
</table>
<p style="font-size:12px">Monatsbeiträge, ohne Wartezeit für Prophylaxe, Zahnstaffel in den ersten vier Jahren.</p>
<h2 style="color:#0b4f6c">Drei Tipps unserer Zahnärztin</h2>
<ol><li>Zweimal täglich zwei Minuten putzen – elektrisch oder von Hand, Hauptsache gründlich.</li>
<li>Zahnseide oder Interdentalbürsten einmal täglich, denn Parodontitis beginnt zwischen den Zähnen.</li>
<li>Einmal im Jahr Kontrolle, bei Zahnfleischbluten früher.</li></ol>
<h2 style="color:#0b4f6c">Neu im Kundenportal</h2>
<p>Rechnungen fotografieren, hochladen, fertig: In der Lotsenhaus-App sehen Sie jetzt auch,
wann Ihre Erstattung überwiesen wird.</p>
<hr><p style="font-size:11px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.lotsenhaus-versicherung.example/newsletter/abmelden">Abmelden</a> ·
Lotsenhaus Versicherungsgruppe, Ratsdelft 7–9, 26721 Emden · Impressum · Datenschutz</p>
</body></html>
"""
    return M(box("newsletter", "Lotsenhaus Versicherung"), box("lotsenbrief-verteiler", "Lotsenbrief-Abonnenten"),
             "Lotsenbrief Februar: Schöne Zähne, kleine Beiträge",
             "2026-02-03 09:00", html=html, html_only=True, cte="quoted-printable",
             headers=[("List-Unsubscribe", "<https://www.lotsenhaus-versicherung.example/newsletter/abmelden>"),
                      ("Precedence", "bulk")])


@mail(S, "en", "insurer-to-hospital",
      "guarantee of payment to a Lisbon hospital for a named expat member: emergency admission, appendicitis, surgery, member number")
def m():
    body = f"""Dear Ms Carvalho,

Further to our telephone conversation this morning, please find below our
guarantee of payment for the following patient:

  Member: Mr Jonas Wiegmann
  Date of birth: 1988-07-14
  Member ID: IH-DE-0047321-02 (Lotsenhaus International Health, plan "Global Care 2")
  Admission: 27 January 2026, via emergency department
  Diagnosis reported by you: acute appendicitis (K35.8), laparoscopic appendectomy
  planned for today

We guarantee payment of the medically necessary costs of the inpatient stay,
the surgery and anaesthesia, in a shared room, up to EUR 12,000.00. Private
room upgrade is not covered under this plan; if Mr Wiegmann asks for one,
please agree the difference with him directly.

Please send the final itemised invoice together with the discharge summary
and operation report to international-health@{DOMAIN}, quoting our reference
GOP-2026-0112. If the stay exceeds 5 nights or complications occur, please
call our 24h line +49 4921 8870-2500 before continuing treatment.

Thank you for your help.

{sig('whitfield', 'en')}
"""
    return M(who("whitfield"), "Marta Carvalho <admissoes.internacionais@hsb-lisboa.example>",
             "Guarantee of payment GOP-2026-0112 – J. Wiegmann",
             "2026-01-27 12:26", body,
             cc=box("international-health", "Lotsenhaus International Health"))


@mail(C, "de", "insurer-to-broker",
      "broker asks about a client's burglary claim: client named, insured address, claim number, stolen items and amount")
def m():
    body = f"""Hallo Herr Wübbena,

kurzer Stand zu Ihrer Kundin:

Der Schaden Einbruchdiebstahl bei Frau Thalke Janßen, Osterstraße 12 in
Norden (Hausrat HR 30 518 274, Schaden H-2026-001877), ist in Prüfung. Die
Polizei hat uns die Ermittlungsakte inzwischen geschickt, die Stehlgutliste
deckt sich mit den Angaben Ihrer Kundin. Offen ist nur noch der Nachweis für
die Goldkette (laut Liste 1.450 EUR) – ein Kaufbeleg oder ein Foto, auf dem
sie getragen wird, würde uns reichen.

Die übrigen Positionen (Laptop, Tablet, Bargeld 180 EUR) sind bereits
freigegeben, insgesamt 2.310 EUR. Die Zahlung geht diese Woche raus.

Viele Grüße aus Emden
Jan-Hendrik Eilers

Schaden Sach/Haftpflicht · Telefon 04921 8870-3240

> Am 02.02.2026 um 16:41 schrieb Gerold Wübbena <info@wuebbena-makler.example>:
>
> Moin Herr Eilers,
> meine Kundin Frau Janßen aus Norden fragt, wie es mit ihrem Einbruchschaden
> aussieht. Sie hat die Liste doch schon Anfang Januar geschickt. Können Sie
> mir einen Zwischenstand geben?
> Gruß Wübbena
>
> --
> Gerold Wübbena Versicherungsmakler e.K.
> Neuer Weg 18, 26506 Norden
"""
    return M(who("eilers"), "Gerold Wübbena <info@wuebbena-makler.example>",
             "Re: Einbruch Janßen Norden – Zwischenstand?",
             "2026-02-04 09:12", body, flowed=True,
             in_reply_to="<20260202164102.5521@wuebbena-makler.example>")


@mail(N, "de", "insurer-to-pharmacy",
      "trap: new direct-billing process for high-cost medicines with a pharmacy; thresholds, forms, payment terms – no patient")
def m():
    body = f"""Sehr geehrte Frau Wübben,

herzlichen Dank für das gute Gespräch in Ihrer Apotheke letzte Woche.
Wie versprochen fasse ich zusammen, wie die Direktabrechnung für hochpreisige
Arzneimittel ab dem 1. März laufen soll:

1. Schwelle: Arzneimittel mit einem Apothekenverkaufspreis ab 1.000 EUR je
   Packung (z. B. Biologika, Onkologika, Hepatitis-C-Therapien) können Sie
   direkt mit uns abrechnen, wenn der Versicherte Ihnen eine unterschriebene
   Abtretungserklärung gibt. Das Formular finden Sie im Partnerbereich.
2. Vorab-Anfrage: Vor der ersten Abgabe schicken Sie uns über das Portal eine
   Kostenübernahmeanfrage; wir antworten werktags innerhalb von 24 Stunden.
3. Abrechnung: Sammelrechnung einmal wöchentlich als PDF oder im Format der
   Apothekenrechenzentren; das Rezept im Original per Post.
4. Zahlung: 10 Tage nach Rechnungseingang, ohne Abzug.
5. Ansprechpartner: für Vertragsfragen ich, für einzelne Abrechnungen das Team
   Arzneimittel unter arzneimittel@{DOMAIN}.

Bitte senden Sie patientenbezogene Unterlagen ausschließlich über das Portal
und nicht per normaler E-Mail.

Den Vertragsentwurf schicke ich Ihnen nächste Woche mit der Post.

{sig('ihnen')}
"""
    return M(who("ihnen"), "Frauke Wübben <inhaberin@loewen-apotheke-emden.example>",
             "Direktabrechnung hochpreisiger Arzneimittel ab 01.03.2026",
             "2026-02-05 16:20", body)


@mail(S, "de", "internal",
      "internal medical review of a named patient's hospital invoice: DRG I47B, hip endoprosthesis, comorbidities, coding dispute")
def m():
    body = f"""Hallo Rainer,

ich habe mir den Fall Eckhoff angesehen:

Patientin: Hiltrud Eckhoff, geb. 11.11.1951, KV 4402 7781 10
Klinikum Emsmündung, stationär 08.01.–17.01.2026
Abgerechnet: DRG I47B (Revision oder Ersatz des Hüftgelenks ohne komplizierende
Diagnose ...), Rechnungsbetrag 11.842,17 EUR

Die Hauptdiagnose M16.1 (sonstige primäre Koxarthrose) und die OPS 5-820.00
passen. Die Nebendiagnose E87.1 (Hypoosmolalität und Hyponatriämie) ist aus
meiner Sicht nicht belegt: Im Laborverlauf liegt das Natrium einmalig bei
133 mmol/l und ohne Therapie – das erfüllt die Kodierrichtlinie D003 nicht.
Ohne E87.1 fällt der PCCL, aber die DRG bleibt I47B, nur die Zusatzentgelte
ändern sich nicht. Also: finanziell kaum relevant, ich würde es trotzdem
beanstanden, weil das Haus diese Nebendiagnose auffällig häufig kodiert.

Die Verweildauer von 9 Tagen liegt innerhalb der oberen Grenzverweildauer,
keine Abschläge.

Vorschlag: Rechnung bis auf den Hinweis zu E87.1 freigeben, Hinweis an die
Klinik als Sammelthema im nächsten Quartalsgespräch mit Herrn Bruns.

Gruß
Arend

--
Dr. med. Arend Siebels
Gesellschaftsarzt, Medizinischer Dienst
Telefon 04921 8870-2290
"""
    return M(who("siebels"), who("aden"),
             "Fall Eckhoff / DRG I47B – med. Stellungnahme",
             "2026-02-06 13:48", body)


@mail(N, "en", "insurer-to-partner",
      "trap: quarterly disability-income bordereau for the reinsurer with aggregated incidence by cause and age band (XLSX) – no individual")
def m():
    body = f"""Dear Lars,

Please find attached the Q4 2025 bordereau summary for the disability income
quota share (treaty SKR-BU-2019/04). As agreed in October, we now send the
incidence figures aggregated by cause group and age band only; individual
claim listings stay with us and are available to your auditors on site.

Headlines:
  * 214 new claims notified in Q4 (Q3: 197), 151 accepted, 38 declined,
    25 still under review at quarter end.
  * Mental and behavioural disorders remain the largest cause group (37 %),
    followed by musculoskeletal (24 %) and cancer (14 %).
  * Incidence per mille exposure is up slightly in the 50-59 band; the other
    bands are in line with the 2024 experience.

Cells with fewer than 5 claims are merged into "other" as usual.

Your share of paid claims for Q4 is EUR 1,284,550.00; the statement of
account follows separately from our finance team.

Best regards,
Priya

--
Priya Raman
Actuarial & Reinsurance
Lotsenhaus Versicherungsgruppe · +49 4921 8870-1720
"""
    m = M(who("raman"), "Lars Øvergaard <lars.overgaard@skagerrak-re.example>",
          "Q4 2025 DI bordereau summary – treaty SKR-BU-2019/04",
          "2026-02-09 10:15", body)
    rows = [["Cause group (ICD chapter)", "18-39", "40-49", "50-59", "60+", "Total", "Share"],
            ["Mental and behavioural (F)", 29, 22, 21, 7, 79, "37 %"],
            ["Musculoskeletal (M)", 6, 14, 24, 7, 51, "24 %"],
            ["Neoplasms (C, D)", 5, 8, 12, 5, 30, "14 %"],
            ["Nervous system (G)", 5, 5, 8, "", 18, "8 %"],
            ["Circulatory (I)", "", 5, 9, "", 14, "7 %"],
            ["Injuries (S, T)", 6, "", "", "", 6, "3 %"],
            ["Other / merged cells", 3, 4, 5, 4, 16, "7 %"],
            ["Total", 54, 58, 79, 23, 214, "100 %"]]
    rates = [["Age band", "Exposure (lives)", "New claims", "Incidence per mille", "2024 experience"],
             ["18-39", 61420, 54, 0.88, 0.91],
             ["40-49", 38110, 58, 1.52, 1.49],
             ["50-59", 29760, 79, 2.65, 2.41],
             ["60+", 9840, 23, 2.34, 2.38]]
    return att(m, "Q4_2025_DI_bordereau_summary.xlsx",
               xlsx([("By cause", rows), ("Incidence", rates)], author="Priya Raman", date="2026-02-09 09:40"))


@mail(C, "en", "insurer-to-customer",
      "legal expenses cover for an English-speaking tenant: tenancy dispute over deposit, landlord named, policy and claim number, rent")
def m():
    body = f"""Dear Ms O'Sullivan,

Thank you for sending the letter from your former landlord. I am pleased to
confirm cover under your legal expenses policy (RS 55 120 418, module
"Housing & Tenancy") for the dispute about the return of your rent deposit.

Our reference: RS-2026-00961
Property: Hohe Straße 19, 3rd floor left, 26789 Leer
Landlord: Mr Hero Bünting, Leer
Disputed amount: EUR 2,340.00 (three months' basic rent of EUR 780.00)

What is covered:
  - the fees of a lawyer of your choice for out-of-court negotiation and, if
    needed, proceedings at the local court (Amtsgericht Leer);
  - court fees and the other side's costs if you lose;
  - your excess of EUR 150 applies once for this case.

If you do not yet have a lawyer, we can recommend one who speaks English;
just reply to this mail. Please forward any further letter from Mr Bünting
to us as well.

{sig('albers', 'en')}
"""
    return M(who("albers"), "Aoife O'Sullivan <aoife.osullivan@mailbox.example>",
             "Cover confirmation – deposit dispute (RS-2026-00961)",
             "2026-02-10 11:37", body)


@mail(S, "de", "insurer-to-therapist",
      "query to a physiotherapy practice about a named patient's sessions beyond the prescription: lymphatic drainage after breast surgery")
def m():
    body = f"""Sehr geehrter Herr Poppen,

uns liegt Ihre Rechnung Nr. 2026-0088 für unsere Versicherte

  Frau Tomke Harms, geb. 30.06.1966, Versicherungsnummer KV 4519 0032 71

über 20 Behandlungen manuelle Lymphdrainage (60 Minuten) und 10 x
Kompressionsbandagierung vor. Verordnet hat die Frauenärztin laut beiliegender
Verordnung vom 02.12.2025 jedoch nur 10 Einheiten MLD-60 nach der
Brust-OP links (Lymphödem Stadium II nach Ablatio mammae).

Könnten Sie uns bitte mitteilen,
- ob für die weiteren 10 Einheiten eine Folgeverordnung vorliegt (dann bitte
  eine Kopie über das Portal hochladen), und
- warum die Kompressionsbandagierung zusätzlich abgerechnet wurde, obwohl sie
  nach Ihrer eigenen Preisliste in der MLD-60-Position enthalten ist?

Bis zur Klärung haben wir 10 Einheiten MLD-60 (à 78,40 EUR) erstattet.
Die Patientin haben wir über den Zwischenstand informiert.

{sig('oltmanns')}
"""
    return M(who("oltmanns"), "Physiotherapie Wattwind <praxis@physio-wattwind.example>",
             "Rechnung 2026-0088 – Rückfrage zur Verordnung (Harms)",
             "2026-02-11 09:30", body)


@mail(N, "de", "internal",
      "trap: flu vaccination offer by the company doctor with free time slots (ICS); health words but no individual")
def m():
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst eine kostenlose
Grippeschutzimpfung an – ausnahmsweise erst im Februar, weil der Impfstoff
verspätet geliefert wurde.

  Wann:  Dienstag, 24. Februar 2026, 9:00–12:30 Uhr
  Wo:    Gesundheitsraum, Erdgeschoss Haus B (neben der Kantine)
  Wer:   Dr. Insa Redenius, Betriebsärztin, mit MFA-Team

Bitte tragt euch bis Freitag im Intranet unter „Gesundheit > Impftermine“
ein (Slots à 10 Minuten). Bringt euren Impfpass mit, falls vorhanden.
Wer Fragen zu Unverträglichkeiten hat, spricht bitte vorher direkt mit der
Betriebsärztin – bitte keine Gesundheitsangaben an das Personalteam schicken.

Den Kalendereintrag hänge ich als Erinnerung an.

Viele Grüße
Talea Freerks
Personal · Durchwahl 1040
"""
    m = M(who("freerks"), box("alle-emden", "Alle Mitarbeitenden Emden"),
          "Grippeschutzimpfung am 24.02. – bitte bis Freitag eintragen",
          "2026-02-12 08:05", body)
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotsenhaus Versicherungsgruppe//Personal//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:grippeimpfung-2026-02-24@lotsenhaus-versicherung.example
DTSTAMP:20260212T070500Z
DTSTART;TZID=Europe/Berlin:20260224T090000
DTEND;TZID=Europe/Berlin:20260224T123000
SUMMARY:Grippeschutzimpfung (Betriebsarzt)
LOCATION:Gesundheitsraum EG Haus B
DESCRIPTION:Kostenlose Grippeschutzimpfung. Eintragen im Intranet unter Gesundheit > Impftermine.
END:VEVENT
END:VCALENDAR
"""
    return att(m, "Grippeschutzimpfung_2026.ics", ics)

@mail(C, "en", "insurer-to-company",
      "fleet motor claim: company car accident with the named employee driver, plates, claim number; explicitly nobody injured")
def m():
    body = f"""Dear Mr Kowalczyk,

Thank you for reporting the accident involving one of your pool cars.
We have opened the claim as follows:

  Policyholder: Ems Offshore Services GmbH, fleet policy KF-F 40 118 009
  Claim number: K-2026-006034
  Vehicle: VW Passat Variant, EMD-EO 412
  Driver: Mr Tomasz Wróbel (employee, licence since 2011)
  Date/place: 9 February 2026, 07:40, A31 slip road Emden-Ost
  Other party: Ms Rieke Tammena, AUR-RT 88, Mercedes A-Class

According to the report and the police note nobody was injured. Mr Wróbel
states that the other car braked sharply at the end of the slip road; the
other driver says he came too close. As the statements differ, we will
first request the police file before we decide on liability.

Could you please send us Mr Wróbel's own short statement in writing (English
or Polish is fine) and the photos he took at the scene? The damage to your
Passat is covered under the fleet comprehensive cover with EUR 500 excess;
the workshop can contact us directly for the repair approval.

{sig('hinrichs', 'en')}
"""
    return M(who("hinrichs"), "Piotr Kowalczyk <fleet@ems-offshore.example>",
             "Claim K-2026-006034 – EMD-EO 412, accident A31",
             "2026-02-12 14:55", body)


@mail(S, "de", "hospital",
      "hospital mail with discharge letter of a named patient forwarded as message/rfc822 to the medical officer: heart catheter, stent, NSTEMI")
def m():
    body = f"""Hallo Arend,

anbei die Antwort der Patientenverwaltung Klinikum Emsmündung mit dem
Entlassbrief im Fall Hinrichs-Popken (Rechnung 4.912,30 EUR, DRG F24B).
Kannst du dir bitte die Frage der Verweildauer ansehen? Die Klinik rechnet
einen Tag mehr ab, als im Brief steht.

Danke und Gruß
Rainer

--
Rainer Aden
Krankenhausrechnungsprüfung · Durchwahl 2260
"""
    m = M(who("aden"), who("siebels"),
          "WG: Ihre Anforderung Entlassbrief – Pat. Hinrichs-Popken, Fall 2026-004711",
          "2026-02-13 10:02", body)
    fwd_body = """Sehr geehrter Herr Aden,

wie angefordert erhalten Sie den Entlassbrief zu unserem Patienten

  Herrn Gerd Hinrichs-Popken, geb. 04.09.1958
  Aufenthalt 26.01.2026 – 30.01.2026, Fallnummer 2026-004711

Die Einwilligung des Patienten zur Übermittlung liegt uns vor.

Mit freundlichen Grüßen
Dana Schoon
Patientenverwaltung / Abrechnung
Klinikum Emsmündung gGmbH · Am Deichtor 4 · 26723 Emden
"""
    fw = inner("Dana Schoon <dana.schoon@klinikum-emsmuendung.example>", who("aden"),
               "Ihre Anforderung Entlassbrief – Pat. Hinrichs-Popken, Fall 2026-004711",
               "2026-02-12 16:40", fwd_body,
               msgid="<KEM-20260212-1640-0093@klinikum-emsmuendung.example>")
    letter = pdf([
        "# Klinikum Emsmündung – Medizinische Klinik II (Kardiologie)",
        "Am Deichtor 4 · 26723 Emden · Chefarzt Prof. Dr. med. Folkert Ennen",
        "",
        "An: Dr. med. Tamme Heyen, Aurich (Hausarzt)",
        "",
        "## Entlassbrief",
        "Patient: Gerd Hinrichs-Popken, geb. 04.09.1958, Norderney",
        "Stationärer Aufenthalt vom 26.01.2026 bis 29.01.2026",
        "",
        "## Diagnosen",
        "I21.4 Nicht-ST-Hebungsinfarkt (NSTEMI)",
        "I25.13 Koronare Dreigefäßerkrankung",
        "I10.00 Arterielle Hypertonie",
        "E78.0 Hypercholesterinämie",
        "",
        "## Therapie",
        "Koronarangiographie am 26.01.2026: hochgradige Stenose RIVA proximal, PCI mit Implantation eines "
        "medikamentenfreisetzenden Stents (OPS 8-837.m0). Komplikationsloser Verlauf.",
        "",
        "## Entlassmedikation",
        "ASS 100 mg 1-0-0 dauerhaft; Ticagrelor 90 mg 1-0-1 für 12 Monate; Atorvastatin 80 mg 0-0-1; "
        "Ramipril 5 mg 1-0-0; Bisoprolol 2,5 mg 1-0-0",
        "",
        "## Procedere",
        "Anschlussheilbehandlung in der Reha-Klinik Utlandshörn ist beantragt. Kontrolle LDL in 6 Wochen, Ziel < 55 mg/dl.",
        "",
        "Mit freundlichen kollegialen Grüßen",
        "Dr. med. Lina Albrecht, Oberärztin",
    ], title="Entlassbrief Hinrichs-Popken", author="Klinikum Emsmündung", date="2026-01-30 11:20",
        producer="KIS Medico 8.1")
    att(fw, "Entlassbrief_2026-004711.pdf", letter)
    return att(m, None, fw)


@mail(N, "de", "insurer-to-supplier",
      "trap: purchase order to a print shop for blank claim forms (doctor's invoice submission, hospital cost coverage) – no person's data")
def m():
    body = f"""Guten Morgen Frau Bohlen,

hiermit bestellen wir auf Basis Ihres Angebots Nr. 26-0147 vom 02.02.2026:

  Pos. 1  Formular „Einreichung von Arzt- und Zahnarztrechnungen“ (LK 101),
          DIN A4, 2-seitig, 4/4-farbig, 80 g, gebohrt                15.000 Stk.
  Pos. 2  Formular „Antrag auf Kostenübernahme Krankenhaus“ (LK 210),
          DIN A4, 1-seitig, 1/0-farbig                                5.000 Stk.
  Pos. 3  Rückumschläge DIN lang „Leistungsabteilung – Porto zahlt
          Empfänger“, mit Fenster                                    20.000 Stk.

Gesamtpreis laut Angebot: 3.918,60 EUR netto.
Liefertermin: spätestens KW 10, Lieferadresse Ratsdelft 7–9, Warenannahme Tor 2.

Die Druckdaten (PDF/X-4) lade ich heute noch auf Ihren Server; die Freigabe
des Proofs macht Frau Janssen-Ubben aus dem Kundenservice.

Bitte geben Sie auf der Rechnung unsere Bestellnummer EK-2026-0219 an.

{sig('weerts')}
"""
    return M(who("weerts"), "Heike Bohlen <auftrag@ostfriesland-druck.example>",
             "Bestellung EK-2026-0219 – Formulare LK 101 / LK 210",
             "2026-02-16 08:40", body, cc=who("ubben"))


@mail(C, "de", "insurer-to-doctor",
      "burglary claim of a sole-practitioner paediatrician (practice contents insurance): policy, claim number, stolen items; no patient data concerned")
def m():
    body = f"""Sehr geehrte Frau Dr. Lüken,

es tut mir leid, dass in Ihre Praxis eingebrochen wurde. Ich habe den Schaden
aus Ihrer Praxis-Inhaltsversicherung angelegt:

  Versicherungsnehmerin: Dr. med. Wiebke Lüken, Kinder- und Jugendärztin
  Vertrag: GI 71 204 556 (Praxis-Inhalt, Versicherungssumme 180.000 EUR)
  Schadennummer: H-2026-002644
  Schadentag: Nacht vom 14. auf den 15.02.2026, Praxis Mühlenstraße 22, Leer

Nach Ihrer Aufstellung fehlen:
  - Notebook Lenovo ThinkPad (Empfang), Anschaffung 2024
  - Wechselgeldkasse mit ca. 230 EUR
  - zwei Otoskope und ein Pulsoximeter aus Behandlungsraum 2
Außerdem sind die Eingangstür und ein Fenster beschädigt.

Sie schreiben, das Notebook war verschlüsselt und es waren keine
Patientendaten lokal gespeichert – das hilft sehr. Bitte lassen Sie uns das
kurz von Ihrem IT-Dienstleister bestätigen, dann müssen wir den Baustein
Datenschutzkosten gar nicht erst prüfen.

Für die Tür und das Fenster können Sie den Glaser und Tischler sofort
beauftragen. Bitte senden Sie uns noch die Anzeigenbestätigung der Polizei
und die Rechnungen der gestohlenen Geräte.

{sig('eilers')}
"""
    return M(who("eilers"), "Dr. Wiebke Lüken <praxis@kinderarzt-lueken.example>",
             "Einbruch Praxis Mühlenstraße – Schaden H-2026-002644",
             "2026-02-16 15:22", body)


@mail(S, "en", "insurer-to-customer",
      "life insurance death claim: named deceased insured and beneficiary, policy number, cause of death, death certificate and doctor's certificate requested")
def m():
    body = f"""Dear Mrs Carter-Jansen,

Please accept our sincere condolences on the death of your husband,
Mr Hendrik Jansen.

We have registered your notification under his life insurance policy
LV-7710452-01 (term life, sum insured EUR 150,000.00). You are named as the
sole beneficiary, so the benefit will be paid to you.

You mentioned on the phone that Hendrik died on 7 February at the Klinikum
Emsmündung after a cardiac arrest. As the policy started less than three
years ago (1 June 2023), we are required to check the health questions of
the application. This is a standard step and not a sign of doubt. For this
we need:

  1. the official death certificate (Sterbeurkunde), a copy is sufficient;
  2. the medical certificate of cause of death, or a short statement from
     the treating hospital doctor on the cause of death and any known
     previous heart condition;
  3. your bank details for the payment.

You can upload the documents through our secure portal (you will receive a
separate invitation) or send them by post. Please do not send them by
ordinary e-mail.

If you would like to speak to someone in person, I am available on the
number below on weekdays.

With my sympathy,

{sig('cassens', 'en')}
"""
    return M(who("cassens"), "Emily Carter-Jansen <emily.carterjansen@gmail.example>",
             "Life policy LV-7710452-01 – next steps",
             "2026-02-17 11:05", body)


@mail(N, "en", "insurer-to-lab",
      "trap: S/MIME certificate exchange with a laboratory's IT provider; fingerprints, validity – no patient")
def m():
    body = f"""Hi Sander,

Thanks, your certificate arrived and is imported on our gateway. Details as
we see them:

  Subject: CN=befunde@friesland-labor.example, O=MVZ Labor Friesland-Diagnostik GmbH
  Issuer: Sectigo-like Test CA 2 (your chain was complete)
  Valid: 2026-02-01 to 2028-02-01
  SHA-256 fingerprint: 3A:7F:0C:91:5B:E2:44:D8:19:6A:C0:73:FE:12:8B:95:
                       47:2D:E6:A0:11:3C:9F:58:BB:04:62:7E:D1:A9:30:C6

Ours for the domain lotsenhaus-versicherung.example is attached to my
previous mail (still valid until 2027-09-30). Once you have imported it,
could you send a test mail from befunde@ to it-servicedesk@ with subject
"S/MIME test Friesland"? If it arrives encrypted, lab results for our
underwriting cases can go this way from March instead of the fax.

Please don't use real lab reports for the test – a line of text is fine.

Best,
Daniel

--
Daniel O'Connor
IT Security & Integration
Lotsenhaus Versicherungsgruppe · +49 4921 8870-4460

On 17 Feb 2026, at 09:14, Sander Mulder <s.mulder@noordlab-it.example> wrote:
> Hi Daniel,
> attached is the new S/MIME certificate for befunde@friesland-labor.example
> (the old one expires end of month). Can you confirm it works on your side?
> Regards, Sander
> Noordlab IT Services B.V. - on behalf of MVZ Labor Friesland-Diagnostik
"""
    return M(who("oconnor"), "Sander Mulder <s.mulder@noordlab-it.example>",
             "Re: New S/MIME certificate befunde@friesland-labor.example",
             "2026-02-17 13:26", body, cc=box("it-servicedesk", "IT-Servicedesk"),
             in_reply_to="<5E1A2C0F-8D4B-4E0B-9C55-1B7D0F2E3A61@noordlab-it.example>")


@mail(S, "de", "insurer-to-care-service",
      "body harmless; the XLSX lists a named care client with care level 4 and the care services per visit (Pflegesachleistung invoice check)")
def m():
    body = f"""Sehr geehrte Frau Eden,

vielen Dank für Ihre Rechnung für den Monat Januar. Zu einigen Positionen
haben wir Rückfragen; ich habe sie in der beigefügten Tabelle in der
Spalte „Rückfrage Lotsenhaus“ eingetragen.

Kurz zusammengefasst: An drei Tagen sind zwei Einsätze am Morgen abgerechnet,
im Leistungsnachweis ist aber jeweils nur einer abgezeichnet. Könnten Sie das
prüfen und uns den korrigierten Leistungsnachweis schicken?

Den unstrittigen Teil der Rechnung zahlen wir diese Woche.

{sig('gerdes')}
"""
    m = M(who("gerdes"), "Imke Eden <abrechnung@pflegedienst-sonnentau.example>",
          "Rechnung 01/2026 – Rückfragen",
          "2026-02-18 10:10", body)
    rows = [["Datum", "Einsatz", "Leistungskomplex", "Betrag EUR", "Abgezeichnet", "Rückfrage Lotsenhaus"]]
    data = [
        ("02.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "ja", ""),
        ("02.01.2026", "abend", "LK 4 Lagern/Betten, LK 7 Darm-/Blasenentleerung", 29.44, "ja", ""),
        ("05.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "ja", ""),
        ("05.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "nein", "doppelt? nur 1 Einsatz abgezeichnet"),
        ("05.01.2026", "abend", "LK 4, LK 7, Insulingabe (SGB V)", 41.80, "ja", "Insulingabe ist Behandlungspflege, bitte gesondert abrechnen"),
        ("12.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "ja", ""),
        ("12.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "nein", "doppelt? nur 1 Einsatz abgezeichnet"),
        ("19.01.2026", "früh", "LK 2, Dekubitusversorgung Steiß", 52.30, "ja", ""),
        ("26.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "ja", ""),
        ("26.01.2026", "früh", "LK 2 Große Körperpflege", 38.12, "nein", "doppelt? nur 1 Einsatz abgezeichnet"),
    ]
    rows += [list(r) for r in data]
    head = [["Pflegebedürftige Person", "Hedwig Claaßen, geb. 17.03.1937"],
            ["Anschrift", "Am Schwanenteich 3, 26409 Wittmund"],
            ["Versicherungsnummer", "PV 4290 1183 04"],
            ["Pflegegrad", "4 (seit 01.10.2025)"],
            ["Leistung", "Pflegesachleistung § 36 SGB XI analog, Tarif PVN"],
            ["Rechnung", "Sonnentau Nr. 2026-01-0347 vom 05.02.2026, 1.788,40 EUR"]]
    return att(m, "Rueckfragen_Rechnung_2026-01-0347.xlsx",
               xlsx([("Rückfragen", rows), ("Stammdaten", head)], author="Swantje Gerdes", date="2026-02-18 09:52"))


@mail(C, "de", "insurer-to-customer",
      "buildings storm claim: named customer, insured address, claim number, payout amount and customer's IBAN")
def m():
    body = f"""Sehr geehrter Herr Onken,

der Gutachter Herr Rewerts war am Montag bei Ihnen und hat den Sturmschaden
an Ihrem Dach aufgenommen. Wir können den Schaden jetzt abrechnen:

  Wohngebäudeversicherung WG 20 774 381
  Versichertes Gebäude: Upstalsboomstraße 9, 26802 Moormerland
  Schadennummer: H-2026-002910 (Sturmtief „Hedda“, 08.02.2026)

  Neueindeckung Dachfläche Nordseite (58 m²) laut Angebot Dachdeckerei Memmen    8.412,00 EUR
  Erneuerung Dachrinne und Fallrohr                                                 624,50 EUR
  Notsicherung mit Planen am 08.02.                                                 389,00 EUR
  abzüglich Selbstbeteiligung                                                      -500,00 EUR
                                                                                  ------------
  Auszahlung                                                                       8.925,50 EUR

Der Betrag geht in den nächsten Tagen auf Ihr Konto
  IBAN DE28 3556 9992 8426 6519 98 (Kontoinhaber: Berend Onken).

Bitte heben Sie die Rechnung des Dachdeckers auf; wenn die Endrechnung höher
ausfällt, melden Sie sich einfach noch einmal bei mir.

{sig('eilers')}
"""
    return M(who("eilers"), "Berend Onken <b.onken@t-online.example>",
             "Ihr Sturmschaden H-2026-002910 – Abrechnung",
             "2026-02-19 11:47", body, cte="quoted-printable")


@mail(N, "de", "insurer-to-doctor",
      "trap: invitation of dental practices to an information evening about digital treatment-plan submission (ICS); no patient")
def m():
    body = f"""Sehr geehrte Damen und Herren,

immer mehr Heil- und Kostenpläne erreichen uns digital – und immer noch zu
viele davon als Foto vom Handy. Deshalb laden wir Zahnarztpraxen aus
Ostfriesland und dem Oldenburger Land herzlich ein zu unserem

  Praxisabend „Digitaler HKP und Direktabrechnung“
  Mittwoch, 18. März 2026, 18:30 bis ca. 20:30 Uhr
  Lotsenhaus, Ratsdelft 7–9, Emden, Konferenzraum „Delft“ (5. OG)

Themen:
  - Einreichung von Heil- und Kostenplänen über das Leistungserbringerportal
  - Direktabrechnung von Prophylaxe und Füllungen nach GOZ mit Abtretung
  - Häufige Rückfragen: Begründung Steigerungsfaktor, Material- und Laborkosten
  - Datenschutz: was wir per E-Mail annehmen und was nicht

Für Ihr Team gibt es zwei Fortbildungspunkte der Zahnärztekammer
(beantragt). Für Snacks ist gesorgt. Den Termin hänge ich an; bitte melden Sie
sich bis 6. März formlos per Antwort an.

{sig('hoting')}
"""
    m = M(who("hoting"), box("zahnpraxen-verteiler", "Zahnarztpraxen Weser-Ems"),
          "Einladung: Praxisabend „Digitaler HKP“ am 18.03.2026",
          "2026-02-20 12:00", body, cc=who("behrends"))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotsenhaus Versicherungsgruppe//Leistung Zahn//DE
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:praxisabend-hkp-20260318@{DOMAIN}
DTSTAMP:20260220T110000Z
DTSTART;TZID=Europe/Berlin:20260318T183000
DTEND;TZID=Europe/Berlin:20260318T203000
SUMMARY:Praxisabend Digitaler HKP und Direktabrechnung
LOCATION:Lotsenhaus\\, Ratsdelft 7-9\\, Emden\\, Konferenzraum Delft
ORGANIZER;CN=Fenna Hoting:mailto:fenna.hoting@{DOMAIN}
END:VEVENT
END:VCALENDAR
"""
    return att(m, "Praxisabend_HKP_2026-03-18.ics", ics)


@mail(S, "mixed", "insurer-to-customer",
      "English mail to an expat member quoting and translating his German discharge letter: kidney stone, ureteroscopy, medication")
def m():
    body = f"""Dear Mr Reid,

You asked us to help you understand the discharge letter from the Klinikum
Emsmündung so that you can take it to your GP in Aberdeen. Here are the
relevant parts with a plain-English translation. This is not an official
certified translation, but it should be enough for your doctor.

> Diagnosen: Ureterolithiasis links (N20.1), Harnstau Grad II links
Diagnosis: a kidney stone that had moved into the left ureter (the tube
between kidney and bladder), causing urine to back up into the kidney
(moderate blockage, grade II).

> Therapie: Ureterorenoskopie links am 03.02.2026 mit Steinbergung
> (Konkrement 6 mm), Einlage einer DJ-Harnleiterschiene
Treatment: on 3 February the stone (6 mm) was removed through a thin
endoscope; a temporary stent (DJ stent) was placed in the ureter.

> Procedere: Entfernung der DJ-Schiene in 2-3 Wochen ambulant.
> Tamsulosin 0,4 mg 0-0-1 bis zur Schienenentfernung. Steinanalyse ausstehend.
Next steps: the stent must be removed in 2-3 weeks as an outpatient. Take
tamsulosin 0.4 mg once in the evening until then. The analysis of the stone
is still pending.

The hospital bill (EUR 3,964.12) has been paid directly by us under your
Global Care 2 plan (member ID IH-GB-0051873-01), so there is nothing for you
to pay. The stent removal in Scotland is also covered; please ask the clinic
to send the invoice to us with your member ID.

Wishing you a quick recovery,

{sig('whitfield', 'en')}
"""
    return M(who("whitfield"), "Callum Reid <callum.reid@btmail.example>",
             "Your discharge letter from Emden – translation",
             "2026-02-20 15:31", body)


@mail(N, "de", "internal",
      "trap: annual statistics of hospital invoice review (counts, savings per hospital and DRG group, XLSX) – hospitals are companies, no patient")
def m():
    body = f"""Hallo zusammen,

anbei die Jahresauswertung 2025 der Krankenhausrechnungsprüfung für die
Vorstandsvorlage am 5. März.

Kurz in Zahlen:
  - 18.412 stationäre Rechnungen eingegangen (+6 % zum Vorjahr)
  - 2.973 vertieft geprüft (16,1 %), davon 1.204 beanstandet
  - Minderungen gesamt: 3,41 Mio. EUR (Vorjahr 2,88 Mio. EUR)
  - häufigste Beanstandung: Nebendiagnosen ohne Therapiebezug (38 %), danach
    Verweildauer über OGVD (21 %) und Wahlleistungen ohne wirksame
    Vereinbarung (14 %)

Die Tabelle enthält nur Summen je Klinik und DRG-Hauptgruppe, keine Fälle.
Bitte trotzdem nicht außerhalb des Hauses weitergeben, weil die Zahlen je
Klinik in die Vertragsgespräche einfließen.

Gruß
Rainer

--
Rainer Aden
Krankenhausrechnungsprüfung · Durchwahl 2260
"""
    m = M(who("aden"), f"{who('behrends')}, {who('siebels')}",
          "Jahresauswertung Rechnungsprüfung 2025 für Vorstandsvorlage",
          "2026-02-23 09:18", body, cc=who("oltmanns"))
    s1 = [["Klinik", "Rechnungen", "geprüft", "beanstandet", "Minderung EUR", "Quote beanstandet"],
          ["Klinikum Emsmündung gGmbH", 3104, 512, 221, 612340, 0.432],
          ["Fachklinik Utlandshörn", 688, 140, 71, 188230, 0.507],
          ["Ubbo-Emmius-Krankenhaus Norden (fiktiv)", 1422, 201, 66, 143880, 0.328],
          ["Herzzentrum Oldenburg-Nord", 954, 188, 93, 402910, 0.495],
          ["übrige Kliniken (einzeln < 500 Rechnungen)", 12244, 1932, 753, 2062640, 0.390],
          ["Summe", 18412, 2973, 1204, 3410000, 0.405]]
    s2 = [["MDC", "Bezeichnung", "geprüft", "beanstandet", "Minderung EUR"],
          ["05", "Kreislaufsystem", 611, 274, 948200],
          ["08", "Muskel-Skelett-System", 703, 301, 812450],
          ["06", "Verdauungsorgane", 388, 139, 301220],
          ["01", "Nervensystem", 292, 118, 356900],
          ["04", "Atmungsorgane", 241, 96, 198300],
          ["19/20", "Psychische Krankheiten/Sucht", 176, 64, 402700],
          ["sonstige", "", 562, 212, 390230]]
    return att(m, "Rechnungspruefung_Jahresauswertung_2025.xlsx",
               xlsx([("Kliniken", s1), ("MDC", s2)], author="Rainer Aden", date="2026-02-23 08:51"))


@mail(C, "de", "insurer-to-customer",
      "private liability claim: named customer broke a neighbour's window, neighbour named with address, claim number; windows-1252 reply")
def m():
    body = f"""Hallo Herr Lüpke,

danke für Ihre schnelle Antwort und die Rechnung der Glaserei.

Wir übernehmen den Schaden an der Terrassentür Ihres Nachbarn, Herrn Focke
Alberts (Brückstraße 14, Weener), aus Ihrer Privathaftpflicht (PH 10 448 920)
in voller Höhe: 1.136,80 EUR. Die Zahlung geht direkt an Herrn Alberts, seine
Kontoverbindung hat er uns selbst geschickt.

Für Sie entsteht keine Selbstbeteiligung, und der Vertrag wird durch den
Schaden nicht teurer.

Schadennummer: H-2026-003155

Viele Grüße
Jan-Hendrik Eilers
Schaden Sach/Haftpflicht

Am 23.02.2026 schrieb Harm Lüpke:
> Guten Tag Herr Eilers,
> anbei die Rechnung von Glas-Janssen für die Tür von Herrn Alberts. Er hat
> schon gefragt wann er sein Geld bekommt. Es tut mir echt leid, die Leiter ist
> mir beim Dachrinne sauber machen einfach weggerutscht. Verletzt hat sich zum
> Glück keiner.
> Gruß H. Lüpke
"""
    return M(who("eilers"), "Harm Lüpke <harm.luepke@web.example>",
             "AW: Schaden Terrassentür Nachbar Alberts",
             "2026-02-24 10:33", body, charset="windows-1252", cte="quoted-printable",
             in_reply_to="<002b01dca5b9$3e2f1a40$ba8d4ec0$@web.example>")


@mail(S, "de", "insurer-to-pharmacy",
      "cost approval to a pharmacy for a named insured's biologic (adalimumab biosimilar, PZN) for Crohn's disease under direct billing")
def m():
    body = f"""Sehr geehrte Frau Wübben,

zu Ihrer Kostenübernahmeanfrage vom 24.02.2026 (Portal-Vorgang AM-2026-00482):

  Versicherter: Herr Ole Rademacher, geb. 09.12.1990, KV 4533 8810 02
  Verordnung: Dr. med. Kea Buss, Gastroenterologie Leer, vom 20.02.2026
  Arzneimittel: Adalimumab-Biosimilar 40 mg Fertigpen, 6 Stück, PZN 17462201
  Indikation laut Verordnung: Morbus Crohn (K50.0), Erhaltungstherapie

Wir übernehmen die Kosten im Rahmen der Direktabrechnung bis zum
Apothekenverkaufspreis von 3.412,66 EUR je Packung für die Verordnungen bis
31.08.2026. Bitte rechnen Sie wie vereinbart mit der Sammelrechnung ab und
senden Sie das Originalrezept per Post.

Die Abtretungserklärung von Herrn Rademacher haben wir erhalten.

{sig('ihnen')}
"""
    return M(who("ihnen"), "Löwen-Apotheke am Delft <inhaberin@loewen-apotheke-emden.example>",
             "Kostenübernahme AM-2026-00482",
             "2026-02-25 14:12", body, cte="8bit")


@mail(N, "en", "newsletter",
      "trap: provider-network newsletter for international hospitals (HTML with table): billing contacts, new network clinics, tariff changes – no patient")
def m():
    text = """LOTSENHAUS INTERNATIONAL HEALTH - PROVIDER NETWORK UPDATE, MARCH 2026

Dear partners,

Welcome to the spring update for hospitals and clinics in our direct billing
network.

1. New in the network
   - Clínica do Atlântico, Porto (inpatient, outpatient, maternity)
   - Harbourview Medical Centre, Singapore (outpatient, imaging)
   - Al Safa Family Clinic, Dubai (outpatient, dental)

2. Billing reminders
   - Please send invoices in EUR, GBP, USD or local currency, itemised, with
     our member ID and guarantee number on every page.
   - Electronic invoices to provider-billing@lotsenhaus-versicherung.example,
     up to 20 MB per mail. Medical reports belong in the secure portal only.
   - Average payment time in 2025: 17 days (2024: 23 days).

3. Tariff changes from 1 April 2026
   Outpatient consultation caps for plan Global Care 1 rise by 5 %.

Questions? Contact Maike Boekhoff, Provider Relations International.

You receive this newsletter as a contracted provider of Lotsenhaus
International Health.
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<h2 style="color:#0b4f6c">Provider Network Update &ndash; March 2026</h2>
<p>Dear partners,</p><p>Welcome to the spring update for hospitals and clinics in our direct billing network.</p>
<h3>1. New in the network</h3>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dce9ef"><th>Provider</th><th>City</th><th>Services</th><th>Billing contact</th></tr>
<tr><td>Cl&iacute;nica do Atl&acirc;ntico</td><td>Porto</td><td>inpatient, outpatient, maternity</td><td>faturacao@clinica-atlantico.example</td></tr>
<tr><td>Harbourview Medical Centre</td><td>Singapore</td><td>outpatient, imaging</td><td>billing@harbourview-medical.example</td></tr>
<tr><td>Al Safa Family Clinic</td><td>Dubai</td><td>outpatient, dental</td><td>claims@alsafa-clinic.example</td></tr>
</table>
<h3>2. Billing reminders</h3>
<ul><li>Please send invoices in EUR, GBP, USD or local currency, itemised, with our member ID and guarantee number on every page.</li>
<li>Electronic invoices to <a href="mailto:provider-billing@lotsenhaus-versicherung.example">provider-billing@lotsenhaus-versicherung.example</a>, up to 20&nbsp;MB per mail. Medical reports belong in the secure portal only.</li>
<li>Average payment time in 2025: <b>17 days</b> (2024: 23 days).</li></ul>
<h3>3. Tariff changes from 1 April 2026</h3>
<p>Outpatient consultation caps for plan Global Care 1 rise by 5&nbsp;%.</p>
<p>Questions? Contact Maike Boekhoff, Provider Relations International.</p>
<p style="color:#777;font-size:11px">You receive this newsletter as a contracted provider of Lotsenhaus International Health.</p>
</body></html>
"""
    return M(box("provider-news", "Lotsenhaus International Health"), box("provider-network-intl", "International provider network"),
             "Provider Network Update – March 2026", "2026-03-02 08:30", text, html=html,
             headers=[("Precedence", "bulk")])


@mail(C, "de", "insurer-to-therapist",
      "speaker fee agreement with a self-employed physiotherapist: fee, his private IBAN and tax number; no patient")
def m():
    body = f"""Hallo Herr Poppen,

wie besprochen bestätige ich Ihren Vortrag „Rücken im Büro – was wirklich
hilft“ beim Lotsenhaus-Gesundheitstag am Donnerstag, 26. März 2026,
10:00–11:00 Uhr, mit anschließender Mitmach-Pause für die Kolleginnen und
Kollegen.

Honorar: 450,00 EUR pauschal inkl. Fahrtkosten. Da Sie als Kleinunternehmer
nach § 19 UStG abrechnen, weisen Sie bitte keine Umsatzsteuer aus.

Für unsere Kreditorenanlage habe ich aus Ihrer Mail übernommen:
  Jannes Poppen, Physiotherapie Wattwind, Westerstraße 40, 26506 Norden
  Steuernummer 59/140/07732
  IBAN DE22 2073 1763 2279 6565 91

Bitte prüfen Sie die Angaben kurz – wenn alles stimmt, brauchen Sie nichts
weiter zu tun. Das Honorar überweisen wir nach dem Termin gegen Rechnung.

Wir freuen uns auf Sie!

Viele Grüße
Talea Freerks
Personal · Betriebliches Gesundheitsmanagement
Telefon 04921 8870-1040
"""
    return M(who("freerks"), "Jannes Poppen <praxis@physio-wattwind.example>",
             "Gesundheitstag 26.03. – Bestätigung Vortrag und Honorar",
             "2026-03-02 16:45", body)

@mail(S, "de", "insurer-to-customer",
      "body short; the PDF notice states the named insured's care level 3 from the care assessment, daily care allowance amounts and limitations")
def m():
    body = f"""Sehr geehrte Frau Tjaden,

anbei erhalten Sie unseren Bescheid zur Pflegetagegeldversicherung Ihres
Vaters. Da Sie uns die Vorsorgevollmacht vorgelegt haben, senden wir ihn wie
gewünscht an Sie.

Wenn Sie Fragen haben, rufen Sie mich gern an.

{sig('gerdes')}
"""
    m = M(who("gerdes"), "Ilka Tjaden <ilka.tjaden@gmx.example>",
          "Ihr Bescheid – PT 4188 2045 11", "2026-03-03 10:20", body)
    doc = pdf([
        "# Lotsenhaus Krankenversicherung AG – Pflegeversicherung",
        "Ratsdelft 7–9 · 26721 Emden",
        "",
        "Frau Ilka Tjaden (Bevollmächtigte) · Am Kanal 7 · 26629 Großefehn",
        "",
        "Emden, 03.03.2026",
        "## Leistungsbescheid Pflegetagegeld",
        "Versicherte Person: Johann Tjaden, geb. 21.07.1940",
        "Vertrag: PT 4188 2045 11, Tarif PTG-Plus",
        "",
        "Sehr geehrte Frau Tjaden,",
        "der Gutachter des Gutachterdienstes Pflege Nord hat Ihren Vater am 19.02.2026 in seiner Wohnung "
        "begutachtet. Nach dem Gutachten liegen erhebliche Beeinträchtigungen der Selbständigkeit vor, "
        "insbesondere in den Modulen Mobilität (Gehen nur mit Rollator, Sturzgefahr nach Schenkelhalsfraktur 2025) "
        "und kognitive Fähigkeiten (beginnende Demenz vom Alzheimer-Typ). Gesamtpunktwert: 52,5.",
        "",
        "Wir stellen daher den Pflegegrad 3 ab dem 01.02.2026 fest (Antragsmonat).",
        "",
        "## Leistungen",
        "Pflegetagegeld bei Pflegegrad 3: 60 % von 50,00 EUR = 30,00 EUR je Tag",
        "Zahlung monatlich nachträglich, erstmals für Februar 2026: 840,00 EUR",
        "",
        "Die nächste Überprüfung des Pflegegrads ist für Februar 2027 vorgesehen. Bitte teilen Sie uns einen "
        "Krankenhausaufenthalt Ihres Vaters von mehr als 28 Tagen mit, weil das Pflegetagegeld in dieser Zeit ruht.",
        "",
        "Mit freundlichen Grüßen",
        "Swantje Gerdes, Pflegeversicherung",
    ], title="Leistungsbescheid Pflegetagegeld", date="2026-03-03 10:05")
    return att(m, "Bescheid_PT_4188204511.pdf", doc)


@mail(N, "de", "insurer-to-pharmacy",
      "trap: IT ticket with a pharmacy about failing uploads of prescription batches; log file without patient data")
def m():
    body = f"""Hallo Herr Kampen,

danke für die Rückmeldung. Ich habe mir die Uploads Ihrer Apotheke von
gestern angesehen, der Auszug aus unserem Log hängt an.

Ursache: Die ZIP-Dateien mit den Rezeptbelegen waren 31 bzw. 38 MB groß, das
Portal nimmt derzeit höchstens 25 MB je Datei an (HTTP 413). Die kleineren
Dateien am Nachmittag sind durchgelaufen.

Lösung bis zum Update: bitte die Stapel auf maximal 100 Belege teilen. Mit
Release 3.2.1 (nächsten Donnerstag) heben wir die Grenze auf 100 MB an.

Bitte schicken Sie uns zur Fehleranalyse keine echten Rezepte per Mail – der
Log reicht uns völlig.

Ticket: INC-2026-04471

Viele Grüße
Okke Poppinga
IT-Servicedesk · Durchwahl 4410
"""
    m = M(who("poppinga"), "Arne Kampen <it@loewen-apotheke-emden.example>",
          "INC-2026-04471 Upload Rezeptbelege bricht ab",
          "2026-03-04 09:02", body, cc=who("ihnen"))
    log = """2026-03-03T08:14:22.511+01:00 INFO  [portal-upload] tenant=APO-0217 user=apo0217.kampen session=7f3c2a file=rezepte_2026-03-03_01.zip size=32505856
2026-03-03T08:14:22.530+01:00 WARN  [portal-upload] tenant=APO-0217 reject reason=MAX_FILE_SIZE limit=26214400 status=413
2026-03-03T08:16:40.102+01:00 INFO  [portal-upload] tenant=APO-0217 user=apo0217.kampen session=7f3c2a file=rezepte_2026-03-03_02.zip size=39845888
2026-03-03T08:16:40.119+01:00 WARN  [portal-upload] tenant=APO-0217 reject reason=MAX_FILE_SIZE limit=26214400 status=413
2026-03-03T13:02:05.874+01:00 INFO  [portal-upload] tenant=APO-0217 user=apo0217.kampen session=91bd04 file=rezepte_2026-03-03_03.zip size=11534336
2026-03-03T13:02:09.331+01:00 INFO  [portal-upload] tenant=APO-0217 accepted documents=48 batch=B-20260303-0217-03
2026-03-03T13:05:51.006+01:00 INFO  [portal-upload] tenant=APO-0217 user=apo0217.kampen session=91bd04 file=rezepte_2026-03-03_04.zip size=9961472
2026-03-03T13:05:54.240+01:00 INFO  [portal-upload] tenant=APO-0217 accepted documents=41 batch=B-20260303-0217-04
"""
    return att(m, "portal-upload_APO-0217_2026-03-03.log", log)


@mail(C, "en", "insurer-to-broker",
      "D&O quote for a company with the named directors (natural persons insured) and their birth dates; premium; no health data")
def m():
    body = f"""Dear James,

Thanks for the submission for Nordwind Rotorblatt GmbH. Our quote for the
D&O renewal from 1 April 2026:

  Policyholder: Nordwind Rotorblatt GmbH, Emden
  Insured persons: all present and former directors and officers, in
  particular
    - Dr. Hinrika Saathoff, managing director, born 12 May 1969
    - Mr Matthias Kleen, managing director, born 3 October 1977
    - Ms Sophie Ahlers, authorised officer (Prokuristin), born 28 January 1985
  Limit: EUR 5,000,000 per claim and annual aggregate
  Retention for the company: EUR 25,000 (no personal retention for the
  directors)
  Annual premium: EUR 18,450.00 plus 19 % insurance tax

Compared with the expiring policy we have kept the limit but included the
new subsidiary in Denmark. Please note the exclusion for the pending dispute
with the former supplier, which your client disclosed in the questionnaire.

The quote is valid until 20 March. Happy to discuss on the phone.

Best regards
Hauke

--
Hauke Meyerhoff
Commercial Clients
Lotsenhaus Allgemeine Versicherung AG · +49 4921 8870-1610
"""
    return M(who("meyerhoff"), "James Thornbury <j.thornbury@harrowvane.example>",
             "D&O renewal Nordwind Rotorblatt GmbH – our quote",
             "2026-03-04 17:12", body)


@mail(S, "de", "therapist",
      "body harmless; attached PDF is a psychotherapist's report on a named patient (recurrent depression F33.1, therapy course) forwarded to the medical officer")
def m():
    body = f"""Hallo Arend,

anbei der Bericht von Frau Janßen zum Fortführungsantrag (weitere 20
Sitzungen). Kannst du bitte bis Ende nächster Woche eine kurze Stellungnahme
schreiben? Der Versicherte hat schon zweimal angerufen.

Danke!
Hilke

--
Hilke Oltmanns
Leistungsabteilung Krankenversicherung · Durchwahl 2214
"""
    m = M(who("oltmanns"), who("siebels"), "Fortführungsantrag – bitte Stellungnahme",
          "2026-03-05 11:40", body)
    rep = pdf([
        "# Praxis für Psychotherapie – Dipl.-Psych. Okka Janßen",
        "Psychologische Psychotherapeutin (Verhaltenstherapie) · Gartenstraße 11 · 26122 Oldenburg",
        "",
        "An die Lotsenhaus Krankenversicherung AG, Leistungsabteilung",
        "",
        "## Bericht zum Antrag auf Fortführung der Verhaltenstherapie",
        "Patient: Herr Jörn Meints, geb. 15.02.1983, Versicherungsnummer KV 4417 6652 03",
        "Bisher bewilligt: 24 Sitzungen (Kurzzeittherapie), durchgeführt bis 26.02.2026: 24",
        "Beantragt: 20 weitere Einzelsitzungen à 50 Minuten",
        "",
        "## Diagnose",
        "F33.1 Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode",
        "Z56 Probleme mit Bezug auf die Berufstätigkeit (Arbeitsplatzkonflikt)",
        "",
        "## Verlauf",
        "Herr Meints stellte sich im Juli 2025 nach einer dritten depressiven Episode vor (erste Episode 2016). "
        "Im Vordergrund standen Antriebslosigkeit, Schlafstörungen mit frühmorgendlichem Erwachen, Grübeln und "
        "sozialer Rückzug; BDI-II bei Aufnahme 31 Punkte, aktuell 19 Punkte. Suizidgedanken wurden zu Beginn "
        "passiv geäußert, aktuell glaubhaft distanziert. Die Medikation mit Sertralin 100 mg durch den Hausarzt "
        "wird fortgeführt.",
        "",
        "## Begründung der Fortführung",
        "Aktivitätsaufbau und kognitive Umstrukturierung zeigen Wirkung; offen sind Rückfallprophylaxe und die "
        "Vorbereitung der beruflichen Wiedereingliederung nach 5 Monaten Arbeitsunfähigkeit.",
        "",
        "Oldenburg, 02.03.2026 · Okka Janßen",
    ], title="Bericht Fortführungsantrag", author="Okka Janssen", date="2026-03-02 18:10",
        producer="Praxissoftware Psyprax-Nord 3")
    return att(m, "Bericht_Fortfuehrung_Meints.pdf", rep)


@mail(N, "de", "insurer-to-hospital",
      "trap: water damage in a hospital's ward kitchen insured under commercial property; adjuster appointment ICS; patients not concerned")
def m():
    body = f"""Sehr geehrter Herr Dirks,

vielen Dank für Ihre Schadenmeldung zum Leitungswasserschaden in der
Stationsküche der Station 3 Ost vom Wochenende. Ich habe den Schaden unter
der Nummer H-2026-003322 angelegt (Gebäude- und Inhaltsversicherung der
Klinikum Emsmündung gGmbH, Vertrag GB 90 112 004).

Unser Sachverständiger, Herr Ubbo Rewerts, kommt am Dienstag, 10. März, um
13:30 Uhr und sieht sich die Küche, den darunterliegenden Flur im 2. OG und
die betroffene Deckenverkleidung an. Die Einladung hängt an.

Bis dahin bitte:
  - die Trocknungsgeräte weiterlaufen lassen und das Protokoll der
    Trocknungsfirma aufbewahren,
  - das defekte Eckventil nicht entsorgen,
  - Fotos des Schadens vor Beginn der Arbeiten an uns senden.

Sie schreiben, dass der Stationsbetrieb nicht beeinträchtigt ist und die
Essenausgabe über die Nachbarstation läuft – danke, das notieren wir so.
Mehrkosten für die Ausweichlösung können Sie uns mit der Schlussrechnung
mitteilen.

{sig('eilers')}
"""
    m = M(who("eilers"), "Harm Dirks <haustechnik@klinikum-emsmuendung.example>",
          "Leitungswasserschaden Station 3 Ost – Termin Sachverständiger",
          "2026-03-05 14:08", body)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000070C6D1F9B2ACDC01000000000000000010000000
DTSTAMP:20260305T130800Z
DTSTART:20260310T123000Z
DTEND:20260310T143000Z
SUMMARY:Ortstermin Sachverständiger – Schaden H-2026-003322 (Station 3 Ost)
LOCATION:Klinikum Emsmündung\\, Haupteingang\\, Treffpunkt Pforte
ORGANIZER;CN="Jan-Hendrik Eilers":mailto:jan-hendrik.eilers@{DOMAIN}
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Harm Dirks":mailto:haustechnik@klinikum-emsmuendung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Ubbo Rewerts":mailto:rewerts@sv-rewerts.example
END:VEVENT
END:VCALENDAR
"""
    return att(m, "invite.ics", ics, params={"method": "REQUEST"})


@mail(S, "en", "insurer-to-doctor",
      "travel health: cost guarantee and repatriation planning with a Cretan clinic for a named German tourist with an ankle fracture")
def m():
    body = f"""Dear Dr Papadakis,

Thank you for your call this morning about our insured,

  Ms Frauke Bleeker, born 02/11/1962, German citizen
  Lotsenhaus travel health insurance, policy RK 60 331 907
  our case: AS-2026-0477

As discussed, we confirm cost coverage for the treatment at your clinic of
the trimalleolar ankle fracture (right) she sustained on 4 March: X-ray,
CT, open reduction and internal fixation planned for tomorrow, and the
inpatient stay up to 6 nights, total up to EUR 9,500.

Regarding the return to Germany: our assistance doctor will call you on
Monday after the surgery. If Ms Bleeker is fit to fly with the leg
elevated, we will book a business class seat and a wheelchair service on the
Chania - Hannover flight; otherwise we will arrange a medical escort.
Please let us know whether you recommend thrombosis prophylaxis for the
flight and send us the operation report.

Invoices can be sent to assistance@{DOMAIN} with the case number.

{sig('buss', 'en')}
"""
    return M(who("buss"), "Dr. Nikos Papadakis <n.papadakis@chania-medical.example>",
             "Case AS-2026-0477 – F. Bleeker – cost guarantee and repatriation",
             "2026-03-06 12:51", body, cc=box("assistance", "Lotsenhaus Assistance"))


@mail(N, "de", "insurer-to-broker",
      "trap: broker information on a new occupational-disability tariff with premium examples for a fictitious model customer; no real person")
def m():
    body = f"""Liebe Vertriebspartnerinnen und Vertriebspartner,

ab dem 1. April bieten wir die neue Berufsunfähigkeitsversicherung
„LH-BU Kompass“ an. Das Wichtigste in Kürze:

  * Verkürzte Gesundheitsfragen für Eintrittsalter bis 35 Jahre und BU-Renten
    bis 1.500 EUR monatlich (5 Jahre Abfragezeitraum, keine Fragen zu
    ambulanten Behandlungen ohne Befund).
  * Nachversicherungsgarantie ohne erneute Gesundheitsprüfung bei Heirat,
    Geburt eines Kindes, Gehaltssteigerung über 10 % und Immobilienkauf.
  * Leistung bereits ab 6 Monaten prognostizierter Berufsunfähigkeit,
    rückwirkend ab Beginn.
  * Neu: Arbeitsunfähigkeitsklausel für bis zu 24 Monate.

Beispielbeitrag (Modellkunde, nicht real): Bürokauffrau, Nichtraucherin,
Eintrittsalter 30, BU-Rente 1.200 EUR, Endalter 67 – monatlich 52,18 EUR
Zahlbeitrag.

Die Risikoprüfung für Voranfragen erreichen Sie wie gewohnt über das
Maklerportal. Bitte schicken Sie Arztberichte und Gesundheitsangaben Ihrer
Kunden nicht per E-Mail an uns, sondern laden Sie sie im Portal hoch.

Am 25. März stellen wir den Tarif in einem Webinar vor (Einladung folgt).

{sig('saathoff')}
"""
    return M(who("saathoff"), box("makler-info", "Lotsenhaus Maklerbetreuung"),
             "Neu ab 01.04.: BU-Tarif „LH-BU Kompass“",
             "2026-03-09 08:15", body, bcc=box("makler-verteiler-nord"))


@mail(C, "de", "insurer-to-customer",
      "motor: eVB number for a named customer's new car with VIN and tariff details; no health content")
def m():
    body = f"""Guten Tag Herr Haken,

hier ist Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer: KF7T2XQ
  Versicherungsnehmer: Tammo Haken, Fehnstraße 102, 26817 Rhauderfehn
  Fahrzeug: Škoda Enyaq 85, FIN TMBJC7NY8RF015528
  Gewünschtes Kennzeichen: LER-TH 2026
  Vertrag ab Zulassung: Haftpflicht + Vollkasko (SB 500/150), SF 18 aus
  Ihrem bisherigen Vertrag übernommen

Die eVB-Nummer geben Sie bei der Zulassungsstelle an, die Stelle meldet uns
das Kennzeichen dann automatisch. Den Versicherungsschein schicken wir Ihnen
zu, sobald die Zulassung da ist.

Bitte denken Sie daran, den alten Wagen (LER-TH 88) erst nach der Zulassung
des neuen abzumelden, damit keine Lücke entsteht.

{sig('ubben')}
"""
    return M(who("ubben"), "Tammo Haken <t.haken@freenet.example>",
             "Ihre eVB-Nummer für den neuen Enyaq",
             "2026-03-09 13:30", body)


@mail(S, "de", "insurer-to-doctor",
      "reply to a dental practice on a named patient's treatment plan: implants teeth 36/37, bone augmentation, GOZ positions, quoted practice mail")
def m():
    body = f"""Sehr geehrte Frau Dr. Kruse,

vielen Dank für den Heil- und Kostenplan. Wir haben ihn für Ihre Patientin
geprüft und können Folgendes zusagen:

  Patientin: Marlene Ubben, geb. 08.04.1974, KV 4460 2201 19, Tarif LH-Zahn Plus
  HKP vom 03.03.2026, geschätzter Gesamtbetrag 7.384,50 EUR

  - Implantate regio 36 und 37 (GOZ 9010 je 2x), Implantatkronen: erstattungsfähig
    zu 90 %
  - Knochenaufbau (GOZ 9100, Sinuslift nicht erforderlich): erstattungsfähig
  - Faktor 3,2 bei GOZ 9010: bitte in der Rechnung begründen (Sie nennen im
    Plan „erschwerte Bedingungen bei Knochenqualität D1“ – das reicht uns)
  - Material- und Laborkosten nach Beleg

Voraussichtliche Erstattung: rund 6.600 EUR. Die Zahnstaffel greift nicht
mehr, weil der Tarif seit 2021 besteht.

{sig('hoting')}

> Von: Zahnarztpraxis Dr. Reemda Kruse <praxis@zahnarzt-kruse-leer.example>
> Gesendet: Dienstag, 3. März 2026 12:04
> An: zahn@{DOMAIN}
> Betreff: HKP Ubben, Marlene – Bitte um Kostenzusage
>
> Sehr geehrte Damen und Herren,
> anbei der HKP für Frau Ubben (Implantatversorgung 36, 37 nach Extraktion
> wegen Längsfraktur, Knochenangebot vertikal reduziert). Die Patientin
> möchte vor Behandlungsbeginn eine Zusage.
> Mit freundlichen Grüßen
> Birte Mönck, ZMV, für Dr. Reemda Kruse
"""
    return M(who("hoting"), "Zahnarztpraxis Dr. Reemda Kruse <praxis@zahnarzt-kruse-leer.example>",
             "AW: HKP Ubben, Marlene – Bitte um Kostenzusage",
             "2026-03-10 10:48", body, in_reply_to="<20260303120412.C9A1@zahnarzt-kruse-leer.example>")


@mail(N, "en", "insurer-to-supplier",
      "trap: scheduling a penetration test of the provider portal with test accounts and synthetic data – no real patient")
def m():
    body = f"""Hi Fiona,

Confirming the details for the provider portal pen test:

  Window: 23-27 March 2026, 08:00-18:00 CET, no testing at night
  Scope: provider-portal.lotsenhaus-versicherung.example (web + API),
         staging only; production is out of scope
  Source IPs: please send them by Friday so we can whitelist them in the WAF
  Accounts: three test practices (role "doctor's practice", "hospital",
            "pharmacy") with synthetic patients only, e.g.
            "Erika Testpatientin, 01.01.1900". Credentials follow via the
            portal, not by mail.

Please focus on the invoice upload (file parsing, ZUGFeRD XML), access
control between providers, and the remittance advice download. Social
engineering is not part of this engagement.

If you find anything critical, call me directly on +49 4921 8870-4460 and
don't wait for the report.

Thanks,
Daniel

--
Daniel O'Connor
IT Security & Integration
Lotsenhaus Versicherungsgruppe
"""
    return M(who("oconnor"), "Fiona McAllister <f.mcallister@ironbark-sec.example>",
             "Pen test provider portal – scope and dates",
             "2026-03-10 16:02", body)


@mail(C, "de", "insurer-to-customer",
      "legal expenses: cover for a named customer's speeding fine proceedings (administrative offence), claim number, speed details")
def m():
    body = f"""Sehr geehrte Frau Poppinga,

Ihre Rechtsschutzversicherung (RS 55 098 771, Verkehrs-Rechtsschutz) übernimmt
die Kosten für die Verteidigung gegen den Bußgeldbescheid des Landkreises
Aurich vom 02.03.2026.

  Vorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit außerorts um
  31 km/h (B 72 bei Georgsheil, 18.01.2026), 260 EUR Bußgeld, 2 Punkte,
  1 Monat Fahrverbot
  Unser Zeichen: RS-2026-01302

Da es sich um eine Ordnungswidrigkeit handelt, besteht Versicherungsschutz
ohne Selbstbeteiligung. Ihr Anwalt, Herr Rechtsanwalt Gerken, kann sich mit
unserem Zeichen direkt an uns wenden; die Einspruchsfrist von zwei Wochen
läuft am 17.03. ab.

{sig('albers')}
"""
    return M(who("albers"), "Jelka Poppinga <jelka.poppinga@web.example>",
             "Deckungszusage Bußgeldverfahren – RS-2026-01302",
             "2026-03-11 09:26", body)


@mail(S, "de", "internal",
      "body harmless; attached XLSX lists named patients with hospital stays, DRGs and diagnoses selected for a random sample review")
def m():
    body = """Moin zusammen,

hier die Stichprobe für die Nachprüfung im April (Zufallsauswahl aus Q4/2025,
Freigabe durch Dr. Siebels). Bitte verteilt die Fälle wie immer nach
Anfangsbuchstaben, Ergebnis bitte in Spalte H.

Danke
Rainer
"""
    m = M(who("aden"), box("team-khrp", "Team Krankenhausrechnungsprüfung"),
          "Stichprobe Nachprüfung April", "2026-03-12 08:37", body)
    rows = [["Fall-ID", "Versicherte Person", "geb.", "Klinik", "Aufenthalt", "DRG", "Hauptdiagnose", "Ergebnis"],
            ["2025-Q4-0113", "Bents, Wilhelm", "14.06.1946", "Klinikum Emsmündung", "02.10.–11.10.2025", "F62C", "I50.14 Herzinsuffizienz", ""],
            ["2025-Q4-0279", "de Buhr, Anja", "30.01.1978", "Fachklinik Utlandshörn", "13.10.–03.11.2025", "U63Z", "F32.2 schwere depressive Episode", ""],
            ["2025-Q4-0341", "Garrels, Kai", "07.07.1999", "Klinikum Emsmündung", "20.10.–22.10.2025", "I13F", "S82.6 Fraktur Außenknöchel", ""],
            ["2025-Q4-0488", "Hoffmeister, Renate", "23.05.1952", "Herzzentrum Oldenburg-Nord", "04.11.–15.11.2025", "F06C", "I35.0 Aortenklappenstenose", ""],
            ["2025-Q4-0502", "Janssen, Tobias", "19.09.1987", "Klinikum Emsmündung", "06.11.–07.11.2025", "G24C", "K40.9 Leistenhernie", ""],
            ["2025-Q4-0617", "Mammen, Greta", "02.12.1964", "Klinikum Emsmündung", "18.11.–29.11.2025", "E77I", "J18.9 Pneumonie", ""],
            ["2025-Q4-0790", "Schoolmann, Peer", "11.03.2009", "Klinikum Emsmündung", "01.12.–03.12.2025", "G07C", "K35.8 Appendizitis", ""],
            ["2025-Q4-0844", "Wessels, Anke", "26.08.1971", "Herzzentrum Oldenburg-Nord", "09.12.–12.12.2025", "F49G", "I48.0 Vorhofflimmern", ""]]
    return att(m, "Stichprobe_Q4-2025_Nachpruefung.xlsx", xlsx([("Stichprobe", rows)], author="Rainer Aden", date="2026-03-12 08:20"))


@mail(N, "de", "internal",
      "trap: minutes (DOCX) of the provider-management working group – contract negotiations with hospitals, pharmacies, care services, no patient")
def m():
    body = f"""Hallo zusammen,

anbei das Protokoll unserer Sitzung vom 11. März. Bitte Korrekturen bis
Mittwoch an mich, danach geht es an den Bereichsvorstand.

Viele Grüße
Tjark

--
Tjark Behrends
Leistungserbringermanagement · Durchwahl 2305
"""
    m = M(who("behrends"), f"{who('ihnen')}, {who('aden')}, {who('siebels')}, {who('gerdes')}, {who('boekhoff')}",
          "Protokoll AK Leistungserbringer 11.03.2026", "2026-03-13 15:10", body)
    doc = docx([
        ("h", "Protokoll Arbeitskreis Leistungserbringer"),
        "Datum: 11.03.2026, 14:00–15:45 Uhr, Raum Delft · Teilnehmende: T. Behrends (Leitung), R. Ihnen, R. Aden, "
        "Dr. A. Siebels, S. Gerdes, M. Boekhoff (per Video) · Protokoll: T. Behrends",
        ("b", "TOP 1 Direktabrechnung Kliniken"),
        "Klinikum Emsmündung: Entwurf KlinikCard-Vereinbarung liegt bei der Rechtsabteilung der Klinik; Start 01.04. "
        "realistisch. Herzzentrum Oldenburg-Nord wünscht Zahlungsziel 14 Tage – abgelehnt, Angebot 21 Tage.",
        ("b", "TOP 2 Arzneimittel"),
        "Direktabrechnung Hochpreiser startet 01.03. mit zwei Pilotapotheken (Löwen-Apotheke Emden, Deich-Apotheke "
        "Norden). Erste Erfahrungen: Portalanfragen werden im Schnitt nach 6 Stunden beantwortet.",
        ("b", "TOP 3 Pflege"),
        "Rahmenvereinbarung Beratungsbesuche mit drei ambulanten Diensten unterschrieben. Vergütung 23 bzw. 33 EUR je "
        "Besuch. Ziel 2026: zehn Dienste in Ostfriesland.",
        ("b", "TOP 4 International"),
        "Datenschutzvereinbarung mit Harbourview Medical Centre noch offen (Auftragsverarbeitung vs. eigene "
        "Verantwortlichkeit). Frau Boekhoff klärt mit Frau de Vries.",
        ("b", "TOP 5 Rechnungsprüfung"),
        "Jahresauswertung 2025 liegt vor; Minderungsquote 2025 höher, v. a. durch Nebendiagnosen. Nächstes "
        "Quartalsgespräch mit dem Klinikum am 22.04.",
        ("t", [["Aufgabe", "Verantwortlich", "Termin"],
               ["Antwort an Herzzentrum zu Zahlungsziel", "T. Behrends", "20.03.2026"],
               ["Auswertung Pilot Apotheken", "R. Ihnen", "30.04.2026"],
               ["Liste Pflegedienste für Akquise", "S. Gerdes", "15.04.2026"],
               ["DPA Harbourview abstimmen", "M. Boekhoff / I. de Vries", "31.03.2026"]]),
        "Nächste Sitzung: 15.04.2026, 14:00 Uhr.",
    ], title="Protokoll AK Leistungserbringer", author="Tjark Behrends", date="2026-03-13 14:55")
    return att(m, "Protokoll_AK_Leistungserbringer_2026-03-11.docx", doc)


@mail(C, "en", "insurer-to-customer",
      "personal liability claim: customer's child scratched a parked car with his bike, car owner named, plate, claim number; nobody hurt")
def m():
    body = f"""Dear Mrs Kerr,

Thank you for letting us know about the incident with your son's bicycle.
We have registered it under your family liability policy:

  Policy: PH 10 512 347 (family cover)
  Claim: H-2026-003517
  Date: 11 March 2026, Neutorstraße, Emden
  Damaged vehicle: Opel Corsa, EMD-AK 311, owner Ms Anke Klaassen

Since your son Finn is 9 years old, German law says he is only liable if he
could understand the consequences of his action in traffic; for children
under 10 in moving traffic there is usually no liability at all. Your policy
includes a "children's damage" clause, so we will pay the damage up to EUR
15,000 anyway, as a goodwill payment, if you wish.

Ms Klaassen has sent a quote of EUR 684.20 for the paintwork. Please confirm
by reply that we may settle it with her directly. We are glad to hear that
nobody was hurt.

{sig('eilers', 'en')}
"""
    return M(who("eilers"), "Rachel Kerr <rachel.kerr@outlook.example>",
             "Your claim H-2026-003517 – bicycle and parked car",
             "2026-03-13 16:40", body)


@mail(S, "de", "insurer-to-lab",
      "lab order for a named life-insurance applicant's blood tests including HIV and hepatitis with consent, birth date, sum insured")
def m():
    body = f"""Sehr geehrte Damen und Herren,

für die Risikoprüfung eines Antrags auf Risikolebensversicherung bitten wir
um folgende Laboruntersuchung:

  Antragsteller: Herr Dr. Reinhard Gossel, geb. 27.10.1968
  Anschrift: Bürgermeister-Müller-Platz 4, 26382 Wilhelmshaven
  Antrag: LV-A-2026-01188, Versicherungssumme 750.000 EUR

  Umfang (Profil „LV groß“):
  - kleines Blutbild, HbA1c, Nüchternglukose
  - Lipide (Gesamtcholesterin, HDL, LDL, Triglyceride)
  - Leberwerte (GOT, GPT, Gamma-GT, CDT)
  - Kreatinin/eGFR, Urinstatus
  - HIV-1/2-Antikörper, HBs-Antigen, Anti-HCV

Die Einwilligung von Herrn Dr. Gossel in die HIV- und Hepatitis-Testung
(unterschrieben am 10.03.2026) lädt Ihnen unser Team über die gesicherte
Verbindung hoch. Herr Dr. Gossel meldet sich selbst zur Terminvereinbarung
in Ihrer Blutentnahmestelle Wilhelmshaven.

Die Befunde senden Sie bitte wie vereinbart S/MIME-verschlüsselt an
risikopruefung@{DOMAIN} (nicht an den Antragsteller oder den Vermittler).

{sig('rademacher')}
"""
    return M(who("rademacher"), "MVZ Labor Friesland-Diagnostik <auftraege@friesland-labor.example>",
             "Laborauftrag LV-A-2026-01188",
             "2026-03-16 10:14", body)

@mail(N, "de", "insurer-to-lab",
      "trap: framework agreement with a laboratory for underwriting blood tests; fee schedule PDF per test profile – no applicant named")
def m():
    body = f"""Sehr geehrter Herr Dr. Meyer-Ohlsen,

anbei wie besprochen die Vergütungsübersicht als Anlage 2 zum Rahmenvertrag
über Laboruntersuchungen für die Risikoprüfung (Leben/BU). Gegenüber 2025
haben wir die Pauschalen für die Blutentnahme beim Hausbesuch angepasst und
das Profil „BU kompakt“ neu aufgenommen.

Offen ist noch Ihre Frage zur Abrechnung, wenn ein Antragsteller zum Termin
nicht erscheint: Wir schlagen eine Ausfallpauschale von 15 EUR vor, höchstens
einmal je Auftrag.

Wenn Sie einverstanden sind, schicke ich Ihnen den Vertrag zur Unterschrift.

{sig('rademacher')}
"""
    m = M(who("rademacher"), "Dr. Sönke Meyer-Ohlsen <geschaeftsfuehrung@friesland-labor.example>",
          "Rahmenvertrag Risikoprüfung – Anlage 2 Vergütung 2026",
          "2026-03-16 15:55", body, cc=who("behrends"))
    doc = pdf([
        "# Anlage 2 zum Rahmenvertrag Laboruntersuchungen Risikoprüfung",
        "Lotsenhaus Lebensversicherung AG – MVZ Labor Friesland-Diagnostik GmbH · gültig ab 01.04.2026",
        "",
        "## Profile (Pauschalen inkl. Material und Befundübermittlung)",
        "Profil LV klein   – Blutbild, HbA1c, Kreatinin, Lipide, Gamma-GT             38,00 EUR",
        "Profil LV groß    – wie LV klein + Leberwerte, CDT, Urinstatus, HIV, HBsAg, Anti-HCV   96,50 EUR",
        "Profil BU kompakt – wie LV klein + TSH, CRP                                  44,00 EUR",
        "Einzelanforderungen – nach GOÄ-Abschnitt M, Faktor 1,0",
        "",
        "## Blutentnahme",
        "in einer Entnahmestelle des Labors                                           12,00 EUR",
        "beim Hausbesuch innerhalb 25 km                                             35,00 EUR",
        "beim Hausbesuch über 25 km                                                  48,00 EUR",
        "Ausfallpauschale (Vorschlag)                                                15,00 EUR",
        "",
        "## Abrechnung",
        "Monatliche Sammelrechnung je Auftragsnummer, Zahlung 14 Tage nach Eingang. Befunde werden ausschließlich "
        "verschlüsselt an die Risikoprüfung übermittelt; eine Übermittlung an Vermittler ist ausgeschlossen.",
    ], title="Anlage 2 Verguetung 2026", author="Gesa Rademacher", date="2026-03-16 15:40")
    return att(m, "Anlage2_Verguetung_Labor_2026.pdf", doc)


@mail(S, "de", "lab",
      "lab's billing query quoted in the reply: named patient, lab tests (TSH, HbA1c, vitamin D) and diagnosis Hashimoto, invoice amount")
def m():
    body = f"""Sehr geehrte Frau Siefken,

danke für den Hinweis. Die Rechnung ist bei uns am 02.03. eingegangen und
wurde am 12.03. an den Versicherten erstattet – er hat sie selbst
eingereicht, deshalb haben Sie von uns keine Zahlung erhalten. Bitte wenden
Sie sich wegen des offenen Betrags an den Patienten direkt; eine Abtretung an
Ihr Labor liegt uns nicht vor.

{sig('oltmanns')}

-----Ursprüngliche Nachricht-----
Von: Ina Siefken <abrechnung@friesland-labor.example>
Gesendet: Montag, 16. März 2026 11:02
An: leistung-kranken@{DOMAIN}
Betreff: Offene Rechnung L-2026-018844 – Patient Focko Dreesmann

Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Focko Dreesmann, geb. 01.04.1985,
KV 4478 1290 66, ist unsere Rechnung L-2026-018844 vom 27.02.2026 über
142,37 EUR noch offen. Untersucht wurden auf Anforderung von
Dr. med. Tamme Heyen (Verdachtsdiagnose E06.3 Hashimoto-Thyreoiditis,
E55.9 Vitamin-D-Mangel):

  GOÄ 4030  TSH basal                     14,57 EUR
  GOÄ 4022  fT4                           14,57 EUR
  GOÄ 3871  Anti-TPO-Antikörper           40,22 EUR
  GOÄ 3561  HbA1c                         14,57 EUR
  GOÄ 4138  25-OH-Vitamin D               44,84 EUR
  Versandpauschale / Blutentnahme         13,60 EUR

Der Patient hat uns mitgeteilt, dass Sie direkt an uns zahlen. Wir bitten
um Ausgleich.

Mit freundlichen Grüßen
Ina Siefken
Abrechnung · MVZ Labor Friesland-Diagnostik GmbH
"""
    return M(who("oltmanns"), "Ina Siefken <abrechnung@friesland-labor.example>",
             "AW: Offene Rechnung L-2026-018844 – Patient Focko Dreesmann",
             "2026-03-17 09:05", body)


@mail(S, "de", "insurer-to-care-service",
      "liability claim of a care service: named client fell during transfer, femoral neck fracture, hospital stay; claim number")
def m():
    body = f"""Sehr geehrte Frau Eden,

wir haben Ihre Schadenmeldung aus der Betriebshaftpflichtversicherung der
Sonnentau GmbH (BH 80 551 203) erhalten und unter H-2026-003780 angelegt.

Nach Ihrer Meldung ist Ihre Klientin, Frau Gertrud Ihnken (89), am
06.03.2026 beim Transfer vom Bett in den Rollstuhl gestürzt, als die
Pflegekraft allein war. Sie wurde ins Klinikum Emsmündung gebracht und dort
wegen einer Schenkelhalsfraktur rechts mit einer Hüftprothese versorgt.
Ihre Tochter, Frau Helga Ihnken-Saathoff, hat inzwischen Ansprüche auf
Schmerzensgeld angekündigt.

Für die Prüfung der Haftung benötigen wir:
  1. die Pflegeplanung und Risikoeinschätzung (Sturzrisiko, Transfer mit
     einer oder zwei Pflegekräften?),
  2. die Pflegedokumentation der Woche vor dem Sturz,
  3. eine Stellungnahme der eingesetzten Pflegekraft,
  4. den Schriftwechsel mit der Tochter.

Bitte geben Sie gegenüber der Familie kein Schuldanerkenntnis ab und
verweisen Sie auf uns. Die Unterlagen laden Sie bitte über das Lotsenpost-
Portal hoch.

{sig('eilers')}
"""
    return M(who("eilers"), "Imke Eden <pdl@pflegedienst-sonnentau.example>",
             "Schaden H-2026-003780 – Sturz Klientin I.",
             "2026-03-17 14:21", body)


@mail(N, "de", "insurer-to-care-service",
      "trap: framework agreement (ODT) with a care service on counselling visits – fees, process, forms; no care client named")
def m():
    body = f"""Sehr geehrter Herr Bohlsen,

wie besprochen erhalten Sie unsere Rahmenvereinbarung über die
Beratungsbesuche für Pflegegeldempfänger (entsprechend § 37 Abs. 3 SGB XI)
als bearbeitbares Dokument. Ihre Änderungswünsche zur Vergütung bei
Pflegegrad 4 und 5 haben wir übernommen.

Bitte beachten Sie die Regelung zum Nachweis in § 4: Den Beratungsnachweis
schicken Sie uns künftig über das Portal, nicht per Fax.

Wenn alles passt, unterschreiben Sie bitte beide Exemplare, die wir Ihnen
per Post senden.

{sig('gerdes')}
"""
    m = M(who("gerdes"), "Arend Bohlsen <leitung@diakoniestation-krummhoern.example>",
          "Rahmenvereinbarung Beratungsbesuche – überarbeitete Fassung",
          "2026-03-18 11:30", body)
    doc = odt([
        ("h", "Rahmenvereinbarung über Beratungsbesuche"),
        "zwischen der Lotsenhaus Krankenversicherung AG, Emden, und der Diakoniestation Krummhörn gGmbH, Pewsum",
        ("b", "§ 1 Gegenstand"),
        "Die Diakoniestation führt bei Versicherten der Lotsenhaus Pflegepflichtversicherung, die Pflegegeld beziehen, "
        "die vorgeschriebenen Beratungsbesuche in der Häuslichkeit durch.",
        ("b", "§ 2 Vergütung"),
        ("t", [["Pflegegrad", "Vergütung je Besuch", "Turnus"],
               ["2 und 3", "23,00 EUR", "halbjährlich"],
               ["4 und 5", "33,00 EUR", "vierteljährlich"]]),
        ("b", "§ 3 Qualifikation"),
        "Die Besuche werden von Pflegefachkräften mit mindestens zwei Jahren Berufserfahrung durchgeführt.",
        ("b", "§ 4 Nachweis"),
        "Der Beratungsnachweis nach dem Formular der Anlage 1 wird innerhalb von 14 Tagen über das "
        "Leistungserbringerportal übermittelt. Eine Übermittlung per Fax oder unverschlüsselter E-Mail ist nicht zulässig.",
        ("b", "§ 5 Laufzeit"),
        "Die Vereinbarung gilt ab 01.04.2026 und kann mit einer Frist von drei Monaten zum Quartalsende gekündigt werden.",
    ], title="Rahmenvereinbarung Beratungsbesuche", author="Swantje Gerdes", date="2026-03-18 11:10")
    return att(m, "Rahmenvereinbarung_Beratungsbesuche_Krummhoern.odt", doc)


@mail(C, "en", "insurer-to-customer",
      "travel cancellation because of redundancy: named customer, employer, booking, cancellation costs, claim number, IBAN; no health content")
def m():
    body = f"""Dear Mr Dekker,

We have reviewed your claim for the cancelled trip to Madeira.

  Policy: Lotsenhaus Travel Cancellation, RR 12 660 405
  Claim: TR-2026-00744
  Booking: Sunwave Reisen, 11-25 April 2026, 2 adults, total EUR 3,280.00
  Reason: unexpected termination of your employment by Hafenlogistik Emden
  GmbH (notice dated 2 March 2026, redundancy for operational reasons)

Your policy covers cancellation if the insured person unexpectedly loses his
job through a termination by the employer for operational reasons. The
notice you sent meets this condition.

  Cancellation fee charged by the tour operator (40 %)   1,312.00 EUR
  less excess (20 %, minimum EUR 100)                    - 262.40 EUR
  payable                                                1,049.60 EUR

We will transfer the amount to IBAN DE84 2448 0461 2468 5680 01
(account holder: Marco Dekker) within five working days.

We are sorry about your job and wish you all the best for the search.

{sig('buss', 'en')}
"""
    return M(who("buss"), "Marco Dekker <m.dekker@kpnmail.example>",
             "Claim TR-2026-00744 – trip cancellation Madeira",
             "2026-03-19 10:44", body)


@mail(S, "en", "insurer-to-hospital",
      "reply to a UK private hospital disputing the invoice for a named member's lumbar MRI and consultation; sciatica, member ID; quoted hospital mail")
def m():
    body = f"""Dear Ms Pritchard,

Thank you for your reminder. We have not refused the invoice; we have paid
the part that is in line with our network agreement and disputed the rest.

  Patient: Mr Lukas Ahlrichs, DOB 1979-09-23, member ID IH-GB-0050218-01
  Invoice: SAH-INV-260211-0934, 11 February 2026, GBP 1,910.00
  Items: consultant orthopaedic consultation, MRI lumbar spine (L4-S1),
  referral reason "persistent left-sided sciatica, query disc prolapse"

Under schedule B of our agreement (valid since 1 January 2025), the MRI of
one spinal region is charged at GBP 890.00 and a new consultant consultation
at GBP 240.00. The invoice shows GBP 1,450.00 and GBP 460.00. We paid GBP
1,130.00 on 4 March (remittance RA-2026-1187) and ask you to credit the
difference of GBP 780.00. Please do not bill the patient for it; the network
agreement does not allow balance billing.

{sig('boekhoff', 'en')}

From: Jane Pritchard <billing@staidans-hospital.example>
Sent: 18 March 2026 15:22
To: provider-billing@{DOMAIN}
Subject: OVERDUE: SAH-INV-260211-0934 / Ahlrichs

Dear Sir/Madam, our invoice for Mr Ahlrichs (MRI lumbar spine and
consultation with Mr Okafor FRCS) remains partly unpaid. Balance due GBP
780.00. Please settle within 14 days or we will have to invoice the patient.
Kind regards, Jane Pritchard, Credit Control, St Aidan's Private Hospital
"""
    return M(who("boekhoff"), "Jane Pritchard <billing@staidans-hospital.example>",
             "RE: OVERDUE: SAH-INV-260211-0934 / Ahlrichs",
             "2026-03-19 16:03", body, cc=who("whitfield"))


@mail(N, "en", "insurer-to-hospital",
      "trap: data processing agreement draft (DOCX) negotiated with a Singapore clinic – roles, security measures, categories in the abstract, no patient")
def m():
    body = f"""Dear Dr Lim,

Thank you for your comments on the data protection addendum. Attached is a
revised draft. The main points:

  1. Roles: we agree with your legal team that Harbourview and Lotsenhaus are
     each independent controllers for the treatment and claims data; the
     addendum is therefore no longer drafted as Art. 28 GDPR processing.
  2. Transfers: the EU standard contractual clauses (module 1) apply to
     transfers from us to you, and Singapore's PDPA obligations to your side.
  3. Channels: guarantees of payment and invoices by TLS-encrypted mail;
     medical reports only through the secure portal.
  4. Breach notification: 48 hours instead of 72, as you proposed.

Our DPO, Ms de Vries, is happy to join a call next week if useful.

{sig('boekhoff', 'en')}
"""
    m = M(who("boekhoff"), "Dr. Lim Wei Ling <wl.lim@harbourview-medical.example>",
          "Data protection addendum – revised draft v3",
          "2026-03-20 09:20", body, cc=who("devries"))
    doc = docx([
        ("h", "Data Protection Addendum – Direct Billing Agreement"),
        "between Lotsenhaus Krankenversicherung AG (Emden, Germany) and Harbourview Medical Centre Pte. Ltd. (Singapore)",
        "Draft v3 – 20 March 2026 – for discussion",
        ("b", "1. Roles of the parties"),
        "Each party acts as an independent controller for the personal data it processes in connection with the "
        "Direct Billing Agreement (treatment data at the Provider; insurance and claims data at the Insurer).",
        ("b", "2. Categories of data"),
        "Identification data of members, membership number, guarantee of payment, invoice data, and, where "
        "necessary for the claim, health data (diagnosis codes, procedures, medical reports).",
        ("b", "3. Communication channels"),
        ("t", [["Document", "Channel", "Encryption"],
               ["Guarantee of payment", "e-mail", "TLS enforced (MTA-STS)"],
               ["Invoice", "e-mail or portal", "TLS enforced / portal"],
               ["Medical report, discharge summary", "secure portal only", "portal (HTTPS, 2FA)"]]),
        ("b", "4. Personal data breaches"),
        "Each party notifies the other without undue delay and in any case within 48 hours after becoming aware of a "
        "breach affecting data exchanged under this Addendum.",
        ("b", "5. International transfers"),
        "Transfers from the Insurer to the Provider are governed by the Standard Contractual Clauses, Module 1 "
        "(controller to controller), annexed as Schedule 2.",
    ], title="DPA Harbourview draft v3", author="Maike Boekhoff", date="2026-03-20 09:05")
    return att(m, "DPA_Harbourview_Lotsenhaus_draft_v3.docx", doc)


@mail(S, "de", "insurer-to-doctor",
      "independent medical examination order for accident-insurance disability: named insured, wrist fracture, appointment (ICS with patient name)")
def m():
    body = f"""Sehr geehrter Herr Dr. Agena,

wir bitten Sie um ein unfallchirurgisches Gutachten zur Bemessung der
Invalidität für unseren Versicherten

  Herrn Kai-Uwe Meenken, geb. 13.02.1972, Logabirum, Tel. 0491 9128830
  Unfallversicherung UV 30 882 145, Schaden U-2025-01822
  Unfall: 14.06.2025, Sturz mit dem Fahrrad
  Verletzung: distale Radiusfraktur rechts (S52.51), operativ versorgt mit
  Plattenosteosynthese im Klinikum Emsmündung; anhaltende
  Bewegungseinschränkung und Kraftminderung der rechten Hand (Rechtshänder)

Fragestellung:
  1. Welche unfallbedingte Funktionsbeeinträchtigung besteht dauerhaft
     (Bemessung nach der Gliedertaxe, Hand)?
  2. Bestehen unfallfremde Vorschäden (Arthrose im Handgelenk?) und zu
     welchem Anteil haben sie mitgewirkt?
  3. Ist mit einer Besserung zu rechnen?

Die Unterlagen (OP-Bericht, Röntgenbefunde, Bericht der Handtherapie) laden
wir Ihnen ins Gutachterportal. Herr Meenken hat dem Termin am 8. April um
9:00 Uhr in Ihrer Praxis zugestimmt, die Einladung hängt an.

Vergütung nach GOÄ zuzüglich Schreibgebühren, höchstens 900 EUR.

{sig('tammen')}
"""
    m = M(who("tammen"), "Dr. med. Wolter Agena <gutachten@unfallchirurgie-agena.example>",
          "Gutachtenauftrag U-2025-01822 (Meenken)", "2026-03-20 13:17", body)
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotsenhaus Versicherungsgruppe//Unfall-Leistung//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:gutachten-U-2025-01822@{DOMAIN}
DTSTAMP:20260320T121700Z
DTSTART;TZID=Europe/Berlin:20260408T090000
DTEND;TZID=Europe/Berlin:20260408T100000
SUMMARY:Begutachtung Kai-Uwe Meenken (Radiusfraktur re.) – U-2025-01822
LOCATION:Praxis Dr. Agena\\, Haarenufer 12\\, Oldenburg
ORGANIZER;CN=Nele Tammen:mailto:nele.tammen@{DOMAIN}
ATTENDEE;CN="Dr. med. Wolter Agena":mailto:gutachten@unfallchirurgie-agena.example
END:VEVENT
END:VCALENDAR
"""
    return att(m, "Begutachtung_Meenken_2026-04-08.ics", ics, params={"method": "REQUEST"})


@mail(N, "mixed", "internal",
      "trap: English/German exchange between actuaries on aggregated disability incidence tables and a model point – no individual")
def m():
    body = f"""Hi Priya,

kurz auf Deutsch, weil ich die Tabelle gerade vor mir habe – sag Bescheid,
wenn ich es für Lars auf Englisch zusammenfassen soll.

1. Die Inzidenzen 50–59 steigen vor allem bei den Frauen in Pflege- und
   Sozialberufen (Berufsgruppe 3). Bei n = 41 Fällen ist das aber noch
   innerhalb der Schwankung; ich würde den Zuschlag nicht vor Q2 anfassen.
2. Der Modellpunkt für die Rückversicherungsquote ist weiter: Mann, 40,
   Berufsgruppe 1, BU-Rente 1.500 EUR, Endalter 67. Der neue Tarif ändert
   daran nichts.
3. Psychische Erkrankungen: Anteil stabil bei 36–38 %, keine Auffälligkeit.

Die bereinigte Tabelle (Zellen < 5 zusammengefasst) liegt im Teams-Ordner
„Aktuariat/BU/2026-Q1“.

Gruß
Onno

--
Dr. Onno Wessels
Verantwortlicher Aktuar Leben · Durchwahl 1730

-----Original Message-----
From: Priya Raman
Sent: Friday, 20 March 2026 10:12
To: Onno Wessels
Subject: DI incidence 50-59 – worth a loading?

Hi Onno, Lars from Skagerrak Re asked on the quarterly call whether the
uptick in the 50-59 band is a trend. Do you think we should propose a
loading for the new Kompass tariff or wait for Q1 data? And can you confirm
the model point for the quota share is unchanged? Thanks, Priya
"""
    return M(f"Dr. Onno Wessels <onno.wessels@{DOMAIN}>", who("raman"),
             "AW: DI incidence 50-59 – worth a loading?", "2026-03-20 14:02", body)


@mail(C, "mixed", "insurer-to-customer",
      "German mail quoting an English car-rental damage report: named customer, rental contract, plate, excess amount, claim number; nobody hurt")
def m():
    body = f"""Hallo Frau Bruns,

danke für die Unterlagen zum Mietwagenschaden in Florida. Ihre
Reiseversicherung enthält den Baustein „Selbstbehalt-Erstattung Mietwagen“,
wir erstatten Ihnen daher den Betrag, den SunCoast Car Rental von Ihrer
Kreditkarte abgebucht hat.

Aus dem Schadenbericht des Vermieters (Auszug):

> Rental agreement: SCR-MCO-7781204, renter: BRUNS, TAMMINA
> Vehicle: Nissan Rogue, FL plate KXR-4471
> Damage report 03/07/2026, Orlando International (return):
> "Dent and scratches rear bumper, left side, approx. 40 cm. Customer
> states damage occurred in parking lot, third party unknown. No injuries."
> Collision Damage Waiver deductible charged: USD 500.00

Umgerechnet zum Kurs Ihrer Kreditkartenabrechnung sind das 463,18 EUR. Wir
überweisen den Betrag auf Ihr Konto, das Sie in der Schadenmeldung angegeben
haben.

Schadennummer: TR-2026-00812
Vertrag: RV 77 512 090

{sig('buss')}
"""
    return M(who("buss"), "Tammina Bruns <tammina.bruns@icloud.example>",
             "Ihr Mietwagenschaden Orlando – TR-2026-00812",
             "2026-03-23 11:25", body)


@mail(S, "mixed", "hospital",
      "German inline forward of an English hospital invoice from Crete for a named tourist: fracture surgery, implants, medication, days")
def m():
    body = f"""Hallo Nele,

nur zur Info, weil Frau Bleeker auch eine Unfallversicherung bei uns hat:
unten die Rechnung der Klinik in Chania. Die Reisekranken-Seite zahle ich,
für die Unfall-Seite (Invalidität) legst du bitte einen eigenen Vorgang an.
Rücktransport war am 12.03. mit Begleitung, alles gut gegangen.

Gruß
Marten

---------- Weitergeleitete Nachricht ----------
Von: Chania Medical Centre – Accounts <accounts@chania-medical.example>
Datum: 16.03.2026 10:41
Betreff: Invoice CMC-26-00391 – BLEEKER Frauke – case AS-2026-0477
An: assistance@{DOMAIN}

INVOICE CMC-26-00391
Patient: BLEEKER, Frauke - DOB 02/11/1962 - Passport C4KJ7N2X1
Admission 04/03/2026 - discharge 11/03/2026 (7 nights)
Diagnosis: trimalleolar fracture right ankle (S82.81)

  Emergency department, X-ray, CT right ankle           640.00 EUR
  ORIF ankle, surgeon and assistant fees               2,900.00 EUR
  Anaesthesia (spinal)                                   780.00 EUR
  Implants (plate, 7 screws, syndesmosis screw)        1,460.00 EUR
  Room, 7 nights (semi-private) incl. nursing          2,450.00 EUR
  Medication (enoxaparin 40 mg, paracetamol, IV
  antibiotics cefazolin)                                 318.40 EUR
  Physiotherapy mobilisation, 4 sessions                 160.00 EUR
                                                       ----------
  TOTAL                                                8,708.40 EUR

Payment within 30 days to our account, reference CMC-26-00391.
"""
    return M(who("buss"), who("tammen"),
             "WG: Invoice CMC-26-00391 – BLEEKER Frauke – case AS-2026-0477",
             "2026-03-23 15:50", body)


@mail(N, "mixed", "insurer-to-supplier",
      "trap: German IT ticket and English vendor answer about OCR recognition of doctors' invoices; only synthetic test documents, no patient")
def m():
    body = f"""Hello Ravi,

thanks, that explains it. We will wait for 5.8.2 then. For the record I
summarise our original ticket in English below.

Best regards
Okke

--
Okke Poppinga
IT-Servicedesk / Anwendungsbetreuung
Lotsenhaus Versicherungsgruppe · +49 4921 8870-4410

On 23.03.2026 17:05, Ravi Chandran wrote:
> Hi Okke,
> we reproduced the issue with your anonymised sample set. The GOÄ number
> column is detected correctly, but the multiplier "2,3" is read as "23"
> when the invoice uses a narrow font. This is a known regression in
> Classifier 5.8.1; fix is in 5.8.2, release planned for 2 April.
> As a workaround you could set "decimal comma hint = DE" in the profile
> "Arztrechnung_GOAE".
> Best, Ravi Chandran, Tessellate Health Systems, Support Level 2

> Am 20.03.2026 um 09:41 schrieb Okke Poppinga:
>> Hallo Tessellate-Support,
>> seit dem Update auf 5.8.1 erkennt die OCR bei Arztrechnungen den
>> Steigerungsfaktor falsch (2,3 wird zu 23), dadurch landen ca. 12 % der
>> Belege in der manuellen Nachbearbeitung. Wir haben euch zehn Testbelege mit
>> fiktiven Patienten („Max Mustermann“, „Erika Musterfrau“) hochgeladen,
>> echte Rechnungen dürfen wir nicht schicken.
>> Ticket bei uns: INC-2026-05102
"""
    return M(who("poppinga"), "Ravi Chandran <support@tessellate-health.example>",
             "Re: [TS-88213] GOÄ multiplier misread after 5.8.1",
             "2026-03-24 08:22", body)


@mail(C, "mixed", "insurer-to-customer",
      "English reply to a British customer quoting his German claim form: water damage in rented flat, insured address, policy and claim number, items")
def m():
    body = f"""Dear Mr Whitcombe,

Thank you for filling in the claim form – your German was perfectly fine.
To make sure we understood each other, here is what you wrote and what it
means for your contents insurance (Hausrat HR 30 602 815):

> Schadenort: Neutorstraße 27, 2. OG rechts, 26721 Emden
> Schadentag: 21.03.2026
> Ursache: Waschmaschinenschlauch in der Wohnung über mir geplatzt
> (Mieter Herr Siebo Fokken), Wasser durch die Decke
> Beschädigt: Sofa, Teppich, Laptop auf dem Tisch, Bücher

Cause: a burst washing machine hose in the flat above yours (tenant
Mr Fokken), water came through the ceiling. This is covered as "escape of
water" under your policy.

Our claim number is H-2026-004011. For the sofa and the carpet, photos and
the approximate purchase prices are enough. For the laptop, please ask a
repair shop for a short written statement whether repair is possible.

The damage to the ceiling itself belongs to the building and is your
landlord's matter; please inform him if you haven't done so yet.

{sig('eilers', 'en')}
"""
    return M(who("eilers"), "Oliver Whitcombe <o.whitcombe@protonmail.example>",
             "Re: Schadenmeldung Wasserschaden Neutorstraße",
             "2026-03-24 12:10", body, in_reply_to="<0b3d7e1a-6c41-4f0b-9d2e-7b3e61c0f9a4@protonmail.example>")


@mail(S, "mixed", "insurer-to-therapist",
      "German/English mail to a Dutch physiotherapist about a named cross-border insured's treatment for frozen shoulder, quoting the English invoice")
def m():
    body = f"""Sehr geehrte Frau van Dijk,

(English below – wir schreiben Ihnen auf Englisch weiter, wie von Ihrer
Praxis gewünscht.)

Dear Ms van Dijk,

Our insured, Mr Bernd Schoolmann (born 17.05.1969, policy KV 4496 3317 08),
lives in Bunde and works in Groningen, and has submitted your invoice:

> Invoice 2026-0214, Fysiotherapie Noorderplantsoen
> Patient: B. Schoolmann - diagnosis: adhesive capsulitis right shoulder
> (frozen shoulder), referral by huisarts J. Bakker, 12 sessions manual
> therapy and exercise therapy, 5 Jan - 13 Mar 2026, 12 x EUR 48.00 = EUR 576.00

His German tariff reimburses physiotherapy abroad up to the German price
list. To do so we need (a) a copy of the referral from the GP and (b) the
duration of each session. Could you send these to Mr Schoolmann or upload
them to our portal? Then we can reimburse him quickly.

Mit freundlichen Grüßen / Kind regards
Hilke Oltmanns
Leistungsabteilung Krankenversicherung / Health Claims
Lotsenhaus Versicherungsgruppe · +49 4921 8870-2214
"""
    return M(who("oltmanns"), "Fysiotherapie Noorderplantsoen <info@fysio-noorderplantsoen.example>",
             "Invoice 2026-0214 – B. Schoolmann", "2026-03-25 10:05", body)


@mail(N, "mixed", "insurer-to-hospital",
      "trap: bilingual invitation (HTML table) of partner hospitals to a 'Provider Day' – billing, portal, data protection; no patient")
def m():
    text = """Einladung / Invitation – Lotsenhaus Provider Day 2026

Sehr geehrte Damen und Herren, dear partners,

wir laden Sie herzlich zum ersten Lotsenhaus Provider Day ein – für Kliniken
aus Deutschland und unsere internationalen Partnerhäuser.
We are pleased to invite you to the first Lotsenhaus Provider Day – for
German hospitals and our international partner hospitals.

Datum / Date: Donnerstag, 11. Juni 2026 / Thursday, 11 June 2026
Ort / Venue: Lotsenhaus, Ratsdelft 7-9, Emden (hybrid)

Programm / Agenda
10:00  Begrüßung / Welcome – Anke Gronewold, Vorstand
10:30  Direktabrechnung & E-Rechnung / Direct billing & e-invoicing
11:30  Leistungserbringerportal: Was ist neu? / Provider portal: what's new
13:30  Sichere Kommunikation: Portal, S/MIME, TLS / Secure communication
14:30  Workshop: Kostenübernahmen schneller / Faster guarantees of payment

Anmeldung / Registration: provider-day@lotsenhaus-versicherung.example
bis / by 15 May 2026.
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Lotsenhaus Provider Day 2026</h2>
<p>Sehr geehrte Damen und Herren, <i>dear partners,</i></p>
<p>wir laden Sie herzlich zum ersten Lotsenhaus Provider Day ein.<br>
<i>We are pleased to invite you to the first Lotsenhaus Provider Day.</i></p>
<p><b>11.06.2026 / 11 June 2026</b> &middot; Lotsenhaus, Ratsdelft 7&ndash;9, Emden (hybrid)</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e2edf2"><th>Zeit / Time</th><th>Deutsch</th><th>English</th></tr>
<tr><td>10:00</td><td>Begr&uuml;&szlig;ung &ndash; Anke Gronewold, Vorstand</td><td>Welcome</td></tr>
<tr><td>10:30</td><td>Direktabrechnung &amp; E-Rechnung</td><td>Direct billing &amp; e-invoicing</td></tr>
<tr><td>11:30</td><td>Leistungserbringerportal: Was ist neu?</td><td>Provider portal: what's new</td></tr>
<tr><td>13:30</td><td>Sichere Kommunikation: Portal, S/MIME, TLS</td><td>Secure communication</td></tr>
<tr><td>14:30</td><td>Workshop: Kosten&uuml;bernahmen schneller</td><td>Faster guarantees of payment</td></tr>
</table>
<p>Anmeldung / Registration: <a href="mailto:provider-day@lotsenhaus-versicherung.example">provider-day@lotsenhaus-versicherung.example</a> &ndash; bis / by 15.05.2026</p>
</body></html>
"""
    return M(who("behrends"), box("kliniken-partner", "Partnerkliniken Lotsenhaus"),
             "Einladung / Invitation: Lotsenhaus Provider Day, 11.06.2026", "2026-03-25 14:30",
             text, html=html, cc=who("boekhoff"), html_cte="quoted-printable")

@mail(C, "mixed", "insurer-to-customer",
      "English mail quoting a German dismissal letter: named customer, employer, monthly salary, legal-expenses claim number; no health data")
def m():
    body = f"""Dear Ms Alvarez,

Thank you for sending the letter from your employer. I have checked it
against your legal expenses policy (RS 55 133 602, employment module) and
can confirm cover for an action against the dismissal.

For your file, the key passages of the letter and what they mean:

> Hiermit kündigen wir das mit Ihnen bestehende Arbeitsverhältnis ordentlich
> und fristgerecht zum 30.04.2026, hilfsweise zum nächstmöglichen Zeitpunkt.
This is an ordinary termination with notice, effective 30 April 2026.

> Die Kündigung erfolgt aus betriebsbedingten Gründen (Schließung des
> Standorts Leer der Ostfriesen Tee Handels GmbH).
The reason given is operational: the closure of the Leer site.

Important: an action against a dismissal must be filed with the labour court
(Arbeitsgericht Emden) within three weeks of receiving the letter, so by
6 April 2026 at the latest, since you received it on 16 March.

Based on your gross monthly salary of EUR 3,850 that you mentioned, the
value in dispute is about EUR 11,550 (three months' salary). Lawyer's and
court fees at this value are covered in full; your excess is EUR 250.

Our reference: RS-2026-01654. Please give it to the lawyer you choose.

{sig('albers', 'en')}
"""
    return M(who("albers"), "Lucía Alvarez <lucia.alvarez@posteo.example>",
             "Your dismissal – cover confirmation RS-2026-01654",
             "2026-03-26 09:44", body)


@mail(S, "de", "care-service",
      "inline forward of a care service's mail plus DOCX care record for a named client (dementia, care level, services) in a care allowance claim")
def m():
    body = f"""Hallo Bente,

kannst du den Fall bitte übernehmen? Ich bin ab Montag zwei Wochen nicht
da. Der Pflegedienst hat den Leistungsnachweis für März geschickt (hängt
an), das Pflegetagegeld für Herrn Lammers ist bis Februar gezahlt.

Danke dir!
Swantje

-------- Weitergeleitete Nachricht --------
Betreff: Leistungsnachweis März – Herr Lammers
Datum: Fri, 27 Mar 2026 08:12:40 +0100
Von: Pflegedienst Sonnentau – Verwaltung <verwaltung@pflegedienst-sonnentau.example>
An: pflege@{DOMAIN}

Guten Morgen,

anbei der Leistungsnachweis für unseren Klienten Herrn Hinrich Lammers
(Pflegegrad 3, Ihre Vers.-Nr. PT 4102 7760 01) für März. Wegen der
zunehmenden Unruhe am Abend (Demenz) fahren wir seit 16.03. zusätzlich
einen Abendeinsatz. Die Angehörigen bitten um Prüfung, ob ein höherer
Pflegegrad beantragt werden sollte.

Mit freundlichen Grüßen
Gesa Onnen
Verwaltung, Pflegedienst Sonnentau GmbH, Wittmund
"""
    m = M(who("gerdes"), f"Bente Reents <bente.reents@{DOMAIN}>",
          "WG: Leistungsnachweis März – Herr Lammers", "2026-03-27 09:30", body)
    rows = [["Datum", "Uhrzeit", "Leistung", "Handzeichen"]]
    for d, t, l in [("02.03.", "07:15", "Große Morgentoilette, Medikamentengabe (Donepezil 10 mg)"),
                    ("09.03.", "07:20", "Große Morgentoilette, Kompressionsstrümpfe"),
                    ("16.03.", "07:10", "Große Morgentoilette"), ("16.03.", "19:30", "Abendeinsatz: Beruhigung, Zubettgehen"),
                    ("23.03.", "07:25", "Große Morgentoilette, Wundkontrolle Unterschenkel li."),
                    ("23.03.", "19:40", "Abendeinsatz: nächtliche Unruhe, Angehörige informiert")]:
        rows.append([d + "2026", t, l, "G.O."])
    doc = docx([
        ("h", "Leistungsnachweis ambulante Pflege – März 2026"),
        "Klient: Hinrich Lammers, geb. 03.08.1938, Norderstraße 5, 26409 Wittmund",
        "Kostenträger: Lotsenhaus Krankenversicherung AG, PT 4102 7760 01 · Pflegegrad 3",
        "Diagnosen laut Pflegeüberleitung: F00.1 Demenz bei Alzheimer-Krankheit, I83.9 Varikosis, Z. n. Apoplex 2022",
        ("t", rows),
        "Unterschrift Klient/Angehörige: ____________________   Pflegedienstleitung: Imke Eden",
    ], title="Leistungsnachweis Maerz 2026 Lammers", author="Pflegedienst Sonnentau", date="2026-03-27 08:05")
    return att(m, "Leistungsnachweis_Lammers_2026-03.docx", doc)


@mail(N, "de", "insurer-to-hospital",
      "trap: IT coordination with a hospital on enforced TLS/MTA-STS for mail exchange; mentions discharge letters only as document types")
def m():
    body = f"""Hallo Herr Mansholt,

danke für das Telefonat. Wie besprochen stellen wir den Mailverkehr zwischen
unseren Domains ab dem 14. April auf erzwungenes TLS um. Zusammengefasst:

1. Unser Gateway liefert an klinikum-emsmuendung.example nur noch mit TLS 1.2
   oder höher und gültigem Zertifikat aus. Schlägt die Prüfung fehl, bleibt
   die Mail in der Warteschlange und wir bekommen eine Meldung – sie geht
   nicht unverschlüsselt raus.
2. Ihre Seite: Bitte veröffentlichen Sie eine MTA-STS-Policy (mode: enforce)
   und einen TLSRPT-Eintrag, dann sehen wir beide Fehler früh.
3. Für Kostenübernahmen, Rechnungen und Rückfragen reicht das. Entlassbriefe,
   OP-Berichte und andere medizinische Unterlagen bleiben trotzdem im
   Leistungserbringerportal bzw. gehen per S/MIME – das ist mit Ihrer
   Datenschutzbeauftragten so vereinbart.
4. Testmail: Am 9. April um 10 Uhr schicke ich eine Mail ohne Inhalt an
   it-test@klinikum-emsmuendung.example; bitte kurz den Header prüfen.

Unser aktuelles Serverzertifikat läuft bis 30.09.2027.

Viele Grüße
Okke Poppinga
IT-Servicedesk / Anwendungsbetreuung · Durchwahl 4410
"""
    return M(who("poppinga"), "Holger Mansholt <it-leitung@klinikum-emsmuendung.example>",
             "Mailverkehr Klinikum – TLS-Pflicht ab 14.04.",
             "2026-03-27 11:52", body, cc=who("oconnor"))


@mail(N, "de", "insurer-to-supplier",
      "trap: purchase order (CSV) for first-aid kits, AED pads and blood-pressure monitors for the company health day – no person")
def m():
    body = f"""Sehr geehrte Damen und Herren,

bitte liefern Sie uns die Artikel aus der beigefügten Liste (Ihr Angebot
A-2026-3381 vom 20.03.). Die Blutdruckmessgeräte brauchen wir spätestens am
25. März für unseren Gesundheitstag – falls das nicht klappt, bitte kurz
Bescheid geben, dann nehmen wir sie aus der Bestellung.

Lieferanschrift: Lotsenhaus Versicherungsgruppe, Warenannahme Tor 2,
Ratsdelft 7–9, 26721 Emden. Bestellnummer EK-2026-0388.

{sig('weerts')}
"""
    m = M(who("weerts"), "Erste-Hilfe-Depot Nord <bestellung@ehd-nord.example>",
          "Bestellung EK-2026-0388", "2026-03-20 08:10", body)
    rows = [["Pos", "Artikel-Nr", "Bezeichnung", "Menge", "Einzelpreis netto", "Gesamt netto"],
            ["1", "EH-13157", "Erste-Hilfe-Koffer DIN 13157, Wandhalterung", "24", "39,90", "957,60"],
            ["2", "EH-13169", "Erste-Hilfe-Koffer DIN 13169 (groß), Kantine/Lager", "4", "79,00", "316,00"],
            ["3", "AED-P2-E", "AED Elektroden Erwachsene, passend Lifeline View", "6", "54,50", "327,00"],
            ["4", "AED-BAT", "AED Batterie-Pack 5 Jahre", "2", "189,00", "378,00"],
            ["5", "BD-OA-M3", "Oberarm-Blutdruckmessgerät, Manschette 22–42 cm", "5", "44,90", "224,50"],
            ["6", "DES-500", "Händedesinfektion 500 ml", "40", "4,20", "168,00"]]
    return att(m, "Bestellung_EK-2026-0388.csv",
               csvtext(rows).encode("cp1252"), mtype="text/csv", params={"charset": "windows-1252"})


@mail(S, "de", "insurer-to-aids-supplier",
      "cost approval to a medical-supply store for a named insured's power wheelchair; multiple sclerosis, mobility details")
def m():
    body = f"""Sehr geehrter Herr Wiltfang,

zu Ihrem Kostenvoranschlag KV-26-0917 vom 19.03.2026 für unsere Versicherte

  Frau Antje Heeren, geb. 25.01.1975, KV 4450 0917 38
  Verordnung: Dr. med. Gunda Eilts, Neurologie Aurich, vom 12.03.2026
  Diagnose: Multiple Sklerose, sekundär progredienter Verlauf (G35.31),
  Gehstrecke unter 50 m, Rollator nicht mehr ausreichend

erteilen wir die Kostenzusage für

  Elektrorollstuhl, Modell „Kompakt Outdoor 6“, mit Sitzkantelung und
  Beinstützen elektrisch                                        8.940,00 EUR
  Anpassung und Einweisung in der Wohnung                         260,00 EUR
  Lieferung                                                        95,00 EUR

insgesamt 9.295,00 EUR nach Tarif LH-Ambulant 100 zu 100 %. Eine
Rampe für den Hauseingang ist kein Hilfsmittel im Sinne des Tarifs; bitte
weisen Sie Frau Heeren darauf hin, dass wir hierfür keine Kosten
übernehmen.

Bitte rechnen Sie direkt mit uns ab und legen Sie der Rechnung die
unterschriebene Übergabebestätigung bei.

{sig('ihnen')}
"""
    return M(who("ihnen"), "Sanitätshaus Meerlicht – Reha-Technik <reha@sanitaetshaus-meerlicht.example>",
             "Kostenzusage KV-26-0917 – Elektrorollstuhl",
             "2026-03-30 10:33", body)


@mail(N, "de", "insurer-to-doctor",
      "trap: practice asks how to send invoices electronically; generic answer about portal, formats and assignment – no patient named")
def m():
    body = f"""Hallo Frau Ukena,

gern beantworte ich Ihre Fragen zur elektronischen Einreichung:

1. Wie kommen die Rechnungen zu uns?
   Über das Leistungserbringerportal (Bereich „Rechnungen“). Den Zugang für
   Ihre Praxis beantragen Sie formlos per Antwort auf diese Mail; Sie
   bekommen dann ein Einmal-Passwort per Post.

2. Welche Formate?
   Am liebsten ZUGFeRD-PDF aus Ihrer Praxissoftware. Einfache PDFs gehen
   auch, werden aber per Texterkennung gelesen und brauchen etwas länger.

3. Brauchen wir die Unterschrift des Patienten?
   Nur wenn Sie direkt mit uns abrechnen wollen: dann die
   Abtretungserklärung (Formular LK 115, im Portal unter „Formulare“).
   Sonst schicken Sie die Rechnung wie bisher an den Patienten.

4. Können wir die Rechnungen auch einfach mailen?
   Bitte nicht – Rechnungen enthalten Diagnosen und gehören nicht in eine
   normale E-Mail.

Wenn Sie möchten, erkläre ich Ihrem Team das Portal in einer kurzen
Videoschalte (ca. 20 Minuten).

{sig('behrends')}
"""
    return M(who("behrends"), "Praxis Dr. Heyen – Anmeldung <praxis@praxis-heyen.example>",
             "Ihre Fragen zur elektronischen Rechnungseinreichung",
             "2026-03-30 14:47", body, cte="quoted-printable")


@mail(S, "de", "doctor",
      "GP's justification for a raised GOÄ factor quoted in the insurer's reply: named patient, COPD exacerbation, home visits (windows-1252)")
def m():
    body = f"""Sehr geehrter Herr Dr. Heyen,

vielen Dank für Ihre ausführliche Begründung. Damit können wir den Faktor
3,5 für die Hausbesuche am 06. und 08.03. anerkennen; die Differenz erstatten
wir Herrn Freese in den nächsten Tagen.

Mit freundlichen Grüßen
Hilke Oltmanns
Leistungsabteilung Krankenversicherung

-----Ursprüngliche Nachricht-----
Von: Dr. med. Tamme Heyen <praxis@praxis-heyen.example>
Gesendet: Mittwoch, 1. April 2026 18:20
An: leistung-kranken@{DOMAIN}
Betreff: Ihr Schreiben vom 24.03. – Pat. Habbo Freese, KV 4421 0088 57

Sehr geehrte Damen und Herren,

zu Ihrer Rückfrage zum Steigerungsfaktor 3,5 bei GOÄ Nr. 50 (Besuch) und
Nr. 8 (Ganzkörperstatus):

Herr Freese (76 J.) litt Anfang März an einer schweren Exazerbation seiner
COPD (J44.10, GOLD 3) mit Ruhedyspnoe, SpO2 86 % unter Raumluft. Er lehnte
eine Krankenhauseinweisung ausdrücklich ab. Beide Hausbesuche dauerten
jeweils über 50 Minuten einschließlich Einleitung einer Sauerstofftherapie,
Prednisolon-Stoß (40 mg) und Antibiose (Amoxicillin/Clavulansäure) sowie
Abstimmung mit dem Sauerstofflieferanten und der Ehefrau. Das ist deutlich
überdurchschnittlicher Zeitaufwand und Schwierigkeit.

Mit freundlichen kollegialen Grüßen
T. Heyen
"""
    return M(who("oltmanns"), "Dr. med. Tamme Heyen <praxis@praxis-heyen.example>",
             "AW: Ihr Schreiben vom 24.03. – Pat. Habbo Freese, KV 4421 0088 57",
             "2026-04-02 08:41", body, charset="windows-1252", cte="8bit")


@mail(C, "de", "insurer-to-doctor",
      "change of bank details of a sole-practitioner GP for report fees: his IBAN and tax number, no patient concerned")
def m():
    body = f"""Sehr geehrter Herr Dr. Heyen,

Ihre Mitteilung zur neuen Bankverbindung Ihrer Praxis haben wir erhalten.
Honorare für ärztliche Berichte und Auskünfte überweisen wir ab sofort auf:

  Kontoinhaber: Dr. med. Tamme Heyen
  IBAN: DE38 4681 2839 5638 9159 22
  Steuernummer: 52/118/04521 (für die Honorarbescheinigung)

Die bisherige Verbindung bei der Sparkasse Aurich-Norden haben wir zum
31.03.2026 gelöscht. Eine bereits angewiesene Zahlung vom 30.03. läuft noch
auf das alte Konto.

Zur Sicherheit: Änderungen der Bankverbindung bestätigen wir immer per Post
an die Praxisanschrift und zusätzlich per E-Mail. Falls Sie diese Änderung
nicht selbst veranlasst haben, rufen Sie uns bitte sofort an.

{sig('cassens')}
"""
    return M(who("cassens"), "Dr. med. Tamme Heyen <praxis@praxis-heyen.example>",
             "Bestätigung: neue Bankverbindung für Arzthonorare",
             "2026-04-02 11:15", body)


@mail(N, "de", "insurer-to-therapist",
      "trap: circular to therapy practices with the updated maximum reimbursable prices for physiotherapy and speech therapy – no patient")
def m():
    body = f"""Sehr geehrte Damen und Herren,

zum 1. Mai 2026 passen wir die erstattungsfähigen Höchstbeträge für
Heilmittel in unseren ambulanten Tarifen an. Für Ihre Patientinnen und
Patienten mit Lotsenhaus-Versicherung gelten dann:

  Leistung                                         bisher    ab 01.05.2026
  Krankengymnastik (KG), 20 Min.                   33,80     35,90 EUR
  KG-ZNS nach Bobath/Vojta, 30 Min.                52,40     55,00 EUR
  Manuelle Therapie, 20 Min.                       38,60     40,80 EUR
  Manuelle Lymphdrainage 45 Min.                   58,90     61,70 EUR
  Manuelle Lymphdrainage 60 Min.                   78,40     82,10 EUR
  Wärmepackung                                      9,80     10,30 EUR
  Logopädie Einzelbehandlung 45 Min.               62,00     65,10 EUR
  Ergotherapie sensomotorisch, 45 Min.             56,20     59,00 EUR
  Hausbesuchspauschale                             16,50     18,00 EUR

Rechnungen über diese Beträge hinaus erstatten wir nur, wenn der Tarif des
Versicherten höhere Leistungen vorsieht. Bitte weisen Sie Ihre Patienten
bei Mehrkosten vorab darauf hin.

Die vollständige Liste steht ab sofort im Leistungserbringerportal unter
„Downloads“.

{sig('ihnen')}
"""
    return M(who("ihnen"), box("heilmittel-praxen", "Heilmittelpraxen Weser-Ems"),
             "Heilmittel: neue Höchstbeträge ab 01.05.2026", "2026-04-06 09:00", body)


@mail(N, "de", "insurer-to-therapist",
      "trap: blank psychotherapy application and report forms (PDF with placeholders) sent to a practice; no patient data")
def m():
    body = f"""Sehr geehrte Frau Ostendorf,

wie gewünscht die Formulare für die Beantragung einer Psychotherapie bei
der Lotsenhaus Krankenversicherung:

  - LK 310 Antrag des Versicherten auf Psychotherapie
  - LK 311 Bericht der Therapeutin/des Therapeuten (im verschlossenen
    Umschlag an den Gesellschaftsarzt oder über das Portal)

Beide finden Sie auch im Leistungserbringerportal. Bitte füllen Sie den
Bericht nicht am Computer aus und schicken Sie ihn nicht per E-Mail zurück,
sondern laden Sie ihn im Portal hoch.

Die Probatorik (bis zu 5 Sitzungen) ist ohne Antrag erstattungsfähig.

{sig('oltmanns')}
"""
    m = M(who("oltmanns"), "Praxis Ostendorf <kontakt@psychotherapie-ostendorf.example>",
          "Formulare Psychotherapie (LK 310 / LK 311)", "2026-04-07 10:05", body)
    doc = pdf([
        "# LK 310 – Antrag auf Kostenübernahme für Psychotherapie",
        "Lotsenhaus Krankenversicherung AG · Leistungsabteilung · Ratsdelft 7–9 · 26721 Emden",
        "",
        "Versicherte Person: «Vorname Nachname»    Versicherungsnummer: «KV-Nummer»",
        "Geburtsdatum: «TT.MM.JJJJ»",
        "Therapeut/in: «Name, Anschrift, Approbation»",
        "Verfahren:  [ ] Verhaltenstherapie   [ ] tiefenpsychologisch fundiert   [ ] analytisch   [ ] systemisch",
        "Beantragte Sitzungen: «Anzahl»   Einzel / Gruppe",
        "",
        "Ort, Datum, Unterschrift der versicherten Person: ______________________________",
        "",
        "# LK 311 – Bericht an den Gesellschaftsarzt",
        "(Bitte im verschlossenen Umschlag „Arztsache“ oder über das Leistungserbringerportal einreichen.)",
        "1. Relevante soziodemographische Daten",
        "2. Symptomatik und psychischer Befund",
        "3. Somatischer Befund / Konsiliarbericht",
        "4. Behandlungsrelevante Angaben zur Lebensgeschichte",
        "5. Diagnose (ICD-10-GM) und Begründung",
        "6. Behandlungsplan und Prognose",
        "",
        "Muster – keine personenbezogenen Angaben eintragen, solange dieses Formular per E-Mail versandt wird.",
    ], title="Formulare LK 310 / LK 311", date="2026-01-05 10:00")
    return att(m, "Formulare_LK310_LK311.pdf", doc)


@mail(C, "en", "insurer-to-customer",
      "motor partial-cover windscreen claim of named customer: plate, policy, claim number, workshop; quoted customer mail")
def m():
    body = f"""Hi Mr Novak,

No problem – a stone chip on the motorway is a classic. Your partial cover
(Teilkasko) pays the new windscreen minus your EUR 150 excess; it does not
affect your no-claims class.

Claim: K-2026-008210
Vehicle: Ford Kuga, EMD-JN 505 (policy KF 66 204 551)

You can go straight to Glas-Kontor Emden or any other glazier; they can
bill us directly if you give them the claim number. If the chip is smaller
than a 2-euro coin and not in the driver's field of vision, a repair is
usually possible – then we pay the full cost and there is no excess.

Kind regards
Menno Hinrichs
Motor Claims · +49 4921 8870-3120

> From: Jakub Novak <j.novak@seznam.example>
> Sent: Monday, 6 April 2026 19:02
> Subject: windscreen crack
>
> Hello, yesterday on A28 near Leer a stone hit my windscreen, now there is
> a crack about 15 cm. Car is Ford Kuga EMD-JN 505. What should I do?
> Thanks, Jakub Novak
"""
    return M(who("hinrichs"), "Jakub Novak <j.novak@seznam.example>",
             "RE: windscreen crack", "2026-04-07 08:30", body,
             in_reply_to="<CAF3x9+Qd7pL2nV@mail.seznam.example>")


@mail(S, "de", "insurer-to-customer",
      "daily sickness allowance for a self-employed named customer: incapacity since February, diagnosis F43.2, income proof, daily rate")
def m():
    body = f"""Sehr geehrter Herr Wessels,

vielen Dank für die weiteren Arbeitsunfähigkeitsbescheinigungen. Wir zahlen
Ihr Krankentagegeld aus dem Tarif KT 43 (Leistung ab dem 43. Tag) wie folgt:

  Versicherte Person: Hauke Wessels, Tischlermeister, selbständig
  Vertrag: KV 4488 3105 22
  arbeitsunfähig seit: 16.02.2026, laut Bescheinigungen von
  Dipl.-Med. Ocka Bruns wegen F43.2 (Anpassungsstörung)
  Leistungsbeginn: 30.03.2026 (43. Tag)
  Tagessatz: 120,00 EUR

Für den Zeitraum 30.03.–12.04.2026 überweisen wir 1.680,00 EUR.

Bei einem Krankentagegeld dieser Höhe prüfen wir einmal, ob es zu Ihrem
Einkommen passt. Bitte schicken Sie uns Ihren Einkommensteuerbescheid 2024;
Ihr Steuerberater kann ihn auch direkt hochladen. Ihr durchschnittliches
Nettoeinkommen aus dem Betrieb muss mindestens 3.600 EUR im Monat betragen,
damit der Tagessatz voll gedeckt ist.

Ab der 12. Woche würden wir gern unseren Gesundheitsberater einbinden, der
Sie auf Wunsch bei der Suche nach einem Therapieplatz unterstützt.

{sig('oltmanns')}
"""
    return M(who("oltmanns"), "Hauke Wessels <tischlerei.wessels@t-online.example>",
             "Ihr Krankentagegeld – Zahlung 30.03.–12.04.2026",
             "2026-04-13 10:55", body)


@mail(N, "en", "internal",
      "trap: HR offers an English-language first aid course for the international team; health words but no individual")
def m():
    body = """Hi everyone,

As several of you asked: this year we are running a first aid course in
English for the International Health and Provider Relations teams.

  Date: Tuesday 5 May and Wednesday 6 May 2026, 9:00-16:00 (both days)
  Place: training room "Knock", 2nd floor
  Trainer: Johanniter-Unfall-Hilfe Emden (course in English)
  Content: CPR and AED, recovery position, bleeding, burns, choking,
  strokes and heart attacks - how to recognise them and what to do

The course counts as certified first aider training (valid for two years).
We need at least two first aiders per floor, so please sign up via the HR
self-service by 24 April. Lunch is provided; please mention dietary
requirements in the sign-up form (no need to explain why).

Thanks,
Talea

--
Talea Freerks
Human Resources · ext. 1040
"""
    return M(who("freerks"), box("team-international", "Team International"),
             "First aid course in English – 5/6 May", "2026-04-14 09:20", body,
             cc=who("boekhoff"))


@mail(C, "de", "insurer-to-customer",
      "glass claim: named customer's conservatory pane, policy, claim number, payout to her IBAN")
def m():
    body = f"""Sehr geehrte Frau Albers,

die Rechnung der Glaserei für die gesprungene Scheibe Ihres Wintergartens
haben wir geprüft. Ihre Glasversicherung (GL 12 007 349) übernimmt den
Betrag vollständig:

  Schadennummer: H-2026-004488
  Schadentag: 30.03.2026 (Hagel)
  Ersatz Isolierglasscheibe 1,20 x 2,10 m inkl. Montage    742,35 EUR

Wir überweisen 742,35 EUR auf Ihr Konto
  IBAN DE16 2491 9629 2501 1310 82
  Kontoinhaberin: Gesa Albers

Da Sie die Rechnung bereits bezahlt haben, geht das Geld an Sie und nicht an
die Glaserei.

{sig('eilers')}
"""
    return M(who("eilers"), "Gesa Albers <gesa.albers@ewe-net.example>",
             "Glasschaden Wintergarten – H-2026-004488", "2026-04-14 13:02", body)


@mail(S, "en", "insurer-to-customer",
      "HTML claim statement (table) for a named expat member: GP visits, metformin prescription, diabetes type 2, physiotherapy; amounts")
def m():
    text = f"""Dear Ms Haddad,

Please find your claim statement below. The total of AED 1,586.25 has been
transferred to your account ending 4471.

Member: Layla Haddad, member ID IH-AE-0061120-01, plan Global Care 1

Date        Provider                      Service                                 Billed    Paid
12.03.2026  Al Safa Family Clinic, Dubai  GP consultation, diabetes review (E11.9) 450.00    450.00
12.03.2026  Al Safa Family Clinic, Dubai  HbA1c, lipid panel                       380.00    380.00
12.03.2026  Life Pharmacy Jumeirah        Metformin 1000 mg, 3 months              186.25    186.25
18-31.03.   PhysioHub Dubai               Physiotherapy right knee, 4 sessions      760.00    570.00

The physiotherapy is limited to AED 142.50 per session under Global Care 1.

If anything is unclear, just reply to this mail.

{sig('whitfield', 'en')}
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Ms Haddad,</p>
<p>Please find your claim statement below. The total of <b>AED 1,586.25</b> has been transferred to your account ending 4471.</p>
<p>Member: Layla Haddad &middot; member ID IH-AE-0061120-01 &middot; plan Global Care 1</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dfeaf0"><th>Date</th><th>Provider</th><th>Service</th><th>Billed (AED)</th><th>Paid (AED)</th></tr>
<tr><td>12.03.2026</td><td>Al Safa Family Clinic, Dubai</td><td>GP consultation, diabetes review (E11.9)</td><td align="right">450.00</td><td align="right">450.00</td></tr>
<tr><td>12.03.2026</td><td>Al Safa Family Clinic, Dubai</td><td>HbA1c, lipid panel</td><td align="right">380.00</td><td align="right">380.00</td></tr>
<tr><td>12.03.2026</td><td>Life Pharmacy Jumeirah</td><td>Metformin 1000 mg, 3 months</td><td align="right">186.25</td><td align="right">186.25</td></tr>
<tr><td>18.&ndash;31.03.</td><td>PhysioHub Dubai</td><td>Physiotherapy right knee, 4 sessions</td><td align="right">760.00</td><td align="right">570.00</td></tr>
</table>
<p>The physiotherapy is limited to AED 142.50 per session under Global Care 1.</p>
<p>If anything is unclear, just reply to this mail.</p>
<p>Kind regards<br>Claire Whitfield<br>International Health &ndash; Member Services</p>
</body></html>
"""
    return M(who("whitfield"), "Layla Haddad <layla.haddad@emirates-mail.example>",
             "Your claim statement – March 2026", "2026-04-15 07:48", text, html=html)

@mail(N, "en", "internal",
      "trap: data-protection training handout (PDF) on health data, special categories and secure channels; examples are fictitious")
def m():
    body = f"""Dear colleagues in International Health and Provider Relations,

Thank you for joining yesterday's session. As promised, the handout is
attached. Three things to remember:

  1. Health data (diagnoses, invoices from doctors, hospital reports, even
     "the member was in hospital") is special-category data under Art. 9
     GDPR. It leaves the house only through the portal, S/MIME or a channel
     the member has agreed to in writing.
  2. Guarantees of payment to hospitals count as health data too – they
     name the patient and the reason for admission.
  3. When in doubt, mark the mail with [secure] in the subject; the gateway
     will then always use the strongest method.

The quiz at the end of the handout uses invented cases only (e.g. "John
Example, 45, fractured wrist in Spain"). Please do not use real member cases
in training material.

Best regards
Imke de Vries
Data Protection Officer · ext. 1090
"""
    m = M(who("devries"), box("team-international", "Team International"),
          "Handout: Health data in international claims", "2026-04-15 16:20", body)
    doc = pdf([
        "# Health data in international claims – handout",
        "Data Protection Office, Lotsenhaus Versicherungsgruppe, April 2026 – internal",
        "",
        "## What counts as health data?",
        "Any information about the physical or mental health of an identifiable person: diagnoses and ICD codes, "
        "symptoms, medicines, invoices of doctors, hospitals, pharmacies and therapists, guarantees of payment, "
        "the fact of a hospital stay, disability, pregnancy.",
        "",
        "## Which channel?",
        "Portal (secure mailbox): always allowed.  S/MIME: allowed.  TLS-only e-mail: only with the member's written "
        "consent.  Plain e-mail, fax, messenger apps: never for health data.",
        "",
        "## Quiz (fictitious cases)",
        "1. John Example (45) fractured his wrist in Spain. The clinic asks for a guarantee of payment by e-mail. "
        "Which channel do you use?",
        "2. A broker asks for the status of Jane Sample's claim for physiotherapy. May you answer by normal e-mail?",
        "3. A newsletter shows the average cost of a hip replacement in Portugal. Is that health data?",
        "",
        "Answers: 1 – portal or S/MIME to the clinic's certificate; 2 – no, and the broker needs the member's "
        "authorisation; 3 – no, aggregated data without a person is not personal data.",
    ], title="Health data handout", author="Imke de Vries", date="2026-04-15 16:00")
    return att(m, "Handout_Health_Data_2026-04.pdf", doc)


@mail(C, "de", "insurer-to-company",
      "commercial liability claim of a sole-trader painter (natural person) and his named customer; property damage only, claim number")
def m():
    body = f"""Sehr geehrter Herr Tapper,

zu Ihrer Schadenmeldung aus der Betriebshaftpflicht (BH 80 610 772,
Malerbetrieb Wilko Tapper e.K.):

Ihr Geselle hat bei Ihrer Kundin, Frau Dr. Hanna Wiemken, Lindenallee 3 in
Aurich, beim Streichen des Treppenhauses einen Eimer Dispersionsfarbe auf den
Eichenparkett im Flur umgestoßen. Der Parkettleger schätzt die Kosten für
Abschleifen und Neuversiegelung auf 2.180 EUR netto.

Der Schaden ist versichert (Tätigkeitsschaden, Selbstbeteiligung 250 EUR).
Wir setzen uns direkt mit Frau Dr. Wiemken in Verbindung und bitten sie um
das Angebot des Parkettlegers. Bitte erkennen Sie gegenüber der Kundin
keine Zahlungen an, die über das Angebot hinausgehen.

Schadennummer: H-2026-004630

{sig('eilers')}
"""
    return M(who("eilers"), "Wilko Tapper <info@maler-tapper.example>",
             "Ihre Schadenmeldung Parkett Wiemken – H-2026-004630",
             "2026-04-16 11:20", body)


@mail(N, "de", "internal",
      "trap: training mail on the limb disability table (Gliedertaxe) with a worked example for a fictitious insured ('Max Mustermann, fiktiv')")
def m():
    body = """Hallo Team Unfall,

für die Einarbeitung von Jonas und Merle hier noch einmal das Rechenbeispiel
aus der Schulung am Dienstag. Alles fiktiv!

  Versicherte Person: Max Mustermann (fiktiv), 40 Jahre
  Grundsumme: 100.000 EUR, Progression 350 %
  Unfallfolge laut (fiktivem) Gutachten: Funktionsbeeinträchtigung der
  rechten Hand um 2/10 Handwert

  Gliedertaxe Hand (Bedingungen LH-Unfall 2024): 60 %
  Invaliditätsgrad: 60 % x 2/10 = 12 %
  Leistung: 12 % von 100.000 EUR = 12.000 EUR
  (Progression greift erst ab 25 % Invalidität, hier also nicht)

Typische Fehler aus den letzten Prüfungen:
  - Vorinvalidität vergessen abzuziehen
  - Mitwirkung von Krankheiten ab 25 % nicht berücksichtigt
  - Gliedertaxe der alten Bedingungen (55 % für die Hand) verwendet

Die Folien liegen im Teams-Kanal „Unfall-Leistung/Schulung“.

Viele Grüße
Nele

--
Nele Tammen
Unfall-Leistung · Durchwahl 3280
"""
    return M(who("tammen"), box("team-unfall", "Team Unfall-Leistung"),
             "Rechenbeispiel Gliedertaxe (fiktiv) aus der Schulung", "2026-04-16 15:35", body)


@mail(N, "de", "insurer-to-broker",
      "trap: broker-portal account set-up for a broker firm's new user; one-time password announced via separate channel – no customer data")
def m():
    body = f"""Sehr geehrte Frau Rewerts,

wie von Ihnen als Makleradministratorin beantragt, haben wir für Ihre
Mitarbeiterin Frau Jana Weerda einen Zugang zum Lotsenhaus-Maklerportal
eingerichtet:

  Vertragspartner: Finanzkontor Upstalsboom GmbH, Vermittlernummer 40 1187
  Benutzername: fu-jweerda
  Rollen: Bestandsauskunft Sach/Kfz, Angebotsrechner; keine Bestandsrechte
  für Kranken und Leben (wie beantragt)

Das Einmal-Passwort erhält Frau Weerda per SMS an die hinterlegte
Mobilnummer. Beim ersten Login muss sie ein eigenes Passwort und eine
Sicherheitsfrage festlegen. Das Einmal-Passwort ist 7 Tage gültig.

Bitte denken Sie daran, Zugänge ausgeschiedener Mitarbeitender selbst in der
Benutzerverwaltung zu sperren.

{sig('saathoff')}
"""
    return M(who("saathoff"), "Tomke Rewerts <admin@finanzkontor-upstalsboom.example>",
             "Neuer Portalzugang für Ihre Mitarbeiterin", "2026-04-17 09:10", body)


@mail(C, "en", "insurer-to-broker",
      "marine cargo claim for a sole trader (natural person) via a Dutch broker: shipment, invoice value, claim number; no health data")
def m():
    body = f"""Dear Mr van der Kolk,

Thank you for the survey report on your client's shipment.

  Assured: Hendrik Bosma, trading as Bosma Tulpen Export (sole trader),
  Hoofdweg 211, Lisse
  Open cover: TR 70 118 302 (Lotsenhaus Allgemeine, marine cargo)
  Claim: T-2026-00217
  Shipment: 2 reefer trailers, tulip bulbs, Rotterdam - Felixstowe,
  B/L RTM-FXT-260322-07
  Invoice value: EUR 64,200.00 + 10 %

The surveyor confirms that the reefer unit of trailer 2 failed during the
crossing and that 58 % of the bulbs in that trailer are unsaleable. We
therefore accept the claim in principle at EUR 19,550.00 (58 % of the CIF
value of trailer 2 plus 10 %), subject to the usual recovery action against
the carrier. Please send us the carrier's letter of protest and the
temperature log.

Payment will go to your client's account known to us once we receive the
signed letter of subrogation.

Kind regards
Hauke Meyerhoff
Commercial Clients · Lotsenhaus Allgemeine Versicherung AG
+49 4921 8870-1610
"""
    return M(who("meyerhoff"), "Pieter van der Kolk <pieter@vanderkolk-assurantien.example>",
             "Cargo claim T-2026-00217 – Bosma Tulpen Export", "2026-04-17 14:05", body)


@mail(S, "de", "insurer-to-customer",
      "life insurance policy loan for a named customer: endowment policy, surrender value, loan amount, interest (personal line)")
def m():
    body = f"""Sehr geehrte Frau Folkerts,

Sie haben uns nach einem Policendarlehen aus Ihrer Kapitallebensversicherung
gefragt. Hier unser Angebot:

  Vertrag: LV-6631087-03, Beginn 01.06.2009, Ablauf 01.06.2034
  versicherte Person: Anna Folkerts, geb. 19.11.1976
  Rückkaufswert zum 01.05.2026: 38.412,66 EUR
  mögliches Darlehen (max. 80 % des Rückkaufswerts): bis 30.700,00 EUR
  gewünscht: 20.000,00 EUR
  Zinssatz: 4,25 % p. a., fest bis zur Rückzahlung, Zinszahlung vierteljährlich
  Rückzahlung: jederzeit, spätestens mit der Ablaufleistung

Der Versicherungsschutz bleibt voll bestehen. Wenn Sie zustimmen,
unterschreiben Sie bitte den Darlehensvertrag, den wir Ihnen über das
Lotsenpost-Portal bereitstellen, und senden ihn zurück. Die Auszahlung
erfolgt dann innerhalb von fünf Werktagen.

{sig('cassens')}
"""
    return M(who("cassens"), "Anna Folkerts <anna.folkerts@gmx.example>",
             "Ihr Policendarlehen – Angebot", "2026-04-20 10:12", body)


@mail(N, "en", "insurer-to-partner",
      "trap: press release on annual results with aggregated health-claims figures, number of insured, hospital costs – no individual")
def m():
    body = """PRESS RELEASE - for immediate release

Lotsenhaus grows in health and care insurance, claims costs rise

Emden, 21 April 2026 - The Lotsenhaus Versicherungsgruppe closed the 2025
financial year with gross written premiums of EUR 1.42 billion (+5.8 %).

  * Health insurance: 212,400 fully insured persons (+3.1 %) and 388,000
    supplementary policies. Benefits paid rose by 9.4 % to EUR 611 million,
    driven by hospital costs (+11.2 %) and medicines (+13.5 %, mainly
    biologics and oncology).
  * Long-term care: 41,300 care daily-allowance policies; 6,870 insured
    persons received benefits.
  * Life: new business in occupational disability up 12 %.
  * Property and casualty: combined ratio 96.1 % after storm "Hedda" and a
    mild claims year in motor.

"Our members feel the rising costs in the health system too," said CEO
Dr. Habbo Ippen. "That is why we negotiate direct billing agreements with
hospitals and pharmacies and review hospital invoices closely - last year
this saved EUR 3.4 million."

About Lotsenhaus: founded in 1898 as a mutual pilots' fund in Emden,
today a group of four insurance companies with 1,350 employees.

Press contact: Ubbo Lüpkes, Corporate Communications,
presse@lotsenhaus-versicherung.example, +49 4921 8870-1060
"""
    return M(box("presse", "Lotsenhaus Presse"), box("presseverteiler", "Presseverteiler"),
             "Press release: Lotsenhaus grows in health and care insurance", "2026-04-21 10:00", body,
             headers=[("Precedence", "bulk")])


@mail(C, "de", "insurer-to-customer",
      "pet surgery insurance: named customer's dog, cruciate ligament surgery, vet invoice – animal health, owner's contract and claim")
def m():
    body = f"""Hallo Frau Meinen,

gute Besserung an Bruno! Die Rechnung der Tierklinik Aurich für die
Kreuzband-OP haben wir geprüft:

  Vertrag: Tier-OP TO 31 440 812 (Hund „Bruno“, Labrador, geb. 2020)
  Schaden: T-OP-2026-00388
  Rechnung Tierklinik vom 14.04.2026: 2.864,90 EUR
  (TPLO-Operation linkes Knie, Narkose, Röntgen, 2 Tage stationär,
  Medikamente)

Erstattung nach GOT bis zum 2-fachen Satz: 2.512,40 EUR
abzüglich Selbstbeteiligung 250,00 EUR
Auszahlung: 2.262,40 EUR

Die Physiotherapie für Bruno nach der OP ist im Tarif leider nicht
enthalten.

Viele Grüße
Frauke Janssen-Ubben
Kundenservice · Telefon 04921 8870-1100
"""
    return M(who("ubben"), "Swaantje Meinen <swaantje.meinen@web.example>",
             "Bruno – Erstattung Kreuzband-OP", "2026-04-21 15:40", body)


@mail(S, "en", "customer",
      "member's own mail (message/rfc822) forwarded to the medical officer: symptoms, endometriosis, planned laparoscopy, pre-approval request")
def m():
    body = f"""Arend,

could you give me your view on the attached pre-approval request before I
answer Ms Moreau? The surgeon's quote is within our network rates, my
question is only whether the waiting period for gynaecological surgery
(8 months) applies – her plan started on 1 October 2025.

Thanks,
Claire

--
Claire Whitfield
International Health – Member Services · ext. 2540
"""
    m = M(who("whitfield"), who("siebels"), "FW: Pre-approval laparoscopy – Moreau",
          "2026-04-22 09:15", body)
    fw = inner("Sophie Moreau <sophie.moreau@orange-mail.example>", box("international-health"),
               "Pre-approval laparoscopy", "2026-04-21 22:48", """Hello,

I am a member of your Global Care 2 plan (member ID IH-FR-0059921-01, born
6 June 1991), living in Lisbon.

For more than two years I have had severe pain during my periods and also
between them. My gynaecologist, Dr. Inês Teixeira at Hospital Santa Brígida,
suspects endometriosis (ultrasound showed a cyst of 4 cm on the left ovary)
and recommends a laparoscopy to confirm it and remove the cyst. The hospital
quoted EUR 6,850 for the surgery and two nights.

I would like to have the operation in May. Can you please confirm that you
will cover it? I attach the quote and the letter from my doctor.

We are also trying to have a baby, so I hope this can be done soon.

Thank you,
Sophie Moreau
""", msgid="<9a77c1e0-5b1d-4c8f-a2e1-0d6b3f5e7c21@orange-mail.example>")
    return att(m, None, fw)


@mail(N, "de", "internal",
      "trap: internal job advertisement for a hospital-invoice reviewer (DRG knowledge, nursing background welcome), pay band – no applicant")
def m():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum 1. Juli 2026 Verstärkung für die Krankenhausrechnungsprüfung
und schreiben die Stelle zunächst intern aus:

  Sachbearbeiterin / Sachbearbeiter Krankenhausrechnungsprüfung (m/w/d)
  Vollzeit oder Teilzeit ab 30 Stunden, unbefristet, Emden

Ihre Aufgaben
  - Prüfung stationärer Rechnungen nach DRG, PEPP und GOÄ (Wahlleistungen)
  - Zusammenarbeit mit unserem Gesellschaftsarzt und den Kliniken
  - Mitwirkung an Vertragsgesprächen mit Krankenhäusern

Sie bringen mit
  - Ausbildung in der Gesundheits- und Krankenpflege, als MFA oder
    Kodierfachkraft, oder eine kaufmännische Ausbildung mit Erfahrung in der
    PKV-Leistungsprüfung
  - Kenntnisse der Deutschen Kodierrichtlinien und des ICD-10-GM/OPS

Wir bieten: Tarifgruppe VII bzw. VIII des Tarifvertrags für das private
Versicherungsgewerbe, mobiles Arbeiten bis 60 %, Jobrad, Betriebsrente.

Interessierte melden sich bis 15. Mai über das Bewerberportal. Fragen
beantworten Rainer Aden (Fachbereich) und Talea Freerks (Personal).

Ihr Personal-Team
"""
    return M(who("freerks"), box("alle-emden", "Alle Mitarbeitenden Emden"),
             "Interne Stellenausschreibung: Krankenhausrechnungsprüfung (m/w/d)", "2026-04-22 11:00", body)


@mail(C, "en", "insurer-to-customer",
      "legal expenses: neighbour dispute over a boundary tree; named customer and neighbour, addresses, claim number")
def m():
    body = f"""Dear Mr Lindqvist,

Thank you for your message. Your legal expenses policy (RS 55 140 227,
module "Property & Neighbours") covers disputes with neighbours about
trees and hedges, so we can confirm cover for an initial lawyer's
consultation and the mandatory conciliation procedure (Schiedsamt) that is
required in Lower Saxony before going to court.

  Our reference: RS-2026-01988
  Your property: Am Wall 18, 26789 Leer
  Neighbour: Mr and Mrs Detlef and Karin Hobbie, Am Wall 20
  Subject: overhanging branches of the neighbours' copper beech, leaves
  blocking your gutter; neighbours refuse to cut

Your excess for this case is EUR 150. If the conciliation fails, please
send us the certificate of the Schiedsamt and we will check cover for court
proceedings.

{sig('albers', 'en')}

> On 21 Apr 2026, at 20:16, Erik Lindqvist <erik.lindqvist@telia.example> wrote:
> Hi, my neighbours at no. 20 won't cut their big beech tree and my gutter is
> full of leaves again. Am I covered if I take a lawyer? /Erik
"""
    return M(who("albers"), "Erik Lindqvist <erik.lindqvist@telia.example>",
             "Re: neighbours tree", "2026-04-23 08:50", body)


@mail(S, "en", "insurer-to-applicant",
      "underwriting decision for a named applicant for disability insurance: exclusion for lumbar disc disease, surcharge for asthma")
def m():
    body = f"""Dear Mr Brennan,

Thank you for your application for occupational disability insurance and
for the additional medical information from your GP and the pulmonologist.

We can offer you cover on the following special terms:

  Applicant: Mr Declan Brennan, born 14 March 1988, offshore electrical
  engineer
  Application: BU-A-2026-02217, monthly benefit EUR 2,000, until age 67

  1. Exclusion: disability caused by diseases or injuries of the lumbar
     spine, including the consequences of the disc herniation L5/S1 treated
     conservatively in 2023.
  2. Surcharge of 25 % on the premium because of your allergic asthma
     (treated with an inhaled steroid, last hospital visit 2021).

Monthly premium with surcharge: EUR 118.40 (instead of EUR 94.72).

We will review the exclusion on request if you have had no treatment for the
lower back for five years. If you accept, please sign the special agreement
in the portal within four weeks.

{sig('rademacher', 'en')}
"""
    return M(who("rademacher"), "Declan Brennan <declan.brennan@eircom.example>",
             "Your application BU-A-2026-02217 – our offer", "2026-04-24 13:35", body)


@mail(N, "de", "insurer-to-partner",
      "trap: annual statistics delivery (ZIP with CSV) to a health-insurance statistics association: claims by benefit type and age group, aggregated")
def m():
    body = f"""Sehr geehrte Frau Dr. Hölscher,

anbei unsere Lieferung für die Verbandsstatistik 2025 (Kopfschäden und
Leistungsarten, Vollversicherung und Zusatzversicherung). Wie im Merkblatt
2026 vorgegeben:

  - Satzart KS-2 (Kopfschäden nach Alter und Geschlecht), 5-Jahres-Gruppen
  - Satzart LA-1 (Leistungen nach Leistungsart), Summen
  - Zellen mit weniger als 10 Versicherten sind mit „*“ unterdrückt

Die Dateien sind mit der Prüfsoftware 4.1 validiert, Prüfprotokoll ohne
Fehler (liegt im ZIP).

{sig('raman')}
"""
    m = M(who("raman"), "Dr. Ute Hölscher <lieferung@pkv-statistikdienst.example>",
          "Lieferung Verbandsstatistik 2025 – Lotsenhaus Krankenversicherung AG (VU 4471)",
          "2026-04-27 10:30", body)
    ks = csvtext([["satzart", "vu", "jahr", "geschlecht", "altersgruppe", "versicherte", "kopfschaden_ambulant", "kopfschaden_stationaer", "kopfschaden_zahn"],
                  ["KS-2", "4471", "2025", "w", "20-24", "4120", "812.40", "301.22", "288.10"],
                  ["KS-2", "4471", "2025", "w", "40-44", "7893", "1402.77", "512.03", "411.58"],
                  ["KS-2", "4471", "2025", "w", "65-69", "5510", "2988.10", "1720.45", "402.30"],
                  ["KS-2", "4471", "2025", "m", "20-24", "4388", "598.21", "244.80", "231.75"],
                  ["KS-2", "4471", "2025", "m", "40-44", "8954", "1188.36", "488.92", "377.14"],
                  ["KS-2", "4471", "2025", "m", "65-69", "6021", "3312.75", "2310.66", "451.02"],
                  ["KS-2", "4471", "2025", "m", "95-99", "*", "*", "*", "*"]], sep=",")
    la = csvtext([["satzart", "vu", "jahr", "leistungsart", "summe_eur"],
                  ["LA-1", "4471", "2025", "aerztliche Leistungen ambulant", "142880410"],
                  ["LA-1", "4471", "2025", "Arzneimittel", "121604377"],
                  ["LA-1", "4471", "2025", "Heilmittel", "29114052"],
                  ["LA-1", "4471", "2025", "Hilfsmittel", "14220980"],
                  ["LA-1", "4471", "2025", "stationaer allgemeine Krankenhausleistungen", "189775300"],
                  ["LA-1", "4471", "2025", "stationaer Wahlleistungen", "51208740"],
                  ["LA-1", "4471", "2025", "Zahnbehandlung und Zahnersatz", "62410233"]], sep=",")
    log = "Pruefsoftware VST 4.1 - Lieferung VU 4471 Jahr 2025\nKS-2: 1.284 Saetze gelesen, 0 Fehler, 37 Zellen unterdrueckt\nLA-1: 42 Saetze gelesen, 0 Fehler\nErgebnis: OK\n"
    z = zipfile_bytes([("KS2_4471_2025.csv", ks), ("LA1_4471_2025.csv", la), ("Pruefprotokoll.txt", log)],
                      date="2026-04-27 10:10")
    return att(m, "VST2025_VU4471.zip", z)


@mail(C, "de", "insurer-to-customer",
      "motor no-claims transfer from father to daughter: both named with birth dates, plates, policy numbers, SF classes")
def m():
    body = f"""Sehr geehrte Frau Bohlken,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater auf Sie ist
durchgeführt:

  Abgebender: Heiko Bohlken, geb. 02.02.1958, Vertrag KF 66 118 402
  (VW Golf, WTM-HB 58), SF 25 in der Haftpflicht
  Übernehmende: Lena Bohlken, geb. 30.09.2001, Vertrag KF 66 240 913
  (Seat Ibiza, WTM-LB 301)

Angerechnet werden die Jahre, die Sie selbst nachweislich gefahren sind
(Führerschein seit 10/2019, Zweitfahrerin im Vertrag Ihres Vaters): Sie
erhalten SF 6 statt SF 1/2. Ihr neuer Jahresbeitrag sinkt damit von 1.184,20
EUR auf 642,70 EUR. Die Differenz für 2026 verrechnen wir mit der nächsten
Lastschrift.

Der Vertrag Ihres Vaters wird zum 30.04. aufgehoben, da er das Fahrzeug
abgemeldet hat. Er kann später keinen Rabatt mehr aus diesem Vertrag
nutzen.

{sig('ubben')}
"""
    return M(who("ubben"), "Lena Bohlken <lena.bohlken@posteo.example>",
             "SF-Übertragung erledigt", "2026-04-27 14:10", body, cc="Heiko Bohlken <h.bohlken@ewe-net.example>")


@mail(S, "de", "insurer-to-customer",
      "body harmless; PDF is an occupational-disability benefit acceptance for a named insured with diagnosis (breast cancer) and benefit amounts")
def m():
    body = f"""Sehr geehrte Frau Poppen,

anbei erhalten Sie unsere Entscheidung zu Ihrem Leistungsantrag. Das
Original kommt zusätzlich per Post.

Für Rückfragen bin ich direkt für Sie erreichbar.

{sig('cassens')}
"""
    m = M(who("cassens"), "Wiebke Poppen <wiebke.poppen@t-online.example>",
          "Ihre Berufsunfähigkeitsversicherung – Entscheidung", "2026-04-28 09:25", body)
    doc = pdf([
        "# Lotsenhaus Lebensversicherung AG",
        "Ratsdelft 7–9 · 26721 Emden",
        "",
        "Frau Wiebke Poppen · Klosterstraße 8 · 26736 Krummhörn",
        "Emden, 28.04.2026",
        "",
        "## Leistungsanerkenntnis aus Ihrer Berufsunfähigkeitsversicherung LV-8830972-02",
        "Versicherte Person: Wiebke Poppen, geb. 17.01.1972, Grundschullehrerin",
        "",
        "Sehr geehrte Frau Poppen,",
        "nach Prüfung der Unterlagen – Arztbericht der Frauenklinik des Klinikums Emsmündung vom 12.02.2026, "
        "onkologischer Befundbericht Dr. med. Rita Haane vom 03.03.2026 und Ihrer Tätigkeitsbeschreibung – erkennen "
        "wir unsere Leistungspflicht an.",
        "",
        "Grund: Mammakarzinom links (C50.4), Erstdiagnose 11/2025, nach brusterhaltender Operation laufende adjuvante "
        "Chemotherapie (EC/Paclitaxel) bis voraussichtlich 07/2026 mit anschließender Bestrahlung. Sie sind seit "
        "01.12.2025 zu mindestens 50 % außerstande, Ihren Beruf auszuüben.",
        "",
        "## Leistungen ab 01.12.2025",
        "Monatliche BU-Rente: 1.850,00 EUR · Beitragsbefreiung: 112,34 EUR monatlich",
        "Nachzahlung Dezember 2025 bis April 2026: 9.250,00 EUR (Rente) + 561,70 EUR (erstattete Beiträge)",
        "",
        "Das Anerkenntnis ist unbefristet. Wir werden im Rahmen der Nachprüfung frühestens im Mai 2027 nach "
        "Ihrem Gesundheitszustand fragen.",
        "",
        "Mit freundlichen Grüßen · Enno Cassens · Leben – Bestand und Leistung",
    ], title="Leistungsanerkenntnis BU", date="2026-04-28 09:10")
    return att(m, "Leistungsanerkenntnis_LV-8830972-02.pdf", doc)

@mail(N, "en", "insurer-to-supplier",
      "trap: renewal of the gateway's domain certificate with a CA vendor – CSR, validation, dates; no personal data")
def m():
    body = f"""Hello Northgate team,

Please find our renewal order for the S/MIME domain certificate used by our
secure mail gateway:

  Order: NTS-REN-2026-01447
  Domain: lotsenhaus-versicherung.example (plus sub-domain
          mx1.lotsenhaus-versicherung.example)
  Type: organisation-validated S/MIME domain certificate, RSA 4096
  Current certificate expires: 30 September 2026 (we renew early because
  several hospital partners pin the certificate and need time)
  Validation contact: Daniel O'Connor, IT Security & Integration

The CSR is attached below as text; the key was generated on our HSM and
never left it.

-----BEGIN CERTIFICATE REQUEST-----
MIIEvjCCAqYCAQAweTELMAkGA1UEBhMCREUxFjAUBgNVBAgMDU5pZWRlcnNhY2hz
ZW4xDjAMBgNVBAcMBUVtZGVuMSowKAYDVQQKDCFMb3RzZW5oYXVzIFZlcnNpY2hl
cnVuZ3NncnVwcGUgVEVTVDEWMBQGA1UEAwwNZXhhbXBsZSBvbmx5MA==
-----END CERTIFICATE REQUEST-----

Invoice to: Lotsenhaus Versicherungsgruppe, Accounts Payable, Ratsdelft 7-9,
26721 Emden, Germany, VAT ID DE 811 447 120, PO EK-2026-0502.

Best regards,
Daniel

--
Daniel O'Connor
IT Security & Integration · Lotsenhaus Versicherungsgruppe
"""
    return M(who("oconnor"), "Northgate Trust Services <orders@northgate-trust.example>",
             "Renewal order NTS-REN-2026-01447 – S/MIME domain certificate", "2026-04-28 15:00", body)


@mail(C, "de", "broker",
      "broker's mail (inline forward, iso-8859-1) with a named client's new bank details and SEPA mandate for her household and liability contracts")
def m():
    body = f"""Hallo Frauke,

bitte die Bankverbindung bei den beiden Verträgen von Frau Schipper ändern,
Mandat liegt als Scan vor (hängt im Vorgang VM-2026-7734). Danke!

Wiebke

-----Ursprüngliche Nachricht-----
Von: Gerold Wübbena <info@wuebbena-makler.example>
Gesendet: Mittwoch, 29. April 2026 08:03
An: makler@{DOMAIN}
Betreff: Neue Bankverbindung Kundin Schipper

Moin Frau Saathoff,

meine Kundin Frau Hiske Schipper, Westgaster Straße 3, 26506 Norden, hat
die Bank gewechselt. Bitte ab Juni für ihre Verträge

  Hausrat HR 30 477 120
  Privathaftpflicht PH 10 390 884

von dem neuen Konto abbuchen:

  Kontoinhaberin: Hiske Schipper
  IBAN: DE80 8112 4186 2294 6047 36
  Bank: Volksbank Norden (neu)

Das unterschriebene SEPA-Mandat habe ich im Portal hochgeladen.

Gruß
Gerold Wübbena
Versicherungsmakler e.K., Norden
"""
    return M(who("saathoff"), who("ubben"), "WG: Neue Bankverbindung Kundin Schipper",
             "2026-04-29 09:12", body, charset="iso-8859-1", cte="quoted-printable")


@mail(N, "en", "insurer-to-doctor",
      "trap: reply to a Hungarian dental clinic asking for a direct-billing contract; general rules for dental treatment abroad, no patient")
def m():
    body = f"""Dear Dr Horváth,

Thank you for your interest in working with Lotsenhaus. Many German patients
travel to Sopron for dental treatment, and we understand why a direct
billing agreement would be convenient.

At present we do not sign direct billing agreements with dental clinics
abroad. Our members pay the clinic and submit the invoice to us themselves.
What helps them most:

  - an itemised invoice in German or English, with the tooth number for each
    service and the material used;
  - a treatment plan before larger treatment (implants, crowns, bridges),
    which the member sends to us for a cost estimate;
  - the dental laboratory invoice as a separate document.

We reimburse on the basis of the German fee scale (GOZ) and the member's
tariff. If a clinic in our European network is interested in a contract
later, we will announce it in our provider newsletter.

Kind regards
Maike Boekhoff
Provider Relations International
Lotsenhaus Versicherungsgruppe · +49 4921 8870-2545
"""
    return M(who("boekhoff"), "Dr. Gábor Horváth <office@sopron-dental.example>",
             "Re: Cooperation request – Sopron Dental Center", "2026-04-29 11:40", body, cc=who("hoting"))


@mail(N, "de", "internal",
      "trap: team announcement that a colleague is away for three weeks with deputies – no reason given, organisational only")
def m():
    body = """Hallo zusammen,

kurze Info: Hilke ist ab Montag, 4. Mai, für drei Wochen nicht im Haus.
Ihre Vertretung übernehmen

  - Arztrechnungen A–K: Bente Reents
  - Arztrechnungen L–Z: Jonas Hibben
  - Rückfragen von Praxen und Kliniken: Rainer Aden

Ihre Mailbox hat eine Abwesenheitsnotiz mit den Vertretungen. Bitte ab
sofort keine neuen Fälle mehr in ihren Korb legen.

Danke euch!
Gesa Oltmer
Teamleitung Leistung Kranken
"""
    return M(f"Gesa Oltmer <gesa.oltmer@{DOMAIN}>", box("team-leistung-kranken", "Team Leistung Kranken"),
             "Vertretung ab 04.05.", "2026-04-30 16:05", body)


@mail(C, "en", "insurer-to-company",
      "group business-travel cover: CSV of named employees with birth dates and passport numbers for a trip; no health data")
def m():
    body = f"""Dear Ms Ahlers,

Thank you for the traveller list. All six employees are covered under your
group business travel policy (GR 22 018 447) for the trip to the offshore
wind trade fair in Taipei, 11-19 May 2026. The attached list is our
confirmation; please check the spelling of names and passport numbers,
because the assistance company uses them to identify travellers in an
emergency.

The 24h assistance number is on the back of the insurance cards, which we
send to you by post today.

Kind regards
Hauke Meyerhoff
Commercial Clients · +49 4921 8870-1610
"""
    m = M(who("meyerhoff"), "Sophie Ahlers <s.ahlers@nordwind-rotorblatt.example>",
          "Business travel Taipei 11-19 May – confirmation of cover", "2026-05-04 10:20", body)
    rows = [["surname", "first name", "date of birth", "nationality", "passport no.", "travel from", "travel to", "covered"],
            ["Kleen", "Matthias", "1977-10-03", "DE", "C7LM2PX81", "2026-05-11", "2026-05-19", "yes"],
            ["Ahlers", "Sophie", "1985-01-28", "DE", "CJ3T9W0K4", "2026-05-11", "2026-05-19", "yes"],
            ["Jacobsen", "Mads", "1990-06-17", "DK", "208816733", "2026-05-11", "2026-05-17", "yes"],
            ["Memmen", "Jasper", "1994-02-02", "DE", "C2RW8N5T1", "2026-05-11", "2026-05-19", "yes"],
            ["Oosterhuis", "Femke", "1989-11-30", "NL", "NXK4B7L02", "2026-05-13", "2026-05-19", "yes"],
            ["Wang", "Chen", "1983-08-09", "DE", "C9PP4H2Z6", "2026-05-11", "2026-05-19", "yes"]]
    return att(m, "travellers_taipei_2026-05.csv", csvtext(rows, sep=","))


@mail(N, "en", "internal",
      "trap: vendor assessment (ODS scoring matrix) of telemedicine providers for expat members – prices, features, data protection; no member")
def m():
    body = f"""Hi Claire, hi Imke,

Attached is the scoring matrix for the three telemedicine vendors we saw in
April. Short version:

  1. MediBridge Health scores best overall (4.2/5): 24/7 GPs in English,
     German, French and Arabic, e-prescriptions in 14 countries, EU hosting.
  2. DocOnCall Global is cheapest (EUR 1.10 per member per month) but hosts
     consultation notes in the US – Imke, that's probably a knock-out?
  3. Vitalink Asia is strong in Singapore and Hong Kong only.

Price for MediBridge: EUR 1.85 per member per month for ~9,400 members,
minimum term 24 months. They would give members a code, no member data
flows to them from us upfront.

Can we discuss on Thursday?

Maike

--
Maike Boekhoff
Provider Relations International · ext. 2545
"""
    m = M(who("boekhoff"), f"{who('whitfield')}, {who('devries')}",
          "Telemedicine vendors – scoring matrix", "2026-05-04 14:45", body)
    rows = [["Criterion", "Weight", "MediBridge Health", "DocOnCall Global", "Vitalink Asia"],
            ["Languages covered", 0.15, 5, 4, 3],
            ["Countries with e-prescription", 0.15, 4, 5, 2],
            ["Availability 24/7", 0.10, 5, 5, 4],
            ["Data protection / hosting", 0.25, 5, 1, 3],
            ["Price per member per month (EUR)", 0.20, 3, 5, 4],
            ["Integration (SSO, claims interface)", 0.15, 3, 3, 2],
            ["Weighted score", 1.0, 4.2, 3.55, 3.05]]
    return att(m, "telemedicine_scoring_2026-05.ods",
               ods([("Scoring", rows), ("Notes", [["Vendor", "Note"],
                                                   ["MediBridge Health", "EU hosting (Frankfurt), ISO 27001"],
                                                   ["DocOnCall Global", "US hosting, SCCs offered"],
                                                   ["Vitalink Asia", "Singapore only, PDPA"]])],
                   title="Telemedicine scoring", author="Maike Boekhoff", date="2026-05-04 14:30"))


@mail(N, "de", "insurer-to-customer",
      "trap: HTML-only portal notification without content – 'new message in your secure mailbox', no name, no contract data")
def m():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="font-family:Arial,sans-serif;background:#f3f6f8;padding:20px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #d5dee4;margin:auto">
<tr><td style="background:#0b4f6c;color:#fff;padding:14px 20px;font-size:18px">Lotsenpost &ndash; Ihr sicheres Postfach</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<p>Guten Tag,</p>
<p>in Ihrem Lotsenpost-Postfach liegt eine neue Nachricht für Sie bereit.</p>
<p style="text-align:center;margin:24px 0"><a href="https://lotsenpost.lotsenhaus-versicherung.example/inbox"
style="background:#0b4f6c;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Zum Postfach</a></p>
<p>Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Bitte melden Sie sich mit Ihren Zugangsdaten an.
Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.</p>
<p style="font-size:12px;color:#666">Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.</p>
</td></tr></table>
</body></html>
"""
    return M(box("noreply-lotsenpost", "Lotsenpost"), "jens.kruse77@web.example",
             "Neue Nachricht in Ihrem Lotsenpost-Postfach", "2026-05-05 06:02",
             html=html, html_only=True, cte="base64",
             headers=[("Auto-Submitted", "auto-generated")])


@mail(C, "de", "insurer-to-customer",
      "legal-expenses advice cover in family law: named customer's divorce, spouse named, claim number; no health data")
def m():
    body = f"""Sehr geehrter Herr Mennenga,

Ihre Rechtsschutzversicherung (RS 55 071 339) enthält den Baustein
Beratungsrechtsschutz im Familien- und Erbrecht. Wir übernehmen deshalb die
Kosten einer ersten Beratung durch eine Anwältin oder einen Anwalt Ihrer
Wahl zu Ihrer beabsichtigten Scheidung von Frau Nadine Mennenga (Trennung
seit Oktober 2025) bis zur gesetzlichen Gebühr, höchstens 249,90 EUR
zuzüglich Umsatzsteuer.

Das Scheidungsverfahren selbst, Unterhalt und Zugewinnausgleich sind nicht
versichert; dafür kann Verfahrenskostenhilfe in Betracht kommen, wenn Ihr
Einkommen nicht ausreicht – darauf wird Sie die Anwältin hinweisen.

Unser Zeichen: RS-2026-02215

{sig('albers')}
"""
    return M(who("albers"), "Rolf Mennenga <r.mennenga@freenet.example>",
             "Beratungsrechtsschutz Familienrecht – RS-2026-02215", "2026-05-05 11:12", body)


@mail(S, "en", "insurer-to-customer",
      "travel health claim: named customer hospitalised in Thailand with dengue fever; hospital, nights, lab tests, reimbursement")
def m():
    body = f"""Dear Ms Janssen,

We hope you have fully recovered. We have settled your claim from Chiang
Mai:

  Policy: Lotsenhaus Travel Health, RK 60 402 118
  Claim: AS-2026-0891
  Insured person: Merle Janssen, born 08.08.1997
  Treatment: Lanna Riverside Hospital, Chiang Mai, 14-17 April 2026
  Diagnosis: dengue fever (A97.0) with low platelet count; 3 nights
  inpatient, IV fluids, daily blood counts

  Hospital invoice THB 58,420 = EUR 1,512.36
  Pharmacy (paracetamol, electrolytes) THB 860 = EUR 22.26
  Taxi to the hospital – not covered under your plan
  ---------------------------------------------
  reimbursed: EUR 1,534.62

The amount will be transferred to the account you gave in the claim form.
Because the stay was shorter than 5 nights, our assistance team was not
involved – that is fine, you did everything right.

{sig('buss', 'en')}
"""
    return M(who("buss"), "Merle Janssen <merle.janssen@gmx.example>",
             "Your travel health claim AS-2026-0891", "2026-05-06 10:30", body)


@mail(N, "en", "insurer-to-partner",
      "trap: property catastrophe reinsurance renewal terms – layers, rates, loss history in aggregate; no person")
def m():
    body = f"""Dear Lars, dear Ingrid,

Following our meeting in Copenhagen, here are our proposed terms for the
property catastrophe excess of loss renewal from 1 July 2026:

  Layer 1: EUR 20m xs EUR 10m, rate on line 14.5 % (expiring 13.8 %)
  Layer 2: EUR 40m xs EUR 30m, rate on line 6.9 % (expiring 6.9 %)
  Layer 3: EUR 50m xs EUR 70m, rate on line 3.2 % (new)
  Reinstatement: one at 100 % for layers 1 and 2
  Hours clause: 72 hours for windstorm, 168 hours for flood

Loss history: the only event that touched the programme in the last five
years was windstorm "Hedda" in February 2026 (our gross estimate EUR 23.4m,
about 6,100 claims, mostly roofs and glass). Our own retention remains
EUR 10m; we have not changed the underwriting guidelines for coastal
postcodes.

We'd appreciate firm quotes by 29 May.

Best regards
Priya

--
Priya Raman
Actuarial & Reinsurance · Lotsenhaus Versicherungsgruppe · +49 4921 8870-1720
"""
    return M(who("raman"), "Lars Øvergaard <lars.overgaard@skagerrak-re.example>",
             "Property Cat XL renewal 1.7.2026 – proposed terms", "2026-05-07 09:55", body,
             cc="Ingrid Solheim <ingrid.solheim@skagerrak-re.example>")


@mail(C, "en", "insurer-to-customer",
      "e-bike theft: named customer, frame number, policy and claim number, police reference, replacement value")
def m():
    body = f"""Dear Mr Okonkwo,

We're sorry to hear that your e-bike was stolen. Your claim is registered:

  Policy: Lotsenhaus Bike Plus, FR 14 220 506
  Claim: H-2026-005102
  Bike: Riese & Müller Charger4, frame no. WRM4C22K0871
  Date: 3 May 2026, bike stand at Emden main station, locked with a
  folding lock
  Police reference: Polizeiinspektion Leer/Emden, 2026-0512-114

Your policy covers theft at any time of day if the bike was locked to a
fixed object. We pay the replacement value of a new bike of the same type,
less 10 % per year after the third year – your bike is from 2024, so there
is no deduction: EUR 4,899.00.

Please send us the original purchase invoice and both keys of the lock. If
the police find the bike within four weeks, please tell us immediately.

{sig('eilers', 'en')}
"""
    return M(who("eilers"), "Chinedu Okonkwo <c.okonkwo@gmail.example>",
             "Your e-bike claim H-2026-005102", "2026-05-07 13:18", body)


@mail(N, "en", "insurer-to-hospital",
      "trap: announcement to international network hospitals of a new remittance-advice CSV format; sample row uses a test patient only")
def m():
    body = f"""Dear billing teams,

From 1 June 2026 our remittance advices will come as a CSV file attached
to the payment notification, instead of the PDF list. This allows you to
post payments automatically in your patient accounting system.

Format (UTF-8, comma-separated, header line):

  remittance_id, payment_date, currency, provider_invoice_no,
  guarantee_no, member_id, patient_name, billed, paid, reason_code

Reason codes: 00 paid in full, 10 above network rate, 20 not covered,
30 waiting period, 40 documents missing, 90 other (see comment).

Sample line (test data only):
  RA-2026-TEST-0001,2026-06-01,EUR,INV-TEST-77,GOP-TEST-01,IH-XX-0000000-00,
  "TEST PATIENT, NOT REAL",1000.00,800.00,10

Please note: real remittance files contain patient names and will only be
sent through the provider portal or to mailboxes with enforced TLS. If your
billing mailbox does not support TLS yet, please contact us.

Kind regards
Maike Boekhoff
Provider Relations International · Lotsenhaus Versicherungsgruppe
"""
    return M(who("boekhoff"), box("provider-network-intl", "International provider network"),
             "New remittance advice format from 1 June 2026", "2026-05-08 08:45", body)


@mail(N, "de", "newsletter",
      "trap: broker newsletter (HTML alternative with table) on long-term care market figures and a new care product – aggregates only")
def m():
    text = """MAKLERINFO MAI 2026 – Schwerpunkt Pflege

Liebe Vertriebspartner,

5,7 Millionen Menschen in Deutschland sind pflegebedürftig, vier von fünf
werden zu Hause versorgt. Die gesetzliche Pflegeversicherung deckt im
Pflegegrad 4 im Heim nur etwa die Hälfte der Kosten – der Eigenanteil
liegt im Bundesdurchschnitt bei über 2.900 EUR im Monat.

Neu: PTG-Plus 2026
- Pflegetagegeld ab Pflegegrad 1, 100 % in Pflegegrad 5
- Einmalleistung 3.000 EUR bei erstmaliger Feststellung eines Pflegegrads
- Beitragsbefreiung ab Pflegegrad 3

Monatsbeiträge für 50 EUR Tagegeld (Pflegegrad 5):
Alter 35: 24,10 EUR | Alter 45: 36,80 EUR | Alter 55: 58,40 EUR

Webinar „Pflege verkaufen, ohne Angst zu machen“: 3. Juni, 10 Uhr.

Ihre Lotsenhaus Maklerbetreuung
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#223">
<h2 style="color:#0b4f6c">Maklerinfo Mai 2026 &ndash; Schwerpunkt Pflege</h2>
<p>Liebe Vertriebspartner,</p>
<p>5,7 Millionen Menschen in Deutschland sind pflegebed&uuml;rftig, vier von f&uuml;nf werden zu Hause versorgt.
Die gesetzliche Pflegeversicherung deckt im Pflegegrad&nbsp;4 im Heim nur etwa die H&auml;lfte der Kosten &ndash;
der Eigenanteil liegt im Bundesdurchschnitt bei &uuml;ber 2.900&nbsp;EUR im Monat.</p>
<h3>Neu: PTG-Plus 2026</h3>
<ul><li>Pflegetagegeld ab Pflegegrad 1, 100&nbsp;% in Pflegegrad 5</li>
<li>Einmalleistung 3.000&nbsp;EUR bei erstmaliger Feststellung eines Pflegegrads</li>
<li>Beitragsbefreiung ab Pflegegrad 3</li></ul>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e2edf2"><th>Eintrittsalter</th><th>Monatsbeitrag (50 EUR Tagegeld, PG 5)</th></tr>
<tr><td>35</td><td>24,10 EUR</td></tr><tr><td>45</td><td>36,80 EUR</td></tr><tr><td>55</td><td>58,40 EUR</td></tr>
</table>
<p>Webinar &bdquo;Pflege verkaufen, ohne Angst zu machen&ldquo;: 3. Juni, 10&nbsp;Uhr.</p>
<p>Ihre Lotsenhaus Maklerbetreuung</p>
</body></html>
"""
    return M(box("makler-info", "Lotsenhaus Maklerbetreuung"), box("makler-verteiler-nord", "Vertriebspartner Nord"),
             "Maklerinfo Mai: Pflege – Zahlen und neuer Tarif PTG-Plus", "2026-05-11 07:30", text, html=html,
             headers=[("Precedence", "bulk")])


@mail(C, "en", "insurer-to-broker",
      "yacht hull insurance renewal via a Dutch broker for a named private owner: yacht, mooring, agreed value, premium")
def m():
    body = f"""Dear Mr van der Kolk,

Renewal terms for your client's yacht, effective 1 June 2026:

  Owner and policyholder: Mr Jeroen Hoekstra, Harlingen (private use)
  Policy: YA 50 220 017
  Yacht: "Wadlopers", Hallberg-Rassy 37, built 2011, HIN SE-HRY37114K011
  Home port: Borkum marina, berth C-14
  Navigation area: North Sea and Baltic, coastal, 1 April - 31 October
  Agreed value: EUR 185,000 (unchanged)
  Deductible: EUR 1,000, for sails and rigging EUR 2,500
  Annual premium: EUR 1,942.50 incl. 19 % insurance tax

Mr Hoekstra asked about including the dinghy with outboard; this is
possible for an additional EUR 48 per year if he sends us the outboard
serial number.

Kind regards
Hauke Meyerhoff
Commercial Clients · Lotsenhaus Allgemeine Versicherung AG
"""
    return M(who("meyerhoff"), "Pieter van der Kolk <pieter@vanderkolk-assurantien.example>",
             "Renewal YA 50 220 017 – Wadlopers", "2026-05-11 15:20", body)


@mail(S, "de", "insurer-to-lawyer",
      "motor liability personal-injury claim: letter to the injured cyclist's lawyer with his injuries (clavicle fracture), treatment, pain-and-suffering offer")
def m():
    body = f"""Sehr geehrte Frau Rechtsanwältin Heikens,

in der Unfallsache Ihres Mandanten, Herrn Jaro Buß, gegen unseren
Versicherungsnehmer (Kfz-Haftpflicht KF 66 301 774, Schaden K-2026-003877,
Unfall vom 12.02.2026 in Leer, Kreuzung Bahnhofsring/Hindenburgstraße)
erkennen wir die volle Haftung unseres Versicherungsnehmers dem Grunde nach
an.

Nach den vorgelegten Unterlagen (Bericht Klinikum Emsmündung, Unfallchirurgie,
und Bescheinigungen der Hausärztin) hat Ihr Mandant erlitten:
  - Claviculafraktur links (S42.03), operativ mit Plattenosteosynthese
    versorgt, stationär 12.–15.02.2026
  - Prellungen der linken Hüfte und Schürfwunden
  - Arbeitsunfähigkeit bis 10.04.2026, danach 6 Wochen Physiotherapie

Zur Abgeltung des Schmerzensgeldes bieten wir 5.500 EUR an. Den
Verdienstausfall regulieren wir nach Vorlage der Verdienstbescheinigung des
Arbeitgebers; die Metallentfernung (geplant in ca. 12 Monaten) behalten wir
ausdrücklich vor.

Zuzüglich Ihrer Gebühren nach RVG aus dem Vergleichswert.

{sig('eilers')}
"""
    return M(who("eilers"), "RAin Tjada Heikens <kanzlei@heikens-recht.example>",
             "Ihr Zeichen 88/26 – Buß ./. Lotsenhaus, Schaden K-2026-003877",
             "2026-05-12 10:40", body)

@mail(N, "de", "insurer-to-supplier",
      "trap: contract details with a shredding company for destroying paper claim files incl. medical documents – security level, schedule; no person")
def m():
    body = f"""Sehr geehrter Herr Lammers,

vielen Dank für Ihr Angebot zur Akten- und Datenträgervernichtung. Wir nehmen
es mit folgenden Ergänzungen an:

  1. Vernichtung von Papierunterlagen der Leistungsabteilungen (u. a.
     Arztrechnungen, Krankenhausberichte, Gutachten) nach DIN 66399,
     Schutzklasse 3, Sicherheitsstufe P-4 – nicht P-3 wie im Angebot.
  2. Abholung in verschlossenen 240-l-Sicherheitsbehältern, 14-täglich
     dienstags, Standorte Ratsdelft (12 Behälter) und Außenlager
     Larrelt (4 Behälter).
  3. Vernichtung in Ihrem Werk Leer, keine Zwischenlagerung über Nacht.
  4. Vernichtungsprotokoll je Abholung mit Behälternummern.
  5. Vertrag über Auftragsverarbeitung nach Art. 28 DSGVO – Entwurf unserer
     Datenschutzbeauftragten folgt separat.

Preis laut Angebot: 9,80 EUR je Behälterleerung, Festplatten 6,50 EUR je
Stück (H-5). Beginn: 2. Juni 2026.

{sig('weerts')}
"""
    return M(who("weerts"), "Jörg Lammers <vertrieb@aktenwolf.example>",
             "Auftrag Aktenvernichtung ab 02.06.2026 – Ihr Angebot AW-26-118", "2026-05-12 14:30", body,
             cc=who("devries"))


@mail(C, "de", "lawyer",
      "lawyer's claim letter forwarded as message/rfc822: third-party car damage in a motor liability case, names, plates, amounts, lawyer's client IBAN; no injuries")
def m():
    body = f"""Hallo Thore,

anbei das Anspruchsschreiben der Kanzlei zum Parkplatzschaden Gronewold.
Bitte prüfen und regulieren, die Haftung ist nach der Aussage unseres VN
klar (Rückwärtsausparken). Verletzt wurde niemand.

Gruß
Menno

--
Menno Hinrichs
Kfz-Schaden · Durchwahl 3120
"""
    m = M(who("hinrichs"), f"Thore Siebens <thore.siebens@{DOMAIN}>",
          "WG: Ihr VN Grünefeld – Schaden K-2026-009041", "2026-05-13 09:20", body)
    fw = inner("Kanzlei Dreyer & Uphoff <sekretariat@dreyer-uphoff.example>", box("kfz-schaden"),
               "Ihr VN Grünefeld – Schaden K-2026-009041", "2026-05-12 16:55", """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Theda Gronewold, Ringstraße 31, 26721 Emden,
vertreten. Ihr Versicherungsnehmer, Herr Marko Grünefeld (EMD-MG 912), ist
am 07.05.2026 auf dem Parkplatz des Famila-Markts Emden beim Rückwärtsausparken
gegen den stehenden Pkw unserer Mandantin (Toyota Yaris, EMD-TG 45)
gefahren. Personen wurden nicht verletzt.

Wir machen geltend:
  Reparaturkosten lt. Gutachten Ing.-Büro Claaßen      2.418,66 EUR
  Wertminderung                                          250,00 EUR
  Gutachterkosten                                        488,40 EUR
  Nutzungsausfall 4 Tage à 43 EUR                        172,00 EUR
  Kostenpauschale                                         25,00 EUR
  Summe                                                 3.354,06 EUR

Zahlung bitte bis 26.05.2026 auf das Konto unserer Mandantin,
IBAN DE08 2099 3327 1710 0263 54, oder auf unser Anderkonto.
Unsere Gebühren berechnen wir gesondert.

Mit freundlichen Grüßen
Uphoff, Rechtsanwalt
""", msgid="<DU-2026-0512-1655-441@dreyer-uphoff.example>")
    return att(m, None, fw)


@mail(S, "en", "internal",
      "internal case discussion: named expat member's lymphoma diagnosis, chemotherapy regimen, cost approval and prognosis")
def m():
    body = f"""Claire,

I've looked at the file of Mr Haugland (IH-NO-0048810-01, 52, Singapore).

Diagnosis per Harbourview: diffuse large B-cell lymphoma (C83.3), stage
II, confirmed by biopsy of a cervical lymph node on 28 April. PET-CT
shows no bone marrow involvement. The proposed treatment is 6 cycles of
R-CHOP every 21 days, starting 18 May, with G-CSF support, followed by a
PET-CT after cycle 4.

This is standard first-line therapy; prognosis for this stage is good
(cure rates well above 70 %). Costs quoted: SGD 148,000 for the six
cycles incl. outpatient day-care and imaging – within his plan limit
(Global Care 2, no oncology sub-limit). I see no reason to ask for a second
opinion.

Please approve and ask the hospital to inform us before any change of
regimen or inpatient admission. He asked whether his wife can be covered
for flights to Oslo for family support – that's outside the plan, but the
case manager may check our goodwill budget.

Arend

--
Dr. med. Arend Siebels
Chief Medical Officer · ext. 2290
"""
    return M(who("siebels"), who("whitfield"), "Haugland – R-CHOP approval",
             "2026-05-13 12:02", body)


@mail(N, "en", "internal",
      "trap: IT incident about the stuck scan queue for 'medical reports' – counts and server names only, no patient")
def m():
    body = f"""Hi Okke,

INC-2026-06631 – scan queue "ARZTBERICHTE" stuck since 06:10

Root cause: the OCR node ocr-emd-03 ran out of disk space after last
night's Windows update left 38 GB of temp files. The queue stopped at
1,214 documents (medical reports and hospital letters from the mailroom).
Nothing was lost; the documents are still in the inbound share.

Actions so far:
  - cleaned temp folder, 41 GB free again
  - restarted the OCR service at 09:42, queue is draining (~300/hour)
  - added a disk-space alert at 85 % on all three OCR nodes

Health claims will see a delay of about half a day for documents scanned
this morning. Could you let the Leistungsabteilung know? Nobody needs to
rescan anything.

Cheers,
Daniel
"""
    return M(who("oconnor"), who("poppinga"), "INC-2026-06631 scan queue ARZTBERICHTE – resolved",
             "2026-05-14 10:05", body, cc=box("it-betrieb", "IT-Betrieb"))


@mail(C, "de", "insurer-to-customer",
      "contents-insurance policy schedule (PDF) with named policyholder, birth date, address, sum insured and masked IBAN")
def m():
    body = f"""Sehr geehrter Herr Saathoff,

herzlich willkommen bei Lotsenhaus! Anbei erhalten Sie Ihren
Versicherungsschein für die Hausratversicherung. Bitte prüfen Sie die
Angaben; wenn etwas nicht stimmt, melden Sie sich innerhalb eines Monats.

{sig('ubben')}
"""
    m = M(who("ubben"), "Tjark Saathoff <tjark.saathoff@gmx.example>",
          "Ihr Versicherungsschein Hausrat HR 30 688 201", "2026-05-15 08:20", body)
    doc = pdf([
        "# Versicherungsschein Hausratversicherung",
        "Lotsenhaus Allgemeine Versicherung AG · Ratsdelft 7–9 · 26721 Emden",
        "",
        "Versicherungsschein-Nr.: HR 30 688 201        Ausfertigung vom 15.05.2026",
        "Versicherungsnehmer: Tjark Saathoff, geb. 04.12.1990",
        "Anschrift und Versicherungsort: Jahnstraße 14, 26725 Emden",
        "Wohnfläche: 82 m²      Versicherungssumme: 53.300 EUR (650 EUR/m², Unterversicherungsverzicht)",
        "Tarif: Hausrat Komfort 2026, inkl. Fahrraddiebstahl bis 3.000 EUR, Elementarschäden",
        "Selbstbeteiligung: 150 EUR",
        "Beginn: 01.06.2026, 0 Uhr · Ablauf: 01.06.2027, danach jährliche Verlängerung",
        "",
        "## Beitrag",
        "Jahresbeitrag netto 118,40 EUR + 19 % Versicherungsteuer 22,50 EUR = 140,90 EUR",
        "Zahlweise jährlich per SEPA-Lastschrift von IBAN DE62 **** **** **** **72 19",
        "Mandatsreferenz: LH-HR30688201-01",
        "",
        "Es gelten die Allgemeinen Hausratversicherungsbedingungen VHB 2026 (Stand 01/2026).",
    ], title="Versicherungsschein HR 30 688 201", date="2026-05-15 08:00")
    return att(m, "Versicherungsschein_HR30688201.pdf", doc)


@mail(N, "en", "insurer-to-company",
      "trap: group income protection quote for a company using an anonymised census in age bands – no employee identifiable")
def m():
    body = f"""Dear Mr Fairbairn,

Thank you for the census data. Based on the anonymised age-band summary you
sent, we can quote group income protection for the 38 UK-based employees of
Ems Offshore Services Ltd as follows:

  Benefit: 60 % of pre-disability salary, capped at GBP 5,000 per month
  Deferred period: 26 weeks; benefit until return to work or age 67
  Free cover limit: GBP 3,500 per month (no medical evidence below)
  Total insured salary roll: GBP 2,148,000

  Age band   Members   Salary roll (GBP)   Rate (% of salary)
  20-29          7          262,000              0.38
  30-39         14          804,000              0.52
  40-49         11          688,000              0.84
  50-59          5          324,000              1.41
  60-64          1           70,000              2.10 (merged cell)

Annual premium: GBP 16,412.40. Rates guaranteed for two years.

Please note that for any employee whose benefit exceeds the free cover
limit we will ask for individual health questions later – directly from the
employee, not via HR.

Kind regards
Hauke Meyerhoff
Commercial Clients · Lotsenhaus Versicherungsgruppe
"""
    return M(who("meyerhoff"), "Alan Fairbairn <hr@ems-offshore.example>",
             "Group income protection – quotation", "2026-05-18 11:45", body)


@mail(N, "de", "insurer-to-partner",
      "trap: annual complaints statistics to the supervisory authority (ZIP with CSV and PDF) – counts per line and reason, no complainant")
def m():
    body = f"""Sehr geehrte Damen und Herren,

in der Anlage übersenden wir die Beschwerdestatistik 2025 der Lotsenhaus
Krankenversicherung AG, der Lotsenhaus Lebensversicherung AG und der
Lotsenhaus Allgemeine Versicherung AG nach dem Rundschreiben zum
Beschwerdemanagement.

Die Meldung enthält ausschließlich Fallzahlen je Sparte und Beschwerdegrund
sowie die Bearbeitungsdauer. Einzelfälle sind nicht enthalten.

{sig('devries')}
"""
    m = M(who("devries"), "Referat Beschwerdestatistik <beschwerdestatistik@versicherungsaufsicht.example>",
          "Beschwerdestatistik 2025 – Lotsenhaus Versicherungsgruppe", "2026-05-19 10:00", body)
    data = csvtext([["unternehmen", "sparte", "grund", "anzahl", "davon_abgeholfen", "median_tage"],
                    ["LH Kranken", "Krankheitskosten voll", "Leistungsablehnung", "214", "61", "12"],
                    ["LH Kranken", "Krankheitskosten voll", "Beitragsanpassung", "388", "7", "9"],
                    ["LH Kranken", "Pflege", "Leistungsablehnung", "41", "14", "15"],
                    ["LH Leben", "BU", "Leistungsablehnung", "57", "9", "31"],
                    ["LH Leben", "Kapital-LV", "Rückkaufswert", "33", "4", "11"],
                    ["LH Allgemeine", "Kfz", "Schadenregulierung", "129", "38", "8"],
                    ["LH Allgemeine", "Wohngebäude", "Schadenregulierung", "96", "29", "14"]])
    rep = pdf(["# Beschwerdestatistik 2025",
               "Lotsenhaus Versicherungsgruppe · Meldung an die Versicherungsaufsicht",
               "",
               "Gesamtzahl Beschwerden 2025: 958 (2024: 871). Anteil abgeholfen: 16,8 %.",
               "Hauptgründe: Beitragsanpassung Krankenversicherung (40 %), Leistungsablehnung Krankenversicherung (22 %).",
               "Median der Bearbeitungsdauer: 11 Tage.",
               "",
               "Die Einzelaufstellung je Sparte und Grund enthält die Datei beschwerden_2025.csv."],
              title="Beschwerdestatistik 2025", author="Imke de Vries", date="2026-05-19 09:30")
    z = zipfile_bytes([("beschwerden_2025.csv", data), ("Begleitschreiben_Statistik_2025.pdf", rep)], date="2026-05-19 09:40")
    return att(m, "Beschwerdestatistik_2025_Lotsenhaus.zip", z)


@mail(C, "en", "insurer-to-customer",
      "international motor insurance card for a named customer's trip to the UK: plate, VIN, policy number, validity")
def m():
    body = f"""Dear Mrs Thompson,

As requested, here are the details of your International Motor Insurance
Card (green card) for your trip to Scotland. The card itself is attached to
our portal message; you can print it on white paper.

  Policyholder: Margaret Thompson, Große Straße 40, 26789 Leer
  Vehicle: Volvo XC60, LER-MT 1960, VIN YV1UZA8VCL1072964
  Policy: KF 66 280 144
  Card no.: D-LH-26-0048172
  Valid: 1 June 2026 - 31 August 2026, all countries not crossed out

In the UK you do not need to carry the green card any more, but we
recommend taking it with you for the ferry and in case of an accident.
Your comprehensive cover applies in the UK as well.

Have a good trip!

{sig('ubben', 'en')}
"""
    return M(who("ubben"), "Margaret Thompson <m.thompson@btinternet.example>",
             "Your green card for the UK trip", "2026-05-19 14:22", body)


@mail(S, "en", "insurer-to-customer",
      "IVF cost approval for a named couple: infertility diagnosis, woman's age, number of cycles, medicines, costs")
def m():
    body = f"""Dear Ms Brandt, dear Mr Agyeman,

Thank you for the treatment plan from the Kinderwunschzentrum Oldenburg.
We have reviewed it and are pleased to confirm the following:

  Insured persons: Hanna Brandt (born 22.02.1990, KV 4511 7723 40) and
  Kwame Agyeman (born 05.07.1987, KV 4511 7723 41)
  Diagnosis: tubal factor infertility (bilateral tubal occlusion after
  salpingitis, N97.1) in Ms Brandt; normal semen analysis in Mr Agyeman
  Planned treatment: in-vitro fertilisation (IVF), up to 3 cycles,
  including hormonal stimulation, egg retrieval, embryo transfer

As the cause lies with Ms Brandt, her tariff covers the full treatment
including the laboratory part, at the rates of the GOÄ. Cryopreservation
of surplus embryos and their storage are not covered.

Estimated costs per cycle: EUR 4,200 for treatment and EUR 1,900 for
medication (follitropin, ganirelix, progesterone). Please send the invoices
after each cycle.

We wish you all the best.

{sig('oltmanns', 'en')}
"""
    return M(who("oltmanns"), "Hanna Brandt <hanna.brandt@posteo.example>",
             "Your treatment plan – cost approval", "2026-05-20 10:10", body,
             cc="Kwame Agyeman <kwame.agyeman@posteo.example>")


@mail(N, "de", "internal",
      "trap: data-protection FAQ (ODT) on sending medical reports and invoices securely – rules only, no person")
def m():
    body = f"""Liebe Kolleginnen und Kollegen,

nach den vielen Fragen in den letzten Wochen habe ich eine kurze FAQ zum
Versand von Arztberichten, Rechnungen und Gutachten zusammengestellt
(Anlage). Die wichtigsten Punkte:

  - Alles mit Gesundheitsbezug geht über Lotsenpost oder S/MIME raus –
    auch wenn die Kundin „einfach per Mail“ haben möchte.
  - Ausnahme nur mit schriftlicher Einwilligung (TLS-Versand); die
    Einwilligung ist im Kundenkonto hinterlegt.
  - Betreffzeilen bitte ohne Diagnose und ohne Namen des Arztes.
  - Interne Weiterleitungen sind unproblematisch, externe nur an den
    berechtigten Empfänger.

Bei Unsicherheit: datenschutz@{DOMAIN} oder Durchwahl 1090.

Viele Grüße
Imke de Vries
Datenschutzbeauftragte
"""
    m = M(who("devries"), box("alle-emden", "Alle Mitarbeitenden Emden"),
          "FAQ: Arztberichte und Rechnungen sicher versenden", "2026-05-20 15:00", body)
    doc = odt([
        ("h", "FAQ: Gesundheitsdaten sicher versenden"),
        ("b", "Darf ich einen Arztbericht per normaler E-Mail an den Kunden schicken?"),
        "Nein. Gesundheitsdaten verschicken wir über das Lotsenpost-Portal oder S/MIME. Nur wenn die Kundin oder der "
        "Kunde schriftlich eingewilligt hat, ist der Versand mit erzwungener Transportverschlüsselung (TLS) zulässig.",
        ("b", "Gilt das auch für Leistungsabrechnungen?"),
        "Ja. Eine Leistungsabrechnung nennt Ärzte, Behandlungen und oft Diagnosen – das sind Gesundheitsdaten.",
        ("b", "Und für Kostenübernahmen an Kliniken?"),
        "Ja, auch dort stehen Name und Aufnahmegrund. Kliniken mit Domänenzertifikat erhalten sie automatisch "
        "verschlüsselt; alle anderen über das Leistungserbringerportal.",
        ("b", "Was ist mit Kfz- oder Hausratschäden?"),
        "Diese sind vertraulich, aber keine Gesundheitsdaten. TLS genügt, wenn keine Verletzungen beschrieben werden.",
        ("b", "Was mache ich, wenn ich versehentlich falsch versendet habe?"),
        "Sofort die Datenschutzbeauftragte informieren (Durchwahl 1090). Meldefrist an die Aufsicht: 72 Stunden.",
    ], title="FAQ Gesundheitsdaten", author="Imke de Vries", date="2026-05-20 14:40")
    return att(m, "FAQ_Gesundheitsdaten_sicher_versenden.odt", doc)


@mail(C, "de", "insurer-to-company",
      "reply to a leasing company about a named lessee's motor claims history (with his consent): plate, claims, no-claims class")
def m():
    body = f"""Sehr geehrte Frau Dirksen,

mit Einverständnis unseres Versicherungsnehmers, Herrn Okko Janssen
(Einverständniserklärung vom 18.05.2026 liegt uns vor), erteilen wir Ihnen
die gewünschte Schadenauskunft für das Leasingfahrzeug:

  Leasingvertrag: NL-2023-558120
  Fahrzeug: BMW 320d Touring, AUR-OJ 707, FIN WBA8J31080K552019
  Kfz-Vertrag: KF 66 190 337, Versicherungsnehmer Okko Janssen, Großefehn
  Schadenfreiheitsklasse Haftpflicht: SF 9, Vollkasko: SF 7

  Schäden seit Vertragsbeginn (01.09.2023):
  - 14.01.2025 Wildschaden (Teilkasko), 1.872,30 EUR, abgeschlossen
  - 22.08.2025 Parkschaden Vollkasko, 2.410,00 EUR, abgeschlossen

Weitere Schäden sind uns nicht bekannt. Der Vertrag besteht ungekündigt.

{sig('hinrichs')}
"""
    return M(who("hinrichs"), "Nordlease Fahrzeugleasing GmbH – Frau Dirksen <vertragsmanagement@nordlease.example>",
             "Schadenauskunft NL-2023-558120 (Janssen)", "2026-05-21 09:48", body)


@mail(S, "de", "company",
      "inline forward of an employer's accident report with DOCX for group accident insurance: named employee, injury (finger amputation), hospital")
def m():
    body = f"""Hallo Jasper,

für dich zur Anlage des Vorgangs in der Gruppenunfall. Die Firma hat die
Unfallanzeige geschickt; die BG ist auch informiert. Bitte Arztbericht beim
Klinikum anfordern (Schweigepflichtentbindung fehlt noch – bitte beim
Versicherten selbst einholen, nicht über den Arbeitgeber).

Nele

-------- Weitergeleitete Nachricht --------
Von: Personalabteilung Ostfriesische Holzbau GmbH <personal@ostfriesische-holzbau.example>
Datum: 21.05.2026 14:02
Betreff: Unfallmeldung Gruppenunfallversicherung GU 33 040 118
An: unfall@{DOMAIN}

Sehr geehrte Damen und Herren,

wir melden einen Arbeitsunfall unseres Mitarbeiters Herrn Tiemo Dreesmann
(Zimmerer, geb. 14.09.1996). Er ist am 19.05.2026 auf der Baustelle in
Hesel mit der linken Hand in die Kreissäge geraten. Das Endglied des linken
Zeigefingers wurde amputiert, der Mittelfinger ist verletzt. Er wurde im
Klinikum Emsmündung in der Handchirurgie operiert und ist noch stationär.

Die ausgefüllte Unfallanzeige hängt an.

Mit freundlichen Grüßen
Rieke Tapken, Personal
"""
    m = M(who("tammen"), f"Jasper Onken <jasper.onken@{DOMAIN}>",
          "WG: Unfallmeldung Gruppenunfallversicherung GU 33 040 118", "2026-05-22 08:30", body)
    doc = docx([
        ("h", "Unfallanzeige – Gruppenunfallversicherung"),
        ("t", [["Feld", "Angabe"],
               ["Versicherungsnehmer", "Ostfriesische Holzbau GmbH, Hesel"],
               ["Vertrag", "GU 33 040 118"],
               ["Verletzte Person", "Tiemo Dreesmann, geb. 14.09.1996, Zimmerer"],
               ["Anschrift", "Kirchweg 9, 26835 Hesel"],
               ["Unfalltag / Uhrzeit", "19.05.2026, ca. 10:40 Uhr"],
               ["Unfallort", "Baustelle Neubau Kita Hesel"],
               ["Hergang", "Beim Zuschnitt einer Dachlatte an der Tischkreissäge abgerutscht"],
               ["Verletzung", "Teilamputation Endglied Zeigefinger links, Schnittverletzung Mittelfinger links mit Sehnenbeteiligung"],
               ["Erstversorgung", "Rettungsdienst, Klinikum Emsmündung (Handchirurgie), stationär seit 19.05.2026"],
               ["Zeugen", "Polier Gerd Abbas"],
               ["Arbeitsunfähig", "ja, voraussichtlich mehrere Wochen"]]),
        "Ort, Datum: Hesel, 21.05.2026 · Unterschrift Arbeitgeber: R. Tapken",
    ], title="Unfallanzeige Dreesmann", author="Rieke Tapken", date="2026-05-21 13:50")
    return att(m, "Unfallanzeige_Dreesmann_2026-05-19.docx", doc)


@mail(N, "en", "insurer-to-partner",
      "trap: sampling plan for the external audit of claims reserves – methods, strata, dates; files viewed on site, no person in the mail")
def m():
    body = f"""Dear Ms Okafor,

As agreed in the planning meeting, here is our proposal for the sampling of
claims files for the audit of the 2026 half-year reserves:

  Population: open claims as at 30 June 2026, all companies
  Strata:     motor, property, liability, health (large claims only),
              disability income, accident
  Method:     monetary unit sampling within each stratum, confidence 95 %,
              tolerable misstatement EUR 1.5m; plus all claims above
              EUR 500k (approx. 40 files)
  Expected sample size: 180-210 files

Access: your team will review the selected files on site in Emden (room
"Delft") on 20-24 July, using read-only accounts in the claims system.
Copies of health or disability files will not leave the building; for
those we provide redacted extracts on request.

The list of selected claim numbers will be generated on 3 July with the
random seed you provide, so that the selection is reproducible.

Kind regards
Priya Raman
Actuarial & Reinsurance · Lotsenhaus Versicherungsgruppe
"""
    return M(who("raman"), "Adaeze Okafor <a.okafor@tidewater-audit.example>",
             "HY 2026 audit – claims file sampling plan", "2026-05-22 11:00", body)


@mail(C, "de", "insurer-to-customer",
      "legal expenses for a named employee's wage claim: employer, hourly wage, unpaid overtime, claim number; no health data")
def m():
    body = f"""Sehr geehrter Herr Hibben,

wir bestätigen Versicherungsschutz aus Ihrer Rechtsschutzversicherung
(RS 55 102 660, Arbeits-Rechtsschutz) für die Geltendmachung Ihrer
Überstundenvergütung gegenüber Ihrem Arbeitgeber, der Fehnspedition Weerts
GmbH & Co. KG.

Nach Ihren Unterlagen geht es um 186 Überstunden aus dem Zeitraum Oktober
2025 bis März 2026 bei einem Stundenlohn von 19,40 EUR brutto, also
3.608,40 EUR brutto. Ihr Monatsgehalt beträgt laut Lohnabrechnung 3.362,67
EUR brutto.

Bitte beachten Sie die Ausschlussfrist in § 14 Ihres Arbeitsvertrags: Ansprüche
müssen innerhalb von drei Monaten schriftlich geltend gemacht werden. Für die
Überstunden aus Oktober und November könnte diese Frist bereits abgelaufen
sein – das prüft Ihr Anwalt.

Unser Zeichen: RS-2026-02544 · Selbstbeteiligung 150 EUR.

{sig('albers')}
"""
    return M(who("albers"), "Malte Hibben <malte.hibben@gmx.example>",
             "Ihre Überstundenvergütung – Deckungszusage RS-2026-02544", "2026-05-26 10:15", body)


@mail(N, "de", "insurer-to-hospital",
      "trap: test file (CSV) for a hospital e-invoice interface containing only fictitious test patients")
def m():
    body = f"""Hallo Herr Mansholt,

für den Test der neuen Rechnungsschnittstelle (XRechnung-Anhang mit
Falldaten) schicke ich Ihnen unsere Testdatei. Sie enthält ausschließlich
fiktive Testpatienten mit Geburtsdatum 01.01.1900 und Versicherungsnummern
aus dem reservierten Testbereich KV 0000 …

Bitte spielen Sie die Datei in Ihr Testsystem ein und schicken uns die
erzeugten Rechnungen an edi-test@{DOMAIN}. Echte Patientendaten bitte
auch im Test nicht verwenden.

Testfälle:
  T01 Regelfall DRG, ohne Wahlleistungen
  T02 Wahlleistung Einbettzimmer und Chefarzt
  T03 Fall mit Verlegung
  T04 Storno und Neuberechnung
  T05 fehlerhafte Versicherungsnummer (muss abgewiesen werden)

Viele Grüße
Okke Poppinga
IT-Servicedesk / Anwendungsbetreuung · Durchwahl 4410
"""
    m = M(who("poppinga"), "Holger Mansholt <it-leitung@klinikum-emsmuendung.example>",
          "Testdatei E-Rechnung Klinikum – fiktive Testfälle", "2026-05-26 14:40", body, cc=who("aden"))
    rows = [["testfall", "name", "vorname", "geburtsdatum", "versicherungsnummer", "aufnahme", "entlassung", "drg", "wahlleistung", "erwartet"],
            ["T01", "Testpatient", "Erika", "01.01.1900", "KV 0000 0000 01", "01.06.2026", "05.06.2026", "G24C", "nein", "OK"],
            ["T02", "Testpatient", "Max", "01.01.1900", "KV 0000 0000 02", "02.06.2026", "09.06.2026", "I47B", "EZ+CA", "OK"],
            ["T03", "Testpatient", "Otto", "01.01.1900", "KV 0000 0000 03", "03.06.2026", "04.06.2026", "F62C", "nein", "OK (Verlegung)"],
            ["T04", "Testpatient", "Erika", "01.01.1900", "KV 0000 0000 01", "01.06.2026", "05.06.2026", "G24C", "nein", "Storno"],
            ["T05", "Testpatient", "Fehler", "01.01.1900", "KV 9999 9999 99", "04.06.2026", "06.06.2026", "E77I", "nein", "ABWEISUNG"]]
    return att(m, "testfaelle_erechnung_v1.csv", csvtext(rows))

@mail(N, "de", "insurer-to-customer",
      "trap: prospect asks generally about dental supplement cover for her family; generic product answer, no contract and no health data")
def m():
    body = f"""Guten Tag Frau Kramer,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gern
beantworte ich Ihre Fragen:

1. Ab wann gilt der Schutz?
   Bei LH-Zahn 70 und LH-Zahn Plus gibt es keine Wartezeit. In den ersten
   vier Jahren sind die Leistungen für Zahnersatz aber begrenzt
   (Zahnstaffel: 1.000 EUR im ersten Jahr, 2.000 EUR in den ersten zwei
   Jahren usw.).

2. Können Kinder mitversichert werden?
   Ja, jedes Kind erhält einen eigenen Vertrag. Für Kinder bis 17 gibt es
   den Tarif LH-Zahn Kids mit Kieferorthopädie (bei KIG 1 und 2) für 9,90
   EUR im Monat.

3. Was ist, wenn schon eine Behandlung angeraten ist?
   Bereits angeratene oder laufende Behandlungen sind nicht versichert.
   Deshalb fragen wir im Antrag danach.

Unsere Beiträge finden Sie im Tarifrechner auf
www.lotsenhaus-versicherung.example/zahn. Einen Antrag können Sie dort
direkt online stellen, oder ich schicke Ihnen die Unterlagen per Post.

{sig('ubben')}
"""
    return M(who("ubben"), "Sabine Kramer <sabine.kramer@online.example>",
             "Ihre Anfrage zur Zahnzusatzversicherung", "2026-05-27 09:40", body)


@mail(C, "en", "insurer-to-customer",
      "electronics insurance claim: named customer's laptop, serial number, repair costs, claim number and IBAN")
def m():
    body = f"""Dear Ms Nakamura,

Good news: the repair shop confirmed that your laptop can be repaired. We
will cover the costs under your electronics insurance:

  Policy: EL 16 330 871
  Claim: H-2026-005877
  Device: Apple MacBook Air 13" (2024), serial C02XK4Q7JH9F
  Damage: liquid damage (tea), keyboard and logic board
  Repair quote iFix Emden: EUR 689.00
  Your excess: EUR 50.00
  Payment: EUR 639.00

The amount will be paid to IBAN DE88 5030 7114 9443 3820 70 (account holder
Yuki Nakamura) as soon as you send us the final repair invoice.

{sig('eilers', 'en')}
"""
    return M(who("eilers"), "Yuki Nakamura <yuki.nakamura@icloud.example>",
             "Laptop claim H-2026-005877 – repair approved", "2026-05-27 13:05", body)


@mail(S, "en", "insurer-to-customer",
      "critical-illness claim of a named customer: myocardial infarction, hospital treatment, lump sum paid")
def m():
    body = f"""Dear Mr Sutherland,

We are glad to hear that you are recovering well from your heart attack.

We have reviewed the documents from the Herzzentrum Oldenburg-Nord and your
cardiologist. They confirm an acute myocardial infarction on 2 April 2026
with typical ECG changes and a troponin rise, treated with two stents.
This meets the definition of "heart attack" in your critical illness policy
(LV-9910233-01, sum insured EUR 80,000).

We will therefore pay the full lump sum of EUR 80,000.00 to your account
within the next five working days. The policy ends with this payment, as it
covers one claim only; your separate term life policy is not affected.

If you have any questions about the cardiac rehab or your premiums, please
call me.

{sig('cassens', 'en')}
"""
    return M(who("cassens"), "Ewan Sutherland <ewan.sutherland@outlook.example>",
             "Your critical illness claim – payment", "2026-05-28 10:50", body)


@mail(N, "de", "internal",
      "trap: budget plan (XLSX) for provider management – contract costs, portal licences, hospital audits; no person")
def m():
    body = f"""Hallo Frau Memmen,

wie gewünscht die Budgetplanung 2027 für das Leistungserbringermanagement
(Kostenstelle 4120). Größte Veränderungen:

  - Portal-Lizenzen steigen wegen der neuen Apothekenanbindung um 38 TEUR
  - externe Kodiergutachten Krankenhaus: +25 TEUR (mehr Beanstandungen)
  - Provider Day 2027: 18 TEUR (2026 einmalig 12 TEUR)

Die erwarteten Einsparungen aus Direktabrechnung und Rechnungsprüfung habe
ich im zweiten Blatt getrennt ausgewiesen, wie im Vorjahr.

Viele Grüße
Tjark Behrends
Leistungserbringermanagement · Durchwahl 2305
"""
    m = M(who("behrends"), f"Insa Memmen <insa.memmen@{DOMAIN}>",
          "Budgetplanung 2027 – KSt 4120", "2026-06-01 16:10", body)
    s1 = [["Position", "Ist 2025", "Plan 2026", "Plan 2027", "Kommentar"],
          ["Personalkosten (8,5 VZÄ)", 612000, 648000, 671000, "Tarifsteigerung"],
          ["Leistungserbringerportal Lizenzen", 94000, 102000, 140000, "Apothekenanbindung"],
          ["Externe Kodiergutachten", 71000, 80000, 105000, ""],
          ["Reisekosten Vertragsgespräche", 14500, 16000, 16000, ""],
          ["Provider Day", 0, 12000, 18000, ""],
          ["Summe", 791500, 858000, 950000, ""]]
    s2 = [["Einsparungen", "Ist 2025", "Plan 2026", "Plan 2027"],
          ["Krankenhausrechnungsprüfung", 3410000, 3500000, 3700000],
          ["Direktabrechnung Arzneimittel", 0, 420000, 900000],
          ["Heilmittel-Höchstbeträge", 610000, 640000, 660000]]
    return att(m, "Budget_2027_KSt4120.xlsx", xlsx([("Kosten", s1), ("Einsparungen", s2)],
                                                   author="Tjark Behrends", date="2026-06-01 15:50"))


@mail(C, "en", "insurer-to-customer",
      "motor theft claim: named customer's car, plate, VIN, police reference, keys, policy and claim number")
def m():
    body = f"""Dear Mr Moreira,

We have registered the theft of your car:

  Policy: KF 66 312 590 (comprehensive cover)
  Claim: K-2026-010244
  Vehicle: Toyota RAV4 Hybrid, EMD-RM 808, VIN JTMW43FV60D067318
  Stolen: night of 29/30 May 2026 from the street in front of
  Friesenstraße 12, Emden
  Police reference: 2026-0530-0931

Next steps:
  1. Please send us both original keys by registered mail. This is
     required in every theft claim.
  2. Please sign the enclosed statement on the theft and the ownership
     transfer (in the portal).
  3. We wait one month. If the car is not found by 30 June, we pay the
     replacement value determined by our appraiser, minus your EUR 300
     excess, and the outstanding loan to Toyota Bank directly.

If the police contact you about the car, please tell us straight away.

{sig('hinrichs', 'en')}
"""
    return M(who("hinrichs"), "Rui Moreira <rui.moreira@sapo.example>",
             "Theft of your car – claim K-2026-010244", "2026-06-02 09:12", body)


@mail(S, "de", "insurer-to-customer",
      "legal expenses: criminal proceedings against a named customer for assault (special category: alleged criminal offence); cover partly refused")
def m():
    body = f"""Sehr geehrter Herr Brunken,

Sie haben uns die Ladung des Amtsgerichts Leer vom 22.05.2026 geschickt.
Danach wirft Ihnen die Staatsanwaltschaft Aurich (Az. 310 Js 4471/26) vor,
am 14.03.2026 vor einer Gaststätte in Leer einen anderen Mann geschlagen und
ihm dabei das Nasenbein gebrochen zu haben (vorsätzliche Körperverletzung,
§ 223 StGB).

Ihr Straf-Rechtsschutz (RS 55 088 214) übernimmt die Kosten der
Verteidigung bei Vorwürfen vorsätzlicher Straftaten zunächst vorläufig.
Werden Sie rechtskräftig wegen einer vorsätzlichen Tat verurteilt, müssen
Sie uns die Kosten erstatten (§ 2 i) ARB). Bei einem Freispruch oder einer
Einstellung ohne Auflage bleibt es bei der Kostenübernahme.

Ihr Verteidiger, Herr Rechtsanwalt Aden, kann sich mit unserem Zeichen
RS-2026-02710 direkt an uns wenden.

{sig('albers')}
"""
    return M(who("albers"), "Finn Brunken <finn.brunken@web.example>",
             "Ihr Strafverfahren – vorläufige Kostenübernahme RS-2026-02710", "2026-06-02 14:00", body)


@mail(N, "en", "insurer-to-broker",
      "trap: webinar invitation (ICS) for international brokers on travel health products – no client data")
def m():
    body = f"""Dear partners,

Summer is here, and with it the questions about travel health cover for
long stays abroad. Join our 45-minute webinar:

  "Travel health for digital nomads, students and au pairs"
  Wednesday, 17 June 2026, 15:00-15:45 CEST, Microsoft Teams

We will cover:
  - the difference between travel health (up to 8 weeks), long-stay travel
    health (up to 5 years) and our international health plans
  - pre-existing conditions: what is covered in an emergency
  - how repatriation works and who decides
  - the new online application for au pairs

No registration needed – the link is in the calendar invitation attached.

Kind regards
Marten Buss
Travel Insurance & Assistance · Lotsenhaus Versicherungsgruppe
"""
    m = M(who("buss"), box("makler-international", "International broker partners"),
          "Webinar 17 June: travel health for long stays", "2026-06-03 08:30", body, cc=who("saathoff"))
    ics = f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lotsenhaus Versicherungsgruppe//Travel//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-travel-health-20260617@{DOMAIN}
DTSTAMP:20260603T063000Z
DTSTART:20260617T130000Z
DTEND:20260617T134500Z
SUMMARY:Webinar: Travel health for digital nomads\\, students and au pairs
DESCRIPTION:Join via Microsoft Teams: https://teams.example/l/meetup-join/lotsenhaus-travel-0617
LOCATION:Microsoft Teams
ORGANIZER;CN=Marten Buss:mailto:marten.buss@{DOMAIN}
END:VEVENT
END:VCALENDAR
"""
    return att(m, "webinar_travel_health_2026-06-17.ics", ics)


@mail(C, "de", "insurer-to-customer",
      "dog-owner liability: named customer's dog bit another dog, its owner named, vet bill (animal health), claim number; reply with quote")
def m():
    body = f"""Hallo Frau Tjarks,

danke für die Rechnung der Tierarztpraxis. Wir übernehmen aus Ihrer
Hundehalter-Haftpflicht (TH 18 220 615) die Behandlungskosten für den Hund
von Herrn Edzard Wilts:

  Schaden: H-2026-006003
  Tierarztpraxis Dr. Meyer-Rass, Aurich, Rechnung vom 30.05.2026:
  Wundversorgung unter Sedierung (Bisswunde Nacken), Antibiotikum,
  Nachkontrolle – 418,73 EUR

Wir zahlen direkt an Herrn Wilts. Sie haben eine Selbstbeteiligung von
150 EUR; die stellen wir Ihnen gesondert in Rechnung.

Viele Grüße
Jan-Hendrik Eilers
Schaden Sach/Haftpflicht · Telefon 04921 8870-3240

Am 01.06.2026 um 18:22 schrieb Jette Tjarks:
> Hallo Herr Eilers, hier die Tierarztrechnung von Herrn Wilts für seinen
> Beagle. Es tut mir so leid, Kalle hat sich einfach losgerissen. Den
> beiden Hunden geht es aber wieder gut. LG Jette Tjarks
"""
    return M(who("eilers"), "Jette Tjarks <jette.tjarks@gmx.example>",
             "Re: Tierarztrechnung Herr Wilts", "2026-06-03 11:20", body, flowed=True)


@mail(N, "en", "insurer-to-pharmacy",
      "trap: contract terms with a Dutch mail-order pharmacy for chronic medication delivery to expat members – process and prices, no patient")
def m():
    body = f"""Dear Mr de Graaf,

Thank you for the constructive meeting in Venlo. Here is a summary of the
terms we agreed for the pilot with Apotheek De Vaart:

  1. Scope: delivery of chronic medication (3-month supplies) to members
     of our international health plans in the EU, Switzerland and Norway.
  2. Ordering: the member sends the prescription directly to you; you check
     eligibility via our provider API (member ID + date of birth, response
     "covered / not covered" only).
  3. Billing: monthly collective invoice in EUR, itemised per delivery with
     member ID; prices at the Dutch list price minus 6 %.
  4. Shipping: free for the member; cold-chain products in validated boxes.
  5. Data protection: each party is controller for its own processing; no
     diagnoses are sent to us, only the product and quantity.
  6. Pilot: 1 September 2026 to 31 August 2027, 50-500 members.

Our legal team will send the draft contract by the end of June.

Kind regards
Reemt Ihnen
Provider Contracts (pharmacy, therapy, aids) · Lotsenhaus Versicherungsgruppe
"""
    return M(who("ihnen"), "Bas de Graaf <b.degraaf@vaart-apotheek.example>",
             "Pilot mail-order pharmacy – summary of terms", "2026-06-04 12:30", body, cc=who("boekhoff"))


@mail(N, "en", "internal",
      "trap: minutes of the international health team meeting – KPIs, backlog, staffing, process changes; no member")
def m():
    body = """Minutes - International Health team meeting, 4 June 2026
Present: Claire (chair), Maike, Marten, Arend (item 3), Bente, Jonas
Minutes: Bente

1. KPIs May
   - 2,318 claims received, 2,106 settled; average 6.1 working days
   - guarantees of payment: 214, 96 % within 4 hours
   - backlog: 312 claims older than 10 days (April: 455)

2. Staffing
   - new colleague for French/Portuguese starts 1 July
   - summer cover plan: max. two people off at the same time

3. Medical questions
   - Arend asks that pre-approval requests for oncology always go to him
     before approval, even within the network.
   - second-opinion service: contract with the university hospital signed.

4. Process
   - from 1 July guarantees of payment go to hospitals through the provider
     portal only; TLS mail remains fallback for network hospitals.
   - remittance advices as CSV from 1 June (done).

Next meeting: 2 July 2026.
"""
    return M(f"Bente Reents <bente.reents@{DOMAIN}>", box("team-international", "Team International"),
             "Minutes team meeting 4 June", "2026-06-04 16:40", body)


@mail(C, "en", "insurer-to-company",
      "fidelity insurance: ODS list of a company's named employees with payment authority and their annual salaries")
def m():
    body = f"""Dear Mr Fairbairn,

For the renewal of the fidelity (crime) policy of Ems Offshore Services
Ltd we need to set the per-person sub-limits. Thank you for the list of
employees with payment authority; I have added our proposed sub-limits in
the last column (attached).

As agreed, the salaries are used only to check that the sub-limits are
proportionate; they will not be stored in the policy system.

Kind regards
Hauke Meyerhoff
Commercial Clients · +49 4921 8870-1610
"""
    m = M(who("meyerhoff"), "Alan Fairbairn <hr@ems-offshore.example>",
          "Fidelity renewal – sub-limits per person", "2026-06-05 10:05", body)
    rows = [["Employee", "Position", "Payment authority", "Annual salary (GBP)", "Proposed sub-limit (GBP)"],
            ["Fiona Grant", "Finance Director", "unlimited (dual control)", 118000, 500000],
            ["Robert Mackay", "Financial Controller", "up to 250,000", 86500, 250000],
            ["Aisha Rahman", "Accounts Payable Lead", "up to 50,000", 48200, 100000],
            ["Liam O'Neill", "Payroll Officer", "payroll runs", 41750, 100000],
            ["Karolina Nowak", "Treasury Assistant", "up to 20,000", 36900, 50000]]
    return att(m, "fidelity_payment_authority_2026.ods",
               ods([("Authority", rows)], title="Fidelity sub-limits", author="Alan Fairbairn", date="2026-06-05 09:40"))


@mail(S, "en", "insurer-to-customer",
      "follow-up review of a named insured's disability benefit: depression, therapy status, request for current medical report; quoted member mail")
def m():
    body = f"""Dear Ms Evans,

Thank you for your quick reply, and please don't worry: this review is a
routine step we take every two years for all disability benefits. Your
benefit continues to be paid while we review.

As you write that you are still in psychotherapy and taking medication for
the depression, a short report from your psychiatrist, Dr. Rahel Ukena,
will be enough. We will send her a questionnaire with your consent form;
the fee is paid by us. Please do not send us your therapy notes.

If you have started working part-time in the meantime, please also let us
know how many hours.

{sig('cassens', 'en')}

On Mon, 8 Jun 2026 at 20:12, Carys Evans <carys.evans@gmail.example> wrote:
> Dear Mr Cassens,
> I received your letter about the review of my disability pension
> (LV-8805513-04). I am still seeing my therapist weekly and Dr Ukena has
> increased the dose of my antidepressant in March after a bad winter. I am
> not able to go back to teaching yet. What exactly do you need from me?
> Best wishes, Carys Evans
"""
    return M(who("cassens"), "Carys Evans <carys.evans@gmail.example>",
             "Re: Review of your disability benefit LV-8805513-04", "2026-06-09 09:30", body)


@mail(N, "de", "insurer-to-partner",
      "trap: bank coordination on a new SEPA XML version for direct debits; only the insurer's own company account and creditor ID")
def m():
    body = f"""Sehr geehrter Herr Folkerts,

wie angekündigt stellen wir zum 13. Juli 2026 die Einreichung unserer
SEPA-Lastschriften auf das Format pain.008.001.08 um. Betroffen ist unser
Beitragseinzugskonto:

  Kontoinhaber: Lotsenhaus Krankenversicherung AG
  IBAN: DE04 6545 2652 0456 1910 13
  Gläubiger-ID: DE91LHK00000448120

Wir möchten am 29. Juni eine Testdatei mit 10 Testlastschriften über je
0,01 EUR auf unser eigenes Testkonto einreichen. Bitte bestätigen Sie, dass
die Datei über EBICS mit der Auftragsart CDD (BTF: SDD/DE/pain.008) verarbeitet
wird und welche Cut-off-Zeiten für COR1 gelten.

Ansprechpartner für die Technik bei uns ist Herr Poppinga (Durchwahl 4410).

Mit freundlichen Grüßen
Wenke Bruhns
Finanzen / Zahlungsverkehr · Lotsenhaus Versicherungsgruppe
Telefon 04921 8870-1810
"""
    return M(f"Wenke Bruhns <wenke.bruhns@{DOMAIN}>", "Eike Folkerts <firmenkunden@sparkasse-emden.example>",
             "Umstellung SEPA-Lastschrift auf pain.008.001.08", "2026-06-09 14:15", body,
             cc=who("poppinga"))


@mail(C, "de", "insurer-to-customer",
      "water damage in a named customer's house with the adjuster's report (PDF): address, policy, claim number, costs")
def m():
    body = f"""Sehr geehrte Familie Reiners,

anbei der Bericht unseres Sachverständigen zum Leitungswasserschaden in
Ihrem Haus. Wir übernehmen die Kosten wie im Bericht empfohlen; Sie können
die Handwerker beauftragen.

{sig('eilers')}
"""
    m = M(who("eilers"), "Familie Reiners <reiners.familie@ewe-net.example>",
          "Ihr Leitungswasserschaden H-2026-005520 – Gutachten", "2026-06-10 11:00", body)
    doc = pdf([
        "# Sachverständigenbüro Ubbo Rewerts · Bausachverständiger",
        "Kurzgutachten im Auftrag der Lotsenhaus Allgemeine Versicherung AG",
        "",
        "Schadennummer: H-2026-005520      Wohngebäudeversicherung: WG 20 812 066",
        "Versicherungsnehmer: Gerrit und Marion Reiners",
        "Risikoort: Deichstraße 27, 26736 Krummhörn-Greetsiel",
        "Ortstermin: 04.06.2026",
        "",
        "## Schadenursache",
        "Korrodierte Pressfitting-Verbindung der Warmwasserleitung im Badezimmer OG (Vorwandinstallation). "
        "Austretendes Wasser hat den Estrich im Bad und im angrenzenden Schlafzimmer durchfeuchtet und die Decke "
        "im Wohnzimmer EG beschädigt.",
        "",
        "## Kosten (netto)",
        "Leckortung und Öffnung der Vorwand                    640,00 EUR",
        "Technische Trocknung (3 Wochen)                     2.180,00 EUR",
        "Erneuerung Fitting, Verschließen der Vorwand, Fliesen   1.420,00 EUR",
        "Decke Wohnzimmer spachteln und streichen               890,00 EUR",
        "Laminat Schlafzimmer (18 m²)                         1.060,00 EUR",
        "Summe                                                6.190,00 EUR",
        "",
        "Empfehlung: Regulierung in voller Höhe abzüglich Selbstbeteiligung.",
    ], title="Kurzgutachten H-2026-005520", author="Ubbo Rewerts", date="2026-06-08 17:20")
    return att(m, "Kurzgutachten_H-2026-005520.pdf", doc)


@mail(S, "de", "insurer-to-broker",
      "answer to a broker's risk pre-inquiry for a named client: Hashimoto thyroiditis, ADHD medication, past knee surgery – underwriting terms")
def m():
    body = f"""Hallo Frau Rewerts,

zu Ihrer Risikovoranfrage BU für Ihre Kundin Frau Imke Janssen
(geb. 03.03.1992, Grundschullehrerin, BU-Rente 1.800 EUR, Endalter 67)
können wir nach Auswertung der Selbstauskunft und der Arztberichte
folgendes Votum geben:

  - Hashimoto-Thyreoiditis, medikamentös gut eingestellt (L-Thyroxin
    75 µg), Werte stabil: ohne Zuschlag, ohne Ausschluss
  - ADHS, Diagnose 2021, Methylphenidat seit 2021, keine
    Arbeitsunfähigkeiten, keine psychotherapeutische Behandlung in den
    letzten 3 Jahren: Zuschlag 15 %
  - Z. n. Arthroskopie rechtes Knie 2019 (Meniskusteilresektion), seither
    beschwerdefrei: Ausschluss rechtes Kniegelenk, nach 3 Jahren
    Beschwerdefreiheit auf Antrag überprüfbar

Das Votum gilt drei Monate, sofern sich am Gesundheitszustand nichts
ändert. Bitte reichen Sie den Antrag mit Bezug auf RVA-2026-03318 ein.

Die Arztberichte Ihrer Kundin haben wir aus dem Portal übernommen; bitte
senden Sie uns künftig keine Unterlagen per E-Mail.

{sig('rademacher')}
"""
    return M(who("rademacher"), "Tomke Rewerts <admin@finanzkontor-upstalsboom.example>",
             "[streng vertraulich] Risikovoranfrage RVA-2026-03318", "2026-06-11 08:55", body)

@mail(N, "en", "newsletter",
      "trap: HTML-only travel newsletter with vaccination and travel-health tips – general advice, no individual")
def m():
    html = """<html><head><meta charset="utf-8"><title>Lotsenhaus Travel Letter</title></head>
<body style="font-family:Georgia,serif;max-width:620px;margin:auto;color:#1b2733">
<h1 style="font-size:24px;color:#0b4f6c">Before you go: five health tips for summer travel</h1>
<p>Whether it's a beach in Thailand or a hiking trail in Peru &ndash; a little preparation saves a lot of trouble.</p>
<ol>
<li><b>Check your vaccinations</b> six to eight weeks before departure. Tetanus, diphtheria and polio should be up to date everywhere;
hepatitis A is recommended for most destinations outside Northern Europe.</li>
<li><b>Dengue and malaria:</b> use mosquito repellent with DEET or icaridin, especially at dawn and dusk.
Ask a travel medicine clinic whether malaria prophylaxis makes sense for your route.</li>
<li><b>Pack a travel pharmacy:</b> plasters, disinfectant, painkillers, oral rehydration salts, sunscreen.</li>
<li><b>Carry your insurance card</b> and save our 24h assistance number: +49 4921 8870-2500.</li>
<li><b>Pre-existing conditions?</b> Take a doctor's letter in English and enough medication for the whole trip.</li>
</ol>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6f0f4"><th>Region</th><th>Commonly recommended (ask your doctor)</th></tr>
<tr><td>Southeast Asia</td><td>Hepatitis A, typhoid, Japanese encephalitis (rural, long stays)</td></tr>
<tr><td>East Africa</td><td>Hepatitis A, typhoid, yellow fever (entry requirement in some countries)</td></tr>
<tr><td>South America</td><td>Hepatitis A, yellow fever (Amazon region)</td></tr>
</table>
<p style="font-size:12px;color:#667">General information, not medical advice. Lotsenhaus Versicherungsgruppe, Ratsdelft 7-9, 26721 Emden.
<a href="https://www.lotsenhaus-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return M(box("newsletter", "Lotsenhaus Travel"), box("travel-letter-subscribers", "Travel Letter subscribers"),
             "Before you go: five health tips for summer travel", "2026-06-12 07:00",
             html=html, html_only=True, cte="quoted-printable", headers=[("Precedence", "bulk")])


@mail(C, "en", "insurer-to-customer",
      "confirmation of a named customer's new address and new bank details (IBAN) for her contracts")
def m():
    body = f"""Dear Ms Petrova,

Thank you for letting us know about your move. We have updated all your
contracts (household HR 30 701 442, personal liability PH 10 604 118,
legal expenses RS 55 160 093):

  New address: Elena Petrova, Am Stadtgarten 6, 26603 Aurich
  (previously Lookvenne 21, 26725 Emden), valid from 1 July 2026

  New account for premium payments:
  IBAN DE66 4126 2959 7063 0369 84, account holder Elena Petrova
  SEPA mandate reference LH-PET-2026-02

Your household insurance moves with you; the sum insured stays the same
because the new flat has the same size (64 m²). The premium for the new
postcode is EUR 3.40 lower per year.

{sig('ubben', 'en')}
"""
    return M(who("ubben"), "Elena Petrova <elena.petrova@mail.example>",
             "Your change of address and bank details", "2026-06-12 10:25", body)


@mail(S, "de", "insurer-to-customer",
      "base64 body: cost approval for a named insured's follow-up rehabilitation after knee replacement, clinic, duration")
def m():
    body = f"""Sehr geehrte Frau Onnen,

gute Nachrichten: Wir übernehmen die Kosten für Ihre
Anschlussheilbehandlung nach der Knie-Totalendoprothese rechts, die am
10.06.2026 im Klinikum Emsmündung eingesetzt wurde.

  Versicherte Person: Heike Onnen, geb. 12.10.1957, KV 4408 2219 73
  Reha-Einrichtung: Fachklinik Utlandshörn, orthopädische Abteilung
  Aufnahme: 18.06.2026, Dauer zunächst 21 Tage
  Kostenzusage: Pflegesatz 178,00 EUR/Tag, Unterbringung im Einbettzimmer
  nach Ihrem Tarif LH-Stationär 1

Eine Verlängerung muss die Klinik bei uns beantragen, mit kurzer
ärztlicher Begründung. Die Fahrtkosten für die Hin- und Rückfahrt mit dem
Taxi übernehmen wir, weil Sie nach der Operation noch nicht selbst
fahren dürfen.

Gute Besserung!

{sig('oltmanns')}
"""
    return M(who("oltmanns"), "Heike Onnen <heike.onnen@t-online.example>",
             "Kostenzusage Anschlussheilbehandlung", "2026-06-15 11:32", body, cte="base64")


@mail(N, "de", "insurer-to-customer",
      "trap: portal registration mail with a one-time activation code – no name, no contract, no personal data")
def m():
    body = """Guten Tag,

Sie haben sich soeben für Lotsenpost, das sichere Postfach der Lotsenhaus
Versicherungsgruppe, registriert.

Ihr Aktivierungscode lautet:  784 219

Der Code ist 30 Minuten gültig. Geben Sie ihn auf der Registrierungsseite
ein und legen Sie anschließend Ihr persönliches Passwort und eine
Sicherheitsfrage fest.

Falls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.
Ihre Daten werden dann nach 24 Stunden gelöscht.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Ihr Lotsenhaus-Team

--
Diese Nachricht wurde automatisch erstellt. Antworten werden nicht gelesen.
"""
    return M(box("noreply-lotsenpost", "Lotsenpost"), "h.ahrends@outlook.example",
             "Ihr Aktivierungscode für Lotsenpost", "2026-06-15 19:47", body,
             headers=[("Auto-Submitted", "auto-generated")])


@mail(C, "en", "insurer-to-broker",
      "premium arrears on a named private landlord's residential building insurance via broker: address, amounts, dunning stage")
def m():
    body = f"""Dear James,

A quick heads-up about your client Mr Graham Whitley, who owns the
apartment building at Kranstraße 4 in Emden:

  Policy: WG 20 655 180 (residential buildings, 6 units)
  Annual premium due 1 May 2026: EUR 2,864.30
  Status: unpaid; direct debit returned on 4 May ("account closed")
  Reminder sent to Mr Whitley on 20 May; formal notice under § 38 VVG
  sent today, payment deadline 30 June 2026

If the premium is not paid by then, we will not be liable for any damage
that occurs after the deadline, and we may cancel the policy. For a
building with tenants that would be a real problem, so perhaps you can
reach him. If he has a new account, a new SEPA mandate through your portal
is the quickest way.

Best regards
Wiebke Saathoff
Broker Support · Lotsenhaus Versicherungsgruppe · +49 4921 8870-1520
"""
    return M(who("saathoff"), "James Thornbury <j.thornbury@harrowvane.example>",
             "Premium arrears – Whitley, Kranstraße 4", "2026-06-16 09:10", body)


@mail(S, "de", "internal",
      "body harmless; ZIP with a named applicant's health questionnaire (DOCX), lab values (CSV) and a GP letter (PDF) for the medical officer")
def m():
    body = """Hallo Arend,

anbei die Unterlagen zum Antrag BU-A-2026-02981 als ZIP (Portal-Export).
Ich bräuchte dein Votum bis Freitag – der Makler drängelt.

Danke
Gesa
"""
    m = M(who("rademacher"), who("siebels"), "Votum BU-A-2026-02981", "2026-06-16 13:40", body)
    q = docx([
        ("h", "Gesundheitsfragen – Antrag BU-A-2026-02981"),
        "Antragsteller: Lars Eeten, geb. 27.06.1986, Elektroniker für Betriebstechnik, Papenburg",
        ("t", [["Frage", "Antwort", "Erläuterung"],
               ["Behandlungen letzte 5 Jahre", "ja", "Bluthochdruck seit 2022, Candesartan 8 mg"],
               ["Psychotherapie letzte 10 Jahre", "ja", "2019 12 Sitzungen wegen Burn-out, abgeschlossen"],
               ["Krankenhausaufenthalte", "ja", "2023 Gallenblasen-OP (laparoskopisch)"],
               ["Arbeitsunfähigkeit > 14 Tage", "ja", "2019 sechs Wochen (Burn-out)"],
               ["BMI", "31,2", "Größe 1,84 m, Gewicht 106 kg"]]),
    ], title="Gesundheitsfragen BU-A-2026-02981", date="2026-06-15 10:00")
    lab = csvtext([["parameter", "wert", "einheit", "referenz"],
                   ["HbA1c", "5.9", "%", "<5.7"], ["LDL", "162", "mg/dl", "<116"],
                   ["Gamma-GT", "88", "U/l", "<60"], ["Kreatinin", "0.96", "mg/dl", "0.7-1.2"]])
    gp = pdf(["# Praxis Dr. med. Remmer Fecht, Innere Medizin, Papenburg",
              "Ärztliche Auskunft für die Lotsenhaus Lebensversicherung AG",
              "Patient: Lars Eeten, geb. 27.06.1986",
              "",
              "Arterielle Hypertonie (I10.00) seit 2022, unter Candesartan 8 mg gut eingestellt (zuletzt 132/84 mmHg).",
              "Adipositas Grad I (E66.0). Erschöpfungssyndrom 2019 (Z73.0), nach Kurzzeit-Psychotherapie remittiert.",
              "Cholezystektomie 05/2023 bei symptomatischer Cholezystolithiasis, komplikationslos.",
              "Aktuell keine Arbeitsunfähigkeit. Prognose aus hausärztlicher Sicht günstig.",
              "",
              "Papenburg, 10.06.2026 · Dr. R. Fecht"],
             title="Aerztliche Auskunft Eeten", author="Dr. Remmer Fecht", date="2026-06-10 12:00")
    z = zipfile_bytes([("BU-A-2026-02981/Gesundheitsfragen.docx", q),
                       ("BU-A-2026-02981/Laborwerte.csv", lab),
                       ("BU-A-2026-02981/Hausarztauskunft.pdf", gp)], date="2026-06-16 13:30")
    return att(m, "BU-A-2026-02981_Portalexport.zip", z)


@mail(N, "de", "insurer-to-company",
      "trap: offer of company health insurance (bKV) to an employer with premiums per employee and age band (PDF) – no employee named")
def m():
    body = f"""Sehr geehrte Frau Tapken,

vielen Dank für das Gespräch über eine betriebliche Krankenversicherung für
die Beschäftigten der Ostfriesischen Holzbau GmbH. Unser Angebot finden Sie
in der Anlage.

Kurz zusammengefasst: Budgettarif „LH-Firmengesundheit 600“ – jede
Mitarbeiterin und jeder Mitarbeiter erhält ein jährliches Gesundheitsbudget
von 600 EUR für Zahnprophylaxe, Brillen, Heilpraktiker und
Vorsorgeuntersuchungen. Ohne Gesundheitsprüfung und ohne Wartezeiten,
Beitrag einheitlich 21,90 EUR pro Monat und Person, unabhängig vom Alter.

Für die Kalkulation haben wir Ihre anonymisierte Altersstruktur
(47 Beschäftigte) verwendet; Namen brauchen wir erst bei Vertragsbeginn.

{sig('meyerhoff')}
"""
    m = M(who("meyerhoff"), "Rieke Tapken <personal@ostfriesische-holzbau.example>",
          "Angebot betriebliche Krankenversicherung", "2026-06-17 10:40", body)
    doc = pdf(["# Angebot betriebliche Krankenversicherung",
               "Lotsenhaus Krankenversicherung AG für Ostfriesische Holzbau GmbH, Hesel · Angebot BKV-2026-0144",
               "",
               "## Tarif LH-Firmengesundheit 600",
               "Gesundheitsbudget 600 EUR je Kalenderjahr und versicherter Person für: professionelle Zahnreinigung, "
               "Sehhilfen, Heilpraktiker, Vorsorgeuntersuchungen außerhalb der GKV, Reiseschutzimpfungen.",
               "Keine Gesundheitsprüfung, keine Wartezeiten, Mitversicherung von Angehörigen zum gleichen Beitrag möglich.",
               "",
               "## Beitrag",
               "Einheitsbeitrag 21,90 EUR pro Person und Monat · 47 Beschäftigte · Jahresbeitrag 12.351,60 EUR",
               "Der Beitrag ist für Beschäftigte ein Sachbezug; bis 50 EUR monatlich steuer- und sozialversicherungsfrei.",
               "",
               "## Altersstruktur (anonymisiert, Angaben des Arbeitgebers)",
               "bis 29 Jahre: 12 · 30–39: 14 · 40–49: 11 · 50–59: 8 · ab 60: 2",
               "",
               "Angebot gültig bis 31.08.2026 · Vertragsbeginn frühestens 01.09.2026"],
              title="Angebot bKV Ostfriesische Holzbau", author="Hauke Meyerhoff", date="2026-06-17 10:20")
    return att(m, "Angebot_bKV_BKV-2026-0144.pdf", doc)


@mail(C, "en", "insurer-to-customer",
      "motor total loss: named customer, plate, VIN, replacement and residual value, payout and IBAN; nobody injured")
def m():
    body = f"""Dear Mr Laine,

The appraiser has assessed your car after the collision with the deer on
the L 14 (thankfully without injuries) and considers it a total loss:

  Claim: K-2026-011377, partial cover (Teilkasko), game damage
  Vehicle: Hyundai i30 Kombi, AUR-ML 86, VIN TMAH381AAKJ018842
  Replacement value:        EUR 11,400.00
  Residual value (best offer Autoverwertung Moorweg): EUR 1,650.00
  Excess:                   EUR 150.00
  Payment:                  EUR 9,600.00

If you sell the wreck to the bidder in the appraisal report, you receive
the residual value from them; otherwise tell us and we arrange the sale.

We will transfer EUR 9,600.00 to IBAN DE72 4365 4693 2203 1139 19 (account
holder Mikko Laine) once we have your signed settlement agreement.

{sig('hinrichs', 'en')}
"""
    return M(who("hinrichs"), "Mikko Laine <mikko.laine@elisa.example>",
             "Total loss settlement – K-2026-011377", "2026-06-18 14:55", body)


@mail(S, "en", "insurer-to-customer",
      "maternity cover for a named expat member: pregnancy, expected delivery date, hospital, prenatal care covered")
def m():
    body = f"""Dear Mrs Okafor-Schmidt,

Congratulations on your pregnancy! Thank you for letting us know early.

  Member: Ngozi Okafor-Schmidt, member ID IH-SG-0062231-01
  Plan: Global Care 2 with maternity module (waiting period of 10 months
  completed on 1 March 2026)
  Expected delivery date: 14 December 2026
  Planned hospital: Harbourview Medical Centre / partner maternity unit,
  Singapore

What is covered:
  - prenatal check-ups and the standard ultrasound scans
  - the nuchal translucency scan and, if your obstetrician recommends it,
    non-invasive prenatal testing (NIPT)
  - delivery including a medically necessary caesarean section, up to
    SGD 25,000
  - the newborn's care for the first 30 days; please add your baby to the
    plan within that time without health questions

Please ask the hospital to request a guarantee of payment from us four
weeks before the due date.

All the best for the coming months!

{sig('whitfield', 'en')}
"""
    return M(who("whitfield"), "Ngozi Okafor-Schmidt <ngozi.os@singnet.example>",
             "Your pregnancy – what your plan covers", "2026-06-19 08:20", body)


@mail(N, "en", "insurer-to-hospital",
      "trap: out-of-office auto-reply to a hospital billing mailbox – absence dates and general hotline, no patient or case content")
def m():
    body = f"""Thank you for your message. I am out of the office until Monday,
6 July 2026, with limited access to e-mail.

For guarantees of payment and urgent admissions, please call our 24h line
+49 4921 8870-2500 or write to international-health@{DOMAIN}.
For invoices and remittance questions: provider-billing@{DOMAIN}.

Your message will not be forwarded automatically.

Claire Whitfield
International Health – Member Services
Lotsenhaus Versicherungsgruppe
"""
    return M(who("whitfield"), "St Aidan's Private Hospital – Billing <billing@staidans-hospital.example>",
             "Automatic reply: Statement of account June 2026", "2026-06-22 07:12", body,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(C, "de", "insurer-to-customer",
      "motor premium invoice with confirmation of a named customer's SEPA mandate (IBAN), plate and policy; no health data")
def m():
    body = f"""Sehr geehrter Herr Meyer,

vielen Dank für das unterschriebene SEPA-Lastschriftmandat. Wir bestätigen:

  Kfz-Versicherung KF 66 344 021, Opel Astra Sports Tourer, WTM-HM 64
  Jahresbeitrag 2026/27: 712,48 EUR (Haftpflicht 401,10 EUR,
  Teilkasko 311,38 EUR), fällig am 01.07.2026
  Kontoinhaber: Harald Meyer
  IBAN: DE90 5550 8979 4110 2892 25
  Mandatsreferenz: LH-KF66344021-03
  Gläubiger-ID: DE91LHK00000448120

Der Betrag wird am 01.07.2026 abgebucht. Bitte sorgen Sie für Deckung,
damit keine Rücklastschriftgebühren entstehen.

{sig('ubben')}
"""
    return M(who("ubben"), "Harald Meyer <harald.meyer@web.example>",
             "Bestätigung Ihres SEPA-Mandats – KF 66 344 021", "2026-06-23 10:05", body)


@mail(S, "de", "insurer-to-customer",
      "child accident insurance: named child's school-sports accident, forearm fracture, hospital and cast; reply quoting the parent")
def m():
    body = f"""Hallo Frau de Buhr,

gute Besserung an Mats! Aus seiner Kinderunfallversicherung (UV 30 914 552)
zahlen wir:

  - Krankenhaustagegeld für den 19. und 20.06.: 2 x 30 EUR = 60 EUR
  - Gipsgeld (Unterarmfraktur, Gips länger als 3 Wochen): 150 EUR

Die 210 EUR überweisen wir auf Ihr Konto. Eine Invalidität ist bei einer
glatt verheilenden Unterarmfraktur bei Kindern selten; wir melden uns in
einem Jahr noch einmal, falls dann noch Beschwerden bestehen.

Bitte schicken Sie uns noch den Entlassbericht des Klinikums, sobald Sie ihn
haben – am liebsten über das Portal.

Viele Grüße
Nele Tammen
Unfall-Leistung · Telefon 04921 8870-3280

Am 22.06.2026 um 21:04 schrieb Inka de Buhr:
> Hallo, mein Sohn Mats (8) ist am Freitag beim Schulsport vom Reck gefallen
> und hat sich den linken Unterarm gebrochen (Speiche und Elle). Er war zwei
> Tage im Klinikum Emsmündung, wurde mit Drähten versorgt und hat jetzt
> einen Oberarmgips für 5 Wochen. Was brauchen Sie von uns?
> Gruß Inka de Buhr
"""
    return M(who("tammen"), "Inka de Buhr <inka.debuhr@gmx.example>",
             "AW: Unfall Mats Schulsport", "2026-06-24 09:15", body)


@mail(N, "de", "insurer-to-partner",
      "trap: answer to the data-protection authority's general questionnaire about mail encryption processes – no data subject")
def m():
    body = f"""Sehr geehrte Frau Dr. Albrecht,

vielen Dank für Ihren Fragebogen zur Umsetzung der Transportverschlüsselung
bei Versicherungsunternehmen. Unsere Antworten in Kürze:

1. Welche Daten versenden Sie per E-Mail?
   Vertragskorrespondenz aller Sparten, Leistungsabrechnungen,
   Kostenübernahmen an Leistungserbringer, Maklerpost.

2. Wie schützen Sie Gesundheitsdaten?
   Ein Gateway stuft jede ausgehende Mail ein (normal, vertraulich, streng
   vertraulich). Streng vertrauliche Mails gehen nur per S/MIME, über ein
   Domänenzertifikat oder über unser Portal (Lotsenpost); TLS allein nur mit
   ausdrücklicher Einwilligung der betroffenen Person.

3. Wie lange werden Protokolle gespeichert?
   Versandprotokolle sechs Jahre (§ 257 HGB), ohne Mailinhalte.

4. Gab es 2025 meldepflichtige Verletzungen im Mailverkehr?
   Zwei Fälle (Fehlversand an falsche Empfänger); beide wurden Ihnen
   fristgerecht gemeldet (Az. bei Ihnen 2025-0418 und 2025-0771).

Für Rückfragen stehe ich gern zur Verfügung.

{sig('devries')}
"""
    return M(who("devries"), "Dr. Kirsten Albrecht <referat3@datenschutzaufsicht.example>",
             "Ihr Fragebogen Transportverschlüsselung – Antwort Lotsenhaus", "2026-06-25 11:30", body)


@mail(C, "en", "insurer-to-customer",
      "private cyber insurance: online-banking fraud against a named customer, bank accounts, amounts, police reference")
def m():
    body = f"""Dear Mr Haddad,

We are sorry that you fell victim to the fake bank text message. Your
private cyber insurance (CY 19 044 207) covers financial loss from online
banking fraud up to EUR 15,000.

  Claim: H-2026-006618
  Fraudulent transfers from your account DE75 6906 9744 4626 7664 46 on
  20 June 2026:
    EUR 2,400.00 to LT74 3250 0233 7412 9865
    EUR 1,850.00 to an account at a Spanish online bank
  Recalled by your bank: EUR 1,850.00
  Remaining loss: EUR 2,400.00
  Police reference: 2026-0621-0188

We need the bank's written confirmation that it will not reimburse the
remaining amount. Once we have it, we will pay EUR 2,400.00 less your
excess of EUR 100. Our cyber assistance partner will also call you to help
you secure your online accounts.

{sig('eilers', 'en')}
"""
    return M(who("eilers"), "Karim Haddad <karim.haddad@gmx.example>",
             "Online banking fraud – claim H-2026-006618", "2026-06-26 14:45", body)


@mail(S, "de", "insurer-to-customer",
      "funeral-expenses life policy payout after a named insured's death; Islamic burial in Turkey (religion), cause of death, beneficiary")
def m():
    body = f"""Sehr geehrter Herr Yıldız,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters, Herrn Mehmet
Yıldız.

Aus seiner Sterbegeldversicherung (LV-5512870-01, Versicherungssumme
8.000 EUR) zahlen wir an Sie als bezugsberechtigten Sohn 8.000,00 EUR. Die
Sterbeurkunde und die Todesbescheinigung (Tod am 21.06.2026 im Klinikum
Emsmündung nach einem Schlaganfall) liegen uns vor.

Sie schreiben, dass Ihr Vater nach islamischem Ritus in seinem Heimatort
bei Trabzon beigesetzt werden soll und die Überführung bereits am Freitag
stattfindet. Die Kosten der Überführung sind in der Sterbegeldversicherung
enthalten; das Bestattungsinstitut Al-Nur Emden kann die Rechnung direkt an
uns schicken, dann zahlen wir die Überführung zusätzlich zur
Versicherungssumme bis 3.500 EUR.

Die Auszahlung erfolgt auf das von Ihnen genannte Konto, sobald uns Ihre
unterschriebene Empfangserklärung vorliegt.

{sig('cassens')}
"""
    return M(who("cassens"), "Emre Yıldız <emre.yildiz@gmx.example>",
             "Sterbegeldversicherung Ihres Vaters – Auszahlung", "2026-06-29 10:20", body)


# ===========================================================================
# build and check
# ===========================================================================

EXPECTED = {N: 60, C: 45, S: 45}
# deliberately invalid IBANs (typo is the point of the mail)
INVALID_IBAN_OK = set()


def finalize(m, n):
    """Fixed Message-ID (if none) and fixed MIME boundaries."""
    if "Message-ID" not in m:
        h = hashlib.sha1(("%s%04d" % (PREFIX, n)).encode()).hexdigest()
        m["Message-ID"] = "<%s.%s@mx1.%s>" % (h[:16], h[16:24], DOMAIN)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            h = hashlib.sha1(("%s%04d/%d" % (PREFIX, n, i)).encode()).hexdigest()[:20]
            part.set_boundary("----=_LH_%04d_%d_%s" % (n, i, h))
    return m


def build(outdir):
    assert len(MAILS) == 150, len(MAILS)
    got = Counter(x[1] for x in MAILS)
    assert got == Counter(EXPECTED), got
    mdir = os.path.join(outdir, "mails")
    if os.path.isdir(mdir):
        shutil.rmtree(mdir)
    os.makedirs(mdir)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, n)
        m = finalize(fn(), n)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# --- text extraction for the checks ----------------------------------------

def _xml_text(data):
    s = data.decode("utf-8")
    minidom.parseString(data)  # must be well-formed
    return re.sub(r"<[^>]+>", " ", s)


def _pdf_text(data):
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "not a PDF"
    out = []
    for mm in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        raw = zlib.decompress(mm.group(1))
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252"))
    txt = "\n".join(out)
    assert txt.strip(), "PDF without text layer"
    return txt


def _zip_text(data, where, stats):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    out = []
    for name in z.namelist():
        blob = z.read(name)
        low = name.lower()
        if low.endswith(".xml") or low.endswith(".rels"):
            out.append(_xml_text(blob))
        elif name == "mimetype":
            pass
        else:
            out.append(_file_text(name, blob, where + "!" + name, stats))
    return "\n".join(out)


def _file_text(name, blob, where, stats, ctype=""):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    stats[ext.upper() or ctype] += 1
    if ext == "pdf":
        return _pdf_text(blob)
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if ext in ("odt", "ods"):
            z = zipfile.ZipFile(io.BytesIO(blob))
            assert z.namelist()[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        return _zip_text(blob, where, stats)
    if ext == "ics":
        t = blob.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
        return t
    if ext in ("csv", "txt", "log", "pem"):
        for enc in ("utf-8", "cp1252"):
            try:
                return blob.decode(enc)
            except UnicodeDecodeError:
                pass
    raise AssertionError("unknown attachment %s" % where)


def _part_text(part, where, stats):
    ctype = part.get_content_type()
    assert not part.defects, (where, part.defects)
    if part.get_content_maintype() == "multipart":
        return "\n".join(_part_text(p, where, stats) for p in part.iter_parts())
    if ctype == "message/rfc822":
        stats["message/rfc822"] += 1
        inner_msg = part.get_content()
        assert not inner_msg.defects, where
        return "\n".join([str(inner_msg.get("Subject", ""))] + [_part_text(inner_msg, where + "/rfc822", stats)])
    fname = part.get_filename()
    if part.get_content_maintype() == "text" and not fname:
        txt = part.get_content()  # decodes with the declared charset
        if ctype == "text/html":
            stats["html part"] += 1
        return txt
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        part.get_payload(decode=True).decode(cs)
    blob = part.get_payload(decode=True)
    return _file_text(fname or "", blob, where + ":" + (fname or ctype), stats, ctype)


_IBAN_LEN = {"DE": 22, "AT": 20, "LT": 20, "NL": 18, "GB": 22, "CH": 21, "FR": 27, "ES": 24, "PT": 25,
             "IT": 27, "LU": 20, "BE": 16, "DK": 18, "IE": 22, "PL": 28}
_IBAN_RE = re.compile(r"\b(DE|AT|LT|NL|GB|CH|FR|ES|PT|IT|LU|BE|DK|IE|PL)(\d{2}) ?((?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{0,4})")


def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check():
    tmp = tempfile.mkdtemp(prefix="d189check-")
    try:
        build(tmp)
        problems = []
        for name in ["labels.tsv"] + sorted(os.listdir(os.path.join(tmp, "mails"))):
            rel = name if name == "labels.tsv" else os.path.join("mails", name)
            a, b = os.path.join(tmp, rel), os.path.join(HERE, rel)
            if not os.path.exists(b):
                problems.append("missing in folder: " + rel)
            elif open(a, "rb").read() != open(b, "rb").read():
                problems.append("differs: " + rel)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        problems += ["extra file in folder: mails/" + e for e in sorted(extra)]
    finally:
        shutil.rmtree(tmp)
    if problems:
        print("\n".join(problems))
        sys.exit("FAIL: folder does not match a fresh build")

    rows = list(csv.reader(open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"), delimiter="\t"))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], rows[0]
    rows = rows[1:]
    assert len(rows) == 150
    ids, stats = set(), Counter()
    tops, langs, kinds = Counter(), Counter(), Counter()
    for r in rows:
        assert len(r) == 5 and r[1] in LABELS and r[2] in ("de", "en", "mixed") and r[4].strip(), r
        path = os.path.join(HERE, "mails", r[0])
        raw = open(path, "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + r[0]
        assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR in " + r[0]
        m = BytesParser(policy=policy.default).parsebytes(raw)
        assert not m.defects, (r[0], m.defects)
        mid = m["Message-ID"]
        assert mid and mid not in ids, r[0]
        ids.add(mid)
        assert m["Date"].datetime.year == 2026, r[0]
        assert m["From"].addresses[0].domain == DOMAIN, r[0]
        for h in ("From", "To", "Cc"):
            for a in (m[h].addresses if m[h] else ()):
                assert a.domain.endswith(".example"), (r[0], a)
        text = str(m["Subject"]) + "\n" + _part_text(m, r[0], stats)
        for mm in _IBAN_RE.finditer(text):
            cc = mm.group(1)
            cand = (cc + mm.group(2) + mm.group(3).replace(" ", ""))[:_IBAN_LEN[cc]]
            if len(cand) == _IBAN_LEN[cc] and not _iban_ok(cand) and (r[0], cand) not in INVALID_IBAN_OK:
                raise AssertionError("invalid IBAN %s in %s" % (cand, r[0]))
        tops[m.get_content_type()] += 1
        langs[(r[1], r[2])] += 1
        kinds[(r[3], r[1])] += 1
    print("OK: folder is byte-identical to a fresh build; all 150 mails parse without defects")
    print("\nlabel x language:")
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  mixed %2d" % (lab, langs[(lab, "de")], langs[(lab, "en")], langs[(lab, "mixed")]))
    print("  %-22s de %3d  en %3d  mixed %2d" % ("total", sum(v for k, v in langs.items() if k[1] == "de"),
                                                 sum(v for k, v in langs.items() if k[1] == "en"),
                                                 sum(v for k, v in langs.items() if k[1] == "mixed")))
    print("\ntop-level content types:", dict(tops))
    print("attachments / parts:", dict(sorted(stats.items())))
    print("\nkinds (N/C/S):")
    for k in sorted({k for k, _ in kinds}):
        print("  %-28s %3d %3d %3d" % (k, kinds[(k, N)], kinds[(k, C)], kinds[(k, S)]))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        build(HERE)
        print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
