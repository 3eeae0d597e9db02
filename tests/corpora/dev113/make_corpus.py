#!/usr/bin/env python3
"""Generator for the Siegel evaluation corpus dev113.

Theme: IT support tickets and ticket-system notifications at an invented German
insurer (Weserbogen Versicherungsgruppe, Minden).  Staff paste customer data,
screenshots described in words, call notes and case excerpts into tickets and
mails to the IT service desk, to software vendors and to outsourcing partners;
ordinary IT mail is mixed in as traps.

Everything is invented.  Every domain ends in .example.  Standard library only,
no network, deterministic output (fixed dates, boundaries, Message-IDs, ZIP
timestamps).

    python make_corpus.py           writes mails/d113-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses everything, validates, rebuilds
                                    into a temporary folder and compares bytes
"""

import base64
import csv
import hashlib
import io
import os
import quopri
import re
import shutil
import sys
import tempfile
import zipfile
import email
import email.policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, parsedate_to_datetime, getaddresses
import xml.etree.ElementTree as ET

NN = "113"
SEED = 113  # recorded for the brief; all content is written by hand, nothing is drawn at random
HERE = os.path.dirname(os.path.abspath(__file__))
INS = "weserbogen-vers.example"

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")

PY_CHARSET = {
    "utf-8": "utf-8",
    "iso-8859-1": "latin-1",
    "windows-1252": "cp1252",
    "us-ascii": "ascii",
}

# --------------------------------------------------------------------------
# people of the insurer (all invented)
# --------------------------------------------------------------------------

def P(name, local, domain=INS):
    return (name, "%s@%s" % (local, domain))

SD = P("IT-Servicedesk Weserbogen", "servicedesk")
HELPLANE = P("HelpLane Servicedesk", "helplane-noreply")
MONITOR = P("Monitoring RZ Minden", "monitoring-noreply")
ITINFO = P("IT-Kommunikation", "it-info")
DSB = P("Dr. Henrike Stühmer", "henrike.stuehmer")
OLTMANNS = P("Jannik Oltmanns", "jannik.oltmanns")
BRAKHAGE = P("Svenja Brakhage", "svenja.brakhage")
AYDIN = P("Deniz Aydın", "deniz.aydin")
WICHMANN = P("Malte Wichmann", "malte.wichmann")
RESSEL = P("Paula Ressel", "paula.ressel")
VAHLE = P("Konstantin Vahle", "konstantin.vahle")
SANDKUEHLER = P("Birte Sandkühler", "birte.sandkuehler")
FREITAG = P("Ole Freitag", "ole.freitag")
WOLNY = P("Agnieszka Wolny", "agnieszka.wolny")
BOECKMANN = P("Frank Böckmann", "frank.boeckmann")
HUSMANN = P("Tamara Husmann", "tamara.husmann")
PAPE = P("Rüdiger Pape", "ruediger.pape")
KOTTMEIER = P("Lea Kottmeier", "lea.kottmeier")
DREYER = P("Henning Dreyer", "henning.dreyer")
MOENKE = P("Carina Mönkemöller", "carina.moenkemoeller")
ESCHER = P("Thilo Escher", "thilo.escher")
RAHE = P("Yvonne Rahe", "yvonne.rahe")
KRACHT = P("Sebastian Kracht", "sebastian.kracht")
ERDEM = P("Gül Erdem", "guel.erdem")
NOWICKI = P("Marek Nowicki", "marek.nowicki")
LUEKING = P("Hauke Lüking", "hauke.lueking")
TEGTMEYER = P("Anja Tegtmeyer", "anja.tegtmeyer")
SCHAPER = P("Torben Schaper", "torben.schaper")
EXPAT = P("Expat Desk Weserbogen", "expatdesk")
MAKLERSUPPORT = P("Maklerbetreuung Weserbogen", "maklerbetreuung")
KUNDENPORTAL = P("Kundenportal-Support Weserbogen", "portal-support")

# vendors and outsourcing partners (all invented)
KW_SUP = P("Kernwerk Support", "support", "kernwerk.example")
KW_HASENKAMP = P("Dirk Hasenkamp", "d.hasenkamp", "kernwerk.example")
LX_SUP = P("Lexaris Customer Support", "support", "lexaris.example")
LX_MCALLISTER = P("Fiona McAllister", "fiona.mcallister", "lexaris.example")
TW_SUP = P("Tidewell ClaimDock Support", "claimdock-support", "tidewell.example")
TW_VANRIEL = P("Joost van Riel", "joost.vanriel", "tidewell.example")
SH_LEIT = P("Marion Feldkamp", "m.feldkamp", "scanhafen.example")
SH_OPS = P("Scanhafen Operations Szczecin", "ops-szczecin", "scanhafen.example")
CW_TEAM = P("Nadine Voßkuhl", "nadine.vosskuhl", "callwerk.example")
CW_QM = P("Callwerk Qualitätsmanagement", "qm", "callwerk.example")
NL_OUT = P("Nordlicht Output Auftragsmanagement", "auftrag", "nordlicht-output.example")
NL_KOCH = P("Stefanie Koch", "s.koch", "nordlicht-output.example")
DH_NOC = P("Datenhafen NOC", "noc", "datenhafen.example")
DH_SERVICE = P("Datenhafen Service Management", "service", "datenhafen.example")
ASH_PRIYA = P("Priya Raghunathan", "priya.raghunathan", "ashgrove.example")
ASH_ARJUN = P("Arjun Mehta", "arjun.mehta", "ashgrove.example")
ASH_AMS = P("Ashgrove AMS Weserbogen", "wbv-ams", "ashgrove.example")
PAYLO = P("Paylo Kundensupport", "support", "paylo.example")
SF_SUP = P("SignaFlow Support", "help", "signaflow.example")
CERTIVO = P("Certivo Trust Services", "service", "certivo.example")
LAMMERS = P("Bürotechnik Lammers GmbH", "vertrieb", "lammers-it.example")
GLOBASSIST = P("Globassist Operations", "ops", "globassist.example")
PENTEST = P("Ravelin Security Testing", "engagements", "ravelin-sec.example")


# --------------------------------------------------------------------------
# MIME building blocks (raw bytes, LF line ends, written by hand so that the
# output is byte-stable)
# --------------------------------------------------------------------------

def enc_h(value):
    """RFC 2047 for non-ASCII header text."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(p):
    name, a = p
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def addrs(lst):
    if isinstance(lst, tuple):
        lst = [lst]
    return ", ".join(addr(p) for p in lst)


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


class Part:
    """A leaf or multipart MIME entity: list of header lines + body bytes."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        h = "".join("%s: %s\n" % (k, v) for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def T(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    """A text part (plain or html)."""
    py = PY_CHARSET[charset]
    data = text.encode(py)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "us-ascii" else "us-ascii")
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    elif cte == "base64":
        body = b64lines(data).encode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        body = data if data.endswith(b"\n") else data + b"\n"
    else:
        raise ValueError(cte)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def fname_params(filename):
    try:
        filename.encode("ascii")
        return 'filename="%s"' % filename, 'name="%s"' % filename
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "filename*=utf-8''%s" % quote(filename), "name*=utf-8''%s" % quote(filename)


def ATT(data, ctype, filename, cte="base64", inline=False, charset=None, description=None):
    fp, np_ = fname_params(filename)
    ct = ctype
    if charset:
        ct += "; charset=%s" % charset
    ct += "; " + np_
    hdrs = [("Content-Type", ct)]
    if description:
        hdrs.append(("Content-Description", enc_h(description)))
    hdrs.append(("Content-Disposition", "%s; %s" % ("inline" if inline else "attachment", fp)))
    hdrs.append(("Content-Transfer-Encoding", cte))
    if cte == "base64":
        body = b64lines(data).encode("ascii")
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return Part(hdrs, body)


def FWD(msg_bytes, filename=None):
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        fp, _ = fname_params(filename)
        hdrs.append(("Content-Disposition", "attachment; " + fp))
    else:
        hdrs.append(("Content-Disposition", "inline"))
    if not msg_bytes.endswith(b"\n"):
        msg_bytes += b"\n"
    try:
        msg_bytes.decode("ascii")
        hdrs.append(("Content-Transfer-Encoding", "7bit"))
    except UnicodeDecodeError:
        hdrs.append(("Content-Transfer-Encoding", "8bit"))
    return Part(hdrs, msg_bytes)


def MP(subtype, parts, boundary):
    body = b"This is a multi-part message in MIME format.\n" if subtype == "mixed" else b""
    for p in parts:
        body += b"--" + boundary.encode("ascii") + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode("ascii") + b"--\n"
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], body)


def ALT(text, html, boundary, charset="utf-8", cte="quoted-printable"):
    return MP("alternative", [T(text, "plain", charset, cte), T(html, "html", charset, cte)], boundary)


def bnd(n, k=1):
    return "----=_Part_%s_%04d_%d.WB" % (NN, n, k)


def mid(n, tag="wbv"):
    h = hashlib.sha1(("d%s-%04d-%s" % (NN, n, tag)).encode()).hexdigest()[:16]
    return "<%s.%s@%s>" % (h, tag, INS)


AGENTS = {
    "tb": "Mozilla Thunderbird 115.6.0",
    "ol": "Microsoft Outlook 16.0",
    "owa": "Microsoft Outlook Web App",
    "helplane": "HelpLane Notifier 8.4.2",
    "zabbix": "RZ-Monitor/6.0",
    "nl": "WB Newsletter Tool 3.1",
}


def headers_for(frm, to, subject, date, cc=None, msgid=None, agent="ol", extra=None,
                in_reply_to=None, references=None, reply_to=None):
    h = [("From", addr(frm)), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    if reply_to:
        h.append(("Reply-To", addr(reply_to)))
    h.append(("Subject", enc_h(subject)))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", references or in_reply_to))
    if agent:
        key = "User-Agent" if agent == "tb" else "X-Mailer"
        h.append((key, AGENTS.get(agent, agent)))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    return h


def build(n, frm, to, subject, date, body, **kw):
    """Top-level message bytes. body is a Part."""
    msgid = kw.pop("msgid", None) or mid(n)
    h = headers_for(frm, to, subject, date, msgid=msgid, **kw)
    top = Part(h + body.headers, body.body)
    return top.render()


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# --------------------------------------------------------------------------
# attachment writers
# --------------------------------------------------------------------------

FIXED_ZIP_TIME = (2024, 11, 4, 9, 30, 0)


def _pdf_str(s):
    out = []
    for ch in s:
        b = ch.encode("cp1252")
        for c in b:
            if c in (0x28, 0x29, 0x5C):
                out.append("\\" + chr(c))
            elif c < 32 or c > 126:
                out.append("\\%03o" % c)
            else:
                out.append(chr(c))
    return "".join(out)


def make_pdf(lines, title="Dokument", per_page=48):
    """Minimal valid PDF (Helvetica, WinAnsi), one or more pages of text lines."""
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    font_id = 3
    info_id = 4
    first = 5
    kids = []
    for i, pl in enumerate(pages):
        pid = first + 2 * i
        cid = pid + 1
        kids.append(pid)
        ops = ["BT", "/F1 10 Tf", "13 TL", "50 790 Td"]
        for ln in pl:
            ops.append("(%s) Tj T*" % _pdf_str(ln))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (font_id, cid)).encode()
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), n_pages)).encode()
    objs[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[info_id] = ("<< /Title (%s) /Producer (WB Druckdienst 2.3) /CreationDate (D:20241104093000+01'00') >>"
                     % _pdf_str(title)).encode("latin-1")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    maxid = max(objs)
    for oid in range(1, maxid + 1):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (maxid + 1)
    out += b"0000000000 65535 f \n"
    for oid in range(1, maxid + 1):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (maxid + 1, info_id, xref)
    return bytes(out)


def _zip(files, stored_first=None):
    """files: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(files):
    return _zip(files)


def x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def make_docx(paragraphs, table=None):
    """paragraphs: list of str; table: optional list of rows (list of str), placed after paragraphs."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % x(p))
    if table:
        rows = []
        for r in table:
            cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % x(c) for c in r)
            rows.append("<w:tr>%s</w:tr>" % cells)
        body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                    '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>'
                    % "".join(rows))
        body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("word/document.xml", doc.encode())])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows, sheet="Tabelle1"):
    """rows: list of lists; int/float become numbers, everything else inline strings."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, x(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, "".join(xr)))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>'
          % (S, R, x(sheet)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>' % S)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                 ("xl/styles.xml", styles.encode()), ("xl/worksheets/sheet1.xml", sheet_xml.encode())])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mimetype, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode())], stored_first="mimetype")


def make_odt(paragraphs):
    ps = "".join(("<text:h text:outline-level=\"1\">%s</text:h>" % x(p[2:])) if p.startswith("# ")
                 else "<text:p>%s</text:p>" % x(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ODF_NS, ps))
    return _odf("application/vnd.oasis.opendocument.text", content)


def make_ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % (ODF_NS, x(sheet), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def make_csv(rows, charset="utf-8", sep=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(PY_CHARSET[charset])


def make_ics(uid, dtstart, dtend, summary, description, location, organizer, attendees, method="REQUEST"):
    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 75:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "PRODID:-//Weserbogen//HelpLane Kalender 8.4//DE", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20241101T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % dtstart, "DTEND;TZID=Europe/Berlin:%s" % dtend,
             "SUMMARY:%s" % esc(summary), "DESCRIPTION:%s" % esc(description),
             "LOCATION:%s" % esc(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (a[0], a[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# corpus bookkeeping
# --------------------------------------------------------------------------

class M:
    def __init__(self, raw, label, lang, kind, reason):
        assert label in LABELS, label
        assert lang in LANGS, lang
        self.raw = raw
        self.label = label
        self.lang = lang
        self.kind = kind
        self.reason = reason


# signatures used by several people (each mail still writes its own text)
def sig(p, role, phone, company="Weserbogen Versicherung AG"):
    return ("-- \n%s\n%s\n%s\nAm Weserbogen 12, 32423 Minden\nTel. +49 571 9880-%s\n%s"
            % (p[0], role, company, phone, p[1]))


DISCLAIMER_DE = ("Weserbogen Versicherung AG · Sitz Minden · Amtsgericht Bad Oeynhausen HRB 4471\n"
                 "Vorstand: Dr. Carsten Ilsemann (Vors.), Meike Brinkhoff · Aufsichtsrat: Hartwig Lohmeyer\n"
                 "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
                 "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")

DISCLAIMER_EN = ("Weserbogen Versicherung AG, registered office Minden, local court Bad Oeynhausen HRB 4471.\n"
                 "This e-mail may contain confidential information. If you are not the intended recipient, "
                 "please notify the sender and delete this e-mail.")



# ==========================================================================
# the mails, each written by hand
# ==========================================================================

def m001():
    body = """Guten Tag,

ich bin bis einschließlich Freitag, 13.09.2024, nicht im Büro und lese meine
E-Mails in dieser Zeit nicht.

Dringende Störungen (z. B. Export Leistungsabrechnung KV, Scanstraße,
Kundenportal) bitte direkt an die Servicedesk-Hotline -4400 oder per Mail an
servicedesk@weserbogen-vers.example – dort wird Ihr Anliegen als Ticket
erfasst und sofort bearbeitet.

Ihre Mail wird nicht automatisch weitergeleitet.

Viele Grüße
Svenja Brakhage
IT-Servicedesk (2nd Level)
"""
    raw = build(1, BRAKHAGE, KOTTMEIER,
                "Automatische Antwort: AW: INC-2024-031877 Leistungsabrechnung KV – Export hängt",
                "Mon, 09 Sep 2024 07:52:10 +0200", T(body),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return M(raw, "NORMAL", "de", "internal",
             "trap: out-of-office naming 'Leistungsabrechnung KV' in the subject, no person or case data")


def m002():
    body = """Hallo Servicedesk,

die OCR in der Scanstraße liest bei Arztrechnungen seit dem Update gestern die
GOÄ-Ziffern falsch aus. Beispiel von heute früh (Screenshot kann ich nicht
anhängen, Snipping Tool ist bei uns gesperrt, deshalb beschreibe ich's):

Oben links im KORA-Fenster steht "Leistungsfall 24-KL-0883412", darunter
Versicherte: Obermöller, Renate, geb. 14.02.1958, Tarif KV-Komfort 300.
In der Positionsliste rechts:
  - Zeile 1: laut Rechnung GOÄ 1 (Beratung) -> OCR hat "7" erkannt
  - Zeile 2: GOÄ 410 (Sono) -> OCR "41O" mit Buchstabe O, Feld rot
  - Zeile 3: GOÄ 605 Lungenfunktion -> passt
Unten im Diagnosefeld hat die OCR "J45.0 allergisches Asthma bronchiale"
korrekt übernommen, nur der Betrag stimmt dadurch nicht (Summe 187,43 statt
214,90 EUR).

Ich habe den Fall erstmal auf "manuelle Prüfung" gestellt. Bei den anderen
Rechnungen von heute sieht es ähnlich aus, ca. jede dritte ist betroffen.

Könnt ihr das an Kernwerk weitergeben? Danke!

Gruß
Lea Kottmeier
Leistungsabteilung Kranken, Team ambulant 2
Tel. -4127
"""
    raw = build(2, KOTTMEIER, SD, "OCR liest GOÄ-Ziffern falsch (Scanstraße / KORA)",
                "Tue, 10 Sep 2024 08:31:47 +0200", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "screenshot described in words: named insured with birth date, KV claim, diagnosis J45.0 asthma")


def m003():
    body = """Moin zusammen,

in ClaimDock werden beim Schaden KS-24-118734 die Kennzeichen vertauscht
angezeigt. Unser VN ist Herr Dariusz Lewandowski, Kennzeichen MI-DL 482
(Golf VII), der Unfallgegner hat HF-KT 1193. In der Maske "Beteiligte"
steht bei unserem VN aber HF-KT 1193, im Gutachtenauftrag dann wieder
richtig. Der Sachverständige hat schon nachgefragt, welches Fahrzeug er
besichtigen soll.

Verletzt wurde niemand, reiner Blechschaden auf dem Parkplatz
Ringstraße, also nichts Dringendes – aber ich würde ungern mit falschem
Kennzeichen regulieren.

Ole, hast du das schon mal gesehen? Vielleicht ein Problem beim Import
aus der Schadenmeldung im Portal?

Gruß
Henning

--
Henning Dreyer
Kfz-Schaden, Gruppe 3
Durchwahl -4352
"""
    raw = build(3, DREYER, SD, "ClaimDock: Kennzeichen bei Beteiligten vertauscht (KS-24-118734)",
                "Tue, 10 Sep 2024 13:05:02 +0200", T(body, cte="8bit", flowed=True), cc=FREITAG, agent="tb")
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "motor claim number with named policyholder and number plates, nobody hurt")


def m004():
    body = """Hi Priya,

as discussed in yesterday's call, here is the plan for release 4.12 of the
customer portal (health claims upload module, new document type list):

  Window:   Saturday 21 Sep 2024, 06:00-10:00 CEST
  Scope:    portal-frontend 4.12.0, upload-service 2.7.3, doc-router 1.19.1
  Freeze:   no changes to PROD from Thursday 19 Sep 18:00
  Go/No-Go: Friday 20 Sep 14:00, Teams (invite follows from Marek)

Steps on our side (Weserbogen ops):
  1. set maintenance page on portal (06:00)
  2. drain upload queue UPL_IN (max. 15 min)
  3. hand over to Ashgrove for deployment
  4. smoke test with the test accounts wbv-test-07 / wbv-test-08 only
  5. remove maintenance page, monitor for 60 min

Rollback: redeploy 4.11.2 images from the registry, DB migration V4_12_003
is reversible (script attached to WBV-2190 in Jira).

Please confirm the Ashgrove on-call names for the window. Smoke tests with
real customer logins are not allowed, please remind the team.

Thanks,
Marek

--
Marek Nowicki
DevOps / Application Operations
Weserbogen Versicherung AG
"""
    raw = build(4, NOWICKI, ASH_PRIYA, "Release 4.12 customer portal - deployment window 21 Sep",
                "Wed, 11 Sep 2024 10:14:33 +0200", T(body, charset="us-ascii", cte="7bit"),
                cc=[ASH_AMS, VAHLE])
    return M(raw, "NORMAL", "en", "insurer-to-outsourcer",
             "trap: release plan for the 'health claims upload module', test accounts only, no person")


def m005():
    body = """Hi team,

WBV-2231 again - the BU (disability) claim workflow does not create the task
"medical review" after a specialist report is uploaded. We cannot reproduce
it on TEST, so I am giving you the production case. Please keep it out of
Jira attachments and delete after analysis.

  Policy:        LV 7.312.445-8 (BU rider BUZ-2016)
  Insured:       Stefan Wöltje, DOB 1976-03-21
  Claim opened:  2024-01-15, status "Prüfung Arzt"
  Condition:     relapsing-remitting multiple sclerosis (G35.1), EDSS 4.0
                 according to the neurologist's report
  Upload:        report of Dr. Annika Berghoff (neurology practice, Bielefeld)
                 uploaded 2024-09-12 09:41 via caseworker client

Expected: task MED_REVIEW for our medical officer. Actual: nothing, the
claim stays in "Prüfung Arzt", and the monthly BU benefit is not released.
Mr. Wöltje's wife has already called twice.

Log extract (app server wbv-prod-app03, 12 Sep):
  09:41:07 INFO  DocIngest  docType=FACHARZTBERICHT claimRef=BU-24-00318
  09:41:07 WARN  TaskRouter no rule for docType=FACHARZTBERICHT in state PRUEF_ARZT
  09:41:07 INFO  TaskRouter skipped

Looks like the rule table only knows docType=ARZTBERICHT. Could you check the
mapping from release 4.11?

Thanks
Birte

Birte Sandkühler
Application Management Life & Disability
Weserbogen Lebensversicherung AG
"""
    raw = build(5, SANDKUEHLER, ASH_AMS, "WBV-2231 BU claim workflow - no medical review task (prod case)",
                "Thu, 12 Sep 2024 11:02:19 +0200", T(body), cc=ASH_ARJUN)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "production BU claim pasted into an offshore ticket: named insured, DOB, multiple sclerosis G35.1")


def m006():
    body = """Guten Tag Frau Wolny,

Ihr Ticket wurde gelöst.

Ticket:      INC-2024-032114
Titel:       Scanstraße 2 – Barcode-Trennblätter bei Arztrechnungen nicht erkannt
Kategorie:   Input-Management / Posteingang KV
Priorität:   2 – hoch
Bearbeiter:  Deniz Aydın (2nd Level)

Lösung:
Die Scanner der Scanstraße 2 hatten nach dem Wartungstermin noch die alte
Firmware (3.2.1). Nach dem Update auf 3.4.0 und dem Austausch der
Trennblatt-Vorlage (neue Version v3 mit größerem Code) werden die
Trennblätter wieder erkannt. Testlauf mit 200 Blatt Leerbelegen ohne Fehler.
Bitte alte Trennblätter (v2, grauer Rand) nicht mehr verwenden.

Wenn das Problem erneut auftritt, antworten Sie einfach auf diese Mail,
dann wird das Ticket wieder geöffnet. Ohne Rückmeldung wird es in
5 Arbeitstagen automatisch geschlossen.

Ticket ansehen: https://helplane.weserbogen-vers.example/ticket/INC-2024-032114

--
HelpLane · IT-Servicedesk Weserbogen · Hotline -4400
Diese Nachricht wurde automatisch erzeugt.
"""
    raw = build(6, HELPLANE, WOLNY,
                "[HelpLane] Ticket INC-2024-032114 gelöst: Scanstraße 2 – Barcode-Trennblätter bei Arztrechnungen nicht erkannt",
                "Thu, 12 Sep 2024 16:48:00 +0200", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-032114")])
    return M(raw, "NORMAL", "de", "ticket-system",
             "trap: ticket notification about 'Arztrechnungen' scanning hardware, no person")


def m007():
    body = """Hallo Frau Feldkamp,

im Batch 20240917-0412 ist ein SEPA-Lastschriftmandat falsch indexiert worden.

Dokument-ID:    SH-2409-7781204
Absender:       Jörg Hülsmann, Brunnenweg 3, 32457 Porta Westfalica
Inhalt:         neues SEPA-Mandat, IBAN DE31 1407 8536 1429 4744 65,
                Kontoinhaber Jörg Hülsmann
richtig wäre:   Hausratversicherung H 12 884 310
indexiert auf:  Wohngebäude W 40 117 093 (Meta Hülsmann, andere Person,
                andere Adresse – nur gleicher Nachname)

Die Zuordnung lief offenbar nur über den Nachnamen und die PLZ, die
Vertragsnummer im Formular wurde nicht gelesen (steht handschriftlich drauf).
Bitte das Dokument neu indexieren und uns bestätigen, dass es aus der
Akte W 40 117 093 entfernt ist. Bei uns ist die Lastschrift noch nicht
gelaufen, es ist also nichts passiert.

Können Sie prüfen, ob das Regelwerk bei handschriftlichen Vertragsnummern
grundsätzlich auf Name+PLZ zurückfällt? Dann hätten wir ein größeres Thema.

Viele Grüße
Agnieszka Wolny
Input-Management / Posteingang
Weserbogen Versicherung AG
Tel. +49 571 9880-4210
"""
    raw = build(7, WOLNY, SH_LEIT, "Fehlindexierung SEPA-Mandat – Batch 20240917-0412",
                "Wed, 18 Sep 2024 09:12:44 +0200", T(body), cc=SH_OPS)
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "scanning partner: named customer with address, IBAN and household policy number")


def m008():
    pdf = make_pdf([
        "Klinikum Wesertal gGmbH - Klinik für Kardiologie und Angiologie",
        "Chefarzt Prof. Dr. med. Ulrich Tenhagen",
        "Hafenstraße 40, 32423 Minden",
        "",
        "Entlassungsbericht",
        "",
        "Patientin: Johanna Hübner, geb. 07.08.1949",
        "wohnhaft: Kirchweg 11, 32469 Petershagen",
        "Stationärer Aufenthalt: 02.09.2024 bis 11.09.2024, Station K3",
        "",
        "Diagnosen:",
        "  I21.4   Akuter subendokardialer Myokardinfarkt (NSTEMI)",
        "  I25.12  Koronare 2-Gefäßerkrankung",
        "  I10.90  Arterielle Hypertonie",
        "  E78.0   Reine Hypercholesterinämie",
        "",
        "Therapie:",
        "  Koronarangiographie am 02.09.2024, PCI mit Implantation eines",
        "  Drug-eluting-Stents in den RIVA (OPS 8-837.m0).",
        "",
        "Entlassmedikation:",
        "  ASS 100 mg 1-0-0 dauerhaft",
        "  Ticagrelor 90 mg 1-0-1 für 12 Monate",
        "  Atorvastatin 40 mg 0-0-1",
        "  Ramipril 5 mg 1-0-0",
        "  Bisoprolol 2,5 mg 1-0-0",
        "",
        "Empfehlung: kardiologische Anschlussheilbehandlung, Kontrolle LDL in 6 Wochen.",
        "",
        "Mit freundlichen kollegialen Grüßen",
        "Dr. med. Sevim Akgül, Oberärztin",
    ], title="Entlassungsbericht Hübner")
    body = """Hallo zusammen,

das angehängte PDF kommt so aus der Scanstraße und wird im DMS-Viewer nach
der ersten Seite abgeschnitten bzw. die Schrift ist leer. Im Acrobat geht es.
Betrifft mehrere Dokumente aus dem Posteingang Kranken von heute.

Könnt ihr mal schauen, ob das am Viewer liegt?

Danke & Gruß
Anja
"""
    mp = MP("mixed", [T(body), ATT(pdf, "application/pdf", "Entlassbrief_Huebner_Johanna_Kardiologie.pdf")], bnd(8))
    raw = build(8, TEGTMEYER, SD, "DMS-Viewer zeigt PDF nicht vollständig", "Thu, 19 Sep 2024 14:20:09 +0200", mp)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "harmless body; hospital discharge letter (NSTEMI, medication) of a named patient only in the PDF and file name")


def m009():
    text = """Liebe Kolleginnen und Kollegen,

seit heute Morgen erreicht uns eine Phishing-Welle mit dem Betreff
"Erstattung Ihrer Krankenkassenbeiträge 2023 – Handlung erforderlich".

Woran Sie die Mail erkennen:
- Absender: "Beitragsservice" <erstattung@kassen-rueckzahlung.example>
- angeblich steht Ihnen eine Erstattung von 312,40 EUR zu
- Sie sollen über einen Link Ihre Versichertennummer, Ihr Geburtsdatum und
  Ihre Bankverbindung eingeben
- der Link führt auf eine Seite im Design einer Krankenkasse

Bitte klicken Sie nicht auf den Link und geben Sie keine Daten ein. Nutzen Sie
in Outlook den Button "Phishing melden". Wer bereits Daten eingegeben hat,
meldet sich bitte sofort beim Servicedesk (-4400) – das ist keine Schande,
die Mail ist gut gemacht.

Unsere eigenen Kunden können dieselbe Mail bekommen. Wenn Kundinnen oder
Kunden im Kundenservice danach fragen: Weserbogen verschickt keine
Erstattungen per Link.

Viele Grüße
Paula Ressel
IT-Sicherheit
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>seit heute Morgen erreicht uns eine <b>Phishing-Welle</b> mit dem Betreff
<i>&bdquo;Erstattung Ihrer Krankenkassenbeiträge 2023 &ndash; Handlung erforderlich&ldquo;</i>.</p>
<p><b>Woran Sie die Mail erkennen:</b></p>
<ul>
<li>Absender: &quot;Beitragsservice&quot; &lt;erstattung@kassen-rueckzahlung.example&gt;</li>
<li>angeblich steht Ihnen eine Erstattung von 312,40&nbsp;EUR zu</li>
<li>Sie sollen über einen Link Ihre Versichertennummer, Ihr Geburtsdatum und Ihre Bankverbindung eingeben</li>
<li>der Link führt auf eine Seite im Design einer Krankenkasse</li>
</ul>
<p>Bitte klicken Sie <b>nicht</b> auf den Link und geben Sie keine Daten ein. Nutzen Sie in Outlook
den Button &bdquo;Phishing melden&ldquo;. Wer bereits Daten eingegeben hat, meldet sich bitte sofort
beim Servicedesk (-4400) &ndash; das ist keine Schande, die Mail ist gut gemacht.</p>
<p>Unsere eigenen Kunden können dieselbe Mail bekommen. Wenn Kundinnen oder Kunden im Kundenservice
danach fragen: Weserbogen verschickt keine Erstattungen per Link.</p>
<p>Viele Grüße<br>Paula Ressel<br>IT-Sicherheit</p>
</body></html>
"""
    raw = build(9, RESSEL, P("Alle Mitarbeitenden Weserbogen", "alle"),
                "Achtung Phishing: \"Erstattung Ihrer Krankenkassenbeiträge\"",
                "Fri, 20 Sep 2024 09:03:55 +0200", ALT(text, html, bnd(9)),
                extra=[("Importance", "high")])
    return M(raw, "NORMAL", "de", "internal",
             "trap: phishing warning about health-insurance refunds, asks for birth date/bank data but names nobody")


def m010():
    body = """Hello SignaFlow support,

one of our envelopes is stuck and the customer cannot sign. Details:

  Account:        Weserbogen Versicherung AG (tenant wbv-prod)
  Envelope ID:    7f3c9a12-55e0-4b8e-9d71-0c2e6a81f4d3
  Document:       "Änderungsantrag Hausratversicherung H 12 907 551.pdf"
  Signer:         Mrs. Claudia Brettschneider
                  c.brettschneider@mailbox.example
                  Lindenstraße 14, 32429 Minden (new address - that is what
                  the change request is about)
  Status:         SENT, then SIGNER_EMAIL_BOUNCED at 2024-09-23 08:12 UTC

The customer confirmed by phone that the address is correct and that she
receives our other mails. Our mail log shows your system tried
c.brettschneider@mailbox.example. - with a trailing dot. Looks like the
dot from our CRM export is not trimmed on your side.

Can you (a) resend the envelope to the trimmed address and (b) tell us
whether other envelopes from yesterday have the same problem?

Kind regards
Hauke Lüking
Digital Sales Processes
Weserbogen Versicherung AG
"""
    raw = build(10, LUEKING, SF_SUP, "Envelope stuck - SIGNER_EMAIL_BOUNCED (tenant wbv-prod)",
                "Tue, 24 Sep 2024 10:27:31 +0200", T(body))
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "named customer with e-mail, new home address and household policy number sent to e-signature vendor")


def m011():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2023-017:

Bestellnummer: 4500219873
Kostenstelle:  7310 (Leistungsabteilung Kranken)

Pos. | Menge | Artikel                                         | EP netto
-----+-------+-------------------------------------------------+----------
  1  |   25  | Blickschutzfilter 24" 16:10, magnetisch          |  58,90 EUR
  2  |   10  | Headset binaural USB-C, Teams-zertifiziert       |  89,00 EUR
  3  |    4  | Dokumentenkamera A3 (für Rückfragen Arztbelege)  | 214,00 EUR

Lieferanschrift:
Weserbogen Versicherung AG, Gebäude B, 3. OG, z. Hd. Herrn Konstantin Vahle
Am Weserbogen 12, 32423 Minden

Liefertermin: bis spätestens KW 42. Bitte Lieferschein mit Bestellnummer.
Rechnung bitte ausschließlich an rechnungseingang@weserbogen-vers.example.

Hintergrund für Ihre Disposition: Die Abteilung zieht in das Großraumbüro um,
und Gesundheitsdaten auf den Bildschirmen dürfen von den Gängen aus nicht
lesbar sein – die Filter sind deshalb vor dem Umzug am 21.10. nötig.

Mit freundlichen Grüßen
Frank Böckmann
Einkauf IT
""" + "\n" + DISCLAIMER_DE + "\n"
    raw = build(11, BOECKMANN, LAMMERS, "Bestellung 4500219873 – Blickschutzfilter und Headsets",
                "Wed, 25 Sep 2024 11:40:12 +0200", T(body))
    return M(raw, "NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for the health-claims department mentioning 'Gesundheitsdaten' and 'Arztbelege', no person")


def m012():
    body = """Hallo Frau Voßkuhl,

zur Info und mit der Bitte um Weitergabe an Ihr Team: Wir hatten heute ein
Ticket aus Ihrer Gesprächsnotiz, ich kopiere sie unten rein. Das Problem liegt
nicht bei Ihren Agents, sondern beim Portal: HEIC-Dateien vom iPhone werden
abgelehnt. Bis zum Fix (geplant Release 4.13) bitte den Kundinnen und Kunden
sagen, dass sie in den Kamera-Einstellungen auf "Maximale Kompatibilität"
(JPG) umstellen oder die Bescheinigung als PDF scannen sollen.

---------- Gesprächsnotiz CW (aus Ticket INC-2024-033102) ----------
Datum/Zeit: 26.09.2024 10:42   Agent: K. Lübbers (CW-2217)
Anruferin:  Frau Melanie Strothmann, KV-Nr. 4471-20938
Anliegen:   Krankentagegeld. Kundin ist seit 27.08. arbeitsunfähig
            (Bandscheibenvorfall LWS, sagt sie, war schon 2x in der Reha-
            Sprechstunde). Folgebescheinigung AU bis 18.10. lässt sich im
            Kundenportal nicht hochladen, Fehlermeldung "Dateityp nicht
            unterstützt". Kundin sehr aufgebracht, KT-Geld für September
            noch nicht bezahlt, sie braucht das Geld.
Zusage:     Rückruf Fachabteilung bis morgen, Ticket an IT erstellt.
---------------------------------------------------------------------

Die Fachabteilung ruft Frau Strothmann heute noch zurück.

Viele Grüße
Carina Mönkemöller
Kundenservice / Steuerung Dienstleister
Weserbogen Versicherung AG
"""
    raw = build(12, MOENKE, CW_TEAM, "Ticket-Weiterleitung: Upload AU-Bescheinigung im Portal (HEIC)",
                "Thu, 26 Sep 2024 15:18:26 +0200", T(body, charset="windows-1252"))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "pasted call note to the call-centre partner: named insured, KV number, sick leave, herniated disc")


def m013():
    body = """PROBLEM: Queue OCR_KV_LEISTUNG backlog > 1000

Host:        wbv-prod-mq02.rz.weserbogen-vers.example
Item:        mq.queue.depth[OCR_KV_LEISTUNG]
Value:       1245 (threshold 1000)
Severity:    High
Started:     2024-09-27 06:15:00 CEST
Duration:    1h 12m

Related items:
  mq.queue.depth[OCR_KV_ZAHN]       38
  mq.queue.depth[OCR_LV_LEISTUNG]    4
  ocr.worker.alive[ocr-w01..w06]    2 of 6

Runbook: https://wiki.weserbogen-vers.example/ops/runbooks/ocr-backlog
Acknowledge: https://monitor.weserbogen-vers.example/events/884120

-- RZ-Monitor (do not reply)
"""
    raw = build(13, MONITOR, P("IT Operations", "it-ops"),
                "[RZ-Monitor] PROBLEM: Queue OCR_KV_LEISTUNG backlog > 1000 (1245)",
                "Fri, 27 Sep 2024 07:27:03 +0200", T(body, charset="us-ascii", cte="7bit"), agent="zabbix",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Monitor-Severity", "High")])
    return M(raw, "NORMAL", "en", "system",
             "trap: monitoring alert for the health-claims OCR queue, technical values only")


def m014():
    text = """Hallo Servicedesk,

bitte einmal schauen – der Passwort-Reset im Kundenportal funktioniert bei
einem Kunden nicht, der Link ist laut Fehlermeldung sofort "abgelaufen".

Kunde:         Herr Wolfgang Terbrüggen
Geburtsdatum:  30.05.1967
Kundennummer:  5 118 204
Vertrag:       Hausrat H 13 002 877
Portal-Login:  w.terbrueggen@web-post.example

Er hat es dreimal versucht (29.09. abends, heute 08:10 und 08:25), jedes Mal
die Meldung "Der Link ist nicht mehr gültig". Ich habe ihm gesagt, wir melden
uns. Kann man das Konto manuell entsperren?

Danke
Carina Mönkemöller
Kundenservice
"""
    html = """<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Servicedesk,</p>
<p>bitte einmal schauen &ndash; der Passwort-Reset im Kundenportal funktioniert bei einem Kunden nicht,
der Link ist laut Fehlermeldung sofort &bdquo;abgelaufen&ldquo;.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Kunde</b></td><td>Herr Wolfgang Terbrüggen</td></tr>
<tr><td><b>Geburtsdatum</b></td><td>30.05.1967</td></tr>
<tr><td><b>Kundennummer</b></td><td>5 118 204</td></tr>
<tr><td><b>Vertrag</b></td><td>Hausrat H 13 002 877</td></tr>
<tr><td><b>Portal-Login</b></td><td>w.terbrueggen@web-post.example</td></tr>
</table>
<p>Er hat es dreimal versucht (29.09. abends, heute 08:10 und 08:25), jedes Mal die Meldung
&bdquo;Der Link ist nicht mehr gültig&ldquo;. Ich habe ihm gesagt, wir melden uns. Kann man das Konto
manuell entsperren?</p>
<p>Danke<br>Carina Mönkemöller<br>Kundenservice</p>
</body></html>
"""
    raw = build(14, MOENKE, SD, "Kundenportal: Reset-Link sofort abgelaufen",
                "Mon, 30 Sep 2024 08:41:18 +0200", ALT(text, html, bnd(14)))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "named customer with birth date, customer number and household policy in a portal ticket")


def m015():
    desc = """Versicherter: Patrick Niemeyer, KV-Nr. 4471-31807, Tarif Z-Premium
Zahnarzt: Praxis Dr. Lisa Kampmeier, Minden
Heil- und Kostenplan vom 12.08.2024: 3 Implantate Regio 36, 46, 47,
GOZ 9010 (3x), 9040, Knochenaufbau GOZ 9100, Suprakonstruktion Keramik.
Erstattung nach Rechnung vom 20.09.: 2.184,60 EUR – wurde am 27.09. und
am 30.09. gebucht (Zahllauf 2024-39 und 2024-40), also doppelt.
Herr Niemeyer hat sich selbst gemeldet und will zurücküberweisen."""
    text = """Neues Ticket an Hersteller übergeben

Ticket:       INC-2024-033458
Titel:        HKP-Erstattung doppelt gebucht
Modul:        KORA-Leistung / Zahn
Priorität:    2 – hoch
Erstellt von: Lea Kottmeier (Leistung Kranken)
Übergeben an: Kernwerk Support (Herstellerqueue KW-SUP)

Beschreibung:
""" + desc + """

Bitte antworten Sie über das Herstellerportal oder direkt auf diese Mail.
Ihre Antwort wird dem Ticket zugeordnet.

--
HelpLane · IT-Servicedesk Weserbogen
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<h3 style="color:#1c4f7c">Neues Ticket an Hersteller übergeben</h3>
<table cellpadding="3">
<tr><td>Ticket:</td><td><b>INC-2024-033458</b></td></tr>
<tr><td>Titel:</td><td>HKP-Erstattung doppelt gebucht</td></tr>
<tr><td>Modul:</td><td>KORA-Leistung / Zahn</td></tr>
<tr><td>Priorität:</td><td>2 &ndash; hoch</td></tr>
<tr><td>Erstellt von:</td><td>Lea Kottmeier (Leistung Kranken)</td></tr>
<tr><td>Übergeben an:</td><td>Kernwerk Support (Herstellerqueue KW-SUP)</td></tr>
</table>
<p><b>Beschreibung:</b></p>
<pre style="font-family:Consolas,monospace">""" + x(desc) + """</pre>
<p style="color:#666">Bitte antworten Sie über das Herstellerportal oder direkt auf diese Mail.
Ihre Antwort wird dem Ticket zugeordnet.<br>HelpLane &middot; IT-Servicedesk Weserbogen</p>
</body></html>
"""
    raw = build(15, HELPLANE, KW_SUP, "[HelpLane] INC-2024-033458 an Hersteller: HKP-Erstattung doppelt gebucht",
                "Tue, 01 Oct 2024 09:00:41 +0200", ALT(text, html, bnd(15)), agent="helplane",
                cc=KOTTMEIER, extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-033458")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "ticket-system",
             "ticket notification to the claims-software vendor quoting a named insured's dental treatment plan (implants)")


def m016():
    body = """Protokoll Datenschutz-Jour-fixe IT
Datum: 01.10.2024, 14:00–15:10, Raum A 2.14 / Teams
Teilnehmende: Dr. Henrike Stühmer (DSB), Malte Wichmann (Servicedesk),
Paula Ressel (IT-Sicherheit), Konstantin Vahle (AM KV-Leistung),
Marek Nowicki (DevOps), Agnieszka Wolny (Input-Management)
Protokoll: Malte Wichmann

TOP 1 – Kundendaten in Tickets
Stichprobe von 200 Tickets aus Q3: in 31 Tickets standen Namen von
Versicherten, in 12 davon zusätzlich Diagnosen oder Rechnungsinhalte, meist
als abgetippter Screenshot. Ursache laut Servicedesk: Die Fachbereiche
wollen "dass wir den Fall schnell finden".
Beschluss: Tickets enthalten künftig nur die Vorgangs-ID aus KORA bzw.
ClaimDock, keine Namen, keine Diagnosen, keine Bankdaten. Der Servicedesk
schlägt den Fall selbst nach.
To do: Pflichtfeld "Vorgangs-ID" und Hinweistext im Formular (MW, bis 31.10.)

TOP 2 – Weitergabe an Hersteller und Dienstleister
Herstellerqueues (Kernwerk, Tidewell, Lexaris, Ashgrove) bekommen
Ticketinhalte derzeit automatisch per Mail. Die AV-Verträge decken den
Zugriff auf Produktionsdaten im Rahmen des Supports ab, aber nicht den
unverschlüsselten Mailversand.
Beschluss: Weiterleitung an Hersteller nur noch über das Siegel-Gateway,
Ticketinhalte der Kategorie "Leistung KV/LV" werden als streng vertraulich
markiert.
To do: Regel im Gateway (PR, MN, bis 15.11.)

TOP 3 – Screenshots
Snipping Tool bleibt gesperrt; stattdessen kommt das HelpLane-Plugin mit
automatischer Schwärzung (Pilot im Servicedesk, KV).

TOP 4 – Verschiedenes
DSFA für das neue OCR-Modul: Entwurf liegt bei HS, Rückmeldung bis 18.10.

Nächster Termin: 05.11.2024
"""
    raw = build(16, WICHMANN, [DSB, RESSEL, VAHLE, NOWICKI, WOLNY],
                "Protokoll Datenschutz-Jour-fixe IT 01.10.2024", "Wed, 02 Oct 2024 08:15:27 +0200", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: data-protection minutes about diagnoses and bank data in tickets, only aggregate counts and staff names")


def m017():
    body = """Hi Joost, hi ClaimDock support,

we have a duplicate payment in production and need your help to find out why.

  Claim:        KS-24-120955 (motor third-party liability)
  Claimant:     Mr. Frederik Aßmann, Klosterstraße 8, 32545 Bad Oeynhausen
                (third party, rear-end collision on 2024-08-30, no injuries
                reported, vehicle damage only)
  Payment:      EUR 3,412.80 to DE19 2376 4085 9394 7724 64
                account holder Frederik Aßmann
  Booked:       payment run 2024-10-01 04:00 and again 2024-10-02 04:00

ClaimDock shows only one payment order (PO-884213), but our bank export
file for 2024-10-02 contains it a second time. Mr. Aßmann called us and
is willing to pay it back, so no drama for the customer side, but we need
to know whether other claims are affected.

Could you check the export job log for 2024-10-02 on your SaaS tenant
(tenant id wbv-eu-2)? Our ticket: INC-2024-033612.

Thanks and regards,
Ole Freitag
Application Manager Motor Claims
Weserbogen Versicherung AG
+49 571 9880-4371
"""
    raw = build(17, FREITAG, TW_SUP, "Duplicate payment in bank export - claim KS-24-120955",
                "Wed, 02 Oct 2024 13:37:50 +0200", T(body), cc=TW_VANRIEL)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "motor claimant (third party) named with address, IBAN and claim number; explicitly no injuries")


def m018():
    body = """Dear Fiona,

for the RiskPilot rulebase 2025 we need to plan the ICD-10-GM update. Two
questions before we open a change:

1. The 2025 catalogue adds new five-digit codes in chapters V and IX, e.g.
   the F43.- group (reactions to severe stress) and some I48.- subcodes
   (atrial fibrillation). Our rule R-114 currently matches "F43.*" for
   postponement; does the wildcard also cover the new codes automatically
   or do we have to list them?

2. For the BU questionnaire the rule R-207 (diabetes mellitus, E10-E14)
   uses the code plus the free-text field "treatment". In the 2025 version
   E11.- gets new digits for complications. Will your standard mapping table
   (rulebase-icd-map.csv) be shipped with 25.1 or do we maintain it
   ourselves?

No case data involved, this is just about the reference tables. If it is
easier, we can discuss it in the monthly service review on 17 October.

Best regards,
Birte Sandkuehler
Application Management Life & Disability
Weserbogen Lebensversicherung AG
"""
    raw = build(18, SANDKUEHLER, LX_MCALLISTER, "RiskPilot rulebase 2025 - ICD-10-GM update questions",
                "Thu, 03 Oct 2024 10:05:12 +0200", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "insurer-to-vendor",
             "trap: ICD-10 codes and underwriting rules (depression, diabetes) as reference data, no person")


def m019():
    body = r"""Hallo Servicedesk,

bitte folgende Berechtigung einrichten (Genehmigung Abteilungsleitung
Personal liegt vor, Frau Dr. Ostermann in Kopie):

Nutzerin:  Kathrin Weßling (neue BEM-Beauftragte ab 01.10.)
Ordner:    \\fs-min02\Personal\BEM\2024\Kuhlmann_Reinhard_10433
Rechte:    Lesen + Ändern

Hintergrund, damit ihr die Dringlichkeit einschätzen könnt: Herr Kuhlmann
(Pers.-Nr. 10433, Schadenregulierung Sach) kommt nach seiner Bypass-OP und
fast neun Monaten Krankheit am 14.10. zurück, das BEM-Erstgespräch ist am
08.10. Im Ordner liegen die Wiedereingliederungsplanung (Hamburger Modell,
4 Std./Tag) und die Stellungnahme der Betriebsärztin.

Bitte NICHT das ganze BEM-Verzeichnis freigeben, nur diesen einen Ordner.

Danke
Tamara Husmann
Personalabteilung
"""
    raw = build(19, HUSMANN, SD, "Berechtigung BEM-Ordner für neue BEM-Beauftragte",
                "Thu, 03 Oct 2024 15:44:08 +0200", T(body),
                cc=P("Dr. Silke Ostermann", "silke.ostermann"))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "employee named in an access ticket with bypass surgery, nine months' illness and graded return to work")


def m020():
    body = """Sehr geehrtes Paylo-Team,

in der Abrechnung Oktober ist bei einer Mitarbeiterin die Tariferhöhung
falsch umgesetzt worden. Unsere Ticketnummer: INC-2024-033790.

Mitarbeiterin:    Jana Pöppelmann, Pers.-Nr. 10871
Tarifgruppe:      VII, Stufe 4 (Teilzeit 32 Std.)
Grundgehalt alt:  4.015,00 EUR (Vollzeit), anteilig 3.388,00 EUR
Grundgehalt neu:  4.215,00 EUR (Vollzeit) ab 01.09.2024
Zulage:           180,00 EUR (Funktionszulage Teamkoordination)

Paylo rechnet das neue Gehalt anteilig mit 3.412,41 EUR statt 3.556,83 EUR.
Es sieht so aus, als würde der Teilzeitfaktor zweimal angewendet (0,8421
statt 32/38). Bei Vollzeitkräften stimmt alles.

Die Abrechnung ist schon raus, wir müssen im November korrigieren. Können
Sie uns bis 15.10. sagen, ob das ein Programmfehler ist und ob weitere
Teilzeitkräfte betroffen sind? Dann spielen wir ggf. einen Hotfix ein.

Mit freundlichen Grüßen
Sebastian Kracht
Entgeltabrechnung
Weserbogen Versicherung AG
"""
    raw = build(20, KRACHT, PAYLO, "Tariferhöhung Teilzeit falsch berechnet – INC-2024-033790",
                "Mon, 07 Oct 2024 10:19:55 +0200", T(body))
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-vendor",
             "named employee's salary figures and personnel number sent to the payroll software vendor")


def m021():
    text = """IT-Info 04/2024 – Neues aus der IT

1) Neues Ticketformular ab 04.11.
Im HelpLane-Formular gibt es künftig das Pflichtfeld "Vorgangs-ID". Bitte
tragen Sie dort nur die ID aus KORA, ClaimDock oder dem Bestandssystem ein.
Namen, Geburtsdaten, Diagnosen oder Kontonummern von Kundinnen und Kunden
gehören nicht in ein Ticket – wir finden den Fall über die ID.

2) Windows 11 – Welle 3
Ab 11.11. werden die Arbeitsplätze der Leistungsabteilungen (Kranken,
Leben, Unfall) umgestellt. Sie bekommen eine Woche vorher eine Mail mit
Ihrem Termin. Dauer ca. 90 Minuten.

3) Scanstraße 2 wieder voll verfügbar
Nach dem Firmware-Update werden Trennblätter wieder zuverlässig erkannt.
Bitte nur noch Trennblätter Version 3 verwenden.

