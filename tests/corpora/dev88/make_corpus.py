#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev88 for Siegel: mail of a German insurer with customers whose first
language is not German (simple German / English mixed with Turkish, Polish,
Russian, Arabic in transliteration, Italian, Ukrainian, Spanish).

All content is fictitious and hand-written, one function per mail (m001 ... m150).
The helpers below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d88-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
Standard library only, Python 3.8+, deterministic (seed 88), no network.
"""
import io
import os
import re
import sys
import zipfile
import random
import datetime
import unicodedata
from email import policy, message_from_bytes
from email.message import EmailMessage
from email.utils import format_datetime
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = 88
SEED = 88
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
ZIPTIME = (2024, 5, 2, 9, 30, 0)

# ---------------------------------------------------------------- dates / ids
_rng = random.Random(SEED)
_BASE = datetime.datetime(2024, 4, 2, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
_DATES = []
_HOLIDAYS = {(5, 1), (5, 9), (5, 20), (5, 30)}  # 1 May, Ascension, Whit Monday, Corpus Christi (BW)
_t = _BASE
for _i in range(150):
    _t = _t + datetime.timedelta(minutes=_rng.randint(150, 400))
    if _t.hour >= 19:
        _t = (_t + datetime.timedelta(days=1)).replace(hour=7, minute=_rng.randint(0, 59))
    elif _t.hour < 7:
        _t = _t.replace(hour=7, minute=_rng.randint(0, 59))
    while _t.weekday() >= 5 or (_t.month, _t.day) in _HOLIDAYS:
        _t = (_t + datetime.timedelta(days=1)).replace(hour=7, minute=_rng.randint(0, 59))
    _DATES.append(_t)
# a few mails answer or announce something on a fixed day: their date follows the content
_DATE_FIX = {1: (4, 8, 9, 40), 3: (4, 10, 10, 5), 4: (4, 8, 11, 2), 7: (4, 10, 8, 31),
             14: (4, 15, 9, 0), 15: (4, 10, 14, 12), 22: (4, 12, 8, 47), 54: (6, 3, 6, 30),
             96: (5, 22, 10, 18), 99: (5, 8, 13, 5), 102: (5, 6, 11, 40), 111: (6, 14, 10, 0),
             134: (5, 24, 7, 12), 144: (5, 20, 14, 3), 150: (5, 24, 15, 20),
             42: (4, 18, 8, 5), 66: (4, 25, 8, 20), 101: (5, 2, 14, 0), 114: (5, 13, 9, 10),
             118: (5, 22, 8, 15), 125: (5, 14, 14, 30), 128: (5, 15, 11, 0), 133: (5, 17, 10, 30),
             142: (5, 21, 9, 15)}
for _n, (_mo, _d, _h, _mi) in _DATE_FIX.items():
    _DATES[_n - 1] = _BASE.replace(month=_mo, day=_d, hour=_h, minute=_mi)
_TOKENS = ["%08x" % _rng.getrandbits(32) for _ in range(150)]


# ---------------------------------------------------------------- attachments
def _z(members, stored_first=None):
    """members: list of (name, bytes). Fixed timestamps; optional stored 'mimetype'."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
    return buf.getvalue()


def zipfile_(members):
    return _z([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in members])


def _pdf_text(s):
    s = s.replace("\u0131", "i").replace("\u0130", "I").replace("\u0142", "l").replace("\u0141", "L")
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c))
            try:
                base.encode("cp1252")
                out.append(base)
            except UnicodeEncodeError:
                out.append("?")
    b = "".join(out).encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(pages, title="Dokument"):
    """pages: list of pages, each a list of text lines (or one list = one page)."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids_placeholder = len(objs)
    objs.append(b"")  # pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for lines in pages:
        stream = [b"BT /F1 10 Tf 14 TL 56 790 Td"]
        for ln in lines:
            stream.append(b"(" + _pdf_text(ln) + b") Tj T*")
        stream.append(b"ET")
        data = b"\n".join(stream)
        objs.append(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        cid = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cid)
        page_ids.append(len(objs))
    objs[kids_placeholder] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % i for i in page_ids) + b"] /Count %d >>" % len(page_ids)
    objs.append(b"<< /Title (" + _pdf_text(title) + b") /Producer (dev88 make_corpus) /CreationDate (D:20240502093000+02'00') >>")
    info_id = len(objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_id, xref))
    return out.getvalue()


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zipfile_([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


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
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return zipfile_([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, body):
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return zipfile_([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paras):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % xesc(p) for p in paras))


def ods(rows, sheet="Tabelle1"):
    tr = []
    for row in rows:
        tr.append("<table:table-row>%s</table:table-row>" % "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)) for v in row))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (xesc(sheet), "".join(tr)))


def csvdata(rows, sep=";", enc="utf-8"):
    return "\r\n".join(sep.join(str(v) for v in r) for r in rows).encode(enc) + b"\r\n"


def ics(text):
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


def txt(text, enc="utf-8"):
    return text.replace("\n", "\r\n").encode(enc)


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "txt": ("text", "plain"),
    "html": ("text", "html"),
    "jpg": ("image", "jpeg"),
}


# ---------------------------------------------------------------- MIME
def inner(frm, to, subject, body, date, msgid=None, cc=None, charset="utf-8", atts=()):
    """A complete message used as a message/rfc822 attachment."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or "<fwd-%d-%d@%s>" % (len(body), len(subject), re.search(r"@([^>\s]+)", frm).group(1))
    m.set_content(body, charset=charset, cte="quoted-printable" if charset == "utf-8" else "8bit")
    for a in atts:
        _attach(m, a)
    return m


def _attach(m, a):
    """a = (filename, data) or (filename, data, 'maintype/subtype') or EmailMessage."""
    if isinstance(a, EmailMessage):
        m.add_attachment(a)
        return
    name, data = a[0], a[1]
    if len(a) > 2:
        mt, st = a[2].split("/")
    else:
        mt, st = MIME[name.rsplit(".", 1)[-1].lower()]
    if mt == "text" and st in ("csv", "calendar", "plain"):
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    else:
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)


def build(n, frm, to, subject, body=None, html=None, atts=(), cc=None, charset="utf-8", cte=None,
          flowed=False, headers=None, html_only=False, reply=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(_DATES[n - 1])
    dom = re.search(r"@([^>\s]+)", frm).group(1)
    m["Message-ID"] = "<%s.d%02d-%04d@%s>" % (_TOKENS[n - 1], NN, n, dom)
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        if cte is None:
            cte = "quoted-printable" if charset == "utf-8" else "8bit"
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        if not m.is_multipart() or m.get_content_subtype() == "alternative":
            m.make_mixed()
        _attach(m, a)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d88_%04d_b%d" % (n, i))
    return m


MAILS = []


def mail(label, lang, kind, reason):
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ---------------------------------------------------------------- people
LAV = "lav-versicherung.example"
SIG_KS = """--
Lindauer Allgemeine Versicherung AG
Kundenservice | Augustaanlage 41 | 68165 Mannheim
Telefon 0621 4480-0 | service@lav-versicherung.example
Vorstand: Dr. Konrad Imhof (Vors.), Beate Rösler | AR-Vors.: Gerd Hallstein
Sitz Mannheim, Amtsgericht Mannheim HRB 771204"""
SIG_EN = """--
Lindauer Allgemeine Versicherung AG
Customer Service | Augustaanlage 41 | 68165 Mannheim | Germany
Phone +49 621 4480-0 | service@lav-versicherung.example"""
DISCLAIMER = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


# ================================================================ mails
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "simple-German reply on a Turkish hospital bill: name, PKV number, gastritis/endoscopy in quoted customer mail")
def m001(n):
    body = """Sehr geehrte Frau Yılmaz,

vielen Dank für Ihre E-Mail und die Rechnung aus Antalya.

Wir haben die Rechnung bekommen. Das ist gut.
Wir brauchen noch 2 Sachen von Ihnen:

1. Den Bericht vom Arzt (auf Türkisch: "epikriz raporu").
2. Eine Übersetzung auf Deutsch oder Englisch.

Sie können die Übersetzung bei einem Übersetzungsbüro machen lassen.
Die Kosten für die Übersetzung zahlen wir bis 80 Euro.

Ihre Versicherungsnummer: KV-4471-203958
Ihre Rechnung: 14.650,00 TRY (Özel Akdeniz Hastanesi, 18.03.2024)

Wenn Sie Fragen haben, rufen Sie uns an. Frau Demir spricht auch Türkisch.
Telefon: 0621 4480-2290 (Mo bis Fr, 8 bis 17 Uhr)

Mit freundlichen Grüßen
Aylin Demir
Leistungsservice Krankenversicherung

""" + SIG_KS + """

-----Ursprüngliche Nachricht-----
Von: Hatice Yılmaz <hatice.yilmaz72@kutu.example>
Gesendet: Sonntag, 7. April 2024 21:14
An: leistung-kv@lav-versicherung.example
Betreff: rechnung turkei

Merhaba,
ich war in urlaub in Antalya und hatte starke Magen schmerzen, 2 Tage krankenhaus.
Doktor sagt gastrit, haben gemacht endoskopi. Rechnung ist in anhang.
Bitte zahlen auf mein konto wie immer.
Çok teşekkürler
Hatice Yılmaz
KV-4471-203958
"""
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Hatice Yılmaz <hatice.yilmaz72@kutu.example>",
                 "AW: rechnung turkei - Ihre Versicherungsnummer KV-4471-203958", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: announcement of a health-insurance leaflet in seven languages; diseases and claims only as generic leaflet content")
def m002(n):
    body = """Dear colleagues at the migration counselling centres,

we are happy to tell you that our information leaflet "Health insurance in Germany
- simply explained" is now available in seven languages:

  * Deutsch (einfache Sprache)
  * English
  * Türkçe - "Almanya'da sağlık sigortası"
  * Polski - "Ubezpieczenie zdrowotne w Niemczech"
  * Русский - "Медицинское страхование в Германии"
  * Українська - "Медичне страхування в Німеччині"
  * العربية (Arabic)

The leaflet explains in short sentences:
  - what to do when you are sick or have an accident
  - how to send a doctor's bill or a hospital bill to us
  - why we need a translation of foreign medical certificates
  - what a pre-existing condition is and why the application asks about it
  - what "Wartezeit" (waiting period) means for dental treatment and pregnancy

You can order printed copies free of charge (packs of 50) or download the PDF
files at https://www.lav-versicherung.example/mehrsprachig.

Please note: the leaflet is general information. It does not replace advice for
a single person. If one of your clients has a question about their own contract,
they or you (with their written permission) can call our multilingual service line.

Kind regards
Lena Brandt
Corporate Communications / Diversity Team
Lindauer Allgemeine Versicherung AG
presse@lav-versicherung.example
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Verteiler Migrationsberatung <migrationsberatung-netzwerk@stadt-mannheim.example>",
                 "New: our health insurance leaflet in 7 languages / Neues Merkblatt in 7 Sprachen", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "motor claim of a named customer: claim number, plate, accident place; nobody hurt (Polish phrases quoted)")
def m003(n):
    body = """Guten Tag Herr Zieliński,

danke für Ihre Schadenmeldung. Wir haben alles bekommen, auch die Fotos.

Ihre Schadennummer ist: 24-KS-118204
Fahrzeug: VW Passat, Kennzeichen MA-TZ 417
Schadentag: 09.04.2024, Parkplatz Baumarkt, Mannheim-Seckenheim

Sie schreiben, niemand wurde verletzt ("nikt nie został ranny"). Das ist gut.
Die andere Fahrerin hat den Schaden bei ihrer Versicherung auch gemeldet.

Was passiert jetzt?
- Ein Gutachter ruft Sie in den nächsten Tagen an.
- Bitte lassen Sie das Auto bis dahin nicht reparieren.

Wenn Sie lieber auf Polnisch sprechen möchten: Frau Nowak-Berg ruft Sie gerne zurück.
Schreiben Sie uns einfach eine Uhrzeit.

Pozdrawiam serdecznie / Viele Grüße
Dennis Kowalczyk
Kfz-Schaden

""" + SIG_KS + """

> Dzień dobry,
> ich hatte unfall auf parkplatz, andere frau ist rückwarts gefahren in meine tür.
> Nikt nie został ranny, alle okay. Fotos sind dabei. Was muss ich machen jetzt?
> Dziękuję, Tomasz Zieliński
"""
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "tomek.zielinski@poczta.example", "AW: szkoda / Schaden Parkplatz - Schadennummer 24-KS-118204", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "Ukrainian customer's own mail forwarded to claims: son's asthma, inhaler and pulmonologist bill from Kyiv, policy number")
def m004(n):
    body = """Hallo Thomas,

kannst du das bitte übernehmen? Kundin schreibt Englisch, Rechnungen sind auf
Ukrainisch. Ich habe ihr schon gesagt, dass wir eine Übersetzung brauchen, aber
sie fragt, ob Englisch reicht. Vertrag KV-5520-118734, Kind mitversichert.

Gruß
Olga

---------- Weitergeleitete Nachricht ----------
Von: Oksana Melnyk <oksana.melnyk@pochta-ua.example>
Datum: Mo., 8. Apr. 2024 um 10:02
Betreff: bills for my son Artem
An: <service@lav-versicherung.example>

Dobryi den,

my name is Oksana Melnyk, contract KV-5520-118734. My son Artem (9 years) has
asthma, he was with me in Kyiv in March to visit grandmother and he had a bad attack
(napad). We went to the pulmonologist, he gave him new inhaler (Budesonid/Formoterol)
and also prednisolone tablets for 5 days. I paid 2 400 UAH for the visit and
1 180 UAH in the pharmacy (аптека).

I attach the photos of the receipts and the doctor paper (довідка від лікаря).
It is in Ukrainian. Is it ok if I translate myself to English? A certified
translation costs a lot here.

Дякую / thank you very much
Oksana
"""
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "WG: bills for my son Artem", body)


@mail("NORMAL", "de", "internal", "trap: staff invitation to an Iftar evening and intercultural calendar; no person's religion or data")
def m005(n):
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr laden das Diversity-Netzwerk und das Betriebsrestaurant zu einem
gemeinsamen Iftar-Abend ein - alle sind willkommen, egal ob Sie fasten oder nicht.

  Wann: Donnerstag, 18. April 2024, ab 20:15 Uhr (Sonnenuntergang 20:21 Uhr)
  Wo:   Betriebsrestaurant, Gebäude B, Erdgeschoss
  Was:  Linsensuppe (mercimek çorbası), Datteln, Pide, Baklava, Tee - vegetarisch und halal

Zum Programm: Kolleginnen und Kollegen aus dem muttersprachlichen Service erzählen
kurz, wie in ihren Familien gefeiert wird - auf Türkisch, Arabisch und Deutsch.

Bitte melden Sie sich bis 12.04. im Intranet unter "Veranstaltungen" an, damit die
Küche planen kann.

Und schon vormerken: Sommerfest "Viele Sprachen - ein Team" am 6. Juli im Innenhof.

Herzliche Grüße
Miriam Haddad
für das Diversity-Netzwerk der LAV
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "alle-mitarbeitenden-mannheim@lav-versicherung.example",
                 "Einladung: gemeinsamer Iftar-Abend am 18.04.", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "household policy: customer's new Italian IBAN and policy number")
def m006(n):
    body = """Dear Mr Romano,

thank you for your e-mail. We have changed the bank account for your household
insurance (policy HR-7734102) as you asked.

New account holder: Giuseppe Romano
New IBAN: IT77 X054 2811 1010 0000 0181 932
Bank: Banca Popolare di Bari (BIC BPBAIT3BXXX)

The next premium (EUR 96.40, due 1 May 2024) will be collected from this account.
Because this is a new SEPA mandate, your bank may show "SEPA Direct Debit - LAV"
on your statement - please don't be surprised.

Grazie per la fiducia and kind regards

Marco Esposito
Customer Service (Italiano / English / Deutsch)

""" + SIG_EN
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Giuseppe Romano <g.romano@posta-it.example>",
                 "Your household insurance HR-7734102 - new bank account", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "relative", "son writes for his mother: care-level application, dementia, stroke, forwarded to long-term-care claims")
def m007(n):
    body = """Hallo Pflege-Team,

bitte Antrag auf Pflegegrad anlegen, Vollmacht vom Sohn liegt jetzt vor (Anhang in
der Akte). Die Kundin selbst spricht kaum Deutsch, Gutachtertermin bitte mit
türkischer Dolmetscherin planen.

Danke, Jonas Wendt, Kundenservice

-----Ursprüngliche Nachricht-----
Von: Emre Kaya <emre.kaya@mailbox-de.example>
Gesendet: Dienstag, 9. April 2024 19:40
An: service@lav-versicherung.example
Betreff: Pflegegrad für meine Mutter Fatma Kaya, geb. 03.02.1951, Vers.-Nr. PV-3301-667120

Sehr geehrte Damen und Herren,

ich schreibe für meine Mutter, Frau Fatma Kaya. Sie kann nicht gut Deutsch schreiben,
deshalb mache ich das. Eine Vollmacht von ihr schicke ich mit.

Meine Mutter hatte im Januar einen Schlaganfall (inme). Sie war 3 Wochen im
Klinikum und danach in Reha. Seitdem kann sie den rechten Arm nicht gut bewegen
und sie vergisst viel, der Hausarzt sagt, es ist auch eine beginnende Demenz.
Sie braucht Hilfe beim Waschen, Anziehen und bei den Tabletten. Mein Vater ist
selbst 78 und schafft das nicht mehr allein.

Wir möchten einen Antrag auf Pflegegrad stellen. Bitte sagen Sie uns, was wir tun
müssen. Beim Gutachter-Termin möchte ich dabei sein und übersetzen, Anne sagt sonst
immer nur "evet" auch wenn sie nichts versteht.

Mit freundlichen Grüßen
Emre Kaya
Tel. 0176 55501839
"""
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "pflege-leistung@lav-versicherung.example",
                 "WG: Pflegegrad für meine Mutter Fatma Kaya, geb. 03.02.1951, Vers.-Nr. PV-3301-667120", body)


@mail("NORMAL", "en", "insurer-to-supplier", "trap: framework agreement with a translation agency (GmbH), medical translation rates, company bank account only")
def m008(n):
    body = """Dear Ms Kaminski,

following our call last week, please find below the terms we agreed for the
framework agreement 2024/25 (certified and plain translations).

Languages: TR, PL, RU, UK, AR, IT, ES, FA, RO <-> DE / EN

Rates (per standard line of 55 characters, target text):
  plain translation                       EUR 1.35
  certified translation (beeidigt)        EUR 1.65
  medical reports / discharge letters     EUR 1.80  (terminology surcharge)
  express within 24 h                     + 50 %
  certification fee per document          EUR 5.00

Interpreting (on site or video) for assessor appointments:
  per started hour EUR 75.00, travel time EUR 40.00/h, minimum 1 hour.

Data protection: documents are sent to you only through our SecureMail portal; a
data processing agreement under Art. 28 GDPR is attached to the contract (Annex 3).
Please delete source files 30 days after delivery of the translation.

Invoices monthly to: Lindauer Allgemeine Versicherung AG, Kreditorenbuchhaltung,
Augustaanlage 41, 68165 Mannheim. Your bank details as in your offer:
Lingua Brücke GmbH, IBAN DE83 6352 0805 7231 2927 65.

Could you return the signed contract by 30 April?

Best regards
Miriam Haddad
Coordination Interpreter & Translation Pool
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Joanna Kaminski <j.kaminski@linguabruecke.example>",
                 "Framework agreement translations 2024/25 - terms", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", "request to a Turkish private hospital for the medical report of a named accident insured (wrist fracture, surgery)")
def m009(n):
    body = """Dear Sir or Madam,

we are the private accident insurer of Mr Yusuf Arslan, born 22/09/1986,
resident in Ludwigshafen, Germany (policy UV-2208-551903).

Mr Arslan informs us that he fell from a ladder on 02/03/2024 at his parents' house
in Izmir and was treated in your hospital from 02/03/2024 to 05/03/2024
(distal radius fracture right, open reduction and plate osteosynthesis).

To assess his claim for permanent impairment, we kindly ask you to send us:
  1. the discharge report (epikriz),
  2. the operation report,
  3. the X-ray findings before and after the surgery,
preferably in English. A signed release from medical confidentiality by Mr Arslan
(Turkish and German version) is attached.

Please use our secure upload link: https://securemail.lav-versicherung.example/upload/7KQ2-99
Costs for copies up to EUR 50 will be reimbursed against invoice.

Saygılarımızla / Kind regards

Uwe Scholz
Accident Claims
Lindauer Allgemeine Versicherung AG
Augustaanlage 41, 68165 Mannheim, Germany
Phone +49 621 4480-3310
"""
    atts = [("Schweigepflichtentbindung_Arslan_TR_DE.pdf", pdf([
        "Schweigepflichtentbindung / Hekimlik gizliligi muafiyet beyani",
        "",
        "Versicherte Person / Sigortali: Yusuf Arslan, geb. / dogum tarihi 22.09.1986",
        "Vertrag / Police: UV-2208-551903",
        "",
        "Ich entbinde die Ärzte des Ege Özel Hastanesi, Izmir, von der Schweigepflicht",
        "gegenüber der Lindauer Allgemeine Versicherung AG für die Behandlung vom",
        "02.03.2024 bis 05.03.2024 (Handgelenksbruch rechts).",
        "",
        "Izmir Ege Özel Hastanesi doktorlarini, 02.03.2024 - 05.03.2024 tarihleri",
        "arasindaki tedavi ile ilgili olarak hekimlik gizliliginden muaf tutuyorum.",
        "",
        "Ludwigshafen, 04.04.2024        gez. Yusuf Arslan",
    ], title="Schweigepflichtentbindung"))]
    return build(n, "Uwe Scholz <uwe.scholz@lav-versicherung.example>",
                 "hasta.haklari@ege-hastanesi.example",
                 "Medical report request - Mr Yusuf Arslan, treatment 02-05 March 2024", body, atts=atts)


@mail("CONFIDENTIAL", "de", "customer", "customer's mail forwarded to collections: liability premium deferral, net income and job loss")
def m010(n):
    body = """Hallo Inkasso,

Kundin bittet um Stundung, Privathaftpflicht PH-6610-402215. Bitte prüfen, ob
Ratenzahlung geht. Sie hat um Antwort auf Deutsch in einfachen Worten gebeten.

VG Katarzyna Nowak-Berg

> Von: Agnieszka Wiśniewska <a.wisniewska@poczta.example>
> Betreff: Beitrag Haftpflicht
>
> Dzień dobry Frau Nowak-Berg,
> wie am Telefon besprochen: ich kann Beitrag 78,90 Euro jetzt nicht zahlen.
> Meine Firma (Reinigung) hat mir gekündigt zum 31.03., jetzt bekomme ich
> Arbeitslosengeld nur 1.046 Euro netto im Monat, vorher war 1.620 netto.
> Kann ich in 3 Teilen zahlen? Mai, Juni, Juli?
> Bardzo dziękuję za pomoc!
> Agnieszka Wiśniewska, Waldhof, Speckweg 12
"""
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "inkasso@lav-versicherung.example",
                 "WG: Beitrag Haftpflicht - Stundung PH-6610-402215", body)


@mail("NORMAL", "de", "internal", "trap: IT ticket about Turkish/Polish/Cyrillic characters in letters, only fictitious test customer")
def m011(n):
    body = """Ticket INC-2024-044871 | Priorität: mittel | Status: in Bearbeitung
Anwendung: Korrespondenz-Server (Briefschreibung KOSY)

Beschreibung:
Bei Kundennamen mit Sonderzeichen werden im PDF-Brief Fragezeichen gedruckt.
Betroffen: ğ ş ı İ (Türkisch), ł ż ś ń (Polnisch), alle kyrillischen Zeichen.
ä/ö/ü/ß funktionieren. In der Bestandsführung werden die Namen korrekt gespeichert.

Reproduziert mit Testkunde in E2 (Testumgebung):
  Name: Çağrı Şimşekoğlu-Muster (fiktiv), Testvertrag 99-TEST-0001
  Ergebnis im Brief: "?a?r? ?im?eko?lu-Muster"
  Zweiter Test: "Лариса Тестова" -> "?????? ???????"

Ursache vermutlich: Font-Mapping auf Latin-1 im Template "Standardbrief_V7".

Workaround für den Fachbereich: Bis zum Fix bitte keine Namen manuell
"eindeutschen" (z.B. Yilmaz statt Yılmaz), weil sonst Dubletten entstehen.

Nächster Schritt: Test mit Unicode-Font (Noto Sans) in E2, Rückmeldung bis Fr.

Gruß
Stefan Kühl
IT Output-Management
"""
    return build(n, "Stefan Kühl <stefan.kuehl@lav-versicherung.example>",
                 "it-output@lav-versicherung.example",
                 "INC-2024-044871 Sonderzeichen (ğ, ł, kyrillisch) im Briefdruck", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "disability (BU) underwriting: named applicant, herniated disc M51.2, exclusion clause; Arabic phrases quoted")
def m012(n):
    body = """Dear Mr Al-Khatib,

thank you for your patience. Our underwriting team has now checked your application
for occupational disability insurance (application no. BU-A-2024-008815).

Result: We can offer you the contract, but with one exclusion:

  Disability caused by illnesses or injuries of the lumbar spine (lower back)
  is not insured. Reason: the herniated disc (M51.2) treated in 2022, as shown in
  the report of Dr. Haddad, Orthopaedics, Heidelberg.

All other causes (for example accidents, heart, mental illness, other joints) are
insured. The monthly pension is EUR 1,500, premium EUR 71.28 per month.

What you need to do:
  - If you agree, please sign the attached "Annahme der Ausschlussklausel" and send
    it back within 4 weeks.
  - If you don't agree, you can ask us to check again in 2 years, if you have had
    no back complaints for that time.

I know the German word "Ausschlussklausel" looks difficult - it only means "exclusion".
If you want, we can explain the letter by phone in Arabic (ask for Ms Haddad, no
relation to your doctor).

Kind regards / ma'a as-salama

Frank Ostermann
Life & Disability Underwriting

""" + SIG_EN + """

-----Original Message-----
From: Ahmad Al-Khatib <ahmad.alkhatib@bareed.example>
Sent: Wednesday, April 3, 2024 08:12
To: leben@lav-versicherung.example
Subject: status of my BU application?

Salam alaikum,
I sent all documents about my back in February. Please tell me, is there a problem?
I am an electrician, I need this insurance for my family, inshallah I never need it.
Shukran,
Ahmad Al-Khatib
"""
    return build(n, "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "Ahmad Al-Khatib <ahmad.alkhatib@bareed.example>",
                 "RE: status of my BU application? - BU-A-2024-008815", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "legal-expenses cover confirmation for a tenancy dispute of a named customer; policy and case numbers")
def m013(n):
    body = """Sehr geehrte Frau Ruiz García,

gute Nachricht: Ihre Rechtsschutzversicherung (Vertrag RS-1907-330452) zahlt
für Ihren Streit mit dem Vermieter.

Worum geht es?
  Ihr Vermieter will die Kaution (2.250 Euro) nicht zurückzahlen.
  Sie sind am 31.01.2024 ausgezogen.

Was zahlen wir?
  - Ihre Anwältin (Frau Rechtsanwältin Dr. Vogt, Heidelberg)
  - die Gerichtskosten, wenn es zum Gericht geht
  Ihre Selbstbeteiligung: 150 Euro.

Unser Aktenzeichen: RS-S-24-020977

Bitte geben Sie dieses Aktenzeichen Ihrer Anwältin. Sie schickt die Rechnung direkt
an uns.

Saludos cordiales / Mit freundlichen Grüßen
Ingrid Maurer
Rechtsschutz-Schaden

""" + SIG_KS
    return build(n, "Ingrid Maurer <ingrid.maurer@lav-versicherung.example>",
                 "Carmen Ruiz García <carmen.ruizgarcia@correo.example>",
                 "Deckungszusage Rechtsschutz - Ihr Aktenzeichen RS-S-24-020977", body)


