#!/usr/bin/env python3
"""dev52 corpus: 200 hand-written, fictitious mails between the claims department of the
invented Elbtaler Versicherung AG (elbtaler-versicherung.example) and the outside world.

Every mail is written by hand in its own function below (m001 ... m200).  The helpers at the
top only turn that content into MIME (Python ``email``, policy=SMTP, CRLF) or into a file
format (PDF, XLSX, DOCX, ODT/ODS, ICS, ZIP).  Everything is deterministic.

    python make_corpus.py            # writes mails/ and labels.tsv
    python make_corpus.py --check    # rebuilds twice, compares, parses, opens attachments
"""
import csv
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from zoneinfo import ZoneInfo

random.seed(52)

NN = 52
HERE = os.path.dirname(os.path.abspath(__file__))
INS = "elbtaler-versicherung.example"
FIXED = datetime(2026, 1, 15, 8, 0, 0)
ZIPTIME = (2026, 1, 15, 8, 0, 0)

MAILS = []


def mail(label, lang, kind, reason):
    """Register a hand-written mail function with its label row."""
    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ---------------------------------------------------------------- MIME helpers

def when(s, tz="Europe/Berlin"):
    """'2026-03-04 09:12' -> RFC 5322 date in the given zone (offset from the zone rules)."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return format_datetime(dt)


def _domain(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1) if m else INS


def build(n, frm, to, subject, date, body=None, *, cc=None, html=None, charset="utf-8",
          cte="quoted-printable", flowed=False, atts=(), irt=None, tz="Europe/Berlin",
          headers=None, html_charset=None, html_cte="quoted-printable"):
    """Turn hand-written content into an EmailMessage.

    body: text/plain content (None for HTML-only); html: text/html content.
    atts: list of (filename, "type/subtype", bytes, params) or ("rfc822", EmailMessage).
    """
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when(date, tz)
    stamp = date.replace("-", "").replace(" ", "").replace(":", "")
    msg["Message-ID"] = f"<d{NN}-{n:04d}.{stamp}@{_domain(frm)}>"
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        msg[k] = v
    params = {"format": "flowed"} if flowed else None
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte, params=params)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=html_charset or charset,
                                cte=html_cte)
    else:
        msg.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte)
    for a in atts:
        if a[0] == "rfc822":
            if msg.get_content_maintype() != "multipart":
                msg.make_mixed()
            part = EmailMessage(policy=policy.SMTP)
            part.set_content(a[1])
            if len(a) > 2:
                part["Content-Disposition"] = f'attachment; filename="{a[2]}"'
            msg.attach(part)
        else:
            fname, mtype, data = a[0], a[1], a[2]
            extra = a[3] if len(a) > 3 else None
            maint, subt = mtype.split("/")
            msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname,
                               params=extra)
    i = 0
    keep = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            keep.add(id(part.get_payload(0)))
        if id(part) not in keep:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_d{NN}_{n:04d}_{i}_Elb")
    return msg


def fwd(n, frm, to, subject, date, body, *, tz="Europe/Berlin", mid=None, charset="utf-8",
        atts=()):
    """A complete earlier message, to be attached as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when(date, tz)
    if mid:
        m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte="quoted-printable")
    for a in atts:
        maint, subt = a[1].split("/")
        m.add_attachment(a[2], maintype=maint, subtype=subt, filename=a[0])
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_d{NN}_{n:04d}_fwd{i}_Elb")
    return m


# ---------------------------------------------------------------- file-format helpers

def _rezip(data, fix=None):
    """Rewrite a ZIP-based office file with fixed member timestamps (order and
    compression kept; optional regex fixes per member name)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if fix and info.filename in fix:
                for pat, rep in fix[info.filename]:
                    content = re.sub(pat, rep, content)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def pdf(title, lines, *, author="Elbtaler Versicherung AG"):
    """Lines of text -> PDF with a text layer (core font, latin-1 only)."""
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED)
    p.set_title(title)
    p.set_author(author)
    p.set_creator("dev52 make_corpus")
    p.set_producer("fpdf2")
    p.add_page()
    p.set_font("Helvetica", "B", 13)
    p.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("Helvetica", "", 10)
    for line in lines:
        line.encode("latin-1")  # raises if a character cannot be set in the core font
        if line == "":
            p.ln(4)
        else:
            p.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def xlsx(sheets, *, creator="Elbtaler Versicherung AG"):
    """{sheet name: rows} -> XLSX bytes with fixed timestamps."""
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    stamp = b"2026-01-15T08:00:00Z"
    return _rezip(buf.getvalue(), {"docProps/core.xml": [
        (rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp + rb"\g<2>"),
        (rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + stamp + rb"\g<2>"),
    ]})


def docx(paragraphs, *, author="Elbtaler Versicherung AG", table=None):
    """Paragraphs (a leading '# ' makes a heading) and an optional table -> DOCX bytes."""
    from docx import Document
    d = Document()
    for para in paragraphs:
        if para.startswith("# "):
            d.add_heading(para[2:], level=1)
        else:
            d.add_paragraph(para)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def _odf_reset():
    """odfpy keeps the namespaces it has seen in a class-level dict; reset it so that each
    document's XML depends only on its own content (deterministic output)."""
    from odf.element import Element
    Element.namespaces = {}


def odt(paragraphs):
    """Paragraphs -> ODT bytes."""
    _odf_reset()
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for para in paragraphs:
        if para.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=para[2:]))
        else:
            doc.text.addElement(P(text=para))
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


def ods(rows, name="Tabelle1"):
    """Rows -> ODS bytes (numbers as float cells, everything else as strings)."""
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
                c = TableCell(valuetype="float", value=v)
            else:
                c = TableCell(valuetype="string")
            c.addElement(P(text=str(v)))
            tr.addElement(c)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


def ics(uid, summary, start, end, *, location="", description="", organizer=None,
        attendees=(), tz="Europe/Berlin"):
    """One VEVENT -> ICS bytes ('2026-03-04 09:00' strings)."""
    from icalendar import Calendar, Event, vCalAddress
    cal = Calendar()
    cal.add("prodid", "-//Elbtaler Versicherung AG//dev52//DE")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", datetime(2026, 1, 15, 8, 0, 0, tzinfo=ZoneInfo("UTC")))
    z = ZoneInfo(tz)
    ev.add("dtstart", datetime.strptime(start, "%Y-%m-%d %H:%M").replace(tzinfo=z))
    ev.add("dtend", datetime.strptime(end, "%Y-%m-%d %H:%M").replace(tzinfo=z))
    ev.add("summary", summary)
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    if organizer:
        ev.add("organizer", vCalAddress("mailto:" + organizer))
    for a in attendees:
        ev.add("attendee", vCalAddress("mailto:" + a))
    cal.add_component(ev)
    return cal.to_ical()


def zipped(members):
    """{name: bytes} -> ZIP bytes with fixed timestamps."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def csvtext(rows, sep=";"):
    """Rows -> CSV text (CRLF)."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- the mails
# (main and the checks follow after the mail functions' helpers, the mails come below)


def render():
    """All mails as {file name: bytes} plus the labels.tsv bytes."""
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    assert len(MAILS) == 200, len(MAILS)
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        assert fn.__name__ == f"m{i:03d}", (fn.__name__, i)
        assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
        assert lang in ("de", "en", "mixed")
        assert "\t" not in reason and "\n" not in reason
        name = f"d{NN}-{i:04d}.eml"
        files[name] = fn().as_bytes()
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write(root):
    files, labels = render()
    os.makedirs(os.path.join(root, "mails"), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(root, "mails", name), "wb") as f:
            f.write(data)
    with open(os.path.join(root, "labels.tsv"), "wb") as f:
        f.write(labels)


def _check_attachment(name, data, where):
    low = name.lower()
    if low.endswith(".pdf"):
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        text = "".join(p.extract_text() or "" for p in r.pages)
        assert text.strip(), f"{where}: {name} has no text layer"
    elif low.endswith(".xlsx"):
        from openpyxl import load_workbook
        wb = load_workbook(io.BytesIO(data))
        assert wb.worksheets, where
    elif low.endswith(".docx"):
        from docx import Document
        d = Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
    elif low.endswith((".odt", ".ods")):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif low.endswith(".ics"):
        from icalendar import Calendar
        Calendar.from_ical(data)
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for member in z.namelist():
            _check_attachment(member, z.read(member), f"{where}/{name}")
    elif low.endswith((".csv", ".txt")):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("windows-1252")
    elif low.endswith((".eml",)):
        _check_message(BytesParser(policy=policy.default).parsebytes(data), where + "/" + name)
    else:
        raise AssertionError(f"{where}: unknown attachment type {name}")


def _check_message(msg, where):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        if part.get_content_type() == "message/rfc822":
            continue
        fname = part.get_filename()
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if fname:
            _check_attachment(fname, payload, where)
        elif part.get_content_maintype() == "text":
            payload.decode(part.get_content_charset() or "us-ascii")
        else:
            raise AssertionError(f"{where}: unnamed non-text part {part.get_content_type()}")


def check():
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        write(a)
        write(b)
        for root in (a, b):
            for name in sorted(os.listdir(os.path.join(HERE, "mails"))) + ["../labels.tsv"]:
                p1 = os.path.join(HERE, "mails", name)
                p2 = os.path.join(root, "mails", name)
                with open(p1, "rb") as f1, open(p2, "rb") as f2:
                    assert f1.read() == f2.read(), f"{name} differs from a rebuild"
        assert sorted(os.listdir(os.path.join(a, "mails"))) == sorted(
            os.listdir(os.path.join(HERE, "mails"))), "file lists differ"
    ids = set()
    names = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert len(names) == 200, len(names)
    for name in names:
        with open(os.path.join(HERE, "mails", name), "rb") as f:
            raw = f.read()
        assert raw.endswith(b"\r\n"), name
        for line in raw.split(b"\r\n"):
            assert b"\r" not in line and b"\n" not in line, f"{name}: bare CR/LF"
            assert len(line) <= 998, f"{name}: line longer than 998 octets"
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        assert mid and mid.startswith(f"<d{NN}-{name[4:8]}."), f"{name}: Message-ID {mid}"
        assert mid not in ids, f"{name}: duplicate Message-ID"
        ids.add(mid)
        assert msg["Date"] and msg["From"] and msg["To"], name
        _check_message(msg, name)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"]
    assert [r[0] for r in rows[1:]] == names
    print("check OK")


def main():
    if "--check" in sys.argv:
        check()
    else:
        write(HERE)
        print(f"wrote {len(MAILS)} mails")


# ================================================================ the mails
KFZ = "Elbtaler Versicherung Kfz-Schaden <kfz-schaden@elbtaler-versicherung.example>"
SACH = "Elbtaler Versicherung Sachschaden <sachschaden@elbtaler-versicherung.example>"
HAFT = "Elbtaler Versicherung Haftpflicht-Schaden <haftpflicht@elbtaler-versicherung.example>"
KRANK = "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>"
UNFALL = "Elbtaler Versicherung Unfall-Leistung <unfall-leistung@elbtaler-versicherung.example>"
LEBEN = "Elbtaler Lebensversicherung Leistung <leben-leistung@elbtaler-versicherung.example>"
INTL = "Elbtaler Insurance International Claims <claims-international@elbtaler-versicherung.example>"


@mail("CONFIDENTIAL", "de", "expert-to-insurer",
      "motor appraisal for a named owner with plate, VIN and claim number; no injury")
def m001():
    rep = pdf("Kfz-Schadengutachten Nr. KV-26-0311", [
        "Sachverständigenbüro Krämer & Voss, Halberstädter Str. 88, 39112 Magdeburg",
        "Auftraggeber: Elbtaler Versicherung AG, Schaden-Nr. KS-2026-004117",
        "",
        "Anspruchsteller / Halter: Lukas Brandt, Ottersleber Chaussee 14, 39116 Magdeburg",
        "Fahrzeug: VW Golf VIII 1.5 eTSI, amtl. Kennzeichen MD-LB 482",
        "FIN: WVWZZZCDZMW118845, Erstzulassung 04/2021, Laufleistung 48.312 km",
        "Besichtigung: 02.02.2026, 09:30 Uhr, Autohaus Brenner GmbH, Magdeburg",
        "",
        "Schadenbeschreibung: Heckanstoß, Stoßfänger hinten, Heckklappe, Rückleuchte links,",
        "Abschleppöse verzogen, Kofferraumboden leicht gestaucht.",
        "",
        "Reparaturkosten netto: 4.862,37 EUR",
        "Reparaturkosten brutto: 5.786,22 EUR",
        "Merkantile Wertminderung: 450,00 EUR",
        "Wiederbeschaffungswert (differenzbesteuert): 21.300,00 EUR",
        "Reparaturdauer: 5 Arbeitstage, Nutzungsausfall Gruppe D: 59,00 EUR/Tag",
        "",
        "Das Fahrzeug ist verkehrssicher und bedingt fahrbereit.",
        "Magdeburg, 03.02.2026 - Dipl.-Ing. (FH) Matthias Krämer, ö.b.u.v. Sachverständiger",
    ], author="Krämer & Voss")
    return build(1, "Sachverständigenbüro Krämer & Voss <gutachten@kraemer-voss.example>", KFZ,
                 "Gutachten KV-26-0311 zu Ihrem Schaden KS-2026-004117", "2026-02-03 10:14",
                 """Sehr geehrte Damen und Herren,

anbei erhalten Sie unser Gutachten KV-26-0311 zum Heckschaden am Fahrzeug
MD-LB 482 (Halter Herr Lukas Brandt). Die Besichtigung erfolgte gestern im
Autohaus Brenner.

Reparaturkosten brutto 5.786,22 EUR, Wertminderung 450,00 EUR. Die Rechnung
über unser Honorar folgt separat.

Mit freundlichen Grüßen

Matthias Krämer
Dipl.-Ing. (FH), öffentlich bestellter und vereidigter Sachverständiger
für Kfz-Schäden und -Bewertung

Sachverständigenbüro Krämer & Voss
Halberstädter Str. 88 | 39112 Magdeburg
Tel. 0391 555 2740 | gutachten@kraemer-voss.example
""", atts=[("d52-0001_Gutachten_KV-26-0311.pdf", "application/pdf", rep)])


@mail("NORMAL", "de", "hospital-to-insurer",
      "trap: billing office announces new invoice format with ICD/OPS/DRG fields, only a fictitious example patient")
def m002():
    return build(2, "Klinikum St. Annen - Patientenabrechnung <abrechnung@klinikum-st-annen.example>", KRANK,
                 "Umstellung unserer Rechnungsstellung für Privatpatienten zum 01.04.2026", "2026-02-05 14:02",
                 """Sehr geehrte Damen und Herren,

zum 01.04.2026 stellen wir die Rechnungslegung für privat versicherte und
beihilfeberechtigte Patienten auf ein neues Abrechnungssystem um. Für Sie als
Kostenträger ändert sich Folgendes:

1. Die Rechnung enthält künftig je Fall die Hauptdiagnose und bis zu zehn
   Nebendiagnosen als ICD-10-GM-Code, die OPS-Prozeduren sowie die DRG
   (aktuell G-DRG-Katalog 2026).
2. Wahlleistungen (Chefarztbehandlung, Ein-/Zweibettzimmer) werden auf einer
   separaten Rechnung nach GOÄ ausgewiesen.
3. Die Rechnungsnummer beginnt mit "SA-" statt bisher "KR-".

Zur Veranschaulichung ein fiktives Beispiel aus unserer Schulungsunterlage:
Patient "Max Mustermann (fiktiv)", Hauptdiagnose I21.4 (Nicht-ST-Hebungsinfarkt),
OPS 8-837.00, DRG F24B. Es handelt sich um Testdaten, nicht um einen realen Fall.

Bitte leiten Sie dieses Schreiben an die zuständigen Stellen Ihrer
Leistungsabteilung weiter. Für Rückfragen steht Ihnen Frau Engel unter
0391 555 6612 zur Verfügung.

Mit freundlichen Grüßen
i. A. Kerstin Engel
Leitung Patientenabrechnung

Klinikum St. Annen gGmbH
Leipziger Straße 140, 39120 Magdeburg
Geschäftsführer: Dr. Bernd Ahlers | Amtsgericht Stendal HRB 4471
""", charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
      "physiotherapy invoice for a named patient with diagnosis M54.5 in an XLSX attachment; body says only Rechnung")
