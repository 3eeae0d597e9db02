#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel evaluation corpus dev164 (files d164-0001.eml ... d164-0150.eml).

Standard library only.  Every mail is written by hand further below (section MAILS);
this upper part only contains the helpers that turn the hand-written content into
RFC 5322 / MIME messages and hand-built attachments (PDF, DOCX, XLSX, ODT, ODS, ZIP,
CSV, ICS, HTML, message/rfc822).

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory, compares byte for byte, checks
"""
import csv
import hashlib
import html.parser
import io
import os
import re
import sys
import textwrap
import zipfile
import zlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from xml.sax.saxutils import escape as xesc
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d164-"
MAILS = []

# ---------------------------------------------------------------- small helpers

def iban(country, bban):
    """Return a grouped IBAN with correct ISO 7064 mod-97 check digits."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, chk, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def creditor_id(country, national, business="ZZZ"):
    """SEPA creditor identifier; check digits as for an IBAN over the national part."""
    ib = iban(country, national).replace(" ", "")
    return ib[:4] + business + ib[4:]


def iban_ok(raw):
    raw = raw.replace(" ", "")
    s = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def B(s):
    """Body text written flush-left in a triple-quoted string."""
    if s.startswith("\n"):
        s = s[1:]
    return s


def D(s):
    """'2026-03-04 09:12' -> RFC 5322 date in Europe/Berlin (CET/CEST)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2, 0) <= dt < datetime(2026, 10, 25, 3, 0)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(dt.replace(tzinfo=tz))


# ---------------------------------------------------------------- attachments

def zip_bytes(members, when=(2026, 1, 15, 8, 0, 0)):
    """members: list of (name, bytes) or (name, bytes, 'stored')."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for m in members:
            name, data = m[0], m[1]
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if len(m) > 2 and m[2] == "stored" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def _pesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, title="Dokument", created="20260301090000"):
    """Minimal PDF 1.4 with a real text layer (Helvetica, WinAnsiEncoding)."""
    wrapped = []
    for ln in lines:
        wrapped += textwrap.wrap(ln, 92) or [""]
    pages = [wrapped[i:i + 50] for i in range(0, len(wrapped), 50)] or [[""]]
    objs = {}
    kids = []
    for i, pg in enumerate(pages):
        pid, cid = 5 + 2 * i, 6 + 2 * i
        stream = "BT /F1 10 Tf 14 TL 56 790 Td\n" + "".join("(%s) Tj T*\n" % _pesc(l) for l in pg) + "ET\n"
        data = zlib.compress(stream.encode("cp1252"), 9)
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                     "/Contents %d 0 R >>" % cid).encode()
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        kids.append("%d 0 R" % pid)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(pages))).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = ("<< /Title (%s) /Producer (Auenwald Dokumentservice 4.2) /CreationDate (D:%s+01'00') >>"
               % (_pesc(title), created)).encode("cp1252")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    n = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for k in range(1, n):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref)
    return bytes(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _wp(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(text))


def docx(items, title="", author="Auenwald Versicherung AG"):
    """items: str (paragraph), ('b', str) bold paragraph, ('table', rows)."""
    body = []
    for it in items:
        if isinstance(it, tuple) and it[0] == "table":
            rows = "".join("<w:tr>" + "".join(
                '<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>%s</w:tc>' % _wp(str(c)) for c in r) + "</w:tr>"
                for r in it[1])
            body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                        '<w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>' % rows)
        elif isinstance(it, tuple) and it[0] == "b":
            body.append(_wp(it[1], True))
        else:
            body.append(_wp(it))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"/></w:sectPr></w:body></w:document>'
           % (W_NS, "".join(body)))
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
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (xesc(title), xesc(author)))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("word/document.xml", doc), ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); numbers become numeric cells."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xrows = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xrows.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        members.append(("xl/worksheets/sheet%d.xml" % si,
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, "".join(xrows))))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (si, rns, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    n = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/>' % (n, rns))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="%s">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>' % ns)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (ns, rns, "".join(wb_sheets)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rns)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels))
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s'
               '</office:body></office:document-content>' % (ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zip_bytes([("mimetype", mime, "stored"), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paras):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % xesc(p) for p in paras))


def ods(sheets):
    tables = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tables.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tables))


def csvb(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, description="", location="", organizer="", attendee="", stamp="20260301T080000Z"):
    def fold(line):
        out, b = [], line.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
        return "\r\n".join(out)
    esc = lambda s: s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenwald Versicherung//Terminplaner 3.1//DE", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
             "SUMMARY:" + esc(summary)]
    if location:
        lines.append("LOCATION:" + esc(location))
    if description:
        lines.append("DESCRIPTION:" + esc(description))
    if organizer:
        lines.append("ORGANIZER:mailto:" + organizer)
    if attendee:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + attendee)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def eml(frm, to, subject, date, body, msgid, charset="utf-8", cc=None):
    """A message to be attached as message/rfc822 (forwarded mail)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = D(date)
    m["Message-ID"] = msgid
    m.set_content(B(body), charset=charset, cte="quoted-printable")
    return m


# ---------------------------------------------------------------- the mail record

def mail(n, label, lang, kind, reason, frm, to, subject, date, body=None, html=None, cc=None, att=(),
         charset="utf-8", cte=None, html_charset="utf-8", html_cte=None, extra=(), reply_to=None):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), n
    assert lang in ("de", "en", "mixed"), n
    assert "\t" not in reason and "\n" not in reason, n
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subject=subject,
                      date=date, body=body, html=html, cc=cc, att=list(att), charset=charset, cte=cte,
                      html_charset=html_charset, html_cte=html_cte, extra=list(extra), reply_to=reply_to))


def build(m):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = D(m["date"])
    h = hashlib.sha1(("%d|%s|%s" % (m["n"], m["subject"], m["date"])).encode()).hexdigest()[:10]
    msg["Message-ID"] = "<%s.%s.%04d@mail.auenwald.example>" % (m["date"][:10].replace("-", ""), h, m["n"])
    for k, v in m["extra"]:
        msg[k] = v
    if m["body"] is not None:
        msg.set_content(B(m["body"]), charset=m["charset"], cte=m["cte"])
        if m["html"] is not None:
            msg.add_alternative(B(m["html"]), subtype="html", charset=m["html_charset"], cte=m["html_cte"])
    elif m["html"] is not None:
        msg.set_content(B(m["html"]), subtype="html", charset=m["html_charset"], cte=m["html_cte"])
    else:
        raise ValueError("mail %d has no body" % m["n"])
    for a in m["att"]:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        name, data, ctype = a[0], a[1], a[2]
        params = a[3] if len(a) > 3 else None
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=subtype, charset="utf-8", filename=name)
        else:
            kw = {"filename": name}
            if params:
                kw["params"] = params
            msg.add_attachment(data, maintype, subtype, **kw)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("----=_AW_%04d_%d_%s" % (m["n"], i, h[:8]))
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------- signatures and footers

FOOT_DE = """
--
Auenwald Versicherung AG · Lindenplatz 4 · 34117 Kassel
Vorstand: Dr. Henrike Maas (Vors.), Bernd Albrecht, Dr. Ole Sörensen
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerhard Lanz
Sitz Kassel · Amtsgericht Kassel HRB 41207 · www.auenwald.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
"""

FOOT_EN = """
--
Auenwald Versicherung AG · Lindenplatz 4 · 34117 Kassel · Germany
Registered office Kassel · Local court Kassel HRB 41207 · www.auenwald.example

This e-mail may contain confidential and/or privileged information. If you are not the
intended recipient (or have received this e-mail in error) please notify the sender
immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution
of the material in this e-mail is strictly forbidden.
"""

SIG = {
    "kowalczyk": "Mit freundlichen Grüßen\n\nJana Kowalczyk\nKundenservice-Center, Team 3\nAuenwald Versicherung AG\nTelefon 0561 7080-3300\nkundenservice@auenwald.example\n",
    "brandes": "Viele Grüße\nTimo Brandes\nKundenservice-Center Kassel | Team 1\nDurchwahl -3114\n",
    "aydin": "Freundliche Grüße\n\nSelin Aydın\nKundenservice-Center · Team 2\nAuenwald Versicherung AG\nT 0561 7080-3221\n",
    "vitale": "Kind regards\n\nMarco Vitale\nInternational Service Desk\nAuenwald Versicherung AG\nPhone +49 561 7080-3900\nservicedesk@auenwald.example\n",
    "okafor": "Best regards,\nHannah Okafor\nInternational Service Desk | Auenwald Versicherung AG\n+49 561 7080-3907\n",
    "hoppe": "Gruß\nDennis Hoppe\nTeamleiter Kundenservice Erfurt\nAuenwald Versicherung AG · Anger 61 · 99084 Erfurt\nTel. 0361 55090-210\n",
    "lindqvist": "Herzliche Grüße\nPetra Lindqvist\nLeitung Kundenservice-Center\nAuenwald Versicherung AG\n",
    "wendt": "Gruß, Lukas\n\nLukas Wendt | Workforce Management Kundenservice\nAuenwald Versicherung AG\n",
    "demir": "Viele Grüße\nAylin Demir\nQualitätsmanagement Kundenservice\nDurchwahl -3450\n",
    "moeller": "Mit freundlichen Grüßen\n\nKatrin Möller\nLeistungsabteilung Krankenversicherung\nAuenwald Krankenversicherung AG\nTelefon 0561 7080-4412\n",
    "haberland": "Dr. med. Ines Haberland\nLeitende Ärztin Leistungsprüfung\nAuenwald Krankenversicherung AG\n",
    "steinmetz": "Mit freundlichen Grüßen\n\nRalf Steinmetz\nLeistung Leben / Berufsunfähigkeit\nAuenwald Lebensversicherung AG\nTelefon 0561 7080-5120\n",
    "benz": "Freundliche Grüße\n\nOliver Benz\nKfz-Schadenservice\nAuenwald Allgemeine Versicherung AG\nTelefon 0561 7080-6231 · Fax -6299\n",
    "fuchs": "Mit freundlichen Grüßen\n\nNadine Fuchs\nSachschaden Privatkunden\nAuenwald Allgemeine Versicherung AG\nTelefon 0561 7080-6410\n",
    "ellerbrock": "Mit freundlichen Grüßen\n\nJörg Ellerbrock\nHaftpflicht-Schaden\nAuenwald Allgemeine Versicherung AG\n",
    "scholz": "Freundliche Grüße\n\nMiriam Scholz\nRechtsschutz-Service\nAuenwald Allgemeine Versicherung AG\nTelefon 0561 7080-6740\n",
    "turner": "Kind regards\n\nSophie Turner\nTravel Claims | Reiseversicherung\nAuenwald Allgemeine Versicherung AG\n+49 561 7080-6810\n",
    "kurz": "Beste Grüße\n\nStefan Kurz\nMaklerbetreuung Nord\nAuenwald Versicherung AG\nMobil 0171 5550 3381\n",
    "rehberg": "Viele Grüße\nClaudia Rehberg\nPersonalabteilung\nAuenwald Versicherung AG\n",
    "olbrich": "Dr. Frank Olbrich\nDatenschutzbeauftragter\nAuenwald Versicherung AG\ndatenschutz@auenwald.example\n",
    "mahler": "Gruß\nSven Mahler\nIT Anwendungsbetreuung CRM (KUBUS)\n",
    "roth": "Mit freundlichen Grüßen\n\nBettina Roth\nEinkauf & Dienstleistersteuerung\nAuenwald Versicherung AG\nTelefon 0561 7080-1205\n",
    "petersen": "Mit freundlichen Grüßen\n\nAndreas Petersen\nFirmenkunden Betreuung\nAuenwald Allgemeine Versicherung AG\nTelefon 0561 7080-7020\n",
    "sommer": "Liebe Grüße\nLea Sommer\nMarketing & Kommunikation\n",
    "amsel": "Dr. Paul Amsel\nRisikoprüfung Leben/Kranken\nAuenwald Lebensversicherung AG\n",
}


def S(key, foot=None):
    s = "\n" + SIG[key]
    if foot == "de":
        s += FOOT_DE
    elif foot == "en":
        s += FOOT_EN
    return s


# addresses
KS = "Auenwald Kundenservice <kundenservice@auenwald.example>"
SD = "Auenwald International Service Desk <servicedesk@auenwald.example>"
A = {
    "kowalczyk": "Jana Kowalczyk <jana.kowalczyk@auenwald.example>",
    "brandes": "Timo Brandes <timo.brandes@auenwald.example>",
    "aydin": "Selin Aydın <selin.aydin@auenwald.example>",
    "vitale": "Marco Vitale <marco.vitale@auenwald.example>",
    "okafor": "Hannah Okafor <hannah.okafor@auenwald.example>",
    "hoppe": "Dennis Hoppe <dennis.hoppe@auenwald.example>",
    "lindqvist": "Petra Lindqvist <petra.lindqvist@auenwald.example>",
    "wendt": "Lukas Wendt <lukas.wendt@auenwald.example>",
    "demir": "Aylin Demir <aylin.demir@auenwald.example>",
    "moeller": "Katrin Möller <katrin.moeller@auenwald.example>",
    "haberland": "Dr. Ines Haberland <ines.haberland@auenwald.example>",
    "steinmetz": "Ralf Steinmetz <ralf.steinmetz@auenwald.example>",
    "benz": "Oliver Benz <oliver.benz@auenwald.example>",
    "fuchs": "Nadine Fuchs <nadine.fuchs@auenwald.example>",
    "ellerbrock": "Jörg Ellerbrock <joerg.ellerbrock@auenwald.example>",
    "scholz": "Miriam Scholz <miriam.scholz@auenwald.example>",
    "turner": "Sophie Turner <sophie.turner@auenwald.example>",
    "kurz": "Stefan Kurz <stefan.kurz@auenwald.example>",
    "rehberg": "Claudia Rehberg <claudia.rehberg@auenwald.example>",
    "olbrich": "Dr. Frank Olbrich <frank.olbrich@auenwald.example>",
    "mahler": "Sven Mahler <sven.mahler@auenwald.example>",
    "roth": "Bettina Roth <bettina.roth@auenwald.example>",
    "petersen": "Andreas Petersen <andreas.petersen@auenwald.example>",
    "sommer": "Lea Sommer <lea.sommer@auenwald.example>",
    "amsel": "Dr. Paul Amsel <paul.amsel@auenwald.example>",
}
# department mailboxes
LK = "Leistung Kranken <leistung.kranken@auenwald.example>"
LL = "Leistung Leben/BU <leistung.leben@auenwald.example>"
KFZ = "Kfz-Schaden <kfz-schaden@auenwald.example>"
SACH = "Sachschaden <sachschaden@auenwald.example>"
HAFT = "Haftpflicht-Schaden <haftpflicht@auenwald.example>"
RS = "Rechtsschutz-Service <rechtsschutz@auenwald.example>"
REISE = "Reise-Leistung <reise@auenwald.example>"
PFLEGE = "Pflege-Service <pflege@auenwald.example>"
UNFALL = "Unfall-Leistung <unfall@auenwald.example>"
INKASSO = "Beitragsservice/Inkasso <inkasso@auenwald.example>"
MB = "Maklerbetreuung <maklerbetreuung@auenwald.example>"
CC_ALL = "Kundenservice-Center alle <kundenservice-team@auenwald.example>"

# ================================================================ MAILS

mail(1, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "call note to health claims: named customer, KV policy number, physiotherapy after herniated disc M51.1",
     A["kowalczyk"], LK, "Gesprächsnotiz KV-4471203 Albers – Rückfrage Ablehnung Physiotherapie", "2026-01-12 10:41",
     body="""
Hallo zusammen,

Frau Renate Albers (KV-4471203, geb. 17.05.1961) hat heute um 10:20 Uhr angerufen.
Sie versteht die Teilablehnung vom 05.01. nicht: abgelehnt wurden 6 von 12 Einheiten
Krankengymnastik (KG-Gerät) nach ihrem Bandscheibenvorfall L4/L5 (M51.1), verordnet
von Dr. Weidner. Laut Kundin hat der Orthopäde ausdrücklich 12 Einheiten verordnet,
die zweite Verordnung liegt ihr vor und sie schickt sie per Post nach.

Sie war am Telefon ziemlich aufgebracht, weil sie die Rechnung der Praxis
(412,80 EUR) schon bezahlt hat. Ich habe ihr gesagt, dass die Fachabteilung den Fall
noch einmal prüft und sich innerhalb von 10 Arbeitstagen meldet.

Rückruf gewünscht unter 0561 889 2471 (vormittags).

CRM-Vorgang: CC-260112-0133
""" + S("kowalczyk"))

mail(2, "NORMAL", "de", "internal",
     "trap: IVR maintenance and new menu prompts mention 'Arztrechnungen', 'Krankenhausaufenthalt', no person",
     A["wendt"], CC_ALL, "Wartungsfenster Callvox Sa 24.01. + neue Ansagetexte ab Montag", "2026-01-20 16:05",
     body="""
Liebe Kolleginnen und Kollegen,

