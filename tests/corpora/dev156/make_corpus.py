#!/usr/bin/env python3
"""Independent evaluation corpus dev156 for Siegel (issue 14).

150 fictitious outgoing e-mails of the invented insurer "Kurhessische
Landesversicherung AG" (KLV, domain klv-versicherung.example), with an emphasis
on bancassurance: savings-bank advisers sell KLV products, and KLV staff mail
the bank branches about applications, health questions, loan protection and
commissions.

Standard library only.  Every mail, attachment and MIME boundary is built
deterministically, so a rerun produces byte-identical files.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory and verifies everything
"""

import csv
import datetime as dt
import hashlib
import html.parser
import io
import os
import re
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d156-"
DOMAIN = "klv-versicherung.example"
ZIP_TIME = (2026, 1, 2, 8, 0, 0)

# ---------------------------------------------------------------------------
# IBANs (ISO 7064 mod 97-10)
# ---------------------------------------------------------------------------

def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban(country, bban, grouped=True):
    check = 98 - int(_num(bban + country + "00")) % 97
    raw = "%s%02d%s" % (country, check, bban)
    if grouped:
        return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return raw


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return int(_num(s[4:] + s[:4])) % 97 == 1

# ---------------------------------------------------------------------------
# Attachment builders (all by hand)
# ---------------------------------------------------------------------------

def _pdf_escape(s):
    s = s.replace("€", "EUR").replace("–", "-").replace("—", "-")
    s = s.replace("„", '"').replace("“", '"').replace("”", '"').replace("’", "'")
    b = s.encode("cp1252", "replace")
    out = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return out


def pdf(lines, title="Dokument", compress=True):
    """Minimal PDF 1.4 with Helvetica text layer; one page per 48 lines."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = []  # list of bytes, object number = index + 1
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Producer (KLV Dokumentenservice 4.2) /Title (" + _pdf_escape(title)
                + b") /CreationDate (D:20260102080000+01'00') >>")
    for i, pl in enumerate(pages):
        content = [b"BT /F1 10 Tf 50 790 Td 13 TL"]
        for j, line in enumerate(pl):
            size = b"12" if (i == 0 and j == 0) else b"10"
            content.append(b"/F1 " + size + b" Tf (" + _pdf_escape(line) + b") Tj T*")
        content.append(b"ET")
        stream = b"\n".join(content)
        if compress:
            data = zlib.compress(stream, 9)
            cobj = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)) + data + b"\nendstream"
        else:
            cobj = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(cobj)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (k + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members):
    return _zip(members)


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(paragraphs, author="KLV"):
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t)))
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
            '</cp:coreProperties>' % _x(author))
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
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet_xml)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, content):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    ps = "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (_ODF_NS, ps))
    return _odf("application/vnd.oasis.opendocument.text", content)


def ods(rows, sheet="Tabelle1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body><office:spreadsheet><table:table table:name="%s">%s</table:table>'
               '</office:spreadsheet></office:body></office:document-content>' % (_ODF_NS, _x(sheet), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content)


def csvtext(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, location, description, organizer):
    def fold(line):
        b = line
        out = []
        while len(b) > 73:
            out.append(b[:73])
            b = " " + b[73:]
        out.append(b)
        return "\r\n".join(out)
    desc = description.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//KLV//Kalender 2026//DE", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s@%s" % (uid, DOMAIN), "DTSTAMP:20260102T080000Z",
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % summary, "LOCATION:%s" % location, "DESCRIPTION:%s" % desc,
             "ORGANIZER;CN=KLV:mailto:%s" % organizer, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"

# Attachment descriptors --------------------------------------------------

def A_pdf(name, lines, title=None, compress=True):
    return ("bytes", name, "application", "pdf", pdf(lines, title or name, compress))

def A_docx(name, paras):
    return ("bytes", name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", docx(paras))

def A_xlsx(name, rows, sheet="Tabelle1"):
    return ("bytes", name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(rows, sheet))

def A_odt(name, paras):
    return ("bytes", name, "application", "vnd.oasis.opendocument.text", odt(paras))

def A_ods(name, rows, sheet="Tabelle1"):
    return ("bytes", name, "application", "vnd.oasis.opendocument.spreadsheet", ods(rows, sheet))

def A_csv(name, rows, charset="utf-8", delim=";"):
    return ("text", name, "csv", charset, csvtext(rows, delim))

def A_ics(name, *a):
    return ("text", name, "calendar", "utf-8", ics(*a))

def A_html(name, text):
    return ("text", name, "html", "utf-8", text)

def A_txt(name, text, charset="utf-8"):
    return ("text", name, "plain", charset, text)

def A_zip(name, members):
    """members: list of (filename, attachment-descriptor or bytes/str)."""
    m = []
    for fn, d in members:
        if isinstance(d, tuple):
            d = d[4] if d[0] == "bytes" else d[4].encode(d[3])
        m.append((fn, d))
    return ("bytes", name, "application", "zip", zipfile_bytes(m))

def A_eml(msg, name=None):
    return ("eml", name, msg)

def A_raw(name, maintype, subtype, data):
    return ("bytes", name, maintype, subtype, data)

# ---------------------------------------------------------------------------
# The invented world
# ---------------------------------------------------------------------------

KLV = "Kurhessische Landesversicherung AG"
FOOT_DE = """--
Kurhessische Landesversicherung AG · Landgrafenplatz 4 · 34117 Kassel
Vorstand: Dr. Henrike Wallbrecht (Vors.), Jörg Saalfeld, Anja Treusch
Vorsitzender des Aufsichtsrats: Bernd Osterhold · Amtsgericht Kassel HRB 90417

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Kurhessische Landesversicherung AG, Landgrafenplatz 4, 34117 Kassel, Germany
Registered at Amtsgericht Kassel, HRB 90417. Chair of the Board: Dr. Henrike Wallbrecht

This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution is strictly forbidden."""

FOOT_SHORT = """--
KLV · Kurhessische Landesversicherung AG · Amtsgericht Kassel HRB 90417
Vertraulichkeitshinweis: Diese Nachricht ist nur für den Adressaten bestimmt."""

STAFF = {
    # key: (name, address, de-signature, en-signature)
    "kestner": ("Miriam Kestner", "m.kestner",
                "Miriam Kestner\nBankenbetreuung Sparkassen Region Nord\nVertriebsdirektion Sparkassen\nTel. 0561 7098-4411 · mobil 0160 5512 0931",
                "Miriam Kestner\nSavings-bank partner manager, North region\nKurhessische Landesversicherung AG"),
    "immel": ("Lars Immel", "l.immel",
              "Viele Grüße\nLars Immel\nBankenbetreuer Region Süd | Vertriebsdirektion Sparkassen\nT 0561 7098-4420",
              "Best regards\nLars Immel\nPartner manager savings banks (South)"),
    "wehrheim": ("Jonas Wehrheim", "j.wehrheim",
                 "Jonas Wehrheim\nRisikoprüfung Leben / Kreditschutz\nKLV Lebensversicherung AG\nTel. 0561 7098-2317",
                 "Jonas Wehrheim\nLife Underwriting\nKLV Lebensversicherung AG"),
    "sandrock": ("Dr. med. Ute Sandrock", "u.sandrock",
                 "Dr. med. Ute Sandrock\nGesellschaftsärztin\nKLV Lebensversicherung AG · Medizinischer Dienst",
                 "Dr Ute Sandrock, MD\nChief Medical Officer, KLV Life"),
    "rehberg": ("Tobias Rehberg", "t.rehberg",
                "Tobias Rehberg\nLeistung Kreditschutz (RSV)\nKLV Lebensversicherung AG\nTel. 0561 7098-2390 · Fax -2399",
                "Tobias Rehberg\nCredit Protection Claims"),
    "ochs": ("Sabine Ochs", "s.ochs",
             "Sabine Ochs\nVertriebscontrolling / Provisionsabrechnung Banken\nTel. 0561 7098-4470",
             "Sabine Ochs\nSales Controlling & Commissions"),
    "dittmar": ("Frank Dittmar", "f.dittmar",
                "Frank Dittmar\nKraftfahrt-Schaden\nKurhessische Landesversicherung AG\nTel. 0561 7098-3105",
                "Frank Dittmar\nMotor Claims"),
    "brandt": ("Leonie Brandt", "l.brandt",
               "Leonie Brandt\nKundenservice Sach (Hausrat, Wohngebäude, Glas)\nTel. 0561 7098-3300",
               "Leonie Brandt\nCustomer Service Property"),
    "yildiz": ("Ahmet Yıldız", "a.yildiz",
               "Ahmet Yıldız\nLeistungsabteilung Krankenversicherung\nKLV Krankenversicherung AG",
               "Ahmet Yıldız\nHealth Claims\nKLV Krankenversicherung AG"),
    "vollmer": ("Katrin Vollmer", "k.vollmer",
                "Katrin Vollmer\nPersonalabteilung / HR Services\nDurchwahl -1150",
                "Katrin Vollmer\nHR Services"),
    "hupfeld": ("Daniel Hupfeld", "d.hupfeld",
                "Daniel Hupfeld\nIT Vertriebsanwendungen (KLV-Connect)\n0561 7098-5520",
                "Daniel Hupfeld\nIT Sales Applications (KLV-Connect)"),
    "lengemann": ("Petra Lengemann", "p.lengemann",
                  "Petra Lengemann\nDatenschutzbeauftragte der KLV-Gruppe\ndatenschutz@klv-versicherung.example",
                  "Petra Lengemann\nGroup Data Protection Officer"),
    "steinbach": ("Marco Steinbach", "m.steinbach",
                  "Marco Steinbach\nFirmenkunden Haftpflicht & Gewerbe\nKurhessische Landesversicherung AG",
                  "Marco Steinbach\nCommercial Lines Underwriting"),
    "seibert": ("Hannah Seibert", "h.seibert",
                "Hannah Seibert\nRechtsschutz-Schaden\nKLV Rechtsschutz",
                "Hannah Seibert\nLegal Expenses Claims"),
    "grebe": ("Oliver Grebe", "o.grebe",
              "Oliver Grebe\nReise- und Auslandskrankenversicherung",
              "Oliver Grebe\nTravel & International Health\nKLV Krankenversicherung AG\n+49 561 7098-2660"),
    "donnelly": ("Claire Donnelly", "c.donnelly",
                 "Claire Donnelly\nRückversicherung",
                 "Claire Donnelly\nHead of Reinsurance | Kurhessische Landesversicherung AG\nT +49 561 7098-6010"),
    "amend": ("Felix Amend", "f.amend",
              "Felix Amend\nVertriebsunterstützung & Kommunikation",
              "Felix Amend\nSales Support & Communications"),
    "kraus": ("Nadine Kraus", "n.kraus",
              "Nadine Kraus\nLeistung Leben / Berufsunfähigkeit\nKLV Lebensversicherung AG\nTel. 0561 7098-2210",
              "Nadine Kraus\nLife & Disability Claims"),
    "pfeil": ("Stefan Pfeil", "s.pfeil",
              "Stefan Pfeil\nEinkauf & Facility",
              "Stefan Pfeil\nProcurement & Facilities"),
    "fenske": ("Regina Fenske", "r.fenske",
               "Regina Fenske\nAssistenz Vertriebsvorstand",
               "Regina Fenske\nOffice of the Chief Sales Officer"),
    "koerber": ("Till Körber", "t.koerber",
                "Till Körber\nData & Analytics",
                "Till Körber\nData & Analytics | KLV"),
    "marx": ("Ines Marx", "i.marx",
             "Ines Marx\nUnfall-Leistung",
             "Ines Marx\nAccident Claims"),
}


def addr(key):
    name, local = STAFF[key][0], STAFF[key][1]
    if "." in name:
        name = '"%s"' % name
    return "%s <%s@%s>" % (name, local, DOMAIN)


def sig(key, lang="de"):
    return STAFF[key][2] if lang == "de" else STAFF[key][3]

# Mailboxes ----------------------------------------------------------------
SPK_WT = "sparkasse-werratal.example"       # Sparkasse Werra-Meißner-Tal
KSK_SG = "ksk-schwalmgrund.example"         # Kreissparkasse Schwalm-Eder-Grund
SSK_ED = "stadtsparkasse-edertal.example"   # Stadtsparkasse Edertal
SPK_VN = "spk-vogelsberg-nord.example"      # Sparkasse Vogelsberg-Nord

# ---------------------------------------------------------------------------
# Mail construction
# ---------------------------------------------------------------------------

MAILS = []   # list of dicts


def mail(label, lang, kind, reason, *, frm, to, subject, body=None, html=None,
         cc=None, atts=(), charset="utf-8", cte="quoted-printable", headers=None,
         date=None, html_charset=None, reply=None):
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subject=subject, body=body, html=html, cc=cc, atts=list(atts),
                      charset=charset, cte=cte, headers=headers or {}, date=date,
                      html_charset=html_charset or charset, reply=reply))


def inner(frm, to, subject, date, body, charset="utf-8", cte="quoted-printable", atts=()):
    """A message to be attached as message/rfc822 (also forwarded-in text)."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((frm + subject + date).encode()).hexdigest()[:20],
                                   frm.split("@")[-1].rstrip(">"))
    m.set_content(body, charset=charset, cte=cte)
    for a in atts:
        _attach(m, a)
    return m


def _attach(m, a):
    if a[0] == "bytes":
        _, name, mt, st, data = a
        m.add_attachment(data, mt, st, filename=name)
    elif a[0] == "text":
        _, name, st, cs, text = a
        if cs in ("utf-8",):
            m.add_attachment(text, subtype=st, charset=cs, filename=name)
        else:
            m.add_attachment(text.encode(cs), "text", st, filename=name, params={"charset": cs})
    elif a[0] == "eml":
        _, name, msg = a
        if name:
            m.add_attachment(msg, filename=name)
        else:
            m.add_attachment(msg)
    else:
        raise ValueError(a[0])


def _date(i, spec):
    if spec:
        d = dt.datetime.strptime(spec, "%Y-%m-%d %H:%M")
    else:
        h = int(hashlib.sha1(b"t%d" % i).hexdigest(), 16)
        d = dt.datetime(2026, 1, 5, 7, 0) + dt.timedelta(days=(i * 343) // 150, minutes=h % 660)
        if d.weekday() >= 5:
            d += dt.timedelta(days=7 - d.weekday())
    off = 2 if dt.datetime(2026, 3, 29, 2) <= d < dt.datetime(2026, 10, 25, 3) else 1
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def _q(field):
    """Quote display names that contain specials (e.g. 'Dr. med.')."""
    out = []
    for part in field.split(","):
        mm = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", part)
        if mm and mm.group(1) and not mm.group(1).startswith('"') and re.search(r"[.;:()@]", mm.group(1)):
            out.append('"%s" <%s>' % (mm.group(1), mm.group(2)))
        else:
            out.append(part.strip())
    return ", ".join(out)


def build(i, spec):
    m = EmailMessage()
    m["From"] = _q(spec["frm"])
    m["To"] = _q(spec["to"])
    if spec["cc"]:
        m["Cc"] = _q(spec["cc"])
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(_date(i, spec["date"]))
    mid = hashlib.sha1(("d156/%d/%s" % (i, spec["subject"])).encode()).hexdigest()[:24]
    m["Message-ID"] = "<%s.%04d@mail.%s>" % (mid, i, DOMAIN)
    if spec["reply"]:
        m["In-Reply-To"] = spec["reply"]
        m["References"] = spec["reply"]
    m["MIME-Version"] = "1.0"
    for k, v in spec["headers"].items():
        m[k] = v
    body, htmlb, cs, cte = spec["body"], spec["html"], spec["charset"], spec["cte"]
    if body is not None:
        m.set_content(body, charset=cs, cte=cte)
        if htmlb is not None:
            m.add_alternative(htmlb, subtype="html", charset=spec["html_charset"], cte=cte)
    else:
        m.set_content(htmlb, subtype="html", charset=spec["html_charset"], cte=cte)
    for a in spec["atts"]:
        _attach(m, a)
    k = 0
    for part in m.walk():   # walk() also descends into attached messages
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_KLV_%04d_%02d_%s" % (i, k, mid[:8]))
    return m.as_bytes(policy=policy.SMTP)

# ===========================================================================
# MAILS
# ===========================================================================

# ---- 0001 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: product info to all savings-bank advisers listing the new generic health questions of the loan-protection application; no person",
     frm=addr("kestner"), to="Vertriebsteam Versicherungen <versicherungsberatung@%s>" % SPK_WT,
     cc="Lars Immel <l.immel@%s>" % DOMAIN,
     subject="Kreditschutz: neue Gesundheitsfragen im Antrag ab 01.02.2026",
     body=f"""Liebe Kolleginnen und Kollegen in den Beratungscentern,

ab dem 1. Februar gilt im Kreditschutz (Restschuldversicherung) ein neuer
Antrag. Die Gesundheitsfragen werden kürzer – statt bisher neun Fragen gibt es
nur noch vier:

  1. Sind Sie derzeit arbeitsunfähig oder in ärztlicher Behandlung?
  2. Wurden Sie in den letzten 5 Jahren wegen einer Erkrankung des Herzens,
     des Kreislaufs (z. B. Herzinfarkt, Schlaganfall), wegen Krebs, Diabetes
     oder einer psychischen Erkrankung behandelt?
  3. Ist in den letzten 3 Jahren ein Krankenhausaufenthalt von mehr als
     14 Tagen erfolgt?
  4. Beziehen Sie eine Rente wegen Erwerbsminderung?

Bei Darlehen bis 50.000 EUR und Laufzeiten bis 10 Jahre entfällt die
Gesundheitsprüfung wie bisher ganz (Wartezeit 6 Monate, Leistungsausschluss
für bekannte Vorerkrankungen der letzten 12 Monate).

Wichtig für die Beratung: Die Fragen bitte immer vom Kunden selbst beantworten
lassen und nichts „vorausfüllen“. Wird eine Frage mit Ja beantwortet, geht der
Antrag automatisch in die Risikoprüfung nach Kassel – bitte dann keine
Arztberichte per normaler E-Mail schicken, sondern über das SecureMail-Portal
oder den Upload in KLV-Connect.

Die Schulungsunterlagen (15 Minuten, als WBT) stehen ab nächster Woche im
Bildungsportal. Bei Fragen meldet euch gern bei mir oder bei Lars.

Herzliche Grüße
{sig("kestner")}

{FOOT_DE}""", date="2026-01-07 08:41")

# ---- 0002 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "buildings-insurance confirmation for a mortgage: named borrower, insured property address, policy number, sum insured",
     frm=addr("brandt"), to="Carola Wiegand <carola.wiegand@%s>" % SPK_WT,
     subject="Sicherungsbestätigung Wohngebäude – Pfannkuch, Am Kirchrain 7",
     body=f"""Hallo Frau Wiegand,

anbei wie besprochen die Bestätigung für die Baufinanzierung:

Versicherungsnehmer: Reinhold und Gisela Pfannkuch
Risikoort: Am Kirchrain 7, 37276 Meinhard-Grebendorf
Vertrag: WG-4471-0093-28 (Wohngebäude, gleitender Neuwert)
Versicherungssumme Wert 1914: 31.400 Mark
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
Beitrag jährlich: 842,17 EUR, bezahlt bis 31.12.2026

Den Sicherungsschein zugunsten der Sparkasse Werra-Meißner-Tal (Darlehen
Nr. 7001 883 402) haben wir im Vertrag vermerkt. Eine Kündigung oder
Beitragsrückstände teilen wir Ihnen künftig unaufgefordert mit.

Freundliche Grüße
{sig("brandt")}""")

# ---- 0003 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection application: named customer answered a health question yes (herniated disc), underwriter asks the bank adviser for a medical report",
     frm=addr("wehrheim"), to="Markus Eifert <markus.eifert@%s>" % KSK_SG,
     subject="RSV-Antrag Lotz, Dagmar – Rückfrage Gesundheitsfrage 2",
     body=f"""Hallo Herr Eifert,

zum Kreditschutz-Antrag von Frau Dagmar Lotz (geb. 14.09.1971, Ratenkredit
38.500 EUR, 84 Monate) brauche ich noch etwas:

Frau Lotz hat Frage 2 mit „ja“ beantwortet und im Freitext
„Bandscheibenvorfall L4/L5, 2024 operiert, seit Sommer 2025 beschwerdefrei“
angegeben. Für die Arbeitsunfähigkeits-Deckung brauchen wir einen kurzen
Befundbericht des behandelnden Orthopäden (OP-Bericht reicht nicht) und die
Angabe, ob noch Physiotherapie läuft.

Ohne Bericht kann ich nur mit Ausschluss anbieten: keine Leistung bei AU
wegen Erkrankungen der Wirbelsäule (M50–M54). Todesfallschutz ginge sofort
normal.

Bitte schicken Sie den Bericht nicht per Mail, sondern lassen Sie Frau Lotz
ihn direkt in den Upload laden (Link kommt mit der Signalisierungsmail).

Gruß
{sig("wehrheim")}

{FOOT_SHORT}""")

# ---- 0004 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: loss ratios of the credit-protection portfolio by cause of claim (cancer, cardiovascular, mental illness) for the treaty renewal; aggregates only",
     frm=addr("koerber"), to=addr("donnelly"),
     subject="RSV portfolio – claims by cause 2023-2025 (for Northbridge renewal)",
     body=f"""Hi Claire,

here are the figures you asked for, credit protection (RSV) book only,
death + disability + incapacity combined, 2023-2025 underwriting years:

  cause of claim              share of paid claims   avg. claim EUR
  cancer (all sites)                 31.4 %              14,920
  cardiovascular                     22.1 %              12,310
  mental & behavioural (F)           17.8 %               6,040
  musculoskeletal (M)                14.6 %               4,870
  accidents                           8.3 %               9,950
  other / unknown                     5.8 %               5,110

Incapacity claims under F-codes are up 3.1 pts vs. 2022, mostly short
durations. Cells with fewer than 10 claims are folded into "other".
No policy-level data in here, so fine to forward to the broker as is.

Loss ratio overall 23.7 % (earned premium 41.2m EUR). Full triangle is in
the shared drive under Reinsurance/2026/RSV.

Cheers,
Till

{sig("koerber", "en")}""", date="2026-01-08 16:02")

# ---- 0005 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor third-party claim of the addressee: claim number, registration plate, other party named; nobody hurt",
     frm=addr("dittmar"), to="Wolfgang Happel <w.happel@webpost.example>",
     subject="Ihr Schaden 26-K-004812 vom 02.01.2026",
     body=f"""Sehr geehrter Herr Happel,

vielen Dank für Ihre Schadenmeldung. Wir haben den Vorgang unter der
Schadennummer 26-K-004812 angelegt.

Nach Ihrer Schilderung sind Sie am 2. Januar beim Ausparken auf dem
Parkplatz des Baumarkts in Melsungen mit Ihrem Pkw (KS-WH 482, VW Touran)
gegen den geparkten Wagen von Frau Sieglinde Ruppel gestoßen. Verletzt wurde
niemand.

Wir regulieren den Schaden der Frau Ruppel direkt. Sie müssen nichts weiter
tun. Ihr Schadenfreiheitsrabatt wird zum 1.1.2027 von SF 14 auf SF 11
zurückgestuft; Sie können den Schaden innerhalb von 6 Monaten nach
Abrechnung selbst erstatten, um die Rückstufung zu vermeiden – wir
schreiben Sie dazu an.

Mit freundlichen Grüßen
{sig("dittmar")}

{FOOT_DE}""")

# ---- 0006 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: HR offers the flu vaccination to all staff; vaccine, medical service and allergies mentioned, no individual",
     frm=addr("vollmer"), to="Alle Mitarbeitenden Kassel <alle-kassel@%s>" % DOMAIN,
     subject="Grippeschutzimpfung im Betriebsärztlichen Dienst – Termine",
     body=f"""Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst (Frau Dr. Leuschner,
Raum E.014) die Grippeschutzimpfung an. Der Impfstoff ist der aktuelle
tetravalente Totimpfstoff; die Kosten übernimmt die KLV.

Termine: 19.–23. Januar, jeweils 8:30–11:30 Uhr. Buchung bitte über das
Intranet (Gesundheit > Impfaktion). Bitte bringen Sie Ihren Impfpass mit.

Wer eine Hühnereiweißallergie hat, akut fiebrig erkrankt ist oder schwanger
ist, bespricht das bitte vorher mit dem betriebsärztlichen Dienst – nicht mit
uns in der Personalabteilung. Wir erfahren nicht, wer sich impfen lässt.

Viele Grüße
{sig("vollmer")}""", date="2026-01-09 10:15")

# ---- 0007 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health claim of the addressee: hospital stay in Portugal, gastroenteritis A09.0, invoice reimbursed",
     frm=addr("grebe"), to="Siobhan Kearney <siobhan.kearney@mailo.example>",
     subject="Your claim RK-2026-00117 – Hospital da Luz Faro",
     body=f"""Dear Ms Kearney,

thank you for sending the invoice from your stay at the hospital in Faro
(29 to 31 December 2025). I hope you are fully recovered.

We have settled the claim as follows:

  Admission diagnosis:   acute gastroenteritis with dehydration (A09.0)
  Treatment:             IV fluids, antiemetics, 2 nights general ward
  Invoice total:         1,946.80 EUR
  Covered:               1,946.80 EUR (travel health policy RKV 88-203-117)
  Your excess:           0.00 EUR

The amount will be transferred to your account ending in ...4417 within three
working days. The pharmacy receipt (ondansetron, 9.60 EUR) is included.

If you need a confirmation for your employer, just reply to this e-mail.

Kind regards,
{sig("grebe", "en")}

{FOOT_EN}""")

