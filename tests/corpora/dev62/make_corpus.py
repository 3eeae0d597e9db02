#!/usr/bin/env python3
"""Corpus dev62 for Siegel: short and terse mail at the invented Elbtal Versicherung AG.

Every mail is written by hand in its own function m001 ... m150. The helpers at the top
only turn that hand-written content into MIME (Python `email`, policy=SMTP, CRLF) or into
a file format (XLSX, ODS, DOCX, ODT, PDF, ZIP). Nothing is random; seed 62 only appears in
the deterministic boundaries and Message-IDs.

    python make_corpus.py           writes mails/d62-0001.eml ... and labels.tsv
    python make_corpus.py --check   re-parses every file and validates counts
"""
import datetime
import io
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

SEED = 62
NN = 62
TOTAL = 150
DOM = "elbtal-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
FIXED_DT = datetime.datetime(2026, 10, 1, 8, 0, 0)

LABELS = {}

# ---------------------------------------------------------------- file formats

def _norm_zip(data):
    """Rewrite a ZIP container with fixed timestamps so the output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 8, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                                 rb"\g<1>2026-10-01T08:00:00Z\g<2>", content)
            dst.writestr(zi, content)
    return buf.getvalue()


def xlsx(sheets):
    """sheets: list of (title, rows); rows: list of lists."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Elbtal Versicherung AG"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return _norm_zip(buf.getvalue())


