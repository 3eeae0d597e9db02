#!/usr/bin/env python3
"""d216 corpus generator: fictitious outgoing mails of the Weserland Versicherungsgruppe.
Standard library only. `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds into a temp dir, compares and validates."""
import sys, os, io, zlib, zipfile, tempfile, filecmp, datetime, re
import xml.dom.minidom
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.generator import BytesGenerator
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

DOM = "weserland.example"
TZ = datetime.timezone(datetime.timedelta(hours=1))
ZDATE = (2026, 1, 2, 9, 0, 0)

def iban_de(blz, kto):
    bban = blz + kto.zfill(10)
    num = int("".join(str(int(c, 36)) for c in bban + "DE00"))
    return "DE%02d%s" % (98 - num % 97, bban)

def iban_at(blz, kto):
    bban = blz + kto.zfill(11)
    num = int("".join(str(int(c, 36)) for c in bban + "AT00"))
    return "AT%02d%s" % (98 - num % 97, bban)

def grp(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))

# ---------------- staff signatures (each person always signs the same way)
SIG = {
 "ahlers": ("Katrin Ahlers <katrin.ahlers@weserland.example>",
   "Freundliche Grüße\nKatrin Ahlers\nMitgliederservice Krankenversicherung\nWeserland Krankenversicherung a.G.\nTel. 0421 5590-2214"),
 "brett": ("Jonas Brettschneider <jonas.brettschneider@weserland.example>",
   "Viele Grüße\nJonas Brettschneider\nFirmenkunden / Gruppenverträge (bKV, bAV)\nWeserland Versicherungsgruppe\nTel. 0421 5590-3107 | Mobil 0171 4402918"),
 "osterkamp": ("\"Dr. Miriam Osterkamp\" <miriam.osterkamp@weserland.example>",
   "Mit freundlichen Grüßen\nDr. med. Miriam Osterkamp\nBeratungsärztin, Leistungsprüfung KV\nWeserland Krankenversicherung a.G."),
 "rademacher": ("Tobias Rademacher <tobias.rademacher@weserland.example>",
   "Gruß\nTobias Rademacher\nKfz-Schaden\nWeserland Allgemeine Versicherung AG"),
 "wiechmann": ("Helga Wiechmann <helga.wiechmann@weserland.example>",
   "Mit freundlichen Grüßen\nHelga Wiechmann\nLeben / Berufsunfähigkeit\nWeserland Lebensversicherung AG"),
 "aydin": ("Selin Aydin <selin.aydin@weserland.example>",
   "Beste Grüße\nSelin Aydın\nSach- und Haftpflichtschaden\nWeserland Allgemeine Versicherung AG"),
 "lorenz": ("Patrick Lorenz <patrick.lorenz@weserland.example>",
   "--\nPatrick Lorenz | IT-Betrieb Messaging\nWeserland Versicherungsgruppe"),
 "vogt": ("Annette Vogt <annette.vogt@weserland.example>",
   "Annette Vogt\nDatenschutzbeauftragte\nWeserland Versicherungsgruppe"),
 "hollmann": ("Ben Hollmann <presse@weserland.example>",
   "Ben Hollmann\nUnternehmenskommunikation / Presse\nWeserland Versicherungsgruppe\npresse@weserland.example"),
 "carstens": ("Fiona Carstens <fiona.carstens@weserland.example>",
   "Kind regards\nFiona Carstens\nInternational & Travel Health Team\nWeserland Krankenversicherung a.G."),
 "kruse": ("Marek Kruse <marek.kruse@weserland.example>",
   "Grüße aus der Pflegeabteilung\nMarek Kruse\nPflegeversicherung\nWeserland Krankenversicherung a.G."),
 "service": ("Weserland Mitgliederservice <service@weserland.example>",
   "Ihr Weserland Mitgliederservice"),
}
FOOT_DE = ("\n\n--\nWeserland Krankenversicherung a.G. | Am Stadtwerder 12 | 28199 Bremen\n"
           "Vorstand: Dr. Ulf Behrens (Vors.), Meike Janssen | AG Bremen HRB 40877\n"
           "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige "
           "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
FOOT_EN = ("\n\n--\nWeserland Krankenversicherung a.G., Am Stadtwerder 12, 28199 Bremen, Germany.\n"
           "This e-mail may contain confidential information. If you are not the intended "
           "recipient, please notify the sender and delete this message.")

def sig(k):
    return SIG[k][1]
def frm(k):
    return SIG[k][0]

# ---------------- attachment builders (deterministic)
def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()

def zipf(members):
    return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in members])

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{t}</dc:title>'
        '<dc:creator>{a}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T09:00:00Z'
        '</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-02T09:00:00Z'
        '</dcterms:modified></cp:coreProperties>')

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, title="Tabelle", author="Weserland"):
    sd = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xesc(str(v))))
        sd.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
             '"http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData>'
             '</worksheet>' % "".join(sd))
    return _zip([
        ("[Content_Types].xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns='
          '"http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/'
          'worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'worksheet+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxml'
          'formats-package.core-properties+xml"/></Types>').encode()),
        ("_rels/.rels", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
          '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
          '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
          '"xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
          '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>').encode()),
        ("docProps/core.xml", CORE.format(t=xesc(title), a=xesc(author)).encode()),
        ("xl/workbook.xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns='
          '"http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxml'
          'formats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id='
          '"rId1"/></sheets></workbook>' % xesc(title[:31])).encode()),
        ("xl/_rels/workbook.xml.rels", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
          'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>').encode()),
        ("xl/worksheets/sheet1.xml", sheet.encode()),
    ])

def docx(paras, title="Dokument", author="Weserland"):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w='
           '"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    return _zip([
        ("[Content_Types].xml", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns='
          '"http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
          'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
          'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName='
          '"/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>').encode()),
        ("_rels/.rels", ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
          '"http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
          '"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target='
          '"word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/'
          '2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>').encode()),
        ("docProps/core.xml", CORE.format(t=xesc(title), a=xesc(author)).encode()),
        ("word/document.xml", doc.encode()),
    ])

def _odf(kind, inner, title):
    mt = "application/vnd.oasis.opendocument." + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office='
               '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:'
               'opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'office:version="1.2"><office:body>%s</office:body></office:document-content>' % inner)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="urn:oasis:'
            'names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:'
            'meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:creation-date>2026-01-02T09:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>' % xesc(title))
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:'
           'tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
           'manifest:full-path="/" manifest:media-type="%s"/><manifest:file-entry manifest:full-path='
           '"content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path='
           '"meta.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mt)
    return _zip([("mimetype", mt.encode()), ("META-INF/manifest.xml", man.encode()),
                 ("content.xml", content.encode()), ("meta.xml", meta.encode())], stored_first="mimetype")

def odt(paras, title="Dokument"):
    return _odf("text", "<office:text>%s</office:text>" %
                "".join("<text:p>%s</text:p>" % xesc(p) for p in paras), title)

def ods(rows, title="Tabelle"):
    rs = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v))
        for v in row) for row in rows)
    return _odf("spreadsheet", '<office:spreadsheet><table:table table:name="%s">%s</table:table>'
                '</office:spreadsheet>' % (xesc(title[:30]), rs), title)

def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def pdf(lines, title="Dokument"):
    cs = [b"BT /F1 10 Tf 50 800 Td 13 TL"]
    for i, ln in enumerate(lines):
        cs.append(b"(" + _pdfstr(ln) + b") Tj T*")
    cs.append(b"ET")
    raw = zlib.compress(b"\n".join(cs), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream",
        b"<< /Title (" + _pdfstr(title) + b") /Producer (Weserland DMS) /CreationDate (D:20260102090000+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)

def ics(uid, start, end, summary, location="", desc=""):
    t = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Weserland//Kalender//DE\r\nMETHOD:REQUEST\r\n"
         "BEGIN:VEVENT\r\nUID:%s@weserland.example\r\nDTSTAMP:20260102T090000Z\r\nDTSTART:%s\r\n"
         "DTEND:%s\r\nSUMMARY:%s\r\nLOCATION:%s\r\nDESCRIPTION:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
         % (uid, start, end, summary, location, desc.replace("\n", "\\n")))
    return t.encode("utf-8")

MIME = {"pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
        "zip": ("application", "zip"), "ics": ("text", "calendar"), "csv": ("text", "csv"),
        "tsv": ("text", "tab-separated-values"), "txt": ("text", "plain"), "bin": ("application", "octet-stream")}

# ---------------- message builder
MAILS = []
_n = [0]

def build(n, frm_, to, subj, body, cc=None, charset="utf-8", cte="quoted-printable", flowed=False,
          html=None, html_only=False, atts=(), date=None, mid=None, extra=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm_
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    if date is None:
        base = datetime.datetime(2026, 1, 5, 8, 3, 0, tzinfo=TZ)
        date = base + datetime.timedelta(hours=13 * n + (n * 7) % 5, minutes=(n * 37) % 60)
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid or "<d216-%04d.%s@weserland.example>" % (n, date.strftime("%Y%m%d%H%M"))
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        if charset in ("us-ascii",):
            m.set_content(body, charset="us-ascii", cte="7bit")
        else:
            m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fname, data = a[0], a[1]
        ext = fname.rsplit(".", 1)[-1].lower()
        mt, st = a[2] if len(a) > 2 else MIME.get(ext, ("application", "octet-stream"))
        if mt == "text":
            cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data.decode(cs) if isinstance(data, bytes) else data, subtype=st,
                             charset=cs, cte="quoted-printable" if st != "calendar" else "base64",
                             filename=fname)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    i = 0
    for p in m.walk():
        if p.is_multipart() and p.get_content_maintype() == "multipart":
            p.set_boundary("----=_d216_%04d_%d" % (n, i))
            i += 1
    return m

def inner(frm_, to, subj, body, date, mid, **kw):
    """A forwarded/attached mail (not registered as corpus item)."""
    m = build(0, frm_, to, subj, body, date=date, mid=mid, **kw)
    return m

def D(y, mo, d, h=10, mi=0):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=TZ)

LAB = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}

def M(lab, lang, kind, reason, frm_, to, subj, body, **kw):
    _n[0] += 1
    n = _n[0]
    MAILS.append((n, LAB[lab], lang, kind, reason, lambda n=n: build(n, frm_, to, subj, body, **kw)))

