#!/usr/bin/env python3
"""Generator for the Siegel independent corpus dev67 (seed 67).

Theme: prescriptions, pharmacies, medical aids and therapies, seen by the
invented insurer "Brunnfeld Versicherungsgruppe" (brunnfeld.example).

Every mail is written by hand in its own function m001 ... m150.  The helper
functions below only turn that hand-written content into MIME or into a file
format (CSV, XLSX, ODS, DOCX, ODT, PDF, ZIP).  Nothing is assembled from lists
of parts or drawn at random; `random` is seeded only so that the MIME
boundaries chosen by Python's email package are reproducible.

    python3 make_corpus.py          # writes mails/d67-0001.eml ... and labels.tsv
    python3 make_corpus.py --check  # re-parses every file and validates counts
"""
import csv
import datetime as _dt
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 67
NN = "67"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
DOM = "brunnfeld.example"
ZIP_TIME = (2026, 11, 2, 8, 0, 0)
DOC_TIME = _dt.datetime(2026, 11, 2, 8, 0, 0)

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

_CUR = {"n": 0}


def _date(s, tz="+0100"):
    """'2026-11-02 09:14' -> RFC 5322 date with the right weekday."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = d.replace(tzinfo=_dt.timezone(off), second=(_CUR["n"] * 7) % 60)
    return format_datetime(d)


def _msgid(date, host=DOM):
    stamp = re.sub(r"\D", "", date)[:12]
    return "<%s.%04d.%s@%s>" % (stamp, _CUR["n"], "d" + NN, host)


def A(filename, data, ctype=None):
    """An attachment: filename, bytes (or EmailMessage for message/rfc822)."""
    return (filename, data, ctype)


_CTYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ics": "text/calendar",
    "zip": "application/zip",
    "txt": "text/plain",
    "jpg": "image/jpeg",
}


def mail(frm, to, subject, date, text=None, html=None, cc=None, att=(),
         charset="utf-8", cte=None, html_cte=None, hdr=None, tz="+0100",
         flowed=False):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = _date(date, tz)
    m["Message-ID"] = _msgid(date)
    for k, v in (hdr or []):
        m[k] = v
    if text is not None:
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    for filename, data, ctype in att:
        if isinstance(data, EmailMessage):
            m.add_attachment(data, disposition="attachment", filename=filename)
            continue
        if ctype is None:
            ctype = _CTYPES[filename.rsplit(".", 1)[-1].lower()]
        maintype, subtype = ctype.split("/", 1)
        if maintype == "text":
            cs = "utf-8"
            if isinstance(data, tuple):
                data, cs = data
            m.add_attachment(data.decode(cs), subtype=subtype, charset=cs,
                             filename=filename,
                             cte="base64" if cs != "utf-8" else None)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def inner(frm, to, subject, date, text, cc=None, charset="utf-8", tz="+0100", att=()):
    """A complete mail to be forwarded as message/rfc822."""
    return mail(frm, to, subject, date, text=text, cc=cc, charset=charset, tz=tz, att=att)


# --------------------------------------------------------------------------
# file-format helpers
# --------------------------------------------------------------------------

def _renorm_zip(raw):
    """Rewrite a ZIP with fixed timestamps so output is byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # office libraries stamp the save time; pin it
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-11-02T08:00:00Z\2", data)
            dst.writestr(zi, data)
    return buf.getvalue()


def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


def csv_bytes(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def xlsx_bytes(sheets, author="Brunnfeld"):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for i, r in enumerate(rows):
            ws.append(list(r))
            if i == 0:
                for c in ws[1]:
                    c.font = Font(bold=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    b = io.BytesIO()
    wb.save(b)
    return _renorm_zip(b.getvalue())


def ods_bytes(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
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
    b = io.BytesIO()
    doc.write(b)
    return _renorm_zip(b.getvalue())


def odt_bytes(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return _renorm_zip(b.getvalue())


def docx_bytes(blocks, author="Brunnfeld"):
    """blocks: str (paragraph), ('h', str) heading, or list of rows (table)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.revision = 1
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif isinstance(b, tuple):
            d.add_heading(b[1], level=2)
        else:
            t = d.add_table(rows=0, cols=len(b[0]))
            t.style = "Table Grid"
            for r in b:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _renorm_zip(buf.getvalue())


def _pdf_esc(s):
    return (s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            .encode("cp1252", "replace"))


def pdf_bytes(pages, title="Dokument"):
    """pages: list of pages, each a list of lines.  A line starting with '**'
    is set in bold, '##' bigger bold.  Helvetica, WinAnsiEncoding."""
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        parts = [b"BT 50 790 Td 14 TL"]
        for ln in lines:
            if ln.startswith("##"):
                parts.append(b"/F2 13 Tf (" + _pdf_esc(ln[2:].strip()) + b") ' ")
            elif ln.startswith("**"):
                parts.append(b"/F2 9.5 Tf (" + _pdf_esc(ln[2:].strip()) + b") '")
            else:
                parts.append(b"/F1 9.5 Tf (" + _pdf_esc(ln) + b") '")
        parts.append(b"ET")
        stream = b"\n".join(parts)
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, f1, f2, c))
        kids.append(p)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title (" + _pdf_esc(title) + b") /Producer (Brunnfeld DMS) "
               b"/CreationDate (D:20261102080000+01'00') >>")
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
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, cat, info, xref))
    return out.getvalue()


def ics_bytes(text):
    return text.strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n"


# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------
# Each function returns (message, label, lang, kind, reason).
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"


def m001():
    text = """Sehr geehrter Herr Pfannenschmidt,

vielen Dank für die Einreichung Ihrer Apothekenbelege vom 19.10.2026. Wir haben
die Belege zu Ihrem Vertrag KV-4471-0938-2 (Tarif AMB 80) wie folgt abgerechnet:

Datum       Apotheke                    Präparat / Wirkstoff                PZN       Menge  Betrag    erstattet
02.10.2026  Adler-Apotheke Gießen       Ramipril 5 mg, 100 Tbl. N3          95362668  1      17,42 €   13,94 €
02.10.2026  Adler-Apotheke Gießen       Metformin 1000 mg, 180 Ftbl. N3     44600126  1      21,15 €   16,92 €
09.10.2026  Adler-Apotheke Gießen       Atorvastatin 20 mg, 100 Ftbl. N3    06862240  1      24,88 €   19,90 €
16.10.2026  Bahnhof-Apotheke Wetzlar    Pantoprazol 40 mg, 60 Tbl.          49456208  1      19,37 €   15,50 €
16.10.2026  Bahnhof-Apotheke Wetzlar    Voltaren Schmerzgel 150 g (OTC)     96688662  1      16,95 €    0,00 €
-------------------------------------------------------------------------------------------------------------
Summe                                                                                   99,77 €   66,26 €

Das Schmerzgel ist nicht verschreibungspflichtig und wurde ohne ärztliche
Verordnung gekauft; nach § 4 Abs. 7 der Tarifbedingungen können wir es leider
nicht erstatten. Bei den übrigen Arzneimitteln gilt Ihr Selbstbehalt von 20 %.

Den Betrag von 66,26 € überweisen wir in den nächsten Tagen auf Ihr bekanntes
Konto.

Mit freundlichen Grüßen

Timo Haselberger
Leistungsabteilung Krankenversicherung ambulant
Brunnfeld Krankenversicherung a.G.
Tel. 0641 97720-318
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Gerd Pfannenschmidt <g.pfannenschmidt@t-online.example>",
             "Ihre Leistungsabrechnung vom 27.10.2026 – Vertrag KV-4471-0938-2",
             "2026-10-27 10:41", text=text)
    return m, S, "de", "insurer-to-customer", "pharmacy reimbursement table for named customer: ramipril, metformin, atorvastatin with PZN and amounts, health contract"


def m002():
    text = """Hallo zusammen,

kurze Info aus dem Team Kodierung/Datenqualität: Das BfArM hat die ICD-10-GM
Version 2027 veröffentlicht. Für unsere Prüfregeln sind vor allem diese Punkte
relevant:

- neue Schlüsselnummern im Kapitel U (Sondernutzung) – bitte in der Regeltabelle
  ergänzen, bevor die ersten Abrechnungen mit Behandlungsdatum 01.01.2027 kommen
- die Zusatzkennzeichen für die Diagnosesicherheit bleiben unverändert:
  G = gesicherte Diagnose, V = Verdacht, Z = Zustand nach, A = ausgeschlossen
- Seitenlokalisation R / L / B wie bisher, z. B. "M17.1 R" oder "H90.3 B"
- die Plausiprüfung "Zusatzkennzeichen fehlt" soll künftig nur noch warnen,
  nicht ablehnen (Beschluss aus der Fachrunde vom 14.10.)

Die aktualisierte Mapping-Tabelle liegt ab Montag unter
\\\\fs02\\leistung\\kodierung\\icd2027\\. Wer Testfälle braucht: bitte nur die
synthetischen Fälle aus dem Testmandanten verwenden, keine echten Belege.

Viele Grüße
Ayşe Demirtaş
Kodierung & Datenqualität / Leistung KV
"""
    m = mail("Ayşe Demirtaş <ayse.demirtas@brunnfeld.example>",
             "Leistung-KV-alle <leistung-kv@brunnfeld.example>",
             "ICD-10-GM 2027 – was sich für die Prüfregeln ändert",
             "2026-10-28 08:05", text=text, cte="quoted-printable")
    return m, N, "de", "internal", "trap: ICD-10-GM update note with example codes and suffixes (M17.1 R, H90.3 B), no person"


def m003():
    text = """Sehr geehrte Frau Wiesner,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 29.10.2026 zum Einbruch in
die Apotheke am Lindenplatz in der Nacht vom 27. auf den 28.10.2026.

Versicherungsnehmerin: Carola Wiesner e.Kfr., Apotheke am Lindenplatz
Vertrag:              GI-2209-114578 (Geschäftsinhaltsversicherung inkl. Betriebsunterbrechung)
Schadennummer:        S-26-0871342
Risikoort:            Lindenplatz 3, 35390 Gießen

Nach Ihrer Aufstellung wurden entwendet: Wechselgeld aus zwei Kassen (ca. 640 €),
ein Tablet aus dem Botendienst und die Spendendose vom HV-Tisch. Beschädigt sind
die Eingangstür und ein Sichtwahlregal. Der Betäubungsmittelschrank war laut
Polizei unberührt – das freut uns.

Bitte senden Sie uns noch:
1. das Aktenzeichen bzw. die Anzeigenbestätigung der Polizei Gießen,
2. die Rechnung des Glasers bzw. Kostenvoranschlag für die Tür,
3. den Kassenabschluss vom 27.10. (Z-Bon), damit wir den Bargeldbestand belegen können.

Ein Sachverständiger ist für den Schaden nicht nötig. Bei Fragen erreichen Sie
mich direkt.

Freundliche Grüße
Matthias Brenninger
Schaden Gewerbe Sach
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Apotheke am Lindenplatz <info@apotheke-lindenplatz.example>",
             "Einbruch Apotheke am Lindenplatz – Schaden S-26-0871342",
             "2026-10-30 14:22", text=text)
    return m, C, "de", "insurer-to-company", "sole-trader pharmacist as policyholder with contract and claim number, burglary; no patient data"


def m004():
    text = """BRUNNFELD INTERNATIONAL HEALTH - MEMBER NEWS, NOVEMBER 2026

Claiming for medicines while abroad - five things to know

1. Keep the original receipt AND the prescription. A receipt alone shows what
   you paid, but not that a doctor prescribed it.
2. Photos are fine. Make sure the pharmacy name, date, product name, strength
   and pack size are readable.
3. Receipts in Thai, Arabic or Portuguese? No need to translate them; our team
   handles 14 languages.
4. Over-the-counter products (vitamins, sun cream, cough sweets) are not covered
   unless your plan says so.
5. Submit within 12 months via the app: Claims > New claim > Pharmacy.

Questions? Our service team is available 24/7 at +49 69 3390 4400.

You receive this newsletter because you subscribed in the member app.
Unsubscribe: https://news.brunnfeld.example/unsubscribe
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#1b5e7a">Member News &ndash; November 2026</h2>
<h3>Claiming for medicines while abroad &ndash; five things to know</h3>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e3f0f5"><th>#</th><th>Tip</th></tr>
<tr><td>1</td><td>Keep the original receipt <b>and</b> the prescription.</td></tr>
<tr><td>2</td><td>Photos are fine &ndash; pharmacy name, date, product, strength and pack size must be readable.</td></tr>
<tr><td>3</td><td>No translation needed: our team handles 14 languages.</td></tr>
<tr><td>4</td><td>Over-the-counter products are not covered unless your plan says so.</td></tr>
<tr><td>5</td><td>Submit within 12 months via the app: Claims &gt; New claim &gt; Pharmacy.</td></tr>
</table>
<p>Questions? Call us 24/7 at +49 69 3390 4400.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you subscribed in the member app.
<a href="https://news.brunnfeld.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    m = mail("Brunnfeld International Health <news@brunnfeld.example>",
             "members-emea@lists.brunnfeld.example",
             "Member News: claiming for medicines abroad",
             "2026-11-03 07:00", text=text, html=html, html_cte="quoted-printable")
    return m, N, "en", "newsletter", "trap: member newsletter on pharmacy receipts and prescriptions, generic tips, no person"


def m005():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Mr Okafor,</p>
<p>thank you for your claim submitted on 12 October 2026. Please find the settlement below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dfe9f2"><th>Date</th><th>Provider</th><th>Service</th><th>Diagnosis</th><th>Invoiced (SGD)</th><th>Paid (EUR)</th></tr>
<tr><td>18/09/2026</td><td>Orchard Physio &amp; Rehab</td><td>Initial assessment + manual therapy</td><td>M54.5 G</td><td>180.00</td><td>124.30</td></tr>
<tr><td>25/09/2026</td><td>Orchard Physio &amp; Rehab</td><td>Manual therapy, 45 min</td><td>M54.5 G</td><td>140.00</td><td>96.68</td></tr>
<tr><td>02/10/2026</td><td>Orchard Physio &amp; Rehab</td><td>Manual therapy + dry needling</td><td>M54.5 G</td><td>160.00</td><td>110.49</td></tr>
<tr><td>09/10/2026</td><td>Orchard Physio &amp; Rehab</td><td>Exercise therapy, 60 min</td><td>M54.5 G</td><td>140.00</td><td>96.68</td></tr>
<tr><td colspan="4"><b>Total</b></td><td><b>620.00</b></td><td><b>428.15</b></td></tr>
</table>
<p>Your plan (Global Care Plus, membership no. BIH-SG-0042918) covers 12 physiotherapy sessions per year
on referral. Four sessions have now been used; 8 remain until 31 December 2026.</p>
<p>The amount will be transferred to your account ending in 4471 within 3 working days.</p>
<p>Kind regards,<br>Rui Santos<br>Claims Team, Brunnfeld International Health<br>
Brunnfeld Krankenversicherung a.G., Frankfurt am Main</p>
</body></html>"""
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "Daniel Okafor <daniel.okafor@mailbox.example>",
             "Claim settlement BIH-SG-0042918 / 4 invoices",
             "2026-10-19 11:03", html=html, html_cte="quoted-printable")
    return m, S, "en", "insurer-to-customer", "HTML-only table: physiotherapy sessions with diagnosis M54.5 G for named expat member"


def m006():
    text = """Dear Ms Raman,

thanks for your message. Yes, we can move the contents cover for your client
with effect from 1 December 2026.

Policyholder:   Mr Tobias Ferreira-Lang
Policy:         HR-7731-200654 (home contents, Comfort)
Old address:    Kaiserstraße 118, 60329 Frankfurt
New address:    Eppendorfer Weg 41, 20259 Hamburg
Sum insured:    EUR 65,000 -> EUR 72,000 (larger flat, 96 sqm)

Hamburg is in a different tariff zone, so the annual premium changes from
EUR 148.20 to EUR 171.60. The amended schedule will go to your MVP via BiPRO
tomorrow; please let me know if your client would rather keep the old sum.

Best regards
Olga Sawicka
Broker Service, Property & Casualty
Brunnfeld Allgemeine Versicherung AG

-----Original Message-----
From: Priya Raman <p.raman@raman-insurance-brokers.example>
Sent: Monday, 2 November 2026 16:48
Subject: Contents policy - client relocating

Hi Olga, my client Tobias Ferreira-Lang is moving from Frankfurt to Hamburg
on 28 Nov. Can you transfer his contents policy? New flat is 96 sqm.
Thanks, Priya
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Priya Raman <p.raman@raman-insurance-brokers.example>",
             "RE: Contents policy - client relocating",
             "2026-11-03 09:12", text=text)
    return m, C, "en", "insurer-to-broker", "named client with home contents policy number and insured addresses; no health"


def m007():
    text = """Sehr geehrter Herr Rieck,

Ihr Hörakustiker, Hörwelt Brandl in Passau, hat uns den Kostenvoranschlag vom
21.10.2026 für die beidseitige Versorgung mit Hörgeräten übersandt. Nach Prüfung
durch unsere Hilfsmittelberatung können wir Ihnen Folgendes zusagen:

  Hörsystem rechts: Phonak-ähnliches HdO-Gerät, Leistungsklasse 3   1.890,00 EUR
  Hörsystem links:  dito                                            1.890,00 EUR
  Otoplastiken (2), Anpassung, Nachsorge 6 Jahre                      540,00 EUR
  -------------------------------------------------------------------------
  Gesamt                                                            4.320,00 EUR
  Erstattung nach Tarif KS 90 (max. 1.500 EUR je Ohr)              3.000,00 EUR
  Ihr Eigenanteil                                                   1.320,00 EUR

Grundlage ist die Verordnung von Dr. med. Kessler (HNO) vom 07.10.2026 mit der
Diagnose beidseitige Innenohrschwerhörigkeit. Das Tonaudiogramm liegt uns vor.

Die Zusage gilt sechs Monate. Der Akustiker kann direkt mit uns abrechnen, wenn
Sie die beigefügte Abtretungserklärung unterschreiben.

Mit freundlichen Grüßen
Patrick Lüdecke
Hilfsmittelmanagement
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Wolfgang Rieck <wolfgang.rieck@web.example>",
             "Kostenzusage Hörgeräteversorgung",
             "2026-10-29 13:30", text=text)
    return m, S, "de", "insurer-to-customer", "hearing-aid cost approval with diagnosis (bilateral sensorineural hearing loss) for named customer"


def m008():
    text = """Liebe Kolleginnen und Kollegen,

der Besprechungsraum 4.12 ist von Mittwoch, 11.11., bis einschließlich Freitag,
13.11., wegen Malerarbeiten gesperrt. Die Serientermine dort habe ich in den
Raum 2.07 (Erdgeschoss, neben dem Empfang) verschoben. Beamer und Konferenztelefon
gibt es dort ebenfalls, das HDMI-Kabel bitte nicht wieder mitnehmen ;-)

Danke und Gruß
Nadine Vollrath
Facility Management
"""
    m = mail("Nadine Vollrath <nadine.vollrath@brunnfeld.example>",
             "Standort-Giessen <standort-giessen@brunnfeld.example>",
             "Raum 4.12 gesperrt 11.–13.11.",
             "2026-11-06 15:50", text=text)
    return m, N, "de", "internal", "room closure notice"


def m009():
    text = """Sehr geehrte Frau Oltmanns,

für unseren Versicherten Emil Hartkopf (geb. 14.03.2020), Vertrag KV-5120-7764-9,
liegt uns die Verordnung über Sprachtherapie von Dr. med. Jasper (Kinder- und
Jugendmedizin) vom 02.09.2026 vor:

  Heilmittel:    Sprech- und Sprachtherapie, 45 Min., 10 Einheiten
  Diagnose:      F80.1 G (expressive Sprachstörung)
  Frequenz:      1–2 x wöchentlich

Die Eltern haben jetzt eine Folgeverordnung über weitere 10 Einheiten eingereicht.
Damit wir über die Kostenübernahme entscheiden können, bitten wir um einen kurzen
Therapiebericht (Verlauf, erreichte Ziele, Prognose). Eine Schweigepflicht-
entbindung der Eltern liegt uns seit 28.08.2026 vor; eine Kopie hängt an.

Sie können den Bericht gern über unser Leistungserbringer-Portal hochladen oder
per Fax an 0641 97720-9310 senden. Bitte nicht unverschlüsselt per E-Mail.

Vielen Dank und freundliche Grüße
Sabine Oertel
Leistungsabteilung Heil- und Hilfsmittel
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Praxis für Logopädie Oltmanns <praxis@logopaedie-oltmanns.example>",
             "Therapiebericht angefordert – Versicherter E. Hartkopf",
             "2026-10-21 09:47", text=text,
             att=[A("Schweigepflichtentbindung_Hartkopf.pdf", pdf_bytes([[
                 "##Erklärung zur Entbindung von der Schweigepflicht",
                 "",
                 "Versicherte Person: Emil Hartkopf, geb. 14.03.2020",
                 "Gesetzliche Vertreter: Miriam und Ole Hartkopf, Wiesenstraße 9, 35394 Gießen",
                 "Vertrag: KV-5120-7764-9",
                 "",
                 "Wir entbinden die behandelnden Ärzte und Therapeuten (Logopädie Oltmanns,",
                 "Dr. med. Jasper) gegenüber der Brunnfeld Krankenversicherung a.G. von der",
                 "Schweigepflicht, soweit dies zur Prüfung der Leistungspflicht erforderlich ist.",
                 "",
                 "Gießen, 28.08.2026      gez. M. Hartkopf      gez. O. Hartkopf",
             ]], title="Schweigepflichtentbindung"))])
    return m, S, "de", "insurer-to-therapist", "request to speech therapist: named child, birth date, diagnosis F80.1 G, therapy prescription"


def m010():
    text = """Hello Mr Whitfield,

please find our purchase order PO-2026-1187 for the refurbishment of the claims
floor in Gießen (3rd floor). Delivery address and contact below.

Pos  Item                                          Qty   Unit price   Total
1    Height-adjustable desk, 160x80, electric      14    489.00       6,846.00
2    Ergonomic split keyboard, DE layout           20     74.90       1,498.00
3    Vertical mouse, right-handed                  16     39.50         632.00
4    Vertical mouse, left-handed                    4     39.50         158.00
5    Anti-fatigue standing mat                     14     52.00         728.00
6    Monitor arm, dual                             14     96.00       1,344.00
                                                              Net    11,206.00 EUR

This is part of our occupational health programme (back pain prevention after
the 2025 staff survey), so please make sure the desks come with the GS mark and
the assembly is done on site. Invoices to Brunnfeld Versicherungsgruppe,
Kreditorenbuchhaltung, quoting the PO number.

Delivery: week 49, Mon-Thu 8-15h, contact Nadine Vollrath (Facility), +49 641 97720-120.

Kind regards
Beate Kornmesser
Purchasing / Einkauf
Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Sales Office <sales@ergoworks-office.example>",
             "Purchase order PO-2026-1187 - ergonomic workstations",
             "2026-11-04 10:15", text=text)
    return m, N, "en", "insurer-to-supplier", "trap: purchase order with back-pain prevention wording, no person's health"


def m011():
    text = """Hallo Frau Bakır,

danke für die Fotos. Ich habe den Schaden in Ihrer Privathaftpflicht angelegt:

Versicherungsnehmerin: Derya Bakır, Uhlandstraße 22, 70182 Stuttgart
Vertrag:               PH-3390-118207 (Familie, Komfort)
Schadennummer:         S-26-0874410
Schadentag:            31.10.2026
Geschädigter:          Optik Kranich GmbH, Königstraße 40, Stuttgart

Ihr Sohn (8 Jahre) hat beim Spielen den Aufsteller mit den Sonnenbrillen-Fassungen
umgestoßen; laut Filialleitung sind 11 Fassungen und der Acrylaufsteller beschädigt.
Zur Aufsichtspflicht muss ich Sie nichts fragen, Sie waren ja direkt dabei – bei
Kindern unter 7 wäre die Lage anders, hier zahlen wir regulär.

Wir setzen uns jetzt direkt mit dem Optiker in Verbindung und fordern die
Einkaufspreise der Fassungen an. Sie müssen nichts weiter tun.

Viele Grüße
Jana Pohlmann
Schaden Haftpflicht Privat
Brunnfeld Allgemeine Versicherung AG

> Am 01.11.2026 um 19:02 schrieb Derya Bakır <derya.bakir@gmx.example>:
> Guten Abend, mein Sohn hat gestern beim Optiker einen Ständer mit Brillen
> umgeworfen, die wollen jetzt Geld von uns. Fotos anbei. Bin ich versichert??
> LG Derya Bakır
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Derya Bakır <derya.bakir@gmx.example>",
             "AW: Schaden beim Optiker",
             "2026-11-02 11:26", text=text)
    return m, C, "de", "insurer-to-customer", "private liability claim with name, address, policy and claim number; optician's frames are goods, no health"


def m012():
    text = """Hallo Sabine,

kannst du dir das anschauen? Kam über das Kontaktformular, Kundin hat keine
Vertragsnummer angegeben – laut Bestand ist es KV-6608-2231-4.

Gruß Jonas

---------- Weitergeleitete Nachricht ----------
Von: Renate Schubeck <renate.schubeck@posteo.example>
Datum: Mi., 4. Nov. 2026 um 21:37
Betreff: physio nach knie op
An: service@brunnfeld.example

hallo,
ich hatte am 15.09 eine knie op (kreuzband links, Uniklinik Marburg) und jetz hat
mir der Orthopäde Dr. Lenz physio verschrieben: KG 6x, dann nochmal 6x manuelle
Therapie und Lymphdrainage 30 min. Die Praxis will vorher wissen ob das bezahlt
wird weil sie privat abrechnen 1,8 facher satz. Die Verordnung hab ich
abfotografiert, ist aber glaub ich unscharf sorry.
Muss ich das vorher genehmigen lassen oder einfach hinschicken??

Danke und Grüße
Renate Schubeck
"""
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "WG: physio nach knie op",
             "2026-11-05 08:31", text=text)
    return m, S, "de", "customer", "inline forward of customer mail: knee surgery, physiotherapy prescription, named customer with health contract"


def m013():
    text = """Sehr geehrte Damen und Herren,

die Brunnfeld Krankenversicherung a.G. möchte ab dem zweiten Quartal 2027
E-Rezepte von Privatversicherten direkt aus der Versicherten-App übernehmen.
Dazu hätten wir drei Fragen an den Verband:

1. Gibt es eine abgestimmte Empfehlung, welche Felder des Abgabedatensatzes
   (PZN, Packungsgröße, Abgabepreis, Zuzahlungsfelder) Apotheken für PKV-
   Versicherte befüllen, oder ist das von Warenwirtschaft zu Warenwirtschaft
   verschieden?
2. Wie gehen Ihre Mitglieder mit Teilabgaben und Rezepturen um – bekommen wir
   pro Teilabgabe einen eigenen Datensatz?
3. Gibt es einen Ansprechpartner für einen technischen Workshop im Januar?

Wir brauchen dafür ausdrücklich keine Echtdaten; anonymisierte Musterdatensätze
genügen völlig.

Mit freundlichen Grüßen
Dr. Felix Amberg
Leiter Arznei- und Hilfsmittelmanagement
Brunnfeld Krankenversicherung a.G.
Frankfurter Straße 210, 35392 Gießen
"""
    m = mail("Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "Geschäftsstelle <gs@apothekerverband-hessen.example>",
             "E-Rezept für Privatversicherte – Fragen zum Abgabedatensatz",
             "2026-10-26 14:10", text=text)
    return m, N, "de", "insurer-to-partner", "trap: e-prescription data format questions to pharmacists' association, no person"


