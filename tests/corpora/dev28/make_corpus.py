#!/usr/bin/env python3
"""Siegel development corpus 28 (corpora/dev28) - deterministic generator.

Emphasis: brokers, companies and group business, and the insurer's back office.

All persons, firms, numbers and addresses are fictitious.  The fictitious
insurer is the "Kranich Versicherungsgruppe" (domain kranich-versicherung.example)
with Kranich Lebensversicherung AG, Kranich Krankenversicherung AG and
Kranich Allgemeine Versicherung AG.

Usage:
    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds in memory, compares, validates, prints stats

Every mail below is written out on its own (section MAILS).  The helper code
only turns the written text into MIME and office files.
"""
import csv
import datetime as _dt
import hashlib
import io
import os
import random
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "28"
SEED = 28
BERLIN = ZoneInfo("Europe/Berlin")
FIXED = _dt.datetime(2026, 1, 15, 9, 30, 0)
ZIPTIME = (2026, 1, 15, 9, 30, 0)

# --------------------------------------------------------------------------
# helpers: dates, ids
# --------------------------------------------------------------------------

def fmt_date(s):
    """'2026-03-04 09:15' (German local time) -> RFC 5322 date string."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)
    off = d.utcoffset()
    sign = "+" if off >= _dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
           "Oct", "Nov", "Dec"][d.month - 1]
    return "%s, %02d %s %d %02d:%02d:00 %s%02d%02d" % (
        days, d.day, mon, d.year, d.hour, d.minute, sign, mins // 60, mins % 60)


def msgid(key, date, domain):
    h = hashlib.sha1(("dev28/" + key).encode()).hexdigest()[:12]
    stamp = date.replace("-", "").replace(" ", "").replace(":", "")
    return "<%s.%s@%s>" % (stamp, h, domain)


# --------------------------------------------------------------------------
# helpers: attachments (deterministic)
# --------------------------------------------------------------------------

def _normalize_zip(data):
    """Rewrite a ZIP container with fixed member times, same order/compression."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            data_m = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                data_m = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                rb"\g<1>2026-01-15T09:30:00Z\g<2>", data_m)
            dst.writestr(zi, data_m)
    return out.getvalue()


def xlsx(sheets, title=None, author="Kranich Versicherungsgruppe"):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return _normalize_zip(buf.getvalue())


def docx(paras, title=None, author="Kranich Versicherungsgruppe", table=None):
    """paras: list of str; a str starting with '# ' is a heading.
    table: optional list of rows appended after the paragraphs."""
    import docx as _docx
    d = _docx.Document()
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _normalize_zip(buf.getvalue())


def odt(paras, title=None):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf import dc, meta
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    if title:
        doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text="2026-01-15T09:30:00"))
    buf = io.BytesIO()
    doc.write(buf)
    return _normalize_zip(buf.getvalue())


def ods(rows, sheet="Tabelle1", title=None):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    from odf import dc, meta
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
    for r in rows:
        tr = TableRow()
        for v in r:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                tc = TableCell(valuetype="float", value=v)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(v)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    if title:
        doc.meta.addElement(dc.Title(text=title))
    doc.meta.addElement(meta.CreationDate(text="2026-01-15T09:30:00"))
    buf = io.BytesIO()
    doc.write(buf)
    return _normalize_zip(buf.getvalue())


_PDF_MAP = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"',
            "\u201d": '"', "\u2019": "'", "\u2018": "'", "\u20ac": "EUR",
            "\u2026": "...", "\u2022": "-", "\u00a0": " ", "\u2192": "->"}


