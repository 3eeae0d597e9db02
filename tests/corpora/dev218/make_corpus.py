#!/usr/bin/env python3
"""d218 corpus generator: 150 fictitious outgoing mails of Nordlicht Versicherung AG.
Python standard library only, deterministic. Usage: make_corpus.py [--check]"""
import sys, os, io, zlib, zipfile, tempfile, filecmp, datetime, csv
import xml.dom.minidom
from email.message import EmailMessage
from email.policy import SMTP, default
from email import utils, message_from_bytes
from email.parser import BytesParser

DOM = "nordlicht-versicherung.example"
TZ1 = datetime.timezone(datetime.timedelta(hours=1))
TZ2 = datetime.timezone(datetime.timedelta(hours=2))

# ---------------------------------------------------------------- helpers
def iban(cc, bban):
    """ISO 13616 IBAN with correct check digits, grouped in fours."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    cd = 98 - int(num) % 97
    raw = f"{cc}{cd:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def iban_raw(cc, bban):
    return iban(cc, bban).replace(" ", "")

def dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = TZ2 if (d.month, d.day) >= (3, 29) and (d.month, d.day) < (10, 25) else TZ1
    return utils.format_datetime(d.replace(tzinfo=tz))

ZT = (2026, 1, 15, 10, 0, 0)

def zipbytes(members, zt=ZT):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=zt)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()

def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{t}</dc:title><dc:creator>{a}</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">{d}T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">{d}T09:00:00Z</dcterms:modified></cp:coreProperties>')

def docx(paras, title="Dokument", author="Nordlicht Versicherung AG", date="2026-01-15"):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc),
                     ("docProps/core.xml", CORE.format(t=esc(title), a=esc(author), d=date))])

def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(rows, sheet="Tabelle1", title="Liste", author="Nordlicht Versicherung AG", date="2026-01-15"):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{"".join(out)}</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws),
                     ("docProps/core.xml", CORE.format(t=esc(title), a=esc(author), d=date))])

ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def _odf(kind, inner, title, date):
    mt = f"application/vnd.oasis.opendocument.{kind}"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODNS}><office:body>{inner}</office:body></office:document-content>'
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODNS}><office:meta>'
            f'<dc:title>{esc(title)}</dc:title><meta:creation-date>{date}T09:00:00</meta:creation-date>'
            f'<dc:date>{date}T09:00:00</dc:date></office:meta></office:document-meta>')
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zipbytes([("mimetype", mt), ("META-INF/manifest.xml", man), ("content.xml", content), ("meta.xml", meta)])

def odt(paras, title="Dokument", date="2026-01-15"):
    inner = "<office:text>" + "".join(f"<text:p>{esc(p)}</text:p>" for p in paras) + "</office:text>"
    return _odf("text", inner, title, date)

def ods(rows, sheet="Tabelle1", title="Tabelle", date="2026-01-15"):
    trs = ""
    for row in rows:
        tds = ""
        for v in row:
            if isinstance(v, (int, float)):
                tds += f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
            else:
                tds += f'<table:table-cell office:value-type="string"><text:p>{esc(str(v))}</text:p></table:table-cell>'
        trs += f"<table:table-row>{tds}</table:table-row>"
    inner = f'<office:spreadsheet><table:table table:name="{esc(sheet)}">{trs}</table:table></office:spreadsheet>'
    return _odf("spreadsheet", inner, title, date)

def pdf(lines, title="Dokument", date="20260115090000"):
    """One or more pages, Helvetica, WinAnsiEncoding, FlateDecode, real text layer."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[""]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = (f"<< /Title ({title}) /Producer (Nordlicht DMS 4.2) /CreationDate (D:{date}+01'00') "
               f"/ModDate (D:{date}+01'00') >>").encode("cp1252")
    kids = []
    n = 5
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pg:
            s = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({s}) Tj T*")
        ops.append("ET")
        raw = zlib.compress("\n".join(ops).encode("cp1252"), 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[n] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   f"/Resources << /Font << /F1 3 0 R >> >> /Contents {n + 1} 0 R >>").encode()
        kids.append(n)
        n += 2
    objs[2] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>").encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    x = out.tell()
    cnt = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % cnt)
    for i in range(1, cnt):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (cnt, x))
    return out.getvalue()

def ics(uid, start, end, summary, location="", desc="", org="", attendees=()):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nordlicht Versicherung//Kalender 2026//DE",
         "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}@{DOM}", "DTSTAMP:20260110T080000Z",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}", f"SUMMARY:{summary}"]
    if location:
        L.append(f"LOCATION:{location}")
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    if org:
        L.append(f"ORGANIZER:mailto:{org}")
    for a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

def csvb(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)

# ---------------------------------------------------------------- staff
STAFF = {
    "behrendt": ("Katrin Behrendt", "k.behrendt", "Katrin Behrendt\nLeistungsprüfung Berufsunfähigkeit\nNordlicht Versicherung AG\nAm Deichtor 12, 20095 Hamburg\nTel. +49 40 5550-3141"),
    "albrecht": ("Jonas Albrecht", "j.albrecht", "Mit freundlichen Grüßen\nJonas Albrecht\nKrankentagegeld / Leistung KV\nNordlicht Versicherung AG · Tel. 040 5550-2207"),
    "okafor": ("Miriam Okafor", "m.okafor", "Miriam Okafor\nReha- & Return-to-Work-Management | Rehabilitation & Return to Work\nNordlicht Versicherung AG, Hamburg\n+49 40 5550-3390"),
    "salewski": ("Dr. med. Henrik Salewski", "h.salewski", "Dr. med. Henrik Salewski\nGesellschaftsarzt / Chief Medical Officer\nNordlicht Versicherung AG"),
    "wendler": ("Tobias Wendler", "t.wendler", "Gruß\nTobias Wendler\nKfz-Schaden, Nordlicht Versicherung AG\nTel. 040 5550-1180"),
    "kroll": ("Sabine Kroll", "s.kroll", "Freundliche Grüße\nSabine Kroll\nSachschaden Privat\nNordlicht Versicherung AG"),
    "hartung": ("Felix Hartung", "f.hartung", "Felix Hartung\nMaklerbetreuung Nord\nNordlicht Versicherung AG\nMobil +49 170 5550 884"),
    "vogt": ("Lena Vogt", "l.vogt", "Lena Vogt\nDatenschutzbeauftragte / Data Protection Officer\nNordlicht Versicherung AG"),
    "schreiber": ("Paul Schreiber", "p.schreiber", "-- \nPaul Schreiber | IT-Service Desk | Durchwahl -4040"),
    "lindqvist": ("Anna Lindqvist", "a.lindqvist", "Kind regards,\nAnna Lindqvist\nInternational & Travel Claims\nNordlicht Versicherung AG, Hamburg, Germany"),
    "ruiz": ("Marco Ruiz", "m.ruiz", "Marco Ruiz\nUnternehmenskommunikation / Pressestelle\nNordlicht Versicherung AG\npresse@" + DOM),
    "hoffmann": ("Greta Hoffmann", "g.hoffmann", "Mit freundlichen Grüßen\nGreta Hoffmann\nHaftpflicht & Rechtsschutz\nNordlicht Versicherung AG"),
    "brandt": ("Oliver Brandt", "o.brandt", "Oliver Brandt\nEinkauf & Facility\nNordlicht Versicherung AG"),
    "dunmore": ("Claire Dunmore", "c.dunmore", "Claire Dunmore\nReinsurance & Actuarial Liaison\nNordlicht Versicherung AG"),
    "petersen": ("Ulrike Petersen", "u.petersen", "Ulrike Petersen\nLeistung Leben / Pflege\nNordlicht Versicherung AG\nTel. 040 5550-3025"),
    "yilmaz": ("Deniz Yilmaz", "d.yilmaz", "Viele Grüße\nDeniz Yilmaz\nKundenservice Unfall & Leben"),
}
FOOT_DE = ("\n\n--\nNordlicht Versicherung AG · Am Deichtor 12 · 20095 Hamburg · Amtsgericht Hamburg HRB 999123\n"
           "Vorstand: Dr. Ingrid Moll (Vors.), Bernd Kasulke · Aufsichtsratsvorsitzender: Hanno Peters\n"
           "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
FOOT_EN = ("\n\n--\nNordlicht Versicherung AG, Am Deichtor 12, 20095 Hamburg, Germany. Registered at Amtsgericht Hamburg HRB 999123.\n"
           "This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.")

def who(k):
    n, a, _ = STAFF[k]
    return f"{n} <{a}@{DOM}>"

def sig(k):
    return STAFF[k][2]

# ---------------------------------------------------------------- message building
def build(mid, frm, to, subj, date, body=None, cc=None, charset="utf-8", cte=None, flowed=False,
          html=None, html_only=False, atts=(), irt=None, headers=(), mailer=None):
    m = EmailMessage(policy=SMTP)
    fa = lambda v: ", ".join(utils.formataddr(p) for p in utils.getaddresses([v]))
    m["From"] = fa(frm)
    m["To"] = fa(to)
    if cc:
        m["Cc"] = fa(cc)
    m["Subject"] = subj
    m["Date"] = dt(date)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    m["MIME-Version"] = "1.0"
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    for a in atts:
        if a[0] == "rfc822":
            if not m.is_multipart() or m.get_content_type() != "multipart/mixed":
                m.make_mixed()
            p = EmailMessage(policy=SMTP)
            p.set_content(a[1])
            p["Content-Disposition"] = "attachment" if len(a) < 3 else f'attachment; filename="{a[2]}"'
            m.attach(p)
        else:
            fn, ctype, data = a[:3]
            mt, st = ctype.split("/")
            if mt == "text":
                cs = "utf-8"
                if len(a) > 3:
                    cs = a[3]
                m.add_attachment(data.decode(cs) if isinstance(data, bytes) else data, subtype=st,
                                 charset=cs, filename=fn, cte="base64" if cs != "us-ascii" else "7bit")
            else:
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NLV_{mid.strip('<>').split('@')[0]}_{i:02d}")
            i += 1
    return m

def sub(mid, frm, to, subj, date, body, **kw):
    """a message to be forwarded as message/rfc822 (written by someone else)"""
    return build(mid, frm, to, subj, date, body, **kw)

MAILS = []
def add(label, lang, kind, reason, **kw):
    n = len(MAILS) + 1
    mid = kw.pop("mid", f"<d218-{n:04d}.{kw['date'][:10].replace('-', '')}@{DOM}>")
    MAILS.append((f"d218-{n:04d}", label, lang, kind, reason, mid, kw))

# ================================================================ MAILS

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "BU claim: request for medical reports naming the customer's diagnosis (lumbar disc prolapse) and policy number",
    frm=who("behrendt"), to="Ralf Timmermann <r.timmermann@posteo.example>",
    subj="Ihr Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung – BU-4471-20931", date="2026-01-12 10:14",
    body="""Sehr geehrter Herr Timmermann,

vielen Dank für Ihre Leistungsanmeldung vom 5. Januar 2026 zu Ihrer Berufsunfähigkeitsversicherung
Nr. BU-4471-20931.

Sie schreiben, dass Sie wegen des Bandscheibenvorfalls L4/L5 (M51.1) seit Oktober 2025 nicht mehr als
Dachdecker arbeiten können. Damit wir Ihren Anspruch prüfen können, benötigen wir noch:

1. den Entlassungsbericht der Rehaklinik Bad Segeberg,
2. den MRT-Befund vom 14.11.2025,
3. die ausgefüllte Tätigkeitsbeschreibung (liegt bei) mit Ihren Arbeitsstunden je Tätigkeit,
4. die unterschriebene Schweigepflichtentbindung für Ihren Orthopäden Dr. Kessler.

Bitte senden Sie uns die Unterlagen bis zum 9. Februar 2026. Bei Fragen erreichen Sie mich direkt.

Mit freundlichen Grüßen

""" + sig("behrendt") + FOOT_DE)

