#!/usr/bin/env python3
"""dev55 corpus generator: private customers of the (invented) Weserland Versicherung AG.

Every mail is written by hand in its own function m001 ... m150. The helpers below only
turn that hand-written content into MIME (Python `email`, policy=SMTP, CRLF) or into a
file format (XLSX/DOCX/ODT/ODS/PDF/ZIP written with zipfile + hand-made XML/PDF).

    python make_corpus.py          -> writes mails/d55-0001.eml ... and labels.tsv
    python make_corpus.py --check  -> re-parses every file and validates the counts
"""
import email
import email.policy
import hashlib
import io
import os
import random
import sys
import zipfile
from email.message import EmailMessage
from email.utils import formataddr

SEED = 55
NN = "55"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
POLICY = email.policy.SMTP
_rng = random.Random(SEED)
ZDATE = (2026, 11, 2, 9, 0, 0)

# ---------------------------------------------------------------- MIME helpers


def A(filename, data, ctype):
    """An attachment: file name, bytes (or str -> utf-8), 'type/subtype'."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return (filename, data, ctype)


def mail(frm, to, subject, date, body=None, *, html=None, cc=None, charset="utf-8",
         cte=None, att=(), hdr=None, flowed=False, reply_to=None, irt=None):
    m = EmailMessage(policy=POLICY)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (hdr or {}).items():
        m[k] = v
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    elif html is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        m.set_content(html, subtype="html", **kw)
    for a in att:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fn, data, ctype = a
        mt, st = ctype.split("/")
        if mt == "text":
            enc = "utf-8"
            if ";" in st:
                st, enc = [x.strip() for x in st.split(";")]
            m.add_attachment(data.decode(enc), subtype=st, charset=enc, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def inner(frm, to, subject, date, body, charset="utf-8", att=()):
    """A mail to be forwarded as message/rfc822."""
    return mail(frm, to, subject, date, body, charset=charset, att=att)


def finish(n, m):
    dom = m["From"].addresses[0].domain if m["From"] else "weserland-vers.example"
    h = hashlib.sha1(f"{SEED}-{n}".encode()).hexdigest()[:12]
    if "Message-ID" not in m:
        m["Message-ID"] = f"<{h}.{n:04d}@{dom}>"
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_Part_{NN}_{n:04d}_{i}_{_rng.randrange(10**9):09d}")
    return m.as_bytes(policy=POLICY)


# ---------------------------------------------------------------- file formats


def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zipped(files):
    """files: list of (name, bytes)."""
    return _zip(files)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); rows are lists of str/int/float."""
    wb_sheets, rels, ct, members = [], [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append(f'<sheet name="{_x(name)}" sheetId="{k}" r:id="rId{k}"/>')
        rels.append(f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{k}.xml"/>')
        ct.append(f'<Override PartName="/xl/worksheets/sheet{k}.xml" ContentType="application/'
                  f'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r}"
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                elif v is None or v == "":
                    continue
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>')
            xr.append(f'<row r="{r}">{"".join(cells)}</row>')
        members.append((f"xl/worksheets/sheet{k}.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        f'<sheetData>{"".join(xr)}</sheetData></worksheet>'))
    head = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         + "".join(ct) + "</Types>"),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         "</Relationships>"),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         f'<sheets>{"".join(wb_sheets)}</sheets></workbook>'),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         + "".join(rels) + "</Relationships>"),
    ]
    return _zip(head + members)


def docx(paragraphs):
    """paragraphs: list of str (a line starting with '# ' becomes bold)."""
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>')
        else:
            ps.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    return _zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         "</Types>"),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         "</Relationships>"),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         f'<w:body>{"".join(ps)}</w:body></w:document>'),
    ])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
           'office:version="1.2"')


def _odf(mime, body):
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
               f"<office:body>{body}</office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                stored_first="mimetype")


def odt(paragraphs):
    ps = "".join(f"<text:p>{_x(p)}</text:p>" for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{ps}</office:text>")


def ods(name, rows):
    tr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{_x(v)}</text:p></table:table-cell>')
        tr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f'<office:spreadsheet><table:table table:name="{_x(name)}">{"".join(tr)}</table:table></office:spreadsheet>')


def pdf(lines, title="Dokument"):
    """A one-or-more page PDF, Helvetica 10pt, one text line per entry (WinAnsi)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages, per = [], 60
    for i in range(0, max(len(lines), 1), per):
        chunk = lines[i:i + per]
        ops = ["BT", "/F1 10 Tf", "12 TL", "50 800 Td"]
        for ln in chunk:
            ops.append(f"({esc(ln)}) Tj T*")
        ops.append("ET")
        pages.append("\n".join(ops).encode("cp1252"))
    objs = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * k} 0 R" for k in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for k, stream in enumerate(pages):
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * k} 0 R >>".encode())
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics(text):
    return text.replace("\n", "\r\n").encode("utf-8")


def jpeg_stub(label):
    """A tiny JPEG-looking blob standing in for a phone photo (no text content)."""
    h = hashlib.sha256(label.encode()).digest() * 8
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + h + b"\xff\xd9"


W = "Weserland Versicherung AG"

FOOT_DE = """--
Weserland Versicherung AG · Schlachte 27 · 28195 Bremen
Sitz der Gesellschaft: Bremen · Amtsgericht Bremen HRB 40117 HB
Vorstand: Dr. Henrike Voss (Vorsitzende), Malte Kröger, Sabine Onken
Aufsichtsratsvorsitzender: Gerd Ulferts"""

FOOT_EN = """--
Weserland Versicherung AG · Schlachte 27 · 28195 Bremen · Germany
Registered office: Bremen · Local court Bremen HRB 40117 HB
Management board: Dr. Henrike Voss (chair), Malte Kröger, Sabine Onken"""

# ====================================================================== mails


def m001():
    body = """Hallo,

mir ist heute morgen auf dem Parkplatz vom Edeka in Achim jemand hinten rein gefahren und einfach abgehauen. Stoßstange hinten links eingedrückt, Rücklicht kaputt. Zeugen gibts leider keine, hab nur nen Zettel von ner Frau die meinte es war ein weißer Transporter.

Kennzeichen von meinem Auto VER-KL 318, Vertragsnummer hab ich grad nicht zur Hand, läuft auf meinen Namen (Kevin Lüders). Kaskoversicherung hab ich bei euch.

Fotos hängen dran. Was muss ich jetzt machen? Polizei war ich noch nicht

Gruß Kevin

Von meinem iPhone gesendet"""
    m = mail("Kevin Lüders <kevin.lueders94@gmx.example>", "schaden@weserland-vers.example",
             "Parkschaden Fahrerflucht", "Tue, 03 Nov 2026 07:52:10 +0100", body,
             att=[A("IMG_4471.jpeg", jpeg_stub("m001a"), "image/jpeg"),
                  A("IMG_4472.jpeg", jpeg_stub("m001b"), "image/jpeg")],
             hdr={"X-Mailer": "iPhone Mail (20H115)"})
    return m, "CONFIDENTIAL", "de", "customer", "named customer reports a hit-and-run on his insured car, plate and Kasko contract; nobody hurt; photos only"


def m002():
    body = """Guten Tag Herr Lüders,

vielen Dank für Ihre Meldung und die Fotos. Wir haben den Schaden unter der
Schadennummer S-2026-048812 zu Ihrem Vertrag KF-4471-20931 (Vollkasko,
Selbstbeteiligung 300 EUR) angelegt.

Bitte erstatten Sie noch Anzeige bei der Polizei wegen Unfallflucht und
schicken Sie uns das Aktenzeichen. Für die Reparatur können Sie gern eine
unserer Partnerwerkstätten nutzen, dann entfällt die Selbstbeteiligung zur
Hälfte. Die nächste ist Autohaus Meinke in Achim-Baden.

Ihre Schadenfreiheitsklasse wird bei Vollkasko-Schäden zurückgestuft, sofern
der Verursacher nicht ermittelt wird. Wir sprechen vor der Regulierung mit
Ihnen, ob Sie den Schaden ggf. selbst tragen möchten.

Mit freundlichen Grüßen

Jana Brockmann
Kfz-Schaden
Tel. 0421 5590-2214

""" + FOOT_DE + """


-----Ursprüngliche Nachricht-----
Von: Kevin Lüders <kevin.lueders94@gmx.example>
Gesendet: Dienstag, 3. November 2026 07:52
An: schaden@weserland-vers.example
Betreff: Parkschaden Fahrerflucht

Hallo,

mir ist heute morgen auf dem Parkplatz vom Edeka in Achim jemand hinten rein
gefahren und einfach abgehauen. Stoßstange hinten links eingedrückt,
Rücklicht kaputt. [...]"""
    m = mail("Jana Brockmann <jana.brockmann@weserland-vers.example>",
             "Kevin Lüders <kevin.lueders94@gmx.example>",
             "AW: Parkschaden Fahrerflucht - Schaden S-2026-048812",
             "Tue, 03 Nov 2026 11:20:41 +0100", body, cte="quoted-printable")
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "reply with claim number, policy number, deductible and SF class of a named customer; motor, no injury"


def m003():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0b4f6c;color:#fff;padding:16px"><b>Weserland Kundenbrief</b> &middot; November 2026</td></tr>
<tr><td style="padding:16px">
<h2>Gut durch die Erkältungszeit</h2>
<p>Jedes Jahr zwischen Oktober und März haben Arztpraxen Hochsaison: Laut Robert&nbsp;Koch-Institut
erkranken in einer normalen Grippesaison zwischen 5 und 20 Prozent der Bevölkerung an Influenza.
Die Ständige Impfkommission empfiehlt die Grippeimpfung für alle ab 60, für Schwangere und
chronisch Kranke.</p>
<p><b>Unser Tipp:</b> Mit dem Tarif <i>WeserZahn&nbsp;Plus</i> und <i>WeserVorsorge</i> erstatten wir
Reiseimpfungen, Brillen und Heilpraktikerleistungen bis 400&nbsp;EUR im Jahr.</p>
<h3>Neu in der App</h3>
<p>Rechnungen von Arzt, Zahnarzt oder Physiotherapie einfach abfotografieren und einreichen &ndash;
die Erstattung kommt meist in fünf Werktagen.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th>Leistung</th><th>WeserVorsorge</th><th>WeserVorsorge Plus</th></tr>
<tr><td>Brille / Kontaktlinsen</td><td>150 EUR in 2 Jahren</td><td>300 EUR in 2 Jahren</td></tr>
<tr><td>Heilpraktiker</td><td>80 %</td><td>100 %, max. 600 EUR</td></tr>
<tr><td>Reiseimpfungen</td><td>100 %</td><td>100 %</td></tr>
</table>
<p style="font-size:11px;color:#777">Sie erhalten diesen Kundenbrief, weil Sie ihn auf weserland-vers.example bestellt haben.
<a href="https://www.weserland-vers.example/newsletter/abmelden">Abmelden</a></p>
</td></tr></table></body></html>"""
    m = mail("Weserland Kundenbrief <kundenbrief@news.weserland-vers.example>",
             "kundenbrief-verteiler@news.weserland-vers.example",
             "Gut durch die Erkältungszeit + neue App-Funktion", "Wed, 04 Nov 2026 10:00:00 +0100",
             html=html, hdr={"List-Unsubscribe": "<https://www.weserland-vers.example/newsletter/abmelden>"})
    return m, "NORMAL", "de", "newsletter", "trap: flu statistics, vaccination, glasses, naturopath benefits in a generic newsletter; no person"


def m004():
    body = """Hi,

I'm an Erasmus student (from Bremen uni) currently in Lisbon and I have the travel health insurance with you guys, policy no RK-880214.

Last week I had a really bad sore throat and fever, went to a clinic here (Clínica Alvalade) and they said it was tonsillitis and gave me antibiotics (amoxicillin 875mg). I paid 95 euros for the doctor and 14,20 at the pharmacy. Receipts are attached as one pdf.

Can you refund this to my account? DE90 2212 5209 0843 8735 20

thanks a lot
Liam O'Connell

--
Liam O'Connell
B.Sc. Umweltwissenschaften, Hochschule Weserstadt"""
    rec = pdf(["CLINICA ALVALADE - Av. da Igreja 42, Lisboa",
               "Recibo / Receipt no. 2026/11873", "Data: 28/10/2026",
               "Paciente: Liam O'Connell   Data de nascimento: 14/02/2004",
               "Consulta de clinica geral ......................... 95,00 EUR",
               "Diagnostico: Amigdalite aguda (J03.9)",
               "Pago / Paid: cartao", "",
               "FARMACIA ROMA - recibo 55120",
               "Amoxicilina 875 mg, 16 comp. ....................... 14,20 EUR"], "receipts")
    m = mail("Liam O'Connell <liam.oconnell@stud.hs-weserstadt.example>", "leistung@weserland-vers.example",
             "refund doctor lisbon", "Wed, 04 Nov 2026 21:14:03 +0100", body,
             att=[A("scan_receipts.pdf", rec, "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "student's travel-health claim: tonsillitis, antibiotic, J03.9 and birth date in receipt PDF, IBAN"


def m005():
    body = """Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Herbert Wübbena, der bei Ihnen eine Unfallversicherung hat (UV 7.330.412, glaube ich, steht so auf dem letzten Schreiben).

Papa ist am Samstag in seiner Küche gestürzt und hat sich den Oberschenkelhals gebrochen. Er wurde im Klinikum Bremen-Nord operiert (neue Hüfte) und kommt voraussichtlich nächste Woche in die Reha nach Bad Zwischenahn. Er ist 84 und kann im Moment selber nicht telefonieren oder Mails schreiben.

Was brauchen Sie von uns? Ich habe eine Vorsorgevollmacht und kann die gerne schicken. Gibt es da ein Krankenhaustagegeld oder sowas?

Viele Grüße
Anke Wübbena-Schröder
Tel. 0176 2290 4418"""
    m = mail("Anke Wübbena-Schröder <anke.ws@t-online.example>", "unfall@weserland-vers.example",
             "Unfall meines Vaters Herbert Wübbena", "Mon, 09 Nov 2026 08:03:55 +0100", body,
             charset="iso-8859-1", cte="quoted-printable")
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "daughter reports father's fall, femoral neck fracture, hip surgery, rehab; accident policy; iso-8859-1 QP"


def m006():
    body = """Hello,

my wife and I moved to Bremen in September (I work for an engineering company here) and we are trying to understand German insurance. A colleague told me that "Haftpflicht" is something everybody has here. Is it mandatory by law? And what is a normal coverage amount?

Also, do you offer dental supplementary insurance that covers professional cleaning? We are both in the public system (TK).

We don't speak much German yet so an answer in English would be great.

Best regards,
Rajesh Venkataraman"""
    m = mail("Rajesh Venkataraman <rajesh.v@outlook.example>", "service@weserland-vers.example",
             "Question about liability insurance and dental", "Tue, 10 Nov 2026 19:40:12 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: prospect asks generally about liability and dental cleaning; no contract, no health data"


def m007():
    body = """Dear Mr Venkataraman,

thank you for your message and welcome to Bremen!

Personal liability insurance (Privathaftpflicht) is not required by law in
Germany, but it is strongly recommended: under German law you are liable
without limit for damage you cause to others. Most policies today cover
10 or 50 million euros. Our tariff "WeserHaft Komfort" covers 50 million
euros for a couple or family from 7.90 euros per month.

Dental supplementary insurance: our "WeserZahn Plus" pays up to two
professional cleanings (PZR) per calendar year, up to 120 euros each. When you
apply we ask a few health questions, e.g. whether teeth are missing and not yet
replaced or whether treatment is planned. There is no waiting period for
cleanings; for dentures the benefit is limited in the first four years.

You can find the product sheet in English here:
https://www.weserland-vers.example/en/dental

If you would like an offer, please just reply with the names and dates of birth
of the persons to be insured, or call us at +49 421 5590-0 (English-speaking
staff Mon-Fri 9-17).

Kind regards

Tobias Wendt
Customer Service

""" + FOOT_EN
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>",
             "Rajesh Venkataraman <rajesh.v@outlook.example>",
             "RE: Question about liability insurance and dental", "Wed, 11 Nov 2026 09:12:30 +0100", body)
    return m, "NORMAL", "en", "insurer-to-prospect", "trap: generic product answer mentioning health questions, dentures, cleanings; no personal data"


def m008():
    body = """Hallo zusammen,

mein Fahrrad wurde gestern Nacht aus dem Keller geklaut (Mehrfamilienhaus, Kellerverschlag war abgeschlossen, das Schloss wurde aufgebrochen). 

Hausratversicherung HR 55 123 887
Fahrrad: Cube Kathmandu Hybrid, gekauft 04/2024 für 2.899 €, Rahmennummer WBK2291774C
Anzeige bei der Polizei ist gemacht, Vorgangsnummer 0412-Bremen-Ost-26-88172

Rechnung und Foto vom aufgebrochenen Schloss häng ich an. Fahrradklausel hab ich mit drin soweit ich weiß.

Grüße
Marlene Oltmanns
Friedrich-Karl-Str. 112, 28205 Bremen"""
    m = mail("Marlene Oltmanns <m.oltmanns@posteo.example>", "schaden@weserland-vers.example",
             "Fahrrad geklaut - HR 55 123 887", "Thu, 12 Nov 2026 13:37:00 +0100", body, flowed=True,
             hdr={"User-Agent": "Mozilla Thunderbird 128.4.2"},
             att=[A("Rechnung_Fahrrad.pdf", pdf(["Zweirad Hollmann GmbH, Bremen", "Rechnung 24-0877 vom 12.04.2024",
                   "Kundin: Marlene Oltmanns", "Cube Kathmandu Hybrid Pro 750, RH 54, Rahmen-Nr. WBK2291774C  2.899,00 EUR",
                   "bezahlt EC-Karte"], "Rechnung"), "application/pdf"),
                  A("schloss.jpg", jpeg_stub("m008"), "image/jpeg")])
    return m, "CONFIDENTIAL", "de", "customer", "household bicycle theft: named customer, address, contract number, police ref, frame number"


def m009():
    body = """Guten Tag,

in Ihrem Weserland-Postfach liegt eine neue Nachricht für Sie.

Bitte melden Sie sich an unter https://postfach.weserland-vers.example, um sie zu lesen.
Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.

Ihre Weserland Versicherung"""
    m = mail("Weserland Postfach <noreply@postfach.weserland-vers.example>", "h.eilers@web.example",
             "Neue Nachricht in Ihrem Postfach", "Thu, 12 Nov 2026 16:02:11 +0100", body,
             hdr={"Auto-Submitted": "auto-generated"})
    return m, "NORMAL", "de", "insurer-to-customer", "portal notification without content"


def m010():
    body = """anbei

Gruß S. Kaya"""
    rech = pdf(["Zahnarztpraxis Dr. med. dent. Okke Harms", "Vegesacker Heerstr. 88, 28757 Bremen", "",
                "Frau Selin Kaya, Lindenstr. 4, 28755 Bremen", "Rechnung Nr. 2026-3318  Datum 06.11.2026",
                "Behandlungszeitraum 14.10.2026 - 03.11.2026", "",
                "Datum      Zahn  GOZ   Leistung                              Faktor  Betrag",
                "14.10.26   36    2390  Trepanation                           2,3     20,70",
                "14.10.26   36    2410  Aufbereitung Wurzelkanal (3 Kanaele)  2,3    151,13",
                "21.10.26   36    2440  Wurzelkanalfuellung                   2,3    110,88",
                "03.11.26   36    2197  adhaesive Befestigung                 2,3     16,82",
                "03.11.26   36    2120  Fuellung mehrflaechig                 3,5    157,50",
                "", "Diagnose: 36 irreversible Pulpitis (K04.0)",
                "Rechnungsbetrag 457,03 EUR"], "Zahnarztrechnung")
    m = mail("Selin Kaya <selin.kaya@gmail.example>", "leistung@weserland-vers.example",
             "Rechnung KZ-603981", "Fri, 13 Nov 2026 12:10:44 +0100", body,
             att=[A("Scan_20261113_120901.pdf", rech, "application/pdf")],
             hdr={"X-Mailer": "Gmail for Android"})
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "body says only 'anbei'; dental invoice with root canal, K04.0, GOZ positions only in the PDF"


def m011():
    body = """Hi there,

I've changed banks, could you please take the premiums for my car insurance and my home contents insurance from my new account from December on?

Account holder: Fiona Gallagher
New IBAN: DE61 5062 6105 3614 1086 01
Bank: Sparkasse Rotenburg Osterholz

Contracts: KF-4471-38820 and HR 55 208 441

Cheers,
Fiona

Sent from my iPhone"""
    m = mail("Fiona Gallagher <fi.gallagher@icloud.example>", "service@weserland-vers.example",
             "new bank details", "Sat, 14 Nov 2026 10:05:19 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "expat customer sends new IBAN and two non-personal contract numbers"


def m012():
    fwd = """ist das von Ihnen??? Ich bin gar nicht Kunde bei der Weserland, hab noch nie was mit Ihnen zu tun gehabt. Kam heute so rein.

Mfg
Dieter Rosenbrock

---------- Weitergeleitete Nachricht ----------
Von: Weserland Service <service@weserland-sicher-online.example>
Datum: Mo., 16. Nov. 2026 um 06:14 Uhr
Betreff: Ihre Beitragsrückerstattung Krankenversicherung 2026
An: <d.rosenbrock@web.example>

Sehr geehrte/r Versicherungsnehmer/in,

für Ihre Krankenversicherung steht eine Beitragsrückerstattung in Höhe von 412,80 EUR bereit.
Aufgrund einer Umstellung unseres Systems müssen Sie Ihre Bankverbindung (IBAN) und Ihr
Geburtsdatum innerhalb von 48 Stunden bestätigen, andernfalls verfällt der Anspruch.

>> Jetzt bestätigen: http://weserland-erstattung.example/login

Ihre Weserland Krankenversicherung"""
    m = mail("Dieter Rosenbrock <d.rosenbrock@web.example>", "service@weserland-vers.example",
             "WG: Ihre Beitragsrückerstattung Krankenversicherung 2026", "Mon, 16 Nov 2026 08:41:27 +0100", fwd)
    return m, "NORMAL", "de", "customer", "trap: forwarded phishing about health premium refund, IBAN and birth date; sender says he is not a customer, no real data"


def m013():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Hüsing,</p>
<p>wir haben Ihre Rechnung vom 29.10.2026 geprüft. Die Abrechnung zu Ihrem Vertrag <b>KZ-611247</b>
(Tarif WeserVorsorge Plus) sieht so aus:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef3"><th>Beleg</th><th>Leistung</th><th>Rechnungsbetrag</th><th>erstattungsfähig</th><th>Erstattung</th></tr>
<tr><td>Optik Janßen, 29.10.2026</td><td>Gleitsichtbrille, sph. -3,25 / -2,75, add. +2,00</td><td>689,00 EUR</td><td>300,00 EUR</td><td>300,00 EUR</td></tr>
<tr><td>Augenarztpraxis Dr. Feldkamp</td><td>Refraktionsbestimmung GOÄ 1200, Tonometrie GOÄ 1256</td><td>38,47 EUR</td><td>38,47 EUR</td><td>38,47 EUR</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>338,47 EUR</b></td></tr>
</table>
<p>Der Betrag wird in den nächsten Tagen auf Ihr Konto DE39&nbsp;3466&nbsp;5098&nbsp;1297&nbsp;8121&nbsp;18 überwiesen.
Der Brillenzuschuss ist damit bis Oktober 2028 ausgeschöpft.</p>
<p>Mit freundlichen Grüßen<br>Dr. Miriam Tews<br>Leistungsabteilung Krankenzusatz<br>Weserland Versicherung AG</p>
</body></html>"""
    m = mail("Leistung Krankenzusatz <leistung@weserland-vers.example>", "Ulrike Hüsing <ulli.huesing@web.example>",
             "Ihre Leistungsabrechnung vom 17.11.2026", "Tue, 17 Nov 2026 14:25:00 +0100", html=html)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML-only table: glasses prescription, eye-doctor GOÄ positions, health contract and IBAN of a named customer"


def m014():
    body = """Hallo Herr Hinrichs,

wie am Telefon besprochen hier nochmal schriftlich: mein Sohn Finn (9) hat am Sonntag beim Fußballspielen im Garten den Ball durch die Wintergartenscheibe von unseren Nachbarn geschossen. Verletzt wurde zum Glück niemand, es ist nur die Scheibe (Isolierglas, ca 1,20 x 2 m).

Nachbarn: Familie Grotheer, Am Steinberg 17, 28816 Stuhr
Unser Vertrag: PHV-2024-118734

Der Glaser (Glas Bödeker) hat einen Kostenvoranschlag über 1.140 € gemacht, den bringt Frau Grotheer vorbei, dann schick ichs Ihnen.

Danke und Grüße
Nadine Fischbeck"""
    m = mail("Nadine Fischbeck <nadine.fischbeck@gmx.example>", "Ole Hinrichs <ole.hinrichs@weserland-vers.example>",
             "Schaden Nachbar Scheibe", "Tue, 17 Nov 2026 18:30:02 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "liability claim: child breaks neighbours' window, names, address, policy number; nobody hurt"


def m015():
    body = """Ihr Einmal-Passwort für das Weserland-Kundenportal lautet:

    482 913

Es ist 10 Minuten gültig. Wenn Sie diese Anmeldung nicht selbst angefordert haben,
ignorieren Sie diese E-Mail und ändern Sie Ihr Passwort.

Weserland Versicherung AG – Kundenportal"""
    m = mail("Weserland Kundenportal <noreply@postfach.weserland-vers.example>", "jonas.behrens@outlook.example",
             "Ihr Einmal-Passwort", "Wed, 18 Nov 2026 07:01:49 +0100", body, hdr={"Auto-Submitted": "auto-generated"})
    return m, "NORMAL", "de", "insurer-to-customer", "one-time password, no personal or contract data"


def m016():
    body = """Hello,

I need to report an accident. I was driving my car (Golf, HB-LM 2207, insured with you, contract KF-4471-51904) on Saturday evening on the B6 near Brinkum when the car in front braked hard and I couldn't stop in time. The car behind me then also hit me. So I'm in the middle.

The police came. Nobody seemed hurt at first but on Sunday my neck got very stiff and I went to the emergency room at Klinikum Links der Weser. They said whiplash (HWS-Distorsion they wrote) and I have to wear a collar for a few days and I'm on ibuprofen 600. I'm on sick leave until the 27th.

The other drivers:
- in front: Mr. Wilfried Kamps, BRA-WK 66, insured at another company I think
- behind: a young woman, I have her name on the police paper

What happens now? I'm a student so I really can't pay for a new car.

Thanks
Mateo Ruiz Campos
+49 1523 884 1290"""
    m = mail("Mateo Ruiz Campos <mateo.ruizcampos@gmail.example>", "kfz@weserland-vers.example",
             "Accident on Saturday - car and neck", "Mon, 23 Nov 2026 09:18:33 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "motor claim with injury: whiplash, cervical collar, ibuprofen, sick note; plate and policy"


def m017():
    body = """WESERLAND EXPAT NEWS - Issue 4 / 2026
=====================================

1) Health insurance in Germany, explained in 5 minutes
About 88 % of people in Germany are covered by public health insurance (GKV),
around 10 % by private insurance (PKV). Employees earning more than
73,800 euros a year (2025 threshold) may choose private cover. Supplementary
policies - dental, hospital, glasses - top up public cover and are popular
with expats because the GKV pays only a fixed subsidy for crowns and bridges.

2) What happens at the doctor's?
Bring your health card ("Gesundheitskarte"). Specialists often have waiting
times of several weeks; your GP can issue a referral ("Überweisung") with an
urgency code. In an emergency, call 112; for non-urgent out-of-hours care,
call 116 117.

3) Winter tyres
There is no fixed date, but the law requires winter tyres in wintry conditions
("O bis O" - October to Easter - is a good rule). Fines start at 60 euros.

4) Events
English-language info evening "Insurance basics for newcomers",
Thursday 10 December, 18:30, Weserland Forum, Schlachte 27, Bremen. Free.