def pdf(title, lines, author="Kranich Versicherungsgruppe"):
    """A simple one-column PDF with a real text layer (Helvetica)."""
    from fpdf import FPDF
    def clean(s):
        for a, b in _PDF_MAP.items():
            s = s.replace(a, b)
        return s
    p = FPDF()
    p.set_creation_date(_dt.datetime(2026, 1, 15, 9, 30, tzinfo=_dt.timezone.utc))
    p.set_author(author)
    p.set_title(clean(title))
    p.set_producer("Kranich DocServer 4.2")
    p.set_creator("Kranich DocServer 4.2")
    p.add_page()
    p.set_font("Helvetica", "B", 13)
    p.multi_cell(0, 7, clean(title), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_font("Helvetica", "", 10)
    for ln in lines:
        if ln.startswith("## "):
            p.set_font("Helvetica", "B", 10)
            p.multi_cell(0, 5, clean(ln[3:]), new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", "", 10)
        elif ln == "":
            p.ln(3)
        else:
            p.multi_cell(0, 5, clean(ln), new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def csvb(rows, sep=";", enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(enc)


def zipb(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return out.getvalue()


def ics(text):
    """text with LF line ends -> CRLF bytes."""
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# odfpy registers XML namespaces globally on first use; warm it up once so
# that every document written afterwards carries the same declarations.
for _w in range(2):
    odt(["warm-up"])
    ods([["warm-up", 1]])


CT = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "csv": ("text", "csv"),
    "ics": ("text", "calendar"),
    "zip": ("application", "zip"),
    "txt": ("text", "plain"),
}


# --------------------------------------------------------------------------
# helpers: messages
# --------------------------------------------------------------------------

def _set_text(part, text, subtype="plain", charset="utf-8", cte=None, flowed=False):
    text = text.replace("\r\n", "\n")
    params = {"format": "flowed"} if flowed else None
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)


def build(key, date, frm, to, subject, body=None, html=None, cc=None,
          charset="utf-8", cte=None, flowed=False, atts=(), headers=None,
          reply_to=None, in_reply_to=None, domain=None, html_charset=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = fmt_date(date)
    if domain is None:
        domain = frm.split("@")[-1].rstrip(">").strip()
    m["Message-ID"] = msgid(key, date, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        _set_text(m, body, "plain", charset, cte, flowed)
        h = EmailMessage(policy=SMTP)
        _set_text(h, html, "html", html_charset or charset, cte)
        m.make_alternative()
        m.attach(h)
    elif html is not None:
        _set_text(m, html, "html", html_charset or charset, cte)
    else:
        _set_text(m, body, "plain", charset, cte, flowed)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fname, data = a[0], a[1]
        ctype = a[2] if len(a) > 2 and a[2] else None
        if ctype is None:
            ctype = "/".join(CT[fname.rsplit(".", 1)[-1].lower()])
        mt, st = ctype.split("/")
        if mt == "text":
            cs = a[3] if len(a) > 3 else "utf-8"
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname,
                             params={"charset": cs})
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    _strip_part_mime_version(m, True)
    # deterministic boundaries
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            h = hashlib.sha1(("%s/%d" % (key, n)).encode()).hexdigest()[:16]
            part.set_boundary("=_kr28_%s_%d" % (h, n))
    return m


def _strip_part_mime_version(m, is_root):
    if not is_root and "MIME-Version" in m:
        del m["MIME-Version"]
    if m.is_multipart():
        for p in m.get_payload():
            if m.get_content_type() == "message/rfc822":
                _strip_part_mime_version(p, True)
            else:
                _strip_part_mime_version(p, False)


def fwd(key, date, frm, to, subject, body, charset="utf-8", cte=None, atts=(), cc=None):
    """A complete message to be attached as message/rfc822."""
    return build("fwd/" + key, date, frm, to, subject, body=body, charset=charset,
                 cte=cte, atts=atts, cc=cc)


MAILS = []


def mail(key, label, lang, kind, reason, msg):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), key
    assert lang in ("de", "en"), key
    assert "\t" not in reason and "\n" not in reason, key
    assert all(k != key for k, *_ in MAILS), "duplicate key " + key
    MAILS.append((key, label, lang, kind, reason, msg))


# Staff of the insurer (the same person always signs the same way)
K = "kranich-versicherung.example"

SIG_HOLTKAMP = """\
--
Jana Holtkamp
Maklerbetreuung Nord | Kranich Versicherungsgruppe
Ballindamm 61, 20095 Hamburg
Tel. +49 40 8841-2270 | jana.holtkamp@kranich-versicherung.example
"""

SIG_OZDEMIR = """\
--
Mit freundlichen Grüßen
Selin Özdemir
bAV-Service / Firmenkunden Leben
Kranich Lebensversicherung AG
Telefon 040 8841-3315
"""

SIG_BRUECKNER = """\
Viele Grüße
Torsten Brückner
Firmenkunden Komposit – Underwriting Haftpflicht/Technik
Kranich Allgemeine Versicherung AG
T +49 40 8841-4402  M +49 171 5520 913
"""

SIG_LINDQVIST = """\
Best regards,
Maren Lindqvist
Reinsurance & Capital Management
Kranich Versicherungsgruppe | Ballindamm 61 | 20095 Hamburg | Germany
+49 40 8841-1190
"""

SIG_PAWLAK = """\
Freundliche Grüße
Dorota Pawlak
Forderungsmanagement / Inkasso
Kranich Versicherungsgruppe
Durchwahl -5530
"""

SIG_RIEDESEL = """\
Mit freundlichen Grüßen

Dr. Konstantin Riedesel
Leistung Unfall / Gruppenunfall
Kranich Allgemeine Versicherung AG
Telefon 040 8841-6120 · Fax 040 8841-6199
"""

SIG_BAUMGARTL = """\
Gruß
Henrike Baumgartl
Gruppenversicherung Kranken (bKV)
Kranich Krankenversicherung AG | -7741
"""

SIG_OKAFOR = """\
Kind regards
Chidi Okafor
International Group Business | Kranich Versicherungsgruppe
Ballindamm 61, 20095 Hamburg
Phone +49 40 8841-2915
"""

SIG_VOGELSANG = """\
Beste Grüße
Piet Vogelsang
Schaden Kfz-Flotte
Kranich Allgemeine Versicherung AG
Tel. 040 8841-5108
"""

SIG_KRUSE = """\
Mit freundlichen Grüßen
Annelie Kruse
Antrag & Risikoprüfung Leben/BU
Kranich Lebensversicherung AG
"""

SIG_STEINHOFF = """\
Freundliche Grüße
Malte Steinhoff
Landwirtschaft & Agrar
Kranich Allgemeine Versicherung AG
Tel. 040 8841-4877
"""

SIG_AMBROS = """\
Viele Grüße
Felicitas Ambros
Personalabteilung | Kranich Versicherungsgruppe
Tel. -1045
"""

SIG_YILMAZ_IT = """\
Gruß
Deniz Yılmaz
IT-Service Desk | Kranich Versicherungsgruppe
Tel. -9000 (Hotline)
"""

SIG_HARTUNG = """\
Mit freundlichen Grüßen
Lorenz Hartung
Kundenservice Privatkunden Komposit
Kranich Allgemeine Versicherung AG
Ballindamm 61 · 20095 Hamburg · Tel. 040 8841-0
"""

DISCLAIMER_K = """\
____________________________________________________________
Kranich Versicherungsgruppe · Ballindamm 61 · 20095 Hamburg
Kranich Allgemeine Versicherung AG, Amtsgericht Hamburg HRB 70411
Kranich Lebensversicherung AG, Amtsgericht Hamburg HRB 70412
Kranich Krankenversicherung AG, Amtsgericht Hamburg HRB 70413
Vorstand: Dr. Gesine Harms (Vors.), Ole Terhorst, Björn Wiechmann
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail.
"""


# ==========================================================================
# MAILS
# ==========================================================================

# --------------------------------------------------------------------------
# Brokers: switches, eVB, portfolio transfers, commission, follow-ups
# --------------------------------------------------------------------------

mail("brk_kfz_switch_ehlers", "CONFIDENTIAL", "de", "broker-to-insurer",
     "sole-trader broker asks for an eVB for a named client with birth date, VIN and new car; motor line, no health data",
     build("brk_kfz_switch_ehlers", "2026-02-09 08:47",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "kfz-makler@kranich-versicherung.example",
           "eVB + Fahrzeugwechsel Pahlke",
           body="""\
Moin zusammen,

für meine Kundin

  Gudrun Pahlke, geb. 14.07.1986
  Am Sande 17, 21335 Lüneburg
  bisheriger Vertrag KF-31-7720154 (Skoda Fabia, LG-GP 86)

brauche ich bitte eine eVB für das Nachfolgefahrzeug. Die Zulassung ist
am Donnerstag früh, daher wäre heute noch super.

Neues Fahrzeug: VW ID.3 Pro, FIN WVWZZZE1ZRP047731, Erstzulassung
neu, Kennzeichen wird wieder LG-GP 86 (Wunschkennzeichen wird übernommen).
Haftpflicht + Vollkasko 500/150 wie bisher, SF 9 / SF 7 bleiben.
Jährliche Fahrleistung neu ca. 12.000 km, Garage ja.

Das alte Fahrzeug geht in Zahlung beim Autohaus, Abmeldung erfolgt dort.

Danke & Gruß
Gerd Ehlers

Assekuranzkontor Ehlers e.K.
Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO
Bardowicker Str. 9 · 21335 Lüneburg · Tel. 04131 7719-0
Registernummer D-XK4M-2Q7PL-18
"""))

mail("ins_evb_ehlers", "CONFIDENTIAL", "de", "insurer-to-broker",
     "eVB number for a named client's new car, quotes the broker mail with birth date and VIN",
     build("ins_evb_ehlers", "2026-02-09 10:12",
           "Kfz Maklerservice <kfz-makler@kranich-versicherung.example>",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "AW: eVB + Fahrzeugwechsel Pahlke",
           in_reply_to=msgid("brk_kfz_switch_ehlers", "2026-02-09 08:47", "ak-ehlers.example"),
           body="""\
Hallo Herr Ehlers,

die eVB für Frau Pahlke lautet: 4RT7KQ2

Gültig für den VW ID.3 (FIN WVWZZZE1ZRP047731). Der Vertrag
KF-31-7720154 wird zum Zulassungstag auf das neue Fahrzeug umgestellt,
den Nachtrag bekommen Sie über die Vermittlerpost.

Hinweis: Beim ID.3 gilt in der Vollkasko automatisch der Akku-Baustein
(Allgefahrendeckung Hochvoltspeicher) ohne Mehrbeitrag.

Viele Grüße aus Hamburg
Marlon Teichert
Kfz-Maklerservice, Kranich Allgemeine Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Gerd Ehlers <g.ehlers@ak-ehlers.example>
Gesendet: Montag, 9. Februar 2026 08:47
An: kfz-makler@kranich-versicherung.example
Betreff: eVB + Fahrzeugwechsel Pahlke

Moin zusammen,

für meine Kundin

  Gudrun Pahlke, geb. 14.07.1986
  Am Sande 17, 21335 Lüneburg
  bisheriger Vertrag KF-31-7720154 (Skoda Fabia, LG-GP 86)

brauche ich bitte eine eVB für das Nachfolgefahrzeug. [...]
"""))

_bestand_bv = csvb([
    ["Kunde", "Geburtsdatum", "Vertragsnummer", "Sparte", "Tarif", "Jahresbeitrag", "Hauptfälligkeit"],
    ["Aschenbrenner, Tilo", "03.09.1971", "HR-20-5510381", "Hausrat", "Hausrat Plus", "148,20", "01.04."],
    ["Aschenbrenner, Tilo", "03.09.1971", "KV-88-0047712", "Krankenzusatz", "ZahnPlus 90", "316,80", "01.01."],
    ["Dombrowski, Vera", "27.01.1990", "PH-20-1188402", "Privathaftpflicht", "PHV Komfort", "71,40", "01.06."],
    ["Dombrowski, Vera", "27.01.1990", "LV-44-3302915", "Risikoleben", "RLV Basis", "224,16", "01.09."],
    ["Feldkamp, Ansgar", "19.12.1963", "WG-20-0091277", "Wohngebäude", "WG Premium", "1.102,55", "01.01."],
    ["Feldkamp, Ansgar", "19.12.1963", "UV-50-7720043", "Unfall", "Unfall Aktiv 350", "187,00", "01.01."],
    ["Kretschmar, Lina", "08.05.1995", "KV-88-0102269", "Krankenzusatz", "Ambulant Kompakt", "203,40", "01.07."],
], enc="windows-1252")

mail("brk_bestand_brandes_csv", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "body only asks for a portfolio transfer; only the CSV lists named clients with birth dates and dental/outpatient health, term life and accident contracts",
     build("brk_bestand_brandes_csv", "2026-01-20 14:05",
           "Kerstin Brandes <k.brandes@brandes-voss.example>",
           "Bestandsuebertragung <bestand@kranich-versicherung.example>",
           "Übertragung Betreuungsbestand – Maklerauftrag liegt vor",
           body="""\
Sehr geehrte Damen und Herren,

im Anhang erhalten Sie die Liste der Verträge, für die uns ein
Maklerauftrag vorliegt (Vollmachten werden parallel per Post verschickt).
Wir bitten um Übertragung der Betreuung auf unsere Vermittlernummer
70-1188 und um Bestätigung der übertragenen Verträge.

Mit freundlichen Grüßen

Kerstin Brandes
Geschäftsführerin
Brandes & Voss Versicherungsmakler GmbH
Colonnaden 44 · 20354 Hamburg
HRB 155092 · Amtsgericht Hamburg
""",
           atts=[("Uebertragung_Brandes_Voss_2026-01.csv", _bestand_bv, "text/csv", "windows-1252")]))

_pool_rows = [
    ("Lfd", "Name", "Vorname", "Geb.-Datum", "PLZ", "Vorversicherer", "Sparte", "Vertrags-Nr. alt", "gewünschter Beginn"),
    (1, "Hinrichsen", "Maike", "1979-03-22", "24103", "Nordsee Assekuranz", "Hausrat", "H-774120", "2026-03-01"),
    (2, "Hinrichsen", "Maike", "1979-03-22", "24103", "Nordsee Assekuranz", "PHV", "P-774121", "2026-03-01"),
    (3, "Ćosić", "Damir", "1988-10-04", "24768", "Westfalia Direkt", "Kfz (RD-DC 704)", "K-5590023", "2026-03-01"),
    (4, "Ohlrogge", "Bernd", "1956-07-30", "25524", "Nordsee Assekuranz", "Wohngebäude", "G-118830", "2026-04-01"),
    (5, "Ohlrogge", "Bernd", "1956-07-30", "25524", "Nordsee Assekuranz", "Glas", "G-118831", "2026-04-01"),
    (6, "Sievers-Jahn", "Antje", "1992-01-15", "24837", "Hansa Direkt", "Hundehalter-Haftpflicht", "TH-22093", "2026-03-15"),
]
mail("pool_switch_list_xlsx", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker pool sends switch list (XLSX) with names, ISO birth dates, previous insurers and P&C contracts only; no personal lines",
     build("pool_switch_list_xlsx", "2026-02-16 11:32",
           "FinPool Nord Backoffice <backoffice@finpool-nord.example>",
           "Maklerbetreuung Nord <maklerbetreuung-nord@kranich-versicherung.example>",
           "Sammelumdeckung KW 8 – Partner Friedrichsen Finanz",
           cte="8bit", flowed=True,
           body="""\
Hallo Frau Holtkamp,

anbei wie besprochen die Sammelumdeckung unseres Anbindungspartners \
Friedrichsen Finanz (Kiel) für KW 8. Alle Kunden haben die \
Wechselvollmacht unterschrieben, die Kündigungen bei den Vorversicherern \
laufen über uns.

Bitte die Anträge wie immer mit Poolkennung FPN-0412 anlegen.

Danke und viele Grüße
Ruth Gerdes
Backoffice Komposit
FinPool Nord AG · Holstenplatz 3 · 24103 Kiel
""",
           atts=[("Umdeckung_KW08_Friedrichsen.xlsx",
                  xlsx([("Umdeckung", _pool_rows)], title="Umdeckung KW 8", author="FinPool Nord"))]))

_court_wes = pdf("Courtageabrechnung 02/2026 - Vermittler 70-2241", [
    "Kranich Allgemeine Versicherung AG - Provisionsabrechnung",
    "Vermittlerin: Tamara Wessling, Finanzberatung, Mühlenstraße 12, 48143 Münster",
    "Steuernummer 337/5120/4418 - Abrechnungszeitraum 01.02.2026 - 28.02.2026",
    "",
    "## Einzelpositionen",
    "KF-31-8810442  Brüggemann, Heiko   Kfz-Haftpflicht/VK   AP 2,5 %   41,18 EUR",
    "HR-20-6631907  Tenhagen, Ursula    Hausrat              AP 12,0 %  22,43 EUR",
    "PH-20-2207761  Lübbers, Mats       Privathaftpflicht    AP 15,0 %  13,62 EUR",
    "WG-20-0712270  Sandkühler, Ewald   Wohngebäude          FP 10,0 %  96,05 EUR",
    "RS-60-0440871  Brüggemann, Heiko   Rechtsschutz         AP 15,0 %  49,20 EUR",
    "",
    "Summe Courtage: 222,48 EUR",
    "Stornoreserve (10 %): -22,25 EUR",
    "Auszahlungsbetrag: 200,23 EUR",
    "Überweisung auf: DE63 6705 5414 2570 4907 39 (Kontoinhaberin Tamara Wessling)",
])
mail("ins_courtage_wessling", "CONFIDENTIAL", "de", "insurer-to-broker",
     "only the PDF: commission (income) of a sole-trader broker with her tax number and IBAN, plus named clients with P&C contracts",
     build("ins_courtage_wessling", "2026-03-03 06:15",
           "Provisionsabrechnung <provision@kranich-versicherung.example>",
           "Tamara Wessling <info@wessling-finanz.example>",
           "Ihre Courtageabrechnung Februar 2026",
           body="""\
Guten Tag,

Ihre Courtageabrechnung für den Monat Februar 2026 steht als PDF im Anhang
bereit. Die Gutschrift wird mit Wertstellung 05.03.2026 überwiesen.

Fragen zur Abrechnung richten Sie bitte an provision@kranich-versicherung.example
oder an Ihre Maklerbetreuung.

Diese Nachricht wurde automatisch erstellt.
""" + DISCLAIMER_K,
           atts=[("Courtage_70-2241_2026-02.pdf", _court_wes)]))

_court_bv = pdf("Courtageabrechnung 03/2026 - Brandes & Voss Versicherungsmakler GmbH", [
    "Kranich Lebensversicherung AG / Kranich Krankenversicherung AG",
    "Vermittlernummer 70-1188 - Abrechnung März 2026",
    "",
    "## Abschlusscourtage Leben",
    "LV-44-3318820  Quandel, Merle        SBU Selbständige BU, Rente 1.800 EUR   AP 1.412,30 EUR",
    "LV-44-3319004  Rathjen, Fiete        Risikoleben 250.000 EUR             AP   388,75 EUR",
    "## Abschlusscourtage Kranken",
    "KV-88-0109981  Oltmanns, Grete       Krankenvoll Kompakt 1200            AP   910,80 EUR",
    "KV-88-0110022  Wiebking, Jonte       Krankentagegeld ab 43. Tag 120 EUR  AP   144,00 EUR",
    "## Bestandscourtage",
    "diverse (312 Verträge, siehe Bestandsliste im Portal)                      1.227,14 EUR",
    "",
    "Gesamt: 4.082,99 EUR - Gutschrift an das hinterlegte Geschäftskonto der GmbH",
])
mail("ins_courtage_brandes_pdf", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "body is a one-liner; only the PDF names clients with BU, term life, comprehensive health and daily sickness contracts (personal lines)",
     build("ins_courtage_brandes_pdf", "2026-04-02 06:20",
           "Provisionsabrechnung <provision@kranich-versicherung.example>",
           "Buchhaltung Brandes & Voss <buchhaltung@brandes-voss.example>",
           "Abrechnung 03/2026 – 70-1188",
           body="Anbei Ihre Abrechnung 03/2026. Automatisch erstellt, bitte nicht antworten.\n",
           atts=[("Courtage_70-1188_2026-03.pdf", _court_bv)]))

mail("ins_courtage_summary_rautenberg", "NORMAL", "de", "insurer-to-broker",
     "trap: annual commission summary of a broker GmbH - only counts and totals per line incl. Leben/Kranken/Unfall, plus the GmbH's company IBAN; no client named",
     build("ins_courtage_summary_rautenberg", "2026-01-28 15:40",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Sven Rautenberg <s.rautenberg@rautenberg-makler.example>",
           "Jahresübersicht Courtage 2025 für Ihr Jahresgespräch",
           body="""\
Hallo Herr Rautenberg,

wie versprochen vorab die Zahlen für unser Jahresgespräch am 11. Februar:

Sparte                     Neugeschäft (Stück)   Courtage 2025 (EUR)
Firmen-Sach/Technik                 23                 61.402,17
Betriebshaftpflicht/D&O             31                 48.775,90
Kfz-Flotte                           9                 37.210,05
Gruppenunfall                        6                  8.911,40
bAV Direktversicherung              44                 29.664,12
bKV (Gruppenkranken)                 3                 12.030,00
Summe                              116                197.993,64

Stornoquote (12 Monate): 3,1 % (Vorjahr 4,4 %).
Die Auszahlung erfolgte wie immer auf das Geschäftskonto der Rautenberg
Industriemakler GmbH, DE25 1060 5910 0970 7101 76 – falls sich daran
etwas ändert, bitte rechtzeitig Bescheid geben.

Besonders erfreulich ist die bKV: drei neue Firmenkunden mit zusammen gut
400 versicherten Mitarbeitenden. Gerne sprechen wir im Termin über den
Budgettarif für 2026.

""" + SIG_HOLTKAMP))

mail("brk_bu_followup", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "no medical word, but the broker chases a named client's disability (BU) claim under a life contract",
     build("brk_bu_followup", "2026-03-12 17:58",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "leistung-bu@kranich-versicherung.example",
           "Sachstand BU-Leistungsantrag Trampe – LV-44-2207719",
           charset="iso-8859-1",
           body="""\
Sehr geehrte Damen und Herren,

der BU-Leistungsantrag meines Mandanten Volker Trampe (LV-44-2207719) liegt
Ihnen seit dem 19.12.2025 vollständig vor, die Fragebögen und die
Schweigepflichtentbindung wurden am 07.01.2026 nachgereicht.

Seitdem habe ich nur eine Eingangsbestätigung erhalten. Herr Trampe zahlt
die Beiträge weiterhin und fragt mich verständlicherweise jede Woche, wann
mit einer Entscheidung zu rechnen ist. Bitte teilen Sie mir mit, welche
Unterlagen noch fehlen und bis wann Sie entscheiden. Eine Stundung der
Beiträge bis zur Entscheidung beantrage ich hiermit vorsorglich.

Mit freundlichen Grüßen
Gerd Ehlers
Assekuranzkontor Ehlers e.K.
"""))

_pkv_docx = docx([
    "# Ergänzung zu den Gesundheitsfragen - Antrag Krankenvollversicherung",
    "Antragsteller: Jannik Overbeck, geboren am 21. August 1991, Softwareentwickler (angestellt, Gehalt 78.500 EUR p.a.)",
    "Vorversicherung: GKV (Techniker), Wechsel zum 01.05.2026",
    "## Frage 3 - Behandlungen in den letzten 3 Jahren",
    "2024: Physiotherapie 12 Einheiten wegen Lumbago (M54.5), Hausarzt Dr. Reuter, Münster. Beschwerdefrei seit 09/2024.",
    "2023: Allergologische Testung, saisonale Rhinitis (Heuschnupfen, Birke/Gräser), Cetirizin bei Bedarf.",
    "## Frage 5 - Zähne",
    "2 Kronen (16, 36), keine laufende Behandlung, kein Heil- und Kostenplan.",
    "## Frage 7 - Psychotherapie",
    "Nein.",
    "Münster, 18.03.2026 - gez. J. Overbeck",
], title="Gesundheitsfragen Overbeck", author="Wessling Finanzberatung")
mail("brk_pkv_antrag_wessling", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "body names the applicant for comprehensive health insurance; the DOCX holds his health answers (M54.5, allergy, dental) and salary",
     build("brk_pkv_antrag_wessling", "2026-03-18 19:22",
           "Tamara Wessling <info@wessling-finanz.example>",
           "Antrag Kranken <antrag-kranken@kranich-versicherung.example>",
           "Antrag KV Overbeck – Ergänzung Gesundheitsfragen",
           body="""\
Guten Abend,

zum Antrag von Herrn Overbeck (Krankenvoll, Tarif KV Select 600, Beginn
01.05.) sende ich die ausführliche Beantwortung der Gesundheitsfragen als
Word-Datei. Arztbericht zur Physiotherapie kann nachgereicht werden.

Beste Grüße
Tamara Wessling
Finanzberatung · Mühlenstraße 12 · 48143 Münster
""",
           atts=[("Gesundheitsfragen_Overbeck.docx", _pkv_docx)]))

mail("ins_uw_bu_exclusion", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "underwriting decision on a named applicant's BU application with an exclusion for a knee condition",
     build("ins_uw_bu_exclusion", "2026-02-24 13:41",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Nils Voss <n.voss@brandes-voss.example>",
           "Antrag SBU Hartwig – Annahme mit Klausel",
           body="""\
Hallo Herr Voss,

wir haben den Antrag von Frau Leonie Hartwig (Antrag A-26-0041187,
Physiotherapeutin, BU-Rente 1.500 EUR) geprüft.

Wegen des Zustands nach vorderer Kreuzbandplastik links (2022) mit
anschließender Meniskusteilresektion können wir nur mit folgender
Ausschlussklausel annehmen:

  "Vom Versicherungsschutz ausgeschlossen ist Berufsunfähigkeit, die
  ursächlich auf Erkrankungen oder Verletzungen des linken Kniegelenks
  einschließlich ihrer Folgen zurückzuführen ist."

Ein Risikozuschlag entfällt. Sollte Frau Hartwig in drei Jahren
beschwerdefrei sein, prüfen wir die Klausel auf Antrag gern erneut
(aktueller Befund des Orthopäden genügt).

Bitte lassen Sie uns die Zustimmung der Kundin bis 20.03. zukommen.

""" + SIG_KRUSE))

mail("brk_risikovoranfrage_anon", "NORMAL", "de", "broker-to-insurer",
     "trap: anonymous underwriting pre-enquiry - asthma and medication, but no name, birth date or other identifier (age and job only)",
     build("brk_risikovoranfrage_anon", "2026-01-13 09:03",
           "Nils Voss <n.voss@brandes-voss.example>",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "anonyme Risikovoranfrage BU",
           body="""\
Hallo Frau Kruse,

bitte einmal anonym einschätzen, bevor ich einen Antrag stellen lasse:

- männlich, 41 Jahre, Bürokaufmann (100 % Schreibtisch)
- Asthma bronchiale seit Kindheit, Kontrolle über Inhalator (ICS/LABA),
  letzte Exazerbation 2019, keine stationären Aufenthalte
- Nichtraucher, BMI 24
- gewünschte BU-Rente 2.000 EUR, Endalter 67

Reicht Ihnen der Fragebogen Atemwege, oder brauchen Sie bereits für das
Votum einen Lungenfunktionsbefund?

Danke und Gruß
Nils Voss
Brandes & Voss Versicherungsmakler GmbH
"""))

_arzt_schw = pdf("Arztbrief - Gastroenterologische Praxis am Dom", [
    "Patient: Kilian Schwertfeger, geb. 02.11.1984",
    "Datum: 04.12.2025",
    "",
    "Diagnosen: Morbus Crohn (K50.0) mit Ileitis terminalis, ED 2017",
    "Aktuelle Therapie: Vedolizumab 300 mg i.v. alle 8 Wochen, seit 2021 klinische Remission",
    "Letzte Koloskopie 10/2025: keine Aktivität, keine Stenosen",
    "Keine Operationen, keine extraintestinalen Manifestationen.",
    "Arbeitsunfähigkeitszeiten: 2024 keine, 2025 5 Tage (Infusionsreaktion)",
    "",
    "Mit freundlichen kollegialen Grüßen",
    "Dr. med. Hedwig Lauterbach, Fachärztin für Innere Medizin und Gastroenterologie",
])
mail("brk_risikovoranfrage_named", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "named pre-enquiry with birth date; doctor's letter PDF with Crohn's disease (K50.0) and medication",
     build("brk_risikovoranfrage_named", "2026-01-27 16:44",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Voranfrage Risikoleben Schwertfeger",
           body="""\
Hallo Frau Kruse,

Voranfrage RLV 300.000 EUR / 25 Jahre für Herrn Kilian Schwertfeger,
geb. 02.11.1984, Vermessungstechniker. Er hat Morbus Crohn, seit Jahren
stabil. Arztbrief hängt an. Wäre Normalannahme oder Zuschlag realistisch?

Gruß Gerd Ehlers
""",
           atts=[("Arztbrief_Schwertfeger.pdf", _arzt_schw)]))

mail("brk_en_dno_claim", "CONFIDENTIAL", "en", "broker-to-insurer",
     "D&O claim notification naming a former CFO (natural person) as insured person, policy number and allegations; civil matter, no health data",
     build("brk_en_dno_claim", "2026-03-05 12:18",
           "Oliver Pennington <o.pennington@harrowgate-brokers.example>",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Notification of Claim - Vantor Holdings GmbH - D&O policy DO-2025-00418",
           body="""\
Dear Sophie,

On behalf of our client Vantor Holdings GmbH we hereby give notice of a
claim under D&O policy DO-2025-00418 (period 01/07/2025 - 30/06/2026).

On 2 March 2026 the company's minority shareholder, Ostrava Capital s.r.o.,
served a letter before action on the former Chief Financial Officer,
Mr Bastian Quirrenbach (in office until 31 October 2025). The letter
alleges breach of duty in connection with an unhedged currency position
that led to a loss of approx. EUR 3.4m in Q3 2025, and demands
compensation from Mr Quirrenbach personally.

Mr Quirrenbach has instructed Dr. Theresa Mainka of Mainka Lorenz
Rechtsanwälte and requests cover for defence costs. The letter before
action and the engagement letter are attached to the broker portal
upload ref. HSB-26-0311.

Please confirm receipt and let us know if you require anything further
for your coverage position.

Kind regards,
Oliver Pennington
Senior Broker, Financial Lines
Harrowgate Specialty Brokers Ltd | 14 Mincing Lane | London EC3R 7AA
"""))

mail("ins_en_dno_product", "NORMAL", "en", "insurer-to-broker",
     "trap: D&O product overview for brokers - criminal defence costs, bodily injury exclusion, mental-anguish wording; no client or insured person",
     build("ins_en_dno_product", "2026-01-22 10:00",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Oliver Pennington <o.pennington@harrowgate-brokers.example>",
           "Kranich D&O Select 2026 - key changes",
           body="""\
Dear Oliver,

As promised on the phone, a short overview of what changes in our
D&O Select wording from 1 April 2026:

1. Criminal and administrative defence costs: sub-limit raised from
   25 % to 50 % of the limit of indemnity; no longer subject to the
   retention.
2. Bodily injury / property damage exclusion: carve-back for
   "mental anguish and emotional distress" in employment practices claims
   and for corporate manslaughter defence costs.
3. Insured persons now include shadow directors and employees named
   as co-defendants, and spouses/estates of insured persons.
4. Extended reporting period: 12 months automatic, 72 months optional
   for run-off.
5. Cyber exclusion rewritten in line with the LMA model wording.

Pricing is unchanged for renewals with turnover below EUR 250m. I'll
send the full wording and the proposal form as soon as legal has signed
off the German version.

Best,
Sophie

Sophie Marquardt
Underwriter Financial Lines (D&O / Cyber)
Kranich Allgemeine Versicherung AG
"""))

mail("brk_courtage_storno_ehlers", "CONFIDENTIAL", "de", "broker-to-insurer",
     "sole-trader broker disputes a commission chargeback: his own commission amounts and a named client's cancelled motor contract",
     build("brk_courtage_storno_ehlers", "2026-04-14 20:37",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "provision@kranich-versicherung.example",
           "Widerspruch Rückbelastung – Abrechnung 03/2026",
           cte="8bit", flowed=True,
           body="""\
Guten Abend,

in meiner Abrechnung 03/2026 wurden mir 186,40 EUR für den Vertrag \
KF-31-7693318 (Kunde Rüdiger Hollmann, Adendorf) rückbelastet. Das ist \
nicht nachvollziehbar: Herr Hollmann hat nicht gekündigt, sein Fahrzeug \
wurde am 27.02. gestohlen (Diebstahlanzeige liegt Ihnen vor), der \
Vertrag endet also wegen Wagniswegfall. Dafür gibt es nach unserer \
Courtagevereinbarung keine Stornohaftung.

Zusammen mit der Rückbelastung aus 02/2026 (92,10 EUR) fehlen mir damit \
278,50 EUR – bei meinem Umsatz ist das kein Pappenstiel. Ich bitte um \
Korrektur mit der nächsten Abrechnung.

Gruß
Gerd Ehlers
"""))

mail("brk_callback_voss", "NORMAL", "de", "broker-to-insurer",
     "short call-back request about commercial tariffs; no client data",
     build("brk_callback_voss", "2026-02-02 07:51",
           "Nils Voss <n.voss@brandes-voss.example>",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "Rückruf?",
           body="""\
Moin Herr Brückner, können Sie mich heute zw. 14 und 16 Uhr kurz anrufen? Geht um die neuen Handwerker-Tarife, hab da 2-3 Verständnisfragen bevor ich Angebote rechne. 0170 4418 229

Gesendet von meinem iPhone
"""))

mail("sys_otp_broker_user", "NORMAL", "de", "insurer-to-broker",
     "portal one-time password for a new broker user; a credential, but no personal data category from the SPEC",
     build("sys_otp_broker_user", "2026-02-03 08:02",
           "Kranich Vermittlerportal <no-reply@kranich-versicherung.example>",
           "n.voss@brandes-voss.example",
           "Ihr Einmal-Passwort für das Kranich Vermittlerportal",
           body="""\
Guten Tag,

Ihr Makleradministrator hat für Sie einen Zugang zum Kranich
Vermittlerportal angelegt.

Ihr Einmal-Passwort lautet:   Kv7-pR2m-94xQ

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das
Einmal-Passwort ist 72 Stunden gültig. Nach der ersten Anmeldung legen
Sie ein eigenes Passwort und eine Sicherheitsfrage fest.

Wir werden Sie niemals telefonisch oder per E-Mail nach Ihrem Passwort
fragen.

Ihr Kranich Vermittlerportal
(automatisch erzeugte Nachricht – Antworten werden nicht gelesen)
"""))

mail("brk_admin_add_user", "NORMAL", "de", "broker-to-insurer",
     "firm administrator asks for a new user with portfolio rights; business contact details only",
     build("brk_admin_add_user", "2026-01-30 12:26",
           "Kerstin Brandes <k.brandes@brandes-voss.example>",
           "Maklerbetreuung Nord <maklerbetreuung-nord@kranich-versicherung.example>",
           "Neuer Portal-User + Sperrung",
           body="""\
Hallo Frau Holtkamp,

zwei Dinge fürs Portal:

1) Bitte legen Sie Herrn Nils Voss (n.voss@brandes-voss.example) als
   Benutzer mit Bestandsrechten an. Er ist seit 1.1. zweiter
   Geschäftsführer. Ich selbst bin ja Makleradministratorin, aber die
   Funktion "Benutzer anlegen" ist bei mir ausgegraut.
2) Unsere Auszubildende Frau Pieper hat uns zum 31.01. verlassen –
   Benutzer bpieper bitte sofort sperren.

Danke!
Kerstin Brandes
"""))

mail("pool_newsletter_bu_classes", "NORMAL", "de", "newsletter",
     "trap: broker-pool newsletter on new BU occupation classes and claim-cause statistics (psychiatric disorders 34 %), no individual",
     build("pool_newsletter_bu_classes", "2026-03-02 07:00",
           "FinPool Nord Partner-Info <newsletter@finpool-nord.example>",
           "partner-verteiler@finpool-nord.example",
           "Pool-Info 05/2026: Neue BU-Berufsgruppen bei Kranich, Gesundheitsfragen im Vergleich",
           html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Pool-Info 05/2026</h2>
<h3>1. Kranich Leben: neue Berufsgruppen in der BU ab 01.04.</h3>
<p>Kranich stuft 140 Berufe neu ein. Gewinner sind u.&nbsp;a. Pflegefachkräfte mit
Leitungsfunktion (neu BG 2 statt 3), Physiotherapeuten (BG 2+) und
Elektroniker für Betriebstechnik (BG 3 statt 4). Verlierer: Berufskraftfahrer
(BG 4+).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Leistungsursache BU (Marktdurchschnitt 2025)</th><th>Anteil</th></tr>
<tr><td>Psychische Erkrankungen</td><td>34 %</td></tr>
<tr><td>Erkrankungen des Skelett- und Bewegungsapparats</td><td>19 %</td></tr>
<tr><td>Krebs und andere bösartige Geschwülste</td><td>17 %</td></tr>
<tr><td>Unfälle</td><td>8 %</td></tr>
<tr><td>Herz- und Gefäßerkrankungen</td><td>7 %</td></tr>
</table>
<h3>2. Gesundheitsfragen im Vergleich</h3>
<p>Unser Vergleichsrechner zeigt jetzt, welcher Versicherer nach ambulanten
Psychotherapien fragt (3 oder 5 Jahre) und wer Heuschnupfen, Brillen und
Zahnkorrekturen bis 18 ausklammert.</p>
<h3>3. Termine</h3>
<p>Webinar "BU für Azubis" am 17.03., 10 Uhr – Anmeldung im Partnerportal.</p>
<p style="font-size:small">FinPool Nord AG · Holstenplatz 3 · 24103 Kiel ·
<a href="https://finpool-nord.example/abmelden">Newsletter abbestellen</a></p>
</body></html>
"""))

mail("brk_en_pmi_maternity", "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
     "broker asks to add maternity cover for a named expat client who is 14 weeks pregnant, with her health policy number",
     build("brk_en_pmi_maternity", "2026-02-19 15:27",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Maternity add-on for Mrs Gallagher - KV-91-0031260",
           body="""\
Hi Chidi,

quick one for our client Siobhan Gallagher (international health plan
KV-91-0031260, insured since 1 Sept 2024 via her employer's group scheme,
now individual continuation).

She has just told us that she is 14 weeks pregnant (due date mid-August)
and would like to add the maternity module. Two questions:

1. Does the 10-month waiting period still apply, given that she was
   covered under the group scheme without maternity for 16 months?
2. If it applies, would antenatal scans and the delivery in Hamburg be
   covered under the in-patient benefit at all, or only complications?

She also mentioned gestational diabetes in her first pregnancy (2022) -
I assume you will need the GP's notes for that?

Thanks a lot,
Aoife

Aoife Brennan
Account Executive, Private Clients
Lakeside Risk Partners | 3 Grand Canal Quay | Dublin 2
"""))

# --------------------------------------------------------------------------
# Employers / HR: bAV, bKV, group accident, group life, income protection
# --------------------------------------------------------------------------

_lammert_joiners = [
    ("Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto mtl. (EUR)",
     "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Tarif"),
    ("10482", "Zurawski", "Emil", "11.02.1998", "01.02.2026", "3.420,00", "180,00", "27,00", "DV Klassik"),
    ("10485", "Tiedemann", "Rieke", "30.06.2001", "01.02.2026", "2.890,00", "100,00", "15,00", "DV Klassik"),
    ("10491", "Okonkwo", "Samuel", "07.09.1987", "15.02.2026", "4.150,00", "250,00", "37,50", "DV Fonds Chance"),
    ("10493", "Meinhold", "Kai-Uwe", "22.12.1969", "01.03.2026", "5.020,00", "322,00", "48,30", "DV Klassik"),
]
mail("hr_bav_joiners_lammert", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer's HR sends new joiners for company pension (direct life insurance): XLSX with names, birth dates, salaries, salary conversion - life line",
     build("hr_bav_joiners_lammert", "2026-02-26 10:08",
           "Sabine Teuber <s.teuber@lammert-metallbau.example>",
           "bAV-Service <bav-service@kranich-versicherung.example>",
           "Neuanmeldungen Direktversicherung Februar/März",
           body="""\
Guten Morgen Frau Özdemir,

anbei die Neuanmeldungen für den Gruppenvertrag GV-12-0087 (Gebr. Lammert
Metallbau GmbH). Die Entgeltumwandlungsvereinbarungen sind unterschrieben
und liegen in der Personalakte, Kopien schicke ich per Post.

Bei Herrn Meinhold bitte prüfen, ob die 322 EUR noch in den steuerfreien
Rahmen passen – er hat aus einem früheren Arbeitsverhältnis noch eine
Direktversicherung, die er fortführen möchte.

Viele Grüße
Sabine Teuber
Personal / Lohnbuchhaltung
Gebr. Lammert Metallbau GmbH · Eckendorfer Str. 140 · 33609 Bielefeld
""",
           atts=[("Neuanmeldungen_bAV_2026-02.xlsx",
                  xlsx([("Neuanmeldungen", _lammert_joiners)], author="S. Teuber"))]))

mail("ins_bav_confirm_lammert", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "no medical word, but confirms a named employee's direct life insurance (bAV) with policy number and salary-conversion amounts",
     build("ins_bav_confirm_lammert", "2026-03-04 14:22",
           "Selin Özdemir <selin.oezdemir@kranich-versicherung.example>",
           "Sabine Teuber <s.teuber@lammert-metallbau.example>",
           "Policierung Zurawski / Tiedemann – GV-12-0087",
           body="""\
Sehr geehrte Frau Teuber,

die Direktversicherungen für

  Herrn Emil Zurawski     Vers.-Nr. LV-12-0087-0412   Beginn 01.02.2026
  Frau Rieke Tiedemann    Vers.-Nr. LV-12-0087-0413   Beginn 01.02.2026

sind policiert. Beitrag Herr Zurawski 207,00 EUR (180,00 EU + 27,00 AG),
Frau Tiedemann 115,00 EUR. Die Versicherungsscheine gehen an die Firma,
bitte leiten Sie je ein Exemplar an die Mitarbeitenden weiter.

Für Herrn Okonkwo und Herrn Meinhold folgt die Policierung nächste Woche;
bei Herrn Meinhold warten wir noch auf die Vertragsnummer der
Vordirektversicherung.

""" + SIG_OZDEMIR))

mail("hr_bav_salary_change", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "short HR mail: change of a named employee's salary conversion into her bAV contract with new salary - life line, no medical word",
     build("hr_bav_salary_change", "2026-04-01 13:55",
           "Sabine Teuber <s.teuber@lammert-metallbau.example>",
           "bav-service@kranich-versicherung.example",
           "Änderung EU Kiel, Ramona",
           body="""\
Hallo,

Frau Ramona Kiel (LV-12-0087-0277) ist zum 01.04. Teamleiterin Einkauf
geworden, neues Bruttogehalt 4.780 EUR. Sie möchte die Entgeltumwandlung
von 150 auf 250 EUR erhöhen, AG-Zuschuss dann 37,50 EUR. Bitte ab Mai
umstellen. Neue Vereinbarung kommt per Post.

Danke, S. Teuber
"""))

mail("hr_bkv_leavers_nordlicht", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "leavers list for the employer's group health insurance (bKV): named employees and exit dates, no medical word - health line",
     build("hr_bkv_leavers_nordlicht", "2026-02-02 09:31",
           "Lena Kasprzak <lena.kasprzak@nordlicht-sw.example>",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "bKV Abmeldungen Januar – Nordlicht Software AG (GK-88-3140)",
           cte="8bit", flowed=True,
           body="""\
Hallo Frau Baumgartl,

folgende Mitarbeitende sind ausgeschieden und bitte aus der \
betrieblichen Krankenversicherung (Gruppenvertrag GK-88-3140, \
Budgettarif 900) abzumelden:

- Fabian Görtz, Personalnr. 2231, Austritt 31.01.2026
- Mirja Haselhorst, Personalnr. 2098, Austritt 31.01.2026
- Yusuf Demirtaş, Personalnr. 2305, Austritt 15.01.2026 (Probezeit)

Frau Haselhorst hat gefragt, ob sie die Zahnleistungen privat \
weiterführen kann – schicken Sie ihr bitte die Infos zur \
Fortführung direkt (privat: Lindenallee 7, 22869 Schenefeld)?

Beste Grüße
Lena Kasprzak
People & Culture · Nordlicht Software AG · Hamburg
"""))

_sonnenau_enrol = [
    ("Name", "Vorname", "geb.", "Eintritt", "Tarif", "Vorerkrankungen / laufende Behandlungen (Frage 1-3)", "Zahnersatz geplant"),
    ("Brinkschulte", "Hanna", "1985-04-02", "01.03.2026", "bKV Pflege Plus", "keine", "nein"),
    ("Yıldırım", "Esra", "1993-11-19", "01.03.2026", "bKV Pflege Plus", "Hashimoto-Thyreoiditis, L-Thyroxin 75 µg", "nein"),
    ("Pohlmann", "Ralf", "1971-08-08", "01.03.2026", "bKV Pflege Plus", "Bandscheibenvorfall HWS 2023, Physiotherapie lfd.", "ja, Brücke 35-37"),
    ("Adeyemi", "Grace", "1990-02-27", "15.03.2026", "bKV Pflege Plus", "keine", "nein"),
    ("Lüttje", "Sönke", "1968-05-13", "15.03.2026", "bKV Pflege Plus", "Diabetes Typ 2 (E11.9), Metformin", "nein"),
]
mail("hr_bkv_enrolment_preex", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "body says only 'Anmeldeliste'; the XLSX lists named late joiners with birth dates and pre-existing conditions (Hashimoto, E11.9, disc prolapse) for group health",
     build("hr_bkv_enrolment_preex", "2026-02-20 15:48",
           "Ilka Wendt <verwaltung@pflegedienst-sonnenau.example>",
           "bKV Anmeldung <bkv@kranich-versicherung.example>",
           "Anmeldeliste März",
           body="""\
Hallo, anbei unsere Anmeldeliste für März.
Die Spalte mit den Gesundheitsfragen haben die Mitarbeiter selbst ausgefüllt.
MfG I. Wendt
Pflegedienst Sonnenau gGmbH – Verwaltung
""",
           atts=[("Anmeldeliste_bKV_Maerz_2026.xlsx",
                  xlsx([("März", _sonnenau_enrol)], author="Verwaltung Sonnenau"))]))

_nordlicht_invoice = [
    ("Beitragsrechnung bKV April 2026 - Gruppenvertrag GK-88-3140 - Nordlicht Software AG",),
    ("Personalnr.", "Name", "Tarif", "Beitrag EUR"),
    ("2011", "Albers, Joscha", "Budget 900", 21.90),
    ("2019", "Brenninkmeyer, Tjorven", "Budget 900 + Zahn", 34.40),
    ("2044", "Chmielewski, Agata", "Budget 900", 21.90),
    ("2087", "Dierks, Ole", "Budget 900 + Zahn", 34.40),
    ("2102", "Espinoza, Lucía", "Budget 900", 21.90),
    ("2160", "Frerichs, Bente", "Budget 900 + Zahn", 34.40),
    ("...", "(weitere 183 Personen)", "", ""),
    ("", "Summe", "", 4981.70),
]
mail("ins_bkv_invoice_xlsx", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "premium invoice for group health (bKV) with a per-employee XLSX listing named insured persons and tariffs - health line, no medical word; the company IBAN in the body alone would be harmless",
     build("ins_bkv_invoice_xlsx", "2026-04-03 08:30",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Lena Kasprzak <lena.kasprzak@nordlicht-sw.example>",
           "Beitragsrechnung bKV 04/2026",
           body="""\
Hallo Frau Kasprzak,

anbei die Beitragsrechnung April mit Personenliste (189 Versicherte).
Der Betrag von 4.981,70 EUR wird am 15.04. vom Firmenkonto der Nordlicht
Software AG (DE65 6252 5043 1049 2141 85) eingezogen.

Die drei Abmeldungen aus Ihrer Mail vom 02.02. sind berücksichtigt.

""" + SIG_BAUMGARTL,
           atts=[("bKV_GK-88-3140_2026-04.xlsx",
                  xlsx([("Personenliste", _nordlicht_invoice)]))]))

mail("hr_bu_incapacity_lammert", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer reports that a named employee with employer-funded BU cover is unfit for work after disc surgery L4/L5",
     build("hr_bu_incapacity_lammert", "2026-03-09 11:14",
           "Sabine Teuber <s.teuber@lammert-metallbau.example>",
           "Selin Özdemir <selin.oezdemir@kranich-versicherung.example>",
           "Herr Nowicki – Beitragsbefreiung BUZ?",
           body="""\
Hallo Frau Özdemir,

eine Frage zu Herrn Arkadiusz Nowicki (Schweißer, Vertrag LV-12-0087-0119,
arbeitgeberfinanziert mit BU-Zusatzversicherung):

Herr Nowicki ist seit dem 14.01.2026 arbeitsunfähig. Er wurde im Januar
an der Bandscheibe operiert (L4/L5) und ist jetzt in der Reha in Bad
Salzuflen. Laut seiner Frau rechnet der Arzt nicht damit, dass er wieder
als Schweißer arbeiten kann. Die Lohnfortzahlung endet am 24.02., er
bekommt Krankengeld.

Müssen wir die Beiträge weiterzahlen? Und muss Herr Nowicki den
BU-Antrag selbst stellen oder können wir das als Firma machen?

Danke und Gruß
Sabine Teuber
"""))

mail("hr_en_gip_burnout", "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
     "HR reports a named employee on long-term sick leave for burnout/depression under the group income protection scheme",
     build("hr_en_gip_burnout", "2026-04-20 16:03",
           "Priya Raman <priya.raman@fenwick-data.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Group Income Protection - possible claim (employee 0772)",
           body="""\
Hi Chidi,

I need some guidance on a potential claim under our Group Income
Protection policy GIP-2024-017.

Lukas Emmerich (employee no. 0772, Senior Data Engineer, DOB 08/03/1986,
annual salary EUR 86,000) has been off sick since 10 November 2025. His
GP and a psychiatrist have certified burnout with a moderate depressive
episode; he is in outpatient therapy and was an in-patient at a
psychosomatic clinic in Bad Bramstedt for six weeks in January.

The 26-week deferred period ends on 10 May 2026. He has said he will not
be able to return before summer, if at all in his current role.

What do you need from us and from him to start the claim? Is there a
return-to-work / rehabilitation service we can offer him already now?

Thanks,
Priya

Priya Raman
HR Business Partner | Fenwick Data Systems GmbH
Friedrichstraße 68, 10117 Berlin
"""))

mail("ins_en_gip_claim_reply", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "reply on the income protection claim of a named employee; the diagnosis sits only in the quoted HR mail",
     build("ins_en_gip_claim_reply", "2026-04-21 09:40",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Priya Raman <priya.raman@fenwick-data.example>",
           "RE: Group Income Protection - possible claim (employee 0772)",
           in_reply_to=msgid("hr_en_gip_burnout", "2026-04-20 16:03", "fenwick-data.example"),
           body="""\
Hi Priya,

thanks for letting us know early - that really helps.

For the claim we need:
- the employer's claim form (attached to our portal, section "GIP
  claims"), incl. the job description and the last 12 months' payroll;
- the employee's claim form and his consent to release medical
  information (he should send it directly to us, not via HR);
- the certificates of incapacity since November.

Our vocational rehab partner can contact Mr Emmerich right away if he
agrees - please ask him and send us a phone number he is happy to give.
Benefit would start on 11 May 2026 at 75 % of salary less state
benefits, as per the policy schedule.

""" + SIG_OKAFOR + """
-----Original Message-----
From: Priya Raman <priya.raman@fenwick-data.example>
Sent: Monday, April 20, 2026 4:03 PM
Subject: Group Income Protection - possible claim (employee 0772)

> Lukas Emmerich (employee no. 0772, Senior Data Engineer, DOB 08/03/1986,
> annual salary EUR 86,000) has been off sick since 10 November 2025. His
> GP and a psychiatrist have certified burnout with a moderate depressive
> episode; he is in outpatient therapy [...]
"""))

mail("hr_gu_finger_jablonski", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "sole-trader employer reports a named apprentice's circular-saw injury (fingertip amputation, hospital) under group accident insurance",
     build("hr_gu_finger_jablonski", "2026-01-16 18:22",
           "Tischlerei Jablonski <info@tischlerei-jablonski.example>",
           "unfall-leistung@kranich-versicherung.example",
           "Unfallmeldung Gruppenunfall GU-50-2209",
           charset="windows-1252",
           body="""\
Sehr geehrte Damen und Herren,

hiermit melde ich einen Unfall aus unserer Gruppenunfallversicherung
GU-50-2209.

Verletzter: Felix Brandstätter, Auszubildender Tischler (3. Lehrjahr),
geb. 5.6.2005
Unfalltag: 15.01.2026, ca. 14:30 Uhr, in unserer Werkstatt
Hergang: Beim Zuschnitt an der Formatkreissäge ist er mit der rechten
Hand in das Sägeblatt gekommen. Das Endglied des rechten Zeigefingers
wurde abgetrennt, Mittelfinger tiefe Schnittverletzung mit Sehnenbeteiligung.
Er wurde mit dem RTW ins BG Klinikum Hamburg gebracht und noch am
Abend operiert (Replantation war nicht möglich).

Die Berufsgenossenschaft ist ebenfalls informiert. Bitte teilen Sie mir
mit, welche Formulare ich noch ausfüllen muss.

Mit freundlichen Grüßen
Marek Jablonski
Tischlermeister
Tischlerei Jablonski · Am Felde 3 · 22761 Hamburg · Tel. 040 8906 5521
"""))

mail("ins_gu_invaliditaet_jablonski", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "accident department asks for the medical report on a named apprentice's finger amputation and explains invalidity deadlines",
     build("ins_gu_invaliditaet_jablonski", "2026-01-22 10:35",
           "Dr. Konstantin Riedesel <konstantin.riedesel@kranich-versicherung.example>",
           "Tischlerei Jablonski <info@tischlerei-jablonski.example>",
           "Ihre Unfallmeldung vom 16.01.2026 – Schaden U-26-000318, Felix Brandstätter",
           body="""\
Sehr geehrter Herr Jablonski,

vielen Dank für Ihre Meldung. Wir haben den Unfall von Herrn Felix
Brandstätter unter der Schadennummer U-26-000318 angelegt.

Für die Prüfung benötigen wir:

1. die Unfallanzeige (Formular anbei im Portal, von Herrn Brandstätter
   zu unterschreiben),
2. den Entlassungsbericht des BG Klinikums bzw. den OP-Bericht,
3. die Schweigepflichtentbindung von Herrn Brandstätter.

Der Verlust des Endglieds des Zeigefingers ist in der Gliedertaxe mit
einem festen Invaliditätsgrad bewertet; die Beteiligung der Beugesehne
am Mittelfinger wird nach Abschluss der Behandlung gesondert beurteilt.
Bitte beachten Sie: Die Invalidität muss innerhalb von 15 Monaten nach
dem Unfall ärztlich festgestellt und geltend gemacht werden.

Das Krankenhaustagegeld für den stationären Aufenthalt überweisen wir,
sobald der Bericht vorliegt, an Herrn Brandstätter direkt – dafür
brauchen wir noch seine Bankverbindung.

""" + SIG_RIEDESEL + DISCLAIMER_K))

mail("hr_glife_death_kaltenbach", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer reports the death (heart attack) of a named employee insured under group life / bAV and names the widow as beneficiary",
     build("hr_glife_death_kaltenbach", "2026-03-23 08:12",
           "Doreen Plathe <personal@kaltenbach-logistik.example>",
           "bAV-Service <bav-service@kranich-versicherung.example>",
           "Todesfall Mitarbeiter – Gruppenvertrag GV-12-0154",
           body="""\
Sehr geehrte Damen und Herren,

leider müssen wir Ihnen mitteilen, dass unser Mitarbeiter

   Herr Holger Wischnewski, geb. 17.04.1967
   Disponent, Personalnr. 3318
   Direktversicherung LV-12-0154-0088 (mit Todesfallleistung)

am 19.03.2026 an einem Herzinfarkt verstorben ist. Er ist während der
Nachtschicht im Büro zusammengebrochen, der Notarzt konnte nichts mehr
für ihn tun.

Bezugsberechtigt ist laut unseren Unterlagen seine Ehefrau, Frau Marion
Wischnewski, Kranichweg 4, 21079 Hamburg. Die Sterbeurkunde reichen wir
nach, sobald sie vom Standesamt vorliegt.

Bitte teilen Sie uns mit, wie Frau Wischnewski die Auszahlung beantragen
kann. Wir möchten ihr die Wege so leicht wie möglich machen.

Mit freundlichen Grüßen
Doreen Plathe
Personalabteilung
Kaltenbach Logistik GmbH · Hafenstraße 210 · 21079 Hamburg
"""))

mail("ins_en_glife_eoi_halvorsen", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
     "group life: two named employees above the free cover limit need evidence of insurability; birth dates and salaries",
     build("ins_en_glife_eoi_halvorsen", "2026-02-11 11:50",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Halvorsen Maritime - group life renewal - evidence of insurability",
           body="""\
Hi Aoife,

renewal of the Halvorsen Maritime Services GmbH group life scheme
(GL-2023-004, 4x salary) is processed. Two members now exceed the free
cover limit of EUR 600,000 and need to give evidence of insurability
before the excess can be covered:

  Mr Tobias Reimer      born 12 May 1977       salary EUR 168,000  cover EUR 672,000
  Ms Kristin Aasland    born 29 January 1982   salary EUR 175,500  cover EUR 702,000

Until underwriting is completed they are covered up to the free cover
limit only. Each of them should complete the short health declaration
(online link will be sent to them directly). If anything is declared we
may ask for a GP report.

""" + SIG_OKAFOR))

mail("hr_en_newborn_halvorsen", "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
     "HR asks to add a named employee's newborn to the group health plan; birth and maternity leave",
     build("hr_en_newborn_halvorsen", "2026-03-06 14:17",
           "Tobias Reimer <t.reimer@halvorsen-maritime.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Add newborn to group health - Ingrid Solberg",
           body="""\
Hello Mr Okafor,

our colleague Ingrid Solberg (group health member no. GH-31-0044-017)
gave birth to a son, Elias Solberg-Kramer, on 3 March 2026 at the UKE
Hamburg. Mother and baby are fine. She is on maternity leave until
end of June and then parental leave until February 2027.

Please add Elias to her family cover from the date of birth - the scheme
rules say newborns are covered without underwriting if registered within
two months. Birth certificate will follow by post.

Could you also confirm that Ingrid's own cover continues unchanged during
the parental leave although no salary is paid?

Best regards
Tobias Reimer
Head of HR & Administration
Halvorsen Maritime Services GmbH, Hamburg
"""))

mail("hr_ktg_html_table", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "HTML-only mail: table of named employees unfit for work with dates for the group daily sickness allowance contract",
     build("hr_ktg_html_table", "2026-04-07 12:40",
           "Ilka Wendt <verwaltung@pflegedienst-sonnenau.example>",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Monatsmeldung Gruppen-KTG März",
           html="""\
<html><head><meta charset="utf-8"></head><body>
<p>Sehr geehrte Frau Baumgartl,</p>
<p>hier die Monatsmeldung zum Gruppen-Krankentagegeld (GK-88-4407) für März:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Name</th><th>Personalnr.</th><th>AU seit</th><th>voraussichtlich bis</th><th>Bemerkung</th></tr>
<tr><td>Pohlmann, Ralf</td><td>S-118</td><td>02.02.2026</td><td>offen</td><td>Folge-AU, HWS</td></tr>
<tr><td>Krzemińska, Dorota</td><td>S-140</td><td>16.03.2026</td><td>05.04.2026</td><td>nach OP Hüfte</td></tr>
<tr><td>Wehrmann, Lutz</td><td>S-077</td><td>03.03.2026</td><td>unbekannt</td><td>Wiedereingliederung geplant</td></tr>
</table>
<p>AU-Bescheinigungen liegen uns vor (eAU).</p>
<p>Freundliche Grüße<br>Ilka Wendt<br>Pflegedienst Sonnenau gGmbH</p>
</body></html>
"""))

mail("hr_pregnancy_bv_sonnenau", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer tells the group health insurer that a named nurse is pregnant and under a work ban",
     build("hr_pregnancy_bv_sonnenau", "2026-01-29 09:25",
           "Ilka Wendt <verwaltung@pflegedienst-sonnenau.example>",
           "bkv@kranich-versicherung.example",
           "Frage bKV bei Beschäftigungsverbot",
           charset="iso-8859-15",
           body="""\
Guten Tag,

unsere Pflegefachkraft Frau Annika Rohwedder (bKV seit 01.07.2025) ist
schwanger und hat seit dem 26.01. ein ärztliches Beschäftigungsverbot,
der Mutterschutz beginnt voraussichtlich im Mai.

Bleibt sie in dieser Zeit in der bKV versichert, obwohl wir nur den
Mutterschutzlohn zahlen? Und läuft der Beitrag (9,80 EUR mtl.) in der
Elternzeit weiter, falls sie danach ein Jahr Elternzeit nimmt?

Mit freundlichen Grüßen
Ilka Wendt
Verwaltung, Pflegedienst Sonnenau gGmbH
"""))

mail("ins_bav_leaver_options", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "no medical word: options for a named leaver's bAV direct life insurance with contract number and surrender value - life line",
     build("ins_bav_leaver_options", "2026-04-16 15:05",
           "Selin Özdemir <selin.oezdemir@kranich-versicherung.example>",
           "Doreen Plathe <personal@kaltenbach-logistik.example>",
           "Austritt Herr Brodersen – Direktversicherung LV-12-0154-0061",
           body="""\
Sehr geehrte Frau Plathe,

zum Austritt von Herrn Jens-Ove Brodersen zum 30.04.2026 die Optionen
für seine Direktversicherung LV-12-0154-0061:

a) Übertragung auf den neuen Arbeitgeber (Übertragungswert aktuell
   14.318,62 EUR),
b) private Fortführung mit eigenen Beiträgen,
c) beitragsfreie Fortführung (Versorgungsanwartschaft bleibt unverfallbar).

Bitte senden Sie uns das Austrittsformular mit der Entscheidung von Herrn
Brodersen innerhalb von drei Monaten zurück; ohne Rückmeldung stellen wir
beitragsfrei. Die versicherungsvertragliche Lösung haben Sie bereits
gewählt, wir schreiben Herrn Brodersen deshalb auch direkt an.

""" + SIG_OZDEMIR))

mail("ins_bav_thresholds_2026", "NORMAL", "de", "insurer-to-company",
     "trap: employer newsletter on 2026 bAV limits (BBG, 4 %/8 % tax-free amounts) with an example calculation for a fictitious employee salary; no real person",
     build("ins_bav_thresholds_2026", "2026-01-08 07:30",
           "Kranich Firmenkunden-Info <firmenkunden-info@kranich-versicherung.example>",
           "personal@kaltenbach-logistik.example",
           "bAV-Werte 2026 auf einen Blick",
           body="""\
Sehr geehrte Damen und Herren,

zum Jahresbeginn die wichtigsten Werte für die betriebliche
Altersversorgung 2026:

- Beitragsbemessungsgrenze Rentenversicherung (bundeseinheitlich):
  8.450 EUR monatlich / 101.400 EUR jährlich
- steuerfrei nach § 3 Nr. 63 EStG (8 % der BBG): 676 EUR monatlich
- sozialversicherungsfrei (4 % der BBG): 338 EUR monatlich
- Pflicht-Arbeitgeberzuschuss bei Entgeltumwandlung: 15 %, soweit SV-Ersparnis

Beispielrechnung (fiktive Mitarbeiterin, ledig, Steuerklasse I, 3.800 EUR
brutto, gesetzlich krankenversichert, Umwandlung 200 EUR):
Netto-Aufwand ca. 104 EUR, mit AG-Zuschuss 30 EUR fließen 230 EUR in den
Vertrag. Den Rechner finden Sie im Firmenkundenportal.

Neu ab April: Die vereinfachte Gesundheitsprüfung bei der
BU-Zusatzversicherung gilt schon ab 10 versicherten Personen (bisher 20).

Ihr Kranich Firmenkunden-Service

Sie erhalten diese Information als Firmenkunde der Kranich
Lebensversicherung AG. Abmeldung: firmenkunden-info@kranich-versicherung.example
"""))

_bkv_blank = docx([
    "# Anmeldung zur betrieblichen Krankenversicherung (bKV)",
    "Gruppenvertrag: «Gruppenvertragsnummer»   Arbeitgeber: «Firmenname»",
    "## Angaben zur versicherten Person",
    "Name, Vorname: «Name», «Vorname»",
    "Geburtsdatum: «TT.MM.JJJJ»      Personalnummer: «Personalnummer»",
    "Eintrittsdatum: «Eintrittsdatum»",
    "## Gesundheitsfragen (nur bei Anmeldung später als 3 Monate nach Eintritt)",
    "1. Bestehen derzeit Krankheiten, Beschwerden oder laufende Behandlungen? «ja/nein» - wenn ja: «Diagnose, Behandler, seit»",
    "2. Ist eine Behandlung, Operation oder ein Krankenhausaufenthalt angeraten oder beabsichtigt? «ja/nein»",
    "3. Fehlen Zähne, die noch nicht ersetzt sind? Anzahl: «Anzahl»",
    "## Bankverbindung für Leistungen an die versicherte Person",
    "IBAN: «IBAN»   Kontoinhaber: «Kontoinhaber»",
    "Ort, Datum, Unterschrift: ______________________",
], title="Vorlage Anmeldung bKV")
mail("ins_bkv_blank_form", "NORMAL", "de", "insurer-to-company",
     "trap: blank bKV enrolment template (DOCX) with placeholders for name, birth date, diagnoses and IBAN; nothing filled in",
     build("ins_bkv_blank_form", "2026-02-12 13:13",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Ilka Wendt <verwaltung@pflegedienst-sonnenau.example>",
           "Vorlage Anmeldung bKV (neue Fassung)",
           body="""\
Hallo Frau Wendt,

wie gewünscht die neue Anmeldevorlage als Word-Datei zum Selbstausfüllen.
Bitte künftig nur noch diese Vorlage verwenden – und bitte die
Gesundheitsangaben nicht mehr in die Sammelliste schreiben, sondern die
Einzelformulare von den Mitarbeitenden direkt an uns schicken lassen
(Upload im Portal oder verschlossener Umschlag).

""" + SIG_BAUMGARTL,
           atts=[("Vorlage_Anmeldung_bKV_2026.docx", _bkv_blank)]))

mail("hr_en_gip_mental_health_generic", "NORMAL", "en", "company-to-insurer",
     "trap: HR asks in general how mental-health absences and return-to-work are handled under group income protection; no employee named",
     build("hr_en_gip_mental_health_generic", "2026-01-19 11:06",
           "Priya Raman <priya.raman@fenwick-data.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "GIP - mental health support question",
           body="""\
Hi Chidi,

our works council asked a couple of general questions about the Group
Income Protection scheme ahead of the renewal, maybe you can help:

- Are stress-related and mental health absences (burnout, anxiety,
  depression) covered in the same way as physical illness, or is there
  a shorter benefit period?
- Is there an early intervention service (e.g. after 4 weeks of
  absence) that employees can use voluntarily and confidentially?
- Do you offer an employee assistance programme / counselling hotline
  as part of the scheme, and does HR get any information if someone
  calls it?

We'd like to include the answers in our benefits handbook, so a short
written statement would be great.

Thanks!
Priya
"""))

mail("hr_ooo_krankmeldungen", "NORMAL", "de", "company-to-insurer",
     "trap: HR out-of-office reply mentioning sick notes and eAU; no person's data",
     build("hr_ooo_krankmeldungen", "2026-03-30 08:00",
           "Sabine Teuber <s.teuber@lammert-metallbau.example>",
           "Selin Özdemir <selin.oezdemir@kranich-versicherung.example>",
           "Automatische Antwort: Rückfrage GV-12-0087",
           headers={"Auto-Submitted": "auto-replied"},
           body="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.04.2026 nicht
im Haus.

Krankmeldungen und Fragen zur eAU richten Sie bitte an
lohn@lammert-metallbau.example, Fragen zur betrieblichen Altersversorgung
an meinen Kollegen Herrn Stratmann (-214).

Ihre E-Mail wird nicht weitergeleitet.

Sabine Teuber
Gebr. Lammert Metallbau GmbH
"""))

_ics_bav = ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kranich Versicherungsgruppe//Veranstaltungen//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:maklertag-bav-2026@kranich-versicherung.example
DTSTAMP:20260115T093000Z
DTSTART;TZID=Europe/Berlin:20260423T093000
DTEND;TZID=Europe/Berlin:20260423T163000
SUMMARY:Kranich Maklertag bAV & bKV 2026
LOCATION:Kranich Forum\\, Ballindamm 61\\, 20095 Hamburg
DESCRIPTION:Entgeltumwandlung und AG-Zuschuss\\, BU in der bAV mit verein
 fachter Gesundheitsprüfung\\, bKV-Budgettarife. 6 Stunden IDD-Weiterbildu
 ng.
END:VEVENT
END:VCALENDAR
""")
mail("ins_invite_maklertag_bav", "NORMAL", "de", "insurer-to-broker",
     "trap: event invitation with ICS - salary conversion, BU with simplified health check, group health; no person",
     build("ins_invite_maklertag_bav", "2026-03-10 09:00",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Kerstin Brandes <k.brandes@brandes-voss.example>",
           "Einladung: Kranich Maklertag bAV & bKV am 23. April",
           cc="Nils Voss <n.voss@brandes-voss.example>",
           body="""\
Liebe Frau Brandes, lieber Herr Voss,