# ======================================================================
# MAILS
# ======================================================================
# 1
M("S", "de", "insurer-to-customer", "PKV member: reimbursement of the addressee's physiotherapy after shoulder surgery, diagnosis M75.1",
  frm("ahlers"), "Heike Brünjes <heike.bruenjes@posteo.example>",
  "Ihre Rechnungen vom Januar – Erstattung",
  """Sehr geehrte Frau Brünjes,

vielen Dank für die eingereichten Belege. Wir haben die Rechnungen der Praxis für Physiotherapie Lankenau (6 x Krankengymnastik nach Rotatorenmanschetten-Naht, Diagnose M75.1 R) geprüft und erstatten 412,80 EUR auf Ihr bekanntes Konto.

Die Rechnung von Dr. Seedorf über die Kontroll-Sonographie erstatten wir ebenfalls vollständig.

""" + sig("ahlers") + FOOT_DE)
# 2
M("N", "de", "internal", "trap: Q1 member-service KPI with counts of reimbursement claims by treatment type, no persons",
  frm("ahlers"), "Team Mitgliederservice <ms-team@weserland.example>",
  "Kennzahlen Januar: Belegeingang & Bearbeitungszeiten",
  """Hallo zusammen,

kurz die Zahlen aus dem Januar:
- Belegeingang gesamt: 18.412 (davon 61 % per App)
- Arztrechnungen ambulant: 9.870, Zahnarzt: 3.115, Heilmittel: 2.402, Krankenhaus: 611
- durchschnittliche Bearbeitungszeit: 4,2 Arbeitstage (Ziel 5)
- Rückfragen wegen fehlender Diagnose auf der Rechnung: 743

Die Krankenhausfälle liegen wegen der Grippewelle deutlich über Vorjahr. Danke für euren Einsatz!

""" + sig("ahlers"))
# 3
M("S", "de", "insurer-to-company", "group bKV (health line): employer HR receives named new enrolees with birth dates; health contract of persons, no diagnosis",
  frm("brett"), "Sandra Meiners <s.meiners@hafenlogistik-bremen.example>",
  "bKV Hafenlogistik – Anmeldungen zum 01.03.2026",
  """Hallo Frau Meiners,

anbei die Bestätigung der Neuanmeldungen zum Gruppenvertrag GV-88120 (Baustein Zahn + Vorsorge), Beginn 01.03.2026:

  Ole Tietjen        geb. 14.05.1994   Personalnr. 10442
  Marlene Kück       geb. 02.11.1988   Personalnr. 10451
  Dennis Ahrens      geb. 27.01.2001   Personalnr. 10460

Die Versicherungsausweise gehen den Mitarbeitenden per Post zu. Eine Gesundheitsprüfung entfällt im Gruppenvertrag.

""" + sig("brett"), cc="Personalabteilung <personal@hafenlogistik-bremen.example>")
# 4
M("N", "en", "insurer-to-partner", "trap: press-style answer about average premium increase in full health cover, aggregate only",
  frm("hollmann"), "Claire Dunmore <c.dunmore@healthwire.example>",
  "Re: Your question on 2026 premium adjustments",
  """Dear Ms Dunmore,

thank you for your enquiry. For 2026 the average premium adjustment across our comprehensive health tariffs is 6.8 %. About 38 % of our 212,000 members are not affected at all. The main drivers are higher hospital costs and the growing use of outpatient psychotherapy and oncology drugs.

We do not comment on individual cases.

""" + sig("hollmann") + FOOT_EN)
# 5
M("S", "de", "insurer-to-customer", "reply is harmless, quoted customer mail describes her son's ADHD diagnosis and medication",
  frm("ahlers"), "Birte Lohmann <birte.lohmann@gmx.example>",
  "AW: Frage wegen Medikament für Finn",
  """Liebe Frau Lohmann,

ja, das ist so in Ordnung – reichen Sie die Rezepte einfach weiter über die App ein.

""" + sig("ahlers") + """

-----Ursprüngliche Nachricht-----
Von: Birte Lohmann <birte.lohmann@gmx.example>
Gesendet: Montag, 12. Januar 2026 21:14
An: service@weserland.example
Betreff: Frage wegen Medikament für Finn

Hallo,
mein Sohn Finn (9, mitversichert bei mir, Vers.-Nr. 402 118 773-02) hat jetzt die Diagnose ADHS bekommen und soll Methylphenidat 10 mg nehmen. Die Kinderärztin sagt, das wird übernommen, stimmt das? Muss ich was beantragen??
Danke und LG Birte Lohmann
""")
# 6
M("N", "de", "insurer-to-customer", "trap: generic reply to prospect asking about dental tariffs, no contract or health data",
  frm("service"), "Lars Peters <lars.p@web.example>",
  "Ihre Anfrage zu unseren Zahntarifen",
  """Guten Tag Herr Peters,

vielen Dank für Ihr Interesse. Unsere Zahnzusatztarife ZahnPlus 70 und ZahnPlus 90 erstatten Zahnersatz, Inlays, Implantate und professionelle Zahnreinigung. Bei Abschluss stellen wir drei Gesundheitsfragen (z. B. nach fehlenden Zähnen).

Den Tarifrechner finden Sie unter https://www.weserland.example/zahn. Gern rufen wir Sie auch zurück.

""" + sig("service") + FOOT_DE)
# 7
M("C", "de", "insurer-to-customer", "motor: named customer, claim number, plate, own-damage repair, nobody hurt",
  frm("rademacher"), "Hauke Ellerbrock <hauke.ellerbrock@t-online.example>",
  "Schaden 26-KF-004417 / HB-WE 742",
  """Moin Herr Ellerbrock,

zu Ihrem Parkschaden vom 08.01. (Fahrzeug HB-WE 742, VW Touran): Das Gutachten liegt vor, Reparaturkosten 2.318,40 EUR netto. Nach Abzug Ihrer Selbstbeteiligung von 300 EUR überweisen wir 2.018,40 EUR direkt an das Autohaus Grolland.

Verletzt wurde niemand, ein Fremdschaden liegt nicht vor.

""" + sig("rademacher") + FOOT_DE, cte="8bit", flowed=True)
# 8
M("N", "de", "internal", "trap: out-of-office note from health-claims doctor, no case data",
  frm("osterkamp"), "Katrin Ahlers <katrin.ahlers@weserland.example>",
  "Automatische Antwort: Rückfrage Gutachten",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.01.2026 nicht im Büro. In dringenden medizinischen Prüffällen wenden Sie sich bitte an Dr. Jan Hesse (Durchwahl -2290).

Dr. Miriam Osterkamp""", extra={"Auto-Submitted": "auto-replied"})
# 9
M("S", "en", "insurer-to-hospital", "expat health: cost guarantee for named member, admission for cholecystectomy",
  frm("carstens"), "Admissions <admissions@st-lucas-hospital.example>",
  "Guarantee of payment - Mr Arne Voss, DOB 1979-08-21",
  """Dear admissions team,

we confirm cover for our member Mr Arne Voss (born 1979-08-21, member no. WKV-INT-0093318) for his planned laparoscopic cholecystectomy (K80.20) on 3 February 2026, semi-private room, up to EUR 9,500. Please send the final invoice including the discharge summary to claims-int@weserland.example.

""" + sig("carstens") + FOOT_EN)
# 10
M("N", "en", "newsletter", "trap: member newsletter on flu vaccination and check-ups, no person",
  "Weserland Gesundheit <newsletter@weserland.example>", "members-en@lists.weserland.example",
  "Your health news – February 2026",
  "",
  html_only=True, html="""<html><body style="font-family:Arial">
<h2>Your health news &ndash; February 2026</h2>
<p>Flu season is at its peak. Vaccination is covered in all our health tariffs &ndash; no invoice needed if you use a partner practice.</p>
<table border="1" cellpadding="4"><tr><th>Check-up</th><th>From age</th><th>Covered</th></tr>
<tr><td>Skin cancer screening</td><td>35</td><td>every 2 years</td></tr>
<tr><td>Colonoscopy</td><td>50</td><td>every 10 years</td></tr>
<tr><td>Dental cleaning</td><td>18</td><td>up to EUR 120/year</td></tr></table>
<p>Unsubscribe: <a href="https://www.weserland.example/newsletter">here</a></p></body></html>""")
# 11
M("S", "de", "insurer-to-company", "group accident: employer told about named employee's work-related accident with fracture (accident line + health)",
  frm("brett"), "Thomas Rieken <t.rieken@rieken-bau.example>",
  "Gruppenunfall GU-2210 – Meldung Herr Kaya",
  """Hallo Herr Rieken,

danke für die Unfallmeldung. Für Herrn Emre Kaya (Sturz vom Gerüst am 15.01.2026, distale Radiusfraktur links, OP im Klinikum Links der Weser) haben wir den Fall unter UN-26-00318 angelegt. Für die Invaliditätsprüfung brauchen wir in ca. 12 Monaten einen ärztlichen Bericht; das Krankenhaustagegeld (5 Tage) zahlen wir schon jetzt aus.

""" + sig("brett"))
# 12
M("N", "de", "insurer-to-supplier", "trap: order of first-aid kits and defibrillator pads for the office, no persons' data",
  frm("lorenz"), "Vertrieb <bestellung@medisafe-handel.example>",
  "Bestellung Verbandkästen DIN 13157 / AED-Elektroden",
  """Guten Tag,

wir bestellen für unseren Standort Am Stadtwerder 12:
- 14 x Betriebsverbandkasten DIN 13157
- 4 x Ersatzelektroden Erwachsene für AED Typ CardioLife 300
- 2 x Kälte-Sofortkompressen (50 Stk.)

Lieferung bitte an Warenannahme Tor 2, Rechnung an kreditoren@weserland.example. Bestellnummer BE-2026-0117.

""" + sig("lorenz"))
# 13
M("C", "en", "insurer-to-customer", "travel baggage claim of named customer, no health content",
  frm("carstens"), "Rebecca Hollis <rebecca.hollis@mailbox.example>",
  "Your baggage claim RG-26-1182",
  """Dear Ms Hollis,

we have received your claim for the suitcase lost on flight XQ 417 from Lisbon on 6 January. The airline's property irregularity report shows a delay only; if the case is not found by 27 January we will reimburse replacement clothing up to EUR 600 under policy TR-5581203.

Please keep your receipts.

""" + sig("carstens") + FOOT_EN)
# 14
M("S", "de", "insurer-to-customer", "long-term care: care level 3 assessment result for the addressee's mother",
  frm("kruse"), "Jörg Stindt <joerg.stindt@ewe.example>",
  "Pflegegutachten für Ihre Mutter, Frau Gerda Stindt",
  """Sehr geehrter Herr Stindt,

das Gutachten von MEDICPROOF zu Ihrer Mutter liegt vor. Die Gutachterin hat Pflegegrad 3 festgestellt (Gesamtpunktwert 54,25; Schwerpunkt Mobilität und kognitive Fähigkeiten nach dem Schlaganfall im Oktober). Das Pflegegeld von 599 EUR zahlen wir rückwirkend ab 01.11.2025 auf das Konto Ihrer Mutter.

Eine Kopie des Gutachtens erhalten Sie als Bevollmächtigter per Post.

""" + sig("kruse") + FOOT_DE)
# 15
M("N", "de", "internal", "trap: data-protection training reminder mentioning health data, diagnoses, ICD codes generally",
  frm("vogt"), "Alle Mitarbeitenden <alle@weserland.example>",
  "Pflichtschulung Datenschutz – Gesundheitsdaten richtig versenden",
  """Liebe Kolleginnen und Kollegen,

bis 31.03. ist die jährliche Datenschutzschulung fällig. Schwerpunkt dieses Jahr: Gesundheitsdaten nach Art. 9 DSGVO. Diagnosen, ICD-Codes, Arztberichte und Pflegegutachten dürfen nur verschlüsselt (Siegel/Portal) verschickt werden – auch wenn der Kunde „einfach per Mail“ bittet.

Die Schulung dauert ca. 35 Minuten, Link im Intranet.

""" + sig("vogt"))
# 16
M("C", "de", "insurer-to-broker", "broker told about named customer's household policy and premium, no health",
  frm("aydin"), "Maklerbüro Tammen <info@tammen-versicherungsmakler.example>",
  "Hausrat Fam. Gerdes – Angebot Summenanpassung",
  """Hallo Herr Tammen,

für Ihre Kunden Jan und Wiebke Gerdes (Hausrat HR-7720154, Findorffstraße 88, Bremen) schlagen wir wegen des Umzugs in die größere Wohnung eine Versicherungssumme von 78.000 EUR vor. Neuer Jahresbeitrag 214,30 EUR, Fahrradbaustein inklusive.

Bitte kurze Rückmeldung, dann stellen wir den Nachtrag aus.

""" + sig("aydin"))
# 17
M("S", "en", "insurer-to-company", "group bKV employer report lists named employees with claims amounts per treatment (health data)",
  frm("brett"), "Nadia Friis <nadia.friis@nordkran-systems.example>",
  "Quarterly bKV report Q4/2025",
  """Dear Ms Friis,

as requested, attached the Q4 report for group contract GV-90455. Please note that the second sheet was generated by our claims system and contains employee-level data; it should not have been included. Please delete it and I will send a corrected file.

""" + sig("brett"),
  atts=[("bKV_Q4_2025_Nordkran.xlsx", xlsx([
      ["Group contract GV-90455", "Q4/2025"], ["Enrolled employees", 143], ["Claims submitted", 311],
      ["Reimbursed EUR", 48210.55], [], ["Employee", "Pers.no.", "Treatment", "Amount EUR"],
      ["Henrik Dahl", "3311", "Dental implant region 36", 1840.00],
      ["Ilka Brandes", "3348", "Glasses (myopia -4.25)", 320.00],
      ["Pawel Nowak", "3402", "Psychotherapy 12 sessions (F43.2)", 1200.00]], "bKV report"))])
# 18
M("N", "en", "internal", "trap: meeting invite about ICD-10 update in claims system, no case data",
  frm("osterkamp"), "Claims IT <claims-it@weserland.example>",
  "Invitation: ICD-10-GM 2026 update in LEIKA",
  """Hi all,

please find the invitation for the go-live check of the ICD-10-GM 2026 catalogue in our claims system LEIKA. We will test the new codes U07.x and the changed terminal digits in chapter F.

Miriam""",
  atts=[("invite.ics", ics("icd2026-golive", "20260128T090000Z", "20260128T100000Z",
        "ICD-10-GM 2026 go-live check", "Room Weser 3 / Teams", "Test plan in Confluence, no real cases"))])
# 19
M("C", "de", "insurer-to-customer", "legal expenses: named customer's employment-law case cover confirmation, no health",
  "Rechtsschutz Weserland <rechtsschutz@weserland.example>", "Sven Albers <sven.albers@freenet.example>",
  "Deckungszusage RS-26-00912 – Kündigungsschutzklage",
  """Sehr geehrter Herr Albers,

für Ihre Kündigungsschutzklage gegen die Fa. Lürssen Metallbau GmbH (Kündigung vom 30.12.2025) erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Bremen. Ihre Anwältin Frau Rn. Kalkmann kann direkt mit uns abrechnen. Selbstbeteiligung: 150 EUR.

Ihr Bruttomonatsgehalt von 3.860 EUR haben wir für den Streitwert zugrunde gelegt.

Mit freundlichen Grüßen
Ihr Rechtsschutz-Team""" + FOOT_DE)
# 20
M("S", "de", "customer", "forwarded customer mail to claims: hospital stay, diagnosis, admission after heart attack",
  frm("ahlers"), "Leistung stationär <leistung-stationaer@weserland.example>",
  "WG: Krankenhausaufenthalt meines Mannes",
  """Bitte übernehmen, Vertrag liegt bei euch. Danke, Katrin

---------- Weitergeleitete Nachricht ----------
Von: Renate Hinrichs <renate.hinrichs@arcor.example>
Datum: 19.01.2026, 07:42
Betreff: Krankenhausaufenthalt meines Mannes

Sehr geehrte Damen und Herren,
mein Mann Werner Hinrichs (geb. 03.09.1956) wurde am Samstag mit einem Herzinfarkt ins Klinikum Bremen-Mitte eingeliefert und hat zwei Stents bekommen. Er liegt auf der Intensiv. Müssen wir für das Einzelzimmer vorher etwas einreichen? Die Versicherungsnummer ist 400 227 1185.
Mfg R. Hinrichs
""")
# 21
M("N", "de", "insurer-to-customer", "trap: portal notification without content",
  "Weserland SecureMail <securemail@weserland.example>", "Heike Brünjes <heike.bruenjes@posteo.example>",
  "Neue vertrauliche Nachricht in Ihrem Postfach",
  """Guten Tag,

in Ihrem Weserland-Postfach liegt eine neue Nachricht für Sie bereit. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Anmelden: https://portal.weserland.example

Dies ist eine automatisch erzeugte Nachricht.""", charset="us-ascii" if False else "utf-8")
# 22
M("C", "en", "insurer-to-broker", "broker receives named client's liability policy and bank details for direct debit",
  frm("aydin"), "Mark Pollard <mark@pollard-brokers.example>",
  "Private liability PH-3390127 – Mr Daniel Okafor",
  """Hi Mark,

policy PH-3390127 for your client Daniel Okafor (Schwachhauser Heerstr. 201, Bremen) is now active from 1 February. Annual premium EUR 89.00, direct debit from """ + grp(iban_de("29050101", "82299401")) + """ as per the mandate you sent.

""" + sig("aydin"))
# 23
M("N", "de", "insurer-to-partner", "trap: anonymised case study for association working group, age band only",
  frm("osterkamp"), "AG Leistungsmanagement <ag-leistung@pkv-verband-nord.example>",
  "Fallbeispiel für die Sitzung am 05.02.",
  """Liebe Kolleginnen und Kollegen,

wie besprochen ein anonymisiertes Fallbeispiel: Versicherte Person, Altersgruppe 40–49, Tarif mit 600 EUR Selbstbehalt, drei Jahre Behandlung einer chronischen Rückenerkrankung, Kosten ambulant ca. 11.000 EUR, danach multimodale Schmerztherapie. Frage an die Runde: Wie geht ihr mit der medizinischen Notwendigkeit von Wiederholungstherapien um?

Namen, Daten und Orte sind entfernt; Rückschlüsse auf die Person sind nicht möglich.

""" + sig("osterkamp"))
# 24
M("S", "de", "insurer-to-customer", "life: payout of term life policy after death of the insured, named beneficiary (personal line)",
  frm("wiechmann"), "Anja Cordes <anja.cordes@gmx.example>",
  "Risikolebensversicherung RL-1007745 – Auszahlung",
  """Sehr geehrte Frau Cordes,

mein herzliches Beileid zum Tod Ihres Mannes. Nach Prüfung der Sterbeurkunde und der ärztlichen Todesbescheinigung zahlen wir die Versicherungssumme von 150.000 EUR aus der Risikolebensversicherung RL-1007745 an Sie als bezugsberechtigte Person aus. Die Überweisung erfolgt in den nächsten drei Werktagen auf """ + iban_de("25190001", "6602771400") + """.

""" + sig("wiechmann") + FOOT_DE, charset="iso-8859-1")
# 25
M("N", "en", "insurer-to-supplier", "trap: IT ticket to vendor about medical invoice OCR, synthetic sample",
  frm("lorenz"), "Support <support@scanfactory.example>",
  "Ticket #44102 - OCR misreads GOÄ numbers on doctors' invoices",
  """Hello support,

since release 8.4 your OCR reads GOÄ position "5855" as "5B55" on roughly 2 % of doctors' invoices. Reproduced with your own sample file "Muster_Arztrechnung_Max_Mustermann.pdf" (fictitious). Log excerpt:

  2026-01-20 10:14:02 WARN field=goae_pos conf=0.41 value=5B55

Please advise.

""" + sig("lorenz"))
# 26
M("S", "de", "insurer-to-company", "bAV direct insurance (life line): employer receives named employees' salaries and conversion amounts",
  frm("brett"), "Lohnbüro <lohn@feinkost-osterholz.example>",
  "bAV Entgeltumwandlung – Beträge ab März",
  """Hallo Frau Imken,

für die Entgeltumwandlung ab 01.03.2026 haben wir folgende Beträge hinterlegt (Gruppenvertrag Direktversicherung DV-4410):

Kerstin Lühr – Brutto 3.240 EUR – Umwandlung 150 EUR
Maik Schnakenberg – Brutto 2.890 EUR – Umwandlung 100 EUR

Bitte in der Lohnabrechnung berücksichtigen.

""" + sig("brett"))
# 27
M("S", "de", "insurer-to-doctor", "request to named doctor for report on member's depressive episode F32.1",
  frm("osterkamp"), "\"Praxis Dr. Weidemann\" <praxis@dr-weidemann-psychiatrie.example>",
  "Anforderung Befundbericht – Frau Mareike Sander, geb. 11.06.1985",
  """Sehr geehrter Herr Kollege Weidemann,

Ihre Patientin Frau Mareike Sander bezieht seit 10.11.2025 Krankentagegeld aus unserem Tarif KT 43. Die AU-Bescheinigungen nennen F32.1 G. Für die weitere Leistungsprüfung bitten wir um einen kurzen Befundbericht (voraussichtliche Dauer, Therapie). Die Schweigepflichtentbindung liegt uns vor; die Kosten nach GOÄ Nr. 75 übernehmen wir.

""" + sig("osterkamp"))
# 28
M("N", "de", "internal", "trap: colleague absent, no reason given; cover arrangements",
  frm("ahlers"), "Team Mitgliederservice <ms-team@weserland.example>",
  "Vertretung diese Woche",
  """Hallo ihr,

Jana fällt diese Woche aus. Ihre Rückrufe übernimmt bitte Timo, den Briefeingang Zahn verteilen wir wie immer nach Endziffer.

Danke!
Katrin""")
# 29
M("C", "en", "insurer-to-customer", "e-bike theft claim of named customer with address, frame number and policy number",
  frm("aydin"), "Jonathan Reiss <j.reiss@protonmail.example>",
  "Your e-bike theft claim HR-26-03377",
  """Dear Mr Reiss,

thank you for the police report (case no. 0117/26/4410). Your e-bike (Riese & Müller, frame no. WSL 883 201 7) was stolen from the locked basement at Hohentorsheerstr. 14. Under household policy HR-8871409 we will pay the replacement value of EUR 3,450 less the 10 % deduction for the missing code registration.

""" + sig("aydin") + FOOT_EN)
# 30
M("S", "en", "insurer-to-customer", "travel health: named traveller's emergency treatment abroad, hospital bill and diagnosis",
  frm("carstens"), "Tom Becker <tom.becker@icloud.example>",
  "Re: Hospital in Tenerife",
  """Hi Mr Becker,

good news: we have paid the Hospiten invoice (EUR 2,870) directly. The diagnosis on the report was acute pyelonephritis; the two nights in hospital and the antibiotics are fully covered under your travel health policy RK-66120. No need for you to do anything.

Get well soon!

""" + sig("carstens") + """

> On 21 Jan 2026, at 18:05, Tom Becker wrote:
> they want my credit card before releasing me, what should I do?? kidney infection they say
""", cte="8bit", flowed=True)
# 31
M("N", "de", "insurer-to-company", "trap: bKV product offer to employer with prices per employee, no persons",
  frm("brett"), "Geschäftsführung <gf@tischlerei-wuemme.example>",
  "Angebot betriebliche Krankenversicherung für Ihre 24 Mitarbeitenden",
  """Sehr geehrter Herr Otten,

wie besprochen unser Angebot für eine bKV ohne Gesundheitsprüfung:
Budgettarif 600 EUR/Jahr für Vorsorge, Zahn, Brille, Heilpraktiker – 27,90 EUR pro Person und Monat, Arbeitgeberbeitrag bis 50 EUR steuerfrei als Sachbezug.
Mindestteilnahme 10 Personen, Angehörige können sich zu Sonderkonditionen anschließen.

""" + sig("brett"), atts=[("Angebot_bKV_Tischlerei_Wuemme.pdf", pdf([
  "Weserland Krankenversicherung a.G.", "Angebot betriebliche Krankenversicherung", "",
  "Tarif: BudgetFlex 600", "Beitrag: 27,90 EUR je versicherte Person und Monat",
  "Leistungen: Vorsorge, Zahnreinigung, Sehhilfen, Heilpraktiker", "Keine Gesundheitsfragen, keine Wartezeiten",
  "Gueltig bis 31.03.2026"], "Angebot bKV"))])
# 32
M("S", "de", "insurer-to-customer", "dental: cost plan for implants of the addressee with tooth regions and amounts",
  frm("ahlers"), "Gunnar Wilkens <gunnar.wilkens@web.example>",
  "Heil- und Kostenplan Dr. Maaß – unsere Zusage",
  """Hallo Herr Wilkens,

den Heil- und Kostenplan Ihrer Zahnärztin für zwei Implantate (Regio 46 und 47) inkl. Knochenaufbau haben wir geprüft. Zugesagt sind 4.380 EUR von 5.475 EUR (80 % nach ZahnPlus 80). Die Parodontitisbehandlung vorab übernehmen wir vollständig.

""" + sig("ahlers") + FOOT_DE)
# 33
M("N", "en", "internal", "trap: actuarial table of claims by ICD chapter for group contracts, aggregate only",
  frm("brett"), "Actuarial <aktuariat@weserland.example>",
  "bKV claims by ICD chapter 2025 – for the pricing meeting",
  """Hi team,

attached the aggregate for all group health contracts 2025 (no employer below 50 insured, cells < 10 merged into "other").

Jonas""", atts=[("bKV_ICD_chapters_2025.csv",
  "chapter;description;claims;amount_eur\nK;digestive system (incl. dental);18220;2410330\nH00-H59;eye;6014;702800\nM;musculoskeletal;3320;811040\nF;mental and behavioural;1105;392110\nother;all other chapters;4470;905600\n", ("text", "csv"))])
# 34
M("C", "de", "insurer-to-customer", "premium change letter to named customer with bank account (dog liability, non-personal)",
  frm("aydin"), "Edda Kortmann <edda.kortmann@kabelmail.example>",
  "Tierhalterhaftpflicht für Bruno – neue Bankverbindung gespeichert",
  """Liebe Frau Kortmann,

Ihre neue Bankverbindung für die Hundehalterhaftpflicht TH-220981 (Hund Bruno, Labrador) haben wir gespeichert:
IBAN """ + grp(iban_de("29050101", "7781200")) + """, Kontoinhaberin Edda Kortmann.
Die nächste Abbuchung über 74,50 EUR erfolgt am 01.03.2026.

""" + sig("aydin"), cte="base64")
# 35
M("S", "en", "insurer-to-customer", "disability (BU) claim: addressee's assessment, diagnosis and benefit decision",
  frm("wiechmann"), "Lukas Engel <lukas.engel@outlook.example>",
  "Your disability claim BU-25-0412 – decision",
  """Dear Mr Engel,

after reviewing the reports of Prof. Harms and the functional capacity evaluation, we accept your disability claim. Because of the lumbar disc herniation (M51.1) and the failed second surgery you can no longer work as a roofer more than three hours a day. From 1 September 2025 we pay a monthly pension of EUR 1,650 and waive premiums.

""" + sig("wiechmann") + FOOT_EN)
# 36
M("N", "de", "insurer-to-partner", "trap: press release on new care tariff with statistics on care levels",
  frm("hollmann"), "Redaktion <redaktion@weser-kurier.example>",
  "Pressemitteilung: Weserland startet Pflegetagegeld „PflegeKlar“",
  """Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung. Kernaussage: In Deutschland sind rund 5,7 Mio. Menschen pflegebedürftig, 86 % werden zu Hause versorgt. Der neue Tarif zahlt ab Pflegegrad 2 bis zu 2.400 EUR monatlich, auch bei Demenz.

""" + sig("hollmann"), atts=[("PM_PflegeKlar_2026.docx", docx([
  "Pressemitteilung – Bremen, 26. Januar 2026", "Weserland startet Pflegetagegeld PflegeKlar",
  "Der Tarif zahlt ab Pflegegrad 2, ohne Wartezeit bei Unfall.", "Pressekontakt: presse@weserland.example"], "Pressemitteilung"))])
# 37
M("C", "de", "insurer-to-customer", "buildings claim, named customer, claim and address, no injury",
  frm("aydin"), "Frerk Meyer <frerk.meyer@online.example>",
  "Leitungswasserschaden Heinrich-Heine-Str. 7 – Gutachtertermin",
  """Moin Herr Meyer,

unser Sachverständiger Herr Blome kommt am Donnerstag, 29.01., um 10 Uhr zu Ihnen (Schaden WG-26-00741, Wohngebäude WG-330129). Bitte halten Sie die Rechnung des Installateurs und Fotos bereit. Die Trocknungsfirma darf schon beauftragt werden.

""" + sig("aydin"), cte="8bit", flowed=True)
# 38
M("S", "de", "insurer-to-company", "group bKV: HR asks why employee's claim was refused; answer names employee and orthodontic treatment",
  frm("brett"), "Sandra Meiners <s.meiners@hafenlogistik-bremen.example>",
  "AW: Beschwerde Herr Tietjen",
  """Hallo Frau Meiners,

ich verstehe den Ärger. Bei Herrn Tietjen ging es um eine kieferorthopädische Behandlung (Aligner), die vor Beginn des Gruppenvertrags bereits begonnen hatte. Das ist leider nicht versichert. Ich habe ihm das gestern telefonisch erklärt.

Grundsätzlich darf ich Ihnen als Arbeitgeberin aber keine Details zu Leistungsfällen geben – bitte verweisen Sie Mitarbeitende direkt an unseren Service.

""" + sig("brett") + """

Von: Sandra Meiners
Gesendet: Dienstag, 27. Januar 2026 09:12
Betreff: Beschwerde Herr Tietjen

Herr Tietjen beschwert sich bei uns, dass seine Rechnung abgelehnt wurde. Was ist da los?
""")
# 39
M("N", "en", "insurer-to-broker", "trap: broker newsletter about underwriting guidelines for pre-existing conditions, no person",
  "Weserland Makler-Service <makler@weserland.example>", "brokers@lists.weserland.example",
  "Broker update: simplified health questions from March",
  """Dear partners,

from 1 March our health and disability applications ask about the last 3 years (instead of 5) for outpatient treatment and 5 years for inpatient stays. Allergies without treatment, healed fractures and corrected myopia no longer need to be stated.

Training webinar: 12 February, 10:00.

Your Weserland broker service""")
# 40
M("S", "de", "insurer-to-customer", "hidden in attachment: benefit statement PDF with diagnoses; body harmless",
  frm("service"), "Olga Wiebe <olga.wiebe@gmx.example>",
  "Ihre Leistungsabrechnung",
  """Guten Tag Frau Wiebe,

anbei Ihre Leistungsabrechnung vom 28.01.2026.

""" + sig("service"), atts=[("Leistungsabrechnung_2026-01-28.pdf", pdf([
  "Weserland Krankenversicherung a.G. - Leistungsabrechnung", "Versicherte Person: Olga Wiebe, geb. 17.02.1972",
  "Versicherungsnummer: 400 991 2207", "", "Dr. Holst, Gynaekologie - Diagnose N80.0 Endometriose - 287,40 EUR - erstattet 287,40",
  "Apotheke am Markt - Dienogest 2 mg, 84 Tbl. - 61,12 EUR - erstattet 61,12",
  "Labor Nord - 112,00 EUR - erstattet 112,00", "Summe Erstattung: 460,52 EUR"], "Leistungsabrechnung"))])
# 41
M("N", "de", "insurer-to-supplier", "trap: order for shredding of medical files (service), no content",
  frm("vogt"), "Auftrag <auftrag@aktenvernichtung-nord.example>",
  "Abholung Datenschutztonnen – Leistungsabteilung KV",
  """Guten Tag,

bitte holen Sie am 04.02. die 12 Datenschutztonnen (Sicherheitsstufe P-4) aus der Leistungsabteilung Krankenversicherung, 3. OG, ab. Inhalt: Arztrechnungen und Gutachten nach Ablauf der Aufbewahrungsfrist. Vernichtungsprotokoll bitte an mich.

""" + sig("vogt"))
# 42
M("C", "en", "insurer-to-customer", "named customer's motor claim settlement with IBAN, no injury",
  frm("rademacher"), "Sophie Lang <sophie.lang@gmail.example>",
  "Windscreen claim KF-26-00912",
  """Hi Ms Lang,

the windscreen of your car HB-SL 219 has been replaced by GlasExpress; we paid them EUR 784.20 directly. Your deductible of EUR 150 will be collected from """ + iban_de("29050101", "1234567") + """ with the next premium.

""" + sig("rademacher"))
# 43
M("S", "de", "insurer-to-customer", "health premium arrears of named member (health contract, personal line)",
  frm("ahlers"), "Dirk Thalmann <dirk.thalmann@t-online.example>",
  "Beitragsrückstand Krankenversicherung 400 558 0331",
  """Sehr geehrter Herr Thalmann,

für Ihre Krankheitskostenvollversicherung sind die Beiträge für Dezember und Januar (je 612,44 EUR) offen. Wenn der Rückstand nicht bis 20.02. ausgeglichen ist, müssen wir Sie nach § 193 Abs. 6 VVG in den Notlagentarif umstellen. Ratenzahlung ist möglich – rufen Sie mich gern an.

""" + sig("ahlers") + FOOT_DE)
# 44
M("N", "en", "insurer-to-customer", "trap: one-time password mail for portal registration, no content",
  "Weserland SecureMail <securemail@weserland.example>", "rebecca.hollis@mailbox.example",
  "Your one-time password",
  """Hello,

your one-time password for the Weserland secure mailbox is: 7Qx-41m-Zr9
It is valid for 48 hours. You will be asked to set a new password and a security question.

This message was generated automatically.""", charset="us-ascii")
# 45
M("S", "en", "hospital", "forwarded discharge letter from hospital (attached rfc822) with diagnoses; body says only 'see below'",
  frm("carstens"), "Medical review <medical-review@weserland.example>",
  "Fwd: discharge letter Mr Voss",
  """For your review, see attached.
Fiona""", atts=[inner("St Lucas Hospital <reports@st-lucas-hospital.example>", "claims-int@weserland.example",
  "Discharge summary - VOSS, Arne - 1979-08-21",
  """Discharge summary

Patient: Arne Voss, DOB 21/08/1979
Admission: 03/02/2026  Discharge: 05/02/2026
Procedure: laparoscopic cholecystectomy, uneventful
Histology: chronic cholecystitis with cholelithiasis (K80.10)
Medication at discharge: ibuprofen 600 mg as needed, pantoprazole 20 mg
Follow-up with GP in 10 days.

Dr. P. Alvarez, Surgery""", D(2026, 2, 5, 16, 20), "<ds-4471@st-lucas-hospital.example>")])
# 46
M("N", "de", "internal", "trap: cafeteria / birthday note naming a colleague",
  frm("kruse"), "Pflege-Team <pflege-team@weserland.example>",
  "Kuchen!",
  """Moin zusammen,

Gesa hat heute Geburtstag – um 14 Uhr gibt's Butterkuchen in der Teeküche 2. OG. Kommt vorbei!

Marek""")
# 47
M("S", "de", "insurer-to-broker", "disability (life line) quote for named client with birth date and income, no health detail yet",
  frm("wiechmann"), "Maklerbüro Tammen <info@tammen-versicherungsmakler.example>",
  "AW: Angebot BU für Frau Husmann",
  """Hallo Herr Tammen,

für Ihre Kundin Lea Husmann (geb. 09.04.1996, Bauingenieurin, Bruttojahreseinkommen 58.000 EUR) ist eine BU-Rente bis 2.100 EUR möglich. Beitrag netto 94,12 EUR monatlich bis Endalter 67. Die Gesundheitsfragen bitte mit dem Antrag einreichen.

""" + sig("wiechmann"))
# 48
M("S", "de", "insurer-to-doctor", "HTML-only mail to dental practice listing a named patient's approved treatments",
  frm("ahlers"), "Zahnarztpraxis Maaß <empfang@zahnarzt-maass.example>",
  "Kostenzusage für Ihren Patienten",
  "", html_only=True, html="""<html><body><p>Sehr geehrte Frau Dr. Maaß,</p>
<p>für Ihren Patienten unten bestätigen wir folgende Leistungen:</p>
<table border="1"><tr><th>Patient</th><th>Geb.</th><th>Leistung</th><th>Zusage</th></tr>
<tr><td>Gunnar Wilkens</td><td>22.07.1969</td><td>Implantate Regio 46, 47, Sinuslift</td><td>4.380,00 EUR</td></tr>
<tr><td></td><td></td><td>PAR-Behandlung (Parodontitis Stadium III)</td><td>100 %</td></tr></table>
<p>Freundliche Grüße<br>Katrin Ahlers<br>Mitgliederservice Krankenversicherung</p></body></html>""")
# 49
M("N", "en", "insurer-to-partner", "trap: reinsurer gets aggregate disability incidence by age band",
  frm("wiechmann"), "Gregor Lindqvist <g.lindqvist@nordre-re.example>",
  "Disability incidence 2025 – treaty renewal",
  """Dear Gregor,

as discussed, the aggregate incidence rates for our disability portfolio 2025 (per mille, new claims / exposure): age 20–29: 1.1; 30–39: 2.0; 40–49: 3.9; 50–59: 8.7. Psychiatric causes account for 36 % of new claims, musculoskeletal for 22 %, cancer for 14 %.

No individual data included.

""" + sig("wiechmann"))
# 50
M("C", "de", "insurer-to-customer", "birth date and policy confirmation for named customer's legal expenses contract",
  "Rechtsschutz Weserland <rechtsschutz@weserland.example>", "Ute Brinkmann <ute.brinkmann@gmx.example>",
  "Ihre Vertragsänderung Rechtsschutz RS-4402018",
  """Sehr geehrte Frau Brinkmann,

wir haben Ihren Rechtsschutzvertrag RS-4402018 auf den Familientarif umgestellt. Mitversichert ist jetzt Ihr Lebensgefährte Herr Kai Pundt, geb. 30.06.1983. Neuer Beitrag: 31,20 EUR monatlich ab 01.02.2026.

Mit freundlichen Grüßen
Ihr Rechtsschutz-Team""" + FOOT_DE, charset="iso-8859-1", cte="8bit")
# 51
M("S", "de", "insurer-to-company", "ZIP with employer census for group income protection includes a 'Vorerkrankungen' column for named employees",
  frm("brett"), "Personal <personal@elbwerft-stade.example>",
  "Gruppen-BU Elbwerft – Unterlagen zurück",
  """Hallo Herr Bösch,

anbei die Unterlagen zurück, die Sie uns zur Kalkulation geschickt hatten, mit unseren Anmerkungen. Bitte künftig keine Gesundheitsangaben in die Mitarbeiterliste schreiben – die Gruppen-BU ist ohne Gesundheitsprüfung kalkuliert.

""" + sig("brett"), atts=[("Elbwerft_GruppenBU.zip", zipf([
  ("Mitarbeiterliste.csv", "Name;Geburtsdatum;Taetigkeit;Brutto;Vorerkrankungen\nKarsten Bösch;1970-03-12;Schweißer;3900;keine\nJelena Markovic;1985-09-30;Konstrukteurin;5200;Bandscheibe L4/L5 2023\nHenning Wolter;1962-12-01;Meister;4700;Diabetes Typ 2\n"),
  ("Anmerkungen.txt", "Kalkulation GV-BU-7710: Spalte Vorerkrankungen wird nicht verwendet und ist zu loeschen.\n")]))])
# 52
M("N", "de", "insurer-to-company", "trap: employer info sheet for bKV onboarding with blank enrolment form and placeholders",
  frm("brett"), "Personal <personal@elbwerft-stade.example>",
  "bKV-Start: Infoblatt und Anmeldeformular",
  """Hallo Herr Bösch,

für den Start der bKV am 01.04. anbei das Infoblatt für Ihre Belegschaft und das leere Anmeldeformular (Felder «Name», «Geburtsdatum», «Personalnummer»). Gesundheitsfragen gibt es keine.

""" + sig("brett"), atts=[("Anmeldeformular_bKV.odt", odt([
  "Anmeldung zur betrieblichen Krankenversicherung", "Gruppenvertrag: «Vertragsnummer»", "Name: «Name»",
  "Geburtsdatum: «Geburtsdatum»", "Personalnummer: «Personalnummer»", "Mitversicherte Angehörige: «Angehörige»",
  "Unterschrift Mitarbeiter/in: ____________"], "Anmeldeformular bKV"))])
# 53
M("C", "en", "insurer-to-customer", "named customer's pet health claim (vet bill for cat) – animal health = confidential",
  frm("aydin"), "Hannah Moore <hannah.moore@fastmail.example>",
  "Pet insurance – vet invoice for Luna",
  """Dear Ms Moore,

we reimbursed EUR 412.60 for Luna's dental surgery at Tierarztpraxis Vegesack (pet policy TK-2207781). The anaesthesia and x-rays are included; the special diet food is not covered.

""" + sig("aydin"))
# 54
M("S", "de", "insurer-to-customer", "accident insurance: invalidity payout for addressee after knee injury (accident line + injury)",
  "Unfall-Leistung <unfall@weserland.example>", "Maren Dettmers <maren.dettmers@web.example>",
  "Unfallversicherung UV-2281034 – Invaliditätsleistung",
  """Sehr geehrte Frau Dettmers,

nach dem Gutachten von Dr. Kühl verbleibt nach Ihrem Skiunfall (Kreuzbandruptur rechts, Meniskusteilresektion) eine Funktionsbeeinträchtigung des Beins von 2/20 Beinwert. Das entspricht einem Invaliditätsgrad von 7 %. Bei 100.000 EUR Grundsumme zahlen wir 7.000 EUR aus.

Mit freundlichen Grüßen
Ihre Unfall-Leistungsabteilung""" + FOOT_DE)
# 55
M("N", "en", "insurer-to-supplier", "trap: cleaning contractor ticket about a dental practice tenant in the insurer's building",
  frm("lorenz"), "Facility Desk <desk@nordclean-facility.example>",
  "Ground floor: water in the dental practice hallway",
  """Hi,

there is water coming from the ceiling in the hallway outside the dental practice on the ground floor (tenant, not us). Please send someone to check the pipe in the false ceiling today; the practice's patients are using the side entrance in the meantime.

""" + sig("lorenz"))
# 56
M("C", "de", "insurer-to-customer", "named customer's motor insurance SF class transfer with birth date",
  frm("rademacher"), "Joana Freitag <joana.freitag@posteo.example>",
  "Übernahme Schadenfreiheitsrabatt",
  """Hallo Frau Freitag,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Vater auf Sie (geb. 15.12.2000) ist durchgeführt. Ihr Vertrag KF-9912044 läuft jetzt in SF 7, Beitrag 512,80 EUR jährlich.

""" + sig("rademacher"))
# 57
M("S", "de", "internal", "internal note escalating a named member's cancer therapy cost approval",
  frm("osterkamp"), "Leistung ambulant <leistung-ambulant@weserland.example>",
  "Freigabe Pembrolizumab – Vers.-Nr. 401 733 2090",
  """Hallo zusammen,

bei Herrn Björn Vahlsing (401 733 2090) ist die Immuntherapie mit Pembrolizumab bei NSCLC Stadium IV (C34.1) medizinisch notwendig; Leitlinie und PD-L1-Status passen. Bitte die Rechnungen der onkologischen Ambulanz ohne weitere Rückfrage freigeben.

Miriam""")
# 58
M("N", "de", "insurer-to-customer", "trap: general letter about tax certificate for health premiums, no figures",
  frm("service"), "Mitglieder-Info <mitglieder@lists.weserland.example>",
  "Ihre Beitragsbescheinigung für die Steuererklärung",
  """Liebe Mitglieder,

die Beitragsbescheinigungen 2025 für Ihre Steuererklärung stehen ab sofort in der App zur Verfügung. Wir übermitteln die Beiträge zur Basisabsicherung außerdem elektronisch an das Finanzamt, sofern Sie uns Ihre Steuer-ID mitgeteilt haben.

""" + sig("service"))
# 59
M("S", "en", "insurer-to-customer", "reply to member about IVF reimbursement (fertility treatment)",
  frm("ahlers"), "Marta Kowalczyk <marta.k@gmx.example>",
  "Re: IVF second cycle",
  """Dear Ms Kowalczyk,

yes, we will cover the second IVF cycle at the Kinderwunschzentrum Bremen at 100 % as well; the clinic's treatment plan (ICSI, cryo transfer) was approved on 2 February. Medication costs (Gonal-f, Ovitrelle) are included.

""" + sig("ahlers") + FOOT_EN)
# 60
M("N", "de", "internal", "trap: DPIA draft for WhatsApp claims channel discussing health data in general",
  frm("vogt"), "IT-Architektur <it-architektur@weserland.example>",
  "DSFA Messenger-Kanal – Entwurf",
  """Hallo,

anbei der Entwurf der Datenschutz-Folgenabschätzung. Ergebnis vorab: Für Belege mit Diagnosen oder Arztbriefen ist der Messenger nicht geeignet (kein Auftragsverarbeitungsvertrag, Metadaten beim Anbieter). Wir empfehlen das Upload-Portal.

""" + sig("vogt"), atts=[("DSFA_Messenger_Entwurf.docx", docx([
  "Datenschutz-Folgenabschätzung (Entwurf 0.3)", "Verarbeitung: Einreichung von Belegen über Messenger",
  "Datenkategorien: Kontaktdaten, Versicherungsnummer, Gesundheitsdaten (Art. 9 DSGVO)",
  "Risiko: hoch", "Empfehlung: nicht einführen; Upload-Portal mit Ende-zu-Ende-Verschlüsselung nutzen"], "DSFA"))])
# 61
M("C", "en", "insurer-to-company", "named employees registered for business travel cover with destinations, no health",
  frm("carstens"), "Travel desk <travel@nordkran-systems.example>",
  "Business travel cover – registered travellers February",
  """Hi,

the following employees are registered under business travel policy GR-TRV-0081 for their trips in February:

Pawel Nowak – Shanghai – 03.02.–14.02.
Henrik Dahl – Houston – 09.02.–20.02.
Ilka Brandes – Dubai – 22.02.–26.02.

Passport details are not needed. Emergency hotline: +49 421 5590 9999.

""" + sig("carstens"))
# 62
M("S", "de", "insurer-to-customer", "care: approval of walker/wheelchair aid for named relative",
  frm("kruse"), "Jörg Stindt <joerg.stindt@ewe.example>",
  "AW: Rollstuhl für meine Mutter",
  """Hallo Herr Stindt,

der Leichtgewichtrollstuhl für Ihre Mutter ist genehmigt, das Sanitätshaus Vahr liefert nächste Woche. Den Zuschuss für das Bad (Umbau zur bodengleichen Dusche, 4.000 EUR) können Sie separat beantragen.

""" + sig("kruse") + """

> Am 03.02.2026 um 19:40 schrieb Jörg Stindt:
> Mutti kommt seit dem Schlaganfall nicht mehr allein zum Arzt, brauchen wir einen Rollstuhl?
""", cte="8bit", flowed=True)
# 63
M("N", "en", "insurer-to-partner", "trap: regulator survey answer with complaint counts by category",
  frm("vogt"), "Survey <survey@finanzaufsicht.example>",
  "Complaints statistics 2025 – Weserland Krankenversicherung",
  """Dear Sir or Madam,

our figures for 2025: 1,284 complaints in total; reimbursement refusals 512, premium increases 388, service/response time 241, data protection 37, other 106. Of the data protection complaints, 4 were forwarded to the supervisory authority; none led to a fine.

""" + sig("vogt"))
# 64
M("C", "de", "insurer-to-customer", "named customer's travel cancellation due to job loss (no health)",
  frm("carstens"), "Meike Osmers <meike.osmers@freenet.example>",
  "Reiserücktritt RR-26-0233 – Erstattung",
  """Sehr geehrte Frau Osmers,

wegen des unerwarteten Verlusts Ihres Arbeitsplatzes (Kündigung durch die Firma Weber Druck vom 12.01.) erstatten wir die Stornokosten Ihrer Kreta-Reise in Höhe von 1.140 EUR abzüglich 20 % Selbstbehalt, also 912 EUR.

""" + sig("carstens"))
# 65
M("S", "de", "insurer-to-customer", "pension/life: policy loan on endowment policy of the addressee (life line, personal)",
  frm("wiechmann"), "Reinhard Pauls <reinhard.pauls@t-online.example>",
  "Policendarlehen zu Ihrer Lebensversicherung LV-0577120",
  """Sehr geehrter Herr Pauls,

wir können Ihnen auf Ihre Kapitallebensversicherung LV-0577120 (Rückkaufswert 38.412,70 EUR) ein Policendarlehen von bis zu 30.000 EUR gewähren. Zinssatz 4,1 % p. a. Das Formular liegt bei.

""" + sig("wiechmann"), charset="windows-1252", cte="quoted-printable")
# 66
M("N", "de", "insurer-to-customer", "trap: invitation to member event on healthy back, no personal data",
  frm("service"), "Mitglieder-Info <mitglieder@lists.weserland.example>",
  "Einladung: Rückengesundheit im Büro – Vortrag am 19.03.",
  """Liebe Mitglieder,

Physiotherapeutin Anke Sommer spricht über Rückenschmerzen, Bandscheibenvorfälle und was wirklich hilft. Eintritt frei, Anmeldung über die App.

""" + sig("service"), atts=[("Vortrag_Ruecken.ics", ics("ruecken-0319", "20260319T170000Z", "20260319T183000Z",
  "Vortrag Rückengesundheit", "Weserland Forum, Am Stadtwerder 12", "Offene Veranstaltung für Mitglieder"))])
# 67
M("S", "en", "insurer-to-customer", "harmless reply; quoted history contains member's mention of HIV therapy",
  frm("ahlers"), "Daniel Fuchs <d.fuchs@posteo.example>",
  "Re: address change",
  """Dear Mr Fuchs,

your new address is updated. Thank you!

""" + sig("ahlers") + """

> From: Daniel Fuchs
> Sent: 4 February 2026 22:10
> Subject: address change
>
> Hello, I moved to Kornstr. 55, 28201 Bremen. Please also send the
> reimbursement for my Biktarvy prescription (HIV) to the new account, the
> old one is closed. Member no 402 004 8812.
""")
# 68
M("N", "en", "internal", "trap: test data set for portal with fictitious persons and published example IBAN",
  frm("lorenz"), "QA <qa@weserland.example>",
  "Test cases portal release 3.2",
  """Hi QA,

test cases for the upload form are in the attached TSV. All persons are fictitious (Max/Erika Mustermann), IBAN is the published example DE89 3704 0044 0532 0130 00.

Patrick""", atts=[("testcases_portal_3.2.tsv",
  "case\tname\tdob\tiban\texpected\nTC01\tMax Mustermann (fiktiv)\t01.01.1970\tDE89370400440532013000\taccept\nTC02\tErika Mustermann (fiktiv)\t12.08.1964\tDE00370400440532013000\treject-iban\n", ("text", "tab-separated-values"))])
# 69
M("C", "de", "insurer-to-company", "company policyholder D&O with named managing director, no health",
  frm("aydin"), "\"Dr. Frauke Segelken\" <f.segelken@segelken-holding.example>",
  "D&O-Versicherung DO-110233 – Verlängerung",
  """Sehr geehrte Frau Dr. Segelken,

die D&O-Versicherung der Segelken Holding GmbH (DO-110233, Versicherungssumme 5 Mio. EUR) verlängert sich zum 01.04.2026. Versicherte Personen sind weiterhin Sie und Herr Malte Segelken als Geschäftsführer. Der Jahresbeitrag steigt auf 7.860 EUR zzgl. VersSt.

""" + sig("aydin"))
# 70
M("S", "de", "insurer-to-customer", "HTML + text: reimbursement table for the addressee's psychotherapy sessions",
  frm("ahlers"), "Tanja Roolfs <tanja.roolfs@mail.example>",
  "Erstattung Psychotherapie Januar",
  """Guten Tag Frau Roolfs,

Ihre Psychotherapie-Rechnungen (Dipl.-Psych. Henke, 4 Sitzungen Verhaltenstherapie) sind erstattet: 4 x 100,55 EUR = 402,20 EUR.

""" + sig("ahlers"), html="""<html><body><p>Guten Tag Frau Roolfs,</p>
<table border="1"><tr><th>Datum</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>07.01.</td><td>Verhaltenstherapie GOP 870</td><td>100,55</td></tr>
<tr><td>14.01.</td><td>Verhaltenstherapie GOP 870</td><td>100,55</td></tr>
<tr><td>21.01.</td><td>Verhaltenstherapie GOP 870</td><td>100,55</td></tr>
<tr><td>28.01.</td><td>Verhaltenstherapie GOP 870</td><td>100,55</td></tr></table>
<p>Katrin Ahlers, Mitgliederservice</p></body></html>""")
# 71
M("N", "de", "insurer-to-broker", "trap: broker asks about commission statement format, no customer data",
  "Weserland Makler-Service <makler@weserland.example>", "Maklerbüro Tammen <info@tammen-versicherungsmakler.example>",
  "AW: Provisionsabrechnung als CSV?",
  """Hallo Herr Tammen,

ab März stellen wir die Provisionsabrechnung auch als CSV über die Elektronische Vermittlerpost bereit (BiPRO 430.4). Ihr Maklerverwaltungsprogramm kann sie dann direkt abholen. Ihr Makleradministrator kann das im Portal unter „Einstellungen“ aktivieren.

Ihr Weserland Makler-Service""")
# 72
M("C", "en", "insurer-to-customer", "named customer's bank data and tax ID for household policy",
  frm("service"), "Kevin Sturm <kevin.sturm@gmail.example>",
  "Your SEPA mandate and tax ID",
  """Dear Mr Sturm,

we have updated your direct debit for your home contents insurance HR-5501938: account holder Kevin Sturm, IBAN """ + iban_de("29050101", "66120045") + """. We also stored your tax identification number 57 204 318 996 for the annual certificate.

""" + sig("service"))
# 73
M("S", "de", "insurer-to-hospital", "cost coverage to hospital for named member's birth / maternity stay",
  frm("ahlers"), "Patientenaufnahme <aufnahme@klinikum-nord.example>",
  "Kostenübernahme Entbindung – Frau Wiebke Gerdes",
  """Sehr geehrte Damen und Herren,

für unsere Versicherte Frau Wiebke Gerdes (geb. 04.05.1991, Vers.-Nr. 402 771 3019) übernehmen wir die Kosten der stationären Entbindung (errechneter Termin 18.03.2026) inkl. Zweibettzimmer und Chefarztbehandlung sowie die Unterbringung des Neugeborenen.

""" + sig("ahlers"))
# 74
M("N", "de", "internal", "trap: KPI report on sick-leave rate per department (HR internal, aggregate)",
  "Personalabteilung <personal@weserland.example>", "Führungskräfte <fuehrung@weserland.example>",
  "Krankenstand 2025 nach Bereichen",
  """Liebe Führungskräfte,

der Krankenstand 2025 lag bei 5,1 % (Vorjahr 5,6 %). Nach Bereichen: Leistung KV 5,8 %, Vertrieb 3,9 %, IT 3,2 %, Kundenservice 6,4 %. Bereiche unter 15 Personen sind in „Sonstige“ zusammengefasst.

Ihre Personalabteilung""", atts=[("Krankenstand_2025.ods", ods([
  ["Bereich", "Köpfe", "Krankenstand %"], ["Leistung KV", 118, "5,8"], ["Vertrieb", 64, "3,9"],
  ["IT", 71, "3,2"], ["Kundenservice", 93, "6,4"], ["Sonstige", 41, "4,7"]], "Krankenstand"))])
# 75
M("S", "en", "insurer-to-customer", "care: named member's long-term care daily allowance increased after dementia diagnosis",
  frm("kruse"), "Peter Hamann <peter.hamann@btinternet.example>",
  "Your father's care allowance",
  """Dear Mr Hamann,

following the reassessment, your father Heinz Hamann has been placed in care level 4 because of the progressing Alzheimer's dementia (G30.1). His daily care allowance under tariff PT-100 therefore rises to EUR 80 per day from 1 February.

""" + sig("kruse") + FOOT_EN)
# 76
M("N", "de", "insurer-to-customer", "trap: generic answer about how to submit invoices via app",
  frm("ahlers"), "Nils Grote <nils.grote@web.example>",
  "AW: Wie reiche ich Rechnungen ein?",
  """Hallo Herr Grote,

am einfachsten über die Weserland-App: Foto der Rechnung machen, hochladen, fertig. Rezepte bitte im Original aufheben. Per Post geht natürlich auch: Postfach 10 77 20, 28077 Bremen.

""" + sig("ahlers"))
# 77
M("S", "de", "customer", "forwarded customer letter (windows-1252) about rehab after alcohol addiction treatment",
  frm("ahlers"), "Leistung stationär <leistung-stationaer@weserland.example>",
  "WG: Antrag Entwöhnung",
  """Bitte prüfen, Zusage vor Aufnahme nötig. K.

-----Original Message-----
From: Frank Oltmanns
Sent: Friday, February 06, 2026 8:03 AM
Subject: Antrag Entwöhnung

Sehr geehrte Damen und Herren, nach der Entgiftung im KBO soll ich eine 12-wöchige Entwöhnungsbehandlung (Alkohol) in der Fachklinik Oldenburger Land machen. Bitte um Kostenzusage, Vers.Nr 400 612 7788, geb. 22.10.1967. Gruß F. Oltmanns
""", charset="windows-1252", cte="quoted-printable")
# 78
M("C", "de", "insurer-to-customer", "named customer's cyber/online-fraud claim under household add-on with bank details",
  frm("aydin"), "Petra Vinnen <petra.vinnen@gmx.example>",
  "Online-Betrug – Erstattung 640 EUR",
  """Hallo Frau Vinnen,

den Schaden aus dem Fake-Shop (Ihr Vertrag HR-6612093, Baustein Internet) erstatten wir mit 640 EUR auf """ + iban_de("29151700", "1100884") + """.

""" + sig("aydin"))
# 79
M("N", "en", "insurer-to-partner", "trap: certificate exchange with partner insurer's gateway",
  frm("lorenz"), "PKI Team <pki@nordstern-versicherung.example>",
  "Domain certificate weserland.example – renewed",
  """Hi,

our S/MIME domain certificate for weserland.example was renewed today (serial 4F:1A:22:09, valid until 2028-02-10). Fingerprint SHA-256 starts with 9C:4E:71. Please update your gateway; TLS enforcement stays active.

""" + sig("lorenz"))
# 80
M("S", "en", "insurer-to-company", "group bKV: employer gets list of employees' health-check results (should not), named with findings",
  frm("brett"), "Nadia Friis <nadia.friis@nordkran-systems.example>",
  "Health day results – please do not share",
  """Dear Ms Friis,

the physician from our health day accidentally put the individual results in the shared folder. I attach the corrected aggregate report. The earlier file with names (e.g. Mr Dahl's elevated blood pressure 165/100 and Ms Brandes' HbA1c of 7.2 %) must be deleted; I have informed our data protection officer.

""" + sig("brett"))
# 81
M("N", "de", "internal", "trap: canteen menu / event, no data", "Kantine <kantine@weserland.example>",
  "alle@weserland.example", "Speiseplan KW 7", """Mo: Grünkohl mit Pinkel
Di: Gemüsecurry (vegan)
Mi: Labskaus
Do: Pasta Arrabbiata
Fr: Backfisch mit Kartoffelsalat

Guten Appetit!""", charset="iso-8859-1", cte="8bit")
# 82
M("C", "en", "insurer-to-broker", "named client's commercial contents policy, sole trader (natural person), turnover",
  frm("aydin"), "Mark Pollard <mark@pollard-brokers.example>",
  "Commercial contents – Ms Yilmaz's hair salon",
  """Hi Mark,

for your client Derya Yilmaz (sole trader, "Salon Derya", Wachmannstr. 4) we can offer commercial contents cover of EUR 60,000 incl. business interruption based on her stated annual turnover of EUR 142,000. Premium EUR 386 p.a.

""" + sig("aydin"))
# 83
M("S", "de", "insurer-to-customer", "underwriting decision for addressee's health application: exclusion for asthma",
  "Antragsprüfung KV <antrag-kv@weserland.example>", "Yannik Brandt <yannik.brandt@posteo.example>",
  "Ihr Antrag auf Krankenversicherung – Annahme mit Risikozuschlag",
  """Sehr geehrter Herr Brandt,

wir nehmen Ihren Antrag auf den Tarif KomfortPlus an. Wegen des angegebenen allergischen Asthma bronchiale (J45.0, Dauermedikation Budesonid/Formoterol) erheben wir einen Risikozuschlag von 18 %. Neuer Monatsbeitrag: 528,66 EUR.

Mit freundlichen Grüßen
Ihre Antragsprüfung""" + FOOT_DE)
# 84
M("N", "de", "insurer-to-partner", "trap: association statistics on care levels by federal state",
  frm("kruse"), "Statistik <statistik@pkv-verband-nord.example>",
  "Meldung Pflegestatistik 2025", """Guten Tag,

unsere Meldung: Leistungsbezieher Pflege zum 31.12.2025 gesamt 6.412; PG1 1.120, PG2 2.305, PG3 1.702, PG4 880, PG5 405. Davon Niedersachsen 2.980, Bremen 1.411, Hamburg 802, übrige 1.219.

""" + sig("kruse"))
# 85
M("C", "de", "insurer-to-customer", "named customer's liability claim: damaged neighbour's fence, claim number, no injury",
  frm("aydin"), "Heiko Drewes <heiko.drewes@ewe.example>",
  "Haftpflichtschaden PH-26-01145",
  """Hallo Herr Drewes,

der Schaden am Gartenzaun Ihres Nachbarn (Sturz der Leiter beim Heckeschneiden, zum Glück ist niemand verletzt worden) ist reguliert: 890 EUR gehen direkt an Herrn Wessels.

""" + sig("aydin"))
# 86
M("S", "en", "insurer-to-doctor", "request to doctor for named member's MRI justification",
  frm("osterkamp"), "\"Dr. Okonkwo\" <office@radiology-okonkwo.example>",
  "MRI lumbar spine – patient Lukas Engel",
  """Dear Dr Okonkwo,

regarding your invoice of 12 January for an MRI of the lumbar spine for our member Lukas Engel (member no. 403 118 2745): could you briefly state the clinical indication? The referral mentions recurrent sciatica after disc surgery.

""" + sig("osterkamp"))
# 87
M("N", "en", "newsletter", "trap: broker newsletter with product figures about BU and dental, no persons",
  "Weserland Makler-Service <makler@weserland.example>", "brokers@lists.weserland.example",
  "Partner news March 2026", "", html_only=True, html="""<html><body><h3>Partner news March 2026</h3>
<ul><li>Disability: new tariff for students, premium from EUR 19.80.</li>
<li>Dental: waiting periods waived until 30 April.</li>
<li>Group health (bKV): 1,200 new employers in 2025.</li></ul>
<p>Weserland broker service</p></body></html>""")
# 88
M("S", "de", "insurer-to-customer", "base64 body: dental hygiene reimbursement plus note on addressee's periodontitis",
  frm("ahlers"), "Ines Kattau <ines.kattau@web.example>",
  "Ihre Zahnarztrechnung",
  """Hallo Frau Kattau,

die professionelle Zahnreinigung und die unterstützende Parodontitistherapie (UPT) bei Dr. Maaß erstatten wir mit 186,40 EUR.

""" + sig("ahlers"), cte="base64")
# 89
M("C", "en", "insurer-to-customer", "named customer's tenant legal-expenses case about rent increase",
  "Rechtsschutz Weserland <rechtsschutz@weserland.example>", "Oliver Grant <o.grant@mail.example>",
  "Legal expenses RS-26-01077 – rent increase dispute",
  """Dear Mr Grant,

we cover the advice on your landlord's rent increase for the flat at Lahnstr. 31 (policy RS-5530281). Please ask your lawyer to send us the fee note directly.

Kind regards
Legal expenses team""")
# 90
M("N", "de", "insurer-to-supplier", "trap: job ad text for medical claims assessor sent to agency",
  "Personalabteilung <personal@weserland.example>", "Anzeigen <anzeigen@jobportal-nord.example>",
  "Stellenanzeige Medizinische/r Fachangestellte/r Leistungsprüfung",
  """Hallo,

bitte schalten Sie ab 16.02. folgende Anzeige: Wir suchen eine MFA (m/w/d) für die Prüfung von Arzt- und Krankenhausrechnungen, Kenntnisse in GOÄ und ICD-10 erwünscht, 39 Std./Woche, Bremen.

Ihre Personalabteilung""")
# 91
M("S", "de", "insurer-to-company", "employer gets named employee's group income protection benefit decision (disability line)",
  frm("brett"), "Personal <personal@elbwerft-stade.example>",
  "Gruppen-BU – Leistung Herr Wolter",
  """Hallo Herr Bösch,

zur Info für die Lohnabrechnung: Herr Henning Wolter erhält aus der Gruppen-BU ab 01.01.2026 eine monatliche Rente von 1.410 EUR; die Beiträge sind ab dann beitragsfrei gestellt. Medizinische Details teilen wir Ihnen selbstverständlich nicht mit.

""" + sig("brett"))
# 92
M("N", "en", "internal", "trap: DPO quiz on what counts as health data", frm("vogt"), "alle@weserland.example",
  "Quiz of the month: is this health data?",
  """Quiz of the month:
1) A customer's glasses prescription (-2.5 dpt) – health data? (yes)
2) The fact that someone has dental cover – health data? (no, but confidential)
3) An aggregate table of claims by ICD chapter – health data? (no, if no person can be identified)