add("NORMAL", "de", "internal",
    "trap: BU claims statistics by diagnosis group, no person",
    frm=who("behrendt"), to=f"BU-Leistung Team <bu-leistung@{DOM}>", subj="Quartalszahlen Q4/2025 BU-Leistungsfälle nach Ursache",
    date="2026-01-13 08:02",
    body="""Moin zusammen,

anbei die Zahlen für Q4, kurz zusammengefasst:

  Psychische Erkrankungen (F-Diagnosen)   38 %
  Muskel-Skelett (M-Diagnosen)            22 %
  Krebs (C-Diagnosen)                     14 %
  Unfälle / Verletzungen                   9 %
  Herz-Kreislauf                           7 %
  Sonstige                                10 %

Anerkennungsquote 74 %, durchschnittliche Bearbeitungsdauer 61 Tage (Ziel 55).
Die Burnout-/Depressionsfälle dauern am längsten, weil die Befundberichte so spät kommen.
Thema fürs Teammeeting am Donnerstag.

Katrin""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor: changed bank account for direct debit (IBAN) and policy number; no health data",
    frm=who("wendler"), to="Mehmet Arslan <m.arslan@gmx.example>", subj="AW: neue Bankverbindung Kfz-Vertrag",
    date="2026-01-13 11:40", irt="<CAF8x2k@gmx.example>",
    body=f"""Hallo Herr Arslan,

danke für die Info. Ich habe die neue Bankverbindung für Ihren Kfz-Vertrag KF-22-887140 (HH-MA 2207) hinterlegt:

Kontoinhaber: Mehmet Arslan
IBAN: {iban('DE', '20050550' + '1237894560')}

Die nächste Abbuchung (Beitrag 1. Quartal, 214,38 EUR) erfolgt am 1. Februar von diesem Konto.

""" + sig("wendler") + """

-----Ursprüngliche Nachricht-----
Von: Mehmet Arslan <m.arslan@gmx.example>
Gesendet: Montag, 12. Januar 2026 19:22
An: Schaden Kfz
Betreff: neue Bankverbindung Kfz-Vertrag

Hallo, ich hab die bank gewechselt bitte ab jetzt von der neuen abbuchen. Die IBAN steht oben. Danke
Mehmet Arslan""")

add("NORMAL", "en", "insurer-to-partner",
    "trap: reinsurer disability incidence table by age band, aggregated, no individual",
    frm=who("dunmore"), to="Peter Vance <p.vance@rhine-re.example>", subj="DI incidence experience 2021-2025 – aggregated file",
    date="2026-01-14 15:30",
    body="""Hi Peter,

as discussed, attached is the aggregated disability incidence experience for the treaty review.
All figures are per 1,000 exposure years, split by age band and occupation class only. No
claim-level data is included, so it can go to your pricing team as is.

Headline: mental health remains the largest cause (39 % of new claims), incidence in
occupation class 3 is 1.8x the class 1 rate. Recovery rates after 24 months improved to 21 %.

Happy to walk you through it on the call on the 22nd.

""" + sig("dunmore") + FOOT_EN,
    atts=[("DI_incidence_2021-2025_aggregated.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           xlsx([["Age band", "Occ. class", "Exposure years", "New claims", "Incidence per 1000"],
                 ["20-29", "1", 18420, 19, 1.03], ["30-39", "1", 26110, 41, 1.57], ["40-49", "1", 24890, 66, 2.65],
                 ["50-59", "1", 17330, 88, 5.08], ["20-29", "3", 6120, 12, 1.96], ["30-39", "3", 8840, 26, 2.94],
                 ["40-49", "3", 7710, 38, 4.93], ["50-59", "3", 5020, 47, 9.36]], sheet="Incidence", title="DI incidence"))])

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "request to treating psychiatrist for a report on a named insured's depression (F32.2) for the BU claim",
    frm=who("behrendt"), to="Praxis Dr. Anja Wilms <praxis@psychiatrie-wilms.example>", subj="Anforderung ärztlicher Befundbericht – Frau Svenja Kühl, geb. 03.07.1984",
    date="2026-01-14 09:05",
    body="""Sehr geehrte Frau Dr. Wilms,

Ihre Patientin Frau Svenja Kühl, geb. 03.07.1984, wohnhaft Wandsbeker Chaussee 201, 22089 Hamburg,
hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt. Eine Schweigepflicht-
entbindungserklärung vom 08.01.2026 liegt uns vor (Kopie anbei).

Frau Kühl gibt an, bei Ihnen seit März 2025 wegen einer schweren depressiven Episode (F32.2) in
Behandlung zu sein. Wir bitten Sie um einen Befundbericht mit folgenden Angaben:

- Diagnosen mit ICD-10 und Datum der Erstdiagnose
- bisheriger Verlauf, Medikation (laut Antrag Sertralin 100 mg), Psychotherapie
- Einschätzung der Leistungsfähigkeit als Bankkauffrau (überwiegend Kundenberatung)
- Prognose für die nächsten sechs Monate

Das Honorar nach GOÄ (Nr. 75 zzgl. Schreibgebühren) übernehmen wir selbstverständlich.

Mit freundlichen Grüßen

""" + sig("behrendt") + FOOT_DE,
    atts=[("Schweigepflichtentbindung_Kuehl.pdf", "application/pdf",
           pdf(["Nordlicht Versicherung AG - Erklaerung zur Schweigepflichtentbindung",
                "Versicherte Person: Svenja Kuehl, geb. 03.07.1984", "Vertrag: BU-5520-11873",
                "Ich entbinde die nachstehend genannten Aerzte von ihrer Schweigepflicht:",
                "Dr. med. Anja Wilms, Fachaerztin fuer Psychiatrie und Psychotherapie, Hamburg",
                "Hamburg, 08.01.2026    gez. S. Kuehl"], title="Schweigepflichtentbindung"))])

add("NORMAL", "de", "insurer-to-customer",
    "trap: blank BU claim form sent to an enquirer, no personal data beyond the name",
    frm=who("yilmaz"), to="Frank Lübbers <f.luebbers@t-online.example>", subj="Formulare wie besprochen",
    date="2026-01-14 16:48",
    body="""Hallo Herr Lübbers,

wie am Telefon besprochen schicke ich Ihnen unsere Broschüre zur Berufsunfähigkeitsversicherung
und das leere Formular "Fragebogen zur Berufsunfähigkeit". Sie können es sich in Ruhe ansehen;
ob und wann Sie etwas einreichen, entscheiden Sie.

Viele Grüße aus Hamburg
""" + sig("yilmaz"),
    atts=[("Fragebogen_Berufsunfaehigkeit_leer.pdf", "application/pdf",
           pdf(["Fragebogen zur Berufsunfaehigkeit (Formular BU-L 01/2026)", "",
                "1. Name, Vorname: ______________________   Geburtsdatum: __________",
                "2. Versicherungsnummer: ________________",
                "3. Seit wann sind Sie in Ihrem Beruf beeintraechtigt? __________",
                "4. Welche Erkrankungen / Unfallfolgen liegen vor (Diagnosen)? ______",
                "5. Behandelnde Aerzte, Kliniken, Therapeuten (Name, Anschrift): ______",
                "6. Beschreibung Ihres Arbeitstags vor Eintritt der Beeintraechtigung",
                "7. Bezieher von Krankentagegeld / Krankengeld? ja / nein",
                "Ort, Datum, Unterschrift ______________________"], title="Fragebogen BU"))])

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "daily sickness allowance (Krankentagegeld) payment confirmation for named customer incl. incapacity period",
    frm=who("albrecht"), to="Liam O'Connell <liam.oconnell@mailbox.example>", subj="Your daily sickness allowance – payment for February",
    date="2026-01-15 10:20",
    body="""Dear Mr O'Connell,

thank you for the follow-up certificate of incapacity for work from Dr. Brauer dated 12 January 2026,
which extends your sick leave until 8 February 2026.

Under your health insurance policy KV 7730-418822 (tariff KT 43, daily allowance EUR 95.00 from day 43)
we will pay EUR 2,470.00 for the period 14 January to 8 February 2026 to your account ending in ...4417.

Please keep in mind that we need a new certificate no later than one week after the current one
expires. If you are starting a graded return to work (Hamburg model), please let us know the
hours you will work, as the allowance is reduced accordingly.

Kind regards
Jonas Albrecht
Daily Sickness Allowance / Health Claims
Nordlicht Versicherung AG""" + FOOT_EN)

add("NORMAL", "en", "newsletter",
    "trap: broker newsletter on income-protection products, mentions depression/burnout statistics generically",
    frm=f"Nordlicht Broker News <newsletter@{DOM}>", to=f"makler-verteiler@{DOM}", subj="Broker News 01/2026: income protection, return to work, new BU tariff",
    date="2026-01-15 07:00", html_only=True, charset="utf-8",
    html="""<html><body style="font-family:Arial">
<h2>Broker News 01/2026</h2>
<p><b>New BU tariff "Nordlicht BU Flex"</b> – from 1 March with a reintegration benefit: if your
clients return to work gradually after a long illness, we keep paying 50 % of the disability pension
for up to six months.</p>
<table border="1" cellpadding="4"><tr><th>Cause of disability (market, 2025)</th><th>Share</th></tr>
<tr><td>Mental illness (depression, burnout)</td><td>37 %</td></tr>
<tr><td>Back and joints</td><td>21 %</td></tr><tr><td>Cancer</td><td>15 %</td></tr>
<tr><td>Accidents</td><td>8 %</td></tr></table>
<p>Webinar "Explaining the health questions to clients" on 4 February, 10:00. Register via the broker portal.</p>
<p style="font-size:small">You receive this newsletter because you are a registered partner of Nordlicht Versicherung AG.
<a href="https://makler.nordlicht-versicherung.example/abmelden">Unsubscribe</a></p>
</body></html>""")

add("CONFIDENTIAL", "de", "insurer-to-broker",
    "household insurance: tells broker his client is insured, with contract number and address; property line only",
    frm=who("hartung"), to="Maklerbüro Sörensen <info@soerensen-finanz.example>", subj="Versicherungsbestätigung Hausrat – Fam. Brodersen",
    date="2026-01-15 13:12",
    body="""Moin Herr Sörensen,

wie gewünscht die Bestätigung für Ihre Kunden:

Versicherungsnehmer: Jens und Maike Brodersen, Lange Reihe 44, 20099 Hamburg
Hausratversicherung HR-3390-05521, Versicherungssumme 78.000 EUR, Elementar eingeschlossen,
Beginn 01.11.2023, Beitrag jährlich 189,40 EUR, Beitrag ist bezahlt.

Die Vermieterin wollte einen Nachweis – das PDF dazu liegt in Ihrem Vermittlerpostfach.

Gruß
""" + sig("hartung"))

add("NORMAL", "de", "internal",
    "trap: IT ticket about scanning of 'Arztberichte' in the document system, no patient",
    frm=who("schreiber"), to=f"Katrin Behrendt <k.behrendt@{DOM}>", subj="Ticket #48817: Arztberichte landen im falschen Eingangskorb",
    date="2026-01-15 14:03",
    body="""Hallo Frau Behrendt,

zu Ihrem Ticket: Die Scanstraße hat seit dem Update am Montag Arztberichte und
Befundberichte mit dem Barcode "BU-L" in den Korb "Allgemein" gelegt statt in "BU-Leistung".
Ursache war eine falsche Zuordnungstabelle, ist behoben. Die 37 betroffenen Dokumente habe ich
per Skript umgehängt, die Berechtigungen stimmen jetzt wieder (nur BU-Leistung und Gesellschaftsarzt).

Bitte kurz prüfen und das Ticket schließen, wenn alles passt.

""" + sig("schreiber"))

add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "medical officer's assessment of a named BU claimant (rheumatoid arthritis, degree of disability) – internal",
    frm=who("salewski"), to=f"Katrin Behrendt <k.behrendt@{DOM}>", subj="Stellungnahme GA – BU-3308-77102 Pohlmann",
    date="2026-01-16 12:30",
    body="""Liebe Frau Behrendt,

zum Fall Pohlmann (Birgit, 56 J., Krankenschwester, Vertrag BU-3308-77102):

Die Unterlagen der Rheumatologie UKE und der Hausärztin sind schlüssig. Es besteht eine seropositive
rheumatoide Arthritis (M05.8) mit Befall beider Hände und Knie, trotz Biologika-Therapie (Adalimumab)
weiterhin mittlere Krankheitsaktivität (DAS28 4,6). Heben und Lagern von Patienten ist nicht mehr
möglich, Schichtdienst ebenso nicht.

Aus ärztlicher Sicht ist eine Berufsunfähigkeit von mindestens 50 % in der zuletzt ausgeübten
Tätigkeit plausibel belegt. Eine Nachprüfung würde ich in 24 Monaten empfehlen. Ein zusätzliches
Gutachten halte ich nicht für nötig.

Beste Grüße
HS
""" + sig("salewski"))

add("NORMAL", "en", "insurer-to-supplier",
    "trap: purchase order for ergonomic chairs and standing desks for return-to-work workplace adaptations, no person",
    frm=who("brandt"), to="Sales <sales@ergoline-office.example>", subj="PO 2026-0117 – ergonomic chairs and sit-stand desks",
    date="2026-01-16 09:45",
    body="""Hello,

please find our purchase order 2026-0117:

  12 x ErgoLine Pro 5 chair, black, with lumbar support      @ EUR 489.00
   6 x Sit-stand desk 160x80, electric, white                 @ EUR 612.00
   4 x Monitor arm, double                                    @ EUR  89.00

Delivery to Nordlicht Versicherung AG, Goods receipt, Am Deichtor 12, 20095 Hamburg, Gate B,
Mon–Thu 8:00–15:00. These are for our occupational health programme (workplace adaptations
after long-term sick leave), so please send the occupational-health certificates for the chairs
with the invoice.

Regards
""" + sig("brandt"))

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "travel cancellation claim settlement with payout amount and IBAN, no medical detail in the mail",
    frm=who("lindqvist"), to="Sophie Marchetti <sophie.marchetti@correo.example>", subj="Claim RR-2026-00412 – settlement",
    date="2026-01-16 11:11",
    body=f"""Dear Ms Marchetti,

we have completed the review of your trip cancellation claim RR-2026-00412 (trip to Lisbon,
booking no. TUX-88104). We will reimburse the cancellation fee of EUR 1,184.00 less the
deductible of EUR 100.00, i.e. EUR 1,084.00.

The payment will be made within three working days to:
Account holder: Sophie Marchetti
IBAN: {iban('DE', '50010517' + '5407324931')}

""" + sig("lindqvist") + FOOT_EN)

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body ('Unterlagen anbei'); the attached DOCX is a BU decision letter with diagnosis and pension amount",
    frm=who("behrendt"), to="Birgit Pohlmann <birgit.pohlmann@web.example>", subj="Unterlagen",
    date="2026-01-19 10:02",
    body="""Guten Tag Frau Pohlmann,

wie vorhin am Telefon besprochen, erhalten Sie anbei vorab unser Schreiben. Das Original kommt per Post.

""" + sig("behrendt"),
    atts=[("Leistungsentscheidung_BU-3308-77102.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           docx(["Nordlicht Versicherung AG · Leistung Berufsunfähigkeit", "",
                 "Frau Birgit Pohlmann, Heidkoppel 7, 22145 Hamburg", "Hamburg, 19. Januar 2026", "",
                 "Ihre Berufsunfähigkeitsversicherung Nr. BU-3308-77102 – Anerkenntnis",
                 "Sehr geehrte Frau Pohlmann,",
                 "nach Prüfung der ärztlichen Unterlagen (Rheumatologie UKE, Dr. med. Carla Nissen) erkennen wir an, dass Sie "
                 "aufgrund Ihrer rheumatoiden Arthritis seit dem 1. Juli 2025 zu mehr als 50 % außerstande sind, Ihren Beruf als "
                 "Gesundheits- und Krankenpflegerin auszuüben.",
                 "Wir zahlen ab 1. Juli 2025 eine monatliche BU-Rente von 1.450,00 EUR und stellen Sie von der Beitragszahlung frei. "
                 "Die Nachzahlung für Juli 2025 bis Januar 2026 (10.150,00 EUR) überweisen wir in den nächsten Tagen.",
                 "Eine Nachprüfung behalten wir uns gemäß § 9 der Bedingungen vor.", "Mit freundlichen Grüßen", "Katrin Behrendt"],
                title="Leistungsentscheidung", author="K. Behrendt", date="2026-01-19"))])

add("NORMAL", "de", "insurer-to-press",
    "trap: press answer on rising numbers of mental-illness disability claims, aggregated only",
    frm=who("ruiz"), to="Redaktion Wirtschaft <wirtschaft@hamburger-tagblatt.example>", subj="Ihre Anfrage: Psychische Erkrankungen als BU-Ursache",
    date="2026-01-19 15:55",
    body="""Sehr geehrte Frau Ehlers,

gern beantworte ich Ihre Fragen:

1. Ja, psychische Erkrankungen sind bei uns seit 2019 die häufigste Ursache für Berufsunfähigkeit.
   2025 lag ihr Anteil an den neuen Leistungsfällen bei 38 Prozent.
2. Das Durchschnittsalter bei Eintritt der Berufsunfähigkeit beträgt 47 Jahre.
3. Wir unterstützen Betroffene mit einem eigenen Reha- und Wiedereingliederungsmanagement;
   2025 sind 212 Leistungsempfänger ganz oder teilweise in den Beruf zurückgekehrt.

Zu Einzelfällen können wir uns aus Datenschutzgründen nicht äußern. Zitate bitte mit
"Marco Ruiz, Sprecher der Nordlicht Versicherung".

Freundliche Grüße
""" + sig("ruiz"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
    "referral of a named claimant to a return-to-work provider with diagnosis (post-COVID fatigue) and work capacity",
    frm=who("okafor"), to="Case Intake <intake@workbridge-rehab.example>", subj="New referral – return to work programme – ref NLV-RTW-2026-014",
    date="2026-01-20 09:30",
    body="""Dear colleagues,

please find below a new referral for the return-to-work programme (framework agreement of 2024).
The client has consented in writing to the referral and to the data exchange (consent form attached to
our portal upload).

Client: Daniel Hrubesch, born 11 May 1979, Kiel, mobile +49 151 5550 7712
Occupation: software tester, full-time, employer Baltic Soft GmbH
Diagnosis: post-COVID syndrome with chronic fatigue (U09.9, G93.3), unable to work since 03/2025
Current capacity: approx. 3 hours per day with breaks, cognitive fatigue after 90 minutes
Treating physician: Dr. Marta Lindner, Kiel (post-COVID outpatient clinic)

Goal: graded reintegration (4 h/day from April), pacing coaching, talk with employer about home office.
Please contact Mr Hrubesch directly for the first appointment and report to me after the intake.

Best regards
""" + sig("okafor") + FOOT_EN)

add("NORMAL", "en", "internal",
    "trap: out-of-office reply of the daily sickness allowance team lead",
    frm=who("albrecht"), to="Liam O'Connell <liam.oconnell@mailbox.example>", subj="Automatic reply: Re: Your daily sickness allowance – payment for February",
    date="2026-01-20 10:01", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""Thank you for your message. I am out of the office until 26 January 2026 with no access to e-mail.
For urgent matters about sickness allowance or certificates of incapacity for work please
contact ktg-leistung@nordlicht-versicherung.example or call +49 40 5550-2200.

Ich bin bis 26.01.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an
ktg-leistung@nordlicht-versicherung.example.""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "private liability claim: amount and named third party, policy number; no health content",
    frm=who("hoffmann"), to="Thorsten Wiechmann <t.wiechmann@freenet.example>", subj="Haftpflichtschaden PH-0918-4432 / Schaden 26-HP-00217",
    date="2026-01-20 11:47",
    body="""Sehr geehrter Herr Wiechmann,

zu dem Schaden, den Ihr Sohn Lukas am 28.12.2025 mit dem Fußball am Wintergarten Ihrer Nachbarin
Frau Gerda Stamer (Rosenweg 9) verursacht hat, teilen wir Ihnen mit: Wir übernehmen die Kosten
für die Glasreparatur laut Kostenvoranschlag der Glaserei Möller über 1.236,90 EUR und regulieren
direkt mit Frau Stamer.

Ihre Privathaftpflicht PH-0918-4432 wird dadurch nicht zurückgestuft.

""" + sig("hoffmann") + FOOT_DE)

add("STRICTLY_CONFIDENTIAL", "de", "doctor",
    "forwarded doctor's report (inline) on named BU claimant: cardiac insufficiency, NYHA III",
    frm=who("behrendt"), to=f"Dr. med. Henrik Salewski <h.salewski@{DOM}>", subj="WG: Befundbericht Herr Gärtner – bitte um GA-Stellungnahme",
    date="2026-01-21 08:40", charset="iso-8859-1", cte="quoted-printable",
    body="""Hallo Herr Dr. Salewski,

bitte einmal draufschauen, Frist für die Entscheidung ist der 13.02. Danke!
K. Behrendt

---------- Weitergeleitete Nachricht ----------
Von: Praxis Dr. Fehling <info@kardiologie-fehling.example>
Datum: 20.01.2026 17:31
Betreff: Befundbericht Herr Gärtner
An: bu-leistung@nordlicht-versicherung.example

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 07.01.2026 berichte ich über Herrn Klaus Gärtner, geb. 22.09.1966:

Diagnosen: Dilatative Kardiomyopathie (I42.0), Herzinsuffizienz NYHA III (I50.13),
Z.n. ICD-Implantation 06/2025.
Echo 12/2025: LVEF 30 %. Belastbarkeit im Ergometer 50 Watt, Abbruch wegen Dyspnoe.
Therapie: Sacubitril/Valsartan, Bisoprolol, Spironolacton, Empagliflozin.

Eine Tätigkeit als Lagerlogistiker mit Heben von Lasten über 10 kg ist dauerhaft nicht mehr möglich.
Auch leichte Tätigkeiten halte ich derzeit nur unter drei Stunden täglich für zumutbar.

Mit kollegialen Grüßen
Dr. med. Ulf Fehling, Facharzt für Innere Medizin und Kardiologie""")

add("NORMAL", "de", "insurer-to-customer",
    "trap: portal notification 'new secure message', no content",
    frm=f"Nordlicht SecureMail <securemail@{DOM}>", to="birgit.pohlmann@web.example", subj="Sie haben eine neue Nachricht in Ihrem Nordlicht-Postfach",
    date="2026-01-21 09:00", charset="us-ascii", cte="7bit",
    body="""Guten Tag,

in Ihrem persoenlichen Postfach im Nordlicht SecureMail-Portal liegt eine neue Nachricht fuer Sie.
Bitte melden Sie sich unter https://securemail.nordlicht-versicherung.example an, um sie zu lesen.

Aus Sicherheitsgruenden enthaelt diese Benachrichtigung keine Inhalte.
Bitte antworten Sie nicht auf diese E-Mail.

Ihre Nordlicht Versicherung""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "harmless reply 'thanks, received'; quoted history contains the customer's description of her cancer treatment",
    frm=who("okafor"), to="Hannah Whitfield <h.whitfield@inbox.example>", subj="Re: back to work in March?",
    date="2026-01-21 14:22", irt="<78AB21@inbox.example>", flowed=True, cte="8bit",
    body="""Dear Hannah,

thanks, received – I'll call you on Friday as agreed.

Miriam

On 21/01/2026 11:03, Hannah Whitfield wrote:
> Hi Miriam,
>
> quick update: the last chemo cycle was on 9 Jan and the oncologist (Dr Reimers at
> Asklepios) says the tumour markers look good. I still get very tired after lunch and my
> hands are numb from the neuropathy so typing is slow. I would like to try going back to
> the office in March, maybe 3 hours a day to begin with? My manager is fine with it.
> Does the disability pension continue if I start part time?
>
> Hannah
> (policy BU-6102-33480)
""")

add("NORMAL", "en", "insurer-to-partner",
    "trap: invitation (ICS) to a return-to-work round table with occupational physicians, no patient",
    frm=who("okafor"), to="Dr. Lars Engholm <engholm@betriebsarzt-nord.example>", subj="Round table 'Return to work after long-term illness' – 5 March",
    date="2026-01-22 10:10",
    body="""Dear Dr. Engholm,

I'm happy to invite you to our round table on return-to-work after long-term illness with occupational
physicians, rehab providers and our case managers. We will discuss graded reintegration models,
how employers can use the BEM procedure, and what information we really need from treating doctors.
No case discussions – general experience only.

Calendar entry attached.

""" + sig("okafor"),
    atts=[("roundtable_rtw.ics", "text/calendar",
           ics("rtw-roundtable-20260305", "20260305T140000", "20260305T170000", "Round table Return to Work",
               "Nordlicht Versicherung, Am Deichtor 12, Raum Elbe", "Agenda: graded reintegration, BEM, doctors' reports",
               f"m.okafor@{DOM}", ["engholm@betriebsarzt-nord.example"]))])