# ---- 0008 -----------------------------------------------------------------
_spk_wt_iban = iban("DE", "52250030" + "0000010017")
mail("NORMAL", "de", "insurer-to-broker",
     "grey: monthly commission total paid to the savings bank as an institution, bank's own business account; no customer and no individual adviser",
     frm=addr("ochs"), to="Provisionsstelle <provisionen@%s>" % SPK_WT,
     subject="Provisionsabrechnung Januar 2026 – Sparkasse Werra-Meißner-Tal",
     body=f"""Sehr geehrte Damen und Herren,

die Provisionsabrechnung für den Januar 2026 steht ab sofort im Postfach
der elektronischen Vermittlerpost bereit. Zusammenfassung:

  Abschlussprovision Leben/Kreditschutz    48.211,40 EUR
  Abschlussprovision Sach/HUK               9.870,15 EUR
  Bestandsprovision                        12.004,92 EUR
  Stornoreserve (Einbehalt 10 %)           -5.821,16 EUR
  ----------------------------------------------------
  Auszahlungsbetrag                        64.265,31 EUR

Die Überweisung erfolgt am 15.02.2026 auf das Provisionskonto der Sparkasse
{_spk_wt_iban} (Sparkasse Werra-Meißner-Tal, Vertriebsvergütung).

Einzelaufstellungen je Vertrag finden Sie wie gewohnt nur im Portal.

Mit freundlichen Grüßen
{sig("ochs")}""", date="2026-02-06 07:55")

# ---- 0009 -----------------------------------------------------------------
_happ_iban = iban("DE", "52051373" + "0412087755")
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "household policy: new SEPA mandate of the addressee with full IBAN and policy number; latin-1 body",
     frm=addr("brandt"), to="Ute Schäfer-Naumann <ute.schaefer@t-net.example>",
     subject="Änderung Ihrer Bankverbindung – Hausrat HR-2203-4410-7",
     body=f"""Sehr geehrte Frau Schäfer-Naumann,

wir haben Ihre neue Bankverbindung für die Hausratversicherung
HR-2203-4410-7 gespeichert:

   Kontoinhaberin: Ute Schäfer-Naumann
   IBAN: {_happ_iban}
   Kreditinstitut: Sparkasse Vogelsberg-Nord

Ihre Mandatsreferenz bleibt KLV-HR22034410. Der nächste Beitrag
(Quartal, 61,20 EUR) wird am 1. April von diesem Konto eingezogen.

Mit freundlichen Grüßen

{sig("brandt")}""", charset="iso-8859-1", cte="quoted-printable")

# ---- 0010 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection incapacity claim: body harmless, the attached PDF names the borrower, the sick note period and F43.2",
     frm=addr("rehberg"), to="Thomas Rübsam <thomas.ruebsam@%s>" % KSK_SG,
     subject="RSV-Leistung Darlehen 40 118 276 – Mitteilung",
     body=f"""Hallo Herr Rübsam,

anbei unsere Leistungsmitteilung zum o. g. Darlehen. Die Raten ab März
überweisen wir direkt auf das Darlehenskonto.

Gruß
{sig("rehberg")}""",
     atts=[A_pdf("Leistungsmitteilung_RSV_40118276.pdf", [
         "KLV Lebensversicherung AG - Leistung Kreditschutz",
         "Leistungsmitteilung an die Kreissparkasse Schwalm-Eder-Grund",
         "",
         "Darlehen: 40 118 276   Versicherungsschein: RSV-7734-2201",
         "Versicherte Person: Hendrik Gombert, geb. 03.05.1984, Homberg (Efze)",
         "Leistungsart: Arbeitsunfaehigkeit",
         "AU seit 12.01.2026 lt. Bescheinigung Dr. med. R. Kaltwasser (Allgemeinmedizin)",
         "Diagnose lt. AU-Bescheinigung: F43.2 Anpassungsstoerung",
         "Karenzzeit 6 Wochen erfuellt am 23.02.2026",
         "Leistung: monatliche Rate 612,40 EUR ab 01.03.2026, zunaechst bis 30.04.2026",
         "Folgebescheinigung bitte unaufgefordert einreichen.",
         "",
         "Kassel, 27.01.2026   T. Rehberg"])])

# ---- 0011 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: English newsletter for newcomers about health cover, pregnancy, dental and chronic conditions in general; no person",
     frm="KLV International Desk <international@%s>" % DOMAIN,
     to="newsletter-international@lists.%s" % DOMAIN,
     subject="Welcome to Germany: how health insurance works (KLV newsletter 1/2026)",
     body=f"""KLV INTERNATIONAL DESK - NEWSLETTER 1/2026
================================================

Moving to Germany? Five things newcomers ask us every week.

1) Statutory or private?
Employees earning more than the annual threshold (2026: 73,800 EUR) may choose
private health insurance. Everyone else is insured in the statutory system;
a private top-up (dental, hospital, glasses) is still possible.

2) Pre-existing conditions
Conditions such as asthma, diabetes or high blood pressure do not rule you
out, but they are asked about in the application and may lead to a risk
surcharge. Always answer the health questions completely.

3) Pregnancy and childbirth
Maternity care is covered from day one in our comprehensive plans, no waiting
period, including midwife visits.

4) Dental
Check-ups and fillings are covered; crowns and implants after a waiting period
of eight months.

5) Your savings bank can help
More than 140 savings-bank branches in Hesse have an insurance adviser on site.
Book an appointment at https://www.klv-versicherung.example/beratung

You are receiving this newsletter because you subscribed on our website.
Unsubscribe: https://www.klv-versicherung.example/newsletter/abmelden
""", cte="7bit", charset="us-ascii", date="2026-01-14 06:30")

# ---- 0012 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "household contents quote for a named expat client via the bank adviser: birth date, address, sum insured",
     frm=addr("immel"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     cc="Rahul Menon <rahul.menon@outlook-mail.example>",
     subject="Quote: home contents insurance for Mr Rahul Menon",
     body=f"""Dear Ms Aydın, dear Mr Menon,

as discussed at the branch on Tuesday, please find the key points of our quote
below (I write in English so Mr Menon can read along):

  Applicant:        Rahul Menon, born 22/06/1988
  Address:          Uferstraße 19, 2nd floor left, 34549 Edertal
  Living space:     78 sqm, sum insured 51,480 EUR (660 EUR/sqm)
  Options:          bicycle theft 24h (up to 1,500 EUR), glass
  Excess:           150 EUR
  Annual premium:   118.34 EUR incl. 19 % insurance tax

Start of cover can be 1 March. Ms Aydın will prepare the application for
signature; the direct debit can be taken from the new current account at
Stadtsparkasse Edertal once it is open.

{sig("immel", "en")}""")

# ---- 0013 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "request to a GP for a medical report on a named applicant for term life, with hypertension and medication named; consent enclosed",
     frm=addr("sandrock"), to="Praxis Dr. Ilse Dörr <praxis@praxis-doerr.example>",
     subject="Anforderung ärztlicher Bericht – Herr Kai Brübach, geb. 11.02.1979",
     body=f"""Sehr geehrte Frau Kollegin Dörr,

Herr Kai Brübach, geb. 11.02.1979, wohnhaft Lindenweg 3, 34587 Felsberg, hat
über die Kreissparkasse Schwalm-Eder-Grund eine Risikolebensversicherung
zur Absicherung einer Baufinanzierung (Versicherungssumme 320.000 EUR)
beantragt. Im Antrag gibt er eine arterielle Hypertonie (I10.90) an, seit 2022
medikamentös eingestellt mit Candesartan 8 mg.

Wir bitten um einen kurzen Bericht:
- letzte drei Blutdruckwerte mit Datum
- Laborwerte (Kreatinin, HbA1c, Lipide), soweit vorhanden
- Hinweise auf Endorganschäden (Echo, EKG)

Die Schweigepflichtentbindungserklärung von Herrn Brübach liegt als PDF bei.
Das Honorar nach GOÄ Nr. 75 (Ausführlicher Krankheits- und Befundbericht)
übernehmen wir.

Bitte senden Sie den Bericht über unser SecureMail-Portal oder per Fax an
0561 7098-2299.

Mit kollegialen Grüßen
{sig("sandrock")}

{FOOT_DE}""",
     atts=[A_pdf("Schweigepflichtentbindung_Bruebach.pdf", [
         "Erklaerung zur Entbindung von der Schweigepflicht",
         "Ich, Kai Bruebach, geb. 11.02.1979, entbinde die mich behandelnden Aerzte,",
         "insbesondere Dr. med. Ilse Doerr, Felsberg, von der Schweigepflicht gegenueber",
         "der KLV Lebensversicherung AG fuer die Pruefung meines Antrags LV-8812-0045.",
         "Felsberg, 09.01.2026   gez. K. Bruebach"])])

# ---- 0014 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: print order for blank health-declaration forms and loan-protection application sets for the savings banks",
     frm=addr("pfeil"), to="Auftragsannahme <auftrag@druckhaus-nh.example>",
     subject="Bestellung 2026-0041: Antragssätze Kreditschutz + Gesundheitserklärung",
     body=f"""Guten Tag Herr Lorenz,

bitte drucken Sie für uns (Rahmenvertrag RV-2024-07):

Pos. 1  Antragssatz Kreditschutz 01/2026, 4-fach SD, Form K-RSV-12   25.000 St.
Pos. 2  Gesundheitserklärung Kreditschutz, Einzelblatt, Form K-RSV-12G  25.000 St.
Pos. 3  Merkblatt „Schweigepflichtentbindung“ (Form A-SE-3)         10.000 St.

Druckdaten liegen ab morgen auf dem SFTP (Ordner 2026-0041).
Lieferung aufgeteilt auf die vier Sparkassen laut Verteiler in der Anlage
des Rahmenvertrags, spätestens 28.01.2026.

Die alten Vordrucke K-RSV-11 bitte nicht mehr nachdrucken.

Danke und Gruß
{sig("pfeil")}""", date="2026-01-13 09:20")

# ---- 0015 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "out-of-office auto-reply of the bank partner manager, no content",
     frm=addr("kestner"), to="Jana Heuser <jana.heuser@%s>" % SPK_WT,
     subject="Automatische Antwort: Antrag Kreditschutz Nachreichung",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.01.2026 nicht im Büro und lese meine E-Mails
nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an Lars Immel
(l.immel@klv-versicherung.example, 0561 7098-4420) oder an das Partner-
Service-Team unter 0561 7098-4400.

Anträge und Unterlagen mit Gesundheitsangaben bitte ausschließlich über
KLV-Connect hochladen.

Miriam Kestner""", date="2026-01-16 11:47")

# ---- 0016 -----------------------------------------------------------------
_kalb_iban = iban("DE", "51352227" + "0071634490")
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "personal sales-contest bonus of a named bank adviser: amount and private IBAN (income + bank data of a natural person)",
     frm=addr("ochs"), to="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="Ihre Prämie Vertriebswettbewerb „Vorsorge 2025“",
     body=f"""Hallo Herr Kalbfleisch,

herzlichen Glückwunsch – Sie sind im Wettbewerb „Vorsorge 2025“ auf Platz 3
der Sparkasse Vogelsberg-Nord gelandet!

Ihre Prämie beträgt 1.240,00 EUR brutto. Nach Abstimmung mit Ihrer
Personalabteilung zahlen wir sie diesmal nicht über die Gehaltsabrechnung,
sondern direkt auf Ihr privates Konto

   {_kalb_iban} (Björn Kalbfleisch)

Die Prämie ist lohnsteuerpflichtig; wir melden sie Ihrem Arbeitgeber bis
Ende Februar, damit sie in Ihrer Lohnsteuerbescheinigung berücksichtigt wird.

Beste Grüße
{sig("ochs")}""")

# ---- 0017 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "facultative reinsurance submission for a named life applicant with melanoma history and sum insured",
     frm=addr("donnelly"), to="Life Facultative <fac.life@northbridge-re.example>",
     subject="Fac submission KLV-F-2026-003 - term life, melanoma history",
     body=f"""Dear colleagues,

we would like to offer you the following case for facultative cover
(treaty capacity exceeded):

  Life assured:   Dr. Matthias Ehrenberg, male, born 04 July 1969
  Occupation:     dentist (self-employed), non-smoker
  Product:        level term, 15 years, sum assured 2,500,000 EUR
  Purpose:        key-person / practice loan at Stadtsparkasse Edertal
  Medical:        superficial spreading melanoma, left shoulder, pT1a,
                  excised 03/2019, no recurrence, annual dermatology
                  follow-up, last 11/2025 unremarkable
  BMI 24.1, BP 128/82, lipids normal.

Our own assessment: standard rates plus 2 per mille for 5 years. We retain
500,000 EUR. The dermatologist's report and the full application are in the
secure data room (folder F-2026-003).

We would appreciate your terms by 27 February.

Best regards,
{sig("donnelly", "en")}

{FOOT_EN}""")

# ---- 0018 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: prospect asked about dental cover; generic product reply with implants, periodontitis and waiting periods, no health data of the prospect",
     frm=addr("amend"), to="Gerhard Nolte <gerdnolte@webpost.example>",
     subject="AW: Frage Zahnzusatzversicherung",
     body=f"""Sehr geehrter Herr Nolte,

danke für Ihr Interesse an unserer Zahnzusatzversicherung. Gern die
wichtigsten Punkte in Kürze:

- Zahnersatz (Kronen, Brücken, Implantate): 90 % der Kosten inkl.
  Vorleistung der gesetzlichen Krankenkasse
- Parodontosebehandlung und professionelle Zahnreinigung: bis 150 EUR im Jahr
- keine Wartezeit bei Unfällen, sonst 8 Monate
- Leistungsbegrenzung in den ersten 4 Jahren (1.000 / 2.000 / 3.000 / 4.000 EUR)

Beim Antrag fragen wir nur nach fehlenden Zähnen und laufenden Behandlungen.
Eine Beratung ist auch in jeder Filiale der Sparkasse Werra-Meißner-Tal
möglich. Den Tarif-Flyer finden Sie unter
https://www.klv-versicherung.example/zahn

Mit freundlichen Grüßen
{sig("amend")}

> Guten Tag, was kostet bei Ihnen eine Zahnzusatz und zahlt die auch
> Implantate? Gruß G. Nolte""")

# ---- 0019 -----------------------------------------------------------------
mail("CONFIDENTIAL", "mixed", "insurer-to-company",
     "grey: commercial liability of a company with a named contact, policy and claim number, third party named; German letter with English summary",
     frm=addr("steinbach"), to="James Whitfield <j.whitfield@hessen-precision.example>",
     subject="Betriebshaftpflicht BH-5520-1180 / claim 26-H-00231",
     body=f"""Sehr geehrter Herr Whitfield,

zur Schadenmeldung Ihrer Firma Hessen Precision Components GmbH vom
9. Februar: Die Betriebshaftpflicht BH-5520-1180 deckt den Schaden an der
Fräsmaschine Ihres Kunden, der Fa. Kurt Sippel Metallbau e. K. (Inhaber Kurt
Sippel), grundsätzlich. Wir beauftragen den Sachverständigen Salzmann.

English summary as requested:
- Your policy BH-5520-1180 covers the damage to Mr Kurt Sippel's milling
  machine in principle (claim 26-H-00231).
- An independent surveyor (Mr Salzmann) will contact Mr Sippel this week.
- Your deductible is 2,500 EUR; please do not acknowledge liability to
  the customer yourself.

Mit freundlichen Grüßen / Kind regards
{sig("steinbach")}""")

# ---- 0020 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only claim statement of the addressee with a table: physiotherapy, prescriptions, diagnosis in the table",
     frm=addr("yildiz"), to="Marlene Hupe <marlene.hupe@mailo.example>",
     subject="Leistungsabrechnung Nr. 2026-004417",
     html=f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Hupe,</p>
<p>wir haben Ihre eingereichten Rechnungen geprüft und wie folgt erstattet:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>05.12.2025</td><td>Dr. med. Armin Zeh, Orthopädie</td><td>Beratung, Untersuchung, Diagnose M75.1 (Rotatorenmanschettensyndrom)</td><td>112,60 €</td><td>112,60 €</td></tr>
<tr><td>08.12.2025–09.01.2026</td><td>Physiopraxis Hand in Hand</td><td>10 × Krankengymnastik, 6 × Fango</td><td>418,00 €</td><td>376,20 €</td></tr>
<tr><td>12.12.2025</td><td>Löwen-Apotheke Baunatal</td><td>Ibuprofen 600, Pantoprazol 20</td><td>23,14 €</td><td>23,14 €</td></tr>
</table>
<p>Die Kürzung bei der Physiotherapie ergibt sich aus dem Höchstsatz Ihres Tarifs (KV-Komfort, 90 %).
Der Betrag von <b>511,94 €</b> wird in den nächsten Tagen überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Ahmet Yıldız<br>Leistungsabteilung Krankenversicherung<br>KLV Krankenversicherung AG</p>
</body></html>""")

# ---- 0021 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: release notes of the bank portal with a fictitious test customer, dummy birth date and health-question flag",
     frm=addr("hupfeld"), to="KLV-Connect Team <klv-connect-team@%s>" % DOMAIN,
     subject="KLV-Connect 6.4 release notes (deployment Thu 22 Jan)",
     body=f"""Team,

6.4 goes live Thursday 22 Jan, 19:00-21:00 (banks informed by Miriam).

New
- RSV application: new flag "health_questions_any_yes" -> routes the case to
  underwriting queue UW-RSV instead of auto-accept
- upload widget for medical reports (PDF/JPG, max 20 MB), files are stored
  encrypted and never attached to mails
- commission preview per branch (no adviser names, aggregated)

Fixed
- KC-1182 birth date field accepted 31.02.
- KC-1190 BMI calculation rounding (now 1 decimal)

Test data on INT: use only the synthetic customer "Max Mustermann (fiktiv)",
born 01.01.1980, test IBAN DE02 1203 0000 0000 2020 51, all health
questions "no" except Q2 = yes with free text "TESTFALL". Please do not
key real customers into INT again (see incident from December).

Rollback plan is in the wiki.

Daniel
{sig("hupfeld", "en")}""", date="2026-01-19 15:40")

# ---- 0022 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "XLSX with named mortgage customers, property addresses and sums insured of pending buildings-insurance offers; body harmless",
     frm=addr("kestner"), to="Carola Wiegand <carola.wiegand@%s>" % SPK_WT,
     subject="Offene Wohngebäude-Angebote Baufinanzierung (Stand 19.01.)",
     body=f"""Hallo Carola,

wie am Telefon: in der Liste die Fälle, bei denen das Wohngebäude-Angebot
noch nicht unterschrieben zurück ist. Vielleicht kannst du bei den
Kreditzusagen kurz nachhaken.

LG Miriam

{sig("kestner")}""", date="2026-01-19 11:05",
     atts=[A_xlsx("WG_offen_Baufi_2026-01-19.xlsx", [
         ["Angebot", "Kunde", "Objekt", "Vers.-Summe 1914 (M)", "Beitrag p.a. EUR", "Darlehen"],
         ["WG-A-26-0112", "Sven und Nicole Horchler", "Breslauer Str. 22, 37269 Eschwege", 24800, 671.40, "7001 902 114"],
         ["WG-A-26-0131", "Irmgard Mengel", "Hinter der Mauer 5, 37293 Herleshausen", 19200, 540.12, "7001 902 377"],
         ["WG-A-26-0147", "Patrick Ebert", "Am Sportplatz 11a, 37235 Hessisch Lichtenau", 28750, 806.90, "7001 903 020"],
         ["WG-A-26-0150", "Familie Okonkwo-Reuß", "Mühlgraben 2, 37276 Meinhard", 22100, 612.33, "7001 903 145"],
     ], sheet="offen")])

# ---- 0023 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: invitation to the joint sales committee with the savings banks; agenda mentions health-question simplification and RSV lapse rates",
     frm=addr("fenske"), to="Vertriebsausschuss <vertriebsausschuss@%s>" % DOMAIN,
     subject="Einladung: Gemeinsamer Vertriebsausschuss Sparkassen 1/2026",
     body=f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Saalfeld lade ich zur ersten Sitzung des gemeinsamen
Vertriebsausschusses mit den Vorständen der vier Partnersparkassen ein.

Tagesordnung
1. Absatz 2025 nach Sparten und Häusern
2. Stornoquote Kreditschutz (RSV) – Ursachen, Gegenmaßnahmen
3. Vereinfachte Gesundheitsprüfung BU für Berufseinsteiger
4. Provisionsmodell 2027 (Entwurf)
5. Verschiedenes

Die Kalendereinladung hängt an. Unterlagen folgen eine Woche vorher.

Mit freundlichen Grüßen
{sig("fenske")}""", date="2026-01-20 10:00",
     atts=[A_ics("Vertriebsausschuss_2026-1.ics", "va-2026-1", "20260212T100000", "20260212T140000",
                 "Gemeinsamer Vertriebsausschuss Sparkassen 1/2026",
                 "KLV Direktion, Landgrafenplatz 4, Saal Wilhelmshöhe",
                 "TOP 1 Absatz 2025; TOP 2 Storno RSV; TOP 3 vereinfachte Gesundheitsprüfung BU; TOP 4 Provisionsmodell 2027",
                 "r.fenske@" + DOMAIN)])

# ---- 0024 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection death claim: named deceased borrower, cause of death asked, death certificate; mail to the bank's loan department",
     frm=addr("rehberg"), to="Nachlassbearbeitung <nachlass@%s>" % SPK_WT,
     cc="Jana Heuser <jana.heuser@%s>" % SPK_WT,
     subject="Todesfall Herr Erwin Mengel – RSV zu Darlehen 7001 455 210",
     body=f"""Sehr geehrte Damen und Herren,

wir haben die Meldung über den Tod Ihres Kunden Herrn Erwin Mengel
(geb. 27.08.1958, verstorben am 14.02.2026) erhalten. Für das Darlehen
7001 455 210 besteht bei uns die Restschuldversicherung RSV-6610-3381
(Todesfallschutz, Versicherungsbeginn 01.06.2023).

Da der Tod innerhalb von drei Jahren nach Beginn eingetreten ist, müssen wir
prüfen, ob eine vorvertragliche Erkrankung vorlag. Wir benötigen:

- Sterbeurkunde (Kopie genügt)
- ärztliche Bescheinigung über die Todesursache (Formular T-1 anbei) –
  laut Angabe der Witwe ein Herzinfarkt im Rahmen einer bekannten KHK
- Name des Hausarztes der letzten fünf Jahre

Bis zur Entscheidung bitten wir, die Raten zu stunden. Die Restschuld zum
Todestag (laut Ihrer Aufstellung 18.447,31 EUR) ist vorgemerkt.

Mit freundlichen Grüßen
{sig("rehberg")}

{FOOT_DE}""")

# ---- 0025 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "motor claim of the addressee: rental car after collision, plate and claim number, no injuries",
     frm=addr("dittmar"), to="Pieter van Dongen <pvdongen@mailo.example>",
     subject="RE: accident on the B83 - claim 26-K-005190",
     body=f"""Dear Mr van Dongen,

thank you for the photos. Just to confirm what we agreed on the phone:

- Claim 26-K-005190, your Skoda Octavia KS-PV 1907, collision with a deer
  on the B83 near Guxhagen on 18 January. Nobody was hurt.
- This is covered under your partial cover (Teilkasko), excess 150 EUR,
  no effect on your no-claims class.
- The garage Autohaus Wicke in Melsungen may repair; cost estimate
  approx. 3,400 EUR. Please send us their invoice directly.
- A hire car is not included in your policy, sorry.

Best regards,
Frank Dittmar
Motor Claims

> From: Pieter van Dongen
> Sent: 19 January 2026 21:12
> Hi, I hit a deer yesterday evening, car is drivable but front is
> smashed. Can I take it to any garage? Pieter""", date="2026-01-20 09:12")

# ---- 0026 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-partner",
     "trap: data-protection guideline for savings-bank advisers about health data, SecureMail and consent; generic, no person",
     frm=addr("lengemann"), to="Datenschutz Sparkassen-Kooperation <datenschutz@%s>" % KSK_SG,
     cc="datenschutz@%s, datenschutz@%s, datenschutz@%s" % (SPK_WT, SSK_ED, SPK_VN),
     subject="Leitfaden: Gesundheitsdaten in der Versicherungsberatung (Version 2026)",
     body=f"""Sehr geehrte Kolleginnen und Kollegen,

anbei die überarbeitete Fassung unseres gemeinsamen Leitfadens. Die
wichtigsten Änderungen:

* Gesundheitsangaben (Antworten auf Gesundheitsfragen, Arztberichte,
  AU-Bescheinigungen) sind Daten besonderer Kategorien nach Art. 9 DSGVO und
  unterliegen bei uns zusätzlich § 203 StGB. Sie dürfen von den Beratern
  weder per normaler E-Mail noch per Fax weitergegeben werden.
* Weg der Wahl: Upload in KLV-Connect oder das SecureMail-Portal.
* Die Schweigepflichtentbindung bleibt in der Filiale nur so lange, bis der
  Antrag hochgeladen ist; danach vernichten (Datenschutztonne).
* Auch die bloße Tatsache, dass ein Kunde eine Lebens- oder
  Kreditschutzversicherung hat, ist vertraulich.

Der Leitfaden ersetzt die Version 2023. Schulungsfolien folgen.