def m014():
    text = """Dear Ms Lindqvist,

please find attached the settlement for your optician invoice from 14 October.

If you have any questions, just reply to this email.

Best wishes
Fiona McAllister
Member Services, Brunnfeld International Health
"""
    pdf = pdf_bytes([[
        "##Brunnfeld International Health - Claim Settlement",
        "",
        "Member: Hannah Lindqvist        Membership no.: BIH-SE-0031177",
        "Plan: Global Care Essential (vision module)",
        "Claim no.: C-2026-559102        Date of settlement: 22 October 2026",
        "",
        "**Invoice: Optik Nordlicht, Hamburg, 14/10/2026",
        "Item                                   Invoiced      Eligible     Paid",
        "Eye test / refraction                   35.00 EUR     35.00        35.00",
        "Varifocal lenses, 1.6 index, pair       420.00 EUR    300.00       300.00",
        "   R: sph -3.25 cyl -0.75 axis 170 add +1.75",
        "   L: sph -2.75 cyl -0.50 axis 10  add +1.75",
        "Frame                                   189.00 EUR     0.00         0.00",
        "",
        "Total paid: 335.00 EUR to account SE** **** **** **** 8812",
        "Vision benefit used 2026: 335.00 of 400.00 EUR",
        "",
        "Frames are not covered under the Essential plan (benefit table, section 7.3).",
    ]], title="Claim settlement C-2026-559102")
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Hannah Lindqvist <hannah.lindqvist@nordpost.example>",
             "Your claim C-2026-559102",
             "2026-10-22 16:02", text=text,
             att=[A("Settlement_C-2026-559102.pdf", pdf)])
    return m, S, "en", "insurer-to-customer", "harmless body; PDF attachment with glasses prescription values and vision claim for named member"


def m015():
    text = """Hallo Felix,

wie besprochen der Entwurf für das Angebot an Frau Keskin (Fachapothekerin für
Arzneimittelinformation, Bewerbung auf Stelle 2026-041 "Arzneimittelprüfung"):

- Eintritt 01.02.2027, unbefristet, 39 Std./Woche
- Eingruppierung TG 8, Jahresbrutto 68.500 EUR (13 Gehälter) zzgl. 1.200 EUR
  Fachzulage
- 30 Tage Urlaub, mobiles Arbeiten bis 60 %
- Probezeit 6 Monate

Sie hatte im Gespräch 72.000 EUR genannt. Mehr als 68.500 + Zulage geht im
Gefüge nicht, ohne dass wir bei Herrn Kleeberg nachziehen müssten. Wenn du
einverstanden bist, schicke ich das Angebot morgen raus.

Viele Grüße
Claudia Wendt
Personal / HR Business Partner
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "Angebot Keskin – Stelle 2026-041",
             "2026-11-09 17:12", text=text)
    return m, C, "de", "internal", "named applicant with salary offer and requested salary (income data)"


def m016():
    text = """Stellenausschreibung 2026-044

Pharmazeutisch-technische Assistenz (PTA) oder Apotheker/in (m/w/d)
für die Arzneimittelprüfung – Gießen oder remote, Teilzeit möglich

Ihre Aufgaben
- Prüfung von Apothekenbelegen und E-Rezepten auf Plausibilität (PZN,
  Packungsgröße, Dosierung, Preis nach AMPreisV)
- Bewertung von Rezepturen, Importarzneimitteln und Hilfsmitteln
- Beantwortung von Fachfragen aus der Leistungsabteilung
- Mitarbeit an Prüfregeln für Betäubungsmittel und hochpreisige Onkologika

Ihr Profil
- abgeschlossene Ausbildung als PTA oder Approbation als Apotheker/in
- Erfahrung in der öffentlichen Apotheke oder Krankenhausapotheke
- Freude an Zahlen und an Excel

Wir bieten
- Vergütung nach Tarifvertrag der privaten Versicherungswirtschaft
- 30 Tage Urlaub, betriebliche Altersversorgung, Jobrad
- kein Nacht- und Notdienst, kein Wochenenddienst

Bewerbung bitte bis 15.12.2026 über karriere.brunnfeld.example.

Liebe Kolleginnen und Kollegen, bitte gern in euren Netzwerken teilen!
Claudia Wendt, HR
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Alle Mitarbeitenden <alle@brunnfeld.example>",
             "Wir suchen: PTA / Apotheker (m/w/d) Arzneimittelprüfung",
             "2026-11-10 09:00", text=text)
    return m, N, "de", "internal", "trap: job ad for pharmacy technician, medicines vocabulary, no person"


def m017():
    text = """Sehr geehrte Damen und Herren,

zu dem uns vorliegenden BtM-Rezept unserer Versicherten Frau Irmgard Seibold
(Vertrag KV-2297-4410-8) haben wir eine Rückfrage:

  Ausstellungsdatum:  23.10.2026, Dr. med. Hannes Voigt, Palliativmedizin
  Abgabe:             24.10.2026, Ihre Apotheke
  Präparat:           Oxycodon-HCl 10 mg Retardtabletten, 100 St. N3
  PZN:                55418761
  Abgabepreis lt.
  Quittung:           131,74 EUR

Der Betrag liegt deutlich über dem Apothekenverkaufspreis laut Lauer-Taxe
(Stand 15.10.2026: 98,12 EUR). Können Sie prüfen, ob versehentlich ein anderes
Präparat oder eine andere Packungsgröße abgerechnet wurde? Auf dem Rezept ist
zusätzlich "Metoclopramid-Tropfen 30 ml" vermerkt, das auf der Quittung fehlt.

Eine berichtigte Quittung können Sie uns gern direkt senden; die Versicherte
ist informiert.

Mit freundlichen Grüßen
Jonas Kleeberg
Apotheker, Arzneimittelprüfung
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Rosen-Apotheke Marburg <kontakt@rosen-apotheke-marburg.example>",
             "Rückfrage BtM-Rezept Seibold, Abgabe 24.10.2026",
             "2026-10-30 10:55", text=text)
    return m, S, "de", "insurer-to-pharmacy", "narcotic prescription (oxycodone) for named insured, palliative doctor, queried with pharmacy"


def m018():
    text = """Hi all,

attached is the Q3 2026 pharmacy spend overview for the steering committee on
Thursday. Figures are for the German outpatient book only (PKV full cover,
supplementary tariffs excluded), aggregated by ATC main group. No cell below
50 insured persons, so it can go to the committee pack as is.

Headlines:
- L (antineoplastic/immunomodulating) is now 41 % of spend with 1.9 % of
  prescriptions - biologics and the new oral oncology agents
- A10 (diabetes) up 23 % year on year, mainly GLP-1 agonists
- N02 (analgesics) flat

Cheers
Farid

Farid Nouri | Health Analytics | Brunnfeld Krankenversicherung a.G.
"""
    x = xlsx_bytes([("Q3 2026", [
        ("ATC group", "Description", "Prescriptions", "Insured persons", "Spend EUR", "Share of spend", "YoY spend"),
        ("A", "Alimentary tract and metabolism", 48211, 19870, 3120450, 0.118, 0.142),
        ("B", "Blood and blood forming organs", 12930, 6102, 1011200, 0.038, 0.031),
        ("C", "Cardiovascular system", 71402, 22815, 2480330, 0.094, 0.012),
        ("D", "Dermatologicals", 9877, 6511, 702140, 0.027, 0.044),
        ("G", "Genito-urinary system and sex hormones", 10221, 5870, 655900, 0.025, -0.008),
        ("H", "Systemic hormonal preparations", 8760, 4402, 401220, 0.015, 0.020),
        ("J", "Antiinfectives for systemic use", 15543, 11035, 1210880, 0.046, -0.051),
        ("L", "Antineoplastic and immunomodulating agents", 6320, 2114, 10833400, 0.410, 0.187),
        ("M", "Musculo-skeletal system", 14870, 9540, 890220, 0.034, 0.006),
        ("N", "Nervous system", 52180, 17233, 3011540, 0.114, 0.027),
        ("R", "Respiratory system", 21034, 10872, 1602700, 0.061, 0.015),
        ("S", "Sensory organs", 7402, 4419, 330150, 0.012, 0.009),
        ("other", "V, P, Q and unclassified", 2211, 1630, 160000, 0.006, 0.0),
    ]), ("Notes", [
        ("Note",),
        ("Source: claims warehouse, extraction 05/10/2026, settled claims only",),
        ("Cells with fewer than 50 insured persons are merged into 'other'",),
    ])], author="Farid Nouri")
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Steering Committee Health <stc-health@brunnfeld.example>",
             "Q3 pharmacy spend by ATC group",
             "2026-11-02 18:20", text=text,
             att=[A("Q3_2026_pharmacy_spend_ATC.xlsx", x)])
    return m, N, "en", "internal", "trap: aggregated pharmacy spend statistics by ATC group in XLSX, no person"


def m019():
    text = """Dear Mr de Vries,

thank you for your call this morning. I have registered the damage to your
shockwave therapy unit under your electronics policy.

Policyholder:  Maarten de Vries, Physiotherapie de Vries (sole proprietor)
Policy:        EL-4410-093317 (electronics, practice equipment)
Claim:         S-26-0879021
Date of loss:  5 November 2026, overvoltage during the thunderstorm
Item:          radial shockwave unit, purchased 03/2023, list price EUR 14,900

Please send us the repair estimate from the manufacturer's service and, if
possible, a short note from the electrician confirming the overvoltage (the
fuse protocol is enough). If the repair exceeds 80 % of the current value we
will settle on a replacement basis less the agreed excess of EUR 250.

You mentioned you had to cancel appointments; loss of income is not covered
by this policy, but I have asked my colleague to check whether your business
interruption cover (BU-Pauschal) applies.

Kind regards
Matthias Brenninger
Commercial Property Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Maarten de Vries <info@physio-devries.example>",
             "Claim S-26-0879021 - shockwave unit, overvoltage",
             "2026-11-06 12:40", text=text)
    return m, C, "en", "insurer-to-company", "sole-trader physiotherapist's electronics policy and claim number; device damage, no patient data"


def m020():
    text = """Sehr geehrter Herr Kollege Dr. Brückner,

bei unserer Versicherten Frau Melanie Straßburger, geb. 02.06.1971, liegen uns
innerhalb von 14 Monaten drei Verordnungen über orthopädische Hilfsmittel vor:

  17.08.2025  Sprunggelenkorthese rechts          Diagnose M25.37 R
  03.02.2026  Einlagen nach Maß, 2 Paar           Diagnose M21.6 G, M72.2 R
  12.10.2026  Orthopädische Maßschuhe, 1 Paar     Diagnose M21.6 G, M20.1 B

Für die Maßschuhe (Kostenvoranschlag 1.780 EUR) bitte ich Sie um eine kurze
Begründung, weshalb eine Versorgung mit konfektionierten Schuhen und den
vorhandenen Einlagen nicht ausreicht. Ein aktueller Befund (Fußstatus,
ggf. Pedobarographie) würde die Entscheidung beschleunigen.

Die Schweigepflichtentbindung liegt vor. Eine Antwort über unser Arztportal oder
per Fax an 0641 97720-9311 wäre ideal.

Mit kollegialen Grüßen
Dr. med. Regine Vossberg
Beratungsärztin
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. med. Regine Vossberg <regine.vossberg@brunnfeld.example>",
             "Praxis Dr. Brückner <praxis@orthopaedie-brueckner.example>",
             "Versicherte M. Straßburger – Begründung Maßschuhe",
             "2026-10-23 08:20", text=text)
    return m, S, "de", "insurer-to-doctor", "named insured with birth date, orthopaedic aids and ICD codes with suffixes"


def m021():
    text = """Hallo zusammen,

anbei die überarbeitete Vorlage für das Genehmigungsschreiben Hilfsmittel (Version
3.2, Freigabe Rechtsabteilung am 04.11.). Geändert haben sich nur der Absatz zur
Abtretung und der Hinweis auf die Wiederverwendung bei Leihgeräten.

Bitte ab sofort nur noch diese Fassung aus der Textbausteinverwaltung ziehen, die
alte (3.1) wird am Freitag deaktiviert.

Gruß
Patrick

----- Vorlage HM-GEN-3.2 -----

«Anrede» «Titel» «Nachname»,

Ihre Verordnung vom «Verordnungsdatum» über «Hilfsmittelbezeichnung»
(Hilfsmittelnummer «HMV-Nr») haben wir geprüft.

Wir übernehmen die Kosten in Höhe von «Erstattungsbetrag» EUR gemäß Tarif
«Tarifname». Ihr Eigenanteil beträgt «Eigenanteil» EUR.

[Nur bei Leihgeräten:] Das Hilfsmittel bleibt Eigentum der Brunnfeld
Krankenversicherung a.G. und wird Ihnen leihweise überlassen. Nach Ende der
Nutzung holt «Leistungserbringer» es kostenlos ab.

Abtretung: Wenn Sie möchten, rechnet «Leistungserbringer» direkt mit uns ab.

Mit freundlichen Grüßen
«Sachbearbeiter»
----- Ende Vorlage -----
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Team Hilfsmittel <team-hilfsmittel@brunnfeld.example>",
             "Neue Vorlage HM-GEN-3.2 Genehmigung Hilfsmittel",
             "2026-11-05 11:45", text=text)
    return m, N, "de", "internal", "trap: letter template with «placeholders» for aid approval, no person"


def m022():
    fwd = inner("Clara Winterbottom <clara.winterbottom@fastmail.example>",
                "claims@brunnfeld.example",
                "Therapy invoices Sept/Oct",
                "2026-11-02 22:14",
                """Hello,

attached are the invoices from my therapist in Frankfurt for September and
October. She bills under the GOÄ and the invoices are in German, I hope that
is ok. I have been seeing her weekly since the summer because of the
depression after my mother's death - my GP referred me (the referral letter
was in my first claim).

Rechnung 09/2026: 4 x GOÄ 870 (Verhaltenstherapie, Einzelbehandlung, 50 Min.),
2,3-fach, je 100,55 EUR = 402,20 EUR
Rechnung 10/2026: 4 x GOÄ 870, 2,3-fach = 402,20 EUR
Diagnose auf beiden Rechnungen: F32.1 G

Member number BIH-DE-0077420.

Thank you,
Clara Winterbottom
""", tz="+0000")
    text = """Hallo Timo,

anbei eine Einreichung von einer unserer International-Mitgliedern, die in
Frankfurt lebt. Die Rechnungen sind nach GOÄ, deshalb dachte ich, das ist bei
euch im deutschen Team besser aufgehoben. Can you check whether the
psychotherapy benefit needs prior approval after session 20? I couldn't find it
in the Global Care Plus wording.

Danke & cheers
Fiona
"""
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "FW: Therapy invoices Sept/Oct (BIH-DE-0077420)",
             "2026-11-03 08:58", text=text,
             att=[A("Therapy invoices SeptOct.eml", fwd)])
    return m, S, "mixed", "customer", "forwarded message/rfc822: member's psychotherapy invoices, depression, F32.1 G, GOÄ 870"


def m023():
    text = """Sehr geehrter Herr Brandl,

die Glasbruchschaden-Regulierung für Ihr Geschäft ist abgeschlossen:

Versicherungsnehmer:  Josef Brandl e.K., Hörwelt Brandl
Vertrag:              GL-1187-552031 (Geschäftsglas)
Schaden:              S-26-0868770, Schaufensterscheibe Ludwigstraße 14, Passau
Rechnung Glaserei Huber vom 26.10.2026:   2.418,60 EUR brutto
abzgl. Vorsteuer (vorsteuerabzugsberechtigt): 386,17 EUR
Erstattung:                               2.032,43 EUR

Überweisung an: IBAN DE18 2651 1138 3932 3178 22, Kontoinhaber Josef Brandl

Bitte prüfen Sie die Bankverbindung; sie weicht von der im Vertrag hinterlegten
ab. Wenn wir bis Mittwoch nichts von Ihnen hören, zahlen wir wie oben aus.

Freundliche Grüße
Olga Sawicka
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Hörwelt Brandl <kontakt@hoerwelt-brandl.example>",
             "Glasbruch S-26-0868770 – Abrechnung",
             "2026-11-02 09:30", text=text, charset="iso-8859-1", cte="quoted-printable")
    return m, C, "de", "insurer-to-company", "sole trader (hearing-aid shop) glass claim with policy number and IBAN; iso-8859-1 QP"


def m024():
    text = """Hi everyone,

ClaimPilot (claims workbench incl. the receipt scanning module) will be
unavailable on Saturday 14 November from 06:00 to 14:00 CET for the
quarterly database upgrade.

During the window:
- the member app shows "submission temporarily unavailable"; uploads are
  queued and processed on Saturday afternoon
- the provider portal is read-only
- batch payments planned for Saturday run on Monday instead

No action is needed from you. If you see anything odd on Monday morning,
raise a ticket in the service desk under "ClaimPilot - post release".

Kevin Straub
IT Operations, Brunnfeld Versicherungsgruppe
"""
    m = mail("Kevin Straub <kevin.straub@brunnfeld.example>",
             "IT-Announcements <it-announce@brunnfeld.example>",
             "Planned downtime ClaimPilot - Sat 14 Nov",
             "2026-11-09 12:00", text=text)
    return m, N, "en", "internal", "IT maintenance announcement"


def m025():
    text = """Sehr geehrte Frau Gülcan,

für Ihre Tochter Lea Gülcan (mitversichert unter Vertrag KV-3016-8852-0) haben
wir die Verordnung über Ergotherapie von Frau Dr. Hoppe vom 20.10.2026 geprüft.

Verordnet sind 10 Behandlungen sensomotorisch-perzeptive Therapie, Diagnose
F82.0 G (umschriebene Entwicklungsstörung der Grobmotorik). Die Kosten
übernehmen wir im Rahmen Ihres Tarifs zu 100 %, höchstens bis zu den
Höchstbeträgen unseres Heilmittelverzeichnisses (derzeit 58,20 € je Einheit).

Die Praxis Ergo im Zentrum, Fulda, berechnet 62,00 € je Einheit. Die
Differenz von 3,80 € je Behandlung müssten Sie selbst tragen.

Mit freundlichen Grüßen
Sabine Oertel
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Aylin Gülcan <aylin.guelcan@web.example>",
             "Kostenzusage Ergotherapie für Lea",
             "2026-10-28 15:12", text=text, charset="windows-1252", cte="quoted-printable")
    return m, S, "de", "insurer-to-customer", "occupational therapy approval for named child with F82.0 G; windows-1252 QP"


def m026():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gesund durch den Winter</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<h1 style="font-size:20px;color:#2e7d32">Gesund durch den Winter: Ihre Hausapotheke im Check</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>in der Erkältungszeit lohnt ein Blick in den Medizinschrank. Unsere Checkliste hilft beim Aufräumen:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#c8e6c9"><th>Was</th><th>Wofür</th><th>Tipp</th></tr>
<tr><td>Fieberthermometer</td><td>Fieber messen</td><td>Batterie prüfen</td></tr>
<tr><td>Schmerz- und Fiebermittel (z.&nbsp;B. Paracetamol 500&nbsp;mg, Ibuprofen 400&nbsp;mg)</td><td>Kopfschmerzen, Fieber</td><td>Verfallsdatum beachten, Dosierung für Kinder abweichend</td></tr>
<tr><td>Nasenspray (Xylometazolin)</td><td>verstopfte Nase</td><td>maximal 7 Tage anwenden</td></tr>
<tr><td>Elektrolytpulver</td><td>Durchfall</td><td>besonders für Kinder und Ältere</td></tr>
<tr><td>Verbandmaterial, Pflaster</td><td>kleine Verletzungen</td><td>sterile Packungen geschlossen lagern</td></tr>
</table>
<p>Abgelaufene Arzneimittel gehören nicht in die Toilette &ndash; viele Apotheken nehmen sie zurück, sonst Restmüll.</p>
<p>Ihr Gesundheitsteam der Brunnfeld Krankenversicherung</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn im Kundenportal bestellt haben.
<a href="https://www.brunnfeld.example/newsletter/abmelden">Abmelden</a> &middot; Impressum: Brunnfeld Krankenversicherung a.G., Frankfurter Straße 210, 35392 Gießen</p>
</body></html>"""
    m = mail("Brunnfeld Gesundheitsnewsletter <newsletter@brunnfeld.example>",
             "abonnenten@lists.brunnfeld.example",
             "Gesund durch den Winter: Ihre Hausapotheke im Check",
             "2026-11-12 07:30", html=html, html_cte="base64")
    return m, N, "de", "newsletter", "trap: HTML-only newsletter with medicine table (paracetamol, ibuprofen doses), generic, base64"


def m027():
    text = """Dear Mr Adeyemi,

we have updated the bank details for your home contents policy as requested.

Policy:       HR-8054-113920 (Brunnfeld Home Contents, Basic)
Insured at:   Schumannstraße 7, 60325 Frankfurt am Main
New account:  Nkemdirim Adeyemi, IBAN DE29 6934 4965 2501 4390 58
Valid from:   direct debit of 1 December 2026 onwards
SEPA mandate: M-8054-113920-02 (the old mandate -01 has been cancelled)

The premium of EUR 12.35 per month will be collected on the first working day
of each month.

Kind regards
Olga Sawicka
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Nkemdirim Adeyemi <n.adeyemi@mail.example>",
             "Your bank details - policy HR-8054-113920",
             "2026-11-04 13:05", text=text)
    return m, C, "en", "insurer-to-customer", "IBAN and home contents policy of named customer"


def m028():
    text = """Dear Mr Hollister,

as agreed in the treaty (Health Excess of Loss 2026, layer EUR 150k xs 150k),
we notify the following claim that is likely to exceed the retention:

Member:        Ms Sophie Kalmbach, DOB 19/11/1988, membership BIH-DE-0061230
Event:         spinal cord injury (S14.11 G, incomplete tetraplegia) after a
               cycling accident in Italy on 29/08/2026
Treatment:     acute care Ospedale San Gerardo, Monza, 29/08-18/09 (ICU 11 days);
               air ambulance to Germany 18/09;
               BG-Klinik Murnau rehabilitation since 18/09, expected until 01/2027
Aids:          active wheelchair (approved 10/2026), bathroom adaptation,
               standing frame - quotes pending
Paid to date:  EUR 212,440
Reserve:       EUR 390,000 (incl. aids and outpatient therapy 2027)

Medical reports are available on request via the secure data room.

Kind regards
Dr. Konstantin Rehm
Large Claims & Reinsurance, Health
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. Konstantin Rehm <konstantin.rehm@brunnfeld.example>",
             "Adam Hollister <adam.hollister@northgate-re.example>",
             "Large loss notification - Health XL 2026 - BIH-DE-0061230",
             "2026-10-20 10:30", text=text)
    return m, S, "en", "insurer-to-partner", "large-loss notification to reinsurer: named member, DOB, spinal injury, ICD, wheelchair"


def m029():
    text = """Hi Marek,

thanks for the draft interface spec. Two comments from our side on section 4
(test cases), then we're good to go:

1. Please keep all test members clearly fictitious. The examples in 4.2 are
   fine ("Max Mustermann (fictitious)", member no. TEST-0000001, DOB 01.01.1970,
   prescription: Ibuprofen 600 mg, 50 tablets, PZN 00000000) - but case 4.7
   uses a realistic-looking Hamburg address; please replace it with
   "Musterstraße 1, 12345 Musterstadt".
2. For the payment record, use the published example IBAN
   DE89 3704 0044 0532 0130 00 only; don't invent new ones, our fraud rules
   will flag them in the test environment.

Also: the ICD field is free text in your draft. We need it split into code
(e.g. "J06.9") and certainty suffix (G/V/Z/A) as two fields.

Thanks,
Kevin

Kevin Straub | IT Integration | Brunnfeld Versicherungsgruppe
"""
    m = mail("Kevin Straub <kevin.straub@brunnfeld.example>",
             "Marek Nowicki <marek.nowicki@rxbridge-solutions.example>",
             "RE: Pharmacy claims interface v0.9 - test cases",
             "2026-10-27 16:44", text=text)
    return m, N, "en", "insurer-to-partner", "trap: interface spec with fictitious test member, published example IBAN, placeholder PZN"


def m030():
    text = """Hallo Herr Kuhlmann,

danke, ist erledigt. Die Lastschrift für die Inhaltsversicherung Ihrer Kundin
wird ab der Januar-Rate vom neuen Konto eingezogen. Das neue Mandat
(M-2275-330418-03) geht Ihnen und der Kundin per Post zu.

Freundliche Grüße
Olga Sawicka
Maklerservice Sach

-----Ursprüngliche Nachricht-----
Von: Sven Kuhlmann <kuhlmann@kuhlmann-versicherungsmakler.example>
Gesendet: Dienstag, 10. November 2026 08:57
An: Maklerservice Sach <maklerservice-sach@brunnfeld.example>
Betreff: Kontoänderung Apotheke Zur Post / GI-2275-330418

Moin Frau Sawicka,

meine Kundin Dr. Katrin Aurich (Apotheke Zur Post, Inh. Dr. Katrin Aurich e.Kfr.,
Hauptstr. 12, 24534 Neumünster) hat die Hausbank gewechselt. Bitte ab sofort
einziehen von:

Kontoinhaberin: Dr. Katrin Aurich
IBAN DE47134918908183114692
Förde Sparkasse

Vertrag GI-2275-330418 (Geschäftsinhalt inkl. Elektronik). SEPA-Mandat
unterschrieben anbei.

Gruß aus dem Norden
Sven Kuhlmann
Versicherungsmakler (IHK-Reg. D-K7PQ-R3XZ1-22)
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Sven Kuhlmann <kuhlmann@kuhlmann-versicherungsmakler.example>",
             "AW: Kontoänderung Apotheke Zur Post / GI-2275-330418",
             "2026-11-10 11:20", text=text)
    return m, C, "de", "broker", "quoted broker mail: sole-trader pharmacist's new IBAN and commercial contents contract"


def m031():
    text = """Hallo zusammen,

anbei das Protokoll der Fachrunde Heilmittel vom 05.11.2026. Bitte bis Freitag
Korrekturen an mich, danach geht es in den Abteilungsordner.

Gruß
Sabine
"""
    d = docx_bytes([
        ("h", "Protokoll Fachrunde Heilmittel – 05.11.2026"),
        "Teilnehmende: S. Oertel (Leitung), Dr. R. Vossberg, P. Lüdecke, J. Kleeberg, A. Demirtaş",
        "Ort: Raum 3.04 / Teams",
        ("h", "TOP 1 – Höchstbeträge Heilmittelverzeichnis 2027"),
        "Die Marktbeobachtung zeigt, dass in Ballungsräumen Physiotherapiepraxen zunehmend über unseren Höchstbeträgen liegen. Vorschlag: Anpassung um durchschnittlich 6,5 %.",
        [("Position", "Leistung", "Höchstbetrag 2026", "Vorschlag 2027"),
         ("KG", "Krankengymnastik, Einzelbehandlung", "32,40 €", "34,50 €"),
         ("MT", "Manuelle Therapie", "38,90 €", "41,40 €"),
         ("MLD 45", "Manuelle Lymphdrainage 45 Min.", "48,60 €", "51,80 €"),
         ("KG-ZNS", "KG nach Bobath/Vojta, Erwachsene", "52,10 €", "55,50 €"),
         ("ERGO-SP", "Ergotherapie sensomotorisch-perzeptiv", "58,20 €", "61,90 €"),
         ("LOGO 45", "Sprachtherapie 45 Min.", "64,00 €", "68,20 €")],
        "Beschluss: Vorschlag geht an den Vorstand KV zur Freigabe im Dezember.",
        ("h", "TOP 2 – Blankoverordnung und Direktzugang"),
        "Diskussion, ob Leistungen ohne ärztliche Verordnung (Direktzugang Physiotherapie) in Neutarifen erstattet werden sollen. Dr. Vossberg rät zu Begrenzung auf 6 Einheiten pro Jahr. Kein Beschluss, Wiedervorlage Q1.",
        ("h", "TOP 3 – Verschiedenes"),
        "Nächste Fachrunde: 03.12.2026. Einzelfälle bitte weiterhin nicht im Protokoll, sondern im Fallbuch dokumentieren.",
    ], author="Sabine Oertel")
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Fachrunde Heilmittel <fachrunde-heilmittel@brunnfeld.example>",
             "Protokoll Fachrunde Heilmittel 05.11.",
             "2026-11-06 10:02", text=text,
             att=[A("Protokoll_Fachrunde_Heilmittel_2026-11-05.docx", d)])
    return m, N, "de", "internal", "trap: minutes (DOCX) on therapy fee caps and direct access, no individual case"


