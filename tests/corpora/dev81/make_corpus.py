#!/usr/bin/env python3
"""dev81 - labelled mail corpus for Siegel (dental and vision insurance).

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME or into attachment files.
Standard library only, deterministic, no network.

    python make_corpus.py           writes mails/d81-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses everything and validates it
"""
import datetime
import io
import os
import re
import sys
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

NN = 81
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
INS = "weserland-versicherung.example"
TZ = datetime.timezone(datetime.timedelta(hours=1))
ZIPTIME = (2025, 1, 6, 9, 0, 0)

# ---------------------------------------------------------------- helpers


def T(s):
    """Dedent a hand-written block and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def _date(n, shift=0):
    """Working days from 6 Jan 2025, about 2.4 mails a day, office hours."""
    d = datetime.datetime(2025, 1, 6, 8, 0, tzinfo=TZ)
    days = int(n / 2.4)
    while days:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            days -= 1
    d += datetime.timedelta(minutes=(n * 97) % 540 + shift * 60)
    return d


class Mail:
    def __init__(self, frm, to, subject, body=None, cc=None, html=None,
                 html_only=False, atts=(), charset="utf-8", cte=None,
                 flowed=False, headers=None, in_reply_to=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def build(m, n, sub=0):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m.frm
    msg["To"] = m.to
    if m.cc:
        msg["Cc"] = m.cc
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(_date(n, -24 * sub))
    dom = m.frm.split("@")[-1].rstrip(">").strip()
    msg["Message-ID"] = "<d%02d-%04d.%d.%s>" % (NN, n, sub, dom) if sub else \
        "<d%02d-%04d@%s>" % (NN, n, dom)
    if m.in_reply_to:
        msg["In-Reply-To"] = m.in_reply_to
        msg["References"] = m.in_reply_to
    msg["MIME-Version"] = "1.0"
    for k, v in (m.headers or {}).items():
        msg[k] = v
    if m.html_only:
        msg.set_content(m.html, subtype="html", charset=m.charset,
                        cte=m.cte or "quoted-printable")
    else:
        kw = {"charset": m.charset}
        if m.flowed:
            kw["cte"] = "8bit"
        elif m.cte:
            kw["cte"] = m.cte
        else:
            kw["cte"] = "quoted-printable"
        msg.set_content(m.body, **kw)
        if m.flowed:
            msg.set_param("format", "flowed")
        if m.html:
            msg.add_alternative(m.html, subtype="html",
                                cte="quoted-printable")
    for i, a in enumerate(m.atts):
        name, data, ctype = a
        if isinstance(data, Mail):
            inner = build(data, n, sub=i + 1)
            msg.add_attachment(inner)
            continue
        if isinstance(data, EmailMessage):
            msg.add_attachment(data)
            continue
        maintype, subtype = ctype.split("/")
        if maintype == "text":
            msg.add_attachment(data.encode("utf-8") if isinstance(data, str)
                               else data, maintype, subtype, filename=name)
        else:
            msg.add_attachment(data, maintype, subtype, filename=name)
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_d%02d_%04d_%d_%d" % (NN, n, sub, k))
            k += 1
    return msg


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = (zipfile.ZIP_STORED if name == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)"""
    return _zip(members)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def pdf(lines, title="Dokument"):
    """Simple text PDF (Helvetica, WinAnsi), one page per 56 lines."""
    pages = [lines[i:i + 56] for i in range(0, max(len(lines), 1), 56)] or [[]]
    objs = []

    def esc(t):
        b = t.encode("cp1252", "replace")
        return (b.replace(b"\\", b"\\\\").replace(b"(", b"\\(")
                .replace(b")", b"\\)"))
    n_pages = len(pages)
    first_page = 4
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>"
                 % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = b"BT /F1 10 Tf 13 TL 50 800 Td\n"
        for ln in pg:
            stream += b"(" + esc(ln) + b") '\n"
        stream += b"ET\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                     % (first_page + 2 * i + 1)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream +
                    b"endstream")
    info_no = len(objs) + 1
    objs.append(b"<< /Title (" + esc(title) + b") /Producer (dev81) "
                b"/CreationDate (D:20250106090000+01'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_no, xref))
    return out


def docx(items):
    """items: str = paragraph, list of lists = table"""
    body = []
    for it in items:
        if isinstance(it, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % _x(it))
        else:
            rows = "".join(
                "<w:tr>%s</w:tr>" % "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                    % _x(c) for c in r) for r in it)
            body.append("<w:tbl>%s</w:tbl>" % rows)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % "".join(body))
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows)"""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % si,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                         % (_x(name), si, si))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                       % (si, si))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % si)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '%s</Relationships>' % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels)]
                + files)


def _odf(mime, content_body):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % content_body)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)])


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(
                    "<text:p>%s</text:p>" % _x(p) for p in paragraphs))


def ods(rows, name="Tabelle1"):
    xr = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell><text:p>%s</text:p></table:table-cell>' % _x(c)
        for c in r) for r in rows)
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
                % (_x(name), xr))


def ics(lines):
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ZIP = "application/zip"
CSV = "text/csv"
ICS = "text/calendar"
OCTET = "application/octet-stream"

# ------------------------------------------------------------------ mails


def m001():
    body = T("""
    Sehr geehrte Frau Hülsmann,

    vielen Dank für die Einreichung des Heil- und Kostenplans Ihrer Zahnärztin
    Dr. Anja Kramer vom 09.12.2024, bei uns eingegangen am 16.12.2024.

    Geplant ist in regio 36 eine Implantatversorgung (Insertion eines Implantats,
    GOZ 9010) mit anschließender implantatgetragener Vollkeramikkrone. Laut
    Befund (Teil 1 des HKP) fehlt Zahn 36 seit der Extraktion im Oktober 2024;
    die Nachbarzähne 35 und 37 sind kariesfrei.

    Unsere Leistungszusage im Tarif WeserZahn 90:

      Gesamtkosten lt. HKP (Honorar + Material/Labor)   3.412,58 EUR
      davon Festzuschuss Ihrer Krankenkasse (Befund 2.1)  -   472,14 EUR
      erstattungsfähiger Restbetrag                      2.940,44 EUR
      Erstattung 90 % (tariflich vorgesehen)             2.646,40 EUR

    Bitte beachten Sie die Zahnstaffel: Ihr Versicherungsschutz besteht seit
    01.05.2023. Im dritten Versicherungsjahr sind Leistungen für Zahnersatz
    auf insgesamt 2.250,00 EUR begrenzt; bisher haben wir 318,60 EUR erstattet.
    Für diese Behandlung stehen Ihnen daher noch 1.931,40 EUR zur Verfügung,
    sofern die Rechnung bis zum 30.04.2026 datiert ist.

    Die Zusage gilt vorbehaltlich der Prüfung der endgültigen Rechnung nach GOZ
    sowie der Laborrechnung. Reichen Sie beides einfach über die Weserland-App
    oder per Post ein.

    Mit freundlichen Grüßen

    Katrin Oltmanns
    Leistungsabteilung Zahn (LZ 2)
    Weserland Krankenversicherung AG
    Am Wall 118 · 28195 Bremen
    Telefon 0421 5508-2274

    Versicherungsnummer: 7 044 182 301 · Vorgang LZ-2025-000412
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Sabine Hülsmann <sabine.huelsmann@kabelpost.example>",
                 "Ihr Heil- und Kostenplan vom 09.12.2024 – Leistungszusage",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "HKP approval for implant regio 36 with tooth findings, costs and Zahnstaffel of a named customer")


def m002():
    csv = T("""
    Pos.-Nr.;Leistung (BEB 97);Einheit;Preis netto EUR;Bemerkung
    0010;Modell aus Superhartgips;Stk;14,20;
    0052;Sägemodell, je Segment;Stk;8,75;
    0212;Individueller Löffel;Stk;28,90;
    1022;Vollkrone Zirkon, monolithisch;Stk;189,00;inkl. Einfärben
    1024;Vollkrone Zirkon, vollverblendet;Stk;246,00;
    1042;Brückenglied Zirkon;Stk;176,00;
    2210;Teleskopkrone Primärteil NEM;Stk;212,50;
    3101;Implantat-Abutment individuell, Titan;Stk;265,00;zzgl. Fremdteile
    4010;Aufbissschiene tiefgezogen;Stk;96,40;
    9330;Versandkosten je Auftrag;pausch.;6,50;
    """)
    body = T("""
    Hallo zusammen,

    zur Info für eure Plausi-Prüfung der Laborrechnungen: Nordlicht Zahntechnik
    hat uns die neue Preisliste ab 01.02.2025 geschickt (Auszug im Anhang als
    CSV, das Original-PDF liegt im Einkaufslaufwerk unter Lieferanten/Labore).
    Zirkon-Vollkronen steigen um ca. 4 %, Teleskope unverändert.

    Gruß
    Aylin

    -----Ursprüngliche Nachricht-----
    Von: Vertrieb Nordlicht Zahntechnik <vertrieb@nordlicht-zahntechnik.example>
    Gesendet: Montag, 6. Januar 2025 08:14
    An: Einkauf Weserland <einkauf@weserland-versicherung.example>
    Betreff: Preisliste 2025

    Sehr geehrte Damen und Herren,

    anbei unsere aktuelle Preisliste nach BEB 97, gültig ab 01.02.2025.
    Bei Fragen stehen wir gern zur Verfügung.

    Mit freundlichen Grüßen
    Ihr Team Nordlicht Zahntechnik GmbH
    Hafenstraße 41 · 26721 Emden
    """)
    return (Mail("Aylin Demirci <a.demirci@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "WG: Preisliste 2025 Nordlicht Zahntechnik",
                 body, atts=[("Nordlicht_Preisliste_2025_Auszug.csv",
                              csv.encode("cp1252"), "text/csv")]),
            "NORMAL", "de", "internal",
            "trap: dental lab price list (BEB positions, crowns, implant abutments), no patient")


def m003():
    body = T("""
    Dear Mr Tjarks,

    thank you for returning the signed partner agreement for the WeserSicht
    optician network. I have set up your shop as a direct-billing partner with
    the following master data - please check and let me know if anything is
    wrong, because payments will be made to this account from March onwards:

      Partner:        Optik Tjarks, Inh. Bernd Tjarks e.K.
      Address:        Lange Straße 22, 26122 Oldenburg
      Tax number:     64/127/40583
      Account holder: Bernd Tjarks
      IBAN:           DE62 0802 1340 4832 7213 96
      Partner no.:    OPT-0417

    Your login for the partner portal will be sent separately by post.

    Kind regards
    Ole Harms
    Product Management Dental & Vision
    Weserland Krankenversicherung AG
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Bernd Tjarks <info@optik-tjarks.example>",
                 "WeserSicht partner network - your master data",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-optician",
            "sole-trader optician's tax number and private IBAN; no patient data")


def m004():
    body = T("""
    Merle, kannst du das übernehmen? Kunde ist im Expat-Tarif, schreibt nur
    englisch. Rechnung hängt nicht dran, nur der Text unten.
    Danke, Priya

    ---------- Forwarded message ---------
    From: Connor Walsh <connor.walsh@inboxmail.example>
    Date: Mon, 6 Jan 2025 at 21:03
    Subject: contact lenses claim
    To: <service@weserland-versicherung.example>

    Hi,

    I bought a 12-month supply of daily contact lenses from LensDirect
    (order 55-20931) in December, total EUR 486.00 incl. shipping. My
    prescription from Dr. Pohl (eye doctor, Bremen-Schwachhausen) is
    R -4.50 / L -4.25, and she also noted mild dry eye so I was told to
    switch from monthlies to dailies.

    Policy no. 7 051 903 118. Can you reimburse this under WeserSicht? I
    uploaded the invoice in the app but it shows "Beleg unleserlich".

    Thanks
    Connor
    """)
    return (Mail("Priya Raman <p.raman@%s>" % INS,
                 "Merle Stöver <m.stoever@%s>" % INS,
                 "Fwd: contact lenses claim",
                 body, flowed=True),
            "STRICTLY_CONFIDENTIAL", "mixed", "customer",
            "customer's contact-lens prescription, dry eye and claim, forwarded internally")


def m005():
    html = T("""
    <html><body style="font-family:Arial,sans-serif">
    <table width="600" align="center"><tr><td>
    <h1 style="color:#0a4d8c">OsteoLine 4.1 &ndash; now with platform switching</h1>
    <p>Dear dental professional,</p>
    <p>The new <b>OsteoLine 4.1 conical implant</b> offers primary stability
    even in D3/D4 bone, a 15&deg; angled abutment portfolio and a
    fully digital workflow from intraoral scan to milled zirconia crown.</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Diameter</th><th>Lengths</th><th>Indication</th></tr>
    <tr><td>3.3 mm</td><td>10 / 12 mm</td><td>lateral incisors, lower anteriors</td></tr>
    <tr><td>4.1 mm</td><td>8 / 10 / 12 mm</td><td>premolars, molars</td></tr>
    <tr><td>4.8 mm</td><td>6 / 8 / 10 mm</td><td>molars, reduced bone height</td></tr>
    </table>
    <p>Clinical 5-year survival rate in our multicentre study: 97.8 %
    (n = 1,204 implants).</p>
    <p><a href="https://www.osteoline-implants.example/webinar">Register for the free webinar on 12 February</a></p>
    <p style="font-size:10px;color:#888">OsteoLine Dental Systems AG &middot; You receive this
    mail because you subscribed at IDS. <a href="https://www.osteoline-implants.example/unsubscribe">Unsubscribe</a></p>
    </td></tr></table></body></html>
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Beratungszahnärzte <beratungszahnaerzte@%s>" % INS,
                 "Fwd: OsteoLine 4.1 - now with platform switching",
                 html=html, html_only=True),
            "NORMAL", "en", "newsletter",
            "trap: implant manufacturer product flyer (bone quality, survival rate), no person")


def m006():
    body = T("""
    Sehr geehrte Frau Dr. Kramer,

    wir bestätigen den Eingang Ihrer Schadenmeldung vom 08.01.2025 zu Ihrer
    Praxis-Inhaltsversicherung.

      Versicherungsnehmerin: Dr. Anja Kramer, Zahnarztpraxis
      Versicherungsort:      Bahnhofstraße 7, 26122 Oldenburg
      Vertrag:               GI 40-228 157
      Schadennummer:         S 25-3-000117
      Schadentag:            04.01.2025 (Leitungswasser, geplatzte
                             Zuleitung im Sterilisationsraum)

    Betroffen sind nach Ihrer Aufstellung der Thermodesinfektor, ein
    Autoklav, Bodenbelag und der Unterschrank im Steri. Wir haben die
    Sachverständige Frau Mertens (Büro Mertens & Kollegen) beauftragt; sie
    meldet sich wegen eines Termins direkt bei Ihnen. Bitte bewahren Sie die
    beschädigten Geräte bis zur Besichtigung auf.

    Eine Betriebsunterbrechung ist nach Ihrer Schilderung nicht eingetreten,
    da die Behandlung über den zweiten Steri weiterlief.

    Mit freundlichen Grüßen
    Gesa Lüders
    Schaden Gewerbe/Komposit
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Dr. Anja Kramer <praxis@zahnarzt-kramer.example>",
                 "Ihre Schadenmeldung – Leitungswasserschaden Praxis, S 25-3-000117",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "named dentist as policyholder of practice contents insurance with claim number; no health data")


def m007():
    body = T("""
    Sehr geehrter Herr Dr. Siefken,

    zum HKP für Ihren Patienten Herrn Marco Dirksen, geb. 14.03.1979
    (unser Versicherter, Vorgang LZ-2025-000538), benötigen wir vor einer
    Leistungszusage noch folgende Unterlagen:

    1. aktuelle Panoramaschichtaufnahme (OPG) bzw. Einzelbilder regio 15-17
    2. PAR-Status (Sondierungstiefen, BOP), da im Befund für 16 und 17
       Lockerungsgrad II angegeben ist
    3. Begründung für die geplante Extraktion von 17 und die anschließende
       Brücke 15-17 statt Einzelkrone auf 16

    Im Befund ist 16 mit "ww" gekennzeichnet, 17 mit "x", 15 mit "k".
    Laut Therapieplanung sollen 15 und 16 mit "K" (Pfeiler) und 17 als
    Brückenglied "B" versorgt werden – ein Freiendbrückenglied an 17 wäre
    aus unserer Sicht erklärungsbedürftig.

    Die Unterlagen können Sie uns gern über das Zahnarztportal oder per
    Fax an 0421 5508-2299 zukommen lassen.

    Mit freundlichen Grüßen

    Dr. Henrik Brandes
    Beratender Zahnarzt
    Weserland Krankenversicherung AG
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Praxis Dr. Siefken <info@siefken-zahnaerzte.example>",
                 "Rückfrage HKP Dirksen – Brücke 15-17",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
            "named patient with birth date, tooth findings, periodontal mobility and planned extraction")


def m008():
    pdf_lines = [
        "Schulung Leistungsabteilung Zahn - Modul 3: Den HKP richtig lesen",
        "",
        "Fallbeispiel (fiktiv): Erika Musterfrau, Versicherungsnummer 0 000 000 000",
        "",
        "Teil 1 - Befund (FDI-Schema)",
        "      18 17 16 15 14 13 12 11 | 21 22 23 24 25 26 27 28",
        "TP                                                 ",
        "R                                                  ",
        "B        f  k  ww             |           x  f      ",
        "      48 47 46 45 44 43 42 41 | 31 32 33 34 35 36 37 38",
        "B        f                    |                 i    ",
        "",
        "Legende: f = fehlend, k = Krone vorhanden, ww = erneuerungsbedürftig,",
        "x = nicht erhaltungswürdig, i = Implantat mit intakter Suprakonstruktion",
        "",
        "Aufgabe 1: Welche Befundnummer (Festzuschuss) ergibt sich für 24-26?",
        "Aufgabe 2: Ist die Planung in Teil 1 mit dem Tarif WeserZahn 70 vereinbar?",
        "Aufgabe 3: Welche Zahnstaffelstufe gilt im 2. Versicherungsjahr?",
        "",
        "Lösungen im Trainer-Handout (nicht an Teilnehmende verteilen).",
    ]
    body = T("""
    Liebe Kolleginnen und Kollegen,

    für die Schulung am Donnerstag (Raum 3.14, 09:00-11:30) hänge ich die
    Übungsunterlage an. Die Patientin im Beispiel ist frei erfunden, alle
    Nummern sind Dummy-Werte. Bitte ausgedruckt mitbringen.

    Viele Grüße
    Henrik Brandes
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "Schulung Do: HKP lesen – Übungsunterlage",
                 body, atts=[("Modul3_HKP_Uebung.pdf",
                              pdf(pdf_lines, "HKP Uebung"), PDF)]),
            "NORMAL", "de", "internal",
            "trap: training material with fictitious patient 'Erika Musterfrau', dummy tooth chart")


def m009():
    body = T("""
    Dear Ms Lindqvist,

    We have reviewed your claim for the refractive laser surgery performed on
    19 November 2024 at Augenlaserzentrum Nord, Hamburg (claim
    LS-2024-004471, policy 7 062 118 540).

    The invoice shows Femto-LASIK on both eyes at EUR 2,180.00 per eye
    (EUR 4,360.00 in total) plus the preliminary examination (topography,
    pachymetry, corneal thickness 548/552 µm) at EUR 195.00. The
    pre-operative refraction was -5.25 dpt (right) and -4.75 dpt (left).

    Your WeserSicht Plus tariff covers refractive surgery once per eye
    with up to EUR 1,000.00 per eye, provided the refractive error is at
    least 3.0 dpt. This condition is met for both eyes, so we will
    reimburse EUR 2,000.00. The preliminary examination is not covered
    separately under WeserSicht Plus.

    The amount will be transferred to your account ending in ...4471 within
    the next five working days.

    Please note that this claim uses up the refractive surgery benefit;
    future glasses or contact lenses are still covered up to EUR 300.00
    every 24 months.

    Kind regards

    Merle Stöver
    Claims - Vision & Aids
    Weserland Krankenversicherung AG
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Ingrid Lindqvist <ingrid.lindqvist@nordpost.example>",
                 "Your claim LS-2024-004471 - Femto-LASIK",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "LASIK claim decision with refraction values and corneal data of a named customer")


def m010():
    rows = [["Quarter", "GOZ section", "Claims (n)", "Invoiced EUR", "Reimbursed EUR", "Avg. factor"],
            ["Q4/2024", "A General (0010-0120)", 18422, 512330.12, 447901.88, 2.31],
            ["Q4/2024", "B Prophylaxis (1000-1040)", 9210, 742880.50, 611240.00, 2.28],
            ["Q4/2024", "C Conservative (2000-2440)", 6120, 1912004.77, 1522719.31, 2.44],
            ["Q4/2024", "E Periodontology (4000-4150)", 1144, 488102.40, 402311.07, 2.35],
            ["Q4/2024", "F Prosthetics (5000-5340)", 2087, 3390211.96, 2544177.20, 2.39],
            ["Q4/2024", "G Orthodontics (6000-6260)", 731, 902554.00, 610004.25, 2.30],
            ["Q4/2024", "K Implants (9000-9170)", 958, 2280417.11, 1651880.93, 2.47]]
    body = T("""
    Hi team,

    attached are the Q4 figures by GOZ section for the dental portfolio
    (all tariffs, excl. claims still in review). Only aggregates, no
    policy-level data - feel free to share with the reinsurance guys.

    Biggest movers vs. Q3: implants +11 % in reimbursed amount, PZR
    claims up 6 % (seasonal - people use the yearly limit in December).

    Daniel

    Daniel Okafor
    Claims Analytics
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Claims Management <claims-mgmt@%s>" % INS,
                 "Q4 dental claims by GOZ section",
                 body, atts=[("dental_claims_Q4_2024_by_section.xlsx",
                              xlsx([("Q4", rows)]), XLSX)]),
            "NORMAL", "en", "internal",
            "trap: aggregated dental claims statistics by GOZ section, no persons")


def m011():
    body = T("""
    Hallo Lena,

    bitte die Bankverbindung für die Courtage von Herrn Dierks ändern,
    Mail von ihm unten. Vermittlernummer 30-1187. Unterschriebenes
    Formular kommt per Post, er möchte aber, dass schon die
    nächste Abrechnung aufs neue Konto geht.

    Danke!
    Tobias

    > Moin Herr Ahlers,
    >
    > ich habe die Bank gewechselt. Bitte ab sofort alle Courtagezahlungen
    > auf mein neues Konto:
    >
    > Frank Dierks, Versicherungsmakler
    > IBAN DE33 8758 8670 2279 0545 34
    > Bank: Vereinigte Volksbank Friesland (erfunden)
    >
    > Das alte Konto bei der Sparkasse wird Ende Februar aufgelöst.
    >
    > Gruß aus Jever
    > Frank Dierks
    > Dierks Finanz & Vorsorge (Einzelunternehmen)
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Lena Vogt <l.vogt@%s>" % INS,
                 "WG: neue Bankverbindung Courtage Dierks",
                 body),
            "CONFIDENTIAL", "de", "broker",
            "sole-trader broker's new IBAN for commission, quoted in internal forward")


def m012():
    body = T("""
    Sehr geehrter Herr Brinkmann,

    für Ihre Tochter Lina (versicherte Person, geb. 2016) hat die
    kieferorthopädische Praxis Dr. Rademacher einen Behandlungsplan
    eingereicht. Die Einstufung nach den Kieferorthopädischen
    Indikationsgruppen lautet KIG P2 (Platzmangel bis 3 mm). Da die
    gesetzliche Krankenkasse erst ab Behandlungsbedarfsgrad 3 leistet,
    handelt es sich um eine reine Privatbehandlung.

    Ihr Tarif WeserZahn Kids übernimmt bei KIG 1 und 2 80 % der Kosten
    bis zu 1.500,00 EUR für die gesamte Behandlung. Geplant sind:

      - herausnehmbare Dehnplatte OK, aktive Phase ca. 12 Monate
      - GOZ 6030 (Umformung eines Kiefers, Behandlungsumfang mittel)
      - Retentionsphase mit Retainer, 2 Jahre
      - voraussichtliche Gesamtkosten 2.640,00 EUR

    Wir erstatten somit höchstens 1.500,00 EUR, verteilt auf die
    quartalsweisen Abschlagsrechnungen der Praxis. Die Wartezeit von acht
    Monaten ist abgelaufen.

    Mit freundlichen Grüßen
    Katrin Oltmanns
    Leistungsabteilung Zahn
    Weserland Krankenversicherung AG
    Versicherungsnummer 7 038 556 204-02
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Jan Brinkmann <jan.brinkmann@webpost.example>",
                 "Kieferorthopädische Behandlung Lina – Kostenübernahme",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "orthodontic treatment plan and KIG grade of a named child")


def m013():
    body = T("""
    Zur Info aus dem Funktionspostfach – ist wohl über das Kontaktformular
    Kooperationspartner reingekommen. Kein Handlungsbedarf.
    S. Kück

    -------- Weitergeleitete Nachricht --------
    Betreff: Prophylaxe-News Winter 2025 | Praxis Dr. Kramer
    Datum: Mon, 13 Jan 2025 07:30:00 +0100
    Von: Zahnarztpraxis Dr. Kramer <newsletter@zahnarzt-kramer.example>

    Liebe Patientinnen und Patienten, liebe Freunde unserer Praxis,

    das neue Jahr ist da – und mit ihm unsere Tipps für gesunde Zähne:

    * Professionelle Zahnreinigung (PZR): zweimal im Jahr empfohlen. Viele
      private Zusatzversicherungen erstatten die PZR ganz oder teilweise –
      fragen Sie Ihre Versicherung!
    * Neu bei uns: Airflow mit Erythritol-Pulver, besonders schonend bei
      empfindlichen Zahnhälsen.
    * Kinderprophylaxe: Fissurenversiegelung der Sechsjahrmolaren ist
      Kassenleistung.
    * Unsere Praxis ist vom 24.02. bis 28.02. wegen Fortbildung
      geschlossen. Vertretung: Praxis Dr. Siefken, Tel. 0441 771-204.

    Termine online unter https://www.zahnarzt-kramer.example/termin

    Ihr Praxisteam Dr. Anja Kramer
    Sie möchten keinen Newsletter mehr? Abmelden:
    https://www.zahnarzt-kramer.example/newsletter/abmelden
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "Produktmanagement Zahn <pm-zahn@%s>" % INS,
                 "WG: Prophylaxe-News Winter 2025 | Praxis Dr. Kramer",
                 body),
            "NORMAL", "de", "newsletter",
            "trap: dental practice newsletter (PZR, prophylaxis tips), no patient")