Mit freundlichen Grüßen
{sig("lengemann")}""",
     atts=[A_pdf("Leitfaden_Gesundheitsdaten_Sparkassen_2026.pdf", [
         "Leitfaden Gesundheitsdaten in der Versicherungsberatung der Sparkassen",
         "Version 2026 - gemeinsam mit den Datenschutzbeauftragten der Partnersparkassen",
         "1. Welche Daten sind Gesundheitsdaten? Diagnosen, Behandlungen, Medikamente,",
         "   Krankenhausaufenthalte, Arbeitsunfaehigkeit, Behinderung, Schwangerschaft.",
         "2. Uebermittlungswege: KLV-Connect Upload, SecureMail-Portal. Nie: E-Mail, Fax.",
         "3. Aufbewahrung in der Filiale: nur bis zum Upload.",
         "4. Auskunftsersuchen von Kunden an datenschutz@klv-versicherung.example.",
         "Dieses Dokument enthaelt keine personenbezogenen Daten."])])

# ---- 0027 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal consultation on a named disability claimant: depression F32.1, inpatient rehab, psychiatrist report",
     frm=addr("kraus"), to=addr("sandrock"),
     subject="BU-Leistungsfall 2025-BU-0388 Sommerlad – bitte um Einschätzung",
     body=f"""Hallo Frau Dr. Sandrock,

könnten Sie sich den Fall Sommerlad anschauen, bevor ich entscheide?

Frau Kerstin Sommerlad, 47, Filialleiterin bei einer Drogeriekette, BU seit
Mai 2025 wegen mittelgradiger depressiver Episode (F32.1), 8 Wochen
stationäre psychosomatische Reha in Bad Hersfeld (Entlassbericht liegt vor,
„arbeitsunfähig entlassen“). Der Bericht der behandelnden Psychiaterin vom
Dezember spricht von Teilremission, Sertralin 100 mg, Psychotherapie 1x/Woche.

Frage: Reicht das für 50 % BU über 6 Monate, oder brauchen wir ein
Gutachten? Die Akte liegt in der E-Akte unter 2025-BU-0388.

Danke und Gruß
Nadine""")

# ---- 0028 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-supplier",
     "contract renewal with an IT hosting supplier; company details only",
     frm=addr("pfeil"), to="Account Management <accounts@lumendata.example>",
     subject="Renewal hosting agreement LD-KLV-2023 - countersigned",
     body=f"""Dear Ms Hartley,

please find attached the countersigned renewal of the hosting agreement
(term 1 March 2026 - 28 February 2029, price as per schedule 2, index
clause unchanged). Two points for the record:

1. Data centre locations remain Frankfurt and Offenbach only.
2. The updated data processing agreement (Art. 28 GDPR) will follow from our
   data protection officer by separate mail.

Invoices as before to invoices@klv-versicherung.example, PO number 4500-771.

Kind regards,
{sig("pfeil", "en")}""", date="2026-02-02 14:00",
     atts=[A_pdf("Renewal_LD-KLV-2023_signed.pdf", [
         "Renewal Agreement LD-KLV-2023 / Amendment No. 3",
         "between Lumen Data Services Ltd and Kurhessische Landesversicherung AG",
         "Term: 01.03.2026 - 28.02.2029. Fees: see Schedule 2 (unchanged, CPI-indexed).",
         "Signed for KLV: S. Pfeil, Procurement; Dr. A. Treusch, Board member"])])

# ---- 0029 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover note for a tenancy dispute of the addressee, claim number, landlord named",
     frm=addr("seibert"), to="Dominik Weißbrod <d.weissbrod@freenet-mail.example>",
     subject="Deckungszusage Mietrechtsschutz – Schaden RS-26-00742",
     body=f"""Sehr geehrter Herr Weißbrod,

für Ihre Auseinandersetzung mit Ihrem Vermieter, Herrn Holger Quehl, wegen
der Nebenkostenabrechnung 2024 (Nachforderung 1.318,90 EUR) erteilen wir
Deckungszusage für die außergerichtliche Interessenwahrnehmung durch
Rechtsanwältin Bettina Rosenthal, Kassel.

Vertrag: RS-3390-1182-55 (Privat-, Berufs- und Wohnungsrechtsschutz)
Selbstbeteiligung: 150 EUR

Bitte geben Sie der Kanzlei unsere Schadennummer RS-26-00742 an.

Mit freundlichen Grüßen
{sig("seibert")}""", charset="windows-1252", cte="quoted-printable")

# ---- 0030 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
     "child accident claim of a named expat family forwarded to the bank adviser: fracture, hospital; English customer mail quoted",
     frm=addr("immel"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     subject="WG: Unfallmeldung Sohn – Familie Menon",
     body=f"""Hallo Frau Aydın,

zur Info, weil Herr Menon sich auch bei Ihnen in der Filiale gemeldet hat:
Die Kinderunfallversicherung KU-2291-7740 greift. Wir brauchen nur noch den
Durchgangsarztbericht; ich schreibe Herrn Menon direkt an. Bitte die
Unterlagen nicht in der Filiale annehmen, sondern auf den Upload verweisen.

Gruß
Lars Immel

-----Ursprüngliche Nachricht-----
Von: Rahul Menon <rahul.menon@outlook-mail.example>
Gesendet: Montag, 26. Januar 2026 08:03
An: Lars Immel <l.immel@klv-versicherung.example>
Betreff: Accident of our son

Dear Mr Immel,
our son Arjun (6) fell from the climbing frame at kindergarten on Friday.
He has a fractured forearm (distal radius), was treated at Klinikum
Fuldaaue, cast for 5 weeks. Do we need to report this to the accident
insurance? The doctor said there may be a follow-up X-ray.
Regards, Rahul Menon""", date="2026-01-26 10:31")

# ---- 0031 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: post-incident review of the bank portal; medical-report uploads, health questions and IBAN validation named as features, no person",
     frm=addr("hupfeld"), to="IT Sales Apps <it-sales-apps@%s>" % DOMAIN,
     cc=addr("kestner"),
     subject="PIR: KLV-Connect outage 16 March (upload service)",
     body=f"""Post-incident review - KLV-Connect, 16 March 2026, 09:12-11:47

Impact
- Savings-bank advisers could not upload medical reports or signed
  health declarations for 2h35m. 214 upload attempts failed (HTTP 503).
- Application entry itself worked; IBAN validation and the RSV premium
  calculator were not affected.

Root cause
- Certificate of the internal object store expired at 09:00; the upload
  service refused the TLS handshake. Monitoring alerted only on the portal
  front end, not on the backend.

What went well
- Partner service team sent the prepared banner text to all four banks
  within 20 minutes ("please do not send documents by e-mail instead").
- No documents were lost; advisers retried after the fix.

Actions
1. Certificate expiry monitoring for all backend services (owner: DH, 31 Mar)
2. Runbook entry "upload down" incl. bank communication template (MK)
3. Check whether any branch sent reports by plain mail during the outage
   (Data protection, PL) - so far none known.

Daniel""", date="2026-03-18 14:20")

# ---- 0032 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor insurance confirmation (eVB) for a car financed by the savings bank: named customer, eVB number, VIN",
     frm="KLV Kfz-Service <kfz-service@%s>" % DOMAIN, to="Tamara Wenzel <tamara.wenzel@gmx-post.example>",
     cc="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="Ihre eVB-Nummer für die Zulassung",
     body="""Guten Tag Frau Wenzel,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die
Zulassung Ihres Fahrzeugs:

   eVB-Nummer:           K7Q4MZD
   Versicherungsnehmerin: Tamara Wenzel, Alsfelder Str. 40, 36304 Alsfeld
   Fahrzeug:             Hyundai i30 Kombi, FIN TMAH381AANJ104477
   Gültig bis:           17.04.2026
   Tarif:                Haftpflicht + Vollkasko (SB 300/150), SF 3

Die Finanzierung über die Sparkasse Vogelsberg-Nord ist vermerkt; der
Sicherungsschein für die Vollkasko geht direkt an die Sparkasse.

Gute Fahrt!
Ihr Kfz-Service der KLV
Telefon 0561 7098-3000""", cte="8bit")

# ---- 0033 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "expat health: pre-authorisation for the addressee's delivery, due date and gestational diabetes",
     frm=addr("grebe"), to="Ana Lúcia Ferreira <analucia.ferreira@mailo.example>",
     subject="Pre-authorisation for your delivery at Klinikum Fuldaaue",
     body=f"""Dear Ms Ferreira,

congratulations again! As requested, here is the confirmation for the
hospital:

We confirm cover under your international health plan IHP-4410-2290 for the
planned delivery at Klinikum Fuldaaue, expected due date 14 June 2026,
including a private room and the chief physician option.

Because of the gestational diabetes (O24.4) noted by your gynaecologist, an
earlier admission for monitoring is also covered if the hospital considers it
necessary; no separate approval is needed. Insulin and the blood glucose
test strips are reimbursed at 100 %.

The guarantee letter has been sent to the hospital's admissions office
directly.

Warm wishes,
{sig("grebe", "en")}""", cte="base64")

# ---- 0034 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: branch ranking of life/BU/RSV sales for Q1, aggregated per branch, no person; ODS attachment",
     frm=addr("immel"), to="Filialleitungen <filialleitungen@%s>" % KSK_SG,
     subject="Q1-Auswertung Vorsorge & Kreditschutz nach Filialen",
     body=f"""Liebe Filialleiterinnen und Filialleiter,

anbei die Auswertung für das erste Quartal. Kurz die Highlights:

- Homberg-Markt liegt bei Kreditschutz-Quote (RSV-Abschlüsse je
  Ratenkredit) mit 61 % vorn, Schnitt der KSK 44 %.
- BU-Anträge insgesamt +18 % zum Vorjahr, allerdings 23 % davon mit
  Zuschlag oder Ausschluss – die Gesundheitsfragen sind weiterhin der
  häufigste Grund für abgebrochene Beratungen.
- Risikoleben zur Baufinanzierung: 112 Stück, Ø Summe 248 TEUR.

Personenbezogene Auswertungen je Berater gibt es bewusst nicht.

{sig("immel")}""",
     atts=[A_ods("Q1_2026_Filialen_KSK.ods", [
         ["Filiale", "Ratenkredite", "RSV", "RSV-Quote", "BU-Anträge", "Risikoleben"],
         ["Homberg-Markt", 188, 115, 0.61, 14, 22],
         ["Fritzlar", 201, 86, 0.43, 19, 31],
         ["Borken", 97, 38, 0.39, 6, 12],
         ["Schwalmstadt-Treysa", 164, 70, 0.43, 11, 29],
         ["Melsungen", 142, 51, 0.36, 9, 18],
         ["Summe", 792, 360, 0.45, 59, 112]], sheet="Q1")])

# ---- 0035 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "BU underwriting decision for a named customer sent to the bank adviser: asthma exclusion; details also in the DOCX",
     frm=addr("wehrheim"), to="Jana Heuser <jana.heuser@%s>" % SPK_WT,
     subject="BU-Antrag Tim Gerlach – Votum",
     body=f"""Hallo Frau Heuser,

wir können den BU-Antrag von Herrn Tim Gerlach (Elektroniker, 26) annehmen,
allerdings mit einer Ausschlussklausel für Erkrankungen der Atemwege:
Asthma bronchiale seit der Kindheit, Salbutamol bei Bedarf, 2024 eine
Notfallbehandlung. Alternativ Normalannahme mit 25 % Zuschlag, wenn ein
aktueller Lungenfunktionstest ohne Befund vorgelegt wird.

Das Votum mit den Formulierungen hängt an. Bitte mit Herrn Gerlach
besprechen und uns die Entscheidung bis Ende April mitteilen.

Viele Grüße
Jonas Wehrheim""",
     atts=[A_docx("Votum_BU_Gerlach_LV-9921-0417.docx", [
         "**Votum Risikoprüfung Berufsunfähigkeitsversicherung",
         "Antrag LV-9921-0417 – versicherte Person: Tim Gerlach, geb. 30.11.1999",
         "Vermittlerin: Jana Heuser, Sparkasse Werra-Meißner-Tal, Filiale Brückenstraße",
         "Angaben: Asthma bronchiale (J45.0), Bedarfsmedikation Salbutamol, 1 Notfallbehandlung 2024",
         "Variante A: Annahme mit Ausschluss „Erkrankungen der Atemwege und der Lunge einschließlich deren Folgen“",
         "Variante B: Normalannahme mit 25 % Beitragszuschlag nach Vorlage Lungenfunktion (FEV1) ohne Befund",
         "Kassel, 24.03.2026 – J. Wehrheim"])])

# ---- 0036 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "reinsurance treaty terms between two companies; shares, commissions, no persons",
     frm=addr("donnelly"), to="Marcus Lindqvist <m.lindqvist@northbridge-re.example>",
     subject="RSV quota share 2026 - final terms confirmed",
     body=f"""Dear Marcus,

thanks for the call this morning. For the record, we agree the following for
the credit protection quota share, effective 1 January 2026:

- cession 40 % (unchanged)
- reinsurance commission 31 % sliding 27-35 % on loss ratio 30-15 %
- profit commission 20 % after 10 % management expenses
- unemployment cover remains excluded from the treaty
- data: quarterly bordereaux at portfolio level only; individual claims
  files above 100k EUR on request through the secure data room

Slip to follow from our side by Friday.

Best,
Claire

{FOOT_EN}""", date="2026-03-24 15:10")

# ---- 0037 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "household burglary claim of the addressee: address, stolen items, police reference, claim number",
     frm=addr("brandt"), to="Oksana Melnyk <oksana.melnyk@webpost.example>",
     subject="Your burglary claim HR-26-01733",
     body=f"""Dear Ms Melnyk,

I am sorry to hear about the break-in at your flat (Goethestraße 58,
34119 Kassel) on 28 March. We have registered the claim under number
HR-26-01733 (home contents policy HR-7741-0029-3).

From your list we have noted:
  - laptop Lenovo ThinkPad (bought 2024)      1,150 EUR
  - jewellery (gold necklace, 2 rings)          2,300 EUR
  - cash                                          180 EUR
  - damaged door lock (landlord's property - please ask your landlord's
    buildings insurer)

Police reference: ST/0411872/2026, Polizeipräsidium Nordhessen.

For the jewellery we need photos or receipts if you have them. Cash is
covered up to 1,500 EUR. Please also send the list you gave the police.

Kind regards,
{sig("brandt", "en")}""")

# ---- 0038 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: data-protection quiz with invented example cases (diabetes, IBAN) for staff training; fictitious persons marked",
     frm=addr("lengemann"), to="Alle Mitarbeitenden <alle@%s>" % DOMAIN,
     subject="Datenschutz-Quiz April: Was darf per E-Mail raus?",
     body=f"""Liebe Kolleginnen und Kollegen,

unser Quiz geht in die nächste Runde. Drei Fälle (alle erfunden):

Fall 1: Eine Sparkassenberaterin bittet per Mail um den Stand eines
Kreditschutz-Antrags von „Frau M.“, die Diabetes angegeben hat.
Dürfen Sie mit dem Stand und der Diagnose antworten?

Fall 2: Ein Kunde schickt Ihnen seine IBAN im Klartext und bittet um
Bestätigung. Antworten Sie mit der vollständigen IBAN?

Fall 3: Eine Arztpraxis fragt per Fax nach, ob ein Bericht angekommen ist.

Auflösung am Freitag im Intranet. Unter allen richtigen Einsendungen
verlosen wir drei Gutscheine für die Kantine.

{sig("lengemann")}""")

# ---- 0039 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
     "term life underwriting for a named expat client via the bank adviser: type 1 diabetes, HbA1c, loading",
     frm=addr("wehrheim"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     subject="Term life application Okafor - underwriting result",
     body=f"""Dear Ms Aydın,

you asked me to write in English so you can forward it to Mr Okafor
directly - here we go.

Application LV-9930-1125, Mr Chinedu Okafor, born 1986-03-17, term life
for the mortgage, 280,000 EUR, 25 years.

Mr Okafor disclosed type 1 diabetes since age 12, insulin pump, last HbA1c
6.8 % (report of Dr Weinrich, diabetologist, February 2026), no retinopathy
or nephropathy, no hypoglycaemia requiring help in the last 2 years.

Our decision: acceptance with a premium loading of 75 %, i.e. a monthly
premium of 41.90 EUR instead of 23.94 EUR. We would review the loading after
5 years on request if HbA1c stays below 7.5 %.

Please let me know if Mr Okafor accepts; the policy can then be issued
within two days.

Kind regards,
{sig("wehrheim", "en")}""")

# ---- 0040 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "campaign list for the bank branch: named customers with birth dates and household policies, CSV in windows-1252; body harmless",
     frm=addr("kestner"), to="Markus Eifert <markus.eifert@%s>" % KSK_SG,
     subject="Aktion Hausrat-Check – Ihre Kundenliste Filiale Fritzlar",
     body=f"""Hallo Herr Eifert,

für die Aktion „Hausrat-Check 60+“ hier die Kunden Ihrer Filiale, deren
Hausratvertrag älter als 10 Jahre ist (Unterversicherung möglich). Die
Liste bitte nur für die Terminvereinbarung nutzen und danach löschen.

Viele Grüße
Miriam Kestner""",
     atts=[A_csv("Hausrat-Check_Fritzlar.csv", [
         ["Vertrag", "Name", "Vorname", "Geburtsdatum", "Straße", "Ort", "Vers.-Summe", "Beginn"],
         ["HR-1104-2290-1", "Dölle", "Herta", "03.02.1949", "Am Dom 9", "34560 Fritzlar", "38.000", "01.04.2009"],
         ["HR-1107-3318-5", "Jäger", "Manfred", "21.10.1955", "Gießener Str. 4", "34560 Fritzlar", "42.000", "01.10.2011"],
         ["HR-1109-0071-2", "Schmoll", "Ilse", "12.12.1951", "Ederauen 17", "34560 Fritzlar-Ungedanken", "29.500", "01.01.2013"],
         ["HR-1113-4402-9", "Bräutigam", "Klaus-Dieter", "30.06.1960", "Lindenstr. 2", "34560 Fritzlar", "55.000", "01.07.2014"],
     ], charset="windows-1252")])

# ---- 0041 -----------------------------------------------------------------
mail("NORMAL", "mixed", "internal",
     "trap: forward of an English market study on bancassurance with German comments; loss ratios, health underwriting in general",
     frm=addr("amend"), to=addr("fenske"), cc=addr("kestner") + ", " + addr("immel"),
     subject="FW: Bancassurance Europe 2026 – interessant für den Ausschuss",
     body=f"""Hallo Regina,

für die Unterlagen zum Vertriebsausschuss: die Studie ist frei verfügbar,
Seite 14 (simplified underwriting) passt genau zu TOP 3. Zusammenfassung
unten, das PDF ist 9 MB, liegt im Teams-Kanal.

Felix

---------- Forwarded message ---------
From: Insights Team <insights@bancassurance-monitor.example>
Subject: Bancassurance Europe 2026 - key findings

Key findings:
* Bank channels wrote 54 % of new life premium in Southern Europe, 23 % in
  Germany.
* Simplified or "guaranteed issue" health underwriting raises conversion by
  up to 30 % but increases claims from pre-existing conditions in years 1-3.
* Credit protection remains the most profitable bancassurance product
  (combined ratio 71 %), but regulators scrutinise commission levels.
* Digital health questionnaires in the branch reduce the abandonment rate
  from 19 % to 8 %.

Full report: https://www.bancassurance-monitor.example/europe-2026""")

# ---- 0042 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost coverage for an inpatient stay of a named insured: diagnosis, OPS code, private ward",
     frm=addr("yildiz"), to="Patientenaufnahme <aufnahme@klinikum-fuldaaue.example>",
     subject="Kostenübernahme stationär – Herr Günter Riedesel, geb. 08.08.1952",
     body=f"""Sehr geehrte Damen und Herren,

für unseren Versicherten

   Günter Riedesel, geb. 08.08.1952, Versicherungsnummer KV 6120 338 415
   Tarif: Vollversicherung mit Zweibettzimmer und Chefarztbehandlung

übernehmen wir die Kosten der geplanten stationären Behandlung ab 13.04.2026
(Aufnahmediagnose: Koxarthrose rechts, M16.1; geplante Operation:
Implantation einer Hüftendoprothese, OPS 5-820.00) in Höhe der
allgemeinen Krankenhausleistungen nach DRG sowie der Wahlleistungen
Zweibettzimmer und wahlärztliche Leistungen.

Die Rechnungen können Sie direkt an uns richten (Direktabrechnung).

Mit freundlichen Grüßen
{sig("yildiz")}""")

# ---- 0043 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: traffic legal-expenses cover for an administrative speeding fine of the addressee; no criminal matter",
     frm=addr("seibert"), to="Sascha Herwig <sascha.herwig@t-net.example>",
     subject="Ihr Bußgeldverfahren – Deckungszusage RS-26-01128",
     body=f"""Hallo Herr Herwig,

für das Bußgeldverfahren wegen der Geschwindigkeitsüberschreitung auf der A7
(außerorts 31 km/h zu schnell, Bußgeldbescheid des Regierungspräsidiums
Kassel vom 24.03.2026, 260 EUR und 1 Monat Fahrverbot) besteht
Versicherungsschutz aus Ihrem Verkehrsrechtsschutz RS-3390-4471-02.

Wir übernehmen die Kosten Ihres Anwalts sowie ein eventuelles
Sachverständigengutachten zur Messung. Die Selbstbeteiligung entfällt,
weil Sie seit 5 Jahren schadenfrei sind.

Schadennummer: RS-26-01128

Freundliche Grüße
Hannah Seibert
KLV Rechtsschutz""")

# ---- 0044 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "portal notification without content: new message in the secure mailbox; no line of business",
     frm="KLV SecureMail <securemail@%s>" % DOMAIN, to="b.seitz@gmx-post.example",
     subject="Neue Nachricht in Ihrem KLV-SecureMail-Postfach",
     body="""Guten Tag,

für Sie liegt eine neue, verschlüsselte Nachricht der Kurhessischen
Landesversicherung im SecureMail-Portal bereit.

So lesen Sie die Nachricht:
https://securemail.klv-versicherung.example/

Melden Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort an. Die
Nachricht steht 90 Tage zur Verfügung.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie
nicht auf diese E-Mail.

Kurhessische Landesversicherung AG · Landgrafenplatz 4 · 34117 Kassel""",
     headers={"Auto-Submitted": "auto-generated"}, cte="quoted-printable")

# ---- 0045 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "repatriation order to the assistance company: named insured, stroke, hospital in Spain, medical escort",
     frm=addr("grebe"), to="Medical Operations <medops@globeassist.example>",
     subject="Repatriation request - KLV case TA-26-0412 - Mr Heinz-Otto Bernhardt",
     body=f"""Dear colleagues,

please organise the repatriation of our insured:

  Name:        Heinz-Otto Bernhardt, born 19.11.1947
  Policy:      travel health RKV 88-771-402
  Location:    Hospital Universitario de Torrevieja, neurology ward, bed 412
  Diagnosis:   ischaemic stroke (I63.5), admitted 9 April, left-sided
               hemiparesis, aphasia improving, stable since 12 April
  Requested:   ambulance flight or stretcher on scheduled flight with
               medical escort to Klinikum Fuldaaue, Kassel (bed confirmed
               by Dr Roth, stroke unit, from 16 April)
  Contact:     wife Erika Bernhardt, +34 6xx - on file in your system

The treating doctor's report (Spanish) is uploaded to your portal under
our case number. Cost approval up to 28,000 EUR is given herewith.

Best regards,
{sig("grebe", "en")}""", date="2026-04-14 17:22")

# ---- 0046 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-broker",
     "trap: English FAQ on loan protection for the bank's international desk; pre-existing conditions, waiting period, generic",
     frm=addr("kestner"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="Loan protection FAQ in English for your international desk",
     body=f"""Dear colleagues,

as promised, the English FAQ for borrowers who do not read German.
Feel free to print it for the branch.

Q: Do I have to answer health questions?
A: Only for loans above 50,000 EUR or longer than 10 years. Smaller loans
   are accepted without questions; illnesses you were treated for in the
   12 months before the start are then excluded.

Q: What if I am already ill?
A: Answer honestly. A pre-existing condition such as back pain or
   depression usually leads to an exclusion for that condition only, not to
   a refusal.

Q: Who sees my answers?
A: Only KLV's underwriting team and, where needed, our medical officer. The
   bank adviser sees the result ("accepted", "accepted with exclusion"), not
   the details.

Q: Can I cancel?
A: Yes, at any time, with a refund of unused premium.

Kind regards,
{sig("kestner", "en")}""")

# ---- 0047 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "commission clawback list for cancelled household/motor policies: named customers and policy numbers (non-personal lines)",
     frm=addr("ochs"), to="Provisionsstelle <provisionen@%s>" % SPK_WT,
     subject="Stornobelastung Sach/Kfz März 2026",
     body=f"""Guten Tag,

folgende Verträge wurden im März innerhalb der Haftungszeit storniert;
die Provision wird mit der April-Abrechnung verrechnet:

Vertrag          Kunde                   Sparte     Storno     Belastung
KF-5530-2214-8   Nico Franke             Kfz        01.03.26    -84,20
HR-2201-7719-0   Lea und Jan Opitz       Hausrat    15.03.26    -31,50
WG-4471-1102-6   Emine Kaya              Wohngeb.   31.03.26   -118,90
PH-3301-0448-2   Ronald Stöhr            Privathaft 31.03.26    -22,75

Summe: -257,35 EUR

Bei Fragen zur Stornoursache bitte direkt an den Kundenservice.

{sig("ochs")}""")