@mail("NORMAL", "de", "newsletter", "trap: press release on a multilingual hotline; aggregated call figures, no person")
def m014(n):
    body = """PRESSEMITTEILUNG

LAV startet muttersprachliche Service-Hotline: Versicherung verstehen auf Türkisch,
Polnisch, Russisch, Arabisch und Ukrainisch

Mannheim, 15. April 2024. Die Lindauer Allgemeine Versicherung AG (LAV) erweitert
ihren Kundenservice: Ab dem 2. Mai erreichen Kundinnen und Kunden unter
0621 4480-2200 Beraterinnen und Berater, die Türkisch, Polnisch, Russisch, Arabisch
oder Ukrainisch als Muttersprache sprechen. Italienisch und Spanisch folgen im Herbst.

"Gerade wenn es um Gesundheit, einen Unfall oder einen Todesfall geht, wollen Menschen
ihre Versicherung in ihrer eigenen Sprache verstehen", sagt Beate Rösler,
Vorständin Kunde und Service. Im Pilotbetrieb seit Oktober wurden rund 11.400
Gespräche geführt; am häufigsten ging es um Arztrechnungen aus dem Ausland, den
Kfz-Schadenfall und die Pflegeversicherung.

Ergänzend bietet die LAV Merkblätter in einfacher Sprache und in sieben Sprachen
sowie einen kostenlosen Dolmetscherdienst für Gutachtertermine.

Über die LAV
Die Lindauer Allgemeine Versicherung AG mit Sitz in Mannheim betreut rund 1,2
Millionen Kundinnen und Kunden in der Kranken-, Lebens-, Unfall- und
Sachversicherung.

Pressekontakt: Lena Brandt, presse@lav-versicherung.example, 0621 4480-1050
"""
    return build(n, "LAV Presse <presse@lav-versicherung.example>",
                 "presseverteiler@lav-versicherung.example",
                 "PM: LAV startet muttersprachliche Service-Hotline", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "social-worker", "migration counsellor writes for a client: pregnancy, gestational diabetes, health premium arrears, income")
def m015(n):
    body = """Hallo Herr Brenner,

die Nachricht unten kam von der Migrationsberatung, Einverständniserklärung der
Kundin ist als PDF dabei. Bitte Ruhen der Leistungen prüfen - wegen Schwangerschaft
sollten wir das dringend klären (Notlagentarif?).

Grüße
Sabine Krämer

-------- Weitergeleitete Nachricht --------
Betreff: Frau Rania Saleh, KV-6012-774310 - Beitragsrückstand
Datum: Wed, 10 Apr 2024 11:26:40 +0200
Von: Svenja Hoff <s.hoff@brueckenschlag-ev.example>
An: service@lav-versicherung.example

Sehr geehrte Damen und Herren,

ich bin Sozialarbeiterin in der Migrationsberatung des Brückenschlag e.V. und
schreibe mit Einverständnis von Frau Rania Saleh (Einverständniserklärung anbei).
Frau Saleh spricht Arabisch und etwas Englisch; Deutsch lernt sie im Integrationskurs
(Niveau A2).

Frau Saleh ist seit 2021 selbständig (Änderungsschneiderei) und bei Ihnen privat
krankenversichert. Seit der Pandemie sind ihre Einnahmen stark gesunken, zuletzt
ca. 900 Euro im Monat. Es sind Beiträge von 1.436,80 Euro offen. Sie hat einen Brief
bekommen, dass die Leistungen ruhen, hat ihn aber nicht verstanden.

Frau Saleh ist in der 24. Woche schwanger. Die Frauenärztin hat einen
Schwangerschaftsdiabetes festgestellt, sie muss jetzt Insulin spritzen und
engmaschig kontrolliert werden. Die Praxis fragt, ob die Kosten übernommen werden.

Können Sie uns bitte erklären:
1. Welche Leistungen bekommt sie jetzt noch (Schwangerschaft, Geburt)?
2. Ist eine Ratenzahlung möglich? Sie könnte 60 Euro im Monat zahlen.
3. Können Sie die Briefe an Frau Saleh künftig in einfacher Sprache schreiben?

Mit freundlichen Grüßen
Svenja Hoff
Dipl.-Sozialarbeiterin (FH)
Migrationsberatung für Erwachsene (MBE)
Brückenschlag e.V. | Neckarstadt-West | Tel. 0621 339 40 17
"""
    atts = [("Einverstaendnis_Saleh.pdf", pdf([
        "Einverständniserklärung / Consent / Muwafaqa",
        "",
        "Ich, Rania Saleh, geb. 14.06.1990, erlaube Frau Svenja Hoff (Brückenschlag e.V.),",
        "mit der Lindauer Allgemeine Versicherung AG über meinen Krankenversicherungsvertrag",
        "KV-6012-774310 zu sprechen und Auskünfte zu erhalten, auch über Gesundheitsdaten.",
        "",
        "Mannheim, 09.04.2024            Unterschrift: R. Saleh",
    ], title="Einverständniserklärung"))]
    return build(n, "Sabine Krämer <sabine.kraemer@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "WG: Frau Rania Saleh, KV-6012-774310 - Beitragsrückstand", body, atts=atts)


@mail("NORMAL", "mixed", "insurer-to-customer", "trap: out-of-office reply in German, English and Turkish; no personal data")
def m016(n):
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 26.04.2024 nicht im Büro.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
service@lav-versicherung.example oder 0621 4480-0.

Thank you for your message. I am out of the office until 26 April 2024.
For urgent matters please contact service@lav-versicherung.example or +49 621 4480-0.

Mesajınız için teşekkür ederim. 26.04.2024 tarihine kadar ofiste değilim.
Acil durumlarda lütfen service@lav-versicherung.example adresine yazın veya
0621 4480-2200 numaralı Türkçe hattımızı arayın.

Aylin Demir
Leistungsservice Krankenversicherung
"""
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "m.celik@kutu.example",
                 "Abwesenheitsnotiz / Out of office / Ofis dışındayım: Re: fatura",
                 body, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "motor application: broker's client with birth date, driving licence date, no-claims class")
def m017(n):
    body = """Hi Mehmet,

thanks for the application. Two things are missing before we can issue the eVB:

1. Previous insurer: your client drove in Turkey until 2023. We can only accept the
   no-claims years with a confirmation from the Turkish insurer (hasarsızlık belgesi),
   in English or with a translation. Without it we have to start at SF 1/2.
2. Second driver: please send the driving licence date of the wife.

Data as we have it:
  Policyholder: Burak Doğan, born 11.07.1993, Viernheim
  Driving licence class B since: 19.05.2012 (Turkish licence, converted 02/2024)
  Vehicle: Skoda Octavia Combi, VIN TMBJG7NE4L0123987
  Requested SF class: SF 8 (8 claim-free years according to client)

Regards
Dennis Kowalczyk
Motor Underwriting

> From: Mehmet Öztürk <m.oeztuerk@oeztuerk-finanz.example>
> Subject: Neuantrag Kfz Doğan
>
> Merhaba Dennis, anbei der Antrag für Herrn Doğan. He needs the eVB until Friday,
> Zulassung on Monday. Kolay gelsin! Mehmet
"""
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "Mehmet Öztürk <m.oeztuerk@oeztuerk-finanz.example>",
                 "RE: Neuantrag Kfz Doğan - missing documents", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "travel-cancellation claim with medical reason: mother's heart attack in Russia, Cyrillic certificate")
def m018(n):
    body = """Sehr geehrte Frau Petrova,

wir haben Ihre Unterlagen zur Reiseabbruch-Versicherung (Vertrag RV-8842-019377)
erhalten. Vielen Dank.

Sie mussten Ihre Reise nach Teneriffa am 12.03.2024 abbrechen, weil Ihre Mutter
in Omsk einen Herzinfarkt hatte und ins Krankenhaus kam. Das ist ein versicherter
Grund. Es tut uns leid, dass Ihre Mutter krank ist.

Die Bescheinigung vom Krankenhaus ("справка") ist auf Russisch. Wir brauchen eine
Übersetzung auf Deutsch. Sie können

  a) die Übersetzung bei einem Übersetzer machen lassen (wir zahlen bis 60 Euro), oder
  b) die справка an uns schicken, und wir lassen sie übersetzen. Das dauert etwa
     2 Wochen länger.

Bitte schreiben Sie uns, was Sie möchten.

Mit freundlichen Grüßen / С уважением
Olga Reimer
Reiseversicherung - Leistung

""" + SIG_KS + """

> Здравствуйте, ich schicke справка aus Krankenhaus Nr. 1 Omsk, Mama hatte инфаркт,
> jetzt ist stabil. Flug zurück und Hotel habe ich bezahlt selbst, 1.380 Euro.
> Спасибо, Irina Petrova
"""
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Irina Petrova <irina.petrova@pochta.example>",
                 "Ihre Reiseversicherung RV-8842-019377 - Übersetzung der Bescheinigung", body)


@mail("NORMAL", "de", "internal", "trap: training invitation 'Leichte Sprache' with example sentences on dental bills using placeholders only")
def m019(n):
    body = """Liebe Kolleginnen und Kollegen in der Leistungsbearbeitung,

viele unserer Kundinnen und Kunden lesen Deutsch als Zweitsprache. Unsere Briefe
sind für sie oft schwer zu verstehen. Deshalb bieten wir einen halbtägigen Workshop
"Einfach schreiben im Kundenbrief" an.

Termine: 23.04. / 07.05. / 28.05.2024, jeweils 9:00-12:30 Uhr, Raum C 3.12
Trainerin: Dr. Annette Wolff, Büro für Leichte Sprache Rhein-Neckar

Beispiel aus dem Workshop - vorher:
  "Die von Ihnen eingereichte Liquidation des Zahnarztes kann erst nach Vorlage
   eines Heil- und Kostenplans abschließend geprüft werden."
nachher:
  "Wir haben die Rechnung von Ihrem Zahnarzt bekommen.
   Wir brauchen noch den Plan für die Behandlung. Der Zahnarzt hat diesen Plan.
   Danach können wir die Rechnung bezahlen."

Regeln, die wir üben:
  - ein Gedanke pro Satz, aktive Verben
  - keine Abkürzungen (GOZ, HKP, SB) ohne Erklärung
  - Zahlen als Ziffern, Datum ausgeschrieben
  - Fachwörter einmal erklären: "Diagnose = was der Arzt festgestellt hat"

Die Textbausteine für «Anrede», «Rechnungsdatum» und «Betrag» stellen wir im
Workshop vor; sie ersetzen ab Juni die bisherigen Bausteine LB-017 bis LB-029.

Anmeldung über das Lernportal. Die Teilnahme zählt als Weiterbildung (IDD, 3 Std.).

Viele Grüße
Personalentwicklung
"""
    return build(n, "Personalentwicklung <personalentwicklung@lav-versicherung.example>",
                 "leistung-alle@lav-versicherung.example",
                 "Workshop: Einfach schreiben im Kundenbrief (Leichte Sprache)", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "household policy: new insured address of a named Ukrainian customer, policy number and premium")
def m020(n):
    body = """Sehr geehrter Herr Kovalenko,

Sie sind umgezogen. Wir haben Ihre neue Adresse in Ihrer Hausratversicherung
gespeichert.

Vertrag:            HR-7801-556210
Alte Adresse:       Gemeinschaftsunterkunft, Columbusstraße 8, 68309 Mannheim
Neue Adresse:       Max-Joseph-Straße 23, 3. OG links, 68167 Mannheim
Wohnfläche neu:     54 m²
Versicherungssumme: 35.100 Euro (650 Euro pro m²)
Beitrag neu:        7,90 Euro im Monat (bisher 4,90 Euro)

Der Versicherungsschutz gilt während des Umzugs in beiden Wohnungen, höchstens
2 Monate. Sie müssen nichts unterschreiben.

Вітаю з новою квартирою! (Glückwunsch zur neuen Wohnung!)

Mit freundlichen Grüßen
Heike Sommer
Sachversicherung Privatkunden

""" + SIG_KS
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Dmytro Kovalenko <d.kovalenko@ukrmail.example>",
                 "Neue Adresse in Ihrer Hausratversicherung HR-7801-556210", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: invitation to a community info evening on insurance for families at a Turkish parents' association")
def m021(n):
    body = """Dear Mrs Şahin,

thank you again for inviting us. Here is the proposal for the information evening
with your parents' association:

  Title:     "Sigorta mı? Versicherung einfach erklärt - für Familien"
  Date:      Friday, 24 May 2024, 18:30-20:30
  Place:     Türkischer Elternverein Mannheim e.V., community hall, Neckarauer Str. 110
  Languages: Turkish and German (our colleague Aylin Demir speaks Turkish)
  Topics:    liability insurance for children, household insurance, what to do
             after a car accident, private supplementary health and dental
             insurance, care insurance for parents

We will bring leaflets in Turkish and German and some snacks (börek, ayran).
There will be no selling on the evening - people can make an appointment
afterwards if they want individual advice.

Could you please confirm the date and tell us roughly how many people you expect?
A flyer in both languages is attached as a draft - please check the Turkish text.

Kind regards
Lena Brandt
Corporate Communications / Diversity Team
"""
    html = """<html><body style="font-family:Arial">
<h2>Sigorta mı? Versicherung einfach erklärt</h2>
<p><b>Infoabend für Familien / Aileler için bilgilendirme akşamı</b></p>
<p>Freitag / Cuma, 24.05.2024, 18:30 Uhr<br>Türkischer Elternverein Mannheim e.V.</p>
<ul><li>Haftpflicht für Kinder / Çocuklar için sorumluluk sigortası</li>
<li>Unfall mit dem Auto - was tun? / Trafik kazası - ne yapmalı?</li>
<li>Zahnzusatz und Pflege / Diş ve bakım sigortası</li></ul>
<p>Eintritt frei / Giriş ücretsiz</p></body></html>"""
    atts = [("Flyer_Infoabend_TR_DE_Entwurf.html", html.encode("utf-8"))]
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Derya Şahin <vorstand@tuerk-elternverein-ma.example>",
                 "Information evening 24 May - proposal and flyer draft", body, atts=atts)


@mail("STRICTLY_CONFIDENTIAL", "en", "interpreter", "sole-trader interpreter's invoice forwarded: names the customer and the orthopaedic disability examination; her IBAN")
def m022(n):
    body = """Please pay - interpreting approved by Frank Ostermann (BU claim). Cost centre 4410.
Miriam

-----Original Message-----
From: Elif Yıldız <buero@elif-yildiz-dolmetscht.example>
Sent: Thursday, April 11, 2024 16:05
To: Miriam Haddad <miriam.haddad@lav-versicherung.example>
Subject: Invoice 2024-037 interpreting Mr Çelik

Dear Ms Haddad,

please find my invoice for the interpreting assignment below.

Invoice no. 2024-037, date 11 April 2024
Assignment: interpreting Turkish <-> German, medical examination of Mr Mustafa Çelik
(claim LB-BU-23-004417) at the orthopaedic expert Prof. Dr. Reinholz, Heidelberg,
on 10 April 2024, 09:00-11:30 (examination of shoulders and cervical spine,
functional tests, questions about his work as a warehouse worker)

  2.5 hours x EUR 75.00            EUR 187.50
  travel time 1 hour x EUR 40.00   EUR  40.00
  travel costs 62 km x EUR 0.42    EUR  26.04
  ---------------------------------------------
  total                            EUR 253.54
  (exempt from VAT, small business, § 19 UStG)

Please transfer to: Elif Yıldız, IBAN DE14 6242 1750 2373 3203 87
Tax number 37010/45678

Kind regards / Saygılarımla
Elif Yıldız
publicly appointed and sworn interpreter (Turkish), Regional Court Mannheim
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "kreditoren@lav-versicherung.example",
                 "FW: Invoice 2024-037 interpreting Mr Çelik", body)


@mail("NORMAL", "de", "internal", "trap: medical glossary DE/TR/PL/RU/UK/AR for the call centre (xlsx), vocabulary only")
def m023(n):
    body = """Hallo zusammen,

anbei die überarbeitete Glossar-Liste für die muttersprachliche Hotline. Neu sind
die Zeilen 41-58 (Zahnmedizin und Pflege). Bitte nur diese Version verwenden, die
alte Liste vom Oktober hatte Fehler bei den ukrainischen Begriffen.

Wichtig: Das Glossar ist eine Hilfe für Begriffe. Es ersetzt keine medizinische
Auskunft - Fragen zu Diagnosen bitte weiter an die Beratungsärztin.

Gruß
Olga Reimer
Teamleitung muttersprachlicher Service
"""
    rows = [["Deutsch", "Türkçe", "Polski", "Русский", "Українська", "Arabic (translit.)", "Hinweis"],
            ["Arztrechnung", "doktor faturası", "rachunek od lekarza", "счёт от врача", "рахунок від лікаря", "fatura at-tabib", ""],
            ["Krankenhaus", "hastane", "szpital", "больница", "лікарня", "mustashfa", ""],
            ["Entlassungsbericht", "epikriz raporu", "karta informacyjna / wypis", "выписка", "виписка", "taqrir al-khuruj", "wichtig für Erstattung"],
            ["Rezept", "reçete", "recepta", "рецепт", "рецепт", "wasfa tibbiya", ""],
            ["Diagnose", "teşhis / tanı", "diagnoza / rozpoznanie", "диагноз", "діагноз", "tashkhis", ""],
            ["Vorerkrankung", "önceki hastalık", "choroba przewlekła / wcześniejsza", "предшествующее заболевание", "попереднє захворювання", "marad sabiq", "Antrag, Gesundheitsfragen"],
            ["Wartezeit", "bekleme süresi", "okres karencji", "период ожидания", "період очікування", "fatrat al-intizar", ""],
            ["Zahnersatz", "diş protezi", "protetyka zębowa", "зубное протезирование", "зубне протезування", "taqwim al-asnan", "Zeile 41 ff."],
            ["Heil- und Kostenplan", "tedavi ve maliyet planı", "plan leczenia i kosztorys", "план лечения и смета", "план лікування і кошторис", "khuttat al-ilaj", ""],
            ["Pflegegrad", "bakım derecesi", "stopień opieki", "степень ухода", "ступінь догляду", "darajat ar-ri'aya", ""],
            ["Schweigepflichtentbindung", "hekimlik gizliliği muafiyeti", "zwolnienie z tajemnicy lekarskiej", "освобождение от врачебной тайны", "звільнення від лікарської таємниці", "i'fa' min as-sirr at-tibbi", "immer schriftlich"],
            ["Beitrag", "prim", "składka", "взнос", "внесок", "qist", ""],
            ["Selbstbeteiligung", "katılım payı", "udział własny", "франшиза", "франшиза", "musahama dhatiya", ""]]
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "hotline-muttersprachlich@lav-versicherung.example",
                 "Glossar Hotline V3 (DE-TR-PL-RU-UK-AR)", body,
                 atts=[("Glossar_Hotline_V3.xlsx", xlsx(rows, "Glossar"))])


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "motor no-claims transfer from an Italian insurer: named customer, plate, SF class, premium; German and Italian")
def m024(n):
    body = """Sehr geehrte Frau Bianchi,
gentile signora Bianchi,

wir haben Ihre "attestazione dello stato del rischio" von der Assicurazioni
Adriatica bekommen. Danke!
abbiamo ricevuto la Sua attestazione dello stato del rischio. Grazie!

Ergebnis / Risultato:
  Classe di merito CU 1 (Italien) -> bei uns: SF-Klasse 12
  Fahrzeug / Veicolo: Fiat 500X, Kennzeichen / targa HD-FB 2290
  Vertrag / Polizza: KH-24-0573812
  Neuer Beitrag / nuovo premio: 412,60 Euro im Jahr (bisher 893,20 Euro)

Die zu viel gezahlten 480,60 Euro überweisen wir in den nächsten Tagen auf Ihr Konto.
Restituiremo la differenza di 480,60 euro sul Suo conto nei prossimi giorni.

Einen neuen Versicherungsschein bekommen Sie mit der Post.
Riceverà il nuovo certificato di assicurazione per posta.

Cordiali saluti / Mit freundlichen Grüßen
Marco Esposito
Kfz-Vertrag / Servizio clienti in italiano

""" + SIG_KS
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Francesca Bianchi <francesca.bianchi@posta-it.example>",
                 "SF-Klasse / classe di merito - Vertrag KH-24-0573812", body)


@mail("NORMAL", "de", "internal", "trap: letter template on translating foreign doctors' bills, only «placeholders»")
def m025(n):
    body = """Hallo Team,

hier der neue Textbaustein LB-031 zur Freigabe durch Recht und Datenschutz. Er
ersetzt LB-012 ("Anforderung beglaubigte Übersetzung"), der zu kompliziert war.

--- Entwurf LB-031 ---------------------------------------------------------
Betreff: Ihre Rechnung aus «Land» vom «Rechnungsdatum»

«Anrede»,

danke für Ihre Rechnung aus «Land».

Die Rechnung ist auf «Sprache». Wir können sie nur bezahlen, wenn wir sie
verstehen. Deshalb brauchen wir eine Übersetzung auf Deutsch oder Englisch.

So geht es:
  - Rechnungen bis 500 Euro: Sie können selbst übersetzen. Schreiben Sie zu jeder
    Zeile: Was wurde gemacht? Was hat es gekostet?
  - Rechnungen über 500 Euro und Arztberichte: Bitte lassen Sie die Übersetzung
    bei einem Übersetzungsbüro machen. Wir zahlen dafür bis «Höchstbetrag» Euro.

Haben Sie Fragen? Rufen Sie uns an: «Telefon Team». Wir sprechen auch «Sprachen Team».

Mit freundlichen Grüßen
«Sachbearbeiter»
----------------------------------------------------------------------------

Bitte Feedback bis Mittwoch. Die Übersetzungen des Bausteins (TR, PL, RU, UK, AR)
beauftrage ich, sobald der deutsche Text steht.

Gruß Thomas
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "leistung-kv-team2@lav-versicherung.example",
                 "Textbaustein LB-031 Übersetzung ausländischer Rechnungen - Entwurf", body,
                 cc="datenschutz@lav-versicherung.example")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "dental supplementary insurance: treatment plan from a Polish dentist (implant, crowns), named customer")
def m026(n):
    body = """Sehr geehrte Frau Szymańska,

danke für den Kostenvoranschlag von Ihrer Zahnärztin in Rzeszów (Gabinet
Stomatologiczny Dr. Marta Lis). Wir haben ihn mit der Übersetzung geprüft.

Ihr Vertrag: Zahnzusatz ZZ-Premium, Nr. ZZ-3390-118406

Geplant ist:
  - 1 Implantat Zahn 36 mit Krone              6.200 PLN
  - 2 Kronen (Vollkeramik) Zahn 35 und 37      3.400 PLN
  - Knochenaufbau (Sinuslift)                  2.100 PLN
  Zusammen                                    11.700 PLN (ca. 2.700 Euro)

Das zahlen wir: 80 % von den Kosten, also ca. 2.160 Euro. Die Behandlung im
Ausland (in der EU) ist versichert.

Wichtig: Bitte schicken Sie uns nach der Behandlung
  1. die Rechnung (faktura) mit den Zahnnummern,
  2. das Röntgenbild nach der Behandlung (zdjęcie RTG),
  3. eine einfache Übersetzung - die können Sie selbst machen oder Ihre Zahnärztin.

Powodzenia i dużo zdrowia!
Mit freundlichen Grüßen

Katarzyna Nowak-Berg
Leistungsservice Zahn

""" + SIG_KS
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Lidia Szymańska <lidia.szymanska@poczta.example>",
                 "Ihr Kostenvoranschlag Zahnbehandlung - Zusage", body)


@mail("NORMAL", "en", "newsletter", "trap: customer newsletter warning about phishing asking for IBAN and health data; no person")
def m027(n):
    text = """Lindauer Allgemeine - Customer News, April 2024

WARNING: fake messages in our name

Some customers received SMS and WhatsApp messages in Turkish, Russian and English,
"from LAV", asking them to confirm their IBAN, their date of birth or their
"health data for the new contract" on a website.

These messages are NOT from us.
  - We never ask for your IBAN, PIN or password by SMS or WhatsApp.
  - We never ask for health information by SMS.
  - Our only websites end in lav-versicherung.example.

If you clicked the link: please call your bank and our service line 0621 4480-0.

Also in this issue:
  * New: service line in Turkish, Polish, Russian, Arabic and Ukrainian
  * Travelling home this summer? What your travel health insurance covers
  * Your car: what to do after an accident abroad (European Accident Statement)

You receive this newsletter because you subscribed to it. Unsubscribe:
https://newsletter.lav-versicherung.example/unsubscribe
"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h1 style="color:#003a70">Customer News &ndash; April 2024</h1>
<div style="border:2px solid #c00;padding:8px"><h2>WARNING: fake messages in our name</h2>
<p>Some customers received SMS and WhatsApp messages in Turkish, Russian and English, &quot;from LAV&quot;,
asking them to confirm their IBAN, their date of birth or their &quot;health data for the new contract&quot;.</p>
<p><b>These messages are NOT from us.</b></p>
<ul><li>We never ask for your IBAN, PIN or password by SMS or WhatsApp.</li>
<li>We never ask for health information by SMS.</li>
<li>Our only websites end in lav-versicherung.example.</li></ul></div>
<h3>Also in this issue</h3>
<ul><li>New: service line in Turkish, Polish, Russian, Arabic and Ukrainian</li>
<li>Travelling home this summer? What your travel health insurance covers</li>
<li>Your car: what to do after an accident abroad</li></ul>
<p style="font-size:11px"><a href="https://newsletter.lav-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return build(n, "LAV Newsletter <newsletter@lav-versicherung.example>",
                 "newsletter-en@lists.lav-versicherung.example",
                 "Customer News: beware of fake SMS asking for your IBAN", text, html=html,
                 headers={"List-Unsubscribe": "<https://newsletter.lav-versicherung.example/unsubscribe>",
                          "Precedence": "bulk"})


@mail("CONFIDENTIAL", "en", "customer", "bicycle theft under household policy: named customer's own mail forwarded, policy number, police file, bike value")
def m028(n):
    body = """Heike, for you - Fahrraddiebstahl, Hausrat mit Fahrradklausel. Police report is
attached in the customer's system entry. Customer wants answer in English.
Jonas

---------- Forwarded message ---------
From: Javier Morales <javi.morales@correo.example>
Date: Fri, 12 Apr 2024 at 07:51
Subject: my bike is stolen!!
To: service@lav-versicherung.example

Hola,
this morning my bicycle is gone, it was locked in the backyard of my building
(Lange Rötterstraße 41, Mannheim). The lock is cut. Qué rabia...
It is a Cube Kathmandu e-bike, bought in 2022 for 3.149 Euro, I have the invoice.
Police report number: ST/0418833/2024, Polizeirevier Mannheim-Neckarstadt.

My household insurance is HR-7745-209931. Do I get the money back? What do I need
to send you?

Gracias,
Javier Morales
"""
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Fwd: my bike is stolen!!", body)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer", "daily sickness allowance: named customer's incapacity for work with lumbar disc diagnosis, German and Russian paragraphs")
def m029(n):
    body = """Sehr geehrter Herr Wagner,
уважаемый господин Вагнер,

wir haben Ihre Arbeitsunfähigkeitsbescheinigung bekommen.
Мы получили Ваш больничный лист.

Krankentagegeld-Vertrag / договор: KT-2207-448901
Arbeitsunfähig / нетрудоспособен: seit / с 25.03.2024
Diagnose laut Arzt / диагноз: M51.1 (Bandscheibenvorfall mit Ischias / грыжа диска с ишиасом)
Krankentagegeld / суточные: 95,00 Euro pro Tag ab dem 43. Tag (ab 06.05.2024)

Bitte schicken Sie uns alle 14 Tage eine neue Bescheinigung von Ihrem Arzt.
Пожалуйста, присылайте нам каждые 14 дней новую справку от врача.

Ihr Arbeitgeber zahlt bis zum 05.05.2024 Ihren Lohn weiter. Danach zahlen wir.
Работодатель платит зарплату до 05.05.2024. После этого платим мы.

Gute Besserung! / Выздоравливайте!

Olga Reimer
Leistungsservice Krankenversicherung

""" + SIG_KS
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Nikolai Wagner <n.wagner@pochta.example>",
                 "Krankentagegeld / больничные - Vertrag KT-2207-448901", body)


@mail("NORMAL", "de", "insurer-to-partner", "trap: logistics for an info booth at a Polish cultural association's street festival; organiser contact only")
def m030(n):
    body = """Hallo Frau Dąbrowska,

vielen Dank für die Zusage für unseren Stand beim Stadtteilfest "Polska na Neckarstadt"
am Samstag, 8. Juni. Kurz die Eckdaten, damit wir alles richtig planen:

  Standfläche 3 x 3 m, Nr. 14 (neben dem Kuchenstand), Strom 230 V - passt.
  Aufbau ab 9:00 Uhr, Abbau bis 19:00 Uhr.
  Wir bringen: Pavillon, Stehtisch, Flyer auf Polnisch und Deutsch,
  Kinderschminken und das Glücksrad (Preise: Trinkflaschen, Fahrradklingeln).

Zwei Kolleginnen vom polnischsprachigen Service sind den ganzen Tag da. Wir
beraten nicht zu einzelnen Verträgen vor Ort, sondern vereinbaren nur Termine.

Die Standgebühr (120 Euro) überweisen wir nach Rechnung an den Verein.

Do zobaczenia w czerwcu!
Katarzyna Nowak-Berg
für das Veranstaltungsteam der LAV
"""
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Ewa Dąbrowska <info@polski-klub-mannheim.example>",
                 "Stand beim Stadtteilfest am 8. Juni - Eckdaten", body)


