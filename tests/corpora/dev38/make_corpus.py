#!/usr/bin/env python3
"""Corpus dev38 (prefix d38): hand-written fictitious mails of the invented insurer
"Alpenrhein Versicherungsgruppe" (alpenrhein-vers.example; Lindau, Bregenz, St. Gallen).

Usage:  python make_corpus.py          # writes mails/ and labels.tsv
        python make_corpus.py --check  # rebuild twice, compare with disk, parse & open everything

Every mail is written out by hand in its own section below ("MAILS").  Shared pieces are
only the MIME helpers, the staff signatures and the legal footers.  Randomness is used
only for MIME boundaries and Message-ID tokens, seeded per mail from the corpus seed 38.
"""
import sys, os, io, re, zipfile, datetime, random, hashlib
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from email.parser import BytesParser

PREFIX = "d38"
SEED = 38
DOM = "alpenrhein-vers.example"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 1, 5, 8, 0, 0, tzinfo=datetime.timezone.utc)
ZIPTIME = (2026, 1, 5, 8, 0, 0)

# --------------------------------------------------------------------------- helpers

def dt(mo, day, h, mi, s=0):
    """Date header in Central European time (DST from 29 March 2026)."""
    off = 2 if (mo, day) >= (3, 29) and (mo, day) < (10, 25) else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(2026, mo, day, h, mi, s, tzinfo=tz))


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def fix_zip(data, order=None):
    """Rewrite a ZIP (xlsx/docx/odf) with fixed member times so reruns are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zi.create_system = 3
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps dcterms:modified with the current time when saving
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-01-05T08:00:00Z\g<2>", data)
            dst.writestr(zi, data)
    return out.getvalue()


def zipb(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return out.getvalue()


def pdf(title, paragraphs, author="Alpenrhein Versicherungsgruppe"):
    """PDF with a text layer. paragraphs: list of str; '' gives a blank line; '#...' bold."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED)
    p.set_title(title)
    p.set_author(author)
    p.set_producer("Alpenrhein Dokumentservice")
    p.set_creator("Alpenrhein Dokumentservice")
    p.add_page()
    p.set_margins(20, 20, 20)
    p.set_x(20)
    for para in paragraphs:
        if para.startswith("#"):
            p.set_font("Helvetica", "B", 12)
            p.multi_cell(0, 6, para[1:].strip(), new_x="LMARGIN", new_y="NEXT")
            p.ln(2)
        elif para == "":
            p.ln(4)
        else:
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def xlsx(sheets, creator="Alpenrhein"):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return fix_zip(b.getvalue())


def docx(paragraphs, author="Alpenrhein", table=None):
    """paragraphs: list of str ('#' = heading). table: optional list of rows appended at the end."""
    import docx as _d
    d = _d.Document()
    for para in paragraphs:
        if para.startswith("#"):
            d.add_heading(para[1:].strip(), level=1)
        else:
            d.add_paragraph(para)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue())


def _odf_reset():
    """odfpy keeps known namespaces in a class-level dict (Element.namespaces) that grows
    from document to document; clear it so each file depends only on its own content."""
    from odf.element import Element
    Element.namespaces.clear()


def ods(rows, name="Tabelle1"):
    _odf_reset()
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)):
                tc = TableCell(valuetype="float", value=v)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return fix_zip(b.getvalue())


def odt(paragraphs):
    _odf_reset()
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for para in paragraphs:
        if para.startswith("#"):
            doc.text.addElement(H(outlinelevel=1, text=para[1:].strip()))
        else:
            doc.text.addElement(P(text=para))
    b = io.BytesIO()
    doc.write(b)
    return fix_zip(b.getvalue())


MIME = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "txt": ("text", "plain"),
}


def att(filename, data, mtype=None):
    """An attachment tuple.  mtype overrides the MIME type ('application/octet-stream')."""
    if mtype is None:
        mtype = "/".join(MIME[filename.rsplit(".", 1)[1].lower()])
    return (filename, data, mtype)


def msg(frm, to, subject, date, body=None, *, cc=None, html=None, atts=(), charset="utf-8",
        cte=None, flowed=False, html_only=False, headers=(), reply_to=None, irt=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(crlf(html), subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(crlf(body), charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(crlf(html), subtype="html", charset=charset)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a, cte="8bit")
            continue
        fn, data, mtype = a
        mt, st = mtype.split("/")
        if mt == "text":
            if isinstance(data, bytes):
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
            else:
                m.add_attachment(crlf(data), subtype=st, filename=fn)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def inner(frm, to, subject, date, body, charset="utf-8", cte=None, atts=()):
    """A forwarded message (message/rfc822) as written by an outside party."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = "<%s@%s>" % (hashlib.sha1((subject + date).encode()).hexdigest()[:16],
                                   frm.split("@")[-1].strip(">"))
    m.set_content(crlf(body), charset=charset, cte=cte)
    for fn, data, mtype in atts:
        mt, st = mtype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    return m


def finalize(n, m):
    rng = random.Random(SEED * 100000 + n)
    if "Message-ID" not in m:
        tok = "%012x" % rng.getrandbits(48)
        m["Message-ID"] = "<%s.%04d.%s@%s>" % (PREFIX, n, tok, DOM)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_AR%04d_%d_%08X" % (n, i, rng.getrandbits(32)))
            i += 1
    return m.as_bytes(policy=policy.SMTP)


# --------------------------------------------------------------------------- staff

def A(name, local):
    return "%s <%s@%s>" % (name, local, DOM)

TA = A("Tobias Allgaier", "tobias.allgaier")
SW = A("Sabine Wetzel", "sabine.wetzel")
JR = A("Jonas Reichle", "jonas.reichle")
PH = A("Petra Hagspiel", "petra.hagspiel")
ME = A("Markus Eberle", "markus.eberle")
IK = A("Ines Kögel", "ines.koegel")
RS = A("Dr. Ruth Sailer", "ruth.sailer")
FZ = A("Florian Zech", "florian.zech")
HB = A("Hanna Brugger", "hanna.brugger")
MK = A("Matthias Kreuzer", "matthias.kreuzer")
VF = A("Verena Fink", "verena.fink")
LB = A("Lukas Bereuter", "lukas.bereuter")
DM = A("Daniela Moosbrugger", "daniela.moosbrugger")
SG = A("Stefan Gmeiner", "stefan.gmeiner")
ER = A("Elisabeth Rhomberg", "elisabeth.rhomberg")
RB = A("Reto Baumgartner", "reto.baumgartner")
CF = A("Corinne Frei", "corinne.frei")
UK = A("Urs Kellenberger", "urs.kellenberger")
NH = A("Nadine Hug", "nadine.hug")
MS = A("Marco Schai", "marco.schai")
PORTAL = A("Alpenrhein SecureMail", "no-reply-portal")
NEWS = A("Alpenrhein Versicherungsgruppe", "newsletter")
SERVICEDESK = A("IT-Servicedesk Alpenrhein", "servicedesk")
LEIST_KV = A("Leistung Kranken Lindau", "leistung-kranken")
SCHADEN = A("Schadenservice Alpenrhein", "schaden")
EXPAT = A("Alpenrhein Expat Service", "expat")

FOOT_DE = """--
Alpenrhein Versicherung AG · Bregenzer Straße 41 · 88131 Lindau (Bodensee)
Vorstand: Dr. Annette Wohlgemuth (Vors.), Klaus Ammann · AR-Vors.: Georg Fessler
Sitz Lindau, Amtsgericht Kempten HRB 14 822"""

FOOT_AT = """--
Alpenrhein Versicherung AG Österreich · Seestraße 7 · 6900 Bregenz
FN 318 455 k, Landesgericht Feldkirch · DVR 0091 442"""

FOOT_CH = """--
Alpenrhein Versicherungen (Schweiz) AG · Rorschacher Strasse 112 · 9000 St. Gallen
CHE-381.227.904 MWST"""

SIG = {
    "TA": "Gruß\nTobias Allgaier\nKfz-Schaden · Lindau\nTel. +49 8382 7091-214\n" + FOOT_DE,
    "SW": "Freundliche Grüße\n\nSabine Wetzel\nLeistungsabteilung Krankenversicherung\nAlpenrhein Versicherung AG, Lindau\nTel. +49 8382 7091-330\n" + FOOT_DE,
    "JR": "Jonas Reichle\nIT-Service · Lindau · Durchwahl -190",
    "PH": "Petra Hagspiel\nDatenschutzbeauftragte der Alpenrhein Versicherungsgruppe\nLindau · Bregenz · St. Gallen\n" + FOOT_DE,
    "ME": "Viele Grüße\nMarkus Eberle\nMaklerbetreuung Süd\nMobil +49 171 4420 983\n" + FOOT_DE,
    "IK": "Ines Kögel\nPersonal & Organisation, Lindau",
    "RS": "Dr. med. Ruth Sailer\nGesellschaftsärztin · Risikoprüfung Leben/BU\nAlpenrhein Versicherung AG",
    "FZ": "Mit freundlichen Grüßen\n\nFlorian Zech\nLeistung Leben & Berufsunfähigkeit\nTel. +49 8382 7091-402\n" + FOOT_DE,
    "HB": "Liebe Grüße aus Lindau\nHanna Brugger\nSachschaden Privatkunden\n" + FOOT_DE,
    "MK": "Matthias Kreuzer\nEinkauf & Facility Management\nAlpenrhein Versicherung AG · Lindau\n" + FOOT_DE,
    "VF": "Liebe Grüße\nVerena Fink\nKundenservice Kranken Österreich\nT +43 5574 4611-22\n" + FOOT_AT,
    "LB": "Mit freundlichen Grüßen\nLukas Bereuter\nUnfall-Leistung · Bregenz\n" + FOOT_AT,
    "DM": "Daniela Moosbrugger\nReiseversicherung / Travel Assistance · Bregenz\n+43 5574 4611-60 (24/7: +43 5574 4611-0)\n" + FOOT_AT,
    "SG": "lg Stefan Gmeiner\nKfz Österreich\n" + FOOT_AT,
    "ER": "Mit freundlichen Grüßen\n\nDr. Elisabeth Rhomberg\nRechtsschutz · Bregenz\n" + FOOT_AT,
    "RB": "Freundliche Grüsse\nReto Baumgartner\nSchaden Sach & Motorfahrzeug\n" + FOOT_CH,
    "CF": "Freundliche Grüsse\n\nCorinne Frei\nZusatzversicherungen Kranken (VVG)\nTel. +41 71 244 18 50\n" + FOOT_CH,
    "UK": "Urs Kellenberger\nKommunikation & Marketing · St. Gallen\n" + FOOT_CH,
    "NH": "Kind regards\nNadine Hug\nExpat Service · St. Gallen\n+41 71 244 18 77\n" + FOOT_CH,
    "MS": "Marco Schai\nAktuariat Gruppe · St. Gallen",
}

# --------------------------------------------------------------------------- registry

MAILS = {}


def mail(n, label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
    assert lang in ("de", "en")
    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco

# =========================================================================== MAILS

@mail(1, "STRICTLY_CONFIDENTIAL", "de", "customer", "customer's dialect mail forwarded: Krankenstand, Bandscheibenvorfall, Spital Feldkirch, SVNR")
def _():
    return msg(VF, LEIST_KV, "WG: krankenstand jänner", dt(2, 2, 8, 41),
"""Hallo Sabine,

bitte übernehmen, ist eine Kundin mit Sonderklasse-Zusatz bei uns in AT, die
Abrechnung läuft aber über euch in Lindau (Tarif KS-Plus). Rechnung vom Spital
kommt lt. Kundin direkt.

""" + SIG["VF"] + """

-----Ursprüngliche Nachricht-----
Von: Andrea Schwärzler <a.schwaerzler@vlbg-mail.example>
Gesendet: Sonntag, 1. Februar 2026 21:57
An: service-at@alpenrhein-vers.example
Betreff: krankenstand jänner

servus
war vom 7. bis 23. jänner im krankenstand wegen dem bandscheibenvorfall (L5/S1),
davon 4 tage im LKH Feldkirch stationär. hab sonderklasse bei euch.
brauchts ihr da noch was von mir? svnr 4827 030791, e-card hab ich im spital
hergezeigt.
lg andrea

gesendet vom handy
""", cte="quoted-printable")


@mail(2, "NORMAL", "de", "internal", "trap: aggregated claims statistics Kranken AT by ICD-10 chapter, no persons (XLSX)")
def _():
    rows = [("ICD-10-Kapitel", "Bezeichnung", "Fälle 2025", "Leistung EUR", "Ø je Fall"),
            ("IX", "Krankheiten des Kreislaufsystems (I00-I99)", 412, 1873400, 4547),
            ("XIII", "Muskel-Skelett-System (M00-M99)", 988, 2411200, 2440),
            ("XIX", "Verletzungen (S00-T98)", 1204, 3120950, 2592),
            ("II", "Neubildungen (C00-D48)", 137, 2988100, 21811),
            ("V", "Psychische und Verhaltensstörungen (F00-F99)", 221, 804300, 3639),
            ("XV", "Schwangerschaft, Geburt (O00-O99)", 318, 1290400, 4058),
            ("", "übrige Kapitel", 1766, 2210300, 1252)]
    return msg(MS, A("Leitungskreis Kranken", "lk-kranken"), "Schadenstatistik KV Österreich 2025 nach ICD-Kapitel",
               dt(1, 14, 10, 5),
"""Hallo zusammen,

wie im Jour fixe besprochen die Auswertung der Sonderklasse-Leistungen 2025 für
Österreich, gruppiert nach ICD-10-Kapitel. Alles aggregiert, Kapitel mit weniger
als 30 Fällen sind in "übrige" zusammengefasst. Auffällig: Verletzungen (Ski!)
wieder an Platz 1 nach Fallzahl, Neubildungen mit Abstand teuerster Einzelfall-Schnitt.

Für die Tarifkalkulation 2027 reicht das so, Detaildaten bleiben im DWH.

""" + SIG["MS"], atts=[att("KV_AT_2025_ICD_Kapitel.xlsx", xlsx([("2025", rows)], "Marco Schai"))])


@mail(3, "CONFIDENTIAL", "de", "insurer-to-customer", "motor AT: named customer, plate and claim number, parking damage, brisk reply")
def _():
    return msg(SG, "Bernhard Fessler <b.fessler@laendle-net.example>",
               "AW: Parkschaden Bregenz Hafen", dt(1, 8, 11, 12),
"""Servus Herr Fessler,

passt, hab's angelegt: Schaden-Nr. K-AT-26-000317, Ihr Fahrzeug B-418 KF.
Fotos sind da. Die Gegnerin (Kennzeichen FK-22 PLN) ist bei der Wiener Städtischen,
wir holen uns das dort. Sie brauchen nix mehr tun, Werkstatt können Sie frei
wählen, Kostenvoranschlag einfach an mich.

""" + SIG["SG"] + """

Am 07.01.2026 um 18:03 schrieb Bernhard Fessler:
> hallo, hab heut beim hafen parkiert und wie ich zurück bin war die
> stoßstange hinten eingedrückt, zettel mit nummer war drauf. fotos im anhang.
> polizze 40-118-2273
""")


@mail(4, "NORMAL", "en", "newsletter", "trap: travel newsletter about health cover, EHIC, ski accidents; no personal data")
def _():
    text = """ALPENRHEIN TRAVEL | Winter 2026

Ski season is here – five things to check before you hit the slopes

1. Your European Health Insurance Card (EHIC) covers only public hospitals and
   standard treatment. Mountain rescue by helicopter is NOT covered. A private
   helicopter transfer in Tyrol or Graubünden easily costs EUR 4,000-8,000.
2. Knee injuries (ACL tears) are still the most frequent ski injury. Our travel
   health cover pays treatment and the flight home if a doctor says it is needed.
3. Skiing off-piste? Read the exclusions, especially if you go with a guide.
4. Bring a list of your regular medication in English or German.
5. Save our 24/7 assistance number: +43 5574 4611-0

Not yet insured? Travel health from EUR 1.90 per day: www.alpenrhein-vers.example/travel

You receive this newsletter because you subscribed on our website.
Unsubscribe: www.alpenrhein-vers.example/newsletter/off
Alpenrhein Versicherung AG Österreich, Seestraße 7, 6900 Bregenz"""
    html = """<html><body style="font-family:Arial">
<h2>Ski season is here &ndash; five things to check before you hit the slopes</h2>
<ol>
<li>Your <b>European Health Insurance Card (EHIC)</b> covers only public hospitals and standard treatment. Mountain rescue by helicopter is <b>not</b> covered.</li>
<li>Knee injuries (ACL tears) are still the most frequent ski injury. Our travel health cover pays treatment and the flight home if a doctor says it is needed.</li>
<li>Skiing off-piste? Read the exclusions.</li>
<li>Bring a list of your regular medication in English or German.</li>
<li>Save our 24/7 assistance number: +43 5574 4611-0</li>
</ol>
<p>Not yet insured? Travel health from EUR 1.90 per day.</p>
<p style="font-size:small">Unsubscribe: www.alpenrhein-vers.example/newsletter/off<br>Alpenrhein Versicherung AG &Ouml;sterreich, Seestra&szlig;e 7, 6900 Bregenz</p>
</body></html>"""
    return msg(NEWS, "subscribers@lists.alpenrhein-vers.example", "Ski season: 5 things to check before you go",
               dt(1, 9, 7, 0), text, html=html, headers=[("List-Unsubscribe", "<https://www.alpenrhein-vers.example/newsletter/off>")])


@mail(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel health claim: tibial plateau fracture skiing in Lech, hospital Bludenz, named UK tourist")
def _():
    return msg(DM, "Oliver Whitcombe <ollie.whitcombe@brit-mail.example>", "RE: broken leg Lech - claim TR-26-01184",
               dt(1, 21, 15, 30),
"""Dear Mr Whitcombe,

thank you for the photos of the discharge letter. I have opened claim TR-26-01184
under your travel policy RV-7730-1192.

The hospital in Bludenz (LKH Bludenz) will send the invoice for the surgery of the
tibial plateau fracture (S82.1) directly to us, you do not need to pay it. For the
flight home on 27 January we have booked a seat with extra leg room and a
wheelchair service at Zurich airport, as Dr. Nägele recommended. The orthopaedic
brace from the Sanitätshaus in Bludenz (EUR 218.40) you paid yourself: please send
us the receipt and your bank details and we refund it.

Get well soon.

""" + SIG["DM"] + """

-----Original Message-----
From: Oliver Whitcombe <ollie.whitcombe@brit-mail.example>
Sent: 20 January 2026 19:44
Subject: broken leg Lech

Hi, I had a bad fall on the Madloch run on Sunday and broke my leg (tibia near
the knee). They operated me in Bludenz yesterday, plates and screws. Doctor says
no flying for 7 days and I need the aisle seat. What do I need to do? The
insurance papers are in my hotel in Lech, I think number is RV-7730-1192.
Ollie
""")


@mail(6, "CONFIDENTIAL", "de", "customer", "Swiss customer (ss spelling) reports cellar burglary, stolen bike, policy number; forwarded")
def _():
    return msg(RB, A("Schadenannahme Schweiz", "schaden-ch"), "WG: Einbruch Keller / Velo gestohlen",
               dt(1, 12, 9, 2),
"""Bitte erfassen (Hausrat, einfacher Diebstahl ausser Haus? nein, Keller = Einbruchdiebstahl).
Polizeirapport nachfordern. Danke, Reto

Von: Thomas Wüst <thomas.wuest@bluewin-mail.example>
Gesendet: Sonntag, 11. Januar 2026 20:15
Betreff: Einbruch Keller

Grüezi

Bei uns im Mehrfamilienhaus an der Zürcherstrasse 18 in Wil wurde in der Nacht auf
Samstag in mehrere Kellerabteile eingebrochen. Bei uns fehlt mein Velo (Cube
Kathmandu, grau, ca. 1'450 Franken, Rahnennummer WCU28841K) und zwei Paar Ski.
Die Polizei war da, den Rapport schicke ich nach sobald ich ihn habe.
Unsere Police ist die 71-204-88310 (Hausrat).

Freundliche Grüsse
Thomas Wüst
""")


@mail(7, "NORMAL", "de", "internal", "trap: IT ticket about scanner not processing 'Arztrechnungen', no person")
def _():
    return msg(SERVICEDESK, VF, "[INC-2026-00412] Scanner 2.OG Bregenz – Arztrechnungen werden nicht erkannt",
               dt(1, 13, 14, 20),
"""Ticket INC-2026-00412 wurde aktualisiert.

Status: In Bearbeitung
Zugewiesen an: Jonas Reichle (IT-Service Lindau)

Kommentar Jonas Reichle:
Die OCR-Klassifizierung auf dem Kyocera im 2. OG schiebt seit dem Update vom
12.01. alle Belege in den Ordner "Sonstiges" statt "Arztrechnungen/Rezepte".
Ursache ist das neue Barcode-Deckblatt (Version 3), das Profil kennt es noch nicht.
Workaround: bis morgen bitte die alten Deckblätter (gelb) verwenden.
Fix wird heute Abend eingespielt, Scanner ist ab 18:00 ca. 30 min offline.

Bitte antworten Sie nicht direkt auf diese Nachricht. Zum Ticket:
https://servicedesk.alpenrhein-vers.example/ticket/INC-2026-00412
""")


@mail(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "formal BU letter: claim review, recurrent depression F33.1, request for medical reports")
def _():
    return msg(FZ, "Jürgen Haslach <j.haslach@t-mail.example>", "Ihr Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung – BU-4471203",
               dt(2, 4, 10, 45),
"""Sehr geehrter Herr Haslach,

wir haben Ihren Antrag auf Leistungen aus Ihrer selbständigen Berufsunfähigkeits-
versicherung (Versicherungsschein BU-4471203) am 29. Januar 2026 erhalten. Vielen
Dank für die ausführliche Tätigkeitsbeschreibung als Disponent.

Sie geben an, seit dem 3. November 2025 wegen einer rezidivierenden depressiven
Störung (ICD-10 F33.1) arbeitsunfähig zu sein und sich in Behandlung bei
Herrn Dipl.-Psych. Martin Obermayer sowie Ihrer Hausärztin Frau Dr. Kremser
in Wangen zu befinden. Damit wir den Grad der Berufsunfähigkeit beurteilen können,
benötigen wir:

1. die Schweigepflichtentbindung für die beiden Behandler (Formular liegt bei),
2. den Entlassbericht der Tagesklinik Wangen (Aufenthalt Dezember 2025),
3. eine Aufstellung der verordneten Medikamente seit 2024.

Die Unterlagen können Sie uns gern sicher über unser Kundenportal senden. Sobald
alles vorliegt, melden wir uns innerhalb von zehn Arbeitstagen.

""" + SIG["FZ"], cte="quoted-printable")


@mail(9, "CONFIDENTIAL", "en", "insurer-to-customer", "seasonal worker liability claim: broken window in staff house, name, policy number, non-native English quoted")
def _():
    return msg(HB, "Mihai Dobre <mihai.dobre93@mailbox.example>", "RE: window broken in staff house - PHV-5512087",
               dt(1, 16, 13, 10),
"""Hello Mr Dobre,

no problem, this is a typical case for your personal liability insurance
(PHV-5512087). I opened claim S-26-004471. Please ask the hotel (your landlord)
to send us the glazier's invoice or an estimate, then we pay the landlord directly.
Your deductible is EUR 150.

Best regards from Lindau
Hanna Brugger
Property & Liability Claims

""" + FOOT_DE + """

On 15.01.2026 22:31, Mihai Dobre wrote:
> hello, I am work in Hotel Seerose in Lindau like cook for winter season. In
> the staff house I open the window to much and it fall and the glass is
> broken complete. The manager say I must pay 380 euro or the insurance. I have
> privat liability with you since november, number PHV-5512087. what I must do?
> thank you Mihai
""")


@mail(10, "NORMAL", "de", "insurer-to-supplier", "trap: purchase order first-aid kits and AED pads for the three offices (PDF), supplier GmbH")
def _():
    p = pdf("Bestellung 4500018823", [
        "#Bestellung Nr. 4500018823",
        "Alpenrhein Versicherung AG, Einkauf, Bregenzer Straße 41, 88131 Lindau",
        "Lieferant: MediSafe Betriebsbedarf GmbH, Kemptener Straße 9, 87509 Immenstadt",
        "Datum: 19.01.2026   Ihre Kundennummer: 20417",
        "",
        "Pos 1  6 x Erste-Hilfe-Koffer DIN 13157, gefüllt                 à 64,90  = 389,40",
        "Pos 2  3 x Nachfüllset DIN 13169                                  à 38,50  = 115,50",
        "Pos 3  4 x AED-Elektroden Erwachsene (Philips HeartStart HS1)     à 49,00  = 196,00",
        "Pos 4  2 x AED-Elektroden Kinder/Säuglinge                        à 82,00  = 164,00",
        "Pos 5  1 x Augenspülflasche 500 ml, Karton à 10                   à 42,00  =  42,00",
        "",
        "Summe netto EUR 906,90 zzgl. MwSt.",
        "Lieferadressen: je 2 Koffer an Lindau, Bregenz (Seestraße 7) und St. Gallen (Rorschacher Strasse 112).",
        "Zahlungsziel 30 Tage netto.",
    ], "Matthias Kreuzer")
    return msg(MK, "Bestellungen MediSafe <bestellung@medisafe-betriebsbedarf.example>", "Bestellung 4500018823 – Erste Hilfe / AED",
               dt(1, 19, 9, 30),
"""Guten Morgen Frau Rauch,

anbei unsere Bestellung für den Jahrestausch. Die AED-Pads bitte mit Ablaufdatum
nicht vor 2028, beim letzten Mal waren zwei Packungen dabei, die schon im Herbst
abgelaufen wären. Lieferung an die drei Standorte wie angegeben.

""" + SIG["MK"], atts=[att("Bestellung_4500018823.pdf", p)])


@mail(11, "CONFIDENTIAL", "de", "insurer-to-customer", "AT household: new AT IBAN for premium collection confirmed, named customer, policy")
def _():
    return msg(VF, "Gerlinde Hämmerle <gerli.haemmerle@aon-mail.example>", "AW: neue Bankverbindung",
               dt(1, 22, 16, 2),
"""Liebe Frau Hämmerle,

erledigt – ab der Februar-Prämie buchen wir Ihre Haushaltsversicherung
(Polizze HH-40-771902) vom neuen Konto ab:

IBAN AT31 3742 0843 6018 8187 (Raiffeisenbank im Rheintal)
Kontoinhaberin: Gerlinde Hämmerle

Das SEPA-Mandat gilt weiter, Sie müssen nichts unterschreiben.

""" + SIG["VF"] + """

> Grüß Gott, ich hab die Bank gewechselt, bitte ab jetzt vom neuen Konto
> abbuchen AT313742084360188187. Danke, G. Hämmerle, Hohenems
""")


@mail(12, "STRICTLY_CONFIDENTIAL", "de", "internal", "life underwriting note: applicant with BMI, blood pressure, metformin, HbA1c")
def _():
    return msg(RS, A("Antragsprüfung Leben", "antrag-leben"), "Risikoprüfung RL-Antrag 26-00931 Kessler",
               dt(1, 23, 11, 48),
"""Votum zu Antrag 26-00931, Risikolebensversicherung, VS 250.000 EUR, 20 J.

Antragsteller: Daniel Kessler, geb. 14.09.1979, Maschinenbautechniker, Kressbronn
Größe 181 cm, Gewicht 104 kg (BMI 31,7), RR lt. Hausarzt 142/91 (2 Messungen),
Diabetes mellitus Typ 2 seit 2022 (E11.9), Metformin 1000 mg 1-0-1,
HbA1c 6,8 % (Labor 11/2025), keine Folgeerkrankungen bekannt, Nichtraucher.

Entscheidung: Annahme mit Risikozuschlag 50 % für 10 Jahre, danach Überprüfung auf
Antrag möglich. Kein Ausschluss. Bitte Policierung und Info an Makler Eberle.

""" + SIG["RS"])


@mail(13, "NORMAL", "de", "internal", "trap: data-protection jour fixe minutes about health data handling (Art. 9), no cases")
def _():
    return msg(PH, A("Datenschutzkoordinatoren", "ds-koordination"), "Protokoll Datenschutz-Jour-fixe 20.01.2026",
               dt(1, 21, 8, 15),
"""Protokoll Datenschutz-Jour-fixe, 20.01.2026, 10:00–11:30, Teams
Teilnehmende: Hagspiel (Ltg.), Fink (AT), Frei (CH), Reichle (IT), Wetzel (KV)

1. Gesundheitsdaten per E-Mail (Art. 9 DSGVO / Art. 5 lit. c revDSG)
   - Arztberichte, Rechnungen mit Diagnosen und AU-Bescheinigungen gehen weiterhin
     ausschließlich über das SecureMail-Portal oder S/MIME.
   - Kundeneinwilligung für TLS-Versand: Formular V7 gilt gruppenweit, in der
     Schweiz zusätzlich Hinweis auf Datenbearbeitung im Ausland (DE).
2. Schweigepflichtentbindung Version 2026 – Entwurf liegt vor, Rückmeldung bis 06.02.
3. Löschkonzept Leistungsakten Kranken: 10 Jahre nach Vertragsende, Ausnahme laufende
   Regresse. IT prüft Umsetzung im DMS (Reichle).
4. Vorfälle Q4: 3 Fehlversendungen (Sach), keine davon meldepflichtig.

Nächster Termin: 17.02.2026

""" + SIG["PH"])


@mail(14, "NORMAL", "en", "insurer-to-partner", "trap: aggregated ski accident statistics by body region for reinsurer (CSV), no persons")
def _():
    c = """season;body_region;claims;avg_paid_eur;share_invalidity_pct
2024/25;knee;1184;3420;18.2
2024/25;shoulder;512;4110;21.5
2024/25;head;233;9870;26.1
2024/25;wrist/hand;690;1980;7.4
2024/25;lower leg;402;5230;15.9
2024/25;spine;118;12450;31.4
2024/25;other;355;1410;3.0
"""
    return msg(LB, "Sophie Marchetti <s.marchetti@helvetic-re.example>", "Ski season 2024/25 - accident statistics for the treaty renewal",
               dt(1, 27, 14, 0),
"""Dear Sophie,

as promised on Tuesday, attached the accident figures for winter sports
2024/25 (Austria and Switzerland, individual and family accident portfolio).
Aggregated by body region, no claim-level data. Head injuries are down a bit,
helmets seem to work, but the spine cases push the invalidity share.

Let me know if you need the split by age band as well, we can do 5-year bands.

Best regards
Lukas Bereuter
Accident Claims, Bregenz

""" + FOOT_AT, atts=[att("ski_2024-25_body_region.csv", c.encode("utf-8"))])


@mail(15, "CONFIDENTIAL", "de", "insurer-to-broker", "fleet offer for a haulage company with named contact, plates in XLSX")
def _():
    rows = [("Kennzeichen", "Fahrzeug", "Erstzulassung", "Nutzung", "Kasko"),
            ("RV-SW 118", "MAN TGX 18.470", "03/2021", "Fernverkehr", "VK 2.500"),
            ("RV-SW 119", "MAN TGX 18.470", "03/2021", "Fernverkehr", "VK 2.500"),
            ("RV-SW 204", "Mercedes Actros 1845", "07/2023", "Fernverkehr", "VK 2.500"),
            ("RV-SW 31", "VW Crafter", "11/2019", "Nahverkehr", "TK 300"),
            ("RV-SW 7", "Audi A6 Avant (GF)", "02/2024", "Dienstwagen", "VK 1.000")]
    return msg(ME, "Kathrin Bühler <k.buehler@buehler-assekuranz.example>", "Angebot Flotte Spedition Schwendinger – Ihre Anfrage",
               dt(1, 28, 17, 20),
"""Hallo Frau Bühler,

anbei das Angebot für die Flotte der Spedition Schwendinger GmbH & Co. KG
(Ansprechpartner Herr Jörg Schwendinger, Geschäftsführer). Wir liegen bei
14.870 EUR netto p.a. für die fünf Fahrzeuge, Schadenfreiheitsrabatt aus der
Vorversicherung (Allianz) mit 62 % angesetzt – falls die SFR-Bescheinigung was
anderes sagt, rechne ich nach.

Der Audi ist als Dienstwagen des GF mit privater Nutzung eingestuft, passt das?

""" + SIG["ME"], atts=[att("Angebot_Flotte_Schwendinger.xlsx", xlsx([("Fahrzeuge", rows)], "Markus Eberle"))])


@mail(16, "STRICTLY_CONFIDENTIAL", "de", "customer", "AT customer forwards orthodontist invoice for daughter (PDF), braces")
def _():
    p = pdf("Honorarnote", [
        "#Dr. med. dent. Ulrike Nachbaur - Fachzahnärztin für Kieferorthopädie",
        "Marktstraße 22, 6850 Dornbirn",
        "",
        "Honorarnote Nr. 2026-0114   Datum: 12.01.2026",
        "Patientin: Lena Mathis, geb. 08.05.2013, SVNR 3011 080513 (mitversichert bei Mutter)",
        "",
        "Festsitzende Multibandapparatur OK/UK, 1. Behandlungsquartal       EUR 1.180,00",
        "Kontrolle und Bogenwechsel 2x                                       EUR   140,00",
        "Röntgen OPG                                                          EUR    48,00",
        "Summe                                                                EUR 1.368,00",
        "ÖGK-Zuschuss (Kieferregulierung IOTN 4) wurde beantragt.",
    ], "Ordination Dr. Nachbaur")
    return msg(VF, LEIST_KV, "WG: zahnspange lena", dt(1, 15, 12, 0),
"""Zur Abrechnung Zahn-Zusatz (ZZ-Komfort), Polizze der Mutter KV-40-339812.
ÖGK-Bescheid fehlt noch, hab nachgefragt. LG Verena

---------- Weitergeleitete Nachricht ----------
Von: Claudia Mathis <claudia.mathis@gmx-mail.example>
Datum: Mi., 14. Jan. 2026 um 19:21
Betreff: zahnspange lena

hallo, anbei die rechnung von der kieferorthopädin für die zahnspange von meiner
tochter. bitte um überweisung aufs bekannte konto. danke claudia mathis
""", atts=[att("Honorarnote_Nachbaur_2026-0114.pdf", p)])


@mail(17, "NORMAL", "de", "internal", "trap: job ad claims handler health with medical vocabulary")
def _():
    return msg(IK, A("Alle Mitarbeitenden Lindau", "alle-lindau"), "Interne Stellenausschreibung: Sachbearbeiter/in Leistung Kranken (m/w/d)",
               dt(1, 29, 9, 0),
"""Liebe Kolleginnen und Kollegen,

für die Leistungsabteilung Krankenversicherung in Lindau suchen wir ab 1. April 2026
eine/n Sachbearbeiter/in Leistungsprüfung (m/w/d), Vollzeit oder 80 %.

Ihre Aufgaben
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
- Bearbeitung von Heil- und Kostenplänen, Hilfsmitteln und Krankentagegeld
- Rückfragen bei Ärzten, Kliniken und Therapeuten

Ihr Profil
- Ausbildung als Medizinische/r Fachangestellte/r, Kauffrau/-mann für
  Versicherungen und Finanzanlagen oder vergleichbar
- Kenntnisse in medizinischer Terminologie und ICD-10 von Vorteil
- Sorgfalt im Umgang mit Gesundheitsdaten

Interne Bewerbungen bitte bis 20. Februar an personal@alpenrhein-vers.example.

""" + SIG["IK"])


@mail(18, "CONFIDENTIAL", "en", "customer", "expat customer gives birth date and new address for household insurance, quoted in staff reply")
def _():
    return msg(NH, "Rahul Menon <rahul.menon@techmail.example>", "RE: Household insurance for new flat",
               dt(2, 3, 10, 15),
"""Dear Mr Menon,

thank you. Your household contents insurance starts on 1 March 2026 at the new
address. Policy number will be HR-CH-7712045, documents follow by post.
Sum insured CHF 80,000, premium CHF 312.40 per year.

""" + SIG["NH"] + """

-----Original Message-----
From: Rahul Menon
Sent: Monday, 2 February 2026 18:02

hello Ms Hug, as discussed on phone here my details for the contents insurance.
Rahul Menon, born 22/06/1988, new adress from 1st March: Oberer Graben 31,
9000 St. Gallen. Flat is 3.5 rooms, I live there with my wife Anjali.
Please send offer, we like to start at move day.
thanks
Rahul
""")


@mail(19, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "HTML-only: repatriation of Dutch tourist after myocardial infarction in Montafon")
def _():
    h = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Mrs Van der Berg,</p>
<p>we are very sorry about your husband's heart attack. This is what we have arranged under travel policy <b>RV-7730-2874</b>:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>What</th><th>When</th><th>Details</th></tr>
<tr><td>Patient</td><td></td><td>Jan van der Berg, 64, Landeskrankenhaus Feldkirch, Kardiologie</td></tr>
<tr><td>Diagnosis (per hospital)</td><td>24 Feb</td><td>NSTEMI, two stents placed (I21.4)</td></tr>
<tr><td>Ambulance jet Altenrhein &rarr; Eindhoven</td><td>2 Mar, 10:30</td><td>with doctor on board, you can fly along</td></tr>
<tr><td>Hotel Schruns</td><td>until 2 Mar</td><td>extra nights paid by us</td></tr>
</table>
<p>Please keep all receipts. Call us any time: +43 5574 4611-0.</p>
<p>Kind regards<br>Daniela Moosbrugger<br>Travel Assistance, Bregenz</p>
<p style="font-size:8pt;color:#777">Alpenrhein Versicherung AG &Ouml;sterreich &middot; Seestra&szlig;e 7 &middot; 6900 Bregenz</p>
</body></html>"""
    return msg(DM, "Marieke van der Berg <marieke.vdberg@ziggo-mail.example>", "Your husband - transport home",
               dt(2, 26, 17, 5), html=h, html_only=True, cte="quoted-printable")


@mail(20, "NORMAL", "de", "insurer-to-customer", "trap: prospect asks about dental cover, generic product answer, no contract or health data")
def _():
    return msg(CF, "Sandra Good <sandra.good@hispeed-mail.example>", "AW: Zahnversicherung Fragen",
               dt(2, 5, 14, 40),
"""Grüezi Frau Good

Gerne beantworte ich Ihre Fragen zu unserer Zahnzusatzversicherung DENTA:

- In der Schweiz sind Zahnbehandlungen in der Grundversicherung (KVG) fast nie
  gedeckt. DENTA übernimmt 75 % der Kosten für Kontrollen, Dentalhygiene,
  Füllungen und Kronen, je nach Stufe bis CHF 1'000, 2'000 oder 3'000 pro Jahr.
- Kieferorthopädie für Kinder ist bis zum 20. Altersjahr in Stufe 2 und 3 enthalten.
- Für Erwachsene gibt es eine Gesundheitsdeklaration mit einem kurzen Zahnstatus
  vom Zahnarzt; Kinder bis 4 Jahre ohne Gesundheitsfragen.

Die Prämien finden Sie im Rechner auf unserer Website. Gerne berate ich Sie auch
telefonisch.

""" + SIG["CF"] + """

> Grüezi, ich habe Ihre Werbung gesehen. Zahlt Ihre Zahnversicherung auch
> Zahnspangen? Und braucht es eine Untersuchung vorher? Gruss S. Good
""")


@mail(21, "CONFIDENTIAL", "de", "insurer-to-customer", "AT legal expenses: tenancy dispute cover granted, named customer, claim number, formal")
def _():
    return msg(ER, "Mag. Patrick Hehle <p.hehle@vol-mail.example>", "Deckungszusage Rechtsschutz – RS-AT-26-00218",
               dt(2, 6, 9, 12),
"""Sehr geehrter Herr Mag. Hehle,

zu Ihrer Rechtsschutzversicherung (Polizze RS-40-205517, Baustein Wohnungsmiete)
bestätigen wir die Kostendeckung für die außergerichtliche Vertretung durch
Rechtsanwältin Dr. Sandra Pircher, Dornbirn, in Ihrer Auseinandersetzung mit der
Vermieterin über die Rückzahlung der Kaution (EUR 2.400) für die Wohnung
Marktstraße 14, Top 5, 6850 Dornbirn.

Die Deckung umfasst die Kosten nach RATG bis zur Versicherungssumme; ein
Selbstbehalt von EUR 150 wird bei der Abrechnung abgezogen. Für ein gerichtliches
Verfahren stellen Sie bitte einen gesonderten Antrag.

Unsere Schadennummer: RS-AT-26-00218

""" + SIG["ER"])


@mail(22, "NORMAL", "en", "internal", "out-of-office auto reply mentioning health claims team, no person data")
def _():
    return msg(NH, CF, "Automatic reply: Re: Expat cases February", dt(2, 9, 7, 31),
"""Thank you for your message. I am out of the office until 16 February 2026 with
limited access to e-mail.

For new expat health claims please write to expat@alpenrhein-vers.example, the
team will take care of it. For urgent medical assistance abroad call
+41 71 244 18 00 (24/7).

Vielen Dank für Ihre Nachricht. Ich bin bis 16. Februar abwesend.

Nadine Hug""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(23, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor", "letter to Austrian GP (Ordination) requesting findings after fall, accident insurance, consent attached")
def _():
    p = pdf("Schweigepflichtentbindung", [
        "#Erklärung zur Entbindung von der ärztlichen Schweigepflicht",
        "Ich, Herbert Winder, geb. 29.04.1977, wohnhaft Lerchenauerstraße 6, 6923 Lauterach,",
        "entbinde Frau Dr. Monika Feuerstein, Allgemeinmedizin, Lauterach, gegenüber der",
        "Alpenrhein Versicherung AG Österreich von der Schweigepflicht für Auskünfte zu",
        "meinem Unfall vom 18.12.2025 und den daraus folgenden Behandlungen.",
        "",
        "Lauterach, 20.01.2026        Unterschrift: H. Winder",
    ], "Alpenrhein Unfall-Leistung")
    return msg(LB, "Ordination Dr. Feuerstein <ordination@dr-feuerstein.example>", "Anfrage Befundbericht – Herbert Winder, Unfall vom 18.12.2025",
               dt(1, 26, 10, 0),
"""Sehr geehrte Frau Dr. Feuerstein,

Ihr Patient Herr Herbert Winder, geb. 29.04.1977, hat bei uns eine Leistung aus
seiner privaten Unfallversicherung (Polizze UV-40-118270) beantragt. Nach seinen
Angaben ist er am 18.12.2025 auf Glatteis gestürzt und hat sich eine distale
Radiusfraktur rechts zugezogen, die im LKH Bregenz operativ versorgt wurde.

Wir bitten Sie um einen kurzen Befundbericht zum Heilungsverlauf, insbesondere zu
noch bestehenden Bewegungseinschränkungen des Handgelenks und zu Vorerkrankungen
am rechten Arm. Die Schweigepflichtentbindung liegt bei. Ihr Honorar (Befundbericht
nach Ärztekammer-Empfehlung) übernehmen wir selbstverständlich.

""" + SIG["LB"], atts=[att("Schweigepflichtentbindung_Winder.pdf", p)])


@mail(24, "NORMAL", "en", "internal", "trap: phishing warning quoting fake 'health claim rejected' mail")
def _():
    return msg(JR, A("All staff", "all-staff"), "WARNING: phishing mails 'Your health claim has been rejected'",
               dt(2, 10, 11, 5),
"""Dear colleagues,

since this morning several mailboxes got a phishing mail like this one:

  From: Alpenrhein Claims <claims@alpenrhein-secure-verify.example>
  Subject: Your health claim has been rejected - action required
  "Dear customer, your medical invoice could not be processed. Please confirm
   your date of birth and bank details within 24 hours: [link]"

This is NOT from us. Do not click, do not forward it to customers. Use the
"Report phishing" button in Outlook, then delete it. If you already clicked,
call the IT service desk immediately (-190).

Thanks
Jonas Reichle
IT Service""")


@mail(25, "CONFIDENTIAL", "de", "customer", "Moin: short phone mail, dent in car, plate, brisk staff reply with claim number")
def _():
    return msg(TA, "Jens Petersen <jens.petersen@posteo-mail.example>", "Re: delle", dt(2, 11, 8, 5),
"""Moin zurück,

Schaden ist angelegt, Nr. KS-26-011873. Ist ein Fall für die Vollkasko (SB 300),
es sei denn, Sie finden den Verursacher. Fotos haben wir, Gutachter brauchen wir
bei der Größe nicht. Lassen Sie einen KV von der Werkstatt machen und schicken
Sie mir den.

""" + SIG["TA"] + """

Am 10.02.2026 um 21:40 schrieb Jens Petersen:
> Moin, hab ne delle in der fahrertür, irgendwer im parkhaus am bahnhof
> lindau. kennzeichen LI-JP 442, fotos anbei. was muss ich machen
>
> Von meinem iPhone gesendet
""", flowed=True)


@mail(26, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "CH supplementary health: physiotherapy settlement after shoulder surgery (PDF statement)")
def _():
    p = pdf("Leistungsabrechnung", [
        "#Leistungsabrechnung Zusatzversicherung AMBULA",
        "Versicherte Person: Beatrice Zellweger, geb. 17.02.1969, Police 72-330-14418",
        "Abrechnungsdatum: 09.02.2026",
        "",
        "Physiotherapie Rehasport Gossau, 9 Sitzungen 12.12.2025-30.01.2026",
        "Diagnose lt. Verordnung: Status nach Rotatorenmanschetten-Naht rechts (M75.1)",
        "Rechnungsbetrag CHF 612.90, davon KVG (Grundversicherung) CHF 486.00",
        "Restbetrag Zusatz (Selbstbehalt/Komplementär) CHF 126.90, Leistung 90 %: CHF 114.20",
        "",
        "Auszahlung auf IBAN CH66 0070 0797 3295 8274 4 innert 5 Arbeitstagen.",
    ], "Corinne Frei")
    return msg(CF, "Beatrice Zellweger <b.zellweger@sunrise-mail.example>", "Ihre Rückforderung Physiotherapie",
               dt(2, 9, 15, 20),
"""Grüezi Frau Zellweger

Die Abrechnung zu Ihren Physiotherapie-Rechnungen finden Sie im Anhang. Wir
übernehmen aus der AMBULA den Anteil, den die Grundversicherung nicht bezahlt hat.
Für die weiteren 9 Sitzungen, die Ihr Orthopäde verordnet hat, brauchen wir
keine neue Kostengutsprache.

Gute Besserung für die Schulter!

""" + SIG["CF"], atts=[att("Abrechnung_Zellweger_2026-02-09.pdf", p)])


@mail(27, "NORMAL", "de", "newsletter", "trap: broker newsletter on new care tariffs with statistics and model premiums")
def _():
    return msg(NEWS, "maklerinfo@lists.alpenrhein-vers.example", "Maklerinfo 02/2026: Pflegezusatz PT-Flex, Zahlen und Beispielbeiträge",
               dt(2, 12, 6, 30),
"""MAKLERINFO 02/2026 – Alpenrhein Versicherung AG

1) Neuer Tarif PT-Flex ab 1. April
Pflegetagegeld nach Pflegegrad frei wählbar (PG 2 bis 5), Dynamik ohne erneute
Gesundheitsprüfung bis Alter 65. Beispielbeiträge (Modellkunde, 100 % Leistung
ab PG 4, 50 EUR/Tag):
  Eintrittsalter 30: 14,80 EUR   40: 22,60 EUR   50: 38,10 EUR   60: 71,40 EUR

2) Zahlen, die überzeugen
Über 5 Millionen Menschen in Deutschland sind pflegebedürftig, rund 4 von 5
werden zu Hause versorgt. Der durchschnittliche Eigenanteil im Pflegeheim liegt
im ersten Jahr bei über 2.800 EUR im Monat.

3) Gesundheitsfragen vereinfacht
Nur noch 4 Fragen (Pflegebedürftigkeit, Demenz, Parkinson, MS in den letzten
5 Jahren). Annahmequote im Pilot: 91 %.

4) Termine
Webinar PT-Flex am 3. März, 10 Uhr – Anmeldung im Maklerportal.