herzliche Einladung zu unserem Maklertag bAV & bKV am Donnerstag,
23. April 2026, 9:30–16:30 Uhr im Kranich Forum am Ballindamm.

Programm u. a.:
- Entgeltumwandlung richtig beraten: AG-Zuschuss, Sozialversicherung,
  Verrechnung mit vermögenswirksamen Leistungen
- BU im Gruppenvertrag: vereinfachte Gesundheitsprüfung ab 10 Köpfen,
  was tun bei Vorerkrankungen in der Belegschaft?
- bKV: Budgettarife, Vorsorge und Zahnleistungen, Praxisbericht eines
  Pflegedienstes
- Haftungsfallen in der bAV-Beratung (RA Dr. Paul Enßlin)

Die Teilnahme wird mit 6 Stunden IDD-Weiterbildung bestätigt. Den
Kalendereintrag finden Sie im Anhang, Anmeldung bitte kurz per Mail an mich.

""" + SIG_HOLTKAMP,
           atts=[("Maklertag_bAV_2026.ics", _ics_bav)]))

# --------------------------------------------------------------------------
# Commercial lines: fleet, liability, property, cyber, D&O, agriculture
# --------------------------------------------------------------------------

_kl_drivers = [
    ("Kennzeichen", "Fahrzeug", "FIN", "Fahrer (fest zugeordnet)", "geb.", "Führerschein seit", "Klasse"),
    ("HH-KL 2231", "MAN TGX 18.470", "WMA06XZZ7RP180042", "Aksoy, Mehmet", "04.04.1979", "1999", "CE"),
    ("HH-KL 2232", "MAN TGX 18.470", "WMA06XZZ7RP180057", "Ruhnke, Sven", "19.10.2001", "2021", "CE"),
    ("HH-KL 2233", "Krone SD Auflieger", "WKESD000000791305", "-", "", "", ""),
]
mail("fleet_add_vehicles_kaltenbach", "CONFIDENTIAL", "de", "company-to-insurer",
     "fleet manager adds trucks to the fleet policy; XLSX names the assigned drivers with birth dates and licence data (young-driver check); no injury",
     build("fleet_add_vehicles_kaltenbach", "2026-01-26 07:18",
           "Dirk Hoppenstedt <fuhrpark@kaltenbach-logistik.example>",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Zugang 3 Fzg. Flotte KF-FL-0044",
           body="""\
Moin Herr Vogelsang,

zum 01.02. kommen zwei neue Zugmaschinen und ein Auflieger in die Flotte,
Daten in der Liste. Herr Ruhnke ist unter 25 – bitte sagen Sie mir, ob
das beim Flottenrabatt eine Rolle spielt oder ob wir ihn erst mal auf
den Sprinter setzen sollen.

Gruß
Dirk Hoppenstedt
Fuhrparkleitung Kaltenbach Logistik GmbH
""",
           atts=[("Zugang_Flotte_2026-02.xlsx", xlsx([("Zugang", _kl_drivers)], author="D. Hoppenstedt"))]))

mail("fleet_claim_no_injury", "CONFIDENTIAL", "de", "company-to-insurer",
     "fleet claim notice: named driver and named third party with plates; explicitly nobody injured",
     build("fleet_claim_no_injury", "2026-02-17 16:52",
           "Dirk Hoppenstedt <fuhrpark@kaltenbach-logistik.example>",
           "schaden-flotte@kranich-versicherung.example",
           "Schadenmeldung HH-KL 2231 – Auffahrunfall Wilhelmsburg",
           body="""\
Schadenmeldung Flottenvertrag KF-FL-0044

Fahrzeug: HH-KL 2231 (MAN TGX), Fahrer: Mehmet Aksoy
Datum/Ort: 17.02.2026, 06:40 Uhr, Georg-Wilhelm-Str./Ecke Mengestraße,
21107 Hamburg

Hergang: Unser Fahrer stand an der roten Ampel. Ein Pkw (Opel Astra,
HH-RT 5518, Halterin und Fahrerin Frau Tamara Ulbricht) ist beim
Anfahren hinten auf den Unterfahrschutz aufgefahren. Frau Ulbricht hat
den Unfall vor Ort zugegeben, Polizei war da (Vorgangsnr. 260217-0640-04412).
Verletzt wurde niemand.

Schaden bei uns: Unterfahrschutz verbogen, Rückleuchte rechts. Der Pkw
hat vorne einen größeren Schaden, der ist aber nicht unser Thema.
Wir machen die Forderung gegen den Versicherer von Frau Ulbricht selbst
geltend – Sie bekommen das nur zur Kenntnis wegen Vollkasko.

Gruß D. Hoppenstedt
"""))

mail("fleet_claim_whiplash_internal", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "motor fleet claim, but the third-party driver claims whiplash (S13.4) with a doctor's certificate - health data of a named person",
     build("fleet_claim_whiplash_internal", "2026-03-02 11:27",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Personenschaden Kfz <personenschaden-kfz@kranich-versicherung.example>",
           "Übergabe Personenschaden – KS-26-011872 (Flotte Kaltenbach)",
           body="""\
Hallo zusammen,

ich übergebe euch den Personenschadenteil aus KS-26-011872:

Unser VN Kaltenbach Logistik (Fahrer Sven Ruhnke, HH-KL 2232) ist am
24.02. beim Spurwechsel auf der A7 einem Pkw in die Seite gefahren.
Haftung 100 % bei uns, Sachschaden ist reguliert.

Jetzt meldet der Anwalt der Pkw-Fahrerin, Frau Carola Imhoff
(geb. 1974), eine HWS-Distorsion (S13.4) an. Attest der Notaufnahme
AK Harburg vom Unfalltag liegt bei, sie war drei Wochen krankgeschrieben
und ist seitdem in Physiotherapie. Gefordert werden 2.500 EUR
Schmerzensgeld und Haushaltsführungsschaden.

Akte ist im System freigegeben. Bitte übernehmt ihr ab hier.

""" + SIG_VOGELSANG))

mail("fleet_epilepsy_driver", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "fleet claim: a named driver caused an accident during an epileptic seizure; recourse/obligation question with health data",
     build("fleet_epilepsy_driver", "2026-04-08 14:03",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Hauke Bruns <hauke.bruns@kranich-versicherung.example>",
           "Regressprüfung KS-26-014410 – Krampfanfall am Steuer",
           cte="8bit", flowed=True,
           body="""\
Hallo Hauke,

kannst du dir mal die KS-26-014410 ansehen? Flotte Halvorsen Maritime, \
Dienstwagen HH-HM 117, Fahrer Björn Ekdahl.

Herr Ekdahl hatte am 31.03. auf der Köhlbrandbrücke einen \
epileptischen Anfall und ist in die Leitplanke gefahren. Laut \
Entlassungsbrief (liegt in der Akte) ist seit 2024 eine Epilepsie \
bekannt, er nimmt Levetiracetam, der letzte Anfall war angeblich im \
Herbst 2025 – also innerhalb der Frist, in der er laut \
Begutachtungsleitlinien gar nicht hätte fahren dürfen.

Frage: Sehen wir hier eine Obliegenheitsverletzung (Führerscheinklausel \
/ Fahruntüchtigkeit) und einen Regress gegen den Fahrer bis 5.000 EUR? \
Oder ist das gegenüber dem Arbeitgeber ohnehin nicht durchsetzbar?

Gruß Piet
"""))

mail("fleet_stats_2025", "NORMAL", "de", "internal",
     "trap: fleet portfolio loss statistics 2025 - counts of personal-injury claims, frequencies, no individual or contract",
     build("fleet_stats_2025", "2026-01-21 17:45",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Flottenteam <flotte-team@kranich-versicherung.example>",
           "Flottenstatistik 2025 – Entwurf für das Jour fixe",
           body="""\
Hallo Team,

hier die Eckzahlen 2025 für Donnerstag (Entwurf, Dezember-Nachmeldungen
noch nicht ganz drin):

Flottenverträge im Bestand: 412 (Vorjahr 397), Fahrzeuge: 9.870
Schäden gesamt: 3.214, davon
  Haftpflicht-Sachschäden          1.486
  Haftpflicht mit Personenschaden     141  (davon 14 schwer, 2 tödlich)
  Vollkasko                         1.102
  Teilkasko (Glas/Wild/Diebstahl)     485
Schadenhäufigkeit: 32,6 % (Lkw 41,0 %, Pkw 27,3 %)
Combined Ratio Flotte: 103,4 %

Auffällig: Personenschäden mit HWS-Beschwerden machen weiter rund die
Hälfte des Personenschadenaufwands aus; bei Lkw sind es Auffahrunfälle
im Stau.

Die Top-10-Flotten nach Schadenquote stelle ich im Termin mündlich vor
(nicht per Mail, ist mit dem Vertrieb so abgesprochen).

""" + SIG_VOGELSANG))

mail("en_fleet_renewal_lakeside", "CONFIDENTIAL", "en", "broker-to-insurer",
     "fleet renewal submission naming two drivers with their at-fault claim history and a birth date; motor only, no injuries",
     build("en_fleet_renewal_lakeside", "2026-02-25 10:44",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Renewal 01/04 - Corrib Freight Deutschland GmbH fleet",
           body="""\
Dear Mr Vogelsang,

please find below the renewal information for Corrib Freight Deutschland
GmbH (fleet policy KF-FL-0311, 38 vehicles, renewal 1 April 2026).

Claims in the current period (all closed, no bodily injury):
- 09/2025  Sprinter HB-CF 431, driver Declan Moriarty (born 3/11/1995),
           reversing into a loading ramp, own damage EUR 4,180
- 12/2025  Sprinter HB-CF 436, same driver, side-swipe in car park,
           TPL EUR 2,950
- 01/2026  Actros HB-CF 12, driver Patrick Kearney, windscreen, EUR 1,120

The client has taken Mr Moriarty off delivery routes and enrolled him in a
driver-safety training; he will only drive the yard tractor going forward.
Given this, we'd ask you to renew at expiring terms.

Kind regards,
Aoife Brennan
Lakeside Risk Partners
"""))

mail("bhv_quandt_underwriting", "CONFIDENTIAL", "de", "insurer-to-broker",
     "business liability of a sole trader (e.K.): his turnover, payroll, premium and policy number - business income of a natural person",
     build("bhv_quandt_underwriting", "2026-03-16 15:33",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "Nils Voss <n.voss@brandes-voss.example>",
           "BHV Elektro Quandt e.K. – Umstellung auf Handwerk Plus",
           body="""\
Hallo Herr Voss,

zur Umstellung der Betriebshaftpflicht von Herrn Rüdiger Quandt
(Elektro Quandt e.K., Vertrag BH-70-0038815):

Angaben laut Fragebogen:
- Jahresumsatz 2025: 1.240.000 EUR netto, davon ca. 30 % PV-Anlagen
- Lohnsumme: 412.000 EUR, 9 Mitarbeitende + Inhaber
- Tätigkeiten: Elektroinstallation, PV bis 30 kWp, Wallboxen, E-Check

Angebot Handwerk Plus: Deckungssumme 5 Mio. EUR pauschal,
Tätigkeitsschäden und Bearbeitungsschäden bis 500.000 EUR, PV-Montage
eingeschlossen. Jahresbeitrag 2.186,40 EUR netto (bisher 1.730,10 EUR).
Selbstbehalt 500 EUR.

Wenn Herr Quandt einverstanden ist, stellen wir zum 01.04. um; der
Nachtrag geht dann direkt an ihn und in Kopie an Sie.

""" + SIG_BRUECKNER))

mail("bhv_maler_trip_wrist", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "business liability claim of a painting firm: a named resident tripped over a paint bucket and broke her wrist (distal radius fracture, surgery)",
     build("bhv_maler_trip_wrist", "2026-02-05 12:09",
           "Nils Voss <n.voss@brandes-voss.example>",
           "schaden-haftpflicht@kranich-versicherung.example",
           "Schadenmeldung BHV Malerbetrieb Grotefend – Sturz im Treppenhaus",
           body="""\
Sehr geehrte Damen und Herren,

unser Kunde, Malermeister Lutz Grotefend (Betriebshaftpflicht
BH-70-0029143), meldet folgenden Schaden:

Am 29.01.2026 hat einer seiner Gesellen im Treppenhaus Eppendorfer
Weg 212 in Hamburg die Wände gestrichen. Ein Farbeimer stand auf dem
Treppenabsatz im 2. OG, die Absperrung war offenbar nicht ausreichend.
Die Mieterin Frau Edith Gerlach (83) ist beim Herunterkommen über den
Eimer gestolpert und auf die rechte Hand gestürzt.

Diagnose laut Angehörigen: distale Radiusfraktur rechts, am 30.01. im
UKE mit Platte operiert. Sie ist vorübergehend auf einen Pflegedienst
angewiesen. Der Sohn, Herr Klaus Gerlach, hat sich schriftlich gemeldet
und Schmerzensgeld sowie die Kosten für Pflege und Haushaltshilfe
angekündigt.

Das Schreiben des Sohnes und die Fotos der Baustelle laden wir im Portal
hoch. Bitte bestätigen Sie die Schadennummer.

Mit freundlichen Grüßen
Nils Voss
Brandes & Voss Versicherungsmakler GmbH
"""))

mail("bhv_installer_water", "CONFIDENTIAL", "de", "company-to-insurer",
     "sole-trader plumber reports a liability claim: named customer's flat flooded after his work; address, policy number, no injury",
     build("bhv_installer_water", "2026-03-26 19:41",
           "Haustechnik Oberdieck <oberdieck.haustechnik@mailbox.example>",
           "schaden-haftpflicht@kranich-versicherung.example",
           "Wasserschaden bei Kunde – BHV Nr. BH-70-0051207",
           charset="windows-1252",
           body="""\
Hallo,

ich muss leider einen Schaden melden. Meine Versicherungsnummer ist
BH-70-0051207 (Thomas Oberdieck, Haustechnik, Einzelunternehmen).

Ich habe am 24.03. bei Familie Rademacher, Mozartstraße 8, 30173 Hannover,
einen Waschtisch getauscht. In der Nacht ist die Pressverbindung am
Eckventil undicht geworden, das Wasser ist durch die Decke in die
Wohnung darunter gelaufen (Mieter Herr Ferhat Kaplan). Bei Rademachers
ist das Laminat im Bad/Flur hin, bei Herrn Kaplan die Decke und eine
Kommode.

Verletzt ist niemand. Die Hausverwaltung (Leinetal Immobilien) hat
einen Trocknungsbetrieb beauftragt.

Was brauchen Sie von mir? Rechnung vom Material hab ich noch.

Gruß Thomas Oberdieck
0176 2291 4406
"""))

_kettler_pdf = pdf("Gutachten Nr. 26-0143 - Brandschaden Tischlerei Jablonski", [
    "Sachverständigenbüro Dr.-Ing. Ralf Kettler, ö.b.u.v. Sachverständiger für Brandschäden",
    "Auftraggeber: Kranich Allgemeine Versicherung AG, Schaden-Nr. SA-26-002291",
    "Versicherungsnehmer: Marek Jablonski, Tischlerei Jablonski (Einzelunternehmen), Am Felde 3, 22761 Hamburg",
    "Vertrag: Inhaltsversicherung Handwerk IH-70-0019984, Versicherungssumme 420.000 EUR",
    "",
    "## 1. Hergang",
    "Am 08.03.2026 gegen 02:10 Uhr Brand in der Absauganlage (Filterturm) an der Werkstattrückseite.",
    "Personen kamen nicht zu Schaden; die Feuerwehr Hamburg löschte innerhalb von 40 Minuten.",
    "Ursache: Glimmnest im Spänesilo, vermutlich durch Funkenflug beim Schleifen am Vortag.",
    "",
    "## 2. Schadenumfang",
    "Absauganlage Fabrikat Holzstaubtechnik HT 4000: Totalschaden, Wiederbeschaffung 38.600 EUR",
    "Formatkreissäge: Rauch- und Löschwasserschaden, Reinigung und Instandsetzung 6.950 EUR",
    "Vorräte (Massivholz Eiche/Esche): 11.280 EUR",
    "Aufräumung/Dekontamination: 9.400 EUR",
    "Betriebsunterbrechung: ca. 3 Wochen, Ertragsausfall laut Buchhaltung 21.700 EUR",
    "",
    "## 3. Deckungsrelevante Feststellungen",
    "Die Absaugung wurde zuletzt am 12.11.2025 gewartet (Nachweis liegt vor). Hinweise auf",
    "grobe Fahrlässigkeit haben sich nicht ergeben.",
    "Hamburg, 19.03.2026 - Dr.-Ing. Ralf Kettler",
], author="Dr.-Ing. Ralf Kettler")
mail("assessor_fire_jablonski", "CONFIDENTIAL", "de", "assessor-to-insurer",
     "assessor's fire report (PDF) on a sole trader's workshop: policyholder named, claim and policy numbers, business income loss; nobody injured",
     build("assessor_fire_jablonski", "2026-03-19 17:26",
           "Sachverständigenbüro Kettler <buero@sv-kettler.example>",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Gutachten 26-0143 / Ihr Az. SA-26-002291",
           body="""\
Sehr geehrter Herr Kaya,

anbei das Gutachten zum Brandschaden in der Tischlerei Jablonski.
Die Rechnung folgt separat.

Mit freundlichen Grüßen
i. A. Nadine Buschhaus
Sachverständigenbüro Dr.-Ing. Ralf Kettler
Osterstraße 121 · 20255 Hamburg
""",
           atts=[("Gutachten_26-0143_Jablonski.pdf", _kettler_pdf)]))

mail("en_cyber_claim_architect", "CONFIDENTIAL", "en", "customer-to-insurer",
     "sole-proprietor architect notifies a ransomware claim under his cyber policy; name, policy number, address - no health data",
     build("en_cyber_claim_architect", "2026-01-12 06:58",
           "Callum Whitfield <callum@whitfield-architects.example>",
           "cyber-claims@kranich-versicherung.example",
           "URGENT: ransomware - cyber policy CY-75-0004417",
           body="""\
Hello,

I'm the sole owner of Whitfield Architects (Callum Whitfield, Architekt,
Große Elbstraße 145, 22767 Hamburg), cyber policy CY-75-0004417.

This morning at around 6am I found all files on our NAS and two laptops
encrypted, with a ransom note demanding 4 BTC. I've unplugged everything
from the network. We have an offline backup from last Friday, but I'm
not sure whether the attackers copied client data (floor plans, some
clients' names and addresses, our invoices).

Please call me on +49 151 4470 2283 as soon as possible - your hotline
said to also send an email. I have not contacted the attackers.

Callum Whitfield
"""))

_cyber_q = [
    ("Nr.", "Frage", "Antwort (ja/nein/Text)"),
    (1, "Werden täglich Sicherungskopien erstellt, die offline oder unveränderbar gespeichert sind?", ""),
    (2, "Ist für alle Fernzugriffe und E-Mail-Konten eine Multi-Faktor-Authentifizierung aktiv?", ""),
    (3, "Werden Sicherheitsupdates innerhalb von 14 Tagen eingespielt?", ""),
    (4, "Verarbeiten Sie besondere Kategorien personenbezogener Daten (z. B. Gesundheitsdaten, Patientendaten)? Anzahl Datensätze ca.:", ""),
    (5, "Verarbeiten Sie Kreditkartendaten (PCI-DSS)?", ""),
    (6, "Gab es in den letzten 5 Jahren Cyber-Vorfälle oder Datenschutzverletzungen mit Meldung an die Aufsichtsbehörde?", ""),
    (7, "Jahresumsatz letztes Geschäftsjahr (EUR):", ""),
]
mail("ins_cyber_questionnaire_blank", "NORMAL", "de", "insurer-to-broker",
     "trap: blank cyber risk questionnaire (XLSX) asking about health/patient data, card data and turnover; nothing filled in",
     build("ins_cyber_questionnaire_blank", "2026-02-04 10:20",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Maklerverteiler Gewerbe <makler-gewerbe@kranich-versicherung.example>",
           "Neuer Cyber-Risikofragebogen ab 01.03.",
           body="""\
Liebe Maklerpartner,

ab 1. März gilt der überarbeitete Risikofragebogen für Cyber Kompakt
(Umsatz bis 10 Mio. EUR). Neu sind die Fragen zu unveränderbaren Backups
und zur Zahl der Datensätze mit Gesundheits- oder Patientendaten –
relevant vor allem für Arztpraxen, Physiotherapeuten und Pflegedienste.

Bitte ab sofort nur noch diese Version einreichen.

Viele Grüße
Sophie Marquardt
Underwriting Financial Lines (D&O / Cyber)
""",
           atts=[("Risikofragebogen_Cyber_Kompakt_2026.xlsx",
                  xlsx([("Fragebogen", _cyber_q)], title="Risikofragebogen Cyber Kompakt"))]))

mail("en_cyber_bulletin", "NORMAL", "en", "newsletter",
     "trap: cyber newsletter on ransomware in medical practices and patient-data breaches; statistics only",
     build("en_cyber_bulletin", "2026-03-18 06:30",
           "Kranich Cyber Risk Bulletin <cyber-bulletin@kranich-versicherung.example>",
           "subscribers@kranich-versicherung.example",
           "Cyber Risk Bulletin #11: healthcare is the top ransomware target again",
           body="""\
CYBER RISK BULLETIN #11 - March 2026

1) Healthcare tops the list
Across our German SME portfolio, 27 % of ransomware claims in 2025 hit
medical and dental practices, physiotherapists and care services. The
median downtime was 9 days; in two thirds of the cases patient data were
exfiltrated before encryption and the practice had to notify both the
data protection authority and the patients.

2) What worked
Practices with immutable backups and MFA on the practice management
software recovered in 2.5 days on average and rarely paid forensics
beyond the first 10 hours.

3) Phishing of the month
"Your eAU certificate could not be transmitted" - fake messages
imitating the statutory health insurers' eAU procedure, with an Excel
macro attached.

4) Claims example (anonymised)
A tax office with 6 staff: compromised e-mail account, fraudulent change
of supplier bank details, EUR 48,000 paid to a money mule account. Cyber
and fidelity policies shared the loss.

You receive this bulletin because you subscribed on our broker portal.
Unsubscribe: https://kranich-versicherung.example/bulletin/unsubscribe
"""))

mail("dno_uw_directors_internal", "CONFIDENTIAL", "de", "internal",
     "D&O underwriting note naming the directors (natural persons) of an applicant GmbH, one with a previous D&O claim; no health data",
     build("dno_uw_directors_internal", "2026-02-27 12:02",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "D&O Antrag Seewald Medizintechnik GmbH – Rückfrage zu den GF",
           body="""\
Hallo Torsten,

kurze Zweitmeinung bitte zum D&O-Antrag der Seewald Medizintechnik GmbH
(Umsatz 42 Mio., Antrag DO-A-26-0087, gewünschte VS 5 Mio.):

Geschäftsführer laut Handelsregister:
- Dr. Friederike Seewald (Gesellschafterin, CEO)
- Matthias Oberholz (CFO seit 09/2025)

Herr Oberholz war bis 2024 Finanzvorstand der Hansa-Chemie Nord AG;
gegen ihn lief dort ein Innenhaftungsanspruch über 1,2 Mio. EUR, der 2025 per Vergleich erledigt wurde –
der Vorversicherer hat gezahlt. Der Makler sagt, das sei "ausgestanden".

Ich würde mit Vorvertraglichkeitsausschluss für diesen Sachverhalt und
erhöhter Selbstbeteiligung zeichnen. Siehst du das auch so?

Gruß Sophie
"""))

mail("agri_hail_claim", "CONFIDENTIAL", "de", "customer-to-insurer",
     "farmer (natural person) reports hail damage: policy number, parcels, yields; agriculture, no health data",
     build("agri_hail_claim", "2026-06-23 21:14",
           "Jürgen Harmening <harmening.hof@landpost.example>",
           "agrar-schaden@kranich-versicherung.example",
           "Hagelschaden 22.06. – Vertrag HG-80-0071620",
           charset="iso-8859-1",
           body="""\
Sehr geehrte Damen und Herren,

gestern Abend (22.06.) ist über unsere Flächen in der Gemarkung Ahlden ein
starkes Hagelgewitter gezogen. Betroffen sind nach meiner Schätzung:

- Winterweizen, Schlag "Große Breite", Flurstück 112/4, 18,6 ha,
  Körner stark ausgeschlagen, geschätzt 40-50 % Verlust
- Wintergerste, Flurstück 87/1, 9,2 ha, stand kurz vor der Ernte
- Mais, Flurstück 115, 12,0 ha, Blätter zerfetzt

Hagelversicherung HG-80-0071620, Versicherungsnehmer Jürgen Harmening,
Hof Harmening, Dorfstraße 14, 29693 Ahlden.

Bitte schicken Sie möglichst schnell einen Sachverständigen, die Gerste
müsste spätestens nächste Woche gedroschen werden.

Mit freundlichen Grüßen
Jürgen Harmening
Tel. 05164 80117
"""))

mail("agri_asf_yield_loss", "CONFIDENTIAL", "de", "insurer-to-customer",
     "animal-disease yield loss (ASF restriction zone) for a family farm partnership: named farmers, pig numbers, policy and payment; animal health only, no human health",
     build("agri_asf_yield_loss", "2026-05-12 10:48",
           "Malte Steinhoff <malte.steinhoff@kranich-versicherung.example>",
           "Moorhof Agrar GbR <hof@moorhof-agrar.example>",
           "Ertragsschaden Tierseuchen – Restriktionszone ASP, Vertrag TE-80-0004471",
           body="""\
Sehr geehrte Frau Moorhof, sehr geehrter Herr Moorhof,

Ihr Betrieb liegt seit dem 21.04.2026 in der Sperrzone II wegen des
ASP-Ausbruchs im Landkreis. Eine Infektion Ihres Bestands liegt nicht
vor, die Vermarktungsbeschränkung ist aber nach Ihrer
Tierseuchen-Ertragsschadenversicherung TE-80-0004471 versichert.

Abrechnung erste Abschlagszahlung (21.04.–10.05.):
- 1.140 Mastschweine, Mehrkosten Überständigkeit/Futter: 17.480 EUR
- Preisabschlag Schlachtung im Seuchengebiet (412 Tiere): 12.915 EUR
- abzüglich Selbstbehalt 14 Tage: -6.200 EUR
Abschlag: 24.195 EUR

Wir überweisen auf das bekannte Konto der GbR. Bitte senden Sie uns die
HIT-Bestandsmeldungen und die Schlachtabrechnungen für Mai weiterhin
monatlich.

""" + SIG_STEINHOFF))

mail("agri_newsletter_asp", "NORMAL", "de", "newsletter",
     "trap: agriculture newsletter on African swine fever, bluetongue vaccination and animal-disease cover; no farm or person",
     build("agri_newsletter_asp", "2026-05-04 06:00",
           "Kranich Agrar-Info <agrar-info@kranich-versicherung.example>",
           "landwirte@kranich-versicherung.example",
           "Agrar-Info Mai: ASP-Sperrzonen, Blauzungenkrankheit, Hitzestress im Stall",
           charset="iso-8859-15",
           body="""\
Kranich Agrar-Info - Mai 2026

ASP: Nach den Ausbrüchen im Nordosten gelten neue Sperrzonen. Betriebe in
Sperrzone II dürfen Schweine nur mit Genehmigung verbringen. Unsere
Tierseuchen-Ertragsschadenversicherung zahlt auch ohne eigenen Ausbruch
für Vermarktungsverbote - Voraussetzung ist der eingeschlossene Baustein
"Sperrgebiet".

Blauzungenkrankheit (BTV-3): Die Impfung von Rindern und Schafen wird
weiter empfohlen. Impfkosten sind nicht versichert, Tierverluste nach
amtlich festgestellter Infektion schon.

Hitzestress: Ab 28 °C Stalltemperatur steigen Verluste in der
Geflügelhaltung deutlich. Ausfall der Lüftung ist über die
Technik-Versicherung abgedeckt, wenn eine Alarmanlage installiert ist.

Sprechstunde für Landwirte: jeden Dienstag 8-10 Uhr, 040 8841-4800.

Kranich Allgemeine Versicherung AG - Landwirtschaft & Agrar
"""))

mail("agri_bull_injury", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "farmer's wife reports that her husband was injured by a bull (rib fractures, lung contusion, hospital) under his private accident policy",
     build("agri_bull_injury", "2026-05-26 13:37",
           "Wiebke Moorhof <hof@moorhof-agrar.example>",
           "Malte Steinhoff <malte.steinhoff@kranich-versicherung.example>",
           "Unfall Hinrich – Unfallversicherung",
           body="""\
Hallo Herr Steinhoff,

ich weiß, Sie sind eigentlich für die Hofversicherung zuständig, aber
ich wusste nicht, wen ich sonst fragen soll.

Hinrich ist am Sonntag im Laufstall vom Deckbullen umgestoßen und gegen
das Gatter gedrückt worden. Er liegt im Klinikum Rotenburg: vier
Rippen gebrochen (rechts), Lungenquetschung, er hatte eine Drainage. Die
Ärzte sagen, mindestens 8 Wochen keine schwere Arbeit.

Er hat bei Ihnen eine private Unfallversicherung (UV-50-3381906), soweit
ich weiß mit Krankenhaustagegeld und Genesungsgeld. Was müssen wir tun?
Und zahlt die Versicherung auch eine Betriebshilfe, damit jemand die
Kühe melkt?

Viele Grüße
Wiebke Moorhof
"""))

mail("agri_pv_barn_uw", "CONFIDENTIAL", "de", "insurer-to-broker",
     "buildings/PV underwriting for a named farmer's barn: policy numbers, address, sums insured; no health",
     build("agri_pv_barn_uw", "2026-04-22 11:11",
           "Malte Steinhoff <malte.steinhoff@kranich-versicherung.example>",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "Hof Rickmers – PV auf der Maschinenhalle",
           body="""\
Hallo Herr Ehlers,

zur Anfrage für Ihren Kunden Heinrich Rickmers (Hofstelle Rickmers,
Radbrucher Weg 2, 21449 Radbruch):

Die neue PV-Anlage (99 kWp, Inbetriebnahme 03/2026) auf der Maschinenhalle
nehmen wir in die bestehende Gebäudeversicherung LG-80-0033027 auf,
Versicherungssumme Halle neu 310.000 EUR. Die Anlage selbst versichern
wir separat in der Photovoltaik-Versicherung (Allgefahren inkl.
Ertragsausfall 6 Monate), Beitrag 312,00 EUR netto p. a.

Voraussetzung: Abnahmeprotokoll des Elektrikers und Nachweis, dass in
der Halle kein Heu/Stroh mehr lagert (Brandlast). Die Strohlagerung ist
laut Herrn Rickmers in die Feldscheune umgezogen – bitte kurz bestätigen
lassen.

""" + SIG_STEINHOFF))

mail("en_fac_reinsurance_estate", "CONFIDENTIAL", "en", "insurer-to-reinsurer",
     "facultative placement for a manor estate owned by a named private person: address, sums insured, policy number; property only",
     build("en_fac_reinsurance_estate", "2026-02-10 14:26",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Laurent Aebischer <l.aebischer@meridian-re.example>",
           "Fac request - Gut Hohenfelde (PD/BI) - inception 01/04/2026",
           body="""\
Dear Laurent,

we are looking for 40 % facultative support on the following risk:

Insured:        Friedrich von Asseln (private owner), Gut Hohenfelde,
                Hohenfelder Allee 1, 24257 Hohenfelde
Our policy:     LG-80-0040012 (agricultural & estate property)
Risk:           listed manor house (1782, thatched outbuildings),
                event barn, 14 holiday flats, biomass heating plant
Sums insured:   buildings EUR 18.6m, contents EUR 2.1m,
                BI (holiday lets/events) EUR 0.9m, 12 months
Deductible:     EUR 25,000
Fire protection: sprinkler in the event barn only; fire brigade 7 km

Our net retention would be EUR 8m. Survey report and loss history
(2 claims in 10 years, both storm) available on request.

Could you revert with terms by 27 February?

""" + SIG_LINDQVIST))

mail("ins_bhv_quote_gmbh", "NORMAL", "de", "insurer-to-company",
     "trap: business liability quote to a roofing GmbH prospect - premiums, sums insured, company data; no natural person is insured or described",
     build("ins_bhv_quote_gmbh", "2026-03-11 09:48",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "Dachdeckerei Lohmeier GmbH <info@dach-lohmeier.example>",
           "Ihr Angebot Betriebshaftpflicht Handwerk Plus",
           body="""\
Sehr geehrter Herr Lohmeier,

vielen Dank für Ihre Anfrage. Für die Dachdeckerei Lohmeier GmbH
(Dach-, Wand- und Abdichtungsarbeiten, 14 Mitarbeitende) bieten wir an:

                          Basis          Komfort         Premium
Deckungssumme            3 Mio. EUR     5 Mio. EUR      10 Mio. EUR
Bearbeitungsschäden       100.000        250.000         500.000
Mietsachschäden          500.000        1 Mio.          2 Mio.
Beitrag p. a. netto      2.940 EUR      3.410 EUR       4.180 EUR

Eingeschlossen: Heißarbeiten (mit Brandwache), Arbeiten an PV- und
Solarthermieanlagen, Asbestsanierung nach TRGS 519 nur im Premium-Tarif.

Für die Personenschäden Ihrer eigenen Mitarbeitenden ist die
Berufsgenossenschaft zuständig; eine Gruppenunfallversicherung können wir
Ihnen ergänzend anbieten.

Das Angebot gilt bis 30.04.2026.

""" + SIG_BRUECKNER))

mail("bakery_bi_claim", "CONFIDENTIAL", "de", "company-to-insurer",
     "sole-trader baker claims business interruption after an oven breakdown: her revenue figures, policy number and bank details",
     build("bakery_bi_claim", "2026-02-13 05:42",
           "Heike Stolzenberg <baeckerei.stolzenberg@mailbox.example>",
           "schaden-gewerbe@kranich-versicherung.example",
           "Ausfall Backofen – Betriebsunterbrechung",
           cte="8bit", flowed=True,
           body="""\
Guten Morgen,

seit Dienstag (10.02.) ist unser Etagenofen defekt – Steuerplatine \
durchgebrannt, laut Kundendienst (Backtechnik Wulff) kommt das Ersatzteil \
frühestens in 10 Tagen. Wir backen nur noch Brötchen im kleinen \
Konvektomaten, Brot und Kuchen fallen komplett aus.

Ich habe bei Ihnen die Maschinen- und Betriebsunterbrechungsversicherung \
MB-70-0012448 (Bäckerei Stolzenberg, Inh. Heike Stolzenberg).

Zum Vergleich mein Umsatz: Februar 2025 lagen wir bei 38.900 EUR netto, \
jetzt fehlen mir pro Tag ca. 900–1.000 EUR. Die Aushilfen muss ich \
trotzdem bezahlen.

Bitte überweisen Sie eine Entschädigung auf mein Geschäftskonto bei der \
Sparkasse: DE13 8086 6869 0889 2253 10.

Heike Stolzenberg
Bäckerei Stolzenberg, Lange Straße 22, 31737 Rinteln
"""))

mail("ins_sepa_confirm_jablonski", "CONFIDENTIAL", "de", "insurer-to-company",
     "SEPA mandate confirmation for a sole trader: his IBAN, mandate reference and policy numbers",
     build("ins_sepa_confirm_jablonski", "2026-01-09 11:00",
           "Beitragsservice <beitragsservice@kranich-versicherung.example>",
           "Tischlerei Jablonski <info@tischlerei-jablonski.example>",
           "Bestätigung Ihres SEPA-Lastschriftmandats",
           body="""\
Sehr geehrter Herr Jablonski,

wir bestätigen Ihr SEPA-Lastschriftmandat vom 05.01.2026.

Kontoinhaber:       Marek Jablonski
IBAN:               DE30 5675 5961 9062 2705 04
Mandatsreferenz:    KRA-IH70-0019984-01
Gläubiger-ID:       DE12KRA00000771205
Verträge:           IH-70-0019984 (Inhalt Handwerk),
                    BH-70-0024410 (Betriebshaftpflicht),
                    KF-31-7744019 (Kfz, Transporter HH-MJ 305)

Die Beiträge werden jeweils zum Ersten des Fälligkeitsmonats eingezogen;
fällt dieser auf ein Wochenende, am folgenden Bankarbeitstag.

Mit freundlichen Grüßen
Ihr Kranich Beitragsservice
""" + DISCLAIMER_K))

mail("fleet_company_car_evb", "CONFIDENTIAL", "de", "insurer-to-company",
     "eVB for a company car assigned to a named employee for private use, with VIN and his birth date for the driver group",
     build("fleet_company_car_evb", "2026-04-27 08:56",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Dirk Hoppenstedt <fuhrpark@kaltenbach-logistik.example>",
           "eVB Dienstwagen Kowalczyk",
           body="""\