@mail("CONFIDENTIAL", "de", "broker", "attachment-only: broker's xlsx of new household clients with birth dates and addresses; body harmless")
def m031(n):
    body = """Hallo Antragsteam,

bitte die Anträge aus der Liste anlegen (Makler Kowalski, VM-Nr. 40-11872).

Danke
Jonas

-----Ursprüngliche Nachricht-----
Von: Piotr Kowalski <biuro@kowalski-versicherungen.example>
Gesendet: Montag, 15. April 2024 09:03
An: makler@lav-versicherung.example
Betreff: Neuanträge Hausrat April

Dzień dobry, guten Tag,
anbei wie besprochen die Liste. Alle wollen Beginn 01.05.
Pozdrawiam
Piotr Kowalski
Ubezpieczenia & Versicherungen Kowalski
"""
    rows = [["Name", "Vorname", "geb.", "Straße", "PLZ Ort", "m²", "Tarif", "Beginn", "Zahlweise"],
            ["Lewandowski", "Marek", "17.01.1988", "Käfertaler Str. 190", "68167 Mannheim", 62, "Hausrat Komfort", "01.05.2024", "monatl."],
            ["Lewandowska", "Beata", "02.11.1990", "Käfertaler Str. 190", "68167 Mannheim", 62, "(mitvers. Partnerin)", "", ""],
            ["Grabowski", "Paweł", "28.04.1979", "Rheinauer Ring 7", "68219 Mannheim", 78, "Hausrat Premium", "01.05.2024", "jährl."],
            ["Mazur", "Katarzyna", "09.09.1996", "Weinheimer Str. 33a", "68309 Mannheim", 41, "Hausrat Basis", "01.05.2024", "monatl."]]
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "antrag-sach@lav-versicherung.example",
                 "WG: Neuanträge Hausrat April", body,
                 atts=[("Neuantraege_Hausrat_April_Kowalski.xlsx", xlsx(rows, "April"))])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "life insurance beneficiary change for a named customer (personal line, no medical word)")
def m032(n):
    body = """Dear Ms Greco,

we have received your signed form. From today, the beneficiary in case of death
for your term life insurance LV-88-102447 is:

  Matteo Greco (your son), born 14.08.2015 - 100 %

until now: Andrea Colombo (former partner) - 100 %

Because Matteo is a minor, the money would be paid to his legal guardian until he
is 18. If you want to name a trustee instead, please tell us; we will send you the
form in English or Italian.

The sum insured (EUR 150,000) and the premium (EUR 18.90 per month) do not change.

Kind regards / Cordiali saluti
Marco Esposito
Life Insurance Customer Service

""" + SIG_EN
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Valentina Greco <vale.greco@posta-it.example>",
                 "Your life insurance LV-88-102447 - change of beneficiary confirmed", body)


@mail("NORMAL", "de", "internal", "trap: data-protection FAQ on relatives, interpreters and social workers writing for customers; generic")
def m033(n):
    body = """Liebe Kolleginnen und Kollegen,

aus der Hotline kommen viele Fragen dazu, wer für Kundinnen und Kunden schreiben
darf. Hier die abgestimmten Antworten (Datenschutz, Recht, Leistung), Stand 04/2024:

1. Der Sohn schreibt für die Mutter. Dürfen wir antworten?
   Nur mit schriftlicher Vollmacht oder Einwilligung der Kundin. Bei Gesundheitsdaten
   muss die Einwilligung ausdrücklich auch Gesundheitsdaten umfassen. Ohne Vollmacht:
   freundlich antworten, dass wir der Kundin direkt schreiben.

2. Eine Sozialarbeiterin der Migrationsberatung ruft an.
   Wie 1. Sozialarbeiter unterliegen selbst der Schweigepflicht (§ 203 StGB), das
   ersetzt aber nicht die Einwilligung unserer Kundin.

3. Die Kundin bringt eine Dolmetscherin zum Telefonat mit.
   Erlaubt, wenn die Kundin am Telefon zustimmt. Im Gesprächsvermerk festhalten.

4. Dürfen wir ausländische Arztberichte per normaler E-Mail an das Übersetzungsbüro
   schicken?
   Nein. Nur über das SecureMail-Portal (Rahmenvertrag mit AV-Vertrag nach Art. 28).

5. Die Kundin möchte die Antwort auf Türkisch/Polnisch/Russisch.
   Gern telefonisch. Schriftliche Bescheide bleiben deutsch; wir legen eine
   einfache Erklärung in der Wunschsprache bei, wenn ein Textbaustein existiert.

6. Darf ich im System "spricht kein Deutsch" vermerken?
   Ja, als Kommunikationspräferenz "Sprache: TR/PL/RU/UK/AR/IT/ES". Keine Angaben zu
   Herkunft, Religion oder Aufenthaltsstatus.

Bei Fragen: datenschutz@lav-versicherung.example

Dr. Martina Feld
Datenschutzbeauftragte
"""
    return build(n, "Dr. Martina Feld <martina.feld@lav-versicherung.example>",
                 "kundenservice-alle@lav-versicherung.example",
                 "FAQ Datenschutz: Angehörige, Dolmetscher, Sozialarbeiter", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "accident insurance disability benefit: named customer, knee injury, leg-value percentage, payout")
def m034(n):
    body = """Sehr geehrte Frau Bouzid,

das ärztliche Gutachten von Dr. Klein liegt uns jetzt vor. Wir können Ihren
Unfall vom 14.06.2023 abrechnen.

Ihre Unfallversicherung: UV-2231-907714
Verletzung: Riss vom vorderen Kreuzband und Meniskus im linken Knie (Sturz auf der
Treppe)

Was der Gutachter sagt:
  Ihr linkes Knie ist dauerhaft nicht mehr ganz beweglich.
  Das Bein hat 2/10 seiner Funktion verloren ("2/10 Beinwert").

Wie rechnen wir?
  Beinwert bis über das Knie:      60 %
  davon 2/10:                       12 % Invalidität
  Ihre Versicherungssumme:       100.000 Euro
  Ihre Leistung:                  12.000 Euro

Wir überweisen 12.000 Euro in den nächsten 5 Arbeitstagen auf Ihr Konto.

Wenn Sie mit dem Ergebnis nicht einverstanden sind, können Sie innerhalb von
3 Jahren eine neue Untersuchung verlangen.

Mit freundlichen Grüßen / Bien cordialement
Uwe Scholz
Unfall-Leistung

""" + SIG_KS
    return build(n, "Uwe Scholz <uwe.scholz@lav-versicherung.example>",
                 "Samira Bouzid <samira.bouzid@courriel.example>",
                 "Ihr Unfall vom 14.06.2023 - Abrechnung Invaliditätsleistung", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "travel baggage claim without health content: named customer, policy and claim number, lost suitcase contents")
def m035(n):
    body = """Dear Ms Fernández,

thank you for your claim for your lost suitcase (flight Madrid - Frankfurt,
20 March 2024). Your claim number is RG-24-003318 (travel policy RV-8850-224106).

We have checked the airline's Property Irregularity Report (PIR FRAIB45821).
The airline has paid you EUR 350. We pay the rest of the value of the contents:

  clothes and shoes (2-3 years old, 60 % of new price)    EUR 516.00
  hair dryer                                              EUR  28.00
  gifts (turrón, ham, olive oil)                          EUR  64.00
  minus payment from airline                             -EUR 350.00
  ------------------------------------------------------------------
  we pay                                                  EUR 258.00

We will transfer the money to the account we have on file for you (ending ...4418).

Un saludo cordial / kind regards
Heike Sommer
Travel Insurance Claims

""" + SIG_EN
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Lucía Fernández <lucia.fernandez@correo.example>",
                 "Your lost suitcase - claim RG-24-003318", body)


@mail("NORMAL", "en", "insurer-to-supplier", "trap: request for proposal for a video-interpreting platform; medical appointments only as use case")
def m036(n):
    body = """Dear Sir or Madam,

Lindauer Allgemeine Versicherung AG is looking for a provider of remote video
interpreting for customer calls and assessor appointments. We invite you to send
a proposal by 17 May 2024.

Scope
  - languages: Turkish, Polish, Russian, Ukrainian, Arabic (Levantine and Maghreb),
    Italian, Spanish, Farsi, Romanian; German Sign Language as an option
  - volume: approx. 350 sessions per month, average 25 minutes
  - use cases: claims hotline, medical examinations by our consulting doctors and
    external assessors, explaining rejection letters, bereavement calls
  - availability: Mon-Fri 8:00-18:00, interpreter connected within 60 seconds

Requirements
  - hosting in the EU, no recording by default, ISO/IEC 27001
  - interpreters bound by confidentiality; for medical sessions: experience with
    medical terminology
  - data processing agreement under Art. 28 GDPR
  - integration with our telephony (SIP) or browser-based without installation

Please include prices per minute and any minimum fees, references from the
insurance or healthcare sector and a short test access.

Questions until 3 May to einkauf@lav-versicherung.example (reference RFP-2024-017).

Kind regards
Procurement
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "LAV Einkauf <einkauf@lav-versicherung.example>",
                 "sales@videodolmetschen.example",
                 "RFP-2024-017 Remote video interpreting - invitation to tender", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor", "GP's certificate for a patient with limited German, forwarded: depression F32.1, medication, incapacity")
def m037(n):
    body = """z.K. und zur Akte KT-2219-330087 - Bescheinigung kam per Fax und Mail.

Beste Grüße
Thomas Brenner

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. med. Leyla Öztürk-Lange <praxis@hausarzt-jungbusch.example>
Gesendet: Dienstag, 16. April 2024 12:47
An: leistung-kv@lav-versicherung.example
Betreff: Ärztliche Bescheinigung Herr Hüseyin Aksoy, geb. 05.10.1971

Sehr geehrte Damen und Herren,

auf Wunsch meines Patienten, Herrn Hüseyin Aksoy, geb. 05.10.1971, bestätige ich
für die Krankentagegeldversicherung Folgendes:

Herr Aksoy ist seit dem 19.02.2024 durchgehend arbeitsunfähig.
Diagnose: F32.1 G (mittelgradige depressive Episode), F51.0 G (Schlafstörung).
Therapie: Sertralin 100 mg 1-0-0, psychiatrische Mitbehandlung (Dr. Brandl,
Termin 03.05.), Gesprächstherapie auf Türkisch ist beantragt - Wartezeit ca. 4 Monate.

Herr Aksoy versteht Deutsch im Alltag, aber Behördenbriefe kann er nicht lesen. Er
hat mich gebeten, die Briefe zu erklären. Bitte schreiben Sie ihm in einfacher
Sprache oder rufen Sie ihn mit Dolmetscher an.

Voraussichtliche Dauer der AU: mindestens bis 31.05.2024.

Mit freundlichen Grüßen
Dr. med. Leyla Öztürk-Lange
Fachärztin für Allgemeinmedizin | Hausarztpraxis Jungbusch, Mannheim
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "akte-kv-eingang@lav-versicherung.example",
                 "WG: Ärztliche Bescheinigung Herr Hüseyin Aksoy, geb. 05.10.1971", body)


@mail("NORMAL", "de", "newsletter", "trap: job advert for claims handlers with Turkish or Arabic skills; health-insurance vocabulary, no person")
def m038(n):
    body = """Stellenausschreibung intern und extern - Kennziffer 2024-113

Sachbearbeiter/in Leistung Krankenversicherung (m/w/d)
mit Türkisch- oder Arabischkenntnissen
Mannheim | Vollzeit oder Teilzeit (ab 25 Std.) | unbefristet

Ihre Aufgaben
  - Sie prüfen Arzt-, Zahnarzt- und Krankenhausrechnungen aus dem In- und Ausland
  - Sie erklären Kundinnen und Kunden am Telefon Leistungsentscheidungen in ihrer
    Sprache
  - Sie arbeiten eng mit unseren Beratungsärztinnen und dem Übersetzungsbüro zusammen

Ihr Profil
  - Ausbildung zur/zum Kauffrau/-mann für Versicherungen und Finanzanlagen oder
    Medizinische/r Fachangestellte/r
  - Türkisch oder Arabisch auf muttersprachlichem Niveau, Deutsch sicher (C1)
  - Kenntnisse in GOÄ/GOZ sind ein Plus

Wir bieten: 38-Std.-Woche, mobiles Arbeiten bis 60 %, Jobrad, betriebliche
Krankenversicherung, Sprachzulage.

Bewerbung bis 31.05.2024 über karriere.lav-versicherung.example
Ansprechpartnerin: Nadine Fuchs, Personalgewinnung, 0621 4480-1770
"""
    return build(n, "LAV Karriere <karriere@lav-versicherung.example>",
                 "stellenboerse@jobportal-rhein-neckar.example",
                 "Stellenanzeige 2024-113 Sachbearbeitung Leistung KV (Türkisch/Arabisch)", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "private liability: son's football broke neighbour's window, nobody hurt; named customer, claim number")
def m039(n):
    body = """Sehr geehrter Herr Aydın,

Sie haben uns geschrieben: Ihr Sohn Can (11 Jahre) hat beim Fußballspielen im Hof
die Fensterscheibe von Ihrem Nachbarn, Herrn Roth, kaputt gemacht. Verletzt wurde
niemand.

Ihre Privathaftpflicht (PH-6633-190844) zahlt den Schaden.
Schadennummer: 24-HS-071355

So geht es weiter:
  1. Herr Roth soll die Rechnung vom Glaser direkt an uns schicken.
  2. Wir zahlen an Herrn Roth.
  3. Sie müssen nichts bezahlen. Es gibt bei Ihrem Vertrag keine Selbstbeteiligung.

Geben Sie Herrn Roth bitte diese E-Mail oder die Schadennummer.

Geçmiş olsun - und viel Spaß weiter beim Fußball!

Mit freundlichen Grüßen
Aylin Demir
Haftpflicht-Schaden

""" + SIG_KS
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Kemal Aydın <kemal.aydin@kutu.example>",
                 "Fensterscheibe Nachbar - Ihre Schadennummer 24-HS-071355", body)


@mail("NORMAL", "mixed", "insurer-to-customer", "trap: portal notification in German, English and Polish, no content")
def m040(n):
    body = """Sie haben eine neue Nachricht in Ihrem LAV-Postfach.
Bitte melden Sie sich an: https://securemail.lav-versicherung.example

You have a new message in your LAV mailbox.
Please log in: https://securemail.lav-versicherung.example

Masz nową wiadomość w swojej skrzynce LAV.
Zaloguj się: https://securemail.lav-versicherung.example

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
This e-mail was generated automatically. Please do not reply.
Ta wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.
"""
    return build(n, "LAV SecureMail <no-reply@securemail.lav-versicherung.example>",
                 "b.lewandowska@poczta.example",
                 "Neue Nachricht / New message / Nowa wiadomość", body,
                 headers={"Auto-Submitted": "auto-generated"})


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier", "translation order to agency with excerpt of a Polish hospital discharge letter: named patient, cholecystectomy")
def m041(n):
    body = """Dear Ms Kaminski,

please translate the attached discharge letter from Polish into German
(certified not needed, plain translation is enough). Deadline: 26 April.

Order no.: UE-2024-0412
Cost centre: 4320 (Health claims)
Patient / our insured: Mr Tomasz Zieliński, KV-4490-551208

For your estimate, the document has 3 pages. First lines, so you can see the
terminology:

  "KARTA INFORMACYJNA LECZENIA SZPITALNEGO
   Szpital Wojewódzki nr 2 w Rzeszowie, Oddział Chirurgii Ogólnej
   Pacjent: Tomasz Zieliński, PESEL 8603xxxxxxx
   Rozpoznanie: Kamica pęcherzyka żółciowego z ostrym zapaleniem (K80.0)
   Zabieg: Cholecystektomia laparoskopowa (15.03.2024)
   Zalecenia: dieta lekkostrawna, kontrola w poradni chirurgicznej za 2 tygodnie"

The full document is in the SecureMail portal under the order number.

Thanks and best regards
Thomas Brenner
Health Claims
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "Joanna Kaminski <j.kaminski@linguabruecke.example>",
                 "Translation order UE-2024-0412 (PL>DE, discharge letter)", body)


@mail("CONFIDENTIAL", "de", "relative", "daughter writes for her father: water damage in his house, birth date, IBAN; forwarded to property claims")
def m042(n):
    body = """Hallo Heike,

Leitungswasserschaden Wohngebäude WG-5501-338102, Meldung kam von der Tochter.
Vollmacht fehlt noch, habe ich angefordert. Bitte trotzdem schon Sanierer
beauftragen, es tropft noch.

Jonas

---------- Weitergeleitete Nachricht ----------
Von: Natalia Becker <natalia.becker@webpost.example>
Datum: 17.04.2024, 22:10
Betreff: Wasserschaden bei meinem Vater Viktor Schmidt
An: schaden@lav-versicherung.example

Guten Abend,

ich schreibe für meinen Vater, Viktor Schmidt, geb. 21.12.1949, Versicherung für
sein Haus Nr. WG-5501-338102. Папа плохо пишет по-немецки, deshalb schreibe ich.

Heute ist im Bad im 1. Stock ein Rohr kaputt gegangen. Das Wasser ist durch die
Decke in die Küche gelaufen. Die Decke ist nass und es riecht schon. Ein
Installateur (Firma Heß) hat das Rohr provisorisch repariert.

Adresse: Am Rebenhang 6, 69469 Weinheim

Bitte das Geld auf das Konto von meinem Vater überweisen:
Viktor Schmidt, IBAN DE24 8076 8678 1726 0226 40

Mein Vater ist tagsüber zu Hause, Tel. 06201 558230, aber bitte langsam sprechen.
Oder mich anrufen: 0157 22948301.

Vielen Dank
Natalia Becker
"""
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "WG: Wasserschaden bei meinem Vater Viktor Schmidt", body)


@mail("NORMAL", "de", "internal", "trap: aggregated statistics of foreign medical bills per country and quarter (csv); no person")
def m043(n):
    body = """Hallo Frau Lindqvist, hallo Thomas,

wie gewünscht die Auswertung der Auslandsbelege Q1/2024 für die Planung des
Übersetzungsbudgets. Nur aggregiert, Länder mit weniger als 10 Belegen unter
"Sonstige" zusammengefasst.

Auffällig: Türkei und Polen zusammen 58 % aller Belege, Zahnbehandlung in Polen
und Ungarn steigt weiter (+22 % zum Vorjahresquartal). Die durchschnittliche
Bearbeitungszeit bei Belegen mit Übersetzung liegt bei 23 Tagen (ohne: 6 Tage).

Gruß
Controlling Leistung
"""
    rows = [["Land", "Belege", "davon ambulant", "davon stationaer", "davon Zahn", "Summe EUR", "mit Uebersetzung", "Bearbeitungstage"],
            ["Tuerkei", 1184, 702, 219, 263, "612.880", 941, 24],
            ["Polen", 903, 310, 88, 505, "877.150", 688, 21],
            ["Italien", 241, 160, 37, 44, "143.900", 112, 19],
            ["Spanien", 228, 171, 29, 28, "131.470", 66, 15],
            ["Ukraine", 196, 121, 42, 33, "58.310", 189, 31],
            ["Russland", 104, 63, 18, 23, "41.020", 99, 33],
            ["Ungarn", 97, 11, 2, 84, "129.880", 80, 20],
            ["Sonstige", 338, 204, 61, 73, "210.400", 175, 22],
            ["Summe", 3291, 1742, 496, 1053, "2.205.010", 2350, 23]]
    return build(n, "Controlling Leistung <controlling-leistung@lav-versicherung.example>",
                 "Dr. Petra Lindqvist <petra.lindqvist@lav-versicherung.example>",
                 "Auswertung Auslandsbelege Q1/2024", body,
                 cc="Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 atts=[("Auslandsbelege_Q1_2024.csv", csvdata(rows, enc="cp1252"), "application/vnd.ms-excel")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "health insurance application of a Ukrainian refugee: type 2 diabetes, HbA1c, risk surcharge")
def m044(n):
    body = """Dear Ms Bondarenko,

thank you for your application for private health insurance (application
KV-A-2024-031140) and for the medical documents from Kharkiv and Mannheim.

You told us in the health questions that you have type 2 diabetes since 2019 and
take metformin 1000 mg twice a day. Your last HbA1c (03/2024, Dr. Berger,
Mannheim) was 6.8 %. There are no complications in the eyes or kidneys.

We can accept your application with a risk surcharge:

  tariff Komfort 300, monthly premium          EUR 412.30
  risk surcharge for diabetes (+25 %)          EUR 103.08
  total per month                              EUR 515.38

Start of insurance: 1 June 2024. There is no exclusion - diabetes treatment,
medicines and check-ups are fully insured.

Please sign the attached acceptance letter if you agree. If you want the letter
explained in Ukrainian, call our service line 0621 4480-2200 (press 5).

З повагою / kind regards
Olga Reimer
Health Underwriting

""" + SIG_EN
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Halyna Bondarenko <halyna.bondarenko@ukrmail.example>",
                 "Your health insurance application KV-A-2024-031140 - our offer", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "windscreen damage under partial cover: named customer, plate, claim number, repair shop")
def m045(n):
    body = """Dear Mr Mansour,

your windscreen claim is approved.

Claim number: 24-KG-040981
Car: Toyota Corolla, registration MA-KM 808 (policy KH-23-0448170)
Damage: stone chip, crack 30 cm, 15 April 2024 on the A6

You can go directly to one of our partner workshops, e.g. Glasprofi Mannheim,
Industriestraße 12. The workshop sends the invoice to us. You pay only your
excess of EUR 150 at the workshop.

Shukran for your quick report.

Kind regards
Dennis Kowalczyk
Motor Claims

""" + SIG_EN
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "Karim Mansour <karim.mansour@bareed.example>",
                 "Windscreen claim 24-KG-040981 approved", body)


@mail("NORMAL", "en", "insurer-to-customer", "trap: prospect asks about family dental insurance; answered with generic product information only")
def m046(n):
    body = """Dear Ms Nasser,

thank you for your interest in our dental insurance. Here are the most important
points in simple English:

  ZahnPlus Family
  - pays 90 % for dental prostheses (crowns, bridges, implants)
  - pays 100 % for professional teeth cleaning, up to EUR 150 per year
  - children: orthodontics (braces) up to EUR 2,000 if it starts before age 18
  - no waiting time for accidents; 8 months for prostheses
  - price examples: child EUR 9.90, adult 30 years EUR 21.40 per month

Treatments that were already planned or started before the contract are not
insured. The application asks a few questions about missing teeth - the answers
decide if we can accept.

You can apply online or make an appointment with us - in Arabic too, if you
prefer. The product leaflet in English is attached.

Kind regards
Miriam Haddad
Customer Service

""" + SIG_EN + """

> Hello, I have 3 kids and my husband. Do you have dental insurance for families?
> How much it costs? Thank you, Noura Nasser
"""
    leaflet = pdf(["ZahnPlus Family - product information (EN)",
                   "",
                   "Benefits: dental prostheses 90 %, prophylaxis 100 % up to EUR 150 per year,",
                   "orthodontics for children up to EUR 2,000.",
                   "Waiting time: 8 months for prostheses, none after accidents.",
                   "Example premiums per month: child EUR 9.90, adult (30) EUR 21.40.",
                   "This leaflet is general product information, not an offer."], title="ZahnPlus Family")
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Noura Nasser <noura.nasser@bareed.example>",
                 "RE: dental insurance for family", body, atts=[("ZahnPlus_Family_EN.pdf", leaflet)])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "HTML-only: consulting doctor's assessment of a translated Turkish medical report (table with diagnoses) for a sickness-allowance claim")
def m047(n):
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Herr Brenner,</p>
<p>zum Fall <b>Mustafa Çelik, KT-2190-661052</b>: ich habe den übersetzten
Bericht (Rapor, Devlet Hastanesi Konya, 28.02.2024, Übersetzung Lingua Brücke) gesehen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Befund laut Rapor (TR)</th><th>Übersetzung</th><th>ICD-10-GM</th><th>Bewertung</th></tr>
<tr><td>Sol omuz rotator manşet yırtığı</td><td>Rotatorenmanschettenriss linke Schulter</td><td>M75.1 L</td><td>plausibel, MRT liegt bei</td></tr>
<tr><td>Servikal disk hernisi C5-C6</td><td>Bandscheibenvorfall HWS C5/C6</td><td>M50.1 G</td><td>passt zu Beschwerden</td></tr>
<tr><td>Hipertansiyon</td><td>Bluthochdruck</td><td>I10.90 G</td><td>für AU nicht relevant</td></tr>
</table>
<p>Die AU für Lagerarbeit ist aus meiner Sicht bis 30.04. nachvollziehbar.
Danach bitte Bericht vom deutschen Orthopäden anfordern - die türkische
Bescheinigung („10 gün istirahat“) deckt nur bis 09.03. ab.</p>
<p>Hinweis: Der Kunde hat am Telefon gesagt, er sei in Konya bei einem "hoca"
gewesen - das ist keine ärztliche Behandlung, die Quittung darüber (1.500 TRY)
bitte nicht erstatten.</p>
<p>Viele Grüße<br>Dr. med. Petra Lindqvist<br>Beratungsärztin</p>
</body></html>"""
    return build(n, "Dr. Petra Lindqvist <petra.lindqvist@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "Stellungnahme Rapor Konya", html=html, html_only=True)


@mail("NORMAL", "de", "insurer-to-partner", "trap: sponsorship of a Ukrainian association's charity concert; association bank account and invoice")
def m048(n):
    body = """Sehr geehrte Frau Tkachenko,

herzlichen Dank für Ihre Nachricht und die Fotos vom Benefizkonzert "Весна / Frühling"
im Rosengarten. Es war ein wunderbarer Abend - unsere Kolleginnen und Kollegen
schwärmen noch heute vom Kinderchor.

Wie vereinbart unterstützen wir den Verein mit 2.500 Euro. Bitte schicken Sie uns
eine Spendenbescheinigung bzw. - weil unser Logo auf Plakat und Programmheft
war - eine Rechnung über Sponsoring an:

  Lindauer Allgemeine Versicherung AG, Unternehmenskommunikation,
  Augustaanlage 41, 68165 Mannheim, Kostenstelle 1050

Die Bankverbindung des Vereins haben wir aus Ihrer letzten Rechnung:
Ukrainischer Kulturverein Rhein-Neckar e.V., IBAN DE48 2188 1645 3658 0759 59.

Gern sind wir auch beim Herbstkonzert wieder dabei.

Mit herzlichen Grüßen / З найкращими побажаннями
Lena Brandt
Unternehmenskommunikation
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Oleksandra Tkachenko <vorstand@ukr-kulturverein-rn.example>",
                 "Benefizkonzert - Sponsoring und Rechnung", body)


@mail("CONFIDENTIAL", "de", "insurer-to-broker", "commission statement to a sole-trader broker: his own IBAN, tax number and commission income")
def m049(n):
    body = """Hola Herr Alvarez,

anbei Ihre Provisionsabrechnung für März 2024.

Vermittler: Versicherungsbüro Alvarez, Inh. Rafael Alvarez Ortega, VM-Nr. 40-12930
Steuernummer: 38217/60415 (umsatzsteuerfrei nach § 4 Nr. 11 UStG)

  Abschlussprovision Sach/Kfz (14 Verträge)      2.118,40 EUR
  Bestandsprovision                                  611,25 EUR
  Stornoreserve (10 %)                              -272,97 EUR
  ---------------------------------------------------------------
  Auszahlung                                       2.456,68 EUR

Die Auszahlung erfolgt am 25.04.2024 auf Ihr Konto
IBAN DE02 9962 5468 9567 0463 65 (R. Alvarez Ortega).

Die Einzelaufstellung steht wie immer in der Vermittlerpost im Portal.

Saludos
Ihr Maklerbetreuer
Jürgen Bachmann
Vertriebsdirektion Rhein-Neckar
"""
    return build(n, "Jürgen Bachmann <juergen.bachmann@lav-versicherung.example>",
                 "Rafael Alvarez <rafael@versicherungsbuero-alvarez.example>",
                 "Provisionsabrechnung 03/2024 - VM-Nr. 40-12930", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "attachment-only: Spanish informe médico (pneumonia, hospital stay) in a PDF; forwarded body says only 'see attached'")
def m050(n):
    body = """FYI - new claim documents from the customer, please register.
Jonas

-----Original Message-----
From: Carlos Jiménez Pardo <cjimenezpardo@correo.example>
Sent: Friday, April 19, 2024 18:33
To: service@lav-versicherung.example
Subject: documents

Hello, here the papers from Valencia. See attached. Gracias.
Carlos
"""
    rep = pdf([["HOSPITAL CLINICO VALENCIA SUR - Servicio de Medicina Interna",
                "INFORME MEDICO DE ALTA",
                "",
                "Paciente: Carlos Jimenez Pardo     Fecha de nacimiento: 30/01/1968",
                "NIE/Pasaporte: (aleman) C4TR7X2K9   Aseguradora: Lindauer Allgemeine, KV-4477-880213",
                "Ingreso: 04/04/2024    Alta: 09/04/2024",
                "",
                "Diagnostico principal: Neumonia adquirida en la comunidad, lobulo inferior derecho (J18.1)",
                "Diagnosticos secundarios: EPOC GOLD 2 (J44.9), tabaquismo activo",
                "Tratamiento: amoxicilina-clavulanico 1 g/8 h i.v., luego oral; oxigenoterapia 2 l/min",
                "Recomendaciones: control en su medico de cabecera en Alemania en 7 dias,",
                "abandono del tabaco, vacuna antineumococica.",
                "",
                "Dra. Elena Sanz Mollá, FEA Medicina Interna"],
               ["FACTURA 2024/0043817",
                "Estancia hospitalaria 5 dias x 690,00 EUR = 3.450,00 EUR",
                "Radiologia torax x2 = 96,00 EUR   Laboratorio = 184,50 EUR",
                "TOTAL 3.730,50 EUR"]], title="Informe medico")
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "leistung-kv@lav-versicherung.example",
                 "FW: documents", body,
                 atts=[("informe_alta_y_factura.pdf", rep)])


@mail("NORMAL", "de", "internal", "trap: updated list of the interpreter pool (languages, business phone numbers), no customer and no bank data")
def m051(n):
    body = """Hallo zusammen,

die Liste des Dolmetscherpools ist aktualisiert (Stand 22.04.2024). Bitte Einsätze
wie bisher über das Formular "Dolmetschanfrage" im Intranet anfragen, nicht direkt
bei den Dolmetscherinnen - sonst fehlt uns die Bestellnummer für die Rechnung.

  Sprache            Name / Büro                         Einsatz        Telefon
  Türkisch           Elif Yıldız (beeidigt)              vor Ort/Video  0621 4391 220
  Türkisch, Kurdisch Baran Koç                           Video          0621 1538 47
  Polnisch           Lingua Brücke GmbH                  vor Ort/Video  0621 9877 300
  Russisch, Ukr.     Tetiana Hoffmann (beeidigt)         vor Ort        06221 73 90 14
  Arabisch           Yasmin El-Amrani                    Video          0176 4402 1183
  Italienisch        Lingua Brücke GmbH                  Video          0621 9877 300
  Spanisch           Dolores Weber-Campos                vor Ort        06203 84 55 2

Neu im Pool: Herr Koç (Kurmancî und Türkisch). Frau Hoffmann ist vom 10. bis 24.05.
im Urlaub.

Für Gutachtertermine bitte mindestens 5 Werktage Vorlauf einplanen.

Viele Grüße
Miriam Haddad
Koordination Dolmetscher- und Übersetzungspool
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "leistung-alle@lav-versicherung.example",
                 "Dolmetscherpool - aktualisierte Liste (Stand 22.04.)", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "motor: international motor insurance card for a summer drive to Turkey; named customer, plate, policy")