def m003():
    sheet = xlsx({"Rechnung 2026-0188": [
        ("Physiotherapie Elbwiesen", "", "", ""),
        ("Rechnung Nr.", "2026-0188", "", ""),
        ("Patientin", "Renate Kowalczyk, geb. 11.09.1958", "", ""),
        ("Anschrift", "Am Fuchsberg 7, 39128 Magdeburg", "", ""),
        ("Verordnung", "Dr. med. Jens Sörensen, 12.01.2026", "", ""),
        ("Diagnose", "M54.5 Kreuzschmerz; Lumboischialgie li.", "", ""),
        ("", "", "", ""),
        ("Datum", "Leistung", "Pos.", "Betrag EUR"),
        ("15.01.2026", "Krankengymnastik", "X0501", 32.80),
        ("19.01.2026", "Krankengymnastik", "X0501", 32.80),
        ("22.01.2026", "Krankengymnastik + Wärmetherapie", "X0501/X1501", 44.10),
        ("26.01.2026", "Krankengymnastik + Wärmetherapie", "X0501/X1501", 44.10),
        ("29.01.2026", "Manuelle Therapie", "X1201", 38.40),
        ("02.02.2026", "Manuelle Therapie", "X1201", 38.40),
        ("", "", "Summe", 230.60),
    ]})
    return build(3, "Physiotherapie Elbwiesen <praxis@physio-elbwiesen.example>", KRANK,
                 "Rechnung 2026-0188", "2026-02-06 17:45",
                 """Guten Tag,

im Auftrag unserer Patientin übersenden wir die Rechnung 2026-0188 zur
direkten Abrechnung (Abtretungserklärung liegt Ihnen vor).

Freundliche Grüße
Ihr Praxisteam Physiotherapie Elbwiesen
Breiter Weg 201 - 39104 Magdeburg
""", cte="quoted-printable",
                 atts=[("d52-0003_Rechnung_2026-0188.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "Spanish clinic bills travel-health claim: named insured, distal radius fracture S52.5, surgery")
def m004():
    return build(4, "Clinica Son Verí - International Billing <billing@clinicasonveri.example>", INTL,
                 "Guarantee of payment / patient HOFFMEISTER, Daniel - invoice CSV-26-00412",
                 "2026-02-09 11:37", """Dear colleagues,

Please find below the final invoice for your insured, who was admitted on
31 January 2026 after a fall on a wet terrace in Cala Millor.

Patient:        Daniel Hoffmeister, DOB 22/06/1984
Policy no.:     EV-TR-2291-0047 (travel health, Elbtaler Versicherung)
Diagnosis:      S52.5 - closed fracture of the distal radius, right
Treatment:      open reduction and internal fixation (volar plate),
                2 nights inpatient, X-ray and CT, cast, analgesia
                (metamizole 575 mg, ibuprofen 600 mg)
Discharged:     02 February 2026, fit to fly with cast

Invoice CSV-26-00412          EUR 6,184.50
Bank: Banco Mediterraneo, IBAN ES91 2100 0418 4502 0005 1332

We kindly ask you to confirm the guarantee of payment by return.

Kind regards,
Marta Ferrer Llull
International Patient Office
Clinica Son Verí | Carrer de Son Servera 4 | 07560 Cala Millor | Spain
""", cte="quoted-printable", tz="Europe/Madrid")


@mail("NORMAL", "en", "newsletter",
      "trap: loss adjuster's market newsletter with escape-of-water and injury claim statistics, no person")
def m005():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1d3b6e">Crawbridge Claims Insight &ndash; February 2026</h2>
<p>Dear claims professional,</p>
<p>Our annual review of <b>escape-of-water</b> losses across our European property
portfolio is out. Key figures for 2025:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Peril</th><th>Claims</th><th>Average cost (EUR)</th><th>Change vs 2024</th></tr>
<tr><td>Escape of water</td><td>18,420</td><td>7,960</td><td>+11 %</td></tr>
<tr><td>Storm</td><td>9,115</td><td>4,310</td><td>-6 %</td></tr>
<tr><td>Fire</td><td>1,342</td><td>38,700</td><td>+3 %</td></tr>
<tr><td>Bodily injury (liability, all)</td><td>2,208</td><td>21,450</td><td>+9 %</td></tr>
</table>
<p>Soft-tissue injuries such as whiplash still account for 61 % of bodily-injury
claims by number, while severe injuries (spinal cord, brain injury) drive 48 % of
the cost.</p>
<p>Join our webinar <i>&ldquo;Drying standards after leaks: what adjusters should ask
for&rdquo;</i> on 12 March 2026, 10:00 CET.</p>
<p style="font-size:11px;color:#777">Crawbridge Loss Adjusting Ltd, 14 Fenwick Street, Liverpool L2 7LS.
You receive this mail because you are registered as an insurance partner.
<a href="https://crawbridge-adjusters.example/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    text = """Crawbridge Claims Insight - February 2026

Dear claims professional,

Our annual review of escape-of-water losses across our European property
portfolio is out. Key figures for 2025:

Peril                          Claims   Avg cost (EUR)   Change
Escape of water                18,420   7,960            +11 %
Storm                           9,115   4,310             -6 %
Fire                            1,342   38,700            +3 %
Bodily injury (liability, all)  2,208   21,450            +9 %

Soft-tissue injuries such as whiplash still account for 61 % of bodily-injury
claims by number, while severe injuries (spinal cord, brain injury) drive 48 %
of the cost.

Webinar "Drying standards after leaks: what adjusters should ask for",
12 March 2026, 10:00 CET.

Crawbridge Loss Adjusting Ltd, 14 Fenwick Street, Liverpool L2 7LS
Unsubscribe: https://crawbridge-adjusters.example/unsubscribe
"""
    return build(5, "Crawbridge Claims Insight <newsletter@crawbridge-adjusters.example>",
                 "claims-international@elbtaler-versicherung.example",
                 "Claims Insight: escape of water up 11 % - our 2025 figures", "2026-02-10 07:00",
                 text, html=html, cte="7bit", html_cte="quoted-printable", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "household burglary report by named policyholder with address, police diary number and stolen items")
def m006():
    return build(6, "Petra Lindemann <petra.lindemann@posteo.example>", SACH,
                 "Einbruch in unsere Wohnung - Hausratversicherung HR-4471-208813", "2026-02-11 21:53",
                 """Sehr geehrte Damen und Herren,

leider muss ich einen Einbruch melden. Am Dienstag, 10.02.2026, zwischen
8:00 und 17:30 Uhr wurde in unsere Wohnung in der Olvenstedter Str. 52
(2. OG links), 39108 Magdeburg eingebrochen, die Wohnungstür wurde
aufgehebelt.

Gestohlen wurden nach jetzigem Stand:
- Laptop Lenovo ThinkPad E14 (gekauft 2024, ca. 900 EUR)
- Goldkette mit Anhänger (Erbstück, geschätzt 1.200 EUR)
- Bargeld ca. 350 EUR aus der Küchenschublade
- Spielkonsole Nintendo Switch mit 6 Spielen
- Armbanduhr Junghans, ca. 600 EUR

Die Polizei war vor Ort, die Tagebuchnummer lautet 1904/26/133872.
Den Schlüsseldienst habe ich schon bezahlt (189 EUR), Rechnung reiche
ich nach.

Meine Versicherungsnummer ist HR-4471-208813. Was brauchen Sie noch von mir?

Viele Grüße
Petra Lindemann
0176 5523 8190
""", cte="8bit", flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "accident-insurance claim: named insured describes fall on ice, broken ankle, surgery, in plain words")
def m007():
    return build(7, "Gerd Pfannschmidt <g.pfannschmidt@t-online.example>", UNFALL,
                 "Unfallmeldung", "2026-01-19 09:06",
                 """Sehr geehrte Damen und Herren,

ich möchte einen Unfall melden. Am 16.01. bin ich morgens vor meinem Haus in
Barleben auf dem Gehweg ausgerutscht, es war spiegelglatt. Dabei habe ich mir
den rechten Knöchel gebrochen, im Krankenhaus sagten sie "Sprunggelenk,
Weber B". Ich wurde am 17.01. in der Uniklinik operiert (Platte und
Schrauben) und liege noch bis voraussichtlich Donnerstag auf Station.

Ich habe bei Ihnen eine Unfallversicherung, Nummer UV-7702-115430. Bitte
schicken Sie mir die Unterlagen, die ich ausfüllen muss, an meine
Adresse: Breiteweg 9, 39179 Barleben.

Meine Frau kann die Post solange in Empfang nehmen.

Mit freundlichem Gruß
Gerd Pfannschmidt

Von meinem iPad gesendet
""", cte="quoted-printable")


@mail("NORMAL", "de", "auto-reply",
      "out-of-office reply from an expert's office, generic subject, no case data")
def m008():
    return build(8, "Dr. Annegret Lindqvist <a.lindqvist@ib-lindqvist.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Automatische Antwort: Termin Gutachterrunde Leitungswasser Q1",
                 "2026-02-12 08:01",
                 """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro und habe nur
eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie
sich bitte an Herrn Dipl.-Ing. Sven Jacobi (s.jacobi@ib-lindqvist.example,
0391 555 8801).

Mit freundlichen Grüßen
Annegret Lindqvist

Ingenieurbüro Lindqvist - Bauschäden | Leckortung | Gebäudegutachten
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


@mail("CONFIDENTIAL", "en", "rental-to-insurer",
      "rental company claims damage on car rented by a named UK tourist hit by the insured; nobody hurt")
def m009():
    return build(9, "Rentaway Damage Recovery <recovery@rentaway.example>", INTL,
                 "Third party claim - vehicle B-RA 7719 - your insured KS-2026-003806",
                 "2026-01-27 15:20", """Dear Sir or Madam,

We are writing regarding a collision on 21 January 2026 at the junction
Torstrasse / Brunnenstrasse, Berlin. Our vehicle, a Skoda Octavia Combi,
registration B-RA 7719, was rented to Mr Oliver Whitcombe (UK driving licence
WHITC804127OJ9XX) under rental agreement RA-DE-11804233.

According to the police report your policyholder, driving a Ford Transit with
registration MD-EK 3310, failed to give way and hit the front left of our
vehicle. No one was injured.

We claim:
  Repair costs (estimate attached to follow)   EUR 3,940.00
  Loss of use, 6 days at EUR 48.00             EUR   288.00
  Administration fee                           EUR    75.00
  Total                                        EUR 4,303.00

Mr Whitcombe has confirmed he does not wish to make a personal claim, as the
rental excess was waived.

Please confirm acceptance of liability.

Best regards,
Hannah Okafor
Damage Recovery Team
Rentaway Deutschland GmbH, Kurfuerstendamm 210, 10719 Berlin
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "police-to-insurer",
      "police enquiry about a motor accident where a named cyclist suffered a head injury")
def m010():
    return build(10, "Polizeirevier Magdeburg - Verkehrsunfalldienst <vud.rev-md@polizei-lsa.example>", KFZ,
                 "Verkehrsunfall 14.02.2026 Magdeburg, Halberstädter Str. - Az. VU 0512/26",
                 "2026-02-16 10:48", """Sehr geehrte Damen und Herren,

in der o. g. Verkehrsunfallsache bitten wir um Bestätigung des
Versicherungsschutzes für das Kfz mit dem amtlichen Kennzeichen MD-TK 2044
(Halter: Thomas Kaczmarek, Magdeburg) zum Unfallzeitpunkt.

Sachverhalt in Kürze: Der Pkw bog am 14.02.2026 gegen 17:40 Uhr nach rechts
in die Kroatenwuhne ab und übersah dabei die Radfahrerin Frau Sophie
Hartwig (23). Frau Hartwig stürzte und zog sich eine Kopfplatzwunde sowie eine
Gehirnerschütterung zu; sie wurde mit dem RTW ins Klinikum Olvenstedt
gebracht und dort stationär aufgenommen.

Gegen den Fahrzeugführer wird ein Ermittlungsverfahren wegen fahrlässiger
Körperverletzung geführt.

Mit freundlichen Grüßen
im Auftrag
Schreiber, POK
Polizeirevier Magdeburg, Verkehrsunfalldienst
Sternstraße 12, 39104 Magdeburg
""", charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: new blank release-from-confidentiality form (Schweigepflichtentbindung) sent as DOCX with placeholders")
def m011():
    form = docx([
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "Elbtaler Krankenversicherung AG - Formular LK-SE-04/2026",
        "Versicherte Person: ______________________ geb. am ____________",
        "Versicherungsnummer: ______________________",
        "Ich entbinde die nachstehend genannten Ärzte, Zahnärzte, Krankenhäuser und "
        "Therapeuten von ihrer Schweigepflicht, soweit die Elbtaler Krankenversicherung "
        "AG zur Prüfung der Leistungspflicht Angaben über Diagnosen, Befunde und "
        "Behandlungen benötigt.",
        "Behandler: ______________________________________________",
        "Zeitraum: vom __________ bis __________",
        "Diese Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.",
        "Ort, Datum: ________________   Unterschrift: ________________________",
    ])
    return build(11, "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "Klinikum St. Annen - Patientenabrechnung <abrechnung@klinikum-st-annen.example>",
                 "Neue Vorlage Schweigepflichtentbindung ab 01.03.2026", "2026-02-17 11:22",
                 """Sehr geehrte Frau Engel,

vielen Dank für Ihr Schreiben zur Umstellung der Rechnungsstellung.

Im Gegenzug möchten wir Sie informieren, dass wir ab 01.03.2026 eine
überarbeitete Schweigepflichtentbindungserklärung verwenden. Die leere
Vorlage hängt an. Bitte akzeptieren Sie ab März nur noch diese Version bzw.
die bisherige Fassung LK-SE-01/2022, wenn Patientinnen und Patienten sie
schon unterschrieben mitbringen.

Mit freundlichen Grüßen

Dr. med. Henrike Albers
Leitende Ärztin Leistungsprüfung
Elbtaler Krankenversicherung AG
Am Elbufer 12 | 39104 Magdeburg
""", atts=[("d52-0011_Vorlage_Schweigepflichtentbindung.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", form)])


@mail("CONFIDENTIAL", "de", "tow-service-to-insurer",
      "towing invoice for a named driver's car with plate and claim number, only in the PDF; body harmless")
def m012():
    inv = pdf("Rechnung Nr. 26-0219", [
        "Abschleppdienst Kowalski e.K., Inh. Marek Kowalski, Gewerbestr. 3, 39326 Wolmirstedt",
        "",
        "An: Elbtaler Versicherung AG, Kfz-Schaden, Am Elbufer 12, 39104 Magdeburg",
        "Ihr Zeichen: KS-2026-004302",
        "Einsatz: 07.02.2026, 23:15 Uhr, B189 zw. Wolmirstedt und Colbitz",
        "Fahrzeug: Opel Astra K, Kennzeichen BK-JR 118, Fahrer/Halterin: Julia Rethmann",
        "",
        "Pos. 1  Bergung aus Straßengraben mit Kran        310,00 EUR",
        "Pos. 2  Abschleppen zum Betriebshof, 14 km          168,00 EUR",
        "Pos. 3  Nacht-/Wochenendzuschlag 25 %               119,50 EUR",
        "Pos. 4  Standgebühr 6 Tage a 15,00 EUR             90,00 EUR",
        "Netto                                               687,50 EUR",
        "USt 19 %                                            130,63 EUR",
        "Gesamt                                              818,13 EUR",
        "",
        "Zahlbar bis 06.03.2026 auf: Sparkasse MagdeBurg, IBAN DE84 8105 3272 2914 1777 63",
    ], author="Abschleppdienst Kowalski")
    return build(12, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>", KFZ,
                 "Rechnung 26-0219", "2026-02-18 07:12",
                 "Hallo,\n\nanbei Rechnung wie besprochen.\n\nGruß\nK. Kowalski (Büro)\n",
                 atts=[("d52-0012_Rechnung_26-0219.pdf", "application/pdf", inv)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "expat health claimant sends pharmacy receipts for insulin and test strips; medicines in the CSV and body")
def m013():
    rec = csvtext([
        ("date", "pharmacy", "item", "PZN", "amount_eur"),
        ("2026-01-08", "Apotheke am Domplatz", "Insulin glargin 100 E/ml, 5x3 ml Pen", "04870438", "89.73"),
        ("2026-01-08", "Apotheke am Domplatz", "Insulin aspart 100 E/ml, 5x3 ml Pen", "02468151", "74.20"),
        ("2026-01-22", "Apotheke am Domplatz", "Blutzucker-Teststreifen 100 St.", "11141738", "46.95"),
        ("2026-02-05", "Elb-Apotheke Buckau", "Pen-Nadeln 4 mm 100 St.", "06446236", "27.50"),
        ("2026-02-05", "Elb-Apotheke Buckau", "Insulin glargin 100 E/ml, 5x3 ml Pen", "04870438", "89.73"),
    ], sep=",")
    return build(13, "Laura Pennington <laura.pennington@icloud.example>", KRANK,
                 "Pharmacy receipts Jan/Feb - policy KV-3390-772145", "2026-02-09 22:31",
                 """Hi,

sorry, my German isn't good enough yet for the claim form so I hope English is
ok. Attached are my pharmacy receipts for January and February (I put them in
a spreadsheet, the paper receipts are scanned below / will follow by post).

It's all my diabetes stuff - insulin, test strips and pen needles. My
endocrinologist Dr. Wiegand switched me to the glargine pens in December.

Policy KV-3390-772145, Laura Pennington, DOB 04 July 1991.

Please reimburse to my usual account.

Thanks so much,
Laura

Sent from my iPhone
""", cte="7bit",
                 atts=[("d52-0013_pharmacy_receipts.csv", "text/csv", rec.encode("utf-8"),
                        {"charset": "utf-8"})])


@mail("NORMAL", "de", "newsletter",
      "trap: pharmacy B2B newsletter on drug shortages (antibiotics, ibuprofen syrup), no patient")
def m014():
    return build(14, "Apotheke am Domplatz <info@apotheke-domplatz.example>",
                 "leistung-kranken@elbtaler-versicherung.example",
                 "Apotheken-Info 02/2026: Lieferengpässe und E-Rezept", "2026-02-12 06:30", None,
                 html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Apotheken-Info</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" align="center" cellpadding="8"><tr><td style="background:#0a7d43;color:#fff">
<b>Apotheke am Domplatz</b> &middot; Apotheken-Info 02/2026 f&uuml;r Kostentr&auml;ger und Praxen</td></tr>
<tr><td>
<h3>Lieferengp&auml;sse: aktueller Stand</h3>
<ul>
<li>Amoxicillin-Trockensaft 250 mg/5 ml: weiterhin nur kontingentiert lieferbar</li>
<li>Ibuprofen-Saft 4 % f&uuml;r Kinder: Entspannung seit Januar</li>
<li>Salbutamol-Dosieraerosole: Austausch zwischen Herstellern m&ouml;glich</li>
<li>GLP-1-Analoga (Semaglutid): Abgabe nur bei zugelassener Indikation</li>
</ul>
<h3>E-Rezept f&uuml;r Privatversicherte</h3>
<p>Seit Januar k&ouml;nnen auch Privatversicherte E-Rezepte &uuml;ber die App einl&ouml;sen.
Die Quittung f&uuml;r die Erstattung erhalten Ihre Versicherten digital. Bitte informieren
Sie Ihre Kundinnen und Kunden, dass die Kostenbelege im PDF-Format anerkannt werden.</p>
<p>Ihr Team der Apotheke am Domplatz<br>Apothekerin Dr. Friederike Sattler e.K.<br>
Domplatz 3, 39104 Magdeburg</p>
<p style="font-size:10px;color:#888">Sie erhalten diese Information als Gesch&auml;ftspartner.
Abmelden: antworten Sie mit &bdquo;Abmelden&ldquo;.</p>
</td></tr></table></body></html>
""")


@mail("CONFIDENTIAL", "de", "rental-to-insurer",
      "replacement-car invoice for a named claimant with claim number and plate; windows-1252")
def m015():
    return build(15, "CityCar Mietwagen Magdeburg <schadenabwicklung@citycar-miete.example>", KFZ,
                 "Mietwagenrechnung MV-26-00871 / Geschädigte Nadine Vogt / Ihr Az. KS-2026-003951",
                 "2026-02-13 13:05", """Sehr geehrte Damen und Herren,

wie telefonisch angekündigt übersenden wir Ihnen unsere Rechnung für das
Unfallersatzfahrzeug der Geschädigten Frau Nadine Vogt.

Geschädigtenfahrzeug:  Seat Leon, MD-NV 611 (Werkstattaufenthalt)
Ersatzfahrzeug:        Seat Ibiza, MD-CC 1204, Gruppe C
Mietzeitraum:          02.02.2026 - 10.02.2026 (9 Tage)
Tarif:                 Unfallersatztarif Gruppe C, 71,00 € / Tag
Zustellung/Abholung:   2 x 25,00 €
Gesamt brutto:         689,00 €

Die Abtretungserklärung der Frau Vogt liegt uns vor und kann auf Wunsch
übersandt werden. Wir bitten um Zahlung auf unser Konto bei der Commerzbank
innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Dennis Rudolph
Schadenabwicklung
CityCar Mietwagen GmbH | Otto-von-Guericke-Str. 30 | 39104 Magdeburg
""", charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer claims pain-and-suffering for a named injured pedestrian: whiplash, 3 weeks unfit for work")
def m016():
    return build(16, "RA Haberland & Kollegen <kanzlei@ra-haberland.example>", HAFT,
                 "Unfallsache Schubert ./. Ihr VN Reinecke - Ihr Az. HP-2026-000774 - unser Az. 26/0147",
                 "2026-02-16 16:40", """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Katharina Schubert, Hegelstraße 17, 39104
Magdeburg, mit der Wahrnehmung ihrer Interessen beauftragt hat. Vollmacht
anbei.

Ihr Versicherungsnehmer Herr Jörg Reinecke hat unsere Mandantin am
28.01.2026 auf dem Gehweg vor dem Anwesen Hegelstraße 21 mit seinem
Lastenfahrrad angefahren. Unsere Mandantin stürzte auf die linke Seite.

Im Universitätsklinikum wurden eine HWS-Distorsion (S13.4), eine Prellung
der linken Schulter und eine Schürfwunde am Unterarm festgestellt. Sie war
vom 28.01. bis 18.02.2026 arbeitsunfähig und befindet sich weiterhin in
physiotherapeutischer Behandlung (10 x KG verordnet).

Wir machen vorläufig geltend:
- Schmerzensgeld, mindestens                      2.500,00 EUR
- Verdienstausfall (Nettoeinbuße lt. Arbeitgeber)    812,40 EUR
- Zuzahlungen, Fahrtkosten, Kostenpauschale          143,00 EUR

Wir haben Sie aufzufordern, Ihre Einstandspflicht bis zum 02.03.2026 dem
Grunde nach anzuerkennen.

Mit freundlichen Grüßen

Dr. Stefanie Haberland
Rechtsanwältin
Fachanwältin für Verkehrsrecht und Versicherungsrecht

RA Haberland & Kollegen | Otto-von-Guericke-Str. 65 | 39104 Magdeburg
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie
bitte sofort den Absender und vernichten Sie diese Mail.
""", cte="quoted-printable")


@mail("NORMAL", "en", "expert-to-insurer",
      "trap: anonymised case study on whiplash claims with ages and diagnoses but no identifiable person")
def m017():
    return build(17, "Northfield Claims Services <training@northfield-claims.example>", INTL,
                 "Case studies for our workshop on 5 March - soft tissue injury", "2026-02-17 12:10",
                 """Dear colleagues,

ahead of the joint workshop on 5 March, here are the three anonymised cases we
would like to discuss. All identifying details have been removed or altered.

Case A: claimant in the 50-59 age band, rear-end shunt at low speed (delta-v
estimated below 8 km/h), reported neck pain (whiplash-associated disorder grade
II) two days after the event. Physiotherapy for 10 weeks. Question for the
group: how to weigh biomechanical reports against treating-physician evidence.

Case B: claimant in the 30-39 age band, cyclist, fractured clavicle, back at
work after 7 weeks. Dispute about the loss-of-earnings calculation for a
self-employed person.

Case C: claimant in the 70+ age band, trip over a raised paving slab, hip
fracture, subsequent care needs. Discussion: interaction with statutory long-
term care benefits.

We will bring the (anonymised) medical summaries on paper only and collect them
after the session.

Best wishes,
Graham Tulloch
Head of Technical Training, Northfield Claims Services Ltd
""", cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "craftsman-to-insurer",
      "roofer's storm-damage quote for named policyholders' house with claim number, only in XLSX")
def m018():
    sheet = xlsx({"Angebot": [
        ("Dachdeckerei Meiners GmbH & Co. KG", "", "", "", ""),
        ("Angebot 2026-A-061 vom 20.02.2026", "", "", "", ""),
        ("Bauvorhaben", "Wohnhaus Familie Sänger, Lindenweg 4, 39291 Möser", "", "", ""),
        ("Auftraggeber", "Frank und Ilona Sänger", "", "", ""),
        ("Versicherer", "Elbtaler Versicherung AG, Wohngebäude, Schaden-Nr. SA-2026-001930", "", "", ""),
        ("", "", "", "", ""),
        ("Pos.", "Beschreibung", "Menge", "EP EUR", "GP EUR"),
        (1, "Gerüst stellen und vorhalten, 2 Wochen", "85 m2", 9.50, 807.50),
        (2, "Beschädigte Betondachsteine aufnehmen und entsorgen", "42 m2", 12.00, 504.00),
        (3, "Neue Dachsteine Braas Frankfurter Pfanne liefern und verlegen", "42 m2", 48.60, 2041.20),
        (4, "Firststeine neu vermörteln", "11 m", 36.00, 396.00),
        (5, "Dachrinne Zink ersetzen", "9 m", 54.00, 486.00),
        (6, "Notsicherung mit Plane am 18.02.2026 (bereits erfolgt)", "1 psch", 340.00, 340.00),
        ("", "", "", "Netto", 4574.70),
        ("", "", "", "USt 19 %", 869.19),
        ("", "", "", "Brutto", 5443.89),
    ]}, creator="Meiners")
    return build(18, "Dachdeckerei Meiners <angebote@dach-meiners.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Angebot Sturmschaden Möser", "2026-02-20 15:58",
                 """Sehr geehrter Herr Kuhlmann,

wie am Telefon besprochen das Angebot für die Instandsetzung nach Sturm
"Ylenia II". Die Notsicherung ist schon erledigt, wir könnten in KW 10
anfangen, wenn Sie die Freigabe geben.

Mit freundlichen Grüßen
Heiko Meiners
Dachdeckermeister

Dachdeckerei Meiners GmbH & Co. KG
Am Gewerbepark 11, 39291 Möser, Tel. 039222 4410
""", charset="iso-8859-1", cte="8bit",
                 atts=[("d52-0018_Angebot_2026-A-061.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "son reports father's death for the life policy, cause of death heart attack, death certificate attached as PDF")
def m019():
    cert = pdf("Sterbeurkunde (Abschrift)", [
        "Standesamt Magdeburg, Registernummer S 412/2026",
        "",
        "Familienname: Bergmann",
        "Vornamen: Horst Wilhelm",
        "Geburtstag: 14.03.1947, Geburtsort: Burg",
        "Wohnort: Magdeburg, Leipziger Chaussee 38",
        "Familienstand: verwitwet",
        "Sterbetag: 09.02.2026, Sterbeort: Magdeburg, Klinikum St. Annen",
        "",
        "Magdeburg, 12.02.2026 - Der Standesbeamte: Fischer",
    ], author="Standesamt Magdeburg")
    return build(19, "Ralf Bergmann <ralf.bergmann@gmx.example>", LEBEN,
                 "Tod meines Vaters Horst Bergmann, Vertrag LV-1187-004452", "2026-02-13 19:12",
                 """Sehr geehrte Damen und Herren,

hiermit teile ich Ihnen mit, dass mein Vater, Horst Bergmann, am 09.02.2026
im Klinikum St. Annen verstorben ist. Er hatte einen schweren Herzinfarkt,
nach zwei Tagen auf der Intensivstation ist er nicht mehr aufgewacht.

Er hatte bei Ihnen eine Sterbegeldversicherung, Vertragsnummer
LV-1187-004452. Soweit ich weiß, bin ich als Bezugsberechtigter eingetragen.
Die Sterbeurkunde hänge ich als PDF an, das Original kann ich Ihnen
schicken, falls nötig.

Was benötigen Sie noch, damit die Leistung ausgezahlt werden kann? Die
Bestattung ist am 20.02.

Mit freundlichen Grüßen
Ralf Bergmann
Jakobstraße 21, 39104 Magdeburg
""", cte="quoted-printable",
                 atts=[("d52-0019_Sterbeurkunde.pdf", "application/pdf", cert)])


@mail("NORMAL", "de", "authority-to-insurer",
      "trap: police press release with accident statistics (deaths, injured), no individual")
def m020():
    return build(20, "Polizeiinspektion Magdeburg - Pressestelle <presse.pi-md@polizei-lsa.example>",
                 "presseverteiler@elbtaler-versicherung.example",
                 "PM 041/2026: Verkehrsunfallbilanz 2025 für den Bereich der PI Magdeburg",
                 "2026-02-19 10:00", """Pressemitteilung Nr. 041/2026

Verkehrsunfallbilanz 2025

Im Jahr 2025 registrierte die Polizeiinspektion Magdeburg insgesamt 14.206
Verkehrsunfälle (2024: 14.571). Dabei verunglückten 12 Menschen tödlich
(2024: 15), 312 wurden schwer und 1.522 leicht verletzt.

Hauptunfallursachen bleiben nicht angepasste Geschwindigkeit, Abstand und
Vorfahrtsfehler. Unter Alkoholeinfluss standen 198 Unfallbeteiligte.

Besonders gefährdet sind weiterhin Radfahrende: 412 verletzte Radfahrerinnen
und Radfahrer, davon 61 mit Pedelecs. Die Polizei setzt 2026 ihre
Schwerpunktkontrollen an Kreuzungen mit Radverkehr fort.

Die vollständige Statistik steht ab 23.02.2026 im Internet bereit.

Pressestelle der Polizeiinspektion Magdeburg
Sternstraße 12, 39104 Magdeburg
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "adjuster-to-insurer",
      "UK loss adjuster's preliminary fire report for a corporate policyholder with named contact; PDF attachment")
def m021():
    rep = pdf("Preliminary Report - Fire at Hollis Fine Foods Ltd", [
        "Crawbridge Loss Adjusting Ltd - our ref. CLA/26/0912 - your ref. SA-2026-INT-0044",
        "Insured: Hollis Fine Foods Ltd (subsidiary of Elbtaler policyholder Hollis Feinkost GmbH)",
        "Risk address: Unit 7, Speke Hall Industrial Estate, Liverpool L24 9HZ",
        "Contact: Mr Samuel Hollis, Managing Director, mobile +44 7700 900418",
        "Policy: Commercial property, EV-GW-5520-0093",
        "",
        "Date of loss: 06 February 2026, approx. 02:40",
        "Cause: suspected electrical fault in a blast chiller compressor (fire brigade",
        "report awaited). No persons present; nobody was injured.",
        "",
        "Damage: chiller unit destroyed, smoke contamination of the packing hall,",
        "stock written off (chilled goods), business interruption approx. 3 weeks.",
        "",
        "Reserve recommendation:",
        "  Buildings        GBP  85,000",
        "  Contents/stock   GBP 142,000",
        "  BI               GBP  96,000",
        "  Total            GBP 323,000",
        "",
        "Next steps: forensic electrical engineer appointed, stock count 12 Feb.",
        "James Pryce ACII, Senior Adjuster",
    ], author="Crawbridge Loss Adjusting")
    return build(21, "James Pryce <james.pryce@crawbridge-adjusters.example>", INTL,
                 "Hollis Fine Foods - fire 06/02 - preliminary report", "2026-02-10 18:22",
                 """Dear Ms Demirtas,

Please find attached our preliminary report on the fire at the Liverpool
site. Mr Hollis has been very cooperative; the site is secured and the
clean-up contractor starts on Monday.

Our reserve recommendation is GBP 323,000 for now. I will update you after
the stock count on Thursday.

Kind regards
James

James Pryce ACII
Senior Adjuster | Crawbridge Loss Adjusting Ltd
14 Fenwick Street, Liverpool L2 7LS | +44 151 496 0733
""", cte="7bit", tz="Europe/London",
                 atts=[("d52-0021_preliminary_report_CLA-26-0912.pdf", "application/pdf", rep)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer replies to accident claimant, names the fracture and asks for medical report; quote of his report")
def m022():
    return build(22, "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "Gerd Pfannschmidt <g.pfannschmidt@t-online.example>",
                 "AW: Unfallmeldung", "2026-01-20 11:45",
                 """Sehr geehrter Herr Pfannschmidt,

vielen Dank für Ihre Meldung, und zunächst gute Besserung!

Ihren Unfall haben wir unter der Schadennummer UV-2026-000215 zu Ihrer
Unfallversicherung UV-7702-115430 erfasst. Für die Prüfung benötigen wir:

1. die ausgefüllte Unfallanzeige (Formular geht Ihnen per Post zu),
2. den Entlassungsbericht der Uniklinik zur Sprunggelenksfraktur,
3. eine Kopie des OP-Berichts.

Krankenhaustagegeld zahlen wir für jeden Tag der vollstationären
Behandlung; bitte reichen Sie dafür die Aufenthaltsbescheinigung ein. Ob
eine dauerhafte Beeinträchtigung (Invalidität) zurückbleibt, lässt sich
frühestens nach Abschluss der Heilbehandlung beurteilen.

Mit freundlichen Grüßen

Felix Brandauer
Unfall-Leistung
Elbtaler Versicherung AG | Am Elbufer 12 | 39104 Magdeburg

-----Ursprüngliche Nachricht-----
Von: Gerd Pfannschmidt <g.pfannschmidt@t-online.example>
Gesendet: Montag, 19. Januar 2026 09:06
An: Unfall-Leistung
Betreff: Unfallmeldung

> Am 16.01. bin ich morgens vor meinem Haus in Barleben auf dem Gehweg
> ausgerutscht, es war spiegelglatt. Dabei habe ich mir den rechten Knöchel
> gebrochen [...]
""", irt="<d52-0007.202601190906@t-online.example>")


@mail("NORMAL", "de", "expert-to-insurer",
      "meeting invitation (ICS) for the quarterly expert round on water damage; agenda only")
def m023():
    inv = ics("d52-0023-gutachterrunde@ib-lindqvist.example", "Gutachterrunde Leitungswasser Q1/2026",
              "2026-03-11 14:00", "2026-03-11 16:30", location="Ingenieurbüro Lindqvist, Besprechungsraum 2, Hasselbachplatz 3, Magdeburg",
              description="Tagesordnung: 1. Trocknungsprotokolle - Mindestangaben, 2. Leckortung: thermografisch vs. Tracergas, 3. Abrechnung nach Pauschalen, 4. Verschiedenes",
              organizer="s.jacobi@ib-lindqvist.example",
              attendees=["torsten.kuhlmann@elbtaler-versicherung.example", "gutachten@kraemer-voss.example"])
    return build(23, "Sven Jacobi <s.jacobi@ib-lindqvist.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Einladung: Gutachterrunde Leitungswasser Q1/2026 (11.03., 14 Uhr)", "2026-02-23 09:40",
                 """Hallo Herr Kuhlmann,

in Vertretung von Frau Dr. Lindqvist sende ich Ihnen die Einladung zur
Gutachterrunde. Tagesordnung steht in der Einladung. Kaffee und Kuchen gibt
es wie immer.

Beste Grüße
Sven Jacobi
""", atts=[("d52-0023_Einladung.ics", "text/calendar", inv, {"method": "REQUEST", "charset": "utf-8"})])


@mail("CONFIDENTIAL", "de", "craftsman-to-insurer",
      "plumber's leak-detection invoice names the tenant and flat of a water-damage claim")
def m024():
    return build(24, "Sanitär Hoffmann GmbH <rechnung@sanitaer-hoffmann.example>", SACH,
                 "Rechnung R-26-1187 Leckortung - Schaden SA-2026-001644", "2026-02-24 08:30",
                 """Sehr geehrte Damen und Herren,

für die Leckortung und Rohrreparatur im Objekt Schellingstraße 5, 39104
Magdeburg, Wohnung 3. OG rechts (Mieter: Herr Kevin Adomeit), berechnen wir:

Leckortung mit Thermografie und Feuchtemessung       265,00 EUR
Öffnen der Wand im Bad, Austausch Kupferrohr 15 mm    312,50 EUR
Material                                               48,20 EUR
Anfahrt                                                 35,00 EUR
zzgl. 19 % USt                                        125,09 EUR
Gesamt                                                785,79 EUR

Ursache war ein Haarriss am Lötfitting in der Vorwandinstallation. Die
Trocknung wird von der Firma AquaDry durchgeführt.

Die Eigentümerin, Frau Gisela Manthey, hat uns die Abtretung unterschrieben.

Mit freundlichen Grüßen
Buchhaltung Sanitär Hoffmann GmbH
""", charset="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "UK solicitors notify injury claim of a named coach passenger: fractured ribs, pneumothorax, PTSD symptoms")
def m025():
    return build(25, "Pemberton Hale LLP <injury@pembertonhale.example>", HAFT,
                 "Our client: Mrs Eileen Marsh - coach accident A2 near Helmstedt, 03/01/2026",
                 "2026-01-29 14:02", """Dear Sirs,

We act for Mrs Eileen Marsh of 27 Cavendish Road, Harrogate HG2 8DP, a
passenger on the coach operated by your insured, Reisedienst Elbe-Ohre GmbH,
which left the carriageway of the A2 near Helmstedt on 3 January 2026.

Our client sustained fractures of the 5th to 7th ribs on the right side with
a small pneumothorax and was treated at Helios Klinikum Helmstedt from 3 to 9
January 2026. Since her return to the UK she has been under the care of her
GP and has been referred for counselling because of flashbacks and anxiety
when travelling by road.

Please confirm that you are the liability insurer of the coach operator and
provide your claim reference. We intend to obtain a medical report from a
consultant orthopaedic surgeon and a psychiatric report in due course.

Yours faithfully,

Pemberton Hale LLP
Ref: EM/PH/26-0088
Alexandra Neve, Partner
3 King Street, Leeds LS1 2HH

This email is confidential and may be legally privileged.
""", cte="7bit", tz="Europe/London")


@mail("NORMAL", "de", "vendor-to-insurer",
      "trap: recruiting agency offers candidates for health-claims clerk roles (ICD-10, GOÄ skills), no candidate data")
def m026():
    return build(26, "Personalberatung Ostfalen <kontakt@personal-ostfalen.example>",
                 "personal@elbtaler-versicherung.example",
                 "Fachkräfte für Ihre Leistungsabteilung Kranken - Sachbearbeiter (m/w/d)",
                 "2026-02-24 10:15", """Sehr geehrte Damen und Herren,

wir haben gesehen, dass Sie erneut Sachbearbeiterinnen und Sachbearbeiter
für die Leistungsprüfung in der privaten Krankenversicherung suchen.

In unserem Pool befinden sich derzeit mehrere Kandidatinnen und Kandidaten
mit folgendem Profil:
- Ausbildung zur/zum Medizinischen Fachangestellten oder Kaufleute für
  Versicherungen und Finanzanlagen
- sichere Kenntnisse in GOÄ, GOZ, ICD-10-GM und OPS
- Erfahrung in der Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen
- teilweise Erfahrung mit Hilfsmittelversorgung und Pflegeleistungen

Profile übermitteln wir selbstverständlich nur anonymisiert und erst nach
Ihrem Auftrag. Unser Honorar: 20 % des ersten Jahresbruttogehalts, fällig
nach Ende der Probezeit.

Über einen Rückruf freue ich mich.

Mit freundlichen Grüßen
Claudia Weferling
Personalberatung Ostfalen GmbH, Magdeburg
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "claimant-to-insurer",
      "third-party motor claimant gives his IBAN and plate; no injury")
def m027():
    return build(27, "Yusuf Demir <yusuf.demir88@gmx.example>", KFZ,
                 "Auffahrunfall 09.02. Ihre Versicherungsnehmerin", "2026-02-10 20:14",
                 """Hallo,

am 09.02. ist mir an der Ampel Ernst-Reuter-Allee Ihre Versicherungsnehmerin
(Kennzeichen MD-AS 907, Frau Schreiber) hinten drauf gefahren. Sie hat
sofort zugegeben dass sie schuld ist, wir haben den Europäischen
Unfallbericht ausgefüllt, Foto schicke ich mit der nächsten Mail.

Mein Auto: Hyundai i30, MD-YD 1988. Verletzt wurde keiner, aber
Stoßstange und Heckklappe sind kaputt.

Ich möchte fiktiv nach Gutachten abrechnen. Bitte überweisen Sie das
Geld auf mein Konto:
Yusuf Demir
IBAN DE95 1005 0000 1706 6907 43
Berliner Sparkasse

Danke und Gruß
Yusuf Demir
Tel 0157 3341 8820
""", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "dentist-to-insurer",
      "dental treatment and cost plan for a named patient only in the PDF; body says only HKP anbei")
def m028():
    hkp = pdf("Heil- und Kostenplan (privat) Nr. 2026-017", [
        "Zahnarztpraxis Dr. med. dent. Carola Wittenbecher, Alter Markt 8, 39104 Magdeburg",
        "Patient: Bernd Ostermann, geb. 30.11.1962, Elbtaler Krankenversicherung, KV-2218-430917",
        "",
        "Befund: 36 nicht erhaltungswürdig (tiefe Wurzelkaries, apikale Ostitis),",
        "46 fehlend, 37 Füllung insuffizient; Parodontitis Stadium II Grad B.",
        "",
        "Geplante Therapie:",
        "GOZ 3000  Extraktion 36                                  1x    12,94 EUR",
        "GOZ 9010  Implantat regio 36                              1x   247,49 EUR",
        "GOZ 9010  Implantat regio 46                              1x   247,49 EUR",
        "GOZ 2200  Implantatgetragene Krone 36, 46                 2x   281,52 EUR",
        "GOÄ 5370  DVT Unterkiefer                                 1x   182,06 EUR",
        "Material- und Laborkosten (Fremdlabor, geschätzt)               2.380,00 EUR",
        "Implantatsysteme 2x Straumann BLT                             1.190,00 EUR",
        "",
        "Voraussichtliche Gesamtkosten:                                    4.541,50 EUR",
        "Magdeburg, 25.02.2026",
    ], author="Zahnarztpraxis Wittenbecher")
    return build(28, "Praxis Dr. Wittenbecher <empfang@zahnarzt-wittenbecher.example>", KRANK,
                 "HKP", "2026-02-25 12:48", "HKP anbei, mit der Bitte um Kostenzusage.\n\nPraxis Dr. Wittenbecher\n",
                 cte="quoted-printable",
                 atts=[("d52-0028_HKP_2026-017.pdf", "application/pdf", hkp)])


@mail("NORMAL", "en", "rental-to-insurer",
      "trap: rental company's 2026 rate card for accident replacement cars with excess and daily rates")
def m029():
    card = xlsx({"Rates 2026": [
        ("Rentaway Deutschland - insurance replacement rates 2026", "", "", ""),
        ("Group", "Example model", "Daily rate EUR", "Excess EUR (CDW)"),
        ("B", "VW Polo", 49.00, 850),
        ("C", "Seat Leon", 58.00, 950),
        ("D", "Skoda Octavia Combi", 66.00, 1100),
        ("F", "BMW 3 Series Touring", 89.00, 1500),
        ("K", "VW Caddy Maxi (7 seats)", 82.00, 1300),
        ("", "", "", ""),
        ("Delivery/collection within 30 km", "", 25.00, ""),
        ("Winter tyres", "", "included", ""),
    ]}, creator="Rentaway")
    return build(29, "Rentaway Corporate Sales <corporate@rentaway.example>", INTL,
                 "Insurance replacement rates 2026 - Rentaway Germany", "2026-01-12 09:05",
                 """Dear partner,

attached are our insurance replacement rates for 2026. Compared with 2025,
daily rates rise by 3.5 % on average; the collision damage waiver excess is
unchanged. Direct billing remains available for all Elbtaler claims.

If you would like to discuss a framework agreement with fixed rates per
region, I am happy to set up a call.

Kind regards
Tobias Lenz
Key Account Manager Insurance
Rentaway Deutschland GmbH
""", cte="7bit",
                 atts=[("d52-0029_rate_card_2026.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", card)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "sensitive only in the subject: psychotherapy sessions of a named patient; body just confirms receipt")
def m030():
    return build(30, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Praxis für Psychotherapie Lehmkuhl <praxis@psychotherapie-lehmkuhl.example>",
                 "AW: Rechnung Psychotherapie Frau Melanie Groß, Sitzungen 11-20 (Verlängerungsantrag)",
                 "2026-02-26 09:12", """Guten Tag,

vielen Dank, die Unterlagen sind vollständig bei uns eingegangen. Sie
erhalten unsere Entscheidung in den nächsten Tagen.

Mit freundlichen Grüßen
Ihr Leistungsservice
Elbtaler Krankenversicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "de", "repair-shop-to-insurer",
      "trap: repair shop announces 2026 labour and paint rates, company figures only")
def m031():
    return build(31, "Autohaus Brenner GmbH <service@autohaus-brenner.example>", KFZ,
                 "Unsere Verrechnungssätze ab 01.03.2026", "2026-02-02 11:00",
                 """Sehr geehrte Damen und Herren,

zum 01.03.2026 passen wir unsere Stundenverrechnungssätze an:

Mechanik              AW 14,20 EUR (bisher 13,60 EUR), Std. 170,40 EUR
Karosserie            AW 14,90 EUR (bisher 14,20 EUR), Std. 178,80 EUR
Lackierung            AW 15,80 EUR (bisher 15,00 EUR), Std. 189,60 EUR
Lackmaterial          nach Eurolack-Index, Faktor 1,75
Hol- und Bringservice 49,00 EUR pauschal

Die Sätze gelten für alle Aufträge mit Reparaturbeginn ab März. Für
laufende Schäden rechnen wir zu den bisherigen Sätzen ab.

Bankverbindung unverändert: Volksbank Magdeburg,
IBAN DE27 8602 0500 9150 0080 63 (Autohaus Brenner GmbH).

Mit freundlichen Grüßen
Annika Brenner
Geschäftsführerin
Autohaus Brenner GmbH | Am Sülzehafen 6 | 39106 Magdeburg | HRB 11402
""", charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-expert",
      "insurer orders a motor appraisal: claimant's name, address, phone, plate and claim number")
def m032():
    return build(32, "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "Sachverständigenbüro Krämer & Voss <gutachten@kraemer-voss.example>",
                 "Gutachtenauftrag KS-2026-004355", "2026-02-26 14:30",
                 """Sehr geehrter Herr Krämer,

bitte erstellen Sie ein Schadengutachten zu folgendem Fahrzeug:

Anspruchsteller: Herr Marcel Töpfer, Am Vogelgesang 12, 39124 Magdeburg,
mobil 0171 2290 417 (tagsüber erreichbar)
Fahrzeug: BMW 320d Touring, MD-MT 320
Besichtigungsort: Wohnanschrift, Fahrzeug steht in der Tiefgarage
Schadenhergang lt. VN: Parkrempler beim Ausparken, Tür hinten rechts und
Seitenwand

Bitte prüfen Sie auch, ob Vorschäden im Bereich der Seitenwand erkennbar
sind (laut HIS-Abfrage Vorschaden 2023 rechts).

Vielen Dank und viele Grüße
Ayşe Demirtaş
Kfz-Schaden | Elbtaler Versicherung AG
Telefon 0391 555 4120
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "HTML-only cost-coverage request: named patient admitted for knee replacement (M17.1, OPS 5-822)")
def m033():
    return build(33, "Klinikum St. Annen - Patientenabrechnung <abrechnung@klinikum-st-annen.example>", KRANK,
                 "Kostenübernahmeantrag Fall 2026/008813", "2026-02-27 13:20", None,
                 html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>wir bitten um Kostenübernahme für die nachstehende stationäre Behandlung:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Patientin</td><td>Ingrid Wachsmuth</td></tr>
<tr><td>Geburtsdatum</td><td>1951-05-23</td></tr>
<tr><td>Versicherungsnummer</td><td>KV-1020-118734</td></tr>
<tr><td>Aufnahme (geplant)</td><td>16.03.2026, Orthopädie/Unfallchirurgie</td></tr>
<tr><td>Einweisungsdiagnose</td><td>M17.1 primäre Gonarthrose rechts</td></tr>
<tr><td>Geplanter Eingriff</td><td>OPS 5-822.g1 Implantation Knie-Totalendoprothese</td></tr>
<tr><td>Voraussichtliche Verweildauer</td><td>7 Tage, anschließend AHB</td></tr>
<tr><td>Wahlleistungen</td><td>Chefarzt, Einbettzimmer</td></tr>
</table>
<p>Mit freundlichen Grüßen<br>i. A. Kerstin Engel<br>Patientenabrechnung</p>
<p style="font-size:8pt;color:gray">Klinikum St. Annen gGmbH &middot; Leipziger Straße 140 &middot; 39120 Magdeburg</p>
</body></html>
""")


@mail("NORMAL", "en", "vendor-to-insurer",
      "trap: coding-service newsletter on ICD-10-GM 2026 changes with example codes, no patient")
def m034():
    return build(34, "MedCode Services <updates@medcode-services.example>", INTL,
                 "ICD-10-GM 2026 and OPS 2026: what changes for claims handling", "2026-01-08 08:00",
                 """Hello,

the 2026 versions of ICD-10-GM and OPS took effect on 1 January. The changes
most relevant for health insurers' claims teams:

* New codes for long/post COVID-19 conditions have been refined (U09.9 is now
  accompanied by more specific secondary codes).
* Several codes in chapter F (mental and behavioural disorders) received new
  inclusion notes, e.g. for gaming disorder.
* In OPS, new codes for robot-assisted procedures and for outpatient
  "Hybrid-DRG" services.

Our mapping tables (2025 -> 2026) are available in the customer area. Our
webinar on 28 January walks through examples such as E11.9 vs E11.90 and the
correct use of the suffixes G, V, Z and A.

Best regards
The MedCode Services team
MedCode Services GmbH, Hamburg
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "claimant-to-insurer",
      "British third-party claimant whose parked car was hit by insured's van gives GB IBAN; no injury")
def m035():
    return build(35, "Peter Langford <plangford@btmail.example>", INTL,
                 "Re: damage to my car in Magdeburg - your ref KS-2026-004021", "2026-02-18 19:47",
                 """Dear Ms Demirtas,

Thank you for your letter. As requested, here are my bank details for the
payment of the repair costs (EUR 2,214.60 as per the garage's invoice):

Account holder: Peter J. Langford
IBAN: GB29 NWBK 6016 1331 9268 19
BIC: NWBKGB2L

For completeness: my car (Vauxhall Astra, UK reg. YK19 HFD) was parked in
Leiterstrasse when your insured's delivery van scraped along the driver's
side. No one was in the car at the time.

Kind regards,
Peter Langford
12 Mill Lane, Ripon HG4 1AA, United Kingdom
""", cte="7bit", tz="Europe/London")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "health insurer queries a doctor's invoice of a named patient (GOÄ items, MRI finding requested)")
def m036():
    return build(36, "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "Praxis Dr. med. Jens Sörensen <praxis@orthopaedie-soerensen.example>",
                 "Rückfrage zu Ihrer Rechnung vom 03.02.2026 - Pat. Renate Kowalczyk",
                 "2026-02-27 10:05", """Sehr geehrter Herr Kollege Sörensen,

Ihre Patientin Frau Renate Kowalczyk hat uns Ihre Rechnung vom 03.02.2026
über 612,43 EUR zur Erstattung eingereicht. Zu folgenden Positionen bitte
ich um kurze Erläuterung:

- GOÄ 5700 (MRT LWS) und zusätzlich GOÄ 5731: bitte Begründung des
  Ergänzungszuschlags;
- GOÄ 267 (Medikamentöse Infiltrationsbehandlung) 4x am selben Tag mit
  Faktor 3,5 - welche besonderen Umstände lagen vor?

Zur Beurteilung wäre außerdem der MRT-Befund hilfreich (Verdacht auf
Bandscheibenvorfall L4/L5?). Eine Schweigepflichtentbindung der Patientin
liegt uns vor.

Mit kollegialen Grüßen
Dr. med. Henrike Albers
Leitende Ärztin Leistungsprüfung
Elbtaler Krankenversicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "de", "expert-to-insurer",
      "trap: expert firm's invoice for a training day, company IBAN and money words only")
def m037():
    inv = pdf("Rechnung 2026-S-004", [
        "Sachverständigenbüro Krämer & Voss PartG mbB, Halberstädter Str. 88, 39112 Magdeburg",
        "An: Elbtaler Versicherung AG, Abteilung Kfz-Schaden, Am Elbufer 12, 39104 Magdeburg",
        "",
        "Leistung: Inhouse-Schulung 'Kalkulation von Hagelschäden' am 20.01.2026",
        "Referent: Dipl.-Ing. (FH) Matthias Krämer, 6 Stunden",
        "",
        "Tagessatz                            1.450,00 EUR",
        "Schulungsunterlagen 14 Teilnehmer      210,00 EUR",
        "Fahrtkosten pauschal                    40,00 EUR",
        "Netto                                1.700,00 EUR",
        "USt 19 %                               323,00 EUR",
        "Gesamt                               2.023,00 EUR",
        "",
        "Bankverbindung: Krämer & Voss PartG mbB, Stadtsparkasse Magdeburg",
        "IBAN DE63 8109 3274 6907 3662 58",
    ], author="Krämer & Voss")
    return build(37, "Buchhaltung Krämer & Voss <buchhaltung@kraemer-voss.example>",
                 "kreditoren@elbtaler-versicherung.example",
                 "Rechnung 2026-S-004 Schulung Hagelschäden", "2026-01-22 16:03",
                 "Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die Schulung am 20.01.2026.\n\n"
                 "Mit freundlichen Grüßen\nSabine Voss\n",
                 atts=[("d52-0037_Rechnung_2026-S-004.pdf", "application/pdf", inv)])


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "disability (BU) claim in a base64-encoded body: burnout diagnosis F43.2, medication, named insured")
def m038():
    return build(38, "Daniela Rüdiger <d.ruediger@web.example>", LEBEN,
                 "Antrag auf Leistungen aus meiner BU-Versicherung", "2026-02-28 23:17",
                 """Sehr geehrte Damen und Herren,

ich bin seit dem 12.10.2025 durchgehend krankgeschrieben. Meine Hausärztin
und die Psychiaterin Frau Dr. Seidel haben eine Anpassungsstörung (F43.2)
mit depressiver Symptomatik nach einem Burnout festgestellt. Ich nehme seit
November Sertralin 100 mg und bin in einer Tagesklinik angemeldet.

Als Teamleiterin im Vertrieb (Außendienst, 50-60 Stunden pro Woche) kann
ich meinen Beruf derzeit nicht ausüben, und meine Ärztin rechnet nicht
damit, dass sich das in den nächsten sechs Monaten ändert.

Ich möchte daher Leistungen aus meiner Berufsunfähigkeitsversicherung
BU-6610-203348 beantragen. Bitte senden Sie mir die nötigen Formulare.

Mit freundlichen Grüßen
Daniela Rüdiger
Sudenburger Wuhne 40, 39116 Magdeburg
""", cte="base64")


@mail("CONFIDENTIAL", "de", "internal-forward",
      "claims clerk forwards a witness's original mail (message/rfc822) naming the driver, plate and address")
def m039():
    orig = fwd(39, "Waltraud Ebeling <w.ebeling@t-online.example>", KFZ,
               "Zeugenaussage Unfall Breiter Weg", "2026-02-20 17:02",
               """Sehr geehrte Damen und Herren,

Sie hatten mich als Zeugin angeschrieben. Ich habe am 12.02. gegen 15 Uhr
gesehen, wie der rote Kleinwagen (MD-PK 225) rückwärts aus der Parklücke
gefahren ist, ohne zu schauen, und den Transporter gestreift hat. Der
Fahrer, ein junger Mann, ist ausgestiegen, hat sich die Sache angesehen
und einen Zettel hinter den Scheibenwischer geklemmt. Verletzt war niemand.

Ich wohne Breiter Weg 114, 3. Etage, und habe alles vom Fenster aus
gesehen. Telefonisch bin ich unter 0391 7344120 erreichbar.

Mit freundlichen Grüßen
Waltraud Ebeling
""", mid="<d52-0039.orig.20260220@t-online.example>")
    return build(39, "Jana Wendisch <jana.wendisch@elbtaler-versicherung.example>",
                 "Oliver Stahnke <oliver.stahnke@elbtaler-versicherung.example>",
                 "WG: Zeugenaussage Unfall Breiter Weg - KS-2026-004190", "2026-02-23 08:47",
                 """Hallo Oliver,

anbei die Aussage der Zeugin zu KS-2026-004190. Damit dürfte der Regress
gegen den Halter von MD-PK 225 gut begründet sein. Die Halteranfrage
läuft.

Gruß
Jana
""", atts=[("rfc822", orig, "d52-0039_Zeugenaussage.eml")])


@mail("NORMAL", "de", "newsletter",
      "trap: law-firm newsletter on a published pain-and-suffering judgment, parties anonymised")
def m040():
    return build(40, "RA Haberland & Kollegen <newsletter@ra-haberland.example>",
                 "haftpflicht@elbtaler-versicherung.example",
                 "Mandanten-Info Verkehrsrecht 1/2026: Schmerzensgeld bei HWS-Verletzungen",
                 "2026-01-30 07:45", """Mandanten-Info Verkehrsrecht 1/2026

1. OLG-Entscheidung zum Schmerzensgeld bei HWS-Distorsion

Das OLG hat in einem veröffentlichten Urteil einer Klägerin (42) nach einem
Auffahrunfall 1.800 EUR Schmerzensgeld zugesprochen. Sie hatte eine
HWS-Distorsion ersten Grades erlitten und war vier Wochen arbeitsunfähig.
Das Gericht stellte klar, dass eine geringe kollisionsbedingte
Geschwindigkeitsänderung eine Verletzung nicht von vornherein ausschließt.

2. Nutzungsausfall bei Motorrädern

Der BGH hat seine Rechtsprechung bestätigt: Für ein reines
Freizeitmotorrad besteht kein Anspruch auf Nutzungsausfallentschädigung,
wenn ein Pkw zur Verfügung steht.

3. Veranstaltungshinweis

Unser Frühjahrsseminar "Personenschäden regulieren" findet am 24.04.2026
in Magdeburg statt. Anmeldung unter seminar@ra-haberland.example.

RA Haberland & Kollegen | Otto-von-Guericke-Str. 65 | 39104 Magdeburg
Abmelden: newsletter-abmelden@ra-haberland.example
""", cte="8bit", flowed=True)


@mail("NORMAL", "en", "assistance-to-insurer",
      "trap: assistance company's monthly statistics on repatriations and diagnosis groups, aggregates only")
def m041():
    return build(41, "EuroAssist24 Reporting <reporting@euroassist24.example>", INTL,
                 "Monthly service report January 2026 - Elbtaler travel health", "2026-02-04 09:30",
                 """Dear Elbtaler team,

please find the key figures for January 2026 below. The full report is
available in the partner portal.

Cases opened                        1,284
  of which medical                    906
  of which inpatient abroad           173
Repatriations                         214
  by air ambulance                     38
  by scheduled flight with escort      61
Average cost per inpatient case   EUR 7,412

Top diagnosis groups (inpatient): fractures of the lower limb (22 %),
cardiovascular events (17 %), respiratory infections incl. pneumonia
(14 %), gastrointestinal (9 %).

Average time to guarantee of payment: 3.1 hours (target: 4 hours).

Kind regards
Reporting Team, EuroAssist24 GmbH, Munich
""", cte="7bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer asks a named household-insurance claimant for receipts after a burglary")
def m042():
    return build(42, "Torsten Kuhlmann <torsten.kuhlmann@elbtaler-versicherung.example>",
                 "Petra Lindemann <petra.lindemann@posteo.example>",
                 "AW: Einbruch in unsere Wohnung - Hausratversicherung HR-4471-208813",
                 "2026-02-12 10:02", """Sehr geehrte Frau Lindemann,

das tut mir leid, ein Einbruch ist immer eine unangenehme Erfahrung.

Wir haben den Schaden unter der Nummer SA-2026-001702 angelegt. Bitte
schicken Sie uns noch:
- die Stehlgutliste, die Sie auch der Polizei gegeben haben,
- Kaufbelege oder Fotos der gestohlenen Gegenstände (für die Goldkette
  reicht ein Foto oder eine Beschreibung),
- die Rechnung des Schlüsseldienstes.

Sobald alles da ist, melde ich mich wegen der Entschädigung.

Freundliche Grüße
Torsten Kuhlmann
Sachschaden | Elbtaler Versicherung AG
""", irt="<d52-0006.202602112153@posteo.example>", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "assistance-to-insurer",
      "assistance case report in PDF: named insured with stroke in Turkey, air-ambulance repatriation")
def m043():
    rep = pdf("Medical Case Report EA24-26-018822", [
        "EuroAssist24 GmbH - medical department",
        "Insured: Ingeborg Lanz, born 1949-08-02, policy EV-TR-2290-8813 (Elbtaler travel health)",
        "Location: Antalya, Turkey - Memorial Hospital Antalya",
        "",
        "History: admitted 14 Feb 2026 with sudden weakness of the left arm and slurred speech.",
        "CT/MRI: right middle cerebral artery ischaemic stroke (I63.5). Thrombolysis not",
        "possible (time window exceeded). Atrial fibrillation newly diagnosed (I48.1).",
        "Medication: apixaban 5 mg bid, atorvastatin 40 mg, ramipril 5 mg.",
        "",
        "Current status (18 Feb): stable, mild left-sided hemiparesis, swallowing",
        "assessment passed, mobilising with assistance.",
        "",
        "Recommendation: repatriation by air ambulance with physician escort to",
        "Klinikum Magdeburg, stroke unit, bed confirmed for 20 Feb 2026.",
        "Estimated cost: EUR 24,800 (air ambulance) + EUR 9,150 hospital Antalya.",
        "",
        "Dr. med. Jonas Reuter, medical director on duty",
    ], author="EuroAssist24")
    return build(43, "EuroAssist24 Medical <medical@euroassist24.example>", INTL,
                 "EA24-26-018822 - request for approval of repatriation", "2026-02-18 16:55",
                 """Dear colleagues,

attached is the medical report for case EA24-26-018822. We recommend an air
ambulance repatriation on 20 February and ask for your cost approval by
tomorrow 12:00 so that we can book the aircraft.

The insured's daughter has been informed and will accompany her.

Best regards
Medical Team on Duty
EuroAssist24 GmbH | +49 89 5550 2424 (24/7)
""", cte="7bit", atts=[("d52-0043_medical_report_EA24-26-018822.pdf", "application/pdf", rep)])


@mail("NORMAL", "de", "craftsman-to-insurer",
      "trap: drying company's 2026 price list in ODS, company figures only")
def m044():
    sheet = ods([
        ["AquaDry Leckortung & Trocknung GmbH - Preisliste 2026", "", ""],
        ["Leistung", "Einheit", "Preis EUR netto"],
        ["Leckortung Grundpauschale (bis 2 Std.)", "psch", 245.0],
        ["Thermografie je weitere Stunde", "Std", 98.0],
        ["Tracergas-Verfahren", "psch", 390.0],
        ["Kondenstrockner Miete", "Tag", 14.5],
        ["Seitenkanalverdichter Dämmschichttrocknung", "Tag", 19.8],
        ["Stromkosten (pauschal je Gerät)", "Tag", 3.9],
        ["Feuchtemessung/Protokoll", "je Termin", 65.0],
        ["Anfahrt Stadtgebiet Magdeburg", "psch", 35.0],
    ], name="Preise 2026")
    return build(44, "AquaDry Leckortung <info@aquadry-md.example>", SACH,
                 "Preisliste 2026", "2026-01-14 13:13",
                 """Sehr geehrte Damen und Herren,

anbei unsere aktuelle Preisliste, gültig ab 01.02.2026. Die Gerätemieten
bleiben unverändert, die Pauschale für Leckortung steigt um 10 EUR.

Mit freundlichen Grüßen
Melanie Fuchs, Büro AquaDry
""", atts=[("d52-0044_Preisliste_2026.ods", "application/vnd.oasis.opendocument.spreadsheet", sheet)])


@mail("CONFIDENTIAL", "de", "repair-shop-to-insurer",
      "windscreen replacement invoice under partial-cover motor insurance: named policyholder, plate, policy number")
def m045():
    return build(45, "ScheibenProfi Magdeburg <abrechnung@scheibenprofi.example>", KFZ,
                 "Direktabrechnung Teilkasko - MD-HW 77 - Rg. 4471-26", "2026-02-25 15:21",
                 """Direktabrechnung Glasschaden

Versicherungsnehmer:  Helmut Wegener, Am Krökentor 3, 39104 Magdeburg
Vertragsnummer:       KF-3301-557812 (Teilkasko, SB 150 EUR)
Fahrzeug:             Mercedes-Benz B 180, MD-HW 77
Schadentag:           19.02.2026, Steinschlag auf der A14

Frontscheibe Verbundglas mit Regensensor ersetzt    612,00 EUR
Kalibrierung Fahrerassistenzkamera                  149,00 EUR
Kleinmaterial, Entsorgung                            38,00 EUR
Netto                                               799,00 EUR
USt                                                 151,81 EUR
Brutto                                              950,81 EUR
abzgl. Selbstbeteiligung VN (bereits kassiert)     -150,00 EUR
Forderung an Elbtaler                               800,81 EUR

ScheibenProfi Magdeburg - Inh. Steffen Kluge e.K.
""", charset="iso-8859-1", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "short mobile mail from an accident claimant: still on sick leave, cast off on 3 March")
def m046():
    return build(46, "Gerd Pfannschmidt <g.pfannschmidt@t-online.example>",
                 "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "Re: AW: Unfallmeldung", "2026-02-24 18:02",
                 """Hallo Herr Brandauer

bin wieder zuhause aber noch krankgeschrieben bis mind 13.3., Gips kommt am
3.3 ab dann Reha ambulant. Den Entlassbericht hab ich erst heute bekommen,
schick ich Ihnen per post weil ich hier nicht scannen kann

Gruß G. Pfannschmidt

Von meinem iPhone gesendet
""", cte="8bit", irt="<d52-0022.202601201145@elbtaler-versicherung.example>")


@mail("NORMAL", "en", "auto-reply",
      "English out-of-office reply from a loss adjuster")
def m047():
    return build(47, "James Pryce <james.pryce@crawbridge-adjusters.example>",
                 "ayse.demirtas@elbtaler-versicherung.example",
                 "Out of Office: Re: stock count update", "2026-02-13 07:58",
                 """Thank you for your email. I am on annual leave until Monday 23 February
with limited access to email. For urgent matters please contact our duty
adjuster on +44 151 496 0700 or duty@crawbridge-adjusters.example.

James Pryce
""", cte="7bit", tz="Europe/London", headers={"Auto-Submitted": "auto-replied"})


@mail("CONFIDENTIAL", "en", "company-to-insurer",
      "Dutch haulier claims trailer damage from insured's forklift: company policyholder with named contacts")
def m048():
    return build(48, "Van Dijk Transport B.V. <claims@vandijk-transport.example>", HAFT,
                 "Damage to our trailer at your insured's warehouse - claim notification",
                 "2026-02-19 11:26", """Dear Sir/Madam,

On 17 February 2026 our trailer (NL registration OR-12-VX, semi-trailer
Krone SD) was damaged during loading at the warehouse of Logistik Elbe-Boerde
GmbH, Gewerbering 9, 39171 Suelzetal. A forklift operated by their employee
drove into the rear portal frame; the door hinge and the left rear post are
bent. Their warehouse manager, Mr Andreas Pohl, signed the damage report on
site and gave us your details as their liability insurer (policy BH-8420-
00315).

Our driver, Mr Piet Hoekstra, was not involved and was not injured.

Repair estimate by Trailer Service Venlo: EUR 3,780.00 excl. VAT, plus 2 days
loss of use. We will send the invoice after the repair.

Kind regards,
Marloes de Vries
Claims Department
Van Dijk Transport B.V. | Venlo, The Netherlands
""", cte="7bit", tz="Europe/Amsterdam")


@mail("STRICTLY_CONFIDENTIAL", "de", "pharmacy-to-insurer",
      "pharmacy bills cytostatic preparations for a named cancer patient; windows-1252")
def m049():
    return build(49, "Apotheke am Domplatz <abrechnung@apotheke-domplatz.example>", KRANK,
                 "Direktabrechnung Zytostatika-Zubereitungen Februar / Herr Klaus-Dieter Rabe",
                 "2026-02-27 17:30", """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Klaus-Dieter Rabe (KV-1902-339120) haben wir
auf Verordnung der onkologischen Praxis Dr. Hahnemann folgende
parenterale Zubereitungen hergestellt und an die Praxis geliefert:

05.02.2026  FOLFOX: Oxaliplatin 85 mg/m² (153 mg), Calciumfolinat 400 mg/m²,
            5-Fluorouracil Bolus und 46-h-Pumpe         1.284,66 €
19.02.2026  FOLFOX, Zyklus 4                             1.284,66 €
19.02.2026  Ondansetron 8 mg i.v. Zubereitung               41,20 €

Gesamtbetrag: 2.610,52 €

Die Abtretung liegt vor. Wir bitten um Überweisung innerhalb von 30 Tagen.

Mit freundlichen Grüßen
Dr. Friederike Sattler, Apothekerin
Apotheke am Domplatz e.K., Domplatz 3, 39104 Magdeburg
""", charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: accident rejection-letter template in DOCX with «placeholders» and medical terms, no person")
def m050():
    tpl = docx([
        "# Vorlage U-ABL-07: Ablehnung Invaliditätsleistung (Fristversäumnis)",
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «PLZ» «Ort»",
        "Unfallversicherung «Vertragsnummer», Schaden «Schadennummer»",
        "Sehr geehrte«r» «Anrede» «Nachname»,",
        "wir haben Ihre Unterlagen zu dem Unfall vom «Unfalldatum» geprüft. Eine Leistung aus "
        "der Invaliditätsversicherung setzt voraus, dass die Invalidität innerhalb von 15 Monaten "
        "nach dem Unfall ärztlich festgestellt wird (Ziffer 2.1.1.2 AUB 2020).",
        "Die ärztliche Feststellung zu «Verletzung, z. B. Schulterluxation links» liegt uns erst "
        "mit Datum vom «Datum Feststellung» vor. Die Frist ist damit nicht eingehalten.",
        "Wir bedauern, Ihnen keine andere Nachricht geben zu können.",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
    ])
    return build(50, "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "unfall-leistung@elbtaler-versicherung.example",
                 "Überarbeitete Textvorlage U-ABL-07 zur Abstimmung", "2026-02-09 13:40",
                 """Hallo zusammen,

anbei die überarbeitete Vorlage U-ABL-07 (Ablehnung wegen versäumter
Frist zur ärztlichen Feststellung). Die Rechtsabteilung hat den Absatz zur
Fristberechnung ergänzt. Bitte bis Freitag Anmerkungen, danach geht sie in
die Textverarbeitung.

Felix
""", atts=[("d52-0050_Vorlage_U-ABL-07.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", tpl)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "insurer answers an expat about reimbursement of her diabetes medication; quoted request")
def m051():
    return build(51, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Laura Pennington <laura.pennington@icloud.example>",
                 "RE: Pharmacy receipts Jan/Feb - policy KV-3390-772145", "2026-02-12 14:10",
                 """Dear Ms Pennington,

thank you for your receipts. English is absolutely fine.

We have reimbursed EUR 327.78 for the insulin, pen needles and test strips
to your account ending in ...4471. Because your tariff (Komfort 90) covers
90 % of medicines, your own share is EUR 36.42 for this period.

Please keep the original paper receipts for 12 months; we may ask for them
in a random check.

Kind regards
Miriam Ostrowski
Health Claims Service, Elbtaler Krankenversicherung AG

> It's all my diabetes stuff - insulin, test strips and pen needles. My
> endocrinologist Dr. Wiegand switched me to the glargine pens in December.
""", cte="quoted-printable", irt="<d52-0013.202602092231@icloud.example>")


@mail("CONFIDENTIAL", "de", "police-to-insurer",
      "police ask for insurance confirmation after an accident; named keeper with birth date, plate, no injury")
def m052():
    return build(52, "Polizeirevier Börde <ermittlungen.rev-boerde@polizei-lsa.example>", KFZ,
                 "Anfrage Versicherungsbestand - Kennzeichen BK-SW 440", "2026-02-20 09:15",
                 """Sehr geehrte Damen und Herren,

bei der Aufnahme eines Verkehrsunfalls (Az. 0611/26/VU) konnte der
Fahrzeugführer keinen Versicherungsnachweis vorlegen. Wir bitten daher um
Auskunft, ob für das Fahrzeug
BK-SW 440, Halter Herr Sebastian Wollny, geb. 04.08.1996, wohnhaft
Bahnhofstraße 7, 39387 Oschersleben, am 15.02.2026 eine
Kfz-Haftpflichtversicherung bei Ihrem Haus bestand.

Bei dem Unfall wurde lediglich ein geparkter Pkw beschädigt, Personen kamen
nicht zu Schaden.

Mit freundlichen Grüßen
Im Auftrag
Lindner, PHK
Polizeirevier Börde, Sachbereich Verkehr
""", cte="quoted-printable")


@mail("NORMAL", "de", "expert-to-insurer",
      "trap: expert firm's new fee table with money amounts, no case")
def m053():
    return build(53, "Sachverständigenbüro Krämer & Voss <gutachten@kraemer-voss.example>", KFZ,
                 "Honorartabelle 2026", "2026-01-05 10:10", None,
                 html="""<html><body>
<p>Sehr geehrte Damen und Herren,</p>
<p>zum Jahreswechsel haben wir unsere Honorartabelle an die aktuelle Honorarbefragung
angepasst. Auszug:</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Schadenhöhe netto bis EUR</th><th>Grundhonorar EUR</th></tr>
<tr><td>500</td><td>289</td></tr>
<tr><td>1.000</td><td>336</td></tr>
<tr><td>2.500</td><td>468</td></tr>
<tr><td>5.000</td><td>622</td></tr>
<tr><td>10.000</td><td>861</td></tr>
</table>
<p>Nebenkosten: Fotos je 2,40 EUR, Fahrtkosten 0,90 EUR/km, Schreibkosten je Seite 2,50 EUR.</p>
<p>Mit freundlichen Grüßen<br>Sabine Voss<br>Krämer &amp; Voss PartG mbB</p>
</body></html>
""", charset="utf-8", html_cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "rehab discharge report for a named accident insured only in the DOCX; body says only Bericht anbei")
def m054():
    rep = docx([
        "# Entlassungsbericht",
        "Reha-Zentrum Bad Salzelmen, Abteilung Orthopädie",
        "Patient: Gerd Pfannschmidt, geb. 17.05.1960, Breiteweg 9, 39179 Barleben",
        "Kostenträger: Elbtaler Versicherung AG, Unfall UV-2026-000215",
        "Aufenthalt (ganztägig ambulant): 09.03.2026 - 27.03.2026",
        "Diagnosen: S82.6 R Fraktur des Außenknöchels rechts (Weber B), Z.n. ORIF 17.01.2026; "
        "Z96.6 Vorhandensein von orthopädischen Gelenkimplantaten (Platte/Schrauben)",
        "Verlauf: Belastungssteigerung bis Vollbelastung, Gangschule, Lymphdrainage. "
        "Bei Entlassung Restschwellung, Dorsalextension/Plantarflexion 10-0-35 Grad.",
        "Empfehlung: weiter KG 2x/Woche, Metallentfernung in ca. 12 Monaten. "
        "Arbeitsfähig voraussichtlich ab 13.04.2026.",
        "Dr. med. Ulrike Fahrenholz, Chefärztin",
    ], author="Reha-Zentrum Bad Salzelmen")
    return build(54, "Reha-Zentrum Bad Salzelmen Sekretariat <sekretariat@reha-salzelmen.example>", UNFALL,
                 "Bericht wie angefordert", "2026-03-30 11:41",
                 "Sehr geehrte Damen und Herren,\n\nanbei der Bericht wie angefordert.\n\n"
                 "Mit freundlichen Grüßen\nSekretariat Orthopädie\n",
                 atts=[("d52-0054_Bericht.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", rep)])


@mail("NORMAL", "en", "insurer-to-assistance",
      "trap: blank travel-health claim form (illness, treatment, doctor fields) as PDF")
def m055():
    form = pdf("Travel Health Claim Form (blank) - form TH-07/2026", [
        "Elbtaler Versicherung AG - Travel Health Insurance",
        "",
        "1. Insured person: name ______________________ date of birth __________",
        "2. Policy number: ______________________",
        "3. Country and dates of travel: ______________________",
        "4. Please describe the illness or injury: ________________________________",
        "5. Name and address of the treating doctor / hospital: _______________________",
        "6. Was the condition present before departure?  [ ] yes  [ ] no",
        "7. Medicines prescribed: ________________________________",
        "8. Total amount claimed (attach original invoices): ____________",
        "9. Bank account for reimbursement (IBAN): ________________________",
        "",
        "Signature: ____________________  Date: __________",
    ])
    return build(55, "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "EuroAssist24 Medical <medical@euroassist24.example>",
                 "Updated claim form TH-07/2026 for your hospital packs", "2026-01-16 12:00",
                 """Dear colleagues,

as discussed, here is the updated blank claim form. Please replace the old
version (TH-03/2023) in the packs you send to hospitals abroad.

Many thanks
Ayse Demirtas
International Claims, Elbtaler Versicherung AG
""", cte="7bit", atts=[("d52-0055_claim_form_TH-07-2026.pdf", "application/pdf", form)])


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "liability policyholder reports that his son broke a neighbour's window; names, addresses, policy")
def m056():
    return build(56, "Carsten Heidrich <c.heidrich@web.example>", HAFT,
                 "Schadenmeldung Privathaftpflicht PH-5518-220941", "2026-03-02 19:26",
                 """Guten Abend,

mein Sohn Jonas (11) hat heute beim Fußballspielen im Garten die
Terrassentür unserer Nachbarn Familie Oertel (Ahornweg 6, 39175 Biederitz)
getroffen, die Isolierglasscheibe ist gesprungen. Verletzt hat sich
niemand.

Die Nachbarn haben schon einen Kostenvoranschlag vom Glaser angefordert.
Können Sie mir sagen, ob das über meine Haftpflicht läuft und wie ich
vorgehen soll?

Versicherungsnummer PH-5518-220941
Carsten Heidrich, Ahornweg 4, 39175 Biederitz
""", cte="8bit", flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "de", "repair-shop-to-insurer",
      "harmless body; the quoted customer mail says she is in hospital after a slipped disc")
def m057():
    return build(57, "Autohaus Brenner Serviceannahme <service@autohaus-brenner.example>",
                 "Jana Wendisch <jana.wendisch@elbtaler-versicherung.example>",
                 "WG: Abholung Fahrzeug / Ihr Schaden KS-2026-004117", "2026-02-26 08:20",
                 """Hallo Frau Wendisch,

zur Info: die Kundin kann das Fahrzeug erst später abholen (siehe unten).
Wir stellen es solange kostenlos ab, Standgeld fällt nicht an.

Gruß
Marco Pietsch, Serviceannahme

----- Weitergeleitete Nachricht -----
Von: Kerstin Brandt <kerstin.brandt@gmx.example>
Datum: 25. Februar 2026 um 21:14
Betreff: Abholung Golf MD-LB 482

Hallo Herr Pietsch,

mein Mann und ich können den Golf leider nicht wie geplant am Freitag
holen. Ich liege seit Montag nach einem Bandscheibenvorfall im Krankenhaus
(wurde gestern operiert) und mein Mann ist jeden Tag bei mir. Abholung
frühestens ab 10.03. Geht das?

Viele Grüße Kerstin Brandt
""", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-hospital",
      "trap: insurer tells hospital billing offices about e-invoicing and not to send medical reports to this address")
def m058():
    return build(58, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Klinikum St. Annen - Patientenabrechnung <abrechnung@klinikum-st-annen.example>",
                 "Elektronische Rechnungen ab 01.04.2026 - Hinweise für Krankenhäuser",
                 "2026-03-03 09:00", """Sehr geehrte Damen und Herren,

ab 01.04.2026 nehmen wir Krankenhausrechnungen auch elektronisch entgegen
(XRechnung oder PDF mit eingebettetem XML). Bitte beachten Sie:

- Rechnungen bitte ausschließlich über unser Rechnungsportal oder die
  Adresse e-rechnung@elbtaler-versicherung.example senden.
- Arztbriefe, Entlassungsberichte, Befunde und Pflegedokumentation bitte
  NICHT per unverschlüsselter E-Mail, sondern über das SecureMail-Portal.
- Kostenübernahmeanträge weiterhin an leistung-kranken@.

Diese Information geht an alle Vertragskrankenhäuser in Sachsen-Anhalt.

Mit freundlichen Grüßen
Ihre Elbtaler Krankenversicherung AG
""")


@mail("CONFIDENTIAL", "en", "insurer-to-adjuster",
      "insurer instructs Spanish adjuster on storm damage at a named policyholder's holiday home in Mallorca")
def m059():
    return build(59, INTL, "Peritaciones Balear <siniestros@peritaciones-balear.example>",
                 "Instruction - storm damage Finca Son Rullan / claim SA-2026-INT-0051",
                 "2026-02-24 10:40", """Dear Mr Vidal,

we kindly ask you to inspect the following loss on our behalf:

Policyholder:  Mr Dietmar Krull, Magdeburg (Germany)
Risk:          Finca Son Rullan, Cami de Son Rullan s/n, 07200 Felanitx
Policy:        Wohngebaeude Ausland, EV-WG-7710-0022
Date of loss:  19 February 2026 (storm "Ylenia II")
Reported:      part of the roof of the guest house lifted, water ingress,
               pool fence destroyed, two olive trees fallen

Key holder on site: Mrs Catalina Pons (neighbour), +34 600 112 457.
Please confirm your appointment date and send your report in English.

Kind regards
Ayse Demirtas
International Claims, Elbtaler Versicherung AG
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "Dutch hospital bills appendectomy of a named insured child in Groningen")
def m060():
    return build(60, "UMC Noord Patient Administration <international.billing@umcnoord.example>", INTL,
                 "Invoice 2026-INT-00317 - patient FRIEDRICHS, Emma", "2026-03-04 14:22",
                 """Dear Sir/Madam,

Please find our invoice for the treatment of your insured:

Patient:         Emma Friedrichs, born 2014-09-03
Insured person:  policy KV-2276-118306 (Elbtaler Krankenversicherung),
                 main insured: Mr Tobias Friedrichs
Admission:       26 February 2026, emergency department
Diagnosis:       K35.8 acute appendicitis
Procedure:       laparoscopic appendectomy, 27 February 2026
Discharge:       1 March 2026

DBC product 990016005 - EUR 5,932.40

Please transfer the amount within 30 days quoting the invoice number.

With kind regards,
Patient Administration / International Billing
UMC Noord, Groningen, The Netherlands
""", cte="7bit", tz="Europe/Amsterdam")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "trap: loss adjuster's privacy notice about processing health data under Art. 9 GDPR, no person")
def m061():
    return build(61, "Crawbridge Compliance <privacy@crawbridge-adjusters.example>", INTL,
                 "Updated privacy notice for claimants - special category data", "2026-01-20 10:00",
                 """Dear partner,

we have updated the privacy notice that our adjusters hand to claimants.
The main change concerns special category data (Article 9 GDPR):

- Health data (injuries, medical reports, GP records) is only requested
  where it is necessary to establish, exercise or defend a legal claim.
- Medical records are transferred to insurers only through encrypted
  channels, never by ordinary email.
- Retention: bodily-injury files are kept for 7 years after closure,
  property files for 6 years.

The new notice is available at https://crawbridge-adjusters.example/privacy.
No action is required from you.

Kind regards
Data Protection Officer, Crawbridge Loss Adjusting Ltd
""", cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "claimant-to-insurer",
      "third-party claimant asks when the money comes; name, claim number, amount")
def m062():
    return build(62, "Yusuf Demir <yusuf.demir88@gmx.example>", KFZ,
                 "Wann kommt das geld?? KS-2026-004233", "2026-03-05 07:41",
                 """Hallo

das Gutachten ist seit 2 Wochen bei ihnen (3.412,80 Euro), ich hab immer
noch kein Geld bekommen. Was ist los? Bitte um Rückmeldung

Y. Demir
""", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-expert",
      "insurer commissions a medical invalidity assessment of a named insured with diagnoses")
def m063():
    return build(63, "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "Prof. Dr. med. Rüdiger Thalheim <gutachten@praxis-thalheim.example>",
                 "Gutachtenauftrag Invalidität - UV-2025-001873", "2026-03-05 13:15",
                 """Sehr geehrter Herr Professor Thalheim,

wir bitten Sie um ein unfallchirurgisches Gutachten zur Bemessung der
Invalidität für unsere Versicherte:

Frau Monika Scheffler, geb. 12.02.1971, Magdeburger Str. 88, 39218 Schönebeck
Unfall vom 03.05.2025: Sturz vom Fahrrad
Diagnosen lt. Vorbefunden: distale Radiusfraktur links (S52.51), operativ
versorgt; Kahnbeinfraktur links (S62.0), konservativ; anhaltende
Bewegungseinschränkung des Handgelenks, CRPS-Verdacht (M89.0)

Fragen: 1. Unfallbedingte Funktionsbeeinträchtigung nach Gliedertaxe
(Hand im Handgelenk)? 2. Vorinvalidität? 3. Mitwirkung von Krankheiten
(Osteoporose bekannt)?

Die Versicherte ist über den Auftrag informiert und wird sich zur
Terminvereinbarung bei Ihnen melden. Die Schweigepflichtentbindung liegt vor.

Mit freundlichen Grüßen
Felix Brandauer
Unfall-Leistung, Elbtaler Versicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "de", "tow-service-to-insurer",
      "tow service announces a new emergency number; no case data")
def m064():
    return build(64, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>", KFZ,
                 "Neue Notrufnummer ab 01.03.", "2026-02-26 16:44",
                 """Hallo liebe Partner,

ab 01.03.2026 erreichen Sie unsere 24-h-Einsatzzentrale unter der neuen
Nummer 039201 77 00 0. Die alte Handynummer wird zum 31.03. abgeschaltet.
Bitte in Ihren Systemen und bei der Pannenhilfe-Hotline ändern.

Danke und Gruß
Marek Kowalski
""", cte="8bit")


@mail("CONFIDENTIAL", "en", "rental-to-insurer",
      "Portuguese car-hire firm charges excess for damage to a car rented by a named insured (travel excess cover)")
def m065():
    return build(65, "Sunroad Car Hire Faro <damages@sunroad-carhire.example>", INTL,
                 "Excess charge RA 88120-PT / Mr Stefan Eichler", "2026-03-06 12:02",
                 """Dear Sir/Madam,

Mr Stefan Eichler has asked us to send you the documents for his rental
excess insurance claim (your policy EV-TR-2295-3341).

Rental agreement: RA 88120-PT, 14-21 February 2026, Renault Clio 45-XQ-19
Damage: scratch and dent on the rear bumper found at check-in
Excess charged to the customer's credit card: EUR 650.00
Repair invoice: Oficina Algarve Lda., EUR 612.40 + VAT

The check-in report signed by Mr Eichler and the photos are attached to the
customer's copy of this email.

Regards,
Damage Department, Sunroad Car Hire, Faro Airport
""", cte="7bit", tz="Europe/Lisbon")


@mail("STRICTLY_CONFIDENTIAL", "en", "therapist-to-insurer",
      "London physiotherapist reports on a named accident insured's knee ligament rehab")
def m066():
    return build(66, "Hampstead Sports Physio <admin@hampstead-physio.example>", UNFALL,
                 "Progress report - Mr Jan-Philipp Vosskamp (your ref UV-2026-000301)",
                 "2026-03-06 17:30", """Dear Sir/Madam,

As requested by our patient, please find below a short progress report.

Mr Jan-Philipp Vosskamp, DOB 1988-11-30, has been attending our clinic since
2 February 2026 following a skiing accident in Austria on 18 January 2026
(anterior cruciate ligament rupture, right knee, reconstructed with a
hamstring graft on 24 January 2026 in Innsbruck).

Sessions to date: 9 of 20 planned. Range of motion 0-110 degrees, quadriceps
strength about 60 % of the left side. Return to running expected at 4-5
months post-op, return to skiing not before 9-12 months.

Invoice for sessions 1-9 (GBP 585.00) attached to the patient's copy.

Kind regards,
Rachel Adeyemi MCSP
Hampstead Sports Physio, London NW3
""", cte="7bit", tz="Europe/London")


@mail("NORMAL", "de", "insurer-to-consultant",
      "trap: aggregated health benefit expenditure by benefit type and quarter, XLSX, no person")
def m067():
    sheet = xlsx({"Leistungsausgaben Q4-2025": [
        ("Leistungsart", "Anzahl Belege", "Ausgaben Q4 2025 EUR", "Veränderung ggü. Q4 2024"),
        ("Ambulante Arztleistungen", 48214, 9125400.00, "+4,2 %"),
        ("Zahnbehandlung", 12870, 3410200.00, "+2,1 %"),
        ("Zahnersatz", 3122, 4088700.00, "+6,8 %"),
        ("Arzneimittel", 61377, 7402900.00, "+9,5 %"),
        ("Heilmittel (Physio, Ergo, Logo)", 9904, 1238400.00, "+5,0 %"),
        ("Hilfsmittel (inkl. Hörgeräte, Sehhilfen)", 2816, 1107300.00, "+3,3 %"),
        ("Stationäre Behandlung", 1844, 14650800.00, "+7,1 %"),
        ("Psychotherapie", 2201, 1386500.00, "+12,4 %"),
        ("Summe", 142348, 52410200.00, "+6,4 %"),
    ]})
    return build(67, "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "Aktuarbüro Grünewald <team@aktuar-gruenewald.example>",
                 "Leistungsausgaben Q4 nach Leistungsarten für die BAP-Rechnung", "2026-02-18 15:05",
                 """Hallo Herr Grünewald,

wie besprochen die aggregierten Leistungsausgaben Q4 2025 nach
Leistungsarten, ohne Personenbezug. Den Anstieg bei Psychotherapie und
Arzneimitteln sollten wir in der nächsten Runde besprechen.

Viele Grüße
Henrike Albers
""", atts=[("d52-0067_Leistungsausgaben_Q4-2025.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "insurer answers opposing lawyer in a tenant water-damage liability case; named parties, no injury")
def m068():
    return build(68, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Kanzlei Seidenstücker <post@kanzlei-seidenstuecker.example>",
                 "Ihr Zeichen 112/26 S - Wasserschaden Liebknechtstraße 31 - unser Az. HP-2026-000652",
                 "2026-03-09 10:30", """Sehr geehrter Herr Seidenstücker,

wir sind der Privathaftpflichtversicherer von Herrn Dominik Albrecht,
Liebknechtstraße 31, 3. OG. Nach den uns vorliegenden Unterlagen ist die
Waschmaschine unseres Versicherungsnehmers am 21.01.2026 ausgelaufen; das
Wasser ist in die Wohnung Ihres Mandanten, Herrn Frieder Kast, im 2. OG
eingedrungen.

Wir sind bereit, den nachgewiesenen Schaden an Einrichtungsgegenständen
(Laminat, Unterschrank Küche) mit 2.870,00 EUR zu regulieren. Die
Schäden an Decke und Wänden bitten wir über die Gebäudeversicherung des
Vermieters abzuwickeln.

Mit freundlichen Grüßen
Miriam Ostrowski
Haftpflicht-Schaden, Elbtaler Versicherung AG
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "orthopaedist answers the insurer's query with MRI finding of a named patient")
def m069():
    return build(69, "Praxis Dr. med. Jens Sörensen <praxis@orthopaedie-soerensen.example>",
                 "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "AW: Rückfrage zu Ihrer Rechnung vom 03.02.2026 - Pat. Renate Kowalczyk",
                 "2026-03-02 12:55", """Sehr geehrte Frau Kollegin Albers,

das MRT der LWS vom 20.01.2026 zeigt eine mediolaterale
Bandscheibenprotrusion L4/5 links mit Kontakt zur Nervenwurzel L5, kein
sequestrierter Vorfall, zusätzlich Osteochondrose L5/S1. Klinisch bestand
eine akute Lumboischialgie mit Fußheberschwäche 4/5.

Der Ergänzungszuschlag 5731 wurde wegen der zusätzlichen Sequenzen
berechnet. Die vier Infiltrationen (GOÄ 267) betrafen unterschiedliche
Etagen (paravertebral L4/L5 beidseits), der Steigerungsfaktor war aufgrund
der Schmerzsituation und des erhöhten Zeitaufwandes gerechtfertigt.

Den Befundbericht sende ich Ihnen gern über Ihr Portal.

Mit kollegialen Grüßen
Dr. med. Jens Sörensen
Facharzt für Orthopädie und Unfallchirurgie
""", cte="quoted-printable", irt="<d52-0036.202602271005@elbtaler-versicherung.example>")


@mail("NORMAL", "en", "assistance-to-insurer",
      "quarterly review meeting invitation (ICS) with the assistance company, agenda only")
def m070():
    inv = ics("d52-0070-qbr@euroassist24.example", "Quarterly business review Elbtaler / EuroAssist24",
              "2026-04-15 10:00", "2026-04-15 12:00", location="Microsoft Teams",
              description="Agenda: service levels Q1, cost containment, new hospital network in Turkey, contract renewal",
              organizer="reporting@euroassist24.example",
              attendees=["claims-international@elbtaler-versicherung.example"])
    return build(70, "EuroAssist24 Reporting <reporting@euroassist24.example>", INTL,
                 "Invitation: Quarterly business review 15 April", "2026-03-10 11:11",
                 "Dear colleagues,\n\nplease find the invitation for our next QBR attached.\n\nBest regards\nKatrin Ober\nEuroAssist24\n",
                 cte="7bit", atts=[("d52-0070_QBR.ics", "text/calendar", inv, {"method": "REQUEST"})])


@mail("CONFIDENTIAL", "de", "expert-to-insurer",
      "ZIP with appraisal PDF and calculation CSV for a named claimant's car; body harmless")
def m071():
    rep = pdf("Kurzgutachten KV-26-0377", [
        "Sachverständigenbüro Krämer & Voss - Kurzgutachten (Bagatellschaden)",
        "Auftraggeber: Elbtaler Versicherung AG, KS-2026-004355",
        "Anspruchsteller: Marcel Töpfer, Am Vogelgesang 12, 39124 Magdeburg",
        "Fahrzeug: BMW 320d Touring, MD-MT 320, FIN WBA8J31060K774120",
        "Schaden: Tür hinten rechts eingedrückt, Seitenwand rechts verkratzt.",
        "Vorschaden Seitenwand rechts (2023) fachgerecht repariert, keine Überlagerung.",
        "Reparaturkosten netto 1.948,20 EUR, brutto 2.318,36 EUR. Keine Wertminderung.",
    ], author="Krämer & Voss")
    calc = csvtext([
        ("Pos", "Bezeichnung", "Arbeitswerte", "Betrag EUR"),
        ("1", "Tür hi re aus-/einbauen", "18", "255.60"),
        ("2", "Tür hi re instandsetzen", "24", "340.80"),
        ("3", "Seitenwand re lackieren", "", "612.00"),
        ("4", "Lackmaterial", "", "539.80"),
        ("5", "Kleinteile", "", "200.00"),
    ])
    z = zipped({"KV-26-0377/Kurzgutachten.pdf": rep,
                "KV-26-0377/Kalkulation.csv": calc.encode("windows-1252")})
    return build(71, "Sachverständigenbüro Krämer & Voss <gutachten@kraemer-voss.example>",
                 "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "Unterlagen zu Ihrem Auftrag vom 26.02.", "2026-03-04 09:50",
                 "Hallo Frau Demirtaş,\n\ndie Unterlagen zu Ihrem Auftrag im Anhang (ZIP).\n\nGruß M. Krämer\n",
                 atts=[("d52-0071_KV-26-0377.zip", "application/zip", z)])


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "health insured submits bills for glasses and hearing aids, windows-1252 body")
def m072():
    return build(72, "Hannelore Schwanitz <h.schwanitz@t-online.example>", KRANK,
                 "Einreichung Rechnungen Brille und Hörgeräte", "2026-03-08 15:12",
                 """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen folgende Rechnungen zur Erstattung
(Versicherungsnummer KV-0977-210455):

1. Optik Kleinschmidt, Gleitsichtbrille, 612,00 € (Verordnung Augenarzt
   Dr. Behnke vom 12.01., Sehstärke hat sich um 0,75 dpt verschlechtert)
2. Hörakustik am Hasselbachplatz, zwei Hörgeräte Phonak Audéo, 3.980,00 €
   (Verordnung HNO-Ärztin Dr. Pilz, beidseitige Schwerhörigkeit)

Die Rechnungen schicke ich zusätzlich per Post, weil ich nicht weiß, ob
der Scan lesbar ist.

Mit freundlichen Grüßen
Hannelore Schwanitz
""", charset="windows-1252", cte="8bit")


@mail("NORMAL", "de", "portal-notification",
      "trap: portal notification from the health claims department, no content")
def m073():
    return build(73, "Elbtaler SecureMail <securemail-noreply@elbtaler-versicherung.example>",
                 "praxis@orthopaedie-soerensen.example",
                 "Neue Nachricht von: Elbtaler Krankenversicherung Leistung", "2026-03-03 08:02",
                 """Guten Tag,

im SecureMail-Portal der Elbtaler Versicherung liegt eine neue, verschlüsselte
Nachricht für Sie bereit.

Absender: Elbtaler Krankenversicherung Leistung
Eingang: 03.03.2026, 08:01 Uhr

Bitte melden Sie sich unter https://securemail.elbtaler-versicherung.example an,
um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese
Benachrichtigung keine Inhalte.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
""", cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"})


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "insurer acknowledges UK solicitors' injury claim for a named passenger and asks for medical records")
def m074():
    return build(74, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Pemberton Hale LLP <injury@pembertonhale.example>",
                 "Your ref EM/PH/26-0088 - Mrs Eileen Marsh - our ref HP-2026-000588",
                 "2026-02-03 09:20", """Dear Ms Neve,

thank you for your letter of 29 January. We confirm that we are the
liability insurer of Reisedienst Elbe-Ohre GmbH. Our reference is
HP-2026-000588.

Liability for the accident on the A2 is not in dispute. To assess your
client's injuries (rib fractures, pneumothorax and the reported anxiety
symptoms) we need:

- the discharge letter of Helios Klinikum Helmstedt,
- her GP records for the period from 1 January 2025,
- the counselling referral and any psychological assessment,
- a signed form of authority for the release of medical records.

We are willing to make an interim payment of EUR 3,000 on receipt.

Yours sincerely
Miriam Ostrowski
Liability Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0025.202601291402@pembertonhale.example>")


@mail("CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer demands appraisal costs and loss of use for a named client after a motor accident; no injury")
def m075():
    return build(75, "Kanzlei Seidenstücker <post@kanzlei-seidenstuecker.example>", KFZ,
                 "Schaden Nadine Vogt ./. Elbtaler - Ihr Az. KS-2026-003951", "2026-03-10 14:48",
                 """Sehr geehrte Damen und Herren,

in o. g. Angelegenheit vertreten wir Frau Nadine Vogt. Sie haben bislang
nur die Reparaturkosten reguliert. Offen sind noch:

Sachverständigenkosten (Rechnung Krämer & Voss)   742,30 EUR
Unfallersatzfahrzeug CityCar (9 Tage)             689,00 EUR
Auslagenpauschale                                  25,00 EUR
Rechtsanwaltsgebühren (1,3 Geschäftsgebühr)       367,23 EUR
Summe                                           1.823,53 EUR

Wir bitten um Zahlung bis 24.03.2026 auf unser Anderkonto.
Personenschäden werden nicht geltend gemacht.

Mit freundlichen Grüßen
Frieder Seidenstücker, Rechtsanwalt
""", cte="quoted-printable")


@mail("NORMAL", "de", "newsletter",
      "trap: physiotherapy association newsletter on new fee rates per treatment item, no patient")
def m076():
    return build(76, "Landesverband Physiotherapie <info@lv-physio-lsa.example>", KRANK,
                 "Neue Vergütungssätze Heilmittel ab 01.04.2026", "2026-03-02 06:00",
                 """Sehr geehrte Damen und Herren,

wir informieren die privaten Krankenversicherer über die ab 01.04.2026
geltenden Richtpreise unserer Mitgliedspraxen:

Krankengymnastik (KG)              36,10 EUR
KG-ZNS nach Bobath/PNF             58,40 EUR
Manuelle Therapie (MT)             42,20 EUR
Manuelle Lymphdrainage 45 Min.     62,70 EUR
Wärmetherapie (Heißluft, Fango)    12,30 EUR
Hausbesuch                         24,00 EUR

Die Preise berücksichtigen die gestiegenen Personalkosten. Bei Rückfragen
steht Ihnen unsere Geschäftsstelle zur Verfügung.

Landesverband Physiotherapie Sachsen-Anhalt e.V.
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurer answers the beneficiary about the death benefit and asks for a doctor's statement on cause of death")
def m077():
    return build(77, "Sabine Rückert <sabine.rueckert@elbtaler-versicherung.example>",
                 "Ralf Bergmann <ralf.bergmann@gmx.example>",
                 "AW: Tod meines Vaters Horst Bergmann, Vertrag LV-1187-004452", "2026-02-16 11:30",
                 """Sehr geehrter Herr Bergmann,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters.

Sie sind für die Sterbegeldversicherung LV-1187-004452 als
Bezugsberechtigter eingetragen. Die Versicherungssumme beträgt 8.000,00
EUR zuzüglich Überschussbeteiligung von 1.146,20 EUR.

Da der Vertrag erst 2023 abgeschlossen wurde, benötigen wir noch eine
ärztliche Bescheinigung über die Todesursache (Formular anbei per Post)
sowie eine Kopie des Personalausweises. Bitte nennen Sie uns auch Ihre
Bankverbindung.

Mit freundlichen Grüßen
Sabine Rückert
Leben-Leistung, Elbtaler Lebensversicherung AG
""", irt="<d52-0019.202602131912@gmx.example>", cte="quoted-printable")


@mail("NORMAL", "en", "newsletter",
      "trap: research institute press release on e-bike injuries with percentages, no individual")
def m078():
    return build(78, "Institute for Road Safety Research <press@irsr.example>",
                 "presseverteiler@elbtaler-versicherung.example",
                 "Press release: head injuries in e-bike crashes rose by 18 %", "2026-03-11 08:00",
                 """PRESS RELEASE - 11 March 2026

Head injuries in e-bike crashes rose by 18 %

A new analysis of 4,300 hospital records from five European countries shows
that traumatic brain injuries among e-bike riders aged 65 and over increased
by 18 % between 2023 and 2025. Riders without helmets were 3.2 times more
likely to suffer a skull fracture.

Other frequent injuries were clavicle fractures (21 %) and hip fractures
(9 %, mostly in riders over 75).

The institute recommends helmet campaigns and training courses for older
riders. Insurers are invited to a round table on 22 April.

Contact: press@irsr.example
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-rental",
      "insurer accepts liability towards the rental company; named driver, insured van and plates")
def m079():
    return build(79, INTL, "Rentaway Damage Recovery <recovery@rentaway.example>",
                 "RE: Third party claim - vehicle B-RA 7719 - your insured KS-2026-003806",
                 "2026-02-05 15:02", """Dear Ms Okafor,

we confirm liability on behalf of our policyholder, Elektro Kaiser GmbH
(Ford Transit MD-EK 3310), for the collision of 21 January 2026 with your
vehicle rented by Mr Oliver Whitcombe.

We will pay the repair costs on receipt of the invoice, loss of use for 6
days at EUR 48.00 and EUR 25.00 general expenses. The administration fee of
EUR 75.00 is not recoverable under German law.

Kind regards
Ayse Demirtas
International Claims, Elbtaler Versicherung AG

> Our vehicle, a Skoda Octavia Combi, registration B-RA 7719, was rented to
> Mr Oliver Whitcombe [...]
""", cte="7bit", irt="<d52-0009.202601271520@rentaway.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "provider-to-insurer",
      "hearing-aid acoustician's cost estimate for a named patient, multipart/alternative with audiogram values")
def m080():
    text = """Kostenvoranschlag Hörsystemversorgung

Kundin: Hannelore Schwanitz, geb. 02.10.1948
Versicherung: Elbtaler Krankenversicherung, KV-0977-210455
Verordnung: Dr. Pilz, HNO, 05.01.2026 - Schallempfindungsschwerhörigkeit beidseits (H90.3)
Hörverlust: rechts 55 dB, links 60 dB (Mittelwert 0,5-4 kHz)

2 x Phonak Audéo Lumity L70-R     3.560,00 EUR
Anpassung, Otoplastiken              420,00 EUR
Gesamt                             3.980,00 EUR

Hörakustik am Hasselbachplatz, Meisterin Jule Abendroth
"""
    html = """<html><body style="font-family:Arial">
<h3>Kostenvoranschlag Hörsystemversorgung</h3>
<p>Kundin: <b>Hannelore Schwanitz</b>, geb. 02.10.1948<br>
Versicherung: Elbtaler Krankenversicherung, KV-0977-210455<br>
Verordnung: Dr. Pilz, HNO, 05.01.2026 &ndash; Schallempfindungsschwerh&ouml;rigkeit beidseits (H90.3)<br>
H&ouml;rverlust: rechts 55 dB, links 60 dB (Mittelwert 0,5&ndash;4 kHz)</p>
<table border="1" cellpadding="3"><tr><td>2 x Phonak Aud&eacute;o Lumity L70-R</td><td align="right">3.560,00 EUR</td></tr>
<tr><td>Anpassung, Otoplastiken</td><td align="right">420,00 EUR</td></tr>
<tr><td><b>Gesamt</b></td><td align="right"><b>3.980,00 EUR</b></td></tr></table>
<p>H&ouml;rakustik am Hasselbachplatz, Meisterin Jule Abendroth</p></body></html>
"""
    return build(80, "Hörakustik am Hasselbachplatz <info@hoerakustik-hasselbach.example>", KRANK,
                 "Kostenvoranschlag Hörsysteme", "2026-01-28 10:20", text, html=html)


@mail("NORMAL", "de", "craftsman-to-insurer",
      "heating firm confirms maintenance appointment at the insurer's office building")
def m081():
    return build(81, "Heizung Pohlmann <termine@heizung-pohlmann.example>",
                 "facility@elbtaler-versicherung.example",
                 "Terminbestätigung Wartung Heizungsanlage Am Elbufer 12", "2026-03-04 07:35",
                 """Guten Morgen,

hiermit bestätigen wir den Wartungstermin für die Gasbrennwertanlage in
Ihrem Verwaltungsgebäude Am Elbufer 12 am Dienstag, 17.03.2026, ab 7:00 Uhr.
Die Heizung ist zwischen ca. 8 und 11 Uhr abgeschaltet. Bitte stellen Sie
sicher, dass unser Monteur Zugang zum Technikraum im UG erhält.

Mit freundlichen Grüßen
Heizung Pohlmann GmbH, Kundendienst
""", charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "building policyholder changes her bank account and asks about drying costs; new IBAN")
def m082():
    return build(82, "Gisela Manthey <gisela.manthey@gmx.example>", SACH,
                 "Schaden SA-2026-001644 Schellingstr. 5 - neue Bankverbindung", "2026-03-09 16:03",
                 """Sehr geehrte Damen und Herren,

bitte überweisen Sie die Entschädigung für den Wasserschaden in meinem Haus
Schellingstraße 5 nicht mehr auf das alte Konto bei der Postbank, sondern
auf mein neues Konto:

Gisela Manthey
IBAN DE39 1203 0000 3740 6812 41

Außerdem: die Firma AquaDry hat die Trockner jetzt seit 4 Wochen stehen,
der Mieter Herr Adomeit beschwert sich über den Stromverbrauch. Wer
bezahlt den Strom?

Mit freundlichen Grüßen
Gisela Manthey
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "sensitive only in the subject: hospital daily allowance after a named woman's childbirth; body trivial")
def m083():
    return build(83, "Jasmin Albrecht <jasmin.albrecht@outlook.example>", KRANK,
                 "Krankenhaustagegeld Jasmin Albrecht - Entbindung 12.02. Kaiserschnitt KV-3012-884410",
                 "2026-03-01 22:48", "Bitte um Bearbeitung, Bescheinigung kommt per Post.\nDanke!\n",
                 cte="7bit")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "trap: adjuster's annual panel fee invoice with company GBP bank details, no claim")
def m084():
    return build(84, "Northfield Claims Services Accounts <accounts@northfield-claims.example>",
                 "kreditoren@elbtaler-versicherung.example",
                 "Invoice NCS-2026-0088 - annual panel membership", "2026-01-06 10:00",
                 """Dear Accounts Payable,

please find below our invoice for the annual panel membership 2026.

Invoice:   NCS-2026-0088
Service:   panel membership, claims handling guidelines update, 2 training days
Amount:    GBP 4,800.00 (reverse charge, VAT to be accounted for by the recipient)
Due:       5 February 2026

Bank:      Northfield Claims Services Ltd, Barclays Bank, Leeds
Sort code 20-00-00, account 43876512
IBAN GB33 BUKB 2020 1555 5555 55

Kind regards
Accounts Team, Northfield Claims Services Ltd
""", cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "police-to-insurer",
      "police accident notice of a wildlife collision naming the driver, plate and damage; nobody hurt")
def m085():
    return build(85, "Polizeirevier Jerichower Land <rev-jl@polizei-lsa.example>", KFZ,
                 "Wildunfallbescheinigung - Vorgang 0233/26", "2026-01-24 06:51",
                 """Sehr geehrte Damen und Herren,

auf Wunsch der Fahrzeughalterin übersenden wir die Wildunfallbescheinigung:

Datum/Uhrzeit:  23.01.2026, 18:20 Uhr
Ort:            L52 zwischen Gommern und Dannigkow, km 4,1
Fahrzeug:       Toyota Yaris Hybrid, JL-KP 303
Fahrerin:       Karin Pawlitzki, Gommern
Tier:           Reh (verendet, Jagdpächter informiert)
Schaden:        Frontschürze, Scheinwerfer rechts, Kühlergrill
Personenschaden: keiner

Mit freundlichen Grüßen
Polizeirevier Jerichower Land, Wache Burg
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assistance",
      "insurer approves air-ambulance repatriation of a named stroke patient; quoted request")
def m086():
    return build(86, INTL, "EuroAssist24 Medical <medical@euroassist24.example>",
                 "RE: EA24-26-018822 - request for approval of repatriation", "2026-02-18 18:40",
                 """Dear colleagues,

we approve the air ambulance repatriation of Mrs Ingeborg Lanz on 20 February
to the stroke unit in Magdeburg (estimated EUR 24,800) and the hospital costs
in Antalya of EUR 9,150. Please send the final invoices quoting our claim
number KR-2026-INT-0117.

Given the newly diagnosed atrial fibrillation, please make sure the
anticoagulation is documented in the handover to the stroke unit.

Kind regards
Dr. Henrike Albers / Ayse Demirtas
Elbtaler Versicherung AG

-----Original Message-----
From: EuroAssist24 Medical
Sent: 18 February 2026 16:55
Subject: EA24-26-018822 - request for approval of repatriation

> attached is the medical report for case EA24-26-018822. We recommend an air
> ambulance repatriation on 20 February [...]
""", cte="7bit", irt="<d52-0043.202602181655@euroassist24.example>")


@mail("NORMAL", "de", "vendor-to-insurer",
      "trap: vendor webinar invitation (ICS) on fraud detection in bodily-injury claims")
def m087():
    inv = ics("d52-0087-webinar@claimguard.example", "Webinar: Betrugsmuster bei Personenschäden erkennen",
              "2026-04-09 11:00", "2026-04-09 12:00", location="Online (Zoom)",
              description="Inhalte: typische Muster bei HWS-Schleudertrauma-Fällen, gestellte Unfälle, "
                          "Auffälligkeiten in Attesten und Arztrechnungen, Netzwerkanalyse. Referent: Dr. Lars Heine.",
              organizer="events@claimguard.example")
    return build(87, "ClaimGuard Events <events@claimguard.example>", KFZ,
                 "Einladung Webinar 09.04.: Betrugsmuster bei Personenschäden", "2026-03-12 09:00",
                 """Sehr geehrte Damen und Herren,

gestellte Unfälle und übertriebene HWS-Beschwerden kosten die Versicherer
jedes Jahr Millionen. In unserem kostenlosen Webinar zeigen wir anhand
anonymisierter Beispiele, wie Sie Auffälligkeiten früh erkennen.

Den Kalendereintrag finden Sie im Anhang.

Ihr ClaimGuard-Team
""", atts=[("d52-0087_Webinar.ics", "text/calendar", inv, {"method": "REQUEST"})])


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "burglary claimant sends a ZIP with stolen-goods list (CSV) and receipts (PDF); body harmless")
def m088():
    lst = csvtext([
        ("Nr", "Gegenstand", "Kaufdatum", "Kaufpreis EUR", "Beleg"),
        ("1", "Lenovo ThinkPad E14 Gen 5", "03.2024", "899,00", "ja"),
        ("2", "Goldkette 585 mit Anhänger", "Erbstück", "ca. 1.200,00", "Foto"),
        ("3", "Bargeld", "", "350,00", "nein"),
        ("4", "Nintendo Switch OLED + 6 Spiele", "12.2023", "589,00", "ja"),
        ("5", "Junghans Max Bill Automatic", "06.2021", "649,00", "ja"),
        ("6", "Schlüsseldienst Türöffnung/neues Schloss", "10.02.2026", "189,00", "ja"),
    ])
    bel = pdf("Belege Hausrat - Petra Lindemann", [
        "Rechnung MediaMarkt Magdeburg Nr. 4471002 vom 14.03.2024: Lenovo ThinkPad E14, 899,00 EUR",
        "Rechnung Uhren Weiß vom 19.06.2021: Junghans Max Bill Automatic, 649,00 EUR",
        "Rechnung Schlüsselnotdienst Elbe vom 10.02.2026: Türöffnung und Zylinder, 189,00 EUR",
        "Kundin: Petra Lindemann, Olvenstedter Str. 52, 39108 Magdeburg",
    ], author="Petra Lindemann")
    z = zipped({"Stehlgutliste.csv": lst.encode("windows-1252"), "Belege.pdf": bel})
    return build(88, "Petra Lindemann <petra.lindemann@posteo.example>",
                 "Torsten Kuhlmann <torsten.kuhlmann@elbtaler-versicherung.example>",
                 "Unterlagen", "2026-02-15 12:07", "Hallo Herr Kuhlmann,\n\nhier alles zusammen.\n\nLG P. Lindemann\n",
                 cte="8bit", atts=[("d52-0088_Unterlagen.zip", "application/zip", z)])


@mail("CONFIDENTIAL", "de", "vet-to-insurer",
      "veterinary clinic bills treatment of a dog bitten by the insured's dog; animal health, named owners")
def m089():
    return build(89, "Tierklinik Magdeburg-Ost <abrechnung@tierklinik-md-ost.example>", HAFT,
                 "Tierarztrechnung Hündin Luna / Halterin Frau Sandra Köhn / Ihr Az. HP-2026-000701",
                 "2026-03-10 13:33", """Sehr geehrte Damen und Herren,

die Hündin Luna (Labrador, 6 J.) von Frau Sandra Köhn wurde am 28.02.2026
nach einem Biss durch den Hund Ihres Versicherungsnehmers, Herrn Uwe Grabow,
bei uns versorgt: Wundrevision am Hals unter Narkose, Drainage, Antibiose,
zwei Nachkontrollen.

Rechnungsbetrag nach GOT: 684,37 EUR. Frau Köhn hat die Forderung an uns
abgetreten.

Mit freundlichen Grüßen
Tierklinik Magdeburg-Ost, Abrechnung
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "doctor's certificate of incapacity for daily sickness allowance of a named insured, only in ODT attachment")
def m090():
    doc = odt([
        "# Ärztliche Bescheinigung zur Vorlage bei der Krankentagegeldversicherung",
        "Patient: Marco Lehmann, geb. 07.07.1979, Elbtaler Krankenversicherung KV-2450-661209",
        "Arbeitsunfähig seit: 19.01.2026, voraussichtlich bis: 31.03.2026",
        "Diagnose: M75.1 Läsion der Rotatorenmanschette rechts, Z.n. arthroskopischer Naht 21.01.2026",
        "Beruf lt. Angabe: Dachdecker (selbständig) - Überkopfarbeiten derzeit nicht möglich.",
        "Magdeburg, 02.03.2026 - Dr. med. Anja Wolff, Fachärztin für Allgemeinmedizin",
    ])
    return build(90, "Hausarztpraxis Dr. Wolff <praxis@hausarzt-wolff.example>", KRANK,
                 "Bescheinigung", "2026-03-02 18:19",
                 "Sehr geehrte Damen und Herren,\n\nauf Wunsch des Patienten die Bescheinigung im Anhang.\n\nPraxis Dr. Wolff\n",
                 charset="windows-1252", cte="quoted-printable",
                 atts=[("d52-0090_Bescheinigung.odt", "application/vnd.oasis.opendocument.text", doc)])


@mail("NORMAL", "de", "tow-service-to-insurer",
      "tow service sends a draft framework agreement (company terms only)")
def m091():
    return build(91, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>",
                 "Jana Wendisch <jana.wendisch@elbtaler-versicherung.example>",
                 "Rahmenvertrag Entwurf - Rückmeldung", "2026-03-11 12:15",
                 """Hallo Frau Wendisch,

danke für den Entwurf. Drei Punkte von unserer Seite:
1. Einsatzgebiet bitte um den Landkreis Stendal erweitern.
2. Standgeld ab Tag 4 statt ab Tag 8, sonst wird unser Hof zu voll.
3. Zahlungsziel 14 statt 30 Tage.

Können wir nächste Woche telefonieren? Dienstag vormittags passt gut.

Gruß Marek Kowalski
""", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "insured student asks whether her tariff covers psychotherapy for anxiety and panic attacks")
def m092():
    return build(92, "Chloe Baptiste <chloe.baptiste@studmail.example>", KRANK,
                 "Question about therapy coverage", "2026-03-12 23:40",
                 """Hello,

I'm an international student in Magdeburg and insured with you (policy
KV-3391-004512, tariff Student Basic). For a few months I've been having
panic attacks and really bad anxiety before exams, and the university
counselling service recommended that I see a psychotherapist.

Does my insurance pay for psychotherapy? How many sessions? Do I need a
referral from a GP first? I found a therapist who speaks English but she
only does private patients.

Thank you,
Chloe Baptiste
""", cte="7bit")


@mail("NORMAL", "en", "vendor-to-insurer",
      "trap: API test payload with a fictitious patient, ICD code and the published example IBAN")
def m093():
    sample = """{
  "claimNotification": {
    "testCase": "TC-014 (synthetic data, not a real person)",
    "insured": {"name": "Jane Doe (fictitious)", "dateOfBirth": "1970-01-01"},
    "policyNumber": "TEST-0000-000001",
    "diagnosis": {"icd10gm": "S82.6", "text": "fracture of lateral malleolus"},
    "invoiceAmount": 1234.56,
    "payee": {"iban": "DE89370400440532013000", "note": "published example IBAN"}
  }
}
"""
    return build(93, "ClaimLink Integration <integration@claimlink.example>", INTL,
                 "Test payloads for the claim notification API v3", "2026-02-02 15:30",
                 """Hi all,

for your integration tests of the v3 claim notification API please use the
attached test case TC-014. All data is synthetic; the IBAN is the published
example IBAN and will always be rejected by the payment step.

Cheers
Nils Haverkamp, ClaimLink Integration Team
""", cte="7bit", atts=[("d52-0093_TC-014.txt", "text/plain", sample.encode("utf-8"), {"charset": "utf-8"})])


@mail("CONFIDENTIAL", "en", "adjuster-to-insurer",
      "UK adjuster's update on a corporate fire claim with named director and reserves")
def m094():
    return build(94, "James Pryce <james.pryce@crawbridge-adjusters.example>", INTL,
                 "Hollis Fine Foods - update 2 - stock count and reserve", "2026-02-24 17:05",
                 """Dear Ms Demirtas,

Update on CLA/26/0912 (your ref SA-2026-INT-0044):

- Stock count completed with Mr Samuel Hollis and his accountant on 12 Feb;
  agreed stock loss GBP 128,440 (cost price).
- Forensic engineer confirms a compressor fault; no evidence of poor
  maintenance. Recovery against the chiller manufacturer is being explored.
- Production resumed on 23 Feb in a temporary unit.

Revised reserve: buildings GBP 78,000, stock GBP 128,440, BI GBP 71,000.
Mr Hollis asks for an interim payment of GBP 60,000 to the company's
account; the company's bank details have been verified by phone.

Regards
James Pryce
""", cte="7bit", tz="Europe/London")


@mail("STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
      "public prosecutor requests file on a named insured's drunk driving (criminal case, blood alcohol)")
def m095():
    return build(95, "Staatsanwaltschaft Magdeburg <poststelle.sta-md@justiz-lsa.example>", KFZ,
                 "Ermittlungsverfahren 161 Js 2204/26 gegen Dennis Kaul - Auskunftsersuchen",
                 "2026-03-12 10:02", """Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren gegen

Dennis Kaul, geb. 19.04.1993, wohnhaft Stendaler Str. 14, 39288 Burg,

wegen Gefährdung des Straßenverkehrs (§ 315c StGB) und Trunkenheit im
Verkehr (§ 316 StGB) bitte ich um Übersendung Ihrer Schadenakte zum
Unfall vom 07.02.2026 auf der B1 bei Burg (Ihr Az. KS-2026-004388).

Die Blutprobe ergab eine BAK von 1,64 Promille. Von Interesse sind
insbesondere Angaben des Beschuldigten gegenüber Ihrem Haus zum
Unfallhergang.

Mit freundlichen Grüßen
Hartmann, Staatsanwältin
Staatsanwaltschaft Magdeburg
""", cte="quoted-printable")


@mail("NORMAL", "de", "newsletter",
      "trap: hospital invites to open day of its maternity ward (birth, delivery rooms), no patient")
def m096():
    return build(96, "Klinikum St. Annen - Unternehmenskommunikation <presse@klinikum-st-annen.example>",
                 "presseverteiler@elbtaler-versicherung.example",
                 "Einladung: Tag der offenen Tür in unserer Geburtsklinik am 18.04.", "2026-03-13 10:30",
                 """Sehr geehrte Damen und Herren,

am Samstag, 18. April 2026, öffnet unsere Geburtsklinik von 10 bis 15 Uhr
ihre Türen. Werdende Eltern können Kreißsäle und Familienzimmer
besichtigen, mit Hebammen und Ärztinnen sprechen und sich über
Schmerzlinderung unter der Geburt, Kaiserschnitt und Stillberatung
informieren. 2025 kamen bei uns 1.412 Kinder zur Welt.

Wir freuen uns, wenn Sie die Einladung in Ihren Kundenmedien teilen.

Mit freundlichen Grüßen
Unternehmenskommunikation Klinikum St. Annen
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-repair-shop",
      "repair approval for a named customer's car with plate and claim number")
def m097():
    return build(97, "Jana Wendisch <jana.wendisch@elbtaler-versicherung.example>",
                 "Autohaus Brenner Serviceannahme <service@autohaus-brenner.example>",
                 "Reparaturfreigabe KS-2026-004117 / MD-LB 482", "2026-02-04 11:52",
                 """Hallo Herr Pietsch,

die Reparatur am Golf von Herrn Lukas Brandt (MD-LB 482) ist auf Basis des
Gutachtens KV-26-0311 freigegeben, max. 5.786,22 EUR brutto. Bitte die
Rechnung direkt an uns, Abtretung liegt vor. Ersatzteile gern als
Originalteile, keine Identteile.

Gruß
Jana Wendisch
Kfz-Schaden | Elbtaler Versicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "adjuster proposes dates for a meeting; no case data")
def m098():
    return build(98, "Graham Tulloch <g.tulloch@northfield-claims.example>", INTL,
                 "Workshop 5 March - room and timing", "2026-02-26 13:14",
                 """Hi both,

quick one: we have booked the small conference room at the Maritim for
5 March, 9:30-15:00, lunch included. Could you let me know by Monday how
many people you are bringing? Projector and flipchart are there.

Cheers
Graham
""", cte="7bit", tz="Europe/London")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "cost approval for lymphatic drainage after breast-cancer surgery of a named patient")
def m099():
    return build(99, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Physiotherapie Elbwiesen <praxis@physio-elbwiesen.example>",
                 "Kostenzusage Lymphdrainage - Frau Annette Vollrath, KV-1543-227801",
                 "2026-03-13 14:20", """Guten Tag,

für Ihre Patientin Frau Annette Vollrath sagen wir die Kosten für 20 x
Manuelle Lymphdrainage (60 Min.) mit Kompressionsbandagierung gemäß
Verordnung vom 02.03.2026 (Lymphödem des rechten Arms nach Mastektomie und
Axilladissektion, C50.4, I97.2) zu. Die Zusage gilt bis 30.06.2026.

Bitte rechnen Sie direkt mit uns ab.

Mit freundlichen Grüßen
Ihr Leistungsservice
Elbtaler Krankenversicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "de", "lawyer-to-insurer",
      "trap: lawyer circulates a blank GDPR access-request template mentioning health data, no person")
def m100():
    tpl = odt([
        "# Muster: Auskunftsersuchen nach Art. 15 DSGVO",
        "An: [Versicherer, Anschrift]",
        "Betreff: Auskunft über meine personenbezogenen Daten, Vertrags-Nr. [ ]",
        "Sehr geehrte Damen und Herren, ich bitte um Auskunft über alle zu meiner Person "
        "gespeicherten Daten, einschließlich Gesundheitsdaten (Diagnosen, Arztberichte, "
        "Gutachten), der Empfänger und der Speicherdauer.",
        "Name: [ ]  Geburtsdatum: [ ]  Anschrift: [ ]",
        "Ort, Datum, Unterschrift: [ ]",
    ])
    return build(100, "RA Haberland & Kollegen <kanzlei@ra-haberland.example>", HAFT,
                 "Muster Auskunftsersuchen - zur Info", "2026-03-02 09:44",
                 """Sehr geehrte Damen und Herren,

wie im Gespräch mit Ihrer Rechtsabteilung angekündigt, übersenden wir das
Muster, das wir Mandanten künftig für Auskunftsersuchen empfehlen. Damit
sollten die Anfragen bei Ihnen einheitlicher eingehen.

Mit freundlichen Grüßen
Dr. Stefanie Haberland
""", cte="quoted-printable",
                 atts=[("d52-0100_Muster_Auskunftsersuchen.odt", "application/vnd.oasis.opendocument.text", tpl)])


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Irish traveller claims stolen luggage under travel baggage insurance; policy and items, no health")
def m101():
    return build(101, "Siobhan Carey <siobhan.carey@eircom.example>", INTL,
                 "Baggage claim - stolen suitcase Berlin - policy EV-TR-2296-1188", "2026-03-03 20:31",
                 """Hello,

my suitcase was stolen from the luggage room of the Hotel Adlon Park in
Berlin on 27 February. The hotel has confirmed the theft in writing and I
reported it to the police (Berlin police report no. 260227-1411-e03381).

Contents (approx.): clothes EUR 900, a camera Fujifilm X-T30 with lens EUR
1,050, a hair dryer EUR 80, the suitcase itself (Samsonite) EUR 290.

My travel insurance with you is policy EV-TR-2296-1188, booked with my
flight. Could you tell me what you need from me?

Kind regards,
Siobhan Carey
14 Harbour View, Cobh, Co. Cork, Ireland
""", cte="7bit", tz="Europe/Dublin")


@mail("NORMAL", "en", "broker-to-insurer",
      "trap: reinsurance broker's anonymised large-loss list with injury types and age bands only")
def m102():
    sheet = xlsx({"Large losses 2025": [
        ("Loss ID", "Line", "Year", "Injury / cause", "Claimant age band", "Incurred EUR"),
        ("LL-01", "Motor TPL", 2025, "spinal cord injury, paraplegia", "20-29", 4850000),
        ("LL-02", "Motor TPL", 2025, "severe traumatic brain injury", "30-39", 3120000),
        ("LL-03", "General liability", 2025, "birth injury (hypoxia)", "0-9", 2760000),
        ("LL-04", "Motor TPL", 2025, "multiple fractures, amputation", "50-59", 1410000),
        ("LL-05", "Property", 2025, "fire, warehouse", "n/a", 5300000),
        ("Note", "Anonymised for reinsurance purposes; cells with fewer than 3 cases merged", "", "", "", ""),
    ]}, creator="Baltic Re Brokers")
    return build(102, "Baltic Re Brokers <analytics@balticre-brokers.example>", INTL,
                 "Anonymised large-loss list 2025 for the XL renewal", "2026-01-26 16:20",
                 """Dear colleagues,

for the motor and liability XL renewal please find the anonymised large-
loss list. Please confirm that the figures match your records.

Best regards
Analytics Team, Baltic Re Brokers
""", cte="7bit", atts=[("d52-0102_large_losses_2025.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "expat parent claims child-accident benefits: daughter broke her arm at school")
def m103():
    return build(103, "Mark Sutherland <mark.sutherland@gmail.example>", UNFALL,
                 "Accident insurance claim for my daughter Isla", "2026-03-09 08:12",
                 """Dear Sir or Madam,

our daughter Isla Sutherland (8) is covered by our family accident policy
UV-7790-334118. On 5 March she fell from the climbing frame during the school
break and broke her left forearm (both bones, displaced). She was operated
on at the children's hospital on 6 March with two elastic nails and stays
in a cast for six weeks.

We would like to claim the hospital daily allowance and, if applicable, the
"Gipsgeld" mentioned in the policy. The school has filed a report with the
statutory accident insurance as well.

Best regards,
Mark Sutherland
""", cte="7bit")


@mail("NORMAL", "de", "expert-to-insurer",
      "minutes of an experts' round on water damage and mould, general topics only")
def m104():
    return build(104, "Sven Jacobi <s.jacobi@ib-lindqvist.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Protokoll Gutachterrunde Leitungswasser 11.03.2026", "2026-03-12 16:50",
                 """Hallo Herr Kuhlmann,

hier das Kurzprotokoll:

1. Trocknungsprotokolle: künftig Messpunkte mit Skizze, mindestens drei
   Messungen (Beginn, Mitte, Ende). Einverstanden.
2. Leckortung: Tracergas nur nach Rücksprache, wenn Thermografie ohne
   Ergebnis bleibt.
3. Schimmel: bei sichtbarem Befall > 0,5 m² Fachfirma nach UBA-Leitfaden;
   Hinweis an Bewohner auf Lüften, keine Aussagen zu Gesundheitsfolgen durch
   Gutachter.
4. Pauschalen: Entwurf kommt bis Ende April von der Elbtaler.

Nächste Runde: 10.06.2026.

Gruß Sven Jacobi
""", cte="8bit", flowed=True)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "liability policyholder reports lost office keys of her employer; name, policy, employer")
def m105():
    return build(105, "Lena Marquardt <lena.marquardt@web.example>", HAFT,
                 "Schlüssel verloren - Privathaftpflicht PH-5530-118207", "2026-03-11 07:55",
                 """Hallo,

ich habe am Wochenende meinen Schlüsselbund verloren, daran war auch der
Generalschlüssel für das Büro meines Arbeitgebers (Steuerbüro Kühne &
Partner, Leiterstraße 2). Der Arbeitgeber sagt, die Schließanlage muss
eventuell komplett getauscht werden, Kostenvoranschlag ca. 4.200 Euro.

Ist das bei meiner Haftpflicht mitversichert? Ich habe den Tarif mit
Schlüsselverlust, glaube ich.

Danke und viele Grüße
Lena Marquardt
""", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "HTML-only chief-physician invoice (GOÄ) for a named patient with diagnosis")
def m106():
    return build(106, "Privatärztliche Verrechnungsstelle Elbe <rechnung@pvs-elbe.example>", KRANK,
                 "Liquidation Wahlleistung Chefarzt - Rechnung 26-118802", "2026-03-16 10:10", None,
                 html="""<html><body style="font-family:Tahoma;font-size:10pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>im Auftrag von Chefarzt Prof. Dr. med. Harald Dietze, Klinik für Kardiologie, Klinikum St. Annen,
übersenden wir die Liquidation:</p>
<table border="1" cellpadding="3" cellspacing="0" style="font-size:9pt">
<tr><th colspan="4" align="left">Patient: Wolfgang Steinbrecher, geb. 08.12.1955, KV-0813-552290</th></tr>
<tr><th colspan="4" align="left">Diagnose: I25.13 Dreigefäßerkrankung; I10.00 Hypertonie</th></tr>
<tr><td>Datum</td><td>GOÄ</td><td>Leistung</td><td>Betrag EUR</td></tr>
<tr><td>02.03.2026</td><td>1</td><td>Beratung</td><td>10,72</td></tr>
<tr><td>03.03.2026</td><td>5324</td><td>Koronarangiographie</td><td>349,72</td></tr>
<tr><td>03.03.2026</td><td>5345</td><td>PTCA/Stent, zwei Gefäße</td><td>673,44</td></tr>
<tr><td>04.03.2026</td><td>424</td><td>Echokardiographie</td><td>160,88</td></tr>
<tr><td colspan="3" align="right">abzgl. 25 % Minderung &sect; 6a GO&Auml;</td><td>-298,69</td></tr>
<tr><td colspan="3" align="right"><b>Summe</b></td><td><b>896,07</b></td></tr>
</table>
<p>Mit freundlichen Grüßen<br>PVS Elbe GmbH</p></body></html>
""", charset="utf-8", html_cte="base64")


@mail("NORMAL", "de", "insurer-to-doctor",
      "trap: FAQ for doctors' practices on sending medical reports securely, no patient")
def m107():
    return build(107, "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "Praxis Dr. med. Jens Sörensen <praxis@orthopaedie-soerensen.example>",
                 "FAQ: Befunde und Arztberichte sicher an die Elbtaler übermitteln", "2026-03-16 08:30",
                 """Sehr geehrte Damen und Herren,

immer wieder erreichen uns Arztberichte, OP-Berichte und Laborbefunde per
einfacher E-Mail oder Fax. Wir haben die häufigsten Fragen zusammengefasst:

Wie übermittle ich Befunde? - Über das SecureMail-Portal. Die
Registrierung ist kostenlos; Sie erhalten ein Einmal-Passwort per Post.

Brauche ich eine Schweigepflichtentbindung? - Ja, wir fügen sie unserer
Anfrage bei. Ohne Entbindung bitte keine Diagnosen übermitteln.

Darf ich eine Rechnung mit Diagnosen per E-Mail schicken? - Bitte nein;
Rechnungen mit ICD-Codes gehören ebenfalls ins Portal.

Mit freundlichen Grüßen
Dr. med. Henrike Albers
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "craftsman-to-insurer",
      "glazier's estimate for a neighbour's window broken by the insured's son; names and policy")
def m108():
    return build(108, "Glaserei Bode <info@glaserei-bode.example>", HAFT,
                 "KVA Terrassentür Oertel / Ihr VN Heidrich", "2026-03-05 11:25",
                 """Sehr geehrte Damen und Herren,

im Auftrag von Familie Oertel, Ahornweg 6, 39175 Biederitz, übersenden wir
den Kostenvoranschlag für den Austausch der Isolierglasscheibe der
Terrassentür (Schaden durch Fußball, Verursacher Sohn Ihres VN Herrn Carsten
Heidrich, PH-5518-220941):

Isolierglas 2-fach Ug 1,1, 96 x 208 cm    386,00 EUR
Aus- und Einbau, Versiegelung              180,00 EUR
Anfahrt                                     40,00 EUR
zzgl. MwSt.                                115,14 EUR
Gesamt                                     721,14 EUR

Mit freundlichen Grüßen
Glaserei Bode, Biederitz
""", charset="iso-8859-1", cte="8bit")


@mail("NORMAL", "en", "vendor-to-insurer",
      "trap: medical translation service advertises translation of hospital and discharge reports, prices only")
def m109():
    return build(109, "LinguaMed Translations <sales@linguamed.example>", INTL,
                 "Certified translation of medical reports within 48 h", "2026-02-20 09:00",
                 """Dear claims team,

hospital reports, discharge letters, surgical notes, lab results - we
translate medical documents from 24 languages into German and English,
certified and GDPR-compliant, within 48 hours.

Prices: EUR 1.45 per line, express surcharge 30 %, minimum fee EUR 45.
Our translators are physicians or medical specialists. Documents are
exchanged via an encrypted upload portal only.

Ask for a free trial translation.

LinguaMed Translations GmbH, Leipzig
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal-forward",
      "inline forward to the medical service: named claimant's traumatic brain injury after a fall")
def m110():
    return build(110, "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "WG: Unfall meines Mannes - bitte um Rückruf", "2026-03-16 14:02",
                 """Hallo Henrike,

kannst du kurz draufschauen? Ich würde gern wissen, ob wir bei SHT
frühzeitig einen Reha-Manager einschalten sollten.

Felix

-------- Weitergeleitete Nachricht --------
Betreff: Unfall meines Mannes - bitte um Rückruf
Datum: Sun, 15 Mar 2026 19:44:10 +0100
Von: Birgit Hesse <birgit.hesse@t-online.example>
An: unfall-leistung@elbtaler-versicherung.example

Sehr geehrte Damen und Herren,

mein Mann Andreas Hesse (Unfallversicherung UV-7712-090341) ist am
Freitag bei Dacharbeiten an unserem Carport von der Leiter gestürzt. Er
hat ein schweres Schädel-Hirn-Trauma mit Hirnblutung und liegt im
künstlichen Koma auf der Intensivstation im Klinikum Olvenstedt. Die Ärzte
können noch nichts sagen.

Bitte rufen Sie mich an, ich weiß nicht, was ich jetzt tun muss.
0172 4410 982

Birgit Hesse
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "adjuster-to-insurer",
      "Spanish adjuster's report on storm damage at a named policyholder's holiday home; PDF")
def m111():
    rep = pdf("Survey report - Finca Son Rullan, Felanitx", [
        "Peritaciones Balear S.L. - ref. PB-26-0419 - your ref. SA-2026-INT-0051",
        "Policyholder: Mr Dietmar Krull, Magdeburg, Germany",
        "Inspection: 3 March 2026, in presence of Mrs Catalina Pons (key holder)",
        "",
        "Findings: approx. 18 m2 of the guest-house roof (Arabic tiles) displaced, water ingress",
        "into bedroom ceiling (plaster), pool fence 24 m destroyed, two olive trees uprooted.",
        "Wind speed at Felanitx station on 19 Feb: gusts up to 112 km/h - storm cover applies.",
        "",
        "Estimate: roof EUR 6,480; ceiling and paint EUR 1,920; fence EUR 3,150;",
        "tree removal EUR 900 (trees themselves not insured). Total EUR 12,450.",
        "Recommendation: settle on the basis of the estimate, no deductible issues.",
        "Joan Vidal Ferrer, loss adjuster",
    ], author="Peritaciones Balear")
    return build(111, "Joan Vidal <jvidal@peritaciones-balear.example>", INTL,
                 "PB-26-0419 Son Rullan - survey report", "2026-03-06 13:40",
                 "Dear Ms Demirtas,\n\nplease find our survey report attached.\n\nBest regards\nJoan Vidal\n",
                 cte="7bit", tz="Europe/Madrid",
                 atts=[("d52-0111_survey_PB-26-0419.pdf", "application/pdf", rep)])


@mail("NORMAL", "de", "association-to-insurer",
      "trap: experts' association statistics CSV on claim frequency and repair costs by driver age band")
def m112():
    data = csvtext([
        ("Altersgruppe Fahrer", "Schadenhäufigkeit je 1.000 Fzg.", "Ø Reparaturkosten EUR", "Anteil Personenschäden %"),
        ("18-24", "118,4", "4.210", "6,1"),
        ("25-34", "71,9", "3.980", "4,3"),
        ("35-54", "52,3", "3.760", "3,8"),
        ("55-74", "49,8", "3.540", "4,0"),
        ("75+", "68,2", "3.120", "5,7"),
    ])
    return build(112, "Verband der Kfz-Sachverständigen Mitte <statistik@vks-mitte.example>", KFZ,
                 "Marktdaten 2025: Schadenhäufigkeit und Reparaturkosten", "2026-02-11 12:00",
                 """Sehr geehrte Damen und Herren,

anbei die Marktdaten 2025 aus rund 38.000 Gutachten unserer Mitglieder.
Die Daten sind aggregiert und enthalten keine Einzelfälle.

Mit freundlichen Grüßen
Geschäftsstelle VKS Mitte e.V.
""", atts=[("d52-0112_Marktdaten_2025.csv", "application/vnd.ms-excel",
            data.encode("windows-1252"), {"charset": "windows-1252"})])


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "mobile mail from a daily-allowance insured: shingles, sick note, no keywords in subject")
def m113():
    return build(113, "Marco Lehmann <marco.lehmann79@gmx.example>", KRANK,
                 "Nachtrag", "2026-03-17 06:58",
                 """Moin, kurzer Nachtrag zu meinem Krankentagegeld: hab jetzt zusätzlich
noch Gürtelrose bekommen (rechte Seite, tut höllisch weh), Ärztin hat die
AU bis 14.4. verlängert. Foto von der neuen AU schick ich gleich hinterher.
Nehme Aciclovir und Ibu 600.

Gruß Marco Lehmann KV-2450-661209

Gesendet von meinem Galaxy
""", cte="8bit")


@mail("NORMAL", "de", "tow-service-to-insurer",
      "tow service announces Easter opening hours")
def m114():
    return build(114, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>", KFZ,
                 "Ostern: Bürozeiten", "2026-03-25 15:00",
                 "Hallo,\n\nüber Ostern (03.-06.04.) ist das Büro geschlossen, Einsatzzentrale wie immer 24 h.\n"
                 "Rechnungen gehen dann ab 07.04. wieder raus.\n\nFrohe Ostern\nTeam Kowalski\n",
                 cte="8bit")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "comprehensive-cover hail claim with VIN and policy; windows-1252 multipart/alternative")
def m115():
    text = """Sehr geehrte Damen und Herren,

bei dem Hagelunwetter am Sonntag ist mein Auto beschädigt worden, es stand
auf dem Parkplatz vor meiner Wohnung (Große Diesdorfer Str. 200).

Fahrzeug: Skoda Kamiq, MD-RF 640, FIN TMBGR7NW6P3021877
Vollkasko-Vertrag KF-3318-401266
Schäden: zahlreiche Dellen auf Dach und Motorhaube, Panoramadach hat einen
Sprung.

Können Sie mir eine Werkstatt für Ausbeulen ohne Lackieren empfehlen?

Mit freundlichen Grüßen
Roswitha Fechner
"""
    html = """<html><body><div style="font-family:Calibri">
<p>Sehr geehrte Damen und Herren,</p>
<p>bei dem Hagelunwetter am Sonntag ist mein Auto beschädigt worden, es stand auf dem Parkplatz vor meiner
Wohnung (Große Diesdorfer Str. 200).</p>
<p>Fahrzeug: Skoda Kamiq, MD-RF 640, FIN TMBGR7NW6P3021877<br>Vollkasko-Vertrag KF-3318-401266<br>
Schäden: zahlreiche Dellen auf Dach und Motorhaube, Panoramadach hat einen Sprung.</p>
<p>Können Sie mir eine Werkstatt für Ausbeulen ohne Lackieren empfehlen?</p>
<p>Mit freundlichen Grüßen<br>Roswitha Fechner</p></div></body></html>
"""
    return build(115, "Roswitha Fechner <r.fechner@freenet.example>", KFZ,
                 "Hagelschaden", "2026-03-17 09:20", text, html=html,
                 charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "en", "hospital-to-insurer",
      "trap: foreign clinic explains its guarantee-of-payment process for insured patients, no patient")
def m116():
    return build(116, "Clinica Son Verí - International Billing <billing@clinicasonveri.example>", INTL,
                 "New process for guarantees of payment - season 2026", "2026-03-02 10:00",
                 """Dear partners,

for the 2026 season we are changing how we request guarantees of payment
for insured international patients:

1. Requests are sent within 4 hours of admission through the partner
   portal, with the admission diagnosis and the planned treatment.
2. Outpatient emergency treatment below EUR 500 is billed directly without
   a guarantee.
3. Final invoices include ICD-10 codes and itemised charges in English.

Medical reports will only be exchanged via the portal, never by email.

Kind regards
Marta Ferrer Llull, International Patient Office
""", cte="7bit", tz="Europe/Madrid")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "insurer confirms guarantee of payment for a named travel-health patient with a wrist fracture")
def m117():
    return build(117, INTL, "Clinica Son Verí - International Billing <billing@clinicasonveri.example>",
                 "RE: Guarantee of payment / patient HOFFMEISTER, Daniel - invoice CSV-26-00412",
                 "2026-02-09 16:02", """Dear Ms Ferrer,

we confirm the guarantee of payment for Mr Daniel Hoffmeister (policy
EV-TR-2291-0047) for the inpatient treatment of the distal radius fracture
from 31 January to 2 February 2026, invoice CSV-26-00412, EUR 6,184.50.
Payment will be made within 10 working days.

Please send the operation report and the X-ray report for our file.

Kind regards
Ayse Demirtas
International Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0004.202602091137@clinicasonveri.example>")


@mail("CONFIDENTIAL", "de", "insurer-to-tow-service",
      "payment advice to the tow service naming the driver, plate and claim number")
def m118():
    return build(118, "Elbtaler Versicherung Zahlungsverkehr <zahlungen@elbtaler-versicherung.example>",
                 "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>",
                 "Zahlungsavis KS-2026-004302", "2026-03-04 05:30",
                 """Zahlungsavis

Empfänger:     Abschleppdienst Kowalski e.K.
Betrag:        818,13 EUR
Verwendung:    Rg. 26-0219 / KS-2026-004302 / BK-JR 118 / Rethmann, Julia
Valuta:        05.03.2026

Diese Nachricht wurde automatisch erstellt.
Elbtaler Versicherung AG
""", cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"})


@mail("NORMAL", "de", "insurer-to-partners",
      "trap: blank accident-notification form (ODT) with injury and doctor fields, sent to the form service")
def m119():
    form = odt([
        "# Unfallanzeige (Unfallversicherung) - Formular U-01/2026",
        "Versicherungsschein-Nr.: ____________  Versicherte Person: ______________________",
        "Unfalltag, Uhrzeit, Ort: ______________________________________",
        "Wie hat sich der Unfall ereignet? ______________________________",
        "Welche Verletzungen wurden festgestellt? ________________________",
        "Erstbehandelnder Arzt / Krankenhaus: ___________________________",
        "Stationäre Behandlung von ________ bis ________",
        "Bestanden vor dem Unfall Krankheiten oder Gebrechen? [ ] nein [ ] ja: ________",
        "Ich entbinde die behandelnden Ärzte von der Schweigepflicht: Unterschrift ______",
    ])
    return build(119, UNFALL, "formularservice@partnerportal-elbtaler.example",
                 "Formularupdate U-01/2026 Unfallanzeige", "2026-01-09 07:15",
                 """Sehr geehrte Damen und Herren,

die Unfallanzeige wurde überarbeitet (neue Frage nach Vorerkrankungen,
Hinweis zur 15-Monats-Frist). Bitte ersetzen Sie die bisherige Version im
Formularcenter durch die beigefügte leere Vorlage.

Elbtaler Versicherung AG, Unfall-Leistung
""", atts=[("d52-0119_Unfallanzeige_U-01-2026.odt", "application/vnd.oasis.opendocument.text", form)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability insurer acknowledges a named insured's BU claim and asks about her psychiatric treatment")
def m120():
    return build(120, "Sabine Rückert <sabine.rueckert@elbtaler-versicherung.example>",
                 "Daniela Rüdiger <d.ruediger@web.example>",
                 "Ihr Leistungsantrag BU-6610-203348", "2026-03-03 10:48",
                 """Sehr geehrte Frau Rüdiger,

vielen Dank für Ihren Antrag. Wir haben den Leistungsfall unter
BU-L-2026-0041 angelegt und senden Ihnen heute per Post:

- den Fragebogen zur beruflichen Tätigkeit (Tätigkeitsbeschreibung mit
  Zeitanteilen),
- den Fragebogen zu Ihrer Erkrankung und den behandelnden Ärzten,
- eine Schweigepflichtentbindung für Ihre Hausärztin und Frau Dr. Seidel.

Bitte teilen Sie uns außerdem den Aufnahmetermin in der Tagesklinik mit.
Während der Prüfung bleiben Ihre Beiträge auf Antrag gestundet.

Mit freundlichen Grüßen
Sabine Rückert
Leben-Leistung
""", cte="quoted-printable", irt="<d52-0038.202602282317@web.example>")


@mail("NORMAL", "de", "chamber-to-insurer",
      "chamber of crafts invites insurers to a trade day")
def m121():
    return build(121, "Handwerkskammer Magdeburg <veranstaltungen@hwk-md.example>", SACH,
                 "Einladung: Forum Handwerk & Versicherung am 23.04.2026", "2026-03-09 11:00",
                 """Sehr geehrte Damen und Herren,

die Handwerkskammer lädt zum Forum "Handwerk & Versicherung" ein:
Donnerstag, 23.04.2026, 16-19 Uhr, Bildungszentrum Gommern.

Themen: Zusammenarbeit bei Leitungswasser- und Sturmschäden,
Direktabrechnung, Fachkräftemangel im Dachdecker- und SHK-Handwerk.

Anmeldung bis 10.04. unter veranstaltungen@hwk-md.example.

Mit freundlichen Grüßen
Handwerkskammer Magdeburg
""", charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "company-to-insurer",
      "Dutch haulier sends the trailer repair invoice; company claimant with named contacts")
def m122():
    inv = pdf("Invoice TSV-2026-0311", [
        "Trailer Service Venlo B.V., Industrieweg 40, Venlo",
        "Customer: Van Dijk Transport B.V., attn. Mrs Marloes de Vries",
        "Vehicle: semi-trailer Krone SD, OR-12-VX",
        "Repair: rear portal frame straightened, door hinge and left rear post replaced",
        "Parts EUR 1,640.00 / labour 21 h EUR 1,995.00 / paint EUR 310.00",
        "Total excl. VAT EUR 3,945.00",
    ], author="Trailer Service Venlo")
    return build(122, "Van Dijk Transport B.V. <claims@vandijk-transport.example>",
                 "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "RE: trailer OR-12-VX - repair invoice", "2026-03-10 09:05",
                 """Dear Ms Ostrowski,

as promised, the repair invoice (EUR 3,945.00 excl. VAT, slightly above the
estimate because of the paint work). Loss of use: 2 days x EUR 380.00.
Please pay to Van Dijk Transport B.V., reference your claim HP-2026-000741.

Kind regards,
Marloes de Vries
""", cte="7bit", tz="Europe/Amsterdam",
                 atts=[("d52-0122_invoice_TSV-2026-0311.pdf", "application/pdf", inv)])


@mail("NORMAL", "en", "auto-reply",
      "hospital billing office's automatic reply with office hours")
def m123():
    return build(123, "UMC Noord Patient Administration <international.billing@umcnoord.example>",
                 "claims-international@elbtaler-versicherung.example",
                 "Automatic reply: RE: Invoice query", "2026-03-13 18:02",
                 """Thank you for your message. Our office is open Monday to Friday, 8:30-16:30
(CET). We aim to answer within three working days. Please always quote the
invoice number.

International Billing, UMC Noord
""", cte="7bit", tz="Europe/Amsterdam", headers={"Auto-Submitted": "auto-replied"})


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "liability insurer answers the injured pedestrian's lawyer; injuries only in the quoted letter")
def m124():
    return build(124, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "RA Haberland & Kollegen <kanzlei@ra-haberland.example>",
                 "AW: Unfallsache Schubert ./. Ihr VN Reinecke - Ihr Az. HP-2026-000774 - unser Az. 26/0147",
                 "2026-02-23 15:15", """Sehr geehrte Frau Dr. Haberland,

wir bestätigen den Eingang Ihres Schreibens. Die Haftung unseres
Versicherungsnehmers dem Grunde nach erkennen wir an. Zur Höhe benötigen
wir die ärztlichen Unterlagen sowie die Verdienstbescheinigung. Einen
Vorschuss von 1.000,00 EUR haben wir angewiesen.

Mit freundlichen Grüßen
Miriam Ostrowski
Haftpflicht-Schaden, Elbtaler Versicherung AG

> Im Universitätsklinikum wurden eine HWS-Distorsion (S13.4), eine Prellung
> der linken Schulter und eine Schürfwunde am Unterarm festgestellt. Sie war
> vom 28.01. bis 18.02.2026 arbeitsunfähig und befindet sich weiterhin in
> physiotherapeutischer Behandlung (10 x KG verordnet).
""", cte="quoted-printable", irt="<d52-0016.202602161640@ra-haberland.example>")


@mail("CONFIDENTIAL", "de", "rental-to-insurer",
      "rental company's payment reminder for a named claimant's replacement car")
def m125():
    return build(125, "CityCar Mietwagen Magdeburg <schadenabwicklung@citycar-miete.example>", KFZ,
                 "1. Zahlungserinnerung MV-26-00871 (Vogt) - KS-2026-003951", "2026-03-16 08:00",
                 """Sehr geehrte Damen und Herren,

zu unserer Rechnung MV-26-00871 vom 13.02.2026 über 689,00 € für das
Ersatzfahrzeug der Geschädigten Frau Nadine Vogt konnten wir noch keinen
Zahlungseingang feststellen. Wir bitten um Ausgleich bis 30.03.2026.

Mit freundlichen Grüßen
CityCar Mietwagen GmbH, Schadenabwicklung
""", charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-expert",
      "trap: insurer's job ad for a bodily-injury claims handler sent to its expert network")
def m126():
    return build(126, "Personalabteilung Elbtaler <personal@elbtaler-versicherung.example>",
                 "netzwerk-gutachter@elbtaler-versicherung.example",
                 "Stellenanzeige: Regulierer/in Personenschaden (m/w/d) - gern weiterempfehlen",
                 "2026-03-05 12:00", """Liebe Partnerinnen und Partner,

wir suchen zum nächstmöglichen Zeitpunkt eine/n

Regulierer/in Personenschaden (m/w/d), Magdeburg, Vollzeit

Ihre Aufgaben: Regulierung von Verkehrsunfällen mit Verletzten,
Bewertung ärztlicher Gutachten, Schmerzensgeld- und
Haushaltsführungsschaden, Zusammenarbeit mit Reha-Diensten.

Ihr Profil: Versicherungsfachwirt/in oder Volljurist/in, Erfahrung mit
HWS-, SHT- und Querschnittsfällen von Vorteil.

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, 30 Tage Urlaub.

Bewerbungen bitte an personal@elbtaler-versicherung.example.
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "care-service-to-insurer",
      "home-care service bills care for a named insured with care level 3 and dementia; iso-8859-1")
