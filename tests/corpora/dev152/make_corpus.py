#!/usr/bin/env python3
"""Siegel independent evaluation corpus dev152 (prefix d152-).

150 fictitious outgoing e-mails of the invented insurer "Weserhorst Versicherung AG"
(domain weserhorst.example), labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.
Standard library only.  Every mail below is written on its own.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory, compares, parses, opens attachments
"""
import base64, csv, datetime, hashlib, html.parser, io, os, re, sys, zipfile, zlib
import email, email.policy, email.utils
from email.message import EmailMessage
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d152-"
ZDATE = (2026, 1, 5, 9, 0, 0)

# ---------------------------------------------------------------- dates
def D(mon, day, hh, mm, ss=0):
    """Fixed 2026 date, German local time (CET / CEST)."""
    summer = (mon, day) >= (3, 29) and (mon, day) < (10, 25)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(datetime.datetime(2026, mon, day, hh, mm, ss, tzinfo=tz))

# ---------------------------------------------------------------- file builders
def _zip(members, store_first=None):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == store_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()

def ZIP(members):
    return _zip(members)

def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))

def _wrap(line, width=92):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut]); line = line[cut:].lstrip()
    out.append(line)
    return out

def PDF(text, title="Dokument"):
    """Minimal PDF 1.4, Helvetica/WinAnsi, Flate content streams with a real text layer."""
    lines = []
    for raw in text.split("\n"):
        lines.extend(_wrap(raw) if raw else [""])
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[""]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    page_ids = []
    nxt = 4
    for pg in pages:
        parts = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            b = ln.replace("\u20ac", "EUR").encode("cp1252", "replace")
            b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            parts.append("(" + b.decode("latin-1") + ") Tj T*")
        parts.append("ET")
        stream = zlib.compress("\n".join(parts).encode("latin-1"), 9)
        cid, pid = nxt, nxt + 1
        nxt += 2
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, cid)).encode()
        page_ids.append(pid)
    info_id = nxt
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    t = title.encode("cp1252", "replace").replace(b"(", b"").replace(b")", b"")
    objs[info_id] = b"<< /Title (" + t + b") /Producer (Weserhorst DMS 7.2) /CreationDate (D:20260105090000+01'00') >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_id, xref))
    return out.getvalue()

def DOCX(paras, table=None):
    """paras: list of str; table: optional list of rows (list of str), placed after the paragraphs."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for p in paras:
        if p.startswith("# "):
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    if table:
        rows = []
        for r in table:
            rows.append("<w:tr>" + "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r) + "</w:tr>")
        body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(rows) + "</w:tbl><w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>') % (W, "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>Weserhorst</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created></cp:coreProperties>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("docProps/core.xml", core.encode()), ("word/document.xml", doc.encode())])

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def XLSX(rows, sheet="Tabelle1"):
    """rows: list of lists (str or int/float). Inline strings, one sheet."""
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
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sh = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet %s><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xr))
    wb = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook %s><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % (ns, _x(sheet))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wrels.encode()),
                 ("xl/worksheets/sheet1.xml", sh.encode())])

_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')

def _odf(mime, content):
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>') % mime
    return _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", man.encode()),
                 ("content.xml", content.encode())], store_first="mimetype")

def ODT(paras):
    b = "".join('<text:p>%s</text:p>' % _x(p) for p in paras)
    c = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, b)
    return _odf("application/vnd.oasis.opendocument.text", c)

def ODS(rows, sheet="Tabelle1"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
        xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>'
         '<table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document-content>') % (_ODF_NS, _x(sheet), "".join(xr))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", c)

def CSV(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue()

def ICS(uid, start, end, summary, location="", desc="", organizer="", attendees=()):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserhorst//Kalender 4.1//DE", "METHOD:REQUEST",
         "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20260105T080000Z",
         "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
         "SUMMARY:%s" % esc(summary)]
    if location:
        L.append("LOCATION:%s" % esc(location))
    if desc:
        L.append("DESCRIPTION:%s" % esc(desc))
    if organizer:
        L.append("ORGANIZER:mailto:%s" % organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:%s" % a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:  # fold at 73 octets-ish
        while len(l) > 73:
            out.append(l[:73]); l = " " + l[73:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"

# attachment descriptors -------------------------------------------------
def A(filename, data, ctype=None, charset=None):
    """data: bytes or str.  ctype guessed from the extension unless given."""
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {"pdf": "application/pdf", "zip": "application/zip",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "odt": "application/vnd.oasis.opendocument.text",
                 "ods": "application/vnd.oasis.opendocument.spreadsheet",
                 "csv": "text/csv", "ics": "text/calendar", "html": "text/html", "htm": "text/html",
                 "txt": "text/plain", "jpg": "image/jpeg"}[ext]
    return {"filename": filename, "data": data, "ctype": ctype, "charset": charset}

def FWD(frm, to, subj, date, body, charset="utf-8", atts=(), msgid=None):
    """An attached message/rfc822."""
    return {"rfc822": dict(frm=frm, to=to, subj=subj, date=date, body=body, charset=charset,
                           atts=atts, msgid=msgid)}

# ---------------------------------------------------------------- mail registry / builder
MAILS = []

def mail(label, lang, kind, reason, *, frm, to, subj, date, body=None, cc=None, html=None,
         html_only=False, atts=(), charset="utf-8", cte="quoted-printable", flowed=False,
         hdrs=None, irt=None, where=""):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
    assert lang in ("de", "en", "mixed")
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subj=subj,
                      date=date, body=body, cc=cc, html=html, html_only=html_only, atts=list(atts),
                      charset=charset, cte=cte, flowed=flowed, hdrs=hdrs or {}, irt=irt, where=where))

def _mid(n, date, frm, salt=""):
    h = hashlib.sha1(("%s|%s|%s|%s" % (n, date, frm, salt)).encode()).hexdigest()
    host = "mail.weserhorst.example"
    if "<" in frm:
        host = frm.split("@")[-1].rstrip(">").strip()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], host)

def _norm(text):
    return text.replace("\r\n", "\n").strip("\n") + "\n"

def _set_text(part, text, subtype, charset, cte):
    part.set_content(_norm(text), subtype=subtype, charset=charset, cte=cte)

def _add_att(msg, a, n, k):
    if "rfc822" in a:
        r = a["rfc822"]
        inner = EmailMessage(policy=email.policy.SMTP)
        inner["From"] = r["frm"]; inner["To"] = r["to"]; inner["Subject"] = r["subj"]
        inner["Date"] = r["date"]
        inner["Message-ID"] = r["msgid"] or _mid(n, r["date"], r["frm"], "inner%d" % k)
        inner["MIME-Version"] = "1.0"
        _set_text(inner, r["body"], "plain", r["charset"], "quoted-printable")
        for j, b in enumerate(r["atts"]):
            _add_att(inner, b, n, 100 + j)
        msg.add_attachment(inner)
        return
    mt, st = a["ctype"].split("/")
    d = a["data"]
    if isinstance(d, str):
        cs = a["charset"] or "utf-8"
        if mt == "text":
            msg.add_attachment(_norm(d) if st != "csv" and st != "calendar" else d, subtype=st, charset=cs,
                               cte="base64" if cs != "us-ascii" else "7bit", filename=a["filename"])
            return
        d = d.encode(cs)
    msg.add_attachment(d, maintype=mt, subtype=st, filename=a["filename"])

def build(n, m):
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = _mid(n, m["date"], m["frm"])
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    msg["MIME-Version"] = "1.0"
    for k, v in m["hdrs"].items():
        msg[k] = v
    if m["html_only"]:
        _set_text(msg, m["html"], "html", m["charset"], m["cte"])
    else:
        _set_text(msg, m["body"], "plain", m["charset"], m["cte"])
        if m["flowed"]:
            msg.set_param("format", "flowed")
        if m["html"]:
            msg.add_alternative(_norm(m["html"]), subtype="html", charset=m["charset"], cte=m["cte"])
    for k, a in enumerate(m["atts"]):
        _add_att(msg, a, n, k)
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("=_wh%04d_%d_%s" % (n, i, hashlib.md5(("%d/%d" % (n, i)).encode()).hexdigest()[:10]))
            i += 1
    return msg.as_bytes(policy=email.policy.SMTP)

def fname(n):
    return "%s%04d.eml" % (PREFIX, n)

# ---------------------------------------------------------------- the invented world
# Weserhorst Versicherung AG, Bremen (composite insurer), with Weserhorst Krankenversicherung AG
# and Weserhorst Lebensversicherung AG.  All mail leaves from @weserhorst.example.
WH = "weserhorst.example"
JK = "Jana Kowalczyk <jana.kowalczyk@weserhorst.example>"        # health claims
TR = "Tobias Reimers <tobias.reimers@weserhorst.example>"        # motor claims
MO = "Meike Oltmanns <meike.oltmanns@weserhorst.example>"        # broker support
HS = "Dr. Henrik Sievers <henrik.sievers@weserhorst.example>"    # medical officer, life/BU underwriting
SW = "Sabine Wübbena <sabine.wuebbena@weserhorst.example>"       # HR
OY = "Okan Yıldız <okan.yildiz@weserhorst.example>"              # IT mail operations
FV = "Fenna de Vries <fenna.devries@weserhorst.example>"         # data protection officer
LB = "Lars Brüning <lars.bruening@weserhorst.example>"           # property & liability claims
CW = "Claire Whitmore <claire.whitmore@weserhorst.example>"      # international / expat health
MN = "Mateusz Nowak <mateusz.nowak@weserhorst.example>"          # commercial underwriting
UH = "Ulrike Hagedorn <ulrike.hagedorn@weserhorst.example>"      # board office
KT = "Kai-Uwe Tammen <kai-uwe.tammen@weserhorst.example>"        # legal expenses claims
PR = "Priya Raman <priya.raman@weserhorst.example>"              # actuarial
GF = "Gesa Frerichs <gesa.frerichs@weserhorst.example>"          # life policy administration
NA = "Nils Ahlers <nils.ahlers@weserhorst.example>"              # travel insurance
BJ = "Birte Janssen <birte.janssen@weserhorst.example>"          # customer service
TG = "Thomas Gerdes <thomas.gerdes@weserhorst.example>"          # purchasing / facility
MA = "Marlene Osterkamp <marlene.osterkamp@weserhorst.example>"  # recourse / legal department
DO = "David Okafor <david.okafor@weserhorst.example>"            # reinsurance
HM = "Hauke Meinders <hauke.meinders@weserhorst.example>"        # field sales
RL = "Rieke Lammers <rieke.lammers@weserhorst.example>"          # care insurance (Pflege)
JP = "Jonas Peper <jonas.peper@weserhorst.example>"              # accident claims
SERVICE = "Weserhorst Kundenservice <service@weserhorst.example>"
NOREPLY = "Weserhorst SecureMail <noreply@portal.weserhorst.example>"
NEWS = "Weserhorst Newsletter <newsletter@weserhorst.example>"

IPH_DE = "\nVon meinem iPhone gesendet\n"
IPH_EN = "\nSent from my iPhone\n"
OLI = "\nGesendet von Outlook für iOS\n"
GAL = "\n\nGesendet von meinem Galaxy\n"
XM_IPH = {"X-Mailer": "iPhone Mail (22D82)"}
XM_OL = {"X-Mailer": "Microsoft Outlook 16.0"}
AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

FOOT_DE = """\
-- 
Weserhorst Versicherung AG | Am Speicherhafen 12 | 28217 Bremen
Vorstand: Dr. Carsten Eilers (Vors.), Ines Bruns, Mehmet Aydın
Vorsitzende des Aufsichtsrats: Dr. Renate Wolters | Sitz: Bremen | Amtsgericht Bremen HRB 41872
Diese E-Mail enthält möglicherweise vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """\
-- 
Weserhorst Versicherung AG | Am Speicherhafen 12 | 28217 Bremen | Germany
Board: Dr. Carsten Eilers (Chair), Ines Bruns, Mehmet Aydın | Registered office: Bremen, HRB 41872
This e-mail may contain confidential and/or privileged information. If you are not the intended
recipient (or have received this e-mail in error) please notify the sender immediately and destroy
this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail
is strictly forbidden."""

FOOT_KV = FOOT_DE.replace("Weserhorst Versicherung AG |", "Weserhorst Krankenversicherung AG |").replace("HRB 41872", "HRB 41903")
FOOT_LV = FOOT_DE.replace("Weserhorst Versicherung AG |", "Weserhorst Lebensversicherung AG |").replace("HRB 41872", "HRB 41877")

# ================================================================ MAILS
# ---- 0001
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "health claim of a named insured: physio series and diagnosis code, written from a phone",
     frm=JK, to="Svenja Kück <svenja.kueck@weserhorst.example>", subj="brandes",
     date=D(1, 7, 7, 41), hdrs=XM_IPH, body="""\
kannst du die rechnung von frau brandes (KV-4471-0093-12) heute noch freigeben? 6x KG + 2x MT, dx M54.5 G steht drauf, arzt hat verordnung nachgereicht. liegt im korb leistung ambulant

danke!!
""" + IPH_DE)

# ---- 0002
mail("NORMAL", "de", "internal",
     "trap: 'Unfall' and 'KV-Tarife' in a late-for-the-meeting note, no person's data",
     frm=HM, to="Team Vertrieb Nord <vertrieb-nord@weserhorst.example>", subj="komme später", cte="8bit",
     date=D(1, 7, 8, 58), hdrs=XM_IPH, body="""\
stehe auf der a1 vor dem maschener kreuz, unfall auf der gegenspur und alle gucken.. ca 20 min. fangt mit den KV-tarifen an, die folien liegen im teams-ordner
""" + IPH_DE)

# ---- 0003
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "named motor policyholder with policy number, plate and renewal premium",
     frm=MO, to="Gareth Hall <g.hall@northbridge-brokers.example>", subj="Re: Hall renewal",
     date=D(1, 8, 17, 12), hdrs=XM_IPH, cc=None, body="""\
hi gareth - mr osei's car is KF-7741-2093, plate HB-RO 418. renews 1 feb, new premium EUR 612,40 incl. tax (sf 12 kept). docs go out tmrw

meike
""" + IPH_EN + """
> On 8 Jan 2026, at 16:55, Gareth Hall <g.hall@northbridge-brokers.example> wrote:
>
> Meike, quick one - can you confirm the renewal for Richard Osei's Golf? He's asking me daily.
> Cheers, G
""")

# ---- 0004
mail("NORMAL", "en", "internal",
     "trap: forwarded webinar invitation about ICD-11 and claims coding, no person",
     frm=CW, to=JK, subj="Fwd: Webinar: ICD-11 and what it means for claims coding",
     date=D(1, 8, 12, 3), hdrs=XM_IPH, body="""\
worth a look? 

Sent from my iPhone

Begin forwarded message:

> From: Health Insurance Academy <events@hi-academy.example>
> Date: 7 January 2026 at 10:00:12 CET
> To: claire.whitmore@weserhorst.example
> Subject: Webinar: ICD-11 and what it means for claims coding
>
> Dear colleague,
>
> ICD-11 is coming - slowly. In our 60-minute webinar on 29 January we look at
> the transition from ICD-10-GM, mapping tables, what changes for chapter F
> (mental and behavioural disorders) and how claims systems can prepare.
>
> Speakers: Prof. Lena Harkort, Dr. Sam Ferreira
> Fee: EUR 0 for members
>
> Register: https://www.hi-academy.example/icd11
""")

# ---- 0005
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "request for a medical report on a named BU applicant with birth date and stated complaints",
     frm=HS, to="Praxis Dr. med. Anke Lüders <praxis@praxis-lueders.example>",
     subj="Anforderung ärztlicher Bericht – Herr Florian Meyerholz, geb. 14.02.1988",
     date=D(1, 9, 10, 20), hdrs=XM_OL, body="""\
Sehr geehrte Frau Dr. Lüders,

Herr Florian Meyerholz, geb. 14.02.1988, wohnhaft Buntentorsteinweg 211, 28201 Bremen, hat bei uns
eine Berufsunfähigkeitsversicherung beantragt (Antrag LV-A 2026/00417). Im Antrag gibt er an, dass er
im Jahr 2025 wegen rezidivierender Rückenschmerzen und einer depressiven Episode bei Ihnen in
Behandlung war.

Für die Risikoprüfung bitten wir Sie um einen kurzen ärztlichen Bericht zu folgenden Fragen:

1. Welche Diagnosen wurden gestellt (bitte mit ICD-10)?
2. Wie lange dauerte die Behandlung, welche Therapie (Medikamente, Psychotherapie, Physiotherapie)?
3. Bestand Arbeitsunfähigkeit? Wenn ja, von wann bis wann?
4. Ist die Behandlung abgeschlossen?

Die Schweigepflichtentbindungserklärung von Herrn Meyerholz liegt uns vor; eine Kopie schicken wir
Ihnen auf Wunsch gern per Post. Ihr Honorar nach GOÄ Nr. 75 erstatten wir selbstverständlich.

Bitte senden Sie den Bericht nicht per einfacher E-Mail, sondern über unser SecureMail-Portal oder
per Post an die unten genannte Anschrift.

Mit freundlichen Grüßen

Dr. med. Henrik Sievers
Gesellschaftsarzt | Risikoprüfung Leben
Weserhorst Lebensversicherung AG
Tel. 0421 5597-4120

""" + FOOT_LV)

# ---- 0006
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor claim confirmation for a named customer with claim number and plate, nobody hurt",
     frm=TR, to="Sandra Gerken <sandra.gerken@webpost.example>",
     subj="Ihr Schaden vom 05.01.2026 – Schadennummer S-2026-0013377",
     date=D(1, 9, 14, 5), body="""\
Guten Tag Frau Gerken,

vielen Dank für Ihre Schadenmeldung. Wir haben den Parkrempler vom 05.01.2026 auf dem Parkplatz
des Weserparks unter der Schadennummer S-2026-0013377 aufgenommen.

Versicherungsnehmerin: Sandra Gerken
Fahrzeug: Opel Corsa, amtl. Kennzeichen HB-SG 705
Vertrag: KH/VK KF-6620-1187

Sie schreiben, dass niemand verletzt wurde und der Unfallgegner seine Daten hinterlassen hat – prima.
Bitte schicken Sie uns noch zwei, drei Fotos von Ihrem Heck und den Kostenvoranschlag der Werkstatt.
Einen Gutachter brauchen wir bei dieser Schadenhöhe voraussichtlich nicht.

Freundliche Grüße
Tobias Reimers
Kfz-Schaden
Weserhorst Versicherung AG

""" + FOOT_DE)

# ---- 0007
mail("NORMAL", "de", "internal",
     "trap: archive key for the 'Leistung Kranken' file room, no data",
     frm=BJ, to="Leistung-Kranken-Team <leistung-kranken@weserhorst.example>",
     subj="schlüssel archiv 2.14??", date=D(1, 12, 11, 47), body="""\
wer hat den schlüssel vom archivraum 2.14 (leistung kranken, alte papierakten)? hängt nicht am brett. der aktenvernichter-dienst steht um 13 uhr unten

birte
""")

# ---- 0008
mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "expat member with hospital bill and dengue diagnosis, German/English internal chat-style mail",
     frm=CW, to=JK, subj="quick check - Bangkok bill",
     date=D(1, 12, 16, 33), body="""\
hi jana,

kannst du kurz drüberschauen bevor ich freigebe? member is Mr Johannes Tiedemann, expat tariff
WH-Global Plus, policy KV-9120-0412-01. Bangkok Hospital Silom invoice THB 148,300 for 4 nights
inpatient, diagnosis dengue fever (A97.1), platelets were low so they kept him.

mein problem: the bill has a "VIP room upgrade" line, ich glaub das ist nicht mitversichert, oder?
Wechselkurs nehme ich vom Rechnungsdatum.

thx, claire
""")

# ---- 0009
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of a new bank account (IBAN) for a named household-insurance customer, iso-8859-1",
     frm=SERVICE, to="Heinz Stöver <h.stoever@kundenmail.example>",
     subj="Bestätigung: neue Bankverbindung für Ihren Hausratvertrag", date=D(1, 13, 9, 2),
     charset="iso-8859-1", body="""\
Sehr geehrter Herr Stöver,

wir haben Ihre neue Bankverbindung gespeichert. Ab dem nächsten Beitragseinzug am 01.02.2026 buchen
wir den Beitrag für Ihre Hausratversicherung HR 22 804 316 von folgendem Konto ab:

Kontoinhaber: Heinz Stöver
IBAN: DE59 2805 0100 4429 0110 36
Bank: Landessparkasse zu Oldenburg

Das SEPA-Lastschriftmandat (Mandatsreferenz WH-HR-22804316-02) gilt ab sofort. Die alte
Bankverbindung haben wir gelöscht.

Mit freundlichen Grüßen
Ihr Weserhorst Kundenservice
Telefon 0421 5597-0 (Mo-Fr 8-18 Uhr)

""" + FOOT_DE.replace("Aydın", "Aydin"))