def m052(n):
    body = """Dear Mr Güneş,

yes, your car insurance is valid in all of Turkey, also in the Asian part
(Anatolia), when you drive to Kayseri in July. We have added "TR" to your
International Motor Insurance Card (green card).

Policyholder: Serkan Güneş
Car: Ford Tourneo Custom, registration LU-SG 1907
Policy: KH-22-0391456 (third-party liability + comprehensive, excess EUR 500)
Green card valid: 01/07/2024 - 30/09/2024

Please print the attached card and keep it in the car. The border police in
Kapıkule often ask for it. For an accident in Turkey, please call our emergency
line +49 621 4480-9999 (24 h, Turkish spoken).

İyi yolculuklar! Have a safe trip.

Aylin Demir
Motor Insurance

""" + SIG_EN
    card = pdf(["INTERNATIONAL MOTOR INSURANCE CARD / GREEN CARD",
                "D / 177 / KH-22-0391456",
                "Valid from 01/07/2024 to 30/09/2024",
                "Registration no.: LU-SG 1907    Category: A (car)   Make: Ford",
                "Policyholder: Serkan Güneş, Bruchwiesenstr. 18, 67059 Ludwigshafen",
                "Countries: A B BG CH CY CZ D DK E EST F FIN GR H HR I IRL L LT LV M N NL P PL RO S SK SLO SRB TR",
                "Insurer: Lindauer Allgemeine Versicherung AG, Mannheim"], title="Green card")
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Serkan Güneş <serkan.gunes@kutu.example>",
                 "Your green card for Turkey (policy KH-22-0391456)", body,
                 atts=[("Gruene_Karte_KH-22-0391456.pdf", card)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative", "travel health insurance: repatriation after a stroke in Turkey, reply to the son with power of attorney")
def m053(n):
    body = """Sehr geehrter Herr Yıldırım,

vielen Dank für Ihren Anruf heute Morgen und die Vollmacht Ihres Vaters.

Wir organisieren den Rücktransport Ihres Vaters, Herrn Osman Yıldırım
(Auslandsreisekrankenversicherung AR-6603-220917), von Trabzon nach Mannheim.

Der aktuelle Stand:
  - Ihr Vater liegt nach dem Schlaganfall (rechtsseitige Lähmung, Sprachstörung)
    seit dem 18.04. auf der Intensivstation des Kanuni-Krankenhauses.
  - Unser Notfallarzt hat heute mit dem behandelnden Neurologen gesprochen.
    Ihr Vater ist stabil und transportfähig, braucht aber ärztliche Begleitung.
  - Geplant: Ambulanzflug am Freitag, 26.04., Ankunft Mannheim ca. 16 Uhr,
    Aufnahme in der Stroke Unit des Universitätsklinikums.

Die Kosten (Ambulanzflug und Krankenhaus in Trabzon) übernehmen wir direkt. Bitte
bezahlen Sie dort nichts. Falls das Krankenhaus eine Anzahlung ("depozito") verlangt,
rufen Sie sofort unsere Notrufzentrale an: +49 621 4480-9999.

Ein Platz im Flugzeug für eine Begleitperson ist möglich. Bitte nennen Sie uns bis
morgen 12 Uhr den Namen und die Passnummer.

Allah şifa versin - wir wünschen Ihrem Vater gute Besserung.

Mit freundlichen Grüßen
Aylin Demir
Assistance / Auslandsreisekrankenversicherung

""" + SIG_KS
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Deniz Yıldırım <deniz.yildirim@mailbox-de.example>",
                 "Rücktransport Ihres Vaters aus Trabzon - Stand heute", body)


@mail("NORMAL", "en", "newsletter", "trap: summer newsletter on travel health insurance for trips to the home country; generic")
def m054(n):
    body = """Lindauer Allgemeine - Customer News, June 2024

Going home for the summer? Five things to know about your travel health insurance

1. Your travel health insurance pays for treatment abroad that is medically
   necessary and not planned before - for example a broken arm, an infection or
   appendicitis. Planned treatments (e.g. dental work in your home country) are
   not travel health insurance - please ask us first.
2. Keep all bills and the doctor's report. A bill in Turkish, Polish, Arabic or
   another language is fine - we will tell you if we need a translation.
3. In hospital? Call our 24-hour emergency line +49 621 4480-9999 before you pay
   a deposit. We speak German, English, Turkish, Polish, Russian and Arabic.
4. Return transport to Germany is insured when it is medically sensible.
5. Trips up to 8 weeks are covered. Longer stays need an extra contract.

Photo competition: send us your best holiday photo (no people, please!) -
the winners get a picnic basket.

Unsubscribe: https://newsletter.lav-versicherung.example/unsubscribe
"""
    return build(n, "LAV Newsletter <newsletter@lav-versicherung.example>",
                 "newsletter-en@lists.lav-versicherung.example",
                 "Going home for the summer? 5 tips for your travel health insurance", body,
                 headers={"Precedence": "bulk"})


@mail("CONFIDENTIAL", "de", "customer", "customer's mail forwarded: new IBAN for motor premium, pension income and request for cheaper tariff")
def m055(n):
    body = """Zur Bearbeitung: Kontoänderung + Frage nach günstigerem Tarif. Bitte Mandat neu
anlegen und dem Kunden ein Angebot ohne Vollkasko machen.
Gruß O. Reimer

> -------- Original-Nachricht --------
> Von: Sergej Fischer <sergej.fischer@pochta.example>
> An: service@lav-versicherung.example
> Betreff: Konto neu und Beitrag
>
> Guten Tag,
> ich habe jetzt neue Bank, bitte Beitrag fur Auto (Vertrag KH-19-0270034, Opel Astra,
> MA-SF 62) von neue Konto abbuchen:
> Sergej Fischer, IBAN DE88 0053 8741 8042 0583 30, Sparkasse Rhein Neckar Nord
>
> Und noch Frage: ich bin seit Marz in Rente, bekomme nur 1.310 Euro Rente. Beitrag
> 94 Euro im Monat ist zu viel fur mich. Geht billiger? Auto ist schon 14 Jahre alt,
> Vollkasko brauche ich vielleicht nicht mehr?
> Спасибо заранее
> Sergej Fischer, Mannheim-Schönau
"""
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "kfz-vertrag@lav-versicherung.example",
                 "WG: Konto neu und Beitrag - KH-19-0270034", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "interpreter", "Arabic interpreter's memo of a call with a disability claimant: PTSD, war trauma, therapy, forwarded to the claims handler")
def m056(n):
    body = """Hi Frank,

Ms El-Amrani sent her notes from yesterday's call (video interpreting, Arabic).
I am forwarding them for the BU file. Her invoice goes separately to accounts.

Miriam

-------- Forwarded Message --------
Subject: call notes - BU claim LB-BU-24-000912 (Mr Al-Hassan)
Date: Tue, 23 Apr 2024 17:40:11 +0200
From: Yasmin El-Amrani <kontakt@elamrani-dolmetschen.example>
To: Miriam Haddad <miriam.haddad@lav-versicherung.example>

Dear Ms Haddad,

as requested, a short summary of the call on 23 April, 14:00-14:50, between
Mr Ostermann (LAV) and Mr Walid Al-Hassan, interpreted Arabic (Syrian dialect) -
German. Mr Al-Hassan agreed that I send these notes to you.

- Mr Al-Hassan worked as a bus driver until November 2023.
- Since then he cannot drive. He has panic attacks in traffic, sleeps 3-4 hours,
  has nightmares about the war in Aleppo (his brother died in 2013).
- Diagnosis by his psychiatrist (Dr. Nasser-Kühn, Ludwigshafen): post-traumatic
  stress disorder (F43.1) and depression; medication sertraline and quetiapine at
  night. Trauma therapy with an Arabic-speaking therapist since February, once a week.
- He asked several times if "the insurance will check with the Jobcenter" - I
  explained that Mr Ostermann said no.
- He said "al-hamdu lillah, my family is with me", but he feels ashamed that he
  cannot work.

Mr Ostermann will send the questionnaire in Arabic and German. I can help to fill
it in, if you order an appointment.

Best regards
Yasmin El-Amrani
Interpreter Arabic/German
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "FW: call notes - BU claim LB-BU-24-000912 (Mr Al-Hassan)", body)


@mail("NORMAL", "de", "internal", "trap: blank multilingual power-of-attorney template for relatives (docx) with placeholders")
def m057(n):
    body = """Hallo Frau Dr. Feld,

wie in der FAQ angekündigt hier der Entwurf der mehrsprachigen Vollmacht für
Angehörige (Deutsch/Türkisch/Russisch, weitere Sprachen folgen). Bitte prüfen Sie,
ob die Formulierung zur Einwilligung für Gesundheitsdaten so passt.

Die Felder in eckigen Klammern füllt die Kundin aus; wir füllen nichts vor.

Danke und Gruß
Jonas Wendt
Kundenservice, Projekt "Einfach verstehen"
"""
    paras = ["Vollmacht / Vekaletname / Доверенность",
             "",
             "Ich / Ben / Я: [Vorname Name / Ad Soyad / Имя Фамилия]",
             "Geburtsdatum / Doğum tarihi / Дата рождения: [TT.MM.JJJJ]",
             "Versicherungsnummer / Sigorta numarası / Номер договора: [Nummer]",
             "",
             "bevollmächtige / yetkilendiriyorum / уполномочиваю:",
             "[Vorname Name der bevollmächtigten Person], [Verhältnis: Sohn, Tochter, ...]",
             "",
             "[ ] für alle Fragen zu meinem Vertrag / sözleşmemle ilgili tüm konular / по всем вопросам договора",
             "[ ] auch für Gesundheitsdaten (Arztberichte, Diagnosen, Rechnungen) / sağlık verileri dahil / включая медицинские данные",
             "",
             "Diese Vollmacht gilt bis auf Widerruf. / Bu vekalet geri alınana kadar geçerlidir. / Доверенность действует до отзыва.",
             "",
             "[Ort, Datum]                    [Unterschrift]"]
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Dr. Martina Feld <martina.feld@lav-versicherung.example>",
                 "Entwurf Vollmacht Angehörige DE/TR/RU zur Prüfung", body,
                 atts=[("Vollmacht_Angehoerige_DE_TR_RU_Entwurf.docx", docx(paras))])


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "legal-expenses employment case of a broker's client: dismissal, salary, case number; no health")
def m058(n):
    body = """Hello Mr Alvarez,

regarding your client Mr Diego Castillo Ruiz (legal expenses policy RS-1944-507718),
case RS-S-24-031264:

We confirm cover for the action against his dismissal by Spedition Hartmann GmbH
(notice dated 28 March 2024, reason given: "restructuring"). His lawyer, Mr Ebert,
has filed the claim at the Labour Court Mannheim; first hearing (Gütetermin) is on
14 May.

For the lawyer's fees we need the gross monthly salary, because the value in
dispute is three monthly salaries. Mr Castillo's lawyer wrote EUR 3,240 gross -
please ask your client to confirm with his last payslip, since the employment
contract we received says EUR 2,980.

Please note: in the first instance at the labour court, each party pays its own
lawyer, so this cover is important for him.

Best regards
Ingrid Maurer
Legal Expenses Claims

> Hola Frau Maurer, any news for Mr Castillo? He is very nervous, his German is
> not so good and he doesn't understand the letters from the court. Saludos, Rafael Alvarez
"""
    return build(n, "Ingrid Maurer <ingrid.maurer@lav-versicherung.example>",
                 "Rafael Alvarez <rafael@versicherungsbuero-alvarez.example>",
                 "RE: Castillo - RS-S-24-031264", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative", "care-level result for a named customer (Pflegegrad 3), care allowance, to her son with power of attorney")
def m059(n):
    body = """Sehr geehrter Herr Kaya,

das Gutachten zur Pflegebedürftigkeit Ihrer Mutter, Frau Fatma Kaya
(Pflegeversicherung PV-3301-667120), liegt vor. Die Gutachterin war am 25.04.
mit der Dolmetscherin bei Ihren Eltern zu Hause.

Ergebnis: Pflegegrad 3 (ab 01.02.2024, dem Monat des Antrags)

Das bedeutet:
  - Pflegegeld: 573 Euro im Monat, wenn die Familie pflegt.
  - Oder Pflegesachleistung (Pflegedienst): bis 1.497 Euro im Monat.
  - Zusätzlich 125 Euro im Monat Entlastungsbetrag, z.B. für eine Haushaltshilfe.
  - Zuschuss für den Umbau im Bad (bodengleiche Dusche): bis 4.000 Euro.

Die Gutachterin empfiehlt außerdem ein Pflegebett und einen Duschstuhl.
Die Anträge dafür sind im Anhang.

Das Pflegegeld für Februar bis April (3 x 573 Euro = 1.719 Euro) überweisen wir auf
das Konto Ihrer Mutter.

Die Beratung nach § 37 Abs. 3 SGB XI (Beratungsbesuch) ist alle 6 Monate Pflicht.
Ein Pflegedienst mit türkischsprachigen Beratern ist z.B. der Pflegedienst Şifa in
Mannheim-Neckarstadt.

Mit freundlichen Grüßen
Pflege-Leistung
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Pflege-Leistung <pflege-leistung@lav-versicherung.example>",
                 "Emre Kaya <emre.kaya@mailbox-de.example>",
                 "Ergebnis Pflegegutachten - Frau Fatma Kaya, PV-3301-667120", body)


@mail("NORMAL", "en", "internal", "trap: release notes of the secure-mail portal adding Turkish and Ukrainian UI; no customer data")
def m060(n):
    body = """Release 5.4 of the SecureMail portal goes live on Saturday, 4 May 2024, 06:00.
Downtime approx. 2 hours.

What's new
  * User interface now also in Turkish, Polish, Russian, Ukrainian and Arabic
    (right-to-left layout). Customers choose the language at first login or in
    "Settings > Language". The notification mail uses the chosen language.
  * The one-time password SMS is sent in the chosen language.
  * Upload: photos from smartphones (HEIC) are converted to PDF automatically -
    good for photos of foreign receipts and medical certificates.
  * Upload limit raised from 10 to 25 MB.

Known issues
  * Arabic: the date in the message list is shown left-to-right (fix in 5.4.1).
  * Ukrainian translation of the security question texts still under review.

Please tell customers who call about the new languages that the letters inside
the portal are still in German.

IT Digital Channels
"""
    return build(n, "IT Digital Channels <it-digital@lav-versicherung.example>",
                 "kundenservice-alle@lav-versicherung.example",
                 "SecureMail portal release 5.4 - new languages (TR, PL, RU, UK, AR)", body)


@mail("NORMAL", "de", "internal", "trap: complaint statistics per preferred language for the board, aggregated (ods)")
def m061(n):
    body = """Sehr geehrte Frau Rösler,

wie in der Vorstandssitzung besprochen die Beschwerdeauswertung nach Kommunikations-
sprache für Q1/2024 (Basis: Sprachpräferenz im Kundenstamm, keine Herkunftsdaten).

Kernaussagen:
  - Beschwerdequote insgesamt 2,1 je 1.000 Verträge, bei Sprachpräferenz ≠ Deutsch
    3,4 je 1.000.
  - Hauptgrund bei nicht-deutscher Sprachpräferenz: "Brief nicht verstanden"
    (41 %), gefolgt von "Dauer Auslandsbeleg" (27 %).
  - Seit dem Hotline-Pilot (Okt.) sinkt die Quote bei TR und PL deutlich.

Details in der Tabelle (Gruppen unter 20 Fällen zusammengefasst).

Mit freundlichen Grüßen
Beschwerdemanagement
"""
    rows = [["Sprachpräferenz", "Verträge", "Beschwerden", "je 1.000", "Top-Grund"],
            ["Deutsch", "1.104.300", "2.252", "2,0", "Beitragserhöhung"],
            ["Türkisch", "38.900", "131", "3,4", "Brief nicht verstanden"],
            ["Polnisch", "21.700", "69", "3,2", "Dauer Auslandsbeleg"],
            ["Russisch/Ukrainisch", "19.400", "74", "3,8", "Brief nicht verstanden"],
            ["Arabisch", "6.200", "24", "3,9", "Brief nicht verstanden"],
            ["Sonstige (IT, ES, weitere)", "9.500", "27", "2,8", "Erreichbarkeit"]]
    return build(n, "Beschwerdemanagement <beschwerde@lav-versicherung.example>",
                 "Beate Rösler <beate.roesler@lav-versicherung.example>",
                 "Beschwerdeauswertung Q1/2024 nach Kommunikationssprache", body,
                 atts=[("Beschwerden_Sprache_Q1_2024.ods", ods(rows, "Q1"))])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "household burglary claim: named customer, address, stolen items, police file, claim number")
def m062(n):
    body = """Sehr geehrter Herr Russo,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Wir haben Ihre Meldung und
die Anzeige der Polizei (Tagebuch-Nr. ST/0433190/2024) bekommen.

Schadennummer: 24-HR-052276
Vertrag:       HR-7712-640318
Ort:           T 6, 21, 68161 Mannheim, 2. OG (Wohnungstür aufgebrochen)

Auf Ihrer Liste stehen:
  - Laptop (Lenovo, 2023)                    899 Euro
  - Goldkette und 2 Ringe (von der Nonna)  2.300 Euro
  - Bargeld                                  400 Euro
  - Espressomaschine                         650 Euro

Für den Schmuck brauchen wir bitte Fotos oder ein Gutachten vom Juwelier, falls
Sie das haben. Bargeld ist bis 1.500 Euro versichert.

Ein Schadenregulierer, Herr Lukas Arnold, ruft Sie diese Woche an und kommt dann
vorbei. Sie können ihm auch auf Italienisch schreiben - er hat lange in Bologna
gewohnt.

Mit freundlichen Grüßen / Cordiali saluti
Heike Sommer
Sach-Schaden

""" + SIG_KS
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Salvatore Russo <salvo.russo@posta-it.example>",
                 "Einbruch in Ihre Wohnung - Schadennummer 24-HR-052276", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer", "group accident insurance: reply to a lawyer of a Polish worker, crushed hand, amputation of fingers, disability grading")
def m063(n):
    body = """Dear Ms Wójcik-Lang,

thank you for your letter of 19 April on behalf of your client Mr Krzysztof Mazur.

Mr Mazur is insured under the group accident insurance of his employer,
Bauunternehmung Rheinufer GmbH (group policy GUV-41-003377). The accident on
11 October 2023 (hand caught in a concrete mixer) is accepted as an insured
accident.

Medical situation according to the reports of BG Klinik Ludwigshafen (in English
translation for your client):
  - amputation of the right index finger at the middle joint and of the middle
    finger at the end joint,
  - stiffness of the right ring finger,
  - Mr Mazur is right-handed.

We have offered an interim payment of EUR 15,000. The final grading of the
permanent impairment can only be made 12 months after the accident; we have
ordered an examination with Dr. Hellwig (hand surgery) for October 2024 and will
provide a Polish interpreter.

Your objection that the interpreter at the first examination was "a colleague
from the construction site" is noted. For the new appointment we will book a
sworn interpreter.

Kind regards
Uwe Scholz
Accident Claims
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Uwe Scholz <uwe.scholz@lav-versicherung.example>",
                 "Anna Wójcik-Lang <kanzlei@wojcik-lang-recht.example>",
                 "Your client Krzysztof Mazur - group accident GUV-41-003377", body)


@mail("NORMAL", "en", "internal", "trap: calendar invitation for intercultural training on Arabic-speaking customers (ics), no person concerned")
def m064(n):
    body = """Hi all,

please save the date for our intercultural training. The trainer will show
typical misunderstandings on the phone (e.g. "inshallah" is not a no, and why
customers bring a family member to the appointment) and how to explain a
rejection politely.

Language of the session: English and German.
Invitation attached.

Miriam
"""
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LAV//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:training-arabic-2024-05-15@lav-versicherung.example
DTSTAMP:20240424T090000Z
DTSTART;TZID=Europe/Berlin:20240515T130000
DTEND;TZID=Europe/Berlin:20240515T163000
SUMMARY:Intercultural training: serving Arabic-speaking customers
LOCATION:Room A 2.04 / MS Teams
ORGANIZER;CN=Miriam Haddad:mailto:miriam.haddad@lav-versicherung.example
ATTENDEE;CN=Customer Service Team 3;RSVP=TRUE:mailto:kundenservice-team3@lav-versicherung.example
DESCRIPTION:Trainer: Rami Saad\\, Interkulturelles Zentrum Rhein-Neckar. Topics: forms of address\\, family roles in insurance matters\\, Ramadan and appointment planning\\, explaining medical forms.
END:VEVENT
END:VCALENDAR""")
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "kundenservice-team3@lav-versicherung.example",
                 "Invitation: Intercultural training - Arabic-speaking customers (15 May)", body,
                 atts=[("invite.ics", cal)])


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "legal-expenses cover for a dismissal case, German and Spanish paragraphs; named customer, case number, salary")
def m065(n):
    body = """Sehr geehrter Herr Ortega Sánchez,
estimado señor Ortega Sánchez:

Ihre Rechtsschutzversicherung zahlt für die Klage gegen Ihre Kündigung.
Su seguro de protección jurídica cubre la demanda contra su despido.

Vertrag / Póliza:              RS-1951-288034
Aktenzeichen / Expediente:     RS-S-24-033590
Arbeitgeber / Empresa:         Gastro-Service Kurpfalz GmbH
Kündigung / Despido:           fristlos am 12.04.2024 / sin preaviso, 12/04/2024
Bruttolohn / Salario bruto:    2.650 Euro im Monat / al mes

Wichtig: Die Klage muss innerhalb von 3 Wochen nach der Kündigung beim
Arbeitsgericht sein - also bis zum 03.05.2024!
Importante: la demanda debe presentarse en el Juzgado de lo Social (Arbeitsgericht)
en un plazo de 3 semanas, es decir, ¡antes del 03/05/2024!

Sie können sich einen Anwalt aussuchen. Wenn Sie einen Anwalt mit Spanisch-
kenntnissen suchen, nennen wir Ihnen gern Kanzleien in Mannheim.
Puede elegir usted mismo a su abogado. Si lo desea, le recomendamos despachos en
Mannheim que hablan español.

Mit freundlichen Grüßen / Atentamente
Ingrid Maurer
Rechtsschutz-Schaden

""" + SIG_KS
    return build(n, "Ingrid Maurer <ingrid.maurer@lav-versicherung.example>",
                 "José Manuel Ortega Sánchez <jm.ortega@correo.example>",
                 "Kündigungsschutzklage / demanda por despido - RS-S-24-033590", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "relative", "wife writes for her husband (Arabic phrases): emergency hospital admission, appendicitis surgery, cost coverage; forwarded")