# ---- 0048 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "grey: clawback list for lapsed life and loan-protection contracts of named customers (personal lines), only in the XLSX",
     frm=addr("ochs"), to="Provisionsstelle <provisionen@%s>" % KSK_SG,
     subject="Stornohaftung Leben/RSV 1. Quartal",
     body=f"""Sehr geehrte Damen und Herren,

anbei die Stornohaftungsliste Leben und Kreditschutz für das 1. Quartal.
Die Gesamtbelastung von 3.912,60 EUR verrechnen wir im April.

Freundliche Grüße
{sig("ochs")}""",
     atts=[A_xlsx("Stornohaftung_Leben_RSV_Q1-2026_KSK.xlsx", [
         ["Vertrag", "Versicherte Person", "Produkt", "Beginn", "Storno", "Grund", "Belastung EUR"],
         ["LV-8812-0045", "Kai Brübach", "Risikoleben", "01.02.2026", "28.02.2026", "Widerruf", -1204.00],
         ["RSV-7734-2201", "Hendrik Gombert", "Kreditschutz", "01.10.2025", "31.03.2026", "vorzeitige Darlehenstilgung", -388.40],
         ["LV-7719-3390", "Franziska Bender", "Rentenversicherung", "01.06.2024", "01.03.2026", "Beitragsfreistellung", -1615.20],
         ["BU-6601-2277", "Maik Schwarzer", "BU", "01.09.2024", "01.01.2026", "Nichtzahlung", -705.00],
     ], sheet="Q1")])

# ---- 0049 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: shredding service order for data-protection bins in the savings-bank branches; 'health declarations' only as a document type",
     frm=addr("pfeil"), to="Dispo <dispo@aktenschutz-nordhessen.example>",
     subject="Auftrag: 40 Datenschutztonnen für Beratungsräume der Sparkassen",
     body=f"""Guten Tag Frau Engel,

wie telefonisch besprochen beauftragen wir Sie mit:

- Aufstellung von 40 Datenschutzbehältern (240 l, Sicherheitsstufe P-4
  nach DIN 66399) in den Beratungsräumen unserer Partnersparkassen
  (Standortliste anbei im Rahmenvertrag)
- Leerung 14-täglich, Vernichtung mit Vernichtungsprotokoll
- Inhalt: u. a. Antragskopien, Gesundheitserklärungen, Arztberichte,
  Gehaltsnachweise - daher bitte nur Personal mit Verpflichtung nach § 203
  StGB einsetzen.

Start: 4. Mai 2026. Rechnung monatlich an die KLV, Bestellnummer 4500-812.

Mit freundlichen Grüßen
{sig("pfeil")}""", charset="iso-8859-1", cte="8bit")

# ---- 0050 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "private liability claim: the addressee's child broke a neighbour's window; claim number, named neighbour",
     frm=addr("steinbach"), to="Graham Whitcombe <g.whitcombe@mailo.example>",
     subject="Personal liability claim PH-26-00988 - neighbour's window",
     body=f"""Dear Mr Whitcombe,

thank you for reporting that your son's football broke the conservatory
window of your neighbour, Mr Volker Ochsenhirt (Am Wiesenhang 4, Baunatal).

Your personal liability policy PH-3301-7702-9 covers damage caused by
children; your son is co-insured. We have asked Mr Ochsenhirt for the glazier's
quote (he mentioned about 640 EUR). You do not need to pay anything yourself;
your excess is 0 EUR.

Claim number: PH-26-00988.

Best regards,
Marco Steinbach
Kurhessische Landesversicherung AG""")

# ---- 0051 -----------------------------------------------------------------
_pb_txt = """KLV PARTNERBRIEF SPARKASSEN – Ausgabe 2/2026

1. BU für Berufsstarter: Gesundheitsfragen auf 5 Jahre verkürzt
   Psychische Erkrankungen sind mit 32 % die häufigste BU-Ursache, gefolgt
   von Rücken (19 %) und Krebs (16 %). Für Azubis und Studierende fragen wir
   ab Juni nur noch 5 statt 10 Jahre zurück.

2. Kreditschutz: neue Beitragstabelle ab 1. Juli
   Der Beitrag für Ratenkredite sinkt im Schnitt um 6 %.

3. Termine
   Webinar „Gesundheitsfragen sicher erklären“: 12.05., 14:00 Uhr
   Vorsorgetag in der Stadtsparkasse Edertal: 20.06.

Abmelden: https://partner.klv-versicherung.example/newsletter"""
_pb_html = """<html><body style="font-family:Verdana,sans-serif">
<h2 style="color:#00507d">KLV Partnerbrief Sparkassen – Ausgabe 2/2026</h2>
<h3>1. BU für Berufsstarter: Gesundheitsfragen auf 5 Jahre verkürzt</h3>
<p>Psychische Erkrankungen sind mit <b>32 %</b> die häufigste BU-Ursache, gefolgt von Rücken (19 %) und Krebs (16 %).
Für Azubis und Studierende fragen wir ab Juni nur noch 5 statt 10 Jahre zurück.</p>
<table border="1" cellpadding="3"><tr><th>BU-Ursache</th><th>Anteil</th></tr>
<tr><td>Psyche</td><td>32 %</td></tr><tr><td>Rücken/Gelenke</td><td>19 %</td></tr>
<tr><td>Krebs</td><td>16 %</td></tr><tr><td>Herz/Kreislauf</td><td>8 %</td></tr></table>
<h3>2. Kreditschutz: neue Beitragstabelle ab 1. Juli</h3><p>Der Beitrag für Ratenkredite sinkt im Schnitt um 6 %.</p>
<h3>3. Termine</h3><ul><li>Webinar „Gesundheitsfragen sicher erklären“: 12.05., 14:00 Uhr</li>
<li>Vorsorgetag in der Stadtsparkasse Edertal: 20.06.</li></ul>
<p style="font-size:8pt"><a href="https://partner.klv-versicherung.example/newsletter">Abmelden</a></p>
</body></html>"""
mail("NORMAL", "de", "newsletter",
     "trap: partner newsletter for bank advisers with BU causes (psyche, cancer) in percent, health-question changes; HTML + text",
     frm="KLV Partnerbrief <partnerbrief@%s>" % DOMAIN, to="partnerbrief-sparkassen@lists.%s" % DOMAIN,
     subject="KLV Partnerbrief 2/2026: BU für Berufsstarter, neuer RSV-Tarif",
     body=_pb_txt, html=_pb_html, date="2026-04-27 06:15")

# ---- 0052 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident insurance disability benefit of the addressee: knee injury, degree of disability per limb table, payout",
     frm=addr("marx"), to="Rüdiger Fehr <ruediger.fehr@webpost.example>",
     subject="Unfall vom 14.09.2025 – Invaliditätsleistung",
     body=f"""Sehr geehrter Herr Fehr,

das Gutachten von Herrn Dr. Beilstein (Unfallchirurgie) liegt uns vor. Nach
der Kreuzbandruptur und dem Innenmeniskusriss am linken Knie
(Sturz von der Leiter am 14.09.2025) verbleibt eine dauerhafte
Funktionsbeeinträchtigung des Beins von 2/10 Beinwert.

Berechnung:
  Gliedertaxe Bein bis unterhalb des Knies      60 %
  davon 2/10                                     12 % Invalidität
  Grundsumme Ihrer Unfallversicherung UV-2205-8871 100.000 EUR
  Progression 225 % (greift erst ab 25 %)        –
  Invaliditätsleistung                           12.000 EUR

Das Krankenhaustagegeld für 6 Tage (300 EUR) hatten wir bereits gezahlt.
Die Überweisung der 12.000 EUR erfolgt auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
{sig("marx")}""")

# ---- 0053 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: analytics team discusses pseudonymising RSV claims data for a model; field names like diagnosis and birth date, no records",
     frm=addr("koerber"), to=addr("lengemann"), cc=addr("hupfeld"),
     subject="Pseudonymised RSV claims extract for the lapse model - proposal",
     body=f"""Hi Petra,

before we build anything, here is what we would like to extract for the
lapse/claims model. Please tell us what is not OK.

Fields (pseudonymised, key kept by IT only):
- policy_hash (SHA-256 with secret salt), branch_id, product
- age_band at entry (5-year bands), sex
- loan amount band, term
- claim yes/no, claim type (death / incapacity / unemployment)
- ICD chapter only (e.g. "F", "M"), no full codes, no free text
- no names, no birth dates, no IBANs, no addresses

Retention: 12 months, analytics workspace only, no export.

Could we discuss on Thursday? I have put a draft DPIA in the shared folder.

Thanks,
Till""")

# ---- 0054 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "fleet policy: XLSX with registration plates and named drivers of company cars; contact person named",
     frm=addr("steinbach"), to="Fleet Management <fleet@nordwind-logistics.example>",
     subject="Fleet policy KF-F-0091 - updated vehicle list",
     body=f"""Dear Ms Baptiste,

please find attached the updated vehicle schedule for your fleet policy
KF-F-0091 after the changes you sent on 30 April. Please check the driver
assignments - two vehicles still show drivers who, according to your note,
have left the company.

The premium adjustment (+1,184.50 EUR pro rata) will be invoiced with the
next instalment.

Kind regards,
{sig("steinbach", "en")}""",
     atts=[A_xlsx("KF-F-0091_vehicles_2026-05.xlsx", [
         ["Plate", "Vehicle", "VIN", "Main driver", "Driver born", "Cover"],
         ["KS-NW 101", "VW Crafter", "WV1ZZZSYZN9012345", "Dragan Petrović", "1979-04-02", "TPL + comprehensive"],
         ["KS-NW 102", "VW Crafter", "WV1ZZZSYZN9012388", "Kevin Hühn", "1991-12-19", "TPL + comprehensive"],
         ["KS-NW 115", "Mercedes Sprinter", "WDB9066331S774410", "Anja Lichtenberg", "1985-07-07", "TPL + partial"],
         ["KS-NW 120", "Skoda Superb", "TMBJJ7NP4K7041122", "Céline Baptiste", "1983-01-25", "TPL + comprehensive"],
     ], sheet="Fleet")])

# ---- 0055 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
     "loan-protection unemployment + sickness claim of a named borrower; English letter quoted inside a German mail, mentions cancer treatment",
     frm=addr("rehberg"), to="Markus Eifert <markus.eifert@%s>" % KSK_SG,
     subject="AW: Kunde Callaghan – Kreditschutz Arbeitslosigkeit",
     body=f"""Hallo Herr Eifert,

danke für die Weiterleitung. Kurz zur Einordnung: Herr Callaghan fällt
nicht unter Arbeitslosigkeit, sondern unter Arbeitsunfähigkeit, weil die
Kündigung erst nach Beginn der AU ausgesprochen wurde. Für die AU-Leistung
brauchen wir die Bescheinigungen der Onkologie. Ich schreibe ihm direkt
(englisch) und bitte um Upload. Bitte in der Filiale keine Kopien annehmen.

Gruß
T. Rehberg

> -----Ursprüngliche Nachricht-----
> Von: Markus Eifert
> Gesendet: Dienstag, 12. Mai 2026 15:20
> Betreff: Kunde Callaghan – Kreditschutz Arbeitslosigkeit
>
> Hallo Herr Rehberg, unten die Mail unseres Kunden, Darlehen 40 227 913.
> Können Sie übernehmen? Gruß M. Eifert
>
>> From: Declan Callaghan
>> Dear Mr Eifert, my employer terminated my contract as of 30 June.
>> I have been on sick leave since March because of chemotherapy for
>> colon cancer and will not be able to work for several months. Does the
>> loan protection pay the monthly instalments of 486 EUR? Regards, Declan""",
     date="2026-05-13 08:47")

# ---- 0056 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: organisational plan of branch visits; mentions a health declaration sent by fax in one branch, no customer",
     frm=addr("kestner"), to=addr("immel"),
     subject="Filialbesuche Juni – Abstimmung",
     body="""Hi Lars,

mein Vorschlag für Juni, damit wir uns nicht doppeln:

KW 23  ich: Eschwege, Witzenhausen | du: Alsfeld, Lauterbach
KW 24  ich: Fritzlar, Homberg     | du: Bad Wildungen, Korbach
KW 25  ich: Urlaub!               | du: Schlitz, Herbstein
KW 26  beide: Vorsorgetag Edertal (20.06. ist ein Samstag, also Ausgleich am 22.)

Themen überall: neuer RSV-Tarif ab 1.7., BU-Berufsstarter, und bitte noch
mal die Upload-Pflicht für Gesundheitsunterlagen ansprechen – in Korbach
kam wieder eine Gesundheitserklärung per Fax.

Passt das?
M.""")

# ---- 0057 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-applicant",
     "job offer to a named applicant: salary, start date, private address; HR",
     frm=addr("vollmer"), to="Priya Raman <priya.raman@webpost.example>",
     subject="Your offer - Data Engineer, KLV Data & Analytics",
     body=f"""Dear Ms Raman,

we are delighted to offer you the position of Data Engineer in our Data &
Analytics team (reporting to Till Körber), starting 1 July 2026.

  Annual gross salary:   68,500 EUR (13 monthly payments)
  Variable pay:          up to 8 % target bonus
  Working time:          39 hours, up to 3 days remote per week
  Probation:             6 months
  Relocation allowance:  3,000 EUR gross

The contract will be sent to your private address (Schillerstraße 12,
60313 Frankfurt) by post this week. For payroll we will need your tax ID,
your social security number and your bank details on the first day - please
do not send them by e-mail.

We look forward to working with you!

Kind regards,
{sig("vollmer", "en")}""")

# ---- 0058 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "base64 body: disability benefit approved for the addressee, multiple sclerosis G35, monthly pension",
     frm=addr("kraus"), to="Judith Lamprecht <judith.lamprecht@freenet-mail.example>",
     subject="Ihre Berufsunfähigkeitsrente – Entscheidung",
     body=f"""Sehr geehrte Frau Lamprecht,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag auf
Leistungen aus der Berufsunfähigkeitsversicherung BU-5580-1033 anerkennen.

Nach den Unterlagen der Neurologischen Klinik Bad Arolsen und dem Gutachten
von Prof. Dr. Stahlmann sind Sie wegen der schubförmig remittierenden
Multiplen Sklerose (G35.1) seit dem 1. Dezember 2025 zu mehr als 50 % außer
Stande, Ihren Beruf als Grundschullehrerin auszuüben.

Leistungen:
- monatliche BU-Rente 1.450,00 EUR, rückwirkend ab 01.12.2025
- Beitragsbefreiung ab demselben Zeitpunkt
- Nachzahlung Dezember bis Mai: 8.700,00 EUR

Wir verzichten auf eine Befristung. Eine Nachprüfung erfolgt frühestens 2028.

Alles Gute für Sie.

Mit freundlichen Grüßen
{sig("kraus")}

{FOOT_DE}""", cte="base64")

# ---- 0059 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "trap: prospect asks generally whether travel insurance covers pre-existing conditions; generic answer, no data of the prospect",
     frm=addr("grebe"), to="travel.query.2026@mailo.example",
     subject="RE: Travel insurance and pre-existing conditions?",
     body=f"""Hello,

thank you for your question. In general:

- Our annual travel health insurance covers sudden illness and accidents
  abroad. Chronic conditions (for example heart disease, COPD or diabetes)
  are covered if they were stable in the 6 months before the trip - i.e. no
  change of medication and no hospital stay.
- Treatment that is the reason for the trip is never covered.
- Pregnancy: covered up to the 36th week.
- There are no health questions in the application, and age does not matter.

You can buy cover online at https://www.klv-versicherung.example/reise or at
any savings bank branch in Northern Hesse.

Best regards,
Oliver Grebe

> Do you cover people with pre-existing conditions? Asking for a family
> trip to Canada.""")

# ---- 0060 -----------------------------------------------------------------
_lw_iban = iban("DE", "52350005" + "0044198120")
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "buildings water-damage settlement of the addressee with IBAN, address and claim number; windows-1252",
     frm=addr("brandt"), to="Heinrich Wiegand <h.wiegand@t-net.example>",
     subject="Leitungswasserschaden WG-26-02210 – Abrechnung",
     body=f"""Sehr geehrter Herr Wiegand,

zum Rohrbruch in Ihrem Haus Kasseler Straße 31, 34212 Melsungen,
rechnen wir wie folgt ab:

  Leckageortung (Fa. Trockenbau Hesse)       612,00 €
  Reparatur Kupferleitung Bad OG              438,50 €
  Trocknung 21 Tage                         1.904,00 €
  Estrich/Fliesen Bad (Kostenvoranschlag)   3.260,00 €
  abzüglich Selbstbehalt                     -250,00 €
  ---------------------------------------------------
  Entschädigung                             5.964,50 €

Die Zahlung geht auf Ihr Konto {_lw_iban}.

Mit freundlichen Grüßen
Leonie Brandt""", charset="windows-1252", cte="quoted-printable")

# ---- 0061 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: reinsurer audit schedule; claims files, medical reports and data room mentioned, no individual case named",
     frm=addr("donnelly"), to="Reinsurance & Claims leads <re-claims-leads@%s>" % DOMAIN,
     subject="Northbridge claims audit 16-18 June - logistics",
     body=f"""All,

Northbridge Re will audit our life and credit protection claims handling
from 16 to 18 June (on site, meeting room Habichtswald).

- They will sample about 25 closed claims above 50k EUR from 2024-2025.
  The sample list comes from them on 9 June; files go into the secure data
  room only, never by mail, and medical reports stay redacted to what the
  treaty needs (cause of claim, dates).
- Nadine and Tobias: please block half a day each for interviews.
- Ute: they would like 30 minutes with the medical officer on the
  simplified underwriting for RSV.

Lunch is booked for the 17th. Thanks!

Claire""")

# ---- 0062 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "term-life underwriting for a mortgage: named customer, BMI 34, sleep apnoea, positive cotinine test; loading",
     frm=addr("wehrheim"), to="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="Risikoleben Baufi – Antrag Stefan Hohmann",
     body=f"""Moin Herr Kalbfleisch,

kurze Info zum Risikoleben-Antrag von Herrn Stefan Hohmann
(LV-9944-0218, 240.000 EUR fallend, 20 Jahre):

- BMI laut ärztlicher Untersuchung 34,2 (1,78 m / 108 kg)
- obstruktive Schlafapnoe, CPAP-Therapie seit 2023, gut eingestellt
- Cotinin-Test positiv, obwohl im Antrag „Nichtraucher“ angekreuzt war

Wir nehmen an, aber nur zum Rauchertarif und mit 50 % Zuschlag. Monatlich
dann 58,70 EUR statt 21,40 EUR. Das Thema Raucher bitte sensibel ansprechen
– möglicherweise E-Zigarette, das würden wir dann nochmal prüfen.

Gruß Jonas Wehrheim""", date="2026-05-25 13:02")

# ---- 0063 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor total loss of the addressee: vehicle, replacement value, payment to the financing savings bank with loan number",
     frm=addr("dittmar"), to="Jasmin Raabe <jasmin.raabe@gmx-post.example>",
     cc="Kreditsachbearbeitung <kredit@%s>" % SPK_VN,
     subject="Totalschaden KS-JR 2205 – Abrechnung Vollkasko 26-K-011702",
     body=f"""Sehr geehrte Frau Raabe,

laut Gutachten des Sachverständigenbüros Salzmann liegt ein
wirtschaftlicher Totalschaden an Ihrem Seat Leon (KS-JR 2205) vor.

  Wiederbeschaffungswert      14.900,00 EUR
  Restwert (Angebot Fa. Kfz-Börse Ost)  -2.750,00 EUR
  Selbstbeteiligung             -300,00 EUR
  Entschädigung               11.850,00 EUR

Da das Fahrzeug über die Sparkasse Vogelsberg-Nord finanziert ist
(Sicherungsschein, Darlehen 5503 882 019), zahlen wir zunächst den
Ablösebetrag von 9.412,66 EUR an die Sparkasse; den Rest von 2.437,34 EUR
erhalten Sie auf Ihr Konto.

Mit freundlichen Grüßen
{sig("dittmar")}""")

# ---- 0064 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: blank health-declaration template for loan protection with «placeholders» and example diagnoses in the help text",
     frm=addr("kestner"), to="Beratungscenter <beratungscenter@%s>" % SPK_VN,
     subject="Neue Vorlage Gesundheitserklärung Kreditschutz (Word) – bitte alte löschen",
     body=f"""Liebe Kolleginnen und Kollegen,

in der Anlage die neue Vorlage der Gesundheitserklärung für Fälle, in
denen KLV-Connect nicht verfügbar ist (Notfallprozess). Bitte die alten
Vorlagen aus euren lokalen Ordnern löschen.

Die Platzhalter werden beim Ausfüllen ersetzt – ausgefüllte Erklärungen
bitte ausschließlich über das SecureMail-Portal senden.

Danke!
Miriam""",
     atts=[A_docx("Vorlage_Gesundheitserklaerung_RSV_2026.docx", [
         "**Gesundheitserklärung zum Kreditschutz (Vorlage 06/2026)",
         "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»",
         "Darlehensnummer: «Darlehen»   Sparkasse: «Institut»",
         "1. Sind Sie derzeit arbeitsunfähig oder in ärztlicher Behandlung?  [ ] ja  [ ] nein",
         "2. Behandlung in den letzten 5 Jahren wegen Herz/Kreislauf, Krebs, Diabetes, psychischer Erkrankung?  [ ] ja  [ ] nein",
         "   Ausfüllhilfe: z. B. Herzinfarkt, Bluthochdruck mit Folgeschäden, Brustkrebs, Depression, Burnout mit AU",
         "3. Krankenhausaufenthalt > 14 Tage in den letzten 3 Jahren?  [ ] ja  [ ] nein",
         "4. Rente wegen Erwerbsminderung?  [ ] ja  [ ] nein",
         "Ort, Datum, Unterschrift «Unterschrift»"])])

# ---- 0065 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "private health: approval of psychotherapy sessions for the addressee, generalised anxiety disorder F41.1",
     frm=addr("yildiz"), to="Tomasz Wróbel <tomasz.wrobel@webpost.example>",
     subject="Approval of psychotherapy - your application of 20 May",
     body=f"""Dear Mr Wróbel,

we have received the report of your psychotherapist, Dipl.-Psych. Almut
Reinhardt, dated 18 May 2026.

We approve the following under your health insurance KV 6120 771 903:

  Diagnosis:     generalised anxiety disorder (F41.1)
  Treatment:     cognitive behavioural therapy, 25 sessions of 50 minutes
  Period:        1 June 2026 - 31 May 2027
  Reimbursement: 100 % of the fees according to GOP, up to 2.3x rate

If further sessions are needed, please send a short follow-up report
before session 20.

We wish you all the best.

Ahmet Yıldız
Health Claims""")

# ---- 0066 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "motor insurance quote for a named expat via the bank desk: birth date, licence date, UK no-claims history",
     frm=addr("immel"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="Car insurance quote - Ms Fiona McAllister",
     body=f"""Hello,

here is the quote for your client Ms Fiona McAllister:

  Date of birth:        15/03/1990
  Driving licence:      UK, since 2008 (exchange for German licence pending)
  No-claims history:    9 years claim-free with Aviva UK (certificate in
                        English accepted, translated into SF 9)
  Vehicle:              Mini Countryman, first registration 2022
  Garage address:       Bahnhofstraße 7, 34549 Edertal-Bergheim
  Cover:                TPL + comprehensive, excess 300 / 150
  Annual premium:       684.12 EUR

The quote is valid until 30 June. Once she signs, the eVB number will be
sent to her directly.

Best,
Lars Immel""")

# ---- 0067 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: HR describes the occupational reintegration process (BEM) after more than six weeks of sickness; generic, no employee",
     frm=addr("vollmer"), to="Führungskräfte <fuehrungskraefte@%s>" % DOMAIN,
     subject="BEM – neuer Prozess ab 1. Juli",
     body=f"""Liebe Führungskräfte,

ab 1. Juli läuft das Betriebliche Eingliederungsmanagement (BEM) nach einer
neuen Betriebsvereinbarung. Was sich für Sie ändert:

1. Sobald Mitarbeitende innerhalb von 12 Monaten länger als sechs Wochen
   arbeitsunfähig waren, schreibt die Personalabteilung sie an – nicht Sie.
2. Diagnosen erfahren weder die Personalabteilung noch Sie. Im
   BEM-Gespräch spricht nur der oder die Beschäftigte über Gesundheitliches,
   und nur freiwillig.
3. Sie werden nur einbezogen, wenn es um konkrete Maßnahmen am
   Arbeitsplatz geht (z. B. Stehschreibtisch, stufenweise Wiedereingliederung).
4. Bitte keine Krankmeldungen oder AU-Bescheinigungen per Mail an die
   Personalabteilung weiterleiten – die kommen elektronisch von der Kasse.

Die Betriebsvereinbarung steht im Intranet. Fragen gern an mich.

{sig("vollmer")}""")

# ---- 0068 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection claim declined for non-disclosure of depression; named borrower, forwarded inline to the bank adviser",
     frm=addr("rehberg"), to="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="WG: RSV-7790-0412 Kuhn – Rücktritt wegen Anzeigepflichtverletzung",
     body=f"""Hallo Herr Kalbfleisch,

zur Info, da Herr Kuhn sicher in die Filiale kommt. Bitte keine Zusagen
machen; die Entscheidung ist final geprüft (auch von der Ärztin).

Gruß T. Rehberg

---------- Weitergeleitete Nachricht ----------
Von: Tobias Rehberg <t.rehberg@klv-versicherung.example>
An: Marcel Kuhn <marcel.kuhn@freenet-mail.example>
Datum: 01.06.2026 10:14
Betreff: Ihre Leistungsanfrage zum Kreditschutz RSV-7790-0412

Sehr geehrter Herr Kuhn,

Sie beantragen Leistungen wegen Arbeitsunfähigkeit seit 02.03.2026
(Diagnose: rezidivierende depressive Störung, F33.1). Aus den Unterlagen
Ihrer Krankenkasse ergibt sich, dass Sie wegen derselben Erkrankung bereits
2023 zwölf Wochen arbeitsunfähig waren und ambulant psychiatrisch behandelt
wurden. Diese Behandlung haben Sie bei Antragstellung im Oktober 2024 in
Frage 2 nicht angegeben.

Wir treten deshalb nach § 19 VVG vom Vertrag zurück ...""", date="2026-06-02 09:30")