# ---- 0010
mail("NORMAL", "de", "newsletter",
     "trap: customer magazine on flu, back pain and dental check-ups, generic health advice",
     frm=NEWS, to="newsletter-kunden@weserhorst.example", subj="Weserhorst aktuell: Gesund durch den Winter",
     date=D(1, 13, 6, 0), body="""\
Weserhorst aktuell – Januar 2026

1) Grippeschutz: Warum sich die Impfung auch im Januar noch lohnt
   Die Ständige Impfkommission empfiehlt die Grippeimpfung ab 60 Jahren, für Schwangere und
   chronisch Kranke. Unsere Krankenversicherung übernimmt die Kosten in allen Tarifen.

2) Rückenschmerzen im Homeoffice – fünf Übungen für zwischendurch

3) Zahnvorsorge: Zweimal im Jahr zur Kontrolle, einmal zur professionellen Zahnreinigung.
   Im Tarif ZahnPlus erstatten wir bis zu 150 EUR im Jahr.

4) Neu im Kundenportal: Rechnungen einfach abfotografieren und hochladen.

Abmelden: https://www.weserhorst.example/newsletter/abmelden
""", html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Weserhorst aktuell – Januar 2026</h2>
<h3>Grippeschutz: Warum sich die Impfung auch im Januar noch lohnt</h3>
<p>Die Ständige Impfkommission empfiehlt die Grippeimpfung ab 60 Jahren, für Schwangere und chronisch
Kranke. Unsere Krankenversicherung übernimmt die Kosten in allen Tarifen.</p>
<h3>Rückenschmerzen im Homeoffice – fünf Übungen für zwischendurch</h3>
<h3>Zahnvorsorge</h3>
<p>Zweimal im Jahr zur Kontrolle, einmal zur professionellen Zahnreinigung. Im Tarif ZahnPlus erstatten
wir bis zu 150&nbsp;EUR im Jahr.</p>
<h3>Neu im Kundenportal</h3><p>Rechnungen einfach abfotografieren und hochladen.</p>
<p style="font-size:small"><a href="https://www.weserhorst.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")

# ---- 0011
mail("STRICTLY_CONFIDENTIAL", "de", "customer",
     "one-line internal forward; the customer's mail below names a hospital stay and a diagnosis",
     frm=BJ, to=JK, subj="WG: Rechnung Krankenhaus", date=D(1, 14, 10, 15), body="""\
bitte übernehmen, ist eher was für euch

-----Ursprüngliche Nachricht-----
Von: Waltraud Hinrichs <w.hinrichs@t-net.example>
Gesendet: Mittwoch, 14. Januar 2026 09:48
An: service@weserhorst.example
Betreff: Rechnung Krankenhaus

Guten tag,
mein Mann Gerd Hinrichs (Versicherungsnr KV 3310-2207-05) war vom 2. bis 9. Dezember im
Klinikum Bremen-Nord wegen seiner Herzschwäche, sie haben ihm einen Defi eingesetzt. Jetzt kam die
Rechnung vom Chefarzt über 2.314,50 Euro. Muss ich die vorstrecken?? Die Krankenhausrechnung selbst
ist ja direkt an sie gegangen hat man mir gesagt.
Mit freundlichen Grüßen W. Hinrichs
""")

# ---- 0012
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: order of first-aid kits, AED pads and a blood-pressure monitor for the office, no person",
     frm=TG, to="Orders <orders@medisupply-nord.example>", subj="PO 4500-2291 first aid / AED",
     date=D(1, 14, 13, 40), charset="us-ascii", cte="7bit", body="""\
Hello,

please deliver to Weserhorst Versicherung AG, Am Speicherhafen 12, 28217 Bremen, goods receipt gate B:

  12 x first aid kit DIN 13157 (art. 55-102)
   4 x AED electrode pads adult, Philips HS1 compatible (art. 77-410)
   1 x AED pads paediatric (art. 77-412)
   2 x blood pressure monitor upper arm (art. 31-006) - for the health day in February

Invoice to accounts payable, PO 4500-2291 must be on the invoice.

Thanks
Thomas Gerdes
Purchasing & Facility Management
""")

# ---- 0013
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "baggage claim of a named traveller with claim and policy number, no health content",
     frm=NA, to="Emily Sutcliffe <emily.sutcliffe@mailhaus.example>",
     subj="Your baggage claim RG-2026-00231", date=D(1, 15, 11, 22), body="""\
Dear Ms Sutcliffe,

thank you for your claim under travel policy RV 80 114 273. We have registered the delayed suitcase
on your flight from Lisbon to Bremen on 28 December 2025 as claim RG-2026-00231.

To settle it we still need:
- the Property Irregularity Report (PIR) from the airline,
- receipts for the emergency purchases (you mentioned toiletries and a jacket, approx. EUR 186),
- confirmation from the airline when the suitcase was delivered.

You can upload the documents in our customer portal or simply reply to this e-mail.

Kind regards
Nils Ahlers
Travel Insurance Claims
""" + FOOT_EN)

# ---- 0014
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "body only 'Abrechnung anbei'; the PDF lists dental treatment and reimbursement for the named insured",
     frm=JK, to="Kerstin Albers <kerstin.albers@webpost.example>", subj="Ihre Leistungsabrechnung",
     date=D(1, 15, 15, 8), where="att-pdf", body="""\
Hallo Frau Albers,

wie telefonisch besprochen anbei die Abrechnung als PDF. Der Betrag ist in den nächsten Tagen auf
Ihrem Konto.

Viele Grüße
Jana Kowalczyk
Weserhorst Krankenversicherung AG
""", atts=[A("Leistungsabrechnung_2026-01-15.pdf", PDF("""\
Weserhorst Krankenversicherung AG
Leistungsabrechnung vom 15.01.2026

Versicherte Person: Kerstin Albers, geb. 03.07.1979
Versicherungsnummer: KV-5582-0310-02    Tarif: ZahnPlus 90

Rechnung Zahnarztpraxis Dr. Ole Brinkmann, Bremen-Findorff, vom 18.12.2025
  GOZ 2210  Vollkrone Zahn 36                        612,48 EUR
  GOZ 0090  Infiltrationsanästhesie                   12,94 EUR
  Material- und Laborkosten                          478,20 EUR
  Rechnungsbetrag                                  1.103,62 EUR
  Erstattung 90 %                                    993,26 EUR

Auszahlung auf IBAN DE07 2825 0110 1495 2434 82
""", "Leistungsabrechnung"))])

# ---- 0015
mail("NORMAL", "de", "internal",
     "trap: IT ticket about the scanner that feeds 'Arztrechnungen' crooked, no data",
     frm=OY, to="Leistung-Kranken-Team <leistung-kranken@weserhorst.example>",
     subj="INC0048812 Scanner Poststelle zieht Arztrechnungen schief ein", date=D(1, 16, 8, 15), body="""\
Moin zusammen,

kurz zum Ticket INC0048812: der Kodak-Scanner in der Poststelle zieht seit Montag Arztrechnungen und
Rezepte schief ein, die OCR erkennt dann die GOÄ-Ziffern nicht. Techniker kommt Dienstag. Bis dahin
bitte den zweiten Scanner im 3. OG nehmen, der Workflow ist derselbe.

Gruß Okan
IT-Betrieb / Mail & Scan
""")

# ---- 0016
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "attachment-only: XLSX portfolio list with names, birth dates and household/liability policies",
     frm=MO, to="Maklerbüro Harms & Partner <info@harms-makler.example>",
     subj="Bestandsliste Q4 wie besprochen", date=D(1, 16, 12, 1), where="att-xlsx", body="""\
Hallo Herr Harms,

anbei die Liste. Passwort schicke ich nicht, die Datei geht ja über die verschlüsselte Verbindung.. hoffe ich :)

VG Meike Oltmanns
Maklerbetreuung Nord
""", atts=[A("Bestand_Harms_Q4-2025.xlsx", XLSX([
    ["Vermittler-Nr.", "VN Name", "VN Vorname", "geb.", "Sparte", "Vertrag", "Jahresbeitrag EUR"],
    ["40117", "Behrens", "Torsten", "12.03.1971", "Hausrat", "HR 22 801 004", 148.2],
    ["40117", "Behrens", "Torsten", "12.03.1971", "Privathaftpflicht", "PH 55 120 448", 79.9],
    ["40117", "Claassen", "Ute", "30.09.1964", "Wohngebäude", "WG 31 007 822", 612.0],
    ["40117", "Dierks", "Malte", "07.11.1990", "Hundehalterhaftpflicht", "TH 61 004 119", 92.4],
    ["40117", "Ehlers", "Marion", "21.01.1958", "Hausrat", "HR 22 806 551", 201.7],
], "Bestand"))])

# ---- 0017
mail("NORMAL", "de", "insurer-to-customer",
     "trap: portal notification 'neue Nachricht' without content",
     frm=NOREPLY, to="Oliver Timmermann <o.timmermann@mailhaus.example>",
     subj="Sie haben eine neue Nachricht in Ihrem Weserhorst-Postfach", date=D(1, 16, 14, 30),
     hdrs={"Auto-Submitted": "auto-generated"}, charset="us-ascii", cte="7bit", body="""\
Guten Tag,

in Ihrem persoenlichen Postfach im Weserhorst SecureMail-Portal liegt eine neue Nachricht fuer Sie.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.weserhorst.example/login

Aus Sicherheitsgruenden enthaelt diese Benachrichtigung keine Inhalte. Wir fragen Sie niemals per
E-Mail nach Ihrem Passwort.

Ihre Weserhorst Versicherung
(Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.)
""")

# ---- 0018
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee of payment for a named patient with date of birth, admission and diagnosis",
     frm=CW, to="Patient Accounts <billing@st-aidan-clinic.example>",
     subj="Guarantee of payment - patient Lukas Brandt, DOB 22/06/1984", date=D(1, 19, 9, 55), body="""\
Dear colleagues,

Weserhorst Krankenversicherung AG confirms cover for the following inpatient stay:

Patient: Lukas Brandt, DOB 22/06/1984
Member no.: KV-9120-0388-01 (WH-Global Plus, expatriate plan)
Admission: 18 January 2026, emergency
Diagnosis as notified: acute appendicitis (K35.8), laparoscopic appendectomy planned
Room: semi-private

We guarantee payment of medically necessary treatment up to EUR 25,000. Any amount above requires
our prior approval. Please send the final invoice with the discharge summary to
claims-international@weserhorst.example, quoting our reference GOP-2026-0044.

Kind regards
Claire Whitmore
International Health Claims
Weserhorst Krankenversicherung AG
""" + FOOT_EN)

# ---- 0019
mail("NORMAL", "de", "internal",
     "trap: canteen note with health day and blood pressure measurement, no person",
     frm=TG, to="Alle Mitarbeitenden Bremen <alle-bremen@weserhorst.example>",
     subj="Kantine + Gesundheitstag", date=D(1, 19, 10, 30), body="""\
Hallo zusammen,

heute in der Kantine: Linsencurry (vegan) oder Grünkohl mit Pinkel.

Und schon mal vormerken: am 12.02. ist Gesundheitstag im Foyer. Der Betriebsarzt misst Blutdruck
und Blutzucker (anonym, nichts wird gespeichert), die Physio-Praxis aus dem Erdgeschoss zeigt
Übungen gegen Nackenschmerzen, und es gibt wieder Grippeimpfung für alle, die noch wollen.

Thomas Gerdes
Facility Management
""")

# ---- 0020
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: legal-expenses cover confirmation for a named tenant dispute (no health, no conviction)",
     frm=KT, to="Dennis Brockmann <dennis.brockmann@kundenmail.example>",
     subj="Deckungszusage Rechtsschutz – Ihr Mietstreit / RS-2026-00087",
     date=D(1, 20, 11, 2), body="""\
Sehr geehrter Herr Brockmann,

für die Auseinandersetzung mit Ihrem Vermieter wegen der Nebenkostenabrechnung 2024 (Wohnung
Hastedter Heerstraße 90, 28207 Bremen) erteilen wir Deckungszusage aus Ihrem
Rechtsschutzvertrag RS 70 441 902 (Baustein Wohnen, Selbstbeteiligung 150 EUR).

Die Zusage umfasst die außergerichtliche Tätigkeit Ihres Anwalts, Rechtsanwältin Tjaden,
Kanzlei Tjaden Rechtsanwälte. Sollte eine Klage nötig werden, melden Sie sich bitte vorher bei uns.

Unser Aktenzeichen: RS-2026-00087

Mit freundlichen Grüßen
Kai-Uwe Tammen
Rechtsschutz-Schaden

""" + FOOT_DE)

# ---- 0021
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR: named employee's sick leave with the medical reason, from a phone",
     frm=SW, to="Frank Oetken <frank.oetken@weserhorst.example>", subj="ahrens",
     date=D(1, 20, 18, 2), hdrs=XM_IPH, body="""\
frank, nur damit dus weisst: hr ahrens ist ab morgen 3 wo krankgeschrieben, bandscheiben-op L4/L5, hat er mir grad selbst am tel gesagt. bitte nicht rumerzählen. wiedereingliederung besprechen wir wenn er zurück ist

sabine
""" + IPH_DE)

# ---- 0022
mail("NORMAL", "en", "internal",
     "trap: actuarial mortality/smoker loading update with aggregated tables, no person",
     frm=PR, to="Life Pricing <life-pricing@weserhorst.example>", subj="mortality update Q4 - smoker loadings",
     date=D(1, 21, 9, 10), where="att-xlsx", body="""\
all,

attached the Q4 update. headline: observed/expected for term life non-smokers is 0.91, smokers 1.07,
so I'd keep the smoker loading at +85% for now. cancer and circulatory remain the top causes of
death in our portfolio, as expected. no cell below 10 lives, so the file can go to the reinsurer.

p
""", atts=[A("mortality_AvE_Q4-2025.xlsx", XLSX([
    ["segment", "age band", "exposure (lives)", "deaths observed", "deaths expected", "A/E"],
    ["term NS male", "30-44", 18420, 11, 12.6, 0.87],
    ["term NS male", "45-59", 12110, 29, 31.0, 0.94],
    ["term S male", "30-44", 3905, 7, 6.4, 1.09],
    ["term S male", "45-59", 2760, 15, 14.1, 1.06],
    ["term NS female", "30-59", 21480, 24, 26.5, 0.91],
    ["term S female", "30-59", 3340, 10, 9.5, 1.05],
], "AvE"))])

# ---- 0023
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "short reply; the customer's IBAN and date of birth are only in the quoted mail",
     frm=BJ, to="Tomasz Wilk <tomasz.wilk@webpost.example>", subj="Re: direct debit",
     date=D(1, 21, 14, 44), where="quote", body="""\
Dear Mr Wilk,

done - from February the premium is collected from the new account. Nothing else to do on your side.

Best regards
Birte Janssen
Customer Service

-----Original Message-----
From: Tomasz Wilk <tomasz.wilk@webpost.example>
Sent: Wednesday, January 21, 2026 12:30 PM
To: service@weserhorst.example
Subject: direct debit

Hello, please change my bank for the home contents policy HR 22 809 730.
New IBAN DE73 2501 0030 8558 4816 37, Postbank. My date of birth is 09.05.1986 if you need it for ID.
Thank you
Tomasz Wilk
""")

# ---- 0024
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "dental treatment plan decision for a named insured (implant, tooth number), windows-1252",
     frm=JK, to="Michael Onken <michael.onken@t-net.example>",
     subj="Ihr Heil- und Kostenplan vom 08.01.2026", date=D(1, 22, 10, 12), charset="windows-1252", body="""\
Sehr geehrter Herr Onken,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Sahin für das Implantat in Regio 46
geprüft. Geplant sind die Extraktion des nicht erhaltungswürdigen Zahns 46, ein Knochenaufbau
und anschließend Implantat mit Krone; Gesamtkosten laut Plan 4.180,00 €.

Nach Ihrem Tarif ZahnPlus 80 erstatten wir 80 % der erstattungsfähigen Kosten, also voraussichtlich
3.344,00 €. Der Knochenaufbau (GOZ 9100) ist enthalten. Die Zahnstaffel ist in Ihrem dritten
Versicherungsjahr nicht mehr begrenzt.

Bitte reichen Sie nach der Behandlung die Rechnung ein – gern über die App.

Mit freundlichen Grüßen
Jana Kowalczyk
Leistungsabteilung Krankenversicherung

""" + FOOT_KV.replace("Aydın", "Aydin"))

# ---- 0025
mail("NORMAL", "de", "insurer-to-broker",
     "trap: broker info on new BU tariff with an explicitly fictitious sample person and sample premium",
     frm=MO, to="Makler Nord Verteiler <makler-nord@weserhorst.example>",
     subj="Neu ab 01.03.: BU Komfort 2026 – Beispielrechnung", date=D(1, 22, 16, 0), body="""\
Liebe Maklerpartnerinnen und Maklerpartner,

ab 1. März gibt es unsere BU Komfort 2026. Die wichtigsten Punkte:
- vereinfachte Gesundheitsfragen für Studierende und Berufseinsteiger (5 Jahre Rückblick statt 10)
- Nachversicherungsgarantie bei Heirat, Geburt eines Kindes, Gehaltssprung
- AU-Klausel: Leistung bereits ab 6 Monaten Krankschreibung

Beispielrechnung (fiktiv): Max Mustermann, 30 Jahre, Bürokaufmann, Nichtraucher, 1.500 € BU-Rente
bis 67: Monatsbeitrag 71,20 € (Zahlbeitrag nach Überschussverrechnung 52,90 €).

Unterlagen und Rechner im Maklerportal unter Produkte > Leben > BU.

Beste Grüße
Meike Oltmanns
Maklerbetreuung Nord
""")

# ---- 0026
mail("NORMAL", "en", "internal",
     "trap: meeting invitation titled 'BU incidence review' with a reinsurer, ICS attached, no person",
     frm=DO, to=PR, cc="Ines Bruns <ines.bruns@weserhorst.example>",
     subj="moved: BU incidence review w/ Baltic Re -> Thu 3pm", date=D(1, 23, 8, 5), hdrs=XM_IPH,
     where="att-ics", body="""\
they asked to move it, same dial-in. new invite attached. pls bring the incidence by ICD chapter slide (chapters only, no case list)

d
""" + IPH_EN, atts=[A("invite.ics", ICS("wh-ri-20260129-1500@weserhorst.example", "20260129T150000",
    "20260129T160000", "BU incidence review - Baltic Re / Weserhorst", "Teams / Room 5.02",
    "Agenda: 1. incidence 2021-2025 by ICD chapter (M, F, C) 2. claims termination rates 3. treaty renewal 2027",
    "david.okafor@weserhorst.example", ["priya.raman@weserhorst.example", "ines.bruns@weserhorst.example",
    "j.lindqvist@balticre.example"]), charset="utf-8")])

# ---- 0027
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "facultative reinsurance submission: named life applicant with medical history and sum assured",
     frm=DO, to="Johan Lindqvist <j.lindqvist@balticre.example>",
     subj="Fac submission LV-A 2026/00391 - EUR 2.4m term life", date=D(1, 23, 14, 20), body="""\
Johan,

as discussed, a facultative request above our retention:

Life assured: Dr. Stefan Harjes, male, born 1969-04-17, dentist, non-smoker
Sum assured: EUR 2,400,000 term life to age 70 (our retention EUR 750,000)
Medical: hypertension since 2019, treated with ramipril 5 mg, last readings 135/85;
  total cholesterol 242; father died of myocardial infarction at 61.
  ECG and bloods from 12 Jan 2026 attached to the portal upload (ref. FAC-2026-007).
Our view: standard +50% for family history and BP; we'd like your terms.

Thanks and regards
David Okafor
Reinsurance | Weserhorst Lebensversicherung AG
""" + FOOT_EN)

# ---- 0028
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB number and new motor contract for a named customer, short reply",
     frm=TR, to="Jannik Wehrmann <jannik.w@webpost.example>", subj="Re: eVB für neues Auto",
     date=D(1, 26, 9, 31), body="""\
Moin Herr Wehrmann,

Ihre eVB-Nummer für die Zulassung: K4TM7QX
gilt für den Skoda Octavia (FIN TMBJJ7NX3P1234567), Versicherungsbeginn bei Zulassung,
SF-Klasse wird vom alten Vertrag KF-5091-3346 übernommen.

Gute Fahrt!
Tobias Reimers

> Hallo, ich hol am Mittwoch meinen neuen Wagen ab, brauche eine evb. Danke J. Wehrmann
""")

# ---- 0029
mail("NORMAL", "de", "internal",
     "trap: question whether blank release-of-confidentiality forms are printed, no person",
     frm=HS, to="Poststelle <poststelle@weserhorst.example>", subj="formulare schweigepflichtentbindung",
     date=D(1, 26, 11, 4), hdrs=XM_IPH, body="""\
hallo, sind die neuen blanko-formulare schweigepflichtentbindung (stand 01/2026) schon aus der druckerei da? wir haben noch ca 40 alte, dann ist schluss

gruß h. sievers
""" + IPH_DE)