def m014():
    body = T("""
    Bitte an die Leistung Zahn, Kunde hat heute schon zweimal angerufen.
    Gruß Svenja

    Von: Detlef Wessels <d.wessels1961@t-post.example>
    Gesendet: Sonntag, 12. Januar 2025 18:52
    An: service@weserland-versicherung.example
    Betreff: WIESO ZAHLEN SIE NICHT

    Hallo,

    ich hab jetzt das 3. mal angerufen und keiner weiss was. Meine Krone
    oben links (25 sagt die Zahnärztin) ist mir am 2. Januar beim Brötchen
    abgebrochen, die Zahnärztin sagt da muss erst ne Wurzelbehandlung
    gemacht werden weil der Nerv entzündet ist und dann ne neue Krone.
    Ich hab den Kostenplan am 6.1. hochgeladen und seitdem steht da nur "in
    Bearbeitung".

    Ich zahle seit 2019 jeden Monat 38,90 und wenn man mal was braucht
    passiert nichts. Wenn ich bis Freitag nix hör kündige ich.

    D. Wessels
    Vers.Nr 7 011 420 977
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "WG: WIESO ZAHLEN SIE NICHT",
                 body, cte="8bit"),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "angry customer: broken crown 25, inflamed nerve, root canal planned; forwarded")


def m015():
    csv = T("""
    SKU,Product,Replacement,Material,Power range (dpt),Pack,Net price EUR
    LD-D30,AquaDaily 30,daily,hydrogel,-0.50 to -10.00 / +0.50 to +6.00,30,14.90
    LD-D90,AquaDaily 90,daily,hydrogel,-0.50 to -10.00 / +0.50 to +6.00,90,39.90
    LD-SH6,SiHy Month,monthly,silicone hydrogel,-0.25 to -12.00 / +0.25 to +8.00,6,27.50
    LD-TO6,SiHy Toric Month,monthly,silicone hydrogel,cyl -0.75 to -2.25,6,36.80
    LD-MF6,SiHy Multifocal,monthly,silicone hydrogel,add low/med/high,6,44.20
    LD-SOL,Peroxide solution 360 ml,-,-,-,1,9.95
    """)
    body = T("""
    Dear Ms Byrne,

    thanks for the updated B2B price list. For the WeserSicht mail-order
    pilot we would need the following before our procurement committee on
    4 February:

    - confirmation that the prices are fixed for 12 months,
    - delivery times to German addresses,
    - whether toric and multifocal lenses can be ordered without a fitting
      by an optician (we think not, but please confirm).

    I have re-attached the list as we received it, so we refer to the
    same version.

    Best regards
    Aylin Demirci
    Procurement
    Weserland Versicherungsgruppe
    """)
    return (Mail("Aylin Demirci <a.demirci@%s>" % INS,
                 "Aoife Byrne <aoife.byrne@lensdirect-ie.example>",
                 "RE: B2B price list 2025 - WeserSicht pilot",
                 body, atts=[("LensDirect_B2B_2025.csv", csv, CSV)]),
            "NORMAL", "en", "insurer-to-supplier",
            "trap: contact lens supplier price list with dioptre ranges, no person")


def m016():
    body = T("""
    Dear Mr Kowalczyk,

    Thank you for the good conversation last Wednesday. We are pleased to
    offer you the position of Dental Claims Specialist (m/f/d) in our
    Bremen claims centre, starting 1 April 2025.

    As discussed, the offer is based on:

    - annual gross salary of EUR 56,400 (12 x EUR 4,700), plus the
      collectively agreed special payments,
    - 38 hours per week, hybrid working up to 3 days from home,
    - probation period of six months.

    To prepare the contract, please send us your tax identification number
    and your social security number by 14 February. The contract will then
    be sent to your private address in Delmenhorst.

    Kind regards
    Birte Janssen
    Human Resources
    Weserland Versicherungsgruppe
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Pawel Kowalczyk <p.kowalczyk@mailbox.example>",
                 "Your offer - Dental Claims Specialist",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-applicant",
            "job offer with a named applicant's salary")


def m017():
    body = T("""
    Dear Dr McLeod,

    We received an invoice from Harbour Smile Dental Hamburg for our insured
    Ms Emily Carter (claim LZ-2025-000701), dated 10 January 2025, total
    EUR 1,146.38, described only as "crown treatment lower right".

    To process the claim we need an itemised invoice according to the GOZ
    (section 10 GOZ), i.e. for each service the date, tooth number, GOZ
    number, description, multiplier and amount, plus the dental laboratory
    invoice. From the X-ray report attached by Ms Carter we assume tooth 46
    (full ceramic crown, GOZ 2210 with adhesive luting 2197?).

    If any fee exceeds the 2.3 multiplier, please add the written
    justification required by section 10 (3) GOZ.

    Many thanks and kind regards
    Dr Henrik Brandes
    Consulting Dentist
    Weserland Krankenversicherung AG
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Dr Fiona McLeod <fiona.mcleod@harbour-smile.example>",
                 "Itemised invoice needed - Ms Emily Carter, tooth 46",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-dentist",
            "named patient's crown treatment on tooth 46 and X-ray report")


def m018():
    body = T("""
    Kurze Info für alle, die GOZ-Rechnungen prüfen:

    Der Punktwert der GOZ liegt weiterhin unverändert bei 5,62421 Cent –
    seit 1988 (!). Die Bundeszahnärztekammer fordert erneut eine Anpassung;
    bis auf Weiteres gibt es aber keinen Referentenentwurf.

    Für uns relevant:
    - Rechnungen mit Faktor > 2,3 ohne schriftliche Begründung weiterhin
      zurückfragen (§ 10 Abs. 3 GOZ).
    - Abweichende Vereinbarungen nach § 2 Abs. 1 und 2 GOZ nehmen zu
      (Faktoren 4,0-5,0 bei Kronen und Implantaten). Die Vereinbarung muss
      vor der Behandlung schriftlich getroffen worden sein; unsere
      Erstattung richtet sich nach den AVB (in der Regel bis 3,5).
    - Analogberechnungen nach § 6 Abs. 1 GOZ: Liste der akzeptierten
      Analogpositionen ist im Wiki aktualisiert (z. B. Kariesinfiltration,
      Aligner-Scans).

    Ole
    Produktmanagement Zahn & Sehen
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "GOZ-Punktwert / abweichende Vereinbarungen – Stand Januar",
                 body),
            "NORMAL", "de", "internal",
            "trap: GOZ point value and billing rules, no patient")


def m019():
    body = T("""
    Sehr geehrte Frau Ramadani,

    wir haben Ihren Antrag auf Kostenübernahme für die Brücke 13-15 geprüft.
    Leider können wir keine Leistung erbringen.

    Nach den Unterlagen Ihres Zahnarztes wurde Zahn 14 bereits am
    03.08.2023 entfernt. Ihr Vertrag im Tarif WeserZahn 90 begann am
    01.11.2023. Im Antrag vom 12.10.2023 haben Sie die Frage nach fehlenden,
    noch nicht ersetzten Zähnen mit "nein" beantwortet.

    Für Zähne, die bei Vertragsabschluss bereits fehlten, besteht nach
    § 4 Abs. 3 unserer Tarifbedingungen kein Versicherungsschutz. Die
    Brücke ersetzt ausschließlich den fehlenden Zahn 14; eine anteilige
    Leistung ist deshalb nicht möglich.

    Ob wir wegen der Antwort im Antrag weitere Schritte prüfen müssen
    (vorvertragliche Anzeigepflicht, § 19 VVG), teilen wir Ihnen gesondert
    mit.

    Gegen diese Entscheidung können Sie innerhalb von sechs Wochen
    Widerspruch einlegen oder sich an den Ombudsmann Private Kranken- und
    Pflegeversicherung wenden.

    Mit freundlichen Grüßen
    Katrin Oltmanns
    Leistungsabteilung Zahn
    Vorgang LZ-2025-000286
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Arta Ramadani <arta.ramadani@webpost.example>",
                 "Ihre Anfrage Brücke 13-15 – Entscheidung",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "rejection: tooth 14 missing before contract start, application answers, named customer")


def m020():
    body = T("""
    Sehr geehrter Herr Kessler,

    zu Ihrer Meldung vom 15.01.2025 im Rahmen der Elektronikversicherung:

    Vertrag:      EL 22-004 318
    VN:           Ralf Kessler, Dentallabor Kessler e.K., Delmenhorst
    Schaden-Nr.:  S 25-7-000094
    Gerät:        Laborscanner DS-Lab 7, Seriennr. DSL7-20-118840
    Hergang:      beim Umstellen auf den neuen Arbeitstisch heruntergefallen,
                  Gehäuse gebrochen, Kalibrierung nicht mehr möglich

    Der Kostenvoranschlag des Herstellers über 6.940,00 EUR netto liegt uns
    vor. Bitte senden Sie uns noch ein Foto des Typenschilds und die
    Rechnung über die Anschaffung (2020). Die Selbstbeteiligung beträgt
    laut Vertrag 250,00 EUR.

    Mit freundlichen Grüßen
    Gesa Lüders
    Schaden Gewerbe/Komposit
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Ralf Kessler <r.kessler@dentallabor-kessler.example>",
                 "S 25-7-000094 – Laborscanner",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "sole-trader dental lab owner's electronics insurance claim; no patient")


def m021():
    body = T("""
    Thank you for your message. I am attending the DGI implantology
    congress and will be back in the office on Monday, 20 January.

    For urgent questions on treatment and cost plans please contact
    lz-zahn@weserland-versicherung.example or call +49 421 5508-2270.

    Dr Henrik Brandes
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Smile Harbour Dental <info@harbour-smile.example>",
                 "Automatic reply: Itemised invoice",
                 body, headers={"Auto-Submitted": "auto-replied"}),
            "NORMAL", "en", "internal",
            "trap: out-of-office mentioning implantology congress and cost plans")


def m022():
    body = T("""
    Hi Tobias,

    quick one about a client of mine, Ms Hannah Brooks (policy
    7 059 331 702, WeserZahn 70 since 2022). She is 34 and her orthodontist
    in Bremen, Dr Rademacher, recommends clear aligner therapy for a
    crossbite on the left side and crowding in the lower front - she has
    TMJ pain and clicking when she chews. Quote is approx. EUR 5,800.

    I know adult orthodontics is normally excluded, but the AVB say
    "unless medically necessary due to a jaw disease". Does the crossbite
    with TMJ symptoms count? If yes, what do you need - a report from the
    orthodontist, MRI?

    Cheers
    Simon

    Simon Hartley
    Hartley Cover Solutions - independent insurance broker
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "FW: adult aligners - Hannah Brooks",
                 "Kann das jemand aus der Leistung beantworten? Ich sag dem Makler dann Bescheid.\n\n" + body),
            "STRICTLY_CONFIDENTIAL", "mixed", "broker",
            "broker asks about a named client's crossbite, TMJ pain and aligner therapy")


def m023():
    body = T("""
    Ticket INC-2025-01877
    Priorität: mittel
    Anwendung: Posteingang / OCR (DocuScan 5)
    Melder: Jonas Wübbena für LZ Zahn

    Beschreibung:
    Seit dem Update vom 10.01. erkennt die OCR das Zahnschema im
    HKP-Formular (Teil 1, Befund/Behandlungsplanung) nicht mehr
    zuverlässig. Die Zeilen TP/R/B werden vertauscht, Zahnnummern 18-11
    landen im Feld "Bemerkungen". Betrifft nur das KZBV-Formular Stand
    2024, ältere Formulare gehen.

    Reproduzierbar mit dem Testdokument TEST_HKP_2024_leer.pdf (kein
    Echtdokument) im Testordner der Anwendungsbetreuung.

    Workaround: Dokumentklasse manuell auf "HKP_alt" setzen.

    Bitte an Hersteller weitergeben.
    """)
    return (Mail("Jonas Wübbena <j.wuebbena@%s>" % INS,
                 "IT Service Desk <servicedesk@%s>" % INS,
                 "INC-2025-01877 OCR erkennt Zahnschema im HKP nicht",
                 body),
            "NORMAL", "de", "internal",
            "trap: IT ticket about OCR of HKP tooth chart with blank test document")


def m024():
    body = T("""
    Sehr geehrter Herr Oetken,

    wir haben Ihren Schaden aus der Hausratversicherung geprüft:

      Vertrag:       HR 11-348 207
      Schadennummer: S 25-1-002231
      Schadentag:    29.07.2024, Freibad Jever, Diebstahl aus
                     verschlossenem Spind (Polizei-Az. 0915-24-118)

    Entwendet wurden eine Sonnenbrille (ohne Sehstärke, Kaufpreis 189 EUR,
    Kauf 2023) sowie Ihre Geldbörse. Für die Sonnenbrille erstatten wir
    den Zeitwert von 142,00 EUR, für die Geldbörse 35,00 EUR. Bargeld ist
    bei Diebstahl außerhalb der Wohnung (Außenversicherung) nicht
    versichert.

    Die Zahlung von 177,00 EUR erfolgt auf Ihr Konto
    DE51 2913 8498 2526 3737 08.

    Mit freundlichen Grüßen
    Gesa Lüders
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Hauke Oetken <hauke.oetken@nordpost.example>",
                 "Hausrat S 25-1-002231 – Abrechnung",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "household theft claim (non-prescription sunglasses) with IBAN; no health data")


def m025():
    body = T("""
    Sehr geehrte Damen und Herren,

    zur Laborrechnung Nr. 2025-0142 vom 17.01.2025 für Ihre Arbeit an
    unseren Versicherten Herrn Gerold Meyerhoff (Auftraggeber
    Zahnarztpraxis Dr. Siefken) haben wir zwei Rückfragen:

    1. Position 1024 "Vollkrone Zirkon, vollverblendet" ist 3x für die
       Zähne 44, 45, 46 abgerechnet, der HKP sah für 44 und 45 aber
       monolithische Kronen (1022) vor. Wurde die Planung geändert?
    2. Edelmetall: Sie berechnen 4,8 g Goldlegierung (Bio-Gold 76,
       78,40 EUR/g) für ein Teleskop 33. Der HKP enthielt keine
       Teleskopversorgung im Unterkiefer links.

    Bitte senden Sie uns eine korrigierte Rechnung oder eine Erläuterung
    mit Konformitätserklärung nach MDR für die abweichenden Arbeiten.

    Mit freundlichen Grüßen
    Katrin Oltmanns
    Leistungsabteilung Zahn
    Vorgang LZ-2025-000533
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Nordlicht Zahntechnik Abrechnung <abrechnung@nordlicht-zahntechnik.example>",
                 "Laborrechnung 2025-0142 / Meyerhoff – Rückfrage",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lab",
            "lab invoice query naming the patient, crowns 44-46 and telescope 33")



def m026():
    body = T("""
    Ole - FYI, came in via the partner inbox. Could be relevant for the
    WeserSicht cooperation list? Prices look aggressive.
    Merle

    -----Original Message-----
    From: ClearView Eye Clinic <partners@clearview-prague.example>
    Sent: 20 January 2025 10:02
    Subject: Partner programme 2025 - Femto-LASIK from EUR 990 per eye

    Dear partner,

    ClearView Eye Clinic Prague invites German health insurers and
    opticians to join our referral programme:

      * Femto-LASIK from EUR 990 per eye (up to -8.00 dpt)
      * SMILE pro from EUR 1,390 per eye
      * Lens exchange (RLE) with trifocal IOL from EUR 2,450 per eye
      * free pre-examination incl. topography and pachymetry
      * German-speaking coordinators, transfer from Prague airport

    More than 40,000 procedures since 2009. Outcome statistics and our
    complication rates are published on https://clearview-prague.example/outcomes

    Looking forward to hearing from you,
    Tereza Novakova
    Partner Relations
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Ole Harms <o.harms@%s>" % INS,
                 "FW: Partner programme 2025 - Femto-LASIK from EUR 990 per eye",
                 body),
            "NORMAL", "en", "newsletter",
            "trap: LASIK clinic advertising (refractive surgery prices), no patient")


def m027():
    body = T("""
    Hi ihr,

    kurze Info: Jens ist morgen früh zur Weisheitszahn-OP (alle vier,
    Vollnarkose) und fällt voraussichtlich bis einschließlich Mittwoch aus.
    Seine HKP-Eingänge verteile ich morgen früh auf Katrin und Mareike.

    Bitte keine Anrufe bei ihm, er meldet sich, wenn er wieder fit ist.

    LG
    Nicole
    Teamleitung LZ 2
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "LZ 2 <lz2-team@%s>" % INS,
                 "Jens ab morgen weg",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "grey: colleague's wisdom-tooth surgery under general anaesthesia named in team mail")


def m028():
    body = T("""
    Dear Ms Nieminen,

    Re: Travel cancellation insurance, policy RR 55-019 337,
    claim S 25-4-000612

    You cancelled your trip to the International Dental Hygiene Symposium
    in Lisbon (travel dates 12-16 March 2025, flight and hotel booked on
    2 December 2024 for EUR 1,284.00) because your employer, Praxis
    Dr. Kramer, withdrew the approved leave after a colleague resigned.

    Unfortunately, a cancellation by the employer is not an insured
    event under section 3 of the travel cancellation conditions. Insured
    reasons relating to employment are only the unexpected loss of your
    job through employer's notice or starting a new job after
    unemployment. We are therefore unable to reimburse the cancellation
    fee of EUR 842.00.

    The hotel in Lisbon told us that they would refund 50 % if the room
    can be resold - it may be worth asking them directly.

    Kind regards
    Ina Bruns
    Claims - Travel
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Laura Nieminen <laura.nieminen@inboxmail.example>",
                 "Your cancellation claim S 25-4-000612",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel cancellation claim without health reason (employer withdrew leave); named customer")


def m029():
    items = [
        "Weserland Krankenversicherung AG · Leistungsabteilung Zahn",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "Versicherungsnummer: «VSNR»   Vorgang: «VORGANG»",
        "Ihr Heil- und Kostenplan vom «HKP_DATUM»",
        "«Anrede_lang»,",
        "wir haben den Heil- und Kostenplan Ihrer Zahnarztpraxis «PRAXIS» geprüft. "
        "Leider können wir für die geplante Behandlung «BEHANDLUNG» an Zahn «ZAHN» keine Leistung zusagen.",
        "Begründung: «TEXTBAUSTEIN_ABLEHNUNG»",
        "[Textbaustein A1] Der Zahn fehlte bereits vor Versicherungsbeginn (§ 4 Abs. 3 TB).",
        "[Textbaustein A2] Die Behandlung wurde innerhalb der Wartezeit von acht Monaten begonnen.",
        "[Textbaustein A3] Die Leistungsgrenze der Zahnstaffel ist ausgeschöpft.",
        "[Textbaustein A4] Es handelt sich um eine rein kosmetische Maßnahme (z. B. Bleaching).",
        "Gegen diese Entscheidung können Sie innerhalb von sechs Wochen Widerspruch einlegen.",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ]
    body = T("""
    Hallo Jonas,

    anbei die überarbeitete Vorlage für die Ablehnung HKP (Version 4).
    Geändert: Textbaustein A3 neu formuliert, Rechtsbehelfsbelehrung ergänzt.
    Bitte im Textsystem als "ZA_ABL_HKP_v4" hinterlegen und v3 deaktivieren.

    Danke
    Nicole Frerichs
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Jonas Wübbena <j.wuebbena@%s>" % INS,
                 "Vorlage Ablehnung HKP v4",
                 body, atts=[("ZA_ABL_HKP_v4.docx", docx(items), DOCX)]),
            "NORMAL", "de", "internal",
            "trap: blank rejection template with «placeholders» and reason text blocks")


