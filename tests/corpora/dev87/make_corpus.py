#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled test corpus dev87 for Siegel (secure-mail gateway).

Theme: claims and underwriting staff and medical advisers of the fictitious
"Elbstrom Versicherungsgruppe" writing in the shorthand of their trade.

    python make_corpus.py           # writes mails/d87-0001.eml ... and labels.tsv
    python make_corpus.py --check   # re-parses everything and validates it

Standard library only, deterministic (fixed dates, Message-IDs, boundaries,
ZIP member times, document metadata). Every mail is written by hand in its
own function m001 ... m150; the helpers below only turn that content into
MIME or into attachment files.
"""
import datetime
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

NN = 87
SEED = 87
HERE = os.path.dirname(os.path.abspath(__file__))
INS = "elbstrom-versicherung.example"
ZIPTIME = (2026, 1, 2, 8, 0, 0)
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N_MAILS = 150
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def T(s):
    """Drop the first newline of a triple-quoted block (content stays as written)."""
    return s[1:] if s.startswith("\n") else s


# --------------------------------------------------------------------------
# attachment files (content always comes from the mail functions)
# --------------------------------------------------------------------------

def _zi(name):
    zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    return zi


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if stored_first:
            zi = zipfile.ZipInfo(stored_first[0], date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, stored_first[1])
        for name, data in members:
            z.writestr(_zi(name), data)
    return buf.getvalue()


def att(name, maintype, subtype, data, charset=None):
    return {"name": name, "mt": maintype, "st": subtype, "data": data, "cs": charset}


def a_text(name, text, subtype="plain", charset="utf-8"):
    return att(name, "text", subtype, text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset), charset)


def a_csv(name, text, charset="utf-8", excel=False):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    if excel:
        return att(name, "application", "vnd.ms-excel", data)
    return att(name, "text", "csv", data, charset)


def a_html(name, html):
    return a_text(name, html, "html")


def a_ics(name, text):
    return a_text(name, text, "calendar")


def a_bin(name, data, maintype="application", subtype="octet-stream"):
    return att(name, maintype, subtype, data)


def pdf_bytes(pages, title="Dokument"):
    """pages: list of pages, each a list of text lines (cp1252)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # split over-long pages
    split = []
    for lines in pages:
        for i in range(0, max(len(lines), 1), 58):
            split.append(lines[i:i + 58])
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            4: ("<< /Title (%s) /Producer (Elbstrom DocOut 3.2) /CreationDate (D:20260102080000+01'00') >>"
                % esc(title)).encode("cp1252")}
    num = 5
    kids = []
    for lines in split:
        st = "BT /F1 10 Tf 50 800 Td 13 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
        sb = st.encode("cp1252")
        objs[num] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (num + 1)).encode()
        objs[num + 1] = b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"\nendstream"
        kids.append(num)
        num += 2
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, num):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % num
    out += b"".join(b"%010d 00000 n \n" % offs[i] for i in range(1, num))
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (num, x)
    return bytes(out)


def a_pdf(name, text, title=None):
    """text: one string; a line with only \\f starts a new page."""
    pages = [p.strip("\n").split("\n") for p in text.split("\f")]
    return att(name, "application", "pdf", pdf_bytes(pages, title or name))


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(blocks, creator="Elbstrom"):
    """blocks: strings (paragraphs) or lists of lists (tables)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
        else:
            rows = "".join("<w:tr>%s</w:tr>" % "".join(
                '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r) for r in b)
            body.append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>%s</w:tbl>" % rows)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (W_NS, "".join(body)))
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
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created></cp:coreProperties>' % xesc(creator))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc), ("docProps/core.xml", core)])


def a_docx(name, blocks, creator="Elbstrom"):
    return att(name, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", docx_bytes(blocks, creator))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx_bytes(rows, sheet="Tabelle1"):
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
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


def a_xlsx(name, rows, sheet="Tabelle1"):
    return att(name, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes(rows, sheet))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (ODF_NS, body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("META-INF/manifest.xml", manifest), ("content.xml", content)], stored_first=("mimetype", mime))


def a_odt(name, paras):
    mime = "application/vnd.oasis.opendocument.text"
    body = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % xesc(p) for p in paras)
    return att(name, "application", "vnd.oasis.opendocument.text", _odf(mime, body))


def a_ods(name, rows, sheet="Tabelle1"):
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    rx = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
        rx.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    body = '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(sheet), "".join(rx))
    return att(name, "application", "vnd.oasis.opendocument.spreadsheet", _odf(mime, body))


def a_zip(name, members):
    """members: attachments made by the helpers above."""
    return att(name, "application", "zip", _zip([(m["name"], m["data"]) for m in members]))


def a_eml(spec):
    """A forwarded mail attached as message/rfc822; spec like a mail (without labels)."""
    return {"eml": spec}


# --------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------

_BASE = datetime.datetime(2026, 1, 5, 7, 40, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def _date(n, spec):
    if spec.get("date"):
        y, mo, d, h, mi = spec["date"]
        month_tz = 2 if (mo, d) >= (3, 29) and mo < 11 else 1
        return datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=month_tz)))
    dt = _BASE + datetime.timedelta(days=(n * 37) % 160, minutes=(n * SEED * 13) % 600)
    if dt.weekday() >= 5:
        dt += datetime.timedelta(days=7 - dt.weekday())
    if (dt.month, dt.day) >= (3, 29):
        dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    return dt


def build(n, spec, sub=0):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    dt = _date(n, spec)
    if sub and not spec.get("date"):
        dt -= datetime.timedelta(days=3 * sub, hours=sub)
    msg["Date"] = format_datetime(dt)
    dom = spec["frm"].rsplit("@", 1)[1].strip(">").strip()
    msg["Message-ID"] = "<d%02d.%04d.%d.%s@%s>" % (NN, n, sub, format(n * 7919 + sub * 104729 + SEED, "x"), dom)
    if spec.get("irt"):
        msg["In-Reply-To"] = "<%s>" % spec["irt"]
        msg["References"] = "<%s>" % spec["irt"]
    for k, v in spec.get("hdr", []):
        msg[k] = v
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    if spec.get("html_only"):
        msg.set_content(spec["html"], subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(spec["body"], charset=cs, cte=cte)
        if spec.get("html"):
            msg.add_alternative(spec["html"], subtype="html", charset=cs, cte=cte)
    for i, a in enumerate(spec.get("atts", [])):
        if "eml" in a:
            inner = build(n, a["eml"], sub=i + 1)
            msg.add_attachment(inner)
        else:
            params = {"charset": a["cs"]} if a.get("cs") else None
            msg.add_attachment(a["data"], maintype=a["mt"], subtype=a["st"], filename=a["name"], params=params)
    if sub == 0:
        bi = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                bi += 1
                part.set_boundary("=_d%02d_%04d_%d_elbstrom" % (NN, n, bi))
    return msg


def render(n, spec):
    return build(n, spec).as_bytes(policy=policy.SMTP)


# --------------------------------------------------------------------------
# MAILS – each one written by hand
# --------------------------------------------------------------------------

# staff signatures (the same person always signs the same way)
S_HAB = T("""
--
Jens Haberkorn
Risikoprüfung Leben / BU
Elbstrom Lebensversicherung AG
Tel. 040 3389-4412 | j.haberkorn@elbstrom-versicherung.example
""")
S_OLT = T("""
Mit freundlichen Grüßen
Dr. med. Katrin Oltmanns
Gesellschaftsärztin / Beratungsärztin
Elbstrom Versicherungsgruppe, Ballindamm 61, 20095 Hamburg
Tel. 040 3389-4470
""")
S_AYD = T("""
Viele Grüße
Merve Aydın
Leistungsprüfung Krankenvollversicherung
Elbstrom Krankenversicherung AG
Tel. 040 3389-5121
""")
S_WIE = T("""
Mit freundlichen Grüßen

Torsten Wiebusch
Kraftfahrt-Schaden
Elbstrom Allgemeine Versicherung AG
Ballindamm 61 · 20095 Hamburg
Tel. 040 3389-6230 · Fax 040 3389-6299
""")
S_LAM = T("""
Beste Grüße
Frieda Lammers
Underwriting Sach Privat & Gewerbe
Elbstrom Allgemeine Versicherung AG | Tel. 040 3389-6610
""")
S_MEN = T("""
Best regards,
Dr Rajiv Menon
Head of Life & Health Underwriting
Elbstrom Versicherungsgruppe | Ballindamm 61 | 20095 Hamburg | Germany
+49 40 3389-4400
""")
S_TAM = T("""
Kind regards
Oliver Tamm
Reinsurance Personal Lines
Elbstrom Lebensversicherung AG, Hamburg
+49 40 3389-4490
""")
S_REI = T("""
Freundliche Grüße
Claudia Reimers
Leistung Unfall
Elbstrom Allgemeine Versicherung AG
Tel. 040 3389-5340
""")
S_NOW = T("""
Kind regards / Viele Grüße
Aleksandra Nowak
International Health Underwriting & Claims
Elbstrom Krankenversicherung AG, Hamburg
T +49 40 3389-5180
""")
S_STU = T("""
Mit freundlichen Grüßen
Benedikt Sturm
Haftpflicht-Schaden
Elbstrom Allgemeine Versicherung AG
Tel. 040 3389-6315
""")
S_PET = T("""
Gruß
Sönke Petersen
Teamleitung Leistung BU
""")
FOOT = T("""
______________________________________________________________________
Elbstrom Lebensversicherung AG · Elbstrom Krankenversicherung AG ·
Elbstrom Allgemeine Versicherung AG · Sitz Hamburg · AG Hamburg
HRB 99871 / 99872 / 99873 · Vorsitzender des Aufsichtsrats: Hinrich Bödeker
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte den Absender und
löschen Sie diese E-Mail.
""")


def m001():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "underwriting file note BU applicant with name, birth date, disc surgery, BMI and decision (exclusion + loading)"),
        date=(2026, 1, 19, 10, 5),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="AN 7731-0442 Köhn – bitte kurz drüberschauen",
        body=T("""
Hallo Katrin,

kurze Aktennotiz zum Antrag, bevor ich votiere:

VP: Dennis Köhn, geb. 14.03.1988, Elektroniker (Schicht), BU-Rente 1.500 EUR mtl., EA 67
Gesundheitsfragen: Frage 2b bejaht
Hx: Z.n. Bandscheiben-OP L5/S1 (Sequesterektomie) 09/2022, KH-Aufenthalt 6 Tage, AHB 3 Wo.
danach AU ca. 14 Wo., seit 02/2023 voll im Job, keine Physio mehr lt. Selbstauskunft
Befundbericht Orthopäde (Dr. Lüdemann, 11/2025): LWS endgradig eingeschränkt, Lasègue neg., keine Paresen
aktuell: Ibuprofen 600 b. Bed., sonst keine Dauermed.
BMI 31,2 (1,81 m / 102 kg), RR 135/85

Mein Vorschlag: Ausschluss WS (LWS/BWS inkl. Bandscheiben, Folgen) + 25 % RZ wg. BMI/Schichtarbeit.
Alternativ nur Ausschluss ohne RZ? Nach Handbuch Tab. 4.7 wären wir bei BMI 31 noch im Normalbereich, der RZ wäre also eher mein Bauchgefühl.

Danke & Gruß
Jens
""") + S_HAB)


def m002():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: abbreviation glossary (Z.n., V.a., Dx, s/p, HKP, AU, 1-0-1 …) for new staff, no person"),
        date=(2026, 1, 28, 9, 0),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        cc="Lea Brunckhorst <l.brunckhorst@elbstrom-versicherung.example>",
        subj="Abkürzungsliste für die neuen Kolleg:innen",
        body=T("""
Moin zusammen,

ab 1.2. haben wir zwei neue Kolleginnen im Team und Lea aus dem Traineeprogramm.
Damit niemand in den Arztberichten verzweifelt, hänge ich unsere Abkürzungsliste
an (Stand Januar, um ein paar Einträge aus der letzten Teamrunde ergänzt, z.B. "HKP"
und "s/p"). Bitte gern weiter ergänzen, einfach mir schicken.

Hinweis: "KH" heißt bei uns Krankenhaus, bei den Kfz-Kollegen Kfz-Haftpflicht, und "OP"
ist in der Buchhaltung der offene Posten. Immer aus dem Kontext lesen.

""") + S_PET,
        atts=[a_csv("Abkuerzungen_Leistung_2026-01.csv", T("""
Kürzel;Bedeutung;Bemerkung
Z.n.;Zustand nach;z.B. Z.n. Appendektomie
V.a.;Verdacht auf;noch nicht gesichert
Dx;Diagnose;auch "Diag."
DD;Differenzialdiagnose;
Hx;Anamnese (history);aus engl. Berichten
s/p;status post;= Z.n.
ED;Erstdiagnose;Datum wichtig für Gesundheitsfragen
o.B.;ohne (krankhaften) Befund;
OP;Operation;in der Buchhaltung: offener Posten!
KH;Krankenhaus;Kfz: Kraftfahrzeug-Haftpflicht
AU;Arbeitsunfähigkeit;Kfz: Abgasuntersuchung
AHB;Anschlussheilbehandlung;
HKP;Heil- und Kostenplan;Zahn
BMI;Body-Mass-Index;kg / m²
RR;Blutdruck nach Riva-Rocci;mmHg
EKG;Elektrokardiogramm;Ruhe-/Belastungs-EKG
MRT;Magnetresonanztomographie;engl. MRI
Tbl.;Tablette(n);
1-0-1;morgens-mittags-abends;Einnahmeschema
b. Bed.;bei Bedarf;auch "prn"
GdB;Grad der Behinderung;Schwerbehindertenrecht
MdE;Minderung der Erwerbsfähigkeit;gesetzl. Unfallversicherung
RZ;Risikozuschlag;Risikoprüfung
vAV;vorvertragliche Anzeigepflichtverletzung;§ 19 VVG
"""), charset="utf-8")])


def m003():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-broker",
                   "motor: KH (= Kfz-Haftpflicht) claim of a named customer, plate, SF downgrade, reserve; property damage only"),
        date=(2026, 1, 20, 11, 34),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Uwe Fenske <fenske@fenske-makler.example>",
        subj="AW: KH-Schaden 26-KS-018833 / VN Grabowski, HH-RG 4471",
        body=T("""
Hallo Herr Fenske,

zu Ihrer Frage von heute früh:

Der KH-Schaden vom 08.01. (Auffahrunfall Stresemannstraße, Gegner VW Caddy) ist
reguliert, Zahlung an den Gegner 4.182,40 EUR Reparatur + 612,00 EUR Nutzungsausfall.
Personenschaden wurde nicht gemeldet, die Polizei hat nur Blechschaden aufgenommen.
Die RST haben wir entsprechend auf 0 gesetzt.

Folge für Herrn Grabowski: Rückstufung in der KH von SF 12 auf SF 6 zum 01.01.2027,
in der VK von SF 9 auf SF 4. Der Rückkauf würde Stand heute 4.794,40 EUR kosten (KH),
Frist 6 Monate nach Abrechnungsschreiben. VK-Schaden am eigenen Fzg. ist noch offen,
Gutachten DEKRA steht aus.

Vertrag: 41-KF-2209187, Kennzeichen HH-RG 4471.

""") + S_WIE + "\n" + T("""
-----Ursprüngliche Nachricht-----
Von: Uwe Fenske <fenske@fenske-makler.example>
Gesendet: Dienstag, 20. Januar 2026 08:12
An: Wiebusch, Torsten
Betreff: KH-Schaden 26-KS-018833 / VN Grabowski, HH-RG 4471

Moin Herr Wiebusch,
Herr Grabowski fragt, ob sich der Rückkauf lohnt. Können Sie mir den Stand geben?
Gruß U. Fenske
Fenske & Partner Versicherungsmakler GmbH
"""))


def m004():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                   "facultative submission to reinsurer: applicant ref + DOB, hypertension, ramipril, ECG, lab; MER summary in PDF"),
        date=(2026, 1, 21, 15, 2),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Facultative Life <fac.life@nordkap-re.example>",
        cc="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        subj="Fac request – Term Life EUR 1.8m – our ref AN 7731-0519",
        body=T("""
Dear colleagues,

please find below a facultative request under the 2024 surplus treaty (retention EUR 750k).

Our ref:        AN 7731-0519
Life:           male, DOB 22/09/1974, non-smoker, managing director (office)
Product:        Term Life, level, 20 yrs, SA EUR 1,800,000 (mortgage + key person)
BMI:            28.4
Medical Hx:     hypertension since 2019, on ramipril 5 mg 1-0-0; no other meds
BP at MER:      146/92, 142/90, 140/88 (three readings)
ECG (resting):  sinus rhythm 68/min, no ST changes, reported normal by cardiologist
Labs:           total chol 241 mg/dl, HDL 48, LDL 162, HbA1c 5.6 %, GGT 61 U/l (slightly raised)
Family Hx:      father MI at 61
Alcohol:        approx. 10 units/week per application

Our own view would be +50 % (BP controlled but borderline, lipids, GGT, FHx).
We'd appreciate your terms by Friday if possible, the broker is chasing.

The MER summary and the cardiologist's ECG report are attached.

""") + S_TAM,
        atts=[a_pdf("AN7731-0519_MER_summary.pdf", T("""
Elbstrom Lebensversicherung AG - Medical Examination Report (summary)
Application AN 7731-0519          Examiner: Dr. med. Jörg Hentschel, Hamburg
Applicant: Matthias Ebeling, born 22.09.1974
Date of examination: 13.01.2026
Height 183 cm, weight 95 kg, BMI 28.4
Blood pressure (sitting): 146/92 - 142/90 - 140/88 mmHg, pulse 70/min regular
Heart: normal heart sounds, no murmurs
Lungs: clear
Abdomen: no hepatomegaly
Urine dipstick: protein neg., glucose neg., blood neg.
Current medication: Ramipril 5 mg 1-0-0 since 2019
Known conditions: arterial hypertension (I10.90)
Resting ECG 13.01.2026: SR 68/min, normal axis, no repolarisation abnormality
Lab (fasting): chol 241, HDL 48, LDL 162, TG 155 mg/dl, HbA1c 5.6 %,
GGT 61 U/l, GOT 28, GPT 35, creatinine 0.9 mg/dl
Examiner comment: applicant cooperative, no abnormal findings apart from BP.
"""), title="MER summary AN 7731-0519")])


def m005():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: reinsurer manual update on hypertension/BMI rating tables, forwarded internally; no person"),
        date=(2026, 1, 28, 8, 40),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="FW: Nordkap Re Underwriting Manual – release 14.2 (hypertension, BMI, diabetes)",
        body=T("""
All,

FYI – the new manual release goes live on 1 March. Main changes for us:
- hypertension: treated & controlled (<140/90 on 2 readings) now standard up to age 60
- build table: BMI 31-33 standard if no co-morbidity (was +25)
- T2DM: debit points re-based on HbA1c; we need to update our rules engine table RE-17

Jens, could you check which of our own Annahmerichtlinien deviate after this? I'd like to
discuss in the UW jour fixe on the 12th.

Rajiv

-----Original Message-----
From: Nordkap Re Client Services <clientservices@nordkap-re.example>
Sent: 27 January 2026 16:03
Subject: Nordkap Re Underwriting Manual – release 14.2

Dear client,

Release 14.2 of the Nordkap Re Life & Health Underwriting Manual will be published on
our client portal on 1 March 2026. Highlights:

  * Cardiovascular: revised hypertension ratings. Well-controlled treated hypertension
    without target-organ damage is now rated standard up to age 60 (previously +25).
  * Build: the build table has been recalibrated on our 2019-2023 experience. BMI 31-33
    is standard in the absence of co-morbidities.
  * Diabetes mellitus type 2: debit system re-based on HbA1c bands (< 6.5 %, 6.5-7.4 %,
    7.5-8.4 %, >= 8.5 %), duration and complications.
  * Mental health: new section on ADHD in adults.
  * Oncology: updated tables for thyroid carcinoma (papillary, stage I).

Webinars for client underwriters: 4 and 11 March, 10:00 CET. Registration via portal.

Nordkap Re – Life & Health Client Services
"""))


def m006():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                   "query to GP: named applicant with birth date, suspected Hashimoto, L-thyroxine, consent reference"),
        date=(2026, 1, 26, 14, 10),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Praxis Dr. Voss <praxis@hausarzt-voss.example>",
        subj="Anfrage Befundbericht – Ihre Patientin Frau Sabine Ehlers, geb. 02.07.1979",
        body=T("""
Sehr geehrte Frau Kollegin Voss,

Ihre Patientin, Frau Sabine Ehlers, geb. 02.07.1979, wohnhaft Am Sooren 14, 22149 Hamburg,
hat bei uns eine Berufsunfähigkeitsversicherung beantragt (Antrag AN 7731-0587) und uns
eine Schweigepflichtentbindung für Sie erteilt (Kopie anbei im Postweg/Portal).

In den Gesundheitsangaben werden genannt:
- V.a. Hashimoto-Thyreoiditis, ED 2023, L-Thyroxin 75 µg 1-0-0
- "Erschöpfungszustand" 04/2024, AU ca. 3 Wochen

Wir bitten um einen kurzen Befundbericht (formlos genügt) mit:
1. gesicherte Dx inkl. ICD-10, Erstdiagnose
2. aktuelle TSH/fT4-Werte
3. Ursache, Dauer und Behandlung der AU 04/2024 (psychische Komponente?)
4. Dauermedikation, Überweisungen an Fachärzte in den letzten 5 Jahren

Die Gebühr nach GOÄ Nr. 75 zzgl. Auslagen übernehmen wir selbstverständlich; bitte
Rechnung an die unten genannte Adresse mit Angabe der Antragsnummer.

Vielen Dank für Ihre Mühe.

""") + S_OLT)


def m007():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: training quiz with answers on medical shorthand and underwriting terms; invented example cases only"),
        date=(2026, 2, 2, 8, 15),
        frm="Lea Brunckhorst <l.brunckhorst@elbstrom-versicherung.example>",
        to="Trainees Leistung <trainees-leistung@elbstrom-versicherung.example>",
        subj="Quiz Woche 3 – Auflösung",
        body=T("""
Hallo ihr,

hier die Auflösung vom Quiz am Freitag. Bestes Ergebnis 11/12 :)

1. "Pat. s/p Cholezystektomie 2019" – s/p = status post, also Z.n.
2. "V.a. Meniskusläsion re." – Verdacht auf, noch keine gesicherte Dx
3. "Metoprolol 47,5 mg 1-0-1" – morgens und abends je 1 Tbl.
4. "RR 160/100" – Blutdruck in mmHg, deutlich erhöht
5. Was ist ein HKP? – Heil- und Kostenplan beim Zahnarzt
6. Risikozuschlag vs. Ausschluss – RZ = Mehrbeitrag, Ausschluss = bestimmte Erkrankung nicht versichert
7. Rückstellung – Entscheidung wird vertagt (z.B. 12 Monate nach Ende der Therapie)
8. BMI bei 1,70 m / 85 kg – 29,4
9. "AU seit 3/25" – arbeitsunfähig seit März 2025
10. "KH" im Kfz-Schadenbericht – Kraftfahrzeug-Haftpflicht
11. MRT vs. CT – MRT ohne Röntgenstrahlung
12. Hx – history, Anamnese

Nächste Woche: GOÄ-Steigerungsfaktoren und Analogziffern.

LG Lea
""")
        , html=T("""
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo ihr,</p>
<p>hier die Auflösung vom Quiz am Freitag. Bestes Ergebnis 11/12 :)</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>#</th><th>Frage</th><th>Lösung</th></tr>
<tr><td>1</td><td>"Pat. s/p Cholezystektomie 2019"</td><td>s/p = status post, also Z.n.</td></tr>
<tr><td>2</td><td>"V.a. Meniskusläsion re."</td><td>Verdacht auf, noch keine gesicherte Dx</td></tr>
<tr><td>3</td><td>"Metoprolol 47,5 mg 1-0-1"</td><td>morgens und abends je 1 Tbl.</td></tr>
<tr><td>4</td><td>"RR 160/100"</td><td>Blutdruck in mmHg, deutlich erhöht</td></tr>
<tr><td>5</td><td>Was ist ein HKP?</td><td>Heil- und Kostenplan beim Zahnarzt</td></tr>
<tr><td>6</td><td>Risikozuschlag vs. Ausschluss</td><td>RZ = Mehrbeitrag, Ausschluss = bestimmte Erkrankung nicht versichert</td></tr>
<tr><td>7</td><td>Rückstellung</td><td>Entscheidung wird vertagt (z.B. 12 Monate nach Ende der Therapie)</td></tr>
<tr><td>8</td><td>BMI bei 1,70 m / 85 kg</td><td>29,4</td></tr>
<tr><td>9</td><td>"AU seit 3/25"</td><td>arbeitsunfähig seit März 2025</td></tr>
<tr><td>10</td><td>"KH" im Kfz-Schadenbericht</td><td>Kraftfahrzeug-Haftpflicht</td></tr>
<tr><td>11</td><td>MRT vs. CT</td><td>MRT ohne Röntgenstrahlung</td></tr>
<tr><td>12</td><td>Hx</td><td>history, Anamnese</td></tr>
</table>
<p>Nächste Woche: GOÄ-Steigerungsfaktoren und Analogziffern.</p>
<p>LG Lea</p>
</body></html>
"""))


def m008():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "household contents water damage claim: named customer, claim no., address and payout IBAN"),
        date=(2026, 2, 3, 13, 0),
        frm="Elbstrom Schadenservice <schaden@elbstrom-versicherung.example>",
        to="Liam O'Driscoll <liam.odriscoll@mailbox.example>",
        subj="Your claim HR-26-004417 – water damage, Eppendorfer Weg 212",
        body=T("""
Dear Mr O'Driscoll,

thank you for sending the photos and the plumber's invoice.

We have assessed your household contents claim HR-26-004417 (policy 52-HR-1180934) as follows:

  Parquet-adjacent rug (replacement value)      EUR   890.00
  Bookcase, chipboard, swollen                  EUR   340.00
  Drying equipment (electricity, 9 days)        EUR    74.25
  less excess                                   EUR - 150.00
  -----------------------------------------------------------
  Payment                                       EUR 1,154.25

The amount will be transferred within 3-5 working days to the account you gave us:
IBAN DE77 3428 1404 6965 7353 97 (account holder: Liam O'Driscoll).

Damage to the building itself (floor, wall) is a matter for your landlord's buildings
insurance; please pass the plumber's report on to the property management.

Yours sincerely

Hanna Ketelsen
Claims Service Property
Elbstrom Allgemeine Versicherung AG
"""))


def m009():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "holiday handover of open health claims: named insureds, hospital bills, dental HKP, diagnoses, GOÄ factors"),
        date=(2026, 2, 13, 16, 48),
        frm="Merve Aydın <m.aydin@elbstrom-versicherung.example>",
        to="Björn Carstens <b.carstens@elbstrom-versicherung.example>",
        cc="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        subj="Übergabe 16.–27.2. – offene Vorgänge KV",
        cte="8bit",
        body=T("""
Hi Björn,

danke, dass du übernimmst! Stand heute Nachmittag, sortiert nach Dringlichkeit:

1) Ruth Meißner, VS-Nr. 60-KV-0098812
   KH-Rechnung Klinik am Alsterlauf, stat. 03.–11.01., Hüft-TEP li.
   Wahlleistung Chefarzt + 1-Bett. Chefarztrechnung 2,3-fach, aber Ziff. 2151 mit 3,5-fach
   ohne Begründung -> Begründung angefordert am 09.02., Frist 23.02. Rest ist angewiesen.

2) Kai-Uwe Ramcke, 60-KV-1120043
   HKP Implantat regio 36, 3.980 EUR. BA (Dr. Gerdes) hat schon gesehen: ok mit 80 %.
   Nur noch Zusage rausschicken, Textbaustein ZE-04.

3) Familie Tiedemann, Sohn Jonas (7 J.)
   Logopädie 20x, Rezept liegt vor, V.a. Sprachentwicklungsstörung. Tarif KOMPAKT leistet
   nur 10 Einheiten/Jahr, Rest ablehnen. Mutter hat schon angerufen und ist sauer – bitte
   vorher anrufen, nicht nur Brief.

4) Gisela Harms, 60-KV-0771204
   Rezept Ozempic (Semaglutid) 1 mg, Dx E66.0 – Adipositas ohne T2DM ist nicht erstattungs-
   fähig (Lifestyle). Sie behauptet, es gäbe auch E11.9. Arztanfrage läuft, Antwort abwarten.

5) Sven Paulsen, Krankentagegeld
   AU seit 12.12.25, F43.2 (Anpassungsstörung), KT ab 43. Tag. Nächste AU-Bescheinigung
   fällig 20.02. Wenn die nicht kommt: Erinnerung, keine Einstellung ohne Rücksprache mit Sönke!

6) Rest (Kleinkram, Brillen, Heilpraktiker) liegt im Stapel "Wiedervorlage 02" in OnBase.

Bin ab 28.2. wieder da. Handy nur im Notfall ;)

""") + S_AYD)


def m010():
    return dict(L=("NORMAL", "de", "internal", "office move of the underwriting team, names of colleagues only"),
        date=(2026, 2, 25, 10, 0),
        frm="Facility Management <facility@elbstrom-versicherung.example>",
        to="Risikoprüfung Leben <rp-leben@elbstrom-versicherung.example>",
        subj="Umzug Risikoprüfung Leben in den 4. OG am 06./07.03.",
        body=T("""
Liebe Kolleginnen und Kollegen der Risikoprüfung,

wie angekündigt zieht Ihr Team am Freitag, 06.03., nach Dienstschluss vom 2. OG (Raum 2.14–2.19)
in den 4. OG (Raum 4.02–4.08, ehemals Vertrieb Nord).

Bitte bis Freitag 12 Uhr:
- Umzugskisten packen (stehen ab Mittwoch im Flur), beschriften mit Name + neuer Raumnummer
- Rollcontainer abschließen, Schlüssel stecken lassen
- Monitore NICHT abbauen, das macht die IT (Ansprechpartner Herr Demir)

Die Aktenschränke mit den Papierakten (Altbestand vor 2019) werden verschlossen vom
Umzugsunternehmen transportiert und kommen in das neue Archiv 4.09.
Der Untersuchungsraum für die Vertrauensärzte bleibt im 2. OG.

Am Montag, 09.03., sind alle Telefone wie gewohnt erreichbar.

Viele Grüße
Ihr Facility Management
Nadine Schwarz
"""))



def m011():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "doctor",
                   "paramedical exam report of an expat term-life applicant forwarded inline: BP, proteinuria, BMI, meds"),
        date=(2026, 2, 6, 9, 20),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="FW: Paramed report – Whitfield, Owen – our ref IL-26-0031",
        body=T("""
Katrin,