You receive this newsletter because you signed up at weserland-vers.example/en.
Unsubscribe: https://www.weserland-vers.example/en/newsletter/unsubscribe
"""
    m = mail("Weserland Expat News <expat-news@news.weserland-vers.example>", "expat-news@news.weserland-vers.example",
             "Expat News: health insurance explained, winter tyres, info evening", "Thu, 19 Nov 2026 11:00:00 +0100", body,
             hdr={"List-Unsubscribe": "<https://www.weserland-vers.example/en/newsletter/unsubscribe>"})
    return m, "NORMAL", "en", "newsletter", "trap: statistics on health insurance, doctors, emergency numbers, income threshold; no person"


def m018():
    body = """Sehr geehrte Damen und Herren,

hiermit kündige ich folgende Verträge zum 31.12.2026, da ich beruflich nach Zürich ziehe und mein Auto dort anmelde:

- Kfz-Haftpflicht/Teilkasko KF-4471-19377 (OL-TB 884)
- Hausrat HR 55 098 210
- Privathaftpflicht PHV-2022-040715

Name: Thorsten Bruns, geb. 22.07.1983
Bisherige Anschrift: Donnerschweer Str. 201, 26123 Oldenburg
Neue Anschrift ab 15.12.: Seefeldstrasse 88, 8008 Zürich, Schweiz

Bitte schicken Sie mir eine Bescheinigung über meinen Schadenfreiheitsrabatt (SF 14) für die Schweizer Versicherung und die Kündigungsbestätigung gerne per Mail.

Vielen Dank
Thorsten Bruns"""
    m = mail("Thorsten Bruns <t.bruns83@web.example>", "vertrag@weserland-vers.example",
             "Kündigung wegen Umzug in die Schweiz", "Fri, 20 Nov 2026 17:44:09 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "cancellation: birth date, addresses, three non-personal contracts, SF class"


def m019():
    body = """Sehr geehrte Frau Petersen,

leider konnten wir den Beitrag für Ihre Kfz-Versicherung nicht einziehen. Ihre
Bank hat die Lastschrift vom 01.11.2026 zurückgegeben (Grund: Konto erloschen).

Vertrag:            KF-4471-60238, Kennzeichen DEL-AP 51
Offener Beitrag:    187,44 EUR
Rücklastschriftgebühr der Bank: 3,50 EUR
Bisheriges Konto:   DE18 5719 4165 5950 9887 57

Bitte überweisen Sie den Betrag bis zum 04.12.2026 auf unser Konto bei der
Weserbank (IBAN DE94 7303 9469 3184 2004 37, Verwendungszweck KF-4471-60238)
oder teilen Sie uns eine neue Bankverbindung mit. Bitte beachten Sie: Wird der
Erstbeitrag nicht rechtzeitig gezahlt, kann der Versicherungsschutz entfallen.

Mit freundlichen Grüßen

Frauke Janssen
Beitragsservice

""" + FOOT_DE
    m = mail("Beitragsservice <beitrag@weserland-vers.example>", "Annika Petersen <annika.p@t-online.example>",
             "Rücklastschrift Ihres Kfz-Beitrags", "Mon, 23 Nov 2026 08:30:00 +0100", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "returned direct debit: customer's IBAN, arrears, plate, motor contract"


def m020():
    body = """Hallo liebes Weserland Team,

kurze Frage, meine Oma (79) hat mich gefragt ob man in dem Alter überhaupt noch so eine Sterbegeldversicherung abschließen kann, damit die Beerdigung mal bezahlt ist und wir Enkel das nicht machen müssen. Sie ist nicht bei Ihnen versichert, ich auch nicht, ich such nur erstmal Infos.

Gibt es da eine Altersgrenze und muss man da Gesundheitsfragen beantworten? Und was kostet sowas ungefähr für 8000 Euro?

LG Jule"""
    m = mail("Jule Meyerdierks <jule.md@gmx.example>", "service@weserland-vers.example",
             "Frage Sterbegeld", "Mon, 23 Nov 2026 20:16:45 +0100", body)
    return m, "NORMAL", "de", "prospect", "trap: general question about funeral life cover for an unnamed grandmother (age only); no contract, no health data"


def m021():
    body = """Hallo Frau Demir,

ich hab heute einen Strafbefehl vom Amtsgericht Delmenhorst bekommen. Wegen der Sache im August (Trunkenheit im Verkehr, die hatten 1,3 Promille gemessen, § 316 StGB). 60 Tagessätze á 45 € und 9 Monate Führerschein weg. 

Mein Anwalt (RA Kleinschmidt) meint wir sollten Einspruch einlegen wegen der Blutentnahme die nicht richtig gelaufen ist. Übernimmt meine Verkehrsrechtsschutz (RS 1182 3309) das? Er braucht ne Deckungszusage.

Strafbefehl hab ich abfotografiert, hängt dran.

Danke
Marco Schwenker"""
    sb = pdf(["Amtsgericht Delmenhorst - Strafbefehl", "Az.: 14 Cs 612 Js 33871/26",
              "gegen Marco Schwenker, geb. 03.05.1991, Delmenhorst",
              "Ihnen wird zur Last gelegt, am 09.08.2026 gegen 01:40 Uhr ... mit einer BAK von 1,3 Promille ...",
              "strafbar als vorsaetzliche Trunkenheit im Verkehr gem. § 316 Abs. 1 StGB",
              "Gegen Sie wird eine Geldstrafe von 60 Tagessaetzen zu je 45,00 EUR festgesetzt.",
              "Die Fahrerlaubnis wird entzogen; Sperrfrist 9 Monate (§§ 69, 69a StGB)."], "Strafbefehl")
    m = mail("Marco Schwenker <marco.schwenker@web.example>", "Aylin Demir <aylin.demir@weserland-vers.example>",
             "Strafbefehl - Deckungsanfrage", "Tue, 24 Nov 2026 12:02:17 +0100", body,
             att=[A("strafbefehl.pdf", sb, "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "legal expenses: criminal penalty order for drunk driving, blood alcohol, birth date in PDF"


def m022():
    body = """Dear Ms Nakamura,

thank you for choosing Weserland. We are pleased to confirm your home contents
insurance:

Policy number:      HR 55 301 726
Policyholder:       Yuki Nakamura
Insured address:    Hochschulring 40, WG 3.14, 28359 Bremen (shared flat,
                    your room and your share of the common areas)
Sum insured:        15,000 EUR, incl. bicycle theft up to 1,000 EUR
Start:              1 December 2026
Premium:            4.10 EUR per month, paid by direct debit

Your policy documents (in German, with an English courtesy translation) are
in your customer portal. Please check them and let us know if anything is
wrong.

Kind regards

Ole Hinrichs
Home & Liability

""" + FOOT_EN
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Yuki Nakamura <yuki.nakamura@stud.hs-weserstadt.example>",
             "Your home contents insurance HR 55 301 726", "Wed, 25 Nov 2026 10:44:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "policy confirmation for a named student: policy number, insured address, premium"


def m023():
    body = """Hallo Team Kundenservice,

da wir in letzter Zeit oft Anrufe von Angehörigen haben, die für Eltern oder
Großeltern etwas klären wollen: Im Laufwerk liegt jetzt die neue Vorlage
"Vollmacht Angehörige" (Stand 11/2026). Bitte nur diese verschicken, die alte
Version hatte noch keinen Absatz zur Entbindung von der Schweigepflicht.

Der Text ist so aufgebaut (Auszug):

  Hiermit bevollmächtige ich, «Vorname Name Versicherungsnehmer»,
  geb. «TT.MM.JJJJ», Frau/Herrn «Vorname Name Bevollmächtigte/r»,
  mich gegenüber der Weserland Versicherung AG in allen Angelegenheiten
  meiner Verträge «Vertragsnummer(n)» zu vertreten.
  [ ] Die Vollmacht umfasst auch Auskünfte über meine Gesundheitsdaten
      (Kranken-, Unfall-, Lebensversicherung). Insoweit entbinde ich die
      Weserland von der Schweigepflicht.
  «Ort», «Datum»        «Unterschrift»

Bitte weiterhin darauf achten: Auskunft zu Gesundheitsdaten erst, wenn die
unterschriebene Vollmacht im System ist.

Danke & Gruß
Tobias"""
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "team-kundenservice@weserland-vers.example",
             "Neue Vorlage Vollmacht Angehörige", "Wed, 25 Nov 2026 14:05:12 +0100", body,
             att=[A("Vorlage_Vollmacht_Angehoerige_2026-11.docx", docx([
                 "# Vollmacht für Angehörige", "Hiermit bevollmächtige ich, «Vorname Name Versicherungsnehmer», geb. «TT.MM.JJJJ»,",
                 "Frau/Herrn «Vorname Name Bevollmächtigte/r», Anschrift «Straße, PLZ Ort»,",
                 "mich gegenüber der Weserland Versicherung AG in allen Angelegenheiten meiner Verträge «Vertragsnummer(n)» zu vertreten.",
                 "[ ] Die Vollmacht umfasst auch Auskünfte über meine Gesundheitsdaten (Kranken-, Unfall-, Lebensversicherung).",
                 "Insoweit entbinde ich die Weserland Versicherung AG von der Schweigepflicht.",
                 "«Ort», «Datum»", "«Unterschrift Versicherungsnehmer»   «Unterschrift Bevollmächtigte/r»"]),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, "NORMAL", "de", "internal", "trap: blank power-of-attorney template with placeholders, mentions health data and professional secrecy"


def m024():
    body = """Hallo,

unsere Tochter Mia (7) ist am Mittwoch bei ihrer Freundin vom Trampolin gefallen und hat sich den linken Unterarm gebrochen (distale Radiusfraktur, sagt der Arzt). Sie hat jetzt 4-6 Wochen Gips. Mia ist in unserer Familien-Unfallversicherung mit drin, Vertrag UV 7.512.096.

Der Arztbericht von der Kinderchirurgie ist im Anhang. Gibt es da was von der Versicherung, z.B. Gipsgeld oder so? Und müssen wir noch ein Formular ausfüllen?

Viele Grüße
Stefan und Katrin Ahrens"""
    bericht = pdf(["Klinikum Bremen-Mitte, Klinik für Kinderchirurgie", "Ambulanter Bericht",
                   "Patientin: Mia Ahrens, geb. 17.03.2019", "Aufnahme: 18.11.2026, 16:20 Uhr",
                   "Unfallhergang: Sturz vom Trampolin auf den ausgestreckten linken Arm",
                   "Diagnose: Distale Radiusfraktur links, geschlossen (S52.51)",
                   "Therapie: geschlossene Reposition in Analgosedierung, Oberarmgips",
                   "Procedere: Roentgenkontrolle in 7 Tagen, Gipsdauer 4-6 Wochen",
                   "Dr. med. Henning Schaper, Oberarzt"], "Arztbericht")
    m = mail("Katrin Ahrens <familie.ahrens@t-online.example>", "unfall@weserland-vers.example",
             "Unfall unserer Tochter", "Fri, 20 Nov 2026 21:55:31 +0100", body,
             att=[A("Arztbericht_Mia.pdf", bericht, "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "child's accident: radius fracture, cast, ICD code and birth date in discharge PDF; accident policy"


def m025():
    body = """please take me off your newsletter list, I never signed up for it.

thx

Get Outlook for Android"""
    m = mail("Ben Whitaker <ben.whitaker@outlook.example>", "expat-news@news.weserland-vers.example",
             "unsubscribe", "Fri, 20 Nov 2026 22:40:00 +0100", body)
    return m, "NORMAL", "en", "customer", "unsubscribe request; no personal data"


def m026():
    body = """Dear Mr O'Connell,

thank you for your claim under your travel health insurance RK-880214.

We have reimbursed the treatment in Lisbon in full:

  28/10/2026  Clínica Alvalade, consultation (acute tonsillitis)   95.00 EUR
  28/10/2026  Farmácia Roma, amoxicillin 875 mg                     14.20 EUR
  Total                                                            109.20 EUR

The amount will be credited to your account ending in ...8735 20 within three
working days. There is no deductible in your student tariff.

A small tip for next time: you can also upload receipts in the Weserland app,
which is usually faster. Get well soon and enjoy your time in Lisbon!

Kind regards

Dr. Miriam Tews
Health Claims

""" + FOOT_EN + """

> -----Original Message-----
> From: Liam O'Connell <liam.oconnell@stud.hs-weserstadt.example>
> Sent: Wednesday, 4 November 2026 21:14
> Subject: refund doctor lisbon
>
> I'm an Erasmus student (from Bremen uni) currently in Lisbon and I have the
> travel health insurance with you guys, policy no RK-880214.
> Last week I had a really bad sore throat and fever, went to a clinic here"""
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "Liam O'Connell <liam.oconnell@stud.hs-weserstadt.example>",
             "RE: refund doctor lisbon", "Mon, 09 Nov 2026 15:31:20 +0100", body, irt="<b4c1.0004@stud.hs-weserstadt.example>")
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel-health refund: tonsillitis, antibiotic, masked IBAN, policy number"


def m027():
    body = """Hallo,
mir ist ein Topf auf das Ceranfeld gefallen, jetzt ist ein langer Sprung drin. Ich hab Glasversicherung mit in der Hausrat glaub ich. Kann ich einfach nen neues Kochfeld kaufen und Rechnung schicken??
Hausrat läuft auf Heike Brüning, Vertrag weiß ich nicht auswendig, Adresse Auf der Hohwisch 9, Lilienthal
Gruß Heike

Von meinem Samsung Galaxy Smartphone gesendet."""
    m = mail("Heike Brüning <heike.bruening@web.example>", "schaden@weserland-vers.example",
             "Ceranfeld kaputt", "Sat, 28 Nov 2026 13:03:00 +0100", body,
             att=[A("20261128_130112.jpg", jpeg_stub("m027"), "image/jpeg")])
    return m, "CONFIDENTIAL", "de", "customer", "glass breakage: named customer with insured address and household contract"


def m028():
    body = """WILDUNFÄLLE: WAS TUN, WENN ES KRACHT?

Bremen, 29. Oktober 2026 – Mit der Zeitumstellung steigt die Zahl der
Wildunfälle deutlich. Nach Zahlen des Gesamtverbands der Versicherer
registrierten die Kfz-Versicherer im vergangenen Jahr rund 275.000
Wildunfälle; der durchschnittliche Schaden lag bei gut 3.500 Euro.
Bei Weserland-Kundinnen und -Kunden waren es 2.914 gemeldete Fälle, jeder
dritte davon im Oktober oder November.

So verhalten Sie sich richtig:
1. Warnblinker an, Unfallstelle sichern, Warnweste anziehen.
2. Verletzte versorgen und den Notruf 112 wählen.
3. Totes Tier nicht anfassen – Tollwut- und Verletzungsgefahr.
4. Polizei oder Jagdpächter informieren und eine Wildunfallbescheinigung
   ausstellen lassen.
5. Schaden fotografieren und uns über die App melden.

Die Teilkasko zahlt bei Zusammenstößen mit Haarwild, in unseren Tarifen
"Komfort" und "Premium" bei Tieren aller Art.

Pressekontakt: Lena Scheper, presse@weserland-vers.example, 0421 5590-1000"""
    m = mail("Weserland Presse <presse@weserland-vers.example>", "kundenbrief-verteiler@news.weserland-vers.example",
             "Wildunfälle im Herbst: Was tun, wenn es kracht?", "Thu, 29 Oct 2026 09:30:00 +0100", body)
    return m, "NORMAL", "de", "newsletter", "trap: accident statistics, injured persons, emergency call; press release without any person"


def m029():
    body = """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen die Rechnung der Osteopathin für meinen Sohn Luca (geb. 11.06.2015) zur Erstattung aus unserer Zusatzversicherung KZ-598113.

Luca hat seit dem Sommer immer wieder Kopfschmerzen und Verspannungen im Nacken, der Kinderarzt hat Osteopathie empfohlen (Verordnung liegt bei). Es waren 4 Behandlungen à 90 Euro.

Bitte überweisen Sie auf unser bekanntes Konto.

Mit freundlichen Grüßen
Jörg Böttjer"""
    m = mail("Jörg Böttjer <joerg.boettjer@t-online.example>", "leistung@weserland-vers.example",
             "Erstattung Osteopathie Luca Böttjer", "Mon, 30 Nov 2026 07:48:13 +0100", body,
             charset="windows-1252", cte="quoted-printable",
             att=[A("Rechnung_Osteopathie.pdf", pdf(["Praxis für Osteopathie Wiebke Rohlfs, Heilpraktikerin",
                   "Rechnung 118/2026 für Luca Böttjer, geb. 11.06.2015",
                   "Diagnose: Spannungskopfschmerz, Blockierung HWS (G44.2, M99.01)",
                   "05.10., 19.10., 02.11., 16.11.2026 je osteopathische Behandlung GebüH 20.1-20.8 = 90,00 EUR",
                   "Summe 360,00 EUR"], "Rechnung"), "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "child's headaches, osteopathy invoice with diagnoses, birth date; windows-1252 QP"


def m030():
    body = """Dear Sir or Madam,

I am writing on behalf of my mother, Mrs Gisela Hartley (née Eggers), born 2 April 1948, of Kirchweg 12, 27711 Osterholz-Scharmbeck. She holds a life insurance policy with you, number LV 88 210 554-3, which I understand matures on 1 January 2027.

Unfortunately Mum was diagnosed with Alzheimer's disease last year and has since moved into the Haus Sonnenwiek care home in Osterholz. She is no longer able to manage her own affairs. I hold a registered lasting power of attorney (Vorsorgevollmacht) and my brother Peter and I are handling her finances from the UK.

Could you please tell me:
1. what documents you need so that the maturity payment can be made into her account (the care home fees are paid from it), and
2. whether you can correspond with me in English by email.

I'm happy to send a scan of the power of attorney.

Many thanks,
Helen Hartley
Leeds, UK
+44 7700 900 418"""
    m = mail("Helen Hartley <helen.hartley@btinternet.example>", "leben@weserland-vers.example",
             "Life policy LV 88 210 554-3 - Mrs Gisela Hartley", "Tue, 01 Dec 2026 10:22:40 +0000", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "relative", "daughter writes about mother's life policy: Alzheimer's diagnosis, care home, birth date, maiden name"


def m031():
    body = """Vielen Dank für Ihre Nachricht.

Wir haben Ihre E-Mail erhalten und unter der Vorgangsnummer 2026-771804 gespeichert.
Bitte geben Sie diese Nummer bei Rückfragen an. In der Regel antworten wir innerhalb
von drei Werktagen.

Bitte senden Sie uns auf diesem Weg keine weiteren Unterlagen zum selben Anliegen,
das verzögert die Bearbeitung nur.

Ihre Weserland Versicherung
Kundenservice – Mo–Fr 8–18 Uhr – 0421 5590-0"""
    m = mail("Weserland Kundenservice <service@weserland-vers.example>", "a.janssen-lueck@posteo.example",
             "Eingangsbestätigung Vorgang 2026-771804", "Tue, 01 Dec 2026 10:22:58 +0100", body,
             hdr={"Auto-Submitted": "auto-replied"})
    return m, "NORMAL", "de", "insurer-to-customer", "automatic receipt acknowledgement without subject or content"


def m032():
    body = """Hallo,

ich brauche eine eVB Nummer, ich hole am Freitag mein neues Auto ab und will es vorher zulassen.

Halter: Sina Lankenau, geb. 09.09.1999
Anschrift: Bremer Str. 14a, 28832 Achim
Fahrzeug: Opel Corsa F, FIN W0V7H9EC4P4123987, Erstzulassung 03/2023
Wunschkennzeichen VER-SL 99

Ich möchte Vollkasko mit 500 SB. Mein altes Auto (Polo) ist auch bei Ihnen versichert (KF-4471-27716), den Rabatt will ich übertragen, der Polo wird verkauft.

LG Sina"""
    m = mail("Sina Lankenau <sina.lankenau@gmail.example>", "kfz@weserland-vers.example",
             "eVB Nummer", "Tue, 01 Dec 2026 18:17:22 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "eVB request: birth date, address, VIN, existing motor contract"


def m033():
    body = """Hallo Frau Lankenau,

Ihre eVB-Nummer lautet: 7KQ4MZP

