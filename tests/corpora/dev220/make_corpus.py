#!/usr/bin/env python3
"""d220 corpus generator: 150 fictitious mails of Nordhafen Versicherung AG (standard library only)."""
import sys, os, io, zlib, zipfile, tempfile, shutil, filecmp
from email.message import EmailMessage
from email.policy import SMTP, default
from email.parser import BytesParser
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
from xml.dom import minidom
from xml.sax.saxutils import escape as X

DOM = "nordhafen-versicherung.example"
ZT = (2026, 1, 15, 9, 0, 0)
MAILS_OUT = []

# ---------------------------------------------------------------- staff signatures
SIG = {
 "bauer": ("Katrin Bauer", "k.bauer", "Katrin Bauer\nLeistungsabteilung Reise & Assistance\nNordhafen Versicherung AG\nKaiserkai 12, 20457 Hamburg\nTel. 040 7788-2410"),
 "yilmaz": ("Deniz Yilmaz", "d.yilmaz", "Mit freundlichen Grüßen\nDeniz Yilmaz\nKfz-Schaden\nNordhafen Versicherung AG | Tel. 040 7788-3120"),
 "hofer": ("Dr. Sabine Hofer", "s.hofer", "Dr. med. Sabine Hofer\nGesellschaftsärztin / Medical Officer\nNordhafen Versicherung AG"),
 "okafor": ("James Okafor", "j.okafor", "Kind regards,\nJames Okafor\nInternational Assistance Desk\nNordhafen Versicherung AG, Hamburg\n+49 40 7788-2499 (24/7)"),
 "lange": ("Tobias Lange", "t.lange", "Viele Grüße\nTobias Lange\nTierversicherung\nNordhafen Versicherung AG"),
 "richter": ("Miriam Richter", "m.richter", "Miriam Richter\nKrankenversicherung – Leistung\nNordhafen Versicherung AG\nTel. 040 7788-1570"),
 "wendt": ("Florian Wendt", "f.wendt", "Florian Wendt\nMaklerbetreuung Nord\nNordhafen Versicherung AG\nMobil 0171 5550193"),
 "schulz": ("Anke Schulz", "a.schulz", "Freundliche Grüße\nAnke Schulz\nSach- und Haftpflichtschaden\nNordhafen Versicherung AG"),
 "petersen": ("Lars Petersen", "l.petersen", "Lars Petersen\nLeben & Berufsunfähigkeit\nNordhafen Versicherung AG\nTel. 040 7788-1820"),
 "novak": ("Eva Novak", "e.novak", "Eva Novak\nUnternehmenskommunikation / Press Office\nNordhafen Versicherung AG\npresse@nordhafen-versicherung.example"),
 "brandt": ("Henrik Brandt", "h.brandt", "Henrik Brandt\nIT-Betrieb Mail & Portal\nNordhafen Versicherung AG"),
 "koch": ("Julia Koch", "j.koch", "Julia Koch\nDatenschutzbeauftragte\nNordhafen Versicherung AG"),
 "meier": ("Stefan Meier", "s.meier", "Stefan Meier\nFirmenkunden / Commercial Lines\nNordhafen Versicherung AG\nTel. 040 7788-4400"),
 "aydin": ("Selin Aydin", "s.aydin", "Selin Aydin\nRechtsschutz-Schaden\nNordhafen Versicherung AG"),
 "weber": ("Paul Weber", "p.weber", "Paul Weber\nPflege & Unfall – Leistung\nNordhafen Versicherung AG\nTel. 040 7788-1650"),
 "grant": ("Olivia Grant", "o.grant", "Best regards\nOlivia Grant\nTravel Claims (English desk)\nNordhafen Versicherung AG"),
}
FOOT_DE = ("\n--\nNordhafen Versicherung AG · Kaiserkai 12 · 20457 Hamburg · Sitz Hamburg, AG Hamburg HRB 99871\n"
           "Vorstand: Dr. Ulrike Sand (Vors.), Marek Olsen · Aufsichtsratsvorsitz: Bernd Kruse\n"
           "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.")
FOOT_EN = ("\n--\nNordhafen Versicherung AG, Kaiserkai 12, 20457 Hamburg, Germany. Registered: Hamburg HRB 99871.\n"
           "This message may contain confidential information. If you are not the intended recipient, please notify the sender.")

def sig(k, foot=None):
    s = "\n\n" + SIG[k][2]
    if foot == "de": s += FOOT_DE
    elif foot == "en": s += FOOT_EN
    return s

def frm(k):
    n = SIG[k][0]
    n = f'"{n}"' if "." in n else n
    return f"{n} <{SIG[k][1]}@{DOM}>"

# ---------------------------------------------------------------- IBAN
def iban(cc, bban, grouped=True):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i+4] for i in range(0, len(s), 4)) if grouped else s

def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1

# ---------------------------------------------------------------- file formats
def zipbytes(members, stored_first=None):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return b.getvalue()

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{t}</dc:title><dc:creator>{a}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:modified></cp:coreProperties>')