Sie erhalten diese Information als registrierter Vertriebspartner.
Abmelden: maklerportal.alpenrhein-vers.example/newsletter""")


@mail(28, "CONFIDENTIAL", "de", "insurer-to-customer", "DE buildings premium invoice with SEPA mandate and IBAN, formal")
def _():
    return msg(HB, "Familie Rädler <raedler.family@web-mail.example>", "Beitragsrechnung Wohngebäudeversicherung 2026 – WG-3318072",
               dt(1, 7, 9, 0),
"""Sehr geehrte Frau Rädler, sehr geehrter Herr Rädler,

anbei die Beitragsrechnung für Ihre Wohngebäudeversicherung, Versicherungsschein
WG-3318072, Risikoort Am Hoyerberg 12, 88131 Lindau.

Jahresbeitrag 2026 (inkl. 19 % Versicherungsteuer): 1.184,27 EUR
Der gleitende Neuwertfaktor steigt von 23,1 auf 24,0 (+3,9 %).

Der Betrag wird am 1. Februar 2026 per SEPA-Lastschrift von Ihrem Konto
DE15 7335 0000 4026 3510 89 (Sparkasse Allgäu), Kontoinhaber Wolfgang Rädler,
eingezogen. Gläubiger-ID DE77ZZZ00000418822, Mandatsreferenz WG3318072-01.

""" + SIG["HB"], cte="quoted-printable")


@mail(29, "STRICTLY_CONFIDENTIAL", "en", "customer", "Australian ski instructor: ACL tear at work, surgery planned; forwarded to accident claims")
def _():
    return msg(DM, LB, "FW: hurt my knee - what now", dt(1, 30, 9, 40),
"""Lukas, one for you – accident policy UV-40-230984 (individual, signed up in
December via the ski school group deal). I told him he has to report it to the
AUVA as well since it was at work. D.

-----Original Message-----
From: Liam O'Connell <liamoc@ozmail.example>
Sent: Thursday, 29 January 2026 20:12
To: travel@alpenrhein-vers.example
Subject: hurt my knee - what now

hey mate
so I'm a ski instructor in Ischgl this season and yesterday a kid crashed into
me on the beginner slope, my knee went pop. went to the doctor in Ischgl, MRI in
Zams today, its a full ACL tear plus meniscus. doc says surgery next week in
Zams or I can fly home to Perth and do it there. I got your accident insurance
with the ski school. does it pay for the op? and the flight? I'm in Krankenstand
(sick leave) now the school says.
cheers Liam
""")


@mail(30, "NORMAL", "de", "internal", "trap: water damage in physiotherapy practice tenant of insurer's own building, facility matter")
def _():
    return msg(MK, A("Hausverwaltung Bregenz", "hausverwaltung-bregenz"), "Wasserschaden Seestraße 7 EG – Physiotherapie Praxis",
               dt(2, 16, 7, 55),
"""Servus zusammen,

in der Nacht ist im 1. OG (unsere Teeküche) ein Eckventil undicht geworden. Das
Wasser ist durch die Decke in die Physiotherapie-Praxis im EG (Mieterin: Physio
am See OG) gelaufen. Betroffen: Behandlungsraum 2 und der Wartebereich, Decke
durchfeuchtet, zwei Therapieliegen und ein Ultraschallgerät nass geworden.

Die Praxis hat heute den Betrieb eingeschränkt, Termine werden verlegt.
Installateur Gmeiner ist bestellt (8:30), Trocknungsfirma ab morgen.
Bitte Meldung an unsere eigene Gebäudeversicherung (Risiko Seestraße 7) und an die
Haftpflicht der Mieterin ist nicht nötig – Ursache liegt bei uns.

Fotos liegen auf S:\\Facility\\Bregenz\\2026-02-16.

""" + SIG["MK"])


@mail(31, "CONFIDENTIAL", "de", "broker", "broker's household application with customer birth date and address, forwarded to underwriting")
def _():
    return msg(ME, A("Antrag Sach", "antrag-sach"), "WG: Antrag Hausrat Fam. Kolb",
               dt(2, 17, 13, 22),
"""Bitte policieren, Unterlagen vollständig. Makler-Nr. 88214. ME

-------- Weitergeleitete Nachricht --------
Betreff: Antrag Hausrat Fam. Kolb
Datum: Tue, 17 Feb 2026 12:58:07 +0100
Von: Versicherungsbüro Raich <info@vb-raich.example>

Hallo Markus,

anbei die Daten für den Hausrat:
VN: Sabrina Kolb, geb. 03.11.1991, Erzieherin
Mitversichert: Tobias Kolb, geb. 19.07.1990
Adresse: Lindenstraße 5, 88239 Wangen im Allgäu, 2. OG, 84 m²
Versicherungssumme 55.000 EUR, Fahrrad 1 % / Elementar ja
Beginn 1.3.2026, Vorversicherer HUK, gekündigt zum 28.2.
Zahlung jährlich per Lastschrift, Mandat folgt per Post.

Danke und Gruß
Sven Raich
""")


@mail(32, "STRICTLY_CONFIDENTIAL", "de", "internal", "recourse case: hospital stay after traffic accident, discharge letter inside ZIP")
def _():
    brief = pdf("Entlassungsbrief", [
        "#Klinikum Friedrichshafen - Unfallchirurgie",
        "Entlassungsbrief",
        "Patient: Wolfgang Maier, geb. 02.12.1958",
        "Aufnahme 03.01.2026, Entlassung 14.01.2026",
        "Diagnosen: Beckenringfraktur Typ B (S32.81), Rippenserienfraktur links 5-8 (S22.43),",
        "Lungenkontusion. Unfallhergang: Pkw-Frontalzusammenstoß B31.",
        "Therapie: Fixateur externe, später Plattenosteosynthese. Anschlussheilbehandlung",
        "in der Rehaklinik Bad Wurzach beantragt.",
    ], "Klinikum")
    rech = pdf("Rechnung", [
        "#Rechnung Nr. 7733019",
        "Patient: Wolfgang Maier, Krankenversicherung: Alpenrhein KV, VN KV-2290417",
        "DRG I08C, Verweildauer 11 Tage, Gesamtbetrag 18.422,61 EUR",
    ], "Klinikum")
    z = zipb([("Maier_Entlassbrief.pdf", brief), ("Maier_Rechnung_7733019.pdf", rech)])
    return msg(SW, A("Regress Kranken", "regress-kranken"), "Regress Maier / Unfall B31 – Unterlagen",
               dt(1, 27, 16, 10),
"""Hallo Regress-Team,

wir haben die Klinikrechnung Maier (18.422,61 EUR) bezahlt. Laut Polizeibericht
hat der Unfallgegner die Mittellinie überfahren, Haftpflichtversicherer ist die
Württembergische (Az. wird nachgereicht). Bitte Regress einleiten. Unterlagen im
ZIP (Passwort wie immer telefonisch).

""" + SIG["SW"], atts=[att("Regress_Maier.zip", z)])


@mail(33, "NORMAL", "de", "insurer-to-customer", "trap: portal notification without content")
def _():
    return msg(PORTAL, "s.hofer@kabelplus-mail.example", "Neue Nachricht in Ihrem Alpenrhein SecureMail-Postfach",
               dt(2, 18, 10, 1),
"""Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht der Alpenrhein
Versicherungsgruppe für Sie bereit.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.alpenrhein-vers.example/

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Die Nachricht
steht 90 Tage zum Abruf bereit.

Dies ist eine automatisch erzeugte E-Mail. Antworten an diese Adresse werden
nicht gelesen.""", headers=[("Auto-Submitted", "auto-generated")])


@mail(34, "NORMAL", "en", "insurer-to-partner", "trap: press release about travel health product for seasonal workers")
def _():
    return msg(UK, "newsdesk@alpine-business-news.example", "Press release: Alpenrhein launches health cover for seasonal workers",
               dt(1, 20, 8, 0),
"""PRESS RELEASE – for immediate release

Alpenrhein launches flexible health and accident cover for seasonal workers

St. Gallen / Bregenz / Lindau, 20 January 2026 – Alpenrhein Versicherungsgruppe
introduces "Saison+", a health and accident insurance for the roughly 60,000
seasonal workers in hotels, restaurants and ski schools in Austria, Switzerland
and Southern Germany. The product can be bought per month, has no waiting period
for accidents and includes dental emergencies and repatriation.

"Many seasonal workers from abroad discover only after an injury that their home
insurance pays very little here," says Urs Kellenberger, head of communications.
"Saison+ closes this gap from EUR 39 a month."

Saison+ is available in English, German, Hungarian and Romanian.

Press contact: Urs Kellenberger, +41 71 244 18 10, presse@alpenrhein-vers.example

""" + FOOT_CH)


@mail(35, "CONFIDENTIAL", "en", "insurer-to-customer", "rental car accident in Switzerland, nobody hurt, rental excess cover, named customer")
def _():
    return msg(NH, "Emily Carter <emily.carter@usmail.example>", "RE: rental car accident Appenzell - excess refund",
               dt(2, 19, 11, 30),
"""Dear Ms Carter,

good to hear nobody was hurt. Your rental excess cover (policy EX-CH-220418)
refunds the CHF 1,500 deductible Europcar charged to your credit card. Please
send us the final damage report from Europcar and the credit card statement
showing the charge; the police report is not needed as no one else was involved.

Claim number: EX-26-00093

""" + SIG["NH"] + """

> Hi, I slid into a fence on the road to Appenzell with my rental car (VW Golf,
> ZH 418 227), nobody injured, only the car and the fence. Europcar charged me
> 1500 CHF. I bought your excess insurance on the website. Can I get it back?
> Emily
""")


@mail(36, "STRICTLY_CONFIDENTIAL", "de", "customer", "AT customer lists her prescription medicines in body (dialect), supplementary health")
def _():
    return msg(VF, LEIST_KV, "WG: rezepte", dt(2, 20, 9, 12),
"""Zur Abrechnung (KV-40-512203, Tarif Medikamente-Plus). VF

