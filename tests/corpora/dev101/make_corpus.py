#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev101 -- premium accounting and payments.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d101-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses and validates everything
"""
import csv
import datetime
import io
import os
import random
import re
import sys
import zipfile
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import SMTP, default
from email.utils import format_datetime, getaddresses

NN = "101"
SEED = 101
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
LABELS = os.path.join(HERE, "labels.tsv")
ZIP_TS = (2024, 1, 2, 9, 0, 0)

# ---------------------------------------------------------------- MIME helpers

_STATE = {"idx": 0, "rng": None}


def _date_for(idx):
    rng = _STATE["rng"]
    base = datetime.datetime(2024, 1, 8, 7, 5)
    dt = base + datetime.timedelta(hours=idx * 55 + rng.randint(0, 9),
                                   minutes=rng.randint(0, 59))
    if dt.hour >= 19:
        dt = dt - datetime.timedelta(hours=11)
    summer = datetime.datetime(dt.year, 3, 31) <= dt < datetime.datetime(dt.year, 10, 27)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)


def D(stamp):
    """'YYYY-MM-DD HH:MM' local Bremen time -> RFC 5322 date (hand-set Date header)."""
    dt = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(dt.year, 3, 31) <= dt < datetime.datetime(dt.year, 10, 27)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(dt.replace(tzinfo=tz))


def mail(frm, to, subject, body=None, *, cc=None, html=None, html_only=False,
         atts=(), charset="utf-8", cte=None, flowed=False, headers=None,
         date=None, msgid=None, reply_to=None):
    """Build one message from hand-written content."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    idx = _STATE["idx"]
    m["Date"] = date if date else format_datetime(_date_for(idx))
    m["Message-ID"] = msgid if msgid else "<d%s-%04d.%s@mx1.weserland.example>" % (NN, idx, format(idx * 7919 + SEED, "x"))
    for k, v in (headers or []):
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            data, maintype, subtype, fname = a[:4]
            params = a[4] if len(a) > 4 else None
            m.add_attachment(data, maintype=maintype, subtype=subtype,
                             filename=fname, params=params)
    k = 0
    stack = [m]
    while stack:                      # fixed boundaries, not inside forwarded mails
        part = stack.pop(0)
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_WL%s_%04d_%s%d" % (NN, idx, "f" if msgid else "", k))
            k += 1
            stack.extend(part.iter_parts())
    return m


def inner(frm, to, subject, body, date, msgid, **kw):
    """A mail that is forwarded as message/rfc822."""
    return mail(frm, to, subject, body, date=date, msgid=msgid, **kw)


def R(msg, label, lang, kind, reason):
    return (msg, label, lang, kind, reason)


# ---------------------------------------------------------- attachment helpers

def _zip(files, mimetype_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if mimetype_first:
            zi = zipfile.ZipInfo("mimetype", ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype_first)
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def pdf(fname, lines, title="Dokument"):
    """Plain one- or multi-page PDF with Helvetica text lines."""
    per = 54
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(("<< /Title (%s) /Producer (Weserland Druckstrasse 4.2) /CreationDate (D:20240102090000+01'00') >>" % title).encode("cp1252", "replace"))
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in pl:
            t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("(%s) Tj T*" % t)
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % n + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return (out.getvalue(), "application", "pdf", fname)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(fname, blocks):
    """blocks: str paragraphs ('# ' = bold heading) or lists of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif b.startswith("# "):
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (_W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])
    return (data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", fname)


def _col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(fname, sheets):
    """sheets: list of (sheet name, rows); int/float cells become numbers."""
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                elif v is None or v == "":
                    continue
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>%s</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + files)
    return (data, "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fname)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'office:version="1.2"')


def _odf(fname, mt, body):
    content = '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mt)
    data = _zip([("META-INF/manifest.xml", manifest), ("content.xml", content)], mimetype_first=mt)
    return (data, "application", mt.split("/", 1)[1], fname)


def odt(fname, paras):
    body = "".join('<text:p>%s</text:p>' % _x(p) for p in paras)
    return _odf(fname, "application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body)


def ods(fname, sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    return _odf(fname, "application/vnd.oasis.opendocument.spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


def csvfile(fname, rows, enc="utf-8", delim=";", subtype="csv"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    maintype = "text" if subtype == "csv" else "application"
    return (s.getvalue().encode(enc), maintype, subtype, fname, {"charset": enc} if maintype == "text" else None)


def textfile(fname, text, subtype="plain", enc="utf-8"):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc)
    return (data, "text", subtype, fname, {"charset": enc})


def ics(fname, text):
    data = text.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"
    return (data, "text", "calendar", fname, {"charset": "utf-8", "method": "REQUEST"})


def zipatt(fname, files):
    out = []
    for name, item in files:
        out.append((name, item[0] if isinstance(item, tuple) else item))
    return (_zip(out), "application", "zip", fname)


# =================================================================== mails

SIG_IK = """Mit freundlichen Grüßen

Heike Brandstätter
Beitragsservice / Inkasso Sach
Weserland Allgemeine Versicherung AG
Kontorhaus am Deich 7 · 28199 Bremen
Tel. 0421 5598-2214 · www.weserland.example

Weserland Allgemeine Versicherung AG · Sitz Bremen · AG Bremen HRB 40917
Vorstand: Dr. Jürgen Kastens (Vors.), Imke Rohlfs, Bernd Achterberg"""


def m001():
    body = """Sehr geehrter Herr Stüve,

die Lastschrift für den Beitrag Ihrer Hausratversicherung HR 31-0048872 zum
01.02.2024 über 14,85 EUR konnte von Ihrer Bank leider nicht eingelöst werden
(Rückgabegrund AM04 – keine ausreichende Kontodeckung). Ihre Bank hat uns
dafür 3,00 EUR Rücklastschriftentgelt belastet, die wir Ihnen gemäß unseren
Bedingungen weiterberechnen.

Offener Betrag auf Ihrem Beitragskonto: 17,85 EUR

Wir werden den Betrag am 15.02.2024 erneut von Ihrem Konto
DE16 4405 6004 5118 9317 15 einziehen. Falls Sie lieber überweisen möchten,
nutzen Sie bitte unser Konto bei der Weserbank,
IBAN DE84 2905 8249 9512 3037 20, Verwendungszweck HR 31-0048872.

Sollte die Lastschrift erneut zurückgegeben werden, müssen wir das
Mahnverfahren einleiten.

""" + SIG_IK
    return R(mail("Heike Brandstätter <beitragsservice@weserland.example>",
                  "Holger Stüve <h.stueve@posteo-nord.example>",
                  "Ihre Hausratversicherung HR 31-0048872 – Rücklastschrift vom 06.02.2024", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer, household policy number, returned debit and his IBAN")


def m002():
    body = """Moin zusammen,

Lastschriftlauf LS-2024-03-01 ist durch, hier das Protokoll aus FS-CD
(Transaktion FPY1, Lauf-ID 20240301-LS01) zur Info:

Buchungskreis  Sparte          Posten      Betrag EUR
WLA            Kraftfahrt      41.208    2.874.119,40
WLA            Sach/HUK        63.551    1.022.870,15
WLA            Unfall           9.874      231.906,22
WLL            Leben/BU/Rente  52.107    6.338.412,90
WLK            Kranken/PPV     38.442   14.905.337,68
-----------------------------------------------------
Summe                         205.182   25.372.646,35

Abgelehnt vor Einreichung (Mandat fehlt/inaktiv): 412 Posten
Datei pain.008 an Weserbank übertragen 06:12 Uhr, Quittung ok.
Einzelaufstellung liegt wie immer nur im System, bitte nicht per Mail
anfordern.

Gruß
Aylin

--
Aylin Karaca
Zahlungsverkehr / Treasury
Weserland Versicherungen
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Inkasso-Leitung <inkasso-leitung@weserland.example>",
                  "Protokoll Lastschriftlauf 01.03.", body),
             "NORMAL", "de", "internal",
             "trap: payment-run report with totals per line incl. health and life, no person")


def m003():
    body = """Sehr geehrte Frau Lemke,

trotz unserer Zahlungserinnerung vom 12.01.2024 ist der Beitragsrückstand für
Ihre Krankheitskosten- und Pflegepflichtversicherung bei uns weiterhin offen.

Versicherungsnummer:     K 1204-558812
Tarife:                  KV-Komfort 300 (ambulant/stationär/Zahn), PVN
Rückstand:               Beiträge Dezember 2023 und Januar 2024
                         2 x 684,37 EUR = 1.368,74 EUR
Säumniszuschlag (1 %):   13,00 EUR
Mahngebühr:              5,00 EUR
Gesamt:                  1.386,74 EUR

Dies ist eine Mahnung nach § 193 Abs. 6 Versicherungsvertragsgesetz (VVG).
Ist der Rückstand einschließlich Säumniszuschlägen zwei Monate nach Zugang
dieser Mahnung nicht vollständig ausgeglichen, ruht Ihr Vertrag. Sie werden
dann im Notlagentarif weiterversichert; dort werden nur noch Aufwendungen für
akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und
Mutterschaft erstattet.

Das Ruhen tritt nicht ein oder endet, wenn Sie hilfebedürftig im Sinne des
SGB II oder SGB XII sind oder werden. Bitte senden Sie uns in diesem Fall den
Bescheid des Jobcenters bzw. Sozialamts.

Wenn Sie den Betrag nicht auf einmal zahlen können, rufen Sie uns bitte an –
wir finden gemeinsam eine Lösung (Tel. 0421 5598-3300).

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Beitragsbuchhaltung
i. A. Mareike Hollmann
"""
    return R(mail("Weserland Krankenversicherung <beitrag-kv@weserland.example>",
                  "Sabine Lemke <sabine.lemke@mailbox-web.example>",
                  "Mahnung gemäß § 193 Abs. 6 VVG – Versicherungsnummer K 1204-558812", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "health and care insurance arrears of a named customer, warning of Notlagentarif")


def m004():
    fwd = """Dear Piotr,

FYI - below the fee notice from Weserbank for Q1. Please book against cost
centre 4710 (bank charges), the R-transaction fees go to 4712. No need to
split per line of business this time.

Thanks, Aylin

-------- Weitergeleitete Nachricht --------
Betreff: Entgeltmitteilung 1. Quartal 2024 – Firmenkonten
Datum: Tue, 2 Apr 2024 08:01:44 +0200
Von: Weserbank Firmenkundenservice <firmenkunden@weserbank.example>
An: zahlungsverkehr@weserland.example

Sehr geehrte Damen und Herren,

für den Abrechnungszeitraum 01.01.–31.03.2024 belasten wir folgende Entgelte:

Konto Weserland Allgemeine Versicherung AG
DE84 2905 8249 9512 3037 20
  Kontoführung Firmenkonto                        3 x 45,00 EUR    135,00
  SEPA-Basislastschrift Einreichung (Posten)   412.630 x 0,012   4.951,56
  R-Transaktionen (Rücklastschriften)            6.118 x 1,50    9.177,00
  EBICS-Zugang                                     3 x 25,00 EUR     75,00
  Summe                                                          14.338,56

Konto Weserland Lebensversicherung AG
DE04 3705 3190 5836 4635 30
  Kontoführung Firmenkonto                        3 x 45,00 EUR    135,00
  SEPA-Basislastschrift Einreichung (Posten)   318.904 x 0,012   3.826,85
  R-Transaktionen (Rücklastschriften)            2.977 x 1,50    4.465,50
  Summe                                                           8.427,35

Die Belastung erfolgt zum 05.04.2024.

Mit freundlichen Grüßen
Weserbank AG – Firmenkundenservice
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Fwd: Entgeltmitteilung 1. Quartal 2024 – Firmenkonten", fwd,
                  date=D("2024-04-03 09:12")),
             "NORMAL", "en", "internal",
             "trap: bank fee notice for the insurer's own corporate accounts, counts only")


def m005():
    body = """Dear Dr. Okafor,

as requested on the phone this morning, please find attached your annual
premium certificate for 2023 (Beitragsbescheinigung nach § 10 Abs. 2a EStG).
The data have already been transmitted electronically to the German tax
authorities, so you only need the document for your own records or for your
tax adviser.

Please note: the amounts for the basic cover (Basisabsicherung) are deductible
in full as "Vorsorgeaufwendungen"; the supplementary part for single-room and
chief-physician treatment is shown separately.

Kind regards

Mareike Hollmann
Premium Accounting Health
Weserland Krankenversicherung a.G., Bremen
"""
    att = pdf("Beitragsbescheinigung_2023_K1207-331904.pdf", [
        "Weserland Krankenversicherung a.G. - Kontorhaus am Deich 7 - 28199 Bremen",
        "",
        "Herrn Dr. Chinedu Okafor",
        "Parkallee 118",
        "28209 Bremen",
        "",
        "Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2023",
        "gemäß § 10 Abs. 2a Einkommensteuergesetz",
        "",
        "Versicherungsnummer: K 1207-331904      Steuer-IdNr.: 58 214 907 336",
        "Versicherte Person: Dr. Chinedu Okafor, geb. 17.09.1981",
        "",
        "Gezahlte Beiträge 01.01.2023 - 31.12.2023",
        "  Krankenversicherung Basisabsicherung (Tarif KV-Komfort 600)   6.214,56 EUR",
        "  Pflegepflichtversicherung (PVN)                                 461,40 EUR",
        "  Wahlleistungen stationär (Tarif SZ1)                            598,80 EUR",
        "  Krankentagegeld ab 43. Tag (KT43, 150 EUR)                      702,00 EUR",
        "",
        "Erstattete Beiträge 2023 (Beitragsrückerstattung für 2022)     1.200,00 EUR",
        "  davon auf Basisabsicherung entfallend                        1.024,31 EUR",
        "",
        "Arbeitgeberzuschuss nach § 257 SGB V ist nicht berücksichtigt.",
        "Die Daten wurden am 12.01.2024 an die Finanzverwaltung übermittelt.",
    ], "Beitragsbescheinigung 2023")
    return R(mail("Mareike Hollmann <mareike.hollmann@weserland.example>",
                  "Chinedu Okafor <c.okafor@okafor-consulting.example>",
                  "Your premium certificate 2023 (tax)", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "health/care insurance premium certificate with birth date and tax ID, PDF attachment")


def m006():
    body = """Guten Tag Frau Albers,

vielen Dank für das unterschriebene SEPA-Lastschriftmandat. Wir haben es zum
01.03.2024 für Ihre Kraftfahrtversicherung hinterlegt:

  Vertrag:            KF 20-7731548 (VW Polo, HB-AL 412)
  Kontoinhaberin:     Jana Albers
  IBAN:               DE92 2907 3912 6030 6802 25
  Mandatsreferenz:    WLA-KF207731548-02
  Gläubiger-ID:       DE71ZZZ00001822934
  Zahlweise:          monatlich, jeweils zum 1., Betrag 48,16 EUR

Der erste Einzug erfolgt am 01.03.2024. Das bisherige Mandat
(Mandatsreferenz WLA-KF207731548-01) haben wir gelöscht.

Freundliche Grüße
Nadine Böttjer
Kundenservice Beitrag – Weserland Versicherungen
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "jana.albers@freenet-mail.example",
                  "Bestätigung SEPA-Lastschriftmandat KF 20-7731548", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor policy, plate and IBAN of a named customer")


def m007():
    body = """Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Bilanzierungsrichtlinie BR-07 "Forderungen aus dem
selbst abgeschlossenen Versicherungsgeschäft an Versicherungsnehmer", gültig ab
Jahresabschluss 2024. Geändert haben sich vor allem die PWB-Sätze und die
Ausbuchungsregel für Kleinstbeträge. Bitte bis 30.04. Rückmeldungen an mich.

Viele Grüße
Matthias Wehrhahn
Leiter Rechnungswesen
"""
    att = docx("BR-07_Forderungen_VN_v2024.docx", [
        "# Bilanzierungsrichtlinie BR-07 – Forderungen an Versicherungsnehmer",
        "Geltungsbereich: Weserland Allgemeine Versicherung AG, Weserland Lebensversicherung AG, Weserland Krankenversicherung a.G.",
        "# 1. Ansatz",
        "Beitragsforderungen werden mit Fälligkeit (Sollstellung im Nebenbuch FS-CD) angesetzt. Noch nicht fällige Raten bei unterjähriger Zahlweise werden nicht aktiviert.",
        "# 2. Pauschalwertberichtigung (PWB)",
        [["Überfälligkeit", "Sach/HUK/Kfz", "Leben", "Kranken"],
         ["bis 90 Tage", "2 %", "1 %", "3 %"],
         ["91 bis 180 Tage", "15 %", "10 %", "20 %"],
         ["181 bis 360 Tage", "40 %", "30 %", "50 %"],
         ["über 360 Tage", "80 %", "70 %", "90 %"]],
        "Forderungen im Notlagentarif (§ 193 Abs. 7 VVG) werden unabhängig vom Alter mit 50 % wertberichtigt.",
        "# 3. Einzelwertberichtigung und Ausbuchung",
        "Forderungen gegen Schuldner in Insolvenz werden einzeln wertberichtigt. Ausbuchung nach erfolgloser Beitreibung durch den Inkassodienstleister, Kleinstbeträge unter 5,00 EUR werden nach Mahnstufe 2 ohne weitere Maßnahmen ausgebucht.",
        "# 4. Verantwortlichkeiten",
        "Fachbereich Inkasso liefert die Altersstrukturliste quartalsweise bis WT+5, Rechnungswesen bucht die PWB auf Sachkonto 2712000.",
    ])
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Rechnungswesen-Verteiler <rewe-alle@weserland.example>",
                  "BR-07 Forderungen an VN – Entwurf 2024", body, atts=[att]),
             "NORMAL", "de", "internal",
             "trap: accounting policy on premium receivables and write-offs, percentages only")


def m008():
    body = """Dear Mr Whitfield,

thank you for sending the deregistration certificate (Abmeldebescheinigung) for
your car. Your motor insurance KF 20-6610937 (plate HB-JW 77) has therefore
ended on 15 January 2024.

You had paid the annual premium of 612.40 EUR in advance for 2024. The unused
part from 16/01/2024 to 31/12/2024 is 587.30 EUR, which we will refund. As
requested we will transfer it to your UK account:

  Account holder: James Whitfield
  IBAN: GB85 NWBK 6110 7195 3342 34
  BIC: NWBKGB2L

Please allow 3-5 working days; your bank may deduct a fee for incoming
foreign payments, which we cannot influence.

Your no-claims class (SF 4) is kept for seven years should you insure a car
with us again.

Kind regards,
Nadine Böttjer
Customer Service Premiums, Weserland Versicherungen
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "James Whitfield <jwhitfield@britmail.example>",
                  "Refund of your motor insurance premium – KF 20-6610937", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor policy cancelled, refund amount and UK IBAN of named customer")


def m009():
    body = """Sehr geehrte Damen und Herren,

anbei wie vereinbart die Aufstellung der Versicherten, für die Sie den Zuschuss
zu den Beiträgen zur privaten Kranken- und Pflegeversicherung nach § 26 SGB II
direkt an uns zahlen, Stand 01.04.2024. Bitte gleichen Sie die Aufstellung mit
Ihren Bewilligungen ab; bei zwei Personen (markiert) ist der Zuschuss seit
Februar nicht mehr eingegangen.

Unser Konto: Weserland Krankenversicherung a.G.,
IBAN DE61 2505 4727 3364 0136 20, Verwendungszweck bitte je Person mit
Versicherungsnummer.

Mit freundlichen Grüßen
Mareike Hollmann
Beitragsbuchhaltung Kranken
"""
    att = xlsx("Zuschuss_SGBII_Jobcenter_Bremen-Ost_2024-04.xlsx", [("Zuschuss", [
        ["Vers.-Nr.", "Name", "Vorname", "geb.", "BG-Nummer", "Tarif", "Beitrag KV", "Beitrag PV", "Zuschuss mtl.", "Eingang bis", "Bemerkung"],
        ["K 1198-204417", "Yilmaz", "Kemal", "03.05.1968", "25301BG0048812", "Basistarif", 421.62, 67.15, 488.77, "04/2024", ""],
        ["K 1201-887120", "Rademacher", "Ute", "21.11.1972", "25301BG0051207", "Basistarif", 421.62, 67.15, 488.77, "04/2024", ""],
        ["K 1203-114563", "Sievers", "Dirk", "09.02.1964", "25301BG0047730", "KV-Start 1200", 398.40, 71.20, 469.60, "01/2024", "fehlt seit 02/2024"],
        ["K 1204-558812", "Lemke", "Sabine", "14.06.1979", "25301BG0055941", "KV-Komfort 300", 612.77, 71.60, 488.77, "01/2024", "fehlt seit 02/2024, Mahnung § 193 VVG"],
        ["K 1206-002981", "Osterloh", "Peter", "30.08.1959", "25301BG0049118", "Basistarif", 421.62, 67.15, 488.77, "04/2024", ""],
    ])])
    return R(mail("Mareike Hollmann <mareike.hollmann@weserland.example>",
                  "Jobcenter Bremen Ost – Leistungsabteilung <leistung-ost@jobcenter-bremen.example>",
                  "Direktzahlung Zuschuss PKV/PPV § 26 SGB II – Abgleich April", body, atts=[att],
                  date=D("2024-04-03 14:40")),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "list of named welfare recipients with health/care contracts, birth dates and arrears (XLSX)")


def m010():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h2 style="color:#0a3d62">Zahlungsverkehr kompakt &ndash; Ausgabe 3/2024</h2>
<p>Verband der Versicherungsfinanzen e.&nbsp;V. &middot; Newsletter f&uuml;r Mitgliedsunternehmen</p>
<h3>1. Verification of Payee (Empf&auml;ngerüberprüfung) ab 9. Oktober 2025</h3>
<p>Mit der Instant-Payments-Verordnung (EU) 2024/886 m&uuml;ssen Zahlungsdienstleister vor jeder
&Uuml;berweisung pr&uuml;fen, ob Name und IBAN des Empf&auml;ngers zusammenpassen. F&uuml;r Versicherer
bedeutet das: Leistungsauszahlungen und Beitragserstattungen, bei denen der Kontoinhaber vom
Versicherungsnehmer abweicht (Eltern, Erben, Betreuer), werden k&uuml;nftig h&auml;ufiger mit
&bdquo;close match&ldquo; oder &bdquo;no match&ldquo; beantwortet. Bei Sammelauftr&auml;gen (pain.001)
k&ouml;nnen Unternehmen auf die Pr&uuml;fung verzichten (Opt-out).</p>
<h3>2. R-Transaktionen: Kennzahlen der Mitglieder 2023</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Sparte</th><th>R-Quote Median</th><th>h&auml;ufigster Grund</th></tr>
<tr><td>Kfz</td><td>1,9 %</td><td>AM04 Deckung</td></tr>
<tr><td>Sach/HUK</td><td>1,4 %</td><td>AM04 Deckung</td></tr>
<tr><td>Leben</td><td>0,8 %</td><td>MD06 Widerspruch</td></tr>
<tr><td>Kranken</td><td>0,6 %</td><td>AC04 Konto erloschen</td></tr>
</table>
<h3>3. Termine</h3>
<p>Arbeitskreis Inkasso: 18. Juni 2024, Hannover. Anmeldung &uuml;ber
<a href="https://www.vvf-verband.example/termine">www.vvf-verband.example/termine</a></p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter als Mitglied. Abmeldung: <a href="https://www.vvf-verband.example/abmelden">hier</a>.</p>
</body></html>"""
    text = """Zahlungsverkehr kompakt – Ausgabe 3/2024
Verband der Versicherungsfinanzen e. V.

1. Verification of Payee (Empfängerüberprüfung) ab 9. Oktober 2025
Mit der Instant-Payments-Verordnung (EU) 2024/886 müssen Zahlungsdienstleister
vor jeder Überweisung prüfen, ob Name und IBAN des Empfängers zusammenpassen.
Leistungsauszahlungen und Erstattungen an abweichende Kontoinhaber (Eltern,
Erben, Betreuer) werden häufiger mit "close match" oder "no match" beantwortet.

2. R-Transaktionen: Kennzahlen der Mitglieder 2023
Kfz 1,9 % (AM04) | Sach/HUK 1,4 % (AM04) | Leben 0,8 % (MD06) | Kranken 0,6 % (AC04)

3. Termine
Arbeitskreis Inkasso: 18. Juni 2024, Hannover – www.vvf-verband.example/termine
"""
    # forwarded by the insurer to its own team
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Zahlungsverkehr Team <zahlungsverkehr@weserland.example>",
                  "WG: Zahlungsverkehr kompakt 3/2024", text, html=html),
             "NORMAL", "de", "newsletter",
             "trap: association newsletter on verification of payee and return-debit ratios by line")

def m011():
    body = """Sehr geehrte Eheleute Hinrichs,

wie am Telefon besprochen bestätigen wir Ihnen die Ratenzahlung für den
offenen Jahresbeitrag Ihrer Wohngebäudeversicherung WG 35-2207416
(Objekt: Dorfstraße 14, 27711 Osterholz-Scharmbeck).

  offener Jahresbeitrag 2024:        1.148,90 EUR
  Rate 1 zum 15.03.2024:               287,24 EUR
  Rate 2 zum 15.04.2024:               287,22 EUR
  Rate 3 zum 15.05.2024:               287,22 EUR
  Rate 4 zum 15.06.2024:               287,22 EUR

Die Raten ziehen wir von Ihrem Konto bei der Sparkasse Rotenburg Osterholz
(IBAN DE41 2907 0358 1545 5237 82) ein. Das laufende Mahnverfahren haben wir
bis zum 30.06.2024 ausgesetzt, der Versicherungsschutz besteht unverändert.
Wird eine Rate nicht eingelöst, wird der gesamte Restbetrag sofort fällig.

Mit freundlichen Grüßen
Jens Oltmanns
Forderungsmanagement
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Jens Oltmanns <forderungsmanagement@weserland.example>",
                  "Familie Hinrichs <hinrichs.ohz@t-netz.example>",
                  "Ratenvereinbarung Wohngebäudeversicherung WG 35-2207416", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "payment plan for a named couple's buildings policy with address and IBAN")


def m012():
    body = """Sehr geehrte Frau Rechtsanwältin Dreyer,

in der Zwangsvollstreckungssache
  Autohaus Brinkmann GmbH ./. Marco Tiedemann
  PfÜB des Amtsgerichts Bremerhaven vom 19.02.2024, Az. 54 M 311/24
  zugestellt am 26.02.2024

geben wir als Drittschuldnerin folgende Erklärung nach § 840 Abs. 1 ZPO ab:

1. Wir erkennen die gepfändete Forderung dem Grunde nach an. Der Schuldner
   ist Versicherungsnehmer und versicherte Person der kapitalbildenden
   Lebensversicherung L 7.409.221-3 (Beginn 01.12.2009, Ablauf 01.12.2034).
   Der Rückkaufswert zum 01.03.2024 beträgt 18.412,60 EUR. Zur Auszahlung
   bedarf es der Kündigung des Vertrages durch die Gläubigerin.
2. Zahlungsbereitschaft besteht nach Kündigung und Ablauf der Frist nach
   § 836 ZPO, vorbehaltlich vorrangiger Rechte.
3. Vorrangig ist eine Abtretung der Ansprüche im Erlebensfall an die
   Volksbank Wesermünde eG vom 04.05.2015 (Sicherungsabtretung für ein
   Darlehen) in Höhe von bis zu 10.000,00 EUR. Weitere Pfändungen liegen
   nicht vor.
4. Das Bezugsrecht für den Todesfall ist widerruflich zugunsten der
   Ehefrau des Schuldners eingeräumt.

Die laufenden Beiträge (monatlich 96,00 EUR) werden seit 12/2023 nicht mehr
gezahlt; wir haben den Schuldner nach § 38 VVG gemahnt.

Mit freundlichen Grüßen
Frauke Lüdeking
Drittschuldnerstelle
Weserland Lebensversicherung AG
"""
    return R(mail("Frauke Lüdeking <drittschuldner@weserland.example>",
                  "Kanzlei Dreyer & Mahnken <f.dreyer@dreyer-mahnken.example>",
                  "Drittschuldnererklärung § 840 ZPO – Ihr Az. 0412/24 Brinkmann ./. Tiedemann", body,
                  date=D("2024-03-05 10:05")),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "garnishment of a named debtor's life insurance: surrender value, assignment, beneficiary")


def m013():
    body = """Hi Carsten,

INC0048817 – the nightly import of the pain.002 status reports from the
bank (job ZFS_PAIN002_IMP, 02:30) aborted again with

  ZFS_IMP 114: XML schema validation failed: element GrpHdr/CreDtTm,
  unexpected timezone offset format

0 records processed, 0 posted. The file is still in /interfaces/bank/in/
and the job can be restarted once the mapping accepts the new timestamp
format (the bank switched to ISO 20022 version 2019 on Friday).

Impact: the rejected-debits clearing is one day behind, nothing else. I set
priority 3. Can you have a look before Monday's run?

Cheers,
Piotr
Finance Shared Services – Payments, Gdańsk
"""
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Carsten Meinecke <carsten.meinecke@weserland.example>",
                  "INC0048817 pain.002 import failed – 0 records", body),
             "NORMAL", "en", "internal",
             "trap: IT incident about payment status file import, no data")


def m014():
    body = """Hallo Frau Tietjen,

auf dem Klärungskonto 1890100 (Bank Weserbank, Kontoauszug 041 vom
28.02.2024) liegt seit vier Wochen folgende Zahlung, die wir nicht zuordnen
können:

  Eingang:          31.01.2024
  Betrag:           237,18 EUR
  Auftraggeber:     KERSTIN WUEBBE
  IBAN Auftragg.:   DE74 2915 3550 2299 1664 51
  Verwendungszweck: VERSICHERUNG AUTO JAN
  