def m127():
    return build(127, "Pflegedienst Lebensabend <verwaltung@pflegedienst-lebensabend.example>", KRANK,
                 "Abrechnung Februar - Herr Erich Kossack", "2026-03-05 09:30",
                 """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Erich Kossack (Pflegegrad 3,
Pflegepflichtversicherung PV-0877-310022) haben wir im Februar folgende
Leistungen erbracht:

Grundpflege (LK 1-3) morgens und abends, 28 Tage     1.512,00 EUR
Medikamentengabe und Blutzuckermessung               364,00 EUR
Betreuung bei fortschreitender Demenz, 8 x 2 Std.     352,00 EUR
Summe                                               2.228,00 EUR

Der Pflegesachleistungsbetrag von 1.497 EUR ist damit überschritten; die
Differenz stellen wir Herrn Kossacks Tochter, Frau Heike Kossack,
gesondert in Rechnung.

Mit freundlichen Grüßen
Pflegedienst Lebensabend GmbH, Verwaltung
""", charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "trap: guideline for the structure of independent medical reports, no patient")
def m128():
    guide = docx([
        "# Guideline: structure of independent medical examination (IME) reports",
        "1. Instructions received and documents reviewed.",
        "2. History of the accident as given by the claimant.",
        "3. Past medical history, including pre-existing conditions.",
        "4. Current complaints, examination findings, imaging.",
        "5. Diagnosis (ICD-10) and causation opinion.",
        "6. Prognosis, need for further treatment, care and aids.",
        "7. Capacity for work and domestic activities.",
        "8. Statement of truth and expert's declaration.",
        "Reports must not contain information about third parties that is irrelevant to the claim.",
    ], author="Northfield Claims Services")
    return build(128, "Graham Tulloch <g.tulloch@northfield-claims.example>", INTL,
                 "IME report guideline (draft v2)", "2026-03-06 11:48",
                 """Hi both,

attached the draft guideline for IME reports we discussed at the workshop.
Comments welcome by 20 March.

Graham
""", cte="7bit", tz="Europe/London",
                 atts=[("d52-0128_IME_guideline_v2.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", guide)])


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "building policyholders ask for the roof repair approval; names, address, claim number")
def m129():
    return build(129, "Ilona Sänger <ilona.saenger@t-online.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Dach Lindenweg 4 - Freigabe?", "2026-02-27 18:30",
                 """Hallo Herr Kuhlmann,

Herr Meiners sagt, er wartet noch auf Ihre Freigabe. Die Plane hält, aber
es soll nächste Woche wieder stürmen. Können Sie bitte Bescheid geben?
Schadennummer SA-2026-001930.

Danke
Ilona und Frank Sänger
Lindenweg 4, Möser
""", cte="8bit", flowed=True)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "widow notifies her husband's death from pancreatic cancer for his life policy; base64 body")
def m130():
    return build(130, "Margaret Howell-Krause <mhk@btmail.example>", LEBEN,
                 "Death of my husband - policy LV-1204-771039", "2026-03-14 11:20",
                 """Dear Sir or Madam,

I am writing to inform you that my husband, Joachim Krause, born 21 May
1956, passed away on 8 March 2026 at St Catherine's Hospice in Crawley. He
had been diagnosed with pancreatic cancer last September and decided
against further chemotherapy in January.

He held a life insurance policy with you, number LV-1204-771039, and I
believe I am the named beneficiary. The death certificate and the
hospice's medical certificate of cause of death will follow by post.

Please let me know what else you need.

Yours faithfully,
Margaret Howell-Krause
22 Ifield Road, Crawley RH11 7BQ, United Kingdom
""", cte="base64", tz="Europe/London")