> griaß di frau fink,
> i hab die rezepte von der apotheke nur fotografiert, die originale hat die
> apotheke behalten. is des so ok?
> - pantoloc 40mg, 2 packungen
> - euthyrox 75, 1 packung
> - sertralin 50mg, 3 packungen (vom psychiater, nicht von der kasse bezahlt)
> die rezeptgebühr hab i eh immer zahlt.
> lg hilde gmeiner, schwarzach
""")


@mail(37, "NORMAL", "de", "internal", "trap: training note ICD-10 2026 code changes with example codes, no persons")
def _():
    return msg(SW, A("Leistung Kranken alle", "leistung-kranken-alle"), "Schulung: Änderungen ICD-10-GM 2026 – Kurzüberblick",
               dt(1, 12, 13, 0),
"""Hallo zusammen,

zur Vorbereitung auf die Schulung am Donnerstag ein kurzer Überblick über die für
uns relevanten Änderungen der ICD-10-GM 2026:

- Long-/Post-COVID: U09.9! bleibt, neue Hinweise zur Kodierung mit G93.3
- Diabetes: Präzisierung der Kodes E11.- bei Folgeerkrankungen
- Adipositas: neue fünfte Stelle für BMI-Klassen bei E66.-
- Psychische Störungen: F43.8 mit neuem Inklusivum

Für die Leistungsprüfung heißt das: Die Plausibilitätsregeln im Leistungssystem
werden zum 1. März angepasst. Bis dahin kann es bei neuen Kodes zu Warnmeldungen
"Schlüssel unbekannt" kommen – bitte ignorieren und nicht manuell umschlüsseln.

Folien kommen nach der Schulung.

""" + SIG["SW"])


@mail(38, "CONFIDENTIAL", "de", "insurer-to-customer", "DE motor: type class change notice with policy and plate, named customer")
def _():
    return msg(TA, "Helga Straub <helga.straub@freenet-mail.example>", "AW: Warum ist mein Beitrag gestiegen?",
               dt(1, 19, 10, 25),
"""Hallo Frau Straub,

bei Ihrem Fiat Panda (LI-HS 66, Vertrag KF-7712093) hat der GDV die Typklasse
für die Haftpflicht von 16 auf 18 angehoben – das betrifft alle Pandas dieser
Baureihe, hat nichts mit Ihnen zu tun. Ihre SF-Klasse (SF 22, 25 %) ist gleich
geblieben. Neuer Jahresbeitrag 389,12 EUR statt 351,40 EUR.

Wenn Sie wollen, rechne ich Ihnen mal eine höhere SB in der Teilkasko durch,
das spart ca. 30 EUR.

""" + SIG["TA"])


@mail(39, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life insurance beneficiary change confirmed (personal line, no medical word)")
def _():
    return msg(FZ, "Rainer Vögel <r.voegel@arcor-mail.example>", "Bestätigung Änderung Bezugsrecht – LV 2207814",
               dt(2, 23, 14, 5),
"""Sehr geehrter Herr Vögel,

wir bestätigen die Änderung des Bezugsrechts im Todesfall zu Ihrer kapitalbildenden
Lebensversicherung Nr. LV 2207814 mit Wirkung vom 20. Februar 2026:

bisher:  Ehefrau Monika Vögel (widerruflich)
neu:     Lebensgefährtin Carmen Ortlieb, geb. 11.06.1972, zu 100 % (widerruflich)

Die Versicherungssumme im Todesfall beträgt derzeit 85.000 EUR zzgl.
Überschussbeteiligung. Bitte bewahren Sie dieses Schreiben bei Ihren Unterlagen auf.

""" + SIG["FZ"])


@mail(40, "NORMAL", "de", "insurer-to-supplier", "trap: order for shredding of medical files (data bins), supplier, no persons")
def _():
    return msg(MK, "Disposition Aktenwolf <dispo@aktenwolf-bodensee.example>", "Auftrag Aktenvernichtung Februar – Leistungsakten Kranken",
               dt(2, 3, 8, 40),
"""Guten Morgen Herr Brunner,

wir beauftragen die Vernichtung von 14 Sicherheitsbehältern (240 l) mit
Leistungsakten der Krankenversicherung (Arztrechnungen, Befunde, Jahrgänge bis
2015) am Standort Lindau, Abholung bitte KW 8, Dienstag oder Mittwoch.

Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399, Vernichtungsprotokoll
wie üblich an datenschutz@alpenrhein-vers.example. Vertrag 2024-117, Preise laut
Rahmenvereinbarung.

""" + SIG["MK"])


@mail(41, "CONFIDENTIAL", "en", "customer", "Polish seasonal worker reports stolen e-bike, address and policy number; forwarded")
def _():
    return msg(HB, A("Schadenannahme Sach", "schaden-sach"), "FW: bicycle stolen", dt(2, 24, 8, 20),
"""Neuer Fall Fahrrad (Hausrat mit Fahrradklausel, HR-3390118). Bitte anlegen
und Eigentumsnachweis + Anzeige nachfordern. Hanna

-----Original Message-----
From: Katarzyna Nowak <kasia.nowak@onet-mail.example>
Sent: Monday, 23 February 2026 23:48
To: schaden@alpenrhein-vers.example
Subject: bicycle stolen

Good evening,
my e bike is stolen from front of Hotel Bayerischer Hof where i work at
reception. it was locked with lock. Kalkhoff Endeavour, black, i bought it in
september for 2.199 euro. I live Reutiner Str. 40, 88131 Lindau. I have house
insurance from you, number HR-3390118. police i was already today, they give
me paper.
best regards Katarzyna Nowak
""")


@mail(42, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "expat health: maternity cover, pregnancy week 20, named customer")
def _():
    return msg(NH, "Hannah Brooks <hannah.brooks@mailbox.example>", "RE: maternity cover in Switzerland",
               dt(2, 25, 16, 45),
"""Dear Ms Brooks,

congratulations! I checked your supplementary hospital insurance (HOSPITA
semi-private, policy 72-410-88215):

- Your basic insurance (KVG) pays the standard maternity costs, also the
  8 check-ups and 2 ultrasounds, without deductible.
- HOSPITA adds the semi-private room and free choice of doctor at the
  Kantonsspital St. Gallen or the Klinik Stephanshorn, because your waiting
  period of 270 days has already passed (start 1 May 2025).
- The birth is expected around 10 July according to your gynaecologist, so
  please send us the cost estimate of the clinic in May.

""" + SIG["NH"] + """

> Hello, I am now 20 weeks pregnant (first baby), does my hospital insurance
> cover a private room for the birth? My doctor is Dr. Rüegg in St. Gallen.
> Thank you, Hannah Brooks
""")


@mail(43, "NORMAL", "de", "insurer-to-broker", "trap: commission circular, GmbH figures and general rules, no persons")
def _():
    return msg(ME, "maklerinfo@lists.alpenrhein-vers.example", "Rundschreiben: Courtagesätze 2026 und Abrechnungstermine",
               dt(1, 8, 15, 0),
"""Sehr geehrte Vertriebspartner,

ab 1. Februar 2026 gelten folgende Courtagesätze:

Sach Privat (Hausrat, Wohngebäude, PHV): 20 % laufend
Kfz Privat: 6 % laufend
Krankenzusatz: 6 Monatsbeiträge Abschluss, Stornohaftung 5 Jahre
Leben/BU: 25 ‰ der Beitragssumme, Stornohaftung 5 Jahre

Abrechnungstermine: jeweils am 10. Werktag, Gutschriften über das Maklerportal
(Elektronische Vermittlerpost). Unsere Bankverbindung für Rückzahlungen bleibt
unverändert (Alpenrhein Versicherung AG, Sparkasse Memmingen-Lindau-Mindelheim).

""" + SIG["ME"])


@mail(44, "CONFIDENTIAL", "de", "insurer-to-customer", "pet insurance: dog's vet bill (animal health), named customer, policy")
def _():
    return msg(HB, "Nicole Heim <nicole.heim@t-mail.example>", "AW: Tierarztrechnung Balu",
               dt(2, 26, 11, 0),
"""Liebe Frau Heim,

die Rechnung der Tierklinik Kempten für Balu (Kreuzbandriss hinten links, OP am
12.02.) über 2.148,30 EUR erstatten wir aus Ihrer Hunde-OP-Versicherung
(TK-3308415) zu 80 %, also 1.718,64 EUR. Das Geld kommt in den nächsten Tagen
auf Ihr bekanntes Konto.

Gute Besserung an Balu!

""" + SIG["HB"])


@mail(45, "STRICTLY_CONFIDENTIAL", "de", "internal", "HTML-only table of open daily-sickness-allowance cases with names and diagnoses")
def _():
    h = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Hallo Sabine,</p>
<p>hier die offenen KT-Fälle &gt; 42 Tage f&uuml;r die Fallkonferenz morgen:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>VN</th><th>Name</th><th>AU seit</th><th>Diagnose</th><th>Bemerkung</th></tr>
<tr><td>KT-881204</td><td>Stefan Rinderer</td><td>04.11.2025</td><td>F43.2 Anpassungsst&ouml;rung</td><td>Gutachten beauftragt</td></tr>
<tr><td>KT-883019</td><td>Melanie Bader</td><td>18.12.2025</td><td>M51.2 Bandscheibenvorfall LWS</td><td>OP 02.02., Reha ab 23.02.</td></tr>
<tr><td>KT-879552</td><td>G&uuml;nther Kiechle</td><td>07.10.2025</td><td>C18.7 Kolonkarzinom</td><td>Chemo bis 03/2026</td></tr>
<tr><td>KT-884471</td><td>Ay&scedil;e Demir</td><td>02.01.2026</td><td>S42.2 Humerusfraktur</td><td>unauff&auml;llig</td></tr>
</table>
<p>Gru&szlig;, Elke</p>
</body></html>"""
    return msg(A("Elke Sonntag", "elke.sonntag"), SW, "KT-Fälle > 42 Tage", dt(2, 2, 16, 48), html=h, html_only=True)


@mail(46, "NORMAL", "en", "internal", "trap: staff health day with flu vaccination and blood pressure checks, organisational")
def _():
    return msg(IK, A("All staff St. Gallen", "alle-stgallen"), "Health day 5 March: flu shots, back check, healthy lunch",
               dt(2, 23, 9, 30),
"""Dear colleagues,

on Thursday, 5 March, we hold our health day in St. Gallen (meeting rooms
Säntis and Alpstein, 9:00-15:00):

- flu vaccination by the company doctor (free, bring your vaccination card if you
  have one; sign up in the intranet list, 5-minute slots)
- blood pressure and blood sugar check by the Red Cross team
- back check and 20-minute "healthy desk" workshop with a physiotherapist
- salad bar in the canteen

Everything is voluntary and no results are shared with the company.

Ines Kögel
HR & Organisation""")


@mail(47, "CONFIDENTIAL", "de", "customer", "Swiss family: son's football broke neighbour's window, private liability, forwarded")
def _():
    return msg(RB, A("Schadenannahme Schweiz", "schaden-ch"), "WG: Fensterscheibe Nachbar",
               dt(3, 2, 8, 5),
"""Privathaftpflicht, Police 71-118-40772. Kleinschaden, direkt regulieren. RB

-----Ursprüngliche Nachricht-----
Von: Markus Ammann <markus.ammann@gmx-mail.example>
Gesendet: Sonntag, 1. März 2026 17:30
An: schaden-ch@alpenrhein-vers.example
Betreff: Fensterscheibe Nachbar

Grüezi mitenand

Unser Sohn Nico (11) hat heute beim Fussballspielen im Garten die
Wohnzimmerscheibe vom Nachbarn (Familie Koller, Bahnhofstrasse 12, 9450 Altstätten)
getroffen. Doppelverglasung, muss ganz ersetzt werden. Der Glaser meint ca.
CHF 900.-. Wir haben bei Ihnen die Privathaftpflicht. Wie gehen wir vor?

Freundliche Grüsse
Markus Ammann, Bahnhofstrasse 14, 9450 Altstätten
""")


@mail(48, "NORMAL", "en", "internal", "trap: DPIA summary for new claims app mentioning health data categories, no persons")
def _():
    d = docx([
        "#DPIA summary – Claims App 'Snap&Claim' (v1.0)",
        "Controller: Alpenrhein Versicherungsgruppe (joint, DE/AT/CH). Author: P. Hagspiel.",
        "Processing: customers photograph invoices (doctor, dentist, hospital, vet, repair shop) and send them to the claims system.",
        "Data categories: identification data, policy numbers, bank data, health data (Art. 9 GDPR) on medical invoices.",
        "Risks: wrong recipient, photos remaining on the phone, OCR errors, access by support staff.",
        "Measures: end-to-end TLS, no local storage after upload, role-based access, OCR in own data centre, deletion after 10 years.",
        "Residual risk: low. Consultation of the supervisory authority not required.",
    ], "Petra Hagspiel")
    return msg(PH, A("Project Snap&Claim", "pj-snapclaim"), "DPIA Snap&Claim - summary for the steering committee",
               dt(3, 3, 17, 10),
"""Hi all,

attached the one-page summary of the DPIA for the steering committee on Friday.
The full document (38 pages) is in the project room. Main point: health data is
in scope, so we need the strict access concept before go-live in Switzerland.

Petra""", atts=[att("DPIA_SnapClaim_summary.docx", d)])