could you have a look before I go back to the broker? Proteinuria + BP + BMI 33 together
feels like more than a loading to me. Do we need a urine ACR / creatinine first?

Thanks, Ola

---------- Forwarded message ---------
From: MedScreen UK Reports <reports@medscreen-uk.example>
Date: Thu, 5 Feb 2026 at 17:22
Subject: Paramed report – Whitfield, Owen – your ref IL-26-0031
To: International UW <intl-uw@elbstrom-versicherung.example>

Paramedical examination – summary
Client ref: IL-26-0031 (Elbstrom Krankenversicherung / Elbstrom Leben, expat term life)
Applicant: Owen Whitfield, DOB 03 May 1981, Bristol
Examiner: Dr Emeka Obi, MedScreen UK, Bristol clinic
Date: 04/02/2026

Height 1.78 m, weight 104.8 kg, BMI 33.1, waist 112 cm
BP: 152/96, 148/94 (2nd reading after 10 min), pulse 78 reg
Urinalysis (dipstick): protein ++, glucose neg, blood trace
Declared Hx: "borderline BP" noted by GP 2023, no treatment; gout attack 2024 (allopurinol
100 mg od since); smoker until 2022 (15/day)
Meds: allopurinol 100 mg 1-0-0
Alcohol: 20-25 units/week
Examiner note: applicant states urine result may be due to gym session this morning.
Recommend repeat MSU and bloods (U&E, eGFR, HbA1c, lipids).

MedScreen UK Ltd – registered in England and Wales, no. 09981234
""") + S_NOW)


def m012():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "buildings insurance accepted with risk loading (Risikozuschlag) for prior water damage; named customer, address, policy"),
        date=(2026, 2, 9, 11, 11),
        frm="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        to="Helge und Anja Brodersen <brodersen.familie@netzpost.example>",
        subj="Ihr Antrag Wohngebäudeversicherung – Annahme mit Risikozuschlag",
        body=T("""
Sehr geehrte Frau Brodersen, sehr geehrter Herr Brodersen,

vielen Dank für Ihren Antrag auf eine Wohngebäudeversicherung für Ihr Einfamilienhaus
Birkenkamp 9, 25469 Halstenbek (Baujahr 1974, Wohnfläche 142 m²).

Nach Auswertung der Vorschadenanfrage beim Vorversicherer sind in den letzten fünf Jahren
zwei Leitungswasserschäden (2021: 6.870 EUR, 2024: 11.240 EUR) reguliert worden, jeweils
ausgelöst durch korrodierte verzinkte Stahlrohre im Keller.

Wir können den Vertrag annehmen, allerdings
  – mit einem Risikozuschlag von 30 % auf den Leitungswasser-Beitrag und
  – einer Selbstbeteiligung von 1.000 EUR je Leitungswasserschaden,
bis uns eine Rechnung über die Erneuerung der Wasserleitungen im Keller vorliegt. Dann
entfallen Zuschlag und Selbstbeteiligung ab der nächsten Hauptfälligkeit.

Jahresbeitrag neu: 1.486,22 EUR inkl. 19 % VersSt (statt 1.201,90 EUR).
Versicherungsschein Nr. 31-WG-5503127 folgt per Post, sofern Sie nicht innerhalb von
14 Tagen widersprechen.

""") + S_LAM)


def m013():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: build/BMI rating table from the underwriting manual (XLSX), no person"),
        date=(2026, 2, 16, 12, 0),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Risikoprüfung Leben <rp-leben@elbstrom-versicherung.example>",
        subj="Annahmerichtlinien Kap. 4.7 Körperbau – neue Tabelle ab 01.03.",
        body=T("""
Hallo zusammen,

wie im Jour fixe besprochen: anbei die neue Körperbau-Tabelle (Kap. 4.7 der Annahmerichtlinien)
angepasst an Nordkap Re Release 14.2. Gilt für alle Anträge mit Eingang ab 01.03.2026.

Wichtig:
- BMI 31–33 ohne Begleiterkrankung jetzt normal (bisher +25 %)
- ab BMI 40 weiterhin immer BA-Vorlage
- Begleiterkrankungen (Hypertonie, Dyslipidämie, Prädiabetes) addieren sich wie bisher
  nach Punkte-System Kap. 4.9

Die Tabelle im Regelwerk (RE-17) stellt die IT am 27.02. um.

""") + S_HAB,
        atts=[a_xlsx("RL_Kap4-7_Koerperbau_2026-03.xlsx", [
            ["Annahmerichtlinien Leben/BU – Kap. 4.7 Körperbau (Erwachsene 18–65)", "", "", ""],
            ["BMI von", "BMI bis", "Votum Leben", "Votum BU"],
            [0, 17.4, "BA-Vorlage", "BA-Vorlage"],
            [17.5, 18.4, "normal", "+25 %"],
            [18.5, 30.9, "normal", "normal"],
            [31.0, 33.0, "normal", "normal (neu)"],
            [33.1, 35.0, "+25 %", "+25 %"],
            [35.1, 37.5, "+50 %", "+50 %"],
            [37.6, 39.9, "+75 %", "+100 % / Rückstellung"],
            [40.0, 99, "BA-Vorlage", "Ablehnung"],
            ["Hinweis: Begleiterkrankungen nach Punkte-System Kap. 4.9 addieren", "", "", ""],
        ], sheet="Kap4-7")])


def m014():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "reply to customer on partly reimbursed physiotherapy; diagnosis and prescription quoted"),
        date=(2026, 2, 12, 10, 30),
        frm="Merve Aydın <m.aydin@elbstrom-versicherung.example>",
        to="Katja Behrendt <k.behrendt@webmail.example>",
        subj="AW: Erstattung Physiotherapie – warum nur 212 EUR??",
        irt="CAB7x1.8821@webmail.example",
        body=T("""
Sehr geehrte Frau Behrendt,

danke für Ihre Nachricht. Ich erkläre gern, wie sich der Betrag zusammensetzt.

Ihre Physiotherapie-Praxis hat für 6x KG (Krankengymnastik) je 48,00 EUR und 6x Fango
je 19,00 EUR berechnet, zusammen 402,00 EUR. Ihr Tarif ECO-AMB erstattet Heilmittel bis zu
den Höchstsätzen unseres Heilmittelverzeichnisses (KG 31,50 EUR, Wärmetherapie 8,40 EUR)
zu 80 %. Das ergibt 6 x 39,90 EUR x 80 % = 191,52 EUR, dazu 20,48 EUR aus dem Rezept
für die Hausbesuchspauschale – zusammen rund 212 EUR.

Der Rest ist leider nicht versichert. Wenn Sie häufiger Physiotherapie brauchen, lohnt
vielleicht ein Blick auf den Zusatzbaustein HEILMITTEL+; gern schicke ich Ihnen Infos.

""") + S_AYD + "\n" + T("""
Am 11.02.2026 um 21:47 schrieb Katja Behrendt <k.behrendt@webmail.example>:
> Hallo,
> ich hab jetzt die Abrechnung bekommen und verstehe das nicht. Ich hab wegen meinem
> Bandscheibenvorfall HWS (C5/C6, steht auch auf dem Rezept von Dr. Asmussen) 6x KG und
> Fango bekommen, über 400 EUR bezahlt und bekomme 212 EUR?? Ich nehme jetzt noch
> Diclofenac 75 1-0-1 und Pantoprazol und kann kaum am Schreibtisch sitzen. Dafür zahle
> ich doch jeden Monat 480 EUR.
> Mitgliedsnummer 60-KV-2231990
> K. Behrendt
"""))


def m015():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-lawyer",
                   "dog-owner liability: named policyholder, third party's dog needed surgery (animal health only), claim no."),
        date=(2026, 2, 10, 15, 45),
        frm="Benedikt Sturm <b.sturm@elbstrom-versicherung.example>",
        to="RA Dr. Hauke Drewes <drewes@kanzlei-drewes.example>",
        subj="Ihr Az. 14/26 D/kr – Tierhalterhaftpflicht, unser Schaden 26-HP-002918",
        body=T("""
Sehr geehrter Herr Dr. Drewes,

in der Sache Ihrer Mandantin Frau Ilka Wendt ./. unsere VN Frau Petra Schomaker
(Tierhalterhaftpflicht, Vertrag 44-TH-0771055) nehmen wir wie folgt Stellung:

Der Vorfall vom 17.01.2026 im Hundeauslaufgebiet Öjendorfer Park ist unstreitig. Der
Rüde unserer VN ("Bruno", Mischling) hat den Hund Ihrer Mandantin ("Mila", Beagle, 4 J.)
gebissen. Die Tierklinik Trittau hat eine Wundversorgung in Narkose (OP inkl. Drainage)
und Nachbehandlung mit 1.248,60 EUR nach GOT abgerechnet.

Wir erkennen die Tierarztkosten dem Grunde nach an. Ein Mitverschulden Ihrer Mandantin
(Hund ohne Leine trotz Leinenpflicht im Eingangsbereich) sehen wir bei 1/3, so dass wir
832,40 EUR zahlen. Die Halsbandreparatur (35 EUR) übernehmen wir vollständig.

Zahlung erfolgt auf Ihr Anderkonto, sobald uns die Bankverbindung vorliegt.

""") + S_STU)


def m016():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: job ad draft for a company medical officer; medical words, no person"),
        date=(2026, 2, 11, 17, 0),
        frm="Talent Acquisition <recruiting@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        subj="Draft ad – Medical Officer Life & Health (m/f/d) – please review",
        body=T("""
Hi Rajiv,

below the English version for LinkedIn and the international boards. The German one
goes to the Ärzteblatt next week. Please check the medical bits, we are not sure
about "insurance medicine" as a term.

Thanks, Jule

---
Medical Officer Life & Health Underwriting and Claims (m/f/d)
Hamburg, full time or 80 %, hybrid

About the role
- You advise our underwriters and claims handlers on complex medical cases in life,
  disability income (BU), health and accident insurance.
- You interpret attending physicians' statements, discharge letters, imaging reports
  (MRI/CT), ECGs and lab results and translate them into clear recommendations:
  standard, loading, exclusion, postponement or decline.
- You assess disability claims including psychiatric and orthopaedic conditions and
  commission independent medical examinations.
- You train our teams (medical terminology, abbreviations, new guidelines) and work
  with our reinsurers' medical officers on the underwriting manual.

Your profile
- Licensed physician (Approbation), ideally specialist in internal medicine, general
  practice, orthopaedics or psychiatry; additional qualification in insurance medicine a plus
- Clinical experience of at least five years
- Fluent German, good English

We offer 30 days' leave, company pension, JobRad, and no night shifts.
"""))


def m017():
    return dict(L=("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                   "BU case review in English/German: named applicant, recurrent depression F33.1, sertraline, postponement decision"),
        date=(2026, 2, 11, 16, 2),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        subj="RE: AN 7731-0461 Vogt – psych Hx",
        body=T("""
Hi Rajiv,

ok, verstanden – ich setze Rückstellung 12 Monate und schreibe dem Makler, dass wir nach
Ende der Psychotherapie + 12 Monate stabil neu prüfen. Alternativ biete ich Leben ohne
BU an, das hat er schon angefragt.

Votum im System: "RÜ 12M, Wiedervorlage 03/2027, BA-Stellungnahme Oltmanns 02/2026".

Gruß Jens

-----Original Message-----
From: Menon, Rajiv
Sent: Wednesday, 11 February 2026 10:05
To: Haberkorn, Jens
Subject: RE: AN 7731-0461 Vogt – psych Hx

Jens,

I've read the therapist's report. Two episodes (2019, 2023), the second with 5 months
off work and a short day-clinic stay, still on sertraline 100 mg, therapy ongoing until
June. F33.1 with that history in an IT project manager aged 34 – I would not offer BU
now, not even with an exclusion; a mental-health exclusion in BU is almost a decline in
disguise anyway. Postpone 12 months after end of treatment. Life cover is fine at standard.

R.

-----Original Message-----
From: Haberkorn, Jens
Sent: Tuesday, 10 February 2026 16:41
To: Menon, Rajiv
Subject: AN 7731-0461 Vogt – psych Hx

Hallo Rajiv,

Antrag Tobias Vogt (geb. 1991), BU 2.000 EUR, Dx lt. Bericht Psychotherapeutin:
rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1),
teilremittiert. Sertralin 100 mg 1-0-0. Ausschluss psych. Erkrankungen oder RÜ?
Bericht anbei in OnBase.

Jens
"""))


def m018():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: aggregate statistics of loadings/exclusions/postponements by cause group (ODS), no person"),
        date=(2026, 2, 4, 18, 30),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        cc="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        subj="Auswertung Voten 2025 nach Ursachengruppe (für den Nordkap-Termin)",
        body=T("""
Hallo Rajiv,

wie gewünscht die Auswertung der BU-Voten 2025 nach Ursachengruppe, Basis Bestandsführung,
nur Anträge mit abgeschlossener Risikoprüfung (n = 8.412). Zellen < 10 habe ich unter
"Sonstige" zusammengefasst.

Auffällig: Psyche weiterhin größter Block bei Rückstellungen, Muskel-Skelett bei Ausschlüssen.
Ablehnungsquote insgesamt 6,1 % (2024: 5,8 %).

Viele Grüße
Katrin
"""),
        atts=[a_ods("Voten_BU_2025_Ursachengruppen.ods", [
            ["Ursachengruppe", "normal", "RZ", "Ausschluss", "Rückstellung", "Ablehnung"],
            ["Psyche/Verhalten (F)", 412, 38, 161, 244, 203],
            ["Muskel-Skelett (M)", 1180, 96, 788, 41, 57],
            ["Herz-Kreislauf (I)", 364, 211, 12, 19, 44],
            ["Stoffwechsel/Körperbau (E)", 290, 402, 3, 11, 39],
            ["Neubildungen (C/D)", 48, 22, 9, 63, 31],
            ["Atmung (J)", 301, 58, 27, 4, 6],
            ["Sonstige", 2410, 114, 102, 21, 137],
            ["ohne Befund", 1336, 0, 0, 0, 0],
        ], sheet="BU 2025")])


def m019():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-broker",
                   "motor own-damage claim of a named private client: plate, claim no., reserve, deductible; no injury"),
        date=(2026, 2, 5, 9, 50),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="RE: Your client Mr Fairbairn – own damage claim 26-KS-020114",
        body=T("""
Dear Mr Whitcombe,

thanks for your call. Status of your client's comprehensive (VK) claim:

Policyholder: Mr Duncan Fairbairn, policy 41-KF-3307761
Vehicle: BMW 320d Touring, HH-DF 1907
Loss: 29/01/2026, slid into a bollard on black ice, Elbchaussee; single-vehicle, no injuries,
no third party involved, so no KH (liability) part.
Assessor's estimate: EUR 6,940.00 net; reserve set at EUR 7,200.00
Deductible under VK: EUR 500.00
Hire car: not covered under his tariff (no "Mobil" add-on).

The garage (Autohaus Nienstedten) can repair as soon as your client signs the repair
order; we pay the garage directly against invoice minus the deductible.

The no-claims class for VK will go down from SF 7 to SF 3 from 1 January 2027 unless he
buys the claim back.

""") + S_WIE.replace("Mit freundlichen Grüßen", "Kind regards"))


def m020():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                   "accident insurance: request for invalidity report, named insured, distal radius fracture S52.50, plate osteosynthesis"),
        date=(2026, 1, 30, 10, 0),
        frm="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        to="Dr. med. Falk Pahlke <gutachten@unfallchirurgie-pahlke.example>",
        subj="Gutachtenauftrag Invalidität – Jana Sommerfeld, Unfall vom 02.11.2025, Schaden 26-UF-000412",
        body=T("""
Sehr geehrter Herr Dr. Pahlke,

wir beauftragen Sie mit der Erstellung eines Gutachtens zur Invaliditätsbemessung nach
unseren AUB 2020 (Gliedertaxe).

Versicherte Person:  Jana Sommerfeld, geb. 19.08.1986, Floristin
Unfall:              02.11.2025, Sturz mit dem Fahrrad (Glätte), Hand re.
Diagnose (DB KH):    distale Radiusfraktur re. (S52.50), AO 23-C2
Behandlung:          OP 04.11.2025 palmare Plattenosteosynthese, KH 3 Tage,
                     anschl. Ergotherapie 2x/Wo., AU bis 16.01.2026
Vorerkrankungen:     lt. Unfallanzeige keine an der re. Hand

Fragen:
1. Welche dauerhaften Funktionseinschränkungen liegen vor (Bewegungsmaße nach Neutral-Null)?
2. Invaliditätsgrad nach Gliedertaxe (Hand bzw. Teilwert)?
3. Ist mit weiterer Besserung zu rechnen (ggf. Metallentfernung geplant)?
4. Haben Krankheiten/Gebrechen bei den Unfallfolgen mitgewirkt (Mitwirkungsanteil)?

Frau Sommerfeld wird sich zur Terminvereinbarung bei Ihnen melden, Tel. 0176 2240 9187.
Unterlagen (Entlassbericht, OP-Bericht, Röntgen CD) senden wir Ihnen per Post.
Honorar nach Vereinbarung (Pauschale 650 EUR zzgl. Röntgen).

""") + S_REI)


def m021():
    return dict(L=("NORMAL", "de", "insurer-to-supplier",
                   "trap: examiner network's monthly bill with counts of exams/ECG/labs only, no applicant named"),
        date=(2026, 2, 18, 9, 30),
        frm="Kreditorenbuchhaltung <kreditoren@elbstrom-versicherung.example>",
        to="Abrechnung MedAssess <abrechnung@medassess.example>",
        subj="Ihre Sammelrechnung 2026-01 (RE-260131-07) – Rückfrage Pos. 3",
        body=T("""
Sehr geehrte Damen und Herren,

zu Ihrer Sammelrechnung für Januar 2026 haben wir eine Rückfrage:

Pos. 1  ärztliche Untersuchung Standard (Leben bis 1 Mio)   37 x 95,00 EUR
Pos. 2  Ruhe-EKG inkl. Befundung                             21 x 38,00 EUR
Pos. 3  Belastungs-EKG                                       9 x 112,00 EUR
Pos. 4  Laborprofil L2 (Blutbild, Lipide, HbA1c, Leber)      12 x 64,00 EUR
Pos. 5  Fahrtkostenpauschale Hausbesuch                      5 x 30,00 EUR

Laut Rahmenvertrag (Anlage 2) ist das Belastungs-EKG mit 98,00 EUR vereinbart, nicht
112,00 EUR. Bitte senden Sie uns eine korrigierte Rechnung; die übrigen Positionen sind
sachlich geprüft und werden nach Eingang der Korrektur zusammen angewiesen.

Unsere Bankverbindung ist unverändert; Ihre Bankverbindung laut Stammdaten ebenfalls.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
i.A. Martina Lühr
"""))


def m022():
    return dict(L=("CONFIDENTIAL", "de", "internal",
                   "OP (= offene Posten) list of named private customers in household/liability with arrears (CSV); no health data"),
        date=(2026, 2, 3, 7, 55),
        frm="Inkasso Komposit <inkasso-komposit@elbstrom-versicherung.example>",
        to="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        subj="OP-Liste Sach Privat > 60 Tage – Stand 31.01.",
        body=T("""
Hallo Frau Lammers,

anbei die OP-Liste (offene Posten > 60 Tage) für Ihre Verträge Sach Privat. Bei den
markierten Fällen läuft die 2. Mahnung nach § 38 VVG; bitte sagen Sie Bescheid, falls
bei einzelnen Kunden eine Stundung vereinbart ist, bevor wir kündigen.

Gruß
Dirk Asmus
Inkasso Komposit
"""),
        atts=[a_csv("OP_Sach_Privat_2026-01-31.csv", T("""
Vertrag;Sparte;VN;PLZ;offen seit;Betrag EUR;Mahnstufe;Bemerkung
52-HR-1009981;Hausrat;Kemal Yıldırım;22045;15.11.2025;184,20;2;
44-PH-0923310;Privathaftpflicht;Annegret Voß;21029;01.10.2025;96,50;2;Lastschrift zurück (Konto erloschen)
31-WG-4412876;Wohngebäude;Horst und Elke Wiechmann;25421;01.12.2025;1.102,35;1;Ratenzahlung angefragt
52-HR-1144002;Hausrat;Rafael Mendes;22767;01.11.2025;142,80;2;
44-TH-0610284;Tierhalterhaftpflicht;Sandra Klüver;21614;01.09.2025;78,00;3;Kündigung vorbereitet
"""), charset="utf-8")])


def m023():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "expat health pre-authorisation for knee MRI, suspected meniscal tear, to the member"),
        date=(2026, 1, 28, 12, 0),
        frm="Elbstrom International Health <intl-claims@elbstrom-versicherung.example>",
        to="Chiara Benedetti <chiara.benedetti@mailbox.example>",
        subj="Pre-authorisation approved – MRI right knee – member no. IH-0044718",
        html_only=True,
        html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:10pt;color:#222">
<p>Dear Ms Benedetti,</p>
<p>we are pleased to confirm cover for the following treatment:</p>
<table style="border-collapse:collapse" border="1" cellpadding="5">
<tr><td><b>Member</b></td><td>Chiara Benedetti, IH-0044718 (plan GLOBAL CARE 2, excl. USA)</td></tr>
<tr><td><b>Authorisation no.</b></td><td>PA-26-01772</td></tr>
<tr><td><b>Treatment</b></td><td>MRI right knee without contrast, outpatient</td></tr>
<tr><td><b>Reason (as stated by your doctor)</b></td><td>suspected medial meniscal tear after twisting injury (skiing, 24/01/2026)</td></tr>
<tr><td><b>Provider</b></td><td>Clínica Dr. Ferrer, Barcelona</td></tr>
<tr><td><b>Valid</b></td><td>until 15/03/2026</td></tr>
<tr><td><b>Cost cover</b></td><td>up to EUR 650, direct billing</td></tr>
</table>
<p>If the MRI confirms a tear and your orthopaedic surgeon recommends arthroscopy, please
ask the hospital to send us a new request at least 5 working days before admission.</p>
<p>Get well soon!<br>Your Elbstrom International Health team</p>
<p style="font-size:8pt;color:#777">Elbstrom Krankenversicherung AG, Ballindamm 61, 20095 Hamburg, Germany</p>
</body></html>
"""))


def m024():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: rules-engine test case with a fictitious 'Max Mustermann', DOB and BMI 41; synthetic test data"),
        date=(2026, 2, 17, 14, 3),
        frm="Dennis Kuhlmann <d.kuhlmann@elbstrom-versicherung.example>",
        to="UW Rules Engine Project <re-projekt@elbstrom-versicherung.example>",
        subj="[JIRA] (UWRE-412) BMI > 40 not routed to medical officer in TEST",
        body=T("""
Dennis Kuhlmann created UWRE-412:

Summary:     BMI > 40 not routed to medical officer in TEST
Environment: UW-TEST, build 2026.02.1
Priority:    High

Steps to reproduce
1. Create application with test persona "Max Mustermann (fictitious)", DOB 01/01/1980,
   product BU-PRIME, benefit EUR 1,500
2. Height 175 cm, weight 126 kg (BMI 41.1)
3. Answer health question 1 (hospital stays) "no", all others "no"
4. Submit

Expected: decision "BA-Vorlage" (refer to medical officer) as per manual chapter 4.7
Actual:   decision "normal", no referral task created

Note: With weight 125 kg (BMI 40.8) the referral works. Looks like the new table from
RE-17 is rounding the BMI before the comparison. Test data set TD-BMI-07 attached in Jira.

--
This message was sent by Jira (internal)
"""))


def m025():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "grey zone: team lead tells team a named colleague is on sick leave after knee surgery (employee health data)"),
        date=(2026, 3, 3, 8, 2),
        frm="Steffen Carl <s.carl@elbstrom-versicherung.example>",
        to="Team Sach Underwriting <uw-sach@elbstrom-versicherung.example>",
        subj="Vertretung Frieda bis 20.03.",
        body=T("""
Hallo zusammen,

kurze Info: Frieda hatte gestern ihre Knie-OP (Kreuzband), alles gut verlaufen, sie ist
aber mindestens bis 20.03. krankgeschrieben und danach erst mal in der Reha. Bitte
keine Mails oder Anrufe an sie, sie meldet sich, wenn sie wieder fit ist.

Vertretung:
- Gewerbe-Anfragen Makler Nord: Timo
- Privat-Wohngebäude: Ines
- Freigaben > 500 TEUR VS: über mich

Wer mag, kann sich an der Karte beteiligen, liegt bei Ines auf dem Tisch.

Steffen
"""))


def m026():
    return dict(L=("NORMAL", "de", "insurer-to-broker",
                   "trap: broker guide to risk pre-enquiries with generic underwriting rules (diabetes, BMI, psych) in a PDF; no person"),
        date=(2026, 2, 19, 10, 15),
        frm="Maklerbetreuung Leben <makler-leben@elbstrom-versicherung.example>",
        to="Uwe Fenske <fenske@fenske-makler.example>",
        subj="Leitfaden anonyme Risikovoranfrage BU – Version 2026",
        body=T("""
Sehr geehrter Herr Fenske,

wie auf dem Maklerfrühstück angekündigt, erhalten Sie anbei unseren überarbeiteten Leitfaden
für anonyme Risikovoranfragen in der BU. Neu sind u.a. die Checklisten für Diabetes,
Schilddrüse und psychische Vorerkrankungen sowie die vereinfachte Körperbau-Tabelle.

Bitte senden Sie Voranfragen weiterhin ohne Namen und Geburtsdatum (nur Alter, Beruf,
Diagnose, Behandlungszeitraum) an voranfrage@elbstrom-versicherung.example.

Mit freundlichen Grüßen
Ihre Maklerbetreuung Leben
Kirsten Wolter
"""),
        atts=[a_pdf("Leitfaden_Risikovoranfrage_BU_2026.pdf", T("""
Elbstrom Lebensversicherung AG
Leitfaden anonyme Risikovoranfrage Berufsunfähigkeit - Stand 02/2026

1. Grundsatz
Voranfragen bitte immer anonym: Alter, Beruf, Diagnose, Zeitraum, Therapie.
Keine Namen, keine Geburtsdaten, keine Arztberichte mit Patientendaten.

2. Was wir zur Voranfrage brauchen (Beispiele)
Diabetes mellitus Typ 1/2: ED, aktuelle HbA1c-Werte (letzte 3), Therapie
  (Tbl./Insulin), Folgeerkrankungen (Augen, Niere, Nerven), BMI
Schilddrüse: Dx (z.B. Hashimoto, Knoten), Therapie, OP ja/nein, Histologie
Psyche: Dx, Beginn/Ende Behandlung, AU-Zeiten, stationär ja/nein, Medikation
Rücken: Lokalisation (HWS/BWS/LWS), Bandscheibenvorfall ja/nein, OP, AU-Zeiten
Bluthochdruck: RR-Werte, Medikation, EKG/Echo vorhanden

3. Typische Voten (Orientierung, keine Zusage)
Z.n. Appendektomie, Cholezystektomie, > 1 J. beschwerdefrei: normal
Heuschnupfen ohne Asthma: normal
Asthma bronchiale leicht, nur Bedarfsspray: normal bis +25 %
Hypertonie medikamentös gut eingestellt: normal
Bandscheibenvorfall LWS ohne OP, > 2 J. beschwerdefrei: Ausschluss LWS
Depressive Episode, einmalig, ambulant, > 2 J. abgeschlossen: oft normal
Rezidivierende Depression, laufende Therapie: Rückstellung
BMI > 40: Ablehnung (BU), Leben Einzelfall

4. Körperbau (vereinfacht)
BMI 18,5 - 33,0 normal | 33,1 - 35,0 +25 % | 35,1 - 37,5 +50 % | > 37,5 Einzelfall

Die Voranfrage ist unverbindlich und 3 Monate gültig.
"""), title="Leitfaden Risikovoranfrage BU 2026")])


def m027():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "motor application: query about driver group, son's birth date, plate and VIN of a named customer"),
        date=(2026, 2, 20, 9, 5),
        frm="Kfz-Antrag <kfz-antrag@elbstrom-versicherung.example>",
        to="Martina Schulte-Ebbert <m.schulte-ebbert@netzpost.example>",
        subj="Ihr Kfz-Antrag 41-KF-A-880213 – Rückfrage Fahrerkreis",
        body=T("""
Guten Tag Frau Schulte-Ebbert,

vielen Dank für Ihren Antrag für den Skoda Octavia Combi (FIN TMBJJ7NE4L0123456,
Kennzeichen OD-MS 318). Bevor wir den Versicherungsschein ausstellen, brauchen wir noch eine
Angabe:

Sie haben als Fahrer "Familie, auch Sohn" angegeben. Ihr Sohn Lasse ist laut beigefügter
Führerscheinkopie am 11.05.2007 geboren und hat den Führerschein seit 06/2025 (begleitetes
Fahren seit 17). Für Fahrer unter 23 Jahren gilt in Ihrem Tarif ein Zuschlag von 38 % in
KH und VK. Ohne Ihren Sohn als Fahrer (Fahrerkreis "VN + Partner ab 25") würde der
Jahresbeitrag 812,40 EUR statt 1.121,11 EUR betragen.

Bitte teilen Sie uns kurz mit, welche Variante Sie möchten. Die eVB-Nummer Y7K3P2Q bleibt
bis zur Entscheidung gültig.

Freundliche Grüße
Ihr Kfz-Antragsteam
Elbstrom Allgemeine Versicherung AG
"""))


def m028():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                   "reply to reinsurer's fac terms quoting applicant ref, hypertension, GGT, family history; asks for CDT test"),
        date=(2026, 1, 27, 11, 20),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Dr Fiona Gallagher <f.gallagher@nordkap-re.example>",
        cc="Facultative Life <fac.life@nordkap-re.example>",
        subj="RE: Fac request – Term Life EUR 1.8m – our ref AN 7731-0519 – your ref NR-F-26-00381",
        body=T("""
Dear Fiona,

many thanks for the quick reply. We'll accept +75 % on the reinsured part as offered and
follow your suggestion on the alcohol question: we'll ask the examiner to take a CDT
and repeat the GGT before issue. If CDT comes back normal, may we go back to +50 %?

Best
Oliver

-----Original Message-----
From: Gallagher, Fiona <f.gallagher@nordkap-re.example>
Sent: 26 January 2026 18:04
To: Tamm, Oliver
Cc: Facultative Life
Subject: RE: Fac request – Term Life EUR 1.8m – our ref AN 7731-0519 – your ref NR-F-26-00381

Dear Oliver,

thank you for the submission. Our terms on AN 7731-0519 (male, DOB 22/09/1974):

  * HTN treated, 3 readings mean 143/90 on ramipril: +25
  * lipids (LDL 162, chol/HDL 5.0): +0 at this age
  * GGT 61 with 10 units/week declared: +25, subject to CDT
  * FHx first-degree MI < 65: +25
  Total: +75 %, term 20 yrs, reinsured amount EUR 1,050,000.

If CDT normal and GGT < 55 on repeat we can review to +50. Offer valid 90 days.

Kind regards
Fiona

Dr Fiona Gallagher, Chief Medical Officer Continental Europe
Nordkap Re Life & Health
"""))