def m030():
    body = T("""
    Sehr geehrte Frau Gerdes,

    vielen Dank für die Rechnung von Optik am Markt, Leer, vom 08.01.2025.

    Abgerechnet wurde eine Gleitsichtbrille mit folgenden Werten aus der
    Refraktion vom 19.12.2024:

      R  sph +1,25  cyl -0,50  A 95°   Add 2,25
      L  sph +1,50  cyl -0,75  A 80°   Add 2,25
      PD 31,5 / 32,0 mm

      Fassung                 189,00 EUR
      2 Gleitsichtgläser      628,00 EUR (Kunststoff 1,6, entspiegelt)
      Refraktion/Zentrierung   0,00 EUR
      Gesamt                  817,00 EUR

    Ihr Tarif WeserSicht Basis erstattet Sehhilfen bis 300,00 EUR innerhalb
    von 24 Monaten. Die letzte Erstattung war am 11.11.2022 – der Zeitraum
    ist also abgelaufen. Wir überweisen Ihnen 300,00 EUR.

    Hinweis: Ihre Augenärztin hatte im Dezember einen beginnenden grauen
    Star links vermerkt. Sollte eine Katarakt-Operation notwendig werden,
    wenden Sie sich bitte an Ihre gesetzliche Krankenkasse; Zusatzkosten
    für eine Premiumlinse sind in WeserSicht Basis nicht versichert.

    Mit freundlichen Grüßen
    Merle Stöver
    Leistung Sehhilfen
    Weserland Krankenversicherung AG
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Heike Gerdes <heike.gerdes@t-post.example>",
                 "Erstattung Brille – Rechnung Optik am Markt",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "glasses claim with refraction values and a cataract finding of a named customer")


def m031():
    body = T("""
    Dear Mr Ellison,

    as requested for the renewal of the dental quota share, please find
    below the development of our dental supplementary portfolio. All
    figures are aggregated over the tariff families; no individual
    policies are included.

      Year   Policies   Earned premium EUR m   Claims paid EUR m   Loss ratio
      2021   188,400    61.2                   41.9                68.5 %
      2022   201,950    66.8                   47.1                70.5 %
      2023   214,300    72.4                   53.8                74.3 %
      2024   226,870    79.1                   60.4                76.4 %

    The increase in 2023/24 is driven by implants and by the higher
    lab costs (zirconia, CAD/CAM). The premium adjustment of 1 January 2025
    (+7.9 % on average in WeserZahn 90) is not yet reflected.

    Happy to walk you through the details in our call on Thursday.

    Best regards
    Daniel Okafor
    Claims Analytics
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Mark Ellison <mark.ellison@northsea-re.example>",
                 "Dental quota share renewal - portfolio figures",
                 body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: aggregated dental portfolio loss ratios for the reinsurer")


def m032():
    lines = [
        "Weserland Versicherungsgruppe - Courtageabrechnung Dezember 2024",
        "",
        "Vermittler: Frank Dierks, Versicherungsmakler (Einzelunternehmen)",
        "Vermittlernummer: 30-1187",
        "Steuernummer: 67/214/05592",
        "Umsatzsteuer: steuerfrei nach § 4 Nr. 11 UStG",
        "",
        "Sparte                       Anzahl   Courtage EUR",
        "Kranken-Zusatz (Zahn/Sehen)      14         2.318,40",
        "Sach/Haftpflicht                   9           611,75",
        "Stornoreserve (10 %)                          -293,02",
        "Auszahlungsbetrag                            2.637,13",
        "",
        "Zahlung an: DE33 8758 8670 2279 0545 34",
        "Valuta: 28.01.2025",
    ]
    body = T("""
    Sehr geehrter Herr Dierks,

    anbei Ihre Courtageabrechnung für Dezember 2024. Die Einzelaufstellung
    nach Verträgen finden Sie wie gewohnt in Ihrem Maklerportal.

    Mit freundlichen Grüßen
    Lena Vogt
    Provisionsabrechnung
    """)
    return (Mail("Lena Vogt <l.vogt@%s>" % INS,
                 "Frank Dierks <info@dierks-finanz.example>",
                 "Courtageabrechnung 12/2024",
                 body, atts=[("Courtage_30-1187_2024-12.pdf",
                              pdf(lines, "Courtageabrechnung"), PDF)]),
            "CONFIDENTIAL", "de", "insurer-to-broker",
            "sole-trader broker's income, tax number and IBAN only in the PDF; totals, no customers")


def m033():
    body = T("""
    Dear Mr Adeyemi,

    we have not been able to collect the monthly premium of EUR 46.20 for
    your WeserZahn 90 policy (no. 7 066 204 815) for December 2024 and
    January 2025; both direct debits were returned by your bank with the
    reason "account closed".

    Outstanding amount: EUR 92.40 plus return debit charges of EUR 6.00.

    Please transfer the amount within two weeks or send us a new SEPA
    mandate (form attached to your customer portal). If the premium
    remains unpaid, we will have to issue a formal reminder according to
    section 38 of the Insurance Contract Act, and cover may be suspended.

    Kind regards
    Svenja Kück
    Customer Service
    Weserland Krankenversicherung AG
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "Tunde Adeyemi <tunde.adeyemi@mailbox.example>",
                 "Outstanding premium - policy 7 066 204 815",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "premium arrears of a named customer's dental health policy (health line, no medical word)")


def m034():
    body = T("""
    Liebe Kolleginnen und Kollegen,

    im Rahmen unseres Betrieblichen Gesundheitsmanagements findet am
    Dienstag, 18. Februar, wieder der Prophylaxe-Tag im Haus statt:

    * 09:00-15:00 Uhr, Raum E.07 (neben der Kantine)
    * Zahnputzcheck mit Färbetabletten, Tipps zu Interdentalbürsten
    * Kurzvortrag 12:15 Uhr: "Parodontitis – die unterschätzte
      Volkskrankheit" (Zahnärztin der Praxis Dr. Kramer)
    * kostenlose Zahnbürsten und Zahnseide, solange der Vorrat reicht

    Es werden keine Untersuchungen durchgeführt und keine Daten erfasst.
    Eine Anmeldung ist nicht nötig.

    Euer BGM-Team
    """)
    return (Mail("BGM-Team <bgm@%s>" % INS,
                 "Alle Mitarbeitenden Bremen <alle-bremen@%s>" % INS,
                 "Prophylaxe-Tag am 18. Februar",
                 body),
            "NORMAL", "de", "internal",
            "trap: company health day on prophylaxis and periodontitis, no person")


def m035():
    body = T("""
    Henrik, kannst du dir die Stellungnahme anschauen? Der Zahnarzt
    widerspricht unserem Gutachten. Ich würde ggf. ein Obergutachten
    beauftragen.
    Katrin

    -----Ursprüngliche Nachricht-----
    Von: Dr. Yusuf Aksoy <praxis@dr-aksoy-zahnmedizin.example>
    Gesendet: Donnerstag, 23. Januar 2025 13:41
    An: LZ Zahn <lz-zahn@weserland-versicherung.example>
    Betreff: Stellungnahme PAR-Behandlung Frau Petra Janßen, Ihr Vorgang LZ-2024-009912

    Sehr geehrte Damen und Herren,

    Ihr Gutachter hält die geplante systematische PAR-Therapie bei
    Frau Janßen für "nicht ausreichend begründet". Dem widerspreche ich.

    Befund vom 28.11.2024: Parodontitis Stadium III, Grad B, generalisiert.
    Sondierungstiefen bis 7 mm an 16, 17, 26, 27, 36, 46, BOP 42 %,
    Knochenabbau radiologisch bis ins mittlere Wurzeldrittel,
    Furkationsbefall Grad II an 16 und 46. Die Patientin ist Raucherin
    (ca. 10 Zigaretten/Tag) und hat einen Typ-2-Diabetes (HbA1c zuletzt
    7,4 %), was den Grad B bestätigt.

    Geplant: AIT (BEMA AITa/AITb) an allen 26 Zähnen, BEV nach drei
    Monaten, danach UPT über zwei Jahre; privat zusätzlich GOZ 4138
    (Verwendung von Membranen) für 16 und 46 bei Verdacht auf
    Knochentasche.

    Ich bitte um Neubewertung.

    Mit kollegialen Grüßen
    Dr. Yusuf Aksoy
    Zahnarzt – Parodontologie
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "WG: Stellungnahme PAR-Behandlung Frau Petra Janßen, Ihr Vorgang LZ-2024-009912",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "dentist",
            "dentist's statement: periodontitis stage III, diabetes, smoking of a named patient; forwarded")


def m036():
    body = T("""
    Sehr geehrter Herr Tjarks,

    Ihre Meldung ist bei uns eingegangen, vielen Dank auch für die Fotos.

    Glasversicherung Vertrag GL 09-118 406
    Versicherungsnehmer: Bernd Tjarks, Optik Tjarks e.K.
    Schaden-Nr.: S 25-2-000388
    Schaden: Schaufensterscheibe (Isolierglas 2,40 x 1,80 m) zur
             Lange Straße, Sprung nach Steinwurf in der Nacht 25./26.01.

    Sie können die Notverglasung direkt bei der Glaserei Hillen
    beauftragen; die Rechnung übernehmen wir. Für die endgültige Scheibe
    bitte vorab einen Kostenvoranschlag schicken. Eine Anzeige gegen
    Unbekannt haben Sie ja bereits erstattet – bitte das Aktenzeichen
    noch nachreichen.

    Mit freundlichen Grüßen
    Gesa Lüders
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Bernd Tjarks <info@optik-tjarks.example>",
                 "Scheibe Optik Tjarks – S 25-2-000388",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "sole-trader optician's glass insurance claim (shop window); no health data")


def m037():
    html = T("""
    <html><body>
    <p>Dear HR and health management team,</p>
    <p><b>Give your staff a brighter smile!</b> With the <i>SonicPro 700</i>
    corporate programme your employees get sonic toothbrushes at
    <b>55 % off</b> retail, shipped directly to their homes.</p>
    <ul>
    <li>31,000 strokes/minute, pressure sensor, 3 cleaning modes</li>
    <li>Proven: up to 7x more plaque removal and healthier gums in 2 weeks*</li>
    <li>Free prophylaxis poster set for your office</li>
    </ul>
    <p>Order form and price scale: <a href="https://b2b.sonicpro.example/corporate">b2b.sonicpro.example/corporate</a></p>
    <p style="font-size:9px">*vs. manual toothbrush, in-vitro study. SonicPro Oral Care B.V., Eindhoven.</p>
    </body></html>
    """)
    text = T("""
    Dear HR and health management team,

    Give your staff a brighter smile! With the SonicPro 700 corporate
    programme your employees get sonic toothbrushes at 55 % off retail,
    shipped directly to their homes.

    - 31,000 strokes/minute, pressure sensor, 3 cleaning modes
    - Proven: up to 7x more plaque removal and healthier gums in 2 weeks*
    - Free prophylaxis poster set for your office

    Order form and price scale: https://b2b.sonicpro.example/corporate

    *vs. manual toothbrush, in-vitro study. SonicPro Oral Care B.V., Eindhoven.
    """)
    return (Mail("BGM-Team <bgm@%s>" % INS,
                 "Birte Janssen <b.janssen@%s>" % INS,
                 "Fwd: Brighter smiles for your team - SonicPro corporate offer",
                 text, html=html),
            "NORMAL", "en", "newsletter",
            "trap: toothbrush vendor offer mentioning plaque and gums, no person")


def m038():
    body = T("""
    Hallo Herr Tammen,

    die Rechnung über die professionelle Zahnreinigung vom 21.01.2025
    (Praxis Dr. Siefken, 112,84 EUR, GOZ 1040 für 28 Zähne, 4050/4055,
    2130 Politur) haben wir vollständig erstattet. Das ist die erste von
    zwei PZR, die in WeserZahn Prophy pro Kalenderjahr versichert sind.

    Viele Grüße
    Svenja Kück
    Weserland Krankenversicherung · VS-Nr. 7 029 774 610
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "Ulf Tammen <ulf.tammen@kabelpost.example>",
                 "PZR-Rechnung erstattet",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "short note: named customer's dental cleaning invoice reimbursed, GOZ positions")


def m039():
    body = T("""
    Hallo Herr Bollmann,

    bitte liefern Sie für unsere Standorte Bremen und Oldenburg gemäß
    Rahmenvertrag RV-2023-044:

    Pos  Art.-Nr.   Bezeichnung                                   Menge
    1    AS-500     Augenspülflasche 500 ml, sterile Lösung          24
    2    AS-WS2     Wandstation für 2 Augenspülflaschen               6
    3    VK-DIN13   Verbandkasten DIN 13157 Nachfüllset              10
    4    PF-100     Pflasterspender mit 100 Fingerkuppenpflastern      8
    5    KP-3       Kältepack Sofortkälte                             40

    Lieferadresse: Weserland Versicherungsgruppe, Haustechnik, Am Wall 118,
    28195 Bremen (Anlieferung über Tor 2, Mo-Fr 7-14 Uhr).
    Bestellnummer bitte auf der Rechnung angeben: BE-2025-0117.

    Mit freundlichen Grüßen
    Aylin Demirci
    Einkauf
    """)
    return (Mail("Aylin Demirci <a.demirci@%s>" % INS,
                 "Bollmann Arbeitsschutz GmbH <bestellung@bollmann-arbeitsschutz.example>",
                 "Bestellung BE-2025-0117 Erste Hilfe / Augenspülung",
                 body),
            "NORMAL", "de", "insurer-to-supplier",
            "trap: purchase order for eye-wash bottles and first-aid kits")


def m040():
    body = T("""
    Dear Mr Hartley,

    welcome on board! To complete your registration as an independent
    broker with Weserland, I have entered the following from your
    documents - please confirm or correct by reply:

      Name:                  Simon James Hartley
      Date of birth:         22/06/1984
      Place of birth:        Leeds, United Kingdom
      Business:              Hartley Cover Solutions (sole trader)
      Trade licence § 34d:   issued by IHK Bremen on 03.09.2024
      Broker register no.:   D-W-140-A7KQ-52
      Private address:       Contrescarpe 61, 28203 Bremen
      Commission account:    DE94 4533 3558 1464 7161 12

    Your broker number will be 30-1402. The signed broker agreement and the
    data protection information will follow by post.

    Best regards
    Tobias Ahlers
    Broker Support North
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Simon Hartley <simon@hartley-cover.example>",
                 "Your broker registration - please check your data",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-broker",
            "natural-person broker's birth date, private address and IBAN")


def m041():
    report = T("""
    Anfrage Zweitmeinung / second opinion request
    Vorgang LZ-2025-000871

    Patient: Mr Oliver Grant, born 30.11.1982, policy 7 071 452 003
    Treating dentist: Dr Fiona McLeod, Harbour Smile Dental Hamburg

    Planned: extraction 11 and 21 after trauma (cycling accident
    12/2024, root fractures in the cervical third), immediate implants
    11/21 with GBR (GOZ 9010 x2, 9100, 4138), provisional bridge,
    definitive zirconia crowns after 4 months.
    Estimated costs EUR 9,840.00.

    Questions:
    1. Is immediate implant placement indicated given the fracture
       pattern and the buccal bone (CBCT in folder)?
    2. Are splinting/root canal treatment a viable alternative?
    """)
    zipdata = zipfile_of([
        ("LZ-2025-000871/request.txt", report.encode("utf-8")),
        ("LZ-2025-000871/CBCT_report_Grant.pdf",
         pdf(["CBCT report - Grant, Oliver (30.11.1982)",
              "Region 11/21: horizontal root fractures, cervical third.",
              "Buccal bone 11 intact, 0.8 mm; 21 dehiscence 4 mm.",
              "No periapical lesions. Dr F. McLeod, 07.01.2025"], "CBCT report")),
    ])
    body = T("""
    Dear Dr Wendt,

    as agreed on the phone, we would like to ask for your second opinion
    on the enclosed case. The folder contains our request and the CBCT
    report. The DICOM data will be sent via the upload link separately.

    Your fee is paid according to our expert agreement (EUR 180 flat).

    Kind regards
    Dr Henrik Brandes
    Consulting Dentist
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Dr. Thomas Wendt <gutachten@dr-wendt-zahnarzt.example>",
                 "Second opinion request LZ-2025-000871",
                 body, atts=[("LZ-2025-000871.zip", zipdata, ZIP)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-dentist",
            "patient name, birth date, trauma and implant plan only inside the ZIP; body harmless")


def m042():
    lines = [
        "WeserZahn Premium - Der Rundum-Schutz für Ihre Zähne",
        "",
        "Leistungen im Überblick",
        "- Zahnersatz inkl. Implantate, Kronen, Brücken: 100 % (mit GKV-Festzuschuss)",
        "- Inlays und Onlays aus Keramik: 100 %",
        "- Zahnbehandlung inkl. Wurzel- und Parodontosebehandlung: 100 %",
        "- Professionelle Zahnreinigung: bis 200 EUR pro Jahr",
        "- Kieferorthopädie für Kinder (KIG 1-2): bis 2.000 EUR",
        "- Keine Wartezeit bei Unfall",
        "",
        "Zahnstaffel: 1. Jahr 1.000 EUR, bis 2. Jahr 2.000 EUR, bis 3. Jahr 3.000 EUR,",
        "bis 4. Jahr 4.000 EUR, danach unbegrenzt.",
        "",
        "Beispielrechnung (Musterkunde, 40 Jahre, fiktiv):",
        "Implantat mit Krone regio 46, Gesamtkosten 3.200 EUR,",
        "Festzuschuss GKV 470 EUR, Erstattung WeserZahn Premium 2.730 EUR,",
        "Eigenanteil 0 EUR.",
        "",
        "Monatsbeitrag ab 21,40 EUR (Eintrittsalter 20) | Stand 01/2025",
    ]
    body = T("""
    Liebe Vertriebskolleginnen und -kollegen,

    die aktualisierte Tarifbroschüre WeserZahn Premium (Stand 01/2025) ist
    freigegeben. Neu ist die Beispielrechnung auf Seite 2 mit einem
    fiktiven Musterkunden. Bitte alte Exemplare nicht mehr verwenden.

    Produktmanagement Zahn & Sehen
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Vertrieb Nord <vertrieb-nord@%s>" % INS,
                 "Tarifbroschüre WeserZahn Premium 01/2025 freigegeben",
                 body, atts=[("WeserZahn_Premium_Broschuere_2025-01.pdf",
                              pdf(lines, "WeserZahn Premium"), PDF)]),
            "NORMAL", "de", "internal",
            "trap: product brochure with fictitious example customer and implant calculation")


def m043():
    body = T("""
    Sehr geehrter Herr Peters,

    für die Rechnung Ihrer Zahnärztin vom 16.01.2025 (Keramikinlays 26 und
    27, GOZ 2170 x 2, Laborkosten 644,20 EUR, gesamt 1.488,92 EUR) hätten
    Sie nach Tarif WeserZahn 90 Anspruch auf 1.340,03 EUR.

    Ihr Vertrag besteht seit 01.04.2024; im ersten Versicherungsjahr sind
    Leistungen für Zahnersatz und Inlays auf 750,00 EUR begrenzt. Für die
    Wurzelbehandlung an 36 im Oktober haben wir bereits 412,50 EUR
    erstattet. Es verbleiben daher 337,50 EUR, die wir Ihnen überweisen.

    Ab 01.04.2025 steigt die Grenze auf insgesamt 1.500,00 EUR. Falls
    weitere Behandlungen geplant sind, lohnt es sich, den Termin mit
    Ihrer Zahnärztin abzustimmen.

    Mit freundlichen Grüßen
    Leistungsabteilung Zahn
    Weserland Krankenversicherung AG
    VS-Nr. 7 080 113 962 · LZ-2025-000944
    """)
    return (Mail("Mareike Sander <m.sander@%s>" % INS,
                 "Christian Peters <c.peters@webpost.example>",
                 "Ihre Zahnarztrechnung vom 16.01.2025",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "inlays and root canal of a named customer, Zahnstaffel limit reached")


def m044():
    body = T("""
    Moin Herr Kessler,

    danke für den Anruf. Ich habe den Schaden so aufgenommen:

    Kfz-Vertrag:     KF 70-338 914 (Firmenfahrzeug, VN Ralf Kessler e.K.)
    Fahrzeug:        VW Caddy, DEL-RK 417
    Schaden-Nr.:     S 25-5-001207
    Hergang:         29.01.2025, 07:50, Parkplatz Praxis Siefken,
                     Oldenburg – beim Rangieren gegen Poller, Heckklappe
                     und Stoßfänger eingedrückt
    Fahrer:          Herr Lukas Behrens (Auszubildender), Kollision mit
                     Poller – niemand verletzt, keine Fremdschäden

    Bitte senden Sie uns die Fotos und – wenn Sie über Vollkasko
    abrechnen möchten – den Kostenvoranschlag Ihrer Werkstatt. SB laut
    Vertrag 300 EUR.

    Gruß
    Malte Hinrichs
    Kfz-Schaden
    """)
    return (Mail("Malte Hinrichs <m.hinrichs@%s>" % INS,
                 "Ralf Kessler <r.kessler@dentallabor-kessler.example>",
                 "Kfz-Schaden DEL-RK 417 / S 25-5-001207",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "sole-trader lab owner's motor claim with plate and named driver; nobody hurt")


def m045():
    body = T("""
    Hello,

    you have a new message in your Weserland SecureMail mailbox.

    For security reasons the content is not included in this e-mail.
    Please log in at https://securemail.weserland-versicherung.example
    to read it. The message will be kept for 90 days.

    This notification was generated automatically - please do not reply.

    Weserland Versicherungsgruppe
    """)
    return (Mail("SecureMail <noreply-securemail@%s>" % INS,
                 "i.lindqvist@nordpost.example",
                 "New secure message in your mailbox",
                 body, headers={"Auto-Submitted": "auto-generated"}),
            "NORMAL", "en", "insurer-to-customer",
            "trap: portal notification without content")


def m046():
    body = T("""
    Sehr geehrte Frau Haddad,

    vielen Dank für den Kostenvoranschlag von Dr. Kramer vom 22.01.2025.

    Geplant sind Keramikveneers an 11, 12, 21 und 22 sowie ein
    In-Office-Bleaching des Ober- und Unterkiefers (gesamt 4.260,00 EUR).
    Laut Befund sind die Frontzähne kariesfrei und ohne Füllungen; als
    Grund ist "Verfärbung und Lückenstand, ästhetischer Wunsch der
    Patientin" angegeben.

    Rein kosmetische Behandlungen sind nach § 5 Abs. 2 der
    Tarifbedingungen WeserZahn 70 nicht versichert. Wir können daher
    leider keine Kosten übernehmen.

    --- English summary ---
    Dear Ms Haddad, the planned veneers on teeth 11, 12, 21, 22 and the
    bleaching (EUR 4,260.00) are purely cosmetic according to your
    dentist's findings and are therefore not covered by your WeserZahn 70
    tariff (section 5 (2)). You may appeal within six weeks.

    Mit freundlichen Grüßen / Kind regards
    Priya Raman
    International Health Service
    Policy 7 058 470 331
    """)
    return (Mail("Priya Raman <p.raman@%s>" % INS,
                 "Layla Haddad <layla.haddad@inboxmail.example>",
                 "Veneers und Bleaching / veneers and bleaching",
                 body),
            "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
            "bilingual rejection: named customer's dental findings and cosmetic treatment")


def m047():
    body = T("""
    Sehr geehrte Frau Wiemken,

    vielen Dank für Ihr Interesse. Wie gewünscht, hier Ihr unverbindliches
    Angebot für die Zahnzusatzversicherung:

      Name:            Tanja Wiemken
      Geburtsdatum:    17.09.1991
      Eintrittsalter:  33
      Versicherungsbeginn frühestens 01.03.2025

      WeserZahn 70       18,60 EUR / Monat
      WeserZahn 90       27,90 EUR / Monat
      WeserZahn Premium  36,40 EUR / Monat

    Im Antrag werden drei Gesundheitsfragen gestellt (fehlende Zähne,
    laufende Behandlung, Parodontitis in den letzten drei Jahren). Den
    Online-Antrag finden Sie unter
    https://www.weserland-versicherung.example/zahn/antrag?ref=AG-25-07731

    Das Angebot ist bis 28.02.2025 gültig.

    Freundliche Grüße
    Hauke Peters
    Vertrieb Direkt
    """)
    return (Mail("Hauke Peters <h.peters@%s>" % INS,
                 "Tanja Wiemken <tanja.wiemken@webpost.example>",
                 "Ihr Angebot Zahnzusatzversicherung",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-applicant",
            "grey: quote with a named prospect's birth date; no contract and no health answers yet")


def m048():
    body = T("""
    Liebe Kolleginnen und Kollegen,

    hier die Auflösung unseres Datenschutz-Quiz vom Januar – danke an die
    143 Teilnehmenden!

    1. Ist ein Zahnschema (Befund mit f, k, ww) ein Gesundheitsdatum?
       -> Ja, sobald es einer Person zugeordnet werden kann (Art. 9 DSGVO).
    2. Darf ich einen HKP unverschlüsselt an den Makler schicken, wenn der
       Kunde am Telefon "ja" gesagt hat?
       -> Nein. Nur mit schriftlicher Einwilligung und über das Portal.
    3. Ist die Sehstärke (Dioptrien) ein Gesundheitsdatum?
       -> Ja.
    4. Eine Auswertung "Anzahl Implantate je Quartal" ohne Namen?
       -> Kein Personenbezug, darf intern geteilt werden.
    5. Die Zahnarztpraxis fragt per Mail nach dem Bearbeitungsstand für
       "Frau M." – darf ich antworten?
       -> Nur über den gesicherten Kanal und nach Identitätsprüfung.

    Die Gewinnerin des Bücher-Gutscheins wird persönlich benachrichtigt.

    Frauke Meiners
    Datenschutzbeauftragte
    """)
    return (Mail("Frauke Meiners <datenschutz@%s>" % INS,
                 "Alle Mitarbeitenden <alle@%s>" % INS,
                 "Auflösung Datenschutz-Quiz Januar",
                 body),
            "NORMAL", "de", "internal",
            "trap: data-protection quiz about dental charts and dioptres, no person")


def m049():
    body = T("""
    FYI – second claim for eye surgery abroad this month. The clinic
    invoice is only in Czech/English; the customer's summary is below.
    @Merle: ICL is not LASIK, please check whether WeserSicht Plus
    covers phakic lenses at all.

    Priya

    ---------- Forwarded message ---------
    From: Maximilian Roth <max.roth@outlook-mail.example>
    Date: Mon, 27 Jan 2025 08:19
    Subject: Claim - ICL surgery Prague
    To: service@weserland-versicherung.example

    Dear Sir or Madam,

    I had implantable contact lenses (ICL, EVO Visian) inserted in both
    eyes at ClearView Eye Clinic Prague on 9 and 10 January 2025. LASIK
    was not possible because my corneas are too thin and my myopia is too
    high (-11.5 right, -10.75 left, astigmatism -1.25).

    Total invoice CZK 189,600 (approx. EUR 7,540). I paid by credit card.
    Policy number 7 047 290 558, WeserSicht Plus.

    After the surgery I had raised eye pressure in the left eye for two
    days, which was treated with drops; everything is fine now.

    Please let me know what else you need.

    Best regards
    Maximilian Roth
    """)
    return (Mail("Priya Raman <p.raman@%s>" % INS,
                 "Merle Stöver <m.stoever@%s>" % INS,
                 "Fwd: Claim - ICL surgery Prague",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "customer",
            "customer's high myopia, thin cornea, ICL surgery and complication; forwarded")


def m050():
    body = T("""
    Dear Ms Demirci,

    please find our invoice INV-2025-0219 for the DocuScan 5 licence
    renewal and the OCR module "Dental Forms DE" (HKP, Laborrechnung,
    Zahnarztrechnung GOZ/BEMA) for the period 01.02.2025-31.01.2026:

      Licence DocuScan 5, 120 seats       EUR 38,400.00
      Module Dental Forms DE              EUR  6,900.00
      Support & maintenance               EUR  4,530.00
      Net                                 EUR 49,830.00
      VAT 19 %                            EUR  9,467.70
      Total                               EUR 59,297.70

    Payment within 30 days to
    Scanware Solutions GmbH
    IBAN DE49 5035 7641 6063 1087 35
    Reference: INV-2025-0219

    Kind regards
    Accounts Receivable
    Scanware Solutions GmbH, Hamburg
    """)
    return (Mail("Aylin Demirci <a.demirci@%s>" % INS,
                 "Kreditorenbuchhaltung <kreditoren@%s>" % INS,
                 "FW: Invoice INV-2025-0219 DocuScan licence",
                 "Bitte zur Zahlung freigeben, Lieferung und Leistung ok. BE-2024-0981.\n\n" + body),
            "NORMAL", "mixed", "internal",
            "trap: software supplier GmbH invoice with company IBAN and dental OCR module")



def m051():
    body = T("""
    Sehr geehrter Herr Dr. Siefken,

    wir bestätigen die Meldung des Cyber-Schadens an Ihre Praxis.

    Vertrag:        CY 31-007 552 (Cyber-Police Heilberufe)
    VN:             Dr. med. dent. Jörg Siefken, Zahnarztpraxis, Oldenburg
    Schaden-Nr.:    S 25-9-000041
    Entdeckt:       03.02.2025, 07:15 Uhr – Praxisverwaltungssoftware
                    verschlüsselt, Erpresserschreiben auf allen Arbeitsplätzen

    Wie telefonisch besprochen, übernimmt unser IT-Forensik-Partner
    (SecuFor GmbH, Hotline 0800 445 2211) ab sofort die Wiederherstellung.
    Bitte zahlen Sie kein Lösegeld und nehmen Sie keinen Kontakt zu den
    Tätern auf.

    Wegen der Meldepflicht nach Art. 33 DSGVO: Die Frist von 72 Stunden
    läuft ab Kenntnis, also bis 06.02.2025 07:15 Uhr. Ihr Datenschutz-
    beauftragter sollte die Meldung an die Landesbeauftragte für den
    Datenschutz Niedersachsen vorbereiten; wir unterstützen mit unserer
    Rechtsanwaltshotline.

    Die Kosten für Ersatzgeräte und den Ertragsausfall bitte gesondert
    aufstellen.

    Mit freundlichen Grüßen
    Gesa Lüders
    Schaden Gewerbe/Cyber
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Dr. Jörg Siefken <info@siefken-zahnaerzte.example>",
                 "Cyber-Schaden Ihrer Praxis – S 25-9-000041",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "named dentist's cyber insurance claim (ransomware), no patient details")


def m052():
    rows = [["Zahlungsavis Direktabrechnung", "", "", "", ""],
            ["Zahnarzt: Dr. Anja Kramer, Oldenburg", "", "", "", ""],
            ["Rechnungs-Nr.", "Patient", "Behandlung", "Rechnungsbetrag", "Zahlbetrag"],
            ["R-25-0031", "Hülsmann, Sabine", "Implantat 36 (1. Teilrechnung)", 1288.40, 1159.56],
            ["R-25-0044", "Frerksen, Tim", "Füllungen 16, 17 (GOZ 2080)", 214.62, 193.16],
            ["R-25-0052", "Ahrens, Merve", "PZR, GOZ 1040", 98.20, 98.20],
            ["R-25-0057", "Ahrens, Jonas (Kind)", "Fissurenversiegelung 36, 46", 41.30, 41.30],
            ["R-25-0063", "Gerdes, Heike", "Wurzelkanalbehandlung 24", 512.88, 461.59],
            ["Summe", "", "", 2155.40, 1953.81]]
    body = T("""
    Sehr geehrte Frau Dr. Kramer,

    anbei das Zahlungsavis zur Sammelüberweisung vom 03.02.2025.

    Mit freundlichen Grüßen
    Weserland Krankenversicherung AG
    Direktabrechnung Zahn
    """)
    return (Mail("Direktabrechnung Zahn <direktabrechnung@%s>" % INS,
                 "Praxis Dr. Kramer <abrechnung@zahnarzt-kramer.example>",
                 "Zahlungsavis 2025-02-03",
                 body, atts=[("Zahlungsavis_2025-02-03.xlsx",
                              xlsx([("Avis", rows)]), XLSX)]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
            "payment advice listing patients and treatments only in the XLSX; body harmless")


def m053():
    body = T("""
    Zur Kenntnis, betrifft uns nur mittelbar (GKV-Festzuschüsse).

    -------- Weitergeleitete Nachricht --------
    Betreff: Rundschreiben 02/2025 – Festzuschuss-Beträge und BEMA-Änderungen
    Von: KZV Bremen Rundschreiben <rundschreiben@kzv-bremen.example>

    Sehr geehrte Kolleginnen und Kollegen,

    zum 01.01.2025 gelten neue Festzuschussbeträge (Anhebung um 3,8 %).
    Der Festzuschuss für Befund 1.1 (erhaltungswürdiger Zahn mit
    weitgehender Zerstörung, Krone) beträgt nun bei 60 % ...
    [Tabelle siehe Anlage im Mitgliederbereich]

    Ferner weisen wir auf folgende Punkte hin:
    - Die PAR-Richtlinie sieht weiterhin die Einstufung nach Stadium und
      Grad vor; Formblatt 5a ist ab dem 2. Quartal zwingend elektronisch
      (EBZ) einzureichen.
    - BEMA-Nr. 174a/174b (präventive Betreuung Pflegebedürftiger):
      Dokumentationspflichten unverändert.
    - Hinweis zum elektronischen Beantragungs- und Genehmigungsverfahren
      Zahnärzte (EBZ) für KFO-Behandlungspläne.

    Mit freundlichen Grüßen
    Ihre KZV Bremen – Abteilung Abrechnung
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "WG: Rundschreiben 02/2025 – Festzuschuss-Beträge und BEMA-Änderungen",
                 body),
            "NORMAL", "de", "newsletter",
            "trap: dental association circular on fixed subsidies, PAR guideline and BEMA")


def m054():
    body = T("""
    Hi Birte,

    could you please update my bank details for the February payroll? I
    moved my salary account to a German bank now that my Irish account
    will be closed.

      Name:  Priya Raman, personnel no. 40318
      New IBAN: DE14 3830 3058 4506 1724 07
      Old IBAN (to be removed): IE66 AIBK 2903 9494 4971 21

    I'll bring the signed form to your office tomorrow.

    Thanks a lot!
    Priya
    """)
    return (Mail("Priya Raman <p.raman@%s>" % INS,
                 "Birte Janssen <b.janssen@%s>" % INS,
                 "Bank details for payroll",
                 body),
            "CONFIDENTIAL", "en", "internal",
            "employee's old and new salary IBAN to HR")


def m055():
    body = T("""
    Dear Mr Zielinski,

    Re: Legal expenses insurance RS 48-220 119 - employment law
    Our reference: S 25-6-000318

    We confirm cover for the out-of-court representation and, if
    necessary, the first instance before the labour court in your dispute
    with your former employer, Nordlicht Zahntechnik GmbH, Emden.

    According to your documents, your employment as a dental technician
    (CAD/CAM department) was terminated on 20 January 2025 with effect
    from 28 February 2025, and the employer has not paid overtime for
    October to December 2024 (112 hours). Your gross monthly salary was
    EUR 3,480.00, so the amount in dispute for the protection against
    dismissal claim is set at three monthly salaries (EUR 10,440.00) plus
    the overtime claim of EUR 2,246.40.

    Your deductible is EUR 150.00. You are free to choose your lawyer;
    please ask him or her to send the fee note directly to us, quoting
    the reference above.

    Kind regards
    Ina Bruns
    Claims - Legal Expenses
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Tomasz Zielinski <t.zielinski@mailbox.example>",
                 "Cover confirmation S 25-6-000318 - employment dispute",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "legal expenses cover for a named dental technician with salary; no health data")


def m056():
    body = T("""
    Hallo Sophie,

    bitte die folgende Stellenanzeige ab Montag auf der Karriereseite und
    bei den üblichen Portalen schalten (Laufzeit 6 Wochen):

    ---
    Zahnmedizinische Fachangestellte (ZFA) / Zahntechniker (m/w/d) für
    unser Team Beratungszahnärzte – Bremen, Vollzeit oder Teilzeit

    Ihre Aufgaben:
    - Vorprüfung von Heil- und Kostenplänen und Zahnarztrechnungen (GOZ, BEMA)
    - Plausibilitätsprüfung von Laborrechnungen (BEB, BEL II)
    - Auswertung von Röntgenbildern in Zusammenarbeit mit unseren
      Beratungszahnärzten
    - telefonische Auskünfte an Praxen und Labore

    Ihr Profil:
    - abgeschlossene Ausbildung als ZFA oder Zahntechniker/in,
      gern mit Weiterbildung ZMV
    - sicherer Umgang mit GOZ/BEMA und dem Festzuschuss-System

    Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38 Std.,
    mobiles Arbeiten, keine Wochenenddienste.
    ---

    Danke & Gruß
    Birte
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Sophie Albers <s.albers@%s>" % INS,
                 "Stellenanzeige ZFA/Zahntechniker Beratungszahnärzte",
                 body),
            "NORMAL", "de", "internal",
            "trap: job ad for dental assistant (HKP, GOZ, X-rays), no person")


def m057():
    body = T("""
    Katrin – das Labor hat auf unsere Rückfrage geantwortet (siehe unten).
    Für mich plausibel, Schiene ist ja auch im HKP. Kannst du freigeben?
    Mareike

    > Sehr geehrte Frau Sander,
    >
    > zu Ihrer Anfrage bezüglich unserer Rechnung 25-0087 für Frau Ilka
    > Behrends:
    >
    > Die Aufbissschiene (Michigan-Schiene, OK, adjustiert) wurde von
    > Dr. Aksoy wegen der CMD-Beschwerden der Patientin und starker
    > Abrasionen durch nächtliches Knirschen verordnet. Das zusätzlich
    > berechnete Funktionsmodell (BEB 0023) war für die
    > instrumentelle Funktionsanalyse nötig, die in der Praxis
    > durchgeführt wurde (Kiefergelenk links mit Knackgeräusch,
    > eingeschränkte Mundöffnung 32 mm).
    >
    > Mit freundlichen Grüßen
    > Ralf Kessler
    > Zahntechnikermeister
    > Dentallabor Kessler e.K., Delmenhorst
    """)
    return (Mail("Mareike Sander <m.sander@%s>" % INS,
                 "Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "WG: Ihre Anfrage Rechnung 25-0087",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "lab",
            "dental lab explains a named patient's bite splint for CMD and bruxism, in the quote")


def m058():
    body = T("""
    PRESS RELEASE - for immediate publication

    Weserland launches WeserSicht: vision cover for glasses, contact
    lenses and laser eye surgery

    Bremen, 7 February 2025 - Weserland Krankenversicherung AG today
    launched WeserSicht, a supplementary vision insurance for people with
    statutory health insurance. WeserSicht Basis reimburses up to EUR 300
    for glasses or contact lenses every two years; WeserSicht Plus also
    pays up to EUR 1,000 per eye for refractive surgery such as LASIK,
    SMILE or lens implants.

    "Around two thirds of adults in Germany need a visual aid, but the
    statutory insurance pays for glasses only in exceptional cases," said
    Ole Harms, head of product management dental and vision. "With
    WeserSicht we close that gap at a premium from EUR 6.90 per month."

    Customers can use more than 400 partner opticians for direct billing.

    Press contact:
    Sophie Albers, Corporate Communications
    presse@weserland-versicherung.example, +49 421 5508-1010
    """)
    return (Mail("Sophie Albers <presse@%s>" % INS,
                 "Press distribution list <presseverteiler@%s>" % INS,
                 "Press release: Weserland launches WeserSicht vision cover",
                 body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: press release on vision cover (glasses, LASIK), no customer")


def m059():
    body = T("""
    Sehr geehrte Frau Dr. Rademacher,

    vielen Dank für Ihre Anmeldung zur Direktabrechnung. Wir haben Ihre
    Praxis mit folgenden Daten angelegt:

      Praxis:          Kieferorthopädische Praxis Dr. Hella Rademacher
                       (Einzelpraxis)
      Anschrift:       Schwachhauser Heerstraße 204, 28209 Bremen
      KZV-Abr.-Nr.:    03 4471
      Steuernummer:    60/318/22714
      Kontoinhaberin:  Dr. Hella Rademacher
      IBAN:            DE66 4990 7868 5346 4689 29
      Partnernummer:   ZA-1188

    Die Zahlungen erfolgen wöchentlich mittwochs als Sammelüberweisung mit
    Zahlungsavis an abrechnung@kfo-rademacher.example.

    Mit freundlichen Grüßen
    Direktabrechnung Zahn
    Weserland Krankenversicherung AG
    """)
    return (Mail("Direktabrechnung Zahn <direktabrechnung@%s>" % INS,
                 "Dr. Hella Rademacher <praxis@kfo-rademacher.example>",
                 "Ihre Anmeldung zur Direktabrechnung",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-dentist",
            "sole-practice orthodontist's tax number and IBAN; no patient")


def m060():
    body = T("""
    Dear Mrs Okonkwo,

    thank you for sending the eye specialist's report and the optician's
    invoice for your son Daniel (insured person no. 7 074 881 226-03).

    Dr Pohl diagnosed amblyopia of the right eye with anisometropia
    (right +4.00 dpt, left +1.25 dpt) and prescribed glasses to be worn
    all day, plus occlusion therapy with an eye patch for 3 hours daily.

    Children's glasses prescribed by an ophthalmologist are covered under
    WeserSicht Kids without the usual 24-month limit. We therefore
    reimburse the full invoice of Optik am Markt of EUR 214.00 (frame
    EUR 79.00, lenses EUR 135.00). The eye patches (EUR 18.90) are
    reimbursed as medical aids as well.

    Total transfer: EUR 232.90.

    We wish Daniel all the best.

    Kind regards
    Merle Stöver
    Claims - Vision & Aids
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Grace Okonkwo <grace.okonkwo@webpost.example>",
                 "Glasses for Daniel - reimbursement",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "child's amblyopia diagnosis, dioptres and occlusion therapy")


def m061():
    html = T("""
    <html><body style="font-family:Verdana">
    <h2>Sehtest-Wochen bei Optik am Markt!</h2>
    <p>Vom 1. bis 28. März: <b>kostenloser Sehtest</b> mit modernster
    Refraktionsmessung, Augeninnendruck-Screening (kein Ersatz für den
    Augenarzt) und Beratung zu Gleitsicht- und Bildschirmarbeitsplatzbrillen.</p>
    <p>Dazu: <b>20 % auf alle Fassungen</b> von Lindberg bis Ray-Ban.</p>
    <p>Übrigens: Mit der neuen Zusatzversicherung WeserSicht rechnen wir
    direkt mit Ihrer Versicherung ab.</p>
    <p>Termin: 0491 912 44 80 oder <a href="https://www.optik-am-markt-leer.example/termin">online</a></p>
    <p>Optik am Markt GmbH &middot; Neue Straße 3 &middot; 26789 Leer</p>
    </body></html>
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Vertrieb Nord <vertrieb-nord@%s>" % INS,
                 "WG: Sehtest-Wochen bei Optik am Markt",
                 html=html, html_only=True),
            "NORMAL", "de", "newsletter",
            "trap: optician newsletter (free eye test, eye-pressure screening), no customer")


def m062():
    body = T("""
    Sehr geehrter Herr Dr. Siefken,

    in Ihrer Rechtsschutzangelegenheit (Vertrag RS 40-117 023,
    Firmen-Rechtsschutz für Selbständige, Schaden-Nr. S 25-6-000402)
    bestätigen wir Deckung für die Streitigkeit mit Ihrem Vermieter, der
    Grundstücksgesellschaft Lindenhof GbR.

    Gegenstand: Der Vermieter verlangt nach Ihrer Schilderung eine
    Nachzahlung von Nebenkosten 2023 über 8.912,40 EUR für die
    Praxisräume Achternstraße 12, Oldenburg, und verweigert die
    Zustimmung zum Einbau des zweiten Röntgenraums.

    Versichert ist der Gewerbe-Mietrechtsschutz für die Praxisräume; die
    Selbstbeteiligung beträgt 300 EUR. Ihr Anwalt, Herr RA Fokken, kann
    direkt mit uns abrechnen.

    Mit freundlichen Grüßen
    Ina Bruns
    Rechtsschutz-Schaden
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Dr. Jörg Siefken <info@siefken-zahnaerzte.example>",
                 "Deckungszusage Mietstreit Praxisräume – S 25-6-000402",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named dentist's legal expenses claim about practice rent; no health data")


def m063():
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland//Kalender//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:d81-0063-workshop@weserland-versicherung.example",
        "DTSTAMP:20250203T090000Z",
        "DTSTART:20250220T090000Z",
        "DTEND:20250220T120000Z",
        "SUMMARY:Dental claims workshop - GOZ analogue fees & aligners",
        "LOCATION:Room 3.14 / Teams",
        "ORGANIZER;CN=Daniel Okafor:mailto:d.okafor@weserland-versicherung.example",
        "DESCRIPTION:Agenda: 1) analogue fees (section 6 GOZ) 2) aligner cases 3) lab invoice checks",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = T("""
    Hi all,

    invitation for our workshop on analogue fees and aligner therapy.
    Agenda:

    1. Analogue fees under section 6 GOZ - what we accept, what we query
    2. Clear aligners in adults - medical necessity vs. cosmetics
    3. Lab invoices: zirconia, digital workflow, BEB vs. BEL II

    No case files needed, we'll use anonymised examples.

    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Claims Management <claims-mgmt@%s>" % INS,
                 "Invitation: Dental claims workshop - GOZ analogue fees & aligners",
                 body, atts=[("invite.ics", cal, ICS)]),
            "NORMAL", "en", "internal",
            "trap: workshop invitation on dental billing topics, anonymised, ICS")


def m064():
    body = T("""
    Hallo Antragsprüfung,

    der Kunde hat die Gesundheitsfragen im Online-Antrag abgebrochen und
    die Antworten per Mail geschickt. Bitte so übernehmen und prüfen.
    Antrag AN-25-004418, WeserZahn 90, Beginn 01.03.2025.

    Gruß Hauke

    ----- Nachricht von Rüdiger Claaßen <r.claassen@kabelpost.example> -----

    Guten Tag Herr Peters,

    zu den Fragen:

    1. Fehlen Zähne, die noch nicht ersetzt sind? – Ja, zwei: 37 und 47
       (Weisheitszähne nicht mitgezählt).
    2. Ist eine Behandlung angeraten oder geplant? – Mein Zahnarzt hat beim
       letzten Kontrolltermin gesagt, die alte Brücke oben rechts (14-16)
       müsste "irgendwann" erneuert werden. Geplant ist aber nichts.
    3. Parodontitis in den letzten 3 Jahren? – 2022 wurde eine
       Parodontitisbehandlung gemacht, seitdem alle 4 Monate UPT.

    Geburtsdatum 04.07.1961, falls Sie das noch brauchen.

    Mit freundlichen Grüßen
    Rüdiger Claaßen
    """)
    return (Mail("Hauke Peters <h.peters@%s>" % INS,
                 "Antragsprüfung Kranken <antragspruefung-kv@%s>" % INS,
                 "WG: Gesundheitsfragen Antrag AN-25-004418",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "applicant's answers to health questions (missing teeth, periodontitis) with birth date")


def m065():
    body = T("""
    Moin zusammen,

    Finanztest-ähnliches Rating "Zahnzusatz-Check 2025" des Portals
    tarifradar.example ist raus. Unser Abschneiden:

      Tarif               Note   Rang (von 212)   Kommentar Portal
      WeserZahn Premium   1,3    9                "sehr gute Implantatleistung"
      WeserZahn 90        1,7    31               "Zahnstaffel eher streng"
      WeserZahn 70        2,4    88               "KFO nur für Kinder"

    Bewertet wurden Musterfälle (Modellkunde 43 Jahre; Implantat,
    Brücke, Inlay, PZR). Wichtigster Kritikpunkt bei uns: Wartezeit 8
    Monate beim Zahnersatz. Vorschlag für die nächste Tarifrunde: Wegfall
    der Wartezeit bei Premium.

    Ole
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Produktmanagement <produktmanagement@%s>" % INS,
                 "Rating Zahnzusatz-Check 2025 – unsere Tarife",
                 body),
            "NORMAL", "de", "internal",
            "trap: market rating of dental tariffs using model cases, no person")


def m066():
    body = T("""
    Dear Mr van Dijk,

    thank you for your call this morning. We have registered the burglary
    at your shop as follows:

      Policy:        Business contents insurance IN 62-331 088
      Policyholder:  Pieter van Dijk, trading as Optiek van Dijk, Leer
      Claim no.:     S 25-3-000509
      Date:          night of 10 to 11 February 2025
      Loss:          shop door forced; approx. 60 designer frames and
                     35 sunglasses taken from the display, till emptied
                     (approx. EUR 420 cash)

    Please send us the police report number, a list of the stolen frames
    with purchase prices (your merchandise management export is fine) and
    photos of the door. The loss adjuster, Mr Harjes, will contact you.

    Kind regards
    Gesa Lüders
    Commercial Claims
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Pieter van Dijk <pieter@optiek-vandijk.example>",
                 "Burglary at your shop - claim S 25-3-000509",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-company",
            "sole-trader optician's burglary claim with policy; frames, no customer data")


def m067():
    csv = T("""
    case_id,policyholder,birth_date,tariff,tooth,goz,amount,iban,expected
    TC-001,Max Mustermann (fictitious),01.01.1980,WZ90,36,9010,199.86,DE89370400440532013000,approve_90pct
    TC-002,Erika Musterfrau (fictitious),01.01.1975,WZ70,46,2210,171.01,DE89370400440532013000,approve_70pct
    TC-003,Max Mustermann (fictitious),01.01.1980,WZ90,14,5010,0.00,DE89370400440532013000,reject_missing_tooth
    TC-004,Test Kind (fictitious),01.01.2016,WZKIDS,--,6030,2640.00,DE89370400440532013000,cap_1500
    TC-005,Erika Musterfrau (fictitious),01.01.1975,WS_BASIS,--,OPT,817.00,DE89370400440532013000,cap_300
    """)
    body = T("""
    Hi Jonas,

    here are the synthetic test cases for the new claims rules engine
    (release 25.2). All persons are fictitious; the IBAN is the standard
    published example IBAN, so payments in the test system will go
    nowhere. Please load them into the T2 environment, not into
    production.

    Expected results are in the last column.

    Thanks
    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Jonas Wübbena <j.wuebbena@%s>" % INS,
                 "Test cases rules engine 25.2 (synthetic)",
                 body, atts=[("testcases_25_2.csv", csv, CSV)]),
            "NORMAL", "en", "internal",
            "trap: synthetic test cases with fictitious names and the published example IBAN")


def m068():
    body = T("""
    Hallo Nicole,

    wie in der Teamleitungsrunde besprochen: Die Gehaltsanpassung für
    Frau Mareike Sander (Personalnr. 38817) ist genehmigt.

      bisher:  TG 5, 7. Berufsjahr – 4.412,00 EUR brutto
      neu:     TG 6 ab 01.03.2025 – 4.890,00 EUR brutto
      zzgl. Funktionszulage HKP-Prüfung 150,00 EUR

    Das Schreiben an Frau Sander geht nächste Woche raus; bitte bis dahin
    noch nichts kommunizieren.

    Viele Grüße
    Birte Janssen
    Personal
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Gehaltsanpassung M. Sander",
                 body),
            "CONFIDENTIAL", "de", "internal",
            "named employee's salary figures")


def m069():
    body = T("""
    Dear Ms Farkas,

    our insured Mr Henning Lüpkes had a metal-ceramic bridge 34-36
    made in your laboratory in December 2024 via his dentist in Sopron
    (Dr. Varga). He has now submitted the invoice (Duna Dental Lab,
    no. DDL-2412-0771, HUF 312,000) for reimbursement.

    To recognise a dental prosthesis manufactured outside Germany we need:

    1. the declaration of conformity according to Annex XIII of the
       Medical Device Regulation (EU) 2017/745, naming the patient and the
       prescribing dentist,
    2. the alloy used (brand, composition) - Mr Lüpkes reports a nickel
       allergy, so please confirm that the alloy is nickel-free,
    3. an itemised list of the work steps.

    Please reply to this address, quoting LZ-2025-001102.

    Kind regards
    Katrin Oltmanns
    Dental Claims
    Weserland Krankenversicherung AG
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Zsofia Farkas <office@dunadental.example>",
                 "Declaration of conformity - bridge 34-36, Mr Lüpkes",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lab",
            "named patient's bridge 34-36 abroad and nickel allergy, to a foreign lab")


def m070():
    body = T("""
    Dear customer,

    due to a production issue at our sintering partner, deliveries of
    the following zirconia discs will be delayed by approx. 3 weeks:

      ZrHT Multi 98 x 14 mm, shades A1, A2, A3       new ETA week 10
      ZrHT Multi 98 x 18 mm, shades A2, B1           new ETA week 11
      ZrST Ultra Translucent 98 x 12 mm, BL2         unchanged

    Open orders will be delivered automatically. If you need alternatives,
    our 4Y-TZP Classic discs are in stock.

    We apologise for the inconvenience.

    Dentaflux Materials GmbH - Customer Service
    https://shop.dentaflux.example
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "FW: Delivery delay zirconia discs",
                 "Zur Info, falls Labore in den nächsten Wochen Fristverlängerung wegen Material beantragen.\n\n" + body),
            "NORMAL", "mixed", "newsletter",
            "trap: lab supplier mail about zirconia disc shades and delivery delay")


def m071():
    body = T("""
    Sehr geehrte Frau Rohlfs,

    damit wir Ihre Firma als Vertragspartner anlegen können, benötigen wir
    noch die Angaben zur geschäftsführenden Person. Wir haben folgende
    Daten aus Ihrem Handelsregisterauszug und dem Vermittlerregister
    übernommen – bitte prüfen:

      Firma:             Hanse Assekuranzmakler GmbH, Hamburg
      Geschäftsführerin: Nadine Rohlfs, geb. 08.05.1979
      Wohnanschrift:     Eppendorfer Weg 130, 20259 Hamburg
      Registernummer:    D-VFTR-L9XM-33
      Makleradministratorin: Nadine Rohlfs

    Die Courtage wird auf das Geschäftskonto der GmbH gezahlt.
    Ihr Initialpasswort für das Maklerportal erhalten Sie per Post.

    Mit freundlichen Grüßen
    Tobias Ahlers
    Maklerbetreuung Nord
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Nadine Rohlfs <n.rohlfs@hanse-am.example>",
                 "Anlage Vertragspartner Hanse Assekuranzmakler GmbH",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-broker",
            "managing director's birth date and private address for broker onboarding")


def m072():
    body = T("""
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 21.02.2025 nicht im Büro. Ihre Mail wird
    nicht weitergeleitet. In dringenden Fällen zu Heil- und Kostenplänen,
    Zahnarzt- und Laborrechnungen wenden Sie sich bitte an
    lz-zahn@weserland-versicherung.example, Tel. 0421 5508-2270.

    Mit freundlichen Grüßen
    Katrin Oltmanns
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Zsofia Farkas <office@dunadental.example>",
                 "Abwesenheitsnotiz: Declaration of conformity - bridge 34-36",
                 body, headers={"Auto-Submitted": "auto-replied"}),
            "NORMAL", "de", "internal",
            "trap: out-of-office naming HKP and dental invoices")


def m073():
    body = T("""
    Dear Dr Mehta,

    thank you for reporting the accident. Your claim under your private
    motor policy KF 71-402 885 has been registered:

      Claim no.:  S 25-5-001318
      Vehicle:    HB-PM 2207, Skoda Octavia Combi
      Date:       6 February 2025, 17:40, Kurfürstenallee, Bremen
      Course:     you were stationary at a red light when a delivery van
                  hit you from behind; the police were called, nobody was
                  injured

    As the other party is liable, you may claim directly against their
    insurer (Hanseatic Motor Insurance, claim 77-2025-33811). We will
    cover your own fully comprehensive claim only if they do not pay
    within four weeks - in that case your no-claims class will not be
    affected once we recover the amount.

    Kind regards
    Malte Hinrichs
    Motor Claims
    """)
    return (Mail("Malte Hinrichs <m.hinrichs@%s>" % INS,
                 "Dr Priyanka Mehta <p.mehta@zahnaerzte-vahr.example>",
                 "Your motor claim S 25-5-001318",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "motor claim of a named customer with plate; nobody injured")


def m074():
    html = T("""
    <html><body style="font-family:Arial,sans-serif;font-size:13px">
    <p>Sehr geehrte Frau Frerksen,</p>
    <p>hier die Abrechnung zu Ihrer Einreichung vom 04.02.2025
    (Vorgang LZ-2025-001156):</p>
    <table border="1" cellspacing="0" cellpadding="4">
    <tr><th>Datum</th><th>Zahn</th><th>GOZ</th><th>Leistung</th><th>Faktor</th><th>Betrag</th><th>erstattet</th></tr>
    <tr><td>13.01.2025</td><td>&ndash;</td><td>0010</td><td>Eingehende Untersuchung</td><td>2,3</td><td>12,94</td><td>12,94</td></tr>
    <tr><td>13.01.2025</td><td>&ndash;</td><td>Ä5004</td><td>Panoramaschichtaufnahme</td><td>1,8</td><td>29,14</td><td>29,14</td></tr>
    <tr><td>20.01.2025</td><td>26</td><td>2410</td><td>Wurzelkanalaufbereitung (3 Kanäle)</td><td>2,3</td><td>118,62</td><td>106,76</td></tr>
    <tr><td>27.01.2025</td><td>26</td><td>2440</td><td>Wurzelkanalfüllung (3 Kanäle)</td><td>2,3</td><td>89,13</td><td>80,22</td></tr>
    <tr><td>27.01.2025</td><td>26</td><td>2180</td><td>Aufbaufüllung</td><td>2,3</td><td>25,87</td><td>23,28</td></tr>
    <tr><td colspan="5"><b>Summe</b></td><td><b>275,70</b></td><td><b>252,34</b></td></tr>
    </table>
    <p>Die Erstattung von 252,34 EUR erfolgt in den nächsten Tagen.</p>
    <p>Mit freundlichen Grüßen<br>Ihre Leistungsabteilung Zahn<br>
    Weserland Krankenversicherung AG</p>
    </body></html>
    """)
    return (Mail("Leistung Zahn <lz-zahn@%s>" % INS,
                 "Jana Frerksen <jana.frerksen@t-post.example>",
                 "Ihre Abrechnung LZ-2025-001156",
                 html=html, html_only=True),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "HTML-only table: named customer's root canal treatment tooth 26 with GOZ positions")


def m075():
    body = T("""
    Sehr geehrte Damen und Herren,

    wir beauftragen gemäß Rahmenvertrag die datenschutzkonforme
    Vernichtung von Altakten der Leistungsabteilung Zahn:

    - ca. 180 Ordner Papierakten (Vorgänge 2012-2014, Aufbewahrungsfrist
      abgelaufen), Sicherheitsstufe P-4 nach DIN 66399
    - 4 Gitterboxen mit analogen Röntgenfilmen und OPG-Aufnahmen,
      Sicherheitsstufe F-3 (Filme), inkl. Silberrückgewinnung
    - Abholung: 24.02.2025, 8:00 Uhr, Archiv UG, Am Wall 118, Bremen

    Bitte senden Sie uns das Vernichtungsprotokoll mit Plombennummern.

    Mit freundlichen Grüßen
    Aylin Demirci
    Einkauf
    Bestellnummer BE-2025-0162
    """)
    return (Mail("Aylin Demirci <a.demirci@%s>" % INS,
                 "Disposition <dispo@aktenwolf-entsorgung.example>",
                 "Auftrag Aktenvernichtung BE-2025-0162 (inkl. Röntgenfilme)",
                 body),
            "NORMAL", "de", "insurer-to-supplier",
            "trap: shredding order for old dental files and X-ray films, no patient named")



def m076():
    body = T("""
    Hallo Service-Team,

    hier die aktualisierten Antworten für die häufigsten Anrufe zu
    WeserZahn (gilt ab sofort, bitte im Wissensartikel KB-ZAHN-012
    ersetzen):

    F: Zahlt der Tarif auch, wenn der HKP schon vor Versicherungsbeginn
       erstellt wurde?
    A: Nein. Maßgeblich ist der Behandlungsbeginn; angeratene oder
       geplante Behandlungen bei Antragstellung sind ausgeschlossen.

    F: Was ist die Zahnstaffel?
    A: Begrenzung der Leistungen in den ersten Versicherungsjahren
       (z. B. WeserZahn 90: 750 / 1.500 / 2.250 / 3.000 EUR). Bei Unfällen
       gilt sie nicht.

    F: Muss ich den HKP vor der Behandlung einreichen?
    A: Empfohlen ab voraussichtlich 1.000 EUR, Pflicht ist es nicht.

    F: Wird Bleaching erstattet?
    A: Nein, rein kosmetische Maßnahmen sind ausgeschlossen. Ausnahme:
       internes Bleaching eines wurzelbehandelten Zahnes in Premium.

    F: Wie oft zahlt WeserSicht eine Brille?
    A: Bis 300 EUR alle 24 Monate; bei Kindern bei ärztlich verordneter
       Sehhilfe ohne Zeitgrenze.

    Gruß
    Ole
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Kundenservice <kundenservice-team@%s>" % INS,
                 "FAQ WeserZahn/WeserSicht – aktualisierte Antworten",
                 body),
            "NORMAL", "de", "internal",
            "trap: service FAQ on HKP, Zahnstaffel, bleaching and glasses, no person")


def m077():
    body = T("""
    Sehr geehrte Frau Hashemi,

    zu Ihrer Schadenmeldung aus der Privathaftpflichtversicherung:

      Vertrag:         PH 20-557 140
      Schaden-Nr.:     S 25-8-000733
      Geschädigter:    Optik Tjarks e.K., Oldenburg
      Hergang:         Beim Anprobieren von Fassungen am 01.02.2025 sind
                       Sie mit der Handtasche am Präsentationsständer
                       hängen geblieben; der Ständer ist umgekippt.
                       Personen wurden nicht verletzt.

    Der Optiker hat uns eine Aufstellung über 14 beschädigte
    Musterfassungen (Einkaufspreise 1.386,00 EUR) geschickt. Wir
    regulieren den Schaden direkt mit dem Geschäft. Für Sie fällt laut
    Vertrag keine Selbstbeteiligung an.

    Mit freundlichen Grüßen
    Gesa Lüders
    Haftpflicht-Schaden
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Shirin Hashemi <shirin.hashemi@nordpost.example>",
                 "Ihr Haftpflichtschaden S 25-8-000733",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "liability claim: named customer knocked over frames display at optician; nobody hurt")


def m078():
    items = [
        "Gutachtenauftrag – Zahnersatz / Implantologie",
        "Auftraggeber: Weserland Krankenversicherung AG, Leistungsabteilung Zahn",
        "Vorgang: LZ-2025-001204",
        [["Versicherte Person", "Birgit Schoon, geb. 02.12.1968"],
         ["Behandelnde Praxis", "Dr. Yusuf Aksoy, Oldenburg"],
         ["HKP vom", "28.01.2025"],
         ["Geschätzte Kosten", "14.720,00 EUR"]],
        "Befund lt. HKP: OK zahnlos seit 2021, Totalprothese mit Halteproblemen; "
        "UK Restbezahnung 33-43, 44 und 45 mit Lockerungsgrad III (x).",
        "Planung: 6 Implantate OK (regio 16, 14, 12, 22, 24, 26) mit Sinuslift beidseits "
        "(GOZ 9120), stegverankerte Deckprothese; UK Extraktion 44, 45, Implantate 44/46.",
        "Fragen an den Gutachter:",
        "1. Ist die Zahl der Implantate im OK medizinisch notwendig oder wären 4 ausreichend?",
        "2. Ist der beidseitige externe Sinuslift bei der angegebenen Restknochenhöhe (4 mm) indiziert?",
        "3. Liegt eine medikamentöse Kontraindikation vor (Patientin nimmt laut Anamnese "
        "Alendronsäure 70 mg wöchentlich wegen Osteoporose)?",
        "Bitte Untersuchungstermin direkt mit der Versicherten vereinbaren (Tel. 04402 81 337).",
    ]
    body = T("""
    Sehr geehrter Herr Dr. Wendt,

    anbei ein neuer Auftrag. Unterlagen (Röntgen, HKP) folgen über den
    Upload-Link.

    Beste Grüße
    Katrin Oltmanns
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Dr. Thomas Wendt <gutachten@dr-wendt-zahnarzt.example>",
                 "Neuer Auftrag LZ-2025-001204",
                 body, atts=[("Gutachtenauftrag_LZ-2025-001204.docx",
                              docx(items), DOCX)]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-dentist",
            "expert assignment: patient, birth date, edentulous jaw, osteoporosis medication only in DOCX")


def m079():
    body = T("""
    Dear colleagues,

    over the last days several departments have received fake e-mails
    that look like dental or optician invoices ("Zahnarztrechnung_
    2025-02.pdf.exe", "Laborrechnung ausstehend - bitte prüfen").
    The sender addresses imitate real practices but use slightly
    different domains, e.g. "zahnarzt-kramer-praxis.example".

    Please:
    - do not open attachments with double extensions or macros,
    - check the sender domain against the partner list,
    - forward suspicious mails as attachment to
      phishing@weserland-versicherung.example and delete them.

    Claims staff: genuine invoices from practices arrive via the portal
    or as PDF from the known addresses only.

    IT Security Team
    """)
    return (Mail("IT Security <it-security@%s>" % INS,
                 "All staff <alle@%s>" % INS,
                 "Warning: fake dental invoices in circulation",
                 body),
            "NORMAL", "en", "internal",
            "trap: phishing warning about fake dental and lab invoices")


def m080():
    body = T("""
    Dear Mr and Mrs Fontaine,

    thank you for your enquiry. Here is your personal quote for WeserSicht
    Plus for the whole family (start 1 April 2025):

      Person             Date of birth     Monthly premium
      Julien Fontaine    1985-03-22        EUR 11.90
      Claire Fontaine    1987-10-05        EUR 11.90
      Léo Fontaine       2015-06-14        EUR  4.50
      Emma Fontaine      2019-01-30        EUR  4.50
      Total                                EUR 32.80

    No health questions are asked for WeserSicht, but there is a
    waiting period of 6 months for refractive surgery.

    You can accept the quote online until 15 March:
    https://www.weserland-versicherung.example/sicht/quote/Q-25-11872

    Kind regards
    Priya Raman
    International Health Service
    """)
    return (Mail("Priya Raman <p.raman@%s>" % INS,
                 "Julien Fontaine <j.fontaine@inboxmail.example>",
                 "Your WeserSicht quote Q-25-11872",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-applicant",
            "grey: family quote with birth dates; no contract, no health data")


def m081():
    body = T("""
    Marek,

    I think we have a pattern here. Optician "Brillenhaus Kaya" in
    Delmenhorst has billed 11 WeserSicht customers since November, always
    progressive lenses at the maximum of EUR 300, but in at least three
    cases the eye doctor's prescription shows single-vision lenses only
    (no addition):

      - Kerstin Vahlenkamp, 7 052 188 904: Rx R -1.75 / L -2.00, no Add,
        invoice 12/2024 "Gleitsicht premium" EUR 640
      - Bernd Hollmann, 7 049 330 215: Rx R +0.75 / L +1.00, no Add,
        invoice 01/2025 "Gleitsicht komfort" EUR 520
      - Ayse Kaya, 7 061 204 337: same surname as the shop owner,
        Rx shows Add 1.50 but she is 29 years old - unusual

    Could your team take a look before we pay the next batch? I've put
    the claims on hold (status "SIU-Prüfung").

    Thanks
    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Marek Nowak <m.nowak@%s>" % INS,
                 "Suspicious optician invoices - Brillenhaus Kaya",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "fraud suspicion listing named customers, prescriptions and policy numbers")


def m082():
    body = T("""
    Hallo zusammen,

    für die SIU-Schulung am 6. März habe ich den Fall aus dem Herbst
    anonymisiert. Bitte prüft, ob noch etwas auf die echten Personen
    schließen lässt:

    Fallstudie "Gleitsicht statt Einstärken"
    - Optikerbetrieb in einer niedersächsischen Mittelstadt
    - 9 Versicherte, Altersband 25-44, Tarif WeserSicht Basis
    - Rechnungen jeweils über 500 EUR für Gleitsichtgläser, vorliegende
      Refraktionen ohne Nahzusatz
    - Schaden für uns: ca. 1.900 EUR (Differenz zu Einstärkengläsern
      nicht relevant, da Deckel 300 EUR – aber Fassung doppelt berechnet)
    - Ergebnis: Rückforderung, Partnervertrag gekündigt

    Keine Namen, keine Orte, keine Vertragsnummern.

    Marek Nowak
    Spezialermittlung (SIU)
    """)
    return (Mail("Marek Nowak <m.nowak@%s>" % INS,
                 "SIU <siu@%s>" % INS,
                 "Fallstudie für Schulung (anonymisiert) – bitte gegenlesen",
                 body),
            "NORMAL", "de", "internal",
            "trap: anonymised fraud case study with age bands, no identifiable person")


def m083():
    body = T("""
    Hallo Herr Ahlers,

    für unsere Kundin Dr. Priyanka Mehta (Zahnärzte Vahr, Einzelpraxis)
    steht zum 01.04. die Verlängerung der Berufs- und
    Betriebshaftpflicht an. Aktuelle Eckdaten für die Prämienberechnung:

      VN:               Dr. Priyanka Mehta, Zahnärztin
      Vertrag:          BH 13-221 660
      Jahresumsatz 2024 (Honorar):  1.184.000 EUR
      Gewinn lt. BWA (vorläufig):     312.500 EUR
      Mitarbeitende:    2 angestellte Zahnärzte, 6 ZFA, 1 Azubi
      Leistungsspektrum neu: Implantologie (ca. 80 Implantate/Jahr)

    Frau Dr. Mehta wünscht eine Erhöhung der Deckungssumme auf 5 Mio. EUR
    pauschal. Bitte um Angebot bis 10. März.

    Viele Grüße
    Nadine Rohlfs
    Hanse Assekuranzmakler GmbH
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Gewerbe Underwriting <underwriting-gewerbe@%s>" % INS,
                 "WG: Verlängerung BHV Dr. Mehta – Angebot",
                 "Bitte um Angebot, Unterlagen unten.\nTobias\n\n" + body),
            "CONFIDENTIAL", "de", "broker",
            "sole-practice dentist's liability renewal with turnover and profit; no health data")


def m084():
    body = T("""
    Sehr geehrter Herr Schwarting,

    wir bestätigen die Kündigung Ihrer Zahnzusatzversicherung
    WeserZahn 70, Versicherungsnummer 7 033 901 447, zum 31.03.2025.

    Der letzte Beitrag wird am 01.03.2025 abgebucht. Rechnungen für
    Behandlungen bis einschließlich 31.03.2025 können Sie noch bis
    zum 31.12.2025 einreichen.

    Mit freundlichen Grüßen
    Svenja Kück
    Kundenservice
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "Gerd Schwarting <g.schwarting@kabelpost.example>",
                 "Kündigungsbestätigung",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "cancellation of a named customer's dental health policy (health line, no medical word)")


def m085():
    body = T("""
    Hi Emma,

    anbei wie besprochen die Begriffe für die englische Fassung der
    Tarifbedingungen WeserZahn und WeserSicht. Please stick to these,
    the expat team uses them in letters too:

      Heil- und Kostenplan (HKP)   -> treatment and cost plan
      Festzuschuss                 -> fixed subsidy (of the statutory insurer)
      Regelversorgung              -> standard care
      Zahnstaffel                  -> benefit limit in the first years
                                      (staggered limit)
      Wartezeit                    -> waiting period
      Zahnersatz                   -> dentures / dental prostheses
      professionelle Zahnreinigung -> professional tooth cleaning
      Sehhilfe                     -> visual aid (glasses, contact lenses)
      Refraktive Chirurgie         -> refractive surgery (LASIK etc.)
      Gebührenordnung für Zahnärzte (GOZ) -> keep German + explain once

    Deadline for the translation: 7 March. Rechnung bitte an Einkauf,
    BE-2025-0149.

    Thanks!
    Ole
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Emma Whitfield <emma@whitfield-translations.example>",
                 "Glossar AVB-Übersetzung / glossary",
                 body),
            "NORMAL", "mixed", "insurer-to-supplier",
            "trap: translation glossary of dental/vision insurance terms, bilingual")