@mail(49, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital", "Swiss cost guarantee to hospital, semi-private stay, diagnosis")
def _():
    return msg(CF, "Patientenadministration KSSG <patientenadmin@kssg-spital.example>", "Kostengutsprache halbprivat – Zürcher, Ernst, 12.08.1954",
               dt(3, 4, 10, 20),
"""Sehr geehrte Damen und Herren

Für den stationären Aufenthalt von

Herrn Ernst Zürcher, geb. 12.08.1954, AHV-Nr. 756.9028.3746.52
Eintritt 09.03.2026, Klinik für Orthopädie, Hüft-TP links (Coxarthrose M16.1)

erteilen wir die Kostengutsprache für die Mehrkosten der halbprivaten Abteilung
aus der Spitalzusatzversicherung HOSPITA (Police 72-208-11930), für voraussichtlich
6 Tage. Die Leistungen der Grundversicherung rechnen Sie bitte wie üblich mit der
obligatorischen Krankenpflegeversicherung ab.

Rechnung bitte an Alpenrhein Versicherungen (Schweiz) AG, Leistungen Zusatz,
Rorschacher Strasse 112, 9000 St. Gallen.

""" + SIG["CF"])


@mail(50, "CONFIDENTIAL", "de", "insurer-to-customer", "motor cancellation confirmed with masked IBAN for refund and policy number")
def _():
    return msg(TA, "Klaus Eisele <klaus.eisele@online-mail.example>", "Kündigungsbestätigung Kfz-Vertrag KF-7690331",
               dt(1, 5, 14, 30),
"""Sehr geehrter Herr Eisele,

wir bestätigen die Kündigung Ihres Kfz-Vertrags KF-7690331 (VW Touran, LI-KE 810)
wegen Fahrzeugverkaufs zum 30.12.2025. Der nicht verbrauchte Beitrag von
214,66 EUR wird auf Ihr Konto DE** **** **** **** **51 12 erstattet.

Ihre SF-Klasse 14 reservieren wir 12 Monate für ein Folgefahrzeug.

""" + SIG["TA"])


@mail(51, "NORMAL", "de", "insurer-to-customer", "trap: portal one-time password mail, no personal data")
def _():
    return msg(PORTAL, "mario.fritsch@vol-mail.example", "Ihr Einmal-Passwort für das Alpenrhein SecureMail-Portal",
               dt(3, 5, 9, 14),
"""Guten Tag,

für Ihre E-Mail-Adresse wurde ein Zugang zum Alpenrhein SecureMail-Portal
eingerichtet. Ihr Einmal-Passwort lautet:

    Kx7-p2Qm-94Rt

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das
Einmal-Passwort ist 7 Tage gültig. Geben Sie es niemals telefonisch weiter –
unsere Mitarbeitenden fragen Sie nie danach.

Alpenrhein Versicherungsgruppe · SecureMail""", headers=[("Auto-Submitted", "auto-generated")])


@mail(52, "STRICTLY_CONFIDENTIAL", "de", "customer", "body only 'zur Info'; forwarded message/rfc822 from customer about rehab after hip replacement")
def _():
    fw = inner("Irmgard Stadelmann <irmgard.stadelmann@t-mail.example>", "service@alpenrhein-vers.example",
               "Reha nach Hüft-OP", dt(3, 5, 19, 2),
"""Sehr geehrte Damen und Herren,

ich wurde am 24. Februar in der Klinik Oberstaufen an der rechten Hüfte operiert
(neues Hüftgelenk). Jetzt soll ich eine Reha machen, die Klinik hat Bad Wörishofen
vorgeschlagen, 3 Wochen stationär. Die Rentenversicherung zahlt wohl nicht, weil
ich schon in Rente bin (74). Übernimmt meine Krankenversicherung bei Ihnen
(Vers.-Nr. KV-1188302) die Kosten? Ich habe Tarif Komfort stationär.

Außerdem brauche ich einen Toilettensitzerhöher und eine Greifzange, das hat mir
der Physiotherapeut gesagt.

Mit freundlichen Grüßen
Irmgard Stadelmann
Kemptener Str. 88, 87700 Memmingen
""")
    return msg(A("Kundenservice Lindau", "service"), LEIST_KV, "WG: Reha nach Hüft-OP", dt(3, 6, 8, 10),
"""zur Info / Bearbeitung, siehe Anhang.

Kundenservice Lindau""", atts=[fw])


@mail(53, "CONFIDENTIAL", "de", "insurer-to-customer", "Swiss motor claim: plate SG, police number, Swiss spelling, nobody hurt")
def _():
    return msg(RB, "Daniela Rohner <daniela.rohner@bluewin-mail.example>", "Ihr Schadenfall vom 21.02.2026 – Auffahrunfall Gossau",
               dt(2, 24, 15, 0),
"""Grüezi Frau Rohner

Besten Dank für Ihre Meldung. Wir haben den Schaden unter der Nummer
MF-26-00488 erfasst (Motorfahrzeugversicherung, Police 71-600-20341, Fahrzeug
Skoda Octavia, SG 204 771).

Da Sie gemäss Unfallprotokoll aufgefahren sind, übernehmen wir den Schaden am
Fahrzeug von Herrn Keller (AR 31 225) aus der Haftpflicht. Ihr eigener Schaden
ist über die Vollkasko gedeckt, Selbstbehalt CHF 500. Zum Glück wurde niemand
verletzt.

Die Besichtigung Ihres Fahrzeugs macht unser Experte Herr Signer am Dienstag bei
der Garage Eberle in Gossau.

""" + SIG["RB"])


@mail(54, "NORMAL", "de", "internal", "trap: product minutes on accident tariff 'Gliedertaxe' and invalidity percentages, no persons")
def _():
    return msg(LB, A("Produktentwicklung Unfall", "pe-unfall"), "Protokoll PE Unfall 2027 – Gliedertaxe und Progression",
               dt(3, 9, 16, 30),
"""Protokoll Produktentwicklung Unfall 2027, 09.03.2026
Anwesend: Bereuter, Schai, Eberle, Dr. Sailer (Gast)

1. Gliedertaxe: Vorschlag verbesserte Werte (Basis AUVB 2022)
   Arm 70 → 75 %, Hand 55 → 60 %, Daumen 20 → 25 %, Auge 50 → 60 %,
   Gehör ein Ohr 30 → 35 %. Kostenwirkung lt. Aktuariat +4,2 % Prämie.
2. Progression 350 % / 500 %: Markt hat auf 600 % umgestellt, wir bleiben bei
   500 %, dafür Sofortleistung bei Schwerverletzungen (Polytrauma, Querschnitt,
   Amputation) 10.000 EUR.
3. Mitwirkungsanteil Krankheit/Gebrechen: Grenze von 25 % auf 40 % anheben –
   Dr. Sailer sieht medizinisch keine Bedenken.
4. Nächste Schritte: AVB-Entwurf bis Ende April (Bereuter), Kalkulation (Schai).

""" + SIG["LB"])


@mail(55, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel cancellation due to mother's stroke; medical certificate requested")
def _():
    return msg(DM, "Sven Johansson <sven.johansson@telia-mail.example>", "RE: cancel our ski week in Lech - claim TR-26-02210",
               dt(1, 28, 13, 15),
"""Dear Mr Johansson,

I am sorry to hear about your mother. Cancellation because of a sudden serious
illness of a close family member is covered by your cancellation insurance
(policy RV-7730-3318, trip 7-14 February, Hotel Gotthard, Lech, EUR 4,860).

To pay the cancellation costs we need:
- the doctor's certificate from the hospital in Göteborg confirming the stroke
  on 25 January and that she needs you there (our form attached in the portal is
  fine, English or Swedish),
- the hotel's cancellation invoice,
- proof that your mother is Ingrid Johansson (e.g. copy of her ID).

Claim number TR-26-02210.

""" + SIG["DM"] + """

> Hello, my mother (78) had a stroke on Sunday and is in Sahlgrenska hospital,
> we have to cancel our ski week in Lech. We are 4 persons. Is this paid?
> Sven Johansson
""")


@mail(56, "CONFIDENTIAL", "en", "customer", "expat sends new Swiss IBAN for premium debit, forwarded internally")
def _():
    return msg(NH, A("Inkasso Schweiz", "inkasso-ch"), "FW: change of bank account", dt(3, 10, 10, 0),
"""Bitte Zahlungsverbindung ändern, Police 72-410-90017 (household + liability).
Danke! Nadine

-----Original Message-----
From: Tomás García <tomas.garcia@fastmail-x.example>
Sent: Monday, 9 March 2026 21:17
To: expat@alpenrhein-vers.example
Subject: change of bank account

Hi,
I changed from UBS to Raiffeisen. please take the premiums from this account now:
CH36 8100 5000 3854 1270 4
Tomás García Ruiz, Rosenbergstrasse 44, 9000 St. Gallen
thanks a lot!
""")


@mail(57, "NORMAL", "en", "insurer-to-supplier", "trap: purchase order for laptops with supplier company bank details (corporate IBAN)")
def _():
    return msg(MK, "Sales Team Bodensee IT <sales@bodensee-it-systems.example>", "PO 4500019104 - 25 laptops for Bregenz office",
               dt(3, 11, 11, 40),
"""Dear Mr Hollenstein,

please find our purchase order below.

PO 4500019104 / Alpenrhein Versicherung AG Österreich, Seestraße 7, 6900 Bregenz
- 25 x Lenovo ThinkPad T14 Gen 5, 32 GB, 1 TB, German keyboard (AT), EUR 1,289.00
- 25 x USB-C dock, EUR 189.00
- Imaging with our standard image, asset labels, delivery by 10 April 2026
Total EUR 36,950.00 net

Your invoice details as confirmed: Bodensee IT Systems GmbH, IBAN
AT62 3200 0919 5942 0933, VAT ATU71188204. Payment 30 days net.

""" + SIG["MK"])


@mail(58, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "AT accident insurance: invalidity assessment letter with medical findings (PDF)")
def _():
    p = pdf("Leistungsabrechnung Unfall", [
        "#Abrechnung Dauerinvalidität - Polizze UV-40-118270",
        "Versicherte Person: Herbert Winder, geb. 29.04.1977",
        "Unfall vom 18.12.2025: distale Radiusfraktur rechts (S52.5), Plattenosteosynthese LKH Bregenz",
        "",
        "Gutachten Dr. Peter Kaufmann, Facharzt für Unfallchirurgie, vom 02.03.2026:",
        "Bewegungseinschränkung Handgelenk rechts (Extension/Flexion 40-0-50), Kraftminderung,",
        "Dauerzustand erreicht. Invalidität: 2/10 Handwert.",
        "",
        "Gliedertaxe Hand 60 % x 2/10 = 12 % Invalidität",
        "Versicherungssumme EUR 100.000 - Leistung EUR 12.000,00",
        "Überweisung auf AT81 1400 0401 7834 4262",
    ], "Lukas Bereuter")
    return msg(LB, "Herbert Winder <h.winder@aon-mail.example>", "Ihre Unfallversicherung – Abrechnung Dauerinvalidität",
               dt(3, 12, 9, 5),
"""Sehr geehrter Herr Winder,

auf Basis des Gutachtens von Herrn Dr. Kaufmann haben wir die Dauerinvalidität nach
Ihrem Sturz vom 18. Dezember 2025 abgerechnet. Die Details finden Sie in der
beiliegenden Abrechnung. Falls sich Ihr Zustand innerhalb von vier Jahren nach dem
Unfall verschlechtert, können Sie eine Neubemessung verlangen.

""" + SIG["LB"], atts=[att("Abrechnung_UV-40-118270.pdf", p)])


@mail(59, "NORMAL", "en", "internal", "trap: IT ticket 'mailbox full' for health claims shared mailbox")
def _():
    return msg(SERVICEDESK, A("Expat Service", "expat"), "[INC-2026-01177] Shared mailbox expat@ almost full (48.7 of 50 GB)",
               dt(3, 13, 7, 2),
"""Ticket INC-2026-01177 was created automatically.

The shared mailbox expat@alpenrhein-vers.example has reached 97 % of its quota.
Largest folders:
  Inbox/Claims-Medical      21.4 GB
  Inbox/Hospital-Invoices   12.9 GB
  Sent Items                 8.1 GB

Please move closed claims to the DMS (archive button "Claims -> DMS") or ask IT
for a quota increase via the self-service portal. When the quota is reached, the
mailbox will no longer receive mail.

IT Service Desk
https://servicedesk.alpenrhein-vers.example/ticket/INC-2026-01177""")


@mail(60, "CONFIDENTIAL", "de", "insurer-to-customer", "rent deposit guarantee: income and employer of named applicant")
def _():
    return msg(HB, "Lisa Marte <lisa.marte@posteo-mail.example>", "AW: Mietkautionsbürgschaft – fehlende Unterlagen",
               dt(3, 16, 14, 10),
"""Hallo Frau Marte,

danke für die Gehaltsabrechnungen. Mit einem Nettoeinkommen von 2.870 EUR
(Pflegefachkraft bei der Stiftung Liebenau, unbefristet) passt alles, die
Bürgschaft über 2.550 EUR für die Wohnung Kemptener Str. 31 in Lindau können wir
ausstellen. Jahresbeitrag 4,5 % = 114,75 EUR, Abbuchung von
DE65 2005 0550 5545 9479 63.

Die Bürgschaftsurkunde geht direkt an Ihre Vermieterin, Frau Hutter.

""" + SIG["HB"])


@mail(61, "STRICTLY_CONFIDENTIAL", "de", "internal", "HR: occupational reintegration (BEM) of named employee after burnout, health of employee")
def _():
    return msg(IK, A("Dr. Jürgen Pfanner", "juergen.pfanner"), "BEM – Wiedereingliederung Frau Sailer-Bohle (vertraulich)",
               dt(3, 17, 12, 0),
"""Hallo Jürgen,

kurzer Stand zum BEM von Frau Katja Sailer-Bohle (Vertrieb Innendienst):
Sie war seit 3. November im Krankenstand bzw. arbeitsunfähig, lt. ihrer eigenen
Angabe im BEM-Gespräch wegen einer Erschöpfungsdepression, stationär in der
Klinik Schloss Mainberg bis Ende Jänner. Die Wiedereingliederung nach
Hamburger Modell startet am 1. April: 2 Wochen 3 h/Tag, dann 4 h, ab Mai 6 h.
Wunsch: kein Telefondienst in den ersten 4 Wochen.

Sie ist einverstanden, dass du als Führungskraft diese Infos bekommst, mehr bitte
nicht weitergeben (auch nicht im Team).

Ines""")


@mail(62, "NORMAL", "de", "newsletter", "customer newsletter winter tips (pipes, snow load), no personal data")
def _():
    return msg(NEWS, "kunden@lists.alpenrhein-vers.example", "Winter-Check: So schützen Sie Ihr Haus vor Frost und Schneelast",
               dt(1, 15, 7, 0),
"""Liebe Kundinnen und Kunden,

die Kältewelle ist da. Mit diesen Tipps vermeiden Sie die häufigsten Winterschäden:

* Leitungen in unbeheizten Räumen (Garage, Keller, Ferienwohnung) entleeren oder
  Frostwächter auf 5 °C stellen.
* Außenwasserhähne absperren und Schläuche abnehmen.
* Schneelast: Ab ca. 40 cm nassem Schnee auf Flachdächern und Carports wird es
  kritisch. Dach nie selbst betreten – Fachfirma beauftragen.
* Dachlawinen: Gehwege absichern, Sie haften als Eigentümer.

Wenn doch etwas passiert: Schaden online melden unter
www.alpenrhein-vers.example/schaden – wir melden uns innerhalb von 24 Stunden.

Ihre Alpenrhein Versicherungsgruppe
Lindau · Bregenz · St. Gallen

Abmelden: www.alpenrhein-vers.example/newsletter/off""")


@mail(63, "CONFIDENTIAL", "de", "customer", "AT dialect: car hit at supermarket car park, plate; staff reply with claim number")
def _():
    return msg(SG, "Manfred Bischof <manni.bischof@a1-mail.example>", "Re: auto angfahrn", dt(3, 18, 8, 15),
"""Servus Herr Bischof,

unangenehm, aber kein Drama: Wenn der Unbekannte nicht auftaucht, läuft's über
Ihre Kasko (Vollkasko, SB 350). Schaden-Nr. K-AT-26-001102, Fahrzeug DO-514 MB.
Bitte noch die Anzeige von der PI Dornbirn nachreichen, dann geb ich frei.

""" + SIG["SG"] + """

Am 17.03.2026 um 19:48 schrieb Manfred Bischof:
> servas, mei auto is heut am parkplatz vom billa in dornbirn angfahrn wordn,
> kotflügel vorn links hi. koa zettl, nix. kennzeichen DO-514 MB, polizze hab i
> grad ned do. was tua i jetzt?
""")


@mail(64, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "long-term care supplement AT: care allowance level 4, dementia, named insured")
def _():
    return msg(VF, "Reinhard Nesensohn <r.nesensohn@vol-mail.example>", "Pflegegeldversicherung Ihrer Mutter – Leistungszusage",
               dt(3, 19, 10, 40),
"""Sehr geehrter Herr Nesensohn,

vielen Dank für die Zusendung des Bescheids der Pensionsversicherungsanstalt.
Ihre Mutter, Frau Rosa Nesensohn (Polizze PF-40-006219), wurde ab 1. Februar 2026
in Pflegegeldstufe 4 eingestuft (Pflegebedarf 185 Stunden/Monat, Diagnose laut
Gutachten: Alzheimer-Demenz, mittelgradig).

Aus der privaten Pflegegeldversicherung zahlen wir ab Februar monatlich
EUR 1.200 (Stufe 4 = 80 % der versicherten EUR 1.500). Die Nachzahlung für
Februar und März überweisen wir diese Woche.

Sie haben die Vollmacht Ihrer Mutter vorgelegt – wir korrespondieren daher mit
Ihnen.

""" + SIG["VF"])


@mail(65, "NORMAL", "en", "insurer-to-customer", "trap: prospect asks if travel insurance covers ski helmet rental and rescue; generic answer")
def _():
    return msg(DM, "Pieter de Wit <pieterdewit@kpn-mail.example>", "RE: question about travel insurance before booking",
               dt(1, 6, 12, 30),
"""Dear Mr de Wit,

thanks for your question. Our travel package "Alpin" covers:
- medical treatment abroad and repatriation, including mountain rescue and
  helicopter transport up to EUR 30,000,
- theft of rented ski equipment (including helmets) up to EUR 1,500, deductible
  EUR 100,
- cancellation up to the amount you choose.

You can buy it online until the day before you travel. Pre-existing illnesses
are covered for acute emergencies. If you have more questions, just call us.

""" + SIG["DM"] + """

> hello, we are going to Montafon in february with the kids, does your travel
> insurance pay when the rented helmet is stolen? and the helicopter when
> something happen on the slope? we are not insured yet. Pieter
""")


@mail(66, "CONFIDENTIAL", "en", "insurer-to-company", "cargo claim for Dutch shipper with named contact person, damaged load")
def _():
    return msg(RB, "Anouk Visser <a.visser@visser-logistics.example>", "Cargo claim TR-CH-26-0041 - damaged machine parts",
               dt(3, 20, 14, 55),
"""Dear Ms Visser,

we confirm receipt of your claim under the open cargo policy 71-900-00318
(Visser Logistics B.V.). Shipment: 6 pallets of CNC spindle units from
Eindhoven to Bühler AG, Uzwil, truck NL 82-BRK-4, delivered 17 March with
visible impact damage to two pallets.

Our surveyor, Mr Ruedi Signer, will inspect the goods at the consignee on
24 March. Please keep the packaging and send us the CMR with the driver's
remarks and the commercial invoice (declared value EUR 148,000).

""" + SIG["RB"])


@mail(67, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer", "liability personal injury: injured pedestrian with traumatic brain injury, lawyer correspondence")
def _():
    return msg(HB, "Kanzlei Dr. Heinzelmann <sekretariat@ra-heinzelmann.example>", "Ihr Az. 114/25 – Schadensache Fischer ./. Grabher, unser Schaden S-25-018822",
               dt(3, 23, 11, 20),
"""Sehr geehrter Herr Rechtsanwalt Dr. Heinzelmann,

in der Schadensache Ihrer Mandantin Frau Renate Fischer gegen unseren
Versicherungsnehmer Herrn Lukas Grabher (Privathaftpflicht PHV-5502913) nehmen wir
zu Ihrem Schreiben vom 9. März wie folgt Stellung:

Die Haftung unseres Versicherungsnehmers für den Sturz Ihrer Mandantin über die
nicht gesicherte Leiter am 14.10.2025 ist dem Grunde nach unstreitig. Zur Höhe:
Nach dem Entlassungsbericht der Klinik Tettnang erlitt Ihre Mandantin ein
Schädel-Hirn-Trauma 2. Grades mit Subduralhämatom (S06.5) und war 9 Tage
stationär. Die von Ihnen geltend gemachten Konzentrationsstörungen sind bislang
nur durch ein Attest der Hausärztin belegt; wir bitten um den neurologischen
Befund aus der Nachuntersuchung im Februar.

Wir zahlen vorab ein Schmerzensgeld von 8.000 EUR als Abschlag.

Mit freundlichen Grüßen
Hanna Brugger
Sachschaden Privatkunden / Haftpflicht

""" + FOOT_DE)


@mail(68, "NORMAL", "de", "internal", "trap: blank consent/confidentiality-release template with «placeholders» (DOCX)")
def _():
    d = docx([
        "#Schweigepflichtentbindungserklärung (Muster 2026, Version 0.9)",
        "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»",
        "Vertragsnummer: «Vertragsnummer»",
        "Ich entbinde die nachfolgend genannten Ärztinnen, Ärzte, Zahnärzte, Krankenhäuser und Pflegeeinrichtungen, die mich in den letzten fünf Jahren untersucht, beraten oder behandelt haben, von ihrer Schweigepflicht gegenüber der «Gesellschaft».",
        "Behandelnde Stelle 1: «Name, Anschrift»",
        "Behandelnde Stelle 2: «Name, Anschrift»",
        "Die Erklärung gilt für die Prüfung des Leistungsfalls «Schadennummer» und ist jederzeit widerruflich.",
        "«Ort», «Datum»      Unterschrift: ______________________",
    ], "Petra Hagspiel")
    return msg(PH, A("Datenschutzkoordinatoren", "ds-koordination"), "Entwurf Schweigepflichtentbindung 2026 – bitte bis 06.02. kommentieren",
               dt(1, 23, 15, 45),
"""Hallo zusammen,

wie im Jour fixe angekündigt der Entwurf der neuen Schweigepflichtentbindung.
Änderungen gegenüber 2023: einheitlich für DE/AT/CH, Gesellschaft als Platzhalter,
5-Jahres-Zeitraum statt "alle Ärzte". Bitte Kommentare direkt im Dokument.

Petra""", atts=[att("Schweigepflichtentbindung_Muster_2026_v0.9.docx", d)])


@mail(69, "CONFIDENTIAL", "en", "insurer-to-broker", "D&O quote for Liechtenstein company with named directors")
def _():
    return msg(ME, "Fabian Marxer <f.marxer@marxer-insurance-broker.example>", "RE: D&O quote Rheintal Precision AG",
               dt(3, 24, 16, 0),
"""Hi Fabian,

quote for Rheintal Precision AG, Schaan, attached to the portal message from
this morning. Short version: limit CHF 5 m, retention CHF 25k for company
reimbursement, premium CHF 11,400 p.a. We need the signed proposal from the
board: Mr Hansjörg Büchel (chairman) and Ms Claudia Vogt (CFO), plus the 2025
annual report. The pending claim by the former CEO Mr Frick must be declared
and will be excluded.

Best
Markus

""" + FOOT_DE)


@mail(70, "STRICTLY_CONFIDENTIAL", "de", "customer", "attachment-only: body 'anbei', naturopath invoice with diagnoses in PDF")
def _():
    p = pdf("Rechnung Heilpraktiker", [
        "#Naturheilpraxis Birgit Leibinger - Heilpraktikerin",
        "Bahnhofstraße 3, 88212 Ravensburg",
        "",
        "Rechnung Nr. 2026/031 vom 28.02.2026",
        "Patient: Thomas Engstler, geb. 23.08.1966, Hauptstr. 17, 88074 Meckenbeuren",
        "Diagnose: chronisches Erschöpfungssyndrom, Reizdarmsyndrom (K58.9), Schlafstörungen",
        "",
        "GebüH 1   Eingehende Untersuchung      2x   je 19,50   39,00",
        "GebüH 20.1 Akupunktur                   6x   je 25,60  153,60",
        "GebüH 25.4 Infusion (Vitamin C 15 g)    4x   je 18,50   74,00",
        "Arzneimittel: Vitamin C Pascoe, Zink, Symbioflor 2             86,40",
        "Summe EUR 353,00",
    ], "Naturheilpraxis Leibinger")
    return msg(SW, LEIST_KV, "WG: Rechnung", dt(3, 25, 8, 50),
"""Ablage/Prüfung bitte (KV-1190287, HP-Tarif).

-----Ursprüngliche Nachricht-----
Von: Thomas Engstler <t.engstler@web-mail.example>
Gesendet: Dienstag, 24. März 2026 22:10
Betreff: Rechnung

anbei

Gesendet von Outlook für Android
""", atts=[att("scan_0324.pdf", p)])


@mail(71, "NORMAL", "de", "internal", "trap: sickness-absence rate per department, aggregated (XLSX)")
def _():
    rows = [("Abteilung", "Standort", "MA", "Krankenstandsquote 2025 %", "Vorjahr %"),
            ("Leistung Kranken", "Lindau", 42, 5.8, 6.1),
            ("Kfz/Sach Schaden", "Lindau", 37, 4.9, 5.2),
            ("Kundenservice", "Bregenz", 29, 6.4, 5.9),
            ("Unfall/Reise", "Bregenz", 18, 3.7, 4.4),
            ("Zusatz Kranken", "St. Gallen", 21, 3.2, 3.5),
            ("IT", "Lindau", 26, 3.1, 3.3),
            ("Gesamt", "", 173, 4.8, 5.0)]
    return msg(IK, A("Geschäftsleitung", "gl"), "Gesundheitsbericht 2025 – Krankenstandsquoten",
               dt(2, 13, 10, 30),
"""Liebe Kolleginnen und Kollegen der GL,

anbei die Krankenstandsquoten 2025 je Abteilung (nur Abteilungen ab 15 MA,
kleinere sind nicht ausgewiesen). Insgesamt leicht rückläufig. Die Werte für
Bregenz Kundenservice besprechen wir im BGM-Steuerkreis am 3. März.

""" + SIG["IK"], atts=[att("Krankenstand_2025_Abteilungen.xlsx", xlsx([("2025", rows)], "Ines Kögel"))])


@mail(72, "CONFIDENTIAL", "de", "insurer-to-customer", "storm damage to home, surveyor appointment, named customer and address")
def _():
    return msg(HB, "Martin Gebhard <martin.gebhard@gmx-mail.example>", "Sturmschaden 'Lothar II' – Gutachtertermin",
               dt(2, 20, 12, 5),
"""Hallo Herr Gebhard,

zu Ihrem Sturmschaden (WG-3301554, Schaden S-26-006112) am Haus Seeweg 9,
88149 Nonnenhorn: Unser Gutachter Herr Dipl.-Ing. Reisch kommt am Mittwoch,
25.02., zwischen 9 und 11 Uhr. Bitte die abgedeckten Dachziegel nicht entsorgen
und die Rechnung vom Dachdecker für die Notabdeckung (Plane) aufheben, die
bezahlen wir auch.

""" + SIG["HB"])


@mail(73, "NORMAL", "en", "internal", "trap: underwriting guideline for diabetes applicants, generic, no persons")
def _():
    return msg(RS, A("Underwriting team", "underwriting"), "Underwriting guideline update: diabetes type 1 and 2 (v2026.1)",
               dt(3, 26, 9, 10),
"""Dear colleagues,

the reinsurer's manual was updated, so our guideline changes as follows from
1 April:

Type 2 diabetes, age 30-60, HbA1c < 7.0 %, no complications:
  term life +25 to +50 % (was +75 %), income protection: individual decision.
Type 1 diabetes with insulin pump or CGM, diagnosed > 5 years, HbA1c < 7.5 %:
  term life +75 % (was +100 %), no more postponement after hypoglycaemia with
  hospital stay older than 2 years.
Gestational diabetes (resolved): standard rates.

Please ask for the last two HbA1c values and the eye examination report. The
updated manual is on the intranet page "Risikoprüfung".

""" + SIG["RS"])


@mail(74, "NORMAL", "de", "insurer-to-customer", "trap: auto-reply from claims mailbox mentioning Arztberichte/Gesundheitsunterlagen, no content")
def _():
    return msg(SCHADEN, "w.bohle@t-mail.example", "Eingangsbestätigung: Ihre Nachricht an den Schadenservice",
               dt(3, 27, 22, 14),
"""Guten Tag,

vielen Dank für Ihre Nachricht. Sie ist bei uns eingegangen und wird in der
Regel innerhalb von zwei Arbeitstagen bearbeitet.

Bitte senden Sie Arztberichte, Rechnungen mit Diagnosen oder andere
Gesundheitsunterlagen nicht per normaler E-Mail, sondern über unser
SecureMail-Portal: https://securemail.alpenrhein-vers.example/

Ihr Schadenservice der Alpenrhein Versicherungsgruppe""", headers=[("Auto-Submitted", "auto-replied")])


@mail(75, "CONFIDENTIAL", "de", "customer", "Swiss customer's address change with birth date for identification, quoted")
def _():
    return msg(CF, "Werner Egger <werner.egger@bluewin-mail.example>", "AW: Adressänderung",
               dt(3, 30, 9, 0),
"""Grüezi Herr Egger

Vielen Dank, wir haben Ihre neue Adresse ab 1. April 2026 in allen Verträgen
erfasst (Hausrat 71-204-77130, Privathaftpflicht 71-118-77131). Sie erhalten
neue Policen per Post.

""" + SIG["CF"] + """

> Grüessech
> Ich zügle per 1. April von Herisau nach Teufen, neue Adresse:
> Speicherstrasse 21, 9053 Teufen AR.
> Zur Identifikation: Werner Egger, geb. 03.04.1971.
> Gruss W. Egger
""")


@mail(76, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "health DE: partial refusal for varifocal glasses, visual aid, dioptres")
def _():
    return msg(SW, "Bärbel Kohler <baerbel.kohler@freenet-mail.example>", "Ihre Einreichung vom 02.03.2026 – Gleitsichtbrille",
               dt(3, 9, 11, 15),
"""Sehr geehrte Frau Kohler,

vielen Dank für die Rechnung von Optik Hehle, Lindau, über Ihre neue
Gleitsichtbrille (sph. +2,75 / +3,00, Addition 2,25) in Höhe von 1.146,00 EUR.

Ihr Tarif AMB-Basis (KV-1174420) sieht für Sehhilfen einen Zuschuss von
höchstens 250 EUR innerhalb von 24 Monaten vor. Da wir Ihnen bereits im
Juni 2025 150 EUR für Kontaktlinsen erstattet haben, können wir diesmal noch
100 EUR zahlen. Die Höherversicherung in den Tarif AMB-Plus wäre ohne neue
Gesundheitsprüfung nicht möglich.

""" + SIG["SW"])


@mail(77, "NORMAL", "de", "insurer-to-partner", "trap: association survey answer with aggregated health and accident claims ratios")
def _():
    return msg(MS, "Statistik VVO <statistik@vvo-verband.example>", "Erhebung Schaden-/Leistungsquoten 2025 – Alpenrhein AT",
               dt(2, 27, 13, 0),
"""Sehr geehrte Frau Mag. Kainz,

anbei unsere Meldung für die Verbandsstatistik 2025 (Alpenrhein Versicherung AG
Österreich), alle Werte in TEUR:

Sparte                  Prämie   Leistungen  Quote
Krankenversicherung     48.210   36.880      76,5 %
Unfallversicherung      21.905    9.640      44,0 %
Haushalt/Eigenheim      33.410   20.710      62,0 %
Kfz-Haftpflicht         27.330   19.950      73,0 %
Rechtsschutz             9.820    5.600      57,0 %

Anmerkung Kranken: Anstieg wegen Sonderklasse-Tarifvereinbarungen mit den
Landesfonds. Anmerkung Unfall: Wintersportsaison ohne Großschäden.

Freundliche Grüsse
Marco Schai
Aktuariat Gruppe

""" + FOOT_AT)


@mail(78, "CONFIDENTIAL", "en", "insurer-to-customer", "baggage theft at Zurich airport, travel policy and claim, named customer")
def _():
    return msg(NH, "Kenji Watanabe <k.watanabe@jpmail.example>", "RE: suitcase stolen at Zurich Airport - claim RG-26-00377",
               dt(3, 2, 10, 10),
"""Dear Mr Watanabe,

thank you for the police report from the Kantonspolizei Zürich (airport) and the
list of items. Under your travel policy TP-CH-33017 we cover baggage up to
CHF 3,000. We pay:

- suitcase Rimowa (bought 2022), time value CHF 480
- clothes and shoes, time value CHF 920
- camera Sony A7 IV: not covered when left unattended in a luggage trolley
  (exclusion 4.2) – I am sorry.

Total CHF 1,400 minus deductible CHF 200 = CHF 1,200, paid to your Wise account
as requested.

""" + SIG["NH"])


@mail(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life insurance policy loan (personal line), amounts and bank details")
def _():
    return msg(FZ, "Dieter Ruf <dieter.ruf@t-mail.example>", "Policendarlehen zu Ihrer Lebensversicherung LV 1980442",
               dt(3, 31, 10, 0),
"""Sehr geehrter Herr Ruf,

wie gewünscht gewähren wir Ihnen ein Policendarlehen auf Ihre
Kapitallebensversicherung LV 1980442:

Rückkaufswert zum 01.04.2026:     41.208,17 EUR
Darlehen (max. 80 %):             30.000,00 EUR
Zinssatz:                          4,25 % p.a., vierteljährlich nachschüssig
Auszahlung auf:                   DE34 7015 0000 1164 2576 74

Das Darlehen kann jederzeit ganz oder teilweise zurückgezahlt werden; bei
Ablauf oder im Todesfall wird es mit der Leistung verrechnet. Den Darlehensvertrag
haben wir Ihnen in Ihr Kundenpostfach gestellt.

""" + SIG["FZ"])


@mail(80, "NORMAL", "de", "internal", "trap: calendar invite workshop on health claims process (ICS), no persons")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpenrhein//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:20260218-ws-leistung-kranken@alpenrhein-vers.example
DTSTAMP:20260202T090000Z
DTSTART;TZID=Europe/Berlin:20260218T130000
DTEND;TZID=Europe/Berlin:20260218T163000
SUMMARY:Workshop Prozess Arztrechnungen / Krankenhausrechnungen
LOCATION:Lindau, Raum Pfänder
DESCRIPTION:Ziel: Durchlaufzeit Arztrechnungen < 5 Tage. Themen: Eingangskanäle (Portal\\, Post\\, App)\\, Dunkelverarbeitung GOÄ\\, Rückfragen bei Kliniken.
ORGANIZER;CN=Sabine Wetzel:mailto:sabine.wetzel@alpenrhein-vers.example
ATTENDEE;CN=Leistung Kranken:mailto:leistung-kranken-alle@alpenrhein-vers.example
END:VEVENT
END:VCALENDAR
"""
    return msg(SW, A("Leistung Kranken alle", "leistung-kranken-alle"), "Einladung: Workshop Prozess Arztrechnungen (18.02., 13:00)",
               dt(2, 2, 10, 0),
"""Hallo zusammen,

Einladung zum Workshop – bitte Erfahrungen mit Rückfragen bei Kliniken mitbringen.
Keine Echtfälle auf die Folien!

Sabine""", atts=[att("einladung.ics", ics)])


@mail(81, "CONFIDENTIAL", "de", "insurer-to-customer", "eVB number for new registration, named customer and vehicle")
def _():
    return msg(TA, "Ayla Yilmaz <ayla.yilmaz@gmx-mail.example>", "Ihre eVB-Nummer",
               dt(4, 1, 9, 20),
"""Hallo Frau Yilmaz,

hier Ihre eVB-Nummer für die Zulassung: A7K3M9Q

Fahrzeug: Toyota Yaris Hybrid, FIN VNKKTUD3X0A114872, Halterin Ayla Yilmaz,
Friedrichshafener Str. 19, 88131 Lindau. Wunschkennzeichen LI-AY 2004 ist bei
der Zulassungsstelle reserviert, wie Sie schreiben. Vertrag läuft mit SF 3 ab
Zulassungstag.

""" + SIG["TA"])


@mail(82, "STRICTLY_CONFIDENTIAL", "de", "customer", "AT customer with SVNR and e-card: doctor visit for gastritis, gastroscopy bill; forwarded")
def _():
    return msg(VF, LEIST_KV, "WG: rechnung ordination dr. hammerer", dt(4, 2, 14, 0),
"""Wahlarzt-Rechnung, bitte nach Tarif AMB-AT abrechnen. KV-40-498810.

-----Original Message-----
From: Johann Rusch <johann.rusch@aon-mail.example>
Sent: Wednesday, April 1, 2026 20:41

hallo
war am 24.3. in der ordination vom dr. hammerer (internist, wahlarzt) wegen
magenschmerzen, hat gastroskopie gmacht, gastritis und helicobacter positiv.
rechnung 285 euro hab ich schon bei der ögk eingreicht, die zahlen 62,40.
den rest bitte ihr. svnr 6173 241168, e-card nummer is eh die gleiche.
rusch johann, rankweil
""")


@mail(83, "NORMAL", "en", "internal", "trap: English job ad travel health claims handler, medical terms")
def _():
    return msg(IK, "jobs@lists.alpenrhein-vers.example", "Job opening: Claims Handler Travel Health & Assistance (English/German), Bregenz",
               dt(2, 4, 8, 0),
"""Claims Handler Travel Health & Assistance (m/f/d) – Bregenz, 100 %

You will:
- handle medical claims of tourists and expats (hospital invoices, repatriation,
  dental emergencies) in English and German
- talk with hospitals and assistance doctors about treatment and transport
- work in our 24/7 on-call rota (1 week per month)

You have:
- training as a nurse, paramedic or medical assistant, or insurance training
  with medical knowledge
- fluent English, good German; Italian or Dutch is a plus

We offer flexible working hours, a ski-pass subsidy and a modern office at the
lake. Apply by 6 March: jobs@alpenrhein-vers.example, reference TH-2026-03.

""" + SIG["IK"])


@mail(84, "CONFIDENTIAL", "de", "insurer-to-customer", "employment legal expenses: dismissal, salary figure of named customer")
def _():
    return msg(ER, "Philipp Mähr <philipp.maehr@vol-mail.example>", "Rechtsschutz Arbeitsrecht – Kündigung durch Ihren Dienstgeber",
               dt(4, 6, 13, 30),
"""Sehr geehrter Herr Mähr,

wir bestätigen die Deckung aus Ihrer Rechtsschutzversicherung (RS-40-288014,
Baustein Arbeitsgerichts-Rechtsschutz) für die Anfechtung der Kündigung durch die
Metallbau Längle GmbH vom 27.03.2026 vor dem Arbeits- und Sozialgericht Feldkirch.

Für die Berechnung des Streitwerts legen wir Ihr Bruttomonatsgehalt von
EUR 3.420 (14 x jährlich) zugrunde. Ihr Anwalt, Herr Dr. Nenning, kann direkt
mit uns abrechnen. Schadennummer RS-AT-26-00531.

""" + SIG["ER"])


@mail(85, "STRICTLY_CONFIDENTIAL", "en", "customer", "expat: wife gave birth, add newborn to health insurance; quoted in staff reply")
def _():
    return msg(SW, "Arjun Krishnan <arjun.krishnan@mailbox.example>", "RE: add our baby to health insurance",
               dt(2, 10, 9, 45),
"""Dear Mr Krishnan,

congratulations to you and your wife! We add Aarav to your private health
insurance (KV-1201833) from the day of birth, 2 February 2026, without health
questions, because you told us within two months. Please send the birth
certificate (copy is enough). The hospital bill of the Klinikum Friedrichshafen
for your wife's caesarean section goes to her tariff as usual.

""" + SIG["SW"] + """

On 09.02.2026 20:03 Arjun Krishnan wrote:
> Hello, my wife Priya delivered our son Aarav on 2nd Feb in Klinikum
> Friedrichshafen, it was caesarean but both are fine now. Baby had some
> jaundice, was 3 days under the lamp. Please add him to our health insurance.
> Arjun Krishnan, Lindau
""")


@mail(86, "NORMAL", "de", "internal", "trap: facility mail about lift failure affecting doctor's practice tenant in own building")
def _():
    return msg(MK, A("Standort St. Gallen", "standort-stgallen"), "Lift Rorschacher Strasse ausser Betrieb – Hinweis Arztpraxis 3. OG",
               dt(4, 7, 7, 40),
"""Guten Morgen zusammen,

der Personenlift im Haus Rorschacher Strasse 112 ist seit gestern Abend defekt
(Steuerplatine), Schindler kommt heute Nachmittag. Ersatzteil evtl. erst Freitag.

Bitte beachten: Die Hausarztpraxis im 3. OG (Praxis am Bahnhof) hat viele ältere
Patientinnen und Patienten und Rollstuhlfahrer. Der Empfang bitte an die Praxis
verweisen (Tel. 071 222 31 40); die Praxis organisiert Hausbesuche bzw. verlegt
Termine. Den Warenlift im Hof dürfen wir aus Sicherheitsgründen nicht für
Personen freigeben.

""" + SIG["MK"])


@mail(87, "CONFIDENTIAL", "de", "insurer-to-customer", "AT household burglary, stolen items list XLSX, named customer and address")
def _():
    rows = [("Gegenstand", "Kaufjahr", "Kaufpreis EUR", "Beleg vorhanden"),
            ("Notebook MacBook Air M2", 2023, 1349, "ja"),
            ("Damenarmbanduhr Tissot", 2019, 590, "nein"),
            ("Goldkette (Erbstück)", "", 1200, "Foto"),
            ("Bargeld", "", 340, "-"),
            ("Spielkonsole PS5 + 3 Spiele", 2024, 690, "ja")]
    return msg(VF, "Sabine Dünser <s.duenser@kabelplus-mail.example>", "AW: Einbruch Wohnung – Schadenaufstellung",
               dt(4, 8, 15, 5),
"""Liebe Frau Dünser,

danke für die Liste. Ich hab sie in eine Tabelle übertragen, bitte kontrollieren
und Fehlendes ergänzen (v. a. Belege zur Goldkette, wenn möglich Schätzung vom
Juwelier). Haushaltsversicherung HH-40-660127, Wohnung Achstraße 44/7, 6971 Hard,
Schadennummer H-AT-26-00744. Bargeld ist bis EUR 500 versichert, passt.

""" + SIG["VF"], atts=[att("Schadenaufstellung_Duenser.xlsx", xlsx([("Gestohlen", rows)], "Verena Fink"))])


@mail(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "CH dental supplement: cost estimate implant tooth 36, dentist, periodontitis")
def _():
    return msg(CF, "Ursula Keller <ursula.keller@sunrise-mail.example>", "Kostenvoranschlag Implantat – Ihre Zahnversicherung DENTA",
               dt(4, 9, 11, 25),
"""Grüezi Frau Keller

Wir haben den Kostenvoranschlag von Dr. med. dent. Flavio Bernasconi, Wil,
geprüft: Extraktion Zahn 36, Knochenaufbau, Implantat mit Krone, total
CHF 5'480.-.

Aus Ihrer DENTA Stufe 2 (Police 72-515-33018) übernehmen wir 75 % bis zum
Jahresmaximum von CHF 2'000.-. Da der Zahn wegen der Parodontitis entfernt
werden muss, die bereits bei Vertragsbeginn im Zahnstatus vermerkt war, ist
die Parodontitis-Behandlung selbst ausgeschlossen, das Implantat jedoch gedeckt.

""" + SIG["CF"])


@mail(89, "NORMAL", "de", "insurer-to-customer", "trap: certificate registration confirmation, automatic, no personal data")
def _():
    return msg(A("Zertifikatsdienst Alpenrhein", "zertifikat"), "kanzlei@ra-berchtold.example", "Ihr S/MIME-Zertifikat wurde registriert",
               dt(4, 10, 10, 2),
"""Guten Tag,

Ihr S/MIME-Zertifikat wurde erfolgreich registriert.

Inhaber:        kanzlei@ra-berchtold.example
Aussteller:     D-TRUST Application CA 3-2 2019
Gültig bis:     14.11.2027

Ab sofort senden wir Ihnen vertrauliche Nachrichten Ende-zu-Ende verschlüsselt.
Unser eigenes Zertifikat finden Sie im Verzeichnis:
https://zertifikate.alpenrhein-vers.example/

Dies ist eine automatisch erzeugte Nachricht.""", headers=[("Auto-Submitted", "auto-replied")])


@mail(90, "CONFIDENTIAL", "de", "broker", "broker asks for quote for sole-trader carpenter with birth date and income; quoted")
def _():
    return msg(ME, "Versicherungsmakler Fritz Hämmerle <fh@haemmerle-makler.example>", "AW: Anfrage Betriebshaftpflicht Schreinerei Sutter",
               dt(4, 13, 16, 40),
"""Hallo Fritz,

passt, das rechne ich dir. Bei 62.000 EUR Gewinn und zwei Mitarbeitern landen wir
bei der Betriebshaftpflicht Handwerk bei ca. 780 EUR netto, mit Montageversicherung
ca. 1.050. Angebot kommt morgen ins Portal.

""" + SIG["ME"] + """

> Servus Markus,
> Kunde: Bernd Sutter, geb. 30.11.1973, selbständiger Schreinermeister
> (Einzelunternehmen "Schreinerei Sutter"), Gewerbestr. 4, 88145 Opfenbach.
> Gewinn lt. Steuerbescheid 2024 ca. 62.000 EUR, Umsatz 310.000, 2 Gesellen.
> Braucht Betriebshaftpflicht ab 1.5., Vorversicherer kündigt wg. Schadenhäufigkeit
> (2 Schäden Wasserleitung beim Kunden).
> Gruß Fritz
""")


@mail(91, "STRICTLY_CONFIDENTIAL", "de", "internal", "daily sickness allowance: continued incapacity, sick note details only in quoted reply")
def _():
    return msg(SW, A("Elke Sonntag", "elke.sonntag"), "AW: KT-883019 Folgebescheinigung",
               dt(2, 24, 10, 15),
"""Hi Elke, ja, zahlen bis 20.03., danach Reha-Bericht abwarten. S.

-----Ursprüngliche Nachricht-----
Von: Elke Sonntag
Gesendet: Dienstag, 24. Februar 2026 09:58
An: Sabine Wetzel
Betreff: KT-883019 Folgebescheinigung

Hallo Sabine,
Frau Bader hat die Folge-AU geschickt: arbeitsunfähig bis 20.03.2026, Diagnose
M51.2 G, Z98.8 (Z. n. Nukleotomie L4/5 am 02.02.), Reha in Bad Wurzach seit 23.02.
Tagegeld 95 EUR ab 43. Tag. Weiter zahlen?
Elke
""")


@mail(92, "NORMAL", "en", "newsletter", "trap: English broker newsletter with model premiums for example ages, expat health")
def _():
    return msg(NEWS, "brokers-en@lists.alpenrhein-vers.example", "Broker news 1/2026: expat health Switzerland, new prices",
               dt(1, 30, 6, 45),
"""BROKER NEWS 1/2026 – Alpenrhein Expat Service, St. Gallen

New prices for INTERNATIONAL HEALTH (supplementary, worldwide) from 1 April:

Model customer        Plan Silver   Plan Gold    Plan Platinum
Age 30, single        CHF 89        CHF 142      CHF 231  per month
Age 45, single        CHF 131       CHF 205      CHF 338
Family (2 adults,     CHF 318       CHF 496      CHF 790
2 children)

What's new:
- mental health: up to 30 psychotherapy sessions per year in Gold and Platinum
- maternity waiting period reduced to 10 months
- second medical opinion now online

Health questions remain short (8 questions). Pre-existing conditions can be
covered with a loading.

Questions? brokers@alpenrhein-vers.example, +41 71 244 18 70""")


@mail(93, "NORMAL", "en", "internal", "trap: motor tariff table with sample premiums and bonus-malus levels, no persons")
def _():
    rows = [("Canton", "Vehicle class", "Bonus level", "Age band", "Annual premium CHF"),
            ("SG", "compact", 4, "26-35", 612),
            ("SG", "compact", 9, "26-35", 845),
            ("AR", "SUV", 4, "36-50", 905),
            ("TG", "compact", 4, "19-25", 1388),
            ("ZH", "SUV", 12, "36-50", 1730)]
    return msg(MS, RB, "Motor tariff 2027 - sample premiums for the sales training",
               dt(4, 14, 8, 30),
"""Hi Reto,

here are the sample premiums for the sales training slides (model drivers, no
real customers). Bonus level 9 is the starting level for new drivers.

Marco""", atts=[att("motor_2027_samples.xlsx", xlsx([("samples", rows)], "Marco Schai"))])


@mail(94, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "accident insurance hospital daily allowance after concussion, named customer")
def _():
    return msg(LB, "Marco Rossi <marco.rossi@libero-mail.example>", "Your accident insurance - hospital allowance paid",
               dt(2, 18, 14, 45),
"""Dear Mr Rossi,

we received the discharge letter of the hospital in Zams. You were treated there
from 8 to 11 February 2026 after your skiing accident in Serfaus (concussion,
laceration on the forehead, CT without findings).

From your accident insurance UV-40-231177 we pay the hospital daily allowance
of EUR 50 for 4 days = EUR 200, and the recovery allowance of EUR 200. The
EUR 400 go to your Italian account ending ...2207 today.

Get well soon!

""" + SIG["LB"])


@mail(95, "NORMAL", "de", "internal", "trap: data-protection quiz about health data, fictitious examples")
def _():
    return msg(PH, A("Alle Mitarbeitenden", "alle"), "Datenschutz-Quiz März: Was darf per E-Mail raus?",
               dt(3, 2, 9, 0),
"""Liebe Kolleginnen und Kollegen,

unser monatliches Quiz – Auflösung nächste Woche im Intranet.

1) Ein Kunde schreibt per Mail: "Anbei mein Arztbericht." Sie möchten antworten
   und den Bericht kommentieren. Welcher Weg ist richtig?
   a) normale Antwort  b) SecureMail-Portal  c) Fax