# ---- 0030
mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
     "one-line forward; a doctor's findings on a named insured are only in the attached message",
     frm=HS, to="Risikoprüfung Leben <rp-leben@weserhorst.example>", subj="WG: Befundbericht Meyerholz",
     date=D(1, 27, 16, 48), where="rfc822", body="""\
zk, bitte in die akte LV-A 2026/00417. entscheidung morgen

HS
""", atts=[FWD("Praxis Dr. med. Anke Lüders <praxis@praxis-lueders.example>", HS,
    "Befundbericht Florian Meyerholz", D(1, 27, 15, 2), """\
Sehr geehrter Herr Dr. Sievers,

anbei wie erbeten der Bericht zu Herrn Florian Meyerholz, geb. 14.02.1988.

Diagnosen:
- F32.1 G mittelgradige depressive Episode (Erstdiagnose 03/2025)
- M54.5 G Kreuzschmerz

Behandlung: Sertralin 50 mg von 04/2025 bis 11/2025, Psychotherapie (Verhaltenstherapie, 24
Sitzungen), Physiotherapie 2 x 6 Einheiten. AU vom 10.03.2025 bis 27.04.2025.
Die Behandlung ist abgeschlossen, der Patient ist seit 12/2025 beschwerdefrei.

Mit freundlichen Grüßen
Dr. med. Anke Lüders
Fachärztin für Allgemeinmedizin
""")])

# ---- 0031
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "commercial fleet claim with named driver and plate, contact person at the company, nobody injured",
     frm=TR, to="Marieke Jansen <m.jansen@coastline-logistics.example>",
     subj="Fleet claim S-2026-0021904 / truck NL 83-BKR-2", date=D(1, 27, 10, 10), body="""\
Dear Ms Jansen,

we have registered the incident of 22 January on the A28 near Oldenburg:

Policyholder: Coastline Logistics B.V. (fleet policy FL 90 002 117)
Vehicle: DAF XF, plate 83-BKR-2
Driver: Mr Pieter van Dijk (per your report nobody was injured)
Damage: trailer side panel after contact with a guardrail, third-party damage to the guardrail

The motorway authority will send its invoice for the guardrail directly to us. For your own
damage please send the workshop estimate; our assessor Mr Wendt may call you to inspect the trailer.

Kind regards
Tobias Reimers
Motor Claims / Fleet
""" + FOOT_EN)

# ---- 0032
mail("NORMAL", "en", "insurer-to-customer",
     "trap: prospect asking about travel health cover gets generic product info about pre-existing conditions",
     frm=NA, to="Aoife Brennan <aoife.brennan@mailhaus.example>", subj="Re: travel health question",
     date=D(1, 28, 13, 15), body="""\
Hi Ms Brennan,

thanks for your interest. in short:

- our annual travel health plan covers trips up to 8 weeks worldwide, from EUR 19.90 a year
- pre-existing conditions are covered if they were stable and no change of medication was needed
  in the 6 months before the trip
- repatriation when medically sensible, no upper limit
- pregnancy complications covered until week 36

you can take out the policy online in about 5 minutes: https://www.weserhorst.example/reise
(please don't send us any medical details by mail - they are not needed for this plan)

Best
Nils Ahlers
Travel Insurance
""")

# ---- 0033
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only letter with a table: care level 3 and care allowance for a named insured",
     frm=RL, to="Doris Lüken <doris.lueken@t-net.example>",
     subj="Ihr Antrag auf Pflegetagegeld", date=D(1, 28, 15, 40), html_only=True, where="html-only", html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Lüken,</p>
<p>der Medizinische Dienst hat Ihre Mutter am 14.01.2026 begutachtet. Wir freuen uns, Ihnen das Ergebnis
mitteilen zu können:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Versicherte Person</th><td>Hildegard Lüken, geb. 02.08.1938</td></tr>
<tr><th align="left">Vertrag</th><td>PT 44 019 882 (Pflegetagegeld PT-Plus)</td></tr>
<tr><th align="left">Pflegegrad</th><td>3 (ab 01.12.2025)</td></tr>
<tr><th align="left">Grund laut Gutachten</th><td>fortschreitende Demenz, Sturzneigung nach Hüft-TEP</td></tr>
<tr><th align="left">Pflegetagegeld</th><td>40 € täglich, monatlich 1.200 €</td></tr>
</table>
<p>Die erste Zahlung inkl. Nachzahlung für Dezember erfolgt bis 05.02.2026 auf das bekannte Konto.
Die Vollmacht, die Sie uns geschickt haben, haben wir hinterlegt.</p>
<p>Mit freundlichen Grüßen<br>Rieke Lammers<br>Pflegeversicherung<br>Weserhorst Krankenversicherung AG</p>
</body></html>
""")

# ---- 0034
mail("NORMAL", "de", "internal",
     "trap: data-protection training reminder with a quiz about health data (Art. 9 GDPR), no person",
     frm=FV, to="Alle Mitarbeitenden <alle@weserhorst.example>",
     subj="Erinnerung: Datenschutz-Pflichtschulung bis 15.02.", date=D(1, 29, 8, 0), body="""\
Liebe Kolleginnen und Kollegen,

bitte denkt an die jährliche Datenschutz-Schulung im Lernportal (ca. 25 Minuten). Ein kleiner
Vorgeschmack aus dem Quiz:

Frage 3: Welche dieser Angaben sind Gesundheitsdaten im Sinne von Art. 9 DSGVO?
  a) eine ICD-10-Diagnose wie J45.0
  b) die Information, dass jemand eine Brille trägt
  c) die Tatsache, dass jemand bei uns krankenversichert ist
  d) eine Zahnarztrechnung
(Auflösung in der Schulung ;-)

Und wie immer: Gesundheitsdaten, Bankdaten und Vertragsdaten von Kundinnen und Kunden nur über
SecureMail oder das Portal verschicken, nie unverschlüsselt.

Fenna de Vries
Datenschutzbeauftragte
""")

# ---- 0035
mail("CONFIDENTIAL", "de", "internal",
     "HR: new salary of a named employee for payroll, sent from a phone",
     frm=SW, to="Entgeltabrechnung <entgelt@weserhorst.example>", subj="peters gehalt",
     date=D(1, 29, 19, 12), hdrs=XM_IPH, body="""\
hi, bitte ab 1.3. für frau lina peters (pers-nr 20417) neues grundgehalt 4.350 € brutto, tarifgruppe VII, plus die 150 € zulage bleibt. unterschriebener nachtrag liegt in meinem postfach, scan kommt morgen

sw
""" + IPH_DE)

# ---- 0036
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "life contract of a named policyholder: beneficiary change confirmation (no medical word)",
     frm=GF, to="Martin Kleinschmidt <martin.kleinschmidt@webpost.example>",
     subj="Your life policy LV 3308 217 5 - change of beneficiary", date=D(1, 30, 10, 0), body="""\
Dear Mr Kleinschmidt,

we confirm the change of beneficiary for your term life policy LV 3308 217 5 (sum assured
EUR 300,000), effective 28 January 2026:

Beneficiary in the event of death: Ms Sofia Kleinschmidt (née Rossi), born 11 March 1990 - 100 %
Previous beneficiary: revoked

The nomination is revocable. You will find the updated policy schedule in your customer portal.

Kind regards
Gesa Frerichs
Life Policy Administration
Weserhorst Lebensversicherung AG
""" + FOOT_EN)

# ---- 0037
mail("NORMAL", "en", "newsletter",
     "trap: broker newsletter on expat health trends, maternity, mental health cover, no person",
     frm=NEWS, to="intl-brokers@weserhorst.example", subj="Weserhorst International Broker News - February",
     date=D(2, 2, 7, 30), body="""\
Weserhorst International Broker News - February 2026

* Expat health: claims for mental health treatment grew 18% in 2025 across our international
  portfolio. WH-Global Plus now covers 25 outpatient psychotherapy sessions without pre-approval.
* Maternity: waiting period reduced to 10 months.
* Cost trends: inpatient costs in Dubai and Singapore up 9-11% year on year.
* Webinar for brokers: "Underwriting expats with chronic conditions" - 19 February, 10:00 CET.

Questions? intl-brokers@weserhorst.example
""", html="""\
<html><body>
<h2>Weserhorst International Broker News &ndash; February 2026</h2>
<ul>
<li><b>Expat health:</b> claims for mental health treatment grew 18% in 2025 across our international
portfolio. WH-Global Plus now covers 25 outpatient psychotherapy sessions without pre-approval.</li>
<li><b>Maternity:</b> waiting period reduced to 10 months.</li>
<li><b>Cost trends:</b> inpatient costs in Dubai and Singapore up 9&ndash;11% year on year.</li>
<li><b>Webinar:</b> &quot;Underwriting expats with chronic conditions&quot; &ndash; 19 February, 10:00 CET.</li>
</ul>
<p>Questions? <a href="mailto:intl-brokers@weserhorst.example">intl-brokers@weserhorst.example</a></p>
</body></html>
""")

# ---- 0038
mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "liability claim: claimant named by her lawyer, damaged e-bike, claim number, no injury",
     frm=LB, to="Kanzlei Tjaden Rechtsanwälte <post@kanzlei-tjaden.example>",
     subj="Ihr Az. 14/26 T – unser Schaden PH-2026-00412 – Mandantin Frau Yvonne Rathjen",
     date=D(2, 2, 12, 22), body="""\
Sehr geehrte Frau Kollegin Tjaden,

in der Haftpflichtsache Ihrer Mandantin, Frau Yvonne Rathjen, gegen unseren Versicherungsnehmer
Herrn Bernd Uphoff (Privathaftpflicht PH 55 130 071) bestätigen wir den Eingang Ihres Schreibens
vom 27.01.2026.

Unser VN hat beim Ausparken das abgestellte E-Bike Ihrer Mandantin (Riese & Müller, Baujahr 2023)
umgestoßen. Personen wurden nicht verletzt. Die Haftung dem Grunde nach ist unstreitig.

Zur Höhe benötigen wir noch den Kaufbeleg und den Kostenvoranschlag der Fahrradwerkstatt; die
pauschal geltend gemachte Nutzungsausfallentschädigung für ein Fahrrad lehnen wir ab.

Mit freundlichen Grüßen
Lars Brüning
Schaden Haftpflicht

""" + FOOT_DE)

# ---- 0039
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "base64-encoded body: accident disability benefit with finger injury of a named insured",
     frm=JP, to="Rainer Focke <rainer.focke@kundenmail.example>",
     subj="Invaliditätsleistung aus Ihrer Unfallversicherung", date=D(2, 3, 9, 45), cte="base64",
     where="base64", body="""\
Sehr geehrter Herr Focke,

nach Auswertung des Gutachtens von Dr. Brettschneider (Unfallchirurgie, Klinikum Jadebusen) vom
20.01.2026 können wir Ihren Unfall vom 14.06.2025 (Kreissäge, Amputation des Endglieds des rechten
Zeigefingers, Beugesehnenverletzung Mittelfinger) abschließend regulieren.

Gliedertaxe:
  Zeigefinger rechts, Verlust Endglied: 1/3 von 10 %  =  3,33 %
  Mittelfinger rechts, Funktionsbeeinträchtigung 2/10 von 5 %  =  1,00 %
  Invaliditätsgrad gesamt: 4,33 %

Grundsumme 120.000 € mit Progression 350 % (unterhalb 25 % ohne Wirkung)
Invaliditätsleistung: 5.196,00 €

Unfallversicherung UV 12 887 430. Die Zahlung geht heute an Sie raus.

Gute Besserung weiterhin
Jonas Peper
Unfall-Leistung
""")

# ---- 0040
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: pick-up of data-protection bins with old medical reports for shredding, no person",
     frm=TG, to="Disposition <dispo@aktenvernichtung-nord.example>", subj="Abholung Datenschutztonnen KW 7",
     date=D(2, 3, 11, 58), body="""\
Hallo Frau Kaya,

bitte für KW 7 wieder Abholung: 14 Tonnen (240 l), davon 9 aus der Leistungsabteilung Kranken
(Arztrechnungen, Arztberichte, Rezepte – alles nach Ablauf der Aufbewahrungsfrist), Schutzklasse 3,
Sicherheitsstufe P-4. Vernichtungsprotokoll wie immer an mich.

Zufahrt Tor B, Rampe links.

Danke und Gruß
Thomas Gerdes
""")

# ---- 0041
mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "underwriting question about a named applicant with diabetes, lab value and medication (de/en)",
     frm=CW, to=HS, subj="UW question - Ms Okonkwo", date=D(2, 3, 17, 5), hdrs=XM_IPH, body="""\
henrik, kurze frage vor dem wochenende.. applicant Ms Adaeze Okonkwo, 41, wants WH-Global Plus for her Dubai posting. declares type 2 diabetes since 2022, metformin 1000 mg, HbA1c 7.2 last month, no complications. annehmen mit zuschlag oder ausschluss? broker is pushing

c
""" + IPH_EN)

# ---- 0042
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: pet insurance vet bill reimbursement for a named owner with IBAN (animal health only)",
     frm=BJ, to="Hannah Whitfield <hannah.whitfield@webpost.example>",
     subj="Re: Bruno's surgery - reimbursement", date=D(2, 4, 10, 30), body="""\
Dear Ms Whitfield,

good news: we reimburse the surgery of your Labrador Bruno (cruciate ligament, Tierklinik
Posthausen, invoice of 26 January) under your pet health policy TK 77 300 214:

Invoice amount              EUR 2,180.40
Deductible 20 %             EUR   436.08
Payment                     EUR 1,744.32

Paid to your account IBAN DE27 2825 0110 6683 6327 63 within 3 working days.
We hope Bruno is back on his paws soon!

Kind regards
Birte Janssen
""")

# ---- 0043
mail("NORMAL", "en", "internal",
     "trap: certificate and private-key renewal for the mail gateway, technical, no person",
     frm=OY, to="Mail Ops <mailops@weserhorst.example>", subj="gateway cert expires fri",
     date=D(2, 4, 16, 12), charset="us-ascii", cte="7bit", body="""\
heads up: the S/MIME domain certificate for weserhorst.example on the gateway expires Friday 23:59.
new CSR is generated (private key stays in the HSM), CA says issuance today or tomorrow.
I'll swap it Thursday 18:00, expect 5 min without outbound encryption -> mails queue, nothing bounces.
also updating the LDAP entry so partners pick up the new public key.

okan
""")

# ---- 0044
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: premium arrears reminder in a named person's health insurance (no medical word)",
     frm=SERVICE, to="Kevin Schnakenberg <k.schnakenberg@mailhaus.example>",
     subj="Zahlungserinnerung Krankenversicherung KV-6120-4471-01", date=D(2, 5, 8, 20), body="""\
Sehr geehrter Herr Schnakenberg,

leider konnten wir die Beiträge für Ihre private Krankenversicherung (Tarif KompaktStart, Vertrag
KV-6120-4471-01) für Dezember und Januar nicht einziehen; die Lastschriften kamen zurück.

Offener Betrag: 2 x 412,66 € + Rücklastschriftgebühren 6,00 € = 831,32 €

Bitte überweisen Sie den Betrag bis zum 20.02.2026. Wenn es finanziell gerade eng ist, rufen Sie uns
an – wir finden gemeinsam eine Lösung (z. B. Ratenzahlung oder Wechsel in den Basistarif).
Bei weiterem Rückstand müssen wir nach § 193 VVG das Ruhen der Leistungen feststellen.

Mit freundlichen Grüßen
Ihr Weserhorst Kundenservice

""" + FOOT_KV)

# ---- 0045
mail("NORMAL", "de", "internal",
     "trap: stand-in request mentioning a commercial fire claim visit, no person or policy data",
     frm=HM, to=LB, subj="hotline heute?", cte="8bit", date=D(2, 5, 13, 2), hdrs=XM_IPH, body="""\
lars wer hat heut bereitschaft schadenhotline? ich sitz noch beim brandschaden in delmenhorst (gewerbehalle) und handy hat 8%. falls kunde von mir anruft bitte kurz übernehmen, thx
""" + GAL)

# ---- 0046
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "attachment-only: DOCX water-damage report with a named customer's address and policy number",
     frm=LB, to="Familie Mehrtens <mehrtens.familie@t-net.example>", subj="Protokoll Ortstermin",
     date=D(2, 6, 11, 11), where="att-docx", body="""\
Hallo Frau Mehrtens,

anbei das Protokoll von heute früh. Bitte einmal drüberschauen und kurz bestätigen, dann gebe ich die
Trocknungsfirma frei.

Viele Grüße
Lars Brüning
""", atts=[A("Protokoll_Ortstermin_2026-02-06.docx", DOCX([
    "# Protokoll Ortstermin Leitungswasserschaden",
    "Schadennummer: WG-2026-00188   Vertrag: Wohngebäude WG 31 009 415",
    "Versicherungsnehmer: Jörg und Anja Mehrtens, Am Wasserturm 7, 27749 Delmenhorst",
    "Datum: 06.02.2026, 08:30 Uhr, anwesend: Frau Mehrtens, Herr Brüning (Weserhorst), Herr Tietjen (Installateur)",
    "Ursache: Frostbruch der Zuleitung zur Außenzapfstelle, Wasser im Kellerflur und Hauswirtschaftsraum.",
    "Maßnahmen: Leckortung erledigt, Trocknung ca. 3 Wochen, Estrich voraussichtlich erhalten.",
    "Geschätzter Schaden: 7.500 – 9.000 EUR.",
], table=[["Raum", "Feuchte %", "Maßnahme"], ["Kellerflur", "4,8", "Trocknung"], ["HWR", "5,2", "Trocknung, Sockelleisten ab"]]))])

# ---- 0047
mail("NORMAL", "en", "insurer-to-partner",
     "trap: aggregated claims statistics for an association survey (counts per line), no person",
     frm=PR, to="Statistics Desk <statistics@insurers-assoc.example>",
     subj="Re: annual survey 2025 - Weserhorst figures", date=D(2, 6, 15, 0), where="att-csv", body="""\
Hello,

attached our figures for the 2025 survey (gross, in EUR thousand, number of claims).
Health figures are for Weserhorst Krankenversicherung AG only; dental is shown within outpatient.

Regards
Priya Raman
Actuarial
""", atts=[A("WH_survey_2025.csv", CSV([
    ["line", "claims_count", "claims_paid_keur", "avg_claim_eur"],
    ["motor_liability", "18412", "61220", "3325"],
    ["motor_own_damage", "22905", "48112", "2100"],
    ["household", "9814", "11870", "1209"],
    ["buildings", "6120", "29904", "4886"],
    ["health_outpatient", "412880", "201455", "488"],
    ["health_inpatient", "38120", "176340", "4626"],
    ["accident", "1984", "17002", "8570"],
], ";"), charset="us-ascii")])

# ---- 0048
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "personal-injury liability claim: named claimant's injuries and treatment, sent to her lawyer",
     frm=LB, to="Oliver Grant <o.grant@grant-solicitors.example>",
     subj="Your client Ms Chloe Harper - our ref PH-2026-00377", date=D(2, 9, 10, 50), body="""\
Dear Mr Grant,

thank you for the medical report on your client Ms Chloe Harper. We note that after the fall on our
policyholder's icy driveway on 3 January she suffered a distal radius fracture (S52.5) of the left
wrist, treated with plate osteosynthesis at St Aidan Clinic, and a whiplash injury; she was unable
to work until 16 February.

Liability is accepted. We offer EUR 6,500 in general damages plus the documented loss of earnings
of EUR 2,140 and prescription costs of EUR 86.50, in full and final settlement.

Yours sincerely
Lars Brüning
Liability Claims
""" + FOOT_EN)

# ---- 0049
mail("CONFIDENTIAL", "en", "internal",
     "attachment-only: windows-1252 CSV of named travellers with dates of birth for a group travel policy",
     frm=NA, to=MN, subj="Fwd: Brinkmann group trip - traveller list", date=D(2, 9, 14, 33),
     hdrs=XM_OL, where="att-csv", body="""\
fyi, for the group travel cover they want from 1 March. list attached. no medical stuff, just names

-----Original Message-----
From: Petra Brinkmann <p.brinkmann@brinkmann-metallbau.example>
Sent: Monday, February 9, 2026 1:02 PM
To: Nils Ahlers <nils.ahlers@weserhorst.example>
Subject: Brinkmann group trip - traveller list