def m032():
    text = """Dear Mr Haddad,

thank you for sending the specialist's report. Your rheumatologist's request for
adalimumab has been reviewed by our medical officer and is approved:

  Medication:  adalimumab 40 mg, pre-filled pen, every other week
  Indication:  seronegative rheumatoid arthritis (M06.00 G), after inadequate
               response to methotrexate 20 mg weekly
  Approved:    26 pens, 01/11/2026 - 31/10/2027
  Pharmacy:    direct billing via Al Safa Specialty Pharmacy, Dubai

Please note the biosimilar policy in your plan: if a biosimilar is available at
the pharmacy it will be dispensed unless your doctor marks "no substitution"
with a medical reason.

Kind regards
Rui Santos
Claims Team, Brunnfeld International Health

> From: Karim Haddad <karim.haddad@desertmail.example>
> Sent: 28 October 2026 07:16
> Subject: Re: Pre-authorisation BIH-AE-0019044
>
> Hi Rui, attached the report from Dr Menon as requested. The MTX is really
> not working and my hands are getting worse. Hope this is enough.
> Karim
"""
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "Karim Haddad <karim.haddad@desertmail.example>",
             "RE: Pre-authorisation BIH-AE-0019044",
             "2026-10-30 07:45", text=text, tz="+0100")
    return m, S, "en", "insurer-to-customer", "pre-authorisation of adalimumab for named member with rheumatoid arthritis M06.00 G"


def m033():
    text = """Sehr geehrter Herr Yıldız,

vielen Dank für die Schadenmeldung zum Unfall Ihres Botendienst-Fahrzeugs.

Versicherungsnehmer:  Cem Yıldız e.K., Sonnen-Apotheke Kassel
Fahrzeug:             VW ID.3, amtl. Kennzeichen KS-SA 214
Vertrag:              KF-6620-048813 (Kfz-Haftpflicht + Vollkasko, SB 500 €)
Schadennummer:        S-26-0880157
Schadentag/-ort:      04.11.2026, ca. 16:40 Uhr, Parkplatz Rewe Wilhelmshöher Allee

Laut Ihrer Meldung ist Ihr Fahrer beim Ausparken gegen einen geparkten Skoda
gestoßen. Verletzt wurde niemand. Den Schaden am fremden Fahrzeug regulieren wir
über die Kfz-Haftpflicht; Ihr eigener Schaden (Stoßfänger hinten) läuft über die
Vollkasko. Wegen der Selbstbeteiligung lohnt sich ggf. eine Eigenreparatur –
sprechen Sie mich gern an, bevor Sie den Auftrag erteilen.

Die Botendienst-Lieferungen im Kofferraum waren laut Fahrer unbeschädigt.

Mit freundlichen Grüßen
Dennis Raabe
Kfz-Schaden
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Sonnen-Apotheke Kassel <inhaber@sonnen-apotheke-kassel.example>",
             "Ihr Schaden S-26-0880157 – Botendienstfahrzeug KS-SA 214",
             "2026-11-05 09:18", text=text)
    return m, C, "de", "insurer-to-company", "motor claim of sole-trader pharmacist, plate and policy number, nobody hurt"


def m034():
    text = """Guten Tag Herr Stemmler,

wir beauftragen Sie gemäß Ihrem Angebot AN-26-3381 vom 22.10.2026 mit:

1) 20.000 Stück Rückumschläge DIN C5, bedruckt 2/0, Aufdruck
   "Belegeinreichung Arzneimittel & Heilmittel – Brunnfeld Krankenversicherung,
   Antwort, Porto zahlt Empfänger" – Druckdaten siehe Anhang im Angebot
2) 15.000 Stück Flyer DIN lang, 6-seitig, Wickelfalz, "So reichen Sie Rezepte
   und Apothekenquittungen ein" (Druck-PDF v4 vom 30.10.)
3) Anlieferung auf Europalette an Poststelle, Frankfurter Straße 210, Gießen,
   Rampe 2, KW 48

Gesamtpreis laut Angebot: 6.940,00 € netto. Rechnung bitte mit Bestellnummer
BE-26-2291 an rechnungseingang@brunnfeld.example.

Mit freundlichen Grüßen
Beate Kornmesser
Einkauf
Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Druckerei Stemmler <auftrag@druckerei-stemmler.example>",
             "Auftrag BE-26-2291 – Rückumschläge und Flyer Belegeinreichung",
             "2026-11-03 14:37", text=text)
    return m, N, "de", "insurer-to-supplier", "trap: print order for prescription/receipt envelopes and flyers, no person"


def m035():
    text = """Sehr geehrter Herr Brenner,

Ihr Antrag auf Kostenübernahme einer ambulanten Psychotherapie ist geprüft.
Der Gutachter hat die Behandlung befürwortet. Wir übernehmen:

  Therapieform:     Verhaltenstherapie, Einzelbehandlung
  Therapeutin:      Dipl.-Psych. Ines Marquardt, Psychologische Psychotherapeutin, Darmstadt
  Umfang:           25 Sitzungen (Kurzzeittherapie 1 und 2), zzgl. 5 probatorische Sitzungen
  Abrechnung:       GOÄ 870 bis 2,3-fach, GOÄ 808 einmalig
  Diagnosen lt.
  Bericht:          F41.1 G, F51.0 G

Bitte reichen Sie die Rechnungen wie gewohnt ein. Vor Ablauf der 25. Sitzung
benötigen wir einen Verlängerungsantrag mit kurzem Bericht an den Gutachter.

Mit freundlichen Grüßen
Timo Haselberger
Brunnfeld Krankenversicherung a.G.
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Brenner,</p>
<p>Ihr Antrag auf Kostenübernahme einer ambulanten Psychotherapie ist geprüft. Der Gutachter hat die Behandlung befürwortet. Wir übernehmen:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td><b>Therapieform</b></td><td>Verhaltenstherapie, Einzelbehandlung</td></tr>
<tr><td><b>Therapeutin</b></td><td>Dipl.-Psych. Ines Marquardt, Psychologische Psychotherapeutin, Darmstadt</td></tr>
<tr><td><b>Umfang</b></td><td>25 Sitzungen (Kurzzeittherapie 1 und 2), zzgl. 5 probatorische Sitzungen</td></tr>
<tr><td><b>Abrechnung</b></td><td>GOÄ 870 bis 2,3-fach, GOÄ 808 einmalig</td></tr>
<tr><td><b>Diagnosen lt. Bericht</b></td><td>F41.1 G, F51.0 G</td></tr>
</table>
<p>Bitte reichen Sie die Rechnungen wie gewohnt ein. Vor Ablauf der 25. Sitzung benötigen wir einen Verlängerungsantrag mit kurzem Bericht an den Gutachter.</p>
<p>Mit freundlichen Grüßen<br>Timo Haselberger<br>Brunnfeld Krankenversicherung a.G.</p>
</body></html>"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Lukas Brenner <lukas.brenner@mailbox.example>",
             "Ihr Antrag auf Psychotherapie",
             "2026-10-26 11:10", text=text, html=html,
             cte="quoted-printable", html_cte="quoted-printable")
    return m, S, "de", "insurer-to-customer", "psychotherapy approval with diagnoses F41.1 G, F51.0 G for named customer, text+HTML table"


def m036():
    html = """<html><body style="font-family:Georgia,serif;font-size:14px">
<p>Dear Dr. Albrecht,</p>
<p>thank you for your request for data on hearing-aid provision for your study on device replacement cycles. We cannot share
individual claims, but our analytics team prepared the aggregated figures below (German private health book, claims settled
2021&ndash;2025, cells under 30 persons suppressed).</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Age band</th><th>Insured persons with hearing-aid claim</th><th>Bilateral fitting</th><th>Avg. amount per ear (EUR)</th><th>Median replacement interval (years)</th></tr>
<tr><td>18&ndash;44</td><td>212</td><td>61&nbsp;%</td><td>1,640</td><td>&ndash;</td></tr>
<tr><td>45&ndash;59</td><td>1,034</td><td>72&nbsp;%</td><td>1,712</td><td>6.1</td></tr>
<tr><td>60&ndash;74</td><td>3,877</td><td>81&nbsp;%</td><td>1,695</td><td>5.8</td></tr>
<tr><td>75+</td><td>4,120</td><td>84&nbsp;%</td><td>1,548</td><td>5.4</td></tr>
<tr><td>under 18</td><td colspan="4">suppressed (n &lt; 30)</td></tr>
</table>
<p>Please cite the source as &ldquo;Brunnfeld Krankenversicherung a.G., internal claims statistics&rdquo;. We would be glad to receive a copy of the publication.</p>
<p>Best regards,<br>Farid Nouri<br>Health Analytics</p>
</body></html>"""
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Dr. Tessa Albrecht <t.albrecht@audiologie.uni-nordstadt.example>",
             "Aggregated hearing-aid data for your study",
             "2026-11-11 13:25", html=html)
    return m, N, "en", "insurer-to-partner", "trap: HTML-only aggregated hearing-aid statistics by age band, small cells suppressed"


def m037():
    text = """Hi Emily,

welcome on board - great to have you in the International Health team from
1 December! To set you up in payroll and for your relocation allowance I have
entered the data from your contract documents. Could you please double-check
and reply with "ok" or corrections?

Name:            Emily Jane Carter
Date of birth:   04 July 1991
Tax ID (DE):     will follow from the Bürgeramt after registration
Address (new):   Oeder Weg 52, 60318 Frankfurt am Main (from 25/11/2026)
Bank:            Emily Jane Carter, IBAN DE56 6731 6602 2646 0484 98
Salary:          EUR 61,200 p.a., 13 instalments
Relocation:      lump sum EUR 3,500, paid with the December salary

Thanks and see you soon,
Claudia

Claudia Wendt | HR Business Partner | Brunnfeld Versicherungsgruppe
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Emily Carter <emily.carter.uk@fastmail.example>",
             "Your payroll data - please check",
             "2026-11-13 10:05", text=text)
    return m, C, "en", "internal", "new employee's date of birth, IBAN and salary"


def m038():
    text = """Liebe Kolleginnen und Kollegen,

unsere Weihnachtsfeier findet dieses Jahr am Freitag, 11. Dezember, ab 18 Uhr
im Gewölbekeller "Zum Alten Zollhaus" statt. Für Essen und Getränke ist gesorgt,
vegetarisch und vegan gibt es natürlich auch.

Bitte sagt bis 27.11. über die angehängte Einladung zu oder ab, damit wir die
Plätze planen können.

Viele Grüße
Euer Festkomitee (Nadine, Dennis, Ayşe)
"""
    ics = ics_bytes("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brunnfeld//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:xmas-2026-giessen@brunnfeld.example
DTSTAMP:20261116T090000Z
DTSTART;TZID=Europe/Berlin:20261211T180000
DTEND;TZID=Europe/Berlin:20261211T235900
SUMMARY:Weihnachtsfeier Standort Gießen
LOCATION:Zum Alten Zollhaus, Gewölbekeller, Gießen
ORGANIZER;CN=Nadine Vollrath:mailto:nadine.vollrath@brunnfeld.example
DESCRIPTION:Weihnachtsfeier mit Buffet. Bitte bis 27.11. zusagen.
END:VEVENT
END:VCALENDAR""")
    m = mail("Nadine Vollrath <nadine.vollrath@brunnfeld.example>",
             "Standort-Giessen <standort-giessen@brunnfeld.example>",
             "Einladung Weihnachtsfeier 11.12.",
             "2026-11-16 10:00", text=text,
             att=[A("Weihnachtsfeier.ics", ics, "text/calendar")])
    return m, N, "de", "internal", "Christmas party invitation with ICS"


def m039():
    text = """Sehr geehrte Frau Kowalczyk,

Sie haben für Ihren Ehemann, Herrn Bernd Kowalczyk (Vertrag KV-1193-6620-5),
die Kostenübernahme für ein Elektromobil (Seniorenscooter, 15 km/h) beantragt.
Vorgelegt wurde eine Verordnung von Dr. med. Aydın vom 08.10.2026 mit den
Diagnosen J44.11 G (COPD mit akuter Exazerbation) und I50.13 G
(Linksherzinsuffizienz NYHA III).

Wir haben die Unterlagen von unserer Beratungsärztin prüfen lassen. Ein
Elektromobil ist in Ihrem Tarif (KomfortPlus) nicht im abschließenden
Hilfsmittelkatalog genannt; es dient laut Bedingungen überwiegend der
Mobilität im Freien und nicht dem Ausgleich einer Behinderung im häuslichen
Umfeld. Wir können die Kosten daher leider nicht übernehmen.

Erstattungsfähig wäre ein Leichtgewicht-Rollstuhl mit Schiebehilfe, falls Ihr
Mann diesen benötigt. Der bereits genehmigte Rollator (Genehmigung vom
14.03.2026) bleibt unberührt.

Gegen diese Entscheidung können Sie sich an den PKV-Ombudsmann wenden.

Mit freundlichen Grüßen
Patrick Lüdecke
Hilfsmittelmanagement
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Ursula Kowalczyk <ursula.kowalczyk@t-online.example>",
             "Ihr Antrag auf Kostenübernahme Elektromobil",
             "2026-10-29 16:05", text=text)
    return m, S, "de", "insurer-to-customer", "rejection of mobility scooter with COPD and heart failure ICD codes, named insured"


def m040():
    text = """Moin,

für die neue Prüfregel PR-114 ("Rezept bei Abgabe älter als 28 Tage") habe ich
die Testfälle für die Abnahme zusammengestellt – alles synthetische Personen aus
dem Testmandanten T3, keine Echtdaten. Bitte bis Mittwoch gegenprüfen, ob die
Sollergebnisse passen.

Gruß
Ayşe
"""
    csvdata = csv_bytes([
        ["Testfall", "Versicherte(r)", "Vertrag", "Ausstellungsdatum", "Abgabedatum", "Präparat", "PZN", "Soll-Ergebnis"],
        ["TF-114-01", "Erika Mustermann (fiktiv)", "TEST-0000101", "01.09.2026", "15.09.2026", "Amoxicillin 1000 mg 20 St.", "00000001", "OK"],
        ["TF-114-02", "Erika Mustermann (fiktiv)", "TEST-0000101", "01.09.2026", "29.09.2026", "Amoxicillin 1000 mg 20 St.", "00000001", "OK (genau 28 Tage)"],
        ["TF-114-03", "Max Mustermann (fiktiv)", "TEST-0000102", "01.09.2026", "30.09.2026", "Ibuprofen 600 mg 50 St.", "00000002", "Warnung"],
        ["TF-114-04", "Max Mustermann (fiktiv)", "TEST-0000102", "01.09.2026", "01.12.2026", "Ibuprofen 600 mg 50 St.", "00000002", "Ablehnung (> 3 Monate)"],
        ["TF-114-05", "Testkind Mustermann (fiktiv)", "TEST-0000103", "10.10.2026", "", "Salbutamol Dosieraerosol", "00000003", "Fehler: Abgabedatum fehlt"],
        ["TF-114-06", "Erika Mustermann (fiktiv)", "TEST-0000101", "05.10.2026", "06.10.2026", "Hilfsmittel: Kompressionsstrumpf", "", "nicht relevant (kein Arzneimittel)"],
    ])
    m = mail("Ayşe Demirtaş <ayse.demirtas@brunnfeld.example>",
             "Kevin Straub <kevin.straub@brunnfeld.example>",
             "Testfälle PR-114 Rezeptalter",
             "2026-11-09 15:31", text=text, cc="Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             att=[A("Testfaelle_PR-114.csv", csvdata)])
    return m, N, "de", "internal", "trap: CSV test cases with fictitious Mustermann persons and placeholder PZNs"


def m041():
    text = """Sehr geehrte Frau Lorenz, sehr geehrter Herr Pietsch,

zum Ablauf am 01.01.2027 haben wir Ihre Betriebshaftpflicht neu berechnet.

Versicherungsnehmerin:  Physiotherapie Lorenz & Pietsch GbR
                        (Gesellschafter: Anja Lorenz, Daniel Pietsch)
Vertrag:                BH-5531-207716
Risiko:                 Physiotherapiepraxis mit Trainingsfläche, Bahnhofstraße 60, 63450 Hanau
Beschäftigte lt. Meldung: 9 Therapeut:innen (Vorjahr 6), 2 Rezeption
Jahresumsatz lt. Meldung: 742.000 € (Vorjahr 515.000 €)

Beitrag 2026:  1.118,00 € zzgl. VersSt
Beitrag 2027:  1.486,00 € zzgl. VersSt

Die Erhöhung ergibt sich allein aus der Zahl der Beschäftigten. Die Deckung für
Berufshaftpflicht (Behandlungsfehler) bleibt bei 5 Mio. € pauschal.

Wenn Sie Fragen haben oder die Deckungssumme erhöhen möchten, rufen Sie mich an.

Freundliche Grüße
Matthias Brenninger
Gewerbekunden
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Physiotherapie Lorenz & Pietsch <verwaltung@physio-lorenz-pietsch.example>",
             "Beitragsanpassung Betriebshaftpflicht BH-5531-207716",
             "2026-11-12 09:40", text=text)
    return m, C, "de", "insurer-to-company", "therapy practice GbR with named partners, liability contract number, turnover"


def m042():
    text = """Hallo Patrick,

die Beschwerde unten kam per Post rein, ich habe sie abgetippt. Kannst du bis
Donnerstag eine Stellungnahme liefern? Frist gegenüber dem Kunden ist der 20.11.

Danke
Lena

---------------------------------------------------------------
Beschwerde Eingang 09.11.2026, Herr Klaus-Dieter Hamann, Vertrag KV-0884-3317-6

"Sehr geehrte Damen und Herren,

ich bin seit 31 Jahren bei Ihnen versichert und noch nie so verärgert gewesen.
Nach meiner Grauen-Star-Operation am rechten Auge im August brauchte ich eine neue
Gleitsichtbrille, Sehstärke hat sich ja komplett verändert. Sie erstatten mir
ganze 150 Euro von 780 Euro mit dem Hinweis, Sehhilfen seien nur alle zwei Jahre
drin. Das linke Auge wird im Januar auch operiert, dann brauche ich wieder eine
neue Brille. Das ist doch keine normale Abnutzung sondern eine medizinische
Notwendigkeit!! Ich erwarte eine Überprüfung.

Hochachtungsvoll
K.-D. Hamann"
---------------------------------------------------------------

Lena Fuchs
Beschwerdemanagement / Kundenzufriedenheit
"""
    m = mail("Lena Fuchs <lena.fuchs@brunnfeld.example>",
             "Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Beschwerde Hamann – Sehhilfe nach Katarakt-OP",
             "2026-11-10 14:48", text=text)
    return m, S, "de", "customer", "customer complaint typed in: cataract surgery, glasses, named insured with contract"


def m043():
    text = """PRESS RELEASE

Brunnfeld signs direct-billing agreements with 1,200 pharmacies

Giessen, 17 November 2026 - Brunnfeld Krankenversicherung a.G. has signed
direct-billing agreements with more than 1,200 community pharmacies in Hesse,
Bavaria and North Rhine-Westphalia. From January 2027, privately insured
customers of Brunnfeld will no longer have to pay for prescribed medicines
costing more than EUR 200 up front: the pharmacy bills Brunnfeld directly.

"High-cost prescriptions, for example for oncology or multiple sclerosis,
put a heavy strain on household budgets," said Dr. Felix Amberg, head of
medicines and medical aids management. "With direct billing our customers
simply collect their medicines."

The scheme uses the e-prescription and does not require any additional
paperwork in the pharmacy. Brunnfeld plans to extend it nationwide by 2028.

About Brunnfeld: Brunnfeld Versicherungsgruppe is a mutual insurance group
based in Giessen with 1.4 million customers in health, life and property
insurance.

Press contact: Lena Fuchs, presse@brunnfeld.example, +49 641 97720-500
"""
    m = mail("Brunnfeld Presse <presse@brunnfeld.example>",
             "Presseverteiler <presseverteiler@lists.brunnfeld.example>",
             "Press release: Brunnfeld signs direct-billing agreements with 1,200 pharmacies",
             "2026-11-17 09:00", text=text)
    return m, N, "en", "newsletter", "trap: press release on pharmacy direct billing, oncology/MS mentioned generically"


def m044():
    text = """Dear Mrs Pemberton,

thank you for sending in the invoices for your husband's speech therapy.
We have settled them under his policy KV-7702-1548-1 as follows:

Date        Therapist                          Service                       Amount   Paid
06/10/2026  Sprachtherapie am Dom, Limburg     aphasia therapy, 60 min       92.00    92.00
13/10/2026  Sprachtherapie am Dom, Limburg     aphasia therapy, 60 min       92.00    92.00
20/10/2026  Sprachtherapie am Dom, Limburg     aphasia therapy, 60 min       92.00    92.00
27/10/2026  Sprachtherapie am Dom, Limburg     swallowing therapy, 45 min    71.00    71.00
                                                                   Total   347.00   347.00 EUR

The referral by the stroke unit (diagnoses I63.5 G and R47.0 G) covers 20
sessions; 4 have been used. As you hold power of attorney for Mr Pemberton,
we will continue to write to you directly.

With best wishes for his further recovery,
Timo Haselberger
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Margaret Pemberton <m.pemberton@britmail.example>",
             "Speech therapy invoices October",
             "2026-11-02 10:20", text=text, cte="base64")
    return m, S, "en", "insurer-to-customer", "base64 body: aphasia therapy after stroke (I63.5 G, R47.0 G) for named insured"


def m045():
    text = """Dear Ms Duarte,

thank you for your invoice no. 2026-117 of 31 October (translation of 42 pages
of Portuguese and Spanish medical and pharmacy documents, EUR 1,512.00 net +
19 % VAT = EUR 1,799.28). It has been approved and will be paid on 16 November
to the account on your invoice:

  Account holder:  Beatriz Duarte, Fachübersetzerin
  IBAN:            DE32 5079 0033 8565 7825 84
  Tax number:      026 812 40577

For the next order, please note that our new purchase order number format is
BE-26-xxxx; please put it in the subject of your invoice email.

Best regards
Beate Kornmesser
Purchasing, Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Beatriz Duarte <b.duarte@duarte-translations.example>",
             "Your invoice 2026-117 - payment 16/11",
             "2026-11-11 08:50", text=text)
    return m, C, "en", "insurer-to-supplier", "freelance translator (natural person) with IBAN and tax number; no patient named"


def m046():
    text = """Sehr geehrte Frau Tönnies,

wir bereiten für 2027 einen Rahmenvertrag über Standard-Hilfsmittel für unsere
Versicherten vor und bitten Sie um ein Angebot für die Positionen in der
angehängten Tabelle (Mengen = geschätzter Jahresbedarf).

Wichtig sind uns:
- Preise inkl. Lieferung an die Versichertenadresse innerhalb von 48 Stunden
- Wiedereinsatz bei Rollatoren und Toilettenstühlen (Aufbereitungspauschale bitte
  separat ausweisen)
- Kompressionsstrümpfe inkl. Maßnehmen durch Ihre Filialen

Angebotsfrist ist der 11.12.2026. Rückfragen gern an mich.

Mit freundlichen Grüßen
Patrick Lüdecke
Hilfsmittelmanagement
Brunnfeld Krankenversicherung a.G.
"""
    x = xlsx_bytes([("Anfrage 2027", [
        ("Pos", "Hilfsmittelgruppe", "Bezeichnung", "Menge/Jahr", "Preis netto je Stück", "Aufbereitung"),
        (1, "10 Gehhilfen", "Rollator Leichtgewicht, faltbar", 850, "", ""),
        (2, "10 Gehhilfen", "Unterarmgehstützen (Paar)", 1200, "", ""),
        (3, "33 Toilettenhilfen", "Toilettenstuhl fahrbar", 310, "", ""),
        (4, "17 Kompressionstherapie", "Kompressionsstrumpf AD, Kl. II, Serie", 4800, "", "entfällt"),
        (5, "17 Kompressionstherapie", "Kompressionsstrumpf AG, Kl. II, Maß", 950, "", "entfällt"),
        (6, "04 Badehilfen", "Badewannenlifter, akkubetrieben", 140, "", ""),
        (7, "18 Kranken-/Behindertenfahrzeuge", "Rollstuhl Standard, Sitzbreite 42-48", 220, "", ""),
    ])], author="Patrick Lüdecke")
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Vertrieb Sanitätshaus <vertrieb@sanitaetshaus-toennies.example>",
             "Angebotsanfrage Rahmenvertrag Hilfsmittel 2027",
             "2026-11-13 11:30", text=text,
             att=[A("Anfrage_Rahmenvertrag_Hilfsmittel_2027.xlsx", x)])
    return m, N, "de", "insurer-to-supplier", "trap: tender for medical aids (rollators, compression stockings), quantities only"


def m047():
    text = """Sehr geehrte Damen und Herren der Klinikapotheke,

zur Rechnung Nr. 26-0045512 über die ambulante Immuntherapie unseres
Versicherten Herrn Ralf Steinhäuser, geb. 27.01.1958 (Vertrag KV-3349-0017-2),
haben wir folgende Rückfrage:

  Behandlungstag  Position                               Menge   Betrag
  06.10.2026      Pembrolizumab 200 mg, Zubereitung      1       4.412,36 €
  27.10.2026      Pembrolizumab 200 mg, Zubereitung      1       4.412,36 €
  27.10.2026      Pembrolizumab 200 mg, Zubereitung      1       4.412,36 €

Am 27.10. ist die Zubereitung zweimal berechnet. Bitte prüfen Sie, ob es sich
um einen Doppelerfassungsfehler handelt. Die Diagnose (C34.1 L, nicht-kleinzelliges
Bronchialkarzinom) und die Indikation stehen außer Frage; es geht nur um die Menge.

Bitte senden Sie eine korrigierte Rechnung über das KIS-Portal.

Mit freundlichen Grüßen
Jonas Kleeberg
Arzneimittelprüfung
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Klinikapotheke <klinikapotheke@klinikum-wetzlar.example>",
             "Rechnung 26-0045512 – Rückfrage Zubereitung 27.10.",
             "2026-11-04 14:02", text=text)
    return m, S, "de", "insurer-to-hospital", "oncology drug invoice for named insured with birth date and C34.1 L"


def m048():
    text = """Thank you for your email. I am out of the office until Monday, 16 November,
with limited access to email.

For urgent claims questions please contact claims.international@brunnfeld.example
or call +49 69 3390 4400.

Best regards
Fiona McAllister
"""
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Rui Santos <rui.santos@brunnfeld.example>",
             "Automatic reply: Weekly queue review",
             "2026-11-10 08:01", text=text,
             hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, N, "en", "internal", "out-of-office auto reply"