Unter dem Namen finden wir im Bestand zwei Personen, aber keine mit
Kfz-Vertrag bei uns; eine Kerstin Wübbe hat eine Hausrat HR 31-0190027, dort
ist der Beitrag aber per Lastschrift gezahlt. Vielleicht eine Zahlung, die
eigentlich an einen anderen Versicherer gehen sollte?

Können Sie bitte im Schriftgut nachsehen, ob ein Antrag für ein Fahrzeug
vorliegt? Sonst würde ich nach 6 Wochen die Rücküberweisung anstoßen.

Danke und Gruß
Lars Ehmen
Hauptbuchhaltung
"""
    return R(mail("Lars Ehmen <lars.ehmen@weserland.example>",
                  "Svenja Tietjen <svenja.tietjen@weserland.example>",
                  "Klärung unzugeordneter Zahlungseingang 237,18", body,
                  date=D("2024-03-01 11:31")),
             "CONFIDENTIAL", "de", "internal",
             "unassigned payment of a named payer with IBAN, household policy mentioned")


def m015():
    body = """Dear Ms Haddad,

we have checked the certificates of incapacity for work from
Dr. Anja Folkerts (orthopaedics) for the period 08/01/2024 to 03/03/2024
and today transferred your daily sickness allowance under tariff KT43:

  insured person:       Leila Haddad, policy K 1209-440271
  tariff:               KT43 (benefit from the 43rd day), 95.00 EUR per day
  first benefit day:    19/02/2024
  paid period:          19/02/2024 - 03/03/2024 (14 days)
  amount:               1,330.00 EUR
  account:              DE11 2907 0303 4025 2739 14

Please send the follow-up certificate (diagnosis: M51.2) as soon as you
have it; payments continue every two weeks as long as you are unable to
work.

Best regards
Tobias Harms
Benefits Payments – Weserland Krankenversicherung a.G.
"""
    return R(mail("Tobias Harms <leistung-kv@weserland.example>",
                  "Leila Haddad <leila.haddad@gmx-net.example>",
                  "Daily sickness allowance – payment 19/02-03/03/2024", body,
                  date=D("2024-03-06 15:02")),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "sickness allowance payment with diagnosis code, doctor and IBAN")


def m016():
    body = """Hallo Herr Ostermann,

danke für Ihre Anfrage über unser Kontaktformular. Gern beantworte ich Ihre
Fragen allgemein:

- Zahlweise: Sie können bei uns monatlich, vierteljährlich, halbjährlich
  oder jährlich zahlen. Bei jährlicher Zahlweise entfällt der
  Ratenzahlungszuschlag (monatlich 5 %, vierteljährlich 3 %,
  halbjährlich 2 %). In der Kranken- und Lebensversicherung gibt es keinen
  Zuschlag.
- Zahlungsart: Am einfachsten ist das SEPA-Lastschriftverfahren. Überweisung
  ist möglich, Kreditkarte leider nicht.
- Fälligkeit: Der Beitrag ist jeweils zum Ersten des Monats fällig, bei
  Lastschrift buchen wir frühestens am 1. Bankarbeitstag ab.
- Wenn es finanziell einmal eng wird, sprechen Sie uns bitte frühzeitig an.
  Stundung, Ratenzahlung oder eine Beitragspause sind in vielen Tarifen
  möglich.

Ein Angebot kann Ihnen gern Ihr Vermittler oder unsere Hotline erstellen.

Viele Grüße
Nadine Böttjer
Kundenservice Beitrag
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Tim Ostermann <tim.ostermann@web-post.example>",
                  "AW: Frage zu Zahlungsweise", body),
             "NORMAL", "de", "insurer-to-customer",
             "trap: generic payment-method information to a prospect, no contract or personal data")


def m017():
    body = """Hallo Tobias,

kannst du das bitte bei Leben/BU anschauen? Die Kundin hat über das
Kontaktformular geschrieben, die Rücklastschrift vom März ist im FS-CD schon
in Mahnstufe 1. Ich würde die Mahnung gern anhalten, bis ihr entschieden habt.

Gruß Nadine

----- Ursprüngliche Nachricht -----
Von: Kontaktformular weserland.example <noreply@weserland.example>
Gesendet: Mittwoch, 13. März 2024 21:47
An: beitragsservice@weserland.example
Betreff: Kontaktformular: Beitrag / Zahlung

Name: Franziska Renken
Vertragsnummer: B 7.512.004-8
Anliegen:
Sehr geehrte Damen und Herren, ich habe ein schreiben wegen einer
Rücklastschrift bekommen. Ich bin seit dem 29.01. stationär in der
Psychosomatischen Klinik Bad Zwischenahn (schwere depressive Episode) und
konnte mich um nix kümmern, mein Gehalt ist nur noch Krankengeld, deshalb
war das Konto leer. Ich möchte bitte wissen, ob ich die Beiträge für meine
Berufsunfähigkeitsversicherung stunden kann, bis ich wieder arbeite, und ob
ich überhaubt schon einen BU-Antrag stellen sollte. Meine Schwester hilft
mir mit der Post (Tel. 0176 5521 9087).
Mit freundlichen Grüßen F. Renken
"""
    return R(mail("Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Tobias Harms <tobias.harms@weserland.example>",
                  "WG: Kontaktformular: Beitrag / Zahlung – B 7.512.004-8", body,
                  date=D("2024-03-14 08:47")),
             "STRICTLY_CONFIDENTIAL", "de", "customer",
             "customer text quoted: inpatient psychiatric stay, depression, BU contract arrears")


def m018():
    body = """Beste meneer Van der Berg, dear Mr van der Berg,

(English below)

Ihre Privathaftpflichtversicherung PH 33-5120884 endet wie gewünscht mit
Ihrem Umzug in die Niederlande zum 31.03.2024. Den zu viel gezahlten Beitrag
von 41,25 EUR überweisen wir auf Ihr niederländisches Konto
NL56 ABNA 0350 1645 08 (Kontoinhaber: Joost van der Berg).

In English: your personal liability policy PH 33-5120884 ends on 31 March
2024 as you requested because of your move to the Netherlands. We will
refund the overpaid premium of EUR 41.25 to the Dutch account above. You do
not need to do anything else; the final statement will follow by post to
your new address in Utrecht.

Met vriendelijke groet / Kind regards
Nadine Böttjer
Weserland Versicherungen
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Joost van der Berg <joost.vdberg@ziggo-mail.example>",
                  "Kündigung PH 33-5120884 / refund", body),
             "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "liability policy ending, refund to named customer's Dutch IBAN")


def m019():
    cal = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherungen//Outlook Export//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:wl-close-2024-03@weserland.example
DTSTAMP:20240226T080000Z
DTSTART;TZID=Europe/Berlin:20240402T090000
DTEND;TZID=Europe/Berlin:20240402T100000
SUMMARY:Month-end close March – premium accounting / payments sync
LOCATION:Teams + Raum 3.14 Kontorhaus
DESCRIPTION:Agenda:\\n1. Cut-off bank statements 28 March (camt.053)\\n2. Suspense account 1890100 - items older than 30 days\\n3. Return-debit reversals after cut-off\\n4. Reconciliation FS-CD sub-ledger vs. general ledger per company code\\n5. Group reporting deadline WD+4
ORGANIZER;CN=Matthias Wehrhahn:mailto:matthias.wehrhahn@weserland.example
ATTENDEE;CN=Piotr Nowakowski;ROLE=REQ-PARTICIPANT:mailto:piotr.nowakowski@ssc.weserland.example
ATTENDEE;CN=Aylin Karaca;ROLE=REQ-PARTICIPANT:mailto:aylin.karaca@weserland.example
ATTENDEE;CN=Lars Ehmen;ROLE=REQ-PARTICIPANT:mailto:lars.ehmen@weserland.example
END:VEVENT
END:VCALENDAR"""
    body = """Hi all,

invitation for the March close sync attached. Same agenda as last month,
plus item 3 because we had the reversal issue in February.

Matthias
"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>, Aylin Karaca <aylin.karaca@weserland.example>, Lars Ehmen <lars.ehmen@weserland.example>",
                  "Invitation: Month-end close March – premium accounting / payments sync", body,
                  atts=[ics("invite.ics", cal)]),
             "NORMAL", "en", "internal",
             "trap: month-end close meeting invitation (ICS), suspense account mentioned, no person")


def m020():
    body = """Sehr geehrter Herr Grotelüschen,

Sie haben uns mitgeteilt, dass Ihre Beitragsbescheinigung für 2023 auf dem
Postweg verloren gegangen ist. Gern wiederholen wir die Angaben, die wir
auch elektronisch an die Finanzverwaltung übermittelt haben:

Versicherungsnummer K 1196-071553, versicherte Personen: Sie selbst und
Ihre Tochter Marie (Tarif KV-Kind).

                                       Sie          Marie
Basisabsicherung KV               4.982,40     1.412,64 EUR
Pflegepflichtversicherung           388,20        83,88 EUR
Wahlleistungen/Zahnzusatz           516,00       141,60 EUR
Beitragsrückerstattung 2023
(für leistungsfreies Jahr 2022)    -830,40          –   EUR

Da Sie im Jahr 2023 Rechnungen in Höhe von 2.140,00 EUR nicht eingereicht
haben, um die Beitragsrückerstattung zu erhalten, mindert diese die
abziehbaren Beiträge. Das ist korrekt so und kein Fehler der Bescheinigung.

Eine Zweitschrift des Originals liegt ab morgen in Ihrem Kundenportal.

Mit freundlichen Grüßen
Oliver Grundmann
Bescheinigungswesen / Steuern
Weserland Krankenversicherung a.G.
"""
    return R(mail("Oliver Grundmann <bescheinigungen@weserland.example>",
                  "Ralf Grotelüschen <ralf.groteluschen@nordsee-net.example>",
                  "Ihre Beitragsbescheinigung 2023 – Zweitschrift", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "premium certificate health/care for customer and daughter, premium refund")


def m021():
    body = """Hallo Herr Ehlers,

kurze Info zu Ihrem Kunden, bevor er sich bei Ihnen meldet:

Kraftfahrtversicherung KF 20-8804112, VN Sven Kück, Zugmaschine Fendt 211
(Kennzeichen ROW-SK 88) – der Folgebeitrag zum 01.02.2024 (418,70 EUR) ist
trotz Zahlungserinnerung offen. Die qualifizierte Mahnung nach § 38 VVG ist
am 04.03. rausgegangen, Zahlungsfrist zwei Wochen. Danach sind wir
leistungsfrei und kündigen, außerdem geht die Meldung an die
Zulassungsstelle.

Vielleicht können Sie ihn ja mal anrufen, er ist telefonisch für uns nicht
zu erreichen. Eine Ratenzahlung würden wir mittragen.

Viele Grüße
Jens Oltmanns
Forderungsmanagement – Weserland Allgemeine
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Maklerbüro Ehlers <info@makler-ehlers.example>",
                  "Ihr Kunde Kück – KF 20-8804112 qualifizierte Mahnung", body,
                  date=D("2024-03-06 13:20")),
             "CONFIDENTIAL", "de", "insurer-to-broker",
             "named customer's motor policy, plate and arrears to the broker")


def m022():
    body = """Hallo Matthias,

anbei die Quartalsauswertung Rücklastschriften Q1/2024 für den
Risikobericht. Auffällig ist nur Kfz im Januar (Beitragsanpassung nach
Typklassenänderung), sonst alles im Rahmen. Kranken ist wegen der
Beitragsanpassung zum 01.01. ebenfalls leicht erhöht.

Gruß Jens
"""
    att = xlsx("R-Quote_Q1_2024.xlsx", [
        ("Quote je Sparte", [
            ["Sparte", "Einzüge Jan", "R-Trans. Jan", "Einzüge Feb", "R-Trans. Feb", "Einzüge Mrz", "R-Trans. Mrz", "Quote Q1"],
            ["Kraftfahrt", 139804, 3412, 41390, 771, 41208, 790, "2,11 %"],
            ["Sach/HUK", 118220, 1730, 63112, 902, 63551, 884, "1,44 %"],
            ["Unfall", 10112, 91, 9880, 87, 9874, 85, "0,88 %"],
            ["Leben/BU/Rente", 52488, 441, 52310, 402, 52107, 399, "0,79 %"],
            ["Kranken/PPV", 38701, 288, 38620, 231, 38442, 226, "0,65 %"],
        ]),
        ("Rückgabegründe", [
            ["Code", "Bedeutung", "Anzahl Q1", "Anteil"],
            ["AM04", "keine Deckung", 5420, "51,2 %"],
            ["MD06", "Widerspruch Zahler", 2311, "21,8 %"],
            ["AC04", "Konto erloschen", 1417, "13,4 %"],
            ["MS03", "Grund nicht angegeben", 899, "8,5 %"],
            ["AC06", "Konto gesperrt", 402, "3,8 %"],
            ["MD01", "kein Mandat", 139, "1,3 %"],
        ]),
    ])
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Rücklastschriftquote Q1 für Risikobericht", body, atts=[att],
                  date=D("2024-04-08 16:55")),
             "NORMAL", "de", "internal",
             "trap: aggregated return-debit ratios per line incl. health and life (XLSX)")


def m023():
    body = """Dear Mrs Brockmann-Reid,

following your notice of termination dated 2 April 2024 we have surrendered
your endowment policy L 7.388.010-6 with effect from 1 May 2024. The
settlement is as follows:

  surrender value incl. bonuses                   24,719.33 EUR
  less capital gains tax (Abgeltungsteuer 25 %)   -1,337.62 EUR
  less solidarity surcharge                          -73.56 EUR
  net payment                                     23,308.15 EUR

Because the policy was taken out after 2004 and surrendered before your
62nd birthday, half of the income is not tax-privileged (§ 20 para. 1 no. 6
EStG). A tax certificate (Steuerbescheinigung) will be sent by post.

The amount will be transferred on 3 May 2024 to your account
IBAN DE57 7002 8692 0362 0407 11, as stated in your termination letter.
Please note that your life cover under this policy ended with the surrender.

Yours sincerely
Tobias Harms
Payments Life & Pensions – Weserland Lebensversicherung AG
"""
    return R(mail("Tobias Harms <leistung-leben@weserland.example>",
                  "Gwen Brockmann-Reid <gwen.reid@homemail.example>",
                  "Surrender of your policy L 7.388.010-6 – settlement", body,
                  date=D("2024-04-24 10:18")),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life policy surrender settlement with tax and IBAN of a named customer")


def m024():
    body = """Sehr geehrte Damen und Herren,

anbei übergeben wir Ihnen gemäß Rahmenvertrag vom 01.07.2021 die
Forderungen der Abgabe 2024-03 zur außergerichtlichen Beitreibung
(14 Fälle, Sach/HUK/Kfz; Verträge jeweils nach § 38 VVG gekündigt).
Die Datei ist wie vereinbart im Format IKA-Übergabe v3.

Bitte bestätigen Sie den Eingang. Zahlungen der Schuldner weiterhin auf Ihr
Treuhandkonto, Abrechnung monatlich.

Mit freundlichen Grüßen
Jens Oltmanns
Forderungsmanagement
"""
    rows = [["Akte", "Vertrag", "Sparte", "Name", "Vorname", "Straße", "PLZ", "Ort", "Hauptforderung", "Mahnkosten", "Kündigung"],
            ["2024-03-01", "KF 20-7012284", "Kfz", "Kaya", "Emre", "Lindenweg 3", "28755", "Bremen", "612,40", "10,00", "15.01.2024"],
            ["2024-03-02", "HR 31-0172209", "Hausrat", "Bruns", "Melanie", "Am Hohen Ufer 21", "27568", "Bremerhaven", "88,20", "5,00", "22.01.2024"],
            ["2024-03-03", "PH 33-4410075", "PHV", "Wendt", "Gerd", "Kirchstraße 7a", "27283", "Verden", "71,35", "5,00", "22.01.2024"],
            ["2024-03-04", "KF 20-6900481", "Kfz", "Schepers", "Nico", "Hafenweg 112", "26954", "Nordenham", "1.204,80", "10,00", "29.01.2024"],
            ["2024-03-05", "RS 38-0907713", "Rechtsschutz", "Ahlers", "Kathrin", "Friedrichstraße 40", "28195", "Bremen", "301,56", "5,00", "29.01.2024"],
            ["2024-03-06", "KF 20-7431190", "Kfz", "Pohl", "Dennis", "Sandweg 9", "27432", "Bremervörde", "389,10", "10,00", "05.02.2024"],
            ["2024-03-07", "HR 31-0230441", "Hausrat", "Meiners", "Tanja", "Gartenstraße 2", "28857", "Syke", "64,90", "5,00", "05.02.2024"]]
    return R(mail("Jens Oltmanns <forderungsmanagement@weserland.example>",
                  "Inkasso Hansa GmbH – Auftragsannahme <auftrag@inkasso-hansa.example>",
                  "Abgabe 2024-03 – Forderungsübergabe", body,
                  atts=[csvfile("WL_Abgabe_2024-03.csv", rows, enc="windows-1252")]),
             "CONFIDENTIAL", "de", "insurer-to-company",
             "debtor list to collection agency: names, addresses, motor/household contracts (CSV)")


def m025():
    body = """Hallo Herr Cordes,

hiermit beauftragen wir den Druck und Versand der Beitragsbescheinigungen
2024 (Kranken/PPV) wie im Angebot AN-24-0117 vom 12.11.2024 beschrieben:

- Auflage ca. 48.000 Briefe, DIN lang, 1–3 Blatt simplex, Kuvertierung
  mit Beilage "Steuertipps" (liefern wir bis 20.12. an)
- Datenlieferung als AFP-Stream über SFTP am 13.01.2025 bis 12:00 Uhr
- Postauflieferung spätestens 17.01.2025, Dialogpost ist nicht zulässig
- Rückläufer bitte wie gehabt gesammelt wöchentlich an unsere Poststelle

Preis laut Angebot 0,089 EUR/Brief zzgl. Porto und MwSt. Bitte senden Sie
die Rechnung an kreditoren@weserland.example mit Bestellnummer
4500219934.

Viele Grüße
Oliver Grundmann
Bescheinigungswesen
Weserland Krankenversicherung a.G.
"""
    return R(mail("Oliver Grundmann <oliver.grundmann@weserland.example>",
                  "Jörg Cordes <j.cordes@druckzentrum-nord.example>",
                  "Bestellung 4500219934 – Druck Beitragsbescheinigungen 2024", body,
                  date=D("2024-11-20 09:41")),
             "NORMAL", "de", "insurer-to-supplier",
             "trap: print order for health premium certificates, volumes and dates only")


def m026():
    body = """Sehr geehrte Frau Carstens,

zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres Mannes
aussprechen.

Die Unterlagen zur Risikolebensversicherung L 7.551.873-0 (versicherte
Person: Uwe Carstens, verstorben am 11.02.2024) liegen uns vollständig vor:
Sterbeurkunde, ärztliche Bescheinigung über die Todesursache (Herzinfarkt)
und Ihr Personalausweis. Sie sind als Bezugsberechtigte eingetragen, ein
Erbschein ist daher nicht erforderlich.

  Versicherungssumme                   150.000,00 EUR
  zuzüglich Überschussbeteiligung        3.418,00 EUR
  abzüglich Beitrag 03/2024 (zu viel)       –
  Auszahlungsbetrag                    153.418,00 EUR

Der Betrag wird am 28.03.2024 auf Ihr Konto IBAN DE59 6006 2298 2946 3518 42
überwiesen. Die Leistung ist nicht einkommensteuerpflichtig; die Meldung an
das Erbschaftsteuerfinanzamt nach § 33 ErbStG erfolgt durch uns.

Der zuletzt am 01.03. eingezogene Beitrag von 38,90 EUR wird Ihnen
gesondert erstattet.

Mit stillem Gruß
Tobias Harms
Leistungsauszahlung Leben
Weserland Lebensversicherung AG
"""
    return R(mail("Tobias Harms <leistung-leben@weserland.example>",
                  "Birgit Carstens <birgit.carstens@ewe-mail.example>",
                  "Ihre Leistung aus L 7.551.873-0", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "death benefit payout: deceased named, cause of death, beneficiary IBAN")


def m027():
    body = """Dear Ms Kowalczyk,

your bank returned our direct debit of 1 April 2024 for your home contents
insurance HR 31-0288145 with the reason "AC04 - account closed". The
premium of 9.70 EUR for April is therefore still open.

Could you please send us your new bank details? The quickest way is the
form "SEPA mandate" in our customer portal (Services > Payment details),
or simply reply to this email with account holder and IBAN - we will then
send you the mandate form to sign.

Alternatively you can transfer the amount to
Weserland Allgemeine Versicherung AG, IBAN DE84 2905 8249 9512 3037 20,
reference HR 31-0288145.

Kind regards
Nadine Böttjer
Customer Service Premiums
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Agnieszka Kowalczyk <a.kowalczyk@mailpl.example>",
                  "Your home contents insurance – returned direct debit", body,
                  date=D("2024-04-05 08:36")),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's household policy and returned debit")


def m028():
    body = """Weserbank Corporate Payments Update – April 2024

Dear clients,

1. EPC SEPA rulebooks 2025
The European Payments Council has published the 2025 rulebooks for SEPA
Credit Transfer and SEPA Direct Debit (Core and B2B). Changes apply from
5 October 2025: structured or hybrid postal addresses become mandatory for
payments outside the EEA; unstructured addresses will be rejected from
November 2026.

2. R-transaction reason codes
We will report the following reason codes unchanged in camt.054/pain.002:
AC01 incorrect account number, AC04 closed account, AC06 blocked account,
AM04 insufficient funds, MD01 no mandate, MD06 refund request by end
customer (8 weeks), MD07 end customer deceased, MS02 refusal by debtor,
MS03 reason not specified, SL01 creditor-specific service of debtor bank.
For MD07 please observe your obligations regarding estates.

3. Holiday calendar
TARGET2 is closed on 1 May 2024. Direct debits due that day will be
settled on 2 May.

Your Cash Management team
Weserbank AG, Bremen
https://www.weserbank.example/cash-management
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "FW: Weserbank Corporate Payments Update – April 2024", body,
                  date=D("2024-04-03 17:02")),
             "NORMAL", "en", "newsletter",
             "trap: bank newsletter with SEPA reason codes incl. 'debtor deceased', no person")


def m029():
    body = """Hallo Jens,

ich brauche bitte deine Freigabe für einen Zahlungsplan außerhalb der
Standardregeln (> 6 Raten):

VN / VP:      Thorsten Brüning, Versicherungsnummer K 1202-693380
Tarife:       KV-Komfort 600, KT8 (Krankentagegeld ab 8. Tag, 120 EUR),
              PVN
Rückstand:    4 Monatsbeiträge Nov 2023 – Feb 2024 = 3.071,64 EUR
Hintergrund:  Herr Brüning ist selbstständiger Tischlermeister und seit
              Oktober wegen eines Kolonkarzinoms in Behandlung
              (OP im Klinikum Bremen-Mitte, jetzt Chemotherapie bis voraussichtlich
              Juni). Das Krankentagegeld zahlen wir seit Oktober, es reicht
              aber wegen der Betriebskosten nicht für alles.

Vorschlag:
- Verrechnung des laufenden KTG mit dem laufenden Beitrag (Einwilligung
  des Kunden liegt vor, Telefonnotiz 11.03.)
- Rückstand in 12 Raten à 255,97 EUR ab Juli 2024
- keine Umstellung in den Notlagentarif, Mahnverfahren ruht bis 31.07.

Die Alternative wäre die Mahnung nach § 193 Abs. 6, was bei einer
laufenden Chemo nicht sinnvoll ist.

Danke dir
Heike
"""
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Freigabe Zahlungsplan K 1202-693380", body),
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "internal payment-plan approval mentioning named customer's cancer and chemotherapy")