def m029():
    return dict(L=("NORMAL", "en", "insurer-to-partner",
                   "trap: anonymised underwriting case studies for a reinsurer seminar (age/sex only, s/p PCI, T2DM)"),
        date=(2026, 3, 4, 14, 40),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="Priya Raman <p.raman@castellan-re.example>",
        subj="Cases for the UW workshop on 19 March",
        body=T("""
Dear Priya,

as promised, four cases for the break-out session. All anonymised – age band and sex only,
no dates, no places, details shuffled – so they can go on the slides as they are.

Case 1 – male, 45-49, office worker
  s/p PCI with one drug-eluting stent (LAD) 3 yrs ago, no angina since, LVEF 58 %,
  on ASA, atorvastatin 40 mg, metoprolol 47.5 mg 1-0-1; non-smoker since event.
  Applying for term life + BU. What would you do for BU?

Case 2 – female, 30-34, nurse
  T1DM since childhood, HbA1c 6.9-7.3 %, insulin pump, mild background retinopathy.

Case 3 – male, 25-29, IT
  ADHD diagnosed in adulthood, methylphenidate, no other psych Hx, never off work.

Case 4 – female, 50-54, teacher
  papillary thyroid carcinoma pT1a N0, thyroidectomy + RIT 4 yrs ago, Tg undetectable.

Our house votes are in the notes section of the deck; I'll send the final slides on
the 16th.

""") + S_MEN)


def m030():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
                   "underwriting decision for a named BU applicant sent to broker: knee exclusion after meniscus surgery"),
        date=(2026, 2, 23, 15, 30),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Uwe Fenske <fenske@fenske-makler.example>",
        subj="Votum AN 7731-0612 – Ihre Kundin Frau Marquardt",
        body=T("""
Hallo Herr Fenske,

die Risikoprüfung für Frau Lisa Marquardt (Physiotherapeutin, BU 1.800 EUR, EA 67) ist
abgeschlossen. Votum:

Annahme mit Leistungsausschluss:
"Ausgeschlossen sind Berufsunfähigkeit verursacht durch Erkrankungen und Verletzungen beider
Kniegelenke einschließlich Menisken, Bänder und Knorpel sowie deren Folgen."

Hintergrund (nur für Sie zur Kundenberatung): Z.n. arthroskopischer Teilmeniskektomie re.
2023, Chondropathie Grad II–III retropatellar bds. im MRT 2024, rez. Physio-Serien.
Bei einer Physiotherapeutin mit überwiegend stehender/kniender Tätigkeit ist ein RZ statt
Ausschluss nicht darstellbar.

Überprüfungsklausel: Die Kundin kann nach 3 Jahren beschwerdefrei (ohne Behandlung)
die Überprüfung des Ausschlusses beantragen.

Policierung erfolgt nach Ihrer Rückmeldung.

""") + S_HAB)


def m031():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: calendar invitation for the monthly BU case conference with a generic agenda, no cases named"),
        date=(2026, 1, 14, 9, 0),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        cc="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="Einladung: Fallkonferenz BU (monatlich, 1. Donnerstag)",
        body=T("""
Moin,

ab Februar machen wir die Fallkonferenz wieder monatlich, immer am 1. Donnerstag, 13:30,
Raum 2.21 / Teams. Katrin ist als Beratungsärztin dabei.

Ablauf:
- Fälle bitte bis Dienstag davor in die Liste im Teams-Kanal eintragen (nur Schaden-Nr.,
  keine Diagnosen in den Kanal!)
- max. 6 Fälle, je 10 Min.
- 15 Min. Thema des Monats (Februar: Long COVID / Post-COVID in der BU-Leistungsprüfung)

""") + S_PET,
        atts=[a_ics("Fallkonferenz_BU.ics", T("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbstrom//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:fallkonf-bu-2026@elbstrom-versicherung.example
DTSTAMP:20260114T080000Z
DTSTART;TZID=Europe/Berlin:20260205T133000
DTEND;TZID=Europe/Berlin:20260205T150000
RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=11
SUMMARY:Fallkonferenz BU
LOCATION:Raum 2.21 / Teams
DESCRIPTION:Monatliche Fallkonferenz Leistung BU mit Beratungsärztin. Fälle bis Dienstag im Kanal eintragen (nur Schaden-Nr.).
ORGANIZER;CN=Sönke Petersen:mailto:s.petersen@elbstrom-versicherung.example
ATTENDEE;CN=Team Leistung BU;ROLE=REQ-PARTICIPANT:mailto:leistung-bu@elbstrom-versicherung.example
END:VEVENT
END:VCALENDAR
"""))])


def m032():
    return dict(L=("CONFIDENTIAL", "de", "internal",
                   "commercial fire: BU (= Betriebsunterbrechung) loss of a sole trader's bakery; named owner, claim, reserve; no health"),
        date=(2026, 2, 24, 13, 25),
        frm="Timo Reese <t.reese@elbstrom-versicherung.example>",
        to="Großschaden Sach <grossschaden-sach@elbstrom-versicherung.example>",
        subj="GS-Meldung: Brand Backstube Ohlsen e.K., Buxtehude – FEU + BU",
        body=T("""
Großschadenmeldung (> 250 TEUR)

VN:            Bäckerei Jens Ohlsen e.K., Inh. Jens Ohlsen, Bahnhofstr. 31, 21614 Buxtehude
Vertrag:       70-GW-0330917 (Inhalt + BU, Tagesentschädigung)
Schaden-Nr.:   26-GS-000077
Schadentag:    22.02.2026, ca. 03:40 Uhr
Ursache:       Brand Stikkenofen, lt. Feuerwehr techn. Defekt; keine Personen verletzt
               (Backstube zu dem Zeitpunkt leer, Geselle kam erst 4:30)

Erste Einschätzung:
  FEU Inhalt (Öfen, Kühlzellen, Teigmaschinen):  ca. 310 TEUR
  BU (Betriebsunterbrechung), Haftzeit 12 Mon.:  ca. 180 TEUR, Filialen laufen
                                                 z.T. über Zukauf weiter
  Aufräum-/Abbruchkosten:                         ca. 25 TEUR
  -> RST gesamt 515 TEUR

SV: Büro Hansen & Lüth beauftragt, Ortstermin 25.02., 10 Uhr. Abschlagszahlung 50 TEUR
auf das Geschäftskonto ist vom VN erbeten, Vorschlag: freigeben nach Ortstermin.

RV-Meldung an Castellan (Sach-QA) bitte durch GS-Team.

Timo Reese
Underwriting / Schaden Gewerbe Nord
"""))


def m033():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "doctor",
                   "harmless body; GP's findings report (Hashimoto E06.3, TSH, exhaustion sick leave) only in the forwarded message/rfc822"),
        date=(2026, 2, 9, 8, 44),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        subj="WG: AN 7731-0587",
        body=T("""
Jens, s. Anlage. Von meiner Seite normal, kein Ausschluss nötig.
K.
"""),
        atts=[a_eml(dict(
            frm="Praxis Dr. Voss <praxis@hausarzt-voss.example>",
            to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
            subj="AW: Anfrage Befundbericht – Ihre Patientin Frau Sabine Ehlers, geb. 02.07.1979",
            date=(2026, 2, 6, 18, 2),
            body=T("""
Sehr geehrte Frau Kollegin Oltmanns,

zu Ihrer Anfrage vom 26.01. teile ich mit (Schweigepflichtentbindung liegt vor):

1. Dx: Autoimmunthyreoiditis Hashimoto (E06.3 G), ED 03/2023 (TPO-AK 412 IU/ml,
   Sonographie echoarm). Euthyreot unter Substitution.
2. TSH 12/2025: 1,8 mU/l, fT4 1,3 ng/dl (Norm).
3. AU 15.04.–03.05.2024: Erschöpfungssyndrom bei beruflicher Belastung (Z73.0),
   Gesprächstherapie in der Praxis (2 Termine), keine Überweisung Psychiatrie/Psychotherapie,
   keine Psychopharmaka. Seitdem beschwerdefrei.
4. Dauermedikation: L-Thyroxin 75 µg 1-0-0. Überweisungen: Endokrinologie 2023 (einmalig),
   Gynäkologie Vorsorge.

Rechnung nach GOÄ Nr. 75 folgt gesondert.

Mit kollegialen Grüßen
Dr. med. Henrike Voss
Fachärztin für Allgemeinmedizin
Praxis Dr. Voss, Rahlstedter Str. 112, 22149 Hamburg
"""))) ])


def m034():
    return dict(L=("NORMAL", "en", "internal", "out-of-office reply of the head of underwriting; conference travel"),
        date=(2026, 3, 16, 7, 1),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        subj="Automatic reply: AN-Liste Rückstellungen Q1",
        hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body=T("""
Thank you for your message. I am at the Castellan Re underwriting workshop in Cologne
until 20 March with limited access to email.

For urgent underwriting referrals please contact Dr Katrin Oltmanns (ext. 4470) or
Jens Haberkorn (ext. 4412).

Rajiv Menon
"""))


def m035():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "pet health claim: dog's cruciate ligament surgery (TPLO), named owner, policy, payout; animal health only"),
        date=(2026, 3, 2, 16, 10),
        frm="Elbstrom Tierversicherung <tier@elbstrom-versicherung.example>",
        to="Rebecca Morgan <rebecca.morgan@mailbox.example>",
        subj="Your claim for Pepper – TPLO surgery – policy 47-TK-0090412",
        body=T("""
Dear Ms Morgan,

we hope Pepper is recovering well after her operation.

We have checked the invoice from Tierklinik Norderstedt (invoice 2026-0318, EUR 3,486.70)
for the TPLO (tibial plateau levelling osteotomy) on the left hind leg, including the
X-rays, anaesthesia, 2 nights in the clinic and the follow-up check.

Your plan "Hund OP-Schutz Premium" covers surgery at up to 3x the GOT rate with a 20 %
co-payment. The GOT factor on the invoice is 2.5, so the full amount is eligible:

  Eligible amount          EUR 3,486.70
  less 20 % co-payment     EUR   697.34
  Payment to you           EUR 2,789.36

The physiotherapy sessions (underwater treadmill) are not part of the OP-Schutz plan.

We'll transfer the amount to the account on file ending in ...2232 within a few days.

Best wishes
Nils Hartwig
Elbstrom Tierversicherung
"""))


def m036():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "BU claims file note of a phone call: named insured with multiple sclerosis (G35), EDSS, job, sick leave"),
        date=(2026, 2, 26, 11, 50),
        frm="Björn Carstens <b.carstens@elbstrom-versicherung.example>",
        to="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        subj="Aktennotiz Tel. BU-L 26-BU-000219 Kramer",
        cte="8bit",
        body=T("""
Aktennotiz Telefonat 26.02.2026, 10:55–11:30
Schaden: 26-BU-000219, VP Nadine Kramer (43), Vertrag 72-BU-0554187, BU-Rente 1.200 EUR
Gesprächspartnerin: VP selbst

- Dx: schubförmig-remittierende MS (G35.1), ED 2017, letzter Schub 10/2025 mit Sehstörung
  re. (Optikusneuritis) + Fatigue, KH 5 Tage (Cortison-Stoßtherapie)
- Therapie: Ocrelizumab alle 6 Mon. (Neuro: Dr. Sandvoß, MS-Ambulanz Neurozentrum Alster)
- EDSS lt. VP "zuletzt 3,0"
- Beruf: Teamleitung Kundenservice Energieversorger, 39 Std., überwiegend Bildschirm,
  Führung von 11 MA. Seit 14.10.25 AU durchgehend, Wiedereingliederung (Hamburger Modell)
  ab 01.03. mit 4 Std. geplant
- VP sagt, sie schafft max. 4–5 Std. wg. Fatigue, Bildschirm nach 2 Std. verschwommen
- Unterlagen angefordert: Tätigkeitsbeschreibung AG, Neuro-Berichte 2024–2026,
  Augenarztbefund, Reha-Entlassbericht (falls vorhanden)

Einschätzung: 50 %-Grenze fraglich, abhängig vom Verlauf der Wiedereingliederung.
WV 15.04. Vorschlag: Gutachten Neurologie erst nach WE-Ende.

Björn
"""))


def m037():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: internal newsletter about the planned new GOÄ and what changes in claims checking; no person"),
        date=(2026, 1, 22, 12, 0),
        frm="Leistungsmanagement KV <lm-kv@elbstrom-versicherung.example>",
        to="Alle Leistung KV <alle-leistung-kv@elbstrom-versicherung.example>",
        subj="Leistungs-Info 01/2026: Neue GOÄ – was kommt auf uns zu?",
        html=T("""
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<h2 style="color:#0b4a6f">Leistungs-Info 01/2026</h2>
<h3>Neue GOÄ – was kommt auf uns zu?</h3>
<p>Der Entwurf der neuen Gebührenordnung für Ärzte sieht statt Steigerungsfaktoren feste
Euro-Beträge je Leistung vor. Für uns bedeutet das:</p>
<ul>
<li>Keine Prüfung mehr auf „2,3-fach / 3,5-fach mit Begründung“ – dafür Prüfung auf
korrekte Leistungsziffer und Zuschläge.</li>
<li>Analogabrechnungen sollen deutlich seltener werden.</li>
<li>Übergangszeit: Rechnungen nach alter und neuer GOÄ parallel, Stichtag = Behandlungsdatum.</li>
</ul>
<p>Die Prüfregeln im Leistungssystem werden im Projekt „GOÄ-neu“ angepasst. Schulungen
starten, sobald ein Inkrafttreten feststeht.</p>
<p>Fragen? Schreiben Sie an lm-kv@elbstrom-versicherung.example.</p>
</body></html>
"""),
        body=T("""
Leistungs-Info 01/2026
Neue GOÄ – was kommt auf uns zu?

Der Entwurf der neuen Gebührenordnung für Ärzte sieht statt Steigerungsfaktoren feste
Euro-Beträge je Leistung vor. Für uns bedeutet das:

* Keine Prüfung mehr auf "2,3-fach / 3,5-fach mit Begründung" – dafür Prüfung auf
  korrekte Leistungsziffer und Zuschläge.
* Analogabrechnungen sollen deutlich seltener werden.
* Übergangszeit: Rechnungen nach alter und neuer GOÄ parallel, Stichtag = Behandlungsdatum.

Die Prüfregeln im Leistungssystem werden im Projekt "GOÄ-neu" angepasst. Schulungen
starten, sobald ein Inkrafttreten feststeht.

Fragen? Schreiben Sie an lm-kv@elbstrom-versicherung.example.
"""))


def m038():
    return dict(L=("CONFIDENTIAL", "mixed", "insurer-to-partner",
                   "motor claim abroad (green card): German customer's plate, policy, UK third party's car; no injuries; German + English"),
        date=(2026, 3, 9, 10, 40),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Claims Dept <claims@thamesgate-motor.example>",
        cc="Kfz-Ausland <kfz-ausland@elbstrom-versicherung.example>",
        subj="Your ref TG/2026/11873 – our insured Mr Arne Feddersen, HH-AF 612 – accident Dover 14/02/2026",
        body=T("""
Dear Sir or Madam,

we confirm cover under our motor policy 41-KF-1982230 for our insured, Mr Arne Feddersen,
vehicle VW Passat Variant, registration HH-AF 612 (green card no. D/123/41KF1982230).

Our insured admits that he reversed into your policyholder's vehicle (Ford Focus, reg. GU19 XKT)
at the Dover ferry terminal car park on 14/02/2026. No-one was injured. Please send us the
repair estimate and photos; we will settle the property damage directly with you.

Kind regards
Torsten Wiebusch, Motor Claims

--- interne Notiz für Kfz-Ausland (bitte nicht weiterleiten) ---
Hi Petra, Schaden 26-KS-021907 ist angelegt, KH-RST 3.000 EUR. VN hat Schuld eingeräumt,
sein eigener Kratzer an der Heckklappe ist unter SB, kein VK-Schaden. Die Engländer
sind meist langsam, WV 4 Wochen. Danke! Torsten
"""))


def m039():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
                   "international health: query to a hospital doctor about a member's chest pain admission, angiography, pre-existing condition"),
        date=(2026, 3, 11, 8, 30),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Dr Samir Haddad <s.haddad@gulfcare-hospital.example>",
        subj="Member IH-0039102 Mr Peter Lorenzen – admission 06/03/2026 – medical information request",
        body=T("""
Dear Dr Haddad,

thank you for the guarantee of payment request for our member Mr Peter Lorenzen
(DOB 17/11/1969, member no. IH-0039102), admitted to your cardiology ward on 06/03/2026
with acute chest pain.

We have provisionally confirmed cover for the emergency admission. For the planned coronary
angiography and possible PCI we need the following to complete our assessment:

1. Discharge summary or current medical report incl. troponin values and ECG findings
2. Working diagnosis (NSTEMI vs. unstable angina?) and ICD-10 codes
3. Any known history of coronary artery disease, hypertension or diabetes before 01/07/2024
   (start of cover) – the member declared none at application
4. Current medication on admission
5. Estimated cost of angiography +/- PCI and length of stay

The member has signed the medical information release in the application (copy attached on
request). Please send the documents by reply to this address or via our secure upload.

""") + S_NOW)


def m040():
    return dict(L=("NORMAL", "de", "insurer-to-supplier",
                   "trap: order of ECG electrodes, BP cuffs, urine test strips for the examination room; no person"),
        date=(2026, 1, 16, 11, 0),
        frm="Einkauf <einkauf@elbstrom-versicherung.example>",
        to="Vertrieb Medizinbedarf Nord <bestellung@medbedarf-nord.example>",
        subj="Bestellung 4500019873 – Untersuchungsraum 2.OG",
        body=T("""
Sehr geehrte Damen und Herren,

bitte liefern Sie gemäß Rahmenvertrag 2025-17:

Pos  Menge  Artikel                                              Art.-Nr.
10   5 VE   EKG-Klebeelektroden Erwachsene, 50 St./VE             EL-5050
20   2 St.  Blutdruckmanschette Erw. groß (Oberarm 32-42 cm)      BP-CUF-L
30   1 St.  Blutdruckmanschette Erw. XL (Oberarm 42-50 cm)        BP-CUF-XL
40   10 VE  Urin-Teststreifen 10 Parameter, 100 St./VE           UT-10P
50   2 St.  Personenwaage geeicht Klasse III                     PW-300E
60   4 VE   Einmal-Liegenabdeckung, Rolle 50 m                   LA-50

Lieferadresse: Elbstrom Versicherungsgruppe, Ballindamm 61, 20095 Hamburg,
z. Hd. Frau Dr. Oltmanns, Untersuchungsraum 2.OG, Anlieferung über Hof (Mo–Fr 8–15 Uhr).
Rechnung bitte unter Angabe der Bestellnummer an rechnungseingang@elbstrom-versicherung.example.

Mit freundlichen Grüßen
Einkauf – i.A. Rüdiger Sell
"""))


def m041():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "legal expenses: cover confirmation for an employment dispute; named customer, employer, gross salary"),
        date=(2026, 2, 27, 14, 15),
        frm="Rechtsschutz-Service <rechtsschutz@elbstrom-versicherung.example>",
        to="Serkan Aksoy <s.aksoy@netzpost.example>",
        cc="RAin Theresa Brauer <kanzlei@brauer-arbeitsrecht.example>",
        subj="Deckungszusage – Arbeits-Rechtsschutz, Schaden 26-RS-003318",
        body=T("""
Sehr geehrter Herr Aksoy,

für die Interessenwahrnehmung gegen die betriebsbedingte Kündigung Ihres Arbeitgebers
Nordhafen Logistik GmbH vom 13.02.2026 erteilen wir Kostendeckung für die
außergerichtliche und erstinstanzliche Tätigkeit (Kündigungsschutzklage Arbeitsgericht
Hamburg) nach Ihrem Vertrag 85-RS-0044719 (Privat-, Berufs- und Verkehrs-RS, SB 150 EUR).

Gegenstandswert nach Ihren Angaben: Vierteljahresverdienst, bei einem Bruttomonatsgehalt
von 3.940 EUR also 11.820 EUR, zzgl. ggf. Weiterbeschäftigungsantrag.

Ihre Anwältin, Frau RAin Brauer, erhält eine Kopie dieser Zusage.

Mit freundlichen Grüßen
Rechtsschutz-Service
Elbstrom Allgemeine Versicherung AG
"""))


def m042():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "long-term care daily benefit: care level 3 per medical service report, named insured, diagnoses, payout"),
        date=(2026, 3, 5, 10, 0),
        frm="Pflege-Leistung <pflege@elbstrom-versicherung.example>",
        to="Dagmar Lindemann <d.lindemann@webmail.example>",
        subj="Pflegetagegeld für Ihren Vater Herrn Walter Lindemann – Leistungsbescheid",
        body=T("""
Sehr geehrte Frau Lindemann,

als Bevollmächtigte Ihres Vaters, Herrn Walter Lindemann (Pflegetagegeld-Vertrag 66-PT-0019874),
informieren wir Sie über unsere Entscheidung.

Nach dem Gutachten des Medizinischen Dienstes vom 12.02.2026 liegt bei Ihrem Vater seit
01.01.2026 der Pflegegrad 3 vor (Gesamtpunkte 58,75). Im Gutachten genannt werden
u.a. vaskuläre Demenz (F01.9), Z.n. Schlaganfall 2023 mit Hemiparese li. und
Sturzneigung; er benötigt Hilfe beim Waschen, Anziehen und bei der Medikamentengabe
(u.a. Apixaban 5 mg 1-0-1, Donepezil 5 mg 0-0-1).

Ihr Tarif PT-60 leistet bei Pflegegrad 3 60 % des vereinbarten Tagessatzes von 50 EUR,
also 30 EUR täglich. Für Januar und Februar 2026 zahlen wir 1.770,00 EUR nach; ab März
monatlich 900 bzw. 930 EUR jeweils zum Monatsende. Die Beitragsbefreiung gilt ab Pflegegrad 3
ebenfalls ab 01.01.2026 – zu viel gezahlte Beiträge (2 x 64,30 EUR) erstatten wir.

Mit freundlichen Grüßen
Ihre Pflege-Leistung
Elbstrom Krankenversicherung AG
"""))


def m043():
    return dict(L=("NORMAL", "en", "insurer-to-partner",
                   "trap: reinsurer asks about psychiatric BU claims; answer with portfolio aggregates only"),
        date=(2026, 3, 13, 17, 5),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Mark Thewlis <m.thewlis@nordkap-re.example>",
        cc="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        subj="RE: Treaty review – DI claims by cause 2025",
        body=T("""
Hi Mark,

here are the figures you asked for (new BU claims decided in 2025, whole portfolio, no
split below 10 cases):

  cause group (ICD chapter)         claims  accepted  declined  avg age at claim
  Mental/behavioural (F)              214       151        63        44.1
  Musculoskeletal (M)                 162       127        35        51.8
  Neoplasms (C/D)                      97        94         3        52.6
  Nervous system (G)                   41        33         8        47.9
  Circulatory (I)                      38        31         7        55.0
  Other / < 10 per chapter             69        52        17          -
  Total                               621       488       133        48.7

Mental health share of accepted claims is up from 28 % to 31 %. Declines are mostly
"not 50 % disabled" after functional assessment, very few for non-disclosure (11).

Happy to walk you through it in the treaty meeting.

Sönke

Sönke Petersen | Head of DI Claims Team | Elbstrom Lebensversicherung AG
"""))


def m044():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-broker",
                   "buildings: natural-hazards flood exclusion (Ausschluss) for a named customer's house in flood zone ZÜRS 3"),
        date=(2026, 3, 10, 9, 15),
        frm="Ines Wolff <i.wolff@elbstrom-versicherung.example>",
        to="Maklerbüro Jürgensen <info@juergensen-versicherungen.example>",
        subj="AW: Elementar für Fam. Oetjen, Deichstraße 4, Stade – geht das?",
        body=T("""
Hallo Herr Jürgensen,

ich habe mir das Haus Ihrer Kunden angeschaut. Deichstraße 4 in 21683 Stade liegt in
ZÜRS-Zone 3, zusätzlich gab es 2024 einen Rückstau-Schaden (8.400 EUR, Vorversicherer).

Angebot für Herrn Gerrit und Frau Wiebke Oetjen:
- Elementar mit Ausschluss Überschwemmung durch Ausuferung oberirdischer Gewässer
  (Schwinge), Starkregen bleibt versichert
- Rückstausicherung ist Pflicht (Nachweis bis 30.06.), sonst SB 2.500 EUR je Rückstau-Schaden
- Beitrag Elementar: 318,00 EUR p.a. zzgl. VersSt

Ohne den Ausschluss bekomme ich das nicht gezeichnet, auch nicht mit RZ. Sagen Sie
Bescheid, dann mache ich den Nachtrag zu 31-WG-5120044 fertig.

Viele Grüße
Ines Wolff
Underwriting Sach Privat (Vertretung für Frau Lammers)
Elbstrom Allgemeine Versicherung AG | Tel. 040 3389-6614
"""))


def m045():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "accident claim note: named insured, meniscus tear vs. pre-existing arthrosis, contribution 50 %"),
        date=(2026, 3, 12, 16, 20),
        frm="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="26-UF-000388 Brüggemann – Mitwirkung?",
        body=T("""
Hi Katrin,

kurze Frage zu Brüggemann (Unfall, 58 J., Dachdecker i.R.):
Unfallhergang: beim Aussteigen aus dem Wohnmobil umgeknickt, Knie li. verdreht.
MRT 3 Tage später: Korbhenkelriss Innenmeniskus, aber auch Gonarthrose Grad III (K-L)
medial + Knochenmarködem. OP (Teilmeniskektomie) 01/2026.

GA Dr. Pahlke: Invalidität 2/10 Beinwert, Mitwirkung von Krankheiten 50 %.
Vermittler meint, der Kunde hatte "nie was am Knie" – Hausarztauszug zeigt aber
Diclofenac-Verordnungen 2022/23 wg. Knieschmerz li.

Kann ich die 50 % so übernehmen? Dann zahlen wir 2/10 x 70 % x 100.000 EUR x 50 % =
7.000 EUR, Progression greift bei dem Grad nicht.

Danke, Claudia
"""))


def m046():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: IT ticket about doctor's-letter scans landing in the wrong inbox; no person or case"),
        date=(2026, 2, 2, 10, 12),
        frm="IT-Servicedesk <servicedesk@elbstrom-versicherung.example>",
        to="Merve Aydın <m.aydin@elbstrom-versicherung.example>",
        subj="[INC-2026-004412] Eingangsscans Arztberichte landen im Postkorb Kfz – Status: gelöst",
        body=T("""
Hallo Frau Aydın,

Ihr Ticket INC-2026-004412 wurde gelöst.

Beschreibung (Ihre Meldung):
"Seit dem Update am Freitag landen Arztberichte und KH-Entlassberichte aus dem Posteingang
nicht im Postkorb KV-Leistung, sondern bei Kfz-Schaden (vermutlich wegen 'KH' im Betreff)."

Lösung:
Die Klassifizierungsregel KL-118 hat "KH" als Kürzel für Kfz-Haftpflicht gewertet. Die Regel
prüft jetzt zusätzlich den Absendertyp (Arzt/Klinik) und die Belegart. Die 214 falsch
zugeordneten Dokumente vom 30.01.–02.02. wurden automatisch in den richtigen Postkorb
verschoben; ein Zugriff durch Kfz-Sachbearbeiter ist lt. Protokoll nicht erfolgt.

Bitte bestätigen Sie innerhalb von 5 Tagen, sonst wird das Ticket automatisch geschlossen.

Ihr IT-Servicedesk
"""))


def m047():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-broker",
                   "marine cargo loss of a company with named contact person, claim ref, reserve; no natural-person health data"),
        date=(2026, 3, 17, 11, 45),
        frm="Marine Claims <marine@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="Cargo claim MC-26-0142 – Kessler Feinkost Import GmbH – reefer failure",
        body=T("""
Dear Sam,

re your client Kessler Feinkost Import GmbH (open cover OC-2025-0318, contact Mr Henrik Kessler,
managing director):

Container MSKU 718302-4, 22 pallets of Iberian cured ham, Valencia -> Hamburg, arrived
03/03/2026 with reefer unit failure; surveyor (Lloyd's agent) found core temperature +14 °C
on 9 pallets, product rejected by the veterinary border post.

Reserve: EUR 86,000 (invoice value + 10 %). We'll hold the carrier liable; please ask the
client for the temperature logger download and the reefer PTI record.

Best regards
Hauke Janssen
Marine Claims, Elbstrom Allgemeine Versicherung AG
"""))


def m048():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "term-life death claim: letter to beneficiary naming insured's cause of death (pancreatic cancer), payout"),
        date=(2026, 3, 18, 10, 30),
        frm="Life Claims <leistung-leben@elbstrom-versicherung.example>",
        to="Margaret Holloway <m.holloway@mailbox.example>",
        subj="Policy 71-RL-0203345 – death benefit for the late Mr Andrew Holloway",
        body=T("""
Dear Mrs Holloway,

please accept our sincere condolences on the death of your husband.

We have received the death certificate and the attending physician's statement of
Dr Hinrichsen. Your husband died on 21 February 2026 of metastatic pancreatic cancer
(diagnosed October 2025). As the policy has been in force since 2014, there is no
contestability issue and no further medical evidence is needed.

Death benefit under term life policy 71-RL-0203345:    EUR 250,000.00
Beneficiary (irrevocable since 2014):                  Margaret Holloway

We will pay the amount to your account IBAN GB56 NWBK 7087 6090 3545 48 within five
working days. As the policy is held in Germany, we will also notify the Bundeszentralamt
für Steuern as required.

With deepest sympathy,

Annika Brenner
Life Claims
Elbstrom Lebensversicherung AG
"""))


def m049():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: training handout on reading lab values (DOCX) with reference ranges and abbreviations; no person"),
        date=(2026, 2, 5, 8, 30),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Trainees Leistung <trainees-leistung@elbstrom-versicherung.example>",
        cc="Lea Brunckhorst <l.brunckhorst@elbstrom-versicherung.example>",
        subj="Handout Laborwerte für Donnerstag",
        body=T("""
Liebe Trainees,

für die Schulung am Donnerstag anbei das Handout "Laborwerte lesen für Nicht-Mediziner".
Bitte vorher einmal überfliegen, wir gehen die Beispiele gemeinsam durch.

Viele Grüße
K. Oltmanns
"""),
        atts=[a_docx("Handout_Laborwerte_lesen.docx", [
            "Laborwerte lesen für Nicht-Mediziner – Handout Risikoprüfung / Leistung",
            "Referenzbereiche sind laborabhängig! Immer die Normwerte auf dem Befund beachten.",
            [["Parameter", "Kürzel", "typischer Referenzbereich", "Was bedeutet ein erhöhter Wert?"],
             ["Glukose nüchtern", "BZ", "70–99 mg/dl", "Hinweis auf Diabetes / Prädiabetes"],
             ["Langzeitzucker", "HbA1c", "< 5,7 %", "≥ 6,5 % spricht für Diabetes mellitus"],
             ["Gesamtcholesterin", "Chol", "< 200 mg/dl", "Fettstoffwechselstörung"],
             ["LDL-Cholesterin", "LDL", "< 116 mg/dl (ohne Risiko)", "Gefäßrisiko"],
             ["Gamma-GT", "GGT / γ-GT", "m < 60 U/l, w < 40 U/l", "Leber, Alkohol, Medikamente"],
             ["Kreatinin", "Krea", "0,7–1,2 mg/dl", "Nierenfunktion eingeschränkt"],
             ["Schilddrüsenhormon", "TSH", "0,4–4,0 mU/l", "Unterfunktion (hoch) / Überfunktion (niedrig)"],
             ["Carbohydrate-deficient Transferrin", "CDT", "< 1,7 %", "chronischer Alkoholkonsum"]],
            "Beispiel 1 (erfunden): HbA1c 6,8 %, BMI 32, RR 145/90 – welche Fragen stellen Sie dem Arzt?",
            "Beispiel 2 (erfunden): GGT 140 U/l, CDT 2,4 % – was bedeutet das für die Risikoprüfung?",
            "Merke: Ein einzelner erhöhter Wert ist noch keine Diagnose.",
        ], creator="K. Oltmanns")])


def m050():
    return dict(L=("CONFIDENTIAL", "de", "internal",
                   "motor fraud check: named claimant with repeated claims, HIS query, plate and address; no injury"),
        date=(2026, 3, 19, 15, 5),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Spezialermittlung <sondereinheit-betrug@elbstrom-versicherung.example>",
        subj="Prüfauftrag 26-KS-022415 – auffällige Häufung",
        body=T("""
Hallo Kollegen,

bitte Prüfung/Ermittlung zu folgendem Fall:

Anspruchsteller:  Dominik Racz, Wilhelmsburger Reichsstr. 88, 21107 Hamburg
Fzg.:             Mercedes C 220 d, HH-DR 2211 (Halter Racz, finanziert)
Schadenhergang:   angeblich Auffahrunfall durch unseren VN (Transporter Firma Alster-Umzüge)
                  am 12.03. nachts, Veddeler Damm, keine Zeugen, keine Polizei
Forderung:        9.870 EUR fiktive Abrechnung lt. Gutachten Kfz-SV Lütke

Auffälligkeiten:
- HIS-Abfrage: Fzg. und Anspruchsteller mit 3 Vorschäden seit 2023 (2x Auffahrunfall
  ohne Polizei, 1x Parkschaden), jeweils fiktiv abgerechnet, gleiches SV-Büro
- Schadenbild passt lt. unserem Techniker nur teilweise (Höhenversatz 12 cm)
- VN-Fahrer räumt Kontakt ein, aber "nur leicht angetippt"

Personenschaden wird nicht geltend gemacht. Zahlung ist gesperrt.

""") + S_WIE)


def m051():
    return dict(L=("NORMAL", "en", "insurer-to-supplier",
                   "trap: fee schedule and service levels for paramedical exams with an examiner network; no applicant"),
        date=(2026, 1, 12, 15, 20),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Account Management <accounts@medscreen-uk.example>",
        subj="RE: Service agreement 2026 – paramed fee schedule",
        body=T("""
Hi Gemma,

thanks for the draft. We're fine with the schedule below, with two changes (marked *):

  Service                                   Fee (GBP)   SLA
  Paramed exam (height/weight/BP/urine)        85       appointment within 5 WD
  Full medical exam by GP examiner            160       within 7 WD
  Resting ECG incl. cardiologist read          55       report within 3 WD
  Exercise ECG                                210       *within 10 WD (not 15)
  Blood profile B2 (FBC, LFT, lipids, HbA1c)    48       lab result within 3 WD
  HIV/Hep B/Hep C consent + test               35       only if requested on form
  Home visit supplement                         30
  *Cancellation < 24 h by applicant             0       (not chargeable to us)

Reports to come as PDF via the secure upload only, never as email attachments. Please
also use our new form MER-EN-2026; the old one still asks for the applicant's NI number,
which we don't need.

Kind regards
Ola
"""))


def m052():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "travel cancellation due to job loss (no health): named customer, booking, refund to NL IBAN"),
        date=(2026, 3, 20, 9, 40),
        frm="Elbstrom Reiseversicherung <reise@elbstrom-versicherung.example>",
        to="Joost van der Meulen <joost.vdmeulen@mailbox.example>",
        subj="Trip cancellation claim RR-26-001208 – Lisbon 04-11 April",
        body=T("""
Dear Mr van der Meulen,

thank you for sending the termination letter from your employer (Hafen Consult GmbH, notice
dated 02/03/2026 for operational reasons) and the cancellation invoice from the tour operator.

Involuntary loss of employment is an insured event under your annual travel cancellation
policy 88-RR-0612280. We reimburse:

  Cancellation fee (80 % of EUR 1,940.00)      EUR 1,552.00
  less excess (20 %)                           EUR   310.40
  Payment                                      EUR 1,241.60

Payment to: NL49 ABNA 4745 2505 42, J. van der Meulen, within 5 working days.

Kind regards
Elbstrom Travel Insurance Claims
"""))


def m053():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "dental HKP (treatment and cost plan) approval for a named insured: bridge regio 24–26, GOZ, reimbursement"),
        date=(2026, 3, 23, 13, 10),
        frm="Leistung Zahn <leistung-zahn@elbstrom-versicherung.example>",
        to="Holger Timm <holger.timm@webmail.example>",
        subj="Ihr Heil- und Kostenplan vom 10.03.2026 – Zahnarztpraxis Dr. Kaya",
        body=T("""
Sehr geehrter Herr Timm,

vielen Dank für die Einreichung des Heil- und Kostenplans (HKP) Ihrer Zahnärztin Dr. Kaya.

Geplant ist eine vollverblendete Brücke regio 24–26 (Zahn 25 fehlt nach Extraktion 12/2025,
Pfeilerzähne 24 und 26 wurzelbehandelt) inkl. provisorischer Versorgung.

  Honorar nach GOZ (Faktor 2,3 bzw. 3,5 für GOZ 5010 mit Begründung)   1.684,23 EUR
  Material- und Laborkosten (voraussichtlich)                          1.402,00 EUR
  Summe                                                               3.086,23 EUR

Ihr Tarif ZAHN-PLUS 80 erstattet Zahnersatz zu 80 %, die Zahnstaffel ist im 3. Versicherungsjahr
mit 2.500 EUR noch nicht ausgeschöpft (bisher in Anspruch genommen: 312,40 EUR). Wir sagen
Ihnen daher eine Erstattung von voraussichtlich 2.187,60 EUR zu (Begrenzung Zahnstaffel).

Bitte reichen Sie nach der Behandlung die Rechnung mit Laborbeleg ein.

Mit freundlichen Grüßen
Leistung Zahn
Elbstrom Krankenversicherung AG
"""))


def m054():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: announcement of the new health questions wording in BU applications; questions only, no applicant"),
        date=(2026, 2, 12, 9, 0),
        frm="Produktmanagement Leben <pm-leben@elbstrom-versicherung.example>",
        to="Risikoprüfung Leben <rp-leben@elbstrom-versicherung.example>",
        cc="Maklerbetreuung Leben <makler-leben@elbstrom-versicherung.example>",
        subj="Neue Gesundheitsfragen BU ab 01.04.2026 – finaler Wortlaut",
        body=T("""
Hallo zusammen,

nach Abstimmung mit Recht und Nordkap Re steht der Wortlaut der neuen Gesundheitsfragen
für BU-PRIME und BU-KOMPAKT (Antragsversion 04/2026):

1. Sind Sie in den letzten 5 Jahren von Ärzten oder Heilpraktikern untersucht, beraten oder
   behandelt worden wegen Krankheiten, Beschwerden oder Gesundheitsstörungen an
   a) Herz/Kreislauf (z.B. Bluthochdruck, Herzinfarkt), b) Wirbelsäule/Gelenken,
   c) Stoffwechsel (z.B. Diabetes) ... [Routineuntersuchungen ohne Befund ausgenommen]
2. Wurden Sie in den letzten 10 Jahren stationär in einem Krankenhaus, einer Reha- oder
   Kurklinik behandelt?
3. Wurden Sie in den letzten 5 Jahren wegen psychischer Erkrankungen beraten oder behandelt?
   (neu: Gespräche beim Hausarzt ohne Diagnose nur angeben, wenn > 3 Termine)
4. Nehmen Sie regelmäßig Medikamente ein (ausgenommen Verhütungsmittel, Schilddrüsenhormone
   bei Unterfunktion ohne weitere Erkrankung)?
5. Körpergröße und Gewicht

Wichtig für euch: Die Frage nach AU-Zeiten > 14 Tage entfällt, dafür wird Frage 3 präziser.
Rückfragen an Produktmanagement (Jannik Roloff, -4130).
"""))


def m055():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                   "large DI claim notification to reinsurer: insured identified by policy, age, ALS diagnosis, benefit"),
        date=(2026, 3, 24, 16, 0),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Claims Life & Health <claims.lh@castellan-re.example>",
        subj="Large claim notification – DI – policy 72-BU-0401990 – cession CR-LH-2019-044",
        body=T("""
Dear colleagues,

under the terms of our quota share treaty CR-LH-2019-044 we notify the following large
disability claim:

Policy:            72-BU-0401990 (BU-PRIME, issued 01/2019)
Insured:           female, 39 yrs, architect (initials J.K.)
Annual benefit:    EUR 36,000 (BU-Rente 3,000/month) + premium waiver, term to age 67
Reserve (gross):   EUR 742,300; your share 40 %: EUR 296,920
Diagnosis:         amyotrophic lateral sclerosis (G12.2), first symptoms 04/2025, confirmed
                   by EMG and neurology 09/2025; progressive weakness both hands, since 01/2026
                   wheelchair for longer distances
Decision:          accepted 100 % from 01/10/2025 (date of 6 months' prognosis not needed,
                   permanent disability documented)
Underwriting:      standard at issue, no relevant non-disclosure found

Copies of the neurologist's reports are available via the claims portal on request.

""") + S_TAM)


def m056():
    return dict(L=("NORMAL", "en", "insurer-to-partner",
                   "trap: German-English crib sheet of medical abbreviations for the reinsurer's claims team (HTML table); no person"),
        date=(2026, 1, 29, 14, 25),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Mark Thewlis <m.thewlis@nordkap-re.example>",
        subj="German medical abbreviations – crib sheet for your team",
        html_only=True,
        html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mark,</p>
<p>as discussed after the audit: a short crib sheet for your London claims team who are reading
our German reports. Feel free to share internally.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7ee"><th>German</th><th>Long form</th><th>English</th></tr>
<tr><td>Z.n.</td><td>Zustand nach</td><td>s/p, status post</td></tr>
<tr><td>V.a.</td><td>Verdacht auf</td><td>suspected, ?</td></tr>
<tr><td>o.B.</td><td>ohne Befund</td><td>NAD, unremarkable</td></tr>
<tr><td>ED</td><td>Erstdiagnose</td><td>date of first diagnosis</td></tr>
<tr><td>KH</td><td>Krankenhaus</td><td>hospital</td></tr>
<tr><td>AU</td><td>Arbeitsunfähigkeit</td><td>sick leave / unfit for work</td></tr>
<tr><td>AHB</td><td>Anschlussheilbehandlung</td><td>post-acute inpatient rehab</td></tr>
<tr><td>RR</td><td>Blutdruck (Riva-Rocci)</td><td>BP</td></tr>
<tr><td>MRT</td><td>Magnetresonanztomographie</td><td>MRI</td></tr>
<tr><td>Tbl. / 1-0-1</td><td>Tablette, morgens-mittags-abends</td><td>tab, bd</td></tr>
<tr><td>GdB</td><td>Grad der Behinderung</td><td>degree of disability (social law, 0-100)</td></tr>
<tr><td>MdE</td><td>Minderung der Erwerbsfähigkeit</td><td>reduction in earning capacity (statutory accident ins.)</td></tr>
<tr><td>BU</td><td>Berufsunfähigkeit</td><td>disability (own occupation, 50 % threshold)</td></tr>
<tr><td>RZ / Ausschluss / Rückstellung</td><td>Risikozuschlag / Leistungsausschluss / Zurückstellung</td><td>loading / exclusion / postponement</td></tr>
</table>
<p>Beware: in motor claims <b>KH</b> means Kfz-Haftpflicht (third-party liability) and in
commercial property <b>BU</b> means Betriebsunterbrechung (business interruption).</p>
<p>Best regards<br>Katrin Oltmanns</p>
</body></html>
"""))