def m049():
    text = """Hallo Herr Grzeschik,

anbei die Stehlgutliste, so wie wir sie nach unserem Telefonat aufgenommen
haben. Bitte prüfen Sie die Positionen und die Anschaffungswerte, ergänzen Sie
fehlende Belege und schicken Sie uns die Liste zurück. Die Polizei braucht
dieselbe Liste für die Sachfahndung.

Schaden: S-26-0877702 (Einbruch 01.11.2026), Hausratversicherung HR-4410-772190
Versicherungsort: Am Weinberg 17, 65719 Hofheim am Taunus

Viele Grüße
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG
"""
    o = ods_bytes([("Stehlgut", [
        ("Nr", "Gegenstand", "Hersteller/Modell", "Kaufjahr", "Kaufpreis EUR", "Beleg vorhanden"),
        (1, "Notebook", "Lenovo ThinkPad X1, 14 Zoll", 2024, 1849.0, "ja"),
        (2, "Spielkonsole", "Sony PS5 inkl. 2 Controller", 2023, 619.0, "ja"),
        (3, "Goldkette", "585er Gold, 50 cm", 2015, 780.0, "nein (Foto)"),
        (4, "Armbanduhr", "Junghans Max Bill Automatic", 2019, 1095.0, "ja"),
        (5, "Bargeld", "aus Schreibtisch", 2026, 350.0, "nein"),
        (6, "Kamera", "Fujifilm X-T30 mit Objektiv", 2021, 1129.0, "ja"),
        ("", "Summe", "", "", 5822.0, ""),
    ])])
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Piotr Grzeschik <p.grzeschik@gmx.example>",
             "Stehlgutliste zu Schaden S-26-0877702",
             "2026-11-03 16:20", text=text,
             att=[A("Stehlgutliste_S-26-0877702.ods", o)])
    return m, C, "de", "insurer-to-customer", "household burglary claim: named customer, policy/claim number, insured address, ODS list of stolen goods"


def m050():
    text = """Hallo zusammen,

für die Pflichtschulung Datenschutz im Dezember habe ich das Quiz für die
Leistungsabteilungen überarbeitet. Feedback bitte bis 20.11.

1. Eine Kundin schickt eine Apothekenquittung über "Sertralin 50 mg" per E-Mail.
   Welche Datenkategorie ist das?
   a) normale Vertragsdaten  b) Gesundheitsdaten nach Art. 9 DSGVO  c) öffentlich
   -> richtig: b

2. Darf ich eine Rezeptkopie an die private Mailadresse des Ehepartners senden,
   wenn dieser anruft und "alles für seine Frau regelt"?
   -> nur mit Vollmacht bzw. Einwilligung der versicherten Person

3. Eine Hörgerätakustikerin fragt telefonisch nach dem Stand einer Genehmigung.
   Was prüfe ich zuerst?
   -> Abtretung bzw. Schweigepflichtentbindung in der Akte

4. Ist eine Statistik "Ausgaben für Psychotherapie nach Altersgruppen" mit
   Zellen unter 10 Personen unkritisch?
   -> nein, kleine Zellen zusammenfassen oder unterdrücken

5. Richtig oder falsch: ICD-Codes ohne Namen sind immer anonym.
   -> falsch, mit Vertragsnummer oder Geburtsdatum sind sie personenbezogen

Viele Grüße
Henrik Almsted
Datenschutzbeauftragter
"""
    m = mail("Henrik Almsted <henrik.almsted@brunnfeld.example>",
             "Führungskräfte Leistung <fk-leistung@brunnfeld.example>",
             "Datenschutz-Quiz Leistung – Entwurf",
             "2026-11-12 12:15", text=text)
    return m, N, "de", "internal", "trap: data-protection quiz with hypothetical medicines and aids, no real person"


def m051():
    text = """Sehr geehrte Frau Nakamura-Schulz,
dear Ms Nakamura-Schulz,

[English version below]

für Ihre Behandlung des Lymphödems am linken Arm (I89.0 L) übernehmen wir
bis 30.04.2027:
- Manuelle Lymphdrainage 60 Min., 2 x wöchentlich, mit Kompressionsbandagierung
- zwei Flachstrick-Kompressionsärmel nach Maß (Kl. II) mit Handteil, je Halbjahr
Grundlage ist die Verordnung der Gynäkologischen Onkologie am Klinikum
Großhadern vom 15.10.2026 nach der Axilladissektion im Juli.

---

for the treatment of the lymphoedema of your left arm (I89.0 L) we will cover
until 30 April 2027:
- manual lymph drainage 60 min, twice a week, with compression bandaging
- two flat-knit made-to-measure compression sleeves (class II) with gauntlet
  every six months
based on the prescription from the gynaecological oncology department,
Klinikum Grosshadern, dated 15/10/2026, following the axillary dissection in July.

Mit freundlichen Grüßen / Kind regards
Sabine Oertel
Brunnfeld Krankenversicherung a.G.
Vertrag / policy KV-9021-4406-3
"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Yuki Nakamura-Schulz <yuki.ns@mailbox.example>",
             "Kostenzusage Lymphdrainage / cost approval lymph drainage",
             "2026-10-27 12:00", text=text)
    return m, S, "mixed", "insurer-to-customer", "bilingual approval: lymphoedema I89.0 L after oncological surgery, compression sleeves"


def m052():
    text = """Hi Ben,

thanks - the traveller list is complete now, so I can issue the annual business
travel policy for Medora Devices Ltd from 1 December. Premium confirmed at
GBP 2,340 for 12 named travellers. Certificate follows by Friday.

Cheers
Olga

Olga Sawicka | Broker Service | Brunnfeld Allgemeine Versicherung AG

> On 12 Nov 2026, at 15:02, Ben Ashworth <ben@ashworth-partners.example> wrote:
>
> Olga, here's the final list for Medora (cancellation, baggage and travel
> delay only - they have their own medical cover via the company scheme):
>
> Name                 DOB          Passport country
> Laura Finch          12/03/1984   GB
> Tomasz Wieczorek     30/08/1979   PL
> Anjali Mehta         21/01/1990   GB
> Sebastian Krüger     05/11/1986   DE
> Grace O'Donnell      17/06/1993   IE
> Hamid Rahimi         09/02/1975   GB
> Nora Lindahl         28/09/1988   SE
> Oliver Stanton       14/12/1981   GB
> Chiara Benedetti     03/04/1992   IT
> Mark Aldous          22/07/1970   GB
> Femi Adebayo         11/10/1987   GB
> Julia Hartmann       01/05/1983   DE
>
> Thanks, Ben
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Ben Ashworth <ben@ashworth-partners.example>",
             "Re: Medora Devices - business travel, traveller list",
             "2026-11-12 16:10", text=text)
    return m, C, "en", "broker", "quoted broker list: 12 named travellers with dates of birth, travel cover without medical"


def m053():
    text = """Dear Ms Hollis,

as discussed, here are our style rules for translating German medical and
pharmacy invoices into English for our international members. Please share
them with your translators before the next batch.

1. Keep billing codes untranslated: "GOÄ 1", "GOÄ 5", "GOÄ 870", "EBM 03000",
   "PZN 12345678". Add the English description in brackets once.
2. Keep ICD-10-GM codes with their suffix exactly as written ("J45.0 G",
   "M54.5 V"). Do not translate or expand them.
3. Use the placeholder [PATIENT] for the patient's name in the sample section
   of your glossary - never use a real name from a job.
4. Amounts: keep the German format on the invoice copy (1.234,56 EUR); use the
   English format (1,234.56) only in your summary line.
5. Factor ("2,3-facher Satz") -> "multiplier 2.3".

Example line (fictitious):
  GOÄ 1 Beratung, 2,3-fach, 10,72 EUR -> GOÄ 1 (consultation), multiplier 2.3, EUR 10.72

Thank you,
Fiona McAllister
Member Services, Brunnfeld International Health
"""
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Rachel Hollis <rachel.hollis@lingua-med.example>",
             "Style rules for invoice translations",
             "2026-11-05 15:15", text=text)
    return m, N, "en", "insurer-to-supplier", "trap: translation style guide with GOÄ/ICD examples and [PATIENT] placeholder"


def m054():
    text = """Liebe Frau Reitmayr,

die osteopathischen Behandlungen sind erstattungsfähig, weil Ihr Tarif
Naturheilverfahren einschließt. Wir haben die drei Rechnungen von Herrn
Osteopath Falk Rohrbach (Heilpraktiker) abgerechnet:

  12.10.2026  GebüH 20.1, 20.2, 37.1   (Diagnose lt. Rg.: Lumbalgie, Beckenschiefstand)   95,00 €
  19.10.2026  GebüH 20.1, 37.1                                                        80,00 €
  02.11.2026  GebüH 20.1, 37.1                                                        80,00 €
  Erstattung 80 % bis Höchstsatz GebüH                                               176,40 €

Übrigens: Die Schwangerschaft, die Sie in Ihrer Mail erwähnen, ändert daran
nichts – osteopathische Behandlungen bleiben bis zur Entbindung erstattungsfähig.

Herzliche Grüße
Timo Haselberger
Brunnfeld Krankenversicherung a.G., Vertrag KV-5573-2209-0

Am 03.11.2026 schrieb Johanna Reitmayr <johanna.reitmayr@icloud.example>:
> Hallo Herr Haselberger, anbei meine 3 Osteopathie-Rechnungen. Bin in der
> 24. SSW und hab seit Wochen starke Rückenschmerzen, die Osteopathie hilft
> wirklich. Zahlen Sie das? Danke!! Johanna R.
>
> Von meinem iPhone gesendet
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Johanna Reitmayr <johanna.reitmayr@icloud.example>",
             "AW: Osteopathie Rechnungen",
             "2026-11-04 12:33", text=text, flowed=True)
    return m, S, "de", "insurer-to-customer", "osteopathy invoices (GebüH) with back pain and pregnancy in quote, named customer"


def m055():
    text = """Sehr geehrte Frau Reinholdt,

wir bestätigen Deckungsschutz aus Ihrer Firmen-Rechtsschutzversicherung
(Vertrag RS-2096-441750, Baustein Gewerbe-Mietrechtsschutz) für die
außergerichtliche Interessenwahrnehmung gegenüber Ihrem Vermieter.

Versicherungsnehmerin:  Stefanie Reinholdt, Praxis für Physiotherapie (Einzelunternehmen)
Gegner:                 Immobilien Vogelsang GmbH & Co. KG
Streitgegenstand:       Nebenkostenabrechnung 2025 für die Praxisräume
                        Friedrichstraße 8, 34117 Kassel (Nachforderung 4.870,00 €)
Schadennummer:          RS-26-0041987
Selbstbeteiligung:      250 €

Sie können Rechtsanwältin Dr. Merve Acar, die Sie uns benannt haben, mit der
außergerichtlichen Vertretung beauftragen. Für ein gerichtliches Verfahren
bitten wir um erneute Deckungsanfrage.

Mit freundlichen Grüßen
Wiebke Sander
Rechtsschutz Schaden
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Wiebke Sander <wiebke.sander@brunnfeld.example>",
             "Stefanie Reinholdt <praxis@physio-reinholdt.example>",
             "Deckungszusage RS-26-0041987 – Nebenkosten Praxisräume",
             "2026-11-06 10:58", text=text)
    return m, C, "de", "insurer-to-customer", "legal expenses cover for sole-trader physiotherapist; tenancy dispute, no health"


def m056():
    text = """Sehr geehrter Herr Dr. Lohmeyer,

wie angefragt übersende ich die Ausgaben der Brunnfeld Krankenversicherung a.G.
für Heilmittel im Geschäftsjahr 2025 für die Verbandsstatistik. Die Werte sind
auf Versichertenebene aggregiert; es sind keine personenbezogenen Daten enthalten.

Mit freundlichen Grüßen
Farid Nouri
Health Analytics
"""
    o = ods_bytes([("Heilmittel 2025", [
        ("Heilmittelbereich", "Leistungsfälle", "Behandlungseinheiten", "Ausgaben EUR", "je Fall EUR"),
        ("Physiotherapie", 84210, 1012400, 38404100.0, 456.05),
        ("davon Manuelle Lymphdrainage", 6120, 88300, 4102800.0, 670.39),
        ("Ergotherapie", 7344, 88120, 5021660.0, 683.77),
        ("Stimm-, Sprech-, Sprach- und Schlucktherapie", 5088, 61030, 3718400.0, 730.82),
        ("Podologie", 3310, 19860, 811200.0, 245.08),
        ("Ernährungstherapie", 902, 4510, 221300.0, 245.34),
        ("Summe", 100864, 1186220, 48176660.0, 477.64),
    ])])
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Dr. Arne Lohmeyer <statistik@pkv-verband-muster.example>",
             "Verbandsstatistik Heilmittel 2025",
             "2026-10-29 09:33", text=text,
             att=[A("Heilmittel_2025_Brunnfeld.ods", o)])
    return m, N, "de", "insurer-to-partner", "trap: aggregated therapy spend statistics in ODS for association"


def m057():
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Dear Mr Sørensen,</p>
<p>following the sleep study at the Sleep Centre Wiesbaden we can confirm the cost of your CPAP therapy:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f0f4f8"><th>Item</th><th>Details</th><th>Covered</th></tr>
<tr><td>Diagnosis</td><td>G47.31 G &ndash; obstructive sleep apnoea, AHI 34/h</td><td>&ndash;</td></tr>
<tr><td>APAP device</td><td>rental via SomnoCare Service GmbH, incl. humidifier</td><td>EUR 39.90 / month</td></tr>
<tr><td>Full-face mask</td><td>initial fitting + 2 replacements per year</td><td>100 %</td></tr>
<tr><td>Follow-up</td><td>telemonitoring and control polysomnography after 6 months</td><td>100 %</td></tr>
</table>
<p>Your policy: KV-6187-3350-7 (Tariff Komfort International).</p>
<p>Kind regards,<br>Patrick L&uuml;decke<br>Medical Aids Management<br>Brunnfeld Krankenversicherung a.G.</p>
</body></html>"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Henrik Sørensen <h.sorensen@nordmail.example>",
             "CPAP therapy - cost approval",
             "2026-11-09 11:11", html=html)
    return m, S, "en", "insurer-to-customer", "HTML-only table: sleep apnoea G47.31 G, CPAP device approval, named insured"


def m058():
    text = """Hallo zusammen,

ab Montag, 23.11., werden die Etagendrucker im 3. OG auf "Follow-Me-Printing"
umgestellt. Druckaufträge werden erst ausgegeben, wenn ihr euch mit dem
Mitarbeiterausweis am Gerät anmeldet. Bitte vorher einmal im Self-Service-Portal
den Treiber "FollowMe-3OG" installieren (Anleitung im Intranet unter
IT > Drucken).

Die alten Druckerwarteschlangen werden am 30.11. gelöscht.

Gruß
Kevin Straub
IT Operations
"""
    m = mail("Kevin Straub <kevin.straub@brunnfeld.example>",
             "3OG-Giessen <3og-giessen@brunnfeld.example>",
             "Umstellung Etagendrucker 3. OG",
             "2026-11-16 14:00", text=text)
    return m, N, "de", "internal", "printer change announcement"


def m059():
    text = """Sehr geehrter Herr Obermaier,

zum Leitungswasserschaden in Ihrem Wohn- und Geschäftshaus teilen wir Ihnen mit:

Versicherungsnehmer:  Georg Obermaier
Vertrag:              WG-0771-623104 (Wohngebäude, gleitender Neuwert)
Schaden:              S-26-0872566 vom 24.10.2026
Versicherungsort:     Marktplatz 5, 84028 Landshut

Nach dem Bericht des Sachverständigen ist das Wasser aus einer korrodierten
Verbindung der Steigleitung im 1. OG ausgetreten und hat die Decke der im
Erdgeschoss vermieteten Apotheke durchfeuchtet. Für die Gebäudeschäden
(Trocknung, Deckenputz, Malerarbeiten) erkennen wir 11.840 € an.

Die Warenschäden Ihrer Mieterin (durchnässte Kartonagen, Kosmetikartikel) sind
nicht Gegenstand Ihrer Gebäudeversicherung; bitte verweisen Sie die Apotheke an
deren eigenen Inhaltsversicherer.

Mit freundlichen Grüßen
Olga Sawicka
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Georg Obermaier <georg.obermaier@bayernmail.example>",
             "Leitungswasserschaden S-26-0872566 – Regulierung",
             "2026-11-10 15:35", text=text, charset="windows-1252")
    return m, C, "de", "insurer-to-customer", "building claim of named landlord with policy and insured address; pharmacy tenant's goods, no health; windows-1252 8bit"


def m060():
    text = """Protokoll / Minutes – Jour fixe Betrugsprävention Arzneimittel mit RxBridge
12.11.2026, 10:00–11:00, Teams
Teilnehmer: J. Kleeberg, K. Straub (Brunnfeld); M. Nowicki, S. Patel (RxBridge)

1. Pattern report Q3 (Sanjay)
   - 14 pharmacies flagged for "same prescriber, same high-risk substance,
     many patients" - e.g. anonymised case A: pharmacy X dispensed pregabalin
     300 mg to 43 different insured persons from one prescriber within 6 weeks.
   - No names in the report, pseudonymised IDs only. Re-identification only in
     ClaimPilot by the fraud team.
   -> Brunnfeld prüft, ob Fall A an die Innenrevision geht (Jonas).

2. Neue Regel "Rezeptfälschung Verdacht"
   - Kriterien: fehlende LANR, ungewöhnliche Packungsgrößen (z. B. Tilidin N3
     mehrfach pro Monat), Arztstempel aus anderem KV-Bezirk
   - Go-live with the January release, threshold to be tuned after 4 weeks.

3. AOB
   - Next meeting 10/12/2026. Kevin sends the new SFTP key by 20/11.

Gruß / regards
Jonas
"""
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Kevin Straub <kevin.straub@brunnfeld.example>, Marek Nowicki <marek.nowicki@rxbridge-solutions.example>",
             "Protokoll Jour fixe Betrugsprävention 12.11. / minutes",
             "2026-11-12 13:40", text=text,
             cc="Sanjay Patel <sanjay.patel@rxbridge-solutions.example>")
    return m, N, "mixed", "insurer-to-partner", "trap: fraud-prevention minutes with anonymised pharmacy case (pregabalin, 43 persons), pseudonymised"


def m061():
    text = """Dear Ms Whitaker,

we have settled the invoices for Bruno's rehabilitation under your dog health
policy TK-2210-880417 (Brunnfeld PetCare Plus):

  Clinic:      Tierklinik am Taunus, Bad Homburg
  Treatment:   TPLO surgery right hind leg (cruciate ligament rupture), 21/09/2026
  Follow-up:   8 sessions of canine hydrotherapy and physiotherapy,
               05/10 - 30/10/2026, Tierphysio Wasserpfote
  Invoiced:    EUR 3,946.20 (surgery) + EUR 520.00 (physiotherapy)
  Paid:        EUR 3,572.96 (after 20 % co-payment on the physiotherapy and
               the EUR 250 annual excess)

Payment goes to your account ending in 0133 within three working days.

We hope Bruno is back on his walks soon!

Kind regards
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG - PetCare
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Claire Whitaker <claire.whitaker@mailbox.example>",
             "Bruno - claim settled (TK-2210-880417)",
             "2026-11-05 14:50", text=text)
    return m, C, "en", "insurer-to-customer", "animal health: dog's surgery and physiotherapy under named customer's pet policy"


def m062():
    text = """Hallo zusammen,

weil in letzter Zeit öfter Fragen kamen: unten die Übersicht der häufigsten
GOÄ-Ziffern aus Abschnitt E (Physikalisch-medizinische Leistungen), mit
Punktzahl und Betrag beim 1,8-fachen Regelsatz (Technik-Leistungen).

Ziffer  Leistung                                          Punkte  1,0-fach  1,8-fach
500     Inhalationstherapie                                   38     2,21 €    3,99 €
505     Atmungsbehandlung                                     85     4,95 €    8,92 €
506     Krankengymnastische Ganzbehandlung, Einzel           120     6,99 €   12,59 €
507     Krankengymnastische Teilbehandlung, Einzel            80     4,66 €    8,39 €
510     Übungsbehandlung, auch mit Geräten                    70     4,08 €    7,34 €
520     Teilmassage                                           45     2,62 €    4,72 €
523     Massage im extramuskulären Bereich                    65     3,79 €    6,82 €
530     Kalt- oder Heißpackung                                35     2,04 €    3,67 €
551     Reizstrombehandlung                                   48     2,80 €    5,04 €

Heilmittelerbringer (Physiotherapeuten ohne Arztpraxis) rechnen nicht nach
GOÄ ab, sondern nach eigener Preisliste – dann gelten unsere Höchstbeträge aus
dem Heilmittelverzeichnis.

Gruß
Ayşe
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Hallo zusammen,</p>
<p>weil in letzter Zeit öfter Fragen kamen: unten die Übersicht der häufigsten GOÄ-Ziffern aus Abschnitt E (Physikalisch-medizinische Leistungen), mit Punktzahl und Betrag beim 1,8-fachen Regelsatz (Technik-Leistungen).</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#ddd"><th>Ziffer</th><th>Leistung</th><th>Punkte</th><th>1,0-fach</th><th>1,8-fach</th></tr>
<tr><td>500</td><td>Inhalationstherapie</td><td>38</td><td>2,21 €</td><td>3,99 €</td></tr>
<tr><td>505</td><td>Atmungsbehandlung</td><td>85</td><td>4,95 €</td><td>8,92 €</td></tr>
<tr><td>506</td><td>Krankengymnastische Ganzbehandlung, Einzel</td><td>120</td><td>6,99 €</td><td>12,59 €</td></tr>
<tr><td>507</td><td>Krankengymnastische Teilbehandlung, Einzel</td><td>80</td><td>4,66 €</td><td>8,39 €</td></tr>
<tr><td>510</td><td>Übungsbehandlung, auch mit Geräten</td><td>70</td><td>4,08 €</td><td>7,34 €</td></tr>
<tr><td>520</td><td>Teilmassage</td><td>45</td><td>2,62 €</td><td>4,72 €</td></tr>
<tr><td>523</td><td>Massage im extramuskulären Bereich</td><td>65</td><td>3,79 €</td><td>6,82 €</td></tr>
<tr><td>530</td><td>Kalt- oder Heißpackung</td><td>35</td><td>2,04 €</td><td>3,67 €</td></tr>
<tr><td>551</td><td>Reizstrombehandlung</td><td>48</td><td>2,80 €</td><td>5,04 €</td></tr>
</table>
<p>Heilmittelerbringer (Physiotherapeuten ohne Arztpraxis) rechnen nicht nach GOÄ ab, sondern nach eigener Preisliste &ndash; dann gelten unsere Höchstbeträge aus dem Heilmittelverzeichnis.</p>
<p>Gruß<br>Ayşe</p>
</body></html>"""
    m = mail("Ayşe Demirtaş <ayse.demirtas@brunnfeld.example>",
             "Leistung-KV-alle <leistung-kv@brunnfeld.example>",
             "Spickzettel GOÄ Abschnitt E (Physikalische Medizin)",
             "2026-11-11 09:20", text=text, html=html,
             cte="quoted-printable", html_cte="quoted-printable")
    return m, N, "de", "internal", "trap: GOÄ fee schedule cheat sheet as text and HTML table, no patient"


def m063():
    text = """Sehr geehrte Familie Albers,

anbei erhalten Sie die Leistungsabrechnung für Oktober.

Mit freundlichen Grüßen
Ihre Brunnfeld Krankenversicherung
"""
    pdf = pdf_bytes([[
        "##Leistungsabrechnung Nr. LA-2026-1148832",
        "Brunnfeld Krankenversicherung a.G., Frankfurter Straße 210, 35392 Gießen",
        "",
        "Versicherungsnehmer: Thorsten Albers, Vertrag KV-8830-1205-7",
        "Versicherte Person: Finn Albers, geb. 09.05.2015",
        "Datum der Abrechnung: 04.11.2026",
        "",
        "**Datum      Leistungserbringer            Leistung                                 Betrag     erstattet",
        "01.10.2026  DiaTec Versand GmbH            Sensoren CGM, 3 Stück (14-Tage-Sensor)    179,85 €   179,85 €",
        "01.10.2026  DiaTec Versand GmbH            Insulinpumpe Verbrauchsmaterial, 10 Kath. 142,30 €   142,30 €",
        "08.10.2026  Schloss-Apotheke Celle         Insulin aspart 100 E/ml, 5 x 3 ml Pen      62,14 €    62,14 €",
        "08.10.2026  Schloss-Apotheke Celle         Glucagon Nasenpulver 3 mg, 1 St.          104,68 €   104,68 €",
        "22.10.2026  Kinderdiabetologie Dr. Paulsen GOÄ 1, 5, 3511, 3561                     58,40 €    58,40 €",
        "",
        "Diagnose lt. Verordnung: E10.9 G (Diabetes mellitus Typ 1)",
        "Summe erstattet: 547,37 €  -  Überweisung auf Konto DE** **** **** **** **29 14",
    ]], title="Leistungsabrechnung")
    m = mail("Brunnfeld Leistungsservice <leistung@brunnfeld.example>",
             "Thorsten Albers <t.albers@web.example>",
             "Ihre Leistungsabrechnung",
             "2026-11-04 06:12", text=text,
             att=[A("Leistungsabrechnung_LA-2026-1148832.pdf", pdf)])
    return m, S, "de", "insurer-to-customer", "harmless body; PDF: child's type 1 diabetes supplies, insulin, birth date, E10.9 G"


def m064():
    text = """Hallo Herr Tiedemann,

Ihr E-Bike ist als gestohlen registriert.

Versicherter:       Malte Tiedemann, Hafenstraße 31, 26789 Leer
Vertrag:            FR-0092-331568 (Fahrradversicherung, Neuwert 4.200 €)
Schaden:            S-26-0881240, Diebstahl am 08.11.2026 vor dem Bahnhof Leer
Rahmennummer:       WBK 2247 915 XT
Anzeige:            Polizei Leer, Vorgang 2611-00871

Die Regulierung erfolgt nach Ablauf der Wartefrist von vier Wochen, sofern das
Rad bis dahin nicht wieder auftaucht. Bitte schicken Sie uns bis dahin noch den
zweiten Schlüssel des Rahmenschlosses per Post – das ist nach den Bedingungen
Voraussetzung für die Entschädigung.

Schöne Grüße
Dennis Raabe
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Malte Tiedemann <malte.tiedemann@nordwest.example>",
             "E-Bike-Diebstahl S-26-0881240",
             "2026-11-10 10:44", text=text)
    return m, C, "de", "insurer-to-customer", "bicycle theft claim with named insured, address, policy and frame number"


def m065():
    text = """Hi Rui,

FYI - the updated retail price list from Al Safa Specialty Pharmacy (Dubai) for
common chronic medications, which we use to benchmark the reimbursement caps
in the UAE network. Prices in AED incl. VAT, valid from 1 November. I've added
the EUR conversion at today's rate (1 EUR = 3.97 AED).

Biggest change is the GLP-1 pens (+8 %). Everything else is within 2 %.
No member data in there, it's just their shelf list.

Cheers
Fiona
"""
    csvdata = csv_bytes([
        ["Product", "Strength", "Pack", "Price AED", "Price EUR", "Change vs Q3"],
        ["Metformin", "500 mg", "100 tabs", "28.50", "7.18", "0%"],
        ["Atorvastatin", "20 mg", "30 tabs", "64.00", "16.12", "+1%"],
        ["Amlodipine", "5 mg", "30 tabs", "22.75", "5.73", "0%"],
        ["Levothyroxine", "100 mcg", "100 tabs", "31.00", "7.81", "+2%"],
        ["Salbutamol inhaler", "100 mcg/dose", "200 doses", "19.50", "4.91", "0%"],
        ["Insulin glargine pen", "100 U/ml", "5 x 3 ml", "268.00", "67.51", "+1%"],
        ["Semaglutide pen", "1 mg", "4 doses", "912.00", "229.72", "+8%"],
        ["Adalimumab biosimilar pen", "40 mg", "2 pens", "3180.00", "801.01", "-2%"],
    ], delim=",")
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Rui Santos <rui.santos@brunnfeld.example>",
             "FW: Al Safa price list Nov 2026",
             "2026-11-06 11:52", text=text,
             att=[A("AlSafa_pricelist_2026-11.csv", csvdata)])
    return m, N, "en", "internal", "trap: pharmacy shelf price list in CSV (medicines, strengths), no member"


def m066():
    text = """Dear Dr. Ehrlich,

could you please advise on the member below before she travels? She needs a
certificate for carrying her medication (Schengen Art. 75 certificate or
similar) and asks whether we cover a 3-month supply in advance.