def m086():
    body = T("""
    Kurz zur Einordnung, bevor ich antworte: Kundin war zur Behandlung in
    Antalya, Rechnung auf Türkisch/Englisch liegt in der Akte. Erstattung
    nach deutschen Gebührensätzen (GOZ 2,3-fach) analog – bitte Henrik
    einmal draufschauen, ob die Implantate ok sind.
    Mareike

    ---------- Forwarded message ---------
    From: Sandra Köhler <sandra.koehler@inboxmail.example>
    Date: Thu, 13 Feb 2025 19:22
    Subject: my treatment in Turkey
    To: service@weserland-versicherung.example

    Hello,

    my German is ok but English is easier for me to write. I had four
    implants in the lower jaw (regio 35, 36, 45, 46) and a zirconia bridge
    on them at Antalya Dental Center in January. Total EUR 6,900.
    I had two teeth pulled before (36 and 46 were broken, abscess on 46)
    and had antibiotics (amoxicillin 1000 mg) for a week.

    Policy 7 064 775 120. What will you pay?

    Sandra Köhler
    """)
    return (Mail("Mareike Sander <m.sander@%s>" % INS,
                 "Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Fwd: my treatment in Turkey",
                 body),
            "STRICTLY_CONFIDENTIAL", "mixed", "customer",
            "customer's implants abroad, abscess and antibiotics, English with German note")