Sie gilt für die Zulassung des Opel Corsa (FIN W0V7H9EC4P4123987) auf Ihren
Namen. Den neuen Vertrag legen wir unter KF-4471-71150 an, Vollkasko mit
500 EUR Selbstbeteiligung; die SF-Klasse SF 6 übertragen wir vom Polo, sobald
Sie uns die Abmeldung oder den Kaufvertrag schicken.

Gute Fahrt mit dem neuen Auto!

Jana Brockmann
Kfz-Vertrag

""" + FOOT_DE + """

Am 01.12.2026 um 18:17 schrieb Sina Lankenau:
> Hallo,
> ich brauche eine eVB Nummer, ich hole am Freitag mein neues Auto ab
> und will es vorher zulassen.
> Halter: Sina Lankenau, geb. 09.09.1999
> Anschrift: Bremer Str. 14a, 28832 Achim"""
    m = mail("Jana Brockmann <jana.brockmann@weserland-vers.example>", "Sina Lankenau <sina.lankenau@gmail.example>",
             "AW: eVB Nummer", "Wed, 02 Dec 2026 08:05:10 +0100", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "eVB and new contract number, VIN; birth date in quoted text"


def m034():
    body = """Hi,

I'm the international students' officer at the AStA of Hochschule Weserstadt. We are updating our FAQ for incoming students and several of them buy your "Student Travel & Health" tariff.

Questions we get a lot - could you give us general answers we can publish?
- Is psychotherapy covered (e.g. for anxiety or depression)? If yes, how many sessions?
- Are pre-existing conditions like asthma or diabetes covered?
- Is contraception / the pill covered?
- What happens if a student needs to go to hospital - do they have to pay first?

We don't need anything about individual students, just the general rules.

Thanks!
Noor Haddad
AStA Hochschule Weserstadt - International Office Team"""
    m = mail("Noor Haddad <international@asta.hs-weserstadt.example>", "service@weserland-vers.example",
             "FAQ for international students - general questions", "Wed, 02 Dec 2026 11:40:03 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: student union asks general coverage questions on psychotherapy, asthma, contraception; no individual"


def m035():
    body = """Sehr geehrter Herr Ahlers,

wie telefonisch besprochen beantrage ich Leistungen aus meiner Berufsunfähigkeitsversicherung (LV 88 317 902-1).

Ich bin Grundschullehrerin und seit dem 14. April 2026 durchgehend krankgeschrieben. Diagnose laut meiner Psychiaterin (Dr. Wenke Albers, Oldenburg): schwere depressive Episode (F32.2) mit Erschöpfungssyndrom. Ich war von Juni bis August 8 Wochen in der Psychosomatischen Klinik Bad Bentheim. Eine Rückkehr in den Schuldienst ist derzeit nicht absehbar, die Schulbehörde prüft die Dienstunfähigkeit.

Den ausgefüllten Fragebogen, den Entlassbericht und die Schweigepflichtentbindung schicke ich Ihnen per Post.

Mit freundlichen Grüßen
Carolin Tammen"""
    m = mail("Carolin Tammen <carolin.tammen@posteo.example>", "Sven Ahlers <sven.ahlers@weserland-vers.example>",
             "BU-Leistungsantrag Carolin Tammen", "Thu, 03 Dec 2026 09:01:45 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "disability claim: severe depression F32.2, psychosomatic clinic stay, psychiatrist"


def m036():
    body = """Liebe Kundinnen und Kunden,

zwischen den Jahren sind wir für Sie da, allerdings mit verkürzten Zeiten:

  24.12. und 31.12.2026   geschlossen
  28.12. bis 30.12.2026   8:00 – 14:00 Uhr
  ab 04.01.2027           wieder wie gewohnt 8:00 – 18:00 Uhr

Schäden können Sie jederzeit in der App oder unter 0421 5590-5555 (rund um die
Uhr) melden. Unser Kfz-Notruf und die Pannenhilfe sind auch an den Feiertagen
erreichbar.

Wir wünschen Ihnen schöne Feiertage und einen guten Start ins neue Jahr!

Ihr Team der Weserland Versicherung"""
    m = mail("Weserland Versicherung <info@news.weserland-vers.example>", "kundenbrief-verteiler@news.weserland-vers.example",
             "Unsere Servicezeiten zwischen den Jahren", "Fri, 04 Dec 2026 10:00:00 +0100", body)
    return m, "NORMAL", "de", "newsletter", "service hours notice"


def m037():
    body = """Hallo Herr Hinrichs,

Schaden von heute Nacht: der Schlauch von der Waschmaschine ist geplatzt, das Wasser stand im Bad und im Flur ca 2 cm hoch. Laminat im Flur hat sich schon gewellt, der Unterschrank vom Bad ist aufgequollen. Bei der Nachbarin unter uns (Frau Gerdes, EG links) ist ein Wasserfleck an der Decke.

Ich bin Mieterin, Vermieter ist die GEWOBA, Hausmeister war schon da und hat Trocknungsgeräte bestellt.

Hausrat HR 55 187 330, Haftpflicht PHV-2023-091266, beide auf meinen Namen
Anschrift: Vahrer Feldweg 23, 2. OG rechts, 28309 Bremen

Fotos schick ich gleich in einer 2. Mail weil die zu groß sind.

Gruß
Tanja Kück
0157 7718 2205"""
    m = mail("Tanja Kück <tanja.kueck@gmx.example>", "Ole Hinrichs <ole.hinrichs@weserland-vers.example>",
             "Wasserschaden Waschmaschine", "Fri, 04 Dec 2026 07:12:36 +0100", body, cte="8bit")
    return m, "CONFIDENTIAL", "de", "customer", "water damage: tenant with address, two contract numbers, neighbour named; no injury; 8bit"


def m038():
    body = """Hi,

I have legal expenses insurance with you (RS 1182 4471, private + tenancy). I moved out of my flat in Findorff on 31 August and my old landlord, Mr. Gerold Hüneke, still hasn't returned my deposit of 2,250 euros. He now claims I damaged the parquet, which is not true, I have the handover protocol signed by him saying "no defects".

I'd like a lawyer to send him a letter. Is this covered? Can you recommend someone who speaks English?

Thanks,
Aoife Brennan
Neue Str. 5, 28217 Bremen"""
    m = mail("Aoife Brennan <aoife.brennan@gmail.example>", "rechtsschutz@weserland-vers.example",
             "deposit not returned by landlord", "Fri, 04 Dec 2026 20:08:51 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "legal expenses tenancy dispute: named customer, contract, landlord, deposit amount"


def m039():
    body = """Dear Ms Brennan,

thank you for your message. Your dispute with your former landlord about the
rent deposit is covered under your legal expenses insurance RS 1182 4471
(module "Wohnen"). We have registered it as case RS-S-2026-13377. Your
deductible is 150 euros.

You are free to choose your lawyer. If you would like a recommendation, the
following firm has English-speaking tenancy lawyers and works with us often:

  Kanzlei Rolfs & Wübben, Am Wall 77, 28195 Bremen
  Tel. +49 421 3344 210, kanzlei@rolfs-wuebben.example

Please give the lawyer the case number so that they can invoice us directly.

Kind regards

Aylin Demir
Legal Expenses Claims

""" + FOOT_EN
    m = mail("Aylin Demir <aylin.demir@weserland-vers.example>", "Aoife Brennan <aoife.brennan@gmail.example>",
             "RE: deposit not returned by landlord - RS-S-2026-13377", "Mon, 07 Dec 2026 09:40:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "coverage confirmation for tenancy dispute: contract and case number, deductible"


def m040():
    body = """Guten Abend,

meine Eltern sind beide Anfang 80 und wir überlegen, was wir tun wenn einer
von beiden mal pflegebedürftig wird. Ganz allgemein gefragt: Was zahlt die
Pflegekasse eigentlich bei den einzelnen Pflegegraden, und lohnt sich in dem
Alter noch eine Pflegezusatzversicherung bei Ihnen oder nimmt man die dann
eh nicht mehr?

Danke schonmal
Bernd Gerken"""
    m = mail("Bernd Gerken <bernd.gerken@t-online.example>", "service@weserland-vers.example",
             "Pflegeversicherung allgemeine Frage", "Sat, 05 Dec 2026 19:50:10 +0100", body, flowed=True,
             hdr={"User-Agent": "Mozilla Thunderbird 128.5.0"})
    return m, "NORMAL", "de", "prospect", "trap: general question about care levels for unnamed elderly parents; no health data, no contract"


def m041():
    body = """Sehr geehrter Herr Gerken,

danke für Ihre Anfrage. Die gesetzliche Pflegeversicherung zahlt seit
1. Januar 2025 monatlich:

  Pflegegrad | Pflegegeld (häusl.) | Sachleistung | vollstationär
  -----------+---------------------+--------------+--------------
      1      |        –            |     –        |    131 EUR
      2      |      347 EUR        |    796 EUR   |    805 EUR
      3      |      599 EUR        |  1.497 EUR   |  1.319 EUR
      4      |      800 EUR        |  1.859 EUR   |  1.855 EUR
      5      |      990 EUR        |  2.299 EUR   |  2.096 EUR

Im Heim bleibt trotzdem ein Eigenanteil, der in Norddeutschland im
Durchschnitt bei über 2.500 EUR im Monat liegt.

Unser Pflegetagegeld "WeserPflege" kann man bis zum 75. Geburtstag abschließen;
es werden Gesundheitsfragen gestellt (z. B. nach Demenz, Parkinson, Schlaganfall
oder bereits beantragtem Pflegegrad). Für Ihre Eltern kommt deshalb eher eine
Absicherung über Ersparnisse oder eine Immobilie in Frage. Gern beraten wir Sie
oder Ihre Eltern dazu persönlich.

Mit freundlichen Grüßen

Tobias Wendt
Kundenservice

""" + FOOT_DE
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Bernd Gerken <bernd.gerken@t-online.example>",
             "AW: Pflegeversicherung allgemeine Frage", "Mon, 07 Dec 2026 11:02:33 +0100", body)
    return m, "NORMAL", "de", "insurer-to-prospect", "trap: care-level benefit table and underwriting questions (dementia, stroke) in general terms"


def m042():
    fwd = inner("Praxis Dr. Harms <praxis@zahnarzt-harms.example>", "Wolfgang Siefken <w.siefken@web.example>",
                "Ihr Heil- und Kostenplan", "Tue, 01 Dec 2026 16:40:00 +0100",
                """Sehr geehrter Herr Siefken,

wie besprochen erhalten Sie Ihren Heil- und Kostenplan für die Versorgung im
Oberkiefer zur Vorlage bei Ihrer Krankenkasse und Ihrer Zusatzversicherung.

Befund: 14, 15 und 16 fehlend, 17 kariös zerstört, generalisierte Parodontitis
Stadium III (K05.31), Z. n. PA-Therapie 2025.
Geplant: Implantate regio 15 und 16, Brücke 14-17 nicht mehr möglich,
Extraktion 17, Knochenaufbau (Sinuslift) regio 16.

Voraussichtliche Kosten: 8.912,40 EUR, Festzuschuss GKV ca. 1.310 EUR.

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Okke Harms""")
    body = """kann mir das mal jemand erklären was davon die Weserland zahlt? Hab die Zahnversicherung seit 2019 (KZ-571904)

W. Siefken"""
    m = mail("Wolfgang Siefken <w.siefken@web.example>", "leistung@weserland-vers.example",
             "Fwd: Ihr Heil- und Kostenplan", "Wed, 02 Dec 2026 08:20:14 +0100", body, att=[fwd])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "dental treatment plan (periodontitis K05.31, implants, extraction) only in the forwarded message/rfc822"


def m043():
    body = """Hello,

are you open on 23 December? I'd like to drop off some papers at your office in the Schlachte and don't want to come for nothing. Is there a letterbox if you're closed?

Thank you!
Olusegun Adeyemi

Sent from my iPhone"""
    m = mail("Olusegun Adeyemi <o.adeyemi@icloud.example>", "service@weserland-vers.example",
             "opening hours before christmas", "Sat, 05 Dec 2026 12:14:55 +0100", body)
    return m, "NORMAL", "en", "customer", "opening-hours question"


def m044():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung AG//Veranstaltungen//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:expat-evening-2026-12-10@weserland-vers.example
DTSTAMP:20261120T090000Z
DTSTART;TZID=Europe/Berlin:20261210T183000
DTEND;TZID=Europe/Berlin:20261210T203000
SUMMARY:Insurance basics for newcomers (in English)
LOCATION:Weserland Forum, Schlachte 27, 28195 Bremen
DESCRIPTION:Liability, household, car, health and pensions in Germany explained. Free of charge, snacks provided.
END:VEVENT
END:VCALENDAR
""")
    body = """Hi,

thanks for registering for our info evening "Insurance basics for newcomers" on
Thursday, 10 December 2026, 18:30-20:30, at the Weserland Forum, Schlachte 27.

The calendar entry is attached. If you can't come, just reply to this email so
we can give your seat to someone on the waiting list.

See you there!
Your Weserland Events Team"""
    m = mail("Weserland Events <events@weserland-vers.example>", "Ana Ferreira <ana.ferreira@gmail.example>",
             "Your registration: Insurance basics for newcomers, 10 Dec", "Fri, 20 Nov 2026 09:00:00 +0100", body,
             att=[A("insurance-basics-2026-12-10.ics", cal, "text/calendar")])
    return m, "NORMAL", "en", "insurer-to-customer", "event registration confirmation with ICS; no contract data"


def m045():
    body = """Hallo,

Steinschlag in der Frontscheibe auf der A1, der Riss ist jetzt schon ca 15 cm lang und geht bis in mein Sichtfeld. Ich hab Teilkasko bei Ihnen, Kennzeichen OHZ-RD 412 (Skoda Octavia), Versicherungsschein KF-4471-44082, VN Rüdiger Dannemann.

Die Werkstatt Autoglas Lilienthal kann Montag tauschen, rechnen die direkt mit Ihnen ab? SB sind 150 glaube ich.

Mfg R. Dannemann"""
    m = mail("Rüdiger Dannemann <r.dannemann@gmx.example>", "kfz@weserland-vers.example",
             "Steinschlag Frontscheibe OHZ-RD 412", "Sat, 05 Dec 2026 15:33:02 +0100", body, charset="iso-8859-1")
    return m, "CONFIDENTIAL", "de", "customer", "windscreen claim: plate, policy number, named policyholder; iso-8859-1"