add("CONFIDENTIAL", "de", "insurer-to-authority",
    "garnishment: third-party debtor declaration naming the debtor with birth date and household-claim amount",
    frm=who("kroll"), to="\"Amtsgericht Hamburg-Altona, Vollstreckungsgericht\" <poststelle@ag-altona.example>", subj="Drittschuldnererklärung – Az. 312 M 4471/25 – Schuldner Dennis Fromm",
    date="2026-01-22 13:30",
    body="""Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache ./. Dennis Fromm, geb. 14.02.1988, Az. 312 M 4471/25, geben wir
folgende Drittschuldnererklärung nach § 840 ZPO ab:

1. Die Forderung wird anerkannt, soweit der Schuldner aus dem Hausratschaden HR-S-25-09912
   (Einbruchdiebstahl vom 02.11.2025) einen Anspruch auf Entschädigung von 2.310,00 EUR hat.
2. Andere Personen erheben keine Ansprüche an die Forderung.
3. Eine Pfändung wegen anderer Ansprüche liegt nicht vor.

Den Betrag halten wir bis zur Entscheidung zurück.

""" + sig("kroll") + FOOT_DE)

add("NORMAL", "de", "insurer-to-broker",
    "trap: broker asks about BU underwriting rules; answer with general rules for psychotherapy in health questions, no person",
    frm=who("hartung"), to="Anke Dreyer <a.dreyer@dreyer-versicherungsmakler.example>", subj="AW: Gesundheitsfragen BU – Psychotherapie",
    date="2026-01-22 16:05",
    body="""Hallo Frau Dreyer,

kurz zu Ihrer allgemeinen Frage: Eine abgeschlossene ambulante Psychotherapie (bis 25 Sitzungen) wegen
einer Anpassungsstörung, die länger als fünf Jahre zurückliegt, fragen wir im Tarif BU Flex nicht mehr ab.
Liegt sie innerhalb der letzten fünf Jahre, brauchen wir den Zusatzfragebogen "Psyche" – dann meistens
Annahme ohne Ausschluss, wenn seit zwei Jahren beschwerdefrei.

Bei konkreten Kunden gern eine anonyme Risikovoranfrage über das Portal (ohne Namen, nur Alter, Beruf,
Diagnose, Zeitraum).

Gruß
""" + sig("hartung"))

add("STRICTLY_CONFIDENTIAL", "de", "broker",
    "broker's named risk pre-enquiry forwarded internally: client name, birth date, ADHD and therapy history",
    frm=who("hartung"), to=f"Risikoprüfung Leben <risikopruefung@{DOM}>", subj="WG: Risikovoranfrage BU – Herr Nils Vorberg",
    date="2026-01-23 09:14",
    body="""Hallo Kolleginnen,

leider nicht anonym wie erbeten, aber bitte trotzdem prüfen, damit der Makler eine Antwort bekommt.
Ich habe Frau Dreyer nochmal auf das Verfahren hingewiesen.

Felix

-----Original Message-----
From: Anke Dreyer <a.dreyer@dreyer-versicherungsmakler.example>
Sent: Thursday, January 22, 2026 5:40 PM
To: Hartung, Felix
Subject: Risikovoranfrage BU

Hallo Herr Hartung,
mein Kunde Nils Vorberg, geb. 19.08.1996, Mediengestalter, möchte eine BU mit 1.800 EUR Rente.
Diagnose ADHS (F90.0) im Jahr 2021, Methylphenidat bis 2023, danach abgesetzt. 2022 zusätzlich 18 Sitzungen
Verhaltenstherapie wegen Prüfungsangst. Seitdem keine Behandlung. BMI 24.
Geht das normal oder mit Ausschluss?
VG Anke Dreyer""")

add("NORMAL", "en", "internal",
    "trap: data protection training quiz about health data in BU claims with fictitious example",
    frm=who("vogt"), to=f"All staff claims <claims-all@{DOM}>", subj="Data protection quiz – health data in disability claims (5 minutes)",
    date="2026-01-23 11:00",
    body="""Dear colleagues,

our annual short quiz – answers are anonymous.

1. A treating doctor's report on a disability claimant may be sent to (a) the customer's broker,
   (b) the medical officer, (c) the employer. – Correct: (b), the broker only with explicit consent.
2. An e-mail containing a diagnosis (e.g. "F33.1") of an identifiable customer is: (a) normal,
   (b) confidential, (c) strictly confidential. – Correct: (c).
3. The example "Erika Mustermann, born 01.01.1970, BU-0000-00000, back pain" in a training slide is
   (a) real personal data, (b) a placeholder. – Correct: (b).

Link: https://intranet.nordlicht-versicherung.example/datenschutz/quiz-2026

""" + sig("vogt"))

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor claim: customer's total loss payout with vehicle ID and IBAN",
    frm=who("wendler"), to="Greg Hollister <ghollister@mailhub.example>", subj="Total loss settlement – claim KS-26-01877",
    date="2026-01-23 14:48",
    body=f"""Dear Mr Hollister,

following the assessor's report, your VW Golf (VIN WVWZZZ1KZ9W556102, HH-GH 881) is an economic
total loss. Replacement value EUR 11,900.00, salvage value EUR 2,150.00; we will therefore pay
EUR 9,750.00 less your deductible of EUR 300.00 = EUR 9,450.00 to

IBAN {iban('DE', '37040044' + '0532013000')}  (Greg Hollister)

Your policy KF-19-552071 continues for the replacement vehicle; please send us the new registration.

Regards,
Tobias Wendler, Motor Claims""" + FOOT_EN)

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Krankentagegeld: announcement of a medical examination (Nachuntersuchung) for named customer with diagnosis burnout",
    frm=who("albrecht"), to="Jasmin Reuter <jasmin.reuter@posteo.example>", subj="Ihr Krankentagegeld – Untersuchung durch unseren Vertrauensarzt",
    date="2026-01-26 09:33",
    body="""Sehr geehrte Frau Reuter,

Sie beziehen aus Ihrer Krankentagegeldversicherung (Vertrag KV-2290-118745) seit dem 18.08.2025 Leistungen.
In den Arbeitsunfähigkeitsbescheinigungen von Frau Dr. Ohlsen ist als Diagnose durchgehend
"Erschöpfungssyndrom / Burnout (Z73.0), mittelgradige depressive Episode (F32.1)" angegeben.

Nach § 9 Abs. 3 MB/KT sind wir berechtigt, die Arbeitsunfähigkeit durch einen Arzt unserer Wahl prüfen
zu lassen. Wir haben einen Termin vereinbart bei:

Dr. med. Petra Lorenzen, Fachärztin für Psychiatrie, Colonnaden 14, 20354 Hamburg
Dienstag, 10. Februar 2026, 14:00 Uhr

Die Kosten der Untersuchung tragen wir, Fahrtkosten erstatten wir gegen Beleg. Bitte bringen Sie
Ihren Medikamentenplan mit. Das ist kein Misstrauen Ihnen gegenüber, sondern bei längerer
Arbeitsunfähigkeit üblich – oft ergeben sich daraus auch Vorschläge zur Wiedereingliederung.

""" + sig("albrecht") + FOOT_DE)

add("NORMAL", "de", "insurer-to-supplier",
    "trap: order for shredding of medical files (Aktenvernichtung), no content of the files",
    frm=who("brandt"), to="Disposition <dispo@sicher-entsorgt.example>", subj="Abholung Datenschutztonnen KW 6",
    date="2026-01-26 10:50",
    body="""Guten Tag,

bitte holen Sie in KW 6 die Datenschutztonnen ab:
- 3. OG Leistung BU/KV: 8 Tonnen (240 l), Inhalt u. a. Arztberichte, Gutachten, AU-Bescheinigungen
- 5. OG Gesellschaftsarzt: 2 Tonnen
Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399, Vernichtungsprotokoll wie immer an mich.

Danke und Gruß
""" + sig("brandt"))

add("CONFIDENTIAL", "de", "insurer-to-relative",
    "legal-expenses cover confirmation for employment dispute sent to spouse with customer consent; income and employer named",
    frm=who("hoffmann"), to="Sandra Keller <sandra.keller@arcor.example>", subj="Deckungszusage Rechtsschutz – Ihr Mann Bernd Keller",
    date="2026-01-26 15:15",
    body="""Sehr geehrte Frau Keller,

Ihr Mann hat uns telefonisch gebeten, die Korrespondenz zu seinem Arbeitsrechtsfall an Sie zu senden
(Vollmacht liegt vor).

Für die Kündigungsschutzklage gegen die Spedition Harms & Co. KG erteilen wir Deckungszusage aus dem
Rechtsschutzvertrag RS-6641-0093 für die erste Instanz. Der Streitwert richtet sich nach drei
Bruttomonatsgehältern; bei dem angegebenen Gehalt von 3.850 EUR sind das 11.550 EUR.
Selbstbeteiligung 150 EUR. Anwalt: RA Dr. Tim Olbers, Hamburg.

""" + sig("hoffmann"))

add("NORMAL", "en", "insurer-to-customer",
    "trap: one-time password mail for the portal, no content",
    frm=f"Nordlicht SecureMail <securemail@{DOM}>", to="h.whitfield@inbox.example", subj="Your initial password for the Nordlicht secure mailbox",
    date="2026-01-27 09:02", charset="us-ascii", cte="7bit",
    body="""Hello,

your secure mailbox has been created. Your one-time password is: 7Kq-Rm2x-W9pd

It is valid for 72 hours. You will be asked to set your own password and a security question on
first login at https://securemail.nordlicht-versicherung.example

If you did not request this, please ignore this message.""")

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "premium reminder for buildings policy with outstanding amount and bank account; fact of being insured",
    frm=who("kroll"), to="Robert Ashdown <rob.ashdown@homemail.example>", subj="Payment reminder – buildings insurance WG-7781-20045",
    date="2026-01-27 12:12",
    body=f"""Dear Mr Ashdown,

we were unable to collect the annual premium of EUR 642.90 for your buildings insurance WG-7781-20045
(Elbchaussee 311, Hamburg). The bank returned the direct debit from {iban('DE', '10010010' + '0987612345')}
with the reason "account closed".

Please transfer the amount within two weeks or send us a new SEPA mandate; otherwise cover may be
suspended under § 38 VVG.

""" + sig("kroll"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "HTML-only mail with table of BU pension payments incl. reason 'Multiple Sklerose' for named customer",
    frm=who("petersen"), to="Ingo Sassen <ingo.sassen@t-online.example>", subj="Ihre Rentenübersicht 2025",
    date="2026-01-28 10:00", html_only=True,
    html="""<html><body style="font-family:Calibri,sans-serif">
<p>Sehr geehrter Herr Sassen,</p>
<p>wie gewünscht die Übersicht Ihrer Zahlungen für die Steuererklärung 2025:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Vertrag</th><th>Leistungsart</th><th>Grund</th><th>Zeitraum</th><th>Betrag</th></tr>
<tr><td>BU-1107-55823</td><td>Berufsunfähigkeitsrente</td><td>Multiple Sklerose (G35.1), BU 100 %</td><td>01-12/2025</td><td>21.600,00 EUR</td></tr>
<tr><td>BU-1107-55823</td><td>Beitragsbefreiung</td><td>dto.</td><td>01-12/2025</td><td>1.044,00 EUR</td></tr>
</table>
<p>Der Ertragsanteil der Rente (§ 22 EStG) beträgt 22 %. Die Rentenbezugsmitteilung haben wir an das
Bundeszentralamt für Steuern übermittelt.</p>
<p>Mit freundlichen Grüßen<br>Ulrike Petersen<br>Leistung Leben / Pflege<br>Nordlicht Versicherung AG</p>
</body></html>""")

add("NORMAL", "de", "internal",
    "trap: canteen menu / health day announcement with flu vaccination and back-school, no person",
    frm=f"Betriebliches Gesundheitsmanagement <bgm@{DOM}>", to=f"Alle Mitarbeitenden <alle@{DOM}>", subj="Gesundheitstag am 19. Februar – Rückenschule, Grippeimpfung, Blutdruckmessung",
    date="2026-01-28 12:00", cte="quoted-printable",
    body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 19. Februar, findet im Foyer unser Gesundheitstag statt:

09:00–12:00  Grippe-Nachimpfung durch den Betriebsarzt (bitte Impfpass mitbringen)
10:00–15:00  Blutdruck- und Blutzuckermessung, Venen-Check
13:00–14:00  Vortrag "Zurück in den Job nach langer Krankheit – wie BEM funktioniert"
14:00–16:00  Rückenschule am Arbeitsplatz

Alles freiwillig, Ergebnisse erhält nur ihr selbst. Anmeldung im Intranet.

Euer BGM-Team""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "care insurance: Pflegegrad 3 decision for named relative's mother; sent to daughter as authorised representative",
    frm=who("petersen"), to="Claudia Behn <claudia.behn@gmx.example>", subj="Pflegetagegeld für Ihre Mutter Frau Hildegard Behn",
    date="2026-01-28 14:40",
    body="""Sehr geehrte Frau Behn,

vielen Dank für die Übersendung des Gutachtens des Medizinischen Dienstes. Bei Ihrer Mutter, Frau
Hildegard Behn (Pflegetagegeldversicherung PT-4410-02281), wurde Pflegegrad 3 festgestellt
(Demenz vom Alzheimer-Typ, Sturzneigung, Hilfe bei Körperpflege und Medikamenten).

Ab 1. Dezember 2025 zahlen wir das vereinbarte Pflegetagegeld von 60 % der Tagessumme, also
monatlich 1.080,00 EUR, auf das Konto Ihrer Mutter. Ihre Vorsorgevollmacht haben wir gespeichert.

""" + sig("petersen") + FOOT_DE)

add("NORMAL", "en", "insurer-to-partner",
    "trap: template letter with placeholders for BU follow-up review, no real person",
    frm=who("behrendt"), to="Legal Review <review@kanzlei-stroem.example>", subj="Template review: BU follow-up review letter (Nachprüfung)",
    date="2026-01-29 09:00",
    body="""Dear Dr. Ström,

as agreed, here is our revised template for the follow-up review letter. Could you check whether the wording
on the duty to cooperate is sufficient after the recent BGH decision? Placeholders are in «».

----
«Anrede» «Name»,
you receive a disability pension under policy «Vertragsnummer» since «Leistungsbeginn».
Under § 174 VVG we review at regular intervals whether the conditions are still met. Please
describe your current health and work situation in the enclosed questionnaire and name the
doctors who treated you in the last 12 months («Frist»).
----

Thanks,
Katrin Behrendt""" + FOOT_EN)

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "motor no-claims transfer with birth date and policy; non-personal line",
    frm=who("wendler"), to="Lara Petrović <lara.petrovic@icloud.example>", subj="SF-Übertragung von Ihrem Vater",
    date="2026-01-29 11:20",
    body="""Hallo Frau Petrović,

die Übertragung der Schadenfreiheitsklasse von Ihrem Vater Dragan Petrović (Vertrag KF-08-114502) auf Ihren
neuen Vertrag KF-26-000871 ist durch. Sie starten mit SF 12 statt SF ½. Dafür brauchte ich noch Ihr
Geburtsdatum und Führerscheindatum – 17.05.2001 bzw. 02.06.2019, passt.

Neuer Jahresbeitrag: 538,20 EUR statt 1.312,00 EUR.

""" + sig("wendler"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "BU claim rejection for named customer citing non-disclosed prior back treatment (pre-contractual duty)",
    frm=who("behrendt"), to="Adam Kowalczyk <a.kowalczyk@onet.example>", subj="Your disability claim BU-2215-66019 – our decision",
    date="2026-01-29 15:02",
    body="""Dear Mr Kowalczyk,

we have completed the review of your disability claim. Unfortunately we cannot pay benefits.

When you applied in March 2023 you answered "no" to question 4 (treatment of the spine in the last five
years). The records of Dr. Hanke show that you were treated for recurrent lumbago with sciatica
(M54.4) in 2021 and 2022, including 12 physiotherapy sessions and two periradicular injections.
Had we known this, we would have excluded diseases of the spine. Your current incapacity is due to a
herniated disc, which would have been excluded. We therefore adjust the contract retroactively under
§ 19 (4) VVG and have to decline the claim.

You may ask the insurance ombudsman to review this decision free of charge.

Katrin Behrendt""" + FOOT_EN)