def m030():
    body = """Sehr geehrter Herr Pape,

mit Schreiben vom 05.02.2024 haben wir Sie unter Hinweis auf die
Rechtsfolgen nach § 38 VVG aufgefordert, den rückständigen Beitrag für Ihre
Privathaftpflichtversicherung PH 33-3318620 in Höhe von 79,40 EUR
zuzüglich 5,00 EUR Mahnkosten zu zahlen. Die Zahlungsfrist ist am
19.02.2024 abgelaufen, ohne dass ein Zahlungseingang zu verzeichnen ist.

Wir kündigen daher den Vertrag fristlos mit sofortiger Wirkung. Für
Schadenereignisse nach dem 19.02.2024 besteht kein Versicherungsschutz.

Die Kündigung wird unwirksam, wenn Sie den offenen Betrag innerhalb eines
Monats nach Zugang dieses Schreibens zahlen; für Schäden bis zur Zahlung
bleibt es aber bei der Leistungsfreiheit.

Offener Betrag: 84,40 EUR
Konto: Weserland Allgemeine Versicherung AG,
IBAN DE84 2905 8249 9512 3037 20, BIC WESEDE2BXXX,
Verwendungszweck PH 33-3318620 Pape

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Forderungsmanagement
"""
    return R(mail("Weserland Forderungsmanagement <forderungsmanagement@weserland.example>",
                  "Dieter Pape <dieter.pape@kabelbremen.example>",
                  "Kündigung Ihrer Privathaftpflichtversicherung PH 33-3318620", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "cancellation for non-payment of a named customer's liability policy")

def m031():
    body = """Liebe Kolleginnen und Kollegen,

zum 01.07.2024 werden die Beitragseinzüge der Weserland Krankenversicherung
a.G. nicht mehr unter der gemeinsamen Gläubiger-Identifikationsnummer der
Gruppe, sondern unter einer eigenen Gläubiger-ID eingezogen:

  bisher (alle Gesellschaften):   DE71ZZZ00001822934
  neu (nur Kranken/PPV):          DE38ZZZ00002405517

Die bestehenden Mandate bleiben gültig; die Mandatsreferenzen ändern sich
nicht. Die Kundinnen und Kunden werden mit der nächsten Beitragsmitteilung
informiert (Textbaustein TB-ZV-118, freigegeben durch Recht und Datenschutz).

Für euch heißt das:
- Rückfragen "Wer bucht da bei mir ab?" bitte mit TB-ZV-118 beantworten.
- Bei Widersprüchen (Rückgabegrund MD06) in den ersten Wochen nach der
  Umstellung bitte nicht sofort mahnen, sondern erst telefonisch klären.
- Die neue ID steht ab 01.06. auch im Intranet unter Zahlungsverkehr.

Danke und viele Grüße
Aylin Karaca
Zahlungsverkehr / Treasury
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Kundenservice alle <kundenservice-alle@weserland.example>",
                  "Neue Gläubiger-ID für Kranken/PPV ab 01.07.2024", body),
             "NORMAL", "de", "internal",
             "trap: creditor identifier change announcement, company IDs only")


def m032():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Mr Adeyemi,</p>
<p>following the medical report of Dr. Henrike Vosgerau (trauma surgery, Klinikum Links der Weser)
dated 14 March 2024 we have assessed the permanent impairment resulting from your accident of
2 June 2023 (fall from a ladder, fracture of the right calcaneus).</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#dfe8f1"><th align="left">Item</th><th align="right">Amount</th></tr>
<tr><td>Policy</td><td>U 40-1172093 (individual accident)</td></tr>
<tr><td>Degree of disability: foot value 40 %, impairment 1/2</td><td align="right">20 %</td></tr>
<tr><td>Basic sum insured</td><td align="right">100,000.00 EUR</td></tr>
<tr><td>Progression 225 % (up to 25 % no progression)</td><td align="right">&ndash;</td></tr>
<tr><td>Disability benefit (20 % of 100,000 EUR)</td><td align="right">20,000.00 EUR</td></tr>
<tr><td>Less advance payment of 15 Nov 2023</td><td align="right">-5,000.00 EUR</td></tr>
<tr><td>Less overdue premium Q1/2024 (offset under &sect; 35 VVG)</td><td align="right">-64.20 EUR</td></tr>
<tr style="font-weight:bold"><td>Payment</td><td align="right">14,935.80 EUR</td></tr>
</table>
<p>The amount will be credited to your account ending in &hellip;4764 (Sparkasse Bremen) within three working days.</p>
<p>You may have the degree of disability re-assessed up to three years after the accident.</p>
<p>Kind regards<br>Tobias Harms<br>Benefits Payments Accident &ndash; Weserland Allgemeine Versicherung AG</p>
</body></html>"""
    return R(mail("Tobias Harms <leistung-unfall@weserland.example>",
                  "Samuel Adeyemi <samuel.adeyemi@ukmail.example>",
                  "Your accident insurance U 40-1172093 – disability benefit", html=html, html_only=True),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "HTML-only table: accident disability benefit, injury and degree of impairment")


def m033():
    body = """Sehr geehrte Frau Bischoff,

danke für Ihre Rückmeldung. Die Erstattung von 186,30 EUR aus der
Neuberechnung Ihrer Kfz-Versicherung (Korrektur der Jahresfahrleistung auf
9.000 km) haben wir heute angewiesen, wie von Ihnen gewünscht auf das unten
genannte Konto. Bitte beachten Sie, dass Ihr SEPA-Mandat für die künftigen
Beiträge weiterhin auf das alte Konto lautet – wenn auch die Abbuchung
umgestellt werden soll, reicht eine kurze Nachricht.

Mit freundlichen Grüßen
Nadine Böttjer
Kundenservice Beitrag

-----Ursprüngliche Nachricht-----
Von: Katrin Bischoff <katrin.bischoff@mailbremen.example>
Gesendet: Montag, 15. April 2024 19:12
An: beitragsservice@weserland.example
Betreff: Re: Ihre Kfz-Versicherung KF 20-7590336 – Neuberechnung

Hallo,
bitte überweisen Sie das Geld auf mein neues Konto, das alte läuft aus:
Katrin Bischoff, DE70 2907 3907 7692 6376 41 (Sparda-Bank).
Danke, K. Bischoff
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Katrin Bischoff <katrin.bischoff@mailbremen.example>",
                  "AW: Re: Ihre Kfz-Versicherung KF 20-7590336 – Neuberechnung", body,
                  date=D("2024-04-16 11:09")),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body, IBAN and motor policy only in the quoted customer reply")


def m034():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.04.2024 nicht im Büro und kann Ihre E-Mail
erst danach bearbeiten. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Team Forderungsmanagement
unter forderungsmanagement@weserland.example oder 0421 5598-2290.
Fragen zu Rücklastschriften und Mahnungen beantwortet auch unser
Kundenservice Beitrag (beitragsservice@weserland.example).

Jens Oltmanns
Weserland Versicherungen
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Olaf Steinmeyer <o.steinmeyer@kanzlei-steinmeyer.example>",
                  "Abwesenheitsnotiz: Ihre Anfrage Forderungsaufstellung", body,
                  headers=[("Auto-Submitted", "auto-replied")]),
             "NORMAL", "de", "insurer-to-lawyer",
             "trap: out-of-office reply mentioning dunning and return debits")


def m035():
    body = """Sehr geehrte Frau Janßen,

für die Direktversicherungen Ihrer Mitarbeiterinnen und Mitarbeiter
(Gruppenvertrag GV 880-0417, Entgeltumwandlung nach § 3 Nr. 63 EStG) sind
die Beiträge für März 2024 bisher nur teilweise bei uns eingegangen. In der
Anlage finden Sie die Aufstellung der betroffenen Verträge.

Bitte prüfen Sie, ob die Beiträge in Ihrer Lohnabrechnung einbehalten
wurden. Falls ein Arbeitsverhältnis geendet hat oder ruht (Elternzeit,
Krankengeldbezug), teilen Sie uns das bitte mit, damit wir die Verträge
beitragsfrei stellen bzw. dem Mitarbeiter die Fortführung anbieten können.

Überweisung bitte auf IBAN DE04 3705 3190 5836 4635 30,
Verwendungszweck GV 880-0417 03/2024.

Mit freundlichen Grüßen
Carola Wübbenhorst
bAV-Inkasso, Weserland Lebensversicherung AG
"""
    att = xlsx("GV880-0417_Fehlbetraege_2024-03.xlsx", [("März 2024", [
        ["Vertrag", "Personalnr.", "Name", "Vorname", "geb.", "Soll", "Ist", "Differenz", "Hinweis"],
        ["L 8.004.117-2", "00412", "Schröder", "Mandy", "11.04.1987", 148.0, 0.0, 148.0, ""],
        ["L 8.004.131-9", "00587", "Kowalski", "Adam", "02.09.1979", 250.0, 0.0, 250.0, ""],
        ["L 8.004.166-1", "00601", "Hashemi", "Roya", "27.01.1991", 100.0, 0.0, 100.0, "lt. Lohnbüro Elternzeit seit 02/2024?"],
        ["L 8.004.170-4", "00233", "Feldkamp", "Uwe", "19.12.1966", 302.0, 151.0, 151.0, ""],
        ["Summe", "", "", "", "", 800.0, 151.0, 649.0, ""],
    ])])
    return R(mail("Carola Wübbenhorst <bav-inkasso@weserland.example>",
                  "Lohnbuchhaltung Meyer Metallbau <lohn@meyer-metallbau.example>",
                  "Direktversicherung GV 880-0417 – Fehlbeträge März 2024", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "employees' life (bAV) contracts with birth dates and arrears, parental leave hint (XLSX)")


def m036():
    body = """Cześć Svenja, hallo,

here are the unapplied items from this week's statements that the SSC could
not match automatically. Bitte einmal gegen den Bestand prüfen, v. a. Nr. 3
und 5 – the references look like old policy numbers (before the 2019
migration).

Dzięki / danke,
Marta
Finance SSC – Cash Application
"""
    rows = [["Nr", "Valuta", "Betrag", "Auftraggeber", "IBAN Auftraggeber", "Verwendungszweck", "Vorschlag SSC"],
            ["1", "08.04.2024", "55,10", "HEINZ-DIETER KLAASSEN", "DE05290570745072677567", "HAUSRAT BEITRAG 2 QU", "HR 31-0093318?"],
            ["2", "08.04.2024", "312,00", "CLAUDIA U. MARKUS REHM", "DE84291524707852734486", "KFZ HB-CR 220", "KF 20-7204416"],
            ["3", "09.04.2024", "96,42", "OKSANA MELNYK", "DE58600693232041685559", "VS-NR 0017-223-09", "?"],
            ["4", "10.04.2024", "18,00", "B. HUNTEMANN", "DE97291583623737580802", "MAHNUNG RS", "RS 38-0611207?"],
            ["5", "11.04.2024", "640,75", "WILKENS HORST", "DE70290594318057100554", "VS 3390-114-7 WOHNGEB", "?"]]
    return R(mail("Marta Zielińska <marta.zielinska@ssc.weserland.example>",
                  "Svenja Tietjen <svenja.tietjen@weserland.example>",
                  "Unapplied cash KW15 – Klärung", body,
                  atts=[csvfile("unapplied_KW15.csv", rows)],
                  date=D("2024-04-12 12:44")),
             "CONFIDENTIAL", "mixed", "internal",
             "unapplied payments: named payers, IBANs, motor/household references (CSV)")


def m037():
    body = """Dear Ms Hartwig,

thank you for the kick-off last week. As agreed, please find below our
"prepared by client" request list for the premium receivables and cash
area of the 2024 year-end audit (Weserland Allgemeine, Lebens- and
Krankenversicherung). Please upload to the data room by 17 January 2025.

PBC-21  Reconciliation FS-CD sub-ledger to general ledger (account 2710000
        ff.) per company code as at 31/12/2024
PBC-22  Ageing of premium receivables (buckets per BR-07) and calculation
        of the general bad-debt allowance
PBC-23  List of write-offs > 5,000 EUR in 2024 (anonymised extract is
        sufficient, contract number and amount only)
PBC-24  Bank confirmations for all accounts (we will send the requests
        ourselves via the confirmation portal)
PBC-25  Suspense account 1890100: composition and ageing at 31/12
PBC-26  Walkthrough documentation payment runs (direct debit, refunds,
        benefit payments) incl. four-eyes approval evidence
PBC-27  Sample of 25 returned direct debits – we will select from the
        population file; please provide the population without customer
        names (contract number, amount, reason code, date)

Best regards
Dr. Annika Hartwig, WP
Krüger & Partner Wirtschaftsprüfungsgesellschaft
"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Prüfungsteam Krüger & Partner <weserland-audit@kp-wp.example>",
                  "FW: PBC list premium receivables & cash – YE 2024", body,
                  date=D("2024-11-27 14:15")),
             "NORMAL", "en", "insurer-to-partner",
             "trap: audit request list on receivables, write-offs and returned debits, no data")


def m038():
    body = """Hallo Oliver,

für die jährliche Meldung an das Bundesamt für Soziale Sicherung nach
§ 121 Abs. 2 SGB XI (Zahlungsrückstände von mindestens sechs
Monatsbeiträgen in der privaten Pflegepflichtversicherung) hier die Zahlen
zum Stichtag 31.03.2024. Die Einzelmeldungen laufen wie immer nicht per
Mail, sondern über das BAS-Portal – das macht Heike.

  Bestand PPV-Verträge (Versicherungsnehmer)        41.208
  davon Rückstand >= 6 Monatsbeiträge                  137
    davon im Notlagentarif KV                          109
    davon Ratenvereinbarung aktiv                       18
    davon hilfebedürftig nach SGB II/XII nachgewiesen   22
  Summe Rückstände PPV (nur Pflege)              94.611,20 EUR
  Vorjahr: 129 Fälle / 88.902,77 EUR

Für den Lagebericht reicht die Zeile "137 Fälle (Vj. 129)". Bitte keine
weiteren Aufschlüsselungen nach Altersgruppen veröffentlichen, die Zellen
wären zu klein.

Viele Grüße
Jens
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Oliver Grundmann <oliver.grundmann@weserland.example>",
                  "Zahlen § 121 SGB XI – PPV-Rückstände Stichtag 31.03.", body),
             "NORMAL", "de", "internal",
             "trap: aggregated care-insurance arrears statistics for the regulator, no person")


def m039():
    body = """Sehr geehrter Herr Rechtsanwalt Steinmeyer,

zum Pfändungs- und Überweisungsbeschluss des AG Delmenhorst vom
08.04.2024 (Az. 7 M 902/24), Gläubigerin Ihre Mandantin Elektro Lührs
GmbH, Schuldner Herr Rainer Wöhlken, erklären wir nach § 840 ZPO:

1. Gegen uns besteht ein Anspruch des Schuldners aus einem Kfz-Haftpflicht-
   und Kaskoschaden vom 21.02.2024 (Schaden-Nr. S-24-KF-0311742, Vertrag
   KF 20-5562019, Hagelschaden am Pkw). Die Entschädigung aus der
   Teilkasko ist mit 3.870,00 EUR (Reparaturkosten netto abzüglich 150 EUR
   Selbstbeteiligung) festgestellt, aber noch nicht ausgezahlt.
2. Wir sind zur Zahlung an Ihre Mandantin bereit, soweit die Forderung
   reicht (Hauptforderung laut PfÜB 2.416,18 EUR nebst Kosten und Zinsen).
   Die Werkstatt hat keine Abtretung vorgelegt.
3. Vorrangige Pfändungen liegen nicht vor. Wir verrechnen vorab den
   rückständigen Kfz-Beitrag des Schuldners von 214,60 EUR (§ 35 VVG).

Bitte teilen Sie uns eine aktuelle Forderungsaufstellung und Ihr
Anderkonto mit.

Mit freundlichen Grüßen
Frauke Lüdeking
Drittschuldnerstelle
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Frauke Lüdeking <drittschuldner@weserland.example>",
                  "RA Olaf Steinmeyer <o.steinmeyer@kanzlei-steinmeyer.example>",
                  "Drittschuldnererklärung – Lührs GmbH ./. Wöhlken, AG Delmenhorst 7 M 902/24", body,
                  date=D("2024-04-16 09:58")),
             "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "garnishment of a named debtor's motor claim payment, arrears")


def m040():
    body = """Guten Tag,

in Ihrem Weserland-Kundenpostfach liegt ein neues Dokument für Sie bereit.

Bitte melden Sie sich unter https://meinkonto.weserland.example an, um das
Dokument anzusehen. Aus Sicherheitsgründen versenden wir Inhalte von
Beitragsrechnungen, Mahnungen, Bescheinigungen und Leistungsabrechnungen
nicht per E-Mail.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
darauf.

Ihre Weserland Versicherungen
"""
    return R(mail("Weserland Kundenpostfach <noreply@weserland.example>",
                  "m.rosenbrock@wesermail.example",
                  "Neues Dokument in Ihrem Kundenpostfach", body),
             "NORMAL", "de", "insurer-to-customer",
             "trap: portal notification naming dunning letters and certificates, no content")


def m041():
    body = """Hi Tobias,

forwarding as discussed. Customer wants a premium holiday on his term life
while he is in hospital. Premiums for March and April came back (AM04).
Can Life do a Stundung for 6 months? He is an English speaker, so please
reply in English.

Thanks
Nadine

> From: Daniel Murray <dan.murray@irishpost.example>
> Sent: 19 April 2024 10:03
> To: service@weserland.example
> Subject: Policy L 7.602.448-5 - missed payments
>
> Hello,
> I received two letters in German about missed payments on my life
> insurance policy L 7.602.448-5. I am very sorry. I had a stroke on
> 3 March and have been at the neurological rehabilitaton clinic in
> Bad Bevensen since then, my wife only found the letters last week.
> My salary will continue until mid-May but then I will be on sick pay
> and things will be tight. Is it possible to pause the payments for a
> few months without losing the cover? My daughter is helping me write
> this.
> Kind regards, Dan Murray
"""
    return R(mail("Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Tobias Harms <tobias.harms@weserland.example>",
                  "FW: Policy L 7.602.448-5 - missed payments", body,
                  date=D("2024-04-22 08:29")),
             "STRICTLY_CONFIDENTIAL", "en", "customer",
             "customer text quoted: stroke and rehab, term life arrears")


def m042():
    body = """Sehr geehrte Frau Warnken,

zum 01.06.2024 passen wir den Beitrag Ihrer Rechtsschutzversicherung
RS 38-1002754 (Privat-, Berufs- und Verkehrsrechtsschutz) nach § 10 ARB
an. Der Treuhänder hat eine Erhöhung des Beitrags um 4,8 % festgestellt.

  bisheriger Beitrag:     monatlich 32,40 EUR
  neuer Beitrag:          monatlich 33,95 EUR
  nächster Einzug:        03.06.2024 (Mandatsreferenz WLA-RS381002754-01,
                          Konto IBAN DE** **** **** **** **47 64)

Sie können den Vertrag innerhalb eines Monats nach Zugang dieser Mitteilung
zum Zeitpunkt des Wirksamwerdens der Anpassung kündigen.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Ines Warnken <ines.warnken@mailhaus.example>",
                  "Beitragsanpassung RS 38-1002754 zum 01.06.2024", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer's legal expenses policy, premium and masked IBAN")


def m043():
    body = """Hallo zusammen,

die Arbeitsanweisung AA-IK-12 "Bearbeitung von Rücklastschriften" ist
überarbeitet (neue Rückgabegründe, Ablauf MD07 Zahler verstorben). Bitte
lesen und bis Monatsende im Lernportal bestätigen.

Gruß
Heike
"""
    att = pdf("AA-IK-12_Ruecklastschriften_v5.pdf", [
        "Arbeitsanweisung AA-IK-12  Bearbeitung von Rücklastschriften  Version 5.0",
        "Gültig ab 01.05.2024   Verantwortlich: Inkasso Sach / Leben / Kranken",
        "",
        "1. Eingang",
        "Rücklastschriften kommen täglich über camt.054 der Weserbank. FS-CD bucht automatisch",
        "auf das Beitragskonto zurück und setzt die Rückgabegebühr (3,00 EUR) als Nebenforderung.",
        "",
        "2. Bearbeitung nach Rückgabegrund",
        "AM04 (keine Deckung): automatischer Wiedereinzug nach 10 Tagen, einmalig.",
        "AC04/AC01 (Konto erloschen/falsch): kein Wiedereinzug, Brief BR-IK-04 neue Bankverbindung.",
        "MD06 (Widerspruch Zahler): kein Wiedereinzug, Anschreiben BR-IK-07, Zahlweg Überweisung.",
        "MD07 (Zahler verstorben): Vorgang an Leistung/Bestand, keine Mahnung, Kondolenzbrief.",
        "MS03 (ohne Grund): wie AM04 behandeln.",
        "",
        "3. Beispiel (fiktiv)",
        "Kunde: Max Mustermann (fiktiv), Musterstraße 1, 12345 Musterstadt",
        "IBAN DE89 3704 0044 0532 0130 00 (Beispiel-IBAN aus der Bankenliteratur)",
        "Rückgabegrund AM04, Betrag 25,00 EUR -> Wiedereinzug 25,00 + 3,00 EUR nach 10 Tagen",
        "",
        "4. Kranken/Pflege",
        "Bei Kranken/PPV gilt zusätzlich AA-KV-05 (Mahnung § 193 VVG). Keine Mahnung ohne Prüfung",
        "Hilfebedürftigkeit. Personenbezogene Daten nie per unverschlüsselter E-Mail versenden.",
        "",
        "5. Vier-Augen-Prinzip",
        "Ausbuchungen über 500 EUR und Erstattungen auf abweichende Konten nur mit Freigabe.",
    ], "AA-IK-12")
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Inkasso Team <inkasso-team@weserland.example>",
                  "AA-IK-12 Rücklastschriften v5 – bitte lesen", body, atts=[att]),
             "NORMAL", "de", "internal",
             "trap: work instruction PDF with fictitious Max Mustermann and published example IBAN")


def m044():
    body = """Sehr geehrte Frau Dr. Meyer-Tönjes,

gute Nachrichten: Da Sie für das Kalenderjahr 2023 keine Leistungen aus
Ihrer Krankheitskostenversicherung in Anspruch genommen haben, erhalten Sie
eine erfolgsabhängige Beitragsrückerstattung.

  Versicherungsnummer:       K 1193-448026
  Tarif:                     KV-Premium 1200
  Rückerstattung:            3 Monatsbeiträge = 3 x 512,80 EUR
  Auszahlungsbetrag:         1.538,40 EUR
  Überweisung am:            15.07.2024 auf Ihr Beitragskonto
                             DE14 2802 6566 2742 7443 79

Bitte beachten Sie: Die Rückerstattung mindert die als Sonderausgaben
abziehbaren Beiträge des Jahres 2024 und wird in Ihrer Beitragsbescheinigung
2024 ausgewiesen. Sollten Sie für 2023 doch noch Rechnungen einreichen,
müssten wir die Rückerstattung zurückfordern.

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland Krankenversicherung <beitrag-kv@weserland.example>",
                  "Dr. Gesa Meyer-Tönjes <gesa.meyer-toenjes@praxis-net.example>",
                  "Ihre Beitragsrückerstattung für 2023", body,
                  date=D("2024-06-28 07:50")),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "health premium refund for claims-free year, health contract and IBAN")


def m045():
    body = """Dear colleagues,

we request the recall of the following SEPA credit transfer (camt.056,
reason DUPL / wrong beneficiary account), executed by mistake by our
refund run of 22 April 2024:

  Debtor:            Weserland Allgemeine Versicherung AG
  Debtor IBAN:       DE84 2905 8249 9512 3037 20
  End-to-end ID:     WLA-ERS-20240422-000317
  Amount:            274.90 EUR
  Beneficiary name:  Marco Lindemann
  Beneficiary IBAN:  DE32 2003 5661 7211 7580 99
  Remittance info:   Erstattung KF 20-7117302 Lindemann

The refund belongs to a different customer of the same name; the account
above was taken from an old mandate by mistake. Please contact the
beneficiary bank and ask for the return of the funds. If the beneficiary
refuses, we will contact him directly.

Best regards
Aylin Karaca
Payments / Treasury – Weserland Versicherungen
"""
    return R(mail("Aylin Karaca <zahlungsverkehr@weserland.example>",
                  "Weserbank Payment Investigations <investigations@weserbank.example>",
                  "Recall request WLA-ERS-20240422-000317", body,
                  date=D("2024-04-24 13:37")),
             "CONFIDENTIAL", "en", "insurer-to-partner",
             "recall of a refund: named beneficiary, IBAN, motor policy")


def m046():
    body = """Hi Marleen,

please find below the premium receivables ageing for the Q1 group
reporting package (NH-REP-14), all figures in TEUR, gross before allowance:

Entity                        0-30   31-90  91-180  181-360   >360   total
Weserland Allgemeine AG      4.812   1.104     388      241     96   6.641
Weserland Leben AG           2.907     611     202      118     41   3.879
Weserland Kranken a.G.       1.730     902     544      611    287   4.074
of which emergency tariff        –      31      88      204    166     489

Allowance (BR-07)            1.081 TEUR in total.

The health figure > 360 days is mostly emergency tariff (Notlagentarif)
arrears, which cannot be cancelled by law - that is why it looks worse
than the other entities. Commentary is in the usual template.

Best
Matthias
"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Marleen de Vries <marleen.devries@nordhaven.example>",
                  "Q1 NH-REP-14 premium receivables ageing", body),
             "NORMAL", "en", "internal",
             "trap: group reporting ageing per entity incl. health emergency tariff, aggregated")


def m047():
    text = """Sehr geehrter Herr Feldhaus,

für Ihren stationären Aufenthalt im St.-Joseph-Stift Bremen vom 12.02. bis
19.02.2024 (Hüftgelenkersatz links) zahlen wir aus Ihrem Tarif KH50
(Krankenhaustagegeld 50 EUR je Tag):

  8 Tage x 50,00 EUR = 400,00 EUR

Die Überweisung erfolgt auf Ihr Konto DE82 7002 3611 2218 7214 02.
Die Krankenhausrechnung über die allgemeinen Krankenhausleistungen hat die
Klinik direkt mit uns abgerechnet (Klinik-Card).

Mit freundlichen Grüßen
Leistungsabteilung Kranken
Weserland Krankenversicherung a.G.
"""
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Feldhaus,</p>
<p>für Ihren stationären Aufenthalt im <b>St.-Joseph-Stift Bremen</b> vom 12.02. bis 19.02.2024
(Hüftgelenkersatz links) zahlen wir aus Ihrem Tarif KH50 (Krankenhaustagegeld 50&nbsp;EUR je Tag):</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><td>8 Tage x 50,00 EUR</td><td align="right"><b>400,00 EUR</b></td></tr></table>
<p>Die Überweisung erfolgt auf Ihr Konto DE82 7002 3611 2218 7214 02.<br>
Die Krankenhausrechnung über die allgemeinen Krankenhausleistungen hat die Klinik direkt mit uns abgerechnet (Klinik-Card).</p>
<p>Mit freundlichen Grüßen<br>Leistungsabteilung Kranken<br>Weserland Krankenversicherung a.G.</p>
</body></html>"""
    return R(mail("Weserland Leistung Kranken <leistung-kv@weserland.example>",
                  "Wolfgang Feldhaus <w.feldhaus@bremen-net.example>",
                  "Auszahlung Krankenhaustagegeld", text, html=html),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "hospital daily benefit: hospital stay, hip replacement, IBAN")


def m048():
    body = """Hallo Herr Ramdani,

Sie haben völlig recht, der Beitrag für Ihre Hausratversicherung
HR 31-0311927 wurde am 02.05.2024 zweimal abgebucht (2 x 11,40 EUR). Ursache
war ein Fehler in unserem Lastschriftlauf, der rund 300 Kunden betraf. Das
tut uns leid.

Die doppelte Abbuchung haben wir bereits storniert; die 11,40 EUR sind am
06.05.2024 an Ihr Konto zurückgegangen. Bitte geben Sie die Lastschrift
nicht zusätzlich bei Ihrer Bank zurück, sonst entsteht eine Rücklastschrift
mit Gebühren, die wir Ihnen dann natürlich erstatten würden – aber das
würde unnötig Aufwand machen.

Viele Grüße
Nadine Böttjer
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Youssef Ramdani <y.ramdani@freemail-de.example>",
                  "AW: doppelte Abbuchung Hausrat", body,
                  date=D("2024-05-07 10:44")),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer's household policy, double debit refunded")


def m049():
    body = """Sehr geehrte Frau Karaca,

wie besprochen fassen wir die neuen Konditionen für Ihre Geschäftskonten
ab 01.07.2024 zusammen:

Kontoführung Firmenkonto                 45,00 EUR / Monat (unverändert)
SEPA-Lastschrift Einreichung (EBICS)     0,010 EUR je Posten (bisher 0,012)
SEPA-Überweisung Sammler (pain.001)      0,008 EUR je Posten
Rücklastschrift (R-Transaktion)          1,20 EUR je Posten (bisher 1,50)
Echtzeitüberweisung ausgehend            0,20 EUR je Posten
EBICS-Zugang                             25,00 EUR / Monat
Habenzins Tagesgeld                      €STR – 0,40 %, mind. 0,00 %

Betroffene Konten (alle Weserland-Gesellschaften):
DE84 2905 8249 9512 3037 20 (Weserland Allgemeine Versicherung AG)
DE04 3705 3190 5836 4635 30 (Weserland Lebensversicherung AG)
DE61 2505 4727 3364 0136 20 (Weserland Krankenversicherung a.G.)

Bitte senden Sie uns das gegengezeichnete Konditionenblatt bis 14.06.

Mit freundlichen Grüßen
Hendrik Lampe
Firmenkundenbetreuer, Weserbank AG
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "WG: Konditionen Geschäftskonten ab 01.07.2024", body),
             "NORMAL", "de", "internal",
             "trap: bank conditions and the insurer's own corporate IBANs")


def m050():
    body = """Dear Mr Fairbanks,

re: Estate of the late Helga Achterkamp (died 9 January 2024)
Our policy L 7.219.554-1 (endowment with term life cover)

Thank you for the certified copy of the German certificate of inheritance
(Erbschein, AG Oldenburg, 17 April 2024) showing three heirs in equal
shares. As no beneficiary was named in the policy, the death benefit falls
into the estate. We will pay as instructed by you as executor:

  death benefit incl. terminal bonus        62,418.90 EUR
  1/3 each                                  20,806.30 EUR

  Jonas Achterkamp     DE28 2505 2426 2856 8328 71
  Sophie Hale          GB21 LOYD 3874 5092 7389 90
  Felix Achterkamp     AT36 4891 4076 2200 3757

Please note that we report the payment to the inheritance tax office
(§ 33 ErbStG) with the names and addresses of the heirs. Payment will be
made on 8 May 2024 unless we hear otherwise from you by 6 May.

Yours sincerely
Tobias Harms
Weserland Lebensversicherung AG – Benefit Payments
"""
    return R(mail("Tobias Harms <leistung-leben@weserland.example>",
                  "Richard Fairbanks <r.fairbanks@fairbanks-law.example>",
                  "Estate Achterkamp – policy L 7.219.554-1 – payment to heirs", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "life death benefit split among named heirs with IBANs, deceased named")

def m051():
    body = """Sehr geehrter Herr Gerdes,

leider haben wir bis heute keinen Zahlungseingang für den Beitrag Ihrer
Kraftfahrtversicherung feststellen können.

Vertrag:          KF 20-6388205
Fahrzeug:         Opel Astra, amtl. Kennzeichen CUX-TG 519
Fälligkeit:       01.03.2024
Beitrag:          287,15 EUR
Mahnkosten:         5,00 EUR
Gesamt:           292,15 EUR

Wir bestimmen Ihnen hiermit eine Zahlungsfrist von zwei Wochen ab Zugang
dieses Schreibens. Zahlen Sie innerhalb dieser Frist nicht, sind wir für
Schadenfälle, die danach eintreten, von der Verpflichtung zur Leistung frei
und berechtigt, den Vertrag fristlos zu kündigen (§ 38 VVG). Im Fall der
Kündigung sind wir verpflichtet, das Ende des Versicherungsschutzes der
Zulassungsbehörde mitzuteilen (§ 25 FZV); diese wird das Fahrzeug
stilllegen.

Bitte überweisen Sie an: Weserland Allgemeine Versicherung AG
IBAN DE84 2905 8249 9512 3037 20 – Verwendungszweck KF 20-6388205

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Inkasso Kraftfahrt
"""
    return R(mail("Weserland Inkasso Kraftfahrt <inkasso-kfz@weserland.example>",
                  "Timo Gerdes <timo.gerdes@cuxmail.example>",
                  "Zahlungsaufforderung nach § 38 VVG – KF 20-6388205", body,
                  charset="windows-1252", cte="quoted-printable"),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "qualified dunning notice: named customer, motor policy and plate (windows-1252)")


def m052():
    body = """Hallo Personalabteilung,

bitte folgende Stellenanzeige ab 01.06. intern und auf dem Karriereportal
veröffentlichen (Kennziffer FIN-2024-17):

------------------------------------------------------------------
Sachbearbeiter Beitragsinkasso / Forderungsmanagement (m/w/d)
Vollzeit oder Teilzeit (ab 30 Std.), Bremen, unbefristet

Ihre Aufgaben
- Bearbeitung von Rücklastschriften, Zahlungsklärungen und Erstattungen
- Mahnwesen einschließlich § 38 VVG und § 193 VVG (Kranken)
- Vereinbarung von Ratenzahlungen und Stundungen mit Kunden in
  finanziellen Schwierigkeiten
- Bearbeitung von Pfändungs- und Überweisungsbeschlüssen und
  Drittschuldnererklärungen
- Zusammenarbeit mit Inkassodienstleister und Shared Service Center

Ihr Profil
- Kaufmännische Ausbildung, gern als Kaufmann/-frau für Versicherungen
  und Finanzanlagen oder Buchhaltung
- SAP-Kenntnisse (idealerweise FS-CD), sicherer Umgang mit Excel
- Freundlicher, klarer Ton auch in schwierigen Gesprächen

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten bis 60 %, Jobrad,
Tarifvertrag private Versicherungswirtschaft.

Bewerbungen bitte über karriere.weserland.example
------------------------------------------------------------------

Danke!
Jens Oltmanns
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Personalmarketing <personalmarketing@weserland.example>",
                  "Stellenanzeige FIN-2024-17 Beitragsinkasso", body),
             "NORMAL", "de", "internal",
             "trap: job ad naming garnishments, dunning, health arrears; no person")


def m053():
    body = """Hallo Tobias,

die BU-Rente für Mai an Herrn Kühling ist zurückgekommen, Rückgabegrund AC04
(Konto erloschen). Details:

  Vertrag:       B 7.498.117-0, BU-Rente seit 01.09.2022
                 (anerkannt wegen Multipler Sklerose, Nachprüfung 2025)
  Betrag:        1.850,00 EUR monatlich + Beitragsbefreiung
  alte IBAN:     DE32 6006 5969 0898 3222 23
  Rückbuchung:   06.05.2024, Bankentgelt 1,20 EUR

Die Juni-Rente habe ich im Zahllauf gesperrt (Zahlsperre Grund 07). Laut
Akte hat seit März seine Betreuerin, Frau Elke Renner, den Aufgabenkreis
Vermögenssorge. Vermutlich wurde das Konto auf ein Betreuungskonto
umgestellt. Kannst du bei der Betreuerin die neue Bankverbindung anfordern?
Den Betreuerausweis haben wir, Kopie in der eAkte vom 14.03.

Gruß
Carola

> Am 06.05.2024 um 08:14 schrieb FS-CD Zahlungsverkehr:
> Rückläufer Zahllauf 20240502-LEI: 1 Posten, 1.850,00 EUR, GP 70041173
"""
    return R(mail("Carola Wübbenhorst <carola.wuebbenhorst@weserland.example>",
                  "Tobias Harms <tobias.harms@weserland.example>",
                  "Rückläufer BU-Rente Mai – B 7.498.117-0", body),
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "returned disability pension payment: diagnosis MS, legal guardian, IBAN")


def m054():
    body = """Dear Ms Bianchi,

thank you for submitting the invoice from Tierarztpraxis am Bürgerpark for
your dog Bruno (Labrador, 6 years): treatment of a torn cruciate ligament,
TPLO surgery on 4 April 2024, invoice total 2,864.10 EUR.

Your pet health policy TK 45-0204418 covers 80 % after the annual excess of
250 EUR:

  invoice                            2,864.10 EUR
  less excess                         -250.00 EUR
  80 % of 2,614.10                   2,091.28 EUR
  less overdue premiums Feb-Apr      -   118.20 EUR  (offset, § 35 VVG)
  payment to you                     1,973.08 EUR

The amount will be transferred to your account DE47 4405 5229 1050 4647 64,
which you gave us in March.

From May your premium will be collected again by direct debit as agreed.

Best regards,
Claims Pet Insurance
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Tierversicherung <tier-leistung@weserland.example>",
                  "Giulia Bianchi <giulia.bianchi@posta-it.example>",
                  "Pet insurance TK 45-0204418 – settlement and premium offset", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "animal health: vet bill settlement with premium offset, named customer's IBAN")