Moin Herr Hoppenstedt,

eVB für den neuen Dienstwagen: 7XM4L2T

Fahrzeug: Skoda Enyaq 85, FIN TMBJC7NY3S0218844
Nutzer: Herr Adrian Kowalczyk, geb. 1990-07-14, Niederlassungsleiter
Bremen, Privatnutzung erlaubt (Ehefrau als weitere Fahrerin mitversichert,
Fahrerkreis "ab 25").

Das Fahrzeug läuft im Flottenvertrag KF-FL-0044 mit, Einstufung nach
Flottenschlüssel. Bitte das Zulassungsdatum kurz mitteilen.

""" + SIG_VOGELSANG))

# --------------------------------------------------------------------------
# Collections and payments; private customers in non-personal lines
# --------------------------------------------------------------------------

_rls = csvb([
    ["Buchungstag", "Vertrag", "Sparte", "Kontoinhaber", "IBAN", "Betrag", "Rückgabegrund"],
    ["02.03.2026", "KF-31-7710292", "Kfz", "Petersen, Ole", "DE45 0892 2028 4665 8556 36", "88,14", "MD06 Widerspruch"],
    ["02.03.2026", "HR-20-5590117", "Hausrat", "Wachholz, Sandra", "DE93 6405 7953 8798 1849 17", "14,90", "AC04 Konto erloschen"],
    ["03.03.2026", "LV-44-3177420", "Risikoleben", "Hagedorn, Ulf", "DE20 3331 4251 6289 8494 27", "37,20", "AM04 Deckung"],
    ["03.03.2026", "KV-88-0093318", "Krankenvoll", "Bilgin, Serkan", "DE69 1888 7432 0688 3117 07", "612,33", "AM04 Deckung"],
    ["04.03.2026", "PH-20-1990844", "PHV", "Voigtländer, Nele", "DE78 9101 4119 0750 0330 77", "6,45", "MS03 sonstige"],
], enc="windows-1252")
mail("ink_ruecklastschrift_csv", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "body only says 'Rücklastschriften KW 10'; the CSV has named account holders with IBANs and two personal-line contracts (term life, comprehensive health)",
     build("ink_ruecklastschrift_csv", "2026-03-05 07:45",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Inkasso Team 2 <inkasso-team2@kranich-versicherung.example>",
           "Rücklastschriften KW 10",
           body="""\
Moin,

Rücklastschriften KW 10 anbei, bitte wie üblich aufteilen (A–K Jonas,
L–Z Mareike). Bei AM04 erst Zahlungserinnerung, kein zweiter Einzug.

""" + SIG_PAWLAK,
           atts=[("RLS_KW10_2026.csv", _rls, "application/vnd.ms-excel")]))

mail("ink_mahnung_kfz", "CONFIDENTIAL", "de", "insurer-to-customer",
     "qualified premium reminder for a named customer's motor policy: amount, policy number, deadline; the insurer's own account is company data",
     build("ink_mahnung_kfz", "2026-02-18 10:02",
           "Kranich Forderungsmanagement <forderungsmanagement@kranich-versicherung.example>",
           "Dennis Wachowiak <d.wachowiak@webpost.example>",
           "Zahlungsaufforderung nach § 38 VVG – Vertrag KF-31-7802251",
           body="""\
Sehr geehrter Herr Wachowiak,

für Ihre Kfz-Versicherung KF-31-7802251 (Kennzeichen OS-DW 318) ist der
Folgebeitrag vom 01.01.2026 in Höhe von 412,60 EUR trotz Erinnerung vom
22.01.2026 noch offen.

Wir bestimmen Ihnen hiermit eine Zahlungsfrist von zwei Wochen ab Zugang
dieses Schreibens. Sind Sie nach Ablauf der Frist mit der Zahlung in
Verzug, besteht kein Versicherungsschutz (§ 38 Abs. 2 VVG) und wir können
den Vertrag fristlos kündigen (§ 38 Abs. 3 VVG). Als Fahrzeughalter sind
Sie verpflichtet, Versicherungsschutz nachzuweisen; die
Zulassungsbehörde wird über das Vertragsende informiert.

Bitte überweisen Sie den Betrag zuzüglich 5,00 EUR Mahngebühr auf
unser Konto DE39 0669 6657 6063 2986 10 (Kranich Allgemeine Versicherung AG),
Verwendungszweck KF-31-7802251.

Haben Sie inzwischen gezahlt, betrachten Sie dieses Schreiben bitte als
gegenstandslos.

Mit freundlichen Grüßen
Kranich Allgemeine Versicherung AG – Forderungsmanagement
"""))

mail("ink_mahnung_pkv_notlage", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "no medical word: premium arrears in a named customer's comprehensive health insurance with the warning of the emergency tariff (Notlagentarif) - health line",
     build("ink_mahnung_pkv_notlage", "2026-03-20 10:15",
           "Kranich Krankenversicherung – Beitragskonto <beitragskonto-kv@kranich-versicherung.example>",
           "Serkan Bilgin <serkan.bilgin@webpost.example>",
           "Ihr Beitragsrückstand – Krankenversicherung KV-88-0093318",
           body="""\
Sehr geehrter Herr Bilgin,

auf Ihrem Beitragskonto zur Krankheitskostenversicherung KV-88-0093318
besteht ein Rückstand von 1.836,99 EUR (Beiträge Januar bis März 2026).

Dies ist die erste Mahnung nach § 193 Abs. 6 VVG. Sind zwei Monate nach
Zugang dieser Mahnung noch Beiträge in Höhe von mehr als einem
Monatsbeitrag offen, erhalten Sie eine zweite Mahnung; einen Monat
danach ruht Ihr Vertrag und Sie werden im Notlagentarif geführt. Dann
werden nur noch Aufwendungen für die Behandlung akuter Erkrankungen und
Schmerzzustände sowie bei Schwangerschaft und Mutterschaft erstattet.

Wenn Sie hilfebedürftig im Sinne des SGB II oder XII sind oder werden,
tritt das Ruhen nicht ein – bitte senden Sie uns dann den Bescheid.

Wir bieten Ihnen gern eine Ratenzahlung an: 040 8841-7100.

Mit freundlichen Grüßen
Kranich Krankenversicherung AG – Beitragskonto
"""))

mail("en_ink_reminder_term_life", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "no medical word: premium reminder for a named customer's term life policy with lapse warning - life line",
     build("en_ink_reminder_term_life", "2026-04-09 10:30",
           "Kranich Life - Premium Services <premium-services@kranich-versicherung.example>",
           "Graham Whitlock <graham.whitlock@postbox.example>",
           "Outstanding premium - term life policy LV-44-3288173",
           body="""\
Dear Mr Whitlock,

we were unable to collect the monthly premium of EUR 48.90 for your term
life policy LV-44-3288173 on 1 April 2026; your bank returned the direct
debit with the reason "account closed".

Please pay the outstanding premium within two weeks, or give us a new
SEPA mandate via our customer portal. If the premium remains unpaid, we
will have to convert the policy into a paid-up policy - for a term life
policy without surrender value this means that cover for your family
would end.

Your policy currently provides a death benefit of EUR 350,000 in favour
of Mrs Helen Whitlock.

If you have already paid, please disregard this letter.

Yours sincerely
Kranich Lebensversicherung AG - Premium Services
"""))

mail("ink_kpi_report_q1", "NORMAL", "de", "internal",
     "trap: collections KPI report - counts and quotas of reminders, emergency tariffs and returned debits per line, no person",
     build("ink_kpi_report_q1", "2026-04-10 16:20",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Bereichsleitung Betrieb <bl-betrieb@kranich-versicherung.example>",
           "Kennzahlen Forderungsmanagement Q1/2026",
           body="""\
Hallo zusammen,

die Kennzahlen Q1 (vorläufig):

                        Komposit     Leben     Kranken
Zahlungserinnerungen     18.412      6.110      4.905
Mahnungen § 38 VVG        4.221      1.380         -
Mahnungen § 193 VVG          -          -        1.114
Notlagentarif (neu)          -          -           37
Kündigungen Zahlungsverz.   611        144           -
Rücklastschriftquote     0,84 %     0,61 %     0,72 %
Abgabe an Inkassobüro       402         12           -

Im Vergleich zu Q4 steigen die Rücklastschriften mit Grund AM04
(keine Deckung) weiter, vor allem in Kfz. Vorschlag für die nächste
Bereichsrunde: freiwillige Ratenzahlungsangebote früher im Prozess.

""" + SIG_PAWLAK))

mail("ink_inkassobuero_status", "CONFIDENTIAL", "de", "supplier-to-insurer",
     "collection agency reports on named debtors of P&C premiums, amounts, a consumer insolvency; financial data, no health",
     build("ink_inkassobuero_status", "2026-03-31 15:10",
           "Hanseatisches Forderungsbüro <mandate@hfb-inkasso.example>",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Statusbericht März 2026 – Mandant Kranich Allgemeine",
           body="""\
Sehr geehrte Frau Pawlak,

Statusbericht zu den im Februar übergebenen Akten (Auszug, Details im
Mandantenportal):

Az. HF-26-1140  Schuldner Marvin Kuschel, Bremerhaven
                Kfz KF-31-7559810, Hauptforderung 611,40 EUR
                Ratenzahlung 50 EUR/Monat vereinbart, 1. Rate eingegangen.
Az. HF-26-1151  Schuldnerin Sabrina Ötztürk, Delmenhorst
                Hausrat HR-20-5204471, 96,30 EUR – vollständig bezahlt.
Az. HF-26-1163  Schuldner Ronny Gabler, Cuxhaven
                PHV PH-20-1702280, 142,80 EUR – Verbraucherinsolvenz
                eröffnet (AG Cuxhaven, 12 IK 44/26), Forderung zur
                Tabelle angemeldet; weitere Maßnahmen ruhen.

Mit freundlichen Grüßen
Jessica Reents
Hanseatisches Forderungsbüro GmbH
"""))

mail("cust_payment_plan_request", "CONFIDENTIAL", "de", "customer-to-insurer",
     "customer asks for instalments on her buildings premium, states her net income and short-time work; no health",
     build("cust_payment_plan_request", "2026-02-24 22:03",
           "Manuela Schreckenberg <manu.schreckenberg@webpost.example>",
           "forderungsmanagement@kranich-versicherung.example",
           "Bitte um Ratenzahlung WG-20-0814406",
           charset="windows-1252",
           body="""\
Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung für die Wohngebäudeversicherung WG-20-0814406
(1.284,50 €) bekommen. Ich kann den Betrag im Moment nicht auf einmal
zahlen. Mein Arbeitgeber (Zulieferer in der Autoindustrie) hat seit
Januar Kurzarbeit angemeldet, ich bekomme statt 2.450 € nur noch ca.
1.890 € netto im Monat und muss noch den Kredit fürs Haus bedienen.

Wäre es möglich, den Beitrag in 6 Raten zu zahlen? Für die Zukunft würde
ich gern auf monatliche Zahlung umstellen, auch wenn das etwas teurer ist.

Mit freundlichen Grüßen
Manuela Schreckenberg
Birkenweg 3, 38518 Gifhorn
"""))

mail("ins_payment_plan_reply", "CONFIDENTIAL", "de", "insurer-to-customer",
     "instalment plan for a named customer's buildings policy; her income and short-time work only in the quoted mail",
     build("ins_payment_plan_reply", "2026-02-26 09:37",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Manuela Schreckenberg <manu.schreckenberg@webpost.example>",
           "AW: Bitte um Ratenzahlung WG-20-0814406",
           in_reply_to=msgid("cust_payment_plan_request", "2026-02-24 22:03", "webpost.example"),
           body="""\
Sehr geehrte Frau Schreckenberg,

gern kommen wir Ihnen entgegen: Wir stunden den offenen Beitrag von
1.284,50 EUR und teilen ihn in sechs Raten zu je 214,08 EUR auf
(01.03. bis 01.08.2026). Der Versicherungsschutz bleibt bestehen,
solange die Raten pünktlich eingehen. Die Umstellung auf monatliche
Zahlung erfolgt zur nächsten Hauptfälligkeit (Ratenzuschlag 5 %).

""" + SIG_PAWLAK + """
> Mein Arbeitgeber (Zulieferer in der Autoindustrie) hat seit
> Januar Kurzarbeit angemeldet, ich bekomme statt 2.450 € nur noch ca.
> 1.890 € netto im Monat und muss noch den Kredit fürs Haus bedienen.
"""))

mail("ink_own_account_change", "NORMAL", "de", "insurer-to-broker",
     "trap: the insurer announces its own new collection account (company IBAN, BIC, creditor ID) to brokers; no person's bank data",
     build("ink_own_account_change", "2026-05-04 08:00",
           "Kranich Maklerinformation <makler-info@kranich-versicherung.example>",
           "Maklerverteiler Nord <makler-nord@kranich-versicherung.example>",
           "Neue Bankverbindung für Beitragszahlungen ab 01.07.2026",
           body="""\
Sehr geehrte Maklerpartner,

zum 1. Juli 2026 bündeln wir den Zahlungsverkehr der Kranich
Versicherungsgruppe bei einer Bank. Für Überweisungen Ihrer Kundinnen
und Kunden gilt dann einheitlich:

  Kontoinhaber:  Kranich Versicherungsgruppe – Inkasso
  IBAN:          DE03 4939 5307 4545 4659 43
  BIC:           HANSDEHHXXX
  Gläubiger-ID:  DE12KRA00000771205 (unverändert)

Bestehende SEPA-Lastschriftmandate gelten weiter, Ihre Kunden müssen
nichts tun. Die alten Konten bleiben bis 31.12.2026 für Zahlungseingänge
geöffnet.

Ein Musterschreiben für Kundenanfragen finden Sie im Vermittlerportal.

Ihre Kranich Maklerbetreuung
"""))

_sepa_blank = pdf("SEPA-Lastschriftmandat - Vorlage", [
    "Zahlungsempfänger: Kranich Versicherungsgruppe, Ballindamm 61, 20095 Hamburg",
    "Gläubiger-Identifikationsnummer: DE12KRA00000771205",
    "Mandatsreferenz: wird separat mitgeteilt",
    "",
    "Ich ermächtige die Kranich Versicherungsgruppe, Zahlungen von meinem Konto mittels Lastschrift",
    "einzuziehen. Zugleich weise ich mein Kreditinstitut an, die auf mein Konto gezogenen",
    "Lastschriften einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem",
    "Belastungsdatum, die Erstattung des belasteten Betrages verlangen.",
    "",
    "Vertragsnummer(n): ____________________________",
    "Kontoinhaber (Vorname, Name): ____________________________",
    "Straße, PLZ, Ort: ____________________________",
    "IBAN: DE__ ____ ____ ____ ____ __",
    "Kreditinstitut: ____________________________",
    "Ort, Datum, Unterschrift: ____________________________",
])
mail("ins_sepa_blank_form", "NORMAL", "de", "insurer-to-broker",
     "trap: blank SEPA mandate form (PDF) with the insurer's creditor ID and empty IBAN fields",
     build("ins_sepa_blank_form", "2026-01-14 14:44",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Ruth Gerdes <backoffice@finpool-nord.example>",
           "AW: SEPA-Vorlage",
           body="""\
Hallo Frau Gerdes,

hier die aktuelle SEPA-Mandatsvorlage als PDF zum Ausfüllen. Bitte
beachten: Das Mandat muss vom Kontoinhaber selbst unterschrieben sein,
wenn Versicherungsnehmer und Kontoinhaber abweichen.

""" + SIG_HOLTKAMP,
           atts=[("SEPA_Mandat_Vorlage_Kranich.pdf", _sepa_blank)]))

mail("en_cust_bank_change", "CONFIDENTIAL", "en", "customer-to-insurer",
     "expat customer gives a new Dutch IBAN for his household and liability policies",
     build("en_cust_bank_change", "2026-03-01 18:29",
           "Pieter-Jan de Wolf <pj.dewolf@inbox.example>",
           "service@kranich-versicherung.example",
           "New bank account for my policies",
           body="""\
Hello,

I'm moving my salary account back to the Netherlands. From April please
collect the premiums for my contents insurance HR-20-6012983 and my
personal liability policy PH-20-2310876 from:

Account holder: Pieter-Jan de Wolf
IBAN: NL04 KRAN 9420 9857 11

Please send me a new SEPA mandate form if you need one. My address
in Hamburg (Isestraße 31, 20144) stays the same.

Thanks,
Pieter-Jan de Wolf
"""))

mail("hr_wage_garnishment", "CONFIDENTIAL", "de", "internal",
     "HR internal: garnishment order against a named employee of the insurer - salary, debt amount, creditor; no health",
     build("hr_wage_garnishment", "2026-02-06 13:20",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Entgeltabrechnung <entgelt@kranich-versicherung.example>",
           "PfÜB – Personalnr. 60417",
           body="""\
Hallo Lohnbüro,

heute ist ein Pfändungs- und Überweisungsbeschluss des AG Hamburg-Barmbek
(Az. 812 M 3390/25) für Herrn Kevin Rößler, Personalnr. 60417
(Schadensachbearbeiter, Gruppe TG 6, brutto 3.980 EUR) eingegangen.

Gläubigerin: Autohaus Nordkurve GmbH, Forderung 7.412,36 EUR nebst
Zinsen und Kosten. Herr Rößler ist verheiratet, ein unterhaltsberechtigtes
Kind lt. Personalakte.

Bitte ab der Februar-Abrechnung den pfändbaren Betrag nach Tabelle
einbehalten und die Drittschuldnererklärung bis 20.02. vorbereiten, ich
unterschreibe sie dann. Herr Rößler ist informiert.

""" + SIG_AMBROS))

mail("ins_cancel_refund_household", "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of a named customer's household policy cancellation with refund to her IBAN",
     build("ins_cancel_refund_household", "2026-01-30 11:42",
           "Lorenz Hartung <lorenz.hartung@kranich-versicherung.example>",
           "Svenja Marquard-Oltmann <svenja.mo@webpost.example>",
           "Kündigungsbestätigung Hausrat HR-20-4470329",
           body="""\
Sehr geehrte Frau Marquard-Oltmann,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR-20-4470329
wegen Umzugs ins Ausland zum 31.01.2026.

Der zu viel gezahlte Beitrag für Februar bis Juni (61,25 EUR) wird in den
nächsten Tagen auf Ihr Konto DE22 2787 5520 2766 2009 29 erstattet.

Alles Gute für den Neustart in Kopenhagen!

""" + SIG_HARTUNG))

mail("en_ink_dd_failed_household", "CONFIDENTIAL", "en", "insurer-to-customer",
     "failed direct debit for a named customer's household policy with bank charges and masked IBAN; property line",
     build("en_ink_dd_failed_household", "2026-04-03 09:05",
           "Kranich Premium Services <premium-services@kranich-versicherung.example>",
           "Anjali Deshpande <anjali.deshpande@mailbox.example>",
           "Your direct debit could not be collected - policy HR-20-6650214",
           body="""\
Dear Ms Deshpande,

the premium of EUR 21.40 for your contents insurance HR-20-6650214 due on
1 April 2026 could not be collected from your account
DE** **** **** **** **62 14 (reason: insufficient funds). Your bank charged
us EUR 3.50, which we have added to the amount due.

We will try to collect EUR 24.90 again on 15 April 2026. If you would
rather pay by transfer, please use the reference HR-20-6650214.

Kind regards
Kranich Premium Services
"""))

mail("ink_bu_pension_tax", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "BU pension payout to a named pensioner: tax ID, IBAN and benefit amount under a disability (life) contract",
     build("ink_bu_pension_tax", "2026-01-05 14:18",
           "Rentenzahlung Leben <rentenzahlung-leben@kranich-versicherung.example>",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Verrechnung BU-Rente mit Beitragsrückstand – Kalinowski",
           body="""\
Hallo Frau Pawlak,

zu Ihrer Anfrage: Herr Bogdan Kalinowski (LV-44-2011783) bezieht seit
08/2023 eine BU-Rente von 1.420,00 EUR monatlich, Auszahlung auf
DE48 2836 0023 6654 0337 02. Steuer-ID 57 318 204 996, die Rente wird
mit dem Ertragsanteil (BU-Rente, Laufzeit bis 2038) gemeldet.

Eine Verrechnung mit dem Rückstand aus seiner Hausratversicherung ist
nicht zulässig (unterschiedliche Gesellschaften, Aufrechnungsverbot laut
Vertragsbedingungen). Bitte den Rückstand regulär mahnen.

Gruß
Britta Hollweg
Rentenzahlung Leben
"""))

mail("ins_lv_payout", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "maturity payout of a named customer's endowment life policy with amount, withholding tax and IBAN",
     build("ins_lv_payout", "2026-05-02 09:00",
           "Kranich Lebensversicherung – Leistung <leistung-leben@kranich-versicherung.example>",
           "Reinhold Böttcher <r.boettcher@t-netz.example>",
           "Ablauf Ihrer Kapitallebensversicherung LV-40-0991244",
           cte="base64",
           body="""\
Sehr geehrter Herr Böttcher,

Ihre Kapitallebensversicherung LV-40-0991244 ist am 01.05.2026 abgelaufen.
Wir gratulieren Ihnen und zahlen aus:

Garantierte Versicherungssumme          30.000,00 EUR
Überschussbeteiligung                   11.284,17 EUR
Schlussüberschuss                        2.115,60 EUR
Summe                                   43.399,77 EUR
Kapitalertragsteuer/Soli (Halbeinkünfteverfahren,
Vertrag nach 2004, 12 Jahre / 60. Lebensjahr erfüllt)  - 1.703,88 EUR
Auszahlung                              41.695,89 EUR

Die Überweisung erfolgt mit Wertstellung 05.05.2026 auf Ihr Konto
DE39 2688 5552 5113 7298 20.

Die Steuerbescheinigung erhalten Sie mit separater Post.

Mit freundlichen Grüßen
Kranich Lebensversicherung AG
"""))

_coll_training = docx([
    "# Onboarding Forderungsmanagement - Modul 3: Datenschutz im Mahnwesen",
    "Lernziel: Sie wissen, welche Angaben in Mahnungen und Telefonaten an wen gehen dürfen.",
    "## Grundregeln",
    "1. Mahnungen gehen nur an den Versicherungsnehmer, nie an Arbeitgeber oder Angehörige (Ausnahme: Vollmacht).",
    "2. Bei Kranken- und Lebensversicherung den Tarifnamen nicht in Betreffzeilen an Dritte schreiben - schon die Tatsache des Vertrags ist besonders geschützt.",
    "3. Bei Rückfragen von Inkassobüros nur Vertragsart, Forderung und Adresse weitergeben.",
    "## Fallbeispiel (fiktiv)",
    "Frau «Nachname» ruft an und fragt, warum ihr Mann im Notlagentarif ist. Was dürfen Sie sagen?",
    "Lösung: Ohne Vollmacht des Ehemanns keine Auskunft; Rückruf an die im Vertrag hinterlegte Nummer anbieten.",
    "## Checkliste IBAN",
    "IBAN am Telefon nie vollständig vorlesen; zur Prüfung nur die letzten vier Stellen nennen lassen.",
], title="Onboarding FM Modul 3")
mail("en_ink_onboarding_privacy", "NORMAL", "en", "internal",
     "trap: onboarding material for collections staff (DOCX) about health/life contract secrecy and IBANs, with a fictitious placeholder case",
     build("en_ink_onboarding_privacy", "2026-01-27 12:00",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Aleksander Nowak <aleksander.nowak@kranich-versicherung.example>",
           "Onboarding material - module 3 (privacy in collections)",
           body="""\
Hi Aleksander,

welcome on board again! As discussed, here is module 3 of our onboarding
material. It's in German because the team works in German, but the
rules are simple:

- reminders only ever go to the policyholder;
- never name health or life tariffs to third parties, not even the fact
  that a contract exists;
- never read out a full IBAN on the phone.

Go through the fictitious case at the end and we'll discuss it on
Thursday in our 1:1.

Cheers,
Dorota
""",
           atts=[("FM_Onboarding_Modul3_Datenschutz.docx", _coll_training)]))

mail("ink_dunning_template", "NORMAL", "de", "internal",
     "trap: dunning-letter template with placeholders for name, contract, amount and IBAN; no real data",
     build("ink_dunning_template", "2026-03-12 11:08",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Textbausteine <textbausteine@kranich-versicherung.example>",
           "Textbaustein ZE-03 neu (Zahlungserinnerung nach Rücklastschrift)",
           body="""\
Hallo Textbaustein-Team,

bitte folgenden Baustein ZE-03 ab 01.04. freischalten (ersetzt ZE-03 alt):

---
Sehr geehrte(r) «Anrede» «Nachname»,

leider konnten wir den Beitrag für Ihre «Sparte» «Vertragsnummer» in Höhe
von «Betrag» EUR nicht von Ihrem Konto «IBAN_maskiert» einziehen. Ihre
Bank hat die Lastschrift mit dem Grund «Rückgabegrund» zurückgegeben und
uns «Bankgebühr» EUR berechnet.

Bitte überweisen Sie den Betrag bis «Frist» auf unser Konto
«Kranich_IBAN» oder erteilen Sie uns ein neues SEPA-Mandat im
Kundenportal.
---

Für «Sparte» = Kranken/Leben bitte die neutrale Formulierung "Ihren
Vertrag" verwenden (Vorgabe Datenschutz, Frau Sandberg).

""" + SIG_PAWLAK))

mail("en_ink_ageing_report", "NORMAL", "en", "internal",
     "trap: arrears ageing report for the board - sums and counts per line including life and health; no individual",
     build("en_ink_ageing_report", "2026-04-15 18:02",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "Ole Terhorst <ole.terhorst@kranich-versicherung.example>",
           "Receivables ageing 31/03/2026 - board pack",
           cc="Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           body="""\
Dear Mr Terhorst,

as requested for the board pack (English version for the group's
supervisory board members), the receivables ageing as of 31 March:

Line           0-30 days    31-90 days    91-180 days    >180 days
P&C            EUR 4.12m    EUR 1.08m     EUR 0.31m      EUR 0.22m
Life           EUR 0.96m    EUR 0.17m     EUR 0.04m      EUR 0.01m
Health         EUR 1.41m    EUR 0.52m     EUR 0.26m      EUR 0.39m

Health >180 days is mostly policyholders in the statutory emergency
tariff (437 contracts); we cannot cancel these and write down 80 %.
Provision for bad debts: EUR 0.71m (previous quarter EUR 0.66m).

Best regards
Dorota Pawlak
Head of Collections
"""))

mail("ins_sf_certificate", "CONFIDENTIAL", "de", "insurer-to-customer",
     "no-claims (SF) certificate for a named customer leaving: claims history, plate, contract and birth date",
     build("ins_sf_certificate", "2026-01-07 13:31",
           "Lorenz Hartung <lorenz.hartung@kranich-versicherung.example>",
           "Hendrik Jaspers <h.jaspers@mailbox.example>",
           "Ihre SF-Bescheinigung – KF-31-6990412",
           body="""\
Sehr geehrter Herr Jaspers,

wie gewünscht bestätigen wir für Ihren neuen Versicherer den
Schadenverlauf Ihrer Kfz-Versicherung:

Versicherungsnehmer:  Hendrik Jaspers, geb. 9.10.1983
Vertrag:              KF-31-6990412, Kennzeichen WHV-HJ 83
Laufzeit:             01.04.2015 – 31.12.2025
Haftpflicht:          SF 10 erreicht, 1 Schaden (2021, belastet)
Vollkasko:            SF 8 erreicht, 1 Schaden (2021, belastet)
Rückstufung für 2026 wäre: Haftpflicht SF 11, VK SF 9

Der Vorversicherer kann die Daten auch elektronisch über das
GDV-Verfahren abrufen.

""" + SIG_HARTUNG))

mail("cust_ebike_theft", "CONFIDENTIAL", "de", "customer-to-insurer",
     "customer reports theft of her e-bike under household insurance: policy number, address, frame number, police reference",
     build("cust_ebike_theft", "2026-04-18 07:14",
           "Johanna Pflügner <jo.pfluegner@mailbox.example>",
           "schaden@kranich-versicherung.example",
           "E-Bike geklaut!!",
           body="""\
hallo,
mein e-bike wurde heute nacht aus dem fahrradkeller geklaut (schloss
aufgebrochen). Hausratversicherung HR-20-7102288 mit fahrrad-baustein.
Cube Kathmandu Hybrid, rahmennr. WCU2238109KT, gekauft 05/2024 für 3.299 €.
anzeige ist gemacht, polizei hamburg, vorgangsnr 260418-0611-08820.
adresse: Johanna Pflügner, Schanzenstraße 41, 20357 Hamburg

was brauchen sie noch?? rechnung hab ich als foto

jo
"""))

mail("ins_hearing_aids_theft", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "household claim settlement, but the stolen items are a named customer's hearing aids (medical aid, hearing loss)",
     build("ins_hearing_aids_theft", "2026-02-11 15:24",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Irmgard Seefeldt <irmgard.seefeldt@t-netz.example>",
           "Einbruchdiebstahl – Schaden SA-26-001840, Hausrat HR-20-3089912",
           body="""\
Sehr geehrte Frau Seefeldt,

es tut uns leid, dass bei Ihnen eingebrochen wurde. Zu Ihrem Schaden vom
28.01.2026 rechnen wir wie folgt ab:

- Schmuck (Kette, 2 Ringe) laut Gutachten Juwelier:   1.850,00 EUR
- Bargeld (Höchstgrenze 1.000 EUR):                    400,00 EUR
- Hörgeräte beidseitig (Phonak Audéo, 2024),
  Eigenanteil laut Rechnung des Hörakustikers:         2.140,00 EUR
- Reparatur Terrassentür:                              780,00 EUR
Summe:                                                5.170,00 EUR

Die gesetzliche Krankenkasse hat den Festbetrag für die neuen Hörgeräte
übernommen; wir ersetzen daher nur Ihren Eigenanteil. Ihr HNO-Attest zur
beidseitigen Schwerhörigkeit benötigen wir nicht mehr.

Die Auszahlung erfolgt auf das bekannte Konto.

Mit freundlichen Grüßen
Ahmet Kaya
Schaden Sach Privat
Kranich Allgemeine Versicherung AG
"""))

mail("cust_dementia_car", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "son cancels his father's motor policy because the father has dementia and may no longer drive - diagnosis of a named person",
     build("cust_dementia_car", "2026-03-04 20:51",
           "Frank Liebetrau <frank.liebetrau@webpost.example>",
           "kfz@kranich-versicherung.example",
           "Kündigung Kfz-Versicherung meines Vaters",
           cte="8bit", flowed=True,
           body="""\
Sehr geehrte Damen und Herren,

ich kündige hiermit im Namen meines Vaters, Herrn Walter Liebetrau \
(Vertrag KF-31-4120087, Kennzeichen CE-WL 44), die Kfz-Versicherung zum \
nächstmöglichen Zeitpunkt. Eine Kopie meiner Vorsorgevollmacht hänge ich \
in einer separaten Mail an.

Bei meinem Vater wurde im Januar eine Alzheimer-Demenz diagnostiziert. \
Der Neurologe hat ihm dringend vom Autofahren abgeraten, und er hat \
eingesehen, dass es so nicht weitergeht. Das Auto wird nächste Woche \
verkauft und abgemeldet.

Bitte schicken Sie alle Post zu diesem Vertrag künftig an mich: \
Frank Liebetrau, Wiesenweg 12, 29221 Celle.

Mit freundlichen Grüßen
Frank Liebetrau
"""))

mail("en_motor_settlement_expat", "CONFIDENTIAL", "en", "insurer-to-customer",
     "motor claim settlement for a named customer: car park damage, policy and claim numbers, payout; no injuries",
     build("en_motor_settlement_expat", "2026-05-19 14:40",
           "Kranich Motor Claims <motor-claims@kranich-versicherung.example>",
           "Rafael Quintero <rafael.quintero@inbox.example>",
           "Your claim KS-26-019433 - settlement",
           body="""\
Dear Mr Quintero,

thank you for sending the repair invoice. We have settled your comprehensive
claim KS-26-019433 (hit-and-run damage to your Mazda CX-5, HH-RQ 920, in
the car park of the Alstertal shopping centre on 28 April 2026):

Repair costs (Karosserie Brandt, invoice 26-0771)   EUR 2,386.40
less deductible (fully comprehensive)               EUR  -300.00
Payment                                             EUR 2,086.40

The payment goes directly to the repair shop as you requested. As the
other party could not be identified, the claim will affect your no-claims
class in comprehensive cover (SF 6 -> SF 3 from 1 January 2027). You can
avoid this by reimbursing the amount within six months of this letter.

Kind regards
Kranich Motor Claims
"""))

# --------------------------------------------------------------------------
# Lawyers, assessors, underwriting, reinsurance
# --------------------------------------------------------------------------

mail("law_bu_depression", "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer for a named BU claimant: recurrent depression (F33.1), inpatient stays, demand for payment - health data and professional secrecy",
     build("law_bu_depression", "2026-03-27 11:52",
           "RAin Miriam Achterberg <kanzlei@achterberg-recht.example>",
           "leistung-bu@kranich-versicherung.example",
           "Ihr Zeichen BU-L-25-00912 / Voigt ./. Kranich Lebensversicherung AG",
           body="""\
Sehr geehrte Damen und Herren,

in der Angelegenheit unserer Mandantin Frau Sandra Voigt, geb. 23.05.1979,
Berufsunfähigkeitsversicherung LV-44-1920833, zeigen wir unter Vorlage
der Vollmacht die anwaltliche Vertretung an.

Unsere Mandantin ist seit dem 02.06.2025 als Filialleiterin im
Einzelhandel zu mehr als 50 % berufsunfähig. Sie leidet an einer
rezidivierenden depressiven Störung, gegenwärtig schwere Episode
(F33.2, zuvor F33.1), und war vom 14.07. bis 29.09.2025 in stationärer
Behandlung in der Klinik am Wiehengebirge. Die behandelnde Psychiaterin
bestätigt in ihrem Bericht vom 10.01.2026 eine Leistungsfähigkeit von
unter drei Stunden täglich im zuletzt ausgeübten Beruf.

Ihre Ablehnung vom 19.02.2026, gestützt allein auf das Aktengutachten,
ist nicht haltbar; eine persönliche Untersuchung hat nie stattgefunden.

Wir fordern Sie auf, bis zum 17.04.2026 die vertragliche BU-Rente von
1.250,00 EUR monatlich rückwirkend ab 01.07.2025 anzuerkennen und die
Beitragsbefreiung zu erklären. Nach fruchtlosem Fristablauf werden wir
unserer Mandantin die Klageerhebung empfehlen.

Mit freundlichen Grüßen
Miriam Achterberg
Rechtsanwältin, Fachanwältin für Versicherungsrecht
Kanzlei Achterberg · Lotter Straße 71 · 49078 Osnabrück
"""))

mail("ins_to_lawyer_unfall_shoulder", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "accident insurance invalidity dispute about a named client's shoulder (rotator cuff, arm value in the limb table)",
     build("ins_to_lawyer_unfall_shoulder", "2026-04-24 10:06",
           "Dr. Konstantin Riedesel <konstantin.riedesel@kranich-versicherung.example>",
           "RA Jonas Feddersen <j.feddersen@feddersen-rau.example>",
           "Ihr Mandant Herr Olaf Brüning – Unfall U-25-004127",
           body="""\
Sehr geehrter Herr Kollege Feddersen,

auf Ihr Schreiben vom 08.04.2026:

Wir bleiben bei unserer Bemessung. Das Gutachten von Dr. Faßbender
stellt bei Ihrem Mandanten nach der Rotatorenmanschettenruptur rechts
(Sturz vom Fahrrad am 11.05.2025) eine Funktionsbeeinträchtigung des
rechten Arms von 2/10 Armwert fest. Die vorbestehende Degeneration
(Tendinose, Impingement, radiologisch 2023 dokumentiert) ist mit 40 %
Mitwirkung berücksichtigt; das entspricht Ziffer 3.2 AUB.

Invaliditätsgrad: 70 % x 2/10 = 14 %, abzüglich 40 % Mitwirkung = 8,4 %
Kapitalleistung bei 100.000 EUR Grundsumme (ohne Progression): 8.400 EUR.

Einer Neubemessung nach § 188 VVG zum Ablauf des dritten Unfalljahres
stehen wir offen gegenüber; Ihr Mandant kann diese bis spätestens
drei Monate vor Ablauf verlangen.

""" + SIG_RIEDESEL))

mail("law_cyclist_injury", "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer for a cyclist injured by an insured driver: tibia fracture, surgery, sick leave, pain and suffering claim",
     build("law_cyclist_injury", "2026-05-08 16:31",
           "Dr. Paul Enßlin <p.ensslin@ensslin-kanzlei.example>",
           "personenschaden-kfz@kranich-versicherung.example",
           "Schaden KS-26-017702 – Mandantin Lea Hufnagel – Bezifferung",
           charset="windows-1252",
           body="""\