# ---- 0069 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: internal IT security newsletter quoting a fake phishing mail about a 'health claim refund' and an IBAN request",
     frm="KLV IT Security <it-security@%s>" % DOMAIN, to="all-staff@%s" % DOMAIN,
     subject="Security Bulletin June: the 'refund of your health claim' phishing wave",
     body="""KLV IT SECURITY BULLETIN - JUNE 2026

This month several colleagues and savings-bank branches received this mail:

   "Dear customer, your health claim refund of 312.40 EUR could not be
    paid. Please confirm your IBAN and date of birth here: [link]"

It is phishing. We never ask customers or partners to confirm bank data
by clicking a link. The sender domain imitated ours with one letter
changed.

What to do:
- Do not click. Use the "Report phishing" button in Outlook.
- If you clicked, call the service desk (ext. 5000) immediately.

Reminder: confidential mail to customers and partners leaves only through
the secure mail gateway; never forward it to private accounts.

Your IT Security team""", charset="us-ascii", cte="7bit", date="2026-06-03 07:00")

# ---- 0070 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "registration data of a named bank adviser for the intermediary register: birth date, private address, register number",
     frm=addr("ochs"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     subject="Ihre Registrierung im Vermittlerregister – bitte prüfen",
     body=f"""Hallo Frau Aydın,

für die Meldung als gebundene Vermittlerin an die IHK Kassel-Marburg
haben wir folgende Daten erfasst. Bitte prüfen Sie sie bis Freitag:

  Name:            Selin Aydın
  Geburtsdatum:    07.09.1993
  Privatanschrift: Hainstraße 14, 34497 Korbach
  Arbeitgeber:     Stadtsparkasse Edertal
  Sachkunde:       Geprüfte Fachfrau für Versicherungen und Finanzen (IHK), 2021
  Register-Nr.:    D-W-140-K7PQ-22

Die Anschrift erscheint nicht im öffentlichen Register, nur Name, Nummer
und das haftungsübernehmende Unternehmen (KLV).

Danke und Gruß
Sabine Ochs""")

# ---- 0071 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "instruction to outside counsel in a disability lawsuit: named plaintiff, psychiatric expert opinion, diagnoses",
     frm=addr("kraus"), to="RA Dr. Frieder Brück <f.brueck@rosenthal-brueck.example>",
     subject="Klage Scharf ./. KLV Lebensversicherung AG – LG Kassel 4 O 318/26",
     body=f"""Sehr geehrter Herr Dr. Brück,

wir bitten Sie, uns im Verfahren Scharf ./. KLV Lebensversicherung AG vor
dem Landgericht Kassel (4 O 318/26) zu vertreten. Die Klageschrift ging
am 4. Juni bei uns ein; Fristablauf für die Verteidigungsanzeige ist der
18. Juni.

Zum Sachverhalt: Herr Oliver Scharf, Dachdecker, 52 Jahre, begehrt BU-Rente
aus BU-4420-1177 wegen chronischer Lumboischialgie (M54.4) nach zwei
Bandscheibenoperationen. Unser Gutachter Dr. Vaupel (Orthopädie) sah 40 %
BU. Der Kläger stützt sich zusätzlich auf eine Somatisierungsstörung
(F45.0); ein psychiatrisches Gutachten fehlt bislang.

Die vollständige Leistungsakte stellen wir Ihnen über das SecureMail-Portal
bereit. Wir halten einen Vergleich über eine befristete Leistung für
denkbar, bitten aber zunächst um Ihre Einschätzung.

Mit freundlichen Grüßen
{sig("kraus")}

{FOOT_DE}""", date="2026-06-05 11:20")

# ---- 0072 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "one-time password mail for portal registration; no content, no line of business",
     frm="KLV SecureMail <securemail@%s>" % DOMAIN, to="k.ruppert@webpost.example",
     subject="Ihr Einmal-Passwort für das KLV-SecureMail-Portal",
     body="""Guten Tag,

für Sie wurde ein Postfach im KLV-SecureMail-Portal eingerichtet.

Ihr Einmal-Passwort lautet:  rT7#vQ2m-Lk

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Bitte
melden Sie sich innerhalb von 14 Tagen an und vergeben Sie ein eigenes
Passwort sowie eine Sicherheitsfrage.

Diese Nachricht wurde automatisch erstellt.""", headers={"Auto-Submitted": "auto-generated"})

# ---- 0073 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "employment legal-expenses cover for the addressee: dismissal, monthly salary, employer named",
     frm=addr("seibert"), to="Ewa Nowicka <ewa.nowicka@mailo.example>",
     subject="Cover confirmed: unfair dismissal claim (RS-26-02004)",
     body=f"""Dear Ms Nowicka,

we confirm cover under your legal expenses policy RS-3390-8813-40 for your
action against the termination by Fertig & Partner Steuerberatung mbB
(notice dated 29 May 2026).

For the court fee estimate we used your gross monthly salary of
3,850 EUR stated in your contract (value in dispute = 3 months' salary,
11,550 EUR). Your lawyer, Ms Bettina Rosenthal, will receive our written
confirmation today.

Please note: in the first instance before the labour court, each party
bears its own lawyer's fees; these are covered by us. Your excess is
150 EUR.

Kind regards,
Hannah Seibert
Legal Expenses Claims""")

# ---- 0074 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: training note on the new accident limb table with anonymised example cases (amputation, eye), no person",
     frm=addr("marx"), to="Team Unfall-Leistung <unfall-leistung@%s>" % DOMAIN,
     subject="Schulung AUB 2026: Gliedertaxe – Beispiele",
     body="""Hallo zusammen,

für Donnerstag (Raum 3.12, 10 Uhr) schon mal die Rechenbeispiele zur neuen
Gliedertaxe. Alle Fälle sind konstruiert:

Beispiel A: Verlust eines Daumens     alt 20 %  neu 22 %
Beispiel B: Funktionsunfähigkeit eines Auges   alt 50 %  neu 50 %
Beispiel C: Amputation Unterschenkel (unterhalb Knie)   alt 50 %  neu 55 %
Beispiel D: Gehör auf einem Ohr        alt 30 %  neu 30 %

Mitwirkung von Krankheiten (Vorschaden): Abzug erst ab 40 % Mitwirkung –
bisher 25 %. Das betrifft vor allem Arthrose-Fälle an Knie und Schulter.

Bitte bringt eure Fragen mit.
Ines""", charset="windows-1252", cte="8bit")

# ---- 0075 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: invitation to a health-and-pension day in a branch with blood-pressure measurement and hearing test stands; event only",
     frm=addr("immel"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     cc="Filialleitung Bergheim <filiale.bergheim@%s>" % SSK_ED,
     subject="Vorsorgetag 20.06. – Ablauf und Kalendereintrag",
     body=f"""Hallo Frau Aydın,

hier der Ablauf für den Vorsorgetag in Ihrer Filiale:

  09:00  Aufbau (wir bringen Roll-ups, Flyer, Give-aways)
  10:00  Start – Stände: Pflegevorsorge, BU für junge Leute,
         Blutdruckmessen (DRK-Ortsverein), Hörtest (Optik Sehwerk)
  11:30  Kurzvortrag „Was zahlt die Pflegekasse wirklich?“
  14:00  Ende, Abbau

Wichtig: Die Messwerte vom Blutdruckstand werden nicht notiert und nicht
an uns weitergegeben – bitte auch keine Beratung direkt „auf den Wert hin“.

Kalendereintrag hängt an.

{sig("immel")}""", date="2026-06-10 09:30",
     atts=[A_ics("Vorsorgetag_Edertal.ics", "vt-2026-06-20", "20260620T090000", "20260620T140000",
                 "Vorsorgetag Stadtsparkasse Edertal", "Filiale Bergheim, Bahnhofstraße 2",
                 "Stände: Pflege, BU, Blutdruckmessen (DRK), Hörtest (Optik Sehwerk). Vortrag 11:30.",
                 "l.immel@" + DOMAIN)])

# ---- 0076 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "short glass-breakage claim reply to the addressee with policy and claim number",
     frm=addr("brandt"), to="Paul Siebert <paul.siebert@t-net.example>",
     subject="AW: Glasschaden Ceranfeld",
     body="""Hallo Herr Siebert,

passt – schicken Sie uns einfach die Rechnung vom Elektriker, dann
erstatten wir das Ceranfeld komplett (Glasversicherung GL-2290-3318-1,
Schaden GL-26-00417). Keine Selbstbeteiligung.

Gruß L. Brandt

> Hallo, mir ist gestern eine Pfanne aufs Ceranfeld gefallen, jetzt ist
> ein Sprung drin. Zahlt das die Glasversicherung? Gruß Paul Siebert""")

# ---- 0077 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: data processing agreement annex with the assistance company listing categories of health data and TOMs; no person",
     frm=addr("lengemann"), to="Data Protection Office <dpo@globeassist.example>",
     subject="DPA annex 2 (categories of data, TOMs) - our comments",
     body=f"""Dear Mr Osei,

thank you for the draft. Our comments on annex 2:

1. Categories of data: please list "health data (diagnoses, treatment,
   fitness to fly)" and "data on relatives (emergency contacts)" explicitly
   as special categories under Art. 9 GDPR.
2. Transfer: medical reports to us only via the secure portal or
   S/MIME-encrypted mail; our gateway rejects unencrypted mail with medical
   content to your domain from 1 July.
3. Sub-processors outside the EEA: please name the air ambulance operators
   and the legal basis (SCCs).
4. Deletion: 6 months after case closure, unless retention is required.

We can sign once these are in. Happy to have a call next week.

Best regards,
{sig("lengemann", "en")}""")

# ---- 0078 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
     "large-claim notification to the reinsurer: named deceased insured, cause of death pancreatic cancer, sum at risk",
     frm=addr("donnelly"), to="Claims <life.claims@northbridge-re.example>",
     subject="Large claim notice LC-2026-07 (RSV/term life) - Mr Werner Bachmann",
     body=f"""Dear colleagues,

under clause 9 of the quota share we notify the following claim:

  Insured:         Werner Bachmann, born 1961-02-09, died 2026-05-28
  Cause of death:  pancreatic carcinoma (C25.0), diagnosed 11/2025
  Contracts:       RSV-8001-2276 (loan protection, Sparkasse Werra-Meissner-Tal)
                   LV-7720-0091 (term life)
  Sum at risk:     RSV 146,300 EUR; term life 200,000 EUR
  Your share:      40 % = 138,520 EUR
  Contestability:  policies older than 3 years, no investigation planned

Payment to the bank and the beneficiary is scheduled for 15 July.
Documents in the data room, folder LC-2026-07.

Regards,
Claire Donnelly""")

# ---- 0079 -----------------------------------------------------------------
mail("NORMAL", "mixed", "insurer-to-broker",
     "bilingual poster text for the branch ('Insurance at your savings bank'); marketing only",
     frm=addr("kestner"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     subject="Plakat DE/EN für die Filiale – Korrekturabzug",
     body=f"""Hallo Frau Aydın,

hier der Text für das zweisprachige Plakat, bevor es in den Druck geht.
Passt das für Ihre internationalen Kundinnen und Kunden?

  Versicherung in Ihrer Sparkasse
  Insurance at your savings bank

  Hausrat · Haftpflicht · Kfz · Vorsorge · Kreditschutz
  Home contents · liability · car · pensions · loan protection

  Beratung auch auf Englisch – fragen Sie am Service-Schalter.
  Advice in English available - just ask at the service desk.

Bis Mittwoch wäre super.

Viele Grüße / best
Miriam""")

# ---- 0080 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "cargo claim of a haulage company with named contact and driver, policy and claim numbers",
     frm=addr("steinbach"), to="Disposition <dispo@spedition-kehr.example>",
     subject="Transportschaden TR-26-00188 – Kühlware Tour 4471",
     body=f"""Sehr geehrte Frau Kehr,

zum Schaden an der Kühlware (Tour 4471, Fahrer Herr Waldemar Friesen,
Kennzeichen HR-SK 771) am 9. Juni:

Der Temperaturschreiber zeigt eine Unterbrechung der Kühlung von 3 h 40 min.
Nach Ihrer Verkehrshaftungsversicherung VH-5510-0291 sind Schäden durch
Ausfall der Kühlaggregate gedeckt, wenn das Aggregat gewartet war. Bitte
senden Sie uns den letzten Wartungsnachweis und die Stellungnahme von Herrn
Friesen.

Der Empfänger (Frischmarkt Göbel KG) fordert 18.420 EUR.

Mit freundlichen Grüßen
Marco Steinbach""")

# ---- 0081 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "long-term care: care level 3 for the addressee's mother, letter to the authorised daughter, assessment summary in ODT",
     frm=addr("yildiz"), to="Sonja Pfetzing <sonja.pfetzing@gmx-post.example>",
     subject="Pflegeeinstufung Ihrer Mutter Frau Erna Pfetzing",
     body=f"""Sehr geehrte Frau Pfetzing,

als Bevollmächtigte Ihrer Mutter erhalten Sie unser Ergebnis: Nach dem
Gutachten von MEDICPROOF vom 16.06.2026 liegt Pflegegrad 3 vor (47,5
gewichtete Punkte). Die Zusammenfassung des Gutachtens hängt an.

Pflegegeld aus der privaten Pflegepflichtversicherung: 599 EUR monatlich ab
1. Mai 2026. Zusätzlich zahlt die Pflegetagegeldversicherung PT-2207-1104
60 % von 90 EUR je Tag.

Mit freundlichen Grüßen
{sig("yildiz")}""",
     atts=[A_odt("Gutachten_Zusammenfassung_Pfetzing.odt", [
         "Zusammenfassung Pflegegutachten – Erna Pfetzing, geb. 02.04.1938",
         "Modul 1 Mobilität: 7,5 Punkte (Rollator, Treppensteigen nicht möglich)",
         "Modul 2/3 Kognition/Verhalten: 11,25 Punkte (mittelschwere Demenz vom Alzheimer-Typ, F00.1)",
         "Modul 4 Selbstversorgung: 17,5 Punkte",
         "Modul 5 Umgang mit krankheitsbedingten Anforderungen: 7,5 Punkte (Insulin, Wundversorgung)",
         "Ergebnis: 47,5 Punkte = Pflegegrad 3, Wiederholungsbegutachtung in 2 Jahren"])])

# ---- 0082 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: IT ticket about a printer that does not print 'Arztberichte'; document type only",
     frm="KLV Service Desk <servicedesk@%s>" % DOMAIN, to=addr("kraus"),
     subject="[INC-2026-118402] Drucker 3. OG druckt Arztberichte nur leer – gelöst",
     body="""Hallo Frau Kraus,

Ihr Ticket INC-2026-118402 wurde gelöst.

Ursache: Der Druckertreiber auf PRN-3OG-02 konnte die eingebetteten
Schriften der PDF-Arztberichte aus der E-Akte nicht darstellen, daher
kamen leere Seiten. Treiber aktualisiert, Testdruck erfolgreich.

Hinweis: Fehlausdrucke bitte in die Datenschutztonne, nicht ins Altpapier.

Falls das Problem erneut auftritt, antworten Sie einfach auf diese Mail.

KLV Service Desk, Durchwahl 5000""", headers={"Auto-Submitted": "auto-generated"})

# ---- 0083 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "e-bike theft claim of the addressee: frame number, address, police reference",
     frm=addr("brandt"), to="Lukas Morgan <lukas.morgan@outlook-mail.example>",
     subject="E-bike theft - claim HR-26-03310",
     body=f"""Hi Mr Morgan,

thanks for the police report. Claim HR-26-03310 is registered under your
home contents policy HR-7741-4410-8 (with the bicycle add-on).

  Bike:            Cube Kathmandu Hybrid, frame no. WCU4471882K
  Stolen from:     locked bike room, Friedrich-Ebert-Str. 122, Kassel
  Police ref.:     ST/0722193/2026
  Purchase price:  3,299 EUR (April 2024)
  Reimbursement:   new-for-old, limit 3,000 EUR for the bicycle add-on

We'll transfer 3,000 EUR within a week unless the bike turns up.

Cheers,
Leonie Brandt""")

# ---- 0084 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request to an Irish GP for the medical history of a named disability applicant (anxiety, back pain), consent attached",
     frm=addr("sandrock"), to="Dr Aoife Brennan <reception@rathmines-gp.example>",
     subject="Medical report request - Mr Cian Doherty, DOB 02/11/1991",
     body=f"""Dear Dr Brennan,

your former patient Mr Cian Doherty, date of birth 2 November 1991, now
living in Germany, has applied for disability income insurance with us
through his savings bank. He states that he was your patient from 2015
to 2023 and was treated for:

- an episode of anxiety with panic attacks in 2019 (sertraline for 9 months)
- recurrent lower back pain, physiotherapy 2021

Could you kindly send us a brief report on these two conditions, including
dates, treatment and outcome, and any other relevant history? His signed
consent is attached. We will pay your usual fee (please invoice in EUR or
GBP).

Please reply via our secure portal: https://securemail.klv-versicherung.example
(link valid 30 days).

Yours sincerely,
{sig("sandrock", "en")}

{FOOT_EN}""",
     atts=[A_pdf("Consent_Doherty_signed.pdf", [
         "Authority to release medical information",
         "I, Cian Doherty, born 02/11/1991, authorise Dr Aoife Brennan, Rathmines,",
         "to release my medical records to KLV Lebensversicherung AG for the assessment",
         "of my application BU-9952-0311.   Signed: C. Doherty, Kassel, 22 June 2026"])])

# ---- 0085 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: catering order for a branch event with dietary words (gluten-free, lactose-free, diabetic-friendly), no person",
     frm=addr("pfeil"), to="Buchungen <buchung@landgasthof-eder.example>",
     subject="Catering Vorsorgetag 20.06. – Bestellung",
     body="""Hallo Herr Vaupel,

für den Vorsorgetag in der Sparkasse Bergheim bestellen wir:

- 60 belegte Brötchen, davon 15 vegetarisch, 5 vegan
- 10 Portionen glutenfrei und 10 laktosefrei, bitte gekennzeichnet
- Obstplatte, Gemüsesticks, zuckerfreie Getränke (auch für Diabetiker
  geeignete Kekse, falls möglich)
- Kaffee, Tee, Wasser

Lieferung 9:30 Uhr, Bahnhofstraße 2, Edertal-Bergheim.
Rechnung an KLV, Bestellnummer 4500-903.

Danke!
Stefan Pfeil""", date="2026-06-11 13:05")

# ---- 0086 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "change of address of a named customer with birth date and several non-personal contracts, sent to the bank adviser",
     frm=addr("kestner"), to="Jana Heuser <jana.heuser@%s>" % SPK_WT,
     subject="Umzug Kundin Mareike Stöber – Verträge umgestellt",
     body="""Hallo Jana,

kurze Rückmeldung: Wir haben den Umzug von Frau Mareike Stöber
(geb. 19.01.1994) umgestellt.

alt: Bahnhofstraße 9, 37269 Eschwege
neu: Am Hohen Rain 15, 37213 Witzenhausen (ab 01.07.2026)

Hausrat HR-2208-1133-0: neue Tarifzone, Beitrag +14,20 EUR/Jahr
Kfz KF-5530-8812-4 (ESW-MS 94): Regionalklasse ändert sich, Beitrag
-22,90 EUR/Jahr
Privathaftpflicht: unverändert

Die neuen Scheine gehen ihr per Post zu. Vielleicht kannst du ihr noch
zur neuen Wohnung eine Glasversicherung anbieten.

LG Miriam""")

# ---- 0087 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection application with disclosed alcohol-dependency treatment; decision only inside a ZIP (PDF + CSV)",
     frm=addr("wehrheim"), to="Kreditsachbearbeitung <kredit@%s>" % KSK_SG,
     cc="Markus Eifert <markus.eifert@%s>" % KSK_SG,
     subject="Entscheidung Kreditschutz zu Darlehen 40 233 118",
     body=f"""Guten Tag,

anbei im ZIP unsere Entscheidung und die Antragsdaten zum o. g. Darlehen.
Bitte zur Kreditakte nehmen.

Freundliche Grüße
{sig("wehrheim")}""",
     atts=[A_zip("Entscheidung_40233118.zip", [
         ("Votum_RSV_40233118.pdf", A_pdf("x", [
             "Votum Kreditschutz - Darlehen 40 233 118",
             "Versicherte Person: Ralf Dippel, geb. 25.04.1977, Borken (Hessen)",
             "Angabe Frage 2: stationaere Entwoehnungsbehandlung Alkohol (F10.2) 2022, seitdem abstinent",
             "Entscheidung: Todesfallschutz angenommen; AU-Schutz abgelehnt (Rueckfallrisiko innerhalb 5 Jahren)",
             "Neuantrag AU-Schutz ab 2027 moeglich mit Abstinenznachweis (CDT, Hausarztbericht)"])),
         ("Antragsdaten_40233118.csv", csvtext([
             ["Darlehen", "Name", "Geburtsdatum", "Summe", "Laufzeit", "Tod", "AU", "AL"],
             ["40233118", "Ralf Dippel", "25.04.1977", "24000", "60", "angenommen", "abgelehnt", "angenommen"]]))])])