add("NORMAL", "de", "internal",
    "trap: team lead's note on ICD-10-GM 2026 changes relevant to claims coding, no person",
    frm=who("salewski"), to=f"Leistung Leben und KV <leistung-alle@{DOM}>", subj="ICD-10-GM 2026 – was sich für uns ändert",
    date="2026-01-30 08:15",
    body="""Liebe Kolleginnen und Kollegen,

seit 1. Januar gilt die ICD-10-GM 2026. Für die Leistungsprüfung relevant:

- Post-COVID: U09.9 bleibt, neue Zusatzkennzeichen für ME/CFS-Verdacht (G93.3 weiterhin führend).
- Long-COVID-Fälle bitte weiterhin mit beiden Codes erfassen, sonst stimmen unsere Statistiken nicht.
- Bei F43.- (Belastungsreaktionen) neue Unterteilung der Anpassungsstörungen.

Die Übersicht liegt im Wiki unter Medizin > Kodierung. Fragen gern in meine Sprechstunde (Mi 11 Uhr).

""" + sig("salewski"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body; ZIP attachment contains a scanned AU certificate CSV list and doctor's letter about the customer's knee surgery",
    frm=who("albrecht"), to="Heiko Stender <heiko.stender@web.example>", subj="Ihre angeforderten Kopien",
    date="2026-01-30 10:44",
    body="""Hallo Herr Stender,

anbei wie gewünscht die Kopien aus Ihrer Akte als ZIP-Datei für Ihren Anwalt.

""" + sig("albrecht"),
    atts=[("Kopien_Akte_Stender.zip", "application/zip",
           zipbytes([("AU_Zeitraeume.csv", csvb([["Von", "Bis", "Arzt", "Diagnose"],
                                                 ["02.09.2025", "30.09.2025", "Dr. Vehrs", "S83.2 Meniskusriss rechts"],
                                                 ["01.10.2025", "14.11.2025", "Dr. Vehrs", "S83.2, Z.n. Arthroskopie"],
                                                 ["15.11.2025", "19.12.2025", "Dr. Vehrs", "M23.2 Meniskusschaden"]], enc="cp1252")),
                     ("Arztbrief_Dr_Vehrs.txt", "Orthopädie am Markt, Dr. med. J. Vehrs\r\nPatient: Heiko Stender, geb. 30.04.1975\r\nArthroskopische Teilmeniskektomie rechts am 06.10.2025. Belastungsaufbau verzögert, Erguss. AU bis voraussichtlich 19.12.2025.\r\n".encode("utf-8"))]))])

add("NORMAL", "en", "insurer-to-customer",
    "trap: general answer to a prospect about how daily sickness allowance works, no health data of him",
    frm=who("albrecht"), to="Ethan Brooks <ethan.brooks@webmail.example>", subj="Re: question about sick pay cover for freelancers",
    date="2026-01-30 13:30", irt="<A1B2C3@webmail.example>",
    body="""Dear Mr Brooks,

thanks for your question. Our daily sickness allowance (Krankentagegeld) for self-employed people pays a
fixed daily amount when a doctor certifies that you are completely unable to work. You choose the waiting
period (day 8, 15, 22, 29 or 43); the later it starts, the lower the premium. The daily amount may not
exceed your net income. We ask health questions when you apply.

Our sales colleagues can give you a quote – I've copied them.

Kind regards
Jonas Albrecht""", cc=f"Sales Health <vertrieb-kv@{DOM}>")

add("CONFIDENTIAL", "en", "insurer-to-broker",
    "commercial liability: broker gets client's turnover and premium figures; company data, no health",
    frm=who("hartung"), to="Daniel Cho <dcho@harbourbrokers.example>", subj="Quote commercial liability – Elbe Scaffolding GmbH",
    date="2026-02-02 10:00",
    body="""Hi Daniel,

quote for your client Elbe Scaffolding GmbH, managing director Mr Kai Rensing:

Declared annual turnover 2025: EUR 4.2m, payroll EUR 1.9m, 38 employees
Sum insured EUR 10m per occurrence, deductible EUR 1,000
Annual premium EUR 8,940.00 plus insurance tax

Their claims history (2 losses, EUR 61k total) is priced in. Valid until 28 February.

Felix""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "graded return-to-work plan for named customer (Hamburg model) with diagnosis and hours; attached DOCX",
    frm=who("okafor"), to="Daniel Hrubesch <d.hrubesch@kielnet.example>", subj="Your reintegration plan from April",
    date="2026-02-02 14:15",
    body="""Dear Mr Hrubesch,

great news that Dr. Lindner supports the graded return. Attached is the plan we agreed with WorkBridge
and your employer. Please look through it and tell me if anything doesn't fit.

Best regards
""" + sig("okafor"),
    atts=[("Reintegration_plan_Hrubesch.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           docx(["Graded reintegration plan – Daniel Hrubesch (policy BU-7730-10254)",
                 "Diagnosis: post-COVID syndrome / ME/CFS (G93.3), incapacity for work since March 2025",
                 "Weeks 1-3 (from 7 April): 2 hours/day, home office, no meetings",
                 "Weeks 4-6: 3 hours/day, one office day per week",
                 "Weeks 7-10: 4 hours/day; review with Dr. Lindner (post-COVID clinic Kiel)",
                 "Disability pension continues in full during the reintegration (reintegration clause § 12a)",
                 "Stop rule: post-exertional malaise longer than 48 hours -> reduce hours, inform case manager"],
                title="Reintegration plan", author="M. Okafor", date="2026-02-02"))])

add("NORMAL", "de", "insurer-to-supplier",
    "trap: IT supplier asked to fix export of 'Krankentagegeld' batch file; test data with Max Mustermann placeholders",
    frm=who("schreiber"), to="Support <support@policen-soft.example>", subj="Fehler im KTG-Zahlungslauf-Export (Testsystem)",
    date="2026-02-02 16:20",
    body="""Hallo Support,

im Testsystem bricht der Export des Krankentagegeld-Zahlungslaufs ab, sobald ein Umlaut im Namen steht.
Reproduzierbar mit dem Testfall:

  Versicherter: Max Müstermann (fiktiv), VN-Nr. TEST-000001, Tagessatz 50,00
  IBAN: DE02120300000000202051 (Beispiel-IBAN aus Ihrer Doku)

Fehlermeldung: "UnicodeEncodeError: 'ascii' codec can't encode character '\\xfc'".
Produktiv ist nicht betroffen. Bitte um Rückmeldung bis Freitag.

""" + sig("schreiber"))

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "windows-1252 mail: bicycle theft payout with IBAN and policy number",
    frm=who("kroll"), to="Timo Hansen <timo.hansen@versanet.example>", subj="Fahrraddiebstahl – Auszahlung", date="2026-02-03 11:30",
    charset="windows-1252", cte="quoted-printable",
    body=f"""Hallo Herr Hansen,

Ihr E-Bike (Riese & Müller, Rahmennr. WAX4471209) ist laut Polizei nicht wieder aufgetaucht. Wir
zahlen aus der Hausratversicherung HR-2207-88134 den Neuwert abzüglich 10 % = 3.186,00 € auf

IBAN {iban('DE', '20069177' + '0004471200')}

Sollte das Rad doch gefunden werden, melden Sie sich bitte – dann gilt § 13 VHB.

""" + sig("kroll"))

add("NORMAL", "en", "insurer-to-partner",
    "trap: reinsurer treaty question on claims handling guidelines for mental illness; no individual",
    frm=who("dunmore"), to="Peter Vance <p.vance@rhine-re.example>", subj="Re: claims guideline for mental health – your comments",
    date="2026-02-03 15:40", irt="<rr-20260202-pv@rhine-re.example>",
    body="""Peter,

thanks for the comments. We accept points 1 and 3 (specialist report required after 6 months of
incapacity; mandatory rehab offer before a decision on permanent disability). On point 2 – independent
medical examination in every case with F3x diagnoses – we think that's too much; we'd use it when the
treating psychiatrist's report is incomplete or older than 3 months.

Revised guideline v1.3 to follow next week.

Claire

> Point 2: we would like an IME for all claims with F3x diagnoses exceeding EUR 2,000/month.
""")

add("STRICTLY_CONFIDENTIAL", "en", "internal",
    "internal case conference notes on three named claimants with diagnoses (attachment XLSX), body neutral",
    frm=who("okafor"), to=f"Katrin Behrendt <k.behrendt@{DOM}>", cc=f"Dr. med. Henrik Salewski <h.salewski@{DOM}>", subj="case conference 4 Feb – list",
    date="2026-02-04 08:00",
    body="""Morning both, list for today's case conference attached. See you at 10.
M.""",
    atts=[("case_conference_2026-02-04.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           xlsx([["Policy", "Name", "DOB", "Diagnosis", "Since", "RTW option", "Next step"],
                 ["BU-7730-10254", "Hrubesch, Daniel", "11.05.1979", "G93.3 post-COVID", "03/2025", "graded 04/2026", "monitor"],
                 ["BU-4471-20931", "Timmermann, Ralf", "02.12.1972", "M51.1 disc prolapse", "10/2025", "job change?", "workplace visit"],
                 ["BU-6102-33480", "Whitfield, Hannah", "24.06.1981", "C50.4 breast cancer", "05/2025", "3h/day 03/2026", "oncology report"]],
                sheet="Cases", title="Case conference"))])

add("NORMAL", "de", "insurer-to-customer",
    "trap: birthday greeting / marketing mail without data beyond name",
    frm=f"Nordlicht Kundenservice <service@{DOM}>", to="Renate Ohlsson <r.ohlsson@t-online.example>", subj="Frühjahrs-Check: Passt Ihr Versicherungsschutz noch?",
    date="2026-02-04 10:00",
    html="<html><body><p>Liebe Frau Ohlsson,</p><p>der Frühling kommt – Zeit für einen kurzen Check: Haben Sie umgebaut, ein E-Bike gekauft oder ein Kind bekommen? Dann lohnt sich ein Blick auf Hausrat, Haftpflicht und Berufsunfähigkeit.</p><p><a href='https://www.nordlicht-versicherung.example/check'>Zum Check</a></p><p>Ihre Nordlicht Versicherung</p><p style='font-size:9px'>Abmelden: service@nordlicht-versicherung.example</p></body></html>",
    body="""Liebe Frau Ohlsson,

der Frühling kommt – Zeit für einen kurzen Check: Haben Sie umgebaut, ein E-Bike gekauft oder ein Kind
bekommen? Dann lohnt sich ein Blick auf Hausrat, Haftpflicht und Berufsunfähigkeit.

Zum Check: https://www.nordlicht-versicherung.example/check

Ihre Nordlicht Versicherung
Abmelden: service@nordlicht-versicherung.example""")

add("STRICTLY_CONFIDENTIAL", "de", "customer",
    "forwarded customer mail (message/rfc822 attachment) describing her sick leave after miscarriage; body only 'zur Akte'",
    frm=who("albrecht"), to=f"KTG Leistung <ktg-leistung@{DOM}>", subj="WG: Krankmeldung", date="2026-02-04 11:25",
    body="""zur Akte KV-5561-30027, bitte AU anfordern.
J.A.""",
    atts=[("rfc822", sub("<4471.kl@freenet.example>", "Kerstin Lammers <k.lammers@freenet.example>", f"ktg-leistung@{DOM}",
                         "Krankmeldung", "2026-02-03 21:12",
                         """Sehr geehrte Damen und Herren,

ich bin seit dem 26.01. krankgeschrieben, ich hatte in der 11. Woche eine Fehlgeburt und musste
ausgeschabt werden (Asklepios Barmbek). Danach ging es mir psychisch sehr schlecht, meine Frauenärztin
hat mich bis 20.02. krankgeschrieben. Ich bin selbstständig (Friseursalon) und brauche das Krankentagegeld.
Die AU schicke ich per Post, ich hab keinen scanner.

Kerstin Lammers
Versicherungsnr KV-5561-30027"""), "Krankmeldung.eml")])

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "confirmation of insurance for a visa application: named person insured with passport number and birth date (travel health line mentioned only as cover type)",
    frm=who("lindqvist"), to="Arjun Mehta <arjun.mehta@mailservice.example>", subj="Certificate of insurance – Schengen visa",
    date="2026-02-04 14:00",
    body="""Dear Mr Mehta,

attached is the certificate of insurance for your visa application.

Insured person: Arjun Mehta, born 09 March 1990, passport no. Z7781023
Cover: travel insurance with emergency medical treatment and repatriation, EUR 100,000
Period: 1 April – 30 June 2026, policy RK-26-300417

""" + sig("lindqvist"),
    atts=[("certificate_RK-26-300417.pdf", "application/pdf",
           pdf(["CERTIFICATE OF INSURANCE", "Nordlicht Versicherung AG, Hamburg", "",
                "Insured person: Arjun Mehta, born 09 March 1990, passport Z7781023",
                "Policy: RK-26-300417   Period: 01.04.2026 - 30.06.2026",
                "Territorial scope: Schengen states; sum insured EUR 100,000",
                "Hamburg, 4 February 2026"], title="Certificate"))])

add("NORMAL", "en", "internal",
    "trap: anonymised case study for training on return to work ('a 52-year-old nurse'), no identifiers",
    frm=who("okafor"), to=f"Claims trainees <trainees-claims@{DOM}>", subj="Case study for Thursday – anonymised",
    date="2026-02-05 09:00",
    body="""Hi all,

for Thursday please read this anonymised case (details changed, no real customer):

A nurse in her early fifties, working night shifts, develops a chronic pain syndrome after a back injury.
After eleven months of incapacity she receives a disability pension. With a case manager she moves to a
day-time job in ward administration, first 4 hours a day, later 6. After 18 months the pension ends because
she now earns comparable income in a job that matches her training and life position (concrete referral).

Questions: When may we refer her to the new job? What does "Lebensstellung" mean? Which medical
evidence do we need?

Miriam""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
    "letter to customer's lawyer in BU dispute with psychiatric diagnoses and expert opinion summary",
    frm=who("behrendt"), to="RA Dr. Tim Olbers <olbers@kanzlei-olbers.example>", subj="Ihr Mandant Kowalski ./. Nordlicht – BU-9910-40233",
    date="2026-02-05 13:45",
    body="""Sehr geehrter Herr Dr. Olbers,

zu Ihrem Schreiben vom 27.01.2026 nehmen wir wie folgt Stellung:

Das von uns eingeholte Gutachten von Prof. Dr. Brandauer (Psychiatrie) vom 15.12.2025 kommt zu dem Ergebnis,
dass bei Ihrem Mandanten, Herrn Piotr Kowalski, eine rezidivierende depressive Störung, gegenwärtig
leichte Episode (F33.0), sowie ein schädlicher Alkoholgebrauch (F10.1) vorliegen. Die Leistungsfähigkeit
als Vertriebsleiter sei zu 30 % eingeschränkt. Die bedingungsgemäße Schwelle von 50 % ist damit nicht erreicht.

Wir halten an unserer Entscheidung fest, bieten aber eine Kostenübernahme für eine stationäre
Rehabilitation an, falls Ihr Mandant dies wünscht.

Mit freundlichen Grüßen
""" + sig("behrendt"))

add("NORMAL", "de", "insurer-to-broker",
    "trap: broker commission statement notice referring to portal; no customer data",
    frm=f"Nordlicht Vermittlerpost <vermittlerpost@{DOM}>", to="info@soerensen-finanz.example", subj="Neue Dokumente in Ihrer elektronischen Vermittlerpost",
    date="2026-02-05 06:00", charset="us-ascii", cte="7bit",
    body="""Sehr geehrte Vertriebspartnerin, sehr geehrter Vertriebspartner,

in Ihrer elektronischen Vermittlerpost stehen 14 neue Dokumente bereit (Provisionsabrechnung 01/2026,
Bestandsveraenderungen, Leistungsmitteilungen). Ihr MVP holt sie beim naechsten Abruf automatisch ab.

Nordlicht Versicherung AG - Vertriebsservice""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "legal expenses: tenancy dispute cover with rent amount and landlord name",
    frm=who("hoffmann"), to="Ayşe Demir <ayse.demir@yahoo.example>", subj="Ihr Rechtsschutzfall Mietminderung – RS-3307-77120",
    date="2026-02-05 15:10",
    body="""Sehr geehrte Frau Demir,

für die Auseinandersetzung mit Ihrer Vermieterin, der Wohnbau Alster GmbH, wegen Schimmel und Mietminderung
(Kaltmiete 890 EUR, Minderung 20 %) besteht Versicherungsschutz aus Ihrem Mietrechtsschutz RS-3307-77120.
Wir übernehmen die Kosten für die außergerichtliche Vertretung durch Rechtsanwältin Frau Kaya.

""" + sig("hoffmann"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "accident insurance: invalidity benefit calculation for named customer (arm value 70 %)",
    frm=who("yilmaz"), to="Tomasz Nowak <t.nowak@poczta.example>", subj="Your accident claim UV-8820-31176 – invalidity benefit",
    date="2026-02-06 10:30",
    body="""Dear Mr Nowak,

based on the report of Dr. Haverkamp (trauma surgery) dated 30 January 2026 we assess the permanent
impairment of your right leg below the knee at 4/10 of the leg value (50 %), i.e. 20 % invalidity.

Sum insured EUR 120,000 with progression 350 %: invalidity benefit EUR 24,000.00.
In addition we pay the hospital daily allowance for 36 days (EUR 1,080.00).

The payment goes to your known account. If your condition changes, you can ask for a re-assessment
within three years of the accident.

""" + sig("yilmaz"))

add("NORMAL", "en", "insurer-to-supplier",
    "trap: order of first-aid kits and AED pads",
    frm=who("brandt"), to="Orders <orders@medsupply-nord.example>", subj="Order: first-aid kits DIN 13157 and AED pads",
    date="2026-02-06 11:00",
    body="""Hello,

please deliver:
- 20 x first-aid kit DIN 13157 (refill set)
- 6 x AED electrode pads adult, for Philips HeartStart FRx
- 2 x paediatric key
Invoice to Nordlicht Versicherung AG, cost centre 4410. Thanks.

Oliver Brandt""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "short mobile-style reply; quoted customer message describes panic attacks and psychiatric clinic stay",
    frm=who("albrecht"), to="Marvin Ehlert <marvin.ehlert@gmx.example>", subj="AW: Klinik", date="2026-02-06 13:02",
    irt="<d83kk@gmx.example>",
    body="""Danke, Herr Ehlert – die Bescheinigung der Klinik reicht uns als AU-Nachweis. Zahlung läuft.

Gesendet von meinem iPhone

> Am 06.02.2026 um 08:57 schrieb Marvin Ehlert <marvin.ehlert@gmx.example>:
>
> hallo herr albrecht, ich bin seit montag in der psychosomatischen klinik in bad bramstedt wegen
> den panikattacken und der angststörung, die sagen ca 6 wochen. reicht die aufnahmebescheinigung
> oder brauch ich noch ne AU vom hausarzt? vertrag ist KV-1108-20514
> gruss marvin ehlert
""")

add("NORMAL", "de", "internal",
    "trap: sickness absence rate of insurer's own departments, aggregated",
    frm=f"Personalabteilung <personal@{DOM}>", to=f"Führungskräfte <fuehrungskraefte@{DOM}>", subj="Krankenstand 2025 nach Bereichen",
    date="2026-02-09 09:00",
    body="""Liebe Führungskräfte,

der Krankenstand 2025 lag bei 5,9 % (Vorjahr 6,4 %). Nach Bereichen:

  Kundenservice 7,8 %  |  Leistung 6,1 %  |  IT 3,9 %  |  Vertrieb 4,4 %

Langzeiterkrankungen über 6 Wochen: 41 Fälle, davon 29 mit BEM-Angebot, 22 angenommen.
Auswertung nur aggregiert, Bereiche unter 10 Personen werden nicht ausgewiesen.

Personalabteilung""")

add("CONFIDENTIAL", "en", "insurer-to-partner",
    "subrogation letter to another insurer: named driver, policy numbers and claim amount (motor)",
    frm=who("wendler"), to="Claims <claims@baltic-mutual.example>", subj="Recourse claim KS-26-01877 / your insured Ms Freya Holm",
    date="2026-02-09 11:45",
    body="""Dear colleagues,

your policyholder Ms Freya Holm (your policy BM-AUTO-5520917, reg. SE-FH 772) caused the accident on
14 January 2026 on the B431 in Wedel. We have paid EUR 9,450.00 to our insured Mr Greg Hollister plus
EUR 1,120.00 assessor and towing costs. Please reimburse EUR 10,570.00 within 30 days to our account
{}, ref. KS-26-01877.

Tobias Wendler""".format(iban('DE', '20030000' + '0011223344')))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
    "message to an ambulatory care service about a named insured's care needs and medication",
    frm=who("petersen"), to="Pflegedienst Lebensfreude <kontakt@pflege-lebensfreude.example>", subj="Herr Egon Wulff – Leistungsnachweise Januar",
    date="2026-02-09 14:10",
    body="""Sehr geehrte Frau Tamm,

für Herrn Egon Wulff (geb. 01.03.1938, Pflegegrad 4, Pflegeversicherung PP-0091-44718) benötigen wir noch
die Leistungsnachweise Januar. Aus dem letzten Pflegebericht: Insulingabe zweimal täglich, Wundversorgung
am Unterschenkel (Ulcus cruris, L97), Kompressionsstrümpfe an- und ausziehen.

Bitte reichen Sie die Nachweise über das Leistungserbringer-Portal ein.

""" + sig("petersen"))