2) Ist eine Liste "Fälle je Diagnosegruppe, Anzahl" ohne Namen personenbezogen?
3) Eine Maklerin fragt nach der Geburtsdatum-Schreibweise im Antrag von
   "Max Mustermann" (Musterantrag). Vertraulich?
4) Darf die Schweizer Kollegin Leistungsdaten deutscher Kunden sehen?

Unter allen richtigen Einsendungen verlosen wir 3 Gutscheine für die Kantine.

""" + SIG["PH"])


@mail(96, "CONFIDENTIAL", "de", "customer", "e-bike theft reported from phone, frame number, address; forwarded")
def _():
    return msg(HB, A("Schadenannahme Sach", "schaden-sach"), "WG: ebike geklaut", dt(4, 15, 7, 50),
"""Hausrat HR-3360219 mit Fahrrad-Baustein. Bitte anlegen. H.

Von: Stefanie Fink <steffi.fink88@gmx-mail.example>
Gesendet: Dienstag, 14. April 2026 22:31

hallo, mein ebike wurde heute am bahnhof in kempten geklaut obwohl abgeschlossen!!
Haibike Trekking 6, rahmennr. HB2204417Q, gekauft 2024 für 2899. anzeige hab
ich gemacht bei der polizei kempten. wohn in der Rottachstr. 12, 87439 Kempten
lg steffi fink

Von meinem iPhone gesendet
""")


@mail(97, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life insurance death claim: cause of death, death certificate requested, formal")
def _():
    return msg(FZ, "Manuela Bentele <m.bentele@web-mail.example>", "Todesfall Ihres Ehemannes – Lebensversicherung LV 2044716",
               dt(4, 16, 10, 30),
"""Sehr geehrte Frau Bentele,

zum Tod Ihres Ehemannes, Herrn Karl Bentele, geb. 07.03.1961, möchten wir Ihnen
unser aufrichtiges Beileid aussprechen.

Sie sind in seiner Risikolebensversicherung LV 2044716 als Bezugsberechtigte
eingetragen; die Versicherungssumme beträgt 150.000 EUR. Da Ihr Mann nach Ihren
Angaben am 28.03.2026 an den Folgen eines Pankreaskarzinoms verstorben ist und
der Vertrag erst seit zwei Jahren und vier Monaten besteht, benötigen wir neben
der Sterbeurkunde eine ärztliche Bescheinigung über die Todesursache sowie den
Beginn der Erkrankung (Formular liegt in Ihrem Portal-Postfach).

Wir bemühen uns, die Auszahlung so schnell wie möglich vorzunehmen.

""" + SIG["FZ"])


@mail(98, "NORMAL", "de", "insurer-to-supplier", "trap: order of blood pressure monitors for company health day, supplier")
def _():
    return msg(MK, "Vertrieb Medizintechnik Ost <vertrieb@mt-ost.example>", "Bestellung Blutdruckmessgeräte Gesundheitstag",
               dt(2, 11, 14, 15),
"""Grüezi Herr Wenk

Für unseren Gesundheitstag bestellen wir:

- 4 Oberarm-Blutdruckmessgeräte Omron M500 Intelli IT
- 2 Blutzuckermessgeräte mit 200 Teststreifen und Lanzetten
- 1 Körperfettwaage
- 500 Einmal-Handschuhe Nitril, Grösse M

Lieferung bis 2. März an Alpenrhein Versicherungen (Schweiz) AG, Empfang,
Rorschacher Strasse 112, 9000 St. Gallen. Rechnung bitte mit Bestellnummer
4500018990.

""" + SIG["MK"])


@mail(99, "CONFIDENTIAL", "de", "insurer-to-customer", "household premium arrears reminder with IBAN and amounts, formal")
def _():
    return msg(HB, "Dennis Kraus <dennis.kraus@online-mail.example>", "Zahlungserinnerung – Hausratversicherung HR-3312006",
               dt(4, 17, 9, 0),
"""Sehr geehrter Herr Kraus,

die Lastschrift für Ihre Hausratversicherung HR-3312006 (Jahresbeitrag 164,80 EUR)
wurde von Ihrer Bank zurückgegeben (Grund: Konto erloschen). Die Rücklastschrift-
gebühr von 3,50 EUR stellen wir Ihnen in Rechnung.

Bitte überweisen Sie 168,30 EUR bis 4. Mai 2026 auf unser Konto oder teilen
Sie uns Ihre neue Bankverbindung mit. Das alte Konto DE38 6005 0101 4264 2513 89
haben wir gesperrt.

Ohne Zahlung sind wir nach § 37 VVG leistungsfrei.

""" + SIG["HB"])


@mail(100, "NORMAL", "de", "internal", "trap: press review on health insurers and care reform, no customers")
def _():
    return msg(UK, A("Pressespiegel", "pressespiegel"), "Pressespiegel KW 16",
               dt(4, 17, 7, 30),
"""Pressespiegel KW 16 – Alpenrhein Versicherungsgruppe

DEUTSCHLAND
- Handelsblatt: PKV-Beiträge steigen 2027 im Schnitt um 8 % – Verband verweist auf
  Krankenhausreform und teurere Arzneimittel.
- Schwäbische Zeitung (Lindau): "Alpenrhein baut 40 Stellen in der
  Leistungsbearbeitung auf" – Interview mit Dr. Wohlgemuth.

ÖSTERREICH
- Vorarlberger Nachrichten: Pflegegeld-Erhöhung 2026, Wartezeiten auf
  Pflegeheimplätze im Rheintal bis 8 Monate.
- Der Standard: Private Zusatzversicherungen – immer mehr Wahlarzt-Patienten.

SCHWEIZ
- St. Galler Tagblatt: Krankenkassenprämien 2027 – Bund rechnet mit +5 %.
- NZZ: Reiseversicherer melden Rekord bei Helikopterbergungen.

Komplette Artikel im Intranet.
""" + SIG["UK"])


@mail(101, "STRICTLY_CONFIDENTIAL", "de", "customer", "Swiss wife reports husband's heart attack in Kantonsspital, hospital supplement; forwarded")
def _():
    return msg(CF, A("Leistungen Zusatz CH", "leistungen-ch"), "WG: Mann im Spital",
               dt(4, 20, 7, 45),
"""Bitte Kostengutsprache privat vorbereiten, Police 72-208-40915 (HOSPITA privat).
Danke, Corinne

-----Ursprüngliche Nachricht-----
Von: Margrit Schefer <margrit.schefer@bluewin-mail.example>
Gesendet: Sonntag, 19. April 2026 21:06
An: service-ch@alpenrhein-vers.example
Betreff: Mann im Spital

Grüezi

Mein Mann Hansruedi Schefer (geb. 1956) hatte heute Nachmittag einen Herzinfarkt
beim Wandern am Hohen Kasten. Die Rega hat ihn ins Kantonsspital St. Gallen
geflogen, er wurde sofort katheterisiert und liegt jetzt auf der Intensivstation.
Er hat bei Ihnen die Privatabteilung versichert. Muss ich etwas machen? Und zahlt
die Versicherung die Rega?

Freundliche Grüsse
Margrit Schefer, Appenzell
""")


@mail(102, "NORMAL", "de", "internal", "trap: IT change notice about migrating mailbox with 'Leistungsabrechnungen'")
def _():
    return msg(JR, A("Leistung Kranken alle", "leistung-kranken-alle"), "Change CHG-0318: Umzug Funktionspostfächer Leistung am Samstag",
               dt(4, 21, 16, 0),
"""Hallo zusammen,

am Samstag, 25.04., zwischen 8 und 14 Uhr ziehen wir die Funktionspostfächer
leistung-kranken@, regress-kranken@ und arztrechnungen@ auf den neuen Exchange-
Cluster um. In dieser Zeit kommen Mails verzögert an, es geht nichts verloren.

Danach bitte prüfen:
- Ordner "Leistungsabrechnungen 2026" und "Rückfragen Klinik" vollständig?
- Regeln für Eingangskategorisierung noch aktiv?

Probleme bitte als Ticket mit Kategorie "Exchange".

""" + SIG["JR"])


@mail(103, "CONFIDENTIAL", "de", "insurer-to-customer", "Swiss motor: bonus level after claim, policy and plate, Swiss spelling")
def _():
    return msg(RB, "Fabienne Graf <fabienne.graf@gmx-mail.example>", "AW: Prämie Motorfahrzeug nach Schaden",
               dt(4, 22, 10, 55),
"""Grüezi Frau Graf

Nach dem Haftpflichtschaden vom Februar steigt Ihre Bonusstufe per 1. Januar
2027 von 3 auf 7 (Police 71-600-19577, Mazda CX-30, TG 118 402). Die Prämie
erhöht sich dadurch um rund CHF 240.-.