def m057():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "classic car (H plate) policy: HU/AU (= emission test) proof, named customer, plate, VIN; no health"),
        date=(2026, 3, 25, 11, 30),
        frm="Oldtimer-Service <oldtimer@elbstrom-versicherung.example>",
        to="Reinhard Quast <r.quast@netzpost.example>",
        subj="Ihr Oldtimer Mercedes 280 SE, PI-HQ 72H – Nachweis HU/AU und Wertgutachten",
        body=T("""
Sehr geehrter Herr Quast,

für die Verlängerung der Oldtimer-Police 41-OT-0077120 zum 01.05. fehlen uns noch:

1. der aktuelle HU-Bericht inkl. AU (Abgasuntersuchung) – der letzte liegt uns von 04/2024 vor,
   fällig war die Prüfung laut Plakette im März 2026
2. ein Wertgutachten (Kurzgutachten genügt), nicht älter als 5 Jahre; unser Gutachten
   stammt von 2019 (Zustand 2, Marktwert 38.500 EUR)

Fahrzeug: Mercedes-Benz 280 SE (W116), EZ 1976, FIN WDB11602212045678, H-Kennzeichen PI-HQ 72H.

Ohne gültige HU/AU können wir den Vertrag nur ohne Kasko weiterführen. Sie können die
Unterlagen einfach als Foto auf diese Mail zurückschicken.

Mit freundlichen Grüßen
Ihr Oldtimer-Service
Jörg Niemann
"""))


def m058():
    return dict(L=("NORMAL", "de", "internal", "team outing planning, names only"),
        date=(2026, 3, 26, 12, 40),
        frm="Lea Brunckhorst <l.brunckhorst@elbstrom-versicherung.example>",
        to="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        subj="Teamausflug 08.05. – Umfrage bis Freitag!",
        body=T("""
Hallöchen zusammen,

Sönke hat grünes Licht gegeben: Teamausflug am Freitag, 08.05., ab 13 Uhr.
Drei Vorschläge, bitte bis Freitag im Formular abstimmen (Link im Teams-Kanal):

A) Barkassenfahrt Speicherstadt + Fischbrötchen
B) Escape Room "Das Archiv" in Hammerbrook (passt irgendwie zu uns...)
C) Minigolf im Stadtpark + Biergarten

Vegetarisch/vegan geht überall, gebt es bitte trotzdem im Formular an.
Danach wer mag: Feierabendbier.

Lea
"""))


def m059():
    return dict(L=("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                   "German note with quoted English discharge summary: expat member hospitalised with dengue fever, lab values"),
        date=(2026, 3, 27, 9, 5),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="IH-0051187 Schrader – Dengue, Bangkok – Verlegung nötig?",
        body=T("""
Hallo Katrin,

unser Mitglied Herr Felix Schrader (IH-0051187, 28 J., Projektingenieur in Thailand) liegt
seit 23.03. im Krankenhaus in Bangkok. Die Klinik will noch 3–4 Tage behalten, Kosten bisher
ca. 180.000 THB. Der Arbeitgeber fragt, ob wir ihn nach Singapur oder DE verlegen.
Entlassbericht-Auszug unten – aus meiner Sicht keine Verlegung, aber bitte kurz dein Votum.

Danke! Ola

> Discharge/progress summary – Sukhumvit Central Hospital (extract)
> Patient: Mr Felix Schrader, M, 28y, HN 660-214-77
> Admitted 23/03/2026, Dx: Dengue fever with warning signs (A97.1)
> Day 3 of illness on admission; fever 39.6 °C, abdominal pain, vomiting x3
> Platelets 23/03: 98k -> 25/03: 31k -> 26/03: 44k (recovering), Hct 47 % -> 42 %
> No bleeding, no plasma leakage on US, LFT: AST 212, ALT 164
> Tx: IV fluids (crystalloid), paracetamol 500 mg 1-1-1-1 prn, no NSAIDs
> Plan: observe 48-72 h until platelets > 50k and afebrile 48 h, then discharge
> Fit to fly: expected 7 days after discharge
"""))


def m060():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "personal liability: customer's child broke a neighbour's laptop; named customer, neighbour, policy, claim; no injury"),
        date=(2026, 3, 30, 14, 0),
        frm="Benedikt Sturm <b.sturm@elbstrom-versicherung.example>",
        to="Olivia Grant-Schäfer <olivia.grant@mailbox.example>",
        subj="Your liability claim 26-HP-003771 – neighbour's laptop",
        body=T("""
Dear Ms Grant-Schäfer,

thank you for reporting that your son Finn (9) knocked your neighbour's laptop off the garden
table while playing football on 21 March.

Under German law children aged 7 to 17 are liable only if they had the insight needed to
recognise their responsibility (section 828 BGB), which is often disputed at Finn's age.
Your family liability policy 44-PH-1203388 (tariff PHV-PREMIUM) includes the "Deliktunfähige
Kinder" extension up to EUR 15,000, so we will pay your neighbour, Mr Clemens Ortlepp, for the
damage in any case.

Mr Ortlepp has sent a repair estimate of EUR 1,120 (display and keyboard). We'll settle
directly with him. No excess applies to this extension.

Kind regards
Benedikt Sturm
Liability Claims, Elbstrom Allgemeine Versicherung AG
"""))


def m061():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: avocation rating table (diving, flying, climbing) from the underwriting manual; no applicant"),
        date=(2026, 2, 3, 11, 0),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="Avocation ratings – consolidated table (manual chapter 7)",
        body=T("""
Team,

we've had a few inconsistent votes on hazardous pursuits lately, so here is the consolidated
table from chapter 7 again. Use it; if the questionnaire doesn't fit the table, refer to me.

  Pursuit                              Life                  BU / DI
  Scuba, recreational, < 40 m          standard              standard
  Scuba, 40-60 m / technical           + EUR 2 per mille     exclusion
  Private pilot, > 50 h/yr, VFR        + EUR 2.50 per mille  aviation exclusion
  Paragliding, recreational            + EUR 1.50 per mille  exclusion
  Mountaineering > 6,000 m             + EUR 3 per mille     exclusion or decline
  Motor racing (licensed)              decline / exclusion   exclusion
  Boxing / MMA amateur, competitions   + EUR 1 per mille     exclusion

"per mille" = extra premium per EUR 1,000 sum assured per year. Exclusions use clause
texts AK-07 to AK-12 only.

Rajiv
"""))


def m062():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "harmless body; BU benefit acknowledgement letter (burnout/depression, benefit amount) only in the PDF"),
        date=(2026, 3, 31, 10, 20),
        frm="Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        to="Miriam Albers <miriam.albers@webmail.example>",
        subj="Ihr Schreiben – Vertrag 72-BU-0612044",
        body=T("""
Sehr geehrte Frau Albers,

anbei erhalten Sie unser Schreiben vom heutigen Tag. Das Original senden wir Ihnen zusätzlich
per Post.

Bei Fragen erreichen Sie Herrn Carstens unter 040 3389-4461.

Mit freundlichen Grüßen
Ihre Leistung BU
Elbstrom Lebensversicherung AG
"""),
        atts=[a_pdf("Schreiben_72-BU-0612044_2026-03-31.pdf", T("""
Elbstrom Lebensversicherung AG - Leistung BU - Ballindamm 61 - 20095 Hamburg

Frau Miriam Albers
Op'n Kamp 7
22559 Hamburg
                                                     Hamburg, 31.03.2026
Vertrag 72-BU-0612044 / Leistungsfall 25-BU-000871

Anerkenntnis Ihrer Berufsunfähigkeitsleistung

Sehr geehrte Frau Albers,

wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit geprüft. Nach den
Berichten Ihrer behandelnden Psychiaterin Dr. Thielemann und der Klinik am Hirschpark
(stationäre Behandlung 18.08. bis 06.10.2025) liegt bei Ihnen eine schwere depressive
Episode ohne psychotische Symptome (F32.2) nach langjähriger Überlastung vor.
Ihre zuletzt ausgeübte Tätigkeit als Grundschullehrerin können Sie seit dem
18.08.2025 zu mehr als 50 % nicht mehr ausüben.

Wir erkennen unsere Leistungspflicht ab 01.09.2025 an:
- monatliche BU-Rente 1.650,00 EUR
- Befreiung von der Beitragszahlung (mtl. 94,12 EUR)
Nachzahlung September 2025 bis März 2026: 11.550,00 EUR zzgl. Beitragserstattung.

Das Anerkenntnis ist nicht befristet. Wir werden uns im Rahmen der
Nachprüfung nach § 174 VVG frühestens in 12 Monaten wieder melden.

Mit freundlichen Grüßen
Elbstrom Lebensversicherung AG
i.A. Björn Carstens          i.A. Sönke Petersen
"""), title="Anerkenntnis BU")])


def m063():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: letter template for queries to doctors with «placeholders» (DOCX); no real person"),
        date=(2026, 1, 20, 16, 30),
        frm="Textmanagement <textmanagement@elbstrom-versicherung.example>",
        to="Risikoprüfung Leben <rp-leben@elbstrom-versicherung.example>",
        subj="Neuer Textbaustein AA-12 Arztanfrage (Befundbericht) – Freigabe",
        body=T("""
Hallo zusammen,

der überarbeitete Baustein AA-12 "Anfrage Befundbericht an behandelnden Arzt" ist von Recht und
Datenschutz freigegeben und ab Montag im Korrespondenzsystem. Änderungen: Hinweis auf die
Schweigepflichtentbindung nach § 213 VVG präziser, GOÄ-Ziffer 75 statt pauschal "Honorar".

Vorlage anbei zur Info.

Gruß aus dem Textmanagement
Corinna Blohm
"""),
        atts=[a_docx("AA-12_Arztanfrage_Befundbericht_v3.docx", [
            "«Arzt_Anrede» «Arzt_Titel» «Arzt_Name»",
            "«Praxis_Strasse», «Praxis_PLZ» «Praxis_Ort»",
            "Anfrage Befundbericht – Ihr(e) Patient(in) «VP_Vorname» «VP_Name», geb. «VP_Geburtsdatum»",
            "«Arzt_Briefanrede»,",
            "Ihr(e) Patient(in) hat bei uns eine «Produkt» beantragt (Antrag «Antragsnummer») und uns nach § 213 VVG "
            "eine Schweigepflichtentbindung für Sie erteilt.",
            "Wir bitten um einen Befundbericht zu folgenden Angaben: «Freitext_Angaben_VP»",
            "1. gesicherte Diagnosen inkl. ICD-10 und Erstdiagnose",
            "2. Behandlungsverlauf, Dauermedikation (Wirkstoff, Dosis, Schema)",
            "3. AU-Zeiten der letzten 5 Jahre",
            "4. Überweisungen an Fachärzte / stationäre Aufenthalte",
            "Die Gebühr nach GOÄ Nr. 75 zzgl. Auslagen übernehmen wir.",
            "Mit freundlichen Grüßen «SB_Name», «SB_Funktion»",
        ], creator="Textmanagement")])


def m064():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "household burglary claim: named customer, police ref, stolen-goods list, payout IBAN"),
        date=(2026, 4, 1, 15, 45),
        frm="Hanna Ketelsen <h.ketelsen@elbstrom-versicherung.example>",
        to="Ronja Petersen-Haak <ronja.ph@netzpost.example>",
        subj="Einbruch vom 14.03. – Schaden 26-HR-005102 – Abrechnung",
        body=T("""
Liebe Frau Petersen-Haak,

danke für die vollständige Stehlgutliste und die Kopie der Anzeige (Polizeikommissariat 23,
Tgb.-Nr. 260314-0912-055). Wir rechnen Ihren Hausratschaden (Vertrag 52-HR-1220816) wie folgt ab:

  MacBook Air 2023 (Rechnung)                    1.299,00
  Schmuck (Goldkette, Ohrringe; Entschädigungsgrenze Wertsachen 20 %)  2.600,00
  Bargeld (Grenze 1.500 EUR)                       400,00
  Reparatur Wohnungstür (Schloss, Zarge)          640,50
  ---------------------------------------------------------
  Entschädigung                                  4.939,50 EUR

Überweisung auf Ihr Konto DE62 2246 4397 4214 1871 95 in den nächsten Tagen.
Falls Gegenstände wieder auftauchen, geben Sie uns bitte Bescheid.

Viele Grüße
Hanna Ketelsen
Schadenservice Sach
"""))