4) Passwort-Tipp
Lange Passphrasen sind besser als komplizierte kurze Passwörter. Beispiel
(bitte nicht verwenden): "Weserdampfer fahren montags nie bis Hameln".

Fragen? Servicedesk -4400 oder servicedesk@weserbogen-vers.example
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="8" style="border:1px solid #1c4f7c">
<tr><td style="background:#1c4f7c;color:#fff;font-size:14pt"><b>IT-Info 04/2024</b> &ndash; Neues aus der IT</td></tr>
<tr><td>
<h4>1) Neues Ticketformular ab 04.11.</h4>
<p>Im HelpLane-Formular gibt es künftig das Pflichtfeld <b>&bdquo;Vorgangs-ID&ldquo;</b>. Bitte tragen Sie dort nur
die ID aus KORA, ClaimDock oder dem Bestandssystem ein. Namen, Geburtsdaten, Diagnosen oder Kontonummern von
Kundinnen und Kunden gehören <b>nicht</b> in ein Ticket &ndash; wir finden den Fall über die ID.</p>
<h4>2) Windows 11 &ndash; Welle 3</h4>
<p>Ab 11.11. werden die Arbeitsplätze der Leistungsabteilungen (Kranken, Leben, Unfall) umgestellt.
Sie bekommen eine Woche vorher eine Mail mit Ihrem Termin. Dauer ca. 90 Minuten.</p>
<h4>3) Scanstraße 2 wieder voll verfügbar</h4>
<p>Nach dem Firmware-Update werden Trennblätter wieder zuverlässig erkannt. Bitte nur noch Trennblätter
Version&nbsp;3 verwenden.</p>
<h4>4) Passwort-Tipp</h4>
<p>Lange Passphrasen sind besser als komplizierte kurze Passwörter. Beispiel (bitte nicht verwenden):
<i>&bdquo;Weserdampfer fahren montags nie bis Hameln&ldquo;</i>.</p>
<p style="color:#666">Fragen? Servicedesk -4400 oder servicedesk@weserbogen-vers.example</p>
</td></tr></table>
</body></html>
"""
    raw = build(21, ITINFO, P("Alle Mitarbeitenden Weserbogen", "alle"), "IT-Info 04/2024: Ticketformular, Windows 11, Scanstraße",
                "Tue, 08 Oct 2024 07:30:00 +0200", ALT(text, html, bnd(21)), agent="nl",
                extra=[("Precedence", "bulk"), ("List-Id", "IT-Info <it-info.weserbogen-vers.example>")])
    return M(raw, "NORMAL", "de", "newsletter",
             "trap: IT newsletter telling staff not to put diagnoses or account numbers into tickets; no person")


def m022():
    body = """Hello Lexaris support,

rule R-207 produces a wrong decision in production. Because screenshots
cannot leave our network I describe the screen:

Case view "Application BU-A-2024-11873", tab "Health questions":
  Applicant:   Kerstin Vollmer-Rausch, DOB 11/04/1981, occupation
               administrative clerk, sum insured 1,500 EUR monthly
  Height/weight: 168 cm / 96.5 kg -> BMI shown as 34.2
  Q4 (metabolic):  "yes - type 2 diabetes since 2019, HbA1c 7.1 %,
                   Metformin 1000 mg twice daily, no insulin"
  Coded by RiskPilot as: E11.9
Decision panel (right side, red box): "DECLINE - R-207 (diabetes with
BMI > 32)". Below that, greyed out: "R-207b loading +50 % not evaluated".

According to our rulebook v24.3 (page 41) R-207b should be evaluated
first for HbA1c < 7.5 %, i.e. the expected result is "ACCEPT with loading
+50 %". The same applicant was accepted with loading on TEST last week,
so it is probably the order of rule evaluation in 24.3.2.

Can you have a look? Our broker is waiting for an answer.

Regards,
Birte Sandkühler
Weserbogen Lebensversicherung AG
"""
    raw = build(22, SANDKUEHLER, LX_SUP, "R-207 declines instead of loading - prod case BU-A-2024-11873",
                "Wed, 09 Oct 2024 16:22:04 +0200", T(body), cc=LX_MCALLISTER)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-vendor",
             "screen described in words: named BU applicant with DOB, BMI, type 2 diabetes E11.9, medication")


def m023():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Rechnung RE-2024-10377 vom 30.09.2024 (Supportstunden Q3) haben wir
eine Rückfrage, bevor wir sie freigeben:

- Pos. 3 "Anpassung ICD-Prüfregeln Zahn, 14,5 Std." – laut unserem
  Change CHG-2024-0411 war ein Festpreis von 9.800 EUR vereinbart,
  nicht Aufwand.
- Pos. 5 "Rufbereitschaft 21.09." – der Einsatz wurde von uns nicht
  abgerufen.

Die übrigen Positionen sind in Ordnung. Bitte senden Sie uns eine
korrigierte Rechnung. Zahlung erfolgt wie immer auf Ihr Konto
Kernwerk Software GmbH, IBAN DE98 6300 7209 4892 2027 18, innerhalb von
30 Tagen nach Eingang der korrigierten Rechnung.

Mit freundlichen Grüßen
Frank Böckmann
Einkauf IT
Weserbogen Versicherung AG
"""
    raw = build(23, BOECKMANN, P("Kernwerk Buchhaltung", "buchhaltung", "kernwerk.example"),
                "Rückfrage zu Rechnung RE-2024-10377", "Thu, 10 Oct 2024 11:11:11 +0200", T(body),
                cc=KW_HASENKAMP)
    return M(raw, "NORMAL", "de", "insurer-to-vendor",
             "trap: invoice query with the vendor's company IBAN and 'ICD-Prüfregeln', no natural person")


def m024():
    inner_body = """Sehr geehrte Damen und Herren,

ich versuche seit Tagen, im Kundenportal meine neue Bankverbindung
einzutragen, es kommt aber immer "Bei der Verarbeitung ist ein Fehler
aufgetreten (Code 5003)". Bitte ändern Sie es deshalb so:

Neue Bankverbindung ab 01.11.2024:
IBAN DE33 4300 6396 9253 5067 79
Kontoinhaberin: Ilka Sonnenberg

Das gilt für alle meine Verträge (Kfz MI-IS 77 und Hausrat). Das alte
Konto bei der Sparkasse wird zum Monatsende aufgelöst.

Mit freundlichen Grüßen
Ilka Sonnenberg
Am Mühlenbach 22
32425 Minden
"""
    inner = build(0, ("Ilka Sonnenberg", "ilka.sonnenberg@mailbox.example"), KUNDENPORTAL,
                  "Bankverbindung ändern - Portal geht nicht", "Sat, 12 Oct 2024 19:02:45 +0200",
                  T(inner_body, cte="8bit"), msgid="<e81c2f0a-1d4b-4c2e-9a37-2b1f3c9d0e11@mailbox.example>",
                  agent="Mozilla/5.0 (iPhone) Mail")
    body = """Hallo Servicedesk,

siehe angehängte Kundenmail – Code 5003 im Portal beim Ändern der
Bankverbindung. Die Änderung selbst macht die Beitragsbuchhaltung manuell,
es geht nur um den Portalfehler. Ist das bekannt?

Gruß
Carina
"""
    mp = MP("mixed", [T(body), FWD(inner, "Bankverbindung ändern - Portal geht nicht.eml")], bnd(24))
    raw = build(24, MOENKE, SD, "WG: Bankverbindung ändern - Portal geht nicht",
                "Mon, 14 Oct 2024 08:05:39 +0200", mp)
    return M(raw, "CONFIDENTIAL", "de", "customer",
             "forwarded customer mail (message/rfc822) with new IBAN, plate and address; body only mentions 'Code 5003'")


def m025():
    body = """Hello Torben Schaper,

the following role has been assigned to your account (tschaper) by the
access request workflow:

  Role:        KV_LEISTUNG_DOK_READ
  Description: read access to health claims documents (doctors' invoices,
               hospital discharge letters, treatment plans) in the DMS
  Valid from:  14 Oct 2024
  Valid until: 31 Dec 2024 (temporary - project "Output redesign")
  Approved by: Konstantin Vahle (role owner), Ines Beckord (line manager)

Access to health data is logged (user, time, document ID) and reviewed
monthly by the role owner. Please use the role only for the purpose stated
in your request.

Your Windows password will also expire in 5 days (19 Oct 2024, 07:00);
change it via Ctrl+Alt+Del or https://passwort.weserbogen-vers.example.

This message was sent automatically by the identity management system.
Please do not reply.
"""
    raw = build(25, P("Identity Management", "idm-noreply"), SCHAPER,
                "Role assigned: KV_LEISTUNG_DOK_READ (health claims documents)", "Mon, 14 Oct 2024 06:00:02 +0200",
                T(body, charset="us-ascii", cte="7bit"), agent="IDM-Notify 2.2",
                extra=[("Auto-Submitted", "auto-generated")])
    return M(raw, "NORMAL", "en", "system",
             "trap: role-assignment notice granting access to 'health claims documents', about a staff account only")




def m026():
    body = """Hallo Frau Feldkamp,

leider schon wieder eine Fehlindexierung, diesmal im Posteingang Kranken,
und diesmal ist es ernster, weil das Dokument in einer fremden Akte gelandet
ist und dort vom Sachbearbeiter geöffnet wurde.

Dokument-ID:  SH-2410-8023317 (Batch 20241014-0207)
Dokumentart:  Arztbericht (Orthopädie), 3 Seiten
Inhalt:       Bericht Dr. med. Jens Pollmeier über Frau Sabine Kröger,
              geb. 19.11.1972, KV-Nr. 4471-18846 – Z. n. Rotatorenmanschetten-
              ruptur rechts (M75.1), OP-Empfehlung, 12x Physiotherapie
indexiert auf: KV-Nr. 4471-18864 (Herr Sebastian Krüger) – Zahlendreher
              in den letzten beiden Ziffern, Name wurde nicht gegengeprüft

Wir haben das Dokument in KORA gesperrt und richtig zugeordnet. Unsere
Datenschutzbeauftragte prüft, ob das ein meldepflichtiger Vorfall ist; dafür
brauchen wir von Ihnen bis Mittwoch:
1. wer bei Ihnen den Beleg validiert hat (Rolle reicht, kein Name),
2. warum die Plausibilisierung Name <-> KV-Nr. nicht angeschlagen hat,
3. ob im selben Batch weitere Belege mit Zahlendrehern betroffen sind.

Viele Grüße
Agnieszka Wolny
Input-Management / Posteingang
Weserbogen Versicherung AG
"""
    raw = build(26, WOLNY, SH_LEIT, "Fehlindexierung Arztbericht – Batch 20241014-0207 (dringend)",
                "Tue, 15 Oct 2024 10:48:02 +0200", T(body), cc=[SH_OPS, DSB],
                extra=[("Importance", "high")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "misindexed orthopaedic report: named insured with birth date, KV number, diagnosis M75.1")


def m027():
    body = """Hallo,

der Foto-Upload in ClaimDock bricht bei einem Wildschaden ab, sobald mehr als
8 Bilder ausgewählt werden. Fehlermeldung: "Upload failed (413)".

Schaden:    KS-24-122604, Teilkasko, Wildunfall (Reh) am 13.10.2024,
            K 512 zwischen Hille und Rahden
VN:         Herr Marco Brüggemann, Kennzeichen MI-MB 1204, VW Caddy
Werkstatt:  Autohaus Lübbecke hat 14 Fotos per Mail geschickt

Personen nicht verletzt, Wildunfallbescheinigung vom Jagdpächter liegt vor.

Ich hab die Fotos jetzt in zwei Etappen hochgeladen, das geht. Wäre trotzdem
gut, wenn das Limit erhöht wird – Werkstätten schicken oft 20+ Bilder.

Henning Dreyer
Kfz-Schaden
"""
    raw = build(27, DREYER, SD, "ClaimDock Foto-Upload > 8 Bilder: Upload failed (413)",
                "Wed, 16 Oct 2024 11:30:20 +0200", T(body, cte="8bit"), agent="tb")
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "motor partial-cover claim: named policyholder, plate, claim number; nobody hurt")