Best
Rui

---------- Forwarded message ---------
From: Ingrid Solberg-Maas <ingrid.sm@posteo.example>
Date: Sun, 8 Nov 2026 at 20:11
Subject: travelling with my ADHD medication
To: claims.international@brunnfeld.example

Hello,
I'm a member (BIH-DE-0058813, born 1994-02-17) and I'll be working in Cape Town
from January to March. I take methylphenidate retard 54 mg every morning
(diagnosed ADHD as an adult, F90.0 G, my psychiatrist Dr. Wendel in Cologne
prescribes it). Can I get the whole 90 days from my pharmacy before I go, and
will you pay for it? I also read I need some kind of certificate because it's a
narcotic in Germany?

Thanks so much
Ingrid
"""
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "Dr. Lars Ehrlich <lars.ehrlich@brunnfeld.example>",
             "Fwd: travelling with my ADHD medication",
             "2026-11-09 08:40", text=text)
    return m, S, "en", "customer", "inline forward: member with ADHD F90.0 G, methylphenidate dose, date of birth"


def m067():
    text = """Sehr geehrter Herr Engelmann,

anbei Ihre Provisionsabrechnung für Oktober 2026.

Vermittler:          Rolf Engelmann, Versicherungsvertreter (Einzelunternehmen)
Vermittlernummer:    V-40871
Abrechnungszeitraum: 01.10.–31.10.2026

Abschlussprovision Sach                2.144,60 €
Bestandsprovision Sach                   688,12 €
Abschlussprovision KV-Zusatz (Brille/Zahn) 910,00 €
Stornoreserve (10 %)                    -374,27 €
-----------------------------------------------
Auszahlung                             3.368,45 €

Die Auszahlung erfolgt am 13.11. auf Ihr Konto IBAN DE65 7592 7819 2323 7929 75.
Steuernummer lt. Agenturvertrag: 145/210/60733 (umsatzsteuerfrei nach § 4 Nr. 11 UStG).

Mit freundlichen Grüßen
Vertriebsabrechnung
Brunnfeld Versicherungsgruppe
"""
    m = mail("Vertriebsabrechnung <vertriebsabrechnung@brunnfeld.example>",
             "Rolf Engelmann <agentur.engelmann@vermittler.example>",
             "Provisionsabrechnung 10/2026 – V-40871",
             "2026-11-09 05:30", text=text)
    return m, C, "de", "insurer-to-broker", "sole-trader agent's commission, IBAN and tax number; no customer health"


def m068():
    text = """Hi,

die Kaffeemaschine in der Teeküche 3. OG ist seit heute früh kaputt (Fehler
"Entkalken" obwohl gestern entkalkt). Ich hab den Service angerufen, kommt
frühestens Donnerstag. Bis dahin bitte die Maschine im 2. OG nutzen.

Und: wer hat die große Thermoskanne? Bitte zurückstellen :)

LG Dennis
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "3OG-Giessen <3og-giessen@brunnfeld.example>",
             "Kaffeemaschine 3. OG defekt",
             "2026-11-17 07:52", text=text)
    return m, N, "de", "internal", "broken coffee machine"


def m069():
    text = """Sehr geehrte Frau Lambrecht,

vielen Dank für Ihren Therapiebericht zu unserem Versicherten Herrn Walter
Hesselbach (Vertrag KV-1045-7781-0). Ein Punkt ist für die Entscheidung über die
Folgeverordnung noch offen:

Sie beschreiben das Hirnleistungstraining bei fortschreitender Alzheimer-Demenz
(F00.1 G) mit "stabiler Alltagskompetenz", gleichzeitig gibt die
Pflegedokumentation (Pflegegrad 3 seit 07/2026) eine deutliche Verschlechterung
an. Können Sie kurz einschätzen, ob die Ergotherapie als Hausbesuch weiterhin
sinnvoll ist oder ob eine Umstellung auf Angehörigenanleitung geplant ist?

Eine kurze formlose Antwort über unser Portal reicht.

Freundliche Grüße
Sabine Oertel
Leistungsabteilung Heil- und Hilfsmittel
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Ergotherapie Lambrecht <info@ergo-lambrecht.example>",
             "Rückfrage Therapiebericht Hesselbach",
             "2026-11-02 13:05", text=text)
    return m, S, "de", "insurer-to-therapist", "therapist query: named insured with Alzheimer's F00.1 G and care level 3"


def m070():
    text = """Hallo Sabine,

das kam über das Kontaktformular an Marketing – eine neue Logopädie-Praxis
möchte "Kooperationspartner" werden. Ist das was für euer Netzwerk oder soll
ich freundlich absagen?

Grüße
Lena

-------- Weitergeleitete Nachricht --------
Betreff: Neueröffnung – Praxis für Logopädie Sprachraum Wetzlar
Datum: Fri, 13 Nov 2026 09:41:12 +0100
Von: Praxis Sprachraum <hallo@sprachraum-wetzlar.example>

Sehr geehrte Damen und Herren,

am 1. Dezember eröffnen wir unsere Praxis für Logopädie in der Wetzlarer
Altstadt. Unser Team (4 Logopädinnen, 1 Atem-, Sprech- und Stimmlehrerin)
behandelt:

  • Sprachentwicklungsstörungen bei Kindern
  • Stottern und Poltern
  • Aphasie und Dysarthrie nach Schlaganfall
  • Schluckstörungen (Dysphagie), auch als Hausbesuch
  • Stimmstörungen bei Sprechberufen

Wir rechnen mit Privatversicherten nach den PKV-üblichen Sätzen ab und bieten
Termine auch am Samstagvormittag an. Gern stellen wir uns Ihren Versicherten
als Kooperationspraxis vor – Flyer senden wir auf Wunsch zu.

Mit freundlichen Grüßen
Carina Wolff, staatl. anerk. Logopädin
Praxis Sprachraum, Kornmarkt 7, 35578 Wetzlar
"""
    m = mail("Lena Fuchs <lena.fuchs@brunnfeld.example>",
             "Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "WG: Neueröffnung – Praxis für Logopädie Sprachraum Wetzlar",
             "2026-11-13 11:05", text=text)
    return m, N, "de", "internal", "trap: forwarded speech-therapy practice advert listing conditions treated, no patient"


def m071():
    text = """Hi Mr Oduya,

yes, confirmed - the amount will be paid next week together with the other
open items. Sorry for the delay.

Best regards
Rui Santos
Brunnfeld International Health

On 11 Nov 2026 18:05, Samuel Oduya <samuel.oduya@mailbox.example> wrote:
> Dear Rui, just checking on my claim from September (BIH-NG-0014490) - the
> pharmacy receipts for my son Daniel's ADHD medication, Elvanse 30 mg,
> 3 x 30 capsules, and the child psychiatrist's bill for the follow-up. It's
> been 7 weeks. Could you please tell me when it will be paid?
> Thanks, Samuel
>
> Sent from my iPhone
"""
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "Samuel Oduya <samuel.oduya@mailbox.example>",
             "Re: claim from September",
             "2026-11-12 09:14", text=text)
    return m, S, "en", "insurer-to-customer", "harmless body; only the quote names the son's ADHD medication (Elvanse 30 mg) and psychiatrist"


def m072():
    text = """Dear Mr Kovačević,

we are pleased to confirm your trip cancellation claim.

Insured:        Luka Kovačević and Ana Kovačević
Policy:         RR-5502-617729 (annual travel cancellation, family)
Claim:          R-26-0033871
Trip:           Lisbon, 20-27 November 2026, booking ref. TRV-88410K
Reason:         involuntary termination of employment of the policyholder
                (employer's notice dated 15/10/2026, received by us)
Cancellation fees: EUR 1,486.00
Excess (20 %):     EUR 297.20
Payment:           EUR 1,188.80 to IBAN DE83 4311 6046 2979 3551 57

Kind regards
Wiebke Sander
Travel Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Wiebke Sander <wiebke.sander@brunnfeld.example>",
             "Luka Kovačević <luka.kovacevic@mailbox.example>",
             "Trip cancellation R-26-0033871 - settled",
             "2026-11-13 15:00", text=text)
    return m, C, "en", "insurer-to-customer", "travel cancellation for job loss: named insured, policy, IBAN; no medical content"


def m073():
    text = """Dear Ms Baumgartner,

thank you for your questions on the pricing basis of our new supplementary
tariff "Sehen & Hören" (glasses, contact lenses, hearing aids, laser eye
surgery). Our assumptions, derived from our own 2021-2025 experience and
market data, are below. Individual claims data cannot be shared, as discussed.

Benefit              Annual utilisation   Avg. claim (EUR)   Cap (EUR)
Glasses/lenses       18.5 %               265                400 / 2 yrs
Contact lenses        4.2 %               190                400 / 2 yrs
Hearing aids          1.1 % (age 60+: 3.9 %) 1,540           1,500 per ear / 5 yrs
Laser eye surgery     0.3 %               2,350              1,500 once
Eye test/refraction  22.0 %                30                 50 p.a.

Loading for anti-selection in year 1: +25 % on glasses utilisation,
waiting period 8 months for hearing aids. We'd be happy to walk your pricing
team through the model in a call.

Best regards
Dr. Konstantin Rehm
Actuarial & Reinsurance, Health
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. Konstantin Rehm <konstantin.rehm@brunnfeld.example>",
             "Sabine Baumgartner <s.baumgartner@alpine-re.example>",
             "RE: Sehen & Hören - pricing assumptions",
             "2026-11-04 17:30", text=text)
    return m, N, "en", "insurer-to-partner", "trap: actuarial assumptions for glasses/hearing-aid tariff, aggregate rates only"


def m074():
    text = """Sehr geehrte Frau Lennartz,

wie telefonisch besprochen erhalten Sie die Aufstellung aller 2025 erstatteten
Arzneimittel- und Heilmittelkosten für Ihre Steuererklärung (außergewöhnliche
Belastungen). Die Datei im Anhang ist mit dem Passwort geschützt, das wir Ihnen
per SMS geschickt haben.

Freundliche Grüße
Brunnfeld Kundenservice
"""
    csvdata = csv_bytes([
        ["Datum", "Versicherte Person", "Leistungserbringer", "Leistung", "Rechnungsbetrag", "Erstattet", "Eigenanteil"],
        ["14.01.2025", "Petra Lennartz", "Marien-Apotheke Aachen", "Tamoxifen 20 mg, 100 Tbl.", "38,61", "30,89", "7,72"],
        ["14.01.2025", "Petra Lennartz", "Marien-Apotheke Aachen", "Venlafaxin 75 mg, 100 Kps.", "29,04", "23,23", "5,81"],
        ["03.03.2025", "Petra Lennartz", "Physiozentrum Burtscheid", "Manuelle Lymphdrainage 45 Min. x 10", "520,00", "486,00", "34,00"],
        ["11.04.2025", "Petra Lennartz", "Sanitätshaus Nord", "Brustprothese + 2 Spezial-BH", "412,00", "360,00", "52,00"],
        ["14.07.2025", "Petra Lennartz", "Marien-Apotheke Aachen", "Tamoxifen 20 mg, 100 Tbl.", "38,61", "30,89", "7,72"],
        ["14.07.2025", "Petra Lennartz", "Marien-Apotheke Aachen", "Venlafaxin 75 mg, 100 Kps.", "29,04", "23,23", "5,81"],
        ["", "", "", "Summe 2025", "1.067,30", "954,24", "113,06"],
    ], enc="windows-1252")
    z = zip_bytes([("Erstattungen_2025_Lennartz.csv", csvdata),
                   ("Hinweise.txt", "Alle Beträge in EUR. Vertrag KV-2740-9931-6.\r\nDiese Aufstellung ersetzt keine Beitragsbescheinigung.\r\n")])
    m = mail("Brunnfeld Kundenservice <service@brunnfeld.example>",
             "Petra Lennartz <petra.lennartz@t-online.example>",
             "Ihre Aufstellung 2025",
             "2026-11-05 09:02", text=text,
             att=[A("Aufstellung_2025.zip", z)])
    return m, S, "de", "insurer-to-customer", "sensitive only inside ZIP: CSV (windows-1252) with tamoxifen, venlafaxine, breast prosthesis for named customer"


def m075():
    text = """Sehr geehrter Herr Vollmer,

zum Brand in der Orthopädietechnik-Werkstatt Ihres Sanitätshauses am 03.11.2026
haben wir den Sachverständigen Dipl.-Ing. Hansjörg Brandes beauftragt. Er meldet
sich morgen bei Ihnen, um einen Termin vor Ort zu vereinbaren.

Versicherungsnehmerin:  Sanitätshaus Vollmer GmbH, Ansprechpartner: Herr Reinhard Vollmer (Geschäftsführer)
Vertrag:                GI-3308-154411 (Geschäftsinhalt, Feuer, BU)
Schaden:                S-26-0878840
Ort:                    Werkstatt, Industriestraße 14, 32052 Herford

Bitte bewahren Sie beschädigte Maschinen (Tiefziehgerät, Schleifmaschine,
Gießharzstation) und Rohmaterial bis zur Besichtigung auf. Fertige Orthesen und
Prothesen aus der Werkstatt, die Kunden gehören, melden Sie bitte separat – diese
sind als fremde Sachen nur bis 25.000 € mitversichert.

Mit freundlichen Grüßen
Matthias Brenninger
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Reinhard Vollmer <r.vollmer@sanitaetshaus-vollmer.example>",
             "Brandschaden Werkstatt – S-26-0878840",
             "2026-11-04 16:40", text=text)
    return m, C, "de", "insurer-to-company", "commercial fire claim of medical-supply company with named managing director; no patients named"


def m076():
    text = """Liebe Kolleginnen und Kollegen der Leistungsabteilung,

herzliche Einladung zur Inhouse-Fortbildung "Neue Wirkstoffe 2026 – was die
Sachbearbeitung wissen muss" mit unserem Apotheker Jonas Kleeberg.

Themen:
- GLP-1-Agonisten: Zulassung zur Gewichtsreduktion vs. Diabetes – wann
  erstatten wir?
- Biosimilars (Adalimumab, Ustekinumab): automatische Substitution
- Cannabis-Arzneimittel nach Einstufung 2024: Blüten, Extrakte, Rezepturen
- Hochpreiser > 10.000 € pro Packung: wie erkenne ich Dosierungsfehler?

Bitte über die Kalendereinladung zusagen. Keine echten Fälle mitbringen –
Jonas bringt anonymisierte Beispiele mit.

Viele Grüße
Sabine Oertel
"""
    ics = ics_bytes("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brunnfeld//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:fobi-wirkstoffe-2026@brunnfeld.example
DTSTAMP:20261112T100000Z
DTSTART;TZID=Europe/Berlin:20261126T140000
DTEND;TZID=Europe/Berlin:20261126T160000
SUMMARY:Fortbildung: Neue Wirkstoffe 2026
LOCATION:Schulungsraum 1.10 / Teams
ORGANIZER;CN=Sabine Oertel:mailto:sabine.oertel@brunnfeld.example
DESCRIPTION:GLP-1\\, Biosimilars\\, Cannabis\\, Hochpreiser. Referent: J. Kleeberg
END:VEVENT
END:VCALENDAR""")
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Leistung-KV-alle <leistung-kv@brunnfeld.example>",
             "Einladung: Fortbildung Neue Wirkstoffe 2026 (26.11.)",
             "2026-11-12 10:05", text=text,
             att=[A("Fortbildung_Wirkstoffe.ics", ics)])
    return m, N, "de", "internal", "trap: training invitation on new drugs (GLP-1, cannabis, biosimilars) with ICS"


def m077():
    text = """Interne Notiz: Bitte Antwort an Dr. Ehrlich, er bewertet den Fall. – R.S.

Dear Dr Patel,

Brunnfeld International Health insures your former patient Mr Graham Whitcombe
(DOB 03/02/1962, membership BIH-DE-0045112), who now lives in Freiburg. He has
applied for bilateral hearing aids. Under his plan, pre-existing conditions
declared at enrolment are covered, but our records show no hearing problems at
enrolment in 2023.

His German ENT specialist reports noise-induced hearing loss (H83.3 B) and
tinnitus (H93.1 B). Mr Whitcombe states that both were already documented by
your practice in Leeds around 2019.

Could you please send us copies of any audiograms or consultation notes about
his hearing from 2015 onwards? His signed consent form is attached.

Kind regards
Rui Santos
Claims Team, Brunnfeld International Health
"""
    consent = odt_bytes([
        "Consent to release medical information",
        "I, Graham Whitcombe, born 3 February 1962, authorise Dr Nikhil Patel, Roundhay Medical Practice, Leeds, to release my medical records concerning my hearing to Brunnfeld Krankenversicherung a.G. (Brunnfeld International Health).",
        "Membership: BIH-DE-0045112",
        "Signed: G. Whitcombe, Freiburg, 30 October 2026",
    ])
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "Dr Nikhil Patel <reception@roundhay-medical.example>",
             "Request for records - Mr G. Whitcombe",
             "2026-11-03 12:30", text=text,
             att=[A("Consent_Whitcombe.odt", consent)])
    return m, S, "mixed", "insurer-to-doctor", "request to UK GP: named member, DOB, hearing loss H83.3 B, tinnitus; ODT consent"


def m078():
    text = """Job opening - Medical Officer (physician), International Health
Frankfurt am Main or remote within the EU, 20-30 hours/week

About the role
You review complex claims and pre-authorisations for our 48,000 international
members: biologics and specialty drugs, inpatient stays, mental health
treatment plans, medical aids such as hearing aids, prostheses and CPAP.
You advise our claims teams and talk to treating physicians worldwide.

What you bring
- licence to practise medicine in an EU country, specialist registration
  (internal medicine, general practice or similar)
- at least 3 years of clinical experience
- fluent English; German or Spanish is a plus

What we offer
- no night shifts, flexible hours, 30 days annual leave
- CME budget of EUR 2,000 per year

Apply by 31 December 2026 at careers.brunnfeld.example (ref. 2026-052).

Please share with your network!
Claudia Wendt, HR
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "International Health Team <intl-health@brunnfeld.example>",
             "We're hiring: Medical Officer (part-time)",
             "2026-11-18 09:10", text=text)
    return m, N, "en", "internal", "trap: job ad for a medical officer listing biologics, mental health, aids"


def m079():
    text = """Hallo Herr Lüdecke,

wie gewünscht die Gehaltsbescheinigung für Ihre Wohnungsbewerbung. Die
unterschriebene Fassung liegt ab morgen im Postfach der Personalabteilung.

  Mitarbeiter:        Patrick Lüdecke, Personalnummer 104877
  Beschäftigt seit:   01.04.2019, unbefristet, ungekündigt
  Bruttomonatsgehalt: 4.865,00 €
  Nettoverdienst Ø
  Aug.–Okt. 2026:     3.112,48 €

Viel Erfolg bei der Wohnungssuche!

Viele Grüße
Martina Eckert
Entgeltabrechnung
"""
    m = mail("Martina Eckert <martina.eckert@brunnfeld.example>",
             "Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Ihre Gehaltsbescheinigung",
             "2026-11-11 13:50", text=text)
    return m, C, "de", "internal", "named employee's gross and net salary"


def m080():
    text = """Sehr geehrter Herr Lindner,

vielen Dank für Ihr Interesse an unserem Zusatztarif "Sehen & Hören". Gern
beantworte ich Ihre Fragen:

- Brillen und Kontaktlinsen: bis 400 € alle zwei Kalenderjahre, auch für
  Sonnenbrillen mit Sehstärke
- Augenlaser-Operation (LASIK/PRK): einmalig bis 1.500 € je Auge
- Hörgeräte: bis 1.500 € je Ohr alle fünf Jahre, Wartezeit 8 Monate
- keine Gesundheitsfragen bei Abschluss bis zum 40. Lebensjahr, danach drei
  kurze Fragen zu Augen und Gehör

Den Beitrag für Ihr Alter und die Versicherungsbedingungen finden Sie im
Tarifrechner unter www.brunnfeld.example/sehen-hoeren. Wenn Sie möchten, ruft
Sie auch gern ein Berater aus Ihrer Region an.

Mit freundlichen Grüßen
Kundenservice Brunnfeld Krankenversicherung

> Guten Tag, was zahlt Ihr Tarif Sehen & Hören für Brillen und Kontaktlinsen,
> und gibt es Gesundheitsfragen? Gruß T. Lindner
"""
    m = mail("Brunnfeld Kundenservice <service@brunnfeld.example>",
             "Tobias Lindner <t.lindner@webpost.example>",
             "AW: Frage zum Tarif Sehen & Hören",
             "2026-11-06 16:22", text=text)
    return m, N, "de", "insurer-to-customer", "trap: prospect asks about glasses/hearing-aid tariff, generic product answer, no personal health data"


def m081():
    text = """Sehr geehrte Frau Ebersbach,

Sie haben uns die Rechnung des Zweithaar-Studios Lockenwerk über eine
Echthaarperücke (Rechnung vom 20.10.2026, 1.180,00 EUR) eingereicht.

Da der Haarverlust nach Ihrer Chemotherapie (Diagnose laut Verordnung von
Dr. Reuter, Onkologische Praxis Darmstadt: C50.9 R) eingetreten ist, handelt es
sich um ein erstattungsfähiges Hilfsmittel. Ihr Tarif sieht für Perücken einen
Höchstbetrag von 600,00 EUR je Kalenderjahr vor. Diesen Betrag überweisen wir
Ihnen in den nächsten Tagen.

Wir wünschen Ihnen alles Gute für die weitere Behandlung.

Mit freundlichen Grüßen
Patrick Lüdecke
Hilfsmittelmanagement
Brunnfeld Krankenversicherung a.G., Vertrag KV-6602-0714-4
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Carmen Ebersbach <c.ebersbach@arcor.example>",
             "Erstattung Perücke",
             "2026-11-05 15:25", text=text, charset="iso-8859-1", cte="quoted-printable")
    return m, S, "de", "insurer-to-customer", "wig after chemotherapy, C50.9 R, named customer; iso-8859-1 QP"


def m082():
    text = """Dear Mr Achterberg,

we are happy to confirm the rent deposit guarantee for your new flat.

Guarantee holder:   Jeroen Achterberg
Landlord:           Hausverwaltung Mainblick GmbH
Property:           Hanauer Landstraße 188, 3rd floor left, 60314 Frankfurt
Guarantee amount:   EUR 4,650.00 (3 x net cold rent of EUR 1,550.00)
Guarantee no.:      MK-2026-0188472
Annual fee:         EUR 232.50, debited from NL17 ABNA 5291 1392 79

Our credit check was based on your employment contract (net monthly income
stated: EUR 4,980) and the Schufa-style report from your Dutch bank.
The original guarantee certificate will be sent to the landlord by post.

Kind regards
Olga Sawicka
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Jeroen Achterberg <j.achterberg@postnl-mail.example>",
             "Rent deposit guarantee MK-2026-0188472",
             "2026-11-09 14:14", text=text)
    return m, C, "en", "insurer-to-customer", "rent deposit guarantee: named customer, net income, NL IBAN"


def m083():
    text = """Hi team,

heads-up: the sprint review for "Member app - claims upload v3" moves from
Thursday 10:00 to Friday 13:30, same Teams link. The PO is at the Frankfurt
offsite on Thursday.

Please have your demo branches deployed to the test stage by Friday noon.

Thanks
Kevin
"""
    m = mail("Kevin Straub <kevin.straub@brunnfeld.example>",
             "Team App <team-app@brunnfeld.example>",
             "Sprint review moved to Friday 13:30",
             "2026-11-18 16:25", text=text)
    return m, N, "en", "internal", "meeting moved"


def m084():
    text = """Dear Ms Fontaine,

please take over case management for the member below under our framework
agreement (rehab coordination and aids, Rhine-Main region):

Member:         Mr Frederik Vandermeulen, born 22 June 1956
Membership:     BIH-BE-0008831 (Global Care Plus)
Contact:        +49 171 0000 4418 (mobile), lives alone, speaks English/Dutch
Hospital:       Markus-Krankenhaus Frankfurt, total hip replacement left
                on 09/11/2026 (Z96.64 L after M16.1 L), discharge planned 17/11
Needs:          inpatient rehabilitation (3 weeks) - cost approval enclosed;
                raised toilet seat, grab rails, rollator for home;
                outpatient physiotherapy after rehab

Please contact him in hospital before 16/11 and report back after the first
call. The medical discharge summary will be uploaded to your partner portal.

Kind regards
Fiona McAllister
Case Management Coordination, Brunnfeld International Health
"""
    m = mail("Fiona McAllister <fiona.mcallister@brunnfeld.example>",
             "Élodie Fontaine <e.fontaine@rehacare-coordination.example>",
             "New case: hip replacement - BIH-BE-0008831",
             "2026-11-12 11:40", text=text)
    return m, S, "en", "insurer-to-partner", "case-management referral: named member, DOB, hip replacement Z96.64 L, rehab and aids"


def m085():
    text = """Sehr geehrte Frau Ivanova,

wie gewünscht erhalten Sie Ihre elektronische Versicherungsbestätigung (eVB)
für die Zulassung Ihres neuen Fahrzeugs:

  eVB-Nummer:            A7K3QX9
  Halterin:              Dr. Mila Ivanova, Feldbergstraße 3, 61440 Oberursel
  Fahrzeug:              Škoda Enyaq 85, FIN TMBJC7NY4P0581177
  Tarif:                 Kfz-Haftpflicht + Vollkasko (SB 300/150)
  SF-Klasse Haftpflicht: SF 12 (Übernahme vom Vorvertrag der Provinzial, VS-Nr. liegt vor)
  Beginn:                Tag der Zulassung

Die eVB ist 6 Monate gültig. Den Versicherungsschein senden wir nach der
Zulassungsmeldung des Straßenverkehrsamts.

Gute Fahrt!
Dennis Raabe
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Dr. Mila Ivanova <mila.ivanova@praxis-mail.example>",
             "Ihre eVB für die Zulassung",
             "2026-11-16 09:25", text=text)
    return m, C, "de", "insurer-to-customer", "eVB with named holder, address, VIN and no-claims class"


def m086():
    text = """Hallo zusammen,

zum 01.01.2027 ändert sich im EBM einiges bei der Psychotherapie. Für uns
relevant, weil Beihilfe-Ergänzungstarife und einige Wahltarife sich am EBM
orientieren und Therapeut:innen mit Kassenzulassung teilweise EBM-analog
privat abrechnen:

- GOP 35401–35405 (Kurzzeittherapie VT Einzel) – Bewertung +2,1 %
- GOP 35151 (psychotherapeutische Sprechstunde) – neue Zuschläge für Termine
  nach 19 Uhr
- Gruppentherapie: Mindestgröße 3 statt 2 Personen entfällt für Kinder und
  Jugendliche
- Videobehandlung: Obergrenze 30 % der Fälle bleibt

In ClaimPilot müssen die Vergleichswerte in der Tabelle EBM_REF bis 15.12.
aktualisiert werden (Ticket IT-26-4471 ist angelegt).

Viele Grüße
Ayşe Demirtaş
"""
    m = mail("Ayşe Demirtaş <ayse.demirtas@brunnfeld.example>",
             "Leistung-KV-alle <leistung-kv@brunnfeld.example>",
             "EBM 2027: Änderungen Psychotherapie",
             "2026-11-19 08:45", text=text)
    return m, N, "de", "internal", "trap: EBM psychotherapy billing changes, codes only, no person"


def m087():
    text = """Hallo Timo,

anbei ein Beleg, der per Mail an service@ kam, Absenderin Frau Annegret Voss,
Vertrag KV-3318-5502-9. Anschreiben war nur "Beleg anbei, mfg". Bitte übernehmen.