def m065():
    return dict(L=("NORMAL", "en", "insurer-to-partner", "treaty renewal meeting invitation (ICS); no person data"),
        date=(2026, 4, 2, 9, 30),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Mark Thewlis <m.thewlis@nordkap-re.example>",
        cc="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>, Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        subj="Invitation: Treaty renewal L&H 2027 – Hamburg, 12 May",
        body=T("""
Hi Mark,

as agreed on the phone – invitation attached. Agenda: experience 2023-2025, DI claims trends,
automatic binding limits, manual release 14.2 implementation, facultative turnaround times.

Lunch is on us.

Oliver
"""),
        atts=[a_ics("Treaty_renewal_2027.ics", T("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbstrom//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:treaty-2027-nordkap@elbstrom-versicherung.example
DTSTAMP:20260402T073000Z
DTSTART;TZID=Europe/Berlin:20260512T100000
DTEND;TZID=Europe/Berlin:20260512T160000
SUMMARY:Treaty renewal L&H 2027 – Nordkap Re / Elbstrom
LOCATION:Ballindamm 61, Hamburg, room 5.01
DESCRIPTION:Experience 2023-2025, DI claims trends, binding limits, manual 14.2.
ORGANIZER;CN=Oliver Tamm:mailto:o.tamm@elbstrom-versicherung.example
ATTENDEE;CN=Mark Thewlis;ROLE=REQ-PARTICIPANT:mailto:m.thewlis@nordkap-re.example
END:VEVENT
END:VCALENDAR
"""))])


def m066():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "internal",
                   "harmless body; XLSX list of applicants above the automatic binding limit with names, birth dates, impairments, votes"),
        date=(2026, 4, 6, 8, 50),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        subj="Fac cases Q1 – list for the bordereau",
        body=T("""
Oliver,

list attached as discussed – all Q1 cases above the automatic binding limit or outside the
manual. Please reconcile with Nordkap's bordereau before the renewal meeting.

R.
"""),
        atts=[a_xlsx("Fac_cases_Q1_2026.xlsx", [
            ["Ref", "Name", "DOB", "Product", "SA / benefit EUR", "Impairment", "Our vote", "RI terms", "Status"],
            ["AN 7731-0519", "Ebeling, Matthias", "22.09.1974", "Term Life", 1800000, "HTN, raised GGT, FHx MI", "+50", "+75 (CDT)", "issued"],
            ["AN 7731-0533", "Hartung, Simone", "04.02.1981", "BU", 4000, "MS suspected, MRI pending", "postpone", "postpone", "closed"],
            ["AN 7731-0548", "Demirci, Okan", "30.06.1969", "Term Life", 2500000, "T2DM HbA1c 7.1, BMI 32", "+100", "+75", "issued"],
            ["AN 7731-0571", "Lorenz-Haack, Eva", "12.12.1988", "BU", 3500, "papillary thyroid ca pT1a, 2021", "+50 / 5 yrs", "standard", "pending"],
            ["AN 7731-0590", "Pohl, Marius", "19.08.1985", "Term Life + BU", 1200000, "ADHD, methylphenidate", "std / exclusion psych", "std / std", "issued"],
        ], sheet="Q1")])


def m067():
    return dict(L=("CONFIDENTIAL", "mixed", "insurer-to-partner",
                   "motor no-claims history request to a Dutch insurer: named customer, birth date, previous plate; German internal note"),
        date=(2026, 4, 7, 10, 10),
        frm="Kfz-Antrag <kfz-antrag@elbstrom-versicherung.example>",
        to="Claims History Desk <schadevrij@polderverzekeringen.example>",
        cc="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        subj="Request for no-claims statement – Ms Femke Bakker, born 08/07/1990 – prev. policy AV-7712093",
        body=T("""
Dear colleagues,

Ms Femke Bakker, born 8 July 1990, formerly of Utrecht, has moved to Hamburg and taken out motor
insurance with us (policy 41-KF-3410072, vehicle Toyota Yaris Hybrid, HH-FB 2290, previously
NL registration 12-XKL-9). She states she was insured with you under policy AV-7712093 from
2016 to 01/2026 with 9 claim-free years (bonus-malus step 14).

Please confirm the claim-free period and any claims in the last 5 years so that we can place
her in the correct German no-claims class (SF). Her signed release is attached.

Kind regards
Motor Underwriting, Elbstrom Allgemeine Versicherung AG

---
Torsten, zur Info: bis die Bestätigung kommt, läuft sie vorläufig in SF 1/2 (KH) bzw. 0 (VK).
Wenn 9 Jahre bestätigt -> SF 9 rückwirkend, Differenz ca. 410 EUR zurück. Gruß, Jana
"""),
        atts=[a_pdf("Release_Bakker_signed.pdf", T("""
Authorisation / Vollmacht
I, Femke Bakker, born 08.07.1990, residing at Grindelallee 140, 20146 Hamburg,
authorise Polder Verzekeringen N.V. to disclose my motor claims history under policy
AV-7712093 to Elbstrom Allgemeine Versicherung AG, Hamburg.
Hamburg, 02.04.2026        signed: F. Bakker
"""), title="Release Bakker")])


def m068():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: minutes of the underwriting jour fixe on guidelines (Long COVID, BMI, postponement periods); no case"),
        date=(2026, 2, 13, 15, 0),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="Protokoll Jour fixe Risikoprüfung 12.02.2026",
        body=T("""
Protokoll Jour fixe Risikoprüfung Leben/BU – 12.02.2026, 10:00–11:15
Teilnehmer: Menon, Oltmanns, Haberkorn, Steffens, Yilmaz, Brunckhorst (Gast)

TOP 1 Nordkap Re Release 14.2
- Übernahme ab 01.03.; Körperbau-Tabelle Kap. 4.7 angepasst (verschickt 16.02.)
- Hypertonie: eigene Richtlinie bleibt bis 60 J. bei "normal", darüber Einzelfall

TOP 2 Long COVID / Post-COVID in der BU-Antragsprüfung
- Symptome < 6 Mon. abgeklungen, keine AU > 4 Wo.: normal
- anhaltende Fatigue/kognitive Störungen: Rückstellung 12 Mon., danach Befundbericht
- keine Ausschlussklausel "Post-COVID" (zu unbestimmt) -> Beschluss

TOP 3 Rückstellungsfristen
- Standard 6 / 12 / 24 Monate, Wiedervorlage im System verpflichtend
- Anschreiben Textbaustein RS-03 wird um Hinweis "erneuter Antrag ohne Gesundheitsprüfung
  nicht möglich" ergänzt

TOP 4 Verschiedenes
- Schulung "EKG-Befunde lesen" für neue Kolleg:innen, Dr. Oltmanns, März
- Nächster JF: 12.03.

gez. Haberkorn
"""))


def m069():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "postponement (Rückstellung) of a named applicant's term-life application due to ongoing diagnostics (suspected sarcoidosis)"),
        date=(2026, 4, 8, 11, 0),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Florian Nagel <florian.nagel@webmail.example>",
        cc="Uwe Fenske <fenske@fenske-makler.example>",
        subj="Ihr Antrag auf Risikolebensversicherung AN 7731-0664",
        body=T("""
Sehr geehrter Herr Nagel,

vielen Dank für Ihren Antrag und die Unterlagen Ihres Lungenfacharztes.

Laut Bericht vom 20.03.2026 besteht bei Ihnen der Verdacht auf eine Sarkoidose (Lymphknoten-
vergrößerung im Röntgen-Thorax, CT geplant, Bronchoskopie noch nicht erfolgt). Solange die
Diagnostik nicht abgeschlossen ist, können wir das Risiko nicht abschließend beurteilen.

Wir stellen Ihren Antrag daher zurück (Rückstellung). Gern prüfen wir erneut, sobald
  – die Diagnose gesichert ist (Bericht inkl. CT und ggf. Histologie) und
  – feststeht, ob eine Behandlung (z.B. Cortison) erforderlich ist,
frühestens jedoch in 6 Monaten. Eine Ablehnung ist damit nicht verbunden.

Ihr Vermittler, Herr Fenske, erhält eine Kopie dieses Schreibens.

Mit freundlichen Grüßen

Jens Haberkorn
Risikoprüfung Leben / BU
Elbstrom Lebensversicherung AG
"""))


def m070():
    return dict(L=("NORMAL", "en", "insurer-to-supplier",
                   "trap: quality audit of examiner reports with percentages only (missing BP readings, ECG), no applicant"),
        date=(2026, 4, 9, 16, 15),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Account Management <accounts@medscreen-uk.example>",
        subj="Quarterly quality review Q1 2026 – paramed reports",
        body=T("""
Hi Gemma,

results of our Q1 file audit (random sample of 60 reports):

  - second BP reading missing where first was > 140/90:   9 reports (15 %)
  - ECG tracing not attached, only the interpretation:     4 (7 %)
  - urine dipstick photo missing:                          6 (10 %)
  - weight self-reported instead of measured:              2 (3 %)
  - report uploaded > 3 working days after the exam:      11 (18 %)

The first point is the one that hurts – it triggers a second appointment in almost every
case. Could you brief your examiners again (new form MER-EN-2026 makes the second reading
mandatory)? Target for Q2: below 5 % on all points.

Thanks
Ola
"""))


def m071():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "returned direct debit, new SEPA mandate with IBAN for named customer's motor and household policies"),
        date=(2026, 4, 10, 8, 20),
        frm="Beitragsservice <beitragsservice@elbstrom-versicherung.example>",
        to="Kemal Yıldırım <kemal.yildirim@netzpost.example>",
        subj="Ihre neue Bankverbindung – Verträge 52-HR-1009981 und 41-KF-2877410",
        body=T("""
Sehr geehrter Herr Yıldırım,

vielen Dank für Ihren Anruf. Wir haben das neue SEPA-Lastschriftmandat für Ihre Verträge
erfasst:

  Hausrat         52-HR-1009981
  Kfz (HH-KY 404) 41-KF-2877410

Kontoinhaber: Kemal Yıldırım
IBAN:         DE39 6141 1774 0123 2315 07
Mandatsreferenz: ELB-M-0099812-03

Den offenen Betrag aus dem Hausratvertrag (184,20 EUR zzgl. 3,00 EUR Rücklastschriftgebühr)
ziehen wir am 15.04. ein. Die Mahnung ist damit erledigt.

Mit freundlichen Grüßen
Ihr Beitragsservice
Elbstrom Allgemeine Versicherung AG
"""))


def m072():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: website blog draft explaining Risikozuschlag, Ausschluss and Rückstellung in general terms"),
        date=(2026, 4, 13, 13, 30),
        frm="Unternehmenskommunikation <kommunikation@elbstrom-versicherung.example>",
        to="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        subj="Blogbeitrag 'Gesundheitsprüfung verständlich' – fachliche Freigabe?",
        html=T("""
<html><body style="font-family:Georgia,serif;font-size:11pt">
<p>Hallo Herr Haberkorn,</p>
<p>anbei der Entwurf für unseren Kundenblog. Können Sie fachlich drüberschauen? Freigabe bitte bis Freitag.</p>
<hr>
<h2>Risikozuschlag, Ausschluss, Rückstellung – was bedeutet das eigentlich?</h2>
<p>Wer eine Berufsunfähigkeits- oder Risikolebensversicherung beantragt, beantwortet Gesundheitsfragen.
Danach gibt es meistens eines von vier Ergebnissen:</p>
<ol>
<li><b>Annahme zu normalen Bedingungen</b> – das ist bei den meisten Anträgen der Fall.</li>
<li><b>Risikozuschlag</b> – Sie zahlen einen etwas höheren Beitrag, zum Beispiel bei deutlichem Übergewicht.</li>
<li><b>Leistungsausschluss</b> – eine bestimmte Erkrankung, etwa an einem Kniegelenk, ist nicht mitversichert. Alles andere schon.</li>
<li><b>Rückstellung</b> – wir entscheiden später, z.B. wenn eine Untersuchung noch läuft.</li>
</ol>
<p>Tipp: Beantworten Sie die Fragen vollständig. Lieber eine Behandlung zu viel angeben als eine zu wenig.</p>
</body></html>
"""),
        body=T("""
Hallo Herr Haberkorn,

anbei der Entwurf für unseren Kundenblog. Können Sie fachlich drüberschauen? Freigabe bitte bis Freitag.

---
Risikozuschlag, Ausschluss, Rückstellung – was bedeutet das eigentlich?

Wer eine Berufsunfähigkeits- oder Risikolebensversicherung beantragt, beantwortet Gesundheitsfragen.
Danach gibt es meistens eines von vier Ergebnissen:

1. Annahme zu normalen Bedingungen – das ist bei den meisten Anträgen der Fall.
2. Risikozuschlag – Sie zahlen einen etwas höheren Beitrag, zum Beispiel bei deutlichem Übergewicht.
3. Leistungsausschluss – eine bestimmte Erkrankung, etwa an einem Kniegelenk, ist nicht mitversichert. Alles andere schon.
4. Rückstellung – wir entscheiden später, z.B. wenn eine Untersuchung noch läuft.

Tipp: Beantworten Sie die Fragen vollständig. Lieber eine Behandlung zu viel angeben als eine zu wenig.
"""))


def m073():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "BU claim: undisclosed psychotherapy found, rescission under § 19 VVG proposed; named insured"),
        date=(2026, 4, 14, 17, 40),
        frm="Björn Carstens <b.carstens@elbstrom-versicherung.example>",
        to="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        cc="Recht Leben <recht-leben@elbstrom-versicherung.example>",
        subj="26-BU-000244 Jannsen – vAV, Rücktritt? Bitte Freigabe",
        body=T("""
Hallo Sönke,

Fall Jannsen (Marcel Jannsen, Kfz-Mechatroniker, Vertrag 72-BU-0702318, Beginn 01.06.2024):
Leistungsantrag wg. Lumboischialgie li. bei BSV L4/5, AU seit 09/2025.

Bei der Prüfung der Kassenauskunft (GKV-Auszug 2019–2025) aufgefallen:
- 2022–2023: 24 Sitzungen Verhaltenstherapie, Dx F41.1 (generalisierte Angststörung)
  + F10.1 (schädlicher Alkoholgebrauch), Escitalopram 10 mg 2022–2023
- AU 6 Wo. 03–04/2023 mit F41.1
- Gesundheitsfrage 3 (Psyche, 5 J.) im Antrag 05/2024 mit "nein" beantwortet

Nach Annahmerichtlinien hätten wir bei F41.1 + F10.1 abgelehnt (BA-Votum Oltmanns liegt vor).
-> Rücktritt nach § 19 Abs. 2 VVG, Frist § 21 (1 Monat ab Kenntnis 02.04.) läuft bis 02.05.
Vorsatz/Arglist eher nicht erkennbar, VN war bei Antragstellung 23.

Bitte Freigabe, dann Schreiben mit Recht abstimmen.
Björn
"""))


def m074():
    return dict(L=("NORMAL", "en", "partner", "trap: reinsurer webinar registration confirmation on Long COVID underwriting; no person data"),
        date=(2026, 2, 20, 10, 2),
        frm="Lea Brunckhorst <l.brunckhorst@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="FW: Registration confirmed – Webinar 'Post-COVID condition in underwriting and DI claims'",
        body=T("""
Hi all, FYI – I registered the team room, so we can watch it together on the big screen.
Lea

---------- Forwarded message ---------
From: Castellan Re Academy <academy@castellan-re.example>
Subject: Registration confirmed – Webinar 'Post-COVID condition in underwriting and DI claims'

Thank you for registering!

Webinar: Post-COVID condition in underwriting and DI claims
Date: Thursday, 5 March 2026, 14:00-15:30 CET
Speakers: Dr Helena Strand (CMO Castellan Re), Prof. Tobias Weinreich (rehabilitation medicine)

Topics: definitions (WHO, NICE), fatigue and post-exertional malaise, objective evidence,
return-to-work data, suggested underwriting approach (postpone / exclusion / standard),
claims management and rehabilitation.

Join link: https://academy.castellan-re.example/webinar/pcc-2026
"""))


def m075():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "tenant's liability: lost keys of a rented flat, named customer, landlord, address, claim and lock replacement cost"),
        date=(2026, 4, 15, 9, 55),
        frm="Benedikt Sturm <b.sturm@elbstrom-versicherung.example>",
        to="Daniel Okafor <daniel.okafor@mailbox.example>",
        subj="Lost keys – claim 26-HP-004102 – Hoheluftchaussee 51",
        body=T("""
Dear Mr Okafor,

sorry to hear about the lost keys. Your private liability policy 44-PH-1311904 includes cover
for lost keys of rented property up to EUR 30,000 (excess EUR 150).

Your landlord, Hausverwaltung Brink & Söhne, has asked for the replacement of the central
locking system of the building at Hoheluftchaussee 51 (quote EUR 4,870.00, 14 flats) because
the lost bunch included the master key for the entrance and the basement.

Before we pay, we need:
 - your short statement of where and when the keys were lost (you mentioned the U3 on 06/04)
 - confirmation that the keys had no address tag
 - the lock-smith quote in writing

We'll then settle directly with the management company.

Kind regards
Benedikt Sturm
"""))


def m076():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                   "group income protection: reply to employer HR confirming a named employee's disability claim is under assessment"),
        date=(2026, 4, 16, 12, 5),
        frm="Group Benefits Claims <gruppe-leistung@elbstrom-versicherung.example>",
        to="HR Benefits <benefits@nordlicht-software.example>",
        subj="RE: Employee Sven Hollander – group income protection claim",
        body=T("""
Dear Ms Kaur,

thank you for your enquiry. We can confirm that the income protection claim of your employee
Mr Sven Hollander (group contract GIP-2022-0117, member no. 0117-0348) was received on
30 March and is currently being assessed. The deferred period of 26 weeks ends on 21 May.

Please understand that we cannot share any medical details with you as the employer. What we
still need from your side is:
  - the completed employer's statement (form GIP-ES), incl. job description and the last
    12 months' salary (basic + variable)
  - the date from which you will stop paying full salary

Mr Hollander will receive our decision directly; you will be informed of the benefit amount
and start date so that payroll can be adjusted.

Kind regards
Nicole Brandt
Group Benefits Claims
Elbstrom Lebensversicherung AG

> From: Harpreet Kaur <benefits@nordlicht-software.example>
> Sent: 15 April 2026 17:20
> Subject: Employee Sven Hollander – group income protection claim
>
> Hi, Sven has been off since November and his sick pay runs out. Can you tell us what the
> status is and roughly when a decision is expected? Also, is it his back or the other thing?
> Thanks, Harpreet
"""))


def m077():
    return dict(L=("NORMAL", "de", "insurer-to-partner",
                   "trap: quarterly reinsurance account with aggregated premiums, claims and reserves (Rückstellungen); no person"),
        date=(2026, 2, 16, 10, 0),
        frm="Rückversicherung Personen <rv-personen@elbstrom-versicherung.example>",
        to="Abrechnung Leben <accounts.life@castellan-re.example>",
        subj="Quotenabrechnung Q4/2025 – Vertrag CR-LH-2019-044",
        body=T("""
Sehr geehrte Damen und Herren,

anbei die Quartalsabrechnung Q4/2025 zum Quotenvertrag CR-LH-2019-044 (Ihr Anteil 40 %):

                                             100 %            Ihr Anteil 40 %
  Beiträge BU/Leben Q4                   14.812.440,00          5.924.976,00
  Provision (28 %)                       -4.147.483,20         -1.658.993,28
  Zahlungen Leistungsfälle Q4            -6.002.118,40         -2.400.847,36
  Veränderung Deckungsrückstellung         -912.300,00           -364.920,00
  Veränderung Rückstellung für noch
  nicht abgewickelte Versicherungsfälle  -1.340.770,00           -536.308,00
  -----------------------------------------------------------------------------
  Saldo zu Ihren Gunsten                  2.409.768,40            963.907,36

Der Saldo wird mit Valuta 27.02.2026 auf Ihr bekanntes Konto überwiesen. Die Einzelaufstellung
der Großschäden > 250 TEUR folgt wie üblich separat über das RV-Portal.

Mit freundlichen Grüßen
Rückversicherung Personen
Ingrid Mahnke
"""))


def m078():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "partial-cover deer collision: named customer, plate, claim, repair cost; nobody hurt (windows-1252)"),
        date=(2026, 4, 17, 8, 35),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Gesa Hinrichs <gesa.hinrichs@netzpost.example>",
        subj="Wildunfall 09.04. – Ihr Schaden 26-KS-023310",
        cs="windows-1252",
        body=T("""
Sehr geehrte Frau Hinrichs,

gut, dass Ihnen bei dem Zusammenstoß mit dem Reh auf der K 42 bei Sittensen nichts passiert ist.

Die Wildschadenbescheinigung des Jagdpächters liegt uns vor. Den Schaden an Ihrem Opel Astra
(ROW-GH 88) übernehmen wir aus der Teilkasko (Vertrag 41-KF-2990157):

  Reparatur lt. Kostenvoranschlag Autohaus Meyer, Zeven   2.318,77 €
  abzüglich Selbstbeteiligung TK                            150,00 €
  Zahlung an die Werkstatt                                2.168,77 €

Eine Rückstufung erfolgt bei Teilkasko-Schäden nicht.

""") + S_WIE)


def m079():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "doctor",
                   "harmless body; medical invalidity report (radius fracture, range of motion, degree of invalidity) inside a ZIP"),
        date=(2026, 4, 20, 14, 30),
        frm="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="GA Pahlke 26-UF-000412 + Rechnung",
        body=T("""
Hi Katrin,

GA + Rechnung im Zip. Kannst du bis Ende der Woche sagen, ob wir 3/20 Handwert so
übernehmen können? Ich finde die Begründung zur Mitwirkung etwas dünn.

Danke!
C.
"""),
        atts=[a_zip("26-UF-000412_Gutachten.zip", [
            a_pdf("Gutachten_Sommerfeld_Pahlke_2026-04-16.pdf", T("""
Dr. med. Falk Pahlke - Facharzt für Orthopädie und Unfallchirurgie - Gutachtenpraxis
An: Elbstrom Allgemeine Versicherung AG, Leistung Unfall, z.Hd. Frau Reimers
Ihr Zeichen: 26-UF-000412                          Hamburg, 16.04.2026

Unfallchirurgisches Gutachten zur Invaliditätsbemessung
Versicherte: Jana Sommerfeld, geb. 19.08.1986
Untersuchung am 09.04.2026

Vorgeschichte: Sturz mit dem Fahrrad am 02.11.2025, distale Radiusfraktur rechts
(AO 23-C2), palmare Plattenosteosynthese am 04.11.2025. Rechtshänderin.
Beschwerden: Belastungsschmerz beim Binden von Sträußen, Kraftminderung,
Morgensteifigkeit ca. 20 Min.
Befund: Narbe palmar reizlos. Handgelenk re./li. (Neutral-Null):
Extension/Flexion 45-0-50 / 70-0-80, Radial-/Ulnarabduktion 15-0-25 / 25-0-35,
Pro-/Supination 80-0-70 / 90-0-90. Grobe Kraft (Jamar) re. 21 kg, li. 32 kg.
Röntgen 09.04.2026: Fraktur knöchern konsolidiert, Stufe 1 mm im Radiokarpalgelenk,
beginnende posttraumatische Arthrose.
Beurteilung: Dauerhafte Funktionsbeeinträchtigung der rechten Hand.
Invaliditätsgrad: 3/20 Handwert. Mitwirkung von Krankheiten/Gebrechen: keine.
Metallentfernung nicht zwingend; weitere Besserung nicht zu erwarten.
"""), title="Gutachten 26-UF-000412"),
            a_pdf("Rechnung_Pahlke_GA-2026-118.pdf", T("""
Rechnung GA-2026-118                        Hamburg, 16.04.2026
Gutachten Invalidität, Ihr Zeichen 26-UF-000412 (Sommerfeld)
Pauschale Gutachten lt. Vereinbarung           650,00 EUR
Röntgen Handgelenk re. 2 Ebenen (GOÄ 5030)      34,97 EUR
Summe                                          684,97 EUR
Zahlbar innerhalb 14 Tagen.
"""), title="Rechnung GA-2026-118"),
        ])])


def m080():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: case-based training quiz for the international team, invented cases with age/sex only"),
        date=(2026, 4, 21, 9, 15),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Intl UW Team <intl-uw@elbstrom-versicherung.example>",
        subj="Friday quiz #7 – what's your vote?",
        body=T("""
Morning all,

this week's quiz (invented cases, any resemblance to real applicants is pure coincidence).
Answers by Thursday, solution and cake on Friday.

A) 41F, expat teacher in Dubai, applying for GLOBAL CARE 2. Hx: GDM in 2nd pregnancy (2022),
   resolved post-partum, HbA1c now 5.4 %. BMI 27.
   -> standard / loading / exclusion / postpone?

B) 33M, engineer in Singapore. s/p ACL reconstruction R knee 2024, full sport since 2025,
   no Physio.
   -> exclusion R knee for how long?

C) 58M, consultant in Houston (USA cover requested). HTN on 2 meds, RR 138/86,
   LDL 140 on statin, ex-smoker 10 pack-years.
   -> which loading, and which extra evidence?

D) 27F, nurse in Riyadh. Hx: anorexia nervosa age 15-17, inpatient x1, BMI now 20.
   -> ?

Ola
"""))


def m081():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-broker",
                   "professional liability quote for a sole-trader physiotherapist: named person, turnover (income), prior claim; no patient health data"),
        date=(2026, 4, 22, 15, 10),
        frm="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="RE: PI/PL quote – Ms Harriet Lowe, physiotherapy practice, Hamburg-Ottensen",
        body=T("""
Hi Sam,

quote for your client Ms Harriet Lowe (sole trader, "Physio am Spritzenplatz"):

  Cover:        professional & public liability (Berufs- und Betriebshaftpflicht Heilberufe)
  Limit:        EUR 5m combined single limit, 2x aggregate
  Staff:        owner + 2 employed physiotherapists, 1 receptionist
  Turnover:     EUR 186,000 declared for 2025 (owner's taxable profit approx. EUR 71,000)
  Prior claims: 1 (2023, patient's watch damaged in the changing room, EUR 420)
  Premium:      EUR 612.00 p.a. plus 19 % insurance tax
  Excess:       EUR 250 property damage, none for bodily injury

Please note the quote is based on the turnover figure; if the new treatment room (lymph
drainage) adds more than 20 %, let us know at renewal.

Best
Frieda
""") + S_LAM)


def m082():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                   "query to radiology practice on a named patient's MRI invoice (GOÄ 5700, contrast agent, indication)"),
        date=(2026, 4, 23, 10, 45),
        frm="Merve Aydın <m.aydin@elbstrom-versicherung.example>",
        to="Abrechnung Radiologie am Stadtpark <abrechnung@radiologie-stadtpark.example>",
        subj="Rechnung Nr. 26-04418 – Patient Herr Ulf Gerdau, geb. 03.11.1964 – Rückfrage",
        body=T("""
Sehr geehrte Damen und Herren,

Ihr Patient, Herr Ulf Gerdau (geb. 03.11.1964), hat uns Ihre Rechnung Nr. 26-04418 vom
31.03.2026 über 1.214,55 EUR zur Erstattung eingereicht (MRT Kopf mit KM am 24.03.2026,
Indikation lt. Überweisung: V.a. Vestibularisschwannom li., Hörminderung li.).

Rückfragen:
1. GOÄ 5700 (MRT Kopf) ist mit Faktor 2,5 berechnet, die Begründung "erhöhter Zeitaufwand
   wg. Bewegungsartefakten" reicht für > 1,8 (Technischer Leistungsbereich) nur, wenn die
   Untersuchung tatsächlich wiederholt wurde. Bitte erläutern.
2. GOÄ 5731 (Ergänzungsserie) zweimal – bitte die zweite Serie benennen.
3. Kontrastmittel Gadobutrol 7,5 ml: bitte Preisnachweis (Apothekeneinkaufspreis).

Herr Gerdau hat uns eine Schweigepflichtentbindung erteilt. Die unstrittigen Positionen
(GOÄ 5705, 5733, Beratung) haben wir ihm bereits erstattet.

""") + S_AYD)


def m083():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: press release draft with top causes of BU claims 2025 (aggregated percentages)"),
        date=(2026, 4, 24, 11, 0),
        frm="Unternehmenskommunikation <kommunikation@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        cc="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        subj="PM-Entwurf 'Psyche weiter Ursache Nr. 1 bei Berufsunfähigkeit' – Zahlen ok?",
        body=T("""
Hallo Herr Menon, hallo Herr Petersen,

bitte prüfen Sie die Zahlen im Entwurf – Veröffentlichung geplant am 05.05.

---
PRESSEMITTEILUNG (Entwurf)
Hamburg, 5. Mai 2026

Elbstrom-Auswertung: Psychische Erkrankungen bleiben häufigste Ursache für Berufsunfähigkeit

Psychische Erkrankungen waren 2025 bei der Elbstrom Lebensversicherung die häufigste Ursache
für neue Berufsunfähigkeits-Leistungen. 31 Prozent der anerkannten Fälle gingen auf
Depressionen, Angst- oder Belastungsstörungen zurück (2024: 28 Prozent). Es folgen
Erkrankungen des Muskel-Skelett-Systems (26 Prozent) und Krebserkrankungen (19 Prozent).

Das Durchschnittsalter bei Eintritt der Berufsunfähigkeit lag bei 48,7 Jahren.
"Jeder vierte BU-Fall betrifft Menschen unter 40", sagt Dr. Rajiv Menon, Leiter Risikoprüfung.

Pressekontakt: Kirsten Adomeit, presse@elbstrom-versicherung.example
"""))


def m084():
    return dict(L=("CONFIDENTIAL", "de", "internal",
                   "practice contents insurance: water damage to the MRT room of a named sole-practitioner radiologist; no patient data"),
        date=(2026, 4, 27, 13, 50),
        frm="Timo Reese <t.reese@elbstrom-versicherung.example>",
        to="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        subj="Praxis Dr. Albrecht – LW im MRT-Raum, Elektronik-Deckung?",
        body=T("""
Hi Frieda,

Schadenmeldung aus der Praxis-Inhalt + Elektronik (Vertrag 70-PX-0044128), VN Dr. med. Konstantin
Albrecht, Radiologe (Einzelpraxis), Mühlenkamp 31, 22303 Hamburg:

In der Nacht zum 25.04. ist im Stockwerk darüber ein Eckventil geplatzt, Wasser ist im MRT-Raum
durch die Decke gekommen. Der Magnet (1,5 T) selbst ist wohl ok, aber die Kühlung/Kaltkopf
und der Gradientenverstärker im Technikraum haben Wasser abbekommen. Praxis hat den MRT-
Betrieb eingestellt, CT und Röntgen laufen.

Fragen:
- Elektronik läuft über die Allgefahren-Deckung, SB 2.500 EUR – korrekt?
- Mehrkosten/Ertragsausfall: er hat nur 3 Monate Praxisausfall (Tagesentschädigung
  1.400 EUR) – Hersteller sagt 6–8 Wochen Lieferzeit für die Ersatzteile
- Regress gegen den Haftpflichtversicherer des Nachbarn (Wohnung 3. OG, Mieter)?

Kostenvoranschlag Hersteller: 138.000 EUR, RST setze ich auf 150 TEUR.

Timo
"""))


def m085():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "international health: claim declined as pre-existing asthma, named member, inhalers, hospital stay"),
        date=(2026, 4, 28, 16, 25),
        frm="Elbstrom International Health <intl-claims@elbstrom-versicherung.example>",
        to="Tomasz Wiśniewski <t.wisniewski@mailbox.example>",
        subj="Claim IH-C-26-08841 – hospital stay 02-05 April, Nairobi",
        body=T("""
Dear Mr Wiśniewski,

we have reviewed your claim for the inpatient stay at Riverside Medical Centre, Nairobi,
from 2 to 5 April 2026 (acute exacerbation of asthma, KES 412,000).

Your plan GLOBAL CARE 1 (member no. IH-0047730) started on 1 September 2025 with a
24-month exclusion for pre-existing conditions that were not declared. The records sent by
the hospital show that you have been treated for asthma since 2019 (salbutamol and
budesonide/formoterol inhalers, prescribed by your GP in Kraków), including an emergency
visit in 2024. Asthma was not mentioned in your application (question 4: "no").

We are therefore unable to pay this claim. We have not cancelled your plan; going forward we
can offer to cover asthma with an additional premium of 15 %. If you disagree with our
decision, you may send us further medical evidence or contact the German insurance
ombudsman (Ombudsmann PKV).

Kind regards
International Health Claims
Elbstrom Krankenversicherung AG
"""))


def m086():
    return dict(L=("NORMAL", "de", "internal", "IT outage notice for the print/scan service; no person"),
        date=(2026, 4, 29, 7, 30),
        frm="IT-Betrieb <it-betrieb@elbstrom-versicherung.example>",
        to="Alle Mitarbeitenden Hamburg <alle-hh@elbstrom-versicherung.example>",
        subj="Störung: Druck- und Scanservice 4. OG – Umleitung auf 2. OG",
        body=T("""
Liebe Kolleginnen und Kollegen,

der Multifunktionsdrucker im 4. OG (MFD-4-01) ist seit heute früh defekt. Der Techniker kommt
morgen Vormittag.

Bis dahin bitte den Drucker im 2. OG (MFD-2-03) nutzen. Vertrauliche Ausdrucke bitte nur
mit "Follow-Me-Druck" und Mitarbeiterausweis abholen, nicht direkt drucken.

Danke für Ihr Verständnis
Ihr IT-Betrieb
"""))


def m087():
    return dict(L=("CONFIDENTIAL", "mixed", "insurer-to-company",
                   "fleet motor: named employee drivers with claim counts, plates; company contact; no injuries; German with English part"),
        date=(2026, 4, 30, 11, 5),
        frm="Flotten-Underwriting <flotte@elbstrom-versicherung.example>",
        to="Fuhrpark Kröger <fuhrpark@kroeger-hafenlogistik.example>",
        cc="Fleet Europe <fleet@kroeger-logistics-uk.example>",
        subj="Schadenverlauf Flotte 2025 / Fleet loss ratio 2025 – Vertrag 41-FL-000318",
        body=T("""
Sehr geehrter Herr Kröger,

zur Vorbereitung der Verlängerung 2027 anbei der Schadenverlauf Ihrer Flotte (62 Fzg.):
Schadenquote 2025: 94 % (2024: 71 %). Auffällig sind drei Fahrer mit mehreren Schäden:

  Fahrer                Fzg.           Schäden 2025   davon KH   Aufwand EUR
  Ralf Ostermann        HH-KL 1203     4              3          18.420
  Piotr Zieliński       HH-KL 1188     3              1           6.915
  Mehmet Aslan          HH-KL 1240     3              2          11.204

Alle Schäden waren Blechschäden (Rangieren, Auffahren), keine Personenschäden.
Wir empfehlen ein Fahrsicherheitstraining; die Kosten übernehmen wir zu 50 %.

For our colleagues in the UK branch: the loss ratio of the 11 UK-registered trucks is
covered under the separate policy 41-FL-000319 and is not included above. Renewal terms
will follow in September; we expect a premium increase of 12-15 % unless the claims
frequency improves.

Mit freundlichen Grüßen / Kind regards
Flotten-Underwriting, Elbstrom Allgemeine Versicherung AG
Martin Kobs
"""))


def m088():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "curt reminder: daily sickness allowance needs the follow-up sick note (AU), named insured, contract"),
        date=(2026, 5, 4, 9, 2),
        frm="Merve Aydın <m.aydin@elbstrom-versicherung.example>",
        to="Sven Paulsen <sven.paulsen@webmail.example>",
        subj="Krankentagegeld 60-KT-0312905 – AU-Folgebescheinigung fehlt",
        body=T("""
Hallo Herr Paulsen,

Ihre letzte AU-Bescheinigung gilt bis 30.04. Damit wir das Krankentagegeld ab 01.05.
weiterzahlen können, brauchen wir die Folgebescheinigung Ihrer Ärztin bzw. Ihres
Psychotherapeuten. Einfach als Foto auf diese Mail antworten.

""") + S_AYD)


def m089():
    return dict(L=("NORMAL", "en", "insurer-to-broker",
                   "trap: broker FAQ with the medical evidence grid by age and sum assured (ECG, MER, labs); no applicant"),
        date=(2026, 5, 5, 10, 30),
        frm="Broker Support Life <makler-leben@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="RE: Which medicals for expat term life?",
        body=T("""
Dear Sam,

our routine medical evidence requirements for term life (German and expat business) are:

  Sum assured (EUR)      age 18-40            age 41-50                 age 51-65
  up to 300,000          application only     application only          paramed
  300,001-750,000        application only     paramed + blood B2        MER + blood B2
  750,001-1,500,000      paramed + B2         MER + B2 + resting ECG    MER + B2 + ECG
  above 1,500,000        MER + B2 + ECG       MER + B2 + exercise ECG   + financial UW

B2 = full blood count, liver function, lipids, HbA1c, creatinine, HIV/Hepatitis with consent.
Where the application reveals a condition, the underwriter may ask for an attending
physician's statement (APS) in addition.

We arrange and pay for all medicals via MedScreen UK or our German examiner network.

Kind regards
Kirsten Wolter
Broker Support Life
"""))


def m090():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-broker",
                   "buildings storm damage: named customer, address, claim no., assessor, payment on account"),
        date=(2026, 2, 23, 12, 10),
        frm="Hanna Ketelsen <h.ketelsen@elbstrom-versicherung.example>",
        to="Maklerbüro Jürgensen <info@juergensen-versicherungen.example>",
        subj="Sturm 'Gerlinde' – Dach Fam. Lührs, Obstmarschenweg 210 – Schaden 26-WG-001944",
        body=T("""
Moin Herr Jürgensen,

kurzer Stand zum Sturmschaden Ihrer Kunden Bernd und Silke Lührs (Wohngebäude 31-WG-3309812):

- Dachdecker hat am 19.02. ca. 40 m² Reet gesichert (Notabdeckung Plane), Rechnung 1.860 EUR
  zahlen wir sofort
- Sachverständiger Wendt (Reetdach-Spezialist) ist für 26.02. beauftragt
- Abschlag 10.000 EUR ist freigegeben, geht an das Konto aus dem Vertrag
- Wasserschaden im OG (Decke Schlafzimmer) ist mitversichert, bitte Fotos nachreichen

Die Kunden sollen bitte keine Handwerker für die endgültige Eindeckung beauftragen, bevor der
SV da war.

Viele Grüße
Hanna Ketelsen
Schadenservice Sach
"""))


def m091():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "doctor",
                   "examiner network invoice lines naming applicants and tests (ECG, bloods, HIV consent) in a CSV, forwarded for checking"),
        date=(2026, 5, 6, 14, 40),
        frm="Kreditorenbuchhaltung <kreditoren@elbstrom-versicherung.example>",
        to="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        subj="FW: MedScreen UK invoice MS-INV-26-0412 – please confirm services",
        body=T("""
Hi Ms Nowak,

could you confirm the services on the attached invoice? The total is above the
usual monthly amount and two lines look like duplicates (rows 3 and 4).

Thanks
Martina Lühr, Accounts Payable

-----Original Message-----
From: MedScreen UK Billing <billing@medscreen-uk.example>
Sent: 05 May 2026 09:12
Subject: Invoice MS-INV-26-0412 – April 2026

Please find attached our invoice for April 2026 with the itemised case list.
MedScreen UK Ltd
"""),
        atts=[a_csv("MS-INV-26-0412_caselist.csv", T("""
client_ref,applicant,dob,service,date,fee_gbp
IL-26-0031,Owen Whitfield,03/05/1981,repeat MSU + bloods U&E eGFR HbA1c lipids,14/04/2026,83.00
IL-26-0044,Rachel Adeyemi,21/10/1977,paramed + blood B2 + HIV/Hep consent,08/04/2026,168.00
IL-26-0047,Graham Pike,02/02/1966,MER + resting ECG,16/04/2026,215.00
IL-26-0047,Graham Pike,02/02/1966,MER + resting ECG,16/04/2026,215.00
IL-26-0052,Sunita Mehra,30/07/1985,paramed,22/04/2026,85.00
IL-26-0055,Callum Reid,11/12/1972,exercise ECG (referred: ST depression on resting ECG),29/04/2026,210.00
"""), charset="utf-8")])


def m092():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: data-protection reminder on how to mail health data (rules and examples, no real case)"),
        date=(2026, 5, 7, 8, 0),
        frm="Datenschutz <datenschutz@elbstrom-versicherung.example>",
        to="Alle Leistung und Risikoprüfung <alle-lrp@elbstrom-versicherung.example>",
        subj="Erinnerung: Gesundheitsdaten per E-Mail – was geht, was nicht",
        body=T("""
Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind uns mehrere Mails aufgefallen, in denen Diagnosen im Betreff
standen. Deshalb noch einmal die wichtigsten Regeln:

1. Diagnosen, Befunde, Medikamente, Voten der Risikoprüfung (RZ, Ausschluss, Rückstellung)
   gehören nie in den Betreff. Im Betreff nur Antrags- oder Schaden-Nr.
   Falsch: "AN 12345 – V.a. MS, Rückstellung?"   Richtig: "AN 12345 – Rückfrage"
2. Externe Mails mit Gesundheitsdaten gehen automatisch verschlüsselt bzw. über das Portal
   raus. Bitte nicht versuchen, das durch Weiterleitung an private Adressen zu umgehen.
3. Teams-Kanäle: nur Nummern, keine Namen + Diagnosen.
4. Kolleg:innen-Krankmeldungen: Grund der Erkrankung nicht im Team verteilen.

Fragen gern an datenschutz@elbstrom-versicherung.example oder Durchwahl -1919.

Ihr Datenschutzteam
Dr. Carola Wenzel, Datenschutzbeauftragte
"""))


def m093():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "e-bike theft claim: named customer, frame number, police ref, payout IBAN"),
        date=(2026, 5, 8, 11, 20),
        frm="Elbstrom Schadenservice <schaden@elbstrom-versicherung.example>",
        to="Ingrid Sørensen <ingrid.sorensen@mailbox.example>",
        subj="Stolen e-bike – claim 26-FR-000923",
        body=T("""
Dear Ms Sørensen,

thanks for the police report (Polizeikommissariat 14, ref. 260428-1710-031) and the purchase
invoice. Your e-bike (trekking e-bike "Voltaro T8", frame no. WVR8-2211-0093K)
was stolen from the locked bike room at Lappenbergsallee 23 on 27/28 April.

Your household policy 52-HR-1298877 with the bicycle add-on covers the replacement value up
to EUR 4,000. Invoice price 2023: EUR 4,299.00 -> payment EUR 4,000.00 (cap).

We'll transfer the money to IBAN DE18 4299 0681 5366 9948 09 (I. Sørensen).

If the bike turns up again, please let us know – you can then choose to keep it and repay
the amount, or transfer ownership to us.

Kind regards
Hanna Ketelsen
Claims Service Property
"""))


def m094():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "medical adviser note on a child's health insurance application: atopic dermatitis, asthma, loading"),
        date=(2026, 5, 11, 15, 15),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Antrag KV <antrag-kv@elbstrom-versicherung.example>",
        subj="BA-Votum AN-KV 4410-2207 Mia Schlüter (5 J.)",
        body=T("""
BA-Votum zu AN-KV 4410-2207

VP: Mia Schlüter, geb. 14.09.2020, Tarif KOMFORT-KIDS (amb./stat./Zahn), mitversichert bei
Mutter Laura Schlüter

Angaben/Unterlagen:
- atopische Dermatitis seit Säuglingsalter, Schübe v.a. Winter, Kortisonsalbe (Prednicarbat)
  b. Bed., Basispflege
- Asthma bronchiale (J45.0), ED 2024, Salbutamol b. Bed. + Budesonid 200 µg 1-0-1 im Winter,
  1x notfallmäßig KH 11/2024 (obstruktive Bronchitis, 2 Tage)
- Nahrungsmittelallergie Haselnuss (Notfallset Adrenalin-Pen)
- Entwicklung altersgerecht, sonst o.B.

Votum: Annahme mit RZ 20 % auf amb. und stat. Tarifteil, kein Ausschluss. Überprüfung des
RZ auf Antrag nach 3 Jahren ohne stationäre Behandlung möglich.
Kein Ausschluss für Allergien (Kostenrisiko gering).

K. Oltmanns
"""))


def m095():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: claims operations KPI update (turnaround times DI, health, accident); aggregate only"),
        date=(2026, 5, 12, 9, 45),
        frm="Claims Operations <claims-ops@elbstrom-versicherung.example>",
        to="Claims Managers <claims-managers@elbstrom-versicherung.example>",
        subj="Claims KPIs April 2026",
        html_only=True,
        html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h3>Claims KPIs – April 2026</h3>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Line</th><th>New claims</th><th>Decided</th><th>Median days to decision</th><th>Target</th></tr>
<tr><td>DI (BU)</td><td>58</td><td>61</td><td>94</td><td>90</td></tr>
<tr><td>Health – invoices</td><td>48,210</td><td>47,998</td><td>3.1</td><td>5</td></tr>
<tr><td>Health – HKP / cost plans</td><td>2,114</td><td>2,090</td><td>6.4</td><td>7</td></tr>
<tr><td>Accident – invalidity</td><td>141</td><td>133</td><td>51</td><td>60</td></tr>
<tr><td>Long-term care</td><td>87</td><td>90</td><td>18</td><td>21</td></tr>
</table>
<p>DI still slightly above target: waiting time for attending physicians' statements (APS) is the
main driver (median 27 days). We'll pilot the electronic APS request with two examiner networks in June.</p>
<p>Claims Operations</p>
</body></html>
"""))