def m087():
    body = T("""
    Dear Mr Osei,

    Your baggage claim under travel policy RG 55-104 772 (claim
    S 25-4-000698) has been assessed.

    Your suitcase did not arrive on your return flight from the European
    Dental Students' Association meeting in Porto on 2 February and was
    declared lost by the airline on 9 February (file PRTLH 44719).

    Reimbursable items (time value):
      clothing                          EUR 310.00
      suitcase (bought 2021)            EUR  85.00
      dental instrument set (student)   EUR 240.00
      textbooks                         EUR  60.00
      less airline compensation         EUR -400.00
      Payable                           EUR 295.00

    Payment will go to your account ending ...1208.

    Kind regards
    Ina Bruns
    Travel Claims
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Kwame Osei <kwame.osei@student-mail.example>",
                 "Lost baggage - claim S 25-4-000698",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "travel baggage claim of a named dental student; no health content")


def m088():
    body = T("""
    Hallo Nicole,

    wie gewünscht die Zahlen zum Gutachterverfahren für den Quartalsbericht
    (alle Tarife, nur Anzahl, keine Einzelfälle):

      Quartal   Gutachten   bestätigt   teilweise   abgelehnt   Ø Tage
      Q1/24       212          131          49          32       19
      Q2/24       238          142          61          35       21
      Q3/24       201          118          50          33       18
      Q4/24       264          151          72          41       24

    Häufigste Anlässe: Implantate mit Augmentation (38 %),
    Teleskopversorgungen (17 %), PAR (12 %), KFO Erwachsene (9 %).

    Gruß
    Henrik
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Zahlen Gutachterverfahren 2024",
                 body),
            "NORMAL", "de", "internal",
            "trap: aggregated statistics of dental expert opinions by occasion")


def m089():
    hkp = [
        "Heil- und Kostenplan - Teil 1 (Zahnersatz)",
        "Versicherte/r: Kruse, Annegret, geb. 19.02.1957",
        "Krankenkasse: AOK (GKV), Zusatzversicherung: Weserland, VS-Nr. 7 019 552 184",
        "",
        "Befund:     17 16 15 14 13 12 11 | 21 22 23 24 25 26 27",
        "B           f  ww k                       x  f  f",
        "Therapie:      K  K  B                    K  B  B  K",
        "",
        "Festzuschuss-Befunde: 1.1 (16), 2.1 (13-15), 2.2 (23-27)",
        "Bemerkung: 24 nicht erhaltungswürdig (Längsfraktur), Extraktion vor ZE.",
        "Patientin leidet unter Mundtrockenheit (Sjögren-Syndrom), daher",
        "Vollkeramik und engmaschige Nachsorge.",
        "Gesamtkosten voraussichtlich: 6.884,10 EUR",
        "Dr. Anja Kramer, Oldenburg, 25.02.2025",
    ]
    body = T("""
    Hallo Katrin,

    von der Praxis Kramer per Mail gekommen (statt Portal), bitte in die
    Akte. Anhang ist der HKP.

    Gruß
    Svenja

    -----Ursprüngliche Nachricht-----
    Von: Praxis Dr. Kramer <praxis@zahnarzt-kramer.example>
    Gesendet: Dienstag, 25. Februar 2025 16:05
    An: service@weserland-versicherung.example
    Betreff: HKP Fr. Kruse

    anbei HKP für Frau Kruse mit der Bitte um Kostenzusage.
    MfG Praxisteam Dr. Kramer
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "WG: HKP Fr. Kruse",
                 body, atts=[("HKP_Kruse_2025-02-25.pdf", pdf(hkp, "HKP"), PDF)]),
            "STRICTLY_CONFIDENTIAL", "de", "dentist",
            "HKP with tooth findings, birth date and Sjögren syndrome only in the PDF attachment")


def m090():
    body = T("""
    VISION CARE EUROPE 2025 - Amsterdam, 12-13 June

    Dear insurance professional,

    The programme for this year's summit is online:

    Day 1 - Market & Products
      * Vision benefits in supplementary health insurance: a 12-country view
      * Myopia epidemic: what it means for payers by 2040
      * Direct billing with optician networks - lessons learned

    Day 2 - Claims & Fraud
      * Detecting inflated progressive-lens invoices with rule engines
      * Refractive surgery: outcomes, re-treatment rates and pricing
      * Panel: should insurers cover myopia control for children?

    Early-bird tickets (EUR 890) until 31 March:
    https://www.visioncare-summit.example/register

    Vision Care Europe Events B.V.
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Merle Stöver <m.stoever@%s>" % INS,
                 "FW: Vision Care Europe 2025 - programme online",
                 body),
            "NORMAL", "en", "newsletter",
            "trap: conference programme on vision benefits, myopia and fraud, no person")


def m091():
    body = T("""
    Sehr geehrte Frau Meyer,

    Sie haben uns mitgeteilt, dass Sie den Betrieb "Augenoptik
    Janssen" in Aurich zum 01.03.2025 von Herrn Enno Janssen übernehmen
    und unter "Augenoptik Meyer, Inh. Silke Meyer e.K." weiterführen.

    Für die Übertragung des WeserSicht-Partnervertrags haben wir
    notiert:

      Neue Inhaberin:   Silke Meyer, geb. 11.07.1986
      Augenoptikermeisterin, Eintragung Handwerksrolle HWK Ostfriesland
      Steuernummer:     58/104/11839
      IBAN:             DE79 8145 2055 6408 4547 26
      bisherige Partnernr. OPT-0233 wird fortgeführt

    Die Abrechnungen bis 28.02.2025 gehen noch auf das Konto von
    Herrn Janssen.

    Mit freundlichen Grüßen
    Ole Harms
    Produktmanagement Zahn & Sehen
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Silke Meyer <s.meyer@augenoptik-aurich.example>",
                 "Übertragung Partnervertrag OPT-0233",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-optician",
            "new sole-trader optician's birth date, tax number and IBAN")


def m092():
    body = T("""
    Protokoll Jour fixe Leistung Zahn/Sehen, 17.02.2025
    Teilnehmende: N. Frerichs, K. Oltmanns, M. Stöver, H. Brandes, D. Okafor

    1. Rückstände: 1.284 offene HKP (Vorwoche 1.410), Ziel < 1.000 bis Ende März.
       Durchlaufzeit HKP im Median 6,2 Arbeitstage.
    2. WeserSicht: seit Start 3.912 Erstattungen, davon 61 LASIK/SMILE,
       4 ICL. Direktabrechnung Optiker: 48 % der Fälle.
    3. OCR-Problem Zahnschema (INC-2025-01877): Hersteller-Fix in KW 9.
    4. SIU: Prüfung eines Optikerbetriebs läuft, Details nur im SIU-Kreis.
    5. Schulung HKP Modul 3 wird im April wiederholt.

    Nächster Termin: 03.03.2025
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "Protokoll Jour fixe 17.02.",
                 body),
            "NORMAL", "de", "internal",
            "trap: meeting minutes with backlog KPIs and LASIK counts, no person's data")