Hello Mr Ahlers, here the list for the trade fair trip to Milan. Thanks, P. Brinkmann
""", atts=[A("Reiseteilnehmer_Mailand.csv", CSV([
    ["Name", "Vorname", "Geburtsdatum", "Reisepass", "Zeitraum"],
    ["Brinkmann", "Petra", "19.04.1967", "C01X00T47", "01.03.-05.03.2026"],
    ["Gröning", "Uwe", "02.12.1975", "C4R9J2K18", "01.03.-05.03.2026"],
    ["Nüßmann", "Selin", "28.07.1993", "CF8M3P0Z5", "01.03.-05.03.2026"],
    ["Wöltjen", "Dirk", "15.10.1982", "C7H2W4L11", "01.03.-05.03.2026"],
], ";"), ctype="application/vnd.ms-excel", charset="windows-1252")])

# ---- 0050
mail("NORMAL", "de", "insurer-to-customer",
     "trap: out-of-office auto-reply of a health-claims clerk mentioning 'Leistungsfälle'",
     frm=JK, to="Karsten Vogt <karsten.vogt@mailhaus.example>", subj="Automatische Antwort: Rechnung",
     date=D(2, 10, 7, 2), hdrs=AUTO, body="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026 nicht im Büro.

In dringenden Leistungsfällen wenden Sie sich bitte an leistung-kranken@weserhorst.example oder an
unsere Service-Hotline 0421 5597-0. Ihre E-Mail wird nicht weitergeleitet.

Jana Kowalczyk
Weserhorst Krankenversicherung AG
""")

# ---- 0051
mail("NORMAL", "de", "internal",
     "trap: one-line forward of an association press release on care reform and care levels, no person",
     frm=UH, to="Vorstand Büro <vorstandsbuero@weserhorst.example>", subj="WG: PM Pflegereform",
     date=D(2, 10, 7, 48), hdrs=XM_IPH, body="""\
zur info für die VS-sitzung

Von meinem iPhone gesendet

Anfang der weitergeleiteten Nachricht:

> Von: Pressestelle Versichererverband <presse@insurers-assoc.example>
> Datum: 10. Februar 2026 um 07:15:03 MEZ
> Betreff: PM: Pflegereform – Verband fordert Dynamisierung des Pflegegeldes
>
> Berlin. Die Zahl der Pflegebedürftigen ist 2025 auf über 5,8 Millionen gestiegen, knapp
> 40 Prozent davon in Pflegegrad 2. Der Verband fordert eine regelhafte Dynamisierung von
> Pflegegeld und Sachleistungen und mehr Anreize für private Pflegevorsorge.
>
> Pressekontakt: presse@insurers-assoc.example
""")

# ---- 0052
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor theft claim of a named customer with VIN, plate and police file number (8bit, format=flowed)",
     frm=TR, to="Ilka Sander <ilka.sander@mailhaus.example>", subj="Diebstahl Ihres Fahrzeugs HB-IS 3310",
     date=D(2, 10, 13, 27), cte="8bit", flowed=True, body="""\
Hallo Frau Sander,

das tut mir leid mit Ihrem Auto. Ich habe den Diebstahl unter der 
Schadennummer S-2026-0029841 angelegt.

Vertrag: Vollkasko KF-3388-0172, Mazda CX-5, FIN JMZKF6W1A00812345
Anzeige bei der Polizei Bremen-Vahr, Tagebuchnummer 0211/26/4471

Wir warten jetzt die Monatsfrist ab (bis 09.03.2026). Taucht der Wagen 
bis dahin nicht auf, rechnen wir auf Basis des Wiederbeschaffungswerts 
ab. Bitte schicken Sie mir schon mal beide Schlüssel per Einschreiben 
und den Fahrzeugbrief (Teil II).

Viele Grüße
Tobias Reimers
""")

# ---- 0053
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "daily sickness allowance: named insured, knee surgery and incapacity certificate follow-up",
     frm=JK, to="Sven Ohlrogge <sven.ohlrogge@webpost.example>", subj="Krankentagegeld – Folgebescheinigung",
     date=D(2, 11, 9, 3), body="""\
Hallo Herr Ohlrogge,

danke für die AU bis 13.02. Nach der Kreuzband-OP am 19.01. zahlen wir das Krankentagegeld
(Tarif KT 43, 95 € täglich ab dem 43. Tag) natürlich weiter, sobald die Karenzzeit rum ist.
Bitte schicken Sie uns die Folgebescheinigung von Dr. Alpers direkt, wenn Sie sie haben –
ein Foto in der App reicht.

Gute Besserung!
Jana Kowalczyk
""")

# ---- 0054
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: translation order for a blank dental claim form with placeholders (ODT), no person",
     frm=BJ, to="Project Team <projects@lingua-nord.example>", subj="translation order: dental claim form EN/PL",
     date=D(2, 11, 10, 40), where="att-odt", body="""\
Hello,

please translate the attached blank form into English and Polish, same layout. It's the cover sheet
customers send with their dentist's invoices. About 300 words; deadline 25 Feb.
PO will follow from purchasing.

Thanks
Birte Janssen
Customer Service
""", atts=[A("Formular_Zahnrechnung_blanko.odt", ODT([
    "Weserhorst Krankenversicherung AG – Einreichung Zahnarztrechnung",
    "Versicherte Person: ______________________   Versicherungsnummer: KV-____-____-__",
    "Behandelnde Zahnärztin / behandelnder Zahnarzt: ______________________",
    "Art der Behandlung:  [ ] Vorsorge  [ ] Füllung  [ ] Zahnersatz  [ ] Kieferorthopädie  [ ] Implantat",
    "Liegt ein Heil- und Kostenplan vor?  [ ] ja  [ ] nein",
    "Erstattung auf das bekannte Konto oder auf IBAN: DE__ ____ ____ ____ ____ __",
    "Datum, Unterschrift: ______________________",
]))])

# ---- 0055
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "hurried callback note: named customer's son, psychotherapy application with session count",
     frm=JK, to="Svenja Kück <svenja.kueck@weserhorst.example>", subj="rückruf dr. kahle",
     date=D(2, 11, 12, 55), hdrs=XM_IPH, body="""\
svenja ruf bitte frau dr. kahle zurück (0421 338871), wegen ihrem sohn niklas – antrag psychotherapie 60 std VT, der gutachter hat nur 25 bewilligt. sie ist ziemlich sauer. akte KV-2290-1180-03. bin bis 15 uhr im workshop
""" + IPH_DE)

# ---- 0056
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "commercial contents cover of a sole trader (natural person) with turnover figure",
     frm=MN, to="Gareth Hall <g.hall@northbridge-brokers.example>",
     subj="Carstens bakery - quote commercial contents", date=D(2, 12, 11, 15), body="""\
Gareth,

quote for your client as requested:

Insured: Hinrich Carstens e.K. (Bäckerei Carstens), sole trader, Vegesacker Str. 41, 28219 Bremen
Declared turnover 2025: EUR 684,000; 9 employees
Contents sum insured: EUR 350,000 incl. ovens; business interruption 12 months EUR 180,000
Premium: EUR 2,944.00 p.a. plus tax, deductible EUR 1,000

The old fryer fire in 2023 is noted; we need proof the extinguishing system was installed.
Quote valid until 31 March.

Mateusz
Commercial Underwriting
""" + FOOT_EN)

# ---- 0057
mail("NORMAL", "de", "insurer-to-partner",
     "trap: press answer with aggregated BU claim causes (psychische Erkrankungen 38 %), no person",
     frm=UH, to="Redaktion Wirtschaft <wirtschaft@weser-kurier-online.example>",
     subj="Ihre Anfrage zu Berufsunfähigkeit", date=D(2, 12, 16, 20), body="""\
Sehr geehrte Frau Poppe,

gern beantworten wir Ihre Fragen:

1. Häufigste Ursachen für BU-Leistungsfälle 2025 bei der Weserhorst Lebensversicherung:
   psychische Erkrankungen 38 %, Erkrankungen des Bewegungsapparats 21 %, Krebs 17 %,
   Unfälle 9 %, Herz-Kreislauf 7 %, sonstige 8 %.
2. Anerkennungsquote: 79 % der abschließend geprüften Anträge.
3. Durchschnittliches Alter bei Leistungsbeginn: 47 Jahre.

Einzelfälle können wir aus Datenschutzgründen nicht nennen. Zitieren Sie bitte "eine Sprecherin
der Weserhorst Versicherung".

Mit freundlichen Grüßen
Ulrike Hagedorn
Unternehmenskommunikation / Vorstandsbüro
""")

# ---- 0058
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health: named customer hospitalised abroad after a stroke, repatriation planning",
     frm=NA, to="Graham Pike <graham.pike@kundenmail.example>", subj="your father - repatriation update",
     date=D(2, 13, 8, 10), body="""\
Dear Mr Pike,

our assistance doctor spoke to the stroke unit at Hospital Costa del Sol this morning. Your
father, Mr Derek Pike (travel policy RV 80 120 559), is stable after the ischaemic stroke of
9 February; the left-sided weakness is improving and he is swallowing again.

The treating neurologist considers him fit to fly from 17 February with a medical escort
(stretcher not needed, wheelchair at both airports). We will book the flight Malaga - Bremen and
the escort nurse, and arrange admission to the neurology ward at Klinikum Jadebusen for early rehab.

All costs are covered under the policy. I'll call you this afternoon.

Kind regards
Nils Ahlers
Travel Assistance
""")

# ---- 0059
mail("NORMAL", "mixed", "internal",
     "trap: Teams outage note mentioning the KV claims stand-up, de/en, no data",
     frm=OY, to="Alle Mitarbeitenden Bremen <alle-bremen@weserhorst.example>", subj="Teams down / Teams gestört",
     date=D(2, 13, 9, 2), charset="us-ascii", cte="7bit", body="""\
Teams ist seit 08:40 gestoert (Microsoft-seitig, kein lokales Problem).
Teams has been down since 08:40 (Microsoft side).

Bitte fuer Meetings die alte Telefonbruecke nutzen / please use the old phone bridge:
0421 5597-9000, PIN 4471#

Das Daily der Leistung Kranken um 9:15 also per Telefon. Updates hier.
-- IT-Betrieb
""")

# ---- 0060
mail("CONFIDENTIAL", "de", "insurer-to-authority",
     "grey: request for the administrative-fine file of a traffic accident with a named driver (no criminal matter), nobody injured",
     frm=MA, to="Bußgeldstelle Stadtamt Bremen <bussgeldstelle@stadtamt-bremen.example>",
     subj="Akteneinsicht Az. OWi 2025-118220 – Verkehrsunfall 02.11.2025", date=D(2, 13, 14, 45), body="""\
Sehr geehrte Damen und Herren,

in dem Bußgeldverfahren Az. OWi 2025-118220 gegen Herrn Marco Dittmer, geb. 05.06.1997,
wegen des Verkehrsunfalls vom 02.11.2025 auf der Stresemannstraße beantragen wir als
Kfz-Haftpflichtversicherer des Unfallgegners (unser Schaden S-2025-0904412) Einsicht in die
Bußgeldakte (§ 49b OWiG i. V. m. § 475 StPO). Personen kamen nach unserem Kenntnisstand nicht zu
Schaden; es geht um die Klärung des Haftungsanteils (Rotlichtverstoß streitig).

Die Kosten der Aktenversendung übernehmen wir.

Mit freundlichen Grüßen
Marlene Osterkamp
Recht / Regress

""" + FOOT_DE)

# ---- 0061
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost-coverage for a named patient with OPS code and chief-physician option, windows-1252",
     frm=JK, to="Patientenaufnahme <aufnahme@klinikum-jadebusen.example>",
     subj="Kostenübernahme Frau Renate Harms, geb. 17.09.1956", date=D(2, 16, 8, 40),
     charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

für die geplante stationäre Aufnahme von

  Frau Renate Harms, geb. 17.09.1956, Versicherungsnummer KV-1190-0227-01

am 23.02.2026 zur Implantation einer Knie-Totalendoprothese rechts (OPS 5-822.g1) bei
Gonarthrose (M17.1) übernehmen wir die Kosten der allgemeinen Krankenhausleistungen sowie die
Wahlleistungen Chefarztbehandlung und Zweibettzimmer im Rahmen des Tarifs StationärPlus.

Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Mit freundlichen Grüßen
Jana Kowalczyk
Leistungsabteilung Krankenversicherung
Weserhorst Krankenversicherung AG
""")

# ---- 0062
mail("NORMAL", "de", "internal",
     "trap: ODS complaint statistics by category incl. 'Ablehnung Arztrechnung', aggregated",
     frm=BJ, to="Ulrike Hagedorn <ulrike.hagedorn@weserhorst.example>", subj="Beschwerdestatistik Januar",
     date=D(2, 16, 11, 0), where="att-ods", body="""\
hallo ulrike, anbei die zahlen für januar für den vorstandsbericht. auffällig nur die vielen
beschwerden wg. bearbeitungsdauer zahn (urlaubszeit + scannerproblem)

lg birte
""", atts=[A("Beschwerden_2026-01.ods", ODS([
    ["Kategorie", "Anzahl", "davon berechtigt", "Ø Bearbeitungstage"],
    ["Ablehnung Arztrechnung (GOÄ-Steigerung)", 41, 9, 6.2],
    ["Bearbeitungsdauer Zahn", 63, 58, 3.1],
    ["Beitragsanpassung KV", 27, 2, 8.4],
    ["Kfz-Schadenregulierung", 18, 5, 5.0],
    ["Hausrat/Wohngebäude", 11, 3, 4.7],
    ["Portal / Login", 22, 20, 1.2],
], "Januar 2026"))])

# ---- 0063
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "attachment-only: home insurance policy schedule PDF with a named customer's birth date and address",
     frm=BJ, to="Kwame Mensah <kwame.mensah@webpost.example>", subj="your documents",
     date=D(2, 16, 15, 30), where="att-pdf", body="""\
Hi Mr Mensah,

as requested, the English courtesy copy of your policy schedule is attached. The German version
remains the legally binding one.

Best regards
Birte Janssen
""", atts=[A("Policy_schedule_HR22811094_EN.pdf", PDF("""\
Weserhorst Versicherung AG - Policy schedule (courtesy translation)

Policyholder: Kwame Mensah, born 30 November 1982
Risk address: Kornstrasse 118, 28201 Bremen, 3rd floor left
Policy no.: HR 22 811 094 (home contents) and PH 55 141 220 (personal liability)
Term: 01.02.2026 - 01.02.2027, renewing annually

Home contents sum insured: EUR 65,000 (living space 89 sqm)
Bicycle theft: up to EUR 2,000
Personal liability: EUR 10 million lump sum, family cover (spouse Ama Mensah)
Annual premium: EUR 231.84 incl. insurance tax
Payment: SEPA direct debit, mandate WH-HR-22811094-01, account ending ...5510
""", "Policy schedule"))])

# ---- 0064
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "life contract: policy loan with payout IBAN for a named policyholder (no medical word)",
     frm=GF, to="Andreas Tönjes <a.toenjes@t-net.example>", subj="Policendarlehen zu LV 3301 884 0",
     date=D(2, 17, 10, 5), body="""\
Sehr geehrter Herr Tönjes,

wir haben Ihren Antrag auf ein Policendarlehen zu Ihrer Kapitallebensversicherung LV 3301 884 0
geprüft und gewähren Ihnen ein Darlehen über 12.000,00 €.

Zinssatz: 4,1 % p. a., Zinsen jährlich nachschüssig
Rückkauswert zum 01.02.2026: 31.874,20 €
Auszahlung am 20.02.2026 auf: DE88 2501 0030 9079 3159 80 (Andreas Tönjes)

Den Darlehensvertrag haben wir Ihnen ins Kundenportal gelegt; bitte unterschreiben Sie ihn dort
digital.

Mit freundlichen Grüßen
Gesa Frerichs
Bestandsverwaltung Leben

""" + FOOT_LV)

# ---- 0065
mail("NORMAL", "en", "internal",
     "trap: asking for the rejection-letter template 'pre-existing condition' with placeholders",
     frm=CW, to="Health Claims Support <kv-support@weserhorst.example>", subj="template pls",
     date=D(2, 17, 12, 10), hdrs=XM_IPH, body="""\
can someone send me the english template for "claim declined - pre-existing condition"? the one with the «insured_name» / «diagnosis» placeholders. can't find it in the DMS since the migration
""" + IPH_EN)

# ---- 0066
mail("CONFIDENTIAL", "de", "customer",
     "one-line forward; the quoted customer complaint lists stolen items and the claim of a burglary",
     frm=BJ, to=LB, subj="WG: Einbruch – immer noch kein Geld!!", date=D(2, 17, 14, 2), where="fwd", body="""\
fyi, hat heute schon 2x angerufen

________________________________
Von: Ralf Dreyer <ralf.dreyer@mailhaus.example>
Gesendet: Dienstag, 17. Februar 2026 13:21
An: service@weserhorst.example
Betreff: Einbruch – immer noch kein Geld!!

Hallo,
am 24.1. wurde bei uns eingebrochen (Schaden HR-2026-00094, Hausrat Nr. HR 22 790 118). Gestohlen
wurden Laptop (1.499€), Kamera Sony A7 (2.100€), Schmuck meiner Frau (ca. 3.000€, Fotos haben sie)
und 400€ Bargeld. Polizei hat alles aufgenommen, Stehlgutliste ist raus. Seit 3 Wochen nix.
Ich bin seit 19 Jahren Kunde!
Ralf Dreyer, Lesumer Heerstr. 12, 28717 Bremen
""")

# ---- 0067
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request for medical records of a named member to check a pre-existing condition",
     frm=CW, to="Dr. Wei Ling Tan <records@tanglin-medical.example>",
     subj="Medical records request - Mr Pieter Vos, DOB 04 July 1961", date=D(2, 18, 9, 20), body="""\
Dear Dr Tan,

our member Mr Pieter Vos, DOB 04 July 1961, member no. KV-9120-0417-01, has submitted a claim for
a coronary angiography and stent placement performed on 2 February 2026.

His application of March 2025 did not mention heart complaints. To assess the claim, could you
please send us copies of his consultation notes, ECGs and any cardiology referrals from
January 2023 to March 2025? A signed authorisation by Mr Vos is attached to our portal request
MR-2026-0031; please upload the records there rather than replying by e-mail.

Thank you and kind regards
Claire Whitmore
International Health Claims
""" + FOOT_EN)

# ---- 0068
mail("NORMAL", "de", "insurer-to-customer",
     "trap: one-time password for the portal registration, no content",
     frm=NOREPLY, to="Gudrun Pohl <gudrun.pohl@t-net.example>", subj="Ihr Einmal-Passwort",
     date=D(2, 18, 11, 47), hdrs={"Auto-Submitted": "auto-generated"}, charset="us-ascii", cte="7bit", body="""\
Guten Tag,

Ihr Einmal-Passwort fuer die erste Anmeldung im Weserhorst SecureMail-Portal lautet:

    7Q-KX4-29M

Es ist 48 Stunden gueltig. Bei der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine
Sicherheitsfrage.

https://securemail.weserhorst.example/erstanmeldung

Ihre Weserhorst Versicherung
""")

# ---- 0069
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "ZIP with a CSV and a PDF: audit sample of health claims with names and diagnoses; body harmless",
     frm=JK, to="Interne Revision <revision@weserhorst.example>", subj="Stichprobe",
     date=D(2, 18, 15, 5), where="att-zip", body="""\
Hallo Herr Kruse,

wie besprochen die Stichprobe für die Prüfung. Die Originalakten liegen ab Montag im Besprechungsraum 2.09.

Gruß
Jana Kowalczyk
""", atts=[A("Stichprobe_LK_2025.zip", ZIP([
    ("Stichprobe_LK_2025.csv", CSV([
        ["Fall", "Versicherte Person", "geb.", "Diagnose", "ICD", "Betrag EUR", "Entscheidung"],
        ["LK-25-11402", "Thorsten Bischoff", "11.02.1977", "Bandscheibenvorfall lumbal", "M51.1", "8920,40", "erstattet"],
        ["LK-25-12877", "Melanie Rohlfs", "03.09.1989", "Schwangerschaftsdiabetes", "O24.4", "1204,10", "erstattet"],
        ["LK-25-13019", "Ahmet Demir", "27.06.1960", "Prostatakarzinom", "C61", "21450,00", "teilweise"],
        ["LK-25-14460", "Ole Wiechmann", "19.12.2001", "Kreuzbandruptur", "S83.5", "6310,75", "erstattet"],
    ], ";").encode("utf-8")),
    ("Pruefvermerk_LK-25-13019.pdf", PDF("""\
Pruefvermerk Leistungsfall LK-25-13019
Versicherte Person: Ahmet Demir, geb. 27.06.1960
Diagnose: Prostatakarzinom (C61), radikale Prostatektomie 10/2025
Strittig: Protonentherapie-Anteil, medizinische Notwendigkeit durch Beratungsarzt verneint
Entscheidung: 14.300,00 EUR von 21.450,00 EUR erstattet
""", "Pruefvermerk")),
]))])

# ---- 0070
mail("NORMAL", "de", "insurer-to-broker",
     "trap: broker portal maintenance notice mentioning portfolio rights and one-time passwords",
     frm=MO, to="Makler Nord Verteiler <makler-nord@weserhorst.example>", subj="Wartung Maklerportal Sa 21.02.",
     date=D(2, 19, 9, 0), body="""\
Liebe Partnerinnen und Partner,

am Samstag, 21.02., ist das Maklerportal von 06:00 bis ca. 14:00 Uhr wegen Wartung nicht erreichbar.
Auch der Abruf der elektronischen Vermittlerpost über Ihr MVP (BiPRO) pausiert in dieser Zeit.

