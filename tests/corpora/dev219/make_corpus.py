#!/usr/bin/env python3
"""d219 corpus: 150 fictitious mails of Lindenhof Versicherung AG (lindenhof-vers.example).
Standard library only. `python3 make_corpus.py` writes mails/ and labels.tsv;
`python3 make_corpus.py --check` rebuilds into a temp dir, compares, parses everything."""
import sys, os, io, zlib, zipfile, tempfile, shutil, filecmp, datetime, re
from email.message import EmailMessage
from email.policy import SMTP, default as DEFPOL
from email import message_from_bytes, utils
from email.parser import BytesParser

DOM = "lindenhof-vers.example"

# ---------------------------------------------------------------- helpers
def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    return f"{cc}{chk:02d}{bban}"

def grp(i):
    return " ".join(i[k:k+4] for k in range(0, len(i), 4))

def dt(s):
    # "2026-03-04 09:12" local CET/CEST-ish fixed +0100/+0200
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if (4 <= d.month <= 10) else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

ZT = (2026, 1, 2, 8, 0, 0)
def _zip(members, order=None):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        for name, data, stored in members:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return b.getvalue()

def zipf(members):
    return _zip([(n, d, False) for n, d in members])

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{t}</dc:title><dc:creator>{a}</dc:creator><cp:lastModifiedBy>{a}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">{d}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{d}</dcterms:modified></cp:coreProperties>')

def xlsx(rows, title="Tabelle", author="Lindenhof Versicherung AG", date="2026-01-15T09:00:00Z", sheet="Tabelle1"):
    def cell(r, c, v):
        ref = chr(65 + c) + str(r)
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc(str(v))}</t></is></c>'
    sd = "".join(f'<row r="{i+1}">' + "".join(cell(i+1, j, v) for j, v in enumerate(row)) + "</row>" for i, row in enumerate(rows))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          f'<sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          f'<sheetData>{sd}</sheetData></worksheet>')
    return zipf([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", CORE.format(t=esc(title), a=esc(author), d=date)),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr), ("xl/worksheets/sheet1.xml", ws)])

def docx(paras, title="Dokument", author="Lindenhof Versicherung AG", date="2026-01-15T09:00:00Z"):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paras)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    return zipf([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", CORE.format(t=esc(title), a=esc(author), d=date)),
                 ("word/document.xml", doc)])

def _odf(kind, inner, title, author, date):
    mt = "application/vnd.oasis.opendocument." + kind
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3"><office:body>{inner}</office:body></office:document-content>'
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.3"><office:meta><dc:title>{esc(title)}</dc:title>'
            f'<dc:creator>{esc(author)}</dc:creator><meta:creation-date>{date}</meta:creation-date><dc:date>{date}</dc:date></office:meta></office:document-meta>')
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
           f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return _zip([("mimetype", mt, True), ("content.xml", content, False), ("meta.xml", meta, False), ("META-INF/manifest.xml", man, False)])

def odt(paras, title="Dokument", author="Lindenhof Versicherung AG", date="2026-01-15T09:00:00"):
    inner = "<office:text>" + "".join(f"<text:p>{esc(p)}</text:p>" for p in paras) + "</office:text>"
    return _odf("text", inner, title, author, date)