add("NORMAL", "en", "newsletter",
    "trap: customer newsletter on long COVID and return to work, generic advice",
    frm=f"Nordlicht Health Letter <newsletter@{DOM}>", to=f"kunden-newsletter@{DOM}", subj="Health Letter February: Long COVID – pacing, rehab and your job",
    date="2026-02-10 07:00",
    html="""<html><body><h1>Health Letter – February 2026</h1><p>Long COVID affects thousands of working people.
Our experts explain pacing, what a graded return to work looks like and which benefits exist.</p>
<ul><li>Fatigue and post-exertional malaise: why rest matters</li><li>The Hamburg model explained</li>
<li>Income protection and daily sickness allowance: what you should know</li></ul></body></html>""",
    body="""Health Letter – February 2026

Long COVID affects thousands of working people. Our experts explain pacing, what a graded return to work
looks like and which benefits exist.

* Fatigue and post-exertional malaise: why rest matters
* The Hamburg model explained
* Income protection and daily sickness allowance: what you should know""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "life insurance: payout after death of the insured to beneficiary; cause of death in body",
    frm=who("petersen"), to="Martina Fuchs <martina.fuchs@web.example>", subj="Auszahlung Risikolebensversicherung Ihres Mannes",
    date="2026-02-10 10:05",
    body=f"""Sehr geehrte Frau Fuchs,

zunächst unser aufrichtiges Beileid zum Tod Ihres Mannes, Herrn Wolfgang Fuchs.

Wir haben die Sterbeurkunde und die ärztliche Todesbescheinigung erhalten (Todesursache: akuter
Myokardinfarkt). Aus der Risikolebensversicherung RL-5527-00391 zahlen wir Ihnen als Bezugsberechtigter
150.000,00 EUR auf Ihr Konto {iban('DE', '25050180' + '0910553321')}.

""" + sig("petersen") + FOOT_DE)

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "electronics insurance claim with serial, address and payout; non-personal line",
    frm=who("kroll"), to="Nora Lindholm <nora.lindholm@posteo.example>", subj="Your laptop claim EL-26-00321",
    date="2026-02-10 15:00",
    body="""Dear Ms Lindholm,

the repair shop confirmed the liquid damage to your MacBook (serial C02XK1FJH7). We cover the repair cost of
EUR 842.00 under your electronics insurance EL-4471-90218 (Wohlwillstraße 18, 20359 Hamburg), less
deductible EUR 50.00. We pay the shop directly; you owe them EUR 50.00.

Sabine Kroll""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Kfz: Beitragsrechnung mit Geburtsdatum, Kennzeichen und IBAN (Lastschrift)",
    frm=who("wendler"), to="Jörg Ahlers <joerg.ahlers@ewe.example>", subj="Ihr Kfz-Vertrag KF-21-330918 – Beitragsänderung", date="2026-02-11 08:30",
    body=f"""Guten Morgen Herr Ahlers,

nach Ihrem Umzug nach Buxtehude ändert sich die Regionalklasse. Ihr neuer Jahresbeitrag ab 01.03.2026: 701,44 EUR
(Fahrer: Jörg Ahlers, geb. 08.11.1969; Kennzeichen STD-JA 69). Abbuchung weiterhin von {iban_raw('DE', '24151005' + '1210458711')}.

""" + sig("wendler"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "BU-Nachprüfung: Fragebogen-Anforderung an namentliche Leistungsempfängerin mit Hinweis auf ihre Angststörung",
    frm=who("behrendt"), to="Svenja Kühl <svenja.kuehl@hamburg-mail.example>", subj="Nachprüfung Ihrer BU-Leistung", date="2026-02-11 10:00",
    body="""Sehr geehrte Frau Kühl,

Sie erhalten seit Mai 2025 eine Rente aus Ihrer Berufsunfähigkeitsversicherung BU-5520-11873 wegen der
schweren depressiven Episode mit begleitender Angststörung. Wie in § 9 der Bedingungen vorgesehen, fragen wir
nach einem Jahr nach Ihrem aktuellen Gesundheitszustand. Bitte füllen Sie den beiliegenden Fragebogen aus
und nennen Sie uns, ob Sie inzwischen wieder (teilweise) arbeiten.

Wenn Sie sich Unterstützung bei einer Rückkehr in den Beruf wünschen, meldet sich gern unsere Kollegin
Frau Okafor – ganz freiwillig.

""" + sig("behrendt"))

add("NORMAL", "de", "insurer-to-authority",
    "trap: answer to BaFin survey with aggregated BU claim figures",
    frm=who("dunmore"), to="Referat VA 21 <va21@bafin-beispiel.example>", subj="Marktabfrage Berufsunfähigkeit 2025 – Nordlicht Versicherung AG (Reg.-Nr. 1099)",
    date="2026-02-11 13:00",
    body="""Sehr geehrte Damen und Herren,

anbei unsere Antworten zur Marktabfrage:

Bestand BU (selbstständig + Zusatz): 184.220 Verträge
Leistungsanträge 2025: 2.911, davon anerkannt 2.034, abgelehnt 512, in Prüfung 365
Ablehnungsgründe: Anzeigepflichtverletzung 31 %, BU-Grad unter 50 % 44 %, Sonstiges 25 %
Streitfälle vor Gericht: 88

Die Tabelle im geforderten Format folgt über das MVP-Portal der Aufsicht.

Claire Dunmore""")

add("CONFIDENTIAL", "en", "insurer-to-broker",
    "list of broker's clients with contracts due for renewal incl. premiums (non-personal lines), XLSX attachment",
    frm=who("hartung"), to="Daniel Cho <dcho@harbourbrokers.example>", subj="Renewals April – your portfolio", date="2026-02-12 10:40",
    body="""Hi Daniel,

the list of your clients' household and liability contracts renewing in April is attached. Please check the
sums insured with the clients before the 15th.

Felix""",
    atts=[("renewals_april_harbour.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           xlsx([["Client", "Address", "Contract", "Line", "Premium EUR"],
                 ["Lange, Britta", "Isestr. 77, Hamburg", "HR-1190-00234", "Household", 212.4],
                 ["Okonkwo, Peter", "Hofweg 3, Hamburg", "PH-2231-71008", "Private liability", 74.9],
                 ["Hauke & Söhne KG", "Billstr. 190, Hamburg", "BH-0081-22190", "Commercial liability", 3120.0]], sheet="Renewals"))])

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Krankentagegeld: Einstellung wegen Berufsunfähigkeit (§ 15 MB/KT) mit Gutachtenergebnis zur Schulterverletzung",
    frm=who("albrecht"), to="Heiko Stender <heiko.stender@web.example>", subj="Ende des Krankentagegeldes – KV-4418-22901", date="2026-02-12 14:00",
    body="""Sehr geehrter Herr Stender,

das Gutachten von Dr. Brockmann vom 02.02.2026 kommt zu dem Ergebnis, dass Sie wegen der Rotatorenmanschetten-
ruptur rechts (M75.1) und der Kniebeschwerden auf Dauer zu mehr als 50 % außerstande sind, als Gerüstbauer zu
arbeiten. Damit liegt Berufsunfähigkeit im Sinne von § 15 Abs. 1 b MB/KT vor; das Krankentagegeld endet drei
Monate danach, also am 12.05.2026.

Bitte prüfen Sie, ob Sie Ansprüche aus einer BU-Versicherung oder der gesetzlichen Rentenversicherung haben.

""" + sig("albrecht"))

add("NORMAL", "de", "internal",
    "trap: meeting minutes about the new digital AU (eAU) interface, no patient data",
    frm=who("albrecht"), to=f"KTG Leistung <ktg-leistung@{DOM}>", subj="Protokoll: eAU-Anbindung für Privatversicherte",
    date="2026-02-13 09:30",
    body="""Hallo zusammen,

Kurzprotokoll vom Dienstag:
- Die elektronische AU (eAU) gibt es weiterhin nur für gesetzlich Versicherte. Unsere KTG-Kunden müssen die
  Bescheinigung weiter selbst einreichen (App-Upload geht seit Januar).
- Ziel: 60 % der AU-Bescheinigungen über die App bis Jahresende (aktuell 34 %).
- Diagnoseschlüssel auf der AU: Wir brauchen sie nur bei Zweifeln – Texterkennung soll sie künftig nicht
  automatisch ins Stammsystem übernehmen (Datenminimierung, Abstimmung mit Frau Vogt).

Jonas""")

add("CONFIDENTIAL", "de", "insurer-to-partner",
    "Anfrage an Bank zur Rücküberweisung: Name, IBAN und Betrag einer Fehlüberweisung",
    frm=f"Zahlungsverkehr <zahlungsverkehr@{DOM}>", to="Rückrufe <rueckruf@hansebank.example>", subj="Rückruf Überweisung vom 10.02.2026",
    date="2026-02-13 11:05",
    body=f"""Sehr geehrte Damen und Herren,

wir bitten um Rückruf der folgenden Überweisung (falsche Empfängerkontonummer durch Erfassungsfehler):

Empfänger: Erika Sommerfeld
IBAN: {iban('DE', '20090500' + '0007123456')}
Betrag: 1.084,00 EUR, Verwendungszweck "Schaden 26-HR-00318"

Mit freundlichen Grüßen
Zahlungsverkehr, Nordlicht Versicherung AG""")

add("STRICTLY_CONFIDENTIAL", "en", "doctor",
    "forwarded (attached .eml) independent medical examination report on named claimant with fibromyalgia",
    frm=who("behrendt"), to=f"Dr. med. Henrik Salewski <h.salewski@{DOM}>", subj="FW: IME report", date="2026-02-13 14:30",
    body="""Henrik – IME report arrived, see attached. Can we discuss on Monday?
K.""",
    atts=[("rfc822", sub("<ime-77102@gutachten-nord.example>", "Dr. Petra Lorenzen <lorenzen@gutachten-nord.example>", f"bu-leistung@{DOM}",
                         "IME report Ms Ingrid Baumann", "2026-02-13 12:02",
                         """Dear colleagues,

please find my summary on Ms Ingrid Baumann, born 17.10.1970, policy BU-3391-00812:

Diagnoses: fibromyalgia syndrome (M79.70), chronic pain disorder with somatic and psychological factors (F45.41),
hypothyroidism (E03.9). Examination on 9 February: 14/18 tender points, no inflammatory markers.

Assessment: As a dental assistant she can currently work about 4 hours a day with breaks; a degree of
disability of 50 % is borderline. A multimodal pain programme (4 weeks, inpatient) is strongly recommended
and makes an improvement likely within 12 months.

Dr. med. Petra Lorenzen"""), "IME_Baumann.eml")])

add("NORMAL", "en", "insurer-to-partner",
    "trap: hospital group asked about invoice format changes (DRG), no patient",
    frm=who("salewski"), to="Billing <billing@asklepion-kliniken.example>", subj="Electronic invoices – DRG 2026 catalogue",
    date="2026-02-16 09:00",
    body="""Dear colleagues,

from 1 April we accept hospital invoices for privately insured patients in the DRG 2026 format via the
standard data exchange. Please stop sending PDF invoices by e-mail; they often contain diagnoses and must not
travel unencrypted. Test file specification attached to the portal announcement.

Dr. Henrik Salewski""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Wohngebäude: Leitungswasserschaden mit Schadenhöhe, Handwerker und Adresse der Versicherungsnehmerin",
    frm=who("kroll"), to="Gisela Marquardt <gisela.marquardt@t-online.example>", subj="Ihr Leitungswasserschaden WG-S-26-00144", date="2026-02-16 10:20",
    body="""Sehr geehrte Frau Marquardt,

für den Rohrbruch in Ihrem Haus Kastanienallee 12 in 21465 Reinbek übernehmen wir die Trocknung (Firma Trockenbau Blunck,
2.860,00 EUR) und die Reparatur des Estrichs (laut KV 4.915,00 EUR). Ihre Wohngebäudeversicherung WG-2291-10077
sieht keine Selbstbeteiligung vor.

""" + sig("kroll"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
    "Kostenübernahme für stationäre Reha eines namentlichen Versicherten (Alkoholentwöhnung)",
    frm=who("okafor"), to="Aufnahme Fachklinik Nordheide <aufnahme@fachklinik-nordheide.example>", subj="Kostenzusage – Herr Piotr Kowalski", date="2026-02-16 13:40",
    body="""Sehr geehrte Damen und Herren,

für unseren Versicherten Herrn Piotr Kowalski, geb. 23.01.1974, sagen wir die Kosten für die stationäre
Entwöhnungsbehandlung (Alkohol, F10.2) mit begleitender Behandlung der depressiven Störung in Ihrer Klinik für
bis zu 12 Wochen zu (Tagessatz lt. Vereinbarung). Aufnahmetermin laut Herrn Kowalski: 2. März 2026.

Bitte senden Sie uns den Entlassungsbericht – mit Einverständnis des Patienten – über das Portal.

""" + sig("okafor"))

add("NORMAL", "de", "insurer-to-supplier",
    "trap: Gutachterhonorar invoice query with invoice number only; no patient name",
    frm=f"Kreditorenbuchhaltung <kreditoren@{DOM}>", to="Buchhaltung Gutachten Nord <buchhaltung@gutachten-nord.example>", subj="Rechnung 2026-0114 – Bankverbindung fehlt",
    date="2026-02-16 15:00",
    body="""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2026-0114 über 1.240,00 EUR (Gutachten, Auftrag G-26-0031) können wir nicht anweisen,
weil die Bankverbindung auf der Rechnung fehlt. Bitte senden Sie eine korrigierte Rechnung.

Kreditorenbuchhaltung""")

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "travel baggage delay reimbursement with Dutch IBAN and policy number; no health data",
    frm=who("lindqvist"), to="Ben Adeyemi <ben.adeyemi@mailhub.example>", subj="Baggage claim GP-26-0091 – payment", date="2026-02-17 09:40",
    body=f"""Dear Mr Adeyemi,

your suitcase was returned by the airline after 6 days. Under your travel insurance RG-4410-55120 we reimburse
emergency purchases of EUR 386.50 (receipts enclosed by you). Payment to {iban('NL', 'RABO' + '0312485711')}.

""" + sig("lindqvist"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
    "Mutter eines Versicherten bekommt Auskunft über BU-Antrag ihres Sohnes mit Diagnose (Schizophrenie), Betreuerin",
    frm=who("behrendt"), to="Elke Brauns <elke.brauns@online.example>", subj="BU-Antrag Ihres Sohnes Jan Brauns", date="2026-02-18 09:20",
    body="""Sehr geehrte Frau Brauns,

vielen Dank für die Kopie des Betreuerausweises (Amtsgericht Lübeck, Gesundheitssorge und Vermögenssorge).
Als gesetzliche Betreuerin Ihres Sohnes Jan Brauns erhalten Sie hiermit Auskunft:

Den Antrag auf BU-Leistungen (Vertrag BU-8802-14410) wegen der paranoiden Schizophrenie (F20.0) prüfen wir derzeit.
Der Entlassungsbericht der Klinik für Psychiatrie Lübeck liegt vor; wir warten noch auf den Bericht der
Institutsambulanz. Wir rechnen mit einer Entscheidung im März.

""" + sig("behrendt"))

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Rechtsschutz Arbeitsrecht: Einkommen und Abfindung im Vergleich genannt",
    frm=who("hoffmann"), to="Bernd Keller <bernd.keller@arcor.example>", subj="Vergleich Arbeitsgericht – Kostenabrechnung", date="2026-02-18 13:30",
    body="""Sehr geehrter Herr Keller,

Ihr Anwalt hat uns den Vergleich vor dem Arbeitsgericht Hamburg übersandt: Abfindung 17.325 EUR (0,5
Monatsgehälter à 3.850 EUR pro Beschäftigungsjahr), Freistellung bis 30.04.2026. Die Anwaltskosten von
2.988,84 EUR übernehmen wir aus RS-6641-0093 abzüglich 150 EUR Selbstbeteiligung.

""" + sig("hoffmann"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
    "progress report request to rehab provider; quoted report includes named client's fatigue and work hours",
    frm=who("okafor"), to="Case Intake <intake@workbridge-rehab.example>", subj="Re: Progress report NLV-RTW-2026-014", date="2026-02-18 15:50",
    irt="<wb-014-r2@workbridge-rehab.example>",
    body="""Thanks a lot, very helpful. Please keep the 2-hour limit until the review with Dr. Lindner.

Miriam

> Progress report – Daniel Hrubesch (NLV-RTW-2026-014), week 6
> - attends pacing coaching weekly; energy diary shows 3 crashes (PEM) in February
> - heart rate monitoring: stays below 115 bpm in most sessions
> - employer meeting held 12 Feb: home-office workstation agreed, start 7 April with 2 h/day
> - client reports improved sleep since low-dose amitriptyline (prescribed by Dr. Lindner)
""")

add("NORMAL", "de", "newsletter",
    "trap: Makler-Newsletter zur Pflegezusatzversicherung mit Zahlen, keine Person",
    frm=f"Nordlicht Maklernews <newsletter@{DOM}>", to=f"makler-verteiler@{DOM}", subj="Maklernews 02/2026: Pflegelücke, neue Tarife, Termine",
    date="2026-02-19 07:00",
    body="""Maklernews 02/2026

* Pflegelücke: Der Eigenanteil im Pflegeheim liegt im Bundesschnitt bei über 2.900 EUR monatlich.
  Unser Pflegetagegeld PT Plus zahlt ab Pflegegrad 2 – ohne Wartezeit bei Unfall.
* BU Flex: Wiedereingliederungshilfe und Soforthilfe bei Krebs (Diagnose C00–C97) jetzt mitversicherbar.
* Termine: Webinar Gesundheitsfragen 04.03., Maklerforum Hamburg 23.04.

Sie erhalten diesen Newsletter als registrierter Vertriebspartner. Abmeldung im Maklerportal.""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Unfallversicherung: Rückfrage zur Gehirnerschütterung und Vorerkrankung der Halswirbelsäule (iso-8859-1, base64)",
    frm=who("yilmaz"), to="Ole Brodersen <ole.brodersen@kabelmail.example>", subj="Ihre Unfallmeldung vom 03.02.2026", date="2026-02-19 10:10",
    charset="iso-8859-1", cte="base64",
    body="""Hallo Herr Brodersen,

danke für Ihre Unfallanzeige (Sturz auf Glatteis am 03.02.2026, Unfallversicherung UV-1190-30021). Laut
D-Arzt-Bericht haben Sie eine Gehirnerschütterung (S06.0) und eine Distorsion der Halswirbelsäule erlitten.

Im Bericht steht auch, dass Sie schon 2023 wegen eines Bandscheibenvorfalls C5/C6 behandelt wurden. Für die
Bewertung einer möglichen Mitwirkung brauchen wir den damaligen Befund. Können Sie uns sagen, bei welchem
Arzt Sie waren?

""" + sig("yilmaz"))

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motor: claim against customer, third party's name and repair costs; plus customer's no-claims downgrade",
    frm=who("wendler"), to="Priya Raman <priya.raman@inbox.example>", subj="Your motor liability claim KH-26-00512", date="2026-02-19 12:00",
    body="""Dear Ms Raman,

we have paid the damage to Mr Konstantin Weber's Audi A4 (EUR 4,318.00 repair, EUR 612.00 rental car) under
your motor policy KF-23-991274. Your no-claims class will be downgraded from SF 6 to SF 3 from the next
renewal. You may buy back the claim by reimbursing EUR 4,930.00 within six months.

Regards, Tobias Wendler""")