Sie können den Schaden (bezahlt CHF 2'310.-) innert 30 Tagen nach unserer
Abrechnung selbst zurückzahlen, dann bleibt die Bonusstufe unverändert. Das
lohnt sich in Ihrem Fall knapp, da die Rückstufung drei Jahre nachwirkt.

""" + SIG["RB"])


@mail(104, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "expat health: psychotherapy approval, depression F32.1")
def _():
    return msg(NH, "Laura Bianchi <laura.bianchi@proton-mail.example>", "Psychotherapy - cost approval",
               dt(4, 23, 13, 35),
"""Dear Ms Bianchi,

we received the treatment plan of Ms lic. phil. Sarah Brunner, psychotherapist
in St. Gallen (diagnosis moderate depressive episode, F32.1). Your plan
International Health Gold (policy 72-410-66102) covers psychotherapy with a
recognised psychologist.

We approve 20 sessions of 60 minutes at up to CHF 154 each from 1 May 2026.
After 15 sessions, please ask Ms Brunner for a short progress report if more
sessions are needed. Invoices can go directly to us (tiers payant).

Take care.

""" + SIG["NH"])


@mail(105, "NORMAL", "en", "insurer-to-partner", "trap: anonymised case study for a conference (age band, no identifying data)")
def _():
    return msg(DM, "Programme Committee <programme@alpine-assistance-forum.example>", "Case study for the Alpine Assistance Forum - final version",
               dt(3, 6, 15, 20),
"""Dear committee,

here is our anonymised case for session 3 ("Repatriation decisions"):

"A tourist in the age band 60-69 suffers a cardiac event on the last day of a
ski holiday in a Vorarlberg valley. The local hospital treats and stabilises;
the home country is 900 km away. Options: ground ambulance (11 h), scheduled
flight with escort, ambulance jet. Discussion points: fitness to fly after
stenting, costs (EUR 2,800 vs 6,500 vs 24,000), family wishes, bed availability
at home."

No dates, names, nationalities or places more precise than the region are
included; the case is a composite of several files. Slides follow next week.

Best regards
Daniela Moosbrugger
Travel Assistance, Bregenz""")


@mail(106, "CONFIDENTIAL", "de", "insurer-to-customer", "private liability: customer's dog ruined friend's sofa, named parties, claim number")
def _():
    return msg(HB, "Julia Oberhofer <julia.oberhofer@web-mail.example>", "AW: Hund hat Sofa kaputt gemacht",
               dt(4, 24, 11, 10),
"""Hallo Frau Oberhofer,

das ist über Ihre Tierhalterhaftpflicht (TH-3320871) versichert. Ich habe den
Schaden unter S-26-009904 angelegt. Bitte schicken Sie mir noch:
- Foto vom Sofa,
- Kaufbeleg oder ungefähres Alter/Preis,
- Name und Adresse Ihrer Freundin (Geschädigte).
Wir zahlen den Zeitwert direkt an sie.

""" + SIG["HB"] + """

> Hallo, mein Hund (Labrador, 1 Jahr) hat bei meiner Freundin Tanja das Sofa
> angefressen, ganze Armlehne hin. Sofa war 2 jahre alt. Bin ich da versichert??
> Julia Oberhofer
""")


@mail(107, "NORMAL", "de", "internal", "trap: anonymised rehab management statistics accident (aggregated)")
def _():
    return msg(LB, A("Leitung Unfall", "ltg-unfall"), "Reha-Management 2025 – Auswertung",
               dt(2, 25, 9, 20),
"""Servus,

die Jahresauswertung Reha-Management Unfall 2025 (AT+DE):

- 214 gesteuerte Fälle (Vorjahr 188), davon 61 % Wirbelsäule/Becken, 22 % Knie,
  17 % Schädel-Hirn-Trauma / Polytrauma
- Ø Zeit Unfall bis Reha-Beginn: 19 Tage (ungesteuert: 41 Tage)
- Rückkehr an den Arbeitsplatz nach 6 Monaten: 78 % (ungesteuert 59 %)
- Ersparnis Invaliditätsleistung geschätzt 1,9 Mio. EUR

Einzelfälle gibt's nur im Fallsystem. Für den Vorstand mach ich noch eine Folie.

""" + SIG["LB"])


@mail(108, "NORMAL", "de", "internal", "trap: rejection letter template with «Diagnose» placeholders (DOCX)")
def _():
    d = docx([
        "#Textbaustein L-17: Ablehnung wegen vorvertraglicher Erkrankung",
        "Sehr geehrte/r «Anrede» «Nachname»,",
        "wir haben Ihren Leistungsantrag vom «Eingangsdatum» zu Vertrag «Vertragsnummer» geprüft.",
        "Aus den uns vorliegenden Unterlagen ergibt sich, dass die Erkrankung «Diagnose» (ICD-10 «ICD-Code») bereits vor Vertragsbeginn am «Vertragsbeginn» ärztlich behandelt wurde.",
        "Nach § «Paragraph» der Allgemeinen Versicherungsbedingungen können wir für diese Erkrankung daher keine Leistungen erbringen.",
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Ombudsmann «Ombudsstelle Land» wenden.",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
    ], "Sabine Wetzel")
    return msg(SW, A("Textbausteine", "textbausteine"), "Neuer Baustein L-17 (Ablehnung vorvertraglich) zur Freigabe",
               dt(4, 27, 14, 20),
"""Hallo Textbaustein-Team,

anbei L-17 in der überarbeiteten Fassung, Rechtsabteilung hat freigegeben.
Bitte für DE, AT und CH (Ombudsstelle als Platzhalter) ins System übernehmen.

Danke, Sabine""", atts=[att("Baustein_L-17.docx", d)])


@mail(109, "NORMAL", "en", "insurer-to-customer", "trap: seasonal worker prospect asks about liability insurance; generic answer, not insured")
def _():
    return msg(HB, "Peter Horváth <peter.horvath.hu@freemail-x.example>", "RE: insurance for seasonal work",
               dt(4, 28, 9, 5),
"""Hello Mr Horváth,

thank you for asking. For seasonal workers we recommend:
- personal liability insurance (damage you cause to others, e.g. in the staff
  house), from EUR 5.90 per month, can be cancelled monthly;
- our Saison+ package if you want accident and health cover on top.

You can sign up online in English in 5 minutes:
www.alpenrhein-vers.example/saison
You need only your address in Germany or Austria and a bank account in the EU.

Best regards from Lindau
Hanna Brugger

""" + FOOT_DE + """

> hello, I come to work for summer in hotel in Bodensee from may. my friend say I
> need insurance if I break something in the room. which insurance is this and
> how much it cost? I dont have any insurance now in germany. Peter
""")


@mail(110, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "AT special-class health: childbirth hospital bills, Sanatorium, named mother")
def _():
    return msg(VF, "Katharina Amann <kathi.amann@a1-mail.example>", "Geburt im Sanatorium Mehrerau – Abrechnung",
               dt(4, 29, 10, 50),
"""Liebe Frau Amann,

herzlichen Glückwunsch zur Geburt von Leonie!

Die Rechnungen des Sanatoriums Mehrerau (Entbindung 14.04., 4 Tage
Sonderklasse Zweibettzimmer, EUR 6.840) und des Wahlarztes Dr. Moosmann
(Geburtshilfe, EUR 2.200) haben wir direkt mit den Häusern verrechnet, Tarif
Sonderklasse KS-Plus (Polizze KV-40-332781). Sie bekommen nur die Hebammen-
rechnung (EUR 380) selbst – die erstatten wir nach Einreichung zu 80 %.

Leonie können Sie bis 14. Juni ohne Gesundheitsfragen mitversichern.

""" + SIG["VF"])


@mail(111, "NORMAL", "de", "insurer-to-broker", "trap: broker portal one-time password for new user (no customer data)")
def _():
    return msg(A("Maklerportal Alpenrhein", "no-reply-maklerportal"), "n.gruber@versicherungsbuero-gruber.example",
               "Maklerportal: Ihr Zugang wurde angelegt",
               dt(5, 4, 8, 0),
"""Guten Tag Frau Gruber,

Ihr Makleradministrator hat für Sie einen Zugang zum Alpenrhein Maklerportal
angelegt (Vertragspartner: Versicherungsbüro Gruber GmbH, Benutzer n.gruber,
ohne Bestandsrechte).

Über folgenden Link setzen Sie Ihr erstes Passwort (gültig 48 Stunden):
https://maklerportal.alpenrhein-vers.example/activate/8f3c1a9e77d24b05

Bei Fragen wenden Sie sich an Ihre Maklerbetreuung.

Automatisch erzeugte Nachricht – bitte nicht antworten.""", headers=[("Auto-Submitted", "auto-generated")])


@mail(112, "CONFIDENTIAL", "de", "insurer-to-customer", "household move: new address, birth date of insured couple, formal")
def _():
    return msg(HB, "Ehepaar Wiedemann <wiedemann.hk@t-mail.example>", "Wohnungswechsel – Ihre Hausratversicherung HR-3307714",
               dt(5, 5, 11, 0),
"""Sehr geehrte Frau Wiedemann, sehr geehrter Herr Wiedemann,

Ihren Umzug zum 1. Mai 2026 haben wir vermerkt:

Versicherungsnehmerin: Heike Wiedemann, geb. 19.01.1964
Mitversichert:         Klaus Wiedemann, geb. 02.05.1961
neuer Risikoort:       Am Mühlbach 3, 88167 Stiefenhofen, Wohnfläche 118 m²
Versicherungssumme:    76.700 EUR (650 EUR/m²)
neuer Jahresbeitrag:   204,30 EUR (Tarifzone 1)

Während des Umzugs bestand Versicherungsschutz an beiden Adressen.

""" + SIG["HB"])


@mail(113, "STRICTLY_CONFIDENTIAL", "de", "customer", "Moin: physiotherapy prescription and invoices inside ZIP; body says only 'hängen dran'")
def _():
    rez = pdf("Verordnung", [
        "#Heilmittelverordnung (Privat)",
        "Patient: Hauke Jensen, geb. 11.02.1985",
        "Diagnose: Patellaspitzensyndrom rechts (M76.5), Z. n. Kreuzband-OP 2024",
        "Verordnung: 6x Krankengymnastik, 6x Manuelle Lymphdrainage 30 min",
        "Dr. med. Kai Thomsen, Orthopädie, Lindau, 04.03.2026",
    ], "Praxis Thomsen")
    re1 = pdf("Rechnung Physio", [
        "#Physiopraxis Inselblick, Lindau",
        "Rechnung 26-0412 für Hauke Jensen",
        "12 Behandlungen KG/MLD, März-April 2026, Summe 486,00 EUR",
    ], "Physiopraxis Inselblick")
    z = zipb([("Verordnung_Thomsen.pdf", rez), ("Rechnung_26-0412.pdf", re1)])
    return msg(SW, LEIST_KV, "WG: physio", dt(5, 6, 8, 5),
"""bitte abrechnen, KV-1207755. Sabine

-----Ursprüngliche Nachricht-----
Von: Hauke Jensen <hauke.jensen@posteo-mail.example>
Gesendet: Dienstag, 5. Mai 2026 21:12
Betreff: physio

Moin, Rezept und Rechnung hängen dran (zip, sonst warns zu groß).
Gruß Hauke
""", atts=[att("physio.zip", z)])


@mail(114, "NORMAL", "de", "internal", "trap: quarterly complaints report with aggregated counts by line incl. health")
def _():
    return msg(A("Beschwerdemanagement", "beschwerden"), A("Geschäftsleitung", "gl"), "Beschwerdebericht Q1/2026",
               dt(4, 10, 12, 0),
"""Beschwerdebericht Q1/2026 (Gruppe)

Sparte          Beschwerden  Vorquartal  berechtigt  Ø Bearbeitung
Kranken DE          74          61          38 %       6,1 Tage
Kranken AT/CH       29          33          31 %       4,8 Tage
Leben/BU            18          22          44 %       9,3 Tage
Kfz                 51          47          27 %       3,9 Tage
Sach/Haftpflicht    40          45          30 %       4,2 Tage
Reise               23          12          52 %       5,5 Tage

Häufigste Gründe Kranken: Dauer der Erstattung von Arztrechnungen, Ablehnung
Heilpraktiker, Beitragserhöhung. Reise: Anstieg wegen Flugannullierungen im Februar.
Ombudsfälle: 3 (DE), 1 (AT), 0 (CH).

Beschwerdemanagement, Lindau""")


@mail(115, "CONFIDENTIAL", "en", "insurer-to-company", "cyber claim: ransomware at Swiss SME, named managing director, policy")
def _():
    return msg(RB, "Daniel Zünd <daniel.zuend@zuend-optik.example>", "Cyber incident - next steps (policy 71-950-00211)",
               dt(5, 7, 18, 20),
"""Dear Mr Zünd,

thank you for calling our cyber hotline this afternoon. Summary of what we
agreed for Zünd Optik AG (cyber policy 71-950-00211):

- Our incident response partner SecuOps (Mr Kälin, +41 44 555 21 90) is on site
  tomorrow 8:00 in Altstätten.
- Do not pay the ransom and do not contact the attackers.
- Report to the cantonal police (done by you, case no. 26-114-887) and, because
  customer data of your shops may be affected, inform the FDPIC within the
  deadline; our lawyer will help.
- Business interruption cover starts after 12 hours waiting time.

Claim number CY-26-0017.

""" + SIG["RB"])


@mail(116, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor", "English request to Davos clinic for medical report of a US tourist, with consent")
def _():
    return msg(NH, "Medical Secretariat <sekretariat@klinik-davos-platz.example>", "Medical report request - Mr Michael Donovan, born 04 July 1961",
               dt(2, 17, 11, 0),
"""Dear colleagues,

your patient Mr Michael Donovan, born 04 July 1961, US citizen, was admitted
on 12 February 2026 with acute altitude-related pulmonary oedema (T70.2 / J81)
after arrival in Davos and is covered by our travel health policy TP-CH-41288.

For the cost approval and the planning of his flight home to Boston we kindly
ask for:
- a short medical report (current condition, oxygen need, fitness to fly),
- the expected discharge date.

Mr Donovan's signed consent is attached to our portal message. Please send the
report via our secure portal or by fax to +41 71 244 18 99.

""" + SIG["NH"])


@mail(117, "NORMAL", "de", "insurer-to-customer", "trap: generic mass letter on health premium adjustment without personal data")
def _():
    return msg(NEWS, "kunden-kv@lists.alpenrhein-vers.example", "Information zur Beitragsanpassung Ihrer Krankenversicherung 2027",
               dt(5, 11, 7, 0),
"""Sehr geehrte Kundin, sehr geehrter Kunde,

in den nächsten Wochen erhalten Sie per Post Ihre persönliche Mitteilung zur
Beitragsanpassung zum 1. Januar 2027. Vorab einige allgemeine Informationen:

- Warum steigen die Beiträge? Die Leistungsausgaben für Krankenhausbehandlungen
  und Arzneimittel sind deutlich stärker gestiegen als kalkuliert (§ 155 VAG).
- Wie hoch? Je nach Tarif zwischen 0 und 12 %, im Durchschnitt 6,9 %.
- Was kann ich tun? Sie haben ein Tarifwechselrecht nach § 204 VVG. Wir beraten
  Sie gern, ohne dass Sie Leistungen verlieren müssen.

Ihre persönlichen Daten finden Sie ausschließlich im Brief bzw. in Ihrem
Kundenportal.

Ihre Alpenrhein Versicherung AG, Lindau""")


@mail(118, "CONFIDENTIAL", "de", "insurer-to-customer", "deer collision, partial cover, plate, nobody hurt")
def _():
    return msg(TA, "Georg Hillebrand <g.hillebrand@gmx-mail.example>", "AW: Wildunfall B308",
               dt(5, 12, 7, 55),
"""Morgen Herr Hillebrand,

Wildunfall mit Reh ist Teilkasko, SB 150, kein Einfluss auf die SF-Klasse.
Die Wildunfallbescheinigung vom Jäger haben Sie ja schon, prima. Schaden-Nr.
KS-26-019331, Fahrzeug OA-GH 718, Vertrag KF-7730145. Gut, dass Ihnen nichts
passiert ist.

Werkstatt: Autohaus Immenstadt darf loslegen, Gutachter ist bei geschätzt
3.000 EUR nicht nötig.

""" + SIG["TA"] + """

> Hallo, hatte heute früh um 5:40 auf der B308 bei Oberstaufen ein Reh vor dem
> Auto, Scheinwerfer und Kühlergrill kaputt. Mir gehts gut. Jäger war da.
""")


@mail(119, "STRICTLY_CONFIDENTIAL", "de", "internal", "care insurance: dementia care assessment summary of named insured, internal")
def _():
    return msg(A("Elke Sonntag", "elke.sonntag"), SW, "Pflegegutachten Frau Lingg – Einstufung",
               dt(5, 13, 14, 30),
"""Hallo Sabine,

das Gutachten von MEDICPROOF für Frau Anna Lingg (PPV-0330715, 86 J.) ist da:
Pflegegrad 3 ab 01.04.2026 (47,5 Punkte). Modul 2 und 3 stark beeinträchtigt
(Demenz vom Alzheimer-Typ, nächtliche Unruhe), Modul 4 Hilfe bei Körperpflege.
Empfehlung: Tagespflege 2x/Woche, Pflegebett. Versorgung durch die Tochter plus
Sozialstation Lindenberg.

Pflegegeld 599 EUR und Pflegetagegeld aus dem Zusatztarif (PT-30: 30 EUR/Tag x 60 %)
bitte freigeben, ich hab's vorbereitet.

Elke""")


@mail(120, "NORMAL", "en", "internal", "birthday lunch invitation naming a colleague, organisational")
def _():
    return msg(NH, A("Expat Service", "expat"), "Lunch on Friday - Corinne's 50th!",
               dt(5, 13, 9, 0),
"""Hi team,

Corinne turns 50 on Friday (she'd kill me for telling you). We'll surprise her
with lunch at Restaurant Netts Schützengarten at 12:15, table for 9. Please
put CHF 20 into the envelope in my drawer for the present (voucher for the
Säntis cable car + fondue).

Don't say anything!
Nadine""")


@mail(121, "CONFIDENTIAL", "de", "customer", "AT customer asks for policy copy by mail, policy number; brisk answer")
def _():
    return msg(SG, "Erich Mayr <erich.mayr@vol-mail.example>", "Re: polizze bitte",
               dt(5, 14, 10, 20),
"""Servus Herr Mayr, Polizze für den Hyundai (Kfz-Haftpflicht + Teilkasko,
KF-40-227519, FK-882 EM) hab ich Ihnen ins Portal gestellt, per normaler Mail
geht's leider nicht. Zugangsdaten kommen separat.

""" + SIG["SG"] + """

Am 14.05.2026 um 09:02 schrieb Erich Mayr:
> griass eich, bitte um zusendung der polizze per mail, brauch sie für die
> leasingfirma. polizzennummer KF-40-227519. danke mayr
""")


@mail(122, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "BU follow-up review questionnaire to a named recipient of benefits (personal line)")
def _():
    return msg(FZ, "Sandra Lutz <sandra.lutz@online-mail.example>", "Nachprüfung Ihrer Berufsunfähigkeitsrente – BU-4402215",
               dt(5, 18, 9, 40),
"""Sehr geehrte Frau Lutz,

Sie erhalten seit Oktober 2023 eine Berufsunfähigkeitsrente von monatlich
1.450 EUR aus Ihrer Versicherung BU-4402215. Wie in den Bedingungen vorgesehen,
prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen weiter bestehen.

Bitte beantworten Sie bis 30. Juni den Fragebogen in Ihrem Kundenpostfach:
- aktuelle Behandlungen und behandelnde Ärzte,
- derzeitige berufliche Tätigkeit und Einkommen,
- Änderungen Ihres Gesundheitszustandes seit der letzten Prüfung 2024.

Die Rente zahlen wir während der Nachprüfung unverändert weiter.

""" + SIG["FZ"])


@mail(123, "NORMAL", "de", "internal", "trap: order of FFP2 masks and disinfectant, facility")
def _():
    return msg(MK, A("Assistenz Einkauf", "einkauf"), "Bestellung Hygieneartikel Q2",
               dt(4, 2, 13, 0),
"""Hallo Tamara,

bitte für Q2 bestellen (Rahmenvertrag Hygiene Kessler):
- 1.000 FFP2-Masken (für Kundentermine im Spital / in Pflegeheimen, Außendienst)
- 60 l Händedesinfektion, 30 Spender-Nachfüllbeutel
- 20 Flächendesinfektion Sprühflaschen
- 10 Pakete Einmalhandschuhe M/L

Aufteilung Lindau 50 %, Bregenz 30 %, St. Gallen 20 %.

""" + SIG["MK"])


@mail(124, "CONFIDENTIAL", "en", "insurer-to-customer", "UK expat home contents water damage from neighbour, claim and address")
def _():
    return msg(HB, "James Whitfield <james.whitfield@brit-mail.example>", "RE: water from upstairs flat - claim S-26-011208",
               dt(5, 19, 15, 40),
"""Dear Mr Whitfield,

thank you for the photos. Your contents insurance (HR-3395502, flat Bregenzer
Straße 88, 2nd floor, Lindau) covers the damaged rug, the bookshelf and the
laptop. The ceiling and walls are the building owner's matter – please also
inform your landlord, Mrs Kolb, so that her building insurance can dry the
ceiling. Our drying company (Trocknungstechnik Süd) will call you tomorrow.

Claim number: S-26-011208

Best regards from Lindau
Hanna Brugger

""" + FOOT_DE + """

> Dear Ms Brugger, water came through my ceiling last night from the flat above
> (their washing machine). My rug, bookshelf and laptop are ruined. What to do?
> James
""")


@mail(125, "STRICTLY_CONFIDENTIAL", "de", "customer", "harmless top reply; quoted customer text names son's ADHD medication")
def _():
    return msg(SW, "Monika Strobel <monika.strobel@web-mail.example>", "AW: AW: Medikament Jonas",
               dt(5, 20, 11, 5),
"""Hallo Frau Strobel,

ja, passt so, Sie können das Rezept gern im Portal hochladen. Die Erstattung
erfolgt dann wie gewohnt.

""" + SIG["SW"] + """

-----Ursprüngliche Nachricht-----
Von: Monika Strobel
Gesendet: Dienstag, 19. Mai 2026 20:50
Betreff: AW: Medikament Jonas

Hallo Frau Wetzel,
danke für die schnelle Antwort. Jonas (9) bekommt jetzt Medikinet retard 20 mg
statt 10 mg, der Kinderpsychiater in Ravensburg hat wegen der ADHS erhöht.
Das Rezept ist privat, weil er über mich bei Ihnen versichert ist (KV-1166042).
Kann ich das Rezept einfach im Portal hochladen?
Monika Strobel
""")


@mail(126, "NORMAL", "de", "internal", "trap: anonymised large-loss list with age bands only")
def _():
    return msg(MS, A("Leitungskreis Schaden", "lk-schaden"), "Großschadenliste Q1/2026 (anonymisiert)",
               dt(4, 15, 10, 0),
"""Hallo zusammen,

die Großschäden > 100 TEUR im Q1, anonymisiert für den Leitungskreis:

Nr  Sparte      Land  Alter VN   Ursache                     Reserve TEUR
1   Unfall      AT    40-49      Lawinenabgang, Polytrauma      680
2   Kranken     DE    60-69      Herztransplantation            410
3   Gebäude     CH    –          Brand Mehrfamilienhaus         1.250
4   Kfz-H       DE    18-24      Personenschaden Fußgänger      900
5   Reise       AT    70-79      Repatriierung Intensivjet      128
6   Haftpfl.    DE    30-39      Wasserschaden Nachbarhaus      140

Personenbezogene Details nur im Fallsystem. Kommentar zu Nr. 4 kommt von der
Schadenleitung.

""" + SIG["MS"])


@mail(127, "CONFIDENTIAL", "de", "insurer-to-customer", "SEPA return debit, fees, IBAN of named motor customer, informal")
def _():
    return msg(TA, "Kevin Maurer <kevin.maurer@gmx-mail.example>", "Lastschrift zurückgekommen",
               dt(5, 21, 8, 50),
"""Hallo Herr Maurer,

die Lastschrift für Ihre Kfz-Versicherung (KF-7745102, LI-KM 97) über 71,30 EUR
ist zurückgekommen, Grund "Widerspruch". War das Absicht? Falls nicht: Ich buche
am 1. Juni noch mal ab, Konto DE05 6005 0101 8980 2714 12 (BW-Bank). Wenn Sie
lieber überweisen, sagen Sie kurz Bescheid.

Rücklastschriftgebühr fällt diesmal nicht an.

""" + SIG["TA"])


@mail(128, "STRICTLY_CONFIDENTIAL", "en", "customer", "Romanian kitchen worker: cut hand, stitches, sick leave; forwarded to accident claims")
def _():
    return msg(DM, LB, "FW: accident in kitchen", dt(5, 22, 9, 30),
"""Lukas, Saison+ Kunde (S+-40-02291), Unfall in der Arbeit. Passt zu dir. D.

-----Original Message-----
From: Andrei Popescu <andrei.popescu@yahoo-mail.example>
Sent: Thursday, 21 May 2026 23:15
To: saison@alpenrhein-vers.example
Subject: accident in kitchen

Hello, i am Andrei Popescu, i work in Hotel Post in Lech like cook. Yesterday
i cut my left hand with big knife, very deep, the tendon of finger is also
cut the doctor say. They make operation in hospital Bludenz and 8 stitches. Now
i am in Krankenstand 4 weeks and cannot work. I have your Saison+ insurance.
What i get from insurance? I send picture of the paper from hospital.
Thank you, Andrei
""")


@mail(129, "NORMAL", "de", "insurer-to-supplier", "trap: print order for health insurance brochure")
def _():
    return msg(UK, "Auftragsannahme Druckerei Rheintal <auftrag@druckerei-rheintal.example>", "Druckauftrag Broschüre 'Ihre Krankenzusatzversicherung' – Freigabe",
               dt(3, 18, 16, 15),
"""Guten Tag Frau Thaler

Hiermit geben wir den Druck frei:

Titel: "Ihre Krankenzusatzversicherung – Spital, Zahn, Alternativmedizin"
Format A5, 24 Seiten, 4/4-farbig, 135 g matt, Rückstichheftung
Auflage: 8'000 Ex. deutsch, 2'000 Ex. französisch
Korrektur: letzte PDF-Version vom 17.03. (Datei KZV_2026_v7_final.pdf)

Lieferung an Alpenrhein Versicherungen (Schweiz) AG, Marketing, bis 8. April.

""" + SIG["UK"])


@mail(130, "CONFIDENTIAL", "en", "insurer-to-customer", "travel baggage delay, named customer, claim, purchases refunded")
def _():
    return msg(NH, "Sarah Lindqvist <sarah.lindqvist@mail-se.example>", "RE: my bag did not arrive - RG-26-00611",
               dt(5, 25, 14, 0),
"""Dear Ms Lindqvist,

your suitcase arrived in St. Gallen 52 hours late, so the baggage delay cover of
your travel insurance TP-CH-44120 applies. We refund the necessary purchases
you made at Manor (toiletries, underwear, a jacket) up to CHF 500: CHF 386.40
to your account as stated in the claim form.

Claim number: RG-26-00611

""" + SIG["NH"])


@mail(131, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "base64 body: speech therapy for child in supplementary health")
def _():
    return msg(SW, "Familie Baur <baur.familie@t-mail.example>", "Logopädie für Mia – Kostenzusage",
               dt(5, 26, 10, 10),
"""Sehr geehrte Frau Baur,

wir haben die Verordnung von Dr. Kübler (Kinder- und Jugendmedizin, Wangen) für
20 Einheiten Logopädie für Ihre Tochter Mia (6 J.) erhalten. Diagnose laut
Verordnung: umschriebene Entwicklungsstörung der Artikulation (F80.0) nach
wiederholten Mittelohrentzündungen.

Aus Ihrem Tarif AMB-Plus (KV-1190554, Mia mitversichert) übernehmen wir die
Kosten zu 100 % bis zum 1,2-fachen der Beihilfesätze. Die Praxis Sprachraum in
Wangen kann direkt mit uns abrechnen.

""" + SIG["SW"], cte="base64")


@mail(132, "NORMAL", "de", "internal", "colleague absent this week (no reason), workload redistributed")
def _():
    return msg(TA, A("Kfz-Schaden Lindau", "kfz-schaden-team"), "Vertretung diese Woche",
               dt(5, 26, 7, 35),
"""Moin Team,

Jana fällt diese Woche aus. Ihre Buchstaben (A–F) machen bis Freitag:
A–C Moritz, D–F ich. Gutachterfreigaben über 5.000 EUR bitte weiter an mich.
Telefon-Slot Jana 10–12 übernimmt Leonie.

Tobi""")


@mail(133, "CONFIDENTIAL", "de", "broker", "attachment-only: broker sends portfolio transfer CSV with customer names and policy numbers")
def _():
    c = ("Kunde;Geburtsdatum;Vertrag;Sparte;Jahresbeitrag\r\n"
         "Albrecht, Rosemarie;12.03.1955;HR-3301022;Hausrat;142,80\r\n"
         "Bohner, Stefan;28.07.1980;PHV-5500318;Privathaftpflicht;71,40\r\n"
         "Bohner, Stefan;28.07.1980;KF-7702219;Kfz;612,15\r\n"
         "Dreher, Gül;05.11.1992;HR-3340561;Hausrat;98,00\r\n"
         "Eichele, Wolfgang;19.01.1948;WG-3300917;Wohngebäude;1.402,33\r\n")
    return msg(ME, A("Bestandsverwaltung", "bestand"), "WG: Bestandsübertragung Vers.-Büro Schuler",
               dt(5, 27, 12, 0),
"""Bitte Courtagezusage umschlüsseln auf Makler-Nr. 88260, Liste anbei. ME

-----Ursprüngliche Nachricht-----
Von: Versicherungsbüro Schuler <info@vb-schuler.example>
Betreff: Bestandsübertragung

Hallo Herr Eberle, anbei wie besprochen. Maklermandate liegen vor.
Gruß R. Schuler
""", atts=[att("Bestand_Schuler.csv", c.encode("cp1252"), "application/vnd.ms-excel")])


@mail(134, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist", "AT psychotherapist: cost subsidy for sessions of named client")
def _():
    return msg(VF, "Praxis Mag. Sieber <praxis@psychotherapie-sieber.example>", "Kostenzuschuss Psychotherapie – Ihre Klientin Frau E. Hagen",
               dt(5, 28, 11, 45),
"""Sehr geehrte Frau Mag. Sieber,

für Ihre Klientin Frau Elena Hagen (Polizze KV-40-507718) übernehmen wir aus der
Zusatzversicherung nach Ablauf des ÖGK-Kontingents zusätzlich 15 Einheiten
Psychotherapie (Einzel, 50 min) mit je EUR 60 Zuschuss.

Grundlage ist Ihr Kurzbericht vom 20.05. (Diagnose: Posttraumatische
Belastungsstörung F43.1 nach Verkehrsunfall). Bitte stellen Sie die Honorarnoten
weiterhin auf die Klientin aus; sie reicht sie bei uns ein.

""" + SIG["VF"])


@mail(135, "NORMAL", "en", "insurer-to-customer", "trap: portal registration link mail (English), no content")
def _():
    return msg(PORTAL, "m.donovan@usmail.example", "Complete your registration - Alpenrhein SecureMail",
               dt(2, 17, 11, 2),
"""Hello,

a secure mailbox has been created for you at Alpenrhein SecureMail. To finish
your registration, open this link and log in with the one-time password you
received in a separate e-mail:

https://securemail.alpenrhein-vers.example/register?t=Q2w9-Lx71-b0Ke

Then choose your own password and a security question. The link expires in
7 days.

This is an automatic message. Please do not reply.""", headers=[("Auto-Submitted", "auto-generated")])


@mail(136, "NORMAL", "en", "insurer-to-customer", "trap: expat prospect asks about legal expenses insurance; generic reply, no contract")
def _():
    return msg(ER, "Chloé Martin <chloe.martin@orange-mail.example>", "RE: legal insurance in Austria?",
               dt(6, 1, 9, 15),
"""Dear Ms Martin,

thank you for your interest. Our legal expenses insurance in Austria covers
employment, tenancy, traffic and general contract disputes. Please note the
waiting period of 3 months for employment and tenancy matters: disputes that
start before the end of the waiting period are not covered.

Premiums start at EUR 19.80 per month for singles. An English summary of the
conditions is on our website. If you decide to apply, we need the application
form signed; we do not check any health or income data.

Kind regards
Dr. Elisabeth Rhomberg
Legal Expenses Insurance, Bregenz

""" + FOOT_AT + """

> Hello, I moved to Dornbirn for a job. Do you offer legal insurance for
> problems with employer or landlord? How much is it? Chloé
""")


@mail(137, "STRICTLY_CONFIDENTIAL", "de", "internal", "motor liability claim with injured passenger (whiplash, sick leave)")
def _():
    return msg(TA, A("Personenschaden Kfz", "ps-kfz"), "Übergabe KH-26-004417 – Personenschaden Beifahrerin",
               dt(6, 2, 13, 25),
"""Hallo Personenschaden-Team,

übergebe euch den Personenschaden aus KH-26-004417 (unser VN Robert Jäger,
LI-RJ 330, Auffahrunfall A96 am 14.05.):

Geschädigte: Beifahrerin im gegnerischen Fahrzeug, Frau Nadine Kuhn, 34,
Wangen. Laut Attest HWS-Distorsion (S13.4), Krankschreibung 3 Wochen,
Physiotherapie verordnet. Anwalt Dr. Gut (Ravensburg) fordert 2.500 EUR
Schmerzensgeld + Haushaltsführungsschaden.

Sachschaden am Fahrzeug ist reguliert (6.880 EUR).

""" + SIG["TA"])


@mail(138, "NORMAL", "de", "internal", "trap: sales figures per line incl. life and health, aggregated")
def _():
    return msg(ME, A("Vertrieb Leitung", "vertrieb-ltg"), "Vertriebszahlen Jänner–Mai 2026",
               dt(6, 3, 8, 0),
"""Servus zusammen,

Neugeschäft Jahresbeitrag (TEUR) kumuliert Jänner–Mai, alle Länder:

Leben/BU        2.840   (Plan 3.100)
Kranken Voll    1.920   (Plan 1.700)
Kranken Zusatz  2.210   (Plan 2.000)
Unfall            980   (Plan 1.050)
Kfz             3.460   (Plan 3.300)
Sach/HP         2.770   (Plan 2.900)

Top-Makler (Firmen): Bühler Assekuranz GmbH, Marxer Insurance Broker AG,
Versicherungsbüro Raich KG. BU hängt wegen der neuen Gesundheitsfragen,
Dr. Sailer stellt im Juni die vereinfachte Prüfung vor.

""" + SIG["ME"])


@mail(139, "CONFIDENTIAL", "de", "insurer-to-customer", "correction of birth date in AT household policy, named customer")
def _():
    return msg(VF, "Ing. Walter Troy <walter.troy@aon-mail.example>", "Korrektur Geburtsdatum – Polizze HH-40-701288",
               dt(6, 4, 10, 30),
"""Sehr geehrter Herr Ing. Troy,

danke für den Hinweis. Wir haben Ihr Geburtsdatum in der Polizze HH-40-701288
(Haushaltsversicherung, Bahnhofstraße 2, 6800 Feldkirch) von 13.08.1959 auf
den richtigen Wert 31.08.1959 korrigiert. Eine neue Polizze schicken wir Ihnen
per Post; auf die Prämie hat das keinen Einfluss.

""" + SIG["VF"])


@mail(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "term life accepted with loading for hypertension, formal")
def _():
    return msg(FZ, "Christian Wagner <christian.wagner@web-mail.example>", "Ihr Antrag auf Risikolebensversicherung – Annahme mit Zuschlag",
               dt(6, 5, 9, 15),
"""Sehr geehrter Herr Wagner,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über 300.000 EUR
(Antrag 26-01422). Aufgrund der im Antrag angegebenen und vom Hausarzt
bestätigten arteriellen Hypertonie (Behandlung mit Ramipril 5 mg seit 2021)
können wir den Vertrag nur mit einem Beitragszuschlag von 25 % annehmen.

Monatsbeitrag ohne Zuschlag:  38,20 EUR
Monatsbeitrag mit Zuschlag:   47,75 EUR

Bitte bestätigen Sie uns innerhalb von vier Wochen, ob Sie das Angebot annehmen.
Nach drei Jahren mit gut eingestellten Blutdruckwerten prüfen wir auf Wunsch
den Wegfall des Zuschlags.

""" + SIG["FZ"])


@mail(141, "NORMAL", "de", "insurer-to-partner", "regulator report with aggregated solvency figures, no persons")
def _():
    return msg(MS, "Meldewesen FMA <meldewesen@fma-aufsicht.example>", "Alpenrhein Versicherung AG Österreich – Quartalsmeldung Q1/2026 (SII)",
               dt(5, 15, 15, 0),
"""Sehr geehrte Damen und Herren,

die QRT-Meldung Q1/2026 wurde heute über die Incoming-Plattform übermittelt
(Referenz ARV-AT-2026Q1-01). Eckdaten:

SCR-Bedeckungsquote:     214 %
Eigenmittel:             188,4 Mio. EUR
SCR:                      88,0 Mio. EUR
MCR:                      33,1 Mio. EUR

Kommentar: Anstieg der versicherungstechnischen Rückstellungen Kranken wegen
der Rechnungszinssenkung. Ansprechpartner für Rückfragen: Marco Schai.

Mit freundlichen Grüßen
Marco Schai
Aktuariat Gruppe""")


@mail(142, "CONFIDENTIAL", "de", "customer", "neighbour dispute in legal expenses, no capitals, typos; staff quote")
def _():
    return msg(ER, "gerhard.loacker@vol-mail.example", "AW: nachbar",
               dt(6, 8, 14, 20),
"""Sehr geehrter Herr Loacker,

für Nachbarschaftsstreitigkeiten aus dem Grundeigentum besteht über Ihre
Rechtsschutzversicherung (RS-40-219903, Baustein Grundstückseigentum) Deckung.
Bitte zuerst die verpflichtende Schlichtung beim Bezirksgericht Bregenz
versuchen; die Kosten übernehmen wir. Schadennummer RS-AT-26-00702.

""" + SIG["ER"] + """

-----Ursprüngliche Nachricht-----
von: gerhard.loacker@vol-mail.example
gesendet: sonntag, 7. juni 2026 18:02

grüß gott, mein nachbar in lochau (hofriedenstr 9) hat seine thujenhecke auf 4
meter wachsen lasen und mein garten ist den ganzen nachmittag im schatten, er
sagt das geht mich nix an. ich will das er sie schneidet. hab rechtsschutz bei
euch. polizzennr weiss ich nicht auswendig. lg loacker gerhard
""")


@mail(143, "NORMAL", "en", "insurer-to-partner", "trap: reinsurer treaty renewal with aggregated mortality experience, no persons")
def _():
    return msg(MS, "Sophie Marchetti <s.marchetti@helvetic-re.example>", "Life QS treaty 2027 - experience analysis",
               dt(6, 9, 10, 0),
"""Dear Sophie,

for the renewal of the life quota share treaty here is our experience
2021-2025 (term life, DE/AT portfolio):

Age band   Exposure (policy years)   Deaths   A/E (DAV 2008T)
25-39            82,410                 21        58 %
40-54            96,220                 87        63 %
55-69            41,870                161        71 %
Total           220,500                269        66 %

Main causes (share of claims amount): cancer 46 %, cardiovascular 22 %,
accidents 12 %, suicide 7 %, other 13 %.

Happy to discuss the rate on Thursday.

""" + SIG["MS"])


@mail(144, "NORMAL", "de", "newsletter", "trap: staff intranet newsletter about back-health course and company health management")
def _():
    return msg(IK, A("Alle Mitarbeitenden", "alle"), "Intranet-News: Rückenfit, Bike-Leasing, neue Kantine",
               dt(6, 10, 7, 15),
"""INTRANET-NEWS Juni 2026

Rückenfit im Büro
Rückenschmerzen sind auch bei uns der häufigste Grund für Fehltage. Ab Juli
bieten wir an allen Standorten einen 8-wöchigen Rückenkurs an (Dienstag 16:30,
Physiotherapeutin Eva Nachbaur). Anmeldung im Intranet, Kosten übernimmt das BGM.

Bike-Leasing
Ab sofort auch für Schweizer Kolleginnen und Kollegen. Details bei Personal.

Kantine Lindau
Nach dem Umbau öffnet die Kantine am 22. Juni wieder – mit Salatbar.

Personal & Organisation""")


@mail(145, "CONFIDENTIAL", "en", "insurer-to-customer", "speeding fine of named driver of insured car (administrative), plate")
def _():
    return msg(SG, "Thomas Becker <thomas.becker@firma-mail.example>", "RE: speeding ticket Austria - rental car question",
               dt(6, 11, 11, 50),
"""Hi Mr Becker,

the fine from the BH Bludenz (EUR 70 for 18 km/h too fast on the L188,
vehicle BZ-442 TB, driver named in the notice: yourself) is not an insurance
matter, you have to pay it yourself – neither your motor policy
KF-40-266103 nor the legal expenses cover pays fines. It has no effect on your
premium or bonus.

If you disagree with the notice, you have 2 weeks to object (Einspruch).

""" + SIG["SG"])


@mail(146, "STRICTLY_CONFIDENTIAL", "de", "customer", "HTML-only forward: AT customer with migraine, neurologist, medication")
def _():
    h = """<html><body>
<div style="font-family:Arial;font-size:10pt">
<p>Zur Info an Leistung, Kundin fragt wegen Wahlarzt Neurologie. Polizze KV-40-551906.<br>LG Verena</p>
<hr>
<p><b>Von:</b> Sandra Wohlgenannt &lt;sandra.wohlgenannt@gmx-mail.example&gt;<br>
<b>Gesendet:</b> Montag, 15. Juni 2026 07:12<br>
<b>Betreff:</b> kopfweh</p>
<p>hallo, ich hab seit 3 wochen fast jeden tag migräne mit aura, auch erbrechen.
der hausarzt hat mir sumatriptan gegeben aber hilft nur halb. termin beim
neurologen auf kasse erst im september. kann ich zur wahlärztin dr. fussenegger
in dornbirn und zahlt ihr das? die macht auch ein MRT.</p>
<p>lg sandra</p>
</div></body></html>"""
    return msg(VF, LEIST_KV, "WG: kopfweh", dt(6, 15, 8, 30), html=h, html_only=True)


@mail(147, "NORMAL", "de", "internal", "trap: test case doc with fictitious Max Mustermann and published example IBAN")
def _():
    return msg(JR, A("Projekt Beitragsinkasso", "pj-inkasso"), "Testfälle SEPA-Umstellung – Runde 2",
               dt(6, 16, 15, 30),
"""Hi zusammen,

für die Testumgebung (INT2) bitte folgende synthetische Testfälle verwenden –
keine Echtdaten aus Produktion kopieren!

TF-01  Max Mustermann (fiktiv), geb. 01.01.1970, IBAN DE89 3704 0044 0532 0130 00
       (offizielle Beispiel-IBAN), Vertrag TEST-HR-000001 – Lastschrift ok
TF-02  Erika Musterfrau (fiktiv), IBAN DE02 1203 0000 0000 2020 51
       (Beispiel-IBAN DKB) – Rücklastschrift "Konto erloschen"
TF-03  ungültige Prüfziffer DE00 1234 5678 9012 3456 78 – muss abgelehnt werden

Ergebnisse bitte in Jira PI-412 dokumentieren.

""" + SIG["JR"])


@mail(148, "CONFIDENTIAL", "de", "insurer-to-customer", "hail damage comprehensive cover, surveyor, plate, named customer")
def _():
    return msg(TA, "Sonja Fäßler <sonja.faessler@t-mail.example>", "Hagelschaden vom 12.06. – Gutachten",
               dt(6, 18, 12, 40),
"""Hallo Frau Fäßler,

das Gutachten für Ihren BMW 320d (LI-SF 1212, Teilkasko KF-7719008) ist da:
142 Dellen, Reparatur per Ausbeultechnik 4.360 EUR, Wertminderung 0.
Sie können reparieren lassen (Termin bei Drückerei Hagelprofi Kempten ab 29.06.)
oder fiktiv abrechnen (3.120 EUR netto abzgl. SB 150).

Sagen Sie mir einfach, was Ihnen lieber ist.

""" + SIG["TA"])


@mail(149, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "child accident insurance: broken front tooth, dentist, named child")
def _():
    return msg(LB, "Elisabeth Drexel <e.drexel@vol-mail.example>", "Kinderunfallversicherung – Zahnunfall Paul",
               dt(6, 19, 9, 25),
"""Sehr geehrte Frau Drexel,

wir haben die Unfallmeldung zu Ihrem Sohn Paul (8) erhalten: Sturz mit dem
Scooter am 06.06., Kronenfraktur Zahn 11 mit Pulpabeteiligung, Wurzelbehandlung
und provisorische Versorgung durch Dr. Rauch in Lustenau.

Aus der Kinderunfallversicherung (UV-40-244870) übernehmen wir die
Unfallkosten für Zahnersatz bis EUR 5.000, auch die spätere definitive Krone,
wenn Paul ausgewachsen ist. Bitte reichen Sie die Honorarnoten ein, sobald sie
vorliegen.

""" + SIG["LB"])


@mail(150, "NORMAL", "en", "internal", "trap: IT ticket about VPN access to 'medical records' server, no data")
def _():
    return msg(SERVICEDESK, NH, "[INC-2026-02981] VPN: no access to \\\\medrec-fs01 from home office",
               dt(6, 22, 8, 12),
"""Ticket INC-2026-02981 updated.

Status: Resolved

Resolution (Jonas Reichle):
Your VPN profile was still in the group "VPN-Standard", which cannot reach the
file server for medical records (medrec-fs01). I moved you to "VPN-Claims-Health"
after approval by your team lead. Please disconnect and reconnect the VPN.

Reminder: documents from medrec-fs01 must not be stored locally or printed at
home.

IT Service Desk""")


@mail(151, "CONFIDENTIAL", "en", "insurer-to-customer", "expat buys house: building insurance with mortgage bank assignment, address, loan amount")
def _():
    return msg(HB, "Daniel Okafor <daniel.okafor@mailbox.example>", "RE: building insurance for the house - confirmation for the bank",
               dt(6, 23, 16, 10),
"""Dear Mr Okafor,

as requested, we have sent the insurance confirmation directly to the Sparkasse
(Mr Hubmann) for your mortgage of EUR 420,000:

Building insurance WG-3331870, Hoyerbergstraße 51, 88131 Lindau
Insured: Daniel and Grace Okafor
Cover: fire, water, storm/hail, natural hazards, replacement value 1914 x 25.2
Mortgage creditor's interest (Sicherungsschein) for Sparkasse Memmingen-Lindau-Mindelheim

Premium EUR 968.40 per year. Cover starts on the day of transfer of ownership,
1 August 2026.

Best regards from Lindau
Hanna Brugger

""" + FOOT_DE)


@mail(152, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "premium arrears in private health insurance (personal line), dunning, formal")
def _():
    return msg(A("Inkasso Kranken Lindau", "inkasso-kranken"), "Roland Huber <roland.huber@online-mail.example>", "Mahnung – Beitragsrückstand Krankenversicherung KV-1150038",
               dt(6, 24, 9, 0),
"""Sehr geehrter Herr Huber,

für Ihre private Krankheitskostenversicherung KV-1150038 sind folgende Beiträge
offen:

April 2026    612,44 EUR
Mai 2026      612,44 EUR
Juni 2026     612,44 EUR
Säumniszuschlag (§ 193 Abs. 6 VVG)  18,37 EUR
Summe       1.855,69 EUR

Bitte zahlen Sie den Betrag bis 10. Juli 2026. Andernfalls ruht Ihr Vertrag
und Sie werden in den Notlagentarif umgestellt; wir leisten dann nur noch für
akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.

Wenn Sie in Zahlungsschwierigkeiten sind, rufen Sie uns an – wir finden eine
Lösung (Ratenzahlung, Tarifwechsel).

Inkasso Krankenversicherung
Alpenrhein Versicherung AG

""" + FOOT_DE)


@mail(153, "NORMAL", "de", "internal", "board minutes Switzerland, strategic, no persons beyond board")
def _():
    return msg(A("Sekretariat VR St. Gallen", "vr-sekretariat"), A("Verwaltungsrat CH", "vr-ch"), "Protokollauszug VR-Sitzung 18.06.2026",
               dt(6, 19, 17, 0),
"""Protokollauszug der 82. Sitzung des Verwaltungsrates der Alpenrhein
Versicherungen (Schweiz) AG vom 18. Juni 2026, St. Gallen

Traktandum 4 – Strategie 2030
Der VR genehmigt den Ausbau der Zusatzversicherungen Kranken in der
Ostschweiz (Ziel Marktanteil 4 %) und die Kooperation mit der Gruppe für die
Reiseversicherung.

Traktandum 5 – Dividende
Antrag an die GV: CHF 12.- je Namenaktie.

Traktandum 6 – Verschiedenes
Nächste Sitzung: 24. September 2026, Lindau.

Für das Protokoll: S. Eugster""")


@mail(154, "CONFIDENTIAL", "en", "customer", "Dutch tourist: rental car scratch, excess claim, booking number; forwarded")
def _():
    return msg(NH, A("Travel claims CH", "reise-ch"), "FW: scratch on rental car, Avis wants 900",
               dt(6, 25, 10, 5),
"""Rental excess EX-CH-230910, please open. Thx, Nadine

-----Original Message-----
From: Bram Jansen <bram.jansen@kpn-mail.example>
Sent: Wednesday, 24 June 2026 19:21
Subject: scratch on rental car, Avis wants 900

Good evening, we returned our Avis car (Opel Astra, SG 518 330) at St. Gallen
station today and they find long scratch on the right door which we did not
see. They charge CHF 900 from my Mastercard. I have the excess insurance from
you, EX-CH-230910, booking Avis 74-2281-NL. Can you pay this back please?
Regards, Bram Jansen, Utrecht
""")


@mail(155, "STRICTLY_CONFIDENTIAL", "de", "company", "HR of client firm sends employee list for company health insurance (bKV) enrolment (XLSX)")
def _():
    rows = [("Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Tarif bKV"),
            (1004, "Abt", "Johanna", "12.04.1987", "01.03.2019", "bKV-Budget 600"),
            (1011, "Bechter", "Lukas", "03.09.1994", "15.08.2022", "bKV-Budget 600"),
            (1017, "Ćosić", "Mirela", "27.01.1979", "01.01.2015", "bKV-Budget 600"),
            (1023, "Hinteregger", "Florian", "08.11.2001", "01.09.2024", "bKV-Budget 600"),
            (1030, "Sohm", "Martina", "19.06.1969", "01.04.2008", "bKV-Budget 600")]
    return msg(ME, A("Firmenkunden Kranken", "firmen-kranken"), "WG: Anmeldung bKV Mitarbeitende Elektro Sohm GmbH",
               dt(6, 26, 9, 40),
"""Bitte Gruppenvertrag bKV-G-0088 anlegen, Start 1.7. ME

-----Ursprüngliche Nachricht-----
Von: Personal Elektro Sohm <personal@elektro-sohm.example>
Betreff: Anmeldung bKV

Sehr geehrter Herr Eberle,
anbei die Liste der Mitarbeitenden, die an der betrieblichen
Krankenversicherung teilnehmen. Zwei Kollegen haben abgelehnt.
Freundliche Grüße, Carina Hämmerle, Personal
""", atts=[att("bKV_Anmeldung_Elektro_Sohm.xlsx", xlsx([("Teilnehmer", rows)], "Elektro Sohm GmbH"))])


@mail(156, "NORMAL", "de", "insurer-to-customer", "event invitation customer evening with ICS, no personal data")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpenrhein//Events//DE
BEGIN:VEVENT
UID:kundenabend-2026-lindau@alpenrhein-vers.example
DTSTAMP:20260601T080000Z
DTSTART;TZID=Europe/Berlin:20260709T183000
DTEND;TZID=Europe/Berlin:20260709T220000
SUMMARY:Alpenrhein Kundenabend am See
LOCATION:Inselhalle Lindau
DESCRIPTION:Vortrag "Starkregen und Elementarschäden" und Grillbuffet.
END:VEVENT
END:VCALENDAR
"""
    return msg(NEWS, "kunden-lindau@lists.alpenrhein-vers.example", "Einladung: Kundenabend am See, 9. Juli",
               dt(6, 1, 10, 0),
"""Liebe Kundinnen und Kunden,

wir laden Sie herzlich zu unserem Kundenabend in die Inselhalle Lindau ein:
Donnerstag, 9. Juli 2026, ab 18:30 Uhr. Vortrag "Starkregen – was tun, wenn
der Keller voll ist?", danach Grillbuffet mit Blick auf den See.

Bitte melden Sie sich bis 30. Juni an: www.alpenrhein-vers.example/kundenabend

Ihre Alpenrhein Versicherung""", atts=[att("Kundenabend.ics", ics)])


@mail(157, "NORMAL", "de", "insurer-to-partner", "trap: framework agreement for builder's liability with developer association, no persons")
def _():
    return msg(ME, "Geschäftsstelle Bauträgerverband <info@bautraeger-bodensee.example>", "Rahmenvertrag Bauherren-Haftpflicht 2027 – Konditionen",
               dt(6, 29, 14, 0),
"""Sehr geehrte Damen und Herren,

für die Mitgliedsunternehmen Ihres Verbands bieten wir 2027 folgende Konditionen
für die Bauherren-Haftpflicht und Bauleistungsversicherung an:

- Bauherren-Haftpflicht: 0,45 ‰ der Bausumme, Deckung 10 Mio. EUR pauschal
- Bauleistung: 1,1 ‰ der Bausumme, SB 500 EUR
- Mindestprämie je Objekt 180 EUR

Die Konditionen gelten für Bauvorhaben bis 5 Mio. EUR Bausumme. Meldung der
Objekte über das Maklerportal oder per Meldeliste.

""" + SIG["ME"])


@mail(158, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "expat's mother in nursing home: care level and care allowance")
def _():
    return msg(NH, "Helen Schmid-Parker <helen.parker@mailbox.example>", "RE: care insurance for my mother - nursing home",
               dt(7, 1, 11, 20),
"""Dear Ms Schmid-Parker,

thank you for the assessment of the nursing home Sonnmatt in Rorschach. Your
mother, Mrs Margaret Parker (care policy 72-620-00418), was placed in care
level 8 of 12 (BESA), mainly because of her Parkinson's disease and two falls
in May.

From her long-term care insurance we pay CHF 60 per day from 1 June 2026, i.e.
about CHF 1,800 per month, directly to the nursing home as you requested. The
power of attorney you sent is registered, so we write to you from now on.

""" + SIG["NH"])


@mail(159, "NORMAL", "de", "internal", "trap: answer templates for travel health with placeholders")
def _():
    return msg(DM, A("Reise-Team", "reise-team"), "Neue Antwortbausteine Reise-Kranken (R-01 bis R-04)",
               dt(7, 2, 9, 0),
"""Hallo Team,

die neuen Bausteine sind im System, bitte ab sofort verwenden:

R-01  "Vielen Dank für Ihre Meldung. Für die Behandlung von «Versicherte Person»
       im «Krankenhaus» übernehmen wir die Kosten gemäß Tarif «Tarif»."
R-02  "Bitte senden Sie uns den ärztlichen Bericht zu «Diagnose» sowie die
       Originalrechnungen über das Kundenportal."
R-03  "Der Rücktransport ist medizinisch «sinnvoll/notwendig»; wir organisieren
       ihn am «Datum»."
R-04  "Leider ist die Behandlung von «Vorerkrankung» ausgeschlossen, da ..."

Platzhalter nie leer lassen, und Diagnosen nie in den Betreff!

""" + SIG["DM"])


@mail(160, "CONFIDENTIAL", "de", "insurer-to-customer", "horse owner liability: horse kicked a car, named customer, policy")
def _():
    return msg(HB, "Corinna Nägele <corinna.naegele@gmx-mail.example>", "AW: Pferd hat Auto beschädigt",
               dt(7, 6, 13, 5),
"""Hallo Frau Nägele,

Ihre Stute Luna hat also beim Verladen den Kotflügel vom Auto Ihres
Stallnachbarn erwischt – das zahlt Ihre Pferdehalterhaftpflicht (TH-3321560).
Schaden-Nr. S-26-014480. Herr Wiedenbauer soll mir bitte den Kostenvoranschlag
seiner Werkstatt und sein Kennzeichen schicken.

Menschen und Pferd ist zum Glück nichts passiert, wie Sie schreiben.

""" + SIG["HB"])


@mail(161, "STRICTLY_CONFIDENTIAL", "de", "internal", "attachment-only: hospital daily allowance list with OPS codes in XLSX; body neutral")
def _():
    rows = [("VN", "Name", "Aufnahme", "Entlassung", "OPS", "Tage", "KHT EUR"),
            ("KH-210044", "Reiner Gsell", "02.06.2026", "09.06.2026", "5-470.11 Appendektomie lap.", 7, 350),
            ("KH-218830", "Olga Schwarz", "28.05.2026", "05.06.2026", "5-820.00 Hüft-TEP", 8, 400),
            ("KH-209177", "Benedikt Haug", "10.06.2026", "12.06.2026", "1-650.2 Koloskopie", 2, 100)]
    return msg(A("Elke Sonntag", "elke.sonntag"), A("Zahlungsfreigabe", "zahlungsfreigabe"), "Freigabeliste KHT KW 25",
               dt(6, 19, 15, 20),
"""Hallo,

Freigabeliste für die Zahlungen KW 25 im Anhang, bitte bis Montag freigeben.

Elke""", atts=[att("Freigabe_KHT_KW25.xlsx", xlsx([("KW25", rows)], "Elke Sonntag"))])


@mail(162, "NORMAL", "en", "insurer-to-partner", "trap: hospital group framework agreement negotiation, tariffs, no patients")
def _():
    return msg(CF, "Dr. Stefan Mettler <stefan.mettler@ostschweiz-kliniken.example>", "Framework agreement 2027 - semi-private and private tariffs",
               dt(7, 7, 10, 45),
"""Dear Dr Mettler,

thank you for the constructive meeting. As discussed, our proposal for the
framework agreement 2027 for the supplementary insured in your four hospitals:

- semi-private: flat rate per case on top of the SwissDRG base rate, +18 %
  (2026: +21 %), private: +34 % (2026: +38 %)
- doctor's fees for orthopaedics and cardiology according to the new
  tariff table (annex 3)
- transparency: itemised invoices for all supplementary services as required
  by FINMA

We would be happy to sign by 30 September. I am out of office from 20 July.

Kind regards
Corinne Frei

""" + FOOT_CH)


@mail(163, "CONFIDENTIAL", "de", "customer", "Swiss-German dialect written customer: bank account change with CH IBAN; forwarded")
def _():
    return msg(CF, A("Inkasso Schweiz", "inkasso-ch"), "WG: Kontoänderig", dt(7, 8, 8, 20),
"""Bitte Konto ändern, alle Policen von Herrn Rüegg (Kundennr. 5100-3318). CF

-----Ursprüngliche Nachricht-----
Von: Sepp Rüegg <sepp.rueegg@bluewin-mail.example>
Gesendet: Dienstag, 7. Juli 2026 20:48
Betreff: Kontoänderig

Grüezi
Mir händ d Bank gwechslet, bitte d Prämie ab jetzt vo dem Konto näh:
CH71 0078 1186 3602 2256 9 (St. Galler Kantonalbank), lautend uf Josef Rüegg.
Merci vilmal
Sepp Rüegg, Waldstatt
""")


@mail(164, "STRICTLY_CONFIDENTIAL", "de", "customer", "DE customer pregnant asks about maternity benefits; quoted in reply")
def _():
    return msg(SW, "Anna-Lena Berchtold <anna.berchtold@posteo-mail.example>", "AW: schwanger – was zahlt ihr?",
               dt(7, 9, 14, 0),
"""Liebe Frau Berchtold,

herzlichen Glückwunsch! Kurz zusammengefasst zu Ihrem Tarif (KV-1214407):
- Vorsorgeuntersuchungen, Ultraschall und Hebamme: 100 %
- Entbindung im Krankenhaus mit Zweibettzimmer und Chefarzt: 100 %
- Krankentagegeld ruht während des Mutterschutzes, dafür Mutterschaftsgeld
  13 EUR/Tag von uns plus Zuschuss des Arbeitgebers.

Das Baby können Sie ab Geburt ohne Gesundheitsprüfung versichern, wenn Sie es
innerhalb von zwei Monaten anmelden.

""" + SIG["SW"] + """

> hallo, bin in der 11. woche schwanger (termin 29.01.27), die frauenärztin
> sagt wegen meinem schilddrüsen-ding muss ich öfter zur kontrolle. was zahlt
> ihr alles? und krankentagegeld? lg anna-lena berchtold
""")


@mail(165, "NORMAL", "de", "internal", "trap: data breach drill scenario, fictitious persons explicitly marked")
def _():
    return msg(PH, A("Krisenstab Datenschutz", "krisenstab-ds"), "Übung 'Fehlversand' am 14.07. – Szenario",
               dt(7, 10, 11, 30),
"""Hallo Krisenstab,

Szenario für die Übung am 14.07. (fiktiv, bitte nicht mit Echtfällen verwechseln):

"Eine Mitarbeiterin der Leistungsabteilung versendet eine Excel-Liste mit
120 Krankentagegeld-Fällen (Name, Diagnose, AU-Zeitraum) versehentlich an einen
externen Makler. Der Makler meldet sich nach 2 Stunden."

Aufgaben: Risikobewertung nach Art. 33 DSGVO, Entscheidung Meldung BayLDA
(72 h), Benachrichtigung Betroffener nach Art. 34, Parallelmeldung an EDÖB?
Kommunikation nach außen (Kellenberger).

Treffpunkt 9:00 Raum Pfänder, Dauer 2 h.

""" + SIG["PH"])


@mail(166, "CONFIDENTIAL", "en", "insurer-to-customer", "insurance confirmation for residence permit, named expat, household/liability policy")
def _():
    return msg(NH, "Mei Lin Chen <meilin.chen@techmail.example>", "Insurance confirmation for the Migrationsamt",
               dt(7, 13, 9, 50),
"""Dear Ms Chen,

attached to our portal message you find the confirmation you need for the
Migrationsamt St. Gallen:

"Ms Mei Lin Chen, born 1990-09-14, Chinese citizen, residing at
Davidstrasse 9, 9000 St. Gallen, holds household contents and personal
liability insurance (policy 72-410-91233) with Alpenrhein Versicherungen
(Schweiz) AG since 1 March 2026, premiums paid until 28 February 2027."

Note: the Migrationsamt usually also asks for proof of basic health insurance
(KVG), which is with another insurer in your case.

""" + SIG["NH"])


@mail(167, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "accident invalidity benefit payment with IBAN (accident line)")
def _():
    return msg(LB, "Gottfried Natter <g.natter@aon-mail.example>", "Auszahlung Unfallversicherung – UV-40-129944",
               dt(7, 14, 10, 5),
"""Sehr geehrter Herr Natter,

zu Ihrem Arbeitsunfall vom 03.09.2025 zahlen wir heute die Invaliditätsleistung
aus Ihrer privaten Unfallversicherung UV-40-129944 aus:

Invaliditätsgrad 5 % (Bein unterhalb des Knies), Versicherungssumme EUR 80.000
Leistung EUR 4.000,00 auf AT58 1200 0640 6467 7523 (UniCredit Bank Austria)

Damit ist der Fall abgeschlossen. Für eine Neubemessung innerhalb von vier
Jahren genügt ein formloses Schreiben.

""" + SIG["LB"])


@mail(168, "NORMAL", "de", "insurer-to-supplier", "trap: translation order for health insurance general conditions")
def _():
    return msg(NH, "Projektmanagement LinguaBodensee <pm@linguabodensee.example>", "Übersetzungsauftrag AVB International Health EN",
               dt(7, 15, 14, 35),
"""Grüezi Frau Baldauf

Wir beauftragen die Übersetzung Deutsch → Englisch der Allgemeinen
Versicherungsbedingungen "International Health 2027" (42 Seiten, ca. 15'800
Wörter, Word-Datei folgt über Ihren Upload-Link) inkl. Glossar
(Spitalzusatz, Franchise, Selbstbehalt, Kostengutsprache, Vorbestehende Leiden).

Termin: 28. August 2026, Fachlektorat durch einen Muttersprachler mit
Versicherungs-/Medizinerfahrung. Preis gemäss Offerte 26-118 (CHF 0.28/Wort).

Kind regards / Freundliche Grüsse
Nadine Hug
Expat Service · St. Gallen

""" + FOOT_CH)


@mail(169, "CONFIDENTIAL", "de", "insurer-to-customer", "AT motor liability: customer caused damage to third-party car, plates, informal")
def _():
    return msg(SG, "Alexander Greber <alex.greber@a1-mail.example>", "Re: hab einen angerempelt",
               dt(7, 16, 15, 20),
"""Hallo Herr Greber,

passt, hab alles: Ihr Fahrzeug B-732 AG (KF-40-301884), gegnerischer Golf
BZ-119 MR, Frau Marte. Wir regulieren den Schaden bei ihr aus Ihrer
Haftpflicht, Ihr Bonus-Malus geht nächstes Jahr um 3 Stufen rauf (von 0 auf 3).
Wenn Sie's selbst zahlen wollen (KV lt. Frau Marte EUR 1.480), sagen Sie
Bescheid, dann bleibt die Stufe.

""" + SIG["SG"])


@mail(170, "STRICTLY_CONFIDENTIAL", "en", "internal", "attachment-only: ODS list of open medical repatriation cases with names and diagnoses")
def _():
    rows = [["Case", "Name", "Nationality", "Hospital", "Diagnosis", "Plan"],
            ["TR-26-03310", "Giulia Ferraro", "IT", "LKH Feldkirch", "femoral neck fracture, surgery done", "ambulance car Milan 23 Jul"],
            ["TR-26-03318", "Henk Bakker", "NL", "KSSG St. Gallen", "stroke, aphasia", "air ambulance, date open"],
            ["TR-26-03327", "Emma Svensson", "SE", "LKH Bludenz", "appendicitis, discharged", "scheduled flight 21 Jul"],
            ["TR-26-03341", "Patrick Doyle", "IE", "Spital Davos", "pneumonia, oxygen", "wait, fitness to fly 25 Jul"]]
    return msg(DM, A("Travel assistance team", "assistance-team"), "Open repatriation cases - handover weekend",
               dt(7, 17, 16, 55),
"""Hi all,

handover for the weekend duty: list attached. Call me if anything with the
Bakker case changes, I am reachable until Saturday noon.

Daniela""", atts=[att("repatriation_open_2026-07-17.ods", ods(rows, "open"))])


@mail(171, "NORMAL", "en", "internal", "office move announcement, organisational")
def _():
    return msg(MK, A("All staff Lindau", "alle-lindau"), "Office move: Life & Income Protection moves to 3rd floor on 31 July",
               dt(7, 20, 8, 30),
"""Dear colleagues,

on Friday 31 July the Life & Income Protection team moves from the 1st to the
3rd floor (rooms 3.10-3.18). Please pack your desks by Thursday 16:00, boxes
are in the copy room. Phones keep their numbers. The 1st floor will be
renovated in August for the new claims hub.

Matthias Kreuzer
Procurement & Facility""")


@mail(172, "CONFIDENTIAL", "de", "broker", "broker mandate PDF with customer's birth date and address; body only 'anbei Vollmacht'")
def _():
    p = pdf("Maklervollmacht", [
        "#Maklervollmacht und Maklerauftrag",
        "Auftraggeber: Rainer Sohler, geb. 22.02.1966, Ried 14, 88175 Scheidegg",
        "Makler: Bühler Assekuranz GmbH, Kathrin Bühler, Ravensburg",
        "Umfang: Sachversicherungen (Hausrat, Wohngebäude, Privathaftpflicht, Kfz)",
        "Betroffene Verträge bei Alpenrhein: HR-3305119, WG-3302811, KF-7700994",
        "",
        "Scheidegg, 14.07.2026      Unterschrift: R. Sohler",
    ], "Bühler Assekuranz")
    return msg(ME, A("Bestandsverwaltung", "bestand"), "WG: Vollmacht Sohler", dt(7, 21, 10, 0),
"""Bitte Betreuung umschlüsseln. ME

> Hallo Markus, anbei Vollmacht. Gruß Kathrin
""", atts=[att("Vollmacht_Sohler.pdf", p)])


@mail(173, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "care insurance: aids (rollator, care bed) approved for named insured")
def _():
    return msg(SW, "Frieda Allgaier <frieda.allgaier@t-mail.example>", "Pflegehilfsmittel – Ihre Anträge vom 10.07.",
               dt(7, 22, 9, 20),
"""Sehr geehrte Frau Allgaier,

für Ihren Mann, Herrn Anton Allgaier (Pflegepflichtversicherung PPV-0318822,
Pflegegrad 2), übernehmen wir:

- Pflegebett mit elektrischer Höhenverstellung: leihweise über unseren
  Vertragspartner Sanitätshaus Vögele, Lieferung in der nächsten Woche,
- Rollator mit Sitzfläche: 100 %, Zuzahlung 10 EUR,
- zum Verbrauch bestimmte Pflegehilfsmittel (Bettschutzeinlagen,
  Desinfektion): bis 42 EUR im Monat.

Den Antrag auf einen Treppenlift können wir erst nach dem Besuch der Gutachterin
am 5. August entscheiden.

""" + SIG["SW"])


@mail(174, "NORMAL", "en", "newsletter", "trap: expat newsletter explaining Swiss health insurance, no personal data")
def _():
    text = """EXPAT LETTER – Summer 2026

Health insurance in Switzerland, explained in 3 minutes

* Basic insurance (KVG/LAMal) is compulsory within 3 months of arrival.
* You pay a deductible (franchise, CHF 300-2,500) plus 10 % co-payment.
* Dental care is not included. Glasses only for children.
* Supplementary insurance (VVG) is private: hospital semi-private/private,
  dental, alternative medicine, worldwide cover. The insurer can ask health
  questions and refuse or exclude pre-existing conditions.

Our tip: apply for supplementary cover while you are healthy.

Questions? expat@alpenrhein-vers.example
Unsubscribe: www.alpenrhein-vers.example/expat/off"""
    html = "<html><body><h2>Health insurance in Switzerland, explained in 3 minutes</h2>" \
           "<ul><li>Basic insurance (KVG/LAMal) is compulsory within 3 months of arrival.</li>" \
           "<li>You pay a deductible (franchise, CHF 300-2,500) plus 10 % co-payment.</li>" \
           "<li>Dental care is not included. Glasses only for children.</li>" \
           "<li>Supplementary insurance (VVG) is private; the insurer can ask health questions.</li></ul>" \
           "<p>Our tip: apply for supplementary cover while you are healthy.</p>" \
           "<p><small>Unsubscribe: www.alpenrhein-vers.example/expat/off</small></p></body></html>"
    return msg(NEWS, "expats@lists.alpenrhein-vers.example", "Expat Letter: Swiss health insurance in 3 minutes",
               dt(7, 23, 7, 0), text, html=html)


@mail(175, "CONFIDENTIAL", "en", "insurer-to-customer", "glass breakage in rented flat, named expat, policy, claim")
def _():
    return msg(RB, "Lucas Moreau <lucas.moreau@free-mail.example>", "RE: broken glass ceramic hob",
               dt(7, 24, 13, 40),
"""Dear Mr Moreau,

the cracked glass ceramic hob in your flat (Bahnhofstrasse 31, 9630 Wattwil)
is covered by the glass breakage add-on of your household insurance
(71-204-91877). Please have it replaced by the landlord's electrician and send
us the invoice. Deductible CHF 200.

Claim number: GL-26-00219

Kind regards
Reto Baumgartner

""" + FOOT_CH)


@mail(176, "NORMAL", "de", "internal", "trap: life bonus declaration 2027 with model contracts, no persons")
def _():
    return msg(MS, A("Vertrieb und Leben", "vertrieb-leben"), "Überschussdeklaration Leben 2027 – Vorabinfo",
               dt(7, 27, 11, 0),
"""Hallo zusammen,

der Vorstand hat die Überschussdeklaration 2027 beschlossen (Veröffentlichung
im Geschäftsbericht):

Laufende Verzinsung klassische Rentenversicherung:   2,60 % (Vorjahr 2,50 %)
Gesamtverzinsung inkl. Schlussüberschuss:            3,20 %
Risikolebensversicherung Sofortrabatt:               unverändert 40 %
BU: Überschuss als Beitragsverrechnung 28 %

Beispielrechnung Modellvertrag (Rentenversicherung, Eintrittsalter 35,
100 EUR Monatsbeitrag, Rentenbeginn 67): garantierte Rente 298 EUR,
prognostizierte Gesamtrente 421 EUR.

Bitte bis zur Veröffentlichung am 1.10. nicht extern kommunizieren.

""" + SIG["MS"])


@mail(177, "NORMAL", "de", "internal", "trap: cancellation statistics per supplementary health tariff (ODS), aggregated")
def _():
    rows = [["Tarif", "Bestand 01.01.", "Kündigungen H1", "Quote %", "häufigster Grund"],
            ["ZZ-Komfort", 18420, 611, 3.3, "Beitragshöhe"],
            ["KS-Plus", 9330, 188, 2.0, "Wechsel Arbeitgeber-bKV"],
            ["AMB-Basis", 12100, 540, 4.5, "Leistungsablehnung Sehhilfe"],
            ["HOSPITA", 7710, 102, 1.3, "Umzug ins Ausland"],
            ["DENTA", 6090, 270, 4.4, "Beitragshöhe"]]
    return msg(MS, A("Produktmanagement Kranken", "pm-kranken"), "Stornoanalyse Zusatz H1/2026",
               dt(7, 28, 9, 35),
"""Hallo PM-Team,

Stornoanalyse Zusatzversicherungen H1 im Anhang (alle Länder, nur Tarife mit
> 5.000 Verträgen). AMB-Basis fällt auf – die Sehhilfe-Grenze ärgert offenbar.

Marco""", atts=[att("Storno_Zusatz_H1_2026.ods", ods(rows, "H1"))])


@mail(178, "CONFIDENTIAL", "en", "insurer-to-customer", "Canadian expat's motorcycle insurance in Austria, plate, bonus, named")
def _():
    return msg(SG, "Ryan MacLeod <ryan.macleod@canmail.example>", "RE: motorcycle insurance - Canadian driving record",
               dt(7, 29, 10, 10),
"""Hi Mr MacLeod,

good news: we can accept your claims-free confirmation from Intact Insurance
(Ontario, 9 years without claim), so your BMW R 1250 GS starts in bonus-malus
level 3 instead of 9. Policy KF-40-318822, plate DO-61 RM, liability + partial
cover, EUR 412.60 per year incl. insurance tax. The green card is in your
portal mailbox.

Ride safe!

""" + SIG["SG"])


@mail(179, "STRICTLY_CONFIDENTIAL", "de", "customer", "AT skier with SVNR: cruciate ligament, MRI, surgery; brisk staff reply quoting")
def _():
    return msg(LB, "Christoph Kaufmann <chris.kaufmann@vol-mail.example>", "Re: schiunfall",
               dt(3, 3, 9, 0),
"""Servus Herr Kaufmann,

alles klar, ist angelegt (UV-40-227118, Schaden U-26-00412). Bitte den OP-Bericht
und die Ambulanzkarte aus Schruns nachschicken, am besten übers Portal. Die
Unfallkosten (Bergung, Hubschrauber) laufen direkt über uns.

Gute Besserung!

""" + SIG["LB"] + """

Am 02.03.2026 um 21:17 schrieb Christoph Kaufmann:
> servus, bin am samstag am golm beim schifahren gestürzt, vorderes kreuzband
> rechts gerissen + innenband, mrt in schruns. op am 10.3. im sanatorium. bin
> jetzt 6 wochen im krankenstand. svnr 1231 150385. hubschrauber hats auch
> gebraucht. was brauchts ihr?
""")


@mail(180, "NORMAL", "de", "internal", "trap: job ad medical assistant for underwriting, medical vocabulary")
def _():
    return msg(IK, A("Alle Mitarbeitenden", "alle"), "Wir suchen: Medizinische/r Fachangestellte/r (m/w/d) für die Risikoprüfung",
               dt(8, 3, 8, 0),
"""Liebe Kolleginnen und Kollegen,

für das Team von Dr. Ruth Sailer (Risikoprüfung Leben/BU, Lindau) suchen wir ab
Oktober eine/n MFA (m/w/d), 60–80 %.

Aufgaben: Auswertung von Arztberichten, Laborwerten und Krankenhausentlass-
briefen für die Antragsprüfung, Anforderung von Befunden bei Hausärzten,
Vorbereitung von Voten nach Rückversicherer-Handbuch.

Kennen Sie jemanden? Empfehlungsprämie 1.000 EUR.

""" + SIG["IK"])


@mail(181, "CONFIDENTIAL", "de", "insurer-to-customer", "traffic legal expenses: administrative offence (speeding, red light) of named driver")
def _():
    return msg(ER, "Markus Bildstein <m.bildstein@gmx-mail.example>", "Verkehrsrechtsschutz – Strafverfügung BH Dornbirn",
               dt(8, 4, 10, 45),
"""Sehr geehrter Herr Bildstein,

für den Einspruch gegen die Strafverfügung der BH Dornbirn vom 20.07.2026
(Rotlichtverstoß Kreuzung Schwefel, Fahrzeug DO-882 MB, Strafe EUR 180)
besteht Deckung aus Ihrem Verkehrsrechtsschutz (RS-40-280031). Die Strafe selbst
ist nicht versichert. Rechtsanwalt nach Ihrer Wahl; Schadennummer RS-AT-26-00915.

""" + SIG["ER"])


@mail(182, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "travel health: dental emergency in Zurich, abscess, American tourist")
def _():
    return msg(NH, "Jennifer Alvarez <jen.alvarez@usmail.example>", "RE: toothache emergency Zurich - what is covered",
               dt(8, 5, 12, 15),
"""Dear Ms Alvarez,

sorry about your tooth! Your travel health policy TP-CH-45502 covers emergency
dental treatment to relieve pain up to CHF 600. The invoice of the dental
emergency clinic at Zurich Hauptbahnhof (opening of the abscess at tooth 46,
antibiotics Amoxicillin 1 g for 7 days, CHF 486.50) is fully covered. The root
canal treatment is not an emergency and should be done back home.

Please upload the invoice and the pharmacy receipt in the portal.

""" + SIG["NH"] + """

> Hi, I am a tourist from Denver, my cheek is swollen since yesterday and the
> tooth hurts like crazy. Went to the dental clinic at Zurich station, they
> cut it open and gave antibiotics. 486 francs. Is that covered? Jennifer
""")


@mail(183, "NORMAL", "de", "insurer-to-broker", "trap: broker training invitation on new BU tariffs with ICS")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alpenrhein//Makler//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:bu-2026-webinar-2@alpenrhein-vers.example
DTSTAMP:20260801T070000Z
DTSTART;TZID=Europe/Berlin:20260910T100000
DTEND;TZID=Europe/Berlin:20260910T113000
SUMMARY:Webinar: BU 2026 – vereinfachte Gesundheitsfragen
LOCATION:Online (Teams)
DESCRIPTION:Neue Gesundheitsfragen\\, Psyche-Klausel\\, Nachversicherungsgarantien. Referentin: Dr. med. Ruth Sailer.
END:VEVENT
END:VCALENDAR
"""
    return msg(ME, "maklerinfo@lists.alpenrhein-vers.example", "Webinar 10.09.: BU 2026 – vereinfachte Gesundheitsfragen",
               dt(8, 6, 9, 0),
"""Liebe Vertriebspartner,

unsere neue BU kommt mit nur noch 7 Gesundheitsfragen (Behandlungen 3 Jahre,
Psychotherapie 5 Jahre, stationäre Aufenthalte 5 Jahre). Dr. Ruth Sailer,
unsere Gesellschaftsärztin, erklärt im Webinar, wie wir Rückenleiden,
Allergien und abgeschlossene Psychotherapien jetzt bewerten.

Termin im Anhang. Weiterbildungszeit (IDD): 90 Minuten.

""" + SIG["ME"], atts=[att("Webinar_BU_2026.ics", ics)])


@mail(184, "NORMAL", "de", "insurer-to-customer", "trap: general info on new moped plate season, no personal data")
def _():
    return msg(NEWS, "kunden-kfz@lists.alpenrhein-vers.example", "Neues Versicherungskennzeichen ab 1. März – jetzt bestellen",
               dt(2, 16, 7, 0),
"""Liebe Kundinnen und Kunden,

ab 1. März gilt das neue Versicherungskennzeichen (Farbe Blau) für Mofas,
E-Scooter und S-Pedelecs. Das alte grüne Kennzeichen verliert am 28. Februar
seine Gültigkeit.

Bestellen Sie Ihr neues Kennzeichen bequem online unter
www.alpenrhein-vers.example/kennzeichen – ab 49 EUR im Jahr, Teilkasko
optional. Versand innerhalb von zwei Werktagen.

Ihre Alpenrhein Versicherung""")


@mail(185, "STRICTLY_CONFIDENTIAL", "de", "internal", "GDPR Art. 15 access request: DPO compiles health data of named customer")
def _():
    return msg(PH, SW, "Auskunftsersuchen Art. 15 DSGVO – Herr Manfred Kling (KV-1133290)",
               dt(8, 10, 13, 20),
"""Hallo Sabine,

Herr Manfred Kling, geb. 17.05.1958, hat Auskunft nach Art. 15 DSGVO verlangt.
Aus eurem System brauche ich bis 21.08. die Leistungshistorie ab 2020. Was ich
bisher aus dem DMS habe:

- 2021: Koronarangiographie, Stent RIVA (I25.11), Klinikum Kempten
- 2023: Reha Bad Wörishofen, 3 Wochen
- 2024/25: laufend Kardiologie Dr. Ehrle, Clopidogrel, Atorvastatin
- 2025: Psychotherapie 12 Sitzungen (F43.2)

Fehlen noch: Zahnarztrechnungen und die Kostenzusage Hörgeräte 2022.
Versand an den Kunden dann ausschließlich über das Portal.

""" + SIG["PH"])


@mail(186, "NORMAL", "en", "internal", "IT budget planning, no persons")
def _():
    return msg(JR, A("IT leadership", "it-ltg"), "IT budget 2027 - first draft",
               dt(8, 11, 16, 0),
"""Hi,

first draft for the IT budget 2027 (group, EUR thousand):

Run (licences, hosting, networks)       6,850
Secure mail gateway and portal            420
Claims app Snap&Claim phase 2             780
Replacement laptops Lindau (120)          190
Security (SOC, pentests, awareness)       510
Reserve                                   300
Total                                   9,050   (+6.8 % vs 2026)

Let's discuss on Monday. The gateway number includes the new certificate
directory and the broker API.

""" + SIG["JR"])


@mail(187, "CONFIDENTIAL", "de", "customer", "iso-8859-1 customer mail: bicycle theft and IBAN for payout; forwarded")
def _():
    return msg(HB, A("Schadenannahme Sach", "schaden-sach"), "WG: Fahrrad gestohlen - Überweisung",
               dt(8, 12, 9, 10),
"""Bitte Zahlung vorbereiten, S-26-013377 (HR-3388402). Zeitwert 640 EUR. H.

-----Ursprüngliche Nachricht-----
Von: Günter Schädler <g.schaedler@arcor-mail.example>
Gesendet: Dienstag, 11. August 2026 19:40
Betreff: Fahrrad gestohlen - Überweisung

Sehr geehrte Frau Brugger,

anbei wie gewünscht die Kopie der Anzeige der Polizei Lindenberg. Bitte
überweisen Sie die Entschädigung für mein Trekkingrad auf mein Konto bei der
Raiffeisenbank Westallgäu:

IBAN DE68 6005 0101 6611 5750 92
Kontoinhaber Günter Schädler

Mit freundlichen Grüßen
Günter Schädler, Hauptstraße 40, 88161 Lindenberg
""", charset="iso-8859-1", cte="quoted-printable")


@mail(188, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "CH supplementary: glasses contribution, myopia, optician, Swiss spelling")
def _():
    return msg(CF, "Jasmin Brändle <jasmin.braendle@sunrise-mail.example>", "Brillenbeitrag – Ihre Rechnung Optik Ryser",
               dt(8, 13, 10, 30),
"""Grüezi Frau Brändle

Für Ihre neue Brille (Myopie, -4.25 / -4.50, Rechnung Optik Ryser St. Gallen
vom 3. August, CHF 740.-) zahlen wir aus der AMBULA (Police 72-330-28810)
den Brillenbeitrag von CHF 300.- pro drei Kalenderjahre. Die Augenarzt-
Verordnung von Dr. Schmid brauchen wir nicht, da Sie älter als 18 sind.

Auszahlung auf Ihr bekanntes Konto.

""" + SIG["CF"])


@mail(189, "NORMAL", "en", "internal", "trap: security awareness about one-time passwords, no data")
def _():
    return msg(JR, A("All staff", "all-staff"), "Security tip of the month: never read out one-time passwords",
               dt(8, 17, 9, 0),
"""Dear colleagues,

last week a caller pretending to be from "SecureMail support" asked a colleague
to read out the one-time password a customer had just received. Reminder:

- We never need a customer's or broker's one-time password. If a customer
  cannot log in, use "Reset account" in the admin console.
- Customers' security questions and answers are not visible to us, and that is
  on purpose.
- Suspicious call? Note the number and inform security@alpenrhein-vers.example.

Thanks for staying alert!
IT Security""")


@mail(190, "CONFIDENTIAL", "en", "insurer-to-customer", "Hungarian seasonal worker: premium refund after cancellation to HU IBAN")
def _():
    return msg(HB, "Zsófia Kovács <zsofi.kovacs@freemail-x.example>", "RE: cancel liability insurance, refund",
               dt(8, 18, 14, 50),
"""Hello Ms Kovács,

your personal liability insurance PHV-5520177 ends on 31 August 2026 as you
leave Germany after the summer season. We refund the premium paid for
September-November, EUR 17.70, to your Hungarian account:

HU87 1177 3014 5311 0522 0550 2923 (OTP Bank), account holder Zsófia Kovács

Thank you for being our customer, and maybe see you next season!

Best regards from Lindau
Hanna Brugger

""" + FOOT_DE + """

> hello, my work in Lindau finish end of august and I go back to Debrecen.
> please stop the insurance and give back the money on my account in hungary
> HU87117730145311052205502923. thank you, Zsofia
""")


@mail(191, "NORMAL", "de", "internal", "trap: pilot tariff calculation for hearing-aid benefit, aggregated")
def _():
    return msg(MS, A("Produktmanagement Kranken", "pm-kranken"), "Kalkulation Hörgeräte-Baustein (Pilot AT)",
               dt(8, 19, 11, 15),
"""Hallo zusammen,

Kalkulationsgrundlage für den Hörgeräte-Baustein (Pilot Österreich, 2027):

- Prävalenz versorgter Schwerhörigkeit lt. Studie: 4 % bei 50–59, 11 % bei
  60–69, 24 % ab 70
- Ø Kosten binaurale Versorgung 3.800 EUR, Kassenzuschuss ÖGK ca. 1.400 EUR
- Leistungsversprechen 80 % des Rests, max. 1.500 EUR alle 5 Jahre

Risikoprämie pro Monat (inkl. 15 % Sicherheitszuschlag):
 Alter 40: 0,90 EUR   50: 1,80 EUR   60: 4,40 EUR   70: 9,20 EUR

Keine Bestandsdaten verwendet, nur Marktdaten und Rückversicherer-Tabellen.

""" + SIG["MS"])


@mail(192, "NORMAL", "de", "insurer-to-customer", "generic reply: how to report claims online, no contract data")
def _():
    return msg(SCHADEN, "p.walser@vol-mail.example", "AW: Wie melde ich einen Schaden?",
               dt(8, 20, 10, 5),
"""Guten Tag,

danke für Ihre Frage. Schäden können Sie so melden:

1. online unter www.alpenrhein-vers.example/schaden (rund um die Uhr),
2. in der App "Alpenrhein" mit Fotos,
3. telefonisch: DE +49 8382 7091-0, AT +43 5574 4611-0, CH +41 71 244 18 00.

Halten Sie Ihre Vertragsnummer bereit. Gesundheitsunterlagen bitte nur über
das Portal oder die App schicken, nicht per E-Mail.

Freundliche Grüße
Ihr Schadenservice""")


@mail(193, "CONFIDENTIAL", "de", "insurer-to-company", "sole-trader bakery contents insurance claim (freezer failure), named owner")
def _():
    return msg(HB, "Bäckerei Kohlhaupt <info@baeckerei-kohlhaupt.example>", "Ihr Schaden Tiefkühlzelle – Inhaltsversicherung GI-2204418",
               dt(8, 21, 11, 30),
"""Sehr geehrter Herr Kohlhaupt,

wir bestätigen den Schaden an Ihrer Tiefkühlzelle (Ausfall durch Überspannung
nach Gewitter am 18.08.) in Ihrer Bäckerei Kohlhaupt e. K., Inhaber Albert
Kohlhaupt, Maximilianstraße 12, 88131 Lindau. Versichert über Ihre Geschäfts-
Inhaltsversicherung GI-2204418 inkl. Baustein Verderb von Kühlgut.

Ware laut Ihrer Liste: 3.180 EUR, Reparatur Kältetechnik Ruf: 1.460 EUR.
Wir zahlen 4.640 EUR abzgl. SB 250 EUR auf Ihr Geschäftskonto.

""" + SIG["HB"])


@mail(194, "STRICTLY_CONFIDENTIAL", "de", "customer", "windows-1252 body harmless; DOCX letter about alcohol withdrawal treatment in attachment")
def _():
    d = docx([
        "Johannes Zangerle, Bahnhofstraße 8, 6700 Bludenz",
        "An die Alpenrhein Versicherung, Leistungsabteilung",
        "Bludenz, 20. August 2026",
        "#Antrag auf Kostenübernahme Entwöhnungsbehandlung",
        "Sehr geehrte Damen und Herren,",
        "auf Anraten meines Hausarztes und der Suchtberatung Clean Bludenz habe ich mich entschlossen, eine stationäre Alkohol-Entwöhnungsbehandlung im Krankenhaus Maria Ebene (Frastanz) zu machen. Aufnahme ist am 14. September, Dauer 8 Wochen.",
        "Ich bitte um Kostenübernahme für die Sonderklasse aus meiner Zusatzversicherung (Polizze KV-40-470221). Die Entzugsbehandlung im LKH Rankweil im Juli hat die ÖGK bezahlt.",
        "Bitte behandeln Sie das vertraulich, mein Arbeitgeber weiß nichts davon.",
        "Mit freundlichen Grüßen, Johannes Zangerle",
    ], "Johannes Zangerle")
    return msg(VF, LEIST_KV, "WG: Antrag", dt(8, 21, 15, 0),
"""Bitte prüfen, Brief im Anhang. Verena

-----Ursprüngliche Nachricht-----
Von: Johannes Zangerle <j.zangerle@aon-mail.example>
Betreff: Antrag

Sehr geehrte Frau Fink, wie telefonisch besprochen mein Schreiben im Anhang.
Grüße J. Zangerle
""", charset="windows-1252", cte="quoted-printable", atts=[att("Antrag_Zangerle.docx", d)])


@mail(195, "NORMAL", "de", "internal", "hail season statistics property, aggregated")
def _():
    return msg(RB, A("Leitungskreis Schaden", "lk-schaden"), "Hagelsaison 2026 – Zwischenstand",
               dt(8, 24, 8, 45),
"""Grüezi mitenand

Zwischenstand Hagel bis 20.08. (alle Länder):

Land   Gebäude   Motorfahrzeug   Schadensumme
CH       1'840        3'120       CHF 21.4 Mio.
AT         620        1'410       EUR  7.9 Mio.
DE         410          980       EUR  5.2 Mio.

Grösstes Ereignis: 12. Juni, Rheintal (Altstätten bis Dornbirn). Die
Rückversicherung (Kat-XL) greift voraussichtlich nicht, Priorität nicht erreicht.

""" + SIG["RB"])


@mail(196, "CONFIDENTIAL", "en", "broker", "Liechtenstein broker sends client data with birth date for home insurance; forwarded")
def _():
    return msg(RB, A("Underwriting Sach CH", "uw-sach-ch"), "FW: home insurance application - Mrs Ospelt",
               dt(8, 25, 10, 0),
"""Bitte Offerte erstellen (Risiko in Sevelen SG). RB

-----Original Message-----
From: Fabian Marxer <f.marxer@marxer-insurance-broker.example>
Sent: Monday, 24 August 2026 17:02
Subject: home insurance application - Mrs Ospelt

Dear Reto,
new client for household and building:
Mrs Karin Ospelt, born 1975-02-11, Liechtenstein citizen, single-family house
Schulstrasse 7, 9475 Sevelen, built 1998, insured value building CHF 1.1 m,
contents CHF 150,000. Previous insurer: Helvetia, no claims in 5 years.
Start 1 October. Thanks for a quick quote.
Fabian
""")


@mail(197, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life endowment maturity payout with tax and IBAN (personal line)")
def _():
    return msg(FZ, "Ingrid Baldauf <ingrid.baldauf@t-mail.example>", "Ablauf Ihrer Lebensversicherung LV 1877305 zum 01.09.2026",
               dt(8, 26, 9, 0),
"""Sehr geehrte Frau Baldauf,

Ihre Kapitallebensversicherung LV 1877305 läuft am 1. September 2026 ab. Die
Ablaufleistung setzt sich wie folgt zusammen:

Garantierte Versicherungssumme     36.000,00 EUR
Überschussbeteiligung              11.842,60 EUR
Ablaufleistung gesamt              47.842,60 EUR
davon steuerpflichtiger Ertrag     10.390,00 EUR (hälftige Besteuerung, § 20 Abs. 1 Nr. 6 EStG)
einbehaltene KapESt + Soli          1.370,31 EUR
Auszahlung                         46.472,29 EUR

Überweisung am 1. September auf DE45 2005 0550 1872 6830 65.

""" + SIG["FZ"])


@mail(198, "NORMAL", "de", "internal", "trap: works council info mentioning trade union in general, no individual membership")
def _():
    return msg(A("Betriebsrat Lindau", "betriebsrat"), A("Alle Mitarbeitenden Lindau", "alle-lindau"), "Betriebsrat informiert: Tarifrunde und Betriebsversammlung",
               dt(8, 27, 12, 0),
"""Liebe Kolleginnen und Kollegen,

die Tarifverhandlungen für das private Versicherungsgewerbe starten im
September. Die Gewerkschaft ver.di und der DHV haben ihre Forderungen
veröffentlicht (7,5 %, mind. 250 EUR). Ob ihr Gewerkschaftsmitglied seid oder
nicht, geht den Arbeitgeber nichts an – und uns auch nicht. Der Tarifvertrag
gilt bei uns für alle.

Betriebsversammlung: Donnerstag, 17. September, 14 Uhr, Inselhalle.
Themen: Tarifrunde, mobiles Arbeiten, neue Kantine.

Euer Betriebsrat""")


@mail(199, "CONFIDENTIAL", "de", "insurer-to-customer", "Swiss building: natural hazard flood Rhine, policy and address, named owner")
def _():
    return msg(RB, "Erwin Kühnis <erwin.kuehnis@bluewin-mail.example>", "Elementarschaden Hochwasser – Ihr Gebäude in Oberriet",
               dt(8, 28, 14, 25),
"""Grüezi Herr Kühnis

Wir bestätigen Ihre Schadenmeldung vom Hochwasser am 22. August: Keller und
Heizraum in Ihrem Einfamilienhaus Rheinstrasse 40, 9463 Oberriet, standen
rund 60 cm unter Wasser.

Gebäude: Die Gebäudeversicherung ist im Kanton St. Gallen obligatorisch bei
der GVA – bitte dort melden. Fahrhabe (Hausrat, Police 71-204-55091): Wir
übernehmen die Trocknung und die beschädigten Gegenstände im Keller
(Waschmaschine, Tiefkühler, Vorräte), Elementar-Selbstbehalt CHF 500.
Schadennummer EL-26-01127.

""" + SIG["RB"])


@mail(200, "STRICTLY_CONFIDENTIAL", "en", "customer", "forwarded message/rfc822: Italian tourist's English letter about wrist fracture and hospital bill; body neutral")
def _():
    fw = inner("Francesca Russo <francesca.russo@libero-mail.example>", "travel@alpenrhein-vers.example",
               "claim for my accident in Bregenz", dt(8, 29, 18, 40),
"""Dear Sirs,

I was on holiday in Bregenz for the Festspiele with my husband. On 24 August I
fall on the stairs at the lake promenade and broke my wrist (distal radius,
left). In the LKH Bregenz they made surgery with plate and I stayed 2 nights.
The hospital ask me to pay EUR 3,940 because I did not have the EHIC card with
me. I paid with my credit card. Now I am home in Verona and I must do
physiotherapy for 6 weeks.

My travel insurance with you is RV-7730-5521. I attach the invoice and the
discharge letter later.

Best regards
Francesca Russo
Via Mazzini 14, 37121 Verona
""")
    return msg(DM, A("Travel claims AT", "reise-at"), "FW: claim for my accident in Bregenz", dt(8, 31, 8, 15),
"""Neuer Fall, Original im Anhang. Bitte anlegen und EHIC-Formular E126 an die
Kundin. D.""", atts=[fw])


# =========================================================================== build & check

def build_all():
    out = {}
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        out["%s-%04d.eml" % (PREFIX, n)] = finalize(n, fn())
    return out


def labels_text():
    lines = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, fn = MAILS[n]
        assert "\t" not in reason and "\n" not in reason
        lines.append("%s-%04d.eml\t%s\t%s\t%s\t%s" % (PREFIX, n, label, lang, kind, reason))
    return "\n".join(lines) + "\n"


def write():
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    files = build_all()
    for name, data in files.items():
        with open(os.path.join(HERE, "mails", name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels_text())
    print("wrote %d mails" % len(files))


def _open_attachment(name, ctype, data, stats):
    """Open one attachment with its library; raise on failure."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ctype == "message/rfc822":
        stats["rfc822"] = stats.get("rfc822", 0) + 1
        return
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets)
    elif ext == "docx":
        import docx as _d
        d = _d.Document(io.BytesIO(data))
        assert any(p.text.strip() for p in d.paragraphs)
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        from odf import teletype, text as odftext
        doc = load(io.BytesIO(data))
        assert teletype.extractText(doc.topnode).strip()
    elif ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), name
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for info in z.infolist():
            _open_attachment(info.filename, "", z.read(info.filename), stats)
    elif ext == "ics":
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
    elif ext == "csv":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")
    else:
        raise AssertionError("unknown attachment type %s" % name)
    stats[ext] = stats.get(ext, 0) + 1