def m093():
    body = T("""
    Dear Mr Lindgren,

    we are pleased to confirm cover for the orthodontic treatment
    planned by Dr Rademacher in connection with your jaw surgery.

    According to the report of the oral and maxillofacial surgeon
    (Klinikum Bremen-Mitte, Dr Aksoy-Schulz), you have a skeletal class III
    malocclusion with an open bite (dysgnathia), and a bimaxillary
    osteotomy is planned for autumn 2025. Pre- and post-surgical
    orthodontics in adults is covered under your WeserZahn Premium
    tariff when it is part of a combined orthodontic-surgical treatment.

      Treatment plan (GOZ 6050, 6100, 6140, brackets upper and lower
      jaw), estimated EUR 6,240.00 over 24 months
      Reimbursement 100 % after the statutory insurer's share

    The surgery itself is paid by your statutory health insurer.

    Kind regards
    Katrin Oltmanns
    Dental Claims · policy 7 069 008 415
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Erik Lindgren <erik.lindgren@nordpost.example>",
                 "Orthodontic treatment - cover confirmation",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "adult orthodontics with dysgnathia and planned jaw surgery of a named customer")


def m094():
    body = T("""
    Hallo Reisekostenstelle,

    anbei meine Abrechnung für den DGI-Kongress (15.-17.01.2025, Hamburg):

      Teilnahmegebühr           690,00 EUR (Firmenkreditkarte)
      Bahn Bremen-Hamburg-Bremen  64,80 EUR (privat bezahlt)
      Hotel 2 Nächte            298,00 EUR (privat bezahlt)
      Verpflegungspauschale      56,00 EUR
      Erstattung an mich        418,80 EUR

    Bitte auf mein privates Konto:
    Dr. Henrik Brandes, IBAN DE32 0175 4118 1511 2582 44

    Belege reiche ich im Original in der Hauspost ein.

    Danke
    Henrik Brandes, Personalnr. 20551
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Reisekosten <reisekosten@%s>" % INS,
                 "Reisekostenabrechnung DGI-Kongress",
                 body),
            "CONFIDENTIAL", "de", "internal",
            "employee travel expense claim with private IBAN")


def m095():
    html = T("""
    <html><body style="font-family:Helvetica,Arial">
    <h2>MyoGuard&trade; &ndash; daily lenses for myopia control</h2>
    <p>Dear eye care partner,</p>
    <p>Myopia in children is rising fast. In our 3-year study, children
    aged 8-12 wearing <b>MyoGuard</b> dual-focus lenses showed
    <b>59 % less myopia progression</b> and 52 % less axial elongation
    than with single-vision lenses.</p>
    <ul><li>Powers -0.25 to -6.00 dpt</li><li>Silicone hydrogel, daily disposable</li>
    <li>Fitting guide and parent brochure available</li></ul>
    <p>Insurers: ask us about our reimbursement dossier.</p>
    <p><a href="https://www.myoguard-lenses.example/professionals">Download the dossier</a></p>
    <p style="color:#777;font-size:10px">Lumina Vision Ltd, Cork</p>
    </body></html>
    """)
    text = T("""
    MyoGuard - daily lenses for myopia control

    Dear eye care partner,

    Myopia in children is rising fast. In our 3-year study, children aged
    8-12 wearing MyoGuard dual-focus lenses showed 59 % less myopia
    progression and 52 % less axial elongation than with single-vision
    lenses.

    - Powers -0.25 to -6.00 dpt
    - Silicone hydrogel, daily disposable
    - Fitting guide and parent brochure available

    Insurers: ask us about our reimbursement dossier.
    https://www.myoguard-lenses.example/professionals

    Lumina Vision Ltd, Cork
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Ole Harms <o.harms@%s>" % INS,
                 "Fwd: MyoGuard - daily lenses for myopia control",
                 text, html=html),
            "NORMAL", "en", "newsletter",
            "trap: contact lens maker's newsletter on myopia in children, study figures")


def m096():
    body = T("""
    Sehr geehrte Frau Ahrens,

    bei der Erstattung der Rechnung von Dr. Kramer vom 20.01.2025 über
    98,20 EUR (professionelle Zahnreinigung) ist uns ein Fehler
    unterlaufen: Der Betrag wurde sowohl an Sie (am 28.01.2025) als auch
    im Rahmen der Direktabrechnung an die Praxis (am 03.02.2025) gezahlt.

    Wir bitten Sie, den an Sie gezahlten Betrag von 98,20 EUR bis zum
    15.03.2025 zurückzuüberweisen:

      Empfänger:  Weserland Krankenversicherung AG
      IBAN:       DE53 6545 4951 2064 4237 13
      Verwendungszweck: RF-25-00219 / 7 027 661 590

    Alternativ können wir den Betrag mit Ihrer nächsten Erstattung
    verrechnen – eine kurze Antwort auf diese Mail genügt.

    Entschuldigen Sie bitte die Umstände.

    Mit freundlichen Grüßen
    Leistungsabteilung Zahn
    """)
    return (Mail("Mareike Sander <m.sander@%s>" % INS,
                 "Merve Ahrens <merve.ahrens@webpost.example>",
                 "Doppelte Erstattung – Rückforderung RF-25-00219",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "refund request for a named customer's dental cleaning invoice (insurer's own IBAN)")


def m097():
    body = T("""
    Dear Mr Lloyd,

    ahead of the renewal of your business liability and contents cover on
    1 April, we have prepared the new schedule based on your figures:

      Policyholder:       Gareth Lloyd, trading as Lloyd Dental Ceramics
                          (sole trader), Überseestadt, Bremen
      Policy:             BH 13-309 871 / IN 62-309 872
      Turnover 2024:      EUR 486,000 (2023: EUR 441,000)
      Employees:          3 dental technicians, 1 apprentice
      Sum insured contents (CAD/CAM mill, furnace, scanners): EUR 210,000

    New annual premium: EUR 2,184.60 incl. insurance tax. If you agree,
    no action is needed; the premium will be debited from your business
    account as usual.

    Kind regards
    Gewerbe Underwriting
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Gewerbe Underwriting <underwriting-gewerbe@%s>" % INS,
                 "Gareth Lloyd <gareth@lloyd-ceramics.example>",
                 "Renewal 1 April - business liability and contents",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-company",
            "sole-trader dental lab owner's turnover and policies; no patient")


def m098():
    body = T("""
    Liebe Kolleginnen und Kollegen der Leistungsabteilungen,

    unser Sommerfest findet am Freitag, 27. Juni, ab 15 Uhr auf dem
    Hof statt. Es gibt Grill (auch vegetarisch/vegan), Eis und – auf
    vielfachen Wunsch – wieder das Torwandschießen.

    Das Team Zahn/Sehen sucht noch Helfer für den Kuchenstand. Wer
    backen mag: bitte bis 13.06. bei Nicole melden.

    Euer Orga-Team
    """)
    return (Mail("Orga-Team Sommerfest <sommerfest@%s>" % INS,
                 "Leistungsabteilungen <leistung-alle@%s>" % INS,
                 "Save the date: Sommerfest 27. Juni",
                 body),
            "NORMAL", "de", "internal",
            "plain organisational mail (summer party)")


def m099():
    body = T("""
    Hallo Nicole,

    ich bräuchte deine Freigabe für eine Kulanzentscheidung:

    Herr Dennis Albers (VS-Nr. 7 044 906 318, WeserZahn 70 seit 09/2024)
    hat sich beim Fußball am 18.01.2025 die Zähne 11 und 21 ausgeschlagen
    (Zusammenprall, Notfallbehandlung im Klinikum Links der Weser,
    Platzwunde Oberlippe genäht). Geplant sind zwei Implantate mit
    Kronen, 7.360 EUR.

    Bei Unfall entfällt zwar die Wartezeit, aber die Zahnstaffel gilt im
    WeserZahn 70 auch bei Unfall (anders als bei 90/Premium) – er bekäme
    im 1. Jahr nur 750 EUR. Der Makler argumentiert, die Broschüre 2024
    habe "keine Begrenzung bei Unfall" versprochen (das stand tatsächlich
    so drin, war ein Fehler im Druck).

    Vorschlag: Kulanz bis 70 % der erstattungsfähigen Kosten ohne Staffel.

    Katrin
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Kulanz Albers – Frontzahntrauma",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "internal",
            "internal goodwill decision: named customer's dental trauma, injuries and implants")


def m100():
    body = T("""
    Dear broker,

    your account for the Weserland broker portal has been created.

      User name:         hartley.simon
      One-time password: will be sent by text message to your registered
                         mobile number

    Please log in within 7 days at
    https://makler.weserland-versicherung.example and set your own
    password and security question.

    This e-mail was generated automatically.
    Weserland Broker Portal
    """)
    return (Mail("Maklerportal <noreply-makler@%s>" % INS,
                 "Simon Hartley <simon@hartley-cover.example>",
                 "Your broker portal account",
                 body, headers={"Auto-Submitted": "auto-generated"}),
            "NORMAL", "en", "insurer-to-broker",
            "trap: portal registration mail without content or password")



def m101():
    body = T("""
    Sehr geehrte Frau Dr. Mehta,

    zu Ihrer Wohngebäudeversicherung (Vertrag WG 02-771 309, Objekt
    Kurfürstenallee 88, Bremen) haben wir den Sturmschaden vom 27.01.2025
    (Sturmtief "Ilse") aufgenommen: Schaden-Nr. S 25-1-003014.

    Laut Dachdeckerangebot sind 18 m² Dachziegel, die Dachrinne an der
    Nordseite und das Vordach über dem Eingang zu ersetzen
    (4.918,66 EUR brutto). Die Werbeanlage Ihrer Praxis an der Fassade
    ist über die Gebäudeversicherung nicht mitversichert – diese bitte
    über die Praxis-Inhaltsversicherung melden.

    Die Zahlung der Dachreparatur erfolgt nach Vorlage der Rechnung.

    Mit freundlichen Grüßen
    Gesa Lüders
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Dr Priyanka Mehta <p.mehta@zahnaerzte-vahr.example>",
                 "Sturmschaden Kurfürstenallee 88 – S 25-1-003014",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named dentist's building insurance storm claim with address; no health data")


def m102():
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland//Kalender//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:d81-0102-zva@weserland-versicherung.example",
        "DTSTAMP:20250218T100000Z",
        "DTSTART:20250311T130000Z",
        "DTEND:20250311T150000Z",
        "SUMMARY:Abstimmung Landesinnung Augenoptik - Direktabrechnung WeserSicht",
        "LOCATION:Am Wall 118, Raum 5.02",
        "ORGANIZER;CN=Ole Harms:mailto:o.harms@weserland-versicherung.example",
        "DESCRIPTION:Themen: Datenformat Rechnungsdaten (Refraktionswerte), Zahlungsziele, Partnerliste",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = T("""
    Guten Tag Herr Cordes,

    wie telefonisch besprochen, die Einladung zum Abstimmungstermin.
    Themen:
    - Datenformat für die elektronische Rechnungsübermittlung
      (Refraktionswerte, Glastypen, Fassungspreis getrennt)
    - Zahlungsziel 10 Tage
    - Veröffentlichung der Partnerliste

    Mit freundlichen Grüßen
    Ole Harms
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Jens Cordes <cordes@augenoptik-innung-nds.example>",
                 "Einladung: Direktabrechnung WeserSicht – 11.03.",
                 body, atts=[("einladung.ics", cal, ICS)]),
            "NORMAL", "de", "insurer-to-partner",
            "trap: meeting with opticians' guild about billing format for refraction data")


def m103():
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Weserland//Kalender//DE",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:d81-0103-gutachten@weserland-versicherung.example",
        "DTSTAMP:20250219T080000Z",
        "DTSTART:20250319T083000Z",
        "DTEND:20250319T091500Z",
        "SUMMARY:Dental examination (expert opinion) - Oliver Grant, implants 11/21",
        "LOCATION:Praxis Dr. Thomas Wendt, Hollerallee 19, Bremen",
        "DESCRIPTION:Please bring your health insurance card, the CBCT images on CD and your current medication list.",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = T("""
    Dear Mr Grant,

    as announced, our independent dental expert Dr Wendt would like to
    see you before we decide on the implant treatment of your upper front
    teeth. The appointment is on 19 March 2025 at 09:30 - please find the
    calendar entry attached. If you cannot make it, call Dr Wendt's
    practice directly.

    The examination is free of charge for you.

    Kind regards
    Dr Henrik Brandes
    Consulting Dentist · LZ-2025-000871
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Oliver Grant <oliver.grant@mailbox.example>",
                 "Appointment with our dental expert",
                 body, atts=[("appointment.ics", cal, ICS)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "dental expert examination appointment of a named customer about implants 11/21")


def m104():
    body = T("""
    Hi Nicole,

    weekly KPI export, Vision & Dental (week 9):

      Metric                               Dental   Vision
      New claims                            4,118     1,092
      Paid within 5 days                     71 %      88 %
      Median turnaround (days)                 4.1       2.3
      Cost plans (HKP) received                 612        -
      Rejections                               9.4 %     3.1 %
      Top rejection reason   waiting period      | 24-month limit

    Nothing unusual. The dashboard link is the same as last week.

    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "KPI week 9 - dental & vision",
                 body),
            "NORMAL", "en", "internal",
            "trap: weekly aggregated claims KPIs")


def m105():
    body = T("""
    Hi Daniel,

    one more candidate for the analyst role, forwarded from the career
    portal. Salary expectation is at the upper end of the band - let me
    know if you want to invite her.

    Birte

    -----Original Message-----
    From: Career portal <bewerbung@weserland-versicherung.example>
    Subject: Application Data Analyst Claims (m/f/d) - Ref. 2025-014

    Applicant:           Ana Beatriz Carvalho
    Date of birth:       14/03/1990
    Nationality:         Portuguese
    Current employer:    Nordsee Health Analytics GmbH
    Current salary:      EUR 61,000 gross p.a.
    Salary expectation:  EUR 68,000 gross p.a.
    Notice period:       3 months to end of quarter
    Languages:           Portuguese (native), English (C2), German (B2)

    Cover letter:
    "... I have four years of experience analysing dental and optical
    claims data for a Dutch insurer, including fraud models for optician
    invoices ..."
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Daniel Okafor <d.okafor@%s>" % INS,
                 "FW: Application Data Analyst Claims - Ref. 2025-014",
                 body),
            "CONFIDENTIAL", "en", "applicant",
            "applicant's birth date, nationality, current salary and expectation")


def m106():
    body = T("""
    Bitte an LZ Zahn weiterleiten, Kundin hat per Mail geschrieben weil
    sie nicht telefonieren mag (schwerhörig).
    Svenja

    -----Ursprüngliche Nachricht-----
    Von: Hildegard Ennen <h.ennen@t-post.example>
    Gesendet: Donnerstag, 6. März 2025 10:12
    An: service@weserland-versicherung.example
    Betreff: Prothese

    Sehr geehrte Damen und Herren,

    meine Vollprothese unten drückt seit Weihnachten so stark, dass ich
    kaum noch essen kann, ich habe schon zwei Druckstellen. Mein Zahnarzt
    Dr. Siefken sagt, der Kiefer hat sich zurückgebildet und die
    Prothese muss unterfüttert werden, evtl. sogar neu, weil sie schon
    11 Jahre alt ist. Außerdem hat er eine Pilzinfektion im Mund
    festgestellt und mir eine Salbe aufgeschrieben.

    Muss ich vorher einen Kostenplan schicken oder kann ich das
    einfach machen lassen? Ich bin bei Ihnen seit 2016 versichert,
    Versicherungsnummer 7 008 319 552.

    Mit freundlichen Grüßen
    Hildegard Ennen
    """)
    return (Mail("Svenja Kück <s.kueck@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "WG: Prothese",
                 body, charset="windows-1252"),
            "STRICTLY_CONFIDENTIAL", "de", "customer",
            "elderly customer: hearing impairment, pressure sores from denture, oral thrush (windows-1252)")


def m107():
    body = T("""
    Sehr geehrte Kundinnen und Kunden,

    aufgrund der anhaltend hohen Edelmetallpreise passen wir unsere
    Legierungspreise zum 01.04.2025 an:

      Legierung                     Au/Pt/Pd-Anteil   Preis je g (bisher)
      AuroCast 77 (hochgoldhaltig)   77/1/0          84,90 EUR (78,40)
      AuroCast 60 (goldreduziert)    60/0/4          66,20 EUR (61,10)
      PalliCast (Pd-Basis)           2/0/75          41,80 EUR (40,50)
      CoCrMo NEM (nickelfrei)        -               0,38 EUR  (0,38)

    Der Edelmetallzuschlag wird weiterhin tagesaktuell nach
    Fixingkurs berechnet. Bitte beachten Sie dies bei laufenden
    Kostenvoranschlägen gegenüber Praxen und Patienten.

    Mit freundlichen Grüßen
    Ihr Dentaflux Materials Team
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "WG: Preisanpassung Dentallegierungen ab 01.04.2025",
                 "Zur Info für die Prüfung der Edelmetallpositionen in Laborrechnungen.\n\n" + body),
            "NORMAL", "de", "newsletter",
            "trap: lab supplier alloy price list (gold, nickel-free), no patient")


def m108():
    rows = [["Jahresübersicht Courtage 2024", "", ""],
            ["Vermittler", "Frank Dierks, Versicherungsmakler (Einzelunternehmen)", ""],
            ["Vermittlernr.", "30-1187", ""],
            ["Monat", "Courtage EUR", "Stornoreserve EUR"],
            ["01/2024", "2.104,20", "210,42"],
            ["02/2024", "1.877,50", "187,75"],
            ["03/2024", "2.411,00", "241,10"],
            ["04-12/2024", "19.980,35", "1.998,04"],
            ["Summe", "26.373,05", "2.637,31"],
            ["Auszahlung gesamt", "23.735,74", ""]]
    body = T("""
    Hallo Herr Dierks,

    wie gewünscht die Jahresübersicht Ihrer Courtage 2024 für Ihren
    Steuerberater als ODS-Datei. Eine Bescheinigung mit Unterschrift
    kommt per Post.

    Viele Grüße
    Lena Vogt
    Provisionsabrechnung
    """)
    return (Mail("Lena Vogt <l.vogt@%s>" % INS,
                 "Frank Dierks <info@dierks-finanz.example>",
                 "Jahresübersicht Courtage 2024",
                 body, atts=[("Courtage_2024_30-1187.ods", ods(rows), ODS)]),
            "CONFIDENTIAL", "de", "insurer-to-broker",
            "sole-trader broker's annual commission income only in ODS attachment")


def m109():
    lines = [
        "WeserSicht - Claim form for glasses and contact lenses",
        "",
        "Policy number: ______________________",
        "Insured person (name): ______________________",
        "Date of purchase: ____________  Optician: ______________________",
        "",
        "Prescription (from optician or ophthalmologist):",
        "      sph       cyl       axis      add       prism",
        "R   _______   _______   _______   _______   _______",
        "L   _______   _______   _______   _______   _______",
        "",
        "Type:  [ ] single vision  [ ] progressive  [ ] contact lenses",
        "Please attach the itemised invoice (frame and lenses separately).",
        "",
        "Bank account for the reimbursement (IBAN): ______________________",
        "Signature: ______________________",
    ]
    body = T("""
    Dear partners,

    please find attached the updated English claim form for WeserSicht,
    for customers who prefer English. The form is blank; please hand it
    out on request. The German version is unchanged.

    Kind regards
    Weserland Partner Service - Vision
    """)
    return (Mail("Partnerservice Sehen <partner-sicht@%s>" % INS,
                 "WeserSicht partner opticians <optiker-partner@%s>" % INS,
                 "Updated claim form (English) - WeserSicht",
                 body, atts=[("WeserSicht_claim_form_EN.pdf",
                              pdf(lines, "Claim form"), PDF)]),
            "NORMAL", "en", "insurer-to-optician",
            "trap: blank claim form with empty prescription and IBAN fields")


def m110():
    body = T("""
    Sehr geehrte Frau Yilmaz,

    vielen Dank für die Unterlagen Ihrer Augenärztin und die Rechnung der
    Kontaktlinseninstitut Hoffmann GmbH.

    Bei Ihnen besteht ein Keratokonus an beiden Augen (rechts Stadium 2,
    links Stadium 1 nach Amsler-Krumeich). Mit Brillengläsern ist kein
    ausreichender Visus erreichbar; formstabile Kontaktlinsen sind daher
    medizinisch notwendig. Die Crosslinking-Behandlung im letzten Herbst
    ist in der Akte vermerkt.

    Ihre gesetzliche Krankenkasse hat sich mit einem Festbetrag von
    112,00 EUR beteiligt. Den Restbetrag der Rechnung (2 formstabile
    Speziallinsen mit Anpassung, 748,00 EUR - 112,00 EUR = 636,00 EUR)
    erstatten wir aus Ihrem Tarif WeserSicht Plus vollständig, da bei
    medizinisch notwendigen Speziallinsen die 300-Euro-Grenze nicht gilt.

    Mit freundlichen Grüßen
    Merle Stöver
    Leistung Sehhilfen
    Versicherungsnummer 7 055 120 843
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Elif Yilmaz <elif.yilmaz@webpost.example>",
                 "Ihre Kontaktlinsen – Erstattung",
                 body, cte="base64"),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "keratoconus, crosslinking and special lenses of a named customer; base64 body")


def m111():
    body = T("""
    Liebe Kolleginnen und Kollegen,

    kurze Klarstellung zu einer Frage aus dem Jour fixe: Wir sind keine
    Zahnarztpraxis und unterliegen daher nicht den Aufbewahrungsfristen
    der Strahlenschutzverordnung (10 Jahre für Röntgenaufnahmen bei
    Erwachsenen). Für eingereichte Röntgenbilder und HKP gilt bei uns
    das Löschkonzept der Leistungsakte: 10 Jahre nach Ende des Vertrags
    bzw. nach Abschluss des Leistungsfalls, soweit keine steuer- oder
    handelsrechtlichen Pflichten entgegenstehen.

    Originale (CDs, Filme) senden wir nach der Prüfung an die Praxis
    oder die versicherte Person zurück und behalten nur Scans.

    Fragen gern an mich.

    Frauke Meiners
    Datenschutzbeauftragte
    """)
    return (Mail("Frauke Meiners <datenschutz@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "Aufbewahrung Röntgenbilder – Klarstellung",
                 body),
            "NORMAL", "de", "internal",
            "trap: data-protection note on retention of X-rays and HKP, no person")


def m112():
    body = T("""
    Sehr geehrter Herr Dr. Siefken,

    die Rechnung der Tierklinik Ammerland vom 12.02.2025 für Ihre
    Hündin "Frieda" (Labrador, 9 Jahre) haben wir aus Ihrer
    Tierkrankenversicherung TK 81-004 219 abgerechnet:

      Zahnsanierung in Narkose (Zahnsteinentfernung,
      Extraktion 108 und 208 wegen Zahnfraktur),
      Dentalröntgen, Narkoseüberwachung      842,37 EUR
      abzgl. Selbstbeteiligung 20 %          -168,47 EUR
      Erstattung                              673,90 EUR

    Die professionelle Zahnreinigung als reine Vorsorge ist in Ihrem
    Tarif nicht versichert; hier war sie aber Teil der medizinisch
    notwendigen Behandlung.

    Mit freundlichen Grüßen
    Tierversicherung
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Tierversicherung <tier-schaden@%s>" % INS,
                 "Dr. Jörg Siefken <info@siefken-zahnaerzte.example>",
                 "Abrechnung Tierklinik Ammerland – Frieda",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "grey: dog's dental treatment under pet insurance (animal health), named owner")


def m113():
    body = T("""
    Dear Mark,

    attached to this mail (in the body, as agreed) our comments on the
    draft wording of the 2025 dental & vision quota share treaty:

    Art. 2 Scope - please add "refractive surgery (LASIK, SMILE, phakic
    IOL) under WeserSicht Plus" explicitly; it is currently only covered
    by the general reference to "vision benefits".

    Art. 5 Claims series - we propose that all claims arising from one
    treatment and cost plan are one claim for the purpose of the per-risk
    retention (EUR 25,000).

    Art. 9 Bordereaux - quarterly, aggregated by tariff and benefit type;
    no individual claimant data, as per our data protection agreement.

    Art. 14 Commission - 32.5 % flat, profit commission 20 % above a loss
    ratio of 75 %.

    Kind regards
    Daniel Okafor
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Mark Ellison <mark.ellison@northsea-re.example>",
                 "Treaty wording 2025 - our comments",
                 body),
            "NORMAL", "en", "insurer-to-partner",
            "trap: reinsurance treaty wording about dental/vision cover, no person")