add("NORMAL", "en", "insurer-to-press",
    "trap: press release on return-to-work programme results, aggregated",
    frm=who("ruiz"), to="Newsdesk <newsdesk@insurance-weekly.example>", subj="Press release: 212 disability pensioners back at work",
    date="2026-02-19 14:00",
    body="""PRESS RELEASE – Hamburg, 19 February 2026

Nordlicht Versicherung: 212 disability pensioners back at work in 2025

Nordlicht's rehabilitation and return-to-work management helped 212 people receiving a disability pension
to return to work fully or partly in 2025 (2024: 164). Most had mental illnesses or back problems. "Every
return is a success for the person first," says Miriam Okafor, head of the programme.

Contact: presse@nordlicht-versicherung.example""" + FOOT_EN)

add("NORMAL", "de", "insurer-to-customer",
    "trap: Antwort an Interessentin zur BU-Gesundheitsprüfung ohne Angaben zu ihrer Gesundheit",
    frm=who("yilmaz"), to="Paula Krüger <paula.krueger@web.example>", subj="AW: Frage zu den Gesundheitsfragen", date="2026-02-20 11:30",
    body="""Hallo Frau Krüger,

die Gesundheitsfragen im BU-Antrag beziehen sich auf die letzten 5 Jahre (ambulant), 10 Jahre (stationär) und
gelten für Psychotherapie ebenfalls 5 Jahre. Sie müssen alles angeben, wonach gefragt wird – auch wenn es Ihnen
geringfügig erscheint. Wenn Sie unsicher sind, können Sie Ihre Patientenakte bei der Krankenkasse anfordern.

Viele Grüße
""" + sig("yilmaz"))

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "dog-owner liability: named third party and payout, policy number; property damage only",
    frm=who("hoffmann"), to="Dirk Olsen <dirk.olsen@gmx.example>", subj="Hundehalterhaftpflicht – Vorfall 14.01.", date="2026-02-20 14:00",
    body="""Hallo Herr Olsen,

für den Vorfall mit Ihrem Hund Balu am 14.01. in Planten un Blomen haben wir die Forderung von Frau Imke Sievers
über 640 EUR (zerrissene Jacke und Handtasche) aus Ihrer Hundehalterhaftpflicht TH-0071-33419
reguliert.

""" + sig("hoffmann"))

add("NORMAL", "de", "internal",
    "trap: Vertretungsplan der BU-Leistung, nur Mitarbeiternamen und Buchstabenbereiche",
    frm=who("behrendt"), to=f"BU-Leistung Team <bu-leistung@{DOM}>", subj="Vertretung Faschingsferien", date="2026-02-20 16:10",
    body="""Hallo ihr,

Vertretung 23.02.–06.03.: Nachnamen A–K übernimmt Jana, L–Z Murat. Gutachtenaufträge bitte erst nach Rücksprache
mit Dr. Salewski rausschicken. Danke!

Katrin""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Hausrat: Einbruch, gestohlene Gegenstände mit Werten, Adresse und Vertragsnummer",
    frm=who("kroll"), to="Dennis Fromm <dennis.fromm@mail.example>", subj="Einbruchdiebstahl HR-S-25-09912 – Stand", date="2026-02-23 09:00",
    body="""Hallo Herr Fromm,

die Entschädigung für den Einbruch in Ihre Wohnung Stresemannstraße 88 (Laptop 1.290 EUR, Uhr 640 EUR,
Bargeld 380 EUR) ist berechnet: 2.310,00 EUR. Wegen der Pfändung (Az. 312 M 4471/25) dürfen wir den Betrag
nicht an Sie auszahlen, sondern zahlen an die Gläubigerin. Näheres erfahren Sie vom Amtsgericht.

""" + sig("kroll"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "disability pension: customer's partial return to work, income from new job and continuing BU degree; names hearing loss",
    frm=who("behrendt"), to="Oliver Grant <oliver.grant@mailhub.example>", subj="Your new job and your disability pension", date="2026-02-23 11:20",
    body="""Dear Mr Grant,

thank you for telling us about your new job as dispatcher at Hamburger Verkehrsbetriebe from 1 March
(gross EUR 3,120 per month). Because the epilepsy (G40.2) rules out driving buses but not office work, we need to
check whether the new job matches your previous life position. Until we decide, the pension of EUR 1,600.00
continues. Please send your employment contract.

Katrin Behrendt""")

add("NORMAL", "en", "insurer-to-partner",
    "trap: association working group on medical data standards for disability claims, no patients",
    frm=who("salewski"), to="Working group <ag-medizin@versichererverband.example>", subj="Comments on draft 'minimum content of doctors' reports'",
    date="2026-02-23 14:00",
    body="""Dear colleagues,

our comments on the draft: we support a short, structured report (diagnoses with ICD-10, functional limitations,
prognosis, treatment) instead of copies of the whole patient file – less data, faster decisions. Section 4 should
state clearly that insurers request only what is needed for the specific claim.

Henrik Salewski""")

add("CONFIDENTIAL", "de", "insurer-to-broker",
    "Kfz-Flotte: Fahrzeugliste mit Kennzeichen und Fahrernamen (ODS)",
    frm=who("hartung"), to="Maklerbüro Sörensen <info@soerensen-finanz.example>", subj="Flotte Pflegedienst Lebensfreude – Fahrzeugliste", date="2026-02-24 09:30",
    body="""Moin Herr Sörensen,

anbei die aktuelle Fahrzeugliste der Flotte Ihres Kunden (Vertrag FL-0033-1207) mit den gemeldeten Fahrern.
Bitte Änderungen bis 15.03. melden.

Felix Hartung""",
    atts=[("Flotte_FL-0033-1207.ods", "application/vnd.oasis.opendocument.spreadsheet",
           ods([["Kennzeichen", "Fahrzeug", "Fahrer", "Geb.-Datum", "Beitrag"],
                ["HH-PL 101", "VW Up", "Tamm, Birte", "1979-02-14", 612.0],
                ["HH-PL 102", "VW Up", "Schulz, Kevin", "1995-08-30", 744.0],
                ["HH-PL 103", "Renault Zoe", "Nguyen, Lan", "1988-12-01", 580.0]], sheet="Flotte", title="Flotte"))])

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless body; ODT attachment: Pflegetagegeld-Leistungsmitteilung mit Diagnose Schlaganfall",
    frm=who("petersen"), to="Werner Klüver <werner.kluever@t-online.example>", subj="Schreiben vorab per Mail", date="2026-02-24 11:00",
    body="""Sehr geehrter Herr Klüver,

wie gewünscht vorab unser Schreiben als Datei.

""" + sig("petersen"),
    atts=[("Leistungsmitteilung_PT-7781-01234.odt", "application/vnd.oasis.opendocument.text",
           odt(["Nordlicht Versicherung AG – Pflegetagegeld", "Herrn Werner Klüver, Alte Dorfstr. 3, 25335 Elmshorn",
                "Vertrag PT-7781-01234, versicherte Person: Werner Klüver, geb. 11.09.1949",
                "Nach dem Schlaganfall (I63.5) mit Halbseitenlähmung rechts hat der Gutachter Pflegegrad 4 festgestellt.",
                "Wir zahlen ab 01.02.2026 monatlich 1.800,00 EUR Pflegetagegeld."], title="Leistungsmitteilung", date="2026-02-24"))])

add("NORMAL", "de", "insurer-to-supplier",
    "trap: Bestellung Blutdruckmessgeräte für den Betriebsarzt",
    frm=who("brandt"), to="Bestellung <bestellung@medshop-hamburg.example>", subj="Bestellung 5 Blutdruckmessgeräte", date="2026-02-24 13:10",
    body="""Guten Tag,

bitte liefern Sie 5 Oberarm-Blutdruckmessgeräte (Modell BM 58) und 10 Manschetten L an den Betriebsärztlichen
Dienst, Am Deichtor 12, Raum 0.14. Rechnung an Kostenstelle 4410.

Oliver Brandt""")

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "cyber insurance for a sole trader: claim payment with IBAN and company turnover",
    frm=who("hoffmann"), to="Jana Wolff <jana@wolff-design.example>", subj="Your cyber claim CY-26-0007", date="2026-02-24 15:30",
    body=f"""Dear Ms Wolff,

after the ransomware attack on your studio (Wolff Design, turnover 2025 EUR 310,000) we cover the IT forensics
(EUR 3,900) and the loss of income for 9 days (EUR 7,650). Payment to {iban('DE', '20050550' + '9911223344')}.
Policy CY-1102-00418.

Greta Hoffmann""")

add("NORMAL", "en", "internal",
    "trap: DPIA summary for AI-supported reading of doctors' reports, no data",
    frm=who("vogt"), to=f"Management <vorstand-buero@{DOM}>", subj="DPIA result: text recognition of medical reports in disability claims", date="2026-02-25 09:00",
    body="""Dear colleagues,

the data protection impact assessment for the planned OCR/AI extraction of medical reports is complete. Result:
acceptable with measures – processing only in our own data centre, extraction limited to diagnoses, dates and
functional limitations, no training on customer data, access restricted to claims and medical officer, deletion
of the intermediate text after 30 days. The full DPIA (38 pages) is on the DPO SharePoint.

""" + sig("vogt"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "Rückfrage an Hausärztin zur AU-Diagnose eines namentlichen KTG-Versicherten (Long-COVID)",
    frm=who("albrecht"), to="Praxis Dr. Ohlsen <praxis@hausarzt-ohlsen.example>", subj="Rückfrage AU Herr Sven Matthies, geb. 04.04.1982", date="2026-02-25 10:15",
    body="""Sehr geehrte Frau Dr. Ohlsen,

Ihr Patient Herr Sven Matthies ist seit 10 Monaten durchgehend arbeitsunfähig (Long-COVID, U09.9, Fatigue).
Zur Prüfung, ob Berufsunfähigkeit eingetreten ist, bitten wir um kurze Angaben: Ist eine Besserung in den nächsten
sechs Monaten zu erwarten? Wurde eine Reha beantragt? Die Schweigepflichtentbindung liegt bei.

""" + sig("albrecht"))

add("NORMAL", "de", "insurer-to-customer",
    "trap: reply that a cancellation request needs a signature; no contract data",
    frm=f"Nordlicht Kundenservice <service@{DOM}>", to="Lutz Petersen <lutz.p@mail.example>", subj="AW: Kündigung", date="2026-02-25 11:40",
    body="""Hallo Herr Petersen,

damit wir Ihre Kündigung bearbeiten können, brauchen wir sie in Textform mit Angabe, welchen Vertrag Sie meinen.
Am einfachsten über "Mein Nordlicht" → Verträge → Kündigen.

Ihr Nordlicht Kundenservice""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Bestätigung über bestehenden Versicherungsschutz (Tatsache des Versichertseins) und Geburtsdatum, Privathaftpflicht",
    frm=f"Nordlicht Kundenservice <service@{DOM}>", to="Leonie Schmitt <leonie.schmitt@uni-mail.example>", subj="Versicherungsbestätigung Haftpflicht für Ihr Wohnheim", date="2026-02-25 14:20",
    body="""Hallo Frau Schmitt,

hiermit bestätigen wir: Frau Leonie Schmitt, geb. 21.06.2004, ist über die Privathaftpflichtversicherung
PH-5520-88102 ihrer Eltern (Familientarif) mitversichert, Deckungssumme 10 Mio. EUR, einschließlich Mietsachschäden.

Ihr Nordlicht Kundenservice""")

add("STRICTLY_CONFIDENTIAL", "en", "relative",
    "forwarded mail from a customer's wife about his stroke and the disability claim, inline forward",
    frm=who("behrendt"), to=f"Miriam Okafor <m.okafor@{DOM}>", subj="Fwd: my husband's claim", date="2026-02-26 09:05",
    body="""Miriam, could you call Mrs Devlin? She'd like to talk about rehab options. Power of attorney is in the file.
K.

---------- Forwarded message ---------
From: Fiona Devlin <fiona.devlin@homemail.example>
Date: Wed, 25 Feb 2026 at 20:14
Subject: my husband's claim
To: <bu-leistung@nordlicht-versicherung.example>

Dear Ms Behrendt,
Sean is home from the stroke unit since last week. He still can't speak properly (aphasia) and his right arm is
weak. The neurologist says maybe 6 months until he knows more. He was a teacher, I don't think he can go back.
What do we need to send for the disability insurance (policy BU-2207-41190)?
Fiona Devlin""")

add("NORMAL", "en", "insurer-to-supplier",
    "trap: translation agency asked for quote to translate BU claim form templates, no personal data",
    frm=who("okafor"), to="Projects <projects@lingua-hh.example>", subj="Quote request: translation of claim forms (DE>EN, DE>PL, DE>TR)", date="2026-02-26 11:00",
    body="""Hello,

we'd like a quote for translating our disability claim forms and the return-to-work leaflet (approx. 6,800 words)
into English, Polish and Turkish. The texts are templates only, no customer data. Delivery by 31 March.

Miriam Okafor""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Glasbruch: Kostenübernahme, Adresse und Vertragsnummer, IBAN gekürzt",
    frm=who("kroll"), to="Holger Wendt <holger.wendt@ewe.example>", subj="Glasschaden Terrassentür", date="2026-02-26 13:00",
    body="""Hallo Herr Wendt,

den Glasbruch an Ihrer Terrassentür (Birkenweg 5, 21614 Buxtehude) übernehmen wir aus der Glasversicherung
GL-3301-55871: 1.118,00 EUR, Überweisung an Ihr Konto DE89 **** **** **** 4471 00.

Sabine Kroll""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "harmless reply 'Termin passt'; quoted history: customer reports alcohol relapse during rehab",
    frm=who("okafor"), to="Piotr Kowalski <piotr.kowalski@mail.example>", subj="AW: Reha", date="2026-02-26 15:30", irt="<pk-2602@mail.example>",
    body="""Hallo Herr Kowalski,

Termin am Montag 11 Uhr passt. Bis dann.

Miriam Okafor

Am 26.02.2026 um 07:12 schrieb Piotr Kowalski:
> Frau Okafor, ich muss ehrlich sein, ich hatte am Wochenende einen Rückfall, 2 Tage getrunken. Die Klinik
> nimmt mich trotzdem am 2.3. auf, sagt Dr. Menke. Ich schäme mich. Können wir vorher reden?
""")

add("NORMAL", "de", "internal",
    "trap: Schulungsunterlage mit fiktivem Beispielfall (Erika Mustermann) zu BU-Leistungsprüfung",
    frm=who("behrendt"), to=f"Azubis Leistung <azubis-leistung@{DOM}>", subj="Übungsfall für Mittwoch", date="2026-02-27 08:30",
    body="""Hallo zusammen,

Übungsfall (komplett erfunden!):
Erika Mustermann, geb. 01.01.1970, Vertrag BU-0000-00000, Friseurin, beantragt BU wegen Kontaktekzem an
beiden Händen (L25.9). Aufgabe: Welche Unterlagen fordert ihr an? Welche Fragen stellt ihr zur Tätigkeit?
Wann ist eine Umorganisation bei Selbstständigen zumutbar?

Katrin""")