def m055():
    body = """CR-2024-0211 – FS-CD dunning procedure change (Allgemeine, company code WLA)

Requested by: Jens Oltmanns (Receivables Management)
Implemented by: Carsten Meinecke (SAP FS-CD)
Target release: 2024-06 (transport WSDK912334)

Current:
  Dunning procedure 01 (Sach/HUK/Kfz): level 1 reminder at due+14 days,
  level 2 qualified notice (§ 38 VVG) at due+28, level 3 cancellation at
  notice+21, level 4 hand-over to collection agency at cancellation+30.

New:
  - level 2 at due+21 (instead of +28)
  - dunning block reason "R" (instalment plan agreed) must suppress levels
    2-4 until block end date
  - minimum amount for level 3 raised from 5.00 to 10.00 EUR
  - no change to procedures 02 (Life) and 03 (Health, § 193 VVG)

Test cases in QAS with synthetic business partners TEST-DUN-001..012.
Approval: Legal (done), Data Protection (not required, no new data), Head
of Receivables (pending).
"""
    return R(mail("Carsten Meinecke <carsten.meinecke@weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "CR-2024-0211 dunning levels – for approval", body),
             "NORMAL", "en", "internal",
             "trap: SAP change request on dunning levels, synthetic test partners")


def m056():
    body = """Sehr geehrter Herr Lüers,

Sie haben uns folgende Rechnungen zur Erstattung eingereicht:

  Dr. med. Katja Rohde, Kardiologie, Rechnung vom 08.04.2024
    (Langzeit-EKG, Echokardiographie; Diagnose I48.0 Vorhofflimmern)   412,36 EUR
  Apotheke am Ostertor, Eliquis 5 mg 168 St., Rezept vom 08.04.2024       358,21 EUR
  Summe erstattungsfähig (Tarif KV-Komfort 600, 100 %)                 770,57 EUR

Auf Ihrem Beitragskonto sind die Beiträge für März und April 2024
(je 618,90 EUR) noch offen. Nach § 35 VVG verrechnen wir den fälligen
Beitragsrückstand mit Ihrem Erstattungsanspruch:

  Erstattung                          770,57 EUR
  Verrechnung Beiträge 03+04/2024  -1.237,80 EUR
  verbleibender Rückstand             467,23 EUR

Eine Auszahlung erfolgt daher nicht. Bitte überweisen Sie den Restbetrag
von 467,23 EUR bis 31.05.2024. Ab Mai ziehen wir den Beitrag wieder per
Lastschrift ein.

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Leistungsabteilung / Beitragsbuchhaltung
"""
    return R(mail("Weserland Krankenversicherung <leistung-kv@weserland.example>",
                  "Bernd Lüers <bernd.lueers@web-nord.example>",
                  "Leistungsabrechnung und Verrechnung mit Beitragsrückstand", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "claim settlement with diagnosis I48.0 and medicine offset against health premium arrears")


def m057():
    body = """Hallo Beitragsservice,

anbei die Nachricht meines Kunden, bitte die Bankverbindung in allen
Verträgen ändern. Das unterschriebene Mandat lade ich gleich im
Maklerportal hoch.

Mit freundlichen Grüßen
Jörg Ehlers
Versicherungsmakler, Maklerbüro Ehlers e.K.
Bahnhofstraße 12, 27356 Rotenburg (Wümme)
Reg.-Nr. D-K4TR-ZG5NH-71

Von: Bettina Schwenker
Gesendet: Donnerstag, 16. Mai 2024 09:40
An: Jörg Ehlers
Betreff: neue Bank

Hallo Herr Ehlers,
wir haben das Konto gewechsel, bitte bei allen Versicherungen ändern
(Auto, Hausrat, Haftpflicht bei der Weserland). Neue Bank ist die
Volksbank, IBAN DE46 2905 3154 9787 8153 24, Kontoinhaber Bettina und
Frank Schwenker. Ab Juni bitte.
Danke! Bettina
"""
    # insurer staff forwards the broker's mail to the SSC mandate team
    return R(mail("Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "SSC Mandate Management <mandates@ssc.weserland.example>",
                  "WG: Bankverbindung Schwenker – alle Verträge", "Bitte einpflegen, Mandat folgt über Maklerportal. Verträge: KF 20-7308811, HR 31-0188720, PH 33-2901187.\nDanke, Nadine\n\n" + body),
             "CONFIDENTIAL", "de", "broker",
             "broker forwards named customers' new IBAN for motor/household/liability contracts")


def m058():
    body = """Hallo Web-Team,

für die FAQ-Seite "Beitragsbescheinigung" (Service > Steuern) hier die
aktualisierten Texte, abgestimmt mit Steuern und Recht. Bitte bis zum
Versand der Bescheinigungen Mitte Januar online stellen.

F: Warum bekomme ich eine Beitragsbescheinigung?
A: Beiträge zur Basis-Kranken- und Pflegeversicherung können Sie als
Sonderausgaben in der Einkommensteuererklärung geltend machen. Wir
übermitteln die Beträge automatisch an das Finanzamt, sofern uns Ihre
Steuer-Identifikationsnummer vorliegt.

F: Warum erhalte ich zwei Bescheinigungen?
A: Wenn Sie in einem Jahr den Tarif gewechselt oder eine
Beitragsrückerstattung erhalten haben, kann es eine Korrektur geben. Die
spätere Bescheinigung ersetzt die frühere.

F: Mein Arbeitgeber braucht eine Bescheinigung für den Zuschuss.
A: Die Arbeitgeberbescheinigung nach § 257 SGB V ist ein anderes Dokument;
Sie können sie im Kundenportal anfordern.

F: Muss ich die Bescheinigung einreichen?
A: Nein, in der Regel nicht. Bewahren Sie sie für Rückfragen auf.

F: Ich habe einen Selbstbehalt. Kann ich den absetzen?
A: Selbst getragene Krankheitskosten sind keine Beiträge. Sie können sie
ggf. als außergewöhnliche Belastung geltend machen; fragen Sie Ihren
Steuerberater.

Gruß
Oliver Grundmann
"""
    return R(mail("Oliver Grundmann <oliver.grundmann@weserland.example>",
                  "Web-Redaktion <web-redaktion@weserland.example>",
                  "FAQ Beitragsbescheinigung – neue Texte", body),
             "NORMAL", "de", "internal",
             "trap: website FAQ text on health premium certificates, no person")


def m059():
    body = """Dear Ms Lindqvist,

we confirm receipt of your notice of termination of your private health and
long-term care insurance because you are moving back to Sweden and will be
covered by the Swedish public system from 1 July 2024.

Policy:                    K 1210-067733 (KV-Komfort 600, PVN, KT43)
End of contract:           30 June 2024
Premium June 2024:         collected on 3 June as usual
Premium refund:            none due (no advance payments)
Ageing reserve:            the portable part of the ageing reserve cannot
                           be transferred to a Swedish insurer and is not
                           paid out (§ 204 VVG)

If you think you might return to Germany, you can keep your health status
by taking out a "future option" (Anwartschaftsversicherung) for 10 % of
the current premium (about 62 EUR a month). Then you could restart without
a new health assessment; your back condition (lumbar disc, 2022) would
remain covered.

Please let us know by 20 June whether you would like the option. Your
outstanding reimbursement claims (physiotherapy invoices from May) will of
course still be settled after the end of the contract.

Kind regards
Customer Service Health – Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland Krankenversicherung <service-kv@weserland.example>",
                  "Ingrid Lindqvist <ingrid.lindqvist@svenskpost.example>",
                  "Termination of your health insurance K 1210-067733", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "health insurance termination with back condition and physiotherapy mentioned")


def m060():
    body = """Hi Svenja,

pytanie / Frage zum Klärungskonto: on 14 May we received 48.730,00 EUR
from "Nordhaven Re Services B.V." with reference "SETTL Q1 WLA QS-TREATY".
No customer reference, so Cash Application parked it on 1890100.

Ich vermute, das ist die Quotenabrechnung Q1 aus dem Rückversicherungs-
vertrag (intercompany). Können wir das direkt auf das RV-Abrechnungskonto
umbuchen, oder muss das Group Reinsurance Accounting freigeben?

Payer account: NL38 INGB 3151 0634 45 (Nordhaven Re Services B.V.)

Thanks,
Marta
Finance SSC – Cash Application, Gdańsk
"""
    return R(mail("Marta Zielińska <marta.zielinska@ssc.weserland.example>",
                  "Svenja Tietjen <svenja.tietjen@weserland.example>",
                  "Klärungskonto: 48.730,00 EUR von Nordhaven Re", body),
             "NORMAL", "mixed", "internal",
             "trap: unassigned payment from an intercompany reinsurer, company IBAN only")


def m061():
    body = """Sehr geehrter Herr Dr. Saathoff,

vielen Dank für Ihr Angebot zur Verlängerung des Rahmenvertrags über die
außergerichtliche Forderungsbeitreibung. Unsere Punkte nach interner
Abstimmung:

1. Erfolgsprovision: Wir akzeptieren 14 % auf beigetriebene
   Hauptforderungen bis 2.500 EUR und 9 % darüber. Eine Fallpauschale für
   erfolglose Fälle lehnen wir weiterhin ab.
2. Kranken- und Pflegeversicherung: Forderungen aus KV/PPV werden wie
   bisher nicht abgegeben (Notlagentarif, Kündigungsverbot). Bitte den
   entsprechenden Ausschluss in Anlage 2 aufnehmen.
3. Datenschutz: Die Anlage AVV ist nach Art. 28 DSGVO zu aktualisieren
   (neuer Unterauftragnehmer Druckdienstleister). Übermittlung weiterhin
   ausschließlich über SFTP, keine Listen per E-Mail.
4. Berichtswesen: Monatsreport mit Quoten je Sparte, wie im Entwurf.
5. Laufzeit: 01.07.2024 bis 30.06.2026.

Wir bitten um einen überarbeiteten Vertragsentwurf bis 31.05.

Mit freundlichen Grüßen
Jens Oltmanns
Leiter Forderungsmanagement, Weserland Versicherungen
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Dr. Henning Saathoff <h.saathoff@inkasso-hansa.example>",
                  "Rahmenvertrag Forderungsbeitreibung – Verlängerung 2024", body),
             "NORMAL", "de", "insurer-to-supplier",
             "trap: collection-agency contract terms, exclusion of health arrears, no person")


def m062():
    body = """Sehr geehrte Frau Brakhage,

mit der Vollmacht Ihres Klienten Herrn Jürgen Hasselbusch vom 22.04.2024
übersenden wir Ihnen die gewünschte Forderungsaufstellung aller Verträge
bei der Weserland-Gruppe (Stand 21.05.2024):

Weserland Krankenversicherung a.G.
  K 1191-550236  Krankheitskosten KV-Start 1200 + PVN
                 Rückstand 10/2023 – 05/2024, 8 x 433,18 EUR   3.465,44 EUR
                 Säumniszuschläge                                 198,00 EUR
                 Vertrag ruht seit 01.02.2024 (Notlagentarif);
                 Leistungen nur für akute Erkrankungen.
Weserland Allgemeine Versicherung AG
  KF 20-6671400  Kfz, gekündigt 15.01.2024                        402,70 EUR
  PH 33-4120913  Privathaftpflicht, läuft, kein Rückstand           0,00 EUR
Summe                                                           4.066,14 EUR

Einem Vergleich im Rahmen des außergerichtlichen Einigungsversuchs
(§ 305 InsO) stehen wir grundsätzlich offen gegenüber. Sobald Herr
Hasselbusch hilfebedürftig im Sinne des SGB II ist, weisen Sie uns bitte
den Bescheid nach – dann endet das Ruhen des Vertrags.

Mit freundlichen Grüßen
Jens Oltmanns
Forderungsmanagement
"""
    return R(mail("Jens Oltmanns <forderungsmanagement@weserland.example>",
                  "Schuldnerberatung Diakonie Bremen <schuldnerberatung@diakonie-hb.example>",
                  "Forderungsaufstellung Hasselbusch – Ihr Zeichen SB 2024/118", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-debt-counsellor",
             "debt statement of a named person incl. health insurance in emergency tariff")


def m063():
    body = """Sehr geehrter Herr Wilms,

am 01.03.2024 hat Ihre Wohngebäudeversicherung WG 35-2290118 für das Objekt
Am Mühlenteich 3, 27299 Langwedel begonnen. Den Erstbeitrag von
1.312,40 EUR konnten wir trotz Zahlungsaufforderung im Versicherungsschein
und Erinnerung vom 02.04.2024 nicht einziehen; die Lastschrift wurde zweimal
zurückgegeben (AC01 – IBAN fehlerhaft).

Da der Erstbeitrag nicht rechtzeitig gezahlt wurde, treten wir nach § 37
Abs. 1 VVG vom Vertrag zurück. Versicherungsschutz hat nicht bestanden.
Für die Bearbeitung berechnen wir eine angemessene Geschäftsgebühr von
65,00 EUR.

Bitte beachten Sie, dass Ihre finanzierende Bank (Kreissparkasse Verden)
als Sicherungsgläubigerin eine Kopie dieses Schreibens erhält.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Allgemeine <inkasso-sach@weserland.example>",
                  "Andreas Wilms <andreas.wilms@langwedel-mail.example>",
                  "Rücktritt vom Vertrag WG 35-2290118 wegen Nichtzahlung des Erstbeitrags", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "rescission for unpaid first premium, named customer's home address and policy")


def m064():
    body = """Good morning,

daily cash position 23/05/2024, 09:30 (value today, in EUR):

Account                                     Opening        Exp. in      Exp. out      Closing
WLA Weserbank DE84 2905 8249 9512 3037 20   4,118,204     2,331,880    -1,906,410     4,543,674
WLL Weserbank DE04 3705 3190 5836 4635 30   9,902,110     1,210,005    -3,880,117     7,231,998
WLK Weserbank DE61 2505 4727 3364 0136 20   6,004,318     5,880,447    -4,118,902     7,765,863
Cash pool NH (group)                       31,200,000             –             –    31,200,000

Large outflows today: benefit payment run LEI-0523 (life, 3.1m), claims
run KV-0523 (health, 3.9m), reinsurance settlement (0.7m).
Nothing to sweep - all accounts above target balance.

Treasury Weserland
"""
    return R(mail("Aylin Karaca <treasury@weserland.example>",
                  "Group Treasury <group.treasury@nordhaven.example>",
                  "Daily cash position 23/05/2024", body,
                  date=D("2024-05-23 09:34")),
             "NORMAL", "en", "internal",
             "trap: treasury cash position with the insurer's own IBANs and run totals")


def m065():
    body = """Dear Mr O'Donnell,

we have not yet received the premiums for your accident insurance
U 40-1308557 for the quarters January-March and April-June 2024
(2 x 44.10 EUR). Your bank returned the direct debits with "MD06 - refund
requested by payer".

We would like to point out the consequences: if the outstanding amount of
88.20 EUR plus 5.00 EUR dunning costs is not paid within two weeks of this
notice, we will not be liable for accidents that occur after that date and
may terminate the policy (section 38 German Insurance Contract Act). This
would also affect the accident pension for your son Finn, who is
co-insured under this policy.

If you revoked the direct debit on purpose, please let us know how you
would like to pay in future. Bank details for a transfer:
Weserland Allgemeine Versicherung AG, IBAN DE84 2905 8249 9512 3037 20,
reference U 40-1308557.

Kind regards
Receivables Management
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Receivables <forderungsmanagement@weserland.example>",
                  "Kevin O'Donnell <kevin.odonnell@eir-mail.example>",
                  "Overdue premiums – accident insurance U 40-1308557", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "personal line (accident) arrears for named customer and co-insured son")

def m066():
    body = """Dear Mr and Mrs Thornton,

you asked us to cancel the annual travel insurance package RV 52-0441908
(trip cancellation and baggage, family tariff) because you will not travel
this year after all. As the cover had already started on 1 March 2024,
a refund is only possible pro rata from the date we received your
cancellation:

  annual premium paid 01/03/2024            189.00 EUR
  cover 01/03 - 31/05/2024 (3 months)       -47.25 EUR
  refund                                    141.75 EUR

We will transfer the amount to the account from which the premium was
paid (Thornton, DE19 2505 7129 5170 2332 00) within the next few days.
There were no claims under the policy.

Best regards
Nadine Böttjer
Customer Service Premiums
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Paul Thornton <paul.thornton@britmail.example>",
                  "Cancellation of travel insurance RV 52-0441908 – refund", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "travel insurance without health content: named customers, refund and IBAN")


def m067():
    cal = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherungen//Outlook Export//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:wl-ws-dunning-kv-20240612@weserland.example
DTSTAMP:20240527T120000Z
DTSTART;TZID=Europe/Berlin:20240612T130000
DTEND;TZID=Europe/Berlin:20240612T163000
SUMMARY:Workshop: health dunning § 193 VVG – process hand-over to SSC
LOCATION:Teams
DESCRIPTION:Goals: 1) walk the SSC team through the statutory dunning of health and care insurance (no cancellation\\, emergency tariff after 2 months\\, check for welfare dependency). 2) agree which steps stay in Bremen (all contact with customers in difficulty\\, payment plans). 3) template letters EN/DE. No customer cases will be discussed - please use the training system only.
ORGANIZER;CN=Heike Brandstätter:mailto:heike.brandstaetter@weserland.example
ATTENDEE;CN=Marta Zielińska:mailto:marta.zielinska@ssc.weserland.example
ATTENDEE;CN=Piotr Nowakowski:mailto:piotr.nowakowski@ssc.weserland.example
ATTENDEE;CN=Jens Oltmanns:mailto:jens.oltmanns@weserland.example
END:VEVENT
END:VCALENDAR"""
    body = """Dear Marta, dear Piotr,

here is the invitation for the hand-over workshop. Please have a look at
the English version of AA-KV-05 beforehand (in the SharePoint folder
"Health dunning").

Best
Heike
"""
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Marta Zielińska <marta.zielinska@ssc.weserland.example>, Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Invitation: Workshop health dunning § 193 VVG", body,
                  cc="Jens Oltmanns <jens.oltmanns@weserland.example>",
                  atts=[ics("Workshop_Health_Dunning.ics", cal)]),
             "NORMAL", "en", "internal",
             "trap: workshop invitation about health dunning and emergency tariff, no cases")


def m068():
    body = """Sehr geehrte Damen und Herren,

wie von Ihrem Mitarbeiter gewünscht, erhalten Sie anbei die Bescheinigung
über die Beiträge zur privaten Kranken- und Pflegeversicherung für die
Berechnung des Arbeitgeberzuschusses nach § 257 SGB V und § 61 SGB XI
ab 01.07.2024.

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Bescheinigungswesen
"""
    att = pdf("AG-Bescheinigung_K1205-771032.pdf", [
        "Weserland Krankenversicherung a.G. - Kontorhaus am Deich 7 - 28199 Bremen",
        "",
        "Bescheinigung zur Vorlage beim Arbeitgeber",
        "(§ 257 Abs. 2a SGB V, § 61 Abs. 6 SGB XI)",
        "",
        "Arbeitgeber: Hansa Logistik Bremen GmbH, Personalabteilung",
        "Versicherungsnehmer: Lukas Freese, geb. 02.10.1988",
        "Personalnummer lt. Arbeitgeber: 100-4471",
        "Versicherungsnummer: K 1205-771032",
        "",
        "Monatsbeiträge ab 01.07.2024                     Lukas Freese    Ehefrau Anna Freese",
        "Krankheitskostenvollversicherung KV-Komfort 600      498,20 EUR       521,70 EUR",
        "Pflegepflichtversicherung PVN                         58,31 EUR        58,31 EUR",
        "Krankentagegeld KT43 (nicht zuschussfähig)           41,60 EUR             -",
        "",
        "Zuschussfähiger Beitrag gesamt (KV/PV)            1.136,52 EUR",
        "",
        "Das Versicherungsunternehmen bestätigt, dass es die Krankenversicherung nach Art der",
        "Lebensversicherung betreibt und die Voraussetzungen des § 257 Abs. 2a SGB V erfüllt.",
        "",
        "Bremen, 04.06.2024                         Weserland Krankenversicherung a.G.",
    ], "Arbeitgeberbescheinigung")
    return R(mail("Weserland Bescheinigungswesen <bescheinigungen@weserland.example>",
                  "Personalabteilung Hansa Logistik <personal@hansa-logistik.example>",
                  "Arbeitgeberbescheinigung Beitragszuschuss – Ihr Mitarbeiter", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "employer certificate: employee and wife with health/care tariffs, birth date (PDF only)")


def m069():
    text = """Beitragsrechnung Kraftfahrtversicherung 2024/2025

Sehr geehrte Frau Eilers,

Versicherungsschein-Nr.: KF 20-5139820
Fahrzeug: Škoda Octavia Combi, amtl. Kennzeichen DEL-RE 301
Versicherungsjahr: 01.07.2024 – 30.06.2025

Kfz-Haftpflicht, SF 12 (35 %)       312,48 EUR
Vollkasko, SF 9 (40 %), SB 300/150  401,22 EUR
Schutzbrief                          14,90 EUR
Jahresbeitrag (inkl. 19 % VersSt)   728,60 EUR

Zahlweise: jährlich per Überweisung, fällig am 01.07.2024.
Bitte überweisen Sie auf IBAN DE84 2905 8249 9512 3037 20
(Weserland Allgemeine Versicherung AG), Verwendungszweck KF 20-5139820.

Weserland Allgemeine Versicherung AG
"""
    html = """<html><body style="font-family:Helvetica,Arial;font-size:13px;color:#222">
<div style="background:#0a3d62;color:#fff;padding:8px 12px;font-size:16px">Weserland Versicherungen</div>
<h3>Beitragsrechnung Kraftfahrtversicherung 2024/2025</h3>
<p>Sehr geehrte Frau Eilers,</p>
<table cellpadding="4" cellspacing="0" style="border:1px solid #999">
<tr><td>Versicherungsschein-Nr.</td><td>KF 20-5139820</td></tr>
<tr><td>Fahrzeug</td><td>Škoda Octavia Combi, DEL-RE 301</td></tr>
<tr><td>Versicherungsjahr</td><td>01.07.2024 &ndash; 30.06.2025</td></tr>
<tr><td>Kfz-Haftpflicht, SF 12 (35&nbsp;%)</td><td align="right">312,48 EUR</td></tr>
<tr><td>Vollkasko, SF 9 (40&nbsp;%), SB 300/150</td><td align="right">401,22 EUR</td></tr>
<tr><td>Schutzbrief</td><td align="right">14,90 EUR</td></tr>
<tr style="font-weight:bold"><td>Jahresbeitrag (inkl. 19&nbsp;% VersSt)</td><td align="right">728,60 EUR</td></tr>
</table>
<p>Zahlweise: j&auml;hrlich per &Uuml;berweisung, f&auml;llig am 01.07.2024.<br>
Bitte &uuml;berweisen Sie auf IBAN DE84 2905 8249 9512 3037 20 (Weserland Allgemeine Versicherung AG),
Verwendungszweck KF 20-5139820.</p>
<p style="font-size:11px;color:#666">Tipp: Mit SEPA-Lastschrift verpassen Sie keinen Termin. Mandat im Kundenportal
<a href="https://meinkonto.weserland.example/zahlung">meinkonto.weserland.example</a> erteilen.</p>
</body></html>"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Renate Eilers <renate.eilers@delmenhorst-online.example>",
                  "Ihre Beitragsrechnung KF 20-5139820", text, html=html),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor premium invoice with named customer, plate and no-claims class")


def m070():
    body = """Dear colleagues,

please find below the Q1/2024 settlement for the quota share treaty
QS-2022-PA (personal accident portfolio, 30 % cession) - aggregated
figures as usual, individual claims above the reporting threshold were
sent separately via the secure portal.

                                      100 %            ceded 30 %
Gross written premium             3,211,480.00         963,444.00
Return premiums (cancellations)     -84,120.00         -25,236.00
Reinsurance commission 27 %                –          -253,318.68
Paid claims                       1,402,775.00        -420,832.50
Change in reserves                  210,500.00         -63,150.00
Balance in favour of reinsurer                          200,906.82

Payment value 15/05/2024 to your usual account. The return premiums are
mainly cancellations for non-payment (dunning level 3) - no change to
the portfolio quality.

Kind regards
Reinsurance Accounting, Weserland Allgemeine Versicherung AG
"""
    return R(mail("Lars Ehmen <rv-abrechnung@weserland.example>",
                  "Treaty Accounting <treaty.accounting@baltic-re.example>",
                  "QS-2022-PA Q1/2024 settlement", body,
                  date=D("2024-05-08 15:21")),
             "NORMAL", "en", "insurer-to-partner",
             "trap: aggregated reinsurance settlement for accident portfolio")


def m071():
    body = """Hallo Heike,

der Kunde hat die letzten drei Lastschriften zurückgeben lassen (MD06), hier
seine Begründung. Mahnung nach § 193 läuft noch nicht. Ich habe ihm nur den
Eingang bestätigt. Kannst du mit der Leistungsabteilung sprechen, ob die
Kürzung bei der Physio nochmal geprüft wird? Sonst wird das eine
Beschwerde.

Gruß
Nadine

-----Ursprüngliche Nachricht-----
Von: Klaus-Peter Wiechmann <kp.wiechmann@t-netz.example>
Gesendet: Freitag, 31. Mai 2024 17:55
An: service-kv@weserland.example
Betreff: Widerspruch Lastschriften K 1199-318240

Sehr geehrte Damen und Herren,

ich habe meiner Bank gesagt das sie Ihre Lastschriften zurück geben soll,
und ich zahle erst wieder, wenn Sie meine Krankengymnastik bezahlen. Seit
meinem Bandscheibenvorfall (L4/L5) im Januar bekomme ich vom Orthopäden
jeweils 12 x KG-Gerät verordnet, Sie haben die letzten zwei Rechnungen der
Praxis Physio Vegesack (486,00 und 512,40 EUR) nur zur Hälfte erstattet,
angeblich weil das über dem Höchstsatz liegt. Das sehe ich nicht ein, ich
zahle jeden Monat über 700 Euro an Sie!!

Klaus-Peter Wiechmann
"""
    return R(mail("Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "WG: Widerspruch Lastschriften K 1199-318240", body),
             "STRICTLY_CONFIDENTIAL", "de", "customer",
             "customer text forwarded: disc herniation, physiotherapy invoices, revoked debits in health")


def m072():
    body = """Hallo Nadine,

bitte die Erstattung an Herrn Tobias Reents (KF 20-7766051, Kündigung wegen
Fahrzeugverkauf, Erstattungsbetrag 344,10 EUR) NICHT an ihn auszahlen. Bei
uns ist heute ein Pfändungs- und Überweisungsbeschluss des AG Bremen
eingegangen (Az. 245 M 1877/24, Gläubigerin: Stadtwerke Bremen Energie AG,
Forderung 1.206,40 EUR). Gepfändet sind "sämtliche Ansprüche aus Versicherungsverträgen,
insbesondere auf Beitragsrückerstattung".

Ich habe im FS-CD eine Zahlsperre (Grund P) gesetzt. Die
Drittschuldnererklärung geht morgen raus, danach zahlen wir an die
Gläubigerin aus.

Danke und Gruß
Frauke
Drittschuldnerstelle
"""
    return R(mail("Frauke Lüdeking <frauke.luedeking@weserland.example>",
                  "Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Zahlsperre Erstattung Reents – PfÜB eingegangen", body),
             "CONFIDENTIAL", "de", "internal",
             "garnishment blocks refund of a named motor customer")


def m073():
    body = """Hallo Matthias,

Ergebnis der Abstimmung Nebenbuch FS-CD gegen Hauptbuch per 31.05.2024:

Buchungskreis  Sachkonto   Nebenbuch EUR     Hauptbuch EUR    Differenz
WLA            2710000     6.641.118,20      6.641.118,20          0,00
WLL            2710000     3.879.402,77      3.879.662,77       -260,00
WLK            2710000     4.074.009,13      4.074.009,13          0,00
alle           1890100 (Klärungskonto)     211.877,40              –

Die Differenz in WLL (260,00 EUR) ist eine Sammelbuchung aus dem Zahllauf
vom 31.05. (Beleg 1400088213), die wegen des Periodenabschlusses erst am
03.06. im Nebenbuch angekommen ist. Keine Korrektur nötig, nur
Zeitversatz.

Klärungskonto: 214 Posten, davon 37 älter als 60 Tage (Summe 18.902,15 EUR);
Svenja geht die Altposten bis 14.06. durch.

Gruß
Lars
"""
    return R(mail("Lars Ehmen <lars.ehmen@weserland.example>",
                  "Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Abstimmung NB/HB Mai – 1 Differenz Zeitversatz", body),
             "NORMAL", "de", "internal",
             "trap: sub-ledger reconciliation totals and suspense account counts")


def m074():
    body = """Dear Mrs Petersen-Clarke,

thank you for sending us the assessment of the Medicproof expert
(assessment of 21 May 2024). Your mother, Mrs Elfriede Petersen, has been
placed in care level 3 (Pflegegrad 3) with effect from 1 May 2024.

Under her long-term care daily allowance tariff PTG (EUR 50 per day at
care level 5, graded by care level) we will pay:

  care level 3: 40 % of EUR 50.00 = EUR 20.00 per day
  May 2024: 31 days                 EUR 620.00
  from June: monthly in advance     approx. EUR 600.00-620.00

As you hold a power of attorney for your mother, we will transfer the
payments to the account you gave us:
  account holder: Elfriede Petersen
  IBAN DE02 2905 7329 9460 2403 24

From now on, your mother no longer has to pay premiums for the PTG tariff
(premium waiver from care level 3). The premium for her compulsory care
insurance (PVN) remains payable; the direct debit continues as before.

Kind regards
Benefits Long-term Care
Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland Long-term Care <leistung-pflege@weserland.example>",
                  "Karen Petersen-Clarke <karen.pclarke@homemail.example>",
                  "Care daily allowance for Mrs Elfriede Petersen – payment", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "care level 3 of a named person, care allowance payment and IBAN")