Sehr geehrte Damen und Herren,

in der Unfallsache Hufnagel ./. Ihren Versicherungsnehmer (Kennzeichen
PI-MK 771, Unfall vom 03.03.2026, Radweg Elmshorner Straße) beziffern wir
die Ansprüche unserer Mandantin wie folgt:

1. Schmerzensgeld: 9.000 € – unsere Mandantin erlitt eine
   Tibiakopffraktur links (S82.1), die am 04.03. im Regio Klinikum
   Pinneberg osteosynthetisch versorgt wurde; 9 Tage stationär,
   anschließend 8 Wochen Teilbelastung an Unterarmgehstützen,
   ambulante Reha bis 30.04.
2. Verdienstausfall (Erzieherin, Differenz Krankengeld):  1.618,40 €
3. Haushaltsführungsschaden 10 Wochen:                     2.450,00 €
4. Fahrrad (Wiederbeschaffung) und Kleidung:                1.312,00 €

Der Arztbericht und die Verdienstbescheinigung liegen bei. Die Haftung
Ihres Versicherungsnehmers ist unstreitig. Zahlung bis 29.05.2026.

Mit freundlichen Grüßen
Dr. Paul Enßlin, Rechtsanwalt
"""))

mail("law_rs_tenancy", "CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer asks the legal-expenses insurer for cover for a named client's tenancy dispute; policy number, address, rent; no health",
     build("law_rs_tenancy", "2026-02-03 10:47",
           "Kanzlei Feddersen & Rau <post@feddersen-rau.example>",
           "rechtsschutz@kranich-versicherung.example",
           "Deckungsanfrage – Ihr VN Bastian Kröger, RS-60-0551870",
           body="""\
Sehr geehrte Damen und Herren,

wir vertreten Ihren Versicherungsnehmer Herrn Bastian Kröger,
Rechtsschutzversicherung RS-60-0551870 (Privat/Beruf/Wohnen).

Herrn Kröger wurde mit Schreiben vom 20.01.2026 die Wohnung Grindelallee
88, 20146 Hamburg (Kaltmiete 1.140 EUR) wegen Eigenbedarfs zum
31.10.2026 gekündigt. Die Vermieterin will die Wohnung angeblich für
ihren Neffen nutzen; nach unseren Informationen ist die Wohnung bereits
auf einem Online-Portal zur Vermietung als möbliertes Apartment
ausgeschrieben.

Wir bitten um Deckungszusage für die außergerichtliche Vertretung
(Widerspruch gegen die Kündigung) und vorsorglich für die erste Instanz
eines Räumungsrechtsstreits. Gegenstandswert: Jahreskaltmiete 13.680 EUR.

Mit freundlichen Grüßen
Jonas Feddersen
Rechtsanwalt
Kanzlei Feddersen & Rau · Rothenbaumchaussee 5 · 20148 Hamburg
"""))

mail("en_ins_to_lawyer_subrogation", "CONFIDENTIAL", "en", "insurer-to-lawyer",
     "subrogation instruction against a named tenant who caused a fire with a candle; claim number, addresses, amounts; nobody injured",
     build("en_ins_to_lawyer_subrogation", "2026-03-13 13:19",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Fiona McAllister <f.mcallister@mcallister-legal.example>",
           "Recourse instruction - claim SA-25-009914 (fire, Lübeck)",
           body="""\
Dear Ms McAllister,

thank you for agreeing to handle this recourse for us, as the tortfeasor
now lives in Edinburgh.

Facts:
- Our insured: Hannelore Stüve, owner of the building Engelsgrube 19,
  23552 Lübeck (buildings policy WG-20-0530098).
- Tortfeasor: her former tenant Mr Duncan Fairbairn, now 7 Marchmont
  Crescent, Edinburgh EH9.
- On 14 December 2025 Mr Fairbairn left a candle burning on a bookshelf
  and went out; the flat and the roof structure burned out. Nobody was
  injured. The fire brigade report names the candle as the cause.
- We have paid EUR 187,450 to our insured so far; final amount approx.
  EUR 240,000.

Mr Fairbairn's German liability insurer has declined cover because his
policy lapsed for non-payment in October 2025. Please write to him and
check his ability to pay before we decide on litigation.

Kind regards
Ahmet Kaya
Property Claims
Kranich Allgemeine Versicherung AG
"""))

mail("law_newsletter_bgh_bu", "NORMAL", "de", "newsletter",
     "trap: law-firm newsletter on a BGH ruling about BU and depression - anonymised claimant (52-year-old roofer), no identifiable person",
     build("law_newsletter_bgh_bu", "2026-02-16 07:45",
           "Kanzlei Achterberg – Mandanteninformation <newsletter@achterberg-recht.example>",
           "leistung-bu@kranich-versicherung.example",
           "Versicherungsrecht aktuell 02/2026: BGH zur Verweisung bei psychischen Erkrankungen",
           body="""\
Versicherungsrecht aktuell – Ausgabe 02/2026

BGH, Urteil vom 21.01.2026 – IV ZR 188/24: Verweisung in der BU bei
psychischen Erkrankungen

Der Kläger, ein 52-jähriger Dachdecker, war nach einem Arbeitsunfall an
einer posttraumatischen Belastungsstörung und einer mittelgradigen
depressiven Episode erkrankt. Der Versicherer verwies ihn auf eine
Tätigkeit als Lagerverwalter. Der BGH stellt klar: Bei der Prüfung der
Vergleichstätigkeit müssen die konkreten psychischen Einschränkungen
(hier: Konzentrationsstörungen, Vermeidungsverhalten) berücksichtigt
werden; ein bloßer Verweis auf die körperliche Leichtigkeit der
Tätigkeit genügt nicht.

Praxishinweis: Versicherer sollten ihre Leistungsprüfung bei
F-Diagnosen dokumentieren und psychiatrische Gutachten einholen, bevor
verwiesen wird.

Weitere Themen: OLG Hamm zur Gliedertaxe bei Fingerverletzungen; LG
Hamburg zur Anzeigepflicht bei Psychotherapie vor Antragstellung.

Kanzlei Achterberg · Lotter Straße 71 · 49078 Osnabrück
Abmeldung: newsletter@achterberg-recht.example, Betreff "Abmelden"
"""))

mail("assessor_kfz_totalloss", "CONFIDENTIAL", "de", "assessor-to-insurer",
     "motor assessor reports a total loss: owner named, VIN, plate, replacement and residual value; no injury",
     build("assessor_kfz_totalloss", "2026-01-23 14:56",
           "Gutachterbüro Sommerfeld <gutachten@sv-sommerfeld.example>",
           "kfz-schaden@kranich-versicherung.example",
           "Kurzbericht wirtschaftlicher Totalschaden – KS-26-003318",
           body="""\
Sehr geehrte Damen und Herren,

Kurzbericht vorab, das vollständige Gutachten folgt:

Schaden-Nr.:        KS-26-003318
Eigentümerin/VN:    Frau Ricarda Heuer, Lindenstraße 2, 27711 Osterholz-Scharmbeck
Fahrzeug:           BMW 320d Touring, OHZ-RH 310, FIN WBA8J31030K662590,
                    EZ 03/2019, 118.400 km
Schaden:            Frontalanprall Baum nach Wildausweichen (kein
                    Wildkontakt feststellbar), Airbags ausgelöst,
                    Längsträger gestaucht
Reparaturkosten:    14.860 EUR brutto
Wiederbeschaffungswert:  16.500 EUR (differenzbesteuert)
Restwert (höchstes Angebot, 3 Angebote):  3.150 EUR

Ergebnis: wirtschaftlicher Totalschaden. Das Fahrzeug steht bei
Abschleppdienst Meyerholz, Standgeld 15 EUR/Tag.

Mit freundlichen Grüßen
Jens Sommerfeld
Kfz-Sachverständiger
"""))

mail("ins_to_med_assessor", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
     "commission of an orthopaedic expert report for a named accident claimant (birth date, injury, previous findings)",
     build("ins_to_med_assessor", "2026-02-09 09:12",
           "Dr. Konstantin Riedesel <konstantin.riedesel@kranich-versicherung.example>",
           "Dr. med. Ulrike Faßbender <praxis@dr-fassbender.example>",
           "Gutachtenauftrag Unfall U-25-006650 – Frau Gesa Thormählen",
           body="""\
Sehr geehrte Frau Dr. Faßbender,

wir bitten Sie um ein fachorthopädisches Gutachten zur Bemessung der
Invalidität:

Versicherte:     Frau Gesa Thormählen, geb. 1968-11-02,
                 Wulfsdorfer Weg 18, 22949 Ammersbek
Unfall:          06.03.2025, Sturz auf Glatteis
Verletzungen:    Sprunggelenksfraktur rechts Typ Weber B (S82.6),
                 Plattenosteosynthese am 07.03.2025, Materialentfernung
                 geplant
Vorbefunde:      Arthroskopie rechtes Knie 2019 (lt. Hausarztauszug)

Fragen:
1. Welche unfallbedingte Funktionsbeeinträchtigung des rechten Beins
   liegt auf Dauer vor (Bruchteil des Beinwerts)?
2. Haben Krankheiten oder Gebrechen mitgewirkt, ggf. mit welchem Anteil?
3. Ist mit einer Besserung innerhalb von drei Jahren nach dem Unfall zu
   rechnen?

Die Versicherte ist einverstanden und erwartet Ihren Terminvorschlag
(Tel. 0170 3381 904). Die Unterlagen (Entlassungsbericht, OP-Bericht,
Röntgenbilder auf CD) senden wir per Post.

""" + SIG_RIEDESEL))

_fassb_pdf = pdf("Fachorthopädisches Gutachten - Unfallversicherung", [
    "Dr. med. Ulrike Faßbender, Fachärztin für Orthopädie und Unfallchirurgie, Wandsbeker Marktstraße 48, 22041 Hamburg",
    "Auftraggeber: Kranich Allgemeine Versicherung AG, Schaden U-25-006650",
    "Untersuchte: Gesa Thormählen, geb. 02.11.1968, Untersuchung am 12.03.2026",
    "",
    "## Befund",
    "Reizlose Narben über dem Außenknöchel rechts. Schwellneigung nach Belastung.",
    "OSG rechts: Extension/Flexion 10-0-35 (links 20-0-45). USG rechts 2/3 der Gegenseite.",
    "Röntgen: knöchern konsolidierte Fraktur, beginnende posttraumatische Arthrose.",
    "",
    "## Beurteilung",
    "Unfallbedingte Funktionsbeeinträchtigung des rechten Fußes: 3/10 Fußwert.",
    "Mitwirkung von Krankheiten oder Gebrechen: nicht festzustellen (Knie nicht betroffen).",
    "Eine wesentliche Besserung ist nicht zu erwarten; Verschlechterung durch Arthrose möglich.",
    "",
    "Hamburg, 20.03.2026 - Dr. med. U. Faßbender",
], author="Dr. med. Ulrike Faßbender")
mail("med_assessor_report", "STRICTLY_CONFIDENTIAL", "de", "assessor-to-insurer",
     "body is two lines; the PDF is an orthopaedic expert report on a named person (findings, arthrosis, invalidity)",
     build("med_assessor_report", "2026-03-20 18:05",
           "Praxis Dr. Faßbender <praxis@dr-fassbender.example>",
           "Dr. Konstantin Riedesel <konstantin.riedesel@kranich-versicherung.example>",
           "Gutachten U-25-006650",
           body="Sehr geehrter Herr Dr. Riedesel,\nanbei das Gutachten. Liquidation folgt.\nMit freundlichen Grüßen, Praxis Dr. Faßbender\n",
           atts=[("Gutachten_U-25-006650.pdf", _fassb_pdf)]))

mail("assessor_fee_schedule", "NORMAL", "de", "assessor-to-insurer",
     "trap: medical assessor's 2026 fee schedule - types of expert reports (psychiatric, orthopaedic, causation), prices, practice bank account; no patient",
     build("assessor_fee_schedule", "2026-01-06 12:30",
           "Praxis Dr. Faßbender <praxis@dr-fassbender.example>",
           "Dr. Konstantin Riedesel <konstantin.riedesel@kranich-versicherung.example>",
           "Honorare 2026",
           body="""\
Sehr geehrter Herr Dr. Riedesel,

zum Jahreswechsel übersende ich unsere Honorarsätze für 2026 (Vorjahr in
Klammern):

- Invaliditätsgutachten Unfall, einfach, mit Untersuchung   680 EUR (640)
- Invaliditätsgutachten, mehrere Körperregionen              940 EUR (890)
- Zusammenhangsgutachten (Vorschaden/Mitwirkung)             820 EUR (780)
- Aktengutachten ohne Untersuchung                           420 EUR (400)
- Röntgen-Zusatzaufnahmen je Region                           48 EUR
- psychiatrische Zusatzbegutachtung über Kooperationspraxis  nach Aufwand

Bitte überweisen Sie wie bisher auf das Praxiskonto der
Faßbender & Kollegen Orthopädie MVZ GmbH.

Termine für Begutachtungen sind derzeit innerhalb von drei Wochen möglich.

Mit freundlichen Grüßen
Dr. med. Ulrike Faßbender
"""))

mail("en_adjuster_smoke_inhalation", "STRICTLY_CONFIDENTIAL", "en", "assessor-to-insurer",
     "loss adjuster's preliminary property fire report; the named homeowner was hospitalised with smoke inhalation and burns - health in a property claim",
     build("en_adjuster_smoke_inhalation", "2026-01-31 12:48",
           "Hamish Crawley <h.crawley@crawley-finch.example>",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Preliminary report - fire at Kiefernweg 9, Quickborn - SA-26-000977",
           body="""\
Dear Ahmet,

preliminary report following my site visit today:

Insured: Mr Werner Sudholt, Kiefernweg 9, 25451 Quickborn (buildings
WG-20-0618842 and contents HR-20-3316620).

Cause: electrical fault in a tumble dryer in the utility room (fire
brigade and our electrician agree). Loss of use: the house is
uninhabitable for an estimated 5-6 months.

Mr Sudholt tried to extinguish the fire himself and was taken to the
Asklepios Klinik Nord with smoke inhalation and second-degree burns to
both hands; he was discharged after four days and is still having his
dressings changed by the family doctor. His wife (Mrs Renate Sudholt)
is staying with him at their daughter's flat in Norderstedt.

Estimated reserves: buildings EUR 210,000, contents EUR 65,000,
additional living expenses EUR 18,000.

I'll meet Mr Sudholt again once his hands allow him to sign the
documents.

Best regards
Hamish Crawley
Chartered Loss Adjuster, Crawley & Finch Loss Adjusters (Deutschland) GmbH
"""))

mail("en_adjuster_bank_details", "NORMAL", "en", "supplier-to-insurer",
     "trap: loss-adjusting firm sends its new company bank details (GB IBAN) for fee invoices; company account, no person",
     build("en_adjuster_bank_details", "2026-02-02 09:58",
           "Accounts Crawley & Finch <accounts@crawley-finch.example>",
           "Kreditorenbuchhaltung <kreditoren@kranich-versicherung.example>",
           "Change of bank details - Crawley & Finch Loss Adjusters",
           body="""\
Dear Sir or Madam,

please note that with effect from 1 March 2026 fee invoices of our UK
entity, Crawley & Finch Loss Adjusters Ltd, are payable to:

Bank:          NatWest, London Bridge branch
Account name:  Crawley & Finch Loss Adjusters Ltd
IBAN:          GB48 NWBK 4260 7158 7086 25
BIC:           NWBKGB2L

Invoices of our German entity (Crawley & Finch Loss Adjusters
(Deutschland) GmbH) remain payable to the existing account in Hamburg.

To protect you against fraud, please verify this change by calling our
finance director on the number on our website - we will never ask you to
change bank details by e-mail only.

Kind regards
Accounts Department
Crawley & Finch
"""))

mail("uw_hba1c_internal", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "underwriting asks the company medical officer about a named applicant's diabetes values (HbA1c 7.4 %, medication) for a BU loading",
     build("uw_hba1c_internal", "2026-03-06 10:21",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Dr. Ines Wörner <ines.woerner@kranich-versicherung.example>",
           "Bitte um ärztliches Votum – Antrag A-26-0052290",
           body="""\
Liebe Frau Dr. Wörner,

ich bräuchte Ihr Votum zu folgendem Antrag (SBU 2.400 EUR, Endalter 67):

Antragsteller: Timo Grabowski, 44 J., Vertriebsingenieur
Diabetes mellitus Typ 2 seit 2021 (E11.9), Metformin 2 x 1000 mg,
seit 2025 zusätzlich Empagliflozin
HbA1c: 7,4 % (01/2026), 7,1 % (07/2025)
RR 138/86 unter Candesartan 8 mg, BMI 31,2
Augenarzt 11/2025: keine Retinopathie; Nierenwerte normal

Nach unserem Handbuch wären das +75 %, bei HbA1c unter 7 % +50 %.
Halten Sie bei der guten Organlage eine Annahme mit +50 % für
vertretbar?

Danke und viele Grüße
Annelie Kruse
"""))

mail("en_uw_guideline_bmi", "NORMAL", "en", "internal",
     "trap: underwriting manual update - BMI build chart and diabetes/hypertension loadings, no applicant",
     build("en_uw_guideline_bmi", "2026-02-19 15:00",
           "Dr. Ines Wörner <ines.woerner@kranich-versicherung.example>",
           "Underwriting Life & Disability <uw-leben@kranich-versicherung.example>",
           "Underwriting manual 2026.2 - changes to build and metabolic chapters",
           body="""\
Dear colleagues,

the reinsurer-approved manual version 2026.2 goes live on 1 March.
Summary of the changes in chapters 4 (build) and 7 (metabolic):

Build (BMI, adults 18-65):
  18.5-30.0  standard
  30.1-33.0  standard for life, +25 % for disability
  33.1-36.0  +50 % life, +75 % disability
  36.1-40.0  +100 % life, decline disability
  >40.0      decline

Type 2 diabetes, non-insulin, no complications:
  HbA1c < 7.0 %     life +50 %, disability +50 %
  HbA1c 7.0-8.0 %   life +75 %, disability +100 % or decline
  HbA1c > 8.0 %     postpone 12 months
Treated hypertension, well controlled (< 140/90): standard.

GLP-1 agonists used for weight loss only: assess current BMI, but require
6 months of stable weight.

Please use the new online rating tool; the old PDF tables are withdrawn.

Best regards
Dr. Ines Wörner
Chief Medical Officer, Kranich Lebensversicherung AG
"""))

mail("uw_committee_minutes", "NORMAL", "de", "internal",
     "trap: underwriting committee minutes on health questions (psychotherapy look-back, hay fever) - policy decisions, no applicant",
     build("uw_committee_minutes", "2026-01-29 17:10",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Annahmekomitee Leben <annahmekomitee@kranich-versicherung.example>",
           "Protokoll Annahmekomitee 28.01.2026",
           body="""\
Protokoll Annahmekomitee Leben/BU – Sitzung vom 28.01.2026
Teilnehmende: Dr. Wörner, Kruse, Thiele (Aktuariat), Klüver (Vertrieb),
Sandberg (Datenschutz, TOP 3)

TOP 1 Gesundheitsfragen BU ab 01.07.
- Frage nach ambulanter Psychotherapie: Rückblick von 5 auf 3 Jahre
  verkürzt; Beratungsgespräche ohne Diagnose (max. 5 Sitzungen) sind
  nicht anzugeben. Beschluss einstimmig.
- Heuschnupfen ohne Asthma, Fehlsichtigkeit bis 8 dpt und
  kieferorthopädische Behandlung bis 18 werden ausgeklammert.

TOP 2 Annahmequoten 2025
- Normalannahme 71 %, Zuschlag 9 %, Ausschlussklausel 12 %, Ablehnung 8 %.
- Häufigste Klauseln: Wirbelsäule (38 %), Knie (17 %), Psyche (14 %).

TOP 3 Arztberichte per E-Mail
- Arztberichte gehen künftig nur über das Portal oder per S/MIME ein;
  Praxen, die unverschlüsselt mailen, werden angeschrieben.

Nächste Sitzung: 25.02.2026.
Protokoll: A. Kruse
"""))

mail("en_reins_treaty_renewal", "NORMAL", "en", "insurer-to-reinsurer",
     "trap: quota-share renewal data for group life with anonymised claims statistics by cause of death and age band; no individual",
     build("en_reins_treaty_renewal", "2026-01-16 11:37",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Laurent Aebischer <l.aebischer@meridian-re.example>",
           "Group life QS 2026 - renewal data",
           body="""\
Dear Laurent,

ahead of our call on Tuesday, the key figures for the group life quota
share (30 % ceded):

Portfolio 31/12/2025: 1,214 schemes, 61,880 lives, sum at risk EUR 7.9bn
Claims 2025: 118 deaths, 41 terminal-illness prepayments
Cause of death (share of claims):
  neoplasms 41 %, cardiovascular 24 %, external causes/accidents 13 %,
  suicide 6 %, other 16 %
Age bands of claimants: <40: 9 %, 40-54: 37 %, 55-67: 54 %
Actual-to-expected (DAV 2008 T, 60 %): 87 % (2024: 91 %)

No claim exceeded the EUR 1.5m event limit. The two largest single claims
(EUR 1.1m and EUR 0.9m) are included in the bordereaux in the usual
anonymised format.

We propose to renew at unchanged terms with the profit commission
threshold moved from 85 % to 90 %.

""" + SIG_LINDQVIST))

mail("en_reins_death_claim", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
     "large group-life death claim notified to the reinsurer: named deceased, date of birth, cause of death (glioblastoma), sum at risk",
     build("en_reins_death_claim", "2026-05-06 14:02",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Claims Meridian Re <life-claims@meridian-re.example>",
           "Cash call / claim advice - GL-2023-004 Halvorsen Maritime - member 0031",
           body="""\
Dear colleagues,

we advise the following claim under our group life surplus treaty:

Scheme:          Halvorsen Maritime Services GmbH, GL-2023-004
Member:          Kristin Aasland, born 29/01/1982
Date of death:   24 April 2026
Cause:           glioblastoma (WHO grade 4), diagnosed October 2025
Sum insured:     EUR 702,000 (4x salary; evidence of insurability
                 completed 02/2026, accepted at standard rates)
Our retention:   EUR 500,000
Your share:      EUR 202,000

Please note that the diagnosis was made before the evidence of
insurability was completed, but the health declaration was signed
on 14 February 2026 and did not disclose it. We are investigating a
possible breach of the duty of disclosure and will revert before
payment; we would appreciate your claims team's view.

""" + SIG_LINDQVIST))

mail("en_reins_jumbo_opinion", "STRICTLY_CONFIDENTIAL", "en", "reinsurer-to-insurer",
     "reinsurer's underwriting opinion on a named jumbo life applicant: elevated PSA, biopsy, decision to postpone",
     build("en_reins_jumbo_opinion", "2026-03-24 16:45",
           "Laurent Aebischer <l.aebischer@meridian-re.example>",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Fac opinion - applicant Dr. Heribert Wollenweber - our ref. MR-F-26-0412",
           body="""\
Dear Ms Kruse,

thank you for the complete file on Dr. Heribert Wollenweber (born
14.06.1963, application A-26-0049001, term life EUR 4.5m, 15 years).

Medical evidence reviewed: GP report of 02/2026, lab panel, ECG,
urology report of 03/2026.

The PSA has risen from 3.1 (2024) to 6.8 ng/ml (02/2026); the MRI
shows a PI-RADS 4 lesion and a targeted biopsy is scheduled for
April. Until the histology is available we cannot offer terms.

Our opinion: postpone; re-submit with the histology report. If benign
(no carcinoma) we would expect standard rates; if a low-risk carcinoma
under active surveillance is confirmed, likely +100 % for 5 years or
postpone until treatment is completed.

Kind regards
Laurent Aebischer
Senior Life Underwriter, Meridian Re SE, Zurich Branch
"""))

mail("en_reins_mortality_study", "NORMAL", "en", "reinsurer-to-insurer",
     "trap: reinsurer's market study on excess mortality, cancer and cardiovascular trends; population statistics only",
     build("en_reins_mortality_study", "2026-02-26 08:15",
           "Meridian Re Client Insights <insights@meridian-re.example>",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Meridian Re Insights: German insured-lives mortality 2023-2025",
           body="""\
Dear Maren,

our study of German insured-lives mortality 2023-2025 is now available
on the client portal. Key findings:

- Excess mortality vs. the pre-pandemic trend fell to +2.1 % in 2025
  (2023: +6.4 %), driven by lower cardiovascular deaths in ages 60+.
- Cancer mortality continued to decline by ~1 % p.a.; lung cancer in
  women is the exception (+0.8 % p.a.).