@mail("NORMAL", "de", "internal",
      "trap: anonymised top-10 property large-loss list with causes and amounts, no names")
def m131():
    data = csvtext([
        ("Rang", "Sparte", "Schadentag", "Ursache", "Region", "Schadenaufwand EUR"),
        ("1", "Industrie-Feuer", "2025-08-14", "Brand Lagerhalle, Akku-Selbstentzündung", "Börde", "5.300.000"),
        ("2", "Gewerbe-Feuer", "2025-03-02", "Brand Bäckerei, Ofen", "Magdeburg", "1.870.000"),
        ("3", "Wohngebäude", "2025-06-22", "Blitzschlag, Dachstuhlbrand", "Harz", "742.000"),
        ("4", "Wohngebäude", "2025-12-29", "Leitungswasser, Frost", "Salzland", "388.000"),
        ("5", "Hausrat", "2025-10-05", "Einbruchdiebstahl, Kunstgegenstände", "Magdeburg", "214.000"),
    ])
    return build(131, "Torsten Kuhlmann <torsten.kuhlmann@elbtaler-versicherung.example>",
                 "Sven Jacobi <s.jacobi@ib-lindqvist.example>",
                 "Großschadenliste Sach 2025 (anonymisiert) für Ihren Vortrag", "2026-03-18 10:40",
                 """Hallo Herr Jacobi,

für Ihren Vortrag beim Forum der Handwerkskammer die anonymisierte
Top-Liste (ohne Namen und Anschriften, wie besprochen nur Region).

Viele Grüße
Torsten Kuhlmann
""", atts=[("d52-0131_Grossschaeden_Sach_2025.csv", "text/csv", data.encode("utf-8"), {"charset": "utf-8"})])