def m075():
    body = """Hi Nadine,

we received the new SEPA mandate for Mr. Gruber, but the IBAN is Austrian.
Wir dürfen AT-Konten einziehen (SEPA), nur zur Sicherheit: Should we change
the mandate for both contracts or only Kfz? Der Kunde hat angekreuzt
"alle Verträge".

  Customer:  Michael Gruber, now living in Salzburg
  Contracts: KF 20-7450932 (Kfz), HR 31-0266045 (Hausrat, address
             Bremen – maybe to be cancelled?)
  New IBAN:  AT08 4225 3776 2250 2532
  Signed:    03/06/2024

Bitte kurz bestätigen, then we activate the mandate for the July run.

Thanks, Marta
"""
    return R(mail("Marta Zielińska <marta.zielinska@ssc.weserland.example>",
                  "Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Mandat Gruber – AT IBAN / alle Verträge?", body),
             "CONFIDENTIAL", "mixed", "internal",
             "new mandate: named customer, Austrian IBAN, motor and household contracts")

def m076():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#1b2a49;color:#fff;padding:14px">
<b>ReceivaPro Insights</b> &middot; June 2024</td></tr>
<tr><td style="padding:14px">
<h2>Release 8.3: smarter dunning for insurers</h2>
<p>Our new release brings rule-based dunning paths for every line of business: qualified
notices for P&amp;C, statutory dunning for German private health insurers (&sect; 193 VVG)
including automatic emergency-tariff switching, and grace-period handling for life.</p>
<ul>
<li>Payment-plan wizard with affordability check &ndash; designed for customers in financial difficulty</li>
<li>Return-debit analytics dashboard (reason codes, re-presentation success rate)</li>
<li>Garnishment workbench: import court orders, calculate protected amounts, generate third-party debtor statements</li>
</ul>
<p>Customer story: &ldquo;We cut our return-debit costs by 23&nbsp;%&rdquo; &ndash; Head of Receivables at a mid-sized German composite insurer.</p>
<p><a href="https://www.receivapro.example/release-8-3">Read the release notes</a> &middot;
<a href="https://www.receivapro.example/webinar">Register for the webinar on 4 July</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:14px">ReceivaPro Software GmbH, Hamburg &middot; You receive this newsletter because you registered at our booth. <a href="https://www.receivapro.example/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>"""
    text = """ReceivaPro Insights - June 2024

Release 8.3: smarter dunning for insurers
Rule-based dunning paths for every line of business: qualified notices for
P&C, statutory dunning for German private health insurers (section 193 VVG)
incl. automatic emergency-tariff switching, grace periods for life.

- Payment-plan wizard with affordability check
- Return-debit analytics dashboard
- Garnishment workbench

Release notes: https://www.receivapro.example/release-8-3
Webinar 4 July: https://www.receivapro.example/webinar
"""
    fwd = "Jens, looks interesting for the FS-CD replacement discussion? Carsten\n\n---------- Forwarded message ---------\nFrom: ReceivaPro Insights <news@receivapro.example>\nDate: Tue, 11 Jun 2024 at 10:02\nSubject: Release 8.3: smarter dunning for insurers\n\n" + text
    return R(mail("Carsten Meinecke <carsten.meinecke@weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Fwd: Release 8.3: smarter dunning for insurers", fwd, html=html),
             "NORMAL", "en", "newsletter",
             "trap: vendor newsletter on dunning, emergency tariff and garnishments")


def m077():
    body = """Sehr geehrter Herr Dahlke,

wie telefonisch besprochen erhalten Sie anbei die Stundungsvereinbarung zu
Ihrer Rentenversicherung. Bitte unterschreiben Sie die Vereinbarung und
senden Sie sie uns bis zum 12.07.2024 zurück – gern auch als Scan per Mail.

Mit freundlichen Grüßen
Carola Wübbenhorst
Inkasso Leben
Weserland Lebensversicherung AG
"""
    att = odt("Stundungsvereinbarung_L7.311.642-9.odt", [
        "Stundungsvereinbarung",
        "zwischen der Weserland Lebensversicherung AG, Kontorhaus am Deich 7, 28199 Bremen",
        "und Herrn Stefan Dahlke, geb. 23.08.1975, Wachmannstraße 61, 28209 Bremen",
        "Vertrag: L 7.311.642-9, Private Rentenversicherung mit Berufsunfähigkeits-Zusatzversicherung",
        "1. Die Beiträge für Juli bis Dezember 2024 (6 x 175,00 EUR = 1.050,00 EUR) werden gestundet.",
        "2. Der Versicherungsschutz einschließlich der BUZ bleibt in voller Höhe bestehen.",
        "3. Die gestundeten Beiträge werden ab Januar 2025 in 12 Monatsraten zu je 87,50 EUR zusätzlich zum laufenden Beitrag nachgezahlt. Stundungszinsen werden nicht erhoben.",
        "4. Grund der Stundung: vorübergehende Arbeitslosigkeit nach Betriebsschließung (Bescheid der Agentur für Arbeit liegt vor).",
        "5. Werden die Raten nicht gezahlt, gelten die gesetzlichen Regeln zum Zahlungsverzug (§ 38 VVG).",
        "Bremen, den 02.07.2024",
        "Weserland Lebensversicherung AG                    ______________________ Stefan Dahlke",
    ])
    return R(mail("Carola Wübbenhorst <inkasso-leben@weserland.example>",
                  "Stefan Dahlke <stefan.dahlke@wesermail.example>",
                  "Ihre Stundungsvereinbarung", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; ODT deferral agreement for a life/BUZ contract with birth date and unemployment")


def m078():
    body = """Sehr geehrte Frau Oetken,

Ihre Hausratversicherung HR 31-0074419 endet zum 30.06.2024, da Sie in
eine Seniorenwohnanlage mit Hausrat-Pauschalversicherung umgezogen sind
(Sonderkündigungsrecht bei Wegfall des Interesses).

Abrechnung:
  gezahlter Jahresbeitrag 01.01.–31.12.2024       134,60 EUR
  Beitrag 01.01.–30.06.2024                       -66,94 EUR
  Guthaben                                         67,66 EUR

Wir überweisen das Guthaben in den nächsten Tagen auf Ihr Konto
IBAN DE24 2907 1484 4957 5828 18.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Beitragsservice
"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Hannelore Oetken <h.oetken@ewe-mail.example>",
                  "Vertragsende Hausrat HR 31-0074419 – Beitragsabrechnung", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "household contract ending, refund and IBAN of a named customer")


def m079():
    body = """Willkommen bei Meine Weserland!

Ihr Aktivierungscode für das Kundenportal lautet:

    7K4-QX9-2MP

Der Code ist 72 Stunden gültig und kann nur einmal verwendet werden.
Geben Sie ihn unter https://meinkonto.weserland.example/aktivieren ein und
vergeben Sie anschließend ein eigenes Passwort.

Im Portal können Sie u. a. Ihre Bankverbindung ändern, Beitragsrechnungen
und Beitragsbescheinigungen abrufen und Rechnungen einreichen.

Sie haben die Registrierung nicht angefordert? Dann ignorieren Sie diese
Nachricht bitte.

Ihre Weserland Versicherungen
"""
    return R(mail("Meine Weserland <noreply@weserland.example>",
                  "f.tammen@nordsee-net.example",
                  "Ihr Aktivierungscode für Meine Weserland", body),
             "NORMAL", "de", "insurer-to-customer",
             "trap: portal activation code, no contract or personal data")


def m080():
    body = """Hallo zusammen,

anbei die Monatsliste Umstellungen Notlagentarif / Rückumstellungen Juni
2024 für die Controlling-Meldung und zur Prüfung der Hilfebedürftigkeit.
Bei den zwei Fällen mit "SGB II?" bitte bis 15.07. beim Kunden nachhaken.

Heike
"""
    att = xlsx("NLT_Umstellungen_2024-06.xlsx", [("Juni 2024", [
        ["Vers.-Nr.", "Name", "geb.", "Tarif alt", "Vorgang", "ab", "Rückstand EUR", "Bemerkung"],
        ["K 1191-550236", "Hasselbusch, Jürgen", "12.03.1970", "KV-Start 1200/PVN", "Umstellung NLT", "01.02.2024", 3663.44, "Schuldnerberatung Diakonie"],
        ["K 1203-114563", "Sievers, Dirk", "09.02.1964", "KV-Start 1200/PVN", "Umstellung NLT", "01.06.2024", 1878.40, "SGB II?"],
        ["K 1187-009315", "Brandt, Monika", "28.07.1958", "KV-Komfort 300/PVN", "Umstellung NLT", "01.06.2024", 2904.12, "laufende Dialysebehandlung, akut"],
        ["K 1200-641190", "Ünal, Serkan", "15.05.1981", "KV-Komfort 600/PVN", "Rückumstellung", "01.06.2024", 0.0, "Rückstand vollständig gezahlt"],
        ["K 1195-227604", "Jacobs, Heiko", "04.11.1966", "KV-Start 1200/PVN", "Umstellung NLT", "01.06.2024", 2210.88, "SGB II?"],
    ])])
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Inkasso Kranken <inkasso-kv@weserland.example>",
                  "NLT-Liste Juni 2024", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "list of named insureds switched to emergency tariff with birth dates, dialysis (XLSX)")


def m081():
    body = """Dear Mr Nguyen,

as requested we have changed the payment frequency of your legal expenses
insurance RS 38-1120447 from annual to monthly with effect from
1 August 2024.

  annual premium (unchanged)           289.20 EUR
  monthly instalment surcharge 5 %      14.46 EUR
  monthly premium from 01/08/2024       25.31 EUR

The premium will be collected on the first working day of each month from
your account ending ...7003 under mandate reference WLA-RS381120447-01.
The annual premium you paid on 1 January 2024 covers the period until
31 July 2024, so the first monthly collection is on 1 August.

Kind regards
Customer Service Premiums
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Customer Service <beitragsservice@weserland.example>",
                  "Minh Nguyen <minh.nguyen@vn-mail.example>",
                  "Change of payment frequency – RS 38-1120447", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's legal expenses policy, premium and partial account number")


def m082():
    body = """Internal Audit – Memo IA-2024-07 (summary)
Subject: Payment runs for refunds and benefit payments

Scope: refunds (P&C), benefit payments (life, health), January-May 2024,
SAP FS-CD and F110 payment runs, Weserland Allgemeine/Leben/Kranken.

Findings
1. (medium) Changes of payee bank details and release of the payment to
   that new account can be done by the same user in 3 of 11 teams. In the
   sample, 4 out of 60 refunds were paid to an account changed less than
   48 hours before by the same user. No fraud indication was found.
2. (low) Payment proposal lists are exported to Excel and sent by email
   to the approver. The lists are not needed for the approval, which is
   done in the system.
3. (low) The emergency payment procedure (manual transfer via EBICS
   client) has no documented limit.

Recommendations
- enforce four-eyes principle for bank detail changes (role split)
- stop Excel exports of payment proposals
- define limit of 25,000 EUR for manual payments with two signatures

Management responses due by 31 July 2024.
"""
    return R(mail("Internal Audit <interne-revision@weserland.example>",
                  "Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "IA-2024-07 payment runs – draft memo", body,
                  cc="Aylin Karaca <aylin.karaca@weserland.example>"),
             "NORMAL", "en", "internal",
             "trap: audit memo on payment runs and bank-detail changes, no cases")


def m083():
    body = """Dear Ms Moreau,

we have settled the invoices you submitted on 12 June 2024 under your
international health plan K 1211-205564 (tariff Global Expat 1):

  Date        Provider                          Treatment / item                  Invoiced    Reimbursed
  02/05/2024  Dr. Élise Fournier, Lyon          GP consultation, bronchitis        30.00 EUR     30.00 EUR
  02/05/2024  Pharmacie du Parc, Lyon           amoxicillin 1 g, salbutamol        24.80 EUR     24.80 EUR
  17/05/2024  Centre d'imagerie Lyon-Est        chest X-ray                        57.00 EUR     57.00 EUR
  29/05/2024  Dr. Karim Benali, Lyon            follow-up, pulmonary function test 65.00 EUR     58.50 EUR
  Total                                                                          176.80 EUR    170.30 EUR

The pulmonary function test was reduced to the customary fee (90 %).
The amount of EUR 170.30 will be transferred to your French account
FR17 2980 6936 5996 0097 5615 221 as requested (SEPA, no fees).

Your premium for July is still outstanding; we have not offset it, as you
told us you will pay it next week.

Kind regards
Claims & Payments International
Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland International Health <international-kv@weserland.example>",
                  "Camille Moreau <camille.moreau@orange-mail.example>",
                  "Your claim settlement K 1211-205564", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "health claim settlement with diagnoses, medicines and French IBAN")


def m084():
    body = """Sehr geehrte Damen und Herren,

gemäß § 25 Abs. 1 Fahrzeug-Zulassungsverordnung zeigen wir an, dass für das
nachstehende Fahrzeug kein Versicherungsschutz mehr besteht:

  Halter:                 Nico Schepers, Hafenweg 112, 26954 Nordenham
  amtl. Kennzeichen:      BRA-NS 730
  FIN:                    WVWZZZ1KZ8W412207
  Versicherer:            Weserland Allgemeine Versicherung AG (VU-Nr. 5712)
  Versicherungsschein:    KF 20-6900481
  Ende des Versicherungsschutzes: 29.01.2024, 24:00 Uhr
  Grund:                  Kündigung wegen Zahlungsverzug (§ 38 VVG)

Die elektronische Meldung über das GDV-Verfahren ist wegen einer Störung
am 30.01. nicht durchgegangen; wir holen sie hiermit nach.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Kraftfahrt-Betrieb / VU-Meldungen
"""
    return R(mail("Weserland Kraftfahrt <kfz-betrieb@weserland.example>",
                  "Zulassungsstelle Landkreis Wesermarsch <zulassung@lkbra.example>",
                  "Anzeige nach § 25 FZV – BRA-NS 730", body,
                  date=D("2024-02-06 10:02")),
             "CONFIDENTIAL", "de", "insurer-to-authority",
             "notice to registration office: named keeper, address, plate, VIN, cancellation for non-payment")


def m085():
    body = """Liebe Kolleginnen und Kollegen aus Leistung und Beitragsservice,

ab dem 09.10.2025 prüfen alle Banken bei Überweisungen, ob der Name des
Empfängers zur IBAN passt (Verification of Payee). Wir als Versicherer
senden Sammelaufträge und werden uns voraussichtlich für die Prüfung
entscheiden (kein Opt-out), um Fehlzahlungen zu vermeiden.

Was heißt das praktisch?
- Der Kontoinhaber muss in den Stammdaten so erfasst sein, wie er bei der
  Bank heißt. "Familie Meyer" oder "Herr u. Frau" führen zu "no match".
- Bei Zahlungen an Dritte (Werkstatt, Krankenhaus, Erben, Betreuer) immer
  den Namen des Kontoinhabers erfassen, nicht den des Kunden.
- Rückmeldungen "close match" werden im Zahllauf protokolliert; die
  Zahlung wird trotzdem ausgeführt. Bei "no match" stoppt der Zahllauf die
  Position, und sie landet im Arbeitsvorrat "ZV-Prüfung".

Eine Schulung (30 Minuten) gibt es im September. Fragen gern an mich.

Viele Grüße
Aylin Karaca, Zahlungsverkehr
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Leistung und Beitrag Verteiler <leistung-beitrag-alle@weserland.example>",
                  "Info: Empfängerüberprüfung (VoP) ab Oktober 2025", body),
             "NORMAL", "de", "internal",
             "trap: internal information about verification of payee, no person")


def m086():
    body = """Guten Tag Frau Siemer,

anbei erhalten Sie unser Schreiben vom heutigen Tag.

Freundliche Grüße
Ihre Weserland Versicherungen

--
Dies ist eine automatisch erzeugte Nachricht aus unserem Dokumentenversand.
"""
    att = pdf("Schreiben_2024-07-02.pdf", [
        "Weserland Krankenversicherung a.G.  -  Kontorhaus am Deich 7  -  28199 Bremen",
        "",
        "Frau Anja Siemer",
        "Lindenallee 9",
        "27749 Delmenhorst",
        "                                                           Bremen, 02.07.2024",
        "Zahlungserinnerung",
        "Versicherungsnummer: K 1208-512277 - Zahnzusatzversicherung Tarif ZahnPlus 90",
        "",
        "Sehr geehrte Frau Siemer,",
        "für Ihre Zahnzusatzversicherung sind folgende Beiträge offen:",
        "   Mai 2024        29,40 EUR",
        "   Juni 2024       29,40 EUR",
        "   Rücklastschriftgebühren 2 x 3,00 EUR",
        "   offen gesamt    64,80 EUR",
        "",
        "Bitte beachten Sie: Ihre Leistungszusage für die geplante Implantatversorgung (Regio 36,",
        "Heil- und Kostenplan Dr. Yıldız vom 14.05.2024) setzt voraus, dass der Vertrag",
        "zum Behandlungszeitpunkt nicht wegen Zahlungsverzugs gekündigt ist.",
        "",
        "Bitte überweisen Sie bis 16.07.2024 auf IBAN DE61 2505 4727 3364 0136 20.",
        "",
        "Mit freundlichen Grüßen",
        "Weserland Krankenversicherung a.G.",
    ], "Zahlungserinnerung")
    return R(mail("Weserland Dokumentenversand <dokumente@weserland.example>",
                  "anja.siemer@delmenhorst-online.example",
                  "Ihr Schreiben von Weserland", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "body says only 'Schreiben anbei'; PDF: dental insurance arrears and planned implant")


def m087():
    body = """Dear Mr Haraldsen,

thank you for choosing Weserland for your car insurance (policy
KF 20-7802214, Tesla Model 3, plate HB-TH 2024, start 1 August 2024).

We have not yet received the signed SEPA direct debit mandate. The
mandate you filled in online was not confirmed because the account holder
field was empty. Without a valid mandate we cannot collect the first
premium of 94.75 EUR, and under German law cover can be lost if the first
premium is not paid on time (section 37 VVG).

Please either
- confirm the mandate in our portal (Payments > Direct debit), or
- transfer 94.75 EUR to Weserland Allgemeine Versicherung AG,
  IBAN DE84 2905 8249 9512 3037 20, reference KF 20-7802214,
by 9 August 2024.

Kind regards
Customer Service Premiums
"""
    return R(mail("Weserland Customer Service <beitragsservice@weserland.example>",
                  "Erik Haraldsen <erik.haraldsen@nordmail.example>",
                  "Missing direct debit mandate – KF 20-7802214", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's new motor policy, plate and first-premium reminder")


def m088():
    body = """Weserland Kundenmagazin "Rückenwind" – Ausgabe Herbst 2024

Steuertipp: Versicherungsbeiträge richtig absetzen

Viele Versicherungsbeiträge mindern Ihre Steuerlast. Das Wichtigste im
Überblick:

- Basis-Kranken- und Pflegeversicherung: voll absetzbar als
  Sonderausgaben (Anlage Vorsorgeaufwand). Die Beiträge melden private
  Krankenversicherer automatisch ans Finanzamt.
- Zusatzversicherungen, Haftpflicht, Unfall, Berufsunfähigkeit,
  Risikolebensversicherung: als "sonstige Vorsorgeaufwendungen" nur im
  Rahmen der Höchstbeträge (1.900 / 2.800 EUR), die meist schon durch die
  Basisbeiträge ausgeschöpft sind.
- Rürup-Rente: 2024 zu 100 % als Altersvorsorge absetzbar, bis 27.566 EUR
  (Verheiratete das Doppelte).
- Kfz-Kasko, Hausrat, Wohngebäude: privat nicht absetzbar – außer bei
  vermieteten Objekten oder beruflicher Nutzung.

Tipp: Wer die Beitragsrückerstattung seiner PKV erhält, sollte rechnen,
ob sich das lohnt – sie mindert den Sonderausgabenabzug.

Außerdem in dieser Ausgabe: Sturmsaison – so schützen Sie Dach und
Carport; Interview mit unserer Leiterin Kundenservice; Gewinnspiel.

Online lesen: https://www.weserland.example/rueckenwind
Abmelden: https://www.weserland.example/newsletter/abmelden
"""
    return R(mail("Weserland Kundenmagazin <newsletter@weserland.example>",
                  "Newsletter-Empfänger <newsletter-liste@weserland.example>",
                  "Rückenwind Herbst 2024: Versicherungsbeiträge richtig absetzen", body),
             "NORMAL", "de", "newsletter",
             "trap: customer magazine tax tips on health/care premiums, no person")


def m089():
    body = """Ticket INC0051290 – Priority 3 – Assigned: SAP FS-CD support

Short description: Hospital direct-billing payments – returned transfers
not posted

Description:
Since the bank change of two hospital groups in June, returned credit
transfers for hospital direct billing (Klinik-Card payments) are no longer
matched automatically. The camt.054 return contains the end-to-end ID of
the original payment, but the lookup table ZKV_KLINIK_BANK still has the
old bank account of the hospital groups, so the match fails.

Affected: 9 returned payments in June, all to the same two hospital
groups (institution codes 260400112 and 260410937). The payments are
parked on clearing account 1890300. No impact on patients; the hospitals
have been informed and will re-send their new bank details.

Requested: update of ZKV_KLINIK_BANK from the hospital master data and
re-run of job ZKV_RET_MATCH for June.

Reported by: Piotr Nowakowski (SSC Payments)
"""
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "SAP FS-CD Support <sap-fscd-support@weserland.example>",
                  "INC0051290 hospital direct-billing returns not matched", body),
             "NORMAL", "en", "internal",
             "trap: IT ticket on hospital direct-billing returns, institutions only, no patient")


def m090():
    body = """Dear Mrs Ashworth, sehr geehrte Frau Ashworth,

vielen Dank für Ihre Mail. Zur Sicherheit antworten wir auf Deutsch und
Englisch.

Der Beitrag Ihrer Wohngebäudeversicherung WG 35-1987730 für das Haus
Hollerallee 22, 28209 Bremen wurde für 2024 versehentlich doppelt gezahlt:
einmal per Lastschrift am 15.01.2024 und einmal per Überweisung von Ihrem
Ehemann am 19.01.2024 (je 1.046,30 EUR). Den doppelt gezahlten Betrag
erstatten wir auf das Konto, von dem die Überweisung kam:
Kontoinhaber Simon Ashworth, IBAN GB69 NWBK 1373 3445 6991 19.

In short: your buildings insurance premium for 2024 was paid twice (direct
debit and a transfer from your husband). We will refund EUR 1,046.30 to
your husband's UK account shown above within a week. No action needed.

Mit freundlichen Grüßen / Kind regards
Nadine Böttjer
"""
    return R(mail("Nadine Böttjer <beitragsservice@weserland.example>",
                  "Helen Ashworth <helen.ashworth@britmail.example>",
                  "AW: double payment / doppelte Zahlung WG 35-1987730", body),
             "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "buildings policy, insured address, refund to husband's UK IBAN")


def m091():
    body = """Hallo Lars,

anbei die Rechnung von PayNord für Juni zur Buchung, Kostenstelle 4710.
Sieht plausibel aus, Stückzahlen wie im Mai. Einfach buchen bitte.

Aylin

----
PayNord Payment Services GmbH – Invoice 2024-06-1187
Customer: Weserland Versicherungen (group), customer no. 40091
Period: 01/06/2024 - 30/06/2024

Service                                         Qty        Unit     Amount EUR
Online payment page (card/PayPal) base fee        1      290.00        290.00
Card transactions (premium payments)          1,884        0.19        357.96
Card transactions disagio 1.2 % on 311,402.00                        3,736.82
PayPal transactions                             612        0.35        214.20
Chargebacks                                       7       15.00        105.00
Net                                                                  4,703.98
VAT 19 %                                                               893.76
Total                                                                5,597.74

Payment by direct debit from your account on 15/07/2024.
PayNord Payment Services GmbH · Hamburg · www.paynord.example
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Lars Ehmen <lars.ehmen@weserland.example>",
                  "Rechnung PayNord 06/2024 – bitte buchen", body),
             "NORMAL", "mixed", "internal",
             "trap: payment service provider fee invoice, counts and amounts only")

def m092():
    body = """Sehr geehrter Herr Kramer,

wir möchten Sie darüber informieren, dass uns am 05.07.2024 ein Pfändungs-
und Überweisungsbeschluss des Amtsgerichts Bremen (Az. 243 M 2210/24)
zugestellt worden ist. Gläubigerin ist die Creditplus Hanse Bank AG.
Gepfändet sind Ihre Ansprüche aus der Rentenversicherung L 7.440.918-2.

Für Sie wichtig:
- Ihr Vertrag ist eine Basisrente (Rürup). Ansprüche aus diesem Vertrag
  sind nach § 851c ZPO wie Arbeitseinkommen geschützt; vor Rentenbeginn
  ist eine Kündigung und Auszahlung ohnehin ausgeschlossen. Wir haben das
  der Gläubigerin in unserer Drittschuldnererklärung mitgeteilt.
- Ihre Beiträge laufen unverändert weiter (monatlich 250,00 EUR per
  Lastschrift).
- Ihre Berufsunfähigkeits-Zusatzversicherung (BUZ) ist von der Pfändung
  ebenfalls nicht erfasst (§ 850b ZPO).

Wenn Sie Fragen zur Pfändung selbst haben, wenden Sie sich bitte an die
Gläubigerin oder eine Schuldnerberatung.

Mit freundlichen Grüßen
Frauke Lüdeking
Drittschuldnerstelle
Weserland Lebensversicherung AG
"""
    return R(mail("Frauke Lüdeking <drittschuldner@weserland.example>",
                  "Martin Kramer <martin.kramer@bremen-net.example>",
                  "Pfändung Ihrer Rentenversicherung L 7.440.918-2", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "garnishment of a named customer's pension/BUZ contract")


def m093():
    body = """Sehr geehrte Frau Harjes,

zur Hauptfälligkeit am 01.10.2024 ändert sich der Beitrag Ihrer
Wohngebäudeversicherung WG 35-1044381 (Objekt Worpsweder Straße 40,
28865 Lilienthal) aufgrund der Anpassung des gleitenden Neuwertfaktors von
21,8 auf 23,1.

Vorabinformation zum SEPA-Lastschrifteinzug (Pre-Notification):
  Gläubiger-ID:         DE71ZZZ00001822934
  Mandatsreferenz:      WLA-WG351044381-01
  Betrag:               864,92 EUR (bisher 816,21 EUR)
  Fälligkeit/Einzug:    01.10.2024
  Konto:                IBAN DE48 2003 3469 9066 8132 91

Sie müssen nichts weiter tun. Bitte sorgen Sie für ausreichende Deckung
Ihres Kontos, um Rücklastschriftgebühren zu vermeiden.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Elke Harjes <elke.harjes@lilienthal-mail.example>",
                  "Vorabinformation Lastschrift – WG 35-1044381", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "pre-notification: named customer, property address, IBAN, mandate")


def m094():
    body = """Hi Carsten,

for the new monthly export of premium accounting postings to the group
consolidation system (NH-CONSOL), here is the agreed field specification.
The attached sample contains only the header and two dummy lines; the
real file will be aggregated per company code, G/L account, line of
business and posting period - no contract or customer level.

Field list (semicolon-separated, UTF-8, decimal comma):
 1 COMPANY_CODE        WLA/WLL/WLK
 2 PERIOD              YYYYMM
 3 GL_ACCOUNT          8 digits
 4 LOB                 MOTOR, PROPERTY, LIAB, ACC, LIFE, HEALTH, LTC
 5 POSTING_TYPE        PREM_WRITTEN, PREM_RETURN, DUNNING_FEE, WRITE_OFF, BAD_DEBT_ALLOW
 6 AMOUNT_EUR          signed
 7 COUNT_ITEMS         integer
 8 SOURCE              FSCD

Delivery WD+3, SFTP to /consol/in/weserland/.

Piotr
"""
    att = csvfile("NH-CONSOL_sample.csv", [
        ["COMPANY_CODE", "PERIOD", "GL_ACCOUNT", "LOB", "POSTING_TYPE", "AMOUNT_EUR", "COUNT_ITEMS", "SOURCE"],
        ["WLA", "202406", "71000000", "MOTOR", "PREM_WRITTEN", "1234,56", "10", "FSCD"],
        ["WLK", "202406", "71000000", "HEALTH", "WRITE_OFF", "-99,00", "1", "FSCD"],
    ])
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Carsten Meinecke <carsten.meinecke@weserland.example>",
                  "NH-CONSOL export – field spec and sample", body, atts=[att]),
             "NORMAL", "en", "internal",
             "trap: accounting export spec with aggregated dummy sample (CSV)")