def m028():
    body = """Change-Ankündigung CHG-2024-0487

System:       KORA-Leistung (Kranken ambulant, stationär, Zahn)
Art:          Wartung / Patch 24.4.2 des Herstellers Kernwerk
Zeitraum:     Samstag, 26.10.2024, 07:00 bis ca. 13:00 Uhr
Auswirkung:   KORA-Leistung ist nicht verfügbar. Die Scanstraße läuft weiter,
              Belege (Arzt-, Krankenhaus-, Zahnarztrechnungen) werden
              gesammelt und ab Samstagnachmittag automatisch verarbeitet.
              Das Kundenportal nimmt Rechnungsuploads weiter an.
              Der Zahllauf Montag früh ist nicht betroffen.

Inhalt des Patches:
- Korrektur doppelte Buchung bei HKP-Erstattungen (Kernwerk-Ticket 58123)
- neue GOÄ-Abrechnungsregeln für Analogziffern
- Performance der Suche nach Leistungsfällen

Ansprechpartner: Konstantin Vahle (AM KV-Leistung), Rufbereitschaft
Servicedesk -4400.

Bitte leiten Sie diese Info an die Teams in Ihrem Bereich weiter.
"""
    raw = build(28, VAHLE, [P("Führungskräfte Leistung Kranken", "fk-leistung-kv"), SD],
                "Change-Ankündigung: KORA-Leistung nicht verfügbar am 26.10. (07–13 Uhr)",
                "Thu, 17 Oct 2024 14:02:33 +0200", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: maintenance announcement for the health-claims system listing doctor/hospital/dental invoices, no person")


def m029():
    log = """2024-10-17 02:13:58,114 INFO  [batch-stat-import-7] StatImportJob - start file KH_20241016_2300.xml (412 records)
2024-10-17 02:14:01,587 WARN  [batch-stat-import-7] RecordValidator - record 57 rejected: OPS code not in catalogue
2024-10-17 02:14:01,588 DEBUG [batch-stat-import-7] RecordValidator - payload:
<hospitalInvoice id="KH-2024-0097714">
  <hospital ik="260512345">Klinikum Wesertal gGmbH, Minden</hospital>
  <insured>
    <name>Rosenkötter, Hildegard</name>
    <dob>1941-12-02</dob>
    <policy>KV 4471-07215</policy>
    <tariff>KV-Stationär Plus 1-Bett</tariff>
  </insured>
  <admission>2024-09-23</admission>
  <discharge>2024-10-04</discharge>
  <diagnosis primary="true" code="M17.1">Sonstige primäre Gonarthrose, rechts</diagnosis>
  <diagnosis code="E11.9">Diabetes mellitus Typ 2 ohne Komplikationen</diagnosis>
  <procedure ops="5-822.g1">Implantation Endoprothese Kniegelenk, bikondylär</procedure>
  <drg>I44B</drg>
  <amount currency="EUR">9874.33</amount>
  <electiveServices>Chefarztbehandlung, Einbettzimmer</electiveServices>
</hospitalInvoice>
2024-10-17 02:14:01,590 ERROR [batch-stat-import-7] StatImportJob - aborting file after 3 consecutive errors
java.lang.IllegalStateException: OPS catalogue version 2024 not loaded (found 2023)
\tat de.kernwerk.kora.stat.OpsCatalogue.lookup(OpsCatalogue.java:212)
\tat de.kernwerk.kora.stat.RecordValidator.validate(RecordValidator.java:88)
\tat de.kernwerk.kora.stat.StatImportJob.run(StatImportJob.java:143)
2024-10-17 02:14:01,603 INFO  [batch-stat-import-7] StatImportJob - end (56 ok, 1 rejected, 355 not processed)
""".replace("\\t", "\t")
    body = """Hi Arjun,

last night's inpatient import failed again, log from wbv-prod-batch01
attached (see 02:14). It looks like the OPS catalogue 2024 was not deployed
with your package from Tuesday.

Can you redeploy the catalogue today? The remaining 355 records need to go
through before Friday's payment run.

Thanks,
Konstantin
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(log.encode("utf-8"), "text/plain", "stat-import_20241017.log", charset="utf-8")], bnd(29))
    raw = build(29, VAHLE, ASH_ARJUN, "Inpatient import aborted again (OPS catalogue)",
                "Thu, 17 Oct 2024 08:09:45 +0200", mp, cc=ASH_AMS)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "harmless body; attached log dumps a hospital invoice payload: named insured, DOB, knee replacement, diabetes")


def m030():
    body = """Hallo Servicedesk,

ab 01.11. verstärkt Frau Merle Goldbeck unser Team ambulant 2 (Wechsel aus
dem Kundenservice, Nutzerkennung mgoldbeck bleibt).

Bitte folgende Rollen zusätzlich einrichten:
- KORA-Leistung: Rolle KV_SACHB_AMB (Sachbearbeitung ambulant), Freigabe-
  grenze 2.500 EUR
- DMS: Gruppe DMS_POSTEINGANG_KV lesen/schreiben
- HelpLane: Queue "Leistung KV" als Meldende

Die Rolle KS_KUNDENSERVICE kann zum 31.10. entfallen.
Genehmigung: ich als Teamleiterin; Rollenkonzept-Prüfung bitte wie üblich
durch Berechtigungsmanagement.

Danke!
Ines Beckord
Teamleitung Leistung Kranken ambulant 2
"""
    raw = build(30, P("Ines Beckord", "ines.beckord"), SD,
                "Berechtigungen für Merle Goldbeck (Wechsel in Leistung Kranken)",
                "Fri, 18 Oct 2024 09:14:51 +0200", T(body, charset="windows-1252"))
    return M(raw, "NORMAL", "de", "internal",
             "trap: access request naming a colleague and health-claims roles; organisational data only")


def m031():
    body = """Hi Priya, hi team,

the address change bug (WBV-2287) happened again today. The CRM shows the new
address, but the policy system still sends letters to the old one. Here is the
record as it looks in both systems (copied 1:1, sorry for the German labels):

--- CRM (Kundenstamm) ---
Kundennummer:   5 204 771
Name:           Fenja Rolfsmeier
Geburtsdatum:   09.03.1990
Anschrift neu:  Tonhallenstraße 19, 32423 Minden   (gültig ab 01.10.2024)
Anschrift alt:  Rodenbecker Straße 61, 32427 Minden
Verträge:       Hausrat H 13 118 402, Privathaftpflicht PH 2 774 019

--- Bestand (Policy admin) ---
VN-Adresse:     Rodenbecker Straße 61, 32427 Minden
Letzte Sync:    2024-09-28 23:00 (job CRM2PAS, status OK ???)

So the sync job reports OK but did not carry the address. The change was
entered on 2024-09-30, i.e. after the last successful sync with changes - since
then the job seems to run "empty". Could you check the delta marker of CRM2PAS?

Ms. Rolfsmeier already received the annual premium invoice at the old address.

Thanks,
Marek
"""
    raw = build(31, NOWICKI, ASH_AMS, "WBV-2287 address change not synced CRM -> policy admin (again)",
                "Mon, 21 Oct 2024 15:31:06 +0200", T(body), cc=ASH_PRIYA)
    return M(raw, "CONFIDENTIAL", "mixed", "insurer-to-outsourcer",
             "English ticket with a German CRM record pasted: name, birth date, old/new address, household and liability policies")


def m032():
    body = """Hello,

we are preparing the renewal of our SignaFlow subscription and our data
protection officer has asked a few questions before she signs off on the
updated DPA (your version 2024-07):

1. Data residency: are envelopes and audit trails for tenant wbv-prod stored
   exclusively in the EU region (Frankfurt/Dublin)? Does that include backups
   and the search index?
2. Sub-processors: your list from July names a new SMS provider for
   two-factor signing. Where is it located and which data does it receive
   (phone number only, or also the document title)?
3. Special categories: we are planning to use SignaFlow for health
   declarations in life and disability applications from 2025. Do you offer
   field-level encryption for such documents, and can your support staff
   access document content during troubleshooting?
4. Retention: can we configure automatic purge of completed envelopes after
   30 days on our side?

A short written answer is enough; we will attach it to our records of
processing activities.

Best regards,
Hauke Lueking
Digital Sales Processes
Weserbogen Versicherung AG
"""
    raw = build(32, LUEKING, SF_SUP, "DPA renewal - questions on data residency and sub-processors",
                "Tue, 22 Oct 2024 09:45:37 +0200", T(body, charset="us-ascii", cte="7bit"), cc=DSB)
    return M(raw, "NORMAL", "en", "insurer-to-vendor",
             "trap: vendor due-diligence about 'health declarations' and special categories, no person")


def m033():
    body = """Hallo Servicedesk, hallo Birte,

bei einem Todesfall in der Leben-Leistung schlägt die Feldzuordnung beim
Upload der ärztlichen Todesbescheinigung fehl:

Vertrag:         LV 7.288.013-2 (Kapitallebensversicherung mit Unfallzusatz)
Versicherte P.:  Gerd Tiemeyer, geb. 03.01.1955, verstorben 28.09.2024
Bezugsberechtigt: Ehefrau Helga Tiemeyer

In der Todesbescheinigung steht als Todesursache "Pankreaskarzinom (C25.0),
natürlicher Tod". KORA-Leben übernimmt im Feld "Todesart" aber "nicht
natürlich / Unfall", weil die OCR das Ankreuzfeld in der falschen Zeile liest.
Dadurch wird automatisch die Prüfung der Unfallzusatzversicherung angestoßen
und Frau Tiemeyer bekommt einen Fragebogen zum "Unfallhergang" – das ist
natürlich furchtbar für die Witwe. Den Brief konnte ich heute noch abfangen.

Bitte
1. die automatische UZV-Prüfung für diesen Vertrag stoppen,
2. prüfen, ob die OCR-Vorlage für Todesbescheinigungen (Formular NRW,
   Version 2023) noch stimmt.

Gruß
Thilo Escher
Leistung Leben
Tel. -4530
"""
    raw = build(33, ESCHER, [SD, SANDKUEHLER], "KORA-Leben: Todesart aus Todesbescheinigung falsch übernommen",
                "Wed, 23 Oct 2024 13:10:58 +0200", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "life claim: deceased insured named with birth date, cause of death C25.0, beneficiary")


def m034():
    rows = [["Sendungs-ID", "Name", "Straße", "PLZ", "Ort", "Dokumentart", "Vertrags-/Schaden-Nr", "Retourengrund"],
            ["NL-2410-0031877", "Ralf Dörnemann", "Klausenwall 4", "32423", "Minden", "Beitragsrechnung Kfz", "K 77 410 923", "Empfänger unbekannt"],
            ["NL-2410-0031902", "Sevgi Yildirim", "Stiftsallee 118", "32425", "Minden", "Nachtrag Hausrat", "H 12 995 014", "verzogen"],
            ["NL-2410-0032011", "Heinz-Werner Böke", "Im Dorfe 2", "32469", "Petershagen", "Schadenschreiben Haftpflicht", "PHS-24-08813", "Annahme verweigert"],
            ["NL-2410-0032070", "Marlies Quade", "Ahornweg 9", "32457", "Porta Westfalica", "Beitragsrechnung Wohngebäude", "W 40 208 551", "unzustellbar – Hausnummer fehlt"],
            ["NL-2410-0032133", "Tobias Lahrmann", "Grüner Weg 37", "32429", "Minden", "Versicherungsschein Kfz", "K 77 512 004", "verzogen"],
            ["NL-2410-0032188", "Elke Schnatmeyer", "Marktplatz 1a", "32361", "Preußisch Oldendorf", "Mahnung Kfz", "K 77 388 120", "Empfänger verstorben"]]
    data = make_csv(rows, charset="windows-1252")
    body = """Hallo Frau Koch,

seit der Umstellung am 14.10. kommt Ihre tägliche Retourendatei in einem
anderen Format: Die Spalte "Vertrags-/Schaden-Nr" ist nach hinten gerutscht
und unser Import schreibt den Retourengrund ins Feld Vertragsnummer. Im Anhang
die Datei vom 22.10. als Beispiel.

Bitte stellen Sie wieder auf das vereinbarte Format (Schnittstellenbeschreibung
RET-2.1, Spaltenreihenfolge wie bisher) um oder teilen Sie uns mit, ob das
neue Format dauerhaft gelten soll - dann passen wir den Import an.

Mit freundlichen Grüßen
Torben Schaper
Output-Management
Weserbogen Versicherung AG
"""
    mp = MP("mixed", [T(body, charset="iso-8859-1"),
                      ATT(data, "application/vnd.ms-excel", "Retouren_20241022.csv")], bnd(34))
    raw = build(34, SCHAPER, NL_KOCH, "Format Retourendatei geändert – Import schlägt fehl",
                "Thu, 24 Oct 2024 10:02:14 +0200", mp, cc=NL_OUT)
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "CSV of returned mail: customers' names, addresses, motor/household/liability contract numbers (attachment only)")


def m035():
    body = """Guten Tag Herr Schaper,

Ihr Ticket INC-2024-034201 "Drucker B3-PR-07 (Leistung Kranken) zieht kein
Papier" wurde geschlossen.

Wie zufrieden waren Sie mit der Bearbeitung? Die Umfrage dauert weniger als
eine Minute:

  sehr zufrieden   https://helplane.weserbogen-vers.example/survey/34201?r=5
  zufrieden        https://helplane.weserbogen-vers.example/survey/34201?r=4
  neutral          https://helplane.weserbogen-vers.example/survey/34201?r=3
  unzufrieden      https://helplane.weserbogen-vers.example/survey/34201?r=2
  sehr unzufrieden https://helplane.weserbogen-vers.example/survey/34201?r=1

Vielen Dank!
Ihr IT-Servicedesk

--
HelpLane · Diese Nachricht wurde automatisch erzeugt.
"""
    raw = build(35, HELPLANE, SCHAPER, "[HelpLane] Ihre Meinung zu Ticket INC-2024-034201",
                "Fri, 25 Oct 2024 16:00:07 +0200", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-034201")])
    return M(raw, "NORMAL", "de", "ticket-system",
             "trap: satisfaction survey for a printer ticket in the health-claims department")


def m036():
    body = """Hallo,

siehe Betreff, beim Buchen kommt "E-4012 Leistungsart unbekannt". Vorgang
24-KL-0901277. Die anderen Rechnungen gehen.

Danke
Lea
"""
    raw = build(36, KOTTMEIER, SD,
                "Rechnung Psychotherapie Fr. Albers (F43.1, 12 Sitzungen) lässt sich nicht buchen",
                "Mon, 28 Oct 2024 09:26:40 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "body says only 'siehe Betreff'; the subject names the insured, psychotherapy and ICD F43.1")


def m037():
    body = """FYI - item 2 might be interesting for the bodily-injury team. Webinar is free.
Ole

-------- Forwarded Message --------
Subject: ClaimDock Insider - November 2024
From: Tidewell Claims Solutions <news@tidewell.example>
Date: 28.10.2024 08:00

ClaimDock Insider | November 2024

1. Release 7.3 is here
   Faster FNOL intake, a new glass-damage wizard and configurable payment
   approval limits per claim handler group.

2. Injury triage (beta)
   The new bodily-injury module suggests a severity band (minor / moderate /
   severe) from the injury description, e.g. whiplash, fractures, head
   injuries, and proposes an initial reserve. Trained on anonymised claims
   from 14 European motor insurers. Join our webinar on 21 November, 15:00 CET.

3. Customer story
   How a Dutch mutual cut cycle times for windscreen claims by 38 %.

4. Security notice
   TLS 1.0/1.1 will be switched off for all API endpoints on 1 February 2025.

You receive this newsletter as a ClaimDock customer contact.
Unsubscribe: https://news.tidewell.example/unsubscribe
Tidewell Claims Solutions B.V., Stationsplein 12, 3511 ED Utrecht
"""
    raw = build(37, FREITAG, DREYER, "Fwd: ClaimDock Insider - November 2024",
                "Mon, 28 Oct 2024 11:45:13 +0100", T(body, charset="us-ascii", cte="7bit"), agent="tb")
    return M(raw, "NORMAL", "en", "newsletter",
             "trap: vendor newsletter about injury triage (whiplash, fractures) with anonymised training data")


def m038():
    body = """Hallo Servicedesk,

bitte für eine neue Mitarbeiterin den Standard-Arbeitsplatz vorbereiten:

Name:              Friederike Landwehr
Eintritt:          01.11.2024
Abteilung:         Kfz-Schaden, Gruppe 2 (Kostenstelle 6220)
Vorgesetzter:      Henning Dreyer
Geburtsdatum:      17.06.1996 (für den Ausweis / Zeiterfassung)
Privatanschrift:   Bismarckstraße 5a, 32427 Minden
                   (Token und Notebook bitte per Kurier dorthin, sie fängt
                   die erste Woche im Homeoffice an)
Mobil privat:      0171 4480 3921 (für MFA-Registrierung)

Rollen: wie Henning Dreyer, ohne Freigabeberechtigung.

Danke und viele Grüße
Tamara Husmann
Personalabteilung
"""
    raw = build(38, HUSMANN, SD, "Neueinstellung 01.11. – Arbeitsplatz Friederike Landwehr",
                "Tue, 29 Oct 2024 08:55:29 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "new employee's birth date, private address and private mobile number in an onboarding ticket")


def m039():
    body = """Hallo,

Drucker B3-PR-07 (3. OG, Leistung Kranken, neben der Teeküche) zieht seit
heute Morgen kein Papier mehr ein, Display: "41.03 Fehler Fach 2".
Fach 1 geht auch nicht. Papier ist drin, haben wir schon neu eingelegt.

Wir drucken solange auf B3-PR-05, da ist aber immer Schlange, weil alle
Rückfragen zu den Arztrechnungen raus müssen.

Gruß aus dem 3. Stock
Torben Schaper (in Vertretung für das Team ambulant 1)
"""
    raw = build(39, SCHAPER, SD, "Drucker B3-PR-07 zieht kein Papier (41.03)",
                "Wed, 30 Oct 2024 08:12:03 +0100", T(body, charset="iso-8859-1"))
    return M(raw, "NORMAL", "de", "internal",
             "trap: printer fault in the health-claims department, 'Arztrechnungen' mentioned without any person")


def m040():
    body = """Dear Globassist Operations,

our API endpoint rejected your cost-coverage request for the following case
this morning (HTTP 422, "policy not eligible"), which is wrong. Please treat
this mail as confirmation of cover until the interface is fixed:

  Your case:        GA-24-55812
  Insured:          Mr. Oliver Kemper, born 14 May 1988
  Policy:           travel health insurance RKV 90 311 205 (annual, family)
  Location:         Clínica San Telmo, Málaga, admitted 30 Oct 2024
  Diagnosis (per your medical report): community-acquired pneumonia
                    (J18.9), oxygen therapy, stable
  Request:          repatriation by air ambulance to Klinikum Wesertal,
                    Minden, earliest 2 Nov; guarantee of payment up to
                    EUR 28,000

Cover is confirmed for hospital costs and repatriation. The 422 comes from our
eligibility check reading the policy as "single" instead of "family" after last
week's product migration (our ticket INC-2024-034388).

Please send your invoice referencing GA-24-55812 as usual.

Kind regards,
Gül Erdem
Accident & Travel Claims
Weserbogen Versicherung AG
+49 571 9880-4611
"""
    raw = build(40, ERDEM, GLOBASSIST, "Case GA-24-55812 - cover confirmed despite API error 422",
                "Thu, 31 Oct 2024 10:33:47 +0100", T(body), cc=SD)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "assistance partner: named traveller with birth date, pneumonia J18.9, repatriation")


def m041():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Hi Joost,</p>
<p>the bank rejected part of last night's payment file from ClaimDock with
&quot;invalid BIC&quot;. All rejected items are from claims created via the new FNOL
API. List below (IBANs masked by us):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:9pt">
<tr style="background:#dde6ee"><th>Claim</th><th>Payee</th><th>IBAN (masked)</th><th>Amount EUR</th><th>Reason</th></tr>
<tr><td>KS-24-123017</td><td>Annegret Vieth</td><td>DE14 **** **** **** **09 26</td><td>1,208.40</td><td>BIC missing</td></tr>
<tr><td>KS-24-123044</td><td>Mehmet Karakaya</td><td>DE53 **** **** **** **19 34</td><td>486.00</td><td>BIC missing</td></tr>
<tr><td>KS-24-123102</td><td>Dirk &amp; Sandra Hollmann</td><td>DE51 **** **** **** **78 54</td><td>2,950.00</td><td>BIC missing</td></tr>
<tr><td>KS-24-123115</td><td>Autohaus Nolte GmbH</td><td>DE05 **** **** **** **11 76</td><td>4,412.19</td><td>BIC missing</td></tr>
</table>
<p>For SEPA payments the BIC should not be required at all - but your file
still writes an empty &lt;BIC&gt; tag, which our bank rejects. Could you
check the pain.001 generator? Old claims (created in the caseworker UI) are
fine.</p>
<p>Thanks,<br>Ole<br><br>
<span style="color:#777">Ole Freitag | Application Manager Motor Claims | Weserbogen Versicherung AG</span></p>
</body></html>
"""
    raw = build(41, FREITAG, TW_VANRIEL, "Payment file rejected - empty BIC tag for FNOL API claims",
                "Fri, 01 Nov 2024 09:20:55 +0100", T(html, "html"), cc=TW_SUP)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "HTML-only mail with a table of motor claim payees (named persons), masked IBANs and amounts")


def m042():
    csr = """-----BEGIN CERTIFICATE REQUEST-----
MIICxjCCAa4CAQAwgYAxCzAJBgNVBAYTAkRFMRwwGgYDVQQIDBNOb3JkcmhlaW4t
V2VzdGZhbGVuMQ8wDQYDVQQHDAZNaW5kZW4xIzAhBgNVBAoMGldlc2VyYm9nZW4g
VmVyc2ljaGVydW5nIEFHMR0wGwYDVQQDDBR3ZXNlcmJvZ2VuLXZlcnMuZXhhbXBs
ZTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMq1Zx0mWc3Ew8v9lQ2e
T3k7qHf2nYb6pK0sN1xJd9cR4uL8mA5oVt0EwQyGj2bZs7Kf1pR3oXn6hT2yL4aD
c8uF0wJ5mYk3sQ7eN9vB2gH6tR1pL0oK4iU8yT5rE3wQ2aZ9xC7vB6nM1lK8jH4g
F5dS3aP2oI9uY7tR6eW4qQ1zX0cV8bN5mL2kJ7hG3fD6sA9pO4iU1yT8rE5wQ3aZ
2xC9vB4nM7lK1jH6gF8dS5aP3oI0uY2tR9eW7qQ4zX1cV6bN8mL5kJ2hG0fD3sA6
pO7iU4yT1rE8wQ6aZ5xC2vB9nM0lK3jH7gF1dS8aP6oI2uY5tR0eW3qQ7zX4cV9b
N1mL8kJ5hG2fD7sA0pO3iU6yT4rE1wQ9aZ8xC5vB0nM3lK6jH2gF4dS1aP9oI5uY
8tR3eW6qQ0zX7cV2bN4mL1kJ8hG5fD0sA3pO6iUCAwEAAaAAMA0GCSqGSIb3DQEB
CwUAA4IBAQB7a9dummyQ1n4Wq0zK2vJ8xY3tL5pR6sN9mC1bV4hG7fD2aE0oI3uY
-----END CERTIFICATE REQUEST-----
"""
    body = """Sehr geehrte Damen und Herren,

unser Domänenzertifikat für das S/MIME-Gateway läuft am 30.11.2024 ab. Über
das Gateway laufen u. a. alle Mails der Leistungsabteilungen Kranken und
Leben mit Gesundheitsdaten an Kliniken und Gutachter – ein Ausfall wäre also
kritisch:

  Zertifikat:   CN=weserbogen-vers.example, O=Weserbogen Versicherung AG
  Seriennummer: 4A:1F:22:9C:0E:77:31:B8
  Produkt:      Certivo Domain S/MIME (Gateway), 2 Jahre

Bitte verlängern Sie es im Rahmen unseres Vertrags CV-2022-0815. Den neuen
CSR (RSA 3072, aus dem HSM erzeugt) finden Sie im Anhang. Die Domänen-
validierung kann wie beim letzten Mal per DNS-TXT-Eintrag erfolgen.

Bitte senden Sie das Zertifikat inkl. Zwischenzertifikat an
pki@weserbogen-vers.example. Die Rechnung bitte an die bekannte Adresse
mit Bestellnummer 4500221450.

Mit freundlichen Grüßen
Rüdiger Pape
Netzwerk & PKI
Weserbogen Versicherung AG
"""
    mp = MP("mixed", [T(body), ATT(csr.encode("ascii"), "application/pkcs10", "weserbogen-vers_gateway_2024.csr")], bnd(42))
    raw = build(42, PAPE, CERTIVO, "Verlängerung Domänenzertifikat S/MIME-Gateway (CV-2022-0815)",
                "Mon, 04 Nov 2024 10:40:00 +0100", mp)
    return M(raw, "NORMAL", "de", "insurer-to-vendor",
             "trap: certificate renewal stressing that the gateway carries health data; CSR attachment, only the insurer's own data")


def m043():
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto mtl.", "Entgeltumwandlung mtl.", "AG-Zuschuss", "Vertrag LV"],
            ["0112", "Brinkmann", "Jörn", "1979-04-02", "2008-08-01", 4250.0, 200.0, 30.0, "LV 7.401.112-0"],
            ["0147", "Schäfer", "Olga", "1985-11-19", "2015-03-01", 3120.0, 150.0, 22.5, "LV 7.401.113-9"],
            ["0163", "Diekmann", "Lukas", "2001-07-30", "2020-08-01", 2780.0, 100.0, 15.0, "LV 7.401.114-7"],
            ["0171", "Wiebking", "Petra", "1968-02-14", "2019-01-15", 2390.0, 80.0, 12.0, "LV 7.401.115-5"],
            ["0188", "Nowak", "Dariusz", "1991-09-05", "2021-06-01", 3560.0, 250.0, 37.5, "LV 7.401.116-3"],
            ["0190", "Stockhecke", "Anne", "1998-12-24", "2024-09-01", 2950.0, 120.0, 18.0, "neu"],
            ["0194", "Jankowski", "Mirko", "1987-06-11", "2024-10-01", 3890.0, 175.0, 26.25, "neu"],
            ["0195", "Meyer zu Hartum", "Lena", "2003-03-08", "2024-10-01", 2410.0, 50.0, 7.5, "neu"],
            ["0196", "Tönsing", "Kai", "1975-10-27", "2024-10-01", 4980.0, 300.0, 45.0, "neu"],
            ["0197", "Grewe", "Sabrina", "1993-05-16", "2024-10-15", 3300.0, 150.0, 22.5, "neu"],
            ["0198", "Hagemeier", "Till", "1989-01-21", "2024-10-15", 3700.0, 200.0, 30.0, "neu"],
            ["0199", "Kuhlmann", "Ewa", "1996-08-09", "2024-11-01", 2650.0, 100.0, 15.0, "neu"],
            ["0200", "Vahrenkamp", "Björn", "01.04.1983", "2024-11-01", 4100.0, 220.0, 33.0, "neu"]]
    body = """Hallo Servicedesk,

der bAV-Sammelimport (Firmenportal, Funktion "Mitarbeiterliste hochladen")
bricht bei dieser Datei von unserem Firmenkunden Tischlerei Brinkmann GmbH &
Co. KG mit "Ungültiges Datum in Zeile 14" ab. Zeile 14 ist wohl die mit dem
deutschen Datumsformat – aber müsste der Import das nicht trotzdem können?
Die anderen 12 Zeilen werden dann auch nicht übernommen.

Der Kunde möchte die neuen Direktversicherungen zum 01.12. policiert haben.

Datei anbei, so wie sie vom Kunden kam.

Viele Grüße
Yvonne Rahe
Firmenkunden / bAV-Service
"""
    mp = MP("mixed", [T(body), ATT(make_xlsx(rows, "bAV Meldung 11-2024"),
                                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                   "Brinkmann_bAV_Meldung_2024-11.xlsx")], bnd(43))
    raw = build(43, RAHE, SD, "bAV-Sammelimport bricht ab: Ungültiges Datum in Zeile 14",
                "Tue, 05 Nov 2024 14:07:19 +0100", mp)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "XLSX: employees of a client firm with birth dates, salaries and direct-insurance (life) contract numbers")


def m044():
    body = """Malte,

monthly AMS report from Ashgrove below, for our service review on Thursday.
Numbers look ok apart from the P2 resolution time in health claims.

Marek

-----Original Message-----
From: Ashgrove AMS Weserbogen <wbv-ams@ashgrove.example>
Sent: Tuesday, 5 November 2024 17:02
To: Marek Nowicki <marek.nowicki@weserbogen-vers.example>
Subject: Monthly AMS report - October 2024

Dear Marek,

please find the key figures for October 2024:

Module                     | new | closed | open | P1 | P2 avg. resol.
---------------------------+-----+--------+------+----+---------------
Health claims (KORA int.)  |  41 |     38 |    9 |  1 |  19.5 h (SLA 16 h)
Disability claims workflow |  17 |     15 |    4 |  0 |  11.0 h
Customer portal            |  29 |     31 |    3 |  0 |   7.2 h
CRM <-> policy admin sync  |  12 |      9 |    5 |  1 |  14.8 h
Batch / imports            |  22 |     22 |    2 |  1 |   9.3 h
---------------------------+-----+--------+------+----+---------------
Total                      | 121 |    115 |   23 |  3 |

Comments:
- P1 on 17 Oct (inpatient import, OPS catalogue) resolved in 6.5 h.
- The P2 breach in health claims is caused by two tickets waiting for
  test data. As agreed, we do not work with production data on our side;
  the anonymised test cases from your team arrived only after 3 days.
- Availability customer portal: 99.93 % (target 99.5 %).

Best regards,
Priya Raghunathan
Service Delivery Manager, Ashgrove Digital Services
"""
    raw = build(44, NOWICKI, WICHMANN, "FW: Monthly AMS report - October 2024",
                "Wed, 06 Nov 2024 08:21:43 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "outsourcer",
             "trap: forwarded SLA report with ticket counts for health and disability claims, aggregates only")


def m045():
    body = """Sehr geehrtes Paylo-Team,

in der Zahldatei für die Gehälter November (Lauf vom 25.11., SEPA-Datei
GEH_2024_11_v1.xml) wurde bei einem Mitarbeiter noch die alte Bank-
verbindung verwendet, obwohl die Änderung seit 04.11. in Paylo gepflegt ist:

  Mitarbeiter:   Bernd Oevermann, Pers.-Nr. 10212
  neue IBAN:     DE67 2987 2473 9337 3724 77 (gültig ab 01.11.2024)
  in der Datei:  alte IBAN DE71 7944 7605 9999 7357 49

Das alte Konto ist laut Herrn Oevermann bereits gekündigt, die Bank wird die
Zahlung vermutlich zurückgeben. Wir überweisen das Nettogehalt manuell neu.

Uns interessiert: Warum greift die Änderung mit Gültigkeit 01.11. nicht? In
der Historie steht "wirksam ab Abrechnungsmonat 12/2024" – das haben wir so
nicht eingegeben. Unser Ticket: INC-2024-035019.

Mit freundlichen Grüßen
Sebastian Kracht
Entgeltabrechnung
"""
    raw = build(45, KRACHT, PAYLO, "Bankverbindung nicht in Zahldatei übernommen – INC-2024-035019",
                "Tue, 26 Nov 2024 09:50:12 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-vendor",
             "employee named with personnel number and old and new IBAN, sent to payroll vendor")


def m046():
    docx = make_docx([
        "# Datenschutz-Folgenabschätzung (Entwurf v0.3)",
        "Verarbeitung: OCR-gestützte Erfassung von Leistungsbelegen (Modul KORA-Capture)",
        "Verantwortlich: Weserbogen Krankenversicherung AG; Auftragsverarbeiter: Scanhafen Dokumentenservice GmbH, Kernwerk Software GmbH",
        "# 1. Beschreibung der Verarbeitung",
        "Eingehende Arzt-, Zahnarzt-, Krankenhaus- und Apothekenbelege werden gescannt, per OCR ausgelesen und als strukturierte Leistungspositionen (GOÄ/GOZ-Ziffern, ICD-10-Codes, Beträge) an KORA-Leistung übergeben.",
        "Betroffene Personen: Versicherte und mitversicherte Personen, Leistungserbringer.",
        "Datenkategorien: Stammdaten, Vertragsdaten, Gesundheitsdaten (Art. 9 Abs. 1 DSGVO): Diagnosen, Behandlungen, Medikation; Bankdaten von Leistungserbringern.",
        "Umfang: ca. 1,9 Mio. Belege pro Jahr.",
        "# 2. Risiken",
        "R1 Fehlzuordnung eines Belegs zu einer falschen versicherten Person (Offenlegung von Gesundheitsdaten gegenüber Dritten).",
        "R2 Zugriff von Mitarbeitenden des Dienstleisters auf Belege außerhalb des Auftrags.",
        "R3 Übernahme von Gesundheitsdaten in Tickets und Support-Mails an Hersteller.",
        "R4 Automatisierte Entscheidung ohne menschliche Prüfung (Art. 22 DSGVO).",
        "# 3. Maßnahmen",
        "M1 Plausibilisierung Name/Geburtsdatum/KV-Nr. vor Zuordnung; bei Abweichung manuelle Validierung.",
        "M2 Rollen- und Berechtigungskonzept beim Dienstleister, Protokollierung aller Zugriffe (6 Jahre).",
        "M3 Ticketformular mit Pflichtfeld Vorgangs-ID; Weiterleitung an Hersteller nur verschlüsselt.",
        "M4 Ablehnungen werden stets von Sachbearbeitung geprüft.",
        "# 4. Bewertung",
        "Restrisiko nach Maßnahmen: mittel (R1), gering (R2–R4). Konsultation der Aufsichtsbehörde nicht erforderlich.",
    ], table=[["Risiko", "Eintritt", "Schwere", "Restrisiko"],
              ["R1", "möglich", "hoch", "mittel"], ["R2", "selten", "hoch", "gering"],
              ["R3", "häufig", "mittel", "gering"], ["R4", "selten", "mittel", "gering"]])
    body = """Hallo Konstantin, hallo Agnieszka,

anbei der Entwurf der DSFA für KORA-Capture. Bitte prüft vor allem Kapitel 1
(Datenflüsse, Mengen) und die Maßnahmen M1 und M3 – stimmen die so mit dem,
was Scanhafen und Kernwerk tatsächlich umsetzen?

Rückmeldung bitte bis 18.11., gern direkt als Kommentar im Dokument.

Viele Grüße
Henrike Stühmer
Datenschutzbeauftragte
"""
    mp = MP("mixed", [T(body), ATT(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "DSFA_KORA-Capture_Entwurf_v0.3.docx")], bnd(46))
    raw = build(46, DSB, [VAHLE, WOLNY], "DSFA KORA-Capture – Entwurf zur Prüfung",
                "Thu, 07 Nov 2024 16:30:21 +0100", mp)
    return M(raw, "NORMAL", "de", "internal",
             "trap: DPIA draft (DOCX) about health data, diagnoses and misindexing risks; no person")


def m047():
    body = """Hallo Servicedesk,

bitte einmal prüfen – der Makler kommt mit dem Antrag nicht durch und hat
uns deshalb die Gesundheitsangaben per Mail geschickt (ich hab ihn schon
gebeten, das künftig zu lassen). Ursprüngliche Mail unten.

Viele Grüße
Yvonne Rahe
Maklerbetreuung

-----Ursprüngliche Nachricht-----
Von: Timo Kersting <kersting@kersting-finanz.example>
Gesendet: Freitag, 8. November 2024 11:52
An: Maklerbetreuung Weserbogen <maklerbetreuung@weserbogen-vers.example>
Betreff: Antrag RLV hängt im Maklerportal

Moin Frau Rahe,

ich bekomme den Antrag für meinen Kunden im Maklerportal nicht abgeschickt,
nach dem Schritt "Gesundheitsfragen" kommt nur "Sitzung abgelaufen" und alles
ist weg. Dreimal probiert. Damit Sie schon mal weitermachen können, hier die
Angaben:

Risikolebensversicherung, VS 250.000 EUR, Laufzeit 25 J.
VP: Matthias Grotjohann, geb. 22.07.1984, Bauingenieur
Frage 1 (Behandlungen letzte 5 J.): ja – Bluthochdruck seit 2021,
  Hausarzt Dr. Menke, Metoprolol 47,5 mg, Werte gut eingestellt
Frage 2 (Krankenhaus): nein
Frage 3 (psych. Behandlung): nein
Frage 4 (Raucher): nein, seit 2018 nicht mehr
Größe/Gewicht: 184 cm / 92 kg

Können Sie mir sagen, woran das liegt? Andere Anträge (Hausrat) gehen.

Gruß
Timo Kersting
Versicherungsmakler
"""
    raw = build(47, RAHE, SD, "WG: Antrag RLV hängt im Maklerportal",
                "Fri, 08 Nov 2024 13:04:30 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "broker",
             "inline-forwarded broker mail with a named applicant's health answers (hypertension, metoprolol)")


def m048():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

am Samstag, 16.11.2024, führen wir zwischen 06:00 und 14:00 Uhr Wartungs-
arbeiten am Maklerportal durch. In dieser Zeit sind folgende Funktionen nicht
verfügbar:

- Online-Antragsstrecken (Leben, BU, Kranken, Sach)
- elektronische Gesundheitsfragen (eGF) und Risikovoranfrage
- Abruf der elektronischen Vermittlerpost über das Portal und die
  BiPRO-430-Schnittstelle Ihres Maklerverwaltungsprogramms

Bestandsauskunft und Provisionsabrechnungen bleiben lesend verfügbar.

Nach der Wartung: Die Sitzungsdauer in den Antragsstrecken wird von 20 auf
45 Minuten verlängert – damit gehen Anträge mit vielen Gesundheitsfragen
nicht mehr durch einen Timeout verloren.