Neu danach:
- Makleradministratoren können Bestandsrechte für einzelne Nutzer selbst vergeben.
- Einmal-Passwörter für neue Nutzer kommen per SMS statt per Brief.

Beste Grüße
Meike Oltmanns
""")

# ---- 0071
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "employment-law legal expenses: named customer's dismissal and monthly salary figure",
     frm=KT, to="Stefanie Hollmann <stefanie.hollmann@kundenmail.example>",
     subj="Rechtsschutz Arbeitsrecht – Kündigungsschutzklage", date=D(2, 19, 13, 12), body="""\
Hallo Frau Hollmann,

für die Kündigungsschutzklage gegen Ihren Arbeitgeber (betriebsbedingte Kündigung vom 30.01.2026)
besteht Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS 70 455 128, Baustein Beruf.

Der Gegenstandswert richtet sich nach drei Bruttomonatsgehältern; Ihr Anwalt hat uns 3.870 €
brutto monatlich mitgeteilt, also 11.610 €. Die Selbstbeteiligung beträgt 250 €.
Unser Zeichen: RS-2026-00139. Die Kostenzusage geht direkt an Rechtsanwalt Dr. Kühne.

Viel Erfolg!
Kai-Uwe Tammen
Rechtsschutz-Schaden
""")

# ---- 0072
mail("NORMAL", "en", "internal",
     "trap: DPIA summary for a claims app listing health-data categories and risks, no person",
     frm=FV, to="Project ClaimSnap <claimsnap@weserhorst.example>", subj="DPIA ClaimSnap - summary v0.9",
     date=D(2, 19, 16, 40), body="""\
Hi all,

summary of the DPIA for ClaimSnap (photo upload of medical invoices):

Data categories: contract data, bank data (IBAN for payouts), health data (Art. 9 GDPR: diagnoses
and treatments on invoices, prescriptions, medical reports), in exceptional cases data on children.
Main risks: photos of invoices left in the phone gallery; OCR results in debug logs; push
notifications showing amounts on the lock screen.
Measures: in-app camera only, no gallery storage; log masking of diagnosis and IBAN fields;
notification text without content ("Ihre Rechnung wurde bearbeitet").

Residual risk: acceptable. Final version goes to the works council next week.

Fenna
""")

# ---- 0073
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
     "bilingual de/en reimbursement letter for a named expat with doctor's invoice and diagnosis",
     frm=CW, to="Sebastian Kruger <s.kruger@mailhaus.example>", subj="Erstattung / Reimbursement KV-9120-0390-01",
     date=D(2, 20, 10, 2), body="""\
Sehr geehrter Herr Kruger, dear Mr Kruger,

wir haben die folgende Rechnung erstattet / we have reimbursed the following invoice:

Patient: Sebastian Kruger
Arzt / Doctor: Dr. Emeka Obi, Lekki Family Clinic, Lagos
Datum / Date: 06.02.2026
Diagnose / Diagnosis: Malaria tropica (B50.9)
Betrag / Amount: NGN 410,000 = EUR 247.18
Erstattung / Reimbursement: 100 % = EUR 247.18

Gute Besserung / get well soon!

Claire Whitmore
International Health Claims
""")

# ---- 0074
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "D&O notification naming the managing director and the insolvency administrator's claim amount",
     frm=MN, to="Dr. Corinna Weiland <c.weiland@brinkmann-metallbau.example>",
     subj="D&O policy DO 15 000 882 - notification of claim", date=D(2, 20, 14, 18), body="""\
Dear Dr Weiland,

we acknowledge the notification under the D&O policy DO 15 000 882 of Brinkmann Metallbau GmbH.

The insolvency administrator of the former subsidiary Brinkmann Stahlhandel GmbH has asserted a claim
of EUR 1.86 million against the former managing director, Mr Henning Brinkmann, for payments made
after the alleged onset of insolvency (Sec. 15b InsO).

We are reviewing cover and have appointed Kanzlei Tjaden Rechtsanwälte for the defence, subject to
a reservation of rights. Please forward any further correspondence without delay.

Kind regards
Mateusz Nowak
Commercial Lines / Financial Lines
""" + FOOT_EN)

# ---- 0075
mail("NORMAL", "de", "internal",
     "trap: farewell announcement of a colleague from the health insurance department, no private data",
     frm="Frank Oetken <frank.oetken@weserhorst.example>", to="Alle Mitarbeitenden Bremen <alle-bremen@weserhorst.example>",
     subj="Abschied Hannelore Ortgies", date=D(2, 20, 15, 30), body="""\
Liebe Kolleginnen und Kollegen,

nach 38 Jahren in der Krankenversicherung – erst in der Leistung, dann viele Jahre in der
Antragsprüfung – geht Hannelore Ortgies Ende Februar in den Ruhestand.

Wir verabschieden sie am Freitag, 27.02., um 14 Uhr im Foyer mit Kaffee und Butterkuchen. Wer sich
an einem Geschenk beteiligen möchte: Umschlag liegt bei mir, Raum 3.11.

Frank Oetken
Abteilungsleitung Leistung Kranken
""")

# ---- 0076
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
     "medical examination appointment (echocardiography) for a named life applicant, ICS attached",
     frm=HS, to="Florian Meyerholz <f.meyerholz@webpost.example>",
     subj="Termin ärztliche Untersuchung zu Ihrem Antrag", date=D(2, 23, 9, 12), where="att-ics", body="""\
Guten Tag Herr Meyerholz,

wie telefonisch vereinbart die Terminbestätigung für die Untersuchung bei unserem Vertragsarzt
(Ruhe-EKG, Herzecho, Blutbild). Bitte nüchtern erscheinen und Ihre aktuelle Medikamentenliste
mitbringen. Die Kosten tragen wir.

Freundliche Grüße
Dr. Henrik Sievers
""", atts=[A("Untersuchung.ics", ICS("wh-rp-2026-00417@weserhorst.example", "20260303T080000",
    "20260303T090000", "Ärztliche Untersuchung Risikoprüfung (F. Meyerholz)",
    "Praxis Dr. Behrens, Am Wall 140, 28195 Bremen",
    "Antrag LV-A 2026/00417: Ruhe-EKG, Echokardiographie, Labor (HbA1c, Lipide, GGT). Bitte nüchtern.",
    "henrik.sievers@weserhorst.example", ["f.meyerholz@webpost.example"]), charset="utf-8")])

# ---- 0077
mail("NORMAL", "en", "internal",
     "trap: typo fix in a press release about patient services, no person",
     frm=UH, to="Comms Team <comms@weserhorst.example>", subj="PR typo", date=D(2, 23, 11, 40),
     hdrs=XM_IPH, body="""\
para 2 says "pateints" and "second medical opinon". pls fix before 4 and send me the pdf again. otherwise good to go
""" + IPH_EN)

# ---- 0078
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "windscreen repair for a named customer with plate and claim number, us-ascii",
     frm=TR, to="Liam O'Connor <liam.oconnor@mailhaus.example>", subj="Re: stone chip",
     date=D(2, 23, 14, 5), charset="us-ascii", cte="7bit", body="""\
Hi Mr O'Connor,

yes, the chip repair is fully covered under your partial cover (KF-4471-9902), no excess for a
repair. Just drive to Autoglas Mehrtens, Hemelinger Str. 20, and give them the claim number
S-2026-0033018 and your plate HB-LO 1207. They bill us directly.

Cheers
Tobias Reimers
""")

# ---- 0079
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML table (and text part) with reimbursement of glasses and hearing aids for named insureds",
     frm=JK, to="Werner Rosebrock <werner.rosebrock@t-net.example>", subj="Erstattung Hilfsmittel",
     date=D(2, 24, 10, 30), where="html-table", body="""\
Sehr geehrter Herr Rosebrock,

wir haben folgende Rechnungen erstattet:

Person           | Hilfsmittel                         | Betrag     | Erstattung
Werner Rosebrock | Hörgeräte beidseits (Audio Vahr)     | 3.980,00 € | 1.500,00 € (Höchstsatz)
Inge Rosebrock   | Gleitsichtbrille (Optik Lenz)       |   894,00 € |   300,00 €

Die Hörgeräteversorgung ist nach Ihrem Tarif alle 5 Jahre erstattungsfähig (nächste ab 02/2031).

Mit freundlichen Grüßen
Jana Kowalczyk
""", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Rosebrock,</p>
<p>wir haben folgende Rechnungen erstattet:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr style="background:#dde"><th>Person</th><th>Hilfsmittel</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>Werner Rosebrock</td><td>Hörgeräte beidseits (Audio Vahr)</td><td>3.980,00 €</td><td>1.500,00 € (Höchstsatz)</td></tr>
<tr><td>Inge Rosebrock</td><td>Gleitsichtbrille (Optik Lenz)</td><td>894,00 €</td><td>300,00 €</td></tr>
</table>
<p>Die Hörgeräteversorgung ist nach Ihrem Tarif alle 5 Jahre erstattungsfähig (nächste ab 02/2031).</p>
<p>Mit freundlichen Grüßen<br>Jana Kowalczyk</p>
</body></html>
""")

# ---- 0080
mail("NORMAL", "de", "internal",
     "trap: lift out of order, visitors with wheelchair or rollator please use building A",
     frm=TG, to="Empfang <empfang@weserhorst.example>", cc="Alle Mitarbeitenden Bremen <alle-bremen@weserhorst.example>",
     subj="Aufzug Haus B defekt", date=D(2, 24, 7, 55), body="""\
Moin,

Aufzug Haus B steht, Ersatzteil kommt frühestens Donnerstag. Besucherinnen und Besucher mit Rollstuhl,
Rollator oder Kinderwagen bitte über Haus A und den Verbindungsgang im 1. OG lotsen. Das
Beratungszimmer Kranken im EG Haus B ist normal erreichbar.

Thomas
""")

# ---- 0081
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "grey: commission statement of a sole-trader broker with his IBAN and tax number",
     frm=MO, to="Jens Ritter <jens.ritter@finanzkontor-ritter.example>", subj="Provisionsabrechnung 01/2026",
     date=D(2, 24, 13, 0), charset="iso-8859-1", body="""\
Hallo Herr Ritter,

Ihre Provisionsabrechnung Januar 2026 (Vermittlernummer 40233, Jens Ritter, Einzelunternehmer):

Abschlussprovision Sach        1.212,40 EUR
Bestandsprovision Sach           388,15 EUR
Abschlussprovision Kfz           640,00 EUR
Stornoreserve                   -120,00 EUR
Auszahlung                     2.120,55 EUR

Überweisung auf DE54 2805 0100 4105 4877 05, Steuernummer 60/147/08815 ist hinterlegt (umsatzsteuerfrei nach § 4 Nr. 11 UStG).

Gruß
Meike Oltmanns
""")

# ---- 0082
mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "one-line forward; the quoted underwriting note names an applicant's alcohol dependency",
     frm=HS, to=DO, subj="FW: application Harrington - decline", date=D(2, 24, 16, 22), where="quote", body="""\
see below. decline, no fac needed.

> -----Original Message-----
> From: Risk Assessment Life <rp-leben@weserhorst.example>
> Sent: Tuesday, February 24, 2026 3:55 PM
> To: Henrik Sievers <henrik.sievers@weserhorst.example>
> Subject: application Harrington
>
> Henrik, LV-A 2026/00502, Mr Neil Harrington, 52, EUR 1.2m term life.
> GP report: alcohol dependency (F10.2), inpatient detox 2023, relapse 2024, GGT still 3x ULN,
> fatty liver on ultrasound. Broker says he's "dry since summer".
> Proposal: decline. ok?
""")

# ---- 0083
mail("NORMAL", "de", "insurer-to-partner",
     "trap: answer to a consumer centre on the general reimbursement process for doctors' invoices",
     frm=BJ, to="Beratung Versicherungen <versicherungen@vz-bremen.example>",
     subj="Ihre Anfrage: Bearbeitungszeiten Arztrechnungen", date=D(2, 25, 10, 0), body="""\
Sehr geehrte Frau Dr. Gellersen,

zu Ihrer allgemeinen Anfrage: Arzt- und Zahnarztrechnungen bearbeiten wir derzeit im Schnitt in
4,3 Arbeitstagen, Krankenhausrechnungen in 6,1. Rechnungen über die App werden etwa doppelt so schnell
bearbeitet wie Papier. Bei Rückfragen zu GOÄ-Steigerungssätzen über dem 2,3-fachen wenden wir uns
an die Praxis, nicht an die Versicherten.

Einzelfälle besprechen wir gern, wenn uns eine Einwilligung der betroffenen Person vorliegt.

Mit freundlichen Grüßen
Birte Janssen
Kundenservice / Beschwerdemanagement
""")

# ---- 0084
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "short reply; a named customer's net income and employer are only in the quoted mail (rent deposit guarantee)",
     frm=BJ, to="Ana Ferreira <ana.ferreira@webpost.example>", subj="Re: deposit guarantee application",
     date=D(2, 25, 12, 18), where="quote", body="""\
received, thanks! we'll get back to you by friday.

Birte

On Wed, 25 Feb 2026 at 11:02, Ana Ferreira <ana.ferreira@webpost.example> wrote:
> Hello,
> for the rent deposit guarantee (flat Osterstraße 9, deposit EUR 2,850) here my details:
> employer: Hafenlogistik Bremen GmbH since 2021, net salary EUR 2,640 per month,
> payslips Nov-Jan attached.
> Best, Ana Ferreira
""")

# ---- 0085
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "annual pension statement of a named policyholder's private pension (life line, no medical word)",
     frm=GF, to="Elke Bischoff <elke.bischoff@kundenmail.example>", subj="Ihre Standmitteilung 2025",
     date=D(2, 25, 14, 40), body="""\
Liebe Frau Bischoff,

wie gewünscht vorab per Mail die wichtigsten Zahlen aus Ihrer Standmitteilung 2025 zur
Privatrente PR 4402 118 6:

garantierte Monatsrente ab 01.07.2034: 412,30 €
mögliche Monatsrente inkl. Überschüsse: 538,90 €
Kapitalabfindung stattdessen (Stand heute): 98.114,00 €
Beitrag 2025: 1.800,00 €

Das vollständige Dokument liegt in Ihrem Postfach im Portal.

Herzliche Grüße
Gesa Frerichs
""")

# ---- 0086
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: API test cases with an explicitly fictitious person and a published example IBAN",
     frm=OY, to="Delivery Team <delivery@claimsoft.example>", subj="test data for sprint 14",
     date=D(2, 26, 9, 10), where="att-csv", body="""\
Hi,

attached the test cases for the payout API. All persons are fictitious; the IBAN is the usual
published example account (DE89 3704 0044 0532 0130 00), never a customer's. Please don't use
production extracts in your test env again - our DPO was not amused last time.

Okan
""", atts=[A("payout_testcases.csv", CSV([
    ["case", "insured", "birthdate", "iban", "amount", "expected"],
    ["TC-01", "Max Mustermann (fiktiv)", "1980-01-01", "DE89370400440532013000", "120.00", "OK"],
    ["TC-02", "Erika Musterfrau (fiktiv)", "1975-05-05", "DE89370400440532013001", "99.90", "REJECT_IBAN_CHECKSUM"],
    ["TC-03", "Max Mustermann (fiktiv)", "1980-01-01", "", "120.00", "REJECT_MISSING_IBAN"],
], ","), charset="us-ascii")])

# ---- 0087
mail("CONFIDENTIAL", "de", "internal",
     "hit-and-run: request for a keeper query on a plate, naming the policyholder",
     frm=TR, to="Regress Kfz <regress-kfz@weserhorst.example>", subj="halterabfrage HH-LK 2209",
     date=D(2, 26, 11, 33), hdrs=XM_IPH, body="""\
kannst du bitte die halterabfrage für HH-LK 2209 machen? unfallflucht am 21.2. rewe-parkplatz findorff, zeuge hat kennzeichen notiert. unsere vn ist frau nadine kessler, vk KF-2207-5510, schaden S-2026-0031166. nix passiert außer beule + kratzer
""" + IPH_DE)

# ---- 0088
mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "underwriting decision for a named applicant with diabetes: loading and retinopathy screening (de/en)",
     frm=HS, to=CW, subj="Re: UW question - Ms Okonkwo", date=D(2, 26, 12, 5), body="""\
Hi Claire,

Okonkwo: annehmen mit 50 % Zuschlag auf den ambulanten Baustein, kein Ausschluss. Condition:
yearly HbA1c and retinopathy screening reports, first one by 06/2026. Wenn HbA1c > 8.0, we review.
Bitte dem Makler so mitteilen, nicht die Werte selbst.

Henrik

> henrik, kurze frage vor dem wochenende.. applicant Ms Adaeze Okonkwo, 41, wants WH-Global Plus
> for her Dubai posting. declares type 2 diabetes since 2022, metformin 1000 mg, HbA1c 7.2
""")

# ---- 0089
mail("NORMAL", "de", "newsletter",
     "trap: HTML-only staff newsletter on workplace health offers (back course, quitting smoking), no person",
     frm="Personalentwicklung <personalentwicklung@weserhorst.example>", to="Alle Mitarbeitenden <alle@weserhorst.example>",
     subj="WH intern: Gesundheit im Frühjahr", date=D(2, 27, 8, 0), html_only=True, html="""\
<html><body style="font-family:Verdana,sans-serif">
<h1 style="color:#004f7c">WH intern – März 2026</h1>
<h2>Betriebliches Gesundheitsmanagement</h2>
<ul>
<li>Rückenfit: 8 Termine, dienstags 16:30, Sportraum UG – Anmeldung im Intranet</li>
<li>Raucherentwöhnung mit der Krankenkasse: Kurs ab 10.03., Kosten übernimmt WH</li>
<li>Darmkrebs-Vorsorge: Aktionsmonat März, Infostand am 18.03. in der Kantine</li>
<li>Anonyme Sozialberatung (Sucht, Überlastung, Pflege von Angehörigen): Tel. 0421 5597-7777</li>
</ul>
<h2>Sonst noch</h2>
<p>Die Fahrradgarage ist ab April wieder offen. Dienstrad-Leasing: neue Rahmenvereinbarung.</p>
</body></html>
""")

# ---- 0090
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only: household claim settlement table with a named customer's IBAN",
     frm=LB, to="Julia Brandt-Hoffmann <julia.bh@mailhaus.example>", subj="Settlement of your claim HR-2026-00131",
     date=D(2, 27, 11, 50), html_only=True, where="html-only", html="""\
<html><body>
<p>Dear Ms Brandt-Hoffmann,</p>
<p>we have settled the water damage to your home contents (policy HR 22 812 660, claim HR-2026-00131) as follows:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>item</th><th>replacement value</th><th>payment</th></tr>
<tr><td>sofa (3 seats)</td><td>EUR 1,290.00</td><td>EUR 1,290.00</td></tr>
<tr><td>rug</td><td>EUR 340.00</td><td>EUR 340.00</td></tr>
<tr><td>laminate flooring (tenant's fixtures)</td><td>EUR 1,105.00</td><td>EUR 1,105.00</td></tr>
<tr><td colspan="2"><b>total</b></td><td><b>EUR 2,735.00</b></td></tr>
</table>
<p>Payment to IBAN DE48 2825 0110 2965 3632 98 (account holder J. Brandt-Hoffmann).</p>
<p>Kind regards<br>Lars Brüning<br>Property Claims</p>
</body></html>
""")

# ---- 0091
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident hospital daily allowance for a named insured after a fall, iso-8859-1",
     frm=JP, to="Marianne Kück <marianne.kueck@t-net.example>", subj="Krankenhaustagegeld nach Ihrem Unfall",
     date=D(3, 2, 9, 30), charset="iso-8859-1", body="""\
Sehr geehrte Frau Kück,

nach Ihrem Sturz auf Glatteis am 28.01.2026 waren Sie laut Entlassungsbericht vom 29.01. bis 06.02.2026
im Klinikum Bremen-Ost (Oberschenkelhalsfraktur links, Versorgung mit Duokopfprothese).

Aus Ihrer Unfallversicherung UV 12 880 914 zahlen wir Krankenhaustagegeld für 9 Tage à 30,00 EUR =
270,00 EUR sowie das Genesungsgeld in gleicher Höhe, insgesamt 540,00 EUR.

Ob eine dauerhafte Beeinträchtigung bleibt, prüfen wir frühestens nach einem Jahr. Wir melden uns.

Mit freundlichen Grüßen
Jonas Peper
Unfall-Leistung
""")

# ---- 0092
mail("NORMAL", "de", "internal",
     "trap: locked portal test account of a fictitious 'Erika Musterfrau', no real person",
     frm="Lea Brunken <lea.brunken@weserhorst.example>", to=OY, subj="testkonto gesperrt??",
     date=D(3, 2, 10, 44), body="""\
hi okan, wer hat das portal-testkonto erika.musterfrau (fiktiv, T-Umgebung) gesperrt? brauch es heute für die abnahme "arztrechnung hochladen + erstattung anzeigen". 3x falsches passwort war ich nicht :-/

lea
""")