def m096():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "traffic legal expenses: cover for appeal against a speeding fine (administrative offence) of a named customer"),
        date=(2026, 5, 13, 13, 0),
        frm="Rechtsschutz-Service <rechtsschutz@elbstrom-versicherung.example>",
        to="Jörn Harder <joern.harder@netzpost.example>",
        subj="Ihr Bußgeldbescheid – Deckungszusage Verkehrs-Rechtsschutz 26-RS-004210",
        body=T("""
Sehr geehrter Herr Harder,

für das Einspruchsverfahren gegen den Bußgeldbescheid des Landkreises Harburg vom 28.04.2026
(Geschwindigkeitsüberschreitung 31 km/h außerorts auf der B 75, 160 EUR, 1 Punkt, kein
Fahrverbot) erteilen wir Kostenschutz aus Ihrem Verkehrs-Rechtsschutz 85-RS-0081172.

Umfasst sind die Anwaltsgebühren (Verfahren vor der Verwaltungsbehörde und ggf. dem
Amtsgericht) sowie die Kosten eines Sachverständigen für die Überprüfung der Messung
(Messgerät PoliScan). Selbstbeteiligung: 150 EUR.

Mit freundlichen Grüßen
Rechtsschutz-Service
"""))


def m097():
    return dict(L=("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
                   "reinsurer claims audit question on a named DI claim (back pain, psych), answered with German file excerpts"),
        date=(2026, 5, 14, 16, 50),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Mark Thewlis <m.thewlis@nordkap-re.example>",
        subj="RE: Claims audit 2026 – file 25-BU-000611 (Schwertfeger)",
        body=T("""
Hi Mark,

sure – here is what's in the file on 25-BU-000611, with the German quotes as requested:

1. Why 100 % acceptance when the IME said 50-60 %?
   The IME (Dr. Lütjens, 11/2025) wrote: "Aus orthopädischer Sicht Leistungsfähigkeit als
   Gerüstbauer < 3 Std./Tag; für leichte Tätigkeiten vollschichtig." Mr Schwertfeger
   (Gerüstbauer-Kolonnenführer, 52) has no abstract referral clause in his contract
   (BU-PRIME 2016), so only his last job counts -> 100 %.

2. Psych component
   Psychiatric report (Dr. Amsel, 01/2026): "mittelgradige depressive Episode (F32.1)
   reaktiv bei chronischem Schmerzsyndrom (F45.41)", sertraline 50 mg. Not decisive for
   the claim, noted for the review in 2027.

3. Rehab
   3 weeks inpatient orthopaedic rehab 09/2025, discharged "arbeitsunfähig, für die letzte
   Tätigkeit nicht mehr leistungsfähig".

Happy to send the full file via the portal.
Sönke

-----Original Message-----
From: Thewlis, Mark <m.thewlis@nordkap-re.example>
Sent: 13 May 2026 11:02
Subject: Claims audit 2026 – file 25-BU-000611 (Schwertfeger)

Sönke, one question from the audit sample: 25-BU-000611 – IME says 50-60 % but you paid 100 %.
Could you explain, and quote the relevant German passages? Thanks, Mark
"""))


def m098():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: work instruction on plausibility checks of medication data (doses, 1-0-1 schemes) as PDF; no person"),
        date=(2026, 5, 15, 10, 0),
        frm="Leistungsmanagement KV <lm-kv@elbstrom-versicherung.example>",
        to="Alle Leistung KV <alle-leistung-kv@elbstrom-versicherung.example>",
        subj="Arbeitsanweisung AA-KV-031 Plausibilitätsprüfung Arzneimittelverordnungen (neu)",
        body=T("""
Liebe Kolleginnen und Kollegen,

anbei die neue Arbeitsanweisung AA-KV-031. Sie ersetzt die Checkliste "Rezepte" von 2021.
Neu sind v.a. die Abschnitte zu Dosierschemata und zu GLP-1-Analoga.

Leistungsmanagement KV
"""),
        atts=[a_pdf("AA-KV-031_Plausibilitaet_Arzneimittel.pdf", T("""
Elbstrom Krankenversicherung AG - Arbeitsanweisung AA-KV-031 - gültig ab 01.06.2026
Plausibilitätsprüfung Arzneimittelverordnungen

1. Dosierschema lesen
"1-0-1" = morgens 1, mittags 0, abends 1 Tbl.; "1-1-1-1" = viermal täglich;
"b. Bed." / "prn" = bei Bedarf; "0-0-1/2" = abends eine halbe Tbl.

2. Reichweite prüfen
Packungsgröße N1/N2/N3 und Dosierung ergeben die Reichweite. Beispiel: N3 mit
100 Tbl., Schema 1-0-1 = 50 Tage. Folgerezept nach 20 Tagen: Rückfrage.

3. Auffällige Verordnungen (immer BA-Vorlage)
- GLP-1-Analoga ohne Diabetes-Diagnose (Lifestyle-Ausschluss prüfen)
- Off-Label-Use laut Fachinformation
- Cannabis-Arzneimittel (Genehmigungsvorbehalt laut Tarif)
- Wiederholte Verordnung von Benzodiazepinen > 4 Wochen

4. Keine Prüfung notwendig
Verordnungen bis 50 EUR je Rezept, sofern Diagnose und Wirkstoff offensichtlich passen.
"""), title="AA-KV-031")])


def m099():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "motor total loss: named customer, replacement and residual value, payout to financing bank; nobody injured"),
        date=(2026, 5, 18, 14, 20),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Yvonne Kaszubowski <y.kaszubowski@webmail.example>",
        subj="Totalschaden Ford Kuga, STD-YK 505 – Abrechnung VK-Schaden 26-KS-024877",
        body=T("""
Sehr geehrte Frau Kaszubowski,

der Sachverständige hat an Ihrem Ford Kuga (Unfall vom 07.05., Glätte, Leitplanke, zum Glück
ohne Verletzte) einen wirtschaftlichen Totalschaden festgestellt:

  Wiederbeschaffungswert (brutto, differenzbesteuert)   21.400,00 EUR
  Restwert (höchstes Angebot, verbindlich 3 Wochen)      -4.650,00 EUR
  Selbstbeteiligung Vollkasko                              -300,00 EUR
  Entschädigung                                          16.450,00 EUR

Da das Fahrzeug finanziert ist (Sicherungsschein der Autobank Nord AG), zahlen wir zunächst
den Ablösebetrag von 12.881,36 EUR an die Bank, den Rest von 3.568,64 EUR an Sie.
Fahrzeugbrief und Schlüssel gehen an den Restwertkäufer, sobald die Bank freigibt.

""") + S_WIE)


def m100():
    return dict(L=("NORMAL", "en", "internal", "building access for visiting reinsurer staff; business names only"),
        date=(2026, 5, 8, 16, 0),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Empfang <empfang@elbstrom-versicherung.example>",
        subj="Visitors 12 May – Nordkap Re (treaty meeting)",
        body=T("""
Hi,

please prepare visitor badges for Tuesday, 12 May, 09:45, meeting room 5.01:

  - Mark Thewlis, Nordkap Re (London)
  - Dr Fiona Gallagher, Nordkap Re (Munich)
  - Jonas Feld, Nordkap Re (Munich)

Lunch for 8 in 5.01 at 12:30 (catering ordered, cost centre 4490). Parking: not needed,
they come by train.

Thanks!
Oliver
"""))


def m101():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: underwriting manual chapter on cardiovascular conditions (DOCX) with ratings; no applicant"),
        date=(2026, 5, 19, 9, 10),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        cc="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        subj="Entwurf Kap. 6 Herz-Kreislauf (Richtlinien 2026) – bitte medizinisch prüfen",
        body=T("""
Hallo Katrin,

anbei mein Entwurf für Kap. 6. Ich habe die Voten an Nordkap 14.2 angelehnt, aber bei KHK nach
Stent für BU strenger gelassen. Kommentare gern direkt im Dokument.

Gruß Jens
"""),
        atts=[a_docx("Richtlinien_Kap6_Herz-Kreislauf_Entwurf.docx", [
            "Annahmerichtlinien Leben / BU – Kapitel 6 Herz-Kreislauf (Entwurf 05/2026)",
            "6.1 Arterielle Hypertonie (I10)",
            [["Befund", "Leben", "BU"],
             ["behandelt, RR < 140/90 (Mittel 2 Messungen), keine Endorganschäden, bis 60 J.", "normal", "normal"],
             ["RR 140–159 / 90–99 trotz Therapie", "+25 %", "+25 %"],
             ["RR ≥ 160/100 oder Endorganschaden (LVH, Niere)", "BA-Vorlage", "Rückstellung / Ablehnung"]],
            "6.2 Koronare Herzkrankheit (I25), Z.n. PCI/Stent",
            [["Befund", "Leben", "BU"],
             ["Z.n. PCI 1 Gefäß, > 2 J., beschwerdefrei, LVEF ≥ 55 %", "+50 % bis +75 %", "Ablehnung oder Ausschluss Herz-Kreislauf (Einzelfall)"],
             ["Z.n. Myokardinfarkt < 12 Mon.", "Rückstellung", "Rückstellung"],
             ["Mehrgefäß-KHK, LVEF < 45 %", "Ablehnung", "Ablehnung"]],
            "6.3 Vorhofflimmern (I48)",
            "paroxysmal, CHA2DS2-VASc 0–1, keine strukturelle Herzerkrankung: Leben normal bis +25 %, BU +25 % oder Ausschluss.",
            "6.4 Erforderliche Unterlagen",
            "Ruhe-EKG nicht älter als 12 Monate; ab VS 750 TEUR Belastungs-EKG; bei KHK Echo mit LVEF und Kardiologenbericht.",
        ], creator="J. Haberkorn")])


def m102():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "windscreen claim confirmation: named customer, plate, partial-cover policy; very short"),
        date=(2026, 5, 20, 8, 5),
        frm="Kfz-Glas-Service <kfz-glas@elbstrom-versicherung.example>",
        to="Hauke Brandt <hauke.brandt@netzpost.example>",
        subj="Steinschlag HH-HB 777 – Freigabe Scheibentausch",
        body=T("""
Moin Herr Brandt,

Freigabe für den Austausch der Frontscheibe an Ihrem VW T6 (HH-HB 777), Vertrag 41-KF-3188021,
Teilkasko SB 150 EUR. Die Werkstatt rechnet direkt mit uns ab, Sie zahlen dort nur die SB.
Die Kalibrierung der Frontkamera ist mit drin.

Gute Fahrt!
Ihr Kfz-Glas-Service
"""))


def m103():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "expat maternity pre-authorisation: named member, pregnancy, due date, planned caesarean, hospital"),
        date=(2026, 5, 21, 11, 40),
        frm="Elbstrom International Health <intl-claims@elbstrom-versicherung.example>",
        to="Anna-Lena Whitaker <alwhitaker@mailbox.example>",
        subj="Maternity pre-authorisation PA-26-03310 – Singapore",
        body=T("""
Dear Mrs Whitaker,

congratulations again! We confirm the maternity benefit for your delivery:

  Member:            Anna-Lena Whitaker, IH-0042217, GLOBAL CARE 2 (maternity waiting period
                     of 10 months completed on 01/11/2025)
  Estimated due date: 19/08/2026
  Provider:          Mount Faber Women's Hospital, Singapore (direct billing)
  Planned procedure: elective caesarean section at 39 weeks (breech presentation confirmed
                     at 32-week scan; previous caesarean 2023)
  Benefit limit:     SGD 28,000 for delivery incl. newborn care in the first 14 days
  Room:              single room covered

Please add your baby to the policy within 30 days of birth without health questions.
Prenatal screening (NIPT) has been reimbursed under claim IH-C-26-07712.

Kind regards
International Health Team
"""))


def m104():
    return dict(L=("NORMAL", "en", "internal", "medical officer referral rota for the summer; names and dates only"),
        date=(2026, 5, 22, 14, 10),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="Medical officer referral rota June–August",
        body=T("""
All,

referral rota for the summer (who takes BA-Vorlagen / medical referrals):

  01.06.–21.06.   Dr Oltmanns
  22.06.–12.07.   Dr Kessler (external, Tue/Thu only, via referral queue)
  13.07.–02.08.   Dr Oltmanns
  03.08.–31.08.   Dr Oltmanns + myself for cardiology cases

Urgent cases (sum assured > EUR 2m, broker escalation) always to me in copy.

Rajiv
"""))


def m105():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "tenancy legal expenses: rent increase dispute, named customer, landlord, rent and net income for legal aid comparison"),
        date=(2026, 5, 25, 10, 25),
        frm="Rechtsschutz-Service <rechtsschutz@elbstrom-versicherung.example>",
        to="Marco Bellini <marco.bellini@mailbox.example>",
        subj="Your rent increase dispute – legal expenses claim 26-RS-004588",
        body=T("""
Dear Mr Bellini,

thank you for your message and the landlord's letter of 12 May 2026 (Wohnbau Eilbek GmbH),
increasing the net rent for your flat at Wandsbeker Chaussee 190 from EUR 1,040 to EUR 1,196.

Your tenancy legal protection (policy 85-RS-0090211, module "Wohnen") has a 3-month waiting
period, which ended on 1 March 2026, so the dispute is covered. We confirm cover for an initial
consultation and out-of-court representation by a lawyer of your choice.

You mentioned that you also asked about state legal aid: with your stated net income of
EUR 2,850 per month this would not be available, so please use your policy cover.

Kind regards
Legal Expenses Service
Elbstrom Allgemeine Versicherung AG
"""))


def m106():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "reply to a named customer upset about a BU risk loading for migraine; her message with triptan use quoted"),
        date=(2026, 5, 26, 15, 55),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Johanna Riedel <johanna.riedel@webmail.example>",
        subj="AW: Risikozuschlag wegen Migräne?!",
        body=T("""
Sehr geehrte Frau Riedel,

ich verstehe Ihren Ärger und erkläre gern unsere Entscheidung.

Laut dem Bericht Ihres Neurologen haben Sie eine Migräne mit Aura mit 4–6 Attacken pro Monat,
nehmen bei Attacken Sumatriptan und seit 2025 prophylaktisch Amitriptylin; 2025 gab es
3 kurze AU-Zeiten deswegen. Bei dieser Häufigkeit sehen unsere Richtlinien für die BU einen
Zuschlag von 25 % vor. Einen Ausschluss "Migräne" bieten wir bewusst nicht an, weil er für Sie
deutlich ungünstiger wäre.

Wenn sich die Attackenfrequenz unter der Prophylaxe auf unter 2 pro Monat reduziert und das
über 12 Monate so bleibt, prüfen wir den Zuschlag auf Ihren Antrag hin gern erneut.

Mit freundlichen Grüßen

Jens Haberkorn
Risikoprüfung Leben / BU

> Von: Johanna Riedel
> Gesendet: Montag, 25. Mai 2026 21:14
> Betreff: Risikozuschlag wegen Migräne?!
>
> Hallo, ich soll für meine BU 25 % mehr zahlen weil ich Migräne habe?? Das hat doch jede
> zweite Frau. Ich nehm halt Triptane wenn es kommt und seit letztem Jahr das Amitriptylin.
> Meine Kollegin ist bei Ihnen ohne Zuschlag durchgekommen. Vertrag AN 7731-0733.
> J. Riedel
"""))


def m107():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: generic checklist of documents for a BU benefit claim (doctor reports, AU, job description); no person"),
        date=(2026, 5, 27, 9, 0),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        subj="Checkliste Erstanforderung BU-Leistungsantrag (aktualisiert)",
        body=T("""
Moin,

aktualisierte Checkliste für die Erstanforderung. Bitte ab sofort nur noch diese Version nutzen.

[ ] Leistungsantrag (Formular LA-BU 2026), unterschrieben
[ ] Schweigepflichtentbindung (Einzelermächtigung je Arzt oder Generalermächtigung)
[ ] Arztberichte der letzten 3 Jahre (Hausarzt + behandelnde Fachärzte)
[ ] KH-Entlassberichte, Reha-Entlassbericht (falls vorhanden)
[ ] AU-Bescheinigungen bzw. Kassenauszug AU-Zeiten
[ ] Tätigkeitsbeschreibung (Fragebogen TB-01, ggf. vom AG bestätigt)
[ ] bei Selbstständigen: Betriebsbeschreibung + Umorganisationsfragebogen
[ ] Rentenbescheid DRV (falls Erwerbsminderungsrente beantragt)
[ ] GdB-Bescheid (falls vorhanden)

NICHT pauschal anfordern: komplette Kassenauszüge ohne Anlass, Psychotherapie-Akten.

""") + S_PET)


def m108():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-lawyer",
                   "motor liability (KH) property damage: dispute with third party's lawyer over rental car days; named parties, plates"),
        date=(2026, 5, 28, 13, 35),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Rechtsanwälte Kühn & Partner <post@kuehn-partner-recht.example>",
        subj="Ihr Az. 412/26 – Ihr Mandant Herr Lutz Ehlers ./. unser VN Herr Gerd Möller – KH 26-KS-019902",
        body=T("""
Sehr geehrte Damen und Herren,

in o.g. Angelegenheit regulieren wir wie folgt:

  Reparaturkosten lt. Gutachten (netto)            3.912,60 EUR
  Sachverständigenkosten                             688,20 EUR
  Kostenpauschale                                     25,00 EUR
  Mietwagen: 6 Tage statt 11 Tage (Reparaturdauer lt. Gutachten 4–5 AT + WE)
             6 x 89,00 EUR, Gruppe 4 statt 6         534,00 EUR
  RA-Gebühren (1,3 Geschäftsgebühr aus 5.159,80)     627,13 EUR
  -------------------------------------------------
  Gesamt                                           5.786,93 EUR

Die darüber hinausgehenden Mietwagenkosten (weitere 5 Tage, höhere Gruppe) lehnen wir ab;
Ihr Mandant hätte den Reparaturauftrag früher erteilen können (Gutachten lag am 06.03. vor,
Auftrag erst am 13.03.).

Fahrzeuge: Audi A4 Avant HH-LE 1410 (Mandant), VW Golf HH-GM 380 (VN). Personenschaden wurde
nicht geltend gemacht.

""") + S_WIE)


def m109():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                   "query to a cardiologist about a named applicant's past myocarditis, echo/LVEF, MRI; birth date"),
        date=(2026, 5, 29, 10, 15),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Kardiologie am Michel <praxis@kardiologie-michel.example>",
        subj="Ihr Patient Herr Niklas Dittmer, geb. 27.01.1993 – Anfrage Befundbericht (Antrag AN 7731-0702)",
        body=T("""
Sehr geehrter Herr Kollege Dr. Weiland,

Ihr Patient Herr Niklas Dittmer, geb. 27.01.1993, hat bei uns eine Risikolebens- und
BU-Versicherung beantragt und Sie von der Schweigepflicht entbunden.

Angegeben wird eine Myokarditis 02/2024 (nach Virusinfekt), KH-Aufenthalt 5 Tage,
Sportkarenz 6 Monate. Wir bitten um Mitteilung:

1. Dx und Verlauf inkl. Troponin-Maximum, Kardio-MRT-Befund (LGE?)
2. letzte Echokardiographie (LVEF, Wandbewegungsstörungen)
3. Langzeit-EKG: Rhythmusstörungen?
4. aktuelle Medikation (Betablocker/ACE-Hemmer noch?) und Belastbarkeit
5. Sind weitere Kontrollen geplant?

Vergütung nach GOÄ Nr. 75 zzgl. Porto. Vielen Dank.

""") + S_OLT)


def m110():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: actuarial A/E mortality and DI incidence by BMI band (XLSX); aggregated, no person"),
        date=(2026, 6, 1, 11, 30),
        frm="Actuarial Life <aktuariat-leben@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        subj="Experience study 2019-2025 by BMI band – results",
        body=T("""
Rajiv,

results of the experience study by build, as requested for the discussion on release 14.2.
Exposure in policy years, A/E against DAV 2008 T (mortality) and our own DI basis 2018.
Bands with fewer than 10 claims are flagged; don't read too much into them.

Main takeaway: BMI 31-33 without loading shows A/E close to the standard bands for mortality,
but DI incidence is some 20 % higher. For BU we might want to be more careful than Nordkap.

Birte Lorenzen, Actuarial Life
"""),
        atts=[a_xlsx("Experience_BMI_2019-2025.xlsx", [
            ["BMI band", "exposure (policy yrs)", "deaths", "A/E mortality", "DI claims", "A/E DI", "flag"],
            ["< 18.5", 21840, 9, 1.12, 14, 1.05, "< 10 deaths"],
            ["18.5-24.9", 812300, 402, 0.91, 611, 0.94, ""],
            ["25.0-29.9", 702150, 415, 0.98, 684, 1.01, ""],
            ["30.0-30.9", 61200, 38, 1.02, 71, 1.12, ""],
            ["31.0-33.0", 88410, 57, 1.04, 117, 1.21, ""],
            ["33.1-35.0", 39750, 31, 1.18, 62, 1.38, ""],
            ["> 35.0", 28900, 27, 1.41, 58, 1.66, ""],
        ], sheet="by BMI")])