def m095():
    body = """Sehr geehrter Herr Dr. Husmann,

Ihre Patientin Frau Ute Rademacher (Versicherungsnummer K 1201-887120,
Basistarif) hat uns Ihre Rechnung vom 02.07.2024 zur Direktabrechnung
übersandt. Für Versicherte im Basistarif sind die Gebühren nach § 75
Abs. 3a SGB V begrenzt (ärztliche Leistungen 1,2-facher Satz,
technische Leistungen 1,0-fach, Labor 0,9-fach).

  GOÄ 1      Beratung               2,3-fach   10,72 EUR -> 1,2-fach   5,60 EUR
  GOÄ 5      Untersuchung           2,3-fach   10,72 EUR -> 1,2-fach   5,60 EUR
  GOÄ 651    EKG                    1,8-fach   26,54 EUR -> 1,0-fach  14,75 EUR
  GOÄ 3511   Blutzucker             1,15-fach   4,03 EUR -> 0,9-fach   3,15 EUR
  Diagnose laut Rechnung: E11.9 Diabetes mellitus Typ 2, I10.90 Hypertonie

  Rechnungsbetrag                52,01 EUR
  erstattungsfähig               29,10 EUR

Den Betrag von 29,10 EUR haben wir auf Ihr Praxiskonto
DE98 2003 2884 0053 0172 13 überwiesen. Einen Differenzbetrag dürfen Sie
der Patientin nicht in Rechnung stellen.

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Leistungsabteilung / Zahlungsverkehr
"""
    return R(mail("Weserland Leistung Kranken <leistung-kv@weserland.example>",
                  "Praxis Dr. Husmann <praxis@dr-husmann.example>",
                  "Direktabrechnung Rademacher, Rechnung vom 02.07.2024", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "doctor's invoice of a named patient with diagnoses, basic tariff, payment to practice")


def m096():
    body = """Dear Ms Osei,

as requested for your landlord, we confirm the following:

Ms Abena Osei, Am Dobben 87, 28203 Bremen, holds with us
  - home contents insurance HR 31-0341167 (sum insured 45,000 EUR)
  - personal liability insurance PH 33-6104402 (incl. rented property
    damage up to 1,000,000 EUR)
Both policies are in force since 1 March 2024. All premiums due up to
today have been paid; there are no arrears.

This confirmation is issued at the request of the policyholder and does
not constitute a waiver of any rights under the policies.

Kind regards
Customer Service Premiums
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Customer Service <beitragsservice@weserland.example>",
                  "Abena Osei <abena.osei@afrimail.example>",
                  "Confirmation of insurance and premium payment", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "confirmation that a named customer is insured (household, liability) with address")


def m097():
    body = """Dear all,

a friendly reminder from Data Protection after last week's incident
(no customer impact, the mail was recalled in time):

1. Never send lists with customer names, IBANs, contract numbers or
   arrears by plain email - not even internally to the SSC. Use the
   shared folder "Inkasso_Austausch" or the secure mail function
   (subject tag [secure]).
2. For health, care, life and accident contracts everything counts as
   special category data, even a simple "premium arrears" list.
3. If you need an example in a training or a ticket, mask the data:
   e.g. "DE12 **** **** **** **34 56", "K 12xx-xxxxxx", or use the
   training client with fictitious persons.
4. When a customer sends his IBAN by email, that is his choice - but do
   not quote it back in your reply.

Thank you!
Sina Rautenberg
Data Protection Coordinator Finance
"""
    return R(mail("Sina Rautenberg <datenschutz-finanzen@weserland.example>",
                  "Finance all <finanzen-alle@weserland.example>",
                  "Reminder: no customer lists by plain email", body),
             "NORMAL", "en", "internal",
             "trap: data-protection reminder with masked IBAN example, no person")


def m098():
    orig = inner("Sarah Whitmore <sarah.whitmore@britmail.example>",
                 "service@weserland.example",
                 "Complaint - reminder letters during my treatment",
                 """To whom it may concern,

I am writing to complain about the way your company has treated me over
the last two months. I was diagnosed with breast cancer in May and have
been having chemotherapy at the Klinikum Bremen-Mitte every three weeks
since 4 June. I told your colleague on the phone in June that my salary
had been reduced and that I would need a few weeks to sort out the
payments for my health insurance (K 1206-448190).

Since then I have received two reminder letters and last week a letter
saying my contract would "rest" and I would only get emergency treatment.
I was terrified that my chemotherapy would no longer be paid. This is
not acceptable.

I have now paid the full arrears of EUR 1,472.40 on 22 July. Please
confirm that my cover is fully in force and that my oncology invoices
will be reimbursed as before. I also want the dunning fees refunded.

Sarah Whitmore
Contrescarpe 14, 28203 Bremen
""", "Tue, 23 Jul 2024 22:41:09 +0200", "<CAK7whit0723@britmail.example>")
    body = """Hi Jens,

please see the attached complaint (original mail). I've checked: payment
received 22/07, the emergency tariff switch has not been executed yet,
so no gap in cover. Can you confirm the fee waiver so that Complaints can
answer today? In my view the first reminder should have been stopped
after her call - the note from June is in the file.

Heike
"""
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "FW: Complaint - reminder letters during my treatment", body,
                  cc="Beschwerdemanagement <beschwerde@weserland.example>", atts=[orig]),
             "STRICTLY_CONFIDENTIAL", "en", "customer",
             "nested message/rfc822: customer complaint with breast cancer and chemotherapy, health arrears")


def m099():
    body = """Sehr geehrter Herr Büsing,

vielen Dank für Ihre Zahlung vom 29.07.2024 über 136,80 EUR. Damit ist der
Beitragsrückstand für Ihre Tierhalterhaftpflichtversicherung TH 34-0557120
(Hund "Kalle", Deutsch Drahthaar) vollständig ausgeglichen.

Das Mahnverfahren haben wir eingestellt. Der Versicherungsschutz besteht
wieder uneingeschränkt ab dem Zahlungseingang. Bitte beachten Sie: Für
den Zeitraum 15.07. bis 29.07.2024 bestand wegen Zahlungsverzugs kein
Versicherungsschutz (§ 38 Abs. 2 VVG).

Ab dem nächsten Beitrag ziehen wir wieder per Lastschrift ein.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Beitragsservice
"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Hinrich Büsing <hinrich.buesing@moor-mail.example>",
                  "Zahlungseingang TH 34-0557120 – Mahnverfahren eingestellt", body,
                  charset="iso-8859-1", cte="quoted-printable"),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "named customer's dog liability policy, arrears settled, gap in cover (iso-8859-1)")


def m100():
    body = """Sehr geehrte Frau Kranz,

wie in der Arbeitsgruppe der Landesarbeitsgemeinschaft Schuldnerberatung
besprochen, senden wir Ihnen unsere Mustervorlage für Ratenzahlungs-
vereinbarungen. Sie können die Vorlage Ihren Beratungsstellen zur Verfügung
stellen; die Felder in «» werden bei uns aus dem Bestand gefüllt.

Mit freundlichen Grüßen
Jens Oltmanns
Forderungsmanagement Weserland Versicherungen
"""
    att = docx("Muster_Ratenzahlungsvereinbarung_2024.docx", [
        "# Ratenzahlungsvereinbarung",
        "zwischen «Gesellschaft» – nachfolgend Versicherer –",
        "und «Anrede» «Vorname» «Nachname», «Straße», «PLZ» «Ort» – nachfolgend Schuldner –",
        "# § 1 Forderung",
        "Aus dem Vertrag «Vertragsnummer» besteht zum «Stichtag» ein Beitragsrückstand von «Rückstand» EUR einschließlich Mahnkosten.",
        "# § 2 Raten",
        "Der Rückstand wird in «Anzahl» monatlichen Raten zu je «Rate» EUR, erstmals zum «Datum erste Rate», getilgt. Die laufenden Beiträge sind daneben weiter zu zahlen.",
        [["Rate", "Fälligkeit", "Betrag EUR"], ["1", "«Datum 1»", "«Betrag 1»"], ["2", "«Datum 2»", "«Betrag 2»"], ["…", "…", "…"]],
        "# § 3 Mahnverfahren",
        "Während der Laufzeit ruht das Mahnverfahren. In der Krankenversicherung wird das Ruhen der Leistungen nach § 193 Abs. 6 VVG für die Dauer der Vereinbarung nicht festgestellt.",
        "# § 4 Verzug",
        "Gerät der Schuldner mit zwei Raten in Verzug, wird der Restbetrag sofort fällig.",
        "Ort, Datum ________________    Versicherer ________________    Schuldner ________________",
    ])
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Petra Kranz <p.kranz@lag-schuldnerberatung.example>",
                  "Mustervorlage Ratenzahlungsvereinbarung", body, atts=[att]),
             "NORMAL", "de", "insurer-to-partner",
             "trap: blank payment-plan template with «placeholders» (DOCX)")


def m101():
    body = """Dear Mr and Mrs Kessler,

we were sorry to hear about Leo's accident at the climbing park on
12 July 2024. Under the children's accident insurance U 41-0098812 we
have now settled the first benefits based on the discharge report of the
Prof. Hess Kinderklinik (lower leg fracture right, surgical treatment
with intramedullary nail, in hospital 12-19 July 2024):

  hospital daily benefit 8 days x 30.00 EUR        240.00 EUR
  convalescence benefit                            240.00 EUR
  lump sum for broken bones (tariff KinderPlus)    500.00 EUR
  total                                            980.00 EUR

The payment goes to the account from which the premium is collected
(DE88 2505 2638 4677 6334 29). A possible disability benefit can only be
assessed once the healing is completed, at the latest 15 months after the
accident; we will contact you in spring.

Wishing Leo a speedy recovery,
Tobias Harms
Benefits Accident – Weserland Allgemeine Versicherung AG
"""
    return R(mail("Tobias Harms <leistung-unfall@weserland.example>",
                  "Anna Kessler <anna.kessler@expatmail.example>",
                  "Leo's accident – first benefit payment U 41-0098812", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "child accident benefits: fracture, surgery, hospital stay, IBAN")


def m102():
    body = """Hallo zusammen,

der Erstattungslauf ERS-20240805 (Sach/HUK/Kfz) ist komplett storniert
worden, bevor die Datei an die Bank ging. Grund: falsches
Ausführungsdatum (2025 statt 2024) im Laufparameter.

  Posten:            1.118
  Summe:             214.906,33 EUR
  Status:            storniert 05.08. 10:42 (Benutzer KARACAA, 2. Freigabe
                     EHMENL)
  Neuer Lauf:        ERS-20240805-2, Ausführung 06.08.2024

Kundinnen und Kunden sind nicht betroffen, die Erstattungen gehen einen
Tag später raus. Bitte keine Einzelposten manuell nachzahlen, sonst gibt
es Doppelzahlungen!

Gruß
Aylin
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Beitragsservice Team <beitragsservice-team@weserland.example>",
                  "Erstattungslauf 05.08. storniert – neuer Lauf morgen", body,
                  date=D("2024-08-05 11:06")),
             "NORMAL", "de", "internal",
             "trap: cancelled refund run, totals and user IDs only")


def m103():
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Hi all, here is the July receivables dashboard. Dunning success rate in Health improved after the
payment-plan initiative; Motor DSO is up because of the July main due date.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#1f4e79;color:#fff"><th>KPI (July 2024)</th><th>Motor</th><th>Property/Liab.</th><th>Accident</th><th>Life</th><th>Health/LTC</th></tr>
<tr><td>DSO (days)</td><td>19.4</td><td>12.1</td><td>11.8</td><td>8.2</td><td>14.9</td></tr>
<tr><td>Return-debit ratio</td><td>2.0 %</td><td>1.4 %</td><td>0.9 %</td><td>0.8 %</td><td>0.7 %</td></tr>
<tr><td>Dunning success (paid after level 1)</td><td>71 %</td><td>78 %</td><td>80 %</td><td>84 %</td><td>69 %</td></tr>
<tr><td>Active payment plans</td><td>412</td><td>233</td><td>41</td><td>318</td><td>506</td></tr>
<tr><td>Cancellations for non-payment</td><td>288</td><td>196</td><td>22</td><td>n/a (lapse 61)</td><td>n/a</td></tr>
<tr><td>Emergency tariff (stock)</td><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td><td>&ndash;</td><td>1,184</td></tr>
<tr><td>Write-offs (TEUR)</td><td>118</td><td>42</td><td>6</td><td>11</td><td>0</td></tr>
</table>
<p>Matthias<br>Head of Accounting</p>
</body></html>"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Finance Management <finance-mgmt@weserland.example>",
                  "Receivables dashboard July 2024", html=html, html_only=True),
             "NORMAL", "en", "internal",
             "trap: HTML-only KPI dashboard by line incl. health emergency tariff, aggregates only")


def m104():
    body = """Sehr geehrte Frau Gieschen,

wie gewünscht senden wir Ihnen die Aufstellung der offenen Posten aus der
Direktabrechnung (Klinik-Card) mit Ihrem Haus zum 31.07.2024. Die Datei
liegt als ZIP bei (Format wie im Mai abgestimmt).

Bei den Fällen mit Status "Rückläufer" ist unsere Zahlung an Ihre alte
Bankverbindung zurückgekommen; wir zahlen nach Bestätigung der neuen IBAN
erneut aus.

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Zahlungsverkehr Leistung
"""
    rows = [["Fall-Nr. Klinik", "Patient", "geb.", "Vers.-Nr.", "Aufnahme", "Entlassung", "DRG", "Rechnungsbetrag", "gezahlt", "Status"],
            ["240311877", "Feldhaus, Wolfgang", "05.01.1957", "K 1186-330912", "12.02.2024", "19.02.2024", "I47B", "9.812,44", "9.812,44", "Rückläufer 04.07."],
            ["240402215", "Meinecke, Gudrun", "30.10.1949", "K 1179-004218", "02.04.2024", "16.04.2024", "F62C", "6.204,10", "0,00", "in Prüfung (MD)"],
            ["240519003", "Tavakoli, Reza", "11.07.1983", "K 1208-117650", "19.05.2024", "21.05.2024", "G24C", "3.128,77", "3.128,77", "Rückläufer 04.07."],
            ["240611426", "Lindner, Paula", "22.03.2001", "K 1210-902377", "11.06.2024", "14.06.2024", "O60D", "2.644,30", "2.644,30", "bezahlt"]]
    z = zipatt("OP_Direktabrechnung_2024-07.zip", [("OP_Direktabrechnung_2024-07.csv", csvfile("x.csv", rows, enc="windows-1252"))])
    return R(mail("Weserland Zahlungsverkehr Leistung <zv-leistung@weserland.example>",
                  "Patientenabrechnung St.-Joseph-Stift <abrechnung@sjs-bremen.example>",
                  "OP-Liste Direktabrechnung Juli 2024", body, atts=[z]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
             "CSV inside ZIP: named patients with birth dates, hospital stays and DRGs")


def m105():
    body = """Dear Mr Dimitrov,

we have received your revocation of the SEPA direct debit mandate for
your motor insurance KF 20-7650018 (Ford Focus, HB-VD 618). From the
premium due on 1 September 2024 onwards please pay by bank transfer:

  Recipient:  Weserland Allgemeine Versicherung AG
  IBAN:       DE84 2905 8249 9512 3037 20
  BIC:        WESEDE2BXXX
  Reference:  KF 20-7650018 Dimitrov
  Amount:     monthly 61.40 EUR, due on the 1st

Please note that with payment by transfer you are responsible for paying
on time; if a premium is not paid, we have to send a formal reminder with
fees and, ultimately, may cancel the policy.

Kind regards
Customer Service Premiums
"""
    return R(mail("Weserland Customer Service <beitragsservice@weserland.example>",
                  "Vasil Dimitrov <v.dimitrov@bgmail.example>",
                  "Your direct debit mandate – KF 20-7650018", body,
                  date=D("2024-08-22 14:12")),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "named customer's motor policy and plate, mandate revoked")


def m106():
    body = """Group Accounting Manual – Chapter 7.3 (draft v0.9)
Premium receivables under IFRS 17 and IFRS 9 – Nordhaven Group

Dear colleagues,

attached in the body is the draft text for chapter 7.3 for your comments
by 30 August.

7.3.1 Premiums receivable that relate to insurance contracts are not
presented separately but are part of the liability for remaining
coverage (LRC) under IFRS 17. Local GAAP receivables (HGB) must therefore
be reclassified in the group reporting package (NH-REP-14, line 2.4).

7.3.2 Overdue premiums are included in the expected premium cash flows.
Expected non-collection (e.g. cancellations for non-payment, emergency
tariff in German health insurance) reduces the expected cash inflows; no
separate IFRS 9 impairment is recognised.

7.3.3 Receivables from intermediaries and from reinsurance are in the
scope of IFRS 9; the simplified approach (lifetime ECL) applies.

7.3.4 Refund liabilities (overpaid premiums, premium refunds in health)
are part of the LRC unless already due for payment.

Marleen de Vries
Group Accounting Policies, Nordhaven
"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Lars Ehmen <lars.ehmen@weserland.example>",
                  "FW: GAM chapter 7.3 premium receivables – draft for comments", body),
             "NORMAL", "en", "internal",
             "trap: group accounting policy text on premium receivables, no person")


def m107():
    body = """Sehr geehrter Herr Tönjes,

Ihre Arbeitgeberin hat uns mitgeteilt, dass Sie Ihre Tätigkeit bereits am
03.06.2024 wieder aufgenommen haben. Laut der uns vorliegenden
Arbeitsunfähigkeitsbescheinigung von Dr. Ahrens (Diagnose F43.2
Anpassungsstörung) waren Sie bis zum 21.06.2024 krankgeschrieben; eine
Bescheinigung über das vorzeitige Ende der Arbeitsunfähigkeit haben wir
nicht erhalten.

Wir haben Krankentagegeld aus Tarif KT22 bis einschließlich 21.06.2024
gezahlt. Für die Zeit vom 03.06. bis 21.06.2024 (19 Tage x 80,00 EUR)
besteht kein Anspruch:

  Rückforderung überzahltes Krankentagegeld        1.520,00 EUR

Bitte überweisen Sie den Betrag bis zum 15.09.2024 an
Weserland Krankenversicherung a.G., IBAN DE61 2505 4727 3364 0136 20,
Verwendungszweck K 1197-660144 KTG. Eine Verrechnung mit Ihren laufenden
Beiträgen ist auf Wunsch in Raten möglich.

Mit freundlichen Grüßen
Leistungsabteilung Krankentagegeld
"""
    return R(mail("Weserland Leistung KTG <leistung-kv@weserland.example>",
                  "Marco Tönjes <marco.toenjes@web-nord.example>",
                  "Rückforderung Krankentagegeld K 1197-660144", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "repayment demand for sickness allowance with psychiatric diagnosis code")


def m108():
    body = """Hallo Courtagebuchhaltung,

bitte die neue Bankverbindung für meine Courtagezahlungen ab September
hinterlegen, das alte Geschäftskonto löse ich auf:

  Maklerbüro Ehlers e.K., Inhaber Jörg Ehlers
  Vermittlernummer Weserland: M-20418
  IBAN: DE37 2802 6214 5280 0194 10 (Volksbank)
  Steuernummer: 41/126/04573, Finanzamt Rotenburg (Wümme)
  umsatzsteuerbefreit nach § 4 Nr. 11 UStG

Unterschriebenes Formular schicke ich per Post.

Viele Grüße
Jörg Ehlers
"""
    return R(mail("Vermittlerservice <vermittlerservice@weserland.example>",
                  "Courtagebuchhaltung <courtage@weserland.example>",
                  "WG: neue Bankverbindung Courtage M-20418", "Zur Erfassung, Formular kommt per Post. VS\n\n-----Ursprüngliche Nachricht-----\nVon: Jörg Ehlers <info@makler-ehlers.example>\nGesendet: Montag, 19. August 2024 08:12\nAn: vermittlerservice@weserland.example\nBetreff: neue Bankverbindung\n\n" + body),
             "CONFIDENTIAL", "de", "broker",
             "sole-trader broker's own IBAN and tax number")

def m109():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
  <CstmrDrctDbtInitn>
    <GrpHdr>
      <MsgId>WLA-TEST-20240902-001</MsgId>
      <CreDtTm>2024-09-02T09:00:00+02:00</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>25.00</CtrlSum>
      <InitgPty><Nm>Weserland Allgemeine Versicherung AG</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>TEST-PMT-1</PmtInfId>
      <PmtMtd>DD</PmtMtd>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>RCUR</SeqTp></PmtTpInf>
      <ReqdColltnDt>2024-09-16</ReqdColltnDt>
      <Cdtr><Nm>Weserland Allgemeine Versicherung AG</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>DE84290582499512303720</IBAN></Id></CdtrAcct>
      <CdtrAgt><FinInstnId><BICFI>WESEDE2BXXX</BICFI></FinInstnId></CdtrAgt>
      <CdtrSchmeId><Id><PrvtId><Othr><Id>DE71ZZZ00001822934</Id><SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>
      <DrctDbtTxInf>
        <PmtId><EndToEndId>TEST-E2E-0001</EndToEndId></PmtId>
        <InstdAmt Ccy="EUR">25.00</InstdAmt>
        <DrctDbtTx><MndtRltdInf><MndtId>TEST-MANDATE-0001</MndtId><DtOfSgntr>2024-01-01</DtOfSgntr></MndtRltdInf></DrctDbtTx>
        <Dbtr><Nm>Max Mustermann (fiktiv)</Nm><PstlAdr><StrtNm>Musterstrasse</StrtNm><BldgNb>1</BldgNb><PstCd>12345</PstCd><TwnNm>Musterstadt</TwnNm><Ctry>DE</Ctry></PstlAdr></Dbtr>
        <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
        <RmtInf><Ustrd>TESTDATEI KEINE ECHTE BUCHUNG</Ustrd></RmtInf>
      </DrctDbtTxInf>
    </PmtInf>
  </CstmrDrctDbtInitn>
</Document>
"""
    body = """Dear Mr Lampe,

for the structured-address test (EPC rulebook 2025) please find attached
our first pain.008.001.08 test file. It contains a single synthetic
transaction with a fictitious debtor and the published example IBAN, so
it can be processed in your test environment without any restrictions.

Please confirm whether the structured address block is accepted and send
us the pain.002 status report.

Best regards
Aylin Karaca
Payments / Treasury, Weserland Versicherungen
"""
    return R(mail("Aylin Karaca <zahlungsverkehr@weserland.example>",
                  "Hendrik Lampe <hendrik.lampe@weserbank.example>",
                  "Test file pain.008.001.08 – structured addresses", body,
                  atts=[(xml.encode("utf-8"), "application", "xml", "WLA_TEST_pain008_20240902.xml")],
                  date=D("2024-09-02 09:26")),
             "NORMAL", "en", "insurer-to-partner",
             "trap: SEPA test file with fictitious debtor and published example IBAN (XML)")


def m110():
    body = """Hallo Tobias, hi,

kurze Prozessfrage von uns im SSC – general question, no specific case:

When a BU pension (disability annuity) is paid monthly and the bank
returns the payment with AC04, do we
  a) block the next payments automatically (Zahlsperre), or
  b) keep paying to the old account until the beneficiary reacts?

In der Arbeitsanweisung AA-LE-03 steht nur "Rückläufer an Fachbereich".
Also: Who contacts the customer, Bremen or SSC? Und was machen wir, wenn
ein Betreuer bestellt ist – brauchen wir dann immer den Betreuerausweis
vor der Änderung der Bankverbindung?

Danke / dzięki!
Piotr
"""
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Tobias Harms <tobias.harms@weserland.example>",
                  "Process question: returned BU pension payments", body),
             "NORMAL", "mixed", "internal",
             "trap: general process question on returned disability pension payments, no case")


def m111():
    body = """Sehr geehrter Herr Albrecht,

leider ist auf unsere Zahlungserinnerung vom 02.09.2024 kein Zahlungs-
eingang erfolgt. Für Ihre Rechtsschutzversicherung RS 38-0790355
(Verkehrs- und Privatrechtsschutz) sind offen:

Beitrag 3. Quartal 2024:  96,15 EUR
Mahnkosten Stufe 2:        5,00 EUR
Gesamt:                  101,15 EUR

Wir fordern Sie hiermit auf, den Betrag innerhalb von zwei Wochen nach
Zugang dieser Mahnung zu zahlen. Nach Ablauf der Frist besteht kein
Versicherungsschutz für Rechtsschutzfälle, die danach eintreten, und wir
können den Vertrag fristlos kündigen (§ 38 VVG). Ihr laufender
Rechtsschutzfall (Az. RS-S-24-00871, Kündigungsschutzklage) ist davon
nicht betroffen, da er vor Fristablauf eingetreten ist.

Zahlung bitte an IBAN DE84 2905 8249 9512 3037 20,
Verwendungszweck RS 38-0790355.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Inkasso Sach/HUK
"""
    return R(mail("Weserland Inkasso Sach <inkasso-sach@weserland.example>",
                  "Florian Albrecht <florian.albrecht@posteo-nord.example>",
                  "2. Mahnung RS 38-0790355", body, cte="8bit", flowed=True),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses dunning with pending employment case of a named customer (8bit, format=flowed)")


def m112():
    body = """Protokoll Projekt "Zahlungsplan light" – Termin 3, 12.09.2024

Teilnehmende: Inkasso Sach, Inkasso Leben, Beitragsbuchhaltung Kranken,
Kundenservice, Recht, Datenschutz, IT FS-CD

1. Ziel
   Kundinnen und Kunden in finanziellen Schwierigkeiten sollen online
   (Kundenportal) selbst eine Ratenzahlung von bis zu 6 Raten für
   Rückstände bis 1.500 EUR vereinbaren können, ohne Anruf.

2. Ergebnisse
   - Sach/HUK/Kfz: geht, Mahnsperre "R" wird automatisch gesetzt (CR-2024-0211).
   - Leben: nur Stundung bis 6 Monate, BUZ-Verträge weiter manuell.
   - Kranken: Self-Service ja, aber bei laufender Mahnung nach § 193
     Abs. 6 VVG weiterhin Kontakt durch Team Kranken (Hilfebedürftigkeit
     prüfen, Hinweis auf Basistarif/Notlagentarif).
   - Datenschutz: keine Abfrage von Gründen (Krankheit, Arbeitslosigkeit)
     im Formular; Freitextfeld entfällt.

3. Offene Punkte
   - Bonitätsprüfung: nein (Beschluss).
   - Texte in leichter Sprache (Kundenservice bis 10.10.).

4. Nächster Termin: 10.10.2024

gez. Jens Oltmanns
"""
    return R(mail("Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Projekt Zahlungsplan light <pj-zahlungsplan@weserland.example>",
                  "Protokoll Zahlungsplan light – Termin 3", body),
             "NORMAL", "de", "internal",
             "trap: project minutes on payment plans for customers in difficulty, no person")


def m113():
    body = """Dear Ms Pryce,

thank you for your enquiry on behalf of Anglo-Hanse Shipping GmbH. As you
are setting up payroll in Germany for the first time, here is some
general information on the employer's contribution to private health
insurance. We cannot give you any details about individual employees;
your employees request their certificates from their insurer
themselves.

- Employees who are privately insured receive a tax-free employer
  subsidy (Arbeitgeberzuschuss) of up to half of their premium for
  substitutive health and compulsory long-term care insurance, capped at
  the amount an employer would pay for statutory insurance (2024:
  max. 421.76 EUR health + 87.98 EUR care per month, Saxony differs).
- The employee gives you an "Arbeitgeberbescheinigung" from the insurer
  once a year and whenever the premium changes. Daily sickness allowance
  and supplementary tariffs are not subsidised.
- Keep the certificate with the payroll records.

For details, please ask your tax adviser or payroll provider.

Kind regards
Customer Service Health
Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland Customer Service Health <service-kv@weserland.example>",
                  "Rachel Pryce <r.pryce@anglo-hanse.example>",
                  "Employer subsidy for private health insurance – general information", body),
             "NORMAL", "en", "insurer-to-company",
             "trap: generic information on employer health premium subsidy, no employee named")