# ---- 0093
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: dog-liability claim; the injured party's dog's vet bill (animal health) and named policyholder",
     frm=LB, to="Björn Haase <bjoern.haase@webpost.example>", subj="Ihr Hund Balu – Schaden TH-2026-00057",
     date=D(3, 2, 14, 12), body="""\
Hallo Herr Haase,

zum Vorfall im Bürgerpark am 15.02.: Die Halterin des gebissenen Hundes, Frau Carola Meiners, hat
uns die Tierarztrechnung geschickt (Bissverletzung am Hals, Wundversorgung unter Narkose, 3
Nachkontrollen) über 684,37 €. Wir regulieren das aus Ihrer Tierhalterhaftpflicht TH 61 004 302.

Ihre Selbstbeteiligung von 150 € ziehen wir ab; eine Rechnung dazu bekommen Sie separat.
Personen wurden nicht verletzt.

Viele Grüße
Lars Brüning
""")

# ---- 0094
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "orthodontic treatment of a named child: KIG grade and cost plan",
     frm=JK, to="Rachel Novak <rachel.novak@mailhaus.example>", subj="Mia's braces - cost plan approved",
     date=D(3, 3, 9, 15), body="""\
Dear Ms Novak,

good news on the orthodontic plan for your daughter Mia Novak (11), insured under your dental
policy KV-5582-0461-03:

Diagnosis per orthodontist: deep bite with crowding, KIG D4
Plan: fixed braces upper and lower jaw, estimated 3.5 years, EUR 5,940.00
Our share: 80 % = EUR 4,752.00, paid quarterly against the orthodontist's invoices

Please send us the invoices as they come in.

Kind regards
Jana Kowalczyk
Health Claims
""")

# ---- 0095
mail("NORMAL", "en", "insurer-to-partner",
     "trap: comments on a reinsurance treaty wording (pandemic and HIV exclusions), no person",
     frm=DO, to="Johan Lindqvist <j.lindqvist@balticre.example>", subj="treaty 2027 wording - our comments",
     date=D(3, 3, 15, 22), where="att-docx", body="""\
Johan,

our marked-up comments on the 2027 quota share wording attached. Main points: we can't accept a
blanket pandemic exclusion for the health book, and the HIV exclusion in cl. 7.3 is outdated -
nobody in the market still underwrites it that way.

Talk Thursday?
David
""", atts=[A("QS2027_wording_WH_comments.docx", DOCX([
    "# Quota Share Treaty 2027 - comments Weserhorst (draft 2)",
    "Cl. 4.2 Pandemic exclusion: delete for health business; alternative: event limit EUR 25m.",
    "Cl. 7.3 HIV/AIDS exclusion: delete; treated as any chronic condition under the ceding company's underwriting guidelines.",
    "Cl. 9.1 Claims cooperation: threshold EUR 250,000 per life acceptable.",
    "Cl. 12 Data protection: reinsurer receives anonymised or pseudonymised claim data only, except for facultative cases.",
]))])

# ---- 0096
mail("CONFIDENTIAL", "mixed", "internal",
     "cargo claim of a company with a named contact person and claim figures, de/en",
     frm=MN, to=DO, subj="Eilers cargo claim - reinsurance notice?", date=D(3, 4, 10, 8), body="""\
Hi David,

kurze Info, might be relevant for the cargo XL: Spedition Eilers GmbH (Kontakt: Herr Arne Eilers,
0471 90022-10) meldet Totalschaden einer Ladung Medizintechnik (CT-Komponenten) after a forklift
accident in Bremerhaven, Warenwert EUR 1,38 Mio., Police TR 80 004 551. Our retention is 500k.

Gutachter ist bestellt. Sollen wir Baltic Re schon jetzt informieren?

Mateusz
""")

# ---- 0097
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "rescission of a BU contract: named insured concealed pre-existing conditions (diagnoses listed)",
     frm=HS, to="Timo Renken <timo.renken@kundenmail.example>",
     subj="Ihre Berufsunfähigkeitsversicherung LV 3310 902 4 – Rücktritt vom Vertrag",
     date=D(3, 4, 14, 30), body="""\
Sehr geehrter Herr Renken,

Sie haben am 19.01.2026 Leistungen aus Ihrer Berufsunfähigkeitsversicherung LV 3310 902 4 wegen
einer Angststörung beantragt. Bei der Prüfung haben wir die Unterlagen Ihrer Hausärztin und Ihrer
Krankenkasse ausgewertet, die Sie uns mit Ihrer Schweigepflichtentbindung zugänglich gemacht haben.

Danach waren Sie bereits vor Antragstellung am 01.06.2023 in Behandlung:
- generalisierte Angststörung (F41.1), Behandlung mit Escitalopram seit 2021
- Panikattacken mit Notaufnahme im Oktober 2022
- ambulante Psychotherapie von 01/2022 bis 12/2022

Diese Frage ("Wurden Sie in den letzten 5 Jahren wegen psychischer Erkrankungen beraten oder
behandelt?") haben Sie im Antrag mit "nein" beantwortet. Hätten wir davon gewusst, hätten wir den
Vertrag nicht abgeschlossen. Wir erklären daher den Rücktritt vom Vertrag nach § 19 Abs. 2 VVG.

Den Rückkaufswert von 1.204,80 € überweisen wir Ihnen.
Gegen diese Entscheidung können Sie sich an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Dr. med. Henrik Sievers
Leistungsprüfung Leben

""" + FOOT_LV)

# ---- 0098
mail("NORMAL", "de", "insurer-to-customer",
     "grey: generic how-to for sending documents securely, no contract or personal data named",
     frm=SERVICE, to="Yasemin Arslan <yasemin.arslan@webpost.example>", subj="Re: Wie schicke ich Ihnen Unterlagen sicher?",
     date=D(3, 5, 9, 0), body="""\
Guten Tag Frau Arslan,

gute Frage! Für Unterlagen mit persönlichen Daten (z. B. Arztrechnungen oder Kontoauszüge) gibt es
drei Wege:

1. die Weserhorst-App: Dokument fotografieren, hochladen, fertig
2. das SecureMail-Portal: https://securemail.weserhorst.example – Zugang bekommen Sie mit der
   ersten Nachricht von uns, die Zugangsdaten kommen getrennt per Post
3. klassisch per Post an: Weserhorst Versicherung, 28189 Bremen

Bitte keine Arztberichte oder Bankdaten als normalen E-Mail-Anhang schicken.

Viele Grüße
Ihr Weserhorst Kundenservice
""")

# ---- 0099
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "broker asks about a date-of-birth mismatch in a motor application; reply states the named client's DOB",
     frm=MO, to="Gareth Hall <g.hall@northbridge-brokers.example>", subj="Re: Osei application - DOB?",
     date=D(3, 5, 11, 20), hdrs=XM_IPH, body="""\
our system has 17.08.1979 from the driving licence scan, the application says 1997. probably a typo on your side - pls correct and re-sign, then the second car for mr osei goes through

m
""" + IPH_EN)

# ---- 0100
mail("NORMAL", "en", "internal",
     "trap: cyber tabletop scenario where ransomware encrypts the health-claims database, fictional",
     frm=OY, to="Crisis Team <crisis-team@weserhorst.example>", subj="tabletop thu - scenario",
     date=D(3, 5, 16, 0), body="""\
scenario for thursday (fictional, don't panic):

08:10 helpdesk gets calls: claims clerks can't open scanned doctors' invoices
08:25 ransom note on the DMS server, health claims database encrypted, attacker claims to have
      exfiltrated "200,000 medical records incl. diagnoses"
09:00 journalist calls the press office
questions: who decides on the GDPR notification within 72h, who informs BaFin, do we pay? (no)

bring coffee. 2 hours, room 5.02.
okan
""")

# ---- 0101
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "subject tag [vertraulich]: workplace reintegration (BEM) of a named employee after long sick leave",
     frm=SW, to="Frank Oetken <frank.oetken@weserhorst.example>", cc="Betriebsrat BEM <bem@weserhorst.example>",
     subj="[vertraulich] BEM-Gespräch Herr Ahrens", date=D(3, 6, 9, 0), hdrs=XM_OL, body="""\
Hallo Frank,

Herr Matthias Ahrens (Pers.-Nr. 17730) war seit 21.01. durchgehend arbeitsunfähig (Bandscheiben-OP
L4/L5, danach Reha in Bad Zwischenahn) und hat damit die 6 Wochen überschritten. Er hat dem BEM
zugestimmt. Termin: Mittwoch, 11.03., 10 Uhr, Raum 1.07, mit Betriebsärztin Dr. Gerdts und
Herrn Lühmann vom Betriebsrat.

Laut Reha-Bericht empfiehlt die Klinik eine stufenweise Wiedereingliederung (4 Std./Tag für 3 Wochen)
und einen höhenverstellbaren Schreibtisch. Bitte überleg dir vorab, ob das im Team machbar ist.

Die Unterlagen liegen nur in der BEM-Akte, nicht in der Personalakte.

Viele Grüße
Sabine Wübbena
Personal
""")

# ---- 0102
mail("NORMAL", "de", "internal",
     "trap: print job for slides on the 2027 health premium adjustment, no person",
     frm=RL, to="Hausdruckerei <druckerei@weserhorst.example>", subj="druck bitte", date=D(3, 6, 11, 12),
     hdrs=XM_IPH, body="""\
hallo, kannst du die folien "KV-beitragsanpassung 2027 – leistungsausgaben & sterbetafel" bis morgen 9 uhr 12x in farbe drucken, geheftet? datei liegt im drucker-share unter RL. danke dir!!
""" + IPH_DE)

# ---- 0103
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "base64 body: buildings premium and insured address of a named customer",
     frm=SERVICE, to="Günter Wöbse <guenter.woebse@kundenmail.example>", subj="Ihre Wohngebäudeversicherung 2026",
     date=D(3, 6, 14, 0), cte="base64", where="base64", body="""\
Sehr geehrter Herr Wöbse,

zum 01.04.2026 passen wir den Beitrag Ihrer Wohngebäudeversicherung WG 31 004 187 an den
gestiegenen Baupreisindex an (Anpassungsfaktor 24,91).

Versichertes Gebäude: Einfamilienhaus, Im Rövekamp 4, 28870 Ottersberg, Baujahr 1974
Neuer Jahresbeitrag: 1.148,60 € (bisher 1.093,70 €)

Sie können innerhalb eines Monats nach Zugang dieser Mitteilung kündigen, frühestens zum
Wirksamwerden der Anpassung.

Mit freundlichen Grüßen
Ihr Weserhorst Kundenservice
""")