def m066(n):
    body = """Hallo Herr Brenner,

Kostenübernahme Krankenhaus - Ehefrau hat geschrieben, Ehemann ist VN. Ehefrau ist
mitversichert im selben Vertrag, daher Auskunft an sie ok? Bitte kurz prüfen.

Sabine

-----Ursprüngliche Nachricht-----
Von: Lamia Darwish <lamia.darwish@bareed.example>
Gesendet: Donnerstag, 25. April 2024 06:58
An: service@lav-versicherung.example
Betreff: Krankenhaus mein Mann Khaled Darwish KV-6088-140275

Sabah al-khair,

mein Mann Khaled Darwish ist seit gestern Nacht im Theresienkrankenhaus Mannheim.
Er hatte sehr starke Bauchschmerzen, sie haben Blinddarm operiert in der Nacht
(Appendizitis sagt Arzt). Er liegt jetzt Zimmer 312, alhamdulillah es geht besser.

Das Krankenhaus fragt nach Kostenübernahme für Einzelzimmer und Chefarzt. Mein
Mann hat das in seine Versicherung, glaube ich. Bitte schicken Sie das an
Krankenhaus, Fax 0621 424-4001.

Er kann selbst nicht schreiben, er hat noch Schmerzen und Handy ist leer.

Shukran jazilan
Lamia Darwish
"""
    return build(n, "Sabine Krämer <sabine.kraemer@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "WG: Krankenhaus mein Mann Khaled Darwish KV-6088-140275", body)


@mail("NORMAL", "de", "internal", "trap: anonymised training case of a foreign sick note (age band, no name, fictitious numbers)")
def m067(n):
    body = """Hallo Ausbildungsteam,

für das Modul "Auslandsbelege" habe ich einen Übungsfall gebaut. Alle Angaben sind
anonymisiert bzw. erfunden; die Bescheinigung ist ein Nachbau, kein echter Beleg.

Übungsfall 7 - "Die Bescheinigung aus Izmir"

  Versicherte Person: männlich, 40-49 Jahre, Lagerlogistik (kein echter Kunde)
  Tarif: Krankentagegeld ab 43. Tag
  Eingereicht: "İstirahat raporu" eines Gesundheitszentrums, 10 Tage Ruhe,
  Stempel und Unterschrift vorhanden, keine Diagnose angegeben

Aufgaben für die Azubis:
  1. Welche Angaben fehlen für die Prüfung der Arbeitsunfähigkeit?
  2. Reicht eine einfache Übersetzung oder brauchen wir eine beglaubigte?
  3. Wie formulieren Sie die Nachforderung in einfacher Sprache?
  4. Was tun, wenn die versicherte Person sich während der AU im Ausland aufhält?
     (Stichwort: Aufenthalt außerhalb des Wohnorts, § 9 MB/KT)

Musterlösung folgt separat an die Ausbilderinnen.

Viele Grüße
Thomas Brenner
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "ausbildung-leistung@lav-versicherung.example",
                 "Übungsfall 7 Auslandsbelege (anonymisiert)", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "proof of insurance for the job centre: named customer, birth date, household and liability policies")
def m068(n):
    body = """Dear Ms Kravchenko,

as requested, please find attached the confirmation of your insurance for the
Jobcenter. We wrote it in German, because the Jobcenter needs it in German.

Translation for you:
"We confirm that Ms Yuliia Kravchenko, born 07.03.1985, has a household insurance
(HR-7790-118230) and a private liability insurance (PH-6650-301177) with us. The
premiums are EUR 6.40 and EUR 5.90 per month and are paid until 30 April 2024."

If the Jobcenter needs anything else, please let us know.

Kind regards / З повагою
Olga Reimer
Customer Service

""" + SIG_EN
    conf = pdf(["Lindauer Allgemeine Versicherung AG, Augustaanlage 41, 68165 Mannheim",
                "",
                "Versicherungsbestätigung",
                "",
                "Hiermit bestätigen wir, dass Frau Yuliia Kravchenko, geb. 07.03.1985,",
                "wohnhaft Lange Rötterstraße 88, 68167 Mannheim, bei uns folgende Verträge hat:",
                "  Hausratversicherung HR-7790-118230, Beitrag 6,40 EUR monatlich",
                "  Privathaftpflichtversicherung PH-6650-301177, Beitrag 5,90 EUR monatlich",
                "Die Beiträge sind bis 30.04.2024 bezahlt.",
                "",
                "Mannheim, 26.04.2024        Lindauer Allgemeine Versicherung AG"], title="Versicherungsbestaetigung")
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Yuliia Kravchenko <yuliia.kravchenko@ukrmail.example>",
                 "Confirmation for the Jobcenter", body,
                 atts=[("Versicherungsbestaetigung_Kravchenko.pdf", conf)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "maternity/newborn under health insurance: premature birth in Italy, NICU stay, newborn added")
def m069(n):
    body = """Dear Ms Ferri,

congratulations on the birth of your daughter Giulia! We hope you are both well.

We received the documents from Ospedale Santa Maria, Lecce:
  - birth on 29 March 2024 in week 33 (premature birth), caesarean section
  - Giulia in the neonatal intensive care unit (terapia intensiva neonatale)
    until 19 April, now at home
  - hospital invoices for you (EUR 6,840) and for Giulia (EUR 21,300)

What we do:
  1. We pay both invoices directly to the hospital. You don't need to pay anything.
  2. Giulia is insured in your health insurance (KV-4512-098663) from the day of
     birth, without health questions and without waiting time, because you told us
     within two months.
  3. Her premium (tariff Kids Komfort): EUR 148.20 per month from April.

For the follow-up checks (hearing test, eyes - "screening ROP") in Germany, please
send us the bills as usual.

Tanti auguri alla famiglia!
Marco Esposito
Health Claims

""" + SIG_EN
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Chiara Ferri <chiara.ferri@posta-it.example>",
                 "Giulia's birth - hospital bills and her own insurance", body)


@mail("NORMAL", "en", "insurer-to-supplier", "trap: monthly invoice check with a translation agency, order numbers only, company bank account")
def m070(n):
    body = """Dear Ms Kaminski,

thank you for invoice LB-2024-0388 (April, 47 orders, EUR 6,912.40 net).

We checked it against our order list. Two points:

  - UE-2024-0397 is billed twice (lines 12 and 31). Please correct.
  - UE-2024-0412 was billed as "express", but the deadline we gave was 7 days.
    Please bill at the normal rate.

Everything else is fine. Please send a corrected invoice; we will pay within
14 days to Lingua Brücke GmbH, IBAN DE83 6352 0805 7231 2927 65.

For May please note the new cost centre 4325 for dental translations.

Kind regards
Kreditorenbuchhaltung / Accounts Payable
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Kreditorenbuchhaltung <kreditoren@lav-versicherung.example>",
                 "Joanna Kaminski <j.kaminski@linguabruecke.example>",
                 "Invoice LB-2024-0388 - two corrections", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "returned direct debit of a motor premium: named customer, policy, amount, bank fee, reminder")
def m071(n):
    body = """Sehr geehrter Herr Nowicki,

Ihre Bank hat den Beitrag für Ihre Kfz-Versicherung zurückgeschickt
(Rücklastschrift). Grund laut Bank: "Konto erloschen".

Vertrag:       KH-21-0355920 (Kennzeichen HP-WN 45)
Beitrag:       71,30 Euro (fällig 01.04.2024)
Bankgebühr:     3,50 Euro
Offen:         74,80 Euro

Bitte überweisen Sie 74,80 Euro bis zum 15.05.2024 an:
Lindauer Allgemeine Versicherung AG, IBAN DE97 6726 0827 4994 1489 73
Verwendungszweck: KH-21-0355920

Haben Sie ein neues Konto? Dann schicken Sie uns bitte die neue IBAN. Wir buchen
den Beitrag dann wieder ab.

Wichtig: Wenn der Beitrag nicht bezahlt wird, kann der Versicherungsschutz enden.

Z poważaniem / Mit freundlichen Grüßen
Katarzyna Nowak-Berg
Beitragsservice

""" + SIG_KS
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Wojciech Nowicki <w.nowicki@poczta.example>",
                 "Rücklastschrift - Ihre Kfz-Versicherung KH-21-0355920", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer", "windows-1254 mail: customer complains that thermal spa cure in Turkey for rheumatoid arthritis was refused; forwarded")
def m072(n):
    body = """Hallo Aylin,

kannst du der Kundin bitte auf Türkisch erklären, warum wir die Kur nicht zahlen
(Tarif ohne Kurleistung)? Sie hat schon zweimal angerufen. Beschwerde ist im
System, Frist 10.05.

Danke, Thomas

-----Ursprüngliche Nachricht-----
Von: Şükran Doğru <sukran.dogru@kutu.example>
Gesendet: Samstag, 27. April 2024 11:20
An: leistung-kv@lav-versicherung.example
Betreff: Şikayet / Beschwerde Kur Pamukkale

Sehr geehrte Damen und Herren,

ich bin seit 12 Jahre bei Ihnen versichert (KV-4403-552871). Ich habe
Rheuma (romatoid artrit), meine Hände und Knie sind jeden Morgen steif.
Mein Rheumatologe Dr. Schäfer hat gesagt, Thermalbad ist gut für mich.

Ich war 3 Wochen in Pamukkale in Kurhotel mit Arzt, Physiotherapie und
Thermalbad. Rechnung 2.940 Euro. Jetzt Sie schreiben "nicht versichert".
Warum? Ich zahle jeden Monat 486 Euro!

Bu çok haksızlık. Das ist nicht fair.
Bitte nochmal prüfen.

Şükran Doğru
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "WG: Şikayet / Beschwerde Kur Pamukkale", body,
                 charset="windows-1254", cte="8bit")


@mail("NORMAL", "de", "internal", "trap: minutes of the working group on culture-sensitive communication; staff names only")
def m073(n):
    body = """Protokoll AK "Kultursensible Kommunikation" - Sitzung 2/2024
Datum: 29.04.2024, 14:00-15:30, Raum B 1.07 / Teams
Teilnehmende: M. Haddad (Leitung), A. Demir, K. Nowak-Berg, O. Reimer, M. Esposito,
T. Brenner, Dr. M. Feld (TOP 3), L. Brandt

TOP 1 Merkblätter
  - Merkblatt KV in 7 Sprachen ist gedruckt, 4.000 Exemplare. Nachbestellung
    Arabisch nötig (Nachfrage Migrationsberatung).
  - Merkblatt "Nach dem Autounfall" DE/PL/TR: Druckfreigabe bis 10.05.

TOP 2 Hotline
  - Pilot TR/PL läuft gut; RU/UK überlastet montags. Vorschlag: Rückrufsystem.
  - Ukrainisch und Russisch sollen getrennt angeboten werden (Wunsch vieler
    ukrainischer Anrufer).

TOP 3 Datenschutz
  - Dr. Feld erinnert: Sprachpräferenz ja, Staatsangehörigkeit/Herkunft nein im
    CRM. Freitextfelder "Kunde versteht nichts" o. ä. bitte nicht verwenden.
  - Vollmachtsvorlage DE/TR/RU in Prüfung.

TOP 4 Veranstaltungen
  - Infoabend Türkischer Elternverein 24.05., Stadtteilfest 08.06., Sommerfest 06.07.

Nächste Sitzung: 24.06.2024
Protokoll: L. Brandt
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "ak-kultursensibel@lav-versicherung.example",
                 "Protokoll AK Kultursensible Kommunikation 2/2024", body)


@mail("NORMAL", "mixed", "insurer-to-supplier", "trap: print approval of a German/Polish leaflet 'after a car accident' (pdf), generic content")
def m074(n):
    body = """Hallo Herr Engel,

anbei die finale Druckvorlage für das zweisprachige Merkblatt Deutsch/Polnisch.
Bitte 2.000 Stück, DIN lang, 6 Seiten Wickelfalz, 135 g Bilderdruck matt,
Lieferung bis 31.05. an Poststelle Augustaanlage 41.

Die türkische Fassung folgt nächste Woche.

Gruß
Lena Brandt

---
Dzień dobry Panie Engel - kleiner Scherz von unserer polnischen Kollegin, die
jede Zeile Korrektur gelesen hat: "Wszystko gra!" (Alles passt!)
"""
    leaflet = pdf([["Nach dem Autounfall - Was tun?  /  Po wypadku samochodowym - co robić?",
                    "",
                    "1. Unfallstelle sichern, Warnblinker an, Warndreieck aufstellen.",
                    "   Zabezpiecz miejsce wypadku, włącz światła awaryjne, ustaw trójkąt ostrzegawczy.",
                    "2. Verletzte? Notruf 112.",
                    "   Są ranni? Zadzwoń pod numer alarmowy 112.",
                    "3. Europäischen Unfallbericht ausfüllen - nichts unterschreiben, was Sie nicht verstehen.",
                    "   Wypełnij Europejskie oświadczenie o wypadku - nie podpisuj niczego, czego nie rozumiesz.",
                    "4. Fotos machen, Namen und Kennzeichen notieren.",
                    "   Zrób zdjęcia, zapisz nazwiska i numery rejestracyjne.",
                    "5. Schaden melden: 0621 4480-4000 (auch auf Polnisch).",
                    "   Zgłoś szkodę: 0621 4480-4000 (także po polsku)."]], title="Merkblatt Autounfall DE-PL")
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Michael Engel <auftrag@druckerei-quadrat.example>",
                 "Druckfreigabe Merkblatt Autounfall DE/PL", body,
                 atts=[("Merkblatt_Autounfall_DE_PL_final.pdf", leaflet)])


@mail("STRICTLY_CONFIDENTIAL", "de", "social-worker", "debt counsellor (§ 203) asks about surrender of a client's life insurance, revealing gambling addiction treatment and debts")
def m075(n):
    body = """Hallo Herr Ostermann,

Anfrage Rückkaufswert, Schuldnerberatung schreibt mit Vollmacht (liegt in der
Akte). Bitte Werte zum 01.06. rechnen.

Sabine Krämer

> Von: Jens Albrecht <j.albrecht@schuldnerberatung-neckarstadt.example>
> Betreff: Herr Andrzej Wróbel, LV-91-330812 - Rückkaufswert
>
> Sehr geehrte Damen und Herren,
>
> ich bin staatlich anerkannter Sozialarbeiter in der Schuldner- und
> Insolvenzberatung und berate Herrn Andrzej Wróbel, geb. 16.02.1977. Eine
> Vollmacht und Schweigepflichtentbindung liegt bei.
>
> Herr Wróbel hat Schulden von rund 38.000 Euro (Konsumkredite, Online-Casinos).
> Er ist seit Januar wegen Glücksspielsucht in ambulanter Behandlung bei der
> Fachstelle Sucht und nimmt an einer polnischsprachigen Selbsthilfegruppe teil.
> Wir bereiten ein Verbraucherinsolvenzverfahren vor.
>
> Bitte teilen Sie uns mit:
> 1. den aktuellen Rückkaufswert der Lebensversicherung LV-91-330812,
> 2. ob eine Beitragsfreistellung statt Kündigung möglich ist,
> 3. ob die Versicherung gepfändet oder abgetreten ist.
>
> Herr Wróbel bittet, Briefe an ihn auf Deutsch in einfacher Sprache zu schreiben;
> er liest sie mit seiner Schwester.
>
> Mit freundlichen Grüßen
> Jens Albrecht, Sozialarbeiter B.A.
> Schuldner- und Insolvenzberatung Neckarstadt
"""
    return build(n, "Sabine Krämer <sabine.kraemer@lav-versicherung.example>",
                 "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "WG: Herr Andrzej Wróbel, LV-91-330812 - Rückkaufswert", body)


@mail("CONFIDENTIAL", "de", "customer", "forwarded message/rfc822 (iso-8859-2) from a Polish customer: motor accident in Poland, Polish driver's statement, plates; nobody hurt")
def m076(n):
    body = """Hallo Dennis,

Kundenmail im Anhang - Unfall in Polen, der Pole ist schuld (hat Oświadczenie
unterschrieben). Bitte Regress über den Schadenregulierungsbeauftragten in
Deutschland prüfen. Übersetzung der Erklärung habe ich unten in der Mail ergänzt.

Übersetzung (K. Nowak-Berg):
"Ich, Jan Sikora, erkläre, dass ich am 27.04.2024 in Kraków, ul. Zakopiańska, beim
Spurwechsel das Fahrzeug MA-AN 1204 beschädigt habe. Ich bin schuld. Mein Versicherer:
PZU-Nord S.A., Polisa 903177542."

Katarzyna
"""
    inner_body = """Dzień dobry Pani Katarzyno,

ich hatte Unfall in Krakau am Samstag. Ein Mann mit polnischem Auto (KR 5XW12) ist
in meine Seite gefahren beim Spurwechsel. Nikomu nic się nie stało - niemand verletzt.
Er hat oświadczenie sprawcy geschrieben und unterschrieben, Foto ist dabei.
Mein Auto: Seat Leon MA-AN 1204, Tür und Spiegel kaputt. Versicherung bei Ihnen
KH-22-0417733.

Was soll ich machen? Reparatur hier in Polen oder in Mannheim?

Pozdrawiam
Anna Nowak
"""
    fwd = inner("Anna Nowak <anna.nowak88@poczta.example>", "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                "Unfall Kraków / wypadek", inner_body, "Mon, 29 Apr 2024 08:14:02 +0200",
                msgid="<2f81c0aa.4410@poczta.example>", charset="iso-8859-2")
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "WG: Unfall Kraków / wypadek - KH-22-0417733", body, atts=[fwd])


@mail("NORMAL", "en", "insurer-to-broker", "trap: webinar invitation for brokers on advising newcomers about health and liability insurance; no client")
def m077(n):
    body = """Dear partners,

many of your clients are new in Germany - skilled workers from abroad, students,
families from Ukraine. Their questions are often the same: Do I need private or
statutory health insurance? What about my children? Is my driving licence enough
for car insurance? Why do I need liability insurance?

Join our webinar "Advising newcomers - health, liability and motor insurance"
  Date: Wednesday, 22 May 2024, 10:00-11:30
  Speakers: Frank Ostermann (underwriting), Aylin Demir (multilingual service)
  Topics:
    - health insurance for employees, freelancers and students from abroad
    - pre-existing conditions in the application: what must be declared
    - no-claims years from abroad (Turkey, Poland, Italy, Ukraine) in motor insurance
    - multilingual material you can use in your advice
  1.5 hours IDD training credit

Register in the broker portal under "Events".

Best regards
Jürgen Bachmann
Broker Sales Rhein-Neckar
"""
    return build(n, "Jürgen Bachmann <juergen.bachmann@lav-versicherung.example>",
                 "makler-rhein-neckar@lists.lav-versicherung.example",
                 "Webinar 22 May: advising newcomers", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "dental treatment in Istanbul: veneers refused as cosmetic, fillings and root canal paid; named customer")
def m078(n):
    body = """Dear Mr Kılıç,

we have checked the invoice from the dental clinic in Istanbul (Smile Point Dental,
invoice 2024/1187, EUR 4,650) together with the translation.

What we pay:
  - root canal treatment tooth 46 and crown              EUR 610.00
  - 3 fillings (teeth 15, 24, 37)                        EUR 225.00
  - X-ray (panoramic)                                    EUR  45.00
  -------------------------------------------------------------------
  reimbursable                                           EUR 880.00
  your tariff pays 80 %                                  EUR 704.00

What we do not pay:
  - 8 veneers upper jaw (teeth 14 to 24)                 EUR 3,520.00
  - teeth whitening (bleaching)                          EUR   250.00
Reason: your teeth were healthy before - the report of the clinic says
"estetik amaçlı" (for aesthetic reasons). Your dental insurance pays only for
medically necessary treatment (§ 1 of your conditions).

We will transfer EUR 704.00 to your account.

If you disagree, you can send us a statement from a dentist in Germany or in
Turkey explaining why the veneers were medically necessary.

Kind regards
Aylin Demir
Dental Claims

""" + SIG_EN
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Mehmet Kılıç <mehmet.kilic@kutu.example>",
                 "Your dental invoice from Istanbul - our decision (ZZ-3412-770925)", body)


@mail("NORMAL", "de", "insurer-to-supplier", "trap: purchase order for headsets and tablets for video interpreting; company data only")
def m079(n):
    body = """Bestellung Nr. 4500981263

Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-24-1190 vom 26.04.2024:

  Pos. 1  12 x Headset Jabra Evolve2 65, USB-C, Stereo          à 189,00 EUR
  Pos. 2   6 x Tablet 11 Zoll inkl. Hülle und Ständer
              (für Video-Dolmetschen bei Außenterminen)          à 429,00 EUR
  Pos. 3   6 x Mobilfunk-Datentarif 20 GB, 24 Monate             à  14,90 EUR/Monat
  Pos. 4   Einrichtung MDM-Profil "Dolmetschen"                  pauschal 360,00 EUR

Lieferadresse: LAV, Wareneingang Tor 3, Augustaanlage 41, 68165 Mannheim,
z. Hd. Miriam Haddad (Dolmetscherpool)
Liefertermin: KW 20
Rechnung an: Kreditorenbuchhaltung, unter Angabe der Bestellnummer.

Es gelten unsere Allgemeinen Einkaufsbedingungen.

Mit freundlichen Grüßen
LAV Einkauf
"""
    return build(n, "LAV Einkauf <einkauf@lav-versicherung.example>",
                 "vertrieb@it-haus-kurpfalz.example",
                 "Bestellung 4500981263 - Headsets und Tablets", body)


@mail("NORMAL", "de", "internal", "trap: personnel announcement of a new team lead; colleague named, no personal data beyond the role")
def m080(n):
    body = """Liebe Kolleginnen und Kollegen,

ab dem 1. Juni 2024 übernimmt Olga Reimer die Leitung des neuen Teams
"Muttersprachlicher Service" mit derzeit 14 Kolleginnen und Kollegen für Türkisch,
Polnisch, Russisch, Ukrainisch, Arabisch, Italienisch und Spanisch.

Olga ist seit 2011 bei der LAV, zuerst in der Leistung Krankenversicherung, seit
2019 als Expertin für Auslandsbelege. Sie spricht Russisch, Ukrainisch und Deutsch
und hat den Hotline-Pilot seit Oktober aufgebaut.

Ihre bisherigen Aufgaben im Team Leistung 2 übernimmt Thomas Brenner.

Bitte heißen Sie Olga in ihrer neuen Rolle willkommen!
Удачи, Olga! Powodzenia! Bol şans!

Beate Rösler
Vorständin Kunde und Service
"""
    return build(n, "Beate Rösler <beate.roesler@lav-versicherung.example>",
                 "alle-mitarbeitenden-mannheim@lav-versicherung.example",
                 "Personalmeldung: Neue Teamleitung Muttersprachlicher Service", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "query to a GP about a Turkish prescription copy: thyroid medication of a named patient")
def m081(n):
    body = """Sehr geehrte Frau Dr. Öztürk-Lange,

Ihre Patientin, Frau Gül Yavuz, geb. 12.12.1963, hat uns eine türkische Rezeptkopie
(reçete, Aile Sağlığı Merkezi Kayseri, 15.03.2024) und eine Apothekenquittung über
drei Monatspackungen eingereicht:

  Levotiron 75 mcg (Levothyroxin) 1x täglich, 3 x 90 Tabletten
  Euthyrox-Ersatz nach Angabe der Kundin, da in Deutschland Lieferengpass

Frau Yavuz hat uns eine Schweigepflichtentbindung für Ihre Praxis gegeben
(liegt bei). Könnten Sie uns kurz bestätigen, dass die Behandlung mit Levothyroxin
75 µg bei Ihnen fortlaufend verordnet wird (Hypothyreose nach Thyreoidektomie)?
Dann können wir die Auslandsquittung ohne Übersetzung erstatten.

Ein kurzes Fax an 0621 4480-2999 genügt. Vielen Dank!

Mit freundlichen Grüßen
Thomas Brenner
Leistungsservice Krankenversicherung
Lindauer Allgemeine Versicherung AG
"""
    sfe = pdf(["Schweigepflichtentbindungserklärung",
               "Ich, Gül Yavuz, geb. 12.12.1963, KV-4460-312097, entbinde Frau Dr. med. Leyla Öztürk-Lange,",
               "Hausarztpraxis Jungbusch, von der ärztlichen Schweigepflicht gegenüber der",
               "Lindauer Allgemeine Versicherung AG für Auskünfte zu meiner Schilddrüsenbehandlung.",
               "Mannheim, 28.04.2024     gez. G. Yavuz"], title="Schweigepflichtentbindung")
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "praxis@hausarzt-jungbusch.example",
                 "Rückfrage Verordnung - Ihre Patientin Frau Gül Yavuz", body,
                 atts=[("SfE_Yavuz.pdf", sfe)])


@mail("NORMAL", "en", "internal", "trap: fictitious test personas with birth dates and a published example IBAN for the multilingual letter generator")
def m082(n):
    body = """Hi team,

for the acceptance test of the multilingual letter generator (story LG-214) please
use only the following fictitious test personas in environment E2. They are
invented; any similarity with real customers is accidental.

  ID    Name (fictitious)             born         language  test IBAN
  TP-1  Ayşe Musterfrau               01.01.1980   tr        DE89 3704 0044 0532 0130 00
  TP-2  Jan Testowski                 15.05.1975   pl        DE89 3704 0044 0532 0130 00
  TP-3  Ivan Testov                   30.11.1990   ru        DE89 3704 0044 0532 0130 00
  TP-4  Fatima Beispiel               07.07.1985   ar        DE89 3704 0044 0532 0130 00

(DE89 3704 0044 0532 0130 00 is the published example IBAN; E2 rejects all other
IBANs anyway.)

Test cases:
  1. Letter "Rechnung aus dem Ausland" (LB-031) in tr/pl/ru/ar - check RTL layout
     for ar.
  2. Letter "Rücklastschrift" with amount and IBAN - IBAN must be masked
     (DE89 **** **** **** **30 00) in all languages.
  3. Special characters in names: ş, ł, й, ة.

Please log defects with label "LG-multilingual".

Thanks
Sven
QA Correspondence
"""
    return build(n, "Sven Albers <sven.albers@lav-versicherung.example>",
                 "qa-korrespondenz@lav-versicherung.example",
                 "LG-214 test personas for multilingual letters (fictitious)", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "pet health insurance: dog's cruciate ligament surgery, named owner, policy and claim number (animal health)")
def m083(n):
    body = """Dear Ms Vidal,

thank you for the vet's invoice for Toby.

Claim number: TK-24-006612 (dog health insurance TK-7120-045528)
Animal: Toby, Labrador mix, male, 6 years
Treatment: cruciate ligament rupture left hind leg, TPLO surgery, Tierklinik
Neckartal, 22-24 April 2024

  invoice (GOT, 2-fold rate)                 EUR 2,864.50
  your excess (20 %)                        -EUR   572.90
  ------------------------------------------------------
  we pay                                     EUR 2,291.60

The money goes to your account within 5 working days. Physiotherapy for Toby
after the surgery is also covered (up to EUR 500 per year) - just send us the bills.

¡Que se mejore pronto Toby!
Heike Sommer
Pet Insurance

""" + SIG_EN
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Marta Vidal <marta.vidal@correo.example>",
                 "Toby's surgery - claim TK-24-006612", body)


@mail("NORMAL", "de", "internal", "trap: forwarded community invitation to a May festival of a Russian-German cultural centre")
def m084(n):
    body = """Hallo ihr Lieben,

der Kulturverein hat uns (bzw. den Infostand) wieder eingeladen - wer hat Lust?
Samstag wäre ich dabei, Sonntag kann ich nicht. Pelmeni gibt's auch :)

Olga

-------- Weitergeleitete Nachricht --------
Betreff: Приглашение / Einladung Maifest 2024
Von: Kulturzentrum Heimat e.V. <info@kulturzentrum-heimat.example>

Liebe Freunde, дорогие друзья,

wir laden herzlich ein zu unserem Maifest:
  Samstag, 18. Mai, und Sonntag, 19. Mai, 11-18 Uhr
  Gelände Kulturzentrum, Ludwigshafen-Oggersheim

Programm: Chor "Rodnik", Tanzgruppe "Kalinka", Kinderflohmarkt, Schaschlik und
Pelmeni, Infostände (Migrationsdienst, Volkshochschule, Versicherung LAV,
Seniorenbüro). Eintritt frei.

Мы будем рады вас видеть!
Vorstand Kulturzentrum Heimat e.V.
"""
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "team-muttersprachlich@lav-versicherung.example",
                 "WG: Приглашение / Einladung Maifest 2024", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer", "sensitive part only in a forwarded message/rfc822 with PDF: Italian physiotherapy for lumbago, named customer")
def m085(n):
    body = """Please see the customer's e-mail attached - physiotherapy bills from Bari.
He asks if Italian is ok. I told him yes for physio bills under EUR 500.

Marco
"""
    inner_body = """Buongiorno Marco,

as we said on the phone, here the bills from the physiotherapist in Bari.
My back (lombalgia) was very bad after the long drive, 10 sessions.
Can you pay to my Italian account as last time?

Grazie mille
Giuseppe Romano
KV-4519-307741
"""
    fattura = pdf(["Studio di Fisioterapia Dott. Nicola De Santis - Bari",
                   "Fattura n. 112/2024 del 26/04/2024",
                   "Paziente: Giuseppe Romano, nato il 03/05/1971",
                   "Diagnosi: lombalgia acuta con sciatalgia sinistra",
                   "10 sedute di fisioterapia (terapia manuale, TENS, esercizi) x EUR 40,00",
                   "Totale EUR 400,00 - pagato in contanti",
                   "Prescrizione: Dr. Paolo Lombardi, medico di base"], title="Fattura fisioterapia")
    fwd = inner("Giuseppe Romano <g.romano@posta-it.example>", "Marco Esposito <marco.esposito@lav-versicherung.example>",
                "fisioterapia Bari - bills", inner_body, "Tue, 30 Apr 2024 19:05:44 +0200",
                msgid="<a91e0cbb.7713@posta-it.example>", atts=[("fattura_fisioterapia.pdf", fattura)])
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "leistung-kv@lav-versicherung.example",
                 "FW: fisioterapia Bari - bills", body, atts=[fwd])


@mail("NORMAL", "en", "insurer-to-customer", "trap: one-time password mail for portal registration; no content")
def m086(n):
    body = """Your one-time password for the LAV SecureMail portal:

    7Q4K-22MX

It is valid for 24 hours. Please use it only on
https://securemail.lav-versicherung.example and choose your own password after
the first login.

We will never ask for this password by phone.

Lindauer Allgemeine Versicherung AG - this message was sent automatically.
"""
    return build(n, "LAV SecureMail <no-reply@securemail.lav-versicherung.example>",
                 "deniz.yildirim@mailbox-de.example",
                 "Your one-time password", body, headers={"Auto-Submitted": "auto-generated"})


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "household policy cancelled because customer returns to Spain: new foreign address, Spanish IBAN for refund")
def m087(n):
    body = """Sehr geehrte Frau Navarro Gil,

Sie ziehen zurück nach Spanien. Wir haben Ihre Hausratversicherung deshalb zum
31.05.2024 beendet.

Vertrag:                 HR-7760-402915
Bisherige Adresse:       Eichendorffstraße 14, 68167 Mannheim
Neue Adresse (Spanien):  Calle de San Vicente 41, 4º B, 46002 Valencia

Sie haben den Beitrag für das ganze Jahr bezahlt. Wir zahlen 63,70 Euro zurück
(Juni bis Dezember), wie gewünscht auf Ihr spanisches Konto:
Inés Navarro Gil, IBAN ES90 2100 3779 7370 1076 2633

Ihre Privathaftpflicht (PH-6671-220448) gilt auch in Spanien weiter, wenn Sie
möchten. Bitte sagen Sie uns bis Ende Mai, ob Sie sie behalten wollen.

¡Buen viaje y mucha suerte!
Mit freundlichen Grüßen
Jonas Wendt
Kundenservice

""" + SIG_KS
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Inés Navarro Gil <ines.navarro@correo.example>",
                 "Ende Ihrer Hausratversicherung HR-7760-402915 - Rückzahlung", body)