Gruß
Nils
Kundenservice
"""
    pdf = pdf_bytes([[
        "##Privatrezept",
        "",
        "Dr. med. Hartwig Sommer - Facharzt für Neurologie - Lange Straße 4, 26122 Oldenburg",
        "",
        "Patientin: Annegret Voss, geb. 11.08.1949, Eichenweg 2, 26131 Oldenburg",
        "Kostenträger: Brunnfeld Krankenversicherung",
        "",
        "Rp.",
        "1) Levodopa/Benserazid 200 mg/50 mg Tbl., N3 (100 St.)   1-1-1",
        "2) Pramipexol 0,7 mg Retardtbl., N2 (30 St.)             0-0-1",
        "3) Rasagilin 1 mg Tbl., N3 (100 St.)                     1-0-0",
        "",
        "Diagnose: G20.1 G",
        "Oldenburg, 26.10.2026                 Unterschrift/Stempel",
        "",
        "Apotheke: Hof-Apotheke Oldenburg, abgegeben 27.10.2026, Gesamt 196,30 EUR",
    ]], title="Scan_0042")
    m = mail("Nils Brodersen <nils.brodersen@brunnfeld.example>",
             "Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "WG: Beleg",
             "2026-10-29 10:10", text=text,
             att=[A("Scan_0042.pdf", pdf, "application/octet-stream")])
    return m, S, "de", "customer", "body almost empty; scanned prescription as octet-stream PDF: Parkinson G20.1 G, levodopa, birth date"


def m088():
    text = """Dear Mr Haverkamp,

following your offer of 2 November, we would like to proceed with the VDU
glasses scheme for our employees in Giessen and Frankfurt from January 2027:

- Eye test at any of your 14 stores free of charge for employees presenting our
  voucher (we provide ~1,900 voucher codes, no names)
- If a special VDU prescription is needed, single-vision or office lenses with
  a standard frame up to EUR 180 invoiced to us directly
- Monthly invoice to our occupational health service, quoting only the voucher
  codes - please do not send us names, prescriptions or eye-test results; those
  stay between the optician and the employee

Please send the framework contract to purchasing@brunnfeld.example.

Kind regards
Beate Kornmesser
Purchasing, Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Hendrik Haverkamp <b2b@sehwerk-optik.example>",
             "VDU glasses scheme 2027 - go ahead",
             "2026-11-10 09:45", text=text)
    return m, N, "en", "insurer-to-supplier", "trap: VDU glasses scheme for staff via anonymous vouchers, no person or prescription"


def m089():
    text = """Dear Mr Bergström,

thank you for the forensic report from Kryptos Incident Response. Based on it
we confirm cover under your cyber policy:

Policyholder:   Optik Nordlicht GmbH, represented by managing director Mr Erik Bergström
Policy:         CY-0418-775290 (cyber, SME, limit EUR 500,000)
Claim:          S-26-0883015, ransomware on 02/11/2026
Scope:          online appointment booking and the cash register server of the
                Hamburg and Lüneburg stores

The report confirms that no data was exfiltrated and that the customer
database with refraction values was on a separate, unaffected system.
Therefore no notification to customers is required; the notification to the
data protection authority has been made as a precaution.

We cover the incident response costs (EUR 18,400), restoration (EUR 6,250) and
business interruption for 4 days according to the enclosed calculation.

Kind regards
Matthias Brenninger
Commercial Lines Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Erik Bergström <e.bergstroem@optik-nordlicht.example>",
             "Cyber claim S-26-0883015 - cover confirmed",
             "2026-11-17 10:15", text=text)
    return m, C, "en", "insurer-to-company", "optician company's cyber claim with named managing director and policy number; no customer data"


def m090():
    text = """Hallo Konstantin, hi Sabine,

for the Sehen & Hören pricing review here is the price benchmark I promised –
Durchschnittspreise laut Branchenberichten / average prices from public trade
reports 2025, keine eigenen Kundendaten.

Product                              DE (EUR)    AT (EUR)    CH (CHF)
Einstärkenbrille komplett / single vision, complete   210       235        320
Gleitsichtbrille komplett / varifocal, complete       640       690        980
Monatslinsen, Jahresbedarf / monthly lenses, 1 yr     190       205        310
Hörgerät mittlere Klasse / hearing aid, mid-range     1,450     1,520      2,100
LASIK, beide Augen / both eyes                        3,800     3,600      5,200

Quellen / sources: ZVA Branchenbericht 2025, Bundesinnung der Hörakustiker,
Swiss ophthalmology association fee survey. Happy to discuss in Thursday's call.

VG / best
Farid
"""
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Dr. Konstantin Rehm <konstantin.rehm@brunnfeld.example>",
             "Benchmark Brillen/Hörgeräte DE-AT-CH / price benchmark",
             "2026-11-11 17:02", text=text, cc="Sabine Oertel <sabine.oertel@brunnfeld.example>")
    return m, N, "mixed", "internal", "trap: bilingual price benchmark for glasses, hearing aids, LASIK from public reports"


def m091():
    text = """Sehr geehrter Herr Weidenfeller,

Sie fragen, warum wir beim Rezept vom 14.10. nicht den vollen Preis erstattet
haben. Verordnet war Escitalopram 10 mg, 100 Filmtabletten; die Apotheke hat
auf Ihren Wunsch das Originalpräparat Cipralex® abgegeben (71,83 €) statt eines
Generikums (ab 17,96 €).

Ihr Tarif AMB-Basis erstattet bei Wirkstoffen mit Generika den Preis des
günstigsten Generikums zzgl. 10 %, also 19,76 €, abzüglich Selbstbehalt 20 %
= 15,81 €. Das hat Ihr Arzt mit "aut idem" nicht ausgeschlossen. Wenn Ihr
Arzt medizinische Gründe gegen den Austausch sieht (z. B. Unverträglichkeit),
reichen Sie bitte eine kurze Bescheinigung nach – dann prüfen wir neu.

Mit freundlichen Grüßen
Timo Haselberger
Brunnfeld Krankenversicherung a.G.
Vertrag KV-7415-0062-3
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Jens Weidenfeller <jens.weidenfeller@gmx.example>",
             "AW: Erstattung Rezept 14.10. zu niedrig",
             "2026-11-03 11:45", text=text)
    return m, S, "de", "insurer-to-customer", "antidepressant (escitalopram) prescription and reimbursement for named customer"


def m092():
    text = """Hallo zusammen,

zur Info für die Belegprüfung: Zum 01.12.2026 gelten neue Festbeträge für
mehrere Wirkstoffgruppen. Die Apothekenverkaufspreise der betroffenen
Generika sinken teilweise deutlich; ältere Quittungen dürfen natürlich mit dem
alten Preis abgerechnet werden (Stichtag ist das Abgabedatum).

Wirkstoff                     Packung               AVP alt    AVP neu
Candesartan 16 mg             98 Tbl. N3            28,41 €    24,90 €
Bisoprolol 5 mg               100 Tbl. N3           16,22 €    15,64 €
Levothyroxin 100 µg           100 Tbl. N3           14,07 €    13,86 €
Omeprazol 20 mg               100 Kps. N3           19,98 €    17,12 €
Sertralin 50 mg               100 Tbl. N3           23,50 €    21,05 €

Die Preisdatei wird am 01.12. um 6 Uhr automatisch in ClaimPilot eingespielt.
Bitte in den ersten Tagen auf Fehlermeldungen "Preis > AVP" achten.

Gruß
Jonas
"""
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Leistung-KV-alle <leistung-kv@brunnfeld.example>",
             "Festbetragsanpassung 01.12.2026 – Preisänderungen",
             "2026-11-20 08:15", text=text)
    return m, N, "de", "internal", "trap: drug price changes (candesartan, sertraline) for claims checks, no person"


def m093():
    text = """Hallo Frau Sandmeier,

der Leitungswasserschaden in Ihrer Podologie-Praxis ist aufgenommen.

Versicherungsnehmerin:  Katja Sandmeier, Praxis für Podologie (Einzelunternehmen)
Vertrag:                PI-6610-094238 (Praxisinhalt inkl. Elektronik)
Schaden:                S-26-0884402 vom 15.11.2026
Ort:                    Kirchgasse 2, 97070 Würzburg

Betroffen sind laut Ihrer Meldung der Behandlungsstuhl (Hydraulik),
das Instrumentenwaschgerät und der Laminatboden im Behandlungsraum. Ein
Trocknungsunternehmen können Sie sofort beauftragen, wir übernehmen die Kosten.
Für den Stuhl brauchen wir einen Kostenvoranschlag des Herstellers.

Gruß
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Katja Sandmeier <praxis@podologie-sandmeier.example>",
             "Wasserschaden Praxis – S-26-0884402",
             "2026-11-16 12:08", text=text)
    return m, C, "de", "insurer-to-company", "sole-trader podiatrist's practice contents claim; equipment only, no patient"


def m094():
    text = """Hi all,

weekly KPI snapshot for pharmacy & aids claims (week 46):

- claims received: 18,412 (pharmacy 14,930 / aids 1,288 / therapy 2,194)
- auto-adjudicated without manual touch: 71.4 % (target 75 %)
- median turnaround: 2.1 days (pharmacy), 6.8 days (aids), 4.0 days (therapy)
- backlog > 10 days: 412 items, mostly hearing aid cost estimates waiting for
  audiograms
- complaints: 23 (last week 31)

The drop in auto-adjudication is due to the new rule PR-114 (prescription age),
which produces more warnings than expected. Ayşe is tuning the threshold.

Farid
"""
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Leistung-Management <leistung-mgmt@brunnfeld.example>",
             "KPI week 46 - pharmacy & aids claims",
             "2026-11-16 07:40", text=text)
    return m, N, "en", "internal", "trap: claims KPIs on pharmacy, hearing aids and therapy, counts only"


def m095():
    text = """Dear Ms Castellano,

as requested for your tax advisor, please find attached the annual summary of
all benefits paid in 2025 under your membership.

Kind regards
Member Services
Brunnfeld International Health
"""
    x = xlsx_bytes([("Benefits 2025", [
        ("Category", "Provider", "Service details", "Claims", "Invoiced EUR", "Paid EUR"),
        ("Outpatient - psychotherapy", "Dr. Anja Ruhl, Munich", "GOÄ 870, 24 sessions, F43.1 G", 24, 2413.20, 2413.20),
        ("Outpatient - psychiatry", "Dr. Marco Ventura, Munich", "GOÄ 1, 3, 804; sertraline follow-up", 4, 312.40, 312.40),
        ("Pharmacy", "various", "sertraline 100 mg, quetiapine 25 mg", 9, 286.55, 229.24),
        ("Physiotherapy", "Physio Schwabing", "manual therapy, 10 sessions", 10, 420.00, 378.00),
        ("Medical aids", "Optik Maier", "single-vision glasses", 1, 289.00, 200.00),
        ("Total", "", "", 48, 3721.15, 3532.84),
    ]), ("Member", [
        ("Field", "Value"),
        ("Member", "Lucia Castellano"),
        ("Date of birth", "1987-09-14"),
        ("Membership", "BIH-IT-0027715"),
        ("Plan", "Global Care Plus, deductible EUR 0"),
    ])], author="Member Services")
    m = mail("Brunnfeld International Health <service.international@brunnfeld.example>",
             "Lucia Castellano <lucia.castellano@posta.example>",
             "Your annual benefits summary 2025",
             "2026-11-17 14:30", text=text,
             att=[A("Benefits_summary_2025_BIH-IT-0027715.xlsx", x)])
    return m, S, "en", "insurer-to-customer", "harmless body; XLSX with named member's PTSD psychotherapy F43.1 G, psychiatric drugs, DOB"


def m096():
    text = """Dear Mr and Mrs Brennan,

your private liability claim has been registered.

Policyholder:  Sean Brennan, Mörfelder Landstraße 77, 60598 Frankfurt
Policy:        PH-8812-407611 (family liability)
Claim:         S-26-0885120
Incident:      14/11/2026 - your son Liam (10) rode his bicycle into the side of
               a parked Audi A4 (F-XM 3307) in the underground car park.
               Nobody was hurt.

We have contacted the car owner and asked for a repair estimate. Please don't
make any payments or admit liability directly; we handle this for you.

Kind regards
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Sean Brennan <sean.brennan@irishpost.example>",
             "Your liability claim S-26-0885120",
             "2026-11-16 15:55", text=text)
    return m, C, "en", "insurer-to-customer", "private liability claim: named family, address, policy, plate; nobody hurt"


def m097():
    text = """Hallo zusammen,

wegen der Bauarbeiten an der Tiefgarage (Sanierung Ebene -2) stehen vom
30.11. bis voraussichtlich 18.12. nur 60 statt 140 Stellplätze zur Verfügung.
Bitte nutzt in dieser Zeit nach Möglichkeit das Jobticket oder den
Park&Ride-Platz an der Hessenhalle (Shuttle alle 15 Minuten, 7–9 Uhr und
16–18:30 Uhr).

Schwerbehinderten- und E-Ladeplätze bleiben erhalten.

Nadine Vollrath
Facility Management
"""
    m = mail("Nadine Vollrath <nadine.vollrath@brunnfeld.example>",
             "Standort-Giessen <standort-giessen@brunnfeld.example>",
             "Tiefgarage: weniger Stellplätze ab 30.11.",
             "2026-11-19 12:30", text=text)
    return m, N, "de", "internal", "parking notice"


def m098():
    text = """Sehr geehrte Frau Mertens,

bei der Prüfung Ihrer Einreichungen ist uns aufgefallen, dass die Rechnung der
Physiotherapiepraxis Bewegungsraum Münster vom 30.09.2026 (Nr. 2026-3318,
6 x Krankengymnastik am Gerät und 6 x Manuelle Therapie bei Schulter-Impingement,
412,80 €) zweimal erstattet wurde – am 10.10. aus dem Papierbeleg und am 14.10.
aus dem App-Upload.

Wir bitten Sie, den doppelt gezahlten Betrag von 371,52 € bis zum 15.12.2026 zu
überweisen an:

  Brunnfeld Krankenversicherung a.G.
  IBAN DE12 6121 9691 5080 0897 75
  Verwendungszweck: KV-4108-6639-1 / Rückforderung 2026-0991

Alternativ können wir den Betrag mit Ihrer nächsten Erstattung verrechnen –
dann genügt eine kurze Antwort auf diese Mail.

Mit freundlichen Grüßen
Timo Haselberger
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Anke Mertens <anke.mertens@muenster-mail.example>",
             "Doppelte Erstattung Rechnung 2026-3318",
             "2026-11-18 10:30", text=text)
    return m, S, "de", "insurer-to-customer", "overpayment request: named customer's physiotherapy for shoulder impingement, health contract"


def m099():
    text = """Sehr geehrter Herr Albayrak,

hiermit bestellen wir gemäß Ihrem Angebot 2026-OCR-117:

1 Lizenz "DocuRead Health" Modul Belegerkennung Apothekenquittungen und
  Privatrezepte (Erkennung von PZN, Packungsgröße, Abgabedatum, Preis,
  Arztstempel/LANR), Volumen bis 3 Mio. Seiten p. a.      84.000,00 € p. a.
Einrichtung und Training auf unseren Musterbelegen          12.500,00 € einmalig
Wartung und Updates (Preisdatei, neue Rezeptformulare)      inklusive

Training bitte ausschließlich mit den 500 synthetischen Musterbelegen aus
unserem Testmandanten; echte Belege dürfen das Rechenzentrum nicht verlassen
(siehe AV-Vertrag Anlage 3). Bestellnummer BE-26-2340.

Mit freundlichen Grüßen
Beate Kornmesser
Einkauf, Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Cem Albayrak <vertrieb@docuread.example>",
             "Bestellung BE-26-2340 – Lizenz Belegerkennung",
             "2026-11-17 13:20", text=text)
    return m, N, "de", "insurer-to-supplier", "trap: OCR licence order for pharmacy receipts and prescriptions, synthetic samples only"


def m100():
    text = """Hallo Herr Kuhlmann,

vielen Dank, der Antrag ist vollständig. Die Police für die Praxisinhaltsversicherung
Ihrer Kundin geht morgen raus; Beginn wie gewünscht 01.12.2026.

Grüße
Olga Sawicka

> -----Ursprüngliche Nachricht-----
> Von: Sven Kuhlmann <kuhlmann@kuhlmann-versicherungsmakler.example>
> Gesendet: Mittwoch, 18. November 2026 14:12
> Betreff: Neuantrag Praxisinhalt – Ergotherapie Petersen
>
> Moin Frau Sawicka,
> anbei die Daten für den Neuantrag, Antrag unterschrieben als PDF hatte ich
> Ihnen per Post geschickt:
>
> Antragstellerin:   Hanne Petersen, geb. 19.07.1985
> Praxis:            Ergotherapie Petersen (Einzelunternehmen), gegründet 10/2026
> Anschrift:         Holstenstraße 44, 24103 Kiel
> Versicherungssumme Inhalt: 85.000 € (davon Elektronik/Therapiegeräte 30.000 €)
> Lastschrift:       IBAN DE38 4918 1278 9422 7854 35
>
> Danke und Gruß
> Sven Kuhlmann
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Sven Kuhlmann <kuhlmann@kuhlmann-versicherungsmakler.example>",
             "AW: Neuantrag Praxisinhalt – Ergotherapie Petersen",
             "2026-11-19 09:05", text=text)
    return m, C, "de", "broker", "quoted broker application: sole-trader therapist's birth date, address, IBAN"


def m101():
    fwd = inner("Tomás Aguirre-Fink <tomas.af@correo.example>",
                "Brunnfeld Kundenservice <service@brunnfeld.example>",
                "Sklerallinsen / scleral lenses – Kostenübernahme?",
                "2026-11-15 19:48",
                """Guten Tag / Hello,

sorry, mein Deutsch ist nicht perfekt. I have keratoconus on both eyes
(Keratokonus beidseits, H18.6 B) and my eye doctor Dr. Schön in Heidelberg says
normal glasses don't work any more. She prescribed scleral lenses
(Sklerallinsen), both eyes, cost estimate from Kontaktlinsenstudio Neckar:
1.940 Euro incl. fitting.

Ist das ein Hilfsmittel in meinem Tarif (KV-9930-2271-8)? Or does it count as
normal contact lenses with the 400 Euro limit?

Vielen Dank,
Tomás Aguirre-Fink
""")
    text = """Hi Patrick,

bitte übernehmen – Kunde schreibt halb Deutsch, halb Englisch, Original hängt an.
Keratokonus, Sklerallinsen. Ich hab ihm schon gesagt, dass wir uns melden.

Danke!
Nils
"""
    m = mail("Nils Brodersen <nils.brodersen@brunnfeld.example>",
             "Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "WG: Sklerallinsen / scleral lenses – Kostenübernahme?",
             "2026-11-16 08:22", text=text,
             att=[A("Sklerallinsen.eml", fwd)])
    return m, S, "mixed", "customer", "forwarded message/rfc822: keratoconus H18.6 B, scleral lenses, named customer"


def m102():
    text = """Dear Mr Verhoeven,

in reply to the EIOPA-coordinated survey on digital health claims
(questionnaire DHC-2026, section C), please find our figures for the German
health portfolio, reporting year 2025:

C1  Share of outpatient claims submitted digitally (app/portal):      68 %
C2  Share of pharmacy claims received as e-prescription dataset:      12 %
C3  Number of pharmacy claim items processed:                    6,912,440
C4  Share processed fully automatically:                              64 %
C5  Average time to payment, pharmacy claims:                    3.2 days
C6  Number of data-protection complaints concerning claims apps:        3

We have no comments on C7 (cross-border e-prescriptions); we do not yet
process them. Please let me know if you need the breakdown by tariff.

Kind regards
Dr. Felix Amberg
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "Pieter Verhoeven <survey@supervision-coordination.example>",
             "DHC-2026 survey - section C (Brunnfeld Krankenversicherung)",
             "2026-11-18 16:00", text=text)
    return m, N, "en", "insurer-to-partner", "trap: supervisory survey figures on e-prescriptions and pharmacy claims, aggregates"


def m103():
    text = """Hi Beate,

could you please arrange payment for our external trainer from last week's
"healthy back at the desk" workshops for the claims teams (4 sessions of
90 minutes, 52 participants in total)?

Trainer:   Mr Jakob Thielmann, physiotherapist (freelance)
Invoice:   RE-2026-044 dated 16/11/2026, EUR 1,440.00 (VAT-exempt, § 4 No. 14 UStG)
Account:   Jakob Thielmann, IBAN DE21 2042 1835 5400 9344 01
Tax no.:   043/255/81907

Cost centre 4710 (occupational health). Invoice PDF is in the AP inbox.

Thanks!
Claudia
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Payment external trainer - back workshops",
             "2026-11-20 11:15", text=text)
    return m, C, "en", "internal", "freelance physiotherapist's (natural person) IBAN and tax number for staff workshop; no patient"


def m104():
    text = """Brunnfeld Maklerinfo 11/2026

NEU ab 01.01.2027: Tarif "NaturPlus" – Heilpraktiker, Osteopathie & Co.

Was ist drin?
- 80 % für Heilpraktikerleistungen nach GebüH, bis 1.200 € im Jahr
- Osteopathie auch bei Behandlung durch Physiotherapeuten mit
  Osteopathie-Ausbildung (mind. 1.350 Std.)
- Akupunktur, Homöopathie (Erst- und Folgeanamnese), Schüßler-Salze als
  Arzneimittel, wenn vom Heilpraktiker verordnet
- keine Wartezeit bei Unfall

Annahme: vereinfachte Gesundheitsprüfung mit 4 Fragen, Eintrittsalter bis 65.
Courtage: 6 Monatsbeiträge, Bestandsprovision 2,5 %.

Ihre Beratungsunterlagen (Produktblatt, IPID, Tarifrechner) finden Sie im
Maklerportal unter Produkte > Kranken > NaturPlus.

Ihr Maklerservice der Brunnfeld Krankenversicherung
Abmeldung: maklerinfo@brunnfeld.example
"""
    m = mail("Brunnfeld Maklerinfo <maklerinfo@brunnfeld.example>",
             "maklerverteiler@lists.brunnfeld.example",
             "Maklerinfo 11/2026: NaturPlus – Heilpraktiker & Osteopathie",
             "2026-11-19 07:00", text=text, cte="quoted-printable")
    return m, N, "de", "newsletter", "trap: broker newsletter on naturopathy/osteopathy tariff, product text"


def m105():
    text = """Sehr geehrter Herr Dombrowski,

Ihr Sanitätshaus hat den Kostenvoranschlag für die Reparatur Ihres
Elektrorollstuhls eingereicht (Austausch beider Antriebsmotoren und der
Steuerung, 2.860,40 €).

Da der Rollstuhl seit 2021 wegen Ihrer Multiplen Sklerose (G35.30 G) verordnet
ist und die Reparatur günstiger ist als eine Neuversorgung, übernehmen wir die
Kosten vollständig. Für die Dauer der Reparatur stellt das Sanitätshaus Ihnen
einen Leihrollstuhl; auch diese Kosten tragen wir.

Freigabe-Nr. für das Sanitätshaus: HM-F-2026-44812

Mit freundlichen Grüßen
Patrick Lüdecke
Hilfsmittelmanagement
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Marek Dombrowski <marek.dombrowski@t-online.example>",
             "Reparatur Elektrorollstuhl – Kostenzusage",
             "2026-11-18 14:40", text=text)
    return m, S, "de", "insurer-to-customer", "power wheelchair repair for named customer with multiple sclerosis G35.30 G"


def m106():
    text = """Security notice

We are seeing a phishing wave with the subject "Your mailbox is almost full -
verify now". The link leads to a fake login page that looks like our webmail.

- Do not click the link, do not enter your password.
- Use the "Report phishing" button in Outlook, then delete the mail.
- If you already entered your password, call the service desk immediately
  (ext. 4444) - we will reset it.

IT will never ask for your password by email.

IT Security Team
Brunnfeld Versicherungsgruppe
"""
    m = mail("IT Security <it-security@brunnfeld.example>",
             "Alle Mitarbeitenden <alle@brunnfeld.example>",
             "Security notice: phishing 'mailbox almost full'",
             "2026-11-20 09:30", text=text)
    return m, N, "en", "internal", "phishing warning"


def m107():
    text = """Sehr geehrter Herr Kessler,

Sie möchten den Schadenfreiheitsrabatt Ihres Vertrags auf Ihre Tochter
übertragen. Dazu haben wir folgende Daten:

  Abgebender:     Norbert Kessler, Vertrag KF-2201-775034, SF 25
  Übernehmende:   Lisa Kessler, geb. 02.12.2001, Führerschein seit 18.01.2020
  Übertragbar:    SF 6 (höchstens so viele schadenfreie Jahre, wie Ihre Tochter
                  den Führerschein hat)
  Fahrzeug neu:   Opel Corsa, GI-LK 122

Ihr eigener Vertrag fällt durch die Übertragung auf SF 0 bzw. SF ½. Bitte
senden Sie uns die unterschriebene Übertragungserklärung (beide Unterschriften)
zurück.

Mit freundlichen Grüßen
Dennis Raabe
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Norbert Kessler <n.kessler@oberhessen.example>",
             "SF-Übertragung auf Lisa Kessler",
             "2026-11-13 10:55", text=text)
    return m, C, "de", "insurer-to-customer", "motor no-claims transfer: named persons, birth date, plates"


def m108():
    text = """Dear Dr Okonjo,

our member Mrs Ruth Feldmann (born 30 Nov 1944, membership BIH-DE-0012977)
has submitted your prescription for an electronic reading device (closed-circuit
magnifier, 24-inch screen) and a hand-held illuminated magnifier 7x.

Your report mentions neovascular age-related macular degeneration in both eyes
(H35.31 B) with visual acuity of 0.1 (right) and 0.16 (left) despite ongoing
anti-VEGF injections.

Before we decide: could you confirm whether a rehabilitation assessment by a
low-vision specialist has taken place, and whether Mrs Feldmann can operate the
device independently? A short note is enough.

Kind regards
Dr. Lars Ehrlich
Medical Officer, Brunnfeld International Health
"""
    m = mail("Dr. Lars Ehrlich <lars.ehrlich@brunnfeld.example>",
             "Dr Grace Okonjo <grace.okonjo@augenpraxis-am-ring.example>",
             "Low-vision aids for Mrs R. Feldmann",
             "2026-11-17 15:10", text=text)
    return m, S, "en", "insurer-to-doctor", "query to ophthalmologist: named member, DOB, macular degeneration H35.31 B, visual acuity"


def m109():
    text = """Hi Adam,

as requested for the treaty renewal, attached is the psychotherapy utilisation
in our German book 2023-2025 by age band and sex. Cells with fewer than 20
insured persons have been merged into the neighbouring age band, so there are
no identifiable individuals.

Best regards
Konstantin
"""
    csvdata = csv_bytes([
        ["year", "age_band", "sex", "insured_exposure", "persons_with_psychotherapy", "rate_per_1000", "avg_sessions", "avg_cost_eur"],
        ["2023", "0-17", "all", "61200", "1102", "18.0", "21.4", "2140"],
        ["2023", "18-39", "f", "88400", "4950", "56.0", "26.8", "2715"],
        ["2023", "18-39", "m", "91050", "2640", "29.0", "22.1", "2290"],
        ["2023", "40-64", "f", "102300", "4400", "43.0", "24.2", "2460"],
        ["2023", "40-64", "m", "118700", "2730", "23.0", "20.9", "2170"],
        ["2023", "65+", "all", "54300", "760", "14.0", "18.3", "1880"],
        ["2025", "0-17", "all", "60410", "1390", "23.0", "22.6", "2310"],
        ["2025", "18-39", "f", "87020", "5660", "65.0", "27.5", "2880"],
        ["2025", "18-39", "m", "89900", "3150", "35.0", "22.8", "2400"],
        ["2025", "40-64", "f", "104100", "4890", "47.0", "24.9", "2590"],
        ["2025", "40-64", "m", "120450", "3010", "25.0", "21.2", "2250"],
        ["2025", "65+", "all", "57880", "870", "15.0", "18.9", "1960"],
    ], delim=",")
    m = mail("Dr. Konstantin Rehm <konstantin.rehm@brunnfeld.example>",
             "Adam Hollister <adam.hollister@northgate-re.example>",
             "Psychotherapy utilisation 2023-2025 for renewal",
             "2026-11-19 17:20", text=text,
             att=[A("psychotherapy_utilisation_2023_2025.csv", csvdata)])
    return m, N, "en", "insurer-to-partner", "trap: aggregated psychotherapy utilisation by age/sex for reinsurer, small cells merged"


def m110():
    text = """Dear Ms Ozturk,