# ---- 0088 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: monthly claims KPI report with health-claims backlog and turnaround times, also as an HTML attachment; aggregates only",
     frm=addr("koerber"), to="Claims management <claims-mgmt@%s>" % DOMAIN,
     subject="Claims KPIs June 2026",
     body="""Hi all,

June numbers (all lines):

  line                       new claims   closed   backlog   median days
  health (outpatient)            18,422   18,090     3,114       4
  health (inpatient)              1,208    1,177       402       9
  long-term care                    311      290       188      21
  life / disability (BU)             64       58       221      67
  credit protection (RSV)           197      203       142      18
  motor                           2,905    2,870     1,044      12
  property                        1,612    1,540       930      15

Notable: the RSV backlog fell below 150 for the first time since the
new upload process. BU median remains high (waiting for medical reports).

Dashboard: https://bi.klv-versicherung.example/claims

Till""", cte="7bit", charset="us-ascii", date="2026-07-06 09:00",
     atts=[A_html("claims_kpi_2026-06.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Claims KPIs June 2026</title></head><body>
<h2>Claims KPIs June 2026 (all lines, aggregated)</h2>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>line</th><th>new</th><th>closed</th><th>backlog</th><th>median days</th></tr>
<tr><td>health (outpatient)</td><td>18422</td><td>18090</td><td>3114</td><td>4</td></tr>
<tr><td>health (inpatient)</td><td>1208</td><td>1177</td><td>402</td><td>9</td></tr>
<tr><td>long-term care</td><td>311</td><td>290</td><td>188</td><td>21</td></tr>
<tr><td>life / disability (BU)</td><td>64</td><td>58</td><td>221</td><td>67</td></tr>
<tr><td>credit protection (RSV)</td><td>197</td><td>203</td><td>142</td><td>18</td></tr>
<tr><td>motor</td><td>2905</td><td>2870</td><td>1044</td><td>12</td></tr>
<tr><td>property</td><td>1612</td><td>1540</td><td>930</td><td>15</td></tr>
</table><p>Source: claims data warehouse, no policy-level data.</p></body></html>""")])

# ---- 0089 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
     "bilingual trip-cancellation decision for the addressee: cancellation because of the mother's stroke, medical certificate",
     frm=addr("grebe"), to="Elif Demir-Stewart <elif.demirstewart@mailo.example>",
     subject="Reiserücktritt / trip cancellation RR-26-00931",
     body=f"""Sehr geehrte Frau Demir-Stewart,
dear Ms Demir-Stewart,

(English below)

wir erstatten die Stornokosten Ihrer Reise nach Kanada in Höhe von
2.140 EUR. Das ärztliche Attest von Dr. Kılıç bestätigt, dass Ihre Mutter,
Frau Ayşe Demir, am 2. Juli einen Schlaganfall erlitten hat und Sie sie
pflegen müssen. Als Risikoperson ist Ihre Mutter mitversichert.

We will reimburse the cancellation costs of 2,140 EUR for your trip to
Canada. The medical certificate confirms your mother's stroke on 2 July and
that you need to care for her. As a close relative she counts as a risk
person under your policy RR-1102-4471.

Wir wünschen Ihrer Mutter gute Besserung. / We wish your mother a good
recovery.

Oliver Grebe
Reise- und Auslandskrankenversicherung""", date="2026-07-24 10:05")

# ---- 0090 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "transfer of a no-claims class from father to daughter: both named with birth dates, policy numbers",
     frm=addr("dittmar"), to="Lina Hartung <lina.hartung@gmx-post.example>",
     cc="Rainer Hartung <r.hartung@t-net.example>",
     subject="SF-Übertragung vom Vater – bestätigt",
     body=f"""Hallo Frau Hartung,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater ist
eingetragen:

  abgebend:    Rainer Hartung, geb. 11.05.1961, Vertrag KF-5520-0177-3
               (Zweitwagen VW Polo, SF 8)
  übernehmend: Lina Hartung, geb. 27.02.2003, neuer Vertrag KF-5530-9917-0
               (Führerschein seit 03/2021 → anrechenbar SF 5)

Ihr Beitrag sinkt damit von 1.122,40 EUR auf 486,15 EUR im Jahr. Der
Vertrag Ihres Vaters für den Polo endet zum 31.07.2026.

Viele Grüße
Frank Dittmar""")

# ---- 0091 -----------------------------------------------------------------
_m91 = inner("Sabine Heckmann <sabine.heckmann@webpost.example>",
             "Tobias Rehberg <t.rehberg@%s>" % DOMAIN,
             "Kreditschutz – ich bin krankgeschrieben", "Tue, 28 Jul 2026 19:44:10 +0200",
             """Sehr geehrter Herr Rehberg,

bei mir wurde im Juni Brustkrebs festgestellt (links, C50.4), ich bekomme
seit dem 6. Juli Chemotherapie in der Onkologie am Klinikum Fuldaaue und bin
bis mindestens Dezember krankgeschrieben. Die AU-Bescheinigungen lade ich
wie besprochen hoch.

Können Sie bitte auch der Sparkasse Bescheid geben, dass die Raten für
mein Darlehen 7001 612 774 von Ihnen übernommen werden? Ich schaffe es
gerade nicht, selbst hinzugehen.

Vielen Dank
Sabine Heckmann""")
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "loan-protection incapacity claim: body only says instalments are taken over; the attached customer mail (message/rfc822) names breast cancer C50.4 and chemotherapy",
     frm=addr("rehberg"), to="Kreditsachbearbeitung <kredit@%s>" % SPK_WT,
     subject="Darlehen 7001 612 774 – Ratenübernahme",
     body=f"""Guten Tag,

auf Wunsch der Kundin leite ich Ihnen ihre Nachricht weiter. Wir
übernehmen die Raten ab August im Rahmen des Kreditschutzes; die
Leistungsmitteilung folgt gesondert.

Freundliche Grüße
{sig("rehberg")}""",
     atts=[A_eml(_m91, "Kreditschutz - ich bin krankgeschrieben.eml")], date="2026-07-30 08:20")

# ---- 0092 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "reinsurance settlement figures for finance; portfolio totals only",
     frm=addr("donnelly"), to="Finance - Reinsurance Accounting <re-accounting@%s>" % DOMAIN,
     subject="Q2 settlement Northbridge RSV QS - please book",
     body="""Hi Jens,

Q2 account for the RSV quota share, agreed with Northbridge today:

  ceded premium            4,212,880.00
  reinsurance commission  -1,306,000.00
  ceded claims paid         -968,410.55
  change in reserves        -121,300.00
  balance due to reinsurer  1,817,169.45  EUR

Bordereau (412 claims, portfolio level) is in the data room. Payment value
date 14 August to their account on file, as always.

Thanks,
Claire""", cte="7bit", charset="us-ascii")

# ---- 0093 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "flood damage in the addressee's basement after heavy rain: address, policy, claim number, assessor visit",
     frm=addr("brandt"), to="Familie Lippert <lippert.familie@t-net.example>",
     subject="Starkregen 26.07. – Ihr Schaden WG-26-04418",
     body=f"""Sehr geehrte Frau Lippert, sehr geehrter Herr Lippert,

wir haben Ihre Meldung zum Wasserschaden im Keller Ihres Hauses
Ulmenweg 6, 34587 Felsberg, erhalten (Wohngebäude WG-4471-2209-5 mit
Elementarschutz, Hausrat HR-2203-7710-1).

Unser Regulierer, Herr Dietrich, kommt am Dienstag, 4. August, zwischen
10 und 12 Uhr. Bitte bewahren Sie beschädigte Gegenstände bis dahin auf
und machen Sie Fotos. Die Trocknungsfirma dürfen Sie sofort beauftragen.

Abschlag: Wenn Sie möchten, zahlen wir vorab 2.000 EUR. Kurze Antwort genügt.

Mit freundlichen Grüßen
{sig("brandt")}""", date="2026-07-28 15:30")

# ---- 0094 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: draft commission model 2027 with rates per product (life, BU, RSV) in an XLSX; no adviser, no customer",
     frm=addr("ochs"), to="Vorstandsstab Vertrieb <vertrieb-stab@%s>" % SSK_ED,
     cc="Vorstandsstab Vertrieb <vertrieb-stab@%s>, Vorstandsstab <stab@%s>" % (SPK_WT, KSK_SG),
     subject="Entwurf Provisionsmodell 2027 zur Vorbereitung Vertriebsausschuss",
     body=f"""Sehr geehrte Damen und Herren,

anbei der Entwurf des Provisionsmodells 2027. Kernpunkte: Abschlussprovision
Leben auf 25 ‰ der Beitragssumme gedeckelt (LVRG), Kreditschutz von 18 % auf
15 % des Einmalbeitrags, dafür neue Bestandsprovision Sach 2 %.

Bitte bis 28. August Rückmeldung, damit wir im Ausschuss entscheiden können.

{sig("ochs")}""",
     atts=[A_xlsx("Provisionsmodell_2027_Entwurf.xlsx", [
         ["Produkt", "Bemessung", "2026", "2027 Entwurf", "Stornohaftung Monate"],
         ["Rentenversicherung", "‰ Beitragssumme", 25, 25, 60],
         ["Risikoleben", "‰ Beitragssumme", 30, 25, 60],
         ["BU", "‰ Beitragssumme", 35, 30, 60],
         ["Kreditschutz", "% Einmalbeitrag", 18, 15, "Laufzeit"],
         ["Hausrat/Wohngebäude", "% Jahresbeitrag", 20, 18, 12],
         ["Kfz", "% Jahresbeitrag", 6, 6, 12],
         ["Bestandsprovision Sach", "% laufend", 0, 2, 0]], sheet="Modell")])

# ---- 0095 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "disability claim of the addressee: long COVID / post-viral fatigue U09.9, questionnaire and reports requested",
     frm=addr("kraus"), to="Daniel Okoro <daniel.okoro@outlook-mail.example>",
     subject="Your disability claim BU-26-0114 - next steps",
     body=f"""Dear Mr Okoro,

thank you for your claim form. You state that since your COVID infection in
January you have been unable to work as a software developer more than
3 hours a day because of severe fatigue, concentration problems and
post-exertional malaise (diagnosis of your GP: post-COVID condition, U09.9).

To assess your claim we need:

1. the discharge report of your rehabilitation stay in Bad Wildungen
2. the report of the neurologist (including the neuropsychological tests)
3. a description of your typical working day before January (form enclosed
   in your portal mailbox)
4. your consent for us to request your health insurer's records

You can upload everything in the portal. We aim to decide within four
weeks of receiving the documents.

Kind regards,
{sig("kraus", "en")}""")

# ---- 0096 -----------------------------------------------------------------
_mca_iban = iban("DE", "52350005" + "0091207714")
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "direct-debit mandate confirmation for the addressee's car policy with full IBAN; base64 body",
     frm="KLV Customer Service <service@%s>" % DOMAIN, to="Fiona McAllister <fiona.mcallister@mailo.example>",
     subject="Your SEPA direct debit mandate - policy KF-5530-9920-1",
     body=f"""Dear Ms McAllister,

we have set up the direct debit for your car insurance:

  Policy:              KF-5530-9920-1 (Mini Countryman, KB-FM 315)
  Account holder:      Fiona McAllister
  IBAN:                {_mca_iban}
  Mandate reference:   KLV-KF55309920
  Creditor ID:         DE98ZZZ09999999999
  First collection:    1 September 2026, 57.01 EUR (monthly)

If anything is wrong, please call us on +49 561 7098-3000.

Kind regards,
KLV Customer Service""", cte="base64")

# ---- 0097 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: minutes of the joint sales committee: RSV lapse rates, health-question abandonment, commission model; aggregates only, in DOCX",
     frm=addr("fenske"), to="Vertriebsausschuss <vertriebsausschuss@%s>" % DOMAIN,
     subject="Protokoll Vertriebsausschuss Sparkassen 2/2026",
     body=f"""Sehr geehrte Damen und Herren,

anbei das Protokoll der Sitzung vom 13. August zur Freigabe bis Monatsende.

Mit freundlichen Grüßen
{sig("fenske")}""",
     atts=[A_docx("Protokoll_VA_2-2026.docx", [
         "**Protokoll Gemeinsamer Vertriebsausschuss Sparkassen 2/2026",
         "Teilnehmende: Vorstände der vier Partnersparkassen, J. Saalfeld (KLV), M. Kestner, L. Immel, S. Ochs",
         "TOP 1: Absatz 1. Halbjahr – Leben +7 %, BU +18 %, RSV -3 %, Sach +4 %.",
         "TOP 2: Stornoquote RSV 11,4 % (Vorjahr 12,9 %); Hauptgrund vorzeitige Tilgung, nicht Leistungsablehnung.",
         "TOP 3: Abbruchquote bei Gesundheitsfragen BU von 19 % auf 11 % gesunken seit digitalem Fragebogen.",
         "TOP 4: Provisionsmodell 2027 – Sparkassen bitten um Übergangsfrist für Kreditschutz; KLV prüft.",
         "TOP 5: Nächste Sitzung 19.11.2026."])], date="2026-08-18 16:40")

# ---- 0098 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "short decline of a care add-on; the Parkinson diagnosis of the named customer is only in the adviser's quoted question",
     frm=addr("wehrheim"), to="Jana Heuser <jana.heuser@%s>" % SPK_WT,
     subject="AW: Pflegezusatz für Herrn Vockerodt?",
     body="""Hallo Frau Heuser,

leider nein – bei dieser Vorgeschichte können wir keinen Pflegezusatz
anbieten, auch nicht mit Zuschlag. Eine Sterbegeldversicherung ohne
Gesundheitsfragen (Wartezeit 3 Jahre) wäre möglich.

Gruß J. Wehrheim

-----Ursprüngliche Nachricht-----
Von: Jana Heuser <jana.heuser@sparkasse-werratal.example>
Gesendet: Mittwoch, 19. August 2026 14:02
An: Wehrheim, Jonas
Betreff: Pflegezusatz für Herrn Vockerodt?

Hallo Herr Wehrheim,

mein Kunde Herr Gustav Vockerodt (68) möchte eine Pflegezusatz-
versicherung. Er hat seit 2023 Parkinson, nimmt L-Dopa und ist noch
selbstständig, fährt auch noch Auto. Geht da was?

Viele Grüße
Jana Heuser
Sparkasse Werra-Meißner-Tal, Filiale Brückenstraße""", date="2026-08-20 09:05")

# ---- 0099 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: pricing basis for a new disability product: incidence rates by age and cause; no individual",
     frm=addr("donnelly"), to="Pricing Life & Health <pricing@northbridge-re.example>",
     subject="BU Starter - incidence assumptions for your review",
     body=f"""Hi Marcus, hi Hannah,

ahead of our pricing call, the proposed incidence basis for "BU Starter"
(ages 16-30, simplified 5-year health questions):

  age   incidence per mille   of which psych (F)   musculoskeletal (M)
  20          0.62                  41 %                 18 %
  25          0.88                  39 %                 20 %
  30          1.21                  36 %                 22 %

Loadings vs. our standard BU table: +12 % for the shorter look-back,
-5 % for the occupation mix (apprentices in banks and offices dominate).
Recovery rates unchanged.

Source: our own 2019-2025 experience, 41,300 policy years, plus your
market table. Happy to share the full tables via the data room.

Best,
Claire""")

# ---- 0100 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "legal-expenses neighbour dispute of the addressee: tree on the boundary, neighbour named, claim number",
     frm=addr("seibert"), to="Mark Ellison <mark.ellison@webpost.example>",
     subject="Your neighbour dispute - cover RS-26-02877",
     body=f"""Dear Mr Ellison,

thank you for your call. Your policy RS-3390-5520-17 includes property and
neighbour disputes, so we cover a lawyer for your dispute with your
neighbour Mrs Hildegard Sauer about the walnut tree on the boundary
(Am Rain 3 / Am Rain 5, 34260 Kaufungen).

A mediation through our partner mediator is free of charge and without an
excess; if you choose a lawyer straight away, your excess of 300 EUR
applies. Let me know which you prefer.

Claim number: RS-26-02877

Kind regards,
Hannah Seibert""")

# ---- 0101 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee of payment to a Croatian hospital for a named child with appendicitis; HTML-only with table",
     frm=addr("grebe"), to="Admissions <admissions@kb-split-travelclinic.example>",
     subject="Guarantee of payment - Jonas Weitzel (child), KLV case TA-26-1187",
     html="""<html><body>
<p>Dear colleagues,</p>
<p>Kurhessische Landesversicherung AG hereby guarantees payment for the following patient:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><td><b>Patient</b></td><td>Jonas Weitzel, born 12.03.2016</td></tr>
<tr><td><b>Insured under</b></td><td>family travel health policy RKV 88-905-221 (policyholder: Martina Weitzel)</td></tr>
<tr><td><b>Admission</b></td><td>16.08.2026, paediatric surgery</td></tr>
<tr><td><b>Diagnosis</b></td><td>acute appendicitis (K35.8), laparoscopic appendectomy</td></tr>
<tr><td><b>Guarantee</b></td><td>up to 9,000 EUR, general ward, one accompanying parent</td></tr>
</table>
<p>Please send the invoice and discharge summary to our assistance partner Globe Assist (reference GA-448812).</p>
<p>Kind regards<br>Oliver Grebe<br>Travel &amp; International Health<br>KLV Krankenversicherung AG</p>
</body></html>""", date="2026-08-16 21:40")

# ---- 0102 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-partner",
     "trap: press release on average premium increases in private health insurance, medical cost inflation; no person",
     frm="KLV Presse <presse@%s>" % DOMAIN, to="Redaktion Wirtschaft <wirtschaft@hna-nordhessen.example>",
     subject="Pressemitteilung: KLV passt Beiträge in der Krankenversicherung an",
     body="""PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

KLV Krankenversicherung passt Beiträge zum 1. Januar 2027 an

Kassel, 27. August 2026. Die KLV Krankenversicherung AG erhöht die
Beiträge in der privaten Krankenvollversicherung zum 1. Januar 2027 um
durchschnittlich 4,1 Prozent. Rund 38 Prozent der Versicherten sind nicht
betroffen, bei 9 Prozent sinkt der Beitrag.

Hauptgründe sind gestiegene Ausgaben für stationäre Behandlungen (+8,7 %),
teure neue Arzneimittel in der Onkologie sowie höhere Honorare nach der
GOÄ-Reform. Die Pflegepflichtversicherung bleibt unverändert.

Versicherte ab 60 Jahren erhalten automatisch eine Information über
beitragsgünstigere Tarife nach § 204 VVG.

Pressekontakt: Anja Merle, presse@klv-versicherung.example, 0561 7098-1010""",
     date="2026-08-27 10:00")

# ---- 0103 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "D&O claim notification: named managing director of a company, allegation, policy number",
     frm=addr("steinbach"), to="Legal Department <legal@hessen-precision.example>",
     subject="D&O policy DO-6610-0042 - notification of claim against Mr Andreas Kling",
     body=f"""Dear Ms Petersen,

we acknowledge receipt of the notification under your D&O policy
DO-6610-0042. The claim is registered as DO-26-0009.

As we understand it, the insolvency administrator of your former
subsidiary, Hessen Precision Tools GmbH, holds the former managing
director, Mr Andreas Kling, liable for payments made after insolvency
(section 15b InsO), total 412,000 EUR.

We will examine cover and have instructed Rosenthal Brück
Rechtsanwälte to defend Mr Kling under reservation of rights. Please
forward all correspondence with the administrator to us without delay.

Kind regards,
{sig("steinbach", "en")}

{FOOT_EN}""")

# ---- 0104 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR: graded return to work of a named employee after cancer therapy, severe-disability status; internal",
     frm=addr("vollmer"), to="Thorsten Mohr <t.mohr@%s>" % DOMAIN,
     subject="Wiedereingliederung Frau Kemmerer ab 1.9.",
     body=f"""Hallo Herr Mohr,

wie mit Ihnen und Frau Kemmerer abgestimmt, beginnt ihre stufenweise
Wiedereingliederung (Hamburger Modell) am 1. September:

  Woche 1–2: 3 Std./Tag
  Woche 3–4: 4 Std./Tag
  Woche 5–6: 6 Std./Tag
  ab 12. Oktober: volle Arbeitszeit, falls die Ärztin zustimmt

Frau Kemmerer hat uns selbst erlaubt, Ihnen zu sagen, dass sie nach der
Brustkrebstherapie noch schnell erschöpft ist; bitte in den ersten Wochen
keine Telefondienste und keine Dienstreisen. Der Antrag auf
Schwerbehinderung (GdB 50) ist gestellt, daher gilt der Zusatzurlaub
voraussichtlich ab Antragsdatum.

Bitte vertraulich behandeln und nicht im Team weitergeben.

{sig("vollmer")}""")

# ---- 0105 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: certificate exchange for gateway encryption with a savings bank; public certificate and fingerprint only, 'Gesundheitsdaten' as a word",
     frm=addr("hupfeld"), to="IT-Sicherheit <it-sicherheit@%s>" % SPK_VN,
     subject="Erneuerung Domänenzertifikat klv-versicherung.example (S/MIME-Gateway)",
     body=f"""Hallo zusammen,

unser Domänenzertifikat für die Gateway-zu-Gateway-Verschlüsselung läuft
am 30.09. ab. Das neue Zertifikat hängt an (nur der öffentliche Teil).
Bitte bis 23.09. in Ihrem Gateway hinterlegen; das alte bleibt bis
Ablauf parallel gültig.

Fingerprint SHA-256:
7C:41:9E:02:B8:55:1A:6F:C3:90:2D:74:E1:08:AB:3F:
66:D2:19:50:8E:C4:07:BB:31:9A:F2:45:6D:E0:12:88

Ohne Hinterlegung fallen Mails mit Gesundheitsdaten auf das Portal zurück,
das wollen wir den Beratern ersparen.

{sig("hupfeld")}""",
     atts=[A_txt("klv-versicherung.example_2026-2028.pem", """-----BEGIN CERTIFICATE-----
MIIDxTCCAq2gAwIBAgIUKLV0Z2F0ZXdheS0yMDI2LWRvbWFpbi1jZXJ0MA0GCSqG
SIb3DQEBCwUAMHExCzAJBgNVBAYTAkRFMQ8wDQYDVQQIDAZIZXNzZW4xDzANBgNV
BAcMBkthc3NlbDEiMCAGA1UECgwZS3VyaGVzc2lzY2hlIExhbmRlc3ZlcnMuMRww
GgYDVQQDDBNrbHYtdmVyc2ljaGVydW5nLmV4MB4XDTI2MDkwMTAwMDAwMFoXDTI4
MDkzMDIzNTk1OVowcTELMAkGA1UEBhMCREUxDzANBgNVBAgMBkhlc3NlbjEPMA0G
-----END CERTIFICATE-----
""")], charset="utf-8", cte="quoted-printable")

# ---- 0106 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "training-hours list of named bank advisers with birth dates for the IDD evidence, ODS; body harmless",
     frm=addr("kestner"), to="Personalentwicklung <personalentwicklung@%s>" % SPK_VN,
     subject="IDD-Weiterbildungsnachweis 2026 – Stand 31.08.",
     body="""Guten Tag Frau Hahner,

wie jedes Jahr der Zwischenstand der Weiterbildungszeiten Ihrer
Versicherungsberaterinnen und -berater (Pflicht: 15 Stunden). Bei zwei
Personen fehlen noch Stunden – die Termine für Oktober stehen im
Bildungsportal.

Mit freundlichen Grüßen
Miriam Kestner""",
     atts=[A_ods("IDD_Stunden_SPK_VN_2026-08.ods", [
         ["Name", "Vorname", "Geburtsdatum", "Register-Nr.", "Stunden 2026", "offen"],
         ["Kalbfleisch", "Björn", "14.02.1988", "D-W-140-R2KD-31", 16.5, 0],
         ["Ruhl", "Annegret", "03.06.1967", "D-W-140-H8ZX-07", 9, 6],
         ["Sommer", "Yannick", "28.10.1996", "D-W-140-P4LM-55", 12, 3],
         ["Ziegler", "Martina", "09.12.1975", "D-W-140-A1TT-19", 15, 0]], sheet="IDD")])

# ---- 0107 -----------------------------------------------------------------
_ktg_iban = iban("DE", "52051373" + "0301447920")
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "daily sickness allowance of the addressee: sick notes, lumbar disc diagnosis, payment to IBAN; windows-1252",
     frm=addr("yildiz"), to="Detlef Apel <detlef.apel@freenet-mail.example>",
     subject="Krankentagegeld – Zahlung für August",
     body=f"""Sehr geehrter Herr Apel,

für Ihre Arbeitsunfähigkeit vom 22.07. bis 31.08.2026 (Folgebescheinigungen
von Dr. med. Kurt Nassauer, Diagnose M51.2 Bandscheibenverlagerung) zahlen
wir nach Ablauf der Karenzzeit von 21 Tagen Krankentagegeld für 20 Tage:

  20 Tage × 95,00 €  =  1.900,00 €

Überweisung auf Ihr Konto {_ktg_iban}.

Bitte reichen Sie Folgebescheinigungen spätestens eine Woche nach
Ausstellung ein. Bei einer AU von mehr als 6 Monaten prüfen wir die
Berufsunfähigkeit.

Mit freundlichen Grüßen
Ahmet Yildiz
Leistungsabteilung Krankenversicherung""", charset="windows-1252", cte="quoted-printable")

# ---- 0108 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: newsletter on pensions for expats: salary thresholds, tax allowances and example incomes, no person",
     frm="KLV International Desk <international@%s>" % DOMAIN,
     to="newsletter-international@lists.%s" % DOMAIN,
     subject="KLV International newsletter 3/2026: your pension in Germany",
     body="""KLV INTERNATIONAL DESK - NEWSLETTER 3/2026

Your pension in Germany - three layers

1. Statutory pension: 18.6 % of gross salary (split with your employer) up
   to the contribution ceiling. Example: with a gross salary of 60,000 EUR
   you and your employer pay 11,160 EUR a year.

2. Company pension (bAV): up to 8 % of the ceiling can be paid tax-free
   from your gross salary. Ask HR whether your employer adds a subsidy.

3. Private pension: the "Rürup" pension is tax-deductible; a classic
   private pension gives flexibility if you might leave Germany again.

Leaving Germany? Contributions to the statutory system can sometimes be
refunded or transferred (EU/EEA and treaty countries).

Book a free appointment at your savings bank:
https://www.klv-versicherung.example/en/appointment

Unsubscribe: https://www.klv-versicherung.example/newsletter/unsubscribe
""", cte="quoted-printable")

# ---- 0109 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "hit-and-run parking damage of the addressee's car: plate, claim number, no injuries",
     frm=addr("dittmar"), to="Hannah O'Brien <hannah.obrien@webpost.example>",
     subject="Re: someone scratched my car",
     body="""Hi Ms O'Brien,

sorry about that - hit-and-run damage is covered by your comprehensive
cover (policy KF-5530-7701-6, car KS-HO 88). Claim number 26-K-019044.
Excess 300 EUR; no change to your no-claims class because the other
party is unknown and you reported it to the police.

Please send us the police reference number and the workshop estimate.

Frank Dittmar
Motor Claims

On 02.09.2026 18:31, Hannah O'Brien wrote:
> Someone hit my car in the supermarket car park and drove off. The whole
> right rear door is dented. Police came. What now?""", date="2026-09-03 08:14")

# ---- 0110 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
     "German cover note to the adviser; the English policy letter in the PDF names the customer's type 1 diabetes and the premium loading",
     frm=addr("immel"), to="Selin Aydın <selin.aydin@%s>" % SSK_ED,
     subject="Police Okafor – Begleitschreiben EN",
     body="""Hallo Frau Aydın,

die Police für Herrn Okafor ist raus. Anbei das englische Begleitschreiben
zur Info, falls er in der Filiale nachfragt.

Gruß
Lars Immel""",
     atts=[A_pdf("Cover_letter_LV-9930-1125.pdf", [
         "KLV Lebensversicherung AG - Policy LV-9930-1125",
         "Dear Mr Okafor,",
         "your term life policy (280,000 EUR, 25 years) has been issued.",
         "Because of your type 1 diabetes (insulin pump, HbA1c 6.8 %) a loading of 75 % applies.",
         "Monthly premium: 41.90 EUR. Review of the loading possible from 2031 on request.",
         "The policy is assigned to Stadtsparkasse Edertal as security for your mortgage.",
         "Kind regards, KLV Lebensversicherung AG"])], cte="8bit")

# ---- 0111 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: data-breach reporting process with an invented example (misaddressed mail with health data to a branch); no real person",
     frm=addr("lengemann"), to="Führungskräfte <fuehrungskraefte@%s>" % DOMAIN,
     subject="Datenpannen: Meldung innerhalb von 72 Stunden – Erinnerung",
     body=f"""Liebe Führungskräfte,

eine Erinnerung aus gegebenem Anlass (kein konkreter Fall):

Wenn eine E-Mail mit Gesundheitsdaten versehentlich an die falsche
Sparkassenfiliale oder einen falschen Kunden geht, ist das eine
Datenschutzverletzung. Beispiel (erfunden): Ein AU-Bericht für „Kunde A“
geht an die Filiale von „Kunde B“.

Dann bitte sofort:
1. Meldung an datenschutz@klv-versicherung.example (auch nachts/am WE)
2. Empfänger um Löschung und Bestätigung bitten
3. nichts selbst an Kunden kommunizieren – das übernehmen wir

Wir müssen binnen 72 Stunden an die Aufsichtsbehörde melden.

{sig("lengemann")}""")

# ---- 0112 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "premium arrears on a mortgaged building: named customer, policy, arrears amount, sent to the bank under the security certificate",
     frm=addr("brandt"), to="Carola Wiegand <carola.wiegand@%s>" % SPK_WT,
     subject="Sicherungsschein: Beitragsrückstand WG-4471-0093-28 (Pfannkuch)",
     body="""Sehr geehrte Frau Wiegand,

gemäß Sicherungsschein informieren wir Sie: Für die Wohngebäudeversicherung
WG-4471-0093-28 (Versicherungsnehmer Reinhold und Gisela Pfannkuch,
Am Kirchrain 7, Meinhard-Grebendorf) ist der Jahresbeitrag 2026/27 über
842,17 EUR trotz Mahnung vom 14.08. nicht bezahlt.

Ohne Zahlung bis 15.10.2026 sind wir leistungsfrei; gegenüber der
Sparkasse als Gläubigerin bleibt der Schutz noch einen Monat nach Zugang
dieser Mitteilung bestehen.

Mit freundlichen Grüßen
Leonie Brandt
Kundenservice Sach""")

# ---- 0113 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-broker",
     "trap: general explanation of the unemployment cover in loan protection for the bank's international desk; no customer",
     frm=addr("rehberg"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="How the unemployment cover works - for your English-speaking borrowers",
     body=f"""Dear colleagues,

you asked for a short English explanation. Here it is:

- Unemployment cover pays the monthly instalment if the borrower becomes
  involuntarily unemployed after a waiting period of 3 months from the
  start of the policy.
- Conditions: permanent employment for at least 12 months before, not in
  the notice period at the start, registered as unemployed with the
  employment agency.
- Benefit: up to 12 instalments per claim, 24 in total, after a
  deferment of 6 weeks.
- Not covered: resignation by the borrower, end of fixed-term contracts,
  dismissal for misconduct.
- If the borrower is sick rather than unemployed, the incapacity cover
  applies instead - please do not collect sick notes in the branch, the
  customer uploads them.

Best regards,
{sig("rehberg", "en")}""")

# ---- 0114 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: order for defibrillators, first-aid kits and a training course for the branches; medical equipment, no person",
     frm=addr("pfeil"), to="Sales <sales@medequip-rhein.example>",
     subject="PO 4500-955: AEDs and first-aid kits for 12 sites",
     body=f"""Dear Mr Kowalczyk,

further to your quote Q-26-3310 we order:

  12  AED Lifepoint Pro (German voice prompts) incl. wall cabinet
  24  spare electrode pads (adult), 6 paediatric pads
  12  first-aid kits DIN 13157, refill service for 3 years
   1  on-site first-aid and AED training for 20 staff (2 dates)

Delivery address: KLV, Landgrafenplatz 4, goods receipt, ramp 2.
Installation dates to be agreed with our facility team.

Kind regards,
{sig("pfeil", "en")}""")

# ---- 0115 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: dog-owner liability of the addressee: her dog bit another dog, vet bill of the other dog (animal health), claim number",
     frm=addr("steinbach"), to="Vanessa Gerhold <vanessa.gerhold@gmx-post.example>",
     subject="Hundebiss am 30.08. – Schaden TH-26-00571",
     body="""Hallo Frau Gerhold,

Ihre Hundehalterhaftpflicht TH-3301-2281-4 kommt für den Schaden auf, den
Ihre Hündin „Kira“ am 30.08. an der Eder-Promenade verursacht hat.

Die Tierarztrechnung der Halterin des gebissenen Labradors (Frau Doris
Vogt) über 684,30 EUR (Wundversorgung, Naht unter Narkose, Antibiotikum)
bezahlen wir direkt an Frau Vogt. Ihre Selbstbeteiligung beträgt 150 EUR;
die ziehen wir mit dem nächsten Beitrag ein.

Viele Grüße
Marco Steinbach""")

# ---- 0116 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "assignment of a disability expert opinion on a named insured after a shoulder fracture; questions in the DOCX",
     frm=addr("marx"), to="Prof. Dr. Hagen Vaupel <sekretariat@unfallchirurgie-vaupel.example>",
     subject="Gutachtenauftrag Unfallversicherung – Frau Regina Höhl",
     body=f"""Sehr geehrter Herr Professor Vaupel,

wir beauftragen Sie mit einem Gutachten zur Invalidität unserer
Versicherten Frau Regina Höhl, geb. 18.10.1964 (Unfall vom 07.11.2025,
Oberarmkopffraktur rechts, operativ versorgt). Die Fragen und die
Unfallunterlagen liegen bei bzw. kommen über das Portal.

Frau Höhl ist über den Termin informiert.

Mit freundlichen Grüßen
{sig("marx")}""",
     atts=[A_docx("Gutachtenauftrag_Hoehl_UV-2205-1190.docx", [
         "**Gutachtenauftrag Invalidität – UV-2205-1190",
         "Versicherte: Regina Höhl, geb. 18.10.1964, Baunatal",
         "Unfall: 07.11.2025, Sturz auf Glatteis, Oberarmkopffraktur rechts (S42.21), Plattenosteosynthese",
         "Vorerkrankungen lt. Hausarzt: Arthrose im rechten Schultergelenk seit 2021",
         "1. Welcher Dauerschaden besteht am rechten Arm (in Bruchteilen des Armwerts)?",
         "2. Haben Krankheiten oder Gebrechen mitgewirkt? Wenn ja, zu welchem Prozentsatz?",
         "3. Ist mit einer Besserung zu rechnen?",
         "Honorar nach Vereinbarung (pauschal 850 EUR)."])])

# ---- 0117 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "trap: short reply confirming a training date; the quoted adviser question is about pre-existing conditions in general, no customer",
     frm=addr("immel"), to="Yannick Sommer <yannick.sommer@%s>" % SPK_VN,
     subject="AW: Schulung Gesundheitsfragen",
     body="""Hi Herr Sommer,

9.10. um 14 Uhr passt, ich komme nach Lauterbach. Bringen Sie gern alle
Fälle mit, die Sie anonymisiert besprechen wollen.

Lars

> Hallo Herr Immel, können wir mal eine Stunde machen, wie ich im
> Gespräch mit Vorerkrankungen umgehe? Viele Kunden fragen, ob sie
> Bluthochdruck oder eine alte Knie-OP angeben müssen, und ob dann
> automatisch abgelehnt wird. Geht z. B. der 9.10.? Gruß Y. Sommer""")

# ---- 0118 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "life insurance death benefit paid to the named beneficiary (widow): deceased named, policy number, amount",
     frm=addr("kraus"), to="Brigitte Lohmann <brigitte.lohmann@t-net.example>",
     subject="Auszahlung aus der Lebensversicherung Ihres Mannes",
     body=f"""Sehr geehrte Frau Lohmann,

zunächst unser herzliches Beileid zum Tod Ihres Mannes, Herrn Dieter
Lohmann.

Aus der Kapitallebensversicherung LV-6601-4419 zahlen wir an Sie als
Bezugsberechtigte:

  Versicherungssumme          30.000,00 EUR
  Überschussbeteiligung        8.412,55 EUR
  Schlussüberschuss            1.106,20 EUR
  Auszahlung                  39.518,75 EUR

Die Zahlung erfolgt auf das von Ihnen angegebene Konto bei der Sparkasse
Werra-Meißner-Tal. Kapitalertragsteuer fällt nicht an (Todesfallleistung).

Mit freundlichen Grüßen
{sig("kraus")}""")

# ---- 0119 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "trap: auto-acknowledgement with a ticket number; warns against sending medical documents or bank details, no content",
     frm="KLV Customer Service <service@%s>" % DOMAIN, to="m.goldberg@mailo.example",
     subject="We have received your message [Ticket #2026-448190]",
     headers={"Auto-Submitted": "auto-replied"},
     body="""Thank you for contacting Kurhessische Landesversicherung.

We have received your message and will reply within two working days.
Your ticket number is 2026-448190 - please quote it in any reply.

Please do not send medical documents or bank details by e-mail. If we need
them, we will send you a link to our secure mailbox.

This is an automated message.""", charset="us-ascii", cte="7bit")

# ---- 0120 -----------------------------------------------------------------
_mel_iban = iban("DE", "52050353" + "0200117480")
mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
     "bilingual burglary settlement for the addressee with her IBAN and the claim number",
     frm=addr("brandt"), to="Oksana Melnyk <oksana.melnyk@webpost.example>",
     subject="Abrechnung Einbruchdiebstahl / settlement burglary HR-26-01733",
     body=f"""Sehr geehrte Frau Melnyk,
dear Ms Melnyk,

wir haben Ihren Schaden abschließend reguliert / we have settled your claim:

  Laptop / laptop                      1.150,00 EUR
  Schmuck / jewellery (Fotos/photos)   1.850,00 EUR
  Bargeld / cash                         180,00 EUR
  Summe / total                        3.180,00 EUR

Überweisung auf / payment to: {_mel_iban} (Oksana Melnyk)

Für den Schmuck haben wir den Wert laut Gutachten des Juweliers angesetzt.
For the jewellery we used the jeweller's valuation.

Mit freundlichen Grüßen / Kind regards
Leonie Brandt""")

# ---- 0121 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "company pension (bAV direct insurance): XLSX for the employer's HR with named employees, birth dates and salary conversion; body harmless",
     frm=addr("kraus"), to="Personalabteilung <personal@autohaus-wicke.example>",
     subject="Direktversicherungen – Bestandsliste zum Jahresende",
     body="""Guten Tag Frau Wicke,

wie jedes Jahr erhalten Sie die Bestandsliste der Direktversicherungen
Ihrer Mitarbeitenden zum Abgleich mit der Lohnbuchhaltung. Bitte melden Sie
Änderungen der Entgeltumwandlung für 2027 bis 30.11.

Freundliche Grüße
Nadine Kraus
KLV Lebensversicherung AG""",
     atts=[A_xlsx("bAV_Bestand_Autohaus_Wicke_2026.xlsx", [
         ["Vertrag", "Name", "Vorname", "Geburtsdatum", "Beginn", "Entgeltumwandlung mtl.", "AG-Zuschuss mtl.", "Status"],
         ["DV-3301-0011", "Wicke", "Holger", "04.03.1970", "01.01.2012", 300.00, 45.00, "aktiv"],
         ["DV-3301-0027", "Lindner", "Sarah", "17.08.1992", "01.04.2019", 150.00, 22.50, "aktiv"],
         ["DV-3301-0031", "Becker", "Oleg", "23.11.1985", "01.09.2020", 200.00, 30.00, "ruhend (Elternzeit)"],
         ["DV-3301-0044", "Kurz", "Dennis", "09.05.1999", "01.02.2024", 100.00, 15.00, "aktiv"]], sheet="Bestand")])

# ---- 0122 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: penetration-test summary of the bank portal; findings about upload of medical reports and IBAN fields, no data",
     frm=addr("hupfeld"), to="CISO Office <ciso@%s>" % DOMAIN,
     subject="KLV-Connect pentest 2026 - summary and remediation plan",
     body="""Hi Karsten,

summary of the external pentest (Redline Security, 28 Sep - 9 Oct):

  critical  0
  high      1  IDOR on /api/upload/{id}: an authenticated adviser could
               guess the document ID of another branch's medical report
               upload. Fixed 10 Oct (hotfix 6.6.2), no evidence of misuse
               in the logs (checked 12 months back).
  medium    3  session timeout 60 min instead of 15; verbose error on
               invalid IBAN; missing rate limit on the one-time password
               endpoint
  low       5  headers, cookie flags, etc.

All medium findings scheduled for release 6.7 (19 Nov). Final report in
the ISMS folder.

Daniel""", charset="us-ascii", cte="7bit", date="2026-10-14 11:30")

# ---- 0123 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-authority",
     "request to the police for the accident file: named customer, plate, date and place; no injuries",
     frm=addr("dittmar"), to="Polizeistation Melsungen <pst.melsungen@polizei-nordhessen.example>",
     subject="Akteneinsicht Verkehrsunfall 02.10.2026, B83 Melsungen – Ihr Az. VU 1144/26",
     body=f"""Sehr geehrte Damen und Herren,

wir sind Kfz-Haftpflichtversicherer der Unfallbeteiligten Frau Karin
Ludolph (Pkw KS-KL 702). Zum Unfall am 02.10.2026 gegen 7:40 Uhr auf der
B83 in Melsungen, Kreuzung Rotenburger Straße, bitten wir um Übersendung
der Unfallmitteilung bzw. um Akteneinsicht, sobald die Ermittlungen dies
zulassen.

Nach den uns vorliegenden Angaben wurde niemand verletzt; es entstand
Sachschaden an zwei Fahrzeugen.

Unser Zeichen: 26-K-022871. Eine Vollmacht unserer Versicherungsnehmerin
reichen wir auf Wunsch nach.

Mit freundlichen Grüßen
{sig("dittmar")}""")

# ---- 0124 -----------------------------------------------------------------
_ye_txt = """Jahresendgeschäft 2026 – das Wichtigste auf einen Blick

* Rürup-Rente: Beiträge bis 29.344 EUR (Verheiratete 58.688 EUR) als
  Sonderausgaben absetzbar – Einzahlung muss bis 31.12. gebucht sein.
* Riester: Zulage 175 EUR je Erwachsenem, 300 EUR je Kind (ab 2008 geboren).
* BU-Aktion: Für Kunden bis 35 gilt bis 20.12. die vereinfachte
  Gesundheitsprüfung (5 Jahre Rückfrage, keine Fragen zu ambulanten
  Behandlungen ohne Befund).
* Kfz-Wechsel: Stichtag 30.11.

Anträge mit Gesundheitsangaben wie immer nur über KLV-Connect."""
_ye_html = """<html><body style="font-family:Calibri,Arial">
<h3>Jahresendgeschäft 2026 – das Wichtigste auf einen Blick</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Thema</th><th>Was gilt</th><th>Frist</th></tr>
<tr><td>Rürup-Rente</td><td>bis 29.344 € (Verheiratete 58.688 €) absetzbar</td><td>Buchung bis 31.12.</td></tr>
<tr><td>Riester</td><td>Zulage 175 € je Erwachsenem, 300 € je Kind</td><td>—</td></tr>
<tr><td>BU-Aktion</td><td>vereinfachte Gesundheitsprüfung für Kunden bis 35</td><td>20.12.</td></tr>
<tr><td>Kfz-Wechsel</td><td>Stichtag</td><td>30.11.</td></tr>
</table>
<p>Anträge mit Gesundheitsangaben wie immer nur über KLV-Connect.</p>
<p>Miriam Kestner · Lars Immel<br>Vertriebsdirektion Sparkassen</p></body></html>"""
mail("NORMAL", "de", "insurer-to-broker",
     "trap: year-end sales circular to all advisers: tax allowances, pension amounts, simplified health check; HTML table + text",
     frm=addr("kestner"), to="Versicherungsberatung alle Häuser <vb-alle@lists.%s>" % DOMAIN,
     cc=addr("immel"),
     subject="Jahresendgeschäft 2026: Rürup, Riester, BU-Aktion, Kfz-Wechsel",
     body=_ye_txt, html=_ye_html, date="2026-10-13 08:00")

# ---- 0125 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
     "disability application of a named expat decided with an exclusion for anxiety disorders, sent to the bank's international desk",
     frm=addr("wehrheim"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="BU-9952-0311 Doherty - decision",
     body=f"""Hello,

short update for Mr Cian Doherty's disability application BU-9952-0311:
we have the report from his former GP in Dublin. Given the anxiety episode
with panic attacks in 2019 and the recurrent back pain, we can offer cover
with two exclusions:

  1. anxiety and panic disorders (F40-F41) and their consequences
  2. disorders of the lumbar spine (M51, M54)

No loading. Mr Doherty may ask for a review of exclusion 1 after three
symptom-free years (i.e. from 2027).

Could you please arrange an appointment with him to sign the amended
offer?

Thanks,
{sig("wehrheim", "en")}""")

# ---- 0126 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "cyber claim of a small company with named owner/contact: ransomware, possible leak of employees' payroll data and IBANs",
     frm=addr("steinbach"), to="Tobias Fennel <t.fennel@fennel-steuer.example>",
     subject="Cyber claim CY-26-0041 - incident response and notification duties",
     body=f"""Dear Mr Fennel,

following your call on Sunday night, we confirm cover under your cyber
policy CY-7701-0218 for the ransomware attack on the server of Fennel
Steuerberatung (sole proprietorship).

- Our incident response partner has isolated the server; restoration from
  Friday's backup is under way.
- Forensics indicate the attackers copied the payroll folder of your
  client companies (names, salaries, tax IDs and IBANs of about 340
  employees). You are likely obliged to notify the data protection
  authority within 72 hours and possibly the affected persons. Our
  breach counsel, Ms Rosenthal, will call you today.
- Business interruption: please keep a record of lost working hours.

Claim number CY-26-0041, excess 2,500 EUR.

Kind regards,
Marco Steinbach""", date="2026-10-19 07:52")

# ---- 0127 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: invitation to the Christmas party asking for allergies and dietary needs via a form; no person",
     frm="Betriebsrat & Personal <events@%s>" % DOMAIN, to="alle-kassel@%s" % DOMAIN,
     subject="Weihnachtsfeier 2026 – bitte bis 13.11. anmelden",
     body="""Liebe Kolleginnen und Kollegen,

die Weihnachtsfeier findet am Freitag, 11. Dezember, ab 17 Uhr in der
Stadthalle Baunatal statt. Shuttlebusse fahren ab Landgrafenplatz.

Anmeldung über das Intranet-Formular bis 13. November. Dort könnt ihr auch
Allergien und Unverträglichkeiten (z. B. Nüsse, Gluten, Laktose) angeben –
diese Angaben gehen nur an das Catering und werden nach der Feier gelöscht.

Barrierefreiheit: Die Halle ist rollstuhlgerecht; wer Unterstützung
braucht, meldet sich bitte direkt bei Katrin Vollmer.

Wir freuen uns auf euch!
Betriebsrat und Personalabteilung""")

# ---- 0128 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "HTML-only monthly list of loan-protection benefits per named borrower (incapacity/death) for the bank's loan department",
     frm=addr("rehberg"), to="Kreditsachbearbeitung <kredit@%s>" % KSK_SG,
     subject="RSV-Zahlungen Oktober 2026 – Übersicht",
     html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Guten Tag,</p>
<p>folgende Leistungen aus dem Kreditschutz haben wir im Oktober direkt auf die Darlehenskonten gezahlt:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>Darlehen</th><th>Darlehensnehmer/in</th><th>Leistungsart</th><th>Zeitraum</th><th>Betrag</th></tr>
<tr><td>40 118 276</td><td>Hendrik Gombert</td><td>Arbeitsunfähigkeit</td><td>10/2026</td><td>612,40 €</td></tr>
<tr><td>40 227 913</td><td>Declan Callaghan</td><td>Arbeitsunfähigkeit</td><td>10/2026</td><td>486,00 €</td></tr>
<tr><td>40 233 118</td><td>Ralf Dippel</td><td>—</td><td>—</td><td>keine Leistung (nur Todesfallschutz)</td></tr>
<tr><td>40 301 442</td><td>Monika Thiel (verstorben 21.09.2026)</td><td>Todesfall, Restschuld</td><td>einmalig</td><td>21.880,15 €</td></tr>
</table>
<p>Die Einzelmitteilungen stehen in der elektronischen Vermittlerpost.</p>
<p>Freundliche Grüße<br>Tobias Rehberg<br>Leistung Kreditschutz (RSV)</p>
</body></html>""", cte="quoted-printable", date="2026-11-02 08:10")

# ---- 0129 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: signed data processing agreement returned to the assistance company; medical reports named as a category only",
     frm=addr("lengemann"), to="Data Protection Office <dpo@globeassist.example>",
     subject="RE: DPA annex 2 - signed",
     body="""Dear Mr Osei,

attached is the countersigned DPA including the revised annex 2. Thank you
for including the air ambulance sub-processors. From our side the S/MIME
connection between our gateways is tested and active since 1 July, so no
medical reports should reach us in clear text any more.

Best regards,
Petra Lengemann

> Dear Ms Lengemann, please find the revised annex 2 attached. Best, K. Osei""",
     atts=[A_pdf("DPA_GlobeAssist_KLV_signed.pdf", [
         "Data Processing Agreement - Globe Assist Ltd / Kurhessische Landesversicherung AG",
         "Annex 2: categories of data subjects and data, technical and organisational measures",
         "Signed for KLV: P. Lengemann (DPO), Dr. A. Treusch (Board). Kassel, 2026."])])