Callvox spielt am Samstag, 24.01., zwischen 18:00 und 21:00 Uhr ein Update auf die
Telefonanlage. In dieser Zeit läuft die Hotline über die Notfallansage ("Wir sind
gerade nicht erreichbar ...") und Anrufe werden NICHT in die Rückrufliste übernommen.
Wer Samstag Spätschicht hat: bitte ab 17:45 keine neuen Rückrufe mehr anlegen.

Ab Montag gilt das neue Sprachmenü:

  1 – Kfz, Haus & Wohnung, Haftpflicht
  2 – Arztrechnungen, Zahnarzt, Krankenhausaufenthalt
  3 – Leben, Rente, Berufsunfähigkeit
  4 – Beitrag, Bankverbindung, Adressänderung
  0 – alle anderen Anliegen

Die bisherige Taste 5 (Pflege) geht in die 2 auf. Das Routing auf die Skills ändert
sich nicht, nur die Reihenfolge. Die neuen Ansagen könnt ihr euch unter
http://intranet.auenwald.example/kundenservice/ivr anhören.

Danke und ein ruhiges Wochenende
""" + S("wendt"))

mail(3, "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation to caller: new IBAN for household policy, named customer, policy number",
     KS, "Herrn Matthias Engel <m.engel@webpost.example>",
     "Ihre Änderung der Bankverbindung – Hausratversicherung HR 7720019", "2026-01-13 14:22",
     body="""
Sehr geehrter Herr Engel,

vielen Dank für Ihren Anruf heute Vormittag. Wie besprochen haben wir die
Bankverbindung für Ihre Hausratversicherung HR 7720019 geändert.

Neue Bankverbindung:
Kontoinhaber: Matthias Engel
IBAN: """ + iban("DE", "52060500" + "0004127839") + """
Bank: Sparkasse Obervellmar

Der nächste Beitrag von 11,40 EUR wird am 01.02.2026 von diesem Konto
abgebucht. Das SEPA-Lastschriftmandat mit der Mandatsreferenz AW-HR7720019-03
gilt ab sofort.

Falls Sie diese Änderung nicht veranlasst haben, melden Sie sich bitte sofort
bei uns unter 0561 7080-3300.
""" + S("kowalczyk", "de"), cte="quoted-printable")

mail(4, "NORMAL", "en", "insurer-to-broker",
     "trap: broker service desk hours, words 'medical claims', 'policyholder data', no individual",
     A["vitale"], "Brightwater Insurance Brokers – Client Services <clientservices@brightwater.example>",
     "New service desk hours and direct number from 2 February", "2026-01-22 09:30",
     body="""
Dear colleagues at Brightwater,

a quick operational note: from Monday, 2 February 2026 our International Service
Desk will be reachable Monday to Friday 08:00-19:00 CET (previously until 18:00)
and on Saturdays 09:00-13:00 for urgent medical claims of expatriate clients.

Direct broker line: +49 561 7080-3990
Mailbox: servicedesk@auenwald.example

Please do not send policyholder data or medical documents to this mailbox in
plain e-mail. For anything relating to an individual client, use the secure
broker portal (https://makler.auenwald.example) or ask us for a secure message.

If you have colleagues joining who need a portal account, their firm administrator
can create it directly; the one-time password is sent by SMS.

Thanks and best wishes from Kassel,
""" + S("vitale", "en"))

mail(5, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "callback request to life/BU claims: named customer, disability claim, psychotherapy appointments",
     A["brandes"], LL, "Rückrufbitte Herr Karaca – BU-Antrag LV 30.118.442-7", "2026-01-14 11:02",
     body="""
Hi,

bitte Rückruf an Herrn Yusuf Karaca, 0176 4430 1928, am besten nach 15 Uhr.

Er hat im Dezember den Leistungsantrag BU gestellt (LV 30.118.442-7) und fragt,
warum noch nichts passiert ist. Er ist seit August krankgeschrieben, hat jetzt
ab Februar eine ambulante Psychotherapie (wöchentlich) und weiß nicht, ob er
die Therapieberichte selbst anfordern soll oder ob wir das machen.

Außerdem läuft am 28.02. sein Krankengeld aus, er ist deshalb unter Druck.
Hab ihm nichts zum Ergebnis gesagt, nur dass sich der Sachbearbeiter meldet.

Danke!
""" + S("brandes"))

mail(6, "CONFIDENTIAL", "en", "insurer-to-customer",
     "confirmation to expat caller: motor claim number, plate, address, nobody hurt",
     SD, "David Whitfield <david.whitfield@inbox.example>",
     "Your call today – motor claim S-2026-00318", "2026-01-16 17:48",
     body="""
Dear Mr Whitfield,

thank you for calling our International Service Desk this afternoon. As agreed,
here is a written summary of what you reported:

  Policy:            KF-2025-440918 (comprehensive, Auenwald Kfz Komfort)
  Vehicle:           VW Passat Variant, plate KS-DW 514
  Date / place:      15 January 2026, approx. 08:10, Wilhelmshöher Allee, Kassel
  What happened:     a delivery van reversed into your parked car; rear bumper
                     and tailgate damaged
  Other party:       van of Metzgerei Hollmann, plate KS-MH 77 (details exchanged)
  Injuries:          none – nobody was in your car

Your claim number is S-2026-00318. Please keep it for all further contact.

The other driver's insurer should pay for this damage. We have nevertheless
opened the file so that we can help you if there is any dispute. Please send us
photos of the damage and the repair estimate by reply to this e-mail.

You mentioned you would prefer a callback in English – I have noted this in your
customer file.
""" + S("vitale", "en"))

mail(7, "NORMAL", "de", "internal",
     "trap: shift plan XLSX with agent names, 'Urlaub', 'Schulung Pflege' – organisational, no reasons for absence",
     A["hoppe"], "Team Erfurt <kundenservice-erfurt@auenwald.example>", "Schichtplan KW 6 – bitte prüfen",
     "2026-01-28 15:17",
     body="""
Moin zusammen,

anbei der Schichtplan für KW 6. Tauschwünsche bitte bis Freitag 12 Uhr direkt an
mich, nicht über die Gruppe. Wer "Schulung Pflege" stehen hat: das ist die
Produktschulung zum neuen Pflegetagegeld-Tarif, Raum 2.14, Laptop mitbringen.

Danke
""" + S("hoppe"),
     att=[("Schichtplan_KW06_Erfurt.xlsx", xlsx([("KW 6", [
         ["Name", "Mo 02.02.", "Di 03.02.", "Mi 04.02.", "Do 05.02.", "Fr 06.02."],
         ["Anke Pfeiffer", "Früh", "Früh", "Spät", "frei", "Früh"],
         ["Tobias Gerlach", "Spät", "Spät", "Früh", "Früh", "Urlaub"],
         ["Mareike Hoss", "Schulung Pflege", "Früh", "Früh", "Spät", "Spät"],
         ["Kevin Lutz", "Früh", "frei", "Spät", "Spät", "Früh"],
         ["Dilara Sahin", "Urlaub", "Urlaub", "Urlaub", "Früh", "Spät"],
         ["Dennis Hoppe", "Mitte", "Mitte", "Schulung Pflege", "Mitte", "Mitte"],
         [],
         ["Früh = 07:30-15:30, Mitte = 09:00-17:00, Spät = 12:00-20:00"],
     ])]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

mail(8, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "callback confirmation: travel health claim, mother hospitalised in Lisbon, appendectomy; HTML alternative",
     A["okafor"], "Laura Brennan <laura.brennan@mailbox.example>",
     "Following our call – your mother's hospital stay in Lisbon (TR-26-00871)", "2026-02-03 12:15",
     body="""
Dear Ms Brennan,

thank you for taking my call back this morning. As discussed:

- Your mother, Mrs Margaret Brennan (insured person under travel policy
  TR-26-00871), was admitted to Hospital da Luz Lisboa on 31 January with acute
  appendicitis and underwent a laparoscopic appendectomy on 1 February.
- Our assistance partner GlobalAssist has issued a guarantee of payment to the
  hospital, so you do not need to pay the hospital bill yourself.
- The treating surgeon expects discharge on 4 or 5 February. A medically
  accompanied flight home is not necessary; she may fly in economy class, and we
  will cover the rebooking of her return flight.

Please keep all receipts for taxis and pharmacy items (painkillers, dressings).
You can send them to us after her return.

We wish your mother a quick recovery.
""" + S("okafor", "en"),
     html="""
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Ms Brennan,</p>
<p>thank you for taking my call back this morning. As discussed:</p>
<ul>
<li>Your mother, Mrs Margaret Brennan (insured person under travel policy <b>TR-26-00871</b>), was admitted to Hospital da Luz Lisboa on 31 January with acute appendicitis and underwent a laparoscopic appendectomy on 1 February.</li>
<li>Our assistance partner GlobalAssist has issued a guarantee of payment to the hospital, so you do not need to pay the hospital bill yourself.</li>
<li>The treating surgeon expects discharge on 4 or 5 February. A medically accompanied flight home is not necessary; she may fly in economy class, and we will cover the rebooking of her return flight.</li>
</ul>
<p>Please keep all receipts for taxis and pharmacy items (painkillers, dressings). You can send them to us after her return.</p>
<p>We wish your mother a quick recovery.</p>
<p>Best regards,<br>Hannah Okafor<br>International Service Desk | Auenwald Versicherung AG<br>+49 561 7080-3907</p>
</body></html>
""")

mail(9, "CONFIDENTIAL", "de", "internal",
     "call note to motor claims: parking damage, named caller, plate, policy number, nobody hurt",
     A["aydin"], KFZ, "Tel.-Notiz: Parkschaden gemeldet, KF-2024-118834", "2026-02-04 09:58",
     body="""
Schadenmeldung telefonisch, 09:40 Uhr

VN: Sabine Rößler, Am Weinberg 12, 34246 Vellmar
Vertrag: KF-2024-118834 (Teilkasko + Haftpflicht)
Fahrzeug: Skoda Fabia, KS-SR 208

Frau Rößler hat gestern Abend auf dem Parkplatz vom Rewe Vellmar beim Ausparken
einen abgestellten Opel Corsa (HR-KL 93) am Kotflügel touchiert. Halter des
Corsa war vor Ort, Personalien ausgetauscht: Klaus Lehnert, Tel. 05605 918 233.
Keine Personen verletzt, Polizei nicht gerufen.

Frau Rößler fragt, ob sie den Schaden lieber selbst zahlen soll, um die SF-Klasse
zu behalten (aktuell SF 7). Habe auf die Rückkaufmöglichkeit hingewiesen, sie
möchte eine kurze Rechnung von euch, was sich lohnt.

Bitte Schadennummer an sie per Post, sie hat keine Mail-Adresse angegeben.
""" + S("aydin"))

mail(10, "NORMAL", "de", "newsletter",
     "trap: internal call-centre newsletter, HTML-only with KPI table per hotline (Kranken, Pflege, Leben), aggregates only",
     "Kundenservice-Center Kommunikation <kundenservice-news@auenwald.example>", CC_ALL,
     "Hörer ab! – Der Newsletter des Kundenservice-Centers, Ausgabe Februar 2026", "2026-02-06 08:00",
     html="""
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Hörer ab! Februar 2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h1 style="color:#2b6e3f">Hörer ab! – Februar 2026</h1>
<p>Liebe Kolleginnen und Kollegen, der Januar war der stärkste Monat seit zwei Jahren:
die Beitragsanpassung in der Krankenversicherung hat uns über 41.000 Anrufe beschert.
Danke für euren Einsatz!</p>
<h2>Zahlen Januar</h2>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#e3efe6"><th>Hotline</th><th>Anrufe</th><th>Service-Level (80/20)</th><th>Ø Gesprächsdauer</th><th>Rückrufe angelegt</th></tr>
<tr><td>Kranken / Arztrechnungen</td><td>18.432</td><td>71 %</td><td>6:12 min</td><td>2.904</td></tr>
<tr><td>Pflege</td><td>2.115</td><td>83 %</td><td>8:40 min</td><td>388</td></tr>
<tr><td>Leben / BU</td><td>4.870</td><td>86 %</td><td>5:05 min</td><td>611</td></tr>
<tr><td>Kfz / Sach / Haftpflicht</td><td>12.006</td><td>79 %</td><td>4:31 min</td><td>1.250</td></tr>
<tr><td>International Service Desk</td><td>3.741</td><td>88 %</td><td>7:02 min</td><td>402</td></tr>
</table>
<h2>Neu im Team</h2>
<p>In Kassel begrüßen wir Fabian Roos und Elif Kaya (Team 2), in Erfurt Mareike Hoss.
Herzlich willkommen!</p>
<h2>Tipp des Monats: Rückrufnotizen</h2>
<p>Bitte schreibt in die Rückrufbitte nur, <em>worum</em> es geht („Frage zur Abrechnung
Zahnarzt“), aber keine Diagnosen oder Befunde. Die Fachabteilung sieht die Details ohnehin
in der Akte. Der Datenschutz hat uns dazu eine kurze Checkliste gegeben – sie hängt
im Intranet unter <a href="http://intranet.auenwald.example/kundenservice/datenschutz">Kundenservice › Datenschutz</a>.</p>
<h2>Termine</h2>
<ul><li>12.02. Produktschulung Zahnzusatz „DentPlus“</li><li>26.02. Teamtag Erfurt</li></ul>
<p style="font-size:11px;color:#777">Interner Newsletter – nur für Mitarbeitende der Auenwald Versicherung AG.</p>
</body></html>
""", html_cte="quoted-printable")

mail(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body, PDF attachment only: call protocol with rehab diagnosis (C50.4, post-op rehab) for named customer",
     A["moeller"], "Gisela Hartung <gisela.hartung@kabelmail.example>",
     "Zusammenfassung unseres Telefonats vom 09.02.2026", "2026-02-09 15:30",
     body="""
Sehr geehrte Frau Hartung,

wie am Telefon versprochen, sende ich Ihnen die Zusammenfassung unseres
Gesprächs als PDF. Bitte prüfen Sie die Angaben und geben Sie mir Bescheid,
falls etwas nicht stimmt.

Eine gute Zeit und herzliche Grüße
""" + S("moeller", "de"),
     att=[("Gespraechsprotokoll_2026-02-09.pdf", pdf([
         "Auenwald Krankenversicherung AG - Leistungsabteilung",
         "Gesprächsprotokoll",
         "",
         "Datum: 09.02.2026, 14:05-14:25 Uhr",
         "Gesprächspartnerin: Gisela Hartung, geb. 03.11.1958, Versicherungsnummer KV-5520874",
         "Bearbeiterin: Katrin Möller",
         "",
         "Anlass: Antrag auf Kostenübernahme einer Anschlussheilbehandlung",
         "",
         "Frau Hartung wurde am 27.01.2026 im Klinikum Fuldatal wegen eines Mammakarzinoms links",
         "(ICD-10 C50.4 L) brusterhaltend operiert. Die Klinik hat eine Anschlussheilbehandlung",
         "(AHB) in der Reha-Klinik Werraland, Bad Sooden-Allendorf, beantragt, Beginn 16.02.2026,",
         "Dauer voraussichtlich 21 Tage.",
         "",
         "Ergebnis: Die Kosten der AHB werden gemäß Tarif KOMFORT-S zu 100 % übernommen.",
         "Die Kostenzusage geht direkt an die Reha-Klinik. Die anschließende Strahlentherapie",
         "wird von der Klinik gesondert abgerechnet; Frau Hartung reicht die Rechnungen wie",
         "gewohnt ein.",
         "",
         "Frau Hartung fragte außerdem nach einer Haushaltshilfe während der Strahlentherapie.",
         "Hinweis gegeben: nicht im Tarif enthalten, ggf. Pflegeberatung über Pflege-Service.",
     ], title="Gesprächsprotokoll Hartung"), "application/pdf")])

mail(12, "NORMAL", "en", "internal",
     "trap: DOCX call script for travel insurance with placeholder caller <NAME>, example diagnoses as categories only",
     A["okafor"], "International Service Desk team <servicedesk-team@auenwald.example>",
     "Updated call script: travel health emergencies (v3.2)", "2026-02-10 10:12",
     body="""
Hi all,

attached is version 3.2 of the call script for incoming travel health emergencies.
Changes vs. 3.1:

* step 4: always ask whether the caller is the insured person or a relative
* step 6: new wording for the guarantee of payment
* GlobalAssist's new 24/7 number is in the appendix

Please read it before your next night shift and delete the old printouts.

Cheers
""" + S("okafor"),
     att=[("Call_script_travel_health_v3.2.docx", docx([
         ("b", "Call script – travel health emergencies (v3.2, February 2026)"),
         "1. Greeting: \"Auenwald International Service Desk, my name is <AGENT>. How can I help?\"",
         "2. Identify the policy: ask for the policy number (format TR-YY-NNNNN) and the insured person's name.",
         "3. Verify: date of birth and postcode of the policyholder. Never read data out to the caller.",
         "4. Ask whether the caller is the insured person, a relative, a hospital or a travel agent.",
         "5. Medical situation: ask only what is needed for the assistance (hospital name, city, admitted yes/no, "
         "fit to fly yes/no). Do NOT note diagnoses in the CRM free text; GlobalAssist's doctors handle this.",
         "6. Guarantee of payment: \"We will contact the hospital directly and confirm that costs are covered.\"",
         "7. Close: give the case reference <CASE-ID> and the 24/7 number.",
         ("table", [["Situation", "Route to"], ["Inpatient abroad", "GlobalAssist 24/7"],
                    ["Outpatient, bill < 500 EUR", "Travel Claims, normal process"],
                    ["Death abroad", "Team lead + GlobalAssist immediately"],
                    ["Lost luggage only", "Travel Claims"]]),
         "Appendix: GlobalAssist 24/7 +49 89 5550 1212, ops@globalassist.example",
     ], title="Call script travel health v3.2", author="Hannah Okafor"),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

mail(13, "CONFIDENTIAL", "de", "insurer-to-broker",
     "broker hotline follow-up: named customer's motor contract in premium arrears, returned direct debit",
     A["kurz"], "Tanja Vogt <t.vogt@vogt-partner.example>",
     "AW: Ihr Anruf wg. Kunde Brückner – Kfz-Vertrag gekündigt?", "2026-02-11 13:47",
     body="""
Hallo Frau Vogt,

wie eben am Telefon kurz angerissen, hier die Details:

Der Kfz-Vertrag KF-2023-907712 von Herrn Jens Brückner (Baunatal) ist nicht
gekündigt, aber im Mahnverfahren. Die Lastschrift für den Halbjahresbeitrag
(486,20 EUR) vom 01.01. ist mit "Konto erloschen" zurückgekommen, die erste Mahnung
ging am 19.01. raus. Wenn bis 02.03. nicht gezahlt ist, entfällt der
Versicherungsschutz nach § 38 VVG.

Wenn Herr Brückner Ihnen die neue Bankverbindung gibt, reicht mir eine kurze Mail,
dann ziehe ich den Beitrag noch einmal ein und stoppe die Mahnung.

Gruß aus Kassel

> -----Ursprüngliche Nachricht-----
> Von: Tanja Vogt <t.vogt@vogt-partner.example>
> Gesendet: Mittwoch, 11. Februar 2026 11:02
> An: Stefan Kurz
> Betreff: Kunde Brückner
>
> Hallo Herr Kurz, wie besprochen – der Kunde hat einen Brief bekommen,
> dass sein Auto nicht mehr versichert sei?! Können Sie mal schauen?
> Danke, T. Vogt
""" + S("kurz", "de"))

mail(14, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "English call note from the International Desk to German health claims, quoting the customer's German mail about a dental crown and root canal",
     A["vitale"], LK, "Call note / Telefonnotiz – Dr. Kessler, KV-6612049, dental treatment plan", "2026-02-12 16:20",
     body="""
Hallo Leistung Kranken,

sorry for writing in English – I took the call at the International Desk.

Dr. Anna Kessler (KV-6612049) called about her dental treatment plan (HKP) from
Zahnarztpraxis Morgenstern. She is going abroad for three months from 1 March and
wants to know before she leaves whether the crown on tooth 36 after the root canal
treatment will be covered. She already e-mailed the plan, see her message below.
Could someone check and call her back before Friday? Mobile +49 151 2290 4471,
German or English is fine.

Thanks!
Marco

-----Original Message-----
From: Anna Kessler <anna.kessler@mailo.example>
Sent: Thursday, 12 February 2026 08:14
To: kundenservice@auenwald.example
Subject: Heil- und Kostenplan Zahn 36

Sehr geehrte Damen und Herren,

anbei mein Heil- und Kostenplan. Nach der Wurzelbehandlung an Zahn 36 (die
war im Januar, Rechnung habe ich schon eingereicht) soll jetzt eine
Vollkeramikkrone drauf, geschätzte Kosten 1.180 EUR. Mein Zahnarzt sagt,
wegen der Entzündung sollte das nicht länger als 6 Wochen warten.

Bitte um kurze Rückmeldung, ich bin ab 01.03. für drei Monate in Kanada.

Viele Grüße
Anna Kessler
""" + S("vitale"))

mail(15, "NORMAL", "de", "insurer-to-supplier",
     "trap: telephony fault ticket, 'Kranken-Hotline' queue, callers lost – no caller data",
     A["wendt"], "Callvox Support <support@callvox.example>",
     "Störung Ticket #CVX-88120: Anrufer fliegen aus Warteschleife Kranken-Hotline", "2026-02-13 08:37",
     body="""
Guten Morgen,

seit heute 07:30 Uhr verlieren wir in der Warteschleife der Kranken-Hotline
(Zielrufnummer 0561 7080-3302, Queue "KV_Leistung") Anrufer nach exakt 120 Sekunden.
Die Anrufer hören kurz ein Besetztzeichen, dann ist die Verbindung weg. In der
Statistik erscheinen sie als "abandoned".

Betroffen sind bisher ca. 140 Anrufe. Die anderen Queues (KFZ_SACH, LEBEN, INTL)
laufen normal. Seit dem Update am Samstag ist das Zeitlimit der Queue auf 120 s
gesetzt, vorher 900 s – vermutlich liegt es daran.

Bitte dringend prüfen, Priorität 1. Rückruf an mich unter 0561 7080-3120.

Danke
""" + S("wendt"))

mail(16, "CONFIDENTIAL", "de", "insurer-to-customer",
     "callback attempt failed: named customer, building claim number, insured address (water damage, no injury)",
     A["fuchs"], "Familie Okonkwo <okonkwo.family@netzmail.example>",
     "Wir haben Sie leider nicht erreicht – Leitungswasserschaden S-2026-01145", "2026-02-16 11:10",
     body="""
Sehr geehrte Frau Okonkwo, sehr geehrter Herr Okonkwo,

ich habe heute zweimal versucht, Sie wegen Ihres Leitungswasserschadens zu
erreichen (Schadennummer S-2026-01145, Wohngebäudeversicherung WG 3390512,
Haus Kirchweg 8, 34355 Staufenberg).

Es geht um den Termin mit unserem Sachverständigen. Herr Rademacher könnte am
Donnerstag, 19.02., zwischen 10 und 12 Uhr bei Ihnen vorbeikommen und sich den
Schaden im Badezimmer und im Keller ansehen. Passt Ihnen das?

Bitte rufen Sie mich zurück (0561 7080-6410) oder antworten Sie kurz auf diese
E-Mail. Die Trocknungsgeräte können Sie bis dahin gern weiterlaufen lassen; die
Stromkosten dafür erstatten wir.
""" + S("fuchs", "de"))

mail(17, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "callback request to long-term care: daughter calls about mother's care level 3 upgrade and dementia",
     A["aydin"], PFLEGE, "Rückruf erbeten: Tochter von Frau Irmgard Seidel (PT-118204) – Höherstufung Pflegegrad",
     "2026-02-17 14:03",
     body="""
Rückrufbitte

Anruferin: Claudia Seidel-Braun (Tochter, hat Vollmacht laut Akte)
Tel.: 0561 401 77 82, erreichbar Mo-Fr ab 16 Uhr
Betrifft: Irmgard Seidel, Pflegetagegeld PT-118204

Anliegen: Bei der Mutter wurde im Januar der Pflegegrad von 2 auf 3 erhöht
(Demenz fortgeschritten, seit Dezember nachts Begleitung nötig). Bescheid der
Pflegekasse liegt vor und wurde letzte Woche per Post geschickt. Tochter fragt,
ab wann wir das höhere Pflegetagegeld zahlen und ob für die Tagespflege ab März
etwas extra möglich ist.

Hab noch keinen Eingang gesehen, bitte prüfen.
""" + S("aydin"))

mail(18, "NORMAL", "de", "internal",
     "trap: DPO reminder on call-note free text with example diagnoses and ICD codes, no real person",
     A["olbrich"], CC_ALL, "Datenschutz-Hinweis: Was gehört in die Telefonnotiz – und was nicht",
     "2026-02-18 09:00", cc=A["lindqvist"],
     body="""
Liebe Kolleginnen und Kollegen im Kundenservice-Center,

bei der letzten Stichprobe der Telefonnotizen im KUBUS sind uns wieder Freitexte
aufgefallen, die deutlich mehr enthalten, als für die Weiterleitung nötig ist.
Daher noch einmal die Regeln in Kurzform:

Richtig:   "Kundin fragt nach Stand der Erstattung Arztrechnung vom 12.01."
Falsch:    "Kundin hat Depression (F32.1), nimmt Sertralin, fragt nach Erstattung"

Richtig:   "Rückruf Leistung Leben wegen BU-Antrag"
Falsch:    "Rückruf wegen BU, Kunde hat seit Herzinfarkt Angststörung"

Gesundheitsangaben sind besondere Kategorien personenbezogener Daten (Art. 9
DSGVO) und unterliegen bei uns zusätzlich § 203 StGB. Diagnosen, Medikamente,
ICD-Codes und Befunde gehören in die Leistungsakte, nicht in die Notiz und nicht
in unverschlüsselte E-Mails an Fachabteilungen.

Wenn ihr unsicher seid: lieber eine Zeile weniger. Die Fachabteilung ruft
ohnehin zurück.

Vielen Dank für eure Unterstützung!
""" + S("olbrich"))

mail(19, "CONFIDENTIAL", "en", "insurer-to-customer",
     "address change confirmed after call: named customer, household policy number, date of birth, new address",
     SD, "Priya Raman <priya.raman@inbox.example>", "Confirmation of your change of address", "2026-02-19 10:25",
     body="""
Dear Ms Raman,

as discussed on the phone, we have updated your details:

Policyholder:    Priya Raman, born 22/06/1989
Policies:        household contents HR 8814027, personal liability PH 5530118
New address:     Friedrich-Ebert-Straße 141, 34119 Kassel (from 1 March 2026)
Previous:        Goethestraße 9, 37073 Göttingen

Because your new flat is larger (78 m² instead of 54 m²), the sum insured of your
household contents policy will rise to EUR 50,700. Your new monthly premium is
EUR 9.85 (previously EUR 7.20). You will receive an updated policy schedule by
post within the next few days.

Good luck with the move!
""" + S("vitale", "en"))

mail(20, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "cost coverage confirmation after a hospital's phone call: named patient, admission, diagnosis code I21.4",
     A["haberland"], "Patient Accounts – St. Mary's Hospital <billing@stmarys-hospital.example>",
     "Guarantee of payment – patient Thomas Lindner, admission 20 Feb 2026", "2026-02-21 09:44",
     body="""
Dear Mr Okoye,

further to your telephone call to our International Service Desk yesterday
evening, I confirm the assumption of costs for the following patient:

Patient:          Thomas Lindner, date of birth 04 July 1961
Policy:           Auenwald international health plan IHP-2207731
Admission:        20 February 2026, emergency department
Diagnosis:        NSTEMI (ICD-10 I21.4), coronary angiography planned

We cover the medically necessary inpatient treatment in a semi-private room,
including the angiography and, if indicated, stent implantation. Please send the
final invoice with the discharge report to claims@auenwald.example, quoting our
reference IHP-G-26-0412.

For any questions about the treatment please contact me directly.

Yours sincerely,
""" + S("haberland", "en"))

mail(21, "NORMAL", "de", "internal",
     "trap: QA coaching with anonymised call excerpt ('Anruferin (anonymisiert)', Zahnersatz), no identifiable person",
     A["demir"], A["brandes"], "Feedback Gesprächsmonitoring Januar", "2026-02-23 13:30",
     body="""
Hallo Timo,

hier wie besprochen das schriftliche Feedback zu den drei Mitschnitten aus dem
Januar-Monitoring. Insgesamt 84 von 100 Punkten – richtig gut!

Was super war:
- Begrüßung und Legitimation immer vollständig (Geburtsdatum + PLZ abgefragt,
  nichts vorgelesen).
- Im Gespräch 2 (Anruferin, anonymisiert, Frage zu Zahnersatz-Erstattung) hast du
  die Tarifleistung sehr verständlich erklärt, ohne Fachchinesisch.

Woran wir arbeiten können:
- Gespräch 1: Die Anruferin wollte eigentlich nur wissen, wann das Geld kommt. Du
  hast ihr den ganzen Prüfprozess erklärt – kürzer geht auch: Zeitraum nennen,
  Rückruf anbieten.
- Gespräch 3: Am Ende fehlte die Zusammenfassung ("Ich fasse kurz zusammen ...").

Nächstes Monitoring ist im April. Wenn du magst, hören wir uns Gespräch 1 nochmal
gemeinsam an.
""" + S("demir"))

mail(22, "CONFIDENTIAL", "de", "internal",
     "call note to legal expenses: employment dispute, named customer, employer, monthly gross salary",
     A["brandes"], RS, "Telefonnotiz RS-880412 – Deckungsanfrage Kündigungsschutzklage", "2026-02-24 10:51",
     body="""
Hallo Rechtsschutz,

Anruf von Herrn Dirk Pohlmann, RS-880412 (Privat-, Berufs- und Verkehrsrechtsschutz).

- Arbeitgeber: Elektro Wagner GmbH, Melsungen, dort seit 2014 Lagerleiter
- Ordentliche Kündigung erhalten am 20.02.2026 (betriebsbedingt, zum 31.05.)
- Bruttogehalt laut Kunde 3.850 EUR/Monat
- Will Kündigungsschutzklage erheben, Frist läuft bis 13.03.
- Anwalt schon ausgesucht: RA Brenner, Kanzlei Brenner Rechtsanwälte, Kassel

Er möchte heute noch eine Deckungszusage, damit der Anwalt loslegen kann. Ich hab
ihm gesagt, dass ihr euch spätestens morgen meldet. Tel. 05661 922 404.

Danke
""" + S("brandes"))

mail(23, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: confirmation of beneficiary change in a life policy after phone call; windows-1252 quoted-printable",
     A["steinmetz"], "Herr Wolfgang Ebeling <w.ebeling@t-net.example>",
     "Bestätigung: Änderung des Bezugsrechts – Lebensversicherung LV 20.447.193-2", "2026-02-25 15:02",
     body="""
Sehr geehrter Herr Ebeling,

wie heute telefonisch besprochen, bestätigen wir Ihnen die Änderung des
Bezugsrechts für den Todesfall in Ihrer Kapitallebensversicherung
LV 20.447.193-2.

Bezugsberechtigt ist ab dem Eingang Ihrer unterschriebenen Erklärung (25.02.2026):

  Frau Ursula Ebeling, geb. Krämer, geboren am 14.03.1962 – widerruflich, 100 %

Das bisherige Bezugsrecht zugunsten Ihres Sohnes Sven Ebeling ist damit
aufgehoben. Der aktuelle Rückkaufswert Ihres Vertrags beträgt 38.412,77 €,
die garantierte Ablaufleistung zum 01.12.2031 beträgt 52.000,00 €.

Die Änderung wird im nächsten Versicherungsschein-Nachtrag dokumentiert.
""" + S("steinmetz", "de"), charset="windows-1252", cte="quoted-printable")

mail(24, "NORMAL", "en", "insurer-to-partner",
     "trap: reinsurer gets quarterly health-hotline statistics (call reasons incl. 'hospital', 'cancer aftercare') as aggregates XLSX",
     A["lindqvist"], "Jonas Berglund <jonas.berglund@nordkap-re.example>",
     "Q4 2025 service statistics for the health quota share", "2026-02-26 11:00",
     body="""
Dear Jonas,

as agreed in the treaty review, please find attached the Q4 2025 service
statistics for the health portfolio in the quota share. As before, these are
counts of calls and callbacks by reason; no policy or person level data.

Noteworthy: calls about hospital cost coverage rose by 14 % compared with Q3,
mainly because of the winter wave of respiratory infections. The share of
callbacks completed within 2 working days stayed at 93 %.

Happy to discuss on our call on 5 March.

Best regards,
""" + S("lindqvist", "en"),
     att=[("Q4-2025_health_service_stats.xlsx", xlsx([
         ("Calls by reason", [
             ["Reason", "Oct", "Nov", "Dec", "Q4 total"],
             ["Outpatient invoices / reimbursement status", 5120, 5410, 4870, 15400],
             ["Hospital cost coverage", 812, 903, 1044, 2759],
             ["Dental treatment plans", 1333, 1290, 1011, 3634],
             ["Cancer aftercare / rehab questions", 96, 104, 88, 288],
             ["Premium adjustment", 402, 2210, 6930, 9542],
             ["Other", 1580, 1602, 1394, 4576],
         ]),
         ("Callbacks", [
             ["Metric", "Q3 2025", "Q4 2025"],
             ["Callbacks created", 6103, 7320],
             ["Completed within 2 working days", 0.94, 0.93],
             ["Complaints", 71, 88],
         ])]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

mail(25, "CONFIDENTIAL", "de", "insurer-to-customer",
     "callback appointment as ICS: total-loss motor claim, named customer, plate and claim number in ICS description",
     A["benz"], "Nicole Albrecht <nicole.albrecht@mailbox.example>",
     "Ihr Rückruftermin am Montag, 02.03., 09:30 Uhr", "2026-02-27 12:40",
     body="""
Hallo Frau Albrecht,

wie vereinbart rufe ich Sie am Montag um 9:30 Uhr an, um das Ergebnis des
Gutachtens zu Ihrem Fahrzeug zu besprechen. Die Termineinladung hängt an, dann
haben Sie ihn im Kalender.

Bis Montag!
""" + S("benz", "de"),
     att=[("Rueckruftermin.ics", ics("cb-20260302-0930-benz@auenwald.example", "20260302T093000", "20260302T094500",
                                     "Rückruf Auenwald Kfz-Schadenservice (Herr Benz)",
                                     "Rückruf zu Schaden S-2026-01377\nVersicherungsnehmerin: Nicole Albrecht\n"
                                     "Fahrzeug: Ford Focus Turnier, KS-NA 1103\nThema: Gutachten Rademacher, "
                                     "wirtschaftlicher Totalschaden, Wiederbeschaffungswert 9.800 EUR, Restwert 1.450 EUR",
                                     "Telefon", "oliver.benz@auenwald.example", "nicole.albrecht@mailbox.example"),
           "text/calendar")])

mail(26, "NORMAL", "de", "internal",
     "grey: callback request for a named prospect about dental supplementary cover – no contract, no health data, no bank data",
     A["kowalczyk"], "Vertrieb Innendienst <vertrieb.innendienst@auenwald.example>",
     "Rückrufbitte Interessent – Zahnzusatzversicherung", "2026-03-02 09:12",
     body="""
Hallo Vertrieb,

ein Interessent hat in der Hotline angerufen und möchte sich zur
Zahnzusatzversicherung DentPlus beraten lassen. Er ist bisher nicht bei uns
versichert und möchte Tarife vergleichen (Familie, zwei Kinder).

Name: Herr Benedikt Sauer
Tel.: 0561 50 44 918
Beste Zeit: Di oder Do ab 17 Uhr

Er hat nach der Online-Abschlussstrecke gefragt, wollte aber lieber persönlich
sprechen. Infomaterial habe ich noch nicht geschickt.

Danke euch
""" + S("kowalczyk"))

mail(27, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "harmless body; the attached forwarded customer mail (message/rfc822) contains hospital invoice, stay for hip replacement",
     A["brandes"], LK, "WG: Krankenhausrechnung – bitte übernehmen", "2026-03-03 10:30",
     body="""
Hallo,

Kundin hat zusätzlich angerufen und nachgefragt, ob die Mail angekommen ist.
Leite ich euch weiter, ist eure Baustelle. Ich habe ihr gesagt, dass
Leistungsanfragen in 10 Arbeitstagen bearbeitet werden.

Gruß Timo
""",
     att=[eml("Hildegard Vogel <hildegard.vogel@postfach.example>", "kundenservice@auenwald.example",
              "Krankenhausrechnung Klinikum Fuldatal", "2026-03-02 19:48", """
Sehr geehrte Damen und Herren,

ich war vom 09.02. bis 20.02.2026 im Klinikum Fuldatal, wo mir ein künstliches
Hüftgelenk rechts eingesetzt wurde (Coxarthrose). Jetzt habe ich die Rechnung
für das Zweibettzimmer und die Chefarztbehandlung bekommen:

  Wahlleistung Unterkunft Zweibettzimmer: 11 Tage x 68,00 EUR = 748,00 EUR
  Chefarzt Prof. Dr. Brandt, Liquidation nach GOÄ: 3.214,55 EUR

Meine Versicherungsnummer ist KV-3307716. Die Rechnungen habe ich eingescannt
und in der App hochgeladen, aber die App sagt "Fehler beim Hochladen".
Ich bin 74 und komme mit der Technik nicht so gut zurecht. Können Sie
bitte nachsehen, ob alles angekommen ist?

Mit freundlichen Grüßen
Hildegard Vogel
Am Lindenberg 3, 34253 Lohfelden
""", "<b3c0e1f2-7a41-4d9e-9a11-2f6a0c2d9e31@postfach.example>")])

mail(28, "CONFIDENTIAL", "en", "internal",
     "call note to property claims: burglary at a named customer's flat, stolen items, police reference",
     A["okafor"], SACH, "Call note: burglary reported, household policy HR 9902113 (customer speaks English)",
     "2026-03-04 18:22",
     body="""
Hi Sachschaden team,

I took this call at the International Desk, customer prefers English.

Customer:   Mr Liam O'Sullivan, Kölnische Straße 57, 34117 Kassel
Policy:     HR 9902113 (household contents, incl. bicycle cover)
Date:       break-in on 3 March 2026 between 09:00 and 18:30 while he was at work
Police:     Polizeirevier Mitte, reference 0331-26-004417

Stolen (his estimate):
- MacBook Pro 14" (bought 2024), approx. EUR 2,100
- road bike Canyon Endurace, was in the flat, approx. EUR 1,600
- watch (gift), approx. EUR 450
- EUR 200 in cash

Front door lock was broken, landlord has already replaced it. He asked whether
we pay for the new lock as well – I said you'd check.

Please call him back on +49 160 9912 4530 (English).

Thanks, Hannah
""")

mail(29, "NORMAL", "de", "insurer-to-customer",
     "trap: grey: brochure on supplementary long-term care sent to a caller who is only interested, generic care costs and care levels",
     KS, "Frau Elke Brandt <elke.brandt@webpost.example>", "Ihre Informationen zur Pflegezusatzversicherung",
     "2026-03-05 14:40",
     body="""
Sehr geehrte Frau Brandt,

vielen Dank für Ihren Anruf und Ihr Interesse an unserer Pflegezusatzversicherung.
Wie gewünscht senden wir Ihnen unsere Produktinformationen.

Kurz das Wichtigste:

• Die gesetzliche Pflegeversicherung deckt im Pflegeheim bei Pflegegrad 3 im
  Schnitt nur etwa die Hälfte der Kosten; der Eigenanteil liegt in Hessen
  derzeit bei rund 2.900 EUR im Monat.
• Unser Pflegetagegeld „PflegeFlex“ zahlt ab Pflegegrad 2 – egal ob Sie zu Hause
  von Angehörigen oder im Heim gepflegt werden.
• Bis zum Alter von 65 Jahren ist ein Abschluss mit vereinfachten
  Gesundheitsfragen möglich.

Die Broschüre und die Beitragstabelle finden Sie unter
https://www.auenwald.example/pflege/pflegeflex. Gern berechnen wir Ihnen einen
persönlichen Beitrag – dazu rufen Sie uns einfach noch einmal an.
""" + S("kowalczyk", "de"))

mail(30, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "urgent callback request to accident claims: named customer fell from scaffolding, fractures, hospital",
     A["hoppe"], UNFALL, "DRINGEND Rückruf – Unfall Herr Schuster, UV-7730415", "2026-03-06 08:15",
     body="""
Bitte heute noch zurückrufen!

Ehefrau von Herrn Marcel Schuster (Unfallversicherung UV-7730415) hat um 07:50
angerufen. Herr Schuster ist gestern beim Dachdecken am eigenen Haus vom Gerüst
gestürzt (ca. 3 m), liegt im Helios? – nein, im Katholischen Krankenhaus Erfurt,
Unfallchirurgie. Laut Ehefrau Trümmerbruch Fersenbein links, Beckenprellung,
wird morgen operiert.

Sie fragt: Krankenhaustagegeld, Bergungskosten (Rettungswagen), und ob wegen der
Invaliditätsleistung jetzt schon was eingereicht werden muss.

Frau Schuster: 0361 60 12 775 (Handy 0152 3390 8114)

Hab die Unfallanzeige per Post rausgeschickt.
""" + S("hoppe"))

mail(31, "NORMAL", "en", "newsletter",
     "trap: broker newsletter on dental tariffs, orthodontics for children, 'pre-existing conditions' – generic marketing",
     "Auenwald Broker Bulletin <broker-news@auenwald.example>", "Brightwater Insurance Brokers <clientservices@brightwater.example>",
     "Broker Bulletin 03/2026: new dental plans, faster hospital approvals", "2026-03-09 07:30",
     body="""
AUENWALD BROKER BULLETIN – March 2026

1) DentPlus Expat: our dental plan is now available for expatriates in Germany
   - 90 % for crowns, bridges and implants, 100 % for prophylaxis
   - orthodontics for children up to age 18 (KIG 1-2 included)
   - no waiting periods when switching from a comparable plan
   Teeth already missing at application are excluded, as are treatments
   already planned or recommended.

2) Hospital approvals in 24 hours: our International Service Desk now confirms
   hospital cost coverage for planned admissions within one working day.