we have registered the damage to one of your fleet vehicles:

Policyholder:   Pflegedienst Lebenswert GmbH, fleet contact Ms Sevgi Ozturk
Fleet policy:   FL-0930-118842 (23 vehicles)
Vehicle:        VW up!, OF-LW 218
Claim:          S-26-0885777, 17/11/2026, Offenbach, Kaiserstraße
Circumstances:  your employee reversed into a bollard while parking; no other
                party involved, nobody was hurt.

Damage to the rear bumper and tailgate will be settled under the comprehensive
cover (excess EUR 500). Please send the repair invoice from your contract
workshop.

Kind regards
Dennis Raabe
Motor Fleet Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Sevgi Ozturk <fuhrpark@pflegedienst-lebenswert.example>",
             "Fleet claim S-26-0885777 - OF-LW 218",
             "2026-11-18 08:50", text=text)
    return m, C, "en", "insurer-to-company", "fleet claim of home-care company with named contact, plate, claim number; nobody hurt"


def m111():
    text = """Ticket IT-26-4502 – Import Arztrechnungen: Abbruch bei Steigerungsfaktor > 3,5

Beschreibung:
Beim nächtlichen Import aus dem Scan-Center bricht der Parser ab, wenn eine
GOÄ-Position einen Steigerungsfaktor über 3,5 enthält (z. B. "GOÄ 5, 4,0-fach"
mit Honorarvereinbarung nach § 2 GOÄ). Betroffen waren in der Nacht zum 19.11.
37 Dokumente; sie liegen im Fehlerordner ERR_IMPORT_20261119.

Reproduktion mit Testdokument TST-GOAE-0815 (synthetisch, Patient "Test
Testmann"), Position 5 / Faktor 4,0 / 18,65 €.

Erwartet: Import mit Warnhinweis "Honorarvereinbarung prüfen".
Tatsächlich: Exception "factor out of range" und Abbruch des gesamten Batches.

Priorität: hoch (Batch-Abbruch). Bitte die 37 Dokumente nach dem Fix erneut
einspielen; inhaltlich muss sie niemand aus der IT öffnen.

Erfasst von: Ayşe Demirtaş, Leistung KV
"""
    m = mail("Servicedesk <servicedesk@brunnfeld.example>",
             "IT-Team Leistungssysteme <it-leistung@brunnfeld.example>",
             "[IT-26-4502] Import Arztrechnungen: Abbruch bei Faktor > 3,5",
             "2026-11-19 08:05", text=text)
    return m, N, "de", "internal", "trap: IT ticket about doctors' invoice import (GOÄ factor), synthetic test document only"


def m112():
    text = """Sehr geehrte Frau Dr. Aurich,

anbei die Monatsabrechnung Oktober 2026 für die Direktabrechnung hochpreisiger
Arzneimittel. Drei Positionen konnten wir nicht zahlen; die Gründe stehen in
Spalte "Status". Der Zahlbetrag von 52.914,07 € wird am 20.11. überwiesen.

Mit freundlichen Grüßen
Jonas Kleeberg
Arzneimittelprüfung
"""
    x = xlsx_bytes([("Oktober 2026", [
        ("Abgabedatum", "Versicherte(r)", "Vertrag", "Präparat", "PZN", "Betrag EUR", "Status"),
        ("02.10.2026", "Hinrichsen, Uwe", "KV-1120-4407-2", "Ocrelizumab 300 mg Infusionslsg.", "90864773", 6812.30, "bezahlt"),
        ("05.10.2026", "Matthiesen, Birte", "KV-3358-0091-6", "Palbociclib 125 mg, 21 Kps.", "52271688", 3604.18, "bezahlt"),
        ("08.10.2026", "Jürgensen, Kai", "KV-2019-7715-0", "Emicizumab 150 mg/ml", "49914349", 19877.42, "bezahlt"),
        ("12.10.2026", "Hinrichsen, Uwe", "KV-1120-4407-2", "Ocrelizumab 300 mg Infusionslsg.", "90864773", 6812.30, "abgelehnt: Doppelabgabe"),
        ("19.10.2026", "Petersen, Ingke", "KV-6604-3320-8", "Dupilumab 300 mg, 2 Fertigpens", "56238475", 1702.90, "bezahlt"),
        ("22.10.2026", "Brodersen, Jan", "KV-0771-5513-4", "Adalimumab Biosimilar 40 mg, 6 Pens", "91462479", 2946.61, "bezahlt"),
        ("26.10.2026", "Matthiesen, Birte", "KV-3358-0091-6", "Palbociclib 125 mg, 21 Kps.", "52271688", 3604.18, "abgelehnt: Verordnung fehlt"),
        ("29.10.2026", "Clausen, Frieda", "KV-4480-2209-1", "Semaglutid 2,4 mg", "13616783", 298.14, "abgelehnt: Tarif schließt Gewichtsreduktion aus"),
        ("31.10.2026", "Jürgensen, Kai", "KV-2019-7715-0", "Emicizumab 150 mg/ml", "49914349", 17874.66, "bezahlt"),
    ])], author="Jonas Kleeberg")
    m = mail("Jonas Kleeberg <jonas.kleeberg@brunnfeld.example>",
             "Apotheke Zur Post <dr.aurich@apotheke-zur-post-nms.example>",
             "Direktabrechnung Hochpreiser – Abrechnung Oktober 2026",
             "2026-11-13 13:30", text=text,
             att=[A("Direktabrechnung_2026-10_ApothekeZurPost.xlsx", x)])
    return m, S, "de", "insurer-to-pharmacy", "XLSX statement to pharmacy: named insured persons with high-cost drugs (ocrelizumab, palbociclib, emicizumab)"


def m113():
    text = """Hallo Frau Nowak,

das Ceranfeld wird ersetzt. Bitte lassen Sie uns die Rechnung des Elektrikers
zukommen; wir überweisen dann auf Ihr Konto.

Vertrag: GL-5520-118406 (Hausrat-Glas), Schaden S-26-0886011
Versicherungsort: Lessingstraße 9, 06114 Halle (Saale)

Viele Grüße
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG

> Am 19.11.2026 um 21:40 schrieb Agnieszka Nowak:
> Hallo, mir ist ein Topf auf das Kochfeld gefallen und jetzt ist ein langer
> Sprung drin. Versichert? Glasversicherung hab ich ja. Gruß A. Nowak
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Agnieszka Nowak <a.nowak@posteo.example>",
             "AW: Kochfeld kaputt",
             "2026-11-20 08:35", text=text)
    return m, C, "de", "insurer-to-customer", "glass claim: named customer with policy, claim number and insured address"


def m114():
    text = """Brunnfeld International Health - Wellbeing Update

Talk to someone - 8 free sessions, no claim form

Starting 1 January 2027, all Global Care members can book up to 8 video
sessions per year with a licensed counsellor or psychologist directly in the
member app - in English, German, Spanish, French or Arabic.

- no referral, no pre-authorisation
- sessions don't count towards your outpatient limit
- completely confidential: we only see that a session took place, never what
  you talked about

For longer treatment (e.g. psychotherapy for depression or anxiety disorders)
your regular outpatient mental-health benefit applies as before.

Find out more in the app: Health > Talk to someone.

You are receiving this because you are a Brunnfeld International Health member.
"""
    m = mail("Brunnfeld International Health <news@brunnfeld.example>",
             "members-global@lists.brunnfeld.example",
             "New: 8 free counselling sessions in your app",
             "2026-11-20 07:00", text=text)
    return m, N, "en", "newsletter", "trap: member newsletter on counselling sessions, mental health vocabulary, no person"


def m115():
    text = """Dear Mr Anand,

thank you for your patience. Our medical officer has reviewed the request from
Orthopädie-Technik Lindemann for your new below-knee prosthesis.

  Requested: microprocessor-controlled ankle-foot (Genium-type), liner, new
             socket - EUR 38,420
  Approved:  carbon energy-storing foot with hydraulic ankle, liner, new
             socket - EUR 14,960

Reason: your mobility grade is assessed as K3 (community ambulator); the
microprocessor foot is covered for K4 or where a K3 user has documented
frequent falls. The amputation report (Z89.5 L, trauma 2019) and the gait
analysis do not show falls in the last 12 months.

If your prosthetist can document falls or specific occupational demands, we
will gladly review the decision again.

Kind regards
Patrick Lüdecke
Medical Aids Management, Brunnfeld Krankenversicherung a.G.
Policy KV-5820-1174-6
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Vikram Anand <vikram.anand@mailbox.example>",
             "Your prosthesis - decision",
             "2026-11-19 15:45", text=text)
    return m, S, "en", "insurer-to-customer", "prosthesis decision: named member after leg amputation Z89.5 L, mobility grade"


def m116():
    text = """Sehr geehrter Herr Lorenzen, sehr geehrte Frau Ahrens,

zum Ausfall des Arzneimittelkühlschranks in Ihrer Apotheke haben wir die
Unterlagen geprüft:

Versicherungsnehmerin:  Deich-Apotheke Husum OHG (Gesellschafter: Jens Lorenzen, Merle Ahrens)
Vertrag:                GI-4470-226015, Zusatzbaustein Kühlgut
Schaden:                S-26-0882900, 07./08.11.2026
Ursache:                Defekt des Kompressors, Temperaturalarm lief ins Leere,
                        weil die SMS-Weiterleitung nicht eingerichtet war

Verdorben sind laut Temperaturprotokoll und Inventurliste Impfstoffe,
Insuline und Biologika im Einkaufswert von 23.618,44 €. Das Kühlgut ist mit
15.000 € versichert; wir zahlen 15.000 € abzüglich 500 € Selbstbehalt.
Die Reparatur des Kühlschranks ist über die Elektronikversicherung gedeckt
(separate Abrechnung folgt).

Mit freundlichen Grüßen
Matthias Brenninger
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Deich-Apotheke Husum <info@deich-apotheke.example>",
             "Kühlgutschaden S-26-0882900 – Regulierung",
             "2026-11-17 11:20", text=text)
    return m, C, "de", "insurer-to-company", "pharmacy OHG with named partners, cold-chain claim on stock (vaccines, insulin), no patient"


def m117():
    text = """Hallo Kevin, hallo Felix,

zur DSFA für die App-Funktion "Rezept fotografieren" hier meine Einschätzung
zum Abschnitt 3 (Art, Umfang, Zweck der Verarbeitung). Bitte ergänzen, dann
kann ich die DSFA bis Monatsende abschließen.

Datenkategorien: Stammdaten, Vertragsnummer, Gesundheitsdaten (Art. 9 DSGVO):
verordnete Arzneimittel, Wirkstoff, Dosierung, Packungsgröße, verordnender
Arzt/Fachrichtung, ggf. Diagnose auf Privatrezepten.

Risiken (Auszug):
R1 Fotos verbleiben in der Galerie des Smartphones -> Upload direkt aus der
   App-Kamera, keine Speicherung in der Galerie
R2 Fehlerhafte OCR ordnet ein Rezept einer falschen Person zu -> Abgleich
   Name/Geburtsdatum auf dem Rezept mit dem eingeloggten Versicherten
R3 Zugriff des Dienstleisters für die OCR -> Verarbeitung nur in unserem RZ,
   Dienstleister ohne Datenzugriff (Wartung nur mit synthetischen Belegen)
R4 Mitversicherte Kinder ab 16 -> eigene Zugänge, Eltern sehen deren
   Rezepte nicht mehr

Keine Echtdaten im Anhang, nur die Musterscreens.

Viele Grüße
Henrik Almsted
Datenschutzbeauftragter
"""
    m = mail("Henrik Almsted <henrik.almsted@brunnfeld.example>",
             "Kevin Straub <kevin.straub@brunnfeld.example>, Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "DSFA Rezept-Foto-Upload – Abschnitt 3",
             "2026-11-18 13:15", text=text)
    return m, N, "de", "internal", "trap: DPIA text on prescription photo upload, data categories only"


def m118():
    text = """Hi Tom,

thanks - agency agreement countersigned and your details are set up in our
commission system. You'll get your portal login by separate mail.

Best
Olga

Olga Sawicka | Broker Service | Brunnfeld Allgemeine Versicherung AG

-----Original Message-----
From: Tom Gallagher <tom@gallagher-cover.example>
Sent: Thursday, 19 November 2026 10:02
To: Broker Service <maklerservice-sach@brunnfeld.example>
Subject: Agency agreement - my details

Hello Olga,
signed agreement attached. My details for your records as requested:

Full name:       Thomas Patrick Gallagher (trading as Gallagher Cover, sole trader)
Date of birth:   14/03/1979
Address:         Unit 4, Brook Lane, Guildford GU1 3XX, UK
Registration:    FCA ref. 998877 / IHK D-GLL8-QX4P2-17
Bank:            GB36 NWBK 2690 4730 3278 18, Thomas P Gallagher

Cheers, Tom
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Tom Gallagher <tom@gallagher-cover.example>",
             "RE: Agency agreement - my details",
             "2026-11-19 13:40", text=text)
    return m, C, "en", "broker", "quoted sole-trader broker's date of birth, home address and GB IBAN"


def m119():
    text = """Sehr geehrte Frau Baumann,

für Ihre Mutter, Frau Hildegard Baumann (Pflegepflichtversicherung PV-3301-8847-5,
Pflegegrad 4 seit 01.09.2026), haben wir den Antrag auf Pflegehilfsmittel geprüft:

  - Pflegebett mit elektrischer Höhenverstellung und Seitengittern (leihweise)
  - Wechseldruckmatratze (Dekubitusprophylaxe)
  - zum Verbrauch bestimmte Pflegehilfsmittel (Einmalhandschuhe, Bettschutzeinlagen,
    Desinfektion) bis 42 € monatlich

Alle drei Positionen werden übernommen. Das Sanitätshaus Fröhlich liefert das
Bett und die Matratze innerhalb von 5 Werktagen und baut sie auf. Die
Pflegehilfsmittel zum Verbrauch können Sie monatlich über eine Apotheke oder
einen Versandhändler Ihrer Wahl beziehen.

Mit freundlichen Grüßen
Team Pflege
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Team Pflege <pflege@brunnfeld.example>",
             "Gabriele Baumann <gabi.baumann@web.example>",
             "Pflegehilfsmittel für Frau Hildegard Baumann",
             "2026-11-20 10:10", text=text)
    return m, S, "de", "insurer-to-customer", "care aids (nursing bed, pressure mattress), care level 4 of named person"


def m120():
    text = """Agenda – Workshop E-Rezept PKV / e-prescription workshop
Donnerstag, 14. Januar 2027, 10:00–15:30, Brunnfeld Gießen, Raum 1.10

Teilnehmende / participants: Apothekerverband Hessen (2), RxBridge Solutions (2),
Brunnfeld (Arzneimittelmanagement, IT, Datenschutz)

10:00  Begrüßung / welcome (Dr. F. Amberg)
10:15  Datenfluss E-Rezept -> Versicherten-App -> Brunnfeld (K. Straub)
11:00  Abgabedatensatz: PZN, Charge, Teilabgaben, Rezepturen (Verband)
12:00  Mittagessen / lunch
12:45  Mapping to the RxBridge claims format - demo with synthetic records only
       (M. Nowicki, in English)
13:45  Datenschutz: Einwilligung, Löschfristen (H. Almsted)
14:30  Open questions, next steps
15:30  Ende / end

Bitte keine Echtdaten mitbringen. Please bring no real patient data; test
records will be provided.

Anmeldung bis 18.12. an felix.amberg@brunnfeld.example.
"""
    m = mail("Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "Geschäftsstelle <gs@apothekerverband-hessen.example>, Marek Nowicki <marek.nowicki@rxbridge-solutions.example>",
             "Agenda Workshop E-Rezept 14.01.2027 / agenda",
             "2026-11-20 15:05", text=text)
    return m, N, "mixed", "insurer-to-partner", "trap: bilingual workshop agenda on e-prescription data, no patient data"


def m121():
    text = """Hallo zusammen,

für die Einarbeitung der neuen Kolleginnen im Januar habe ich eine Fallstudie
zu Hörgeräten geschrieben. Sie beruht lose auf mehreren echten Vorgängen, ist
aber so verfremdet, dass niemand wiederzuerkennen ist (Alter als Spanne,
Wohnort, Akustiker und Beträge geändert). Bitte einmal gegenlesen.

--- Fallstudie HG-03 ---
Eine versicherte Person (Altersgruppe 60–69, Tarif mit Hilfsmittelkatalog)
reicht einen Kostenvoranschlag über zwei Hörgeräte der höchsten
Leistungsklasse ein (zusammen ca. 6.000 €). Das Tonaudiogramm zeigt einen
mittelgradigen Hörverlust beidseits. Der Akustiker hat außerdem ein Gerät der
mittleren Klasse getestet; im Anpassbericht ist der Unterschied im
Sprachverstehen im Störgeräusch gering (5 %).

Fragen:
1. Welcher Betrag ist nach Tarif erstattungsfähig?
2. Welche Unterlagen fehlen ggf.?
3. Wie formulieren Sie die Entscheidung kundenfreundlich?
--- Ende ---

Lösungsskizze folgt separat.

Viele Grüße
Patrick
"""
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Team Hilfsmittel <team-hilfsmittel@brunnfeld.example>",
             "Fallstudie HG-03 für Einarbeitung – bitte gegenlesen",
             "2026-11-23 10:20", text=text)
    return m, N, "de", "internal", "trap: anonymised training case on hearing aids, age band only"


def m122():
    text = """Dear Ms Renner,

thank you for the quote. We'd like to book your mobile screening team for our
staff health day on Thursday, 4 March 2027, 9:00-16:00, at our Giessen office
(foyer and rooms 1.08-1.10):

- 2 vision screening stations (visual acuity, eye pressure)
- 1 hearing test booth
- 1 station "back and posture" with a physiotherapist

Results go only to the participating employee on your printed card; we do not
want to receive any individual results, only the total number of participants
per station for our report. Flat fee as quoted: EUR 3,950 net.

Please confirm, then Nadine Vollrath (Facility) will contact you about setup.

Kind regards
Beate Kornmesser
Purchasing, Brunnfeld Versicherungsgruppe
"""
    m = mail("Beate Kornmesser <beate.kornmesser@brunnfeld.example>",
             "Anna Renner <events@vitalcheck-mobil.example>",
             "Booking staff health day 04/03/2027",
             "2026-11-23 14:30", text=text)
    return m, N, "en", "insurer-to-supplier", "trap: booking of vision/hearing screening for staff, no individual results"


def m123():
    text = """Hallo zusammen,

bitte tragt eure Urlaubswünsche für das erste Halbjahr 2027 bis 11.12. in die
Teamliste im SharePoint ein. Zwischen den Jahren ist das Team mit mindestens
drei Personen besetzt – wer 2025 frei hatte, ist diesmal bitte vorrangig da.

Danke!
Sabine
"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Team Heil- und Hilfsmittel <team-hhm@brunnfeld.example>",
             "Urlaubsplanung 1. HJ 2027",
             "2026-11-24 08:10", text=text)
    return m, N, "de", "internal", "vacation planning"


def m124():
    text = """Guten Tag,

in Ihrem Brunnfeld-Postfach liegt eine neue Nachricht für Sie bereit
(Kategorie: Leistungsabrechnung).

Aus Sicherheitsgründen versenden wir Dokumente zu Ihrer Krankenversicherung
nicht per E-Mail. Bitte melden Sie sich im Kundenportal oder in der
Brunnfeld-App an, um die Nachricht zu lesen:
https://portal.brunnfeld.example

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Ihre Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Brunnfeld Postfach <noreply@brunnfeld.example>",
             "kunde4471@t-online.example",
             "Neue Nachricht in Ihrem Postfach",
             "2026-11-24 06:02", text=text)
    return m, N, "de", "insurer-to-customer", "trap: portal notification naming 'Leistungsabrechnung' without content, name or contract"


def m125():
    text = """Hi all,

quick literature digest for the "Sehen & Hören" product review, as promised.

1. OTC hearing aids (US market since 2022): studies show comparable benefit
   for mild-to-moderate hearing loss in self-fitting devices vs. audiologist
   fitting, but lower satisfaction in noisy environments. Average price ~1/4.
2. Myopia control in children: low-dose atropine 0.01-0.05 % and special
   spectacle lenses (DIMS/HAL) slow progression by 30-60 %. Not reimbursed by
   most German private insurers yet.
3. Cataract surgery with premium lenses (multifocal/EDOF): no difference in
   complication rates, higher spectacle independence, more night glare.

Possible product ideas: optional "kids myopia" module, self-fitting hearing
aids as a lower-cost benefit tier. References in the team folder.

Farid
"""
    m = mail("Farid Nouri <farid.nouri@brunnfeld.example>",
             "Produktteam Kranken <produkt-kv@brunnfeld.example>",
             "Literature digest: hearing aids, myopia control, cataract lenses",
             "2026-11-24 16:45", text=text)
    return m, N, "en", "internal", "trap: literature digest on hearing aids, myopia, cataract, no person"


def m126():
    text = """Sehr geehrte Frau Hallbauer,

zu Ihrer Anfrage für den Beitrag über Cannabis auf Rezept kann ich Ihnen
folgende Zahlen der Brunnfeld Krankenversicherung nennen:

- 2025 haben wir für rund 1.150 Versicherte Cannabis-Arzneimittel erstattet
  (2023: 640).
- Etwa 60 % der Verordnungen betreffen Blüten, 40 % Extrakte und Fertigarzneimittel.
- Die durchschnittlichen Kosten je Versicherten lagen bei 2.870 € im Jahr.
- Häufigste Anwendungsgebiete laut Verordnungen: chronische Schmerzen,
  Spastik bei Multipler Sklerose, Appetitlosigkeit bei Krebserkrankungen.

Zu einzelnen Versicherten machen wir selbstverständlich keine Angaben. Für ein
Zitat steht Dr. Felix Amberg am Donnerstag zwischen 10 und 12 Uhr telefonisch
zur Verfügung.

Mit freundlichen Grüßen
Lena Fuchs
Presse- und Öffentlichkeitsarbeit
Brunnfeld Versicherungsgruppe
"""
    m = mail("Lena Fuchs <lena.fuchs@brunnfeld.example>",
             "Katrin Hallbauer <k.hallbauer@gesundheitsredaktion.example>",
             "AW: Anfrage Cannabis auf Rezept – Zahlen",
             "2026-11-25 11:00", text=text)
    return m, N, "de", "insurer-to-partner", "trap: press answer with aggregate cannabis prescription figures, no individual"


def m127():
    text = """Hi all,

the formulary committee approved the preferred-biosimilar list for 2027
(attached, ODS). From 1 January, pharmacy claims for the reference product
will be reimbursed at the price of the preferred biosimilar unless the
prescriber documents a medical reason.

Please update the member FAQ and the provider letters. Existing
pre-authorisations stay valid until they expire.

Rui
"""
    o = ods_bytes([("Preferred 2027", [
        ("Active substance", "Reference product", "Preferred biosimilar(s)", "Strengths", "Effective"),
        ("adalimumab", "Humira", "Hyrimoz, Imraldi", "40 mg, 80 mg", "01/01/2027"),
        ("etanercept", "Enbrel", "Benepali", "25 mg, 50 mg", "01/01/2027"),
        ("ustekinumab", "Stelara", "Uzpruvo, Pyzchiva", "45 mg, 90 mg", "01/04/2027"),
        ("infliximab", "Remicade", "Inflectra, Zessly", "100 mg vial", "01/01/2027"),
        ("insulin glargine", "Lantus", "Semglee", "100 U/ml", "01/01/2027"),
        ("denosumab", "Prolia", "to be decided", "60 mg", "-"),
    ])])
    m = mail("Rui Santos <rui.santos@brunnfeld.example>",
             "International Health Team <intl-health@brunnfeld.example>",
             "Preferred biosimilars 2027 - formulary decision",
             "2026-11-25 13:35", text=text,
             att=[A("Preferred_biosimilars_2027.ods", o)])
    return m, N, "en", "internal", "trap: formulary list of biosimilars in ODS, no member"


def m128():
    text = """Hallo zusammen,

anbei das neue Formular "Kostenvoranschlag Hilfsmittel" (HM-KV-01, Stand
11/2026) für Sanitätshäuser und Akustiker. Es kommt ab Dezember auf die
Website zum Download. Bitte das leere Formular auch verwenden, wenn ein
Leistungserbringer telefonisch fragt, was wir brauchen.

Gruß
Patrick
"""
    d = docx_bytes([
        ("h", "Kostenvoranschlag Hilfsmittel (HM-KV-01)"),
        "Brunnfeld Krankenversicherung a.G. – Hilfsmittelmanagement – Fax 0641 97720-9312",
        [("Feld", "Angabe"),
         ("Name, Vorname der versicherten Person", "______________________"),
         ("Geburtsdatum", "___.___.______"),
         ("Vertragsnummer", "KV-____-____-_"),
         ("Verordnende Ärztin / verordnender Arzt", "______________________"),
         ("Diagnose (ICD-10-GM mit Zusatzkennzeichen)", "______________________"),
         ("Hilfsmittelnummer / Bezeichnung", "______________________"),
         ("Preis netto / brutto", "__________ / __________"),
         ("Wiedereinsatz möglich?", "☐ ja   ☐ nein")],
        "Bitte fügen Sie die ärztliche Verordnung und bei Hörgeräten das Ton- und Sprachaudiogramm bei.",
        "Ort, Datum, Unterschrift/Stempel Leistungserbringer: ______________________",
    ], author="Patrick Lüdecke")
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Team Hilfsmittel <team-hilfsmittel@brunnfeld.example>",
             "Neues Formular Kostenvoranschlag HM-KV-01",
             "2026-11-25 15:20", text=text,
             att=[A("HM-KV-01_Kostenvoranschlag_leer.docx", d)])
    return m, N, "de", "internal", "trap: blank cost-estimate form (DOCX) with empty name/birth date/ICD fields"


def m129():
    text = """Dear Mr Horvat,

please note that from 1 December the evening cleaning on floors 3 and 4 in
Giessen should start at 18:30 instead of 17:30, as several teams now work
until 18:00. The weekend deep clean of the kitchens stays on Saturday
mornings. The updated schedule is in the contract portal.

Thank you
Nadine Vollrath
Facility Management, Brunnfeld Versicherungsgruppe
"""
    m = mail("Nadine Vollrath <nadine.vollrath@brunnfeld.example>",
             "Marko Horvat <objektleitung@cleanpro-hessen.example>",
             "Cleaning schedule floors 3/4 from 1 December",
             "2026-11-24 13:00", text=text)
    return m, N, "en", "insurer-to-supplier", "cleaning schedule change"


def m130():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Brunnfeld intern &ndash; Ausgabe Dezember 2026</h2>
<h3>Grippeimpfung im Haus</h3>
<p>Der betriebsärztliche Dienst impft am <b>Donnerstag, 3. Dezember</b>, von 8 bis 13 Uhr in Raum 1.04 gegen Grippe
(Vierfach-Impfstoff, Saison 2026/27). Eine Anmeldung ist nicht nötig; bitte den Impfpass mitbringen.
Die Teilnahme ist freiwillig, wer geimpft wurde, erfahren Führungskräfte nicht.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Standort</th><th>Datum</th><th>Zeit</th><th>Raum</th></tr>
<tr><td>Gießen</td><td>03.12.2026</td><td>8&ndash;13 Uhr</td><td>1.04</td></tr>
<tr><td>Frankfurt</td><td>08.12.2026</td><td>9&ndash;12 Uhr</td><td>E.12</td></tr>
</table>
<h3>Neu im Team</h3>
<p>Wir begrüßen Emily Carter im Team International Health und Nils Brodersen im Kundenservice.</p>
<h3>Kantine</h3>
<p>Ab Januar gibt es mittwochs ein zusätzliches veganes Gericht.</p>
</body></html>"""
    m = mail("Brunnfeld intern <intern@brunnfeld.example>",
             "Alle Mitarbeitenden <alle@brunnfeld.example>",
             "Brunnfeld intern – Dezember 2026",
             "2026-11-26 08:00", html=html)
    return m, N, "de", "newsletter", "trap: staff newsletter with flu vaccination dates and new-colleague welcome, no health data of anyone"