def m111():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-broker",
                   "high-value home underwriting for a named client: sums insured, art, alarm, address; no health"),
        date=(2026, 6, 2, 15, 0),
        frm="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="RE: Dr and Mrs Ashworth – Elbchaussee 402 – high net worth home",
        body=T("""
Hi Sam,

we can offer for your clients Dr James and Mrs Claire Ashworth, Elbchaussee 402, 22609 Hamburg:

  Buildings (listed villa, 1906)         sum insured EUR 3.4m (valuation 2025)
  Contents                               EUR 850,000
  Fine art (schedule of 14 items)        EUR 1.26m, agreed value, incl. transit
  Jewellery in safe (VdS class III)      EUR 180,000; outside the safe EUR 25,000
  Conditions: VdS-certified intruder alarm with monitoring (to be confirmed), annual
  maintenance; unoccupancy > 60 days to be notified.
  Premium: EUR 7,940 p.a. plus tax.

The art schedule needs photos and the latest valuation certificates before we bind.

""") + S_LAM.replace("Beste Grüße", "Best"))


def m112():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "term-life offer with loading to a named applicant: smoker status, BMI, sleep apnoea"),
        date=(2026, 6, 3, 9, 20),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Ryan McAllister <ryan.mcallister@mailbox.example>",
        cc="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="Your term life application AN 7731-0758 – our offer",
        body=T("""
Dear Mr McAllister,

thank you for your application and for attending the medical examination.

Based on the examination (BMI 34.2, BP 138/88) and the sleep clinic report confirming
moderate obstructive sleep apnoea (AHI 22, treated with CPAP since 03/2026, good compliance),
and as you currently smoke (approx. 10 cigarettes/day), we can offer your term life cover of
EUR 400,000 over 25 years as follows:

  Smoker rate, plus a medical loading of 50 %
  Monthly premium: EUR 96.40 (instead of EUR 49.10 at non-smoker standard rates)

If you have not smoked for 12 months, you can ask us to switch you to non-smoker rates
(cotinine test required). We'll also review the loading after 2 years of documented CPAP use.

The offer is valid for 8 weeks.

Kind regards
Jens Haberkorn
Life & DI Underwriting, Elbstrom Lebensversicherung AG
"""))


def m113():
    return dict(L=("NORMAL", "en", "internal", "birthday cake announcement in the international team; no birth date"),
        date=(2026, 6, 4, 8, 45),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Intl UW Team <intl-uw@elbstrom-versicherung.example>",
        subj="Cake! 🎂",
        body=T("""
Morning all,

it's Kwame's birthday today – there's cheesecake and Franzbrötchen in the kitchen on the 3rd
floor from 10. Come by before the claims call!

Ola
"""))


def m114():
    return dict(L=("CONFIDENTIAL", "de", "internal",
                   "personal liability: tenant's washing machine flooded the flat below; named customer and neighbour, claim; no injury"),
        date=(2026, 6, 5, 12, 15),
        frm="Benedikt Sturm <b.sturm@elbstrom-versicherung.example>",
        to="Hanna Ketelsen <h.ketelsen@elbstrom-versicherung.example>",
        subj="Schnittstelle PHV/Hausrat – Waschmaschine Fam. Ahrens / Nachbarin Frau Kowalczyk",
        body=T("""
Hi Hanna,

wir haben denselben Wasserschaden auf beiden Seiten bei uns:

- PHV: unsere VN Katrin Ahrens (44-PH-0988127), Zulaufschlauch Waschmaschine geplatzt, 3. OG,
  Grindelberg 12. Schaden 26-HP-004611.
- Hausrat: die Nachbarin darunter, Frau Agnieszka Kowalczyk, ist bei uns Hausrat-versichert
  (52-HR-1187302), Schaden 26-HR-006230 – Decke, Laminat, Sofa, Fernseher.

Hausrat zahlt an Frau Kowalczyk, Regress dann PHV-intern, richtig? Dann übernehme ich die
Gebäudeseite mit dem Vermieter (Wohngebäude läuft bei der Konkurrenz). Niemand verletzt,
Frau Kowalczyk wohnt vorübergehend bei ihrer Tochter (Hotelkosten nicht versichert?).

Gruß Bene
"""))


def m115():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "internal",
                   "underwriter handover list of open applications with names and impairments (diabetes, cancer, psych)"),
        date=(2026, 6, 8, 17, 30),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Nele Steffens <n.steffens@elbstrom-versicherung.example>",
        subj="Übergabe Urlaub 09.–26.06.",
        body=T("""
Hi Nele,

meine offenen Anträge, damit du nicht suchen musst:

AN 7731-0702 Dittmer     RL + BU   Z.n. Myokarditis 2024 – Kardiologen-Bericht angefordert
                                   (Katrin, 29.05.), bei LVEF normal + kein LGE: normal
AN 7731-0733 Riedel      BU        Migräne, +25 % verschickt, Kundin hat sich beschwert (erledigt)
AN 7731-0758 McAllister  RL        OSAS/CPAP + Raucher, Angebot raus, wartet auf Annahme
AN 7731-0761 Hoffmann    BU        T1DM seit 2009, HbA1c 7,8 %, Retinopathie? Augenarztbericht
                                   fehlt noch – ohne den nicht votieren
AN 7731-0769 Yilmaz      BU        Z.n. Mamma-Ca li. 2019 (pT1b N0, BRCA neg.), R0, Tamoxifen bis 2024
                                   -> nach Richtlinie +50 % / 5 J. befristet, Makler drängelt
AN 7731-0772 Pape        RL        Alkohol: GGT 180, CDT 2,6 % bei MER -> Ablehnung vorbereitet,
                                   bitte nochmal mit Rajiv

Rest ist sauber dokumentiert.

Danke!! Jens
"""))


def m116():
    return dict(L=("NORMAL", "en", "insurer-to-broker",
                   "trap: anonymised broker training case on non-disclosure and rescission; no identifiable person"),
        date=(2026, 6, 9, 10, 40),
        frm="Broker Support Life <makler-leben@elbstrom-versicherung.example>",
        to="Hollis Brokers Training <training@hollis-brokers.example>",
        subj="Material for your training day – 'Why full disclosure matters'",
        body=T("""
Dear colleagues,

as requested, an anonymised example from our claims practice for your training day on 24 June.
Details have been changed; the person cannot be identified.

"A policyholder in her early thirties applied for disability cover and answered the mental-
health question with 'no'. Three years later she claimed for a back condition. The health
insurer's statement showed two years of psychotherapy for an anxiety disorder before the
application. Under section 19 of the Insurance Contract Act (VVG), the insurer rescinded the
contract, because with full disclosure it would not have offered cover. The back claim was
not paid - although it had nothing to do with the anxiety."

Key messages for advisers:
  - ask every health question literally, don't paraphrase
  - "treated" includes talking therapy, even without medication
  - use an anonymous pre-enquiry if the client is unsure

Kind regards
Broker Support Life, Elbstrom Lebensversicherung AG
"""))


def m117():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "pet health: cat's dental surgery (extractions) under anaesthesia, named owner, policy, reimbursement; animal health only"),
        date=(2026, 6, 10, 14, 0),
        frm="Elbstrom Tierversicherung <tier@elbstrom-versicherung.example>",
        to="Bettina Claußen <b.claussen@netzpost.example>",
        subj="Zahn-OP von Kater Moritz – Abrechnung 47-TK-0102274",
        body=T("""
Liebe Frau Claußen,

wir hoffen, Moritz frisst schon wieder mit Appetit!

Die Rechnung der Kleintierpraxis Dr. Lembke vom 02.06. (Zahnsanierung in Narkose, Extraktion
von 4 Zähnen wegen FORL, Röntgen, Schmerzmittel Meloxicam für 5 Tage) über 684,30 EUR haben wir
geprüft. Ihr Tarif Katze OP-Schutz übernimmt Zahnextraktionen unter Narkose, nicht aber die
Zahnsteinentfernung (92,10 EUR, Prophylaxe).

  erstattungsfähig           592,20 EUR
  abzgl. SB 10 %             -59,22 EUR
  Erstattung                 532,98 EUR

Überweisung auf Ihr hinterlegtes Konto.

Herzliche Grüße
Ihre Elbstrom Tierversicherung
"""))


def m118():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                   "answer to reinsurer's medical officer with APS extracts on a fac case: Crohn's disease, medication, surgery"),
        date=(2026, 6, 11, 16, 20),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Dr Fiona Gallagher <f.gallagher@nordkap-re.example>",
        subj="RE: NR-F-26-00522 / AN 7731-0744 – APS extracts",
        body=T("""
Dear Fiona,

here are the extracts you asked for from the gastroenterologist's APS (translated by Katrin):

  - Crohn's disease, terminal ileum (Montreal A2 L1 B2), diagnosed 2015
  - ileocaecal resection 2018 for stricture; no surgery since
  - on adalimumab 40 mg every 2 weeks since 2019; steroid-free since 2020
  - last colonoscopy 11/2025: endoscopic remission (SES-CD 2), no dysplasia
  - faecal calprotectin 12/2025: 85 µg/g; CRP normal
  - no fistulae, no extra-intestinal manifestations
  - time off work in last 3 years: 6 days

Applicant: female, 36, tax consultant, term life EUR 1.5m + BU EUR 3,000/month.
Our proposal: life +50 %, BU +50 % plus exclusion for intestinal disease? Or would you
prefer a loading only?

Kind regards
Oliver
"""))


def m119():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: ICD-10-GM 2026 code updates for the claims system; codes and descriptions only, no person"),
        date=(2026, 1, 8, 9, 30),
        frm="Fachbereich Leistungssysteme <leistungssysteme@elbstrom-versicherung.example>",
        to="Alle Leistung KV <alle-leistung-kv@elbstrom-versicherung.example>",
        cc="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        subj="ICD-10-GM 2026 ist eingespielt – was sich ändert",
        body=T("""
Liebe Kolleginnen und Kollegen,

seit dem 05.01. ist der ICD-10-GM 2026 im Leistungssystem und in der Risikoprüfung hinterlegt.
Für euch relevant:

- neue bzw. präzisierte Schlüssel u.a. im Kapitel XVIII und bei den U-Schlüsseln
- Prüfregeln, die auf Diagnosegruppen basieren (z.B. Lifestyle-Ausschluss E66.-, Psych-
  Kennzeichen F-Kapitel), wurden 1:1 übernommen
- Diagnosen auf Altbelegen bleiben mit Version 2025 gespeichert; eine Umschlüsselung erfolgt
  nicht
- Zusatzkennzeichen G / V / Z / A werden wie bisher ausgewertet (V und A lösen keine
  Diagnose-Prüfregel aus)

Bei Auffälligkeiten bitte Ticket an "Leistungssysteme ICD" mit Belegnummer (keine
Patientendaten ins Ticket!).

Euer Fachbereich Leistungssysteme
"""))


def m120():
    return dict(L=("CONFIDENTIAL", "mixed", "insurer-to-customer",
                   "motor parking damage claim for an English-speaking customer, German letter with English summary; plate, policy"),
        date=(2026, 6, 12, 11, 10),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Grace Ndlovu <grace.ndlovu@mailbox.example>",
        subj="Ihr Parkschaden / your parking damage – 26-KS-025530",
        body=T("""
Sehr geehrte Frau Ndlovu,

den Parkrempler vom 03.06. auf dem Parkplatz des Elbe-Einkaufszentrums haben wir als
KH-Schaden aufgenommen: Sie haben beim Ausparken den Mercedes GLC (HH-PT 9012) von Herrn
Paul Thießen am Kotflügel touchiert. Wir regulieren den Schaden des Herrn Thießen
(Kostenvoranschlag 1.384,20 EUR) direkt.

English summary: we have registered your parking incident as a third-party liability claim
under policy 41-KF-3501188 (your car: Kia Ceed, HH-GN 318). We will pay Mr Thießen's repair
directly. This claim will affect your no-claims class (SF) next year unless you reimburse us
the amount within 6 months of our settlement letter – many customers do this for small claims.

""") + S_WIE)


def m121():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "private health insurance premium arrears, benefits suspended / emergency tariff warning for named insured"),
        date=(2026, 6, 15, 9, 0),
        frm="Beitragsservice KV <beitrag-kv@elbstrom-versicherung.example>",
        to="Ralf Wendland <ralf.wendland@netzpost.example>",
        subj="Beitragsrückstand Krankenversicherung 60-KV-1887344 – Mahnung nach § 193 VVG",
        body=T("""
Sehr geehrter Herr Wendland,

für Ihre Krankheitskostenvollversicherung 60-KV-1887344 sind die Beiträge für März bis Juni 2026
(4 x 612,48 EUR = 2.449,92 EUR) offen, die Lastschrift von Ihrem Konto wurde zurückgegeben.

Nach § 193 Abs. 6 VVG mahnen wir Sie hiermit. Zahlen Sie den Rückstand nicht innerhalb von zwei
Monaten nach Zugang dieser Mahnung, ruht Ihr Vertrag und Sie werden in den Notlagentarif
umgestellt. Dann erstatten wir nur noch Aufwendungen für akute Erkrankungen und Schmerzzustände
sowie bei Schwangerschaft und Mutterschaft.

Sind Sie hilfebedürftig im Sinne des SGB II oder XII? Dann teilen Sie uns das bitte mit,
in diesem Fall tritt das Ruhen nicht ein. Eine Ratenzahlung ist möglich.

Mit freundlichen Grüßen
Beitragsservice Krankenversicherung
Elbstrom Krankenversicherung AG
"""))


def m122():
    return dict(L=("NORMAL", "en", "partner",
                   "trap: reinsurer newsletter with an anonymised DI claim example (nurse, long COVID) forwarded internally"),
        date=(2026, 6, 16, 8, 10),
        frm="Sönke Petersen <s.petersen@elbstrom-versicherung.example>",
        to="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        subj="FW: Castellan Re Claims Insight 02/2026",
        body=T("""
Lesenswert, v.a. der Fall auf S. 2 – passt zu unserer Diskussion in der Fallkonferenz.
Sönke

---------- Forwarded message ---------
From: Castellan Re Claims Insight <newsletter@castellan-re.example>
Subject: Castellan Re Claims Insight 02/2026

CLAIMS INSIGHT 02/2026

Case corner: "Back to work after post-COVID condition"
A 34-year-old intensive-care nurse (details altered) claimed disability benefits 8 months after a
COVID-19 infection with persistent fatigue and post-exertional malaise. Objective testing
(6-minute walk test, cognitive screening) was within normal limits; the treating physician
supported a graded return. Instead of a straight decline, the insurer funded an occupational
rehabilitation programme. After 14 weeks she returned to 75 % of her former hours; a temporary
acknowledgement (befristetes Anerkenntnis) bridged the gap.

Market watch: DI incidence for mental disorders continued to rise in 2025 in most of our
European portfolios (+6 % on average).

Events: Claims Forum Cologne, 22-23 October 2026.

Unsubscribe: https://www.castellan-re.example/newsletter
"""))


def m123():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "buildings application query: named applicant's birth date (age discount), heating and construction details"),
        date=(2026, 6, 17, 10, 35),
        frm="Frieda Lammers <f.lammers@elbstrom-versicherung.example>",
        to="Wilfried Ohm <w.ohm@webmail.example>",
        subj="Ihr Antrag Wohngebäude – zwei Rückfragen",
        body=T("""
Sehr geehrter Herr Ohm,

danke für Ihren Antrag für das Haus Kirchenweg 3, 21423 Winsen (Luhe). Zwei Punkte:

1. Für den "Best-Ager"-Nachlass (ab 55) haben Sie Ihr Geburtsdatum mit 31.02.1966 angegeben –
   das gibt es nicht. Meinten Sie den 03.12.1966? Dann gilt der Nachlass von 10 %.
2. Heizung: Sie haben "Öl, Tank im Keller" angekreuzt. Wie groß ist der Tank (Liter) und ist er
   doppelwandig bzw. in einer Auffangwanne? Davon hängt ab, ob wir eine Gewässerschaden-
   haftpflicht zusätzlich brauchen.

Sobald ich beides habe, schicke ich die Police.

""") + S_LAM)


def m124():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "internal",
                   "handover note of open expat health cases: named members, diagnoses, pre-auths, evacuation"),
        date=(2026, 6, 18, 18, 5),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Kwame Mensah <k.mensah@elbstrom-versicherung.example>",
        cc="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        subj="Handover 19/06-03/07 – open intl cases",
        body=T("""
Hi Kwame,

thanks for covering. Open cases, most urgent first:

1. Peter Lorenzen (IH-0039102), Dubai – NSTEMI 03/2026, PCI done, cardiac rehab pre-auth
   requested (12 sessions). Pre-existing question closed: no prior CAD found -> approve.
2. Chiara Benedetti (IH-0044718), Barcelona – MRI showed medial meniscal tear, arthroscopy
   request expected any day; approve up to EUR 4,500 at Clínica Dr. Ferrer.
3. Tomasz Wiśniewski (IH-0047730) – appeal against the asthma decline. New letter from his
   GP says "mild intermittent asthma, no controller". Katrin to review.
4. Anna-Lena Whitaker (IH-0042217), Singapore – maternity pre-auth done; hospital may send
   an updated estimate (C-section). Just update the GOP.
5. Felix Schrader (IH-0051187) – dengue case closed, final invoice THB 214,600 paid.

Evacuation hotline is with Assist24 as usual. Don't hesitate to call Katrin for anything medical.

Ola
"""))


def m125():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: rules-engine test case with fictitious 'Erika Musterfrau' (type 1 diabetes, HbA1c) in the test environment"),
        date=(2026, 6, 19, 13, 20),
        frm="Dennis Kuhlmann <d.kuhlmann@elbstrom-versicherung.example>",
        to="UW Rules Engine Project <re-projekt@elbstrom-versicherung.example>",
        subj="Testfälle Sprint 14 – Diabetes-Modul (fiktive Personas)",
        body=T("""
Hallo zusammen,

für die Abnahme des Diabetes-Moduls habe ich in UW-TEST folgende Testpersonas angelegt
(alle fiktiv, Daten frei erfunden, keine Produktivdaten):

TF-DM-01  Erika Musterfrau, geb. 01.01.1985, T1DM seit 2000, HbA1c 7,2 %, keine Folgeerkr.
          erwartet: BU +75 %, Leben +50 %
TF-DM-02  Max Mustermann, geb. 01.01.1970, T2DM seit 2020, Metformin 1000 1-0-1, HbA1c 6,4 %
          erwartet: BU normal bis +25 % (Punkte), Leben normal
TF-DM-03  Erika Musterfrau II, geb. 01.01.1990, Gestationsdiabetes 2022, ausgeheilt
          erwartet: normal
TF-DM-04  Max Mustermann II, geb. 01.01.1965, T2DM, Insulin, Retinopathie, HbA1c 9,1 %
          erwartet: BU Ablehnung, Leben BA-Vorlage

Abnahme am Donnerstag 10 Uhr im Projektraum.

Dennis
"""))


def m126():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-broker",
                   "yacht hull claim after grounding: named owner, boat, berth, survey, reserve; nobody hurt"),
        date=(2026, 6, 22, 10, 5),
        frm="Marine Claims <marine@elbstrom-versicherung.example>",
        to="Sam Whitcombe <sam.whitcombe@hollis-brokers.example>",
        subj="Yacht claim YC-26-0031 – 'Seeschwalbe' – Mr Niall Brennan",
        body=T("""
Dear Sam,

your client Mr Niall Brennan (yacht policy 93-YA-0044120, agreed value EUR 148,000) ran his
34 ft sloop "Seeschwalbe" aground on a sandbank off Schleimünde on 19 June. No one
was hurt; the boat was towed to the yard at Kappeln by the DGzRS.

Surveyor (Büro Claußen, Kiel) reports keel-bolt damage and a cracked keel sump; estimate
EUR 23,500 incl. crane and storage. Reserve set at EUR 25,000; deductible EUR 750.

Questions to your client: skipper's licence (SKS?), chart used (paper/electronic, updated?),
and who was at the helm.

Best regards
Hauke Janssen
Marine Claims
"""))


def m127():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "accident insurance: hospital daily benefit and convalescence benefit for a named insured's ankle fracture"),
        date=(2026, 6, 23, 14, 45),
        frm="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        to="Tobias Lenz <tobias.lenz@webmail.example>",
        subj="Ihre Unfallversicherung 80-UV-0211093 – Abrechnung Krankenhaustagegeld",
        body=T("""
Hallo Herr Lenz,

gute Besserung weiterhin! Nach dem Entlassbericht des Klinikums Harburg (stationär 28.05.–03.06.,
OP am 29.05.: Osteosynthese bei bimalleolärer Sprunggelenksfraktur re., S82.81) zahlen wir:

  Krankenhaustagegeld  7 Tage x 30 EUR           210,00 EUR
  Genesungsgeld        7 Tage x 30 EUR           210,00 EUR
  Gipsgeld / Hilfsmittel (Unterarmgehstützen)     50,00 EUR
  Summe                                          470,00 EUR

Über eine mögliche Invaliditätsleistung entscheiden wir, wenn der Heilungsverlauf absehbar ist;
bitte denken Sie an die Frist: ärztliche Feststellung der Invalidität innerhalb von 21 Monaten
nach dem Unfall. Wir melden uns in ca. 6 Monaten.

""") + S_REI)


def m128():
    return dict(L=("NORMAL", "en", "internal", "out-of-office reply, no reason given"),
        date=(2026, 6, 24, 7, 0),
        frm="Aleksandra Nowak <a.nowak@elbstrom-versicherung.example>",
        to="Björn Carstens <b.carstens@elbstrom-versicherung.example>",
        subj="Automatic reply: Rückfrage Expat-Vertrag",
        hdr=[("Auto-Submitted", "auto-replied")],
        body=T("""
I'm out of the office until 3 July. Your email will not be forwarded.
For international health cases please contact Kwame Mensah (ext. 5183) or intl-uw@elbstrom-versicherung.example.

Ich bin bis 3. Juli nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
"""))


def m129():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "rent deposit guarantee: named tenant, landlord, flat, deposit amount, monthly fee"),
        date=(2026, 6, 25, 11, 0),
        frm="Kautionsservice <kaution@elbstrom-versicherung.example>",
        to="Lina Hoppe <lina.hoppe@netzpost.example>",
        subj="Ihre Mietkautionsbürgschaft – Urkunde für Ihre Vermieterin",
        body=T("""
Hallo Frau Hoppe,

Ihre Mietkautionsbürgschaft ist ausgestellt:

  Bürgschaftsnummer:  MK-26-009871
  Mietobjekt:         Marktstraße 47, 2. OG rechts, 20357 Hamburg
  Vermieterin:        Frau Dr. Elisabeth Rau
  Kautionsbetrag:     3.150,00 EUR (3 Nettokaltmieten à 1.050 EUR)
  Jahresbeitrag:      141,75 EUR (4,5 %), erstmals fällig 01.07.2026

Die Originalurkunde geht heute per Post an Sie; bitte geben Sie sie Ihrer Vermieterin bei der
Schlüsselübergabe. Eine Barkaution ist damit nicht mehr nötig.

Viele Grüße
Ihr Kautionsservice
"""))


def m130():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: 'Rückstellung' in the accounting sense, aggregated claims reserves accident Q1; no person"),
        date=(2026, 4, 9, 15, 30),
        frm="Rechnungswesen Komposit <rewe-komposit@elbstrom-versicherung.example>",
        to="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        subj="Abstimmung Rückstellungen Unfall Q1/2026",
        body=T("""
Hallo Frau Reimers,

für den Quartalsabschluss brauchen wir Ihre Bestätigung der Schadenrückstellungen Unfall:

                                      31.12.2025      31.03.2026
  Einzelrückstellungen (Invalidität)   18.412 TEUR     18.977 TEUR
  Einzelrückstellungen (Tagegelder)       641 TEUR        702 TEUR
  Spätschadenrückstellung (IBNR)        4.100 TEUR      4.250 TEUR
  Rückstellung Schadenregulierung         930 TEUR        951 TEUR
  Summe                                24.083 TEUR     24.880 TEUR

Der Anstieg der Einzelrückstellungen Invalidität (+565 TEUR) – sind das die drei Großschäden aus
Februar oder eine systematische Höherbewertung? Kurze Begründung reicht, bitte bis 14.04.

Danke und Gruß
Sven Ritter, Rechnungswesen
"""))


def m131():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: statistics on invalidity degrees by body part (Gliedertaxe), aggregated, base64 body"),
        date=(2026, 6, 26, 9, 15),
        frm="Claudia Reimers <c.reimers@elbstrom-versicherung.example>",
        to="Produktmanagement Unfall <pm-unfall@elbstrom-versicherung.example>",
        subj="Auswertung Invaliditätsleistungen 2023–2025 nach Gliedertaxe",
        cte="base64",
        body=T("""
Hallo zusammen,

für die Tarifüberarbeitung AUB 2027 die gewünschte Auswertung (alle abgeschlossenen
Invaliditätsfälle 2023–2025, n = 1.284):

  Körperteil (Gliedertaxe)     Fälle   mittl. Grad   Anteil Aufwand
  Hand / Finger                  402      2,1/20          18 %
  Arm / Schulter                 233      2/10            21 %
  Bein / Knie                    317      1,5/10          24 %
  Fuß / Sprunggelenk             188      2/20             9 %
  Wirbelsäule (außerh. GT)        96      10 %            14 %
  Auge / Gehör                    19      (zusammengef.)   3 %
  Sonstige / Kopf                 29      –               11 %

Auffällig: Schulter (Rotatorenmanschette) mit hohem Mitwirkungsanteil, im Schnitt 40 %.
Ich würde vorschlagen, die Mitwirkungsschwelle (derzeit 25 %) nicht anzuheben.

Claudia
"""))


def m132():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "delayed baggage claim: named traveller, flight, PIR reference, emergency purchases; no health"),
        date=(2026, 6, 29, 16, 40),
        frm="Elbstrom Reiseversicherung <reise@elbstrom-versicherung.example>",
        to="Hiroshi Tanaka <hiroshi.tanaka@mailbox.example>",
        subj="Delayed baggage – claim RG-26-000611 – flight to Lisbon 20/06",
        body=T("""
Dear Mr Tanaka,

thank you for the Property Irregularity Report (PIR ref. LISXX41877) and the receipts.
Your suitcase arrived 52 hours late in Lisbon. Under policy 88-RG-0519043 (annual travel
package, tariff "Reise Komplett") we reimburse emergency purchases up to EUR 500 for baggage
delays of more than 12 hours:

  clothing and toiletries (receipts clothing store, pharmacy)          EUR 286.40
  phone charger                                                         EUR  24.99
  Payment                                                               EUR 311.39

Please first claim the compensation the airline owes you under the Montreal Convention; if the
airline pays, the amount is credited against ours. The payment will go to the account on file.

Kind regards
Travel Claims Team
"""))


def m133():
    return dict(L=("NORMAL", "en", "internal",
                   "trap: ECG interpretation cheat sheet for underwriters (DOCX) from a consultant cardiologist; no patient"),
        date=(2026, 6, 30, 12, 0),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        subj="ECG cheat sheet from Dr Weiland's talk",
        body=T("""
All,

Dr Weiland kindly sent his slides as a one-pager – attached. It's a good reminder which ECG
findings we can accept without referral and which always go to Katrin or me.

R.
"""),
        atts=[a_docx("ECG_cheat_sheet_underwriting.docx", [
            "ECG findings – what underwriters need to know (Dr. A. Weiland, consultant cardiologist)",
            [["Finding", "Meaning", "Action"],
             ["Sinus rhythm 50–100/min", "normal", "none"],
             ["Sinus bradycardia 45–50/min in athletes", "usually benign", "none if asymptomatic"],
             ["Incomplete RBBB", "mostly normal variant", "none"],
             ["Complete LBBB", "may indicate heart disease", "refer, echo required"],
             ["1st degree AV block (PR > 200 ms)", "usually benign", "none < 300 ms"],
             ["ST depression / T-wave inversion", "possible ischaemia", "refer, exercise ECG"],
             ["Atrial fibrillation", "arrhythmia, stroke risk", "refer, see manual 6.3"],
             ["Pathological Q waves", "possible old infarction", "refer"],
             ["WPW pattern (delta wave)", "accessory pathway", "refer, EP study/ablation status"]],
            "Rule of thumb: if the report says 'unspecific' or 'borderline', ask for the tracing, not a new report.",
        ], creator="A. Weiland")])