Bei Fragen erreichen Sie die Maklerbetreuung unter 0571 9880-5000.

Mit freundlichen Grüßen
Ihre Maklerbetreuung
Weserbogen Versicherungsgruppe
"""
    raw = build(48, MAKLERSUPPORT, P("Vertriebspartner-Info", "vp-info"),
                "Wartung Maklerportal am 16.11.2024",
                "Mon, 11 Nov 2024 10:00:00 +0100", T(body), agent="nl",
                extra=[("Precedence", "bulk")])
    return M(raw, "NORMAL", "de", "insurer-to-broker",
             "trap: maintenance notice to brokers mentioning health questions and life/health applications, no person")


def m049():
    body = """Hi Arjun,

still failing after your fix from yesterday, see below. Same claim, same
error. Could you have another look today?

Ole

On 12.11.2024 18:40, Arjun Mehta wrote:
> Hi Ole,
>
> we deployed a fix for the VIN validation (WBV-2302) on PROD at 18:30.
> Please retest.
>
> Regards
> Arjun
>
> On 11.11.2024 09:15, Ole Freitag wrote:
>> Hi Arjun,
>>
>> the portal rejects a claim notification with "VIN invalid", although the
>> VIN is correct (checked against the registration certificate):
>>
>>   Claim:       KS-24-124588 (motor own damage, hail)
>>   Policyholder: Mrs. Yvonne Strunk, Hohe Straße 6, 32423 Minden
>>   Vehicle:     MI-YS 808, Skoda Octavia Combi
>>   VIN:         TMBJJ7NE1L0123456
>>   Policy:      K 77 602 318
>>
>> The VIN contains the letter "L" at position 10 (model year 2020), the
>> validator apparently only allows digits there. Please check.
>>
>> Ole
"""
    raw = build(49, FREITAG, ASH_ARJUN, "Re: WBV-2302 VIN validation rejects valid VIN",
                "Wed, 13 Nov 2024 08:02:37 +0100", T(body, cte="8bit", flowed=True), agent="tb",
                in_reply_to="<c3b1d9e2.wbv2302@ashgrove.example>")
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "new text harmless; quoted thread has named policyholder, address, plate, VIN and motor policy/claim numbers")


def m050():
    body = """Hallo zusammen / Hi all,

ab Montag, 18.11., gilt in HelpLane der neue Workflow für Tickets mit
Herstellerbeteiligung. Kurz zusammengefasst:

Neue Status:
- "Wartet auf Hersteller" (ersetzt "In Bearbeitung extern")
- "Lösung vorgeschlagen" – Meldende haben 5 Arbeitstage zum Testen
- "Geschlossen – Workaround"

Regeln:
- Übergabe an Kernwerk, Tidewell, Lexaris oder Ashgrove nur noch über den
  Button "An Hersteller übergeben"; keine manuellen Weiterleitungen mehr.
- Tickets der Kategorien "Leistung KV/LV/Unfall" gehen automatisch über das
  Siegel-Gateway.

For our colleagues at Ashgrove (you are on this list since the AMS start):
nothing changes on your side except that you will see the new status
"Waiting for vendor" in the mails from HelpLane. Please keep replying to the
ticket mail, do not open new threads. And please keep using the test cases
from the anonymised pool – never ask the business for real cases by mail.

Fragen gern an mich.

Malte Wichmann
Teamleitung IT-Servicedesk
"""
    raw = build(50, WICHMANN, [P("Servicedesk-Team", "servicedesk-team"), ASH_AMS],
                "HelpLane: neuer Herstellerworkflow ab 18.11. / new vendor workflow",
                "Thu, 14 Nov 2024 11:17:09 +0100", T(body))
    return M(raw, "NORMAL", "mixed", "internal",
             "trap: German/English workflow change about health-claims tickets and vendors; no case data")


def m051():
    body = """Dear Szczecin team,

we found a systematic OCR problem with pharmacy receipts (document class
APO) in the batches of 15-18 November. The PZN (8-digit German drug code)
is read with "0" as "8" in the thermal-printer font of one pharmacy chain,
so the receipt is matched to a different product and the reimbursement is
wrong.

Example from batch 20241118-0533, document SH-2411-9120478:
  Insured person:  Finn Harting, 9 years, co-insured on his mother's policy
                   KV 4471-22390 (policyholder Julia Harting)
  Receipt:         Medikinet retard 20 mg, 50 capsules (methylphenidate),
                   prescribed by a child psychiatrist, EUR 61.44
  OCR result:      PZN 08755184 -> matched to an unrelated ointment, EUR 6.14
  Correct:         PZN 00755104

Because methylphenidate is a narcotic (BtM prescription), the case was also
flagged by our fraud rules, which it should not have been. We corrected it
manually.

Could you please
1. re-run OCR with the updated font profile on all APO documents from that
   pharmacy chain since 1 November (IK list attached in our SFTP folder), and
2. switch on the PZN checksum validation that was agreed in the statement of
   work (the check digit would have caught this)?

Thank you,
Agnieszka Wolny
Input Management
Weserbogen Versicherung AG
"""
    raw = build(51, WOLNY, SH_OPS, "APO receipts: PZN misread (0/8) - please re-run OCR",
                "Tue, 19 Nov 2024 12:25:40 +0100", T(body), cc=SH_LEIT)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "named child with ADHD medication (methylphenidate) from a child psychiatrist, KV policy of the mother")


def m052():
    body = """Backup summary for 2024-11-19 (window 20:00-05:00)

Jobs total:       412
Successful:       407
With warnings:      2
Failed:             3

Failed jobs:
  SQL-KORA-LEIST-02   log backup       error 0x80070070 (target volume full)
  FS-MIN02-PERSONAL   file backup      VSS snapshot timeout after 600 s
  VM-WBV-OCR-W05      image backup     VM locked by vMotion

Warnings:
  SQL-CRM-01          full backup      took 4h12m (baseline 2h50m)
  EXCH-DAG-02         mailbox backup   3 items skipped (in use)

Capacity:
  Tape library LTO-9  61 % used
  Disk pool DP-A      93 % used  <-- above 90 % threshold

Next steps are handled in ticket INC-2024-035620 (queue Infrastructure).

-- Backup reporting, RZ Minden (automated, do not reply)
"""
    raw = build(52, P("Backup Reporting", "backup-noreply"), P("IT Operations", "it-ops"),
                "[Backup] Daily summary 2024-11-19: 3 failed, 2 warnings",
                "Wed, 20 Nov 2024 05:30:12 +0100", T(body, charset="us-ascii", cte="7bit"),
                agent="BackupReport 11.4", extra=[("Auto-Submitted", "auto-generated")])
    return M(raw, "NORMAL", "en", "system",
             "trap: backup report naming the health-claims database and the HR share, technical only")


def m053():
    body = """Hallo Servicedesk,

das Export-Tool für Datenschutz-Auskünfte (Art. 15) bricht bei einem Kunden
immer mit "Timeout bei Quelle ClaimDock" ab. Die Monatsfrist läuft am
12.12. ab, deshalb bitte mit Vorrang.

Kunde:         Herr Ansgar Pottebaum
Kundennummer:  4 877 102
Anschrift:     Hermannstraße 27, 32423 Minden
Verträge:      Kfz K 77 455 019 (3 Schäden seit 2019), Hausrat H 12 650 877
Antrag vom:    12.11.2024 (per Brief, Identität geprüft)

Die Teil-Exporte aus CRM und Bestand laufen durch, nur ClaimDock nicht.
Vermutlich wegen der vielen Fotos im Schaden KS-23-098112. Kann man den
Export ohne Bilder machen und die Bilder separat ziehen?

Danke
Carina Mönkemöller
Kundenservice
"""
    raw = build(53, MOENKE, SD, "Art.-15-Auskunft: Export bricht ab (Timeout ClaimDock) – Frist 12.12.",
                "Wed, 20 Nov 2024 09:40:05 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "named customer with address, customer number, motor and household contracts in a GDPR-export ticket")


def m054():
    body = """Hi Fiona,

results of load test LT-2024-11 on RiskPilot PREPROD (24.3.2), as promised:

Setup
- 5,000 synthetic BU applications from our generator v2
  (applicants "TEST APPLICANT 00001" ... "TEST APPLICANT 05000",
  all born 01.01.1980, fictitious addresses in "Musterstadt")
- health answers drawn at random from the question catalogue, coded
  conditions from a fixed list: E11.9, F32.1, I10.00, M54.5, J45.9, none
- 50 parallel sessions, ramp-up 5 min, duration 60 min

Results
  decision requests:   5,000 (0 errors)
  median latency:      410 ms
  p95 latency:         1.9 s   (target < 2.5 s)
  p99 latency:         4.7 s   (target < 5 s)
  rule engine CPU:     max 78 %
  slowest rules:       R-114 (psychological conditions) 1.1 s avg,
                       R-207 (diabetes) 0.8 s avg

So we are within target, but R-114 is suspiciously slow - it seems to
re-load the free-text synonym list for every call. Worth a look before 25.1?

No real applicant data was used; the generator only writes into PREPROD.

Cheers,
Marek
"""
    raw = build(54, NOWICKI, LX_MCALLISTER, "RiskPilot load test LT-2024-11 - results",
                "Thu, 21 Nov 2024 14:12:00 +0100", T(body, charset="us-ascii", cte="7bit"), cc=SANDKUEHLER)
    return M(raw, "NORMAL", "en", "insurer-to-vendor",
             "trap: load test with synthetic applicants and ICD codes (E11.9, F32.1), explicitly no real data")


def m055():
    note = """Gesprächsnotiz Callwerk, 21.11.2024 16:05, Agent CW-2391:
Kundin Frau Lisa Ahlert-Kemena, KV-Nr. 4471-29514, ist in der 34. SSW,
errechneter Entbindungstermin 02.01.2025 (Klinikum Wesertal). Sie möchte
das Kind schon jetzt über die Kindernachversicherung anmelden und im Portal
das Formular "Neugeborenes anmelden" vorab ausfüllen. Fehler: "Geburtsdatum
liegt in der Zukunft". Kundin war wegen vorzeitiger Wehen zwei Wochen in der
Klinik und möchte "das erledigt haben, bevor es losgeht"."""
    text = """ESKALATION – Reaktionszeit überschritten

Ticket:        INC-2024-035311
Titel:         Portal: Formular "Neugeborenes anmelden" – Geburtsdatum in der Zukunft
Priorität:     3 – normal (Reaktionszeit 8 Std., überschritten um 2 Std. 10 Min.)
Queue:         Kundenportal
Eskaliert an:  Konstantin Vahle, Malte Wichmann

Letzter Eintrag (Beschreibung):
""" + note + """

Bitte übernehmen Sie das Ticket oder weisen Sie es neu zu:
https://helplane.weserbogen-vers.example/ticket/INC-2024-035311

--
HelpLane · IT-Servicedesk Weserbogen
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p style="background:#b3261e;color:#fff;padding:6px"><b>ESKALATION &ndash; Reaktionszeit überschritten</b></p>
<table cellpadding="3">
<tr><td>Ticket:</td><td><b>INC-2024-035311</b></td></tr>
<tr><td>Titel:</td><td>Portal: Formular &bdquo;Neugeborenes anmelden&ldquo; &ndash; Geburtsdatum in der Zukunft</td></tr>
<tr><td>Priorität:</td><td>3 &ndash; normal (Reaktionszeit 8 Std., überschritten um 2 Std. 10 Min.)</td></tr>
<tr><td>Queue:</td><td>Kundenportal</td></tr>
<tr><td>Eskaliert an:</td><td>Konstantin Vahle, Malte Wichmann</td></tr>
</table>
<p><b>Letzter Eintrag (Beschreibung):</b></p>
<blockquote style="border-left:3px solid #ccc;padding-left:8px">""" + x(note).replace("\n", "<br>\n") + """</blockquote>
<p><a href="https://helplane.weserbogen-vers.example/ticket/INC-2024-035311">Ticket öffnen</a></p>
<p style="color:#777">HelpLane &middot; IT-Servicedesk Weserbogen</p>
</body></html>
"""
    raw = build(55, HELPLANE, [VAHLE, WICHMANN], "[HelpLane] ESKALATION INC-2024-035311 – Reaktionszeit überschritten",
                "Fri, 22 Nov 2024 10:15:00 +0100", ALT(text, html, bnd(55)), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-035311"),
                       ("Importance", "high")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "ticket-system",
             "escalation notification quoting a call note: named insured, pregnancy week 34, premature labour")


def m056():
    body = """Hi Ashgrove team,

WBV-2318: the premium recalculation after a change of living area gives a
wrong result for household policies in flood zone 2. Production example
(customer called the hotline, so we need an answer for him):

  Policyholder:   Mr. Jannis Kotthoff
  Risk address:   Weserstraße 50, 32547 Bad Oeynhausen
  Policy:         household H 13 201 776, tariff Hausrat Komfort 2023
  Change:         living area 86 -> 104 sqm as of 2024-11-01
  Sum insured:    78,000 EUR (750 EUR/sqm, unchanged rule)
  Flood zone:     ZÜRS 2 (unchanged)

  Expected annual premium:  212.40 EUR
  System result:            287.10 EUR

It looks as if the flood surcharge is applied on top of the new sum AND on
the difference. Old policies (tariff 2019) are fine.

Please analyse with a synthetic copy of the policy - you have the data above,
no need to pull anything from PROD.

Thanks,
Hauke Lüking
"""
    raw = build(56, LUEKING, ASH_AMS, "WBV-2318 household premium after area change wrong (flood zone 2)",
                "Mon, 25 Nov 2024 11:03:27 +0100", T(body), cc=ASH_PRIYA)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "named household policyholder with risk address, policy number and premium")


def m057():
    body = """Sehr geehrte Damen und Herren,

wir bestellen gemäß Rahmenvertrag RV-2023-017:

Bestellnummer: 4500222031        Kostenstelle: 7000 (IT-Arbeitsplatz)

Pos. 1  30 St.  Notebook 14", i7, 32 GB, 1 TB, LTE, Win 11 Enterprise
                Image "WBV-W11-2024.2" vorinstalliert
Pos. 2  30 St.  Dockingstation USB-C, 2 x DP
Pos. 3   2 St.  Notebook 14" wie Pos. 1, zusätzlich Privacy-Display
                (für den betriebsärztlichen Dienst, Gebäude A, EG)
Pos. 4  32 St.  Lieferung, Inventarisierung (Asset-Tag), Altgeräte-
                Rücknahme inkl. zertifizierter Datenträgerlöschung

Die Geräte sind für Welle 3 des Windows-11-Rollouts (Leistungsabteilungen
Kranken, Leben, Unfall) vorgesehen. Liefertermin bitte bis 06.12.2024.

Für die Datenträgerlöschung der Altgeräte benötigen wir wie gehabt ein
Löschprotokoll je Seriennummer.

Mit freundlichen Grüßen
Frank Böckmann
Einkauf IT
Weserbogen Versicherung AG
"""
    raw = build(57, BOECKMANN, LAMMERS, "Bestellung 4500222031 – Notebooks Rollout Welle 3",
                "Mon, 25 Nov 2024 15:20:44 +0100", T(body))
    return M(raw, "NORMAL", "de", "insurer-to-supplier",
             "trap: hardware order for health/life claims and the company doctor's office, no person")


def m058():
    body = """Sehr geehrtes Paylo-Team,

beim ELStAM-Abruf für November wird bei einer Mitarbeiterin das Kirchen-
steuermerkmal falsch übernommen:

  Mitarbeiterin:    Katharina Beermann, Pers.-Nr. 10655
  ELStAM (Abruf 20.11.): Steuerklasse I, Konfession "rk" ab 01.10.2024
                    (Wiedereintritt in die römisch-katholische Kirche)
  Paylo zeigt:      Konfession "ev", Kirchensteuer 9 % auf ev. Kirche

Es sieht so aus, als würde beim Wechsel von "--" (keine Konfession) auf eine
Konfession der Schlüssel der Vorgängerzeile übernommen. Die Kirchensteuer
wird dadurch an die falsche Religionsgemeinschaft abgeführt.

Frau Beermann hat selbst nachgefragt, weil ihr die Abrechnung aufgefallen
ist; sie möchte verständlicherweise, dass so wenige Personen wie möglich
davon erfahren. Bitte behandeln Sie das Ticket entsprechend und speichern
Sie keine Screenshots im Kundenportal.

Unsere Ticketnummer: INC-2024-035788.

Mit freundlichen Grüßen
Sebastian Kracht
Entgeltabrechnung
"""
    raw = build(58, KRACHT, PAYLO, "ELStAM-Abruf: Konfession falsch übernommen – INC-2024-035788",
                "Tue, 26 Nov 2024 13:48:09 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-vendor",
             "employee's religious affiliation (church re-entry, church tax) - Art. 9 special category")


def m059():
    odt = make_odt([
        "# Erstmeldung Datenschutzvorfall (intern)",
        "Meldende Stelle: «Abteilung» / «Name Meldende*r» / «Telefon»",
        "Datum und Uhrzeit der Feststellung: «TT.MM.JJJJ hh:mm»",
        "Betroffene Person(en): «Name der betroffenen Person» bzw. «Anzahl»",
        "Vertrags-/Vorgangsnummer: «Vorgangs-ID»",
        "Art der Daten: «z. B. Diagnose, Bankverbindung, Geburtsdatum»",
        "Was ist passiert? «Beschreibung, z. B. Arztbericht falsch zugeordnet»",
        "Empfänger, die die Daten unberechtigt erhalten haben: «Empfänger»",
        "Bereits getroffene Maßnahmen: «Sperrung, Rückruf, Löschung»",
        "Hinweis: Bitte nur ausfüllen, was sicher bekannt ist. Gesundheitsdaten nicht in den Freitext kopieren, sondern nur die Kategorie angeben. Frist für die Bewertung durch die DSB: 24 Stunden.",
    ])
    body = """Liebes Servicedesk-Team,

wie im Jour-fixe besprochen, hier die neue Vorlage für die Erstmeldung von
Datenschutzvorfällen, die ihr aus Tickets heraus an mich schickt. Bitte ab
sofort nur noch diese Vorlage verwenden (liegt auch im Wiki unter
Servicedesk > Datenschutz).

Die Felder in «» sind Platzhalter. Wichtig: Bei Gesundheitsdaten bitte nur
die Kategorie ("Diagnose", "Arztbericht") angeben, nicht den Inhalt.

Danke!
Henrike Stühmer
Datenschutzbeauftragte
"""
    mp = MP("mixed", [T(body), ATT(odt, "application/vnd.oasis.opendocument.text",
                                   "Vorlage_Erstmeldung_Datenschutzvorfall.odt")], bnd(59))
    raw = build(59, DSB, P("Servicedesk-Team", "servicedesk-team"), "Neue Vorlage Erstmeldung Datenschutzvorfall",
                "Wed, 27 Nov 2024 10:05:52 +0100", mp)
    return M(raw, "NORMAL", "de", "internal",
             "trap: blank incident template (ODT) with «Name der betroffenen Person», «Diagnose» placeholders")


def m060():
    body = """Hallo IT,

HABEN SCHON WIEDER DAS PROBLEM MIT DER EVB!! Die eVB geht nicht an die
Zulassungsstelle raus, Status steht seit gestern auf "übermittelt" aber
die Zulassungsstelle Minden hat nix bekommen. Kundin steht hier bei uns in
der Geschäftsstelle und will heute noch zulassen.

Kundin: Frau Waltraud Siekmann, geb. 02.02.1961
        Weststraße 12, 31737 Rinteln
eVB-Nr: A7K3M9P
Fahrzeug: Opel Corsa F, FIN W0V0UHN0L12345678, Wunschkennzeichen SHG-WS 61
Vertrag: K 77 610 447 (Neuantrag, Haftpflicht+VK)

Bitte ganz schnell, Rückruf an mich 05751 4421-12.

Gruß
Reinhard Stille
Geschäftsstelle Rinteln
"""
    raw = build(60, P("Reinhard Stille", "gs-rinteln"), SD, "EILT: eVB kommt nicht bei Zulassungsstelle an",
                "Thu, 28 Nov 2024 09:02:17 +0100", T(body, charset="iso-8859-1", cte="8bit"),
                agent="Microsoft Outlook 14.0", extra=[("Importance", "high"), ("X-Priority", "1")])
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "branch office: named customer with birth date, address, eVB, VIN and new motor contract")


def m061():
    body = """A ticket has been assigned to your queue.

Ticket:      INC-2024-035502
Title:       Disability claims - ICD dropdown sorted by code instead of text
Queue:       Ashgrove AMS (vendor)
Priority:    4 - low
Reporter:    Birte Sandkühler (Application Management Life & Disability)

Description:
In the disability claims screen (tab "Medical"), the dropdown "Diagnosis
group" is sorted by ICD chapter letter since release 4.12, so "C - Neoplasms"
appears before "A - Infectious diseases" is hidden at the end. Claim
handlers expect alphabetical order of the German text, as before.
Reproducible on TEST with any claim. Cosmetic, but annoying.

Please reply to this mail to add a comment. Do not change the subject line.

--
HelpLane - IT Service Desk Weserbogen
"""
    raw = build(61, HELPLANE, ASH_AMS, "[HelpLane] Assigned to Ashgrove AMS: INC-2024-035502 Disability claims - ICD dropdown sorting",
                "Thu, 28 Nov 2024 14:30:00 +0100", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-035502")])
    return M(raw, "NORMAL", "en", "ticket-system",
             "trap: ticket about an ICD diagnosis dropdown in disability claims, no claim or person")


def m062():
    def case(no, name, dob, kv, tooth, goz, amount, dentist):
        return ("""<?xml version="1.0" encoding="UTF-8"?>
<koraExport version="24.4" case="%s">
  <insured tariff="Z-Premium">
    <name>%s</name>
    <dob>%s</dob>
    <policy>%s</policy>
  </insured>
  <provider>%s</provider>
  <treatmentPlan type="HKP" date="2024-08-12">
    <position goz="%s">Zahnersatz Regio %s</position>
  </treatmentPlan>
  <reimbursement amount="%s" run="2024-39"/>
  <reimbursement amount="%s" run="2024-40"/>
</koraExport>
""" % (no, name, dob, kv, dentist, goz, tooth, amount, amount)).encode("utf-8")
    readme = """Export aus KORA-Leistung PROD, 28.11.2024, K. Vahle
3 Fälle mit doppelter HKP-Erstattung (KW-SUP-58123).
Nur für die Fehleranalyse, nach Abschluss bitte löschen.
""".encode("utf-8")
    z = make_zip([("README.txt", readme),
                  ("fall_24-KZ-0412233.xml", case("24-KZ-0412233", "Niemeyer, Patrick", "1981-06-30", "KV 4471-31807", "36,46,47", "9010", "2184.60", "Praxis Dr. Lisa Kampmeier, Minden")),
                  ("fall_24-KZ-0413870.xml", case("24-KZ-0413870", "Oesterhelweg, Doris", "1957-02-11", "KV 4471-05522", "11-13,21-23", "5120", "3412.75", "Zahnzentrum am Dom, Minden")),
                  ("fall_24-KZ-0414102.xml", case("24-KZ-0414102", "Tebbe, Luca", "2009-10-04", "KV 4471-33019", "OK/UK", "6030", "1190.00", "KFO-Praxis Dr. Ruhe, Lübbecke"))])
    body = """Hallo Herr Hasenkamp,

wie telefonisch besprochen die drei Beispielfälle zu KW-SUP-58123 als Export
im Anhang. Das Passwort für die ZIP-Datei schicke ich Ihnen per SMS.

Alle drei sind im Zahllauf 2024-39 und 2024-40 doppelt erstattet worden,
obwohl der Patch 24.4.2 seit 26.10. eingespielt ist. Auffällig: bei allen
dreien wurde der HKP nach der ersten Buchung noch einmal geändert
(Nachtrag Zahnarzt).

Viele Grüße
Konstantin Vahle
Application Management KV-Leistung
Weserbogen Krankenversicherung AG
"""
    mp = MP("mixed", [T(body), ATT(z, "application/zip", "KW-SUP-58123_Beispiele.zip")], bnd(62))
    raw = build(62, VAHLE, KW_HASENKAMP, "KW-SUP-58123 – Beispielfälle (Export)",
                "Thu, 28 Nov 2024 17:45:31 +0100", mp, cc=KW_SUP)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-vendor",
             "ZIP (not actually encrypted despite the 'password by SMS') with three named insureds' dental treatment plans")


def m063():
    body = """Hallo zusammen,

kurze Zusammenfassung aus der Ticket-Stichprobe Q3 zum Thema Screenshots –
bitte lesen, auch wenn ihr im 1st Level seid.

Was wir gefunden haben (Beispiele, geschwärzt):

1. "Im Screenshot sieht man oben [Name geschwärzt], geb. [Datum geschwärzt],
   und unten die Diagnose [geschwärzt]." – Der Fehler war ein falsch
   gesetzter Button, der Name war für die Analyse völlig unnötig.

2. Ein abfotografierter Bildschirm (Handyfoto!) mit einer Liste von
   Krankenhausrechnungen, angehängt an ein Druckerticket, weil "da sieht
   man den Fehler im Ausdruck".

3. Ein Herstellerticket mit einer Beschreibung wie "[Kundin] ist in der
   [Woche] schwanger und kann deshalb ..." – für den Fehler (Datumsprüfung)
   hätte "Geburtsdatum in der Zukunft" gereicht.

Was wir daraus machen:
- Im Ticket steht die Vorgangs-ID, sonst nichts Fachliches.
- Screenshots nur mit dem HelpLane-Plugin, das Namen/Geburtsdaten/Diagnosen
  automatisch schwärzt.
- Wenn ihr Gesundheitsdaten in einem Ticket findet: Inhalt schwärzen,
  Meldende freundlich darauf hinweisen, Vorlage Erstmeldung an die DSB.

Danke euch!
Malte
"""
    raw = build(63, WICHMANN, P("Servicedesk-Team", "servicedesk-team"),
                "Lessons learned: Screenshots und Kundendaten in Tickets",
                "Fri, 29 Nov 2024 12:00:40 +0100", T(body, cte="8bit"))
    return M(raw, "NORMAL", "de", "internal",
             "trap: lessons learned with redacted examples ('[Name geschwärzt]', pregnancy, hospital invoices), no identifiable person")


def m064():
    body = """Hallo Servicedesk,

die Deckungszusage im Rechtsschutzfall RS-24-07731 wird laut Protokoll an
das Anwaltsportal übertragen, kommt bei der Kanzlei aber nicht an. Die
Kanzlei hat heute zum zweiten Mal angerufen.

Fall:        RS-24-07731, Vertrag RS 3 401 877 (Privat-Rechtsschutz mit Miete)
VN:          Herr Kevin Baumhöfener, Königswall 3, 32423 Minden
Gegner:      Vermieterin Frau Gisela Rehling (Streit um Nebenkosten-
             abrechnung 2023, Nachforderung 1.843,20 EUR)
Kanzlei:     Dr. Lübke & Partner, Minden, Portal-ID AP-00418

Im Portal-Log steht "delivered", bei der Kanzlei ist das Postfach leer.
Andere Zusagen an dieselbe Kanzlei sind heute angekommen.

Ich schicke die Zusage jetzt per Fax, aber das Portal sollte schon gehen.

Grüße
Anja Tegtmeyer
(derzeit Aushilfe Rechtsschutz-Schaden)
"""
    raw = build(64, TEGTMEYER, SD, "Anwaltsportal: Deckungszusage RS-24-07731 kommt nicht an",
                "Mon, 02 Dec 2024 10:22:18 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "legal-expenses claim: named policyholder and landlord, address, tenancy dispute, policy/claim numbers")


def m065():
    body = """Ole,

FYI - advisory from Tidewell below. We are on 7.3.1, so affected. The fix is
in 7.3.2; please plan the update with them this month. CVSS 6.1, only
authenticated users, but the notes field is used by the call centre too.

Paula

-----Original Message-----
From: Tidewell Security <security@tidewell.example>
Sent: Monday, 2 December 2024 16:10
Subject: [TW-SA-2024-07] ClaimDock - stored cross-site scripting in claim notes

Tidewell Security Advisory TW-SA-2024-07
Product:   ClaimDock 7.0.0 - 7.3.1 (SaaS and on-premise)
Severity:  Medium (CVSS 3.1 base score 6.1)
CVE:       CVE-2024-99871 (reserved)

Summary
An authenticated user with permission to add claim notes can store a crafted
script in the note text that is executed when another user opens the claim
timeline.

Impact
Session tokens of other ClaimDock users could be exposed, and with them
read access to claim files, which may include injury descriptions and
medical reports of injured parties. No customer data is exposed directly;
an attacker would need a valid account.

Fixed versions
7.3.2 (released 29 Nov 2024). SaaS tenants will be updated automatically
on 10 Dec 2024 unless a maintenance date has been agreed.

Workaround
Enable the content security policy header "strict" in the tenant settings.

Contact: security@tidewell.example
"""
    raw = build(65, RESSEL, FREITAG, "FW: [TW-SA-2024-07] ClaimDock - stored XSS in claim notes",
                "Tue, 03 Dec 2024 08:33:09 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "vendor",
             "trap: forwarded security advisory warning that claim files with injury/medical reports could be read; no person")


def m066():
    body = """Hi Joost,

the injury module in ClaimDock crashes ("Unexpected error, ref 7d1f") when a
claim handler adds the 11th treatment line. We hit it on a real claim, so
I describe it here instead of sending a screenshot:

  Claim:          KS-24-119870 (motor TPL, our insured rear-ended a cyclist)
  Injured party:  Ms. Johanna Oberbeck, 34, cyclist
  Injuries:       distortion of the cervical spine (whiplash, S13.4),
                  concussion (S06.0), bruised left hip
  Treatment so far: A&E visit, MRI cervical spine, 12 physiotherapy
                  sessions, 3 osteopathy sessions, pain medication
                  (ibuprofen 600), sick leave 6 weeks
  Lawyer:         claims pain and suffering of EUR 4,500

Treatment lines 1-10 were saved; line 11 (osteopathy, 3rd session) triggers
the crash every time, with any amount. The reserve calculation is then
stuck at the old value.

Is there a hard limit of 10 treatment lines in the injury module? If so, it
needs to go - whiplash cases easily have 20+ lines.

Regards,
Ole
"""
    raw = build(66, FREITAG, TW_VANRIEL, "Injury module crashes at 11th treatment line (KS-24-119870)",
                "Wed, 04 Dec 2024 14:51:26 +0100", T(body, charset="us-ascii", cte="7bit"), cc=TW_SUP)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-vendor",
             "motor liability personal injury: named injured cyclist, whiplash S13.4, concussion, treatment details")


def m067():
    body = """Hallo Frau Voßkuhl,

für eine Kundenbeschwerde benötigen wir die Aufzeichnung eines Gesprächs
(Aufzeichnung mit Einwilligung, Ansage war aktiv):

Datum/Uhrzeit:  15.11.2024, ca. 14:32 Uhr
Rufnummer:      0571 388 2291
Kunde:          Herr Uwe Kröning, Kundennr. 4 990 213
Anliegen lt. Notiz: Kündigung Kfz-Vertrag K 77 301 455 zum 01.01.2025

Herr Kröning bestreitet, gekündigt zu haben, und sagt, er habe nur nach dem
Beitrag für 2025 gefragt. Wir möchten das anhand der Aufnahme klären, bevor
die Kündigung bestätigt bzw. zurückgenommen wird.

Bitte stellen Sie die Datei gemäß AV-Vertrag Anlage 3 über das SFTP-Verzeichnis
/weserbogen/aufzeichnungen/ bereit – nicht per Mail. Die Aufnahme wird bei uns
nach Klärung gelöscht.

Viele Grüße
Carina Mönkemöller
Kundenservice / Steuerung Dienstleister
"""
    raw = build(67, MOENKE, CW_TEAM, "Anforderung Gesprächsaufzeichnung 15.11.2024 (Beschwerde)",
                "Thu, 05 Dec 2024 09:14:37 +0100", T(body), cc=CW_QM)
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "call-centre partner: named customer, phone number, customer and motor contract number")


def m068():
    body = """Hallo Herr Hasenkamp,

für die Überarbeitung unseres Löschkonzepts brauchen wir von Kernwerk ein
paar Angaben zu KORA-Leistung. Es geht nur um die Mechanik, nicht um
einzelne Fälle:

1. Leistungsakten Kranken: Wir löschen nach Ablauf von 10 Jahren nach
   Vertragsende (steuer- und handelsrechtliche Fristen). Kann KORA Akten
   automatisiert löschen, und werden dabei auch die gescannten Belege
   (Arztrechnungen, Krankenhausrechnungen, Rezepte) im angebundenen Archiv
   entfernt, oder nur die Strukturdaten?
2. Protokolldaten: Die Zugriffsprotokolle müssen wir 6 Jahre aufbewahren.
   Werden sie bei Löschung einer Akte mitgelöscht?
3. Testsysteme: Gibt es eine Funktion zur Anonymisierung von Diagnosen und
   Namen, wenn Produktionsdaten in die Abnahmeumgebung kopiert werden?
4. Backups: Wie lange bleiben gelöschte Akten in Ihren Datenbank-Backups
   wiederherstellbar?

Eine schriftliche Antwort bis Ende Januar wäre ideal.

Viele Grüße
Konstantin Vahle
"""
    raw = build(68, VAHLE, KW_HASENKAMP, "Löschkonzept KORA-Leistung – Fragen zu Fristen und Archiv",
                "Fri, 06 Dec 2024 11:27:55 +0100", T(body), cc=DSB)
    return M(raw, "NORMAL", "de", "insurer-to-vendor",
             "trap: retention questions about doctors' invoices and diagnoses in general, no case")


def m069():
    body = """Hallo liebes Servicedesk-Team,