def m114():
    body = """Dear Ms Rahimi,

we have settled your glass breakage claim under your motor insurance
(claim S-24-KF-0498210, policy KF 20-7334706, windscreen replaced on
9 September 2024 at Glasprofi Bremen-Nord):

  invoice (gross)                               893.41 EUR
  less excess partial cover                    -150.00 EUR
  claim payment                                 743.41 EUR

As you assigned the claim to the workshop, we have paid the full
743.41 EUR directly to Glasprofi Bremen-Nord. Because of the assignment
we could not offset your overdue premiums for August and September
(2 x 56.30 EUR = 112.60 EUR). Please pay them by 30 September to avoid a
formal reminder with fees:

  Weserland Allgemeine Versicherung AG
  IBAN DE84 2905 8249 9512 3037 20, reference KF 20-7334706

Kind regards
Claims Motor – Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Claims Motor <kfz-schaden@weserland.example>",
                  "Nasrin Rahimi <nasrin.rahimi@web-post.example>",
                  "Claim S-24-KF-0498210 – payment and overdue premiums", body),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor glass claim payment and premium arrears of a named customer")


def m115():
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Sie hat die Vorgangsnummer

    BS-2024-0918-44172

erhalten. Anfragen zu Beiträgen, Lastschriften und Bescheinigungen
bearbeiten wir in der Regel innerhalb von 3 Arbeitstagen.

Bitte geben Sie bei Rückfragen immer die Vorgangsnummer an. Bitte senden
Sie uns keine Gesundheitsdaten oder Bankverbindungen per unverschlüsselter
E-Mail – nutzen Sie dafür das Kundenportal.

Ihr Kundenservice Beitrag
Weserland Versicherungen
"""
    return R(mail("Weserland Kundenservice <beitragsservice@weserland.example>",
                  "lutz.gerken@kabelbremen.example",
                  "Eingangsbestätigung BS-2024-0918-44172", body,
                  headers=[("Auto-Submitted", "auto-replied")]),
             "NORMAL", "de", "insurer-to-customer",
             "trap: automatic receipt confirmation, no content")


def m116():
    body = """Sehr geehrte Frau Rüther,

wir bedauern den Tod Ihrer Mutter, Frau Irmgard Rüther, die am
28.08.2024 im Hospiz Lilge-Simon-Haus verstorben ist.

Mit dem Tod endete die Kranken- und Pflegeversicherung K 1172-118605 am
28.08.2024. Die Abrechnung des Beitragskontos ergibt:

  September-Beitrag (am 02.09. eingezogen)   612,44 EUR  -> wird erstattet
  August-Beitrag anteilig                    keine Erstattung (Sterbemonat)
  noch offene Leistungen:
    Rechnung Hospiz (Eigenanteil), Palliativ-
    versorgung SAPV, Apotheke (Morphin-Pumpe)  werden nach Eingang erstattet

Als Nachweis Ihrer Erbenstellung reicht uns die Kopie des eröffneten
Testaments mit Eröffnungsprotokoll. Bitte teilen Sie uns mit, auf welches
Konto die Erstattungen gehen sollen – das Konto Ihrer Mutter
(DE72 2915 8943 6684 4389 73) ist von der Bank bereits gesperrt worden
(Rückgabegrund MD07).

Mit freundlichen Grüßen
Weserland Krankenversicherung a.G.
Beitragsbuchhaltung
"""
    return R(mail("Weserland Krankenversicherung <beitrag-kv@weserland.example>",
                  "Claudia Rüther <claudia.ruether@osnanet.example>",
                  "Beitragskonto Ihrer verstorbenen Mutter – K 1172-118605", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "deceased's health contract, hospice and palliative care, refund to heirs, IBAN")


def m117():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Voß,

im Insolvenzverfahren über das Vermögen des Herrn Kai Lührmann, handelnd
als "Dachdeckerei Lührmann" (Einzelunternehmen), AG Bremen 507 IN 118/24,
melden wir folgende Forderungen zur Insolvenztabelle an (§ 174 InsO):

1. Betriebshaftpflichtversicherung BH 36-0211548
   rückständige Beiträge 01.04.–30.06.2024                1.402,20 EUR
2. Inhaltsversicherung Gewerbe GI 37-0033190
   rückständige Beiträge 01.04.–30.06.2024                  318,45 EUR
3. Mahnkosten                                               20,00 EUR
Summe                                                     1.740,65 EUR

Grund der Forderung: Versicherungsbeiträge aus den o. g. Verträgen,
Beginn der Verträge 01.01.2019. Die Verträge wurden von uns nicht
gekündigt; wir bitten um Mitteilung, ob Sie die Erfüllung nach § 103
InsO wählen.

Unsere Bankverbindung für etwaige Quotenzahlungen:
Weserland Allgemeine Versicherung AG, IBAN DE84 2905 8249 9512 3037 20.

Mit freundlichen Grüßen
Jens Oltmanns
Forderungsmanagement
"""
    return R(mail("Jens Oltmanns <forderungsmanagement@weserland.example>",
                  "Insolvenzverwaltung Dr. Voß <insolvenz@voss-insolvenz.example>",
                  "Forderungsanmeldung 507 IN 118/24 – Lührmann", body),
             "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "insolvency claim against a named sole trader, commercial policies and arrears")


def m118():
    body = """Dear colleagues in Customer Service and the SSC,

since Monday customers have been receiving fake emails in our name with
the subject "Rücklastschrift – Ihr Versicherungsschutz erlischt" or
"Returned direct debit – action required". The mails ask customers to
pay a "return fee" via a link to weserland-zahlung.example (NOT our
domain) and to enter their online-banking data.

How to recognise them:
- sender addresses like service@weserland-kundenkonto.example
- generic greeting, no policy number, pressure ("within 24 hours")
- link to a payment page; we never send payment links for return debits

If a customer calls:
- reassure them, check the contract in the system,
- tell them to delete the mail and not to click,
- if they entered bank data: advise them to call their bank immediately,
- create a ticket with category "Phishing" (no customer data needed in
  the ticket, just the time and the sender address).

IT Security has asked for the domain to be taken down.

Information Security Team
"""
    return R(mail("Information Security <infosec@weserland.example>",
                  "Customer Service all <kundenservice-alle@weserland.example>",
                  "Phishing wave: fake 'returned direct debit' emails", body),
             "NORMAL", "en", "internal",
             "trap: phishing warning about fake return-debit mails, no person")


def m119():
    body = """Done, both changed in FS-CD. From October everything goes through the
new run - nothing else needed from your side.

Piotr

Am 24.09.2024 um 11:02 schrieb Tobias Harms:
> Hi Piotr,
>
> bitte die beiden Änderungen vor dem Oktober-Zahllauf einpflegen
> (please enter both before the October run):
>
>> Am 23.09.2024 um 16:40 schrieb Leistungsprüfung BU:
>> Änderungen laufende BU-Renten ab 01.10.2024:
>>
>> B 7.503.882-1  Hendrik Mahlstedt
>>   BU-Rente 1.200,00 EUR mtl., anerkannt 60 % BU wegen Bandscheiben-
>>   vorfall mit Fußheberparese (M51.1, G57.3). Nachprüfung ergab
>>   Besserung -> ab 01.10. Rente endet, Beitragsbefreiung endet,
>>   Beitragszahlung (89,40 EUR) wieder per Lastschrift
>>   DE70 2904 5611 4817 4789 60.
>>
>> B 7.522.017-4  Yvonne Köster
>>   Neue Bankverbindung wegen Betreuung (Betreuerin: Rita Schütte),
>>   Rente 2.050,00 EUR weiter, Diagnose F20.0 unverändert.
>>   neue IBAN DE12 2003 4933 7451 8005 52.
"""
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Tobias Harms <tobias.harms@weserland.example>",
                  "RE: Änderungen BU-Renten ab 01.10.", body,
                  date=D("2024-09-25 16:03")),
             "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "reply says only 'done'; German quote contains disability pensions, diagnoses, IBANs")


def m120():
    body = """Dzień dobry Panie Wiśniewski, sehr geehrter Herr Wiśniewski,

(English version below – wersja angielska poniżej)

wir bestätigen die Ratenzahlung für den offenen Kfz-Beitrag
KF 20-7559104 (Kennzeichen OHZ-PW 303): 3 Raten à 142,30 EUR zum 01.10.,
01.11. und 01.12.2024. Überweisung bitte an IBAN
DE84 2905 8249 9512 3037 20, Verwendungszweck KF 20-7559104.

English: We confirm the instalment plan for the outstanding motor premium
of policy KF 20-7559104 (plate OHZ-PW 303): three instalments of
142.30 EUR each, due on 1 October, 1 November and 1 December 2024.
Please transfer to the IBAN above, reference KF 20-7559104. You told us
that you can also pay from your Polish account
PL89 6598 8584 4877 0520 7184 8278 – that is fine, SEPA transfers in EUR
are free of charge.

Z poważaniem / Mit freundlichen Grüßen / Kind regards
Jens Oltmanns
"""
    return R(mail("Jens Oltmanns <forderungsmanagement@weserland.example>",
                  "Paweł Wiśniewski <pawel.wisniewski@mailpl.example>",
                  "Ratenzahlung / instalment plan KF 20-7559104", body,
                  date=D("2024-09-26 10:41")),
             "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "motor instalment plan for named customer with plate and Polish IBAN")

def m121():
    body = """Hallo zusammen,

anbei die aktualisierte Verfahrensdokumentation nach GoBD für den Prozess
Beitragsbuchhaltung (Teil 4: Zahlungseingänge und Klärung). Bitte bis
Ende Oktober gegenlesen, v. a. Kapitel 4.3 (Aufbewahrung der Kontoauszüge
und camt-Dateien). Die Wirtschaftsprüfer wollen sie im Dezember sehen.

Viele Grüße
Lars Ehmen
"""
    att = pdf("VD_GoBD_Beitragsbuchhaltung_Teil4_v3.pdf", [
        "Verfahrensdokumentation nach GoBD - Beitragsbuchhaltung",
        "Teil 4: Zahlungseingänge, Zuordnung und Klärung      Version 3.0, Stand 10/2024",
        "",
        "4.1 Eingang der Kontoumsätze",
        "Die Kontoumsätze der Beitragskonten werden täglich als camt.053 (Tagesauszug) und camt.054",
        "(Einzelumsätze Lastschrift/R-Transaktionen) per EBICS abgeholt und unverändert im Archiv",
        "ARC-FIN abgelegt (revisionssicher, Aufbewahrung 10 Jahre nach § 147 AO).",
        "",
        "4.2 Automatische Zuordnung",
        "FS-CD ordnet Zahlungseingänge über Verwendungszweck (Vertragsnummer, Mandatsreferenz,",
        "End-to-End-ID) dem Vertragskonto zu. Trefferquote 2023: 96,8 %. Nicht zuordenbare",
        "Zahlungen werden auf das Klärungskonto 1890100 gebucht.",
        "",
        "4.3 Manuelle Klärung",
        "Klärungsposten werden von der Klärungsstelle innerhalb von 30 Tagen bearbeitet. Nach",
        "6 Wochen ohne Ergebnis erfolgt die Rücküberweisung an den Auftraggeber. Jede Umbuchung",
        "wird mit Benutzer, Zeitstempel und Begründung protokolliert.",
        "",
        "4.4 Internes Kontrollsystem",
        "Tägliche Abstimmung Bankbestand/Hauptbuch, monatliche Abstimmung Nebenbuch/Hauptbuch,",
        "Vier-Augen-Prinzip für Umbuchungen > 1.000 EUR und für Rücküberweisungen.",
        "",
        "4.5 Änderungshistorie",
        "v3.0: Kapitel 4.3 ergänzt (Rücküberweisung), Zuständigkeit SSC Gdansk für Stufe 1.",
    ], "Verfahrensdokumentation")
    return R(mail("Lars Ehmen <lars.ehmen@weserland.example>",
                  "Rechnungswesen-Verteiler <rewe-alle@weserland.example>",
                  "Verfahrensdokumentation Teil 4 – bitte gegenlesen", body, atts=[att]),
             "NORMAL", "de", "internal",
             "trap: GoBD process documentation PDF on payment allocation, no data")


def m122():
    body = """Dear Mr Achterberg-Lowe,

the interest on your policy loan under your endowment policy
L 7.366.201-8 was due on 1 October 2024 and has not yet been paid:

  loan amount (since 01/10/2021)         8,000.00 EUR
  interest rate                          4.75 % p.a.
  interest 01/10/2023 - 30/09/2024         380.00 EUR
  outstanding                              380.00 EUR

Please transfer the interest by 31 October 2024 to
Weserland Lebensversicherung AG, IBAN DE04 3705 3190 5836 4635 30,
reference L 7.366.201-8 Zinsen.

If the interest is not paid, it will be added to the loan. Please note
that if the loan plus interest exceeds the surrender value of your policy
(currently 11,204.60 EUR), the policy may lapse without value.

Kind regards
Policy Loans – Weserland Lebensversicherung AG
"""
    return R(mail("Weserland Life – Policy Loans <policendarlehen@weserland.example>",
                  "Robert Achterberg-Lowe <rob.al@homemail.example>",
                  "Interest on your policy loan – L 7.366.201-8", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life policy loan, surrender value and interest arrears of named customer")


def m123():
    body = """Sehr geehrter Herr Lübbers,

für Ihre Einkommensteuererklärung 2023 bescheinigen wir Ihnen die im
Kalenderjahr 2023 gezahlten Beiträge:

Versicherungsnehmer:   Hartmut Lübbers, Auf dem Kamp 6, 27318 Hoya
Vertrag:               KF 20-4418873, Kennzeichen NI-HL 64

  Kfz-Haftpflichtversicherung     404,18 EUR
  Fahrzeugvollversicherung        512,66 EUR   (steuerlich nicht als
                                                Vorsorgeaufwand absetzbar)
  Schutzbrief                      12,90 EUR

Die Kfz-Haftpflichtbeiträge können Sie als sonstige Vorsorgeaufwendungen
in der Anlage Vorsorgeaufwand angeben.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Beitragsservice
"""
    return R(mail("Weserland Beitragsservice <beitragsservice@weserland.example>",
                  "Hartmut Lübbers <h.luebbers@hoya-net.example>",
                  "Beitragsbescheinigung 2023 Kfz-Haftpflicht", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "annual premium certificate for motor liability: named customer, address, plate")


def m124():
    body = """Dear Aylin,

as discussed in the treasury committee, the cash pooling agreement
between Nordhaven Insurance Group and the German entities will be amended
with effect from 1 January 2025:

- Target balance per participating account raised from EUR 2m to EUR 3m
  (benefit-payment peaks in health at the start of the month).
- Weserland Krankenversicherung a.G. remains outside the zero-balancing
  because of the mutual's restrictions on intra-group lending; it will
  only participate in the notional pool.
- Interest: €STR + 0.15 % for credit balances, €STR + 0.60 % for debit
  balances.
- Sweeping time moved from 16:30 to 17:15 CET so that the late
  benefit-payment run is included.

Legal will send the amendment for signature by 15 November. Please
confirm the account list in Appendix 1 is still correct (three accounts
at Weserbank).

Best regards
Group Treasury, Nordhaven Insurance Group
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "FW: Cash pooling agreement – amendment 2025", body),
             "NORMAL", "en", "internal",
             "trap: group cash-pooling terms, no person")


def m125():
    body = """Sehr geehrte Frau Kuhlmann,

wie besprochen erhalten Sie anbei die Vereinbarung. Bitte unterschreiben
Sie beide Exemplare und senden Sie eines an uns zurück.

Mit freundlichen Grüßen
Heike Brandstätter
Weserland Krankenversicherung a.G.
"""
    att = docx("Vereinbarung_K1204-902716.docx", [
        "# Ratenzahlungsvereinbarung",
        "zwischen der Weserland Krankenversicherung a.G., Kontorhaus am Deich 7, 28199 Bremen",
        "und Frau Doris Kuhlmann, geb. 14.01.1968, Ostertorsteinweg 72, 28203 Bremen",
        "# § 1 Forderung",
        "Aus der Krankheitskosten- und Pflegepflichtversicherung K 1204-902716 (Tarife KV-Komfort 300, PVN) besteht zum 14.10.2024 ein Beitragsrückstand von 2.211,60 EUR (Beiträge Mai bis August 2024) zuzüglich Säumniszuschlägen von 66,00 EUR.",
        "# § 2 Raten",
        [["Rate", "Fälligkeit", "Betrag EUR"], ["1", "01.11.2024", "227,76"], ["2–9", "jeweils zum 1. des Monats", "227,76"], ["10", "01.08.2025", "227,76"]],
        "# § 3 Mahnverfahren",
        "Das Mahnverfahren nach § 193 Abs. 6 VVG ruht während der Laufzeit. Die Leistungen aus dem Tarif bleiben vollständig erhalten; insbesondere werden die Kosten der laufenden Psychotherapie (Bewilligung vom 12.06.2024, 25 Sitzungen) weiter erstattet.",
        "# § 4 Hinweis",
        "Frau Kuhlmann hat mitgeteilt, dass sie seit Juli 2024 Arbeitslosengeld I bezieht. Sollte Hilfebedürftigkeit nach SGB II eintreten, bitten wir um Vorlage des Bescheids.",
        "Bremen, 14.10.2024",
    ])
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Doris Kuhlmann <doris.kuhlmann@wesermail.example>",
                  "Ihre Vereinbarung", body, atts=[att]),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; DOCX payment plan for health arrears with psychotherapy and birth date")


def m126():
    body = """Hi Nadine, hallo Jens,

Erstattungen > 1.000 EUR aus dem Lauf ERS-20241021 warten auf eure
Freigabe (four-eyes). List attached – bitte bis 14 Uhr freigeben, sonst
gehen sie erst morgen raus.

Two items have a payee that differs from the policyholder (marked) –
bitte besonders prüfen.

Thanks, Marta
"""
    att = xlsx("ERS-20241021_Freigabe_1000plus.xlsx", [("Freigabe", [
        ["Pos", "Vertrag", "Sparte", "VN", "Zahlungsempfänger", "IBAN", "Betrag EUR", "Grund", "abweichender Empfänger"],
        [1, "WG 35-1987730", "Wohngebäude", "Ashworth, Helen", "Simon Ashworth", "GB69NWBK13733445699119", 1046.30, "Doppelzahlung", "X"],
        [2, "KF 20-7112980", "Kfz", "Meyer, Jörn", "Jörn Meyer", "DE34291532076595266545", 1288.40, "Abmeldung Fahrzeug", ""],
        [3, "WG 35-2307155", "Wohngebäude", "Claasen, Ingo", "Ingo Claasen", "DE47440552291050464764", 1410.00, "Beitragsneuberechnung", ""],
        [4, "KF 20-6904477", "Kfz", "Ahrens, Tanja", "Autohaus Ahrens & Söhne", "DE19250571295170233200", 2115.70, "Wagniswegfall, Abtretung", "X"],
    ])])
    return R(mail("Marta Zielińska <marta.zielinska@ssc.weserland.example>",
                  "Nadine Böttjer <nadine.boettjer@weserland.example>, Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Freigabe Erstattungen > 1.000 EUR – ERS-20241021", body, atts=[att],
                  date=D("2024-10-21 10:12")),
             "CONFIDENTIAL", "mixed", "internal",
             "refund approval list: named customers, IBANs, motor/buildings contracts (XLSX)")


def m127():
    body = """Liebe Kolleginnen und Kollegen,

zur Info das aktuelle Rundschreiben des Verbands (Auszug), relevant für
den Bescheinigungslauf im Januar.

------------------------------------------------------------------------
Rundschreiben 2024/31 – Elektronische Übermittlung von Beitragsdaten
nach § 10 Abs. 2a EStG für den Veranlagungszeitraum 2024

1. Die Übermittlung erfolgt wie bisher bis zum 28.02.2025 über ELSTER
   (Datensatz "Vorsorgeaufwendungen KV/PV"). Ab 2025 ist die
   Identifikationsnummer der versicherten Person auch für
   mitversicherte Kinder zwingend zu übermitteln.
2. Beitragsrückerstattungen und Bonuszahlungen sind im Jahr des Zuflusses
   zu melden, Korrekturen als Storno und Neumeldung.
3. Beiträge, die im Notlagentarif gezahlt werden, gehören vollständig zur
   Basisabsicherung.
4. Für Beiträge, die der Grundsicherungsträger direkt an das
   Versicherungsunternehmen zahlt (§ 26 SGB II), ist keine Meldung
   vorzunehmen.
------------------------------------------------------------------------

Wir prüfen bis Mitte November, ob Punkt 1 für uns eine Änderung im
Datenabruf bei Neugeborenen bedeutet.

Viele Grüße
Oliver Grundmann
"""
    return R(mail("Oliver Grundmann <oliver.grundmann@weserland.example>",
                  "Bescheinigungswesen Team <bescheinigungen-team@weserland.example>",
                  "Verbandsrundschreiben 2024/31 – Beitragsdaten § 10 EStG", body),
             "NORMAL", "de", "newsletter",
             "trap: association circular on transmitting health premium data to tax office")