def m046():
    body = """Hallo liebes Leistungsteam,

unser Sohn Jannes ist am 19.11. im St. Joseph-Stift per Kaiserschnitt auf die Welt gekommen (geplant, Beckenendlage). Ich lag 5 Tage im Einbettzimmer und wurde vom Chefarzt Dr. Leffers operiert. Dafür habe ich ja die Krankenhauszusatzversicherung (KZ-620455).

Die Rechnungen vom Krankenhaus (Wahlleistung Unterkunft) und vom Chefarzt sind im Anhang. Außerdem würde ich Jannes gerne ab Geburt in meinen Tarif mit aufnehmen, das geht ohne Gesundheitsprüfung, oder?

Viele Grüße
Merle Tiedemann-Sanders"""
    m = mail("Merle Tiedemann-Sanders <merle.ts@posteo.example>", "leistung@weserland-vers.example",
             "Geburt + Rechnungen Krankenhaus", "Mon, 30 Nov 2026 22:03:41 +0100", body,
             att=[A("Rechnung_Wahlleistung_Unterkunft.pdf", pdf(["Krankenhaus St. Joseph-Stift Bremen", "Wahlleistung Unterkunft Einbettzimmer",
                   "Patientin: Merle Tiedemann-Sanders, Aufenthalt 19.11.-24.11.2026", "5 Tage x 128,00 EUR = 640,00 EUR"], "Rechnung"), "application/pdf"),
                  A("Rechnung_Chefarzt.pdf", pdf(["Prof. Dr. med. Arne Leffers, Chefarzt Gynaekologie und Geburtshilfe",
                   "Liquidation fuer Merle Tiedemann-Sanders", "Diagnose: O32.1 Beckenendlage, primaere Sectio caesarea",
                   "GOÄ 1032 Sectio ... 2,3-fach 542,34 EUR; GOÄ 462 Anaesthesie ... ", "Summe 1.388,16 EUR"], "Chefarzt"), "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "birth by caesarean section, hospital and chief-physician invoices, newborn enrolment; health contract"


def m047():
    letter = pdf(["Weserland Lebensversicherung - Schlachte 27 - 28195 Bremen", "",
                  "Herrn Klaus-Dieter Menke", "Hauptstr. 61", "27239 Twistringen", "",
                  "Bremen, 02.12.2026", "Ablauf Ihrer Kapitallebensversicherung LV 88 104 377-0", "",
                  "Sehr geehrter Herr Menke,",
                  "Ihre Lebensversicherung laeuft am 01.01.2027 ab. Wir zahlen Ihnen aus:",
                  "Garantierte Versicherungssumme                 25.000,00 EUR",
                  "Ueberschussbeteiligung                          9.318,52 EUR",
                  "Schlussueberschuss                              1.204,00 EUR",
                  "Ablaufleistung gesamt                          35.522,52 EUR",
                  "Kapitalertrag (steuerpflichtig zur Haelfte, § 20 Abs. 1 Nr. 6 EStG)",
                  "Die Auszahlung erfolgt auf Ihr Konto DE54 7757 9024 6038 6062 60.",
                  "Bitte senden Sie uns den Versicherungsschein und das unterschriebene Formular zurueck.",
                  "Mit freundlichen Gruessen", "Sven Ahlers, Leben Vertragsservice"], "Ablaufschreiben")
    body = """Sehr geehrter Herr Menke,

wie gewünscht erhalten Sie unser Schreiben vom 02.12.2026 vorab per E-Mail.
Das Original kommt mit der Post.

Mit freundlichen Grüßen
Sven Ahlers

""" + FOOT_DE
    m = mail("Sven Ahlers <sven.ahlers@weserland-vers.example>", "Klaus-Dieter Menke <kd.menke@t-online.example>",
             "Ihr Schreiben vorab", "Wed, 02 Dec 2026 13:15:00 +0100", body,
             att=[A("Schreiben_2026-12-02.pdf", letter, "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "harmless body; PDF: maturity of a named person's life policy, payout, IBAN (life line)"


def m048():
    body = """Hi,

a marten has chewed through some cables in the engine of my car (Toyota Yaris, HB-AW 7713), the garage found it when the engine warning light came on. They say repair incl. new ignition cables is 612 euros.

Is this covered by my partial cover? Policy KF-4471-58031, name Andrew Whitfield.

Cost estimate attached.

Andrew"""
    m = mail("Andrew Whitfield <andy.whitfield@gmail.example>", "kfz@weserland-vers.example",
             "Marder damage", "Tue, 08 Dec 2026 08:11:42 +0100", body,
             att=[A("KVA_Autohaus_Meyer.pdf", pdf(["Autohaus Meyer Huchting GmbH", "Kostenvoranschlag 5512",
                   "Kunde: Andrew Whitfield, HB-AW 7713, Toyota Yaris", "Zuendkabelsatz, Unterdruckschlauch, Marderabwehr ... 612,00 EUR"], "KVA"),
                   "application/pdf")])
    return m, "CONFIDENTIAL", "en", "customer", "marten damage claim: plate, policy, named customer"


def m049():
    body = """WESERLAND EXPAT NEWS - Case of the month
----------------------------------------

"I only wanted to ride my bike home" - a case from our accident claims

A 34-year-old engineer from the Bremen area (details changed, shared with
permission) slipped on wet leaves with her bike and broke her wrist. Because
the fracture healed with a slight misalignment, an independent doctor
assessed a permanent impairment of 1/7 of the "hand value" a year later.

How accident insurance calculates this:
  - "Gliedertaxe" value for a hand: 55 %
  - impairment 1/7 of that: 55 % x 1/7 = 7.86 % disability
  - sum insured 100,000 EUR, progression 225 % (only above 25 %)
  - payment: 7,860 EUR

Note: Public statutory accident insurance only covers the way to and from work.
Leisure accidents - which are about 70 % of all accidents in Germany - are
only covered privately.

Unsubscribe: https://www.weserland-vers.example/en/newsletter/unsubscribe"""
    m = mail("Weserland Expat News <expat-news@news.weserland-vers.example>", "expat-news@news.weserland-vers.example",
             "Case of the month: a broken wrist and what accident insurance pays", "Thu, 03 Dec 2026 11:00:00 +0100", body)
    return m, "NORMAL", "en", "newsletter", "trap: anonymised case study (fracture, disability %) with changed details and a worked calculation"


def m050():
    body = """Hallo,

ich möchte nur mal Danke sagen an Herrn Wendt, der hat mir am Telefon letzte Woche echt geduldig alles erklärt. Das erlebt man heute selten. Bitte richten Sie es aus!

Schönen Advent
Gudrun Haase"""
    m = mail("Gudrun Haase <gudrun.haase@web.example>", "service@weserland-vers.example",
             "Lob", "Sun, 06 Dec 2026 16:26:00 +0100", body)
    return m, "NORMAL", "de", "customer", "praise for a staff member; no contract or personal data"


def m051():
    body = """Hello,

sorry to bother on a Sunday. Last night I bit on something hard and half of my crown on the lower left molar broke off. It's quite painful when I drink something cold. I found an emergency dentist (Zahnärztlicher Notdienst) who put a temporary filling, and on Monday my own dentist will make a new crown, she said around 900 euros.

I have the dental plan with you, KZ-633018 (started in March this year). Will this be covered or is there a waiting time? My colleague said the first year is limited.

Best,
Priya Raman"""
    m = mail("Priya Raman <priya.raman@outlook.example>", "leistung@weserland-vers.example",
             "broken crown - is it covered?", "Sun, 06 Dec 2026 11:48:20 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "expat's broken crown, pain, emergency dentist, planned crown; dental contract"


def m052():
    body = """Sehr geehrter Herr Bruns,

wir bestätigen die Kündigung Ihrer Verträge zum 31.12.2026:

  Kfz-Haftpflicht/Teilkasko  KF-4471-19377  OL-TB 884
  Hausrat                    HR 55 098 210
  Privathaftpflicht          PHV-2022-040715

Die Bescheinigung über Ihren Schadenverlauf (SF 14, schadenfrei seit 2012) für
Ihren neuen Versicherer in der Schweiz finden Sie im Anhang, zusätzlich auf
Englisch. Zu viel gezahlte Beiträge erstatten wir auf Ihr bei uns hinterlegtes
Konto.

Für Ihren Start in Zürich alles Gute!

Mit freundlichen Grüßen

Frauke Janssen
Vertragsservice

""" + FOOT_DE
    sf = pdf(["Weserland Versicherung AG - Bescheinigung Schadenverlauf / Certificate of claims history", "",
              "Versicherungsnehmer / Policyholder: Thorsten Bruns, geb. 22.07.1983",
              "Vertrag / Policy: KF-4471-19377, Kennzeichen OL-TB 884",
              "Versicherungsdauer: 01.03.2012 - 31.12.2026",
              "Schadenfreiheitsklasse Haftpflicht: SF 14  /  Teilkasko: keine SF-Einstufung",
              "Schaeden in den letzten 5 Jahren / claims in last 5 years: keine / none"], "SF")
    m = mail("Frauke Janssen <frauke.janssen@weserland-vers.example>", "Thorsten Bruns <t.bruns83@web.example>",
             "Kündigungsbestätigung und SF-Bescheinigung", "Tue, 24 Nov 2026 10:18:00 +0100", body,
             att=[A("SF-Bescheinigung_KF-4471-19377.pdf", sf, "application/pdf")])
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "cancellation confirmation, claims history certificate with birth date"


def m053():
    text = """Neu in der Weserland-App (Version 6.2)

* Rechnungen einreichen: Arztrechnungen, Zahnarztrechnungen, Rezepte und
  Heil- und Kostenpläne einfach fotografieren. Die App erkennt jetzt
  automatisch, ob alle Seiten drauf sind.
* Schadenmeldung Kfz mit Unfallskizze: Skizze direkt auf dem Handy zeichnen.
* Dokumentenpostfach: alle Briefe als PDF, mit Suchfunktion.
* Barrierefreiheit: bessere Unterstützung für Screenreader und größere Schrift.

Die App gibt es im App Store und bei Google Play. Wer die Gesichtserkennung
nutzt, muss sich nach dem Update einmal neu mit Passwort anmelden.

Ihre Weserland Versicherung"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2 style="color:#0b4f6c">Neu in der Weserland-App (Version 6.2)</h2>
<ul>
<li><b>Rechnungen einreichen:</b> Arztrechnungen, Zahnarztrechnungen, Rezepte und Heil- und Kostenpläne einfach fotografieren. Die App erkennt jetzt automatisch, ob alle Seiten drauf sind.</li>
<li><b>Schadenmeldung Kfz mit Unfallskizze:</b> Skizze direkt auf dem Handy zeichnen.</li>
<li><b>Dokumentenpostfach:</b> alle Briefe als PDF, mit Suchfunktion.</li>
<li><b>Barrierefreiheit:</b> bessere Unterstützung für Screenreader und größere Schrift.</li>
</ul>
<p>Wer die Gesichtserkennung nutzt, muss sich nach dem Update einmal neu mit Passwort anmelden.</p>
<p>Ihre Weserland Versicherung</p></body></html>"""
    m = mail("Weserland Versicherung <info@news.weserland-vers.example>", "kundenbrief-verteiler@news.weserland-vers.example",
             "Neu in der App: Arztrechnungen mit einem Foto einreichen", "Tue, 10 Nov 2026 10:00:00 +0100", text, html=html)
    return m, "NORMAL", "de", "newsletter", "trap: app release notes about doctors' invoices, prescriptions, treatment plans; multipart/alternative"


def m054():
    body = """Sehr geehrte Damen und Herren,

mein Mann Hans-Jürgen Plate ist am 28. November ganz plötzlich verstorben. Er hatte morgens beim Schneeschippen einen Herzinfarkt, der Notarzt konnte nichts mehr machen. Er wurde 61 Jahre alt.

Er hatte bei Ihnen eine Risikolebensversicherung, die Nummer ist LV 88 402 113-7, ich bin als Bezugsberechtigte eingetragen. Die Sterbeurkunde habe ich gestern bekommen und hänge sie als Scan an.

Ich weiß ehrlich gesagt gar nicht was ich jetzt alles machen muss. Könnten Sie mir bitte schreiben was Sie noch brauchen? Am liebsten per Mail, ich kann grad nicht telefonieren.

Mit freundlichen Grüßen
Renate Plate
Weyher Str. 38
28844 Weyhe"""
    m = mail("Renate Plate <renate.plate@t-online.example>", "leben@weserland-vers.example",
             "Tod meines Mannes Hans-Jürgen Plate", "Fri, 04 Dec 2026 09:30:12 +0100", body,
             att=[A("Sterbeurkunde.pdf", pdf(["Standesamt Weyhe - Sterbeurkunde", "Hans-Juergen Plate, geboren am 14.01.1965 in Syke",
                   "ist am 28.11.2026 um 07:52 Uhr in Weyhe verstorben.", "Ehegattin: Renate Plate geb. Dunker"], "Sterbeurkunde"),
                   "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "widow reports husband's death by heart attack, term life claim, death certificate with birth date"


def m055():
    body = """Sehr geehrte Frau Plate,

zunächst möchten wir Ihnen zum Tod Ihres Mannes unser aufrichtiges Beileid
aussprechen.

Wir haben den Leistungsfall zur Risikolebensversicherung LV 88 402 113-7 unter
der Nummer L-2026-0815 angelegt. Ihre Sterbeurkunde liegt uns vor, vielen Dank.
Damit wir die Versicherungssumme von 150.000 EUR auszahlen können, benötigen
wir noch:

1. eine ärztliche Bescheinigung über die Todesursache (unser Formular
   "Ärztlicher Bericht zum Todesfall" – Ihr Hausarzt oder der Notarzt kann es
   ausfüllen; die Kosten übernehmen wir),
2. den Versicherungsschein im Original (falls nicht auffindbar, genügt eine
   kurze formlose Erklärung),
3. Ihre Bankverbindung für die Auszahlung.

Da der Vertrag erst im April 2024 begonnen hat, sind wir gesetzlich
verpflichtet, die Angaben im Antrag zu prüfen. Das ist ein Routinevorgang und
kein Misstrauen Ihnen gegenüber.

Sie müssen nichts weiter tun als diese Unterlagen zu schicken. Wenn Sie Fragen
haben, schreiben Sie mir einfach.

Mit herzlichen Grüßen

Sven Ahlers
Leistung Leben
Tel. 0421 5590-3310

""" + FOOT_DE
    m = mail("Sven Ahlers <sven.ahlers@weserland-vers.example>", "Renate Plate <renate.plate@t-online.example>",
             "AW: Tod meines Mannes Hans-Jürgen Plate", "Mon, 07 Dec 2026 10:05:47 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative", "life claim after death: cause-of-death report requested, sum insured, contestability check"


def m056():
    body = """Hi,

quick question as I'm new in Germany: what is actually the difference between "Unfallversicherung" and "Berufsunfähigkeitsversicherung"? A colleague of mine broke his leg skiing last winter, was off work for 3 months and his accident insurance paid nothing because he recovered fully. That sounds strange to me.

Which one would you recommend for someone with an office job?

Cheers
Tom Hargreaves"""
    m = mail("Tom Hargreaves <tom.hargreaves@gmail.example>", "service@weserland-vers.example",
             "Unfallversicherung vs Berufsunfaehigkeit?", "Mon, 07 Dec 2026 13:20:11 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: prospect compares accident and disability cover; anecdote about an unnamed colleague's broken leg"


def m057():
    body = """Hallo,

ich habe eine question about my Kfz insurance. My wife Sofía is coming to Germany next month and she will also drive the car sometimes. Muss ich sie als Fahrerin eintragen? Her details:

Sofía Morales Díaz, geboren 30/06/1990
Driving licence from Spain since 2009

Mein Vertrag ist KF-4471-66240, Auto ist ein Seat Leon HB-JM 3019.

Will the price go up a lot? Danke!!

Javier Morales"""
    m = mail("Javier Morales <javier.morales@gmail.example>", "kfz@weserland-vers.example",
             "Fahrerin hinzufügen / add my wife as driver", "Mon, 07 Dec 2026 18:03:40 +0100", body)
    return m, "CONFIDENTIAL", "mixed", "customer", "German/English mix: adds wife as driver with birth date; motor contract and plate"


def m058():
    body = """Guten Tag,

in der aktuellen Finanztest ist ein großer Vergleich von Zahnzusatzversicherungen
(Heft 12/2026, S. 48 ff.), Testsieger sind zwei Tarife mit "sehr gut" für
Zahnersatz mit 90 % Erstattung. Ihr Tarif WeserZahn Plus taucht da gar nicht auf.
Haben Sie nicht mitgemacht oder gibt's den Tarif nicht mehr?

Ich suche gerade was für mich und meine Frau, wir sind beide Mitte 40 und
bisher ohne Zusatzversicherung.

Gruß
Matthias Rehberg"""
    m = mail("Matthias Rehberg <m.rehberg@web.example>", "service@weserland-vers.example",
             "Zahnzusatz im Finanztest?", "Tue, 08 Dec 2026 07:44:29 +0100", body)
    return m, "NORMAL", "de", "prospect", "trap: prospect asks about a dental insurance test; ages only, no health or contract data"


def m059():
    body = """Sehr geehrte Frau Oltmanns,

wir haben Ihren Fahrraddiebstahl (Schaden S-2026-049377, Hausrat HR 55 123 887)
geprüft. Ihr Vertrag enthält die Fahrradklausel mit Neuwertentschädigung bis
3.000 EUR. Wir erstatten:

  Cube Kathmandu Hybrid Pro 750 (Neupreis lt. Rechnung)   2.899,00 EUR
  abzgl. Selbstbeteiligung                                 - 150,00 EUR
  Auszahlung                                               2.749,00 EUR

Die Überweisung geht heute an Ihr Konto DE21 6756 4803 8765 1696 88 raus.

Sollte das Fahrrad wieder auftauchen, melden Sie sich bitte bei uns. Sie können
es dann entweder behalten und die Entschädigung zurückzahlen oder es uns
überlassen.

Mit freundlichen Grüßen

Ole Hinrichs
Hausrat & Haftpflicht

""" + FOOT_DE
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Marlene Oltmanns <m.oltmanns@posteo.example>",
             "Ihr Schaden S-2026-049377 – Regulierung", "Wed, 25 Nov 2026 14:40:00 +0100", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "bicycle theft settlement: claim and contract numbers, payout, customer IBAN"


def m060():
    body = """Hi,

this is a bit awkward to write. Since October I've been seeing a psychotherapist here in Bremen (Dipl.-Psych. Hella Brünjes) because of panic attacks, they started during my exams. I've had 6 sessions so far at 100,55 euros each and she wants to continue with another 10.

I'm insured with your "Student Travel & Health" (RK-880377) because my home insurance from Canada doesn't work here. Do you pay for this? The invoices are attached. Please don't send anything to my parents' address, I'd rather they don't know.

Thanks,
Émilie Tremblay
(matriculation no. 4029188)"""
    inv = odt(["Praxis für Psychotherapie Dipl.-Psych. Hella Brünjes", "Rechnung 2026-211 für Frau Émilie Tremblay, geb. 08.01.2003",
               "Diagnose: Panikstörung (F41.0)", "GOP 870 Verhaltenstherapie Einzelbehandlung, 50 Min., 2,3-fach: 6 x 100,55 EUR = 603,30 EUR",
               "Zahlbar innerhalb 14 Tagen."])
    m = mail("Émilie Tremblay <emilie.tremblay@stud.hs-weserstadt.example>", "leistung@weserland-vers.example",
             "therapy invoices", "Tue, 08 Dec 2026 23:12:08 +0100", body,
             att=[A("Rechnung_Bruenjes.odt", inv, "application/vnd.oasis.opendocument.text")])
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "student's psychotherapy for panic attacks; F41.0 and birth date in ODT invoice"


def m061():
    body = """Moin zusammen,

für die Ablehnungen Heilpraktiker/Alternativmedizin haben wir ab sofort zwei
neue Textbausteine im Korrespondenzsystem (KS-HP-07 und KS-HP-08). Bitte nicht
mehr den alten Baustein KS-HP-03 nehmen, der klang zu sehr nach Vorwurf.

KS-HP-07 (Verfahren nicht im Hufelandverzeichnis):
  "Sehr geehrte/r «Anrede» «Name», vielen Dank für die Rechnung von
   «Behandler» vom «Datum». Die Behandlungsmethode «Methode» ist in Ihrem
   Tarif «Tarif» leider nicht erstattungsfähig, weil ..."

KS-HP-08 (Jahreshöchstbetrag erreicht):
  "... Für das Kalenderjahr «Jahr» haben wir bereits «Betrag» EUR erstattet;
   damit ist der Höchstbetrag von «Höchstbetrag» EUR erreicht ..."

Beispiele für "Methode", die wir regelmäßig sehen: Bioresonanz, Eigenblut,
Colon-Hydro-Therapie. Akupunktur bei Migräne und Rückenschmerzen ist dagegen
erstattungsfähig!

Danke und Gruß
Miriam"""
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "team-leistung-kranken@weserland-vers.example",
             "Neue Textbausteine Heilpraktiker-Ablehnung", "Thu, 12 Nov 2026 15:00:00 +0100", body)
    return m, "NORMAL", "de", "internal", "trap: letter templates with «placeholders» naming therapies, migraine, back pain; no person"


def m062():
    body = """Hello Mr Hinrichs,

as discussed on the phone this morning: someone broke into our flat on Tuesday between 9 and 17 while we were at work (balcony door levered open, 1st floor). The police were here (case no. 0411-Bremen-Süd-26-90251).

Contents insurance HR 55 244 905, policyholder Daniel Okafor, Buntentorsteinweg 301, 28201 Bremen.

I've attached a list of what's missing with prices as far as we know them. Receipts for the laptop and the camera I still have, for the jewellery (my wife's grandmother's ring) we only have a photo.

Best regards
Daniel Okafor"""
    lst = xlsx([("Stehlgutliste", [
        ["Nr", "Gegenstand", "gekauft", "Preis EUR", "Beleg vorhanden"],
        [1, "MacBook Air 13 M3", "2025-02", 1399, "ja"],
        [2, "Sony Alpha 6400 + Objektiv 18-135", "2023-07", 1180, "ja"],
        [3, "Goldring mit Saphir (Erbstück)", "ca. 1970", 2500, "Foto"],
        [4, "Bargeld aus Schublade", "", 340, "nein"],
        [5, "2 Uhren (Casio, Fossil)", "2021", 260, "nein"],
        ["", "Summe", "", 5679, ""]])])
    m = mail("Daniel Okafor <daniel.okafor@outlook.example>", "Ole Hinrichs <ole.hinrichs@weserland-vers.example>",
             "Burglary - list of stolen items", "Thu, 10 Dec 2026 19:55:00 +0100", body,
             att=[A("stolen_items.xlsx", lst, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "CONFIDENTIAL", "en", "customer", "burglary claim: named customer, address, contract, police case; stolen-items XLSX"


def m063():
    body = """Guten Tag,

meine Mutter Ilse Könemann (Vertrag Auslandsreisekranken RK-712208 über ihren Jahresvertrag) ist gerade auf Mallorca in der Finca ihrer Freundin und wurde gestern mit Herzrasen und Schwindel ins Hospital Son Llàtzer in Palma gebracht. Dort sagen sie Vorhofflimmern, sie bekommt Blutverdünner und bleibt mindestens bis Freitag zur Beobachtung.

Das Krankenhaus will eine Kostenübernahme von der Versicherung, sonst soll sie 3.000 € Vorkasse zahlen. Bitte melden Sie sich dringend beim Krankenhaus (Fax +34 971 000 412, Frau Ramis, Admisiones) oder bei mir.

Außerdem: Sie hat einen Rückflug am 16.12. gebucht, darf sie den überhaupt nehmen? Muss sie ggf. liegend zurück?

Ralf Könemann
0162 449 8820"""
    m = mail("Ralf Könemann <ralf.koenemann@gmx.example>", "notruf@weserland-vers.example",
             "DRINGEND Krankenhaus Mallorca Ilse Könemann", "Wed, 09 Dec 2026 06:58:22 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "son reports mother's hospital stay abroad, atrial fibrillation, anticoagulant; travel health"


def m064():
    body = """Hallo,

Sie haben das Zurücksetzen Ihres Passworts für das Weserland-Kundenportal
angefordert. Klicken Sie auf den folgenden Link, um ein neues Passwort zu
vergeben. Der Link ist 30 Minuten gültig.

https://postfach.weserland-vers.example/reset?t=Zk3vQ8-aa71-4c0e-9b52-1fe0c2

Anschließend fragen wir Ihre Sicherheitsfrage ab.

Sie haben nichts angefordert? Dann ignorieren Sie diese E-Mail einfach; Ihr
Passwort bleibt unverändert.

Weserland Versicherung AG – Kundenportal"""
    m = mail("Weserland Kundenportal <noreply@postfach.weserland-vers.example>", "kerstin.vogt@gmx.example",
             "Passwort zurücksetzen", "Thu, 10 Dec 2026 21:14:09 +0100", body, hdr={"Auto-Submitted": "auto-generated"})
    return m, "NORMAL", "de", "insurer-to-customer", "password-reset link, no data"


def m065():
    body = """Dear Weserland team,

I have an appointment at the Migrationsamt (foreigners' office) on 14 January to extend my residence permit. They want proof of my insurances. Could you send me a confirmation in English for my liability insurance and home contents insurance please?

Name: Chinedu Eze
Date of birth: 1996-03-21
Liability: PHV-2025-203317
Contents: HR 55 276 118
Address: Am Hulsberg 68, 28205 Bremen

Thanks in advance!
Chinedu"""
    m = mail("Chinedu Eze <chinedu.eze@gmail.example>", "service@weserland-vers.example",
             "Insurance confirmation for foreigners office", "Fri, 11 Dec 2026 08:31:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "expat asks for insurance certificate: birth date, address, two non-personal contracts"


def m066():
    conf = docx(["# Weserland Versicherung AG – Confirmation of insurance", "Bremen, 11 December 2026",
                 "We hereby confirm that Mr Chinedu Eze, born 21 March 1996, residing at Am Hulsberg 68, 28205 Bremen,",
                 "holds the following insurance policies with Weserland Versicherung AG:",
                 "Personal liability insurance, policy no. PHV-2025-203317, since 01/05/2025, cover 50 million EUR",
                 "Home contents insurance, policy no. HR 55 276 118, since 01/05/2025, sum insured 20,000 EUR",
                 "Both policies are in force and premiums are paid up to 31 December 2026.",
                 "Weserland Versicherung AG, Customer Service"])
    body = """Dear Mr Eze,

please find attached the requested confirmation. It is also valid without a
signature. Good luck with your appointment!

Kind regards

Tobias Wendt
Customer Service

""" + FOOT_EN
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Chinedu Eze <chinedu.eze@gmail.example>",
             "RE: Insurance confirmation for foreigners office", "Fri, 11 Dec 2026 11:02:00 +0100", body,
             att=[A("Confirmation_Insurance_Eze.docx", conf, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "harmless body; DOCX confirmation with birth date, address, contract numbers"


def m067():
    body = """Hi,

your app keeps crashing on my phone (Pixel 8, Android 15) right after I enter the password. Reinstalled it twice, same thing. Is that a known problem?

Maya"""
    m = mail("Maya Lindqvist <maya.lindqvist@gmail.example>", "app-support@weserland-vers.example",
             "App crashes on login", "Sat, 12 Dec 2026 14:40:38 +0100", body, hdr={"X-Mailer": "Gmail for Android"})
    return m, "NORMAL", "en", "customer", "app support request without contract data"


def m068():
    body = """WESERLAND EXPAT NEWS – Winter driving special

Did you know? Every car in Germany must carry a first-aid kit (DIN 13164),
a warning triangle and a high-visibility vest. Since 2022 the kit must also
contain two face masks. Check the expiry date - sterile dressings and plasters
expire after about 4-5 years, and the police can fine you 5 euros if they are
out of date.

What's in the kit: 1 pair of scissors, 2 emergency blankets, 14 plasters,
3 dressing packs, wound compresses, 2 triangular bandages, 4 pairs of
disposable gloves, a guide to first aid.

First-aid courses: Everybody who takes a German driving test must have done a
9-hour course. If yours was long ago, the Red Cross and the Johanniter offer
refresher courses (around 50 euros). As a Weserland motor customer you get
10 euros back - send us the receipt.

Breakdown? Call our 24/7 assistance: +49 421 5590-5555.

Unsubscribe: https://www.weserland-vers.example/en/newsletter/unsubscribe"""
    m = mail("Weserland Expat News <expat-news@news.weserland-vers.example>", "expat-news@news.weserland-vers.example",
             "Winter driving special: is your first-aid kit out of date?", "Thu, 26 Nov 2026 11:00:00 +0100", body,
             cte="base64")
    return m, "NORMAL", "en", "newsletter", "trap: first-aid kit contents, dressings, first-aid courses; base64 body; no person"


def m069():
    body = """Hallo Frau Kuhlmann,

hier wie gewünscht der OP-Bericht und der Bericht von der Reha, Röntgenbilder hab ich leider nur auf CD.

Gruß Dennis Wohlers

Gesendet von meinem iPhone

> Am 30.11.2026 um 10:14 schrieb Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>:
>
> Sehr geehrter Herr Wohlers,
>
> vielen Dank für Ihre Unfallanzeige zu Ihrer Unfallversicherung UV 7.448.531
> (Schaden U-2026-3301). Sie schreiben, dass Sie sich am 13.09.2026 beim
> Fußballtraining das vordere Kreuzband im rechten Knie gerissen haben und am
> 24.09. in der Sportklinik Hellersen operiert wurden (Kreuzbandplastik).
>
> Damit wir prüfen können, ob eine dauerhafte Beeinträchtigung (Invalidität)
> vorliegen kann, benötigen wir den Operationsbericht und den Entlassbericht
> der Rehabilitation. Die Invalidität muss innerhalb von 15 Monaten nach dem
> Unfall ärztlich festgestellt werden.
>
> Mit freundlichen Grüßen
> Petra Kuhlmann, Leistung Unfall"""
    m = mail("Dennis Wohlers <dennis.wohlers@icloud.example>", "Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>",
             "Re: Ihre Unfallanzeige U-2026-3301", "Tue, 08 Dec 2026 17:22:50 +0100", body,
             att=[A("OP-Bericht.pdf", pdf(["Sportklinik Hellersen - Operationsbericht", "Patient: Dennis Wohlers, geb. 27.10.1995",
                   "Diagnose: VKB-Ruptur rechts (S83.53), Innenmeniskuslaesion", "Eingriff: arthroskopische VKB-Plastik mit Semitendinosussehne"], "OP"),
                   "application/pdf"),
                  A("Reha-Bericht.pdf", pdf(["Reha-Zentrum am Bürgerpark - Entlassbericht", "Dennis Wohlers, ambulante Reha 06.10.-31.10.2026",
                   "Streckdefizit 5 Grad, Beugung 120 Grad, Belastung schmerzfrei"], "Reha"), "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "reply on top of insurer letter: ACL rupture and surgery in quoted text, reports attached; accident line"


def m070():
    body = """Sehr geehrte Damen und Herren,

ich habe heute die neue Beitragsrechnung für mein Auto bekommen und bin ehrlich gesagt sauer. Ich zahle jetzt 1.084,32 € statt 712,60 € im Jahr, weil ich von SF 12 auf SF 8 zurückgestuft wurde. Wegen einem einzigen Parkrempler im Frühjahr, bei dem Sie dem anderen 1.900 € gezahlt haben!

Vertrag KF-4471-30452, VN Birgit Schlüter

Kann ich den Schaden nicht einfach selbst zurückzahlen damit ich meine SF 12 behalte? Wie geht das und bis wann?

Mit freundlichen Grüßen
Birgit Schlüter"""
    m = mail("Birgit Schlüter <birgit.schlueter@t-online.example>", "kfz@weserland-vers.example",
             "Beitragserhöhung Rückstufung - Widerspruch", "Sat, 12 Dec 2026 10:08:31 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "motor premium increase after claim: named policyholder, contract, SF classes, amounts"


def m071():
    guide = pdf(["Weserland Versicherung - So lesen Sie Ihre Zahnarztrechnung (Leitfaden, Stand 2026)", "",
                 "BEISPIELRECHNUNG (fiktiv): Patient Max Mustermann, geb. 01.01.1980, Musterstrasse 1, 12345 Musterstadt",
                 "Zahn 46  GOZ 2210  Vollkrone (Tangentialpraeparation)  Faktor 2,3  270,05 EUR",
                 "Zahn 46  GOZ 2197  adhaesive Befestigung               Faktor 2,3   16,82 EUR",
                 "Material- und Laborkosten                                           412,30 EUR", "",
                 "1 = Zahnnummer (FDI-Schema: 1. Ziffer Quadrant, 2. Ziffer Zahn)",
                 "2 = Gebuehrenziffer nach GOZ",
                 "3 = Steigerungsfaktor: bis 2,3 ohne Begruendung, bis 3,5 mit Begruendung",
                 "Erstattung im Beispiel bei WeserZahn Plus (90 %): 629,26 EUR"], "Leitfaden")
    body = """Sehr geehrte Frau Bischoff,

wie am Telefon versprochen schicke ich Ihnen unseren Leitfaden zur
Zahnarztrechnung. Die Beispielrechnung darin ist erfunden, zeigt aber gut, wie
Zahnnummer, GOZ-Ziffer und Steigerungsfaktor zusammenhängen.

Wenn Sie danach noch Interesse an einem Angebot für WeserZahn Plus haben,
melden Sie sich gern.

Mit freundlichen Grüßen
Tobias Wendt
Kundenservice

""" + FOOT_DE
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Petra Bischoff <petra.bischoff@web.example>",
             "Leitfaden Zahnarztrechnung", "Mon, 14 Dec 2026 09:20:00 +0100", body,
             att=[A("Leitfaden_Zahnarztrechnung_2026.pdf", guide, "application/pdf")])
    return m, "NORMAL", "de", "insurer-to-prospect", "trap: guide PDF with fictitious example invoice (Max Mustermann, crown, GOZ) sent to a prospect"


def m072():
    body = """Hi,

just saw this in the news (link below): "Hackers steal health data of 1.2 million customers from German insurer". It doesn't say which insurer. Is it you? Should I be worried?

https://www.nordwest-nachrichten.example/wirtschaft/datenleck-versicherer-2026-12

Regards,
Sean Murphy"""
    m = mail("Sean Murphy <sean.murphy@icloud.example>", "datenschutz@weserland-vers.example",
             "data breach in the news - is it you?", "Mon, 14 Dec 2026 12:45:00 +0100", body)
    return m, "NORMAL", "en", "customer", "trap: question about a news item on stolen health data; no personal data"


def m073():
    body = """Sehr geehrte Frau Lammers,

vielen Dank für Ihre Rechnung von Frau Heilpraktikerin Dörte Sagebiel vom
20.11.2026 zu Ihrem Vertrag KZ-589320.

Die Akupunktur-Behandlungen wegen Ihrer chronischen Migräne (10 Sitzungen)
erstatten wir mit 80 % = 384,00 EUR.

Die außerdem abgerechnete Bioresonanztherapie (GebüH 38.3, 6 x 45 EUR) können
wir leider nicht übernehmen: Das Verfahren ist im Hufelandverzeichnis nicht
aufgeführt und in Ihrem Tarif daher nicht erstattungsfähig (§ 4 Abs. 3 AVB
WeserVorsorge).

Mit freundlichen Grüßen

Dr. Miriam Tews
Leistung Krankenzusatz

""" + FOOT_DE
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "Hanne Lammers <hanne.lammers@posteo.example>",
             "Ihre Heilpraktikerrechnung vom 20.11.2026", "Tue, 15 Dec 2026 10:10:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "partial rejection: acupuncture for chronic migraine, bioresonance; health contract of named customer"


def m074():
    body = """Hallo,

wir möchten uns für den Erste-Hilfe-Kurs am Samstag, 16. Januar, bei Ihnen im
Weserland Forum anmelden (den aus dem Kundenbrief, mit Kindernotfällen).

Wir sind zu zweit: Lena und Paul Wiechmann.

Brauchen wir etwas mitzubringen? Wir haben ein Baby, können wir das mitnehmen?

Liebe Grüße
Lena Wiechmann"""
    m = mail("Lena Wiechmann <lena.wiechmann@gmx.example>", "events@weserland-vers.example",
             "Anmeldung Erste-Hilfe-Kurs 16.1.", "Mon, 14 Dec 2026 20:31:12 +0100", body)
    return m, "NORMAL", "de", "customer", "trap: registration for a first-aid course on children's emergencies; no health data about anyone"


def m075():
    body = """Dear Ms Demir,

I need to ask if my legal expenses insurance (RS 1182 5120, incl. employment law) covers this: my employer, Nordkai Logistik GmbH, sent me a termination letter on 2 December. I've been on sick leave since August because of long COVID (severe fatigue, I can't work more than 2-3 hours a day, my GP and a neurologist at the post-COVID clinic in Hannover confirmed it). The letter says "personenbedingte Kündigung" because of "long-term illness with negative prognosis".

I have three weeks to go to the labour court (until 23 December). A lawyer from my trade union said she could do it, but I'm not a member any more, so I'd rather go through you.

Please let me know urgently.

Kind regards
Gareth Pryce
Lange Reihe 44, 28219 Bremen"""
    m = mail("Gareth Pryce <gareth.pryce@gmail.example>", "Aylin Demir <aylin.demir@weserland-vers.example>",
             "Urgent: unfair dismissal - cover?", "Mon, 07 Dec 2026 07:25:40 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "employment legal expenses: dismissal during sick leave for long COVID, fatigue, neurologist"


def m076():
    body = """Hello,

I sold my car yesterday (VW Up, HB-KS 540). The buyer is Mr. Fabian Struß from Delmenhorst, he has his own insurance and will register it next week. Please cancel my policy KF-4471-22019 from 15 December.

Copy of the sales contract is attached.

Regards,
Katarzyna Sobczak"""
    m = mail("Katarzyna Sobczak <k.sobczak@outlook.example>", "kfz@weserland-vers.example",
             "car sold - cancel insurance", "Tue, 15 Dec 2026 18:10:00 +0100", body,
             att=[A("Kaufvertrag_VW_Up.pdf", pdf(["Kaufvertrag ueber ein gebrauchtes Kraftfahrzeug (privat)",
                   "Verkaeuferin: Katarzyna Sobczak, Hastedter Heerstr. 90, 28207 Bremen",
                   "Kaeufer: Fabian Struss, Stedinger Str. 12, 27753 Delmenhorst, Ausweis-Nr. L01X00T47",
                   "VW up! 1.0, FIN WVWZZZAAZGD118273, Kennzeichen HB-KS 540, Kaufpreis 6.900 EUR",
                   "Uebergabe 14.12.2026, 16:30 Uhr"], "Kaufvertrag"), "application/pdf")])
    return m, "CONFIDENTIAL", "en", "customer", "vehicle sale: named buyer and seller, plate, VIN, ID number in PDF, contract"


def m077():
    body = """Sehr geehrter Herr Könemann,

wir haben heute früh um 8:20 Uhr per Fax die Kostenübernahme für den
Aufenthalt Ihrer Mutter im Hospital Son Llàtzer an die Aufnahme (Frau Ramis)
geschickt. Eine Vorauszahlung muss Ihre Mutter nicht leisten.

Unser medizinischer Dienst hat mit der Stationsärztin gesprochen: Das
Vorhofflimmern ist medikamentös gut eingestellt, die Entlassung ist für
Freitag geplant. Gegen den Rückflug am 16.12. spricht aus ärztlicher Sicht
nichts, ein Liegendtransport ist nicht nötig. Wir empfehlen aber einen Sitz am
Gang und Kompressionsstrümpfe wegen der Blutverdünnung.

Ein Hinweis: Ausführliche medizinische Auskünfte dürfen wir Ihnen künftig nur
geben, wenn Ihre Mutter uns dafür von der Schweigepflicht entbindet. Das
Formular hängt an; Ihre Mutter kann es im Krankenhaus unterschreiben und
abfotografieren.

Gute Besserung für Ihre Mutter!

Mit freundlichen Grüßen

Weserland Assistance – Auslandsnotruf
Nadja Freese, Fall-Nr. A-2026-5541
Tel. +49 421 5590-5555 (24/7)

""" + FOOT_DE
    m = mail("Weserland Assistance <notruf@weserland-vers.example>", "Ralf Könemann <ralf.koenemann@gmx.example>",
             "AW: DRINGEND Krankenhaus Mallorca Ilse Könemann", "Wed, 09 Dec 2026 09:02:17 +0100", body,
             att=[A("Schweigepflichtentbindung_blanko.pdf", pdf(["Erklaerung zur Entbindung von der Schweigepflicht",
                   "Ich, ____________________ (Name, Geburtsdatum), entbinde ...", "Ort, Datum, Unterschrift ____________"], "SE"),
                   "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative", "cost guarantee for mother's hospital stay abroad, atrial fibrillation, blood thinners; travel health"


def m078():
    body = """(English version below)

Beitragsanpassung in der Krankenzusatzversicherung zum 1. Januar 2027

Liebe Kundinnen und Kunden,

die Ausgaben für Zahnersatz, Brillen und stationäre Wahlleistungen sind in den
letzten drei Jahren deutlich gestiegen, im Schnitt um 7,8 % pro Jahr (Zahnersatz
+9,4 %, Einbettzimmer +6,1 %). Ein unabhängiger Treuhänder hat unsere Kalkulation
geprüft. In den Tarifen WeserZahn und WeserVorsorge steigen die Beiträge zum
1. Januar 2027 deshalb um durchschnittlich 4,90 EUR im Monat. WeserKlinik bleibt
unverändert.

Ihren persönlichen neuen Beitrag finden Sie Anfang Dezember in Ihrem
Postfach. Sie haben ein Sonderkündigungsrecht bis zum Ende des Monats, in dem
die Erhöhung wirksam wird.

--------------------------------------------------------------------------

Premium adjustment for supplementary health insurance from 1 January 2027

Dear customers,

costs for dentures, glasses and private hospital rooms have risen by an average
of 7.8 % per year over the last three years. An independent trustee has
reviewed our calculation. Premiums for WeserZahn and WeserVorsorge will rise by
4.90 EUR per month on average from 1 January 2027. Your personal new premium
will be in your customer mailbox in early December.

Weserland Versicherung AG"""
    m = mail("Weserland Versicherung <info@news.weserland-vers.example>", "kundenbrief-verteiler@news.weserland-vers.example",
             "Beitragsanpassung Krankenzusatz 2027 / Premium adjustment 2027", "Mon, 16 Nov 2026 10:00:00 +0100", body)
    return m, "NORMAL", "mixed", "newsletter", "trap: bilingual bulk notice on health premium increases with cost statistics; no individual"


def m079():
    body = """Hi,

I'm an international master's student and I have your "Student Travel & Health" policy (RK-880502). I just found out I'm pregnant, about 10 weeks now. It wasn't planned and I'm still figuring things out.

Does my insurance cover the check-ups with a gynaecologist (my first appointment is on 4 January) and the birth in July? And if I decide not to continue the pregnancy, is that covered?

I'd really appreciate a discreet answer by email only.

Thank you,
Ngozi Okonkwo"""
    m = mail("Ngozi Okonkwo <ngozi.okonkwo@stud.hs-weserstadt.example>", "leistung@weserland-vers.example",
             "question about coverage", "Thu, 17 Dec 2026 00:42:19 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "harmless subject; student's pregnancy, prenatal care, possible termination; health policy"


def m080():
    body = """Guten Tag Herr Hinrichs,

leider muss ich einen Schaden melden. Unser Hund Balu (Labrador-Mix, über Sie haftpflichtversichert, Tierhalterhaftpflicht TH-2025-00871) hat gestern beim Spaziergang im Bürgerpark die Katze von Frau Edda Lohmeyer gebissen, die frei herumlief. Die Katze musste in der Tierklinik genäht werden und bekommt Antibiotika, Rechnung 486,90 €. Frau Lohmeyer wohnt Parkallee 204, 28209 Bremen, Tel. 0421 347 118.

Menschen wurden nicht verletzt.

Die Tierarztrechnung schicke ich, sobald Frau Lohmeyer sie mir gibt.

Mit freundlichen Grüßen
Hauke Reiners"""
    m = mail("Hauke Reiners <hauke.reiners@web.example>", "Ole Hinrichs <ole.hinrichs@weserland-vers.example>",
             "Schadenmeldung Hundehaftpflicht TH-2025-00871", "Wed, 16 Dec 2026 11:17:06 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "dog liability: cat bitten (animal health), named third party with address; nobody hurt"


def m081():
    csv_rows = """Nr;Gegenstand;Zeitwert EUR;Neuwert EUR;Entschädigung EUR;Bemerkung
1;MacBook Air 13 M3;1119,20;1399,00;1399,00;Neuwert, Beleg liegt vor
2;Sony Alpha 6400 + Objektiv;826,00;1180,00;1180,00;Neuwert, Beleg liegt vor
3;Goldring mit Saphir;2500,00;2500,00;2000,00;Wertsachen Bargeld/Schmuck nicht im Tresor: Grenze 20 %% VS
4;Bargeld;340,00;340,00;340,00;Grenze Bargeld 1.500 EUR
5;2 Uhren;130,00;260,00;260,00;Neuwert
;Summe;;;5179,00;
""".replace("%%", "%")
    letter = pdf(["Weserland Versicherung AG - Schadenabrechnung Hausrat",
                  "Versicherungsnehmer: Daniel Okafor, Buntentorsteinweg 301, 28201 Bremen",
                  "Vertrag HR 55 244 905 - Schaden S-2026-051208 - Einbruchdiebstahl vom 08.12.2026",
                  "Entschaedigung gesamt: 5.179,00 EUR",
                  "Zahlung an: IBAN DE10 4452 7027 9581 4038 78 (Kontoinhaber Daniel Okafor)",
                  "Reparatur Balkontuer: wird direkt mit der Vermieterin abgerechnet."], "Abrechnung")
    z = zipped([("Abrechnung_S-2026-051208.pdf", letter),
                ("Stehlgut_Bewertung.csv", csv_rows.encode("cp1252"))])
    body = """Dear Mr Okafor,

we have settled your burglary claim. Please find the settlement letter and the
valuation of the stolen items in the attached ZIP file (the ring is limited to
the valuables limit of your policy - details in the letter).

If you have any questions, feel free to call me.

Kind regards

Ole Hinrichs
Home & Liability

""" + FOOT_EN
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Daniel Okafor <daniel.okafor@outlook.example>",
             "Your claim S-2026-051208", "Fri, 18 Dec 2026 12:00:00 +0100", body,
             att=[A("S-2026-051208.zip", z, "application/zip")])
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "burglary settlement; address, contract, IBAN inside a ZIP (PDF + CSV cp1252)"


def m082():
    body = """Hallo,

ich studiere Gesundheitsökonomie im 5. Semester und hab auf Ihrer Seite die
Werkstudentenstelle in der Leistungsprüfung Krankenzusatz gesehen. Zwei Fragen
vorab: Muss man Vorkenntnisse in GOÄ/GOZ haben? Und arbeitet man da auch mit
echten Arztrechnungen und Diagnosen, also muss man vorher eine
Verschwiegenheitserklärung unterschreiben?

Viele Grüße
Lukas Brandt"""
    m = mail("Lukas Brandt <lukas.brandt@stud.hs-weserstadt.example>", "karriere@weserland-vers.example",
             "Frage zur Werkstudentenstelle Leistungsprüfung", "Wed, 16 Dec 2026 15:12:44 +0100", body)
    return m, "NORMAL", "de", "applicant", "trap: student asks about a job checking doctors' invoices and diagnoses; no personal health data"


def m083():
    body = """Hallo Herr Brandt,

danke für Ihr Interesse! Vorkenntnisse in GOÄ/GOZ brauchen Sie nicht, die lernen
Sie bei uns in den ersten zwei Wochen. Und ja: Sie sehen echte Rechnungen,
Heil- und Kostenpläne und Arztberichte. Deshalb unterschreiben alle
Mitarbeitenden vor dem ersten Arbeitstag eine Verpflichtung auf die
Verschwiegenheit nach § 203 StGB und auf den Datenschutz.

Hier noch einmal die Stelle:

  Werkstudent (m/w/d) Leistungsprüfung Krankenzusatz, 16-20 Std./Woche
  - Prüfung von Arzt-, Zahnarzt- und Heilpraktikerrechnungen
  - Erfassung von Diagnosen (ICD-10) und Gebührenziffern
  - telefonische Rückfragen bei Praxen
  Wir bieten: 16,50 EUR/Std., flexible Zeiten, Jobticket

Bewerbungen gern mit Lebenslauf und Notenspiegel an karriere@weserland-vers.example.

Viele Grüße
Merle Kaschube
Recruiting

""" + FOOT_DE
    m = mail("Merle Kaschube <merle.kaschube@weserland-vers.example>", "Lukas Brandt <lukas.brandt@stud.hs-weserstadt.example>",
             "AW: Frage zur Werkstudentenstelle Leistungsprüfung", "Thu, 17 Dec 2026 09:30:00 +0100", body)
    return m, "NORMAL", "de", "insurer-to-applicant", "trap: job ad text about invoices, diagnoses, ICD-10, § 203 StGB; no individual's data"


def m084():
    body = """Hi,

I'm moving back to Canada at the end of January for good, so I'd like to cancel my personal liability (PHV-2024-160220) and contents insurance (HR 55 230 097) as of 31 January 2027.

My last address in Germany is Georg-Gröning-Str. 55, 28209 Bremen. From February: 1184 Rue Saint-Denis, Apt 3, Montréal QC H2X 3J7, Canada.

If there is any refund please send it to my German account until it closes in March: DE88 1195 2583 6745 5946 22.

Thanks for everything, you've been great!
Julien Gagnon"""
    m = mail("Julien Gagnon <julien.gagnon@gmail.example>", "vertrag@weserland-vers.example",
             "Cancellation - moving back to Canada", "Thu, 17 Dec 2026 19:05:36 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "cancellation: addresses, IBAN, two non-personal contracts"


def m085():
    body = """Hallo Frau Dr. Tews,

wie am Telefon besprochen schicke ich Ihnen den Arztbrief aus dem Krankenhaus in Thailand, leider nur auf Englisch. Kurz zusammengefasst: ich hatte Dengue-Fieber und lag 4 Tage im Bangkok Hospital Phuket. Die Rechnung (ca. 92.000 Baht) habe ich mit Kreditkarte bezahlt. Auslandsreisekranken RK-701955.

Hier der Text aus dem discharge summary:

---
DISCHARGE SUMMARY
Patient: Mr. Florian Hasselbring, 41 y/o male, German national
Admission: 02 Dec 2026   Discharge: 06 Dec 2026
Diagnosis: Dengue fever with warning signs (A97.1), thrombocytopenia
(platelets nadir 38,000/µL)
Treatment: IV fluids, paracetamol, platelet monitoring; no transfusion required
Condition at discharge: stable, afebrile for 48 h. Avoid NSAIDs for 2 weeks.
Follow-up with GP on return.
Attending physician: Dr. Somchai Rattanakul
---

Rechnung und Kreditkartenbeleg kommen per Post.

Beste Grüße
Florian Hasselbring"""
    m = mail("Florian Hasselbring <florian.hasselbring@gmx.example>", "Dr. Miriam Tews <miriam.tews@weserland-vers.example>",
             "Arztbrief Thailand / discharge summary", "Fri, 18 Dec 2026 08:12:25 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer", "German mail with English discharge summary: dengue fever A97.1, hospital stay abroad"


def m086():
    body = """anbei die Verordnung vom Augenarzt für Emma, sie hat jetzt auch ne Brille gekriegt (Amblyopie links, muss auch abkleben). Brille kostet 245 €, Rechnung kommt noch. Das läuft über KZ-598113 oder?

LG Jörg Böttjer

Von meinem iPhone gesendet"""
    m = mail("Jörg Böttjer <joerg.boettjer@t-online.example>", "leistung@weserland-vers.example",
             "Brille Emma", "Sat, 19 Dec 2026 11:36:00 +0100", body,
             att=[A("IMG_0932.jpeg", jpeg_stub("m086"), "image/jpeg")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "father reports child's amblyopia, glasses, occlusion therapy; health contract; photo of prescription"


def m087():
    body = """Guten Tag,

Sie haben sich erfolgreich vom Weserland Kundenbrief abgemeldet. Sie erhalten ab
sofort keine weiteren Ausgaben mehr. Wichtige Informationen zu Ihren Verträgen
schicken wir Ihnen natürlich weiterhin.

Sie haben sich versehentlich abgemeldet? Hier können Sie sich wieder anmelden:
https://www.weserland-vers.example/newsletter

Ihre Weserland Versicherung"""
    m = mail("Weserland Kundenbrief <kundenbrief@news.weserland-vers.example>", "g.sauerland@web.example",
             "Abmeldung bestätigt", "Sat, 19 Dec 2026 12:01:00 +0100", body, hdr={"Auto-Submitted": "auto-generated"})
    return m, "NORMAL", "de", "insurer-to-customer", "newsletter unsubscribe confirmation"


def m088():
    body = """Hello,

I'm thinking about taking out accident insurance with you but my German isn't good enough to understand the terms and conditions (AVB). Do you have an English version, or at least a summary? I'm especially unsure about the "Gliedertaxe", "Progression" and whether a hospital daily allowance is included.

Thanks,
Ingrid Solberg"""
    m = mail("Ingrid Solberg <ingrid.solberg@outlook.example>", "service@weserland-vers.example",
             "accident insurance - terms in English?", "Mon, 21 Dec 2026 09:40:00 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: prospect asks about accident-insurance terms (disability table, hospital allowance)"


def m089():
    summary = pdf(["WESERLAND ACCIDENT INSURANCE 'WeserUnfall' - summary of terms (courtesy translation)",
                   "The German AVB are legally binding. Version 2026-01.", "",
                   "1. Disability benefit: sum insured x degree of disability x progression",
                   "2. Limb table (Gliedertaxe), examples:",
                   "   arm 70 %  |  hand 55 %  |  thumb 22 %  |  leg above knee 70 %  |  foot 40 %",
                   "   eye 50 %  |  hearing one ear 30 %  |  sense of smell 10 %",
                   "3. Progression 225 %: degrees above 25 % count double, above 50 % triple",
                   "4. Hospital daily allowance: optional, 10-100 EUR per day, max. 2 years",
                   "5. Not covered: accidents under the influence of alcohol (from 1.1 per mille when driving),",
                   "   intervertebral disc damage unless an accident was the main cause, psychological reactions",
                   "6. Deadline: disability must occur within 15 months and be confirmed by a doctor within 21 months"], "Summary")
    body = """Dear Ms Solberg,

thank you for your interest. Attached is an English summary of our accident
insurance terms. Please note that only the German version is legally binding.
The hospital daily allowance is an optional module.

If you'd like a quote, I need your date of birth and your occupation
(accident risk depends on the job).

Kind regards
Tobias Wendt
Customer Service

""" + FOOT_EN
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Ingrid Solberg <ingrid.solberg@outlook.example>",
             "RE: accident insurance - terms in English?", "Mon, 21 Dec 2026 14:22:00 +0100", body,
             att=[A("WeserUnfall_summary_EN.pdf", summary, "application/pdf")])
    return m, "NORMAL", "en", "insurer-to-prospect", "trap: English product summary with limb table, disc damage, alcohol exclusion; no person"


def m090():
    body = """Hallo,

leider müssen wir unsere Reise nach Teneriffa (09.01.-23.01.2027, TUI-Buchung 8812-40371, 2 Personen, 3.480 €) stornieren. Mein Mann Achim hat letzte Woche die betriebsbedingte Kündigung bekommen, sein Arbeitgeber (Werft Vegesack) baut 200 Stellen ab. Er ist ab Februar arbeitslos.

Wir haben bei Ihnen die Reiserücktrittsversicherung RR-2026-33019 (Jahrespolice Familie). Zahlt die bei Jobverlust? Die Kündigung hänge ich an.

Gruß
Silke Mahnken
Am Sedanplatz 3
28757 Bremen"""
    m = mail("Silke Mahnken <silke.mahnken@gmx.example>", "reise@weserland-vers.example",
             "Storno Reise wegen Kündigung", "Mon, 21 Dec 2026 16:48:10 +0100", body,
             att=[A("Kuendigung_Achim.pdf", pdf(["Werft Vegesack GmbH - Personalabteilung", "Herrn Achim Mahnken, Personal-Nr. 40177",
                   "Ordentliche betriebsbedingte Kuendigung zum 31.01.2027", "Bruttomonatsgehalt zuletzt: 3.940,00 EUR; Abfindung gem. Sozialplan: 21.600 EUR"], "Kuendigung"),
                   "application/pdf")])
    return m, "CONFIDENTIAL", "de", "customer", "travel cancellation after job loss: names, booking, contract; salary and severance in PDF; no health"


def m091():
    body = """Hallo Frau Freese,

hier ist das Attest. Ich kann mich seit 3 Wochen kaum bewegen, Reise ist absolut nicht drin.

Viele Grüße
Olaf Dierks

----- Ursprüngliche Nachricht -----
Von: "Weserland Reiseversicherung" <reise@weserland-vers.example>
An: "Olaf Dierks" <olaf.dierks@web.example>
Gesendet: Mittwoch, 16. Dezember 2026 11:04:22
Betreff: Ihre Stornierung - Vertrag RR-2026-27745

Sehr geehrter Herr Dierks,

Sie haben uns mitgeteilt, dass Sie Ihre Rundreise durch Norwegen
(27.12.2026 – 06.01.2027) wegen eines akuten Bandscheibenvorfalls (L4/L5)
stornieren müssen. Bitte schicken Sie uns dazu das ärztliche Attest über die
Reiseunfähigkeit mit Diagnose und Datum der Feststellung sowie die
Stornorechnung des Reiseveranstalters (1.916,00 EUR).

Mit freundlichen Grüßen
Nadja Freese"""
    m = mail("Olaf Dierks <olaf.dierks@web.example>", "reise@weserland-vers.example",
             "AW: Ihre Stornierung - Vertrag RR-2026-27745", "Thu, 17 Dec 2026 10:02:00 +0100", body,
             charset="windows-1252",
             att=[A("Attest.pdf", pdf(["Dr. med. Jens Ubbelohde, Orthopaedie", "Attest fuer Herrn Olaf Dierks, geb. 12.12.1966",
                   "Akuter Bandscheibenvorfall L4/5 (M51.2), seit 24.11.2026 reiseunfaehig"], "Attest"), "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "travel cancellation: slipped disc L4/L5 in quoted insurer mail and attest PDF; windows-1252"


def m092():
    body = """Hi,

I got bitten by a dog while jogging along the Weser on Sunday. Owner didn't have it on a leash. Deep bite in my left hand, 4 stitches at the ER at Klinikum Mitte, tetanus shot and antibiotics. I can't use the hand properly for now and I'm a guitar student at the Hochschule für Künste, so that's a big problem for my exams in February.

I have accident insurance with you (UV 7.601.337). What do you need from me? The owner's name is Jens Feldhaus, he gave me his liability insurance details too.

Lucía Fernández"""
    m = mail("Lucía Fernández <lucia.fernandez@stud.hfk-weserstadt.example>", "unfall@weserland-vers.example",
             "dog bite - accident claim", "Tue, 22 Dec 2026 13:20:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "dog bite injury: stitches, tetanus, antibiotics, impaired hand; accident policy"


def m093():
    body = """Sehr geehrte Frau Fischbeck,

den Schaden an der Wintergartenscheibe Ihrer Nachbarn (Schaden S-2026-049802,
Privathaftpflicht PHV-2024-118734) haben wir reguliert. Wir haben den
Kostenvoranschlag der Glaserei Bödeker über 1.140,00 EUR geprüft und den Betrag
direkt an Familie Grotheer überwiesen. Eine Selbstbeteiligung haben Sie in
Ihrem Tarif nicht.

Da Ihr Sohn zum Zeitpunkt des Schadens 9 Jahre alt war, hätten wir uns auch auf
die fehlende Deliktsfähigkeit berufen können. Sie hatten aber ausdrücklich
gewünscht, dass wir trotzdem zahlen, damit es mit den Nachbarn keinen Ärger
gibt – das ist in Ihrem Tarif mitversichert.

Mit freundlichen Grüßen

Ole Hinrichs
Hausrat & Haftpflicht

""" + FOOT_DE
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Nadine Fischbeck <nadine.fischbeck@gmx.example>",
             "Ihr Haftpflichtschaden S-2026-049802", "Mon, 30 Nov 2026 11:48:00 +0100", body)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "liability settlement: named customer and neighbours, claim and policy numbers"


def m094():
    body = """Guten Tag,
wie ist Ihre genaue Postanschrift? Ich möchte Ihnen etwas mit der Post schicken und auf der Webseite finde ich nur das Kontaktformular.
Danke
E. Wübbenhorst"""
    m = mail("Erika Wübbenhorst <e.wuebbenhorst@t-online.example>", "service@weserland-vers.example",
             "Postanschrift", "Mon, 21 Dec 2026 10:10:00 +0100", body)
    return m, "NORMAL", "de", "customer", "asks for postal address"


def m095():
    html = """<html><head><meta charset="utf-8"><title>Weserland Kundenbrief</title></head>
<body style="font-family:Georgia,serif;color:#222;max-width:640px">
<h1 style="font-size:22px">Rücken gut, alles gut?</h1>
<p>62&nbsp;% der Deutschen hatten im letzten Jahr Rückenschmerzen, jede bzw. jeder Fünfte sogar
chronisch (mehr als drei Monate). Nach Atemwegsinfekten sind Rückenleiden der häufigste Grund für
Krankschreibungen &ndash; im Schnitt 19 Tage pro Fall.</p>
<h2 style="font-size:18px">5 Übungen fürs Homeoffice</h2>
<ol>
<li>Katzenbuckel im Vierfüßlerstand, 10 Wiederholungen</li>
<li>Schulterkreisen im Sitzen, je 15 vor und zurück</li>
<li>Brustwirbelsäule drehen, Arme vor der Brust gekreuzt</li>
<li>Beckenkippen im Liegen</li>
<li>Alle 45 Minuten aufstehen und ein paar Schritte gehen</li>
</ol>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Altersgruppe</th><th>Rückenschmerzen letzte 12 Monate</th><th>davon chronisch</th></tr>
<tr><td>18&ndash;29</td><td>48&nbsp;%</td><td>9&nbsp;%</td></tr>
<tr><td>30&ndash;49</td><td>61&nbsp;%</td><td>17&nbsp;%</td></tr>
<tr><td>50&ndash;69</td><td>70&nbsp;%</td><td>27&nbsp;%</td></tr>
<tr><td>70+</td><td>66&nbsp;%</td><td>31&nbsp;%</td></tr>
</table>
<p><small>Quelle: Weserland Gesundheitsumfrage 2026, 2.040 Befragte, repräsentativ.
Bei anhaltenden Beschwerden: ab zum Arzt!</small></p>
<p><small><a href="https://www.weserland-vers.example/newsletter/abmelden">Abmelden</a></small></p>
</body></html>"""
    m = mail("Weserland Kundenbrief <kundenbrief@news.weserland-vers.example>", "kundenbrief-verteiler@news.weserland-vers.example",
             "Rücken gut, alles gut? 5 Übungen fürs Homeoffice", "Thu, 10 Dec 2026 10:00:00 +0100", html=html,
             cte="quoted-printable")
    return m, "NORMAL", "de", "newsletter", "trap: HTML-only newsletter with back-pain survey statistics by age band"


def m096():
    body = """hey,

my laptop fell off the desk in the library and the screen is cracked :( It's a Lenovo ThinkPad I bought 2 years ago for 1.049 euros. Repair shop says new display 389 euros.

Is that covered by my contents insurance HR 55 301 726? I'm Yuki Nakamura, the shared flat at Hochschulring 40.

thanks
Yuki"""
    m = mail("Yuki Nakamura <yuki.nakamura@stud.hs-weserstadt.example>", "schaden@weserland-vers.example",
             "laptop screen broken", "Tue, 22 Dec 2026 17:51:14 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "student's electronics damage: named customer, address, contract number"


def m097():
    body = """Sehr geehrte Damen und Herren,

für meine Mutter, Frau Hildegard Sandstede (geb. 19.05.1941), besteht bei Ihnen eine Pflegetagegeldversicherung (PT-40 11 872). Ich bin ihr Betreuer (Betreuerausweis liegt Ihnen seit Oktober vor).

Der Medizinische Dienst hat meine Mutter am 26.11. begutachtet und die Pflegekasse hat jetzt Pflegegrad 3 bewilligt (Bescheid vom 14.12.2026, gültig ab 01.10.2026). Grund laut Gutachten: fortschreitende vaskuläre Demenz, Gangunsicherheit mit wiederholten Stürzen, Harninkontinenz.

Anbei der Bescheid und das Gutachten. Bitte zahlen Sie das Pflegetagegeld rückwirkend ab Oktober auf ihr Konto DE42 4002 9389 4521 3941 99.

Mit freundlichen Grüßen
Werner Sandstede"""
    gut = ods("Gutachten", [
        ["Gutachten zur Feststellung der Pflegebedürftigkeit - Auszug", ""],
        ["Versicherte", "Hildegard Sandstede, geb. 19.05.1941"],
        ["Begutachtung", "26.11.2026, Hausbesuch"],
        ["Pflegebegründende Diagnosen", "F01.3 gemischte vaskuläre Demenz; R26.8 Gangunsicherheit; R32 Harninkontinenz"],
        ["Modul 1 Mobilität", 7.5], ["Modul 2/3 kognitive Fähigkeiten/Verhalten", 11.25],
        ["Modul 4 Selbstversorgung", 20], ["Modul 5 Krankheitsbezogene Anforderungen", 5],
        ["Modul 6 Alltagsleben", 7.5], ["Gesamtpunktzahl", 51.25], ["Empfehlung", "Pflegegrad 3"]])
    m = mail("Werner Sandstede <werner.sandstede@posteo.example>", "pflege@weserland-vers.example",
             "Pflegegrad 3 - Hildegard Sandstede PT-40 11 872", "Wed, 23 Dec 2026 08:44:21 +0100", body,
             att=[A("MD-Gutachten_Auszug.ods", gut, "application/vnd.oasis.opendocument.spreadsheet")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "legal guardian claims care allowance: dementia, incontinence, care level 3, birth date, IBAN; ODS extract"


def m098():
    body = """Dear Mr Morales,

thank you for your message. We have added your wife as a driver to your motor
policy KF-4471-66240 (Seat Leon, HB-JM 3019) from 1 January 2027.

Because she has held a licence for more than 15 years, the premium only rises
by 38.40 EUR a year (new annual premium: 641.20 EUR). You will receive the
updated policy schedule in your customer mailbox.

Kind regards

Jana Brockmann
Motor Contracts

""" + FOOT_EN + """

On 07/12/2026 18:03, Javier Morales wrote:
> My wife Sofía is coming to Germany next month and she will also drive the
> car sometimes. Muss ich sie als Fahrerin eintragen? Her details:
> Sofía Morales Díaz, geboren 30/06/1990
> Driving licence from Spain since 2009"""
    m = mail("Jana Brockmann <jana.brockmann@weserland-vers.example>", "Javier Morales <javier.morales@gmail.example>",
             "RE: Fahrerin hinzufügen / add my wife as driver", "Wed, 09 Dec 2026 10:15:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "driver added to motor policy; premium; wife's birth date only in the quote"


def m099():
    body = """Hallo,

in der Kita unserer Tochter gibt es gerade Masernfälle, es hängt ein Zettel vom
Gesundheitsamt an der Tür. Ganz allgemeine Frage, weil wir gerade drüber
diskutiert haben: Wenn ein Kind nach einer Impfung einen Impfschaden hat, zahlt
dann eigentlich eine private Unfallversicherung? Oder ist das was anderes?

Grüße
Sandra Köhler"""
    m = mail("Sandra Köhler <sandra.koehler@gmx.example>", "service@weserland-vers.example",
             "Impfschaden Unfallversicherung?", "Tue, 22 Dec 2026 21:03:00 +0100", body)
    return m, "NORMAL", "de", "prospect", "trap: general question on vaccine injury and accident insurance; measles cases in a nursery, no identifiable person's health"


def m100():
    body = """got it, thank you so much!!

Chinedu

Sent from my iPhone"""
    m = mail("Chinedu Eze <chinedu.eze@gmail.example>", "Tobias Wendt <tobias.wendt@weserland-vers.example>",
             "Re: RE: Insurance confirmation for foreigners office", "Fri, 11 Dec 2026 11:30:00 +0100", body)
    return m, "NORMAL", "en", "customer", "short thanks without quoted content"


def m101():
    body = """Hallo Herr Ahlers,

zu Ihren Rückfragen:

1. Die Physiotherapie 2023 war wegen einer Schulterverletzung beim Handball (Zerrung rechts), 6 Termine, ist komplett ausgeheilt.
2. Die "Gespräche" 2024 waren eine Paartherapie bei einer Beratungsstelle (pro familia), keine Psychotherapie, es gab keine Diagnose.
3. Blutdruck: 2025 einmal erhöht beim Betriebsarzt (150/95), danach 3x beim Hausarzt kontrolliert, alles normal, keine Medikamente.

Reicht Ihnen das so oder brauchen Sie was vom Arzt?

Gruß
Niklas Hoppe

Am 14.12.2026 um 09:31 schrieb Sven Ahlers:
> Sehr geehrter Herr Hoppe,
>
> vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung
> (Antrag A-BU-2026-7731). Bevor wir entscheiden können, bitten wir Sie um
> Angaben zu folgenden Punkten aus den Gesundheitsfragen:
> 1. Physiotherapie 2023 – Grund, Anzahl, Ergebnis?
> 2. "Gespräche bei einer Beratungsstelle 2024" – Art, Diagnose?
> 3. Erhöhter Blutdruck – wann festgestellt, Behandlung?
>
> Mit freundlichen Grüßen
> Sven Ahlers, Antragsprüfung Leben"""
    m = mail("Niklas Hoppe <niklas.hoppe@gmail.example>", "Sven Ahlers <sven.ahlers@weserland-vers.example>",
             "Re: Ihr Antrag A-BU-2026-7731 - Rückfragen", "Tue, 15 Dec 2026 20:14:00 +0100", body, flowed=True,
             hdr={"User-Agent": "Mozilla Thunderbird 128.5.2"})
    return m, "STRICTLY_CONFIDENTIAL", "de", "applicant", "disability underwriting: physiotherapy, couples therapy, blood pressure; reply on top of insurer questions"


def m102():
    body = """Dear Ms Raman,

I'm sorry to hear about your tooth. Your dental policy KZ-633018 started on
1 March 2026. There is no waiting period, but in the first calendar years the
benefit for dentures (crowns, bridges, implants) is limited:

  2026: up to 500 EUR
  2026-2027 together: up to 1,000 EUR
  from 2030: unlimited

The emergency treatment (temporary filling) is paid in full. For the new crown
on tooth 36 we will pay 90 % of the invoice, at most 500 EUR this year. If your
dentist can do the crown in January, the 2027 limit applies instead.

Please send us the treatment plan (Heil- und Kostenplan) before treatment; we
will confirm the amount in writing within five working days.

Kind regards

Dr. Miriam Tews
Health Claims

""" + FOOT_EN
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "Priya Raman <priya.raman@outlook.example>",
             "RE: broken crown - is it covered?", "Mon, 07 Dec 2026 12:40:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "dental benefit decision: crown on tooth 36, emergency treatment; health contract of named customer"


def m103():
    body = """Hello,

before I sign up for your dental insurance I'd like to understand what happens with my data. Which health data do you store, who sees it, and how long do you keep it after I cancel? Do you pass anything on to other companies?

Thanks,
Hannah Schultz"""
    m = mail("Hannah Schultz <hannah.schultz@outlook.example>", "datenschutz@weserland-vers.example",
             "data protection question before signing up", "Wed, 16 Dec 2026 12:00:00 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: prospect asks how health data is stored and retained; no personal data"


def m104():
    body = """Dear Ms Schultz,

thank you for your question. In short:

- What we store: the answers to the health questions in your application, and
  later the invoices and treatment plans you send us. We only store what we
  need to decide on your application and on claims.
- Who sees it: only the underwriting and claims staff of our health
  department, who are bound by professional secrecy (§ 203 German Criminal
  Code). In rare cases a consulting dentist or doctor, also bound by secrecy.
- Other companies: our reinsurer may receive data for large claims, and
  IT service providers process data on our behalf under contract. We never
  sell data or use it for advertising.
- How long: application data 10 years after the contract ends (statute of
  limitations and tax law), claims documents 10 years after the claim.
- Your rights: access, correction, deletion, restriction and complaint to the
  data protection authority of the Free Hanseatic City of Bremen.

The full privacy notice is here: https://www.weserland-vers.example/en/privacy

Kind regards

Dr. Jakob Ehlers
Data Protection Officer

""" + FOOT_EN
    m = mail("Dr. Jakob Ehlers <datenschutz@weserland-vers.example>", "Hannah Schultz <hannah.schultz@outlook.example>",
             "RE: data protection question before signing up", "Thu, 17 Dec 2026 10:30:00 +0100", body)
    return m, "NORMAL", "en", "insurer-to-prospect", "trap: privacy answer about health data, professional secrecy, retention; no individual data"


def m105():
    body = """Moin,

gestern Abend gegen 22 Uhr ist mir zwischen Worpswede und Grasberg (L153) ein Reh vors Auto gelaufen. Reh war sofort tot, mir ist nix passiert. Scheinwerfer rechts kaputt, Kotflügel und Motorhaube verbeult.

Jagdpächter (Herr Meinardus) war da und hat die Wildunfallbescheinigung ausgestellt, hängt an.

Fahrzeug: Ford Focus Turnier, OHZ-HM 77, Teilkasko KF-4471-35598, VN Hinrich Meyerholz

Wo kann ich das Auto hinbringen?

Gruß Hinrich Meyerholz"""
    m = mail("Hinrich Meyerholz <hinrich.meyerholz@ewetel.example>", "kfz@weserland-vers.example",
             "Wildunfall Reh OHZ-HM 77", "Fri, 18 Dec 2026 07:40:55 +0100", body,
             att=[A("Wildunfallbescheinigung.pdf", pdf(["Wildunfallbescheinigung", "Jagdbezirk Grasberg-Ost, Jagdpaechter Gerd Meinardus",
                   "Datum/Uhrzeit: 17.12.2026, ca. 22:00 Uhr, L153 km 4,2", "Wildart: Reh (Ricke), verendet",
                   "Fahrzeug: OHZ-HM 77, Fahrer: Hinrich Meyerholz"], "Wild"), "application/pdf")])
    return m, "CONFIDENTIAL", "de", "customer", "deer collision: plate, Kasko contract, named driver; nobody hurt"


def m106():
    body = """Hallo, sorry my German is not so good.

I want to make the Hausratversicherung you offered me on the phone (Angebot Nr. AN-2026-99120, 30.000 € Versicherungssumme). Here are the data you asked:

Name: Mehmet Yıldız
Geburtsdatum / date of birth: 04.11.1988
Adresse: Hemelinger Heerstr. 112, 28309 Bremen
IBAN für Lastschrift: DE50 3754 9193 1763 6557 81
Beginn: 01.01.2027

Vielen Dank und schöne Grüße
Mehmet"""
    m = mail("Mehmet Yıldız <mehmet.yildiz@gmail.example>", "vertrag@weserland-vers.example",
             "Antrag Hausrat / application", "Fri, 18 Dec 2026 15:21:07 +0100", body)
    return m, "CONFIDENTIAL", "mixed", "customer", "German/English household application: birth date, address, IBAN"


def m107():
    body = """Vielen Dank für Ihre Nachricht. / Thank you for your message.

Ich bin vom 18.12.2026 bis einschließlich 04.01.2027 nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. Bitte wenden Sie sich an unseren Kundenservice unter
service@weserland-vers.example oder 0421 5590-0.

I am out of the office until 4 January 2027. Your email will not be forwarded.
Please contact our customer service at service@weserland-vers.example or
+49 421 5590-0.

Tobias Wendt"""
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Ewan MacLeod <ewan.macleod@gmail.example>",
             "Abwesenheitsnotiz: parking near your office", "Sat, 19 Dec 2026 09:05:04 +0100", body,
             hdr={"Auto-Submitted": "auto-replied"})
    return m, "NORMAL", "mixed", "insurer-to-customer", "bilingual out-of-office reply; no content"


def m108():
    body = """Hallo Frau Kuhlmann,

wie besprochen die Aufstellung aller Termine seit dem Unfall.

Gruß
Svenja Rohde"""
    lst = xlsx([("Termine", [
        ["Datum", "Wo", "Was", "Kosten selbst bezahlt EUR"],
        ["2026-09-02", "Notaufnahme DIAKO Bremen", "Roentgen, HWS-Schleudertrauma (S13.4), Halskrawatte", 0],
        ["2026-09-04", "Hausarzt Dr. Frerichs", "AU bis 20.09., Ibuprofen 600, Tolperison", 5],
        ["2026-09-15", "Orthopaedie Dr. Bauer", "MRT HWS angeordnet", 0],
        ["2026-09-22", "Radiologie Am Markt", "MRT HWS: keine strukturelle Verletzung", 0],
        ["2026-09-29 bis 2026-11-10", "Physio Weserpark", "12x KG + 6x Manuelle Therapie", 120],
        ["2026-11-18", "Psychotherapie Fr. Hollmann", "Erstgespraech, Angst beim Autofahren", 0]]),
        ("Fahrten", [["Datum", "km", "Grund"], ["2026-09-04", 12, "Hausarzt"], ["2026-09-15", 18, "Orthopaede"]])])
    m = mail("Svenja Rohde <svenja.rohde@web.example>", "Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>",
             "Aufstellung", "Sat, 19 Dec 2026 14:02:40 +0100", body,
             att=[A("Aufstellung_Termine.xlsx", lst, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "body says only 'Aufstellung'; XLSX lists whiplash S13.4, medicines, MRI, physio, psychotherapy"


def m109():
    body = """Hi there,

I'm the treasurer of the Bremen Celtic Football Club (amateur). Our first-aid bag is being restocked and the committee would like to keep a few blank accident claim forms in it, so that members who are insured with you can report injuries straight away. Could you send me a blank form (PDF is fine) and maybe a couple of your "what to do after a sports injury" leaflets?

Cheers,
Connor Doyle"""
    m = mail("Connor Doyle <treasurer@bremen-celtic-fc.example>", "service@weserland-vers.example",
             "blank accident claim forms for our club", "Sat, 19 Dec 2026 16:10:00 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: club asks for blank accident claim forms and injury leaflets; no person"


def m110():
    text = """Sehr geehrter Herr Feldmann,

anbei Ihre Beitragsrechnung für 2027. Die Beiträge buchen wir am 02.01.2027 per
SEPA-Lastschrift ab (Mandatsreferenz WL-M-0048812, Gläubiger-ID
DE64ZZZ00000555112, Konto DE07 6505 1207 5629 6600 41).

Vertrag            Sparte                 Jahresbeitrag
HR 55 150 664      Hausrat                  118,40 EUR
PHV-2021-077312    Privathaftpflicht         71,90 EUR
GL-55-150664       Glas                      29,00 EUR
Gesamt                                      219,30 EUR

Mit freundlichen Grüßen
Ihre Weserland Versicherung"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Feldmann,</p>
<p>anbei Ihre Beitragsrechnung für 2027. Die Beiträge buchen wir am 02.01.2027 per SEPA-Lastschrift ab
(Mandatsreferenz WL-M-0048812, Gläubiger-ID DE64ZZZ00000555112, Konto DE07&nbsp;6505&nbsp;1207&nbsp;5629&nbsp;6600&nbsp;41).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Vertrag</th><th>Sparte</th><th>Jahresbeitrag</th></tr>
<tr><td>HR 55 150 664</td><td>Hausrat</td><td align="right">118,40 EUR</td></tr>
<tr><td>PHV-2021-077312</td><td>Privathaftpflicht</td><td align="right">71,90 EUR</td></tr>
<tr><td>GL-55-150664</td><td>Glas</td><td align="right">29,00 EUR</td></tr>
<tr><td colspan="2"><b>Gesamt</b></td><td align="right"><b>219,30 EUR</b></td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Ihre Weserland Versicherung</p></body></html>"""
    m = mail("Weserland Beitragsservice <beitrag@weserland-vers.example>", "Arne Feldmann <arne.feldmann@t-online.example>",
             "Ihre Beitragsrechnung 2027", "Mon, 14 Dec 2026 06:00:00 +0100", text, html=html)
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "premium invoice: IBAN, mandate, three non-personal contracts; text and HTML table"


def m111():
    body = """Hello,

I'm writing for my father, Mr Heinz-Georg Albers, who lives at Dorfstr. 8, 27619 Schiffdorf. I live in Dublin so email is easier. During the storm last Thursday a big branch from his neighbour's oak fell on his garden shed and the glass roof of his conservatory. Dad is fine, he wasn't outside.

He has buildings and contents insurance with you (WG 30 114 582 and HR 55 071 309). He has asked me to deal with it and I've attached his signed authorisation.

What should we do about the conservatory? It's open to the rain now. Can he get a roofer to cover it and send you the bill?

Many thanks
Claudia Albers-Keane"""
    m = mail("Claudia Albers-Keane <claudia.keane@eircom.example>", "schaden@weserland-vers.example",
             "Storm damage at my father's house - Heinz-Georg Albers", "Mon, 21 Dec 2026 11:30:00 +0000", body,
             att=[A("Vollmacht_Albers.pdf", pdf(["Vollmacht", "Ich, Heinz-Georg Albers, Dorfstr. 8, 27619 Schiffdorf,",
                   "bevollmaechtige meine Tochter Claudia Albers-Keane, Dublin, in der Schadensache Sturm Dezember 2026.",
                   "Schiffdorf, 19.12.2026   gez. H.-G. Albers"], "Vollmacht"), "application/pdf")])
    return m, "CONFIDENTIAL", "en", "relative", "daughter reports storm damage to father's house: names, address, two non-personal contracts; nobody hurt"


def m112():
    body = """Hallo,

hier der Behandlungsplan vom Kieferorthopäden, bitte um Kostenzusage. Der Zahnarzt sagt die Krankenkasse zahlt nur einen Teil weil KIG 3.

LG Anja Wessels

Am 08.12.2026 um 14:02 schrieb Weserland Leistung <leistung@weserland-vers.example>:

> Sehr geehrte Frau Wessels,
>
> für die geplante kieferorthopädische Behandlung Ihres Sohnes Tim (Vertrag
> KZ-640771, Tarif WeserZahn Kids) benötigen wir den Behandlungsplan mit
> Befund (KIG-Einstufung), die geplante Dauer und die voraussichtlichen
> Kosten einschließlich Mehrleistungen (z. B. Brackets aus Keramik, Lingualtechnik).
>
> Mit freundlichen Grüßen
> Ihr Leistungsteam Krankenzusatz"""
    plan = pdf(["Kieferorthopaedische Praxis Dr. Lina Claußen, Bremen-Schwachhausen",
                "Behandlungsplan fuer Tim Wessels, geb. 03.02.2014",
                "Befund: Distalbiss mit vergroesserter Frontzahnstufe 5 mm, Engstand UK (KIG D3)",
                "Therapie: festsitzende Multibracket-Apparatur OK/UK, Dauer ca. 24 Monate",
                "Kosten gesamt 5.840 EUR, davon GKV-Anteil 0 EUR (KIG 3), Mehrkosten Keramikbrackets 680 EUR"], "KFO")
    m = mail("Anja Wessels <anja.wessels@web.example>", "leistung@weserland-vers.example",
             "Re: Behandlungsplan Tim", "Thu, 10 Dec 2026 19:45:00 +0100", body,
             att=[A("KFO-Plan_Tim.pdf", plan, "application/pdf")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "orthodontic plan for a child: diagnosis, birth date in PDF; quoted insurer request names the health contract"


def m113():
    body = """Hi,

is there anywhere to park near your office at the Schlachte? I have an appointment with one of your advisers on Tuesday morning and I'm coming from Bremerhaven by car.

Thanks,
Ewan"""
    m = mail("Ewan MacLeod <ewan.macleod@gmail.example>", "service@weserland-vers.example",
             "parking near your office", "Sat, 19 Dec 2026 09:05:00 +0100", body)
    return m, "NORMAL", "en", "customer", "parking question"


def m114():
    body = """Sehr geehrte Frau Wolters,

Sie hatten über unser Kontaktformular Informationsmaterial zur Vorsorge
angefordert. Anbei unsere Broschüre mit den Mustertexten für eine
Patientenverfügung und eine Vorsorgevollmacht (Stand 2026, in Zusammenarbeit
mit dem Bundesministerium der Justiz formuliert).

Bitte beachten Sie: Die Muster sind nur ein Ausgangspunkt. Besprechen Sie die
medizinischen Festlegungen am besten mit Ihrer Hausärztin oder Ihrem Hausarzt.

Mit freundlichen Grüßen
Ihre Weserland Versicherung"""
    pv = odt(["Patientenverfügung – Muster", "Ich, «Vorname Name», geboren am «Geburtsdatum», wohnhaft in «Anschrift»,",
              "bestimme für den Fall, dass ich meinen Willen nicht mehr bilden oder verständlich äußern kann:",
              "Wenn ich mich aller Wahrscheinlichkeit nach unabwendbar im unmittelbaren Sterbeprozess befinde, ...",
              "[ ] wünsche ich, dass alle lebenserhaltenden Maßnahmen unterlassen werden.",
              "[ ] künstliche Ernährung und Flüssigkeitszufuhr: ja / nein",
              "[ ] Wiederbelebung (Reanimation): ja / nein",
              "[ ] Dialyse, künstliche Beatmung: ja / nein",
              "[ ] Organspende: ja / nein", "«Ort», «Datum», «Unterschrift»"])
    m = mail("Weserland Versicherung <service@weserland-vers.example>", "Renate Wolters <renate.wolters@gmx.example>",
             "Ihr angefordertes Infomaterial Vorsorge", "Mon, 21 Dec 2026 09:00:00 +0100", body,
             att=[A("Muster_Patientenverfuegung.odt", pv, "application/vnd.oasis.opendocument.text")])
    return m, "NORMAL", "de", "insurer-to-prospect", "trap: blank advance-directive template (resuscitation, artificial feeding, dialysis) with placeholders"


def m115():
    body = """Sehr geehrte Damen und Herren,

ich kann die Beiträge für meine Rentenversicherung (LV 88 275 640-9, 180 €/Monat) leider im Moment nicht mehr zahlen. Ich bin seit Oktober in Elternzeit und bekomme nur noch Elterngeld (1.430 € netto), mein Mann ist in Kurzarbeit.

Kann ich den Vertrag für ein Jahr beitragsfrei stellen, ohne dass ich die Garantie verliere? Oder die Beiträge stunden? Kündigen will ich auf keinen Fall.

Mit freundlichen Grüßen
Jessica Lüken-Brand
Tel. 0172 610 2281"""
    m = mail("Jessica Lüken-Brand <jessica.lb@web.example>", "leben@weserland-vers.example",
             "Beitragsfreistellung LV 88 275 640-9", "Tue, 22 Dec 2026 10:14:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "life (pension) contract of a named person: premium holiday, parental leave, income"


def m116():
    body = """Hi,

my bike got stolen in front of the Mensa yesterday, it was locked with a chain lock (ABUS). Police report done online, ref 0412-OWB-26-91822.

I'm covered under my contents insurance HR 55 289 450 I think (with the bike add-on). Bike was a used Gazelle I bought for 350 euros in 2025, no receipt but I have the WhatsApp messages with the seller.

Kwame Mensah
Vorstr. 3, 28359 Bremen"""
    m = mail("Kwame Mensah <kwame.mensah@stud.hs-weserstadt.example>", "schaden@weserland-vers.example",
             "bike stolen at uni", "Tue, 22 Dec 2026 12:55:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "customer", "student bicycle theft: named customer, address, contract, police reference"


def m117():
    body = """Hallo Petra,

kannst du dir das bitte anschauen? Frau Kück (Wasserschaden S-2026-050713)
hat beim Aufräumen einen Unfall gehabt und hat eine Unfallversicherung bei uns.
Ich kümmere mich weiter um den Hausratschaden.

Danke, Ole

---------- Weitergeleitete Nachricht ----------
Von: Tanja Kück <tanja.kueck@gmx.example>
Datum: Montag, 21. Dezember 2026 18:40
An: Ole Hinrichs <ole.hinrichs@weserland-vers.example>
Betreff: Nachtrag Wasserschaden

Hallo Herr Hinrichs,

noch was: ich bin beim Rausräumen vom Flur auf dem nassen Laminat
ausgerutscht und hab mir das Handgelenk gebrochen (Scaphoidfraktur, wurde
heute im Rotes Kreuz Krankenhaus verschraubt). Ich hab doch auch die
Unfallversicherung bei Ihnen, UV 7.598.204, gilt die da?

Ich bin jetzt 6 Wochen krankgeschrieben und kann die Möbel nicht selber
aufbauen.

Gruß Tanja Kück"""
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>",
             "WG: Nachtrag Wasserschaden", "Tue, 22 Dec 2026 08:12:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "internal", "inline forward: customer's scaphoid fracture, surgery, sick leave; accident policy"


def m118():
    body = """Hallo,

meine Eltern kommen im März aus Pune (India) zu Besuch, for 3 months. For the Schengen visa they need an Incoming-Krankenversicherung with at least 30.000 € coverage. Bieten Sie so etwas an? Both are in their sixties. What would it cost roughly?

Danke und viele Grüße
Ananya Kulkarni"""
    m = mail("Ananya Kulkarni <ananya.kulkarni@gmail.example>", "service@weserland-vers.example",
             "Incoming Versicherung für meine Eltern / visitors insurance", "Wed, 23 Dec 2026 13:45:00 +0100", body)
    return m, "NORMAL", "mixed", "prospect", "trap: German/English question about visitors' health insurance for unnamed parents (ages only)"


def m119():
    body = """Dear Ms Kulkarni,

yes, our "WeserVisit" travel health insurance for visitors to Germany meets
the Schengen visa requirements (cover 30,000 EUR, no deductible, repatriation
included). For persons aged 60-69 it costs 2.90 EUR per day and person, so for
92 days about 267 EUR per person.

Please note: illnesses that were already known or being treated before the
start of the trip (for example diabetes, heart disease, high blood pressure)
are only covered for acute, unexpected worsening. Routine check-ups and
medication refills are not covered.

You can buy the policy online; the certificate for the embassy is issued
immediately: https://www.weserland-vers.example/en/visit

Kind regards

Tobias Wendt
Customer Service

""" + FOOT_EN
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Ananya Kulkarni <ananya.kulkarni@gmail.example>",
             "RE: Incoming Versicherung für meine Eltern / visitors insurance", "Thu, 24 Dec 2026 09:15:00 +0100", body)
    return m, "NORMAL", "en", "insurer-to-prospect", "trap: generic visitors' insurance offer mentioning pre-existing conditions; no individual data"


def m120():
    body = """new glasses, receipt attached. my eyes got worse (right -2.75 now, left -3.25 with astigmatism) so I needed new lenses. policy KZ-629904

thx, Rory

Sent from my iPhone"""
    m = mail("Rory Gallagher-Byrne <rory.gb@icloud.example>", "leistung@weserland-vers.example",
             "glasses", "Wed, 23 Dec 2026 17:20:00 +0100", body,
             att=[A("IMG_2210.jpeg", jpeg_stub("m120"), "image/jpeg")])
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "glasses claim with the customer's eye prescription; health contract"


def m121():
    body = """Guten Tag Frau Demir,

ich habe Ärger mit meinem Nachbarn, Herrn Kurt Stindt (Heidkamp 11, 28865 Lilienthal). Seine Thujahecke ist inzwischen 4,50 m hoch und steht 30 cm von der Grenze, unser Garten liegt ab mittags komplett im Schatten. Gespräche bringen nichts, er hat mir jetzt sogar mit einem Anwalt gedroht, weil unser Apfelbaum über seinen Zaun ragt.

Ich habe Rechtsschutz bei Ihnen inkl. Nachbarrecht (RS 1182 2087). Übernehmen Sie die Kosten für einen Anwalt und ggf. das Schiedsverfahren?

Mit freundlichen Grüßen
Gesine Hollmann
Heidkamp 13, 28865 Lilienthal"""
    m = mail("Gesine Hollmann <gesine.hollmann@t-online.example>", "Aylin Demir <aylin.demir@weserland-vers.example>",
             "Nachbarstreit Hecke - Rechtsschutz", "Wed, 23 Dec 2026 18:02:00 +0100", body)
    return m, "CONFIDENTIAL", "de", "customer", "legal expenses neighbour dispute: names, addresses, contract number"


def m122():
    body = """Sehr geehrter Herr Wohlers,

Ihr Unfall vom 13.09.2026 (Schaden U-2026-3301, Unfallversicherung
UV 7.448.531) ist jetzt abschließend geprüft.

Nach dem Gutachten von Dr. Andreas Pietsch (Orthopädie, Oldenburg) vom
10.12.2026 bleibt nach der vorderen Kreuzbandplastik rechts eine dauerhafte
Beeinträchtigung: leichte Instabilität und Streckdefizit von 5°. Der Gutachter
bewertet sie mit 1/10 Beinwert.

  Beinwert (über dem Kniegelenk)       70 %
  davon 1/10                            7 %
  Grundsumme                      120.000 EUR
  Invaliditätsleistung              8.400 EUR
  Gipsgeld / Krankenhaustagegeld      300 EUR

Wir überweisen 8.700 EUR auf Ihr Konto. Sollte sich der Zustand verschlechtern,
können Sie innerhalb von drei Jahren nach dem Unfall eine Neubemessung
verlangen.

Mit freundlichen Grüßen

Petra Kuhlmann
Leistung Unfall

""" + FOOT_DE
    m = mail("Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>", "Dennis Wohlers <dennis.wohlers@icloud.example>",
             "Ihre Unfallversicherung – Abrechnung Invaliditätsleistung", "Mon, 21 Dec 2026 13:30:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "disability benefit after ACL surgery: medical assessment, impairment, payout; accident line"


def m123():
    body = """Liebes Weserland-Team,

ich bin freiberufliche Hebamme in Bremen-Findorff und mache Geburtsvorbereitungs-
und Rückbildungskurse. Viele Eltern fragen mich, ob sie für ihr Baby gleich
eine Kinderunfall- oder eine Zahnzusatzversicherung abschließen sollen.
Dürfte ich Ihre Flyer dazu in meinem Kursraum auslegen? Eine Provision oder so
möchte ich nicht, es geht nur um Information.

Viele Grüße
Birte Thiele, Hebamme
Kursraum "Nestwärme", Hemmstr. 140, 28215 Bremen"""
    m = mail("Birte Thiele <hebamme.thiele@web.example>", "marketing@weserland-vers.example",
             "Flyer für meine Kurse", "Tue, 22 Dec 2026 19:00:00 +0100", body)
    return m, "NORMAL", "de", "prospect", "trap: midwife asks for flyers about child accident and dental cover; birth/pregnancy words, no person"


def m124():
    body = """Hallo,

bei mir im Briefkasten lag heute ein Brief von Ihnen an Herrn Bastian Kröning, das ist mein Vormieter, der ist im Sommer ausgezogen. Im Sichtfenster steht "Ihre Kfz-Versicherung KF-4471-29503 – Beitragsrechnung". Ich hab den Brief nicht aufgemacht und werfe ihn morgen mit "Empfänger verzogen" wieder ein.

Vielleicht können Sie ja seine Adresse aktualisieren, die neue kenne ich aber auch nicht.

Gruß
Till Ostendorf, Kornstr. 77, 28201 Bremen"""
    m = mail("Till Ostendorf <till.ostendorf@posteo.example>", "service@weserland-vers.example",
             "Brief an falsche Adresse", "Wed, 23 Dec 2026 20:20:00 +0100", body)
    return m, "CONFIDENTIAL", "de", "other", "third party reports misdelivered letter: names a former tenant as motor customer with contract number"


def m125():
    body = """Hello,

there is a new message for you in your Weserland customer mailbox.

Please log in at https://postfach.weserland-vers.example to read it.
For your security, this email contains no content.

This is an automated message; replies are not read.

Weserland Versicherung AG"""
    m = mail("Weserland Mailbox <noreply@postfach.weserland-vers.example>", "aoife.brennan@gmail.example",
             "New message in your customer mailbox", "Thu, 24 Dec 2026 07:00:12 +0100", body, hdr={"Auto-Submitted": "auto-generated"})
    return m, "NORMAL", "en", "insurer-to-customer", "portal notification without content (English)"


def m126():
    body = """AW: Beleg

--
Gesendet mit der GMX Mail App"""
    scan = pdf(["Klinikum Links der Weser - Rechnung Wahlleistungen", "Patient: Uwe Gerdts, geb. 30.01.1958, Pat.-Nr. 4471093",
                "Aufenthalt 07.12.2026 - 09.12.2026, Station 3B, Zweibettzimmer (Wahlleistung)",
                "Hauptdiagnose K40.90 Hernia inguinalis rechts; OPS 5-530.31 laparoskopische Hernioplastik (TAPP)",
                "Wahlleistung Unterkunft 2 Tage x 62,00 EUR = 124,00 EUR",
                "Wahlarztliquidation Dr. Jens Berghoff: 1.042,80 EUR", "Gesamt 1.166,80 EUR"], "Scan")
    m = mail("Uwe Gerdts <uwe.gerdts@gmx.example>", "leistung@weserland-vers.example",
             "AW: Beleg", "Thu, 24 Dec 2026 10:02:00 +0100", body,
             att=[A("Scan0042.pdf", scan, "application/octet-stream")])
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "body 'AW: Beleg' only; scanned hospital invoice (hernia K40.90, OPS, birth date) sent as application/octet-stream"


def m127():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung AG//Schaden//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:S-2026-052260-besichtigung@weserland-vers.example
DTSTAMP:20261228T100000Z
DTSTART;TZID=Europe/Berlin:20270105T100000
DTEND;TZID=Europe/Berlin:20270105T113000
SUMMARY:Besichtigung Sturmschaden S-2026-052260 (Albers)
LOCATION:Dorfstr. 8, 27619 Schiffdorf
DESCRIPTION:Sachverständiger Dipl.-Ing. Rainer Tönjes besichtigt Wintergarten und Gartenhaus. Wohngebäude WG 30 114 582 / Hausrat HR 55 071 309. Ansprechpartner vor Ort: Heinz-Georg Albers, Tel. 04706 1822.
ORGANIZER;CN=Weserland Schaden:mailto:schaden@weserland-vers.example
ATTENDEE;CN=Claudia Albers-Keane:mailto:claudia.keane@eircom.example
END:VEVENT
END:VCALENDAR
""")
    body = """Dear Ms Albers-Keane,

our independent assessor, Mr Rainer Tönjes, will look at the storm damage at
your father's house on Tuesday, 5 January 2027, at 10:00. The calendar
invitation is attached. Please make sure your father or someone else is at home.

The temporary covering of the conservatory roof by the roofer (invoice of
412 EUR) is covered; please send us the invoice.

Kind regards
Ole Hinrichs
Home & Liability

""" + FOOT_EN
    m = mail("Ole Hinrichs <ole.hinrichs@weserland-vers.example>", "Claudia Albers-Keane <claudia.keane@eircom.example>",
             "Assessor visit - claim S-2026-052260", "Mon, 28 Dec 2026 11:00:00 +0100", body,
             att=[A("Besichtigung_S-2026-052260.ics", cal, "text/calendar")])
    return m, "CONFIDENTIAL", "en", "insurer-to-relative", "assessor appointment; ICS holds named policyholder, address, phone, contract numbers"


def m128():
    csvdata = """Sparte;Schadenfälle 2026;Veränderung zum Vorjahr;durchschnittlicher Aufwand EUR
Kfz-Haftpflicht;18.402;+2,1 %;4.310
Kfz-Kasko;24.977;+6,8 %;2.870
Hausrat;9.105;-3,4 %;1.640
Wohngebäude (inkl. Sturm);6.882;+14,9 %;5.210
Privathaftpflicht;7.640;+0,7 %;910
Rechtsschutz;5.233;+4,2 %;1.380
Unfall;2.118;-1,1 %;6.940
Krankenzusatz Zahn;41.260;+8,8 %;410
Krankenzusatz Brille/Heilpraktiker;19.774;+5,0 %;170
Krankenhauszusatz;3.907;+3,3 %;1.790
Reise (Storno/Krankheit im Ausland);4.410;+11,2 %;860
"""
    body = """WESERLAND EXPAT NEWS - Our year in numbers
------------------------------------------

2026 was a busy year: storms "Quinn" and "Zoltan" in February and October
caused almost 15 % more building claims than last year, and dental claims
went up again (+8.8 %). The good news: 94 % of all claims were settled within
ten working days.

The full table by line of business is attached as a CSV file (German
spreadsheet format, semicolon-separated).

Thank you for your trust - and happy holidays!

Unsubscribe: https://www.weserland-vers.example/en/newsletter/unsubscribe"""
    m = mail("Weserland Expat News <expat-news@news.weserland-vers.example>", "expat-news@news.weserland-vers.example",
             "Our year in numbers", "Tue, 22 Dec 2026 11:00:00 +0100", body,
             att=[A("Weserland_claims_2026.csv", csvdata.encode("cp1252"), "application/vnd.ms-excel")])
    return m, "NORMAL", "en", "newsletter", "trap: aggregate claim statistics incl. dental, hospital, illness abroad; CSV cp1252"


def m129():
    body = """Hallo,

mein Mann Gerhard Brüning (Vertrag KZ-577451, WeserVorsorge Plus) hat jetzt endlich Hörgeräte bekommen. Der HNO-Arzt hat beidseitige Schwerhörigkeit festgestellt (Innenohr, ca. 45 dB Verlust), die Kasse zahlt den Festbetrag, den Rest von 2.380 € mussten wir selbst zahlen (Modell Phonak Audéo, beidseitig).

Die Rechnung vom Hörakustiker und die Verordnung schicke ich per Post hinterher, weil Gerhard kein Smartphone hat. Ich wollte nur schon mal fragen, wie viel Sie davon übernehmen.

Viele Grüße
Heike Brüning"""
    m = mail("Heike Brüning <heike.bruening@web.example>", "leistung@weserland-vers.example",
             "Hörgeräte", "Sun, 27 Dec 2026 15:30:00 +0100", body, cte="base64")
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "wife reports husband's hearing loss and hearing aids; health contract; base64 body"


def m130():
    fwd = inner("Patientenabrechnung St. Joseph-Stift <abrechnung@sjs-bremen.example>", "Claire Dubois <claire.dubois@gmail.example>",
                "Your invoice 2026-118433 / Ihre Rechnung", "Mon, 21 Dec 2026 10:30:00 +0100",
                """Dear Ms Dubois,

please find below the invoice for the elective services during your stay from
13 to 16 December 2026 (department of general surgery, laparoscopic
appendectomy for acute appendicitis, K35.8).

  Single room (elective accommodation), 3 nights x 131.00 EUR     393.00 EUR
  Chief physician treatment, Prof. Dr. Harald Wilkens          1,266.42 EUR
  Total                                                         1,659.42 EUR

Please pay within 30 days. If you have supplementary hospital insurance you
may forward this invoice to your insurer.

Patientenabrechnung
Krankenhaus St. Joseph-Stift""")
    body = """Hello,

forwarding the hospital bill from my appendix surgery. I have your hospital plan WeserKlinik (KZ-651020). Can you pay the hospital directly?

Thanks, Claire Dubois"""
    m = mail("Claire Dubois <claire.dubois@gmail.example>", "leistung@weserland-vers.example",
             "Fwd: Your invoice 2026-118433", "Tue, 29 Dec 2026 09:10:00 +0100", body, att=[fwd])
    return m, "STRICTLY_CONFIDENTIAL", "en", "customer", "appendectomy, hospital stay, K35.8 in a forwarded message/rfc822; hospital plan contract"


def m131():
    body = """Hallo zusammen,

we moved! Unsere neue Adresse ab 1. Januar:

Tom & Marit Hendriksen
Wachmannstr. 52, 28209 Bremen
(vorher: Osterstr. 9, 28199 Bremen)

Please update the address for our car insurance (KF-4471-70311, HB-TH 812) and the Hausrat HR 55 266 017. The new flat is bigger (92 m² instead of 64), so maybe the Versicherungssumme has to go up? Let us know.

Groetjes / viele Grüße
Tom Hendriksen"""
    m = mail("Tom Hendriksen <tom.hendriksen@outlook.example>", "vertrag@weserland-vers.example",
             "Umzug / new address", "Tue, 29 Dec 2026 18:40:00 +0100", body)
    return m, "CONFIDENTIAL", "mixed", "customer", "German/English change of address: names, old and new addresses, motor and household contracts"


def m132():
    body = """Sehr geehrte Frau Arslan,

danke für Ihre Frage zu unserer Kinderunfallversicherung "WeserKids".

Ja, Infektionen durch Zeckenstiche (Borreliose und FSME) sind bei uns
mitversichert, wenn dadurch eine dauerhafte Beeinträchtigung entsteht. Das
gilt auch für Impfschäden durch öffentlich empfohlene Schutzimpfungen. Nicht
versichert sind dagegen Krankheiten wie z. B. Diabetes, Epilepsie oder
ADHS – dafür gibt es keine Leistung aus der Unfallversicherung.

Zusätzlich zahlt WeserKids bei Vollinvalidität eine lebenslange
Unfallrente von 500 EUR und einen Zuschuss für kosmetische Operationen bis
5.000 EUR. Der Beitrag beträgt 8,40 EUR im Monat pro Kind.

Mit freundlichen Grüßen

Tobias Wendt
Kundenservice

""" + FOOT_DE
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Derya Arslan <derya.arslan@gmx.example>",
             "AW: Kinderunfallversicherung – Zecken?", "Mon, 28 Dec 2026 10:00:00 +0100", body)
    return m, "NORMAL", "de", "insurer-to-prospect", "trap: generic child accident cover answer naming Lyme disease, TBE, epilepsy, ADHD; no child's data"


def m133():
    body = """Hi,

I'm 24 and thinking about registering as a stem cell donor with DKMS and also carrying an organ donor card. Someone told me this can cause problems when you apply for life or disability insurance later. Is that true in general? I'm not insured with you yet but I might apply for disability cover next year when I start working.

Thanks,
Aisha Bello"""
    m = mail("Aisha Bello <aisha.bello@stud.hs-weserstadt.example>", "service@weserland-vers.example",
             "donor registration and insurance?", "Mon, 28 Dec 2026 21:10:00 +0100", body)
    return m, "NORMAL", "en", "prospect", "trap: prospect asks in general whether donor registration affects future life/disability cover; age only"


def m134():
    body = """Dear Ms Bello,

good question - and no, it doesn't. Being registered as a stem cell donor or
carrying an organ donor card has no influence on an application for life or
disability insurance with us. We don't ask about it.

If you actually donate stem cells one day, the donation itself is not a
problem either; we would only ask about it if there were complications that
required treatment. Donors are also insured by the donor centre during the
donation.

When you apply, we ask about treatments and illnesses of the last five years
(psychotherapy: ten years). It's best to answer these carefully and completely.

Kind regards

Tobias Wendt
Customer Service

""" + FOOT_EN
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Aisha Bello <aisha.bello@stud.hs-weserstadt.example>",
             "RE: donor registration and insurance?", "Tue, 29 Dec 2026 10:05:00 +0100", body)
    return m, "NORMAL", "en", "insurer-to-prospect", "trap: generic underwriting explanation (donation, psychotherapy look-back); no individual health data"


def m135():
    body = """Guten Tag,

unser Sohn Jonas hat am 22.12. den Führerschein gemacht (vorher BF17). Bitte tragen Sie ihn als Fahrer für unseren Wagen ein:

Jonas Rademacher, geb. 14.05.2008
Fahrzeug: Mazda CX-5, DH-JR 240, Vertrag KF-4471-12750, VN Jens Rademacher

Er fährt vor allem zur Ausbildung nach Diepholz, ca. 8.000 km im Jahr. Was kostet das mehr im Jahr?

Freundliche Grüße
Jens Rademacher"""
    m = mail("Jens Rademacher <jens.rademacher@ewetel.example>", "kfz@weserland-vers.example",
             "Fahrer hinzufügen Sohn", "Wed, 30 Dec 2026 08:20:00 +0100", body, charset="iso-8859-1", cte="quoted-printable")
    return m, "CONFIDENTIAL", "de", "customer", "add young driver: son's birth date, plate, motor contract; iso-8859-1 QP"


def m136():
    body = """hallo,hab im Sommer beim wandern im Harz einen Zeckenbiss gehabt und dann ne Wanderröte bekommen, Hausärztin hat Borreliose festgestellt und ich musste 3 wochen Doxycyclin nehmen. Jetzt hab ich seit Wochen Gelenkschmerzen im Knie und bin beim Rheumatologen, er meint Lyme-Arthritis. Hab gelesen dass das bei der Unfallversicherung mit drin ist?? Vertrag UV 7.356.018 auf Ramona Tjaden

gruß Ramona

Gesendet von Yahoo Mail auf Android"""
    m = mail("Ramona Tjaden <ramona.tjaden@yahoo.example>", "unfall@weserland-vers.example",
             "zeckenbiss", "Wed, 30 Dec 2026 13:00:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "tick bite, Lyme disease, doxycycline, arthritis; accident policy; typo-laden phone mail"


def m137():
    body = """Dear Mr Whitfield,

thank you for your patience. Under your partial cover (KF-4471-58031) we pay
for damage caused by marten bites to cables, hoses and insulation, including
consequential damage up to 3,000 EUR. The garage's cost estimate of 612 EUR is
therefore covered, less your deductible of 150 EUR:

  Repair (Autohaus Meyer Huchting)     612.00 EUR
  Deductible                          -150.00 EUR
  We pay                               462.00 EUR

The marten deterrent (ultrasound device, 89 EUR in the estimate) is a
precaution and not covered. Please send us the final invoice; we will pay the
garage directly if you prefer.

A claim under partial cover does not affect your no-claims class.

Kind regards

Jana Brockmann
Motor Claims

""" + FOOT_EN
    m = mail("Jana Brockmann <jana.brockmann@weserland-vers.example>", "Andrew Whitfield <andy.whitfield@gmail.example>",
             "RE: Marder damage - claim S-2026-050117", "Wed, 09 Dec 2026 14:00:00 +0100", body)
    return m, "CONFIDENTIAL", "en", "insurer-to-customer", "marten claim decision: policy and claim number, deductible, payout"


def m138():
    body = """Hi,

can I pay insurance premiums with PayPal or a credit card at your company, or only by bank transfer/direct debit? Just comparing providers.

Thanks
Lars"""
    m = mail("Lars Eriksen <lars.eriksen@gmail.example>", "service@weserland-vers.example",
             "payment methods", "Wed, 30 Dec 2026 16:30:00 +0100", body)
    return m, "NORMAL", "en", "prospect", "question about payment methods; no data"


def m139():
    body = """Sehr geehrter Herr Hinrichs,

ich muss leider einen Schaden über meine Hundehaftpflicht (TH-2023-00412) melden. Mein Schäferhund Rocky hat sich gestern auf dem Deich von der Leine gerissen und ein Kind angesprungen und ins Gesicht gebissen. Der Junge (Malte Ehlers, 6 Jahre) hat eine Bisswunde an der Wange und am Ohr, er wurde in der Professor-Hess-Kinderklinik genäht und bekommt Antibiotika. Die Ärzte sagen, es bleibt wahrscheinlich eine Narbe.

Die Eltern (Jörn und Sabrina Ehlers, Deichstr. 4, 28197 Bremen) haben Anzeige erstattet. Das Ordnungsamt hat ein Verfahren zur Gefährlichkeit des Hundes eingeleitet.

Es tut mir unendlich leid. Bitte kümmern Sie sich um die Familie.

Mit freundlichen Grüßen
Dagmar Hillmann"""
    m = mail("Dagmar Hillmann <dagmar.hillmann@t-online.example>", "Ole Hinrichs <ole.hinrichs@weserland-vers.example>",
             "Hundebiss - Kind verletzt", "Thu, 31 Dec 2026 09:40:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "customer", "dog liability with injured named child: facial bite wound, stitches, antibiotics, scar"


def m140():
    body = """Hallo Frau Meyerdierks,

danke für Ihre Frage zur Sterbegeldversicherung. Ganz allgemein:

- Abschluss bei uns möglich vom 40. bis zum 85. Geburtstag.
- Es gibt keine Gesundheitsfragen. Dafür gilt eine Wartezeit von 3 Jahren:
  Stirbt die versicherte Person in dieser Zeit an einer Krankheit, zahlen wir
  die eingezahlten Beiträge zurück. Bei Tod durch Unfall zahlen wir sofort die
  volle Summe.
- Beispiel: 8.000 EUR Sterbegeld, Eintrittsalter 79, Beitragszahlung bis 90:
  ca. 96 EUR im Monat. (Bei Eintrittsalter 79 kann die Summe der Beiträge die
  Versicherungssumme übersteigen – bitte vergleichen Sie auch mit einem
  Sparplan.)

Wenn Ihre Oma Interesse hat, kann sie sich gern selbst bei uns melden oder Sie
mit einer Vollmacht schicken.

Viele Grüße
Tobias Wendt
Kundenservice

""" + FOOT_DE
    m = mail("Tobias Wendt <tobias.wendt@weserland-vers.example>", "Jule Meyerdierks <jule.md@gmx.example>",
             "AW: Frage Sterbegeld", "Tue, 24 Nov 2026 10:30:00 +0100", body)
    return m, "NORMAL", "de", "insurer-to-prospect", "trap: generic funeral-cover answer: death by illness/accident, waiting period, example premium at age 79; no person"


def m141():
    body = """Hi,

I got a Bußgeldbescheid from the city of Oldenburg: they say I drove 31 km/h too fast on the Ammerländer Heerstraße (61 instead of 30, at 23:14 on 2 December). 260 euros, 2 points and a one-month driving ban. I'm quite sure it wasn't me driving, my flatmate borrowed the car that evening, and the photo is really blurry.

Does my legal expenses insurance (RS 1182 6034, traffic) pay for a lawyer to appeal? The deadline is 2 weeks.

Scan attached.

Best,
Owen Price"""
    m = mail("Owen Price <owen.price@gmail.example>", "rechtsschutz@weserland-vers.example",
             "speeding fine - appeal covered?", "Thu, 31 Dec 2026 11:20:00 +0100", body,
             att=[A("Bussgeldbescheid.pdf", pdf(["Stadt Oldenburg - Bussgeldstelle", "Bussgeldbescheid Az. 55.12-2026-0183344",
                   "Betroffener: Owen Price, geb. 19.09.1997, Ammerlaender Heerstr. 201, 26129 Oldenburg",
                   "Tatvorwurf: Ueberschreitung der zulaessigen Hoechstgeschwindigkeit innerorts um 31 km/h",
                   "Geldbusse 260,00 EUR, 2 Punkte, Fahrverbot 1 Monat"], "Bussgeld"), "application/pdf")])
    return m, "CONFIDENTIAL", "en", "customer", "administrative speeding fine of a named driver (not criminal), birth date in PDF; legal expenses contract"


def m142():
    body = """Hallo,

Ihr Kundenbrief mit den Rückenübungen war wirklich gut gemacht. Eine Frage aber:
Sie schreiben, 62 % hatten im letzten Jahr Rückenschmerzen und bei den über
70-Jährigen seien es 66 %, bei den 50-69-Jährigen aber 70 %. Das wundert mich,
ich hätte gedacht, das nimmt mit dem Alter immer zu. Ist das ein Tippfehler oder
stimmt das so?

Viele Grüße
Herbert Lampe (Statistiker im Ruhestand)"""
    m = mail("Herbert Lampe <herbert.lampe@t-online.example>", "kundenbrief@news.weserland-vers.example",
             "Frage zu den Zahlen im Kundenbrief Rücken", "Fri, 11 Dec 2026 09:45:00 +0100", body)
    return m, "NORMAL", "de", "customer", "trap: reader questions back-pain survey percentages by age band; no personal health data"


def m143():
    body = """Sehr geehrte Damen und Herren,

mein Vater, Gerd Hashagen, ist am 19. Dezember im Hospiz Brücke in Bremen nach langer Krebserkrankung (Bauchspeicheldrüse) verstorben. Ich bin Alleinerbe und kümmere mich um seine Angelegenheiten.

Bitte kündigen Sie seine Verträge bei Ihnen:
- Hausrat HR 55 034 118 (die Wohnung Schwachhauser Heerstr. 260 wird zum 31.01. geräumt)
- Privathaftpflicht PHV-2019-022907
- Kfz KF-4471-05566 (HB-GH 19, das Auto übernehme ich und melde es auf mich um)

Erbschein und Sterbeurkunde schicke ich per Post. Überzahlte Beiträge bitte auf mein Konto DE65 3202 4700 5245 4419 22 (Kontoinhaber Malte Hashagen).

Mit freundlichen Grüßen
Malte Hashagen"""
    m = mail("Malte Hashagen <malte.hashagen@posteo.example>", "vertrag@weserland-vers.example",
             "Tod meines Vaters Gerd Hashagen - Kündigung Verträge", "Sun, 27 Dec 2026 20:00:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "de", "relative", "son cancels late father's contracts; cause of death (pancreatic cancer, hospice), IBAN"


def m144():
    body = """Dear Ms Okonkwo,

thank you for your message. We will reply only by email, as you asked, and
nothing will be sent by post.

Your "Student Travel & Health" policy RK-880502 covers medical care during
pregnancy and childbirth, as the pregnancy began after your policy started
(1 September 2026):

- check-ups with a gynaecologist and the standard ultrasound scans,
- blood tests recommended in the maternity guidelines,
- midwife care before and after the birth,
- the birth in hospital (standard ward).

A termination of pregnancy under the legal conditions in Germany (section 218a
German Criminal Code, after counselling) is also covered, as are the
counselling and the medical follow-up.

If you have questions or would like to talk to someone, our health team is
available at +49 421 5590-3200 (Mon-Fri 8-18). You may also want to contact the
pro familia counselling centre in Bremen, which offers advice in English.

Kind regards

Dr. Miriam Tews
Health Claims

""" + FOOT_EN
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "Ngozi Okonkwo <ngozi.okonkwo@stud.hs-weserstadt.example>",
             "RE: question about coverage", "Thu, 17 Dec 2026 10:40:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "harmless subject; answer about the addressee's pregnancy and possible termination; health policy"


def m145():
    body = """Hi,

on our holiday in Portugal in October the rental car (Europcar Faro, booking EC-88320194) got a big scratch on the side in a car park, nobody knows who did it. Europcar charged my credit card the full excess of 1,100 euros.

We have your travel package insurance with rental car excess cover (RS-TRV-2026-4418). Can I get the 1,100 euros back? Damage report and the Europcar invoice are attached.

Account for the refund: NL53 ABNA 0581 2345 67 (Pieter van Dijk, my Dutch account is fine)

Pieter van Dijk"""
    m = mail("Pieter van Dijk <pieter.vandijk@outlook.example>", "reise@weserland-vers.example",
             "rental car excess refund", "Thu, 31 Dec 2026 14:14:00 +0100", body,
             att=[A("Europcar_damage.pdf", pdf(["Europcar Faro Airport - Damage report / Invoice 8841-2026-1022",
                   "Renter: Pieter van Dijk", "Vehicle: Renault Clio, 23-XL-91, left side scratches, 2 panels",
                   "Excess charged: 1,100.00 EUR"], "Europcar"), "application/pdf")])
    return m, "CONFIDENTIAL", "en", "customer", "rental-car excess claim: named customer, booking, travel contract, Dutch IBAN; no health"


def m146():
    body = """Hallo Frau Kuhlmann,

sorry, my German is not good enough to write all this, so English with the German doctor's letter below.

I had a ski accident in Saalbach (Austria) on 27 December, fell on my shoulder. Broken collarbone, they operated in Zell am See the next day. I have accident insurance with you, UV 7.622.190, and also the hospital daily allowance I think.

Here is what the hospital wrote (Entlassungsbrief):

  Diagnose: Dislozierte Claviculaschaftfraktur links (S42.02)
  Therapie: Offene Reposition und Plattenosteosynthese am 28.12.2026
  Stationärer Aufenthalt: 27.12.–30.12.2026
  Procedere: Armschlinge 2 Wochen, keine Belastung > 2 kg für 6 Wochen,
  Metallentfernung nach ca. 12 Monaten möglich, Physiotherapie.

I'm back in Bremen now. Do I need a German doctor to confirm anything?

Danke!
James Whitmore"""
    m = mail("James Whitmore <james.whitmore@gmail.example>", "Petra Kuhlmann <petra.kuhlmann@weserland-vers.example>",
             "Skiunfall / ski accident Austria", "Thu, 31 Dec 2026 17:45:00 +0100", body)
    return m, "STRICTLY_CONFIDENTIAL", "mixed", "customer", "English mail with German discharge letter: clavicle fracture S42.02, surgery, hospital stay; accident policy"


def m147():
    body = """Hallo zusammen,

anbei die Monatsstatistik Leistung Krankenzusatz November. Kurz zusammengefasst:
Eingänge +12 % ggü. Oktober (Brillen-Saison vor Jahresende wie immer), die
durchschnittliche Durchlaufzeit liegt bei 4,1 Arbeitstagen. Die Kategorien mit
weniger als 5 Fällen sind unter "Sonstige" zusammengefasst.

Bitte nicht extern weitergeben, aber es stehen keine Personendaten drin.

Gruß
Miriam"""
    stats = xlsx([("November 2026", [
        ["Kategorie", "Eingänge", "davon erstattet", "davon abgelehnt", "Ø Erstattung EUR", "Ø Durchlaufzeit AT"],
        ["Zahnersatz (Kronen, Brücken, Implantate)", 1184, 1102, 82, 612.4, 5.2],
        ["Zahnbehandlung / PZR", 2210, 2169, 41, 98.1, 3.0],
        ["Kieferorthopädie", 96, 88, 8, 844.0, 7.9],
        ["Brillen / Kontaktlinsen", 1530, 1497, 33, 182.5, 2.7],
        ["Heilpraktiker", 402, 331, 71, 210.3, 4.8],
        ["Krankenhaus Wahlleistungen", 318, 309, 9, 1612.9, 6.1],
        ["Hörgeräte", 41, 39, 2, 840.0, 5.5],
        ["Sonstige", 17, 12, 5, 95.0, 4.0]])])
    m = mail("Dr. Miriam Tews <miriam.tews@weserland-vers.example>", "team-leistung-kranken@weserland-vers.example",
             "Monatsstatistik Leistung KZ November", "Mon, 07 Dec 2026 08:15:00 +0100", body,
             att=[A("Statistik_KZ_2026-11.xlsx", stats, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])
    return m, "NORMAL", "de", "internal", "trap: aggregate health-claims statistics by category, small cells merged; no person"


def m148():
    cal = ics("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung AG//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-student-wellbeing-2027-01-20@weserland-vers.example
DTSTAMP:20261215T090000Z
DTSTART;TZID=Europe/Berlin:20270120T180000
DTEND;TZID=Europe/Berlin:20270120T190000
SUMMARY:Webinar: Mental health during exam season - where international students find help
LOCATION:Online (link follows after registration)
DESCRIPTION:With a psychologist from the university counselling service. Topics: stress, anxiety, sleep problems, how to find a therapist in Germany, what health insurance pays.
END:VEVENT
END:VCALENDAR
""")
    body = """Exams are coming - and with them stress, sleepless nights and sometimes
anxiety. In our free webinar on 20 January 2027, a psychologist from the
student counselling service explains where international students can find
help in Bremen, how to get an appointment with a therapist and what your
health insurance covers.

Add it to your calendar with the attached file. Registration:
https://www.weserland-vers.example/en/webinar-wellbeing

Weserland Expat News"""
    m = mail("Weserland Expat News <expat-news@news.weserland-vers.example>", "expat-news@news.weserland-vers.example",
             "Free webinar: mental health during exam season", "Tue, 15 Dec 2026 11:00:00 +0100", body,
             att=[A("webinar-wellbeing.ics", cal, "text/calendar")])
    return m, "NORMAL", "en", "newsletter", "trap: webinar on students' mental health, anxiety, therapists; ICS; no individual"


def m149():
    body = """Hi,

FYI the link "Travel vaccinations for Southeast Asia - what's recommended" in your November newsletter goes to a 404 page. Was interested in reading it (Japanese encephalitis, rabies, typhoid etc.).

Best,
Nora Byrne"""
    m = mail("Nora Byrne <nora.byrne@gmail.example>", "expat-news@news.weserland-vers.example",
             "broken link in newsletter", "Wed, 25 Nov 2026 20:30:00 +0100", body)
    return m, "NORMAL", "en", "customer", "trap: broken-link report mentioning vaccinations and diseases in general; nothing about the sender's health"


def m150():
    body = """Sehr geehrte Frau Lankenau,

anbei Ihr neuer Versicherungsschein.

Mit freundlichen Grüßen
Ihre Weserland Versicherung

""" + FOOT_DE
    police = pdf(["Weserland Versicherung AG - Versicherungsschein Kraftfahrtversicherung", "Nachtrag Nr. 1, gueltig ab 04.12.2026", "",
                  "Versicherungsnehmerin: Sina Lankenau, geb. 09.09.1999, Bremer Str. 14a, 28832 Achim",
                  "Vertrag: KF-4471-71150", "Fahrzeug: Opel Corsa F, FIN W0V7H9EC4P4123987, amtl. Kennzeichen VER-SL 99",
                  "Kfz-Haftpflicht: SF 6 (45 %), Deckung 100 Mio. EUR pauschal", "Vollkasko: SF 6 (40 %), SB 500 EUR; Teilkasko SB 150 EUR",
                  "Fahrerkreis: nur Versicherungsnehmerin, jaehrliche Fahrleistung bis 12.000 km",
                  "Jahresbeitrag: 984,60 EUR, Zahlweise monatlich per SEPA-Lastschrift",
                  "Konto: DE95 5862 6181 2659 8969 21"], "Versicherungsschein")
    m = mail("Weserland Kfz-Vertrag <kfz@weserland-vers.example>", "Sina Lankenau <sina.lankenau@gmail.example>",
             "Ihr Dokument", "Fri, 04 Dec 2026 12:00:00 +0100", body,
             att=[A("Versicherungsschein_Nachtrag1.pdf", police, "application/pdf")])
    return m, "CONFIDENTIAL", "de", "insurer-to-customer", "harmless body; PDF policy schedule with birth date, VIN, premium, IBAN"


# ====================================================================== driver

EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
TOTAL = 150


def all_mails():
    return [globals()[f"m{i:03d}"] for i in range(1, TOTAL + 1) if f"m{i:03d}" in globals()]


def build():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(all_mails(), 1):
        assert fn.__name__ == f"m{i:03d}", fn.__name__
        m, label, lang, kind, reason = fn()
        name = f"d{NN}-{i:04d}.eml"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(finish(i, m))
        assert "\t" not in reason and "\n" not in reason
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows) - 1} mails")


def check():
    import csv
    import collections
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    files = sorted(x for x in os.listdir(OUT) if x.endswith(".eml"))
    if [r["file"] for r in rows] != files:
        errors.append("labels.tsv and mails/ differ")
    if len(rows) != TOTAL:
        errors.append(f"{len(rows)} rows, expected {TOTAL}")
    cnt = collections.Counter(r["label"] for r in rows)
    for k, v in EXPECT.items():
        if cnt[k] != v:
            errors.append(f"{k}: {cnt[k]} (expected {v})")
    traps = sum(1 for r in rows if r["label"] == "NORMAL" and r["reason"].startswith("trap:"))
    if traps * 3 < cnt["NORMAL"] * 2:
        errors.append(f"only {traps} traps")
    for r in rows:
        if r["label"] not in EXPECT or r["lang"] not in ("de", "en", "mixed") or not r["kind"] or not r["reason"]:
            errors.append(f"bad row {r['file']}")
    parts = collections.Counter()
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            errors.append(f"{fn}: bare LF")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append(f"{fn}: line > 998")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                errors.append(f"{fn}: missing {h}")
        for a in msg["From"].addresses + msg["To"].addresses:
            if not a.domain.endswith(".example"):
                errors.append(f"{fn}: domain {a.domain}")
        for part in msg.walk():
            ct = part.get_content_type()
            parts[ct] += 1
            if part.is_multipart() or ct == "message/rfc822":
                continue
            try:
                payload = part.get_content()
            except Exception as e:  # noqa
                errors.append(f"{fn}: {ct} not decodable: {e}")
                continue
            fname = part.get_filename() or ""
            if fname.endswith((".zip", ".docx", ".xlsx", ".odt", ".ods")):
                try:
                    zipfile.ZipFile(io.BytesIO(payload)).testzip()
                except Exception as e:  # noqa
                    errors.append(f"{fn}: bad zip {fname}: {e}")
            if fname.endswith(".pdf") or ct == "application/pdf":
                if not payload.startswith(b"%PDF-") or b"%%EOF" not in payload[-10:]:
                    errors.append(f"{fn}: bad pdf {fname}")
    print("labels:", dict(cnt), "traps:", traps)
    print("langs:", dict(collections.Counter(r["lang"] for r in rows)))
    print("parts:", dict(sorted(parts.items())))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  ", e)
        return 1
    print(f"CHECK OK: {len(files)} mails")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    build()