3) Webinar "Pre-existing conditions in international health plans – what your
   clients must declare", 24 March, 10:00 CET. Register at
   https://makler.auenwald.example/webinar

You receive this bulletin as a registered Auenwald partner. Unsubscribe:
https://makler.auenwald.example/newsletter/abmelden
""",
     html="""
<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#1f4e79">AUENWALD BROKER BULLETIN – March 2026</h2>
<h3>1) DentPlus Expat: our dental plan is now available for expatriates in Germany</h3>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Benefit</th><th>Reimbursement</th></tr>
<tr><td>Crowns, bridges, implants</td><td>90 %</td></tr>
<tr><td>Prophylaxis</td><td>100 %</td></tr>
<tr><td>Orthodontics for children up to 18 (KIG 1-2)</td><td>80 %</td></tr>
</table>
<p>No waiting periods when switching from a comparable plan. Teeth already missing at application are excluded, as are treatments already planned or recommended.</p>
<h3>2) Hospital approvals in 24 hours</h3>
<p>Our International Service Desk now confirms hospital cost coverage for planned admissions within one working day.</p>
<h3>3) Webinar</h3>
<p>"Pre-existing conditions in international health plans – what your clients must declare", 24 March, 10:00 CET.
<a href="https://makler.auenwald.example/webinar">Register here</a>.</p>
<p style="font-size:11px;color:#888">You receive this bulletin as a registered Auenwald partner.
<a href="https://makler.auenwald.example/newsletter/abmelden">Unsubscribe</a></p>
</body></html>
""")

mail(32, "CONFIDENTIAL", "de", "insurer-to-company",
     "commercial liability claim of a company customer with named contact person, claim number, third party's damaged floor",
     A["ellerbrock"], "Frank Krüger <f.krueger@krueger-fenster.example>",
     "Ihr Anruf vom 09.03. – Haftpflichtschaden BHV 4410-2291, Schaden S-2026-01702", "2026-03-10 09:05",
     body="""
Sehr geehrter Herr Krüger,

danke für Ihren Anruf gestern. Ich fasse zusammen, was Sie geschildert haben:

Ihr Monteur hat am 05.03.2026 beim Einbau von drei Fenstern im Haus von
Frau Dr. Petra Lenz (Brüder-Grimm-Straße 22, 34131 Kassel) mit einem
Werkzeugkoffer das Eichenparkett im Wohnzimmer beschädigt (tiefe Kratzer und
eine Delle, ca. 4 m²). Verletzt wurde niemand.

Wir haben den Schaden unter S-2026-01702 zu Ihrer Betriebshaftpflicht
BHV 4410-2291 angelegt. Frau Dr. Lenz hat bereits einen Kostenvoranschlag eines
Parkettlegers (2.960 EUR brutto) – bitte lassen Sie ihn uns zukommen, zusammen
mit dem Namen des Monteurs und einer kurzen schriftlichen Schilderung.

Ihre Selbstbeteiligung beträgt laut Vertrag 250 EUR.
""" + S("ellerbrock", "de"))

mail(33, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "request for a medical report after a phone call with the practice: named patient, suspected pre-existing condition",
     A["amsel"], "Praxis Dr. med. Carola Weidner <praxis@praxis-weidner.example>",
     "Anforderung Befundbericht – Ihre Patientin Melanie Graf, geb. 09.08.1984", "2026-03-11 11:20",
     body="""
Sehr geehrte Frau Dr. Weidner,

vielen Dank für das freundliche Telefonat mit Ihrer Praxismitarbeiterin
Frau Jung heute Vormittag.

Wie besprochen bitten wir um einen kurzen Befundbericht zu Ihrer Patientin
Frau Melanie Graf, geb. 09.08.1984, wohnhaft Wiesenweg 4, 34225 Baunatal.
Frau Graf hat bei uns eine Berufsunfähigkeitsversicherung beantragt und uns
von der Schweigepflicht entbunden (Erklärung liegt als Anlage bei Ihrer
Praxis per Post vor).

Konkret benötigen wir Angaben zu:
1. den Behandlungen wegen Rückenschmerzen (M54.5) in den Jahren 2023 bis 2025,
2. ggf. durchgeführter Bildgebung (MRT LWS) und deren Ergebnis,
3. Arbeitsunfähigkeitszeiten in diesem Zusammenhang.

Ihr Honorar nach GOÄ Nr. 75 übernehmen wir selbstverständlich. Bitte senden Sie
den Bericht per Post oder über unser Ärzteportal
(https://aerzte.auenwald.example), nicht per E-Mail.
""" + S("amsel", "de"))

mail(34, "NORMAL", "de", "internal",
     "trap: CRM release note for the new call-note mask with test person Max Mustermann and the published example IBAN",
     A["mahler"], CC_ALL, "KUBUS Release 26.3 – neue Maske Telefonnotiz / Rückrufbitte", "2026-03-12 17:02",
     body="""
Hallo Kundenservice,

am Montag geht KUBUS 26.3 live. Für euch ändert sich vor allem die Maske
"Telefonnotiz / Rückrufbitte":

1. Neues Pflichtfeld "Anliegen-Kategorie" (Auswahlliste, u. a. Leistungsabrechnung
   Kranken, Hilfsmittel, Pflege, BU-Leistung, Kfz-Schaden, Bankverbindung).
2. Das Freitextfeld ist auf 500 Zeichen begrenzt und zeigt einen Hinweis, wenn
   Diagnosen oder ICD-Codes erkannt werden.
3. Bankverbindungen werden geprüft (Prüfziffer), Tippfehler fallen sofort auf.
4. Rückrufbitten kann man jetzt direkt an ein Postfach statt an eine Person
   schicken.

Zum Ausprobieren gibt es in der Testumgebung (https://kubus-test.auenwald.example)
den Testkunden:

  Max Mustermann, Musterstraße 1, 12345 Musterstadt
  Testvertrag KV-0000001, IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN)

Bitte KEINE echten Kundendaten in der Testumgebung anlegen.

Schulungsvideo (7 Minuten) im Intranet unter KUBUS > Neuigkeiten.
""" + S("mahler"))

mail(35, "CONFIDENTIAL", "de", "insurer-to-customer",
     "SEPA mandate confirmed on the phone for legal expenses policy; IBAN, named customer; iso-8859-1",
     A["scholz"], "Herrn Günter Wöhler <g.woehler@netzmail.example>",
     "Bestätigung SEPA-Lastschriftmandat – Rechtsschutz RS-902231", "2026-03-13 10:18",
     body="""
Sehr geehrter Herr Wöhler,

wie soeben telefonisch vereinbart, ziehen wir den Beitrag für Ihre
Rechtsschutzversicherung RS-902231 künftig per Lastschrift ein.

Zahlungsempfänger: Auenwald Allgemeine Versicherung AG
Gläubiger-ID: """ + creditor_id("DE", "00000482913") + """
Mandatsreferenz: RS902231-01
Kontoinhaber: Günter Wöhler
IBAN: """ + iban("DE", "82050000" + "0031884207") + """
Zahlungsweise: jährlich, erstmals zum 01.04.2026, Betrag 289,20 EUR

Sie können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die
Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit Ihrem
Kreditinstitut vereinbarten Bedingungen.
""" + S("scholz", "de"), charset="iso-8859-1", cte="quoted-printable")

mail(36, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "pre-authorisation of a knee MRI for an expat customer after a call; body base64-encoded",
     SD, "Ji-woo Park <jiwoo.park@mailo.example>", "Pre-authorisation confirmed – MRI of your left knee",
     "2026-03-16 13:55",
     body="""
Dear Mr Park,

following our phone call this morning, I am happy to confirm that we will cover
the MRI of your left knee requested by your orthopaedic surgeon, Dr. Heinemann
(Orthopädie am Königstor, Kassel), under your plan IHP-3310589.

Reason for the examination as stated on the referral: suspected medial meniscus
tear after a football injury on 7 March (ICD-10 S83.2).

Pre-authorisation number: PA-26-03-1187
Valid until: 30 April 2026
Provider: Radiologie Kassel-Mitte

Please give the pre-authorisation number to the radiology practice; they will
invoice us directly. If surgery (arthroscopy) is recommended afterwards, please
call us again before scheduling it.
""" + S("vitale", "en"), cte="base64")

mail(37, "NORMAL", "de", "internal",
     "trap: team meeting invitation (ICS) on handling calls about deaths and serious illness – training topic only",
     A["lindqvist"], "Team 2 Kundenservice <kundenservice-team2@auenwald.example>",
     "Einladung: Teamrunde Team 2 – Schwierige Gespräche (Todesfall, schwere Erkrankung)", "2026-03-17 12:00",
     body="""
Liebes Team 2,

nach den Rückmeldungen aus der letzten Runde nehmen wir uns am 26.03. eine Stunde
Zeit für das Thema "schwierige Gespräche": Anrufe von Hinterbliebenen nach einem
Todesfall, Anrufe von Kundinnen und Kunden mit schweren Diagnosen, aufgebrachte
Anrufer bei Ablehnungen.

Frau Dr. Haberland aus der Leistungsprüfung und unsere Betriebspsychologin
sind dabei. Es geht nicht um konkrete Fälle, sondern um Formulierungen,
Grenzen und darum, wie ihr selbst gut aus solchen Gesprächen rauskommt.

Einladung hängt an.
""" + S("lindqvist"),
     att=[("Teamrunde_Team2.ics", ics("teamrunde-t2-20260326@auenwald.example", "20260326T140000", "20260326T150000",
                                     "Teamrunde Team 2: Schwierige Gespräche",
                                     "Themen: Anrufe nach Todesfall, schwere Erkrankungen, Ablehnungen. "
                                     "Keine Fallbesprechung einzelner Kunden.",
                                     "Kassel, Raum 3.07", "petra.lindqvist@auenwald.example",
                                     "kundenservice-team2@auenwald.example"), "text/calendar")])

mail(38, "CONFIDENTIAL", "de", "internal",
     "callback request to broker management: sole-trader broker's commission, his IBAN and tax number",
     A["aydin"], MB, "Rückrufbitte Makler Heller – Provisionsabrechnung Februar fehlt", "2026-03-18 15:44",
     body="""
Hallo Maklerbetreuung,

Herr Ralf Heller (Finanzkontor Heller, Einzelunternehmer, Vermittlernr. 0447120)
hat angerufen. Seine Provisionsabrechnung für Februar ist nicht gekommen und es
ist auch nichts auf seinem Konto eingegangen.

Er hat mir durchgegeben, dass er im Januar die Bank gewechselt hat und fürchtet,
dass die neue Verbindung nicht eingepflegt wurde:

  neu: """ + iban("DE", "52050000" + "0009044712") + """ (Kasseler Sparkasse)
  Steuernummer: 026 812 44190 (für die Gutschriften)

Bitte Rückruf unter 0561 920 3340, er ist heute bis 18 Uhr im Büro.
""" + S("aydin"))

mail(39, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "harmless body; CSV attachment only: open callback list for health claims with names, policy numbers and reasons (hearing aid, rollator, chemo)",
     A["wendt"], "Teamleitung Leistung Kranken <tl.leistung.kranken@auenwald.example>",
     "Offene Rückrufe KV – Stand 19.03., 08:00", "2026-03-19 08:05",
     body="""
Moin,

anbei der Export der offenen Rückrufe für eure Queue. 23 Stück älter als
zwei Tage, die sind oben sortiert. Sagt Bescheid, falls ihr Unterstützung
aus dem Kundenservice braucht – Team 3 hätte morgen Kapazität.

Lukas
""",
     att=[("rueckrufe_kv_2026-03-19.csv", csvb([
         ["Vorgang", "angelegt", "Kunde", "Vertrag", "Telefon", "Anliegen", "Alter (Tage)"],
         ["CC-260312-0044", "12.03.2026", "Bernd Obermann", "KV-2290417", "0561 33 8812", "Erstattung Hörgeräte beidseitig, Kostenvoranschlag Akustiker", "7"],
         ["CC-260313-0102", "13.03.2026", "Fatma Yildiz", "KV-6104522", "0176 224 9031", "Rollator + Duschhocker nach Schlaganfall, Rezept liegt vor", "6"],
         ["CC-260316-0019", "16.03.2026", "Heinz-Peter Kolb", "KV-1187320", "05602 7714", "Fahrtkosten Chemotherapie Klinikum Fuldatal", "3"],
         ["CC-260316-0087", "16.03.2026", "Jasmin Reuter", "KV-7738105", "0151 9920 3318", "Ablehnung Psychotherapie Verlängerung, Widerspruch angekündigt", "3"],
         ["CC-260317-0133", "17.03.2026", "Ole Jansen", "KV-5029981", "0561 47 1120", "Stand Erstattung Zahnersatz (HKP vom 02.02.)", "2"],
     ], enc="windows-1252"), "text/csv", {"charset": "windows-1252"})])

mail(40, "NORMAL", "en", "insurer-to-supplier",
     "trap: translation order for IVR prompts incl. phrases like 'hospital bills', 'sick pay' – no person",
     A["roth"], "Project Office – Lingua Bridge Translations <projects@linguabridge.example>",
     "Order: translation of 38 IVR prompts (EN, TR, RU, AR)", "2026-03-20 10:40",
     body="""
Dear Ms Novak,

thank you for your quote LB-26-0311. We hereby order the translation of the 38
IVR prompts for our customer hotline into English, Turkish, Russian and Arabic,
including recording by native speakers (female voice), as per your offer at a
fixed price of EUR 3,420.00 net.

Source texts are attached in your template. Please note that some prompts
contain insurance terms that must be translated consistently, e.g.
"Arztrechnungen" (doctors' bills), "Krankenhausaufenthalt" (hospital stay),
"Krankentagegeld" (daily sickness benefit) and "Berufsunfähigkeit" (occupational
disability). Our glossary is in the second tab.

Delivery: WAV, 8 kHz, mono, by 17 April 2026 to our telephony provider Callvox
(ftp handover details will follow from support@callvox.example).

Purchase order number: 4500-26-0917. Please quote it on your invoice.
""" + S("roth", "en"))

mail(41, "CONFIDENTIAL", "en", "insurer-to-customer",
     "travel cancellation after job loss (no health content): named customer, policy, booking value, claim number",
     A["turner"], "Elena Marković <elena.markovic@postfach.example>",
     "Your trip cancellation claim – what we need (claim TR-S-26-0533)", "2026-03-23 14:18",
     body="""
Dear Ms Marković,

thank you for your call earlier today. I'm sorry to hear about the loss of your
job; I have opened a cancellation claim under your annual travel policy
TR-26-01193:

  Trip:             package holiday, Crete, 10-24 May 2026, 2 adults
  Tour operator:    Sonnenreisen Kassel GmbH, booking no. SR-448120
  Travel price:     EUR 3,180.00
  Cancellation fee: 40 % as of today (EUR 1,272.00)
  Claim number:     TR-S-26-0533

Unexpected redundancy is an insured reason for cancellation. To settle the claim
we need:
1. the employer's notice of termination (copy),
2. the cancellation invoice from the tour operator,
3. proof that you were employed for more than one year (e.g. a payslip).

Please cancel the trip today if you have not done so yet, because the fee will
rise to 60 % from 10 April.
""" + S("turner", "en"))

mail(42, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only mail with a payment table: daily sickness allowance for a named customer, periods of incapacity to work",
     A["moeller"], "Herrn Sebastian Kuhn <sebastian.kuhn@kabelmail.example>",
     "Ihre Krankentagegeld-Zahlung März – Bestätigung nach Ihrem Anruf", "2026-03-24 11:45",
     html="""
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Kuhn,</p>
<p>wie heute am Telefon besprochen, haben wir die Zahlung Ihres Krankentagegeldes für den
März angewiesen. Die Arbeitsunfähigkeitsbescheinigung Ihres Hausarztes Dr. Lorenz bis
einschließlich 05.04.2026 liegt uns vor.</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#dfe9f3"><th>Zeitraum</th><th>Tage</th><th>Tagessatz</th><th>Betrag</th></tr>
<tr><td>01.03.–15.03.2026</td><td>15</td><td>95,00 EUR</td><td>1.425,00 EUR</td></tr>
<tr><td>16.03.–31.03.2026</td><td>16</td><td>95,00 EUR</td><td>1.520,00 EUR</td></tr>
<tr><td colspan="3"><b>Überweisung am 25.03.2026</b></td><td><b>2.945,00 EUR</b></td></tr>
</table>
<p>Versicherungsnummer: KV-4120995, Tarif KTG-43 (Leistung ab dem 43. Tag).</p>
<p>Bitte senden Sie uns Folgebescheinigungen immer bis spätestens drei Tage nach
Ausstellung. Sollte die Arbeitsunfähigkeit länger als sechs Monate dauern, melden wir uns
wegen einer Begutachtung bei Ihnen.</p>
<p>Mit freundlichen Grüßen<br>Katrin Möller<br>Leistungsabteilung Krankenversicherung<br>
Auenwald Krankenversicherung AG</p>
</body></html>
""", html_charset="utf-8", html_cte="quoted-printable")

mail(43, "NORMAL", "de", "internal",
     "trap: ODS with aggregated callback rates per topic (Hilfsmittel, Pflege, BU) – no persons",
     A["wendt"], A["lindqvist"], "Auswertung Rückrufquote Q1 (vorläufig)", "2026-03-31 16:50",
     body="""
Hallo Petra,

hier die vorläufige Auswertung für Q1, als ODS, weil ich die Tabelle aus dem
LibreOffice-Export habe. Die Zahlen für die letzte Märzwoche kommen noch.

Auffällig: Bei "Hilfsmittel" und "Pflege" liegt die Rückrufquote über 30 %,
weil wir dort fast nie abschließend am Telefon antworten können. Vorschlag
für die Steuerungsrunde: eigene Skill-Gruppe mit zwei geschulten Kolleginnen.

Gruß
""" + S("wendt"),
     att=[("Rueckrufquote_Q1_2026.ods", ods([("Q1", [
         ["Anliegen-Kategorie", "Anrufe", "Rückrufe", "Quote"],
         ["Leistungsabrechnung Kranken", 31877, 4620, "14,5 %"],
         ["Hilfsmittel", 2210, 731, "33,1 %"],
         ["Pflege", 6102, 1902, "31,2 %"],
         ["BU-Leistung", 1448, 388, "26,8 %"],
         ["Kfz-Schaden", 9120, 904, "9,9 %"],
         ["Bankverbindung / Adresse", 11890, 212, "1,8 %"],
     ])]), "application/vnd.oasis.opendocument.spreadsheet")])

mail(44, "CONFIDENTIAL", "de", "internal",
     "call note to collections: named customer asks for instalments on building insurance, short-time work, net income",
     A["kowalczyk"], INKASSO, "Gesprächsnotiz – Ratenzahlung WG 2208817 (Fam. Lorenz)", "2026-04-01 10:07",
     body="""
Hallo Beitragsservice,

Herr Andreas Lorenz (Wohngebäude WG 2208817, Ahnatal) hat angerufen wegen der
Jahresrechnung über 1.146,30 EUR (fällig 01.04.).

Er ist seit Februar in Kurzarbeit (50 %), Nettoeinkommen laut ihm aktuell ca.
1.700 EUR statt 2.600 EUR, die Frau arbeitet Teilzeit. Er bittet um Zahlung in
6 Monatsraten, ab Mai wäre auch monatliche Zahlweise für die Zukunft ok.

Ich habe nichts zugesagt, nur gesagt, dass ihr euch meldet. Mahnstopp bis zu eurer
Entscheidung wäre nett, die erste Mahnung würde sonst am 15.04. rausgehen.

Tel.: 05609 80 33 12 (abends)
""" + S("kowalczyk"))

mail(45, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
     "assistance partner: English request with the German call note quoted; repatriation of an injured customer from Spain",
     A["turner"], "GlobalAssist Operations <ops@globalassist.example>",
     "Repatriation request – Auenwald case TR-26-02291 / Ref. Ihre GA-ES-77120", "2026-04-02 19:35",
     body="""
Dear GlobalAssist team,

please organise the repatriation of our insured person from Málaga to Kassel.
Below is the call note from our service desk with all details we have; please
liaise with the treating physician regarding fitness to fly and the need for a
medical escort.

Cost coverage up to EUR 25,000 is confirmed under travel policy TR-26-02291.

Thank you,
Sophie

---------- Telefonnotiz Kundenservice, 02.04.2026, 18:50 Uhr ----------
Anrufer: Tobias Brenner (Sohn der VN), Tel. +49 170 5523 8890
VN / versicherte Person: Helga Brenner, geb. 12.09.1950
Reiseversicherung: TR-26-02291 (Jahrespolice, inkl. Rücktransport)

Frau Brenner ist am 31.03. in Torremolinos im Hotel gestürzt,
Oberschenkelhalsfraktur rechts, am 01.04. im Hospital Regional de Málaga
operiert (Hüft-TEP). Laut Sohn stabil, aber sehr verwirrt seit der OP
(Delir?). Klinik will sie ab 06.04. entlassen. Familie wünscht Rücktransport
nach Kassel, dort Reha geplant. Sohn ist vor Ort, spricht kein Spanisch.
-----------------------------------------------------------------------
""" + S("turner", "en"))

mail(46, "NORMAL", "de", "insurer-to-customer",
     "trap: automatic acknowledgement of the service mailbox warning not to send health data or bank details unencrypted",
     KS, "kontakt@familie-roemer.example", "Automatische Antwort: Ihre Nachricht an den Auenwald Kundenservice",
     "2026-04-03 22:14",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""
Guten Tag,

vielen Dank für Ihre Nachricht. Diese E-Mail ist eine automatische
Eingangsbestätigung – bitte antworten Sie nicht darauf.

Wir bearbeiten Ihr Anliegen in der Regel innerhalb von fünf Arbeitstagen.
Über die Ostertage (03.04.–06.04.) kann es etwas länger dauern.

Bitte beachten Sie:
- Senden Sie uns Arztrechnungen, Rezepte, Befunde oder Krankenhausberichte
  bitte über die App „Auenwald Meine Gesundheit“ oder per Post – nicht per
  unverschlüsselter E-Mail.
- Änderungen Ihrer Bankverbindung nehmen Sie am sichersten im Kundenportal
  https://meine.auenwald.example vor.
- Einen Schaden an Auto, Haus oder Wohnung können Sie rund um die Uhr unter
  0800 7080 111 melden.

Ihr Auenwald Kundenservice
""")

mail(47, "CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB number and VIN for a new car, requested by phone; named customer, reply with > quote",
     A["brandes"], "Katharina Wolff <katharina.wolff@inbox.example>", "Re: eVB für neues Auto", "2026-04-07 09:26",
     body="""
Hallo Frau Wolff,

wie eben am Telefon besprochen – hier Ihre eVB-Nummer für die Zulassung:

  eVB: A7K3M9P
  Fahrzeug: Hyundai i30, FIN TMAD381CALJ117402
  Halterin / VN: Katharina Wolff, Hessenallee 19, 34130 Kassel
  Vertrag: KF-2026-201547 (Haftpflicht + Vollkasko, SB 300/150)
  Schadenfreiheitsklasse: SF 12 (übernommen vom Vorvertrag KF-2019-330871)

Die eVB gilt 6 Monate. Nach der Zulassung bekommen Sie den Versicherungsschein
automatisch.

Gute Fahrt!
""" + S("brandes") + """
Katharina Wolff schrieb am 06.04.2026 um 21:03:
> Hallo, ich hole am Donnerstag mein neues Auto ab und brauche
> die eVB-Nummer. Die FIN steht in der Bestellbestätigung, siehe unten.
> TMAD381CALJ117402
> Danke!! K. Wolff
""")

mail(48, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "call note to life claims: widow reports the death of the policyholder, cause of death, term life policy",
     A["okafor"], LL, "Call note – death of policyholder, term life LV 40.220.871-5", "2026-04-08 12:12",
     body="""
Dear colleagues in Leben,

Mrs Rebecca Hollister called at 11:40 to report that her husband, Mr Andrew
Hollister (born 19 March 1971), policyholder and insured person of term life
policy LV 40.220.871-5, died on 4 April 2026 at Klinikum Kassel. According to
her he died of a pulmonary embolism after knee surgery.

She is the named beneficiary. She asked what documents she needs. I told her:
death certificate (Sterbeurkunde), the original policy document if available,
and a medical certificate on the cause of death – and that you will send her
the claim form. Her English is fine, German limited.

Contact: +49 561 3390 4412, rebecca.hollister@mailbox.example
She sounded very distressed; please be gentle when calling.

Hannah
""" + S("okafor"))

mail(49, "NORMAL", "en", "internal",
     "trap: workforce forecast CSV for health premium adjustment letters; words 'health', 'hospital', aggregated per week",
     A["wendt"], "Marco Vitale <marco.vitale@auenwald.example>, Hannah Okafor <hannah.okafor@auenwald.example>",
     "Forecast International Desk Q4 – premium adjustment letters", "2026-04-09 15:31",
     body="""
Hi Marco, hi Hannah,

for your planning: the premium adjustment letters for the international health
plans go out in week 44. Based on last year we expect the call peak in weeks
45-46. Forecast per week attached (calls, required agents at 80/20).

Main question types last year were "why is my premium higher", "can I switch to
a higher deductible" and hospital cover questions. Please plan FAQ training in
week 43.

Lukas
""" + S("wendt"),
     att=[("forecast_intl_desk_w40-w50.csv", csvb([
         ["week", "calls_forecast", "aht_sec", "agents_required", "comment"],
         ["40", "820", "410", "6", "normal"],
         ["43", "860", "410", "6", "FAQ training"],
         ["44", "1450", "455", "9", "letters sent"],
         ["45", "2310", "480", "13", "peak"],
         ["46", "2080", "470", "12", "peak"],
         ["47", "1290", "440", "8", ""],
         ["50", "790", "400", "6", "normal"],
     ], delim=";"), "text/csv")])

mail(50, "CONFIDENTIAL", "de", "insurer-to-lawyer",
     "liability claim to opposing lawyer: named policyholder, claim number, property damage only, no injury",
     A["ellerbrock"], "Kanzlei Brenner Rechtsanwälte <sekretariat@kanzlei-brenner.example>",
     "Ihr Zeichen 112/26 B – unser Schaden S-2026-02044, VN Herr Frederik Sandmann", "2026-04-10 11:33",
     body="""
Sehr geehrter Herr Rechtsanwalt Brenner,

Bezug nehmend auf Ihr Schreiben vom 02.04. und unser heutiges Telefonat teilen wir
Ihnen mit, dass wir als Privathaftpflichtversicherer von Herrn Frederik Sandmann
(Vertrag PH-661902) den Schaden Ihrer Mandantin dem Grunde nach anerkennen.

Sachverhalt nach Angaben unseres Versicherungsnehmers: Beim Aufbau eines
Partyzelts am 21.03.2026 ist eine Zeltstange umgestürzt und hat die
Frontscheibe des Pkw Ihrer Mandantin (KS-EW 302) beschädigt. Personen kamen
nicht zu Schaden.

Den Reparaturbetrag laut Rechnung Autoglas Süd (684,50 EUR) erstatten wir auf das
von Ihnen angegebene Kanzleikonto. Die geltend gemachte Nutzungsausfallentschädigung
für zwei Tage (2 x 43 EUR) übernehmen wir ebenfalls. Ihre Gebühren nach RVG
bitten wir gesondert aufzugeben.
""" + S("ellerbrock", "de"))

mail(51, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "confirmation after call: speech therapy for a customer's son covered, diagnosis and number of sessions",
     SD, "Rachel Adeyemi <rachel.adeyemi@inbox.example>", "Speech therapy for Daniel – confirmation", "2026-04-13 10:02",
     body="""
Dear Ms Adeyemi,

it was nice speaking to you this morning. As promised, a short written confirmation:

Your son Daniel (co-insured under your international health plan IHP-2980114) may
start the speech therapy prescribed by his paediatrician Dr. Yilmaz for his
developmental language disorder (F80.1). We cover 20 sessions of 45 minutes at
the practice Logopädie Sonnenschein in Kassel at 100 %, as the therapy is
prescribed and the practice is state-registered.

If the therapist recommends further sessions after the first 20, please send us
the new prescription and the therapist's short progress report before the 21st
session.

All the best to Daniel!
""" + S("okafor", "en"))

mail(52, "NORMAL", "de", "internal",
     "trap: journalist callback request forwarded to press office about premium increases in health insurance – no customer data",
     A["brandes"], "Pressestelle <presse@auenwald.example>", "Presseanfrage per Hotline – Beitragserhöhung PKV",
     "2026-04-14 11:48",
     body="""
Hallo Pressestelle,

bei uns in der Hotline ist eben eine Journalistin gelandet:

Frau Miriam Asmus, Nordhessische Rundschau (Wirtschaftsredaktion)
Tel. 0561 203 1177, m.asmus@nh-rundschau.example

Sie recherchiert zu den Beitragserhöhungen in der privaten Krankenversicherung
und fragt nach einem Gesprächspartner, der erklärt, warum Krankenhauskosten und
Arzneimittelpreise die Beiträge treiben. Frist: Donnerstag 12 Uhr.

Ich habe ihr natürlich keine Auskünfte gegeben, nur Rückruf zugesagt.

Timo
""")

mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of motor policy cancellation after vehicle sale: named customer, plate, policy, refund",
     A["benz"], "Herrn Ulrich Thamm <u.thamm@t-net.example>",
     "Bestätigung Vertragsende Kfz-Versicherung KF-2021-554830 (Fahrzeugverkauf)", "2026-04-15 13:20",
     body="""
Sehr geehrter Herr Thamm,

vielen Dank für Ihren Anruf. Wie besprochen endet Ihre Kfz-Versicherung
KF-2021-554830 für den BMW 318d mit dem Kennzeichen KS-UT 818 mit dem Verkauf des
Fahrzeugs am 11.04.2026. Der Käufer hat das Fahrzeug am 14.04.2026 umgemeldet.

Den zu viel gezahlten Beitrag für den Zeitraum 15.04.–31.12.2026 in Höhe von
412,63 EUR erstatten wir innerhalb der nächsten zwei Wochen auf Ihr bekanntes Konto
(IBAN endet auf …4417).

Ihr Schadenfreiheitsrabatt (SF 21) bleibt sieben Jahre für ein Folgefahrzeug
reserviert. Melden Sie sich gern, wenn Sie wieder ein Auto zulassen.
""" + S("benz", "de"))