Answers and prize draw on the intranet.

""" + sig("vogt"))
# 93
M("C", "de", "insurer-to-customer", "named customer's motorcycle eVB confirmation with VIN",
  frm("rademacher"), "Timo Lüken <timo.lueken@gmail.example>",
  "Ihre eVB für die Zulassung",
  """Hi Herr Lüken,

Ihre eVB-Nummer für die Yamaha MT-07 (FIN JYARM3220KA014477) lautet A7K2Q9M. Sie gilt ab 01.03.2026 unter Vertrag KR-4410822.

""" + sig("rademacher"), charset="us-ascii" if False else "utf-8", cte="8bit")
# 94
M("S", "en", "insurer-to-customer", "ODT attachment: disability follow-up review questionnaire prefilled with addressee's diagnosis; body harmless",
  frm("wiechmann"), "Lukas Engel <lukas.engel@outlook.example>",
  "Annual review of your claim",
  """Dear Mr Engel,

please complete the attached form and return it by 31 March.

""" + sig("wiechmann"), atts=[("Review_BU-25-0412.odt", odt([
  "Annual review – disability claim BU-25-0412", "Insured: Lukas Engel, born 02/11/1983",
  "Known diagnosis: lumbar disc herniation M51.1, status after two surgeries",
  "1. Current treatment (doctor, frequency): ______", "2. Medication: ______",
  "3. Have you resumed any work? ______"], "Review form"))])
# 95
M("N", "de", "insurer-to-customer", "trap: out-of-office of customer-facing staffer", frm("brett"), "s.meiners@hafenlogistik-bremen.example",
  "Abwesenheitsnotiz: AW: Anmeldungen", """Ich bin bis 20.02. im Urlaub. In dringenden Fällen: firmenkunden@weserland.example.