- Deaths from neurodegenerative diseases (dementia, Parkinson's) rose
  faster than expected in ages 80+, which matters for long-term care
  and annuity books more than for protection.
- Socio-economic gradient: mortality in the lowest income quintile of
  group schemes is 1.7 times that of the highest quintile.

We'd be glad to present the results to your actuarial team; the study
uses pooled, anonymised data from 14 cedants.

Best regards
Meridian Re Client Insights
"""))

mail("reins_kumul_sturm", "NORMAL", "de", "internal",
     "trap: storm accumulation control by postcode area - policy counts and sums insured, no policyholder",
     build("reins_kumul_sturm", "2026-04-13 13:45",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Rasmus Thiele <rasmus.thiele@kranich-versicherung.example>",
           "Kumulkontrolle Sturm – Top-5 PLZ-Gebiete",
           body="""\
Hallo Rasmus,

für das Modell-Update die Kumulzahlen Wohngebäude/Landwirtschaft Sturm
zum 31.03. (zweistellige PLZ-Gebiete):

PLZ-Gebiet   Verträge   Versicherungssumme   davon Landwirtschaft
25           18.402     9,84 Mrd. EUR        1,91 Mrd. EUR
24           15.977     8,12 Mrd. EUR        1,37 Mrd. EUR
21           14.310     7,66 Mrd. EUR        0,88 Mrd. EUR
26           11.045     5,93 Mrd. EUR        1,12 Mrd. EUR
27            9.881     5,21 Mrd. EUR        0,97 Mrd. EUR

Die Nordseeküste (25/26) liegt damit über unserem Kumul-Limit von 8 Mrd.
je Zone; bitte im 200-Jahres-Ereignis rechnen, ob die Cat-XL-Priorität von
40 Mio. noch passt.

""" + SIG_LINDQVIST))

mail("en_large_loss_process", "NORMAL", "en", "internal",
     "trap: internal process note on reporting large losses to reinsurers incl. personal-injury and life claims; no claim data",
     build("en_large_loss_process", "2026-03-09 10:30",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Claims Managers <claims-managers@kranich-versicherung.example>",
           "Large loss reporting to reinsurers - updated thresholds",
           body="""\
Dear claims managers,

from 1 April the thresholds for immediate large-loss advice to
Reinsurance & Capital Management change:

- Property/engineering: gross reserve >= EUR 1.0m (unchanged)
- Motor and general liability with bodily injury: >= EUR 500k, or any
  claim involving paraplegia, tetraplegia, severe brain injury or
  long-term care need, regardless of the reserve
- Group/individual life and disability: any single death or disability
  claim above EUR 500k sum at risk
- Accident: invalidity >= 50 % or sum insured >= EUR 1m

Please send only the claim number, reserve and a two-line description
to reinsurance@kranich-versicherung.example. Medical reports and names
are shared with the reinsurer only through the secure reinsurance data
room, never by plain e-mail.

""" + SIG_LINDQVIST))

mail("en_adjuster_storm_bnb", "CONFIDENTIAL", "en", "assessor-to-insurer",
     "storm damage report on a B&B owned by a named private person: address, policy, amounts; nobody hurt",
     build("en_adjuster_storm_bnb", "2026-02-18 19:20",
           "Hamish Crawley <h.crawley@crawley-finch.example>",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Storm 'Jorinde' - Haus Larkin, Westerland - SA-26-001502",
           body="""\
Ahmet,

site visit done. Summary:

Insured: Mrs Fiona Larkin (sole owner, runs it as a B&B with 5 rooms),
Haus Larkin, Strandstraße 40, 25980 Sylt; buildings & BI policy
LG-80-0045519.

Damage: half of the thatched roof stripped on the sea side, water ingress
into two guest rooms, garden wall collapsed. No one was hurt; guests had
left the day before.

Estimates: roof (thatcher's quote) EUR 68,500, interior EUR 14,200, wall
EUR 9,800. Business interruption: bookings cancelled until Easter,
approx. EUR 11,000 loss of revenue based on her 2025 accounts.

Wind speed on Sylt at the time: 132 km/h (DWD), so storm cover is clearly
triggered.

Hamish
"""))

mail("law_art15_request_motor", "CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer requests access to a named client's motor claim file (GDPR Art. 15); claim number, client's birth date; no injury",
     build("law_art15_request_motor", "2026-04-29 09:04",
           "Kanzlei Feddersen & Rau <post@feddersen-rau.example>",
           "datenschutz@kranich-versicherung.example",
           "Auskunftsersuchen Art. 15 DSGVO – Mandant Tobias Wengler",
           body="""\
Sehr geehrte Damen und Herren,

wir vertreten Herrn Tobias Wengler, geb. 30.12.1987, Ottenser Hauptstraße
61, 22765 Hamburg. Herr Wengler ist Anspruchsteller im Schadenfall
KS-26-009140 (Parkschaden durch Ihren Versicherungsnehmer am 14.02.2026).

Namens unseres Mandanten verlangen wir Auskunft nach Art. 15 DSGVO über
alle zu seiner Person gespeicherten Daten, insbesondere über die
Einholung von Auskünften bei Dritten (HIS-Abfrage) sowie eine Kopie der
Daten. Hintergrund ist, dass die Regulierung mit Verweis auf einen
angeblichen Vorschaden am Fahrzeug gekürzt wurde.

Vollmacht anbei. Bitte antworten Sie binnen eines Monats.

Mit freundlichen Grüßen
Lisa Rau
Rechtsanwältin
"""))

mail("ins_uw_query_bloodpressure", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "underwriting asks the broker for a named applicant's blood pressure readings and medication (Ramipril) before deciding",
     build("ins_uw_query_bloodpressure", "2026-02-05 08:41",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "Tamara Wessling <info@wessling-finanz.example>",
           "Rückfrage Antrag Risikoleben A-26-0044173 (Frau Ketelsen)",
           body="""\
Hallo Frau Wessling,

zum Antrag von Frau Birte Ketelsen (RLV 200.000 EUR für die
Baufinanzierung) fehlen uns noch Angaben zur Frage 4:

Frau Ketelsen gibt eine Hypertonie an, behandelt mit Ramipril 5 mg.
Bitte lassen Sie uns zukommen:
- die letzten drei Blutdruckmessungen beim Hausarzt (mit Datum),
- ob Folgeerkrankungen (Herz, Niere, Augen) bekannt sind,
- Nikotin ja/nein (im Antrag nicht angekreuzt).

Ohne diese Angaben können wir leider nicht entscheiden. Alternativ kann
Frau Ketelsen den Hausarzt von der Schweigepflicht entbinden, dann
fordern wir den Bericht selbst an.

""" + SIG_KRUSE))

# --------------------------------------------------------------------------
# Back office, IT, suppliers, staff matters (mostly NORMAL / traps)
# --------------------------------------------------------------------------

mail("it_ticket_scan_arztrechnungen", "NORMAL", "de", "internal",
     "trap: IT ticket about the scanning line misclassifying 'Arztrechnungen' and 'Arztberichte' document classes; no document content or person",
     build("it_ticket_scan_arztrechnungen", "2026-02-10 08:34",
           "IT-Service Desk <servicedesk@kranich-versicherung.example>",
           "Elena Wolters <elena.wolters@kranich-versicherung.example>",
           "[Ticket INC-2026-018842] Scanstraße: Arztrechnungen landen in Klasse 'Sonstiges'",
           body="""\
Hallo Frau Wolters,

zu Ihrem Ticket INC-2026-018842:

Seit dem Update der Klassifikationssoftware am Wochenende werden
eingehende Arztrechnungen mit GOÄ-Ziffern in der Kopfzeile nicht mehr
der Dokumentklasse "KV-Rechnung ambulant" zugeordnet, sondern landen in
"Sonstiges". Betroffen sind ca. 2.300 Dokumente vom 07.–09.02.
Arztberichte und Heil- und Kostenpläne sind nicht betroffen.

Ursache: Das neue Modell erkennt das Feld "Rechnungsempfänger" nicht,
wenn es rechts oben steht. Der Hersteller liefert heute Nachmittag einen
Hotfix; danach lassen wir die betroffenen Dokumente automatisch neu
klassifizieren. Bitte bis dahin keine manuelle Umsortierung.

""" + SIG_YILMAZ_IT))

mail("po_aed_firstaid", "NORMAL", "de", "insurer-to-supplier",
     "trap: purchase order for defibrillators, first-aid kits and burn dressings for the branch offices; supplier GmbH bank details",
     build("po_aed_firstaid", "2026-03-03 11:20",
           "Gregor Fink <gregor.fink@kranich-versicherung.example>",
           "Medisafe Betriebsbedarf GmbH <auftrag@medisafe-betrieb.example>",
           "Bestellung BE-2026-0311 – AED und Erste-Hilfe-Material",
           body="""\
Sehr geehrte Damen und Herren,

gemäß Ihrem Angebot AN-26-0447 bestellen wir:

Pos. 1   4 x AED Defibrillator HeartSafe P5, inkl. Wandkasten mit Alarm
Pos. 2   4 x Ersatz-Elektrodenpads Erwachsene, 2 x Kinderpads
Pos. 3  20 x Verbandkasten DIN 13157 (Büro)
Pos. 4  10 x Brandwunden-Set (Hydrogel-Kompressen)
Pos. 5   1 x Einweisung Ersthelfer AED vor Ort, Hamburg (2 Std.)

Lieferanschrift: Kranich Versicherungsgruppe, Warenannahme,
Ballindamm 61, 20095 Hamburg, Tor 2.
Rechnung bitte an kreditoren@kranich-versicherung.example mit
Bestellnummer BE-2026-0311. Zahlung 30 Tage netto auf Ihr Konto
DE81 6713 2632 1914 9617 93 laut Lieferantenstammdaten.

Mit freundlichen Grüßen
Gregor Fink
Einkauf | Kranich Versicherungsgruppe
"""))

mail("po_shredding_medical", "NORMAL", "de", "insurer-to-supplier",
     "trap: order for secure shredding of health-claims files (protection class 3, DIN 66399); no file content",
     build("po_shredding_medical", "2026-04-07 14:02",
           "Gregor Fink <gregor.fink@kranich-versicherung.example>",
           "Vernicht-Service Nord GmbH <dispo@vernicht-nord.example>",
           "Abruf Aktenvernichtung April – Leistungsarchiv Kranken",
           body="""\
Hallo Herr Stöver,

bitte für den 21.04. einen Abholtermin einplanen:

- 48 Sicherheitsbehälter (240 l) aus dem Leistungsarchiv Kranken
  (Arztrechnungen, Arztberichte, Rezepte, Heil- und Kostenpläne der
  Jahrgänge 2014/2015, Aufbewahrungsfrist abgelaufen)
- 6 Behälter Personalakten ausgeschiedener Mitarbeitender (bis 2015)

Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399, Vernichtung
in Ihrem Werk mit Protokoll und Vernichtungszertifikat je Behälter.
Begleitung durch unseren Datenschutzkoordinator Herrn Kubiak.

Mit freundlichen Grüßen
Gregor Fink
Einkauf
"""))

mail("en_vendor_ocr_proposal", "NORMAL", "en", "supplier-to-insurer",
     "trap: IT vendor proposal for OCR of medical invoices and prescriptions, tested only with synthetic documents",
     build("en_vendor_ocr_proposal", "2026-01-20 16:48",
           "Rohan Mehta <rohan.mehta@quellwerk-it.example>",
           "Deniz Yılmaz <deniz.yilmaz@kranich-versicherung.example>",
           "Proposal: AI extraction for health claims documents",
           body="""\
Hi Deniz,

following our workshop, here is the summary of our proposal:

Scope: automated extraction from outpatient medical invoices (GOÄ/GOZ),
prescriptions (PZN, dosage), hospital bills (DRG) and aids invoices
(hearing aids, glasses).

Pilot: 8 weeks, on-premise in your data centre - no documents leave
Kranich. For the proof of concept we used 5,000 synthetic documents
generated by our tool; no real patient data was used. Field accuracy:
97.8 % for invoice totals, 94.1 % for diagnosis codes (ICD-10-GM), 91 %
for handwritten prescriptions.

Commercials: EUR 84,000 pilot fee, licence from EUR 0.04 per page.

Happy to present this to your CIO and the data protection officer.

Best,
Rohan Mehta
Account Director, Quellwerk IT Solutions GmbH
"""))

mail("en_pentest_summary", "NORMAL", "en", "supplier-to-insurer",
     "trap: penetration-test summary for the customer portal; test accounts use the published example IBAN DE89 3704 0044 0532 0130 00 and dummy persons",
     build("en_pentest_summary", "2026-03-25 17:30",
           "Brightline Security <reports@brightline-sec.example>",
           "Deniz Yılmaz <deniz.yilmaz@kranich-versicherung.example>",
           "Pentest customer portal Q1/2026 - management summary",
           body="""\
Hello Deniz,

management summary of the Q1 penetration test of the customer portal
(test window 9-20 March 2026, staging environment):

Critical: 0   High: 1   Medium: 3   Low: 6

HIGH-01  IDOR in the document download endpoint: an authenticated user
         could fetch another test user's "Leistungsabrechnung" PDF by
         changing the document ID. Fixed on 19 March, retest passed.
MED-02   Bank-details change form accepted an IBAN without re-entering
         the password. Test account "Testkunde Alpha" (IBAN DE89 3704
         0044 0532 0130 00, the published example IBAN) was used.
MED-03   Session timeout 60 minutes instead of the required 15.
MED-04   Verbose error messages revealed the framework version.

All tests used the synthetic test customers provided by your QA team;
no production data was accessed. Full report in the secure share.

Brightline Security GmbH
"""))

mail("staff_flu_vaccination", "NORMAL", "de", "internal",
     "trap: company doctor offers flu and COVID vaccination dates for staff; no individual",
     build("staff_flu_vaccination", "2026-09-28 09:00",
           "Betriebsärztlicher Dienst <betriebsarzt@kranich-versicherung.example>",
           "Alle Mitarbeitenden Hamburg <alle-hamburg@kranich-versicherung.example>",
           "Grippeschutzimpfung 2026 – Termine",
           body="""\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet der betriebsärztliche Dienst die
Grippeschutzimpfung an (Vierfach-Impfstoff, Saison 2026/27). Auf Wunsch
ist am selben Termin eine COVID-19-Auffrischung möglich.

Termine: 13., 14. und 20. Oktober, jeweils 9–12 Uhr und 13–15 Uhr,
Raum 1.14 (Gesundheitsraum, 1. OG).

Buchung über das Intranet (Gesundheit > Impftermine). Bitte bringen Sie
Ihren Impfpass mit. Die Angaben im Anamnesebogen bleiben beim
betriebsärztlichen Dienst und werden nicht an die Personalabteilung
weitergegeben.

Dr. med. Jörg Hasselbring
Betriebsarzt
"""))

mail("job_posting_leistung_kranken", "NORMAL", "de", "internal",
     "trap: internal job posting for a health-claims handler (medical terminology, GOÄ, ICD skills); no person",
     build("job_posting_leistung_kranken", "2026-02-23 10:00",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Stellenmarkt intern <stellenmarkt@kranich-versicherung.example>",
           "Interne Ausschreibung: Sachbearbeiter*in Leistung Kranken (ambulant/stationär)",
           body="""\
Interne Stellenausschreibung Nr. 2026-014

Die Kranich Krankenversicherung AG sucht für das Team Leistung
ambulant/stationär zum nächstmöglichen Zeitpunkt eine*n

  Sachbearbeiter*in Leistung Kranken (Vollzeit/Teilzeit, TG 6)

Ihre Aufgaben:
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
  und Krankenhausentgeltgesetz
- Bearbeitung von Kostenübernahmeanfragen und Heil- und Kostenplänen
- Rückfragen an Leistungserbringer und medizinischen Dienst

Ihr Profil:
- Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzen oder
  als Medizinische*r Fachangestellte*r
- Kenntnisse medizinischer Fachbegriffe, der ICD-10-GM und der GOÄ

Bewerbungen bis 13.03.2026 über das Intranet-Bewerbungsportal.

""" + SIG_AMBROS))

mail("staff_absence_stats", "NORMAL", "de", "internal",
     "trap: sickness-absence rates per department (aggregate, smallest unit 40 staff) for the management report",
     build("staff_absence_stats", "2026-01-19 15:15",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Björn Wiechmann <bjoern.wiechmann@kranich-versicherung.example>",
           "Krankenstand 2025 nach Bereichen",
           body="""\
Hallo Herr Wiechmann,

wie besprochen die Krankenstandsquoten 2025 (nur Bereiche ab 40 Köpfen,
kleinere Einheiten sind zusammengefasst):

Bereich                      Köpfe   Krankenstand   Vorjahr
Schaden Komposit              312       6,8 %        7,1 %
Leistung Kranken              204       7,4 %        6,9 %
Kundenservice                 266       8,2 %        8,8 %
Vertrieb/Maklerbetreuung      141       4,1 %        4,5 %
IT                            178       3,9 %        4,2 %
Stäbe/Sonstige (zusammengef.) 155       4,6 %        5,0 %
Gesamt                       1256       6,3 %        6,6 %

Langzeiterkrankungen (> 6 Wochen): 61 Fälle, BEM angeboten in allen
Fällen, angenommen in 38.

Die Zahlen sind mit dem Betriebsrat abgestimmt und dürfen so in den
Lagebericht.

""" + SIG_AMBROS))

mail("bem_process_draft", "NORMAL", "de", "internal",
     "trap: draft works agreement on the BEM (return-to-work) process - health data handling described in general; no employee",
     build("bem_process_draft", "2026-03-17 12:44",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Betriebsrat <betriebsrat@kranich-versicherung.example>",
           "Entwurf BV BEM – Stand 17.03.",
           cc="Ylva Sandberg <ylva.sandberg@kranich-versicherung.example>",
           body="""\
Liebe Kolleginnen und Kollegen vom Betriebsrat,

anbei im Text die überarbeiteten §§ 4–6 der Betriebsvereinbarung
Betriebliches Eingliederungsmanagement mit Ihren Anmerkungen vom 03.03.:

§ 4 Einladung
Beschäftigte, die innerhalb von zwölf Monaten länger als sechs Wochen
ununterbrochen oder wiederholt arbeitsunfähig sind, erhalten ein
schriftliches Angebot zum BEM. Die Teilnahme ist freiwillig.

§ 5 Umgang mit Gesundheitsdaten
Diagnosen werden nur erhoben, wenn die beschäftigte Person sie selbst
mitteilen möchte. Sie werden ausschließlich in der BEM-Akte beim
BEM-Team geführt, getrennt von der Personalakte, und drei Jahre nach
Abschluss gelöscht.

§ 6 Maßnahmen
Mögliche Maßnahmen sind u. a. stufenweise Wiedereingliederung,
Arbeitsplatzanpassung, Homeoffice, Reha-Beratung durch die DRV.

Frau Sandberg (Datenschutz) hat § 5 freigegeben.

""" + SIG_AMBROS))

mail("ds_quiz_health_data", "NORMAL", "de", "internal",
     "trap: data-protection e-learning quiz with fictitious examples (diagnosis, IBAN, birth date) - no real person",
     build("ds_quiz_health_data", "2026-05-05 08:30",
           "Ylva Sandberg <ylva.sandberg@kranich-versicherung.example>",
           "Alle Mitarbeitenden <alle@kranich-versicherung.example>",
           "Datenschutz-Quiz Mai: Was darf unverschlüsselt raus?",
           html="""\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>unser Datenschutz-Quiz im Mai – fünf Fragen, fünf Minuten. Welche dieser
(frei erfundenen) Mails darf <b>ohne</b> Verschlüsselung an einen Makler gehen?</p>
<ol>
<li>"Anbei das Tarifblatt Zahn Plus 90 für Ihre Beratung."</li>
<li>"Herr A. B., geb. 01.01.1970, hat die Hausrat HR-00-0000000."</li>
<li>"Die Kundin hat laut Arztbericht eine Depression (F32.1)."</li>
<li>"Bitte überweisen Sie auf DE00 0000 0000 0000 0000 00."</li>
<li>"Einladung zum Maklertag am 23. April."</li>
</ol>
<p>Auflösung: nur 1 und 5. Bei 2 und 4 geht es um vertrauliche Daten
(Geburtsdatum, Vertrag, Bankverbindung), bei 3 um Gesundheitsdaten – die
sind streng vertraulich und gehen nur über das Portal oder S/MIME.</p>
<p>Zum vollständigen Quiz im Lernportal: <a href="https://lernen.kranich-versicherung.example/ds-quiz-05">hier</a></p>
<p>Ylva Sandberg<br>Datenschutzbeauftragte</p>
</body></html>
"""))

mail("press_release_surplus", "NORMAL", "de", "insurer-to-broker",
     "trap: press release on life surplus participation and BU claims paid (aggregate), forwarded to brokers",
     build("press_release_surplus", "2026-01-12 11:00",
           "Kranich Unternehmenskommunikation <presse@kranich-versicherung.example>",
           "Maklerverteiler Nord <makler-nord@kranich-versicherung.example>",
           "Pressemitteilung: Kranich Leben erhöht laufende Verzinsung auf 3,1 %",
           body="""\
PRESSEMITTEILUNG – Hamburg, 12. Januar 2026

Kranich Leben erhöht laufende Verzinsung auf 3,1 Prozent

Die Kranich Lebensversicherung AG hebt die laufende Verzinsung für
klassische Rentenversicherungen 2026 von 2,8 auf 3,1 Prozent an. Die
Gesamtverzinsung inklusive Schlussüberschuss und Bewertungsreserven
steigt auf 3,7 Prozent.

2025 zahlte Kranich Leben 214 Millionen Euro an Leistungen aus der
Berufsunfähigkeitsversicherung an rund 11.400 Kundinnen und Kunden aus.
Häufigste Ursachen waren psychische Erkrankungen und Erkrankungen des
Bewegungsapparats. "Die BU bleibt das wichtigste Produkt zur
Absicherung der Arbeitskraft", sagt Vorstand Ole Terhorst.

Pressekontakt: Kranich Unternehmenskommunikation, presse@kranich-versicherung.example
"""))

mail("en_dpo_retention_policy", "NORMAL", "en", "internal",
     "trap: DPO announcement of retention periods for health data, bank data and claim files; policy text only",
     build("en_dpo_retention_policy", "2026-02-09 13:00",
           "Ylva Sandberg <ylva.sandberg@kranich-versicherung.example>",
           "International Group Business <igb-team@kranich-versicherung.example>",
           "Retention schedule 2026 - what changes for IGB",
           body="""\
Dear IGB team,

the revised retention schedule applies from 1 March. The points most
relevant for you:

- Health declarations of declined group-life applicants: 3 years after
  the decision (previously 10).
- Medical reports in disability and income-protection claims: 10 years
  after the end of benefit payments.
- Bank details of former members: deleted 13 months after the last
  payment, unless needed for open claims.
- E-mails containing health data must not be stored in personal
  mailboxes; file them in the claims system and delete the mail.

Please also remember that spreadsheets with member lists (salaries,
dates of birth) are confidential and must only be sent through the
secure portal.

Thanks,
Ylva Sandberg
Data Protection Officer
"""))

mail("portal_notification_new_message", "NORMAL", "de", "insurer-to-customer",
     "trap: content-free portal notification ('neue vertrauliche Nachricht') - no data of the recipient beyond the address",
     build("portal_notification_new_message", "2026-03-21 07:02",
           "Kranich SecureMail <securemail@kranich-versicherung.example>",
           "b.ketelsen@webpost.example",
           "Sie haben eine neue vertrauliche Nachricht",
           body="""\
Guten Tag,

in Ihrem Kranich SecureMail-Postfach liegt eine neue Nachricht für Sie.
Aus Gründen des Datenschutzes enthält diese Benachrichtigung keine
Inhalte.

Zum Postfach: https://securemail.kranich-versicherung.example/

Die Nachricht wird nach 90 Tagen automatisch gelöscht. Laden Sie sie
bei Bedarf vorher herunter.

Ihre Kranich Versicherungsgruppe
(Diese Benachrichtigung wurde automatisch versandt.)
"""))

mail("en_portal_registration_link", "NORMAL", "en", "insurer-to-customer",
     "portal registration link mail; no personal data category",
     build("en_portal_registration_link", "2026-02-19 15:31",
           "Kranich SecureMail <securemail@kranich-versicherung.example>",
           "aoife.brennan@lakeside-risk.example",
           "Complete your Kranich SecureMail registration",
           body="""\
Hello,

a Kranich employee has sent you a secure message. To read it, please
complete your registration:

https://securemail.kranich-versicherung.example/register?t=8f4c1a2e9b

You will need the one-time password from our separate e-mail. After
logging in, you will set your name, a new password and a security
question.

The link is valid for 7 days.

Kranich SecureMail
(automated message - replies are not read)
"""))

mail("cert_request_reply", "NORMAL", "de", "insurer-to-broker",
     "automatic certificate answer (S/MIME certificate of an insurer address); no personal data",
     build("cert_request_reply", "2026-01-26 10:14",
           "Kranich Zertifikatsdienst <zertifikat@kranich-versicherung.example>",
           "Sven Rautenberg <s.rautenberg@rautenberg-makler.example>",
           "AW: [ZERTIFIKAT]",
           headers={"Auto-Submitted": "auto-replied"},
           body="""\
Guten Tag,

Sie haben das Zertifikat für die Adresse
torsten.brueckner@kranich-versicherung.example angefordert.

Diese Nachricht ist mit dem angeforderten Zertifikat signiert. Ihr
E-Mail-Programm speichert es in der Regel automatisch; danach können Sie
verschlüsselte Nachrichten an diese Adresse senden.

Aussteller:       Kranich Issuing CA 2025
Gültig bis:       14.11.2027
Fingerabdruck (SHA-256):
  4C:8E:17:A2:9B:03:F5:6D:21:CA:7E:90:3B:D4:58:1F:
  E6:02:9A:77:C1:3D:8B:54:F0:2E:69:A1:0C:B7:43:D8

Kranich Zertifikatsdienst
"""))

mail("meeting_jahresgespraech", "NORMAL", "de", "insurer-to-broker",
     "scheduling of an annual broker meeting; no client data",
     build("meeting_jahresgespraech", "2026-01-23 16:02",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Sven Rautenberg <s.rautenberg@rautenberg-makler.example>",
           "AW: Jahresgespräch 11.02.",
           cte="8bit", flowed=True,
           body="""\
Hallo Herr Rautenberg,

passt, dann am 11.02. um 10 Uhr bei Ihnen in Bremen. Ich bringe Herrn \
Brückner mit (Firmen-Komposit), Herr Klüver kommt per Teams dazu.

Parkplatz im Hof ist okay? Sonst nehmen wir den Zug.

Bis dann
Jana Holtkamp
"""))

mail("it_maintenance_portal", "NORMAL", "de", "internal",
     "maintenance announcement for the broker portal and BiPRO interface",
     build("it_maintenance_portal", "2026-04-14 12:00",
           "IT-Service Desk <servicedesk@kranich-versicherung.example>",
           "Vertrieb alle <vertrieb-alle@kranich-versicherung.example>",
           "Wartung Vermittlerportal und BiPRO-Schnittstelle am 25.04.",
           body="""\
Hallo zusammen,

am Samstag, 25.04.2026, 06:00–14:00 Uhr, ist das Vermittlerportal
wegen eines Datenbank-Updates nicht erreichbar. Die BiPRO-430-Schnittstelle
(Abruf der Vermittlerpost durch Maklerverwaltungsprogramme) liefert in
dieser Zeit HTTP 503; Abrufe werden danach normal nachgeholt.

Die Makler werden am Montag per Portal-News informiert. Bitte weist
Makler, die anrufen, darauf hin.

""" + SIG_YILMAZ_IT))

mail("en_license_renewal", "NORMAL", "en", "supplier-to-insurer",
     "software licence renewal notice from a vendor",
     build("en_license_renewal", "2026-05-15 09:45",
           "Renewals Team <renewals@docuflow-software.example>",
           "Gregor Fink <gregor.fink@kranich-versicherung.example>",
           "DocuFlow Enterprise - renewal quote Q-77120",
           body="""\
Dear Mr Fink,

your DocuFlow Enterprise subscription (350 named users, contract
C-2023-0419) expires on 30 June 2026.

Renewal quote Q-77120:
  350 named users, 36 months       EUR 126,000 per year
  Premium support (24/7)           EUR  14,500 per year
  Multi-year discount (3 years)    -8 %

The quote is valid until 31 May 2026. If you'd like to add the new
e-signature module, we can include a 90-day trial.

Best regards
DocuFlow Renewals Team
"""))

mail("canteen_menu_allergens", "NORMAL", "de", "internal",
     "trap: canteen weekly menu with allergen and diet labels (gluten-free, lactose-free, diabetic-friendly); no person",
     build("canteen_menu_allergens", "2026-03-13 14:30",
           "Betriebsrestaurant Elbküche <kantine@kranich-versicherung.example>",
           "Alle Mitarbeitenden Hamburg <alle-hamburg@kranich-versicherung.example>",
           "Speiseplan KW 12",
           html="""\
<html><body>
<h3>Speiseplan KW 12 – Betriebsrestaurant Elbküche</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Tag</th><th>Menü 1</th><th>Menü 2 (vegetarisch)</th><th>Aktiv-Teller</th></tr>
<tr><td>Mo</td><td>Labskaus mit Spiegelei (A, C)</td><td>Linsen-Dal (glutenfrei)</td><td>Hähnchen, Quinoa (laktosefrei)</td></tr>
<tr><td>Di</td><td>Schweinerücken, Rahmwirsing (G)</td><td>Käsespätzle (A, C, G)</td><td>Lachs, Brokkoli (D)</td></tr>
<tr><td>Mi</td><td>Fischfrikadelle, Kartoffelsalat (A, C, D)</td><td>Gemüsecurry (vegan)</td><td>Putenbrust, Ofengemüse</td></tr>
<tr><td>Do</td><td>Rinderroulade (A, I, J)</td><td>Pilzrisotto (G)</td><td>Tofu-Bowl (F, K)</td></tr>
<tr><td>Fr</td><td>Backfisch, Remoulade (A, C, D)</td><td>Kartoffelpuffer, Apfelmus (A, C)</td><td>Salatbar</td></tr>
</table>
<p>Alle Aktiv-Teller sind für Diabetiker geeignet (unter 45 g Kohlenhydrate).
Allergenkennzeichnung nach LMIV. Bei Fragen zu Unverträglichkeiten sprechen
Sie unser Küchenteam an.</p>
</body></html>
"""))

_ics_summer = ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kranich Versicherungsgruppe//Intranet//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:sommerfest-2026@kranich-versicherung.example
DTSTAMP:20260115T093000Z
DTSTART;TZID=Europe/Berlin:20260619T160000
DTEND;TZID=Europe/Berlin:20260619T230000
SUMMARY:Kranich Sommerfest 2026
LOCATION:Strandperle Övelgönne\\, Hamburg
END:VEVENT
END:VCALENDAR
""")
mail("summer_party_invite", "NORMAL", "de", "internal",
     "staff summer party invitation with ICS",
     build("summer_party_invite", "2026-05-20 10:00",
           "Personalabteilung <personal@kranich-versicherung.example>",
           "Alle Mitarbeitenden Hamburg <alle-hamburg@kranich-versicherung.example>",
           "Save the date: Sommerfest am 19. Juni",
           body="""\
Liebe Kolleginnen und Kollegen,

am Freitag, 19. Juni, feiern wir ab 16 Uhr unser Sommerfest am Elbstrand
in Övelgönne. Es gibt Grill, Musik von "Die Deichgrafen" und für die
Kinder eine Hüpfburg. Shuttle-Busse fahren ab 15:30 Uhr vom Ballindamm.

Bitte meldet euch bis 5. Juni im Intranet an (auch mit Begleitung).

Euer Orga-Team
""",
           atts=[("Sommerfest_2026.ics", _ics_summer)]))

mail("office_move_notice", "NORMAL", "de", "internal",
     "office move notice for a department",
     build("office_move_notice", "2026-02-27 11:11",
           "Facility Management <facility@kranich-versicherung.example>",
           "Maklerbetreuung Nord <maklerbetreuung-nord@kranich-versicherung.example>",
           "Umzug Maklerbetreuung Nord in den 3. Stock – 13./14.03.",
           body="""\
Hallo zusammen,

der Umzug der Maklerbetreuung Nord vom 5. in den 3. Stock (Flügel B)
findet am Freitag/Samstag, 13./14. März, statt.

- Umzugskartons stehen ab Dienstag im Flur bereit (6 pro Person)
- Bitte bis Freitag 12 Uhr packen und beschriften (Raum + Name)
- Monitore und Dockingstations baut die IT ab und auf
- Montag, 16.03., sitzt ihr in B 3.08 bis B 3.14

Rollcontainer mit Akten bitte abschließen – der Umzugsdienstleister
transportiert sie verschlossen.

Gruß
Facility Management
"""))

_ics_summit = ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Insurtech Summit Hamburg//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:its-hh-2026@insurtech-summit.example
DTSTAMP:20260115T093000Z
DTSTART;TZID=Europe/Berlin:20260910T090000
DTEND;TZID=Europe/Berlin:20260911T170000
SUMMARY:Insurtech Summit Hamburg 2026
LOCATION:Cruise Center Altona\\, Hamburg
URL:https://insurtech-summit.example/2026
END:VEVENT
END:VCALENDAR
""")
mail("en_insurtech_summit_invite", "NORMAL", "en", "newsletter",
     "conference invitation with ICS; no personal data",
     build("en_insurtech_summit_invite", "2026-05-27 08:00",
           "Insurtech Summit Hamburg <hello@insurtech-summit.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "You're invited: Insurtech Summit Hamburg, 10-11 September",
           body="""\
Hi Chidi,

early-bird tickets for the Insurtech Summit Hamburg are now available.

Highlights:
- Embedded insurance for SMEs
- Claims automation with large language models
- Employee benefits platforms: from group pensions to wellbeing apps
- Keynote: "Regulating AI in insurance - one year of the EU AI Act"

Early-bird price EUR 590 until 30 June (use code PARTNER26 for 15 % off).
Add the dates to your calendar with the attached invite.

See you in Hamburg!
The Insurtech Summit Team
""",
           atts=[("Insurtech_Summit_2026.ics", _ics_summit)]))

_bu_training = pdf("Maklerschulung: Der BU-Leistungsfall in 7 Schritten", [
    "Kranich Lebensversicherung AG - Schulungsunterlage für Vermittler (Stand 03/2026)",
    "",
    "## Schritt 1: Meldung",
    "Formloser Hinweis genügt; Fragebogen und Schweigepflichtentbindung folgen.",
    "## Schritt 2: Tätigkeitsbeschreibung",
    "Typischer Arbeitstag in Stunden, körperliche Anteile, Leitungsfunktionen.",
    "## Fallbeispiel (fiktiv)",
    "Kunde \"Tom Beispiel\", 47, Elektroniker im Außendienst, Bandscheibenvorfall L5/S1,",
    "nach OP weiter Beschwerden beim Heben und Knien. Welche Unterlagen fordert der Versicherer an?",
    "Antwort: OP-Bericht, Reha-Entlassungsbericht, Befund Orthopäde, Stellungnahme Arbeitgeber.",
    "## Schritt 3-7",
    "Ärztliche Prüfung, ggf. Gutachten, Entscheidung, Nachprüfung, Reaktivierung.",
    "",
    "Hinweis: Alle Namen und Fälle in dieser Unterlage sind frei erfunden.",
])
mail("ins_broker_training_bu", "NORMAL", "de", "insurer-to-broker",
     "trap: broker training PDF on BU claims with an explicitly fictitious example ('Tom Beispiel', disc prolapse)",
     build("ins_broker_training_bu", "2026-03-24 12:12",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Maklerverteiler Nord <makler-nord@kranich-versicherung.example>",
           "Unterlagen Webinar BU-Leistungsfall",
           body="""\
Liebe Maklerpartner,

vielen Dank für die rege Teilnahme an unserem Webinar "Der
BU-Leistungsfall in 7 Schritten". Wie versprochen die Unterlage als PDF.
Die Aufzeichnung finden Sie ab morgen im Vermittlerportal unter
Weiterbildung (1 Stunde IDD).

""" + SIG_HOLTKAMP,
           atts=[("Schulung_BU-Leistungsfall_2026.pdf", _bu_training)]))

mail("ktg_rejection_template", "NORMAL", "de", "internal",
     "trap: template for a daily-sickness-allowance rejection letter with placeholders «Diagnose», «AU seit»; no real case",
     build("ktg_rejection_template", "2026-02-02 15:50",
           "Elena Wolters <elena.wolters@kranich-versicherung.example>",
           "Textbausteine <textbausteine@kranich-versicherung.example>",
           "Bitte Baustein KTG-ABL-07 anpassen",
           body="""\
Hallo,

im Baustein KTG-ABL-07 (Ablehnung Krankentagegeld wegen Berufsunfähigkeit)
bitte den zweiten Absatz ersetzen durch:

"Nach dem Gutachten von «Gutachter» vom «Datum_Gutachten» ist Ihre
Erwerbsfähigkeit in Ihrem bisherigen Beruf als «Beruf» auf nicht
absehbare Zeit um mehr als 50 % gemindert. Ursache ist die
Erkrankung «Diagnose» (arbeitsunfähig seit «AU_seit»). Nach § 15 Abs. 1
lit. b MB/KT endet das Versicherungsverhältnis daher mit Eintritt der
Berufsunfähigkeit; Krankentagegeld zahlen wir längstens für drei Monate
nach Feststellung, also bis «Leistungsende»."

Der Hinweis auf die Anwartschaftsversicherung bleibt.

Danke, Elena Wolters
Leistung Kranken
"""))

# --------------------------------------------------------------------------
# More back office: statistics, product information, org mail (NORMAL)
# --------------------------------------------------------------------------

mail("en_gip_case_study", "NORMAL", "en", "insurer-to-broker",
     "trap: anonymised income-protection case study (Employee A, anxiety disorder, graded return) for broker training; no identifiable person",
     build("en_gip_case_study", "2026-04-28 11:25",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Case study for your benefits seminar",
           body="""\
Hi Aoife,

here's the anonymised case study you asked for. Details changed so that
no member can be recognised; please use it only in this form.

"Employee A", late 30s, software developer at a mid-sized tech company.
After a period of high workload, A developed an anxiety disorder with
panic attacks and was signed off work. Our early-intervention nurse
contacted A in week 5 with consent; A started CBT through our network
within 10 days instead of the usual 5-month wait. Graded return to work
began in week 14 (20 hours), full hours in week 22. The deferred period
of 26 weeks was never reached, so no benefit was paid - but the employer
saved roughly 4 months of absence.

Key message for employers: tell us early, not when the deferred period
is about to end.

""" + SIG_OKAFOR))

mail("anon_case_conference", "NORMAL", "de", "internal",
     "trap: anonymised case conference agenda (case letters, age bands, diagnosis groups) without names, numbers or dates",
     build("anon_case_conference", "2026-03-31 09:10",
           "Elena Wolters <elena.wolters@kranich-versicherung.example>",
           "Fallkonferenz KTG <fallkonferenz-ktg@kranich-versicherung.example>",
           "Fallkonferenz 02.04. – Themen (anonymisiert)",
           body="""\
Hallo zusammen,

für Donnerstag die anonymisierten Themen, ohne Namen und Vertragsdaten.
Die Akten bitte wie immer erst in der Sitzung im System öffnen.

Fall A: Altersgruppe 40–49, Büroberuf, psychische Erkrankung, KTG-Bezug
        seit über 12 Monaten – wann Gutachten zur Berufsunfähigkeit?
Fall B: Altersgruppe 50–59, Handwerk, Knie-TEP, Wiedereingliederung
        gescheitert – Verhältnis KTG zu Erwerbsminderungsrente
Fall C: Altersgruppe 30–39, Selbständige, onkologische Therapie
        abgeschlossen – Leistung bei stufenweiser Rückkehr?

Grundsatzfrage: Sollen wir Fallmanagement (externer Reha-Dienstleister)
schon ab der 6. Woche anbieten?

Elena Wolters
"""))

mail("en_newsletter_ai_act", "NORMAL", "en", "newsletter",
     "trap: industry newsletter about the EU AI Act and health data in underwriting; no person",
     build("en_newsletter_ai_act", "2026-02-12 06:45",
           "InsurePolicy Weekly <weekly@insurepolicy-news.example>",
           "Ylva Sandberg <ylva.sandberg@kranich-versicherung.example>",
           "InsurePolicy Weekly: AI Act obligations for life & health insurers",
           body="""\
INSUREPOLICY WEEKLY - 12 February 2026

AI ACT: LIFE AND HEALTH PRICING IS "HIGH RISK"
From August 2026, AI systems used for risk assessment and pricing of
natural persons in life and health insurance are high-risk systems under
Annex III of the AI Act. Insurers must run a fundamental-rights impact
assessment, document training data (including any health or genetic
data), and guarantee human oversight of automated declines.

GENETIC TESTS
Germany's Genetic Diagnostics Act still forbids insurers from asking for
genetic test results below EUR 300,000 of life cover or EUR 30,000 of
annual disability pension. The EIOPA consultation on a harmonised
approach closes in April.

DATA BREACHES
Three health insurers in the EU reported breaches of claims data last
quarter; fines ranged from EUR 150k to EUR 2.1m.

Unsubscribe: weekly@insurepolicy-news.example
"""))

_bkv_port = [
    ("bKV-Bestand 31.12.2025", "", "", "", ""),
    ("Tarif", "Firmenkunden", "Versicherte", "Beitrag p.a. (TEUR)", "Schadenquote"),
    ("Budget 300", 41, 2210, 580.2, 0.71),
    ("Budget 600", 66, 5874, 2881.9, 0.78),
    ("Budget 900", 29, 3102, 2121.8, 0.83),
    ("Zahn Plus", 18, 1404, 431.3, 0.92),
    ("Stationär Komfort", 9, 712, 398.7, 0.64),
    ("", "", "", "", ""),
    ("Leistungen nach ICD-Kapitel (Budgettarife)", "Anteil Leistung", "", "", ""),
    ("H00-H59 Auge (Brillen, Kontaktlinsen)", 0.31, "", "", ""),
    ("K00-K14 Zähne (Prophylaxe, Füllungen)", 0.27, "", "", ""),
    ("M00-M99 Bewegungsapparat (Physio, Osteopathie)", 0.18, "", "", ""),
    ("Z00-Z13 Vorsorge/Check-up", 0.11, "", "", ""),
    ("übrige Kapitel", 0.13, "", "", ""),
]
mail("bkv_portfolio_xlsx", "NORMAL", "de", "internal",
     "trap: bKV portfolio analysis (XLSX) with counts, premiums, loss ratios and benefit shares per ICD chapter - aggregates only",
     build("bkv_portfolio_xlsx", "2026-02-06 17:40",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Rasmus Thiele <rasmus.thiele@kranich-versicherung.example>",
           "bKV-Bestandsanalyse 2025 für die Tarifkalkulation",
           body="""\
Hallo Rasmus,

anbei die Bestandsanalyse bKV 2025 für eure Neukalkulation der
Budgettarife. Nur aggregierte Werte, keine Einzelpersonen.

Auffällig ist Budget 900 mit 83 % Schadenquote: Die Brillen- und
Zahnleistungen werden dort fast vollständig ausgeschöpft.

""" + SIG_BAUMGARTL,
           atts=[("bKV_Bestandsanalyse_2025.xlsx", xlsx([("Analyse", _bkv_port)]))]))

_court_stats = [
    ["Rang", "Vertriebspartner (Firma)", "Rechtsform", "Courtage 2025 EUR", "Anteil Leben/Kranken"],
    [1, "Rautenberg Industriemakler", "GmbH", 197993.64, "21 %"],
    [2, "Brandes & Voss Versicherungsmakler", "GmbH", 164220.10, "48 %"],
    [3, "FinPool Nord", "AG", 151804.77, "36 %"],
    [4, "Benefit Consult bAV", "GmbH", 129660.00, "88 %"],
    [5, "Elbe Assekuranz Partners", "GmbH & Co. KG", 98112.45, "12 %"],
]
mail("courtage_stats_ods", "NORMAL", "de", "internal",
     "trap: top-5 broker firms by commission (ODS) - only GmbH/AG/KG partners, no sole traders, no clients",
     build("courtage_stats_ods", "2026-02-13 12:05",
           "Katharina Lenz <katharina.lenz@kranich-versicherung.example>",
           "Bernd Klüver <bernd.klueever@kranich-versicherung.example>",
           "Top-Partner 2025 (Firmen) für die Vertriebstagung",
           body="""\
Hallo Herr Klüver,

wie gewünscht die Top-5 der Vertriebspartner nach Courtage 2025 als ODS.
Ich habe nur Firmen (GmbH/AG/KG) aufgenommen; die Einzelmakler lassen wir
aus der Präsentation heraus, weil deren Courtage ihr persönliches
Einkommen ist.

Katharina Lenz
Provisionsabrechnung
""",
           atts=[("Top_Partner_2025.ods", ods(_court_stats, sheet="Top5", title="Top-Partner 2025"))]))

mail("storno_analysis", "NORMAL", "de", "internal",
     "trap: lapse-rate analysis by product (BU, term life, bKV, motor) and sales channel - rates only",
     build("storno_analysis", "2026-03-19 16:33",
           "Rasmus Thiele <rasmus.thiele@kranich-versicherung.example>",
           "Bernd Klüver <bernd.klueever@kranich-versicherung.example>",
           "Stornoquoten 2025 nach Produkt und Vertriebsweg",
           body="""\
Hallo Bernd,

Stornoquoten 2025 (Storno in den ersten 24 Monaten, Stück):

Produkt                  Makler   Pool   Ausschließlichkeit   Direkt
SBU                       4,2 %   6,9 %        3,1 %           9,8 %
Risikoleben               5,0 %   7,7 %        4,4 %          11,2 %
Direktversicherung bAV    2,1 %   2,4 %        1,8 %             -
bKV (Firmenverträge)      0,0 %   4,0 %        0,0 %             -
Krankenzusatz Zahn        8,8 %  12,1 %        6,0 %          15,4 %
Kfz Privat               11,5 %  14,0 %        9,2 %          17,9 %

Die Pool-Werte bei Zahn sind getrieben durch Umdeckungen nach
Beitragsanpassung. Für die BU sehe ich keinen Handlungsbedarf.

Gruß Rasmus
Aktuariat
"""))

mail("en_dental_tariff_info", "NORMAL", "en", "insurer-to-broker",
     "trap: dental tariff information for expat clients (reimbursement rates, waiting periods, orthodontics); product info only",
     build("en_dental_tariff_info", "2026-01-21 14:09",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Dental top-up for expats - tariff overview",
           body="""\
Hi Aoife,

as requested, an overview of our dental top-up "ZahnPlus 90" for your
expat clients with statutory health insurance:

- Dental prosthetics (crowns, bridges, implants): 90 % of the total
  invoice including the statutory subsidy
- Prophylaxis / professional cleaning: up to EUR 150 per year
- Fillings, root canal and periodontal treatment: 100 %
- Orthodontics for children (KIG 1-2): 80 %, max. EUR 1,500
- Waiting period: none; first-years limit EUR 1,000/2,000/3,000
- No health questions except "missing teeth not yet replaced"

Monthly premiums: age 21-30 EUR 16.90, 31-40 EUR 21.40, 41-50 EUR 28.80.

English policy conditions are available on the broker portal.

""" + SIG_OKAFOR))

_gu_flyer = pdf("Gruppenunfall Kompakt 2026 - Produktinformation für Arbeitgeber", [
    "Versicherte Personen: alle Mitarbeitenden ohne Gesundheitsfragen ab 5 Personen",
    "Weltweiter 24-Stunden-Schutz, beruflich und privat",
    "",
    "## Leistungen",
    "Invaliditätsgrundsumme 100.000 EUR, Progression 350 % (max. 350.000 EUR)",
    "Gliedertaxe verbessert: Hand im Handgelenk 70 %, Daumen 25 %, Zeigefinger 15 %",
    "Unfallrente ab 50 % Invalidität: 1.000 EUR monatlich",
    "Todesfallleistung 20.000 EUR, Krankenhaustagegeld 20 EUR",
    "Bergungskosten, kosmetische Operationen, Reha-Management",
    "",
    "## Beitrag",
    "Gefahrengruppe A (Büro): 7,80 EUR pro Person/Monat",
    "Gefahrengruppe B (handwerklich): 12,40 EUR pro Person/Monat",
])
mail("gu_product_info", "NORMAL", "de", "insurer-to-broker",
     "trap: group accident product sheet (PDF) with limb-table percentages, invalidity and death benefits; no insured person",
     build("gu_product_info", "2026-02-17 10:10",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Nils Voss <n.voss@brandes-voss.example>",
           "Produktblatt Gruppenunfall Kompakt",
           body="""\
Hallo Herr Voss,

anbei das Produktblatt Gruppenunfall Kompakt, das Sie für die
Handwerksbetriebe angefragt hatten. Ab 10 Personen gibt es 10 %
Gruppennachlass, ab 50 Personen rechnen wir individuell.

""" + SIG_HOLTKAMP,
           atts=[("Produktblatt_Gruppenunfall_Kompakt_2026.pdf", _gu_flyer)]))

mail("bkv_budget_info_employer", "NORMAL", "de", "insurer-to-company",
     "trap: product information on bKV budget tariffs for an employer prospect (glasses, check-ups, naturopath, dental) - no employee data",
     build("bkv_budget_info_employer", "2026-04-09 13:37",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Geschäftsführung Harbeck Feinkost <gf@harbeck-feinkost.example>",
           "Ihre Anfrage: betriebliche Krankenversicherung für 35 Mitarbeitende",
           body="""\
Sehr geehrter Herr Harbeck,

vielen Dank für Ihr Interesse an einer betrieblichen Krankenversicherung.
Für 35 Mitarbeitende empfehlen wir unseren Budgettarif:

Budget 600 – 600 EUR pro Person und Jahr, frei einsetzbar für
- Brillen und Kontaktlinsen, Augenlaser
- Vorsorgeuntersuchungen und Impfungen
- Heilpraktiker, Osteopathie, Physiotherapie-Zuzahlungen
- professionelle Zahnreinigung, Zahnersatz-Eigenanteile

Ohne Gesundheitsprüfung und ohne Wartezeiten, wenn alle Mitarbeitenden
angemeldet werden. Beitrag: 14,90 EUR pro Person/Monat, als
Sachbezug bis 50 EUR steuer- und sozialversicherungsfrei.

Gern stelle ich Ihnen den Tarif in einer Betriebsversammlung vor.

""" + SIG_BAUMGARTL))

mail("it_phishing_warning", "NORMAL", "de", "internal",
     "trap: IT security warning about phishing mails disguised as sick notes ('Krankmeldung_eAU.xlsm'); no real person",
     build("it_phishing_warning", "2026-01-14 10:45",
           "IT-Sicherheit <it-sicherheit@kranich-versicherung.example>",
           "Alle Mitarbeitenden <alle@kranich-versicherung.example>",
           "Achtung Phishing: gefälschte Krankmeldungen und Arztrechnungen",
           body="""\
Liebe Kolleginnen und Kollegen,

seit heute Morgen erreichen uns Mails mit Betreffzeilen wie
"Krankmeldung – AU-Bescheinigung anbei" oder "Arztrechnung zur Erstattung"
und einem Anhang "Krankmeldung_eAU.xlsm" bzw. "Rechnung_GOAE.zip".

Die Anhänge enthalten Schadsoftware. Bitte
- den Anhang NICHT öffnen und keine Makros aktivieren,
- die Mail über den Button "Phishing melden" weiterleiten,
- die Mail anschließend löschen.

Echte Krankmeldungen kommen seit der eAU nicht mehr per Mail; echte
Arztrechnungen von Kunden kommen über das Kundenportal oder die App.

Ihre IT-Sicherheit
"""))

mail("en_po_laptops", "NORMAL", "en", "insurer-to-supplier",
     "purchase order for laptops and docking stations",
     build("en_po_laptops", "2026-03-02 09:20",
           "Gregor Fink <gregor.fink@kranich-versicherung.example>",
           "Orders <orders@northbridge-it.example>",
           "Purchase order PO-2026-0288 - notebooks",
           body="""\
Dear Northbridge team,

please deliver according to your quote NB-Q-10744:

  120 x Notebook 14" (i7, 32 GB RAM, 1 TB SSD, German keyboard)
  120 x USB-C docking station
   20 x 27" monitor

Delivery to Kranich Versicherungsgruppe, Goods Receipt Gate 2,
Ballindamm 61, 20095 Hamburg, by 20 March 2026. Please pre-register the
devices in our Autopilot tenant (ID provided by our IT).

Invoice with PO number to kreditoren@kranich-versicherung.example.

Kind regards
Gregor Fink
Procurement
"""))

mail("personnel_announcement", "NORMAL", "de", "internal",
     "organisational announcement of a new head of the bAV service; named colleague, no personal data category",
     build("personnel_announcement", "2026-03-27 12:00",
           "Björn Wiechmann <bjoern.wiechmann@kranich-versicherung.example>",
           "Alle Mitarbeitenden <alle@kranich-versicherung.example>",
           "Personalie: neue Leitung bAV-Service",
           body="""\
Liebe Kolleginnen und Kollegen,

zum 1. April übernimmt Selin Özdemir die Leitung des bAV-Service.
Frau Özdemir ist seit 2017 bei Kranich und hat zuletzt das Team
Firmenkunden Leben aufgebaut. Sie folgt auf Werner Kallweit, der nach
27 Jahren bei uns in den Ruhestand geht.

Herzlichen Glückwunsch, Selin, und vielen Dank, Werner, für alles!
Die Verabschiedung feiern wir am 31. März um 15 Uhr in der Elbküche.

Björn Wiechmann
Vorstand Betrieb
"""))

mail("colleague_absent", "NORMAL", "de", "internal",
     "short deputy notice: a colleague is out this week (no reason given)",
     build("colleague_absent", "2026-02-16 08:06",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Maklerbetreuung Nord <maklerbetreuung-nord@kranich-versicherung.example>",
           "Vertretung diese Woche",
           body="""\
Moin, ich bin die ganze Woche nicht da. Vertretung für meine Makler macht Marlon (-2274). Dringendes bitte an ihn, alles andere ab Montag.
Jana
"""))

mail("en_reins_meeting_agenda", "NORMAL", "en", "insurer-to-reinsurer",
     "agenda for the annual reinsurance meeting",
     build("en_reins_meeting_agenda", "2026-04-02 17:12",
           "Maren Lindqvist <maren.lindqvist@kranich-versicherung.example>",
           "Laurent Aebischer <l.aebischer@meridian-re.example>",
           "Annual meeting 6 May - draft agenda",
           body="""\
Dear Laurent,

draft agenda for our annual meeting in Zurich on 6 May:

09:30  Welcome, market update (Meridian Re)
10:00  Kranich group results 2025 and planning 2026
10:45  Life & disability: treaty performance, underwriting manual 2026.2
11:30  P&C: Cat XL renewal, storm accumulation in northern Germany
12:30  Lunch
13:30  Claims cooperation: secure data room, large-loss reporting
14:30  AOB, next steps

Participants from our side: Ole Terhorst, Rasmus Thiele, Dr. Ines Wörner
and myself. Please let me know your participants for the badge list.

""" + SIG_LINDQVIST))

mail("broker_portal_faq", "NORMAL", "de", "insurer-to-broker",
     "trap: FAQ for brokers on secure mail - health data, IBANs and member lists only via portal/S/MIME; generic",
     build("broker_portal_faq", "2026-01-09 09:00",
           "Kranich Maklerinformation <makler-info@kranich-versicherung.example>",
           "Maklerverteiler Nord <makler-nord@kranich-versicherung.example>",
           "FAQ: Sichere E-Mail-Kommunikation mit Kranich",
           body="""\
Sehr geehrte Maklerpartner,

immer wieder erreichen uns Fragen zur sicheren Kommunikation. Die
wichtigsten Antworten:

Wann muss ich verschlüsseln?
Immer, wenn Gesundheitsdaten (Diagnosen, Arztberichte, Gesundheitsfragen),
Daten aus Leben-, Kranken- oder Unfallverträgen, Geburtsdaten,
Bankverbindungen oder Einkommensangaben Ihrer Kunden in der Mail oder im
Anhang stehen – auch bei Mitarbeiterlisten aus der bAV oder bKV.

Wie verschlüssele ich?
Mit S/MIME (Zertifikate unserer Mitarbeitenden finden Sie im
Verzeichnis) oder über das Kranich SecureMail-Portal.

Was passiert, wenn ich unverschlüsselt sende?
Unser Gateway nimmt die Mail an, antwortet aber künftig nur noch über
das Portal.

Tarifinformationen, Einladungen und allgemeine Fragen können Sie
weiterhin normal mailen.

Ihre Kranich Maklerbetreuung
"""))

mail("en_webinar_mental_health", "NORMAL", "en", "broker-to-insurer",
     "trap: broker's webinar invitation on mental health in the workplace and group income protection; no person",
     build("en_webinar_mental_health", "2026-04-01 10:00",
           "Lakeside Risk Partners Events <events@lakeside-risk.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Webinar 22 April: Mental health at work - what employers can do",
           body="""\
Dear Chidi,

we'd love you to join our panel on 22 April, 11:00-12:00 CET:

"Mental health at work - what employers can do"
- Burnout, anxiety and depression: the leading cause of long absences
- Early intervention and EAPs: does it pay off?
- Group income protection vs. individual disability cover

Panellists: an occupational psychologist, an HR director from the tech
sector, and - hopefully - you, representing an insurer.

Please let us know by 10 April whether you can take part.

Best regards
Events Team
Lakeside Risk Partners
"""))

mail("gdv_statistics_request", "NORMAL", "de", "internal",
     "request to deliver association statistics (portfolio counts); no person",
     build("gdv_statistics_request", "2026-05-11 14:14",
           "Rasmus Thiele <rasmus.thiele@kranich-versicherung.example>",
           "Controlling Komposit <controlling-komposit@kranich-versicherung.example>",
           "Verbandsstatistik Wohngebäude – Lieferung bis 29.05.",
           body="""\
Hallo Controlling,

der Verband hat die Abfrage zur Wohngebäudestatistik 2025 verschickt.
Bitte liefert bis 29.05.:

- Anzahl Verträge und Versicherungssummen nach Tarifgeneration
- Schadenanzahl und -aufwand nach Gefahr (Feuer, Leitungswasser,
  Sturm/Hagel, Elementar)
- Anteil Verträge mit Elementarbaustein

Format wie im Vorjahr (Verbands-Template, Reiter 1–3). Keine
Einzeldaten, nur Summen.

Danke
Rasmus
"""))

mail("en_thanks_broker", "NORMAL", "en", "broker-to-insurer",
     "short thank-you note after a meeting",
     build("en_thanks_broker", "2026-02-12 18:40",
           "Oliver Pennington <o.pennington@harrowgate-brokers.example>",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Thanks for today",
           body="""\
Sophie - many thanks for hosting us today, very useful session. We'll come back with the two renewals before end of month. Dinner's on us next time in London!
Oliver

Sent from my phone
"""))

mail("parking_garage_closure", "NORMAL", "de", "internal",
     "facility notice about the garage closure",
     build("parking_garage_closure", "2026-06-08 15:00",
           "Facility Management <facility@kranich-versicherung.example>",
           "Alle Mitarbeitenden Hamburg <alle-hamburg@kranich-versicherung.example>",
           "Tiefgarage Ebene -2 gesperrt (15.–19.06.)",
           charset="iso-8859-1",
           body="""\
Liebe Kolleginnen und Kollegen,

wegen Beschichtungsarbeiten ist die Ebene -2 der Tiefgarage vom 15. bis
19. Juni gesperrt. Bitte weicht in das Parkhaus Ferdinandstraße aus
(Ausweis an der Schranke vorzeigen, Kosten übernimmt Kranich).

Die E-Ladesäulen auf Ebene -1 sind nicht betroffen.

Facility Management
"""))

mail("audit_planning", "NORMAL", "de", "insurer-to-partner",
     "audit timetable for the annual financial statements; no personal data",
     build("audit_planning", "2026-01-13 11:30",
           "Rasmus Thiele <rasmus.thiele@kranich-versicherung.example>",
           "Wirtschaftsprüfung Team Kranich <kranich-team@nordwert-wp.example>",
           "Zeitplan Jahresabschlussprüfung 2025",
           body="""\
Sehr geehrte Damen und Herren,

zur Abstimmung des Zeitplans für die Prüfung des Jahresabschlusses 2025:

- 02.–13.02.: Prüfung Schadenrückstellungen Komposit (vor Ort)
- 16.–20.02.: Deckungsrückstellung Leben/Kranken (Aktuariat)
- 23.02.–06.03.: Kapitalanlagen, IT-Prüfung
- 20.03.: Schlussbesprechung mit dem Vorstand

Stichproben aus Einzelverträgen stellen wir ausschließlich im
Datenraum bereit, nicht per E-Mail.

Mit freundlichen Grüßen
Rasmus Thiele
Verantwortlicher Aktuar Komposit
"""))

mail("marketing_text_bkv", "NORMAL", "de", "internal",
     "trap: review of website marketing copy for group health (glasses, check-ups, 'healthy employees'); no person",
     build("marketing_text_bkv", "2026-05-13 10:50",
           "Nora Lindemann <nora.lindemann@kranich-versicherung.example>",
           "Henrike Baumgartl <henrike.baumgartl@kranich-versicherung.example>",
           "Text Landingpage bKV – bitte fachlich prüfen",
           body="""\
Hallo Frau Baumgartl,

könnten Sie den Text für die neue bKV-Landingpage fachlich prüfen?

---
Gesunde Mitarbeitende, starkes Team.
Mit der betrieblichen Krankenversicherung von Kranich schenken Sie Ihrem
Team ein Gesundheitsbudget: für die neue Brille, die Zahnreinigung, den
Check-up beim Hausarzt oder die Osteopathie nach dem langen Bürotag.
Ohne Gesundheitsfragen, ohne Wartezeiten – auch für Mitarbeitende mit
Vorerkrankungen.
---

Darf man "auch mit Vorerkrankungen" so pauschal schreiben? Und stimmt
"ohne Wartezeiten" für alle Tarife?

Danke!
Nora Lindemann
Marketing
"""))

mail("gdv_circular_icd11", "NORMAL", "de", "newsletter",
     "trap: association circular on the introduction of ICD-11 and the new GOÄ; no case",
     build("gdv_circular_icd11", "2026-03-05 08:00",
           "Verbandsrundschreiben <rundschreiben@versicherungsverband.example>",
           "Leistung Kranken <leistung-kranken@kranich-versicherung.example>",
           "Rundschreiben K 07/2026: Stand ICD-11 und GOÄneu",
           body="""\
Rundschreiben K 07/2026

1. ICD-11: Das BfArM hat den Zeitplan für die Einführung der ICD-11 in
   der ambulanten Versorgung bestätigt; vor 2028 ist nicht mit einer
   verpflichtenden Anwendung zu rechnen. Leistungsprüfung und
   Risikoprüfung können bis dahin bei ICD-10-GM bleiben; Mapping-Tabellen
   (z. B. F32.1 -> 6A70.1) stellt der Verband zur Verfügung.

2. GOÄneu: Der Referentenentwurf sieht 5.600 Leistungspositionen und
   feste Euro-Beträge statt Steigerungsfaktoren vor. Die Mitgliedsunternehmen
   werden gebeten, bis 30.04. ihre Auswirkungsanalysen zu melden.

3. Arbeitskreis Leistung: nächste Sitzung am 16.04. in Köln.

Mit freundlichen Grüßen
Abteilung Krankenversicherung
"""))

mail("en_prospect_brochure", "NORMAL", "en", "insurer-to-customer",
     "trap: a prospect asked for the international health brochure; generic product information, no contract, no health data about him",
     build("en_prospect_brochure", "2026-06-02 10:22",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Mateus Carvalho <mateus.carvalho@inbox.example>",
           "Your enquiry: international health cover",
           body="""\
Dear Mr Carvalho,

thank you for your enquiry via our website. Attached to our portal
(link below) you will find the brochure for our international health
plans "Global Care" and "Global Care Plus".

In short: both plans cover in-patient and out-patient treatment
worldwide; Global Care Plus adds dental, maternity (after 10 months)
and evacuation. Premiums depend on age, area of cover and deductible.

If you would like a quote, we will need your date of birth, your
country of residence and answers to the health questions - please send
these only through our secure portal, not by e-mail:
https://securemail.kranich-versicherung.example/

""" + SIG_OKAFOR))

mail("cert_expiry_report", "NORMAL", "de", "internal",
     "automatic report of expiring S/MIME certificates of staff",
     build("cert_expiry_report", "2026-06-15 06:00",
           "Siegel Gateway <gateway-reports@kranich-versicherung.example>",
           "PKI-Team <pki@kranich-versicherung.example>",
           "Ablaufende Zertifikate (nächste 30 Tage)",
           body="""\
Ablaufende Zertifikate in den nächsten 30 Tagen:

  piet.vogelsang@kranich-versicherung.example     läuft ab 02.07.2026
  bkv@kranich-versicherung.example (Domain-Funktionspostfach)  läuft ab 09.07.2026
  felicitas.ambros@kranich-versicherung.example   läuft ab 12.07.2026

Domänenzertifikat kranich-versicherung.example: gültig bis 30.11.2026.

Bitte Verlängerung rechtzeitig beantragen.
-- automatischer Bericht
"""))

# --------------------------------------------------------------------------
# CONFIDENTIAL: more non-personal-line cases, own staff, hidden places
# --------------------------------------------------------------------------

_fwd_park = fwd("park_customer", "2026-03-09 19:12",
                "Kemal Aydın <kemal.aydin@webpost.example>",
                "schaden@kranich-versicherung.example",
                "Parkrempler – wer zahlt?",
                """\
Guten Abend,

mir ist heute beim Ausparken auf dem Supermarkt-Parkplatz in Harburg ein
Fehler passiert: Ich bin mit meinem Golf (HH-KA 1904, Vertrag
KF-31-8012733) gegen den geparkten Fiat 500 von Frau Marlene Ostendorf
(HH-MO 212) gefahren. Stoßstange hinten links bei ihr eingedrückt.
Wir haben Daten getauscht, ihre Telefonnummer ist 0157 3390 2817.

Muss ich das über die Versicherung machen oder kann ich das selbst
bezahlen, damit ich meinen SF-Rabatt behalte?

Kemal Aydın
Wilstorfer Straße 77, 21073 Hamburg
""")
mail("fwd_rfc822_parkschaden", "CONFIDENTIAL", "de", "internal",
     "body only says 'bitte übernehmen'; the attached forwarded mail (message/rfc822) has the customer's motor claim with plates, contract and the third party's name",
     build("fwd_rfc822_parkschaden", "2026-03-10 08:22",
           "Lorenz Hartung <lorenz.hartung@kranich-versicherung.example>",
           "Kfz-Schaden Team 3 <kfz-schaden-team3@kranich-versicherung.example>",
           "WG: Parkrempler – wer zahlt?",
           body="Hallo Team 3, kam im allgemeinen Postfach an – bitte übernehmen und den Kunden zur Rückkaufmöglichkeit beraten. Danke, Lorenz\n",
           atts=[_fwd_park]))

_ws_pdf = pdf("Versicherungsschein Wohngebäudeversicherung WG-20-0901182", [
    "Kranich Allgemeine Versicherung AG",
    "Versicherungsnehmer: Claudia und Jörn Rasmussen, Heidkoppel 9, 24558 Henstedt-Ulzburg",
    "Versicherungsort: Heidkoppel 9, 24558 Henstedt-Ulzburg (Einfamilienhaus, Baujahr 1998)",
    "Versicherungsbeginn: 01.04.2026, Hauptfälligkeit 01.04.",
    "Versicherte Gefahren: Feuer, Leitungswasser, Sturm/Hagel, weitere Elementargefahren",
    "Versicherungssumme Wert 1914: 28.400 Mark - gleitender Neuwert",
    "Jahresbeitrag: 1.046,30 EUR inkl. 19 % Versicherungsteuer",
    "Zahlungsweise: jährlich per SEPA-Lastschrift von DE36 3340 2862 8238 4219 74",
])
_ws_zip = zipb([
    ("Versicherungsschein_WG-20-0901182.pdf", _ws_pdf),
    ("Lastschriftmandat_Rasmussen.txt",
     "Mandatsreferenz KRA-WG20-0901182-01\r\nKontoinhaber: Jörn Rasmussen\r\nIBAN: DE36 3340 2862 8238 4219 74\r\nErteilt am 12.03.2026\r\n".encode("utf-8")),
])
mail("zip_policy_docs_wohngebaeude", "CONFIDENTIAL", "de", "insurer-to-broker",
     "ZIP holds the buildings policy schedule of a named couple and their SEPA mandate text with IBAN; body generic",
     build("zip_policy_docs_wohngebaeude", "2026-03-16 13:05",
           "Vermittlerpost <vermittlerpost@kranich-versicherung.example>",
           "Finanzberatung Wessling <info@wessling-finanz.example>",
           "Dokumente zu Ihrem Antrag A-26-0071402",
           body="""\
Guten Tag,

zu dem von Ihnen vermittelten Antrag A-26-0071402 erhalten Sie die
Vertragsdokumente als ZIP-Archiv. Die Originale gehen per Post an die
Kunden.

Ihre Kranich Vermittlerpost
""",
           atts=[("Dokumente_A-26-0071402.zip", _ws_zip)]))

mail("en_offer_new_hire", "CONFIDENTIAL", "en", "internal",
     "HR internal: salary, signing bonus and relocation package of a named new hire; no health",
     build("en_offer_new_hire", "2026-02-20 17:05",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Offer approved - Senior Underwriter IGB",
           body="""\
Hi Chidi,

good news: the board approved the offer for your candidate.

Candidate: Ms Rutendo Moyo (currently Zurich)
Position: Senior Underwriter, International Group Business, from 1 May
Salary: EUR 92,000 p.a. (13 payments), variable target 12 %
Signing bonus: EUR 8,000 (repayable pro rata if she leaves within 12 months)
Relocation: EUR 6,500 lump sum + 3 months' temporary flat
Other: job ticket, 30 days' holiday

Can you call her tomorrow before I send the written contract? Please
don't forward the figures to the team.

Thanks,
Felicitas
"""))

_raise_docx = docx([
    "# Anpassung Ihres Gehalts",
    "Frau Marlies Hönicke, Personalnummer 60288, Kundenservice Privatkunden",
    "Hamburg, 31. März 2026",
    "Sehr geehrte Frau Hönicke,",
    "in Anerkennung Ihrer Leistungen und Ihrer neuen Aufgabe als Teamkoordinatorin erhöhen wir Ihr monatliches Bruttogehalt mit Wirkung zum 01.04.2026 von 3.740,00 EUR auf 4.115,00 EUR (Tarifgruppe TG 7, Stufe 3).",
    "Die Zulage für die Koordinationsfunktion beträgt zusätzlich 150,00 EUR monatlich.",
    "Alle übrigen Bestimmungen Ihres Arbeitsvertrags bleiben unverändert.",
    "Mit freundlichen Grüßen",
    "Felicitas Ambros, Personalabteilung",
], title="Gehaltsanpassung Hönicke", author="Personalabteilung")
mail("de_salary_increase_letter", "CONFIDENTIAL", "de", "internal",
     "body is a short note; the DOCX is a salary increase letter for a named employee with old and new salary",
     build("de_salary_increase_letter", "2026-03-31 11:40",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Lorenz Hartung <lorenz.hartung@kranich-versicherung.example>",
           "Schreiben für Frau Hönicke",
           body="""\
Hallo Herr Hartung,

anbei das Schreiben für Frau Hönicke. Bitte morgen im Gespräch
übergeben und ein unterschriebenes Exemplar an mich zurück.

""" + SIG_AMBROS,
           atts=[("Gehaltsanpassung_Hoenicke.docx", _raise_docx)]))

mail("en_broker_household_quote", "CONFIDENTIAL", "en", "broker-to-insurer",
     "broker requests a household/liability quote for a named expat with date of birth and address",
     build("en_broker_household_quote", "2026-05-21 12:33",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "service@kranich-versicherung.example",
           "Quote request - contents & personal liability - Mr Harish Venkataraman",
           body="""\
Hello,

please provide a quote for contents and personal liability insurance:

Client:          Mr Harish Venkataraman, born 17 Feb 1985
Address:         Eppendorfer Landstraße 104, 20249 Hamburg (3rd floor, 96 m2)
Household:       client, his wife Meera, two children (6 and 3)
Contents sum:    EUR 75,000 incl. bicycles (2 e-bikes, EUR 4,200 each)
Liability:       family, EUR 10m, incl. loss of keys at work
Start:           1 July 2026
Previous claims: none in the last 5 years

The client works for an Indian IT company and gets his documents in
English - can you issue the policy schedule in English?

Thanks,
Aoife Brennan
Lakeside Risk Partners
"""))

mail("en_motor_expat_evb", "CONFIDENTIAL", "en", "insurer-to-customer",
     "eVB and motor policy details for a named expat customer with date of birth, VIN and no-claims class",
     build("en_motor_expat_evb", "2026-01-28 15:55",
           "Kranich Motor Service <motor-service@kranich-versicherung.example>",
           "Emily Fairweather <emily.fairweather@inbox.example>",
           "Your eVB number and motor insurance",
           body="""\
Dear Ms Fairweather,

thank you for choosing Kranich. Your electronic insurance confirmation
(eVB) for registering your car is:

   eVB: 9QK2H7N

Vehicle: Toyota Yaris Hybrid, VIN VNKKH3D300A418227
Policyholder and main driver: Emily Fairweather, born 22/09/1991
No-claims class: SF 5 (taken over from your UK insurer, as agreed)
Cover: third-party liability + partial cover (Teilkasko), deductible EUR 150
Premium: EUR 486.20 per year

Take the eVB number to the registration office; your policy schedule
will follow once the registration is reported to us.

Kind regards
Kranich Motor Service
"""))

mail("de_rs_employment_cover", "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover for a named customer's dismissal dispute: employer, salary, claim number; no health",
     build("de_rs_employment_cover", "2026-02-12 10:19",
           "Rechtsschutz Leistung <rechtsschutz@kranich-versicherung.example>",
           "Patrick Hesselbarth <p.hesselbarth@mailbox.example>",
           "Deckungszusage RS-26-001977 – Arbeitsrecht",
           body="""\
Sehr geehrter Herr Hesselbarth,

für Ihre Kündigungsschutzklage gegen die Nordhafen Stauerei GmbH
(betriebsbedingte Kündigung vom 28.01.2026 zum 30.04.2026) erteilen wir
Deckungszusage aus Ihrer Rechtsschutzversicherung RS-60-0612008 für die
erste Instanz vor dem Arbeitsgericht Hamburg.

Gegenstandswert: drei Bruttomonatsgehälter à 3.860 EUR = 11.580 EUR.
Selbstbeteiligung: 150 EUR.

Ihr Anwalt, Herr RA Friedemann Stoltz, kann direkt mit uns abrechnen.
Eine Deckung für eine Abfindungsvereinbarung besteht im Rahmen des
Vergleichs ebenfalls.

Mit freundlichen Grüßen
Kranich Allgemeine Versicherung AG – Rechtsschutz
"""))

mail("en_dno_coverage_position", "CONFIDENTIAL", "en", "insurer-to-broker",
     "D&O coverage position for a named former CFO: defence costs, allegations, policy number (multipart/alternative)",
     build("en_dno_coverage_position", "2026-03-19 16:58",
           "Sophie Marquardt <sophie.marquardt@kranich-versicherung.example>",
           "Oliver Pennington <o.pennington@harrowgate-brokers.example>",
           "RE: Notification of Claim - Vantor Holdings GmbH - D&O policy DO-2025-00418",
           body="""\
Dear Oliver,

our coverage position regarding the claim against Mr Bastian Quirrenbach
under DO-2025-00418:

1. The letter before action of 2 March 2026 is a claim first made within
   the policy period; Mr Quirrenbach is an insured person as former CFO.
2. We accept defence costs for Mainka Lorenz Rechtsanwälte at hourly
   rates of up to EUR 380, subject to our prior approval of the budget.
3. We reserve our rights under the exclusion for deliberate breach of
   duty (clause 5.1); this does not affect the advance of defence costs.
4. The company's own loss is not covered (no entity cover purchased).

Please ask Dr. Mainka to send a first assessment and budget by 15 April.

Best regards
Sophie
""",
           html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear Oliver,</p>
<p>our coverage position regarding the claim against <b>Mr Bastian Quirrenbach</b>
under <b>DO-2025-00418</b>:</p>
<ol>
<li>The letter before action of 2 March 2026 is a claim first made within the policy
period; Mr Quirrenbach is an insured person as former CFO.</li>
<li>We accept defence costs for Mainka Lorenz Rechtsanwälte at hourly rates of up to
EUR 380, subject to our prior approval of the budget.</li>
<li>We reserve our rights under the exclusion for deliberate breach of duty (clause 5.1);
this does not affect the advance of defence costs.</li>
<li>The company's own loss is not covered (no entity cover purchased).</li>
</ol>
<p>Please ask Dr. Mainka to send a first assessment and budget by 15 April.</p>
<p>Best regards<br>Sophie</p>
</body></html>
"""))