def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                else:
                    c = TableCell(valuetype="string")
                c.addElement(P(text=str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return _norm_zip(buf.getvalue())


def docx(paragraphs, table=None):
    import docx as _docx
    d = _docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = "Elbtal Versicherung AG"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Elbtal Versicherung AG"
    buf = io.BytesIO()
    d.save(buf)
    return _norm_zip(buf.getvalue())


def odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    buf = io.BytesIO()
    doc.write(buf)
    return _norm_zip(buf.getvalue())


def pdf(lines):
    """Minimal text PDF (Helvetica, WinAnsi), 52 lines per page."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 52] for i in range(0, len(lines), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        stream = "BT /F1 10 Tf 56 790 Td 14 TL\n"
        for ln in pg:
            stream += f"({esc(ln)}) '\n"
        stream += "ET\n"
        sb = stream.encode("cp1252")
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode())
        objs.append(b"<< /Length " + str(len(sb)).encode() + b" >>\nstream\n" + sb + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def zipf(members):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")

# ---------------------------------------------------------------- MIME

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
    "bin": ("application", "octet-stream"),
}


def _fill(m, body=None, html=None, charset="utf-8", cte=None, html_cte=None):
    if body is not None and html is not None:
        m.set_content(body, charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        m.set_content(body if body is not None else "", charset=charset, cte=cte)


def _attach(m, atts):
    for a in atts:
        name, kind, data = a[0], a[1], a[2]
        maintype, subtype = MIME[kind] if kind in MIME else kind.split("/")
        if isinstance(data, str):
            cs = a[3] if len(a) > 3 else "utf-8"
            data = crlf(data).encode(cs)
            m.add_attachment(data, maintype, subtype, filename=name, cte="base64")
            if maintype == "text":
                m.get_payload()[-1].set_param("charset", cs)
        else:
            m.add_attachment(data, maintype, subtype, filename=name)


def inner(frm, to, subject, date, msgid, body=None, html=None, cc=None, charset="utf-8",
          cte="quoted-printable", atts=()):
    """A forwarded original, attached as message/rfc822."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    _fill(m, body, html, charset, cte, "quoted-printable")
    _attach(m, atts)
    return m


def mk(n, *, label, lang, kind, reason, frm, to, subject, date, body=None, html=None, cc=None,
       charset="utf-8", cte=None, html_cte=None, atts=(), fwd=None, headers=(), irt=None,
       flowed=False):
    LABELS[n] = (label, lang, kind, reason)
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<d{NN}.{n:04d}.{SEED}@mail.{DOM}>"
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in headers:
        m[k] = v
    _fill(m, body, html, charset, cte, html_cte)
    if flowed:
        m.set_param("format", "flowed")
    _attach(m, atts)
    if fwd is not None:
        m.add_attachment(fwd)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_elbtal_{NN}_{n:04d}_{i}_{SEED}")
            i += 1
    return m

# ---------------------------------------------------------------- the mails

def m001():
    return mk(1, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="motor claim: named customer, claim number and number plate in a phone one-liner",
        frm="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        to="Pawel Kowalczyk <p.kowalczyk@posteo-mail.example>",
        subject="Gutachter",
        date="Tue, 06 Oct 2026 07:42:11 +0200",
        body="Hallo Herr Kowalczyk,\n\nGutachter kommt Do 10 Uhr zu Ihnen nach Hause. "
             "Schaden 4711-KH-26-03318, Golf DD-KW 412.\n\nGruß Petzold\n\nVon meinem iPhone gesendet\n")


def m002():
    return mk(2, label="NORMAL", lang="de", kind="internal",
        reason="trap: daily sickness allowance (Krankentagegeld) only as a product/template topic, no person",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        subject="KT-Textbausteine",
        date="Tue, 06 Oct 2026 09:03:55 +0200",
        body="Ulli, kannst du übernehmen? Die Vorlagen-AG will bis Freitag die überarbeiteten "
             "Textbausteine Krankentagegeld (Karenzzeit, Nachweis AU, Ende bei Berufsunfähigkeit). "
             "Ich schaff das diese Woche nicht mehr.\n\nDanke dir!\nSabine\n")


def m003():
    return mk(3, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="handover note names a health customer with an orthopaedic invoice and an X-ray of the lumbar spine",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        subject="kannst du übernehmen?",
        date="Tue, 06 Oct 2026 12:48:02 +0200",
        body="bin ab 13 Uhr weg. Offen nur noch: KV 220-448-190 Hr. Pohl, Rechnung Dr. Sommer "
             "(Orthopädie), Röntgen LWS 2 Ebenen + Infiltration – ist geprüft, nur noch freigeben.\n\nS.\n")


def m004():
    return mk(4, label="NORMAL", lang="de", kind="internal",
        reason="lunch invitation",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        subject="Mittag?",
        date="Tue, 06 Oct 2026 11:31:40 +0200",
        body="12:15? Kantine hat heute Kürbissuppe. Sonst Bäcker\n")


def m005():
    return mk(5, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="body says only 'siehe unten'; the quoted customer mail describes a meniscus operation, knee MRI and rehab",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Rüdiger Hammes <ruediger.hammes@web-mail.example>",
        subject="AW: Unfall 14.09. – Unterlagen",
        date="Wed, 07 Oct 2026 10:17:29 +0200",
        irt="<a81c2e5d-hammes@web-mail.example>",
        body="Hallo Herr Hammes,\n\nsiehe unten – die fehlenden Punkte habe ich markiert.\n\n"
             "Mit freundlichen Grüßen\nAnke Seifert\nUnfall-Leistung\nElbtal Versicherung AG\n\n"
             "-----Ursprüngliche Nachricht-----\n"
             "Von: Rüdiger Hammes <ruediger.hammes@web-mail.example>\n"
             "Gesendet: Montag, 5. Oktober 2026 21:44\n"
             "An: unfall@elbtal-versicherung.example\n"
             "Betreff: Unfall 14.09. – Unterlagen\n\n"
             "Sehr geehrte Damen und Herren,\n\n"
             "wie telefonisch besprochen hier nochmal alles zum Unfall vom 14.09. "
             "(Unfallversicherung UV 6603-118-42).\n\n"
             "Ich bin beim Fußball (Alte Herren) weggeknickt, das rechte Knie ist dick geworden. "
             "MRT am 17.09. in der Radiologie am Albertplatz: Korbhenkelriss Innenmeniskus, "
             "Kreuzband angerissen. Am 24.09. Arthroskopie im Diakonissenkrankenhaus, "
             "Teilresektion Meniskus. Ich war 3 Tage stationär.  [>> Entlassungsbericht fehlt noch – A.S.]\n\n"
             "Seitdem Krücken und Physio 2x pro Woche, Reha ambulant ist ab November geplant. "
             "Arbeitsunfähig bin ich bis voraussichtlich 30.10. [>> AU-Bescheinigung bitte in Kopie – A.S.]\n\n"
             "Krankenhaustagegeld beantrage ich hiermit auch.\n\n"
             "Die Rechnung vom Krankenhaus und der MRT-Befund hängen an.\n\n"
             "Mit freundlichen Grüßen\nRüdiger Hammes\nKötzschenbroder Str. 19\n01445 Radebeul\n")


def m006():
    return mk(6, label="NORMAL", lang="de", kind="insurer-to-prospect",
        reason="trap: 'siehe unten' above generic dental-tariff FAQ for a prospect; no contract, no health data",
        frm="Kundenservice Elbtal <service@elbtal-versicherung.example>",
        to="Nadine Schöttler <nadine.schoettler@freemail.example>",
        subject="AW: Frage Zahnzusatz",
        date="Wed, 07 Oct 2026 14:02:18 +0200",
        body="Guten Tag Frau Schöttler,\n\nsiehe unten.\n\nFreundliche Grüße\nIhr Kundenservice\n\n"
             "> Was zahlt Ihr Zahnzusatztarif eigentlich bei Implantaten und gibt es Wartezeiten?\n\n"
             "ZahnPlus 80 / ZahnPlus 100 – die wichtigsten Antworten\n\n"
             "* Zahnersatz (Kronen, Brücken, Implantate, Inlays): 80 % bzw. 100 % des "
             "Rechnungsbetrags inkl. Kassenleistung.\n"
             "* Zahnbehandlung (Füllungen, Wurzel- und Parodontosebehandlung): 100 %.\n"
             "* Professionelle Zahnreinigung: bis 150 EUR je Kalenderjahr.\n"
             "* Wartezeit: keine. In den ersten vier Jahren gelten Höchstbeträge "
             "(1.000 / 2.000 / 3.000 / 4.000 EUR).\n"
             "* Bereits angeratene oder laufende Behandlungen sind nicht versichert.\n"
             "* Kieferorthopädie für Kinder: bis 80 % bei KIG 1–2.\n\n"
             "Einen unverbindlichen Beitrag berechnen Sie unter "
             "https://www.elbtal-versicherung.example/zahn\n")


def m007():
    return mk(7, label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="content only in the subject: contents claim number and payout for a named customer",
        frm="Home Claims <home.claims@elbtal-versicherung.example>",
        to="Gareth Pryce <gareth.pryce@mailbox.example>",
        subject="Your claim HH-26-118204 (contents, burglary 22 Sep) - payment of EUR 1,240.00 released",
        date="Wed, 07 Oct 2026 16:20:05 +0200",
        body="--\nElbtal Versicherung AG | Home Claims\n")


def m008():
    return mk(8, label="STRICTLY_CONFIDENTIAL", lang="en", kind="system",
        reason="subject-only notification: inpatient admission of a member at a named hospital",
        frm="Elbtal Assistance Desk <assistance-noreply@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="Claim MED-EXP-0098812 | Inpatient admission notice | Mr. Jonas Vlasic | St Aidan's Hospital Dublin",
        date="Thu, 08 Oct 2026 02:14:51 +0200",
        body="This message has no text.\n")


def m009():
    return mk(9, label="NORMAL", lang="en", kind="system",
        reason="trap: out-of-office mentioning medical emergencies and assistance line, no person data",
        frm="Claire Donovan <claire.donovan@elbtal-versicherung.example>",
        to="Ahmed Farouk <a.farouk@gulfbrokers.example>",
        subject="Automatic reply: Renewal Q1 group plan",
        date="Thu, 08 Oct 2026 08:00:12 +0200",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        body="Thank you for your email. I am out of the office until Wednesday, 21 October.\n\n"
             "For medical emergencies abroad, members and providers should call our 24/7 "
             "assistance line +49 351 8870 9000. For underwriting questions please write to "
             "intl-underwriting@elbtal-versicherung.example.\n\nKind regards\nClaire Donovan\n")


def m010():
    return mk(10, label="CONFIDENTIAL", lang="de", kind="system",
        reason="auto-reply to a customer repeats the original subject with claim number and number plate",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Sven Tränkner <sven.traenkner@t-netz.example>",
        subject="Automatische Antwort: AW: Kfz-Schaden 88-KS-0412 PIR-AB 77 Parkplatzrempler",
        date="Thu, 08 Oct 2026 13:37:44 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        body="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.10.2026 nicht im Büro. "
             "Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen erreichen Sie das "
             "Kfz-Schadenteam unter 0351 8870-4400 oder kfz-schaden@elbtal-versicherung.example.\n\n"
             "Marco Ulbrich\n")


def m011():
    return mk(11, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="auto-reply echoes customer's subject: hospital bill of his wife under a health contract number",
        frm="Leistung Kranken <leistung-kranken@elbtal-versicherung.example>",
        to="Frank Gerlach <frank.gerlach@web-mail.example>",
        subject="Abwesend: Krankenhausrechnung meiner Frau (Herzkatheter) – Vertrag KV 310 887 2",
        date="Fri, 09 Oct 2026 18:05:22 +0200",
        headers=[("Auto-Submitted", "auto-replied")],
        body="Guten Tag,\n\nIhre Nachricht ist bei uns eingegangen. Das Postfach wird außerhalb der "
             "Servicezeiten (Mo–Fr 8–18 Uhr) nicht bearbeitet. Wir melden uns am nächsten Werktag.\n\n"
             "Ihre Elbtal Krankenversicherung\n")


def m012():
    return mk(12, label="NORMAL", lang="de", kind="system",
        reason="trap: IT incident about the scan line for health claim documents; no person",
        frm="ELVIS Vorgangssystem <tickets@elbtal-versicherung.example>",
        to="it-betrieb@elbtal-versicherung.example",
        subject="[INC-48211] Priorität 2 – Scanstraße Leistungsbelege Kranken: Barcode-Erkennung fällt aus",
        date="Fri, 09 Oct 2026 07:12:09 +0200",
        html="<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
             "<p>Ein Vorgang wurde Ihrer Gruppe zugewiesen.</p>"
             "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
             "<tr><th align=\"left\">Vorgang</th><td>INC-48211</td></tr>"
             "<tr><th align=\"left\">Kategorie</th><td>Input-Management / Scan</td></tr>"
             "<tr><th align=\"left\">Kurzbeschreibung</th><td>Scanstraße 2: Barcode-Trennblätter für "
             "Arztrechnungen und Rezepte werden seit 06:40 nicht erkannt, Stapel landen in der Klärung</td></tr>"
             "<tr><th align=\"left\">Betroffen</th><td>ca. 3.100 Belege Leistung Kranken</td></tr>"
             "<tr><th align=\"left\">Gemeldet von</th><td>Poststelle, Hr. Zeidler</td></tr>"
             "<tr><th align=\"left\">Status</th><td>Neu</td></tr></table>"
             "<p><a href=\"https://elvis.elbtal-versicherung.example/inc/48211\">Vorgang öffnen</a></p>"
             "<p style=\"color:#888\">Diese Nachricht wurde automatisch erzeugt.</p></body></html>")


def m013():
    return mk(13, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="ticket notification (HTML-only table) carries a BU case summary with a psychiatric ICD code",
        frm="ELVIS Vorgangssystem <tickets@elbtal-versicherung.example>",
        to="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        subject="[BU-2026-00417] neu zugewiesen: Nachprüfung",
        date="Fri, 09 Oct 2026 09:26:40 +0200",
        html="<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">"
             "<p>Hallo Tobias Krahl,<br>dieser Vorgang wurde Ihnen zugewiesen.</p>"
             "<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\">"
             "<tr><th align=\"left\">Vorgang</th><td>BU-2026-00417</td></tr>"
             "<tr><th align=\"left\">Versicherte Person</th><td>Sandra Wölk, geb. 02.07.1981</td></tr>"
             "<tr><th align=\"left\">Vertrag</th><td>SBU 40-7781-220</td></tr>"
             "<tr><th align=\"left\">Zusammenfassung</th><td>Nachprüfung 2026; Befundbericht Psychiatrie "
             "eingegangen (F33.1 G, rezidivierende depressive Störung, mittelgradig), stufenweise "
             "Wiedereingliederung abgebrochen</td></tr>"
             "<tr><th align=\"left\">Frist</th><td>23.10.2026</td></tr></table>"
             "<p><a href=\"https://elvis.elbtal-versicherung.example/bu/2026-00417\">Vorgang öffnen</a></p>"
             "</body></html>")


def m014():
    return mk(14, label="CONFIDENTIAL", lang="en", kind="system",
        reason="case notification: named motor customer, policy number, registration and no-claims class",
        frm="Elbtal Service Cases <cases-noreply@elbtal-versicherung.example>",
        to="motor-service@elbtal-versicherung.example",
        subject="Case CS0081732 assigned to Motor Service",
        date="Mon, 12 Oct 2026 10:04:33 +0200",
        body="Case CS0081732 has been assigned to your group.\n\n"
             "Customer: Ms Harriet Coyle\nPolicy: KF-502-771-04 (private car)\n"
             "Registration: DD-HC 2207\n"
             "Short description: customer asks for a no-claims certificate (SF 12) for her new insurer in Ireland, "
             "contract ends 31/12/2026.\n\nOpen case: https://cases.elbtal-versicherung.example/CS0081732\n",
        html="<html><body><p>Case <b>CS0081732</b> has been assigned to your group.</p>"
             "<table border=\"1\" cellpadding=\"3\"><tr><td>Customer</td><td>Ms Harriet Coyle</td></tr>"
             "<tr><td>Policy</td><td>KF-502-771-04 (private car)</td></tr>"
             "<tr><td>Registration</td><td>DD-HC 2207</td></tr>"
             "<tr><td>Short description</td><td>customer asks for a no-claims certificate (SF 12) for her new "
             "insurer in Ireland, contract ends 31/12/2026.</td></tr></table>"
             "<p><a href=\"https://cases.elbtal-versicherung.example/CS0081732\">Open case</a></p></body></html>")


def m015():
    return mk(15, label="NORMAL", lang="en", kind="system",
        reason="trap: change notification about the ICD-10-GM code table, no person",
        frm="Elbtal Change Management <change-noreply@elbtal-versicherung.example>",
        to="claims-systems@elbtal-versicherung.example",
        subject="CHG0004410 approved: ICD-10-GM 2027 code table in claims system",
        date="Mon, 12 Oct 2026 15:51:20 +0200",
        body="Change CHG0004410 has been approved by the CAB.\n\n"
             "Summary: load ICD-10-GM 2027 catalogue (new codes U-chapter, changed secondary codes "
             "in F and M chapters) into the benefit rules engine; re-run tariff plausibility checks.\n"
             "Window: Sat 07 Nov 2026 20:00 - Sun 08 Nov 02:00\nRisk: medium\n",
        html="<html><body><p>Change <b>CHG0004410</b> has been approved by the CAB.</p>"
             "<table border=\"1\" cellpadding=\"3\"><tr><td>Summary</td><td>load ICD-10-GM 2027 catalogue "
             "(new codes U-chapter, changed secondary codes in F and M chapters) into the benefit rules engine; "
             "re-run tariff plausibility checks</td></tr><tr><td>Window</td><td>Sat 07 Nov 2026 20:00 - "
             "Sun 08 Nov 02:00</td></tr><tr><td>Risk</td><td>medium</td></tr></table></body></html>")


def m016():
    return mk(16, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="voicemail transcript: named health customer about physiotherapy invoice and her herniated disc",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von 0171 5523908 (1:12 min)",
        date="Mon, 12 Oct 2026 17:46:03 +0200",
        body="Neue Sprachnachricht für Gruppe Leistung Kranken\n"
             "Anrufer: 0171 5523908\nDauer: 1:12 min\nEingang: 12.10.2026 17:45\n\n"
             "Automatische Transkription (ohne Gewähr):\n"
             "\"Ja, guten Tag, hier ist Brigitte Lanz, Versicherungsnummer äh 4 4 0 1 7 7 3 2. Ich rufe an "
             "wegen der Rechnung vom Physiotherapeuten, die haben Sie nur zur Hälfte bezahlt. Ich hab doch "
             "den Bandscheibenvorfall, das wissen Sie ja, und der Arzt hat die manuelle Therapie "
             "verordnet, zwölf Mal. Rufen Sie mich bitte zurück, ich bin ab vier zu Hause. Danke.\"\n\n"
             "Die Audiodatei finden Sie im Sprachbox-Portal.\n")


def m017():
    return mk(17, label="CONFIDENTIAL", lang="de", kind="system",
        reason="voicemail transcript (iso-8859-1): named motor customer, plate, marten damage; no injury",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="kfz-schaden@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von 0160 4471209 (0:38 min)",
        date="Tue, 13 Oct 2026 06:58:17 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="Neue Sprachnachricht für Gruppe Kfz-Schaden\n"
             "Anrufer: 0160 4471209\nDauer: 0:38 min\n\n"
             "Automatische Transkription (ohne Gewähr):\n"
             "\"Morgen, Enrico Baumgart hier, Kennzeichen MEI-EB 318. Der Marder hat mir heute Nacht die "
             "Zündkabel und den Kühlerschlauch zerbissen, Auto steht in der Werkstatt Hänsel in Coswig. "
             "Schadennummer hab ich noch keine. Teilkasko hab ich bei Ihnen. Bitte zurückrufen.\"\n")


def m018():
    return mk(18, label="NORMAL", lang="de", kind="system",
        reason="trap: voicemail from the caretaker about the defibrillator in the lobby; no person data",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="facility@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von Nebenstelle 1190 (0:21 min)",
        date="Tue, 13 Oct 2026 07:30:41 +0200",
        body="Anrufer: Nebenstelle 1190 (Haustechnik)\nDauer: 0:21 min\n\n"
             "Automatische Transkription (ohne Gewähr):\n"
             "\"Ja hier Haustechnik Gebäude B. Der Defi im Foyer piept wieder, Batterie oder Elektroden "
             "abgelaufen. Könnt ihr beim Medizintechnik-Service bestellen? Sonst ist alles gut.\"\n")


def m019():
    return mk(19, label="NORMAL", lang="en", kind="system",
        reason="voicemail without message from a withheld number",
        frm="Elbtal Voicemail <voicemail@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="Missed call - no message (withheld number)",
        date="Tue, 13 Oct 2026 09:15:02 +0200",
        body="A caller (number withheld) reached the mailbox of group International Health at "
             "13/10/2026 09:14 and hung up without leaving a message.\n")


def m020():
    return mk(20, label="STRICTLY_CONFIDENTIAL", lang="en", kind="system",
        reason="voicemail transcript: member's son with dengue fever in hospital abroad, guarantee of payment",
        frm="Elbtal Voicemail <voicemail@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="New voicemail from +65 9123 4410 (0:56)",
        date="Wed, 14 Oct 2026 03:22:47 +0200",
        body="New voicemail for group International Health\nCaller: +65 9123 4410\nLength: 0:56\n\n"
             "Transcript (automatic):\n"
             "\"Hi, this is Daniel Okafor, member ID E-H 22 90 41 7. I'm calling from Singapore, my son "
             "Tobi, he's eight, was admitted last night to Mount Faber Children's Hospital with dengue "
             "fever, platelets are low. The hospital wants a guarantee of payment before they continue. "
             "Please call me back on this number as soon as possible. Thanks.\"\n")


def m021():
    return mk(21, label="CONFIDENTIAL", lang="de", kind="system",
        reason="SMS-to-mail: named household customer with claim number, glass breakage",
        frm="SMS-Gateway <sms-gateway@elbtal-versicherung.example>",
        to="sach-schaden@elbtal-versicherung.example",
        subject="SMS von +4916099823410",
        date="Wed, 14 Oct 2026 19:08:12 +0200",
        body="Absender: +4916099823410\nEmpfangen: 14.10.2026 19:08\n\n"
             "Hallo hier Krüger, die Rechnung vom Glaser für die Scheibe Wohnzimmer schick ich morgen, "
             "Schaden 21-HR-0098776. mfg Heike Krüger\n")


def m022():
    return mk(22, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="SMS-to-mail (base64 body): accident customer still in hospital after surgery",
        frm="SMS-Gateway <sms-gateway@elbtal-versicherung.example>",
        to="unfall@elbtal-versicherung.example",
        subject="SMS von +4915201188734",
        date="Thu, 15 Oct 2026 11:40:55 +0200",
        cte="base64",
        body="Absender: +4915201188734\nEmpfangen: 15.10.2026 11:40\n\n"
             "bin noch im KH, OP war gestern (Sprunggelenk verschraubt). Unfallmeldung reich ich nach. "
             "Gruß Wiebke Sander UV 5501-3382\n")


def m023():
    return mk(23, label="NORMAL", lang="en", kind="system",
        reason="one-time code for the customer portal via mail-to-SMS gateway; nothing else",
        frm="Elbtal Portal <portal-noreply@elbtal-versicherung.example>",
        to="4915112233408@sms-gw.elbtal-versicherung.example",
        subject="code",
        date="Thu, 15 Oct 2026 12:01:09 +0200",
        body="Elbtal: your one-time code is 702915. Valid for 10 minutes. Never share this code.\n")


def m024():
    return mk(24, label="NORMAL", lang="de", kind="system",
        reason="trap: SMS campaign template about flu vaccination with placeholder recipient",
        frm="Marketing Elbtal <kampagnen@elbtal-versicherung.example>",
        to="bulk@sms-gw.elbtal-versicherung.example",
        subject="Kampagne KV-GRIPPE-26 / Batch 1 / Freigabe",
        date="Thu, 15 Oct 2026 14:30:00 +0200",
        body="EMPF={{mobilnummer}}\nABS=Elbtal\n"
             "TEXT=Hallo {{vorname}}, die Grippeschutzimpfung übernehmen wir in allen Elbtal-Krankentarifen "
             "zu 100 %. Infos: elbtal-versicherung.example/grippe Abmelden: STOP an 88470\n")


def m025():
    return mk(25, label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="rental-excess travel claim paid to masked account of a named customer, no health content",
        frm="Elbtal Travel <travel@elbtal-versicherung.example>",
        to="Mei Lin Harrow <meilin.harrow@outlook-mail.example>",
        subject="RX-26-04411 paid",
        date="Fri, 16 Oct 2026 09:12:30 +0200",
        body="Dear Ms Harrow, your rental car excess claim RX-26-04411 (Lisbon, 02 Sep) was paid today: "
             "EUR 850.00 to your account ending ...4432. Elbtal Travel\n")


def m026():
    return mk(26, label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="forward without comment; the customer's one-liner says only 'Anbei Arztbericht', diagnosis only in the PDF",
        frm="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        to="Dr. Ralf Wendisch <ralf.wendisch@elbtal-versicherung.example>",
        subject="WG: Arztbericht",
        date="Fri, 16 Oct 2026 10:44:19 +0200",
        body="\n\n-------- Weitergeleitete Nachricht --------\n"
             "Betreff: Arztbericht\nDatum: Thu, 15 Oct 2026 22:10:03 +0200\n"
             "Von: Jürgen Pohl <juergen.pohl@kabelpost.example>\n"
             "An: leistung-kranken@elbtal-versicherung.example\n\n"
             "Anbei Arztbericht. Gruß J. Pohl\n\nGesendet von meinem Galaxy\n",
        atts=[("Arztbericht_Pohl.pdf", "pdf", pdf([
            "Orthopaedische Gemeinschaftspraxis Dr. med. Till Sommer",
            "Grosse Meissner Str. 4, 01097 Dresden",
            "",
            "Arztbericht",
            "Patient: Juergen Pohl, geb. 19.03.1964",
            "Versicherung: Elbtal Krankenversicherung, KV 220-448-190",
            "",
            "Diagnosen:",
            "M51.2 G  Lumbaler Bandscheibenvorfall L4/5 mit Radikulopathie",
            "M54.4 G  Lumboischialgie rechts",
            "",
            "Befund: Lasegue rechts positiv bei 40 Grad, Fussheberschwaeche KG 4/5.",
            "MRT LWS vom 28.09.2026: mediolateraler Prolaps L4/5 rechts.",
            "",
            "Therapie: CT-gesteuerte Infiltration, Physiotherapie 12x, Ibuprofen 600 mg 1-0-1.",
            "Bei ausbleibender Besserung neurochirurgische Vorstellung.",
            "",
            "Dresden, 06.10.2026",
            "Dr. med. T. Sommer"]))])


def m027():
    return mk(27, label="CONFIDENTIAL", lang="de", kind="customer",
        reason="forward without comment (message/rfc822): customer's new IBAN for household premium",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="beitragsservice@elbtal-versicherung.example",
        subject="WG: neue Bankverbindung",
        date="Fri, 16 Oct 2026 13:05:51 +0200",
        body="",
        fwd=inner("Tamara Rösch <tamara.roesch@gmx-post.example>",
                  "sach-schaden@elbtal-versicherung.example",
                  "neue Bankverbindung", "Thu, 15 Oct 2026 20:31:07 +0200",
                  "<5f1e02c7.roesch@gmx-post.example>",
                  body="Hallo,\n\nbitte den Beitrag für meine Hausratversicherung (HR 31-227-405) ab November "
                       "von meinem neuen Konto abbuchen:\n\nTamara Rösch\nIBAN DE52 6805 2866 0008 8720 14\n\n"
                       "Das alte Konto bei der Sparkasse ist gekündigt.\n\nDanke\nTamara Rösch\n"))


def m028():
    return mk(28, label="NORMAL", lang="de", kind="internal",
        reason="trap: forwarded press release with care-level statistics, aggregates only",
        frm="Doreen Franke <doreen.franke@elbtal-versicherung.example>",
        to="team-pflege@elbtal-versicherung.example",
        subject="WG: Pressemitteilung: Zahl der Pflegebedürftigen steigt auf 5,9 Millionen",
        date="Mon, 19 Oct 2026 08:20:10 +0200",
        body="\n\n---------- Forwarded message ---------\n"
             "Von: Presse VVM <presse@vvm-verband.example>\n"
             "Date: Fr., 16. Okt. 2026 um 11:00\n"
             "Subject: Pressemitteilung: Zahl der Pflegebedürftigen steigt auf 5,9 Millionen\n\n"
             "Leipzig, 16.10.2026. Die Zahl der Pflegebedürftigen ist nach Hochrechnung des Verbands der "
             "Versicherer Mitteldeutschland (VVM) zum Jahresende 2025 auf rund 5,9 Millionen gestiegen. "
             "Davon entfallen 42 % auf Pflegegrad 2, 29 % auf Pflegegrad 3 und 8 % auf Pflegegrad 5. "
             "Vier von fünf Pflegebedürftigen werden zu Hause versorgt, überwiegend durch Angehörige.\n\n"
             "Die private Pflegezusatzversicherung schließt die Lücke nur teilweise: Der durchschnittliche "
             "Eigenanteil im Pflegeheim liegt im ersten Jahr bei 2.984 EUR monatlich.\n\n"
             "Pressekontakt: Katrin Mewes, presse@vvm-verband.example\n")


def m029():
    return mk(29, label="NORMAL", lang="en", kind="internal",
        reason="forward without comment: garage closure notice",
        frm="Henrik Olsen <henrik.olsen@elbtal-versicherung.example>",
        to="marine-team@elbtal-versicherung.example",
        subject="Fwd: Parking garage closed Saturday",
        date="Mon, 19 Oct 2026 09:02:44 +0200",
        body="\n\n-------- Forwarded Message --------\nSubject: Parking garage closed Saturday\n"
             "From: Facility Management <facility@elbtal-versicherung.example>\n\n"
             "The parking garage (levels -1 and -2) is closed on Saturday 24 Oct from 07:00 to 18:00 "
             "for floor sealing. Please park on the visitor lot P3.\n")


def m030():
    return mk(30, label="STRICTLY_CONFIDENTIAL", lang="en", kind="broker",
        reason="broker one-liner forwarded; GP letter about a disability claim only in the DOCX",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="bu-leistung@elbtal-versicherung.example",
        subject="FW: Farquhar - IP claim",
        date="Mon, 19 Oct 2026 11:27:06 +0200",
        body="fyi / zur Bearbeitung\n\n"
             "From: Nigel Ashworth <nigel@ashworth-partners.example>\n"
             "Sent: 19 October 2026 10:58\nTo: Steffen Hofmann\nSubject: Farquhar - IP claim\n\n"
             "Steffen - client Mr Lionel Farquhar, income protection claim, see attached GP letter. Cheers, Nigel\n\n"
             "Sent from my iPhone\n",
        atts=[("GP_letter_Farquhar.docx", "docx", docx([
            "Riverside Medical Practice, 12 Mill Lane, Kingsbridge",
            "To whom it may concern",
            "Re: Mr Lionel Farquhar, DOB 14/11/1972",
            "Mr Farquhar has been under my care since March 2026 for severe rheumatoid arthritis (M05.8) "
            "affecting both hands and wrists. Despite methotrexate 20 mg weekly and adalimumab since June, "
            "he is unable to carry out his work as a cabinet maker.",
            "In my opinion he will not be able to return to his occupation for at least twelve months.",
            "Dr Helen Marsh MRCGP"]))])


def m031():
    return mk(31, label="CONFIDENTIAL", lang="de", kind="insurer-to-broker",
        reason="household policy issued for a named family: policy number and start date",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="Büro Kästner Versicherungsmakler <info@kaestner-makler.example>",
        subject="Antrag Fam. Özdemir",
        date="Mon, 19 Oct 2026 15:40:22 +0200",
        body="Kurz zur Info: Antrag Hausrat Fam. Özdemir (Melih und Aylin, Bautzener Str. 7, Pirna) ist "
             "policiert, VS-Nr. HR 44-102-773, Beginn 01.11.2026. Police geht per Post raus.\n\n"
             "Gruß Steffen Hofmann\nMaklerbetreuung Region Ost\n")


def m032():
    return mk(32, label="NORMAL", lang="de", kind="insurer-to-broker",
        reason="trap: broker circular about accident tariff (disability scale, progression) as PDF, no person",
        frm="Maklerbetreuung Elbtal <makler@elbtal-versicherung.example>",
        to="maklerverteiler-ost@elbtal-versicherung.example",
        subject="Tarifupdate Unfall 2027",
        date="Tue, 20 Oct 2026 08:15:00 +0200",
        body="Hallo zusammen,\n\nRundschreiben anbei. Kurz: Gliedertaxe verbessert, Progression 350 % "
             "jetzt auch im Basistarif.\n\nViele Grüße\nIhre Maklerbetreuung\n",
        atts=[("Rundschreiben_Unfall_2027.pdf", "pdf", pdf([
            "Elbtal Versicherung AG - Maklerrundschreiben 14/2026",
            "Unfallversicherung: Tarifgeneration 2027 (ab 01.01.2027)",
            "",
            "1. Verbesserte Gliedertaxe",
            "   Verlust oder Funktionsunfaehigkeit eines Auges: 60 % (bisher 50 %)",
            "   eines Daumens: 25 % (bisher 20 %), Gehoer auf einem Ohr: 35 %",
            "2. Progression 350 % nun auch im Tarif UNFALL BASIS",
            "3. Mitversichert: Infektionen durch Zeckenstich, Herzinfarkt/Schlaganfall als Unfallfolge",
            "   bis 25.000 EUR (Tarif TOP)",
            "4. Umstellung Bestandskunden auf Antrag ohne Gesundheitsfragen",
            "",
            "Beispielbeitrag: 35 Jahre, Buerotaetigkeit, Grundsumme 100.000 EUR: 11,40 EUR mtl.",
            "Vertrieb Makler, Tel. 0351 8870-6000"]))])


def m033():
    return mk(33, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-broker",
        reason="term-life application of a named applicant postponed until a cardiology finding is available",
        frm="Ines Riedel <ines.riedel@elbtal-versicherung.example>",
        to="Andreas Kühnel <kuehnel@finanzkontor-kuehnel.example>",
        subject="Antrag RLV Demir",
        date="Tue, 20 Oct 2026 10:51:37 +0200",
        body="Hallo Herr Kühnel,\n\nAntrag Risiko-LV Hr. Serkan Demir: zurückgestellt, bis der Befund vom "
             "Kardiologen (Belastungs-EKG nach Angabe Vorhofflimmern) vorliegt.\n\nGruß I. Riedel\n")


def m034():
    return mk(34, label="CONFIDENTIAL", lang="en", kind="insurer-to-broker",
        reason="cargo certificate: company policy with named contact person and insured value",
        frm="Henrik Olsen <henrik.olsen@elbtal-versicherung.example>",
        to="Marloes Vink <m.vink@northsea-brokers.example>",
        subject="Cert issued - MC-7712 / Rotterdam-Gdansk",
        date="Tue, 20 Oct 2026 13:14:09 +0200",
        body="Marloes,\n\ncert issued under open cover MC-7712 (Van der Kolk Machinery B.V.): 14 pallets machine "
             "parts, Rotterdam-Gdansk, ETD 22 Oct, insured value EUR 212,400. Contact on their side is "
             "Mr Pieter de Groot, +31 6 1207 4455.\n\nrgds\nHenrik\n")


def m035():
    return mk(35, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-doctor",
        reason="request to a hospital doctor for a named member's discharge summary, with date of birth",
        frm="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        to="Dr Simon Hallworth <s.hallworth@stmarys-clinic.example>",
        subject="IHP-448120 discharge summary",
        date="Wed, 21 Oct 2026 09:03:28 +0200",
        body="Dear Dr Hallworth,\n\nre our member Ms Fiona Baird (DOB 03/02/1979), admitted 11-15 Oct: could "
             "you send the discharge summary so we can settle the invoice? Ref IHP-448120.\n\n"
             "Thanks,\nPriya Natarajan\nInternational Health Claims\n")


def m036():
    return mk(36, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-doctor",
        reason="request for a medical report on a named patient with birth date; signed release attached",
        frm="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        to="Praxis Dr. Kessler <praxis@dr-kessler-meissen.example>",
        subject="Befundbericht Vollmer",
        date="Wed, 21 Oct 2026 11:22:45 +0200",
        body="Sehr geehrte Frau Dr. Kessler,\n\nbitte den Befundbericht zu Herrn Lothar Vollmer (geb. 11.04.1968) "
             "nachreichen, die Schweigepflichtentbindung liegt bei. Honorar nach GOÄ Nr. 75.\n\n"
             "Mit freundlichen Grüßen\nTobias Krahl\nLeistung Leben/BU\n",
        atts=[("Schweigepflichtentbindung_Vollmer.pdf", "pdf", pdf([
            "Erklaerung zur Entbindung von der Schweigepflicht",
            "",
            "Ich, Lothar Vollmer, geb. 11.04.1968, Loessnitzgrundstr. 30, 01445 Radebeul,",
            "entbinde Frau Dr. med. Carola Kessler, Meissen, von der Schweigepflicht gegenueber",
            "der Elbtal Lebensversicherung AG fuer die Pruefung meines Antrags auf",
            "Berufsunfaehigkeitsrente, Vertrag SBU 40-6120-118.",
            "",
            "Radebeul, 12.10.2026          gez. L. Vollmer"]))])


def m037():
    return mk(37, label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="trap: order of first-aid kits and blood-pressure monitors for the company doctor's room",
        frm="Einkauf Elbtal <einkauf@elbtal-versicherung.example>",
        to="Bestellung <bestellung@medbedarf-sachsen.example>",
        subject="Bestellung 4500-2288",
        date="Wed, 21 Oct 2026 14:00:31 +0200",
        body="Guten Tag,\n\nbitte liefern:\n12 x Erste-Hilfe-Koffer DIN 13157\n4 x Oberarm-Blutdruckmessgerät BP-300\n"
             "2 x Pflasterspender Betrieb\n\nLieferadresse: Elbtal Versicherung AG, Betriebsärztlicher Dienst, "
             "Pirnaer Landstraße 120, 01257 Dresden, Raum B 0.14\nKostenstelle 4410\n\nMfG Einkauf\n")


def m038():
    return mk(38, label="NORMAL", lang="de", kind="insurer-to-supplier",
        reason="paper order",
        frm="Einkauf Elbtal <einkauf@elbtal-versicherung.example>",
        to="Bürobedarf Lehmann <auftrag@buero-lehmann.example>",
        subject="Druckerpapier",
        date="Wed, 21 Oct 2026 14:03:12 +0200",
        body="20 Kartons A4 80g wie immer, Lieferung bitte Montag an Rampe Gebäude A. Danke\n")


def m039():
    return mk(39, label="CONFIDENTIAL", lang="de", kind="insurer-to-supplier",
        reason="repair approval to a garage: named customer, plate and claim number",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Autohaus Hänsel Service <service@autohaus-haensel.example>",
        subject="Freigabe PIR-LM 204",
        date="Thu, 22 Oct 2026 08:37:50 +0200",
        body="Reparaturfreigabe PIR-LM 204 (Kunde Lars Meinel), Schaden 88-KS-0519, bis 3.800 € netto lt. KVA. "
             "Rechnung direkt an uns. Gruß Ulbrich\n")


def m040():
    return mk(40, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-hospital",
        reason="guarantee of payment naming a patient, admission date and appendectomy",
        frm="Elbtal International Health <intl-health@elbtal-versicherung.example>",
        to="Admissions <admissions@riverside-general.example>",
        subject="GOP - Hrytsenko",
        date="Thu, 22 Oct 2026 10:10:10 +0200",
        body="Guarantee of payment: patient Mr Oleksandr Hrytsenko, member no. E-H 31 07 22 9, admitted 21 Oct "
             "2026, laparoscopic appendectomy, up to EUR 9,500 for 3 nights. Invoice to "
             "intl-health@elbtal-versicherung.example.\n\nElbtal International Health\n")


def m041():
    return mk(41, label="CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="legal-expenses cover granted for a named client's unfair-dismissal suit; no special category",
        frm="Lutz Kaden <lutz.kaden@elbtal-versicherung.example>",
        to="Kanzlei Bräuer & Noack <kanzlei@braeuer-noack.example>",
        subject="RS-26-3312 Pfau ./. Metallbau Wendt GmbH",
        date="Thu, 22 Oct 2026 13:45:27 +0200",
        body="Sehr geehrte Frau Noack,\n\nfür Ihren Mandanten Herrn Gerd Pfau erteilen wir Deckungszusage für "
             "die Kündigungsschutzklage 1. Instanz (ArbG Dresden), Az. bei uns RS-26-3312, SB 150 €.\n\n"
             "Mit freundlichen Grüßen\nKaden\nRechtsschutz-Schaden\n")


def m042():
    return mk(42, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-lawyer",
        reason="criminal proceedings (endangering road traffic under the influence) of a named insured",
        frm="Lutz Kaden <lutz.kaden@elbtal-versicherung.example>",
        to="RA Dirk Schuster <schuster@verkehrsrecht-schuster.example>",
        subject="AW: Deckungsanfrage Roth, RS-26-3390",
        date="Fri, 23 Oct 2026 09:12:03 +0200",
        body="Sehr geehrter Herr Schuster,\n\nim Strafverfahren gegen Herrn Matthias Roth (§ 315c StGB, BAK 1,4 ‰) "
             "besteht nach § 2 i) ARB nur vorläufige Deckung; wird Vorsatz rechtskräftig festgestellt, "
             "fordern wir die Kosten zurück.\n\nMfG Kaden\n")


def m043():
    return mk(43, label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: reinsurer bordereau of disability incidence by ICD chapter, aggregated, small cells merged",
        frm="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        to="Life Treaty Team <life.treaty@hanseatic-re.example>",
        subject="Q3 DI incidence by ICD chapter",
        date="Fri, 23 Oct 2026 11:30:55 +0200",
        body="Hi all, Q3 figures attached (aggregated, cells < 5 merged into 'other'). Tobias\n",
        atts=[("DI_incidence_Q3_2026.xlsx", "xlsx", xlsx([
            ("Q3 2026", [
                ["ICD-10 chapter", "description", "new claims", "share"],
                ["F", "Mental and behavioural disorders", 61, "37.9%"],
                ["M", "Musculoskeletal system", 38, "23.6%"],
                ["C", "Neoplasms", 24, "14.9%"],
                ["I", "Circulatory system", 13, "8.1%"],
                ["G", "Nervous system", 11, "6.8%"],
                ["S/T", "Injury", 8, "5.0%"],
                ["other", "merged (cells < 5)", 6, "3.7%"],
                ["total", "", 161, "100%"]])]))])


def m044():
    return mk(44, label="CONFIDENTIAL", lang="en", kind="insurer-to-partner",
        reason="subrogation to another insurer: named insured driver, claim numbers, plates; no injuries",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Recoveries <recoveries@brightwater-insurance.example>",
        subject="Your insured Colin Prentice / our claim 88-KS-0601",
        date="Fri, 23 Oct 2026 14:18:40 +0200",
        body="Hello,\n\nyour insured Mr Colin Prentice (UK reg. LK19 XFP) rear-ended our insured's car DD-RM 550 "
             "on the A4 near Wilsdruff on 03/10/2026. Nobody was hurt. Repair cost EUR 4,212.80, we ask for "
             "reimbursement. Our ref 88-KS-0601.\n\nBest regards\nMarco Ulbrich\n")


def m045():
    return mk(45, label="NORMAL", lang="de", kind="newsletter",
        reason="trap: staff newsletter with back-health courses and blood donation, no person",
        frm="Elbtal intern <intern@elbtal-versicherung.example>",
        to="alle@elbtal-versicherung.example",
        subject="Elbtal intern kompakt – KW 44",
        date="Mon, 26 Oct 2026 07:00:00 +0100",
        body="ELBTAL INTERN KOMPAKT · KW 44\n\n"
             "+ Blutspende im Haus: Do 29.10., 9–15 Uhr, Konferenzraum Elbe. Anmeldung über das Intranet.\n"
             "+ Rückenfit: neuer Kurs der Betriebssportgruppe ab 3.11., dienstags 17 Uhr.\n"
             "+ Grippeimpfung beim Betriebsärztlichen Dienst: Termine noch frei am 4. und 5.11.\n"
             "+ Kantine: ab Montag vegane Linie auch abends.\n\nEure Unternehmenskommunikation\n")


def m046():
    return mk(46, label="NORMAL", lang="en", kind="newsletter",
        reason="trap: broker bulletin about dental tariff and orthodontics cover",
        frm="Elbtal Broker Bulletin <bulletin@elbtal-versicherung.example>",
        to="broker-list-en@elbtal-versicherung.example",
        subject="Broker bulletin: ZahnPlus now covers orthodontics for adults",
        date="Mon, 26 Oct 2026 08:30:00 +0100",
        body="ZahnPlus 100 - what's new from 1 January\n\n"
             "- Adult orthodontics (aligners) up to EUR 1,500 per treatment when medically indicated\n"
             "- Implants: no annual cap after year 4\n- Commission unchanged\n\n"
             "Sales material: https://makler.elbtal-versicherung.example/zahn\n")


def m047():
    return mk(47, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="chat transcript mailed to team box: named customer's care grade and dementia diagnosis",
        frm="Doreen Franke <doreen.franke@elbtal-versicherung.example>",
        to="team-pflege@elbtal-versicherung.example",
        subject="Chatverlauf Baumann zur Akte",
        date="Mon, 26 Oct 2026 10:41:12 +0100",
        body="zur Akte PT 7720-118\n\n"
             "[09:58] Doreen Franke: Hr. Baumann (Vater von der Tochter, die immer anruft) hat jetzt Pflegegrad 3\n"
             "[09:58] Doreen Franke: Gutachten vom MD kam heute, Demenz mittelgradig + Sturzneigung\n"
             "[10:01] Ronny Graf: ok, dann Pflegetagegeld ab 01.09. neu berechnen? 60 % von 50 €\n"
             "[10:02] Doreen Franke: ja, rückwirkend. machst du die Zahlung?\n"
             "[10:02] Ronny Graf: 👍\n")


def m048():
    return mk(48, label="NORMAL", lang="de+en", kind="internal",
        reason="trap: chat transcript about a training on new GOÄ numbers, no person",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="Chat: Schulung GOÄneu",
        date="Mon, 26 Oct 2026 13:15:20 +0100",
        body="[13:02] Sabine Hentschel: wer geht Mittwoch zur Schulung GOÄneu?\n"
             "[13:03] Kevin Lorenz: me, aber nur bis 12, dann hab ich den Termin mit dem Dienstleister\n"
             "[13:04] Ulrike Stamm: ich auch. kann jemand die slides danach in den Teams-Ordner legen?\n"
             "[13:04] Sabine Hentschel: will do. Thema u.a. neue Analogziffern und Steigerungsfaktoren\n")


def m049():
    return mk(49, label="NORMAL", lang="en", kind="internal",
        reason="chat about a broken coffee machine",
        frm="Claire Donovan <claire.donovan@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="chat log",
        date="Mon, 26 Oct 2026 15:02:48 +0100",
        body="[14:55] Claire Donovan: coffee machine 4th floor broken again\n"
             "[14:56] Priya Natarajan: ticket raised, they come tomorrow\n"
             "[14:56] Claire Donovan: 3rd floor it is then\n")


def m050():
    return mk(50, label="CONFIDENTIAL", lang="en", kind="internal",
        reason="chat handover: named home-insurance customer, claim number and his UK IBAN",
        frm="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        to="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        subject="can you handle Hargreaves?",
        date="Tue, 27 Oct 2026 09:20:31 +0100",
        body="[09:14] Priya Natarajan: can you handle the Hargreaves home claim? burst pipe, HO-26-22019\n"
             "[09:15] Priya Natarajan: he speaks english only, wants the payout to his UK account "
             "GB50 ELBX 4011 2233 4455 66\n"
             "[09:17] Mareike Vogt: sure, send me the file\n")


def m051():
    return mk(51, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="employee's own sick note with the illness named (health data of an identifiable colleague)",
        frm="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        to="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        subject="heute nicht da",
        date="Tue, 27 Oct 2026 06:51:09 +0100",
        body="Morgen Marco, mich hat Magen-Darm erwischt, bin krankgeschrieben bis Do. Kannst du bitte das "
             "Kfz-Postfach mit übernehmen? Danke!! Jana\n\nVon meinem iPhone gesendet\n")


def m052():
    return mk(52, label="NORMAL", lang="de", kind="internal",
        reason="look-alike of a sick note: colleague works from home",
        frm="Olaf Brückner <olaf.brueckner@elbtal-versicherung.example>",
        to="team-haftpflicht@elbtal-versicherung.example",
        subject="HO",
        date="Tue, 27 Oct 2026 07:33:50 +0100",
        body="bin heute im Homeoffice, über Teams erreichbar. Olaf\n")


def m053():
    return mk(53, label="NORMAL", lang="en", kind="internal",
        reason="trap: colleague's absence announced without any reason",
        frm="Claire Donovan <claire.donovan@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="Katja out till Friday",
        date="Tue, 27 Oct 2026 08:05:14 +0100",
        body="Katja Kunze is out until Friday. Her deputy for provider invoices is Priya. Thanks, C.\n")


def m054():
    return mk(54, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="insurance confirmation number (eVB) for a named customer's car registration",
        frm="Kfz-Service Elbtal <kfz-service@elbtal-versicherung.example>",
        to="Lea Brauer <lea.brauer@web-mail.example>",
        subject="Ihre eVB",
        date="Tue, 27 Oct 2026 10:27:45 +0100",
        body="Hallo Frau Brauer,\n\nIhre eVB-Nummer für die Zulassung des Skoda Fabia: A7K3M9P "
             "(gültig bis 30.11.2026). Vertrag KF-611-208-77.\n\nIhr Kfz-Service\n")


def m055():
    return mk(55, label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="body says only 'Attached.'; premium invoice PDF with address, policy number and IBAN for direct debit",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="Tom Ashcroft <tom.ashcroft@inbox.example>",
        subject="Re: receipt",
        date="Tue, 27 Oct 2026 14:49:02 +0100",
        irt="<c7710.ashcroft@inbox.example>",
        body="Attached.\n\nMareike Vogt\n",
        atts=[("Premium_invoice_2027.pdf", "pdf", pdf([
            "Elbtal Versicherung AG - Premium invoice 2027",
            "",
            "Mr Tom Ashcroft, Rietschelstr. 11, 01069 Dresden",
            "Home contents insurance, policy HR 52-118-306",
            "Sum insured: EUR 65,000",
            "Annual premium: EUR 148.20 incl. 19 % insurance tax",
            "Direct debit on 01/01/2027 from IBAN DE38 8709 6214 0004 4172 90",
            "Mandate reference ELB-HR52118306"]))])


def m056():
    return mk(56, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="body 'See below.'; quoted customer mail on whiplash, physiotherapy and neck collar (accident)",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Benedikt Ruhland <b.ruhland@proton-mail.example>",
        subject="Re: accident claim",
        date="Wed, 28 Oct 2026 09:55:40 +0100",
        body="See below.\n\nA. Seifert\n\nOn Tue, 27 Oct 2026 at 20:12, Benedikt Ruhland wrote:\n"
             "> Dear Ms Seifert,\n>\n> following up on my accident of 2 October (policy UV 6610-402-17): the "
             "MRI showed a\n> distortion of the cervical spine (whiplash, S13.4). I wore a neck collar for 10\n"
             "> days and have physiotherapy twice a week until mid-November. I still get headaches\n"
             "> and dizziness when I turn my head. Is this enough for the hospital daily benefit\n"
             "> and the recovery benefit? I was in hospital for 2 nights.\n>\n> Regards, Benedikt Ruhland\n"
             "\n[Ms Seifert's answers:]\n"
             "- hospital daily benefit: yes, 2 days x EUR 40, paid\n"
             "- recovery benefit: requires 5 days inpatient, so no\n")


def m057():
    return mk(57, label="NORMAL", lang="en", kind="insurer-to-prospect",
        reason="trap: 'see below' above a general question on pre-existing conditions, no personal health data",
        frm="Elbtal Travel <travel@elbtal-versicherung.example>",
        to="Jacob Thornbury <j.thornbury@mailbox.example>",
        subject="Re: pre-existing conditions",
        date="Wed, 28 Oct 2026 11:07:33 +0100",
        body="Hi Mr Thornbury, see below. Best, Elbtal Travel\n\n"
             "> In general, does your annual travel medical policy cover pre-existing conditions?\n\n"
             "Our annual travel health policy covers acute worsening of a known condition if it was "
             "stable for the six months before departure (no change in medication, no planned treatment). "
             "Trips undertaken in order to receive treatment are excluded. There are no health questions "
             "for travellers up to 69.\n")


def m058():
    return mk(58, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="content only in the subject: named customer's buildings policy cancellation confirmed",
        frm="Vertragsservice Elbtal <vertragsservice@elbtal-versicherung.example>",
        to="Hans-Peter Wirth <hp.wirth@t-netz.example>",
        subject="Kündigung Wohngebäude WG-3391-0027 (Am Weinberg 3, Meißen) zum 01.01.2027 bestätigt",
        date="Wed, 28 Oct 2026 12:00:09 +0100",
        body="")


def m059():
    return mk(59, label="NORMAL", lang="de", kind="system",
        reason="trap: calendar reminder for a company health day, ICS attached",
        frm="Kalender <kalender-noreply@elbtal-versicherung.example>",
        to="alle@elbtal-versicherung.example",
        subject="Erinnerung: Gesundheitstag Kantine 10–14 Uhr",
        date="Thu, 29 Oct 2026 07:00:00 +0100",
        body="Erinnerung: Gesundheitstag – Do 05.11.2026, 10:00–14:00, Kantine Gebäude A\n",
        atts=[("gesundheitstag.ics", "ics",
               "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Elbtal//Kalender//DE\nMETHOD:PUBLISH\nBEGIN:VEVENT\n"
               "UID:gesundheitstag-2026@elbtal-versicherung.example\nDTSTAMP:20261029T060000Z\n"
               "DTSTART:20261105T090000Z\nDTEND:20261105T130000Z\nSUMMARY:Gesundheitstag\n"
               "LOCATION:Kantine Gebäude A\nDESCRIPTION:Blutzucker- und Blutdruckmessung\\, Hautscreening\\, "
               "Ergonomie-Beratung. Anonym und freiwillig.\nEND:VEVENT\nEND:VCALENDAR\n")])


def m060():
    return mk(60, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="calendar invitation (ICS): care-level assessment of a named insured at home",
        frm="Doreen Franke <doreen.franke@elbtal-versicherung.example>",
        to="team-pflege@elbtal-versicherung.example",
        subject="Einladung: Begutachtung PG Claus",
        date="Thu, 29 Oct 2026 09:30:12 +0100",
        body="Termin steht.\n",
        atts=[("invite.ics", "ics",
               "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Elbtal//Kalender//DE\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
               "UID:pg-claus-7720@elbtal-versicherung.example\nDTSTAMP:20261029T083000Z\n"
               "DTSTART:20261110T090000Z\nDTEND:20261110T103000Z\n"
               "SUMMARY:Begutachtung Pflegegrad - Winfried Claus (PT 7720-231)\n"
               "LOCATION:Wohnung Claus\\, Tolkewitzer Str. 52\\, 01279 Dresden\n"
               "DESCRIPTION:Höherstufungsantrag nach Schlaganfall (I63.5)\\, Gutachterin Fr. Maas. "
               "Tochter anwesend.\nORGANIZER:mailto:doreen.franke@elbtal-versicherung.example\n"
               "END:VEVENT\nEND:VCALENDAR\n")])


def m061():
    return mk(61, label="CONFIDENTIAL", lang="de", kind="system",
        reason="calendar invitation: inspection of water damage at a named family's address with claim number",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="Gutachterbüro Seidel <termine@sv-seidel.example>",
        subject="Einladung: Besichtigung WG-26-4410 Reuter",
        date="Thu, 29 Oct 2026 11:14:37 +0100",
        body="",
        atts=[("termin.ics", "ics",
               "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Elbtal//Kalender//DE\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
               "UID:wg-26-4410@elbtal-versicherung.example\nDTSTAMP:20261029T101400Z\n"
               "DTSTART:20261103T130000Z\nDTEND:20261103T140000Z\n"
               "SUMMARY:Besichtigung Leitungswasserschaden WG-26-4410\n"
               "LOCATION:Fam. Reuter\\, Lindenallee 8\\, 01465 Langebrück\n"
               "DESCRIPTION:Wohngebäude WG-2207-1183. Ansprechpartnerin Carmen Reuter 0173 2208814. "
               "Schaden Bad OG\\, Estrich durchfeuchtet.\nEND:VEVENT\nEND:VCALENDAR\n")])


def m062():
    return mk(62, label="NORMAL", lang="en", kind="system",
        reason="trap: meeting invitation 'claims ratio review - health portfolio', no person",
        frm="Calendar <calendar-noreply@elbtal-versicherung.example>",
        to="health-controlling@elbtal-versicherung.example",
        subject="Invitation: Quarterly claims ratio review - health portfolio",
        date="Thu, 29 Oct 2026 15:20:00 +0100",
        body="You have been invited. Agenda: medical expense ratio by tariff, hospital cost trend, "
             "dental, outlook 2027.\n",
        atts=[("invite.ics", "ics",
               "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Elbtal//Calendar//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
               "UID:q4-ratio-review@elbtal-versicherung.example\nDTSTAMP:20261029T142000Z\n"
               "DTSTART:20261112T130000Z\nDTEND:20261112T150000Z\n"
               "SUMMARY:Quarterly claims ratio review - health portfolio\nLOCATION:Room Elbe / Teams\n"
               "END:VEVENT\nEND:VCALENDAR\n")])


def m063():
    return mk(63, label="STRICTLY_CONFIDENTIAL", lang="en", kind="customer",
        reason="forward without comment (message/rfc822): member's pregnancy scan invoice",
        frm="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        to="intl-health-claims@elbtal-versicherung.example",
        subject="Fwd: invoice",
        date="Fri, 30 Oct 2026 08:48:21 +0100",
        body="",
        fwd=inner("Sofia Marchetti <sofia.marchetti@posta-web.example>",
                  "intl-health@elbtal-versicherung.example",
                  "invoice", "Thu, 29 Oct 2026 18:02:55 +0100", "<b9e1.marchetti@posta-web.example>",
                  body="Hello, attached is the bill for my 20-week anomaly scan and the glucose test "
                       "(Clinica Santa Chiara, EUR 340). Member number E-H 40 11 83 2. Thank you!\n"
                       "Sofia\n\nInviato da iPhone\n"))


def m064():
    return mk(64, label="NORMAL", lang="de", kind="internal",
        reason="trap: forwarded supplier mail about shredding of health claim files, no person",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="WG: Abholung Aktenvernichtung 05.11.",
        date="Fri, 30 Oct 2026 10:02:17 +0100",
        body="",
        fwd=inner("Disposition <dispo@aktenwolf-entsorgung.example>",
                  "Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
                  "Abholung Aktenvernichtung 05.11.", "Thu, 29 Oct 2026 16:40:00 +0100",
                  "<dispo-2026-1103@aktenwolf-entsorgung.example>",
                  body="Sehr geehrte Frau Hentschel,\n\nwir bestätigen die Abholung von 12 Sicherheitsbehältern "
                       "(Leistungsakten Kranken, Arztrechnungen Jahrgänge 2014–2016) am 05.11. ab 7:30 Uhr. "
                       "Vernichtung nach DIN 66399, Sicherheitsstufe P-4, Schutzklasse 3. Das "
                       "Vernichtungsprotokoll erhalten Sie binnen 3 Werktagen.\n\n"
                       "Mit freundlichen Grüßen\nAktenwolf Entsorgung GmbH, Disposition\n"))


def m065():
    return mk(65, label="CONFIDENTIAL", lang="de", kind="customer",
        reason="customer's bicycle-theft message forwarded: name, policy, frame number, police file number",
        frm="Kundenservice Elbtal <service@elbtal-versicherung.example>",
        to="sach-schaden@elbtal-versicherung.example",
        subject="WG: Fahrrad geklaut!!",
        date="Fri, 30 Oct 2026 11:19:44 +0100",
        body="zK\n\n> Von: Jonas Fleischer <jonas.fl@kabelpost.example>\n> Gesendet: 30.10.2026 07:52\n"
             "> Betreff: Fahrrad geklaut!!\n>\n"
             "> moin, mein e-bike (Cube Kathmandu, Rahmennr. WCU4021187K) ist gestern abend vorm bahnhof\n"
             "> neustadt geklaut worden, trotz schloss. anzeige ist gemacht, vorgangsnr 2026/118422.\n"
             "> hausrat mit fahrradklausel hab ich bei euch, HR 47-003-915. was brauch ich noch?\n"
             "> jonas\n")


def m066():
    return mk(66, label="NORMAL", lang="en", kind="system",
        reason="generic auto-acknowledgement without any case detail",
        frm="Elbtal Customer Service <service-noreply@elbtal-versicherung.example>",
        to="r.mcallister@inbox.example",
        subject="We have received your message",
        date="Fri, 30 Oct 2026 12:44:09 +0100",
        headers=[("Auto-Submitted", "auto-replied")],
        body="Thank you for contacting Elbtal. We have received your message and will reply within two "
             "working days. Please do not reply to this email.\n")


def m067():
    return mk(67, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="ticket notification to a customer (HTML-only): cost approval for hearing aids",
        frm="Elbtal Krankenversicherung <noreply@elbtal-versicherung.example>",
        to="Gisela Thamm <gisela.thamm@t-netz.example>",
        subject="[#KV-2026-118842] Ihre Anfrage ist eingegangen",
        date="Fri, 30 Oct 2026 14:07:58 +0100",
        html="<html><body style=\"font-family:Verdana;font-size:12px\"><p>Guten Tag Frau Thamm,</p>"
             "<p>Ihre Anfrage ist eingegangen:</p><table border=\"0\" cellpadding=\"3\">"
             "<tr><td><b>Vorgang</b></td><td>#KV-2026-118842</td></tr>"
             "<tr><td><b>Thema</b></td><td>Kostenübernahme Hörgeräte beidseitig (Kostenvoranschlag "
             "Hörakustik Bunge, 3.480 EUR)</td></tr>"
             "<tr><td><b>Vertrag</b></td><td>KV 310 552 9</td></tr>"
             "<tr><td><b>Status</b></td><td>in Prüfung</td></tr></table>"
             "<p>Bitte antworten Sie nicht auf diese E-Mail.</p><p>Ihre Elbtal Krankenversicherung</p>"
             "</body></html>")


def m068():
    return mk(68, label="CONFIDENTIAL", lang="de", kind="system",
        reason="ticket notification to a customer (HTML-only): household burglary, list of stolen goods received",
        frm="Elbtal Versicherung <noreply@elbtal-versicherung.example>",
        to="Dominik Rehn <dominik.rehn@web-mail.example>",
        subject="[#HR-2026-03317] Status: Unterlagen erhalten",
        date="Fri, 30 Oct 2026 14:12:31 +0100",
        html="<html><body><p>Guten Tag Herr Rehn,</p><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">"
             "<tr><td>Vorgang</td><td>#HR-2026-03317</td></tr>"
             "<tr><td>Schadenart</td><td>Einbruchdiebstahl Hausrat, 24.10.2026</td></tr>"
             "<tr><td>Eingang</td><td>Stehlgutliste (Laptop, Kamera, Schmuck), Anzeige Polizeirevier Dresden-Nord</td></tr>"
             "<tr><td>Nächster Schritt</td><td>Prüfung der Belege, Sie hören in 10 Tagen von uns</td></tr>"
             "</table><p>Ihre Elbtal Versicherung</p></body></html>")


def m069():
    return mk(69, label="NORMAL", lang="en", kind="system",
        reason="trap: IT ticket about uploads of doctors' invoices failing, no person",
        frm="Elbtal Service Desk <servicedesk@elbtal-versicherung.example>",
        to="portal-team@elbtal-versicherung.example",
        subject="[IT-77120] Customer portal: upload of doctor's invoices > 10 MB fails",
        date="Mon, 02 Nov 2026 08:11:26 +0100",
        body="Ticket IT-77120 - new\nService: Customer portal / document upload\n"
             "Description: uploads of PDF scans (doctors' invoices, prescriptions) larger than 10 MB end with "
             "HTTP 413. 57 failed uploads since Saturday according to the gateway log. Please raise the limit "
             "to 25 MB like in the app.\nReporter: Nico Schramm\n")


def m070():
    return mk(70, label="NORMAL", lang="en", kind="system",
        reason="trap: Jira notification with fictitious test persona and diagnosis field names",
        frm="Jira <jira-noreply@elbtal-versicherung.example>",
        to="Kevin Lorenz <kevin.lorenz@elbtal-versicherung.example>",
        subject="[JIRA] (CLM-2291) Rename field icd_primary to diagnosis_primary",
        date="Mon, 02 Nov 2026 09:40:02 +0100",
        body="Nico Schramm updated CLM-2291:\n\nStatus: In Review\n\nComment: test case TC-17 uses the "
             "fictitious insured 'Max Mustermann (TEST)', born 01.01.1970, policy KV-TEST-000001, diagnosis "
             "J06.9 (dummy). Field renamed in API v3, old name kept as alias until 2027.\n",
        html="<html><body><p>Nico Schramm updated <a href=\"https://jira.elbtal-versicherung.example/browse/CLM-2291\">"
             "CLM-2291</a></p><p>Status: <b>In Review</b></p><p>Comment: test case TC-17 uses the fictitious insured "
             "'Max Mustermann (TEST)', born 01.01.1970, policy KV-TEST-000001, diagnosis J06.9 (dummy). Field renamed in "
             "API v3, old name kept as alias until 2027.</p></body></html>")


def m071():
    return mk(71, label="STRICTLY_CONFIDENTIAL", lang="en", kind="system",
        reason="Jira bug report with a real customer's name, birth date and cancer ICD code pasted in",
        frm="Jira <jira-noreply@elbtal-versicherung.example>",
        to="claims-systems@elbtal-versicherung.example",
        subject="[JIRA] (CLM-2304) Claim duplicated after re-scan",
        date="Mon, 02 Nov 2026 11:02:54 +0100",
        body="Kevin Lorenz created CLM-2304:\n\nPriority: High\n\nDescription: claim for Eleanor Whitcombe "
             "(DOB 1954-08-19, policy KV 305 991 4) was created twice after the re-scan on 30/10, both "
             "with primary diagnosis C50.4 L and the chemotherapy invoice of Uniklinik Dresden, so the "
             "customer got paid twice (EUR 6,812.40). Please fix and reverse one payment.\n",
        html="<html><body><p>Kevin Lorenz created <b>CLM-2304</b></p><p>Priority: High</p>"
             "<p>Description: claim for Eleanor Whitcombe (DOB 1954-08-19, policy KV 305 991 4) was created twice "
             "after the re-scan on 30/10, both with primary diagnosis C50.4 L and the chemotherapy invoice of "
             "Uniklinik Dresden, so the customer got paid twice (EUR 6,812.40). Please fix and reverse one "
             "payment.</p></body></html>")


def m072():
    return mk(72, label="CONFIDENTIAL", lang="de", kind="internal",
        reason="handover: named motor customer, policy number and phone number",
        frm="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        to="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        subject="kannst du übernehmen?",
        date="Mon, 02 Nov 2026 13:20:41 +0100",
        body="Hr. Tietz ruft wegen der Beitragserhöhung Kfz an (VS KF-448812-3, neue Regionalklasse), "
             "Rückruf bitte heute noch 0351 4410 228. Ich muss los. J.\n")


def m073():
    return mk(73, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="life insurance death claim of a named insured, widow asks about payout",
        frm="Ines Riedel <ines.riedel@elbtal-versicherung.example>",
        to="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        subject="kannst du übernehmen? LV 77-2201198",
        date="Mon, 02 Nov 2026 15:48:03 +0100",
        body="Todesfallmeldung LV 77-2201198 (Herbert Quaas, verst. 24.10.), die Witwe ruft täglich wegen "
             "der Auszahlung an. Sterbeurkunde ist da, Bezugsrecht Ehefrau. Ich bin ab morgen im Urlaub.\nInes\n")


def m074():
    return mk(74, label="NORMAL", lang="en", kind="internal",
        reason="trap: statistics of accident claims by body part for a board paper, aggregated",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Felix Hartung <felix.hartung@elbtal-versicherung.example>",
        subject="can you take over? board paper accident stats",
        date="Tue, 03 Nov 2026 08:30:15 +0100",
        body="Felix, can you take over the board paper? Only the table is missing: new accident claims "
             "2026 by body part (hand/wrist 24 %, knee 19 %, shoulder 14 %, ankle 12 %, head 9 %, other 22 %), "
             "average disability degree 11.3 %. Numbers are in the shared folder. Thx, Anke\n")


def m075():
    return mk(75, label="NORMAL", lang="de", kind="internal",
        reason="shift swap",
        frm="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        to="Kevin Lorenz <kevin.lorenz@elbtal-versicherung.example>",
        subject="Telefonschicht Fr",
        date="Tue, 03 Nov 2026 09:02:27 +0100",
        body="kannst du übernehmen? Telefonschicht Fr 14–16. Ich nehm dafür deinen Di. LG Ulli\n")


def m076():
    return mk(76, label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="pet insurance: named customer's dog's vet bill reimbursed (animal health = confidential)",
        frm="Elbtal Pet <pet@elbtal-versicherung.example>",
        to="Olivia Grant <olivia.grant@inbox.example>",
        subject="Re: Bello vet bill",
        date="Tue, 03 Nov 2026 10:45:10 +0100",
        body="Hi Ms Grant, paid: EUR 312.40 for Bello's dental cleaning and x-ray, ref PET-26-0912.\n"
             "Kind regards, Elbtal Pet\n")


def m077():
    return mk(77, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="dental treatment plan for an implant of a named customer approved",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="Elif Yilmaz <elif.yilmaz@web-mail.example>",
        subject="HKP",
        date="Tue, 03 Nov 2026 13:33:52 +0100",
        body="Hallo Frau Yilmaz, der HKP für das Implantat regio 36 ist freigegeben, Erstattung 2.140 €. "
             "Gruß Hentschel\n")


def m078():
    return mk(78, label="NORMAL", lang="de", kind="internal",
        reason="trap: forwarded newsletter on ICD-10-GM 2027 changes, no person",
        frm="Dr. Ralf Wendisch <ralf.wendisch@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="WG: ICD-10-GM 2027 – die wichtigsten Änderungen",
        date="Tue, 03 Nov 2026 16:10:00 +0100",
        body="\n\n-------- Weitergeleitete Nachricht --------\n"
             "Von: Newsletter Kodierpraxis <news@kodierpraxis.example>\n"
             "Betreff: ICD-10-GM 2027 – die wichtigsten Änderungen\n\n"
             "Zum 1. Januar 2027 tritt die neue ICD-10-GM in Kraft. Die wichtigsten Änderungen:\n"
             "- Neue Schlüsselnummern für Long-COVID-Folgezustände (U09.-) mit Differenzierung nach Organsystem\n"
             "- E11.- Typ-2-Diabetes: neue fünfte Stelle für Insulinpflicht\n"
             "- F43.8-: präzisere Kodierung von Anpassungsstörungen\n"
             "- Streichung mehrerer Resteklassen in Kapitel M\n\n"
             "Die Überleitungstabelle finden Sie im Downloadbereich.\n")


def m079():
    return mk(79, label="NORMAL", lang="en", kind="internal",
        reason="trap: 'see below' above a KPI digest of hospital stays by region, aggregates only",
        frm="Claire Donovan <claire.donovan@elbtal-versicherung.example>",
        to="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        subject="FW: Monthly KPI digest - International Health",
        date="Wed, 04 Nov 2026 08:57:31 +0100",
        body="see below - can you use this for Thursday?\n\n"
             "From: BI Reporting <bi-reporting@elbtal-versicherung.example>\nSent: 03 November 2026 06:00\n"
             "Subject: Monthly KPI digest - International Health\n\n"
             "October 2026\n"
             "Inpatient cases: 412 (Sep 388)\nAverage length of stay: 3.9 days\n"
             "  Asia-Pacific 3.4 | Middle East 4.6 | Europe 4.1 | Americas 3.2\n"
             "Average cost per inpatient case: EUR 7,940\nTop 3 case groups: maternity, orthopaedics, "
             "cardiology\nGOP issued within 4 hours: 91.2 %\nClaims paid within 10 days: 86.5 %\n"
             "Complaints: 7\n")


def m080():
    return mk(80, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="daily sickness allowance paid to a named customer, new certificate of incapacity asked for",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="Marcel Göbel <m.goebel@freemail.example>",
        subject="AW: KTG",
        date="Wed, 04 Nov 2026 10:20:46 +0100",
        body="Zahlung bis 14.11. ist angewiesen, danach bitte neue AU schicken. Gruß Hentschel\n\n"
             "Am 03.11.2026 um 19:40 schrieb Marcel Göbel:\n"
             "> wann kommt das krankentagegeld für oktober? bin immer noch krankgeschrieben.\n"
             "> KT 118-220-4\n")


def m081():
    return mk(81, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="liability claim of a named customer (neighbour's glasses broken as property, no injury)",
        frm="Olaf Brückner <olaf.brueckner@elbtal-versicherung.example>",
        to="Katrin Oehme <katrin.oehme@t-netz.example>",
        subject="AW: Schaden Brille Nachbar",
        date="Wed, 04 Nov 2026 14:05:19 +0100",
        body="Hallo Frau Oehme,\n\nerledigt: 289,00 € gehen direkt an Ihren Nachbarn (Zeitwert der Brille, die Ihr Sohn "
             "beim Fußballspielen getroffen hat). Verletzt wurde ja niemand. PHV 5520-118-03, Schaden 26-HP-07731.\n\n"
             "Viele Grüße\nOlaf Brückner\n")


def m082():
    return mk(82, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="trip cancellation accepted because of the customer's mother's hospital stay (health of a relative)",
        frm="Elbtal Travel <travel@elbtal-versicherung.example>",
        to="Rebecca Lindqvist <rebecca.lindqvist@mailbox.example>",
        subject="Re: trip cancellation TC-26-3381",
        date="Thu, 05 Nov 2026 09:34:22 +0100",
        body="Dear Ms Lindqvist,\n\napproved - the doctor's certificate about your mother's stroke and hospital "
             "stay is accepted as the reason for cancelling. We pay the cancellation fee of EUR 1,860 less the "
             "EUR 100 excess.\n\nElbtal Travel\n")


def m083():
    return mk(83, label="CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="trip cancellation due to job loss accepted for a named customer; no health content",
        frm="Elbtal Travel <travel@elbtal-versicherung.example>",
        to="Kieran Doyle <kieran.doyle@inbox.example>",
        subject="Re: cancellation TC-26-3402",
        date="Thu, 05 Nov 2026 09:51:47 +0100",
        body="Hi Mr Doyle, cancellation due to your redundancy notice accepted, EUR 1,120 will be transferred this week. "
             "Elbtal Travel\n\nSent from Elbtal Mobile\n")


def m084():
    return mk(84, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="legal-expenses cover for a named customer's tenancy dispute",
        frm="Rechtsschutz Elbtal <rechtsschutz@elbtal-versicherung.example>",
        to="Detlef Saupe <detlef.saupe@web-mail.example>",
        subject="Deckungszusage Mietsache",
        date="Thu, 05 Nov 2026 11:10:30 +0100",
        body="Guten Tag Herr Saupe,\n\nfür Ihren Streit mit dem Vermieter wegen der Nebenkostenabrechnung 2025 "
             "besteht Deckung, Az. RS-26-3471. Sie können Ihre Anwältin beauftragen.\n\nMit freundlichen Grüßen\n"
             "Ihr Rechtsschutz-Team\n")


def m085():
    return mk(85, label="CONFIDENTIAL", lang="de", kind="broker",
        reason="broker one-liner forwarded: named customer's new IBAN for several contracts",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="beitragsservice@elbtal-versicherung.example",
        subject="WG: BV Sperling",
        date="Thu, 05 Nov 2026 13:26:03 +0100",
        body="bitte umsetzen, danke\n\n-----Original Message-----\nFrom: Kästner Versicherungsmakler "
             "<info@kaestner-makler.example>\nSent: Thursday, November 5, 2026 1:02 PM\nSubject: BV Sperling\n\n"
             "Kunde Rainer Sperling, neue Bankverbindung für alle Verträge (Kfz KF-390-117-02, Hausrat HR 39-118-004): "
             "DE72 3002 0913 7712 0033 18. SEPA-Mandat liegt uns vor.\n\nMfG Kästner\n")


def m086():
    return mk(86, label="STRICTLY_CONFIDENTIAL", lang="de", kind="broker",
        reason="broker reports accident of a named customer: broken finger while playing handball",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="unfall@elbtal-versicherung.example",
        subject="WG: Unfall Reimann",
        date="Thu, 05 Nov 2026 15:00:48 +0100",
        body="\n\n> Kundin Frau Nicole Reimann (UV 6602-771-09), Finger gebrochen beim Handball am Sonntag, "
             "Mittelhand rechts, ist eingegipst. Unfallanzeige folgt.\n> Gruß Kühnel\n> Von meinem iPhone gesendet\n")


def m087():
    return mk(87, label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="trap: webinar invitation on mental-health questions in disability underwriting",
        frm="Elbtal Broker Academy <academy@elbtal-versicherung.example>",
        to="broker-list-en@elbtal-versicherung.example",
        subject="Reminder: webinar Thursday 10:00 - mental health questions in DI applications",
        date="Fri, 06 Nov 2026 08:00:00 +0100",
        body="Reminder: Thursday 12 Nov, 10:00-11:00 CET.\nTopics: how we ask about psychotherapy in the last 5 years, "
             "what 'burnout' means for underwriting, exclusions vs. loadings, anonymous pre-checks.\n"
             "Join: https://academy.elbtal-versicherung.example/webinar/di-mh\n")


def m088():
    return mk(88, label="NORMAL", lang="en", kind="insurer-to-broker",
        reason="office closing days",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="Marloes Vink <m.vink@northsea-brokers.example>",
        subject="closed 24 Dec",
        date="Fri, 06 Nov 2026 10:12:18 +0100",
        body="Hi Marloes, just so you know - we're closed on 24 and 31 Dec. Steffen\n")


def m089():
    return mk(89, label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="fleet loss ratio with a named driver's three claims; CSV (windows-1252) lists drivers and plates",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Fuhrpark Gruner Logistik <fuhrpark@gruner-logistik.example>",
        subject="Fleet 2026 - loss ratio",
        date="Fri, 06 Nov 2026 13:40:55 +0100",
        body="Hello Ms Wendler,\n\nfleet loss ratio 2026 so far: 64 %. Mr Ronny Gruner alone had 3 claims - maybe a driver "
             "training? List attached.\n\nRegards\nMarco Ulbrich\n",
        atts=[("claims_fleet_2026.csv", "text/csv",
               "Datum;Kennzeichen;Fahrer;Schadenart;Aufwand EUR\n"
               "14.01.2026;PIR-GL 101;Ronny Gruner;Rangierschaden;1.840,00\n"
               "02.03.2026;PIR-GL 104;Jörg Weißflog;Glasbruch;612,50\n"
               "19.05.2026;PIR-GL 101;Ronny Gruner;Auffahrunfall, keine Verletzten;5.210,00\n"
               "30.08.2026;PIR-GL 107;Sören Matthäi;Wildschaden;2.330,00\n"
               "11.10.2026;PIR-GL 101;Ronny Gruner;Parkschaden;980,00\n", "windows-1252")])


def m090():
    return mk(90, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-company",
        reason="group accident insurance: accident and shoulder injury of a named employee, to the employer's HR",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Personal Holzbau Richter <personal@holzbau-richter.example>",
        subject="Gruppen-UV 8801-22 / Meldung Aksoy",
        date="Fri, 06 Nov 2026 15:22:37 +0100",
        body="Guten Tag Frau Linke,\n\nUnfallmeldung zu Ihrem Mitarbeiter Herrn Baran Aksoy (Sturz von der Leiter am 28.10., "
             "Schulterluxation links) ist eingegangen. Wir melden uns nach Eingang des D-Arzt-Berichts.\n\n"
             "Freundliche Grüße\nAnke Seifert\n")


def m091():
    return mk(91, label="NORMAL", lang="de", kind="insurer-to-company",
        reason="trap: group health (bKV) offer with budget tariff text, no employee data",
        frm="Firmenkunden Elbtal <firmenkunden@elbtal-versicherung.example>",
        to="Geschäftsführung <gf@druckerei-vetter.example>",
        subject="Angebot bKV",
        date="Mon, 09 Nov 2026 09:05:44 +0100",
        body="Sehr geehrter Herr Vetter,\n\nwie besprochen kurz die Eckdaten: Budgettarif 600 € je Mitarbeiter und Jahr "
             "für Vorsorge, Brille, Zahnersatz und Heilpraktiker, ohne Gesundheitsprüfung ab 10 Mitarbeitenden, "
             "Beitrag 23,50 € mtl. je Person. Angebot schicke ich bis Freitag.\n\nMit freundlichen Grüßen\n"
             "Carsten Weigel\nFirmenkunden\n")


def m092():
    return mk(92, label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="D&O notice of circumstances concerning a named director",
        frm="Financial Lines <financial-lines@elbtal-versicherung.example>",
        to="Legal Department <legal@saxtronic-ag.example>",
        subject="DO-2210 notice of circumstances received",
        date="Mon, 09 Nov 2026 11:30:02 +0100",
        body="Dear Mr Brenner,\n\nwe confirm receipt of your notice of circumstances under D&O policy DO-2210 regarding "
             "potential claims against your CFO Ms Anja Krüger (supplier contract Taiwan). File no. FL-26-0077.\n\n"
             "Kind regards\nFinancial Lines\n")


def m093():
    return mk(93, label="NORMAL", lang="en", kind="insurer-to-partner",
        reason="trap: aggregated medical expense ratio for the external auditor",
        frm="Health Controlling <health-controlling@elbtal-versicherung.example>",
        to="Audit Team <elbtal-audit@kpw-audit.example>",
        subject="PKV ratios 2025",
        date="Mon, 09 Nov 2026 14:15:27 +0100",
        body="As requested: medical expense ratio 2025 full cover 81.4 %, supplementary 63.0 %, long-term care 54.9 %. "
             "Hospital share of benefits 33 %, outpatient 41 %, dental 26 %. Source: annual statement, note 14.\n"
             "Best, Health Controlling\n")


def m094():
    return mk(94, label="CONFIDENTIAL", lang="de", kind="insurer-to-assessor",
        reason="assessor order: named policyholder, address and claim number (hail)",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="Sachverständigenbüro Seidel <auftrag@sv-seidel.example>",
        subject="Auftrag GB-26-7781",
        date="Tue, 10 Nov 2026 08:20:11 +0100",
        body="Bitte Hagelschaden Dach/Wintergarten aufnehmen: VN Peter Lohse, Gartenweg 4, 01445 Radebeul, "
             "Tel. 0351 8301 447, Schaden GB-26-7781. Danke, Vogt\n")


def m095():
    return mk(95, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-therapist",
        reason="request to an occupational therapist for the prescription of a named patient",
        frm="Leistung Kranken <leistung-kranken@elbtal-versicherung.example>",
        to="Ergotherapie am Schillerplatz <praxis@ergo-schillerplatz.example>",
        subject="Verordnung Goldbach",
        date="Tue, 10 Nov 2026 10:41:36 +0100",
        body="Guten Tag, bitte die ärztliche Verordnung für Ihre Patientin Frau Annette Goldbach (Ergotherapie 10x, "
             "Rechnung vom 02.11.) nachreichen. Danke.\nLeistung Kranken, Elbtal\n")


def m096():
    return mk(96, label="STRICTLY_CONFIDENTIAL", lang="en", kind="hospital",
        reason="hospital one-liner forwarded; patient name and discharge only in the subject",
        frm="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        to="intl-health-claims@elbtal-versicherung.example",
        subject="FW: Discharge Mr Hrytsenko - Ward 4B",
        date="Sat, 24 Oct 2026 13:02:19 +0200",
        body="\n\nFrom: Ward 4B Admin <ward4b@riverside-general.example>\nSent: 24 October 2026 12:31\n"
             "Subject: Discharge Mr Hrytsenko - Ward 4B\n\nPatient discharged today, final invoice follows.\n")


def m097():
    return mk(97, label="CONFIDENTIAL", lang="de", kind="lawyer",
        reason="lawyer's statement of claim forwarded: motor liability between named persons, only property damage",
        frm="Olaf Brückner <olaf.brueckner@elbtal-versicherung.example>",
        to="kfz-haftpflicht@elbtal-versicherung.example",
        subject="WG: Sommer ./. Adler – Klageschrift",
        date="Tue, 10 Nov 2026 15:18:50 +0100",
        body="\n\nVon: RAin Petra Ulmer <ulmer@ulmer-recht.example>\nGesendet: Dienstag, 10. November 2026 14:51\n"
             "Betreff: Sommer ./. Adler – Klageschrift\n\nAnbei Klageschrift (AG Dresden, 114 C 2209/26), unsere Mandantin "
             "Frau Ines Sommer gg. Ihren VN Herrn Klaus Adler, Kz. BZ-AD 33. Nur Sachschaden, 6.480,12 €. Frist 3 Wochen.\n"
             "Ulmer\n")


def m098():
    return mk(98, label="NORMAL", lang="en", kind="internal",
        reason="trap: short minutes on backlog of doctors' invoices, numbers only",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="minutes jour fixe 10/11",
        date="Tue, 10 Nov 2026 16:30:00 +0100",
        body="Jour fixe health claims, 10 Nov - short minutes\n"
             "1. Backlog: 1,240 doctors' invoices open (target < 800 by 30 Nov), oldest 9 days\n"
             "2. Hospital invoices: new DRG grouper live on 1 Dec\n"
             "3. Dental treatment plans: 4-eyes principle above EUR 5,000 stays\n"
             "4. Overtime Saturday 14 Nov: 6 volunteers so far\n")


def m099():
    return mk(99, label="NORMAL", lang="de", kind="internal",
        reason="trap: job ad for a medical assistant in the company-doctor service",
        frm="Personal Elbtal <personal@elbtal-versicherung.example>",
        to="Dr. Ralf Wendisch <ralf.wendisch@elbtal-versicherung.example>",
        subject="Stellenanzeige MFA zur Freigabe",
        date="Wed, 11 Nov 2026 08:44:12 +0100",
        body="Hallo Herr Dr. Wendisch, bitte kurz drüberschauen:\n\n"
             "Medizinische Fachangestellte (m/w/d) für unseren Gesellschaftsärztlichen Dienst, Teilzeit 30 Std.\n"
             "Sie bereiten Akten für die Risikoprüfung vor, kodieren Diagnosen nach ICD-10-GM und stimmen "
             "Rückfragen mit Praxen und Kliniken ab. Sie haben eine Ausbildung als MFA und kennen GOÄ und EBM.\n\n"
             "Gruß aus der Personalabteilung\n")


def m100():
    return mk(100, label="NORMAL", lang="en", kind="internal",
        reason="meeting room key",
        frm="Henrik Olsen <henrik.olsen@elbtal-versicherung.example>",
        to="marine-team@elbtal-versicherung.example",
        subject="key",
        date="Wed, 11 Nov 2026 09:10:00 +0100",
        body="key for room Moldau is at reception\n")


def m101():
    return mk(101, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="fax-to-mail: body only fax metadata; hospital discharge letter in a PDF sent as octet-stream",
        frm="Faxserver <fax@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="Fax von 035141880 (2 Seiten)",
        date="Wed, 11 Nov 2026 11:58:03 +0100",
        body="Fax empfangen\nAbsenderkennung: 035141880\nSeiten: 2\nDauer: 00:48\n",
        atts=[("FAX_20261111_115722.bin", "bin", pdf([
            "Staedtisches Klinikum Dresden-Friedrichstadt, Klinik fuer Kardiologie",
            "Entlassungsbrief",
            "Patientin: Gerda Lissner, geb. 07.06.1949",
            "Aufenthalt: 02.11.2026 - 09.11.2026",
            "Diagnosen: I21.4 NSTEMI; I25.13 koronare 3-Gefaess-Erkrankung; E11.90 Diabetes mellitus Typ 2",
            "Therapie: PCI mit 2 DES (RIVA, RCX) am 03.11.2026",
            "Medikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1, Metformin 1000 mg 1-0-1",
            "Kostentraeger: Elbtal Krankenversicherung, KV 301 774 0",
            "Anschlussheilbehandlung beantragt."]))])


def m102():
    return mk(102, label="NORMAL", lang="de", kind="system",
        reason="trap: fax-to-mail with an advertising flyer from a medical supply store, no person",
        frm="Faxserver <fax@elbtal-versicherung.example>",
        to="einkauf@elbtal-versicherung.example",
        subject="Fax von 035188120 (1 Seite)",
        date="Wed, 11 Nov 2026 12:30:40 +0100",
        body="Fax empfangen\nAbsenderkennung: 035188120\nSeiten: 1\n",
        atts=[("FAX_20261111_123001.pdf", "pdf", pdf([
            "SANITAETSHAUS ELBAUE - Herbstangebote fuer Firmenkunden",
            "Rollatoren ab 89 EUR, Kompressionsstruempfe, Bandagen, Blutzuckermessgeraete",
            "Betriebliche Erste-Hilfe-Ausstattung nach DGUV, Defibrillatoren zum Leasing",
            "Bestellfax 0351 88120-9 - Angebot gueltig bis 30.11.2026"]))])


def m103():
    return mk(103, label="CONFIDENTIAL", lang="en", kind="system",
        reason="scan-to-mail, empty body; PDF is a completed motor claim form with name, plate and policy",
        frm="MFP-3OG-02 <scan@elbtal-versicherung.example>",
        to="marco.ulbrich@elbtal-versicherung.example",
        subject="Scan from MFP-3OG-02",
        date="Thu, 12 Nov 2026 08:04:15 +0100",
        body="Scanned document attached. Pages: 1\n",
        atts=[("SCAN_0112_080412.pdf", "pdf", pdf([
            "Motor claim notification / Kfz-Schadenanzeige",
            "Policyholder: Aidan Whelan, Hauptstr. 17, 01097 Dresden",
            "Policy: KF-702-114-51    Registration: DD-AW 917",
            "Date of loss: 09/11/2026, 17:40, car park Elbepark",
            "Description: reversing, hit a concrete pillar, rear bumper and tailgate damaged. Nobody injured.",
            "Signature: A. Whelan"]))])


def m104():
    return mk(104, label="NORMAL", lang="en", kind="system",
        reason="trap: scan of a blank medical expenses claim form",
        frm="MFP-2OG-01 <scan@elbtal-versicherung.example>",
        to="claire.donovan@elbtal-versicherung.example",
        subject="Scan from MFP-2OG-01",
        date="Thu, 12 Nov 2026 08:20:49 +0100",
        body="Scanned document attached. Pages: 1\n",
        atts=[("SCAN_0112_082047.pdf", "pdf", pdf([
            "ELBTAL INTERNATIONAL HEALTH - MEDICAL EXPENSES CLAIM FORM (blank, version 2026-09)",
            "Member name: ______________________   Member ID: ______________",
            "Date of birth: ____/____/______",
            "Diagnosis / reason for treatment: __________________________________",
            "Treating doctor / hospital: ______________________________________",
            "Bank details for reimbursement (IBAN): ___________________________",
            "I authorise the release of medical information to Elbtal.  Signature: __________"]))])


def m105():
    return mk(105, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="base64-encoded short body: cost approval for a named customer's rehabilitation",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Horst Lemke <horst.lemke@kabelpost.example>",
        subject="Reha",
        date="Thu, 12 Nov 2026 10:15:33 +0100",
        cte="base64",
        body="Hallo Herr Lemke,\n\ndie Kostenübernahme für die Reha in der Klinik Bad Gottleuba (3 Wochen, nach der "
             "Hüft-TEP) ist durch. Die Klinik meldet sich wegen des Aufnahmetermins.\n\nBeste Grüße\nAnke Seifert\n")


def m106():
    return mk(106, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="windows-1252: refund of overpaid buildings premium to a named customer's IBAN",
        frm="Beitragsservice Elbtal <beitragsservice@elbtal-versicherung.example>",
        to="Gudrun Matthes <gudrun.matthes@t-netz.example>",
        subject="Rückzahlung",
        date="Thu, 12 Nov 2026 13:48:27 +0100",
        charset="windows-1252", cte="quoted-printable",
        body="Sehr geehrte Frau Matthes,\n\nwir überweisen Ihnen die Überzahlung aus Ihrer Wohngebäudeversicherung "
             "WG-3302-0419 in Höhe von 84,12 € auf IBAN DE29 5139 0717 0003 9288 10.\n\n"
             "Mit freundlichen Grüßen\nBeitragsservice – Elbtal Versicherung AG\n")


def m107():
    return mk(107, label="NORMAL", lang="de", kind="newsletter",
        reason="iso-8859-1 newsletter with holiday opening hours",
        frm="Elbtal Versicherung <info@elbtal-versicherung.example>",
        to="kundeninfo@elbtal-versicherung.example",
        subject="Öffnungszeiten über die Feiertage",
        date="Fri, 13 Nov 2026 09:00:00 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        body="Liebe Kundinnen und Kunden,\n\nunser Servicecenter ist vom 24.12. bis 01.01. nur eingeschränkt erreichbar: "
             "28. bis 30.12. von 9 bis 15 Uhr. Schäden melden Sie jederzeit online oder über die Elbtal-App.\n\n"
             "Schöne Feiertage!\nIhre Elbtal Versicherung\n")


def m108():
    return mk(108, label="STRICTLY_CONFIDENTIAL", lang="en", kind="internal",
        reason="'see below' above a quoted chain about a group life claim: named employee's death and cause",
        frm="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        to="Ines Riedel <ines.riedel@elbtal-versicherung.example>",
        subject="FW: Group life - Saxtronic - Mr Petrenko",
        date="Fri, 13 Nov 2026 11:21:09 +0100",
        body="see below\n\n"
             "From: HR Saxtronic <hr@saxtronic-ag.example>\nSent: 12 November 2026 16:05\n"
             "To: Tobias Krahl\nSubject: RE: Group life - Saxtronic - Mr Petrenko\n\n"
             "Dear Mr Krahl,\n\nthank you. As requested: Mr Andriy Petrenko (employee no. 20417, born 22/01/1979) died on "
             "31 October 2026. According to the death certificate the cause was a pulmonary embolism following knee "
             "surgery. His wife Olena Petrenko is the named beneficiary. Salary basis for the group life benefit: "
             "EUR 71,400 p.a. (2 x salary).\n\nKind regards\nJudith Sommer, HR\n\n"
             "-----Original Message-----\nFrom: Tobias Krahl\nSent: 11 November 2026 09:40\n"
             "Subject: Group life - Saxtronic - Mr Petrenko\n\n"
             "Dear Ms Sommer, for the group life claim we need the death certificate, cause of death and "
             "the annual salary. Best regards, Tobias Krahl\n")


def m109():
    return mk(109, label="CONFIDENTIAL", lang="en", kind="customer",
        reason="forward without comment (message/rfc822): customer's new address and date of birth for home policy",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="vertragsservice@elbtal-versicherung.example",
        subject="Fwd: moving",
        date="Fri, 13 Nov 2026 14:02:44 +0100",
        body="",
        fwd=inner("Aoife Gallagher <aoife.gallagher@inbox.example>", "sach-schaden@elbtal-versicherung.example",
                  "moving", "Fri, 13 Nov 2026 07:15:20 +0100", "<aoife-77120@inbox.example>",
                  body="hi, I'm moving on 1 Dec to Bischofsweg 44, 01099 Dresden, please update my home contents "
                       "policy HR 50-227-118. your form also asked for my date of birth: 04 July 1991.\nthanks, Aoife\n"))


def m110():
    return mk(110, label="NORMAL", lang="en", kind="internal",
        reason="trap: forwarded conference invitation 'digital health claims', no person",
        frm="Kevin Lorenz <kevin.lorenz@elbtal-versicherung.example>",
        to="claims-systems@elbtal-versicherung.example",
        subject="Fwd: Digital Health Claims Summit 2027 - early bird",
        date="Fri, 13 Nov 2026 15:30:10 +0100",
        body="",
        fwd=inner("Events <events@insurtech-forum.example>", "kevin.lorenz@elbtal-versicherung.example",
                  "Digital Health Claims Summit 2027 - early bird", "Thu, 12 Nov 2026 10:00:00 +0100",
                  "<summit27-eb-9921@insurtech-forum.example>",
                  body="Digital Health Claims Summit 2027, Berlin, 3-4 March\n\nAI coding of diagnoses, automated "
                       "invoice checking (GOÄ/DRG), fraud detection in dental, patient consent in the age of ePA.\n"
                       "Early bird EUR 890 until 15 December.\n"))


def m111():
    return mk(111, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="body harmless; ZIP contains CSV of large health claims with names and diagnoses",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="Dr. Ralf Wendisch <ralf.wendisch@elbtal-versicherung.example>",
        subject="Liste für Prüfung",
        date="Mon, 16 Nov 2026 08:36:58 +0100",
        body="anbei, wie besprochen.\nS.\n",
        atts=[("Leistungsfaelle_ueber_10k.zip", "zip", zipf([
            ("leistungsfaelle_2026_10.csv", crlf(
                "vertrag;name;geburtsdatum;diagnose;betrag\n"
                "KV 301 774 0;Gerda Lissner;07.06.1949;I21.4 NSTEMI, PCI;18402,55\n"
                "KV 305 991 4;Eleanor Whitcombe;19.08.1954;C50.4 L Mammakarzinom, Chemotherapie;24310,00\n"
                "KV 312 008 6;Tim Rößler;30.11.1982;F10.2 Alkoholabhängigkeit, Entwöhnung;15880,40\n"
                "KV 298 441 2;Monika Hanisch;14.03.1979;M17.0 Gonarthrose, Knie-TEP beidseits;21007,90\n").encode("utf-8"))]))])


def m112():
    return mk(112, label="NORMAL", lang="en", kind="internal",
        reason="trap: ZIP with synthetic test data (fictitious persons, diagnoses, example IBAN), marked as such",
        frm="Kevin Lorenz <kevin.lorenz@elbtal-versicherung.example>",
        to="claims-systems@elbtal-versicherung.example",
        subject="test data release 26.4",
        date="Mon, 16 Nov 2026 10:05:22 +0100",
        body="synthetic test data for 26.4 attached. all persons fictitious, generated for the test system only.\n",
        atts=[("testdata_26_4.zip", "zip", zipf([
            ("README.txt", b"SYNTHETIC TEST DATA - all names, dates and contracts are fictitious.\r\n"
                           b"IBAN DE89 3704 0044 0532 0130 00 is the published example IBAN.\r\n"),
            ("claims_synthetic.csv", crlf(
                "policy;name;dob;icd;amount;iban\n"
                "KV-TEST-000001;Max Mustermann (TEST);01.01.1970;J06.9;120.00;DE89370400440532013000\n"
                "KV-TEST-000002;Erika Musterfrau (TEST);12.08.1964;E11.9;480.50;DE89370400440532013000\n"
                "KV-TEST-000003;John Doe (TEST);01.01.1980;S82.6;2300.00;DE89370400440532013000\n").encode("utf-8"))]))])


def m113():
    return mk(113, label="CONFIDENTIAL", lang="de", kind="internal",
        reason="XLSX of open motor claims with customer names, plates and claim numbers",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        subject="offen > 90 Tage",
        date="Mon, 16 Nov 2026 12:12:40 +0100",
        body="kannst du die oberen drei übernehmen?\n",
        atts=[("Kfz_offen_90T.xlsx", "xlsx", xlsx([
            ("offen", [
                ["Schaden", "VN", "Kennzeichen", "Schadentag", "Reserve EUR", "Status"],
                ["88-KS-0233", "Bernd Hutschenreuther", "MEI-BH 55", "12.06.2026", 7400, "Gutachten fehlt"],
                ["88-KS-0251", "Carola Dietze", "DD-CD 1802", "19.06.2026", 2150, "Regress läuft"],
                ["88-KS-0260", "Yusuf Aydin", "PIR-YA 60", "25.06.2026", 11800, "Totalschaden, Restwert offen"],
                ["88-KS-0288", "Wilfried Naumann", "BZ-WN 21", "08.07.2026", 980, "Rückfrage Werkstatt"]])]))])


def m114():
    return mk(114, label="NORMAL", lang="de", kind="internal",
        reason="trap: XLSX of staff sickness rate per department, aggregated, no person",
        frm="Personal Elbtal <personal@elbtal-versicherung.example>",
        to="fuehrungskreis@elbtal-versicherung.example",
        subject="Krankenstand Q3",
        date="Mon, 16 Nov 2026 14:30:00 +0100",
        body="Zur Info für den Führungskreis am Donnerstag. Bereiche unter 10 MA sind zusammengefasst.\n",
        atts=[("Krankenstand_Q3_2026.xlsx", "xlsx", xlsx([
            ("Q3", [
                ["Bereich", "MA", "Krankenstand %", "Vorjahr %"],
                ["Leistung Kranken", 84, 6.9, 6.1],
                ["Kfz-Schaden", 41, 5.2, 5.8],
                ["Leben/BU", 37, 4.7, 4.9],
                ["IT", 112, 3.8, 4.0],
                ["Vertrieb Makler", 29, 3.1, 3.6],
                ["übrige (zusammengefasst)", 46, 4.4, 4.2]])]))])


def m115():
    return mk(115, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="body harmless; XLSX of group income protection claims with employee names, diagnoses, return dates",
        frm="Tobias Krahl <tobias.krahl@elbtal-versicherung.example>",
        to="HR Saxtronic <hr@saxtronic-ag.example>",
        subject="GIP status November",
        date="Tue, 17 Nov 2026 09:25:17 +0100",
        body="Dear Ms Sommer, monthly status attached. Best, Tobias Krahl\n",
        atts=[("GIP_status_2026-11.xlsx", "xlsx", xlsx([
            ("open claims", [
                ["employee", "empl. no.", "since", "reason", "benefit EUR/month", "expected return"],
                ["Mandy Schreiber", 18822, "2026-03-02", "burnout / F43.2", 2310, "graded return Jan 2027"],
                ["Florian Ebert", 20155, "2026-05-18", "lumbar disc surgery", 2780, "2026-12-01"],
                ["Gabriele Kühn", 17040, "2025-11-10", "breast cancer, chemotherapy", 1960, "open"]])]))])


def m116():
    return mk(116, label="CONFIDENTIAL", lang="en", kind="insurer-to-company",
        reason="ODS fleet list with drivers' names and plates for a company customer",
        frm="Marco Ulbrich <marco.ulbrich@elbtal-versicherung.example>",
        to="Fleet Office <fleet@baltic-freight.example>",
        subject="fleet list for renewal",
        date="Tue, 17 Nov 2026 11:44:50 +0100",
        body="Please check and return by 27 Nov. Thanks, M. Ulbrich\n",
        atts=[("fleet_renewal_2027.ods", "ods", ods([
            ("vehicles", [
                ["plate", "model", "driver", "policy", "class"],
                ["DD-BF 301", "MAN TGL", "Lukas Adam", "FL-4410-01", "SF 8"],
                ["DD-BF 302", "MAN TGL", "Irina Volkova", "FL-4410-02", "SF 5"],
                ["DD-BF 318", "VW Crafter", "Mateusz Nowak", "FL-4410-03", "SF 2"]])]))])


def m117():
    return mk(117, label="NORMAL", lang="de", kind="insurer-to-partner",
        reason="trap: ODS with aggregated care statistics for the association",
        frm="Doreen Franke <doreen.franke@elbtal-versicherung.example>",
        to="Statistik VVM <statistik@vvm-verband.example>",
        subject="Meldung Pflegestatistik 2025",
        date="Tue, 17 Nov 2026 14:09:03 +0100",
        body="Anbei unsere Meldung. Freundliche Grüße, D. Franke\n",
        atts=[("Pflegestatistik_Elbtal_2025.ods", "ods", ods([
            ("2025", [
                ["Pflegegrad", "Leistungsempfänger PPV", "davon stationär", "Pflegetagegeld-Fälle"],
                ["1", 1210, 0, 88],
                ["2", 2904, 310, 402],
                ["3", 1987, 522, 361],
                ["4", 1025, 498, 207],
                ["5", 433, 260, 96]])]))])


def m118():
    return mk(118, label="STRICTLY_CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="body 'Anbei.'; DOCX is a care allowance decision with care level and diagnosis",
        frm="Doreen Franke <doreen.franke@elbtal-versicherung.example>",
        to="Karin Claus <karin.claus@web-mail.example>",
        subject="Bescheid",
        date="Wed, 18 Nov 2026 10:00:41 +0100",
        body="Anbei.\n\nD. Franke\n",
        atts=[("Bescheid_PT7720-231.docx", "docx", docx([
            "Elbtal Krankenversicherung AG – Pflegeversicherung",
            "Herrn Winfried Claus, vertreten durch Frau Karin Claus (Vorsorgevollmacht)",
            "Vertrag PT 7720-231",
            "Bescheid über die Höherstufung",
            "Nach dem Gutachten vom 10.11.2026 liegt ab 01.11.2026 Pflegegrad 4 vor. Ursächlich sind die "
            "Folgen des Schlaganfalls (Hemiparese rechts, Aphasie).",
            "Pflegegeld ab November: 800,00 EUR monatlich; Pflegetagegeld-Tarif PTG: 75 % von 60 EUR täglich."]))])


def m119():
    return mk(119, label="NORMAL", lang="de", kind="internal",
        reason="trap: DOCX template rejection letter for daily sickness allowance with placeholders",
        frm="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        to="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        subject="Vorlage KT-Ablehnung v3",
        date="Wed, 18 Nov 2026 13:27:30 +0100",
        body="hab die Bausteine übernommen, schau mal drüber\n",
        atts=[("Vorlage_KT_Ablehnung_v3.docx", "docx", docx([
            "«Anrede» «Vorname» «Nachname»",
            "Vertrag «Vertragsnummer»",
            "Ihr Antrag auf Krankentagegeld vom «Antragsdatum»",
            "«Anrede_Brief», nach Prüfung der Arbeitsunfähigkeitsbescheinigung vom «AU_Datum» können wir "
            "Krankentagegeld leider nicht zahlen, weil «Ablehnungsgrund» (z. B. Karenzzeit nicht abgelaufen / "
            "Berufsunfähigkeit nach § 15 MB/KT festgestellt).",
            "Gegen diese Entscheidung können Sie sich an den Ombudsmann PKV wenden.",
            "Mit freundlichen Grüßen «Sachbearbeiter»"]))])


def m120():
    return mk(120, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="body harmless; ODT endorsement with customer's address, household sum insured and policy number",
        frm="Vertragsservice Elbtal <vertragsservice@elbtal-versicherung.example>",
        to="Peggy Scholz <peggy.scholz@freemail.example>",
        subject="Ihr Nachtrag",
        date="Wed, 18 Nov 2026 15:52:09 +0100",
        body="Guten Tag Frau Scholz, anbei Ihr Nachtrag. Ihr Vertragsservice\n",
        atts=[("Nachtrag_HR45-660-281.odt", "odt", odt([
            "Nachtrag zur Hausratversicherung HR 45-660-281",
            "Versicherungsnehmerin: Peggy Scholz, Alaunstraße 70, 01099 Dresden",
            "Ab 01.12.2026: Versicherungssumme 78.000 EUR (bisher 52.000 EUR), Wohnfläche 104 m²",
            "Neuer Jahresbeitrag: 171,36 EUR"]))])


def m121():
    return mk(121, label="CONFIDENTIAL", lang="en", kind="internal",
        reason="body 'for signature'; ODT draft letter confirms a named customer's new address and home policy",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="Kai Lindner <kai.lindner@elbtal-versicherung.example>",
        subject="for signature",
        date="Thu, 19 Nov 2026 08:15:50 +0100",
        body="for signature pls\n",
        atts=[("confirmation_Gallagher.odt", "odt", odt([
            "Ms Aoife Gallagher, Bischofsweg 44, 01099 Dresden",
            "Home contents insurance HR 50-227-118",
            "Dear Ms Gallagher, we confirm your new address from 1 December 2026. Your premium does not change "
            "(EUR 96.00 per year, zone 2).",
            "Kind regards, Elbtal Versicherung AG"]))])


def m122():
    return mk(122, label="NORMAL", lang="en", kind="insurer-to-supplier",
        reason="toner purchase order",
        frm="Purchasing Elbtal <einkauf@elbtal-versicherung.example>",
        to="Orders <orders@printsupply-europe.example>",
        subject="PO 4500-2291",
        date="Thu, 19 Nov 2026 09:02:33 +0100",
        body="PO 4500-2291: 30 x toner TK-8555K, 10 x TK-8555C. Delivery to building A, ramp 2. Thanks.\n")


def m123():
    return mk(123, label="STRICTLY_CONFIDENTIAL", lang="en", kind="system",
        reason="website chatbot transcript: identified member wants to claim for hearing aids after hearing loss",
        frm="Elbtal Chat <chat-noreply@elbtal-versicherung.example>",
        to="intl-health@elbtal-versicherung.example",
        subject="Chat transcript #C-220918 (handover to agent)",
        date="Thu, 19 Nov 2026 10:31:04 +0100",
        body="Chat #C-220918 - handover requested\n\n"
             "[10:24] Bot: Hi, I'm Elli. How can I help?\n"
             "[10:24] Visitor: I need to claim for my hearing aids, policy IH-55120-7\n"
             "[10:25] Bot: Please tell me your name.\n"
             "[10:25] Visitor: Graham Fairweather\n"
             "[10:26] Visitor: ENT said moderate hearing loss both ears after the ear infection in summer, the aids "
             "were EUR 4,200 at Amplifon Dubai\n"
             "[10:27] Bot: I'll pass you to a colleague.\n")


def m124():
    return mk(124, label="NORMAL", lang="en", kind="system",
        reason="trap: anonymous chatbot transcript about what dental cover includes",
        frm="Elbtal Chat <chat-noreply@elbtal-versicherung.example>",
        to="sales-online@elbtal-versicherung.example",
        subject="Chat transcript #C-220931",
        date="Thu, 19 Nov 2026 11:02:45 +0100",
        body="[10:58] Bot: Hi, I'm Elli. How can I help?\n"
             "[10:58] Visitor: what does the dental cover include? root canal? implants?\n"
             "[10:59] Bot: ZahnPlus covers root canal treatment at 100 % and implants at 80 % or 100 % "
             "depending on the tariff. Want to calculate a premium?\n"
             "[11:00] Visitor: later thx\n[11:00] Visitor left the chat.\n")


def m125():
    return mk(125, label="CONFIDENTIAL", lang="de", kind="system",
        reason="chatbot transcript: named motor customer, policy number and new number plate",
        frm="Elbtal Chat <chat-noreply@elbtal-versicherung.example>",
        to="kfz-service@elbtal-versicherung.example",
        subject="Chatverlauf #C-220940 (Übergabe)",
        date="Thu, 19 Nov 2026 12:14:20 +0100",
        body="[12:09] Bot: Hallo, ich bin Elli. Wie kann ich helfen?\n"
             "[12:09] Besucher: neues kennzeichen eintragen\n"
             "[12:10] Bot: Gern. Ihre Vertragsnummer?\n[12:10] Besucher: KF-560-341-09, Torsten Beyer\n"
             "[12:11] Besucher: alt DD-TB 77 neu DD-TB 770, bin nach Dresden umgemeldet\n"
             "[12:11] Bot: Ich übergebe an das Kfz-Team.\n")


def m126():
    return mk(126, label="NORMAL", lang="de", kind="system",
        reason="chatbot transcript: opening hours",
        frm="Elbtal Chat <chat-noreply@elbtal-versicherung.example>",
        to="service@elbtal-versicherung.example",
        subject="Chatverlauf #C-220955",
        date="Thu, 19 Nov 2026 13:40:07 +0100",
        body="[13:38] Bot: Hallo, ich bin Elli. Wie kann ich helfen?\n[13:38] Besucher: habt ihr samstag auf\n"
             "[13:38] Bot: Unser Telefonservice ist samstags von 9 bis 13 Uhr erreichbar.\n"
             "[13:39] Besucher hat den Chat verlassen.\n")


def m127():
    return mk(127, label="STRICTLY_CONFIDENTIAL", lang="de+en", kind="internal",
        reason="mixed-language clerk note about an expat member's oncology treatment plan",
        frm="Priya Natarajan <priya.natarajan@elbtal-versicherung.example>",
        to="Dr. Ralf Wendisch <ralf.wendisch@elbtal-versicherung.example>",
        subject="FYI Vlasic",
        date="Fri, 20 Nov 2026 09:12:37 +0100",
        body="Hallo Herr Wendisch, quick FYI: Mr Jonas Vlasic (E-H 18 44 02 1) – Dublin hat jetzt bestätigt, "
             "non-Hodgkin lymphoma, 6 cycles R-CHOP planned. Können Sie bis Montag den Kostenvoranschlag "
             "(EUR 38k) medizinisch checken? Thanks, Priya\n")


def m128():
    return mk(128, label="CONFIDENTIAL", lang="de+en", kind="internal",
        reason="cargo claim: company policyholder with named contact person",
        frm="Henrik Olsen <henrik.olsen@elbtal-versicherung.example>",
        to="Mia Hartwig <mia.hartwig@elbtal-versicherung.example>",
        subject="kannst du übernehmen? CSQU 304417-2",
        date="Fri, 20 Nov 2026 10:48:11 +0100",
        body="Mia, can you take this: Container CSQU 304417-2 (open cover MC-7712, Van der Kolk Machinery) "
             "kam in Gdansk mit Wasserschaden an, 3 Paletten. Contact Mr Pieter de Groot, +31 6 1207 4455. "
             "Surveyor ist bestellt. Danke!\n")


def m129():
    return mk(129, label="NORMAL", lang="de+en", kind="internal",
        reason="trap: slide deck on health KPIs requested, no person",
        frm="Felix Hartung <felix.hartung@elbtal-versicherung.example>",
        to="health-controlling@elbtal-versicherung.example",
        subject="Health KPI deck",
        date="Fri, 20 Nov 2026 12:02:58 +0100",
        body="Hi all, bitte bis Mi eure slides für das Health KPI deck: claims ratio, hospital cost per case, "
             "Psychotherapie-Fälle je 1.000 Versicherte, dental trend. Template im Teams-Ordner. Thx Felix\n")


def m130():
    return mk(130, label="CONFIDENTIAL", lang="de+en", kind="insurer-to-broker",
        reason="cyber quote for a sole trader: name and annual turnover (income of a natural person)",
        frm="Steffen Hofmann <steffen.hofmann@elbtal-versicherung.example>",
        to="Andreas Kühnel <kuehnel@finanzkontor-kuehnel.example>",
        subject="Cyber quote Wagner",
        date="Fri, 20 Nov 2026 14:33:19 +0100",
        body="Hallo Herr Kühnel, quote for your client Herr Jens Wagner (Einzelunternehmer, IT-Service Wagner, "
             "Umsatz 2025: 380 T€): Cyber Basic, Deckung 250k, premium EUR 612 p.a. Gültig 30 Tage. Best, Hofmann\n")


def m131():
    return mk(131, label="STRICTLY_CONFIDENTIAL", lang="de+en", kind="insurer-to-doctor",
        reason="mixed-language request to a radiologist for a named patient's knee MRI report",
        frm="Anke Seifert <anke.seifert@elbtal-versicherung.example>",
        to="Dr. Kenji Nakamura <nakamura@radiologie-albertplatz.example>",
        subject="MRT Befund Berger / MRI report",
        date="Mon, 23 Nov 2026 08:40:02 +0100",
        body="Sehr geehrter Herr Dr. Nakamura, dear Dr Nakamura,\n\nfür unsere Versicherte Frau Ilka Berger "
             "(UV 6604-550-12) bitten wir um den MRT-Befund Knie rechts vom 16.11. – the signed consent is on "
             "file, copy on request.\n\nMit freundlichen Grüßen / kind regards\nAnke Seifert\n")


def m132():
    return mk(132, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="SMS delivery report echoes the sent text: hospital daily allowance payment for a named customer",
        frm="SMS-Gateway <sms-gateway@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="Zustellbericht: zugestellt",
        date="Mon, 23 Nov 2026 09:15:48 +0100",
        body="Status: ZUGESTELLT\nEmpfänger: +4915119827346\nGesendet: 23.11.2026 09:15:31\n"
             "Text: \"Frau Ebert, Ihr Krankenhaustagegeld für den Aufenthalt in der Helios-Klinik "
             "(9 Tage, 450 EUR) ist überwiesen. Ihre Elbtal\"\n")


def m133():
    return mk(133, label="CONFIDENTIAL", lang="en", kind="system",
        reason="SMS-to-mail: named traveller, lost baggage reference; no health content",
        frm="SMS Gateway <sms-gateway@elbtal-versicherung.example>",
        to="travel@elbtal-versicherung.example",
        subject="SMS from +447700900412",
        date="Mon, 23 Nov 2026 10:40:19 +0100",
        body="From: +447700900412\nReceived: 23/11/2026 10:40\n\n"
             "Hi its Tom Ashdown, flight home cancelled and my suitcase still lost, ref BG-26-1183. "
             "Do I send the receipts for the clothes I had to buy?\n")


def m134():
    return mk(134, label="STRICTLY_CONFIDENTIAL", lang="de", kind="system",
        reason="voicemail from an undertaker: death of an insured under a funeral-expense life policy",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="leben-leistung@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von 03521 73390 (0:47 min)",
        date="Mon, 23 Nov 2026 11:57:33 +0100",
        body="Automatische Transkription (ohne Gewähr):\n"
             "\"Guten Tag, Bestattungshaus Kretzschmar in Meißen. Ihr Versicherter Herr Kurt Kaminski, "
             "Sterbegeldversicherung Nummer 91-40-2277, ist am Freitag im Pflegeheim verstorben. Die Tochter hat "
             "uns die Abtretung unterschrieben. Wohin schicken wir Sterbeurkunde und Rechnung? Danke.\"\n")


def m135():
    return mk(135, label="NORMAL", lang="de", kind="system",
        reason="trap: voicemail of a sales rep offering a diabetes app to the company doctor, no patient",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="gesellschaftsarzt@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von 089 4417200 (0:33 min)",
        date="Mon, 23 Nov 2026 14:21:05 +0100",
        body="Automatische Transkription (ohne Gewähr):\n"
             "\"Ja, Busch von MediNova, guten Tag. Ich würde Ihnen gern unsere neue Diabetes-App vorstellen, "
             "die ist als DiGA gelistet und senkt nachweislich den HbA1c. Hätten Sie nächste Woche "
             "zwanzig Minuten? Rückruf gern unter 089 4417200.\"\n")


def m136():
    return mk(136, label="CONFIDENTIAL", lang="de", kind="system",
        reason="voicemail from a broker: named customer, household policy, stolen e-bike",
        frm="Sprachbox Elbtal <voicemail@elbtal-versicherung.example>",
        to="makler@elbtal-versicherung.example",
        subject="Neue Sprachnachricht von 0351 2104477 (0:29 min)",
        date="Tue, 24 Nov 2026 08:09:52 +0100",
        body="Automatische Transkription (ohne Gewähr):\n"
             "\"Kästner hier, Maklerbüro. Mein Kunde Ralf Ziegenbalg, Hausrat HR 38-221-760, dem ist das E-Bike "
             "aus dem Keller geklaut worden. Ist die Fahrradklausel da drin oder nicht? Ruf mal zurück, Steffen.\"\n")


def m137():
    return mk(137, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="content only in the subject: disability pension of a named customer approved",
        frm="Elbtal Life <life-claims@elbtal-versicherung.example>",
        to="Shauna McBride <shauna.mcbride@mailbox.example>",
        subject="Your disability claim SBU 40-8812-006: monthly benefit EUR 1,450 approved from 1 Dec 2026",
        date="Tue, 24 Nov 2026 10:30:00 +0100",
        body="\n--\nElbtal Lebensversicherung AG\n")


def m138():
    return mk(138, label="NORMAL", lang="de", kind="insurer-to-prospect",
        reason="trap: requested long-term care brochure sent to a prospect, generic product PDF",
        frm="Kundenservice Elbtal <service@elbtal-versicherung.example>",
        to="Bärbel Hünig <baerbel.huenig@t-netz.example>",
        subject="Ihre angeforderten Unterlagen",
        date="Tue, 24 Nov 2026 11:45:27 +0100",
        body="Guten Tag Frau Hünig,\n\nwie gewünscht unsere Broschüre zur Pflegezusatzversicherung.\n\n"
             "Freundliche Grüße\nIhr Kundenservice\n",
        atts=[("Elbtal_PflegePlus_Broschuere.pdf", "pdf", pdf([
            "Elbtal PflegePlus - Pflegetagegeld, das mitwaechst",
            "Leistung ab Pflegegrad 1, bis zu 100 % in Pflegegrad 5",
            "Beitragsbefreiung ab Pflegegrad 4",
            "Einmalleistung bei Demenz-Diagnose: 3.000 EUR",
            "Gesundheitsfragen: nur 4 Fragen, vereinfachte Pruefung bis Alter 60",
            "Beispiel: Eintrittsalter 45, 50 EUR Tagegeld in PG 5: 34,80 EUR monatlich"]))])


def m139():
    return mk(139, label="NORMAL", lang="de", kind="internal",
        reason="content only in the subject: printer fixed",
        frm="Nico Schramm <nico.schramm@elbtal-versicherung.example>",
        to="etage2@elbtal-versicherung.example",
        subject="Drucker 2. OG geht wieder",
        date="Tue, 24 Nov 2026 13:02:14 +0100",
        body="")


def m140():
    return mk(140, label="STRICTLY_CONFIDENTIAL", lang="de", kind="internal",
        reason="content only in the subject: named customer's certificate of incapacity for daily sickness allowance",
        frm="Ulrike Stamm <ulrike.stamm@elbtal-versicherung.example>",
        to="Kevin Lorenz <kevin.lorenz@elbtal-versicherung.example>",
        subject="AU Fr. Pietsch (KT 120-447-3) ab 03.11. eingegangen – bitte KT-Zahlung anstoßen",
        date="Tue, 24 Nov 2026 14:15:40 +0100",
        body="")


def m141():
    return mk(141, label="CONFIDENTIAL", lang="de", kind="internal",
        reason="content only in the subject: named motor customer's new IBAN",
        frm="Jana Petzold <jana.petzold@elbtal-versicherung.example>",
        to="beitragsservice@elbtal-versicherung.example",
        subject="Hr. Brandl Kfz KF-440-209-81 neue IBAN DE13250904151180994471 – bitte ändern",
        date="Wed, 25 Nov 2026 08:20:09 +0100",
        body="")


def m142():
    return mk(142, label="NORMAL", lang="en", kind="internal",
        reason="trap: content only in the subject: first-aid course with free places",
        frm="Occupational Safety <arbeitssicherheit@elbtal-versicherung.example>",
        to="alle@elbtal-versicherung.example",
        subject="Reminder: first aid course (Ersthelfer) 2-3 Dec - 3 places left, CPR and AED included",
        date="Wed, 25 Nov 2026 09:00:00 +0100",
        body="")


def m143():
    return mk(143, label="STRICTLY_CONFIDENTIAL", lang="en", kind="insurer-to-customer",
        reason="multipart/alternative one-liner: a named customer's prescriptions reimbursed",
        frm="Elbtal Health Claims <health-claims@elbtal-versicherung.example>",
        to="Niamh O'Connell <niamh.oconnell@inbox.example>",
        subject="Reimbursement",
        date="Wed, 25 Nov 2026 11:11:11 +0100",
        body="Dear Ms O'Connell, your prescriptions (3 items: levothyroxine, sertraline, ibuprofen; EUR 84.20) "
             "have been reimbursed. Policy KV 318 204 7. Elbtal Health Claims\n",
        html="<html><body><p>Dear Ms O'Connell,</p><p>your prescriptions (3 items: levothyroxine, sertraline, "
             "ibuprofen; <b>EUR 84.20</b>) have been reimbursed. Policy KV 318 204 7.</p><p>Elbtal Health Claims</p>"
             "</body></html>")


def m144():
    return mk(144, label="NORMAL", lang="en", kind="newsletter",
        reason="trap: health tips newsletter about back pain, no person",
        frm="Elbtal Health Tips <newsletter@elbtal-versicherung.example>",
        to="newsletter-en@elbtal-versicherung.example",
        subject="Five ways to protect your back this winter",
        date="Wed, 25 Nov 2026 16:00:00 +0100",
        body="Five ways to protect your back\n1. Move every 30 minutes\n2. Lift with your legs\n"
             "3. Strengthen your core\n4. Check your desk height\n5. See a doctor if pain lasts > 6 weeks\n"
             "Your Elbtal health cover pays for preventive back courses up to EUR 150 a year.\n",
        html="<html><body><h2>Five ways to protect your back</h2><ol><li>Move every 30 minutes</li>"
             "<li>Lift with your legs</li><li>Strengthen your core</li><li>Check your desk height</li>"
             "<li>See a doctor if pain lasts &gt; 6 weeks</li></ol><p>Your Elbtal health cover pays for "
             "preventive back courses up to EUR 150 a year.</p></body></html>")


def m145():
    return mk(145, label="CONFIDENTIAL", lang="de", kind="insurer-to-customer",
        reason="multipart/alternative: bicycle theft payout to a named customer with claim number",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="Jonas Fleischer <jonas.fl@kabelpost.example>",
        subject="AW: Fahrrad geklaut!!",
        date="Thu, 26 Nov 2026 10:03:44 +0100",
        body="Hallo Herr Fleischer, wir zahlen 2.349,00 € (Neuwert abzgl. 10 % Selbstbeteiligung) für Ihr "
             "E-Bike, Schaden 21-HR-0101264. Gruß M. Vogt\n",
        html="<html><body><p>Hallo Herr Fleischer,</p><p>wir zahlen <b>2.349,00 €</b> (Neuwert abzgl. 10 % "
             "Selbstbeteiligung) für Ihr E-Bike, Schaden 21-HR-0101264.</p><p>Gruß M. Vogt</p></body></html>")


def m146():
    return mk(146, label="NORMAL", lang="de", kind="insurer-to-partner",
        reason="trap: press release with total health benefits paid, aggregates only",
        frm="Presse Elbtal <presse@elbtal-versicherung.example>",
        to="Redaktion Wirtschaft <wirtschaft@saechsische-rundschau.example>",
        subject="PM: Elbtal zahlt 2026 über 1,2 Mrd. € für Krankheitskosten",
        date="Thu, 26 Nov 2026 11:00:00 +0100",
        body="Dresden, 26.11.2026 – Die Elbtal Krankenversicherung wird 2026 voraussichtlich mehr als 1,2 Milliarden "
             "Euro an Leistungen auszahlen, 7 % mehr als im Vorjahr. Größter Treiber sind Krankenhausbehandlungen "
             "(+9 %) und Arzneimittel (+8 %). Die Beiträge steigen 2027 im Schnitt um 4,1 %.\n\n"
             "Pressekontakt: Uta Zimmermann, presse@elbtal-versicherung.example\n")


def m147():
    return mk(147, label="CONFIDENTIAL", lang="en", kind="customer",
        reason="customer's one-liner forwarded: maiden name and home policy number",
        frm="Mareike Vogt <mareike.vogt@elbtal-versicherung.example>",
        to="vertragsservice@elbtal-versicherung.example",
        subject="FW: name change",
        date="Thu, 26 Nov 2026 13:18:27 +0100",
        body="\n\nFrom: Emma Whitfield <emma.whitfield@mailbox.example>\nSent: 26 November 2026 12:50\n"
             "Subject: name change\n\npls update my surname to Whitfield (née Carrow) after the wedding - home policy "
             "HP-2231-88. ty Emma\n\nSent from my iPhone\n")


def m148():
    return mk(148, label="STRICTLY_CONFIDENTIAL", lang="de", kind="customer",
        reason="'siehe unten' forward; quoted customer complaint about refused psychotherapy and her anxiety disorder",
        frm="Sabine Hentschel <sabine.hentschel@elbtal-versicherung.example>",
        to="beschwerde@elbtal-versicherung.example",
        subject="WG: Beschwerde",
        date="Thu, 26 Nov 2026 15:40:12 +0100",
        body="siehe unten\n\n"
             "Von: Carina Wolf <carina.wolf@freemail.example>\nGesendet: Donnerstag, 26. November 2026 14:12\n"
             "An: leistung-kranken@elbtal-versicherung.example\nBetreff: Beschwerde\n\n"
             "Sehr geehrte Damen und Herren,\n\nich bin fassungslos. Meine Therapeutin hat die Verlängerung der "
             "Verhaltenstherapie (weitere 20 Sitzungen) beantragt, weil meine Angststörung mit Panikattacken nach "
             "dem Tod meines Mannes wieder schlimmer geworden ist. Sie lehnen das ab mit Verweis auf das "
             "Kontingent im Tarif. Ich kann seit Wochen kaum das Haus verlassen.\n\n"
             "Ich erwarte, dass Sie das noch einmal prüfen. Vertrag KV 309 611 8.\n\nCarina Wolf\n")


def m149():
    return mk(149, label="NORMAL", lang="de", kind="internal",
        reason="trap: water damage in the archive of health claim files, building matter, no person",
        frm="Facility Elbtal <facility@elbtal-versicherung.example>",
        to="leistung-kranken@elbtal-versicherung.example",
        subject="Wasserschaden Archiv UG",
        date="Fri, 27 Nov 2026 07:45:30 +0100",
        body="Kurz zur Info: heute Nacht Rohrbruch im Archiv UG (Leistungsakten Kranken 2019–2021). Regale 12–15 "
             "betroffen, Akten sind in Kartons umgelagert, Trocknungsgeräte laufen bis Mittwoch. Zugang nur mit "
             "Haustechnik.\n\nFacility Management\n")


def m150():
    return mk(150, label="NORMAL", lang="en", kind="internal",
        reason="welcome of a new colleague",
        frm="Henrik Olsen <henrik.olsen@elbtal-versicherung.example>",
        to="marine-team@elbtal-versicherung.example",
        subject="welcome Mia",
        date="Mon, 02 Nov 2026 09:00:00 +0100",
        body="Please welcome Mia Hartwig, who joins the cargo team today. Coffee at 10 in the kitchen.\nHenrik\n")

# ---------------------------------------------------------------- build and check

LABEL_SET = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LANGS = ("de", "en", "de+en")


def build():
    """Return {filename: bytes} and fill LABELS."""
    LABELS.clear()
    out = {}
    for n in range(1, TOTAL + 1):
        msg = globals()[f"m{n:03d}"]()
        out[f"d{NN}-{n:04d}.eml"] = msg.as_bytes(policy=policy.SMTP)
    return out


def labels_tsv():
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in range(1, TOTAL + 1):
        label, lang, kind, reason = LABELS[n]
        rows.append(f"d{NN}-{n:04d}.eml\t{label}\t{lang}\t{kind}\t{reason}")
    return "\n".join(rows) + "\n"


def write():
    files = build()
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.endswith(".eml") and name not in files:
            os.remove(os.path.join(OUT, name))
    for name, data in files.items():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels_tsv())
    print(f"wrote {len(files)} mails to {OUT} and labels.tsv")


def _iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _attachment_text(name, ctype, data):
    """Open an attachment with a format library; return its text (also proves it is readable)."""
    low = name.lower()
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(" ".join(str(c) for c in r if c is not None)
                         for ws in wb.worksheets for r in ws.iter_rows(values_only=True))
    if low.endswith(".docx"):
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        t = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for r in tb.rows:
                t.append(" ".join(c.text for c in r.cells))
        return "\n".join(t)
    if low.endswith((".odt", ".ods")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.namelist()[0] == "mimetype", name
        return re.sub(r"<[^>]+>", " ", z.read("content.xml").decode("utf-8"))
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(_attachment_text(i, "", z.read(i)) for i in z.namelist())
    if data[:5] == b"%PDF-":
        try:
            import pypdf
            return "\n".join(pg.extract_text() for pg in pypdf.PdfReader(io.BytesIO(data)).pages)
        except ImportError:
            return data.decode("latin-1")
    if low.endswith((".csv", ".ics", ".txt")):
        for cs in ("utf-8", "windows-1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                pass
    raise ValueError(f"cannot read attachment {name} ({ctype})")


def _texts(msg, where="body"):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        if msg[h]:
            out.append((f"{where}:{h}", str(msg[h])))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                out += _texts(part.get_payload(0), where + ">rfc822")
            continue
        fn = part.get_filename()
        if fn:
            out.append((f"{where}:{fn}", _attachment_text(fn, ct, part.get_payload(decode=True))))
        elif part.get_content_maintype() == "text":
            out.append((f"{where}:{ct}", part.get_content()))
    return out


def check():
    errors = []
    files = build()
    expected = sorted(files)
    present = sorted(n for n in os.listdir(OUT) if n.endswith(".eml")) if os.path.isdir(OUT) else []
    if present != expected:
        errors.append(f"mail files differ from expected: {len(present)} present, {len(expected)} expected")
    for name in expected:
        path = os.path.join(OUT, name)
        if os.path.exists(path) and open(path, "rb").read() != files[name]:
            errors.append(f"{name}: not byte-identical to a fresh build (non-deterministic?)")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        tsv = f.read()
    if tsv != labels_tsv():
        errors.append("labels.tsv differs from a fresh build")
    rows = [r.split("\t") for r in tsv.rstrip("\n").split("\n")]
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errors.append("bad labels.tsv header")
    rows = rows[1:]
    if len(rows) != TOTAL:
        errors.append(f"labels.tsv has {len(rows)} rows")
    count = {k: 0 for k in LABEL_SET}
    langs = {}
    kinds = {}
    traps = 0
    for r in rows:
        if len(r) != 5:
            errors.append(f"bad row {r[:1]}")
            continue
        f_, label, lang, kind, reason = r
        if label not in LABEL_SET:
            errors.append(f"{f_}: bad label {label}")
            continue
        count[label] += 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds.setdefault(kind, {k: 0 for k in LABEL_SET})[label] += 1
        if lang not in LANGS:
            errors.append(f"{f_}: bad lang {lang}")
        if reason.startswith("trap:"):
            traps += 1
            if label != "NORMAL":
                errors.append(f"{f_}: trap on non-NORMAL")
        if not reason.strip():
            errors.append(f"{f_}: empty reason")
    if count != TARGET:
        errors.append(f"label counts {count} != {TARGET}")
    if traps < 40:
        errors.append(f"only {traps} traps")
    addr_re = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
    url_re = re.compile(r"https?://([A-Za-z0-9.-]+)")
    iban_re = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")
    formats = {}
    n_ibans = 0
    for name in expected:
        raw = files[name]
        if raw.count(b"\n") != raw.count(b"\r\n"):
            errors.append(f"{name}: bare LF line endings")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{name}: missing {h}")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
        top = msg.get_content_type()
        formats[top] = formats.get(top, 0) + 1
        try:
            texts = _texts(msg)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{name}: {e}")
            continue
        for where, t in texts:
            for d in addr_re.findall(t):
                if not d.lower().endswith(".example"):
                    errors.append(f"{name} {where}: domain {d}")
            for d in url_re.findall(t):
                if not d.lower().endswith(".example"):
                    errors.append(f"{name} {where}: url host {d}")
            for ib in iban_re.findall(t):
                s = ib.replace(" ", "")
                if s[:2] in ("DE", "AT", "GB", "NL") and len(s) >= 15:
                    n_ibans += 1
                    if not _iban_ok(s):
                        errors.append(f"{name} {where}: invalid IBAN {ib}")
    print(f"files: {len(present)}  labels: {count}  traps: {traps}")
    print(f"languages: {langs}")
    print(f"top-level types: {formats}")
    print(f"IBANs checked: {n_ibans}")
    print("kinds: " + ", ".join(f"{k}={sum(v.values())}" for k, v in sorted(kinds.items())))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"CHECK FAILED ({len(errors)} errors)")
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