Jonas Brettschneider""", extra={"Auto-Submitted": "auto-replied"})
# 96
M("S", "de", "insurer-to-customer", "child accident insurance: payout for named child's concussion/hospital day",
  "Unfall-Leistung <unfall@weserland.example>", "Silke Haverkamp <silke.haverkamp@web.example>",
  "Kinderunfall UV-K-118833 – Leonie",
  """Sehr geehrte Frau Haverkamp,

für Leonies Sturz vom Klettergerüst (Gehirnerschütterung, zwei Nächte im Klinikum Links der Weser) zahlen wir das Krankenhaustagegeld von 2 x 50 EUR und das Gipsgeld entfällt. Gute Besserung für Leonie!

Ihre Unfall-Leistungsabteilung""")
# 97
M("C", "en", "insurer-to-partner", "bank confirms assignment of named customer's fire policy for mortgage",
  frm("aydin"), "Mortgage desk <mortgages@hanse-bank.example>",
  "Assignment of buildings policy – loan 7740-221",
  """Dear colleagues,

we confirm that buildings policy WG-330129 of Mr Frerk Meyer (Heinrich-Heine-Str. 7, Bremen) is assigned to Hanse Bank as security for loan 7740-221. Sum insured EUR 520,000, premium paid until 31.12.2026.