mail(54, "NORMAL", "en", "insurer-to-partner",
     "trap: hospital group informed about a new direct-billing hotline; 'patients', 'admission', 'discharge reports' – no patient",
     A["haberland"], "Patient Administration – Fuldatal Hospital Group <patientenverwaltung@klinikum-fuldatal.example>",
     "New hotline for cost coverage requests of international patients", "2026-04-16 09:10",
     body="""
Dear colleagues,

many of your international patients are insured with Auenwald under our
international health plans. To make cost coverage requests easier for your
admission and billing teams, we are opening a dedicated hotline from 4 May 2026:

  Hospital direct line: +49 561 7080-3950 (24/7 for emergency admissions)
  Planned admissions: please request cost coverage at least 3 working days before

Please do not e-mail discharge reports, invoices or other patient documents to
individual staff members. Use the hospital upload in our provider portal
(https://kliniken.auenwald.example) or our secure mail service – our team can set
up an account for your billing department within one day.

We would be glad to present the new process at your next billing team meeting.

Kind regards,
""" + S("haberland", "en"))

mail(55, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "Outlook forward chain: call-centre complaint note about reimbursement of insulin and CGM sensors (type 1 diabetes)",
     A["hoppe"], A["moeller"], "WG: Beschwerde telefonisch – Erstattung Sensoren KV-8034417", "2026-04-17 14:25",
     cc=A["demir"],
     body="""
Hallo Frau Möller,

können Sie sich das bitte anschauen? Der Kunde hat heute zum dritten Mal
angerufen, meine Kollegin hat die Notiz unten geschrieben. Er droht mit
Beschwerde beim Ombudsmann.

Danke und Gruß
Dennis Hoppe

-----Ursprüngliche Nachricht-----
Von: Anke Pfeiffer <anke.pfeiffer@auenwald.example>
Gesendet: Freitag, 17. April 2026 13:58
An: Dennis Hoppe <dennis.hoppe@auenwald.example>
Betreff: Beschwerde telefonisch – Erstattung Sensoren KV-8034417

Hi Dennis,

Herr Florian Neumeister (KV-8034417) hat wieder angerufen, sehr verärgert.
Er ist Typ-1-Diabetiker und bekommt seit Januar die CGM-Sensoren (FreeStyle
Libre 3) nur noch zu 80 % erstattet statt 100 %, angeblich wegen Tarifwechsel.
Er sagt, er hat nie einem Tarifwechsel zugestimmt. Die Insulinpens (Fiasp,
Tresiba) werden weiter voll bezahlt.

Er will eine schriftliche Begründung und einen Rückruf von einer Führungskraft.
Tel. 0361 747 2290.

Anke
""" + S("hoppe"))