@mail("CONFIDENTIAL", "de", "lawyer-to-insurer",
      "opposing lawyer accepts settlement for his named client and gives the trust account; no injury")
def m132():
    return build(132, "Kanzlei Seidenstücker <post@kanzlei-seidenstuecker.example>",
                 "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "AW: Ihr Zeichen 112/26 S - Wasserschaden Liebknechtstraße 31", "2026-03-12 12:20",
                 """Sehr geehrte Frau Ostrowski,

mein Mandant Herr Frieder Kast ist mit der Regulierung der Schäden an den
Einrichtungsgegenständen in Höhe von 2.870,00 EUR einverstanden. Bitte
überweisen Sie den Betrag auf mein Anderkonto:

RA Frieder Seidenstücker, Anderkonto Kast
IBAN DE06 7002 0270 0704 9996 22

Die Gebäudeschäden meldet der Vermieter bei seinem Versicherer.

Mit freundlichen Grüßen
Seidenstücker, Rechtsanwalt
""", cte="quoted-printable")


@mail("NORMAL", "de", "tow-service-to-insurer",
      "tow service confirms a phone appointment about the framework contract")
def m133():
    return build(133, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>",
                 "Jana Wendisch <jana.wendisch@elbtaler-versicherung.example>",
                 "AW: Rahmenvertrag Entwurf - Rückmeldung", "2026-03-12 08:10",
                 "Dienstag 10 Uhr passt, ich rufe Sie an.\n\nGruß M. Kowalski\n",
                 cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
      "occupational therapy invoice for a named child with ADHD diagnosis only in a windows-1252 CSV")