""" + sig("aydin"))
# 98
M("N", "de", "internal", "trap: IT ticket about mailbox 'Arztberichte' quota, no content", frm("lorenz"),
  "Leistung ambulant <leistung-ambulant@weserland.example>", "Postfach arztberichte@ fast voll",
  """Hallo,

das Funktionspostfach arztberichte@weserland.example ist zu 94 % voll. Bitte alte Vorgänge in die E-Akte übernehmen und löschen; wir erhöhen die Quote vorübergehend auf 50 GB.

""" + sig("lorenz"))
# 99
M("S", "de", "insurer-to-therapist", "therapist asked about named member's speech therapy prescription",
  frm("ahlers"), "Logopädie Reimers <praxis@logopaedie-reimers.example>",
  "Verordnung Logopädie – Emil Rosenthal",
  """Guten Tag Frau Reimers,

für Ihren Patienten Emil Rosenthal (5 J., mitversichert bei seiner Mutter) übernehmen wir 20 Einheiten Sprachtherapie wegen Dyslalie (F80.0). Bitte rechnen Sie nach Gebührenverzeichnis ab.

""" + sig("ahlers"))
# 100
M("N", "en", "insurer-to-partner", "trap: press answer on data breach rumours, no persons",
  frm("hollmann"), "Jens Hartwig <jens.hartwig@techpresse.example>",
  "Re: Rumoured data leak", """Dear Mr Hartwig,