# ---- 0130 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "commission evidence per contract for a bank adviser: named customers with household/motor contracts, CSV in iso-8859-1",
     frm=addr("ochs"), to="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="Ihre Anfrage: Provisionsnachweis Sach Q3",
     body="""Hallo Herr Kalbfleisch,

wie gewünscht die Einzelaufstellung Ihrer Sach-Abschlüsse im 3. Quartal,
die in die Vertriebsvergütung der Sparkasse eingeflossen sind.

Gruß
Sabine Ochs""",
     atts=[A_csv("Provisionsnachweis_Sach_Q3_Kalbfleisch.csv", [
         ["Vertrag", "Kunde", "Sparte", "Beginn", "Jahresbeitrag", "Provision"],
         ["HR-2209-0441-7", "Jörg Möller", "Hausrat", "01.07.2026", "142,80", "28,56"],
         ["KF-5530-9971-2", "Tamara Wenzel", "Kfz", "01.04.2026", "812,40", "48,74"],
         ["WG-4471-3318-0", "Günther Ißleib", "Wohngebäude", "01.08.2026", "910,15", "182,03"],
         ["PH-3301-9902-5", "Anneliese Förster", "Privathaftpflicht", "01.09.2026", "64,90", "12,98"]],
         charset="iso-8859-1")])

# ---- 0131 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "private health reimbursement of the addressee's HIV PrEP medication and lab tests (sexual health)",
     frm=addr("yildiz"), to="Jonathan Reyes <j.reyes@mailo.example>",
     subject="Your reimbursement KV 6120 884 210 - statement 2026-019922",
     body="""Dear Mr Reyes,

we have reimbursed the following invoices in full:

  Pharmacy, 14 Oct 2026   emtricitabine/tenofovir disoproxil (PrEP),
                          3 months                        50.00 EUR (co-pay)
  Lab, 12 Oct 2026        HIV test, hepatitis panel, creatinine,
                          STI screening                  118.42 EUR
  Infectiology clinic     consultation                    64.35 EUR

Total reimbursed: 232.77 EUR. As PrEP is preventive care, it does not count
towards your no-claims bonus.

Kind regards,
Ahmet Yildiz
Health Claims, KLV Krankenversicherung AG""")

# ---- 0132 -----------------------------------------------------------------
mail("NORMAL", "de", "newsletter",
     "trap: customer survey newsletter about claims handling and health claims in general; no person",
     frm="KLV Kundenbefragung <umfrage@%s>" % DOMAIN, to="kundenpanel@lists.%s" % DOMAIN,
     subject="Ihre Meinung zählt: 5 Minuten für unsere Kundenbefragung",
     body="""Liebe Mitglieder unseres Kundenpanels,

wie schnell und verständlich regulieren wir Schäden? Wie einfach ist es,
Arztrechnungen einzureichen? Und wie zufrieden sind Sie mit der Beratung
in Ihrer Sparkasse?

Die Befragung dauert etwa 5 Minuten und ist anonym – wir fragen weder
Namen noch Vertragsnummern ab:
https://umfrage.klv-versicherung.example/2026-herbst

Unter allen Teilnehmenden verlosen wir 20 Einkaufsgutscheine.

Ihr Team Kundenerlebnis der KLV

Abmelden: https://umfrage.klv-versicherung.example/panel/abmelden""")

# ---- 0133 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
     "reimbursement claim to the statutory accident insurer (Berufsgenossenschaft) for treatment costs of a named insured after a work accident",
     frm=addr("yildiz"), to="Bezirksverwaltung Kassel <bv-kassel@bg-bau.example>",
     subject="Erstattungsanspruch § 105 SGB X – Herr Nico Schaumburg, Arbeitsunfall 12.08.2026",
     body=f"""Sehr geehrte Damen und Herren,

unser Versicherter Herr Nico Schaumburg, geb. 06.01.1990, Zimmermann bei
der Fa. Holzbau Ritter GmbH, erlitt am 12.08.2026 einen Arbeitsunfall
(Sturz vom Gerüst, distale Radiusfraktur links S52.51, Platten-
osteosynthese im Klinikum Fuldaaue).

Da wir als private Krankenversicherung zunächst geleistet haben, machen
wir den Erstattungsanspruch nach § 105 SGB X geltend:

  stationäre Behandlung 12.–16.08.2026     5.812,40 EUR
  ambulante Nachbehandlung, Physiotherapie 1.204,70 EUR
  Summe                                    7.017,10 EUR

Bitte teilen Sie uns Ihr Aktenzeichen mit. Die Rechnungen übersenden wir
auf Anforderung über einen sicheren Weg.

Mit freundlichen Grüßen
{sig("yildiz")}""")

# ---- 0134 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-broker",
     "trap: short year-end note to the bank's international desk; mentions a scanned health declaration sent by mail, no person",
     frm=addr("immel"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="Year-end: opening hours and a reminder",
     body="""Hi all,

two quick things before the holidays:

1. Our partner service is closed 24-26 Dec and 31 Dec-1 Jan. In between,
   9:00-13:00.
2. Please keep using the upload for anything with health information -
   last week a scanned health declaration arrived by plain e-mail from one
   of the branches. We deleted it and informed data protection; no harm
   done, but let's avoid it.

Thanks for a great year - your desk doubled its car and home insurance
numbers!

Lars""", charset="us-ascii", cte="7bit", date="2026-12-10 15:00")