def m134():
    data = csvtext([
        ("Rechnung", "ET-2026-044"),
        ("Patient", "Noah Brückner, geb. 15.03.2017"),
        ("Versicherter", "Daniel Brückner, KV-2871-509330"),
        ("Verordnung", "Dr. Hensel, Kinder- und Jugendpsychiatrie, 07.01.2026"),
        ("Diagnose", "F90.0 einfache Aktivitäts- und Aufmerksamkeitsstörung"),
        ("Datum", "Leistung", "Betrag EUR"),
        ("13.01.2026", "Sensomotorisch-perzeptive Behandlung", "48,20"),
        ("20.01.2026", "Sensomotorisch-perzeptive Behandlung", "48,20"),
        ("27.01.2026", "Sensomotorisch-perzeptive Behandlung", "48,20"),
        ("03.02.2026", "Elterngespräch/Beratung", "32,00"),
        ("Summe", "", "176,60"),
    ])
    return build(134, "Ergotherapie Kinderwerkstatt <abrechnung@ergo-kinderwerkstatt.example>", KRANK,
                 "Rechnung ET-2026-044", "2026-02-10 12:31",
                 "Guten Tag,\n\ndie Rechnung als CSV für Ihr System.\n\nErgotherapie Kinderwerkstatt\n",
                 atts=[("d52-0134_Rechnung_ET-2026-044.csv", "application/vnd.ms-excel",
                        data.encode("windows-1252"), {"charset": "windows-1252"})])


@mail("NORMAL", "en", "adjuster-to-insurer",
      "trap: webinar invitation (ICS) on mould and health risks after water damage")
def m135():
    inv = ics("d52-0135-webinar@crawbridge-adjusters.example", "Webinar: Mould after escape of water - health risks and remediation",
              "2026-04-22 10:00", "2026-04-22 11:00", tz="Europe/London", location="Online",
              description="Topics: Aspergillus and respiratory illness, vulnerable occupants (asthma, COPD, immunosuppression), "
                          "when to relocate tenants, remediation standards.",
              organizer="events@crawbridge-adjusters.example")
    return build(135, "Crawbridge Events <events@crawbridge-adjusters.example>", INTL,
                 "Webinar 22 April: mould, health risks and remediation", "2026-03-18 08:00",
                 "Dear colleague,\n\nyou are invited to our next webinar. Calendar entry attached.\n\nCrawbridge Loss Adjusting\n",
                 cte="7bit", tz="Europe/London",
                 atts=[("d52-0135_webinar.ics", "text/calendar", inv, {"method": "REQUEST"})])


@mail("CONFIDENTIAL", "en", "insurer-to-claimant",
      "insurer confirms payment to a named UK third-party claimant with masked IBAN")