we are not aware of any data leak. Our member data, including health data, is stored encrypted in German data centres; mail with claims or diagnoses is sent encrypted through our secure mail gateway.

""" + sig("hollmann"))
# 101
M("C", "de", "insurer-to-company", "fleet policy of company with named contact and driver list (plates, names), no injury",
  frm("rademacher"), "Fuhrpark <fuhrpark@hafenlogistik-bremen.example>",
  "Flotte KF-F-2201 – Fahrerliste", """Hallo Herr Garbade,

anbei die aktualisierte Fahrerliste zu Ihrem Flottenvertrag.

""" + sig("rademacher"), atts=[("Fahrerliste_2026.csv",
  "Kennzeichen;Fahrer;Fuehrerschein seit\nHB-HL 101;Ole Tietjen;2012\nHB-HL 102;Marlene Kück;2007\nHB-HL 117;Dennis Ahrens;2019\n".encode("windows-1252"), ("text", "csv"), "windows-1252")])
# 102
M("N", "en", "insurer-to-customer", "trap: generic travel health brochure reply to prospect", frm("carstens"), "Amelia Hart <amelia.hart@mail.example>",
  "Re: Travel health for a gap year", """Dear Ms Hart,

for a stay of up to 12 months abroad our tariff Globetrotter covers doctor and hospital treatment, dental pain treatment and repatriation. Pre-existing conditions are covered if they are stable. Premium from EUR 39 per month; you can apply online.

""" + sig("carstens"))
# 103
M("C", "en", "insurer-to-customer", "named customer's mobile phone screen claim with IMEI and policy",
  frm("aydin"), "Leon Weber <leon.weber@icloud.example>", "Your electronics claim EL-26-00451", """Hi Leon,

the repair of your phone (IMEI 35 209911 448120 7) under electronics policy EL-0091277 is approved; the repair shop will charge us EUR 219 directly.

""" + sig("aydin"))
# 104
M("N", "de", "internal", "trap: reminder about clean-desk policy mentioning Arztbriefe in general", frm("vogt"), "Leistung KV <leistung-kv@weserland.example>",
  "Clean Desk – bitte beachten", """Liebe Kolleginnen und Kollegen,

beim Rundgang am Freitag lagen auf drei Schreibtischen Arztbriefe und Gutachten offen. Bitte abends alles wegschließen bzw. in die Datenschutztonne.

""" + sig("vogt"))
# 105
M("S", "de", "insurer-to-customer", "hospital daily allowance payout for addressee's stay after hip replacement (health)",
  frm("ahlers"), "Gisela Ramke <gisela.ramke@t-online.example>", "Krankenhaustagegeld", """Liebe Frau Ramke,