# ---- 0135 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "attachment-only: buildings policy schedule with the named policyholders' birth dates and property address; body generic",
     frm="KLV Customer Service <service@%s>" % DOMAIN, to="Aaron and Mei Lindqvist <lindqvist.home@webpost.example>",
     subject="Your documents",
     body="""Dear customer,

please find your documents attached. Keep them in a safe place.

Kind regards,
KLV Customer Service""",
     atts=[A_pdf("Policy_schedule_WG-4471-5530-2.pdf", [
         "Buildings insurance - policy schedule WG-4471-5530-2",
         "Policyholders: Aaron Lindqvist, born 1984-09-30; Mei Lindqvist, born 1986-02-14",
         "Insured property: Im Kirschgarten 12, 34260 Kaufungen (single-family house, built 1998)",
         "Sum insured: value 1914 = 26,300 Mark (replacement value)",
         "Perils: fire, water, storm/hail, natural hazards. Excess: 500 EUR",
         "Annual premium: 1,014.28 EUR, payable by direct debit",
         "Mortgagee: Stadtsparkasse Edertal (security certificate issued)"])])

# ---- 0136 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: cleaning contract for the dental practice renting in the insurer's building (hygiene plan, medical waste); no patient",
     frm=addr("pfeil"), to="Objektleitung <objekt@glanzwerk-reinigung.example>",
     subject="Reinigung Mieteinheit EG (Zahnarztpraxis) ab Januar",
     body="""Hallo Frau Dietz,

ab 1. Januar übernehmen Sie bitte auch die Reinigung der an die
Zahnarztpraxis Dr. Hellwig vermieteten Einheit im Erdgeschoss (180 m²).

Besonderheiten laut Hygieneplan der Praxis:
- Behandlungsräume: Flächendesinfektion nach RKI-Liste, täglich
- Sterilisationsraum und Röntgen: nur in Anwesenheit der Praxis
- Praxisabfälle (Kanülen, Amalgam) entsorgt die Praxis selbst, bitte nicht
  anfassen
- Patientenakten stehen in abgeschlossenen Schränken, keine Papierkörbe
  in den Behandlungsräumen leeren, in denen Unterlagen liegen

Bitte Angebot als Nachtrag zum Rahmenvertrag.

Stefan Pfeil""")

# ---- 0137 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "new buildings policy for the addressee: name, birth date, property address, premium; no personal line",
     frm=addr("brandt"), to="Tanja Eckhardt <tanja.eckhardt@freenet-mail.example>",
     cc="Carola Wiegand <carola.wiegand@%s>" % SPK_WT,
     subject="Ihr neuer Versicherungsschein Wohngebäude WG-4471-5611-9",
     body=f"""Sehr geehrte Frau Eckhardt,

herzlich willkommen bei der KLV! Ihr Versicherungsschein kommt per Post;
hier vorab die wichtigsten Daten:

  Versicherungsnehmerin:  Tanja Eckhardt, geb. 05.07.1987
  Risikoort:              Auf der Bleiche 4, 37269 Eschwege
  Beginn:                 01.12.2026
  Jahresbeitrag:          731,40 EUR
  Sicherungsschein:       Sparkasse Werra-Meißner-Tal (Darlehen 7001 915 602)

Frau Wiegand von der Sparkasse erhält eine Kopie für die Kreditakte.

Mit freundlichen Grüßen
{sig("brandt")}""")

# ---- 0138 -----------------------------------------------------------------
mail("NORMAL", "mixed", "internal",
     "trap: internal German/English discussion about translating the health questions into English; question wording only",
     frm=addr("kestner"), to=addr("donnelly"), cc=addr("wehrheim"),
     subject="Englische Gesundheitsfragen – your wording?",
     body="""Hi Claire,

kurze Bitte: Die Sparkasse Edertal möchte den RSV-Antrag auf Englisch. Kannst
du als Muttersprachlerin auf die Übersetzung schauen? Jonas hat fachlich
schon freigegeben.

  Frage 2: „Wurden Sie in den letzten 5 Jahren wegen einer Erkrankung des
  Herzens, des Kreislaufs, wegen Krebs, Diabetes oder einer psychischen
  Erkrankung behandelt?"

  Draft EN: "In the last 5 years, have you been treated for a disease of the
  heart or circulation, for cancer, diabetes or a mental illness?"

Is "mental illness" okay or too harsh? Alternativ "mental health
condition"?

Danke!
Miriam

> Claire: "mental health condition" is the more usual wording in UK
> applications, and add "(e.g. depression, anxiety)" so people don't
> under-report. Otherwise fine. C.""")

# ---- 0139 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "contract legal-expenses claim of the addressee (online purchase dispute): seller named, claim and policy number",
     frm=addr("seibert"), to="Yusuf Arslan <yusuf.arslan@gmx-post.example>",
     subject="Ihr Streit mit dem Online-Händler – RS-26-03904",
     body="""Hallo Herr Arslan,

Ihr Vertragsrechtsschutz (Vertrag RS-3390-6634-81) deckt die
Auseinandersetzung mit der Firma ElektroDirekt24 GmbH wegen des defekten
Geschirrspülers (Kaufpreis 749 EUR, Rücknahme verweigert).

Weil der Streitwert unter 1.000 EUR liegt, empfehlen wir zuerst unsere
telefonische Rechtsberatung (0561 7098-7000, Stichwort RS-26-03904) –
ohne Selbstbeteiligung. Wenn der Händler danach nicht einlenkt, können Sie
einen Anwalt beauftragen.

Viele Grüße
Hannah Seibert
KLV Rechtsschutz""")

# ---- 0140 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "life insurance claim of a deceased UK national: cause of death, beneficiary dispute, to the estate's solicitor",
     frm=addr("kraus"), to="Eleanor Pratt <e.pratt@pratt-hollis-solicitors.example>",
     subject="Estate of the late Mr Gareth Llewellyn - policy LV-7720-3318",
     body=f"""Dear Ms Pratt,

thank you for your letter of 3 November and the grant of probate.

Policy LV-7720-3318 (term life, sum assured 150,000 EUR) insured the late
Mr Gareth Llewellyn, born 21 April 1975, who died on 14 September 2026 in a
road traffic accident near Bad Hersfeld. The post-mortem report confirms
multiple trauma as the cause of death and a blood alcohol level of
0.0 per mille, so no exclusion applies.

The policy names "my wife" as beneficiary. As Mr Llewellyn and Mrs Carys
Llewellyn were divorced in 2024, the beneficiary designation is disputed
between Mrs Llewellyn and the estate. We will therefore deposit the sum
with the local court (Amtsgericht Kassel) unless both parties agree on a
payee by 15 December.

Yours sincerely,
{sig("kraus", "en")}

{FOOT_EN}""")

# ---- 0141 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-broker",
     "maintenance notice for the bank portal; no content",
     frm="KLV-Connect Betrieb <klv-connect@%s>" % DOMAIN,
     to="Versicherungsberatung alle Häuser <vb-alle@lists.%s>" % DOMAIN,
     subject="Wartung KLV-Connect am Samstag, 21.11., 18–22 Uhr",
     body="""Liebe Nutzerinnen und Nutzer,

am Samstag, 21. November, steht KLV-Connect zwischen 18 und 22 Uhr wegen
des Releases 6.7 nicht zur Verfügung (Antragserfassung, Upload,
Provisionsvorschau, Vermittlerpost).

Neu in 6.7: kürzere Sitzungsdauer (15 Minuten ohne Aktivität) und eine
Sperre nach drei falschen Passwörtern.

Ihr KLV-Connect-Team""", headers={"Auto-Submitted": "auto-generated"}, date="2026-11-16 08:00")

# ---- 0142 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "internal",
     "HR to payroll: salary increase and new tax class of a named employee",
     frm=addr("vollmer"), to="Entgeltabrechnung <payroll@%s>" % DOMAIN,
     subject="Gehaltsänderung PNr. 10447 ab 01.12.",
     body="""Hallo Jens,

bitte ab Dezember umstellen:

  PNr. 10447, Miriam Kestner, Vertriebsdirektion Sparkassen
  Grundgehalt neu: 5.640 EUR brutto/Monat (bisher 5.310 EUR)
  Grund: Übernahme Teamleitung Bankenbetreuung ab 01.12.2026
  Steuerklasse: ab 01.11. III (Heirat, ELStAM-Änderung liegt vor)

Der Nachtrag zum Arbeitsvertrag ist unterschrieben in der Personalakte.

Danke!
Katrin""")

# ---- 0143 -----------------------------------------------------------------
_m143 = inner("Yannick Sommer <yannick.sommer@%s>" % SPK_VN, "Jonas Wehrheim <j.wehrheim@%s>" % DOMAIN,
              "BU-Antrag Frau Lea Merz – Schwangerschaft", "Mon, 23 Nov 2026 11:02:00 +0100",
              """Hallo Herr Wehrheim,

meine Kundin Frau Lea Merz (geb. 02.08.1995, Erzieherin) möchte eine BU
abschließen. Sie ist in der 28. SSW, bisher ohne Komplikationen, hatte
aber 2024 eine Fehlgeburt. Sonst gesund, keine Medikamente außer
Folsäure/Eisen.

Kann sie jetzt schon beantragen oder erst nach der Entbindung?

Viele Grüße
Yannick Sommer
Sparkasse Vogelsberg-Nord""")
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "reply to a bank adviser: body short; the attached original mail (message/rfc822) names the customer's pregnancy and miscarriage",
     frm=addr("wehrheim"), to="Yannick Sommer <yannick.sommer@%s>" % SPK_VN,
     subject="AW: BU-Antrag – Rückmeldung",
     body="""Hallo Herr Sommer,

zu Ihrer Anfrage (Ihre Mail hängt zur Zuordnung an): Antrag bitte erst
acht Wochen nach der Entbindung stellen, dann in der Regel normale
Annahme. Eine Zurückstellung jetzt würde nur einen Vermerk erzeugen.

Gruß
Jonas Wehrheim""",
     atts=[A_eml(_m143)], date="2026-11-24 09:15")

# ---- 0144 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: data-retention job for the secure portal (messages older than 90 days deleted); counts only",
     frm=addr("koerber"), to="IT Operations <it-ops@%s>" % DOMAIN, cc=addr("lengemann"),
     subject="Retention job SecureMail portal - November run OK",
     body="""Hi,

the monthly retention job on the SecureMail portal ran on 30 Nov, 02:00.

  messages older than 90 days deleted:   48,112
  of which with attachments:             31,907
  accounts without login > 24 months:       612 (locked, to be deleted in
                                                 January after notice)
  audit log entries written:             48,724 (retained 6 years)

No errors. Largest share of deleted attachments: PDF claim statements and
uploaded medical invoices, as expected.

Till""", date="2026-11-30 09:40")

# ---- 0145 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "renewal list for the bank's international desk: named expat customers with household/motor policies and renewal dates, CSV",
     frm=addr("immel"), to="International Customer Desk <international@%s>" % SSK_ED,
     subject="Renewals January 2027 - your customers",
     body="""Hi,

attached are the home and car policies of your international customers
renewing on 1 January. Three of them have a premium increase above 10 % -
maybe worth a call.

Lars""",
     atts=[A_csv("renewals_2027-01_international_desk.csv", [
         ["policy", "customer", "line", "renewal", "premium_old", "premium_new"],
         ["HR-7741-0029-3", "Oksana Melnyk", "home contents", "2027-01-01", "96.40", "104.10"],
         ["KF-5530-9920-1", "Fiona McAllister", "motor", "2027-01-01", "684.12", "771.90"],
         ["HR-7741-4410-8", "Lukas Morgan", "home contents", "2027-01-01", "132.00", "149.60"],
         ["KF-5530-7701-6", "Hannah O'Brien", "motor", "2027-01-01", "540.00", "612.75"],
         ["HR-7703-1188-2", "Rahul Menon", "home contents", "2027-01-01", "118.34", "121.90"]], delim=";")],
     date="2026-12-01 10:12")

# ---- 0146 -----------------------------------------------------------------
_z_txt = """Sehr geehrte Frau Kowalski,

Ihre Zahnarztrechnung haben wir wie folgt erstattet:

Dr. med. dent. Björn Hellwig, Rechnung vom 12.11.2026
- GOZ 9010 Implantat regio 36, GOZ 9040 Freilegung     1.684,22 EUR
- GOZ 2200 Implantatkrone regio 36                        612,40 EUR
- Material- und Laborkosten                             1.190,00 EUR
Summe                                                    3.486,62 EUR
Erstattung 80 % (Tarif ZahnPlus 80)                      2.789,30 EUR

Der fehlende Zahn 36 war bei Vertragsbeginn nicht bekannt, daher keine
Kürzung.

Mit freundlichen Grüßen
Ahmet Yıldız"""
_z_html = """<html><body><p>Sehr geehrte Frau Kowalski,</p><p>Ihre Zahnarztrechnung haben wir wie folgt erstattet:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Position</th><th>Betrag</th></tr>
<tr><td>GOZ 9010 Implantat regio 36, GOZ 9040 Freilegung</td><td>1.684,22 €</td></tr>
<tr><td>GOZ 2200 Implantatkrone regio 36</td><td>612,40 €</td></tr>
<tr><td>Material- und Laborkosten</td><td>1.190,00 €</td></tr>
<tr><td><b>Summe</b></td><td><b>3.486,62 €</b></td></tr>
<tr><td>Erstattung 80 % (Tarif ZahnPlus 80)</td><td>2.789,30 €</td></tr></table>
<p>Der fehlende Zahn 36 war bei Vertragsbeginn nicht bekannt, daher keine Kürzung.</p>
<p>Mit freundlichen Grüßen<br>Ahmet Yıldız</p></body></html>"""
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "dental supplementary insurance: implant invoice of the addressee with GOZ positions and tooth number; text + HTML",
     frm=addr("yildiz"), to="Renata Kowalski <renata.kowalski@t-net.example>",
     subject="Erstattung Zahnarztrechnung vom 12.11.2026",
     body=_z_txt, html=_z_html)

# ---- 0147 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "trap: prospect asks generally about long-term care insurance and dementia; generic answer, nothing about the prospect's health",
     frm=addr("amend"), to="care.question@webpost.example",
     subject="RE: long-term care insurance - does it cover dementia?",
     body="""Hello,

thanks for your question. Yes - our long-term care top-up pays from care
level 2 regardless of the cause, so dementia, stroke or frailty are all
covered in the same way. Some key facts:

- entry age up to 75, health questions only about current care needs,
  dementia diagnoses and a few serious illnesses
- daily allowance from 20 to 150 EUR, paid as a percentage per care level
- no waiting period for accidents, otherwise 3 years for dementia

A savings-bank adviser near you can calculate a quote:
https://www.klv-versicherung.example/en/appointment

Kind regards,
Felix Amend
KLV Sales Support

> Does your care insurance pay if somebody gets dementia later? We are
> thinking about it for my parents.""")

# ---- 0148 -----------------------------------------------------------------
_rl_iban = iban("DE", "51352227" + "0011870032", grouped=False)
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "returned direct debit of a named customer's motor premium with the customer's ungrouped IBAN, sent to the bank adviser",
     frm=addr("kestner"), to="Björn Kalbfleisch <bjoern.kalbfleisch@%s>" % SPK_VN,
     subject="Rücklastschrift Kfz – Kunde Jens Rothamel",
     body=f"""Hallo Herr Kalbfleisch,

bei Ihrem Kunden Jens Rothamel (Kfz KF-5530-6612-8, VB-JR 77) ist die
Lastschrift über 412,30 EUR zurückgekommen – Grund laut Bank „Konto
erloschen“. Hinterlegt war {_rl_iban}.

Können Sie ihn bitte auf die neue Bankverbindung ansprechen? Sonst geht
in 14 Tagen die qualifizierte Mahnung raus und der Kfz-Schutz ist in Gefahr.

Danke und Gruß
Miriam Kestner""", date="2026-12-07 14:31")

# ---- 0149 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident hospital benefit of the addressee (ski accident, tibia fracture); details only in a ZIP with an HTML statement and a PDF",
     frm=addr("marx"), to="Sebastian Krüger <sebastian.krueger@mailo.example>",
     subject="Documents for your accident claim UV-26-0877",
     body="""Dear Mr Krüger,

as requested in English, please find your statement and our letter in the
attached ZIP file.

Kind regards,
Ines Marx
Accident Claims""",
     atts=[A_zip("UV-26-0877_documents.zip", [
         ("statement.html", """<html><body><h3>Statement UV-26-0877</h3>
<table border="1"><tr><th>Item</th><th>Days</th><th>EUR</th></tr>
<tr><td>Hospital daily benefit, Klinikum Garmisch (tibial shaft fracture S82.2, intramedullary nail)</td><td>7</td><td>350.00</td></tr>
<tr><td>Convalescence benefit</td><td>7</td><td>175.00</td></tr>
<tr><td>Rescue costs (mountain rescue helicopter)</td><td>-</td><td>2,480.00</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>3,005.00</b></td></tr></table></body></html>"""),
         ("letter_UV-26-0877.pdf", A_pdf("x", [
             "KLV - Accident Claims",
             "Mr Sebastian Krueger, policy UV-2205-6621",
             "Ski accident on 28 November 2026, Garmisch: fracture of the right tibial shaft, surgery with intramedullary nail.",
             "We pay hospital daily benefit for 7 days and the helicopter rescue costs.",
             "A disability assessment will follow after 12 months at the earliest."]))])],
     date="2026-12-09 11:00")

# ---- 0150 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "portal registration link (second registration mail); no content",
     frm="KLV SecureMail <securemail@%s>" % DOMAIN, to="t.vandermeer@outlook-mail.example",
     subject="Complete your registration for the KLV secure mailbox",
     headers={"Auto-Submitted": "auto-generated"},
     body="""Hello,

a secure mailbox has been created for you at Kurhessische
Landesversicherung. To complete your registration, open this link and
sign in with your e-mail address and the one-time password we sent you in
a separate e-mail:

https://securemail.klv-versicherung.example/register?t=Q2xq7VnR0m

The link is valid for 14 days. You will then choose your own password and
a security question.

This message was generated automatically. Please do not reply.""",
     charset="us-ascii", cte="7bit", date="2026-12-11 16:20")

# ===========================================================================
# Writing and checking
# ===========================================================================

ALLOWED_CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
IBAN_RE = re.compile(r"\b(DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4}|"
                     r"GB\d{2} ?[A-Z]{4}(?: ?\d{4}){3} ?\d{2}|NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2})\b", re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")


def generate():
    out = []
    for i, spec in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, i)
        try:
            data = build(i, spec)
        except Exception as e:
            raise RuntimeError("%s: %s" % (name, e)) from e
        out.append((name, data, spec))
    return out


def labels_tsv(items):
    lines = ["file\tlabel\tlang\tkind\treason"]
    for name, _, s in items:
        for f in ("label", "lang", "kind", "reason"):
            assert "\t" not in s[f] and "\n" not in s[f], (name, f)
        lines.append("\t".join([name, s["label"], s["lang"], s["kind"], s["reason"]]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def write():
    items = generate()
    d = os.path.join(HERE, "mails")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(d, f))
    for name, data, _ in items:
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv(items))
    print("wrote %d mails" % len(items))

# --- attachment openers (return extracted text) ----------------------------

class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.t = []

    def handle_data(self, d):
        self.t.append(d)


def _html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return " ".join(p.t)


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def open_pdf(data, where):
    assert data.startswith(b"%PDF-"), where + ": no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), where + ": no EOF"
    m = re.search(rb"startxref\s+(\d+)", data)
    assert m and data[int(m.group(1)):].startswith(b"xref"), where + ": bad startxref"
    texts = []
    for sm in re.finditer(rb"<<([^>]*?)>>\s*stream\n", data):
        length = int(re.search(rb"/Length (\d+)", sm.group(1)).group(1))
        raw = data[sm.end():sm.end() + length]
        if b"/FlateDecode" in sm.group(1):
            raw = zlib.decompress(raw)
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            texts.append(re.sub(rb"\\(.)", rb"\1", t).decode("cp1252"))
    txt = "\n".join(texts)
    assert txt.strip(), where + ": PDF without text layer"
    return txt


def open_zipbased(data, name, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where + ": corrupt zip"
    low = name.lower()
    texts = []
    if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
        for n in z.namelist():
            if n.endswith(".xml") or n.endswith(".rels"):
                ET.fromstring(z.read(n))
        if low.endswith(".docx"):
            texts.append(_xml_text(z.read("word/document.xml")))
        elif low.endswith(".xlsx"):
            texts.append(_xml_text(z.read("xl/worksheets/sheet1.xml")))
        else:
            first = z.infolist()[0]
            assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED, where
            texts.append(_xml_text(z.read("content.xml")))
        return "\n".join(texts)
    for info in z.infolist():
        texts.append(open_file(z.read(info.filename), info.filename, where + "!" + info.filename, "utf-8"))
    return "\n".join(texts)


def open_file(data, name, where, charset):
    low = (name or "").lower()
    if low.endswith(".pdf"):
        return open_pdf(data, where)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return open_zipbased(data, name, where)
    if low.endswith(".eml"):
        sub = BytesParser(policy=policy.default).parsebytes(data)
        return "\n".join(check_message(sub, where, nested=True))
    text = data.decode(charset)
    if low.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert rows, where + ": empty csv"
    elif low.endswith(".ics"):
        assert text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR"), where
        return text.replace("\r\n ", "")
    elif low.endswith((".html", ".htm")):
        return _html_text(text)
    return text


def check_message(msg, where, nested=False):
    texts = []
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (where, part.defects)
        for k, v in part.items():
            assert not getattr(v, "defects", None), "%s: header defect %s %r" % (where, k, v.defects)
        if part.get_content_type() == "message/rfc822":
            assert part.get_param("boundary") is None, where + ": boundary on message/rfc822"
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            assert cs in ALLOWED_CHARSETS, "%s: charset %s" % (where, cs)
            if fn:
                texts.append(open_file(payload, fn, where + ":" + fn, cs))
            else:
                t = payload.decode(cs)
                texts.append(_html_text(t) if ct == "text/html" else t)
        else:
            assert fn, "%s: binary part without filename (%s)" % (where, ct)
            texts.append(open_file(payload, fn, where + ":" + fn, "utf-8"))
    for k in ("From", "To", "Cc", "Reply-To"):
        for a in msg.get_all(k, []):
            for ad in a.addresses:
                assert ad.domain.lower().endswith(".example"), "%s: host %s" % (where, ad.domain)
    return texts


def check():
    items = generate()
    errors = []
    counts, langs, kinds = {}, {}, {}
    mids = set()
    n_att = {}
    iban_count = 0
    for name, data, spec in items:
        where = name
        try:
            with open(os.path.join(HERE, "mails", name), "rb") as fh:
                disk = fh.read()
        except OSError as e:
            disk = b""
            errors.append("%s: cannot read: %s" % (where, e))
        if disk != data:
            errors.append("%s: file differs from rebuild" % where)
        if b"\n" in disk.replace(b"\r\n", b""):
            errors.append("%s: bare LF in file on disk" % where)
        try:
            assert b"\n" not in data.replace(b"\r\n", b""), where + ": bare LF"
            assert b"\r" not in data.replace(b"\r\n", b""), where + ": bare CR"
            for line in data.split(b"\r\n"):
                assert len(line) <= 998, where + ": line too long"
            msg = BytesParser(policy=policy.default).parsebytes(data)
            assert msg["From"].addresses[0].domain == DOMAIN, where + ": not sent from insurer"
            mid = msg["Message-ID"]
            assert mid not in mids, where + ": duplicate Message-ID"
            assert mid.strip("<>").endswith("." + DOMAIN) or mid.strip("<>").endswith("@mail." + DOMAIN)
            mids.add(mid)
            assert msg["Date"].datetime.year == 2026, where + ": date"
            texts = check_message(msg, where)
            alltext = "\n".join(texts + [str(msg["Subject"])])
            for h in MAIL_RE.findall(alltext) + URL_RE.findall(alltext):
                assert h.lower().rstrip(".").endswith(".example"), "%s: foreign host %s" % (where, h)
            for ib in IBAN_RE.findall(alltext):
                assert iban_ok(ib), "%s: bad IBAN %s" % (where, ib)
                iban_count += 1
            for part in msg.walk():
                fn = part.get_filename()
                if fn:
                    ext = fn.rsplit(".", 1)[-1].lower()
                    n_att[ext] = n_att.get(ext, 0) + 1
                elif part.get_content_type() == "message/rfc822":
                    n_att["eml"] = n_att.get("eml", 0) + 1
        except Exception as e:  # collect, report all
            errors.append("%s: %s: %s" % (where, type(e).__name__, e))
        counts[spec["label"]] = counts.get(spec["label"], 0) + 1
        langs[spec["lang"]] = langs.get(spec["lang"], 0) + 1
        kinds[spec["kind"]] = kinds.get(spec["kind"], 0) + 1
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        if fh.read() != labels_tsv(items):
            errors.append("labels.tsv differs from generator")
    if counts != EXPECTED:
        errors.append("label counts %r != %r" % (counts, EXPECTED))
    if len(items) != 150:
        errors.append("mail count %d" % len(items))
    for lab, n in sorted(counts.items()):
        print("%-22s %3d" % (lab, n))
    print("languages:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("attachments by extension (parts with a file name; ZIP members not counted):",
          ", ".join("%s %d" % kv for kv in sorted(n_att.items())))
    print("IBANs found and valid: %d" % iban_count)
    print("unique Message-IDs: %d" % len(mids))
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED (%d errors)" % len(errors))
        return 1
    print("CHECK OK: %d mails rebuilt byte for byte, parsed without defects, "
          "all attachments opened, CRLF only, .example hosts only, IBANs valid" % len(items))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