_rental_drivers = [
    ["Fahrerliste Mietfahrzeuge Sommer 2026 - Autovermietung Lüdecke (Inh. Gerrit Lüdecke)"],
    ["Fahrzeug", "Kennzeichen", "Zusatzfahrer", "geb.", "Führerschein seit"],
    ["VW Crafter", "NF-GL 301", "Jannes Lüdecke", "12.08.2003", "2021"],
    ["VW Crafter", "NF-GL 302", "Swantje Boysen", "04.01.1997", "2015"],
    ["Ford Transit", "NF-GL 310", "Okko Petersen", "27.06.1979", "1997"],
]
mail("ods_rental_driver_list", "CONFIDENTIAL", "de", "company-to-insurer",
     "sole-trader car rental sends an ODS list of additional drivers with birth dates and plates for his motor fleet policy",
     build("ods_rental_driver_list", "2026-05-29 17:48",
           "Autovermietung Lüdecke <info@luedecke-mobil.example>",
           "Piet Vogelsang <piet.vogelsang@kranich-versicherung.example>",
           "Zusatzfahrer Saison – KF-FL-0390",
           body="""\
Moin,

für die Saison hier die Zusatzfahrer (LibreOffice-Tabelle, Excel hab ich
nicht). Jannes ist mein Sohn, der fährt nur die Überführungen.

Gruß Gerrit Lüdecke
Autovermietung Lüdecke, Husum
""",
           atts=[("Zusatzfahrer_2026.ods", ods(_rental_drivers, sheet="Fahrer"))]))

_maler_odt = odt([
    "# Risikofragebogen Betriebshaftpflicht Handwerk",
    "Betrieb: Malermeister Lutz Grotefend (Einzelunternehmen), Eppendorfer Weg 19, 20259 Hamburg",
    "Inhaber: Lutz Grotefend, geb. 08.03.1972",
    "Bestehender Vertrag: BH-70-0029143",
    "Jahresumsatz 2025: 486.000 EUR netto; Lohnsumme 221.000 EUR",
    "Mitarbeitende: 4 Gesellen, 1 Auszubildender",
    "Tätigkeiten: Innen- und Fassadenanstrich, Tapezierarbeiten, Bodenbeschichtung, Wärmedämmverbundsystem",
    "Gerüste: eigene Rollgerüste bis 8 m, Fassadengerüste werden angemietet",
    "Vorschäden 5 Jahre: 2023 Farbspritzer auf Pkw (1.200 EUR), 2026 Sturz einer Mieterin (offen)",
    "Hamburg, 10.02.2026",
], title="Risikofragebogen Grotefend")
mail("odt_risk_questionnaire_filled", "CONFIDENTIAL", "de", "broker-to-insurer",
     "ODT risk questionnaire of a sole-trader painter: his birth date, turnover, payroll, contract number; the open fall claim is only mentioned without any injury detail",
     build("odt_risk_questionnaire_filled", "2026-02-10 14:52",
           "Nils Voss <n.voss@brandes-voss.example>",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "Grotefend – Fragebogen zur Verlängerung",
           body="""\
Hallo Herr Brückner,

wie telefonisch besprochen der ausgefüllte Fragebogen für Herrn
Grotefend (Verlängerung BHV zum 01.04.). Er möchte die Bodenbeschichtung
und das WDVS mitversichert haben.

Gruß
Nils Voss
""",
           atts=[("Risikofragebogen_Grotefend.odt", _maler_odt)]))

mail("en_cargo_owner_driver", "CONFIDENTIAL", "en", "customer-to-insurer",
     "owner-driver haulier (sole trader) reports a cargo theft under his goods-in-transit policy; no injury",
     build("en_cargo_owner_driver", "2026-04-04 06:21",
           "Tomasz Wierzbicki <t.wierzbicki@tw-transport.example>",
           "cargo-claims@kranich-versicherung.example",
           "Cargo theft - policy VT-72-0008813 - TW Transport",
           body="""\
Good morning,

I'm Tomasz Wierzbicki, owner-driver of TW Transport (sole trader,
Frankfurt (Oder)), goods-in-transit policy VT-72-0008813.

Last night (3/4 April) at the rest area Fläming-Ost on the A9 someone
cut the tarpaulin of my trailer (FF-TW 880) and stole 14 pallets of
power tools (consignor: Brakel Werkzeuge GmbH, delivery note 44190-2),
value approx. EUR 61,000. I slept in the cab and didn't hear anything.
Police report from the Autobahnpolizei Brück: 260404-0312-11873.

The consignee already refuses the remaining goods. What should I do
with them?

Tomasz Wierzbicki
+49 172 8830 415
"""))

mail("de_glass_claim_mobile", "CONFIDENTIAL", "de", "customer-to-insurer",
     "one-line mobile mail reporting a glass claim with name and household policy number",
     build("de_glass_claim_mobile", "2026-01-18 21:06",
           "Sabine Kuhlmann-Ertl <sabine.ke@webpost.example>",
           "schaden@kranich-versicherung.example",
           "Ceranfeld gesprungen",
           body="""\
Hallo, bei uns ist das Ceranfeld gesprungen (Topf runtergefallen). Glasversicherung läuft über Hausrat HR-20-5117740, Sabine Kuhlmann-Ertl, Vogelsang 3 in 24111 Kiel. Wie gehts weiter? Danke

Von meinem Samsung Galaxy Smartphone gesendet
"""))

mail("en_liability_window_neighbour", "CONFIDENTIAL", "en", "customer-to-insurer",
     "customer reports a liability claim (son broke the neighbour's window with a football): names, address, policy; nobody hurt",
     build("en_liability_window_neighbour", "2026-06-07 13:44",
           "Daniel Okoye <daniel.okoye@mailbox.example>",
           "claims@kranich-versicherung.example",
           "Broken window - personal liability PH-20-2415530",
           body="""\
Hi,

my son (11) kicked a football against our neighbour's living room
window this morning and it broke (double glazing, approx. 1.2 x 1.5 m).
Nobody was hurt.

Neighbour: Mr and Mrs Hartwig Sellmer, Tannenweg 14, 22926 Ahrensburg
(we live at no. 12). They have already called a glazier who quoted
EUR 740.

My personal liability policy is PH-20-2415530 (family cover). Can the
glazier send the invoice directly to you?

Best,
Daniel Okoye
"""))

mail("de_dog_bites_dog", "CONFIDENTIAL", "de", "insurer-to-customer",
     "dog-owner liability: the insured dog bit another dog - vet costs (animal health only), named owners, claim number",
     build("de_dog_bites_dog", "2026-04-15 10:50",
           "Hauke Bruns <hauke.bruns@kranich-versicherung.example>",
           "Antje Sievers-Jahn <antje.sj@webpost.example>",
           "Ihr Schaden TH-26-000412 – Beißvorfall im Hundeauslauf",
           body="""\
Sehr geehrte Frau Sievers-Jahn,

zu dem Vorfall vom 29.03.2026 im Hundeauslauf am Schulensee: Ihr
Labrador "Bruno" hat den Jack-Russell-Terrier von Herrn Friedhelm
Ahrens gebissen. Die Tierarztrechnung der Tierklinik Kiel (Wundversorgung
unter Narkose, Antibiotikum, zwei Nachkontrollen) über 684,20 EUR haben
wir geprüft.

Da beide Hunde unangeleint waren, ist eine Mitverursachung durch die
Tiergefahr des anderen Hundes zu berücksichtigen. Wir zahlen aus Ihrer
Hundehalter-Haftpflicht TH-20-0220930 50 % = 342,10 EUR direkt an Herrn
Ahrens. Ihr Schadenfreiheitsrabatt ist davon nicht betroffen.

Mit freundlichen Grüßen
Hauke Bruns
Schaden Haftpflicht
Kranich Allgemeine Versicherung AG
"""))