für Ihren Aufenthalt im Rotes Kreuz Krankenhaus (Hüft-TEP links, 9 Tage) zahlen wir 9 x 60 EUR Krankenhaustagegeld = 540 EUR. Alles Gute für die Reha!

""" + sig("ahlers"), charset="iso-8859-1", cte="quoted-printable")
# 106
M("C", "de", "insurer-to-customer", "named customer's glass insurance claim with address",
  frm("aydin"), "Martina Sosath <m.sosath@gmx.example>", "Glasbruch – Ceranfeld", """Hallo Frau Sosath,

das gesprungene Ceranfeld in Ihrer Wohnung Am Wall 170 ist über Ihre Glasversicherung GL-0412277 gedeckt. Wir erstatten 460 EUR nach Vorlage der Rechnung.

""" + sig("aydin"))
# 107
M("N", "en", "insurer-to-supplier", "trap: order of blood-pressure monitors for company health day", frm("brett"), "Sales <sales@medtech-supply.example>",
  "Order: 20 blood pressure monitors for health day", """Hello,

for our employer health day on 12 March please deliver 20 upper-arm blood pressure monitors (model BP-400) and 500 disposable cuffs covers. PO 2026-0311.

""" + sig("brett"))
# 108
M("S", "en", "insurer-to-company", "group accident (personal line): named enrolees with birth dates sent to employer, no claim",
  frm("brett"), "Nadia Friis <nadia.friis@nordkran-systems.example>", "Group accident – new members", """Dear Ms Friis,

confirmed for group accident contract GU-3307 from 1 March: Jakob Morr (born 1990-02-14), Svenja Ulrich (born 1987-07-03).

""" + sig("brett"))
# 109
M("N", "de", "insurer-to-company", "trap: employer newsletter about bKV tax rules, no persons", frm("brett"), "firmenkunden@lists.weserland.example",
  "Firmenkunden-Info: Sachbezug 50 EUR und bKV", """Sehr geehrte Damen und Herren,

seit 2020 gilt: Arbeitgeberfinanzierte bKV-Beiträge sind bis 50 EUR monatlich steuer- und sozialabgabenfrei, wenn der Arbeitnehmer nur Versicherungsschutz und keine Geldleistung verlangen kann. Mehr dazu im Webinar am 24.02.

""" + sig("brett"))
# 110
M("C", "de", "insurer-to-broker", "broker receives named client's birth date and maiden name for contract transfer (household)",
  frm("aydin"), "Maklerbüro Tammen <info@tammen-versicherungsmakler.example>", "Bestandsübertragung Frau Lampe", """Hallo Herr Tammen,

der Hausratvertrag HR-1188203 von Frau Carola Lampe geb. Siemers (geb. 08.08.1958) ist jetzt auf Ihre Vermittlernummer übertragen.

""" + sig("aydin"))
# 111
M("S", "en", "insurer-to-customer", "harmless reply; attached forwarded mail from physician with the member's diagnosis",
  frm("osterkamp"), "Marta Kowalczyk <marta.k@gmx.example>", "Fwd: your request", """Dear Ms Kowalczyk,

as requested, here is the statement we received from your gynaecologist.

""" + sig("osterkamp"), atts=[inner("\"Dr. Annika Holst\" <praxis@holst-gyn.example>", "medical-review@weserland.example",
  "Stellungnahme Kowalczyk, Marta", """Stellungnahme: Patientin Marta Kowalczyk, geb. 19.03.1988.
Primäre Sterilität seit 3 Jahren, Tubenverschluss beidseits (N97.1). IVF/ICSI ist medizinisch indiziert.
Dr. A. Holst""", D(2026, 1, 30, 11, 5), "<holst-0130@holst-gyn.example>")])
# 112
M("N", "de", "insurer-to-customer", "trap: registration confirmation for portal, no content", "Weserland SecureMail <securemail@weserland.example>",
  "nils.grote@web.example", "Registrierung abgeschlossen", """Guten Tag,

Ihre Registrierung für das Weserland-Postfach ist abgeschlossen. Ab sofort erhalten Sie vertrauliche Nachrichten dort.

Diese Nachricht wurde automatisch erstellt.""", cte="base64")
# 113
M("C", "en", "insurer-to-customer", "named customer's rent deposit guarantee with income figure",
  frm("service"), "Aisha Rahman <aisha.rahman@mail.example>", "Rent deposit guarantee approved", """Dear Ms Rahman,

based on your net monthly income of EUR 2,480 we approve the rent deposit guarantee of EUR 2,700 for the flat at Delmestr. 60 (guarantee no. MK-2026-0192). The certificate goes to your landlord.

""" + sig("service"))
# 114
M("N", "en", "internal", "trap: claims team meeting notes on processing backlog, mentions diagnoses generally",
  frm("osterkamp"), "Medical review <medical-review@weserland.example>", "Notes – weekly medical review", """Notes 10 Feb:
- backlog 212 cases (psychotherapy applications 88, dental plans 71, rehab 53)
- new guideline for checking oncology drugs off-label: draft by Jan
- no individual cases discussed

Miriam""")
# 115
M("C", "de", "insurer-to-customer", "named customer's household burglary claim with stolen items list",
  frm("aydin"), "Ralf Eggers <ralf.eggers@posteo.example>", "Einbruch 02.02. – Ihre Stehlgutliste", """Hallo Herr Eggers,

danke für die Stehlgutliste zum Einbruch in Ihre Wohnung Osterdeich 44 (Schaden HR-26-00788). Für Laptop, Schmuck und Bargeld (max. 1.500 EUR) brauchen wir noch Kaufbelege.

""" + sig("aydin"), cte="8bit", flowed=True)
# 116
M("N", "de", "insurer-to-partner", "trap: hospital group framework agreement draft with DRG price table, no patients",
  frm("osterkamp"), "Verträge <vertraege@klinikverbund-weser.example>", "Rahmenvertrag Wahlleistungen 2026 – Entwurf", """Sehr geehrte Damen und Herren,

anbei unser Entwurf: Zweibettzimmerzuschlag 68 EUR/Tag, Einbettzimmer 115 EUR/Tag, Direktabrechnung aller DRG-Fälle über die Klinik-Card. Über Patientendaten enthält der Vertrag nur die üblichen Regelungen nach § 203 StGB.

""" + sig("osterkamp"), atts=[("Rahmenvertrag_Entwurf.docx", docx(["Rahmenvertrag Wahlleistungen", "§ 1 Gegenstand", "§ 2 Zuschläge: Zweibettzimmer 68 EUR, Einbettzimmer 115 EUR", "§ 3 Direktabrechnung", "§ 4 Datenschutz und Schweigepflicht"], "Rahmenvertrag"))])
# 117
M("S", "de", "insurer-to-customer", "pension (bAV) statement of the addressee, life line with contract values",
  frm("wiechmann"), "Kerstin Lühr <kerstin.luehr@gmx.example>", "Ihre Standmitteilung Direktversicherung", """Sehr geehrte Frau Lühr,

Ihre Direktversicherung aus dem Gruppenvertrag DV-4410 (Arbeitgeber Feinkost Osterholz) hat zum 01.01.2026 ein Guthaben von 12.884,10 EUR. Die garantierte Rente ab 67 beträgt 96,20 EUR monatlich.

""" + sig("wiechmann"))
# 118
M("N", "en", "insurer-to-broker", "trap: broker access – firm administrator account instructions", "Weserland Makler-Service <makler@weserland.example>",
  "Mark Pollard <mark@pollard-brokers.example>", "Your firm administrator account", """Hi Mark,

you are now firm administrator for Pollard Brokers. You can add users and assign portfolio rights under "Users". The one-time password for each new user is sent separately.

Weserland broker service""")
# 119
M("C", "de", "insurer-to-customer", "named customer's motor claim: deer collision, no injury, IBAN",
  frm("rademacher"), "Hinnerk Bruns <hinnerk.bruns@ewe.example>", "Wildunfall 09.02. – Regulierung", """Moin Herr Bruns,

der Wildunfall mit Ihrem Caddy (OHZ-HB 55) ist reguliert, Teilkasko KF-7710233. Wir überweisen 1.986,30 EUR auf """ + grp(iban_de("29152670", "10044771")) + """. Schön, dass Ihnen nichts passiert ist.

""" + sig("rademacher"))
# 120
M("N", "de", "internal", "trap: personnel announcement, new head of member service", "Personalabteilung <personal@weserland.example>",
  "alle@weserland.example", "Personalie: neue Leitung Mitgliederservice", """Liebe Kolleginnen und Kollegen,

ab 01.03. übernimmt Katrin Ahlers die Leitung des Mitgliederservice Krankenversicherung. Sie folgt auf Rolf Dammann, der in den Ruhestand geht.

Ihre Personalabteilung""")
# 121
M("C", "en", "insurer-to-customer", "customer asked to confirm birth date and bank data for refund of premium (non-personal line)",
  frm("service"), "Grace Müller <grace.mueller@gmail.example>", "Refund of overpaid premium", """Dear Ms Müller,

we refund EUR 64.20 overpaid premium on your private liability policy PH-2280193. Please confirm the account """ + iban_de("25050180", "910440882") + """ and your date of birth (we have 27/05/1992) so that we can release the payment.

""" + sig("service"))
# 122
M("N", "en", "newsletter", "trap: member newsletter on mental health offers, no persons", "Weserland Gesundheit <newsletter@weserland.example>",
  "members-en@lists.weserland.example", "Mental health: help without waiting lists", """Dear members,

depression and anxiety are among the most common illnesses. Our online programme "MindBalance" is free for all members with outpatient cover; psychotherapy is reimbursed without prior approval for the first 5 sessions.

Your Weserland health team""", cte="8bit", flowed=True)
# 123
M("C", "de", "insurer-to-company", "company policyholder's cargo claim with named contact, no health",
  frm("aydin"), "Logistik <logistik@hafenlogistik-bremen.example>", "Transportschaden TR-26-0071", """Hallo Herr Garbade,

den Transportschaden (Container MSKU 4410229, durchfeuchtete Kartonagen) regulieren wir nach Havariegutachten mit 14.220 EUR.

""" + sig("aydin"))
# 124
M("N", "en", "internal", "trap: anonymised complaints review with age bands", frm("ahlers"), "Quality <quality@weserland.example>",
  "Complaint review January – anonymised", """Hi,

three anonymised cases for the review:
A) member aged 60–69, refusal of a hearing aid upgrade – upheld.
B) member aged 30–39, delayed dental reimbursement – apologised.
C) member aged 70–79, misunderstanding about premium increase – explained.

Katrin""")
# 125
M("C", "en", "insurer-to-customer", "named customer's yacht policy renewal with mooring and premium",
  frm("aydin"), "Robert Kline <r.kline@sailmail.example>", "Yacht insurance renewal YA-00418", """Dear Mr Kline,

your yacht "Wattläufer" (Hallberg-Rassy 34, mooring Lankenau harbour) is renewed under YA-00418 for 2026, agreed value EUR 118,000, premium EUR 1,148.

""" + sig("aydin"))
# 126
M("S", "de", "insurer-to-customer", "ZIP of requested copies: reimbursement letters containing the addressee's diagnoses (only in ZIP members)",
  frm("ahlers"), "Dirk Thalmann <dirk.thalmann@t-online.example>", "Ihre angeforderten Kopien", """Hallo Herr Thalmann,

wie gewünscht die Kopien der Abrechnungen 2025 als ZIP.

""" + sig("ahlers"), atts=[("Abrechnungen_2025.zip", zipf([
  ("Abrechnung_2025-03.pdf", pdf(["Leistungsabrechnung 03/2025", "Dirk Thalmann, Vers.-Nr. 400 558 0331", "Dr. Brede, Kardiologie - Vorhofflimmern I48.1 - 312,40 EUR", "Apixaban 5 mg - 128,90 EUR"], "Abrechnung 03/2025")),
  ("Abrechnung_2025-09.pdf", pdf(["Leistungsabrechnung 09/2025", "Dirk Thalmann", "Elektrische Kardioversion, ambulant - 640,00 EUR"], "Abrechnung 09/2025"))]))])
# 127
M("N", "de", "insurer-to-customer", "trap: rejection letter template with placeholders sent to print vendor",
  frm("ahlers"), "Druckerei <auftrag@druckhaus-weser.example>", "Vorlage Ablehnungsschreiben – Korrekturabzug", """Hallo,

anbei die korrigierte Vorlage für das Ablehnungsschreiben (Platzhalter «Anrede», «Diagnose», «Betrag» bleiben bitte so stehen).

""" + sig("ahlers"), atts=[("Vorlage_Ablehnung.docx", docx(["«Anrede» «Name»,", "leider können wir die Kosten für «Leistung» wegen «Diagnose» nicht übernehmen.", "Betrag: «Betrag»", "Mit freundlichen Grüßen"], "Vorlage"))])
# 128
M("C", "en", "insurer-to-customer", "named customer's travel rental car excess claim, no health",
  frm("carstens"), "Ethan Cole <ethan.cole@mail.example>", "Rental excess refund RE-26-0144", """Hi Mr Cole,

we refund the EUR 950 excess charged by the rental company in Faro for the scratched bumper (policy TR-6612008). Payment goes to your account ending 8821.

""" + sig("carstens"))
# 129
M("N", "en", "insurer-to-partner", "trap: auditors get sample list of claim IDs without names", frm("vogt"), "Audit team <audit@wp-nordpartner.example>",
  "Sample for ITGC audit", """Hello,

as agreed, the random sample for the access-rights test contains 25 claim IDs (no names, no medical data). The audit log export will be provided in the data room.

""" + sig("vogt"))
# 130
M("S", "en", "insurer-to-customer", "life insurance application: addressee's medical exam requirement after stated diabetes",
  frm("wiechmann"), "Priya Nair <priya.nair@outlook.example>", "Your term life application – medical examination", """Dear Ms Nair,

because you stated type 1 diabetes with an insulin pump, we need a medical examination and a current HbA1c value before we can decide on your term life application (sum insured EUR 250,000). The costs are ours.