@mail("NORMAL", "de", "internal", "trap: phone guide for calls with interpreters (odt), generic")
def m088(n):
    body = """Hallo zusammen,

im Anhang der Leitfaden "Telefonieren mit Dolmetscher" für die Hotline - bitte
ausdrucken und neben das Telefon legen. Er gilt ab sofort.

Grüße
Olga
"""
    paras = ["Leitfaden: Telefonieren mit Dolmetscher (Stand 05/2024)",
             "1. Begrüßung: Stellen Sie sich, die Dolmetscherin und den Zweck des Gesprächs vor.",
             "2. Einverständnis: Fragen Sie die Kundin, ob sie mit der Dolmetscherin einverstanden ist. Im Gesprächsvermerk festhalten.",
             "3. Sprechen Sie direkt mit der Kundin (\"Sie\"), nicht über sie (\"sie\").",
             "4. Kurze Sätze, nach zwei bis drei Sätzen Pause für die Übersetzung.",
             "5. Fachwörter (Selbstbeteiligung, Wartezeit, Anzeigepflicht) kurz erklären.",
             "6. Bei Gesundheitsfragen: keine Diagnosen am Telefon bewerten, an die Beratungsärztin verweisen.",
             "7. Angehörige als Übersetzer: nur mit Vollmacht, nicht bei minderjährigen Kindern.",
             "8. Am Ende: Zusammenfassung in einfachen Worten, Rückfragen zulassen.",
             "9. Dolmetschanfrage-Nummer im Vermerk notieren (für die Rechnung)."]
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "hotline-muttersprachlich@lav-versicherung.example",
                 "Leitfaden Telefonieren mit Dolmetscher", body,
                 atts=[("Leitfaden_Dolmetscher_Telefon.odt", odt(paras))])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "travel health insurance refuses planned dialysis abroad: named customer, kidney failure")
def m089(n):
    body = """Sehr geehrte Frau Schäfer,

Sie haben gefragt, ob Ihre Auslandsreisekrankenversicherung (AR-6615-771402) die
Dialyse während Ihres Besuchs bei Ihrer Schwester in Karaganda (Kasachstan) im
Juli bezahlt.

Leider nein. Das hat folgenden Grund:
Die Reiseversicherung zahlt nur für Krankheiten, die auf der Reise neu oder
plötzlich auftreten. Ihre Nierenerkrankung ist bekannt, und die Dialyse (dreimal pro
Woche) ist schon vor der Reise geplant. Das ist in den Bedingungen ausgeschlossen
(§ 5 Abs. 1 c).

Was können Sie tun?
  - Ihre Krankenversicherung zu Hause (Vertrag KV-4470-118856) zahlt geplante
    Dialyse im Ausland, wenn wir vorher zustimmen. Bitte schicken Sie uns einen
    Kostenvoranschlag vom Dialysezentrum in Karaganda (auf Russisch ist in
    Ordnung) und den Plan Ihres Nephrologen Dr. Gerber.
  - Wir prüfen dann, welchen Betrag wir übernehmen (höchstens so viel wie in
    Deutschland).

Wenn Sie Fragen haben, rufen Sie Frau Reimer an, sie spricht Russisch:
0621 4480-2200, Taste 3.

Mit freundlichen Grüßen
Leistungsservice Krankenversicherung
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Leistungsservice KV <leistung-kv@lav-versicherung.example>",
                 "Ljudmila Schäfer <l.schaefer@pochta.example>",
                 "Dialyse in Kasachstan - Ihre Anfrage", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: donation of first-aid kits to a Spanish-speaking parents' summer party; no person")
def m090(n):
    body = """Hola Sra. Castro,

thank you for your e-mail about the "Fiesta de Verano" of the Spanish-speaking
parents' group on 29 June. We are happy to support you:

  - 10 first-aid kits for families (DIN 13157, with plasters, bandages, cold packs)
  - 200 sun caps for the children
  - a short "first aid for kids" corner with our colleague from the accident
    department (15 minutes, at 15:00)

We will deliver the items to the community centre on 27 June. Please confirm the
delivery address and a contact person who can receive them.

No advertising, no sales - just a little help. ¡Que lo paséis muy bien!

Lena Brandt
Corporate Communications
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Rosa Castro <padres.hispanohablantes@vereine-mannheim.example>",
                 "Fiesta de Verano - our support", body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "attachment-only: cancellation list of a broker's clients (xlsx) with names, contracts, reasons; harmless body")
def m091(n):
    body = """Hi Mehmet,

as requested, the list for April. Let's talk on Thursday.

Regards
Jürgen
"""
    rows = [["Client", "Contract", "Line", "Cancelled per", "Reason", "Premium p.a. EUR"],
            ["Yıldız, Hakan", "KH-20-0311287", "Motor", "30.04.2024", "vehicle sold", 688.20],
            ["Polat, Sevgi", "HR-7701-330164", "Household", "31.05.2024", "moving to Turkey", 81.60],
            ["Demirci, Orhan", "PH-6602-118209", "Liability", "30.04.2024", "non-payment", 64.80],
            ["Aksu, Leyla", "KH-23-0460015", "Motor", "31.05.2024", "cheaper offer", 912.40]]
    return build(n, "Jürgen Bachmann <juergen.bachmann@lav-versicherung.example>",
                 "Mehmet Öztürk <m.oeztuerk@oeztuerk-finanz.example>",
                 "Storno list April", body,
                 atts=[("Stornoliste_April_40-11544.xlsx", xlsx(rows, "Storno"))])


@mail("NORMAL", "de", "internal", "trap: IT ticket on OCR of Cyrillic invoices, tested with a fictitious sample invoice")
def m092(n):
    body = """Ticket CHG-2024-1183 | OCR Eingangsscanner | Erweiterung kyrillische Belege

Hallo zusammen,

die OCR erkennt kyrillische Rechnungen aktuell mit ca. 61 % Feldgenauigkeit
(Betrag, Datum, Leistungserbringer). Mit dem neuen Sprachpaket RU/UK in der
Testumgebung sind es 93 %.

Getestet mit 40 selbst erstellten Musterbelegen, z. B.:
  "ООО Клиника Пример, счёт № 0000, пациент: Тестов Т. Т., консультация терапевта,
   сумма 1 000,00 руб."
Keine echten Kundenbelege verwendet.

Offene Punkte:
  - Datum im Format "12 апреля 2024 г." wird noch nicht erkannt.
  - Beträge mit Leerzeichen als Tausendertrenner (1 000,00) ok.
  - Ukrainisch: Buchstaben і/ї/є werden teils als i/e erkannt -> Nachtraining.

Go-Live geplant 15.06. Bitte Freigabe durch Fachbereich Leistung.

Gruß
Stefan Kühl, IT Output- und Eingangsmanagement
"""
    return build(n, "Stefan Kühl <stefan.kuehl@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "CHG-2024-1183 OCR kyrillische Belege - Freigabe", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "psychotherapy approval for a Ukrainian child: war-related anxiety disorder, sessions in Ukrainian")
def m093(n):
    body = """Dear Ms Melnyk,

we have received the application from Ms Iryna Savchuk, child and adolescent
psychotherapist, for your son Artem (insured under KV-5520-118734).

Diagnosis in the application: anxiety disorder and sleep disorder after
experiences of war (F43.1, F51.0), since summer 2023; Artem is afraid of loud
noises and does not want to sleep alone.

Our decision: We pay for
  - 5 trial sessions (already done) and
  - 24 sessions of behavioural therapy in Ukrainian,
  - 6 sessions with you as parent.

Ms Savchuk can send her invoices directly to us. You don't have to pay in advance.

If more sessions are needed later, Ms Savchuk can send a short report and we will
check again.

We wish Artem all the best. Тримайтеся!
Olga Reimer
Health Claims

""" + SIG_EN
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Oksana Melnyk <oksana.melnyk@pochta-ua.example>",
                 "Psychotherapy for Artem - approved", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "motor no-claims transfer from father to son: both names, birth dates, licence date, SF classes")
def m094(n):
    body = """Sehr geehrter Herr Arslan,

Ihr Vater, Herr Ali Arslan, möchte seinen Schadenfreiheitsrabatt an Sie übertragen.
Das geht. Wir haben die Erklärung von Ihnen beiden bekommen.

  Abgebender:   Ali Arslan, geb. 01.07.1952, Vertrag KH-98-0155302, SF 25
  Übernehmer:   Kadir Arslan, geb. 19.03.1994, Führerschein seit 04.06.2012
  Übertragbar:  so viele Jahre, wie Sie selbst einen Führerschein haben -> SF 11
  Ihr neuer Vertrag: KH-24-0577418 (Audi A4, LU-KA 190)
  Beitrag: 498,40 Euro im Jahr statt 1.216,00 Euro

Wichtig: Ihr Vater verliert seinen Rabatt. Wenn er später wieder ein Auto
versichert, fängt er bei SF 0 an. Er hat uns geschrieben, dass er nicht mehr
Auto fährt ("Artık araba kullanmıyorum").

Mit freundlichen Grüßen
Aylin Demir
Kfz-Vertrag

""" + SIG_KS
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Kadir Arslan <kadir.arslan@mailbox-de.example>",
                 "SF-Übertragung von Ihrem Vater - neuer Vertrag KH-24-0577418", body)


@mail("NORMAL", "de", "newsletter", "trap: staff summer festival programme 'Viele Sprachen - ein Team' (text + HTML), food and music only")
def m095(n):
    text = """Sommerfest "Viele Sprachen - ein Team"
Samstag, 6. Juli 2024, 14-22 Uhr, Innenhof Augustaanlage

14:00  Begrüßung durch den Vorstand
14:30  Kinderprogramm: Schminken, Hüpfburg, Märchen in 6 Sprachen
16:00  Kochshow: Pierogi gegen Mantı - wer gewinnt?
18:00  Band "Neckar-Balkan-Express"
20:00  Tanzkurs: Halay, Polonaise und Tarantella

Essensstände: Türkisch, Polnisch, Ukrainisch, Syrisch, Italienisch, Spanisch
Bitte bis 21.06. im Intranet anmelden (Anzahl Erwachsene/Kinder).
"""
    html = """<html><body style="font-family:Verdana;background:#fffbe6">
<h1 style="color:#b3541e">Sommerfest &bdquo;Viele Sprachen &ndash; ein Team&ldquo;</h1>
<p><b>Samstag, 6. Juli 2024, 14&ndash;22 Uhr</b>, Innenhof Augustaanlage</p>
<table border="0" cellpadding="4">
<tr><td>14:00</td><td>Begrüßung durch den Vorstand</td></tr>
<tr><td>14:30</td><td>Kinderprogramm: Schminken, Hüpfburg, Märchen in 6 Sprachen</td></tr>
<tr><td>16:00</td><td>Kochshow: Pierogi gegen Mantı &ndash; wer gewinnt?</td></tr>
<tr><td>18:00</td><td>Band &bdquo;Neckar-Balkan-Express&ldquo;</td></tr>
<tr><td>20:00</td><td>Tanzkurs: Halay, Polonaise und Tarantella</td></tr>
</table>
<p>Essensstände: Türkisch, Polnisch, Ukrainisch, Syrisch, Italienisch, Spanisch</p>
<p>Bitte bis 21.06. im Intranet anmelden.</p></body></html>"""
    return build(n, "Diversity-Netzwerk <diversity@lav-versicherung.example>",
                 "alle-mitarbeitenden-mannheim@lav-versicherung.example",
                 "Save the date: Sommerfest Viele Sprachen - ein Team", text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "child accident at a community festival: broken collarbone, hospital daily allowance; named child and parent")
def m096(n):
    body = """Sehr geehrte Frau Ivanova,

es tut uns leid, dass Ihre Tochter Sofia beim Maifest des Kulturzentrums vom
Trampolin gefallen ist. Wir hoffen, es geht ihr schon besser.

Ihre Kinder-Unfallversicherung: UV-2260-301489
Unfalltag: 18.05.2024
Verletzung laut Bericht der Kinderklinik Ludwigshafen:
  Bruch des linken Schlüsselbeins (Klavikulafraktur), Prellung am Kopf,
  eine Nacht zur Beobachtung im Krankenhaus (18.05. bis 19.05.)

Wir zahlen:
  - Krankenhaustagegeld: 2 Tage x 50 Euro = 100 Euro
  - Gipsgeld / Unfallpauschale für den Bruch: 300 Euro
  Zusammen: 400 Euro - wir überweisen in den nächsten Tagen.

Bleibt ein Schaden, z. B. wenn die Schulter nicht ganz beweglich wird? Dann melden
Sie sich bitte spätestens nach 15 Monaten bei uns. Dann prüfen wir eine
Invaliditätsleistung.

Скорейшего выздоровления Софии!
Olga Reimer
Unfall-Leistung

""" + SIG_KS
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Elena Ivanova <elena.ivanova@pochta.example>",
                 "Unfall von Sofia am 18.05. - Zahlung", body)


@mail("NORMAL", "en", "insurer-to-supplier", "trap: onboarding of a new freelance interpreter: confidentiality rules and NDA, no customer data")
def m097(n):
    body = """Dear Mr Koç,

welcome to our interpreter pool! Before your first assignment, please read and
sign the attached confidentiality agreement.

The most important rules:
  1. Everything you hear in a call or examination is confidential - including the
     fact that a person is our customer.
  2. Do not take notes with names or health information home. If you need notes
     during an assignment, use the tablet we provide; notes are deleted after the
     call.
  3. Never send documents by normal e-mail; use the SecureMail portal.
  4. You are not an adviser. Please translate everything, also when a customer asks
     you "what should I do?" - and tell the insurance employee about the question.
  5. If you know the customer personally (family, neighbours, community), tell us
     and do not take the assignment.

Invoices: monthly, with the assignment numbers only (no customer names, please).

Hoş geldiniz, bi xêr hatî!
Miriam Haddad
Coordination Interpreter & Translation Pool
"""
    nda = pdf(["Verschwiegenheitsverpflichtung für Dolmetscherinnen und Dolmetscher",
               "zwischen Lindauer Allgemeine Versicherung AG und [Name, Anschrift]",
               "1. Der Dolmetscher verpflichtet sich zur Verschwiegenheit über alle Tatsachen,",
               "   die ihm bei Einsätzen bekannt werden (§ 203 Abs. 4 StGB, Art. 28 DSGVO).",
               "2. Die Pflicht gilt über das Ende der Zusammenarbeit hinaus.",
               "[Ort, Datum]  [Unterschrift]"], title="NDA Dolmetscher")
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Baran Koç <baran.koc@dolmetscher-koc.example>",
                 "Welcome to the interpreter pool - confidentiality agreement", body,
                 atts=[("NDA_Dolmetscher_Vorlage.pdf", nda)])


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer", "household water damage payment, German and Turkish paragraphs: named customer, claim number, IBAN")
def m098(n):
    body = """Sehr geehrte Frau Korkmaz,
Sayın Korkmaz Hanım,

wir zahlen für den Wasserschaden in Ihrer Küche (Waschmaschine ausgelaufen).
Mutfağınızdaki su hasarı (çamaşır makinesi su kaçırdı) için ödeme yapıyoruz.

Schadennummer / Hasar numarası:  24-HR-058140
Vertrag / Poliçe:                 HR-7738-505216

  Küchenschrank unten (Zeitwert) / mutfak alt dolabı     640,00 Euro
  Laminat 12 m² / laminat parke 12 m²                     708,00 Euro
  Trocknungsgerät 10 Tage / kurutma cihazı 10 gün         290,00 Euro
  Summe / Toplam                                         1.638,00 Euro

Wir überweisen das Geld auf Ihr Konto:
Parayı hesabınıza havale ediyoruz:
Ayşe Korkmaz, IBAN DE91 4005 2369 2786 9630 45

Die Waschmaschine selbst ist nicht versichert (sie ist die Ursache, nicht der
Schaden). / Çamaşır makinesinin kendisi sigortalı değildir.

Mit freundlichen Grüßen / Saygılarımızla
Aylin Demir
Sach-Schaden

""" + SIG_KS
    return build(n, "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Ayşe Korkmaz <ayse.korkmaz@kutu.example>",
                 "Wasserschaden / su hasarı 24-HR-058140 - Zahlung / ödeme", body)


@mail("NORMAL", "de", "internal", "trap: HR/works council note on a general language allowance (amounts per level), no person")
def m099(n):
    body = """Liebe Mitglieder des Betriebsrats,

zur Sitzung am 14.05. hier der Entwurf der Betriebsvereinbarung "Sprachzulage":

  § 2 Anspruch: Beschäftigte, die regelmäßig (mind. 20 % der Arbeitszeit) in einer
      anderen Sprache als Deutsch mit Kundinnen und Kunden sprechen oder schreiben.
  § 3 Höhe (brutto, monatlich):
      Stufe 1 (Telefon, einfache Briefe)              80 Euro
      Stufe 2 (Telefon und Leistungsbriefe)          120 Euro
      Stufe 3 (zusätzlich Übersetzung von Belegen)   160 Euro
  § 4 Nachweis: Sprachtest bei einem externen Anbieter (Niveau B2 bzw. C1) oder
      Muttersprache; die LAV trägt die Kosten.
  § 5 Die Zulage ist tarifdynamisch und wird bei Teilzeit anteilig gezahlt.

Nach aktuellem Stand kämen ca. 35 Beschäftigte in Frage. Die Kosten liegen bei rund
52.000 Euro pro Jahr.

Viele Grüße
Personalabteilung, Grundsatzfragen
"""
    return build(n, "Personal Grundsatzfragen <personal-grundsatz@lav-versicherung.example>",
                 "betriebsrat@lav-versicherung.example",
                 "Entwurf BV Sprachzulage zur Sitzung 14.05.", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "disability (BU) claim accepted: named customer, shoulder and cervical spine, monthly pension; in simple German")
def m100(n):
    body = """Sehr geehrter Herr Çelik,

wir haben Ihren Antrag auf Leistung aus der Berufsunfähigkeitsversicherung
(Vertrag LV-87-660213, Schaden LB-BU-23-004417) geprüft.

Unsere Entscheidung: Wir zahlen Ihnen eine BU-Rente.

Warum?
  Der Gutachter, Prof. Dr. Reinholz, hat Sie am 10.04.2024 untersucht. Er schreibt:
  Wegen der kaputten Sehne in der linken Schulter und dem Bandscheibenvorfall an
  der Halswirbelsäule können Sie als Lagerarbeiter nicht mehr arbeiten. Sie
  können nicht mehr schwer heben und nicht über Kopf arbeiten. Das gilt für
  mehr als 50 % Ihrer Arbeit.

Was bekommen Sie?
  - BU-Rente: 1.200 Euro im Monat, ab 01.11.2023
  - Nachzahlung für November 2023 bis Mai 2024: 7 x 1.200 Euro = 8.400 Euro
  - Sie müssen keine Beiträge mehr für diesen Vertrag zahlen.

Wir prüfen in etwa 2 Jahren, ob sich Ihre Gesundheit verbessert hat.

Sie können diesen Brief mit unserer türkischsprachigen Kollegin besprechen:
Frau Demir, 0621 4480-2290.

Geçmiş olsun. Mit freundlichen Grüßen
Frank Ostermann
Leben/BU-Leistung

""" + SIG_KS
    return build(n, "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "Mustafa Çelik <m.celik@kutu.example>",
                 "Ihre Berufsunfähigkeitsrente - Entscheidung (LB-BU-23-004417)", body)


@mail("CONFIDENTIAL", "de", "social-worker", "social worker passes on a client's new address and bank account for household insurance (no counselling content)")
def m101(n):
    body = """Zur Info und Bearbeitung - Einwilligung von Herrn Haidari liegt bei (PDF).
Bitte Adresse und Konto ändern und Bestätigung an den Kunden direkt.
Jonas

-----Ursprüngliche Nachricht-----
Von: Svenja Hoff <s.hoff@brueckenschlag-ev.example>
Gesendet: Donnerstag, 2. Mai 2024 10:12
An: service@lav-versicherung.example
Betreff: Herr Farid Haidari - Adresse und Konto, HR-7795-662013

Sehr geehrte Damen und Herren,

mit Einverständnis von Herrn Farid Haidari (Erklärung anbei) teile ich Ihnen
Folgendes mit:

Neue Anschrift ab 01.05.2024: Waldhofstraße 102, 68169 Mannheim
Neues Konto (Herr Haidari hat jetzt ein eigenes Konto):
Farid Haidari, IBAN DE90 5655 7668 5962 4352 47

Bitte schicken Sie die Bestätigung an Herrn Haidari per Post. Er liest Deutsch
langsam, aber er versteht einfache Briefe.

Mit freundlichen Grüßen
Svenja Hoff
Migrationsberatung Brückenschlag e.V.
"""
    cons = pdf(["Einverständniserklärung / رضایت‌نامه (Farsi) - Consent",
                "Ich, Farid Haidari, erlaube Frau Svenja Hoff, meine neue Adresse und mein Konto",
                "an die Lindauer Allgemeine Versicherung zu schicken (Hausrat HR-7795-662013).",
                "Mannheim, 30.04.2024   gez. F. Haidari"], title="Einverstaendnis")
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "vertrag-sach@lav-versicherung.example",
                 "WG: Herr Farid Haidari - Adresse und Konto, HR-7795-662013", body,
                 atts=[("Einverstaendnis_Haidari.pdf", cons)])


@mail("NORMAL", "en", "insurer-to-partner", "trap: hospital social service orders multilingual leaflets on hospital stays; no patient")
def m102(n):
    body = """Dear Ms Hartmann,

thank you for your order for the social service of Klinikum Rheinufer. We will send:

  - 200 x "Im Krankenhaus - was zahlt meine private Krankenversicherung?"
    (German simple language)
  - 100 x Turkish, 100 x Arabic, 50 x Russian, 50 x Ukrainian edition
  - 20 x poster "Private insured? Show your card at admission" (A3, multilingual)

Delivery: week 20, to the social service, building C, ground floor.

A short note for your team: for patients with our private health insurance, the
hospital can ask for a direct billing confirmation 24/7 via the usual hospital
portal. Patients do not need to pay a deposit.

Best regards
Lena Brandt
Corporate Communications
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Claudia Hartmann <sozialdienst@klinikum-rheinufer.example>",
                 "Your leaflet order - delivery week 20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "base64 body: hospital daily allowance after hip replacement for a named Polish customer")
def m103(n):
    body = """Sehr geehrte Frau Zając,

wir zahlen Ihnen Krankenhaustagegeld für Ihre Hüftoperation.

Vertrag:       Krankenhaustagegeld KHT-2301-447180
Krankenhaus:   Orthopädische Klinik Heidelberg-Schlierbach
Aufenthalt:    08.04.2024 bis 17.04.2024 = 10 Tage
Operation:     künstliches Hüftgelenk rechts (Hüft-TEP) wegen Arthrose
Tagegeld:      10 Tage x 40 Euro = 400 Euro

Die anschließende Reha (22.04. bis 12.05.2024) ist kein Krankenhausaufenthalt.
Dafür zahlen wir kein Tagegeld - aber Ihr Vertrag hat ein Genesungsgeld: einmalig
200 Euro. Das zahlen wir auch.

Zusammen: 600 Euro. Das Geld kommt in ca. 3 Tagen auf Ihr Konto.

Dużo zdrowia i szybkiego powrotu do formy!
Katarzyna Nowak-Berg
Leistungsservice

""" + SIG_KS
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Halina Zając <halina.zajac@poczta.example>",
                 "Ihr Krankenhaustagegeld - Zahlung 600 Euro", body, cte="base64")


@mail("NORMAL", "de", "internal", "trap: draft leaflet explaining health questions in the application, with example illnesses; no person")
def m104(n):
    body = """Hallo Frank,

kannst du bitte fachlich drüberschauen? Das ist der Entwurf für das Merkblatt
"Gesundheitsfragen im Antrag - einfach erklärt". Danach geht es in die Übersetzung
(TR, PL, RU, UK, AR).

--- Entwurf ---
Warum fragen wir nach Ihrer Gesundheit?
Die Versicherung ist für alle Kunden fair, wenn jeder ehrlich antwortet.

Was müssen Sie angeben?
Alle Krankheiten, Beschwerden und Behandlungen aus den letzten 5 Jahren
(bei Psychotherapie: 10 Jahre) - auch wenn Sie im Ausland behandelt wurden.
Beispiele: Bluthochdruck, Diabetes, Rückenschmerzen, Asthma, Depression,
eine Operation, Medikamente, die Sie regelmäßig nehmen.

Was passiert, wenn Sie etwas vergessen?
Dann kann die Versicherung später nicht zahlen oder der Vertrag endet.

Sie verstehen eine Frage nicht?
Fragen Sie uns oder Ihren Vermittler - auch in Ihrer Sprache. Lassen Sie die
Fragen nicht von einer anderen Person beantworten, ohne sie zu prüfen.
--- Ende ---

Danke!
Jonas
"""
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "Merkblatt Gesundheitsfragen einfach erklärt - fachliche Prüfung", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "car stolen in Naples: named customer, plate, VIN, Italian police report, claim number")
def m105(n):
    body = """Dear Mr De Luca,

we are sorry that your car was stolen in Naples. We have registered the theft:

Claim number:   24-KD-009231
Policy:         KH-20-0290416 (comprehensive)
Car:            Alfa Romeo Giulia, registration MA-DL 333, VIN ZAREAEBN4K7612345
Police report:  Questura di Napoli, denuncia n. 4471/2024 of 04/05/2024

What happens now:
  1. Please send us both car keys by registered mail (you wrote you have them).
  2. Please send us a copy of the "denuncia" - a translation is not needed.
  3. If the car is not found within one month, we pay the replacement value
     (valore di sostituzione), less your excess of EUR 300.

Our partner in Italy (Studio Peritale Caputo) may contact you in Italian.

Kind regards
Dennis Kowalczyk
Motor Claims

""" + SIG_EN
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "Antonio De Luca <antonio.deluca@posta-it.example>",
                 "Car theft Naples - claim 24-KD-009231", body)


@mail("NORMAL", "en", "insurer-to-supplier", "trap: S/MIME certificate exchange with the translation agency; technical only")
def m106(n):
    body = """Dear Mr Brandt,

to exchange encrypted e-mails for urgent translation orders (in addition to the
portal), here is the public certificate of our gateway.

  Subject:     CN=lav-versicherung.example, O=Lindauer Allgemeine Versicherung AG
  Type:        domain certificate, S/MIME, RSA 3072
  Valid:       01/03/2024 - 28/02/2026
  SHA-256 fingerprint:
    4E:21:9A:C0:7B:33:D5:18:6F:02:AA:91:E4:5C:0D:77:B8:3E:61:29:F0:14:C6:8D:52:A7:3B:E9:10:44:6C:D2

Please confirm the fingerprint by phone (0621 4480-7100) before you import it and
send us your certificate in return. Until the exchange is confirmed, please continue
to use the SecureMail portal for all documents.

Kind regards
Mail Security Team
Lindauer Allgemeine Versicherung AG
"""
    cert = txt("""-----BEGIN CERTIFICATE-----
MIIFakeCertificateForTestOnlyDev88LAVVersicherungExampleAAAAAAAAAAAA
BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
-----END CERTIFICATE-----
""")
    return build(n, "Mail Security <mailsecurity@lav-versicherung.example>",
                 "Tobias Brandt <it@linguabruecke.example>",
                 "S/MIME certificate exchange", body,
                 atts=[("lav-versicherung.example.pem", cert, "application/x-pem-file")])


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor", "body harmless; docx attachment holds the English translation of a Ukrainian surgeon's report (gallbladder, pancreatitis) for a named insured")
def m107(n):
    body = """Hi Olga,

translation from the clinic in Lviv came in - attached. Please add to the file.

Thanks
Thomas

-----Original Message-----
From: Dr. Taras Hnatyshyn <t.hnatyshyn@lviv-clinic.example>
Sent: Monday, May 6, 2024 09:15
To: leistung-kv@lav-versicherung.example
Subject: Report - translation

Dear colleagues, as requested please find the report translated to English.
Best regards, Dr. Hnatyshyn
"""
    paras = ["Lviv Regional Clinical Hospital - Department of Surgery",
             "MEDICAL REPORT (translation from Ukrainian)",
             "Patient: Svitlana Horbach, date of birth 11.02.1979",
             "Admitted: 12.04.2024, discharged: 20.04.2024",
             "Diagnosis: acute biliary pancreatitis (K85.1), cholecystolithiasis (K80.2)",
             "Treatment: infusion therapy, analgesia; laparoscopic cholecystectomy on 16.04.2024",
             "Course: without complications. Lipase normalised on day 6.",
             "Recommendation: low-fat diet for 3 months, follow-up ultrasound in 6 weeks.",
             "Signed: T. Hnatyshyn, MD, surgeon"]
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "FW: Report - translation", body,
                 atts=[("report_Horbach_EN.docx", docx(paras))])


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "legal-expenses advice on maintenance after separation: named customer, both incomes; no health")
def m108(n):
    body = """Sehr geehrte Frau Özkan,