mail("en_travel_cancel_jobloss", "CONFIDENTIAL", "en", "insurer-to-customer",
     "travel cancellation for a named customer because of job loss (no health reason): booking, amounts, policy, IBAN",
     build("en_travel_cancel_jobloss", "2026-05-14 11:16",
           "Kranich Travel Claims <travel-claims@kranich-versicherung.example>",
           "Lucy Tremaine <lucy.tremaine@postbox.example>",
           "Your cancellation claim RR-26-003391",
           body="""\
Dear Ms Tremaine,

we have accepted your claim under your annual travel cancellation
policy RR-65-0130288. Your employer, Hafenblick Media GmbH, terminated
your employment for operational reasons on 31 March 2026, which is an
insured cancellation reason (unexpected redundancy).

Booking: Kreta, 12-26 June 2026, Aegean Sun Travel, booking no. ASX-77120
Cancellation fees (80 %):            EUR 2,368.00
less deductible (20 %, min. EUR 25): EUR  -473.60
Payment:                             EUR 1,894.40

We will transfer the amount to DE72 8384 7748 4483 4703 13 within three
working days.

Kind regards
Kranich Travel Claims
"""))

mail("de_broker_contract_overview", "CONFIDENTIAL", "de", "insurer-to-broker",
     "contract overview for a named client requested by his broker: P&C contracts with numbers, premiums, birth date",
     build("de_broker_contract_overview", "2026-01-15 14:27",
           "Marlon Teichert <marlon.teichert@kranich-versicherung.example>",
           "Gerd Ehlers <g.ehlers@ak-ehlers.example>",
           "Vertragsübersicht Herr Ansgar Feldkamp",
           body="""\
Hallo Herr Ehlers,

wie angefragt die Kompositverträge von Herrn Ansgar Feldkamp
(geb. 19.12.1963, Am Kurpark 6, 21335 Lüneburg), für die Ihnen ein
Maklerauftrag vorliegt:

WG-20-0091277  Wohngebäude Premium           1.102,55 EUR  HF 01.01.
HR-20-4409918  Hausrat Plus (VS 95.000)        198,40 EUR  HF 01.01.
PH-20-1662015  Privathaftpflicht Komfort        84,90 EUR  HF 01.01.
KF-31-7201184  Kfz (LG-AF 63, Audi A6 Avant)   972,14 EUR  HF 01.01.

Schadenfälle der letzten 5 Jahre: 1 x Leitungswasser (2023, 4.880 EUR).

Viele Grüße
Marlon Teichert
Maklerservice Komposit
"""))

mail("de_html_premium_invoice", "CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only premium invoice for a named customer's buildings and household policies with her IBAN for the direct debit",
     build("de_html_premium_invoice", "2026-03-25 06:40",
           "Kranich Beitragsservice <beitragsservice@kranich-versicherung.example>",
           "Gesine Oltmanns-Brandt <gesine.ob@t-netz.example>",
           "Ihre Beitragsrechnung zum 01.04.2026",
           html="""\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Beitragsrechnung</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Sehr geehrte Frau Oltmanns-Brandt,</p>
<p>zur Hauptfälligkeit am 01.04.2026 berechnen wir:</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #999">
<tr style="background:#e8eef4"><th align="left">Vertrag</th><th align="left">Sparte</th><th align="right">Beitrag</th></tr>
<tr><td>WG-20-0733410</td><td>Wohngebäude</td><td align="right">894,60 EUR</td></tr>
<tr><td>HR-20-5830027</td><td>Hausrat</td><td align="right">167,25 EUR</td></tr>
<tr><td colspan="2"><b>Summe</b></td><td align="right"><b>1.061,85 EUR</b></td></tr>
</table>
<p>Den Betrag buchen wir am 01.04.2026 von Ihrem Konto
<b>DE84 2813 4743 9554 8982 96</b> ab (Mandatsreferenz KRA-WG20-0733410-01).</p>
<p>Mit freundlichen Grüßen<br>Ihr Kranich Beitragsservice</p>
<p style="font-size:11px;color:#777">Kranich Allgemeine Versicherung AG · Ballindamm 61 · 20095 Hamburg</p>
</body></html>
"""))

mail("en_sanctions_screening", "CONFIDENTIAL", "en", "internal",
     "compliance: sanctions-screening hit on a named policyholder, resolved as false positive by date of birth and nationality; contract named",
     build("en_sanctions_screening", "2026-02-04 12:12",
           "Compliance Screening <compliance-screening@kranich-versicherung.example>",
           "Torsten Brückner <torsten.brueckner@kranich-versicherung.example>",
           "Screening alert SCR-26-0187 - closed (false positive)",
           body="""\
Dear Mr Brückner,

the screening alert for your new business case has been reviewed and
closed:

Alert:        SCR-26-0187 (EU consolidated list)
Customer:     Mr Aleksandr Vetrov, born 03.07.1969, German national,
              managing shareholder of Vetrov Kältetechnik e.K.
Contract:     BH-70-0060122 (business liability), proposal of 28 Jan
Listed name:  Aleksandr VETROV, born 1958, Russian national

Different date of birth, nationality and place of residence - false
positive. You may issue the policy. The review is documented in the
compliance file.

Compliance Screening Team
"""))

mail("de_maiden_name_correction", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker reports a client's marriage: new surname, maiden name, corrected birth date for household and liability contracts",
     build("de_maiden_name_correction", "2026-06-11 09:33",
           "Ruth Gerdes <backoffice@finpool-nord.example>",
           "Vertragsservice <vertragsservice@kranich-versicherung.example>",
           "Namensänderung / Korrektur Geburtsdatum – HR-20-7104412, PH-20-2502291",
           body="""\
Guten Tag,

unsere Kundin hat geheiratet, bitte in beiden Verträgen ändern:

bisher:  Maike Hinrichsen
neu:     Maike Carstensen-Hinrichsen, geb. Hinrichsen
Verträge: HR-20-7104412 (Hausrat), PH-20-2502291 (PHV, jetzt Familie –
          Ehemann Ove Carstensen bitte mitversichern)

Außerdem ist bei der Antragsaufnahme das Geburtsdatum falsch erfasst
worden: richtig ist 22.03.1979 (nicht 23.02.1979).

Heiratsurkunde liegt uns vor.

Danke und viele Grüße
Ruth Gerdes
FinPool Nord AG
"""))

mail("en_quoted_hidden_dob", "CONFIDENTIAL", "en", "insurer-to-broker",
     "the reply itself is harmless; the quoted broker mail below contains the client's date of birth, address and household policy number",
     build("en_quoted_hidden_dob", "2026-05-22 09:02",
           "Lorenz Hartung <lorenz.hartung@kranich-versicherung.example>",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "RE: Quote request - contents & personal liability - Mr Harish Venkataraman",
           in_reply_to=msgid("en_broker_household_quote", "2026-05-21 12:33", "lakeside-risk.example"),
           body="""\
Hi Ms Brennan,

thanks - we'll send the quote by Tuesday. English policy documents are
no problem.

Best regards
Lorenz Hartung

> From: Aoife Brennan
> Sent: Thursday, 21 May 2026 12:33
>
> Client:          Mr Harish Venkataraman, born 17 Feb 1985
> Address:         Eppendorfer Landstraße 104, 20249 Hamburg (3rd floor, 96 m2)
> Household:       client, his wife Meera, two children (6 and 3)
> Contents sum:    EUR 75,000 incl. bicycles (2 e-bikes, EUR 4,200 each)
> Previous household policy with us: HR-20-3921104 (cancelled 2023)
"""))

mail("de_broker_own_bank_change", "CONFIDENTIAL", "de", "broker-to-insurer",
     "sole-trader broker gives her private account for commission payments (IBAN) - bank data of a natural person",
     build("de_broker_own_bank_change", "2026-04-20 19:18",
           "Tamara Wessling <info@wessling-finanz.example>",
           "provision@kranich-versicherung.example",
           "Neue Bankverbindung Courtage – Vermittlernr. 70-2241",
           body="""\
Hallo,

bitte überweisen Sie meine Courtage ab der Abrechnung April auf mein
neues Konto:

Kontoinhaberin: Tamara Wessling
IBAN: DE45 1627 7165 0108 1466 50
Bank: Volksbank Münsterland Nord

Das alte Konto bei der Sparkasse löse ich Ende Mai auf.

Danke!
Tamara Wessling
Finanzberatung, Vermittlernr. 70-2241
"""))

mail("de_leasing_total_loss_internal", "CONFIDENTIAL", "de", "internal",
     "motor claims internal: settlement of a named customer's leased car total loss with leasing company; no injury",
     build("de_leasing_total_loss_internal", "2026-01-29 13:48",
           "Marlon Teichert <marlon.teichert@kranich-versicherung.example>",
           "Kfz-Schaden Team 3 <kfz-schaden-team3@kranich-versicherung.example>",
           "KS-26-003318 Heuer – Leasing, GAP-Deckung?",
           body="""\
Hallo Team 3,

zur KS-26-003318 (Frau Ricarda Heuer, BMW 320d, OHZ-RH 310): das
Fahrzeug ist geleast (Leasinggeber Nordbank Leasing GmbH,
Vertrag NBL-2019-448120). Der Leasinggeber fordert den
Ablösewert von 17.940 EUR, unser WBW liegt bei 16.500 EUR abzgl.
Restwert 3.150 EUR.

Frau Heuer hat die GAP-Deckung im Kfz-Vertrag KF-31-6822104
mitversichert, also übernehmen wir die Differenz zum Ablösewert.
Auszahlung an den Leasinggeber, Restbetrag (SB 300 EUR) trägt die Kundin.

Bitte so abrechnen.

Gruß Marlon
"""))

_ics_sv = ics("""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kranich Versicherungsgruppe//Schadenservice//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sa-26-002870-besichtigung@kranich-versicherung.example
DTSTAMP:20260115T093000Z
DTSTART;TZID=Europe/Berlin:20260303T100000
DTEND;TZID=Europe/Berlin:20260303T113000
SUMMARY:Besichtigung Leitungswasserschaden SA-26-002870
LOCATION:Familie Tjarks\\, Ostlandstraße 27\\, 26689 Apen
DESCRIPTION:Sachverständiger Jens Sommerfeld. Wohngebäude WG-20-0820114.
 Bitte Zugang zu Keller und Heizungsraum ermöglichen.
ORGANIZER;CN=Ahmet Kaya:mailto:ahmet.kaya@kranich-versicherung.example
ATTENDEE;CN=Heiko Tjarks:mailto:h.tjarks@landpost.example
END:VEVENT
END:VCALENDAR
""")
mail("de_ics_assessor_visit", "CONFIDENTIAL", "de", "insurer-to-customer",
     "appointment for an assessor visit; body short, the ICS has the named customers' address, claim and policy number",
     build("de_ics_assessor_visit", "2026-02-26 11:30",
           "Ahmet Kaya <ahmet.kaya@kranich-versicherung.example>",
           "Heiko Tjarks <h.tjarks@landpost.example>",
           "Termin Besichtigung 03.03., 10 Uhr",
           body="""\
Sehr geehrter Herr Tjarks,

wie telefonisch besprochen kommt der Sachverständige am Dienstag um
10 Uhr. Den Termin finden Sie im Anhang.

Mit freundlichen Grüßen
Ahmet Kaya
Schaden Sach Privat
""",
           atts=[("Besichtigung_SA-26-002870.ics", _ics_sv)]))

# --------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL: hidden places and remaining personal-line cases
# --------------------------------------------------------------------------

_kh_pdf = pdf("Rechnung Nr. 2026-118804 - Asklepios-freie Klinik am Stadtpark (Privatstation)", [
    "Patient: Hartmut Dräger, geb. 11.01.1958, Versicherungsnummer KV-88-0061452",
    "Aufenthalt: 02.02.2026 - 09.02.2026 (7 Belegungstage)",
    "Hauptdiagnose: I21.4 Akuter subendokardialer Myokardinfarkt",
    "Nebendiagnosen: I25.11, E78.0, I10.90",
    "Prozeduren: 1-275.2 Koronarangiographie; 8-837.00 PTCA; 8-837.m0 Einlage 1 medikamentenfreisetzender Stent",
    "DRG F24B - Relativgewicht 2,214 - Basisfallwert 4.210,00 EUR",
    "",
    "DRG-Fallpauschale: 9.320,94 EUR",
    "Zuschlag Einbettzimmer (Wahlleistung Unterkunft) 7 x 118,00 EUR: 826,00 EUR",
    "Wahlärztliche Leistungen: gesonderte Liquidation Prof. Dr. Bergholz",
    "Gesamtbetrag: 10.146,94 EUR",
])
_kh_csv = csvb([
    ["Beleg", "Datum", "Leistungserbringer", "Betrag", "Status"],
    ["2026-118804", "09.02.2026", "Klinik am Stadtpark", "10146,94", "in Prüfung"],
    ["WL-26-0412", "12.02.2026", "Prof. Dr. Bergholz (Chefarzt Kardiologie)", "3288,40", "in Prüfung"],
    ["R-7781", "20.02.2026", "Apotheke am Rathausmarkt (Ticagrelor, Atorvastatin 80 mg)", "184,62", "erstattet"],
])
mail("zip_leistungsakte_kh", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "body is only 'Unterlagen zur Prüfung'; the ZIP holds a hospital bill (myocardial infarction I21.4, stent) and a CSV of a named patient's medical receipts",
     build("zip_leistungsakte_kh", "2026-02-25 14:36",
           "Elena Wolters <elena.wolters@kranich-versicherung.example>",
           "Medizinischer Dienst KV <med-dienst-kv@kranich-versicherung.example>",
           "Unterlagen zur Prüfung – L-26-0071133",
           body="""\
Hallo zusammen,

Unterlagen zur Prüfung (Wahlleistungsvereinbarung und Steigerungssätze
der Chefarztrechnung), alles im ZIP.

Danke, Elena Wolters
""",
           atts=[("L-26-0071133.zip", zipb([("Rechnung_Klinik_2026-118804.pdf", _kh_pdf),
                                             ("Belegliste_L-26-0071133.csv", _kh_csv)]))]))

_fwd_hosp = fwd("en_hospital_customer", "2026-03-28 22:47",
                "Sean Whitaker <sean.whitaker@postbox.example>",
                "service@kranich-versicherung.example",
                "Hospital bill - my daughter",
                """\
Hello,

my daughter Isla (7, insured under my family plan KV-91-0044018) had her
appendix removed at the Altonaer Kinderkrankenhaus last week - emergency
appendectomy on 19 March, discharged on 23 March. The hospital sent me
an invoice for EUR 4,916.30 plus a separate bill from the surgeon.

Do I pay this and claim it back, or can the hospital bill you directly?
Also, she needs a follow-up check with the paediatric surgeon on
2 April - is that covered?

Thanks,
Sean Whitaker
""")
mail("en_fwd_hospital_bill", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "internal forward with a harmless one-line body; the attached message/rfc822 has a customer's child's appendectomy and hospital bill under his health plan",
     build("en_fwd_hospital_bill", "2026-03-30 08:15",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Health Claims International <health-claims-int@kranich-versicherung.example>",
           "FW: Hospital bill - my daughter",
           body="Please take over - customer writes in English, reply in English please. Thanks, Chidi\n",
           atts=[_fwd_hosp]))

_bu_odt = odt([
    "# Tätigkeitsbeschreibung zum BU-Leistungsantrag",
    "Versicherte Person: Dennis Kramp, Vertrag LV-44-2830017",
    "Beruf: Gerüstbauer (Kolonnenführer), angestellt bei Gerüstbau Wenning GmbH, Lingen",
    "Arbeitszeit: 45 Std./Woche, davon ca. 70 % Auf- und Abbau, 20 % Transport/Verladen, 10 % Organisation",
    "Körperliche Belastung: Tragen von Gerüstteilen bis 25 kg, Arbeiten in Höhe, Überkopfarbeiten",
    "Gesundheitliche Einschränkung: seit Oktober 2025 Schulterbeschwerden rechts, MRT: Rotatorenmanschettenruptur (M75.1), OP am 12.01.2026. Laut Orthopäde keine Überkopfarbeiten und kein Heben über 10 kg mehr.",
    "Seit 01.10.2025 arbeitsunfähig.",
    "Lingen, 02.03.2026",
], title="Taetigkeitsbeschreibung Kramp")
mail("odt_bu_job_description", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "body harmless; the ODT job description for a named person's BU claim contains the shoulder diagnosis (M75.1), surgery and incapacity",
     build("odt_bu_job_description", "2026-03-03 10:29",
           "Assekuranzkontor Ehlers <g.ehlers@ak-ehlers.example>",
           "leistung-bu@kranich-versicherung.example",
           "Nachreichung Unterlagen LV-44-2830017",
           body="""\
Sehr geehrte Damen und Herren,

anbei die angeforderte Tätigkeitsbeschreibung (OpenOffice-Format).

Mit freundlichen Grüßen
Gerd Ehlers
""",
           atts=[("Taetigkeitsbeschreibung_LV-44-2830017.odt", _bu_odt)]))

mail("b64_ktg_customer", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "base64-encoded body: a self-employed customer claims daily sickness allowance after a burn-out diagnosis",
     build("b64_ktg_customer", "2026-04-13 07:55",
           "Jasper Lindholm <jasper@lindholm-design.example>",
           "leistung-kranken@kranich-versicherung.example",
           "Krankentagegeld ab 22. Tag – KV-88-0077410",
           cte="base64",
           body="""\
Sehr geehrte Damen und Herren,

ich bin selbstständiger Grafikdesigner und bei Ihnen mit Krankentagegeld
ab dem 22. Tag versichert (KV-88-0077410, 110 EUR pro Tag).

Seit dem 16.03.2026 bin ich arbeitsunfähig geschrieben. Meine Hausärztin
hat ein Erschöpfungssyndrom mit Schlafstörungen festgestellt
(Diagnose laut AU: Z73.0 und F51.0), ich bin inzwischen auch bei einem
Psychotherapeuten in Behandlung. Die AU-Bescheinigungen bis 24.04. lade
ich im Kundenportal hoch.

Bitte zahlen Sie das Krankentagegeld ab dem 06.04. auf mein bekanntes
Konto. Brauchen Sie von mir noch einen Einkommensnachweis (Steuerbescheid
2024)?

Mit freundlichen Grüßen
Jasper Lindholm
"""))

mail("quoted_lunch_hidden_diagnosis", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
     "reply is only about a lunch date; the quoted broker mail below mentions a named client's breast cancer therapy and BU application",
     build("quoted_lunch_hidden_diagnosis", "2026-05-07 12:58",
           "Jana Holtkamp <jana.holtkamp@kranich-versicherung.example>",
           "Kerstin Brandes <k.brandes@brandes-voss.example>",
           "AW: Mittagessen + kurze Frage",
           body="""\
Hallo Frau Brandes,

Mittwoch 12:30 im "Deichgraf" passt mir sehr gut, ich reserviere.
Ihre Frage gebe ich an Frau Kruse weiter, sie meldet sich direkt bei
Ihnen.

Bis Mittwoch!
Jana Holtkamp

Am 06.05.2026 um 17:41 schrieb Kerstin Brandes:
> Hallo Frau Holtkamp,
>
> hätten Sie nächste Woche Zeit für ein Mittagessen? Mittwoch oder
> Donnerstag wäre gut.
>
> Und eine kurze Frage vorab: Meine Kundin Frau Henrike Zastrow hat
> den BU-Antrag (A-26-0058820) zurückgezogen, weil im April ein
> Mammakarzinom links festgestellt wurde; sie beginnt jetzt mit der
> Chemotherapie. Kann sie nach Abschluss der Therapie überhaupt wieder
> einen Antrag stellen, und nach wie vielen Jahren?
>
> Viele Grüße
> Kerstin Brandes
"""))

mail("de_own_staff_bem", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR offers a named employee of the insurer a BEM after 9 weeks of incapacity and mentions her gradual return plan - health data of own staff",
     build("de_own_staff_bem", "2026-04-22 10:12",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Dorota Pawlak <dorota.pawlak@kranich-versicherung.example>",
           "BEM Frau Sadowski – vertraulich",
           body="""\
Hallo Frau Pawlak,

Ihre Mitarbeiterin Frau Agnieszka Sadowski ist seit dem 16.02. durchgehend
arbeitsunfähig (inzwischen 9 Wochen). Wir haben ihr heute schriftlich
das BEM angeboten.

Sie hat mich vorab angerufen: Sie hatte im Februar eine
Gallenblasen-OP mit Komplikationen (Nachblutung, zweiter Eingriff) und
ist jetzt in der Anschlussheilbehandlung. Sie möchte ab Mitte Mai mit
einer stufenweisen Wiedereingliederung nach dem Hamburger Modell
starten (4 Wochen à 4 Stunden, dann 6 Stunden).

Bitte behandeln Sie diese Informationen vertraulich und geben Sie im
Team nur weiter, dass Frau Sadowski voraussichtlich ab Mitte Mai
schrittweise zurückkommt. Den Wiedereingliederungsplan bekommen wir
von ihrer Ärztin.

""" + SIG_AMBROS))

mail("de_pflege_zusatz_mother", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "broker asks about long-term care top-up for a client whose named mother has care level 3 (dementia) - care and health data",
     build("de_pflege_zusatz_mother", "2026-06-03 16:02",
           "Tamara Wessling <info@wessling-finanz.example>",
           "Antrag Kranken <antrag-kranken@kranich-versicherung.example>",
           "Pflegetagegeld für Frau Lammers – Frage zu Gesundheitsfragen",
           body="""\
Hallo zusammen,

meine Kundin Frau Petra Lammers (geb. 14.08.1966) möchte eine
Pflegetagegeldversicherung abschließen (PTG Pflegegrad 2–5, 50 EUR/Tag).
Auslöser: Ihre Mutter, Frau Elfriede Lammers (88), hat seit Januar
Pflegegrad 3 wegen einer fortschreitenden Demenz und lebt bei ihr im
Haushalt; die Kosten des Pflegedienstes haben sie sehr erschreckt.

Frau Lammers selbst ist gesund bis auf eine Schilddrüsenunterfunktion
(L-Thyroxin). Fragen:
1. Ist die Schilddrüse bei Ihnen ein Problem?
2. Fragt der Antrag nach Demenz in der Familie?

Danke und viele Grüße
Tamara Wessling
"""))

mail("en_staff_ms_adjustment", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "internal HR: workplace adjustments for a named employee with multiple sclerosis",
     build("en_staff_ms_adjustment", "2026-01-22 14:40",
           "Felicitas Ambros <felicitas.ambros@kranich-versicherung.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Adjustments for Jonas Ferreira - confidential",
           body="""\
Hi Chidi,

as discussed, Jonas Ferreira from your team has told us that he was
diagnosed with relapsing-remitting multiple sclerosis last autumn. He
is fine with his line manager (you) knowing this; please don't share it
with the team.

The company doctor recommends:
- up to 3 home-office days per week (fatigue),
- a height-adjustable desk and a quiet workplace near the lift,
- flexible hours on his infusion days (every 6 months, next one 12 March).

He has applied for recognition as a severely disabled person; if granted
he will be entitled to 5 additional days of holiday.

Could you confirm by Friday that the home-office arrangement works for
the team?

Thanks,
Felicitas
"""))

mail("en_travel_health_spain", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health claim: named customer hospitalised in Spain with a tibia fracture, surgery and repatriation",
     build("en_travel_health_spain", "2026-07-09 11:08",
           "Kranich Travel Assistance <travel-assistance@kranich-versicherung.example>",
           "Martin Esterházy <martin.esterhazy@inbox.example>",
           "Your claim RK-26-008812 - hospital in Málaga and return flight",
           body="""\
Dear Mr Esterházy,

we hope you are recovering well. Regarding your travel health claim
RK-26-008812 (policy RK-66-0210447):

- Hospital Costa del Sol, Marbella, 27 June - 3 July 2026: open
  reduction and internal fixation of the right tibial shaft fracture
  after the hiking accident; invoice EUR 14,870 - paid directly to the
  hospital.
- Medically necessary return flight on 4 July with an extra seat for
  the leg in a cast and wheelchair assistance: EUR 1,246 - paid.
- Your wife's additional hotel nights (3): EUR 387 - please send us the
  receipt.

Follow-up treatment in Germany (physiotherapy, removal of the implant)
is a matter for your health insurer, not the travel policy.

Get well soon!
Kranich Travel Assistance
"""))

mail("en_dental_statement", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "dental reimbursement statement for a named customer: implant, crown, GOZ items and tooth numbers",
     build("en_dental_statement", "2026-05-27 06:30",
           "Kranich Health - Claims <health-claims@kranich-versicherung.example>",
           "Nadia Haddad <nadia.haddad@mailbox.example>",
           "Reimbursement statement - dental invoice of 12 May 2026",
           body="""\
Dear Ms Haddad,

we have processed the invoice of Zahnarztpraxis Dr. Lübke & Partner of
12 May 2026 under your dental plan ZahnPlus 90 (KV-88-0120073):

Tooth 46: implant placement (GOZ 9010), bone augmentation (GOZ 9100),
          implant-supported crown (GOZ 2200i)
Tooth 36: root canal treatment, 3 canals (GOZ 2410 x3)
Invoice amount:                EUR 4,372.18
Statutory insurer's subsidy:   EUR   612.00
Reimbursable (90 % of total):  EUR 3,934.96, less subsidy = EUR 3,322.96
First-year limit applies:      EUR 2,000.00 (year 2 of cover)

We will transfer EUR 2,000.00 to your account within 3 working days.
The remaining amount cannot be reimbursed because of the benefit limit
in the first two years.

Kind regards
Kranich Krankenversicherung AG - Claims
"""))

mail("en_pmi_preauth_knee", "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
     "broker requests pre-authorisation of knee surgery (meniscus tear on MRI) for a named client under his international health plan",
     build("en_pmi_preauth_knee", "2026-04-16 09:47",
           "Aoife Brennan <aoife.brennan@lakeside-risk.example>",
           "Health Claims International <health-claims-int@kranich-versicherung.example>",
           "Pre-authorisation request - Mr Ruairí Delaney - KV-91-0038820",
           body="""\
Hello,

please pre-authorise the following treatment for our client Mr Ruairí
Delaney (international health plan KV-91-0038820, Global Care Plus):

Diagnosis:  complex tear of the medial meniscus, right knee (S83.2),
            after a football injury on 28 March 2026; MRI of 8 April
            attached on the portal
Treatment:  arthroscopic partial meniscectomy, day case
Provider:   ATOS Klinik Hamburg, Dr. Sebastian Carlsson
Date:       30 April 2026
Estimate:   EUR 3,650 (surgeon, anaesthesia, facility fee)

He'd also like to know whether post-operative physiotherapy (approx.
10 sessions) is covered without a separate approval.

Thanks,
Aoife
"""))

mail("en_life_reinstatement", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "customer asks to reinstate his lapsed life policy and declares hypertension treatment and a kidney stone episode",
     build("en_life_reinstatement", "2026-04-27 21:30",
           "Graham Whitlock <graham.whitlock@postbox.example>",
           "premium-services@kranich-versicherung.example",
           "Re: Outstanding premium - term life policy LV-44-3288173",
           body="""\
Dear Sir or Madam,

I'm sorry - I changed banks and forgot to update the mandate, so my
term life policy LV-44-3288173 was made paid-up. I'd like to reinstate
it with the original cover of EUR 350,000 and will pay the missing
premiums immediately.

Your letter says I need to confirm my health since the lapse. To be
transparent: since December my GP has been treating me for high blood
pressure (amlodipine 5 mg, readings now around 135/85), and I was in
hospital overnight in January with a kidney stone, which passed without
surgery. Otherwise I'm well.

New bank details: DE36 7409 5401 4266 2094 23 (Graham Whitlock).

Kind regards,
Graham Whitlock
"""))

mail("en_el_forklift_injury", "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
     "liability claim: a named delivery driver was injured by a forklift at the insured's warehouse (pelvic fracture, ICU)",
     build("en_el_forklift_injury", "2026-03-11 18:05",
           "Oliver Pennington <o.pennington@harrowgate-brokers.example>",
           "schaden-haftpflicht@kranich-versicherung.example",
           "Bodily injury claim - Corrib Freight Deutschland GmbH - BH-70-0071190",
           body="""\
Dear Sirs,

we notify the following incident under the general liability policy
BH-70-0071190 of our client Corrib Freight Deutschland GmbH:

On 10 March 2026 at the client's warehouse in Bremen a forklift driven
by a Corrib employee reversed into Mr Henryk Zieliński, a self-employed
delivery driver (not an employee of the insured) who was waiting at
gate 4. Mr Zieliński suffered a pelvic fracture and internal bleeding
and is in intensive care at the Klinikum Bremen-Mitte; he has been
operated on twice.

The trade supervisory authority has been informed. We expect claims for
pain and suffering and substantial loss of earnings, as Mr Zieliński
will be unable to work for months.

Please confirm cover and appoint an adjuster.

Kind regards
Oliver Pennington
Harrowgate Specialty Brokers Ltd
"""))

_ga_travel = csvb([
    ["Employee no.", "Name", "Date of birth", "Destination", "From", "To", "Purpose"],
    ["0118", "Lindqvist-Obi, Sanna", "1988-02-14", "Lagos, NG", "2026-06-08", "2026-06-19", "client workshop"],
    ["0204", "Brennecke, Marcus", "1975-09-30", "Houston, US", "2026-06-10", "2026-06-14", "conference"],
    ["0311", "Nakamura, Ken", "1992-12-05", "Tokyo, JP", "2026-06-15", "2026-07-03", "project"],
    ["0420", "Osei, Abena", "1984-06-21", "Accra, GH", "2026-06-22", "2026-06-30", "site visit"],
])
mail("en_ga_business_travel_list", "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
     "no medical word: employer registers named employees with birth dates for group accident/business-travel accident cover (accident line); only in the CSV",
     build("en_ga_business_travel_list", "2026-05-26 15:20",
           "Tobias Reimer <t.reimer@halvorsen-maritime.example>",
           "Chidi Okafor <chidi.okafor@kranich-versicherung.example>",
           "Business travel June - registration for group accident cover",
           body="""\
Hello Mr Okafor,

as required under our group accident policy (business travel extension,
GU-50-3310), please find attached the list of employees travelling
outside Europe in June.

Best regards
Tobias Reimer
Halvorsen Maritime Services GmbH
""",
           atts=[("Business_travel_June_2026.csv", _ga_travel)]))

mail("en_bu_review_html_table", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "multipart/alternative: list of named BU claims with diagnoses (F33.2, C50.9, M51.1) and monthly benefits for a quality review",
     build("en_bu_review_html_table", "2026-06-18 13:25",
           "Dr. Ines Wörner <ines.woerner@kranich-versicherung.example>",
           "Annelie Kruse <annelie.kruse@kranich-versicherung.example>",
           "QA sample disability claims - June",
           body="""\
Annelie,

the QA sample for June (please check the decisions before the meeting
with Meridian Re):

Claim         Claimant              Diagnosis                 Benefit/month  Decision
BU-L-25-00912 Sandra Voigt          F33.2 recurrent depr.     EUR 1,250      declined (disputed)
BU-L-26-00140 Volker Trampe         M51.1 disc prolapse       EUR 1,800      accepted
BU-L-26-00188 Dennis Kramp          M75.1 rotator cuff        EUR 1,500      pending
BU-L-26-00203 Ute Brammer           C50.9 breast cancer       EUR 2,100      accepted (limited 2y)

Ines
""",
           html="""\
<html><body style="font-family:Calibri,sans-serif">
<p>Annelie,</p>
<p>the QA sample for June (please check the decisions before the meeting with Meridian Re):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Claim</th><th>Claimant</th><th>Diagnosis</th><th>Benefit/month</th><th>Decision</th></tr>
<tr><td>BU-L-25-00912</td><td>Sandra Voigt</td><td>F33.2 recurrent depr.</td><td>EUR 1,250</td><td>declined (disputed)</td></tr>
<tr><td>BU-L-26-00140</td><td>Volker Trampe</td><td>M51.1 disc prolapse</td><td>EUR 1,800</td><td>accepted</td></tr>
<tr><td>BU-L-26-00188</td><td>Dennis Kramp</td><td>M75.1 rotator cuff</td><td>EUR 1,500</td><td>pending</td></tr>
<tr><td>BU-L-26-00203</td><td>Ute Brammer</td><td>C50.9 breast cancer</td><td>EUR 2,100</td><td>accepted (limited 2y)</td></tr>
</table>
<p>Ines</p>
</body></html>
"""))


# ==========================================================================
# build, write, check
# ==========================================================================

def render():
    """Return (files: dict name->bytes, labels_tsv: bytes, rows)."""
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = []
    for i, idx in enumerate(order, 1):
        key, label, lang, kind, reason, msg = MAILS[idx]
        name = "d%s-%04d.eml" % (NN, i)
        files[name] = msg.as_bytes(policy=SMTP)
        rows.append((name, label, lang, kind, reason, key))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join(
        "%s\t%s\t%s\t%s\t%s\n" % r[:5] for r in rows)
    return files, tsv.encode("utf-8"), rows


def write():
    files, tsv, rows = render()
    d = os.path.join(HERE, "mails")
    os.makedirs(d, exist_ok=True)
    for f in os.listdir(d):
        if f.endswith(".eml") and f not in files:
            os.remove(os.path.join(d, f))
    for name, data in files.items():
        with open(os.path.join(d, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)
    print("wrote %d mails" % len(files))


def _check_attachment(name, ctype, data, stats, where):
    import openpyxl, docx as _docx, pypdf
    from odf.opendocument import load as odf_load
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
    elif ext == "docx":
        doc = _docx.Document(io.BytesIO(data))
        assert doc.paragraphs or doc.tables, where
    elif ext in ("odt", "ods"):
        odf_load(io.BytesIO(data))
    elif ext == "pdf":
        r = pypdf.PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), where + " empty PDF text"
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for info in z.infolist():
            _check_attachment(info.filename, None, z.read(info.filename), stats,
                              where + "!" + info.filename)
    elif ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where
    elif ext in ("csv", "txt"):
        assert data, where


def check():
    files, tsv, rows = render()
    # 1. identical to what is on disk
    d = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(d) if f.endswith(".eml"))
    assert on_disk == sorted(files), "mails/ differs from a fresh build (file names)"
    for name, data in files.items():
        with open(os.path.join(d, name), "rb") as fh:
            assert fh.read() == data, name + " differs from a fresh build"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == tsv, "labels.tsv differs from a fresh build"
    # 2. a second render is byte-identical (determinism inside one process)
    files2, tsv2, _ = render()
    assert files2 == files and tsv2 == tsv, "render is not deterministic"
    assert len(files) == 200, len(files)
    ids = set()
    att_stats = {}
    top = {}
    charsets = {}
    for name, data in sorted(files.items()):
        assert b"\n" not in data.replace(b"\r\n", b""), name + ": bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), name + ": bare CR"
        m = message_from_bytes(data, policy=DEFAULT_POLICY)
        mid = m["Message-ID"]
        assert mid and mid not in ids, name + ": Message-ID"
        ids.add(mid)
        assert "2026" in m["Date"], name
        top[m.get_content_type()] = top.get(m.get_content_type(), 0) + 1
        for part in m.walk():
            assert not part.defects, (name, part.get_content_type(), part.defects)
            ct = part.get_content_type()
            fname = part.get_filename()
            if ct == "message/rfc822":
                att_stats["eml"] = att_stats.get("eml", 0) + 1
                continue
            if part.is_multipart():
                continue
            if ct.startswith("text/") and not fname:
                cs = part.get_content_charset() or "us-ascii"
                charsets[cs] = charsets.get(cs, 0) + 1
                raw = part.get_payload(decode=True)
                raw.decode(cs)  # strict
                part.get_content()
                continue
            if fname:
                data_a = part.get_payload(decode=True)
                if ct.startswith("text/"):
                    data_a.decode(part.get_content_charset() or "us-ascii")
                _check_attachment(fname, ct, data_a, att_stats, name + ":" + fname)
    # 3. labels
    lab = {}
    lang = {}
    kind = {}
    traps = 0
    for name, label, lg, kd, reason, key in rows:
        lab[label] = lab.get(label, 0) + 1
        lang[(label, lg)] = lang.get((label, lg), 0) + 1
        kind.setdefault(kd, {}).setdefault(label, 0)
        kind[kd][label] += 1
        if reason.startswith("trap:"):
            assert label == "NORMAL", name + ": trap on non-NORMAL"
            traps += 1
    assert lab == {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}, lab
    assert traps >= 40, traps
    print("labels:", lab, " traps:", traps)
    for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("  %-22s de %3d  en %3d" % (l, lang.get((l, "de"), 0), lang.get((l, "en"), 0)))
    nde = sum(v for (l, g), v in lang.items() if g == "de")
    print("languages: de %d, en %d" % (nde, 200 - nde))
    print("kinds:")
    for kd in sorted(kind, key=lambda k: -sum(kind[k].values())):
        c = kind[kd]
        print("  %-28s %3d  N %2d  C %2d  S %2d" % (kd, sum(c.values()), c.get("NORMAL", 0),
              c.get("CONFIDENTIAL", 0), c.get("STRICTLY_CONFIDENTIAL", 0)))
    print("top-level types:", dict(sorted(top.items())))
    print("text charsets:", dict(sorted(charsets.items())))
    print("attachments:", dict(sorted(att_stats.items())))
    print("check OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