def m128():
    body = """Sehr geehrte Frau Dietrich,

zu Ihrer Anfrage vom 21.10.2024 (Steuernummer 60/214/33871, Veranlagung
2023) bestätigen wir, dass wir für die Steuerpflichtige Frau Sandra
Behrens, IdNr. 41 770 285 613, am 31.10.2024 eine Korrekturmeldung der
Beitragsdaten 2023 übermittelt haben.

Grund: Die Beitragsrückerstattung von 1.126,80 EUR wurde in der
ursprünglichen Meldung nicht dem Jahr 2023, sondern dem Jahr 2024
zugeordnet. Korrigierte Werte 2023:

  Beiträge Basis-Krankenversicherung     5.410,20 EUR
  Beiträge Pflegepflichtversicherung       402,24 EUR
  erstattete Beiträge (BRE)             -1.126,80 EUR

Frau Behrens ist über die Korrektur informiert.

Mit freundlichen Grüßen
Oliver Grundmann
Bescheinigungswesen / Steuern
Weserland Krankenversicherung a.G.
"""
    return R(mail("Oliver Grundmann <bescheinigungen@weserland.example>",
                  "Finanzamt Bremen – Veranlagung <veranlagung@fa-bremen.example>",
                  "Ihre Anfrage StNr. 60/214/33871 – Korrekturmeldung Beitragsdaten 2023", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "health/care premium data with tax ID of a named taxpayer to the tax office")


def m129():
    body = """Guten Tag Herr Janßen,

am 28.10.2024 ist bei uns eine Überweisung über 480,00 EUR von Ihrem Konto
IBAN DE64 2915 3349 1826 2798 49 eingegangen, leider ohne Verwendungszweck.

Bei uns bestehen auf Ihren Namen zwei Verträge:
  - Kfz-Versicherung KF 20-6712209 (Beitrag per Lastschrift, kein Rückstand)
  - Wohngebäudeversicherung WG 35-1801436 (Jahresbeitrag 480,00 EUR,
    fällig am 01.11.2024 per Überweisung)

Wir gehen davon aus, dass die Zahlung für die Wohngebäudeversicherung
bestimmt ist, und buchen sie entsprechend, wenn Sie uns nicht bis zum
08.11.2024 etwas anderes mitteilen.

Mit freundlichen Grüßen
Svenja Tietjen
Klärungsstelle Zahlungsverkehr
"""
    return R(mail("Svenja Tietjen <klaerung@weserland.example>",
                  "Heiko Janßen <heiko.janssen@friesland-net.example>",
                  "Ihre Zahlung vom 28.10.2024 ohne Verwendungszweck", body),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "unassigned payment: named customer's IBAN, motor and buildings contracts")


def m130():
    body = """Dear all,

planned maintenance of SAP FS-CD and the payment interfaces:

  Saturday 16 November 2024, 06:00 - Sunday 17 November, 14:00 CET

During this window:
- no dunning run, no payment run, no direct debit submission
- bank statements (camt.053) received on Saturday will be imported on
  Sunday afternoon
- the customer portal shows "payment details cannot be changed at the
  moment"

The direct debit run for 18 November will be submitted on Sunday evening
as usual. Please inform customers who ask about delays accordingly.

SAP Basis & FS-CD Application Management
"""
    return R(mail("SAP Application Management <sap-am@weserland.example>",
                  "Finance all <finanzen-alle@weserland.example>",
                  "Planned maintenance FS-CD 16/17 November", body),
             "NORMAL", "en", "internal",
             "trap: system maintenance notice for payment and dunning runs")

def m131():
    body = """Dear trainees,

for Thursday's session on refunds, please prepare the following case
study (anonymised, based on a real pattern, all details changed):

Case 4 - Withdrawal within 14 days
A customer (age group 30-39) takes out a dental supplementary insurance
online on day 1. The first monthly premium is collected on day 5. On
day 12 the customer withdraws from the contract in writing, without
giving reasons.

Questions:
1. Is the withdrawal in time? (section 8 VVG: 14 days from receipt of
   the policy documents and the information)
2. Which premium must be refunded - all of it, or may we keep the
   premium for the days of cover? (section 9 VVG, the customer was
   informed correctly)
3. Which payment channel do we use for the refund if the mandate has
   already been cancelled?
4. What happens if a dental treatment started on day 8?

Solution sheet will follow after the session.

Training Team Premium Accounting
"""
    return R(mail("Training Finance <training-finanzen@weserland.example>",
                  "Trainees 2024 <azubis-2024@weserland.example>",
                  "Case study for Thursday: refunds after withdrawal", body),
             "NORMAL", "en", "internal",
             "trap: anonymised training case on dental insurance withdrawal, no person")


def m132():
    body = """Hallo Druckerei-Team,

anbei die finale Vorlage für das SEPA-Lastschriftmandat (Formular
F-ZV-01, Stand 11/2024) für den Nachdruck (5.000 Stück, Block à 50,
Papier 90 g). Bitte Korrekturabzug vorab als PDF.

Danke und Gruß
Nadine Böttjer
"""
    att = pdf("F-ZV-01_SEPA-Mandat_2024-11.pdf", [
        "SEPA-Lastschriftmandat (F-ZV-01, 11/2024)",
        "",
        "Zahlungsempfänger: Weserland Versicherungen, Kontorhaus am Deich 7, 28199 Bremen",
        "Gläubiger-Identifikationsnummer: DE71ZZZ00001822934",
        "Mandatsreferenz: wird separat mitgeteilt",
        "",
        "Ich ermächtige die Weserland Versicherungen, Zahlungen von meinem Konto mittels",
        "Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von den",
        "Weserland Versicherungen auf mein Konto gezogenen Lastschriften einzulösen.",
        "Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die",
        "Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem",
        "Kreditinstitut vereinbarten Bedingungen.",
        "",
        "Vertragsnummer(n): ____________________________________________",
        "Kontoinhaber (Vorname, Name): ______________________________________",
        "Straße, Hausnummer: ______________________________________________",
        "PLZ, Ort: ______________________________________________________",
        "IBAN: DE __ __ __ __  __ __ __ __  __ __ __ __  __ __ __ __  __ __",
        "",
        "_____________________________     ____________________________________",
        "Ort, Datum                        Unterschrift Kontoinhaber",
    ], "SEPA-Lastschriftmandat")
    return R(mail("Nadine Böttjer <nadine.boettjer@weserland.example>",
                  "Druckerei-Team <auftraege@druckzentrum-nord.example>",
                  "Nachdruck Formular F-ZV-01 SEPA-Mandat", body, atts=[att]),
             "NORMAL", "de", "insurer-to-supplier",
             "trap: blank SEPA mandate form (PDF) with the insurer's creditor ID only")


def m133():
    body = """Hi Jens,

attached the dunning statistics for October (per company code and dunning
level), as an ODS file because the SSC laptops still have LibreOffice.

Short comment: level 3 in Motor went up because of the July main due date
(cancellations three months later), nothing unusual. The health figures
under level "193-1/193-2" are the statutory reminders; the emergency
tariff count is the stock at month end.

Piotr
"""
    att = ods("Dunning_statistics_2024-10.ods", [
        ("October 2024", [
            ["Company code", "Line", "Level 1", "Level 2", "Level 3", "Hand-over", "Paid after L1", "Paid after L2"],
            ["WLA", "Motor", 4118, 1730, 291, 188, "70 %", "22 %"],
            ["WLA", "Property/Liability", 3022, 940, 190, 121, "77 %", "18 %"],
            ["WLA", "Accident", 611, 170, 21, 0, "79 %", "17 %"],
            ["WLL", "Life/Disability/Pension", 2877, 902, 58, 0, "83 %", "12 %"],
            ["WLK", "Health/LTC (193-1/193-2)", 1904, 611, 0, 0, "68 %", "19 %"],
            ["WLK", "Emergency tariff stock", 1192, "", "", "", "", ""],
        ]),
    ])
    return R(mail("Piotr Nowakowski <piotr.nowakowski@ssc.weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "Dunning statistics October", body, atts=[att]),
             "NORMAL", "en", "internal",
             "trap: dunning statistics per level and line incl. health (ODS), aggregates only")


def m134():
    body = """Hallo Carola,

zur Info für die Direktversicherung von Frau Hashemi – die Antwort des
Arbeitgebers auf unsere Fehlbetragsliste März. Bitte den Vertrag ab
01.02. beitragsfrei stellen und ihr die private Fortführung anbieten.

Gruß Tobias

-------- Original-Nachricht --------
Von: Lohnbuchhaltung Meyer Metallbau <lohn@meyer-metallbau.example>
Datum: 05.11.2024 09:17
An: bav-inkasso@weserland.example
Betreff: AW: Direktversicherung GV 880-0417 – Fehlbeträge

Sehr geehrte Frau Wübbenhorst,

entschuldigen Sie die späte Antwort. Zu Ihrer Liste:

- Frau Roya Hashemi (Pers.-Nr. 00601, L 8.004.166-1) ist seit 12.02.2024
  in Elternzeit, vorher war sie ab Dezember 2023 wegen
  Schwangerschaftskomplikationen krankgeschrieben und hat Krankengeld
  bezogen. Es wird kein Entgelt gezahlt, daher auch keine Umwandlung.
- Herr Kowalski und Frau Schröder: Fehler in der Lohnsoftware, die
  Beiträge März–Oktober überweisen wir diese Woche nach.
- Herr Feldkamp hat seine Umwandlung ab März halbiert, Änderungsantrag
  anbei.

Mit freundlichen Grüßen
Sabine Janßen
Meyer Metallbau GmbH & Co. KG – Lohn und Gehalt
"""
    return R(mail("Tobias Harms <tobias.harms@weserland.example>",
                  "Carola Wübbenhorst <carola.wuebbenhorst@weserland.example>",
                  "WG: AW: Direktversicherung GV 880-0417 – Fehlbeträge", body),
             "STRICTLY_CONFIDENTIAL", "de", "company",
             "employer's text quoted: pregnancy complications, sick pay, bAV life contracts")


def m135():
    body = """Dear colleagues,

re your query of 4 November (your ref. INV-24-117209): your customer
Mr Sebastian Roolfs has claimed a refund of our SEPA core direct debit of
1 August 2024 (61.40 EUR, motor insurance KF 20-6015540) under reason
code MD01 "no valid mandate".

We dispute the claim. Attached to our reply in the EBA investigation
portal you will find a copy of the mandate:
  mandate reference:  WLA-KF206015540-01
  date of signature:  14 March 2022 (signed in our customer portal,
                      IP and timestamp logged)
  debtor account:     DE80 2915 6628 1798 1670 79
  creditor ID:        DE71ZZZ00001822934

As a valid mandate existed, we ask you to reject the refund claim.

Kind regards
Payments / Treasury – Weserland Versicherungen
"""
    return R(mail("Weserland Payments <zahlungsverkehr@weserland.example>",
                  "Debtor Bank Investigations <sepa-investigations@volksbank-ems.example>",
                  "Your ref. INV-24-117209 – MD01 refund claim Roolfs", body),
             "CONFIDENTIAL", "en", "insurer-to-partner",
             "dispute of a refund claim: named customer, motor policy, IBAN, mandate")

def m136():
    body = """Dear Mr Cordes,

thank you for the returned-mail report for the October mailings. For our
files, the summary as we understood it:

  Mailing                                   sent      returned   rate
  Premium adjustment notices (property)     61,204        412    0.67 %
  Dunning letters level 1 (all lines)       12,530        301    2.40 %
  Premium certificates motor liability         812          9    1.11 %
  SEPA pre-notifications                    38,990        187    0.48 %

As agreed, please continue to destroy returned dunning letters after
scanning (shredding class P-4, certificate monthly) and send us only the
scan index file via SFTP. Please do not send any scans or address lists
by email.

Best regards
Oliver Grundmann
Output Management, Weserland Versicherungen
"""
    return R(mail("Oliver Grundmann <oliver.grundmann@weserland.example>",
                  "Jörg Cordes <j.cordes@druckzentrum-nord.example>",
                  "Returned mail report October – summary", body),
             "NORMAL", "en", "insurer-to-supplier",
             "trap: returned-mail statistics for dunning letters and certificates, counts only")


def m137():
    body = """Sehr geehrter Herr Sievers,

vielen Dank für die Übersendung des Bewilligungsbescheids des Jobcenters
Bremen vom 04.11.2024. Damit ist nachgewiesen, dass Sie seit dem
01.10.2024 hilfebedürftig im Sinne des SGB II sind.

Das bedeutet für Ihre Krankenversicherung K 1203-114563:
- Das Ruhen der Leistungen endet rückwirkend zum 01.10.2024. Sie sind ab
  diesem Tag wieder in Ihrem bisherigen Tarif KV-Start 1200 und in der
  Pflegepflichtversicherung versichert; der Notlagentarif endet.
- Ihre Rechnungen seit Oktober (u. a. Hausarzt Dr. Brüning und die
  Insulin-Verordnungen) erstatten wir nach dem bisherigen Tarif; bitte
  reichen Sie die übrigen Belege ein.
- Der Beitragsrückstand aus der Zeit vor Oktober (1.878,40 EUR) bleibt
  bestehen. Solange Sie Bürgergeld beziehen, werden wir ihn nicht
  beitreiben; Zahlungen können Sie aber jederzeit leisten.
- Den Zuschuss zu Ihren laufenden Beiträgen zahlt das Jobcenter ab
  Dezember direkt an uns.

Mit freundlichen Grüßen
Heike Brandstätter
Beitragsbuchhaltung Kranken
"""
    return R(mail("Heike Brandstätter <beitrag-kv@weserland.example>",
                  "Dirk Sievers <dirk.sievers@mail-hb.example>",
                  "Ende des Notlagentarifs – K 1203-114563", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "end of emergency tariff: welfare status, insulin prescriptions, health arrears")


def m138():
    body = """Sehr geehrte Damen und Herren,

für das bei Ihnen geleaste Fahrzeug bestätigen wir den Versicherungsschutz
und den Beitragsstand:

  Leasingvertrag:          LV-2023-118402
  Leasingnehmerin:         Svenja Kröger, Bremerhavener Heerstraße 212,
                           28219 Bremen
  Fahrzeug:                Hyundai Kona Elektro, FIN KMHK381GFPU204417,
                           amtl. Kennzeichen HB-SK 2212
  Vertrag:                 KF 20-7021783
  Umfang:                  Haftpflicht + Vollkasko (SB 500/150)
  Sicherungsschein:        zu Ihren Gunsten ausgestellt am 02.02.2023
  Beiträge:                bis 31.12.2024 vollständig bezahlt

Wir werden Sie wie im Sicherungsschein vereinbart informieren, falls der
Beitrag künftig nicht gezahlt wird oder der Vertrag endet.

Mit freundlichen Grüßen
Weserland Allgemeine Versicherung AG
Kraftfahrt-Betrieb
"""
    return R(mail("Weserland Kraftfahrt <kfz-betrieb@weserland.example>",
                  "Hansa Auto Leasing – Versicherungsnachweise <nachweise@hansa-autoleasing.example>",
                  "Versicherungsbestätigung LV-2023-118402 / KF 20-7021783", body),
             "CONFIDENTIAL", "de", "insurer-to-company",
             "named lessee's address, VIN, plate and motor policy to the leasing company")


def m139():
    body = """Hallo zusammen,

bitte bei der Planung der Lastschrift- und Zahlläufe berücksichtigen –
an diesen Tagen ist TARGET2 geschlossen, es findet keine Verrechnung
statt. Fällige Lastschriften werden am nächsten Bankarbeitstag belastet,
Überweisungen (auch Leistungsauszahlungen) kommen einen Tag später an.

2025:
  Mi 01.01.2025  Neujahr
  Fr 18.04.2025  Karfreitag
  Mo 21.04.2025  Ostermontag
  Do 01.05.2025  Tag der Arbeit
  Do 25.12.2025  1. Weihnachtstag
  Fr 26.12.2025  2. Weihnachtstag

Zusätzlich: 24.12. und 31.12. sind bei der Weserbank keine
Bankarbeitstage für Lastschrifteinreichungen. Der Januar-Lauf (Fälligkeit
01.01.) wird daher am 27.12.2024 eingereicht und am 02.01.2025 belastet.

Gruß
Aylin
"""
    return R(mail("Aylin Karaca <aylin.karaca@weserland.example>",
                  "Zahlungsverkehr Team <zahlungsverkehr@weserland.example>",
                  "TARGET2-Feiertage 2025 / Lastschrifttermine", body),
             "NORMAL", "de", "internal",
             "trap: bank holiday calendar for direct debit runs")


def m140():
    body = """Dear Mr Kowalczyk,

we have received the invoice from Hörwelt Akustik Bremen for your new
hearing aids (2 x Phonak Audéo, fitted on 14 October 2024 after the ENT
prescription of Dr. Lange for bilateral sensorineural hearing loss):

  invoice amount                              3,980.00 EUR
  maximum benefit for hearing aids (tariff
  KV-Komfort 600, every 4 years)              2,500.00 EUR
  reimbursement                               2,500.00 EUR
  less overdue premiums October/November
  (2 x 541.30 EUR, offset section 35 VVG)    -1,082.60 EUR
  payment to your account                     1,417.40 EUR

The remaining premiums from December onwards will again be collected by
direct debit from DE17 2907 7175 4598 1417 97.

Kind regards
Claims Health – Weserland Krankenversicherung a.G.
"""
    return R(mail("Weserland Claims Health <leistung-kv@weserland.example>",
                  "Tomasz Kowalczyk <t.kowalczyk@mailpl.example>",
                  "Hearing aids – reimbursement and premium offset", body),
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "hearing aids and hearing loss diagnosis, health premium offset, IBAN")


def m141():
    body = """Dear colleagues,

for next week's training "Handling garnishment orders (PfÜB) as third-party
debtor" please go through the three practice cases in the training client
(client 300). All persons, courts and file numbers are fictitious.

Case A: Erika Musterfrau (fictitious), motor policy in the training
        client, garnishment of "all claims from insurance contracts" by a
        fictitious energy supplier. Task: which refunds are caught?
Case B: Max Mustermann (fictitious), private pension (Basisrente).
        Task: draft the statement under section 840 ZPO, considering
        section 851c ZPO.
Case C: Partner firm "Beispiel Makler GmbH" (fictitious): garnishment of
        commission claims. Task: who in Broker Accounting must be
        involved?

Never use real cases or real court orders in the training.

Training Team Finance
"""
    return R(mail("Training Finance <training-finanzen@weserland.example>",
                  "Garnishment training group <training-pfueb@weserland.example>",
                  "Training: garnishment orders – practice cases", body),
             "NORMAL", "en", "internal",
             "trap: garnishment training with fictitious persons (Musterfrau/Mustermann)")


def m142():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bankverbindung geändert</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">
<div style="border-bottom:3px solid #0a3d62;padding-bottom:6px"><b>Weserland Versicherungen</b></div>
<p>Hallo Frau Grabowski,</p>
<p>Ihre Bankverbindung wurde am 26.11.2024 im Kundenportal geändert. Ab dem nächsten Beitrag ziehen wir
von diesem Konto ein:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;background:#f6f8fa">
<tr><td>Kontoinhaberin</td><td><b>Marlene Grabowski</b></td></tr>
<tr><td>IBAN</td><td><b>DE50 6006 6479 2446 4472 70</b></td></tr>
<tr><td>Betroffene Verträge</td><td>Hausrat HR 31-0412209, Glas GL 32-0090417</td></tr>
<tr><td>Neue Mandatsreferenz</td><td>WLA-HR310412209-03</td></tr>
</table>
<p>Sie haben diese Änderung nicht veranlasst? Dann rufen Sie uns bitte sofort an: 0421&nbsp;5598-0.</p>
<p>Freundliche Grüße<br>Ihr Weserland-Kundenservice</p>
</body></html>"""
    return R(mail("Weserland Kundenservice <noreply@weserland.example>",
                  "marlene.grabowski@wesermail.example",
                  "Ihre Bankverbindung wurde geändert", html=html, html_only=True),
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only: new IBAN and household/glass policies of a named customer")


def m143():
    body = """Hallo Jens,

anbei der Export der Rücklastschriften Kranken/PPV für November (aus
FS-CD, Report ZKV_RLS_MON) für die Fallbesprechung am Donnerstag. Ich habe
die Fälle markiert, bei denen wir wegen laufender Behandlung oder
Hilfebedürftigkeit vorsichtig sein sollten.

Heike
"""
    rows = [["Vers.-Nr.", "Name", "Vorname", "Tarif", "Betrag", "Datum", "Grund", "Anzahl RLS 12 Mon.", "Vermerk"],
            ["K 1206-448190", "Whitmore", "Sarah", "KV-Komfort 600/PVN", "736,20", "04.11.2024", "AM04", "3", "Onkologie, Beschwerde 07/2024"],
            ["K 1199-318240", "Wiechmann", "Klaus-Peter", "KV-Komfort 300/PVN", "712,88", "04.11.2024", "MD06", "6", "Streit Physio-Erstattung"],
            ["K 1204-902716", "Kuhlmann", "Doris", "KV-Komfort 300/PVN", "552,90", "04.11.2024", "AM04", "5", "Ratenvereinbarung 10/2024, Psychotherapie"],
            ["K 1192-774018", "Oltrogge", "Bernd", "KV-Start 1200/PVN", "488,17", "04.11.2024", "AC04", "1", ""],
            ["K 1208-512277", "Siemer", "Anja", "ZahnPlus 90", "29,40", "04.11.2024", "AM04", "4", "Implantat-HKP"]]
    z = zipatt("RLS_KV_2024-11.zip", [("RLS_KV_2024-11.csv", csvfile("x.csv", rows, enc="windows-1252")),
                                       ("Hinweis.txt", textfile("Hinweis.txt", "Nur für die Fallbesprechung Inkasso Kranken. Nach der Besprechung löschen.\n"))])
    return R(mail("Heike Brandstätter <heike.brandstaetter@weserland.example>",
                  "Jens Oltmanns <jens.oltmanns@weserland.example>",
                  "RLS Kranken November – Fallbesprechung", body, atts=[z]),
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "ZIP with CSV: returned debits in health with names and treatment notes")


def m144():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum Jahreswechsel einige Hinweise aus dem Vermittlerservice:

1. Courtageabrechnung: Die Dezember-Abrechnung erfolgt am 18.12.2024, die
   Januar-Abrechnung am 20.01.2025. Stornohaftung für Verträge, die wegen
   Nichtzahlung gekündigt werden, wie gewohnt 60 Monate (Leben) bzw.
   12 Monate (Sach).
2. Bestandsinformation Rückstände: Ab Januar finden Sie im Maklerportal
   unter "Bestand > Zahlungsstörungen" eine tägliche Übersicht Ihrer
   Verträge mit Mahnstufe 2 und höher. Bitte sprechen Sie Ihre Kunden
   frühzeitig an – eine Ratenzahlung ist fast immer besser als eine
   Kündigung.
3. SEPA-Mandate: Mandate, die Sie für Ihre Kunden einreichen, bitte nur
   noch über das Maklerportal hochladen, nicht per E-Mail.
4. Beitragsbescheinigungen 2024 für Kranken/PPV werden Mitte Januar
   verschickt; Duplikate können Ihre Kunden selbst im Kundenportal
   abrufen.

Mit freundlichen Grüßen
Ihr Vermittlerservice
Weserland Versicherungen
"""
    return R(mail("Weserland Vermittlerservice <vermittlerservice@weserland.example>",
                  "Vertriebspartner-Verteiler <vertriebspartner@weserland.example>",
                  "Maklerinformation Dezember 2024: Courtage, Zahlungsstörungen, Mandate", body),
             "NORMAL", "de", "insurer-to-broker",
             "trap: broker circular on commission dates, dunning overview and mandates")


def m145():
    body = """Dear Mrs Hofer,

your motor insurance KF 20-7291164 (plate HB-MH 808) ended on
30 November 2024 as you have moved to Innsbruck and registered the car in
Austria. You paid the premium for the whole year 2024 in January.

  annual premium 2024                      544.80 EUR
  premium 01/01 - 30/11/2024              -499.40 EUR
  refund                                    45.40 EUR

We will transfer the refund to your Austrian account
AT58 9738 1346 8146 4675 (account holder: Martina Hofer) within the next
days. For your new Austrian insurer we have enclosed a certificate of
your claims history by post (no claims since 2017).

Kind regards
Customer Service Premiums
Weserland Allgemeine Versicherung AG
"""
    return R(mail("Weserland Customer Service <beitragsservice@weserland.example>",
                  "Martina Hofer <martina.hofer@tirolmail.example>",
                  "Refund – motor insurance KF 20-7291164", body, cte="base64"),
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "base64 body: motor refund with plate and Austrian IBAN of a named customer")


def m146():
    body = """Sehr geehrter Herr Bullwinkel,

wie jedes Jahr erhalten Sie die Mitteilung über Ihre Rentenbezüge aus
unserer privaten Rentenversicherung für Ihre Steuererklärung. Die Daten
haben wir nach § 22a EStG an die Zentrale Zulagenstelle für
Altersvermögen (ZfA) übermittelt.

  Vertrag:                       L 6.901.224-7 (Rentenbeginn 01.07.2016)
  Steuer-Identifikationsnummer:  73 406 912 558
  geb. am:                       19.06.1951
  Rentenzahlungen 2024:          12 x 412,36 EUR = 4.948,32 EUR
  Ertragsanteil (Rentenbeginn mit
  65 Jahren, § 22 Nr. 1 Satz 3
  Buchst. a Doppelbuchst. bb EStG): 18 %
  steuerpflichtiger Anteil:      890,70 EUR
  Zahlung auf Konto:             DE72 2505 8967 0599 7570 03

Bitte tragen Sie die Werte in die Anlage R-AV/bAV ein.

Mit freundlichen Grüßen
Weserland Lebensversicherung AG
Rentenzahlung
"""
    return R(mail("Weserland Rentenzahlung <rentenzahlung@weserland.example>",
                  "Gerhard Bullwinkel <g.bullwinkel@seniorennetz.example>",
                  "Leistungsmitteilung 2024 nach § 22 Nr. 5 EStG", body,
                  date=D("2025-01-29 08:15")),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "annual pension payment statement: life contract, tax ID, birth date, IBAN")


def m147():
    body = """Hello Ms Adeyinka,

thank you for your question. At the moment we offer the following ways
to pay your premiums:

- SEPA direct debit from any euro account in the SEPA area (also
  non-German IBANs)
- bank transfer
- for one-off payments (e.g. a first premium or an outstanding amount):
  credit card or PayPal via our payment page

Regular premiums cannot be paid by credit card. There is no surcharge for
payment by direct debit.

If you would like a quote, our advisers are happy to help:
https://www.weserland.example/beratung

Best regards
Customer Service
Weserland Versicherungen
"""
    return R(mail("Weserland Customer Service <service@weserland.example>",
                  "Folake Adeyinka <folake.adeyinka@mailbox-web.example>",
                  "Re: Can I pay by credit card?", body),
             "NORMAL", "en", "insurer-to-customer",
             "trap: generic answer on payment methods to a prospect, no contract")


def m148():
    body = """Hallo Svenja,

die Zahlung vom 03.12. über 8.412,75 EUR von der Glasprofi Bremen-Nord
GmbH ("RG 24-3317 DOPPELT") ist eine Rückzahlung: Wir hatten deren
Rechnung 24-3317 (Sammelrechnung Scheibentausch Oktober) versehentlich
zweimal bezahlt, einmal über die Kreditorenbuchhaltung und einmal über
den Schaden-Zahllauf. Bitte vom Klärungskonto auf das Kreditorenkonto
70004418 umbuchen.

Kontoverbindung der Firma zur Info (stimmt mit den Stammdaten überein):
Glasprofi Bremen-Nord GmbH, DE68 2915 9992 7771 6989 59.

Danke, Lars
"""
    return R(mail("Lars Ehmen <lars.ehmen@weserland.example>",
                  "Svenja Tietjen <svenja.tietjen@weserland.example>",
                  "Klärungsposten 8.412,75 – Rückzahlung Glasprofi", body),
             "NORMAL", "de", "internal",
             "trap: repayment of a double-paid supplier invoice, company account only")


def m149():
    body = """Dear all,

as every year, the following payment freeze applies around the year-end
closing (all company codes, all payment methods):

  27/12/2024 16:00  last benefit-payment and refund runs 2024
  30/12/2024        no payment runs; only urgent manual payments with
                    approval of the Head of Accounting
  31/12/2024        bank statements cut-off; no postings to 2024 after
                    12:00 except closing entries
  02/01/2025        first direct debit run 2025 (due date 01/01)
  03/01/2025        payment runs resume

Death benefits and sickness daily allowance are exempt from the freeze
and are paid via the emergency procedure (EBICS, two signatures).

Thanks for your support,
Matthias Wehrhahn
Head of Accounting
"""
    return R(mail("Matthias Wehrhahn <matthias.wehrhahn@weserland.example>",
                  "Finance all <finanzen-alle@weserland.example>",
                  "Year-end payment freeze 2024/25", body),
             "NORMAL", "en", "internal",
             "trap: year-end payment freeze mentioning death benefits, no person")


def m150():
    body = """Sehr geehrte Frau Behrmann,

trotz unserer Mahnung vom 04.11.2024 nach § 38 VVG sind die Beiträge für
Ihre Lebensversicherung L 7.480.337-5 (Oktober bis Dezember 2024,
3 x 118,00 EUR) nicht bei uns eingegangen. Die gesetzte Frist ist am
18.11.2024 abgelaufen.

Wir kündigen den Vertrag daher zum 01.01.2025. Nach § 166 VVG wandelt
sich Ihre Versicherung damit in eine prämienfreie Versicherung um:

  bisherige Todesfallsumme            60.000,00 EUR
  beitragsfreie Todesfallsumme        21.418,00 EUR
  beitragsfreie Erlebensfallsumme     24.107,00 EUR (Ablauf 01.12.2039)
  Berufsunfähigkeits-Zusatzvers.      erlischt

Sie können die Umwandlung innerhalb eines Monats rückgängig machen, indem
Sie den Rückstand von 354,00 EUR zahlen. Gerade wegen des Wegfalls der
BU-Absicherung empfehlen wir Ihnen, mit uns über eine Stundung oder
Ratenzahlung zu sprechen: 0421 5598-4410.

Mit freundlichen Grüßen
Carola Wübbenhorst
Inkasso Leben
Weserland Lebensversicherung AG
"""
    return R(mail("Carola Wübbenhorst <inkasso-leben@weserland.example>",
                  "Jasmin Behrmann <jasmin.behrmann@ewe-mail.example>",
                  "Kündigung und Umwandlung in eine beitragsfreie Versicherung – L 7.480.337-5", body),
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "life insurance cancelled for non-payment, paid-up values, BUZ lapses")


# ==================================================================== build

def build():
    os.makedirs(OUT, exist_ok=True)
    _STATE["rng"] = random.Random(SEED)
    rows = []
    for i in range(1, N_MAILS + 1):
        _STATE["idx"] = i
        msg, label, lang, kind, reason = globals()["m%03d" % i]()
        fname = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append((fname, label, lang, kind, reason))
    with open(LABELS, "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s and %s" % (len(rows), OUT, LABELS))


# ==================================================================== check

IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "FR": 27, "PL": 28, "PT": 25,
            "CH": 21, "LU": 20, "ES": 24, "IT": 27, "BE": 16, "IE": 22}
DIGIT_ONLY = {"DE", "AT", "PL", "PT", "ES", "BE"}
KNOWN_INVALID_IBANS = set()   # none in this corpus
IBAN_RES = []
for _cc, _ln in IBAN_LEN.items():
    _ch = r"\d" if _cc in DIGIT_ONLY else r"[0-9A-Za-z]"
    IBAN_RES.append(re.compile(r"(?<![A-Za-z0-9])(%s\d{2}(?: ?%s){%d})(?![0-9A-Za-z])" % (_cc, _ch, _ln - 4), re.I))
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)", re.I)
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _xml_text(data):
    import xml.etree.ElementTree as ET
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def _pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:] or b"xref" not in data:
        raise ValueError("not a complete PDF")
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        raise ValueError("bad startxref")
    out = []
    for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data):
        s = s.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def _office_text(data, name):
    z = zipfile.ZipFile(io.BytesIO(data))
    if z.testzip() is not None:
        raise ValueError("corrupt zip member")
    names = z.namelist()
    texts = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            t = _xml_text(z.read(n))
            if n.startswith(("word/document", "xl/worksheets", "content.xml")) or n == "content.xml":
                texts.append(t)
    low = name.lower()
    if low.endswith(".docx") and "word/document.xml" not in names:
        raise ValueError("docx without document.xml")
    if low.endswith(".xlsx") and "xl/workbook.xml" not in names:
        raise ValueError("xlsx without workbook")
    if low.endswith((".odt", ".ods")):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            raise ValueError("ODF mimetype must be first and stored")
    return "\n".join(texts)


def _file_text(name, data, charset=None):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
        return _office_text(data, name)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise ValueError("corrupt zip")
        return "\n".join(_file_text(n, z.read(n)) for n in z.namelist())
    enc = charset or ("windows-1252" if low.endswith(".csv") else "utf-8")
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        text = data.decode("windows-1252")
    if low.endswith(".csv"):
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        if not rows or len({len(r) for r in rows if r}) != 1:
            raise ValueError("ragged CSV")
    elif low.endswith(".ics"):
        if not (text.startswith("BEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR") and "BEGIN:VEVENT" in text):
            raise ValueError("bad ICS")
        if re.search(r"(?<!\r)\n", text):
            raise ValueError("ICS without CRLF")
    elif low.endswith(".xml"):
        _xml_text(data)
    return text


def _check_headers(msg, where, errors, top):
    for h in REQUIRED if top else ("From", "To", "Subject", "Date"):
        if msg[h] is None:
            errors.append("%s: missing header %s" % (where, h))
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            for _, addr in getaddresses([str(v)]):
                if addr and not addr.lower().endswith(".example"):
                    errors.append("%s: %s address not .example: %s" % (where, h, addr))
    mid = msg["Message-ID"]
    if mid and not str(mid).strip().rstrip(">").endswith(".example"):
        errors.append("%s: Message-ID domain not .example" % where)
    if top:
        frm = getaddresses([str(msg["From"])])[0][1].lower()
        if not frm.endswith("weserland.example"):
            errors.append("%s: not sent from the insurer's domain: %s" % (where, frm))


def _walk(part, where, errors, texts, stats):
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner_msg = part.get_payload(0)
        _check_headers(inner_msg, where + " (forwarded)", errors, False)
        stats["rfc822"] += 1
        texts.append(str(inner_msg["Subject"]))
        _walk(inner_msg, where + " (forwarded)", errors, texts, stats)
        return
    if part.is_multipart():
        if not part.get_boundary() or not part.get_boundary().startswith("----=_WL"):
            errors.append("%s: multipart without fixed boundary" % where)
        for sub in part.iter_parts():
            _walk(sub, where, errors, texts, stats)
        return
    fname = part.get_filename()
    try:
        if fname:
            data = part.get_payload(decode=True)
            texts.append(_file_text(fname, data, part.get_content_charset()))
            stats["att"] += 1
        else:
            texts.append(part.get_content())
    except Exception as e:   # noqa: BLE001 - report every broken part
        errors.append("%s: part %s %s does not open: %s" % (where, ctype, fname, e))


def check():
    errors = []
    with open(LABELS, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {"NORMAL": 0, "CONFIDENTIAL": 0, "STRICTLY_CONFIDENTIAL": 0}
    langs = {}
    for r in rows:
        if len(r) != 5:
            errors.append("labels.tsv: bad row %r" % (r,))
            continue
        fn, label, lang, kind, reason = r
        if label not in counts:
            errors.append("%s: bad label %s" % (fn, label))
            continue
        counts[label] += 1
        if lang not in ("de", "en", "mixed"):
            errors.append("%s: bad lang %s" % (fn, lang))
        langs[(label, lang)] = langs.get((label, lang), 0) + 1
        if not kind or not reason.strip():
            errors.append("%s: empty kind/reason" % fn)
        if reason.startswith("trap:") and label != "NORMAL":
            errors.append("%s: trap reason on a sensitive label" % fn)
    expected = ["d%s-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if [r[0] for r in rows] != expected:
        errors.append("labels.tsv: file list does not match d%s-0001..%04d" % (NN, N_MAILS))
    if counts != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        errors.append("label counts %r" % counts)
    on_disk = sorted(os.listdir(OUT))
    if on_disk != expected:
        errors.append("mails/ does not contain exactly the expected files")
    stats = {"att": 0, "rfc822": 0, "ibans": 0}
    seen_ids, seen_dates = set(), set()
    for fn in expected:
        path = os.path.join(OUT, fn)
        if not os.path.exists(path):
            errors.append("%s: missing" % fn)
            continue
        data = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: line ends are not CRLF" % fn)
        msg = BytesParser(policy=default).parsebytes(data)
        _check_headers(msg, fn, errors, True)
        for d in msg.defects:
            errors.append("%s: parser defect %s" % (fn, d.__class__.__name__))
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            errors.append("%s: duplicate Message-ID" % fn)
        seen_ids.add(mid)
        seen_dates.add(str(msg["Date"]))
        texts = [str(msg["Subject"])]
        _walk(msg, fn, errors, texts, stats)
        blob = "\n".join(t for t in texts if t)
        for m in EMAIL_RE.finditer(blob):
            if not m.group(1).lower().rstrip(".").endswith(".example"):
                errors.append("%s: e-mail domain not .example: %s" % (fn, m.group(0)))
        for m in URL_RE.finditer(blob):
            host = m.group(1).lower().rstrip(".")
            if not host.endswith(".example"):
                errors.append("%s: URL host not .example: %s" % (fn, host))
        for rx in IBAN_RES:
            for m in rx.finditer(blob):
                cand = m.group(1).replace(" ", "").upper()
                stats["ibans"] += 1
                if not iban_ok(cand) and cand not in KNOWN_INVALID_IBANS:
                    errors.append("%s: IBAN checksum fails: %s" % (fn, m.group(1)))
    print("labels: %s" % ", ".join("%s %d" % kv for kv in counts.items()))
    for lab in counts:
        print("  %-22s de %3d  en %3d  mixed %3d" % (lab, langs.get((lab, "de"), 0), langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    print("mails parsed: %d, attachments opened: %d, forwarded messages: %d, IBANs validated: %d"
          % (len(expected), stats["att"], stats["rfc822"], stats["ibans"]))
    if errors:
        print("CHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