ich schreibe per Webmail von zuhause, weil ich noch krankgeschrieben bin
– Rückfragen also bitte per Mail, nicht übers Telefon im Büro.

Im Mitarbeiterportal (Bereich "Abwesenheiten") kann ich die Bescheinigung
über meine ambulante Reha nicht hochladen, es kommt "Ihre Sitzung ist
abgelaufen" direkt nach dem Klick auf "Datei auswählen". Ich bin nach meiner
Meniskus-OP am linken Knie (Teilresektion am 04.11.) noch bis 06.12.
krankgeschrieben und jetzt in der ambulanten Reha (3x pro Woche). Frau
Husmann aus der Personalabteilung braucht die Bescheinigung bis Freitag für
die Entgeltfortzahlung.

Kann ich sie euch auch einfach schicken? Oder gibt es einen anderen Weg?

Viele Grüße
Dennis Wöstmann
Schaden Sach, Pers.-Nr. 10390
"""
    raw = build(69, P("Dennis Wöstmann", "dennis.woestmann"), SD,
                "Mitarbeiterportal: Upload Reha-Bescheinigung geht nicht",
                "Mon, 09 Dec 2024 08:04:51 +0100", T(body, cte="8bit"), agent="tb")
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "employee describes own knee surgery, sick leave and rehab in an HR-portal ticket")


def m070():
    ics = make_ics("wbv-ws-ocr-20241212@weserbogen-vers.example", "20241212T100000", "20241212T120000",
                   "Workshop: OCR quality for medical invoices (GOÄ/GOZ/APO)",
                   "Agenda:\n1. Error statistics Q4 per document class (ARZ, KH, ZAHN, APO)\n"
                   "2. PZN check digit validation - status\n3. Handwritten contract numbers: fallback rules\n"
                   "4. Test set: 500 anonymised sample invoices (no real patient data)\n"
                   "Teams link in the invitation.", "Microsoft Teams / Szczecin meeting room 2",
                   ("Agnieszka Wolny", WOLNY[1]),
                   [("Scanhafen Operations Szczecin", SH_OPS[1]), ("Marion Feldkamp", SH_LEIT[1]),
                    ("Konstantin Vahle", VAHLE[1])])
    body = """Hello all,

please find the invitation for our OCR quality workshop on 12 December.
We will go through the error statistics by document class and agree on the
validation rules for 2025. The test set consists of 500 anonymised sample
invoices that our team prepared; please do not bring real documents.

Kind regards,
Agnieszka
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(ics, "text/calendar; method=REQUEST", "invite.ics", charset="utf-8")], bnd(70))
    raw = build(70, WOLNY, [SH_OPS, SH_LEIT], "Invitation: Workshop OCR quality for medical invoices, 12 Dec 10:00",
                "Mon, 09 Dec 2024 13:00:12 +0100", mp, cc=VAHLE)
    return M(raw, "NORMAL", "en", "insurer-to-outsourcer",
             "trap: calendar invitation about medical invoice OCR with anonymised samples, no person")


def m071():
    body = """Hi service desk,

customer below cannot complete the portal registration - "data does not
match". Policy and DOB match what we have in the system (I checked).
Maybe the DD/MM vs MM/DD issue again? He is using an English browser.

Thanks
Laura (Expat Desk)

----- Original message -----
From: Aaron Whitfield <aaron.whitfield@fastpost.example>
To: expatdesk@weserbogen-vers.example
Date: Tue, 10 Dec 2024 07:58
Subject: Portal registration keeps failing

Hello,

I have been trying to register for your online portal for a week now. It
asks for my policy number and date of birth, and every time it says the data
does not match. I am entering:

Policy number: H 13 077 560 (home contents)
Date of birth: 23/08/1979
Name: Dr Aaron Whitfield
Address: Brühlstraße 8, 32423 Minden

I also tried without the spaces in the policy number. Could you please help?
I need to report a bicycle theft and would prefer to do it online.

Best regards,
Aaron Whitfield
"""
    raw = build(71, EXPAT, SD, "FW: Portal registration keeps failing",
                "Tue, 10 Dec 2024 09:41:29 +0100", T(body),
                extra=[("X-Original-Sender", "laura.finnegan@" + INS)])
    return M(raw, "CONFIDENTIAL", "en", "customer",
             "forwarded expat customer mail: name, birth date, address, household policy number")


def m072():
    body = """Hallo Servicedesk,

in KORA-Unfall rechnet die Invaliditätsberechnung nach Gliedertaxe bei einem
Fall falsch, bitte an Kernwerk weitergeben:

Vertrag:     U 5 120 334 (Unfall Plus, Grundsumme 100.000 EUR, Progression 350 %)
Versichert:  Herr Alexander Pohlmann, geb. 18.09.1977, Tischler
Unfall:      14.06.2024, Kreissäge in der eigenen Werkstatt
Befund:      Verlust des rechten Daumens im Grundgelenk (laut Gutachten
             Dr. Westerwelle, Handchirurgie, vom 25.11.2024), keine
             weiteren Dauerschäden

Gliedertaxe laut unseren AUB 2020: Daumen 20 %. KORA-Unfall setzt aber
10 % an (das wäre "Daumen, Endglied"?). Die Auswahl im Dropdown ist richtig
"Daumen – Verlust im Grundgelenk". Ergebnis im System 10.000 EUR statt
20.000 EUR.

Herr Pohlmann wartet auf die Abrechnung, ich habe erstmal einen Vorschuss
angewiesen.

Gül Erdem
Unfall-Leistung
"""
    raw = build(72, ERDEM, SD, "KORA-Unfall: Gliedertaxe Daumen falsch (10 % statt 20 %)",
                "Wed, 11 Dec 2024 10:10:03 +0100", T(body, cte="base64"))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "base64 body: accident claim of a named insured with birth date, loss of right thumb, expert opinion")


def m073():
    body = """Ticket geschlossen / Ticket closed

Ticket:      INC-2024-035502
Titel/Title: Disability claims - ICD dropdown sorted by code instead of text
Lösung/Resolution:
  DE: Sortierung der Auswahlliste "Diagnosegruppe" wieder alphabetisch nach
      deutschem Text (Release 4.12.1, eingespielt am 12.12.2024).
  EN: Dropdown "Diagnosis group" sorted alphabetically by German text again
      (release 4.12.1, deployed 12 Dec 2024).

Bearbeitet von / handled by: Arjun Mehta (Ashgrove AMS)
Bestätigt von / confirmed by: Birte Sandkühler

Falls das Problem erneut auftritt, antworten Sie auf diese Mail.
If the problem occurs again, reply to this mail.

--
HelpLane · IT-Servicedesk Weserbogen / IT Service Desk
"""
    raw = build(73, HELPLANE, [ASH_AMS, SANDKUEHLER], "[HelpLane] Geschlossen / Closed: INC-2024-035502",
                "Thu, 12 Dec 2024 15:02:00 +0100", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-035502")])
    return M(raw, "NORMAL", "mixed", "ticket-system",
             "trap: bilingual closing notice about a diagnosis-group dropdown; no case data")


def m074():
    rows = [["Paar", "Kundennr.", "Name", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Verträge", "Merge-Fehler"],
            ["1", "3 912 004", "Grönemeyer", "Helmut", "1952-09-14", "Poststraße 4", "32423", "Minden", "K 77 102 551", "MRG-17 abweichende Anrede"],
            ["1", "5 230 118", "Groenemeyer", "Helmut", "1952-09-14", "Poststr. 4", "32423", "Minden", "H 12 701 330", ""],
            ["2", "4 118 776", "Schwier", "Annelie", "1970-01-30", "Am Kanal 18", "32425", "Minden", "W 40 113 207; H 12 330 019", "MRG-04 Geburtsdatum unterschiedlich"],
            ["2", "5 301 442", "Schwier", "Annelie", "1970-03-01", "Am Kanal 18", "32425", "Minden", "K 77 590 871", ""],
            ["3", "2 887 301", "Kowalczyk", "Tomasz", "1985-07-07", "Lindenstraße 2", "32429", "Minden", "PH 2 601 775", "MRG-11 Bankverbindung unterschiedlich"],
            ["3", "5 287 990", "Kowalczyk", "Tomasz", "1985-07-07", "Lindenstr. 2", "32429", "Minden", "K 77 611 208", ""],
            ["4", "4 700 215", "Meier-Böke", "Sandra", "1979-12-12", "Rosental 9", "32457", "Porta Westfalica", "H 12 899 101", "MRG-09 Namensänderung (Heirat) nicht erkannt"],
            ["4", "5 312 637", "Böke", "Sandra", "1979-12-12", "Rosental 9", "32457", "Porta Westfalica", "RS 3 420 558", ""]]
    ods = make_ods(rows, "Dubletten KW50")
    body = """Hallo Servicedesk, hallo Marek,

das Merge-Tool im CRM verweigert bei diesen vier Dublettenpaaren die
Zusammenführung (Fehlercodes in der letzten Spalte). Fachlich sind es
jeweils eindeutig dieselben Personen – bitte prüfen, ob man die Regeln
MRG-04/09/11/17 für solche Fälle lockern kann oder ob wir manuell mergen
müssen.

Liste im Anhang (ODS, aus LibreOffice).

Gruß
Lina Brüning
Datenqualität Kundenstamm
"""
    mp = MP("mixed", [T(body), ATT(ods, "application/vnd.oasis.opendocument.spreadsheet",
                                   "Dubletten_KW50.ods")], bnd(74))
    raw = build(74, P("Lina Brüning", "lina.bruening"), [SD, NOWICKI], "CRM Merge-Tool: 4 Dublettenpaare lassen sich nicht zusammenführen",
                "Fri, 13 Dec 2024 11:34:20 +0100", mp)
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "ODS attachment: duplicate customer records with names, birth dates, addresses and contract numbers")


def m075():
    body = """Hi Sean,

welcome to the service desk! Below is your checklist for the first two
weeks. Tick things off in the onboarding ticket (INC-2024-036010), not here.

Week 1
[ ] collect badge and notebook at reception (building A)
[ ] HelpLane training with Svenja (Tue 10:00, 2 h)
[ ] data protection e-learning "Personal data in IT support" (mandatory,
    45 min) - please do it before you take your first ticket
[ ] shadow Jannik on the hotline (Wed-Fri)

Week 2
[ ] own tickets in the queue "Workplace & Printing"
[ ] introduction to vendor queues (Kernwerk, Tidewell, Lexaris, Ashgrove)
[ ] on-call rules and escalation matrix

Three rules we take seriously:
1. Never copy customer data into a ticket, a chat or a vendor mail. Use the
   case ID. This is especially true for anything from the health, life or
   accident claims departments.
2. Never ask a caller for their password. Not even "just the first letters".
3. If in doubt, ask Svenja, Deniz or me.

Most of the team speaks English, and the documentation in the wiki is
bilingual. German lessons: ask HR, they are paid.

See you on Monday,
Malte
"""
    raw = build(75, WICHMANN, P("Sean O'Donnell", "sean.odonnell"), "Welcome - your onboarding checklist",
                "Fri, 13 Dec 2024 16:05:44 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "internal",
             "trap: onboarding checklist warning about health/life/accident data in tickets; names only staff")


def m076():
    body = """Hi Priya, hi Arjun,

new defect for the life application print (WBV-2340): the medical
underwriting note is cut off after 255 characters in the PDF appendix of
the policy. Our screen capture tool is blocked, so here is what the screen
shows:

  Application:  LV-A-2024-20177 (term life, sum insured EUR 300,000)
  Applicant:    Mr. Rafael Quintero-Hasse, DOB 1990-02-17
  Tab "Underwriting", field "Medical note" (entered by our medical
  underwriter Dr. Brandhorst on 16 Dec):
    "HIV infection known since 2016, on antiretroviral therapy
     (Biktarvy), viral load below detection limit for 6 years, CD4 720,
     regular checks at the infectious disease outpatient clinic Bielefeld.
     No AIDS-defining illness. Accept with extra premium +75 % for 10
     years, then review on request of the insured ..."
  PDF appendix: the text ends after "... Accept with extra pre"

So the customer would receive a policy with a truncated special condition,
which is legally a problem. The database field is varchar(2000), so the
truncation must happen in the print template mapping.

Please fix before 20 Dec, the policy is on hold until then.

Thanks,
Birte
"""
    raw = build(76, SANDKUEHLER, [ASH_PRIYA, ASH_ARJUN], "WBV-2340 medical underwriting note truncated in policy PDF",
                "Mon, 16 Dec 2024 15:40:27 +0100", T(body, charset="us-ascii", cte="7bit"), cc=ASH_AMS)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "screen described: named life applicant with DOB, HIV infection, antiretroviral therapy, underwriting decision")


def m077():
    body = """Hallo Frau Koch,

ein Kunde hat sich beschwert, dass seine Beitragsrechnung Kfz 2025 an die
alte Adresse gegangen ist, obwohl die Adressänderung seit 02.12. bei uns im
Bestand ist:

Kunde:         Herr Friedhelm Obermeyer
alte Adresse:  Portastraße 140, 32457 Porta Westfalica
neue Adresse:  Am Lindenhof 7, 32423 Minden
Dokument:      Beitragsrechnung 2025, Kfz K 77 220 481
Druckjob:      JOB-24-1212-0045 (Ihr Eingang 12.12., 22:10 Uhr)

Unsere Übergabedatei vom 12.12. enthält die neue Adresse – das haben wir
geprüft. Bei Ihnen ist der Brief aber mit der alten Adresse gedruckt worden.
Kann es sein, dass Ihr System noch die Adressdatei vom 09.12. aus dem Cache
verwendet hat? Dann wären vermutlich noch mehr Kunden betroffen, die
zwischen dem 09. und 12.12. umgezogen sind.

Bitte prüfen Sie das und geben Sie uns bis Donnerstag Bescheid.

Viele Grüße
Torben Schaper
Output-Management
"""
    raw = build(77, SCHAPER, NL_KOCH, "Druckjob JOB-24-1212-0045: alte Kundenadresse verwendet",
                "Tue, 17 Dec 2024 08:58:41 +0100", T(body), cc=NL_OUT)
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "print partner: named customer with old and new address and motor contract number")


def m078():
    body = """Change-Antrag Firewall FW-CHG-2024-212

Antragsteller:  Rüdiger Pape (Netzwerk)
Anlass:         Scanhafen verlagert einen Teil der Beleg-Erfassung an den
                Standort Szczecin; Anlieferung der Indexdaten (u. a. Klassen
                ARZ, KH, ZAHN = Arzt-, Krankenhaus-, Zahnarztrechnungen) per
                SFTP. Schutzbedarf: sehr hoch (Gesundheitsdaten).
Genehmigung:    Informationssicherheit (P. Ressel) – erteilt 16.12.
                AVV-Nachtrag Szczecin – unterschrieben 11.12.

Regeln (neu):
 #  Quelle                 Ziel                              Port   Aktion
 1  198.51.100.0/26        sftp-in.weserbogen-vers.example   22/tcp erlauben
    (Scanhafen Szczecin)   (DMZ, 203.0.113.25)
 2  198.51.100.0/26        any                               any    verwerfen + log

Regeln (ändern):
 3  192.0.2.64/27 (Scanhafen Bremen) -> sftp-in   22/tcp   unverändert

Umsetzung:   CAB-Termin 19.12., Umsetzung 20.12. 07:00, Rückbau über Regel-
             Deaktivierung möglich
Test:        Verbindungstest mit Scanhafen-Testuser sh-szc-test, Dummy-Datei

Bitte auf die Agenda des CAB setzen.

Rüdiger Pape
"""
    raw = build(78, PAPE, P("Change Advisory Board", "cab"), "FW-CHG-2024-212: SFTP Scanhafen Szczecin",
                "Tue, 17 Dec 2024 14:03:00 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: firewall change for the SFTP transfer of medical invoice index data (protection need: health data); IP ranges only")


def m079():
    docx = make_docx([
        "Weserbogen Krankenversicherung AG · Am Weserbogen 12 · 32423 Minden",
        "Herrn Gerhard Venghaus",
        "Süntelstraße 21",
        "32429 Minden",
        "Minden, 18.12.2024",
        "# Ihre Leistungsabrechnung vom 18.12.2024 – KV-Nr. 4471-12664",
        "Sehr geehrter Herr Venghaus,",
        "vielen Dank für die Einreichung Ihrer Rechnungen. Wir haben folgende Leistungen erstattet:",
        "Für die Behandlung Ihrer Psoriasis vulgaris (L40.0) haben wir die Kosten der Lichttherapie in voller Höhe übernommen.",
        "Für die Behandlung Ihrer Psoriasis vulgaris (L40.0) haben wir die Kosten der Lichttherapie in voller Höhe übernommen.",
        "Das Präparat Otezla 30 mg ist ab der 2. Verordnung genehmigungspflichtig; bitte reichen Sie hierzu eine ärztliche Begründung ein.",
        "Der Erstattungsbetrag von 1.243,18 EUR wird in den nächsten Tagen auf Ihr Konto überwiesen.",
        "Mit freundlichen Grüßen",
        "Ihre Leistungsabteilung Kranken",
    ], table=[["Datum", "Leistungserbringer", "Leistung", "Rechnungsbetrag", "Erstattung"],
              ["04.11.2024", "Dr. med. Ute Harms, Dermatologie", "GOÄ 1, 5, 567 (UV-Therapie 12x)", "412,66", "412,66"],
              ["18.11.2024", "Dr. med. Ute Harms, Dermatologie", "GOÄ 1, 750 (Auflichtmikroskopie)", "98,34", "98,34"],
              ["21.11.2024", "Stadt-Apotheke Minden", "Otezla 30 mg, 56 St.", "732,18", "732,18"]])
    body = """Hallo Servicedesk,

im Korrespondenzmodul wird in der Vorschau ein Textbaustein doppelt
eingefügt (Absatz 3, siehe Anhang). Passiert bei allen Leistungsabrechnungen
mit Baustein "LB-DERM-02". Ich hab den Brief angehalten.

Könnt ihr das an Kernwerk geben?

Danke
Lea
"""
    mp = MP("mixed", [T(body), ATT(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "Vorschau_Leistungsabrechnung.docx")], bnd(79))
    raw = build(79, KOTTMEIER, SD, "Korrespondenz: Textbaustein doppelt in Vorschau",
                "Wed, 18 Dec 2024 11:15:09 +0100", mp)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "harmless body; attached DOCX letter to a named insured with psoriasis L40.0, treatments and medication")


def m080():
    body = """Thilo, FYI - release notes for RiskPilot 25.1 (go-live with us planned
for March). Items 2 and 3 will change how your team sees some cases.

Birte

-------- Forwarded Message --------
From: Lexaris Release Management <releases@lexaris.example>
Date: 18 Dec 2024
Subject: RiskPilot 25.1 - release notes (customer edition)

RiskPilot 25.1 - Highlights

1. ICD-10-GM 2025 and ICD-10-WHO 2025 mapping tables included
   (rulebase-icd-map.csv v25.1). Wildcards now also match new 5-digit codes.

2. Mental health rule set revised
   Disclosures of depressive episodes (F32.-), anxiety disorders (F41.-) and
   adjustment disorders (F43.2) are now assessed by severity and time since
   last treatment instead of a blanket postponement. Expected effect on
   acceptance rates: +6 to +9 percentage points in the 25-45 age band
   (based on the anonymised Lexaris reference portfolio).

3. HIV assessable
   In line with the current reinsurance manuals, applicants with HIV on
   stable ART can be accepted with loadings. Rule R-310 replaces the former
   automatic decline.

4. BMI tables
   New build tables by sex and age band; BMI above 40 now triggers referral
   instead of decline.

5. Performance
   Synonym lists are cached (addresses the latency of R-114 reported by
   several customers).

Full documentation: https://docs.lexaris.example/riskpilot/25.1
"""
    raw = build(80, SANDKUEHLER, ESCHER, "Fwd: RiskPilot 25.1 - release notes",
                "Thu, 19 Dec 2024 09:20:18 +0100", T(body, charset="us-ascii", cte="7bit"), agent="tb")
    return M(raw, "NORMAL", "en", "vendor",
             "trap: underwriting release notes on depression, HIV, BMI rules with anonymised portfolio statistics")


def m081():
    ics = make_ics("tw-debug-KS-24-125310@tidewell.example", "20250108T140000", "20250108T150000",
                   "ClaimDock debug session - glass claim KS-24-125310",
                   "Claim KS-24-125310, policyholder Mr. Benedikt Lohmann (windscreen, MI-BL 330, Audi A4 Avant, "
                   "policy K 77 588 902). Repair invoice from Glas-Service Minden is rejected by the glass wizard "
                   "(calibration of the camera not accepted as position). Please have the tenant logs of 6 Jan ready.",
                   "Microsoft Teams", ("Ole Freitag", FREITAG[1]),
                   [("Joost van Riel", TW_VANRIEL[1]), ("Henning Dreyer", DREYER[1])])
    body = """Hi Joost,

as agreed on the phone, invitation for a debug session on 8 January. Claim
details are in the invite.

Happy holidays,
Ole
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(ics, "text/calendar; method=REQUEST", "ClaimDock_debug_KS-24-125310.ics", charset="utf-8")], bnd(81))
    raw = build(81, FREITAG, TW_VANRIEL, "Invitation: ClaimDock debug session 8 Jan 14:00",
                "Fri, 20 Dec 2024 10:47:55 +0100", mp, cc=DREYER)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "calendar invitation whose description names a motor policyholder with plate and policy/claim numbers")


def m082():
    body = """Hallo Konstantin, hallo Agnieszka,

die Lizenz für CaptureMax (OCR-Engine in KORA-Capture und bei Scanhafen)
läuft zum 31.03.2025 aus. Der Hersteller hat das Angebot für 2025–2027
geschickt; bevor ich verhandle, brauche ich eure Mengen:

                              2024 (Ist)      2025 (Plan?)
Posteingang Kranken           1,92 Mio. S.    ?
  davon Arzt/KH/Zahn/APO      1,61 Mio. S.    ?
Posteingang Leben/BU          0,21 Mio. S.    ?
Posteingang Sach/Kfz          0,64 Mio. S.    ?
Kundenportal-Uploads (OCR)    0,38 Mio. S.    ?

Lizenzmodell neu: Staffelpreis je 1.000 Seiten, ab 3 Mio. Seiten/Jahr
günstiger. Das "Medical Pack" (GOÄ/GOZ-Wörterbücher, ICD-Erkennung) ist
separat lizenziert – brauchen wir das für Leben/BU auch?

Rückmeldung bitte bis 15.01.

Gruß
Frank
"""
    raw = build(82, BOECKMANN, [VAHLE, WOLNY], "Lizenzverlängerung CaptureMax 2025 – Mengen bitte",
                "Fri, 20 Dec 2024 13:30:00 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: licence volumes for medical invoice OCR, aggregates only")


def m083():
    body = """Hallo Datenhafen-Service,

bitte um Wiederherstellung eines gelöschten Postfachordners aus der
Exchange-Sicherung (Vertrag RZ-Betrieb, Leistungsschein 4 – Restore).

Postfach:    nadine.reckefuss@weserbogen-vers.example
             (Antragsprüfung Leben / BU)
Ordner:      "Gesundheitsprüfung Möllenbrock, Arne – Rückfragen Hausarzt
             (Depression, Klinikaufenthalt 2022)"
             Unterordner von Posteingang > Anträge 2024 > offen
gelöscht am: 20.12.2024 gegen 16:30 (auch aus "Gelöschte Elemente")
Inhalt lt. Nutzerin: ca. 25 Mails mit der Hausarztpraxis und dem Antrag-
             steller, inkl. Befundbericht der Klinik als PDF

Bitte in den Originalordner zurückspielen, nicht in einen Restore-Ordner,
und die Wiederherstellung im Ticket dokumentieren (unser Ticket
INC-2024-036502). Sicherung vom 20.12. 12:00 sollte reichen.

Danke und Gruß
Deniz Aydın
IT-Servicedesk (2nd Level)
Weserbogen Versicherung AG
"""
    raw = build(83, AYDIN, DH_SERVICE, "Restore Postfachordner – INC-2024-036502",
                "Mon, 23 Dec 2024 08:35:17 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "restore request to the data centre: folder name reveals a named life/BU applicant's depression and clinic stay")


def m084():
    body = """Hallo zusammen,

bei der Verlängerung der Berufshaftpflicht für Architekten rechnet das
Tarifmodul mit einem falschen Honorarumsatz. Beispiel:

VN:            Dipl.-Ing. Claus Hentschel, Architekt (Einzelunternehmer)
               Büro: Kampstraße 15, 32423 Minden
Vertrag:       BH 8 110 207
Umsatz 2023:   418.000 EUR Honorarumsatz (laut Umsatzmeldung vom 02.12.)
im System:     418,00 EUR -> Mindestbeitrag 890 EUR statt 3.412 EUR

Die Umsatzmeldung kam als PDF über das Kundenportal; die Zahl wurde aus
"418.000,00" offenbar mit Punkt als Dezimaltrenner gelesen. Bei allen
Umsatzmeldungen aus dem Portal seit dem Release 4.12 prüfen?

Die Verlängerungen laufen am 02.01. automatisch raus, deshalb bitte bald.

Viele Grüße
Jörg Thielking
Firmenkunden Haftpflicht
"""
    raw = build(84, P("Jörg Thielking", "joerg.thielking"), SD, "Tarifmodul BHV Architekten: Umsatz falsch übernommen",
                "Fri, 27 Dec 2024 10:02:44 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "sole-trader architect (natural person) with business address, revenue figure and liability contract")


def m085():
    body = """Hello Certivo support,

we are rolling out S/MIME user certificates to managed iPhones (MDM profile
with PKCS#12 payload). The main users are our medical underwriters and
claims doctors, who exchange medical reports with hospitals and
practitioners, so signature and encryption have to work on the road. On iOS 18.2 the profile installs, but Mail shows
"Unable to verify certificate" for signed messages from colleagues whose
certificates were issued after 1 December.

What we checked:
- the new intermediate "Certivo S/MIME CA G4" is in the profile
- the root is trusted on the device
- Outlook on Windows verifies the same messages without problems

Is there a known issue with the G4 intermediate and Apple Mail (e.g. missing
AIA URL or key usage)? We can send you an anonymised test message signed
with our test user smime-test@weserbogen-vers.example.

Kind regards,
Paula Ressel
IT Security
Weserbogen Versicherung AG
"""
    raw = build(85, RESSEL, CERTIVO, "S/MIME on iOS 18.2: unable to verify certificate (G4 intermediate)",
                "Thu, 02 Jan 2025 11:21:05 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "insurer-to-vendor",
             "trap: S/MIME support question mentioning medical reports exchanged by claims doctors; no person")


def m086():
    body = """Hi Arjun,

WBV-2355: sickness daily allowance (Krankentagegeld) payments stop after
day 42 although the tariff has no such limit. I copied the KORA screen as
text, sorry that the labels are German:

  Leistungsfall:      24-KT-0021877
  Versicherter:       Herr Waldemar Ens, geb. 06.06.1969, KV-Nr. 4471-26690
  Tarif:              KT 43 (Karenz 42 Tage, 95 EUR/Tag)
  AU seit:            04.11.2024, Folge-AU bis 31.01.2025
  Diagnose:           Bandscheibenvorfall L4/L5 mit Radikulopathie (M51.1),
                      OP geplant 14.01.2025
  Zahlungen:          keine – Status "Karenz läuft" bis heute

So the waiting period of 42 days is applied, but after day 42 (16.12.) the
status never switches to "Zahlung". Tariff KT 43 is the only tariff where the
waiting period equals the limit of the old tariff KT 42V (which ended benefits
on day 42). I suspect the product mapping from the migration.

Mr. Ens has called twice this week. Please check today, we will pay manually
in the meantime.

Konstantin
"""
    raw = build(86, VAHLE, ASH_ARJUN, "WBV-2355 Krankentagegeld stops after day 42 (tariff KT 43)",
                "Fri, 03 Jan 2025 09:48:33 +0100", T(body), cc=ASH_AMS)
    return M(raw, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-outsourcer",
             "English ticket with pasted German screen: named insured, DOB, sick leave, herniated disc M51.1")


def m087():
    body = """Neuer Kommentar zu Ihrem Ticket

Ticket:       INC-2024-036288
Titel:        SF-Klasse aus Vorversicherung wird nicht übernommen
Kommentar von: Henning Dreyer (Kfz-Betrieb), 06.01.2025 10:12

"Noch ein Fall von heute, gleiche Ursache wie oben:
Kunde Herr Nils Averbeck, geb. 05.10.1994, Neuvertrag K 77 640 112
(Kfz-Haftpflicht + VK, Beginn 01.01.2025). Die GDV-Auskunft vom
Vorversicherer meldet SF 7 / SF 5 (VK), im Bestand steht SF 0. Der Kunde
hat schon die Beitragsrechnung mit SF 0 bekommen und ist entsprechend
begeistert. Bitte Import der VWB-Antwort prüfen."

Status: In Bearbeitung (2nd Level)
Ticket ansehen: https://helplane.weserbogen-vers.example/ticket/INC-2024-036288

--
HelpLane · IT-Servicedesk Weserbogen
"""
    raw = build(87, HELPLANE, [AYDIN, FREITAG], "[HelpLane] Neuer Kommentar: INC-2024-036288 SF-Klasse aus Vorversicherung",
                "Mon, 06 Jan 2025 10:12:40 +0100", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2024-036288")])
    return M(raw, "CONFIDENTIAL", "de", "ticket-system",
             "ticket comment notification: named motor customer with birth date, contract number, no-claims class")


def m088():
    body = """Hallo Torben,

seit dem Umzug der Druckvorlagen auf den neuen Formularserver wird in der
Vorlage "ZAHN-HKP-ZUSAGE" (Zusage zum Heil- und Kostenplan) die GOZ-Tabelle
in Courier gedruckt statt in Arial, und die Spalte "Erstattung %" rutscht
auf die nächste Seite.

Betrifft nur diese eine Vorlage, die anderen Zahn-Vorlagen (ZAHN-ABLEHNUNG,
ZAHN-RUECKFRAGE) sehen normal aus. Vermutlich fehlt die Schrift-Einbettung
in der neuen Version der Vorlage (v7).

Kannst du das mit dem Formularteam klären? Es eilt nicht brennend, wir
drucken die Zusagen solange mit der alten Vorlage v6.

Viele Grüße
Konstantin
"""
    raw = build(88, VAHLE, SCHAPER, "Vorlage ZAHN-HKP-ZUSAGE: GOZ-Tabelle in Courier",
                "Tue, 07 Jan 2025 13:09:26 +0100", T(body, cte="8bit"))
    return M(raw, "NORMAL", "de", "internal",
             "trap: dental treatment-plan letter template layout issue, no person")


def m089():
    body = """Hi service desk,

an international health customer cannot upload her invoices in the portal;
the upload form rejects the currency "AED". Details so you can find the case:

Customer:  Mrs. Ingrid Solberg-Krause, living in Dubai since 2022
Policy:    international health plan IKV 88 402 117
What:      monthly invoices from a pharmacy in Dubai for her insulin pump
           supplies (infusion sets, reservoirs, CGM sensors) - she has type 1
           diabetes; about AED 2,900 per month
Error:     "Currency not supported" after selecting AED from the list. The
           list shows AED, so it should be supported.

She sent the last three invoices to us by e-mail as a workaround, which is
not ideal. Could you check the currency table of the upload service?

Thanks,
Laura Finnegan
Expat Desk
"""
    raw = build(89, EXPAT, SD, "Portal upload: currency AED not supported (international health)",
                "Wed, 08 Jan 2025 09:15:52 +0100", T(body, charset="us-ascii", cte="7bit"),
                extra=[("X-Original-Sender", "laura.finnegan@" + INS)])
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "named expat health customer with policy number, type 1 diabetes and insulin pump supplies")


def m090():
    rows = [["mandate_ref", "debtor_name", "iban", "contract", "signed_on", "error"],
            ["WBV-M-2412-00871", "Heike Rethemeier", "DE15245498932140232013", "K 77 655 020", "2024-12-18", "E107 duplicate mandate ref"],
            ["WBV-M-2412-00872", "Okan Demirci", "DE76657203843670011850", "H 13 250 114", "2024-12-18", "E107 duplicate mandate ref"],
            ["WBV-M-2412-00880", "Gisela und Horst Brune", "DE77531293687722428473", "W 40 301 118", "2024-12-19", "E221 name too long"],
            ["WBV-M-2412-00893", "Patrizia Lo Bianco", "DE53175049355853775567", "K 77 660 903", "2024-12-20", "E107 duplicate mandate ref"],
            ["WBV-M-2412-00901", "Jens-Uwe Meinecke", "DE21476475653009440256", "PH 2 811 406", "2024-12-20", "E107 duplicate mandate ref"]]
    body = """Hi Arjun,

the SEPA mandate import rejected 5 records from the December file, see the
attached error extract. 4 of them are E107 (duplicate mandate reference),
which cannot be right - the references were generated by your service.

Can you check whether the sequence generator was reset on 18 Dec?

Thanks,
Marek
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(make_csv(rows, sep=","), "text/csv", "mandate_import_errors_2024-12.csv", charset="utf-8")], bnd(90))
    raw = build(90, NOWICKI, ASH_ARJUN, "SEPA mandate import - 5 rejected records (E107)",
                "Thu, 09 Jan 2025 10:40:09 +0100", mp, cc=ASH_AMS)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "harmless body; CSV with debtors' names, IBANs and motor/household/liability contract numbers")