def ods(rows, title="Tabelle", author="Lindenhof Versicherung AG", date="2026-01-15T09:00:00"):
    def c(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{esc(str(v))}</text:p></table:table-cell>'
    inner = ('<office:spreadsheet><table:table table:name="Tabelle1">' +
             "".join("<table:table-row>" + "".join(c(v) for v in r) + "</table:table-row>" for r in rows) +
             "</table:table></office:spreadsheet>")
    return _odf("spreadsheet", inner, title, author, date)

def pdf(lines, title="Dokument", date="20260115090000+01'00'"):
    def pe(s):
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i+48] for i in range(0, max(len(lines), 1), 48)] or [[""]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then per page: page obj, content obj
    kids = " ".join(f"{5 + 2*i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + pe(title) + b") /Producer (Lindenhof DMS 4.2) /CreationDate (D:" + date.encode() + b") /ModDate (D:" + date.encode() + b") >>")
    for i, pl in enumerate(pages):
        cs = b"BT /F1 10 Tf 14 TL 56 790 Td\n" + b"".join(b"(" + pe(l) + b") Tj T*\n" for l in pl) + b"ET\n"
        comp = zlib.compress(cs, 9)
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2*i} 0 R >>".encode())
        objs.append(f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode() + comp + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for k, o in enumerate(objs):
        offs.append(out.tell())
        out.write(f"{k+1} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()

def ics(uid, start, end, summary, desc="", loc="", org="", stamp="20260105T080000Z"):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindenhof Versicherung//Kalender 1.0//DE", "METHOD:REQUEST",
         "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{summary}"]
    if loc: L.append(f"LOCATION:{loc}")
    if desc: L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    if org: L.append(f"ORGANIZER:mailto:{org}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(L) + "\r\n").encode("utf-8")

# ---------------------------------------------------------------- staff
STAFF = {}
def staff(key, name, mail, sig):
    STAFF[key] = (name, f"{mail}@{DOM}", sig)

staff("kw", "Katrin Wessel", "katrin.wessel", "Katrin Wessel\nTeamleiterin Leistung Kranken (PKV)\nLindenhof Versicherung AG\nTel. +49 221 5550-4120")
staff("tb", "Tobias Brandt", "tobias.brandt", "Viele Grüße\nTobias Brandt\nSachbearbeitung Kfz-Schaden\nLindenhof Versicherung AG | Domstraße 40 | 50668 Köln\nTel. +49 221 5550-3318")
staff("ss", "Dr. Sabine Sommerfeld", "sabine.sommerfeld", "Dr. Sabine Sommerfeld\nAbteilungsleiterin Leistung Personenversicherung\nLindenhof Versicherung AG")
staff("mo", "Mehmet Özdemir", "mehmet.oezdemir", "Mehmet Özdemir\nRisikoprüfung Leben/BU\nLindenhof Versicherung AG\nTel. +49 221 5550-2271")
staff("jh", "Julia Hartung", "julia.hartung", "Beste Grüße\nJulia Hartung\nKundenservice Sach/Haftpflicht\nLindenhof Versicherung AG\nTel. 0221 5550-1000")
staff("pl", "Peter Lindqvist", "peter.lindqvist", "Peter Lindqvist\nHead of International Business\nLindenhof Versicherung AG, Cologne\nPhone +49 221 5550-6610")
staff("an", "Anja Neumeister", "anja.neumeister", "Anja Neumeister\nPersonalabteilung / HR Business Partner\nLindenhof Versicherung AG")
staff("fk", "Florian Kaiser", "florian.kaiser", "--\nFlorian Kaiser\nIT-Betrieb Mail & Security\nLindenhof Versicherung AG")
staff("lr", "Lena Roth", "lena.roth", "Lena Roth\nUnfall- und BU-Leistung\nLindenhof Versicherung AG\nTel. +49 221 5550-2890")
staff("cv", "Christoph Vogt", "christoph.vogt", "Christoph Vogt\nBereichsleiter Schaden Komposit\nLindenhof Versicherung AG")
staff("ew", "Emily Walsh", "emily.walsh", "Kind regards\nEmily Walsh\nTravel & Expat Claims\nLindenhof Versicherung AG\n+49 221 5550-6634")
staff("ug", "Ute Grabowski", "ute.grabowski", "Ute Grabowski\nPflege- und Krankenversicherung Kundenservice\nLindenhof Versicherung AG\nTel. 0221 5550-4400")
staff("hb", "Henrik Bauer", "henrik.bauer", "Henrik Bauer\nMaklerbetreuung Region West\nLindenhof Versicherung AG\nMobil +49 170 5550 812")
staff("ds", "Dana Schuster", "dana.schuster", "Dana Schuster\nDatenschutzbeauftragte\nLindenhof Versicherung AG")
staff("rk", "Robert Krämer", "robert.kraemer", "Robert Krämer\nRechtsschutz-Schaden\nLindenhof Versicherung AG\nTel. +49 221 5550-3730")
staff("ms", "Miriam Stein", "miriam.stein", "Miriam Stein\nUnternehmenskommunikation / Presse\nLindenhof Versicherung AG\npresse@lindenhof-vers.example")
staff("ak", "Alexander Kurz", "alexander.kurz", "Alexander Kurz\nbAV & Pensions\nLindenhof Versicherung AG")
staff("nf", "Nina Fuchs", "nina.fuchs", "Nina Fuchs\nTeamassistenz Leistung\nLindenhof Versicherung AG")

FOOT_DE = ("\n\n-- \nLindenhof Versicherung AG · Domstraße 40 · 50668 Köln · Sitz Köln · Amtsgericht Köln HRB 99123\n"
           "Vorstand: Dr. Hans-Georg Eilers (Vors.), Birte Langen · Aufsichtsratsvorsitzender: Klaus Moritz\n"
           "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
FOOT_EN = ("\n\n-- \nLindenhof Versicherung AG · Domstrasse 40 · 50668 Cologne · Germany · Local court Cologne HRB 99123\n"
           "This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.")

def S(k):
    return STAFF[k][2]
def A(k):
    return f"{STAFF[k][0]} <{STAFF[k][1]}>"

# ---------------------------------------------------------------- building
MAILS = []
def M(n, label, lang, kind, reason, frm, to, subject, date, body, cc=None, atts=(), html=None, html_only=False,
      charset="utf-8", cte=None, flowed=False, extra=None, reply=None):
    MAILS.append(dict(n=n, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to, subject=subject, date=date,
                      body=body, cc=cc, atts=list(atts), html=html, html_only=html_only, charset=charset, cte=cte,
                      flowed=flowed, extra=extra or {}, reply=reply))

def att(name, data, ctype=None):
    return (name, data, ctype)

CT = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
      "zip": "application/zip", "csv": "text/csv", "tsv": "text/tab-separated-values", "ics": "text/calendar", "txt": "text/plain"}

def fwdmsg(frm, to, subject, date, body, charset="utf-8", mid=None, atts=()):
    m = EmailMessage(policy=SMTP)
    m["From"] = addrs(frm); m["To"] = addrs(to); m["Subject"] = subject; m["Date"] = utils.format_datetime(dt(date))
    m["Message-ID"] = mid or f"<fwd.{re.sub('[^a-z0-9]', '', subject.lower())[:20]}.{date[:10].replace('-', '')}@mail.example>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte="quoted-printable" if charset != "us-ascii" else "7bit")
    for a in atts:
        _add(m, a)
    return m

def _add(m, a):
    name, data, ctype = a
    if isinstance(data, EmailMessage):
        m.add_attachment(data, filename=name) if name else m.add_attachment(data)
        return
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = ctype or CT.get(ext, "application/octet-stream")
    maint, sub = ctype.split("/")
    if maint == "text":
        if isinstance(data, bytes):
            m.add_attachment(data, maintype=maint, subtype=sub, filename=name, params={"charset": "utf-8"})
        else:
            cs = "utf-8"
            if isinstance(data, tuple):
                data, cs = data
            m.add_attachment(data, subtype=sub, charset=cs, filename=name,
                             cte="quoted-printable" if sub not in ("calendar",) else "base64")
    else:
        m.add_attachment(data, maintype=maint, subtype=sub, filename=name)

def _bounds(m, n, ctr):
    if m.is_multipart():
        ctr[0] += 1
        m.set_boundary(f"----=_Part_d219_{n:04d}_{ctr[0]:02d}")
        for p in m.iter_parts() if hasattr(m, "iter_parts") else m.get_payload():
            _bounds(p, n, ctr)
    elif m.get_content_type() == "message/rfc822":
        for p in m.get_payload():
            _bounds(p, n, ctr)

from email.headerregistry import Address, Group
def addrs(v):
    if v.strip().endswith(":;"):
        return Group(v.strip()[:-2])
    return [Address(display_name=n, addr_spec=a) for n, a in utils.getaddresses([v])]

def build(d):
    m = EmailMessage(policy=SMTP)
    m["From"] = addrs(d["frm"])
    m["To"] = addrs(d["to"])
    if d["cc"]: m["Cc"] = addrs(d["cc"])
    m["Subject"] = d["subject"]
    m["Date"] = utils.format_datetime(dt(d["date"]))
    m["Message-ID"] = f"<d219.{d['n']:04d}.{d['date'][:10].replace('-', '')}@{DOM}>"
    if d["reply"]:
        m["In-Reply-To"] = d["reply"]; m["References"] = d["reply"]
    m["MIME-Version"] = "1.0"
    for k, v in d["extra"].items():
        m[k] = v
    cs = d["charset"]
    if cs in ("iso-8859-1", "us-ascii"):
        # Latin-1 mail clients write the euro sign out
        d = dict(d, body=d["body"].replace("€", "EUR"), html=(d["html"] or "").replace("€", "EUR") or None)
    cte = d["cte"] or ("quoted-printable" if cs in ("utf-8", "iso-8859-1", "windows-1252") else "7bit")
    if d["html_only"]:
        m.set_content(d["html"], subtype="html", charset=cs, cte=cte)
    else:
        params = {"format": "flowed"} if d["flowed"] else {}
        if d["flowed"]:
            cte = d["cte"] or "8bit"
        m.set_content(d["body"], charset=cs, cte=cte, params=params)
        if d["html"]:
            m.add_alternative(d["html"], subtype="html", charset=cs, cte=cte)
    for a in d["atts"]:
        _add(m, a)
    _bounds(m, d["n"], [0])
    return m.as_bytes(policy=SMTP)

def write_all(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for d in sorted(MAILS, key=lambda x: x["n"]):
        fn = f"d219-{d['n']:04d}.eml"
        with open(os.path.join(outdir, "mails", fn), "wb") as f:
            f.write(build(d))
        rows.append(f"{fn}\t{d['label']}\t{d['lang']}\t{d['kind']}\t{d['reason']}")
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")

# ---------------------------------------------------------------- MAILS
M(1, "STRICTLY_CONFIDENTIAL", "de", "internal", "team lead briefs team on named PKV insured: lumbar disc surgery M51.1, follow-up rehab cost approval",
  A("kw"), "Team Leistung Kranken <team-leistung-kv@lindenhof-vers.example>", "Fall Albers – Reha nach Bandscheiben-OP, bitte Vorgehen beachten", "2026-02-03 08:41",
f"""Hallo zusammen,

kurz zum Fall Jürgen Albers (KV-Nr. 4471-208833-01), damit nicht wieder drei Leute parallel telefonieren:

- Bandscheibenvorfall L4/L5 (M51.1), operiert am 12.01.2026 im St.-Agnes-Klinikum
- Anschlussheilbehandlung beantragt, Klinik Bad Wildstein, 21 Tage
- Tarif VK-Komfort deckt AHB, Frau Dr. Sommerfeld hat die Kostenzusage gestern freigegeben

Herr Albers ruft täglich an und ist ziemlich aufgebracht, weil die Klinik ohne schriftliche Zusage nicht aufnimmt. Die Zusage geht heute per Portal raus. Wer ihn am Telefon hat: bitte freundlich bleiben und auf das Portal verweisen, keine Diagnosen am Telefon wiederholen, er ist sehr empfindlich, wenn seine Frau mithört.

Zuständig ab sofort: Nina (Vertretung: ich).

Danke!
{S("kw")}""")

M(2, "NORMAL", "de", "internal", "trap: holiday planning of the claims team with colleagues' names and dates, 'Arztrechnungen' backlog as counts only",
  A("kw"), "Team Leistung Kranken <team-leistung-kv@lindenhof-vers.example>", "Urlaubsplanung Sommer – bitte bis 20.02. eintragen", "2026-02-05 14:02",
f"""Hallo ihr Lieben,

die Urlaubsplanung für Juni bis September liegt jetzt in der Teamablage (Planung > Urlaub_2026.xlsx). Bitte bis 20.02. eintragen.

Spielregeln wie letztes Jahr:
* max. 3 Personen gleichzeitig weg
* in den NRW-Sommerferien Vorrang für Kolleg:innen mit Schulkindern
* Nina und Vanessa bitte nicht gleichzeitig (Posteingang Arztrechnungen)

Zur Einordnung: wir haben aktuell ca. 4.300 unbearbeitete Arztrechnungen und 610 Krankenhausrechnungen im Rückstau, Ziel bis Juni < 1.500. Deshalb keine Brückentage im Mai über 2 Personen hinaus, sorry.

LG Katrin""")

M(3, "CONFIDENTIAL", "de", "insurer-to-customer", "motor claim of named customer: claim number, plates of both cars, nobody hurt",
  A("tb"), "Sven Ehlert <sven.ehlert@webpost.example>", "Ihr Kfz-Haftpflichtschaden KS-2026-0113874", "2026-01-19 10:15",
f"""Sehr geehrter Herr Ehlert,

vielen Dank für Ihre Schadenmeldung vom 16.01.2026. Wir haben den Schaden unter der Nummer KS-2026-0113874 angelegt.

Nach Ihrer Schilderung sind Sie beim Ausparken auf dem Parkplatz des Baumarkts in Hürth mit Ihrem Fahrzeug (K-SE 4412) gegen den geparkten VW Golf mit dem Kennzeichen BM-AL 207 gestoßen. Verletzt wurde niemand.

Wir regulieren den Schaden direkt mit der Halterin des Golf. Ihr Schadenfreiheitsrabatt wird zum 01.01.2027 zurückgestuft, sofern Sie den Schaden nicht innerhalb von sechs Monaten selbst erstatten. Den Rückkaufbetrag teilen wir Ihnen nach Abschluss mit.

Ihr Vertrag: Kfz-Haftpflicht/Vollkasko, Versicherungsschein-Nr. KF 77 310 452.

{S("tb")}{FOOT_DE}""")

M(4, "NORMAL", "en", "internal", "trap: backlog planning meeting with aggregate claim counts by ICD chapter, no persons; ICS invite",
  A("ss"), "Health Claims Leads <leads-health@lindenhof-vers.example>", "Planning: Q2 backlog reduction – invite", "2026-03-02 16:20",
f"""Hi all,

invite attached for Thursday. Agenda:

1. Backlog per queue (outpatient 4,312 / inpatient 611 / dental 1,208)
2. Which ICD chapters drive the manual reviews – from the last quarter: chapter M (musculoskeletal) 28 %, F (mental) 14 %, C (neoplasms) 9 %. Rest spread.
3. Temp staff from Randstaff: 4 people from April, who trains them?
4. Auto-approval threshold: raise from EUR 250 to 400 for pharmacy receipts?

Please bring your team numbers, no case lists.

Sabine
{S("ss")}""",
  atts=[att("invite.ics", ics("q2backlog-20260305@lindenhof-vers.example", "20260305T100000", "20260305T113000", "Q2 backlog reduction health claims", "Agenda see mail. Room 4.12 / Teams.", "Raum 4.12", f"sabine.sommerfeld@{DOM}"))])

M(5, "STRICTLY_CONFIDENTIAL", "de", "internal", "manager tells HR an employee's sick leave is due to depression and a planned clinic stay (employee health data)",
  A("cv"), A("an"), "AW: Langzeiterkrankung Marco Heise – BEM", "2026-02-10 17:55",
f"""Hallo Anja,

danke für den Rückruf. Wie besprochen, zur Vorbereitung des BEM-Gesprächs:

Marco hat mir heute im Vertrauen gesagt, dass er wegen einer mittelgradigen depressiven Episode krankgeschrieben ist und ab März für ca. 6 Wochen in eine psychosomatische Klinik geht. Er möchte nicht, dass das im Team bekannt wird. Im Team sage ich nur "längere Abwesenheit".

Für die Vertretung im Schaden Komposit plane ich Herrn Brandt ein (ab 16.02.), ggf. brauchen wir eine Befristung.

Bitte behandle das streng vertraulich, auch gegenüber dem Betriebsrat nur mit seinem Einverständnis.

Gruß
Christoph

{S("cv")}

-----Ursprüngliche Nachricht-----
Von: Anja Neumeister
Gesendet: Dienstag, 10. Februar 2026 11:30
An: Christoph Vogt
Betreff: Langzeiterkrankung Marco Heise – BEM

Hallo Christoph,
Herr Heise ist jetzt über 6 Wochen AU. Wir müssen ihm ein BEM anbieten. Hast du diese Woche Zeit für eine kurze Abstimmung?
Anja""")

I_BRK6 = iban("DE", "37040044" + "0614730025")
M(6, "CONFIDENTIAL", "en", "insurer-to-broker", "commercial property of a sole trader: named owner, policy number and his IBAN for refund",
  A("hb"), "Oliver Frings <o.frings@frings-makler.example>", "RE: Refund Bäckerei Kellner – policy GW-5532019", "2026-01-22 11:07",
f"""Hi Oliver,

the refund for your client Stefan Kellner (sole trader, Bäckerei Kellner, Aachener Str. 118, Köln) is approved: EUR 842.60 for the overpaid premium of his business contents policy GW-5532019 after the bakery oven was removed from the schedule.

We will pay to the account he gave us:
Account holder: Stefan Kellner
IBAN: {grp(I_BRK6)}

If that account is outdated please tell me before Friday.

Cheers
Henrik

{S("hb")}

> From: Oliver Frings
> Sent: 21 January 2026 15:40
> Subject: Refund Bäckerei Kellner
>
> Hi Henrik, any news on the refund for Kellner? He keeps asking.
> Oliver""")

M(7, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "BU claim: body harmless, PDF attachment lists the insured's diagnoses and treating doctors",
  A("lr"), "Andrea Pohl <andrea.pohl@mailbox-rhein.example>", "Ihre Leistungsprüfung – Unterlagen", "2026-02-12 09:30",
f"""Sehr geehrte Frau Pohl,

anbei erhalten Sie unsere Zusammenfassung der bisher eingereichten Unterlagen. Bitte prüfen Sie, ob die Angaben vollständig sind, und senden Sie uns fehlende Berichte über das Kundenportal.

Mit freundlichen Grüßen
{S("lr")}{FOOT_DE}""",
  atts=[att("Leistungspruefung_BU_Pohl.pdf", pdf([
      "Lindenhof Versicherung AG - Leistungsprüfung Berufsunfähigkeit",
      "Versicherte Person: Andrea Pohl, geb. 03.08.1979",
      "Vertrag: BU 3.112.874-0   Leistungsfall: L-BU-2026-0042",
      "",
      "Eingereichte Unterlagen:",
      "1. Attest Dr. med. Kerstin Lauber (Rheumatologie) vom 08.01.2026:",
      "   rheumatoide Arthritis, seropositiv (M05.80), Funktionseinschränkung beider Hände",
      "2. Entlassbericht Rheumaklinik Bad Aibling, stationär 10.11.-01.12.2025",
      "3. Medikation: Methotrexat 15 mg/Woche, Adalimumab 40 mg alle 14 Tage",
      "",
      "Fehlend: Tätigkeitsbeschreibung (Friseurmeisterin), Bericht Hausärztin",
  ], title="Leistungspruefung BU"))])

M(8, "NORMAL", "de", "internal", "trap: out-of-office reply from the accident/disability claims desk, no case data",
  A("lr"), A("tb"), "Abwesend: Rückfrage Schaden Unfallversicherung", "2026-03-09 07:02",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 13.03.2026 nicht im Büro. In dringenden Fällen aus der Unfall- und BU-Leistung wenden Sie sich bitte an unser Teampostfach leistung-unfall@lindenhof-vers.example oder Tel. 0221 5550-2800.

Lena Roth""", extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

M(9, "CONFIDENTIAL", "de", "internal", "internal case discussion: named household-burglary claimant, address, claim number and stolen items; no health",
  A("cv"), "Julia Hartung <julia.hartung@lindenhof-vers.example>, Tobias Brandt <tobias.brandt@lindenhof-vers.example>", "Einbruch Hausrat Familie Yilmaz – Regulierung", "2026-01-27 13:12",
f"""Julia, Tobias,

zum Einbruch bei Familie Yilmaz (Emine und Hakan Yilmaz, Ehrenfeldgürtel 91, 50823 Köln), Schaden HR-26-004417, Hausratvertrag HR 0098 123 55:

Die Liste umfasst Schmuck für 18.400 €, zwei Laptops und eine Uhr. Versicherungssumme 65.000 €, Wertsachengrenze 20 %. Der Polizeibericht (Tagebuch-Nr. 260112-0841) liegt vor.

Ich möchte keinen Gutachter schicken, die Belege sind schlüssig. Julia, bitte Kaufbelege für den Schmuck anfordern, Tobias hat Kapazität für die Auszahlung nächste Woche.

Christoph""")

M(10, "NORMAL", "en", "insurer-to-broker", "trap: HTML-only broker newsletter on a new dental tariff with example premiums, no persons",
  "Lindenhof Maklerservice <maklerservice@lindenhof-vers.example>", "undisclosed-recipients:;", "Broker News 02/2026: DentalPlus with orthodontics for adults", "2026-02-16 06:00",
"", html_only=True, html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Broker News</title></head><body style="font-family:Arial">
<h2>DentalPlus – now with orthodontics for adults</h2>
<p>Dear partners, from 1 April 2026 our supplementary dental tariff DentalPlus also covers orthodontic treatment for adults after accidents and in KIG 3-5 cases.</p>
<table border="1" cellpadding="4">
<tr><th>Age at entry</th><th>DentalPlus 80</th><th>DentalPlus 100</th></tr>
<tr><td>21-30</td><td>EUR 14.90</td><td>EUR 21.40</td></tr>
<tr><td>31-40</td><td>EUR 19.20</td><td>EUR 27.80</td></tr>
<tr><td>41-50</td><td>EUR 26.50</td><td>EUR 36.10</td></tr>
</table>
<p>No health questions up to EUR 1,000 annual benefit. Waiting period 8 months for implants and crowns.</p>
<p>Your Lindenhof broker team</p>
<p style="font-size:10px">You receive this mail as a registered partner. Unsubscribe: maklerservice@lindenhof-vers.example</p>
</body></html>""")
M(11, "STRICTLY_CONFIDENTIAL", "en", "internal", "harmless body 'please take over'; attached forwarded assistance mail: insured hospitalised in Malaga, fractured femur, surgery",
  A("ew"), "Travel Claims Team <travel-claims@lindenhof-vers.example>", "FW: Case EA-26-55102", "2026-03-14 19:48",
f"""Team,

I'm off from tomorrow, could someone please take over the case below? Guarantee of payment still open.

Thanks
Emily
{S("ew")}""",
  atts=[att(None, fwdmsg("EuroAssist Medical Desk <medical@euroassist.example>", f"travel-claims@{DOM}", "Case EA-26-55102 / your insured Mr Gerd Lamprecht", "2026-03-14 17:10",
"""Dear colleagues,

your insured Mr Gerd Lamprecht (DOB 11/05/1951, travel policy RK-8830417) was admitted on 13 March to Hospital Costa del Sol, Malaga, after a fall in his hotel. X-ray: proximal femur fracture right (S72.0). Surgery (hip hemiarthroplasty) planned for 15 March. Estimated costs EUR 14,500.

Please confirm guarantee of payment. Repatriation by air ambulance will probably be necessary after 7-10 days.

Best regards
Dr. Carmen Ruiz
EuroAssist Medical Desk"""))])

M(12, "NORMAL", "de", "internal", "trap: staffing note that a named colleague is absent until Friday, no reason given",
  A("fk"), "IT-Betrieb <it-betrieb@lindenhof-vers.example>", "Rufbereitschaft diese Woche", "2026-01-12 07:45",
"""Moin,

Jonas fällt bis Freitag aus. Rufbereitschaft übernimmt bis dahin Svenja, ab Samstag wie geplant Ahmet. Die Wartung des Mailgateways am Mittwochabend verschieben wir auf nächste Woche.

Florian""")

I13 = iban("DE", "50010517" + "5407324195")
M(13, "CONFIDENTIAL", "de", "insurer-to-customer", "household premium: named customer, policy number, SEPA mandate with IBAN; windows-1252",
  A("jh"), "Gisela Hartmann <g.hartmann@t-mail.example>", "Ihr SEPA-Lastschriftmandat zur Hausratversicherung", "2026-01-08 09:55",
f"""Sehr geehrte Frau Hartmann,

wir bestätigen die Änderung Ihrer Bankverbindung für die Hausratversicherung HR 0101 554 21.

Kontoinhaberin: Gisela Hartmann
IBAN: {I13}
Mandatsreferenz: LHV-HR-010155421-03
Gläubiger-ID: DE98ZZZ09999999999

Der nächste Jahresbeitrag von 186,40 € wird am 01.02.2026 eingezogen.

{S("jh")}{FOOT_DE}""", charset="windows-1252")

M(14, "STRICTLY_CONFIDENTIAL", "de", "internal", "short reply 'übernehme ich'; quoted history names customer's mother with Pflegegrad 3, dementia and care service",
  A("ug"), A("kw"), "AW: Rückruf Frau Brückner wg. Mutter", "2026-02-18 11:23",
f"""Ok, übernehme ich heute Nachmittag.

Ute

Von: Katrin Wessel
Gesendet: Mittwoch, 18. Februar 2026 10:58
An: Ute Grabowski
Betreff: Rückruf Frau Brückner wg. Mutter

Hallo Ute,
Frau Silke Brückner hat angerufen wegen ihrer Mutter Hildegard Brückner (PPV 2208-7741). Die Mutter hat seit dem Gutachten im Januar Pflegegrad 3 (Demenz, Alzheimer-Typ), der Pflegedienst Sonnenschein rechnet aber noch nach PG 2 ab. Sie ist Bevollmächtigte. Kannst du sie zurückrufen? 0171 5550 3390.
Danke, Katrin""")

M(15, "NORMAL", "en", "insurer-to-partner", "trap: reinsurer report of BU incidence by diagnosis group, aggregates only, XLSX",
  A("mo"), "Jens Aaberg <jens.aaberg@nordre.example>", "BU incidence 2025 by diagnosis group", "2026-02-25 15:30",
f"""Dear Jens,

as agreed in our treaty meeting, attached the 2025 BU incidence for the quota share portfolio, split by diagnosis group. Cells with fewer than 10 claims are merged into "other".

Headline: psychiatric disorders remain the largest group (34 %), followed by musculoskeletal (21 %) and cancer (16 %).

Best regards
Mehmet
{S("mo")}""",
  atts=[att("BU_incidence_2025.xlsx", xlsx([["Diagnosis group", "New claims 2025", "Share", "Incidence per mille"],
      ["Psychiatric (F)", 212, "34%", 1.41], ["Musculoskeletal (M)", 131, "21%", 0.87], ["Neoplasms (C/D)", 100, "16%", 0.66],
      ["Nervous system (G)", 56, "9%", 0.37], ["Cardiovascular (I)", 44, "7%", 0.29], ["Other", 81, "13%", 0.54]], title="BU incidence 2025", author="M. Oezdemir"))])

M(16, "CONFIDENTIAL", "en", "internal", "manager asks HR to process a named colleague's salary increase (income figures)",
  A("pl"), A("an"), "Salary review – Emily Walsh", "2026-03-20 12:10",
f"""Hi Anja,

following the annual review, I'd like to raise Emily Walsh's base salary from EUR 58,400 to EUR 62,000 gross per year from 1 April, plus the team lead allowance of EUR 250/month once she takes over the expat desk in July.

Budget is confirmed by Christoph. Could you prepare the letter?

Thanks
Peter
{S("pl")}""")

M(17, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "request to a named GP for a medical report on a named insured, with reference to consent",
  A("mo"), "Praxis Dr. med. Ralf Hoffmann <praxis@dr-hoffmann-bonn.example>", "Anforderung ärztlicher Bericht – Patientin Miriam Jansen, geb. 14.09.1988", "2026-01-29 10:40",
f"""Sehr geehrter Herr Dr. Hoffmann,

Frau Miriam Jansen, geb. 14.09.1988, wohnhaft Poppelsdorfer Allee 12, Bonn, hat bei uns eine Berufsunfähigkeitsversicherung beantragt. In den Gesundheitsangaben gibt sie eine Behandlung wegen Migräne (G43.1) und einer Schilddrüsenunterfunktion in Ihrer Praxis seit 2021 an.

Wir bitten Sie um einen kurzen Befundbericht zu Verlauf, Medikation und Arbeitsunfähigkeitszeiten der letzten fünf Jahre. Die Schweigepflichtentbindung der Patientin vom 20.01.2026 liegt bei. Für den Bericht vergüten wir 35 € nach GOÄ Nr. 75.

Mit freundlichen Grüßen
{S("mo")}{FOOT_DE}""",
  atts=[att("Schweigepflichtentbindung_Jansen.pdf", pdf(["Erklärung zur Entbindung von der Schweigepflicht", "Ich, Miriam Jansen, geb. 14.09.1988, entbinde Dr. med. Ralf Hoffmann, Bonn,",
      "gegenüber der Lindenhof Versicherung AG von der ärztlichen Schweigepflicht", "für die Prüfung meines Antrags auf BU-Versicherung (Antrag A-BU-2026-00871).", "Bonn, 20.01.2026   gez. M. Jansen"], title="Schweigepflichtentbindung"))])

M(18, "NORMAL", "de", "insurer-to-supplier", "trap: order for shredding of old medical claim files, no persons",
  A("nf"), "Auftragsannahme Aktenwolf <auftrag@aktenwolf.example>", "Auftrag: Vernichtung Altakten Leistung Kranken (Schutzklasse 3)", "2026-02-09 13:33",
"""Sehr geehrte Damen und Herren,

hiermit beauftragen wir gemäß Rahmenvertrag RV-2024-17 die Abholung und Vernichtung von

- 42 Sicherheitsbehältern (240 l) mit Leistungsakten Krankenversicherung, Aufbewahrungsfrist abgelaufen
- 6 Behältern Arztberichte/Gutachten aus der BU-Leistungsprüfung

Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399. Abholung bitte am 24.02. ab 8 Uhr, Laderampe Domstraße 40, Ansprechpartner Hausmeister Herr Koch.

Bitte Vernichtungsprotokoll an leistung-kv@lindenhof-vers.example.

Mit freundlichen Grüßen
Nina Fuchs
Teamassistenz Leistung
Lindenhof Versicherung AG""")

M(19, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses cover for named customer's unfair-dismissal suit, employer, claim number; no health",
  A("rk"), "Dennis Kowalski <dennis.kowalski@mailhub.example>", "Deckungszusage Arbeitsrechtsschutz – RS-26-010442", "2026-02-02 15:18",
f"""Sehr geehrter Herr Kowalski,

für Ihre Kündigungsschutzklage gegen die Spedition Brammer GmbH erteilen wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Köln (Schaden-Nr. RS-26-010442, Vertrag RS 5.550.187).

Ihr Monatsbruttogehalt von 3.450 € legen wir der Streitwertberechnung zugrunde (Vierteljahresgehalt 10.350 €). Die Selbstbeteiligung beträgt 150 €.

Ihr Anwalt, Herr RA Lutz Berendt, kann direkt mit uns abrechnen.

{S("rk")}{FOOT_DE}""")

M(20, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "expat health reimbursement listing doctors' invoices, physiotherapy and asthma medication of the addressee",
  A("ew"), "Aidan O'Reilly <aidan.oreilly@inbox.example>", "Your claim INT-2026-33817 – reimbursement", "2026-03-03 10:02",
f"""Dear Mr O'Reilly,

we have processed your claim INT-2026-33817 under your expat health policy EXP-449102:

- Dr. Fenwick, GP, 12 Feb 2026, consultation and spirometry: GBP 180.00 – reimbursed 100 %
- Salbutamol and budesonide/formoterol inhalers: GBP 46.20 – reimbursed 100 %
- 6 physiotherapy sessions (shoulder): GBP 390.00 – reimbursed 80 % (GBP 312.00)

Total reimbursed: GBP 538.20, paid to your account ending 4471.

Kind regards
{S("ew")}{FOOT_EN}""")

M(21, "NORMAL", "de", "internal", "trap: invitation to data-protection training on health data with ICS, no cases",
  A("ds"), "Alle Leistungsbereiche <alle-leistung@lindenhof-vers.example>", "Pflichtschulung: Umgang mit Gesundheitsdaten und § 203 StGB", "2026-01-14 09:00",
f"""Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung für alle, die mit Gesundheitsdaten arbeiten, findet am 04.02.2026 statt. Themen:

- Was sind Gesundheitsdaten nach Art. 9 DSGVO, was fällt unter § 203 StGB?
- Versand von Arztberichten und Diagnosen nur über das SecureMail-Portal
- Schweigepflichtentbindungen: wann genügt die Einwilligung im Antrag?
- Beispiele aus den Datenpannen 2025 (anonymisiert)

Termin im Anhang.

{S("ds")}""",
  atts=[att("Schulung_Gesundheitsdaten.ics", ics("ds-schulung-20260204@lindenhof-vers.example", "20260204T140000", "20260204T153000", "Pflichtschulung Gesundheitsdaten", "Teams-Link folgt", "Teams", f"dana.schuster@{DOM}"))])

M(22, "CONFIDENTIAL", "de", "internal", "harmless body; ZIP with weekly CSV of motor claims with claimant names, plates and claim numbers",
  A("tb"), A("cv"), "Wochenliste Kfz offen >30 Tage", "2026-02-06 16:40",
f"""Hallo Christoph,

wie jeden Freitag die Liste im Anhang.

{S("tb")}""",
  atts=[att("kfz_offen_KW06.zip", zipf([("kfz_offen_KW06.csv", "Schaden-Nr;Versicherungsnehmer;Kennzeichen;Schadentag;Reserve EUR;Status\r\nKS-2025-0998120;Bernd Kuhlmann;K-BK 1188;14.12.2025;4200;Gutachten fehlt\r\nKS-2026-0100433;Larissa Stoll;LEV-LS 77;03.01.2026;1850;Regress prüfen\r\nKS-2026-0104871;Hans-Peter Wirtz;SU-HW 902;05.01.2026;12900;Totalschaden\r\n".encode("cp1252")),
                                       ("liesmich.txt", b"Export aus KS-Schaden, Filter: offen > 30 Tage, Team 3.\r\n")]))])

M(23, "STRICTLY_CONFIDENTIAL", "de", "internal", "escalation to department head: accident insurance disability degree of named insured after amputation",
  A("lr"), A("ss"), "Eskalation Unfall UV-771203 – Invaliditätsgrad strittig", "2026-02-24 14:05",
f"""Hallo Sabine,

ich brauche deine Entscheidung im Fall Thomas Reinartz (UV-771203, Unfall vom 02.08.2025, Kreissäge). Verlust des Zeigefingers und Mittelfingers der rechten Hand, Gutachter Prof. Dr. Kessler setzt nach Gliedertaxe 2 × 1/10 Handwert an, der Anwalt von Herrn Reinartz will 35 % wegen zusätzlicher Nervenschädigung und Phantomschmerz.

Progression 225 %, Grundsumme 150.000 €. Differenz ca. 40.000 €.

Mein Vorschlag: Zweitgutachten Neurologie. Ok?

Lena
{S("lr")}""")

M(24, "NORMAL", "en", "internal", "trap: team offsite planning with dietary needs as counts only",
  A("pl"), "International Team <intl-team@lindenhof-vers.example>", "Team day 24 April – planning", "2026-03-11 09:14",
"""Hi everyone,

our team day is fixed: Friday 24 April, Rheinterrassen, 10:00-17:00. Morning: strategy for the expat portfolio 2027, afternoon: boat trip.

Catering knows we need 3 vegetarian, 1 vegan and 1 gluten-free meal – thanks for telling me directly. If anything changes just ping me.

Please block the day.
Peter""")

M(25, "CONFIDENTIAL", "en", "insurer-to-customer", "travel cancellation for job loss: named customer, booking and policy numbers, no health",
  A("ew"), "Laura Bennett <laura.bennett@postbox.example>", "Your cancellation claim RR-26-00919", "2026-01-30 13:45",
f"""Dear Ms Bennett,

thank you for sending the termination letter from your employer. Unexpected loss of employment is an insured event under your travel cancellation policy RRV-2025-774013.

We will reimburse the cancellation fee of EUR 1,236.00 (80 % of the package price, booking no. TUX-4481207, Crete, 2-16 May 2026) minus the excess of EUR 100. Payment will be made within five working days.

Kind regards
{S("ew")}{FOOT_EN}""")

M(26, "STRICTLY_CONFIDENTIAL", "de", "internal", "life insurance death claim of named insured with beneficiaries discussed internally (life line)",
  A("ss"), "Lena Roth <lena.roth@lindenhof-vers.example>, Nina Fuchs <nina.fuchs@lindenhof-vers.example>", "Todesfall LV 6.203.118 – Bezugsberechtigung", "2026-03-05 10:27",
f"""Hallo Lena, hallo Nina,

zur Risikolebensversicherung LV 6.203.118 von Herrn Wolfgang Esser (verstorben 22.02.2026): Die Sterbeurkunde liegt vor, Todesursache laut Totenschein "ungeklärt", die Staatsanwaltschaft hat freigegeben.

Bezugsberechtigt ist laut Antrag von 2011 "die Ehefrau", Herr Esser ist aber seit 2019 geschieden und hat 2023 wieder geheiratet. Wir zahlen nicht, bis die Rechtsabteilung geklärt hat, welche Ehefrau gemeint ist. Versicherungssumme 250.000 €.

Bitte keine Auskunft an die beiden Damen, bis ich mich melde.

Sabine""")

M(27, "NORMAL", "de", "insurer-to-press", "trap: press release with care statistics and quotes, no individuals",
  A("ms"), "Redaktion Wirtschaft <wirtschaft@rheinpost.example>", "Pressemitteilung: Lindenhof Pflegereport 2026", "2026-03-17 10:00",
f"""Sehr geehrte Damen und Herren,

anbei unsere Pressemitteilung mit Sperrfrist 18.03.2026, 00:00 Uhr.

Lindenhof Pflegereport 2026: Eigenanteil im Pflegeheim steigt auf durchschnittlich 3.108 Euro

Köln. Pflegebedürftige in NRW zahlen im ersten Jahr im Heim im Schnitt 3.108 Euro monatlich aus eigener Tasche. Das zeigt der Pflegereport der Lindenhof Versicherung, für den 2.000 Haushalte befragt wurden. 41 % der Befragten wissen nicht, welcher Pflegegrad welche Leistungen auslöst. Demenz ist mit 38 % der häufigste Grund für Pflegebedürftigkeit in der Befragung.

"Eine private Pflegezusatzversicherung schließt die Lücke, wenn man früh abschließt", sagt Vorstand Birte Langen.

{S("ms")}""")

M(28, "STRICTLY_CONFIDENTIAL", "de", "customer", "forwarded customer mail (typos) about her son's ADHD medication and therapy bills",
  A("ug"), A("kw"), "WG: Rechnungen Luca", "2026-02-20 15:31",
f"""Katrin, kannst du dir das bitte ansehen? Ich glaube, die Ablehnung der Ergotherapie war falsch, Tarif KJ-Plus hat Heilmittel drin.

Ute

---------- Weitergeleitete Nachricht ----------
Von: Sandra Mertens <sandra.mertens@famposteo.example>
Datum: Fr., 20. Feb. 2026 um 14:02
Betreff: Rechnungen Luca
An: service-kv@lindenhof-vers.example

Halo,

ich schicke jetzt zum dritten mal die rechnungen für meinen sohn Luca Mertens (versichert bei ihnen, nr 3302-5581-02). Er hat ADHS und bekommt Medikinet 20mg und geht seit Oktober zur Ergotherapie, das wurde abgelehnt und ich versteh nicht warum?? Der Kinderpsychiater Dr Albrecht hat das verordnet.

Bitte rufen sie mich an 0157 5550 2211
Sandra Mertens""")

M(29, "CONFIDENTIAL", "de", "insurer-to-broker", "broker gets status of a named customer's building water damage with claim number and address",
  A("jh"), "Ralf Meyer <r.meyer@meyer-partner-makler.example>", "AW: Leitungswasser Familie Schröder, Bergisch Gladbach", "2026-02-11 12:20",
f"""Hallo Herr Meyer,

zum Leitungswasserschaden Ihrer Kunden Petra und Uwe Schröder, Am Hang 7, 51429 Bergisch Gladbach (Schaden WG-26-002271, Wohngebäude WG 3.778.021):

Der Trocknungsbetrieb ist seit 05.02. vor Ort, das Leck im Bad OG ist behoben. Die Rechnung des Installateurs (2.380 €) ist angewiesen. Für die Trocknung und den Estrich warten wir auf den Kostenvoranschlag.

{S("jh")}

> Hallo Frau Hartung, wie ist der Stand bei Schröder? Die Kunden sind genervt. Gruß Meyer""")

M(30, "NORMAL", "en", "internal", "trap: IT ticket on delayed portal notifications for health claims, no persons",
  A("fk"), "Service Desk <servicedesk@lindenhof-vers.example>", "INC-2026-08812: portal notification mails for health claims delayed", "2026-01-21 08:05",
f"""Ticket INC-2026-08812 - priority 2

Since the gateway update last night, notification mails ("You have a new secure message") for the health claims mailbox are queued for up to 45 minutes. Outgoing letters with medical reports are deposited in the portal correctly, only the notification is late. No content is affected.

Workaround: none needed. Root cause: DNS timeout on the second relay. Fix scheduled 12:00.

{S("fk")}""", charset="us-ascii")
M(31, "NORMAL", "en", "internal", "trap: manager's weekly team update with KPIs, sick-leave rate as percentage, no persons",
  A("pl"), "International Team <intl-team@lindenhof-vers.example>", "Weekly update KW 10", "2026-03-06 17:02",
"""Hi all,

quick wrap-up of the week:
- 312 expat claims closed (target 280), average turnaround 6.1 days
- 4 medical evacuations handled with EuroAssist, all went smoothly
- sick-leave rate in the team 3.8 % – flu season is fading, good
- the new cashless hospital network in Dubai goes live on 1 April

Next week: audit prep with Internal Audit on Tuesday. Have a good weekend!
Peter""")

M(32, "CONFIDENTIAL", "en", "internal", "internal handover of a named client's yacht hull claim with policy number and his home address",
  A("cv"), A("pl"), "Handover: yacht claim Dr. Marquardt", "2026-03-12 08:50",
f"""Peter,

as discussed, your team takes over marine claims for non-German waters. First case: Dr. Frank Marquardt, Lindenallee 3, 40474 Düsseldorf, yacht "Seeschwalbe" (policy YK-20-8812), grounding near Split on 28 Feb, hull damage est. EUR 38,000. Nobody was injured. The Croatian surveyor's report is in the file.

He's a long-standing VIP client (also fleet and home), please handle personally.

Christoph""")

M(33, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital", "guarantee of payment to a hospital naming the insured and the planned cardiac procedure",
  A("ew"), "Admissions <admissions@stmary-hospital-dubai.example>", "Guarantee of payment – Ms Priya Raman, policy EXP-551930", "2026-02-27 07:40",
f"""Dear Admissions team,

we confirm cover for our insured Ms Priya Raman, born 22 June 1984, expat health policy EXP-551930, for the planned elective coronary angiography with possible stent implantation (admission 2 March 2026, estimated 2 nights).

Guarantee of payment up to AED 48,000. Please send the final invoice with ICD-10 and CPT codes to expat-claims@lindenhof-vers.example.

{S("ew")}{FOOT_EN}""")

M(34, "NORMAL", "de", "internal", "trap: agenda for team meeting on rejections; templates with placeholders, no cases",
  A("kw"), "Team Leistung Kranken <team-leistung-kv@lindenhof-vers.example>", "Teamrunde Donnerstag – neue Ablehnungsbausteine", "2026-01-20 12:12",
"""Hallo zusammen,

Donnerstag 9:30 Teamrunde, Raum 3.08. Themen:

1. Neue Textbausteine für Ablehnungen (Heilpraktiker, Brillen, Zahnreinigung). Beispiel: "Sehr geehrte/r «Anrede» «Name», die Rechnung von «Leistungserbringer» vom «Datum» können wir leider nicht erstatten, weil ..."
2. Wer prüft künftig die GOÄ-Steigerungsfaktoren über 3,5?
3. Kuchenplan März

Katrin""")

M(35, "CONFIDENTIAL", "de", "insurer-to-customer", "dog liability claim: named owner, policy, third-party dog vet costs (animal health), no human injury",
  A("jh"), "Michael Bauer <m.bauer@familie-bauer.example>", "Hundehalterhaftpflicht – Schaden HH-26-000812", "2026-01-26 14:44",
f"""Sehr geehrter Herr Bauer,

Ihr Hund "Balu" hat am 17.01.2026 im Stadtwald den Hund von Frau Ilse Kranz gebissen. Die Tierarztrechnung der Tierklinik Müngersdorf (Wundversorgung, Naht, Antibiose) über 684,32 € übernehmen wir aus Ihrer Hundehalterhaftpflicht HH 4.001.287 und zahlen direkt an Frau Kranz.

Personen kamen nicht zu Schaden.

{S("jh")}{FOOT_DE}""")

M(36, "STRICTLY_CONFIDENTIAL", "de", "internal", "HTML-only internal mail with table of named daily-sickness-allowance cases, diagnoses and durations",
  A("kw"), A("ss"), "KT-Fälle > 6 Monate – Übersicht für Donnerstag", "2026-03-18 18:03",
"", html_only=True, html="""<html><body style="font-family:Calibri,sans-serif">
<p>Hallo Sabine,</p>
<p>hier die Krankentagegeld-Fälle mit Bezug über 6 Monate, für unseren Termin:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>VN</th><th>Vertrag</th><th>AU seit</th><th>Diagnose</th><th>Tagessatz</th></tr>
<tr><td>Kathrin Weyer</td><td>KT 2210-4471</td><td>04.08.2025</td><td>F33.2 rezid. Depression</td><td>120 &euro;</td></tr>
<tr><td>Ralf Nowak</td><td>KT 2210-8890</td><td>19.07.2025</td><td>C18.7 Kolonkarzinom</td><td>90 &euro;</td></tr>
<tr><td>Serkan Aydin</td><td>KT 2211-0032</td><td>01.09.2025</td><td>M54.4 Lumboischialgie</td><td>75 &euro;</td></tr>
</table>
<p>Bei Weyer und Aydin schlage ich eine Nachuntersuchung vor.</p>
<p>Katrin</p></body></html>""")

M(37, "NORMAL", "en", "insurer-to-supplier", "trap: order of first-aid kits and AED pads for the office, no persons",
  A("nf"), "Orders <orders@medisupply-west.example>", "Order: first-aid kits and AED electrode pads", "2026-02-04 10:10",
"""Hello,

please deliver under framework order FO-2025-118:

- 12 x first-aid kit DIN 13157, item 40-1157
- 4 x AED electrode pads adult (Philips HeartStart compatible), item 77-2040
- 2 x burn dressing set, item 40-2210

Delivery address: Lindenhof Versicherung AG, Facility Management, Domstraße 40, 50668 Köln. Invoice to accounting@lindenhof-vers.example, PO 4500228817.

Thanks
Nina Fuchs
Team assistant claims, Lindenhof Versicherung AG""")

M(38, "CONFIDENTIAL", "de", "internal", "manager asks HR about named colleague's part-time request and resulting salary (income)",
  A("kw"), A("an"), "Teilzeitantrag Vanessa Lorenz", "2026-02-13 09:21",
f"""Hallo Anja,

Vanessa Lorenz möchte ab 01.05. auf 30 Stunden reduzieren (Elternzeit endet). Fachlich passt das. Kannst du mir sagen, was das für ihr Gehalt heißt? Sie liegt derzeit bei 4.120 € brutto (TG 6, 39 h). Sie hat gefragt, ob die Zulage für die Posteingangsverantwortung bleibt.

Danke
Katrin""")

M(39, "STRICTLY_CONFIDENTIAL", "en", "lawyer", "forwarded lawyer letter: personal injury claim of a pedestrian, injuries described, against motor policy",
  A("tb"), A("cv"), "FW: Claim of Ms Hannah Greaves – injuries", "2026-03-10 11:38",
f"""Christoph, this one needs a personal-injury reserve. Can you sign off EUR 60k?
Tobias

-------- Forwarded Message --------
From: Thomas Clarke <t.clarke@clarke-solicitors.example>
Date: 9 March 2026
To: claims@lindenhof-vers.example
Subject: Claim of Ms Hannah Greaves – your ref. KS-2026-0121998

Dear Sirs,

we act for Ms Hannah Greaves, who was struck on 14 February 2026 on a pedestrian crossing in Bonn by the vehicle insured with you (BN-KL 3310). She suffered a tibial plateau fracture (S82.1), concussion and is still unable to work as a nurse. Surgery on 15 February; physiotherapy ongoing.

We claim damages for pain and suffering and loss of earnings (net EUR 2,870/month).

Yours faithfully
Thomas Clarke""")

M(40, "NORMAL", "de", "insurer-to-customer", "trap: prospect asked for care brochure, generic product info and premium examples, no contract/health data",
  A("ug"), "Helga Simons <helga.simons@rentner-post.example>", "Ihre Anfrage: Pflegezusatzversicherung", "2026-01-16 11:02",
f"""Sehr geehrte Frau Simons,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung. Gern beantworte ich Ihre Fragen allgemein:

- PflegeTagegeld Plus zahlt ab Pflegegrad 2 ein vereinbartes Tagegeld, bei Pflegegrad 5 zu 100 %.
- Bei Demenz gibt es keine Sonderwartezeit.
- Beispielbeitrag für ein Eintrittsalter von 60 Jahren und 30 € Tagegeld: 58,70 € im Monat.

Für ein persönliches Angebot brauchen wir einen Antrag mit Gesundheitsfragen; den kann Ihnen gern unsere Vertriebspartnerin vor Ort vorbeibringen.

{S("ug")}{FOOT_DE}""")

M(41, "STRICTLY_CONFIDENTIAL", "de", "internal", "team lead forwards complaint case: named customer, dental implant cost plan and periodontitis; XLSX of positions",
  A("kw"), A("nf"), "Beschwerde Zahnersatz Kubicki – bitte Aktenvermerk", "2026-02-26 13:50",
"""Nina, bitte Aktenvermerk anlegen und die Positionen aus dem HKP in die Tabelle übernehmen. Antwort an den Kunden mache ich.

Katrin""",
  atts=[att("HKP_Kubicki.xlsx", xlsx([["Versicherter", "Vertrag", "Zahn", "Befund", "GOZ", "Betrag EUR"],
      ["Marek Kubicki", "ZV 7781-2201", "36", "Implantat nach Extraktion, Parodontitis", "9010", 1248.5],
      ["Marek Kubicki", "ZV 7781-2201", "36", "Knochenaufbau", "9100", 612.0],
      ["Marek Kubicki", "ZV 7781-2201", "46", "Wurzelbehandlung, Krone", "2197", 880.3]], title="HKP Kubicki", author="K. Wessel"))])

M(42, "CONFIDENTIAL", "en", "insurer-to-company", "commercial D&O: named managing director as insured person, policy and claim letter; no health",
  A("cv"), "Dr. Ines Vollmer <ines.vollmer@kranbau-rhein.example>", "D&O policy DO-2024-0071 – notification of circumstances", "2026-02-19 16:22",
f"""Dear Dr. Vollmer,

we acknowledge the notification of circumstances concerning your former managing director Mr Bastian Pfeiffer, born 30.11.1972, under D&O policy DO-2024-0071 of Kranbau Rhein GmbH. The insolvency administrator's letter alleging late filing was received on 17 February.

Please send us the board minutes of Q3 2025. We reserve our position regarding the exclusion for intentional breach.

Kind regards
{S("cv")}{FOOT_EN}""")

M(43, "NORMAL", "de", "internal", "trap: anonymised case study for training (BU, 'Versicherte, 40') without identifying data",
  A("mo"), "Risikoprüfung Leben <risiko-leben@lindenhof-vers.example>", "Fallbeispiel für die Einarbeitung der Neuen", "2026-02-17 10:15",
"""Hallo zusammen,

für die Einarbeitung am Montag ein anonymisiertes Fallbeispiel, bitte vorbereiten:

Antragstellerin, ca. 40, Bürotätigkeit, BU-Rente 1.500 €. Angabe: Psychotherapie vor 4 Jahren, 25 Sitzungen, abgeschlossen, keine AU-Zeiten. Aktuell beschwerdefrei.

Fragen: Annahme normal, Ausschluss, Zuschlag oder Zurückstellung? Welche Unterlagen fordert ihr an? Begründung nach Handbuch Kap. 7.3.

Die Lösung bespreche ich im Termin.

Mehmet""")

M(44, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "accident insurance: hospital daily allowance paid for addressee's knee injury after ski accident",
  A("lr"), "Jonas Weber <jonas.weber@alpenmail.example>", "Your accident claim UF-26-003318", "2026-03-23 09:12",
f"""Dear Mr Weber,

thank you for the discharge letter from Klinikum Garmisch. For your ski accident on 7 February 2026 (cruciate ligament rupture, left knee, surgery on 9 February), we pay from your accident policy UV-558201:

- hospital daily allowance 5 days x EUR 50 = EUR 250
- convalescence allowance EUR 250

We will review a possible permanent impairment after 12 months.

Kind regards
{S("lr")}{FOOT_EN}""")

M(45, "NORMAL", "en", "insurer-to-partner", "trap: auditor request about claims process controls, generic, no cases",
  A("ss"), "Rachel Kim <rachel.kim@audit-partners.example>", "RE: Walkthrough health claims – dates", "2026-01-28 14:30",
f"""Dear Rachel,

for the walkthrough of the health claims process, 10 or 11 February both work. We will show the four-eyes control for payments above EUR 5,000 and the automated plausibility checks (GOÄ factors, duplicate invoices, diagnosis-tariff checks).

For the sample testing we will provide pseudonymised claim IDs only; access to the full files will be on site in our rooms.

Best regards
Sabine
{S("ss")}""")

M(46, "CONFIDENTIAL", "de", "insurer-to-customer", "motor total loss: named customer, VIN and plate, replacement value and bank details masked, nobody hurt",
  A("tb"), "Carina Hoffmann <carina.hoffmann@kabelmail.example>", "Totalschaden Ihres Fahrzeugs – Abrechnung KS-2026-0117702", "2026-02-16 11:48",
f"""Sehr geehrte Frau Hoffmann,

das Gutachten zu Ihrem Opel Corsa (K-CH 2211, FIN W0L0XEP68J4000123) bestätigt einen wirtschaftlichen Totalschaden nach dem Hagelschaden vom 02.02.2026.

Wiederbeschaffungswert 9.800 €, Restwert 1.650 €, abzüglich SB Teilkasko 150 € = Auszahlung 8.000 €.

Die Zahlung geht auf Ihr bekanntes Konto (IBAN endet auf 3301).

{S("tb")}{FOOT_DE}""")

M(47, "STRICTLY_CONFIDENTIAL", "de", "internal", "HR informs manager of an employee's severe disability status (GdB 50) for workplace planning",
  A("an"), A("jh"), "Arbeitsplatzanpassung Herr Kessler", "2026-03-04 15:02",
f"""Hallo Julia,

Herr Bernd Kessler aus deinem Team hat uns seinen Schwerbehindertenausweis (GdB 50, Sehbehinderung) vorgelegt. Er hat Anspruch auf Zusatzurlaub und wir prüfen mit dem Integrationsamt einen Bildschirmarbeitsplatz mit Vergrößerungssoftware.

Bitte plane ihn vorerst nicht für den Telefondienst ein, bis die Technik da ist. Die Schwerbehindertenvertretung ist informiert.

{S("an")}""")

M(48, "NORMAL", "de", "internal", "trap: planning mail about moving the health claims team to another floor, no data",
  A("ss"), "Leistung Personenversicherung <alle-leistung-pv@lindenhof-vers.example>", "Umzug in den 5. Stock am 27./28. März", "2026-03-13 11:40",
"""Liebe Kolleginnen und Kollegen,

der Umzug der Leistung Personenversicherung in den 5. Stock findet am 27./28. März statt. Bitte

- bis 26.03. alle Papierakten (Arztberichte, Gutachten) in die abschließbaren Umzugsboxen packen,
- Boxen mit Teamnamen beschriften, keine Kundennamen außen auf die Boxen!
- persönliche Sachen selbst mitnehmen.

Am 27. ab 14 Uhr sind die Telefone umgeleitet auf das Servicecenter.

Danke für eure Geduld
Sabine""")

M(49, "CONFIDENTIAL", "en", "broker", "forwarded broker mail: named customer's income and birth date for a liability/household offer",
  A("hb"), "Underwriting Property <uw-property@lindenhof-vers.example>", "FW: offer request Mr Kapoor", "2026-01-23 10:44",
"""Could you quote this please? Private liability + household, standard.
Henrik

---------- Forwarded message ---------
From: Oliver Frings <o.frings@frings-makler.example>
Date: Thu, 22 Jan 2026
Subject: offer request Mr Kapoor

Hi Henrik,
new client: Arjun Kapoor, born 1990-04-17, software engineer, gross income EUR 96,000 p.a., moving to Rheinauhafen 21, 50678 Köln on 1 March. Wants private liability with 10m cover and household 80 sqm, sum insured 70k. Bicycle theft incl. e-bike.
Thanks, Oliver""")

M(50, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "care insurance: care allowance decision for addressee's father, Pflegegrad 4, base64 body",
  A("ug"), "Martina Lehmann <martina.lehmann@heimnetz.example>", "Pflegegeld für Ihren Vater – Bescheid", "2026-02-23 10:05",
f"""Sehr geehrte Frau Lehmann,

nach dem Gutachten von Medicproof vom 12.02.2026 ist Ihr Vater, Herr Günter Lehmann (PPV 3390-1122), ab 01.02.2026 in Pflegegrad 4 eingestuft. Wesentliche Gründe laut Gutachten: Zustand nach Schlaganfall mit Halbseitenlähmung links, Schluckstörung.

Das Pflegegeld erhöht sich auf 800 € monatlich. Die Nachzahlung für Februar überweisen wir auf das Konto Ihres Vaters.

{S("ug")}{FOOT_DE}""", cte="base64")
M(51, "NORMAL", "en", "internal", "trap: short mobile reply agreeing to a meeting time about 'the oncology cases' without any case data",
  A("ss"), A("kw"), "Re: oncology cases – when?", "2026-03-19 07:12",
"""Tue 2pm works. Bring the numbers, not the files.

Sent from my phone""", flowed=True)

M(52, "CONFIDENTIAL", "de", "internal", "internal quote for named sole trader: birth date and turnover/income for commercial liability",
  A("hb"), "Underwriting Haftpflicht <uw-haftpflicht@lindenhof-vers.example>", "Bitte Angebot BHV Malerbetrieb Krüger", "2026-02-03 13:20",
"""Hallo zusammen,

bitte Angebot Betriebshaftpflicht für Einzelunternehmer Dirk Krüger, geb. 07.07.1975, Malermeister, Kalker Hauptstr. 210, Köln. Jahresumsatz 2025: 410.000 €, Gewinn lt. Steuerbescheid ca. 68.000 €, 3 Mitarbeiter. Vorversicherer hat wegen zwei Glasschäden gekündigt.

Danke, Henrik""")

M(53, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "underwriting decision on addressee's BU application: exclusion clause for back disorders, surcharge",
  A("mo"), "Miriam Jansen <miriam.jansen@rheinmail.example>", "Ihr Antrag auf Berufsunfähigkeitsversicherung A-BU-2026-00871", "2026-02-20 14:35",
f"""Sehr geehrte Frau Jansen,

vielen Dank für Ihre Geduld. Nach Auswertung des Befundberichts von Dr. Hoffmann können wir Ihren Antrag annehmen, allerdings mit folgender Einschränkung:

- Ausschluss von Berufsunfähigkeit infolge von Migräne und anderen primären Kopfschmerzerkrankungen
- kein Beitragszuschlag wegen der Schilddrüsenunterfunktion, da medikamentös gut eingestellt (L-Thyroxin 75 µg)

Bitte bestätigen Sie uns die Annahme des geänderten Angebots innerhalb von vier Wochen.

{S("mo")}{FOOT_DE}""")

M(54, "NORMAL", "de", "insurer-to-customer", "trap: portal notification mail without content (new message in secure mailbox)",
  "Lindenhof SecureMail <securemail@lindenhof-vers.example>", "Andrea Pohl <andrea.pohl@mailbox-rhein.example>", "Neue Nachricht in Ihrem Lindenhof-Postfach", "2026-02-12 09:31",
"""Guten Tag,

in Ihrem persönlichen Lindenhof SecureMail-Postfach liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://securemail.lindenhof-vers.example an, um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.""")

M(55, "STRICTLY_CONFIDENTIAL", "en", "internal", "manager asks colleague to cover; quoted history reveals colleague's pregnancy and maternity-leave start",
  A("pl"), A("ew"), "RE: Expat desk cover from June", "2026-03-16 13:00",
f"""Great, thanks Emily – then you lead the expat desk from 1 June and Marc supports you.

Peter

-----Original Message-----
From: Peter Lindqvist
Sent: Monday, 16 March 2026 09:10
To: Emily Walsh
Subject: Expat desk cover from June

Emily, confidential for now: Sophie Brenner told me she's pregnant (due end of July, some complications so her doctor wants her to stop working early – from 1 June). She doesn't want the team to know before April. Could you take over the expat desk during her maternity leave?
Peter""")

I56 = iban("DE", "37050198" + "1908234517")
M(56, "CONFIDENTIAL", "de", "insurer-to-customer", "liability claim payout to named injured third party: IBAN, policyholder named, smartphone damage only",
  A("jh"), "Selin Arslan <selin.arslan@studimail.example>", "Ihr Schaden an dem Smartphone – Zahlung", "2026-03-02 10:33",
f"""Sehr geehrte Frau Arslan,

unser Versicherungsnehmer Herr Timo Brück hat uns gemeldet, dass er am 19.02.2026 Ihr Smartphone (iPhone 14) heruntergestoßen hat. Aus seiner Privathaftpflicht (PH 2.119.304) erstatten wir den Zeitwert von 412,00 €.

Wir überweisen auf das von Ihnen angegebene Konto:
IBAN {I56}, Kontoinhaberin Selin Arslan

{S("jh")}{FOOT_DE}""")

M(57, "NORMAL", "en", "insurer-to-partner", "trap: reply to regulator survey on complaint numbers per line, aggregates only",
  A("ds"), "Consumer Protection Unit <complaints-survey@finanzaufsicht.example>", "Complaints statistics 2025 – Lindenhof Versicherung AG", "2026-01-30 16:00",
f"""Dear Sir or Madam,

in response to your survey of 5 January, our complaint figures for 2025:

health insurance 1,204 (of which 61 % benefit decisions), life/BU 388, motor 712, property 455, legal expenses 139. Average handling time 11.2 working days. No complaint required notification as a data breach.

Details are in the submitted form in your portal.

{S("ds")}""")

M(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service", "to a care service: cost approval for named insured's home care after hip surgery, care level",
  A("ug"), "Pflegedienst Sonnenschein <abrechnung@pflegedienst-sonnenschein.example>", "Kostenzusage Häusliche Pflege – Frau Ruth Abels", "2026-02-05 11:55",
f"""Sehr geehrte Damen und Herren,

für unsere Versicherte Frau Ruth Abels, geb. 02.03.1938, Venloer Str. 401, Köln (PPV 2208-5519, Pflegegrad 3), bestätigen wir die Übernahme der Pflegesachleistungen bis 1.497 € monatlich ab 01.02.2026.

Nach der Hüft-TEP-Operation im Januar ist zusätzlich Behandlungspflege (Wundversorgung, Thromboseprophylaxe-Injektionen) verordnet; diese rechnen Sie bitte mit der Krankenversicherung ab.

{S("ug")}{FOOT_DE}""")

M(59, "NORMAL", "de", "internal", "trap: birthday lunch invitation for a named colleague, no data",
  A("nf"), "Team Leistung Kranken <team-leistung-kv@lindenhof-vers.example>", "Geburtstag Ute – Mittagessen am Freitag", "2026-02-25 09:44",
"""Hallo zusammen,

Ute hat am Freitag Geburtstag (wie alt verraten wir nicht 😉). Wir gehen um 12:30 zusammen ins "Früh am Dom". Wer mitkommt, bitte bis Donnerstag bei mir melden. Sammelkarte liegt bei mir am Platz.

Nina""")

M(60, "CONFIDENTIAL", "en", "insurer-to-broker", "broker's firm commission statement listing named customers with policy numbers (non-personal lines)",
  A("hb"), "Ralf Meyer <r.meyer@meyer-partner-makler.example>", "Commission statement February 2026", "2026-03-03 08:30",
f"""Hi Mr Meyer,

attached the commission statement for February. Payment on 10 March to your firm's account.

Best
Henrik
{S("hb")}""",
  atts=[att("commission_2026-02.csv", ("Policy;Policyholder;Line;Premium EUR;Commission EUR\nKF 77 310 452;Sven Ehlert;Motor;1012.40;50.62\nWG 3.778.021;Petra Schröder;Buildings;1388.00;208.20\nPH 2.119.304;Timo Brück;Liability;79.90;19.98\nHR 0101 554 21;Gisela Hartmann;Household;186.40;37.28\n", "utf-8"))])

M(61, "STRICTLY_CONFIDENTIAL", "de", "internal", "internal case coordination: suspected fraud in named customer's health claims with psychotherapy invoices",
  A("kw"), "Sonderermittlung <sonderermittlung@lindenhof-vers.example>", "Verdachtsfall Rechnungen Praxis Dr. Lenz / VN Melanie Haas", "2026-03-09 16:15",
f"""Hallo Team SE,

bitte prüft folgenden Fall: Melanie Haas, KV 5520-1177-01, reicht seit 10/2025 wöchentlich Rechnungen für Psychotherapie (Verhaltenstherapie, Diagnose F43.1 PTBS) von "Praxis Dr. Lenz, Leverkusen" ein. Die Praxis ist im Arztregister nicht zu finden, die Rechnungen haben identische Layoutfehler wie im Fall von 2024.

Summe bisher 7.840 €. Ich habe die Erstattung gestoppt.

{S("kw")}""")

M(62, "NORMAL", "en", "internal", "trap: synthetic test data for the claims system with 'Max Mustermann (fictitious)' and published example IBAN",
  A("fk"), "Claims IT Test <claims-it-test@lindenhof-vers.example>", "Test cases for release 26.2", "2026-02-02 11:00",
f"""Hi,

for the regression tests of release 26.2 please use only the synthetic cases:

- Max Mustermann (fictitious), born 01.01.1970, policy TEST-000001, diagnosis J06.9 (test value)
- Erika Musterfrau (fictitious), IBAN DE02120300000000202051 (published test IBAN)

Never copy production data into the test environment.

{S("fk")}""")

M(63, "CONFIDENTIAL", "de", "insurer-to-authority", "answer to police: named policyholder of a stolen car, plate, VIN; no health",
  A("tb"), "Polizeipräsidium Köln KK 23 <kk23@polizei-koeln.example>", "Ihr Az. 260301-1144: Kfz-Diebstahl K-RT 880", "2026-03-05 14:00",
f"""Sehr geehrte Damen und Herren,

zu Ihrem Ersuchen vom 03.03.2026: Das Fahrzeug BMW X3, K-RT 880, FIN WBAXX110900A12345, ist bei uns kaskoversichert. Versicherungsnehmer ist Herr Rüdiger Thelen, Sürther Str. 66, 50999 Köln. Die Diebstahlanzeige ging bei uns am 02.03.2026 ein (Schaden KS-2026-0130567).

Zwei Schlüssel wurden uns übergeben.

{S("tb")}{FOOT_DE}""")

M(64, "STRICTLY_CONFIDENTIAL", "en", "internal", "group life/disability: HR list of employer's staff with salaries and one disability case, ODS",
  A("ak"), "Group Pensions Team <group-pensions@lindenhof-vers.example>", "Stahlbau Meurer – annual update group income protection", "2026-01-15 15:15",
"""Hi,

Meurer's HR sent the annual update. Note that Mr Kowalczyk is on claim (see column F), please don't remove him from the scheme.

Alex""",
  atts=[att("Meurer_GIP_2026.ods", ods([["Name", "Born", "Salary 2026 EUR", "Insured benefit EUR", "Start", "Status"],
      ["Agnieszka Wróbel", "1986-03-02", 52800, 31680, "2019-04-01", "active"],
      ["Tomasz Kowalczyk", "1971-11-19", 47200, 28320, "2015-01-01", "on claim since 09/2025 (stroke)"],
      ["Jan Meurer", "1980-06-30", 88000, 52800, "2012-01-01", "active"]], title="GIP Meurer 2026", author="HR Stahlbau Meurer"))])

M(65, "NORMAL", "de", "internal", "trap: reminder about clean-desk policy and portal use for medical reports, generic",
  A("ds"), "Alle Mitarbeitenden <alle@lindenhof-vers.example>", "Erinnerung: Clean Desk und Versand von Arztberichten", "2026-02-27 08:00",
"""Liebe Kolleginnen und Kollegen,

bei der Begehung letzte Woche lagen in zwei Bereichen Arztberichte und Gutachten offen auf Schreibtischen. Bitte:

- Unterlagen mit Gesundheitsdaten beim Verlassen des Platzes einschließen
- Diagnosen, Befunde und Rechnungen von Ärzten nur über SecureMail/Portal versenden, nie unverschlüsselt
- bei Fehlversand sofort datenschutz@lindenhof-vers.example informieren (72-Stunden-Frist!)

Danke!
Dana Schuster, Datenschutzbeauftragte""")

M(66, "CONFIDENTIAL", "en", "insurer-to-customer", "bicycle theft claim: named customer, e-bike frame number, policy, payout",
  A("jh"), "Tom Reinhardt <tom.reinhardt@velo-mail.example>", "Your e-bike theft claim HR-26-005530", "2026-03-12 15:20",
f"""Dear Mr Reinhardt,

your e-bike (Cube Kathmandu Hybrid, frame no. WCU2241087Q) stolen on 28 February at Köln Hbf is covered by your household policy HR 0113 220 09 with the bicycle clause. We pay the replacement value of EUR 2,790 minus the excess of EUR 150.

Kind regards
{S("jh")}{FOOT_EN}""")

M(67, "STRICTLY_CONFIDENTIAL", "de", "internal", "team lead notes in planning mail that a named colleague is absent due to cancer treatment (chemotherapy)",
  A("cv"), "Teamleitungen Komposit <tl-komposit@lindenhof-vers.example>", "Personalplanung Q2 Schaden Komposit", "2026-03-26 17:20",
"""Hallo zusammen,

für Q2 planen wir mit folgenden Kapazitäten:

- Team Kfz: voll besetzt, 2 Azubis ab April
- Team Sach: Birgit Lange fällt wegen ihrer Chemotherapie (Brustkrebs, hat sie selbst im Team erzählt) voraussichtlich bis Ende Juni aus, Vertretung durch Zeitarbeit
- Team Haftpflicht: eine Stelle unbesetzt

Bitte Überstundenkontingente bis 10.04. melden.

Christoph""")

M(68, "NORMAL", "en", "insurer-to-supplier", "trap: invoice query to IT supplier about licences for the 'medical report scanning' module",
  A("fk"), "Billing <billing@scanworks.example>", "Invoice SW-2026-0219 – licence count", "2026-02-19 09:18",
f"""Hello,

invoice SW-2026-0219 bills 120 licences for the module "Medical report OCR". We have 95 active users according to the admin console. Please correct the invoice; our PO 4500229911 covers 100 licences.

Regards
{S("fk")}""")

M(69, "CONFIDENTIAL", "de", "internal", "team lead forwards named customer's complaint about tenancy legal expenses case, claim number, rent amount",
  A("rk"), A("cv"), "WG: Beschwerde Herr Neubauer – Mietrechtsschutz", "2026-02-06 10:05",
"""Christoph, zur Info vor dem Gespräch mit dem Beschwerdemanagement. Ich halte unsere Ablehnung für richtig (Vorvertraglichkeit).
Robert

---------- Weitergeleitete Nachricht ----------
Von: Frank Neubauer <frank.neubauer@netcologne-post.example>
Datum: 05.02.2026
Betreff: Beschwerde RS-26-009901

Sehr geehrte Damen und Herren,
ich bin seit 2019 bei Ihnen rechtsschutzversichert (RS 5.409.772) und Sie lehnen meinen Streit mit dem Vermieter über die Mieterhöhung von 980 auf 1.130 € kalt ab?! Ich werde mich bei der Ombudsstelle beschweren.
F. Neubauer""")

M(70, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel health: repatriation of addressee's husband after stroke abroad, costs",
  A("ew"), "Maria Castellano <maria.castellano@correo-mail.example>", "Repatriation of your husband – update", "2026-03-16 08:55",
f"""Dear Mrs Castellano,

I'm glad to confirm that the air ambulance for your husband, Mr Luca Castellano, is scheduled for Wednesday 18 March from Palma to Cologne/Bonn. The treating neurologist at Son Espases has confirmed he is fit to fly after the ischaemic stroke; he will be admitted directly to Uniklinik Köln, stroke unit.

All costs (approx. EUR 22,000) are covered by your family travel health policy RKV-F-330981. You may travel with him.

{S("ew")}{FOOT_EN}""")
M(71, "NORMAL", "de", "internal", "trap: monthly KPI mail with disability claim counts and rejection quota, no persons",
  A("ss"), "Vorstandsbüro <vorstandsbuero@lindenhof-vers.example>", "Monatsbericht Leistung PV – Februar", "2026-03-04 12:00",
"""Guten Tag,

Kennzahlen Februar 2026:
- BU: 74 neue Leistungsanträge, 51 Entscheidungen, Anerkennungsquote 76 %
- Unfall: 402 Meldungen, 17 Invaliditätsfälle
- KV: 38.900 Belege, Dunkelverarbeitung 61 %
- Pflege: 88 Neuanträge, davon 31 % Demenz als Hauptursache

Beschwerdequote stabil bei 0,4 %.

Dr. Sabine Sommerfeld""")

M(72, "NORMAL", "en", "internal", "trap: cancelled meeting notice, 'case review' without content",
  A("mo"), "Underwriting Life Team <risiko-leben@lindenhof-vers.example>", "Cancelled: Case review Thursday", "2026-03-18 15:45",
"""Hi all, Thursday's case review is cancelled – half the team is at the reinsurer seminar. We'll pick up the open files next Tuesday, same time.
Mehmet""")

M(73, "CONFIDENTIAL", "de", "insurer-to-customer", "annual statement of household + liability with named customer, policy numbers, birth date",
  A("jh"), "Walter Brinkmann <w.brinkmann@senioren-post.example>", "Ihre Vertragsübersicht 2026", "2026-01-09 09:00",
f"""Sehr geehrter Herr Brinkmann,

wie gewünscht Ihre Vertragsübersicht:

Versicherungsnehmer: Walter Brinkmann, geb. 19.05.1946
- Privathaftpflicht PH 1.887.220, Beitrag 64,20 €/Jahr
- Hausrat HR 0087 331 10, Versicherungssumme 52.000 €, Beitrag 141,90 €/Jahr
- Wohngebäude WG 2.904.118, Neusser Landstr. 4, 50769 Köln, Beitrag 1.022,00 €/Jahr

{S("jh")}{FOOT_DE}""", charset="iso-8859-1")

M(74, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health: rejection of addressee's naturopath invoice for acupuncture, diagnosis named",
  A("kw"), "Beate Falk <beate.falk@gartenpost.example>", "Ihre Heilpraktikerrechnung vom 14.01.2026", "2026-02-04 13:22",
f"""Sehr geehrte Frau Falk,

die Rechnung Ihrer Heilpraktikerin Frau Jutta Brenner über 11 Akupunktursitzungen wegen chronischer Kopfschmerzen (Spannungskopfschmerz) haben wir geprüft. Ihr Tarif VK-Basis erstattet Heilpraktikerleistungen bis 500 € im Jahr; die Rechnung über 742 € erstatten wir deshalb in Höhe von 500 €.

{S("kw")}{FOOT_DE}""")

M(75, "NORMAL", "en", "newsletter", "trap: internal staff newsletter on health-management offers (flu vaccination days), no persons",
  "Lindenhof Intranet News <intranet@lindenhof-vers.example>", "All staff <alle@lindenhof-vers.example>", "Lindenhof Inside – March 2026", "2026-03-02 07:30",
"""Lindenhof Inside – March 2026

* Company doctor: flu and COVID vaccination days 10-12 March, book via the intranet.
* Back health: new ergonomic chairs on floors 3 and 4.
* Mental health first aiders: 12 colleagues trained; contact list on the intranet.
* Our health claims team reached 61 % straight-through processing.
* Canteen: new vegan line from April.

Your Internal Communications team""",
  html="""<html><body><h1>Lindenhof Inside – March 2026</h1><ul><li><b>Company doctor:</b> flu and COVID vaccination days 10-12 March.</li><li><b>Back health:</b> new ergonomic chairs on floors 3 and 4.</li><li><b>Mental health first aiders:</b> 12 colleagues trained.</li><li>Health claims: 61 % straight-through processing.</li><li>Canteen: new vegan line from April.</li></ul></body></html>""")

M(76, "STRICTLY_CONFIDENTIAL", "en", "internal", "harmless body 'docs for the panel'; DOCX attachment: named BU claimant's psychiatric report summary",
  A("lr"), A("ss"), "Docs for Thursday's panel", "2026-03-17 18:20",
"""Sabine, here the summary for Thursday. I'd recognise the claim from October.
Lena""",
  atts=[att("Panel_BU-2025-0318.docx", docx(["Claim panel – BU-2025-0318",
      "Insured: Kevin Albrecht, born 09/02/1985, teacher, BU policy 3.208.551-2",
      "Psychiatric expert opinion (Dr. Mareike Sturm, 02/2026): recurrent depressive disorder, current episode severe (F33.2), two inpatient stays 2025.",
      "Capacity as teacher below 50 % for at least 6 months: yes.",
      "Recommendation: accept from 01/10/2025, review in 18 months."], title="Panel BU-2025-0318", author="Lena Roth"))])

M(77, "CONFIDENTIAL", "en", "insurer-to-partner", "recourse letter to another insurer naming our policyholder and their insured driver, plates; property damage only",
  A("tb"), "Claims <claims@alpina-assurance.example>", "Recourse KS-2026-0109920 / your insured Mr Nils Baumgart", "2026-02-10 10:10",
f"""Dear colleagues,

we settled the damage to the car of our policyholder Ms Franziska Otte (K-FO 515) caused on 08 January 2026 by your insured Mr Nils Baumgart (vehicle D-NB 4021) in Düsseldorf. Repair costs EUR 4,730.18 and rental car EUR 412.00. No personal injuries.

Please reimburse EUR 5,142.18 within 30 days.

{S("tb")}{FOOT_EN}""")

M(78, "NORMAL", "de", "insurer-to-broker", "trap: broker asks which BU diagnoses lead to exclusions; generic underwriting guidance, no person",
  A("mo"), "Ralf Meyer <r.meyer@meyer-partner-makler.example>", "AW: Allgemeine Frage Voranfrage BU bei Rückenleiden", "2026-02-12 11:00",
f"""Hallo Herr Meyer,

allgemein gilt bei uns: Rückenbeschwerden ohne AU in den letzten 3 Jahren und ohne Bildgebung → meist normale Annahme. Bandscheibenvorfall (M51) innerhalb 5 Jahren → in der Regel Ausschluss Wirbelsäule. Psychotherapie abgeschlossen > 5 Jahre → normale Annahme möglich.

Für konkrete Kunden bitte anonymisierte Voranfrage über das Maklerportal, nicht per Mail.

{S("mo")}""")

M(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life insurance policy loan to named customer (life line), amounts and bank; no medical words",
  A("ak"), "Heinz Borchert <heinz.borchert@rheinland-mail.example>", "Policendarlehen zu Ihrer Lebensversicherung 6.118.402", "2026-01-22 09:40",
f"""Sehr geehrter Herr Borchert,

wir gewähren Ihnen wie beantragt ein Policendarlehen über 15.000 € auf Ihre Kapitallebensversicherung 6.118.402 (Rückkaufswert zum 01.01.2026: 38.240 €). Zins 4,1 % p.a.

Die Auszahlung erfolgt auf Ihr Konto {grp(iban("DE", "30050110" + "1005533712"))}.

{S("ak")}{FOOT_DE}""")

M(80, "NORMAL", "de", "internal", "trap: reply about desk sharing plan, names of colleagues and office days only",
  A("jh"), A("cv"), "AW: Desk-Sharing ab April", "2026-03-20 14:10",
"""Hallo Christoph,

unser Vorschlag für die Bürotage im Team Sach/Haftpflicht:
Mo/Mi: Julia, Bernd, Selma
Di/Do: Pia, Mustafa, Lars
Fr: frei wählbar

Damit reichen 4 Plätze. Ok so?

Julia

> Bitte bis Freitag eure Aufteilung schicken. Christoph""")

M(81, "CONFIDENTIAL", "en", "internal", "internal mail on named employee's garnishment order (wage attachment) with net salary",
  A("an"), "Payroll <payroll@lindenhof-vers.example>", "Garnishment order – staff no. 40218", "2026-02-18 10:30",
"""Hi payroll team,

we received a garnishment order (Pfändungs- und Überweisungsbeschluss) from Amtsgericht Köln against our employee Daniel Vukovic (staff no. 40218). His net salary is EUR 2,640; the attachable amount per the table is EUR 402.63. Please start deductions with the March payroll and pay to the creditor's lawyer.

Anja Neumeister, HR""")

M(82, "STRICTLY_CONFIDENTIAL", "de", "hospital", "forwarded hospital cost-coverage request for named insured: admission diagnosis, DRG",
  A("nf"), A("kw"), "WG: Kostenübernahmeantrag St.-Agnes-Klinikum", "2026-01-13 08:20",
"""Katrin, zur Freigabe (über 10.000 €).
Nina

-------- Weitergeleitete Nachricht --------
Betreff: Kostenübernahmeantrag
Datum: 12.01.2026 17:44
Von: Patientenaufnahme St.-Agnes-Klinikum <aufnahme@agnes-klinikum.example>
An: leistung-kv@lindenhof-vers.example

Sehr geehrte Damen und Herren,

für Ihren Versicherten Jürgen Albers, geb. 24.06.1966, KV-Nr. 4471-208833-01, beantragen wir Kostenübernahme für die stationäre Behandlung ab 12.01.2026.
Aufnahmediagnose: M51.1 Lumbale Bandscheibenschäden mit Radikulopathie
Geplanter Eingriff: OPS 5-831.2 (Exzision von Bandscheibengewebe), DRG I10E
Wahlleistungen: Einbettzimmer, Chefarztbehandlung

Mit freundlichen Grüßen
Patientenaufnahme""")

M(83, "NORMAL", "en", "insurer-to-press", "trap: press answer on cyber incident statistics, no persons",
  A("ms"), "Jonathan Pryce <j.pryce@insurance-weekly.example>", "RE: Your questions on cyber claims", "2026-02-24 16:40",
f"""Dear Mr Pryce,

answers to your questions:
1. We handled 214 cyber claims from SMEs in 2025, 58 % ransomware.
2. Average claim: EUR 41,000; largest claim EUR 1.9m (a logistics company, we can't name it).
3. We have not seen attacks on hospitals in our portfolio rise; we insure few hospitals.

Quotes may be attributed to Christoph Vogt, head of non-life claims.

{S("ms")}""")

M(84, "CONFIDENTIAL", "de", "insurer-to-customer", "travel baggage claim of named customer (lost suitcase), policy number and list of items, no health",
  A("ew"), "Jana Köster <jana.koester@urlaubsmail.example>", "Ihr Reisegepäckschaden RG-26-000377", "2026-03-27 11:11",
f"""Sehr geehrte Frau Köster,

für den Verlust Ihres Koffers auf dem Flug LH 1142 (Köln–Lissabon, 12.03.2026) erstatten wir aus Ihrer Reisegepäckversicherung RGV 220 115 den Zeitwert der aufgelisteten Gegenstände (Kleidung, Kulturbeutel, Kamera) in Höhe von 1.140 € abzüglich der Entschädigung der Airline von 600 €, also 540 €.

Beste Grüße
{S("ew")}{FOOT_DE}""")

M(85, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", "query to a dentist about named child's orthodontic treatment plan (KIG grade) for cost approval",
  A("kw"), "Dr. Yusuf Demir <praxis@kfo-demir.example>", "Orthodontic plan – Lea Winter, born 2014-08-12", "2026-02-09 12:30",
f"""Dear Dr. Demir,

regarding your orthodontic treatment plan for Lea Winter (born 2014-08-12, insured under her mother's policy KV 6610-3302-03): you state KIG grade D4 (increased overjet 7 mm). Our tariff covers KIG 3-5. Could you send the model analysis and the X-ray findings so we can confirm the estimated EUR 4,860 over 3.5 years?

{S("kw")}{FOOT_EN}""")

M(86, "NORMAL", "de", "internal", "trap: vacancy posting for claims handler health insurance (medical assistant preferred)",
  A("an"), "Alle Mitarbeitenden <alle@lindenhof-vers.example>", "Interne Stellenausschreibung: Sachbearbeitung Leistung Kranken (m/w/d)", "2026-01-26 10:00",
"""Interne Stellenausschreibung Nr. 2026-07

Sachbearbeiter:in Leistung Krankenversicherung, Vollzeit/Teilzeit, unbefristet

Ihre Aufgaben: Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ, Kostenzusagen, Kundengespräche.
Ihr Profil: Ausbildung als Medizinische/r Fachangestellte/r oder Kaufmann/-frau für Versicherungen, gute Kenntnisse medizinischer Terminologie.

Bewerbungen bis 15.02. an hr@lindenhof-vers.example.
Personalabteilung""")

M(87, "CONFIDENTIAL", "de", "internal", "manager-to-manager: named applicant's salary expectation and current salary for a hire",
  A("cv"), A("an"), "Bewerbung Lars Winkelmann – Gehalt", "2026-03-02 18:30",
"""Hallo Anja,

Herr Winkelmann war im Zweitgespräch sehr gut, ich möchte ihn für Team Haftpflicht. Er verdient aktuell 61.000 € bei der Konkurrenz und möchte 66.000 € plus Dienstwagen. Dienstwagen geht nicht, 64.000 € könnten wir hinbekommen?

Christoph""")

M(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health premium arrears for named customer (health line, no medical words)",
  A("ug"), "Dirk Sauer <dirk.sauer@kommunikation-sauer.example>", "Beitragsrückstand Ihrer Krankenversicherung KV 3308-9910", "2026-02-11 08:45",
f"""Sehr geehrter Herr Sauer,

für Ihre private Krankenversicherung KV 3308-9910 sind die Beiträge für Dezember 2025 bis Februar 2026 (3 × 612,40 € = 1.837,20 €) offen. Bitte begleichen Sie den Rückstand bis 28.02.2026, sonst müssen wir Ihren Vertrag nach § 193 Abs. 6 VVG in den Notlagentarif umstellen.

Wenn Sie in Zahlungsschwierigkeiten sind, rufen Sie mich gern an; wir finden eine Ratenlösung.

{S("ug")}{FOOT_DE}""")

M(89, "NORMAL", "en", "insurer-to-supplier", "trap: catering order for training day 'Medical terminology for claims handlers'",
  A("nf"), "Events <events@catering-rheinblick.example>", "Catering 12 March – training day", "2026-03-05 09:05",
"""Hello,

for our training day "Medical terminology for claims handlers" on 12 March (22 participants, room 2.01) we'd like:
- coffee/tea and pastries at 9:00
- lunch buffet at 12:30 (incl. 4 vegetarian portions)
- afternoon fruit plate

Cost centre 4120. Thank you!
Nina Fuchs""")

M(90, "CONFIDENTIAL", "en", "insurer-to-customer", "cargo/commercial: named contact person and sole trader's transport claim, invoice values",
  A("cv"), "Marco Ricci <marco.ricci@ricci-import.example>", "Cargo claim TR-26-0092 – wine shipment", "2026-02-25 13:20",
f"""Dear Mr Ricci,

regarding the broken wine shipment from Verona (CMR 0048871, 14 pallets, 36 cases damaged) under your open cargo policy TP-3310 for Ricci Import e.K. (sole proprietor): we accept the claim for EUR 6,480 (invoice value + 10 %) and will seek recourse from the carrier.

Kind regards
{S("cv")}{FOOT_EN}""")
M(91, "NORMAL", "de", "internal", "trap: short reply on scheduling 'Fallkonferenz' without any case data",
  A("lr"), A("ss"), "AW: Fallkonferenz BU", "2026-03-10 08:02",
"""Passt, 14 Uhr. Ich bringe die drei Akten mit, die wir letztes Mal vertagt haben.
Lena

-----Ursprüngliche Nachricht-----
Von: Sabine Sommerfeld
Betreff: Fallkonferenz BU
Können wir die Fallkonferenz auf Mittwoch 14 Uhr schieben? S.""")

M(92, "STRICTLY_CONFIDENTIAL", "en", "internal", "quoted history only: colleague's request for special leave mentions her husband's cancer diagnosis",
  A("an"), A("pl"), "RE: Special leave request", "2026-02-26 11:15",
"""Peter, approved from HR side, please confirm in the system.
Anja

> From: Peter Lindqvist
> Sent: 26 February 2026 10:02
> To: Anja Neumeister
> Subject: Special leave request
>
> Anja, Marc Delaney asked for 10 days of unpaid leave in March. His
> husband was diagnosed with pancreatic cancer and starts chemo on
> 9 March; Marc wants to be with him for the first cycle. I support it.
> Peter""")

M(93, "CONFIDENTIAL", "de", "insurer-to-lawyer", "to opposing lawyer: named policyholder, liability claim for slip on icy pavement, property damage only (coat)",
  A("jh"), "Kanzlei Roeder & Sahin <post@roeder-sahin.example>", "Ihr Zeichen 44/26 – Glätteunfall vor dem Haus Stammheimer Str. 18", "2026-02-13 15:05",
f"""Sehr geehrte Frau Rechtsanwältin Sahin,

wir sind Haftpflichtversicherer Ihrer Gegnerin, Frau Renate Klug (PH 2.003.119). Ihre Mandantin hat nach Ihrem Schreiben keine Verletzungen erlitten, sondern macht nur die Reinigung ihres Mantels und eine beschädigte Handtasche geltend (180 €). Wir zahlen ohne Anerkennung einer Rechtspflicht 180 €.

{S("jh")}{FOOT_DE}""")

M(94, "NORMAL", "en", "internal", "trap: DPIA minutes about the claims AI pilot mentioning diagnosis fields, no persons",
  A("ds"), "DPIA working group <dpia@lindenhof-vers.example>", "Minutes DPIA 'Claims triage model' – 3rd meeting", "2026-03-12 16:30",
f"""Minutes, 12 March 2026

Participants: D. Schuster, K. Wessel, F. Kaiser, external: Dr. Ohm (consultant)

1. Data categories: ICD-10 codes, invoice positions, age band, tariff. No names or free text in the training set.
2. Risk: re-identification via rare diagnoses – mitigation: codes below frequency 20 grouped to chapter level.
3. Works council to be informed before pilot start (1 May).
4. Open: retention of model logs.

{S("ds")}""")

M(95, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "accident: addressee's child's broken arm at school, disability assessment requested",
  A("lr"), "Familie Petersen <petersen.familie@hausmail.example>", "Kinderunfall Ihrer Tochter Mia – UV-K 120334", "2026-01-28 10:50",
f"""Sehr geehrte Frau Petersen,

vielen Dank für die Unfallanzeige. Ihre Tochter Mia Petersen (geb. 03.05.2017) hat sich am 15.01.2026 beim Sportunterricht den rechten Unterarm gebrochen (distale Radiusfraktur, S52.5). Aus der Kinderunfallversicherung UV-K 120334 zahlen wir das Gipsgeld von 200 €.

Bitte schicken Sie uns nach Abschluss der Behandlung den Bericht des Kinderchirurgen, damit wir eine bleibende Beeinträchtigung prüfen können.

{S("lr")}{FOOT_DE}""")

M(96, "NORMAL", "de", "insurer-to-customer", "trap: one-time password notice for portal registration, no data",
  "Lindenhof SecureMail <securemail@lindenhof-vers.example>", "jonas.weber@alpenmail.example", "Ihr Zugang zum Lindenhof SecureMail-Portal", "2026-03-23 09:13",
"""Guten Tag,

für Sie wurde ein Zugang zum SecureMail-Portal eingerichtet. Ihr Einmal-Passwort erhalten Sie aus Sicherheitsgründen in einer separaten SMS. Beim ersten Login legen Sie ein eigenes Passwort und eine Sicherheitsfrage fest.

Portal: https://securemail.lindenhof-vers.example

Ihre Lindenhof Versicherung""")

M(97, "CONFIDENTIAL", "en", "internal", "team lead asks for sanity check: named customer's income for legal expenses cover dispute over alimony",
  A("rk"), A("cv"), "Second opinion: family law advice RS-26-011203", "2026-03-06 09:40",
"""Christoph,

quick one: Mr Felix Adler (RS 5.612.040) wants cover for a dispute with his ex-wife about child maintenance. His net income is EUR 4,300, she claims EUR 1,050/month for two children. Our tariff only covers initial legal advice in family law (EUR 300). I'd refuse court costs. Agree?

Robert""")

M(98, "STRICTLY_CONFIDENTIAL", "de", "internal", "bAV: HR list from employer with names, birth dates, salaries for direct insurance (life), CSV windows-1252",
  A("ak"), "bAV Verwaltung <bav@lindenhof-vers.example>", "Druckerei Oster – Neuanmeldungen Direktversicherung", "2026-01-07 14:25",
"""Hallo,

anbei die Neuanmeldungen der Druckerei Oster GmbH für die Direktversicherung (Gruppenvertrag GV-DV-2210). Bitte bis Monatsende policieren.

Alexander""",
  atts=[att("oster_neuanmeldungen.csv", ("Name;Vorname;Geburtsdatum;Bruttogehalt;Entgeltumwandlung mtl.;Beginn\r\nÖzkan;Derya;12.04.1993;3.280,00;150,00;01.02.2026\r\nSchäfer;Jürgen;30.09.1968;4.150,00;248,00;01.02.2026\r\nHeuer;Tanja;01.12.1999;2.740,00;100,00;01.02.2026\r\n", "windows-1252"), "text/csv")])

M(99, "NORMAL", "en", "insurer-to-partner", "trap: meeting notes with assistance partner about service levels, no cases",
  A("ew"), "Account Management <accounts@euroassist.example>", "Service review Q1 – notes", "2026-03-25 17:00",
f"""Hi Laurent,

thanks for today. Notes:
- 96 % of guarantees of payment issued within 4 hours (target 95 %)
- 3 complaints about slow repatriation in Thailand, all closed
- new: medical desk to send case summaries only via the secure portal, no e-mail attachments
- next review 24 June

Best
Emily
{S("ew")}""")

M(100, "CONFIDENTIAL", "de", "insurer-to-customer", "rent deposit guarantee: named tenant, landlord, deposit amount and income check",
  A("jh"), "Nele Brandt <nele.brandt@wohnpost.example>", "Ihre Mietkautionsbürgschaft MK-26-0418", "2026-02-17 12:12",
f"""Sehr geehrte Frau Brandt,

Ihre Mietkautionsbürgschaft über 2.550 € für die Wohnung Zülpicher Str. 33, 50674 Köln (Vermieterin: Hausverwaltung Rieck GmbH) ist ausgestellt. Grundlage war Ihr Nettoeinkommen von 2.980 € laut Gehaltsnachweis. Die Bürgschaftsurkunde geht per Post an die Vermieterin.

Jahresbeitrag: 127,50 €.

{S("jh")}{FOOT_DE}""")

M(101, "STRICTLY_CONFIDENTIAL", "en", "customer", "forwarded customer mail with typos: hearing aids and tinnitus treatment costs",
  A("ug"), A("kw"), "Fwd: hearing aids", "2026-03-04 16:20",
"""Katrin – can you check? He's in VK-Komfort, hearing aids should be 80 % up to 1,500 per ear.
Ute

Begin forwarded message:

From: Graham Hughes <graham.hughes@oldbridge-mail.example>
Date: 3 March 2026 at 21:14
Subject: hearing aids
To: service-kv@lindenhof-vers.example

Hello, i sent the invoice for my new hearing aids (both ears, Phonak, 3.980 eur) two weeks ago and only got 1.200 back?? Also the ENT says my tinnitus is worse and wants me to do a therapy, is that covered. Policy 4471-330912-01.
Regards Graham Hughes""")

M(102, "NORMAL", "de", "internal", "trap: capacity planning in FTE and invoice counts, ODS, no persons",
  A("kw"), A("ss"), "Kapazitätsplanung Leistung KV April–Juni", "2026-03-23 10:30",
"""Hallo Sabine,

anbei meine Kapazitätsplanung für Q2 in Köpfen und Belegen. Die Zeitarbeitskräfte sind ab KW 15 eingerechnet.

Katrin""",
  atts=[att("Kapazitaet_Q2.ods", ods([["Monat", "FTE", "Belege Eingang", "Belege Kapazität", "Rückstau Ende"],
      ["April", 21.5, 41000, 43500, 3800], ["Mai", 23.0, 39500, 46000, 0], ["Juni", 22.0, 40200, 44000, 0]], title="Kapazität Q2", author="K. Wessel"))])

M(103, "CONFIDENTIAL", "en", "insurer-to-broker", "named client's motor fleet of a sole trader: plates, claims history and birth date of driver",
  A("hb"), "Oliver Frings <o.frings@frings-makler.example>", "Renewal fleet Kurierdienst Nowak", "2026-03-09 14:50",
f"""Hi Oliver,

for the renewal of the fleet policy of Kurierdienst Piotr Nowak (sole trader, FL-2210-33): 3 claims in 2025 (K-PN 101 twice, K-PN 104 once), loss ratio 112 %. Main driver of K-PN 101 is Mr Nowak himself (born 14/03/1979). We can renew with a 15 % increase or EUR 500 excess per claim.

Henrik
{S("hb")}""")

M(104, "STRICTLY_CONFIDENTIAL", "de", "internal", "team lead to team about named customer's IVF treatment cost approval",
  A("kw"), "Nina Fuchs <nina.fuchs@lindenhof-vers.example>", "Kinderwunschbehandlung Ehepaar Roth – Kostenzusage", "2026-03-11 11:11",
"""Nina,

bitte Kostenzusage für das Ehepaar Laura und Stefan Roth (KV 2290-7711-01/-02) erstellen: 3 IVF-Zyklen mit ICSI im Kinderwunschzentrum Köln-Mitte, Diagnose beim Ehemann: Oligoasthenozoospermie (N46). Tarif deckt 100 % nach Verursacherprinzip, Frau Roth ist 34.

Nicht mit Lena Roth verwechseln 😉 – keine Verwandtschaft.

Katrin""")

M(105, "NORMAL", "en", "internal", "trap: manager praises team, names colleagues and closed case counts only",
  A("ss"), "Leistung Personenversicherung <alle-leistung-pv@lindenhof-vers.example>", "Thank you!", "2026-03-31 17:45",
"""Dear all,

Q1 is done and the backlog in health claims is down from 5,900 to 1,450. Special thanks to Nina and Vanessa for the inbox, to Lena's team for clearing the old BU files, and to Ute for taking over the care hotline during the flu wave.

Drinks on me on Thursday at 5 pm, 5th floor kitchen.

Sabine""")

M(106, "CONFIDENTIAL", "de", "insurer-to-customer", "electronics insurance: named customer's laptop damage, policy, serial number, payout",
  A("jh"), "Konstantin Engel <k.engel@freelance-engel.example>", "Elektronikversicherung – Ihr Laptopschaden", "2026-02-05 16:05",
f"""Hallo Herr Engel,

den Flüssigkeitsschaden an Ihrem MacBook Pro (Seriennr. C02FX114Q6L4) übernehmen wir aus Ihrer Elektronikversicherung EV 88 041 27. Die Reparatur bei Apfelwerk Köln (1.089 €) abzüglich 100 € SB zahlen wir direkt an die Werkstatt.

{S("jh")}{FOOT_DE}""")

M(107, "NORMAL", "de", "insurer-to-authority", "trap: reply to data-protection authority on general process question, no individuals",
  A("ds"), "LDI Referat 5 <referat5@ldi-nrw.example>", "Ihr Az. 5.1-2026-0044: Verfahren bei Auskunftsersuchen", "2026-02-10 13:45",
f"""Sehr geehrte Damen und Herren,

zu Ihrer allgemeinen Anfrage: Auskunftsersuchen nach Art. 15 DSGVO beantworten wir in durchschnittlich 14 Tagen. Gesundheitsdaten aus Arztberichten übermitteln wir ausschließlich über unser SecureMail-Portal oder per Post, nie unverschlüsselt per E-Mail. 2025 gingen 611 Auskunftsersuchen ein.

Das Verfahrensverzeichnis übersenden wir auf Wunsch gern.

{S("ds")}""")

M(108, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "critical illness payout to addressee after breast cancer diagnosis (life line)",
  A("lr"), "Sarah Whitfield <sarah.whitfield@greenmail.example>", "Your critical illness claim DK-2026-0011", "2026-02-27 12:00",
f"""Dear Ms Whitfield,

I'm very sorry to hear about your diagnosis. Based on the histology report of 2 February (invasive ductal carcinoma, left breast), the conditions for the critical illness benefit are met. We will pay the insured sum of EUR 75,000 from policy DK 7.330.118 within ten days.

Please let me know if you'd like to speak to our care counselling service.

{S("lr")}{FOOT_EN}""")

M(109, "NORMAL", "en", "internal", "trap: out-of-office reply of HR in English, no data",
  A("an"), A("pl"), "Automatic reply: RE: Special leave request", "2026-02-27 08:00",
"""Thank you for your e-mail. I am out of the office until 2 March with limited access to e-mail. For urgent HR matters please contact hr@lindenhof-vers.example.

Anja Neumeister""", extra={"Auto-Submitted": "auto-replied"})

M(110, "CONFIDENTIAL", "de", "internal", "team lead drafts a warning letter for a named employee (performance), with salary group",
  A("jh"), A("an"), "Abmahnung Entwurf – Lars Köhler", "2026-03-19 16:55",
"""Hallo Anja,

wie besprochen mein Entwurf für die Abmahnung von Lars Köhler (Personal-Nr. 40377, TG 5): dreimal unentschuldigtes Fehlen im Telefondienst (02.03., 09.03., 16.03.), trotz Gespräch am 20.02. Bitte juristisch drüberschauen. Bitte nichts an den Verteiler Teamleitungen.

Julia""")
M(111, "NORMAL", "de", "internal", "trap: ICD-10-GM update note for claims handlers, codes without persons",
  A("kw"), "Team Leistung Kranken <team-leistung-kv@lindenhof-vers.example>", "ICD-10-GM 2026: Änderungen für die Rechnungsprüfung", "2026-01-05 08:30",
"""Hallo zusammen,

seit 01.01. gilt die ICD-10-GM 2026. Für uns relevant:
- U07.1/U07.2 (COVID) bleiben, neue Sekundärkodes U10.9 für Post-COVID
- F84.- (Autismus) neu gegliedert
- Zusatzkennzeichen G/V/Z/A bleiben Pflicht auf ambulanten Rechnungen

Die Prüfregeln im System sind angepasst. Bei Fragen zu einzelnen Kodes: Wiki-Seite "ICD-Update".

Katrin""")

M(112, "STRICTLY_CONFIDENTIAL", "de", "internal", "ZIP with BU underwriting file of named applicant (DOCX questionnaire + PDF lab values); body harmless",
  A("mo"), "Dr. Ole Brandes <ole.brandes@lindenhof-vers.example>", "Bitte ärztliche Einschätzung A-BU-2026-01102", "2026-03-24 09:50",
"""Hallo Ole,

bitte einmal ärztliche Einschätzung, Unterlagen im Anhang. Danke!

Mehmet""",
  atts=[att("A-BU-2026-01102.zip", zipf([
      ("Gesundheitsfragen.docx", docx(["Antrag A-BU-2026-01102", "Antragsteller: Fabian Moll, geb. 1991-02-27, Elektriker",
          "Frage 3: Bluthochdruck seit 2023, Candesartan 8 mg", "Frage 5: Leberwerte erhöht (Fettleber K76.0), keine Behandlung"], title="Gesundheitsfragen", author="M. Oezdemir")),
      ("Labor_Moll.pdf", pdf(["Labor Dr. Engels & Kollegen", "Patient: Fabian Moll, geb. 27.02.1991", "GOT 68 U/l (erhöht)   GPT 91 U/l (erhöht)   Gamma-GT 120 U/l", "HbA1c 5,6 %   Cholesterin 238 mg/dl"], title="Laborbefund"))]))])

M(113, "CONFIDENTIAL", "en", "insurer-to-customer", "motor: eVB confirmation for named customer's new car, VIN",
  A("tb"), "Olga Petrenko <olga.petrenko@mailpoint.example>", "Your eVB number for registration", "2026-01-14 10:20",
f"""Dear Ms Petrenko,

here is your electronic insurance confirmation (eVB) for registering your new car:

eVB number: K7R3M2X
Vehicle: Skoda Octavia Combi, VIN TMBJR7NX5RY001234
Policyholder: Olga Petrenko, Berliner Str. 77, 51063 Köln
Policy: KF 77 498 102 (third-party liability + partial cover)

{S("tb")}{FOOT_EN}""")

M(114, "NORMAL", "en", "internal", "trap: planning the broker roadshow on disability products, no persons",
  A("hb"), "Sales West <sales-west@lindenhof-vers.example>", "Roadshow BU/Pflege in May – who does what", "2026-03-16 12:40",
"""Hi team,

roadshow dates: Düsseldorf 5 May, Köln 7 May, Aachen 12 May. Topics: new BU tariff for skilled trades, care top-up with dementia benefit, case studies on mental health claims (anonymised, from Mehmet).

Tasks: venue (me), invitations (Petra), slides (Mehmet + me), catering (Nina).

Henrik""")

M(115, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "criminal-law legal expenses: addressee accused of negligent bodily injury; injured party's injuries",
  A("rk"), "Markus Jäger <markus.jaeger@jaegermail.example>", "Strafrechtsschutz – Ermittlungsverfahren gegen Sie", "2026-02-20 10:45",
f"""Sehr geehrter Herr Jäger,

für das Ermittlungsverfahren der Staatsanwaltschaft Köln (Az. 121 Js 882/26) wegen fahrlässiger Körperverletzung erteilen wir Deckungszusage aus Ihrem Verkehrsrechtsschutz RS 5.701.229. Laut Akte hat die Radfahrerin eine Schlüsselbeinfraktur und eine Gehirnerschütterung erlitten.

Ihr Verteidiger, RA Dr. Kolb, kann uns die Kosten nach RVG in Rechnung stellen.

{S("rk")}{FOOT_DE}""")

M(116, "NORMAL", "de", "insurer-to-supplier", "trap: order of blood-pressure monitors for the company health day",
  A("an"), "Vertrieb Medizintechnik Vogel <vertrieb@medtech-vogel.example>", "Bestellung Blutdruckmessgeräte Gesundheitstag", "2026-03-02 11:35",
"""Sehr geehrte Damen und Herren,

für unseren Gesundheitstag am 22.04. bestellen wir:
- 6 Oberarm-Blutdruckmessgeräte Typ BM 58
- 200 Einmal-Desinfektionstücher
- 1 Körperfettwaage

Lieferung an Lindenhof Versicherung AG, Personalabteilung, Domstraße 40, Köln.

Mit freundlichen Grüßen
Anja Neumeister, Personalabteilung""")

M(117, "CONFIDENTIAL", "de", "internal", "forwarded broker request: named prospect's tax ID and taxable income for a basic-pension quote; no contract or health data yet",
  A("ak"), "Vertrieb Vorsorge <vertrieb-vorsorge@lindenhof-vers.example>", "WG: Beratung Basisrente Frau Dr. Kern", "2026-02-09 17:05",
"""Zur Info, ich mache die Beratung nächste Woche.

---------- Weitergeleitete Nachricht ----------
Von: Ralf Meyer <r.meyer@meyer-partner-makler.example>
Betreff: Beratung Basisrente Frau Dr. Kern

Hallo Herr Kurz,
meine Mandantin Frau Dr. Annette Kern, Zahnärztin (selbständig), Steuer-ID 47 120 558 913, zu versteuerndes Einkommen 2025 ca. 182.000 €, möchte den Höchstbetrag für die Basisrente ausschöpfen. Können Sie ein Angebot rechnen?
Gruß Meyer""")

M(118, "STRICTLY_CONFIDENTIAL", "en", "internal", "HTML+text: team lead's table of named travel-health cases with diagnoses for the weekly call",
  A("ew"), A("pl"), "Open medical cases abroad – week 12", "2026-03-20 16:00",
"""Peter, open medical cases abroad:

Gerd Lamprecht – Malaga – femur fracture, surgery done, repatriation 24 March
Luca Castellano – Palma – stroke, repatriated 18 March, closed
Hanna Ziegler – Bangkok – dengue fever, inpatient, stable

Emily""",
  html="""<html><body><p>Peter, open medical cases abroad:</p><table border="1"><tr><th>Insured</th><th>Place</th><th>Diagnosis</th><th>Status</th></tr>
<tr><td>Gerd Lamprecht</td><td>Malaga</td><td>femur fracture</td><td>surgery done, repatriation 24 March</td></tr>
<tr><td>Luca Castellano</td><td>Palma</td><td>stroke</td><td>repatriated 18 March, closed</td></tr>
<tr><td>Hanna Ziegler</td><td>Bangkok</td><td>dengue fever</td><td>inpatient, stable</td></tr></table><p>Emily</p></body></html>""")

M(119, "NORMAL", "de", "internal", "trap: works-council coordination about sick-leave rates per department, aggregates only, XLSX",
  A("an"), "Betriebsrat <betriebsrat@lindenhof-vers.example>", "Krankenquote 2025 je Bereich", "2026-01-29 09:30",
"""Liebe Kolleginnen und Kollegen des Betriebsrats,

wie vereinbart die Krankenquote 2025 je Bereich. Bereiche unter 10 Beschäftigten sind zusammengefasst.

Anja Neumeister""",
  atts=[att("Krankenquote_2025.xlsx", xlsx([["Bereich", "Köpfe", "Krankenquote"], ["Leistung PV", 84, "6,1 %"], ["Schaden Komposit", 112, "5,4 %"], ["Vertrieb", 67, "3,9 %"], ["IT", 45, "4,2 %"], ["Sonstige", 38, "4,8 %"]], title="Krankenquote 2025", author="HR"))])

M(120, "CONFIDENTIAL", "en", "insurer-to-customer", "pet insurance: named customer's cat surgery vet bill reimbursed (animal health)",
  A("jh"), "Chloe Martin <chloe.martin@catlovers-mail.example>", "Your pet claim TK-26-001044 for 'Minou'", "2026-03-13 14:14",
f"""Dear Ms Martin,

we reimburse the vet bill of Tierklinik Rodenkirchen for the surgery of your cat Minou (foreign body removal, 2 nights in the clinic): EUR 1,380.40 minus 20 % co-payment = EUR 1,104.32, under pet surgery policy TK 3.004.771.

{S("jh")}{FOOT_EN}""")
M(121, "NORMAL", "de", "internal", "trap: blank confidentiality-release form template with placeholders sent to team",
  A("ss"), "Leistung Personenversicherung <alle-leistung-pv@lindenhof-vers.example>", "Neue Vorlage Schweigepflichtentbindung (Stand 02/2026)", "2026-02-02 09:00",
"""Hallo zusammen,

ab sofort bitte nur noch die neue Vorlage verwenden (Rechtsabteilung hat Formulierung zu Hinterbliebenen angepasst):

"Ich, [Vorname Name], geb. [TT.MM.JJJJ], entbinde die nachfolgend genannten Ärzte, Pflegepersonen und Bediensteten von Krankenanstalten ... von ihrer Schweigepflicht, soweit es um die Prüfung meines Leistungsantrags Nr. [Leistungsfall] geht."

Alte Vordrucke bitte vernichten.
Sabine""",
  atts=[att("Vorlage_Schweigepflichtentbindung.odt", odt(["Erklärung zur Entbindung von der Schweigepflicht", "Ich, [Vorname Name], geb. [TT.MM.JJJJ], entbinde ...", "Leistungsfall: [Nummer]", "Ort, Datum, Unterschrift: ____________"], title="Vorlage SEB", author="Rechtsabteilung"))])

M(122, "STRICTLY_CONFIDENTIAL", "de", "internal", "short reply; quoted history has named insured's alcohol addiction rehab under daily-sickness allowance",
  A("ss"), A("kw"), "AW: KT Fall Dorn – weiterzahlen?", "2026-03-25 12:40",
"""Einverstanden, zahlen wir weiter. S.

> Am 25.03.2026 um 11:02 schrieb Katrin Wessel:
> Sabine, Herr Achim Dorn (KT 2211-4410) ist seit 02.03. in der
> Entwöhnungsbehandlung (Alkoholabhängigkeit, F10.2) in der Fachklinik
> Eichenhof. Der Tarif schließt Suchtbehandlungen nicht aus, also
> Krankentagegeld weiter 95 €/Tag? Die Klinik bestätigt Arbeitsunfähigkeit
> bis voraussichtlich 27.04.
> Katrin""", flowed=True)

M(123, "NORMAL", "en", "internal", "trap: reminder to submit timesheets and overtime, names not needed",
  A("pl"), "International Team <intl-team@lindenhof-vers.example>", "Overtime March – please submit by Friday", "2026-03-26 10:00",
"""Hi all, quick reminder: overtime for March must be in the time system by Friday noon, otherwise payroll can't include it. If you had on-call duty for the medical desk, book it as code 730.
Thanks, Peter""")

M(124, "CONFIDENTIAL", "de", "insurer-to-customer", "buildings: storm damage of named customer, address, policy, payout with IBAN",
  A("jh"), "Ewald Pütz <ewald.puetz@eifelnetz.example>", "Sturmschaden an Ihrem Dach – WG-26-003012", "2026-02-24 09:25",
f"""Sehr geehrter Herr Pütz,

für den Sturmschaden vom 16.02.2026 an Ihrem Haus Auf der Heide 12, 53902 Bad Münstereifel (Wohngebäude WG 3.110.774) zahlen wir die Rechnung der Dachdeckerei Mertens über 3.862,40 € an Sie aus.

Empfänger: Ewald Pütz, IBAN {grp(iban("DE", "38250059" + "0030211455"))}

{S("jh")}{FOOT_DE}""", charset="iso-8859-1")

M(125, "NORMAL", "de", "newsletter", "trap: customer newsletter on dental and eye-care tips, HTML+text, no persons",
  "Lindenhof Gesundheitsnews <newsletter@lindenhof-vers.example>", "undisclosed-recipients:;", "Gesund durchs Frühjahr: Heuschnupfen, Zahnvorsorge, Brille", "2026-03-10 06:30",
"""Liebe Leserinnen und Leser,

Heuschnupfen? Antihistaminika und eine Hyposensibilisierung beim Allergologen können helfen – die Kosten übernimmt Ihr Tarif nach den Bedingungen.
Zahnvorsorge: zweimal jährlich professionelle Zahnreinigung, in DentalPlus bis 150 € erstattet.
Brille: Sehtest beim Augenarzt alle zwei Jahre ab 40.

Ihre Lindenhof Versicherung
Abmelden: newsletter@lindenhof-vers.example""",
  html="""<html><body><h2>Gesund durchs Frühjahr</h2><p><b>Heuschnupfen?</b> Antihistaminika und eine Hyposensibilisierung können helfen.</p><p><b>Zahnvorsorge:</b> zweimal jährlich PZR, in DentalPlus bis 150 &euro;.</p><p><b>Brille:</b> Sehtest alle zwei Jahre ab 40.</p></body></html>""")

M(126, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "to reinsurer: large individual life claim with named insured, cause of death",
  A("mo"), "Jens Aaberg <jens.aaberg@nordre.example>", "Cash call – death claim LV 6.203.771", "2026-03-30 15:10",
f"""Dear Jens,

under the surplus treaty we request a cash call of EUR 420,000 for the death of our insured Mr Karsten Ulrich (born 08/11/1969, term life LV 6.203.771, sum insured EUR 600,000). Cause of death: myocardial infarction on 11 March 2026. Policy issued 2022 with normal rates; no contestability issue found.

Death certificate and medical questionnaire in your portal folder.

Best regards
{S("mo")}""")

M(127, "NORMAL", "de", "internal", "trap: planning of apprentices' rotation through claims departments, first names only",
  A("an"), "Teamleitungen <teamleitungen@lindenhof-vers.example>", "Azubi-Rotation April bis September", "2026-03-18 13:30",
"""Hallo zusammen,

die Einsatzplanung der Auszubildenden 2. Lehrjahr:

April/Mai: Leon → Kfz-Schaden, Aylin → Leistung Kranken, Finn → Maklerbetreuung
Juni/Juli: Leon → Sach, Aylin → Unfall/BU, Finn → Rechtsschutz
Aug/Sept: Prüfungsvorbereitung

Bitte Paten benennen.
Anja""")

M(128, "CONFIDENTIAL", "en", "internal", "HR to manager: named new hire's start date, salary and probation",
  A("an"), A("cv"), "Contract Lars Winkelmann – signed", "2026-03-11 10:00",
"""Christoph,

Lars Winkelmann signed: start 1 May, team liability, annual salary EUR 64,000 gross, probation six months, 30 days holiday. Laptop and badge are ordered.

Anja""")

M(129, "NORMAL", "en", "insurer-to-partner", "trap: hospital group asked about direct billing; generic process answer",
  A("kw"), "Patient Accounting <billing@klinikverbund-west.example>", "RE: Direct billing with Lindenhof", "2026-02-03 14:20",
f"""Dear Ms Bode,

yes, we offer direct billing for inpatient stays of our private health insured. Please send invoices electronically via the hospital billing interface (DRG data set) – never by plain e-mail – together with the patient's declaration of assignment. Our guarantees of payment are sent via the secure portal.

Contact for the onboarding: klinikabrechnung@lindenhof-vers.example.

{S("kw")}""")

M(130, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "disability follow-up review: addressee's current therapy and work capacity questioned (BU)",
  A("lr"), "Kevin Albrecht <kevin.albrecht@schulnetz-mail.example>", "Nachprüfung Ihrer BU-Leistung", "2026-03-30 10:00",
f"""Sehr geehrter Herr Albrecht,

wir zahlen Ihre BU-Rente seit 01.10.2025. Wie vereinbart prüfen wir im April 2027 erneut. Bis dahin bitten wir Sie nur, uns mitzuteilen, ob Sie weiterhin in ambulanter psychiatrischer Behandlung sind und ob die stationäre Therapie im Herbst geplant ist.

Das Formular finden Sie in Ihrem Postfach.

{S("lr")}{FOOT_DE}""")
M(131, "NORMAL", "de", "insurer-to-customer", "trap: general answer to a customer's question on how to send medical reports securely, no data",
  A("ug"), "Rosemarie Klein <rosi.klein@seniorennetz.example>", "AW: Wie schicke ich Ihnen die Arztberichte?", "2026-01-19 11:40",
f"""Sehr geehrte Frau Klein,

bitte schicken Sie Arztberichte und Rechnungen nicht per normaler E-Mail. Am einfachsten geht es mit unserer App "Lindenhof Belege" (fotografieren, hochladen) oder über das SecureMail-Portal. Natürlich können Sie die Unterlagen auch per Post an Lindenhof Versicherung, Leistung Kranken, 50668 Köln senden.

{S("ug")}

> Guten Tag, ich habe neue Befunde vom Kardiologen, wie kann ich die schicken? Mfg R. Klein""")

M(132, "CONFIDENTIAL", "de", "internal", "internal: named customer's repeated late payments in motor, dunning and bank return debit with IBAN",
  A("tb"), "Inkasso <inkasso@lindenhof-vers.example>", "Rücklastschrift KF 77 520 118 – Herr Schwarz", "2026-03-06 12:05",
f"""Hallo Inkasso,

die Lastschrift für die Kfz-Versicherung von Herrn Patrick Schwarz (KF 77 520 118, K-PS 9090) kam zum dritten Mal zurück (Konto {iban("DE", "37060590" + "0004417220")}, "Konto gedeckt nicht"). Bitte qualifizierte Mahnung nach § 38 VVG, der Kunde ist telefonisch nicht erreichbar.

{S("tb")}""")

M(133, "NORMAL", "en", "internal", "trap: IT change notice about TLS enforcement for partner domains and the health mailbox rule, no data",
  A("fk"), "Change Advisory Board <cab@lindenhof-vers.example>", "CHG-2026-0311: enforce TLS to hospital partner domains", "2026-03-11 09:00",
f"""Change CHG-2026-0311

What: enforce TLS 1.2+ for outgoing mail to 14 hospital and assistance partner domains; mail from the health claims mailbox keeps the rule "always strictly confidential -> portal unless recipient has a certificate".
When: 17 March 2026, 20:00-21:00
Risk: low; fallback = portal delivery.
Test: done in staging with synthetic messages.

{S("fk")}""")

M(134, "STRICTLY_CONFIDENTIAL", "de", "internal", "harmless body; forwarded message/rfc822 from a therapist about named insured's psychotherapy extension",
  A("nf"), A("kw"), "WG: Verlängerungsantrag", "2026-02-16 08:55",
"""Bitte einmal anschauen, kam ins falsche Postfach.
Nina""",
  atts=[att(None, fwdmsg("Praxis für Psychotherapie Dipl.-Psych. Anke Roloff <praxis@roloff-therapie.example>", f"service-kv@{DOM}", "Verlängerungsantrag Frau Kathrin Weyer", "2026-02-13 18:20",
"""Sehr geehrte Damen und Herren,

für meine Patientin Frau Kathrin Weyer, geb. 21.10.1981 (KV 2210-4471), beantrage ich die Verlängerung der Verhaltenstherapie um 20 Sitzungen. Diagnose: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (F33.1). Es besteht weiterhin Arbeitsunfähigkeit; suizidale Gedanken sind rückläufig.

Mit freundlichen Grüßen
Anke Roloff, Psychologische Psychotherapeutin""", charset="iso-8859-1"))])

M(135, "NORMAL", "de", "insurer-to-broker", "trap: broker product training invite with ICS about long-term care insurance",
  A("hb"), "Makler Region West <makler-west@lindenhof-vers.example>", "Webinar: Pflegezusatz verkaufen – 15. April", "2026-03-25 10:00",
f"""Liebe Partnerinnen und Partner,

am 15. April, 10–11 Uhr, erklären wir im Webinar die neue PflegeTagegeld-Generation: Leistungen ab Pflegegrad 1, Demenz-Baustein, Gesundheitsfragen in der Kurzfassung. Termin im Anhang.

{S("hb")}""",
  atts=[att("webinar_pflege.ics", ics("webinar-pflege-20260415@lindenhof-vers.example", "20260415T100000", "20260415T110000", "Webinar Pflegezusatz", "Einwahl über das Maklerportal", "Online", f"henrik.bauer@{DOM}"))])

M(136, "CONFIDENTIAL", "de", "insurer-to-customer", "glass breakage: named customer's shop window, sole trader, policy number and address",
  A("jh"), "Blumen Hegemann e.K. <info@blumen-hegemann.example>", "Glasbruch Schaufenster – Schaden GL-26-000455", "2026-01-21 15:30",
f"""Sehr geehrte Frau Hegemann,

den Glasbruch an Ihrem Schaufenster (Blumen Hegemann e.K., Inhaberin Susanne Hegemann, Severinstr. 140, Köln) übernehmen wir aus der Glasversicherung GL 2.330.051. Die Glaserei Kaulen kann direkt mit uns abrechnen (Kostenvoranschlag 1.920 €).

{S("jh")}{FOOT_DE}""")

M(137, "NORMAL", "en", "internal", "trap: manager's agenda for 1:1 meetings, generic topics, no personal details",
  A("pl"), A("ew"), "Our 1:1 on Monday", "2026-03-27 15:30",
"""Hi Emily,

topics for Monday: handover plan for the expat desk, your training budget (the ILM course?), and the new SLA with EuroAssist. 30 min should do.

Peter""")

M(138, "CONFIDENTIAL", "de", "internal", "team lead discusses named customer's liability claim (rental apartment damage), deposit and address",
  A("jh"), A("cv"), "Mietsachschaden Frau Ziegler – Kulanz?", "2026-03-17 11:15",
"""Hallo Christoph,

Frau Hanna Ziegler (PH 2.440.910) hat beim Auszug aus der Wohnung Luxemburger Str. 210 einen Parkettschaden verursacht (Kostenvoranschlag 2.700 €). Der Vermieter hat 1.800 € von der Kaution einbehalten. Nach Bedingungen nur Zeitwert 1.100 €. Sie ist gerade im Ausland; Kulanz auf 1.500 €?

Julia""")

M(139, "NORMAL", "de", "internal", "trap: procurement planning for flu vaccines for the company doctor, quantities only",
  A("an"), "Betriebsärztlicher Dienst <betriebsarzt@lindenhof-vers.example>", "Grippeimpfstoff Herbst 2026 – Bedarf", "2026-03-30 09:40",
"""Hallo Frau Dr. Haas,

für die Grippeimpfaktion im Oktober melden wir einen Bedarf von 320 Dosen (Vorjahr 284 geimpfte Beschäftigte). Bestellung bitte bis Ende April über den Apothekenrahmenvertrag.

Anja Neumeister""")

M(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "pension statement of addressee's occupational pension (direct insurance, life line)",
  A("ak"), "Derya Özkan <derya.oezkan@sternmail.example>", "Ihre jährliche Standmitteilung zur Direktversicherung", "2026-02-27 08:30",
f"""Sehr geehrte Frau Özkan,

Ihre Standmitteilung zur Direktversicherung (Gruppenvertrag GV-DV-2210, Versicherungsnummer 6.990.201-3):

- Beitrag 150 €/Monat aus Entgeltumwandlung seit 01.02.2026
- garantierte Rente ab 67: 112,40 €/Monat
- Todesfallleistung vor Rentenbeginn: Beitragsrückgewähr an Ihren Ehepartner

{S("ak")}{FOOT_DE}""")

M(141, "NORMAL", "de", "insurer-to-supplier", "trap: facility request to fix the lock of the medical-files archive room",
  A("nf"), "Facility Service <ticket@facility-koeln.example>", "Defektes Schloss Archivraum 3.14", "2026-02-22 07:55",
"""Hallo,

das elektronische Schloss am Archivraum 3.14 (Papierakten Leistung/Arztberichte) schließt seit gestern nicht mehr zuverlässig. Bitte heute noch einen Techniker schicken, bis dahin bleibt die Tür mit Vorhängeschloss gesichert.

Nina Fuchs, Tel. 0221 5550-4125""")

M(142, "CONFIDENTIAL", "en", "insurer-to-customer", "travel rental-car excess reimbursement for named customer, no health",
  A("ew"), "Ben Hartley <ben.hartley@roadtrip-mail.example>", "Rental car excess – claim RV-26-001207", "2026-03-19 10:45",
f"""Dear Mr Hartley,

the rental company in Porto charged your card EUR 850 for a scratched bumper. Your travel policy RV-2026-118402 covers the rental excess in full. We'll transfer EUR 850 to your account within five days.

{S("ew")}{FOOT_EN}""")

M(143, "NORMAL", "de", "internal", "trap: mobile reply to manager confirming shift swap for the care hotline, no reasons",
  A("ug"), A("kw"), "Re: Hotline Samstag", "2026-03-12 20:14",
"""Geht klar, ich mach Samstag die Pflege-Hotline und Vanessa dafür nächsten Samstag.

Gesendet von meinem iPhone""")

M(144, "CONFIDENTIAL", "de", "insurer-to-customer", "motor: SF class transfer confirmation naming customer and her mother, birth date",
  A("tb"), "Lisa Wagner <lisa.wagner@unimail-koeln.example>", "Übertragung Schadenfreiheitsrabatt", "2026-01-15 09:10",
f"""Sehr geehrte Frau Wagner,

wir bestätigen die Übertragung des Schadenfreiheitsrabatts (SF 12) Ihrer Mutter, Frau Monika Wagner, geb. 07.04.1962, auf Ihren Vertrag KF 77 430 661 (K-LW 3030). Ihr neuer Beitrag: 412,80 € jährlich statt 1.190,00 €.

{S("tb")}{FOOT_DE}""")

M(145, "NORMAL", "en", "insurer-to-partner", "trap: association survey about claim handling times in health, aggregate answers",
  A("ss"), "Statistics <statistik@versichererverband.example>", "Survey 2026/03 – handling times", "2026-03-24 13:00",
f"""Dear colleagues,

our answers for the survey:
- outpatient invoices: median 3.2 working days
- inpatient invoices: median 6.8 days
- BU first decision: median 94 days after complete documents
- care allowance: median 21 days after assessment

Best regards
{S("ss")}""")

M(146, "STRICTLY_CONFIDENTIAL", "de", "internal", "team lead's handover list before vacation: named insureds with open medical decisions, TSV",
  A("kw"), A("ss"), "Übergabe während meines Urlaubs", "2026-03-27 16:30",
"""Hallo Sabine,

ab Montag bin ich zwei Wochen weg. Offene Entscheidungen in der Liste, Nina weiß Bescheid.

Katrin""",
  atts=[att("uebergabe.tsv", ("VN\tVertrag\tThema\tStand\nJürgen Albers\tKV 4471-208833-01\tAHB nach Bandscheiben-OP\tbewilligt, Rechnung offen\nMelanie Haas\tKV 5520-1177-01\tPsychotherapie-Rechnungen Verdacht\tbei SE\nLaura Roth\tKV 2290-7711-01\tIVF Zyklus 2\tZusage erteilt\nMarek Kubicki\tZV 7781-2201\tImplantat 36\tBeschwerde offen\n", "utf-8"), "text/tab-separated-values")])

M(147, "NORMAL", "de", "insurer-to-customer", "trap: reply to a prospect about motor tariff features, generic, no contract",
  A("tb"), "Tim Sander <tim.sander@fahrschule-mail.example>", "AW: Frage Fahranfänger-Tarif", "2026-02-28 12:25",
f"""Hallo Herr Sander,

unser Tarif "Start" für Fahranfänger beginnt bei SF 1/2, mit Begleitetem Fahren ab 17 gibt es 10 % Nachlass. Telematik ist optional. Für ein Angebot brauche ich Fahrzeug, Wohnort und Führerscheindatum – gern über unseren Online-Rechner.

{S("tb")}""")

M(148, "CONFIDENTIAL", "de", "insurer-to-customer", "cyber insurance of a sole trader: named insured, ransomware claim, forensic costs; no health",
  A("cv"), "Steuerbüro Lenz <kanzlei@stb-lenz.example>", "Cyberschaden CY-26-0031 – Forensik und Wiederherstellung", "2026-03-03 17:10",
f"""Sehr geehrter Herr Lenz,

für den Ransomware-Angriff auf Ihr Einzelunternehmen (Steuerberater Michael Lenz, Cyberpolice CY 1.220.017) übernehmen wir die Kosten der IT-Forensik (9.400 €) und der Datenwiederherstellung. Bitte prüfen Sie mit Ihrem Datenschutzbeauftragten, ob Sie die Mandanten nach Art. 34 DSGVO benachrichtigen müssen.

{S("cv")}{FOOT_DE}""")

M(149, "NORMAL", "de", "internal", "trap: department head's annual planning draft with headcount and budget figures, no persons",
  A("cv"), "Bereichsleitungen <bereichsleitungen@lindenhof-vers.example>", "Entwurf Planung 2027 Schaden Komposit", "2026-03-31 18:05",
"""Hallo zusammen,

mein Entwurf für die Planung 2027, zur Diskussion am 14.04.:

- Kopfzahl: 112 → 108 (natürliche Fluktuation, keine Kündigungen)
- Gutachterkosten: -8 % durch Fotobesichtigung
- Schadenaufwand Kfz: +4 % (Ersatzteilpreise)
- Investition: KI-Triage Kfz 350 T€

Christoph""")

M(150, "CONFIDENTIAL", "de", "internal", "short reply; quoted history has named broker (sole trader) with IBAN and tax number for commission payments",
  A("hb"), "Provisionsabrechnung <provision@lindenhof-vers.example>", "AW: Neuer Vermittler Frings – Stammdaten", "2026-01-12 11:30",
f"""Passt, bitte so anlegen.
Henrik

> Von: Provisionsabrechnung
> Betreff: Neuer Vermittler Frings – Stammdaten
>
> Hallo Henrik, bitte bestätigen: Oliver Frings (Einzelunternehmer,
> Frings Versicherungsmakler), Steuernummer 215/5012/3344,
> IBAN {grp(iban("DE", "37050299" + "0150066771"))}, Provisionsabrechnung monatlich.""")

# ---------------------------------------------------------------- check
def check_zip(data, where, errs):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        for nm in z.namelist():
            b = z.read(nm)
            if nm.endswith(".xml") or nm.endswith(".rels"):
                import xml.dom.minidom
                xml.dom.minidom.parseString(b)
            if nm.lower().endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
                check_zip(b, where + ":" + nm, errs)
            if nm.lower().endswith(".pdf"):
                check_pdf(b, where + ":" + nm, errs)
    except Exception as e:
        errs.append(f"{where}: zip {e}")

def check_pdf(data, where, errs):
    txt = b""
    for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        try:
            txt += zlib.decompress(m.group(1))
        except Exception as e:
            errs.append(f"{where}: pdf stream {e}")
    if not re.search(rb"\((?:[^()\\]|\\.)+\) Tj", txt):
        errs.append(f"{where}: pdf without text layer")

def check_part(p, where, errs):
    if p.defects:
        errs.append(f"{where}: defects {p.defects}")
    for k, v in p.items():
        if getattr(v, "defects", None):
            errs.append(f"{where}: header {k} defects {v.defects}")
    ct = p.get_content_type()
    if p.is_multipart():
        for i, q in enumerate(p.iter_parts()):
            check_part(q, f"{where}/{i}", errs)
        return
    if ct == "message/rfc822":
        check_part(p.get_payload()[0], where + "/msg", errs)
        return
    data = p.get_payload(decode=True)
    fn = (p.get_filename() or "").lower()
    if p.get_content_maintype() == "text":
        cs = p.get_content_charset() or "us-ascii"
        try:
            data.decode(cs)
        except Exception as e:
            errs.append(f"{where}: charset {cs} {e}")
        if ct == "text/calendar" or fn.endswith(".ics"):
            t = data.decode(cs, "replace")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                errs.append(f"{where}: bad ics")
    if fn.endswith((".zip", ".xlsx", ".docx", ".odt", ".ods")):
        check_zip(data, where + ":" + fn, errs)
    if fn.endswith(".pdf"):
        check_pdf(data, where + ":" + fn, errs)

def check(outdir):
    errs = []
    tmp = tempfile.mkdtemp()
    try:
        write_all(tmp)
        for name in ["labels.tsv"] + [f"mails/{f}" for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a, b = os.path.join(outdir, name), os.path.join(tmp, name)
            if not os.path.exists(a) or not filecmp.cmp(a, b, shallow=False):
                errs.append(f"{name}: differs from rebuild")
        if sorted(os.listdir(os.path.join(outdir, "mails"))) != sorted(os.listdir(os.path.join(tmp, "mails"))):
            errs.append("mails/ listing differs")
    finally:
        shutil.rmtree(tmp)
    ids = set()
    for fn in sorted(os.listdir(os.path.join(outdir, "mails"))):
        raw = open(os.path.join(outdir, "mails", fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errs.append(f"{fn}: bare LF")
        msg = BytesParser(policy=DEFPOL).parsebytes(raw)
        mid = msg["Message-ID"]
        if mid in ids: errs.append(f"{fn}: duplicate Message-ID")
        ids.add(mid)
        if not str(msg["From"]).endswith(f"@{DOM}>") and not str(msg["From"]).endswith(f"@{DOM}"):
            errs.append(f"{fn}: sender not own domain")
        if "2026" not in str(msg["Date"]):
            errs.append(f"{fn}: date not 2026")
        check_part(msg, fn, errs)
    n = len(MAILS)
    if n != 150 or sorted(d["n"] for d in MAILS) != list(range(1, 151)):
        errs.append(f"mail numbering wrong: {n}")
    from collections import Counter
    print("labels:", dict(Counter(d["label"] for d in MAILS)))
    print("langs:", dict(Counter(d["lang"] for d in MAILS)))
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    if "--check" in sys.argv:
        sys.exit(check(here))
    write_all(here)
    print(f"wrote {len(MAILS)} mails")