def _check_message(m, where, stats):
    for part in m.walk():
        assert not part.defects, (where, part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            assert part.get_payload(0)["From"], where
            continue  # walk() descends into the forwarded message itself
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            part.get_content()  # decodes with declared charset
            continue
        if fn:
            data = part.get_payload(decode=True)
            _open_attachment(fn, ct, data, stats)


def check():
    import collections
    a = build_all()
    b = build_all()
    assert a == b, "build is not deterministic"
    assert labels_text() == open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read(), "labels.tsv differs"
    ondisk = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert ondisk == sorted(a), "file list differs"
    ids = set()
    stats = {}
    tops = collections.Counter()
    for name, data in a.items():
        with open(os.path.join(HERE, "mails", name), "rb") as f:
            assert f.read() == data, name + " differs from disk"
        assert b"\n" not in data.replace(b"\r\n", b""), name + ": bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), name + ": bare CR"
        for line in data.split(b"\r\n"):
            assert len(line) <= 998, name + ": line too long"
        m = BytesParser(policy=policy.default).parsebytes(data)
        mid = m["Message-ID"]
        assert mid and mid not in ids, name
        ids.add(mid)
        assert m["Date"].datetime.year == 2026, name
        tops[m.get_content_type()] += 1
        _check_message(m, name, stats)
    counts = collections.Counter()
    for n, (label, lang, kind, reason, fn) in MAILS.items():
        counts[(label, lang)] += 1
    print("OK: %d mails, deterministic, parsed, attachments opened" % len(a))
    print("top-level types:", dict(tops))
    print("attachments:", dict(sorted(stats.items())))
    for label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("%-22s de %3d  en %3d" % (label, counts[(label, "de")], counts[(label, "en")]))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