def m091():
    body = """Hallo Team,

zur Info – die Einladung zum Kernwerk-Anwenderforum ist da. Wer Interesse
hat, bitte bis Ende Januar bei mir melden, wir können drei Personen
schicken.

Konstantin

----- Weitergeleitete Nachricht -----
Von: Kernwerk Software GmbH <events@kernwerk.example>
Datum: 09.01.2025
Betreff: Einladung: KORA-Anwenderforum 2025, 13./14. März, Hannover

Sehr geehrte KORA-Anwenderinnen und -Anwender,

wir laden Sie herzlich zum KORA-Anwenderforum 2025 ein.

Programm (Auszug)
- Keynote: KI in der Leistungsprüfung – wo Automatisierung endet
- GOÄ neu: Stand der Reform und was sie für die Rechnungsprüfung bedeutet
- Praxisbericht: Dunkelverarbeitung von Zahnarztrechnungen mit 72 % Quote
- Workshop: Krankenhausrechnungen (DRG) automatisiert plausibilisieren
- Datenschutz im Support: Wie wir Gesundheitsdaten aus Fehlermeldungen
  heraushalten
- Roadmap KORA 25/26

Ort: Kongresszentrum am Maschsee, Hannover
Teilnahme: kostenfrei für Kunden mit Wartungsvertrag, max. 3 Personen
Anmeldung: https://events.kernwerk.example/forum2025

Wir freuen uns auf Sie!
Ihr Kernwerk-Team
"""
    raw = build(91, VAHLE, P("AM KV-Leistung Team", "am-kv-team"), "WG: Einladung KORA-Anwenderforum 2025",
                "Thu, 09 Jan 2025 15:22:31 +0100", T(body))
    return M(raw, "NORMAL", "de", "newsletter",
             "trap: forwarded vendor event invitation about AI claims checking, dental/hospital invoices, health data in support")


def m092():
    body = """Hallo Callwerk-QM,

wir haben bei der Stichprobe eine Gesprächsnotiz gefunden, die deutlich
mehr enthält, als Ihre Agents nach unserer Dokumentationsrichtlinie
erfassen sollen. Ich zitiere sie, damit Sie die Schulung daran festmachen
können – bitte danach hier löschen:

  "Anrufer Herr Bernd Scholle ruft für seine Mutter Erna Scholle an
   (KV/PPV 4471-01876, Vollmacht liegt vor). Mutter hat seit Herbst
   Alzheimer-Demenz diagnostiziert, lebt noch allein, Sohn kümmert sich.
   Antrag auf Pflegegrad gestellt, MD-Begutachtung am 12.01. zu Hause.
   In der Pflege-App steht 'Antrag abgelehnt' – Sohn sehr aufgebracht,
   weint am Telefon. Bitte dringend Rückruf."

Zwei Punkte:
1. Fachlich: Der Status "abgelehnt" in der Pflege-App ist falsch (bekannter
   Fehler, Ticket INC-2025-000412, betrifft Anträge vor der Begutachtung).
   Das dürfen Ihre Agents gern so sagen.
2. Dokumentation: Diagnosen und Gefühlslagen gehören nicht in die Notiz.
   "Rückruf Pflege-Leistung wegen Status in App" hätte gereicht.

Danke und Gruß
Carina Mönkemöller
Kundenservice / Steuerung Dienstleister
"""
    raw = build(92, MOENKE, CW_QM, "Stichprobe Gesprächsnotizen: zu viele Details (Pflege)",
                "Mon, 13 Jan 2025 14:07:48 +0100", T(body), cc=CW_TEAM)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "quoted call note: named mother with Alzheimer's dementia, care-level application, KV/PPV number")