def m136():
    return build(136, "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "Peter Langford <plangford@btmail.example>",
                 "RE: Re: damage to my car in Magdeburg - your ref KS-2026-004021", "2026-02-20 10:12",
                 """Dear Mr Langford,

we have today transferred EUR 2,214.60 for the repair of your Vauxhall
Astra (YK19 HFD) to your account GB29 NWBK **** **** **68 19. Depending on
your bank, the amount should arrive within 2-3 working days.

This settles your claim against our policyholder in full.

Kind regards
Ayse Demirtas
International Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0035.202602181947@btmail.example>")


@mail("NORMAL", "de", "internal",
      "trap: HTML KPI report on health-claims processing times, volumes only")
def m137():
    return build(137, "Controlling Elbtaler <controlling@elbtaler-versicherung.example>",
                 "leitung-leistung@elbtaler-versicherung.example",
                 "KPI Leistungsbearbeitung Kranken - Februar 2026", "2026-03-04 07:00", None,
                 html="""<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<h3>Leistungsbearbeitung Kranken &ndash; Februar 2026</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Belegart</th><th>Eingang</th><th>Erledigt</th><th>&Oslash; Durchlaufzeit (Tage)</th><th>Ziel</th></tr>
<tr><td>Arztrechnungen</td><td>16.204</td><td>15.980</td><td>3,1</td><td>&le; 5</td></tr>
<tr><td>Krankenhausrechnungen</td><td>702</td><td>688</td><td>6,4</td><td>&le; 7</td></tr>
<tr><td>Heil- und Kostenpl&auml;ne</td><td>1.118</td><td>1.034</td><td>9,8</td><td>&le; 10</td></tr>
<tr><td>Arzneimittel</td><td>21.455</td><td>21.390</td><td>1,9</td><td>&le; 3</td></tr>
<tr><td>Psychotherapie-Antr&auml;ge</td><td>231</td><td>198</td><td>14,2</td><td>&le; 10</td></tr>
</table>
<p>Auff&auml;llig: R&uuml;ckstau bei Psychotherapie-Antr&auml;gen (Gutachterverfahren). Ma&szlig;nahme: zwei
Kolleginnen aus dem Team Zahn unterst&uuml;tzen bis Ende April.</p>
<p>Controlling Leistung</p></body></html>
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "expert-to-insurer",
      "medical expert's invalidity opinion for a named insured in PDF; body harmless")
def m138():
    rep = pdf("Unfallchirurgisches Gutachten - UV-2025-001873", [
        "Prof. Dr. med. Rüdiger Thalheim, Facharzt für Orthopädie und Unfallchirurgie",
        "Versicherte: Monika Scheffler, geb. 12.02.1971, Schönebeck",
        "Untersuchung am 24.03.2026",
        "",
        "Befund: Handgelenk links Extension/Flexion 35-0-40 (rechts 70-0-80), Kraftminderung",
        "(Jamar 18 kg vs. 31 kg), Kahnbein knöchern konsolidiert, kein CRPS mehr nachweisbar.",
        "Röntgen: Radius in Fehlstellung verheilt (dorsale Abkippung 12 Grad).",
        "",
        "Beurteilung: unfallbedingte Funktionsbeeinträchtigung der linken Hand im Handgelenk",
        "von 3/10 Handwert. Vorinvalidität: keine. Mitwirkung der Osteoporose: unter 25 %,",
        "daher ohne Abzug.",
        "",
        "Magdeburg, 27.03.2026 - Prof. Dr. med. R. Thalheim",
    ], author="Prof. Dr. Thalheim")
    return build(138, "Prof. Dr. med. Rüdiger Thalheim <gutachten@praxis-thalheim.example>",
                 "Felix Brandauer <felix.brandauer@elbtaler-versicherung.example>",
                 "Ihr Auftrag vom 05.03.2026", "2026-03-27 16:45",
                 "Sehr geehrter Herr Brandauer,\n\nanbei das erbetene Gutachten. Die Liquidation folgt.\n\nMit freundlichen Grüßen\nR. Thalheim\n",
                 atts=[("d52-0138_Gutachten_UV-2025-001873.pdf", "application/pdf", rep)])


@mail("CONFIDENTIAL", "de", "authority-to-insurer",
      "fine office asks who drove a fleet car; named employee and speeding fine (administrative offence)")
def m139():
    return build(139, "Zentrale Bußgeldstelle <bussgeld@zbs-lsa.example>", KFZ,
                 "Halteranfrage / Anhörung - Az. 512.44.771203.6", "2026-03-17 09:00",
                 """Sehr geehrte Damen und Herren,

mit dem Fahrzeug MD-EV 2201 (Halter: Elbtaler Versicherung AG,
Dienstwagenflotte) wurde am 02.03.2026 um 07:41 Uhr auf der B81 in
Magdeburg die zulässige Höchstgeschwindigkeit von 70 km/h um 24 km/h
überschritten. Laut Ihrer Fuhrparkliste war das Fahrzeug an diesem Tag
Herrn Felix Brandauer zugeordnet.

Bitte bestätigen Sie den Fahrzeugführer bis 31.03.2026. Es droht ein
Bußgeld von 150 EUR und ein Punkt im Fahreignungsregister.

Zentrale Bußgeldstelle Sachsen-Anhalt
""", cte="quoted-printable")


@mail("NORMAL", "de", "portal-notification",
      "trap: one-time password mail for an expert's access to the salvage exchange, no case data")
def m140():
    return build(140, "Restwertbörse Elbtaler <noreply@restwerte-elbtaler.example>",
                 "gutachten@kraemer-voss.example",
                 "Ihr Zugang zur Restwertbörse - Einmal-Passwort", "2026-03-18 13:22",
                 """Guten Tag,

Ihr Zugang zur Restwertbörse der Elbtaler Versicherung wurde eingerichtet.

Benutzername: kraemer-voss
Einmal-Passwort: wird Ihnen aus Sicherheitsgründen per SMS zugesandt.

Bitte ändern Sie das Passwort bei der ersten Anmeldung. Das Einmal-Passwort
ist 72 Stunden gültig.

Dies ist eine automatisch erzeugte Nachricht.
""", cte="quoted-printable", headers={"Auto-Submitted": "auto-generated"})


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "reminder naming the patient only in the subject; diagnosis and child in the PDF invoice")
def m141():
    inv = pdf("UMC Noord - Invoice 2026-INT-00317 (reminder)", [
        "Patient: Emma Friedrichs, born 2014-09-03",
        "Insurer: Elbtaler Krankenversicherung AG, policy KV-2276-118306",
        "Admission 26-02-2026, discharge 01-03-2026",
        "Diagnosis: K35.8 acute appendicitis; procedure: laparoscopic appendectomy",
        "DBC 990016005 - EUR 5,932.40 - due 03-04-2026",
    ], author="UMC Noord")
    return build(141, "UMC Noord Patient Administration <international.billing@umcnoord.example>", INTL,
                 "Reminder: invoice 2026-INT-00317 FRIEDRICHS", "2026-04-07 09:14",
                 "Dear Sir/Madam,\n\nwe have not yet received payment for the attached invoice.\n\nInternational Billing\n",
                 cte="7bit", tz="Europe/Amsterdam",
                 atts=[("d52-0141_invoice_2026-INT-00317.pdf", "application/pdf", inv)])


@mail("NORMAL", "en", "newsletter",
      "rental company newsletter about electric replacement vehicles")
def m142():
    return build(142, "Rentaway Corporate Sales <corporate@rentaway.example>", INTL,
                 "More electric replacement cars for your customers", "2026-03-19 09:00",
                 """Dear partner,

from April we add 400 electric cars to our insurance replacement fleet in
Berlin, Hamburg, Leipzig and Magdeburg. Charging cards are included; rates
are the same as for petrol cars of the same group.

Kind regards
Tobias Lenz, Rentaway Deutschland
""", cte="7bit")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "household insured reports e-bike theft with frame number and purchase price")
def m143():
    return build(143, "Tobias Engelke <tobias.engelke@posteo.example>", SACH,
                 "Fahrrad geklaut", "2026-03-19 21:03",
                 """Hallo,

mein E-Bike wurde gestern Abend vor dem Hauptbahnhof geklaut, obwohl es
mit einem Faltschloss angeschlossen war.

Cube Kathmandu Hybrid Pro 750, Rahmennummer WCUB24K118872, gekauft im
Mai 2024 für 3.499 Euro bei Zweirad Elbe.
Anzeige bei der Bundespolizei ist erstattet.

Hausrat mit Fahrradklausel, Vertrag HR-4480-339021.
Tobias Engelke, Sternstraße 30, 39104 Magdeburg
""", cte="8bit")


@mail("NORMAL", "de", "pharmacy-to-insurer",
      "trap: pharmacy asks generally how to bill medical aids (Hilfsmittel) directly, no patient")