def xlsx(rows, title="Tabelle", author="Nordhafen Versicherung AG"):
    def cell(r, c, v):
        ref = chr(65 + c) + str(r + 1)
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{X(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{i+1}">' + "".join(cell(i, j, v) for j, v in enumerate(r)) + "</row>" for i, r in enumerate(rows))
    return zipbytes([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", CORE.format(t=X(title), a=X(author))),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="' + X(title[:31]) + '" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sd + '</sheetData></worksheet>'),
    ])

def docx(paras, title="Dokument", author="Nordhafen Versicherung AG"):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{X(p)}</w:t></w:r></w:p>' for p in paras)
    return zipbytes([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", CORE.format(t=X(title), a=X(author))),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>'),
    ])

def _odf(mime, content_body, title):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')
    return zipbytes([
        ("mimetype", mime.encode()),
        ("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
         f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
         '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
        ("meta.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.2"><office:meta><dc:title>{X(title)}</dc:title>'
         '<meta:creation-date>2026-01-15T09:00:00</meta:creation-date><dc:date>2026-01-15T09:00:00</dc:date></office:meta></office:document-meta>'),
        ("content.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.2"><office:body>{content_body}</office:body></office:document-content>'),
    ])

def odt(paras, title="Dokument"):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join(f"<text:p>{X(p)}</text:p>" for p in paras) + "</office:text>", title)

def ods(rows, title="Tabelle"):
    def c(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{X(str(v))}</text:p></table:table-cell>'
    t = "".join("<table:table-row>" + "".join(c(v) for v in r) + "</table:table-row>" for r in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f'<office:spreadsheet><table:table table:name="{X(title[:31])}">{t}</table:table></office:spreadsheet>', title)

def _pdfesc(s):
    b = s.replace("€", "EUR").encode("cp1252", "replace")
    out = b""
    for ch in b:
        c = bytes([ch])
        if c in (b"(", b")", b"\\"):
            out += b"\\" + c
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out += c
    return out

def pdf(lines, title="Dokument"):
    """Single/multi-page PDF, Helvetica, WinAnsiEncoding, FlateDecode, real text layer."""
    pages = [lines[i:i+50] for i in range(0, max(len(lines), 1), 50)]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 5
    for pg in pages:
        cs = b"BT /F1 10 Tf 13 TL 56 790 Td\n"
        for i, ln in enumerate(pg):
            cs += b"(" + _pdfesc(ln) + b") Tj T*\n"
        cs += b"ET\n"
        comp = zlib.compress(cs, 9)
        objs[n + 1] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        objs[n] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (n + 1)
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    objs[4] = b"<< /Title (" + _pdfesc(title) + b") /Producer (Nordhafen DMS 4.2) /CreationDate (D:20260115090000Z) /ModDate (D:20260115090000Z) >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    mx = max(objs)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (mx + 1)
    for k in range(1, mx + 1):
        out += b"%010d 00000 n \n" % offs[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (mx + 1, xref)
    return out

def pdf_text(data):
    import re
    txt = b""
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            d = zlib.decompress(m.group(1))
        except Exception:
            continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", d):
            txt += t.group(1)
    return txt.strip()

def ics(uid, start, end, summary, desc="", loc=""):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nordhafen Versicherung AG//Kalender//DE", "METHOD:REQUEST", "BEGIN:VEVENT",
         f"UID:{uid}@{DOM}", "DTSTAMP:20260115T090000Z", f"DTSTART:{start}", f"DTEND:{end}", f"SUMMARY:{summary}"]
    if loc: L.append(f"LOCATION:{loc}")
    if desc: L.append("DESCRIPTION:" + desc.replace("\n", "\\n"))
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

MT = {"pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "odt": ("application", "vnd.oasis.opendocument.text"), "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
      "zip": ("application", "zip"), "ics": ("text", "calendar"), "csv": ("text", "csv"), "tsv": ("text", "tab-separated-values"),
      "txt": ("text", "plain"), "bin": ("application", "octet-stream")}

# ---------------------------------------------------------------- message building
def fwd(frm_, to, subj, date, body, charset="utf-8", cte="quoted-printable", mid=""):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm_; m["To"] = to; m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = mid
    m.set_content(body, charset=charset, cte=cte)
    return m

def mk(n, label, lang, kind, reason, subj, sender, to, body, atts=(), date=None, cc=None, charset="utf-8", cte="quoted-printable",
       html=None, html_only=False, flowed=False, extra=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm(sender) if sender in SIG else sender
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    d = date or datetime(2026, 1 + (n * 7) % 12, 1 + (n * 11) % 28, 7 + n % 11, (n * 13) % 60, n % 60, tzinfo=timezone(timedelta(hours=1)))
    m["Date"] = format_datetime(d) if isinstance(d, datetime) else d
    m["Message-ID"] = f"<d220.{n:04d}.{d.strftime('%Y%m%d%H%M%S') if isinstance(d, datetime) else n}@{DOM}>"
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        params = {"format": "flowed"} if flowed else {}
        m.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        name, data = a[0], a[1]
        ext = name.rsplit(".", 1)[-1].lower()
        mt = a[2] if len(a) > 2 else MT.get(ext, MT["bin"])
        if mt[0] == "text" and isinstance(data, str):
            cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data.encode(cs), maintype=mt[0], subtype=mt[1], filename=name, params={"charset": cs})
        elif mt[0] == "text":
            m.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name, params={"charset": "utf-8"})
        else:
            m.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=name)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_NH{n:04d}_{i:02d}_Part")
            i += 1
    MAILS_OUT.append((n, label, lang, kind, reason, m))

def Q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def OL(sender, sent, to, subj, text, lang="de"):
    if lang == "de":
        h = f"-----Ursprüngliche Nachricht-----\nVon: {sender}\nGesendet: {sent}\nAn: {to}\nBetreff: {subj}\n\n"
    else:
        h = f"-----Original Message-----\nFrom: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n"
    return h + text

def D(mo, d, h=10, mi=0):
    return datetime(2026, mo, d, h, mi, 0, tzinfo=timezone(timedelta(hours=1 if mo in (1, 2, 3, 11, 12) else 2)))

# ================================================================= MAILS
# ---- d220-0001
mk(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "travel health: named customer hospitalised in Spain with appendicitis, treatment cost approval",
   "Ihr Notfall in Málaga – Kostenübernahme Klinik (Schaden RK-2026-004417)", "bauer", "Martina Hollweg <m.hollweg@posteo-mail.example>",
   "Sehr geehrte Frau Hollweg,\n\nwir haben heute Morgen mit dem Hospital Costa del Sol Clínica gesprochen. Die Klinik hat uns bestätigt, "
   "dass bei Ihnen am 03.02.2026 eine akute Blinddarmentzündung (K35.8) festgestellt und noch am selben Abend laparoskopisch operiert wurde.\n\n"
   "Die Kosten der stationären Behandlung (voraussichtlich 6.850 EUR) übernehmen wir direkt aus Ihrer Auslandsreise-Krankenversicherung, "
   "Vertrag AR 77 410 236. Sie müssen nichts vorstrecken.\n\nFür den Rückflug benötigt die Fluggesellschaft eine Flugtauglichkeitsbescheinigung "
   "(MEDIF). Unser Assistance-Arzt ruft den Stationsarzt morgen an. Sollte ein Liegendtransport nötig sein, organisieren wir das.\n\n"
   "Gute Besserung!" + sig("bauer", "de"), date=D(2, 4, 9, 12))

# ---- d220-0002
mk(2, "NORMAL", "de", "internal", "trap: assistance statistics (repatriations, diagnoses groups) aggregated per quarter, no person",
   "Assistance-Kennzahlen Q4/2025 – Rücktransporte und Klinikfälle", "okafor", f"Leitung Reise <leitung-reise@{DOM}>",
   "Hallo zusammen,\n\nanbei die Kennzahlen Q4 für die Vorstandsvorlage. Kurz zusammengefasst:\n"
   "- 412 Assistance-Fälle (Vorjahr 388), davon 61 stationär\n- 19 Krankenrücktransporte, 4 davon mit Ambulanzjet\n"
   "- häufigste Diagnosegruppen: Frakturen (S-Kapitel), Herz-Kreislauf (I-Kapitel), Magen-Darm-Infekte\n"
   "- durchschnittliche Fallkosten Rücktransport: 14.200 EUR\n\nKeine Einzelfälle in der Datei, nur Summen. Bei Fragen gern Bescheid geben.\n\nJames",
   atts=[("Assistance_Q4_2025.xlsx", xlsx([["Kennzahl", "Q4/2024", "Q4/2025"], ["Fälle gesamt", 388, 412], ["davon stationär", 55, 61],
        ["Rücktransporte", 17, 19], ["Ambulanzjet", 3, 4], ["Ø Kosten Rücktransport EUR", 13100, 14200], ["Todesfälle im Ausland (Überführungen)", 5, 6]], "Assistance Q4"))],
   date=D(1, 12, 16, 40))

# ---- d220-0003
mk(3, "CONFIDENTIAL", "en", "insurer-to-customer", "baggage delay claim of a named customer with claim number, no health data",
   "Your baggage claim GP-26-18834 – delayed suitcase Frankfurt–Toronto", "grant", "Ryan McAllister <ryan.mcallister@mapleleaf-mail.example>",
   "Dear Mr McAllister,\n\nthank you for the receipts. Your suitcase arrived 52 hours late, so the emergency-purchase cover of your "
   "travel policy TP-0093-4471 applies. We are reimbursing CAD 386.40 for clothes and toiletries (converted: EUR 259.10).\n\n"
   "We still need the Property Irregularity Report (PIR) from the airline – the photo you sent is cut off at the reference number. "
   "Could you send it again?\n" + sig("grant", "en"), date=D(1, 9, 11, 5))

# ---- d220-0004
mk(4, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital", "guarantee of payment naming the patient, birth date and diagnosis (femur fracture)",
   "Guarantee of payment – patient Werner Ostrowski, DOB 17/08/1951", "okafor", "Int'l Patient Office <ipo@bangkok-samitivej-care.example>",
   "Dear colleagues,\n\nfurther to our call, Nordhafen Versicherung AG guarantees payment for the inpatient treatment of\n\n"
   "  Patient: Mr Werner Ostrowski, German national, DOB 17/08/1951\n  Our case: ASS-26-0212 / policy AR 55 009 871\n"
   "  Diagnosis reported by you: closed fracture of the neck of femur, right (S72.00)\n  Procedure: hemiarthroplasty, planned 22 Jan 2026\n\n"
   "Guarantee limit: THB 620,000. Please send the itemised invoice and the discharge summary to this address; any amount above the limit "
   "needs our prior approval. Our medical officer will call the ward on Friday regarding fitness to fly.\n" + sig("okafor", "en"),
   date=D(1, 21, 3, 44))

# ---- d220-0005
mk(5, "CONFIDENTIAL", "de", "insurer-to-customer", "pet health: named dog owner, policy number and the dog's vet bill (animal, not human health)",
   "Tierarztrechnung Bruno – Erstattung", "lange", "Familie Gerdes <gerdes.familie@kielnet.example>",
   "Hallo Frau Gerdes,\n\ndie Rechnung der Tierklinik Am Nord-Ostsee-Kanal für Bruno (Labrador, 6 J.) haben wir geprüft. "
   "Behandelt wurde ein Kreuzbandriss hinten links, OP nach TPLO-Methode, abgerechnet nach GOT zum 2-fachen Satz.\n\n"
   "Erstattung aus Ihrer Hunde-OP-Versicherung HT-3318-02: 2.914,60 EUR (Rechnungsbetrag 3.238,44 EUR abzgl. 10 % Selbstbeteiligung). "
   "Das Geld geht in den nächsten Tagen auf das bekannte Konto.\n\nGute Besserung an Bruno!" + sig("lange"), date=D(3, 2, 14, 20))

# ---- d220-0006
mk(6, "NORMAL", "de", "newsletter", "trap: newsletter about travel vaccinations, malaria, hospital abroad; no person",
   "Nordhafen Newsletter März: Gesund verreisen – Impfungen, Malaria & Co.", f"Nordhafen Newsletter <newsletter@{DOM}>", f"Newsletter-Abonnenten <newsletter-kunden@lists.{DOM}>",
   "Gesund verreisen – Ihr Nordhafen Newsletter\n\n1. Impfungen rechtzeitig planen\nFür viele Fernreiseziele empfiehlt die STIKO Hepatitis A, Typhus oder Tollwut. "
   "Lassen Sie sich 6–8 Wochen vor Abreise beraten.\n\n2. Malaria-Prophylaxe\nIn Hochrisikogebieten kann eine Chemoprophylaxe sinnvoll sein. "
   "Ihre Ärztin berät Sie zu Wirkstoffen wie Atovaquon/Proguanil.\n\n3. Krank im Ausland?\nMit der Auslandsreise-Krankenversicherung übernehmen wir "
   "Arzt- und Krankenhauskosten sowie den medizinisch sinnvollen Rücktransport. Unsere Notrufnummer: +49 40 7788-2499.\n\n"
   "Abmelden: https://www.nordhafen-versicherung.example/newsletter/abmelden", date=D(3, 1, 8, 0),
   html="<html><body><h2>Gesund verreisen</h2><p>Impfungen rechtzeitig planen: Hepatitis A, Typhus, Tollwut.</p>"
        "<p>Malaria-Prophylaxe: fragen Sie Ihre Ärztin.</p><p>Notruf 24/7: +49 40 7788-2499</p></body></html>")

# ---- d220-0007
mk(7, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "trip cancellation because the customer's mother (risk person) has a herniated disc; health of a named third person",
   "AW: Stornierung Kreta-Reise – Reiserücktritt Vertrag RR-448120", "bauer", "Sven Kaltenbach <s.kaltenbach@web-mail.example>",
   "Hallo Herr Kaltenbach,\n\ndanke für die Unterlagen. Damit wir die Stornokosten von 2.140 EUR erstatten können, fehlt uns noch das "
   "ausgefüllte Attest zur Reiseunfähigkeit Ihrer Mutter, Frau Renate Kaltenbach. Aus Ihrer Mail geht hervor, dass sie wegen des "
   "Bandscheibenvorfalls (L4/L5) seit dem 12.01. stationär in der Asklepios-Klinik liegt – dafür reicht der Vordruck im Anhang, "
   "den der behandelnde Arzt ausfüllt.\n\n" + sig("bauer") + "\n\n" +
   OL("Sven Kaltenbach <s.kaltenbach@web-mail.example>", "Dienstag, 13. Januar 2026 21:47", f"reise-leistung@{DOM}", "Stornierung Kreta-Reise",
      "hallo,\nwir müssen die Reise nach Kreta (Abflug 24.1.) stornieren, meine Mutter hatte einen Bandscheibenvorfall und liegt im KH, sie "
      "kommt allein nicht klar, ich muss mich kümmern. Stornorechnung vom Reisebüro hängt an.\nVertrag RR-448120\ngruß Sven Kaltenbach"),
   atts=[("Attest_Reiseunfaehigkeit_Vordruck.pdf", pdf(["Nordhafen Versicherung AG – Ärztliches Attest zur Reiseunfähigkeit",
        "Vordruck zum Reiserücktritt", "", "Name der erkrankten Person: ______________________", "Diagnose (ICD-10): ______________________",
        "Beginn der Erkrankung: ______________________", "Stempel und Unterschrift Ärztin / Arzt: ______________________"], "Attest Vordruck"))],
   date=D(1, 14, 10, 2))

# ---- d220-0008
mk(8, "NORMAL", "en", "internal", "out-of-office auto reply, no personal data",
   "Automatic reply: Repatriation ambulance jet – quote", "okafor", f"Olivia Grant <o.grant@{DOM}>",
   "I am out of the office until 16 February 2026 with limited access to e-mail.\n\nFor urgent assistance cases please contact the 24/7 "
   "desk at +49 40 7788-2499 or assistance@nordhafen-versicherung.example.\n\nJames Okafor", date=D(2, 9, 7, 1),
   extra={"Auto-Submitted": "auto-replied"}, charset="us-ascii", cte="7bit")

# ---- d220-0009
mk(9, "CONFIDENTIAL", "de", "insurer-to-broker", "motor claim of a named customer with plate and claim number; nobody hurt",
   "Schaden K-26-31077 – Ihr Kunde Herr Demir, HH-JD 4412", "yilmaz", "Versicherungsmakler Thiel & Haas GmbH <schaden@thiel-haas.example>",
   "Sehr geehrter Herr Haas,\n\nzum Auffahrunfall Ihres Kunden Jan Demir am 08.01.2026 auf der A7 (Fahrzeug HH-JD 4412, VW Touran): "
   "Laut Polizeibericht wurde niemand verletzt. Die Haftung ist eindeutig, wir regulieren den Fremdschaden direkt mit der Gegenseite.\n\n"
   "Für die Vollkasko (SB 500 EUR) benötigen wir noch das Gutachten. Der Sachverständige Herr Lüth meldet sich bei Herrn Demir.\n" + sig("yilmaz", "de"),
   date=D(1, 15, 13, 30))

# ---- d220-0010
mk(10, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "repatriation of a deceased named person, cause of death (myocardial infarction)",
   "Repatriation of your husband – next steps", "okafor", "Helen Brooks-Vogel <helen.bv@northmail.example>",
   "Dear Mrs Brooks-Vogel,\n\nplease accept our deepest sympathy on the death of your husband, Mr Thomas Vogel.\n\n"
   "I have spoken to the hospital in Faro. The death certificate states acute myocardial infarction as the cause of death; "
   "the Portuguese authorities have released him, so no autopsy will take place.\n\nOur partner undertaker in Lisbon will handle the "
   "embalming and the zinc coffin required for air transport. The repatriation to Hamburg is planned for Tuesday, 10 March, "
   "TAP flight TP 572, and is fully covered under your travel policy (repatriation of mortal remains, no limit).\n\n"
   "You do not need to pay anything. If you would like the funeral home in Hamburg to collect him at the airport, just tell me its name.\n" + sig("okafor", "en"),
   date=D(3, 6, 15, 18))

# ---- d220-0011
mk(11, "NORMAL", "de", "insurer-to-partner", "trap: job ad for nurses on the medical assistance desk sent to an agency; no person",
   "Stellenausschreibung: Gesundheits- und Krankenpfleger (m/w/d) Medical Desk", "okafor", "Jobportal Pflegeberufe Nord <anzeigen@pflegejobs-nord.example>",
   "Guten Tag,\n\nbitte veröffentlichen Sie die folgende Anzeige ab 01.04. für 30 Tage:\n\n"
   "Gesundheits- und Krankenpfleger (m/w/d) für unseren 24/7 Medical Desk, Hamburg\n"
   "Sie beraten Versicherte, die im Ausland erkrankt sind, sprechen mit Kliniken über Diagnosen und Therapie und organisieren "
   "Krankenrücktransporte. Voraussetzung: Examen, 3 Jahre Berufserfahrung (Intensiv/Notaufnahme von Vorteil), sehr gutes Englisch.\n\n"
   "Rechnung bitte an die Personalabteilung, Kostenstelle 4710.\n\nDanke und viele Grüße\nJames Okafor", date=D(3, 18, 9, 40))

# ---- d220-0012
mk(12, "CONFIDENTIAL", "de", "insurer-to-customer", "household burglary claim: named customer, address, claim number and IBAN",
   "Einbruch in Ihre Wohnung – Schaden H-2026-00981", "schulz", "Petra Lindqvist <petra.lindqvist@elbmail.example>",
   "Sehr geehrte Frau Lindqvist,\n\nnach dem Einbruch in Ihre Wohnung Eppendorfer Weg 211, 20253 Hamburg, haben wir die Stehlgutliste "
   "geprüft. Aus der Hausratversicherung HR-22-7710-3 erstatten wir 4.380,00 EUR (Laptop, Schmuck, Fahrradschlösser, Reparatur Wohnungstür).\n\n"
   f"Überweisung auf Ihr Konto {iban('DE', '200505501284477103')} bei der Haspa, Valuta voraussichtlich 20.02.2026.\n" + sig("schulz", "de"),
   date=D(2, 17, 11, 11))

# ---- d220-0013 (forwarded customer mail as attachment)
_f13 = fwd("Lea Sommerfeld <lea.sommerfeld@gmx-post.example>", f"reise-leistung@{DOM}", "Reiserücktritt Mauritius – Schwangerschaft",
   "Mon, 23 Feb 2026 19:02:11 +0100",
   "Sehr geehrte Damen und Herren,\n\nich muss leider unsere Mauritius Reise (Abflug 14.03.) stornieren. Ich bin in der 24. Woche schwanger "
   "und meine Frauenärztin hat eine Zervixinsuffizienz festgestellt, ich soll strenge Bettruhe halten und auf keinen Fall fliegen. "
   "Attest kommt per Post.\nVersicherungsnummer RR-9120-334\n\nmfg Lea Sommerfeld", mid="<8812.lea@gmx-post.example>")
mk(13, "STRICTLY_CONFIDENTIAL", "de", "customer", "harmless body; forwarded customer mail (message/rfc822) with pregnancy complication as cancellation reason",
   "WG: Reiserücktritt Mauritius – Schwangerschaft", "bauer", frm("hofer"),
   "Hallo Sabine,\n\nkannst du dir den Fall bitte einmal anschauen? Danke!\n\nKatrin", atts=[_f13], date=D(2, 24, 8, 15))

# ---- d220-0014
mk(14, "NORMAL", "en", "insurer-to-partner", "trap: SLA review with assistance partner, only aggregate case counts and response times",
   "SLA review 2025 – medical assistance services", "okafor", "Account Management <accounts@globalcare-assist.example>",
   "Hi Marco,\n\nahead of our meeting on 4 March, here are our figures for 2025:\n\n- 1,604 cases handed over to GlobalCare\n"
   "- median time to first call back: 11 min (target 15)\n- 93.1 % of hospital guarantees issued within 4 hours (target 95 %)\n"
   "- 7 complaints, mainly about interpreter availability in rural Turkey\n\nNo patient-level data is needed for the review; please bring "
   "your own aggregate view. I'd like to discuss the air-ambulance tender and the new tele-medicine option.\n" + sig("okafor", "en"), date=D(2, 19, 17, 3))

# ---- d220-0015
mk(15, "CONFIDENTIAL", "en", "insurer-to-customer", "pet insurance: named cat owner, policy number, vet dental bill and IBAN",
   "Your claim for Mochi – dental treatment", "lange", "Aiko Brenner <aiko.brenner@fastmail-nord.example>",
   "Dear Ms Brenner,\n\nthank you for sending the invoice from Kleintierpraxis Dr. Vos for Mochi (British Shorthair, 9 years). "
   "Two teeth were extracted under general anaesthesia because of FORL (resorptive lesions).\n\n"
   "Your pet health policy PK-7790-115 covers dental treatment after the first year, so we reimburse EUR 412.70 "
   f"to IBAN {iban('DE', '500105175402183390', False)}.\n\nBest wishes to Mochi,\nTobias Lange\nPet Insurance, Nordhafen Versicherung AG",
   date=D(4, 7, 10, 45))

# ---- d220-0016
mk(16, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "request to a GP for medical information on a named patient for a trip-cancellation claim, with signed release",
   "Anfrage ärztliche Auskunft – Ihre Patientin Frau Ingrid Paschke, geb. 02.05.1958", "hofer", "\"Praxis Dr. Ahrens\" <praxis@hausarzt-ahrens.example>",
   "Sehr geehrter Herr Kollege Ahrens,\n\nIhre Patientin, Frau Ingrid Paschke (geb. 02.05.1958), hat eine Kreuzfahrt am 02.03.2026 wegen "
   "„plötzlich aufgetretener Herzrhythmusstörungen“ storniert. Die Schweigepflichtentbindung liegt bei.\n\nBitte teilen Sie uns mit:\n"
   "1. Seit wann ist ein Vorhofflimmern bekannt bzw. wann wurde es erstmals diagnostiziert?\n2. Gab es in den 6 Monaten vor Buchung (Sept. 2025) "
   "Behandlungen oder Medikationsänderungen (z. B. Apixaban, Bisoprolol)?\n3. Bestand am Reisetag Reiseunfähigkeit?\n\n"
   "Ihr Honorar nach GOÄ Nr. 75 übernehmen wir.\n\nMit kollegialen Grüßen" + sig("hofer"),
   atts=[("Schweigepflichtentbindung_Paschke.pdf", pdf(["Erklärung zur Schweigepflichtentbindung", "",
        "Ich, Ingrid Paschke, geb. 02.05.1958, Lindenallee 4, 22869 Schenefeld,", "entbinde Dr. med. Jörg Ahrens von der Schweigepflicht gegenüber der",
        "Nordhafen Versicherung AG für die Prüfung meines Reiserücktrittsfalls RR-2026-1187.", "", "Schenefeld, 05.03.2026   gez. I. Paschke"], "Schweigepflichtentbindung"))],
   date=D(3, 9, 9, 0))

# ---- d220-0017
mk(17, "NORMAL", "de", "internal", "trap: IT ticket about upload of doctors' certificates failing; no case data",
   "[Ticket #55120] Reiseportal: Upload Arztatteste >10 MB bricht ab", "brandt", f"IT-Servicedesk <servicedesk@{DOM}>",
   "Hallo Servicedesk,\n\nseit dem Release 26.02 bricht im Reise-Schadenportal der Upload von Arztattesten und Krankenhausrechnungen ab, "
   "sobald die Datei größer als 10 MB ist (HTTP 413 am Reverse Proxy). Betroffen sind vor allem gescannte Mehrseiter.\n\n"
   "Vermutung: client_max_body_size wurde beim Proxy-Update zurückgesetzt. Bitte an Team Web-Plattform, Prio 2.\n\nKeine Kundendaten im Ticket.\n\nGruß\nHenrik",
   date=D(3, 3, 8, 22))

# ---- d220-0018
mk(18, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses tenancy dispute: named customer, claim number, landlord; no health",
   "Deckungszusage Mietrechtsstreit – RS-26-004471", "aydin", "Herrn Mustafa Arslan <m.arslan@ruhrmail.example>",
   "Sehr geehrter Herr Arslan,\n\nfür die Auseinandersetzung mit Ihrer Vermieterin, der Wohnbau Harburg GmbH, wegen der Nebenkostenabrechnung 2024 "
   "erteilen wir Deckungszusage für die außergerichtliche Tätigkeit von Rechtsanwältin Dr. Kühn.\n\nIhre Selbstbeteiligung beträgt 150 EUR. "
   "Bitte geben Sie bei Rückfragen die Schadennummer RS-26-004471 an.\n" + sig("aydin", "de"), date=D(1, 27, 14, 0))

# ---- d220-0019
mk(19, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "life insurance contract of a named person (beneficiary change) – personal line",
   "Confirmation: change of beneficiary, policy L-4471-0092", "petersen", "Daniel Whitfield <d.whitfield@harbourmail.example>",
   "Dear Mr Whitfield,\n\nwe confirm that, as of 1 April 2026, the death benefit of your term life policy L-4471-0092 "
   "(sum assured EUR 250,000) is payable to:\n\n  Sophie Whitfield (spouse) – 100 %\n\nThe previous nomination of your brother, "
   "Mark Whitfield, has been revoked at your request. The revised policy schedule will follow by post.\n\nKind regards\nLars Petersen\nLife & Disability, Nordhafen Versicherung AG",
   date=D(4, 1, 12, 30))

# ---- d220-0020
mk(20, "NORMAL", "en", "insurer-to-press", "trap: press release on pet health tariff with vet fee schedule and illnesses; no person",
   "Press release: Nordhafen launches PetCare Plus – vet bills up to 4x GOT covered", "novak", "Newsdesk <newsdesk@hamburger-wirtschaft.example>",
   "PRESS RELEASE – Hamburg, 12 May 2026\n\nNordhafen launches PetCare Plus\n\nVet bills have risen by up to 60 % since the German veterinary fee "
   "schedule (GOT) was reformed. Nordhafen's new PetCare Plus covers treatment up to four times the GOT rate, including surgery, "
   "dental treatment, chronic illnesses such as diabetes or epilepsy in dogs and cats, and physiotherapy after cruciate ligament surgery.\n\n"
   "\"A hip dysplasia operation can easily cost 5,000 euros,\" says Marek Olsen, member of the board. \"Pet owners should not have to choose "
   "between their savings and their animal's health.\"\n\nPress contact: Eva Novak, presse@nordhafen-versicherung.example", date=D(5, 12, 9, 0))

# ---- d220-0021
mk(21, "CONFIDENTIAL", "de", "insurer-to-customer", "rental-car excess refund: named customer, claim and policy numbers (attachment ODT letter)",
   "Erstattung Selbstbeteiligung Mietwagen – Ihr Schreiben", "bauer", "Carsten Vogt <carsten.vogt@hanse-online.example>",
   "Guten Tag Herr Vogt,\n\nim Anhang finden Sie unsere Abrechnung zur Mietwagen-Selbstbeteiligung (Kratzer am Mietwagen in Sizilien). "
   "Die Überweisung ist heute rausgegangen.\n\nViele Grüße\nKatrin Bauer",
   atts=[("Abrechnung_SB_Mietwagen_Vogt.odt", odt(["Nordhafen Versicherung AG – Leistungsabrechnung", "Herrn Carsten Vogt, Bahnhofstraße 18, 25335 Elmshorn",
        "Vertrag: Reise-Komplettschutz RK-5519-204", "Schadennummer: RK-2026-007302", "Schaden: Lackschaden Mietwagen, Avis Catania, 11.04.2026",
        "Von Vermieter einbehaltene Selbstbeteiligung: 950,00 EUR", "Erstattung: 950,00 EUR", "Zahlung an das hinterlegte Konto, Buchung 29.04.2026"], "Abrechnung"))],
   date=D(4, 29, 15, 20))

# ---- d220-0022
mk(22, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "accident insurance disability benefit: loss of vision in one eye of a named customer",
   "Ihre Unfallversicherung U-310-88421 – Invaliditätsleistung", "weber", "Herrn Rüdiger Falkenberg <r.falkenberg@t-post.example>",
   "Sehr geehrter Herr Falkenberg,\n\nnach Eingang des augenärztlichen Gutachtens von Prof. Dr. Stieglitz können wir über Ihren Unfall vom "
   "14.08.2025 (Holzsplitter beim Spalten von Brennholz) entscheiden.\n\nDer Gutachter stellt einen dauerhaften Verlust der Sehfähigkeit des "
   "linken Auges von 70 % fest. Nach der Gliedertaxe (Auge: 50 %) ergibt sich ein Invaliditätsgrad von 35 %. Bei einer Grundsumme von "
   "100.000 EUR und Progression 225 % zahlen wir 35.000 EUR.\n\nWir wünschen Ihnen alles Gute." + sig("weber", "de"), date=D(2, 11, 10, 10))

# ---- d220-0023
mk(23, "NORMAL", "de", "internal", "trap: calendar invite for a training on trip-cancellation claims with illness examples; no person",
   "Einladung: Schulung Reiserücktritt – unerwartete schwere Erkrankung richtig prüfen", "hofer", f"Team Reise-Leistung <reise-leistung@{DOM}>",
   "Liebe Kolleginnen und Kollegen,\n\nich lade euch zur Schulung am 17.03. ein. Themen: Was ist eine „unerwartete schwere Erkrankung“? "
   "Vorerkrankungen und Ausschlüsse, typische Fälle (Schwangerschaftskomplikationen, Krebs-Rezidive, psychische Erkrankungen), Attestprüfung.\n\n"
   "Alle Beispiele sind anonymisiert.\n\nSabine", atts=[("Schulung_Reiseruecktritt.ics", ics("schulung-rr-0317", "20260317T090000Z", "20260317T113000Z",
        "Schulung Reiserücktritt – Erkrankung prüfen", "Referentin: Dr. Sabine Hofer. Bitte Laptop mitbringen.", "Raum Elbe 3.12"))],
   date=D(3, 5, 14, 2))

# ---- d220-0024
mk(24, "CONFIDENTIAL", "en", "insurer-to-customer", "trip cancellation due to job loss (non-medical), named customer and policy",
   "Re: Cancelling our Iceland trip – redundancy", "grant", "Priya Natarajan <priya.n@quickmail.example>",
   "Dear Ms Natarajan,\n\nI'm sorry to hear about the redundancy. Involuntary job loss is an insured reason under your cancellation "
   "policy TC-2207-561. Please send us the termination letter from Ocean Logistics GmbH and the cancellation invoice from the tour operator "
   "(we understand EUR 1,860 for two persons).\n\n" + sig("grant", "en") + "\n\n> I have been made redundant as of end of May and we cannot\n> afford the trip any more. "
   "Is that covered??\n> Priya", date=D(5, 6, 9, 52), flowed=True, cte="8bit")

# ---- d220-0025 (HTML only, hospital cash table)
mk(25, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML only: hospital daily allowance statement with hospital stays of a named customer",
   "Abrechnung Krankenhaustagegeld – KT 0044 1187", "richter", "Gabriele Sievers <g.sievers@mailbox-nord.example>", None,
   html_only=True, html="<html><body><p>Sehr geehrte Frau Sievers,</p><p>für Ihre Krankenhausaufenthalte rechnen wir das Krankenhaustagegeld "
   "aus Vertrag KT 0044 1187 wie folgt ab:</p><table border='1'><tr><th>Klinik</th><th>Zeitraum</th><th>Grund</th><th>Tage</th><th>Betrag</th></tr>"
   "<tr><td>UKE Hamburg</td><td>12.01.–19.01.2026</td><td>Chemotherapie Zyklus 3</td><td>8</td><td>400,00 EUR</td></tr>"
   "<tr><td>UKE Hamburg</td><td>02.02.–06.02.2026</td><td>Chemotherapie Zyklus 4</td><td>5</td><td>250,00 EUR</td></tr></table>"
   "<p>Gesamt: 650,00 EUR. Wir wünschen Ihnen viel Kraft.</p><p>Miriam Richter<br>Krankenversicherung – Leistung</p></body></html>",
   date=D(2, 12, 11, 0))
# ---- d220-0026
mk(26, "NORMAL", "de", "insurer-to-customer", "trap: generic product info on pet insurance to a prospect, no contract, no data",
   "Ihre Anfrage zur Katzenversicherung", "lange", "Nina Rahimi <nina.rahimi@mail-hh.example>",
   "Hallo Frau Rahimi,\n\ndanke für Ihr Interesse. Unsere Katzen-Krankenversicherung gibt es in zwei Varianten: OP-Schutz ab 8,90 EUR/Monat "
   "und Vollschutz ab 21,50 EUR/Monat (inkl. Impfungen, Kastration, Zahnbehandlung). Eintrittsalter bis 8 Jahre, Wartezeit 30 Tage.\n\n"
   "Den Antrag können Sie online abschließen: https://www.nordhafen-versicherung.example/tier\n" + sig("lange"), date=D(4, 14, 16, 0))

# ---- d220-0027
mk(27, "CONFIDENTIAL", "en", "insurer-to-customer", "travel: stolen passport and cash abroad, named customer and claim number, no health",
   "Emergency cash and passport – case ASS-26-0388", "okafor", "Lukas Brandner <lukas.brandner@alpennet.example>",
   "Hi Mr Brandner,\n\nas discussed on the phone: we have wired EUR 500 emergency cash via Western Union (MTCN 408-117-3392) to Lima. "
   "The German embassy issues an emergency travel document tomorrow 9:00; bring the police report from Comisaria Miraflores.\n\n"
   "The advance will be deducted from your travel policy TP-3381-907 benefits or invoiced later.\n\nJames", date=D(6, 2, 23, 40), charset="us-ascii", cte="7bit")

# ---- d220-0028
mk(28, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "instructs assistance partner to arrange air ambulance for named patient after stroke",
   "URGENT – air ambulance Antalya > Hamburg, Mr Klaus Rehberg", "hofer", "Ops Desk <ops@globalcare-assist.example>",
   "Ops team,\n\nplease arrange bed-to-bed transfer by air ambulance:\n\nPatient: Klaus Rehberg, 71, policy AR 61 220 094\n"
   "From: Akdeniz University Hospital, Antalya, neuro ICU\nTo: Asklepios Klinik Altona, Stroke Unit (bed confirmed by Dr. Lenz)\n"
   "Diagnosis: ischaemic stroke left MCA (I63.5) on 28 May, right-sided hemiparesis, aphasia, GCS 13, not ventilated\n"
   "Requirements: physician + paramedic, O2, stretcher; wife (Ute Rehberg) travels along.\n\nWindow: 1 or 2 June. Cost approval up to EUR 38,000.\n" + sig("hofer"),
   date=D(5, 30, 12, 5))

# ---- d220-0029
mk(29, "NORMAL", "de", "internal", "trap: mentions a colleague's absence without reason; organisational",
   "Vertretung Tierversicherung KW 12", "lange", f"Team Tier <tier@{DOM}>",
   "Moin zusammen,\n\nich bin nächste Woche nicht da, Henrike übernimmt die Freigaben bis 2.000 EUR, alles darüber bitte an Stefan. "
   "Die offenen Tierarztrechnungen im Postkorb sind alle vorsortiert.\n\nTobi", date=D(3, 13, 15, 55))

# ---- d220-0030
mk(30, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "sensitive only in the attachment: PDF statement of foreign medical bills with diagnoses",
   "Ihre Abrechnung", "bauer", "Familie Obermaier <obermaier@freenet-nord.example>",
   "Guten Tag Herr Obermaier,\n\nanbei die Abrechnung zu Ihren eingereichten Belegen. Der Betrag wird in den nächsten Tagen überwiesen.\n\nMit freundlichen Grüßen\nKatrin Bauer",
   atts=[("Leistungsabrechnung_RK-2026-011902.pdf", pdf(["Nordhafen Versicherung AG – Leistungsabrechnung Auslandsreise-Kranken",
        "Versicherungsnehmer: Markus Obermaier, Vertrag AR 73 118 005", "Versicherte Person: Lina Obermaier (Tochter), geb. 11.09.2016", "",
        "Beleg 1: Pediatric Clinic Ayia Napa, 17.07.2026 – Otitis media acuta (H66.0), Amoxicillin-Saft 250 mg   185,00 EUR",
        "Beleg 2: Pharmacy Kyriakou, 17.07.2026 – Ibuprofen-Suspension                                      12,40 EUR",
        "Beleg 3: Pediatric Clinic Ayia Napa, 20.07.2026 – Kontrolle, Trommelfell intakt                        60,00 EUR",
        "Erstattung gesamt: 257,40 EUR"], "Leistungsabrechnung"))], date=D(7, 28, 9, 30))

# ---- d220-0031
mk(31, "CONFIDENTIAL", "de", "insurer-to-customer", "buildings insurance storm damage: named customer, address and claim number",
   "Sturmschaden Dach – Besichtigungstermin", "schulz", "Hans-Peter Möller <hp.moeller@dsl-nord.example>",
   "Hallo Herr Möller,\n\nder Gutachter Herr Kruse kommt am Donnerstag, 26.02., gegen 10 Uhr zu Ihnen in den Birkenweg 7 in Tornesch, "
   "um den Sturmschaden am Dach anzusehen (Schaden W-2026-01466, Wohngebäude WG-119-4420).\n\nBitte halten Sie die Rechnung des Dachdeckers "
   "für die Notabdichtung bereit.\n" + sig("schulz"), date=D(2, 23, 12, 0), charset="iso-8859-1")

# ---- d220-0032
mk(32, "NORMAL", "en", "insurer-to-supplier", "trap: order of first-aid kits and travel medical kits for staff trips; company only",
   "PO 4500-2219 – travel first-aid kits", "brandt", "Orders <orders@medisupply-hanse.example>",
   "Hello,\n\nplease deliver under PO 4500-2219:\n- 40x travel first-aid kit DIN 13167\n- 10x AED pads adult (replacement)\n"
   "- 5x burn gel dressing set\n\nDelivery to Nordhafen Versicherung AG, goods receipt, Kaiserkai 12, 20457 Hamburg. Invoice to accounts payable.\n\nThanks,\nHenrik Brandt",
   date=D(6, 10, 10, 10), charset="us-ascii", cte="7bit")

# ---- d220-0033
mk(33, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "harmless reply; quoted history contains the customer's description of her panic attacks abroad",
   "AW: AW: Abbruch Rundreise Vietnam", "bauer", "Jana Wiechert <jana.wiechert@mailbox-nord.example>",
   "Hallo Frau Wiechert,\n\ndanke, die Unterlagen sind vollständig. Wir melden uns bis Ende nächster Woche.\n\nViele Grüße\nKatrin Bauer\n\n"
   + Q("Hallo Frau Bauer,\nanbei die Bescheinigung der Klinik in Hanoi. Ich hatte dort ab dem 3. Tag schwere Panikattacken, "
       "konnte nicht mehr schlafen und wurde 2 Nächte stationär aufgenommen (Diagnose dort: akute Belastungsreaktion F43.0). "
       "Mein Psychiater hier hat die Behandlung mit Sertralin wieder aufgenommen. Den Rückflug musste ich vorziehen.\n"
       "Vertrag RK-6610-881\nJana Wiechert\n\n" + Q("Sehr geehrte Frau Wiechert,\nbitte senden Sie uns die Bescheinigung der Klinik.\nKatrin Bauer")),
   date=D(9, 3, 8, 40))

# ---- d220-0034
mk(34, "NORMAL", "en", "internal", "trap: anonymised case study for training, pseudonyms and age bands only",
   "Case study for Thursday – 'Patient A' in Bali", "hofer", f"Travel Claims Team <travel-claims@{DOM}>",
   "Team,\n\nfor Thursday's session, please read this anonymised case:\n\nPatient A (male, 60–65) develops chest pain in Ubud; private "
   "clinic performs angiography and stents two vessels; invoice USD 48,000, of which USD 19,000 look inflated. Questions: (1) was "
   "medical transfer to Singapore an option, (2) how do we negotiate, (3) pre-existing condition clause.\n\nAll identifying details were removed.\n\nSabine",
   date=D(9, 15, 13, 0))

# ---- d220-0035
mk(35, "CONFIDENTIAL", "de", "insurer-to-customer", "pet liability: dog bit another dog; named owner, claim number, vet bill of the other dog",
   "Hundehalterhaftpflicht – Schaden TH-26-0715", "schulz", "Frau Brigitte Janssen <b.janssen@ostfriesen-mail.example>",
   "Sehr geehrte Frau Janssen,\n\nIhr Hund Ole hat am 02.03. beim Spaziergang den Pudel von Herrn Köster gebissen. Die Tierarztrechnung "
   "(Wundversorgung, Naht, Antibiotikum) über 386,20 EUR begleichen wir direkt an Herrn Köster aus Ihrer Hundehalterhaftpflicht "
   "HH-4412-07. Menschen kamen nicht zu Schaden.\n" + sig("schulz"), date=D(3, 16, 10, 0))

# ---- d220-0036
mk(36, "NORMAL", "de", "insurer-to-broker", "trap: broker info on new travel health tariff, exclusions listed (pre-existing conditions); no person",
   "Maklerinfo: Neuer Tarif ReiseGesund 2026", "wendt", "Verteiler Makler Nord <makler-nord@lists.nordhafen-versicherung.example>",
   "Liebe Partnerinnen und Partner,\n\nab 01.04. gibt es ReiseGesund 2026:\n- weltweit, Reisen bis 56 Tage\n- Krankenrücktransport ab medizinischer Sinnhaftigkeit "
   "(nicht erst bei Notwendigkeit)\n- Vorerkrankungen mitversichert, wenn in den letzten 6 Monaten keine Behandlung erfolgte\n"
   "- Schwangerschaft bis zur 36. SSW\n- Zahnbehandlung schmerzstillend bis 500 EUR\n\nCourtage unverändert 20 %. Produktunterlagen im Maklerportal.\n" + sig("wendt"),
   date=D(3, 20, 10, 30))

# ---- d220-0037
mk(37, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "occupational disability (BU) claim decision for a named customer with diagnosis",
   "Ihre Berufsunfähigkeitsrente – Leistungsanerkenntnis", "petersen", "Herrn Marco Stein <marco.stein@hamburg-web.example>",
   "Sehr geehrter Herr Stein,\n\nnach Prüfung der Unterlagen Ihrer Orthopädin und des Gutachtens von Dr. Wessel erkennen wir Ihre "
   "Berufsunfähigkeit als Dachdecker ab 01.10.2025 an. Grund ist die fortgeschrittene Gonarthrose beidseits (M17.0) nach mehreren Meniskusoperationen.\n\n"
   "Sie erhalten aus Vertrag BU 2011 447 823 eine monatliche Rente von 1.850 EUR; die Beitragspflicht entfällt. Die Nachzahlung für "
   "Oktober 2025 bis März 2026 (11.100 EUR) überweisen wir diese Woche.\n\n" + sig("petersen", "de"), date=D(3, 25, 14, 14))

# ---- d220-0038
mk(38, "NORMAL", "en", "insurer-to-partner", "trap: reinsurer report on travel claims by cause and region, aggregate only",
   "Travel portfolio 2025 – loss ratios by cause (for treaty renewal)", "meier", "Treaty Underwriting <treaty@hanse-re.example>",
   "Dear Ingrid,\n\nattached the summary for the travel treaty renewal. Medical expenses abroad drove the loss ratio to 71 %; "
   "the top causes were cardiovascular events (28 % of cost), fractures (19 %), and gastrointestinal infections (9 %). "
   "No individual claims are included; the two large losses above EUR 150k appear only as a banded count.\n\nBest\nStefan",
   atts=[("travel_2025_by_cause.csv", "cause;claims;cost_EUR\ncardiovascular;212;3105000\nfractures;640;2101000\ngastrointestinal;1188;988000\n"
        "respiratory;530;611000\nother;2210;6290000\nlarge losses >150k (count);2;\n", ("text", "csv"), "windows-1252")], date=D(9, 30, 11, 0))

# ---- d220-0039
mk(39, "CONFIDENTIAL", "en", "insurer-to-broker", "commercial marine cargo claim with named contact person at the policyholder",
   "Cargo claim MC-26-0091 – water damage, container MSKU 771203-4", "meier", "Brokers Hollis & Friedrichsen <claims@hollis-fr.example>",
   "Dear Ms Friedrichsen,\n\nregarding your client Elbtrade Kaffee GmbH (contact: Mr Jonas Albers, logistics) – 120 bags of green coffee were "
   "wet-damaged in container MSKU 771203-4 on the voyage Santos–Hamburg. Surveyor's report attached to our portal case; "
   "reserve set at EUR 64,000 under open cover OC-2219.\n\nMr Albers may call me directly on +49 40 7788-4400.\n" + sig("meier"), date=D(10, 6, 9, 5))

# ---- d220-0040
mk(40, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "expat health: named customer, cancer treatment approval abroad",
   "Pre-approval: treatment plan at Bumrungrad, policy IHP-22-7718", "richter", "Catherine Moreau <c.moreau@expatmail.example>",
   "Dear Ms Moreau,\n\nwe have reviewed the treatment plan from your oncologist, Dr. Siriporn. We approve the six cycles of adjuvant "
   "chemotherapy (docetaxel/cyclophosphamide) following your lumpectomy for breast cancer (C50.4), as well as the port implantation.\n\n"
   "Direct billing is arranged with the hospital; your deductible of USD 1,000 has already been met this year.\n\nWe wish you strength for the coming weeks.\n\nMiriam Richter\nHealth Claims", date=D(6, 19, 10, 30))

# ---- d220-0041
mk(41, "NORMAL", "de", "insurer-to-supplier", "trap: file-shredding order for medical documents; company-level only",
   "Auftrag Aktenvernichtung – Behälter Arztberichte/Atteste Etage 3", "koch", "Kundenservice <service@aktenwolf-entsorgung.example>",
   "Guten Tag,\n\nbitte tauschen Sie am 12.05. die acht Datenschutzbehälter (Schutzklasse 3, Sicherheitsstufe P-4) auf Etage 3 "
   "(Reise-Leistung, Krankenversicherung). Dort werden Kopien von Arztberichten und Attesten entsorgt. Vernichtungsprotokoll bitte an mich.\n\n" + sig("koch"),
   date=D(5, 4, 11, 11))

# ---- d220-0042
mk(42, "CONFIDENTIAL", "de", "insurer-to-customer", "travel: flight delay + missed connection costs of a named family, policy number and IBAN; no health",
   "Reiseabbruch wegen Streik – Mehrkosten Hotel", "bauer", "Tanja Schwerdtfeger <tanja.schwerdtfeger@kabelpost.example>",
   "Hallo Frau Schwerdtfeger,\n\ndie zusätzliche Übernachtung in Lissabon wegen des Fluglotsenstreiks (Hotel Baixa, 2 Zimmer, 318 EUR) "
   "ist über Ihren Reiseabbruchschutz RA-7742-019 leider nicht versichert – Streik ist kein versichertes Ereignis. Wir zahlen aber "
   "kulanzweise 150 EUR auf Ihr Konto " + iban("DE", "370400440532013077") + ".\n\nViele Grüße\nKatrin Bauer", date=D(8, 21, 9, 9))

# ---- d220-0043
mk(43, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service", "care insurance: named insured person's care level and care needs sent to a home care service",
   "Pflegetagegeld – Frau Hildegard Reimers, Pflegegrad 3", "weber", "Ambulanter Pflegedienst Lotsenhus <buero@pflege-lotsenhus.example>",
   "Sehr geehrte Frau Claußen,\n\nfür Ihre Klientin Frau Hildegard Reimers (PT-88120) liegt uns das MD-Gutachten vor: Pflegegrad 3 ab 01.02.2026, "
   "Schwerpunkt Mobilität und Selbstversorgung nach Oberschenkelhalsbruch, beginnende Demenz.\n\nDas Pflegetagegeld von 45 EUR/Tag zahlen wir "
   "ab Februar an Frau Reimers. Ihre Pflegedokumentation benötigen wir nur bei der Nachprüfung im August.\n" + sig("weber"), date=D(2, 27, 13, 40))

# ---- d220-0044
mk(44, "NORMAL", "de", "internal", "trap: data-protection FAQ on health data in travel claims, no person",
   "FAQ Datenschutz: Dürfen wir Atteste per E-Mail anfordern?", "koch", f"Alle Leistungsabteilungen <leistung-alle@{DOM}>",
   "Liebe Kolleginnen und Kollegen,\n\nimmer wieder die Frage: Dürfen Arztatteste, Diagnosen, Krankenhausberichte per E-Mail kommen?\n\n"
   "Kurz: Gesundheitsdaten sind besondere Kategorien nach Art. 9 DSGVO. Ausgehend versenden wir sie nur über Siegel verschlüsselt "
   "(Portal oder S/MIME). Kunden dürfen uns unverschlüsselt schreiben, wir sollten aber auf den sicheren Upload hinweisen.\n\n"
   "Nicht an private Adressen weiterleiten, keine Diagnosen in den Betreff.\n\nFragen gern an mich.\n\n" + sig("koch"), date=D(1, 20, 12, 0))

# ---- d220-0045
mk(45, "STRICTLY_CONFIDENTIAL", "en", "doctor", "forwarded inline: treating doctor abroad reports diagnosis of a named insured",
   "FW: Medical report – Mr Oliver Hartmann, Clinica San Rafael", "okafor", frm("hofer"),
   "Sabine, FYI – report on Hartmann just in. Can we agree to transport on Monday?\nJames\n\n"
   "---------- Forwarded message ---------\nFrom: Dr. Ana Ferreira <a.ferreira@clinica-sanrafael.example>\nDate: Sat, 14 Feb 2026 18:20\n"
   "Subject: Medical report – Mr Oliver Hartmann\n\nDear colleagues,\nMr Oliver Hartmann (DOB 1984-03-09) was admitted on 12/02 after a "
   "motorcycle accident. Findings: distal radius fracture left (S52.5), operated with plate osteosynthesis; mild concussion, CT head negative. "
   "He is stable and fit to fly seated with the arm in a cast from 16/02.\nBest regards\nDr. Ana Ferreira, Traumatology", date=D(2, 14, 19, 2))

# ---- d220-0046
mk(46, "CONFIDENTIAL", "de", "insurer-to-customer", "motor: eVB and policy data of a named customer; no health",
   "Ihre eVB-Nummer für die Zulassung", "yilmaz", "Aylin Kaya <aylin.kaya@stadtmail.example>",
   "Hallo Frau Kaya,\n\nhier Ihre eVB-Nummer für die Zulassung des Fiat 500 (FIN ZFA31200000765432): A7K9M2P\n\n"
   "Versicherungsbeginn 01.06.2026, Kfz-Vertrag KF-2026-118830, SF-Klasse 4 (übernommen von der Hanse Direkt).\n" + sig("yilmaz"),
   date=D(5, 28, 10, 1), charset="windows-1252")

# ---- d220-0047
mk(47, "NORMAL", "en", "internal", "trap: portal notification text test with placeholders; no real person",
   "Template test: 'You have a new secure message' (EN)", "brandt", f"Portal Team <portal@{DOM}>",
   "Hi,\n\nplease review the English notification text before go-live:\n\n---\nDear {{salutation}} {{last_name}},\n\nyou have a new secure "
   "message from Nordhafen Versicherung AG in your portal mailbox. For your protection, the content is not sent by e-mail.\n"
   "Log in at https://secure.nordhafen-versicherung.example\n---\n\nNo content, no policy number, as required.\n\nHenrik", date=D(4, 22, 15, 15))

# ---- d220-0048
mk(48, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "assistance: named customer's husband's kidney stones in Egypt, hospital guarantee; windows-1252",
   "Ihr Anruf beim Notruf – Krankenhaus Hurghada", "okafor", "Edith Mahnke <edith.mahnke@web-mail.example>",
   "Sehr geehrte Frau Mahnke,\n\nwie telefonisch besprochen: Das El Gouna Hospital hat bei Ihrem Mann, Herrn Gerd Mahnke, einen Harnleiterstein "
   "(N20.1) festgestellt. Die Ureteroskopie ist für heute Nachmittag geplant. Wir haben eine Kostenübernahme bis 3.500 EUR ausgestellt.\n\n"
   "Rufen Sie jederzeit an: +49 40 7788-2499.\n\nJames Okafor\nAssistance Desk", date=D(11, 4, 11, 50), charset="windows-1252")

# ---- d220-0049
mk(49, "CONFIDENTIAL", "en", "insurer-to-customer", "pet insurance premium arrears: named customer, policy, amount, IBAN for direct debit",
   "Reminder: outstanding premium for your dog insurance", "lange", "Marta Kowalczyk <marta.k@polnet-mail.example>",
   "Dear Ms Kowalczyk,\n\nthe direct debit for your dog health policy PK-5521-080 (Luna, Border Collie) was returned by your bank. "
   "Outstanding: EUR 87.30 (March and April).\n\nPlease transfer the amount or confirm that we may debit it again from "
   + iban("DE", "120300001060443288") + ".\n\nThank you,\nTobias Lange", date=D(4, 27, 8, 0))

# ---- d220-0050
mk(50, "NORMAL", "de", "insurer-to-press", "trap: answer to journalist about trends in travel medical claims, no individual case",
   "AW: Presseanfrage – Teure Krankheitsfälle im Urlaub", "novak", "Redaktion Verbraucher <verbraucher@nordkurier-zeitung.example>",
   "Hallo Herr Brück,\n\ngern die Antworten zu Ihren Fragen:\n1. Teuerster Fall 2025: ein Herzinfarkt in den USA mit Intensivbehandlung und "
   "Ambulanzjet, rund 310.000 EUR. Zu Person, Alter oder Ort können wir nichts sagen.\n2. Häufigste Fälle: Magen-Darm, Knochenbrüche, Atemwegsinfekte.\n"
   "3. Tipp: Auch bei Reisen innerhalb der EU deckt die Karte der gesetzlichen Kasse keinen Rücktransport.\n\nZitat gern mir zuordnen.\n\n" + sig("novak"),
   date=D(6, 24, 14, 0))

# ---- d220-0051
mk(51, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "sensitive only in XLSX: list of doctor's invoices with diagnoses for a named family (health insurance)",
   "Übersicht Ihrer Einreichungen 2025", "richter", "Dr. Philipp Reuter <p.reuter@kanzlei-reuter.example>".replace("Dr. Philipp Reuter", '"Dr. Philipp Reuter"'),
   "Sehr geehrter Herr Dr. Reuter,\n\nwie gewünscht die Übersicht Ihrer Einreichungen 2025 für die Steuererklärung.\n\nFreundliche Grüße\nMiriam Richter",
   atts=[("Einreichungen_2025_KV-339-1204.xlsx", xlsx([["Datum", "Person", "Leistungserbringer", "Diagnose", "Betrag EUR", "erstattet EUR"],
        ["14.01.2025", "Philipp Reuter", "Dr. Lorenz, Kardiologie", "I10.90 Hypertonie", 286.40, 286.40],
        ["03.03.2025", "Claudia Reuter", "Praxis Dr. Vahl, Gynäkologie", "N92.0", 142.10, 142.10],
        ["19.06.2025", "Emil Reuter (Sohn)", "KJP Dr. Sand", "F90.0 ADHS", 512.00, 460.80],
        ["02.10.2025", "Philipp Reuter", "Apotheke am Rathaus", "Ramipril 5 mg", 38.90, 38.90]], "Einreichungen 2025"))], date=D(2, 3, 9, 15))

# ---- d220-0052
mk(52, "NORMAL", "en", "insurer-to-customer", "trap: one-time password notification for portal registration, no content",
   "Your one-time password for the Nordhafen secure portal", f"Nordhafen SecureMail <no-reply@{DOM}>", "e.lindgren@nordicpost.example",
   "Hello,\n\nyour one-time password for the first login to the Nordhafen secure portal is: 7Q4-K9P-22X\n\nIt expires in 48 hours. "
   "Please set your own password and security question after login.\n\nThis is an automated message.", date=D(7, 7, 7, 7), charset="us-ascii", cte="7bit")

# ---- d220-0053
mk(53, "CONFIDENTIAL", "de", "insurer-to-lawyer", "legal expenses employment dispute: named employee, dismissal, salary figure",
   "Deckung Kündigungsschutzklage – Ihr Mandant Herr Jannik Wulff", "aydin", "Kanzlei Behrens Arbeitsrecht <post@behrens-arbeitsrecht.example>",
   "Sehr geehrte Frau Rechtsanwältin Behrens,\n\nfür die Kündigungsschutzklage Ihres Mandanten Jannik Wulff gegen die Stahlbau Norderstedt GmbH "
   "erteilen wir Deckung in erster Instanz (RS-Vertrag RS-8815-22, Schaden RS-26-005120). Streitwert lt. Ihrer Berechnung: "
   "3 Bruttomonatsgehälter à 4.350 EUR = 13.050 EUR.\n\n" + sig("aydin"), date=D(4, 9, 11, 45))

# ---- d220-0054
mk(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel cancellation declined: pre-existing condition (diabetes) of a named customer",
   "Your cancellation claim TC-2026-0617 – decision", "grant", "Robert Haig <robert.haig@ukpost.example>",
   "Dear Mr Haig,\n\nwe have now received the information from your GP. Unfortunately we cannot pay the cancellation costs of EUR 3,240.\n\n"
   "Your type 2 diabetes had been treated with changing insulin doses in the three months before you booked the cruise, and the foot ulcer that led "
   "to the cancellation is a known complication of it. Under clause 4.2 of your policy, conditions that were being treated when you booked are excluded.\n\n"
   "If you disagree, you may contact the insurance ombudsman (Versicherungsombudsmann e.V.).\n" + sig("grant", "en"), date=D(7, 15, 16, 10))

# ---- d220-0055
mk(55, "NORMAL", "de", "internal", "trap: canteen/birthday note naming a colleague; no personal data beyond the name",
   "Kuchen in der Teeküche 4. OG", "bauer", f"Team Reise-Leistung <reise-leistung@{DOM}>",
   "Hallo ihr Lieben,\n\nich habe heute Geburtstag – in der Teeküche stehen Franzbrötchen und ein Apfelkuchen. Bedient euch!\n\nKatrin",
   date=D(6, 16, 9, 2), flowed=True, cte="8bit")

# ---- d220-0056
mk(56, "CONFIDENTIAL", "de", "insurer-to-customer", "travel: baggage theft in Barcelona, named customer, claim number and list of items; no health",
   "Gepäckdiebstahl Barcelona – Ihr Schaden RG-26-2231", "bauer", "Moritz Albrecht <moritz.albrecht@uni-post.example>",
   "Hallo Herr Albrecht,\n\nfür den Diebstahl Ihres Rucksacks am 18.08. in Barcelona (Anzeige Mossos d'Esquadra Nr. 2026/08/44120) erstatten "
   "wir aus der Reisegepäckversicherung RG-3301-772 den Zeitwert: Kamera 420 EUR, Sonnenbrille 85 EUR, Rucksack 60 EUR. "
   "Bargeld (200 EUR) ist nicht versichert.\n\nMit freundlichen Grüßen\nKatrin Bauer", date=D(9, 2, 11, 20))

# ---- d220-0057
mk(57, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health insurance: premium arrears of a named customer (personal line, health contract)",
   "Beitragsrückstand Krankenversicherung – KV 448 1093 22", "richter", "Herrn Bernd Ulbricht <b.ulbricht@mail-hh.example>",
   "Sehr geehrter Herr Ulbricht,\n\nfür Ihre private Krankenversicherung KV 448 1093 22 sind die Beiträge für Januar bis März 2026 "
   "(3 x 612,44 EUR) offen. Bitte überweisen Sie 1.837,32 EUR bis 15.04.2026. Bei Zahlungsschwierigkeiten sprechen Sie uns bitte an – "
   "ein Wechsel in den Notlagentarif ist möglich.\n" + sig("richter"), date=D(3, 31, 9, 40))

# ---- d220-0058
mk(58, "NORMAL", "en", "insurer-to-partner", "trap: meeting invite with vet association on GOT fee increase; no person",
   "Meeting: GOT 2026 adjustments and pet claims", "lange", "Secretariat <info@tieraerzte-verband-nord.example>",
   "Dear Dr. Scholz,\n\nthank you for the invitation. I'll attend the round table on 9 June on fee adjustments (GOT) and their effect on pet "
   "health premiums, together with our actuary. Calendar entry attached.\n\nBest,\nTobias Lange",
   atts=[("GOT_roundtable.ics", ics("got-rt-0609", "20260609T120000Z", "20260609T140000Z", "Round table GOT 2026", "Vet association Nord, 2nd floor", "Hamburg"))],
   date=D(5, 20, 10, 0))

# ---- d220-0059
mk(59, "CONFIDENTIAL", "en", "insurer-to-broker", "list of named travellers with birth dates for a group travel policy (no health)",
   "Group travel policy – traveller list for Oslo incentive trip", "wendt", "Sandra Ibsen <s.ibsen@nordlys-makler.example>",
   "Hi Sandra,\n\nI've put the traveller list for your client's incentive trip into the attachment. Please check the spelling of the names "
   "before we issue the certificates.\n\nFlorian",
   atts=[("travellers_GT-2026-044.tsv", "name\tdate_of_birth\tpassport_country\nHenrik Aas\t1979-04-02\tNO\nMia Lorenz\t1991-11-23\tDE\n"
        "Karl Sundby\t1968-07-30\tNO\nJulia Marx\t1995-01-14\tDE\n", ("text", "tab-separated-values"))], date=D(8, 3, 15, 40))

# ---- d220-0060
mk(60, "NORMAL", "de", "insurer-to-customer", "trap: generic reply how to report a claim abroad; no data about the person",
   "Re: Was tun im Notfall im Ausland?", "okafor", "Familie Berger <berger-familie@web-mail.example>",
   "Hallo Familie Berger,\n\nim Notfall rufen Sie bitte zuerst unsere 24-h-Hotline +49 40 7788-2499 an. Wir nennen Ihnen eine geeignete Klinik, "
   "übernehmen die Kostenzusage und organisieren bei Bedarf den Rücktransport. Heben Sie alle Rechnungen und Belege auf.\n\n"
   "Eine Checkliste zum Ausdrucken finden Sie auf unserer Website.\n\nGute Reise!\nJames Okafor", date=D(7, 1, 12, 12))
# ---- d220-0061
mk(61, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "sensitive only inside a ZIP: discharge letter (pulmonary embolism) and hospital invoice of a named customer",
   "Unterlagen zu Ihrem Fall RK-2026-014420", "bauer", "Herrn Dieter Quast <d.quast@kabelpost.example>",
   "Guten Tag Herr Quast,\n\nwie gewünscht erhalten Sie die Kopien für Ihre Unterlagen als ZIP-Datei.\n\nMit freundlichen Grüßen\nKatrin Bauer",
   atts=[("Fall_RK-2026-014420.zip", zipbytes([
        ("Entlassbrief_Quast.pdf", pdf(["Hospital Universitario Son Espases – Informe de alta / Entlassbrief (Übersetzung)", "Patient: Dieter Quast, geb. 22.12.1955",
            "Aufnahme: 05.10.2026, Entlassung: 11.10.2026", "Diagnose: Lungenembolie beidseits (I26.9), tiefe Beinvenenthrombose links",
            "Therapie: Heparin i.v., Umstellung auf Rivaroxaban 15 mg 2x tgl.", "Empfehlung: Flugreise frühestens nach 7 Tagen, Kompressionsstrümpfe"], "Entlassbrief")),
        ("Rechnung_Son_Espases.csv", "Position;Betrag EUR\nStation 6 Tage;4980,00\nCT-Angiographie;640,00\nLabor;312,50\nMedikamente;208,90\n"),
        ("Kostenuebernahme.txt", "Kostenübernahme Nordhafen Versicherung AG für Herrn Dieter Quast, Vertrag AR 70 334 218, bis 8.000 EUR.\n")]))],
   date=D(10, 20, 10, 0))

# ---- d220-0062
mk(62, "NORMAL", "de", "internal", "trap: process description 'repatriation of deceased' with blank checklist; no person",
   "Prozessbeschreibung Überführung Verstorbener – Entwurf v3", "okafor", f"Leitung Reise <leitung-reise@{DOM}>",
   "Hallo,\n\nanbei der Entwurf der Prozessbeschreibung für Überführungen. Die Checkliste enthält nur Platzhalter.\n\nJames",
   atts=[("Prozess_Ueberfuehrung_v3.docx", docx(["Prozess: Überführung Verstorbener aus dem Ausland", "1. Meldung durch Angehörige: Name «Verstorbene/r», Sterbeort «Ort», Vertrag «Nr.»",
        "2. Sterbeurkunde und Todesbescheinigung anfordern (Todesursache nur für den Gesellschaftsarzt)", "3. Leichenpass beim Konsulat beantragen",
        "4. Partnerbestatter beauftragen, Zinksarg", "5. Flug buchen, Bestatter am Zielort informieren", "6. Kosten ohne Limit gemäß AVB Teil B §7"],
        "Prozess Überführung", "James Okafor"))], date=D(2, 2, 14, 30))

# ---- d220-0063
mk(63, "CONFIDENTIAL", "en", "insurer-to-customer", "pet: dog microchip and policy change (new owner) – named persons, policy, address",
   "Transfer of Pepper's insurance to the new owner", "lange", "Gemma O'Neill <gemma.oneill@irishpost.example>",
   "Dear Ms O'Neill,\n\nas requested, the insurance for Pepper (Jack Russell, chip 276098106543210) is transferred from Mr Finn Gallagher "
   "to you as of 1 July 2026. The policy number stays PK-2290-114; premiums will be collected from your account from July.\n\n"
   "New address on file: Holstenstraße 88, 22767 Hamburg.\n\nTobias Lange", date=D(6, 29, 11, 30))

# ---- d220-0064
mk(64, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "quoted-printable HTML+text: daughter's broken leg on ski trip, travel health bills of named minor",
   "Skiunfall in Ischgl – Erstattung", "bauer", "Nicole Hartwig <nicole.hartwig@alpenmail.example>",
   "Sehr geehrte Frau Hartwig,\n\nfür den Skiunfall Ihrer Tochter Emma (10) am 14.02. in Ischgl erstatten wir:\n\n"
   "Hubschrauberbergung           2.850,00 EUR\nUnterschenkelfraktur rechts, Gips, Röntgen (Dr. Ladner, Landeck)   740,00 EUR\n"
   "Krankentransport nach Hause   1.120,00 EUR\nGesamt                        4.710,00 EUR\n\nGute Besserung für Emma!\nKatrin Bauer",
   html="<html><body><p>Sehr geehrte Frau Hartwig,</p><p>für den Skiunfall Ihrer Tochter Emma (10) am 14.02. in Ischgl erstatten wir:</p>"
        "<table border='1'><tr><td>Hubschrauberbergung</td><td>2.850,00 EUR</td></tr><tr><td>Unterschenkelfraktur rechts, Gips, Röntgen (Dr. Ladner, Landeck)</td><td>740,00 EUR</td></tr>"
        "<tr><td>Krankentransport nach Hause</td><td>1.120,00 EUR</td></tr><tr><th>Gesamt</th><th>4.710,00 EUR</th></tr></table><p>Gute Besserung für Emma!<br>Katrin Bauer</p></body></html>",
   date=D(3, 4, 15, 0))

# ---- d220-0065
mk(65, "NORMAL", "en", "newsletter", "trap: pet newsletter on tick-borne diseases and vet costs; no person",
   "PetNews June: ticks, heatstroke and what a vet visit costs", f"Nordhafen PetNews <petnews@{DOM}>", f"PetNews subscribers <petnews@lists.{DOM}>",
   "PetNews - June 2026\n\nTicks: Babesiosis and Lyme disease are spreading in northern Germany. Check your dog daily and ask your vet about "
   "prevention.\n\nHeatstroke: never leave a dog in the car. Symptoms include heavy panting, drooling, vomiting.\n\n"
   "What does it cost? A standard consultation is around EUR 40 under the GOT, an emergency night visit up to EUR 150 before treatment.\n\n"
   "Unsubscribe: https://www.nordhafen-versicherung.example/petnews/unsubscribe", date=D(6, 1, 8, 0), charset="iso-8859-1")

# ---- d220-0066
mk(66, "CONFIDENTIAL", "de", "insurer-to-customer", "private liability claim: named customer damaged a rented holiday apartment; claim number",
   "Haftpflichtschaden Ferienwohnung Usedom – PH-26-1183", "schulz", "Familie Kowalski <kowalski.fam@strandnet.example>",
   "Hallo Herr Kowalski,\n\nden Wasserschaden in der Ferienwohnung (Vermieterin Frau Dreyer, Heringsdorf) durch die übergelaufene Badewanne "
   "regulieren wir aus Ihrer Privathaftpflicht PH-5510-733. Wir haben Frau Dreyer 1.640 EUR für Trocknung und Bodenbelag angeboten.\n\n" + sig("schulz"),
   date=D(8, 12, 13, 13))

# ---- d220-0067
mk(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "base64 body: assistance case with named insured's psychiatric emergency abroad",
   "Your call from Bangkok last night", "okafor", "Fiona Castellano <fiona.c@mailbox-intl.example>",
   "Dear Ms Castellano,\n\nfollowing your call about your brother, Mr Luca Castellano: he was admitted to Manarom Hospital, Bangkok, after an acute "
   "psychotic episode, the doctors suspect drug-induced psychosis. He is under observation and receiving olanzapine.\n\n"
   "We have issued a guarantee of payment and our psychiatrist will speak with the ward today. An escorted repatriation by a nurse is "
   "possible once he is stable. Please keep your phone on.\n\nJames Okafor\nAssistance Desk", cte="base64", date=D(11, 18, 6, 30))

# ---- d220-0068
mk(68, "NORMAL", "de", "insurer-to-supplier", "trap: translator order for medical reports, no report attached, no name",
   "Rahmenvertrag Übersetzungen medizinischer Berichte – Preisliste 2026", "bauer", "Auftragsannahme <auftrag@lingua-med-uebersetzung.example>",
   "Guten Tag Frau Petrovic,\n\nwir verlängern den Rahmenvertrag für Übersetzungen ausländischer Arztberichte, Entlassbriefe und Klinikrechnungen "
   "(ES, IT, TR, EL, TH). Bitte bestätigen Sie die Preise: 1,60 EUR/Zeile, Eilzuschlag 40 %. Die Berichte selbst laden wir wie bisher "
   "nur über das gesicherte Portal hoch.\n\nKatrin Bauer", date=D(1, 7, 10, 45))

# ---- d220-0069
mk(69, "CONFIDENTIAL", "de", "insurer-to-customer", "premium refund after household cancellation: named customer, policy number and IBAN",
   "Beitragsrückerstattung Hausrat – Kontoverbindung bestätigen", "schulz", "Frau Ilka Ronneberger <ilka.r@elbmail.example>",
   "Sehr geehrte Frau Ronneberger,\n\nnach der Kündigung Ihres Hausratvertrags HR-18-3302 zum 31.05.2026 erstatten wir den zu viel gezahlten "
   "Beitrag von 58,17 EUR. Bitte bestätigen Sie kurz, dass die Kontoverbindung noch stimmt:\n\nIBAN " + iban("DE", "760501010003348812") +
   "\nKontoinhaberin: Ilka Ronneberger\n\n" + sig("schulz"), date=D(6, 3, 9, 0))

# ---- d220-0070
mk(70, "STRICTLY_CONFIDENTIAL", "de", "lawyer", "forwarded lawyer letter: criminal proceedings (drunk driving) of a named customer in a motor claim",
   "WG: Unfall 12.03. – Ermittlungsverfahren gegen Herrn Lenz", "yilmaz", f"Regress Kfz <regress-kfz@{DOM}>",
   "Zur Kenntnis und Prüfung Regress (Obliegenheitsverletzung Alkohol).\n\nDeniz\n\n" +
   OL("RA Dr. Felix Brahms <brahms@kanzlei-brahms.example>", "Montag, 13. April 2026 16:02", f"d.yilmaz@{DOM}", "Unfall 12.03. – Herr Lenz",
      "Sehr geehrter Herr Yilmaz,\n\nin der Sache unseres Mandanten Björn Lenz (Kfz-Vertrag KF-2024-771209, HH-BL 220) teilen wir mit, dass "
      "die Staatsanwaltschaft Hamburg wegen fahrlässiger Trunkenheit im Verkehr (§ 316 StGB) ermittelt; die Blutprobe ergab 1,34 Promille. "
      "Ein Strafbefehl wird erwartet. Wir bitten, von einem Regress abzusehen.\n\nMit freundlichen Grüßen\nDr. Brahms"), date=D(4, 14, 8, 33))

# ---- d220-0071
mk(71, "NORMAL", "en", "internal", "trap: actuarial memo on pet claims frequency by breed and disease; aggregate",
   "Pet pricing 2027 – claim frequency by breed", "lange", f"Actuarial Non-Life <actuarial-nl@{DOM}>",
   "Hi all,\n\nfrom the 2025 pet book (31,200 animals): highest claim frequencies for French Bulldog (brachycephalic syndrome, 0.61 claims/yr), "
   "German Shepherd (hip dysplasia, 0.44) and Maine Coon (HCM, 0.29). Average vet bill per claim rose to EUR 612.\n\n"
   "Suggest a breed loading for the top 5 breeds. Data extract in the usual share, no owner data.\n\nTobias", date=D(8, 26, 14, 10))

# ---- d220-0072
mk(72, "CONFIDENTIAL", "en", "insurer-to-customer", "travel: cancellation because house was flooded (non-medical), named customer, address, claim",
   "Cancellation due to flood damage at home – TC-2026-0804", "grant", "Anders Holm <anders.holm@danpost.example>",
   "Dear Mr Holm,\n\nsevere damage to your property at Fährstraße 3, 21635 Jork, caused by the flooding on 2 August is an insured "
   "cancellation reason. We will pay the cancellation fee of EUR 1,420 for your Norway trip once we have the report from your buildings insurer.\n" + sig("grant", "en"),
   date=D(8, 9, 10, 0))

# ---- d220-0073
mk(73, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "pension/life: named customer's pension statement (personal line) incl. salary conversion – personal line always strict",
   "Ihre Standmitteilung zur Direktversicherung 2025", "petersen", "Herrn Olaf Brünjes <o.bruenjes@landpost.example>",
   "Sehr geehrter Herr Brünjes,\n\nanbei die Standmitteilung Ihrer Direktversicherung (bAV) DV 3310 228 451 zum 31.12.2025:\n\n"
   "Garantierte Altersrente ab 01.08.2041: 412,60 EUR mtl.\nDeckungskapital: 28.944,10 EUR\nEntgeltumwandlung 2025: 2.400 EUR (Arbeitgeber: Baumschule Rellingen GmbH)\n\n"
   "Bei Fragen erreichen Sie mich unter 040 7788-1820.\n\nLars Petersen", date=D(3, 12, 10, 20), charset="iso-8859-1")

# ---- d220-0074
mk(74, "NORMAL", "de", "insurer-to-customer", "trap: blank claim form for trip cancellation with placeholder fields",
   "Formular Reiserücktritt", "bauer", "info@reisebuero-sonnenkai.example",
   "Hallo Frau Tietjen,\n\nanbei wie besprochen unser leeres Schadenformular Reiserücktritt für Ihre Kundschaft zum Auslegen im Reisebüro.\n\nViele Grüße\nKatrin Bauer",
   atts=[("Schadenformular_Reiseruecktritt_leer.pdf", pdf(["Schadenanzeige Reiserücktritt / Reiseabbruch", "Versicherungsnummer: ____________",
        "Name, Vorname: ____________   Geburtsdatum: ____________", "Grund der Stornierung: [ ] Krankheit  [ ] Unfall  [ ] Tod  [ ] Arbeitsplatzverlust",
        "Erkrankte Person / Diagnose laut Attest: ____________", "IBAN: ____________", "Unterschrift: ____________"], "Formular"))], date=D(5, 22, 9, 0))

# ---- d220-0075
mk(75, "CONFIDENTIAL", "de", "insurer-to-company", "fleet policy change for a company with named driver and plates",
   "Flotte Hanse Pflegeteam GmbH – Zugang Fahrzeuge", "yilmaz", "Fuhrpark Hanse Pflegeteam <fuhrpark@hanse-pflegeteam.example>",
   "Hallo Herr Siemers,\n\ndie beiden neuen Fahrzeuge sind ab 01.05. in Ihrer Flottenpolice FL-0098-21 versichert:\n- HH-HP 510, Renault Zoe, Fahrerin lt. Meldung Frau Annika Pohl\n"
   "- HH-HP 511, Renault Zoe, Poolfahrzeug\n\nDie grüne Karte kommt per Post.\n" + sig("yilmaz"), date=D(4, 28, 16, 5))

# ---- d220-0076
mk(76, "NORMAL", "en", "insurer-to-partner", "trap: tender for air-ambulance providers, technical requirements (ICU equipment); no patient",
   "RFP 2026-07: air ambulance services Europe/Mediterranean", "okafor", "Tenders <tenders@skymed-ambulance.example>",
   "Dear Sir or Madam,\n\nNordhafen Versicherung AG invites you to submit an offer for air-ambulance services 2027–2029.\n\n"
   "Requirements: Learjet 45 or equivalent, ICU equipment (ventilator, defibrillator, infusion pumps), flight physician with intensive-care "
   "qualification, incubator for neonates on request, bed-to-bed service, 4-hour activation.\n\nDeadline: 30 September 2026. "
   "Questions via the tender mailbox only.\n" + sig("okafor", "en"), date=D(7, 20, 10, 0))

# ---- d220-0077
mk(77, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "accident insurance: named customer's hospital cash after a dive accident (decompression sickness)",
   "Accident policy AC-7701-55 – hospital daily benefit", "weber", "Sebastian Krüger <seb.krueger@divemail.example>",
   "Dear Mr Krüger,\n\nfollowing your diving accident in Dahab on 3 November and the treatment in the hyperbaric chamber for decompression "
   "sickness type II, we pay the accident hospital daily benefit for 6 days (EUR 50/day = EUR 300) and the recovery benefit of EUR 300.\n\n"
   "Any permanent impairment can be assessed at the earliest after 12 months.\n\nPaul Weber\nAccident Claims", date=D(11, 28, 12, 0))

# ---- d220-0078
mk(78, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses rating: named self-employed customer's turnover, profit and tax number",
   "Ihre Rechtsschutzversicherung – Einstufung Selbständige", "aydin", "Frau Dr. Nora Ehlers <nora.ehlers@architektur-ehlers.example>".replace("Frau Dr. Nora Ehlers", '"Frau Dr. Nora Ehlers"'),
   "Sehr geehrte Frau Dr. Ehlers,\n\nfür die Einstufung im Firmen-Rechtsschutz haben Sie uns Ihren Jahresumsatz 2025 (312.000 EUR) und "
   "Ihren Gewinn laut Steuerbescheid (96.400 EUR, Steuernummer 41/733/02215) genannt. Damit gilt Beitragsstufe 2, Jahresbeitrag 684 EUR.\n\n" + sig("aydin"),
   date=D(2, 19, 11, 0))

# ---- d220-0079
mk(79, "NORMAL", "de", "internal", "trap: training quiz on ICD codes and diagnoses in travel claims; no person",
   "Quiz zur Teamrunde: Welche ICD passt?", "hofer", f"Team Reise-Leistung <reise-leistung@{DOM}>",
   "Hallo zusammen, kleines Quiz für Freitag (Lösungen am Ende, nicht spicken):\n\n1. Akute Gastroenteritis auf Kreuzfahrt – A09 oder K52.9?\n"
   "2. Sprunggelenksfraktur – S82.6 oder S93.4?\n3. Höhenkrankheit – T70.2?\n4. Dengue-Fieber – A97.0?\n\nLösungen: 1) A09, 2) S82.6, 3) ja, 4) ja.\n\nSabine",
   date=D(10, 9, 15, 30))

# ---- d220-0080
mk(80, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital", "cost approval to a German hospital for a named patient after repatriation",
   "Kostenübernahme Weiterbehandlung – Herr Horst Lüders, geb. 04.11.1949", "hofer", "Patientenaufnahme <aufnahme@klinikum-nordheide.example>",
   "Sehr geehrte Damen und Herren,\n\nHerr Horst Lüders (geb. 04.11.1949) wird am 19.09. mit dem Ambulanzjet aus Palma zu Ihnen verlegt "
   "(Verlegungsdiagnose: NSTEMI, Z. n. PCI mit 2 DES, LVEF 40 %). Die Kosten des Transports tragen wir aus der Reiseversicherung; die "
   "Weiterbehandlung rechnen Sie bitte mit seiner Krankenkasse ab (AOK Niedersachsen).\n\n" + sig("hofer"), date=D(9, 18, 17, 0))

# ---- d220-0081
mk(81, "NORMAL", "en", "insurer-to-customer", "trap: certificate/portal question answered generically, no data",
   "Re: How do I send you medical reports securely?", "brandt", "k.olsen@scandimail.example",
   "Hello,\n\nyou can upload medical reports and invoices in your secure portal mailbox, or send us an S/MIME-encrypted e-mail. Our public "
   "certificate is available at https://www.nordhafen-versicherung.example/smime. Please do not send diagnoses in the subject line.\n\nHenrik Brandt\nIT Operations",
   date=D(5, 8, 9, 45))

# ---- d220-0082
mk(82, "CONFIDENTIAL", "de", "insurer-to-customer", "pet: vet bill of a named owner's horse (colic surgery) - animal health, contract",
   "Pferde-OP-Versicherung – Kolik-OP Whisky", "lange", "Christina Hennings <c.hennings@reiterhof-hennings.example>",
   "Hallo Frau Hennings,\n\nschön, dass Whisky die Kolik-OP in der Pferdeklinik Lüneburg gut überstanden hat. Aus Ihrer Pferde-OP-Versicherung "
   "PF-1190-03 erstatten wir 6.820 EUR (Höchstbetrag 7.500 EUR abzüglich 680 EUR Nachsorge außerhalb der 14 Tage).\n\nTobias Lange", date=D(10, 1, 14, 40))

# ---- d220-0083
mk(83, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "sensitive only in DOCX: decision letter on cancellation claim with named person's depression",
   "Letter regarding your claim", "grant", "Matthew Collins <matt.collins@britmail.example>",
   "Dear Mr Collins,\n\nplease find our letter attached.\n\nKind regards\nOlivia Grant",
   atts=[("Letter_TC-2026-0932.docx", docx(["Nordhafen Versicherung AG – Travel Claims", "Mr Matthew Collins, 14 Kingsway, Hamburg 22085",
        "Claim TC-2026-0932, cancellation of trip to Sri Lanka", "Dear Mr Collins,",
        "Your psychiatrist, Dr. Helmers, confirms that you suffered a severe depressive episode (F32.2) from 20 August and were admitted to a day clinic.",
        "This is an unexpected serious illness under our terms. We will pay EUR 2,980.",
        "Yours sincerely, Olivia Grant"], "Claim letter", "Olivia Grant"))], date=D(9, 9, 11, 30))

# ---- d220-0084
mk(84, "NORMAL", "de", "insurer-to-authority", "trap: answer to supervisory authority on complaint statistics, aggregate",
   "Beschwerdestatistik 2025 – Reise- und Tierversicherung", "koch", "Referat VA 21 <va21@finanzaufsicht.example>",
   "Sehr geehrte Damen und Herren,\n\nwie angefordert die Beschwerdezahlen 2025: Reiseversicherung 143 (davon 61 Ablehnung wegen Vorerkrankung, "
   "22 wegen fehlender Atteste), Tierversicherung 58 (überwiegend Erstattungshöhe GOT). Personenbezogene Angaben sind nicht enthalten.\n\n" + sig("koch", "de"),
   date=D(3, 27, 10, 0))

# ---- d220-0085
mk(85, "CONFIDENTIAL", "en", "insurer-to-broker", "commercial D&O: named managing director as insured person, claim notification; no health",
   "D&O notification – Nordsee Windservice GmbH", "meier", "Liability desk <liability@marlow-brokers.example>",
   "Dear Mr Marlow,\n\nwe acknowledge the notification of circumstances under D&O policy DO-2025-0417. The claim by the insolvency administrator "
   "against the former managing director, Mr Torsten Evers, for EUR 1.2m has been registered as DO-26-0031. Defence counsel will be appointed "
   "by us in consultation with Mr Evers.\n" + sig("meier", "en"), date=D(5, 13, 15, 0))

# ---- d220-0086
mk(86, "STRICTLY_CONFIDENTIAL", "de", "customer", "attached customer mail (rfc822) with typos: tooth treatment abroad and medication; body harmless",
   "WG: zahnarzt türkei", "richter", f"Zahnleistung <zahn@{DOM}>",
   "Bitte übernehmen, Vorgang KV 220 114 09.\n\nMiriam",
   atts=[fwd("Ewald Brinkmann <ewald.brinkmann@t-post.example>", f"leistung@{DOM}", "zahnarzt türkei", "Sat, 11 Apr 2026 20:41:00 +0200",
        "guten tag\n\nich war in antalya beim zahnartz weil mir die Brücke oben rechts abgebrochen ist, der hat zwei implantate gesetzt und "
        "ich nehm jetz Amoxicilin und Ibuprofen 600. rechnung 2.300 euro anbei. zahlen sie das?? versicherungnummer KV 220 114 09\n\nbrinkmann",
        charset="iso-8859-1", cte="8bit", mid="<20260411204100.brinkmann@t-post.example>")], date=D(4, 13, 8, 5))

# ---- d220-0087
mk(87, "NORMAL", "en", "internal", "trap: security notice about phishing mails pretending to be vet bills; no person",
   "Security notice: phishing 'Your vet invoice' with ZIP", "brandt", f"All staff <all-staff@{DOM}>",
   "Hi all,\n\nsince this morning we see phishing mails with the subject 'Your vet invoice / Tierarztrechnung' and a ZIP attachment "
   "containing a .js file. Do not open them; report them with the 'Report phishing' button.\n\nIT Security", date=D(10, 13, 9, 0), charset="us-ascii", cte="7bit")

# ---- d220-0088
mk(88, "CONFIDENTIAL", "de", "insurer-to-customer", "bicycle insurance: named customer's e-bike stolen abroad, frame number, claim payment",
   "E-Bike-Diebstahl – Fahrradversicherung FV-2209-17", "schulz", "Lena Marquardt <lena.marquardt@posteo-mail.example>",
   "Hallo Frau Marquardt,\n\nIhr E-Bike (Kalkhoff Endeavour, Rahmennummer WAW0321775K) wurde laut Anzeige am 07.07. vor dem Hotel in Garda "
   "gestohlen. Da es mit einem zugelassenen Schloss gesichert war, zahlen wir den Neuwert abzgl. 10 % SB: 2.879,10 EUR.\n\n" + sig("schulz"),
   date=D(7, 22, 10, 10))

# ---- d220-0089
mk(89, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "reply harmless; Outlook quote contains the customer's hearing aid and tinnitus diagnosis",
   "AW: Hörgeräte Erstattung", "richter", "Waltraud Dietz <w.dietz@senioren-net.example>",
   "Sehr geehrte Frau Dietz,\n\ndie Erstattung ist angewiesen.\n\nMiriam Richter\n\n" +
   OL("Waltraud Dietz <w.dietz@senioren-net.example>", "Mittwoch, 3. Juni 2026 10:14", f"leistung@{DOM}", "Hörgeräte Erstattung",
      "Sehr geehrte Damen und Herren,\nmein HNO-Arzt Dr. Kessler hat mir wegen der Schwerhörigkeit beidseits und dem Tinnitus neue Hörgeräte "
      "verordnet (Phonak, 3.960 EUR). Die Verordnung und die Rechnung vom Akustiker liegen bei.\nMit freundlichen Grüßen\nWaltraud Dietz\nKV 119 337 02"),
   date=D(6, 8, 12, 0))

# ---- d220-0090
mk(90, "NORMAL", "de", "insurer-to-supplier", "trap: invoice query to vet billing service provider about a bulk contract; company data only",
   "Rechnung 2026-0412 – Dienstleistung Rechnungsprüfung Tierarztrechnungen", "lange", "Buchhaltung <buchhaltung@vetcheck-service.example>",
   "Hallo,\n\nIhre Rechnung 2026-0412 über 4.284,00 EUR (1.428 geprüfte Tierarztrechnungen à 3,00 EUR) ist freigegeben. Die Zahlung erfolgt "
   "an Ihr Geschäftskonto " + iban("DE", "210700200112233445") + " (VetCheck Service GmbH).\n\nTobias Lange", date=D(5, 5, 13, 0))

# ---- d220-0091
mk(91, "CONFIDENTIAL", "en", "insurer-to-customer", "travel: denied boarding / missed cruise departure costs, named customer, policy; no health",
   "Missed cruise departure in Venice – claim TC-2026-1102", "grant", "Giulia Benedetti <giulia.b@italmail.example>",
   "Dear Ms Benedetti,\n\nyour connecting train was cancelled, so you missed the ship in Venice and joined in Bari. Under the 'missed "
   "departure' section of policy TP-4470-310 we reimburse the extra train and hotel costs of EUR 236.80.\n\nKind regards\nOlivia Grant", date=D(10, 27, 16, 0))

# ---- d220-0092
mk(92, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML-only: care insurance benefits of a named person's mother incl. care level and aids",
   "Ihre Anfrage zur Pflegeversicherung Ihrer Mutter", "weber", "Thomas Grube <thomas.grube@mail-hh.example>", None, html_only=True,
   html="<html><body><p>Sehr geehrter Herr Grube,</p><p>für Ihre Mutter, Frau Elfriede Grube (Vertrag PP-5530-118), haben wir folgende Leistungen bewilligt:</p>"
        "<ul><li>Pflegegrad 4 ab 01.03.2026 (Demenz, Immobilität nach Schlaganfall)</li><li>Pflegebett und Toilettenstuhl als Hilfsmittel</li>"
        "<li>Zuschuss Wohnumfeldverbesserung (Badumbau) bis 4.180 EUR</li></ul><p>Die Vollmacht liegt uns vor.</p><p>Paul Weber<br>Pflege &amp; Unfall – Leistung</p></body></html>",
   date=D(3, 19, 10, 0))

# ---- d220-0093
mk(93, "NORMAL", "en", "insurer-to-partner", "trap: partner onboarding for TLS enforcement with a clinic group's mail domain; no patient",
   "TLS enforcement between our domains", "brandt", "IT <it@helios-mediterranean.example>",
   "Hello Mr Papadakis,\n\nas agreed, we will enforce TLS 1.2+ for all mail between nordhafen-versicherung.example and "
   "helios-mediterranean.example from 1 March. Please confirm that your MX presents a valid certificate for mx1.helios-mediterranean.example.\n\n"
   "Guarantees of payment and medical reports will then flow over the protected channel.\n\nHenrik Brandt", date=D(2, 20, 10, 10))

# ---- d220-0094
mk(94, "CONFIDENTIAL", "de", "insurer-to-customer", "birth date and policy data for a named customer's new travel annual policy (no health)",
   "Ihr neuer Jahres-Reiseschutz – Versicherungsschein", "bauer", "Frau Annegret Voss <annegret.voss@landpost.example>",
   "Sehr geehrte Frau Voss,\n\nIhr Jahres-Reiseschutz Familie ist policiert:\n\nVertragsnummer: JR/2026/0088413\nVersicherte: Annegret Voss (14.03.1972), "
   "Heiner Voss (02.08.1970), Mats Voss (21.06.2011)\nBeitrag: 189 EUR jährlich, Abbuchung zum 01.05.\n\nMit freundlichen Grüßen\nKatrin Bauer",
   date=D(4, 24, 11, 40))

# ---- d220-0095
mk(95, "NORMAL", "de", "internal", "trap: team meeting minutes on backlog of vet bills and doctors' certificates; no names",
   "Protokoll Jour fixe Reise/Tier 23.04.", "lange", f"Team Reise-Tier <reise-tier@{DOM}>",
   "Protokoll Jour fixe 23.04.\n\n1. Rückstände: 312 Tierarztrechnungen, 88 Reiserücktrittsfälle mit fehlenden Attesten.\n2. Urlaubsplanung Sommer: "
   "bis 15.05. in den Kalender.\n3. Neue Kollegin ab 01.06. im Team Tier.\n4. Siegel: Reise-Leistung schickt alle Leistungsmitteilungen ab Mai über das Portal.\n\nTobias",
   date=D(4, 23, 16, 0))

# ---- d220-0096
mk(96, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel health: named customer's malaria treatment in Kenya, invoice settled",
   "Malaria treatment in Mombasa – settlement", "grant", "Dr. Ruth Asante <ruth.asante@ghanamail.example>".replace("Dr. Ruth Asante", '"Dr. Ruth Asante"'),
   "Dear Dr. Asante,\n\nwe have settled the invoice of Aga Khan Hospital Mombasa (KES 184,500) for your admission from 2 to 5 January with "
   "falciparum malaria (B50.9). The artesunate therapy and blood tests are fully covered under policy AR 81 009 337.\n\nI hope you have fully recovered.\n\nOlivia Grant",
   date=D(1, 19, 10, 5))

# ---- d220-0097
mk(97, "NORMAL", "de", "insurer-to-customer", "trap: portal registration confirmation to a customer, no content",
   "Registrierung im Nordhafen-Kundenportal abgeschlossen", f"Nordhafen Kundenportal <no-reply@{DOM}>", "ralf.beckmann@web-mail.example",
   "Guten Tag,\n\nIhre Registrierung im Kundenportal ist abgeschlossen. Sie können sich ab sofort mit Ihrer E-Mail-Adresse anmelden.\n\n"
   "Haben Sie sich nicht registriert? Dann melden Sie sich bitte unter 040 7788-0.\n\nIhr Nordhafen-Team", date=D(9, 22, 18, 30))

# ---- d220-0098
mk(98, "CONFIDENTIAL", "en", "insurer-to-customer", "named customer's salary and employer for an expat assistance premium (no health component)",
   "Your enquiry – premium for the expat travel cover", "wendt", "Henrik Lund <henrik.lund@offshore-mail.example>",
   "Dear Mr Lund,\n\nfor the expat travel & assistance cover (without health component) the premium depends on the declared annual income: "
   "with your stated base salary of EUR 118,000 at Nordsee Windservice GmbH the annual premium is EUR 640. Your policy number will be EX-2026-0071.\n\nFlorian Wendt",
   date=D(6, 11, 13, 0))

# ---- d220-0099
mk(99, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "format=flowed short mobile reply naming the customer's chemotherapy and travel cancellation",
   "Re: Storno Kreuzfahrt", "bauer", "Ulla Brenneke <ulla.brenneke@web-mail.example>",
   "Liebe Frau Brenneke,\n\nkein Problem, die neue Chemo-Terminierung reicht uns als Nachweis. Wir zahlen die Stornokosten von 3.100 EUR "
   "aus RR-7712-004. Alles Gute für die Behandlung!\n\nKatrin Bauer\nvon unterwegs gesendet", flowed=True, cte="8bit", date=D(5, 15, 19, 3))

# ---- d220-0100
mk(100, "NORMAL", "en", "insurer-to-press", "trap: press statement about a coach accident abroad, no names or conditions of individuals",
   "Statement: coach accident near Verona", "novak", "Newsroom <newsroom@radio-hanse.example>",
   "Statement of Nordhafen Versicherung AG:\n\n\"We are in close contact with the tour operator and the hospitals in Verona. Our assistance "
   "team is organising the return of all travellers insured with us. Out of respect for those affected we will not comment on individual injuries.\"\n\n"
   "Eva Novak, Press Office", date=D(8, 30, 20, 0))

# ---- d220-0101
mk(101, "CONFIDENTIAL", "de", "insurer-to-customer", "sensitive only in ODS: premium account of a named customer's property contracts with IBAN",
   "Ihre Beitragsübersicht", "schulz", "Herrn Gunnar Lehmkuhl <g.lehmkuhl@dsl-nord.example>",
   "Hallo Herr Lehmkuhl,\n\nanbei die gewünschte Beitragsübersicht.\n\nFreundliche Grüße\nAnke Schulz",
   atts=[("Beitragsuebersicht_Lehmkuhl.ods", ods([["Vertrag", "Sparte", "Jahresbeitrag EUR", "Abbuchung von"],
        ["HR-22-5501-8", "Hausrat", 142.80, iban("DE", "200505501011223344")], ["WG-119-7730", "Wohngebäude", 688.40, iban("DE", "200505501011223344")],
        ["PH-5510-991", "Privathaftpflicht", 74.90, iban("DE", "200505501011223344")]], "Beiträge"))], date=D(1, 29, 9, 30))

# ---- d220-0102
mk(102, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner", "information to another insurer about a named person's travel health claim (double insurance)",
   "Doppelversicherung – Erstattung Auslandsbehandlung Herr Tim Bracht", "bauer", "Leistung Ausland <ausland@hansekasse-kv.example>",
   "Sehr geehrte Damen und Herren,\n\nIhr Versicherter Tim Bracht (KV-Nr. bei Ihnen H 771 204 5) ist bei uns zusätzlich auslandsreise-krankenversichert. "
   "Für die Behandlung der Salmonellen-Enteritis (A02.0) in Marrakesch, 02.–04.04.2026, haben wir 1.380 EUR gezahlt. Bitte teilen Sie uns "
   "Ihren Erstattungsanteil nach § 78 VVG mit.\n\n" + sig("bauer", "de"), date=D(5, 11, 10, 0))

# ---- d220-0103
mk(103, "NORMAL", "de", "internal", "trap: IBAN of the insurer's own account for premium payments in a template; company account",
   "Textbaustein Zahlungsaufforderung – neue Kontoverbindung", "brandt", f"Textbausteine <textbausteine@{DOM}>",
   "Hallo,\n\nbitte im Baustein ZA-07 die Kontoverbindung ersetzen durch:\nNordhafen Versicherung AG, IBAN " + iban("DE", "200400000618330000") +
   ", BIC COBADEHHXXX\n\nPlatzhalter «Name», «Vertragsnummer», «Betrag» bleiben.\n\nHenrik", date=D(1, 5, 9, 0))

# ---- d220-0104
mk(104, "CONFIDENTIAL", "en", "insurer-to-customer", "pet: named owner's dog died, vet euthanasia bill and pet life benefit; animal health",
   "Our condolences – Baxter", "lange", "Emily Sanders <emily.sanders@britmail.example>",
   "Dear Ms Sanders,\n\nI am very sorry about Baxter. We have received the vet's confirmation that he had to be put to sleep on 2 October due to an "
   "inoperable tumour. Under policy PK-3301-228 we pay the euthanasia and cremation costs of EUR 418 and the pet life benefit of EUR 500.\n\nWith sympathy,\nTobias Lange",
   date=D(10, 8, 10, 30))

# ---- d220-0105
mk(105, "NORMAL", "en", "insurer-to-broker", "trap: broker question on whether pregnancy is covered abroad, answered generically",
   "Re: Pregnancy and travel health cover – general question", "wendt", "Nils Andersen <n.andersen@andersen-makler.example>",
   "Hi Nils,\n\ngeneral answer, no client data needed: ReiseGesund covers unforeseen pregnancy complications and premature births up to the 36th "
   "week; routine check-ups abroad are not covered. The travel cancellation tariff covers a pregnancy detected after booking if the "
   "trip can't reasonably be undertaken.\n\nCheers\nFlorian", date=D(3, 23, 17, 45))
# ---- d220-0106
mk(106, "NORMAL", "de", "internal", "trap: out-of-office with mention of medical desk and doctors; no personal data",
   "Abwesenheitsnotiz: AW: Kostenübernahme Klinik Antalya", "hofer", f"James Okafor <j.okafor@{DOM}>",
   "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.08. nicht im Haus. In medizinischen Eilfällen wenden Sie sich bitte an "
   "den ärztlichen Bereitschaftsdienst des Medical Desk, Tel. 040 7788-2490.\n\nDr. med. Sabine Hofer", date=D(8, 11, 7, 0),
   extra={"Auto-Submitted": "auto-replied"})

# ---- d220-0107
mk(107, "STRICTLY_CONFIDENTIAL", "de", "internal", "internal note on a named employee's accident at work on a business trip with injuries (group accident)",
   "Dienstreiseunfall Frau Schüler – Meldung Gruppenunfall", "weber", f"Personalabteilung <personal@{DOM}>",
   "Hallo Frau Ahlers,\n\nzur Meldung für unsere eigene Gruppenunfallversicherung GU-0001: Frau Merle Schüler (Personalnummer 40812) ist auf der "
   "Dienstreise in Wien am 16.06. auf der Hoteltreppe gestürzt. Diagnose laut AKH Wien: Sprunggelenksfraktur Weber B links (S82.6), "
   "OP am 17.06. Sie ist voraussichtlich 8 Wochen arbeitsunfähig.\n\nBitte die Unfallanzeige an die BG schicken.\n\nPaul Weber", date=D(6, 18, 14, 0))

# ---- d220-0108
mk(108, "CONFIDENTIAL", "de", "broker", "forwarded broker mail: named customer's travel baggage and rental excess claim with birth date",
   "WG: Schadenmeldung Kunde Ahrens – Gepäck + Mietwagen", "wendt", f"Reise-Leistung <reise-leistung@{DOM}>",
   "Bitte anlegen, danke.\nFlorian\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Schadenmeldung Kunde Ahrens\nDatum: Mon, 27 Jul 2026 09:12\n"
   "Von: Maklerbüro Heitmann <info@makler-heitmann.example>\n\nHallo Herr Wendt,\n\nmein Kunde Frank Ahrens, geb. 19.05.1983, Vertrag RK-5519-980, "
   "meldet: Koffer am Flughafen Kos beschädigt (Rollen abgerissen, Schale gebrochen) und Schaden am Mietwagen (Steinschlag Frontscheibe, "
   "SB 300 EUR einbehalten). Belege folgen.\n\nGruß\nJens Heitmann", date=D(7, 27, 11, 0))

# ---- d220-0109
mk(109, "NORMAL", "en", "insurer-to-customer", "trap: generic answer about vaccination costs and travel, no contract or health data of the person",
   "Re: Are travel vaccinations covered?", "grant", "sam.porter@britmail.example",
   "Hello,\n\ntravel vaccinations (e.g. yellow fever, rabies, Japanese encephalitis) are not part of the travel insurance. Some health "
   "insurance tariffs reimburse them; please check your own health insurer's terms.\n\nBest regards\nOlivia Grant", date=D(2, 6, 9, 10), charset="us-ascii", cte="7bit")

# ---- d220-0110
mk(110, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "sensitive in ZIP containing a nested e-mail (.eml) with a doctor's letter about a named customer",
   "Documents for your file", "okafor", "Peter Lindemann <peter.lindemann@alpennet.example>",
   "Dear Mr Lindemann,\n\nas requested, the correspondence from our medical team is in the attached archive.\n\nJames Okafor",
   atts=[("ASS-26-0770_documents.zip", zipbytes([
        ("Mail_from_clinic.eml", fwd("Dr. Marco Bellini <m.bellini@ospedale-bolzano.example>".replace("Dr. Marco Bellini", '"Dr. Marco Bellini"'), f"assistance@{DOM}",
            "Patient Peter Lindemann", "Tue, 10 Mar 2026 10:00:00 +0100",
            "Dear colleagues,\nMr Peter Lindemann (born 08/06/1962) was admitted with acute pancreatitis (K85.1), biliary origin. "
            "Cholecystectomy is planned after recovery. Not fit to fly for 10 days.\nDr. Marco Bellini", mid="<bz1@ospedale-bolzano.example>").as_bytes(policy=SMTP)),
        ("guarantee.txt", "Guarantee of payment issued 10.03.2026 for Peter Lindemann, case ASS-26-0770, limit EUR 12,000.\n")]))],
   date=D(4, 2, 10, 0))

# ---- d220-0111
mk(111, "NORMAL", "de", "insurer-to-partner", "trap: contract draft with vet clinic network on direct billing, no animal owner data",
   "Direktabrechnung mit Tierkliniken – Vertragsentwurf", "lange", "Geschäftsführung <gf@tierklinikverbund-nord.example>",
   "Sehr geehrter Dr. Harms,\n\nanbei der Entwurf der Direktabrechnungsvereinbarung. Kernpunkte: Abrechnung bis 3-facher GOT-Satz, Kostenvoranschlag ab "
   "1.500 EUR, Zahlung binnen 14 Tagen, Datenübermittlung nur Tierdaten, Vertragsnummer und Rechnung über die gesicherte Schnittstelle.\n\nTobias Lange",
   atts=[("Vertrag_Direktabrechnung_Entwurf.docx", docx(["Vereinbarung über die Direktabrechnung", "zwischen Nordhafen Versicherung AG und Tierklinikverbund Nord GmbH",
        "§1 Gegenstand: Abrechnung tierärztlicher Leistungen für bei Nordhafen versicherte Tiere", "§2 Vergütung: bis zum 3-fachen Satz der GOT",
        "§3 Datenschutz: Übermittlung nur der zur Abrechnung erforderlichen Daten", "§4 Laufzeit: ab 01.01.2027, unbefristet"], "Vertragsentwurf"))],
   date=D(9, 25, 11, 15))

# ---- d220-0112
mk(112, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses travel dispute with tour operator: named customer, claim number; no health",
   "Reisemangel Hotel Fuerteventura – Deckungszusage RS-26-007733", "aydin", "Familie Petzold <petzold@kabelpost.example>",
   "Hallo Frau Petzold,\n\nfür Ihre Klage gegen die SonnenReisen GmbH auf Minderung (Baulärm, Pool gesperrt) besteht Versicherungsschutz im "
   "Vertrags-Rechtsschutz (RS-3319-04). Ihre Anwältin kann uns die Kostennote direkt schicken.\n\n" + sig("aydin"), date=D(10, 2, 9, 30))

# ---- d220-0113
mk(113, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "travel cancellation paid because of death of named grandmother (cause of death) – health of deceased third person",
   "Reiserücktritt wegen Todesfall – Erstattung", "bauer", "Jonas Wiegand <jonas.wiegand@uni-post.example>",
   "Hallo Herr Wiegand,\n\nunser herzliches Beileid zum Tod Ihrer Großmutter, Frau Erika Wiegand. Die Sterbeurkunde und die Bescheinigung des "
   "Hospizes (metastasiertes Pankreaskarzinom) liegen uns vor. Wir erstatten die Stornokosten der Kanada-Reise von 1.744 EUR aus RR-6612-301.\n\nKatrin Bauer",
   date=D(11, 10, 10, 40))

# ---- d220-0114
mk(114, "NORMAL", "en", "internal", "trap: incident review of a mis-sent mail, anonymised, no data in the mail",
   "Lessons learned: misdirected email (incident DP-2026-014)", "koch", f"Claims team leads <claims-leads@{DOM}>",
   "Dear colleagues,\n\nlast month a medical report was sent to a wrong recipient because of address auto-completion. The incident was "
   "reported to the supervisory authority within 72 hours; the recipient confirmed deletion. Please disable auto-complete for external "
   "addresses and send health data only via the portal.\n\nNo case details will be shared in this mail.\n\n" + sig("koch"), date=D(11, 3, 10, 0))

# ---- d220-0115
mk(115, "CONFIDENTIAL", "en", "insurer-to-customer", "motor: named customer's car damaged by hail abroad; plate, claim, no injury",
   "Hail damage in Slovenia – claim K-26-48810", "yilmaz", "Mateja Horvat <mateja.horvat@slomail.example>",
   "Dear Ms Horvat,\n\nthe hail damage to your Skoda Octavia (HH-MH 3012) during your holiday in Bled is covered by your comprehensive motor "
   "insurance KF-2023-554102. The repair estimate of EUR 3,460 is approved, less your EUR 300 excess. Nobody was injured, so no further forms are needed.\n\nDeniz Yilmaz",
   date=D(7, 30, 12, 0))

# ---- d220-0116
mk(116, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist", "physiotherapy after repatriation: named patient's diagnosis to therapist",
   "Kostenzusage Physiotherapie – Herr Kai Rademacher", "weber", "Physiopraxis am Hafen <praxis@physio-hafen.example>",
   "Sehr geehrte Damen und Herren,\n\nfür Herrn Kai Rademacher (Unfallversicherung U-441-20187) übernehmen wir 12 Einheiten Krankengymnastik "
   "und 6 Einheiten manuelle Lymphdrainage nach operativ versorgter Tibiakopffraktur (S82.1), Unfall in Kitzbühel am 02.02.2026.\n\n" + sig("weber"),
   date=D(3, 10, 15, 0))

# ---- d220-0117
mk(117, "NORMAL", "de", "newsletter", "trap: broker newsletter on assistance services, repatriation costs examples; no person",
   "Makler-Newsletter Q3: Rücktransport – was kostet das wirklich?", f"Maklerservice Nordhafen <maklerservice@{DOM}>", f"Makler-Newsletter <makler-news@lists.{DOM}>",
   "Liebe Vermittlerinnen und Vermittler,\n\nBeispiele aus der Praxis (Durchschnittswerte 2025):\n- Linienflug mit Arztbegleitung aus Mallorca: 4.500 EUR\n"
   "- Ambulanzjet aus der Türkei: 25.000 EUR\n- Ambulanzjet aus Thailand: 85.000 EUR\n- Überführung Verstorbener aus Spanien: 6.000 EUR\n\n"
   "Argument für Ihre Beratung: Die gesetzliche Krankenversicherung zahlt keinen Rücktransport.\n\nIhr Maklerservice", date=D(7, 2, 8, 0),
   html="<html><body><h3>Rücktransport – was kostet das wirklich?</h3><table border='1'><tr><td>Linienflug mit Arzt, Mallorca</td><td>4.500 EUR</td></tr>"
        "<tr><td>Ambulanzjet Türkei</td><td>25.000 EUR</td></tr><tr><td>Ambulanzjet Thailand</td><td>85.000 EUR</td></tr><tr><td>Überführung Spanien</td><td>6.000 EUR</td></tr></table></body></html>")

# ---- d220-0118
mk(118, "CONFIDENTIAL", "de", "insurer-to-customer", "commercial contents: sole trader (natural person) with burglary claim and IBAN",
   "Einbruch Kiosk – Inhaltsversicherung IV-2026-114", "meier", "Kiosk Yıldız, Inh. Emre Yıldız <kiosk.yildiz@stadtmail.example>".replace("Kiosk Yıldız, Inh. Emre Yıldız", '"Kiosk Yıldız, Inh. Emre Yıldız"'),
   "Hallo Herr Yıldız,\n\nfür den Einbruch in Ihren Kiosk in der Stresemannstraße 140 zahlen wir 2.960 EUR (Tabakwaren, Kasseninhalt bis 500 EUR, "
   "Türschloss) auf Ihr Geschäftskonto " + iban("DE", "200505501055667788") + ".\n\nStefan Meier", date=D(2, 25, 13, 0))

# ---- d220-0119
mk(119, "NORMAL", "en", "insurer-to-partner", "trap: API test data for claims interface with fictitious person and published example IBAN",
   "Test cases for the travel claims API (staging)", "brandt", "Integration Team <integration@claimsflow-software.example>",
   "Hi,\n\nfor staging please use only the synthetic test person below (fictitious):\n\n  name: Max Mustermann (TEST)\n  dob: 01.01.1970\n"
   "  policy: TEST-000-0000\n  iban: DE89 3704 0044 0532 0130 00 (published example)\n  diagnosis: Z00.0 (test value)\n\nNo production data in staging, please.\n\nHenrik",
   date=D(6, 5, 10, 0))

# ---- d220-0120
mk(120, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "life insurance claim: death benefit to named widow, cause of death",
   "Death benefit – policy L-2210-7781", "petersen", "Anna Kowalski-Reed <anna.kr@northmail.example>",
   "Dear Mrs Kowalski-Reed,\n\nwe have received the death certificate for your husband, Mr Jonathan Reed, who died on 14 August 2026 in "
   "Split, Croatia, after a cardiac arrest while swimming. As beneficiary you will receive EUR 180,000 plus profit participation of EUR 4,112.\n\n"
   "Please confirm your bank details in the portal.\n\nWith sympathy,\nLars Petersen", date=D(9, 4, 11, 0))

# ---- d220-0121
mk(121, "NORMAL", "de", "internal", "trap: budget spreadsheet for assistance costs per country (aggregate), windows-1252 CSV",
   "Budget 2027 Assistance nach Ländern", "okafor", f"Controlling <controlling@{DOM}>",
   "Hallo Controlling,\n\nhier die Planung nach Zielländern (nur Summen).\n\nJames",
   atts=[("Budget_Assistance_2027.csv", "Land;Fälle 2025;Kosten 2025 EUR;Plan 2027 EUR\nSpanien;611;2.904.000;3.100.000\nTürkei;402;1.880.000;2.050.000\n"
        "Österreich;288;1.122.000;1.150.000\nUSA;44;2.310.000;2.600.000\nThailand;63;1.015.000;1.100.000\n", ("text", "csv"), "windows-1252")],
   date=D(10, 15, 14, 0))

# ---- d220-0122
mk(122, "CONFIDENTIAL", "en", "insurer-to-customer", "pet: named owner's cat travel abroad (pet passport, rabies vaccination of the cat) and policy – animal data",
   "Travelling to France with Nala – cover abroad", "lange", "Claire Dubois <claire.dubois@frmail.example>",
   "Dear Ms Dubois,\n\nyes, your cat health policy PK-8812-300 covers vet treatment in the EU for trips up to 12 months. Nala's pet passport shows "
   "the rabies vaccination from 04/03/2026, valid for the trip. Please keep all vet invoices from France.\n\nTobias Lange", date=D(5, 30, 10, 20))

# ---- d220-0123
mk(123, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "underwriting decision on travel health annual policy: exclusion of named applicant's heart disease",
   "Ihr Antrag Jahres-Auslandskrankenschutz 60+ – Annahme mit Ausschluss", "hofer", "Herrn Gerhard Tönnies <g.toennies@senioren-net.example>",
   "Sehr geehrter Herr Tönnies,\n\nwir nehmen Ihren Antrag an, müssen aber wegen der angegebenen koronaren Herzkrankheit mit Bypass-OP 2023 "
   "(I25.1) Behandlungen dieser Erkrankung und ihrer Folgen ausschließen. Alle anderen Erkrankungen sind voll versichert.\n\n" + sig("hofer"),
   date=D(4, 16, 10, 45))

# ---- d220-0124
mk(124, "NORMAL", "en", "insurer-to-supplier", "trap: booking of a medical-escort training course; company only",
   "Booking: 'Flight medicine basics' course for 4 staff", "hofer", "Academy <academy@aeromed-training.example>",
   "Hello,\n\nwe would like to book four places in the course 'Flight medicine basics for assistance staff' (12–13 Nov, Frankfurt). "
   "Participants' names will follow via your booking form. Invoice to Nordhafen Versicherung AG, cost centre 4710.\n\nDr. Sabine Hofer", date=D(9, 29, 9, 0))

# ---- d220-0125
mk(125, "CONFIDENTIAL", "de", "insurer-to-customer", "tenant liability: named customer, address, claim number; no health",
   "Mietsachschaden Wohnung Altona – PH-26-2210", "schulz", "Kevin Roth <kevin.roth@stadtmail.example>",
   "Hallo Herr Roth,\n\nden Brandfleck im Parkett Ihrer Mietwohnung (Große Bergstraße 55) zahlen wir Ihrer Vermieterin, der Altonaer Wohnen eG, "
   "direkt: 820 EUR laut Kostenvoranschlag, abzüglich Abzug neu für alt 20 %. Schaden PH-26-2210.\n\nAnke Schulz", date=D(2, 9, 11, 20))

# ---- d220-0126
mk(126, "NORMAL", "de", "insurer-to-customer", "trap: answer to a customer question about care insurance in general, nothing about the person",
   "Re: Allgemeine Frage Pflegetagegeld", "weber", "michael.sander@web-mail.example",
   "Guten Tag Herr Sander,\n\nallgemein gilt: Das Pflegetagegeld zahlt ab Pflegegrad 2 einen vereinbarten Prozentsatz des versicherten Tagessatzes, "
   "unabhängig von den tatsächlichen Kosten. Ein Gutachten des Medizinischen Dienstes genügt als Nachweis. Für ein konkretes Angebot rufen Sie uns gern an.\n\nPaul Weber",
   date=D(11, 20, 10, 0))

# ---- d220-0127
mk(127, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "HTML+text: reimbursement of named customer's dialysis sessions abroad",
   "Dialysis during your stay in Gran Canaria – reimbursement", "richter", "Hermann Voigt <hermann.voigt@senioren-net.example>",
   "Dear Mr Voigt,\n\nwe reimburse the 12 haemodialysis sessions at Centro de Diálisis Las Palmas (15 Jan – 10 Feb) under your health policy "
   "KV 330 118 46: EUR 3,720. As agreed before your trip, planned dialysis abroad is covered up to the German rate.\n\nMiriam Richter",
   html="<html><body><p>Dear Mr Voigt,</p><p>we reimburse the <b>12 haemodialysis sessions</b> at Centro de Diálisis Las Palmas (15 Jan – 10 Feb) "
        "under your health policy KV 330 118 46: <b>EUR 3,720</b>.</p><p>Miriam Richter</p></body></html>", date=D(2, 16, 9, 0))

# ---- d220-0128
mk(128, "NORMAL", "de", "insurer-to-authority", "trap: reply to consulate about general repatriation procedure, no deceased named",
   "Allgemeine Anfrage zum Ablauf von Überführungen", "okafor", "Konsularabteilung <konsular@gk-palma.example>",
   "Sehr geehrte Damen und Herren,\n\nvielen Dank für die Gesprächsbereitschaft. Wir würden gern die Zusammenarbeit bei Überführungen verbessern: "
   "Leichenpass, Einbalsamierung, Zinksarg, Flugbuchung. Könnten wir einen Termin im Oktober vereinbaren? Konkrete Fälle besprechen wir wie "
   "immer nur einzeln und gesichert.\n\nJames Okafor", date=D(9, 10, 11, 0))

# ---- d220-0129
mk(129, "CONFIDENTIAL", "de", "insurer-to-customer", "windows-1252 Outlook reply: named customer's cancellation after visa refusal declined (non-medical), policy number",
   "AW: Visum abgelehnt – Reise nach Indien", "bauer", "Sabrina Kühl <sabrina.kuehl@web-mail.example>",
   "Hallo Frau Kühl,\n\neine Ablehnung des Visums ist in Ihrem Tarif RR-Basis leider kein versicherter Rücktrittsgrund. Wir können die Stornokosten "
   "von 980 EUR daher nicht übernehmen. Vertrag RR-4410-227 läuft unverändert weiter.\n\nViele Grüße\nKatrin Bauer\n\n" +
   OL("Sabrina Kühl", "Freitag, 4. September 2026 08:02", "Reise-Leistung", "Visum abgelehnt – Reise nach Indien",
      "hallo, mein e-visum für indien wurde abgelehnt (warum auch immer) kann ich die reise kostenlos stornieren?? buchung über reisebüro."),
   date=D(9, 4, 10, 0), charset="windows-1252")

# ---- d220-0130
mk(130, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "accident insurance of a child: named minor's dog bite injury and scar, benefit",
   "Kinderunfallversicherung – Hundebiss Paula", "weber", "Melanie Drews <melanie.drews@kabelpost.example>",
   "Sehr geehrte Frau Drews,\n\nfür die Bissverletzung Ihrer Tochter Paula (7) im Gesicht am 12.05. in Dänemark zahlen wir aus der Kinderunfallversicherung "
   "KU-7740-12 die Kosten für kosmetische Operationen bis 5.000 EUR. Der Bericht der Kinderchirurgie (Narbenkorrektur geplant) liegt vor.\n\nPaul Weber",
   date=D(7, 6, 10, 0))

# ---- d220-0131
mk(131, "NORMAL", "en", "insurer-to-partner", "trap: data processing agreement reminder to assistance partner, legal text only",
   "DPA update – processing of health data by GlobalCare", "koch", "Legal <legal@globalcare-assist.example>",
   "Dear colleagues,\n\nplease find below the changes to our data processing agreement: Annex 2 now lists health data of insured persons (diagnoses, "
   "medical reports, hospital invoices) as a processed category; Annex 3 requires encrypted transport (TLS enforced) and deletion 10 years after case closure.\n\n"
   "Please countersign by 31 March.\n\n" + sig("koch", "en"), date=D(3, 2, 9, 0))

# ---- d220-0132
mk(132, "CONFIDENTIAL", "en", "insurer-to-company", "group travel policy for an employer: named employees list with birth dates in XLSX",
   "Business travel policy 2027 – insured employees", "meier", "HR <hr@baltic-engineering.example>",
   "Dear Ms Reinholdt,\n\nattached is the list of insured travellers under business travel policy BT-2027-0012 as you sent it. Please confirm by Friday.\n\nStefan Meier",
   atts=[("BT-2027-0012_travellers.xlsx", xlsx([["Name", "Date of birth", "Department", "Frequent destinations"],
        ["Kristina Möbius", "1986-02-17", "Sales", "CN, US"], ["Ole Jacobsen", "1977-09-05", "Engineering", "NO, UK"],
        ["Farid Haddad", "1990-12-30", "Service", "AE, SA"]], "Travellers"))], date=D(11, 25, 10, 0))

# ---- d220-0133
mk(133, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "request to dentist about named patient's emergency dental treatment abroad",
   "Rückfrage zu Ihrer Patientin Frau Jule Sommer", "richter", "Zahnarztpraxis Dr. Kleinert <praxis@zahn-kleinert.example>".replace("Zahnarztpraxis Dr. Kleinert", '"Zahnarztpraxis Dr. Kleinert"'),
   "Sehr geehrte Frau Dr. Kleinert,\n\nIhre Patientin Frau Jule Sommer wurde in Kroatien notfallmäßig wegen einer Pulpitis an Zahn 36 behandelt "
   "(Trepanation, provisorische Füllung). Bitte teilen Sie uns mit, ob die Wurzelbehandlung bei Ihnen abgeschlossen wurde und ob eine Krone geplant ist.\n\n" + sig("richter"),
   date=D(8, 28, 9, 0))

# ---- d220-0134
mk(134, "NORMAL", "de", "insurer-to-customer", "trap: thank-you reply to a customer's compliment without any case detail",
   "Re: Danke!", "okafor", "Ingeborg Schwarz <ingeborg.schwarz@landpost.example>",
   "Liebe Frau Schwarz,\n\nvielen Dank für Ihre lieben Worte und die Postkarte, die hängt jetzt bei uns im Büro! Es freut uns, dass alles geklappt hat.\n\n"
   "Herzliche Grüße vom ganzen Assistance-Team\nJames Okafor", date=D(10, 30, 12, 0), flowed=True, cte="8bit")

# ---- d220-0135
mk(135, "CONFIDENTIAL", "de", "insurer-to-customer", "pet: named owner's dog insurance rejected for pre-existing condition (animal health), policy",
   "Ihre Einreichung für Kira – Ablehnung", "lange", "Sandra Wilms <sandra.wilms@mailbox-nord.example>",
   "Hallo Frau Wilms,\n\nleider können wir die Kosten für die Behandlung der Ellbogendysplasie bei Kira nicht übernehmen: Laut Akte der "
   "Tierarztpraxis Dr. Grote wurde die Lahmheit bereits vor Vertragsbeginn (01.02.2026) untersucht. Ihr Vertrag HT-4419-57 läuft weiter.\n\nTobias Lange",
   date=D(6, 22, 16, 40))

# ---- d220-0136
mk(136, "NORMAL", "en", "internal", "trap: ICD-10-GM 2027 update note for claims staff; codes without persons",
   "ICD-10-GM 2027 – changes relevant to travel claims", "hofer", f"Travel Claims Team <travel-claims@{DOM}>",
   "Hi all,\n\nthe ICD-10-GM 2027 brings a few changes: new sub-codes for post-COVID conditions (U09.9), extended codes for Mpox (B04), and "
   "Dengue now split by severity (A97.0/A97.1/A97.2). Please update the lookup in the claims system. Training slides follow.\n\nSabine", date=D(11, 12, 14, 0))

# ---- d220-0137
mk(137, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "quoted history holds the customer's allergy and anaphylaxis abroad; top reply harmless",
   "Re: Re: Invoice Bangkok clinic", "grant", "Tomasz Zielinski <t.zielinski@polnet-mail.example>",
   "Hi Mr Zielinski,\n\npaid today. Thanks for your patience.\n\nOlivia\n\nOn 21 Jan 2026, Tomasz Zielinski wrote:\n" +
   Q("Hello, attached the invoice from BNH Hospital. I had an anaphylactic reaction to shrimp (peanut allergy known, but this was new), "
     "got adrenaline and stayed one night. 38,000 THB. Policy TP-7711-019.\nTomasz"), date=D(1, 23, 9, 0))

# ---- d220-0138
mk(138, "NORMAL", "de", "insurer-to-partner", "trap: association statistics request on pet insurance market, aggregate",
   "GDV-Umfrage Tierversicherung 2025 – unsere Zahlen", "lange", "Statistik <statistik@versicherer-verband.example>",
   "Sehr geehrte Damen und Herren,\n\nunsere Zahlen für die Umfrage: 31.200 versicherte Tiere (Hunde 68 %, Katzen 29 %, Pferde 3 %), Schadenquote 78 %, "
   "durchschnittliche Erstattung 540 EUR je Fall. Keine Einzeldaten.\n\nTobias Lange", date=D(4, 20, 10, 0))

# ---- d220-0139
mk(139, "CONFIDENTIAL", "en", "insurer-to-broker", "broker as sole trader: commission statement with his IBAN and tax number",
   "Commission statement Q2 – Andersen Versicherungsmakler e.K.", "wendt", "Nils Andersen <n.andersen@andersen-makler.example>",
   "Hi Nils,\n\nyour commission for Q2 is EUR 4,812.30, paid to " + iban("DE", "230510300012345678") + " (account holder Nils Andersen e.K., "
   "tax no. 22/118/40337). Statement attached in the broker portal.\n\nFlorian", date=D(7, 9, 11, 0))

# ---- d220-0140
mk(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "sensitive only in PDF: travel health settlement listing named customer's dental abscess and antibiotics",
   "Abrechnung zu Ihrem Schreiben vom 02.08.", "bauer", "Herrn Nikolai Weiß <n.weiss@dsl-nord.example>",
   "Guten Tag Herr Weiß,\n\nbitte beachten Sie das beigefügte Schreiben.\n\nMit freundlichen Grüßen\nKatrin Bauer",
   atts=[("Abrechnung_RK-2026-019301.pdf", pdf(["Leistungsabrechnung Auslandsreise-Krankenversicherung AR 66 410 112", "Versicherte Person: Nikolai Weiß",
        "Behandlung: Zahnarzt Dr. Papadopoulos, Chania, 28.07.2026", "Befund: Abszess Zahn 47 (K04.7), Inzision, Clindamycin 600 mg",
        "Rechnungsbetrag 210,00 EUR – erstattet 210,00 EUR"], "Abrechnung"))], date=D(8, 6, 10, 0))

# ---- d220-0141
mk(141, "NORMAL", "en", "newsletter", "trap: staff newsletter about a charity run for a children's hospital",
   "Inside Nordhafen #41 – charity run for the children's hospital", f"Inside Nordhafen <inside@{DOM}>", f"All staff <all-staff@{DOM}>",
   "Inside Nordhafen #41\n\n- 86 colleagues ran 5 km at the Alster charity run and raised EUR 12,400 for the oncology ward of the Altona children's hospital.\n"
   "- New flu vaccination dates with the company doctor: 3 and 4 November.\n- The canteen now offers a vegan dish every day.\n\nEnjoy reading!", date=D(10, 23, 8, 0))

# ---- d220-0142
mk(142, "CONFIDENTIAL", "de", "insurer-to-customer", "named customer's travel insurance cancelled for non-payment; policy and amount",
   "Mahnung Reiseschutz-Jahrespolice JR/2025/0071120", "bauer", "Herrn Detlef Brunken <d.brunken@t-post.example>",
   "Sehr geehrter Herr Brunken,\n\nder Jahresbeitrag Ihrer Jahres-Reisepolice JR/2025/0071120 von 129 EUR ist seit dem 01.03. offen. Zahlen Sie bitte bis zum "
   "30.04., sonst entfällt der Versicherungsschutz (§ 38 VVG).\n\nKatrin Bauer", date=D(4, 3, 9, 0), charset="iso-8859-1")

# ---- d220-0143
mk(143, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "HTML-only: daily list of open assistance cases with named patients and diagnoses sent to partner",
   "Open cases handover – 24 Dec night shift", "okafor", "Night Desk <night@globalcare-assist.example>", None, html_only=True,
   html="<html><body><p>Handover for tonight:</p><table border='1'><tr><th>Case</th><th>Patient</th><th>Location</th><th>Status</th></tr>"
        "<tr><td>ASS-26-1402</td><td>Monika Feld, 58</td><td>Tenerife</td><td>hip fracture, op 26/12</td></tr>"
        "<tr><td>ASS-26-1408</td><td>Arne Wolters, 34</td><td>Zermatt</td><td>knee ligament rupture, ambulance transfer to Bern</td></tr>"
        "<tr><td>ASS-26-1411</td><td>Birgit Sauer, 71</td><td>Cape Town</td><td>pneumonia, ICU, awaiting fitness to fly</td></tr></table>"
        "<p>James</p></body></html>", date=D(12, 24, 18, 0))

# ---- d220-0144
mk(144, "NORMAL", "de", "internal", "trap: room booking for an ICD training and flu vaccination appointment slots; no person",
   "Raum für Grippeimpfung Betriebsarzt 03./04.11.", "brandt", f"Facility Management <facility@{DOM}>",
   "Hallo Facility,\n\nbitte Raum Alster 2.05 für den Betriebsarzt (Grippeimpfung) am 03. und 04.11., jeweils 8–14 Uhr, blocken. "
   "Tische, Liege, Sichtschutz wie letztes Jahr. Die Terminliste führt der Betriebsarzt selbst.\n\nHenrik", date=D(10, 19, 10, 0))

# ---- d220-0145
mk(145, "CONFIDENTIAL", "de", "insurer-to-assessor", "assessor assignment for water damage at a named customer's address; no health",
   "Gutachterauftrag Leitungswasser W-2026-03312", "schulz", "Sachverständigenbüro Lüth <auftrag@sv-lueth.example>",
   "Hallo Herr Lüth,\n\nbitte besichtigen Sie den Leitungswasserschaden bei Frau Renate Kuhlmann, Am Mühlenteich 9, 25421 Pinneberg "
   "(Tel. 04101 555 1834). Wohngebäude WG-220-1187. Frau Kuhlmann ist vormittags erreichbar.\n\nAnke Schulz", date=D(1, 22, 9, 40))

# ---- d220-0146
mk(146, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "named customer's cancellation paid because her husband entered inpatient alcohol withdrawal treatment (addiction)",
   "AW: Nachweis Reiserücktritt", "hofer", "Frau Claudia Merten <c.merten@web-mail.example>",
   "Sehr geehrte Frau Merten,\n\ndie Bescheinigung der Fachklinik Hansenbarg über die stationäre Entzugsbehandlung Ihres Mannes ab 20.06. "
   "genügt uns. Die Aufnahme kam kurzfristig, Sie hatten die Reise im Januar gebucht – wir erstatten die Stornokosten von 2.480 EUR.\n\n" + sig("hofer"),
   date=D(7, 3, 11, 0))

# ---- d220-0147
mk(147, "NORMAL", "en", "insurer-to-customer", "trap: notification mail without content (new secure message in portal)",
   "You have a new secure message", f"Nordhafen SecureMail <no-reply@{DOM}>", "anja.lindholm@nordicpost.example",
   "Hello,\n\nyou have received a new secure message from Nordhafen Versicherung AG. For your protection we do not send the content by e-mail.\n\n"
   "Please log in at https://secure.nordhafen-versicherung.example to read it.\n\nThis is an automated message; please do not reply.", date=D(12, 2, 8, 30), charset="us-ascii", cte="7bit")

# ---- d220-0148
mk(148, "CONFIDENTIAL", "de", "insurer-to-customer", "named customer's cyber/online-banking fraud while travelling, bank data and claim; no health",
   "Kontomissbrauch im Urlaub – Internetschutz IS-26-0044", "schulz", "Herrn Volker Jessen <v.jessen@dsl-nord.example>",
   "Hallo Herr Jessen,\n\nnach dem Kartenmissbrauch in Lissabon (unberechtigte Abbuchungen 1.210 EUR von Ihrem Konto " + iban("DE", "200505501099887766") +
   ") übernehmen wir aus dem Internetschutz den Betrag, den Ihre Bank nicht erstattet: 410 EUR.\n\nAnke Schulz", date=D(9, 16, 14, 0))

# ---- d220-0149
mk(149, "NORMAL", "de", "insurer-to-broker", "trap: broker asks about a 'Kunde' generally; answer on underwriting rules for travel health, no client data",
   "Re: Annahmerichtlinien Auslands-KV für über 70-Jährige", "wendt", "Jens Heitmann <info@makler-heitmann.example>",
   "Moin Jens,\n\nallgemein: Ab 70 fragen wir im Jahrestarif vier Gesundheitsfragen (Herz, Krebs, Dialyse, stationäre Aufenthalte in den "
   "letzten 12 Monaten). Bei „ja“ prüft der Gesellschaftsarzt, oft mit Einzelausschluss statt Ablehnung. Für Einzelreisen bis 6 Wochen gibt es keine Gesundheitsfragen.\n\nFlorian",
   date=D(5, 19, 17, 0))

# ---- d220-0150
mk(150, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "subject tag [secure]; named customer's medical evacuation from a cruise ship after sepsis",
   "[secure] Your evacuation from the MS Nordlicht – cost confirmation", "okafor", "Gareth Evans <gareth.evans@welshmail.example>",
   "Dear Mr Evans,\n\nI can confirm that the helicopter evacuation from the MS Nordlicht to Tromsø University Hospital on 7 December and your "
   "treatment there for sepsis after the urinary tract infection are covered by your travel health policy AR 90 441 077. The hospital bills us directly.\n\n"
   "Get well soon.\n" + sig("okafor", "en"), date=D(12, 9, 10, 0))

# ================================================================= output & check
def write_all(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    seen = set()
    for n, label, lang, kind, reason, m in sorted(MAILS_OUT, key=lambda t: t[0]):
        assert n not in seen, n
        seen.add(n)
        fn = f"d220-{n:04d}.eml"
        with open(os.path.join(md, fn), "wb") as f:
            f.write(m.as_bytes(policy=SMTP))
        rows.append("\t".join([fn, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

def check_att(name, data, errs, where):
    ext = name.rsplit(".", 1)[-1].lower()
    try:
        if ext in ("zip", "xlsx", "docx", "odt", "ods"):
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                errs.append(f"{where}: bad zip member in {name}")
            for zn in z.namelist():
                zd = z.read(zn)
                if zn.endswith(".xml") or zn.endswith(".rels"):
                    minidom.parseString(zd)
                if ext == "zip":
                    check_att(zn, zd, errs, where + ":" + name)
        elif ext == "pdf":
            if not data.startswith(b"%PDF") or not pdf_text(data):
                errs.append(f"{where}: PDF without text layer {name}")
        elif ext == "ics":
            t = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                errs.append(f"{where}: bad ICS {name}")
        elif ext == "eml":
            sub = BytesParser(policy=default).parsebytes(data)
            check_msg(sub, errs, where + ":" + name)
    except Exception as e:
        errs.append(f"{where}: {name}: {e!r}")

def check_msg(msg, errs, where):
    for part in msg.walk():
        if part.defects:
            errs.append(f"{where}: MIME defects {part.defects}")
        for h in part.keys():
            for v in part.get_all(h):
                if getattr(v, "defects", None):
                    errs.append(f"{where}: header defect {h} {v.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                raw.decode(cs)
            except Exception as e:
                errs.append(f"{where}: text part does not decode as {cs}: {e}")
        elif fn:
            data = part.get_payload(decode=True)
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    data.decode(cs)
                except Exception as e:
                    errs.append(f"{where}: attachment {fn} not {cs}")
            check_att(fn, data, errs, where)

def check(here):
    errs = []
    tmp = tempfile.mkdtemp(prefix="d220chk")
    try:
        write_all(tmp)
        for fn in ["labels.tsv"] + [os.path.join("mails", f) for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a, b = os.path.join(tmp, fn), os.path.join(here, fn)
            if not os.path.exists(b) or not filecmp.cmp(a, b, shallow=False):
                errs.append(f"{fn}: differs from rebuild")
        extra = set(os.listdir(os.path.join(here, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        if extra:
            errs.append(f"stale files: {sorted(extra)}")
    finally:
        shutil.rmtree(tmp)
    mids = set()
    from collections import Counter
    cl, cg, ck = Counter(), Counter(), Counter()
    for n, label, lang, kind, reason, m in MAILS_OUT:
        where = f"d220-{n:04d}"
        raw = m.as_bytes(policy=SMTP)
        if b"\n" in raw.replace(b"\r\n", b""):
            errs.append(f"{where}: bare LF")
        msg = BytesParser(policy=default).parsebytes(raw)
        check_msg(msg, errs, where)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                inner = part.get_payload()[0]
                check_msg(inner, errs, where + ":rfc822")
        mid = msg["Message-ID"]
        if mid in mids:
            errs.append(f"{where}: duplicate Message-ID")
        mids.add(mid)
        if " 2026 " not in msg["Date"]:
            errs.append(f"{where}: date not 2026")
        if not msg["From"].addresses[0].domain == DOM:
            errs.append(f"{where}: sender not own domain")
        if label not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL") or lang not in ("de", "en"):
            errs.append(f"{where}: bad label/lang")
        if "\t" in reason or "\n" in reason:
            errs.append(f"{where}: bad reason")
        cl[label] += 1; cg[(label, lang)] += 1; ck[(kind, label)] += 1
    if len(MAILS_OUT) != 150:
        errs.append(f"expected 150 mails, have {len(MAILS_OUT)}")
    for e in errs:
        print("ERROR", e)
    print("labels:", dict(cl))
    print("label x lang:", dict(sorted(cg.items())))
    print("kind x label:", dict(sorted(ck.items())))
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        sys.exit(check(here))
    write_all(here)
    print(f"wrote {len(MAILS_OUT)} mails")