add("CONFIDENTIAL", "en", "insurer-to-partner",
    "request to a loss adjuster with policyholder name, address and property claim details",
    frm=who("kroll"), to="Dispatch <dispatch@adjusters-nord.example>", subj="Instruction: fire damage, Mr Jacob Lindqvist-Hale", date="2026-02-27 10:00",
    body="""Hello,

please inspect the fire damage at the detached house of Mr Jacob Lindqvist-Hale, Am Waldrand 14, 22927 Großhansdorf
(buildings policy WG-6610-22018, sum insured EUR 640,000). Kitchen fire on 25 February, contact +49 172 5550 331.
Report within 10 days, please.

Sabine Kroll""")

add("NORMAL", "en", "newsletter",
    "trap: HR newsletter for employer clients on BEM (occupational reintegration) obligations",
    frm=f"Nordlicht Business <business-news@{DOM}>", to=f"firmenkunden@{DOM}", subj="For employers: BEM after six weeks of sickness – what you must offer",
    date="2026-03-02 07:00",
    body="""Nordlicht Business News – March 2026

If an employee is sick for more than six weeks within a year, German law (§ 167 SGB IX) requires the employer to
offer occupational reintegration management (BEM). Participation is voluntary for the employee, and health data
collected in the process must be kept separately from the personnel file.

Our group income protection clients can use our return-to-work team free of charge.""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "KTG: Reduzierung wegen stufenweiser Wiedereingliederung, Diagnose Bandscheibe im Text",
    frm=who("albrecht"), to="Ralf Timmermann <r.timmermann@posteo.example>", subj="Krankentagegeld während der Wiedereingliederung", date="2026-03-02 09:40",
    body="""Hallo Herr Timmermann,

Ihr Orthopäde bestätigt, dass Sie nach dem Bandscheibenvorfall ab 16.03. stufenweise (4 Std./Tag) in der
Arbeitsvorbereitung bei Kruse einsteigen. Während der Wiedereingliederung besteht weiter Arbeitsunfähigkeit;
das Krankentagegeld (KV-4471-60219) läuft daher in voller Höhe weiter. Bitte schicken Sie uns den Plan der Krankenkasse.

""" + sig("albrecht"))

add("NORMAL", "de", "insurer-to-broker",
    "trap: Makleranfrage zur Produktlogik BU/KTG-Übergang, allgemein",
    frm=who("hartung"), to="Anke Dreyer <a.dreyer@dreyer-versicherungsmakler.example>", subj="AW: Lücke zwischen KTG und BU?", date="2026-03-02 11:00",
    body="""Hallo Frau Dreyer,

allgemein: Das KTG endet drei Monate nach Feststellung der Berufsunfähigkeit; die BU zahlt rückwirkend ab
Beginn, wenn die Prognose von sechs Monaten erfüllt ist. Mit unserer "Übergangsklausel" gibt es keine Lücke,
wenn beide Verträge bei uns liegen. Konkrete Fälle gern mit Vertragsnummer über die Vermittlerpost.

Felix""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Lastschrift geplatzt: Rückstand, IBAN (Kleinbuchstaben, ungruppiert) bei Rechtsschutzvertrag",
    frm=f"Beitragsservice <beitragsservice@{DOM}>", to="Ayşe Demir <ayse.demir@yahoo.example>", subj="Rücklastschrift Rechtsschutz RS-3307-77120", date="2026-03-02 13:20",
    body=f"""Sehr geehrte Frau Demir,

die Lastschrift über 29,80 EUR von Ihrem Konto {iban_raw('DE', '43060967' + '1122334455').lower()} wurde zurückgegeben
(Rücklastschriftgebühr 3,50 EUR). Bitte überweisen Sie 33,30 EUR bis 16.03.2026.

Beitragsservice, Nordlicht Versicherung AG""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "life insurance underwriting: application with exclusion due to named applicant's diabetes and HbA1c",
    frm=f"Underwriting Life <risikopruefung@{DOM}>", to="Chen Wei <chen.wei@mailservice.example>", subj="Your term life application – our offer", date="2026-03-03 09:00",
    body="""Dear Mr Chen,

thank you for your application for term life cover of EUR 300,000. Because of your type 1 diabetes (E10.9) with an
HbA1c of 8.1 % and the retinopathy mentioned in Dr. Sommer's report, we can offer cover with a risk surcharge of 75 %.
Monthly premium EUR 61.40 instead of EUR 35.10. The offer is valid for six weeks.

Underwriting Life, Nordlicht Versicherung AG""")

add("NORMAL", "en", "insurer-to-customer",
    "trap: reply to customer asking how to submit doctor's reports securely; no health info",
    frm=who("behrendt"), to="Adam Kowalczyk <a.kowalczyk@onet.example>", subj="Re: how to send documents", date="2026-03-03 10:30",
    body="""Dear Mr Kowalczyk,

please don't send medical documents by normal e-mail. Use the upload in "My Nordlicht" or our secure mailbox
(https://securemail.nordlicht-versicherung.example), or send them by post.

Katrin Behrendt""")

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "motorcycle theft: chassis number, police file number and payout",
    frm=who("wendler"), to="Luca Bianchi <luca.bianchi@posta.example>", subj="Motorcycle theft – claim KD-26-00098", date="2026-03-03 12:00",
    body="""Dear Mr Bianchi,

the police (file 260211-0441-K) closed the investigation without finding your Ducati Monster (VIN ZDM1RB4N8KB001734).
We will pay the replacement value of EUR 8,300.00 less EUR 150.00 deductible under KF-24-118800.

Tobias Wendler""")

add("NORMAL", "de", "internal",
    "trap: Besprechungseinladung (ICS) zum Prozess 'Arztanfragen digital', keine Fälle",
    frm=who("behrendt"), to=f"Dr. med. Henrik Salewski <h.salewski@{DOM}>", cc=f"Paul Schreiber <p.schreiber@{DOM}>", subj="Einladung: Arztanfragen digital", date="2026-03-03 14:00",
    body="""Hallo zusammen,

Einladung zum Workshop, wie wir Befundberichte künftig strukturiert und verschlüsselt von Praxen bekommen.

Katrin""",
    atts=[("workshop_arztanfragen.ics", "text/calendar",
           ics("ws-arztanfragen-0312", "20260312T100000", "20260312T120000", "Workshop Arztanfragen digital",
               "Raum Alster", "Prozess Befundanforderung, Portal-Upload, KIM", f"k.behrendt@{DOM}",
               [f"h.salewski@{DOM}", f"p.schreiber@{DOM}"]))])

add("NORMAL", "de", "insurer-to-press",
    "trap: Antwort an Journalistin: keine Auskunft zu Einzelfall, allgemeine Zahlen",
    frm=who("ruiz"), to="Tanja Ehlers <t.ehlers@hamburger-tagblatt.example>", subj="AW: Fall eines Lesers – BU abgelehnt", date="2026-03-04 11:30",
    body="""Liebe Frau Ehlers,

zu einzelnen Kundinnen und Kunden dürfen wir ohne deren schriftliche Entbindung nichts sagen – auch nicht, ob
jemand bei uns versichert ist. Allgemein: 2025 haben wir 70 % der BU-Anträge anerkannt; Ablehnungen können
kostenlos vom Versicherungsombudsmann überprüft werden.

Marco Ruiz""")

add("CONFIDENTIAL", "de", "insurer-to-authority",
    "Auskunft an Polizei zu Halter und Kennzeichen nach Fahrerflucht (Kfz), ohne Gesundheitsdaten",
    frm=who("wendler"), to="Polizeikommissariat 21 <pk21@polizei-hamburg.example>", subj="Ihr Auskunftsersuchen Az. 21/FL/0412/26", date="2026-03-04 14:10",
    body="""Sehr geehrte Damen und Herren,

zu Ihrer Anfrage teilen wir mit: Das Fahrzeug HH-KR 4412 ist bei uns seit 01.01.2024 versichert
(Vertrag KF-24-004412). Versicherungsnehmer: Kai Rensing, geb. 30.11.1982, Reinbeker Weg 7, 21029 Hamburg.

Tobias Wendler""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "base64 body: BU acceptance for named customer with cancer diagnosis and pension amount",
    frm=who("behrendt"), to="Hannah Whitfield <h.whitfield@inbox.example>", subj="Your disability claim – good news", date="2026-03-05 09:30",
    cte="base64",
    body="""Dear Hannah,

I'm glad to confirm that we accept your disability claim under policy BU-6102-33480 from 1 May 2025, based on the
breast cancer diagnosis (C50.4), the chemotherapy and the oncologist's report. Monthly pension EUR 2,100.00; back
payment for May 2025 to February 2026 EUR 21,000.00. Your planned part-time start in March doesn't affect this
for now – we'll talk about it in autumn.

Best wishes
Katrin Behrendt""")

add("NORMAL", "en", "insurer-to-partner",
    "trap: TSV with aggregated return-to-work outcomes for the reinsurer",
    frm=who("dunmore"), to="Peter Vance <p.vance@rhine-re.example>", subj="RTW outcomes 2025 (aggregated)", date="2026-03-05 11:00",
    body="""Peter, the aggregated RTW file you asked for. Counts only, cells below 5 suppressed.
Claire""",
    atts=[("rtw_outcomes_2025.tsv", "text/tab-separated-values",
           csvb([["diagnosis_group", "cases", "full_rtw", "partial_rtw", "no_rtw"],
                 ["mental", "181", "42", "51", "88"], ["musculoskeletal", "103", "38", "29", "36"],
                 ["cancer", "64", "19", "17", "28"], ["other", "47", "<5", "9", "33"]], delim="\t"))])

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Rechtsschutz Verkehr: Bußgeldbescheid und Fahrverbot des Kunden",
    frm=who("hoffmann"), to="Kai Rensing <k.rensing@elbe-geruest.example>", subj="Deckung Bußgeldverfahren", date="2026-03-05 13:30",
    body="""Hallo Herr Rensing,

für den Einspruch gegen den Bußgeldbescheid (Geschwindigkeit +31 km/h, 1 Monat Fahrverbot, Az. 701.4412.26)
besteht Deckung aus Ihrem Verkehrsrechtsschutz RS-0912-33019.

Greta Hoffmann""")

add("NORMAL", "de", "insurer-to-customer",
    "trap: Abwesenheitsnotiz der Reha-Managerin",
    frm=who("okafor"), to="Fiona Devlin <fiona.devlin@homemail.example>", subj="Abwesenheitsnotiz: Rückruf", date="2026-03-05 15:00",
    headers=[("Auto-Submitted", "auto-replied")],
    body="""Ich bin bis 13.03.2026 nicht im Büro. In dringenden Fällen: reha@nordlicht-versicherung.example.
I am out of office until 13 March 2026.""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
    "Gutachtenauftrag an Psychiater mit Aktenauszug (PDF) eines namentlichen Versicherten; Body nennt nur Auftrag",
    frm=who("behrendt"), to="Prof. Dr. Brandauer <sekretariat@gutachten-brandauer.example>", subj="Gutachtenauftrag G-26-0044", date="2026-03-06 09:00",
    body="""Sehr geehrter Herr Prof. Brandauer,

anbei der Gutachtenauftrag G-26-0044 mit Aktenauszug. Bitte bestätigen Sie kurz den Eingang.

""" + sig("behrendt"),
    atts=[("Gutachtenauftrag_G-26-0044.pdf", "application/pdf",
           pdf(["Gutachtenauftrag G-26-0044", "Versicherte Person: Tanja Lindemann, geb. 12.12.1985, BU-6650-20917",
                "Beruf: Pflegefachkraft Intensivstation",
                "Vorliegende Diagnosen: HIV-Infektion (B20), Polyneuropathie (G62.9), Erschoepfungssyndrom",
                "Fragestellung: Grad der Berufsunfaehigkeit, Prognose, Rehabilitationsmoeglichkeiten"], title="Gutachtenauftrag"))])

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "home contents: list of stolen jewellery with values (iso-8859-1), address",
    frm=who("kroll"), to="Margaret Olufemi <m.olufemi@homemail.example>", subj="Burglary claim HR-S-26-00211", date="2026-03-06 11:20",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Dear Ms Olufemi,

we accept the claim for the burglary at Hofweg 61, 22085 Hamburg: gold necklace EUR 1,450, ring EUR 980, cash
EUR 300 (limit), total EUR 2,730.00. Payment within 5 days. Policy HR-1199-22431.

Sabine Kroll""")

add("NORMAL", "en", "internal",
    "trap: security notice about phishing mails pretending to be 'doctor's report' uploads",
    frm=who("schreiber"), to=f"Alle Mitarbeitenden <alle@{DOM}>", subj="Warning: phishing 'Your medical report is ready'", date="2026-03-06 13:00",
    body="""Hi all,

we see phishing mails with the subject "Your medical report is ready" and a link to a fake portal. Our
real portal is only securemail.nordlicht-versicherung.example. Don't click, report with the "Phish" button.

""" + sig("schreiber"))

add("NORMAL", "de", "insurer-to-supplier",
    "trap: Reinigungsdienst: Wasserschaden in der Arztpraxis im eigenen Gebäude, keine Patientendaten",
    frm=who("brandt"), to="Objektleitung <objekt@clean-hanse.example>", subj="Sonderreinigung EG Praxis nach Wasserschaden", date="2026-03-09 10:30",
    body="""Hallo Frau Rohde,

in der Arztpraxis im EG (Mieterin unseres Gebäudes) ist gestern ein Heizkörper geplatzt. Bitte morgen ab 7 Uhr
Sonderreinigung Flur und Wartezimmer, Trocknungsgeräte sind aufgestellt. Die Praxis ist informiert.

Oliver Brandt""")

add("CONFIDENTIAL", "de", "insurer-to-broker",
    "Maklerauskunft: Kunde ist versichert, Vertragsnummern und Beitragsrückstand (Sach/Haftpflicht)",
    frm=who("hartung"), to="Daniel Cho <dcho@harbourbrokers.example>", subj="Rückstand Herr Okonkwo", date="2026-03-09 14:00",
    body="""Hi Daniel,

dein Kunde Peter Okonkwo ist mit der Privathaftpflicht PH-2231-71008 und der Hausrat HR-2231-71009 im Rückstand
(zusammen 287,30 EUR, Mahnstufe 2). Kannst du ihn bitte ansprechen, bevor der Schutz ruht?

Felix""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "harmless body; attachment ZIP with nested .eml from physiotherapist about named client's progress",
    frm=who("okafor"), to="Sean Devlin <sean.devlin@homemail.example>", subj="Documents for your file", date="2026-03-10 09:00",
    body="""Dear Mr Devlin,

as requested, a copy of the messages in your file. The ZIP is not password-protected; please store it safely.

Miriam Okafor""",
    atts=[("file_copies.zip", "application/zip",
           zipbytes([("physio_update.eml", sub("<physio-0301@therapie-nord.example>", "Therapiezentrum Nord <info@therapie-nord.example>",
                                                f"reha@{DOM}", "Update Sean Devlin", "2026-03-01 10:00",
                                                """Update Sean Devlin (DOB 1968-07-19): after left MCA stroke, right arm strength 3/5,
speech therapy 3x/week, aphasia improving, fine motor skills still poor. Return to teaching not
realistic before 2027.""").as_bytes(policy=SMTP)),
                     ("notes.txt", b"Case NLV-RTW-2026-031, Sean Devlin, BU-2207-41190\r\n")]))])

add("NORMAL", "en", "insurer-to-customer",
    "trap: webinar invitation for BU customers about returning to work, no personal data",
    frm=f"Nordlicht Events <events@{DOM}>", to="kunden-bu-info@nordlicht-versicherung.example", subj="Webinar: Back to work after illness – your questions answered",
    date="2026-03-10 12:00",
    body="""Hello,

join our free webinar on 25 March, 18:00: our return-to-work team and an occupational physician explain graded
reintegration, your rights towards your employer and how a part-time start affects disability benefits.
Register: https://events.nordlicht-versicherung.example/rtw""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Elementarschaden: Auszahlung mit IBAN im Format mit Leerzeichen (Österreich) und Adresse",
    frm=who("kroll"), to="Franz Gruber <franz.gruber@aon.example>", subj="Überschwemmung Ferienhaus – Zahlung", date="2026-03-10 15:00",
    body=f"""Grüß Gott Herr Gruber,

für die Überschwemmung Ihres Ferienhauses in Travemünde (Strandweg 2) zahlen wir 6.420,00 EUR aus WG-4411-80021 auf
{iban('AT', '1904300234573201')}.

Sabine Kroll""")

add("STRICTLY_CONFIDENTIAL", "de", "internal",
    "CSV-Export offener BU-Fälle mit Namen und Diagnosen an Teamleitung, Body neutral (windows-1252 CSV)",
    frm=who("behrendt"), to=f"Teamleitung Leben <tl-leben@{DOM}>", subj="Export offene Fälle > 90 Tage", date="2026-03-11 08:20",
    body="""Hallo,

wie besprochen der Export. Bitte nicht weiterleiten.

Katrin""",
    atts=[("offene_faelle_90.csv", "text/csv",
           csvb([["Vertrag", "Name", "Diagnose", "Eingang", "Status"],
                 ["BU-8802-14410", "Brauns, Jan", "F20.0", "11.11.2025", "Bericht Ambulanz fehlt"],
                 ["BU-6650-20917", "Lindemann, Tanja", "B20, G62.9", "02.12.2025", "Gutachten beauftragt"],
                 ["BU-2207-41190", "Devlin, Sean", "I63.3 Aphasie", "26.02.2026", "Reha"]], enc="cp1252"), "windows-1252")])