mail(56, "CONFIDENTIAL", "en", "insurer-to-broker",
     "grey: broker call follow-up: fleet claims list XLSX for a company client with named drivers and plates",
     A["petersen"], "Oliver Grant <oliver.grant@brightwater.example>",
     "Harms Logistik KG – fleet claims history as discussed", "2026-04-20 16:40",
     body="""
Dear Oliver,

thanks for the call this afternoon. Attached is the claims history of the fleet
policy FL-2019-00412 (Harms Logistik KG, contact Mr Jan Harms) for the renewal
negotiation. Claims ratio 2023-2025: 71 %.

As mentioned, the two large losses in 2025 drive the ratio; both were driver
errors when reversing at the Baunatal depot. If Harms introduces reversing
cameras on all trucks by the renewal date, we can offer a 7.5 % discount.

Please treat the driver names confidentially – they are only included because
you asked for the per-driver view.

Best regards,
""" + S("petersen", "en"),
     att=[("Harms_Logistik_FL-2019-00412_claims_2023-2025.xlsx", xlsx([("Claims", [
         ["Claim no.", "Date", "Vehicle", "Driver", "Description", "Paid EUR", "Reserve EUR"],
         ["S-2023-07713", "2023-05-12", "KS-HL 402", "Rüdiger Kamm", "Side mirror, narrow street", 640.0, 0],
         ["S-2024-01120", "2024-02-01", "KS-HL 417", "Piotr Nowak", "Rear-end collision A7, third party car", 8420.5, 0],
         ["S-2024-09931", "2024-10-22", "KS-HL 402", "Rüdiger Kamm", "Gate damage customer site", 2310.0, 0],
         ["S-2025-03318", "2025-03-17", "KS-HL 430", "Sven Adler", "Reversing into loading ramp, depot Baunatal", 31880.0, 0],
         ["S-2025-08702", "2025-08-29", "KS-HL 417", "Piotr Nowak", "Reversing into parked van, depot Baunatal", 14220.0, 2500.0],
     ])]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

mail(57, "NORMAL", "de", "newsletter",
     "trap: customer magazine mail on skin cancer screening, vaccinations abroad and reimbursement rules – generic",
     "Auenwald Kundenmagazin <magazin@auenwald.example>", "newsletter-empfaenger@auenwald.example",
     "Gesund durch den Sommer: Hautkrebs-Screening, Reiseimpfungen & Co.", "2026-04-21 07:00",
     extra=[("List-Unsubscribe", "<https://www.auenwald.example/newsletter/abmelden>"), ("Precedence", "bulk")],
     body="""
AUENWALD GESUNDHEIT – Ihr Kundenmagazin, Ausgabe Frühjahr 2026

HAUTKREBS-SCREENING: AB 35 ALLE ZWEI JAHRE
Das Hautkrebs-Screening beim Hautarzt erstatten wir in allen Vollversicherungs-
tarifen ohne Anrechnung auf den Selbstbehalt. Lassen Sie auffällige Muttermale
früh ansehen – schwarzer Hautkrebs (Melanom) ist früh erkannt sehr gut heilbar.

REISEIMPFUNGEN RECHTZEITIG PLANEN
Gelbfieber, Hepatitis A, Typhus: Viele Impfungen brauchen mehrere Wochen
Vorlauf. Tropenmedizinische Beratung und Reiseimpfungen sind in den Tarifen
KOMFORT und PREMIUM erstattungsfähig.

NEU IN DER APP: RECHNUNG FOTOGRAFIEREN – FERTIG
Arztrechnungen und Rezepte einfach abfotografieren und hochladen. Im Schnitt
ist das Geld nach 6 Tagen auf Ihrem Konto.

Sie erhalten diesen Newsletter, weil Sie ihn im Kundenportal abonniert haben.
Abmelden: https://www.auenwald.example/newsletter/abmelden
""")

mail(58, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "callback request to underwriting: applicant phoned that he forgot to declare asthma in his disability application",
     A["vitale"], A["amsel"], "Callback please – applicant wants to amend health questions (BU application A-26-40877)",
     "2026-04-22 12:34",
     body="""
Hi Dr. Amsel,

Mr Kwame Mensah (born 30 November 1990) called the International Desk about his
disability insurance application A-26-40877 submitted via Brightwater last week.
He says he forgot to declare that he has had allergic asthma since childhood,
treated with a salbutamol inhaler as needed and a cortisone spray in spring.
No hospital stays. He wants to correct the application before the policy is
issued, to be on the safe side.

I told him underwriting would call back. He prefers English.
Phone: +49 176 8823 5510 (after 5 pm)

Thanks,
Marco
""" + S("vitale"))

mail(59, "CONFIDENTIAL", "de", "internal",
     "short callback request: deer collision, named customer, plate, partial cover, no injuries",
     A["kowalczyk"], KFZ, "RR Wildunfall KS-LM 72", "2026-04-23 06:58",
     body="""
Morgen,

Rückruf bitte an Lena Martens, 0170 2281 993 – Wildunfall heute 05:40 auf der
L3214 zwischen Naumburg und Elbenberg, Reh, Front + Scheinwerfer rechts kaputt,
Auto fährt noch. Niemand verletzt. Wildunfallbescheinigung vom Jagdpächter hat
sie schon (Förster war da). Vertrag KF-2022-617004, TK mit 150 SB.

Will wissen, ob sie direkt in die Werkstatt kann.

J.
""")

mail(60, "NORMAL", "de", "internal",
     "trap: lost-and-found note about a blood pressure monitor and glasses case left in a meeting room",
     A["hoppe"], "Alle Erfurt <standort-erfurt@auenwald.example>", "Fundsachen Besprechungsraum 1.03", "2026-04-24 15:12",
     body="""
Hallo zusammen,

nach dem Teamtag lagen im Raum 1.03 noch:

- ein Blutdruckmessgerät (Handgelenk, graue Tasche)
- ein rotes Brillenetui mit Lesebrille
- ein Ladekabel USB-C
- eine angebrochene Packung Lakritz ;-)

Alles liegt jetzt bei mir am Platz. Bitte bis Mittwoch abholen, danach
wandert es zum Empfang.

Dennis
""")

mail(61, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation after call: hearing aids approved for a named customer with amounts; iso-8859-1 quoted-printable",
     A["moeller"], "Frau Hannelore Pfister <hannelore.pfister@freemail.example>",
     "Kostenzusage Hörgeräte – Ihre Versicherungsnummer KV-2207381", "2026-04-27 10:50",
     body="""
Sehr geehrte Frau Pfister,

vielen Dank für Ihren Anruf am Freitag. Wie besprochen haben wir den
Kostenvoranschlag von Hörakustik Becker für Ihre neuen Hörgeräte geprüft.

Ihr HNO-Arzt hat eine beidseitige Innenohrschwerhörigkeit festgestellt und die
Versorgung verordnet. Wir übernehmen nach Ihrem Tarif KOMFORT 80 % der Kosten,
höchstens 1.500 EUR je Ohr:

  Hörgeräte (2 Stück) laut Kostenvoranschlag   3.480,00 EUR
  davon erstattungsfähig                        2.784,00 EUR
  Höchstbetrag 2 x 1.500 EUR                    3.000,00 EUR
  Unsere Leistung                               2.784,00 EUR
  Ihr Eigenanteil                                 696,00 EUR

Bitte reichen Sie uns nach der Anpassung die Rechnung des Akustikers ein.
Die Kostenzusage gilt sechs Monate.
""" + S("moeller", "de"), charset="iso-8859-1", cte="quoted-printable")

mail(62, "NORMAL", "en", "insurer-to-supplier",
     "trap: telephony supplier asked to configure call-recording retention for the 'health hotline' queues – no caller data",
     A["roth"], "Callvox Professional Services <ps@callvox.example>",
     "Change request CR-2026-014: recording retention per queue", "2026-04-28 11:05",
     body="""
Dear Mr Lindström,

following the data protection review, please implement the following change to
our call recording configuration (contract CVX-AW-2023-01):

Queue          Recording      Retention
KV_Leistung    quality only   30 days, then automatic deletion
PFLEGE         off            –
LEBEN          quality only   30 days
KFZ_SACH       quality only   90 days
INTL           quality only   30 days

Background: calls to the health and care hotlines regularly contain health
information about our customers; our DPO has decided that these recordings may
only be kept for quality coaching and must not be stored longer than 30 days.

Please confirm the implementation date and send us the updated technical and
organisational measures (TOM) annex for the data processing agreement.

Kind regards,
""" + S("roth", "en"))

mail(63, "CONFIDENTIAL", "mixed", "insurer-to-customer",
     "bilingual confirmation of a bank change for an expat customer: Dutch IBAN, household and liability policies",
     A["aydin"], "Joost van der Berg <joost.vdberg@mailbox.example>",
     "Änderung Ihrer Bankverbindung / Change of your bank details", "2026-04-29 09:33",
     body="""
Sehr geehrter Herr van der Berg,

wie telefonisch besprochen haben wir Ihre neue Bankverbindung hinterlegt.
Die Beiträge für Ihre Hausratversicherung HR 6610482 und Ihre
Privathaftpflicht PH 4490215 werden ab 01.05.2026 von diesem Konto abgebucht.

Dear Mr van der Berg,

as discussed on the phone, we have recorded your new bank details. From
1 May 2026 the premiums for your household policy HR 6610482 and your personal
liability policy PH 4490215 will be collected from this account:

  Account holder / Kontoinhaber:  J. van der Berg
  IBAN:                           """ + iban("NL", "ABNA" + "0417164300") + """
  BIC:                            ABNANL2A

Mit freundlichen Grüßen / Kind regards
""" + S("aydin", "de"))

mail(64, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: health insurance premium arrears of a named customer discussed on the phone, emergency tariff warning",
     A["kowalczyk"], "Herrn Rainer Stolz <rainer.stolz@webpost.example>",
     "Unser Telefonat heute – Beitragsrückstand Krankenversicherung", "2026-04-30 16:15",
     body="""
Sehr geehrter Herr Stolz,

danke, dass Sie sich heute gemeldet haben. Hier noch einmal schriftlich, was wir
besprochen haben:

Für Ihre Krankheitskostenvollversicherung KV-3904418 sind die Beiträge für
Februar bis April offen (3 x 612,40 EUR = 1.837,20 EUR). Sie haben angeboten,
den Rückstand in vier Raten zu je 459,30 EUR zu zahlen, jeweils zum 15. eines
Monats, beginnend am 15.05.2026. Damit sind wir einverstanden.

Wichtig: Wenn eine Rate ausfällt, müssen wir das Mahnverfahren nach § 193 VVG
fortsetzen. Am Ende stünde das Ruhen der Leistungen und die Umstellung in den
Notlagentarif, in dem nur noch akute Erkrankungen und Schmerzzustände bezahlt
werden. Das möchten wir Ihnen gern ersparen.

Laufende Arztrechnungen erstatten wir während der Ratenzahlung ganz normal.
""" + S("kowalczyk", "de"))

mail(65, "NORMAL", "de", "insurer-to-supplier",
     "trap: purchase order for call-centre headsets with hygiene ear cushions; supplier GmbH bank account in a PDF",
     A["roth"], "Vertrieb – Headcom Bürotechnik GmbH <vertrieb@headcom.example>",
     "Bestellung 4500-26-1133 – Headsets Kundenservice-Center", "2026-05-04 10:40",
     body="""
Sehr geehrte Damen und Herren,

anbei unsere Bestellung über 60 Headsets und Zubehör für das
Kundenservice-Center Kassel und Erfurt gemäß Ihrem Angebot HC-2026-0412.

Bitte liefern Sie getrennt an beide Standorte (Adressen in der Bestellung) und
geben Sie auf der Rechnung unsere Bestellnummer an. Die Zahlung erfolgt wie
vereinbart innerhalb von 30 Tagen auf Ihr im Angebot angegebenes Konto.
""" + S("roth", "de"),
     att=[("Bestellung_4500-26-1133.pdf", pdf([
         "Auenwald Versicherung AG - Einkauf",
         "BESTELLUNG Nr. 4500-26-1133 vom 04.05.2026",
         "",
         "Lieferant: Headcom Bürotechnik GmbH, Industriestraße 22, 37079 Göttingen",
         "Bankverbindung Lieferant: Volksbank Göttingen, IBAN " + iban("DE", "26019000" + "0083115200"),
         "",
         "Pos. 1  40 x Headset binaural, USB-C, Geräuschunterdrückung   je 129,00 EUR   5.160,00 EUR",
         "Pos. 2  20 x Headset binaural, DECT, Ladeschale               je 219,00 EUR   4.380,00 EUR",
         "Pos. 3  120 x Hygiene-Ohrpolster Leder-Ersatz (Paar)           je   6,50 EUR     780,00 EUR",
         "Pos. 4  10 x Desinfektionstücher für Headsets (Box à 100)     je   9,90 EUR      99,00 EUR",
         "",
         "Summe netto 10.419,00 EUR, zzgl. 19 % USt. 1.979,61 EUR, gesamt 12.398,61 EUR",
         "",
         "Lieferadressen: Kundenservice-Center, Lindenplatz 4, 34117 Kassel (40 Stück / Pos. 1)",
         "                Kundenservice Erfurt, Anger 61, 99084 Erfurt (20 Stück / Pos. 2)",
         "Liefertermin: KW 21 / 2026",
     ], title="Bestellung 4500-26-1133"), "application/pdf")])

mail(66, "CONFIDENTIAL", "en", "internal",
     "grey: call note to liability claims: customer's dog bit the neighbour's dog (vet bill, animal health), named parties",
     A["okafor"], HAFT, "Call note: dog bite incident, dog owner liability HH-2207714", "2026-05-05 17:20",
     body="""
Hi Haftpflicht,

Ms Chloe Barnett (dog owner's liability HH-2207714, Labrador "Bruno") called.
On 3 May in the Karlsaue park Bruno bit the neighbour's dachshund. The other dog
had a wound on its neck and was treated at Tierklinik Kassel-West, vet bill
EUR 486.30 (stitches, antibiotics). No people were injured.

Neighbour: Mr Herbert Lange, Schöne Aussicht 5, 34117 Kassel, he'll send the
vet bill directly to us. Ms Barnett accepts liability and wants us to pay.

Callback: +49 157 3320 1184 (English preferred).

Thanks, Hannah
""")

mail(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only dental reimbursement statement for an expat after a call: treatments and teeth per line",
     SD, "Mateo Fernández <mateo.fernandez@postfach.example>", "Your dental reimbursement – statement as promised",
     "2026-05-06 14:45",
     html="""
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Mr Fernández,</p>
<p>as promised on the phone, here is the breakdown of the reimbursement for your dental invoice from
Zahnarztpraxis Dr. Morgenstern dated 22 April 2026 (plan IHP-4410267):</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<thead><tr style="background:#eee"><th>Tooth</th><th>Treatment</th><th>Invoiced</th><th>Reimbursed</th></tr></thead>
<tbody>
<tr><td>46</td><td>Root canal treatment, 3 canals</td><td>EUR 612.40</td><td>EUR 612.40</td></tr>
<tr><td>46</td><td>Ceramic crown (incl. lab costs)</td><td>EUR 1,104.00</td><td>EUR 883.20 (80 %)</td></tr>
<tr><td>–</td><td>Panoramic X-ray</td><td>EUR 48.90</td><td>EUR 48.90</td></tr>
<tr><td>–</td><td>Professional cleaning</td><td>EUR 110.00</td><td>EUR 110.00</td></tr>
<tr><td colspan="2"><b>Total</b></td><td><b>EUR 1,875.30</b></td><td><b>EUR 1,654.50</b></td></tr>
</tbody></table>
<p>The amount will be transferred within three working days. The crown is reimbursed at 80 %, as
agreed in your plan for major dental treatment.</p>
<p>Kind regards,<br>Marco Vitale<br>International Service Desk, Auenwald Versicherung AG</p>
</body></html>
""", html_cte="base64")

mail(68, "NORMAL", "en", "internal",
     "trap: IT incident notice – secure mail gateway down, staff told not to send medical reports or bank data meanwhile",
     "Auenwald IT Service Desk <it-servicedesk@auenwald.example>", "All staff <alle@auenwald.example>",
     "[INCIDENT] Secure e-mail gateway unavailable – do not send sensitive data by e-mail", "2026-05-07 08:20",
     body="""
INCIDENT INC-26-05-0071 – status: investigating

Since 07:45 our secure e-mail gateway (S/MIME and portal delivery) is not
processing outgoing messages. Messages classified as confidential or strictly
confidential are queued and will be delivered automatically once the service is
restored.

Until further notice:
* do NOT send medical reports, invoices from doctors or hospitals, bank details
  or other customer data by ordinary e-mail as a workaround,
* use the postal service or ask customers to use the customer portal upload,
* call-centre agents: please tell callers that confirmations will arrive with a
  delay.

Next update at 10:00. Status page: https://status.auenwald.example

IT Service Desk, ext. -1000
""")

mail(69, "CONFIDENTIAL", "de", "insurer-to-customer",
     "callback attempt failed, tenancy legal dispute: named customer, landlord, rent reduction, legal expenses policy",
     A["scholz"], "Frau Jennifer Adam <jennifer.adam@netzmail.example>",
     "Rückruf nicht möglich – Ihre Anfrage zum Mietstreit (RS-774019)", "2026-05-08 12:02",
     body="""
Liebe Frau Adam,

ich habe heute Vormittag versucht, Sie wegen Ihrer Anfrage zurückzurufen, leider
ohne Erfolg. Deshalb kurz per Mail:

Ihre Mieterrechtsschutz-Versicherung (RS-774019) umfasst den Streit mit Ihrer
Vermieterin, der Wohnbau Fulda Immobilien GmbH, um die Mietminderung wegen des
Schimmels im Schlafzimmer (Minderung 15 % seit Januar, 128 EUR im Monat).
Die Wartezeit von drei Monaten ist erfüllt.

Sie können sich also gern einen Anwalt suchen. Wenn Sie möchten, nennen wir Ihnen
eine Kanzlei aus unserem Partnernetz in Fulda. Die Selbstbeteiligung beträgt
150 EUR.

Rufen Sie mich gern an: 0561 7080-6740.
""" + S("scholz", "de"))

mail(70, "NORMAL", "de", "insurer-to-customer",
     "trap: grey: general explanation of health questions in a disability application to a caller, no personal health statements",
     A["steinmetz"], "Herrn Paul Zimmermann <paul.zimmermann@mailbox.example>",
     "Ihre Frage zu den Gesundheitsfragen in der BU-Versicherung", "2026-05-11 15:38",
     body="""
Sehr geehrter Herr Zimmermann,

Sie hatten in unserer Hotline gefragt, wie die Gesundheitsfragen bei der
Berufsunfähigkeitsversicherung funktionieren, bevor Sie sich für einen Antrag
entscheiden. Gern erkläre ich das allgemein:

- Wir fragen nach Behandlungen, Beschwerden und Krankheiten der letzten
  5 Jahre (ambulant) und 10 Jahre (stationär), nach psychotherapeutischen
  Behandlungen der letzten 10 Jahre sowie nach aktuellen Medikamenten.
- Typische Angaben sind z. B. Rückenbeschwerden, Allergien, Bluthochdruck oder
  eine Knie-OP nach einem Sportunfall. Das führt nicht automatisch zur Ablehnung;
  oft vereinbaren wir einen Ausschluss oder einen Zuschlag.
- Ohne Antrag können Sie eine anonyme Risikovoranfrage über einen Makler oder
  direkt bei uns stellen – ohne Namen, nur mit Alter, Beruf und den Angaben.

Die Antragsunterlagen und das Merkblatt zur vorvertraglichen Anzeigepflicht
finden Sie unter https://www.auenwald.example/bu.
""" + S("steinmetz", "de"))

mail(71, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "harmless body; DOCX complaint protocol only: rejected BU claim with burnout diagnosis, named customer",
     A["demir"], "Beschwerdemanagement <beschwerden@auenwald.example>",
     "Beschwerde telefonisch aufgenommen – Protokoll anbei", "2026-05-12 11:11",
     body="""
Hallo Beschwerdemanagement,

anbei das Protokoll einer telefonischen Beschwerde von heute früh. Die Kundin
möchte eine schriftliche Stellungnahme. Bitte Eingang kurz bestätigen.

Danke
""" + S("demir"),
     att=[("Beschwerdeprotokoll_2026-05-12.docx", docx([
         ("b", "Beschwerdeprotokoll Kundenservice-Center"),
         ("table", [["Datum/Uhrzeit", "12.05.2026, 08:20-08:41"],
                    ["Aufgenommen von", "Aylin Demir (Qualitätsmanagement)"],
                    ["Kundin", "Sandra Krüger-Hahn, geb. 02.02.1979"],
                    ["Vertrag", "Selbstständige BU LV 50.331.902-4"],
                    ["Kanal", "Telefon, Rückruf gewünscht: 0561 710 44 82"]]),
         "Sachverhalt laut Kundin:",
         "Die Kundin ist Grundschullehrerin und seit Oktober 2025 wegen eines Burnout-Syndroms mit "
         "mittelgradiger depressiver Episode (F32.1) arbeitsunfähig. Sie ist seit Januar in einer "
         "psychosomatischen Tagesklinik. Ihr BU-Antrag wurde am 28.04. abgelehnt, weil der "
         "Gutachter eine Berufsunfähigkeit von unter 50 % sieht.",
         "Beschwerde: Der Gutachter habe sie nur 20 Minuten gesehen und ihre Therapeutin nie befragt. "
         "Die Ablehnung sei für sie 'ein Schlag ins Gesicht'. Sie kündigt an, sich an den "
         "Versicherungsombudsmann zu wenden und ggf. zu klagen.",
         "Gewünscht: schriftliche Begründung, Einsicht in das Gutachten, erneute Prüfung unter "
         "Einbeziehung des Berichts der Tagesklinik.",
     ], title="Beschwerdeprotokoll", author="Aylin Demir"),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

mail(72, "CONFIDENTIAL", "de", "insurer-to-company",
     "transport insurance claim of a company with named contact person: damaged cargo, claim number, surveyor",
     A["petersen"], "Jan Harms <j.harms@harms-logistik.example>",
     "Transportschaden S-2026-02590 – Ergebnis unseres Telefonats", "2026-05-13 14:27",
     body="""
Sehr geehrter Herr Harms,

danke für das ausführliche Telefonat. Wie besprochen:

Bei der Tour am 08.05.2026 (Lkw KS-HL 430, Fahrer Sven Adler) nach Würzburg sind
14 Paletten Fliesen der Firma Keramik Lindner beim Abladen umgekippt; etwa ein
Drittel der Ware ist zerbrochen. Der Warenwert laut Lieferschein beträgt
18.640 EUR. Verletzt wurde niemand.

Wir haben den Schaden unter S-2026-02590 zu Ihrer Verkehrshaftungsversicherung
VH-2019-00788 angelegt und den Havariekommissar Herrn Dipl.-Ing. Kolbe
(Sachverständigenbüro Rademacher) beauftragt. Er meldet sich morgen bei
Ihnen, um die Ware in Würzburg zu besichtigen. Bitte die beschädigten Paletten bis
dahin nicht entsorgen.
""" + S("petersen", "de"))

mail(73, "NORMAL", "mixed", "internal",
     "trap: bilingual shift handover of the International Desk; open callbacks only referenced by ticket count, no data",
     A["vitale"], "International Service Desk team <servicedesk-team@auenwald.example>",
     "Schichtübergabe / shift handover Fri 15 May, late shift", "2026-05-15 19:58",
     body="""
Hi all / Hallo zusammen,

handover for the weekend:

- Queue INTL: 7 callbacks open, all in KUBUS under "INTL-offen". Two of them are
  hospital cost coverage requests – GlobalAssist has been informed, nothing for
  us to do before Monday.
- Telefonanlage: Warteschleifenmusik auf Leitung 3900 war heute Nachmittag kurz
  weg, Callvox-Ticket CVX-90412 läuft.
- Neue Textbausteine für die Bestätigungsmails (DE/EN) liegen in KUBUS unter
  Vorlagen > Kundenservice > Bestätigung Telefonat. Bitte ab Montag nur noch diese
  benutzen.
- Printer on floor 3 is out of toner again. Einkauf weiß Bescheid.

Schönes Wochenende / have a nice weekend
Marco
""")

mail(74, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: policy loan on a life insurance contract confirmed after a call: named customer, loan amount, interest, bank account",
     A["steinmetz"], "Mr Benjamin Carter <ben.carter@inbox.example>",
     "Policy loan on your endowment policy LV 20.910.337-1 – confirmation", "2026-05-18 10:30",
     body="""
Dear Mr Carter,

thank you for your call on Friday. As discussed, we grant you a policy loan
(Policendarlehen) on your endowment policy LV 20.910.337-1:

  Loan amount:         EUR 12,000.00
  Interest rate:       4.25 % p.a., payable quarterly
  Current surrender value of the policy: EUR 27,315.40
  Payout to:           """ + iban("DE", "50010517" + "5407312884") + """ (account holder Benjamin Carter)

The loan and unpaid interest will be deducted from the benefit at maturity or on
death if not repaid earlier. You may repay in full or in part at any time.

Please sign and return the enclosed loan agreement; we will pay out within three
working days after receipt.

Kind regards,
""" + S("steinmetz", "en"))

mail(75, "NORMAL", "en", "insurer-to-customer",
     "trap: portal notification 'you have a new secure message', no content, mentions health insurance generically",
     "Auenwald SecureMail <no-reply@securemail.auenwald.example>", "olga.ivanova@mailo.example",
     "You have a new secure message from Auenwald", "2026-05-19 09:01",
     extra=[("Auto-Submitted", "auto-generated")],
     body="""
Hello,

you have received a new secure message in your Auenwald portal mailbox.

For your protection, messages about your health insurance, claims or contracts
are not sent by ordinary e-mail. To read the message, please log in:

  https://securemail.auenwald.example

If you have forgotten your password, use "Forgot password" on the login page.
You will be asked your security question.

This is an automatically generated notification. Please do not reply.

Auenwald Versicherung AG · Lindenplatz 4 · 34117 Kassel
""")

mail(76, "CONFIDENTIAL", "en", "insurer-to-customer",
     "e-bike theft claim confirmed after a call: named customer, policy, frame number; plain us-ascii",
     A["fuchs"], "Tom Gallagher <tom.gallagher@mailbox.example>", "Your e-bike theft claim S-2026-02811",
     "2026-05-20 11:14",
     body="""
Dear Mr Gallagher,

thank you for reporting the theft of your e-bike by phone this morning.
Summary of your report:

  Policy:          household contents HR 7105593 incl. bicycle theft cover
  Bicycle:         Cube Kathmandu Hybrid, frame no. WCU22K118407
  Purchase price:  EUR 3,299 (May 2024)
  Theft:           18 May 2026 between 19:00 and 22:30, locked to the bike rack
                   in front of Kassel-Wilhelmshoehe station (folding lock)
  Police report:   Bundespolizei Kassel, ref. BPOL-KS-26-1182

Claim number: S-2026-02811

Please send us the purchase invoice, both keys of the lock and a copy of the
police report. As your policy includes new-value cover for bicycles up to
5 years old, we will reimburse the replacement value of a comparable e-bike
minus your deductible of EUR 150.

Kind regards,
Nadine Fuchs
Property Claims, Auenwald Allgemeine Versicherung AG
Phone +49 561 7080-6410
""", charset="us-ascii", cte="7bit")

mail(77, "NORMAL", "de", "internal",
     "trap: ODT with confirmation-mail text blocks containing only placeholders «Vertragsnummer», «IBAN», «Diagnose nicht nennen»",
     A["demir"], CC_ALL, "Neue Textbausteine: Bestätigung nach Telefonat (Vorlage zum Kommentieren)", "2026-05-21 13:40",
     body="""
Liebe Kolleginnen und Kollegen,

wir überarbeiten die Textbausteine für schriftliche Bestätigungen nach einem
Telefonat. Anbei der Entwurf als ODT. Kommentare bitte bis 29.05. direkt in die
Datei (Änderungen nachverfolgen) und an mich zurück.

Wichtigste Neuerung: Bestätigungen mit Bankdaten oder Gesundheitsangaben gehen
künftig immer über das Portal-Postfach, nie als normale Mail.
""" + S("demir"),
     att=[("Textbausteine_Bestaetigung_Telefonat_Entwurf.odt", odt([
         "Textbausteine Kundenservice – Bestätigung nach Telefonat (Entwurf 0.4)",
         "Baustein A – Adressänderung: Sehr geehrte/r «Anrede» «Nachname», wie heute telefonisch besprochen haben "
         "wir Ihre neue Anschrift «Straße», «PLZ» «Ort» ab dem «Datum» für den Vertrag «Vertragsnummer» hinterlegt.",
         "Baustein B – Bankverbindung: ... Die Beiträge buchen wir künftig von der IBAN «IBAN_maskiert» ab. "
         "Hinweis: nur maskiert ausgeben (letzte 4 Stellen).",
         "Baustein C – Leistungsfall Kranken: ... Ihr Anliegen zur Erstattung vom «Rechnungsdatum» haben wir an die "
         "Fachabteilung weitergegeben. [Keine Diagnose, keine Behandlung, keinen Arztnamen nennen!]",
         "Baustein D – Rückruf nicht erreicht: ... wir haben heute versucht, Sie zu erreichen. Bitte rufen Sie uns unter "
         "«Durchwahl» zurück.",
         "Versand: Bausteine B und C ausschließlich über das Portal-Postfach.",
     ]), "application/vnd.oasis.opendocument.text")])

mail(78, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation after call: long-term care daily allowance raised for care level 3, named insured person",
     A["aydin"], "Frau Claudia Seidel-Braun <c.seidel-braun@kabelmail.example>",
     "Pflegetagegeld Ihrer Mutter – Bestätigung unseres Gesprächs", "2026-05-22 10:22",
     body="""
Sehr geehrte Frau Seidel-Braun,

vielen Dank für das Gespräch heute. Wie besprochen:

Für Ihre Mutter, Frau Irmgard Seidel (Pflegetagegeld PT-118204), zahlen wir ab
dem 14.01.2026 – dem Tag der Einstufung in Pflegegrad 3 – das erhöhte
Pflegetagegeld von 40 EUR pro Tag (bisher 20 EUR bei Pflegegrad 2). Die
Nachzahlung für den Zeitraum 14.01. bis 31.05.2026 beträgt 2.760 EUR und geht in
den nächsten Tagen auf das Konto Ihrer Mutter.

Die Tagespflege, die Ihre Mutter seit März besucht, ändert am Pflegetagegeld
nichts; eine gesonderte Leistung dafür sieht der Tarif nicht vor.

Alles Gute für Sie und Ihre Mutter.
""" + S("aydin", "de"))

mail(79, "NORMAL", "en", "insurer-to-partner",
     "trap: agreement with a partner insurer on routing callers with medical emergencies abroad – process only",
     A["lindqvist"], "Customer Operations – Alpenland Assurances <operations@alpenland-assurances.example>",
     "Reciprocal call routing for travel emergencies – draft process", "2026-05-26 15:05",
     body="""
Dear Mr Huber,

following our meeting in Vienna, here is the draft process for routing each
other's customers who call the wrong hotline during a medical emergency abroad:

1. The receiving agent asks only for the caller's insurer and country of stay.
2. The call is transferred to the partner's 24/7 emergency line (Auenwald:
   +49 561 7080-3950; Alpenland: +43 1 5550 8800). No medical details are
   recorded by the receiving side.
3. If the transfer fails, the agent gives the caller the partner's number and
   notes only date, time and "transfer failed" in the call log.
4. Monthly, both sides exchange the number of transferred calls (counts only).

Could your legal team confirm that no data processing agreement is needed if we
follow this process? We would like to start on 1 July.

Best regards,
""" + S("lindqvist", "en"))

mail(80, "CONFIDENTIAL", "de", "internal",
     "HR mail to a call-centre agent: new salary after promotion to senior agent, gross amounts",
     A["rehberg"], "Selin Aydın <selin.aydin@auenwald.example>", "Ihre Höhergruppierung zum 01.06.2026",
     "2026-05-27 09:30", cc=A["lindqvist"],
     body="""
Liebe Frau Aydın,

herzlichen Glückwunsch! Wie Frau Lindqvist Ihnen schon persönlich gesagt hat,
werden Sie zum 01.06.2026 Senior Agent im Team 2 mit Coaching-Aufgaben.

Damit verbunden ist die Höhergruppierung von Tarifgruppe 4 in Tarifgruppe 5
(Tarifvertrag private Versicherungswirtschaft), Stufe 3:

  bisher: 3.412 EUR brutto monatlich
  neu:    3.786 EUR brutto monatlich
  zzgl. Coaching-Zulage 150 EUR brutto monatlich

Der Nachtrag zum Arbeitsvertrag liegt in zweifacher Ausfertigung in Ihrem Fach;
bitte ein Exemplar unterschrieben zurück an die Personalabteilung.

Alles Gute für die neue Aufgabe!
""" + S("rehberg"))

mail(81, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "call note to international health claims with > quoted customer mail: pregnancy, expected delivery, planned caesarean",
     A["okafor"], "International Health Claims <ihp-claims@auenwald.example>",
     "Call note + customer mail: maternity cover question, IHP-3771045", "2026-05-28 16:48",
     body="""
Hi team,

Ms Aisha Rahman (IHP-3771045) called and then sent the mail below. She is 24
weeks pregnant, expected delivery date 10 September 2026, and her gynaecologist
recommends a planned caesarean section because of placenta praevia. She wants to
know whether the 12-month waiting period for maternity benefits is met (policy
start 1 August 2025) and whether a private room is covered.

Please call her back – she is anxious. +49 1522 331 9087.

Hannah

On 28/05/2026 15:31, Aisha Rahman wrote:
> Dear Hannah,
> thank you for the call. As mentioned, my doctor (Dr. Falk, Frauenarztpraxis
> am Rathaus) wants to plan the C-section at Klinikum Kassel around 3 Sept.
> Could you confirm in writing what is covered? My husband is not insured
> with you, only me.
> Thanks a lot,
> Aisha
""" + S("okafor"))

mail(82, "NORMAL", "de", "insurer-to-partner",
     "trap: blank release-from-confidentiality forms sent to a guardianship association; placeholders only",
     A["kowalczyk"], "Betreuungsverein Kassel e. V. <info@betreuungsverein-kassel.example>",
     "Blanko-Formulare Schweigepflichtentbindung und Vollmacht", "2026-05-29 11:55",
     body="""
Sehr geehrte Damen und Herren,

Sie hatten heute telefonisch nach unseren Formularen gefragt, die rechtliche
Betreuerinnen und Betreuer für ihre Betreuten bei uns einreichen können.

Anbei erhalten Sie:
- die Schweigepflichtentbindungserklärung (Blanko),
- das Formular "Vollmacht/Betreuung – Nachweis gegenüber der Auenwald".

Beide Formulare enthalten nur Platzhalter; bitte tragen Sie die Daten des
jeweiligen Betreuten ein und senden Sie sie mit einer Kopie des
Betreuerausweises per Post an uns.
""" + S("kowalczyk", "de"),
     att=[("Schweigepflichtentbindung_blanko.pdf", pdf([
         "Auenwald Versicherung AG",
         "Erklärung zur Schweigepflichtentbindung (Formular SE-01, Stand 01/2026)",
         "",
         "Versicherte Person: ____________________________  geb. am: ____.____.________",
         "Vertragsnummer: ______________________",
         "",
         "Ich entbinde die nachstehend genannten Ärzte, Zahnärzte, Krankenhäuser, Pflegeeinrichtungen",
         "und Therapeuten von ihrer Schweigepflicht gegenüber der Auenwald Versicherung AG, soweit dies",
         "zur Prüfung des Leistungsfalls erforderlich ist:",
         "",
         "1. ________________________________________________",
         "2. ________________________________________________",
         "",
         "Ort, Datum: ________________   Unterschrift (versicherte Person oder Betreuer/in): ____________",
     ], title="Schweigepflichtentbindung Formular SE-01"), "application/pdf")])

mail(83, "CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: pet health insurance: dog's cruciate ligament surgery reimbursed after call (animal health), named owner, policy",
     A["turner"], "Sarah Whitmore <sarah.whitmore@inbox.example>", "Reimbursement for Milo's surgery – TK-2025-0087",
     "2026-06-01 10:10",
     body="""
Dear Ms Whitmore,

as promised on the phone, a quick confirmation: we have approved the invoice of
Tierklinik Kassel-West for Milo's cruciate ligament surgery (TPLO, right hind
leg) on 19 May 2026 under your pet health policy TK-2025-0087.

  Invoice total (GOT 2-fold rate):   EUR 2,846.90
  Reimbursed (90 %):                 EUR 2,562.21
  Annual limit remaining:            EUR 2,437.79

The money will be in your account within three working days. Physiotherapy for
Milo is covered too, up to EUR 300 per year – just send us the invoices.

Give Milo a pat from us!
""" + S("turner", "en"))

mail(84, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "body harmless; ZIP attachment with scanned doctor's letter PDF (cardiology, atrial fibrillation) and invoice CSV",
     A["brandes"], LK, "wie telefonisch angekündigt – Unterlagen Herr Beck", "2026-06-02 14:02",
     body="""
Hallo,

Herr Beck hat die Unterlagen per Post an den Kundenservice geschickt statt an
euch. Eingescannt und als ZIP anbei, Original geht per Hauspost. Er hat heute
angerufen, ob alles da ist – ich habe ja gesagt.

Timo
""",
     att=[("Unterlagen_Beck_KV-6630912.zip", zip_bytes([
         ("Arztbrief_Kardiologie.pdf", pdf([
             "Kardiologische Gemeinschaftspraxis am Bebelplatz - Dr. med. J. Hofmann",
             "Arztbrief",
             "Patient: Werner Beck, geb. 21.12.1956, Kassel",
             "Diagnosen: Vorhofflimmern, paroxysmal (I48.0); arterielle Hypertonie (I10.90)",
             "Befund: Langzeit-EKG 48 h mit mehreren Episoden VHF, max. HF 148/min.",
             "Therapie: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0. Kontrolle in 3 Monaten.",
             "Empfehlung: Vorstellung zur Katheterablation im Klinikum Kassel wird erwogen.",
         ], title="Arztbrief Beck"), ),
         ("Rechnungen_Mai.csv", csvb([
             ["Datum", "Leistungserbringer", "Betrag EUR", "Bemerkung"],
             ["05.05.2026", "Kardiologie am Bebelplatz", "384,12", "Langzeit-EKG, Echo"],
             ["06.05.2026", "Löwen-Apotheke Kassel", "112,80", "Apixaban 5 mg N3"],
         ])),
     ], when=(2026, 6, 2, 13, 55, 0)), "application/zip")])

mail(85, "NORMAL", "de", "internal",
     "trap: staff health day invitation (flu vaccination, back screening, blood pressure check) – no individual",
     "Betriebliches Gesundheitsmanagement <bgm@auenwald.example>", "Alle Mitarbeitenden Kassel <standort-kassel@auenwald.example>",
     "Gesundheitstag am 18. Juni – Rücken, Blutdruck, Grippeimpfung vormerken", "2026-06-03 08:30",
     body="""
Liebe Kolleginnen und Kollegen,

am Donnerstag, 18. Juni, findet im Foyer und in den Räumen 0.10–0.14 unser
Gesundheitstag statt:

* Rückenscreening und Kurzberatung durch die Physiotherapiepraxis Aktiv
* Blutdruck- und Blutzuckermessung durch unseren Betriebsarzt Dr. Neuhaus
* Vormerkung für die Grippeschutzimpfung im Oktober
* Vortrag "Stimme und Stress im Kundenservice" (11 und 14 Uhr)

Alle Messungen sind freiwillig und anonym; es werden keine Ergebnisse an die
Personalabteilung weitergegeben.

Anmeldung zu den Vorträgen im Intranet.
Euer BGM-Team
""",
     html="""
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#2b6e3f">Gesundheitstag am 18. Juni</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am Donnerstag, 18. Juni, findet im Foyer und in den Räumen 0.10–0.14 unser Gesundheitstag statt:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Uhrzeit</th><th>Angebot</th><th>Ort</th></tr>
<tr><td>09–16 Uhr</td><td>Rückenscreening und Kurzberatung (Physiotherapiepraxis Aktiv)</td><td>0.10</td></tr>
<tr><td>09–15 Uhr</td><td>Blutdruck- und Blutzuckermessung (Betriebsarzt Dr. Neuhaus)</td><td>0.12</td></tr>
<tr><td>ganztags</td><td>Vormerkung Grippeschutzimpfung Oktober</td><td>Foyer</td></tr>
<tr><td>11 + 14 Uhr</td><td>Vortrag „Stimme und Stress im Kundenservice“</td><td>0.14</td></tr>
</table>
<p>Alle Messungen sind freiwillig und anonym; es werden keine Ergebnisse an die Personalabteilung weitergegeben.</p>
<p>Euer BGM-Team</p>
</body></html>
""")

mail(86, "CONFIDENTIAL", "de", "insurer-to-customer",
     "short glass-breakage confirmation: named customer, policy, insured address",
     A["fuchs"], "Familie Demirci <demirci@netzmail.example>", "Glasbruch Wintergarten – Auftrag an Glaserei erteilt",
     "2026-06-04 16:31",
     body="""
Hallo Familie Demirci,

kurz wie am Telefon besprochen: Den Glasbruch an der Wintergartenscheibe
(Glasversicherung GL 5502217, Im Wiesengrund 14, 34266 Niestetal) regulieren
wir direkt mit der Glaserei Wenzel. Herr Wenzel meldet sich morgen wegen
eines Termins zum Ausmessen. Sie müssen nichts vorstrecken.

Schadennummer: S-2026-03019
""" + S("fuchs"))

mail(87, "NORMAL", "en", "internal",
     "trap: QA calibration sheet with empathy phrases ('I'm sorry to hear about your diagnosis') – generic wording, no case",
     A["demir"], "International Service Desk team <servicedesk-team@auenwald.example>",
     "Calibration session 9 June – phrases for difficult calls", "2026-06-05 12:20",
     body="""
Hi everyone,

for Tuesday's calibration session, please listen to the two anonymised sample
calls in the QA folder and score them with the new sheet. We'll also collect
phrases that work well in English. Some suggestions to start with:

  Do say:    "I'm sorry to hear about your diagnosis. Let me check what your
              plan covers so you have one thing less to worry about."
  Do say:    "I understand this is a difficult time for your family."
  Avoid:     "Don't worry, cancer treatment is expensive but we pay."
  Avoid:     "Is it serious?"  (we don't need to know, the claims team will ask)

Also remember: never confirm on the phone whether a third person is insured with
us unless the policyholder has authorised that person.

See you Tuesday, 10:00, room 3.07.
""" + S("demir"))

mail(88, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "critical illness payout confirmed after call (stroke), named customer; windows-1252 quoted-printable",
     A["steinmetz"], "Mrs Fiona McAllister <fiona.mcallister@postfach.example>",
     "Your critical illness claim – payment confirmed", "2026-06-08 11:03",
     body="""
Dear Mrs McAllister,

thank you for your call this morning and for sending the neurologist's report
so quickly. I am pleased to confirm that your claim under the critical illness
policy DK-2021-004419 has been accepted.

The report of Klinikum Kassel, Department of Neurology, confirms an ischaemic
stroke on 2 April 2026 with persisting neurological deficits (left-sided
weakness) three months after the event, which meets the definition in section
4.2 of your policy conditions.

  Lump sum benefit:     €75,000.00
  Payment date:         10 June 2026
  Premium waiver:       the policy continues without premiums from 1 July 2026

We wish you all the best for your rehabilitation at the Reha-Zentrum Bad Wildungen.

Yours sincerely,
""" + S("steinmetz", "en"), charset="windows-1252", cte="quoted-printable")

mail(89, "NORMAL", "de", "internal",
     "grey: callback request to marketing for a named caller complaining about a cancer-screening advert; no insurance or health data about him",
     A["hoppe"], "Marketing & Kommunikation <marketing@auenwald.example>", "Beschwerde über Plakatwerbung – bitte Rückruf",
     "2026-06-09 10:44",
     body="""
Hallo Marketing,

ein Anrufer hat sich über die neue Plakatkampagne "Früherkennung rettet Leben –
wir zahlen die Vorsorge" beschwert. Er findet das Motiv mit der
Mammographie-Szene an der Bushaltestelle vor der Grundschule unpassend.
Er ist kein Kunde von uns, sagt er.

Herr Norbert Klee, Tel. 0361 644 90 18, möchte gern mit jemandem aus dem
Marketing sprechen. Er war sachlich, nicht ausfallend.

Dennis
""")

mail(90, "CONFIDENTIAL", "en", "insurer-to-broker",
     "broker asked by phone about a client's household water claim: status, amounts, named client",
     A["kurz"], "Oliver Grant <oliver.grant@brightwater.example>", "RE: status claim Ms Novak – S-2026-02277",
     "2026-06-10 15:50",
     body="""
Hi Oliver,

as discussed on the phone – status of the water damage claim of your client
Ms Ivana Novak (household contents HR 8820441, Frankfurter Str. 88, Kassel):

- Cause: burst washing-machine hose on 12 May, flat and the flat below affected
- Contents: we have paid EUR 4,180 (flooring rugs, sofa, bookcase) on 2 June
- Drying costs: invoice of Trocknungsservice Nord (EUR 960) still open, we're
  waiting for the electricity consumption report
- Damage to the flat below: handled under her personal liability PH 3310820,
  the neighbour's claim has not been received yet

I expect to close the contents part by the end of June.

Cheers,
Stefan

-----Original Message-----
From: Oliver Grant <oliver.grant@brightwater.example>
Sent: Wednesday, June 10, 2026 2:12 PM
To: Stefan Kurz <stefan.kurz@auenwald.example>
Subject: status claim Ms Novak

Stefan, could you give me a quick update on Ivana Novak's water claim? She's
asking me every week. Thx, Oliver
""")

mail(91, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost coverage for a planned knee replacement after the hospital's admission office called: named patient, diagnosis",
     A["moeller"], "Patientenaufnahme Klinikum Fuldatal <aufnahme@klinikum-fuldatal.example>",
     "Kostenübernahmeerklärung – Patientin Doris Wenzel, Aufnahme 22.06.2026", "2026-06-11 09:40",
     body="""
Sehr geehrte Damen und Herren,

Bezug nehmend auf Ihren Anruf von gestern erklären wir die Kostenübernahme für die
stationäre Behandlung unserer Versicherten:

  Patientin:        Doris Wenzel, geb. 08.01.1955
  Versicherungsnr.: KV-1450387, Tarif KOMFORT stationär (Zweibettzimmer, Chefarzt)
  Aufnahme:         22.06.2026, Klinik für Orthopädie
  Diagnose:         primäre Gonarthrose rechts (M17.1)
  Eingriff:         Knie-Totalendoprothese rechts (OPS 5-822.g1)

Die Kostenübernahme gilt für die allgemeinen Krankenhausleistungen nach DRG sowie
die Wahlleistungen Zweibettzimmer und ärztliche Wahlleistungen. Bitte rechnen Sie
direkt mit uns ab (Direktabrechnung über das Kliniken-Portal).
""" + S("moeller", "de"))

mail(92, "NORMAL", "mixed", "insurer-to-supplier",
     "trap: German reply to the telephony vendor with their English SLA report quoted; 'medical hotline' queue metrics only",
     A["wendt"], "Callvox Service Management <service-management@callvox.example>",
     "AW: Monthly SLA report May 2026 – Auenwald", "2026-06-12 10:15",
     body="""
Hallo Herr Lindström,

danke für den Report. Zwei Anmerkungen:

1. Die Verfügbarkeit von 99,61 % liegt unter den vereinbarten 99,8 %. Bitte
   schicken Sie uns die Berechnung der Gutschrift gemäß Anlage 3 des Vertrags.
2. Die "abandoned calls" der Queue MEDICAL sind im Report doppelt gezählt
   (einmal als abandoned, einmal als overflow). Bitte korrigieren.

Viele Grüße
Lukas Wendt

> From: Callvox Service Management <service-management@callvox.example>
> Sent: Thursday, 11 June 2026 17:02
> Subject: Monthly SLA report May 2026 – Auenwald
>
> Dear Mr Wendt,
>
> please find below the key figures for May 2026:
>
>   Platform availability:          99.61 %
>   Incidents P1 / P2:              1 / 3 (P1: queue timeout KV_Leistung, 13 Feb,
>                                   follow-up)
>   Calls handled (all queues):     71,240
>   Queue MEDICAL abandoned:        2,118 (incl. overflow to voicemail)
>   Voicemail-to-callback jobs:     1,904
>
> Best regards,
> Callvox Service Management
""")

mail(93, "CONFIDENTIAL", "de", "internal",
     "call note to property claims: storm damage to a named customer's roof, insured address, building policy",
     A["aydin"], SACH, "Gesprächsnotiz Sturmschaden WG 4417720 – Dach undicht", "2026-06-15 08:49",
     body="""
Sturmschaden, Anruf 08:30

VN: Herr Karl-Heinz Ebert, Kirchgasse 2, 34277 Fuldabrück
Vertrag: Wohngebäude WG 4417720 (inkl. Sturm/Hagel)
Ereignis: Unwetter in der Nacht 13./14.06., laut DWD Böen bis 96 km/h

Schaden: ca. 20 Dachziegel abgedeckt, seitdem tropft es ins Dachgeschoss
(Kinderzimmer), Decke feucht. Dachdecker Fa. Hesse hat provisorisch mit Plane
abgedeckt, Rechnung Notsicherung ca. 450 EUR. Keine Verletzten.

Kunde fragt, ob er den Dachdecker direkt beauftragen darf oder erst ein
Gutachter kommt. Bitte Rückruf heute: 0561 94 11 203.
""" + S("aydin"))

mail(94, "NORMAL", "de", "insurer-to-authority",
     "trap: answer to the data protection authority's general questionnaire about call recording – no data subject",
     A["olbrich"], "Referat 3 – Der Landesbeauftragte für Datenschutz <poststelle@ldsb-hessen.example>",
     "Ihr Schreiben vom 20.05.2026, Az. 3.2-451/26 – Umfrage Gesprächsaufzeichnung in Callcentern", "2026-06-16 14:00",
     body="""
Sehr geehrte Frau Dr. Rinke,

zu Ihrer allgemeinen Umfrage unter hessischen Versicherungsunternehmen nehmen wir
wie folgt Stellung:

1. Aufzeichnung: Gespräche im Kundenservice werden nur nach ausdrücklicher
   Einwilligung der Anrufenden zu Schulungszwecken aufgezeichnet (Ansage mit
   Tastenbestätigung). Die Einwilligungsquote lag 2025 bei 38 %.
2. Speicherdauer: Kranken-, Pflege- und Lebensversicherung 30 Tage, übrige
   Sparten 90 Tage; danach automatische Löschung beim Dienstleister.
3. Gesundheitsdaten: Gespräche mit Gesundheitsbezug werden nicht transkribiert;
   Telefonnotizen dürfen keine Diagnosen enthalten (Dienstanweisung DA-KS-07).
4. Auftragsverarbeitung: Callvox Telefonie GmbH, Vertrag nach Art. 28 DSGVO
   vom 01.03.2023, zuletzt angepasst am 28.04.2026.

Für Rückfragen stehe ich gern zur Verfügung.
""" + S("olbrich", "de"))

mail(95, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "callback follow-up on a partly rejected naturopath invoice (acupuncture for migraine G43.0) with the customer's mail quoted",
     A["moeller"], "Nina Haupt <nina.haupt@webpost.example>", "AW: Heilpraktikerrechnung – warum nur die Hälfte?!",
     "2026-06-17 13:26",
     body="""
Sehr geehrte Frau Haupt,

danke, dass Sie meinen Rückruf angenommen haben. Zur Erinnerung noch einmal
schriftlich:

Ihr Tarif AMBULANT-PLUS erstattet Heilpraktikerleistungen bis 1.000 EUR je
Kalenderjahr, und zwar nach dem Gebührenverzeichnis für Heilpraktiker (GebüH).
Die Akupunktur gegen Ihre Migräne (Rechnung Naturheilpraxis Lindenhof,
10 Sitzungen) wurde mit 95 EUR je Sitzung berechnet; nach GebüH sind höchstens
46 EUR erstattungsfähig. Deshalb haben wir 460 EUR statt 950 EUR erstattet.

Für 2026 stehen Ihnen noch 540 EUR Heilpraktiker-Budget zur Verfügung.

Mit freundlichen Grüßen
Katrin Möller

-----Ursprüngliche Nachricht-----
Von: Nina Haupt <nina.haupt@webpost.example>
Gesendet: Montag, 15. Juni 2026 21:17
An: kundenservice@auenwald.example
Betreff: Heilpraktikerrechnung – warum nur die Hälfte?!

Hallo,
ich habe 950 Euro für die Akupunktur bezahlt (Migräne, G43.0, meine
Hausärztin hat es empfohlen) und Sie zahlen nur 460?? In der Hotline konnte
mir das keiner erklären. Ich bitte um Rückruf. KV-5583021
N. Haupt
""")

mail(96, "CONFIDENTIAL", "en", "internal",
     "callback request to travel claims: lost baggage of a named customer, flight, contents value",
     A["vitale"], REISE, "Callback request – lost baggage, TR-26-03102", "2026-06-18 18:05",
     body="""
Hi Reise team,

callback please: Mr Oskar Lindgren (travel policy TR-26-03102, incl. baggage
cover) – his suitcase did not arrive on flight LH 1173 Stockholm–Frankfurt on
16 June. Property Irregularity Report from the airline: FRALH 44781.
Contents according to him approx. EUR 1,400 (clothes, a suit for a wedding
on Saturday, shoes). He bought replacement clothes for EUR 380 and wants to
know if we pay for them.

Phone: +46 70 555 2231 (Swedish mobile), English.

Thanks,
Marco
""")

mail(97, "NORMAL", "en", "insurer-to-broker",
     "trap: broker portal account created, one-time password sent separately by SMS – no client data",
     "Auenwald Partner Portal <no-reply@makler.auenwald.example>", "Emily Clarke <emily.clarke@brightwater.example>",
     "Your Auenwald partner portal account has been created", "2026-06-19 07:12",
     extra=[("Auto-Submitted", "auto-generated")],
     body="""
Dear Ms Clarke,

your firm administrator at Brightwater Insurance Brokers Ltd has created a user
account for you in the Auenwald partner portal.

  User name:  bwib-eclarke
  Portal:     https://makler.auenwald.example

Your one-time password has been sent to your mobile phone by SMS. It is valid for
72 hours. When you first log in, you will be asked to choose a new password and a
security question.

Your access rights (portfolio rights, electronic broker post) are managed by your
firm administrator. If you did not expect this e-mail, please contact him or her.

This is an automatically generated message.
""")

mail(98, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "termination of a named customer's health insurance on moving abroad, confirmed after a call",
     SD, "Noah Bergström <noah.bergstrom@mailo.example>",
     "Termination of your health insurance IHP-2640088 – confirmation", "2026-06-22 11:30",
     body="""
Dear Mr Bergström,

as discussed on the phone, we confirm the termination of your international
health plan IHP-2640088 due to your move back to Sweden. The contract ends on
30 June 2026; your proof of registration in Stockholm (folkbokföring) has been
received.

Open claims: the invoice for your physiotherapy in May (six sessions after the
shoulder operation) is being processed and will be paid to your account even
after the contract has ended.

Your ageing reserve cannot be transferred to a Swedish insurer. If you return to
Germany within 5 years, you can reactivate your plan without new health questions
(option right, section 14 of the conditions).

All the best for your move,
""" + S("vitale", "en"))

mail(99, "NORMAL", "de", "internal",
     "trap: HTML report attachment with callback volumes per team and topic ('Krankenhaus', 'Hilfsmittel') – aggregates only",
     A["wendt"], "Teamleitungen Kundenservice <tl-kundenservice@auenwald.example>",
     "Wochenreport Rückrufe KW 25", "2026-06-22 07:45",
     body="""
Moin zusammen,

Wochenreport KW 25 als HTML anbei (lässt sich im Browser öffnen).
Kurzfassung: 2.914 Rückrufe angelegt, 91 % innerhalb von 2 Tagen erledigt.
Team 2 hat die meisten offenen Fälle wegen der Urlaubszeit.

Lukas
""",
     att=[("Wochenreport_Rueckrufe_KW25.html", """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Wochenreport Rückrufe KW 25</title></head>
<body>
<h1>Rückrufe KW 25 (15.–19.06.2026)</h1>
<table border="1" cellpadding="3">
<tr><th>Team</th><th>angelegt</th><th>erledigt ≤ 2 Tage</th><th>offen</th></tr>
<tr><td>Team 1 Kassel</td><td>812</td><td>94 %</td><td>31</td></tr>
<tr><td>Team 2 Kassel</td><td>1.004</td><td>86 %</td><td>88</td></tr>
<tr><td>Team 3 Kassel</td><td>701</td><td>93 %</td><td>22</td></tr>
<tr><td>Erfurt</td><td>397</td><td>95 %</td><td>9</td></tr>
</table>
<h2>Nach Thema</h2>
<table border="1" cellpadding="3">
<tr><th>Thema</th><th>Anteil</th></tr>
<tr><td>Leistungsabrechnung Kranken</td><td>39 %</td></tr>
<tr><td>Krankenhaus / Kostenübernahme</td><td>8 %</td></tr>
<tr><td>Hilfsmittel</td><td>6 %</td></tr>
<tr><td>Kfz / Sach</td><td>27 %</td></tr>
<tr><td>Sonstiges</td><td>20 %</td></tr>
</table>
</body></html>
""", "text/html")])

mail(100, "CONFIDENTIAL", "en", "insurer-to-customer",
     "legal expenses cover for contesting a named driver's speeding fine (administrative offence), confirmed after call",
     A["scholz"], "Daniel O'Brien <daniel.obrien@inbox.example>", "Cover confirmed – your speeding fine (RS-661207)",
     "2026-06-23 12:48",
     body="""
Dear Mr O'Brien,

following our phone call, I can confirm cover under your traffic legal expenses
policy RS-661207 for contesting the fine notice (Bußgeldbescheid) of the
Regierungspräsidium Kassel dated 12 June 2026:

  Alleged offence:  exceeding the speed limit by 27 km/h on the A44 near
                    Zierenberg on 28 April 2026
  Consequences:     fine EUR 150, 1 point in Flensburg
  Your lawyer:      RA Dr. Sievers, Kassel

We cover the lawyer's fees and the costs of an expert opinion on the speed
measurement, minus your deductible of EUR 150. Please note the two-week deadline
for the objection.

Kind regards,
""" + S("scholz", "en"))

mail(101, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "sensitive content only in the subject: named customer, policy number, travel costs for chemotherapy; body says 'siehe Betreff'",
     A["kowalczyk"], LK, "Rückruf Fr. Lehmann KV-2290018 – Fahrtkosten Chemo Klinikum Kassel abgelehnt?",
     "2026-06-24 10:02",
     body="""
siehe Betreff – Kundin bittet dringend um Rückruf, 0561 82 00 417, bis 13 Uhr.

Danke!
Jana
""")

mail(102, "NORMAL", "de", "internal",
     "trap: internal out-of-office reply naming health claims and care as topics for the deputy – no customer",
     A["moeller"], A["brandes"], "Automatische Antwort: wie telefonisch angekündigt – Unterlagen Herr Beck",
     "2026-06-25 07:31", extra=[("Auto-Submitted", "auto-replied")],
     body="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.07.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Leistungsfällen der Krankenversicherung (z. B.
Kostenübernahmen für Krankenhausaufenthalte) wenden Sie sich bitte an
leistung.kranken@auenwald.example oder die Durchwahl -4400. Anfragen zur
Pflegeversicherung bearbeitet in dieser Zeit der Pflege-Service
(pflege@auenwald.example).

Katrin Möller
Leistungsabteilung Krankenversicherung
""")

mail(103, "CONFIDENTIAL", "en", "insurer-to-company",
     "cyber claim of a small company with named managing director: ransomware, claim number, policy",
     A["petersen"], "Dr. Maren Falk <m.falk@falk-steuerberatung.example>",
     "Cyber claim CY-S-26-0041 – next steps after our call", "2026-06-26 17:20",
     body="""
Dear Dr. Falk,

thank you for calling our cyber emergency line so quickly this morning. To
summarise for you and your IT provider:

Policyholder:     Falk Steuerberatungsgesellschaft mbH, Kassel (cyber policy CY-2024-0318)
Contact:          Dr. Maren Falk, managing director
Incident:         ransomware on the file server, discovered 26 June 2026 at 07:15;
                  backups from 24 June available; ransom demand 2.5 BTC
Claim number:     CY-S-26-0041

What we agreed:
1. Our incident response partner SecuRescue (team lead Mr Adamczyk) will contact
   you within the hour. Please do not pay the ransom and do not switch off the
   affected server.
2. As client data of a tax adviser's office may be affected, a notification to the
   data protection authority within 72 hours may be required. SecuRescue's lawyer
   will assess this with you today.
3. Costs of forensics, restoration and legal advice are covered under sections
   A.1-A.3 of your policy, deductible EUR 2,500.

Best regards,
""" + S("petersen", "en"))

mail(104, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "psychotherapy approval after a callback: named customer, anxiety disorder F41.1, 25 sessions; base64 body",
     A["moeller"], "Herrn Lukas Reinhardt <lukas.reinhardt@mailbox.example>",
     "Kostenzusage Psychotherapie – wie telefonisch besprochen", "2026-06-29 15:06",
     body="""
Sehr geehrter Herr Reinhardt,

wie heute am Telefon besprochen, erteilen wir Ihnen die Kostenzusage für eine
ambulante Psychotherapie (Verhaltenstherapie) bei Frau Dipl.-Psych. Sabine Ortmann,
Kassel.

Grundlage ist der Bericht Ihrer Therapeutin vom 12.06.2026 mit der Diagnose
generalisierte Angststörung (F41.1). Wir übernehmen zunächst 25 Sitzungen à
50 Minuten nach GOP, Beginn ab sofort. Für eine Verlängerung benötigen wir
rechtzeitig vor der 25. Sitzung einen kurzen Verlängerungsbericht.

Versicherungsnummer: KV-7014462, Tarif KOMFORT ambulant.

Wir wünschen Ihnen alles Gute.
""" + S("moeller", "de"), cte="base64")

mail(105, "NORMAL", "en", "insurer-to-partner",
     "trap: anonymised disability case studies for reinsurer training (age bands, occupation, ICD chapters only)",
     A["steinmetz"], "Jonas Berglund <jonas.berglund@nordkap-re.example>",
     "Anonymised case studies for the BU claims workshop", "2026-06-30 10:30",
     body="""
Dear Jonas,

for the joint disability claims workshop on 15 July, attached are the three
anonymised case studies we discussed. All identifying details (names, dates,
places, employers, policy numbers) have been removed or changed; ages are given
as bands only. Please do not add any further details from your own files.

Best regards,
""" + S("steinmetz", "en"),
     att=[("BU_workshop_case_studies_anonymised.pdf", pdf([
         "Auenwald Lebensversicherung AG - BU claims workshop, 15 July 2026",
         "Anonymised case studies (no real persons identifiable)",
         "",
         "Case A: male, age band 40-49, occupation: nurse (intensive care). Claim after chronic back",
         "disorder (ICD-10 chapter XIII). Question for discussion: partial disability and reorganisation",
         "of work for employed persons.",
         "",
         "Case B: female, age band 30-39, occupation: primary school teacher. Claim after a mental",
         "disorder (ICD-10 chapter V). Question: how to assess fluctuating capacity, role of day clinic reports.",
         "",
         "Case C: male, age band 50-59, self-employed roofer. Claim after a fall (ICD-10 chapter XIX).",
         "Question: abstract referral (Verweisung) vs. concrete referral for self-employed persons.",
         "",
         "Discussion material only. Do not copy into claim files.",
     ], title="BU workshop case studies"), "application/pdf")])

mail(106, "CONFIDENTIAL", "de", "insurer-to-customer",
     "contract change after a call: natural-hazard cover added to a named customer's building insurance, address, premium",
     A["kowalczyk"], "Herrn Dr. Wilhelm Asbeck <w.asbeck@t-net.example>",
     "Ihre Vertragsänderung: Elementarschadenversicherung ab 01.07.2026", "2026-07-01 09:18",
     body="""
Sehr geehrter Herr Dr. Asbeck,

wie gestern telefonisch vereinbart, haben wir Ihre Wohngebäudeversicherung
WG 1193307 für das Haus Fuldaweg 31, 34125 Kassel, ab dem 01.07.2026 um den
Baustein "Elementar" (Überschwemmung, Rückstau, Erdrutsch, Schneedruck)
erweitert. Ihr Gebäude liegt in der ZÜRS-Gefährdungsklasse 2.

  Jahresbeitrag bisher:   684,20 EUR
  Zuschlag Elementar:     211,50 EUR
  Jahresbeitrag neu:      895,70 EUR
  Selbstbeteiligung Elementar: 10 % des Schadens, mind. 500 EUR

Der Beitrag wird wie bisher von Ihrem Konto (IBAN endet auf …3021) abgebucht.
Den Nachtrag zum Versicherungsschein erhalten Sie per Post.
""" + S("kowalczyk", "de"))

mail(107, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "HR to team lead about an employee's long sick leave and occupational reintegration; employee's own mail attached as message/rfc822",
     A["rehberg"], A["lindqvist"], "BEM invitation – Grace Mwangi (International Service Desk)", "2026-07-02 13:45",
     body="""
Hi Petra,

Grace Mwangi has now been on sick leave for more than six weeks this year, so we
are required to offer her an occupational reintegration process (BEM). I have
attached her own message to me – she has given permission to share it with you
as her line manager. Please don't forward it further.

Could you join the first BEM meeting on 14 July at 10:00? Occupational physician
Dr. Neuhaus will be there as well.

Thanks,
Claudia
""" + S("rehberg"),
     att=[eml("Grace Mwangi <grace.mwangi@auenwald.example>", "Claudia Rehberg <claudia.rehberg@auenwald.example>",
              "My return to work", "2026-07-01 19:20", """
Dear Ms Rehberg,

thank you for your letter. As you know I had knee surgery (torn meniscus and
cartilage damage) in May, and the rehabilitation is taking longer than planned.
My orthopaedic surgeon expects me to be fit for work from 20 July, but I should
not sit for more than two hours at a time and will need a height-adjustable
desk for the first months.

I would be happy to take part in the BEM process, and you may share this
message with Petra Lindqvist.

Kind regards,
Grace
""", "<c71a2a5e-2f11-4a7c-9b0e-6d1b2f0e7a10@auenwald.example>")])

mail(108, "NORMAL", "de", "insurer-to-customer",
     "grey: appointment confirmation (ICS) for a named prospect's consultation on disability cover – no contract, no health data",
     A["kurz"], "Frau Lisa Hoffmann <lisa.hoffmann@mailbox.example>",
     "Terminbestätigung: Beratung Berufsunfähigkeitsabsicherung am 08.07.", "2026-07-03 11:20",
     body="""
Hallo Frau Hoffmann,

schön, dass es telefonisch gleich geklappt hat. Ich bestätige unseren
Beratungstermin am Mittwoch, 08.07.2026, um 17:30 Uhr per Videocall.
Den Link finden Sie in der angehängten Einladung.

Bitte legen Sie sich zum Termin nur Ihre ungefähren Wünsche zurecht (gewünschte
monatliche Rente, Laufzeit). Gesundheitsfragen besprechen wir erst, wenn Sie sich
für einen Antrag entscheiden.

Bis Mittwoch!
""" + S("kurz"),
     att=[("Beratungstermin_BU.ics", ics("beratung-bu-20260708-1730@auenwald.example", "20260708T173000", "20260708T181500",
                                         "Beratung BU-Absicherung (Auenwald, Stefan Kurz)",
                                         "Videocall: https://meet.auenwald.example/kurz-0708",
                                         "Videocall", "stefan.kurz@auenwald.example", "lisa.hoffmann@mailbox.example"),
           "text/calendar")])

mail(109, "CONFIDENTIAL", "en", "insurer-to-customer",
     "date of birth corrected after a call in a named customer's motor policy, premium recalculated",
     SD, "Mr Arjun Mehta <arjun.mehta@postfach.example>", "Correction of your date of birth – motor policy KF-2025-771203",
     "2026-07-06 14:12",
     body="""
Dear Mr Mehta,

thank you for pointing out the error on the phone today. We had recorded your
date of birth as 14/03/1997 instead of 14/03/1979 in your motor policy
KF-2025-771203 (Toyota Corolla, KS-AM 4411). This has now been corrected.

As the driver's age is a rating factor, your premium has been recalculated
from the start of the policy:

  Old annual premium:   EUR 1,128.40
  New annual premium:   EUR 694.10
  Refund:               EUR 434.30 (to your account ending in …8812)

Apologies for the inconvenience. A corrected policy schedule will follow by post.
""" + S("okafor", "en"))

mail(110, "NORMAL", "en", "newsletter",
     "trap: HTML-only expat newsletter on hospital network, vaccinations and mental health support – generic",
     "Auenwald Expat News <expat-news@auenwald.example>", "expat-news-subscribers@auenwald.example",
     "Expat News Summer 2026: new hospital partners, travel vaccinations, 24/7 mental health line", "2026-07-07 07:00",
     extra=[("List-Unsubscribe", "<https://www.auenwald.example/en/newsletter/unsubscribe>"), ("Precedence", "bulk")],
     html="""
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Expat News Summer 2026</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="12" style="background:#fff">
<tr><td><h1 style="color:#1f4e79">Expat News – Summer 2026</h1></td></tr>
<tr><td><h3>Direct billing with 14 new hospitals</h3>
<p>From July, you no longer have to pay in advance at these partner hospitals:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>City</th><th>Hospital</th></tr>
<tr><td>Kassel</td><td>Klinikum Fuldatal</td></tr>
<tr><td>Frankfurt</td><td>Mainufer Kliniken</td></tr>
<tr><td>Munich</td><td>Isarklinik Schwabing</td></tr>
</table></td></tr>
<tr><td><h3>Travel vaccinations</h3><p>Yellow fever, rabies, Japanese encephalitis: your plan reimburses travel vaccinations at 100 % in the Premium tier.</p></td></tr>
<tr><td><h3>Feeling low? Talk to someone, 24/7</h3><p>Our mental health line offers confidential counselling in English, German, Spanish and Turkish. No diagnosis needed, no effect on your premium.</p></td></tr>
<tr><td style="font-size:11px;color:#888">Auenwald Versicherung AG, Lindenplatz 4, 34117 Kassel, Germany.
<a href="https://www.auenwald.example/en/newsletter/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
""")

mail(111, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: pension start confirmed after a call: named customer, private pension contract, monthly pension, tax ID",
     A["steinmetz"], "Herrn Horst Gellermann <horst.gellermann@freemail.example>",
     "Ihr Rentenbeginn zum 01.08.2026 – Bestätigung", "2026-07-08 10:55",
     body="""
Sehr geehrter Herr Gellermann,

wie am Telefon besprochen, beginnt die Rentenzahlung aus Ihrer privaten
Rentenversicherung RV 10.772.418-0 am 01.08.2026.

  Garantierte Monatsrente:            612,40 EUR
  Überschussrente (nicht garantiert): 88,15 EUR
  Zahlung zum Monatsersten auf:       """ + iban("DE", "20041111" + "0577041300") + """
  Rentengarantiezeit:                 10 Jahre

Sie hatten sich gegen die Kapitalabfindung (81.940,00 EUR) entschieden.

Für die Rentenbezugsmitteilung an das Finanzamt haben wir Ihre steuerliche
Identifikationsnummer 57 184 392 016 hinterlegt. Die Rente ist mit dem
Ertragsanteil (18 %) zu versteuern.

Herzlichen Glückwunsch zum Ruhestand!
""" + S("steinmetz", "de"))

mail(112, "NORMAL", "de", "internal",
     "trap: CRM incident – callback e-mails to the care and health mailboxes stuck; mailbox names only",
     A["mahler"], CC_ALL, "Störung KUBUS: Rückrufbitten an Postfächer hängen (behoben 14:20)", "2026-07-09 14:35",
     body="""
Hallo zusammen,

zwischen 11:05 und 14:20 Uhr wurden Rückrufbitten, die ihr in KUBUS an ein
Postfach adressiert habt (z. B. Pflege-Service, Leistung Kranken,
Unfall-Leistung), nicht zugestellt. Ursache war ein abgelaufenes Zertifikat
am internen Mail-Relay.

Die 214 betroffenen Rückrufbitten wurden inzwischen nachgesendet – ihr müsst
nichts erneut anlegen. Bitte NICHT als Ersatz per Outlook an die Kolleginnen
und Kollegen schicken; in zwei Fällen ist das passiert, die Mails wurden
gelöscht.

Sorry für die Umstände.
""" + S("mahler"))

mail(113, "CONFIDENTIAL", "de", "internal",
     "callback request to liability claims: 7-year-old child scratched the neighbour's car; named parents, no injury",
     A["brandes"], HAFT, "Rückrufbitte PH-408812 – Kind hat Nachbarauto zerkratzt", "2026-07-10 16:12",
     body="""
Hallo Haftpflicht,

Frau Melanie Jost (Privathaftpflicht PH-408812, Familientarif) hat angerufen.
Ihr Sohn (7) hat gestern beim Spielen mit einem Stein die Fahrertür des
Nachbarautos zerkratzt (Mercedes C-Klasse, Halter Herr Dieter Schramm,
Lindenstraße 9, 34292 Ahnatal). Niemand verletzt.

Sie will wissen, ob wir zahlen, obwohl Kinder unter 7 ja nicht haften – der
Sohn ist aber schon 7. Ich habe auf den Baustein "deliktunfähige Kinder"
hingewiesen, der ist bei ihr drin, aber bei 7 Jahren greift ja wohl die normale
Haftung. Bitte klären.

Rückruf: 0172 449 8015, ab 14 Uhr.

Timo
""")

mail(114, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
     "German call note with English summary to the international claims team: father needs dialysis during a holiday in Portugal",
     A["aydin"], "International Health Claims <ihp-claims@auenwald.example>",
     "Dialyse im Urlaub / dialysis abroad – Herr Kemal Öztürk, KV-3380127", "2026-07-13 11:40",
     body="""
Hello International Claims,

short English summary first, German call note below:
Daughter called for her father (insured, KV-3380127). He has chronic kidney
failure and needs dialysis three times a week. Family holiday in Albufeira,
Portugal, 1-22 August. They need a cost coverage confirmation for a holiday
dialysis centre before the centre confirms the slots.

--- Telefonnotiz ---
Anruferin: Derya Öztürk (Tochter), 0157 8812 3340
Versicherter: Kemal Öztürk, geb. 1958
Chronische Niereninsuffizienz Stadium 5, Hämodialyse Mo/Mi/Fr im
Dialysezentrum Kassel-Nord. Urlaubsdialyse angefragt bei "NephroCare
Albufeira", 9 Behandlungen, Kostenvoranschlag ca. 2.700 EUR liegt der Tochter
vor, sie schickt ihn über das Portal.
Bitte schriftliche Kostenzusage bis 20.07.

Danke, Selin
""" + S("aydin"))

mail(115, "NORMAL", "de", "insurer-to-supplier",
     "trap: print order for 'sorry we missed you' callback cards; PDF proof with placeholders «Name», «Vorgang»",
     A["roth"], "Auftragsannahme Druckhaus Nordhessen <auftrag@druckhaus-nh.example>",
     "Druckfreigabe Rückrufkarte A6 – Auftrag DH-26-3381", "2026-07-14 09:05",
     body="""
Sehr geehrte Frau Beyer,

vielen Dank für den Korrekturabzug. Wir geben die Rückrufkarte mit zwei
kleinen Änderungen frei (im angehängten PDF markiert):

- "Wir haben versucht Sie zu erreichen" → mit Komma nach "versucht"
- Telefonnummer bitte fett

Auflage 20.000 Stück, 300 g/m² matt, Lieferung an die Poststelle Kassel.
""" + S("roth", "de"),
     att=[("Korrekturabzug_Rueckrufkarte_v2.pdf", pdf([
         "Korrekturabzug Druckhaus Nordhessen - Auftrag DH-26-3381 - Rückrufkarte A6 quer",
         "",
         "[Logo Auenwald]",
         "Wir haben versucht, Sie zu erreichen.",
         "",
         "Guten Tag «Anrede» «Name»,",
         "wir wollten mit Ihnen über Ihr Anliegen «Vorgang» sprechen, haben Sie aber leider nicht angetroffen.",
         "Bitte rufen Sie uns zurück: 0561 7080-3300 (Mo-Fr 8-20 Uhr, Sa 9-13 Uhr).",
         "Ihre Ansprechpartnerin / Ihr Ansprechpartner: «Mitarbeiter»",
         "",
         "Aus Datenschutzgründen nennen wir auf dieser Karte keine Einzelheiten zu Ihrem Vertrag.",
     ], title="Korrekturabzug Rückrufkarte"), "application/pdf")])

mail(116, "CONFIDENTIAL", "de", "insurer-to-broker",
     "after a broker's call: PDF contract overview of a named client with birth date and three non-personal-line policies",
     A["kurz"], "Tanja Vogt <t.vogt@vogt-partner.example>", "Vertragsübersicht Herr Kleinschmidt – wie besprochen",
     "2026-07-15 12:30",
     body="""
Hallo Frau Vogt,

wie eben telefonisch besprochen, anbei die Vertragsübersicht von Herrn
Kleinschmidt für Ihr Jahresgespräch am Freitag. Die Kfz-Prämie steigt zum
01.10. wegen der Regionalklasse; vielleicht lohnt sich der Wechsel auf die
höhere SB.

Beste Grüße
""" + S("kurz", "de"),
     att=[("Vertragsuebersicht_Kleinschmidt.pdf", pdf([
         "Auenwald Versicherung AG - Vertragsübersicht für Vermittler 0312 (Vogt & Partner GmbH)",
         "Stand: 15.07.2026",
         "",
         "Kunde: Bernd Kleinschmidt, geb. 30.11.1966, Hauptstraße 41, 34590 Wabern",
         "",
         "HR 3301874   Hausrat Komfort        VS 65.000 EUR    Jahresbeitrag    98,40 EUR",
         "PH 2290551   Privathaftpflicht      VS 10 Mio. EUR   Jahresbeitrag    71,90 EUR",
         "KF-2020-440173 Kfz VW Tiguan HR-BK 66  VK 500/TK 150  Jahresbeitrag   842,30 EUR (ab 01.10.: 911,60 EUR)",
         "",
         "Schäden letzte 5 Jahre: 1 (Hausrat, Fahrraddiebstahl 2024, 1.120 EUR)",
         "Zahlungsweise: jährlich, SEPA-Lastschrift",
     ], title="Vertragsübersicht Kleinschmidt"), "application/pdf")])

mail(117, "NORMAL", "en", "internal",
     "trap: DE-EN glossary XLSX for the International Desk (Arbeitsunfähigkeitsbescheinigung = sick note, etc.) – terms only",
     A["okafor"], "International Service Desk team <servicedesk-team@auenwald.example>",
     "Glossary update DE/EN – health and claims terms", "2026-07-16 15:15",
     body="""
Hi team,

I've added 30 new terms to our glossary, mainly from health claims and care.
Please use these translations in confirmation mails so customers get consistent
wording. Suggestions welcome – just add a row in yellow.

Hannah
""",
     att=[("Glossary_DE-EN_v7.xlsx", xlsx([("Glossary", [
         ["German", "English", "Note"],
         ["Arbeitsunfähigkeitsbescheinigung", "sick note / certificate of incapacity for work", ""],
         ["Heil- und Kostenplan", "dental treatment plan and cost estimate", "HKP"],
         ["Kostenübernahmeerklärung", "guarantee of payment / cost coverage confirmation", "hospitals"],
         ["Pflegegrad", "care level (1-5)", "not 'care degree'"],
         ["Krankentagegeld", "daily sickness benefit", ""],
         ["Berufsunfähigkeit", "occupational disability", "BU"],
         ["Schweigepflichtentbindung", "release from medical confidentiality", ""],
         ["Selbstbeteiligung", "deductible / excess", ""],
         ["Rückrufbitte", "callback request", ""],
         ["Wartezeit", "waiting period", ""],
     ])]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

mail(118, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "orthodontic treatment approval for a named child (KIG 3) confirmed after a call; text and HTML alternative with table",
     A["moeller"], "Familie Brandstätter <brandstaetter@kabelmail.example>",
     "Kostenzusage Kieferorthopädie für Ihre Tochter Mia", "2026-07-17 11:00",
     body="""
Liebe Familie Brandstätter,

wie heute telefonisch besprochen, erteilen wir die Kostenzusage für die
kieferorthopädische Behandlung Ihrer Tochter Mia (mitversichert unter
KV-6021558, Tarif KIDS-ZAHN).

Befund laut Behandlungsplan von Dr. Kaya: Distalbiss mit vergrößerter
Frontzahnstufe, KIG-Einstufung D4 (Grad 3).

  Geplante Gesamtkosten (16 Quartale):   4.820,00 EUR
  Erstattung 80 %:                       3.856,00 EUR
  Zusatzleistung Brackets Keramik:       nicht erstattungsfähig (640,00 EUR)

Bitte reichen Sie die Quartalsrechnungen wie gewohnt ein.
""" + S("moeller"),
     html="""
<html><body style="font-family:Calibri,sans-serif">
<p>Liebe Familie Brandstätter,</p>
<p>wie heute telefonisch besprochen, erteilen wir die Kostenzusage für die kieferorthopädische Behandlung Ihrer Tochter Mia (mitversichert unter KV-6021558, Tarif KIDS-ZAHN).</p>
<p>Befund laut Behandlungsplan von Dr. Kaya: Distalbiss mit vergrößerter Frontzahnstufe, KIG-Einstufung D4 (Grad 3).</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td>Geplante Gesamtkosten (16 Quartale)</td><td align="right">4.820,00 EUR</td></tr>
<tr><td>Erstattung 80 %</td><td align="right">3.856,00 EUR</td></tr>
<tr><td>Zusatzleistung Brackets Keramik</td><td align="right">nicht erstattungsfähig (640,00 EUR)</td></tr>
</table>
<p>Bitte reichen Sie die Quartalsrechnungen wie gewohnt ein.</p>
<p>Mit freundlichen Grüßen<br>Katrin Möller<br>Leistungsabteilung Krankenversicherung</p>
</body></html>
""")

mail(119, "CONFIDENTIAL", "en", "insurer-to-company",
     "grey: D&O notification: claim by an insolvency administrator against a named former managing director; policy and amounts",
     A["petersen"], "\"Michael Krause, CFO\" <m.krause@nordhessen-solar.example>",
     "D&O policy DO-2022-0117 – claim notification received (our ref. DO-S-26-0009)", "2026-07-20 16:05",
     body="""
Dear Mr Krause,

thank you for your call this afternoon. We confirm receipt of the claim
notification under the D&O policy DO-2022-0117 of Nordhessen Solar GmbH:

  Insured person:  Mr Thomas Riedel, managing director until 31 March 2026
  Claimant:        insolvency administrator of Solarpark Betriebs GmbH & Co. KG,
                   RA Dr. Ostermann
  Allegation:      payments made after insolvency (section 15b InsO),
                   claimed amount EUR 1,240,000
  Our reference:   DO-S-26-0009

We will examine cover and will in any event bear the defence costs in
accordance with section 3 of the policy wording. Mr Riedel should not
acknowledge any liability. Please forward the administrator's letter of
8 July 2026 and all correspondence to date.

Kind regards,
""" + S("petersen", "en"))

mail(120, "NORMAL", "de", "internal",
     "trap: DOCX onboarding plan for new agents with modules 'Leistungsfälle Kranken', 'Diagnosen erkennen – nicht notieren'",
     A["lindqvist"], "Teamleitungen Kundenservice <tl-kundenservice@auenwald.example>",
     "Einarbeitungsplan neue Kolleginnen/Kollegen ab August", "2026-07-21 10:10",
     body="""
Hallo zusammen,

ab August starten sechs neue Kolleginnen und Kollegen. Anbei der überarbeitete
Einarbeitungsplan (6 Wochen). Bitte tragt bis Ende der Woche ein, wer aus
euren Teams die Patenschaften übernimmt.
""" + S("lindqvist"),
     att=[("Einarbeitungsplan_Kundenservice_2026.docx", docx([
         ("b", "Einarbeitungsplan Kundenservice-Center (6 Wochen)"),
         ("table", [["Woche", "Modul", "Inhalt"],
                    ["1", "Grundlagen", "KUBUS, Telefonanlage, Legitimation (Geburtsdatum + PLZ), Datenschutz"],
                    ["2", "Kfz/Sach/Haftpflicht", "Schadenmeldung aufnehmen, eVB, Bankverbindung ändern"],
                    ["3", "Leistungsfälle Kranken", "Erstattungsstand, Kostenzusagen, Hilfsmittel"],
                    ["4", "Diagnosen erkennen – nicht notieren", "Was ist ein Gesundheitsdatum? ICD-Codes, Medikamente, "
                     "Befunde; Übungen mit fiktiven Fällen"],
                    ["5", "Leben/BU/Pflege", "Todesfallmeldung, BU-Antrag, Pflegegrad"],
                    ["6", "Hospitation", "Mithören bei Paten, erste eigene Gespräche"]]),
         "Alle Übungsfälle sind fiktiv (z. B. 'Erika Musterfrau, KV-0000002').",
     ], title="Einarbeitungsplan", author="Petra Lindqvist"),
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

mail(121, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: company pension (direct insurance) of a named employee leaving his employer: options and values confirmed after a call",
     A["steinmetz"], "Mr Luca Romano <luca.romano@mailbox.example>",
     "Your company pension after leaving Fensterbau Krüger – options", "2026-07-22 14:20",
     body="""
Dear Mr Romano,

thank you for your call. As you are leaving Fensterbau Krüger GmbH on
31 August 2026, here are your options for the direct insurance (company pension)
LV 60.118.204-9 that your employer took out for you:

  Current policy value:            EUR 14,882.35
  Monthly contribution so far:     EUR 180.00 (deferred compensation)
  Vested:                          yes, fully (employee-financed)

1. Take the contract with you to your new employer (transfer, if your new
   employer agrees),
2. continue it privately with your own contributions, or
3. make it paid-up (no further contributions; projected pension at 67:
   EUR 96.40 per month).

Please let us know your choice by 15 September. Your employer will receive a
copy of this letter for the transfer declaration.

Kind regards,
""" + S("steinmetz", "en"))

mail(122, "NORMAL", "mixed", "insurer-to-partner",
     "trap: German-English mail planning a joint webinar on long COVID in disability claims – topic only",
     A["amsel"], "Dr. Katrin Huber <k.huber@alpenland-assurances.example>",
     "Webinar Long COVID & BU – Agenda / agenda draft", "2026-07-23 09:45",
     body="""
Liebe Frau Dr. Huber,

danke für das nette Telefonat. Wie besprochen hier der Agenda-Entwurf – I've
written it in English because your underwriters in Innsbruck asked for it.

  1. Long COVID / post-COVID syndrome (U09.9): what do we know in 2026?
  2. Underwriting: how to handle applicants with a history of post-COVID fatigue
  3. Claims: assessing fluctuating capacity for work
  4. Case discussion (anonymised, prepared by both sides)

Termin: 24. September, 14–16 Uhr, MS Teams. Ich bringe unseren beratenden Arzt
mit; Sie kümmern sich um die Einladung?

Beste Grüße / best regards
""" + S("amsel"))

mail(123, "CONFIDENTIAL", "de", "insurer-to-customer",
     "reply to a caller's neighbour dispute (hedge): legal expenses cover, named customer and neighbour",
     A["scholz"], "Herrn Jürgen Wiegand <juergen.wiegand@netzmail.example>",
     "Ihr Nachbarstreit – Rechtsschutz RS-559104", "2026-07-24 11:36",
     body="""
Hallo Herr Wiegand,

zu unserem Telefonat von heute Morgen: Ihr Streit mit Ihrem Nachbarn,
Herrn Erwin Pauly (Gartenweg 7), um die Thujahecke an der Grundstücksgrenze
ist über den Baustein Wohnungs- und Grundstücksrechtsschutz Ihres Vertrags
RS-559104 versichert.

Da in Hessen vor einer Klage ein Schlichtungsverfahren bei der Schiedsperson
vorgeschrieben ist, übernehmen wir zunächst die Kosten der Schlichtung
(Gebühr der Schiedsamtsperson ca. 75 EUR) und die Beratung durch einen Anwalt.
Ihre Selbstbeteiligung beträgt 250 EUR.

Melden Sie sich gern, sobald Sie einen Anwalt beauftragt haben.
""" + S("scholz"))

mail(124, "NORMAL", "de", "internal",
     "trap: job advert for call-centre agents welcoming medical assistants and nurses – no applicant data",
     A["rehberg"], "Redaktion Intranet <intranet@auenwald.example>",
     "Stellenausschreibung zur Veröffentlichung: Kundenberater/in Gesundheitsservice (m/w/d)", "2026-07-27 08:50",
     body="""
Hallo Intranet-Redaktion,

bitte die folgende Ausschreibung ab Mittwoch intern und extern veröffentlichen:

-----
Kundenberater/in Gesundheitsservice (m/w/d), Kassel, Voll- oder Teilzeit

Sie beraten unsere Kundinnen und Kunden am Telefon zu Arztrechnungen,
Krankenhausaufenthalten, Hilfsmitteln und Pflegeleistungen. Sie nehmen
Anliegen auf, schreiben Rückrufbitten an unsere Fachabteilungen und bestätigen
Absprachen schriftlich.

Ihr Profil: Ausbildung als Kauffrau/-mann für Versicherungen und Finanzanlagen –
oder als Medizinische/r Fachangestellte/r, Pflegefachkraft oder
Zahnmedizinische/r Fachangestellte/r mit Freude am Telefonieren.

Wir bieten: Tarifgehalt nach TV private Versicherungswirtschaft, 38 Stunden,
mobiles Arbeiten bis 60 %, Jobrad, Betriebsarzt und Gesundheitstag.

Bewerbungen bitte über https://karriere.auenwald.example (Kennziffer KS-26-14).
-----

Danke!
""" + S("rehberg"))

mail(125, "NORMAL", "en", "insurer-to-customer",
     "trap: grey: answer to a prospective customer's question whether e-mails are encrypted; explains consent for health data – generic",
     SD, "Sofia Lindahl <sofia.lindahl@inbox.example>", "Your question: are e-mails to Auenwald encrypted?",
     "2026-07-28 13:13",
     body="""
Dear Ms Lindahl,

thank you for your call and your good question before deciding on an
international health plan with us.

* Every e-mail between you and Auenwald is sent over an encrypted connection
  (TLS) if your e-mail provider supports it – almost all providers do.
* Messages that contain health information (for example about doctors' bills or
  hospital stays) are by default not sent by e-mail but placed in your personal
  portal mailbox; you receive a short notification e-mail without content.
* If you prefer to receive such messages directly by e-mail, you can give us your
  written consent. You can withdraw it at any time.

You'll find more details at https://www.auenwald.example/en/privacy.

Kind regards,
""" + S("vitale", "en"))

mail(126, "NORMAL", "de", "internal",
     "trap: team-lead guideline on addressing callback requests with fictitious examples ('Erika Musterfrau', 'Hörgeräte')",
     A["hoppe"], "Team Erfurt <kundenservice-erfurt@auenwald.example>", "Rückrufbitten – an wen, mit welchem Inhalt? (Spickzettel)",
     "2026-07-29 08:10",
     body="""
Moin,

weil in den letzten Wochen viele Rückrufbitten im falschen Postfach gelandet
sind, hier ein Spickzettel. Alle Beispiele sind ausgedacht!

Anliegen                          Postfach               Beispiel-Betreff
Erstattung Arzt/Zahnarzt          Leistung Kranken       "Rückruf Erika Musterfrau, KV-0000002 – Stand Erstattung"
Hilfsmittel (Hörgeräte, Rollator) Leistung Kranken       "Rückruf ... – Frage Kostenvoranschlag Hilfsmittel"
Pflegegrad, Pflegetagegeld        Pflege-Service         "Rückruf ... – Frage Pflegeleistung"
Unfall, Invalidität               Unfall-Leistung        "Rückruf ... – Unfallmeldung"
BU, Tod, Rente                    Leistung Leben/BU      "Rückruf ... – Leistungsantrag"
Kfz, Sach, Haftpflicht            jeweiliges Schadenpostfach

Faustregel: Betreff = Name, Vertragsnummer, Thema. Keine Diagnose, kein
Medikament, kein "Krebs", "Depression" o. ä. in Betreff oder Text – das steht
in der Akte.

Dennis
""")

mail(127, "NORMAL", "en", "insurer-to-supplier",
     "trap: query on the assistance partner's monthly invoice (41 medical assistance cases, counts only, company bank account)",
     A["roth"], "GlobalAssist Accounts Receivable <ar@globalassist.example>",
     "Invoice GA-INV-2026-0614 – please correct the case fee", "2026-07-30 10:25",
     body="""
Dear Sir or Madam,

we have received your invoice GA-INV-2026-0614 for June 2026:

  41 medical assistance cases x EUR 185.00 case fee   EUR 7,585.00
  9 repatriation coordination fees x EUR 420.00      EUR 3,780.00
  24/7 hotline flat fee                              EUR 2,500.00

According to the amendment of 1 April 2026 the case fee is EUR 165.00, not
EUR 185.00. Please send us a corrected invoice (difference EUR 820.00). We will
pay the undisputed part now to your account with Commerzbank Munich,
""" + iban("DE", "70040041" + "0662031400") + """ (GlobalAssist GmbH).

Kind regards,
""" + S("roth", "en"))

mail(128, "NORMAL", "de", "internal",
     "trap: aggregated customer-survey results after calls with anonymised verbatim comments mentioning cancer and a hospital stay",
     A["demir"], "Leitung Kundenservice und Teamleitungen <tl-kundenservice@auenwald.example>",
     "Kundenbefragung nach Telefonkontakt – Ergebnisse Q2", "2026-07-31 14:45",
     body="""
Hallo zusammen,

die Ergebnisse der Befragung nach Telefonkontakt (Q2, n = 3.412) sind da:

  Gesamtzufriedenheit           1,8 (Schulnote)   Vorquartal 1,9
  Anliegen beim 1. Anruf gelöst 74 %              Vorquartal 71 %
  Bestätigung per Mail erhalten 88 %              neu erhoben
  Weiterempfehlung (NPS)        +41               Vorquartal +37

Ausgewählte Freitexte (anonymisiert, vom Dienstleister ohne Namen geliefert):

  "Die Dame war sehr geduldig, obwohl ich wegen meiner Krebserkrankung
   ständig nachfragen musste."
  "Rückruf kam wie versprochen am nächsten Tag. Top!"
  "Nach dem Krankenhausaufenthalt meiner Frau wusste ich nicht weiter, am
   Telefon wurde mir alles erklärt."
  "Warteschleife 25 Minuten – das geht gar nicht."

Danke für eure tolle Arbeit!
""" + S("demir"))

mail(129, "NORMAL", "en", "internal",
     "trap: request for a new English confirmation template with placeholders [policy number], '[diagnosis – never include]'",
     A["vitale"], A["mahler"], "KUBUS template request: English confirmation after phone call (health)", "2026-08-03 09:35",
     body="""
Hi Sven,

could you add the following English template to KUBUS under Vorlagen >
Kundenservice > Bestätigung Telefonat (EN)? Placeholders in square brackets.

---
Subject: Following our call on [date]

Dear [title] [surname],

thank you for your call today. As discussed, we have forwarded your request
regarding [topic, e.g. "reimbursement of your invoice of [invoice date]"] to our
health claims team under reference [case ID]. They will contact you within
[n] working days.

[diagnosis – never include; no treatment details, no doctor's name]

Kind regards,
[agent name]
International Service Desk
---

The template should be flagged "send via portal mailbox only".

Thanks!
Marco
""")

mail(130, "NORMAL", "de", "insurer-to-authority",
     "trap: annual complaints statistics to the supervisory authority – counts by line incl. health and care, no persons",
     A["lindqvist"], "Referat Verbraucherschutz – Versicherungsaufsicht <verbraucherschutz@aufsicht.example>",
     "Beschwerdestatistik 1. Halbjahr 2026 – Auenwald Versicherung AG (Reg.-Nr. 5077)", "2026-08-04 11:00",
     body="""
Sehr geehrte Damen und Herren,

anbei übermitteln wir die Beschwerdestatistik für das erste Halbjahr 2026.
Die Zahlen beruhen auf den im Beschwerdemanagement erfassten schriftlichen und
telefonischen Beschwerden.

  Sparte                     Beschwerden   davon berechtigt
  Krankenversicherung            214              61
  Pflegezusatzversicherung        38              12
  Lebensversicherung/BU           97              22
  Unfallversicherung              19               4
  Kfz-Versicherung               142              35
  Sach/Haftpflicht/Rechtsschutz  166              41

Häufigste Gründe: Dauer der Leistungsbearbeitung, Ablehnung von
Hilfsmitteln, Beitragsanpassung. Einzelfälle enthält diese Statistik nicht.
""" + S("lindqvist", "de"))

mail(131, "NORMAL", "en", "insurer-to-partner",
     "trap: contact details for the ombudsman's case handling, explicitly no case data",
     A["olbrich"], "Case Coordination – Insurance Ombudsman <coordination@ombudsman-versicherung.example>",
     "Updated contact persons for ombudsman procedures", "2026-08-05 15:30",
     body="""
Dear colleagues,

please update your records: from 1 September 2026 ombudsman procedures relating to
Auenwald Versicherung AG should be addressed to

  Complaints Management, Ms Aylin Demir, beschwerden@auenwald.example
  Deputy: Ms Petra Lindqvist

For procedures concerning health, long-term care or disability insurance, which
usually involve medical documents, please continue to use the secure upload
(https://securemail.auenwald.example/ombudsman) rather than e-mail.

This message contains no case data; existing procedures remain with the current
handlers.

Kind regards,
""" + S("olbrich", "en"))

mail(132, "NORMAL", "de", "newsletter",
     "trap: motor customer newsletter 'Wildunfall – was tun?' mentioning injured persons and first aid generically",
     "Auenwald Newsletter <newsletter@auenwald.example>", "kfz-newsletter@auenwald.example",
     "Herbstzeit ist Wildzeit: So verhalten Sie sich bei einem Wildunfall", "2026-08-06 07:00",
     extra=[("List-Unsubscribe", "<https://www.auenwald.example/newsletter/abmelden>"), ("Precedence", "bulk")],
     body="""
Liebe Autofahrerinnen und Autofahrer,

im Herbst steigt die Zahl der Wildunfälle deutlich. Was tun, wenn es kracht?

1. Warnblinker an, Warnweste anziehen, Unfallstelle absichern.
2. Gibt es Verletzte? Erste Hilfe leisten und Notruf 112 wählen.
3. Polizei verständigen (110) – auch wenn niemand verletzt ist.
4. Das Tier nicht anfassen und nicht mitnehmen (Wilderei!).
5. Wildunfallbescheinigung von Polizei oder Jagdpächter geben lassen.
6. Schaden melden: App "Auenwald Mobil" oder 0800 7080 111, rund um die Uhr.

Wildunfälle mit Haarwild sind in der Teilkasko versichert. Kollisionen mit
Vögeln oder Haustieren zahlt nur die Vollkasko.

Gute und sichere Fahrt wünscht
Ihre Auenwald Versicherung

Abmelden: https://www.auenwald.example/newsletter/abmelden
""")

mail(133, "NORMAL", "en", "internal",
     "trap: summer party invitation asking staff to submit food allergies via a form – nothing disclosed",
     A["sommer"], "All staff <alle@auenwald.example>", "Summer party 28 August – please register by 14 August",
     "2026-08-07 12:00",
     body="""
Dear all,

our summer party takes place on Friday, 28 August, from 16:00 in the garden
of the Kassel office (Erfurt colleagues: a bus leaves at 13:30).

What to expect: barbecue (incl. vegan options), live band, and the call-centre
teams' legendary quiz.

Please register by 14 August via the intranet form. If you have food allergies
or intolerances, you can tell the caterer directly via the form; that
information goes only to the caterer and is deleted after the party.

Looking forward to seeing you!
""" + S("sommer"))

mail(134, "NORMAL", "mixed", "internal",
     "trap: bilingual softphone rollout note naming the health hotline queues – technical only",
     A["mahler"], CC_ALL, "Softphone-Rollout / softphone rollout – Welle 2 ab 17.08.", "2026-08-10 16:20",
     body="""
Hallo zusammen / hi all,

am 17.08. stellen wir die zweite Welle auf das neue Softphone um: Team 2, Team 3
und den International Service Desk. Die Queues KV_Leistung, PFLEGE und INTL
bleiben unverändert.

What you need to do:
- Log off your desk phone on Friday 14 August before leaving.
- On Monday, start "Callvox Agent" from the start menu and log in with your
  Windows account.
- Headset: use the USB-C headsets delivered in May.

Bei Problemen: IT-Hotline -1000 oder Ticket mit Kategorie "Softphone".
""" + S("mahler"))

mail(135, "NORMAL", "de", "internal",
     "trap: HR process description for reporting sick leave (AU from day 3) – no employee named",
     A["rehberg"], CC_ALL, "Erinnerung: So meldet ihr euch krank (auch im Homeoffice)", "2026-08-11 09:00",
     body="""
Liebe Kolleginnen und Kollegen,

weil es immer wieder Fragen gibt, hier noch einmal der Ablauf, wenn ihr krank
seid:

1. Bis 8:00 Uhr telefonisch oder per Teams bei eurer Teamleitung melden – bitte
   nicht über die Gruppenchats. Die Diagnose geht niemanden etwas an; ihr müsst
   sie auch der Teamleitung nicht nennen.
2. Ab dem 3. Kalendertag ist eine Arbeitsunfähigkeitsbescheinigung nötig. Die
   eAU ruft die Personalabteilung bei eurer Krankenkasse ab; Privatversicherte
   schicken die Bescheinigung bitte per Post an die Personalabteilung.
3. Wer im Homeoffice krank wird, meldet sich ebenfalls ab – kein "ich arbeite
   halt ein bisschen".

Gute Besserung allen, die es gerade erwischt hat!
""" + S("rehberg"))

mail(136, "NORMAL", "en", "insurer-to-broker",
     "trap: general underwriting guideline for applicants with diabetes, answered to a broker's hypothetical question",
     A["amsel"], "Emily Clarke <emily.clarke@brightwater.example>", "RE: general question – diabetes and term life",
     "2026-08-12 13:50",
     body="""
Dear Ms Clarke,

as discussed on the phone, here is our general guideline – not an assessment of
any particular client:

  Type 2 diabetes, well controlled (HbA1c < 7.5 %), no complications:
    term life usually at standard rates or +25 %, disability cover with
    individual assessment.
  Type 1 diabetes, diagnosed > 5 years ago, no complications:
    term life +50 % to +100 %, disability cover usually declined.
  Diabetes with kidney or eye complications: individual assessment.

If you have a specific client, please send an anonymous risk pre-enquiry via the
partner portal (age, occupation, HbA1c, medication) without name or date of birth.

Best regards,
""" + S("amsel", "en"))

mail(137, "CONFIDENTIAL", "de", "insurer-to-customer",
     "motor payment frequency and Austrian IBAN changed after a call: named customer, policy, plate",
     A["brandes"], "Frau Theresa Mayrhofer <theresa.mayrhofer@mailbox.example>",
     "Bestätigung: monatliche Zahlweise und neue Bankverbindung KF-2024-308811", "2026-08-13 10:37",
     body="""
Sehr geehrte Frau Mayrhofer,

wie telefonisch gewünscht, haben wir Ihre Kfz-Versicherung KF-2024-308811
(Mini Cooper, KS-TM 218) ab 01.09.2026 auf monatliche Zahlweise umgestellt.
Der Monatsbeitrag beträgt 58,12 EUR (inkl. 3 % Ratenzuschlag).

Abgebucht wird künftig von Ihrem österreichischen Konto:

  Kontoinhaberin: Theresa Mayrhofer
  IBAN: """ + iban("AT", "20111" + "82291055700") + """
  BIC:  GIBAATWWXXX

Das neue SEPA-Mandat erhalten Sie zur Unterschrift per Post.
""" + S("brandes", "de"))

mail(138, "CONFIDENTIAL", "en", "internal",
     "call note to travel claims: rental car excess reimbursement, named customer, rental agreement, no injuries",
     A["okafor"], REISE, "Call note – rental car excess claim, TR-26-04417", "2026-08-14 17:10",
     body="""
Hi Reise,

Mr George Adebayo (annual travel policy TR-26-04417 with rental car excess
cover) called. During his holiday in Mallorca the rental car (Sixt, agreement
no. PMI-77120934) was scratched in a car park on 9 August. The rental company
charged the excess of EUR 900 to his credit card. No injuries, no other party.

He has the damage report and the credit card statement and will upload them.
Could you call him back to confirm what else is needed? +49 151 4470 2218.

Thanks,
Hannah
""")

mail(139, "CONFIDENTIAL", "de", "internal",
     "harmless body; the attached forwarded message/rfc822 contains a named witness's statement on a motor claim (no injuries)",
     A["aydin"], KFZ, "WG: Zeugenaussage zu S-2026-03871", "2026-08-17 09:20",
     body="""
Hallo Kfz-Schaden,

die Zeugin hat nach unserem Telefonat ihre Aussage per Mail an den
Kundenservice geschickt, hängt an. Bitte zur Akte nehmen.

Gruß Selin
""",
     att=[eml("Ingrid Marx <ingrid.marx@webpost.example>", "kundenservice@auenwald.example",
              "Aussage Unfall Kreuzung Holländische Straße", "2026-08-16 20:12", """
Guten Abend,

wie heute am Telefon mit Ihrer Kollegin besprochen, hier meine Beobachtung:

Am 14.08.2026 gegen 17:45 stand ich an der Ampel Holländische Straße /
Mombachstraße in Kassel. Der silberne Audi A4 (KS-RB 3307) ist bei Rot über die
Kreuzung gefahren und hat den blauen Renault Clio, der von rechts kam und Grün
hatte, an der Fahrerseite gestreift. Beide Fahrer sind ausgestiegen, es sah
niemand verletzt aus.

Ingrid Marx
Wolfhager Straße 120, 34127 Kassel, Tel. 0561 87 33 61
""", "<7e5f9d20-1c2b-4b6e-8d3a-55a1c7e0b9f4@webpost.example>")])

mail(140, "CONFIDENTIAL", "en", "insurer-to-customer",
     "smartphone damage under electronics insurance confirmed after a call: named customer, IMEI, policy",
     A["fuchs"], "Yuki Tanaka <yuki.tanaka@inbox.example>", "Your phone repair – claim S-2026-04102 approved",
     "2026-08-18 11:48",
     body="""
Dear Ms Tanaka,

good news following our call: your claim under the electronics policy EL-2025-6610
for your smartphone (Pixel 9, IMEI 35 884211 630412 7) is approved. The display
broke when the phone fell from your bike on 15 August.

Please take the phone to our repair partner FixPoint Kassel (Königsplatz 3) and
quote claim number S-2026-04102. The repair (approx. EUR 289) is billed directly
to us; your deductible of EUR 50 is paid at the shop.

Kind regards,
""" + S("fuchs", "en"))

mail(141, "CONFIDENTIAL", "mixed", "insurer-to-customer",
     "bilingual rent deposit guarantee confirmation: named tenant, landlord, flat, guarantee amount",
     A["aydin"], "Carlos Mendes <carlos.mendes@postfach.example>",
     "Ihre Mietkautionsbürgschaft / your rent deposit guarantee – MK-2026-00951", "2026-08-19 14:30",
     body="""
Hallo Herr Mendes,

wie telefonisch besprochen – die Bürgschaftsurkunde geht heute per Post direkt
an Ihre Vermieterin.

Quick summary in English:

  Tenant:             Carlos Mendes
  Landlord:           Frau Gertrud Hilgenberg, Kassel
  Flat:               Querallee 44, 3rd floor left, 34119 Kassel
  Deposit guaranteed: EUR 2,340.00 (3 x net rent of EUR 780)
  Annual fee:         EUR 93.60, collected by direct debit from 1 September

If the landlord makes a claim under the guarantee, we will contact you before
paying.

Viele Grüße / best regards
Selin Aydın
Kundenservice-Center · Team 2
""")

mail(142, "CONFIDENTIAL", "de", "insurer-to-company",
     "burglary in a sole trader's bakery (natural person as policyholder): commercial contents claim, address",
     A["petersen"], "Bäckerei Sommer e. K. – Inh. Markus Sommer <info@baeckerei-sommer.example>",
     "Einbruch in Ihre Filiale – Inhaltsversicherung GI-3380412, Schaden S-2026-04220", "2026-08-20 10:05",
     body="""
Sehr geehrter Herr Sommer,

danke für Ihren Anruf heute früh. Wie besprochen:

In der Nacht zum 20.08.2026 wurde in Ihre Filiale Wilhelmshöher Allee 210,
Kassel, eingebrochen. Entwendet wurden laut Ihrer Aufstellung die
Wechselgeldkasse (ca. 600 EUR) und ein Tablet des Kassensystems; die Eingangstür
und die Vitrine sind beschädigt. Anzeige bei der Polizei ist erstattet
(Tagebuchnummer 0820-26-118844).

Unser Sachverständiger kommt morgen zwischen 8 und 9 Uhr. Die Glaserei für die
Notverglasung dürfen Sie sofort beauftragen; die Kosten tragen wir im Rahmen
Ihrer Geschäftsinhaltsversicherung GI-3380412.
""" + S("petersen", "de"))

mail(143, "CONFIDENTIAL", "en", "insurer-to-lawyer",
     "subrogation claim letter to the opposing party's lawyer: named policyholder, motor claim, amounts, no injuries",
     A["benz"], "Harper & Lowe Solicitors <claims@harper-lowe.example>",
     "Recourse claim – our insured Ms Nicole Albrecht, claim S-2026-01377", "2026-08-21 15:15",
     body="""
Dear Ms Lowe,

further to our telephone conversation, we confirm that we have indemnified our
policyholder, Ms Nicole Albrecht (Kassel), under her comprehensive motor
policy for the total loss of her Ford Focus (KS-NA 1103) on 24 February 2026.

As your client, Mr Graham Pike, caused the collision while driving a UK-registered
vehicle (AB12 CDE), we claim recourse in the amount of:

  Replacement value minus salvage   EUR 8,350.00
  Expert's fee                      EUR   612.40
  Towing                            EUR   186.00
  Total                             EUR 9,148.40

No personal injury was sustained. Please confirm within 14 days whether your
client's liability insurer will settle.

Yours sincerely,
""" + S("benz", "en"))

mail(144, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "call note to accident claims: tick bite followed by Lyme disease, named customer, infection clause",
     A["kowalczyk"], UNFALL, "Gesprächsnotiz UV-5501238 – Zeckenbiss, Borreliose", "2026-08-24 11:25",
     body="""
Hallo Unfall-Leistung,

Herr Stefan Grabowski (Unfallversicherung UV-5501238, Tarif mit
Infektionsklausel) hat angerufen:

- Zeckenbiss Ende Mai bei der Gartenarbeit, Wanderröte erst im Juli bemerkt
- Hausarzt hat im Juli eine Borreliose (A69.2) festgestellt, 3 Wochen
  Doxycyclin
- seitdem Gelenkschmerzen in beiden Knien, Neurologe-Termin im September
- er fragt, ob das ein Unfall ist und ob es Krankenhaustagegeld oder
  Invaliditätsleistung geben kann

Unfallanzeige ist per Post raus. Rückruf gern vormittags: 0561 59 22 418.
""" + S("kowalczyk"))

mail(145, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "reimbursement statement for a dengue fever hospital stay in Thailand, sent as a scanned PDF with application/octet-stream",
     A["turner"], "Mr Peter Sandberg <peter.sandberg@mailo.example>", "RE: scan", "2026-08-25 09:50",
     body="""
Dear Mr Sandberg,

as promised on the phone – the statement is attached.

Kind regards,
Sophie Turner
""",
     att=[("Scan_20260825_0948.pdf", pdf([
         "Auenwald Allgemeine Versicherung AG - Travel Claims",
         "Reimbursement statement, claim TR-S-26-0917, policy TR-26-01877",
         "",
         "Insured person: Peter Sandberg, date of birth 1982-11-30",
         "Treatment: Bangkok Hospital Phuket, inpatient 02-06 August 2026",
         "Diagnosis: dengue fever with thrombocytopenia (A97.1)",
         "",
         "Hospital invoice THB 168,400 = EUR 4,302.18   reimbursed 100 %",
         "Outpatient follow-up 08 August THB 3,200 = EUR 81.75   reimbursed 100 %",
         "Pharmacy (paracetamol, electrolytes) EUR 23.40   reimbursed 100 %",
         "Additional hotel nights (2) due to illness EUR 190.00   reimbursed 100 %",
         "",
         "Total reimbursed: EUR 4,597.33, paid on 26 August 2026",
     ], title="Reimbursement statement"), "application/octet-stream")])

mail(146, "STRICTLY_CONFIDENTIAL", "de", "internal",
     "short reply; the sensitive call note (wheelchair for ALS patient) appears only in the quoted part",
     A["moeller"], A["hoppe"], "AW: Rückrufbitte Herr Albers – Elektrorollstuhl", "2026-08-26 16:02",
     body="""
Erledigt, Rückruf ist raus, Kostenzusage geht morgen per Post.

Gruß
K. Möller

-----Ursprüngliche Nachricht-----
Von: Dennis Hoppe <dennis.hoppe@auenwald.example>
Gesendet: Mittwoch, 26. August 2026 09:14
An: Katrin Möller <katrin.moeller@auenwald.example>
Betreff: Rückrufbitte Herr Albers – Elektrorollstuhl

Hallo Frau Möller,

Herr Günther Albers (KV-2011764) bzw. seine Frau haben wieder angerufen. Bei
ihm ist die ALS inzwischen so weit fortgeschritten, dass er nicht mehr laufen
kann; der Neurologe hat einen Elektrorollstuhl mit Kopfsteuerung verordnet
(Kostenvoranschlag Sanitätshaus Kassel-Nord, 18.450 EUR). Frau Albers ist
völlig erschöpft und bittet dringend um eine Entscheidung.

Tel. 0361 33 42 190

Danke
Dennis
""")

mail(147, "STRICTLY_CONFIDENTIAL", "en", "internal",
     "callback request to underwriting: applicant asks whether HIV PrEP must be declared (sexual health)",
     A["vitale"], A["amsel"], "Callback request – application A-26-51102, question on medication disclosure", "2026-08-27 12:05",
     body="""
Hi Dr. Amsel,

Mr Jonathan Reyes (born 04/02/1993), applicant for term life A-26-51102 via
Brightwater, called. He takes HIV pre-exposure prophylaxis (PrEP, emtricitabine/
tenofovir) and is HIV negative, tested every three months. He wants to know
whether he must state this under "current medication" and whether it affects his
premium. He was worried about discrimination – I told him I'd pass it on
confidentially and you would call him personally.

Phone: +49 160 3381 7720, English.

Thanks,
Marco
""")

mail(148, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "IVF cost approval after a call: named couple, fertility diagnosis; windows-1252 with base64 transfer encoding",
     A["moeller"], "Frau Anja Körner <anja.koerner@kabelmail.example>",
     "Kostenzusage Kinderwunschbehandlung – unser Gespräch vom 27.08.", "2026-08-28 10:40",
     body="""
Sehr geehrte Frau Körner,

wie gestern am Telefon besprochen, erteilen wir Ihnen die Kostenzusage für die
Kinderwunschbehandlung im Kinderwunschzentrum Kassel (Dr. Winter).

Nach dem Behandlungsplan liegt bei Ihnen ein beidseitiger Tubenverschluss (N97.1)
vor; eine Schwangerschaft ist auf natürlichem Weg nicht möglich. Die Kosten für
bis zu drei IVF-Zyklen einschließlich Medikamenten übernehmen wir nach Ihrem
Tarif KOMFORT zu 100 % (Versicherungsnummer KV-4839201).

Kosten Ihres Partners, Herrn Tobias Körner, sind bei seiner gesetzlichen
Krankenkasse geltend zu machen.

Wir drücken Ihnen die Daumen – alles Gute!
""" + S("moeller", "de"), charset="windows-1252", cte="base64")

mail(149, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "liability claim with an injured third party: whiplash S13.4, sick leave, lawyer of the injured party",
     A["ellerbrock"], "Kanzlei Brenner Rechtsanwälte <sekretariat@kanzlei-brenner.example>",
     "Ihr Zeichen 187/26 B – Personenschaden Ihrer Mandantin, unser Schaden S-2026-03350", "2026-08-31 14:10",
     body="""
Sehr geehrter Herr Rechtsanwalt Brenner,

vielen Dank für das Telefonat. Wie besprochen bestätigen wir die Einstandspflicht
unseres Versicherungsnehmers (Privathaftpflicht PH-772015, Herr Timo Lang) für den
Fahrradunfall vom 02.07.2026, bei dem Ihre Mandantin, Frau Svenja Röhrig, zu
Fall kam.

Nach dem übersandten Attest der Unfallchirurgie des Klinikums Kassel erlitt Ihre
Mandantin eine Distorsion der Halswirbelsäule (S13.4) und eine Prellung des
rechten Handgelenks; sie war vom 02.07. bis 27.07.2026 arbeitsunfähig.

Wir bieten zur Abgeltung des Schmerzensgeldes 1.800 EUR an, zuzüglich des
Verdienstausfalls nach Nachweis durch den Arbeitgeber und der Zuzahlungen für
Physiotherapie (6 x 10 EUR).
""" + S("ellerbrock", "de"))

mail(150, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "body harmless; ZIP with PDF letter and ODS breakdown of an accident invalidity benefit (finger amputation)",
     A["okafor"], "Mr Samuel Osei <samuel.osei@inbox.example>", "Documents as discussed on the phone", "2026-09-01 16:30",
     body="""
Dear Mr Osei,

as discussed on the phone, I attach the documents in one ZIP file. Please
let me know if you cannot open them.

Best regards,
""" + S("okafor", "en"),
     att=[("Auenwald_UV-6603117_documents.zip", zip_bytes([
         ("Invalidity_benefit_letter.pdf", pdf([
             "Auenwald Allgemeine Versicherung AG - Accident Claims",
             "Invalidity benefit, accident insurance UV-6603117",
             "",
             "Dear Mr Osei,",
             "following the medical report of Dr. Kraft (hand surgery, Klinikum Kassel) of 12 August 2026,",
             "we assess the permanent impairment after your accident with a circular saw on 3 March 2026",
             "(traumatic amputation of the right index finger at the middle joint, ICD-10 S68.1) as follows.",
             "Degree of invalidity according to the limb table: 1/2 finger value index finger = 5 %.",
             "The progression of 225 % in your policy applies only above 25 %, so the benefit is EUR 5,000.00.",
         ], title="Invalidity benefit letter")),
         ("Calculation.ods", ods([("Calculation", [
             ["Item", "Value"],
             ["Sum insured (basic)", 100000],
             ["Index finger (limb table)", "10 %"],
             ["Loss at middle joint", "1/2 finger value"],
             ["Degree of invalidity", "5 %"],
             ["Benefit (5 % of sum insured)", 5000],
             ["Progression 225 % (only above 25 %)", 0],
             ["Payment", 5000],
         ])])),
     ], when=(2026, 9, 1, 16, 20, 0)), "application/zip")])

# ================================================================ output and check

ALLOWED_CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "ES": 24, "FR": 27, "GB": 22, "PT": 25, "IT": 27,
            "LU": 20, "BE": 16, "IE": 22, "PL": 28, "DK": 18}
IBAN_RE = re.compile(r"\b(?:%s)\d{2}(?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?\b" % "|".join(IBAN_LEN))
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")


def labels_tsv():
    rows = ["file\tlabel\tlang\tkind\treason"]
    for m in sorted(MAILS, key=lambda x: x["n"]):
        rows.append("%s%04d.eml\t%s\t%s\t%s\t%s" % (PREFIX, m["n"], m["label"], m["lang"], m["kind"], m["reason"]))
    return ("\n".join(rows) + "\n").encode("utf-8")


class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return " ".join(p.parts)


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert data.rstrip().endswith(b"%%EOF"), "PDF without %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point at xref"
    xr = re.search(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(xr.group(1))
    table = data[sx + xr.end():].split(b"\n")[1:n]
    for k, row in enumerate(table, 1):
        off = int(row[:10])
        assert data[off:].startswith(b"%d 0 obj" % k), "xref offset of object %d wrong" % k
    text = []
    for sm in re.finditer(rb"<< /Length (\d+) /Filter /FlateDecode >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = zlib.decompress(data[sm.end():sm.end() + ln]).decode("cp1252")
        for t in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", raw):
            text.append(re.sub(r"\\(.)", r"\1", t.group(1)))
    s = "\n".join(text)
    assert s.strip(), "PDF without text layer"
    return s


def ooxml_odf_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    out = []
    for nm in names:
        if nm.endswith(".xml") or nm.endswith(".rels"):
            root = ET.fromstring(z.read(nm))
            if nm in ("word/document.xml", "content.xml") or nm.startswith("xl/worksheets/"):
                out.append(" ".join(t for t in root.itertext()))
    if name.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    if name.endswith(".docx"):
        assert "word/document.xml" in names
    if name.endswith(".xlsx"):
        assert "xl/workbook.xml" in names
    s = "\n".join(out)
    assert s.strip(), "%s without text" % name
    return s


def attachment_text(name, data, ctype, charset, stats):
    """Open one attachment; returns its text (recursing into ZIPs and mails)."""
    low = name.lower()
    if low.endswith(".pdf"):
        stats["PDF"] += 1
        return pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
        stats[low.rsplit(".", 1)[1].upper()] += 1
        return ooxml_odf_text(data, low)
    if low.endswith(".zip"):
        stats["ZIP"] += 1
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for info in z.infolist():
            if info.is_dir():
                continue
            out.append(attachment_text(info.filename, z.read(info), "", "utf-8", stats))
        return "\n".join(out)
    if low.endswith(".csv"):
        stats["CSV"] += 1
        txt = data.decode(charset or "utf-8")
        rows = list(csv.reader(io.StringIO(txt), delimiter=";"))
        assert rows, "empty CSV"
        return txt
    if low.endswith(".ics"):
        stats["ICS"] += 1
        txt = data.decode(charset or "utf-8")
        assert txt.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in txt, "bad ICS"
        assert "\n" not in txt.replace("\r\n", ""), "ICS without CRLF"
        return txt
    if low.endswith((".html", ".htm")):
        stats["HTML"] += 1
        return html_text(data.decode(charset or "utf-8"))
    if low.endswith(".eml"):
        stats["EML"] += 1
        inner = BytesParser(policy=policy.default).parsebytes(data)
        return check_msg(inner, stats, nested=True)[0]
    if low.endswith((".txt", ".log")):
        stats["TXT"] += 1
        return data.decode(charset or "utf-8")
    raise AssertionError("unknown attachment type %s" % name)


def check_msg(msg, stats, nested=False):
    texts = []
    defects = list(msg.defects)
    for part in msg.walk():
        defects += part.defects
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        cs = part.get_content_charset()
        if fn is None and part.get_content_maintype() == "text":
            assert cs in ALLOWED_CHARSETS, "charset %s" % cs
            stats["charset " + cs] += 1 if not nested else 0
            txt = part.get_content()
            texts.append(html_text(txt) if ct == "text/html" else txt)
        elif fn is not None:
            data = part.get_payload(decode=True)
            texts.append(attachment_text(fn, data, ct, cs, stats))
        else:
            raise AssertionError("part without filename: %s" % ct)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.iter_parts():
                stats["forwarded message/rfc822"] += 1
                texts.append(str(inner["Subject"]) + "\n" + check_msg(inner, stats, nested=True)[0])
    assert not defects, "MIME defects: %r" % defects
    hdr = " ".join(str(msg.get(h, "")) for h in ("From", "To", "Cc", "Reply-To", "Subject"))
    return "\n".join(texts), hdr


def check():
    problems = []
    stats = Counter()
    ids = set()
    for m in sorted(MAILS, key=lambda x: x["n"]):
        fn = "%s%04d.eml" % (PREFIX, m["n"])
        try:
            data = build(m)
            with open(os.path.join(HERE, "mails", fn), "rb") as f:
                assert f.read() == data, "file differs from rebuild"
            assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
            msg = BytesParser(policy=policy.default).parsebytes(data)
            text, hdr = check_msg(msg, stats)
            mid = msg["Message-ID"]
            assert mid not in ids, "duplicate Message-ID"
            ids.add(mid)
            assert msg["Date"].datetime.year == 2026, "date not in 2026"
            frm = getaddresses([str(msg["From"])])[0][1]
            fdom = frm.rsplit("@", 1)[-1]
            assert fdom == "auenwald.example" or fdom.endswith(".auenwald.example"), "sender not the insurer: " + frm
            for h in ("From", "To", "Cc", "Reply-To"):
                for _, addr in getaddresses([str(x) for x in msg.get_all(h, [])]):
                    assert addr.split("@")[-1].endswith(".example"), "host in %s: %s" % (h, addr)
            assert mid.rstrip(">").endswith(".example"), "Message-ID host"
            for host in MAIL_RE.findall(text + " " + hdr) + URL_RE.findall(text):
                assert host.lower().endswith(".example"), "host not .example: " + host
            for ib in IBAN_RE.findall(text):
                raw = ib.replace(" ", "")
                if raw[4:7] == "ZZZ":  # SEPA creditor identifier, e.g. DE98ZZZ09999999999
                    assert iban_ok(raw[:4] + raw[7:]), "bad creditor-id checksum: " + ib
                    stats["creditor IDs checked"] += 1
                    continue
                L = IBAN_LEN[raw[:2]]
                assert len(raw) >= L and iban_ok(raw[:L]), "bad IBAN checksum: " + ib
                stats["IBANs checked"] += 1
            stats["top " + msg.get_content_type()] += 1
        except Exception as e:  # noqa
            problems.append("%s: %s" % (fn, e))
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        if f.read() != labels_tsv():
            problems.append("labels.tsv differs from generator")
    lab = Counter(m["label"] for m in MAILS)
    lang = Counter(m["lang"] for m in MAILS)
    nums = sorted(m["n"] for m in MAILS)
    if nums != list(range(1, 151)):
        problems.append("mail numbers are not 1..150")
    if (lab["NORMAL"], lab["CONFIDENTIAL"], lab["STRICTLY_CONFIDENTIAL"]) != (60, 45, 45):
        problems.append("label counts %r" % dict(lab))
    for m in MAILS:
        r = m["reason"]
        if m["label"] != "NORMAL" and r.startswith("trap:"):
            problems.append("%d: trap on a sensitive mail" % m["n"])
    print("mails: %d" % len(MAILS))
    print("labels: " + ", ".join("%s %d" % (k, lab[k]) for k in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")))
    print("lang: " + ", ".join("%s %d" % (k, lang[k]) for k in ("de", "en", "mixed")))
    for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        c = Counter(m["lang"] for m in MAILS if m["label"] == l)
        print("  %-22s de %2d  en %2d  mixed %2d" % (l, c["de"], c["en"], c["mixed"]))
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(Counter(m["kind"] for m in MAILS).items())))
    print("traps: %d, grey: %d" % (sum(m["reason"].startswith("trap:") for m in MAILS),
                                   sum("grey:" in m["reason"] for m in MAILS)))
    print("checked: " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))
    if problems:
        print("FAILED:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK: byte-identical rebuild, CRLF, no MIME defects, unique Message-IDs, dates in 2026, "
          ".example hosts, allowed charsets, all attachments opened, IBAN checksums valid, 60/45/45")
    return 0


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for m in MAILS:
        with open(os.path.join(HERE, "mails", "%s%04d.eml" % (PREFIX, m["n"])), "wb") as f:
            f.write(build(m))
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv())
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