def m134():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: invitation to an ECG training for underwriters (ICS) with medical content; no person"),
        date=(2026, 3, 2, 10, 0),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Risikoprüfung Leben <rp-leben@elbstrom-versicherung.example>",
        cc="Trainees Leistung <trainees-leistung@elbstrom-versicherung.example>",
        subj="Schulung 'EKG-Befunde lesen' am 19.03.",
        body=T("""
Liebe Kolleginnen und Kollegen,

wie im Jour fixe angekündigt: Schulung "EKG-Befunde lesen für Risikoprüfer:innen".
Inhalte: Normalbefund, Schenkelblöcke, AV-Blockierungen, Vorhofflimmern, ST-Veränderungen,
was heißt "unspezifische Erregungsrückbildungsstörung"? Mit Übungs-EKGs (anonymisiert).

Einladung anbei.

""") + S_OLT,
        atts=[a_ics("Schulung_EKG.ics", T("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Elbstrom//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:schulung-ekg-20260319@elbstrom-versicherung.example
DTSTAMP:20260302T090000Z
DTSTART;TZID=Europe/Berlin:20260319T140000
DTEND;TZID=Europe/Berlin:20260319T163000
SUMMARY:Schulung EKG-Befunde lesen
LOCATION:Raum 2.21
DESCRIPTION:Normalbefund, Schenkelblöcke, AV-Block, Vorhofflimmern, ST-Veränderungen. Übungs-EKGs anonymisiert.
ORGANIZER;CN=Dr. Katrin Oltmanns:mailto:k.oltmanns@elbstrom-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:rp-leben@elbstrom-versicherung.example
END:VEVENT
END:VCALENDAR
"""))])


def m135():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-broker",
                   "sole trader's small fleet: drivers' names and birth dates, plates (ZIP with CSV and PDF); no health"),
        date=(2026, 7, 1, 9, 30),
        frm="Flotten-Underwriting <flotte@elbstrom-versicherung.example>",
        to="Uwe Fenske <fenske@fenske-makler.example>",
        subj="Angebot Kleinflotte Garten- und Landschaftsbau Hinnerk Tödter e.K.",
        body=T("""
Hallo Herr Fenske,

anbei unser Angebot für die Kleinflotte Ihres Kunden (7 Fzg.) inkl. Fahrerliste, wie von Ihnen
übermittelt. Wegen der zwei Fahrer unter 23 haben wir einen Zuschlag von 15 % auf KH und VK
eingerechnet; bei Fahrerkreis "ab 23" entfällt er.

Mit freundlichen Grüßen
Flotten-Underwriting
Martin Kobs
"""),
        atts=[a_zip("Angebot_Toedter_Flotte.zip", [
            a_csv("Fahrerliste_Toedter.csv", T("""
Fahrer;geb.;Führerschein seit;Fahrzeug;Kennzeichen
Hinnerk Tödter (Inhaber);17.04.1971;1989;VW Amarok;WL-HT 100
Sabine Tödter;02.09.1974;1992;VW Caddy;WL-HT 101
Jannis Kruse;23.06.2004;2022;Iveco Daily Pritsche;WL-HT 102
Leon Blank;11.01.2005;2023;Iveco Daily Pritsche;WL-HT 103
Arne Meyerhoff;30.10.1988;2006;MAN TGL Kipper;WL-HT 104
"""), charset="utf-8"),
            a_pdf("Angebot_KF-FL-A-2026-0712.pdf", T("""
Elbstrom Allgemeine Versicherung AG - Angebot Kleinflotte KF-FL-A-2026-0712
VN: Garten- und Landschaftsbau Hinnerk Tödter e.K., Luhdorfer Weg 9, 21423 Winsen
Fahrzeuge: 7 (5 zugelassen, 2 Anhänger)
KH unbegrenzt / 100 Mio EUR pauschal, VK SB 500 / TK SB 150
Jahresbeitrag netto 11.284,00 EUR zzgl. 19 % VersSt
Zuschlag junge Fahrer (unter 23): 15 % auf KH und VK
Gültig bis 31.07.2026
"""), title="Angebot Kleinflotte"),
        ])])


def m136():
    return dict(L=("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                   "applicant on HIV PrEP (sexual health) discussed in English/German; named applicant, negative HIV test"),
        date=(2026, 7, 2, 11, 10),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        cc="Nele Steffens <n.steffens@elbstrom-versicherung.example>",
        subj="AW: AN 7731-0790 – PrEP",
        body=T("""
Rajiv,

ganz klar: PrEP ist kein Risikomerkmal, sondern Prävention. Herr Brandes (AN 7731-0790) ist
HIV-negativ (Test 05/2026 beim Hausarzt, Kontrolle alle 3 Monate im Rahmen der PrEP), Nieren-
werte normal (Krea 0,9, eGFR > 90). Emtricitabin/Tenofovir 1-0-0 ist keine Dauertherapie einer
Erkrankung. Votum: normal, Leben und BU. Ich würde das auch so in die Richtlinie schreiben,
damit Nele und die anderen nicht jedes Mal vorlegen.

Katrin

-----Ursprüngliche Nachricht-----
Von: Menon, Rajiv
Gesendet: Donnerstag, 2. Juli 2026 09:40
An: Oltmanns, Katrin
Cc: Steffens, Nele
Betreff: AN 7731-0790 – PrEP

Katrin, Nele referred AN 7731-0790 (Jonas Brandes, 29, software developer). He disclosed
"regular medication: PrEP (emtricitabine/tenofovir)". Nordkap's manual still lists PrEP under
"HIV risk – refer". My view is standard if HIV test negative and renal function fine – agree?
R.
"""))


def m137():
    return dict(L=("NORMAL", "en", "company",
                   "trap: vendor's marketing mail for a digital health questionnaire tool, forwarded internally; no person"),
        date=(2026, 7, 3, 8, 55),
        frm="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        to="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        subj="FW: Cut your medical evidence costs by 40 % – UWsmart e-Questionnaire",
        body=T("""
Jens, worth a demo? Their drill-down on hypertension and back pain looks decent.
R.

-----Original Message-----
From: UWsmart Sales <sales@uwsmart.example>
Subject: Cut your medical evidence costs by 40 % – UWsmart e-Questionnaire

Dear Dr Menon,

underwriters still order attending physicians' statements in 30-40 % of disability
applications - often for conditions like treated hypertension, back pain or mild depression
that a good drill-down questionnaire could clarify at point of sale.

UWsmart e-Questionnaire:
  * 180 impairment drill-downs (cardiovascular, musculoskeletal, mental health, diabetes ...)
  * instant decision for 72 % of disclosures (standard, loading, exclusion, postponement)
  * fully configurable to your manual and your reinsurer's rules
  * GDPR-compliant hosting in Frankfurt

Book a 30-minute demo: https://www.uwsmart.example/demo

UWsmart GmbH, Berlin
"""))


def m138():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "personal liability: drone damaged neighbour's car; named customer and neighbour; customer's mail attached as message/rfc822"),
        date=(2026, 7, 6, 13, 15),
        frm="Benedikt Sturm <b.sturm@elbstrom-versicherung.example>",
        to="Matthias Rehder <m.rehder@netzpost.example>",
        subj="AW: Drohne auf Nachbarauto – Schaden 26-HP-005120",
        body=T("""
Sehr geehrter Herr Rehder,

danke für Ihre Meldung (Ihre Mail hängt zur Zuordnung an). Ihre Drohne (Modell
unter 250 g) ist über Ihre Privathaftpflicht 44-PH-1402219 mitversichert, da sie privat genutzt
wird und unter 5 kg wiegt.

Den Kratzer und die Delle an der Motorhaube des Tesla Model 3 Ihres Nachbarn, Herrn Kai-Uwe
Sell (HH-KS 2040), regulieren wir direkt mit ihm. Bitte geben Sie uns seine Telefonnummer oder
bitten Sie ihn, sich unter der Schadennummer bei uns zu melden.

""") + S_STU,
        atts=[a_eml(dict(
            frm="Matthias Rehder <m.rehder@netzpost.example>",
            to="Schadenmeldung <schaden@elbstrom-versicherung.example>",
            subj="Drohne auf Nachbarauto",
            date=(2026, 7, 4, 19, 48),
            body=T("""
Hallo,

mir ist heute meine Drohne beim Filmen im Garten abgestürzt (Akku leer, meine Schuld) und auf
das Auto vom Nachbarn Herrn Sell gefallen, Tesla, steht in der Einfahrt nebenan. Kratzer und
kleine Delle auf der Haube. Er ist ganz entspannt, will aber dass es bezahlt wird.
Ich bin bei Ihnen Haftpflicht versichert, Nummer 44-PH-1402219.

Matthias Rehder
Am Heidberg 22, 22339 Hamburg
"""),
        ))])


def m139():
    return dict(L=("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                   "HTML-only health benefits statement: named insured, doctors' invoices, diagnoses and medicines in a table"),
        date=(2026, 7, 7, 10, 0),
        frm="Leistungsabrechnung KV <abrechnung-kv@elbstrom-versicherung.example>",
        to="Gisela Harms <gisela.harms@webmail.example>",
        subj="Ihre Leistungsabrechnung vom 07.07.2026 – 60-KV-0771204",
        html_only=True,
        html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Harms,</p>
<p>wir haben Ihre eingereichten Belege abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8eef3"><th>Beleg</th><th>Leistungserbringer</th><th>Behandlung / Diagnose</th><th>Rechnungsbetrag</th><th>Erstattung</th></tr>
<tr><td>1</td><td>Dr. med. Ole Hansen, Innere Medizin</td><td>Kontrolle Diabetes mellitus Typ 2 (E11.9), HbA1c, Beratung</td><td>142,37 €</td><td>142,37 €</td></tr>
<tr><td>2</td><td>Stern-Apotheke</td><td>Semaglutid 1 mg Pen (Ozempic), 1 Packung</td><td>239,15 €</td><td>239,15 €</td></tr>
<tr><td>3</td><td>Stern-Apotheke</td><td>Metformin 1000 mg, 180 Tbl. (1-0-1)</td><td>18,62 €</td><td>18,62 €</td></tr>
<tr><td>4</td><td>Augenarztpraxis Dr. Beck</td><td>Fundoskopie bei Diabetes, o.B.</td><td>88,44 €</td><td>88,44 €</td></tr>
<tr><td>5</td><td>Fußpflege Sommer</td><td>med. Fußpflege</td><td>35,00 €</td><td>0,00 € (kein Heilmittel nach Tarif)</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>523,58 €</b></td><td><b>488,58 €</b></td></tr>
</table>
<p>Nach Vorlage des Befundberichts Ihres Internisten mit der Diagnose E11.9 erstatten wir das
Semaglutid ab sofort. Der Betrag wird auf Ihr Konto überwiesen.</p>
<p>Mit freundlichen Grüßen<br>Ihre Leistungsabrechnung<br>Elbstrom Krankenversicherung AG</p>
</body></html>
"""))


def m140():
    return dict(L=("NORMAL", "de", "insurer-to-supplier",
                   "trap: order for certified shredding of old medical file boxes; no person or case"),
        date=(2026, 7, 8, 9, 40),
        frm="Einkauf <einkauf@elbstrom-versicherung.example>",
        to="Auftragsannahme Aktenvernichtung <auftrag@nordakten-vernichtung.example>",
        subj="Abruf 2026-03 aus Rahmenvertrag – Vernichtung Altakten Leistung/Risikoprüfung",
        body=T("""
Sehr geehrte Damen und Herren,

hiermit rufen wir aus dem Rahmenvertrag RV-2024-08 ab:

- Vernichtung von ca. 240 Archivkartons (Papierakten Leistung KV und Risikoprüfung Leben,
  Aufbewahrungsfrist abgelaufen, Jahrgänge bis 2014) nach DIN 66399, Schutzklasse 3,
  Sicherheitsstufe P-4
- Abholung in verplombten Sicherheitsbehältern am 21.07. ab 8 Uhr, Archiv 4.09, Ballindamm 61
- Vernichtungsprotokoll mit Behälternummern an datenschutz@elbstrom-versicherung.example

Bitte bestätigen Sie den Termin. Ansprechpartnerin vor Ort: Frau Schwarz (Facility), -2210.

Mit freundlichen Grüßen
Einkauf – i.A. Rüdiger Sell
"""))


def m141():
    return dict(L=("CONFIDENTIAL", "en", "insurer-to-customer",
                   "motor policy: correction of the policyholder's wrong birth date, premium change; named customer"),
        date=(2026, 7, 9, 15, 25),
        frm="Kfz-Antrag <kfz-antrag@elbstrom-versicherung.example>",
        to="Elena Popescu <elena.popescu@mailbox.example>",
        subj="Your motor policy 41-KF-3377102 – date of birth corrected",
        body=T("""
Dear Ms Popescu,

as you pointed out, your date of birth was recorded incorrectly in your motor policy
(12/06/1999 instead of 21/06/1989). We have corrected it to 21 June 1989.

As a result you no longer fall into the "driver under 28" group and your annual premium for
the Renault Clio (HH-EP 2106) drops from EUR 944.30 to EUR 702.15. The difference for the
current year, EUR 242.15, will be refunded to your account with your next direct debit date.

A corrected policy schedule is attached to your customer portal.

Kind regards
Motor Underwriting
Elbstrom Allgemeine Versicherung AG
"""))


def m142():
    return dict(L=("NORMAL", "de", "internal", "scheduling of the medical adviser's consultation hours; no case named"),
        date=(2026, 7, 10, 11, 0),
        frm="Dr. Katrin Oltmanns <k.oltmanns@elbstrom-versicherung.example>",
        to="UW Life & Health <uw-lh@elbstrom-versicherung.example>",
        cc="Team Leistung BU <leistung-bu@elbstrom-versicherung.example>",
        subj="BA-Sprechstunde ab August: Di + Do 14–16 Uhr",
        body=T("""
Liebe Kolleginnen und Kollegen,

ab August biete ich die BA-Sprechstunde fest dienstags und donnerstags von 14 bis 16 Uhr an
(Raum 2.17 oder Teams). Kommt gern mit euren Fällen vorbei, ohne Termin. Kurzfragen wie
"ist das ein Ausschluss oder ein RZ?" gehen dort oft schneller als über die Vorlage-Queue.

Vorlagen über die Queue bleiben natürlich möglich.

Viele Grüße
Katrin
"""))


def m143():
    return dict(L=("NORMAL", "mixed", "internal",
                   "trap: discussion of exclusion clause wordings in German/English with ODT draft; clauses only, no person"),
        date=(2026, 7, 13, 16, 30),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Dr Rajiv Menon <r.menon@elbstrom-versicherung.example>",
        cc="Recht Leben <recht-leben@elbstrom-versicherung.example>",
        subj="AK-07 bis AK-12: neue Ausschlussklauseln / new exclusion wordings",
        body=T("""
Hi Rajiv,

anbei die überarbeiteten Klauseln. Recht hat zwei Punkte angemerkt: (1) "und deren Folgen" muss
bleiben, (2) bei Wirbelsäule die Segmente explizit nennen, sonst ist der Umfang unklar.

Rajiv, for your review in English – short version:
  AK-07 spine (cervical/thoracic/lumbar, incl. discs, and consequences)
  AK-08 knee joint(s), incl. menisci, ligaments, cartilage
  AK-09 shoulder joint(s), incl. rotator cuff
  AK-10 mental and behavioural disorders (only life + critical illness, not for BU – per JF)
  AK-11 hazardous pursuits (see manual ch. 7)
  AK-12 review option after 3 symptom-free years

Text in the ODT, please comment by Friday.

Jens
"""),
        atts=[a_odt("Ausschlussklauseln_AK07-AK12_Entwurf.odt", [
            "Ausschlussklauseln Leben / BU – Entwurf Juli 2026",
            "AK-07 Wirbelsäule: Ausgeschlossen sind Leistungen für Berufsunfähigkeit, die durch Erkrankungen, "
            "Verletzungen oder Beschwerden der Halswirbelsäule, Brustwirbelsäule und/oder Lendenwirbelsäule "
            "einschließlich der Bandscheiben sowie deren Folgen verursacht werden.",
            "AK-08 Knie: Ausgeschlossen sind ... des rechten und/oder linken Kniegelenks einschließlich Menisken, "
            "Bänder und Knorpel sowie deren Folgen.",
            "AK-09 Schulter: Ausgeschlossen sind ... des Schultergelenks einschließlich Rotatorenmanschette sowie deren Folgen.",
            "AK-10 Psyche (nur Leben/Dread Disease): Ausgeschlossen sind psychische und Verhaltensstörungen sowie deren Folgen.",
            "AK-11 Gefährliche Sportarten: Ausgeschlossen ist ... bei Ausübung der Sportart «Sportart».",
            "AK-12 Überprüfung: Nach «Jahre» Jahren Beschwerde- und Behandlungsfreiheit kann die versicherte Person "
            "die Überprüfung des Ausschlusses beantragen.",
        ])])


def m144():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-broker",
                   "café contents + BU (= Betriebsunterbrechung) offer for a sole trader with revenue and profit figures; no health"),
        date=(2026, 7, 14, 10, 50),
        frm="Timo Reese <t.reese@elbstrom-versicherung.example>",
        to="Maklerbüro Jürgensen <info@juergensen-versicherungen.example>",
        subj="Angebot Inhalt + BU – Café Deichblick, Inh. Svenja Marten",
        body=T("""
Moin Herr Jürgensen,

für Ihre Kundin Frau Svenja Marten (Café Deichblick, Einzelunternehmen, Am Hafen 2, 25761 Büsum):

  Inhaltsversicherung (FEU/ED/LW/Sturm)   VS 120.000 EUR
  Betriebsunterbrechung (BU)              VS 210.000 EUR, Haftzeit 12 Monate
    Basis: Umsatz 2025 lt. BWA 384.000 EUR, Rohertrag 262.000 EUR, Gewinn 58.000 EUR
  Elementar                               mit, SB 1.000 EUR (Lage Zone 2)
  Jahresbeitrag                           1.742,60 EUR zzgl. VersSt

Hinweis: Die BU-Summe deckt Fixkosten + Gewinn; die saisonalen Aushilfen sind nicht
einbezogen. Wenn Frau Marten die mitversichern will, brauche ich die Lohnsumme der Saisonkräfte.

Gruß Timo Reese
Underwriting / Schaden Gewerbe Nord
"""))


def m145():
    return dict(L=("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                   "critical illness benefit paid to a named insured for breast cancer (histology, staging)"),
        date=(2026, 7, 15, 14, 0),
        frm="Life Claims <leistung-leben@elbstrom-versicherung.example>",
        to="Sophie Marchetti <sophie.marchetti@mailbox.example>",
        subj="Your critical illness claim – policy 74-DD-0098312",
        body=T("""
Dear Ms Marchetti,

we were very sorry to hear about your diagnosis, and we hope your treatment is going well.

We have received the histology report of 12/06/2026 (invasive ductal carcinoma of the left
breast, pT1c pN0, G2, hormone-receptor positive) and the letter from your oncologist at the
breast centre. This meets the definition of "cancer" under your critical illness policy
74-DD-0098312.

We will therefore pay the full benefit of EUR 100,000 to your account within five working
days. The policy ends with this payment; the child cover add-on continues free of charge
until its expiry date.

If you would like support, our partner service "Elbstrom Lotse" offers free telephone
counselling during treatment: 040 3389-7700.

With best wishes for your recovery,
Annika Brenner
Life Claims, Elbstrom Lebensversicherung AG
"""))


def m146():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: corporate health day announcement offering blood pressure, BMI and ECG checks; no person"),
        date=(2026, 7, 16, 8, 30),
        frm="Betriebliches Gesundheitsmanagement <bgm@elbstrom-versicherung.example>",
        to="Alle Mitarbeitenden Hamburg <alle-hh@elbstrom-versicherung.example>",
        subj="Gesundheitstag am 10.09. – Blutdruck, BMI, Venen-Check und mehr",
        html=T("""
<html><body style="font-family:Verdana,sans-serif;font-size:10pt">
<h2 style="color:#2a7a3b">Gesundheitstag 2026</h2>
<p><b>Donnerstag, 10. September, 10–15 Uhr, Foyer und Raum 1.01</b></p>
<ul>
<li>Blutdruck- und Blutzuckermessung (RR, BZ)</li>
<li>BMI- und Körperfettanalyse</li>
<li>Ruhe-EKG-Screening mit dem betriebsärztlichen Dienst (Anmeldung erforderlich)</li>
<li>Rücken-Check und bewegte Pause</li>
<li>Grippeschutzimpfung (Anmeldung im Intranet)</li>
</ul>
<p>Alle Ergebnisse erhalten nur Sie persönlich – der Arbeitgeber erfährt nichts.</p>
<p>Ihr BGM-Team</p>
</body></html>
"""),
        body=T("""
Gesundheitstag 2026
Donnerstag, 10. September, 10–15 Uhr, Foyer und Raum 1.01

- Blutdruck- und Blutzuckermessung (RR, BZ)
- BMI- und Körperfettanalyse
- Ruhe-EKG-Screening mit dem betriebsärztlichen Dienst (Anmeldung erforderlich)
- Rücken-Check und bewegte Pause
- Grippeschutzimpfung (Anmeldung im Intranet)

Alle Ergebnisse erhalten nur Sie persönlich – der Arbeitgeber erfährt nichts.

Ihr BGM-Team
"""))


def m147():
    return dict(L=("CONFIDENTIAL", "de", "insurer-to-customer",
                   "household overvoltage damage after lightning: named customer, devices, payout IBAN; base64 body"),
        date=(2026, 7, 17, 11, 35),
        frm="Hanna Ketelsen <h.ketelsen@elbstrom-versicherung.example>",
        to="Dieter Wolkenhauer <d.wolkenhauer@webmail.example>",
        subj="Überspannungsschaden 26-HR-007104 – Abrechnung",
        cte="base64",
        body=T("""
Sehr geehrter Herr Wolkenhauer,

nach dem Gewitter am 02.07. sind in Ihrer Wohnung Stader Straße 8, 21075 Hamburg, durch
Überspannung Fernseher, Router und die Steuerplatine der Spülmaschine ausgefallen. Die Bestätigung
des Elektrikers liegt vor. Aus Ihrer Hausratversicherung 52-HR-1301175 zahlen wir:

  Fernseher (Zeitwert, Kaufjahr 2019)       420,00 EUR
  Router (Neuwert)                          189,00 EUR
  Reparatur Spülmaschine                    236,50 EUR
  Entschädigung                             845,50 EUR

Überweisung auf DE95 6871 5416 4638 0780 74.

Mit freundlichen Grüßen
Hanna Ketelsen
"""))


def m148():
    return dict(L=("NORMAL", "en", "insurer-to-partner",
                   "trap: reinsurer bordereau field specification (DOB, impairment code, rating) as HTML attachment; no data rows"),
        date=(2026, 7, 20, 10, 20),
        frm="Oliver Tamm <o.tamm@elbstrom-versicherung.example>",
        to="Mark Thewlis <m.thewlis@nordkap-re.example>",
        subj="Bordereau 2027 – field specification (draft v0.3)",
        body=T("""
Hi Mark,

attached the draft field spec for the 2027 risk bordereau, as agreed at the renewal meeting.
No data yet – just the structure. Main change: impairment codes as ICD-10 chapter only (not full
code) and rating split into medical / non-medical.

Oliver
"""),
        atts=[a_html("Bordereau_2027_field_spec_v0-3.html", T("""
<html><head><meta charset="utf-8"><title>Bordereau 2027 field spec</title></head><body>
<h3>Risk bordereau 2027 – field specification v0.3 (draft)</h3>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>#</th><th>Field</th><th>Format</th><th>Note</th></tr>
<tr><td>1</td><td>policy_ref</td><td>text(14)</td><td>pseudonymised key, not the policy number</td></tr>
<tr><td>2</td><td>year_of_birth</td><td>YYYY</td><td>no full date of birth</td></tr>
<tr><td>3</td><td>sex</td><td>M/F/X</td><td></td></tr>
<tr><td>4</td><td>product</td><td>TL / DI / CI</td><td></td></tr>
<tr><td>5</td><td>sum_at_risk_eur</td><td>number</td><td>DI: annual benefit x 10</td></tr>
<tr><td>6</td><td>impairment_chapter</td><td>ICD-10 chapter (I-XXII)</td><td>max. 3 per risk</td></tr>
<tr><td>7</td><td>rating_medical_pct</td><td>number</td><td>e.g. 50 for +50 %</td></tr>
<tr><td>8</td><td>rating_nonmedical_permille</td><td>number</td><td>avocation / occupation</td></tr>
<tr><td>9</td><td>exclusion_code</td><td>AK-07 ... AK-12</td><td></td></tr>
<tr><td>10</td><td>smoker</td><td>Y/N</td><td></td></tr>
</table>
</body></html>
"""))])


def m149():
    return dict(L=("NORMAL", "de", "internal",
                   "trap: glossary for new motor claims staff (KH, VK, TK, SF, HU/AU, RST); no customer"),
        date=(2026, 7, 21, 9, 5),
        frm="Torsten Wiebusch <t.wiebusch@elbstrom-versicherung.example>",
        to="Kfz-Schaden Team <kfz-schaden@elbstrom-versicherung.example>",
        subj="Kürzel-Liste für die Neuen (Kfz)",
        body=T("""
Moin,

für Lea und die zwei Neuen ab August, die aus der KV-Leistung zu uns wechseln – damit es keine
Verwirrung gibt, weil bei denen "KH" Krankenhaus heißt:

KH     Kraftfahrzeug-Haftpflicht
VK     Vollkasko
TK     Teilkasko
SF     Schadenfreiheitsklasse (SF 1/2, SF 0, S, M ...)
RST    Rückstellung (Schadenreserve), nicht "Rückstellung" wie in der Risikoprüfung!
WBW    Wiederbeschaffungswert
RW     Restwert
HU/AU  Hauptuntersuchung / Abgasuntersuchung
eVB    elektronische Versicherungsbestätigung
SV/GA  Sachverständiger / Gutachten
PS     Personenschaden – sobald das Kreuz da ist: Fall an Team PS, nicht selbst regulieren
fiktiv fiktive Abrechnung (auf Gutachtenbasis, ohne Reparaturrechnung)

""") + S_WIE.replace("Mit freundlichen Grüßen\n\n", ""))


def m150():
    return dict(L=("NORMAL", "de", "internal", "out-of-office reply of an underwriter; holiday, no reason"),
        date=(2026, 6, 10, 7, 15),
        frm="Jens Haberkorn <j.haberkorn@elbstrom-versicherung.example>",
        to="Uwe Fenske <fenske@fenske-makler.example>",
        subj="Abwesenheitsnotiz: Termin Maklerfrühstück Juli",
        hdr=[("Auto-Submitted", "auto-replied")],
        body=T("""
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26.06.2026 nicht im Haus.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
Frau Nele Steffens, Tel. 040 3389-4415, n.steffens@elbstrom-versicherung.example.

Mit freundlichen Grüßen
Jens Haberkorn
"""))


# --------------------------------------------------------------------------
# writing and checking
# --------------------------------------------------------------------------

def all_mails():
    out = []
    for n in range(1, N_MAILS + 1):
        f = globals().get("m%03d" % n)
        if f is None:
            raise SystemExit("missing mail function m%03d" % n)
        out.append((n, f()))
    return out


def fname(n):
    return "d%02d-%04d.eml" % (NN, n)


def write():
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, spec in all_mails():
        with open(os.path.join(md, fname(n)), "wb") as fh:
            fh.write(render(n, spec))
        label, lang, kind, reason = spec["L"]
        rows.append("\t".join((fname(n), label, lang, kind, reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (N_MAILS, md))


# ---- check helpers ----

IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "FR": 27, "IT": 27, "ES": 24,
            "BE": 16, "DK": 18, "PL": 28, "LU": 20, "IE": 22, "SE": 24, "NO": 15}
IBAN_RE = re.compile(r"\b(%s)(\d{2})((?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b" % "|".join(IBAN_LEN))
MAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    assert data[int(m.group(1)):].startswith(b"xref"), "startxref does not point to xref"
    txt = []
    for st in re.findall(rb"stream\n(.*?)\nendstream", data, re.S):
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", st):
            txt.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    t = "\n".join(txt)
    assert t.strip(), "PDF without text layer"
    return t


def xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def zip_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "bad zip member"
    names = z.namelist()
    low = name.lower()
    if low.endswith(".docx"):
        assert "word/document.xml" in names
        t = xml_text(z.read("word/document.xml"))
    elif low.endswith(".xlsx"):
        assert "xl/workbook.xml" in names
        xml_text(z.read("xl/workbook.xml"))
        t = " ".join(xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    elif low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        t = xml_text(z.read("content.xml"))
    else:
        t = "\n".join(file_text(n, z.read(n)) for n in names if not n.endswith("/"))
        return t
    assert t.strip(), "office document without text"
    return t


def file_text(name, data, charset="utf-8"):
    low = name.lower()
    if low.endswith(".pdf"):
        return pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return zip_text(data, name)
    t = data.decode(charset or "utf-8")
    if low.endswith(".ics"):
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, "bad ICS"
    if low.endswith(".csv"):
        import csv
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
        assert len(rows) >= 2, "CSV without rows"
    return t


def msg_text(msg, errors, where):
    texts = []
    for k in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[k]:
            texts.append(str(msg[k]))
    for part in msg.walk():
        if part.defects:
            errors.append("%s: MIME defects %r" % (where, part.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        try:
            if fn:
                texts.append(file_text(fn, part.get_payload(decode=True), part.get_content_charset()))
            elif part.get_content_maintype() == "text":
                texts.append(part.get_content())
            else:
                errors.append("%s: unnamed non-text part %s" % (where, ct))
        except Exception as e:  # noqa
            errors.append("%s: part %s %s does not open: %s" % (where, ct, fn, e))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            for k in ("From", "To", "Subject", "Date"):
                if not inner[k]:
                    errors.append("%s: forwarded mail without %s" % (where, k))
    return "\n".join(texts)


def check():
    errors = []
    md = os.path.join(HERE, "mails")
    files = sorted(os.listdir(md))
    want_files = [fname(n) for n in range(1, N_MAILS + 1)]
    if files != want_files:
        errors.append("mails/ does not contain exactly %s..%s" % (want_files[0], want_files[-1]))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[-1] == ""
    lines = lines[:-1]
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:]]
    gen = {fname(n): spec for n, spec in all_mails()}
    counts = {k: 0 for k in LABELS}
    langs = {}
    kinds = {}
    for r in rows:
        if len(r) != 5:
            errors.append("labels.tsv row with %d fields: %r" % (len(r), r[:1]))
            continue
        f, label, lang, kind, reason = r
        if f not in gen or tuple(gen[f]["L"]) != (label, lang, kind, reason):
            errors.append("%s: labels.tsv differs from generator" % f)
        if label not in LABELS:
            errors.append("%s: bad label" % f)
        if lang not in ("de", "en", "mixed"):
            errors.append("%s: bad lang" % f)
        if label == "NORMAL" and reason.startswith("trap") and not reason.startswith("trap:"):
            errors.append("%s: trap reason must start with 'trap:'" % f)
        if label != "NORMAL" and reason.startswith("trap:"):
            errors.append("%s: only NORMAL mails are traps" % f)
        counts[label] = counts.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
    if len(rows) != N_MAILS:
        errors.append("labels.tsv has %d rows" % len(rows))
    if counts != WANT:
        errors.append("label counts %r, want %r" % (counts, WANT))
    mids = set()
    n_att = {}
    ibans = 0
    for f in files:
        raw = open(os.path.join(md, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line ends are not CRLF" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % f)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg[h]:
                errors.append("%s: missing %s" % (f, h))
        if not str(msg["Date"]).split(",")[-1].strip().split()[2] == "2026":
            errors.append("%s: date not in 2026" % f)
        mid = str(msg["Message-ID"])
        if mid in mids:
            errors.append("%s: duplicate Message-ID" % f)
        mids.add(mid)
        for h in ("From", "To", "Cc", "Reply-To"):
            for _, addr in getaddresses([str(v) for v in msg.get_all(h, [])]):
                if not addr.lower().endswith(".example"):
                    errors.append("%s: %s address %s not .example" % (f, h, addr))
        if not str(msg["From"]).lower().rstrip(">").endswith("@" + INS):
            errors.append("%s: not sent from the insurer's domain" % f)
        text = msg_text(msg, errors, f)
        for m in MAIL_RE.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: address domain %s not .example" % (f, m.group(1)))
        for m in URL_RE.finditer(text):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errors.append("%s: URL host %s not .example" % (f, m.group(1)))
        for m in IBAN_RE.finditer(text):
            cand = m.group(0)
            if "*" in cand or "X" in cand[4:]:
                continue
            ibans += 1
            if not iban_ok(cand):
                errors.append("%s: IBAN %s fails the checksum" % (f, cand))
        for part in msg.walk():
            fn = part.get_filename()
            if fn:
                ext = fn.rsplit(".", 1)[-1].lower()
                n_att[ext] = n_att.get(ext, 0) + 1
            elif part.get_content_type() == "message/rfc822":
                n_att["eml"] = n_att.get("eml", 0) + 1
    # determinism: regenerate in memory and compare
    for n, spec in all_mails():
        p = os.path.join(md, fname(n))
        if os.path.exists(p) and open(p, "rb").read() != render(n, spec):
            errors.append("%s: file differs from a fresh rendering" % fname(n))
    print("mails: %d, labels: %s" % (len(files), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LABELS)))
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  mixed %3d" % (lab, langs.get((lab, "de"), 0), langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    print("kinds: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("attachments: " + ", ".join("%s %d" % kv for kv in sorted(n_att.items())))
    print("IBANs validated: %d" % ibans)
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