Sie haben bei uns eine Beratung im Familienrecht angefragt (Trennung, Unterhalt
für Ihre zwei Kinder). Ihre Rechtsschutzversicherung (RS-1962-440381) zahlt eine
Erstberatung bei einer Anwältin oder einem Anwalt, bis 250 Euro.

Sie haben uns geschrieben:
  Ihr Einkommen: 1.850 Euro netto (Teilzeit, Pflegehelferin)
  Einkommen Ihres Mannes: ca. 3.400 Euro netto
  Kinder: 6 und 9 Jahre, wohnen bei Ihnen

Ein Gerichtsverfahren (Scheidung, Unterhaltsklage) ist in Ihrem Vertrag nicht
versichert - nur die Beratung. Für das Verfahren können Sie beim Familiengericht
Verfahrenskostenhilfe beantragen; die Anwältin hilft Ihnen dabei.

Anwältinnen mit Türkischkenntnissen in Mannheim nennen wir Ihnen gern.

Mit freundlichen Grüßen
Ingrid Maurer
Rechtsschutz

""" + SIG_KS
    return build(n, "Ingrid Maurer <ingrid.maurer@lav-versicherung.example>",
                 "Elif Özkan <elif.ozkan@mailbox-de.example>",
                 "Ihre Anfrage Beratung Familienrecht - RS-1962-440381", body)


@mail("NORMAL", "de", "internal", "trap: planning hints for assessor appointments during Ramadan; generic, no customer")
def m109(n):
    body = """Liebe Kolleginnen und Kollegen,

vom 10.03. bis 09.04. war Ramadan, nächstes Jahr etwa ab 28.02. Aus der Auswertung
der Gutachtertermine ein paar Hinweise für die Planung:

  - Viele fastende Kundinnen und Kunden bevorzugen Termine am Vormittag.
  - Untersuchungen mit Blutabnahme oder Belastungstests: Kundin/Kunden fragen, ob
    ein Termin nach Sonnenuntergang oder nach dem Fastenmonat besser passt.
  - Fristen deshalb großzügig setzen - eine Verschiebung um zwei bis drei Wochen ist
    in aller Regel unkritisch.
  - Nicht nach der Religion fragen und im System nichts dazu notieren. Es reicht:
    "Terminwunsch vormittags".

Gleiches gilt sinngemäß für andere Feiertage (z. B. orthodoxe Ostern, Pessach).

Viele Grüße
Miriam Haddad
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "leistung-alle@lav-versicherung.example",
                 "Hinweise Terminplanung Gutachten (Fastenzeit, Feiertage)", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor", "assessment order to an orthopaedic expert with Polish interpreter: named insured, knee and ankle injuries after accident")
def m110(n):
    body = """Sehr geehrter Herr Dr. Hellwig,

wir beauftragen Sie mit einem Gutachten in der privaten Unfallversicherung.

Versicherte Person: Herr Paweł Grabowski, geb. 28.04.1979
Vertrag / Schaden:  UV-2244-118350 / UV-S-23-007781
Unfall:             15.06.2023, Sturz vom Gerüst (3 m) auf einer Baustelle in Speyer
Verletzungen:       Tibiakopffraktur links (operativ versorgt, Platte), Sprunggelenk-
                    fraktur links (Weber B), Kahnbeinbruch rechts (konservativ)
Fragen:             Dauerhafte Beeinträchtigung nach Gliedertaxe (Bein, Hand),
                    unfallfremde Mitwirkung (Vorschaden Knie links 2019?)

Herr Grabowski spricht wenig Deutsch. Eine beeidigte Dolmetscherin für Polnisch
(Lingua Brücke GmbH) ist für den Termin gebucht - bitte planen Sie 30 Minuten mehr ein.

Die Unterlagen (Entlassungsbericht BG Klinik, OP-Bericht, Röntgen, Reha-Bericht)
stellen wir Ihnen im Portal bereit.

Mit freundlichen Grüßen
Uwe Scholz
Unfall-Leistung
"""
    return build(n, "Uwe Scholz <uwe.scholz@lav-versicherung.example>",
                 "Dr. Robert Hellwig <gutachten@hellwig-orthopaedie.example>",
                 "Gutachtenauftrag UV-S-23-007781 (Grabowski) - mit Dolmetscherin", body)


@mail("NORMAL", "mixed", "insurer-to-partner", "trap: holiday greetings (Eid) in German, English and transliterated Arabic to a partner association; no person")
def m111(n):
    body = """Liebe Freundinnen und Freunde des Deutsch-Arabischen Kulturforums,
dear friends,

zum Opferfest senden wir Ihnen und Ihren Familien herzliche Grüße.
We send you and your families our warmest wishes for Eid al-Adha.

Eid Mubarak - kull 'am wa antum bikhair!

Danke für die schöne Zusammenarbeit in diesem Jahr - beim Infoabend im Februar
kamen über 80 Gäste. Wir freuen uns auf den nächsten Termin im Herbst.
Thank you for the great cooperation this year.

Herzliche Grüße / Warm regards
Miriam Haddad und das Team des muttersprachlichen Service
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Deutsch-Arabisches Kulturforum <info@dak-forum-rn.example>",
                 "Eid Mubarak / Herzliche Grüße zum Opferfest", body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker", "status of a broker's client's motor claim: client name, plate, claim number, repair costs; nobody hurt")
def m112(n):
    body = """Hi Piotr,

short update on your client Mr Marek Lewandowski, claim 24-KS-121975
(policy KH-23-0502211, Skoda Fabia MA-ML 772):

  - The other driver's insurer (Kurpfälzische Versicherung VVaG, ref. 88-7712-X) has accepted
    100 % liability.
  - Repair costs according to the expert: EUR 3,912.66 net, plus rental car
    8 days x EUR 39.
  - We have asked them to pay the workshop directly. We will close our file
    when the payment is confirmed.

No one was injured, so no personal injury claim.

Regards
Dennis Kowalczyk
Motor Claims

> Hi Dennis, any news for Lewandowski? He calls me every day :) Pozdrawiam, Piotr
"""
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "Piotr Kowalski <biuro@kowalski-versicherungen.example>",
                 "RE: Lewandowski - 24-KS-121975", body)


@mail("NORMAL", "de", "internal", "trap: general legal question whether foreign medical certificates need an apostille; no person")
def m113(n):
    body = """Hallo Recht,

eine Grundsatzfrage aus der Leistung, bitte bis Ende Mai:

Müssen wir für ausländische ärztliche Bescheinigungen (AU, Entlassungsberichte)
eine Apostille oder Legalisation verlangen, wenn wir Zweifel an der Echtheit haben?

Hintergrund: In letzter Zeit kommen vermehrt Bescheinigungen aus Nicht-EU-Ländern
mit unleserlichen Stempeln. Eine Apostille dauert für die Kunden oft Monate.

Unser Vorschlag:
  1. Grundsatz: keine Apostille, freie Beweiswürdigung (§ 286 ZPO analog).
  2. Bei konkreten Zweifeln: Rückfrage beim Aussteller über unseren Partner vor Ort
     oder Begutachtung in Deutschland.
  3. Apostille nur im Ausnahmefall (z. B. hohe BU- oder Todesfallleistung).

Passt das so? Gibt es BGH-Rechtsprechung dazu?

Danke und Gruß
Thomas Brenner
Leistung KV, Team 2
"""
    return build(n, "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "recht@lav-versicherung.example",
                 "Grundsatzfrage: Apostille bei ausländischen Arztbescheinigungen?", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "relative", "nephew writes for a widow: life insurance death benefit, Italian death certificate with cause of death; forwarded")
def m114(n):
    body = """Frank, death claim - nephew writes for the widow, she doesn't speak German or
English. Power of attorney still missing. Please check.
Marco

---------- Forwarded message ---------
From: Luca Bellini <luca.bellini@posta-it.example>
Date: Wed, 8 May 2024 at 21:47
Subject: death of my uncle Roberto Marino - life insurance
To: leben@lav-versicherung.example

Good evening,

I write for my aunt, Mrs Rosa Marino. Her husband, my uncle Roberto Marino
(born 02/08/1956), died on 27 April 2024 in Lecce, where they spent the spring.
He had a life insurance with you, number LV-86-201557. My aunt is the beneficiary.

The doctor wrote on the death certificate (certificato di morte / scheda ISTAT):
"arresto cardiaco - infarto miocardico acuto", he also had diabetes for many years.

I attach the Italian death certificate and the "estratto dell'atto di morte".
What else do you need? My aunt is very sad and confused, she only speaks Italian.
Can you write to me in English, please? Grazie mille.

Luca Bellini (nephew)
"""
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Frank Ostermann <frank.ostermann@lav-versicherung.example>",
                 "Fwd: death of my uncle Roberto Marino - life insurance", body)


@mail("CONFIDENTIAL", "de", "customer", "ZIP from a customer: storm damage to his house, photo list and roofer's invoice with his name and IBAN; body short")
def m115(n):
    body = """Sturmschaden Wohngebäude, Unterlagen vom Kunden als ZIP. Bitte anlegen.
Gruß Jonas

> Von: Waldemar Becker <w.becker@pochta.example>
> Betreff: Sturm Dach
> Guten Tag, alles in zip. Danke. W. Becker
"""
    photos = txt("""Fotos Sturmschaden 09.05.2024 - Haus Becker, Im Sandloch 9, 69221 Dossenheim
IMG_2281.jpg  Dach Nordseite, 14 Ziegel fehlen
IMG_2282.jpg  Dachrinne abgerissen
IMG_2285.jpg  Wasserfleck Decke Kinderzimmer
Vertrag WG-5530-271904
""")
    inv = pdf(["Dachdeckerei Horn GmbH, Dossenheim",
               "Rechnung 24-0517 vom 11.05.2024",
               "Kunde: Waldemar Becker, Im Sandloch 9, 69221 Dossenheim",
               "Notsicherung Dach nach Sturm (Plane, 2 Mann, 3 Std.)     420,00 EUR",
               "14 Ziegel ersetzen, Dachrinne neu befestigen             1.180,00 EUR",
               "Summe netto 1.600,00 EUR, MwSt 304,00 EUR, brutto 1.904,00 EUR",
               "Bezahlt von Kunde. Erstattung bitte an: Waldemar Becker,",
               "IBAN DE04 5689 6305 2021 7643 57"], title="Rechnung Dachdeckerei")
    z = zipfile_([("Fotoliste.txt", photos), ("Rechnung_Dachdecker.pdf", inv)])
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "schaden-sach@lav-versicherung.example",
                 "WG: Sturm Dach - WG-5530-271904", body,
                 atts=[("Sturm_Unterlagen.zip", z)])


@mail("NORMAL", "en", "insurer-to-partner", "trap: answer to a journalist about the multilingual service with aggregated figures; no person")
def m116(n):
    body = """Dear Ms Okafor,

thank you for your questions for your article on "Insurance for newcomers".
Here are our answers - you may quote Ms Rösler by name.

1. How many customers use the multilingual hotline?
   Since October 2023 about 14,000 calls, most in Turkish (41 %), Polish (23 %)
   and Russian/Ukrainian (22 %).

2. What are the most common topics?
   Bills from doctors and hospitals abroad, motor claims, and questions about
   letters that customers did not understand.

3. Do you translate letters?
   Legal documents remain in German. We add a short explanation in simple German
   and, for the most common letters, a summary in the customer's language.

4. Quote Beate Rösler, Member of the Board:
   "Nobody should lose money because they did not understand a letter."

We cannot comment on individual cases or customers.

Best regards
Lena Brandt
Press Office
"""
    return build(n, "LAV Presse <presse@lav-versicherung.example>",
                 "Grace Okafor <g.okafor@rhein-neckar-zeitung.example>",
                 "Your questions on our multilingual service", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "dog-owner liability: customer's dog bit another dog; vet bill of the other dog, named customer, claim number")
def m117(n):
    body = """Sehr geehrter Herr Khalil,

Ihr Hund Rex hat am 04.05.2024 im Luisenpark den Hund von Frau Brunner gebissen.
Menschen wurden nicht verletzt.

Ihre Hundehalterhaftpflicht: TH-6701-330925
Schadennummer: 24-TH-004418

Frau Brunner hat uns die Rechnung der Tierarztpraxis geschickt:
  Wundversorgung am Hals, Naht unter Narkose, Antibiotikum     412,80 Euro
  Nachkontrolle                                                   38,50 Euro
  Summe                                                          451,30 Euro

Wir bezahlen die Rechnung direkt an Frau Brunner. Ihre Selbstbeteiligung ist
150 Euro. Bitte überweisen Sie diese an uns - die Rechnung kommt mit der Post.

Bitte führen Sie Rex im Park an der Leine.

Mit freundlichen Grüßen / ma'a as-salama
Miriam Haddad
Haftpflicht-Schaden

""" + SIG_KS
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Omar Khalil <omar.khalil@bareed.example>",
                 "Hundebiss Luisenpark - Schadennummer 24-TH-004418", body)


@mail("NORMAL", "de", "internal", "trap: canteen announcement of an international week (dishes from the customers' languages)")
def m118(n):
    body = """Internationale Woche im Betriebsrestaurant, 27.-31. Mai

Mo  Türkei:   Mercimek çorbası, Karnıyarık, Sütlaç
Di  Polen:    Żurek, Pierogi ruskie, Sernik
Mi  Ukraine:  Borschtsch, Wareniki mit Kartoffeln, Syrnyky
Do  Syrien:   Fattoush, Maqluba, Mamoul
Fr  Italien/Spanien: Minestrone, Paella valenciana, Tiramisù

Allergene wie immer an der Ausgabe. Vegetarische Alternative täglich.

Guten Appetit - Afiyet olsun - Smacznego - Смачного - Sahtein - Buon appetito - ¡Buen provecho!
Ihr Team Betriebsrestaurant
"""
    return build(n, "Betriebsrestaurant <kantine@lav-versicherung.example>",
                 "alle-mitarbeitenden-mannheim@lav-versicherung.example",
                 "Internationale Woche 27.-31.05.", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal", "internal escalation: a minor child was used to interpret a breast-cancer diagnosis to a named customer")
def m119(n):
    body = """Liebe Frau Haddad,

ich muss leider einen Vorfall melden, der mir keine Ruhe lässt.

Kundin: Frau Nadia Benali, KV-4530-621884
Am 13.05. hat ein Kollege aus der Leistung (Name siehe Gesprächsvermerk) mit Frau
Benali telefoniert, um die Kostenzusage für die Chemotherapie und die Brust-OP
(Mammakarzinom links, C50.4) zu besprechen. Weil keine Dolmetscherin verfügbar war,
hat ihre 12-jährige Tochter am Telefon übersetzt - auch die Fragen zu Metastasen
und zur Dauer der Chemotherapie.

Frau Benali hat mich heute über die Arabisch-Hotline angerufen und geweint. Sie
wollte ihrer Tochter die Schwere der Erkrankung eigentlich noch nicht sagen.

Ich bitte darum:
  1. dass wir uns bei Frau Benali entschuldigen (ich kann das auf Arabisch tun),
  2. die Regel aus dem Leitfaden (keine minderjährigen Kinder als Übersetzer) in
     der Leistung noch einmal deutlich kommunizieren,
  3. für Frau Benali bei allen weiteren Gesprächen eine Dolmetscherin einplanen.

Viele Grüße
Yara Mansour
Muttersprachlicher Service, Arabisch
"""
    return build(n, "Yara Mansour <yara.mansour@lav-versicherung.example>",
                 "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Vorfall: Kind als Dolmetscherin - bitte dringend", body,
                 headers={"Importance": "high", "X-Priority": "1"})


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "travel cancellation because of job loss (no health): named customer, booking, policy, refund")
def m120(n):
    body = """Dear Mr Lysenko,

we have checked your claim for the cancelled trip to Lisbon (booking with Sonnenreisen Kurpfalz,
package no. 7781-4420, travel date 15 June 2024).

Reason for cancellation: your employer terminated your employment contract on
30 April 2024 for operational reasons. Unexpected job loss is an insured event
under your travel cancellation insurance (RR-8870-114532).

  cancellation fee charged by the tour operator (40 %)   EUR 1,096.00
  excess                                                 -EUR   100.00
  -----------------------------------------------------------------
  we pay                                                  EUR   996.00

We will transfer the amount to your account ending in ...2719.

Good luck with your job search! Щасти!
Heike Sommer
Travel Insurance Claims

""" + SIG_EN
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Andrii Lysenko <andrii.lysenko@ukrmail.example>",
                 "Your travel cancellation - claim RR-S-24-002288", body)


@mail("NORMAL", "en", "newsletter", "trap: survey invitation about the multilingual hotline, no personal data")
def m121(n):
    body = """Dear customer,

in the last weeks you called our multilingual service line. How did we do?

Please answer 5 short questions - it takes 2 minutes:
https://umfrage.lav-versicherung.example/hotline-2024

The survey is available in German, English, Turkish, Polish, Russian, Ukrainian
and Arabic. It is anonymous: we do not connect your answers with your contract.

Thank you! Teşekkürler! Dziękujemy! Спасибо! Дякуємо! Shukran!

Your Lindauer Allgemeine Customer Service
"""
    return build(n, "LAV Kundenservice <umfrage@lav-versicherung.example>",
                 "hotline-umfrage-mai@lists.lav-versicherung.example",
                 "2 minutes for us? Your opinion on our service line", body,
                 headers={"Precedence": "bulk"})


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "correction of name transliteration and birth date in household/liability contracts of a named customer")
def m122(n):
    body = """Sehr geehrter Herr Bondarenko,

Sie haben recht: In Ihren Verträgen waren Ihr Name und Ihr Geburtsdatum falsch.
Das kam von der alten Übersetzung Ihres Passes. Wir haben alles korrigiert:

                    alt                   neu (wie im neuen Pass)
  Vorname           Jurij                 Yurii
  Nachname          Bondarenko            Bondarenko
  Geburtsdatum      19.04.1971            09.04.1971

Verträge: Hausrat HR-7793-445016, Privathaftpflicht PH-6655-208813

Der Beitrag ändert sich nicht. Die neuen Versicherungsscheine schicken wir Ihnen
per Post.

Дякуємо, що повідомили нам!
Olga Reimer
Kundenservice

""" + SIG_KS
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Yurii Bondarenko <yurii.bondarenko@ukrmail.example>",
                 "Korrektur Name und Geburtsdatum in Ihren Verträgen", body)


@mail("NORMAL", "de", "insurer-to-supplier", "trap: terminology style guide for translators (what not to translate), no customer")
def m123(n):
    body = """Hallo Frau Kaminski,

für alle Übersetzungen unserer Merkblätter und Textbausteine gilt ab sofort der
folgende Terminologie-Leitfaden. Bitte an Ihr Team weitergeben.

1. Diese Begriffe bleiben auf Deutsch und werden in Klammern erklärt:
   Versicherungsschein, Selbstbeteiligung, Wartezeit, Pflegegrad, Schadennummer.
   Beispiel TR: "Pflegegrad (bakım derecesi)".
2. "Krankenversicherung" immer als private Krankenversicherung übersetzen, nie
   als "gesetzlich" oder "SGK" (TR) bzw. "NFZ" (PL).
3. Keine Höflichkeitsformeln erfinden - der Text soll einfach bleiben.
4. Zahlen und Daten im deutschen Format lassen (01.06.2024, 1.250,00 Euro).
5. Arabisch: Hocharabisch, keine Dialektformen; Ukrainisch und Russisch strikt
   getrennt, keine gemischten Dateien.

Vielen Dank
Miriam Haddad
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Joanna Kaminski <j.kaminski@linguabruecke.example>",
                 "Terminologie-Leitfaden für Übersetzungen", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "reimbursement of travel vaccinations (hepatitis A, typhoid) for a named customer and her son")
def m124(n):
    body = """Dear Ms Delgado,

thank you for the invoice from the travel medicine practice. Your health insurance
(KV-4548-902117) pays for travel vaccinations. We reimburse:

  you (Paula Delgado Ríos):  hepatitis A (Havrix 1440), typhoid (Typhim Vi)
                             EUR 118.40
  your son (Mateo, 7):       hepatitis A (Havrix 720 Junior)
                             EUR  61.20
  consultation (GOÄ 1, 5)                                       EUR  32.17
  ------------------------------------------------------------------------
  total                                                         EUR 211.77

The money will be in your account in a few days. Have a wonderful trip to
Colombia - ¡buen viaje!

Kind regards
Marco Esposito
Health Claims

""" + SIG_EN
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Paula Delgado Ríos <paula.delgado@correo.example>",
                 "Your travel vaccinations - reimbursement", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "deer collision under partial cover: named customer, plate, claim number; nobody hurt")
def m125(n):
    body = """Guten Tag Herr Lewandowski,

Sie hatten in der Nacht auf den 11.05. auf der B 38 bei Mörlenbach einen
Wildunfall (Reh). Gut, dass Ihnen nichts passiert ist.

Schadennummer: 24-KW-013370
Fahrzeug:      Skoda Fabia, MA-ML 772 (Teilkasko, Vertrag KH-23-0502211)

Wir haben bekommen:
  - Wildunfallbescheinigung vom Jagdpächter  ✓
  - Fotos                                     ✓
  - Kostenvoranschlag Autohaus Weinheim      ✓  2.486,30 Euro

Wir zahlen den Schaden ohne Selbstbeteiligung (Wildschaden ist bei Ihnen ohne SB).
Das Autohaus kann direkt mit uns abrechnen.

Szerokiej drogi!
Dennis Kowalczyk
Kfz-Schaden

""" + SIG_KS
    return build(n, "Dennis Kowalczyk <dennis.kowalczyk@lav-versicherung.example>",
                 "Marek Lewandowski <marek.lewandowski@poczta.example>",
                 "Wildunfall 11.05. - Schadennummer 24-KW-013370", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health application follow-up: Russian discharge summary mentions hepatitis B; named applicant asked for findings")
def m126(n):
    body = """Sehr geehrte Frau Kusnezova,

danke für Ihren Antrag auf eine private Krankenversicherung (Antrag KV-A-2024-035512).

In der "выписка" (Entlassungsbericht) aus Nowosibirsk von 2017, die Sie uns
geschickt haben, steht: "хронический вирусный гепатит B" - chronische Hepatitis B.
Im Antrag haben Sie bei Frage 3 (Infektionskrankheiten) "nein" angekreuzt.
Vielleicht war die Frage nicht klar.

Bitte schicken Sie uns:
  1. die aktuellen Leberwerte und die Viruslast (HBV-DNA), nicht älter als 6 Monate,
  2. den Namen Ihres Arztes in Deutschland, der die Hepatitis kontrolliert,
  3. ob Sie Medikamente nehmen (z. B. Tenofovir oder Entecavir).

Danach entscheiden wir über Ihren Antrag. Sie können uns auch anrufen - Frau Reimer
erklärt Ihnen alles auf Russisch: 0621 4480-2200, Taste 3.

Mit freundlichen Grüßen
Olga Reimer
Antragsprüfung Krankenversicherung

""" + SIG_KS
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Tatjana Kusnezova <t.kusnezova@pochta.example>",
                 "Ihr Antrag KV-A-2024-035512 - Rückfrage", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: aggregated report to the reinsurer on foreign claims by region and line; no person")
def m127(n):
    body = """Dear Mr Lindgren,

as agreed in the treaty review, please find below the aggregated figures on
claims incurred abroad for Q1/2024 (health and accident, net of recoveries).

  Region               Health claims   Health EUR    Accident claims  Accident EUR
  EU (PL, IT, ES, ...)      1,842      1,402,310            61          288,400
  Turkey                    1,184        612,880            38          197,150
  Ukraine / Russia            300         99,330            12           41,700
  MENA                         87         58,940             4           12,300
  Other                       212        131,780            17           95,600

Large losses > EUR 100k: 3 (two repatriations by air ambulance, one ICU stay);
details only in the bordereau in the data room, in line with the treaty.

Kind regards
Reinsurance Accounting
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "Rückversicherung <rv-abrechnung@lav-versicherung.example>",
                 "Erik Lindgren <erik.lindgren@nordic-re.example>",
                 "Q1/2024 claims abroad - aggregated figures", body)


@mail("CONFIDENTIAL", "de", "insurer-to-company", "mortgage bank: insurance certificate for named homeowners' building policy, sum insured, address")
def m128(n):
    body = """Sehr geehrte Damen und Herren,

für die Baufinanzierung Ihrer Kunden bestätigen wir den Versicherungsschutz und
übersenden den Sicherungsschein.

Versicherungsnehmer:  Ahmet und Zeynep Polat
Risikoort:            Rheingoldstraße 51, 68199 Mannheim (Einfamilienhaus, Bj. 1968)
Vertrag:              WG-5545-330017, Wohngebäude Komfort (Feuer, Leitungswasser,
                      Sturm/Hagel, Elementar)
Versicherungssumme:   gleitender Neuwert, Wert 1914: 38.400 Mark
Beginn:               01.06.2024
Darlehen:             Nr. 7720441850, Grundschuld 310.000 Euro

Der Sicherungsschein ist als PDF beigefügt; das Original geht per Post an Sie.

Mit freundlichen Grüßen
Heike Sommer
Sach-Vertrag Privatkunden
"""
    sch = pdf(["Sicherungsschein Wohngebäudeversicherung",
               "Versicherungsnehmer: Ahmet Polat, Zeynep Polat",
               "Versicherungsort: Rheingoldstraße 51, 68199 Mannheim",
               "Vertrag WG-5545-330017, Realgläubiger: Volksbank Kurpfalz eG, Darlehen 7720441850",
               "Die Versicherung ist für Rechnung des Realgläubigers genommen (Sicherungsschein nach § 94 VVG).",
               "Mannheim, 15.05.2024    Lindauer Allgemeine Versicherung AG"], title="Sicherungsschein")
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "baufinanzierung@volksbank-kurpfalz.example",
                 "Sicherungsschein WG-5545-330017 - Polat", body,
                 atts=[("Sicherungsschein_WG-5545-330017.pdf", sch)])


@mail("NORMAL", "de", "internal", "trap: Turkish summary text block for care-level letters with placeholders only")
def m129(n):
    body = """Hallo Aylin,

kannst du die türkische Kurzfassung für den Baustein "Ergebnis Pflegegutachten"
noch einmal gegenlesen? Die Platzhalter in {{ }} füllt das System.

--- TR Kurzfassung (Entwurf) ---
Sayın {{Anrede}} {{Nachname}},

{{Name der versicherten Person}} için bakım değerlendirmesi tamamlandı.
Sonuç: Bakım derecesi (Pflegegrad) {{Pflegegrad}}, {{Beginn}} tarihinden itibaren.

Aylık bakım parası (Pflegegeld): {{Betrag}} Euro.
Bu kısa açıklama bilgi amaçlıdır. Geçerli olan Almanca mektuptur.
Sorularınız için: 0621 4480-2200 (Türkçe).
--- Ende ---

Danke dir!
Jonas
"""
    return build(n, "Jonas Wendt <jonas.wendt@lav-versicherung.example>",
                 "Aylin Demir <aylin.demir@lav-versicherung.example>",
                 "Gegenlesen TR-Kurzfassung Baustein Pflegegutachten", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "orthodontic treatment plan for a named child (KIG grade, braces), cost approval; Arabic-speaking parent")
def m130(n):
    body = """Dear Mr Nasser,

we have checked the orthodontic treatment plan of Dr. Kessler for your daughter
Lina (10 years), insured under ZZ-3440-219087.

Findings in the plan: deep bite with contact to the palate, KIG grade D4,
crowding in the lower jaw. Planned: removable braces for 12 months, then fixed
braces (brackets) for about 24 months.

  planned costs                    EUR 5,380.00
  we pay (80 %, max. EUR 2,000 for
  the first 3 years of the contract) EUR 2,000.00

The treatment can start. Please send us the invoices every quarter, as
Dr. Kessler bills them.

If you would like to discuss this in Arabic, Ms Mansour from our service line
will call you back.

Kind regards / ma'a salama
Miriam Haddad
Dental Claims

""" + SIG_EN
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "Hassan Nasser <hassan.nasser@bareed.example>",
                 "Lina's braces - cost approval", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "bicycle theft paid under household policy: named customer, claim number, amount")
def m131(n):
    body = """Hola Mr Morales,

good news: your stolen e-bike is covered.

Claim number: 24-HR-049903 (household insurance HR-7745-209931)
Cube Kathmandu e-bike, bought 2022 for EUR 3,149.00
Your policy covers bicycles at replacement value up to EUR 3,500.
We pay: EUR 3,149.00

The police have not found the bike. If it is found later, please tell us - then
you can choose to keep the bike and pay the money back, or we keep the bike.

The money goes to your account ending ...0387 this week.

¡Suerte con la bici nueva!
Heike Sommer
Property Claims

""" + SIG_EN
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Javier Morales <javi.morales@correo.example>",
                 "Your stolen e-bike - claim 24-HR-049903 paid", body)


@mail("NORMAL", "en", "internal", "trap: IT security rule against public machine translation of customer documents; generic")
def m132(n):
    body = """To all employees in customer service and claims

Reminder: do NOT paste customer letters, medical reports or bills into public
online translation tools or chatbots.

Why? Texts you paste there may be stored and used by the provider. For medical
documents this would be a breach of professional secrecy and data protection law.

What to use instead:
  - for understanding a short text: the internal translator "LAV Translate"
    (runs on our servers, no storage), available for TR, PL, RU, UK, AR, IT, ES
  - for decisions and official documents: the translation agency via the portal
  - for calls: the interpreter pool or the multilingual service line

Blocked since 15 May: three public translation websites at the proxy.

Questions: it-security@lav-versicherung.example

IT Security
"""
    return build(n, "IT Security <it-security@lav-versicherung.example>",
                 "alle-mitarbeitenden@lav-versicherung.example",
                 "Reminder: no public translation tools for customer documents", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "relative", "wife writes about her husband's alcohol withdrawal treatment; forwarded to health claims")
def m133(n):
    body = """Hallo Thomas,

Anfrage Kostenübernahme Entwöhnung, Ehefrau schreibt (beide im Vertrag
KV-4555-710236, sie ist mitversichert). Bitte Auskunft nur an den VN selbst, bis
eine Vollmacht vorliegt.

Olga

-----Ursprüngliche Nachricht-----
Von: Swetlana Hartmann <swetlana.hartmann@pochta.example>
Gesendet: Freitag, 17. Mai 2024 07:30
An: service@lav-versicherung.example
Betreff: Klinik für meinen Mann

Guten Tag,

mein Mann Alexander Hartmann (KV-4555-710236) trinkt seit Jahren zu viel Alkohol.
Jetzt er will endlich aufhören, Gott sei Dank. Der Hausarzt sagt, er braucht
zuerst Entgiftung im Krankenhaus (7-10 Tage) und danach Entwöhnung in einer
Fachklinik, 12 Wochen. Es gibt eine Klinik mit russischsprachigen Therapeuten
in der Pfalz.

Bezahlt die Versicherung das? Was müssen wir machen? Bitte schnell antworten,
er hat jetzt den Mut. Пожалуйста.

Swetlana Hartmann
"""
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Thomas Brenner <thomas.brenner@lav-versicherung.example>",
                 "WG: Klinik für meinen Mann", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "qualified payment reminder for a motor premium (§ 38 VVG): named customer, plate, amount, deadline")
def m134(n):
    body = """Sehr geehrter Herr Demir,

Sie haben den Beitrag für Ihre Kfz-Versicherung noch nicht bezahlt.

Vertrag:        KH-22-0388104 (Kennzeichen MA-OD 5151)
Offener Betrag: 286,40 Euro (Beitrag Mai bis Juli) + 5,00 Euro Mahngebühr

Bitte zahlen Sie 291,40 Euro bis spätestens 07.06.2024 (2 Wochen).

Wichtig - bitte genau lesen:
  Wenn Sie bis zu diesem Tag nicht zahlen, haben Sie bei einem Unfall keinen
  Versicherungsschutz mehr (§ 38 Versicherungsvertragsgesetz). Wir können den
  Vertrag dann auch kündigen. Ihr Auto darf ohne Versicherung nicht fahren.

Sie können in Raten zahlen? Rufen Sie uns an: 0621 4480-2200 (auch Türkisch).

Mit freundlichen Grüßen
Beitragsservice
Lindauer Allgemeine Versicherung AG
"""
    return build(n, "LAV Beitragsservice <beitragsservice@lav-versicherung.example>",
                 "Orhan Demir <orhan.demir@kutu.example>",
                 "Zahlungserinnerung mit Frist - KH-22-0388104", body)


@mail("NORMAL", "de", "insurer-to-partner", "trap: info evening on long-term care insurance in a mosque community centre; addressed to the board mailbox, no person's religion")
def m135(n):
    body = """Sehr geehrte Damen und Herren des Vorstands,

vielen Dank für die Einladung. Gern kommen wir zum Informationsabend
"Wenn die Eltern Pflege brauchen - Pflegeversicherung einfach erklärt" in Ihr
Gemeindezentrum.

  Termin:  Sonntag, 9. Juni 2024, nach dem Nachmittagsgebet, ca. 16:30 Uhr
  Ort:     Türkisch-Islamische Gemeinde Neckarau e.V., Gemeindesaal
  Sprache: Türkisch und Deutsch (Frau Demir und Herr Aksoy vom muttersprachlichen
           Service)
  Dauer:   ca. 60 Minuten mit Fragen

Themen: Pflegegrade, Pflegegeld, was bei der Begutachtung passiert, Hilfe für
pflegende Angehörige, Pflegezusatzversicherung. Wir sprechen allgemein und beraten
an dem Abend nicht zu einzelnen Personen.

Getrennte Sitzbereiche für Frauen und Männer sind für uns selbstverständlich in
Ordnung. Flyer in Türkisch und Deutsch bringen wir mit.

Mit freundlichen Grüßen
Lena Brandt
Unternehmenskommunikation
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Vorstand TIG Neckarau <vorstand@tig-neckarau.example>",
                 "Infoabend Pflegeversicherung am 9. Juni", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "traffic legal expenses: speeding fine of a named driver (administrative offence), case number")