def m093():
    body = """Hallo,

wie im Betreff. Die Rücklastschrift lässt sich keinem Vertrag zuordnen,
Fehler BK-220 "Mandatsreferenz unbekannt". Liegt im Klärungskonto seit
10.01.

Danke
Team Beitragsbuchhaltung
i. A. Marion Lükewille
"""
    raw = build(93, P("Marion Lükewille", "marion.luekewille"), SD,
                "Rücklastschrift Kfz – Fr. Jovanović, DE16 2313 6638 4910 6446 61 – Buchung hängt im Klärungskonto",
                "Tue, 14 Jan 2025 08:44:03 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "body says only 'wie im Betreff'; the subject carries a named customer's IBAN and motor direct-debit return")


def m094():
    body = """Hallo zusammen,

Rufbereitschaft Servicedesk im Februar (Werktage 18–22 Uhr, Wochenende
08–20 Uhr). Das Diensthandy wird jeweils freitags um 15 Uhr übergeben.

KW 6   03.–09.02.   Jannik Oltmanns
KW 7   10.–16.02.   Deniz Aydın
KW 8   17.–23.02.   Svenja Brakhage
KW 9   24.02.–02.03. Sean O'Donnell (mit Jannik als Backup, erste RB)

Diensthandy Rufbereitschaft: 0151 2288 4400
Eskalation 2. Stufe: Malte Wichmann, danach Bereichsleitung IT.

Tauschwünsche bitte untereinander klären und mir bis 24.01. Bescheid geben,
damit ich den Plan im Wiki und in HelpLane aktualisieren kann.

Malte
"""
    raw = build(94, WICHMANN, P("Servicedesk-Team", "servicedesk-team"), "Rufbereitschaftsplan Februar",
                "Wed, 15 Jan 2025 16:30:10 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: names and a phone number in an on-call rota; staff organisation only")


def m095():
    body = """Hallo Servicedesk,

ich komme seit heute Morgen nicht mehr in unsere Ermittlungsakte SIU-24-0117
(Laufwerk S:\\SIU\\2024\\0117), "Zugriff verweigert". Gestern ging es noch.
Vermutlich hat die Rezertifizierung der Berechtigungen mich rausgenommen.

Zur Einordnung der Dringlichkeit: Die Akte betrifft den Kfz-Diebstahlschaden
KS-24-117003 von Herrn Steffen Rüter. Herr Rüter ist wegen Versicherungs-
betrugs vorbestraft (Strafbefehl AG Minden 2019, 90 Tagessätze), und wir
haben am Freitag einen Termin bei der Staatsanwaltschaft, für den ich die
Unterlagen vorbereiten muss.

Berechtigung bitte wieder wie vorher (Gruppe SIU_ERMITTLUNG, ändern).
Genehmigung durch meinen Bereichsleiter Herrn Dr. Aschoff folgt per Mail.

Dagmar Feldhaus
Spezialermittlung / SIU
"""
    raw = build(95, P("Dagmar Feldhaus", "dagmar.feldhaus"), SD, "Zugriff Ermittlungsakte SIU-24-0117 verweigert",
                "Thu, 16 Jan 2025 08:20:30 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "access ticket naming a customer's prior conviction for insurance fraud (criminal data, Art. 10)")


def m096():
    body = """Sehr geehrtes Paylo-Team,

die ELStAM-Anmeldung eines neuen Mitarbeiters wird mit "IdNr ungültig"
abgelehnt, obwohl die Steuer-ID korrekt ist (mit der Lohnsteuerbescheinigung
des Vorarbeitgebers abgeglichen):

  Mitarbeiter:   Christoph Nolting, Pers.-Nr. 10901, Eintritt 01.01.2025
  Steuer-ID:     47 036 892 815
  Geburtsdatum:  28.02.1992
  Steuerklasse:  IV (lt. Vorarbeitgeber)

In Paylo wird die Steuer-ID beim Speichern offenbar mit führender Null
aufgefüllt ("047036892815" – 12 Stellen), dann schlägt die Prüfziffer fehl.
Bei IDs, die mit 0 beginnen, müsste das ja schon immer so gewesen sein,
dieser Fall beginnt aber mit 4.

Ticket bei uns: INC-2025-000530. Die Januar-Abrechnung läuft am 24.01.

Mit freundlichen Grüßen
Sebastian Kracht
Entgeltabrechnung
"""
    raw = build(96, KRACHT, PAYLO, "ELStAM-Anmeldung: IdNr ungültig – INC-2025-000530",
                "Fri, 17 Jan 2025 11:05:57 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-vendor",
             "new employee's tax ID, birth date and tax class sent to payroll vendor")


def m097():
    body = """Hello Ravelin team,

thanks for the proposal. We confirm the penetration test of our customer
portal for the window 10-21 February 2025. Rules of engagement as discussed:

Scope
- https://portal.weserbogen-vers.example (web, incl. upload service)
- https://api.weserbogen-vers.example/portal/v2 (REST)
- mobile app 4.12 (Android/iOS), test builds via our MDM

Test accounts (PREPROD only, synthetic data)
- wbv-pt-01 ... wbv-pt-06, credentials via our password safe share
- the accounts have fictitious contracts in motor, household and health;
  all "invoices" in them are generated test documents

Out of scope / hard rules
- no tests against production, no social engineering of staff
- denial-of-service only after separate approval
- if you ever see data that looks real (names, diagnoses, bank details),
  stop, do not copy it, and call Paula Ressel immediately (+49 571 9880-4190)

Reporting
- critical findings within 24 h by phone, final report as encrypted PDF

Please send the names of the testers and your source IP addresses by
31 January so that we can whitelist them.

Best regards,
Paula Ressel
IT Security
Weserbogen Versicherung AG
"""
    raw = build(97, RESSEL, PENTEST, "Customer portal pentest Feb 2025 - rules of engagement",
                "Mon, 20 Jan 2025 10:30:45 +0100", T(body, charset="us-ascii", cte="7bit"), cc=NOWICKI)
    return M(raw, "NORMAL", "en", "insurer-to-supplier",
             "trap: pentest rules mentioning health contracts, diagnoses and bank details only as synthetic data")


def m098():
    odt = make_odt([
        "# Vorfallbericht DS-2025-003 (Entwurf)",
        "Erstellt: 21.01.2025, Torben Schaper (Output-Management)",
        "Feststellung: 20.01.2025, 11:40 Uhr, Anruf einer Kundin",
        "# Sachverhalt",
        "Bei Nordlicht Output wurden im Druckjob 24-1216-0112 (Leistungsabrechnungen KV) nach einem Papierstau an der Kuvertierstraße 2 Blätter von 14 Sendungen vertauscht. 14 Versicherte haben die zweite Seite der Leistungsabrechnung einer anderen Person erhalten.",
        "# Bisher bekannte Fälle (Auszug)",
        "1. Empfängerin Frau Monika Steinkamp (KV 4471-20771) erhielt Seite 2 von Herrn Uwe Brökelmann (KV 4471-20774): Erstattung Psychotherapie, 8 Sitzungen, Diagnose F33.1.",
        "2. Empfänger Herr Uwe Brökelmann erhielt Seite 2 von Frau Ilse Detering (KV 4471-20780): Krankenhausrechnung Klinikum Wesertal, Hüft-TEP, DRG I47B.",
        "3. Empfängerin Frau Ilse Detering erhielt Seite 2 von Frau Monika Steinkamp: Zahnarztrechnung, Wurzelbehandlung Zahn 46.",
        "Weitere 11 Fälle: siehe Liste im Laufwerk DS-Vorfälle (nicht per Mail).",
        "# Maßnahmen",
        "Job gestoppt, Nordlicht prüft Kuvertierkontrolle (OMR). Rückholung der Briefe per Anschreiben mit Freiumschlag. Bewertung Meldepflicht Art. 33 DSGVO durch DSB bis 22.01., 12:00 Uhr.",
    ])
    body = """Henrike,

anbei mein Entwurf für den Vorfallbericht (Kuvertierfehler Nordlicht). Die
vollständige Liste liegt im Laufwerk. Ich bin bis 18 Uhr erreichbar.

Torben
"""
    mp = MP("mixed", [T(body), ATT(odt, "application/vnd.oasis.opendocument.text", "Vorfallbericht_DS-2025-003.odt")], bnd(98))
    raw = build(98, SCHAPER, DSB, "Vorfallbericht DS-2025-003 (Entwurf)",
                "Tue, 21 Jan 2025 15:55:12 +0100", mp, extra=[("Sensitivity", "Company-Confidential")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "short body; ODT incident report naming insureds and their psychotherapy F33.1, hip replacement, dental treatment")


def m099():
    body = """Dear Szczecin team,

as input for your staffing plan 2025, here is our volume forecast per
document class (pages, inbound mail only, portal uploads excluded):

Class  Description                          2024 actual   2025 forecast
ARZ    doctors' invoices                      1,020,000       1,080,000
KH     hospital invoices                        212,000         220,000
ZAHN   dental invoices and treatment plans      268,000         285,000
APO    pharmacy receipts                        110,000          95,000
LV     life/disability claims correspondence    210,000         230,000
SACH   property and motor correspondence        640,000         600,000
                                              ---------       ---------
Total                                         2,460,000       2,510,000

Seasonality as usual: peaks in January (annual invoices) and in
October/November. The decline in APO is due to the e-prescription.

Please confirm that you can handle the January peak with the current
team plus the six new colleagues you mentioned.

Best regards,
Agnieszka Wolny
Input Management
"""
    raw = build(99, WOLNY, SH_OPS, "Volume forecast 2025 per document class",
                "Wed, 22 Jan 2025 09:30:00 +0100", T(body, charset="us-ascii", cte="7bit"), cc=SH_LEIT)
    return M(raw, "NORMAL", "en", "insurer-to-outsourcer",
             "trap: volume forecast of doctors', hospital and dental invoices, aggregates only")


def m100():
    inner_body = """Dear Ms. Wolny,

please find below the daily exception report for 23 Jan 2025. The
following documents in class SACH could not be assigned automatically and
were routed to manual classification. Our team assigned them as follows;
please check the three items marked (?):

Doc ID             Sender                 Claim/Policy    Assigned to
SH-2501-0410772    Mr. Rainer Pölking     KS-25-000311    motor claims
SH-2501-0410790    Ms. Tatjana Weiß       KS-24-126002    motor claims (?)
SH-2501-0410813    Autohaus Nolte GmbH    KS-24-125997    motor claims
SH-2501-0410851    Mr. Hüseyin Aksoy      H 13 301 228    household
SH-2501-0410864    Ms. Carola Heitmann    KS-25-000287    motor claims (?)
SH-2501-0410902    Mr. Ludger Vinke       PH 2 790 003    liability (?)

Reason for manual routing in all cases: claim number handwritten on a
repair invoice or in a free-form letter.

Best regards,
Scanhafen Operations Szczecin
"""
    inner = build(0, SH_OPS, WOLNY, "Daily exception report 2025-01-23 (SACH)",
                  "Thu, 23 Jan 2025 17:10:00 +0100", T(inner_body, cte="8bit"),
                  msgid="<20250123171000.ex.sach@scanhafen.example>", agent="SH-Reporting 2.0")
    body = """Hallo Henning,

zur Info, betrifft deine Gruppe: Scanhafen hat drei Belege nur "unter
Vorbehalt" zugeordnet (mit ? markiert). Kannst du die beiden Kfz-Fälle
kurz prüfen? Den Haftpflichtfall gebe ich an die Kollegen weiter.

Danke
Agnieszka
"""
    mp = MP("mixed", [T(body), FWD(inner, "Daily exception report 2025-01-23 (SACH).eml")], bnd(100))
    raw = build(100, WOLNY, DREYER, "WG: Daily exception report 2025-01-23 (SACH)",
                "Fri, 24 Jan 2025 08:12:19 +0100", mp)
    return M(raw, "CONFIDENTIAL", "mixed", "outsourcer",
             "German cover note; forwarded English exception report (message/rfc822) with senders' names and claim/policy numbers")


def m101():
    body = """Hallo Servicedesk,

mein Kollege Bernd Hilker (Kennung bhilker, Leistung Leben/BU) ist nach
seinem Urlaub ausgesperrt – dreimal falsches Passwort, jetzt "Konto
gesperrt". Er hat kein Diensthandy für den Self-Service-Reset, und heute
müssen noch die BU-Gutachten und Arztanfragen aus seinem Stapel raus.

Er sitzt hier neben mir, bitte ruft ihn an: Durchwahl -4477.

Danke!
Dennis Wöstmann
"""
    raw = build(101, P("Dennis Wöstmann", "dennis.woestmann"), SD, "Kollege ausgesperrt – bitte Rückruf -4477",
                "Mon, 27 Jan 2025 08:03:14 +0100", T(body, cte="base64"), agent="Outlook for Android")
    return M(raw, "NORMAL", "de", "internal",
             "trap: base64 body; colleague locked out, mentions pending BU expert reports without any case")


def m102():
    body = """Sehr geehrte Frau Lammerskötter,

vielen Dank für Ihre Nachricht vom 27.01. und entschuldigen Sie bitte die
Umstände beim Hochladen.

Wir haben nachgesehen: Von Ihren drei Uploads sind zwei vollständig bei uns
angekommen – die Verordnung über Krankengymnastik (6 Behandlungen) und die
Rechnung der Physiotherapiepraxis Schaper & Voß. Die dritte Datei, die
Verordnung über Manuelle Lymphdrainage nach Ihrer Brust-OP, war mit 14 MB
größer als die zulässigen 10 MB und wurde deshalb abgewiesen. Leider zeigt
das Portal in diesem Fall nur "Upload fehlgeschlagen" an, ohne den Grund zu
nennen – das verbessern wir mit dem nächsten Update.

So können Sie die Datei trotzdem einreichen:
- in der App "Weserbogen Gesundheit" fotografieren (die App verkleinert
  automatisch), oder
- im Portal unter "Rechnung einreichen" als Foto statt als Scan hochladen.

Die bereits eingereichten Unterlagen werden von der Leistungsabteilung
bearbeitet, Sie müssen sie nicht erneut schicken.

Mit freundlichen Grüßen
Ihr Kundenportal-Support
Weserbogen Krankenversicherung AG

> Von: Brigitte Lammerskötter
> Gesendet: 27.01.2025 18:44
> Betreff: Upload klappt nicht
>
> Guten Tag, ich habe dreimal versucht, meine Verordnungen für die Physio
> hochzuladen, es kommt immer "Upload fehlgeschlagen". KV-Nr. 4471-30218.
> Was mache ich falsch?
"""
    raw = build(102, KUNDENPORTAL, ("Brigitte Lammerskötter", "b.lammerskoetter@mailbox.example"),
                "AW: Upload klappt nicht", "Tue, 28 Jan 2025 10:20:33 +0100", T(body),
                in_reply_to="<0e7d91ac-5f2a-4c3b-8e11-77a1c0d2b6f4@mailbox.example>")
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "portal support reply to a named insured about her physiotherapy and lymph-drainage prescriptions after breast surgery")


def m103():
    body = """Hello SignaFlow support,

the video identification step fails for one of our signers with "identity
document expired", although the document is valid. Envelope and signer:

  Envelope ID:    c0a4e7d2-9b18-4f6e-a3c5-1e2d7b9f0a66
  Document:       application for private liability insurance
  Signer:         Mr. Tobias Wehmeier, DOB 1988-11-03
  ID document:    German ID card no. L01X00T47, issued by Stadt Minden,
                  valid until 2031-06-14
  Ident provider: your partner "IdentNow" (session 88412-ZX)

The ident agent apparently read the "date of issue" (2021-06-15) as the
expiry date. The customer has tried twice and has now given up; he asked us
to send him the paper form.

Could you (a) escalate to your ident partner and (b) confirm that the
recording of the failed video sessions will be deleted according to our DPA?

Thanks,
Hauke Lueking
Weserbogen Versicherung AG
"""
    raw = build(103, LUEKING, SF_SUP, "Video ident rejects valid ID card as expired",
                "Wed, 29 Jan 2025 14:11:45 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "named applicant with birth date and ID-card number sent to the e-signature vendor")


def m104():
    body = """SLA WARNING

Ticket INC-2025-000611 (priority 2) will breach its resolution target in
2 hours (target: 31 Jan 2025 12:00 CET).

Title:    ClaimDock injury module - crash at 11th treatment line
          (whiplash / physiotherapy cases)
Queue:    Tidewell ClaimDock (vendor)
Status:   Waiting for vendor since 29 Jan 2025 16:40 (case details in
          the ticket, visible to authorised users only)
Last vendor update: none

Please post a status update by replying to this mail. If a resolution is
not possible in time, please state the expected date.

--
HelpLane - IT Service Desk Weserbogen (automated message)
"""
    raw = build(104, HELPLANE, TW_SUP, "[HelpLane] SLA warning: INC-2025-000611 breaches in 2 h",
                "Fri, 31 Jan 2025 10:00:00 +0100", T(body, charset="us-ascii", cte="7bit"), agent="helplane",
                cc=FREITAG, extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2025-000611")])
    return M(raw, "NORMAL", "en", "ticket-system",
             "trap: SLA warning about the injury module (whiplash, physiotherapy) without claim or person")


def m105():
    body = """Hallo zusammen,

Kostenvoranschläge für Hilfsmittel werden von der OCR seit dieser Woche als
"Arztrechnung" klassifiziert und landen dadurch in der Zahlungsstrecke statt
in der Genehmigung. Beispiel von heute (bitte nicht weiterleiten, ich nenne
den Fall nur, damit ihr ihn in KORA findet):

Vorgang:      25-KH-0003417
Versicherter: Herr Dieter Rohlfing, KV-Nr. 4471-11308
Dokument:     KVA Sanitätshaus Vitalis, Elektrorollstuhl mit
              Sitzkantelung und Kopfstütze, 14.880,00 EUR
Anlass:       Querschnittlähmung ab Th12 nach Arbeitsunfall 2023,
              ärztliche Verordnung Reha-Zentrum Bad Oeynhausen liegt bei

Hätten wir den KVA nicht zufällig gesehen, wäre er als Rechnung "bezahlt"
worden, ohne dass das Sanitätshaus geliefert hat.

In der Scanstraße ist die Dokumentklasse HMV (Hilfsmittel) seit dem
Update am 27.01. leer. Bitte prüfen.

Ines Beckord
Teamleitung Leistung Kranken ambulant 2
"""
    raw = build(105, P("Ines Beckord", "ines.beckord"), [SD, WOLNY], "OCR: Hilfsmittel-KVA werden als Arztrechnung erkannt",
                "Mon, 03 Feb 2025 09:26:51 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "named insured with paraplegia after work accident and a power wheelchair cost estimate")


def m106():
    body = r"""Hallo Datenhafen-Service,

bitte um Wiederherstellung eines versehentlich gelöschten Ordners auf dem
Fileserver (Leistungsschein 4, Restore):

Pfad:        \\fs-min01\Kfz-Regress\2024\Pfeiffer_Gunnar_KS-24-110877
gelöscht:    03.02.2025 zwischen 14:00 und 15:00 (Nutzer hdreyer)
Sicherung:   bitte Stand 03.02.2025 06:00

Inhalt laut Fachbereich: Regressunterlagen zum Kfz-Schaden KS-24-110877
gegen den Fahrer Herrn Gunnar Pfeiffer (Obliegenheitsverletzung, Fahrzeug
ohne gültige HU), Schriftverkehr mit seinem Anwalt, Ratenzahlungsvereinbarung.

Bitte an den Originalort zurückspielen und Rechte wie vorher. Unser Ticket:
INC-2025-000745.

Danke!
Deniz Aydın
IT-Servicedesk (2nd Level)
"""
    raw = build(106, AYDIN, DH_SERVICE, "Restore Fileserver-Ordner – INC-2025-000745",
                "Mon, 03 Feb 2025 15:40:09 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "restore request: folder name and text identify a driver facing a motor recourse claim with instalment agreement")


def m107():
    body = """Vermerk: Gespräch mit dem Betriebsrat zu Auswertungen aus HelpLane
Datum: 04.02.2025, 10:00–11:00
Teilnehmende: Betriebsrat (Vorsitz und IT-Ausschuss), IT-Leitung, Malte
Wichmann (Servicedesk), Personalabteilung

1. Anlass
Die IT möchte Auswertungen zu Bearbeitungszeiten je Ticketkategorie
einführen, um Personal für die Spitzen im Januar zu planen.

2. Position Betriebsrat
Keine Auswertungen auf Ebene einzelner Beschäftigter (Leistungs- und
Verhaltenskontrolle, § 87 Abs. 1 Nr. 6 BetrVG). Auswertungen nur auf
Teamebene, mindestens 5 Personen je Gruppe.

3. Ergebnis
- Dashboards nur mit Kategorien und Teams, keine Namen der Bearbeitenden
- keine Verknüpfung mit Abwesenheits-, Krankheits- oder BEM-Daten der
  Beschäftigten
- Freitextfelder (Beschreibung, Kommentare) werden nicht ausgewertet –
  auch wegen der Kundendaten, die dort leider immer noch stehen
- Löschung der Ticketinhalte nach 24 Monaten, Metadaten nach 6 Jahren
- Entwurf einer Ergänzung zur IT-Rahmenvereinbarung bis 28.02.

4. Nächster Termin: 11.03.2025

Protokoll: Malte Wichmann
"""
    raw = build(107, WICHMANN, [P("Betriebsrat", "betriebsrat"), P("IT-Leitung", "it-leitung")],
                "Vermerk Gespräch Betriebsrat – Auswertungen HelpLane",
                "Tue, 04 Feb 2025 14:45:00 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: works-council minutes excluding sickness/BEM data and customer data from analytics; no person")


def m108():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi team,</p>
<p>the night batch <b>KV_POSTING</b> of 5 Feb rejected 4 claims with
&quot;benefit type / diagnosis mismatch&quot;. All four are correct as far as we can see.
Export from the error table below &ndash; please analyse today, the payments are due
on Friday.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8eef4"><th>Claim</th><th>Insured</th><th>KV no.</th><th>ICD</th><th>Benefit type</th><th>Amount EUR</th></tr>
<tr><td>25-KL-0031102</td><td>Marianne Wellhausen</td><td>4471-08123</td><td>F32.2</td><td>PSY-AMB</td><td>1,376.40</td></tr>
<tr><td>25-KL-0031147</td><td>Yusuf Demir</td><td>4471-27310</td><td>C61</td><td>ONK-AMB</td><td>4,912.06</td></tr>
<tr><td>25-KL-0031160</td><td>Leonie Brandt</td><td>4471-33790</td><td>O09.3</td><td>SCHW-VOR</td><td>288.17</td></tr>
<tr><td>25-KL-0031188</td><td>Gerhard Oestreich</td><td>4471-04417</td><td>N18.5</td><td>DIAL</td><td>6,102.55</td></tr>
</table>
<p>Our guess: the new benefit-type mapping from WBV-2355 overwrote the
entries for the ICD chapters C, F, N and O.</p>
<p>Thanks,<br>Konstantin</p>
</body></html>
"""
    raw = build(108, VAHLE, ASH_AMS, "KV_POSTING rejected 4 claims - benefit type / diagnosis mismatch",
                "Thu, 06 Feb 2025 08:15:22 +0100", T(html, "html"), cc=ASH_ARJUN)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "HTML-only table: named insureds with depression F32.2, prostate cancer C61, pregnancy O09.3, dialysis N18.5")


def m109():
    body = """Hallo Servicedesk,

der Makler sieht einen Vertrag seines Kunden nicht in der Bestandsübersicht
im Maklerportal. Die Bestandsrechte für die Firma sind gesetzt, andere
Verträge desselben Kunden sieht er. Mail unten.

Gruß
Yvonne Rahe
Maklerbetreuung

-----Ursprüngliche Nachricht-----
Von: Timo Kersting <kersting@kersting-finanz.example>
Gesendet: Donnerstag, 6. Februar 2025 17:20
An: Maklerbetreuung Weserbogen <maklerbetreuung@weserbogen-vers.example>
Betreff: Vertrag fehlt in Bestandsübersicht

Hallo Frau Rahe,

bei meinem Kunden Volker Strathmann, geb. 14.04.1966, fehlt seit Januar die
Wohngebäudeversicherung W 40 318 902 (Objekt Feldstraße 3, 32479 Hille) in
der Bestandsübersicht. Hausrat und Haftpflicht sind da. Courtage für den
Vertrag kommt aber weiterhin, also bin ich wohl noch zuständig ;-)

Der Kunde will nach einem Sturmschaden eine Summenanpassung, ich komme
aber nicht an die Daten.

Viele Grüße
Timo Kersting
Versicherungsmakler
"""
    raw = build(109, RAHE, SD, "WG: Vertrag fehlt in Bestandsübersicht",
                "Fri, 07 Feb 2025 09:02:40 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "broker",
             "inline-forwarded broker mail: named customer with birth date, building policy and risk address")


def m110():
    body = """Dear Lexaris accounts team,

thank you for invoice INV-LX-24-3318 (RiskPilot annual licence 2025,
GBP 84,600.00). Before we can pay, one point:

The invoice shows new bank details:
  Lexaris Insurance Systems Ltd
  IBAN GB97 LXRS 4051 2778 3426 10

Our vendor master still has the previous account. Under our payment fraud
policy we must verify any change of bank details by a call-back to a known
contact. I will call Fiona McAllister on the number from our contract
file on Monday; please make sure she is aware.

Once confirmed, payment will be made within the agreed 45 days.

Kind regards,
Frank Boeckmann
IT Procurement
Weserbogen Versicherung AG
"""
    raw = build(110, BOECKMANN, P("Lexaris Accounts", "accounts", "lexaris.example"),
                "INV-LX-24-3318 - verification of new bank details",
                "Fri, 07 Feb 2025 11:48:03 +0100", T(body, charset="us-ascii", cte="7bit"), cc=LX_MCALLISTER)
    return M(raw, "NORMAL", "en", "insurer-to-vendor",
             "trap: vendor invoice with the vendor's company IBAN, no natural person's data")


def m111():
    body = """Hallo Svenja,

gibt's hier schon was Neues? Die Klinik ruft jeden Tag an.

Gruß
Ines

-----Ursprüngliche Nachricht-----
Von: Svenja Brakhage
Gesendet: Mittwoch, 5. Februar 2025 15:02
An: Ines Beckord
Betreff: AW: Krankenhausrechnung wird beim Import abgelehnt

Hallo Frau Beckord,

danke, wir haben es an Kernwerk gegeben (KW-SUP-59210). Melde mich.

Viele Grüße
Svenja Brakhage

-----Ursprüngliche Nachricht-----
Von: Ines Beckord
Gesendet: Mittwoch, 5. Februar 2025 09:40
An: IT-Servicedesk Weserbogen
Betreff: Krankenhausrechnung wird beim Import abgelehnt

Hallo,

die Krankenhausrechnung für Frau Margarete Hollenberg (KV 4471-09931),
Klinikum Wesertal, Aufenthalt 13.–24.01.2025, wird beim Datenträgeraustausch
mit "Entgeltschlüssel unbekannt" abgelehnt. Abgerechnet ist DRG F59B
(mäßig komplexe Gefäßeingriffe) plus Zusatzentgelt für das Zweibettzimmer.
Frau Hollenberg hatte eine Stent-Implantation in der Beinarterie (pAVK
Stadium IIb). Betrag 11.204,70 EUR.

Die Klinik droht mit Mahnung an die Versicherte.

Gruß
Ines Beckord
"""
    raw = build(111, P("Ines Beckord", "ines.beckord"), BRAKHAGE, "AW: AW: Krankenhausrechnung wird beim Import abgelehnt",
                "Mon, 10 Feb 2025 08:31:56 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "new text is harmless; quoted original names an insured with DRG, peripheral artery disease and stent")


def m112():
    body = """Hallo Servicedesk,

kurioser Fall: Eine Tierarztrechnung aus einem Tierhalterhaftpflicht-
Schaden ist in der Scanstraße als "Arztrechnung" erkannt und in den
Posteingang Kranken geroutet worden. Die Kollegen dort haben sie zum Glück
zurückgeschickt.

Schaden:    THS-25-00142, Tierhalterhaftpflicht TH 6 220 417
VN:         Frau Kirsten Hasse, Porta Westfalica
Geschädigt: Herr Erwin Stüve, dessen Hund (Labrador "Bruno") vom Hund
            unserer VN gebissen wurde
Rechnung:   Tierklinik Porta, Bisswunde am Hals, Wundversorgung in Narkose,
            Antibiotikum, Nachkontrolle – 684,20 EUR

Problem: Die OCR sieht "GOT" (Gebührenordnung für Tierärzte) und "Diagnose"
und klassifiziert als ARZ. Kann man für Tierärzte eine eigene Klasse
anlegen oder wenigstens "GOT" als Ausschluss für ARZ hinterlegen?

Gruß
Jörg Thielking
Haftpflicht-Schaden
"""
    raw = build(112, P("Jörg Thielking", "joerg.thielking"), SD, "Tierarztrechnung landet im Posteingang Kranken",
                "Tue, 11 Feb 2025 13:22:10 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "animal-liability claim: named policyholder and injured party, dog's vet treatment (animal health = CONFIDENTIAL)")


def m113():
    rows = [["icd_von", "icd_bis", "text_kurz", "leistungsart", "pruefregel", "gueltig_ab"],
            ["C00", "C97", "Bösartige Neubildungen", "ONK-AMB", "PR-ONK-01", "2025-01-01"],
            ["F30", "F39", "Affektive Störungen", "PSY-AMB", "PR-PSY-03", "2025-01-01"],
            ["F40", "F48", "Neurotische, Belastungs- und somatoforme Störungen", "PSY-AMB", "PR-PSY-03", "2025-01-01"],
            ["N18", "N18", "Chronische Nierenkrankheit", "DIAL", "PR-DIAL-01", "2025-01-01"],
            ["O00", "O08", "Schwangerschaft mit abortivem Ausgang", "SCHW-VOR", "PR-SCHW-02", "2025-01-01"],
            ["O09", "O09", "Schwangerschaftsdauer", "SCHW-VOR", "PR-SCHW-01", "2025-01-01"],
            ["Z30", "Z39", "Kontakt wegen Fortpflanzung", "SCHW-VOR", "PR-SCHW-01", "2025-01-01"]]
    body = """Hallo Kernwerk-Support,

zu KW-SUP-59302 (Buchungsfehler "Leistungsart/Diagnose passt nicht") anbei
unsere fachlich abgestimmte Zuordnungstabelle ICD-Bereich -> Leistungsart,
wie sie ab 01.01.2025 gelten soll. Die Tabelle ist reine Referenz, keine
Falldaten.

Bitte gleichen Sie sie mit der Tabelle T_LA_ICD_MAP in PROD ab – unser
Verdacht ist, dass beim Deployment die Zeilen für C, F, N und O mit der
alten Version überschrieben wurden.

Viele Grüße
Konstantin Vahle
"""
    mp = MP("mixed", [T(body), ATT(make_csv(rows, charset="windows-1252"), "text/csv",
                                   "icd_leistungsart_mapping_2025.csv", charset="windows-1252")], bnd(113))
    raw = build(113, VAHLE, KW_SUP, "KW-SUP-59302 – Referenztabelle ICD -> Leistungsart",
                "Wed, 12 Feb 2025 10:10:10 +0100", mp)
    return M(raw, "NORMAL", "de", "insurer-to-vendor",
             "trap: ICD-to-benefit-type reference table (cancer, depression, pregnancy) without any person")


def m114():
    body = """Hello Lexaris support,

we need an urgent fix for rule R-405 (family history / genetic information).
Under the German Genetic Diagnostics Act our underwriters may only use the
result of an earlier predictive genetic test if the sum insured exceeds
EUR 300,000 (or EUR 30,000 annual BU benefit). RiskPilot stores and uses
the answer for every application.

Production case that showed the problem (please treat as confidential):
  Application:  LV-A-2025-01442, term life, sum insured EUR 200,000
  Applicant:    Ms. Hanna Lüdeking, DOB 1987-05-09
  Free text in question 9: "BRCA1 mutation found in 2021 (predictive test
  after my mother's breast cancer), prophylactic mastectomy 2022, regular
  MRI screening"
  RiskPilot:    R-405 fired, loading +100 %, note "BRCA1 carrier"

At this sum insured the information must not be requested or used at all.
We have overridden the decision manually and deleted the note, but the
value is still in the audit trail of the rule engine.

Questions:
1. Can R-405 be restricted to sum insured > 300,000 (parameter)?
2. How can we purge the stored free text and rule trace for this case?

Regards,
Birte Sandkühler
"""
    raw = build(114, SANDKUEHLER, LX_SUP, "URGENT R-405 uses genetic test results below legal threshold",
                "Thu, 13 Feb 2025 11:37:28 +0100", T(body), cc=[LX_MCALLISTER, DSB],
                extra=[("Importance", "high")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-vendor",
             "genetic data: named applicant with DOB, BRCA1 mutation, prophylactic mastectomy")


def m115():
    body = """Hi service desk,

another upload problem from one of our English-speaking customers, this time
travel insurance:

Customer:  Mr. Niall Brennan, Minden
Policy:    annual travel cancellation RRV 70 112 908
Claim:     cancellation of a trip to Lisbon (4-11 April, EUR 1,860), because
           his employer terminated his contract for operational reasons on
           31 January - covered under "unexpected loss of employment"
Problem:   the termination letter is a password-protected PDF from his
           employer's HR system; the portal says "file corrupted" instead of
           "password protected". He does not know the password.

No health issue involved, purely job loss. Could the portal give a proper
error message? And is there a way for him to send us the document securely
other than the portal?

Thanks,
Laura Finnegan
Expat Desk
"""
    raw = build(115, EXPAT, SD, "Portal: password-protected PDF shown as 'file corrupted' (travel claim)",
                "Fri, 14 Feb 2025 09:04:47 +0100", T(body, charset="us-ascii", cte="7bit"),
                extra=[("X-Original-Sender", "laura.finnegan@" + INS)])
    return M(raw, "CONFIDENTIAL", "en", "internal",
             "named travel-cancellation claimant (job loss, no health) with policy number")


def m116():
    body = """Mailbox quota warning

Mailbox:       leistung-kv-rueckfragen@weserbogen-vers.example
               (shared mailbox "Leistung KV - Rückfragen Arztrechnungen")
Current size:  47.6 GB
Quota:         50.0 GB (warning at 95 %)
Send limit:    at 50.0 GB the mailbox can no longer send
Receive limit: at 52.0 GB the mailbox can no longer receive

Largest folders:
  Inbox/Erledigt 2023          18.2 GB
  Inbox/Erledigt 2024          16.9 GB
  Sent Items                    7.4 GB

Please archive or delete items according to the retention rules of your
department, or request more space via the service desk.

-- Exchange Administration (automated message)
"""
    raw = build(116, P("Exchange Administration", "exchange-noreply"), P("Führungskräfte Leistung Kranken", "fk-leistung-kv"),
                "Mailbox almost full: leistung-kv-rueckfragen (95 %)",
                "Mon, 17 Feb 2025 06:15:00 +0100", T(body), agent="Exchange Quota Notifier",
                extra=[("Auto-Submitted", "auto-generated")])
    return M(raw, "NORMAL", "en", "system",
             "trap: quota warning for the shared mailbox for doctors' invoice queries, sizes only")


def m117():
    body = """Sehr geehrtes Paylo-Team,

bei einem Mitarbeiter wird seit Januar der Gewerkschaftsbeitrag doppelt
einbehalten:

  Mitarbeiter:   Mirco Stellbrink, Pers.-Nr. 10488
  Lohnart:       7330 "Gewerkschaftsbeitrag (Abführung an Gewerkschaft)"
  Betrag:        38,40 EUR monatlich (1 % vom Brutto, lt. Mitgliedsmeldung)
  Abrechnung 01/2025: 2 x 38,40 EUR, einmal mit Kennzeichen "lfd.",
                 einmal "Nachberechnung 12/2024"

Im Dezember wurde der Beitrag korrekt einmal abgezogen. Die "Nachberechnung"
entsteht vermutlich, weil wir im Januar den Beitragssatz nach der Tarif-
erhöhung neu erfasst haben.

Herr Stellbrink möchte nicht, dass seine Mitgliedschaft über das Ticket im
Haus bekannt wird; wir haben das interne Ticket deshalb nur mit
Personalnummer angelegt (INC-2025-000860). Bitte in Ihrem Portal ebenfalls
keinen Namen im Betreff verwenden.

Mit freundlichen Grüßen
Sebastian Kracht
Entgeltabrechnung
"""
    raw = build(117, KRACHT, PAYLO, "Lohnart 7330 doppelt einbehalten – INC-2025-000860",
                "Tue, 18 Feb 2025 10:55:30 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-vendor",
             "named employee's trade-union membership (union dues deduction) - Art. 9 special category")


def m118():
    body = """Svenja, Deniz,

Ashgrove's training plan for the new first-level agents of the broker portal
hotline (start 3 March). Please check module 4 - it is based on our
guideline, but I would like you to confirm the wording.

Malte

-----Original Message-----
From: Priya Raghunathan <priya.raghunathan@ashgrove.example>
Sent: Tuesday, 18 February 2025 12:30
Subject: Training plan L1 broker portal hotline

Dear Malte,

training plan for the 6 new L1 agents:

Module 1  Weserbogen products overview (motor, property, life, health) - 1 day
Module 2  Broker portal: login, roles, firm administrator, portfolio rights - 1 day
Module 3  HelpLane: creating tickets, categories, vendor workflow - 0.5 day
Module 4  Data protection in support - 0.5 day
          - callers may mention illnesses, diagnoses or claims of their
            clients; agents do not write such details into tickets
          - only case IDs and technical error messages are recorded
          - agents never ask for health information, bank details or
            passwords
          - exercises with fictitious calls ("broker calls about client
            Max Mustermann, who ...")
Module 5  Shadowing with Weserbogen service desk (remote) - 3 days

Trainers: Priya Raghunathan, Arjun Mehta. Assessment at the end of module 5.

Best regards,
Priya
"""
    raw = build(118, WICHMANN, [BRAKHAGE, AYDIN], "FW: Training plan L1 broker portal hotline",
                "Wed, 19 Feb 2025 08:40:15 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "outsourcer",
             "trap: forwarded outsourcer training plan about callers mentioning diagnoses; fictitious example only")


def m119():
    pdf = make_pdf([
        "Weserbogen Versicherung AG",
        "Am Weserbogen 12, 32423 Minden",
        "",
        "Frau",
        "Johanna Brinkmeier",
        "Kuhlenstraße 44",
        "32427 Minden",
        "",
        "VERSICHERUNGSSCHEIN Hausratversicherung",
        "Versicherungsschein-Nr.: H 13 340 551        Ausfertigung vom 14.02.2025",
        "",
        "Versicherungsnehmerin: Johanna Brinkmeier, geb. 26.10.1983",
        "Versicherungsort:      Kuhlenstraße 44, 32427 Minden",
        "Versicherungsbeginn:   01.03.2025, 00:00 Uhr   Ablauf: 01.03.2026 (Verlängerung jährlich)",
        "Tarif:                 Hausrat Komfort 2023, Wohnfläche 78 qm",
        "Versicherungssumme:    ",
        "Elementarschäden:      eingeschlossen (ZÜRS-Zone 1)",
        "Fahrraddiebstahl:      bis 2.000 EUR",
        "",
        "Jahresbeitrag:         163,80 EUR inkl. 19 % Versicherungsteuer",
        "Zahlungsweise:         jährlich, SEPA-Lastschrift",
        "Konto:                 DE80 2160 **** **** **34 40",
        "Mandatsreferenz:       WBV-M-2502-01177",
        "",
        "Es gelten die VHB 2023 und die Besonderen Bedingungen Fahrrad.",
    ], title="Versicherungsschein H 13 340 551")
    body = """Hallo Frau Koch,

im Druckjob JOB-25-0214-0031 (Neugeschäft Hausrat) fehlt auf Seite 1 die
Versicherungssumme – das Feld ist leer, obwohl sie in der Übergabedatei
steht (Feld VS_GESAMT, hier 58.500 EUR). Ein Beispiel aus dem Job liegt bei,
so wie es bei Ihnen gedruckt wurde.

Ich vermute, dass das neue Feldformat (mit Tausenderpunkt) von Ihrer Vorlage
nicht akzeptiert wird. Bitte den Job anhalten, falls noch nicht versendet.

Viele Grüße
Torben Schaper
Output-Management
"""
    mp = MP("mixed", [T(body), ATT(pdf, "application/pdf", "Muster_JOB-25-0214-0031_Seite1.pdf")], bnd(119))
    raw = build(119, SCHAPER, NL_KOCH, "JOB-25-0214-0031: Versicherungssumme fehlt im Versicherungsschein",
                "Thu, 20 Feb 2025 13:12:08 +0100", mp, cc=NL_OUT)
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "PDF sample of a real household policy: named customer with birth date, address, masked IBAN")


def m120():
    body = """Interne Notiz zu Ticket INC-2025-000702 hinzugefügt

Titel:   Kostenzusage Hilfsmittel wird automatisch abgelehnt (HMV-Nr.)
Von:     Jannik Oltmanns (1st Level), 21.02.2025 11:04

Notiz:
"Rücksprache mit Fachbereich (Fr. Kottmeier): Betroffen ist die Versicherte
Frau Renate Klaßen, KV 4471-14402. Laut Arztbrief Mammakarzinom links
(C50.4), Chemotherapie seit 03.02.2025. Beantragt ist eine Echthaar-
perücke (KVA 1.450 EUR). KORA lehnt automatisch ab, weil die Hilfsmittel-
nummer 34.99.01 nicht im Katalog steht. Fachlich ist die Erstattung
zugesagt, es fehlt nur der Katalogeintrag. Bitte an Kernwerk."

Diese Notiz ist nur für Bearbeitende sichtbar.
https://helplane.weserbogen-vers.example/ticket/INC-2025-000702

--
HelpLane · IT-Servicedesk Weserbogen
"""
    raw = build(120, HELPLANE, [BRAKHAGE, VAHLE], "[HelpLane] Interne Notiz: INC-2025-000702 Kostenzusage Hilfsmittel",
                "Fri, 21 Feb 2025 11:04:30 +0100", T(body), agent="helplane",
                extra=[("Auto-Submitted", "auto-generated"), ("X-HelpLane-Ticket", "INC-2025-000702")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "ticket-system",
             "internal-note notification: named insured with breast cancer C50.4, chemotherapy, wig")


def m121():
    body = """Liebe Kolleginnen und Kollegen,

zum Quartalsabschluss gilt wieder ein Change-Freeze:

Zeitraum:  Mittwoch, 26.03.2025, 12:00 Uhr bis Montag, 07.04.2025, 08:00 Uhr
Betroffen: alle Systeme des Beitragseinzugs, der Zahlläufe (KV-Leistung,
           Leben-Leistung, Kfz-Schaden), der Finanzbuchhaltung und des
           Meldewesens sowie die Schnittstellen zu Banken und Nordlicht Output

Erlaubt sind nur Emergency-Changes nach Freigabe durch die IT-Leitung
(Formular E-CHG im Wiki, telefonische Abstimmung mit Malte Wichmann).

Hersteller und Dienstleister (Kernwerk, Tidewell, Lexaris, Ashgrove,
Datenhafen) sind informiert; geplante Deployments wurden auf den 08.04.
verschoben.

Danke für eure Unterstützung!
Change Management
IT Weserbogen
"""
    raw = build(121, P("Change Management IT", "change-management"), P("IT Alle", "it-alle"),
                "Change-Freeze Quartalsabschluss 26.03.–07.04.2025",
                "Mon, 24 Feb 2025 09:00:00 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: change-freeze notice naming payment runs of health/life claims, no person")


def m122():
    body = """Hallo Servicedesk,

ein Kunde hat seine Sicherheitsfrage im Kundenportal vergessen bzw. sagt,
die gespeicherte Antwort stimmt nicht. Er hat mir am Telefon die Antwort
genannt, die er damals eingegeben haben will:

Kunde:          Herr Reinhold Ebbinghaus, geb. 11.11.1958
Kundennummer:   3 607 291
Vertrag:        Kfz K 77 143 880
Frage:          "Geburtsname Ihrer Mutter"
Antwort lt. Kunde: "Tiemann" (evtl. mit "th"?)

Ich habe ihn über die Kundennummer und das Geburtsdatum identifiziert.
Kann man die Sicherheitsfrage zurücksetzen, sodass er sie beim nächsten
Login neu vergibt? Den Reset-Link bitte an seine hinterlegte Mailadresse.

Danke
Carina
"""
    raw = build(122, MOENKE, SD, "Kundenportal: Sicherheitsfrage zurücksetzen",
                "Tue, 25 Feb 2025 14:36:12 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "named customer with birth date, customer/motor contract number and mother's maiden name (security answer)")


def m123():
    pdf = make_pdf([
        "Hospital da Lapa Norte - Lisboa",
        "Rua das Janelas Verdes 88, 1200-690 Lisboa, Portugal",
        "",
        "INVOICE / FATURA  FT 2025/00871        Date: 2025-02-18",
        "",
        "Patient:        Thomas Ferreira-Lange",
        "Date of birth:  1976-09-02",
        "Address:        Marienstraße 5, 32427 Minden, Germany",
        "Insurance:      Weserbogen Krankenversicherung AG, policy KV 4471-35120",
        "",
        "Admission:      2025-02-14 (emergency)      Discharge: 2025-02-17",
        "Diagnosis:      Acute appendicitis with localised peritonitis (K35.3)",
        "Procedure:      Laparoscopic appendectomy",
        "",
        "Room and board, 3 nights, semi-private           1,350.00 EUR",
        "Surgery (laparoscopic appendectomy)              2,980.00 EUR",
        "Anaesthesia                                        720.00 EUR",
        "Laboratory, imaging (ultrasound, CT abdomen)       910.00 EUR",
        "Medication (antibiotics i.v., analgesics)          520.00 EUR",
        "                                                ------------",
        "Total                                            6,480.00 EUR",
        "",
        "Paid by patient (credit card) on 2025-02-17.",
    ], title="Fatura FT 2025/00871")
    inner_text = """Dear Sir or Madam,

I tried to upload the attached hospital invoice in your portal three times,
it always says "upload failed". I had an emergency operation during a
business trip to Lisbon and paid the bill myself. Could you please process
it from this e-mail?

Kind regards,
Thomas Ferreira-Lange
"""
    inner_mp = MP("mixed", [T(inner_text, charset="us-ascii", cte="7bit"),
                            ATT(pdf, "application/pdf", "invoice_hospital_lisboa.pdf")], "inner-113-0123-a")
    inner = build(0, ("Thomas Ferreira-Lange", "t.ferreira-lange@fastpost.example"), EXPAT,
                  "Hospital invoice Lisbon - portal upload failed", "Wed, 26 Feb 2025 21:14:05 +0100", inner_mp,
                  msgid="<4b2a9d1e-7c33-40f8-b0a2-9e51d6f7c021@fastpost.example>", agent="Apple Mail (2.3774)")
    body = """Hi service desk,

forwarding the customer's mail with the invoice so you can reproduce the
upload problem (the PDF is 3.2 MB, so not the size limit this time). Please
delete the attachment after testing - the claim itself goes to health claims
separately.

Laura
Expat Desk
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"), FWD(inner, "Hospital invoice Lisbon.eml")], bnd(123))
    raw = build(123, EXPAT, SD, "FW: Hospital invoice Lisbon - portal upload failed",
                "Thu, 27 Feb 2025 09:30:44 +0100", mp, extra=[("X-Original-Sender", "laura.finnegan@" + INS)])
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "forwarded customer mail (message/rfc822) with a hospital invoice PDF: appendicitis K35.3, named patient with DOB")


def m124():
    body = """Dear Ms. Hartley,

thank you for your interest in Weserbogen and for your question.

The "Weserbogen Gesundheit" app requires Android 10 or later, or iOS 16 or
later. On Android 9 the app cannot be installed from the store, and we
unfortunately cannot offer an older version for security reasons.

If you decide to take out a policy with us, you can of course use the
customer portal in any current browser instead; it offers the same
functions (submitting invoices, messages, documents).

Our product information on health insurance for employees from abroad is
available at https://www.weserbogen-vers.example/international; for
personal advice you can reach our Expat Desk at +49 571 9880-5300
(English-speaking, Mon-Fri 8-18).

Kind regards,
Customer Portal Support
Weserbogen Versicherungsgruppe
"""
    raw = build(124, KUNDENPORTAL, ("Emily Hartley", "emily.hartley@fastpost.example"),
                "Re: Does your app work on Android 9?", "Fri, 28 Feb 2025 10:05:19 +0100",
                T(body, charset="us-ascii", cte="7bit"),
                in_reply_to="<9a1f0c77-3e4d-4b2a-a6c1-52d0e8b7f133@fastpost.example>")
    return M(raw, "NORMAL", "en", "insurer-to-customer",
             "trap: named prospect asks about the health app; generic answer, no contract or health data")


def m125():
    rows = [["claim_no", "third_party_name", "address", "postcode", "city", "tp_liability_insurer", "tp_policy_ref", "recourse_amount_eur", "status"],
            ["KS-24-118902", "Kevin Schlüter", "Stiftstraße 12", "32427", "Minden", "Hanseatische Kraftfahrt VVaG", "HK-22-778120", 4310.55, "open"],
            ["KS-24-119455", "Natalia Wróbel", "Bahnhofstraße 3", "32312", "Lübbecke", "", "", 2120.0, "address missing in export"],
            ["KS-24-120031", "Andreas Pieper", "", "", "", "Rheintal Direkt AG", "RD-4471-90", 986.4, "address missing in export"],
            ["KS-24-121870", "Hofmann Logistik GmbH", "Industriestraße 40", "32339", "Espelkamp", "Nordsee Transport-Versicherung", "NT-F-20931", 12480.0, "open"],
            ["KS-24-122288", "Selin Arslan", "", "", "", "", "", 640.0, "address missing in export"]]
    body = """Hi Joost,

the subrogation export (report SUB-OPEN) misses the third-party address for
about 30 % of the rows since release 7.3.2. Extract of 5 rows attached.
The addresses exist in the claim (tab "Parties"), so it must be the report
query. We need the file for our collection agency on 10 March.

Thanks,
Ole
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(make_xlsx(rows, "SUB-OPEN"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "SUB-OPEN_extract_2025-03-03.xlsx")], bnd(125))
    raw = build(125, FREITAG, TW_VANRIEL, "Subrogation export SUB-OPEN misses third-party addresses",
                "Mon, 03 Mar 2025 09:18:27 +0100", mp, cc=TW_SUP)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "XLSX: named third parties in motor recourse with addresses and recourse amounts")


def m126():
    body = """Mail gateway - monthly delivery report February 2025

Outgoing mail by classification (all domains)
  NORMAL                    41,208
  CONFIDENTIAL              12,877
  STRICTLY_CONFIDENTIAL      6,940   (health, life, accident lines and
                                      content detection: diagnoses, ICD codes)

Delivery method for STRICTLY_CONFIDENTIAL
  S/MIME end-to-end          1,102
  domain encryption          2,311
  portal (secure mailbox)    3,298
  enforced TLS with consent    229

Top partner domains with enforced TLS (STRICTLY_CONFIDENTIAL only)
  klinikum-wesertal.example      412   TLS 1.3, certificate OK
  reha-zentrum-badoe.example     131   TLS 1.2, certificate OK
  praxisverbund-minden.example    58   TLS 1.2, certificate expires 2025-03-29 (!)

Blocked (no permitted method available):     17 messages, senders notified
Certificates expiring within 30 days:        portal.weserbogen-vers.example,
                                             api.weserbogen-vers.example

-- Mail gateway reporting (automated, do not reply)
"""
    raw = build(126, P("Mail Gateway Reporting", "mailgw-noreply"), [PAPE, RESSEL, DSB],
                "[Mail-GW] Monthly delivery report February 2025",
                "Mon, 03 Mar 2025 06:00:05 +0100", T(body, charset="us-ascii", cte="7bit"), agent="MailGW-Report 1.4",
                extra=[("Auto-Submitted", "auto-generated")])
    return M(raw, "NORMAL", "en", "system",
             "trap: gateway statistics on strictly confidential health mail to hospitals, counts per domain only")


def m127():
    body = """Hallo IT,

bitte prüfen, warum im Kundenportal bei einer Kostenübernahme der falsche
Status angezeigt wird. Gesprächsnotiz von heute:

  06.03.2025, 11:20 – Herr Gerd Wellmann ruft an für seinen Sohn Jonas
  Wellmann (mitversichert, KV 4471-28806, 24 J.). Sohn ist seit 06.01. in
  einer stationären Entwöhnungsbehandlung (Alkohol) in der Fachklinik Haus
  Lindenhof. Im Portal steht bei der Kostenübernahme "abgelehnt", der Vater
  hat Angst, dass die Klinik den Sohn entlässt. Tatsächlich liegt die
  Zusage vom 10.01. für 12 Wochen vor (Fachbereich bestätigt).

Ich habe Herrn Wellmann beruhigt und ihm die Zusage noch mal per Post
zugesagt. Der Portalstatus sollte aber stimmen – vermutlich dasselbe
Problem wie bei der Pflege-App (Status vor Zusage wird nicht
aktualisiert)?

Gruß
Sabine Twelker
Kundenservice, Team 2
"""
    raw = build(127, P("Sabine Twelker", "sabine.twelker"), SD, "Portal zeigt Kostenübernahme als abgelehnt (stationäre Behandlung)",
                "Thu, 06 Mar 2025 11:48:20 +0100", T(body, charset="windows-1252"))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "windows-1252 call note: named co-insured son in inpatient alcohol-addiction treatment")


def m128():
    body = """Hallo Servicedesk,

bei der Schadenmeldung "Einbruchdiebstahl" im Kundenportal lässt sich die
Stehlgutliste nicht speichern, sobald mehr als 10 Positionen eingetragen
sind. Die Kundin hat deshalb angerufen und mir die Liste diktiert:

Kundin:       Frau Petra Nagelschmidt
Vertrag:      Hausrat H 12 977 430
Tatort:       Wohnung Kampstraße 9, 32423 Minden (Einbruch 04.03.2025,
              Terrassentür aufgehebelt)
Polizei:      Anzeige erstattet, Vorgangsnummer 2025-0304-118, KK Minden
Stehlgut:     Notebook, Tablet, 2 Uhren, Schmuck (ca. 4.200 EUR lt. Kundin),
              Bargeld 350 EUR, Spielkonsole, ... insgesamt 14 Positionen

Fehlermeldung nach "Speichern": "Validation failed: items[10]". Ich habe
den Schaden jetzt intern angelegt (HS-25-00418). Bitte das Limit prüfen.

Danke
Anja Tegtmeyer
"""
    raw = build(128, TEGTMEYER, SD, "Portal: Stehlgutliste > 10 Positionen lässt sich nicht speichern",
                "Fri, 07 Mar 2025 10:12:41 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "internal",
             "named burglary victim with address, household policy, police reference and stolen items")


def m129():
    body = """Hallo Servicedesk, hallo Testmanagement,

bitte in der Abnahmeumgebung (ABN) die Testkunden aus dem Portal-Release
4.13 löschen, damit die neuen Testfälle für 5.0 sauber starten:

Kundennr.   Name                         Geb.-Datum   Bankverbindung
9 000 001   Erika Mustermann (fiktiv)    12.08.1964   DE89 3704 0044 0532 0130 00
9 000 002   Max Mustermann (fiktiv)      01.01.1980   DE89 3704 0044 0532 0130 00
9 000 003   Testfall Zahn-HKP            01.01.1990   –
9 000 004   Testfall Krankentagegeld     01.01.1975   –

Die Bankverbindung ist die bekannte Beispiel-IBAN aus der Bankenliteratur,
die Testfälle enthalten generierte Dummy-Rechnungen (Arzt, Zahnarzt,
Krankenhaus) ohne Bezug zu echten Personen.

Bitte auch die zugehörigen Dokumente im Test-DMS entfernen.

Danke
Marek
"""
    raw = build(129, NOWICKI, [SD, P("Testmanagement", "testmanagement")], "ABN: Testkunden Release 4.13 löschen",
                "Fri, 07 Mar 2025 14:30:52 +0100", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: fictitious test customers 'Mustermann (fiktiv)' with birth dates and the published example IBAN")


def m130():
    body = """Hi Arjun,

the app upload for child accident claims fails when the X-ray report is a
multi-page TIFF. Case from today, so you know what the data looks like:

  Policy:        child accident insurance KU 3 300 912
                 (policyholders Jan and Svea Osterhus)
  Insured child: Mia Osterhus, DOB 2017-08-22
  Accident:      2025-03-05, fall from the climbing frame in the school
                 playground
  Injury:        distal radius fracture left forearm (S52.5), closed
                 reduction, cast for 6 weeks; 1 night in the children's
                 hospital for observation
  Documents:     X-ray report (TIFF, 3 pages), discharge letter (PDF)

The PDF works, the TIFF gives "unsupported image" in the app, although the
portal accepts the same file. The parents want the hospital daily benefit
paid quickly.

Can you align the app's file type list with the portal's?

Thanks,
Guel
"""
    raw = build(130, ERDEM, ASH_ARJUN, "App upload: multi-page TIFF rejected (child accident claim)",
                "Mon, 10 Mar 2025 09:05:38 +0100", T(body, charset="us-ascii", cte="7bit"), cc=ASH_AMS)
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "named child with DOB, forearm fracture S52.5, hospital night - accident insurance claim")


def m131():
    body = """Hi Ashgrove team,

the erasure job ERASE-CRM fails for a former customer who requested erasure
under Art. 17 GDPR. The statutory retention periods for him have expired,
so everything has to go.

  Former customer:  Mr. Holger Bredemeier, customer no. 2 118 450
  Last address:     Tiefer Weg 30, 32469 Petershagen
  Contracts:        motor K 77 010 228 (ended 2014), no claims
  Request:          received 2025-02-17, deadline 2025-03-17

Error:
  ORA-02292: integrity constraint (CRM.FK_ADDR_HIST_CUST) violated -
  child record found

So the address history is not part of the erasure cascade. Please fix the
job and run it for this customer before 17 March; confirm by mail so that
we can answer him in time.

Thanks,
Marek
"""
    raw = build(131, NOWICKI, ASH_AMS, "ERASE-CRM fails (FK address history) - deadline 17 March",
                "Tue, 11 Mar 2025 10:44:15 +0100", T(body, charset="us-ascii", cte="7bit"), cc=DSB)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "former customer named with customer number, address and motor contract in an erasure ticket")


def m132():
    body = """Sehr geehrte Frau Feldkamp,

vielen Dank für den Entwurf des AVV-Nachtrags Nr. 3 (Standort Szczecin).
Wir haben folgende Anmerkungen:

§ 2 Gegenstand: Bitte ergänzen, dass am Standort Szczecin auch Belege der
Klassen ARZ, KH, ZAHN und APO verarbeitet werden. Damit umfasst die
Verarbeitung Gesundheitsdaten im Sinne von Art. 9 DSGVO und Daten, die dem
Schutz nach § 203 StGB unterliegen; Ihre Mitarbeitenden sind entsprechend
zur Verschwiegenheit zu verpflichten (§ 203 Abs. 4 StGB, Belehrung in
polnischer Sprache).

§ 5 TOMs: Die Anlage verweist noch auf das Rechenzentrum Bremen. Bitte die
Maßnahmen für Szczecin gesondert aufführen (Zutritt, Clean-Desk, Verbot
privater Mobilgeräte im Erfassungsbereich).

§ 9 Unterauftragnehmer: Die polnische Gesellschaft ist als Unterauftrag-
nehmer aufzunehmen. Ein Drittlandtransfer liegt nicht vor.

§ 11 Support: Fehlermeldungen an uns bitte nur mit Dokument-ID, ohne Namen
oder Inhalte von Belegen.

Bitte senden Sie uns die überarbeitete Fassung bis 28.03.

Mit freundlichen Grüßen
Dr. Henrike Stühmer
Datenschutzbeauftragte
Weserbogen Versicherungsgruppe
"""
    raw = build(132, DSB, SH_LEIT, "AVV-Nachtrag Nr. 3 (Szczecin) – unsere Anmerkungen",
                "Wed, 12 Mar 2025 15:20:00 +0100", T(body), cc=WOLNY)
    return M(raw, "NORMAL", "de", "insurer-to-outsourcer",
             "trap: contract comments on health data (Art. 9, § 203 StGB) processing in general, no person")


def m133():
    pdf = make_pdf([
        "Dr. med. Friedrich Lohmann - Facharzt für Allgemeinmedizin",
        "Hauptstraße 14, 32479 Hille",
        "",
        "Rechnung Nr. 2025-0311        Datum: 28.02.2025",
        "",
        "Patientin: Gertrud Wiebusch, geb. 17.03.1944",
        "Rechnungsempfängerin: dieselbe, Mindener Straße 201, 32479 Hille",
        "",
        "Diagnosen: I50.13 G Herzinsuffizienz NYHA III; N18.3 G Chron. Nierenkrankheit Stadium 3;",
        "           E11.9 G Diabetes mellitus Typ 2",
        "",
        "Datum       GOÄ     Leistung                                Faktor   Betrag",
        "03.02.2025  1       Beratung                                2,3      10,72",
        "03.02.2025  7       Untersuchung Organsysteme               2,3      21,45",
        "03.02.2025  651     EKG                                     1,8      26,86",
        "03.02.2025  3511    Blutbild                                1,15      4,02",
        "17.02.2025  50      Hausbesuch                              2,3      42,90",
        "17.02.2025  3585H1  Kreatinin                               1,15      2,68",
        "",
        "Summe: 108,63 EUR     Zahlbar innerhalb von 30 Tagen.",
    ], title="Rechnung 2025-0311")
    index = """DOC_ID;KLASSE_SOLL;KLASSE_IST;KV_NR;NAME;FEHLER
SH-2503-1102233;ARZ;KH;4471-03377;Wiebusch, Gertrud;Hausbesuch GOÄ 50 als KH-Pauschale erkannt
SH-2503-1102290;ARZ;APO;4471-19012;Petersmann, Ralf;Laborziffer 3585H1 als PZN gelesen
"""
    z = make_zip([("index.txt", index.encode("utf-8")), ("SH-2503-1102233.pdf", pdf)])
    body = """Hallo Frau Feldkamp,

wie am Telefon besprochen: zwei falsch klassifizierte Belege als Referenz
für die Nachschulung Ihrer Validierer und für das Training der Klasse ARZ.
Im ZIP die Indexzeilen und ein Beleg als PDF (der zweite folgt, sobald er
aus dem Archiv zurück ist).

Bitte nach der Schulung löschen.

Viele Grüße
Agnieszka Wolny
"""
    mp = MP("mixed", [T(body), ATT(z, "application/zip", "Referenzbelege_ARZ_2025-03.zip")], bnd(133))
    raw = build(133, WOLNY, SH_LEIT, "Referenzbelege für Nachschulung Klasse ARZ",
                "Thu, 13 Mar 2025 09:52:33 +0100", mp)
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "ZIP with index and a GP invoice PDF: named patient with birth date, heart failure, kidney disease, diabetes")


def m134():
    rows = [["Driver", "Date of birth", "Licence no.", "Class", "Licence since", "Vehicle", "Plate"],
            ["Marcus Chadwick", "1979-02-11", "B072XK3PL11", "B, BE", "1997-05-02", "VW Passat Variant", "MI-BL 100"],
            ["Dragan Petrović", "1984-06-30", "N18DR4Y6T22", "C, CE", "2006-09-14", "MAN TGX 18.470", "MI-BL 412"],
            ["Stefanie Rehling", "1990-10-09", "B77SR0Q2K41", "C1, B", "2008-11-20", "Mercedes Sprinter", "MI-BL 215"],
            ["Oleksandr Bondar", "1995-01-25", "UA-N-0998123", "C, CE", "2015-03-03", "MAN TGX 18.470", "MI-BL 413"],
            ["Tim Kemena", "2002-04-17", "B11TK7Z9M05", "B", "2020-06-08", "Mercedes Sprinter", "MI-BL 216"]]
    body = """Hi Ashgrove team,

the fleet driver list import in the corporate customer portal rejects the
file of our fleet customer Brightline Logistics GmbH (fleet policy
FL 9 004 215; contact person: their fleet manager Mr. Marcus Chadwick).
Error: "licence number format invalid" in row 5.

Row 5 is a Ukrainian driving licence, which is valid in Germany for the
transition period. The validator only accepts the German format.

I attach the file as received. Please allow foreign licence numbers
(free format, max. 20 characters) and let me know when we can retry.

Best regards,
Anna-Lena Kruse
Fleet Underwriting
Weserbogen Versicherung AG
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(make_xlsx(rows, "Drivers"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Brightline_driver_list_2025-03.xlsx")], bnd(134))
    raw = build(134, P("Anna-Lena Kruse", "anna-lena.kruse"), ASH_AMS, "Fleet driver import rejects foreign licence numbers",
                "Fri, 14 Mar 2025 11:07:26 +0100", mp)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-outsourcer",
             "fleet policy of a company; XLSX with named drivers, birth dates, licence numbers and plates")


def m135():
    body = """Post-incident review PIR-2025-02 - misdirected claim statements

Summary
On 16 Dec 2024 a paper jam at the print partner's enveloping line caused
page 2 of 14 health claim statements to be placed in the wrong envelopes.
The error was detected on 20 Jan 2025 after a customer call.

Impact
- 14 insured persons affected (data categories: claim statement details,
  including treatment and diagnosis information)
- notified to the supervisory authority on 22 Jan 2025 (Art. 33 GDPR);
  affected persons informed on 24 Jan (Art. 34)
- no further disclosure known

Root cause
The OMR page-count marks were printed, but the enveloping line's OMR reader
had been switched to "count only" mode after maintenance on 13 Dec.

Actions
1. OMR check mandatory, status logged per job (print partner, done)
2. daily sample of 20 envelopes for health documents (print partner, done)
3. contractual penalty clause reviewed (procurement, open, due 30 Apr)
4. monitoring of OMR mode in the job report (Output Management, open)

Lessons learned
Our own tickets about the incident initially contained names and claim
details; these were redacted. Please use only the incident ID DS-2025-003.

Output Management / IT Service Management
"""
    raw = build(135, SCHAPER, [P("Ops Review", "ops-review"), ASH_PRIYA], "PIR-2025-02 misdirected claim statements - final",
                "Mon, 17 Mar 2025 16:02:47 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "internal",
             "trap: anonymised post-incident review about misdirected health statements; counts only, no identifiers")


def m136():
    body = """Hallo Servicedesk, hallo Birte,

in KORA-Leben lässt sich eine Bezugsrechtsänderung nicht speichern:
"Bezugsberechtigte Person bereits vorhanden (BZ-017)".

Vertrag:      LV 7.190.552-1 (Kapitallebensversicherung, VN = versicherte
              Person: Herr Klaus-Dieter Menke)
bisher:       widerrufliches Bezugsrecht für die geschiedene Ehefrau,
              Frau Claudia Menke
neu (Antrag vom 10.03.2025, unterschrieben):
              Lebensgefährtin Frau Sabine Ortmann, geb. 03.07.1970,
              Sudbrackstraße 8, 32429 Minden, 100 %

Das System erkennt Frau Ortmann offenbar als "bereits vorhanden", weil sie
als Beitragszahlerin (abweichender Zahler) für den Vertrag hinterlegt ist.
Eine Person darf doch Zahlerin und Bezugsberechtigte zugleich sein?

Herr Menke hat Sorge, dass im Todesfall noch die Ex-Frau begünstigt wäre,
und ruft täglich an. Bitte dringend.

Thilo Escher
Leben-Bestand / Leistung
"""
    raw = build(136, ESCHER, [SD, SANDKUEHLER], "KORA-Leben: Bezugsrechtsänderung BZ-017 – dringend",
                "Tue, 18 Mar 2025 09:30:02 +0100", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "life contract: named insured, ex-wife and new beneficiary with birth date and address (personal line, no medical word)")


def m137():
    body = """Hi ClaimDock support,

the theft workflow blocks a claim in status "keys outstanding" although
both keys were received. Details:

  Claim:          KS-25-001120 (motor comprehensive, vehicle theft)
  Policyholder:   Mr. Piotr Zieliński, Lübbecker Straße 77, 32429 Minden
  Vehicle:        BMW X3 xDrive20d, MI-PZ 711, stolen 2025-03-08 from the
                  street in front of his house
  Police report:  filed 2025-03-08, ref. 2025-0308-0442 (Minden police)
  Keys:           2 keys received by post on 2025-03-14, checkbox "second key
                  received" ticked, key reading report uploaded

After ticking the box and saving, the status goes back to "keys
outstanding" after a few seconds. The audit trail shows the rule
THEFT_KEYS_CHECK overwriting our entry because it expects the key reading
report as document type KEY_PROTOCOL, but the upload dialogue only offers
"Other".

The one-month waiting period for theft ends on 8 April, please fix before.

Regards,
Henning Dreyer
Motor Claims, Weserbogen Versicherung AG
"""
    raw = build(137, DREYER, TW_SUP, "Theft workflow resets 'second key received' (KS-25-001120)",
                "Wed, 19 Mar 2025 13:40:19 +0100", T(body), cc=FREITAG)
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-vendor",
             "motor theft claim: named policyholder (victim) with address, plate and police reference")


def m138():
    rows = [["Category", "Dec 2024", "Jan 2025", "Feb 2025", "Avg. resolution (h)", "Vendor share %"],
            ["Health claims (KORA)", 112, 164, 131, 21.4, 38],
            ["Life / disability claims", 41, 47, 39, 17.9, 22],
            ["Accident claims", 12, 15, 11, 12.2, 9],
            ["Motor claims (ClaimDock)", 88, 95, 79, 14.6, 41],
            ["Customer portal / app", 133, 178, 140, 8.3, 27],
            ["Broker portal", 57, 61, 49, 6.9, 12],
            ["Input management / scanning", 74, 102, 81, 10.1, 34],
            ["Workplace and printing", 402, 455, 398, 4.2, 0],
            ["Total", 919, 1117, 928, 9.8, 20]]
    body = """Hi Priya,

for the Q1 service review next week: ticket statistics per category for the
last three months, attached as XLSX. Only counts and averages, no ticket
contents.

The January peak in health claims and scanning is the usual annual invoice
wave. The vendor share in motor claims is higher than we would like -
let's discuss that item first.

Best,
Malte
"""
    mp = MP("mixed", [T(body, charset="us-ascii", cte="7bit"),
                      ATT(make_xlsx(rows, "Tickets Q1"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "ticket_statistics_2024-12_2025-02.xlsx")], bnd(138))
    raw = build(138, WICHMANN, ASH_PRIYA, "Ticket statistics Dec-Feb for the Q1 service review",
                "Thu, 20 Mar 2025 10:15:36 +0100", mp)
    return M(raw, "NORMAL", "en", "internal",
             "trap: XLSX with ticket counts for health/life/accident claims categories, aggregates only")


def m139():
    pdf = make_pdf([
        "Weserbogen Krankenversicherung AG - Leistungsabteilung",
        "",
        "Herrn Hartmut Schwentker",
        "Drabbenstraße 16",
        "32425 Minden",
        "",
        "Leistungsabrechnung vom 19.03.2025          KV-Nr. 4471-16650",
        "",
        "Rechnungsdatum Leistungserbringer                  Erstattung",
        "Dr. med. Kai Frerichs, Kardiologie  03.03.2025",
        "  Langzeit-EKG, Echokardiographie   186,44 EUR",
        "Diagnose lt. Rechnung: I48.1 Vorhofflimmern persistierend",
        "Stadt-Apotheke Minden  05.03.2025",
        "  Eliquis 5 mg, 168 St.             412,06 EUR",
        "Gemeinschaftspraxis Dr. Vogt  10.03.2025",
        "  Kardioversion ambulant              598,91 EUR",
        "",
        "Gesamterstattung:                          1.197,41 EUR",
        "Überweisung auf Ihr Konto in den nächsten Tagen.",
    ], title="Leistungsabrechnung 4471-16650")
    body = """Hallo Frau Koch,

in Job JOB-25-0319-0008 sind bei den Leistungsabrechnungen die Spalten
verschoben: Die Beträge stehen in der Zeile unter dem Leistungserbringer
statt in der Spalte "Erstattung". Muster anbei.

Bitte Job anhalten und neu aufbereiten.

Danke
Torben Schaper
"""
    mp = MP("mixed", [T(body), ATT(pdf, "application/pdf", "Muster_JOB-25-0319-0008.pdf")], bnd(139))
    raw = build(139, SCHAPER, NL_KOCH, "JOB-25-0319-0008: Spalten verschoben – bitte anhalten",
                "Fri, 21 Mar 2025 08:22:14 +0100", mp, cc=NL_OUT, extra=[("Importance", "high")])
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-outsourcer",
             "short body; PDF sample of a claim statement: named insured with atrial fibrillation I48.1, apixaban, cardioversion")


def m140():
    body = """Sehr geehrter Herr Vogelsang,

vielen Dank für Ihren Anruf heute Vormittag.

Wir haben Ihr Konto im Kundenportal entsperrt. Die Sperre war durch fünf
fehlgeschlagene Anmeldeversuche am 22.03. ausgelöst worden. Ihr Kfz-Vertrag
K 77 512 811 und die Beitragsrechnung 2025 sind unter Ihrer Kundennummer
5 330 092 wieder sichtbar.

Bitte melden Sie sich mit Ihrem bisherigen Benutzernamen an und vergeben
Sie über "Passwort vergessen" ein neues Passwort. Den Link dafür erhalten
Sie an diese E-Mail-Adresse; er ist 30 Minuten gültig.

Falls die Anmeldeversuche am 22.03. nicht von Ihnen stammen, teilen Sie
uns das bitte mit – dann prüfen wir den Vorgang.

Mit freundlichen Grüßen
Jannik Oltmanns
Kundenportal-Support
Weserbogen Versicherung AG
"""
    raw = build(140, KUNDENPORTAL, ("Matthias Vogelsang", "m.vogelsang@web-post.example"),
                "Ihr Kundenportal-Konto ist wieder entsperrt", "Mon, 24 Mar 2025 11:30:48 +0100", T(body))
    return M(raw, "CONFIDENTIAL", "de", "insurer-to-customer",
             "reply to a named customer with customer number and motor contract number")


def m141():
    body = """Hello Fujimo support,

we need an RMA for one of our production scanners:

  Model:        fi-9400 high-volume, S/N FJ94-22K0718
  Location:     Weserbogen, mail room building C (inbound health claims)
  Contract:     on-site service contract SC-DE-20231188
  Fault:        feed roller assembly worn, double feeds > 5 % since
                17 March; error code U4:42 after approx. 200 sheets

Before the device leaves our premises, please confirm in writing:
1. whether the scanner has internal non-volatile storage for images
   (buffer, HDD/SSD); if yes, we will remove/destroy it on site as agreed
   in section 7 of the service contract, and
2. that the replacement unit arrives before the old one is collected
   (the mail room cannot run on one scanner during month-end).

Please send the RMA number and the pick-up date to this address.

Kind regards,
Deniz Aydin
IT Service Desk (2nd level)
Weserbogen Versicherung AG
"""
    raw = build(141, AYDIN, P("Fujimo Imaging Europe Support", "rma", "fujimo-imaging.example"),
                "RMA request fi-9400 S/N FJ94-22K0718 (feed roller)",
                "Tue, 25 Mar 2025 09:48:00 +0100", T(body, charset="us-ascii", cte="7bit"))
    return M(raw, "NORMAL", "en", "insurer-to-supplier",
             "trap: RMA for the health-claims mail room scanner, asks about image storage; no personal data")


def m142():
    body = """Hallo Birte, hallo Konstantin,

meine Notizen vom Call mit Ashgrove heute (WBV-2361, DRG-Grouper), damit
wir morgen nicht bei null anfangen:

- Arjun: "the DRG grouper on PROD is still version 2024, the 2025 catalogue
  was only deployed to TEST" -> deshalb werden KH-Rechnungen mit
  Aufnahme ab 01.01.2025 falsch bewertet.
- Testfall, den wir ihnen aus PROD genannt haben (ja, ich weiß...):
  Patientin Frau Elfriede Kortkamp, KV 4471-02290, Klinikum Wesertal,
  03.03.–14.03.2025, Hüft-TEP rechts nach Schenkelhalsfraktur (S72.0),
  DRG I47B, Rechnung 9.912,40 EUR. PROD bewertet mit I47C -> 1.140 EUR
  Differenz.
- Priya: "we need a written approval from your side to redeploy the
  grouper during the freeze" -> Freeze ist seit 07.04. vorbei, also kein
  Thema mehr.
- Next steps: Ashgrove deployt Grouper 2025 am 10.04., 06:00; wir testen
  mit drei Fällen (bitte diesmal aus dem anonymisierten Pool!).

Gruß
Malte
"""
    raw = build(142, WICHMANN, [SANDKUEHLER, VAHLE], "Notizen Call Ashgrove WBV-2361 (DRG-Grouper)",
                "Tue, 08 Apr 2025 17:05:13 +0200", T(body))
    return M(raw, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "German call notes with English quotes: named patient, hip replacement after femoral neck fracture, DRG")


def m143():
    body = """Hi all / Hallo zusammen,

for migration wave 2 (motor and household customers from the old policy
system "BESTAND-K"), here is the mapping sample we discussed. Drei
Beispielsätze, 1:1 aus der Quelle, damit Ashgrove die Sonderfälle sieht:

Quelle (BESTAND-K)                         -> Ziel (CRM)
------------------------------------------------------------------------
KDNR 0031877, NAME "BÜSCHER, HANS-JÜRGEN", -> customer_no 3 031 877,
GEBDAT 19560404, STR "Bachstr. 11",           last_name "Büscher",
PLZ 32457, ORT "PORTA WESTF.",                first_name "Hans-Jürgen",
VERTR K 77 004 112                            birth_date 1956-04-04,
                                              city "Porta Westfalica"
KDNR 0044120, NAME "VON DER HEIDE, GESA",  -> name prefix "von der"
GEBDAT 19880229, STR "Am Hang 2a",            -> birth_date 1988-02-29
PLZ 32469, ORT "PETERSHAGEN",                 (leap day - check!)
VERTR H 12 118 776
KDNR 0050231, NAME "ÖZTÜRK, EMRE",          -> umlaut in upper case:
GEBDAT 00000000, STR "Weserpromenade 9",      "Öztürk"; birth date
PLZ 32423, ORT "MINDEN",                      missing -> NULL, no dummy!
VERTR K 77 115 090

Bitte besonders auf die Namenszusätze und fehlende Geburtsdaten achten.
Please confirm that your transformation handles all three.

Marek
"""
    raw = build(143, NOWICKI, [ASH_AMS, P("Lina Brüning", "lina.bruening")], "Migration wave 2 - mapping sample / Mappingbeispiele",
                "Wed, 09 Apr 2025 10:20:41 +0200", T(body))
    return M(raw, "CONFIDENTIAL", "mixed", "insurer-to-outsourcer",
             "bilingual migration mail with real source records: names, birth dates, addresses, motor/household contracts")


def m144():
    body = """Hallo Team,

Jannik wechselt zum 01.05. ins Netzwerkteam zu Rüdiger – wir verlieren
also unseren Hotline-Rekordhalter, bleiben ihm aber ja räumlich erhalten
(zwei Türen weiter).

Zum Abschied gibt es am Mittwoch, 30.04., ab 9:30 Uhr ein Frühstück in der
Teeküche 2. OG. Brötchen sind bestellt; wer etwas mitbringen möchte
(Obstsalat, Mett, vegane Aufstriche …), trägt sich bitte in die Liste im
Teams-Kanal ein.

Die Hotline ist in der Zeit über Svenja und Sean besetzt.

Malte
"""
    raw = build(144, WICHMANN, P("Servicedesk-Team", "servicedesk-team"), "Abschiedsfrühstück für Jannik am 30.04.",
                "Thu, 10 Apr 2025 14:12:09 +0200", T(body, cte="8bit"))
    return M(raw, "NORMAL", "de", "internal",
             "trap: personnel change of a named colleague announced with a farewell breakfast; organisational only")


def m145():
    body = """Agenda Service Review Q1 2025 / Agenda service review Q1 2025
Termin / date: 15.04.2025, 13:00-15:00 CEST, Teams
Teilnehmende / participants: Weserbogen IT (Wichmann, Nowicki, Vahle,
Sandkühler), Ashgrove (Raghunathan, Mehta)

1. SLA-Erfüllung Q1 / SLA performance Q1 (Priya)
   - P2 resolution time health claims: 19.5 h -> 14.2 h
2. Vendor share motor claims (Malte) - warum so hoch? / why so high?
3. Testdaten / test data
   - anonymised pool: 500 cases, extension to disability claims
   - Regel: keine Produktionsfälle in Jira / rule: no production cases in Jira
4. Roadmap Q2: portal 5.0, DRG grouper 2025, erasure job
5. Verschiedenes / AOB

Unterlagen / documents: ticket statistics XLSX (sent 20 Mar), AMS report
March (Ashgrove, please send by 11 Apr).
"""
    raw = build(145, WICHMANN, [ASH_PRIYA, ASH_ARJUN, NOWICKI, VAHLE, SANDKUEHLER],
                "Agenda Service Review Q1 2025", "Fri, 11 Apr 2025 09:00:31 +0200", T(body))
    return M(raw, "NORMAL", "mixed", "internal",
             "trap: bilingual service-review agenda mentioning health claims and test data, no case data")


def m146():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hallo Servicedesk,</p>
<p>in der Rechnungsübersicht von KORA werden bei einem Versicherten alle Rechnungen aus März doppelt
angezeigt (einmal mit Status &bdquo;erstattet&ldquo;, einmal &bdquo;offen&ldquo;). Wenn die Sachbearbeitung
nicht aufpasst, wird doppelt gezahlt. Übersicht wie sie im System steht:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#eee"><th colspan="5">Herr Wilfried Buschmann, geb. 08.01.1951, KV 4471-06634</th></tr>
<tr><th>Datum</th><th>Leistungserbringer</th><th>Diagnose</th><th>Betrag</th><th>Status</th></tr>
<tr><td>04.03.2025</td><td>Dr. Anselm Nieport, Urologie</td><td>N40 Prostatahyperplasie, R97.2 PSA erhöht</td><td>214,38</td><td>erstattet</td></tr>
<tr><td>04.03.2025</td><td>Dr. Anselm Nieport, Urologie</td><td>N40 Prostatahyperplasie, R97.2 PSA erhöht</td><td>214,38</td><td>offen</td></tr>
<tr><td>18.03.2025</td><td>Radiologie am Klinikum, MRT Prostata</td><td>R97.2</td><td>602,15</td><td>erstattet</td></tr>
<tr><td>18.03.2025</td><td>Radiologie am Klinikum, MRT Prostata</td><td>R97.2</td><td>602,15</td><td>offen</td></tr>
</table>
<p>Vorgang 25-KL-0047712. Bitte prüfen, ob das ein Anzeigefehler ist oder ob die Belege wirklich doppelt
importiert wurden.</p>
<p>Danke!<br>Lea Kottmeier<br>Leistung Kranken ambulant 2</p>
</body></html>
"""
    raw = build(146, KOTTMEIER, SD, "KORA: Rechnungen doppelt in Übersicht (erstattet/offen)",
                "Mon, 14 Apr 2025 10:41:25 +0200", T(html, "html"))
    return M(raw, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "HTML-only table: named insured with birth date, prostate hyperplasia N40, raised PSA, MRI")


def m147():
    body = """Hi service desk,

an English-speaking customer received a dunning letter for his motor
premium although he paid on time. Please check the payment matching:

Customer:     Mr. Kwame Mensah-Bauer, customer no. 5 412 007
Policy:       motor K 77 702 114
Amount due:   EUR 412.36 (annual premium 2025, due 1 March)
Payment:      transferred 3 March 2025 from DE10 7266 7376 4072 4276 03,
              reference "K77702114 Mensah-Bauer"
Dunning:      first reminder dated 4 April, incl. EUR 5.00 fee

The bank statement import seems to expect the policy number with spaces
("K 77 702 114"); without spaces the payment went to the clearing account.
If that is the cause, there may be more customers affected.

He was quite upset; I promised to cancel the fee. Please let me know once
the payment is matched.

Thanks,
Laura Finnegan
Expat Desk
"""
    raw = build(147, EXPAT, SD, "Dunning letter despite payment - reference without spaces not matched",
                "Tue, 15 Apr 2025 09:12:50 +0200", T(body, charset="us-ascii", cte="7bit"),
                extra=[("X-Original-Sender", "laura.finnegan@" + INS)])
    return M(raw, "CONFIDENTIAL", "en", "internal",
             "named motor customer with customer number, policy, premium and his IBAN")


def m148():
    body = """Hello Lexaris support,

the free-text parser in RiskPilot misreads remission statements for
recurrent depression. Production example (please handle confidentially,
our DPO is in copy):

  Application:  BU-A-2025-03318 (disability, EUR 2,000 monthly)
  Applicant:    Mr. Florian Hagedorn, DOB 1992-12-01, software developer
  Question 6 (psychological treatment, last 5 years), answer:
    "Recurrent depressive disorder, F33.1 diagnosed 2021, outpatient
     psychotherapy 2021-2023 (behavioural therapy, 45 sessions), in full
     remission since autumn 2023, no medication since 06/2023"
  RiskPilot:    coded F33.1 "current episode moderate" -> R-114 DECLINE

Expected: F33.4 (currently in remission) -> R-114b "accept with exclusion
or loading after 2 years of remission" according to rulebook 25.1.

The parser seems to ignore the words "in full remission" when a code is
given explicitly in the text. We have many applicants who write their code
from the doctor's letter, so this affects more cases.

Regards,
Birte Sandkühler
Weserbogen Lebensversicherung AG
"""
    raw = build(148, SANDKUEHLER, LX_SUP, "Free-text parser ignores remission - BU-A-2025-03318",
                "Wed, 16 Apr 2025 14:27:03 +0200", T(body), cc=[LX_MCALLISTER, DSB])
    return M(raw, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-vendor",
             "named BU applicant with DOB, recurrent depression F33.1, psychotherapy history")


def m149():
    body = """Hello Swiftparcel team,

please collect and deliver one IT equipment package (notebook, docking
station, token) for a new employee who starts remotely:

  Order ref.:     WBV-HO-2025-0412
  Pick-up:        Weserbogen Versicherung AG, goods receipt building A,
                  Am Weserbogen 12, 32423 Minden, 22 April, 10:00-12:00
  Delivery to:    Ms. Oksana Hrytsenko (private address)
                  Simeonstraße 4, 32423 Minden
  Mobile:         +49 160 9912 4471 (for the delivery slot SMS)
  Service:        signature of the recipient in person, ID check
                  (name must match), no drop-off with neighbours

Please send the proof of delivery to servicedesk@weserbogen-vers.example
and delete the private contact data after delivery as agreed in our
framework contract.

Kind regards,
Deniz Aydin
IT Service Desk (2nd level)
Weserbogen Versicherung AG
"""
    raw = build(149, AYDIN, P("Swiftparcel IT Logistics", "bookings", "swiftparcel.example"),
                "Home office delivery WBV-HO-2025-0412 - 22 April",
                "Thu, 17 Apr 2025 15:50:22 +0200", T(body))
    return M(raw, "CONFIDENTIAL", "en", "insurer-to-supplier",
             "new employee's private home address and private mobile number sent to a courier")


def m150():
    body = """Go-Live-Checkliste Kundenportal 5.0 – Samstag, 26.04.2025

Vorher (bis Freitag 25.04., 14:00)
[ ] Go/No-Go-Entscheidung (Nowicki, Vahle, Ashgrove)
[ ] Wartungsseite vorbereitet, Text DE/EN abgestimmt
[ ] Kundenservice und Callwerk informiert (Hinweistext für Anrufe)
[ ] Rollback-Images 4.13.2 verifiziert

Am Samstag
06:00  Wartungsseite an, Upload-Queue leerlaufen lassen
06:20  Übergabe an Ashgrove, Deployment 5.0
08:00  Rauchtest – NUR mit Testkonten wbv-test-07 / -08 / -11:
       [ ] Login, Passwort-Reset, Sicherheitsfrage
       [ ] Upload Arztrechnung (PDF, JPG, HEIC), Upload Zahnarzt-HKP
       [ ] Formular "Neugeborenes anmelden" (Datum in der Zukunft erlaubt?)
       [ ] Bankverbindung ändern (Test-IBAN aus dem Testdatenkatalog)
       [ ] Schadenmeldung Kfz mit 20 Fotos
09:00  Wartungsseite aus, Monitoring 2 Std. (Queue-Tiefe, Fehlerquote)

Danach
[ ] Abschlussmail an IT-Leitung und Fachbereiche
[ ] Lessons learned bis 09.05.

Bitte keine echten Kundendaten für den Rauchtest verwenden, auch nicht
"nur kurz zum Gucken".

Marek Nowicki
DevOps / Application Operations
"""
    raw = build(150, NOWICKI, [VAHLE, WICHMANN, P("Kundenportal-Team", "kundenportal-team")],
                "Go-Live-Checkliste Kundenportal 5.0 (26.04.)",
                "Fri, 18 Apr 2025 11:00:00 +0200", T(body))
    return M(raw, "NORMAL", "de", "internal",
             "trap: go-live checklist naming doctor's invoices, newborn registration and IBAN changes, test accounts only")


# --------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------

TOTAL = 150
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

# IBAN-shaped strings that are deliberately invalid (none in this corpus so far)
INVALID_IBANS_OK = set()


def all_mails():
    out = []
    for i in range(1, TOTAL + 1):
        fn = globals().get("m%03d" % i)
        if fn is None:
            continue
        m = fn()
        out.append((i, m))
    return out


def write_corpus(folder):
    mdir = os.path.join(folder, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, m in all_mails():
        name = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(m.raw)
        rows.append("\t".join([name, m.label, m.lang, m.kind, m.reason]))
    with open(os.path.join(folder, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(rows) - 1


# ---- check helpers -------------------------------------------------------

def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
DOMAIN_RE = re.compile(r"(?<![\w.@-])((?:[a-z0-9-]+\.)+(?:de|com|org|net|eu|io|info|biz|pl|nl|uk|in|at|ch|ie))\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([^/\s\"'<>]+)")


def pdf_text(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    m = re.search(rb"startxref\n(\d+)\n", data)
    assert m, "no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point at xref"
    hdr = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(hdr.group(1))
    pos = xref + hdr.end()
    for oid in range(n):
        entry = data[pos + 20 * oid: pos + 20 * oid + 20]
        off = int(entry[:10])
        if oid == 0:
            continue
        assert data[off:].startswith(b"%d 0 obj" % oid), "xref offset of object %d wrong" % oid
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        assert data[sm.end() + ln: sm.end() + ln + 9] == b"endstream", "stream length wrong"
    texts = []
    for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = t.group(1)
        s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
        s = re.sub(rb"\\(.)", rb"\1", s)
        texts.append(s.decode("cp1252"))
    return "\n".join(texts)


def zip_text(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "bad zip member"
    names = z.namelist()
    texts = []
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert "META-INF/manifest.xml" in names
    if kind == "docx":
        assert "word/document.xml" in names and "[Content_Types].xml" in names
    if kind == "xlsx":
        assert "xl/workbook.xml" in names and "xl/worksheets/sheet1.xml" in names
    for n in names:
        raw = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            root = ET.fromstring(raw)
            texts.append(" ".join(t for t in root.itertext()))
        elif kind == "zip":
            texts.append(attachment_text(n, raw))
    return "\n".join(texts)


def attachment_text(filename, data, ctype=""):
    fn = (filename or "").lower()
    if fn.endswith(".pdf") or ctype == "application/pdf":
        return pdf_text(data)
    for ext in ("docx", "xlsx", "odt", "ods", "zip"):
        if fn.endswith("." + ext):
            return zip_text(data, ext)
    if fn.endswith(".ics"):
        s = data.decode("utf-8")
        assert s.startswith("BEGIN:VCALENDAR\r\n") and s.rstrip().endswith("END:VCALENDAR"), "bad ics"
        assert "BEGIN:VEVENT" in s
        return s
    if fn.endswith((".csv", ".txt", ".log", ".xml", ".json", ".pem", ".csr")):
        for cs in ("utf-8", "cp1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                continue
        raise AssertionError("undecodable text attachment " + filename)
    if fn.endswith(".eml"):
        return walk_text(BytesParser(policy=email.policy.default).parsebytes(data))
    raise AssertionError("unknown attachment type %r %r" % (filename, ctype))


def walk_text(msg):
    """Return (body_text, attachment_text) concatenated for a message; raises on any defect."""
    texts = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                continue
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if fn or part.get_content_disposition() == "attachment":
            texts.append(attachment_text(fn, payload, ct))
        elif ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            texts.append(payload.decode(PY_CHARSET.get(cs, cs)))
        else:
            texts.append(attachment_text(fn or "", payload, ct))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                texts.append(str(sub.get("Subject", "")))
    return "\n".join(texts)


def check(folder):
    errors = []
    labels_path = os.path.join(folder, "labels.tsv")
    with open(labels_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != TOTAL:
        errors.append("expected %d rows, got %d" % (TOTAL, len(rows)))
    counts = {k: 0 for k in LABELS}
    langs = {k: 0 for k in LANGS}
    kinds = {}
    mids = set()
    for r in rows:
        if len(r) != 5:
            errors.append("bad row %r" % r)
            continue
        fn, label, lang, kind, reason = r
        if label not in LABELS:
            errors.append("%s: bad label" % fn)
        if lang not in LANGS:
            errors.append("%s: bad lang" % fn)
        if not kind or not reason:
            errors.append("%s: empty kind/reason" % fn)
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds.setdefault(kind, {k: 0 for k in LABELS})[label] += 1
        path = os.path.join(folder, "mails", fn)
        raw = open(path, "rb").read()
        try:
            msg = BytesParser(policy=email.policy.default).parsebytes(raw)
            if msg.defects:
                errors.append("%s: defects %r" % (fn, msg.defects))
            for part in msg.walk():
                if part.defects:
                    errors.append("%s: part defects %r" % (fn, part.defects))
            parsedate_to_datetime(msg["Date"])
            m_id = msg["Message-ID"]
            if m_id in mids:
                errors.append("%s: duplicate Message-ID" % fn)
            mids.add(m_id)
            frm = getaddresses([str(msg["From"])])[0][1]
            if not frm.endswith("@" + INS):
                errors.append("%s: From not from the insurer: %s" % (fn, frm))
            for h in ("From", "To", "Cc", "Reply-To"):
                for _, a in getaddresses([str(v) for v in msg.get_all(h, [])]):
                    if not a.endswith(".example"):
                        errors.append("%s: %s address %s not .example" % (fn, h, a))
            text = walk_text(msg)
            for dom in EMAIL_RE.findall(text) + URL_RE.findall(text):
                host = dom.split(":")[0].rstrip(".").lower()
                if not host.endswith(".example") and host not in ("localhost",) and not re.fullmatch(r"[\d.]+", host):
                    errors.append("%s: non-example host %s" % (fn, host))
            for dom in DOMAIN_RE.findall(text):
                errors.append("%s: real-looking domain %s" % (fn, dom))
            for cand in IBAN_RE.findall(text):
                c = cand.replace(" ", "").upper()
                if not c[:2] in ("DE", "AT", "NL", "GB", "FR", "PL", "IE", "CH", "ES"):
                    continue
                if len(c) < 15:
                    continue
                if not iban_ok(c) and c not in INVALID_IBANS_OK:
                    errors.append("%s: invalid IBAN %s" % (fn, cand))
        except Exception as e:  # noqa
            errors.append("%s: %s: %s" % (fn, type(e).__name__, e))
    for k, v in EXPECTED.items():
        if counts.get(k) != v:
            errors.append("label %s: %d, expected %d" % (k, counts.get(k, 0), v))
    n = max(1, len(rows))
    share_de = langs["de"] / n
    share_en = langs["en"] / n
    if not (0.52 <= share_de <= 0.62):
        errors.append("German share %.2f out of range" % share_de)
    if not (0.33 <= share_en <= 0.42):
        errors.append("English share %.2f out of range" % share_en)
    return errors, counts, langs, kinds


def main():
    if "--check" in sys.argv:
        errors, counts, langs, kinds = check(HERE)
        tmp = tempfile.mkdtemp(prefix="d%s-rebuild-" % NN)
        try:
            write_corpus(tmp)
            for name in sorted(os.listdir(os.path.join(HERE, "mails"))):
                a = open(os.path.join(HERE, "mails", name), "rb").read()
                bp = os.path.join(tmp, "mails", name)
                if not os.path.exists(bp) or open(bp, "rb").read() != a:
                    errors.append("%s: rebuild differs" % name)
            if sorted(os.listdir(os.path.join(HERE, "mails"))) != sorted(os.listdir(os.path.join(tmp, "mails"))):
                errors.append("mail file lists differ after rebuild")
            if open(os.path.join(HERE, "labels.tsv"), "rb").read() != open(os.path.join(tmp, "labels.tsv"), "rb").read():
                errors.append("labels.tsv: rebuild differs")
        finally:
            shutil.rmtree(tmp)
        print("labels:", ", ".join("%s=%d" % (k, counts[k]) for k in LABELS))
        print("langs: ", ", ".join("%s=%d" % (k, langs[k]) for k in LANGS))
        print("kinds: ", ", ".join("%s=%d" % (k, sum(v.values())) for k, v in sorted(kinds.items())))
        if errors:
            print("CHECK FAILED (%d problems):" % len(errors))
            for e in errors:
                print("  -", e)
            sys.exit(1)
        print("CHECK OK: %d mails parsed, attachments opened, labels valid, rebuild byte-identical" % sum(counts.values()))
        return
    n = write_corpus(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