def m144():
    return build(144, "Apotheke am Domplatz <abrechnung@apotheke-domplatz.example>", KRANK,
                 "Frage zur Direktabrechnung von Hilfsmitteln", "2026-03-19 11:11",
                 """Guten Tag,

wir werden zunehmend von Ihren Versicherten gefragt, ob wir
Kompressionsstrümpfe, Inhalationsgeräte und Blutzuckermessgeräte direkt
mit Ihnen abrechnen können. Gibt es dafür ein Verfahren (Abtretung,
Kostenvoranschlag ab welchem Betrag)? Ein Merkblatt wäre hilfreich.

Mit freundlichen Grüßen
Dr. Friederike Sattler
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "psychiatrist's invoice with depression diagnosis only in the PDF; one-line body")
def m145():
    inv = pdf("Privatliquidation Nr. 2026-0312", [
        "Dr. med. Corinna Seidel, Fachärztin für Psychiatrie und Psychotherapie, Magdeburg",
        "Patientin: Daniela Rüdiger, geb. 26.06.1986",
        "Diagnosen: F43.2 G Anpassungsstörung; F32.1 G mittelgradige depressive Episode",
        "",
        "10.02.2026  GOÄ 804  Psychiatrische Behandlung         2,3x   20,11 EUR",
        "10.02.2026  GOÄ 806  Psychiatrische Behandlung 20 Min  2,3x   33,52 EUR",
        "24.02.2026  GOÄ 804                                    2,3x   20,11 EUR",
        "24.02.2026  GOÄ 861  Psychotherapie Einzel 50 Min      2,3x   92,50 EUR",
        "Summe                                                        166,24 EUR",
    ], author="Dr. Seidel")
    return build(145, "Daniela Rüdiger <d.ruediger@web.example>", KRANK,
                 "Rechnung", "2026-03-20 08:03", "Anbei die Rechnung zur Erstattung. D. Rüdiger\n",
                 atts=[("d52-0145_Rechnung.pdf", "application/pdf", inv)])


@mail("NORMAL", "de", "expert-to-insurer",
      "trap: sample appraisal report for training with a fictitious owner and example data")
def m146():
    rep = pdf("Mustergutachten (Schulungsunterlage, fiktive Daten)", [
        "Anspruchsteller: Max Mustermann (fiktiv), Musterstraße 1, 12345 Musterstadt",
        "Fahrzeug: VW Passat Variant, Kennzeichen XX-YY 000 (fiktiv)",
        "FIN: WVWZZZ00000000000 (Beispiel)",
        "Reparaturkosten netto: 3.000,00 EUR (Beispielwert)",
        "Dieses Dokument dient ausschließlich der Schulung und enthält keine realen Daten.",
    ], author="Krämer & Voss")
    return build(146, "Sachverständigenbüro Krämer & Voss <gutachten@kraemer-voss.example>", KFZ,
                 "Mustergutachten für Ihre Azubi-Schulung", "2026-03-20 10:30",
                 "Hallo Frau Wendisch,\n\nwie versprochen das Mustergutachten (nur fiktive Daten) für die Schulung.\n\nGruß M. Krämer\n",
                 atts=[("d52-0146_Mustergutachten.pdf", "application/pdf", rep)])


@mail("CONFIDENTIAL", "en", "insurer-to-insurer",
      "British motor insurer seeks recovery for its named policyholder's car hit by Elbtaler's insured; no injury")
def m147():
    return build(147, "Brightwater Insurance Subrogation <subrogation@brightwater-ins.example>", INTL,
                 "Recovery claim - our insured Mr Rajesh Patel - accident Hamburg 12/02/2026",
                 "2026-03-20 14:44", """Dear colleagues,

we insure Mr Rajesh Patel, whose Volvo XC60 (UK reg. LR21 KTX) was hit on
12 February 2026 on the A7 near Hamburg by a lorry registered MD-LE 904,
insured with you (policyholder: Logistik Elbe-Boerde GmbH). Our insured was
not injured.

We have indemnified our insured under his comprehensive cover and seek
recovery of GBP 7,842.10 (repairs, recovery, hire car). Our documents are
available on request.

Regards
Subrogation Unit, Brightwater Insurance plc, Bristol
""", cte="7bit", tz="Europe/London")


@mail("NORMAL", "de", "newsletter",
      "trap: motor trade newsletter on rising spare-parts prices and repair costs, no case")
def m148():
    return build(148, "Kfz-Innung Magdeburg <info@kfz-innung-md.example>", KFZ,
                 "Innungs-Info März: Ersatzteilpreise +7 %", "2026-03-20 07:00",
                 """Innungs-Info März 2026

Ersatzteilpreise steigen weiter: Im Schnitt kosten Karosserieteile 7 %
mehr als vor einem Jahr, Scheinwerfer sogar 12 %. Die durchschnittliche
Reparaturrechnung nach einem Unfall liegt inzwischen bei 3.900 EUR.

Weitere Themen: neue Kalibriervorgaben für Fahrerassistenzsysteme,
Fachkräftetag am 14.05.

Kfz-Innung Magdeburg
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurer's decision on a named insured's dental implant plan with tooth findings")
def m149():
    return build(149, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Bernd Ostermann <bernd.ostermann@gmx.example>",
                 "Ihr Heil- und Kostenplan vom 25.02.2026", "2026-03-06 10:00",
                 """Sehr geehrter Herr Ostermann,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Frau Dr. Wittenbecher
(Extraktion 36, Implantate regio 36 und 46, implantatgetragene Kronen)
geprüft. Nach Ihrem Tarif Zahn 80 erstatten wir voraussichtlich
3.004,80 EUR der geplanten 4.541,50 EUR. Die DVT-Aufnahme ist
medizinisch begründet und wird übernommen.

Die Parodontitisbehandlung sollte vor der Implantation abgeschlossen sein;
bitte reichen Sie uns dazu den Parodontalstatus nach.

Mit freundlichen Grüßen
Elbtaler Krankenversicherung AG
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "car-theft report under comprehensive cover: named insured, VIN, keys, police number")
def m150():
    return build(150, "Sven Przybilla <sven.przybilla@web.example>", KFZ,
                 "Diebstahl meines Autos", "2026-03-21 08:44",
                 """Guten Morgen,

mein Auto ist heute Nacht vor dem Haus gestohlen worden.

VN: Sven Przybilla, Hohepfortestraße 41, 39106 Magdeburg
Vertrag: KF-3322-900143 (Vollkasko)
Fahrzeug: Toyota RAV4 Hybrid, MD-SP 4141, FIN JTMW43FV80D118204
Schlüssel: beide noch bei mir (Keyless Go)
Anzeige: Polizeirevier Magdeburg, Vorgangsnr. 2103/26/140022

Finanziert über die Toyota Bank. Wie geht es weiter?

Sven Przybilla
0160 9934 1178
""", cte="quoted-printable")


@mail("NORMAL", "en", "newsletter",
      "trap: assistance company's travel-health tips (vaccinations, malaria, medicines abroad), no person")
def m151():
    return build(151, "EuroAssist24 <newsletter@euroassist24.example>", INTL,
                 "Travel health tips for your customers - Easter 2026", "2026-03-20 08:00",
                 """Easter travel season - health tips you can share with your customers

* Check vaccinations: hepatitis A for North Africa and Turkey, measles for
  all travellers born after 1970 without two documented doses.
* Malaria prophylaxis for East Africa: atovaquone/proguanil or doxycycline,
  depending on the region - ask a travel medicine clinic.
* Carry prescription medicines in the original packaging with a doctor's
  letter in English, especially opioids and insulin.
* Emergency number of EuroAssist24: +49 89 5550 2424 (24/7).

EuroAssist24 GmbH, Munich
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "insurer asks a named baggage claimant for receipts and the hotel confirmation")
def m152():
    return build(152, INTL, "Siobhan Carey <siobhan.carey@eircom.example>",
                 "RE: Baggage claim - stolen suitcase Berlin - policy EV-TR-2296-1188", "2026-03-05 09:30",
                 """Dear Ms Carey,

we are sorry to hear about the theft. Your claim number is RG-2026-INT-0233.
Please send us:

- the written confirmation of the hotel,
- the police report,
- receipts or bank statements for the camera and the suitcase,
- your flight booking confirmation.

Please note that valuables such as cameras are covered up to 50 % of the
sum insured (EUR 2,000) under your policy terms.

Kind regards
International Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0101.202603032031@eircom.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-therapist",
      "insurer approves further physiotherapy after ACL reconstruction of a named accident insured")
def m153():
    return build(153, UNFALL, "Hampstead Sports Physio <admin@hampstead-physio.example>",
                 "RE: Progress report - Mr Jan-Philipp Vosskamp (your ref UV-2026-000301)",
                 "2026-03-10 11:05", """Dear Ms Adeyemi,

thank you for the progress report. We will reimburse the remaining 11
sessions of physiotherapy following Mr Vosskamp's ACL reconstruction at
your usual rate (GBP 65 per session). Please send the invoices to Mr
Vosskamp, who will submit them to us.

Kind regards
Felix Brandauer
Accident Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0066.202603061730@hampstead-physio.example>")


@mail("NORMAL", "de", "insurer-to-pharmacy",
      "trap: insurer's general answer to a pharmacy on billing medical aids, no patient")
def m154():
    return build(154, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Apotheke am Domplatz <abrechnung@apotheke-domplatz.example>",
                 "AW: Frage zur Direktabrechnung von Hilfsmitteln", "2026-03-23 09:15",
                 """Sehr geehrte Frau Dr. Sattler,

gern: Hilfsmittel bis 300 EUR (z. B. Kompressionsstrümpfe,
Inhalationsgeräte, Blutzuckermessgeräte) können Sie mit Abtretung der
versicherten Person direkt abrechnen. Darüber benötigen wir vorab einen
Kostenvoranschlag mit ärztlicher Verordnung. Ein Merkblatt senden wir
Ihnen per Post.

Mit freundlichen Grüßen
Ihr Leistungsservice
""", cte="quoted-printable", irt="<d52-0144.202603191111@apotheke-domplatz.example>")


@mail("CONFIDENTIAL", "de", "expert-to-insurer",
      "expert's fee invoice naming the claimant, plate and claim number")
def m155():
    return build(155, "Buchhaltung Krämer & Voss <buchhaltung@kraemer-voss.example>", KFZ,
                 "Honorarrechnung 2026-G-0311 / KS-2026-004117 / Brandt", "2026-02-04 14:00",
                 """Sehr geehrte Damen und Herren,

für das Gutachten KV-26-0311 (Anspruchsteller Lukas Brandt, MD-LB 482)
berechnen wir:

Grundhonorar (Schadenhöhe 4.862,37 EUR netto)   622,00 EUR
Fotos 18 x 2,40 EUR                              43,20 EUR
Fahrtkosten 22 km x 0,90 EUR                     19,80 EUR
Schreibkosten                                     15,00 EUR
Netto                                            700,00 EUR
USt 19 %                                         133,00 EUR
Gesamt                                           833,00 EUR

Mit freundlichen Grüßen
Sabine Voss
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "English letter quoting the German hospital discharge letter of a named injured passenger")
def m156():
    return build(156, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Pemberton Hale LLP <injury@pembertonhale.example>",
                 "Mrs Eileen Marsh - discharge letter Helios Helmstedt", "2026-03-02 10:50",
                 """Dear Ms Neve,

we have received the discharge letter directly from the hospital. For your
convenience, the relevant passage in the original German:

  "Diagnosen: Rippenserienfraktur 5.-7. Rippe rechts (S22.41),
  Pneumothorax rechts (S27.0), Thoraxdrainage 03.01.-06.01.2026.
  Entlassung in gebessertem Allgemeinzustand, Analgesie mit
  Metamizol 500 mg 4x tgl. und Oxycodon 10 mg bei Bedarf."

In short: fractures of ribs 5-7 on the right, a pneumothorax treated with a
chest drain for three days, and pain medication on discharge. Nothing in
the letter suggests a head injury.

We look forward to the psychiatric report.

Yours sincerely
Miriam Ostrowski
""", cte="quoted-printable", irt="<d52-0025.202601291402@pembertonhale.example>")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "loss adjuster announces a new office address")
def m157():
    return build(157, "Northfield Claims Services <office@northfield-claims.example>", INTL,
                 "We are moving - new Leeds office from 1 April", "2026-03-16 09:00",
                 """Dear clients and partners,

from 1 April 2026 our Leeds office moves to 7 Wellington Place, Leeds LS1
4AP. Phone numbers and email addresses stay the same.

Northfield Claims Services Ltd
""", cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "craftsman-to-insurer",
      "drying company's final measurement protocol for a named owner's house, ODS only; body harmless")
def m158():
    sheet = ods([
        ["Trocknungsprotokoll AQ-26-0219", "", "", ""],
        ["Objekt", "Schellingstraße 5, 39104 Magdeburg, 3. OG rechts", "", ""],
        ["Eigentümerin / Auftraggeberin", "Gisela Manthey", "", ""],
        ["Mieter", "Kevin Adomeit", "", ""],
        ["Versicherer", "Elbtaler, SA-2026-001644", "", ""],
        ["Messpunkt", "Beginn 27.01. (digits)", "Mitte 10.02. (digits)", "Ende 10.03. (digits)"],
        ["MP1 Bad Wand", 148.0, 96.0, 41.0],
        ["MP2 Flur Estrich", 132.0, 88.0, 38.0],
        ["MP3 Küche Wand", 101.0, 62.0, 35.0],
        ["Gerätelaufzeit", "2 Kondenstrockner, 1 Verdichter, 42 Tage", "", ""],
        ["Stromkosten", "3 x 42 x 3,90 EUR = 491,40 EUR", "", ""],
    ], name="Protokoll")
    return build(158, "AquaDry Leckortung <info@aquadry-md.example>", SACH,
                 "Abschlussprotokoll", "2026-03-11 16:10",
                 "Guten Tag,\n\nanbei das Abschlussprotokoll. Die Geräte sind abgebaut.\n\nAquaDry\n",
                 atts=[("d52-0158_Abschlussprotokoll.ods", "application/vnd.oasis.opendocument.spreadsheet", sheet)])


@mail("NORMAL", "de", "hospital-to-insurer",
      "trap: hospital's 2026 price list for elective services (single room, chief physician), no patient")
def m159():
    return build(159, "Klinikum St. Annen - Patientenabrechnung <abrechnung@klinikum-st-annen.example>", KRANK,
                 "Entgelte für Wahlleistungen ab 01.04.2026", "2026-03-10 12:00",
                 """Sehr geehrte Damen und Herren,

gemäß § 17 KHEntgG teilen wir die ab 01.04.2026 geltenden Entgelte für
nichtärztliche Wahlleistungen mit:

Einbettzimmer (Komfortstation)    148,00 EUR je Berechnungstag
Zweibettzimmer                      74,00 EUR je Berechnungstag
Unterbringung Begleitperson         62,00 EUR je Tag
Familienzimmer Geburtsklinik       120,00 EUR je Tag

Die ärztlichen Wahlleistungen werden unverändert nach GOÄ berechnet.

Mit freundlichen Grüßen
Patientenabrechnung
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance statement to a named insured for a sick-leave period")
def m160():
    return build(160, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Marco Lehmann <marco.lehmann79@gmx.example>",
                 "Abrechnung Krankentagegeld KV-2450-661209", "2026-03-24 10:30",
                 """Sehr geehrter Herr Lehmann,

für Ihre Arbeitsunfähigkeit zahlen wir Krankentagegeld ab dem 43. Tag
(Karenzzeit laut Tarif KT 42):

Zeitraum 02.03.2026 - 31.03.2026, 30 Tage x 120,00 EUR = 3.600,00 EUR

Der Betrag wird auf Ihr bekanntes Konto überwiesen. Bitte reichen Sie die
Folgebescheinigung über den 14.04.2026 hinaus rechtzeitig ein. Gute
Besserung!

Mit freundlichen Grüßen
Elbtaler Krankenversicherung AG
""", cte="quoted-printable")


@mail("NORMAL", "en", "vendor-to-insurer",
      "trap: air-ambulance provider's capacity notice with aircraft and intensive-care equipment, no patient")
def m161():
    return build(161, "SkyMed Air Ambulance Ops <ops@skymed-air.example>", INTL,
                 "Capacity notice April 2026 - Learjet 45 and Challenger 604", "2026-03-25 07:30",
                 """Dear assistance and insurance partners,

for April 2026 we operate 4 aircraft from Cologne and Nuremberg. All
aircraft carry ventilators, incubator capability (Challenger only) and
ECMO transport on request. Standard quote Mediterranean to Germany:
EUR 19,500-26,000 depending on distance.

Bookings: ops@skymed-air.example, +49 2203 555 990.

SkyMed Air Ambulance GmbH
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-rental",
      "insurer asks the car-hire firm for the check-in report of a named insured's rental")
def m162():
    return build(162, INTL, "Sunroad Car Hire Faro <damages@sunroad-carhire.example>",
                 "RE: Excess charge RA 88120-PT / Mr Stefan Eichler", "2026-03-09 10:10",
                 """Dear colleagues,

thank you. To settle Mr Eichler's excess claim we still need the check-out
report (condition at pick-up) and the itemised repair invoice. The check-in
report alone does not show that the damage was not pre-existing.

Kind regards
International Claims, Elbtaler Versicherung AG
""", cte="7bit", irt="<d52-0065.202603061202@sunroad-carhire.example>")


@mail("STRICTLY_CONFIDENTIAL", "de", "police-to-insurer",
      "police accident report with named injured persons only inside a ZIP (PDF); body harmless")
def m163():
    rep = pdf("Verkehrsunfallanzeige VU 0744/26 (Auszug für Versicherer)", [
        "Polizeirevier Salzlandkreis, Unfallzeit 14.03.2026, 16:05 Uhr, B246a bei Schönebeck",
        "Beteiligter 1: Pkw SLK-HR 88, Fahrer Heiko Rosenau (VN Elbtaler, KF-3340-552017)",
        "Beteiligter 2: Pkw SBK-AM 12, Fahrerin Anja Meißner, Beifahrer Leon Meißner (9)",
        "",
        "Verletzte: Anja Meißner - Verdacht auf Sternumfraktur, Gurtprellung, RTW ins Klinikum Schönebeck;",
        "Leon Meißner - Platzwunde Stirn, ambulant versorgt.",
        "Heiko Rosenau - unverletzt. Atemalkoholtest negativ.",
        "Unfallursache: Vorfahrtsverletzung durch Beteiligten 1.",
    ], author="Polizei Sachsen-Anhalt")
    z = zipped({"VU_0744_26.pdf": rep})
    return build(163, "Polizeirevier Salzlandkreis <vu.rev-slk@polizei-lsa.example>", KFZ,
                 "Unfallanzeige VU 0744/26", "2026-03-18 13:50",
                 "Sehr geehrte Damen und Herren,\n\nwie beantragt die Unfallanzeige (ZIP).\n\nPolizeirevier Salzlandkreis\n",
                 atts=[("d52-0163_VU_0744_26.zip", "application/zip", z)])


@mail("NORMAL", "en", "adjuster-to-insurer",
      "adjuster asks about parking at the insurer's office for a meeting")
def m164():
    return build(164, "James Pryce <james.pryce@crawbridge-adjusters.example>",
                 "ayse.demirtas@elbtaler-versicherung.example",
                 "Visit on 14 April - parking?", "2026-03-25 16:22",
                 "Hi Ayse,\n\nis there visitor parking at Am Elbufer 12 or should I take a taxi from the station?\n\nThanks\nJames\n",
                 cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "insurer-to-claimant",
      "insurer pays a named third-party claimant after appraisal; masked IBAN and amount")
def m165():
    return build(165, "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "Yusuf Demir <yusuf.demir88@gmx.example>",
                 "AW: Wann kommt das geld?? KS-2026-004233", "2026-03-05 11:20",
                 """Sehr geehrter Herr Demir,

entschuldigen Sie die Verzögerung. Wir haben heute 3.412,80 EUR
(Reparaturkosten netto laut Gutachten) plus 25,00 EUR Auslagenpauschale
auf Ihr Konto DE95 **** **** **** **69 07 43 überwiesen.

Mit freundlichen Grüßen
Ayşe Demirtaş
""", cte="quoted-printable", irt="<d52-0062.202603050741@gmx.example>")


@mail("NORMAL", "de", "authority-to-insurer",
      "trap: data-protection authority newsletter on sending health data by e-mail, no person")
def m166():
    return build(166, "Landesbeauftragter für den Datenschutz <newsletter@lfd-lsa.example>",
                 "datenschutz@elbtaler-versicherung.example",
                 "Datenschutz-Info 1/2026: Gesundheitsdaten per E-Mail", "2026-03-26 10:00",
                 """Datenschutz-Info 1/2026

Gesundheitsdaten per E-Mail - was gilt?

Diagnosen, Arztbriefe und Rechnungen von Ärztinnen, Ärzten und Kliniken
sind besondere Kategorien personenbezogener Daten (Art. 9 DSGVO). Für
ihren Versand genügt eine reine Transportverschlüsselung in der Regel
nicht, wenn keine Einwilligung der betroffenen Person vorliegt.
Versicherungsunternehmen sollten Ende-zu-Ende-Verschlüsselung oder
Portallösungen anbieten.

Der vollständige Beitrag steht auf unserer Webseite.
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "insurer explains psychotherapy cover to a named insured student who reported panic attacks")
def m167():
    return build(167, "Elbtaler Krankenversicherung Leistung <leistung-kranken@elbtaler-versicherung.example>",
                 "Chloe Baptiste <chloe.baptiste@studmail.example>",
                 "RE: Question about therapy coverage", "2026-03-16 13:40",
                 """Dear Ms Baptiste,

thank you for your message, and we are sorry to hear about your anxiety
and panic attacks.

Your tariff Student Basic covers outpatient psychotherapy with licensed
psychotherapists (Psychologische Psychotherapeuten) for up to 20 sessions
per calendar year at 80 %. A GP referral is not required, but please ask
the therapist for a short report after the five trial sessions
(probatorische Sitzungen) so that we can confirm the further sessions.

Kind regards
Health Claims Service, Elbtaler Krankenversicherung AG

> For a few months I've been having panic attacks and really bad anxiety
> before exams [...]
""", cte="7bit", irt="<d52-0092.202603122340@studmail.example>")


@mail("NORMAL", "en", "vendor-to-insurer",
      "trap: synthetic hospital-invoice test data set (CSV) with fictitious patients, diagnoses and example IBANs")
def m168():
    data = csvtext([
        ("case_id", "patient", "dob", "icd10", "drg", "amount_eur", "iban"),
        ("SYN-001", "Erika Musterfrau (synthetic)", "1964-08-12", "I21.4", "F24B", "8412.50", "DE89370400440532013000"),
        ("SYN-002", "Max Mustermann (synthetic)", "1970-01-01", "S72.01", "I08F", "11230.00", "DE89370400440532013000"),
        ("SYN-003", "John Doe (synthetic)", "1985-05-05", "J18.9", "E77C", "4390.80", "GB29NWBK60161331926819"),
    ], sep=",")
    return build(168, "ClaimLink Integration <integration@claimlink.example>", INTL,
                 "Synthetic hospital invoices for the e-invoice pilot", "2026-03-26 15:00",
                 """Hi,

for the e-invoice pilot we generated a small synthetic data set. All persons
are fictitious; the IBANs are the published example IBANs.

Cheers
Nils
""", cte="7bit", atts=[("d52-0168_synthetic_invoices.csv", "text/csv", data.encode("utf-8"), {"charset": "utf-8"})])


@mail("CONFIDENTIAL", "de", "claimant-to-insurer",
      "third-party claimant sends a repair estimate in DOCX for parking damage by the insured; names and plates")
def m169():
    kva = docx([
        "# Kostenvoranschlag 2026-KV-118",
        "Karosseriebau Yilmaz, Lübecker Str. 99, 39124 Magdeburg",
        "Kundin: Franziska Ohlendorf, Kennzeichen MD-FO 510, Audi A3 Sportback",
        "Schaden: Stoßfänger vorn links, Kotflügel links (Parkschaden durch MD-AS 907)",
        "Ihr Zeichen Elbtaler: KS-2026-004460",
    ], author="Karosseriebau Yilmaz",
        table=[("Pos.", "Leistung", "EUR"), ("1", "Stoßfänger lackieren", "486,00"),
               ("2", "Kotflügel instandsetzen und lackieren", "712,00"), ("3", "Material", "198,00"),
               ("", "Summe netto", "1.396,00")])
    return build(169, "Franziska Ohlendorf <f.ohlendorf@gmx.example>", KFZ,
                 "KVA zu KS-2026-004460", "2026-03-26 19:10",
                 "Hallo,\n\nhier der Kostenvoranschlag von der Werkstatt.\n\nF. Ohlendorf\n",
                 cte="8bit", atts=[("d52-0169_KVA.docx",
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kva)])


@mail("NORMAL", "de", "vendor-to-insurer",
      "trap: publisher advertises a pain-and-suffering table with injury examples and amounts")
def m170():
    return build(170, "Juristischer Fachverlag Elbe <vertrieb@fachverlag-elbe.example>", HAFT,
                 "Neu: Schmerzensgeldtabelle 2026 - 3.400 Urteile", "2026-03-27 08:00",
                 """Sehr geehrte Damen und Herren,

die Schmerzensgeldtabelle 2026 ist erschienen: 3.400 Entscheidungen, von
der HWS-Distorsion (ab 500 EUR) über Schädel-Hirn-Traumata bis zur
Querschnittlähmung (bis 800.000 EUR), sortiert nach Verletzung und
Dauerschaden. Mit Online-Datenbank.

Subskriptionspreis bis 30.04.: 129 EUR statt 159 EUR.

Juristischer Fachverlag Elbe GmbH
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "midwife-to-insurer",
      "midwife bills post-natal care for a named insured and newborn; iso-8859-1")
def m171():
    return build(171, "Hebamme Katrin Wollenweber <k.wollenweber@hebamme-md.example>", KRANK,
                 "Rechnung Wochenbettbetreuung Albrecht", "2026-03-27 21:15",
                 """Sehr geehrte Damen und Herren,

für die Wochenbettbetreuung von Frau Jasmin Albrecht (KV-3012-884410) und
ihrem Sohn Mats (geb. 12.02.2026, Sectio) stelle ich in Rechnung:

16 Hausbesuche (13.02.-20.03.2026), inkl. Wundkontrolle nach
Kaiserschnitt, Stillberatung bei Milchstau, Gewichtskontrolle des
Neugeborenen                                              896,00 EUR
Wegegeld                                                 128,00 EUR
Summe                                                  1.024,00 EUR

Mit freundlichen Grüßen
Katrin Wollenweber, freiberufliche Hebamme
""", charset="iso-8859-1", cte="8bit")


@mail("CONFIDENTIAL", "de", "claimant-to-insurer",
      "claimant reports storm damage to her carport by the insured neighbour's tree; names and addresses")
def m172():
    return build(172, "Doris Kaminski <doris.kaminski@t-online.example>", HAFT,
                 "Baum vom Nachbarn auf meinem Carport", "2026-02-21 10:05",
                 """Sehr geehrte Damen und Herren,

beim Sturm am 19.02. ist die alte Pappel von meinem Nachbarn Herrn Günter
Lutze (Birkenallee 12, Hohenwarsleben) auf meinen Carport gefallen. Herr
Lutze hat mir gesagt, er ist bei Ihnen haftpflichtversichert. Der Baum
war schon lange morsch, das hatte ich ihm mehrfach gesagt.

Der Carport ist kaputt, das Auto zum Glück nicht. Verletzt wurde
niemand. Wie soll ich vorgehen?

Doris Kaminski, Birkenallee 14, 39326 Hohenwarsleben
""", cte="quoted-printable")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "claims portal maintenance notice from the loss adjuster")
def m173():
    return build(173, "Crawbridge IT <it-notice@crawbridge-adjusters.example>", INTL,
                 "Planned maintenance of the Crawbridge claims portal, 4 April", "2026-03-27 12:00",
                 """The Crawbridge claims portal will be unavailable on Saturday 4 April
2026 from 06:00 to 12:00 UK time due to planned maintenance. Reports
uploaded before that time are not affected.

Crawbridge IT Service Desk
""", cte="7bit", tz="Europe/London")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal-forward",
      "forwarded doctor's mail (message/rfc822) about a named insured with suspected multiple sclerosis; body harmless")
def m174():
    orig = fwd(174, "Neurologische Praxis Dr. Voigtländer <praxis@neuro-voigtlaender.example>", KRANK,
               "Anfrage Kostenübernahme MRT / Frau Svenja Pohl", "2026-03-26 12:40",
               """Sehr geehrte Damen und Herren,

bei Ihrer Versicherten Frau Svenja Pohl (geb. 09.01.1994, KV-3105-226611)
besteht nach zwei Schüben mit Sehnervenentzündung und Sensibilitäts-
störungen der Verdacht auf eine schubförmig remittierende Multiple
Sklerose (G35.1 V). Wir bitten um Kostenübernahme für ein MRT von Schädel
und HWS mit Kontrastmittel sowie eine Liquorpunktion.

Mit freundlichen Grüßen
Dr. med. Bernd Voigtländer, Neurologe
""", mid="<d52-0174.orig.20260326@neuro-voigtlaender.example>")
    return build(174, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "WG: Anfrage Kostenübernahme", "2026-03-26 14:05",
                 "Henrike, bitte einmal ärztlich prüfen, eilt laut Praxis. Danke, Miriam\n",
                 atts=[("rfc822", orig, "d52-0174_Anfrage.eml")])


@mail("NORMAL", "de", "press-release",
      "trap: insurer press release with aggregate benefit payments for health, accident and life")
def m175():
    return build(175, "Elbtaler Versicherung Presse <presse@elbtaler-versicherung.example>",
                 "presseverteiler@elbtaler-versicherung.example",
                 "Pressemitteilung: Elbtaler zahlt 2025 rund 412 Mio. Euro an Kunden aus", "2026-03-30 10:00",
                 """Pressemitteilung

Magdeburg, 30.03.2026. Die Elbtaler Versicherungsgruppe hat 2025 insgesamt
412 Mio. Euro an Leistungen ausgezahlt (2024: 389 Mio.). Davon entfielen
214 Mio. auf die Krankenversicherung (u. a. 61.000 Krankenhaustage,
1,1 Mio. eingereichte Arztrechnungen), 38 Mio. auf die
Unfallversicherung, 96 Mio. auf Lebens- und Berufsunfähigkeits-
versicherungen sowie 64 Mio. auf Sach- und Kfz-Schäden.

Pressekontakt: presse@elbtaler-versicherung.example
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "adjuster-to-insurer",
      "final settlement calculation for a corporate fire claim in XLSX, named director; body short")
def m176():
    sheet = xlsx({"Settlement": [
        ("Hollis Fine Foods Ltd - CLA/26/0912 - final adjustment", "", ""),
        ("Contact", "Mr Samuel Hollis, Managing Director", ""),
        ("Head", "Claimed GBP", "Agreed GBP"),
        ("Buildings", 81200, 77950),
        ("Stock", 131000, 128440),
        ("Business interruption", 88400, 69800),
        ("Less interim payment", "", -60000),
        ("Less deductible", "", -2500),
        ("Balance due", "", 213690),
    ]}, creator="Crawbridge")
    return build(176, "James Pryce <james.pryce@crawbridge-adjusters.example>", INTL,
                 "CLA/26/0912 final adjustment", "2026-03-30 15:40",
                 "Dear Ayse,\n\nfinal figures attached, agreed with the insured today.\n\nJames\n",
                 cte="7bit", tz="Europe/London",
                 atts=[("d52-0176_final_adjustment.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet)])


@mail("NORMAL", "en", "auto-reply",
      "foreign clinic's automatic acknowledgement")
def m177():
    return build(177, "Clinica Son Verí - International Billing <billing@clinicasonveri.example>", INTL,
                 "Auto-acknowledgement: your message has been received", "2026-03-30 16:01",
                 """Thank you for contacting Clinica Son Verí International Billing. Your
message has been received and will be processed within 48 hours.

This is an automatic message.
""", cte="quoted-printable", tz="Europe/Madrid", headers={"Auto-Submitted": "auto-replied"})


@mail("STRICTLY_CONFIDENTIAL", "en", "assistance-to-insurer",
      "assistance company requests guarantee for a named insured with kidney stones in Egypt")
def m178():
    return build(178, "EuroAssist24 Medical <medical@euroassist24.example>", INTL,
                 "EA24-26-020117 - guarantee request Hurghada", "2026-03-31 03:12",
                 """Dear colleagues,

new inpatient case:

Insured: Mr Rainer Doberschütz, born 1968-02-17, policy EV-TR-2298-0412
Hospital: El Gouna Hospital, Hurghada, Egypt
Admitted: 30 March 2026, 22:40 local time
Diagnosis: left ureteral stone 7 mm with hydronephrosis grade II (N20.1),
pain uncontrolled with oral analgesia
Planned: ureteroscopy and stone extraction, 2-3 nights
Estimated cost: EUR 4,800

Please confirm the guarantee of payment.

Medical Team on Duty, EuroAssist24
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "tow-service-to-insurer",
      "tow service bills recovery of a named insured's stolen car found abandoned; plate and VIN")
def m179():
    return build(179, "Abschleppdienst Kowalski <buero@abschlepp-kowalski.example>", KFZ,
                 "Sichergestelltes Fahrzeug MD-SP 4141 - Rechnung 26-0391", "2026-03-31 10:45",
                 """Hallo,

auf Anordnung der Polizei haben wir am 29.03. den gestohlenen Toyota RAV4
(MD-SP 4141, FIN JTMW43FV80D118204) Ihres VN Herrn Sven Przybilla in
einem Waldweg bei Colbitz geborgen. Zündschloss und Armaturenbrett
beschädigt, Räder fehlen.

Bergung und Transport 412,00 EUR netto, Standgeld ab 01.04. 15 EUR/Tag.
Bitte um Weisung, wohin das Fahrzeug soll.

Gruß Kowalski
""", cte="8bit")


@mail("NORMAL", "en", "insurer-to-partners",
      "trap: guide on filling in the travel claim form with an example person and example diagnosis")
def m180():
    return build(180, INTL, "travel-partners@elbtaler-versicherung.example",
                 "How to complete the travel health claim form - guide for tour operators", "2026-03-31 09:00",
                 """Dear partners,

many claim forms reach us incomplete. Here is a worked example you can
share with your guests:

  Insured person: John Smith (example only), date of birth 01/01/1980
  Policy number: EV-TR-0000-0000 (example)
  Illness or injury: "sprained ankle while hiking" (example)
  Doctor/hospital: name and address of the clinic abroad
  Invoices: originals, itemised, with the diagnosis
  Bank account: IBAN of the insured person

Forms without original invoices cannot be processed.

International Claims, Elbtaler Versicherung AG
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "sensitive only in the subject: named patient moved to early neurological rehabilitation; body trivial")
def m181():
    return build(181, "Klinikum Olvenstedt Sozialdienst <sozialdienst@klinikum-olvenstedt.example>", UNFALL,
                 "Herr Andreas Hesse - Verlegung in neurologische Frühreha Phase B nach SHT, UV-7712-090341",
                 "2026-04-01 11:30", """Sehr geehrte Damen und Herren,

bitte um kurzfristigen Rückruf wegen der Kostenübernahme, Tel. 0391 555 7160.

Sozialdienst Klinikum Olvenstedt
""", cte="quoted-printable")


@mail("NORMAL", "de", "vendor-to-insurer",
      "trap: supplier confirms order of first-aid kits and AED pads for the insurer's offices")
def m182():
    return build(182, "MediVersand Ost <auftrag@mediversand-ost.example>",
                 "einkauf@elbtaler-versicherung.example",
                 "Auftragsbestätigung 26-4471: Erste-Hilfe-Material", "2026-04-01 08:20",
                 """Auftragsbestätigung 26-4471

12 x Betriebsverbandkasten DIN 13157          34,90 EUR    418,80 EUR
 4 x AED-Elektrodenpads Erwachsene            89,00 EUR    356,00 EUR
 2 x AED-Elektrodenpads Kinder                94,00 EUR    188,00 EUR
20 x Kältekompresse                            1,20 EUR     24,00 EUR
Summe netto                                                986,80 EUR

Lieferung KW 15 an Elbtaler Versicherung AG, Am Elbufer 12, Warenannahme.

MediVersand Ost GmbH
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "mixed", "insurer-to-company",
      "bilingual settlement letter to a Dutch haulier with named contact and claim number; no injury")
def m183():
    return build(183, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Van Dijk Transport B.V. <claims@vandijk-transport.example>",
                 "HP-2026-000741 - Regulierung / settlement trailer OR-12-VX", "2026-03-24 10:00",
                 """Sehr geehrte Frau de Vries,
Dear Mrs de Vries,

für unseren Versicherungsnehmer Logistik Elbe-Börde GmbH regulieren wir den
Schaden an Ihrem Auflieger OR-12-VX wie folgt:
on behalf of our policyholder Logistik Elbe-Börde GmbH we settle the damage
to your trailer OR-12-VX as follows:

Reparatur / repair (excl. VAT)          3.945,00 EUR
Nutzungsausfall / loss of use 2 Tage      760,00 EUR
Gesamt / total                          4.705,00 EUR

Zahlung an / payment to: Van Dijk Transport B.V., Rabobank Venlo.

Mit freundlichen Grüßen / Kind regards
Miriam Ostrowski
""", cte="quoted-printable", irt="<d52-0122.202603100905@vandijk-transport.example>")


@mail("NORMAL", "de", "chamber-to-insurer",
      "chamber of crafts sends the programme for the forum; no personal data")
def m184():
    return build(184, "Handwerkskammer Magdeburg <veranstaltungen@hwk-md.example>",
                 "torsten.kuhlmann@elbtaler-versicherung.example",
                 "Programm Forum Handwerk & Versicherung 23.04.", "2026-04-02 09:00",
                 """Sehr geehrter Herr Kuhlmann,

vielen Dank für Ihre Anmeldung. Das Programm:

16:00 Begrüßung
16:15 Leitungswasserschäden: Zusammenarbeit Versicherer-Handwerk
17:00 Direktabrechnung in der Praxis
17:45 Podium: Fachkräfte im Bauhandwerk
18:30 Imbiss

Handwerkskammer Magdeburg
""", charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-association",
      "trap: general information sheet on dental accidents under accident insurance, no patient")
def m185():
    return build(185, UNFALL, "info@zahnaerzteverband-lsa.example",
                 "Merkblatt Zahnunfall für Ihre Mitgliedspraxen", "2026-04-02 13:00",
                 """Sehr geehrte Damen und Herren,

wie vereinbart das Merkblatt für Ihre Mitglieder:

Zahnunfälle (z. B. abgebrochene Schneidezähne nach Sturz, Zahnverlust durch
Schlag) sind in vielen Unfalltarifen über die Leistungsart "Kosmetische
Operationen und Zahnersatz" versichert. Für die Prüfung benötigen wir
einen Befund mit Zahnschema, Röntgenbild und Heil- und Kostenplan.
Schäden beim Essen (Kirschkern) gelten nicht als Unfall.

Elbtaler Versicherung AG, Unfall-Leistung
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "liability policyholder reports his dog bit a neighbour's cat; animal health, names")
def m186():
    return build(186, "Holger Brandes <holger.brandes@web.example>", HAFT,
                 "Hundehaftpflicht TH-2204-118903 - Schaden melden", "2026-04-02 20:30",
                 """Guten Abend,

unser Hund Bruno (Schäferhund-Mix) hat heute die Katze unserer Nachbarin
Frau Elke Rausch (Am Wiesengrund 3, Gerwisch) gebissen. Die Katze musste
in die Tierklinik, Wunde am Bauch genäht, sie bleibt über Nacht. Die
Rechnung wird wohl ca. 600 Euro.

Bitte sagen Sie mir, was ich tun muss.
Holger Brandes, Am Wiesengrund 5, 39175 Gerwisch
""", cte="8bit")


@mail("NORMAL", "en", "newsletter",
      "trap: adjuster newsletter on the top ten causes of workplace injury claims, aggregated")
def m187():
    return build(187, "Northfield Claims Insight <newsletter@northfield-claims.example>", INTL,
                 "Top ten causes of employers' liability injury claims 2025", "2026-04-03 07:00",
                 """Northfield Claims Insight - April 2026

Top causes of employers' liability injury claims (by number, 2025):
1. Slips and trips (27 %) - typical injuries: wrist and ankle fractures
2. Manual handling (19 %) - back injuries, hernias
3. Falls from height (11 %) - often the most severe, incl. head injuries
4. Struck by moving objects (9 %)
5. Noise-induced hearing loss (7 %)
...
Average settlement: GBP 14,300; claims involving brain injury averaged
GBP 412,000.

Northfield Claims Services Ltd
""", cte="7bit", tz="Europe/London")


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "psychiatric report summary of a named injured passenger only in the DOCX; body harmless")
def m188():
    rep = docx([
        "# Psychiatric report - summary",
        "Claimant: Mrs Eileen Marsh, DOB 14/03/1958, Harrogate",
        "Examined: 18 March 2026 by Dr Aidan Kershaw FRCPsych",
        "Diagnosis: post-traumatic stress disorder (F43.1), moderate; travel anxiety.",
        "Treatment: 12 sessions of trauma-focused CBT recommended; sertraline 50 mg started by GP.",
        "Prognosis: substantial improvement expected within 12-18 months with treatment.",
    ], author="Pemberton Hale LLP")
    return build(188, "Pemberton Hale LLP <injury@pembertonhale.example>",
                 "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "EM/PH/26-0088 - report", "2026-04-03 15:15",
                 "Dear Ms Ostrowski,\n\nas promised, please see the attached.\n\nYours sincerely\nAlexandra Neve\n",
                 cte="7bit", tz="Europe/London",
                 atts=[("d52-0188_report_summary.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", rep)])


@mail("NORMAL", "en", "adjuster-to-insurer",
      "adjuster confirms attendance at the workshop follow-up; no case data")
def m189():
    return build(189, "Graham Tulloch <g.tulloch@northfield-claims.example>", INTL,
                 "Re: follow-up call 16 April", "2026-04-06 10:02",
                 "Hi Ayse,\n\n16 April at 14:00 CET works for me. I'll send a Teams link.\n\nBest\nGraham\n",
                 cte="7bit", tz="Europe/London")


@mail("CONFIDENTIAL", "de", "insurer-to-craftsman",
      "insurer approves the roof repair for named policyholders; address and claim number")
def m190():
    return build(190, "Torsten Kuhlmann <torsten.kuhlmann@elbtaler-versicherung.example>",
                 "Dachdeckerei Meiners <angebote@dach-meiners.example>",
                 "Freigabe Angebot 2026-A-061 / Sänger, Lindenweg 4, Möser / SA-2026-001930",
                 "2026-02-28 08:15", """Sehr geehrter Herr Meiners,

Ihr Angebot 2026-A-061 über 5.443,89 EUR brutto ist freigegeben. Bitte
stellen Sie die Rechnung an Frank und Ilona Sänger mit Kopie an uns; die
Eheleute haben die Zahlung direkt an Sie veranlasst (Abtretung liegt vor).

Mit freundlichen Grüßen
Torsten Kuhlmann
""", cte="quoted-printable")


@mail("NORMAL", "de", "rental-to-insurer",
      "trap: blank assignment form for replacement-car costs with placeholder fields, DOCX")
def m191():
    form = docx([
        "# Abtretungserklärung Mietwagenkosten (Vorlage)",
        "Ich, ______________________ (Name, Anschrift), trete meinen Anspruch auf Erstattung der "
        "Mietwagenkosten aus dem Verkehrsunfall vom __________ gegen den Schädiger und dessen "
        "Haftpflichtversicherer ______________ an die CityCar Mietwagen GmbH ab.",
        "Kennzeichen Geschädigtenfahrzeug: __________  Schadennummer: __________",
        "IBAN für Rückzahlungen: ______________________",
        "Ort, Datum, Unterschrift: ______________________",
    ], author="CityCar")
    return build(191, "CityCar Mietwagen Magdeburg <schadenabwicklung@citycar-miete.example>", KFZ,
                 "Neue Vorlage Abtretungserklärung", "2026-04-06 12:00",
                 "Sehr geehrte Damen und Herren,\n\nzur Info unsere neue (leere) Vorlage, abgestimmt mit Ihrer Rechtsabteilung.\n\nCityCar Schadenabwicklung\n",
                 atts=[("d52-0191_Vorlage_Abtretung.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", form)])


@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German note with English operation report excerpt of a named travel-health patient")
def m192():
    return build(192, "Ayşe Demirtaş <ayse.demirtas@elbtaler-versicherung.example>",
                 "Dr. Henrike Albers <henrike.albers@elbtaler-versicherung.example>",
                 "OP-Bericht Hoffmeister (Mallorca) - bitte kurz prüfen", "2026-02-20 10:05",
                 """Hallo Henrike,

die Klinik hat den OP-Bericht geschickt, Auszug unten. Passt die Platte zur
Diagnose, oder war das überversorgt? Rechnung 6.184,50 EUR.

  "Patient: Daniel Hoffmeister. Closed distal radius fracture right, AO 23-C2.
  ORIF via volar approach, 2.4 mm locking plate, 7 screws. No intraoperative
  complications. Cast for 2 weeks, then physiotherapy."

Danke!
Ayşe
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "baggage claimant sends the hotel confirmation and police report as PDF; named, no health")
def m193():
    att = pdf("Hotel Adlon Park - confirmation of theft", [
        "Hotel Adlon Park Berlin, Front Office Management",
        "We confirm that the suitcase of our guest Ms Siobhan Carey (room 412, stay 25-28 Feb 2026)",
        "was removed from the luggage room on 27 Feb 2026 between 11:00 and 14:30 by an unknown person.",
        "Police report no. 260227-1411-e03381 (Polizei Berlin, Abschnitt 31).",
        "Berlin, 28 Feb 2026 - F. Lorenz, Front Office Manager",
    ], author="Hotel Adlon Park")
    return build(193, "Siobhan Carey <siobhan.carey@eircom.example>", INTL,
                 "RE: RE: Baggage claim - RG-2026-INT-0233", "2026-03-07 18:44",
                 """Hello,

attached is the hotel's confirmation. Camera receipt: bank statement
shows EUR 1,049.00 at Harvey Norman Cork on 12/11/2024 - I'll send a
screenshot. Flight booking follows.

Thanks,
Siobhan
""", cte="7bit", tz="Europe/Dublin",
                 atts=[("d52-0193_hotel_confirmation.pdf", "application/pdf", att)])


@mail("NORMAL", "en", "rental-to-insurer",
      "trap: rental company's aggregated damage statistics for 2025 replacement rentals")
def m194():
    return build(194, "Rentaway Corporate Sales <corporate@rentaway.example>", INTL,
                 "Your 2025 replacement rentals in figures", "2026-04-07 09:00",
                 """Dear partner,

in 2025 we provided 2,184 replacement cars for Elbtaler claims, average
rental duration 8.4 days, average invoice EUR 531. Damage to our cars
during replacement rentals occurred in 3.1 % of cases (average repair
EUR 1,240).

Kind regards
Tobias Lenz
""", cte="7bit")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "household insured reports lightning surge damage and gives her IBAN; multipart/alternative")
def m195():
    text = """Sehr geehrte Damen und Herren,

nach dem Gewitter am 04.04. sind bei uns Fernseher, Router und die
Spülmaschine kaputt (Überspannung, der Elektriker hat es bestätigt).
Hausrat HR-4491-007753, Anita Kroll, Thiemstraße 11, 39104 Magdeburg.

Bitte zahlen Sie auf IBAN DE15 3704 0044 5868 3449 78 (Anita Kroll).

Mit freundlichen Grüßen
Anita Kroll
"""
    html = """<html><body><p>Sehr geehrte Damen und Herren,</p>
<p>nach dem Gewitter am 04.04. sind bei uns Fernseher, Router und die Spülmaschine kaputt
(Überspannung, der Elektriker hat es bestätigt).<br>Hausrat HR-4491-007753, Anita Kroll,
Thiemstraße 11, 39104 Magdeburg.</p>
<p>Bitte zahlen Sie auf IBAN DE15 3704 0044 5868 3449 78 (Anita Kroll).</p>
<p>Mit freundlichen Grüßen<br>Anita Kroll</p></body></html>
"""
    return build(195, "Anita Kroll <anita.kroll@icloud.example>", SACH,
                 "Überspannungsschaden nach Gewitter", "2026-04-06 17:20", text, html=html,
                 cte="base64", html_cte="base64")


@mail("NORMAL", "de", "expert-to-insurer",
      "trap: expert firm's changed company bank account (partnership IBAN), no person")
def m196():
    return build(196, "Buchhaltung Krämer & Voss <buchhaltung@kraemer-voss.example>",
                 "kreditoren@elbtaler-versicherung.example",
                 "Neue Bankverbindung ab 01.05.2026", "2026-04-07 10:00",
                 """Sehr geehrte Damen und Herren,

bitte beachten Sie unsere neue Bankverbindung ab 01.05.2026:

Krämer & Voss PartG mbB
Deutsche Bank Magdeburg
IBAN DE66 8107 0000 8836 0759 83

Zur Sicherheit bestätigen wir die Änderung zusätzlich per Brief.

Mit freundlichen Grüßen
Sabine Voss
""", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "insurer confirms key-loss cover to a named liability policyholder")
def m197():
    return build(197, "Miriam Ostrowski <miriam.ostrowski@elbtaler-versicherung.example>",
                 "Lena Marquardt <lena.marquardt@web.example>",
                 "AW: Schlüssel verloren - Privathaftpflicht PH-5530-118207", "2026-03-12 09:40",
                 """Sehr geehrte Frau Marquardt,

Ihr Tarif Privat Plus umfasst den Verlust fremder beruflicher Schlüssel
bis 50.000 EUR (Selbstbeteiligung 150 EUR). Bitte senden Sie uns den
Kostenvoranschlag für die Schließanlage und eine Bestätigung Ihres
Arbeitgebers, dass der Schlüssel nicht wieder aufgetaucht ist.

Mit freundlichen Grüßen
Miriam Ostrowski
""", cte="quoted-printable", irt="<d52-0105.202603110755@web.example>")


@mail("NORMAL", "mixed", "insurer-to-partners",
      "trap: bilingual notice to partners that health data must only be sent via the secure portal")
def m198():
    return build(198, "Elbtaler Versicherung Datenschutz <datenschutz@elbtaler-versicherung.example>",
                 "partner-netzwerk@elbtaler-versicherung.example",
                 "Gesundheitsdaten nur über SecureMail / Health data only via SecureMail", "2026-04-08 08:00",
                 """Deutsch:
Bitte senden Sie Arztberichte, Befunde, Diagnosen und Rechnungen von
Ärzten und Kliniken ab sofort nur noch über unser SecureMail-Portal.
Unverschlüsselte E-Mails mit Gesundheitsdaten löschen wir und bitten um
erneute Übermittlung.

English:
From now on, please send medical reports, findings, diagnoses and
doctors' or hospitals' invoices only via our SecureMail portal.
Unencrypted emails containing health data will be deleted and you will be
asked to resend them.

Elbtaler Versicherung AG, Datenschutz / Data Protection
""", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "wife of an accident insured reports he woke from coma and is in early rehab; plain words")
def m199():
    return build(199, "Birgit Hesse <birgit.hesse@t-online.example>", UNFALL,
                 "Re: Unfall meines Mannes", "2026-04-08 19:12",
                 """Liebe Frau / Herr ...,

danke für Ihren Anruf neulich. Mein Mann ist seit letzter Woche wach, er
erkennt uns und kann schon ein paar Worte sagen, die linke Seite ist aber
noch gelähmt. Er ist jetzt in der Frühreha in Magdeburg. Die Ärzte sagen
es wird Monate dauern.

Die Formulare hab ich noch nicht geschafft, sorry.

Birgit Hesse
""", cte="8bit")


@mail("NORMAL", "en", "adjuster-to-insurer",
      "adjuster thanks for the cooperation and proposes an annual review; no case data")
def m200():
    return build(200, "James Pryce <james.pryce@crawbridge-adjusters.example>", INTL,
                 "Thank you and annual review", "2026-04-09 16:30",
                 """Dear Ayse,

thank you for the smooth cooperation on the recent files. Could we
schedule our annual review in May? I would suggest discussing response
times, reporting formats and fee levels for 2027.

Best regards
James Pryce
""", cte="7bit", tz="Europe/London")


if __name__ == "__main__":
    main()