def m136(n):
    body = """Dear Mr Marchetti,

your traffic legal expenses insurance (RS-1970-552019) covers the defence against
the fine notice (Bußgeldbescheid) of the city of Heidelberg.

Case number:  RS-S-24-036402
Offence:      speeding, 31 km/h over the limit in town (B 37, 14 March 2024)
Notice:       EUR 260 fine, 2 points in Flensburg, 1 month driving ban

Your lawyer can ask to see the file (Akteneinsicht) and check the speed
measurement. Please note the deadline: the objection (Einspruch) must reach the
authority within 2 weeks after you received the notice.

We pay the lawyer's fees and the costs of the proceedings; your excess is EUR 150.

Cordiali saluti
Ingrid Maurer
Legal Expenses Claims

""" + SIG_EN
    return build(n, "Ingrid Maurer <ingrid.maurer@lav-versicherung.example>",
                 "Paolo Marchetti <paolo.marchetti@posta-it.example>",
                 "Your fine notice - cover confirmed (RS-S-24-036402)", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "pregnancy in week 10: named customer asks about birth costs and waiting period")
def m137(n):
    body = """Dear Ms Kaczmarek,

congratulations on your pregnancy! You asked if your health insurance pays for
the birth.

Your contract KV-4561-039218 started on 1 February 2024. For pregnancy and birth
there is a waiting period of 8 months. Your expected date of delivery (from your
gynaecologist's certificate) is 3 December 2024 - after the waiting period has
ended (1 October 2024). So:

  - birth in hospital, midwife, check-ups after 1 October: insured
  - check-ups and ultrasound before 1 October: also insured, because you had no
    waiting period for outpatient treatment (you came from statutory insurance
    and we counted that time)

Please send us the "Mutterpass" pages with the check-ups when you send bills.

Gratulacje i dużo zdrowia!
Katarzyna Nowak-Berg
Health Claims

""" + SIG_EN
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "Ewelina Kaczmarek <ewelina.kaczmarek@poczta.example>",
                 "Pregnancy and birth - what is covered", body)


@mail("NORMAL", "de", "internal", "trap: anonymised case study (age band, language only) on interpreters at assessments for the board")
def m138(n):
    body = """Fallbeispiel für den Vorstandsbericht "Ein Jahr Dolmetscherpool" (anonymisiert)

Kundin, 50-59 Jahre, Sprachpräferenz Türkisch, Unfallversicherung.

Ausgangslage: Nach einem Sturz war die Kundin bei einem Gutachter. Ihr Neffe
übersetzte. Im Gutachten stand später, sie habe "keine Beschwerden beim
Treppensteigen" - die Kundin hatte aber gesagt, sie steige Treppen nur mit Hilfe.
Das Gutachten führte zu einer niedrigen Einstufung; die Kundin legte Widerspruch ein.

Mit Dolmetscherin aus dem Pool: Zweitgutachten, klare Angaben, Einigung ohne
Gericht. Dauer bis zur Einigung: 7 Wochen statt der üblichen 9 Monate bei
Widersprüchen mit Rechtsanwalt.

Kennzahlen Pool (alle Fälle, 12 Monate): 412 Einsätze, 96 % Termine wie geplant,
Widerspruchsquote nach Gutachten mit Pool-Dolmetscher 4 % (ohne: 11 %).

Hinweis: Alle Angaben so verändert, dass die Kundin nicht erkennbar ist.
"""
    return build(n, "Miriam Haddad <miriam.haddad@lav-versicherung.example>",
                 "vorstandsbuero@lav-versicherung.example",
                 "Fallbeispiel Dolmetscherpool (anonymisiert) für den Vorstandsbericht", body)


@mail("CONFIDENTIAL", "de", "customer", "customer asks for a premium statement for the tax return: tax ID, address, contracts; forwarded")
def m139(n):
    body = """Bitte Beitragsbescheinigung 2023 für Haftpflicht und Hausrat erstellen und
an den Kunden schicken. Steuer-ID bitte im Bestand ergänzen.
Sabine

> Von: Bilal Qasim <bilal.qasim@bareed.example>
> Betreff: Bescheinigung Steuer
>
> Marhaba,
> für meine Steuererklärung 2023 brauche ich Bescheinigung über Beiträge für
> Haftpflicht (PH-6690-120376) und Hausrat (HR-7799-034561).
> Meine Steuer-ID: 48 917 362 051
> Adresse: Neckarauer Straße 201, 68199 Mannheim
> Steuerberater sagt, Haftpflicht kann man absetzen.
> Shukran, Bilal Qasim
"""
    return build(n, "Sabine Krämer <sabine.kraemer@lav-versicherung.example>",
                 "vertrag-sach@lav-versicherung.example",
                 "WG: Bescheinigung Steuer - Qasim", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "hearing aids for a named elderly customer: audiogram, hearing loss both ears, cost approval")
def m140(n):
    body = """Sehr geehrter Herr Neumann,

Sie haben einen Kostenvoranschlag für zwei Hörgeräte geschickt. Wir haben ihn
geprüft.

Ihr Vertrag: KV-4402-660198
HNO-Ärztin: Dr. Sommerfeld, Verordnung vom 06.05.2024
Befund: Schwerhörigkeit beider Ohren (Innenohr), im Hörtest ca. 55 dB Verlust

Kostenvoranschlag Hörakustik am Wasserturm:
  2 Hörgeräte (Hinter-dem-Ohr, wiederaufladbar)     3.980,00 Euro
Das zahlen wir (Tarif: 80 %, höchstens 1.500 Euro pro Ohr): 3.000,00 Euro

Sie können die Hörgeräte jetzt bestellen. Bitte schicken Sie uns danach die
Rechnung.

Wir wünschen Ihnen viel Freude am besseren Hören!
Всего доброго!
Olga Reimer
Leistungsservice Krankenversicherung

""" + SIG_KS
    return build(n, "Olga Reimer <olga.reimer@lav-versicherung.example>",
                 "Johann Neumann <johann.neumann@pochta.example>",
                 "Ihre Hörgeräte - Zusage", body)


@mail("NORMAL", "en", "insurer-to-broker", "trap: broker-post notification without content")
def m141(n):
    body = """Dear partner,

there are 3 new documents in your electronic broker post (partner no. 40-11872).
Please log in to the broker portal to read them:
https://makler.lav-versicherung.example

Your broker management software can also fetch the documents automatically.

This message was sent automatically. Please do not reply.
Lindauer Allgemeine Versicherung AG - Broker Services
"""
    return build(n, "LAV Maklerservice <no-reply@makler.lav-versicherung.example>",
                 "biuro@kowalski-versicherungen.example",
                 "New documents in your broker post", body,
                 headers={"Auto-Submitted": "auto-generated"})


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "fire in a sole trader's tapas bar: named owner, commercial contents policy, claim number, loss of income")
def m142(n):
    body = """Dear Mr Torres,

we are very sorry about the fire in your kitchen on 18 May. Good that nobody was
in the restaurant.

Policyholder:  Bar Andaluz, owner Manuel Torres Vega (sole trader)
Address:       Jungbuschstraße 14, 68159 Mannheim
Policy:        GI-3308-772150 (commercial contents + business interruption)
Claim number:  24-GI-001942

Next steps:
  1. Our loss adjuster, Mr Wagenknecht, will visit you on Wednesday at 10:00.
  2. Please prepare: list of damaged equipment (deep fryer, extractor hood,
     fridge), purchase invoices if you have them, and your turnover of the last
     12 months (monthly, from your tax adviser) for the business interruption part.
  3. We can pay an advance of EUR 5,000 right away so that you can start cleaning.

¡Ánimo! We will help you open again soon.
Heike Sommer
Commercial Claims

""" + SIG_EN
    return build(n, "Heike Sommer <heike.sommer@lav-versicherung.example>",
                 "Manuel Torres Vega <bar.andaluz@correo.example>",
                 "Fire in your restaurant - claim 24-GI-001942", body)


@mail("NORMAL", "de", "internal", "trap: data-protection quiz with fictitious customer 'Kunde X'; no real person")
def m143(n):
    body = """Datenschutz-Quiz im Mai - diesmal zum Thema "Mehrsprachige Kommunikation"
(alle Namen und Fälle erfunden)

1. Kunde X schreibt auf Polnisch, er sei "chory" und schickt eine AU. Ist das ein
   Gesundheitsdatum?
   a) nein, es ist ja Polnisch   b) ja   c) nur mit ICD-Code
2. Die Tochter von Kundin Y ruft an und fragt nach der Rechnung der Mutter. Es
   liegt keine Vollmacht vor. Was tun Sie?
3. Ein Dolmetscher schickt seine Rechnung mit dem Namen der Kundin und "Termin
   beim Psychiater". Wie darf die Rechnung weitergeleitet werden?
4. Darf die Sprachpräferenz "Arabisch" gespeichert werden? Und die Religion?

Auflösung nächste Woche im Intranet. Unter allen richtigen Antworten verlosen
wir drei Wörterbücher Ihrer Wahl.

Ihr Datenschutz-Team
"""
    return build(n, "Datenschutz <datenschutz@lav-versicherung.example>",
                 "alle-mitarbeitenden@lav-versicherung.example",
                 "Datenschutz-Quiz Mai: Mehrsprachige Kommunikation", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital", "guarantee of payment to a Polish hospital for a named insured in ICU after a car accident")
def m144(n):
    body = """Dear Sir or Madam,

Lindauer Allgemeine Versicherung AG guarantees payment of the costs of medically
necessary inpatient treatment for our insured:

  Patient:          Mr Krzysztof Nowicki, born 14/11/1983
  Policy:           AR-6640-118037 (travel health insurance)
  Admission:        19/05/2024, Intensive Care Unit
  Diagnosis (as reported by your doctor on the phone): polytrauma after car
  accident - rib fractures right 4-7, pneumothorax, splenic rupture (splenectomy
  on 19/05/2024)

The guarantee covers treatment at the rates of the Polish National Health Fund
or your private price list, whichever applies, up to EUR 60,000. Please inform us
before the transfer to a normal ward and before discharge. We will organise the
return transport to Germany as soon as Mr Nowicki can be transported.

Please send invoices and the discharge report (karta informacyjna) to
assistance@lav-versicherung.example, referencing case AS-24-05519.

Our 24-hour assistance: +49 621 4480-9999 (Polish spoken).

Z poważaniem / Kind regards
Katarzyna Nowak-Berg
Assistance Team
"""
    return build(n, "LAV Assistance <assistance@lav-versicherung.example>",
                 "izba.przyjec@szpital-wroclaw.example",
                 "Guarantee of payment - Krzysztof Nowicki - case AS-24-05519", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer", "glass breakage of a ceramic hob under household glass cover: named customer, claim number")
def m145(n):
    body = """Sehr geehrte Frau Romano,

Ihr Ceranfeld ist gesprungen - das ist über Ihre Glasversicherung versichert.

Schadennummer: 24-GL-007715
Vertrag:       HR-7734102 (mit Glas-Baustein)

Sie können ein neues Kochfeld kaufen und uns die Rechnung schicken. Wir zahlen
das Glas (die Ceranplatte) bzw. ein gleichwertiges neues Kochfeld bis 600 Euro,
auch den Einbau durch einen Elektriker.

Bitte heben Sie das alte Kochfeld auf, bis wir bezahlt haben.

Cordiali saluti
Marco Esposito
Sach-Schaden

""" + SIG_KS
    return build(n, "Marco Esposito <marco.esposito@lav-versicherung.example>",
                 "Teresa Romano <teresa.romano@posta-it.example>",
                 "Ihr Ceranfeld - Schadennummer 24-GL-007715", body)


@mail("NORMAL", "en", "insurer-to-partner", "trap: answer to a student's research request on language barriers; refers to published figures only")
def m146(n):
    body = """Dear Ms Petrović,

thank you for your interest in our multilingual service for your master's thesis
("Language barriers in insurance claims", University of Mannheim).

We are happy to support you with:
  - an interview with Ms Haddad (coordination interpreter pool), 45 minutes,
  - our published figures (press release of 15 April, annual report 2023),
  - the anonymised leaflets and letter templates.

Please understand that we cannot give you access to customer files, individual
complaints or recordings of calls - not even anonymised ones - without a formal
research agreement approved by our data protection officer.

Kind regards
Lena Brandt
Corporate Communications
"""
    return build(n, "Lena Brandt <lena.brandt@lav-versicherung.example>",
                 "Mila Petrović <mila.petrovic@stud.uni-mannheim.example>",
                 "Your research request - language barriers in claims", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "dental supplementary application: named applicant, missing teeth and planned bridge stated in the health questions")
def m147(n):
    body = """Sehr geehrte Frau Aksoy,

danke für Ihren Antrag auf die Zahnzusatzversicherung ZahnPlus (Antrag
ZZ-A-2024-012277).

Im Antrag haben Sie geschrieben:
  - es fehlen 2 Zähne (unten links, 36 und 37), nicht ersetzt
  - Ihre Zahnärztin in Izmir hat im Januar eine Brücke empfohlen
  - Parodontose-Behandlung 2022

Das bedeutet für Ihren Vertrag:
  - Die Brücke für die fehlenden Zähne 36 und 37 ist nicht versichert, weil sie
    schon vor dem Vertrag empfohlen wurde.
  - Für die zwei fehlenden Zähne gibt es einen Beitragszuschlag von 6,50 Euro im
    Monat.
  - Alles andere ist versichert (z. B. neue Füllungen, Kronen, Prophylaxe).

Wenn Sie einverstanden sind, unterschreiben Sie bitte das Formular im Anhang und
schicken Sie es zurück. Bei Fragen: Frau Demir, 0621 4480-2290 (Türkisch).

Mit freundlichen Grüßen
Antragsprüfung Zahn

""" + SIG_KS
    form = pdf(["Annahme mit Ausschluss / Istisna ile kabul",
                "Antrag ZZ-A-2024-012277, Antragstellerin: Sevgi Aksoy, geb. 23.08.1976",
                "Ausschluss: Brückenversorgung regio 36-37 (fehlende Zähne vor Vertragsbeginn)",
                "Zuschlag: 6,50 EUR monatlich",
                "[ ] einverstanden / kabul ediyorum",
                "Ort, Datum, Unterschrift: ______________________"], title="Annahme Ausschluss")
    return build(n, "Antragsprüfung Zahn <antrag-zahn@lav-versicherung.example>",
                 "Sevgi Aksoy <sevgi.aksoy@kutu.example>",
                 "Ihr Antrag Zahnzusatz ZZ-A-2024-012277", body,
                 atts=[("Annahme_Ausschluss_ZZ-A-2024-012277.pdf", form)])


@mail("NORMAL", "de", "internal", "trap: data-protection reminder about sending health data by mail, generic, no person")
def m148(n):
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen haben wir mehrere E-Mails gesehen, in denen ausländische
Arztberichte, Übersetzungen und Rechnungen unverschlüsselt an Dolmetscher,
Übersetzungsbüros und Angehörige geschickt wurden.

Bitte beachten Sie:
  - Gesundheitsdaten verlassen das Haus nur über das SecureMail-Portal oder
    verschlüsselt.
  - Angehörige erhalten Auskünfte nur mit Vollmacht (Vorlage DE/TR/RU im Intranet).
  - Im Betreff keine Diagnosen und keine Namen mit Geburtsdatum.
  - Dolmetscherrechnungen nur mit Auftragsnummer, ohne Kundennamen weiterleiten.

Danke, dass Sie mithelfen!
Dr. Martina Feld
Datenschutzbeauftragte
"""
    return build(n, "Dr. Martina Feld <martina.feld@lav-versicherung.example>",
                 "leistung-alle@lav-versicherung.example",
                 "Erinnerung: Gesundheitsdaten nur verschlüsselt versenden", body)


@mail("CONFIDENTIAL", "de", "relative", "sister writes for her brother: car exported to Poland, cancellation, his birth date and policy; forwarded")
def m149(n):
    body = """Kfz-Abmeldung, Fahrzeug nach Polen exportiert. Vollmacht liegt bei.
Bitte Vertrag zum Abmeldedatum beenden und Rest erstatten.
Katarzyna

> Von: Joanna Wróblewska <joanna.wroblewska@poczta.example>
> Betreff: Auto von meinem Bruder abgemeldet
>
> Dzień dobry,
> ich schreibe für meinen Bruder Damian Wróblewski, geb. 30.06.1992. Er arbeitet
> jetzt wieder in Polen und hat sein Auto mitgenommen. Das Auto (Opel Corsa,
> MA-DW 330, Vertrag KH-21-0342876) ist am 21.05.2024 in Mannheim abgemeldet,
> Bescheinigung von der Zulassungsstelle ist im Anhang. Vollmacht auch.
> Bitte Geld zurück auf sein Konto wie bisher.
> Dziękuję, Joanna
"""
    return build(n, "Katarzyna Nowak-Berg <katarzyna.nowak-berg@lav-versicherung.example>",
                 "kfz-vertrag@lav-versicherung.example",
                 "WG: Auto von meinem Bruder abgemeldet - KH-21-0342876", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer", "SEPA mandate confirmation for a new liability policy: named customer, IBAN, policy number")
def m150(n):
    body = """Dear Mr Al-Rashid,

welcome to Lindauer Allgemeine! Your private liability insurance starts on
1 June 2024.

Policy:        PH-6712-005834
Premium:       EUR 5.90 per month, collected on the 1st of each month
SEPA mandate:  LAV-M-2024-5834
Account:       Tarek Al-Rashid, IBAN DE52 2733 2425 8014 2135 98
Creditor ID:   DE03ZZZ00000588123

The first premium will be collected on 3 June 2024 (the 1st is a Saturday).

If you want to change the account later, just write to us.

Ahlan wa sahlan - kind regards
Yara Mansour
Customer Service

""" + SIG_EN
    return build(n, "Yara Mansour <yara.mansour@lav-versicherung.example>",
                 "Tarek Al-Rashid <tarek.alrashid@bareed.example>",
                 "Your new liability insurance PH-6712-005834 - SEPA mandate", body)


# ================================================================ output / check
def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        m = fn(i)
        name = "d%02d-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(m.as_bytes(policy=policy.SMTP))
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(MAILS), OUT))


def _pdf_strings(data):
    out = []
    for m in re.finditer(rb"\((.*?)(?<!\\)\) Tj", data):
        out.append(m.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\").decode("cp1252"))
    return "\n".join(out)


def _zip_text(data, errs, where):
    texts = []
    zf = zipfile.ZipFile(io.BytesIO(data))
    bad = zf.testzip()
    if bad:
        errs.append("%s: bad zip member %s" % (where, bad))
    for zi in zf.infolist():
        if zi.date_time != ZIPTIME:
            errs.append("%s: zip time %s" % (where, zi.filename))
        d = zf.read(zi)
        low = zi.filename.lower()
        if low.endswith(".xml") or low.endswith(".rels"):
            try:
                root = ElementTree.fromstring(d)
                texts.append(" ".join(t for t in root.itertext()))
            except ElementTree.ParseError as e:
                errs.append("%s: xml %s %s" % (where, zi.filename, e))
        else:
            texts.append(_file_text(zi.filename, d, errs, where + "/" + zi.filename))
    return "\n".join(texts)


def _file_text(name, data, errs, where):
    low = name.lower()
    if low.endswith(".pdf"):
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            errs.append("%s: not a pdf" % where)
        m = re.search(rb"startxref\n(\d+)\n", data)
        if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
            errs.append("%s: bad xref" % where)
        return _pdf_strings(data)
    if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        try:
            return _zip_text(data, errs, where)
        except zipfile.BadZipFile:
            errs.append("%s: bad zip" % where)
            return ""
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append("%s: bad ics" % where)
        return t
    if low.endswith(".eml"):
        return _msg_text(message_from_bytes(data, policy=policy.default), errs, where)
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ""


def _msg_text(msg, errs, where):
    texts = []
    for h in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[h]:
            texts.append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            texts.append(_file_text(fn, part.get_payload(decode=True), errs, where + ":" + fn))
        elif part.get_content_maintype() == "text":
            texts.append(part.get_content())
        else:
            texts.append(_file_text("x.bin", part.get_payload(decode=True), errs, where))
    return "\n".join(texts)


ADDR = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL = re.compile(r"(?:https?://|www\.)([^/\s\"'<>)]+)", re.I)
IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")


def check():
    errs = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "labels header"
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        errs.append("labels: %d rows" % len(rows))
    count = {}
    langs = {}
    ibans = 0
    for i, r in enumerate(rows, 1):
        if len(r) != 5 or not all(r):
            errs.append("labels row %d malformed" % i)
            continue
        name, label, lang, kind, reason = r
        if name != "d%02d-%04d.eml" % (NN, i):
            errs.append("labels row %d: %s" % (i, name))
        if label not in LABELS:
            errs.append("%s: label %s" % (name, label))
        if lang not in ("de", "en", "mixed"):
            errs.append("%s: lang %s" % (name, lang))
        if reason.lower().startswith("trap") and label != "NORMAL":
            errs.append("%s: trap but %s" % (name, label))
        count[label] = count.get(label, 0) + 1
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            errs.append("%s missing" % name)
            continue
        data = open(path, "rb").read()
        if data.count(b"\n") != data.count(b"\r\n") or b"\r\r" in data:
            errs.append("%s: not pure CRLF" % name)
        msg = message_from_bytes(data, policy=policy.default)
        for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
            if not msg[h]:
                errs.append("%s: header %s missing" % (name, h))
        if msg.defects:
            errs.append("%s: defects %s" % (name, msg.defects))
        text = _msg_text(msg, errs, name)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                inner_msg = part.get_payload()[0]
                for h in ("From", "To", "Date", "Subject"):
                    if not inner_msg[h]:
                        errs.append("%s: forwarded mail without %s" % (name, h))
                text += "\n" + _msg_text(inner_msg, errs, name + "[fwd]")
        hdrs = "\n".join(str(v) for k, v in msg.items())
        for d in ADDR.findall(text + "\n" + hdrs) + URL.findall(text):
            if not d.lower().rstrip(".").endswith(".example"):
                errs.append("%s: domain %s" % (name, d))
        for ib in IBAN.findall(text):
            compact = ib.replace(" ", "")
            if compact[4:7] == "ZZZ":  # SEPA creditor identifier, own check
                if not iban_ok(compact[:4] + compact[7:]):
                    errs.append("%s: creditor id %s fails checksum" % (name, ib))
                continue
            if compact[:2] in ("DE", "AT", "TR", "PL", "IT", "ES", "UA", "NL", "FR", "CH", "GB", "BE", "LU"):
                if len(compact) >= 15:
                    ibans += 1
                    if not iban_ok(compact):
                        errs.append("%s: IBAN %s fails checksum" % (name, ib))
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if count != want:
        errs.append("label counts %s != %s" % (count, want))
    files = sorted(os.listdir(OUT))
    if len(files) != 150:
        errs.append("%d files in mails/" % len(files))
    print("mails: %d  labels: %s" % (len(rows), ", ".join("%s=%d" % (k, count.get(k, 0)) for k in LABELS)))
    for lab in LABELS:
        print("  %-22s de=%3d en=%3d mixed=%3d" % (lab, langs.get((lab, "de"), 0), langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    print("IBANs checked: %d" % ibans)
    if errs:
        print("ERRORS (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write()