def m114():
    inner_body = T("""
    Dear Dr Brandes,

    please find below the itemised invoice for Ms Emily Carter as
    requested (invoice HSD-2025-0112, 10.01.2025):

      Date        Tooth  GOZ    Description                       Factor  EUR
      03.12.2024  46     0010   Examination                        2.3    12.94
      03.12.2024  46     Ä5000  Single X-ray                       1.8     7.28
      03.12.2024  46     2210   Full crown, chamfer preparation    3.0   264.35
      03.12.2024  46     2197   Adhesive luting                    2.3    16.82
      10.01.2025  46     2120?  -- cancelled --
      Lab invoice (zirconia crown, Nordlicht Zahntechnik)                 845.00
      Total                                                             1,146.38

    Justification factor 3.0 (2210): deep subgingival margin distally
    after fracture of the old crown, bleeding gingiva, time-consuming
    preparation under retraction cord. Ms Carter also reported
    sensitivity to cold on 45 - we will monitor.

    Kind regards
    Dr Fiona McLeod
    Harbour Smile Dental Hamburg
    """)
    inner = Mail("Dr Fiona McLeod <fiona.mcleod@harbour-smile.example>",
                 "Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "RE: Itemised invoice needed - Ms Emily Carter, tooth 46",
                 inner_body)
    body = T("""
    Hi Katrin,

    see attached - the itemised invoice we asked for. Factor 3.0 is
    justified in my view, please pay as invoiced.

    Henrik
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "FW: itemised invoice",
                 body, atts=[("", inner, "message/rfc822")]),
            "STRICTLY_CONFIDENTIAL", "en", "dentist",
            "itemised crown invoice of a named patient only in the attached message/rfc822")


def m115():
    body = T("""
    Liebe Vertriebskolleginnen und -kollegen,

    immer wieder kommt die Frage, wie Kundinnen und Kunden die drei
    Gesundheitsfragen im Zahnantrag beantworten sollen. Bitte beachten:

    - Wir dürfen die Fragen erläutern, aber niemals für die Kundin
      beantworten oder Antworten "vorschlagen".
    - "Fehlende Zähne" sind alle nicht ersetzten Zähne außer
      Weisheitszähnen; Lücken, die durch KFO geschlossen wurden, zählen
      nicht.
    - "Angeraten oder geplant" umfasst auch mündliche Empfehlungen des
      Zahnarztes ("das müsste man irgendwann machen").
    - Wer unsicher ist, soll beim Zahnarzt nachfragen oder die
      Patientenakte anfordern.
    - Gesundheitsangaben bitte nie per Mail an uns weiterleiten, sondern
      nur über den Online-Antrag bzw. das Papierformular.

    Der Leitfaden liegt im Vertriebsportal unter Zahn > Antrag.

    Ole Harms
    """)
    return (Mail("Ole Harms <o.harms@%s>" % INS,
                 "Vertrieb Nord <vertrieb-nord@%s>" % INS,
                 "Leitfaden: Gesundheitsfragen im Zahnantrag",
                 body),
            "NORMAL", "de", "internal",
            "trap: sales guidance on dental application health questions, no person")


def m116():
    body = T("""
    Dear Ms Sørensen,

    we have settled the invoice of Vet Practice Hafenkante for your cat
    "Mochi" (European Shorthair, 7 years), policy TK 81-011 604:

      Dental treatment under anaesthesia, extraction of three teeth
      affected by feline resorptive lesions (FORL), dental X-rays,
      pain medication                               EUR 614.20
      less deductible 20 %                          EUR -122.84
      Reimbursement                                 EUR  491.36

    The amount will be transferred within three working days.

    Kind regards
    Pet Insurance Claims
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Tierversicherung <tier-schaden@%s>" % INS,
                 "Mette Sørensen <mette.sorensen@inboxmail.example>",
                 "Your claim for Mochi",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "grey: cat's dental treatment under pet insurance (animal health), named owner")


def m117():
    body = T("""
    Dear colleagues,

    the claims system LEA (Dental / Vision modules) will be unavailable
    on Saturday, 22 March, 06:00-14:00, for the installation of release
    25.2 (new rules engine for treatment and cost plans, GOZ analogue
    table, WeserSicht 24-month check).

    The dentist and optician portals will show a maintenance page;
    uploads are buffered and processed afterwards.

    IT Operations
    """)
    return (Mail("IT Operations <it-betrieb@%s>" % INS,
                 "Claims Management <claims-mgmt@%s>" % INS,
                 "Maintenance window LEA Dental/Vision - 22 March",
                 body),
            "NORMAL", "en", "internal",
            "trap: system maintenance notice mentioning cost plans and GOZ")


def m118():
    body = T("""
    Sehr geehrte Frau Meyer,

    zur Direktabrechnung Ihrer Rechnung AO-2025-0061 für unsere
    Versicherte Frau Gesine Uphoff haben wir eine Rückfrage:

    Abgerechnet sind Einstärkengläser mit Prismen
      R sph -0,75  cyl -0,25  A 180°  Prisma 2,0 cm/m Basis 0°
      L sph -1,00  cyl 0,00           Prisma 2,0 cm/m Basis 180°
    sowie eine MKH-Messung (Winkelfehlsichtigkeit) für 85,00 EUR.

    Die Messung nach MKH ist nach unseren Bedingungen keine Sehhilfe und
    nicht erstattungsfähig, die prismatischen Gläser dagegen schon. Frau
    Uphoff hatte in ihrer Einreichung angegeben, dass sie wegen
    Kopfschmerzen und Doppelbildern beim Lesen beim Augenarzt war – liegt
    Ihnen dessen Verordnung vor? Dann würden wir die Gläser vollständig
    übernehmen.

    Mit freundlichen Grüßen
    Merle Stöver
    Leistung Sehhilfen
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Silke Meyer <s.meyer@augenoptik-aurich.example>",
                 "Rückfrage Rechnung AO-2025-0061 (Uphoff)",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-optician",
            "optician query: named customer's prism glasses, double vision and headaches")


def m119():
    body = T("""
    Hallo Henrik,

    für die Zahntechniker-Stelle im Team Beratungszahnärzte hier die
    Eckdaten der Bewerberin, die du am Telefon gut fandest:

      Name:           Jasmin Eilers
      geb.:           03.10.1993, Bremerhaven
      Ausbildung:     Zahntechnikerin (2013), Meisterin (2020)
      derzeit:        Dentallabor Kessler e.K., Delmenhorst, ungekündigt
      Gehaltswunsch:  52.000 EUR brutto/Jahr
      frühester Eintritt: 01.06.2025

    Bitte gib mir bis Freitag Bescheid, ob wir sie zum Gespräch einladen.
    Ihr aktueller Arbeitgeber weiß noch nichts – bitte vertraulich
    behandeln.

    Gruß
    Birte
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Bewerbung Zahntechnikerin – Eilers",
                 body),
            "CONFIDENTIAL", "de", "internal",
            "applicant's birth date, employer and salary expectation")


def m120():
    body = T("""
    Release Notes Weserland-App 6.4 (Rollout ab 24.03.2025)

    Neu:
    - Zahnarzt- und Optikersuche: Suche nach Partnerpraxen und
      WeserSicht-Partneroptikern in der Nähe, mit Filter
      "Direktabrechnung" und "Englisch gesprochen".
    - HKP-Upload: mehrseitige Heil- und Kostenpläne können jetzt als
      ein Dokument fotografiert werden; automatische Randerkennung.
    - Erstattungsübersicht zeigt bei Zahnstaffel-Tarifen den noch
      verfügbaren Betrag pro Versicherungsjahr.

    Behoben:
    - Absturz beim Hochladen von Brillenrezepten im Querformat (Android).
    - "Beleg unleserlich" wurde bei PDF-Rechnungen teils fälschlich
      angezeigt.

    Produktteam Digitale Services
    """)
    return (Mail("Digitale Services <digital@%s>" % INS,
                 "Kundenservice <kundenservice-team@%s>" % INS,
                 "Release Notes Weserland-App 6.4",
                 body),
            "NORMAL", "de", "internal",
            "trap: app release notes about HKP upload and glasses prescriptions, no person")


def m121():
    rows = [["Large dental & vision claims 2024 (> EUR 8,000) - for reinsurer cession", "", "", "", "", ""],
            ["Claim", "Claimant", "Born", "Policy", "Treatment", "Paid EUR"],
            ["LZ-2024-003317", "Wilhelm Harms", "1953-08-02", "7 004 118 260", "full-arch implants upper jaw, sinus lift both sides", 18420.00],
            ["LZ-2024-006102", "Renate Buss", "1960-01-19", "7 012 540 771", "telescopic dentures upper and lower jaw", 11980.55],
            ["LZ-2024-007745", "Kai-Uwe Jacobs", "1971-05-30", "7 026 833 119", "implants 14-16 after periodontitis, GBR", 9874.10],
            ["LS-2024-004471", "Ingrid Lindqvist", "1988-12-04", "7 062 118 540", "Femto-LASIK both eyes", 2000.00],
            ["LZ-2024-008830", "Jutta Brandt", "1966-09-11", "7 019 880 342", "zirconia bridges 13-23, bruxism splint", 8312.44]]
    body = T("""
    Hi Mark,

    as requested, the list of large claims above the cession threshold
    for 2024 (tab "large claims"). Please note the one LASIK row is only
    included because it belongs to the same event file - ignore it for
    the cession.

    Best
    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Mark Ellison <mark.ellison@northsea-re.example>",
                 "Large claims 2024 - cession list",
                 body, atts=[("large_claims_2024.xlsx",
                              xlsx([("large claims", rows)]), XLSX)]),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
            "large-claims list with names, birth dates and treatments only in XLSX to reinsurer")


def m122():
    body = T("""
    Pressespiegel Zahn & Sehen, KW 11

    1. Weser-Kurier (online): "Zahnzusatz: Wann sich der Abschluss
       lohnt" – Verbraucherzentrale rät, auf Zahnstaffel und Wartezeit zu
       achten; Weserland wird als Beispiel für "kundenfreundliche
       Unfallregelung" genannt.
    2. Fachblatt Versicherungswirtschaft: "Sehhilfen-Tarife im Aufwind"
       – Marktübersicht, WeserSicht mit Direktabrechnung positiv erwähnt.
    3. Zahnärztliche Mitteilungen: Kommentar der BZÄK zur ausbleibenden
       GOZ-Novelle ("Punktwert seit 1988 eingefroren").
    4. Ostfriesen-Zeitung: Bericht über Einbruch bei einem Optiker in
       Leer, keine Namen genannt.

    Unternehmenskommunikation
    """)
    return (Mail("Sophie Albers <presse@%s>" % INS,
                 "Vorstand und Bereichsleitungen <fuehrungskreis@%s>" % INS,
                 "Pressespiegel Zahn & Sehen KW 11",
                 body),
            "NORMAL", "de", "internal",
            "trap: press review on dental insurance and an optician burglary, no names")


def m123():
    body = T("""
    Sehr geehrter Herr Brüning,

    zu Ihrer Schadenanzeige aus der Transportversicherung
    (Vertrag TR 77-014 551, Nordlicht Zahntechnik GmbH):

    Schaden-Nr.: S 25-7-000211
    Sendung:     Kurier-Express, Sendungsnr. KX 8841 2207 55, Emden -> Zürich
    Inhalt:      12 Zirkon-Rohlinge und 4 gefräste Gerüste (Auftragsnummern
                 NZ-25-0891 bis -0894, ohne Patientenbezug in den
                 Versandpapieren)
    Warenwert:   3.640,00 EUR
    Status:      laut Kurier seit 07.03.2025 verschollen

    Bitte senden Sie uns die Verlustbestätigung des Kurierdienstes und
    die Handelsrechnung. Sie als Ansprechpartner erreichen wir ja unter
    0491 45 22 071.

    Mit freundlichen Grüßen
    Gesa Lüders
    Transport-Schaden
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Hendrik Brüning <h.bruening@nordlicht-zahntechnik.example>",
                 "Transportschaden S 25-7-000211 – Sendung nach Zürich",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-company",
            "company policyholder's cargo claim with named contact person; no patient")


def m124():
    body = T("""
    Hi Henrik,

    as promised at IDS: CADline Studio 2025.1 is out. Highlights for
    your lab partners:

    - AI-assisted crown proposal for posteriors, 40 % faster design
    - new library for screw-retained implant bridges (multi-unit)
    - direct nesting for zirconia discs 98 mm and 3D printing of models
    - free update for customers with active maintenance

    Trial licence (30 days): https://www.cadline-dental.example/trial

    Best regards
    Lars Bergström
    CADline Dental AB
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "FW: CADline Studio 2025.1 released",
                 body),
            "NORMAL", "en", "newsletter",
            "trap: dental CAD software release mail (crowns, implant bridges)")


def m125():
    body = T("""
    Hi Tobias,

    my client Mr Aidan Murphy (household contents policy HR 11-402 915)
    has moved in with his partner. Please update the policy:

      New address from 1 April 2025: Am Dobben 47, 28203 Bremen
      Co-insured partner: Ms Niamh Gallagher, born 04 July 1991
      Living space: 92 m² (previously 54 m²)
      Sum insured: please increase to EUR 60,000

    He also asked whether his road bike (EUR 2,400) is covered outside
    the flat - I told him only with the bicycle add-on.

    Thanks, Simon
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Bestandsverwaltung Sach <bestand-sach@%s>" % INS,
                 "FW: change of address / co-insured partner - HR 11-402 915",
                 body),
            "CONFIDENTIAL", "en", "broker",
            "broker's request: named client's new address, partner's birth date, household policy")



def m126():
    body = T("""
    Hallo Frau Brandt,

    kein Problem, ich habe den Termin bei Dr. Wendt auf Mittwoch,
    2. April, 14:00 Uhr verlegt. Er weiß Bescheid.

    Viele Grüße
    Katrin Oltmanns
    Leistungsabteilung Zahn

    Am 18.03.2025 um 19:40 schrieb Jutta Brandt:
    > Guten Abend Frau Oltmanns,
    > am 26. kann ich leider nicht, da habe ich Dienst. Geht auch ein
    > Termin Anfang April, gern nachmittags?
    > Gruß J. Brandt
    >
    > Am 17.03.2025 um 11:02 schrieb Katrin Oltmanns:
    >> Sehr geehrte Frau Brandt,
    >> der Gutachter Dr. Wendt hat Ihnen einen Termin am 26.03.2025
    >> um 10:30 Uhr angeboten. Passt Ihnen das?
    >> Mit freundlichen Grüßen
    >> Katrin Oltmanns
    >>
    >> Am 12.03.2025 um 22:15 schrieb Jutta Brandt:
    >>> Sehr geehrte Frau Oltmanns,
    >>> wegen der Begutachtung noch ein wichtiger Hinweis: Ich nehme seit
    >>> meiner Herzklappen-OP 2021 Marcumar (INR-Ziel 2,5-3,5), und mein
    >>> Kardiologe sagt, vor den Extraktionen an 17 und 27 muss das mit
    >>> ihm abgesprochen werden (Bridging mit Heparin). Außerdem blutet
    >>> mein Zahnfleisch seit Wochen beim Putzen. Bitte geben Sie das an
    >>> den Gutachter weiter, damit er nicht einfach ein Implantat
    >>> empfiehlt, das ich dann nicht machen lassen kann.
    >>> Mit freundlichen Grüßen
    >>> Jutta Brandt
    """)
    return (Mail("Katrin Oltmanns <k.oltmanns@%s>" % INS,
                 "Jutta Brandt <jutta.brandt@kabelpost.example>",
                 "AW: AW: AW: Termin Begutachtung",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "harmless top; deep in the quote heart-valve surgery, anticoagulant and planned extractions")


def m127():
    body = T("""
    Makler-Info Zahn & Sehen 03/2025

    Liebe Vertriebspartnerinnen und Vertriebspartner,

    ab 01.04.2025 gilt im Tarif WeserZahn Kids eine verbesserte
    KFO-Leistung:

      KIG 1 und 2 (keine GKV-Leistung):  80 % bis 2.000 EUR (bisher 1.500)
      KIG 3 bis 5 (GKV-Leistung):        100 % der Mehrkosten, z. B. für
                                          Keramikbrackets, Lingualtechnik
      Wartezeit KFO:                      8 Monate (unverändert)

    Zur Erinnerung: Die KIG-Einstufung nimmt der Kieferorthopäde vor, nicht
    wir. Für die Beratung gilt: Kinder sollten möglichst vor dem ersten
    KFO-Termin versichert werden – eine bereits angeratene Behandlung ist
    nicht versicherbar.

    Neue Unterlagen (Produktinformationsblatt, Beispielrechnungen mit
    fiktiven Kindern) finden Sie im Maklerportal.

    Ihr Team Maklerbetreuung
    Weserland Versicherungsgruppe
    """)
    return (Mail("Maklerbetreuung <maklerbetreuung@%s>" % INS,
                 "Makler-Verteiler Nord <makler-nord@%s>" % INS,
                 "Makler-Info Zahn & Sehen 03/2025: mehr KFO-Leistung",
                 body),
            "NORMAL", "de", "insurer-to-broker",
            "trap: broker newsletter about orthodontics (KIG grades, waiting period), no customer")


def m128():
    body = T("""
    Guten Tag Herr Behrens,

    Ihr E-Bike-Diebstahl ist bei uns unter der Schaden-Nr. S 25-1-003377
    erfasst (Hausrat mit Fahrradbaustein, Vertrag HR 11-388 502).

    Laut Ihrer Schilderung wurde das Rad (Kalkhoff Endeavour, Rahmen-Nr.
    WK2219-88431, Kaufpreis 3.299 EUR, gekauft 05/2023) am 17.03.2025
    zwischen 7:30 und 16:30 Uhr vor Ihrem Arbeitsplatz, dem Dentallabor
    Kessler in Delmenhorst, gestohlen – angeschlossen mit einem
    Bügelschloss an den Fahrradständer.

    Bitte schicken Sie uns noch:
    - die Kaufrechnung,
    - beide Schlüssel des Schlosses,
    - die Bestätigung der Polizei (Tagebuchnummer).

    Mit freundlichen Grüßen
    Gesa Lüders
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Lukas Behrens <lukas.behrens@webpost.example>",
                 "Ihr Fahrraddiebstahl S 25-1-003377",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "named customer's bicycle theft claim with employer; no health data")


def m129():
    body = T("""
    Hi all,

    summary of the DPIA for the new "photo upload" of invoices and
    prescriptions in the app (full document in the DPO SharePoint):

    - Data categories: health data (Art. 9 GDPR) - dental invoices,
      treatment and cost plans, glasses prescriptions, eye surgery
      reports; contact data; bank data.
    - Risks identified: photos stored in the phone gallery (mitigation:
      in-app camera, no gallery copy), OCR by external processor
      (mitigation: processing in EU data centre, DPA signed), misrouting
      to the wrong customer file (mitigation: policy number check digit).
    - Residual risk: low. Consultation of the supervisory authority not
      required.
    - Review date: March 2026.

    No real customer data was used in testing; the test set consists of
    synthetic documents.

    Frauke Meiners
    Data Protection Officer
    """)
    return (Mail("Frauke Meiners <datenschutz@%s>" % INS,
                 "Digitale Services <digital@%s>" % INS,
                 "DPIA summary - photo upload of invoices and prescriptions",
                 body),
            "NORMAL", "en", "internal",
            "trap: DPIA summary naming health data categories, no person")


def m130():
    body = T("""
    Dear Ms Petersen,

    we have reviewed your request for pre-approval of SMILE surgery at
    Augenlaserzentrum Nord (cost estimate of 3 March 2025, EUR 4,580.00).

    Unfortunately we cannot confirm cover:

    1. Your refractive error is -2.25 dpt (right) and -2.50 dpt (left).
       WeserSicht Plus covers refractive surgery only from 3.0 dpt in at
       least one eye.
    2. In addition, the clinic notes a history of herpes simplex
       keratitis in your right eye (last episode 2022). The clinic itself
       lists this as a relative contraindication and recommends a
       further examination by your ophthalmologist.

    Your entitlement to glasses and contact lenses (EUR 300 every 24
    months) remains unaffected; you have not used it since 2023.

    Kind regards
    Merle Stöver
    Claims - Vision & Aids
    policy 7 073 558 129
    """)
    return (Mail("Merle Stöver <m.stoever@%s>" % INS,
                 "Sofie Petersen <sofie.petersen@nordpost.example>",
                 "Your SMILE request - decision",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
            "refractive surgery rejection with dioptres and herpes keratitis history of a named customer")


def m131():
    body = T("""
    Hallo Lohnbuchhaltung,

    uns liegt seit heute ein Pfändungs- und Überweisungsbeschluss des
    Amtsgerichts Bremen (Az. 24 M 1187/25) gegen unseren Mitarbeiter
    Herrn Sven Tiedemann, Personalnr. 31207, vor. Gläubigerin ist die
    Nordbank Consumer Finance, Forderung 7.412,38 EUR.

    Nettolohn März: 2.684,20 EUR, unterhaltspflichtig gegenüber einem Kind.
    Der pfändbare Betrag nach Tabelle § 850c ZPO ist ab der Märzabrechnung
    einzubehalten und zu überweisen an:

      Nordbank Consumer Finance
      IBAN DE09 4926 6596 6724 1516 94
      Verwendungszweck 24 M 1187/25 Tiedemann

    Die Drittschuldnererklärung gebe ich heute ab.

    Birte Janssen
    Personal
    """)
    return (Mail("Birte Janssen <b.janssen@%s>" % INS,
                 "Lohnbuchhaltung <lohn@%s>" % INS,
                 "Pfändung Tiedemann 24 M 1187/25",
                 body, charset="iso-8859-1"),
            "CONFIDENTIAL", "de", "internal",
            "wage garnishment of a named employee with net income (iso-8859-1)")


def m132():
    paras = [
        "Erklärung zur Entbindung von der Schweigepflicht",
        "Weserland Krankenversicherung AG – Leistungsabteilung Zahn",
        "",
        "Ich, ______________________ (Name, Vorname), geb. am ____________,",
        "Versicherungsnummer ______________________,",
        "entbinde hiermit die nachfolgend genannten Zahnärztinnen/Zahnärzte, Kieferorthopädinnen/"
        "Kieferorthopäden und zahntechnischen Labore von ihrer Schweigepflicht, soweit dies für die "
        "Prüfung meines Leistungsantrags vom ____________ erforderlich ist:",
        "1. ______________________________________________",
        "2. ______________________________________________",
        "Die Entbindung umfasst: Befunde, Röntgenaufnahmen, Heil- und Kostenpläne, "
        "Behandlungsdokumentation, Laborrechnungen.",
        "Ich kann diese Erklärung jederzeit mit Wirkung für die Zukunft widerrufen.",
        "",
        "Ort, Datum ______________________   Unterschrift ______________________",
    ]
    body = T("""
    Hallo Jonas,

    die Schweigepflichtentbindung Zahn ist von der Rechtsabteilung
    freigegeben (Version 03/2025). Bitte das leere Formular als ODT im
    Dokumentenportal austauschen, die alte Version ab 01.04. nicht mehr
    ausliefern.

    Danke
    Frauke
    """)
    return (Mail("Frauke Meiners <datenschutz@%s>" % INS,
                 "Jonas Wübbena <j.wuebbena@%s>" % INS,
                 "Formular Schweigepflichtentbindung Zahn 03/2025",
                 body, atts=[("Schweigepflichtentbindung_Zahn_2025-03.odt",
                              odt(paras), ODT)]),
            "NORMAL", "de", "internal",
            "trap: blank confidentiality-release form for dentists and labs (ODT)")


def m133():
    body = T("""
    Dear Ms Wübben,

    regarding your fleet policy FL 90-002 118 (DentaKurier Nord GmbH,
    23 vehicles), we have registered the following claim:

      Claim no.:   S 25-5-001566
      Vehicle:     OL-DK 311, Fiat Doblò
      Driver:      Mr Arne Poppe (employee)
      Date:        19 March 2025, 11:20, car park of Lloyd Dental
                   Ceramics, Bremen
      Course:      reversing into a parked delivery van; damage to both
                   rear bumpers. Nobody was hurt.

    Please send us the damage report signed by the driver and the other
    party's insurance details. As fleet manager you can also use the
    fleet portal for the upload.

    Kind regards
    Malte Hinrichs
    Motor Claims - Fleet
    """)
    return (Mail("Malte Hinrichs <m.hinrichs@%s>" % INS,
                 "Karin Wübben <k.wuebben@dentakurier-nord.example>",
                 "Fleet claim S 25-5-001566 - OL-DK 311",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-company",
            "company fleet claim with named contact and driver, plate; nobody hurt")


def m134():
    body = T("""
    Sehr geehrter Herr Meinen,

    zum 01.05.2025 passen wir die Beiträge im Tarif WeserZahn 90 an.
    Grund sind die gestiegenen Leistungsausgaben, vor allem für
    Implantate und Laborkosten. Der unabhängige Treuhänder hat der
    Anpassung zugestimmt.

      Versicherungsnummer:   7 036 447 802
      versicherte Person:    Jörn Meinen
      Beitrag bisher:        31,20 EUR monatlich
      Beitrag ab 01.05.2025: 34,70 EUR monatlich

    Sie haben ein Sonderkündigungsrecht bis zum Ablauf eines Monats nach
    Zugang dieser Mitteilung. Die ausführliche Begründung und die
    maßgeblichen Rechnungsgrundlagen erhalten Sie mit der Post.

    Mit freundlichen Grüßen
    Kundenservice
    Weserland Krankenversicherung AG
    """)
    return (Mail("Kundenservice <kundenservice@%s>" % INS,
                 "Jörn Meinen <joern.meinen@t-post.example>",
                 "Beitragsanpassung WeserZahn 90 zum 01.05.2025",
                 body),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "premium adjustment of a named customer's dental health policy (health line)")


def m135():
    csv = T("""
    quarter,tariff,benefit_type,claims_count,paid_amount_eur,reserve_eur,large_claims_count
    2025Q1,WZ70,prosthetics,,,,
    2025Q1,WZ70,implants,,,,
    2025Q1,WZ90,prosthetics,,,,
    2025Q1,WZ90,implants,,,,
    2025Q1,WZPREM,orthodontics,,,,
    2025Q1,WS_PLUS,refractive_surgery,,,,
    2025Q1,WS_BASIS,glasses_contacts,,,,
    """)
    body = T("""
    Dear Daniel,

    as agreed in Art. 9 of the treaty, please use the attached template
    for the quarterly bordereaux from Q1/2025 onwards. Aggregated figures
    only - please do not add claimant names or policy numbers, cells with
    fewer than 5 claims can be merged into "other".

    Best regards
    Mark Ellison
    North Sea Re
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Claims Analytics <claims-analytics@%s>" % INS,
                 "FW: Bordereau template dental & vision",
                 body, atts=[("bordereau_template_2025.csv", csv, CSV)]),
            "NORMAL", "en", "insurer-to-partner",
            "trap: blank aggregated bordereau template from the reinsurer")