add("NORMAL", "de", "insurer-to-customer",
    "trap: Terminbestätigung Beratung 'Berufsunfähigkeit' ohne Gesundheitsangaben",
    frm=who("yilmaz"), to="Paula Krüger <paula.krueger@web.example>", subj="Beratungstermin BU", date="2026-03-11 10:40",
    body="""Hallo Frau Krüger,

gern: Videoberatung zur Berufsunfähigkeitsversicherung am Do., 19.03., 17:00 Uhr. Den Link schicke ich am Vortag.

""" + sig("yilmaz"))

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "confirmation of insurance with birth date for a rental car (travel excess cover)",
    frm=who("lindqvist"), to="Tom Nakamura <tom.nakamura@inbox.example>", subj="Rental excess cover – confirmation", date="2026-03-11 13:00",
    body="""Dear Mr Nakamura,

confirmed: Tom Nakamura, born 1987-05-22, is insured under rental car excess policy MW-26-00782 for the rental
in Portugal, 2–16 April 2026, excess up to EUR 2,000.

Anna Lindqvist""")

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "HTML+text mail: follow-up review ends BU pension because customer recovered after therapy; names depression",
    frm=who("behrendt"), to="Svenja Kühl <svenja.kuehl@hamburg-mail.example>", subj="Result of the follow-up review", date="2026-03-12 09:00",
    body="""Dear Ms Kühl,

thank you for the questionnaire and the report of Dr. Wilms. We are glad that the depression has largely remitted
and that you have worked 30 hours a week as a bank advisor again since January. As your capacity is now above 50 %,
the pension under BU-5520-11873 ends on 30 April 2026. Premium payments resume from May.

Katrin Behrendt""",
    html="""<html><body><p>Dear Ms Kühl,</p><p>thank you for the questionnaire and the report of Dr. Wilms. We are glad that
the depression has largely remitted and that you have worked 30 hours a week as a bank advisor again since January. As
your capacity is now above 50 %, the pension under <b>BU-5520-11873</b> ends on 30 April 2026.</p><p>Katrin Behrendt</p></body></html>""")

add("NORMAL", "de", "internal",
    "trap: Jahresbericht Datenschutz: Anzahl Auskunftsersuchen, keine Personen",
    frm=who("vogt"), to=f"Vorstand <vorstand-buero@{DOM}>", subj="Datenschutzbericht 2025 – Kurzfassung", date="2026-03-12 11:00",
    body="""Sehr geehrte Damen und Herren,

Kurzfassung: 412 Auskunftsersuchen (Art. 15), 37 Löschanträge, 6 meldepflichtige Datenpannen (darunter 2
Fehlversand von Arztberichten per E-Mail an falsche Empfänger), keine Bußgelder. Schwerpunkt 2026: Verschlüsselung
aller Mails mit Gesundheitsdaten, Schulung der Leistungsabteilungen.

""" + sig("vogt"))

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Kfz-Schaden: Kostenvoranschlag und Werkstatt, Name des Unfallgegners; mobile reply",
    frm=who("wendler"), to="Mehmet Arslan <m.arslan@gmx.example>", subj="AW: Unfall gestern", date="2026-03-12 16:20",
    body="""Hallo Herr Arslan, KV der Werkstatt Yıldız über 3.412 EUR ist freigegeben. Die Gegenseite (Frau Britta Lange,
Versicherung Baltic Mutual) haben wir angeschrieben. Schaden KS-26-00431.
Gruß T. Wendler

Von meinem Smartphone gesendet""")

add("NORMAL", "en", "insurer-to-partner",
    "trap: occupational physician thanked for round-table; general recommendations, no patients",
    frm=who("okafor"), to="Dr. Lars Engholm <engholm@betriebsarzt-nord.example>", subj="Thanks for the round table", date="2026-03-13 09:00",
    body="""Dear Dr. Engholm,

thanks again for your input on 5 March. Key points we'll take forward: earlier contact with employers (after 8
weeks instead of 6 months), a one-page functional capacity form for treating doctors, and joint training with
rehab providers on pacing for post-COVID patients.

""" + sig("okafor"))

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Krankentagegeld-Zahlung mit AU-Diagnose Tinnitus/Hörsturz, Gesundheitsdaten der namentlichen Kundin",
    frm=who("albrecht"), to="Kerstin Lammers <k.lammers@freenet.example>", subj="Ihr Krankentagegeld März", date="2026-03-13 10:30",
    body="""Hallo Frau Lammers,

die neue AU Ihres HNO-Arztes (Hörsturz links mit Tinnitus, H91.2) bis 27.03. liegt vor. Wir zahlen für den
21.02.–27.03. insgesamt 2.450,00 EUR (70 EUR/Tag) aus KV-5561-30027.

""" + sig("albrecht"))

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "legal expenses: neighbour dispute cover with neighbour's name and costs",
    frm=who("hoffmann"), to="Rob Ashdown <rob.ashdown@homemail.example>", subj="Your neighbour dispute – cover", date="2026-03-16 09:30",
    body="""Dear Mr Ashdown,

we grant cover under your legal expenses policy RS-7781-00419 for the dispute with your neighbour Mr Hinnerk Paulsen
about the boundary hedge, including mediation (up to EUR 1,500). Deductible EUR 250.

Greta Hoffmann""")

add("NORMAL", "de", "insurer-to-authority",
    "trap: Antwort an Datenschutzaufsicht zu allgemeiner Verfahrensfrage (Verschlüsselung Arztberichte), kein Einzelfall",
    frm=who("vogt"), to="Referat 3 <poststelle@datenschutz-hamburg.example>", subj="Ihre Anfrage vom 02.03.2026 – Übermittlung von Befundberichten", date="2026-03-16 11:00",
    body="""Sehr geehrte Damen und Herren,

Befundberichte erhalten wir von Ärztinnen und Ärzten per Post, über ein Upload-Portal oder über KIM. Ausgehende
E-Mails mit Gesundheitsdaten werden seit Januar 2026 automatisch erkannt und nur verschlüsselt oder über das
Portal versendet. Eine Beschreibung des Verfahrens fügen wir bei Bedarf gern bei.

""" + sig("vogt"))

add("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
    "group income protection claim to the employee naming bipolar disorder and salary share",
    frm=who("behrendt"), to="Marcus Feld <marcus.feld@mailbox.example>", subj="Your income protection claim GI-0412-0031", date="2026-03-16 14:30",
    body="""Dear Mr Feld,

we have received the report from Dr. Amini confirming bipolar affective disorder (F31.1) and your hospital stay in
January. We will pay the group income protection benefit of 60 % of your salary from 1 March. Your employer will
only be told that a benefit is paid, not the reason.

Katrin Behrendt""")

add("NORMAL", "de", "newsletter",
    "trap: interner Newsletter mit Stellenausschreibung Case Managerin Reha, keine Personen",
    frm=f"Intern <intern-news@{DOM}>", to=f"Alle Mitarbeitenden <alle@{DOM}>", subj="Nordlicht intern März: Stellen, Termine, Gesundheit",
    date="2026-03-17 07:00", cte="quoted-printable",
    body="""Nordlicht intern – März 2026

Stellen: Case Manager*in Reha & Wiedereingliederung (w/m/d), Gesundheits- und Krankenpfleger*in oder
Ergotherapeut*in mit Erfahrung im BEM. Bewerbung bis 10.04.
Termine: Betriebsversammlung 26.03., Gesundheitstag-Nachlese im Intranet.""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Bauleistungs/PV-Anlage: Schaden und Zahlung an Firmenkundin mit IBAN",
    frm=who("kroll"), to="Hof Petersen GbR <buero@hof-petersen.example>", subj="PV-Anlage Sturmschaden TV-26-0015", date="2026-03-17 10:00",
    body=f"""Guten Tag,

für den Sturmschaden an Ihrer PV-Anlage (Module 14 Stück, Wechselrichter) zahlen wir 9.880,00 EUR aus der
Photovoltaikversicherung TV-0091-7710 auf {iban('DE', '21352240' + '0179551100')}.

Sabine Kroll""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "Kurzantwort; zitierte Kundenmail nennt Schwangerschaft mit Komplikationen und Beschäftigungsverbot",
    frm=who("albrecht"), to="Lea Hoffmeister <lea.hoffmeister@posteo.example>", subj="Re: Krankentagegeld Schwangerschaft", date="2026-03-17 13:00",
    irt="<lh-1703@posteo.example>",
    body="""Liebe Frau Hoffmeister, ich kläre das und melde mich morgen. Gruß, J. Albrecht

>Hallo, ich bin in der 24. SSW und habe wegen vorzeitiger Wehen und Zervixinsuffizienz ein Beschäftigungsverbot.
>Zahlt das Krankentagegeld (KV-8821-10044) dann oder nicht? Bin selbstständige Physiotherapeutin.
>LG Lea Hoffmeister""")

add("NORMAL", "en", "insurer-to-supplier",
    "trap: document-scanning supplier SLA discussion for medical reports, no content",
    frm=who("schreiber"), to="Account Management <accounts@scanline-services.example>", subj="SLA for incoming doctors' reports", date="2026-03-17 15:00",
    body="""Hello,

we'd like to shorten the SLA for incoming medical reports from 48 to 24 hours and need a confirmation that scanned
reports are deleted from your staging server after 7 days. Please send an amendment to the DPA.

""" + sig("schreiber"))

add("CONFIDENTIAL", "en", "insurer-to-broker",
    "D&O: broker told about client's claim, management names and reserve",
    frm=who("hoffmann"), to="Daniel Cho <dcho@harbourbrokers.example>", subj="D&O claim Elbe Scaffolding GmbH", date="2026-03-18 09:00",
    body="""Daniel,

a claim has been made against your client's managing director Mr Kai Rensing and former CFO Ms Ute Brandes by the
insolvency administrator of a subcontractor (EUR 480k). We have set a reserve of EUR 150k for defence costs under
D&O policy DO-2210-0051.

Greta Hoffmann""")

add("NORMAL", "de", "internal",
    "trap: Gesellschaftsarzt-Sprechstunde verlegt, keine Fälle",
    frm=who("salewski"), to=f"Leistung Leben und KV <leistung-alle@{DOM}>", subj="Sprechstunde GA diese Woche Donnerstag", date="2026-03-18 14:00",
    body="""Liebe Kolleginnen und Kollegen,

meine Fallsprechstunde ist diese Woche am Donnerstag 11 Uhr statt Mittwoch. Bitte Fälle wie immer vorab in der
Akte markieren, nicht per Mail schicken.

HS""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Reiserücktritt wegen Jobverlust (Arbeitslosigkeit) mit Arbeitgeber und Erstattung; keine Gesundheitsdaten",
    frm=who("lindqvist"), to="Stefan Brück <stefan.brueck@gmx.example>", subj="Reiserücktritt RR-2026-00611", date="2026-03-19 09:30",
    body="""Sehr geehrter Herr Brück,

wegen der betriebsbedingten Kündigung durch die Nordwerft GmbH (Kündigungsschreiben vom 20.02.2026) ist Ihr
Reiserücktritt versichert. Wir erstatten die Stornokosten von 1.560,00 EUR.

Anna Lindqvist""")

add("NORMAL", "en", "insurer-to-customer",
    "trap: reply explaining what a doctor's report for a BU claim should contain – generic",
    frm=who("behrendt"), to="Fiona Devlin <fiona.devlin@homemail.example>", subj="Re: what should the doctor write?", date="2026-03-19 11:00",
    body="""Dear Mrs Devlin,

in general a useful report describes the diagnoses, what activities are no longer possible, how long this is
expected to last and which treatment is planned. The doctor doesn't need to send the whole patient file.

Katrin Behrendt""")

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Kündigungsbestätigung Hausrat mit Rückzahlung auf IBAN",
    frm=f"Nordlicht Kundenservice <service@{DOM}>", to="Lutz Petersen <lutz.p@mail.example>", subj="Ihre Kündigung HR-5510-09912", date="2026-03-19 14:30",
    body=f"""Hallo Herr Petersen,

Ihre Hausratversicherung HR-5510-09912 endet zum 31.03.2026. Den zu viel gezahlten Beitrag (47,25 EUR) überweisen
wir auf {iban('DE', '50010517' + '0648489890')}.

Ihr Nordlicht Kundenservice""")

add("NORMAL", "de", "insurer-to-broker",
    "trap: Maklerinfo zu neuer Schweigepflichtentbindung (Formularversion), keine Person",
    frm=who("hartung"), to="Anke Dreyer <a.dreyer@dreyer-versicherungsmakler.example>", subj="Neue Schweigepflichtentbindung ab April", date="2026-03-20 09:00",
    body="""Hallo Frau Dreyer,

ab 01.04. gilt die neue Schweigepflichtentbindungserklärung (Version 04/2026) für BU- und Lebensanträge; Kunden
können wählen zwischen Einzel- und Pauschalentbindung. Alte Formulare nehmen wir bis 30.06. an.

Felix""")

add("CONFIDENTIAL", "en", "insurer-to-customer",
    "buildings insurance: mortgage bank confirmation showing customer's loan and property value",
    frm=who("kroll"), to="Jacob Lindqvist-Hale <jacob.lh@mailhub.example>", subj="Confirmation for your bank", date="2026-03-20 11:00",
    body="""Dear Mr Lindqvist-Hale,

as requested, we have sent the insurance confirmation for your house to Hansebank (loan no. 77104412, EUR 410,000):
buildings policy WG-6610-22018, sum insured EUR 640,000, bank named as payee in case of loss.

Sabine Kroll""")

add("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
    "BU-Wiedereingliederungshilfe bewilligt, Diagnose Long-COVID im Text",
    frm=who("okafor"), to="Sven Matthies <sven.matthies@web.example>", subj="Ihre Wiedereingliederung – Bewilligung", date="2026-03-20 14:00",
    body="""Hallo Herr Matthies,

gute Nachricht: Für die stufenweise Rückkehr nach Ihrer Long-COVID-Erkrankung übernehmen wir die Kosten für das
Pacing-Coaching (10 Termine) und zahlen die Wiedereingliederungshilfe aus BU-9931-40021 für sechs Monate.

""" + sig("okafor"))

add("CONFIDENTIAL", "de", "insurer-to-customer",
    "Kfz: Schutzbrief-Abrechnung Abschleppkosten und Fahrzeugdaten",
    frm=who("wendler"), to="Jörg Ahlers <joerg.ahlers@ewe.example>", subj="Schutzbrief – Erstattung", date="2026-03-23 10:00",
    body="""Hallo Herr Ahlers,

die Abschleppkosten nach Ihrer Panne auf der A1 (Rechnung ADN 2026-3319, 298,00 EUR) erstatten wir aus dem
Schutzbrief zu KF-21-330918 auf Ihr bekanntes Konto.

""" + sig("wendler"))

add("NORMAL", "de", "insurer-to-customer",
    "trap: Glückwunsch zur Rückkehr in den Job ohne Gesundheitsangaben – nur Dank und Kontakt",
    frm=who("okafor"), to="Heiko Stender <heiko.stender@web.example>", subj="Alles Gute!", date="2026-03-23 15:00",
    body="""Hallo Herr Stender,

danke für Ihre nette Nachricht! Ich freue mich, dass es am Montag losgeht. Wenn etwas ist, melden Sie sich gern.

Miriam Okafor""")

# ================================================================ output and checks
def write_all(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, label, lang, kind, reason, mid, kw in MAILS:
        m = build(mid, **kw)
        with open(os.path.join(outdir, "mails", name + ".eml"), "wb") as f:
            f.write(m.as_bytes(policy=SMTP))
        rows.append("\t".join([name + ".eml", label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

def pdf_text(data):
    import re
    txt = []
    for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n", data):
        start = m.end()
        ln = int(re.search(rb"/Length (\d+)", data[data.rfind(b"<<", 0, m.start()):m.end()]).group(1))
        raw = zlib.decompress(data[start:start + ln])
        txt += re.findall(rb"\((.*?)\) Tj", raw)
    return b"".join(txt).strip()

def check_blob(fn, data, errs, where):
    low = fn.lower()
    if low.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append(f"{where}: bad zip member")
            for nm in z.namelist():
                d = z.read(nm)
                if nm.endswith(".xml") or nm.endswith(".rels"):
                    xml.dom.minidom.parseString(d)
                check_blob(nm, d, errs, where + "/" + nm)
        except Exception as e:
            errs.append(f"{where}: {fn}: {e}")
    elif low.endswith(".pdf"):
        if not data.startswith(b"%PDF") or not pdf_text(data):
            errs.append(f"{where}: PDF without text layer")
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append(f"{where}: bad ICS")

def check_msg(m, errs, where):
    if m.defects:
        errs.append(f"{where}: defects {m.defects}")
    for k, v in m.items():
        if getattr(v, "defects", None):
            errs.append(f"{where}: header {k} defects {v.defects}")
    for part in m.walk():
        if part.defects:
            errs.append(f"{where}: part defects {part.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename() or ""
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs)
            except Exception as e:
                errs.append(f"{where}: text part {ct} not {cs}: {e}")
            if fn:
                check_blob(fn, part.get_payload(decode=True), errs, where)
        else:
            check_blob(fn, part.get_payload(decode=True), errs, where)
    # nested rfc822
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                check_msg(inner, errs, where + "/rfc822")

def check(outdir):
    errs = []
    with tempfile.TemporaryDirectory() as tmp:
        write_all(tmp)
        files = ["labels.tsv"] + [f"mails/{n}.eml" for n, *_ in MAILS]
        for f in files:
            a, b = os.path.join(outdir, f), os.path.join(tmp, f)
            if not os.path.exists(a) or not filecmp.cmp(a, b, shallow=False):
                errs.append(f"{f}: differs from rebuild (run make_corpus.py first)")
    if len(MAILS) != 150:
        errs.append(f"expected 150 mails, have {len(MAILS)}")
    mids = set()
    from collections import Counter
    cnt = Counter()
    for name, label, lang, kind, reason, mid, kw in MAILS:
        cnt[(label, lang)] += 1
        p = os.path.join(outdir, "mails", name + ".eml")
        data = open(p, "rb").read()
        if b"\n" in data.replace(b"\r\n", b""):
            errs.append(f"{name}: bare LF")
        m = BytesParser(policy=default).parsebytes(data)
        if m["Message-ID"] in mids:
            errs.append(f"{name}: duplicate Message-ID")
        mids.add(m["Message-ID"])
        if not str(m["From"]).endswith(f"@{DOM}>") and not str(m["From"]).endswith(f"@{DOM}"):
            errs.append(f"{name}: sender not own domain")
        if m["Date"].datetime.year != 2026:
            errs.append(f"{name}: date not 2026")
        if label not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL") or lang not in ("de", "en"):
            errs.append(f"{name}: bad label/lang")
        check_msg(m, errs, name)
    for e in errs:
        print("FAIL", e)
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"{lab:24s} de={cnt[(lab, 'de')]:3d} en={cnt[(lab, 'en')]:3d}")
    print("OK" if not errs else f"{len(errs)} failures")
    return 1 if errs else 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        sys.exit(check(here))
    write_all(here)
    print(f"wrote {len(MAILS)} mails")