def m131():
    text = """Dear Dr. Weinreich,

thank you for the proposal from the Klinikverbund Mittelhessen outpatient
pharmacies. We can agree to the following rates for direct billing of
outpatient oncology preparations for Brunnfeld-insured patients from
1 April 2027:

Item                                             Proposed     Agreed
Preparation fee, parenteral cytostatics          EUR 95.00    EUR 90.00
Preparation fee, monoclonal antibodies           EUR 85.00    EUR 81.00
Discount on list price, generics                 3.0 %        4.0 %
Discount on list price, biosimilars              6.0 %        7.5 %
Payment term                                     14 days      14 days

Dataset per dispensing: PZN, batch, quantity in mg, price; diagnosis only as
ICD code on the prescription, as today. The draft contract follows from our
legal department in December.

Kind regards
Dr. Felix Amberg
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. Felix Amberg <felix.amberg@brunnfeld.example>",
             "Dr. Hanno Weinreich <h.weinreich@klinikverbund-mittelhessen.example>",
             "Outpatient oncology preparations - agreed rates",
             "2026-11-26 10:40", text=text)
    return m, N, "en", "insurer-to-partner", "trap: negotiated rates for oncology preparations with hospital group, no patient"


def m132():
    text = """Hallo Ayşe,

in der Schulungsunterlage "Arztrechnungen prüfen – Grundkurs" (Folie 14) ist
die Musterrechnung falsch: Bei "Max Mustermann, geb. 01.01.1970" steht
GOÄ 1 mit 3,5-fach ohne Begründung, und als Diagnose "J06.9 G" – eigentlich
sollte die Folie ja zeigen, dass über 2,3 eine Begründung nötig ist. Die
Lösungsfolie 15 sagt aber "Rechnung korrekt".

Kannst du Folie 15 anpassen? Die Musterperson ist natürlich fiktiv, das passt.

Danke
Timo
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Ayşe Demirtaş <ayse.demirtas@brunnfeld.example>",
             "Fehler in Schulungsunterlage, Folie 14/15",
             "2026-11-26 12:25", text=text)
    return m, N, "de", "internal", "trap: training slide with fictitious Max Mustermann, birth date, GOÄ and ICD code"


def m133():
    text = """Sehr geehrter Herr Schwarzkopf,

die Lastschrift für Ihre Hausrat- und Wohngebäudeversicherung vom 01.11.2026
über 318,40 € wurde von Ihrer Bank zurückgegeben (Grund: "Konto erloschen").

  Verträge:       HR-2087-450913 und WG-2087-450914
  Bisheriges Konto: DE04 5215 2636 5709 6305 79
  Offener Betrag: 318,40 € zzgl. 3,00 € Rücklastschriftgebühr

Bitte teilen Sie uns Ihre neue Bankverbindung mit oder überweisen Sie den
Betrag bis 10.12.2026 unter Angabe der Vertragsnummern. Andernfalls müssen wir
Sie nach § 38 VVG mahnen.

Mit freundlichen Grüßen
Beitragsservice Sach
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Beitragsservice Sach <beitragsservice@brunnfeld.example>",
             "Rainer Schwarzkopf <r.schwarzkopf@online.example>",
             "Rücklastschrift – Verträge HR-2087-450913 / WG-2087-450914",
             "2026-11-05 07:55", text=text)
    return m, C, "de", "insurer-to-customer", "returned direct debit: named customer, IBAN, property policy numbers"


def m134():
    text = """Hi Mr Lindgren,

the windscreen replacement is approved. Carglass-type partner Autoglas Rhein-Main
will call you to book the appointment.

Policy:      KF-7719-304428 (comprehensive, glass excess EUR 150)
Vehicle:     Volvo XC40, WI-EL 4402
Claim:       S-26-0887230

If you choose a different workshop, we can pay only up to the partner rate.

Cheers
Dennis Raabe
Motor Claims, Brunnfeld Allgemeine Versicherung AG

> Sent from my iPhone
> On 24 Nov 2026, at 07:31, Erik Lindgren <erik.lindgren@mailbox.example> wrote:
> Stone chip turned into a crack on the A66 this morning. Covered? Erik
"""
    m = mail("Dennis Raabe <dennis.raabe@brunnfeld.example>",
             "Erik Lindgren <erik.lindgren@mailbox.example>",
             "Re: windscreen",
             "2026-11-24 10:05", text=text)
    return m, C, "en", "insurer-to-customer", "windscreen claim: named customer, plate, policy and claim number"


def m135():
    text = """Sehr geehrte Frau Gerlach,

zum Einbruch in Ihr Fachgeschäft haben wir die Entschädigung berechnet.

Versicherungsnehmerin:  Ilka Gerlach e.Kfr., Hörakustik & Optik Gerlach
Vertrag:                GI-1702-338420 (Geschäftsinhalt, Einbruchdiebstahl)
Schaden:                S-26-0884977 vom 18./19.11.2026, Marktstraße 21, 57072 Siegen

Entwendet wurden laut Inventurliste 36 Vorführ-Hörsysteme (Neuware, noch
keinem Kunden zugeordnet), 140 Markenfassungen und die Wechselkasse.

  Hörsysteme (Einkaufspreis)     21.240,00 €
  Fassungen (Einkaufspreis)      11.970,00 €
  Wechselgeld                       280,00 €
  Türschloss / Rahmen (Glaserei)  1.125,50 €
  abzgl. Selbstbeteiligung         -500,00 €
  Entschädigung                  34.115,50 €

Kundenaufträge und Kundenkartei wurden nach Ihrer Aussage nicht entwendet.

Mit freundlichen Grüßen
Matthias Brenninger
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Matthias Brenninger <matthias.brenninger@brunnfeld.example>",
             "Ilka Gerlach <info@gerlach-hoeren-sehen.example>",
             "Einbruch S-26-0884977 – Entschädigungsberechnung",
             "2026-11-25 09:50", text=text)
    return m, C, "de", "insurer-to-company", "sole-trader hearing-aid/optician shop burglary: stock not assigned to customers, contract and claim number"


def m136():
    text = """Liebe Führungskräfte,

wie jedes Jahr die Übersicht der runden Geburtstage und Dienstjubiläen im
Dezember in euren Bereichen, damit ihr rechtzeitig gratulieren könnt. Bitte
nicht weiterleiten – einige Kolleginnen und Kollegen möchten nicht, dass ihr
Geburtstag im Team bekannt wird (die sind hier schon herausgenommen).

Name                  Bereich                 geb.          Eintritt     Anlass
Hannelore Brückmann   Leistung KV ambulant    03.12.1966    01.08.1991   60. Geburtstag / 35 Jahre
Frank Sauerwein       Schaden Sach            09.12.1976    01.12.2001   50. Geburtstag / 25 Jahre
Meike Osterloh        Kundenservice           17.12.1986    01.12.2016   40. Geburtstag / 10 Jahre
Günter Hilpert        IT Operations           28.12.1961    01.01.1987   65. Geburtstag, Ruhestand 31.12.

Viele Grüße
Claudia Wendt
Personal
"""
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Führungskräfte Gießen <fk-giessen@brunnfeld.example>",
             "Geburtstage und Jubiläen Dezember",
             "2026-11-26 14:15", text=text)
    return m, C, "de", "internal", "list of named employees with full birth dates and entry dates"


def m137():
    text = """Hello Mr Sinclair,

regarding your client Ms Fenella Drummond: we have checked the cover under her
legal expenses policy RS-6605-120334 (employment module). She joined the
insurance on 01/03/2024; the waiting period of 3 months has expired, and the
dispute (termination by Apotheken-Verbund Süd GmbH dated 30/10/2026, action
for unfair dismissal, gross monthly salary EUR 4,350) arose after that.

We therefore confirm cover for the first instance at the labour court
(claim no. RS-26-0043102), excess EUR 150. Her lawyer can contact us directly.

Kind regards
Wiebke Sander
Legal Expenses Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Wiebke Sander <wiebke.sander@brunnfeld.example>",
             "Alistair Sinclair <a.sinclair@sinclair-brokers.example>",
             "Legal expenses cover - Ms F. Drummond / RS-26-0043102",
             "2026-11-27 11:10", text=text)
    return m, C, "en", "insurer-to-broker", "legal expenses cover for named client's dismissal dispute, salary and policy; no health reason"


def m138():
    text = """Hi Beitragsservice,

bitte Kontoänderung einpflegen, Kundin hat über das Kontaktformular geschrieben.

Gruß Nils

----- Weitergeleitet -----
Von: Friederike Stahl <f.stahl@web.example>
Betreff: neue Kontoverbindung
Datum: 25.11.2026 22:48

Hallo,
ich hab die Bank gewechselt, bitte ab Dezember von diesem Konto abbuchen:
Friederike Stahl
DE68 4631 8274 9909 4696 64
Volksbank Sauerland
Das ist für meine Hausrat (Vertrag HR-3390-2271?? die Nummer weiss ich nicht
genau, steht nicht mehr auf dem Schreiben) und die Haftpflicht.
Wohne weiterhin Am Kump 6 in Meschede.
Danke, F. Stahl
"""
    m = mail("Nils Brodersen <nils.brodersen@brunnfeld.example>",
             "Beitragsservice Sach <beitragsservice@brunnfeld.example>",
             "WG: neue Kontoverbindung",
             "2026-11-26 08:12", text=text)
    return m, C, "de", "customer", "inline forward: customer's new IBAN, address, household/liability contracts"


def m139():
    text = """Dear Ms Ferreira,

thank you for the photos of the storm damage from 21 November. We will pay for
the roof repair at your house as follows:

Policyholder:     Marta Ferreira
Policy:           WG-4018-660271 (buildings)
Insured property: Am Sonnenhang 12, 35440 Linden
Claim:            S-26-0886540

Roofer's invoice (Dachdecker Weil): 2,640.00 EUR incl. VAT - paid in full.
The damaged garden furniture is not covered by the buildings policy; if you
have home contents insurance elsewhere, please claim it there.

Kind regards
Olga Sawicka
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Olga Sawicka <olga.sawicka@brunnfeld.example>",
             "Marta Ferreira <marta.ferreira@mailbox.example>",
             "Storm damage S-26-0886540",
             "2026-11-27 09:20", text=text)
    return m, C, "en", "insurer-to-customer", "buildings claim: named customer, insured address, policy and claim number"


def m140():
    text = """Dear Mr Kowalski,

we acknowledge receipt of the notification of circumstances under the D&O
policy of PharmaLog Großhandel GmbH.

Policy:          DO-2220-019845 (limit EUR 5m)
Insured persons: Mr Adam Kowalski (CFO), Ms Dr. Henrike Salm (CEO)
Matter:          letter of 16/11/2026 from a minority shareholder alleging
                 breach of duty in connection with the 2025 write-down of
                 EUR 7.4m on the cold-chain logistics project
Reference:       DO-26-0000317

This is a precautionary notification; no claim has been made yet. Please keep
us informed and do not acknowledge any liability. Defence costs will require
our prior consent.

Kind regards
Dr. Ulrike Manthey
Financial Lines Claims
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Dr. Ulrike Manthey <ulrike.manthey@brunnfeld.example>",
             "Adam Kowalski <a.kowalski@pharmalog-grosshandel.example>",
             "D&O notification DO-26-0000317",
             "2026-11-27 15:30", text=text)
    return m, C, "en", "insurer-to-company", "D&O circumstance notification naming insured directors of pharma wholesaler"


def m141():
    text = """Sehr geehrter Herr Petrović,

für das Bußgeldverfahren gegen Sie (Landkreis Gießen, Az. 47.3-2026-118834,
Geschwindigkeitsüberschreitung 28 km/h außerorts am 12.10.2026, Bußgeld 150 €,
1 Punkt) bestätigen wir Rechtsschutz aus Ihrem Verkehrs-Rechtsschutz
RS-1188-504302.

Sie können Rechtsanwalt Tobias Kern mit dem Einspruch beauftragen. Die
Selbstbeteiligung beträgt 150 €. Schadennummer: RS-26-0043377.

Mit freundlichen Grüßen
Wiebke Sander
Rechtsschutz Schaden
"""
    m = mail("Wiebke Sander <wiebke.sander@brunnfeld.example>",
             "Dragan Petrović <d.petrovic@gmx.example>",
             "Deckungszusage Bußgeldverfahren RS-26-0043377",
             "2026-11-27 10:05", text=text)
    return m, C, "de", "insurer-to-customer", "administrative speeding fine of named driver, legal expenses cover"


def m142():
    text = """Hi Martina,

here is the list for the year-end bonus of the International Health claims
team (approved by Fiona and the head of department yesterday). Please process
with the December payroll.

Thanks
Claudia
"""
    x = xlsx_bytes([("Bonus 2026", [
        ("Pers. no.", "Name", "Team", "Target achievement", "Bonus EUR (gross)"),
        (104211, "Rui Santos", "Claims International", "112 %", 3360),
        (104390, "Fiona McAllister", "Member Services", "105 %", 3990),
        (104877, "Patrick Lüdecke", "Medical Aids", "98 %", 2450),
        (105032, "Aisha Rahman", "Claims International", "120 %", 2880),
        (105120, "Jonas Kleeberg", "Pharmacy Review", "101 %", 3030),
    ])], author="Claudia Wendt")
    m = mail("Claudia Wendt <claudia.wendt@brunnfeld.example>",
             "Martina Eckert <martina.eckert@brunnfeld.example>",
             "Year-end bonus list - International Health",
             "2026-11-27 16:20", text=text,
             att=[A("Bonus_2026_IH.xlsx", x)])
    return m, C, "en", "internal", "XLSX with named employees' bonus amounts (income)"


def m143():
    text = """Hallo Herr Uçar,

Ihr Smartphone-Schaden ist reguliert: Displaytausch beim Partnerbetrieb
HandyDoc Gießen, Kosten 289,00 €, abzüglich 50 € Selbstbeteiligung. Den
Betrag von 239,00 € zahlen wir direkt an die Werkstatt.

Vertrag: EL-3302-118760 (Elektronik Privat), Schaden S-26-0887711

Viele Grüße
Jana Pohlmann
Brunnfeld Allgemeine Versicherung AG
"""
    m = mail("Jana Pohlmann <jana.pohlmann@brunnfeld.example>",
             "Serkan Uçar <serkan.ucar@mail.example>",
             "Smartphone-Schaden S-26-0887711",
             "2026-11-28 09:00", text=text, cte="base64")
    return m, C, "de", "insurer-to-customer", "electronics claim with named customer, policy and claim number; base64 body"


def m144():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Kaminski,</p>
<p>wir haben die Rechnungen der Podologiepraxis Fußwerk Bremen für Sie abgerechnet (Vertrag KV-0459-3381-2):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Datum</th><th>Leistung</th><th>Diagnose lt. Verordnung</th><th>Betrag</th><th>Erstattung</th></tr>
<tr><td>05.10.2026</td><td>Podologische Komplexbehandlung beidseits</td><td>E11.74 G, diabetisches Fußsyndrom</td><td>48,00 €</td><td>48,00 €</td></tr>
<tr><td>02.11.2026</td><td>Podologische Komplexbehandlung beidseits</td><td>E11.74 G</td><td>48,00 €</td><td>48,00 €</td></tr>
<tr><td>02.11.2026</td><td>Nagelkorrekturspange rechts</td><td>L60.0 R</td><td>65,00 €</td><td>0,00 €</td></tr>
</table>
<p>Die Nagelkorrekturspange ist keine verordnungsfähige Podologieleistung bei Diabetes und in Ihrem Tarif nicht erstattungsfähig.</p>
<p>Mit freundlichen Grüßen<br>Sabine Oertel<br>Brunnfeld Krankenversicherung a.G.</p>
</body></html>"""
    m = mail("Sabine Oertel <sabine.oertel@brunnfeld.example>",
             "Brigitte Kaminski <b.kaminski@nordpost.example>",
             "Abrechnung Podologie Oktober/November",
             "2026-11-23 11:35", html=html, html_cte="quoted-printable")
    return m, S, "de", "insurer-to-customer", "HTML-only table: podiatry for diabetic foot E11.74 G, named customer"


def m145():
    text = """Hi Jack,

quick update as promised on the phone: your therapist's invoices up to
20 November are paid. You have used 34 of the 50 psychotherapy sessions in
your plan for 2026; the remaining 16 can be used until 31 December, and the
counter restarts on 1 January.

For the extension request beyond 50 sessions your therapist needs to send a
short report to our medical officer (we sent her the form on 18/11).

Take care,
Aisha Rahman
Claims International, Brunnfeld International Health
Membership BIH-IE-0050913
"""
    m = mail("Aisha Rahman <aisha.rahman@brunnfeld.example>",
             "Jack Flanagan <jack.flanagan@irishpost.example>",
             "Your psychotherapy sessions",
             "2026-11-24 17:05", text=text)
    return m, S, "en", "insurer-to-customer", "named member's psychotherapy session count and extension request"


def m146():
    text = """Sehr geehrter Herr Löffler,

Sie haben im Jahr 2025 keine Leistungen aus Ihrer Krankenversicherung in
Anspruch genommen. Dafür erhalten Sie eine Beitragsrückerstattung in Höhe von
drei Monatsbeiträgen:

  Vertrag:         KV-5518-0093-1 (Tarif Komfort 600)
  Monatsbeitrag:   512,37 €
  Rückerstattung:  1.537,11 €
  Auszahlung am:   15.12.2026 auf IBAN DE10 2868 0338 7957 8737 95

Bitte beachten Sie, dass die Rückerstattung die in Ihrer Steuererklärung
absetzbaren Beiträge mindert; eine Bescheinigung erhalten Sie im Januar.

Mit freundlichen Grüßen
Beitragsservice Kranken
Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Beitragsservice Kranken <beitragsservice-kv@brunnfeld.example>",
             "Uwe Löffler <uwe.loeffler@t-online.example>",
             "Ihre Beitragsrückerstattung 2025",
             "2026-11-30 08:30", text=text)
    return m, S, "de", "insurer-to-customer", "health contract of named customer with premium refund (no claims) and IBAN; personal line, no medical word"


def m147():
    text = """Sehr geehrter Herr Prof. Dr. Hagedorn,

unser Versicherter Herr Benedikt Ahlgrimm (geb. 08.04.1998, Vertrag
KV-2281-6604-3) ist seit 2017 beidseits mit Cochlea-Implantaten versorgt
(Diagnose H90.3 B). Ihre Klinik beantragt nun den Austausch beider
Sprachprozessoren gegen die aktuelle Generation (2 x 8.950 €), weil die
Garantie abgelaufen sei.

Nach unseren Unterlagen wurde der linke Prozessor erst 2022 nach einem Defekt
ersetzt. Können Sie bitte mitteilen, ob links ein technischer Defekt vorliegt
oder ob der Austausch aus audiologischen Gründen (Sprachverstehen) nötig ist?
Für rechts genügt uns der Hinweis auf das Alter des Geräts.

Mit freundlichen Grüßen
Dr. med. Regine Vossberg
Beratungsärztin, Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Dr. med. Regine Vossberg <regine.vossberg@brunnfeld.example>",
             "CI-Zentrum Universitätsklinik <ci-zentrum@uniklinik-mittelstadt.example>",
             "Austausch Sprachprozessoren – Herr B. Ahlgrimm",
             "2026-11-25 14:05", text=text)
    return m, S, "de", "insurer-to-hospital", "named patient with birth date, cochlear implants, H90.3 B"


def m148():
    text = """Dear Mr and Mrs Whitford,

please find attached our decision regarding Oliver's orthopaedic treatment.

Kind regards
Patrick Lüdecke
Medical Aids Management, Brunnfeld Krankenversicherung a.G.
"""
    d = docx_bytes([
        ("h", "Decision on medical aids"),
        "Insured child: Oliver Whitford, born 2 May 2025, policy KV-8847-3012-5 (co-insured)",
        "Diagnosis stated on the prescription: congenital talipes equinovarus (clubfoot) right, Q66.0 R, treated with the Ponseti method",
        [("Item", "Provider", "Amount", "Decision"),
         ("Foot abduction brace (Denis Browne type), size 0", "OT Kinderfuß Mainz", "EUR 640.00", "approved"),
         ("Replacement shoes for the brace, 2 pairs", "OT Kinderfuß Mainz", "EUR 310.00", "approved"),
         ("Night splint, custom-made", "OT Kinderfuß Mainz", "EUR 890.00", "approved after growth, max. 2 per year")],
        "The orthopaedic workshop may bill us directly. Please send us the follow-up report from the paediatric orthopaedic clinic after 6 months.",
    ], author="Patrick Lüdecke")
    m = mail("Patrick Lüdecke <patrick.luedecke@brunnfeld.example>",
             "Whitford Family <whitfords@familymail.example>",
             "Decision - Oliver",
             "2026-11-26 15:15", text=text,
             att=[A("Decision_Oliver_Whitford.docx", d)])
    return m, S, "en", "insurer-to-customer", "harmless body; DOCX: infant's clubfoot Q66.0 R, birth date, orthopaedic aids"


def m149():
    text = """Estimada Sra. Morales, sehr geehrte Frau Morales,

wir haben Ihre Belege aus dem Urlaub in Valencia aus der Auslandsreise-
Krankenversicherung erstattet / we have reimbursed your receipts from Valencia
under your travel health insurance (Vertrag/policy AR-7730-115296):

  03.10.2026  Centro de Salud Malvarrosa, consulta urgencias    60,00 €
  03.10.2026  Farmacia Pérez Ruiz: amoxicilina/ácido clavulánico
              875/125 mg, 20 comp.; ibuprofeno 600 mg, 40 comp.   14,85 €
  Diagnose / diagnosis: otitis media aguda (H66.9 L)
  Erstattung / reimbursed:                                      74,85 €

Gute Besserung, falls noch nicht ganz ausgeheilt! / Get well soon!

Freundliche Grüße / Kind regards
Wiebke Sander
Reise-Kranken / Travel Health, Brunnfeld Krankenversicherung a.G.
"""
    m = mail("Wiebke Sander <wiebke.sander@brunnfeld.example>",
             "Lucía Morales <lucia.morales@correo.example>",
             "Erstattung Auslandsreise / travel health reimbursement AR-7730-115296",
             "2026-11-02 13:45", text=text)
    return m, S, "mixed", "insurer-to-customer", "travel health claim: antibiotics and otitis H66.9 L for named customer, bilingual"


def m150():
    text = """Hallo Frau Jovanović,

danke, ist angekommen – wir kümmern uns darum.

Viele Grüße
Timo Haselberger
Brunnfeld Krankenversicherung a.G.

-----Ursprüngliche Nachricht-----
Von: Milena Jovanović <milena.jovanovic@gmx.example>
Gesendet: Freitag, 27. November 2026 07:58
An: Timo Haselberger <timo.haselberger@brunnfeld.example>
Betreff: Rezepte Oktober/November

Guten Morgen Herr Haselberger,
anbei die Quittungen von Oktober und November. Der Psychiater hat das Lithium
auf 450 mg morgens und abends erhöht (Quilonum retard), deshalb sind es diesmal
drei Packungen, dazu der Lithiumspiegel beim Labor (GOÄ 4214). Die Quetiapin
25 mg zur Nacht nehme ich weiter.
Vertrag ist KV-6025-4418-7.
Schönes Wochenende
Milena Jovanović
"""
    m = mail("Timo Haselberger <timo.haselberger@brunnfeld.example>",
             "Milena Jovanović <milena.jovanovic@gmx.example>",
             "AW: Rezepte Oktober/November",
             "2026-11-27 09:12", text=text)
    return m, S, "de", "insurer-to-customer", "harmless body; quoted customer mail: lithium dose increase by psychiatrist, quetiapine"



# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

def _all_funcs():
    g = globals()
    return [g["m%03d" % i] for i in range(1, 151) if ("m%03d" % i) in g]


EXPECT = {N: 60, C: 45, S: 45}


def build():
    random.seed(SEED)
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for f in _all_funcs():
        n = int(f.__name__[1:])
        _CUR["n"] = n
        msg, label, lang, kind, reason = f()
        assert label in (N, C, S), f.__name__
        assert "\t" not in reason and "\n" not in reason
        name = "d%s-%04d.eml" % (NN, n)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return rows


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _check_attachment(fn, ctype, data, problems, where):
    low = fn.lower()
    try:
        if low.endswith(".xlsx"):
            import openpyxl
            openpyxl.load_workbook(io.BytesIO(data))
        elif low.endswith(".docx"):
            import docx
            docx.Document(io.BytesIO(data))
        elif low.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            if not "".join(p.extract_text() or "" for p in r.pages).strip():
                problems.append("%s: empty pdf text %s" % (where, fn))
        elif low.endswith((".ods", ".odt")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.namelist()[0] == "mimetype"
            z.read("content.xml")
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for info in z.infolist():
                _check_attachment(info.filename, None, z.read(info.filename), problems,
                                  where + ":" + fn)
    except Exception as e:  # noqa
        problems.append("%s: attachment %s unreadable: %r" % (where, fn, e))


def check():
    import email
    problems = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    counts = {N: 0, C: 0, S: 0}
    langs = {}
    traps = 0
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        problems.append("file list differs from d%s-0001..0150" % NN)
    for r in rows:
        if len(r) != 5:
            problems.append("bad row %r" % (r,))
            continue
        name, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if reason.startswith("trap:"):
            traps += 1
            if label != N:
                problems.append("%s: trap but not NORMAL" % name)
        raw = open(os.path.join(OUT, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            problems.append("%s: bare LF" % name)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not msg[h]:
                problems.append("%s: missing %s" % (name, h))
        for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg["From"]) + str(msg["To"]) + str(msg["Cc"] or "")):
            if not addr.lower().endswith(".example"):
                problems.append("%s: domain %s" % (name, addr))
        textall = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fn = part.get_filename()
            if ct == "message/rfc822":
                continue
            try:
                if part.get_content_maintype() == "text" and not fn:
                    textall.append(part.get_content())
                else:
                    data = part.get_payload(decode=True)
                    if data is None:
                        problems.append("%s: undecodable part %s" % (name, ct))
                    elif fn:
                        _check_attachment(fn, ct, data, problems, name)
                        if ct.startswith("text/"):
                            textall.append(data.decode("utf-8", "replace"))
            except Exception as e:  # noqa
                problems.append("%s: part %s: %r" % (name, ct, e))
        body = "\n".join(textall)
        for ib in re.findall(r"\b(?:DE|AT|CH|NL|GB)\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b", body):
            if not _iban_ok(ib) and "INVALID-OK" not in reason:
                problems.append("%s: IBAN checksum %s" % (name, ib))
    if counts != EXPECT:
        problems.append("label counts %r, expected %r" % (counts, EXPECT))
    if traps < 40:
        problems.append("only %d traps" % traps)
    print("mails: %d  labels: %s  langs: %s  traps: %d" % (len(rows), counts, langs, traps))
    for p in problems:
        print("PROBLEM:", p)
    print("check: %s" % ("OK" if not problems else "FAILED (%d problems)" % len(problems)))
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    rows = build()
    print("wrote %d mails to %s" % (len(rows), OUT))