def m136():
    body = T("""
    Sehr geehrte Frau Bakker,

    Ihr Glasbruchschaden ist reguliert:

      Vertrag:     Glasversicherung privat GP 09-207 331
      Schaden-Nr.: S 25-2-000611
      Schaden:     Sprung im Glaskeramik-Kochfeld (Ceran), 12.03.2025,
                   durch herabgefallenen Gewürzstreuer
      Neupreis Kochfeld lt. Angebot Küchen-Eilers: 689,00 EUR
      Montage: 95,00 EUR

    Wir überweisen 784,00 EUR auf Ihr Konto
    DE34 7033 2676 7321 7744 48.

    Mit freundlichen Grüßen
    Gesa Lüders
    """)
    return (Mail("Gesa Lüders <g.lueders@%s>" % INS,
                 "Femke Bakker <femke.bakker@mailbox.example>",
                 "Glasbruch S 25-2-000611 – Zahlung",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-customer",
            "private glass-breakage claim (ceramic hob) with IBAN; no health data")


def m137():
    body = T("""
    Sehr geehrter Herr Nakamura,

    zu Ihrem Umzugsgutschaden (Transportversicherung Umzugsgut UG 78-044 190,
    Schaden-Nr. S 25-7-000240) nach Ihrem Umzug von Düsseldorf nach Bremen
    am 07.03.2025:

      Wandspiegel 180 x 80 cm, zerbrochen         Zeitwert 210,00 EUR
      Fernseher 65", Display beschädigt            Zeitwert 640,00 EUR
      Esstisch, Kratzer (Reparatur Tischler)        Kosten  180,00 EUR
      Summe                                                1.030,00 EUR
      abzgl. SB                                            -150,00 EUR
      Zahlung                                                880,00 EUR

    --- English summary ---
    Dear Mr Nakamura, we accept your claim for the mirror, TV and dining
    table damaged during your move on 7 March and will pay EUR 880.00
    (after the EUR 150 deductible) to your account ending ...5082 9350
    within five working days.

    Mit freundlichen Grüßen / Kind regards
    Ina Bruns
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Kenji Nakamura <kenji.nakamura@inboxmail.example>",
                 "Umzugsgutschaden / relocation damage S 25-7-000240",
                 body),
            "CONFIDENTIAL", "mixed", "insurer-to-customer",
            "bilingual relocation goods claim of a named customer; no health data")


def m138():
    body = T("""
    Hallo Ole,

    für die Tarifkalkulation WeserSicht 2026 die Auswertung der
    Erstattungen seit Start (Stand 21.03.2025), nur Aggregatzahlen:

      Altersgruppe   Versicherte   Erstattungen   Ø Betrag   Anteil Gleitsicht
      0-17              8.412          1.204        181 EUR          0 %
      18-39            21.330          1.887        244 EUR          3 %
      40-59            19.805          2.566        291 EUR         61 %
      60+               6.119          1.018        296 EUR         88 %

    Refraktive Chirurgie: 74 Fälle, Ø 1.912 EUR (beide Augen).
    Auffällig: Kontaktlinsen-Quote bei 18-39 bei 46 %.

    Gruß
    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Ole Harms <o.harms@%s>" % INS,
                 "Auswertung WeserSicht nach Altersgruppen",
                 body),
            "NORMAL", "de", "internal",
            "trap: vision claims statistics by age band, no person")


def m139():
    body = T("""
    Dear Mr Hartley,

    please find your first commission statement below.

      Broker:            Simon Hartley, Hartley Cover Solutions (sole trader)
      Broker no.:        30-1402
      Period:            March 2025
      New business:      6 contracts (dental / vision supplementary)
      Initial commission                     EUR 1,412.60
      Less cancellation reserve 10 %         EUR  -141.26
      Payout                                 EUR 1,271.34
      Paid to:           DE94 4533 3558 1464 7161 12, value date 04.04.2025

    Contract details are available in the broker portal only.

    Kind regards
    Lena Vogt
    Commission Accounting
    """)
    return (Mail("Lena Vogt <l.vogt@%s>" % INS,
                 "Simon Hartley <simon@hartley-cover.example>",
                 "Commission statement March 2025",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-broker",
            "sole-trader broker's commission income and IBAN; no customer names")


def m140():
    body = T("""
    Liebe Beratungszahnärztinnen und -zahnärzte,

    die Aktualisierung der Fachkunde im Strahlenschutz ist für Henrik
    Brandes und Kerstin Wolf bis zum 30.06. fällig (alle fünf Jahre).
    Ich habe für beide den Online-Kurs der Zahnärztekammer am 14./15.05.
    gebucht, Kosten übernimmt die Abteilung.

    Bitte die Teilnahmebescheinigungen danach an mich für die
    Personalakte.

    Viele Grüße
    Nicole Frerichs
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Beratungszahnärzte <beratungszahnaerzte@%s>" % INS,
                 "Aktualisierung Fachkunde Strahlenschutz",
                 body),
            "NORMAL", "de", "internal",
            "organisational: colleagues booked for radiation-protection refresher course")


def m141():
    scan = pdf([
        "bKV Weserland Gruppenvertrag GK 50-001 233 - Sehhilfen Bildschirmarbeitsplatz",
        "Arbeitgeber: Ammerland Logistik GmbH, Personalabteilung",
        "",
        "Name               Pers.-Nr.  Untersuchung G37    Ergebnis / Brille",
        "Andrea Lübben      1042       04.03.2025          BAP-Brille nötig, sph +1,00 Add 1,25",
        "Olaf Grotelüschen  1077       04.03.2025          Katarakt beginnend, Überw. Augenarzt",
        "Meike Rosenbohm    1103       05.03.2025          BAP-Brille nötig, Prisma 1,0",
        "Tarek Haddou       1129       05.03.2025          keine Sehhilfe nötig",
        "",
        "Bitte Kostenübernahme gemäß bKV-Baustein Sehen (max. 250 EUR/Person).",
    ], "Scan")
    body = T("""
    Sehr geehrte Frau Renken,

    vielen Dank, die Liste ist angekommen. Wir haben sie Ihnen zur
    Bestätigung der Personalnummern zurückgeschickt (Anhang).

    Mit freundlichen Grüßen
    Firmenkunden bKV
    """)
    return (Mail("Firmenkunden bKV <bkv@%s>" % INS,
                 "Tanja Renken <personal@ammerland-logistik.example>",
                 "AW: Liste",
                 body, atts=[("scan_0325.pdf", scan, OCTET)]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
            "employees' eye examination results and cataract only in a scanned PDF sent as octet-stream")


def m142():
    body = T("""
    Dear Dr Brandes,

    meet us at IDS Cologne, hall 10.2, booth N040!

    - live demo: fully guided implant surgery in 20 minutes
    - new bone substitute BoneMatrix XG for sinus floor elevation
    - hands-on: immediate loading protocols in the edentulous jaw

    Book a 30-minute slot with our scientific team:
    https://events.osteoline-implants.example/ids2025

    Free day ticket code: IDS25-OSTEO-117

    OsteoLine Dental Systems AG
    """)
    return (Mail("Dr. Henrik Brandes <h.brandes@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "FW: Meet OsteoLine at IDS 2025",
                 "Falls jemand vom Team zur IDS fährt - Tageskarte unten. H.\n\n" + body),
            "NORMAL", "mixed", "newsletter",
            "trap: implant vendor trade-fair invitation (sinus lift, edentulous jaw)")


def m143():
    body = T("""
    Sehr geehrter Herr Dr. Siefken,

    für Ihr neues Praxisfahrzeug haben wir die Versicherungsbestätigung
    erstellt:

      eVB-Nummer:      A7K2QX9
      Versicherungsnehmer: Dr. med. dent. Jörg Siefken
      Fahrzeug:        Hyundai Ioniq 5, FIN KMHKN81AFPU118204
      Zulassung auf:   Praxisanschrift Achternstraße 12, 26122 Oldenburg
      Tarif:           Vollkasko SB 300 / Teilkasko SB 150, SF 12 übernommen
                       aus Vertrag KF 70-221 804

    Die eVB ist 6 Monate gültig. Bitte teilen Sie uns nach der Zulassung
    das Kennzeichen mit.

    Mit freundlichen Grüßen
    Kfz-Vertrag
    Weserland Allgemeine Versicherung AG
    """)
    return (Mail("Kfz-Vertrag <kfz-vertrag@%s>" % INS,
                 "Dr. Jörg Siefken <info@siefken-zahnaerzte.example>",
                 "eVB für Ihr Praxisfahrzeug",
                 body),
            "CONFIDENTIAL", "de", "insurer-to-dentist",
            "eVB, VIN and no-claims class of a named dentist's car")


def m144():
    body = T("""
    Liebe Kolleginnen und Kollegen,

    der Umzug der Leistungsabteilung Zahn/Sehen in das 4. OG steht:

    - Freitag, 4. April, ab 13 Uhr: Kisten packen (werden am Mittwoch
      verteilt). Akten in den verschließbaren Umzugsboxen mit
      Plombe transportieren, nichts offen auf den Wagen.
    - Montag, 7. April: Arbeitsbeginn in den neuen Räumen 4.01-4.18.
    - Telefonnummern bleiben gleich.
    - Röntgenbetrachter und der Scanner für OPG-Filme ziehen in Raum 4.09.

    Bei Fragen: Haustechnik, Durchwahl -1400.

    Nicole
    """)
    return (Mail("Nicole Frerichs <n.frerichs@%s>" % INS,
                 "LZ Zahn Team <lz-zahn@%s>" % INS,
                 "Umzug ins 4. OG am 4./7. April",
                 body),
            "NORMAL", "de", "internal",
            "trap: office move notice mentioning files and X-ray viewer")


def m145():
    body = T("""
    Incident report DP-2025-007 (misdirected e-mail)

    Reported by:  Mareike Sander, Dental Claims, 25.03.2025 10:14
    What:         The approval letter for the treatment and cost plan of
                  our customer Mr Rüdiger Claaßen (policy 7 082 004 418,
                  bridge 14-16 renewal, periodontal maintenance therapy
                  noted) was sent by e-mail to the practice of Dr Aksoy
                  instead of Dr Siefken, his treating dentist.
    Data:         name, policy number, tooth findings 14-16, planned
                  treatment, reimbursement amount; no birth date, no bank
                  data.
    Measures:     Dr Aksoy's practice confirmed deletion in writing at
                  11:02. Letter re-sent to Dr Siefken via the portal.
    Assessment:   Recipient is bound by professional secrecy (§ 203 StGB)
                  and deleted immediately - risk to the data subject
                  assessed as low; no notification to the authority
                  (Art. 33 GDPR), documented internally. Customer informed
                  by phone.

    Frauke Meiners, DPO
    """)
    return (Mail("Frauke Meiners <datenschutz@%s>" % INS,
                 "Nicole Frerichs <n.frerichs@%s>" % INS,
                 "Incident DP-2025-007 - misdirected approval letter",
                 body),
            "STRICTLY_CONFIDENTIAL", "en", "internal",
            "data-breach report naming the customer, tooth findings and periodontal therapy")


def m146():
    body = T("""
    Hallo Bestand Sach,

    bitte Änderung von Makler Dierks einpflegen, s. u.

    Tobias

    > Moin Herr Ahlers,
    >
    > mein Kunde Herr Onno Gerdes, Hausrat HR 11-290 441, hat ein neues
    > Konto für die Beitragszahlung:
    >
    >   Kontoinhaber: Onno Gerdes
    >   IBAN DE52 5354 2315 0253 7983 87
    >
    > Zahlweise bitte ab 01.05. von monatlich auf jährlich umstellen.
    > SEPA-Mandat hängt unterschrieben im Maklerportal.
    >
    > Gruß
    > Frank Dierks
    """)
    return (Mail("Tobias Ahlers <t.ahlers@%s>" % INS,
                 "Bestandsverwaltung Sach <bestand-sach@%s>" % INS,
                 "WG: Kontoänderung Gerdes HR 11-290 441",
                 body),
            "CONFIDENTIAL", "de", "broker",
            "broker passes on a named client's IBAN for a household policy")


def m147():
    body = T("""
    Hi team,

    the anonymised dental claims extract for the churn model is ready in
    the analytics sandbox (table dwh_sandbox.dental_claims_anon_2024):

    - 1.2 m claim lines, 2021-2024
    - policy and claim IDs replaced by random keys, no names, no
      addresses, no dates of birth (age bands of 10 years only)
    - postcodes truncated to 2 digits, cells with k < 10 suppressed
    - tooth numbers and GOZ positions kept, free text removed

    Please do not try to join it with the production tables - the key
    mapping is deleted.

    Daniel
    """)
    return (Mail("Daniel Okafor <d.okafor@%s>" % INS,
                 "Data Science <data-science@%s>" % INS,
                 "Anonymised dental claims extract for churn model",
                 body),
            "NORMAL", "en", "internal",
            "trap: description of an anonymised claims data set (age bands, k-anonymity)")


def m148():
    csv = T("""
    Datum;Leistungserbringer;Art;Zahn;Rechnungsbetrag;Erstattet
    14.02.2024;Dr. Siefken;PZR;-;108,44;108,44
    22.05.2024;Dr. Siefken;Füllung Komposit;36;142,90;128,61
    02.09.2024;Dr. Siefken;Wurzelkanalbehandlung;36;612,33;551,10
    18.10.2024;Dr. Siefken;Krone Zirkon inkl. Labor;36;1.188,20;1.069,38
    12.11.2024;Optik am Markt;Brille Einstärken;-;412,00;300,00
    """)
    summary = pdf([
        "Leistungsübersicht 2024 für das Finanzamt",
        "Versicherungsnehmer: Thorsten Jürgens, VS-Nr. 7 041 552 963",
        "Erstattete Krankheitskosten 2024: 2.157,53 EUR",
        "Selbst getragene Kosten (Eigenanteil) 2024: 306,34 EUR",
        "Keine Beitragsrückerstattung im Jahr 2024.",
    ], "Leistungsuebersicht 2024")
    z = zipfile_of([("Leistungsuebersicht_2024.pdf", summary),
                    ("Einzelaufstellung_2024.csv", csv.encode("cp1252"))])
    body = T("""
    Sehr geehrter Herr Jürgens,

    wie gewünscht erhalten Sie die Unterlagen für Ihre Steuererklärung
    2024 als ZIP-Datei. Das Passwort haben wir Ihnen per SMS geschickt.

    Mit freundlichen Grüßen
    Kundenservice
    """)
    return (Mail("Kundenservice <kundenservice@%s>" % INS,
                 "Thorsten Jürgens <t.juergens@kabelpost.example>",
                 "Ihre Unterlagen für die Steuererklärung 2024",
                 body, atts=[("Weserland_Steuer_2024.zip", z, ZIP)]),
            "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
            "yearly dental/glasses claims list of a named customer only inside the ZIP (PDF+CSV)")


def m149():
    body = T("""
    Dear Ms O'Brien,

    your claim under the rental car excess cover (travel policy RG 55-118
    407, claim S 25-4-000771) has been approved.

    The rental company in Porto charged your credit card EUR 950.00
    excess for a scratch on the passenger door found at the return on
    16 March 2025. According to the damage report nobody was involved
    and nobody was injured.

    We reimburse the full excess of EUR 950.00 to your account ending
    ...3771 42.

    Kind regards
    Ina Bruns
    Travel Claims
    """)
    return (Mail("Ina Bruns <i.bruns@%s>" % INS,
                 "Siobhan O'Brien <siobhan.obrien@webpost.example>",
                 "Rental car excess - claim S 25-4-000771",
                 body),
            "CONFIDENTIAL", "en", "insurer-to-customer",
            "rental-car excess travel claim of a named customer; no health content")


def m150():
    rows = [("Befund (B)", "Was beim Zahnarzt festgestellt wurde, z. B. f = fehlender Zahn, ww = erneuerungsbedürftig"),
            ("Regelversorgung (R)", "Was die gesetzliche Kasse als Standard bezuschusst"),
            ("Therapieplanung (TP)", "Was tatsächlich gemacht werden soll, z. B. K = Krone, B = Brückenglied"),
            ("Festzuschuss", "Fester Betrag der GKV je Befund, unabhängig von der gewählten Versorgung"),
            ("Eigenanteil", "Differenz, die die Zahnzusatzversicherung ganz oder teilweise übernimmt")]
    text = "Zahn-Wissen kompakt: Was steht im Heil- und Kostenplan?\n\n" + \
        "\n".join("%-22s %s" % r for r in rows) + "\n\n" + T("""


    Tipp für die Beratung: Bitten Sie Interessenten nie, Ihnen einen HKP
    zu schicken – Gesundheitsunterlagen gehören in den Antrag bzw. zu uns
    direkt, nicht ins Maklerpostfach.

    Ihr Team Maklerbetreuung
    """)
    html = ("<html><body><h3>Zahn-Wissen kompakt: Was steht im Heil- und Kostenplan?</h3>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            + "".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % r for r in rows)
            + "</table><p>Tipp für die Beratung: Bitten Sie Interessenten nie, Ihnen einen HKP "
            "zu schicken &ndash; Gesundheitsunterlagen gehören in den Antrag bzw. zu uns direkt, "
            "nicht ins Maklerpostfach.</p><p>Ihr Team Maklerbetreuung</p></body></html>")
    return (Mail("Maklerbetreuung <maklerbetreuung@%s>" % INS,
                 "Makler-Verteiler Nord <makler-nord@%s>" % INS,
                 "Zahn-Wissen kompakt: der Heil- und Kostenplan",
                 text, html=html),
            "NORMAL", "de", "insurer-to-broker",
            "trap: broker newsletter explaining the HKP tooth-chart codes, table in text and HTML")



# ------------------------------------------------------------- generation

EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
TOTAL = 150
# IBAN-like strings that are deliberately invalid (written as a typo by a person)
INVALID_OK = set()


def mail_functions():
    g = globals()
    return [(i, g["m%03d" % i]) for i in range(1, TOTAL + 1) if "m%03d" % i in g]


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, fn in mail_functions():
        m, label, lang, kind, reason = fn()
        assert label in EXPECTED, (n, label)
        assert lang in ("de", "en", "mixed"), (n, lang)
        assert "\t" not in reason and "\n" not in reason
        msg = build(m, n)
        data = msg.as_bytes(policy=policy.SMTP)
        name = "d%02d-%04d.eml" % (NN, n)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails" % (len(rows) - 1))


# ------------------------------------------------------------------ check

IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "IE": 22, "HU": 28, "CZ": 24,
            "CH": 21, "GB": 22, "FR": 27, "PL": 28, "LU": 20}
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])(%s)(\d\d)((?:[ ]?[0-9A-Za-z]){10,30})"
                     % "|".join(IBAN_LEN), re.I)
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", re.I)


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_ibans(text):
    out = []
    for mo in IBAN_RE.finditer(text):
        cc = mo.group(1).upper()
        need = IBAN_LEN[cc] - 4
        rest = mo.group(3).replace(" ", "")
        if len(rest) < need:
            continue
        out.append(cc + mo.group(2) + rest[:need])
    return out


def _zip_texts(data, where, errors):
    texts = []
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        bad = z.testzip()
        if bad:
            errors.append("%s: bad zip member %s" % (where, bad))
        for info in z.infolist():
            if info.date_time != ZIPTIME:
                errors.append("%s: zip timestamp %s" % (where, info.filename))
            b = z.read(info.filename)
            texts.extend(_blob_texts(info.filename, b, where, errors))
    except zipfile.BadZipFile as e:
        errors.append("%s: %s" % (where, e))
    return texts


def _pdf_text(b):
    out = []
    for mo in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", b):
        s = re.sub(rb"\\(.)", rb"\1", mo.group(1))
        out.append(s.decode("cp1252", "replace"))
    return "\n".join(out)


def _blob_texts(name, b, where, errors):
    low = (name or "").lower()
    if b[:4] == b"%PDF":
        if b"%%EOF" not in b[-10:] or b"xref" not in b:
            errors.append("%s: broken pdf %s" % (where, name))
        return [_pdf_text(b)]
    if b[:2] == b"PK":
        if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            return _zip_texts(b, where + ":" + name, errors)
        return _zip_texts(b, where + ":" + name, errors)
    if low.endswith(".xml") or low.endswith(".rels"):
        return [re.sub(r"<[^>]+>", " ", b.decode("utf-8"))]
    if low.endswith(".ics"):
        t = b.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errors.append("%s: broken ics" % where)
        return [t]
    if low.endswith(".eml"):
        inner = BytesParser(policy=policy.default).parsebytes(b)
        return _msg_texts(inner, where + ":" + name, errors)
    for enc in ("utf-8", "cp1252"):
        try:
            return [b.decode(enc)]
        except UnicodeDecodeError:
            pass
    errors.append("%s: undecodable %s" % (where, name))
    return []


def _msg_texts(msg, where, errors):
    texts = [str(msg.get(h, "")) for h in ("From", "To", "Cc", "Subject")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "message":
            continue
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            texts.append(part.get_content())
            continue
        payload = part.get_payload(decode=True)
        if ct == "text/calendar" and not (fn or "").lower().endswith(".ics"):
            fn = (fn or "x") + ".ics"
        texts.extend(_blob_texts(fn or ct, payload, where, errors))
    # nested messages are walked by msg.walk() already
    return texts


def check():
    errors = []
    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    for ln in lines[1:]:
        if not ln:
            continue
        parts = ln.split("\t")
        if len(parts) != 5:
            errors.append("labels.tsv row: %r" % ln)
            continue
        labels[parts[0]] = parts
    counts = {}
    langs = {}
    for p in labels.values():
        counts[p[1]] = counts.get(p[1], 0) + 1
        langs[p[2]] = langs.get(p[2], 0) + 1
        if p[1] == "NORMAL" and p[4].startswith("trap:") is False:
            pass
        if p[1] != "NORMAL" and p[4].startswith("trap:"):
            errors.append("%s: trap reason on sensitive label" % p[0])
    if counts != EXPECTED:
        errors.append("label counts %r" % counts)
    files = sorted(os.listdir(OUT))
    want = ["d%02d-%04d.eml" % (NN, i) for i in range(1, TOTAL + 1)]
    if files != want:
        errors.append("file list differs (%d files)" % len(files))
    if set(labels) != set(want):
        errors.append("labels.tsv files differ")
    n_att = 0
    for name in files:
        path = os.path.join(OUT, name)
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not CRLF" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if not msg.get(h):
                errors.append("%s: missing %s" % (name, h))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        texts = _msg_texts(msg, name, errors)
        n_att += sum(1 for p in msg.walk() if p.get_filename()
                     or p.get_content_type() == "message/rfc822")
        blob = "\n".join(texts)
        for h in ("From", "To", "Cc", "Reply-To"):
            for v in msg.get_all(h, []):
                for dom in MAIL_RE.findall(str(v)):
                    if not dom.lower().endswith(".example"):
                        errors.append("%s: header domain %s" % (name, dom))
        for dom in MAIL_RE.findall(blob) + URL_RE.findall(blob):
            d = dom.lower().rstrip(".")
            if not d.endswith(".example"):
                errors.append("%s: domain %s" % (name, dom))
        for ib in find_ibans(blob):
            if not iban_ok(ib) and ib.upper() not in INVALID_OK:
                errors.append("%s: IBAN checksum %s" % (name, ib))
    for e in errors:
        print("ERROR", e)
    print("mails: %d, labels: %r, langs: %r, files with attachments/parts: %d"
          % (len(files), counts, langs, n_att))
    print("check %s" % ("FAILED" if errors else "OK"))
    return not errors


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    generate()