# ---- 0104
mail("NORMAL", "en", "newsletter",
     "trap: travel newsletter about vaccinations, malaria prophylaxis and travel health cover, no person",
     frm=NEWS, to="newsletter-travel@weserhorst.example", subj="Before you fly: vaccinations & malaria tips",
     date=D(3, 9, 6, 30), body="""\
Travel season is coming - three things to check before you fly:

1. Vaccinations: hepatitis A for most destinations, yellow fever for parts of Africa and
   South America, and make sure your tetanus is up to date.
2. Malaria: talk to your doctor about prophylaxis at least 4-6 weeks before travelling.
3. Travel health cover: public health insurance pays little or nothing outside Europe.
   Our annual travel plan costs from EUR 19.90.

Safe travels!
Your Weserhorst travel team
""", html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Travel season is coming &ndash; three things to check before you fly</h2>
<ol>
<li><b>Vaccinations:</b> hepatitis A for most destinations, yellow fever for parts of Africa and South America, and make sure your tetanus is up to date.</li>
<li><b>Malaria:</b> talk to your doctor about prophylaxis at least 4&ndash;6 weeks before travelling.</li>
<li><b>Travel health cover:</b> public health insurance pays little or nothing outside Europe. Our annual travel plan costs from EUR&nbsp;19.90.</li>
</ol>
<p>Safe travels!<br>Your Weserhorst travel team</p>
</body></html>
""")

# ---- 0105
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "trip cancellation because of a named customer's pregnancy complication (doctor's certificate)",
     frm=NA, to="Laura Bennett <laura.bennett@webpost.example>", subj="Re: cancellation Crete trip",
     date=D(3, 9, 10, 25), body="""\
Dear Ms Bennett,

thank you for the certificate from your gynaecologist. As she confirms a threatened premature
labour in week 27 with strict bed rest, the cancellation of your trip to Crete (18-25 April) is
covered under travel cancellation policy RR 60 221 807.

We will reimburse the cancellation fee of EUR 1,744.00 minus the excess of EUR 100.00, i.e.
EUR 1,644.00, to the account we have on file.

All the best for you and the baby.
Nils Ahlers
Travel Insurance Claims
""")

# ---- 0106
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "transfer of a no-claims class from father to daughter, names and birth dates, iso-8859-1",
     frm=TR, to="Lena Dierks <lena.dierks@mailhaus.example>", subj="Übertragung Schadenfreiheitsrabatt",
     date=D(3, 9, 13, 48), charset="iso-8859-1", body="""\
Hallo Frau Dierks,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater, Herrn Malte Dierks (geb. 07.11.1961),
auf Sie (geb. 23.05.2004) haben wir durchgeführt. Ihr Vater hatte SF 24; übertragen werden können
nur so viele Jahre, wie Sie den Führerschein haben (seit 06/2022), also SF 3.

Ihr neuer Vertrag: KF-7750-0023, VW Polo, HB-LD 523, Beitrag 58,20 EUR im Monat.
Der Vertrag Ihres Vaters wird zum 31.03. aufgehoben.

Viele Grüße
Tobias Reimers
""")

# ---- 0107
mail("NORMAL", "de", "internal",
     "trap/grey: desk plan for the health-claims team's move (colleagues' names only, organisational)",
     frm="Frank Oetken <frank.oetken@weserhorst.example>", to="Leistung-Kranken-Team <leistung-kranken@weserhorst.example>",
     subj="Umzug 4. OG – Sitzplan", date=D(3, 10, 8, 30), where="att-xlsx", body="""\
Moin zusammen,

anbei der Sitzplan für den Umzug ins 4. OG am 20./21.03. Kisten stehen ab Montag im Flur, bitte
beschriften mit Name + neuer Platznummer. Akten mit Leistungsunterlagen in die verplombten
Rollcontainer, nicht in Umzugskartons!

Frank
""", atts=[A("Sitzplan_4OG.xlsx", XLSX([
    ["Platz", "Name", "Team", "Telefon"],
    ["4.01-A", "Jana Kowalczyk", "Ambulant", "3312"],
    ["4.01-B", "Svenja Kück", "Ambulant", "3314"],
    ["4.02-A", "Rieke Lammers", "Pflege", "3340"],
    ["4.02-B", "N.N. (ab 01.04.)", "Pflege", ""],
    ["4.03-A", "Jonas Peper", "Unfall", "3351"],
], "Sitzplan"))])

# ---- 0108
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "attachment-only: PDF rejecting a spa cure for a named insured with diagnoses",
     frm=JK, to="Ingrid Meyer-Lohmann <ingrid.ml@t-net.example>", subj="Unser Schreiben vom 10.03.2026",
     date=D(3, 10, 12, 0), where="att-pdf", body="""\
Sehr geehrte Frau Meyer-Lohmann,

unser Schreiben zu Ihrem Antrag erhalten Sie im Anhang. Bei Fragen bin ich telefonisch für Sie da.

Mit freundlichen Grüßen
Jana Kowalczyk
""", atts=[A("Schreiben_2026-03-10.pdf", PDF("""\
Weserhorst Krankenversicherung AG, 28189 Bremen

Frau Ingrid Meyer-Lohmann
Parkallee 77
28209 Bremen                                              Bremen, 10.03.2026

Versicherungsnummer KV-1102-3390-01
Ihr Antrag auf Kostenübernahme einer stationären Kur in Bad Bevensen

Sehr geehrte Frau Meyer-Lohmann,

Sie beantragen eine dreiwöchige stationäre Kur wegen Ihrer Fibromyalgie (M79.70) und der
depressiven Verstimmung nach dem Tod Ihres Mannes. Ihr Tarif VitalKomfort sieht Leistungen für
Kuren (Vorsorge in Kurorten) nicht vor; erstattungsfähig sind nur medizinisch notwendige
Krankenhausbehandlungen und Anschlussheilbehandlungen.

Wir haben den Antrag unserem Beratungsarzt vorgelegt. Eine Krankenhausbehandlungsbedürftigkeit
liegt nach seiner Einschätzung nicht vor. Wir müssen die Kostenübernahme daher ablehnen.

Die ambulante Schmerztherapie und die Psychotherapie (bis 30 Sitzungen) erstatten wir weiterhin.

Mit freundlichen Grüßen
Weserhorst Krankenversicherung AG
""", "Ablehnung Kur"))])

# ---- 0109
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: envelope printing order with the imprint 'Vertraulich - Arztbericht', no person",
     frm=TG, to="Print Desk <print@druckhaus-vegesack.example>", subj="envelopes reorder - proof ok",
     date=D(3, 10, 15, 5), charset="us-ascii", cte="7bit", body="""\
Hi,

proof approved, please print:
- 20,000 C5 window envelopes, imprint "Vertraulich - Arztbericht - nur vom Empfaenger zu oeffnen"
- 10,000 C4 envelopes, imprint "Persoenlich / Vertraulich"
delivery to gate B by 27 March. invoice to PO 4500-2377.

Thomas Gerdes
""")

# ---- 0110
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "cyber claim of a sole trader (natural person): phishing loss amount, turnover, policy",
     frm=MN, to="Farid Haddad <farid@haddad-steuerbuero.example>", subj="cyber claim CY-2026-0009",
     date=D(3, 11, 9, 40), body="""\
Dear Mr Haddad,

we have opened claim CY-2026-0009 under your cyber policy CY 50 001 773 (Steuerbüro Farid Haddad,
sole proprietor, declared turnover EUR 412,000).

As we understand it, on 6 March an employee paid a fake invoice of EUR 18,450 after a phishing mail
that appeared to come from your software vendor. Social engineering is covered up to EUR 25,000 with
an excess of EUR 2,500.

Our incident partner will call you today to check whether client data on your server was accessed;
if so, you may have to notify the data protection authority within 72 hours.

Regards
Mateusz Nowak
Commercial Lines
""")

# ---- 0111
mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "ski accident of a named insured in Austria with fracture and surgery, de/en between colleagues",
     frm=JP, to=CW, subj="skiunfall Ischgl - who takes it?", date=D(3, 11, 11, 2), hdrs=XM_IPH, body="""\
claire, der fall überschneidet sich bei uns: Mr Thomas Gray (englischer kunde, lebt in bremen) hat unfall + auslandskranken bei uns. skiing accident ischgl 8.3., tibial plateau fracture right, OP in zams, now flying home friday. du machst die krankenkosten, ich die unfall (invalidität später)? UV 12 890 331 / KV-9120-0455-01

jonas
""" + IPH_DE)

# ---- 0112
mail("NORMAL", "de", "insurer-to-authority",
     "trap: answer to the data protection authority on the general process for subject access requests",
     frm=FV, to="Referat 3 <referat3@datenschutz-bremen.example>", subj="Ihr Schreiben vom 26.02.2026 – Az. 3-221/26 (allgemeine Anfrage)",
     date=D(3, 11, 14, 30), body="""\
Sehr geehrter Herr Dr. Mahnken,

zu Ihrer allgemeinen Anfrage zum Umgang mit Auskunftsersuchen nach Art. 15 DSGVO:

- Eingang zentral über datenschutz@weserhorst.example oder per Post, Identitätsprüfung über
  Rückruf oder Portal-Login
- Bearbeitungszeit 2025 im Mittel 17 Tage (1.184 Ersuchen)
- Gesundheitsdaten aus der Kranken- und Lebensversicherung werden ausschließlich über das
  SecureMail-Portal oder per Post übermittelt, nie per unverschlüsselter E-Mail

Personenbezogene Einzelfälle sind von Ihrer Anfrage nicht umfasst.

Mit freundlichen Grüßen
Fenna de Vries
Datenschutzbeauftragte der Weserhorst-Gruppe
""")

# ---- 0113
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "ZIP with a SEPA mandate PDF and a policy schedule for a named customer, body 'anbei'",
     frm=BJ, to="Patrick Lindemann <p.lindemann@webpost.example>", subj="Unterlagen", date=D(3, 12, 10, 15),
     where="att-zip", body="""\
anbei wie gewünscht alles zusammen als zip.

Gruß B. Janssen
""", atts=[A("Unterlagen_Lindemann.zip", ZIP([
    ("SEPA-Mandat.pdf", PDF("""\
SEPA-Lastschriftmandat
Zahlungsempfänger: Weserhorst Versicherung AG, Gläubiger-ID DE60ZZZ00000417735
Mandatsreferenz: WH-PH-55150377-01
Kontoinhaber: Patrick Lindemann, Friedrich-Karl-Str. 30, 28205 Bremen
IBAN: DE35 2605 0001 6080 8253 69
Ort, Datum: Bremen, 02.03.2026
""", "SEPA-Mandat")),
    ("Versicherungsschein_PH55150377.pdf", PDF("""\
Versicherungsschein Privathaftpflicht PH 55 150 377
Versicherungsnehmer: Patrick Lindemann, geb. 18.10.1992
Beginn: 01.03.2026, Versicherungssumme 20 Mio. EUR, Single-Tarif
Jahresbeitrag: 64,90 EUR
""", "Versicherungsschein")),
]))])

# ---- 0114
mail("NORMAL", "en", "internal",
     "trap: room booking clash for the reinsurer's medical officer's visit, no person data",
     frm=DO, to="Facility <facility@weserhorst.example>", subj="room 5.02 at 1pm??", date=D(3, 12, 11, 58),
     hdrs=XM_IPH, charset="us-ascii", cte="7bit", body="""\
who booked 5.02 over lunch? we have baltic re's chief medical officer visiting at 1 for the underwriting manual review, it was in the calendar since january. pls sort, I'm in a cab
""" + IPH_EN)

# ---- 0115
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "subject tag [secure]: invoice clarification for a named patient's chemotherapy cycles",
     frm=JK, to="Abrechnung Onkologie <abrechnung@klinikum-jadebusen.example>",
     subj="[secure] Rechnung 2026-110482 – Patientin Sabine Wessels", date=D(3, 12, 14, 20), body="""\
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung 2026-110482 für Frau Sabine Wessels (geb. 29.01.1971, KV-3371-0884-01):
Abgerechnet sind 4 Zyklen Chemotherapie (Paclitaxel/Carboplatin) bei Ovarialkarzinom (C56) im
tagesklinischen Setting. Der Zyklus vom 24.02. ist doppelt enthalten (Pos. 14 und 22).

Bitte korrigieren Sie die Rechnung; den unstreitigen Betrag von 18.220,40 € überweisen wir vorab.

Mit freundlichen Grüßen
Jana Kowalczyk
""")

# ---- 0116
mail("NORMAL", "de", "internal",
     "trap: works council note on the new return-to-work talks policy, general, no person",
     frm="Betriebsrat <betriebsrat@weserhorst.example>", to="Alle Mitarbeitenden <alle@weserhorst.example>",
     subj="Info Betriebsrat: neue Betriebsvereinbarung Rückkehrgespräche", date=D(3, 13, 8, 0), body="""\
Liebe Kolleginnen und Kollegen,

ab 1. April gilt die neue Betriebsvereinbarung zu Rückkehrgesprächen nach Krankheit. Das Wichtigste:

- Rückkehrgespräche sind freiwillig und finden nur statt, wenn ihr das wünscht.
- Nach Diagnosen oder Medikamenten darf die Führungskraft nicht fragen.
- Nach mehr als 6 Wochen Arbeitsunfähigkeit im Jahr bekommt ihr ein BEM-Angebot (§ 167 SGB IX);
  auch das ist freiwillig.
- Notizen aus BEM-Gesprächen kommen nie in die Personalakte.

Fragen? Sprecht uns an, Raum 0.14.
Euer Betriebsrat
""")

# ---- 0117
mail("CONFIDENTIAL", "de", "customer",
     "one-line forward; the attached customer mail reports a bike theft with a new IBAN",
     frm=BJ, to=LB, subj="WG: Fahrrad geklaut", date=D(3, 13, 10, 5), where="rfc822", body="""\
für dich, danke

Birte
""", atts=[FWD("Nico Brandes <nico.brandes@webpost.example>", "service@weserhorst.example",
    "Fahrrad geklaut", D(3, 12, 22, 14), """\
hallo,
mein e-bike (Cube Kathmandu, Rahmennr. WAE2233871K) wurde in der Nacht vom 10. auf den 11.3. aus
dem Keller geklaut, Schloss aufgebrochen. Anzeige ist gemacht, Vorgangsnr 0311/26/8820.
Hausratvertrag HR 22 815 006 mit Fahrradklausel.
Bitte Geld auf mein neues Konto: DE07 2904 0090 5332 0350 20
Danke, Nico Brandes
""")])

# ---- 0118
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "dental consultant asks a dentist about a named patient's periodontitis treatment plan",
     frm="Dr. Ivana Petrović <ivana.petrovic@weserhorst.example>", to="Dr. Simon Clarke <s.clarke@harbourside-dental.example>",
     subj="Treatment plan for Mr James Whitaker", date=D(3, 13, 13, 30), body="""\
Dear Dr Clarke,

I am the consulting dentist for Weserhorst Krankenversicherung. Your patient Mr James Whitaker
(member KV-5582-0477-01) has submitted your plan for periodontal treatment (stage III, grade B
periodontitis) with guided tissue regeneration at 16, 26 and 37, total EUR 6,880.

Could you please send me the periodontal chart and the current X-rays (OPG)? In particular I would
like to understand why regeneration rather than open flap debridement is planned for 37.

A portal link for the upload will follow in a separate notification.

Best regards
Dr. Ivana Petrović
Consulting Dentist, Weserhorst Krankenversicherung AG
""" + FOOT_EN)

# ---- 0119
mail("NORMAL", "de", "insurer-to-broker",
     "trap: broker training invitation on handling BU claims, ICS attached, no person",
     frm=MO, to="Makler Nord Verteiler <makler-nord@weserhorst.example>", subj="Einladung: BU-Leistungsfall richtig begleiten",
     date=D(3, 16, 9, 0), where="att-ics", body="""\
Liebe Partnerinnen und Partner,

wie begleiten Sie Kunden, die berufsunfähig werden? Was gehört in den Leistungsantrag, wann
brauchen wir Arztberichte, wie lange dauert die Prüfung? Unser Leistungsteam Leben erklärt es
am 26.03. von 10 bis 11:30 Uhr online. Einladung im Anhang, 1,5 Std. IDD-Weiterbildungszeit.

Beste Grüße
Meike Oltmanns
""", atts=[A("BU-Webinar.ics", ICS("wh-makler-bu-20260326@weserhorst.example", "20260326T100000",
    "20260326T113000", "Webinar: BU-Leistungsfall richtig begleiten", "Online (Link folgt)",
    "Referenten: Leistungsprüfung Leben. 1,5 Std. IDD.", "meike.oltmanns@weserhorst.example"), charset="utf-8")])

# ---- 0120
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "attachment-only: XLSX fleet list of a company with named drivers and their dates of birth",
     frm=TR, to="Marieke Jansen <m.jansen@coastline-logistics.example>", subj="fleet list for renewal - please check",
     date=D(3, 16, 14, 45), where="att-xlsx", body="""\
Hi Marieke,

attached the driver list as we have it for the renewal on 1 May. Could you mark leavers and add new
drivers? Under-25s need a separate line.

Thanks, Tobias
""", atts=[A("Coastline_fleet_drivers_2026.xlsx", XLSX([
    ["plate", "vehicle", "driver", "date of birth", "licence since"],
    ["83-BKR-2", "DAF XF", "Pieter van Dijk", "1979-04-02", "1998"],
    ["HB-CL 101", "MAN TGX", "Sergej Wolf", "1985-11-19", "2004"],
    ["HB-CL 102", "MAN TGX", "Kemal Aksoy", "2002-08-07", "2021"],
    ["HB-CL 140", "VW Crafter", "Jessica Hinz", "1990-01-30", "2008"],
], "drivers"))])

# ---- 0121
mail("NORMAL", "en", "internal",
     "trap: hold the health KPI report, typo in the claims ratio, no person",
     frm=PR, to=UH, subj="hold q1 health KPIs", date=D(3, 17, 7, 38), hdrs=XM_IPH, body="""\
ulrike pls dont send the Q1 health KPIs to the board yet, claims ratio is wrong in the summary (84.1 not 48.1) and the dental line is double counted. fixed version by 10

p
""" + IPH_EN)

# ---- 0122
mail("NORMAL", "de", "internal",
     "trap: lost-and-found glasses in a meeting room, no owner named",
     frm="Empfang <empfang@weserhorst.example>", to="Alle Mitarbeitenden Bremen <alle-bremen@weserhorst.example>",
     subj="Fundsache Brille", date=D(3, 17, 12, 5), body="""\
Im Besprechungsraum 3.04 wurde eine Lesebrille (schwarzes Etui, Optiker Lenz) liegen gelassen.
Abholen bitte am Empfang Haus A.

Euer Empfang
""")

# ---- 0123
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "cancellation confirmation of household insurance with refund to a named customer's IBAN",
     frm=SERVICE, to="Merle Schütte <merle.schuette@mailhaus.example>", subj="Kündigungsbestätigung HR 22 797 441",
     date=D(3, 17, 15, 10), charset="windows-1252", body="""\
Sehr geehrte Frau Schütte,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR 22 797 441 zum 31.03.2026 wegen Ihres
Umzugs ins Ausland.

Den zu viel gezahlten Beitrag für April bis Dezember erstatten wir: 112,43 €
auf Ihr Konto DE75 2905 0101 4526 4080 46.

Schade, dass Sie gehen – alles Gute in Kopenhagen!
Ihr Weserhorst Kundenservice
""")

# ---- 0124
mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "HR: named employee's pregnancy and maternity-leave dates, de/en",
     frm=SW, to="Liam Carter <liam.carter@weserhorst.example>", subj="Ramírez - Mutterschutz / maternity leave",
     date=D(3, 18, 9, 22), body="""\
Hi Liam,

kurz zur Planung in deinem Team: Frau Lucía Ramírez ist schwanger, errechneter Termin 02.07.2026.
Her maternity protection starts 21 May; anschließend plant sie 12 Monate Elternzeit. Because of
nausea she may work from home more often until then – das ist mit der Betriebsärztin abgestimmt.

Bitte vertraulich behandeln, sie möchte es dem Team selbst sagen.

Sabine
""")

# ---- 0125
mail("NORMAL", "en", "internal",
     "trap: actuarial note that the premium-adjustment trigger in a health tariff is exceeded, aggregated",
     frm=PR, to="Health Pricing <kv-pricing@weserhorst.example>", subj="KompaktStart trigger 2027",
     date=D(3, 18, 14, 0), body="""\
Team,

the claims trigger for KompaktStart is exceeded: observed per-capita claims +11.2% vs. calculated
(threshold 10%), driven by inpatient (+14%) and psychotherapy (+22%). Mortality trigger not reached.
So a premium adjustment for 1 Jan 2027 is mandatory; the trustee needs our documentation by 15 May.

First estimate: +7.8% average, ages 21-30 +4%, ages 60+ +10%.

Priya
""")

# ---- 0126
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "subject carries the psychotherapy invoice of the named addressee; body only 'erledigt'",
     frm=JK, to="Tanja Ellermann <tanja.ellermann@webpost.example>",
     subj="Re: Rechnung Psychotherapie Dr. Hartwig – Sitzungen 13–20", date=D(3, 19, 8, 12), where="subject",
     hdrs=XM_IPH, body="""\
hallo frau ellermann, ist erledigt, geld kommt diese woche. lg j. kowalczyk
""" + IPH_DE)

# ---- 0127
mail("NORMAL", "en", "insurer-to-customer",
     "trap: English out-of-office of the international health-claims clerk mentioning medical emergencies",
     frm=CW, to="Ahmed Farouk <a.farouk@mailhaus.example>", subj="Automatic reply: invoice Cairo",
     date=D(3, 19, 9, 1), hdrs=AUTO, charset="us-ascii", cte="7bit", body="""\
Thank you for your e-mail. I am out of the office until 30 March with limited access to e-mail.

For medical emergencies abroad please call our 24/7 assistance line +49 421 5597-112.
Claims can be submitted through the app or to claims-international@weserhorst.example.

Claire Whitmore
International Health Claims
""")

# ---- 0128
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML table (and text) with motor premium, plate and SF class of a named customer",
     frm=SERVICE, to="Hendrik Bruns <hendrik.bruns@t-net.example>", subj="Ihre Kfz-Beitragsrechnung 2026",
     date=D(3, 19, 10, 30), where="html-table", body="""\
Sehr geehrter Herr Bruns,

Ihre Beitragsrechnung für 2026:

Vertrag KF-3301-7719 | Ford Kuga | HB-HB 4410
Haftpflicht SF 17 (30 %)   312,40 EUR
Vollkasko SF 15 (32 %)     398,10 EUR
Summe inkl. Versicherungsteuer  710,50 EUR, fällig 01.04.2026

Ihr Weserhorst Kundenservice
""", html="""\
<html><body>
<p>Sehr geehrter Herr Bruns,</p><p>Ihre Beitragsrechnung für 2026:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><td colspan="2">Vertrag KF-3301-7719 | Ford Kuga | HB-HB 4410</td></tr>
<tr><td>Haftpflicht SF 17 (30 %)</td><td align="right">312,40 EUR</td></tr>
<tr><td>Vollkasko SF 15 (32 %)</td><td align="right">398,10 EUR</td></tr>
<tr><td><b>Summe inkl. Versicherungsteuer</b></td><td align="right"><b>710,50 EUR</b></td></tr>
</table>
<p>fällig 01.04.2026</p><p>Ihr Weserhorst Kundenservice</p>
</body></html>
""")

# ---- 0129
mail("NORMAL", "de", "internal",
     "trap: forwarded phishing mail asking to 'confirm your IBAN' for a health refund, no real data",
     frm=BJ, to="IT-Sicherheit <it-sicherheit@weserhorst.example>", subj="WG: phishing??", date=D(3, 19, 13, 40),
     hdrs=XM_IPH, body="""\
guck mal, haben heute 3 kunden an uns weitergeleitet

Von meinem iPhone gesendet

Anfang der weitergeleiteten Nachricht:

> Von: "Weserhorst Krankenversicherung" <erstattung@weserhorst-service.example>
> Betreff: Ihre Erstattung über 312,40 € ist bereit
>
> Sehr geehrter Kunde,
> Ihre Krankenversicherung hat eine Erstattung von 312,40 € für Ihre letzte Arztrechnung
> freigegeben. Bitte bestätigen Sie innerhalb von 24 Stunden Ihre IBAN und Ihr Geburtsdatum:
> https://weserhorst-service.example/erstattung
""")

# ---- 0130
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "attachment-only: saved HTML claim-status page of a named customer's motor claim",
     frm=TR, to="Richard Osei <richard.osei@webpost.example>", subj="claim status", date=D(3, 20, 9, 15),
     where="att-html", body="""\
Hi Mr Osei,

the portal is down for maintenance, so here is the status page as a file.

Tobias Reimers
""", atts=[A("claim_status_S-2026-0040127.html", """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Claim status S-2026-0040127</title></head>
<body>
<h1>Claim status</h1>
<table>
<tr><th>Claim</th><td>S-2026-0040127</td></tr>
<tr><th>Policyholder</th><td>Richard Osei</td></tr>
<tr><th>Vehicle</th><td>VW Golf, HB-RO 418 (policy KF-7741-2093)</td></tr>
<tr><th>Event</th><td>rear-end collision, 12 March 2026, Bremen-Horn; no injuries</td></tr>
<tr><th>Status</th><td>repair approved, workshop Autohaus Kuhlmann, EUR 3,412.88</td></tr>
<tr><th>Courtesy car</th><td>approved until 27 March</td></tr>
</table>
</body></html>
""", charset="utf-8")])

# ---- 0131
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "base64 windows-1252 body: care allowance review after a home visit for a named insured",
     frm=RL, to="Klaus Oltmer <klaus.oltmer@kundenmail.example>", subj="Pflegeberatung Ihres Vaters",
     date=D(3, 20, 11, 0), charset="windows-1252", cte="base64", where="base64", body="""\
Sehr geehrter Herr Oltmer,

vielen Dank, dass Sie beim Beratungsbesuch nach § 37 Abs. 3 SGB XI am 16.03. dabei waren. Die
Pflegefachkraft hat bestätigt, dass die Pflege Ihres Vaters, Herrn Wilhelm Oltmer (Pflegegrad 2,
Pflegepflichtversicherung PV 20 114 906), zu Hause sichergestellt ist.

Sie empfiehlt wegen der zunehmenden Gangunsicherheit nach dem Schlaganfall einen Badewannenlift und
Haltegriffe. Dafür gibt es einen Zuschuss für wohnumfeldverbessernde Maßnahmen bis 4.180 €;
das Antragsformular lege ich Ihnen ins Portal.

Das Pflegegeld von 347 € monatlich zahlen wir unverändert weiter.

Mit freundlichen Grüßen
Rieke Lammers
Pflegeversicherung
""")

# ---- 0132
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: catering order for the advisory physicians' training day, no person",
     frm=TG, to="Bestellung <bestellung@hanse-catering.example>", subj="Catering Fortbildung Beratungsärzte 15.04.",
     date=D(3, 20, 14, 22), body="""\
Hallo Herr Mehnert,

für unsere Fortbildung der Beratungsärztinnen und -ärzte ("Neues aus der GOÄ und Onkologie") am
15.04. bitte:
- 35 Personen, Frühstück 8:30, Mittag 12:30 (1x Fisch, 1x vegetarisch), Kuchen 15:00
- 4 Personen glutenfrei, 2 laktosefrei (Namen brauchen Sie nicht, einfach separat kennzeichnen)
Raum 5.02/5.03, Lieferung über Tor B.

Gruß
Thomas Gerdes
""")

# ---- 0133
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "attachment-only: ODS list of a broker's motor customers with names, plates and claims",
     frm=MO, to="Jens Ritter <jens.ritter@finanzkontor-ritter.example>", subj="Schadenquote Ihr Kfz-Bestand",
     date=D(3, 23, 10, 0), where="att-ods", body="""\
Hallo Herr Ritter,

wie am Telefon: die Auswertung für Ihre Kfz-Kunden mit Schaden 2025. Die Sanierung sprechen wir
im Jahresgespräch durch.

Gruß Meike Oltmanns
""", atts=[A("Kfz_Schaeden_40233_2025.ods", ODS([
    ["VN", "Kennzeichen", "Vertrag", "Schäden 2025", "Aufwand EUR", "SF neu"],
    ["Heike Grotheer", "OHZ-HG 77", "KF-4410-2281", 2, 8140.0, "SF 4"],
    ["Andrzej Kowal", "HB-AK 912", "KF-4410-3009", 1, 2210.5, "SF 6"],
    ["Sönke Pundt", "VER-SP 18", "KF-4411-0046", 3, 14380.0, "M"],
], "2025"))])

# ---- 0134
mail("NORMAL", "en", "insurer-to-partner",
     "trap: auditors receive pseudonymised claim IDs for a health-claims sample, no person",
     frm=PR, to="Audit Team <wh-audit@hb-auditors.example>", subj="Re: sample selection health claims",
     date=D(3, 23, 13, 5), body="""\
Hi Jonas,

your random sample of 60 health claims is drawn. The file on the audit share contains only the
pseudonymised claim IDs (format LK-25-xxxxx) and the amounts; names and diagnoses you will see on
site in the claims system with a read-only user, as agreed with our DPO.

Strata: outpatient 25, inpatient 20, dental 10, long-term care 5.

Priya
""")

# ---- 0135
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "death claim in life insurance: named deceased, condolences and request for cause-of-death certificate",
     frm=GF, to="Helen Marsh <helen.marsh@mailhaus.example>", subj="Policy LV 3315 006 1 - our condolences",
     date=D(3, 23, 15, 30), body="""\
Dear Mrs Marsh,

please accept our sincere condolences on the death of your husband, Mr Alan Marsh, on 14 March.

You are the named beneficiary under his term life policy LV 3315 006 1 (sum assured EUR 150,000).
As the policy started less than three years ago, we need, in addition to the death certificate,
the medical certificate of the cause of death (the confidential part of the death certificate) or a
short statement from his GP about the illness that led to his death. You can ask the GP to send it
to us directly.

We will pay as soon as possible. Please call me if you need any help with the forms.

With kind regards
Gesa Frerichs
Life Policy Administration
""")

# ---- 0136
mail("NORMAL", "de", "internal",
     "trap: can't make the 'BU Jour fixe', train stuck, no person data",
     frm=HM, to=HS, subj="jf bu", cte="8bit", date=D(3, 24, 8, 47), hdrs=XM_IPH, body="""\
schaffe den BU-jour-fixe nicht, zug steht in verden (weichenstörung). bitte ohne mich, protokoll reicht
""" + IPH_DE)

# ---- 0137
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "short 'passt so'; the quoted thread holds a named customer's new address and birth date (household)",
     frm=BJ, to="Sabine Gerdes-Oltmann <s.gerdes-oltmann@t-net.example>", subj="AW: AW: Umzug / Adressänderung",
     date=D(3, 24, 11, 15), where="quote", hdrs=XM_OL, body="""\
Passt so, ist alles eingetragen. Schönen Umzug!

Birte Janssen
Kundenservice

Von: Sabine Gerdes-Oltmann <s.gerdes-oltmann@t-net.example>
Gesendet: Dienstag, 24. März 2026 10:41
An: Birte Janssen <birte.janssen@weserhorst.example>
Betreff: AW: Umzug / Adressänderung

Ja, die neue Wohnung hat 74 qm, Erdgeschoss. Fahrräder stehen im abschließbaren Schuppen.

Von: Birte Janssen <birte.janssen@weserhorst.example>
Gesendet: Montag, 23. März 2026 16:02
An: Sabine Gerdes-Oltmann <s.gerdes-oltmann@t-net.example>
Betreff: AW: Umzug / Adressänderung

Gern! Wie groß ist die neue Wohnung und in welchem Stockwerk? Dann passe ich die Versicherungssumme an.

Von: Sabine Gerdes-Oltmann <s.gerdes-oltmann@t-net.example>
Gesendet: Montag, 23. März 2026 14:20
An: service@weserhorst.example
Betreff: Umzug / Adressänderung

Hallo, ich ziehe zum 1.4. von der Lüneburger Str. 3 in die Kirchhuchtinger Landstr. 190, 28259 Bremen.
Hausrat HR 22 803 774. Geburtsdatum 12.12.1968, falls Sie das zur Zuordnung brauchen.
S. Gerdes-Oltmann
""")

# ---- 0138
mail("NORMAL", "en", "newsletter",
     "trap: HTML-only health insights newsletter with top diagnoses in aggregate, no person",
     frm=NEWS, to="newsletter-corporate@weserhorst.example", subj="Weserhorst Health Insights 1/2026",
     date=D(3, 25, 7, 0), html_only=True, html="""\
<html><body style="font-family:Arial,sans-serif">
<h1>Health Insights 1/2026</h1>
<p>For our corporate clients: what drove employee health claims in 2025 (group health portfolio, 41,000 insured, aggregated).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>rank</th><th>diagnosis group</th><th>share of cost</th></tr>
<tr><td>1</td><td>musculoskeletal (back pain, M54)</td><td>19 %</td></tr>
<tr><td>2</td><td>mental health (depression, anxiety, F32/F41)</td><td>16 %</td></tr>
<tr><td>3</td><td>dental</td><td>14 %</td></tr>
<tr><td>4</td><td>respiratory infections</td><td>9 %</td></tr>
<tr><td>5</td><td>cancer</td><td>8 %</td></tr>
</table>
<p>Webinar &quot;Preventing burnout in teams&quot; on 22 April. <a href="https://www.weserhorst.example/firmen/webinar">Register</a></p>
</body></html>
""")

# ---- 0139
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "motor liability bodily injury: named pedestrian's injuries and compensation, iso-8859-1",
     frm=MA, to="Kanzlei Tjaden Rechtsanwälte <post@kanzlei-tjaden.example>",
     subj="Ihr Mandant Herr Oskar Feldhaus – unser Schaden S-2025-0877014", date=D(3, 25, 10, 40),
     charset="iso-8859-1", body="""\
Sehr geehrte Frau Tjaden,

wir danken für das unfallchirurgische Gutachten zu Ihrem Mandanten, Herrn Oskar Feldhaus, der am
09.10.2025 als Fußgänger von unserem Versicherungsnehmer erfasst wurde.

Unstreitig sind: Unterschenkelschaftfraktur rechts mit Marknagelung, Rippenserienfraktur 5-7 links,
posttraumatische Belastungsstörung mit ambulanter Traumatherapie. Der Gutachter prognostiziert eine
dauerhafte MdE von 20 %.

Wir bieten zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von 28.000 EUR an; der
Haushaltsführungsschaden und der Verdienstausfall werden gesondert abgerechnet.

Mit freundlichen Grüßen
Marlene Osterkamp
Recht / Personenschaden
""")

# ---- 0140
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "rental-car excess claim of a named traveller, no health content",
     frm=NA, to="Oliver Reed <oliver.reed@webpost.example>", subj="rental excess claim RG-2026-00355",
     date=D(3, 25, 14, 10), body="""\
Dear Mr Reed,

we reimburse the excess charged by the rental company after the parking damage in Porto
(rental agreement HZ-88120, 2-9 March): EUR 950.00, under your rental excess cover RV 80 131 602.
Payment to the account ending in 0046 we have on file.

Regards
Nils Ahlers
""")

# ---- 0141
mail("NORMAL", "de", "internal",
     "trap: letter template with «placeholders» for rejecting a naturopath invoice, DOCX, no person",
     frm="Svenja Kück <svenja.kueck@weserhorst.example>", to="Leistung-Kranken-Team <leistung-kranken@weserhorst.example>",
     subj="neue vorlage heilpraktiker", date=D(3, 26, 9, 30), where="att-docx", body="""\
hi, die überarbeitete vorlage für die ablehnung heilpraktiker (GebüH über höchstsatz) hängt an. bitte ab sofort die nehmen, die alte ist aus dem DMS raus

svenja
""", atts=[A("Vorlage_Ablehnung_Heilpraktiker_v3.docx", DOCX([
    "# Ihre Heilpraktikerrechnung vom «Rechnungsdatum»",
    "«Anrede» «Name»,",
    "Sie haben uns die Rechnung von «Heilpraktiker» über «Betrag» EUR für die Behandlung wegen «Diagnose» eingereicht.",
    "Nach Ihrem Tarif «Tarif» erstatten wir Heilpraktikerleistungen bis zu den Höchstsätzen des Gebührenverzeichnisses für Heilpraktiker (GebüH). Die Positionen «Positionen» übersteigen diese Sätze.",
    "Wir erstatten daher «Erstattungsbetrag» EUR.",
    "Mit freundlichen Grüßen",
    "«Sachbearbeiter»",
]))])

# ---- 0142
mail("CONFIDENTIAL", "de", "broker",
     "one-line forward; the broker's quoted mail gives a sole-trader craftsman's turnover and claims",
     frm=MO, to=MN, subj="WG: Anfrage Betriebshaftpflicht Tischlerei Pundt", date=D(3, 26, 11, 5), where="fwd", body="""\
kannst du das bitte prüfen? danke, m.

-----Ursprüngliche Nachricht-----
Von: Jens Ritter <jens.ritter@finanzkontor-ritter.example>
Gesendet: Donnerstag, 26. März 2026 10:12
An: Meike Oltmanns <meike.oltmanns@weserhorst.example>
Betreff: Anfrage Betriebshaftpflicht Tischlerei Pundt

Hallo Frau Oltmanns,
mein Kunde Sönke Pundt, Tischlermeister, Einzelunternehmen (Tischlerei Pundt, Verden), sucht eine
neue Betriebshaftpflicht. Umsatz 2025: 520.000 €, 4 Mitarbeiter. Vorschäden: 2024 ein
Montageschaden beim Kunden (Küche, 6.300 €). Vorversicherer hat gekündigt.
Geht da was?
Gruß J. Ritter
""")

# ---- 0143
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "rehab extension for a named patient after stroke (text and HTML)",
     frm=RL, to="Admissions <admissions@reha-huemmling.example>", subj="Extension of rehabilitation - Mr Derek Pike",
     date=D(3, 26, 15, 0), body="""\
Dear colleagues,

we approve the extension of inpatient neurological rehabilitation for Mr Derek Pike (DOB 1950-02-11,
our ref. RV 80 120 559 / KV-9120-0502-01) by 14 days until 17 April 2026, as requested by
Dr. Hüsing in view of the persisting hemiparesis and aphasia after his stroke.

Kind regards
Rieke Lammers
""", html="""\
<html><body>
<p>Dear colleagues,</p>
<p>we approve the extension of inpatient neurological rehabilitation for <b>Mr Derek Pike</b> (DOB 1950-02-11,
our ref. RV 80 120 559 / KV-9120-0502-01) by <b>14 days until 17 April 2026</b>, as requested by Dr. Hüsing in
view of the persisting hemiparesis and aphasia after his stroke.</p>
<p>Kind regards<br>Rieke Lammers</p>
</body></html>
""")

# ---- 0144
mail("NORMAL", "de", "insurer-to-customer",
     "grey: prospect gets generic dental supplementary tariff options, no health or contract data of hers",
     frm=HM, to="Nicole Warnken <nicole.warnken@mailhaus.example>", subj="Ihre Anfrage Zahnzusatz",
     date=D(3, 27, 10, 12), body="""\
Hallo Frau Warnken,

danke für Ihre Anfrage über unsere Website. Kurz die drei Tarife:

ZahnBasis 60  – 60 % für Zahnersatz, ab 9,80 € im Monat
ZahnPlus 80   – 80 % Zahnersatz + Inlays, Implantate, 150 € Prophylaxe, ab 21,40 €
ZahnPlus 90   – 90 % und Kieferorthopädie für Kinder, ab 29,90 €

Die genauen Beiträge hängen vom Alter ab; Gesundheitsfragen gibt es nur zu fehlenden Zähnen und
laufenden Behandlungen. Gern rufe ich Sie an – wann passt es Ihnen?

Viele Grüße
Hauke Meinders
Vertrieb
""")

# ---- 0145
mail("CONFIDENTIAL", "mixed", "internal",
     "salary expectations of two named job candidates, de/en",
     frm=PR, to=DO, subj="actuary candidates - Gehaltswünsche", date=D(3, 27, 13, 48), body="""\
David,

die beiden für die Aktuar-Stelle:
- Ms Hanna Iversen: currently EUR 78k, wants 88k + Dienstwagen (no way)
- Herr Bastian Möhlmann: aktuell 71.500, würde für 80k wechseln, notice period 3 months

HR says the band is 75-86k. Ich tendiere zu Möhlmann. Sprechen wir morgen?

p
""")

# ---- 0146
mail("NORMAL", "en", "internal",
     "trap: ICD-10-GM 2026 catalogue import into the claims system with code examples, no person",
     frm=OY, to="Claims Systems <claims-systems@weserhorst.example>", subj="ICD-10-GM 2026 import done",
     date=D(3, 30, 9, 5), charset="us-ascii", cte="7bit", body="""\
ICD-10-GM 2026 and OPS 2026 are imported in PROD (release 26.1.3).
- 214 new / 97 changed ICD codes (e.g. new subcodes under E66 obesity, U-codes updated)
- plausibility rules: old codes stay valid for invoices dated 2025
- the mapping table for the reinsurance reporting (chapters only) was updated
smoke tests green. ping me if a claim gets rejected with "ICD unknown".
okan
""")

# ---- 0147
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
     "follow-up question to a named life applicant who declared asthma, blank questionnaire attached",
     frm=HS, to="Carina Wilkens <carina.wilkens@webpost.example>", subj="Rückfrage zu Ihrem Antrag LV-A 2026/00588",
     date=D(3, 30, 11, 40), where="att-docx", body="""\
Guten Tag Frau Wilkens,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung. Sie haben angegeben, dass bei Ihnen
seit der Kindheit Asthma bronchiale besteht und Sie ein Kortisonspray (Budesonid) nutzen.

Damit wir Ihren Antrag ohne Arztbericht entscheiden können, füllen Sie bitte den beigefügten
Fragebogen Atemwegserkrankungen aus und schicken ihn über das Portal zurück.

Freundliche Grüße
Dr. Henrik Sievers
Risikoprüfung Leben
""", atts=[A("Fragebogen_Atemwege.docx", DOCX([
    "# Zusatzfragebogen Atemwegserkrankungen",
    "1. Seit wann besteht die Erkrankung?",
    "2. Welche Medikamente nehmen Sie regelmäßig (Name, Dosis)?",
    "3. Wie oft benötigen Sie ein Notfallspray pro Woche?",
    "4. Gab es in den letzten 5 Jahren Krankenhausaufenthalte oder Notarzteinsätze wegen Atemnot?",
    "5. Rauchen Sie oder haben Sie geraucht?",
    "Ort, Datum, Unterschrift: ____________",
]))])

# ---- 0148
mail("NORMAL", "en", "insurer-to-broker",
     "trap: broker firm user created, one-time password sent separately, no customer data",
     frm=NOREPLY, to="Gareth Hall <g.hall@northbridge-brokers.example>", subj="Broker portal: new user for your firm",
     date=D(3, 30, 14, 0), hdrs={"Auto-Submitted": "auto-generated"}, charset="us-ascii", cte="7bit", body="""\
Hello,

your firm administrator has created a broker portal user for you (partner firm Northbridge Brokers
Ltd, firm no. 40290). Your one-time password will reach you in a separate message by SMS.

At first login you will set your own password and a security question. Portfolio rights are granted
by your firm administrator.

https://makler.weserhorst.example

Weserhorst Broker Portal (automatic message)
""")

# ---- 0149
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: traffic legal expenses for a named customer's administrative speeding fine (no criminal matter)",
     frm=KT, to="Torben Hasselmann <torben.hasselmann@kundenmail.example>", subj="Bußgeldbescheid – Kostenzusage",
     date=D(3, 31, 9, 20), body="""\
Hallo Herr Hasselmann,

für den Einspruch gegen den Bußgeldbescheid des Landkreises Diepholz vom 12.03.2026 (29 km/h zu
schnell außerorts, 180 € Bußgeld, 1 Punkt) besteht Deckung aus Ihrem Verkehrsrechtsschutz
RS 70 462 300. Selbstbeteiligung: keine.

Ihr Anwalt kann die Messakte anfordern; die Kosten für ein Messgutachten übernehmen wir bis
1.500 €, wenn er es für sinnvoll hält.

Gruß Kai-Uwe Tammen
""")

# ---- 0150
mail("CONFIDENTIAL", "en", "insurer-to-partner",
     "nested ZIP for a recourse agent: named third party, address, plate, damage figures, no injury",
     frm=MA, to="Recoveries <recoveries@eurorecover.example>", subj="recourse file S-2026-0031166",
     date=D(3, 31, 15, 45), where="att-zip", body="""\
Hello,

new recourse file attached (hit-and-run, keeper now identified). Photos in the inner zip.
Please confirm receipt.

Marlene Osterkamp
Legal / Recourse
""", atts=[A("recourse_S-2026-0031166.zip", ZIP([
    ("summary.txt", """\
Recourse file S-2026-0031166
Our policyholder: Nadine Kessler, policy KF-2207-5510, damage paid EUR 2,318.40 (dent and scratches)
Responsible party (keeper query): Lukas Maibaum, born 03.01.1999, Hafenstr. 61, 20359 Hamburg,
vehicle HH-LK 2209 (Opel Astra); his motor insurer refused cover for hit-and-run (late notice)
Event: 21.02.2026, supermarket car park Bremen-Findorff, no injuries
""".replace("\n", "\r\n").encode("utf-8")),
    ("photos.zip", ZIP([
        ("photo_index.csv", CSV([["file", "caption"], ["IMG_2201.jpg", "rear left door"],
                                 ["IMG_2202.jpg", "paint transfer"]], ";").encode("utf-8")),
    ])),
]))])

# ================================================================ output and check
def render():
    out = {}
    for i, m in enumerate(MAILS, 1):
        out[fname(i)] = build(i, m)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, m in enumerate(MAILS, 1):
        for f in ("kind", "reason"):
            assert "\t" not in m[f] and "\n" not in m[f], (i, f)
        rows.append("\t".join([fname(i), m["label"], m["lang"], m["kind"], m["reason"]]))
    return out, ("\n".join(rows) + "\n").encode("utf-8")

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def creditor_id_ok(s):
    r = s[7:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
# deliberately invalid IBAN in a NORMAL test-case file (d152-0086, "REJECT_IBAN_CHECKSUM")
DELIBERATELY_INVALID = {"DE89370400440532013001"}
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}

class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.txt = []
    def handle_data(self, d):
        self.txt.append(d)

def _xml_text(data):
    ET.fromstring(data)  # must parse
    return re.sub(r"<[^>]+>", " ", data.decode("utf-8"))

def pdf_text(data):
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "not a PDF"
    txt = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        s = zlib.decompress(m.group(1))
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", s):
            txt.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    assert "".join(txt).strip(), "PDF without text layer"
    return "\n".join(txt)

def file_text(name, data, stats):
    """Open an attachment by its extension, return its text."""
    ext = name.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("zip", "docx", "xlsx", "odt", "ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        if ext == "zip":
            return "\n".join(file_text(n, z.read(n), stats) for n in names if not n.endswith("/"))
        if ext in ("odt", "ods"):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        main = {"docx": "word/document.xml", "xlsx": "xl/worksheets/sheet1.xml",
                "odt": "content.xml", "ods": "content.xml"}[ext]
        for n in names:
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        return _xml_text(z.read(main))
    if ext == "eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        return msg_text(msg, stats, set())
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("windows-1252")
    else:
        text = data
    if ext == "csv":
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows, "empty csv"
    elif ext == "ics":
        assert "BEGIN:VCALENDAR" in text and "END:VCALENDAR" in text
    elif ext in ("html", "htm"):
        p = _HP(); p.feed(text); p.close()
        text = " ".join(p.txt)
    return text

def msg_text(msg, stats, mids):
    """Walk a parsed message, check every part, return all text (bodies + attachments)."""
    out = []
    assert not msg.defects, msg.defects
    mid = msg["Message-ID"]
    assert mid and mid not in mids, "Message-ID missing or duplicated: %s" % mid
    mids.add(mid)
    d = email.utils.parsedate_to_datetime(msg["Date"])
    assert d.year == 2026, msg["Date"]
    for h in ("From", "To", "Cc", "Reply-To", "Message-ID"):
        for v in msg.get_all(h, []):
            out.append(str(v))
    out.append(str(msg["Subject"]))
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        out.append(part_text(part, stats, mids))
    return "\n".join(out)

def part_text(part, stats, mids):
    assert not part.defects, part.defects
    ct = part.get_content_type()
    if part.is_multipart():
        if ct == "message/rfc822":
            stats["eml"] = stats.get("eml", 0) + 1
            return msg_text(part.get_payload(0), stats, mids)
        return "\n".join(part_text(p, stats, mids) for p in part.iter_parts())
    fn = part.get_filename()
    raw = part.get_payload(decode=True)
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset()
        assert cs in CHARSETS, cs
        text = raw.decode(cs)  # strict
        if fn:
            return file_text(fn, text, stats)
        if ct == "text/html":
            p = _HP(); p.feed(text); p.close()
            return text + "\n" + " ".join(p.txt)
        return text
    assert fn, "attachment without a file name: %s" % ct
    return file_text(fn, raw, stats)

def check():
    out, labels = render()
    ok = True
    for fn, data in out.items():
        with open(os.path.join(HERE, "mails", fn), "rb") as f:
            if f.read() != data:
                print("DIFFERS:", fn); ok = False
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        if f.read() != labels:
            print("DIFFERS: labels.tsv"); ok = False
    extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(out)
    assert not extra, extra
    mids, stats = set(), {}
    n_iban = 0
    tops, charsets, ctes = {}, {}, {}
    for i, (fn, data) in enumerate(sorted(out.items()), 1):
        try:
            assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
            assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
            msg = email.message_from_bytes(data, policy=email.policy.default)
            text = msg_text(msg, stats, mids)
            for host in ADDR_RE.findall(text) + URL_RE.findall(text):
                assert host.lower().endswith(".example"), "host %s" % host
            for ib in IBAN_RE.findall(text.upper()):
                if ib.replace(" ", "") in DELIBERATELY_INVALID:
                    continue
                if ib.replace(" ", "")[4:7] == "ZZZ":  # SEPA creditor identifier, own check
                    assert creditor_id_ok(ib.replace(" ", "")), "bad creditor ID %s" % ib
                    continue
                assert iban_ok(ib), "bad IBAN %s" % ib
                n_iban += 1
            assert msg["From"].addresses[0].domain.endswith("weserhorst.example"), msg["From"]
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            for p in msg.walk():
                if p.get_content_maintype() == "text" and not p.get_filename():
                    charsets[p.get_content_charset()] = charsets.get(p.get_content_charset(), 0) + 1
                    c = p.get("Content-Transfer-Encoding", "7bit").lower()
                    ctes[c] = ctes.get(c, 0) + 1
        except Exception as e:
            print("FAIL %s: %r" % (fn, e)); ok = False
    cnt = {}
    lang = {}
    for m in MAILS:
        cnt[m["label"]] = cnt.get(m["label"], 0) + 1
        lang[m["lang"]] = lang.get(m["lang"], 0) + 1
    print("mails:", len(out))
    print("labels:", cnt)
    print("langs:", lang)
    print("top-level types:", tops)
    print("charsets (text parts):", charsets)
    print("transfer encodings (text parts):", ctes)
    print("attachments opened (incl. ZIP members, attached mails):", dict(sorted(stats.items())))
    print("IBANs found and checksum-valid:", n_iban)
    if cnt != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        print("LABEL COUNTS WRONG (want 60/45/45)"); ok = False
    print("CHECK", "OK" if ok else "FAILED")
    return ok

def write():
    out, labels = render()
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, "mails")):
        if fn.startswith(PREFIX) and fn not in out:
            os.remove(os.path.join(HERE, "mails", fn))
    for fn, data in out.items():
        with open(os.path.join(HERE, "mails", fn), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels)
    print("wrote %d mails" % len(out))

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    write()