""" + sig("wiechmann"))
# 131
M("C", "de", "insurer-to-customer", "named customer's neighbour-dispute legal expenses, address",
  "Rechtsschutz Weserland <rechtsschutz@weserland.example>", "Gerd Hollwedel <g.hollwedel@web.example>", "Nachbarstreit – Deckung RS-26-01302", """Sehr geehrter Herr Hollwedel,

für den Streit mit Ihrem Nachbarn über den Grenzbaum auf Ihrem Grundstück Am Hexenberg 3, Lilienthal, erteilen wir Deckung für die Mediation.

Ihr Rechtsschutz-Team""")
# 132
M("N", "de", "internal", "trap: spreadsheet of premium adjustment triggers per tariff, no persons", "Aktuariat <aktuariat@weserland.example>",
  "Vorstand <vorstand@weserland.example>", "Auslösende Faktoren BAP 2026", """Anbei die Übersicht der auslösenden Faktoren je Tarif.""",
  atts=[("BAP_2026.xlsx", xlsx([["Tarif", "Leistungsfaktor", "Sterbefaktor", "Anpassung %"], ["KomfortPlus", 1.12, 0.98, 7.4], ["Basis", 1.08, 1.01, 4.9], ["ZahnPlus 80", 1.15, 1.00, 9.1]], "BAP 2026"))])
# 133
M("S", "de", "insurer-to-broker", "bAV direct insurance (life line) offer for named client with birth date and salary",
  frm("brett"), "Maklerbüro Tammen <info@tammen-versicherungsmakler.example>", "bAV-Angebot Herr Pundt", """Hallo Herr Tammen,

für Herrn Kai Pundt (geb. 30.06.1983, Bruttogehalt 4.150 EUR) rechnen wir eine Direktversicherung mit 200 EUR Umwandlung. Das Angebot folgt morgen.

""" + sig("brett"))
# 134
M("S", "de", "insurer-to-customer", "harmless body; HTML part has table of the addressee's medicines reimbursed",
  frm("service"), "Olga Wiebe <olga.wiebe@gmx.example>", "Erstattung Apothekenbelege", """Guten Tag Frau Wiebe,

Ihre Apothekenbelege sind erstattet. Details siehe unten (HTML-Ansicht).

""" + sig("service"), html="""<html><body><p>Guten Tag Frau Wiebe,</p><table border="1">
<tr><th>PZN</th><th>Arzneimittel</th><th>Betrag</th></tr>
<tr><td>11112223</td><td>Dienogest 2 mg</td><td>61,12</td></tr>
<tr><td>04411871</td><td>Sertralin 50 mg</td><td>18,40</td></tr></table></body></html>""")
# 135
M("N", "en", "insurer-to-customer", "trap: generic answer on how to change bank details via portal (no data)", frm("service"), "Ethan Cole <ethan.cole@mail.example>",
  "Re: change bank account", """Dear Mr Cole,

for security reasons we cannot change bank details by plain e-mail. Please log in to your secure mailbox and use the form "SEPA mandate", or send us a signed letter.

""" + sig("service"))
# 136
M("C", "en", "insurer-to-customer", "named customer's home contents after fire, address, claim, nobody hurt",
  frm("aydin"), "Oliver Grant <o.grant@mail.example>", "Kitchen fire HR-26-00901", """Dear Mr Grant,

sorry to hear about the kitchen fire at Lahnstr. 31 – good that nobody was hurt. Our loss adjuster will call you tomorrow; emergency costs for the hotel up to EUR 100 per night are covered under HR-2270415.

""" + sig("aydin"))
# 137
M("S", "en", "insurer-to-company", "employer forwarded employee's request; answer reveals employee is in rehab (group bKV)",
  frm("brett"), "Nadia Friis <nadia.friis@nordkran-systems.example>", "Re: Mr Nowak – hospital cash", """Dear Ms Friis,

Mr Nowak's hospital cash claim for his stay in the psychosomatic clinic is being processed; he will hear from us directly. For privacy reasons please send future questions from employees straight to our service.

""" + sig("brett"))
# 138
M("N", "de", "insurer-to-supplier", "trap: purchase order for flu vaccine for company doctor's campaign", frm("brett"), "Bestellung <bestellung@apotheke-am-wall.example>",
  "Bestellung Grippeimpfstoff Betriebsarzt", """Guten Tag,

für die Impfaktion unseres Betriebsarztes bestellen wir 180 Dosen Grippeimpfstoff (Saison 2026/27), Lieferung September.

""" + sig("brett"))
# 139
M("N", "en", "internal", "trap: calendar invite for bKV sales review", frm("brett"), "Group business <gruppe@weserland.example>",
  "bKV pipeline review", "Pipeline review for Q1 group deals.", atts=[("pipeline.ics", ics("bkv-pipe-q1", "20260226T130000Z", "20260226T140000Z", "bKV pipeline review", "Teams", "Q1 deals, no customer health data"))])
# 140
M("C", "de", "insurer-to-customer", "named customer's e-bike insurance start with frame number and bank",
  frm("service"), "Jule Tönjes <jule.toenjes@mail.example>", "Ihre E-Bike-Versicherung", """Hallo Frau Tönjes,

Ihr E-Bike (Rahmennr. XG 4410 2290) ist ab 01.03. versichert, Vertrag FR-0088127. Beitrag 8,90 EUR monatlich per Lastschrift von """ + iban_de("29050101", "80021774").lower() + """.

""" + sig("service"))
# 141
M("S", "de", "insurer-to-customer", "reply 'passt' on mobile, quoted history has daughter's anorexia treatment",
  frm("ahlers"), "Birte Lohmann <birte.lohmann@gmx.example>", "AW: AW: Klinik für Mia", """Passt, danke!

Von meinem iPhone gesendet

> Am 12.02.2026 um 08:14 schrieb Katrin Ahlers:
> Die Kostenzusage für Mias stationäre Behandlung in der Kinder- und Jugendpsychiatrie
> (Anorexia nervosa, F50.0) ist raus, Aufnahme wie geplant am 16.02.
""", cte="8bit", flowed=True)
# 142
M("N", "de", "insurer-to-partner", "trap: answer to data protection authority about process, no persons", frm("vogt"), "Poststelle <poststelle@datenschutz-land.example>",
  "Ihr Schreiben vom 03.02. – Verfahren Versand Gesundheitsdaten", """Sehr geehrte Damen und Herren,

zu Ihrer allgemeinen Anfrage: Gesundheitsdaten versenden wir ausschließlich verschlüsselt (S/MIME, Portal) oder mit schriftlicher Einwilligung über TLS. Eine Verfahrensbeschreibung liegt bei.

""" + sig("vogt"))
# 143
M("C", "en", "insurer-to-company", "company's commercial liability with named contact and incident, no injury",
  frm("aydin"), "Office <office@segelken-holding.example>", "Commercial liability – damaged customer's flooring", """Dear Dr Segelken,

the claim from your client Mr Holtorf about the damaged oak flooring (CL-26-0044) will be settled with EUR 3,100. Nobody was injured.

""" + sig("aydin"))
# 144
M("N", "en", "insurer-to-customer", "trap: survey invitation after claim, no claim details", frm("service"), "gunnar.wilkens@web.example",
  "How did we do?", """Hello,

you recently had contact with our member service. Please rate us in two minutes: https://survey.weserland.example/ms

Thank you!""")
# 145
M("S", "de", "insurer-to-customer", "care: named member's nursing home invoice reimbursement", frm("kruse"), "Peter Hamann <peter.hamann@btinternet.example>",
  "Heimkosten Ihres Vaters", """Guten Tag Herr Hamann,

die Rechnung des Pflegeheims Haus Blumenthal für Ihren Vater (Januar, vollstationäre Pflege PG 4) ist bezahlt; wir haben 1.775 EUR direkt an das Heim überwiesen.

""" + sig("kruse"))
# 146
M("C", "de", "insurer-to-customer", "named customer's motor vehicle change with VIN and plate",
  frm("rademacher"), "Sophie Lang <sophie.lang@gmail.example>", "Fahrzeugwechsel KF-8812201", """Hallo Frau Lang,

der Fahrzeugwechsel ist eingetragen: Skoda Fabia, FIN TMBJG7NJ0RZ112093, Kennzeichen HB-SL 882. Der Beitrag sinkt auf 398,40 EUR.

""" + sig("rademacher"))
# 147
M("N", "de", "internal", "trap: IT change notice about Siegel-like gateway rules for health mailbox", frm("lorenz"), "it-change@weserland.example",
  "Change 26-0219: Regeln für leistung-kv@", """Change: Ab 20.02. werden alle Mails aus dem Postfach leistung-kv@ als streng vertraulich markiert und nur verschlüsselt zugestellt. Keine Inhalte betroffen.

""" + sig("lorenz"))
# 148
M("C", "en", "insurer-to-customer", "named customer's cancellation confirmation for household policy with refund to IBAN",
  frm("service"), "Hannah Moore <hannah.moore@fastmail.example>", "Cancellation confirmed", """Dear Ms Moore,

we confirm the cancellation of household policy HR-3370112 as of 31 March. The unused premium of EUR 38.70 will be refunded to """ + grp(iban_de("29050101", "3319008")) + """.

""" + sig("service"))
# 149
M("N", "en", "insurer-to-partner", "trap: reinsurer receives large-loss list with age bands only", frm("wiechmann"), "Gregor Lindqvist <g.lindqvist@nordre-re.example>",
  "Large losses 2025 (anonymised)", """Dear Gregor,

attached the anonymised large-loss list for the life treaty.

""" + sig("wiechmann"), atts=[("large_losses_2025.xlsx", xlsx([["Case", "Age band", "Cause", "Sum EUR"], ["LL-01", "50-59", "cancer", 400000], ["LL-02", "40-49", "cardiovascular", 350000], ["LL-03", "30-39", "accident", 300000]], "Large losses"))])
# 150
M("S", "de", "insurer-to-company", "group bKV (health line): named employees leaving the group health contract, no diagnosis",
  frm("brett"), "Sandra Meiners <s.meiners@hafenlogistik-bremen.example>", "Abmeldungen bKV GV-88120", """Hallo Frau Meiners,

abgemeldet zum 31.03.2026: Dennis Ahrens (Personalnr. 10460) und Maik Tebben (Personalnr. 10213). Beide können den Schutz privat ohne Gesundheitsprüfung fortführen.

""" + sig("brett"))

# ======================================================================
# output and checks
# ======================================================================
def write_all(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, label, lang, kind, reason, mk in MAILS:
        m = mk()
        buf = io.BytesIO()
        BytesGenerator(buf, policy=SMTP).flatten(m)
        name = "d216-%04d.eml" % n
        with open(os.path.join(outdir, "mails", name), "wb") as fh:
            fh.write(buf.getvalue())
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")

def _check_zip(data, where, errs, depth=0):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:
        errs.append("%s: bad zip %s" % (where, e)); return
    for name in z.namelist():
        d = z.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            try:
                xml.dom.minidom.parseString(d)
            except Exception as e:
                errs.append("%s/%s: xml %s" % (where, name, e))
        low = name.lower()
        if low.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
            _check_zip(d, where + "/" + name, errs, depth + 1)
        elif low.endswith(".pdf"):
            _check_pdf(d, where + "/" + name, errs)

def _check_pdf(data, where, errs):
    texts = []
    for mt in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            raw = zlib.decompress(mt.group(1))
        except Exception:
            continue
        texts += re.findall(rb"\((.*?)\) Tj", raw)
    if not data.startswith(b"%PDF") or not any(t.strip() for t in texts):
        errs.append("%s: pdf without text layer" % where)

def _check_msg(m, where, errs):
    if m.defects:
        errs.append("%s: defects %s" % (where, m.defects))
    for k, v in m.items():
        if getattr(v, "defects", None):
            errs.append("%s: header %s defects %s" % (where, k, v.defects))
    for part in m.walk():
        if part.defects and part is not m:
            errs.append("%s: part defects %s" % (where, part.defects))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        fn = (part.get_filename() or "").lower()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)
            except Exception as e:
                errs.append("%s: %s does not decode as %s" % (where, ct, cs)); continue
            if ct == "text/calendar" and not ("BEGIN:VCALENDAR" in txt and "END:VCALENDAR" in txt):
                errs.append("%s: bad ics" % where)
        if fn.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
            _check_zip(payload, where + ":" + fn, errs)
        elif fn.endswith(".pdf"):
            _check_pdf(payload, where + ":" + fn, errs)

def check():
    errs = []
    here = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as tmp:
        write_all(tmp)
        for f in ["labels.tsv"] + ["mails/" + x for x in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a, b = os.path.join(here, f), os.path.join(tmp, f)
            if not os.path.exists(a) or not filecmp.cmp(a, b, shallow=False):
                errs.append("%s differs from a fresh build (run without --check first)" % f)
        if len(os.listdir(os.path.join(here, "mails"))) != len(MAILS):
            errs.append("unexpected number of files in mails/")
    ids = set()
    for n, label, lang, kind, reason, mk in MAILS:
        name = "d216-%04d.eml" % n
        raw = open(os.path.join(here, "mails", name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errs.append("%s: bare LF" % name)
        m = BytesParser(policy=DEFAULT_POLICY).parsebytes(raw)
        _check_msg(m, name, errs)
        mid = m["Message-ID"]
        if mid in ids:
            errs.append("%s: duplicate Message-ID" % name)
        ids.add(mid)
        if m["Date"].datetime.year != 2026:
            errs.append("%s: date not 2026" % name)
        if not m["From"].addresses[0].domain == DOM:
            errs.append("%s: sender not insurer" % name)
    from collections import Counter
    print("mails:", len(MAILS), dict(Counter(x[1] for x in MAILS)), dict(Counter(x[2] for x in MAILS)))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else "%d errors" % len(errs))
    return 1 if errs else 0

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write_all(os.path.dirname(os.path.abspath(__file__)))
    print("wrote %d mails" % len(MAILS))
