#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev108 for Siegel: digital channels of the (fictitious) Weserland Versicherung AG.

Contact-form dumps, chatbot and live-chat transcripts, app/portal notifications,
callback requests, online claim forms, upload confirmations and the e-mail-to-case
gateway. Every mail is written by hand in its own function m001 ... m150; the helpers
below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d108-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
Standard library only, Python 3.8+, deterministic, no network.
"""
import io
import json
import os
import re
import sys
import zipfile
import datetime
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

NN = "108"
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
INS = "weserland-versicherung.example"
ZIP_TS = (2025, 1, 2, 8, 0, 0)


# ---------------------------------------------------------------- MIME helpers
def _date(s):
    """'2025-03-17 09:14' -> RFC 5322 date, Europe/Berlin offset (DST from 30.03.2025)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if d >= datetime.datetime(2025, 3, 30, 2, 0) else 1
    d = d.replace(second=(d.minute * 7 + d.hour) % 60,
                  tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    return format_datetime(d)


def _fill(msg, frm, to, subj, date, cc=None, hdr=None, msgid=None):
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subj
    msg["Date"] = _date(date)
    msg["Message-ID"] = msgid
    msg["MIME-Version"] = "1.0"
    for k, v in (hdr or []):
        msg[k] = v


def _body(msg, body, html, charset, cte):
    if body is not None and html is not None:
        msg.set_content(body, charset="utf-8")
        msg.add_alternative(html, subtype="html", charset="utf-8")
    elif html is not None:
        if cte:
            msg.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            msg.set_content(html, subtype="html", charset=charset)
    else:
        if cte:
            msg.set_content(body, charset=charset, cte=cte)
        else:
            msg.set_content(body, charset=charset)


def inner(frm, to, subj, date, body, html=None, n=0, cc=None):
    """A complete message to be attached as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    _fill(m, frm, to, subj, date, cc=cc,
          msgid="<fwd.%d.%s@mail.%s>" % (n, date.replace(" ", "T").replace(":", ""),
                                         frm.split("@")[-1].rstrip(">")))
    _body(m, body, html, "utf-8", None)
    return m


def M(n, label, lang, kind, reason, frm, to, subj, date, body=None, html=None,
      atts=(), cc=None, hdr=None, charset="utf-8", cte=None):
    msg = EmailMessage(policy=policy.SMTP)
    _fill(msg, frm, to, subj, date, cc=cc, hdr=hdr,
          msgid="<d%s.%04d.%s@mx1.%s>" % (NN, n, date[:10].replace("-", ""), INS))
    _body(msg, body, html, charset, cte)
    for a in atts:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
        else:
            maintype, subtype, fname, data = a
            if maintype == "text":
                cs = "utf-8"
                if isinstance(data, tuple):
                    data, cs = data
                msg.add_attachment(data, subtype=subtype, charset=cs, filename=fname)
            else:
                msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("----=_d%s_%04d_part%d" % (NN, n, i))
    return {"n": n, "msg": msg, "label": label, "lang": lang, "kind": kind, "reason": reason}


# ---------------------------------------------------------- attachment helpers
def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, *mode in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if mode else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def pdf(fname, lines, title="Dokument"):
    def pesc(s):
        s = s.replace("€", "EUR").replace("–", "-").replace("„", '"').replace("“", '"')
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return s.encode("latin-1", "replace")
    stream = b"BT /F1 10 Tf 50 800 Td 13 TL\n"
    for ln in lines:
        stream += b"(" + pesc(ln) + b") Tj T*\n"
    stream += b"ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + pesc(title) + b") /Producer (Weserland DocGen 2.1) /CreationDate (D:20250101080000) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return ("application", "pdf", fname, out)


def docx(fname, paras):
    """paras: str -> paragraph; list -> table row (consecutive rows form a table)."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body, rows = [], []

    def flush():
        if rows:
            t = "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
            for r in rows:
                t += "<w:tr>" + "".join(
                    "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % _esc(str(c))
                    for c in r) + "</w:tr>"
            body.append(t + "</w:tbl>")
            rows.clear()
    for p in paras:
        if isinstance(p, list):
            rows.append(p)
        else:
            flush()
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % _esc(p))
    flush()
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % (ns, "".join(body)))
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
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])
    return ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document", fname, data)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(fname, rows, sheet="Tabelle1"):
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (_col(ci), ri)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif v is None or v == "":
                continue
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _esc(str(v))))
        xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    sheetxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
                % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _esc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    data = _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheetxml)])
    return ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", fname, data)


def _odf(mime, content):
    man = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime, "stored"), ("META-INF/manifest.xml", man), ("content.xml", content)])


_ODNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def odt(fname, paras):
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:text>%s'
         '</office:text></office:body></office:document-content>'
         % (_ODNS, "".join("<text:p>%s</text:p>" % _esc(p) for p in paras)))
    return ("application", "vnd.oasis.opendocument.text", fname,
            _odf("application/vnd.oasis.opendocument.text", c))


def ods(fname, rows, sheet="Tabelle1"):
    tr = "".join("<table:table-row>%s</table:table-row>" % "".join(
        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _esc(str(v))
        for v in r) for r in rows)
    c = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body><office:spreadsheet>'
         '<table:table table:name="%s">%s</table:table></office:spreadsheet></office:body></office:document-content>'
         % (_ODNS, _esc(sheet), tr))
    return ("application", "vnd.oasis.opendocument.spreadsheet", fname,
            _odf("application/vnd.oasis.opendocument.spreadsheet", c))


def csv_att(fname, text, charset="utf-8", subtype="csv"):
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if charset == "utf-8":
        return ("text", subtype, fname, (text, "utf-8"))
    return ("application", "vnd.ms-excel", fname, text.encode(charset))


def txt_att(fname, text, subtype="plain"):
    return ("text", subtype, fname, (text, "utf-8"))


def json_att(fname, obj):
    return ("application", "json", fname, json.dumps(obj, ensure_ascii=False, indent=2).encode("utf-8"))


def ics(fname, text):
    return ("text", "calendar", fname, (text.replace("\r\n", "\n").replace("\n", "\r\n"), "utf-8"))


def zip_att(fname, members):
    """members: (name, bytes) or an attachment tuple from the helpers above."""
    mm = []
    for m in members:
        if len(m) == 4:
            data = m[3]
            if isinstance(data, tuple):
                data = data[0].encode(data[1])
            mm.append((m[2], data))
        else:
            mm.append(m)
    return ("application", "zip", fname, _zip(mm))


def octet(a):
    """Same attachment, sent as application/octet-stream (scanner / legacy export)."""
    return ("application", "octet-stream", a[2], a[3])


# ====================================================================== mails
# Weserland Versicherung AG, Bremen.  Systems: "Mein Weserland" portal + app,
# web forms (kontaktformular@), chatbot "Wendy" and live chat (Parlaro platform),
# Rückrufservice, "Schaden online melden", Dokumenten-Upload, E-Mail-to-Case gateway
# (Vorgangsnummern VG-2025-…).

def m001():
    return M(1, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "contact-form dump: PKV reimbursement of physiotherapy after slipped disc, birth date, policy no",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Leistung KV Posteingang <leistung-kv@weserland-versicherung.example>",
             "[Kontaktformular] Leistungsabrechnung / Erstattung – KF-250311-20417",
             "2025-03-11 22:41",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Kontakt – Krankenversicherung
Formular-ID:         KF-250311-20417
Eingang:             11.03.2025, 22:41:07 Uhr
Quelle:              Website (mobil, iOS)
-------------------------------------------------------------
Anrede:              Frau
Vorname:             Heike
Nachname:            Grotheer
Geburtsdatum:        04.09.1968
Straße / Nr.:        Kirchhuchtinger Landstraße 112
PLZ / Ort:           28259 Bremen
Telefon:             0421 5793312
E-Mail:              h.grotheer@nordpost.example
Versicherungsnummer: KV 4471 208 933
Thema:               Leistungsabrechnung / Erstattung
Anliegen:
Guten Abend, ich habe nach meinem Bandscheibenvorfall (L4/L5) im Januar vom
Orthopäden 12x Krankengymnastik und 6x manuelle Therapie verordnet bekommen. Die
erste Rechnung der Praxis Physio am Deich (340,80 €) habe ich über die App
eingereicht, erstattet wurden aber nur 212,00 €. In der Abrechnung steht
"Höchstsatz überschritten". Das verstehe ich nicht, mein Tarif ist doch der
Komfort-Tarif?? Die zweite Rechnung kommt nächste Woche, soll ich die überhaupt
einreichen? Ich habe noch 4 Termine offen.
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (11.03.2025 22:41)
Anhänge: keine

Diese E-Mail wurde automatisch erzeugt. Bitte nicht direkt antworten, sondern den
Vorgang in der Queue LKV-Erstattung übernehmen.
""")


def m002():
    return M(2, "NORMAL", "de", "internal",
             "trap: test submission of the health contact form with placeholder data (Max Mustermann, 01.01.1900, 'Testdiagnose')",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Leistung KV Posteingang <leistung-kv@weserland-versicherung.example>",
             "[Kontaktformular] Leistungsabrechnung / Erstattung – KF-250312-00003 [TEST]",
             "2025-03-12 07:58",
             cc="Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             body="""\
*** TESTSYSTEM (forms-int) – Nachricht bitte ignorieren ***

Neue Nachricht über https://forms-int.weserland-versicherung.example/kontakt

Formular:            Kontakt – Krankenversicherung
Formular-ID:         KF-250312-00003
Eingang:             12.03.2025, 07:58:40 Uhr
Quelle:              Website (Desktop)
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Max
Nachname:            Mustermann
Geburtsdatum:        01.01.1900
Straße / Nr.:        Musterstraße 1
PLZ / Ort:           12345 Musterstadt
Telefon:             0000 000000
E-Mail:              test@weserland-versicherung.example
Versicherungsnummer: KV 0000 000 000
Thema:               Leistungsabrechnung / Erstattung
Anliegen:
Testdiagnose lorem ipsum dolor sit amet – Prüfung Zeichensatz äöüß ÄÖÜ € und
Zeilenumbruch. Feld "Anliegen" mit 2.000 Zeichen, Release 4.2 Web-Formulare.
-------------------------------------------------------------
Rückmeldung gewünscht per: Telefon
Einwilligung Datenschutzhinweise: ja (12.03.2025 07:58)
Anhänge: testdatei_leer.pdf (0 KB)

Diese E-Mail wurde automatisch erzeugt. Bitte nicht direkt antworten, sondern den
Vorgang in der Queue LKV-Erstattung übernehmen.
""")


def m003():
    return M(3, "CONFIDENTIAL", "en", "customer",
             "online claim form, bicycle theft under household policy: name, address, policy and claim number, frame number",
             "Weserland Claims Online <schaden-online@weserland-versicherung.example>",
             "Schaden Sach Hausrat <schaden-hausrat@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-018812 | Hausrat / Fahrraddiebstahl | EN",
             "2025-03-12 08:15",
             body="""\
Online claim notification (language of the form: English)
=========================================================
Reference:          SO-25-018812
Submitted:          12.03.2025 08:14 (portal, logged in)
Line of business:   Household contents (Hausrat)
Policy number:      HR 22.817.401
Policyholder:       Mr Daniel Whitcombe
Address:            Am Hulsberg 37, 28205 Bremen
Phone:              +49 176 55018234
E-mail:             d.whitcombe@freemail.example

Type of loss:       Theft of bicycle (Fahrraddiebstahl)
Date of loss:       between 10.03.2025 19:30 and 11.03.2025 07:45
Place:              bicycle stand in front of the building, Am Hulsberg 37
Police report:      yes – Polizei Bremen, Revier Mitte, file no. 0611-25-031877

Description (customer):
My bike was locked with a folding lock to the bike stand in the courtyard. In the
morning it was gone, lock also gone. Neighbours did not see anything.

Item:               Trekking bike, Kalkhoff Endeavour 3.B, black, 2023
Frame number:       WBK7731902KH
Purchase price:     1.349,00 EUR (receipt uploaded)
Amount claimed:     1.349,00 EUR

Uploaded files:     receipt_bike_2023.pdf, police_report_0611-25-031877.jpg
Bank details:       as on file (not changed)

-- generated by Schaden online melden v3.4 --
""")


def m004():
    return M(4, "NORMAL", "en", "system",
             "trap: e-mail-to-case gateway batch report, counts only, no person",
             "Case Gateway <case-gateway@weserland-versicherung.example>",
             "IT Digital Channels <it-digital@weserland-versicherung.example>",
             "[case-gw-prod] Nightly mailbox sync completed – 412 processed, 3 rejected",
             "2025-03-12 02:05",
             body="""\
case-gw-prod / job MAILBOX_SYNC / run 2025-03-12T01:00:00+01:00

Mailboxes polled:            7
  service@                   188
  leistung-kv@                97
  schaden@                    61
  leben-service@              23
  vertrag@                    31
  makler@                      9
  beschwerde@                  3
Messages processed:          412
  new case created:          276
  appended to open case:     133
  rejected:                    3

Rejection reasons:
  ATTACHMENT_TOO_LARGE (>25 MB)   2
  MALWARE_SUSPECTED               1   (quarantine id q-8812, sandbox verdict: EICAR test string)

Classifier queue assignment (top 5):
  LKV-Erstattung 84 | SACH-Schaden 52 | KFZ-Schaden 41 | VERTRAG-Aenderung 38 | LEBEN-Service 19

Duration: 00:04:51. Next run: 2025-03-13T01:00:00+01:00.
This is an automated message. Dashboard: https://casegw.weserland-versicherung.example/runs
""")


def m005():
    return M(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "chatbot transcript mailed to an international student: root canal treatment, tooth pain, policy number",
             "Weserland Care International <no-reply@weserland-versicherung.example>",
             "Aigerim Nurlanovna <aigerim.nurlan@studmail.example>",
             "Your chat with Wendy – transcript",
             "2025-03-12 13:40",
             body="""\
Hello Aigerim,

as requested, here is the transcript of your chat with Wendy, the digital
assistant of Weserland Care International.

Chat ID: CB-25-0312-55120 | 12.03.2025 13:21–13:39 | logged in: yes
Policy: WCI-2024-118273 (Student Care Basic)

[13:21] Wendy: Hi! I'm Wendy, Weserland's digital assistant. How can I help you?
[13:21] You: hi i have a really bad toothache since 3 days, left side lower
[13:22] Wendy: I'm sorry to hear that. If you are in severe pain, please see a
        dentist as soon as possible. Would you like to know what your plan covers?
[13:22] You: yes. dentist said i need root canal treatment on tooth 36 and maybe a crown later
[13:23] Wendy: Under Student Care Basic, pain-relieving dental treatment is covered
        at 100 %. Root canal treatment is covered at 80 % if the tooth can be preserved.
        Crowns are not covered in the first 12 months.
[13:24] You: the dentist wants 480 euro upfront, i cant pay this
[13:25] Wendy: You can ask the dental practice to send us a treatment plan
        (Heil- und Kostenplan) before treatment. We usually reply within 5 working days.
[13:26] You: but the pain is now. also i take ibuprofen 600 three times a day is that ok
[13:26] Wendy: I can't give medical advice. Please ask your dentist or a pharmacist
        about your medication. In an emergency, call 116 117 or 112.
[13:27] You: ok. can i talk to a human
[13:27] Wendy: Our team is available Mon–Fri 8:00–18:00. I have created a callback
        request for you (RR-2025-03-1187).
[13:39] You: thanks

Please note: this transcript is for your information only and is not a claim decision.

Weserland Care International · Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
""")


def m006():
    return M(6, "CONFIDENTIAL", "de", "customer",
             "callback request: motor premium increase, name, plate, policy number, SF class",
             "Weserland Rückrufservice <rueckruf@weserland-versicherung.example>",
             "Kfz Vertrag Team 2 <kfz-vertrag@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1190 – Kfz – heute 16-18 Uhr",
             "2025-03-12 14:02",
             body="""\
Rückrufwunsch über Website
--------------------------
Nr.:            RR-2025-03-1190
Eingang:        12.03.2025 14:02
Name:           Bernd Kück
Telefon:        0160 9127734
Wunschtermin:   heute, 16:00–18:00 Uhr
Sparte:         Kfz
Vertragsnr.:    K 58.214.773-0
Kennzeichen:    OHZ-BK 118
Thema:          Beitrag / Beitragserhöhung
Nachricht:      Beitrag ist von 487 auf 641 Euro gestiegen obwohl ich keinen Schaden
                hatte. SF 14 steht auf der Rechnung, müsste aber SF 15 sein. bitte zurückrufen

Zugeordnet an:  Kfz Vertrag Team 2 (automatisch, Regel KFZ-BEITRAG)
""")


def m007():
    return M(7, "NORMAL", "de", "internal",
             "trap: DOCX template of the form-notification mail for the PKV benefit application, only {{placeholders}}",
             "Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             "Svenja Tietjen <svenja.tietjen@weserland-versicherung.example>",
             "Vorlage Benachrichtigungsmail Leistungsantrag KV – bitte fachlich abnehmen",
             "2025-03-12 15:30",
             body="""\
Hallo Svenja,

anbei die neue Vorlage für die interne Benachrichtigung, die das Formular
"Leistungsantrag Krankenversicherung" ab Release 4.3 an euren Posteingang schickt.
Neu sind die Felder Diagnose (Freitext, optional), behandelnder Arzt und die Liste
der hochgeladenen Belege. Die Platzhalter werden vom Formularserver befüllt.

Kannst du bis Freitag fachlich abnehmen? Besonders die Reihenfolge der Felder –
Bernd aus der Sachbearbeitung wünscht sich die Versicherungsnummer ganz oben.

Danke & Gruß
Hauke

--
Hauke Meyerdierks
Product Owner Web-Formulare & Upload | IT Digitale Kanäle
Weserland Versicherung AG | Am Wall 140 | 28195 Bremen
""",
             atts=[docx("Vorlage_Mail_Leistungsantrag_KV_v4.3.docx", [
                 "Betreff: [Leistungsantrag KV] {{formular_id}} – {{versicherungsnummer}}",
                 "Neue Einreichung über {{kanal}} am {{eingang_datum}} um {{eingang_uhrzeit}} Uhr",
                 ["Feld", "Platzhalter", "Pflicht"],
                 ["Versicherungsnummer", "{{versicherungsnummer}}", "ja"],
                 ["Versicherte Person", "{{vp_vorname}} {{vp_nachname}}", "ja"],
                 ["Geburtsdatum", "{{vp_geburtsdatum}}", "ja"],
                 ["Behandelnder Arzt / Einrichtung", "{{leistungserbringer}}", "nein"],
                 ["Diagnose (Freitext)", "{{diagnose_text}}", "nein"],
                 ["Rechnungsbetrag gesamt", "{{summe_betrag}} EUR", "ja"],
                 ["Belege", "{{liste_dateien}}", "ja"],
                 ["Abweichende Bankverbindung", "{{iban_maskiert}}", "nein"],
                 "Hinweis: Diese E-Mail wurde automatisch erzeugt. Bitte Vorgang in der Queue {{queue}} übernehmen.",
             ])])


def m008():
    return M(8, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "upload confirmation to customer listing file names (discharge report, anaesthesia invoice) for health policy",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Torsten Lüerßen <t.luerssen@web-post.example>",
             "Ihre Unterlagen sind bei uns eingegangen (Vorgang VG-2025-0413502)",
             "2025-03-12 18:24",
             body="""\
Guten Tag Herr Lüerßen,

vielen Dank für Ihren Upload über „Mein Weserland“. Wir haben am 12.03.2025 um
18:22 Uhr folgende Dateien zu Ihrer Krankenversicherung KV 3318 904 126 erhalten:

  1. Entlassungsbericht_Klinikum_Links_der_Weser_Kardiologie.pdf   (1,4 MB)
  2. Rechnung_Anaesthesie_Dr_Oltmanns_Feb25.pdf                       (212 KB)
  3. Rechnung_Wahlleistung_Zweibettzimmer.jpg                         (3,1 MB)
  4. Herzkatheter_Befund_seite2.jpg                                    (2,8 MB)

Vorgangsnummer: VG-2025-0413502
Versicherte Person: Torsten Lüerßen

Wir prüfen Ihre Unterlagen und melden uns, sobald die Abrechnung vorliegt. Den
Bearbeitungsstand sehen Sie jederzeit in der App unter „Meine Vorgänge“.

Bitte antworten Sie nicht auf diese E-Mail.

Ihre Weserland Versicherung
Weserland Versicherung AG · Am Wall 140 · 28195 Bremen · Vorstand: Dr. Ulrike Behrens (Vors.), Jens Pundt
""")


def m009():
    return M(9, "CONFIDENTIAL", "de", "insurer-to-customer",
             "e-mail-to-case auto-reply quoting the customer's new IBAN for the household policy",
             "Weserland Kundenservice <service@weserland-versicherung.example>",
             "Annegret Hinrichs <annegret.hinrichs@nordpost.example>",
             "AW: [VG-2025-0413377] neue Bankverbindung",
             "2025-03-12 19:06",
             body="""\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer
VG-2025-0413377 erfasst und an die zuständige Fachabteilung weitergeleitet.
Bitte geben Sie bei Rückfragen die Vorgangsnummer im Betreff an.

Dies ist eine automatische Eingangsbestätigung.

Ihre Weserland Versicherung

-------- Ihre Nachricht vom 12.03.2025, 19:04 --------
Von: Annegret Hinrichs <annegret.hinrichs@nordpost.example>
Betreff: neue Bankverbindung

> Sehr geehrte Damen und Herren,
>
> ab April bitte den Beitrag für meine Hausratversicherung (HR 21.033.918)
> von meinem neuen Konto abbuchen:
>
> Annegret Hinrichs
> DE53 2801 1391 5483 7952 58
> Oldenburgische Landesbank
>
> Das alte Konto bei der Sparkasse wird zum 31.03. aufgelöst.
>
> Mit freundlichen Grüßen
> Annegret Hinrichs
> Lange Straße 9, 27749 Delmenhorst
""")


def m010():
    return M(10, "NORMAL", "en", "internal",
             "trap: release notes of the health app (receipt upload, ICD lookup, doctors' invoices) with no person",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "Digital Channels All <digital-all@weserland-versicherung.example>",
             "Release notes – Mein Weserland app 3.8.0 (iOS/Android)",
             "2025-03-13 09:10",
             body="""\
Hi all,

3.8.0 is rolling out today (staged: 10 % → 50 % → 100 % by Monday).

New
- Receipt scanner: multi-page capture for doctors' invoices and pharmacy receipts,
  automatic edge detection, up to 20 pages per submission.
- Health claims: OCR pre-fill of invoice date, amount and GOÄ/GOZ items; the user
  confirms before sending.
- "Why was this not reimbursed?" – links from the settlement to the FAQ.
- Dark mode for the document inbox.

Fixed
- Crash when uploading HEIC photos larger than 12 MB (WSL-4412).
- Push notification "New document" opened the wrong tab on Android 14 (WSL-4390).
- Diagnosis free-text field lost umlauts on iOS 17.2 (WSL-4371).

Known issues
- ICD code lookup in the claim form still shows the 2024 catalogue until the
  backend update on 20 March.

Metrics dashboard and crash rates: https://appmetrics.weserland-versicherung.example/3.8

Cheers,
Priya
--
Priya Raman | Lead Mobile Engineer | IT Digital Channels
""")

def m011():
    html = """\
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Hi Svenja,</p>
<p>forwarding a live chat from this morning – customer wants a pre-authorisation for an MRI.
I told him we need the referral. Can someone from LKV International call him back? He prefers English.</p>
<p>Thanks, Malte</p>
<hr>
<table style="font-size:9pt;border-collapse:collapse">
<tr><td><b>Chat ID</b></td><td>LC-25-0313-08841</td></tr>
<tr><td><b>Customer</b></td><td>Mr Rafael Ortega Llamas (verified via portal login)</td></tr>
<tr><td><b>Policy</b></td><td>WCI-2023-104417 (Expat Care Comfort)</td></tr>
<tr><td><b>Agent</b></td><td>Malte B.</td></tr>
</table>
<pre style="font-size:9pt">
[09:12:03] Rafael: Hello, I hurt my right knee playing padel last Saturday, it is swollen and
           I cannot fully bend it
[09:12:40] Malte B.: Good morning Mr Ortega, I'm sorry to hear that. How can I help?
[09:13:15] Rafael: the orthopaedist (Dr. Kettler, Schwachhausen) suspects a meniscus tear and
           wants an MRI. The radiology practice asks if my insurance pays, otherwise I pay 590 EUR
[09:14:02] Malte B.: An MRI is covered under Expat Care Comfort when it is referred by a doctor.
           You do not need a formal pre-authorisation for outpatient imaging below 1,000 EUR.
[09:14:30] Rafael: and if they need to operate? arthroscopy?
[09:15:10] Malte B.: For planned surgery we recommend sending us the hospital's cost estimate in
           advance so we can issue a cost coverage guarantee.
[09:15:44] Rafael: ok. I also have the referral photo, can I send it here
[09:16:02] Malte B.: Please use the upload in the portal ("Submit documents"), the chat does not
           accept attachments. I'll ask a colleague to call you today.
[09:16:20] Rafael: +49 152 22918830 please after 14:00
</pre>
</body></html>"""
    text = """\
Hi Svenja,

forwarding a live chat from this morning – customer wants a pre-authorisation for an MRI.
I told him we need the referral. Can someone from LKV International call him back? He prefers English.

Thanks, Malte

Chat ID: LC-25-0313-08841
Customer: Mr Rafael Ortega Llamas (verified via portal login)
Policy: WCI-2023-104417 (Expat Care Comfort)
Agent: Malte B.

[09:12:03] Rafael: Hello, I hurt my right knee playing padel last Saturday, it is swollen and
           I cannot fully bend it
[09:12:40] Malte B.: Good morning Mr Ortega, I'm sorry to hear that. How can I help?
[09:13:15] Rafael: the orthopaedist (Dr. Kettler, Schwachhausen) suspects a meniscus tear and
           wants an MRI. The radiology practice asks if my insurance pays, otherwise I pay 590 EUR
[09:14:02] Malte B.: An MRI is covered under Expat Care Comfort when it is referred by a doctor.
           You do not need a formal pre-authorisation for outpatient imaging below 1,000 EUR.
[09:14:30] Rafael: and if they need to operate? arthroscopy?
[09:15:10] Malte B.: For planned surgery we recommend sending us the hospital's cost estimate in
           advance so we can issue a cost coverage guarantee.
[09:15:44] Rafael: ok. I also have the referral photo, can I send it here
[09:16:02] Malte B.: Please use the upload in the portal ("Submit documents"), the chat does not
           accept attachments. I'll ask a colleague to call you today.
[09:16:20] Rafael: +49 152 22918830 please after 14:00
"""
    return M(11, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "live-chat transcript forwarded to health claims: knee injury, suspected meniscus tear, MRI, expat policy",
             "Malte Brünjes <malte.bruenjes@weserland-versicherung.example>",
             "Svenja Tietjen <svenja.tietjen@weserland-versicherung.example>",
             "FW: Live chat LC-25-0313-08841 – MRI pre-authorisation / callback",
             "2025-03-13 09:21", body=text, html=html)


def m012():
    return M(12, "CONFIDENTIAL", "en", "insurer-to-broker",
             "broker-portal notification naming the client, household policy number and new schedule",
             "Weserland Maklerportal <maklerportal@weserland-versicherung.example>",
             "Finch & Brandt Insurance Brokers <office@finch-brandt.example>",
             "New document for your client – Policy schedule Household",
             "2025-03-13 10:02",
             body="""\
Dear broker,

a new document is available in the broker portal for your partner firm
Finch & Brandt Insurance Brokers (partner no. VP 40-1187):

  Client:           Ms Charlotte Ashworth-Meier
  Policy:           Household contents HR 22.904.551
  Document:         Policy schedule (amendment) – new sum insured 78,000 EUR
                    following the client's move to Parkallee 201, 28209 Bremen
  Issued:           13.03.2025
  Channel:          customer portal request (self-service)

Log in to view or download it:
https://makler.weserland-versicherung.example/post

You receive this e-mail because e-mail notifications are switched on for your
user account. You can change this under Settings > Notifications.

Weserland Versicherung AG · Broker Service · Am Wall 140 · 28195 Bremen
""")


def m013():
    return M(13, "NORMAL", "de", "insurer-to-customer",
             "trap: generic portal notification 'new document in your mailbox', no name, no contract, no content",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "k.osterloh@t-net.example",
             "Neues Dokument in Ihrem Postfach",
             "2025-03-13 10:15",
             body="""\
Guten Tag,

in Ihrem Postfach bei „Mein Weserland“ liegt ein neues Dokument für Sie bereit.

Aus Sicherheitsgründen versenden wir Dokumente nicht per E-Mail. Bitte melden Sie
sich in der App oder unter https://mein.weserland-versicherung.example an.

Sie haben diese Benachrichtigung nicht erwartet? Dann melden Sie sich bitte bei uns:
0421 3390-0 (Mo–Fr 8–18 Uhr). Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

Ihre Weserland Versicherung
""",
             html="""\
<html><body style="font-family:Arial,sans-serif;color:#1d2b3a">
<table width="600" cellpadding="0" cellspacing="0" style="margin:auto">
<tr><td style="background:#00586e;padding:18px;color:#fff;font-size:18px">Mein Weserland</td></tr>
<tr><td style="padding:24px;font-size:14px">
<p>Guten Tag,</p>
<p>in Ihrem Postfach bei „Mein Weserland“ liegt ein neues Dokument für Sie bereit.</p>
<p><a href="https://mein.weserland-versicherung.example" style="background:#e3007b;color:#fff;padding:10px 18px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:12px;color:#666">Aus Sicherheitsgründen versenden wir Dokumente nicht per E-Mail.
Sie haben diese Benachrichtigung nicht erwartet? 0421 3390-0 (Mo–Fr 8–18 Uhr).
Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.</p>
</td></tr></table></body></html>""")


def m014():
    return M(14, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "online accident claim form: fall from bicycle, wrist fracture, surgery, hospital, accident policy",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-019040 | Unfall | Unfallmeldung Erwachsener",
             "2025-03-13 11:48",
             body="""\
Schaden online melden – Unfallmeldung
=====================================
Referenz:                  SO-25-019040
Eingang:                   13.03.2025 11:47 (App, Android)
Versicherungsnummer:       UV 61 004 218
Versicherungsnehmer:       Gesine Wöltjen
Verletzte Person:          Gesine Wöltjen, geb. 17.06.1979
Anschrift:                 Hohe Straße 4, 27283 Verden (Aller)
Telefon:                   04231 667190
E-Mail:                    gesine.woeltjen@freemail.example
Beruf:                     Grundschullehrerin (angestellt)

Unfalltag / Uhrzeit:       08.03.2025, ca. 16:30
Unfallort:                 Radweg Allerdeich, Höhe Fähre Eissel
Unfallhergang:             Mit dem Fahrrad auf nassem Laub weggerutscht, auf die
                           ausgestreckte rechte Hand gefallen.
Verletzungen:              distale Radiusfraktur rechts, Prellung Hüfte rechts
Erstbehandlung:            Aller-Weser-Klinik Verden, Notaufnahme, 08.03.2025
Stationär:                 ja, 08.03.–11.03.2025, OP am 09.03. (Plattenosteosynthese)
Behandelnder Arzt jetzt:   Dr. med. Arne Fischbeck, Unfallchirurgie, Verden
Arbeitsunfähig:            ja, seit 08.03.2025, voraussichtlich 6 Wochen
Gesetzl. Unfallversicherung: nein (Freizeit)
Polizei:                   nein
Zeugen:                    Ehemann (Frank Wöltjen)

Beantragte Leistungen:     Krankenhaustagegeld, Genesungsgeld, ggf. Invalidität
Uploads:                   Entlassbrief_AWK_Verden.pdf, Roentgen_Handgelenk.jpg

Schweigepflichtentbindung: elektronisch erteilt (Version SPE-2024-01), 13.03.2025 11:46
""")


def m015():
    return M(15, "NORMAL", "mixed", "internal",
             "trap: dev stand-up notes (German/English) about chat-to-case handover and health-data masking, no person",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Team Conversational <team-conversational@weserland-versicherung.example>",
             "Standup notes 13.03. – handover chat → case",
             "2025-03-13 10:05",
             body="""\
Moin zusammen, kurze Notes von heute:

Priya
- handover payload chat → case gateway now includes transcript as text/plain, not PDF
- blocker: masking regex for "Diagnose:" / "diagnosis:" also hits "Diagnosegerät" in Kfz chats,
  needs a word boundary – fix today

Malte (Fachseite)
- Agents wünschen sich, dass Wendy bei Gesundheitsthemen früher an Menschen übergibt.
  Vorschlag: Intent "krankheit_allgemein" → direkter Handover statt 3 Rückfragen.

Okan
- Vendor (Dialogwerk) confirms new NLU model on staging Monday; regression set 1.240 utterances,
  all synthetic
- DSB-Termin mit Frau Dr. Albers zum Löschkonzept Chatprotokolle: Di 18.03., 14 Uhr

Open
- Who owns the English chatbot texts for Care International? → Okan fragt bei Vertrieb

Nächstes Standup morgen 9:30, Raum Weser 2 / Teams.
Okan
""")


def m016():
    return M(16, "CONFIDENTIAL", "de", "customer",
             "online household burglary claim: name, address, policy and claim number, CSV list of stolen items",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Schaden Sach Hausrat <schaden-hausrat@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-019112 | Hausrat | Einbruchdiebstahl",
             "2025-03-13 20:31",
             body="""\
Schaden online melden – Hausrat
===============================
Referenz:              SO-25-019112
Eingang:               13.03.2025 20:30 (Portal, angemeldet)
Versicherungsnummer:   HR 20.477.083
Versicherungsnehmer:   Jörg und Sabine Ahlers
Risikoort:             Worpsweder Straße 22, 28865 Lilienthal
Telefon:               04298 30917
E-Mail:                ahlers.lilienthal@nordpost.example

Schadenart:            Einbruchdiebstahl
Schadentag:            13.03.2025 zwischen 08:00 und 17:15 Uhr
Hergang:               Terrassentür aufgehebelt, Schlafzimmer und Arbeitszimmer
                       durchsucht. Nachbarin hat nichts bemerkt.
Polizei:               ja, PI Osterholz, Tagebuchnr. 25-0313-4471
Schäden am Gebäude:    Terrassentür (Eigentum) – wird über Wohngebäude gemeldet
Entwendete Sachen:     siehe Anlage (Stehlgutliste), vorläufige Summe 6.870,00 EUR
Fotos:                 tuer_aussen.jpg, tuer_innen.jpg, schlafzimmer.jpg

Anlage: stehlgutliste_SO-25-019112.csv
""",
             atts=[csv_att("stehlgutliste_SO-25-019112.csv", """\
Pos;Gegenstand;Hersteller/Modell;Anschaffung;Neupreis EUR;Beleg vorhanden
1;Notebook;Lenovo ThinkPad E14 Gen 5;2024-01;899,00;ja
2;Goldkette mit Anhänger;Juwelier Kröger Bremen;2012;1.450,00;nein (Foto)
3;Armbanduhr;Junghans Max Bill Automatic;2019;1.095,00;ja
4;Bargeld;-;-;380,00;nein
5;Spielkonsole;Sony PlayStation 5 inkl. 2 Controller;2023-12;619,00;ja
6;Kamera;Fujifilm X-T30 II mit Objektiv;2022-06;1.199,00;ja
7;Ohrringe Weißgold;-;2016;680,00;nein
8;Tablet;Apple iPad 10. Gen;2023-03;548,00;ja
""", charset="windows-1252")])


def m017():
    return M(17, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "callback request for occupational disability (BU) claim, customer names burnout and sick leave",
             "Weserland Rückrufservice <rueckruf@weserland-versicherung.example>",
             "Leben Leistung BU <leistung-bu@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1231 – Berufsunfähigkeit – morgen vormittags",
             "2025-03-13 21:12",
             body="""\
Rückrufwunsch über Website
--------------------------
Nr.:            RR-2025-03-1231
Eingang:        13.03.2025 21:12
Name:           Mareike Stührmann
Telefon:        0151 40228817
Wunschtermin:   morgen, 09:00–12:00 Uhr
Sparte:         Leben / Berufsunfähigkeit
Vertragsnr.:    LV 3.114.589.2
Thema:          Leistungsantrag stellen
Nachricht:      Ich bin seit November krankgeschrieben (Burnout / Erschöpfungsdepression),
                meine Psychiaterin meint ich soll BU beantragen. Ich weiß nicht wie das
                geht und schaffe die Formulare nicht allein. Bitte nicht vor 9 anrufen.

Zugeordnet an:  Leben Leistung BU (automatisch, Regel LEBEN-BU)
""")


def m018():
    return M(18, "NORMAL", "en", "supplier",
             "trap: chatbot vendor monthly SLA report, aggregates of health intents only",
             "Niamh Gallagher <niamh.gallagher@dialogwerk.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Dialogwerk – Monthly service report February 2025 (Weserland)",
             "2025-03-14 08:45",
             body="""\
Hi Okan,

please find attached the service report for February 2025.

Highlights
- Availability 99.94 % (target 99.5 %), one incident on 19 Feb (NLU latency, 23 min)
- 48,210 conversations (+6 % vs. January), containment rate 61 %
- Handover to live agents 22 %; health-related intents account for 38 % of handovers
- CSAT (thumbs up/down) 4.1 / 5

The intent "upload_medical_invoice" is now the second most frequent intent after
"login_problem". We suggest adding a guided flow; proposal will follow.

Kind regards,
Niamh

Niamh Gallagher | Customer Success Manager
Dialogwerk Conversational AI Ltd. | 14 Grand Canal Quay, Dublin 2
""",
             atts=[xlsx("Dialogwerk_Service_Report_2025-02.xlsx", [
                 ["Intent", "Conversations", "Contained", "Handover", "CSAT"],
                 ["login_problem", 7412, 5120, 1710, 3.9],
                 ["upload_medical_invoice", 6088, 4301, 1502, 4.2],
                 ["claim_status", 5230, 3877, 1108, 4.0],
                 ["change_bank_details", 3019, 2410, 498, 4.4],
                 ["hospital_cost_coverage", 1877, 602, 1203, 3.8],
                 ["care_level_benefits", 904, 311, 560, 3.7],
                 ["motor_claim_report", 2766, 1830, 801, 4.1],
                 ["other", 20914, 11006, 3199, 4.2],
                 ["Total", 48210, 29457, 10581, 4.1],
             ], sheet="Intents")])


def m019():
    return M(19, "CONFIDENTIAL", "en", "insurer-to-customer",
             "live-chat transcript to expat customer: motor insurance, UK no-claims transfer, birth date, plate",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Oliver Pennington <oli.pennington@mailo.example>",
             "Transcript of your chat with Weserland (LC-25-0314-09012)",
             "2025-03-14 11:20",
             body="""\
Thank you for chatting with us. Here is your transcript.

Chat LC-25-0314-09012 · 14.03.2025 · Agent: Jannik W.

Jannik W.: Hello and welcome to Weserland! How can I help you today?
Oliver: hi, I moved to Bremen from Leeds in January and bought a car. I want to
        insure it with you. Can you take my UK no claims bonus?
Jannik W.: Yes, we can take up to 9 years of claim-free driving from a UK insurer
        into account. We need the original no-claims letter (in English is fine).
Oliver: great, I have 7 years with Admiral. Car is a VW Golf VIII, registered
        HB-OP 4477 since 28.02.
Jannik W.: Thank you. For a quote I need your date of birth and the annual mileage.
Oliver: 21/06/1986, about 12,000 km
Jannik W.: Thanks. With 7 claim-free years you would be placed in SF class 7. I have
        created quote no. A-K-25-771240 (liability + comprehensive, 300 EUR deductible),
        annual premium 744.60 EUR. You'll find it in your portal mailbox in a few minutes.
Oliver: perfect, and can I pay monthly?
Jannik W.: Yes, monthly direct debit is possible with a 3 % surcharge.
Oliver: ok I'll look at it tonight. thanks!

Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
""")


def m020():
    return M(20, "NORMAL", "de", "system",
             "trap: daily statistics of the callback service with topics incl. health and BU, counts only",
             "Weserland Rückrufservice <rueckruf@weserland-versicherung.example>",
             "Teamleitungen Service <teamleitung-service@weserland-versicherung.example>",
             "Tagesreport Rückrufservice 13.03.2025",
             "2025-03-14 06:00",
             body="""\
Tagesreport Rückrufservice – Donnerstag, 13.03.2025
===================================================

Eingegangene Rückrufwünsche:       312
  davon Website                     201
  davon App                          74
  davon Chatbot (Übergabe)           37
Erledigt am selben Tag:            268  (85,9 %)
Nicht erreicht (3 Versuche):        21
Offen / in Wunschzeit morgen:       23

Nach Sparte                  Anzahl   Ø Wartezeit bis Rückruf
Kranken (Leistung)               88   2 h 41 min
Kranken (Vertrag)                31   3 h 02 min
Kfz                              71   1 h 55 min
Sach / Hausrat / Wohngebäude     54   2 h 10 min
Leben / BU                       29   4 h 37 min
Unfall                           17   2 h 59 min
Sonstiges                        22   1 h 12 min

SLA (Rückruf innerhalb Wunschzeitfenster): 91,3 % (Ziel 90 %)
Auffällig: Leben/BU über Ziel-Wartezeit – 2 Mitarbeitende krank, Vertretung ab Montag.

Automatisch erstellt aus Parlaro Callback, Stand 06:00 Uhr.
""")

def m021():
    return M(21, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "chatbot handover ticket: daughter asks about care level 3 of her mother, care daily allowance policy",
             "Wendy Chatbot <chatbot@weserland-versicherung.example>",
             "Leistung Pflege <leistung-pflege@weserland-versicherung.example>",
             "Übergabe Chatbot → Fachbereich: Pflegetagegeld (CB-25-0314-60321)",
             "2025-03-14 12:44",
             body="""\
Automatische Übergabe aus dem Chatbot "Wendy"
Grund der Übergabe: Intent "care_level_benefits" + Kundin wünscht Mitarbeiter
Konversation: CB-25-0314-60321 · 14.03.2025 12:31–12:43 · nicht angemeldet

Angaben aus dem Dialog (unbestätigt):
  Anfragende:      Kirsten Bruns (Tochter), kirsten.bruns@web-post.example, 0441 7702915
  Versicherte:     Hildegard Bruns, geb. 02.11.1941
  Vertrag:         Pflegetagegeld PT 80 021 337 (laut Kundin)

Verlauf:
  Wendy:  Hallo! Ich bin Wendy. Wobei kann ich helfen?
  Kundin: meine mutter hat jetzt pflegegrad 3 bekommen, bescheid vom MD ist da. was
          muss ich machen damit ihr das pflegetagegeld bekommt
  Wendy:  Für Leistungen aus der Pflegetagegeldversicherung benötigen wir den Bescheid
          der Pflegekasse bzw. das Gutachten des Medizinischen Dienstes.
  Kundin: sie hatte im januar einen schlaganfall und ist jetzt halbseitig gelähmt, sie
          ist im pflegeheim in Oldenburg seit 1.3. Ich habe vollmacht
  Wendy:  Das tut mir leid. Bitte laden Sie den Bescheid und die Vorsorgevollmacht
          im Upload-Bereich hoch. Soll ich Sie mit einer Kollegin verbinden?
  Kundin: ja bitte, aber heute geht nicht mehr, montag vormittag
  Wendy:  Ich habe einen Rückruf für Montag, 9–12 Uhr, eingetragen.

Rückruf: RR-2025-03-1299 (Mo 17.03., 09:00–12:00)
""")


def m022():
    return M(22, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "online travel health claim: dengue fever, hospitalised in Thailand, invoices, passport-level identifiers",
             "Weserland Claims Online <schaden-online@weserland-versicherung.example>",
             "Leistung Auslandsreise-KV <leistung-ark@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-019355 | Auslandsreisekranken | EN",
             "2025-03-14 16:02",
             body="""\
Online claim notification – Travel health insurance (form language: English)
============================================================================
Reference:            SO-25-019355
Submitted:            14.03.2025 16:01 (app, iOS)
Policy:               ARK 7 204 118 (annual travel health, family)
Insured person:       Lukas Meiners, date of birth 09.02.1994
Policyholder:         Lukas Meiners, Rembertistraße 8, 28203 Bremen
E-mail / phone:       lukas.meiners@freemail.example / +49 171 3308821

Country of treatment: Thailand (Koh Samui)
Trip:                 20.02.2025 – 08.03.2025
Illness / accident:   illness
Symptoms since:       27.02.2025 (high fever, headache, rash)
Diagnosis:            Dengue fever (confirmed NS1 antigen test), thrombocytopenia
Treatment:            Bangkok Hospital Samui, inpatient 28.02. – 04.03.2025
Return transport:     not required
Costs paid by me:     97,420 THB (approx. 2,642.10 EUR) by credit card

Invoices uploaded:    BHS_invoice_INV2502-88412.pdf, BHS_medical_report.pdf,
                      pharmacy_receipt_0304.jpg, creditcard_statement_march.pdf
Reimbursement to:     account on file
Consent to contact treating doctors: given (14.03.2025 16:00)
""")


def m023():
    return M(23, "CONFIDENTIAL", "de", "customer",
             "contact form: change of address after move, buildings and household policy numbers, date of birth",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Vertrag Sach <vertrag-sach@weserland-versicherung.example>",
             "[Kontaktformular] Adressänderung – KF-250315-20988",
             "2025-03-15 10:12",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Adresse / persönliche Daten ändern
Formular-ID:         KF-250315-20988
Eingang:             15.03.2025, 10:11:52 Uhr
Quelle:              Website (Desktop)
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Dirk
Nachname:            Lampe
Geburtsdatum:        23.05.1957
Alte Anschrift:      Am Brink 5, 28876 Oyten
Neue Anschrift:      Rosenweg 11a, 27711 Osterholz-Scharmbeck
Gültig ab:           01.04.2025
Telefon:             04207 812255
E-Mail:              dirk.lampe@t-net.example
Versicherungsnummer: WG 5.120.877 (Wohngebäude), HR 20.911.604 (Hausrat)
Anliegen:
Wir haben das Haus in Oyten verkauft, Übergabe an die Käufer ist am 31.03.
Die Wohngebäudeversicherung bitte zum Übergabetag beenden bzw. auf die Käufer
übergehen lassen (Familie Petersen, Notarvertrag liegt vor). Hausrat zieht mit
um, neue Wohnfläche 86 qm statt 140 qm – wird der Beitrag dann günstiger?
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (15.03.2025 10:11)
Anhänge: Kaufvertrag_Auszug_S1-3.pdf
""")


def m024():
    return M(24, "NORMAL", "de", "internal",
             "trap: chatbot intent report (Krankmeldung, Arztrechnung, Pflegegrad, Schwangerschaft) with counts and example phrasings",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Wendy – Top-Intents KW 10 und neue Trainingssätze",
             "2025-03-15 11:30",
             body="""\
Hallo Jana,

hier die Auswertung KW 10 (03.–09.03.) für dein Lenkungskreis-Deck:

Intent                         Anzahl   gelöst durch Bot   Übergabe
arztrechnung_einreichen         2.114         78 %           14 %
login_problem                   1.987         66 %           28 %
bankverbindung_aendern            902         83 %            9 %
krankenhaus_kostenzusage          611         21 %           71 %
pflegegrad_leistungen             318         19 %           74 %
schwangerschaft_entbindung        154         40 %           52 %
kfz_schaden_melden                820         59 %           33 %
unbekannt (Fallback)            1.406          –             31 %

Neu angelernte Formulierungen (synthetisch, vom Fachbereich formuliert), z. B.:
  "ich hab mir den fuß gebrochen was zahlt ihr"
  "brauche kostenübernahme für reha nach hüft-op"
  "mein kind hat zahnspange bekommen"
  "wie reiche ich rezepte ein"
Diese Sätze sind Beispiele für das Training, keine echten Kundeneingaben.

Auffällig: Fallback-Quote sinkt von 14 % auf 11 %. Die hohe Übergabequote bei
Pflege und Krankenhaus ist gewollt (Vorgabe Fachbereich: keine Leistungszusagen
durch den Bot).

Gruß
Okan
""")


def m025():
    return M(25, "NORMAL", "en", "internal",
             "trap: Jira ticket on HEIC upload failure with test user 'John Doe (test)' and dummy policy number",
             "Jira Weserland <jira@weserland-versicherung.example>",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "[JIRA] (WSL-4431) Upload form rejects HEIC photos of medical invoices on iOS 17",
             "2025-03-15 14:22",
             body="""\
Hauke Meyerdierks created an issue

WSL-4431  Upload form rejects HEIC photos of medical invoices on iOS 17
------------------------------------------------------------------------
Issue Type:  Bug            Priority: High
Component:   upload-service Affects Version: portal 25.3
Reporter:    Hauke Meyerdierks
Assignee:    Priya Raman

Steps to reproduce (staging):
1. Log in as test user "John Doe (test)" – policy KV 9999 000 001 (dummy)
2. Go to Submit documents > Health > Doctor's invoice
3. Choose a photo taken with iPhone camera (HEIC, ~3 MB)
4. Upload ends with "Dateityp nicht unterstützt" (German text also in EN UI)

Expected: HEIC converted to JPEG server-side as in the app.
Actual:   415 Unsupported Media Type from /api/v2/uploads

Log excerpt:
  2025-03-15T14:02:11Z WARN upload-svc mime=image/heic size=3145728 user=test-0001 rejected

Customer impact: service desk estimates ~40 complaints/week ("Foto von Arztrechnung
geht nicht hoch").

View: https://jira.weserland-versicherung.example/browse/WSL-4431
""")


def m026():
    return M(26, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "live-chat transcript: dental supplementary insurance, implant tooth 36, treatment plan amount",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Leistung Zahn <leistung-zahn@weserland-versicherung.example>",
             "Chatprotokoll LC-25-0317-09140 – Zahnzusatz / HKP Implantat – bitte übernehmen",
             "2025-03-17 10:31",
             body="""\
Chatprotokoll (exportiert von Agentin Sandra K. zur Weiterbearbeitung)
Chat-ID:     LC-25-0317-09140
Kanal:       Kundenportal (angemeldet)
Kunde:       Ralf Gerdes, Vertrag ZZ 4 771 903 (Zahnzusatz ZahnPlus 90)
Zeitraum:    17.03.2025 10:08–10:27

[10:08] Ralf Gerdes: Guten Morgen, ich habe einen Heil- und Kostenplan für ein Implantat bekommen
[10:08] Sandra K.: Guten Morgen Herr Gerdes, gern schaue ich mit Ihnen drauf. Um welchen Zahn geht es?
[10:09] Ralf Gerdes: 36 unten links, der ist letzte woche gezogen worden, war nicht mehr zu retten (Wurzelentzündung)
[10:10] Ralf Gerdes: der HKP sagt 3.412,78 Euro, Festzuschuss Krankenkasse 428,19
[10:11] Sandra K.: Danke. Ihr Tarif ZahnPlus 90 erstattet 90 % des Rechnungsbetrags inkl. Festzuschuss,
                   in den ersten vier Jahren begrenzt. Ihr Vertrag läuft seit 2021, für 2025 gilt eine Grenze von 4.000 €.
[10:13] Ralf Gerdes: und knochenaufbau? die zahnärztin meint evtl. sinuslift nicht, aber augmentation
[10:14] Sandra K.: Knochenaufbau ist mitversichert, wenn er im HKP aufgeführt ist.
[10:16] Ralf Gerdes: steht drin, GOZ 9100. ich lade den HKP gleich hoch
[10:17] Sandra K.: Prima. Ich gebe den Chat an die Leistungsabteilung Zahn, die prüft den HKP vorab.
[10:27] Ralf Gerdes: hochgeladen als HKP_Gerdes_Implantat_36.pdf

Vermerk Agentin: Vorab-Prüfung HKP erbeten, Kunde möchte schriftliche Zusage vor Behandlungsbeginn (geplant 14.04.).
""")


def m027():
    return M(27, "CONFIDENTIAL", "de", "customer",
             "online motor claim: parking dent, both plates and names, 'nobody hurt'",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Kfz-Schaden Haftpflicht <kfz-schaden@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-019488 | Kfz-Haftpflicht | Parkschaden",
             "2025-03-17 12:03",
             body="""\
Schaden online melden – Kfz
===========================
Referenz:                 SO-25-019488
Eingang:                  17.03.2025 12:02 (Website)
Eigener Vertrag:          K 57.903.114-2 (Haftpflicht + Teilkasko)
Versicherungsnehmer:      Elke Rodewald, Schwaneweder Str. 40, 28779 Bremen
Fahrer/in:                Elke Rodewald
Eigenes Kennzeichen:      HB-ER 704
Schadentag / Ort:         15.03.2025, 11:20 Uhr, Parkplatz Famila Bremen-Blumenthal

Hergang (Kundin):
Beim Ausparken rückwärts das hinter mir stehende Auto am vorderen Kotflügel
gestreift. Habe mit der Fahrerin gesprochen, wir haben Fotos gemacht und Daten
getauscht. Es wurde niemand verletzt. Polizei nicht gerufen.

Unfallgegner:             Tanja Brüning, Farger Str. 118, 28777 Bremen
Kennzeichen Gegner:       HB-TB 2209 (Opel Corsa, grau)
Versicherer Gegner:       unbekannt
Schaden am Gegnerfahrzeug: Kratzer und Delle Kotflügel vorn rechts
Eigener Schaden:          Kratzer Stoßstange hinten (nicht gemeldet)
Schuldanerkenntnis:       nein
Fotos:                    IMG_4471.jpg, IMG_4472.jpg, IMG_4473.jpg
""")


def m028():
    return M(28, "CONFIDENTIAL", "en", "insurer-to-customer",
             "case-gateway auto-reply quoting customer's English mail: new address, household policy number, move date",
             "Weserland Customer Service <service@weserland-versicherung.example>",
             "Sanjay Kulkarni <sanjay.kulkarni@mailo.example>",
             "RE: [VG-2025-0415820] Change of address – policy HR 22.611.932",
             "2025-03-17 13:45",
             body="""\
Dear Sir or Madam,

thank you for your message. We have registered your request under case number
VG-2025-0415820 and forwarded it to the responsible team. Please quote the case
number in the subject line of any further e-mail.

This is an automatic confirmation of receipt. We usually reply within 3 working days.

Kind regards
Weserland Versicherung AG – Customer Service

----- Original message -----
From: Sanjay Kulkarni <sanjay.kulkarni@mailo.example>
Sent: Monday, 17 March 2025 13:43
Subject: Change of address – policy HR 22.611.932

> Hello,
> I am moving within Bremen on 1 April 2025. Please update my household insurance
> HR 22.611.932 to the new address:
>   Sanjay Kulkarni, Hermann-Böse-Straße 14, 28209 Bremen (2nd floor, 64 sqm)
> Old address: Neustadtswall 3, 28199 Bremen.
> Does the insurance cover the furniture during the move (I use a moving company)?
> Thanks and best regards,
> Sanjay
""")


def m029():
    return M(29, "NORMAL", "de", "internal",
             "trap: maintenance window for e-mail-to-case gateway and upload service, no person",
             "IT Betrieb Digitale Kanäle <it-betrieb@weserland-versicherung.example>",
             "Alle Service-Teams <service-alle@weserland-versicherung.example>",
             "Wartungsfenster Sa 22.03. 20:00–02:00: Case-Gateway, Dokumenten-Upload, Web-Formulare",
             "2025-03-17 15:00",
             body="""\
Liebe Kolleginnen und Kollegen,

am Samstag, 22.03.2025, von 20:00 bis ca. 02:00 Uhr führen wir Wartungsarbeiten durch:

- E-Mail-to-Case-Gateway: Update auf Version 7.2 (neue Klassifikationsregeln,
  u. a. bessere Erkennung von Arztrechnungen und Kostenvoranschlägen)
- Dokumenten-Upload (Portal und App): Umzug auf neue Storage-Cluster
- Web-Formulare: Zertifikatstausch

Auswirkungen:
- Eingehende Mails werden gepuffert und ab Sonntag 02:00 Uhr verarbeitet.
  Eingangsbestätigungen mit Vorgangsnummer gehen entsprechend später raus.
- Uploads sind in der Zeit nicht möglich; Portal zeigt einen Wartungshinweis.
- Kontaktformulare bleiben erreichbar (Zwischenspeicherung).

Bei Rückfragen: Hotline IT-Betrieb Durchwahl -4400 oder Ticket an
it-betrieb@weserland-versicherung.example.

Viele Grüße
Ihr IT-Betrieb Digitale Kanäle
""")


def m030():
    return M(30, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "upload confirmation in English listing discharge summary and HbA1c lab results, expat health policy",
             "Weserland Care International <no-reply@weserland-versicherung.example>",
             "Mei-Ling Hsu <meiling.hsu@freemail.example>",
             "We have received your documents (case VG-2025-0416043)",
             "2025-03-17 19:52",
             html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b3a">
<p>Dear Ms Hsu,</p>
<p>thank you for your upload via <i>My Weserland</i>. On 17 March 2025 at 19:50 we received the
following files for your policy <b>WCI-2022-099871</b> (Expat Care Premium):</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc;font-size:13px">
<tr style="background:#eef3f5"><th align="left">#</th><th align="left">File</th><th align="right">Size</th></tr>
<tr><td>1</td><td>discharge_summary_StJoseph_Bremen_2025-03.pdf</td><td align="right">884 KB</td></tr>
<tr><td>2</td><td>lab_results_HbA1c_8.1_March.pdf</td><td align="right">190 KB</td></tr>
<tr><td>3</td><td>insulin_pen_prescription_Lantus.jpg</td><td align="right">2.2 MB</td></tr>
<tr><td>4</td><td>diabetes_training_course_invoice.pdf</td><td align="right">301 KB</td></tr>
</table>
<p>Case number: <b>VG-2025-0416043</b><br>Insured person: Mei-Ling Hsu</p>
<p>We will review your documents and let you know as soon as the settlement is available.
Please do not reply to this e-mail.</p>
<p style="font-size:12px;color:#666">Weserland Care International · Weserland Versicherung AG · Am Wall 140 · 28195 Bremen</p>
</body></html>""")

def m031():
    return M(31, "CONFIDENTIAL", "de", "insurer-to-customer",
             "upload confirmation for rent-deposit guarantee application: payslips, bank statement, ID listed by name",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Nele Brockmann <nele.brockmann@freemail.example>",
             "Upload erfolgreich – Antrag Mietkautionsbürgschaft MKB-25-004418",
             "2025-03-18 08:40",
             body="""\
Guten Tag Frau Brockmann,

wir haben Ihre Unterlagen zum Antrag auf eine Mietkautionsbürgschaft erhalten.

Antrag:          MKB-25-004418
Vermieter:       GEWOBA-Ost Wohnungsbau GmbH, Objekt Vor dem Steintor 77, 28203 Bremen
Kautionshöhe:    2.340,00 EUR (3 Nettokaltmieten)

Eingegangene Dateien (18.03.2025, 08:37 Uhr):
  - Gehaltsabrechnung_Januar_2025.pdf
  - Gehaltsabrechnung_Februar_2025.pdf
  - Kontoauszug_Girokonto_Feb2025.pdf
  - Personalausweis_Vorder_Rueckseite.jpg
  - Mietvertrag_Entwurf_Steintor77.pdf

Angegebenes monatliches Nettoeinkommen: 2.870,00 EUR
Beschäftigt seit: 01.08.2021 (unbefristet)

Die Prüfung dauert in der Regel 2 Werktage. Die Bürgschaftsurkunde stellen wir
Ihnen anschließend in Ihr Postfach bei „Mein Weserland“.

Freundliche Grüße
Ihre Weserland Versicherung
""", cte="8bit")


def m032():
    return M(32, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "app notification mail: reimbursement of a dermatologist invoice under PKV, amounts and doctor named",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Sören Tapken <soeren.tapken@nordpost.example>",
             "Ihre Erstattung ist unterwegs",
             "2025-03-18 09:02",
             body="""\
Hallo Herr Tapken,

gute Nachrichten: Wir haben Ihre eingereichte Rechnung geprüft.

  Rechnung:      Dr. med. Katrin Mester, Fachärztin für Dermatologie, Bremen
  Datum:         24.02.2025
  Leistungen:    Hautkrebs-Screening, Auflichtmikroskopie, Exzision Naevus Rücken,
                 Histologie (Fremdlabor)
  Rechnungsbetrag: 286,20 EUR
  Erstattet:       286,20 EUR (Tarif KomfortMed 100)
  Auszahlung:    auf Ihr Konto DE** **** **** **** **22 49, Gutschrift in 1–2 Bankarbeitstagen

Die vollständige Leistungsabrechnung finden Sie in der App unter
„Postfach“ → „Leistungsabrechnungen“.

Ihre Weserland Versicherung

Sie erhalten diese Benachrichtigung, weil Sie E-Mail-Hinweise in der App aktiviert
haben. Abbestellen: App → Einstellungen → Benachrichtigungen.
""")


def m033():
    return M(33, "NORMAL", "en", "supplier",
             "trap: vendor announces new NLU model with synthetic test utterances about injuries and hospital stays",
             "Cian Moloney <cian.moloney@dialogwerk.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Staging deployment NLU model wendy-de-en-2025.03 – regression results",
             "2025-03-18 10:15",
             cc="Niamh Gallagher <niamh.gallagher@dialogwerk.example>",
             body="""\
Hi Okan,

the new model wendy-de-en-2025.03 is live on staging since 08:00 UTC.

Regression set: 1,240 utterances (synthetic, written by our linguists + your Fachbereich),
no production data used.

                       old model   new model
intent accuracy (de)     0.912       0.937
intent accuracy (en)     0.884       0.921
fallback rate            0.114       0.089
false handover           0.031       0.027

Notable fixes (synthetic examples from the test set):
- "I broke my arm skiing, what do I need to send?" → accident_claim (was: travel_claim)
- "ich liege im krankenhaus und brauche eine kostenzusage" → hospital_cost_coverage
- "my wife is pregnant, is the birth covered" → maternity_benefits (was: fallback)
- "Zahnarzt will Vorkasse" → dental_prepayment (new intent)

Remaining weakness: mixed German/English messages ("Ich habe einen claim für meine
Brille") still fall back in ~20 % of cases.

If you're happy, production rollout is proposed for Tue 25 March, 06:00 CET.

Best,
Cian
--
Cian Moloney | ML Engineer | Dialogwerk Conversational AI Ltd.
""")


def m034():
    return M(34, "NORMAL", "de", "internal",
             "trap: FAQ for service staff on allowed upload file types for doctors' invoices and prescriptions, no person",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Kundenservice Telefonie <service-telefonie@weserland-versicherung.example>",
             "FAQ Upload: Welche Dateien dürfen Kunden hochladen? (Stand März 2025)",
             "2025-03-18 11:00",
             body="""\
Hallo zusammen,

weil in den letzten Tagen viele Anrufe zum Upload kamen, hier die wichtigsten Punkte
zum Nachschlagen:

1. Erlaubte Formate: PDF, JPG, PNG, HEIC (App), TIFF. Keine Word-Dateien, keine ZIPs.
2. Max. 20 Dateien pro Upload, je Datei max. 15 MB.
3. Arztrechnungen, Rezepte, Heil- und Kostenpläne: bitte je Rechnung eine Datei.
   Rezepte immer zusammen mit der Apothekenquittung.
4. Krankenhausrechnungen mit Wahlleistungen: Rechnung + Wahlleistungsvereinbarung.
5. Kfz/Sach: Fotos der Schäden gern direkt aus der App, Kostenvoranschläge als PDF.
6. Passwortgeschützte PDFs werden abgelehnt („Datei kann nicht gelesen werden“).
7. Upload bestätigt? Kunde bekommt Mail „Ihre Unterlagen sind bei uns eingegangen“
   mit Vorgangsnummer VG-… Die Vorgangsnummer im CRM suchen, nicht den Dateinamen.

Wenn Kunden Unterlagen per normaler Mail schicken wollen: geht auch an
service@weserland-versicherung.example, wir empfehlen aber den Upload
(verschlüsselt, schneller zugeordnet).

Danke euch!
Jana

Jana Ohlrogge
Teamleitung Digitale Kanäle | Kundenservice
Weserland Versicherung AG
""")


def m035():
    return M(35, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "callback request in English: maternity cover, 14 weeks pregnant, expat health policy",
             "Weserland Callback Service <rueckruf@weserland-versicherung.example>",
             "Leistung KV International <leistung-kv-int@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1402 – Kranken (EN) – tomorrow 12–14",
             "2025-03-18 17:33",
             body="""\
Callback request via website (English form)
-------------------------------------------
No.:              RR-2025-03-1402
Received:         18.03.2025 17:33
Name:             Chiara Benedetti-Lange
Phone:            +49 157 33002871
Preferred time:   tomorrow, 12:00–14:00
Line:             Health (Expat Care Comfort)
Policy no.:       WCI-2024-121008
Topic:            Benefits / cover question
Message:          I am 14 weeks pregnant (due date 22 Sept). Which hospital costs are
                  covered for the birth, and is a midwife at home after birth covered?
                  Also my gynaecologist recommends the NIPT blood test, do you pay it?
                  English please, my German is not good enough for this.

Assigned to:      Leistung KV International (rule HEALTH-EN)
""")


def m036():
    return M(36, "CONFIDENTIAL", "en", "customer",
             "callback request: tenant liability, water leaked into neighbour's flat, policy number, names",
             "Weserland Callback Service <rueckruf@weserland-versicherung.example>",
             "Schaden Haftpflicht <schaden-haftpflicht@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1410 – Haftpflicht (EN) – asap",
             "2025-03-18 19:05",
             body="""\
Callback request via app (English)
----------------------------------
No.:              RR-2025-03-1410
Received:         18.03.2025 19:05
Name:             Tomasz Wierzbicki
Phone:            +49 1522 6619043
Preferred time:   as soon as possible
Line:             Personal liability
Policy no.:       PH 7.730.612
Topic:            Report a claim
Message:          my washing machine hose broke, water went through the floor to the flat
                  below (Frau Janßen, 1st floor, Gastfeldstr. 66). her ceiling in the
                  kitchen is wet and a light does not work. landlord says I must call my
                  insurance. what do I do now? nobody is hurt.

Assigned to:      Schaden Haftpflicht (rule PH-CLAIM)
""")


def m037():
    return M(37, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "case-gateway auto-reply; only the quoted customer mail holds daily sickness benefit, sick note with F32.1",
             "Weserland Kundenservice <service@weserland-versicherung.example>",
             "Arne Schnakenberg <arne.schnakenberg@t-net.example>",
             "AW: [VG-2025-0416611] Krankentagegeld ab 29.03.",
             "2025-03-18 20:16",
             body="""\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer
VG-2025-0416611 erfasst und an die zuständige Fachabteilung weitergeleitet.
Bitte geben Sie bei Rückfragen die Vorgangsnummer im Betreff an.

Dies ist eine automatische Eingangsbestätigung.

Ihre Weserland Versicherung

-------- Ihre Nachricht vom 18.03.2025, 20:14 --------
Von: Arne Schnakenberg <arne.schnakenberg@t-net.example>
Betreff: Krankentagegeld ab 29.03.

> Hallo,
>
> ich bin selbständiger Tischler und seit dem 01.02. arbeitsunfähig. Laut meinem
> Tarif KT 43 bekomme ich Krankentagegeld ab dem 43. Tag, also ab 15.03.
> Im Anhang die Folgebescheinigungen, Diagnose steht drauf (F32.1 G, mittelgradige
> depressive Episode), mein Hausarzt hat mich jetzt an eine Tagesklinik überwiesen,
> Aufnahme voraussichtlich 29.03.
> Zahlt ihr während der Tagesklinik weiter?
> Versicherungsnummer KV 4102 337 815.
>
> Gruß Arne Schnakenberg
""")


def m038():
    return M(38, "NORMAL", "de", "internal",
             "trap: data-protection review of the chat-widget privacy notice on health data, no person",
             "Dr. Friederike Albers <datenschutz@weserland-versicherung.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "AW: Datenschutzhinweis Chat-Widget – Gesundheitsdaten",
             "2025-03-19 09:30",
             cc="Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             body="""\
Hallo Herr Demir,

danke für den Entwurf. Meine Anmerkungen:

1. Der Satz „Bitte geben Sie im Chat keine Gesundheitsdaten ein“ ist gut gemeint,
   aber realitätsfern – Kundinnen schreiben trotzdem „ich war beim Arzt wegen …“.
   Besser: „Wenn Sie uns im Chat Angaben zu Ihrer Gesundheit machen, verarbeiten
   wir diese nur zur Bearbeitung Ihres Anliegens (Art. 9 Abs. 2 lit. a DSGVO,
   § 213 VVG). Für Unterlagen nutzen Sie bitte den geschützten Upload.“
2. Speicherdauer: Chatprotokolle ohne Vorgang 90 Tage, mit Vorgang nach den
   Fristen der Akte. Bitte im Hinweis nennen.
3. Dienstleister: Dialogwerk (Irland) und Parlaro (Deutschland) als
   Auftragsverarbeiter nennen, Drittlandtransfer: keiner.
4. Die Checkbox „Ich willige ein“ vor Chatbeginn entfällt beim anonymen Bot;
   vor Übergabe an einen Menschen mit Login ja.

Gern bespreche ich das am 25.03. im Termin zum Löschkonzept.

Mit freundlichen Grüßen
Friederike Albers
Datenschutzbeauftragte
Weserland Versicherung AG

> Am 17.03.2025 um 16:02 schrieb Okan Demir:
> Liebe Frau Dr. Albers, anbei der Textentwurf für den Datenschutzhinweis im
> Chat-Widget (Version für Website und App). Können Sie bitte drüberschauen?
""")


def m039():
    return M(39, "CONFIDENTIAL", "de", "customer",
             "live-chat export: windscreen damage, partial comprehensive, name, plate, policy, workshop appointment",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Kfz-Schaden Kasko <kfz-kasko@weserland-versicherung.example>",
             "Chatprotokoll LC-25-0319-09402 – Glasbruch – Freigabe Werkstatt",
             "2025-03-19 10:05",
             body="""\
Chat-ID LC-25-0319-09402 | Agent: Jannik W. | Kunde angemeldet

Kunde: Hinrich Wilkens | Vertrag K 56.117.902-4 (VK, SB TK 150 EUR) | Kennzeichen CUX-HW 33

[09:41] Hinrich Wilkens: moin, steinschlag auf der A27, jetzt zieht sich ein riss über die halbe scheibe
[09:42] Jannik W.: Moin Herr Wilkens! Das ist ärgerlich. Wann und wo ist es passiert?
[09:42] Hinrich Wilkens: gestern abend, zwischen bremerhaven und debstedt
[09:43] Jannik W.: Danke. Glasbruch ist über Ihre Teilkasko versichert, Selbstbeteiligung 150 €.
                   Wenn Sie eine unserer Partnerwerkstätten nutzen, entfällt die SB.
[09:44] Hinrich Wilkens: carglass in cuxhaven geht das?
[09:45] Jannik W.: Ja, das ist Partner. Ich lege den Schaden an: S-2025-04-118723.
                   Die Werkstatt kann direkt mit uns abrechnen.
[09:46] Hinrich Wilkens: top. termin hab ich do 8 uhr
[09:46] Jannik W.: Dann ist alles erledigt. Gute Fahrt!

Schaden angelegt: S-2025-04-118723 (Glas, Teilkasko), Direktabrechnung freigegeben.
""")


def m040():
    return M(40, "NORMAL", "en", "internal",
             "trap: post-incident review of a portal outage affecting uploads of medical invoices, no person",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "IT Digital Channels <it-digital@weserland-versicherung.example>",
             "Post-incident review INC-2025-0317 – portal login & upload outage (2h 07m)",
             "2025-03-19 14:40",
             body="""\
Summary
-------
On 17 March 2025 between 07:52 and 09:59 CET, customers could not log in to
My Weserland (web and app). Uploads already in progress failed. The chatbot and
contact forms were unaffected.

Impact
- ~9,400 failed login attempts, ~1,150 aborted uploads (mostly health claims:
  doctors' invoices, pharmacy receipts, dental treatment plans)
- 212 calls to the service hotline referring to the outage
- No data loss, no data exposure

Root cause
Expired intermediate certificate on the identity provider's token signing endpoint
after an automated renewal job failed silently on 14 March.

Timeline
07:52 first alerts (login error rate > 20 %)
08:10 incident declared, bridge opened
09:31 certificate replaced
09:59 error rate back to baseline

Actions
1. Alert on certificate expiry 30/14/3 days (owner: platform team) – due 31.03.
2. Renewal job must fail loudly (owner: IAM) – due 31.03.
3. Status banner in app when login is degraded (owner: mobile) – due 15.04.

Blameless review held 19.03. Recording and notes:
https://wiki.weserland-versicherung.example/inc/2025-0317
""")

def m041():
    return M(41, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "contact form: change of beneficiary in a life policy (no medical word), birth dates, ex-wife and partner named",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Leben Service <leben-service@weserland-versicherung.example>",
             "[Kontaktformular] Bezugsrecht ändern – KF-250319-21604",
             "2025-03-19 21:50",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Lebensversicherung – Vertragsänderung
Formular-ID:         KF-250319-21604
Eingang:             19.03.2025, 21:49:30 Uhr
Quelle:              Website (Tablet)
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Thorsten
Nachname:            Meyer-Hollmann
Geburtsdatum:        30.11.1972
Telefon:             0421 6449810
E-Mail:              tmh72@web-post.example
Versicherungsnummer: LV 3.208.774.1 (Risikolebensversicherung)
Thema:               Bezugsrecht / Begünstigte ändern
Anliegen:
Nach meiner Scheidung (rechtskräftig seit 02/2025) soll meine Ex-Frau
Claudia Meyer-Hollmann, geb. 14.07.1974, NICHT mehr Bezugsberechtigte sein.
Neues unwiderrufliches Bezugsrecht bitte für meine Lebensgefährtin
Anja Reinecke, geb. 08.03.1979, Kornstraße 212, 28201 Bremen.
Falls das nicht online geht, schicken Sie mir bitte das Formular.
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (19.03.2025 21:49)
Anhänge: keine
""")


def m042():
    return M(42, "CONFIDENTIAL", "mixed", "customer",
             "live chat switching German/English: motor accident of an expat, plates, policy, nobody injured",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Kfz-Schaden Haftpflicht <kfz-schaden@weserland-versicherung.example>",
             "Chatprotokoll LC-25-0320-09518 – Kfz-Unfall Kreuzung – Übernahme",
             "2025-03-20 08:52",
             body="""\
Chat-ID LC-25-0320-09518 | Agentin: Sandra K. | Kundin angemeldet
Kundin: Dr. Elena Vasquez-Hartmann | Vertrag K 58.771.030-1 | Kennzeichen HB-EV 1907

[08:21] Elena: Hallo, ich hatte einen Unfall, sorry can we continue in English?
[08:21] Sandra K.: Of course! Is everyone okay?
[08:22] Elena: yes nobody is hurt, just shocked. a car hit me from the right at the
        crossing Wachmannstraße / Parkallee, he did not see me
[08:23] Sandra K.: I'm glad nobody was injured. Did the police come?
[08:23] Elena: ja, Polizei war da, Aktenzeichen 0620-25-044187
[08:24] Elena: other driver: Herr Klaus-Dieter Ronnebeck, car HB-KR 551, his insurance is Allwetter Versicherung
[08:25] Sandra K.: Thank you. Since the other driver is liable, his insurer pays your damage.
        We can still help – do you want us to handle it for you (Schadenservice)?
[08:26] Elena: yes please, the front left is smashed, the car is at Autohaus Körtje now
[08:27] Sandra K.: I've opened claim S-2025-04-119204. Please upload photos and the
        police reference in the portal. A colleague from claims will contact you.
[08:27] Elena: danke / thanks!

Übergabe an Kfz-Schaden: Schadenservice Fremdverschulden, Gegner Allwetter Vers.
""")


def m043():
    return M(43, "NORMAL", "de", "insurer-to-customer",
             "trap: generic case auto-reply with case number and no quote, no name, no contract",
             "Weserland Kundenservice <service@weserland-versicherung.example>",
             "b.hesse@freemail.example",
             "AW: [VG-2025-0417002] Ihre Nachricht",
             "2025-03-20 09:14",
             body="""\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer
VG-2025-0417002 erfasst.

Bitte beachten Sie: Aus Datenschutzgründen enthält diese Eingangsbestätigung
keine Inhalte Ihrer Nachricht. Wenn Sie uns Unterlagen schicken möchten, nutzen
Sie bitte den geschützten Upload unter https://mein.weserland-versicherung.example/upload
und geben Sie die Vorgangsnummer an.

Unsere Servicezeiten: Mo–Fr 8–18 Uhr, Sa 9–13 Uhr, Telefon 0421 3390-0.

Ihre Weserland Versicherung
""")


def m044():
    return M(44, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "case auto-reply; quoted customer mail asks about psychotherapy sessions for anxiety disorder",
             "Weserland Customer Service <service@weserland-versicherung.example>",
             "Hannah Okafor <hannah.okafor@studmail.example>",
             "RE: [VG-2025-0417060] question therapy sessions",
             "2025-03-20 10:33",
             body="""\
Dear Sir or Madam,

thank you for your message. We have registered your request under case number
VG-2025-0417060 and forwarded it to the responsible team.

This is an automatic confirmation of receipt.

Weserland Versicherung AG – Customer Service

----- Original message -----
From: Hannah Okafor <hannah.okafor@studmail.example>
Sent: Thursday, 20 March 2025 10:31
Subject: question therapy sessions

> Hi,
>
> I'm insured with Student Care Basic (WCI-2024-117540). My GP at the university
> health centre diagnosed a generalised anxiety disorder and referred me to a
> psychotherapist. The therapist (Dipl.-Psych. Maren Holtorf) offers 5 trial
> sessions (probatorische Sitzungen) and then 24 sessions behavioural therapy,
> 105 EUR each.
>
> How many sessions do you cover, and do I need to apply before the first one?
> Sorry if this is the wrong address.
>
> Hannah
""")


def m045():
    return M(45, "CONFIDENTIAL", "de", "insurer-to-customer",
             "app notification: motor premium invoice with amount, plate, policy number and full IBAN for direct debit",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Ute Kaemena <ute.kaemena@t-net.example>",
             "Ihre Beitragsrechnung Kfz 2025 ist da",
             "2025-03-20 11:00",
             body="""\
Guten Tag Frau Kaemena,

Ihre neue Beitragsrechnung liegt in Ihrem Postfach bei „Mein Weserland“.

Vertrag:        Kfz-Versicherung K 55.330.218-7
Fahrzeug:       Skoda Octavia Combi, HB-UK 612
Zeitraum:       01.04.2025 – 31.03.2026
Jahresbeitrag:  612,40 EUR (Haftpflicht SF 22, Vollkasko SF 18)
Fälligkeit:     01.04.2025
Lastschrift von: DE28 2509 1325 1287 0969 05 (Mandatsreferenz WSL-K-5533021807)

Sie müssen nichts tun – wir buchen den Beitrag zum Fälligkeitstag ab.

Ihre Weserland Versicherung
""", cte="8bit")


def m046():
    return M(46, "NORMAL", "en", "customer",
             "trap: prospective international student asks via contact form about plans in general, no health data, not insured",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Vertrieb Care International <vertrieb-wci@weserland-versicherung.example>",
             "[Contact form] Product information – KF-250320-21733",
             "2025-03-20 13:05",
             body="""\
New message via https://www.weserland-versicherung.example/en/contact

Form:                Contact – Weserland Care International (EN)
Form ID:             KF-250320-21733
Received:            20.03.2025, 13:04:41
------------------------------------------------------------
First name:          Tuan
Last name:           Nguyen
E-mail:              tuan.nguyen.vn@mailo.example
Topic:               Product information / quote
Message:
Hello, I will start my master in Bremen in October (visa appointment in June).
Which of your plans is accepted by the university for enrolment, and can I get
the certificate for the visa before I arrive? Is there a difference between the
student plan and the public insurance? Thank you.
------------------------------------------------------------
Consent privacy notice: yes
Newsletter: no
""")


def m047():
    return M(47, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "contact form: death of the insured father, life and accident policies, cause of death, death certificate upload",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Leben Leistung <leben-leistung@weserland-versicherung.example>",
             "[Kontaktformular] Todesfall melden – KF-250320-21790",
             "2025-03-20 15:27",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/todesfall

Formular:            Todesfall melden
Formular-ID:         KF-250320-21790
Eingang:             20.03.2025, 15:26:58 Uhr
-------------------------------------------------------------
Meldende Person:     Björn Ehlers (Sohn)
Telefon:             0176 21009874
E-Mail:              bjoern.ehlers@nordpost.example
Verstorbene Person:  Werner Ehlers
Geburtsdatum:        12.04.1949
Sterbedatum:         16.03.2025
Sterbeort:           Klinikum Bremen-Ost
Versicherungsnummer(n): LV 2.887.105.6, UV 60 311 092
Anliegen:
Mein Vater ist am Sonntag nach langer Krankheit (Lungenkrebs, zuletzt palliativ)
verstorben. Ich bin Testamentsvollstrecker. Was brauchen Sie von uns? Die
Sterbeurkunde habe ich angehängt, den Erbschein haben wir noch nicht.
Bitte die Post an mich: Am Dobben 90, 28203 Bremen.
-------------------------------------------------------------
Rückmeldung gewünscht per: Telefon
Einwilligung Datenschutzhinweise: ja (20.03.2025 15:26)
Anhänge: Sterbeurkunde_Werner_Ehlers.pdf (412 KB)
""")


def m048():
    return M(48, "NORMAL", "de", "internal",
             "trap: spam submission through the contact form (SEO offer), no customer",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Kundenservice Posteingang <service@weserland-versicherung.example>",
             "[Kontaktformular] Sonstiges – KF-250321-21811",
             "2025-03-21 03:12",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Kontakt – allgemein
Formular-ID:         KF-250321-21811
Eingang:             21.03.2025, 03:12:09 Uhr
Spam-Score:          7,8 (Schwelle 8,0 – zugestellt)
-------------------------------------------------------------
Anrede:              keine Angabe
Vorname:             Online
Nachname:            Marketing
E-Mail:              growth@rankboost-agency.example
Thema:               Sonstiges
Anliegen:
Sehr geehrte Damen und Herren, Ihre Website weserland-versicherung rankt nicht
auf Seite 1 für "Krankenversicherung Bremen". Wir bieten 50 hochwertige
Backlinks aus Gesundheitsportalen für nur 299 EUR/Monat. Garantiert Top 3!
Antworten Sie einfach auf diese Nachricht.
-------------------------------------------------------------
Einwilligung Datenschutzhinweise: ja
Anhänge: keine

[Hinweis Posteingang: bitte als Spam markieren – Regel wird angepasst]
""")


def m049():
    return M(49, "CONFIDENTIAL", "en", "insurer-to-customer",
             "app notification in English: failed direct debit, household policy, masked IBAN, amount, reminder fee",
             "My Weserland <noreply@portal.weserland-versicherung.example>",
             "Sean Fitzpatrick <sean.fitz@freemail.example>",
             "Action needed: your premium payment could not be collected",
             "2025-03-21 07:30",
             body="""\
Hello Mr Fitzpatrick,

unfortunately we could not collect your premium.

  Policy:         Household contents HR 22.733.019
  Amount:         14.20 EUR (monthly premium March 2025)
  Account:        IE** **** **** **** **32 92 (mandate WSL-H-2273301901)
  Bank's reason:  MD06 – returned by the account holder

Please transfer 14.20 EUR plus the bank charge of 3.00 EUR by 4 April 2025 or
update your bank details in the app (Profile → Payment). If the payment stays
open, your cover may be suspended (section 38 VVG).

Questions? Reply in the app chat or call +49 421 3390-0.

Weserland Versicherung AG
""")


def m050():
    return M(50, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "body only 'bitte zuordnen'; the attached PDF is a doctor's letter (cardiology) with diagnoses",
             "Case-Gateway Klärung <casegw-klaerung@weserland-versicherung.example>",
             "Leistung KV Posteingang <leistung-kv@weserland-versicherung.example>",
             "Nicht zugeordnet: Eingang 21.03.2025 08:14 – bitte zuordnen",
             "2025-03-21 08:20",
             body="""\
Hallo,

Eingang ohne Vorgangsnummer, Absender nicht im Bestand gefunden. Laut Anhang
vermutlich eure Sparte, bitte zuordnen oder zurück an Klärung.

Gruß
Klärungsstelle Posteingang (Team Tamm)
""",
             atts=[pdf("Scan_20250321_0814.pdf", [
                 "Kardiologische Gemeinschaftspraxis Am Wall - Dr. med. Henrik Oltmanns, Dr. med. Birte Janssen",
                 "Am Wall 17, 28195 Bremen",
                 "",
                 "Arztbrief",
                 "Patient: Gerold Bischoff, geb. 05.01.1958, Hegelstr. 9, 28201 Bremen",
                 "Versicherung: Weserland Versicherung AG, KV 3115 662 091",
                 "",
                 "Diagnosen:",
                 "- Vorhofflimmern, paroxysmal (I48.0 G)",
                 "- Arterielle Hypertonie (I10.00 G)",
                 "- Z. n. Pulmonalvenenisolation 11/2024",
                 "",
                 "Befund: Langzeit-EKG 48 h: zwei Episoden VHF, max. 142/min.",
                 "Echokardiographie: LVEF 55 %, linker Vorhof leicht dilatiert.",
                 "",
                 "Medikation: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0, Ramipril 5 mg 1-0-0",
                 "",
                 "Empfehlung: erneute Ablation erwägen, Vorstellung Herzzentrum in 3 Monaten.",
                 "",
                 "Mit kollegialen Grüßen, Dr. med. H. Oltmanns",
             ], title="Arztbrief Bischoff")])

def m051():
    return M(51, "NORMAL", "en", "insurer-to-customer",
             "trap: English out-of-hours auto-reply of the chat mailbox, no content, no person",
             "Weserland Live Chat <chat@weserland-versicherung.example>",
             "j.mcallister@mailo.example",
             "Automatic reply: we are offline right now",
             "2025-03-21 22:40",
             body="""\
Hello,

thanks for getting in touch. Our live chat team is offline right now
(Mon–Fri 8:00–20:00, Sat 9:00–13:00 CET), so your message has been
turned into an e-mail and added to our queue.

We will reply on the next working day. In urgent cases:
- Car breakdown or accident: 24/7 assistance +49 421 3390-112
- Medical emergency abroad: Weserland Assistance +49 421 3390-911

Please do not send documents by e-mail – use "Submit documents" in My Weserland.

Weserland Versicherung AG
""")


def m052():
    return M(52, "CONFIDENTIAL", "de", "customer",
             "contact form: child damaged neighbour's phone, private liability policy, names of both families",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Schaden Haftpflicht <schaden-haftpflicht@weserland-versicherung.example>",
             "[Kontaktformular] Schaden melden – Haftpflicht – KF-250322-21902",
             "2025-03-22 12:18",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Schaden melden (Kurzform)
Formular-ID:         KF-250322-21902
Eingang:             22.03.2025, 12:17:40 Uhr
-------------------------------------------------------------
Anrede:              Frau
Vorname:             Wiebke
Nachname:            Sander
Telefon:             04791 966302
E-Mail:              wiebke.sander@freemail.example
Versicherungsnummer: PH 7.612.087 (Familie)
Sparte:              Privathaftpflicht
Anliegen:
hallo, mein sohn (Jonte, 9) hat beim spielen im garten der nachbarn den ball
gegen das handy von Herrn Lübbers geschossen, das lag auf der terrassenmauer.
display ist kaputt, iPhone 14, er will 329 euro für die reparatur. zahlt das
die haftpflicht? nachbar: Gerd Lübbers, Bahnhofstr. 14, 27711 Osterholz-Scharmbeck.
kostenvoranschlag kann ich nachreichen
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (22.03.2025 12:17)
Anhänge: keine
""", cte="8bit")


def m053():
    return M(53, "NORMAL", "de", "internal",
             "trap: IT ticket about the 'Diagnose' field length in the online accident form, dummy test values only",
             "ServiceNow <servicenow@weserland-versicherung.example>",
             "IT Digitale Kanäle – Formulare <it-formulare@weserland-versicherung.example>",
             "INC0188734 zugewiesen: Feld „Diagnose/Verletzungen“ schneidet nach 255 Zeichen ab",
             "2025-03-24 08:03",
             body="""\
Incident INC0188734 wurde Ihrer Gruppe zugewiesen.

Kurzbeschreibung: Feld „Diagnose/Verletzungen“ schneidet nach 255 Zeichen ab
Priorität:        3 – Mittel
Melder:           Ilka Rathjen (Leistung Unfall)
Anwendung:        Schaden online melden – Unfallmeldung (Release 3.4)

Beschreibung:
In der Online-Unfallmeldung wird der Freitext im Feld „Diagnose/Verletzungen“
in der Benachrichtigungsmail nach 255 Zeichen abgeschnitten, im Formular sind
2.000 Zeichen erlaubt. Nachgestellt auf forms-int mit Testeingabe:
  "Test Test Test ... (300 x 'X')"
Ergebnis in Mail: 255 Zeichen + "…".
Betroffen vermutlich alle Meldungen seit Release 3.4 (06.03.). Die Vollständigen
Angaben stehen im Backend, nur die Mail ist gekürzt – Sachbearbeitung muss im
Backend nachsehen.

Link: https://servicenow.weserland-versicherung.example/inc/INC0188734
""")


def m054():
    return M(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
             "real chat transcript sent to the chatbot vendor for debugging: peanut allergy, anaphylaxis, EpiPen, child named",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Cian Moloney <cian.moloney@dialogwerk.example>",
             "Bug: Wendy answers 'hospital cost coverage' for prescription question – conversation CB-25-0323-71180",
             "2025-03-24 09:40",
             body="""\
Hi Cian,

production issue, see the conversation below (copied from the admin console, I did
not have time to anonymise it – please treat accordingly and delete after analysis,
per our DPA).

Conversation CB-25-0323-71180, 23.03.2025 19:02, logged in

user:  my daughter Lina (6) has a severe peanut allergy, she had anaphylaxis last
       month and was in hospital 2 nights. the allergist prescribed 2 EpiPen Junior
       0.15 mg, one for school. do you pay for 2 pens? policy KV 4388 120 774
bot:   For a hospital stay, please ask the hospital to send us a request for a
       cost coverage guarantee. [intent: hospital_cost_coverage, conf 0.71]
user:  no she is not in hospital now. its about the prescription
bot:   Sorry, I did not understand that. [fallback]
user:  useless

Expected: intent prescription_reimbursement (exists since 2024.11).
Looks like "hospital" in the first sentence dominates. Can you check the
weighting of entity "hospital" when followed by past tense?

Thanks
Okan
""")


def m055():
    return M(55, "CONFIDENTIAL", "de", "internal",
             "forwarded unassigned mail; deep in the quoted chain a customer gives full IBAN and birth date for SEPA mandate (Hausrat)",
             "Lena Wübbenhorst <lena.wuebbenhorst@weserland-versicherung.example>",
             "Klärungsstelle Posteingang <casegw-klaerung@weserland-versicherung.example>",
             "WG: WG: Nicht zugeordnet: Eingang 21.03.2025 17:55",
             "2025-03-24 10:12",
             body="""\
Hallo Team Tamm,

das ist nicht Schaden, sondern Beitragsinkasso Sach – bitte weiter an Inkasso.
Ich habe es im Gateway nicht umhängen können (Fehler „Queue gesperrt“).

Danke, Lena

-----Ursprüngliche Nachricht-----
Von: Case-Gateway Klärung <casegw-klaerung@weserland-versicherung.example>
Gesendet: Freitag, 21. März 2025 18:02
An: Schaden Sach Hausrat <schaden-hausrat@weserland-versicherung.example>
Betreff: WG: Nicht zugeordnet: Eingang 21.03.2025 17:55

Bitte prüfen, ob eure Sparte.

-----Ursprüngliche Nachricht-----
Von: Case-Gateway <case-gateway@weserland-versicherung.example>
Gesendet: Freitag, 21. März 2025 17:56
An: Case-Gateway Klärung <casegw-klaerung@weserland-versicherung.example>
Betreff: Nicht zugeordnet: Eingang 21.03.2025 17:55

Kein Vorgang erkannt (Regel NO_REF). Originalnachricht:

  Von: Marlies Intemann <m.intemann@nordpost.example>
  Betreff: Lastschrift

  Guten Tag, hiermit erteile ich Ihnen ein SEPA-Lastschriftmandat für meine
  Hausrat- und Glasversicherung (Nummer steht nicht auf meinem Zettel, bin aber
  seit 2009 bei Ihnen).
  Kontoinhaberin: Marlies Intemann, geb. 19.08.1950
  IBAN: DE25280133091365731389
  BIC: GENODEF1HOO
  Anschrift: Auf der Wurth 3, 27798 Hude
  Bitte bestätigen Sie mir das schriftlich, ich habe kein Internet-Konto.
  Mit freundlichen Grüßen, M. Intemann
""")


def m056():
    return M(56, "NORMAL", "mixed", "internal",
             "trap: bilingual callback-confirmation template (DE/EN) with placeholders only",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Texte & Tonalität <redaktion@weserland-versicherung.example>",
             "Rückrufbestätigung DE/EN – bitte Korrektur lesen",
             "2025-03-24 11:25",
             body="""\
Hallo Redaktion,

für die neue Rückrufbestätigung (SMS + Mail) brauchen wir beide Sprachen.
Die Platzhalter in {{ }} bitte nicht verändern. Danke!

--- DE ---
Betreff: Wir rufen Sie zurück – {{rr_nummer}}
Hallo {{anrede}} {{nachname}},
wir haben Ihren Rückrufwunsch erhalten und melden uns am {{datum}} zwischen
{{zeit_von}} und {{zeit_bis}} Uhr unter {{telefon_maskiert}}.
Ihr Thema: {{thema_kurz}}.
Bitte halten Sie Ihre Versicherungsnummer bereit.

--- EN ---
Subject: We'll call you back – {{rr_nummer}}
Hello {{salutation}} {{last_name}},
we have received your callback request and will call you on {{date}} between
{{time_from}} and {{time_to}} at {{phone_masked}}.
Your topic: {{topic_short}}.
Please have your policy number ready.

Frage: Dürfen wir {{thema_kurz}} überhaupt in die Mail schreiben? Da könnte ja
„Krankenhaus“ oder „Berufsunfähigkeit“ drinstehen. Ich frage parallel Frau Dr. Albers.

Gruß Jana
""")


def m057():
    return M(57, "STRICTLY_CONFIDENTIAL", "de", "system",
             "form export ZIP to inpatient claims: claim-form JSON and hospital invoice PDF (appendectomy), body harmless",
             "Weserland Formular-Export <formular-export@weserland-versicherung.example>",
             "Leistung KV stationär <leistung-kv-stationaer@weserland-versicherung.example>",
             "Formular-Export LA-25-007731 (Leistungsantrag KV)",
             "2025-03-24 13:00",
             body="""\
Export eines Online-Leistungsantrags.
Archiv im Anhang (Formulardaten als JSON, Belege im Original).
Import in die Leistungsakte erfolgt automatisch; diese Mail dient nur als Kopie
für den Fall, dass der Import scheitert.

Export-ID: EXP-20250324-1300-0042
""",
             atts=[zip_att("LA-25-007731.zip", [
                 json_att("antrag.json", {
                     "antrag_id": "LA-25-007731",
                     "eingang": "2025-03-24T12:51:07+01:00",
                     "versicherungsnummer": "KV 4021 559 306",
                     "versicherte_person": {"vorname": "Jasper", "nachname": "Focke", "geburtsdatum": "2009-10-03"},
                     "versicherungsnehmer": "Katrin Focke",
                     "leistungsart": "stationaer",
                     "krankenhaus": "DIAKO Ev. Diakonie-Krankenhaus Bremen",
                     "aufenthalt": {"von": "2025-03-10", "bis": "2025-03-14"},
                     "diagnose_freitext": "akute Blinddarmentzündung, OP (laparoskopisch)",
                     "wahlleistungen": ["Zweibettzimmer", "Chefarztbehandlung"],
                     "belege": ["Rechnung_DIAKO_2503-11872.pdf"],
                     "summe": 6418.77,
                 }),
                 pdf("Rechnung_DIAKO_2503-11872.pdf", [
                     "DIAKO Ev. Diakonie-Krankenhaus Bremen - Patientenabrechnung",
                     "Rechnung Nr. 2503-11872 vom 20.03.2025",
                     "Patient: Jasper Focke, geb. 03.10.2009",
                     "Aufnahme 10.03.2025 - Entlassung 14.03.2025",
                     "Hauptdiagnose: K35.8 Akute Appendizitis, nicht näher bezeichnet",
                     "Prozedur: 5-470.11 Appendektomie, laparoskopisch",
                     "DRG G23C  Relativgewicht 0,874  Basisfallwert 4.312,57 EUR",
                     "Allgemeine Krankenhausleistungen: 3.769,19 EUR",
                     "Wahlleistung Unterkunft Zweibettzimmer 4 Tage: 412,00 EUR",
                     "Wahlärztliche Leistungen (gesonderte Rechnung Chefarzt): 2.237,58 EUR",
                     "Gesamt: 6.418,77 EUR",
                 ], title="Rechnung 2503-11872"),
             ])])


def m058():
    return M(58, "NORMAL", "en", "internal",
             "trap: load-test data set description, 50,000 synthetic customers with generated birth dates and diagnoses",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "QA Team <qa@weserland-versicherung.example>",
             "Load test upload-service – synthetic data set v2 ready",
             "2025-03-24 15:10",
             body="""\
Hi QA,

the synthetic data set for next week's load test is ready on the perf cluster:
s3://perf-data/upload-svc/synthetic-v2 (internal bucket, not reachable from prod).

Content
- 50,000 fake customers generated with Faker (de_DE), seed 20250324
- policy numbers from the test range KV 9999 xxx xxx / K 99.xxx.xxx
- birth dates random 1940–2006, addresses random, e-mail domains @perf.weserland-versicherung.example
- 180,000 generated PDF "invoices" with random GOÄ items and random ICD-10 codes
  from a list of 40 common codes (J06.9, M54.5, K52.9 ...)

Sample row (all values generated):
  PERF-000017;Karl-Heinz Probst;1963-07-22;KV 9999 104 221;M54.5;Rechnung_000017.pdf

Please don't copy any of this to the integration environment – the fraud rules
there would flag the random ICD combinations and spam the Leistung team.

Thanks,
Priya
""")


def m059():
    return M(59, "CONFIDENTIAL", "en", "insurer-to-supplier",
             "chat log for the live-chat vendor: redaction failed, liability claim with names, policy and claim no",
             "Malte Brünjes <malte.bruenjes@weserland-versicherung.example>",
             "Parlaro Support <support@parlaro.example>",
             "Ticket #PAR-22817 – auto-redaction did not mask policy and claim numbers",
             "2025-03-25 09:05",
             body="""\
Hello Parlaro support,

your auto-redaction feature (enabled 10 March) should mask policy and claim
numbers in exported transcripts. In the export below nothing was masked.
Export attached as text, chat LC-25-0324-09877.

Please fix and tell us which exports since 10 March are affected.

Regards
Malte Brünjes
Digital Service, Weserland Versicherung AG
""",
             atts=[txt_att("LC-25-0324-09877_export.txt", """\
Chat LC-25-0324-09877 / 24.03.2025 16:40-16:52 / agent: Malte B.
customer (verified): Mr Kwame Asante-Richter, policy PH 7.902.331 (personal liability)

16:40 Kwame: Hi, my dog bit the courier's trouser leg, the trousers are torn, no injury
16:41 Malte B.: Hello Mr Asante-Richter, good that nobody was hurt. Is the dog insured with us?
16:41 Kwame: yes dog liability too, Rhodesian Ridgeback, Simba
16:42 Malte B.: Dog liability is policy TH 1.044.872. I've opened claim S-2025-04-120415.
16:43 Kwame: the courier is from DPD, name Marcel Fricke, he wants 89 EUR for trousers
16:45 Malte B.: Please send us a photo of the trousers and his receipt if available.
16:52 Kwame: ok thanks
""")])


def m060():
    return M(60, "NORMAL", "de", "internal",
             "trap: canned responses for live-chat agents ('gute Besserung', hospital, care) with placeholders",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Team Live-Chat <team-livechat@weserland-versicherung.example>",
             "Neue Textbausteine Live-Chat ab Montag (#kh, #pflege, #trauer)",
             "2025-03-25 10:30",
             body="""\
Hallo Team,

ab Montag sind in Parlaro neue Textbausteine hinterlegt. Kürzel im Chatfenster
eingeben, dann Tab:

#kh     Für eine Kostenzusage im Krankenhaus braucht die Klinik nur Ihre
        Versicherungsnummer – sie schickt uns den Antrag direkt. Sie müssen nichts tun.
#pflege Für Leistungen aus der Pflegeversicherung laden Sie bitte den Bescheid Ihrer
        Pflegekasse im Upload hoch. Eine Kollegin aus dem Fachbereich meldet sich dann.
#trauer Mein aufrichtiges Beileid. Wir kümmern uns um alles Weitere. Sie erreichen den
        Leben-Service direkt unter 0421 3390-300.
#gb     Gute Besserung, {{vorname}}!
#upload Bitte laden Sie Unterlagen nicht im Chat, sondern unter „Dokumente einreichen“ hoch.

Wichtig: Keine Leistungszusagen im Chat („das zahlen wir“) – immer auf die
Prüfung durch den Fachbereich verweisen.

Danke und schönen Tag
Jana
""")

def m061():
    return M(61, "CONFIDENTIAL", "en", "customer",
             "online travel-cancellation claim because of job loss (no health content): names, booking, employer notice",
             "Weserland Claims Online <schaden-online@weserland-versicherung.example>",
             "Schaden Reise <schaden-reise@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-020117 | Reiserücktritt | EN",
             "2025-03-25 12:40",
             body="""\
Online claim notification – Trip cancellation (form language: English)
======================================================================
Reference:           SO-25-020117
Submitted:           25.03.2025 12:39 (website)
Policy:              RR 3 301 884 (trip cancellation, single trip)
Policyholder:        Aleksandra Nowak-Brandes, Kastanienstraße 5, 28215 Bremen
E-mail / phone:      a.nowak-brandes@mailo.example / +49 160 7741120
Travellers:          Aleksandra Nowak-Brandes, Piotr Brandes
Trip:                Lisbon, 18.04.–27.04.2025, TUI booking no. 771-204-558
Trip price:          2,318.00 EUR

Reason for cancellation: loss of job (insured event: unexpected termination by employer)
Details:             My employer (Hanse Logistik Services GmbH) terminated my contract
                     for operational reasons on 20.03.2025, effective 30.04.2025.
                     I need to be available for job interviews and cannot afford the trip.
Cancellation date:   21.03.2025
Cancellation fee:    40 % = 927.20 EUR

Uploaded files:      termination_letter_HLS.pdf, TUI_cancellation_invoice.pdf,
                     booking_confirmation.pdf
""")


def m062():
    return M(62, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "online travel-health claim: treatment in Spain (gastroenteritis, infusion), child named, invoices",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Leistung Auslandsreise-KV <leistung-ark@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-020240 | Auslandsreisekranken",
             "2025-03-25 18:20",
             body="""\
Schaden online melden – Auslandsreisekrankenversicherung
========================================================
Referenz:              SO-25-020240
Eingang:               25.03.2025 18:19 (App)
Versicherungsnummer:   ARK 7 118 402 (Familie, Jahresvertrag)
Versicherungsnehmer:   Stefan Hagens, Lindenstraße 3, 26131 Oldenburg
Erkrankte Person:      Mia Hagens, geb. 14.05.2016
Reiseland / Zeitraum:  Spanien (Gran Canaria), 08.03.–22.03.2025
Erkrankung seit:       15.03.2025
Beschwerden/Diagnose:  Magen-Darm-Infekt mit starker Austrocknung (Gastroenteritis),
                       ambulante Infusion, Kinderarzt Hospiten Roca
Behandlungskosten:     Arzt 180,00 EUR, Infusion 240,00 EUR, Apotheke 36,40 EUR
Bezahlt durch:         Kreditkarte VN
Unterlagen:            factura_hospiten_15032025.pdf, informe_medico_Mia.pdf,
                       farmacia_ticket.jpg
Übersetzung nötig:     Rechnung spanisch – bitte melden, falls Übersetzung nötig ist
""")


def m063():
    return M(63, "NORMAL", "de", "internal",
             "trap: draft answers to public app-store reviews (login crash, upload), pseudonymous reviewers, no health data",
             "Lisa Gerken <lisa.gerken@weserland-versicherung.example>",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "Antwortentwürfe App-Store-Bewertungen KW 12 – Freigabe?",
             "2025-03-26 09:12",
             body="""\
Hi Priya,

bevor ich die Antworten im Play Store / App Store veröffentliche, kurz drüberschauen,
ob technisch alles stimmt:

1) „Nordlicht_77“ ★☆☆☆☆ „Seit dem Update stürzt die App beim Login ab. Super.“
   Antwort: „Moin und danke für den Hinweis! Der Absturz beim Login unter Android 14
   ist mit Version 3.8.1 behoben. Bitte aktualisieren Sie die App. Ihr Weserland-Team“

2) „Ma Re“ ★★☆☆☆ „Upload dauert ewig, Fotos werden abgelehnt“
   Antwort: „Das tut uns leid! Fotos im HEIC-Format werden ab 3.8.0 automatisch
   umgewandelt. Wenn es weiterhin hakt, schreiben Sie uns gern im Chat in der App.“

3) „Beate H.“ ★★★★★ „Rechnung abfotografiert, drei Tage später Geld auf dem Konto. Top!“
   Antwort: „Vielen Dank für das tolle Feedback, Beate!“

Wichtig laut Vorgabe Datenschutz: wir gehen in öffentlichen Antworten nie auf
Verträge oder Erstattungen einzelner Personen ein.

Gruß Lisa
Social Media & Bewertungsmanagement
""")


def m064():
    return M(64, "NORMAL", "en", "internal",
             "trap: DPIA summary for live-chat co-browsing of health claim forms, no individual",
             "Dr. Friederike Albers <datenschutz@weserland-versicherung.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "DPIA co-browsing (Parlaro CoView) – summary and conditions",
             "2025-03-26 11:45",
             cc="IT Security <it-security@weserland-versicherung.example>",
             body="""\
Dear Mr Demir,

as requested for the vendor (English-speaking project team), here is the summary of
the data protection impact assessment for co-browsing in the live chat.

Processing: agent sees the customer's browser tab on the Weserland portal to help
fill in forms (e.g. health claim form, change of bank details).

Risks identified
- R1 high: agent sees special categories (health data) typed by the customer
- R2 medium: other browser tabs or notifications visible
- R3 medium: session recordings kept by vendor

Conditions for go-live
1. Co-browsing only on whitelisted portal pages; masking of fields tagged
   data-sensitive="true" (diagnosis, IBAN, tax ID) – agent sees asterisks.
2. Explicit consent per session, revocable with one click.
3. No recording. Vendor confirms in writing; logs contain only session metadata.
4. Access limited to trained agents (role CHAT_COBROWSE).

Residual risk: acceptable under these conditions. Review after 6 months.

Best regards
Dr. Friederike Albers
Data Protection Officer
""")


def m065():
    return M(65, "CONFIDENTIAL", "de", "customer",
             "callback request: legal expenses, employment dismissal, name, policy, employer; no health content",
             "Weserland Rückrufservice <rueckruf@weserland-versicherung.example>",
             "Rechtsschutz Service <rechtsschutz@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1688 – Rechtsschutz – heute 12-14 Uhr",
             "2025-03-26 10:02",
             body="""\
Rückrufwunsch über App
----------------------
Nr.:            RR-2025-03-1688
Eingang:        26.03.2025 10:02
Name:           Serkan Aydın
Telefon:        0157 80334129
Wunschtermin:   heute, 12:00–14:00 Uhr
Sparte:         Rechtsschutz (Arbeits-RS)
Vertragsnr.:    RS 9.441.207
Thema:          Deckungsanfrage
Nachricht:      Kündigung vom Arbeitgeber (Weser Metallbau GmbH) bekommen nach 11 Jahren,
                angeblich betriebsbedingt. Will Kündigungsschutzklage, Frist 3 Wochen läuft
                ab 21.03. Hab schon Termin bei Anwältin Fr. Hoppe (Kanzlei Hoppe & Wendt)
                am Freitag. Brauche Deckungszusage!!

Zugeordnet an:  Rechtsschutz Service (automatisch, Regel RS-DECKUNG)
""")


def m066():
    return M(66, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "English contact form: change of beneficiary in a life policy (no medical word), names and birth dates",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Leben Service <leben-service@weserland-versicherung.example>",
             "[Contact form] Life insurance – change request – KF-250326-22311",
             "2025-03-26 20:40",
             body="""\
New message via https://www.weserland-versicherung.example/en/contact

Form:                Life insurance – contract changes (EN)
Form ID:             KF-250326-22311
Received:            26.03.2025, 20:39:55
------------------------------------------------------------
Title:               Mr
First name:          Matthew
Last name:           O'Donnell
Date of birth:       04 July 1981
Phone:               +49 151 11872035
E-mail:              matt.odonnell@freemail.example
Policy number:       LV 3.301.226.8 (term life)
Topic:               Change of beneficiary
Message:
We had our second child in February. Please add our son Finn O'Donnell
(born 11 February 2025) as beneficiary together with our daughter Ava
(born 3 May 2021), 50/50, after my wife Sinéad O'Donnell (primary beneficiary).
Can I do this online or do you need a signed form?
------------------------------------------------------------
Preferred reply: e-mail
Consent privacy notice: yes
""")


def m067():
    text = """\
Weserland Kundennews März 2025

Neu: Schaden per WhatsApp melden
Ab sofort können Sie Kfz-Glasschäden, Fahrraddiebstahl und kleine Hausratschäden
auch per WhatsApp melden: Nummer 0421 3390-777 speichern, „Hallo“ schreiben,
Wendy führt Sie durch die Fragen. Fotos direkt mitschicken.
Wichtig: Gesundheitsthemen (Arztrechnungen, Krankenhaus) bitte weiterhin über
die App – dort sind Ihre Daten Ende-zu-Ende im Kundenkonto geschützt.

Tipp: Rechnungen fotografieren statt Briefumschlag
Über 70 % der Arzt- und Zahnarztrechnungen erreichen uns inzwischen über die App.
Durchschnittliche Erstattungsdauer: 3,2 Tage.

Rückruf zur Wunschzeit
Kein Warten in der Hotline: Rückruf buchen unter
https://www.weserland-versicherung.example/rueckruf

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.weserland-versicherung.example/newsletter/abmelden
Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
"""
    html = """\
<html><body style="margin:0;font-family:Arial,sans-serif;background:#f2f5f7">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#00586e;color:#fff;padding:20px;font-size:22px">Weserland Kundennews · März 2025</td></tr>
<tr><td style="padding:20px">
<h2 style="color:#00586e">Neu: Schaden per WhatsApp melden</h2>
<p>Ab sofort können Sie Kfz-Glasschäden, Fahrraddiebstahl und kleine Hausratschäden auch per WhatsApp melden:
Nummer <b>0421 3390-777</b> speichern, „Hallo“ schreiben, Wendy führt Sie durch die Fragen.</p>
<p style="background:#fff4d6;padding:10px"><b>Wichtig:</b> Gesundheitsthemen (Arztrechnungen, Krankenhaus) bitte weiterhin über die App.</p>
<h2 style="color:#00586e">Tipp: Rechnungen fotografieren statt Briefumschlag</h2>
<p>Über 70&nbsp;% der Arzt- und Zahnarztrechnungen erreichen uns inzwischen über die App.
Durchschnittliche Erstattungsdauer: 3,2 Tage.</p>
<h2 style="color:#00586e">Rückruf zur Wunschzeit</h2>
<p><a href="https://www.weserland-versicherung.example/rueckruf">Jetzt Rückruf buchen</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.weserland-versicherung.example/newsletter/abmelden">Abmelden</a> · Weserland Versicherung AG · Am Wall 140 · 28195 Bremen</td></tr>
</table></body></html>"""
    return M(67, "NORMAL", "de", "newsletter",
             "trap: customer newsletter on WhatsApp claims and photographing doctors' invoices, no person",
             "Weserland Kundennews <news@weserland-versicherung.example>",
             "Newsletter-Verteiler <newsletter-kunden@weserland-versicherung.example>",
             "Neu: Schaden per WhatsApp melden – und weitere digitale Services",
             "2025-03-27 07:00", body=text, html=html,
             hdr=[("List-Unsubscribe", "<https://www.weserland-versicherung.example/newsletter/abmelden>")])


def m068():
    return M(68, "CONFIDENTIAL", "de", "customer",
             "chatbot handover: e-bike stolen, name, address, frame number, policy; no health content",
             "Wendy Chatbot <chatbot@weserland-versicherung.example>",
             "Schaden Sach Hausrat <schaden-hausrat@weserland-versicherung.example>",
             "Übergabe Chatbot → Fachbereich: E-Bike-Diebstahl (CB-25-0327-73412)",
             "2025-03-27 08:31",
             body="""\
Automatische Übergabe aus dem Chatbot "Wendy"
Grund der Übergabe: Versicherungssumme > 3.000 EUR (Regel FAHRRAD-HOCH)
Konversation: CB-25-0327-73412 · 27.03.2025 08:12–08:30 · angemeldet

Kunde:        Henning Stelljes, Bgm.-Smidt-Str. 61, 27568 Bremerhaven
Vertrag:      HR 21.509.330 inkl. Fahrradbaustein (Neuwert bis 5.000 EUR)
Kontakt:      0471 9402217 / h.stelljes@t-net.example

Erfasste Angaben:
  Gegenstand:     E-Bike Riese & Müller Nevo4 GT vario, grau, Kauf 06/2024
  Rahmennummer:   RM-NV4-24-0918832
  Kaufpreis:      5.899,00 EUR (Rechnung hochgeladen)
  Tatzeit:        26.03.2025, 18:10–19:40, Fahrradständer Hauptbahnhof Bremerhaven
  Schloss:        Abus Bordo 6500, mitentwendet
  Anzeige:        Polizei Bremerhaven, Vorgangsnr. 25-BHV-031177

Hinweis Bot: Versicherungssumme im Baustein 5.000 EUR < Kaufpreis – Unterversicherung prüfen.
""")


def m069():
    return M(69, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "callback request: cost approval for rehab after hip replacement, PKV",
             "Weserland Rückrufservice <rueckruf@weserland-versicherung.example>",
             "Leistung KV stationär <leistung-kv-stationaer@weserland-versicherung.example>",
             "Rückrufwunsch RR-2025-03-1744 - Kranken - morgen 10-12 Uhr",
             "2025-03-27 14:55",
             body="""\
Rückrufwunsch über Website
--------------------------
Nr.:            RR-2025-03-1744
Eingang:        27.03.2025 14:55
Name:           Gisela Rohlfs
Telefon:        04408 71230
Wunschtermin:   morgen, 10:00-12:00 Uhr
Sparte:         Kranken
Vertragsnr.:    KV 2987 011 540
Thema:          Kostenzusage
Nachricht:      Bekomme am 7.4. eine neue Hüfte (Hüft-TEP links) im Pius-Hospital,
                danach Anschlussreha 3 Wochen in Bad Zwischenahn. Der Sozialdienst
                sagt ich brauche vorher eure Zusage für die Reha. Bitte anrufen,
                ich bin 78 und komme mit dem Internet nicht so klar, meine Enkelin hilft.

Zugeordnet an:  Leistung KV stationär (automatisch, Regel KV-KOSTENZUSAGE)
""", charset="iso-8859-1")


def m070():
    return M(70, "NORMAL", "en", "internal",
             "trap: ICS invitation to sprint review of the claims portal (health claim form demo), no person data",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "Team Claims Portal <team-claims-portal@weserland-versicherung.example>",
             "Invitation: Sprint 25.06 review – health claim form & upload @ Thu 3 Apr 14:00",
             "2025-03-27 16:00",
             body="""\
Hi all,

sprint review for 25.06 – demos:
- new health claim form (multi-person: submit invoices for children in one go)
- upload progress bar and resume after connection loss
- chatbot deep link "submit invoice" → opens upload with policy preselected

Stakeholders from Leistung KV invited. Demo with test users only.

Priya
""",
             atts=[ics("invite.ics", """\
BEGIN:VCALENDAR
PRODID:-//Weserland//Kalender 1.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sprint-25-06-review@weserland-versicherung.example
DTSTAMP:20250327T150000Z
DTSTART;TZID=Europe/Berlin:20250403T140000
DTEND;TZID=Europe/Berlin:20250403T150000
SUMMARY:Sprint 25.06 review - health claim form & upload
LOCATION:Raum Weser 2 / Teams
ORGANIZER;CN=Priya Raman:mailto:priya.raman@weserland-versicherung.example
ATTENDEE;CN=Team Claims Portal:mailto:team-claims-portal@weserland-versicherung.example
ATTENDEE;CN=Svenja Tietjen:mailto:svenja.tietjen@weserland-versicherung.example
DESCRIPTION:Demos: health claim form multi-person\\, upload resume\\, chatbot deep link.
END:VEVENT
END:VCALENDAR
""")])

def m071():
    return M(71, "CONFIDENTIAL", "en", "customer",
             "online electronics claim: laptop dropped, serial number, invoice, policy and claim number, name",
             "Weserland Claims Online <schaden-online@weserland-versicherung.example>",
             "Schaden Technik <schaden-technik@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-020588 | Elektronik | EN",
             "2025-03-28 09:10",
             body="""\
Online claim notification – Electronics insurance (form language: English)
==========================================================================
Reference:        SO-25-020588
Submitted:        28.03.2025 09:09 (website)
Policy:           EL 4 402 117 (electronics, all-risk)
Policyholder:     Ms Ingrid Solberg, Contrescarpe 44, 28203 Bremen
Contact:          ingrid.solberg@mailo.example / +49 173 4401928
Device:           Apple MacBook Air 13" M2, serial C02HX1Q7MD6N
Purchased:        14.09.2023, Gravis Bremen, 1,349.00 EUR
Date of damage:   27.03.2025
What happened:    The laptop slipped off the table in a café when someone bumped into
                  the chair. Display cracked, bottom case dented. It still boots but the
                  screen shows only lines.
Repair estimate:  798.00 EUR (Apple Store quote R-88120)
Uploaded files:   invoice_gravis_2023.pdf, photo_display.jpg, repair_quote.pdf
Payout to:        account on file
""")


def m072():
    return M(72, "NORMAL", "de", "internal",
             "trap: training guide for chat agents on handling health information (DOCX), generic examples only",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Team Live-Chat <team-livechat@weserland-versicherung.example>",
             "Schulungsunterlage „Gesundheitsangaben im Chat“ – bitte bis 04.04. lesen",
             "2025-03-28 11:20",
             body="""\
Hallo zusammen,

im Anhang die Schulungsunterlage, die wir mit Frau Dr. Albers abgestimmt haben.
Bitte bis 04.04. lesen und im Lernportal bestätigen. Fragen gern im Teamchat.

Jana
""",
             atts=[docx("Schulung_Gesundheitsangaben_im_Chat_v1.docx", [
                 "Schulung: Gesundheitsangaben im Chat – Leitfaden für Agentinnen und Agenten",
                 "1. Grundsatz: Kundinnen und Kunden dürfen uns alles schreiben. Wir fragen aber nur nach, was wir für das Anliegen wirklich brauchen.",
                 "2. Nicht nachfragen: Diagnosen, Medikamente, Befunde – dafür gibt es den Upload und die Fachabteilung.",
                 "3. Beispiel (ausgedacht): Kunde schreibt „Ich war wegen meinem Rücken beim Orthopäden, reicht die Rechnung?“ – Antwort: Upload-Link, keine Rückfrage zur Diagnose.",
                 "4. Übergabe an Fachbereich über die Funktion „An Leistung übergeben“, nie per Weiterleitung an private Postfächer.",
                 "5. Export von Chatprotokollen nur über Parlaro, nie Screenshots.",
                 ["Situation", "Richtig", "Falsch"],
                 ["Kundin nennt Diagnose", "zur Kenntnis nehmen, weiterleiten", "Diagnose im Chat kommentieren"],
                 ["Kunde schickt Foto vom Befund", "auf Upload verweisen", "Foto speichern oder weiterleiten"],
                 ["Angehöriger fragt nach Vertrag", "Vollmacht prüfen", "Auskunft ohne Vollmacht"],
             ])])


def m073():
    return M(73, "STRICTLY_CONFIDENTIAL", "de", "system",
             "chatbot escalation: logged-in customer writes about depression and suicidal thoughts, crisis protocol triggered",
             "Wendy Chatbot <chatbot@weserland-versicherung.example>",
             "Leitstand Live-Chat <leitstand-chat@weserland-versicherung.example>",
             "PRIO 1 – Krisenprotokoll ausgelöst (CB-25-0328-74020)",
             "2025-03-28 22:47",
             hdr=[("Importance", "high"), ("X-Priority", "1")],
             body="""\
!!! Krisenprotokoll ausgelöst – bitte sofort prüfen !!!

Konversation:   CB-25-0328-74020
Zeit:           28.03.2025 22:39–22:46
Angemeldet:     ja
Kunde:          Patrick Dörgeloh, KV 4120 883 017, Tel. laut Bestand 0421 8872046
Auslöser:       Intent "crisis_self_harm" (conf 0.93)

Verlauf:
  Kunde: ihr habt meine psychotherapie abgelehnt
  Wendy: Das tut mir leid. Ich kann Ihnen erklären, wie Sie Widerspruch einlegen.
  Kunde: ist eh egal. ohne therapie halte ich das nicht mehr aus, ich denke
         jeden tag daran mir was anzutun
  Wendy: Es tut mir sehr leid, dass es Ihnen so schlecht geht. Sie sind nicht allein.
         Bitte wenden Sie sich jetzt an die TelefonSeelsorge: 0800 111 0 111 oder
         0800 111 0 222 (kostenlos, rund um die Uhr). In akuter Gefahr rufen Sie 112.
  Kunde: ok
  Wendy: Darf eine Kollegin Sie morgen früh anrufen, um über Ihren Antrag zu sprechen?
  Kunde: ja

Automatisch angelegt: Rückruf RR-2025-03-1802 (Sa 29.03., 09:00, Leitstand)
Hinweis: Der Leistungsvorgang zur Psychotherapie (ablehnender Bescheid 26.03.) ist
verknüpft. Bitte Teamleitung Leistung KV informieren.
""")


def m074():
    return M(74, "CONFIDENTIAL", "de", "insurer-to-supplier",
             "callback list for the external call centre only in a windows-1252 CSV: names, phones, policy numbers, topics (no health)",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Nordcall Disposition <dispo@nordcall.example>",
             "Rückrufliste Samstag 29.03. (Überlauf Kfz/Sach)",
             "2025-03-28 17:15",
             body="""\
Hallo Frau Pieper,

wie besprochen die Überlaufliste für Samstag. Nur Kfz und Sach, Gesundheitsthemen
bleiben bei uns. Bitte Rückmeldung über das Portal, Ergebnis-Codes wie gehabt.

Viele Grüße
Jana Ohlrogge
""",
             atts=[csv_att("Rueckrufliste_2025-03-29_Ueberlauf.csv", """\
RR-Nr;Name;Telefon;Wunschzeit;Sparte;Vertragsnr;Thema
RR-2025-03-1771;Bernd Kück;0160 9127734;09-11;Kfz;K 58.214.773-0;Beitrag SF-Klasse Rückfrage
RR-2025-03-1779;Meike Stöver;0421 6610982;09-11;Kfz;K 57.445.018-3;Fahrzeugwechsel, eVB
RR-2025-03-1780;Ömer Kaplan;0176 22041983;10-12;Sach;HR 21.881.540;Fahrraddiebstahl Stand
RR-2025-03-1786;Frauke Heitmann;04202 77123;10-12;Sach;WG 5.031.662;Sturmschaden Dach
RR-2025-03-1790;Jens-Uwe Brandt;0151 54411230;11-13;Kfz;K 56.778.901-5;Wildunfall Gutachter
RR-2025-03-1795;Angelika Wessels;0421 545871;11-13;Sach;PH 7.114.028;Haftpflicht Schlüsselverlust
""", charset="windows-1252")])


def m075():
    return M(75, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "English app notification: physiotherapy claim processed, amounts, therapist named, expat health policy",
             "My Weserland <noreply@portal.weserland-versicherung.example>",
             "Jonas Lindqvist <jonas.lindqvist@freemail.example>",
             "Your claim has been processed",
             "2025-03-29 08:05",
             body="""\
Hi Jonas,

we have processed your claim of 24 March 2025.

  Policy:        WCI-2023-107662 (Expat Care Comfort)
  Provider:      Physiotherapie Hafenkante, Bremen – 8 sessions physiotherapy
                 and 4 sessions manual lymph drainage after shoulder surgery
  Invoiced:      498.40 EUR
  Reimbursed:    448.56 EUR (90 %)
  Not covered:   49.84 EUR (own share according to your plan)

The settlement letter is in your inbox in the My Weserland app.

Get well soon!
Weserland Care International
""", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Jonas,</p>
<p>we have processed your claim of 24 March 2025.</p>
<table cellpadding="3" style="font-size:13px">
<tr><td>Policy</td><td>WCI-2023-107662 (Expat Care Comfort)</td></tr>
<tr><td>Provider</td><td>Physiotherapie Hafenkante, Bremen – 8 sessions physiotherapy and 4 sessions manual lymph drainage after shoulder surgery</td></tr>
<tr><td>Invoiced</td><td>498.40 EUR</td></tr>
<tr><td>Reimbursed</td><td><b>448.56 EUR</b> (90 %)</td></tr>
<tr><td>Not covered</td><td>49.84 EUR (own share according to your plan)</td></tr>
</table>
<p>The settlement letter is in your inbox in the My Weserland app.</p>
<p>Get well soon!<br>Weserland Care International</p>
</body></html>""")


def m076():
    return M(76, "NORMAL", "de", "system",
             "trap: form-export job warning with zero records, queue names mention health, no person",
             "Weserland Formular-Export <formular-export@weserland-versicherung.example>",
             "IT Digitale Kanäle – Formulare <it-formulare@weserland-versicherung.example>",
             "WARNUNG: Export Leistungsantrag KV / Pflege – 0 Datensätze (29.03.2025 06:00)",
             "2025-03-29 06:01",
             body="""\
Job:        EXPORT_LA_KV_PFLEGE
Lauf:       29.03.2025 06:00:00
Status:     WARN
Datensätze: 0 (erwartet: > 0, Durchschnitt Samstag: 143)

Mögliche Ursachen:
- Formularserver liefert leere Antwort (HTTP 204) seit 28.03.2025 23:14
- Zertifikat des Export-Endpunkts (formexport.weserland-versicherung.example)
  wird in 3 Tagen ungültig – nicht ursächlich, aber bitte erneuern

Letzter erfolgreicher Export: 28.03.2025 22:00 (67 Datensätze)
Retry geplant: 29.03.2025 07:00

Dies ist eine automatische Nachricht des Export-Dienstes.
""")


def m077():
    return M(77, "NORMAL", "en", "internal",
             "trap: copy deck for push notifications in English with placeholders, incl. 'reimbursement for {provider}'",
             "Lisa Gerken <lisa.gerken@weserland-versicherung.example>",
             "Lingua Nord Translations <projects@lingua-nord.example>",
             "Copy deck push notifications EN – please proofread (job LN-25-3318)",
             "2025-03-31 09:30",
             body="""\
Hello Lingua Nord team,

attached below are the English push texts for the app (Care International). Please
proofread – character limits in brackets. Placeholders in {curly braces} stay as they are.

PN-01 (60)  Your documents have arrived. Case {case_no}.
PN-02 (80)  Good news, {first_name}: {amount} is on its way to your account.
PN-03 (80)  Your reimbursement for {provider} has been processed.
PN-04 (60)  Please check: we need one more document for {case_no}.
PN-05 (60)  New message in your inbox.
PN-06 (90)  Your cost coverage for {hospital} is confirmed. Get well soon!
PN-07 (60)  Your callback is booked for {date}, {time_from}–{time_to}.

Question from our data protection officer: PN-03 and PN-06 show the provider/hospital
on the lock screen. We will probably drop those placeholders, but please translate
both variants (with/without).

Deadline Friday 4 April. Thanks!
Lisa Gerken
""")


def m078():
    inner_msg = inner("Waltraud Bischoff <w.bischoff@nordpost.example>",
                      "service@weserland-versicherung.example",
                      "Hörgeräte Kostenvoranschlag",
                      "2025-03-30 18:22",
                      """\
Sehr geehrte Damen und Herren,

mein HNO-Arzt (Dr. Hollmann, Achim) hat bei mir eine beidseitige
Innenohrschwerhörigkeit festgestellt, links stärker als rechts, und mir
Hörgeräte verordnet. Der Akustiker (Hörwelt Achim) hat mir den anhängenden
Kostenvoranschlag gemacht: zwei Geräte Phonak Audéo L90, zusammen 4.980 Euro,
die gesetzliche Kasse zahlt ja nichts, ich bin bei Ihnen voll versichert.

Wie viel übernehmen Sie? Ich bin 74 und möchte gern die besseren Geräte.

Versicherungsnummer KV 2840 117 302
Mit freundlichen Grüßen
Waltraud Bischoff
Bremer Straße 18, 28832 Achim
""", n=78)
    return M(78, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "forwarded customer mail as message/rfc822: hearing loss, hearing aids quote, PKV; cover note harmless",
             "Klärungsstelle Posteingang <casegw-klaerung@weserland-versicherung.example>",
             "Leistung Hilfsmittel <leistung-hilfsmittel@weserland-versicherung.example>",
             "WG: Eingang ohne Vorgang – bitte übernehmen",
             "2025-03-31 08:40",
             body="""\
Moin,

Gateway hat die Mail wegen fehlendem Anhang (Kundin hat angekündigten Anhang
vergessen) nicht automatisch angelegt. Original anbei, bitte bei euch anlegen.

Gruß, Team Tamm
""", atts=[inner_msg])


def m079():
    return M(79, "CONFIDENTIAL", "de", "customer",
             "online buildings claim: burst pipe, address, policy, photo file names, tradesman, tenant named",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Schaden Sach Wohngebäude <schaden-wg@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-020911 | Wohngebäude | Leitungswasser",
             "2025-03-31 10:18",
             body="""\
Schaden online melden – Wohngebäude
===================================
Referenz:              SO-25-020911
Eingang:               31.03.2025 10:17 (Website)
Versicherungsnummer:   WG 5.244.018
Versicherungsnehmer:   Hartmut Oetken (Vermieter)
Versichertes Gebäude:  Zweifamilienhaus, Marßeler Feld 7, 28719 Bremen
Telefon / E-Mail:      0421 6399128 / h.oetken@web-post.example

Schadenart:            Leitungswasser (Rohrbruch)
Entdeckt am:           30.03.2025, ca. 07:00
Schilderung:           Mieterin im EG (Frau Dilara Kurt) meldet nassen Fußboden im
                       Bad und Flur. Installateur Firma Kruse Haustechnik hat Bruch
                       der Kaltwasserleitung unter dem Estrich geortet, Wasser abgestellt.
Betroffen:             Estrich, Fliesen Bad, Laminat Flur, Wand Flur
Trocknung nötig:       ja, lt. Installateur ca. 3 Wochen
Kosten bisher:         Leckortung 468,00 EUR (Rechnung folgt)
Mietausfall:           möglich, Mieterin will ggf. mindern
Fotos:                 bad_boden_1.jpg, flur_wand.jpg, messprotokoll_leckortung.pdf
""")


def m080():
    return M(80, "NORMAL", "mixed", "supplier",
             "trap: vendor meeting minutes (German/English) on the e-mail parser and masking, no personal data",
             "Katharina Voss <k.voss@parlaro.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Protokoll / Minutes Jour fixe Parlaro × Weserland 31.03.2025",
             "2025-03-31 15:20",
             cc="Malte Brünjes <malte.bruenjes@weserland-versicherung.example>",
             body="""\
Protokoll Jour fixe – 31.03.2025, 14:00–15:00, Teams
Teilnehmende: K. Voss, R. Dijkstra (Parlaro); O. Demir, M. Brünjes (Weserland)

1. Auto-redaction bug (Ticket PAR-22817)
   - Root cause: regex for policy numbers expected format "KV 1234 567 890" only,
     Sach/Haftpflicht formats ("PH 7.902.331") not covered.
   - Fix deployed 28.03.; exports 10.–28.03. re-generated with masking. Weserland
     löscht alte Exporte bis 04.04. (Owner: M. Brünjes)

2. E-mail parser for chat-to-mail (offline mode)
   - New version strips signatures and quoted history before creating the case.
   - Open: HTML mails from Outlook with tables – Parlaro checks with sample set
     (synthetic only, R. Dijkstra).

3. Roadmap Q2
   - Co-browsing (DSFA liegt vor, Auflagen siehe Mail Dr. Albers 26.03.)
   - WhatsApp channel: health topics remain blocked by intent filter

Next meeting: 14.04.2025, same time.
Katharina Voss, Customer Success, Parlaro GmbH
""")

def m081():
    return M(81, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "online disability (BU) claim form in English: long COVID, ME/CFS, occupation, income, treating doctors",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Leben Leistung BU <leistung-bu@weserland-versicherung.example>",
             "[Online form] Disability benefit claim – LA-BU-25-000318 (EN)",
             "2025-04-01 09:12",
             body="""\
Online form: Claim for occupational disability benefits (English)
Form ID: LA-BU-25-000318 | received 01.04.2025 09:11 | logged in: yes
-----------------------------------------------------------------
Insured person:        Dr. Amelia Crowther
Date of birth:         1985-02-17
Policy:                BU 8.220.114 (occupational disability, monthly pension 2,000 EUR)
Occupation:            Research scientist (marine biology), 100 % lab and field work
Employer:              Institut für Meeresforschung Bremen (public research institute)
Gross income 2024:     68,400 EUR
Unable to work since:  14.10.2024

Health impairment (own words):
Long COVID after infection in August 2024. Severe fatigue with post-exertional
malaise, diagnosed ME/CFS (G93.3) by the post-COVID outpatient clinic in Hannover
in January. I can work at most 1–2 hours a day at a desk, field work impossible.
Also concentration problems and orthostatic intolerance (POTS suspected).

Treating doctors:
- Dr. med. Jörn Hasselbring, GP, Bremen-Horn (since 08/2024)
- Post-COVID-Ambulanz MHH Hannover (since 01/2025)
- Dr. med. Silke Marten, cardiology (tilt-table test 02/2025)

Rehabilitation:        3 weeks at Klinik Amsee, Waren (Nov 2024), no improvement
Release from confidentiality: signed electronically (SPE-2024-01)
Uploads:               sick_notes_Oct24-Mar25.pdf, MHH_report_Jan25.pdf, reha_discharge.pdf
""")


def m082():
    return M(82, "NORMAL", "de", "internal",
             "trap: UX-test mock of callback request with fictitious 'Erika Musterfrau' and hospital topic",
             "Hanna Kück <hanna.kueck@weserland-versicherung.example>",
             "Team Conversational <team-conversational@weserland-versicherung.example>",
             "UX-Test Rückruf-Widget: Mock-Daten für Do",
             "2025-04-01 11:40",
             body="""\
Hallo ihr,

für den UX-Test am Donnerstag (5 Testpersonen, Labor 2. OG) ist das Widget mit
folgenden Mock-Daten vorbefüllt. Alles fiktiv, bitte nicht wundern, wenn das
im Testsystem auftaucht:

  Name:         Erika Musterfrau (fiktiv)
  Telefon:      0421 000000-0
  Vertragsnr.:  KV 9999 000 042 (Testbestand)
  Thema:        Kostenzusage Krankenhaus
  Nachricht:    „Ich muss nächste Woche ins Krankenhaus, was muss ich tun?“

Aufgabe für die Testpersonen: Rückruf für morgen Vormittag buchen, Thema ändern,
Termin wieder stornieren. Wir messen Klicks und Abbrüche.

Die Rückrufe landen in der Testqueue RR-TEST, nicht beim Leitstand.

Danke!
Hanna (UX Research)
""")


def m083():
    return M(83, "CONFIDENTIAL", "en", "insurer-to-customer",
             "pet-insurance chat transcript: cat's vet bill (animal health), owner named, policy number",
             "Weserland Live Chat <chat@weserland-versicherung.example>",
             "Lucía Fernández Ortmann <lucia.fo@mailo.example>",
             "Transcript of your chat with Weserland (LC-25-0401-10233)",
             "2025-04-01 13:05",
             body="""\
Thank you for chatting with us. Here is your transcript.

Chat LC-25-0401-10233 · 01.04.2025 · Agent: Sandra K.

Sandra K.: Hello, welcome to Weserland! How can I help?
Lucía: Hi, my cat Mochi (pet health insurance TK 2.004.118) had to have three teeth
       removed yesterday, FORL. The vet bill is 612 EUR. Is dental covered?
Sandra K.: Hello Ms Fernández Ortmann. Your plan TierGesund Plus covers dental
       treatment under anaesthesia at up to 2x the GOT fee scale, after 6 months
       waiting time. Your policy started in 2023, so that's fine.
Lucía: great. also blood tests before anaesthesia?
Sandra K.: Yes, pre-anaesthetic blood tests are covered as part of the surgery.
Lucía: ok I'll upload the invoice from Tierarztpraxis am Rosenberg
Sandra K.: Perfect. Please use "Submit documents" → "Pet health". Get well soon, Mochi!

Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
""")


def m084():
    return M(84, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only benefit statement mail: GOÄ items, diagnoses of outpatient visit, reimbursement (PKV)",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Frank Dierks <frank.dierks@t-net.example>",
             "Ihre Leistungsabrechnung vom 01.04.2025",
             "2025-04-01 16:10",
             html="""\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#1d2b3a">
<p>Guten Tag Herr Dierks,</p>
<p>Sie haben den Versand Ihrer Leistungsabrechnungen per E-Mail gewählt (Einwilligung vom 12.01.2024).
Hier Ihre Abrechnung zum Vertrag <b>KV 3901 225 486</b>, versicherte Person: <b>Frank Dierks</b>.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:12px" border="1">
<tr style="background:#eef3f5"><th>Datum</th><th>Leistungserbringer</th><th>GOÄ</th><th>Leistung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>11.03.2025</td><td>Dr. med. Uwe Brinkama, Urologie</td><td>1</td><td>Beratung</td><td>10,72</td><td>10,72</td></tr>
<tr><td>11.03.2025</td><td>Dr. med. Uwe Brinkama, Urologie</td><td>410</td><td>Sonographie Prostata/Harnblase</td><td>26,81</td><td>26,81</td></tr>
<tr><td>11.03.2025</td><td>Dr. med. Uwe Brinkama, Urologie</td><td>3908.H3</td><td>PSA-Bestimmung</td><td>23,31</td><td>23,31</td></tr>
<tr><td>18.03.2025</td><td>MVZ Labor Bremen</td><td>4713</td><td>Urinkultur</td><td>17,49</td><td>17,49</td></tr>
<tr><td colspan="4"><b>Diagnose lt. Rechnung:</b> N40 Prostatahyperplasie, R97.2 erhöhter PSA-Wert</td><td><b>78,33</b></td><td><b>78,33</b></td></tr>
</table>
<p>Die Erstattung von <b>78,33 EUR</b> überweisen wir auf Ihr bekanntes Konto.
Ihr Selbstbehalt 2025: 300,00 EUR, davon verbraucht 0,00 EUR (Beitragsrückerstattung bleibt möglich, da Sie den Selbstbehalt gewählt haben).</p>
<p>Ihre Weserland Versicherung</p>
</body></html>""")


def m085():
    return M(85, "CONFIDENTIAL", "de", "customer",
             "contact form: instalment request after job loss, income (ALG I) stated, motor and household policies",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Inkasso Sach/Kfz <inkasso@weserland-versicherung.example>",
             "[Kontaktformular] Zahlung / Ratenzahlung – KF-250402-22988",
             "2025-04-02 07:44",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Beitrag / Zahlung
Formular-ID:         KF-250402-22988
Eingang:             02.04.2025, 07:43:19 Uhr
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Dennis
Nachname:            Schwarting
Geburtsdatum:        11.12.1990
Telefon:             0152 55013382
E-Mail:              dennis.schwarting@freemail.example
Versicherungsnummer: K 57.118.640-9, HR 21.774.092
Thema:               Stundung / Ratenzahlung
Anliegen:
Hallo, ich bin seit Februar arbeitslos und bekomme nur 1.412 Euro ALG I im
Monat. Miete ist 690. Der Jahresbeitrag Kfz (538 Euro) ist am 1.4. fällig,
kann ich den in Raten zahlen? Hausrat läuft ja monatlich, das geht.
Neuer Job ist in Aussicht ab Juni.
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (02.04.2025 07:43)
Anhänge: Bewilligungsbescheid_ALG1_Auszug.pdf
""")


def m086():
    return M(86, "NORMAL", "en", "internal",
             "trap: security warning about phishing mails imitating portal notifications and 'claim reimbursement', no victim named",
             "IT Security <it-security@weserland-versicherung.example>",
             "All staff <alle@weserland-versicherung.example>",
             "[Security] Phishing wave imitating 'My Weserland' reimbursement notifications",
             "2025-04-02 10:00",
             body="""\
Dear colleagues,

since this morning, customers are receiving fake e-mails that look like our
app notifications:

  Subject: "Ihre Erstattung über 186,40 EUR wartet – Bankdaten bestätigen"
  Sender:  "Mein Weserland" <service@weserland-erstattung-online.example>
  Link:    https://mein-weserland-login.example/verify

Our real notifications
- come only from @portal.weserland-versicherung.example,
- never contain amounts together with a request to confirm bank data,
- never ask for passwords or TANs.

If customers call or chat about this: thank them, ask them not to click, and
forward the suspicious mail as attachment to phishing@weserland-versicherung.example.
Do not ask customers for screenshots showing their own data.

The fake domains have been reported for takedown.

IT Security Team
""")


def m087():
    return M(87, "NORMAL", "de", "system",
             "trap: monitoring alert for the OCR service reading doctors' invoices, latency values only",
             "Monitoring <monitoring@weserland-versicherung.example>",
             "Bereitschaft IT Digitale Kanäle <bereitschaft-digital@weserland-versicherung.example>",
             "[ALERT][P2] ocr-invoice-svc: p95 Latenz > 20 s (Arztrechnungen)",
             "2025-04-02 13:17",
             body="""\
ALERT  ocr-invoice-svc  P2  FIRING

Regel:      p95_latency_seconds{service="ocr-invoice-svc",doctype="arztrechnung"} > 20 for 10m
Wert:       34,8 s (seit 13:05)
Warteschlange: 1.842 Dokumente (normal < 200)
Betroffen:  Doctype arztrechnung, zahnarztrechnung, rezept; hkp unverändert
Knoten:     ocr-3 CPU 98 %, ocr-4 CPU 97 %, ocr-1/2 ok

Runbook:    https://wiki.weserland-versicherung.example/runbooks/ocr-latency
Dashboard:  https://grafana.weserland-versicherung.example/d/ocr

Auswirkung für Kunden: Erstattungsvorschlag in der App erscheint verzögert,
Upload selbst funktioniert.

-- Alertmanager (prod-digital)
""")


def m088():
    return M(88, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "contact form: premium arrears and instalment plan in a private health policy, no medical words",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Inkasso Kranken <inkasso-kv@weserland-versicherung.example>",
             "[Kontaktformular] Zahlung / Ratenzahlung – KF-250402-23040",
             "2025-04-02 19:30",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Beitrag / Zahlung
Formular-ID:         KF-250402-23040
Eingang:             02.04.2025, 19:29:41 Uhr
-------------------------------------------------------------
Anrede:              Frau
Vorname:             Corinna
Nachname:            Albrecht
Geburtsdatum:        27.01.1976
Telefon:             0421 7966130
E-Mail:              corinna.albrecht@web-post.example
Versicherungsnummer: KV 3640 812 775 (Krankenvollversicherung + Pflegepflicht)
Thema:               Beitragsrückstand
Anliegen:
Ich habe Ihre Mahnung über 2.184,60 Euro (Januar bis März) bekommen. Mein
Kosmetikstudio lief im Winter schlecht, ich bin selbstständig. Ich kann ab
Mai 400 Euro im Monat zusätzlich zum laufenden Beitrag zahlen. Bitte nicht in
den Notlagentarif stufen! Geht eine Ratenvereinbarung?
-------------------------------------------------------------
Rückmeldung gewünscht per: Telefon
Einwilligung Datenschutzhinweise: ja (02.04.2025 19:29)
Anhänge: keine
""")


def m089():
    return M(89, "CONFIDENTIAL", "en", "insurer-to-supplier",
             "NPS survey sample for external vendor only in CSV: customer names, e-mails, policy numbers, motor/household",
             "Lisa Gerken <lisa.gerken@weserland-versicherung.example>",
             "Pulsmetrik Projects <projects@pulsmetrik.example>",
             "NPS after digital claim – sample wave 2025-04 (encrypted link follows)",
             "2025-04-03 09:00",
             body="""\
Hi Jeroen,

attached is the sample for the April wave of the "NPS after digital claim" survey
(customers whose motor or household claim was closed in March and who agreed to
be contacted for surveys). Health lines are excluded as agreed.

Please confirm deletion of the file after the field phase (DPA § 7).

Best,
Lisa
""",
             atts=[csv_att("nps_sample_2025-04.csv", """\
customer_id,first_name,last_name,email,language,line,policy_no,claim_no,channel,closed_on
C-1102887,Elke,Rodewald,elke.rodewald@nordpost.example,de,motor,K 57.903.114-2,S-2025-03-117702,online_form,2025-03-21
C-0988120,Daniel,Whitcombe,d.whitcombe@freemail.example,en,household,HR 22.817.401,S-2025-03-117904,online_form,2025-03-26
C-1204411,Hinrich,Wilkens,hinrich.wilkens@t-net.example,de,motor,K 56.117.902-4,S-2025-04-118723,live_chat,2025-03-27
C-0771532,Ingrid,Solberg,ingrid.solberg@mailo.example,en,electronics,EL 4 402 117,S-2025-03-118011,online_form,2025-03-31
C-1310078,Ömer,Kaplan,oemer.kaplan@web-post.example,de,household,HR 21.881.540,S-2025-03-116880,chatbot,2025-03-19
""")])


def m090():
    return M(90, "NORMAL", "en", "internal",
             "trap: webhook payload documentation with the published example IBAN and placeholder customer 'Jane Example'",
             "Priya Raman <priya.raman@weserland-versicherung.example>",
             "API Consumers <api-consumers@weserland-versicherung.example>",
             "Docs: webhook 'bank_details_changed' v2 – example payload",
             "2025-04-03 11:30",
             body="""\
Hi,

the portal now emits a webhook when a customer changes bank details in self-service.
Schema v2 below; example values are the standard documentation examples
(IBAN DE89 3704 0044 0532 0130 00 is the well-known test IBAN from the banking
literature, not a customer account).

POST /hooks/bank_details_changed
{
  "event": "bank_details_changed",
  "version": 2,
  "occurred_at": "2025-01-01T12:00:00Z",
  "customer": { "id": "C-0000000", "display_name": "Jane Example" },
  "policies": ["XX 0.000.000"],
  "iban": "DE89370400440532013000",
  "iban_masked": "DE89 **** **** **** **30 00",
  "mandate_ref": "WSL-X-0000000000",
  "channel": "app"
}

Consumers: please store only iban_masked in logs. Full IBAN only in the
payment system. Sandbox: https://api-sandbox.weserland-versicherung.example

Priya
""")

def m091():
    return M(91, "CONFIDENTIAL", "de", "insurer-to-customer",
             "portal registration confirmation: name, birth date used for verification, household and motor contracts listed",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Marion Heuer <marion.heuer@nordpost.example>",
             "Willkommen bei „Mein Weserland“ – Ihre Registrierung ist abgeschlossen",
             "2025-04-03 18:45",
             body="""\
Guten Tag Frau Heuer,

Ihre Registrierung bei „Mein Weserland“ ist abgeschlossen. Zur Kontrolle die
Angaben, mit denen wir Sie identifiziert haben:

  Name:            Marion Heuer
  Geburtsdatum:    12.03.1971
  Kundennummer:    C-1077345
  Verknüpfte Verträge:
    - Hausratversicherung HR 20.655.120
    - Kfz-Versicherung K 55.902.371-0 (HB-MH 371)
    - Privathaftpflicht PH 7.388.214

Ihr Benutzername ist Ihre E-Mail-Adresse. Das Initialpasswort haben wir Ihnen
per Brief geschickt.

Nicht Sie? Dann rufen Sie uns bitte sofort an: 0421 3390-0.

Ihre Weserland Versicherung
""")


def m092():
    return M(92, "STRICTLY_CONFIDENTIAL", "en", "hospital",
             "body only 'please see attached'; the PDF is a pre-authorisation request for bariatric surgery with BMI and diagnoses",
             "Klärungsstelle Posteingang <casegw-klaerung@weserland-versicherung.example>",
             "Leistung KV International <leistung-kv-int@weserland-versicherung.example>",
             "FW: [VG-2025-0419934] Pre-authorisation request",
             "2025-04-04 08:30",
             body="""\
Forwarded from the case gateway (sender: patient services of a hospital, not in
our partner list – please check). Original text:

> Dear Sir or Madam,
> please see attached.
> Kind regards, International Patient Services
> Klinikum Weserbogen, Bremen-Nord
""",
             atts=[pdf("PreAuth_Request_KWB_2025-0412.pdf", [
                 "Klinikum Weserbogen - International Patient Services",
                 "Request for cost coverage / pre-authorisation",
                 "",
                 "Patient: Mr Abdulrahman Al-Sayegh, date of birth 22/06/1984",
                 "Insurer: Weserland Care International, policy WCI-2023-110825",
                 "",
                 "Planned procedure: laparoscopic Roux-en-Y gastric bypass (OPS 5-445.51)",
                 "Planned admission: 12.05.2025, expected length of stay 4 days",
                 "",
                 "Diagnoses: E66.02 Obesity class III (BMI 44.7), E11.9 type 2 diabetes,",
                 "G47.31 obstructive sleep apnoea (CPAP)",
                 "Conservative treatment: 12 months multimodal programme completed (documented)",
                 "Psychological assessment: no contraindication (report attached separately)",
                 "",
                 "Estimated costs: DRG K04Z 11,870.00 EUR, plus elective services 1,120.00 EUR",
                 "",
                 "Contact: patient-services@klinikum-weserbogen.example, +49 421 6600-2210",
             ], title="Pre-authorisation request")])


def m093():
    return M(93, "NORMAL", "de", "internal",
             "trap: live-chat duty roster naming colleagues (organisational only, no reasons for absence)",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Team Live-Chat <team-livechat@weserland-versicherung.example>",
             "Dienstplan Live-Chat KW 15 (07.–12.04.)",
             "2025-04-04 12:00",
             body="""\
Hallo zusammen,

Dienstplan KW 15 – Änderungen bitte bis Montag 9 Uhr an mich.

            Früh 08–14       Spät 14–20        Sa 09–13
Mo 07.04.   Sandra, Jannik   Malte, Tugba      –
Di 08.04.   Sandra, Tugba    Jannik, Lars      –
Mi 09.04.   Malte, Lars      Sandra, Tugba     –
Do 10.04.   Jannik, Malte    Lars, Sandra      –
Fr 11.04.   Tugba, Lars      Jannik, Malte     –
Sa 12.04.   –                –                 Sandra

Englischsprachige Chats (Care International): jeweils Jannik oder Malte eingeplant.
Lars ist Mittwoch nachmittags in der Schulung „Gesundheitsangaben im Chat“ – Sandra
übernimmt die Spätschicht-Leitung.

Danke!
Jana
""")


def m094():
    return M(94, "CONFIDENTIAL", "de", "insurer-to-broker",
             "broker notification: client reported motor own-damage claim online, names, plate, claim number",
             "Weserland Maklerportal <maklerportal@weserland-versicherung.example>",
             "Versicherungsbüro Reent Janssen e.K. <post@janssen-versicherungen.example>",
             "Ihr Kunde hat einen Schaden gemeldet – S-2025-04-121008",
             "2025-04-04 14:22",
             body="""\
Sehr geehrter Herr Janssen,

Ihr Kunde hat über „Schaden online melden“ einen Schaden gemeldet.
Sie erhalten diese Information, weil Sie für den Vertrag als Betreuer eingetragen sind.

  Kunde:          Uwe Gerdes-Tammen, Nordenham
  Vertrag:        K 56.330.912-1 (Vollkasko, SB 500 EUR)
  Kennzeichen:    BRA-UG 88
  Schaden-Nr.:    S-2025-04-121008
  Schadentag:     03.04.2025
  Schadenart:     Vollkasko – Eigenschaden (Garagenpfeiler beim Rückwärtsfahren)
  Gemeldete Höhe: ca. 2.300 EUR lt. Kostenvoranschlag Autohaus Bruns
  Bearbeitung:    Kfz-Schaden Team 3, Sachbearbeiter Timo Harms

Hinweis: Bei einer Regulierung wird der Vertrag in der Vollkasko von SF 12 auf
SF 8 zurückgestuft. Ihr Kunde kann den Schaden innerhalb von 6 Monaten zurückkaufen.

Details im Maklerportal: https://makler.weserland-versicherung.example/schaden/S-2025-04-121008

Weserland Versicherung AG · Maklerbetreuung Nord
""")


def m095():
    return M(95, "NORMAL", "en", "supplier",
             "trap: vendor invoice for chat licences with the vendor company's bank account (company IBAN)",
             "Accounts Receivable <invoices@dialogwerk.example>",
             "Kreditorenbuchhaltung <kreditoren@weserland-versicherung.example>",
             "Invoice DW-2025-0311 – Weserland Versicherung AG – April 2025",
             "2025-04-04 15:00",
             body="""\
Dear Sir or Madam,

please find attached our invoice DW-2025-0311 (PDF).

Invoice total: 14,280.00 EUR (reverse charge, Art. 196 Directive 2006/112/EC)
Due date:      04.05.2025
Payee:         Dialogwerk Conversational AI Ltd.
IBAN:          IE09 AIBK 9311 5261 5232 92
BIC:           AIBKIE2D
Reference:     DW-2025-0311 / PO 4500188214

Kind regards
Accounts Receivable
Dialogwerk Conversational AI Ltd. · 14 Grand Canal Quay · Dublin 2 · VAT IE3345678QH
""",
             atts=[pdf("DW-2025-0311.pdf", [
                 "Dialogwerk Conversational AI Ltd. - INVOICE DW-2025-0311",
                 "Bill to: Weserland Versicherung AG, Am Wall 140, 28195 Bremen, VAT DE811234567",
                 "PO 4500188214 - period 01.04.2025-30.04.2025",
                 "Wendy platform licence (up to 60,000 conversations)      9,800.00 EUR",
                 "NLU model hosting (EU-West, dedicated)                    2,480.00 EUR",
                 "Premium support & monthly service report                  2,000.00 EUR",
                 "Total (reverse charge)                                   14,280.00 EUR",
                 "IBAN IE09 AIBK 9311 5261 5232 92 - BIC AIBKIE2D",
             ], title="Invoice DW-2025-0311")])


def m096():
    return M(96, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "online child-accident claim: trampoline fall, concussion, CT, hospital night, child's birth date",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-021566 | Unfall | Kinderunfall",
             "2025-04-05 17:02",
             body="""\
Schaden online melden – Unfallmeldung Kind
==========================================
Referenz:                SO-25-021566
Eingang:                 05.04.2025 17:01 (App, iOS)
Versicherungsnummer:     UV 61 220 874 (Kinderunfall)
Versicherungsnehmerin:   Svantje Harms, Moorweg 2, 27356 Rotenburg (Wümme)
Verletztes Kind:         Ole Harms, geb. 29.08.2017
Unfalltag / Uhrzeit:     04.04.2025, ca. 15:45
Unfallort:               Garten der Großeltern, Trampolin
Hergang:                 Beim Salto mit dem Kopf auf den Rahmen gefallen, kurz
                         bewusstlos (ca. 10 Sek.), danach erbrochen.
Verletzungen:            Gehirnerschütterung (Commotio cerebri), Platzwunde Stirn
                         (genäht, 4 Stiche)
Erstbehandlung:          Agaplesion Diakonieklinikum Rotenburg, Kindernotaufnahme
                         CT Schädel unauffällig; 1 Nacht zur Überwachung stationär
Nachbehandlung:          Kinderarzt Dr. Pape, Rotenburg, Kontrolle 07.04.
Schule/Kita:             Unfall in der Freizeit
Uploads:                 Entlassbrief_Ole.pdf, Foto_Platzwunde.jpg
""")


def m097():
    return M(97, "CONFIDENTIAL", "en", "customer",
             "English complaint via contact form about slow motor claim handling: name, claim and policy number, plate",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Beschwerdemanagement <beschwerde@weserland-versicherung.example>",
             "[Contact form] Complaint – KF-250406-23512",
             "2025-04-06 11:20",
             body="""\
New message via https://www.weserland-versicherung.example/en/contact

Form:                Complaint (EN)
Form ID:             KF-250406-23512
Received:            06.04.2025, 11:19:02
------------------------------------------------------------
Title:               Mr
First name:          Benjamin
Last name:           Achterberg-Lowe
E-mail:              ben.al@freemail.example
Phone:               +49 170 8812044
Policy number:       K 58.001.443-8
Claim number:        S-2025-02-109177
Message:
This is my third message. My car (HB-BA 210) was hit while parked on 14 Feb,
the other driver admitted fault, your assessor saw the car on 3 March and since
then NOTHING. The garage is charging me 15 EUR storage per day. I was promised
a call back twice (chat and hotline). If I don't hear by Wednesday I will go to
the insurance ombudsman. This is ridiculous.
------------------------------------------------------------
Preferred reply: phone
Consent privacy notice: yes
""")


def m098():
    return M(98, "NORMAL", "de", "internal",
             "trap: monthly KPI report of digital channels as XLSX (health upload shares, chat counts), aggregates only",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Bereichsleitung Kundenservice <bl-kundenservice@weserland-versicherung.example>",
             "KPI Digitale Kanäle März 2025",
             "2025-04-07 08:30",
             body="""\
Guten Morgen,

anbei die Kennzahlen März. Kurz zusammengefasst:
- Uploads +18 % ggü. Februar, 71 % davon Arzt-/Zahnarztrechnungen
- Live-Chat: 9.880 Chats, Service Level 84 % (Ziel 80 %)
- Rückrufservice: 6.410 Wünsche, 91 % in Wunschzeit
- Beschwerden über digitale Kanäle: 38 (Vormonat 51), Schwerpunkt Login-Ausfall 17.03.

Viele Grüße
Jana Ohlrogge
""",
             atts=[xlsx("KPI_Digitale_Kanaele_2025-03.xlsx", [
                 ["Kanal", "Kennzahl", "Jan", "Feb", "Mär"],
                 ["Upload", "Einreichungen gesamt", 38110, 41002, 48390],
                 ["Upload", "davon Arzt-/Zahnarztrechnungen", 27210, 29150, 34360],
                 ["Upload", "davon Kfz/Sach", 5320, 5610, 6480],
                 ["Chatbot", "Konversationen", 45470, 48210, 51902],
                 ["Chatbot", "Übergaben an Menschen", 10010, 10581, 11230],
                 ["Live-Chat", "Chats", 8420, 9015, 9880],
                 ["Live-Chat", "Service Level 60 s", 0.81, 0.79, 0.84],
                 ["Rückruf", "Wünsche", 5880, 6120, 6410],
                 ["Kontaktformular", "Eingänge", 7340, 7122, 7703],
                 ["E-Mail-to-Case", "Mails verarbeitet", 11930, 11204, 12876],
                 ["Beschwerden", "digital verursacht", 44, 51, 38],
             ], sheet="März 2025")])


def m099():
    return M(99, "STRICTLY_CONFIDENTIAL", "de", "internal",
             "QA sample of chat sessions flagged for health data, only in XLSX: names, policy numbers, health snippets",
             "Malte Brünjes <malte.bruenjes@weserland-versicherung.example>",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "QS-Stichprobe Chats KW 14 – markierte Sitzungen",
             "2025-04-07 10:40",
             body="""\
Hi Jana,

hier die Stichprobe für die Qualitätsrunde am Mittwoch. Das sind die 6 Chats, die
der Filter als „Gesundheitsangaben“ markiert hat. Bitte nur im Team zeigen.

Malte
""",
             atts=[xlsx("QS_Stichprobe_KW14.xlsx", [
                 ["Chat-ID", "Datum", "Kunde", "Vertrag", "Agent", "Auszug Kundentext", "Bewertung"],
                 ["LC-25-0331-10011", "31.03.2025", "Petra Hollmann", "KV 3302 114 870", "Tugba", "„nach der Chemo brauche ich eine Perücke, zahlt ihr die?“", "gut – auf Upload verwiesen"],
                 ["LC-25-0401-10198", "01.04.2025", "Michael Rasch", "KV 4002 778 113", "Lars", "„Rechnung von der Suchtberatung, Alkohol, ist mir peinlich“", "gut, empathisch"],
                 ["LC-25-0401-10240", "01.04.2025", "Sibel Aksoy", "KV 4411 206 390", "Sandra", "„IVF zweiter Versuch, was ist mit den Medikamenten?“", "Agentin hat Zusage gemacht – nachschulen"],
                 ["LC-25-0402-10301", "02.04.2025", "Gunnar Wiechmann", "UV 60 881 221", "Jannik", "„Bandscheibe nach Sturz auf Treppe, Invalidität?“", "ok"],
                 ["LC-25-0403-10412", "03.04.2025", "Rosemarie Lührs", "PT 80 117 452", "Malte", "„Mann hat Demenz, Pflegegrad 4 beantragt“", "gut"],
                 ["LC-25-0404-10517", "04.04.2025", "Yannick Beneke", "KV 4520 331 019", "Tugba", "„ADHS-Diagnose, Medikinet, wird das erstattet?“", "Agentin fragte nach Dosis – unnötig"],
             ], sheet="Stichprobe")])


def m100():
    return M(100, "NORMAL", "en", "supplier",
             "trap: translation agency delivers English field labels of the claim forms ('Diagnosis', 'Date of birth'), no data",
             "Femke de Wit <femke.dewit@lingua-nord.example>",
             "Lisa Gerken <lisa.gerken@weserland-versicherung.example>",
             "Delivery job LN-25-3290 – form labels EN (health & accident claim forms)",
             "2025-04-07 14:15",
             body="""\
Dear Ms Gerken,

please find the delivery for job LN-25-3290 below (also uploaded to the portal).

DE label                                   → EN label
Versicherte Person                          → Insured person
Geburtsdatum                                → Date of birth
Diagnose / Verletzungen                     → Diagnosis / injuries
Behandelnder Arzt / Einrichtung             → Treating doctor / facility
Stationärer Aufenthalt von … bis …          → Inpatient stay from … to …
Arbeitsunfähig seit                         → Unable to work since
Schweigepflichtentbindung                   → Release from medical confidentiality
Heil- und Kostenplan                        → Dental treatment plan and cost estimate
Kostenzusage                                → Cost coverage confirmation
Pflegegrad                                  → Care level

Terminology note: we kept "Release from medical confidentiality" as in your
glossary; "Waiver of confidentiality" would be the more common UK term.

Invoice follows separately. Kind regards,
Femke de Wit, Project Manager, Lingua Nord Translations B.V.
""")

def m101():
    return M(101, "CONFIDENTIAL", "de", "customer",
             "online travel baggage claim: suitcase lost by airline, contents list, name and policy, no health content",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Schaden Reise <schaden-reise@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-021790 | Reisegepäck",
             "2025-04-07 21:10",
             body="""\
Schaden online melden – Reisegepäck
===================================
Referenz:              SO-25-021790
Eingang:               07.04.2025 21:09 (Website)
Versicherungsnummer:   RG 3 118 046 (Reisegepäck, Jahresvertrag)
Versicherungsnehmer:   Kai-Uwe Meinken, Hafenstraße 12, 26954 Nordenham
E-Mail / Telefon:      kuwe.meinken@nordpost.example / 04731 92118
Reise:                 Bremen – Palma (Condor DE 1522), 05.04.2025
Schaden:               Koffer nicht angekommen, lt. Airline endgültig verloren (PIR PMIDE41882)
Inhalt (Auszug):       Kleidung ca. 900 EUR, Kulturbeutel 120 EUR, Tauchcomputer
                       Suunto D5 (480 EUR), Koffer Samsonite 210 EUR
Ersatzkäufe vor Ort:   246,30 EUR (Belege hochgeladen)
Leistung Airline:      Montrealer Übereinkommen – Antrag gestellt, noch keine Zahlung
Uploads:               PIR_Condor.pdf, Kaufbelege_Palma.pdf, Foto_Koffer_alt.jpg
""")


def m102():
    return M(102, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "contact form: cancellation of an expat health policy on moving back to India (contract of a health line, no diagnosis)",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Vertrag KV International <vertrag-kv-int@weserland-versicherung.example>",
             "[Contact form] Cancellation – KF-250408-23760",
             "2025-04-08 08:55",
             body="""\
New message via https://www.weserland-versicherung.example/en/contact

Form:                Change / cancel contract (EN)
Form ID:             KF-250408-23760
Received:            08.04.2025, 08:54:40
------------------------------------------------------------
Title:               Ms
First name:          Priyanka
Last name:           Venkataraman
Date of birth:       1990-09-14
E-mail:              priyanka.v@mailo.example
Policy number:       WCI-2022-098410 (Expat Care Comfort, incl. family member Arjun, child)
Topic:               Cancellation
Message:
My employment in Bremen (Blauwal Software GmbH) ends on 31 May 2025 and we are
moving back to Bengaluru. Please cancel the health insurance for me and my son
with effect from 1 June 2025. Employer contribution stops with the last salary.
Please send the cancellation confirmation and the certificate of prior insurance
(Versicherungsbescheinigung) to my e-mail, we may need it if we come back.
------------------------------------------------------------
Preferred reply: e-mail
Consent privacy notice: yes
""")


def m103():
    return M(103, "NORMAL", "de", "internal",
             "trap: ICS invitation to a workshop on relaunching the online accident and motor claim forms",
             "Timo Harms <timo.harms@weserland-versicherung.example>",
             "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
             "Einladung: Workshop Relaunch „Schaden online melden“ (Kfz & Unfall)",
             "2025-04-08 10:00",
             cc="Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             body="""\
Hallo zusammen,

wir wollen die Online-Schadenmeldung für Kfz und Unfall zusammenlegen (ein
Einstieg, gemeinsame Fragen zu Hergang, Ort, Zeugen; Verletzungen nur bei Unfall
bzw. Kfz mit Personenschaden). Dafür ein halbtägiger Workshop:

Mi 16.04., 09:00–12:30, Raum Weser 1
Agenda: Ist-Formulare, Pflichtfelder, Plausi-Regeln, Weiterleitung an Fachbereiche

Bitte bringt eure Top-5-Ärgernisse mit den heutigen Meldungen mit.

Gruß
Timo
""",
             atts=[ics("workshop.ics", """\
BEGIN:VCALENDAR
PRODID:-//Weserland//Kalender 1.0//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-schaden-online-20250416@weserland-versicherung.example
DTSTAMP:20250408T080000Z
DTSTART;TZID=Europe/Berlin:20250416T090000
DTEND;TZID=Europe/Berlin:20250416T123000
SUMMARY:Workshop Relaunch Schaden online melden (Kfz & Unfall)
LOCATION:Raum Weser 1
ORGANIZER;CN=Timo Harms:mailto:timo.harms@weserland-versicherung.example
ATTENDEE;CN=Leistung Unfall:mailto:leistung-unfall@weserland-versicherung.example
ATTENDEE;CN=Hauke Meyerdierks:mailto:hauke.meyerdierks@weserland-versicherung.example
END:VEVENT
END:VCALENDAR
""")])


def m104():
    return M(104, "CONFIDENTIAL", "de", "insurer-to-customer",
             "upload confirmation for pet health: dog's cruciate ligament surgery invoice (animal health), owner named",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Kerstin Brüning <kerstin.bruening@web-post.example>",
             "Ihre Unterlagen sind bei uns eingegangen (Vorgang VG-2025-0420277)",
             "2025-04-08 19:31",
             body="""\
Guten Tag Frau Brüning,

vielen Dank für Ihren Upload über „Mein Weserland“. Wir haben am 08.04.2025 um
19:29 Uhr folgende Dateien zu Ihrer Tierkrankenversicherung TK 2.110.873
(Hund „Balu“, Labrador, geb. 2019) erhalten:

  1. Rechnung_Tierklinik_Posthausen_Kreuzband_TPLO.pdf   (640 KB)
  2. Roentgen_Knie_links_Balu.jpg                          (1,9 MB)
  3. Physio_Hund_5x.pdf                                    (180 KB)

Vorgangsnummer: VG-2025-0420277

Wir prüfen Ihre Unterlagen und melden uns, sobald die Abrechnung vorliegt.
Gute Besserung an Balu!

Ihre Weserland Versicherung
""")


def m105():
    return M(105, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "online motor claim with personal injury: third party taken to hospital with whiplash and broken collarbone",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Kfz-Schaden Personenschaden <kfz-personenschaden@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-022014 | Kfz-Haftpflicht | mit Personenschaden",
             "2025-04-09 07:40",
             body="""\
Schaden online melden – Kfz
===========================
Referenz:                 SO-25-022014
Eingang:                  09.04.2025 07:39 (App)
Eigener Vertrag:          K 57.661.208-5
Versicherungsnehmer/Fahrer: Jannis Wempe, Am Sportplatz 6, 27801 Dötlingen
Eigenes Kennzeichen:      OL-JW 606
Schadentag / Ort:         08.04.2025, 17:55, B213 Wildeshausen, Einmündung Glaner Straße

Hergang:
Ich wollte nach links abbiegen und habe den Radfahrer im Gegenverkehr übersehen,
er ist gegen meine Beifahrerseite gefahren und gestürzt.

Personenschaden:          ja
Verletzte Person:         Herr Ludger Kreye (ca. 60 J.), Radfahrer
Verletzungen (laut Rettungsdienst/Polizei): Schlüsselbeinbruch rechts, Schleudertrauma,
                          Schürfwunden; mit RTW ins Krankenhaus Johanneum Wildeshausen
Polizei:                  ja, PK Wildeshausen, Az. 25-0408-1187; Verwarnungsgeld gegen mich
Zeugen:                   Anja Bolte, 0176 1128840
Schaden Fahrrad:          Pedelec, Vorderrad und Gabel kaputt
Fotos:                    unfallstelle1.jpg, unfallstelle2.jpg, fahrrad.jpg
""")


def m106():
    return M(106, "NORMAL", "en", "supplier",
             "trap: accessibility audit of the online claim forms (WCAG), field names like 'diagnosis', no personal data",
             "Ruth Adeyemi <ruth.adeyemi@a11y-audit.example>",
             "Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             "WCAG 2.1 AA audit – online claim forms – findings summary",
             "2025-04-09 13:30",
             body="""\
Hello Hauke,

summary of our audit (full report in the shared folder, 46 pages).

Scope: "Schaden online melden" (motor, household, accident), health claim upload,
callback widget. Tested with NVDA, JAWS, VoiceOver, keyboard only.

Critical (4)
- C1 Upload button not reachable by keyboard in Safari.
- C2 Error "Bitte Diagnose angeben" is shown only in red, not announced to screen readers.
- C3 Date of birth field uses three separate selects without labels.
- C4 CAPTCHA on callback widget has no audio alternative.

Serious (9), moderate (17) – see report.

Good: plain-language hints on the accident form, consistent headings.

We recommend fixing C1–C4 before the BFSG deadline (28 June 2025).

Best regards
Ruth Adeyemi, Senior Accessibility Consultant
""")


def m107():
    return M(107, "CONFIDENTIAL", "en", "internal",
             "customer mail misrouted by gateway and forwarded: refund for overpaid household premium to full IBAN",
             "Lena Wübbenhorst <lena.wuebbenhorst@weserland-versicherung.example>",
             "Inkasso Sach/Kfz <inkasso@weserland-versicherung.example>",
             "FW: [VG-2025-0420510] refund overpayment – not claims, please take over",
             "2025-04-09 15:05",
             body="""\
Hi Inkasso,

gateway put this into Sach-Schaden, but it's a premium refund. Can you take it?
Customer writes in English.

Thanks, Lena

---------- Forwarded message ----------
From: Marco Bellandi <marco.bellandi@mailo.example>
Date: Wed, 9 Apr 2025 at 13:02
Subject: refund overpayment

Hello,
I paid the annual premium for my home contents insurance (HR 22.407.719)
twice in January by mistake – once by direct debit and once by bank transfer
(89.40 EUR each). Please refund 89.40 EUR to:
  Marco Bellandi
  IBAN DE38 6005 5288 7989 3176 31
Attached is my bank statement showing both payments.
Thank you, Marco Bellandi, Osterdeich 120, 28205 Bremen
""")


def m108():
    return M(108, "NORMAL", "de", "internal",
             "trap: chatbot fallback texts for care and hospital topics submitted for approval, no person",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Fachbereich Pflege & Stationär <fb-pflege-stationaer@weserland-versicherung.example>",
             "Freigabe Bot-Texte: Pflege, Krankenhaus, Reha (bis 15.04.)",
             "2025-04-10 09:00",
             body="""\
Liebe Kolleginnen und Kollegen,

bitte gebt die folgenden Texte für Wendy frei oder korrigiert direkt in der Mail.

[pflege_antrag]
„Für Leistungen aus Ihrer Pflegeversicherung brauchen wir den Bescheid Ihrer
Pflegekasse über den Pflegegrad. Laden Sie ihn bitte unter ‚Dokumente einreichen‘
hoch. Haben Sie eine Vollmacht für eine andere Person? Dann bitte mit hochladen.“

[krankenhaus_kostenzusage]
„Sie müssen ins Krankenhaus? Zeigen Sie dort einfach Ihre Versichertenkarte vor.
Das Krankenhaus fragt die Kostenzusage direkt bei uns an.“

[reha_anschluss]
„Für eine Anschlussheilbehandlung (AHB) nach einer Operation brauchen wir vorab den
Antrag der Klinik. Der Sozialdienst im Krankenhaus hilft Ihnen dabei.“

[uebergabe_sensibel]
„Dazu verbinde ich Sie am besten mit einer Kollegin aus dem Fachbereich.“

Danke!
Okan Demir, Product Owner Chatbot
""")


def m109():
    return M(109, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "contact form to legal expenses: criminal proceedings for drunk driving (1.4 per mille), licence withdrawn",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Rechtsschutz Service <rechtsschutz@weserland-versicherung.example>",
             "[Kontaktformular] Rechtsschutz – Deckungsanfrage – KF-250410-24102",
             "2025-04-10 12:48",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Rechtsschutz – Deckungsanfrage
Formular-ID:         KF-250410-24102
Eingang:             10.04.2025, 12:47:31 Uhr
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Marvin
Nachname:            Tönjes
Geburtsdatum:        03.02.1995
Telefon:             0173 9980415
E-Mail:              marvin.toenjes@freemail.example
Versicherungsnummer: RS 9.508.332 (Verkehrs-RS)
Anliegen:
Ich wurde am 22.03. nachts in Vegesack kontrolliert, Blutprobe 1,4 Promille.
Führerschein wurde sofort einbehalten. Jetzt kam Post von der Staatsanwaltschaft
Bremen, Ermittlungsverfahren wegen Trunkenheit im Verkehr (§ 316 StGB),
Az. 610 Js 44120/25. Mein Anwalt (RA Dr. Kohlhase) will Akteneinsicht beantragen.
Übernehmt ihr die Kosten? Brauche den Führerschein beruflich (Außendienst).
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (10.04.2025 12:47)
Anhänge: Schreiben_StA_Bremen.pdf
""")


def m110():
    return M(110, "CONFIDENTIAL", "de", "insurer-to-customer",
             "case auto-reply quoting customer's objection to a buildings premium increase, name, address, policy, amounts",
             "Weserland Kundenservice <service@weserland-versicherung.example>",
             "Hans-Peter Rolfs <hp.rolfs@t-net.example>",
             "AW: [VG-2025-0420988] Widerspruch Beitragserhöhung Wohngebäude",
             "2025-04-10 16:20",
             body="""\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Vorgangsnummer
VG-2025-0420988 erfasst und an die zuständige Fachabteilung weitergeleitet.

Dies ist eine automatische Eingangsbestätigung.

Ihre Weserland Versicherung

-------- Ihre Nachricht vom 10.04.2025, 16:18 --------
> Sehr geehrte Damen und Herren,
>
> hiermit widerspreche ich der Beitragserhöhung für meine Wohngebäudeversicherung
> WG 5.017.442 (Einfamilienhaus Deichstraße 41, 27804 Berne) von 1.186,00 EUR
> auf 1.472,00 EUR jährlich. 24 % sind nicht nachvollziehbar, ich hatte in 19 Jahren
> einen einzigen Sturmschaden. Ich mache von meinem Sonderkündigungsrecht Gebrauch,
> falls Sie die Erhöhung nicht zurücknehmen.
>
> Hans-Peter Rolfs
""", cte="base64")

def m111():
    return M(111, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "live-chat transcript to customer: ski accident, torn ACL, surgery planned, accident policy",
             "Weserland Live Chat <chat@weserland-versicherung.example>",
             "Tobias Hendriksen <tobias.hendriksen@freemail.example>",
             "Transcript of your chat with Weserland (LC-25-0411-10877)",
             "2025-04-11 10:10",
             body="""\
Thank you for chatting with us. Here is your transcript.

Chat LC-25-0411-10877 · 11.04.2025 · Agent: Malte B.

Malte B.: Hello, welcome to Weserland! How can I help?
Tobias: hi, I had a ski accident in Ischgl on 29 March, torn ACL right knee
        plus a small tear of the medial meniscus. I have your accident insurance
        UV 61 118 930. Surgery (ACL reconstruction) is on 23 April in Bremen.
Malte B.: I'm sorry to hear that, Mr Hendriksen. Have you already reported the
        accident to us?
Tobias: no, that's why I'm here
Malte B.: Your accident policy pays a fixed sum for each day in hospital and,
        if there is permanent impairment, an invalidity benefit. Please report the
        accident via "Report a claim" → "Accident"; the doctor's report from
        Austria and the MRI report help us.
Tobias: and the rescue by helicopter? it cost 4,300 euro, my health insurance
        says it's not their job
Malte B.: Rescue costs are covered up to 10,000 EUR under your accident policy.
        Please upload the invoice from the helicopter service as well.
Tobias: great, thanks a lot
Malte B.: You're welcome – all the best for the surgery!

Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
""")


def m112():
    return M(112, "NORMAL", "de", "insurer-to-customer",
             "trap: one-time code mail for portal login, no name, no contract",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "f.thiele@freemail.example",
             "Ihr Bestätigungscode: 481 226",
             "2025-04-11 12:03",
             body="""\
Ihr Bestätigungscode für die Anmeldung bei „Mein Weserland“:

    481 226

Der Code ist 10 Minuten gültig. Geben Sie ihn niemals an Dritte weiter –
auch nicht an Mitarbeitende der Weserland Versicherung.

Sie haben keine Anmeldung versucht? Dann ändern Sie bitte Ihr Passwort.
""", cte="8bit")


def m113():
    return M(113, "NORMAL", "en", "system",
             "trap: status-page notification about degraded e-mail-to-case gateway, no person",
             "Weserland Status <status@weserland-versicherung.example>",
             "Service Desk <servicedesk@weserland-versicherung.example>",
             "[Status] Degraded performance – E-mail-to-case gateway (update 2)",
             "2025-04-11 14:20",
             body="""\
Weserland internal status page – incident update

Component:   E-mail-to-case gateway (case-gw-prod)
Status:      Degraded performance → Monitoring
Started:     11.04.2025 11:48 CEST
Update 2:    14:15 CEST

Incoming mails are processed with a delay of up to 90 minutes. Automatic
confirmations with case numbers are sent late. No mails are lost. The backlog
(approx. 2,300 mails) is being worked off; a fix for the attachment scanner
(time-outs on large PDF scans) has been deployed at 13:50.

Next update: 16:00 CEST or when resolved.
https://status.weserland-versicherung.example/incidents/2025-0411
""")


def m114():
    return M(114, "CONFIDENTIAL", "de", "customer",
             "WhatsApp channel transcript: eVB for new car, name, birth date, address, VIN, eVB number",
             "Weserland WhatsApp-Service <whatsapp@weserland-versicherung.example>",
             "Kfz Vertrag Team 2 <kfz-vertrag@weserland-versicherung.example>",
             "WhatsApp-Verlauf WA-25-0411-02218 – eVB Neufahrzeug – Antrag anlegen",
             "2025-04-11 17:45",
             body="""\
WhatsApp-Verlauf (Business-Kanal 0421 3390-777), exportiert für Antragsanlage
Konversation WA-25-0411-02218 · 11.04.2025 17:21–17:42

Kunde (+49 175 2290831): Hallo brauche eine evb nummer, hole morgen mein auto ab
Wendy: Hallo! Gern. Sind Sie schon Kundin oder Kunde bei uns?
Kunde: ja hausrat
Wendy: Danke. Bitte nennen Sie mir Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.
Kunde: Levent Şahin, 02.07.1988, Vahrer Str. 201, 28329 Bremen
Wendy: Welches Fahrzeug möchten Sie versichern? Die Fahrzeug-Identifizierungsnummer
       (FIN) steht im Fahrzeugbrief.
Kunde: Hyundai i30 gebraucht, FIN TMAH381AAKJ502918, erstzulassung 2019
Wendy: Danke! Ihre eVB-Nummer lautet: 7KQ9R2M
       Sie gilt für die Zulassung. Eine Kollegin meldet sich wegen des Vertrags
       (SF-Klasse, Fahrleistung, Kasko).
Kunde: top danke, SF 5 hab ich von meinem alten auto bei der Allwetter
Wendy: Notiert. Schönen Abend!

Übergabe: Antrag Kfz anlegen, Vorversicherer Allwetter Vers., SF 5 angegeben,
Kunde Hausrat HR 21.662.014.
""")


def m115():
    return M(115, "STRICTLY_CONFIDENTIAL", "de", "company",
             "HR of a company uploads salary-conversion list for direct insurance (bAV, life) via portal; names, birth dates, salaries in CSV",
             "Mein Weserland Firmenkunden <noreply@portal.weserland-versicherung.example>",
             "bAV Service <bav-service@weserland-versicherung.example>",
             "Firmenkunden-Upload: Entgeltumwandlung 04/2025 – Hanse Logistik Services GmbH",
             "2025-04-14 09:10",
             body="""\
Neuer Upload im Firmenkundenportal

Firma:           Hanse Logistik Services GmbH (Firmenkunde FK-20331)
Gruppenvertrag:  bAV Direktversicherung GV-DV 1188
Hochgeladen von: Kathrin Siemer (Personalabteilung)
Zeitpunkt:       14.04.2025 09:08
Datei:           Entgeltumwandlung_2025-04.csv (6 Zeilen)
Kommentar:       Neuzugänge ab 01.05., bitte Verträge anlegen. Herr Yıldız ist
                 Wiedereinsteiger nach Elternzeit.
""",
             atts=[csv_att("Entgeltumwandlung_2025-04.csv", """\
Personalnr;Name;Vorname;Geburtsdatum;Eintritt;Bruttogehalt mtl;Umwandlung mtl;AG-Zuschuss 15%;Beginn
10442;Yıldız;Emre;14.03.1987;01.09.2015;3.850,00;150,00;22,50;01.05.2025
10871;Hoffmann;Lea;22.11.1996;01.02.2024;3.120,00;100,00;15,00;01.05.2025
10877;Petrović;Marko;05.06.1979;01.03.2024;4.410,00;250,00;37,50;01.05.2025
10902;Ahrens;Julia;30.01.2001;01.08.2024;2.680,00;50,00;7,50;01.05.2025
10915;Meyer;Tobias;17.09.1992;01.10.2024;3.590,00;200,00;30,00;01.05.2025
10933;Nowak-Brandes;Aleksandra;08.12.1985;01.01.2025;4.020,00;0,00;0,00;abgelehnt (Kündigung)
""")])


def m116():
    return M(116, "CONFIDENTIAL", "en", "company",
             "fleet claim via online form by company contact: company policyholder with named driver and contact person",
             "Weserland Claims Online <schaden-online@weserland-versicherung.example>",
             "Kfz-Flotte Schaden <kfz-flotte@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-022530 | Flotte | EN",
             "2025-04-14 10:40",
             body="""\
Online claim notification – Fleet (form language: English)
==========================================================
Reference:            SO-25-022530
Submitted:            14.04.2025 10:39 (fleet portal)
Policyholder:         NordSea Offshore Services GmbH, Fleet contract FL 90.0114
Reported by:          Ms Hanne Kristiansen, Fleet Manager, +49 471 30988-120,
                      h.kristiansen@nordsea-offshore.example
Vehicle:              Ford Transit Custom, BHV-NS 214 (pool vehicle 14)
Driver:               Mr Piet van der Molen (employee, technician)
Date / place:         11.04.2025, 06:40, port area Bremerhaven, Container Terminal Gate 4
What happened:        While reversing at the gate the van hit a bollard. Rear doors and
                      bumper damaged. No other party involved, nobody injured.
Driver statement:     uploaded (statement_vdMolen.pdf)
Estimate:             3,870.00 EUR (Autohaus Seestadt, quote 25-1177)
Vehicle usable:       no – replacement from pool
""")


def m117():
    return M(117, "NORMAL", "de", "internal",
             "trap: QA test submission of the motor claim form with test plate and 'Testfahrer', from QA to developers",
             "QA Digitale Kanäle <qa@weserland-versicherung.example>",
             "IT Digitale Kanäle – Formulare <it-formulare@weserland-versicherung.example>",
             "Testlauf 3.5-RC2: Kfz-Schadenmeldung – 3 Fehler",
             "2025-04-14 13:25",
             body="""\
Moin,

Testlauf Release 3.5-RC2 auf forms-int, Kfz-Schadenmeldung. Testdaten wie immer aus
dem Testbestand:

  Vertrag:      K 99.000.017-0 (Testbestand)
  VN / Fahrer:  Testfahrer, Tim (fiktiv), Teststraße 1, 28195 Bremen
  Kennzeichen:  HB-TE 123 / Gegner HB-XX 999
  Personenschaden: „ja“ → Pflichtfelder Verletzte Person erscheinen korrekt

Fehler:
1. Bei Personenschaden „ja“ und danach „nein“ bleiben die Pflichtfelder aktiv.
2. Kennzeichen mit Umlaut (ÖHZ-…) wird abgelehnt – korrekt wäre OHZ, aber
   Fehlermeldung „Ungültiges Zeichen“ ist für Kunden unverständlich.
3. Benachrichtigungsmail an Fachbereich enthält doppelte Leerzeilen bei leerem Feld Zeugen.

Tickets: WSL-4502, WSL-4503, WSL-4504.
Ansonsten grün. Freigabe nach Fix von 1.

QA – Birte
""")


def m118():
    return M(118, "STRICTLY_CONFIDENTIAL", "en", "hospital",
             "hospital's cost-coverage request arrives via case gateway: patient, admission, diagnosis, planned surgery",
             "Case Gateway <case-gateway@weserland-versicherung.example>",
             "Leistung KV stationär <leistung-kv-stationaer@weserland-versicherung.example>",
             "[VG-2025-0421733] New case: Kostenübernahme / cost coverage request – Ms Thandiwe Mokoena",
             "2025-04-14 15:02",
             body="""\
New case created by e-mail-to-case gateway
Case:        VG-2025-0421733
Queue:       KV-Stationaer-Kostenzusage (rule SENDER_HOSPITAL + KEYWORD_KOSTENUEBERNAHME)
Sender:      patientenaufnahme@klinikum-links-der-weser.example
Received:    14.04.2025 14:58

----- message text -----
Dear colleagues,

we kindly request a cost coverage confirmation for your insured:

Patient:        Ms Thandiwe Mokoena, born 1992-05-30
Policy:         WCI-2024-119950 (Student Care Plus)
Admission:      14.04.2025, emergency admission via A&E
Diagnosis:      O00.1 Tubal ectopic pregnancy, suspected rupture
Procedure:      laparoscopic salpingectomy (planned today)
Expected stay:  3 days, general ward
Department:     Gynaecology and Obstetrics, Dr. med. Cornelia Abbenseth

Please send the confirmation to our fax +49 421 879-1290 or by reply.

Kind regards
Patientenaufnahme / Admission Office
Klinikum Links der Weser
""")


def m119():
    return M(119, "CONFIDENTIAL", "de", "system",
             "form-export error mail; only the attached JSON holds a real household claim submission (name, address, policy, IBAN)",
             "Weserland Formular-Export <formular-export@weserland-versicherung.example>",
             "IT Digitale Kanäle – Formulare <it-formulare@weserland-versicherung.example>",
             "FEHLER: Export SO-25-022611 abgewiesen (Schema-Validierung)",
             "2025-04-14 18:02",
             body="""\
Job:      EXPORT_SCHADEN_SACH
Status:   ERROR
Vorgang:  SO-25-022611
Fehler:   SchemaValidationError: $.schaden.betrag – expected number, got string "ca. 800"
Aktion:   Datensatz in Quarantäne, Payload anbei zur Analyse. Nach Korrektur
          bitte über /admin/export/retry erneut anstoßen.
""",
             atts=[json_att("SO-25-022611_payload.json", {
                 "referenz": "SO-25-022611",
                 "eingang": "2025-04-14T17:58:44+02:00",
                 "sparte": "Hausrat",
                 "versicherungsnummer": "HR 20.309.877",
                 "versicherungsnehmer": {"name": "Rainer Hashagen", "anschrift": "Bockhorner Weg 12, 28779 Bremen",
                                         "telefon": "0421 6096431", "email": "r.hashagen@nordpost.example"},
                 "schaden": {"art": "Überspannung (Blitz)", "datum": "2025-04-12",
                             "beschreibung": "Nach Gewitter Fernseher und Router defekt", "betrag": "ca. 800"},
                 "auszahlung": {"kontoinhaber": "Rainer Hashagen", "iban": "DE46250909068544056391"},
                 "dateien": ["TV_Typenschild.jpg", "Rechnung_Fernseher_2021.pdf"],
             })])


def m120():
    return M(120, "NORMAL", "en", "insurer-to-customer",
             "trap: English portal password-reset mail with security question hint, no name or contract",
             "My Weserland <noreply@portal.weserland-versicherung.example>",
             "a.kowalczyk@mailo.example",
             "Reset your My Weserland password",
             "2025-04-15 07:12",
             body="""\
Hello,

we received a request to reset the password for your My Weserland account.

Click the link below within 30 minutes and answer your security question:
https://mein.weserland-versicherung.example/reset?token=7f3a9c21e4b84d0aa6c1

If you did not request this, you can ignore this e-mail – your password stays
unchanged.

Weserland Versicherung AG
""")

def m121():
    return M(121, "NORMAL", "de", "customer",
             "trap: prospect asks via contact form for a dental supplementary product brochure; no health data, no contract",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Vertrieb Direkt <vertrieb-direkt@weserland-versicherung.example>",
             "[Kontaktformular] Produktinformation – KF-250415-24470",
             "2025-04-15 09:50",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Produktinformation anfordern
Formular-ID:         KF-250415-24470
Eingang:             15.04.2025, 09:49:12 Uhr
-------------------------------------------------------------
Anrede:              Frau
Vorname:             Jutta
Nachname:            Oltmanns
E-Mail:              jutta.oltmanns@web-post.example
Produkt:             Zahnzusatzversicherung (ZahnPlus)
Anliegen:
Bitte schicken Sie mir die Unterlagen zu ZahnPlus 70 und 90 mit den
Wartezeiten und Höchstbeträgen. Gibt es einen Familienrabatt?
-------------------------------------------------------------
Kundin bereits bei uns: nein / weiß nicht
Einwilligung Datenschutzhinweise: ja (15.04.2025 09:49)
Werbeeinwilligung: nein
""")


def m122():
    return M(122, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "live-chat transcript to customer: glasses reimbursement, diopters, progressive lenses, PKV tariff",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Ilse Brünger <ilse.bruenger@t-net.example>",
             "Ihr Chatprotokoll (LC-25-0415-11102)",
             "2025-04-15 11:35",
             body="""\
Vielen Dank für Ihren Besuch in unserem Chat. Hier Ihr Protokoll.

Chat LC-25-0415-11102 · 15.04.2025 · Agentin: Tugba Y.

Tugba Y.:     Moin, hier ist Tugba von der Weserland. Wie kann ich helfen?
Ilse Brünger: Guten Tag, meine Augen sind schlechter geworden, ich brauche eine neue
              Gleitsichtbrille. Rechts -3,25 dpt, links -2,75 mit Zylinder, sagt der Optiker.
              Die Brille kostet 1.180 Euro. Was zahlen Sie aus meinem Tarif KomfortMed?
Tugba Y.:     Hallo Frau Brünger! In KomfortMed erstatten wir Sehhilfen bis 300 € innerhalb
              von zwei Kalenderjahren, wenn sich die Sehstärke um mindestens 0,5 dpt geändert hat.
Ilse Brünger: Die letzte Brille war 2021. Und der Augenarzt hat auch grauen Star
              angefangen festgestellt, wird die OP dann bezahlt?
Tugba Y.:     Eine Kataraktoperation ist als ambulante oder stationäre Heilbehandlung
              grundsätzlich versichert. Reichen Sie uns gern vorher den Kostenvoranschlag ein.
Ilse Brünger: Danke, dann reiche ich die Brillenrechnung über die App ein.
Tugba Y.:     Sehr gern. Schönen Tag noch!

Versicherung: KV 2761 009 348 · Weserland Versicherung AG · Am Wall 140 · 28195 Bremen
""")


def m123():
    return M(123, "CONFIDENTIAL", "en", "broker",
             "sole-trader broker registers for the broker portal: personal tax number, IBAN for commission, birth date",
             "Weserland Broker Portal <maklerportal@weserland-versicherung.example>",
             "Maklerbetreuung Nord <maklerbetreuung@weserland-versicherung.example>",
             "Registration request broker portal – VP application 2025-0417 (sole trader)",
             "2025-04-15 14:08",
             body="""\
New registration request via https://makler.weserland-versicherung.example/register

Application:        2025-0417
Type:               sole trader (Einzelunternehmen), § 34d GewO broker
Name:               Graham Ellery-Voss
Trading as:         Ellery-Voss Versicherungsmakler
Date of birth:      14/03/1979
Business address:   Schlachte 31, 28195 Bremen
E-mail:             g.ellery-voss@ellery-voss.example
Phone:              +49 421 20390-55
IHK register no.:   D-W-140-6Q7R-22
Tax number:         60/245/18832 (Finanzamt Bremen)
VAT:                not liable (§ 4 Nr. 11 UStG)
Commission account: Graham Ellery-Voss, DE38 2905 5663 1019 6327 34
Requested users:    1 (firm administrator)

Uploaded:           IHK_Registerauszug.pdf, Gewerbeanmeldung.pdf, VSH_Nachweis_2025.pdf
Status:             waiting for review by broker service
""")


def m124():
    return M(124, "NORMAL", "en", "internal",
             "trap: conference talk abstract on chatbots in health insurance, aggregate figures only, for approval",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Unternehmenskommunikation <presse@weserland-versicherung.example>",
             "Approval request: talk abstract for InsurTech Hamburg 2025",
             "2025-04-16 09:15",
             body="""\
Dear colleagues,

I was invited to speak at InsurTech Hamburg (12 June). Could you approve the abstract?

Title: "Wendy, are you a doctor? – What 600,000 conversations taught us about
chatbots in health insurance"

Abstract: Since 2023, Weserland's chatbot Wendy has answered questions about
doctors' invoices, hospital stays and care benefits. We show why we decided early
that the bot never makes benefit promises, how we hand over sensitive topics to
humans within seconds, and how a crisis protocol for customers in distress was
designed together with psychologists. Figures: 61 % containment, 38 % of handovers
health-related, CSAT 4.1/5. No customer examples will be shown; all screenshots
use synthetic conversations.

Thanks
Okan
""")


def m125():
    return M(125, "CONFIDENTIAL", "de", "customer",
             "complaint via contact form: chatbot showed ex-husband's motor contract and address; names, policy numbers",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Beschwerdemanagement <beschwerde@weserland-versicherung.example>",
             "[Kontaktformular] Beschwerde – KF-250416-24611",
             "2025-04-16 21:03",
             cc="Datenschutz <datenschutz@weserland-versicherung.example>",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Beschwerde
Formular-ID:         KF-250416-24611
Eingang:             16.04.2025, 21:02:47 Uhr
Weiterleitung:       Kopie an Datenschutz (Stichwort „fremde Daten“ erkannt)
-------------------------------------------------------------
Anrede:              Frau
Vorname:             Sandra
Nachname:            Kuhlmann
Telefon:             0421 6918223
E-Mail:              sandra.kuhlmann@freemail.example
Versicherungsnummer: HR 21.920.337
Anliegen:
Ich habe im Chat gefragt, wann mein Kfz-Beitrag abgebucht wird. Wendy hat mir
daraufhin den Vertrag K 56.402.119-8 meines Ex-Mannes Marco Kuhlmann angezeigt,
mit seiner neuen Adresse (Lüssumer Heide 14, 28777 Bremen) und Kennzeichen
HB-MK 1106. Wir sind seit 2023 geschieden und ich habe mit dem Vertrag nichts
mehr zu tun. Wieso sehe ich das?? Ich erwarte eine Erklärung.
-------------------------------------------------------------
Rückmeldung gewünscht per: E-Mail
Einwilligung Datenschutzhinweise: ja (16.04.2025 21:02)
""")


def m126():
    inner_msg = inner("Praxis Dr. Rademacher <praxis@hausarzt-rademacher.example>",
                      "service@weserland-versicherung.example",
                      "Invoice for your policyholder / Rechnung Patientin Evans",
                      "2025-04-16 12:40",
                      """\
Dear Sir or Madam,

at the request of our patient, Ms Rhiannon Evans (born 04.11.1993, your policy
WCI-2024-120331), we send you our invoice directly for reimbursement.

Invoice no. 2025-0871, date 15.04.2025
Treatment 02.04. and 09.04.2025, diagnoses: J45.0 allergic asthma, J30.1 hay fever
  GOÄ 1      consultation                     10.72 EUR
  GOÄ 5      symptom-related examination      10.72 EUR
  GOÄ 605    spirometry                       28.41 EUR
  GOÄ 385    prick test (20 allergens)       154.24 EUR
  GOÄ 75     written report                   17.43 EUR
Total 221.52 EUR

Prescribed: salbutamol inhaler, budesonide/formoterol 160/4.5.

With kind regards
Praxis Dr. med. Jens Rademacher, Allgemeinmedizin, Bremen-Findorff
""", n=126)
    return M(126, "STRICTLY_CONFIDENTIAL", "en", "doctor",
             "GP practice's invoice (asthma, allergy tests) forwarded as message/rfc822; cover note only asks for reassignment",
             "Svenja Tietjen <svenja.tietjen@weserland-versicherung.example>",
             "Leistung KV International <leistung-kv-int@weserland-versicherung.example>",
             "FW: Invoice for your policyholder – belongs to WCI, please take over",
             "2025-04-17 08:22",
             body="""\
Hi team,

landed in our queue, but it's a Care International policy. Original attached.
Please note the practice sent it to the general mailbox without patient consent
form – please check before reimbursing to the practice.

Svenja
""", atts=[inner_msg])


def m127():
    return M(127, "NORMAL", "de", "internal",
             "trap: change request for the portal cookie/consent banner (tracking on health pages), no person",
             "Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             "Dr. Friederike Albers <datenschutz@weserland-versicherung.example>",
             "Change Request CR-0412: Consent-Banner – kein Tracking auf Leistungsseiten",
             "2025-04-17 10:05",
             body="""\
Hallo Frau Dr. Albers,

wie besprochen der Change Request zur Kenntnis:

CR-0412 Consent-Banner Portal/Website
- Auf allen Seiten unter /leistung/*, /upload/*, /gesundheit/* werden Analyse-
  und Marketing-Tags technisch nicht geladen, auch wenn Einwilligung erteilt.
- Seitentitel mit Gesundheitsbezug („Krankenhausrechnung einreichen“) werden
  in der Webanalyse durch neutrale IDs ersetzt.
- Chat-Widget lädt auf diesen Seiten nur nach Klick (kein Preload).
- Umsetzung in Release 25.5, Live 06.05.

Ich brauche noch Ihr OK im CR-Tool bis 24.04.

Viele Grüße
Hauke Meyerdierks
""")


def m128():
    return M(128, "NORMAL", "en", "internal",
             "trap: anonymised chat transcript used as training example, all identifiers replaced by [tags]",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "New starters Live Chat <onboarding-livechat@weserland-versicherung.example>",
             "Training example #7 – hospital bill question (anonymised)",
             "2025-04-17 14:00",
             body="""\
Hi everyone,

example #7 for Thursday's onboarding session. The chat was anonymised by the
data protection team: names, numbers, places, dates and medical details replaced.

[CUSTOMER]: hi, I got a bill from [HOSPITAL] for my stay in [MONTH], it's
            [AMOUNT] EUR, do I have to pay it?
[AGENT]:    Hello! If the hospital already had your policy number, they usually
            bill us directly. Is the bill addressed to you?
[CUSTOMER]: yes to me
[AGENT]:    Then please upload it under "Submit documents" and pay only after
            our settlement, unless the due date is close.
[CUSTOMER]: ok and the chief physician bill?
[AGENT]:    That one is separate – upload it too, we check it against your plan.

Discussion points:
1. What went well? (no medical questions asked, clear next step)
2. What could be better? (agent could have mentioned the payment deadline extension)

Jana
""")


def m129():
    return M(129, "CONFIDENTIAL", "de", "customer",
             "live-chat export: customer types full IBAN and birth date in chat to change liability premium account",
             "Weserland Live-Chat <chat@weserland-versicherung.example>",
             "Vertrag Sach <vertrag-sach@weserland-versicherung.example>",
             "Chatprotokoll LC-25-0418-11390 – Bankverbindung ändern – bitte erfassen",
             "2025-04-18 09:48",
             body="""\
Chatprotokoll (exportiert von Agent Lars H.)
Chat-ID:   LC-25-0418-11390 · 18.04.2025 09:31–09:46 · Kunde nicht angemeldet

[09:31] Kunde: Hallo ich möchte meine Kontoverbindung ändern für die Haftpflicht
[09:32] Lars H.: Guten Morgen! Dafür muss ich Sie kurz identifizieren. Wie lautet Ihr Name,
                 Ihr Geburtsdatum und Ihre Versicherungsnummer?
[09:33] Kunde: Rüdiger Pleus, 19.05.1964, PH 7.441.903
[09:34] Lars H.: Danke, Herr Pleus, passt. Bitte ändern Sie die Bankdaten am einfachsten selbst
                 im Portal – oder ich nehme sie auf, dann bekommen Sie eine Bestätigung per Post.
[09:35] Kunde: nehmen Sie auf bitte: DE64 2916 2469 8846 1371 59, Volksbank Osterholz
[09:36] Lars H.: Danke. Bitte tippen Sie Bankdaten künftig lieber nicht in den Chat, das Portal ist
                 dafür sicherer. Ab wann soll die neue Verbindung gelten?
[09:36] Kunde: ab sofort, altes Konto bei der Sparkasse ist zu
[09:46] Lars H.: Erledigt ist die Erfassung durch Vertrag Sach – ich gebe es gleich weiter.

Vermerk: Neues SEPA-Mandat erforderlich, Kunde erhält Mandatsformular per Post
(Anschrift laut Bestand: Feldstraße 3, 27711 Osterholz-Scharmbeck).
""")


def m130():
    return M(130, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "insurer asks a neurologist for a report after portal upload of the patient's confidentiality release (BU claim)",
             "Leben Leistung BU <leistung-bu@weserland-versicherung.example>",
             "Praxis Dr. Wiegmann <praxis@neurologie-wiegmann.example>",
             "Anforderung ärztlicher Bericht – Ihre Patientin Mareike Stührmann, geb. 21.10.1983",
             "2025-04-18 11:20",
             body="""\
Sehr geehrte Frau Dr. Wiegmann,

Ihre Patientin, Frau Mareike Stührmann, geb. 21.10.1983, Wachmannstraße 18,
28209 Bremen, hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung
(LV 3.114.589.2) beantragt. Die Schweigepflichtentbindung hat sie am 14.04.2025
über unser Kundenportal erteilt; eine Kopie liegt bei.

Bitte beantworten Sie uns auf dem beigefügten Vordruck insbesondere:
- Diagnosen (mit ICD-10) seit Behandlungsbeginn, v. a. zur mitgeteilten
  Erschöpfungsdepression und den Schlafstörungen,
- bisherige Therapien und Medikation,
- Einschätzung der Leistungsfähigkeit als Projektleiterin (Vollzeit).

Für den Bericht vergüten wir 90,00 EUR nach Rechnungsstellung.

Mit freundlichen Grüßen
Anke Rüther
Leistungsprüfung Berufsunfähigkeit
Weserland Lebensversicherung AG · Am Wall 140 · 28195 Bremen
Telefon 0421 3390-358
""",
             atts=[octet(pdf("SPE_Stuehrmann_20250414.pdf", [
                 "Weserland - Erklärung zur Schweigepflichtentbindung (elektronisch erteilt)",
                 "Versicherte Person: Mareike Stührmann, geb. 21.10.1983",
                 "Vertrag: LV 3.114.589.2 (Berufsunfähigkeitsversicherung)",
                 "Entbundene Stellen: Dr. med. Hella Wiegmann (Neurologie/Psychiatrie), Hausarztpraxis Dr. Krüger,",
                 "Techniker Krankenkasse (Arbeitsunfähigkeitszeiten), Reha-Klinik Bad Bevensen",
                 "Erteilt am 14.04.2025 um 20:11 Uhr über Mein Weserland, Version SPE-2024-01",
             ], title="Schweigepflichtentbindung"))])

def m131():
    return M(131, "NORMAL", "de", "internal",
             "trap: routing-rule table of the e-mail-to-case gateway with health keywords (Arztrechnung, Pflegegrad), no person",
             "Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             "Teamleitungen Service <teamleitung-service@weserland-versicherung.example>",
             "Case-Gateway 7.2: neue Routing-Regeln ab 22.04. (bitte prüfen)",
             "2025-04-18 15:30",
             body="""\
Hallo zusammen,

mit Gateway 7.2 gelten ab Dienstag die folgenden Regeln (Reihenfolge = Priorität).
Bitte prüft, ob eure Queues passen – Rückmeldung bis Montag 12 Uhr.

Prio  Bedingung                                              Queue
 1    Absender in Klinik-Partnerliste                        KV-Stationaer-Kostenzusage
 2    Betreff/Text: „Kostenübernahme“, „Kostenzusage“         KV-Stationaer-Kostenzusage
 3    Anhang-OCR: „Pflegekasse“ + „Pflegegrad“               Pflege-Leistung
 4    Text: „Todesfall“, „verstorben“, „Sterbeurkunde“       Leben-Leistung (Sofort)
 5    Anhang-OCR: GOÄ/GOZ-Ziffern erkannt                    LKV-Erstattung
 6    Text: „Heil- und Kostenplan“                           Zahn-Vorabpruefung
 7    Text: Kennzeichen-Muster + „Unfall“/„Schaden“          KFZ-Schaden
 8    Text: „IBAN“, „Bankverbindung“, „Lastschrift“          VERTRAG-Aenderung/Inkasso
 9    Text: „Beschwerde“, „Ombudsmann“, „BaFin“              Beschwerde
10    sonst                                                  Klaerung (Team Tamm)

Neu: Regel 4 erzeugt zusätzlich eine Aufgabe „Kondolenzschreiben“ für Leben-Service.
Entfallen: Stichwort „krank“ (zu viele Treffer bei „Krankenversicherung“ in Signaturen).

Gruß Hauke
""")


def m132():
    return M(132, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "live-chat export: customer asks about PrEP (HIV prevention) and STI tests under expat health plan",
             "Weserland Live Chat <chat@weserland-versicherung.example>",
             "Leistung KV International <leistung-kv-int@weserland-versicherung.example>",
             "Chat export LC-25-0419-11455 – PrEP coverage question – please answer by e-mail",
             "2025-04-19 11:02",
             body="""\
Chat export (agent: Jannik W.) – customer asked for a written answer
Chat ID:   LC-25-0419-11455 · 19.04.2025 10:41–10:58 · logged in
Customer:  Mr Julien Marchetti · policy WCI-2024-118902 (Expat Care Comfort)
Reply to:  julien.marchetti@mailo.example

[10:41] Julien: Hi, quick and a bit private question. My doctor at the HIV
        practice (Schwerpunktpraxis Bremen-Mitte) wants to start me on PrEP
        (emtricitabine/tenofovir). Is that covered, and the quarterly tests
        (HIV, syphilis, chlamydia, kidney values)?
[10:43] Jannik W.: Hello Mr Marchetti, thank you for asking – no need to worry,
        this stays between you and us. I'll check your plan.
[10:47] Jannik W.: Preventive medication is covered under Expat Care Comfort when
        prescribed by a doctor; the lab tests are covered as outpatient treatment.
        I'd like our benefits team to confirm this in writing.
[10:48] Julien: yes please by email, not by post, I share the mailbox
[10:58] Jannik W.: Noted: e-mail only. You'll hear from us within 2 working days.

Agent note: customer explicitly requests no letters by post.
""")


def m133():
    return M(133, "CONFIDENTIAL", "mixed", "internal",
             "German cover note above an English liability claim form: names, policy, claim, damaged neighbour property",
             "Lena Wübbenhorst <lena.wuebbenhorst@weserland-versicherung.example>",
             "Gutachter-Disposition <gutachter-dispo@weserland-versicherung.example>",
             "WG: Online-Schadenmeldung SO-25-023118 | Haftpflicht | EN – Gutachter nötig?",
             "2025-04-22 09:15",
             body="""\
Hallo Dispo,

Kunde ist Engländer, Meldung kam über das englische Formular. Es geht um einen
Parkettschaden beim Vermieter (Eichenparkett, Fläche ca. 40 qm). Bitte prüfen, ob
wir einen Gutachter schicken – Forderung Vermieter 6.800 EUR scheint mir hoch.

Danke, Lena

-----Original-----
Online claim notification – Personal liability (form language: English)
Reference:        SO-25-023118
Submitted:        19.04.2025 16:20
Policy:           PH 7.880.215 (personal liability incl. rented property)
Policyholder:     Mr Alistair Pemberton-Kühne, Schwachhauser Ring 92, 28209 Bremen
Contact:          a.pemberton@freemail.example / +49 176 4411092
Landlord:         Mrs Renate Oelrichs, Emmastraße 4, 28213 Bremen
What happened:    During a party our large aquarium (400 l) leaked overnight. The oak
                  parquet in the living room swelled and buckled. Landlord demands
                  full replacement. Nobody was hurt, the fish are fine ;-)
Claim amount:     6,800.00 EUR (landlord's quote, Parkett Meyer GmbH)
Uploads:          parquet_1.jpg, parquet_2.jpg, landlord_letter.pdf
""")


def m134():
    return M(134, "NORMAL", "de", "supplier",
             "trap: offer from a scanning service for digitising incoming paper mail incl. doctors' invoices, no person",
             "Volker Stindt <v.stindt@scanwerk-nord.example>",
             "Einkauf <einkauf@weserland-versicherung.example>",
             "Angebot 2025-118: Digitalisierung Posteingang Leistung KV",
             "2025-04-22 11:40",
             body="""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Gern bieten wir an:

Digitalisierung Papier-Posteingang (Arzt-, Zahnarzt-, Krankenhausrechnungen,
Rezepte, Heil- und Kostenpläne), ca. 18.000 Sendungen/Monat:

- Abholung täglich 2x, Scan in unserem Sicherheitsbereich (ISO 27001, § 203 StGB-
  Verpflichtung aller Mitarbeitenden), Rückgabe oder DIN-66399-Vernichtung
- Klassifikation nach Dokumentart, Übergabe als PDF/A + XML an Ihr Case-Gateway
- Preis: 0,38 EUR je Sendung bis 5 Seiten, 0,06 EUR je weitere Seite
- Einrichtung einmalig 9.500 EUR

Vertrag zur Auftragsverarbeitung und Verschwiegenheitsverpflichtung liegen als
Muster bei Ihrem Datenschutz. Angebot gültig bis 31.05.2025.

Mit freundlichen Grüßen
Volker Stindt
Vertrieb, Scanwerk Nord GmbH, Bremen
""")


def m135():
    return M(135, "NORMAL", "en", "internal",
             "trap: job ad for an English-speaking live-chat agent for health claims, no person",
             "Talent Acquisition <karriere@weserland-versicherung.example>",
             "Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>",
             "Job ad draft: Live Chat Agent (m/f/d) – Health Claims, English – please approve",
             "2025-04-22 14:00",
             body="""\
Hi Jana,

draft for the job ad – please approve or comment by Thursday.

Live Chat Agent (m/f/d) Health Claims – English & German
Bremen · full-time or part-time (min. 30 h) · hybrid

What you'll do
- Answer our international customers' questions about doctors' invoices,
  hospital stays, dental treatment and maternity benefits in chat and by e-mail
- Hand over complex cases to our benefits specialists
- Help improve our chatbot Wendy

What you bring
- Training as medical assistant (MFA), insurance clerk or similar
- Fluent English (C1) and good German (B2)
- Empathy and discretion – you'll be dealing with sensitive health information

We offer 30 days' holiday, flexible hours, Deutschlandticket, company pension.

Apply at https://karriere.weserland-versicherung.example/jobs/2025-041

Thanks!
Talent Acquisition
""")


def m136():
    return M(136, "STRICTLY_CONFIDENTIAL", "de", "customer",
             "long-term care benefit application exported as ODT from online form: dementia, care level 4, carer, bank details",
             "Weserland Formular-Export <formular-export@weserland-versicherung.example>",
             "Leistung Pflege <leistung-pflege@weserland-versicherung.example>",
             "Formular-Export PA-25-001902 (Antrag Pflegeleistungen)",
             "2025-04-23 08:00",
             body="""\
Export eines Online-Antrags auf Pflegeleistungen. Antrag als ODT im Anhang
(Importformat Pflegeakte). Belege folgen separat über das Upload-System.
""",
             atts=[odt("PA-25-001902_Antrag_Pflegeleistungen.odt", [
                 "Antrag auf Leistungen aus der Pflegeversicherung - Online-Antrag PA-25-001902",
                 "Eingang: 22.04.2025 18:40 Uhr, Kanal: Website",
                 "Versicherte Person: Heinrich Lührs, geb. 09.01.1938",
                 "Anschrift: Hinter dem Dorfe 7, 28870 Ottersberg",
                 "Verträge: PPV 80 117 452 (Pflegepflicht), PT 80 117 453 (Pflegetagegeld)",
                 "Antragstellerin (Bevollmächtigte): Rosemarie Lührs (Ehefrau), Vorsorgevollmacht vom 03.05.2021",
                 "Pflegegrad: 4 (Begutachtung MEDICPROOF am 10.04.2025)",
                 "Grund der Pflegebedürftigkeit: Alzheimer-Demenz (G30.1), Z. n. Oberschenkelhalsbruch 2024, sturzgefährdet",
                 "Pflegesituation: häusliche Pflege durch Ehefrau, Pflegedienst Diakoniestation Ottersberg 2x täglich",
                 "Beantragt: Pflegegeld / Kombinationsleistung, Pflegetagegeld, Pflegehilfsmittel (Pflegebett, Hausnotruf)",
                 "Tagespflege: ab 05.05.2025 dienstags und donnerstags",
                 "Auszahlung an: Rosemarie Lührs, IBAN DE14 6005 8027 4591 2977 14",
                 "Erklärung: Angaben vollständig und richtig - elektronisch bestätigt 22.04.2025",
             ])])


def m137():
    return M(137, "CONFIDENTIAL", "de", "customer",
             "online cyber claim of a sole-trader photographer: ransomware, client data, policy, tax-relevant turnover figure",
             "Weserland Schaden online <schaden-online@weserland-versicherung.example>",
             "Schaden Gewerbe Cyber <schaden-cyber@weserland-versicherung.example>",
             "Online-Schadenmeldung SO-25-023401 | Cyber | Soforthilfe angefordert",
             "2025-04-23 07:12",
             hdr=[("Importance", "high")],
             body="""\
Schaden online melden – Cyber (Gewerbe)
=======================================
Referenz:              SO-25-023401
Eingang:               23.04.2025 07:11 (Website)
Versicherungsnummer:   CY 6.004.118 (Cyber Kompakt Selbstständige)
Versicherungsnehmerin: Frauke Steinbrügge, Fotografin (Einzelunternehmen)
                       Studio Lichtblick, Rembertiring 3, 28195 Bremen
Telefon / E-Mail:      0171 9120844 / studio@lichtblick-fotografie.example
Umsatz Vorjahr:        74.300 EUR (für Betriebsunterbrechung)

Vorfall:               Heute früh alle Dateien auf NAS und Laptop verschlüsselt,
                       Erpresserschreiben „READ_ME_RESTORE.txt“, Forderung 0,3 BTC.
                       Betroffen: Kundenfotos (Hochzeiten), Kundendatei mit ca. 600
                       Adressen, Buchhaltung.
Backup:                externe Festplatte, zuletzt vor 5 Wochen
Bereits getan:         Geräte vom Netz genommen, nichts bezahlt
Soforthilfe:           JA – bitte IT-Forensik-Dienstleister (Hotline 24/7)
Meldung Datenschutz:   noch nicht (72-h-Frist bekannt)
""")


def m138():
    return M(138, "NORMAL", "de", "internal",
             "trap: deletion concept for chat transcripts and upload files as ODS, retention periods only",
             "Dr. Friederike Albers <datenschutz@weserland-versicherung.example>",
             "Okan Demir <okan.demir@weserland-versicherung.example>",
             "Löschkonzept Digitale Kanäle v1.0 – final",
             "2025-04-23 10:30",
             cc="Jana Ohlrogge <jana.ohlrogge@weserland-versicherung.example>, Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             body="""\
Guten Morgen,

anbei die finale Fassung der Löschfristen-Tabelle für die digitalen Kanäle.
Umsetzung bitte bis 30.06. einplanen; ich prüfe im Juli stichprobenartig.

Mit freundlichen Grüßen
Friederike Albers
""",
             atts=[ods("Loeschkonzept_Digitale_Kanaele_v1.0.ods", [
                 ["Datenart", "System", "Löschfrist", "Auslöser", "Rechtsgrundlage"],
                 ["Chatprotokoll ohne Vorgang", "Parlaro", "90 Tage", "Chatende", "Art. 5 Abs. 1 e DSGVO"],
                 ["Chatprotokoll mit Vorgang", "CRM/Akte", "wie Akte", "Vorgangsabschluss", "§ 257 HGB, § 147 AO"],
                 ["Bot-Konversation anonym", "Dialogwerk", "30 Tage", "Konversationsende", "AVV Dialogwerk"],
                 ["Upload-Datei vor Zuordnung", "Upload-Service", "14 Tage", "Upload", "Art. 5 DSGVO"],
                 ["Kontaktformular-Mail", "Postfächer", "180 Tage", "Eingang", "Art. 5 DSGVO"],
                 ["Rückrufwunsch", "Parlaro Callback", "30 Tage", "Rückruf erledigt", "Art. 5 DSGVO"],
                 ["Gateway-Quarantäne", "case-gw", "30 Tage", "Quarantäne", "IT-Sicherheit"],
             ], sheet="Fristen")])


def m139():
    return M(139, "STRICTLY_CONFIDENTIAL", "en", "internal",
             "security incident: one customer's cardiology report shown to another in the app; both named, document titles",
             "IT Security <it-security@weserland-versicherung.example>",
             "Dr. Friederike Albers <datenschutz@weserland-versicherung.example>",
             "[SEC-2025-014] Document shown in wrong customer inbox – initial report",
             "2025-04-23 16:45",
             cc="Priya Raman <priya.raman@weserland-versicherung.example>",
             hdr=[("Importance", "high")],
             body="""\
Dear Dr. Albers,

initial report for assessment under Art. 33 GDPR (72 h clock started 23.04. 15:10,
when the service desk escalated the customer's call).

What happened
A caching error in app release 3.9.0 (rolled out 23.04. 14:00 to 10 %) showed the
document list of one customer to another customer for about 40 minutes.

Known case so far
- Affected customer: Mr Eike Bohlmann, KV 3512 007 290. Documents visible:
  "Arztbrief_Kardiologie_Herzinsuffizienz_NYHA_II.pdf" and
  "Rechnung_Herzzentrum_Bremen_April.pdf"; the PDF itself was opened once.
- Viewer: Ms Daniela Kruse, KV 3990 118 642, who called the hotline at 15:02 and
  reports she closed the document and deleted the screenshot she had taken.

Measures
- 15:25 release 3.9.0 halted, cache flushed, rollback to 3.8.2 at 15:41
- log analysis for other sessions running (result expected 24.04. 10:00)

Please advise on notification of Mr Bohlmann and the supervisory authority.

Thomas Eilers
IT Security Incident Response
""")


def m140():
    return M(140, "CONFIDENTIAL", "en", "customer",
             "English GDPR access request via contact form: household and motor customer, birth date, address, ID copy",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Datenschutz <datenschutz@weserland-versicherung.example>",
             "[Contact form] Data protection request – KF-250424-25180",
             "2025-04-24 08:30",
             body="""\
New message via https://www.weserland-versicherung.example/en/datenschutz

Form:                Data protection – request (EN)
Form ID:             KF-250424-25180
Received:            24.04.2025, 08:29:55
------------------------------------------------------------
Title:               Mr
First name:          Rasmus
Last name:           Thorvaldsen
Date of birth:       08.08.1977
Address:             Violenstraße 22, 28195 Bremen
E-mail:              rasmus.t@freemail.example
Policy numbers:      HR 22.115.604 (home contents), K 58.330.017-2 (car, HB-RT 808)
Type of request:     Access (Art. 15 GDPR) and copy of data
Message:
Please send me all personal data you store about me, including chat logs and
recordings of my phone calls from the claim in January (windscreen). I also want
to know to whom you passed my data (repair shop? assessor?). Electronic copy
is fine. ID copy attached as you require.
------------------------------------------------------------
Attachments: ID_card_Thorvaldsen.pdf
""")

def m141():
    return M(141, "NORMAL", "de", "insurer-to-customer",
             "trap: upload confirmation with generic scanner file names only, no name, no contract or line",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "scan.postfach@t-net.example",
             "Upload erfolgreich (Vorgang VG-2025-0423377)",
             "2025-04-24 12:10",
             body="""\
Guten Tag,

Ihr Upload war erfolgreich. Wir haben folgende Dateien erhalten:

  - Scan_0001.pdf
  - Scan_0002.pdf
  - IMG_20250424_120512.jpg

Vorgangsnummer: VG-2025-0423377

Wir ordnen die Dokumente Ihrem Anliegen zu und melden uns, falls wir noch etwas
benötigen. Bitte antworten Sie nicht auf diese E-Mail.

Ihre Weserland Versicherung
""")


def m142():
    return M(142, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "German agent forwards an English chat: pregnancy complication (pre-eclampsia), hospital admission, expat policy",
             "Sandra Köster <sandra.koester@weserland-versicherung.example>",
             "Leistung KV International <leistung-kv-int@weserland-versicherung.example>",
             "Dringend: Chat LC-25-0424-11702 – Kostenzusage Klinik, Kundin schwanger",
             "2025-04-24 15:30",
             hdr=[("Importance", "high")],
             body="""\
Hallo Team International,

bitte heute noch Kostenzusage an die Klinik schicken, Kundin wurde stationär
aufgenommen. Chatverlauf unten (Englisch). Der Ehemann hat gechattet, ist
laut Vollmacht im Portal berechtigt.

Danke! Sandra

------ chat LC-25-0424-11702, 24.04.2025 14:58–15:21 ------
Customer (logged in as co-insured spouse): Mr Kofi Boateng
Insured person: Mrs Abena Boateng-Schulz, policy WCI-2023-112077 (Expat Care Premium)

[14:58] Kofi: hello, my wife is 33 weeks pregnant and was admitted to
        St. Joseph-Stift this afternoon, the doctors say pre-eclampsia, her
        blood pressure was 165/110 and protein in urine
[14:59] Sandra K.: I'm very sorry, Mr Boateng. I hope she is getting good care.
        Has the hospital asked for a cost coverage confirmation?
[15:01] Kofi: yes the admission desk asked, they may have to do a c-section
        early, maybe this week. also the baby might need NICU
[15:03] Sandra K.: Your wife's plan covers the hospital stay including a caesarean.
        For the baby: please register the newborn with us within 2 months after
        birth, then cover starts from birth without health questions.
[15:05] Kofi: ok. she also has gestational diabetes since week 26, is that a problem?
[15:06] Sandra K.: No, that does not change the cover. I'll ask our benefits team to
        send the confirmation to the hospital today.
[15:21] Kofi: thank you so much
""")


def m143():
    return M(143, "NORMAL", "de", "newsletter",
             "trap: broker newsletter announcing online claim reporting and upload for broker clients, no client data",
             "Weserland Maklerservice <maklernews@weserland-versicherung.example>",
             "Makler-Verteiler Nord <makler-nord@weserland-versicherung.example>",
             "Maklerinfo 04/2025: Schadenmeldung online für Ihre Kunden, Upload im Maklerportal",
             "2025-04-25 08:00",
             body="""\
Maklerinfo 04/2025
==================

Liebe Vertriebspartnerinnen und Vertriebspartner,

1. Schadenmeldung online – jetzt auch für Maklerkunden
Ihre Kunden können Kfz-, Hausrat-, Wohngebäude- und Haftpflichtschäden online
melden. Sie als Betreuer werden automatisch benachrichtigt (abschaltbar unter
Einstellungen). Unfall- und Krankenleistungen melden Kunden weiterhin direkt
über „Mein Weserland“ – aus Datenschutzgründen ohne Kopie an den Vermittler.

2. Upload im Maklerportal
Unterlagen für Ihre Kunden (Fahrzeugschein, Kostenvoranschlag, Gutachten) können
Sie jetzt direkt im Maklerportal hochladen. Gesundheitsunterlagen bitte nicht
über das Maklerportal, sondern durch den Kunden selbst.

3. Webinar „Digitale Kanäle im Maklergeschäft“
Di 13.05., 10:00–11:00, Anmeldung unter
https://makler.weserland-versicherung.example/webinare

Ihre Maklerbetreuung Nord
Weserland Versicherung AG
""")


def m144():
    return M(144, "CONFIDENTIAL", "de", "customer",
             "contact form: cancellation of motor policy after selling the car, name, plate, VIN, buyer named",
             "Weserland Web-Formulare <kontaktformular@weserland-versicherung.example>",
             "Kfz Vertrag Team 1 <kfz-vertrag1@weserland-versicherung.example>",
             "[Kontaktformular] Fahrzeug verkauft / abgemeldet – KF-250425-25403",
             "2025-04-25 13:33",
             body="""\
Neue Nachricht über https://www.weserland-versicherung.example/kontakt

Formular:            Kfz – Fahrzeug verkauft / abgemeldet
Formular-ID:         KF-250425-25403
Eingang:             25.04.2025, 13:32:10 Uhr
-------------------------------------------------------------
Anrede:              Herr
Vorname:             Wilfried
Nachname:            Brunkhorst
Telefon:             04202 5510
E-Mail:              w.brunkhorst@nordpost.example
Versicherungsnummer: K 54.887.009-3
Kennzeichen:         VER-WB 47
FIN:                 WVWZZZ1KZ8W117730
Verkauft am:         22.04.2025 (mit Kennzeichen, Käufer meldet um)
Käufer:              Dennis Eggers, Im Ohlendorf 9, 28832 Achim
Anliegen:
Golf V an Herrn Eggers verkauft, Kaufvertrag hängt an. Bitte den Vertrag beenden
und den Restbeitrag erstatten. Die SF-Klasse (SF 25) möchte ich behalten, ich
kaufe im Sommer ein neues Auto.
-------------------------------------------------------------
Einwilligung Datenschutzhinweise: ja (25.04.2025 13:32)
Anhänge: Kaufvertrag_Golf.pdf
""")


def m145():
    return M(145, "NORMAL", "en", "system",
             "trap: non-delivery report for a portal notification, only the bounced generic notification text, no person data",
             "Mail Delivery System <mailer-daemon@mx1.weserland-versicherung.example>",
             "Mein Weserland <noreply@portal.weserland-versicherung.example>",
             "Undelivered Mail Returned to Sender",
             "2025-04-25 16:02",
             body="""\
This is the mail system at host mx1.weserland-versicherung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<info@altbau-hoyer.example>: host mx.altbau-hoyer.example said:
    550 5.1.1 <info@altbau-hoyer.example>: Recipient address rejected:
    User unknown in virtual mailbox table

--- Original message headers and text (truncated) ---
Subject: Neues Dokument in Ihrem Postfach
From: Mein Weserland <noreply@portal.weserland-versicherung.example>
To: info@altbau-hoyer.example

Guten Tag,
in Ihrem Postfach bei „Mein Weserland“ liegt ein neues Dokument für Sie bereit.
Aus Sicherheitsgründen versenden wir Dokumente nicht per E-Mail. ...
""")


def m146():
    return M(146, "STRICTLY_CONFIDENTIAL", "en", "customer",
             "English contact form: child's orthodontic treatment plan (KIG 3), costs, dental supplementary policy",
             "Weserland Web Forms <kontaktformular@weserland-versicherung.example>",
             "Leistung Zahn <leistung-zahn@weserland-versicherung.example>",
             "[Contact form] Dental – treatment plan – KF-250426-25522",
             "2025-04-26 10:14",
             body="""\
New message via https://www.weserland-versicherung.example/en/contact

Form:                Contact – Health (EN)
Form ID:             KF-250426-25522
Received:            26.04.2025, 10:13:08
------------------------------------------------------------
Title:               Ms
First name:          Katarzyna
Last name:           Dąbrowska-Feldmann
E-mail:              kasia.df@mailo.example
Phone:               +49 160 99180244
Policy number:       ZZ 4 802 117 (ZahnPlus Kids, insured child: Zofia Feldmann, born 12.09.2014)
Topic:               Treatment plan / cost estimate
Message:
The orthodontist (Dr. Meiners, Bremen-Vahr) diagnosed a distal bite with
overjet 7 mm and crowding, KIG D4 according to her – but the public health
insurance classified only KIG 3 and refused to pay. Treatment plan: fixed
braces for 3 years, 5,920 EUR in total. What does ZahnPlus Kids pay when the
public insurance pays nothing? I uploaded the plan and the refusal letter.
------------------------------------------------------------
Preferred reply: e-mail
Consent privacy notice: yes
""")


def m147():
    return M(147, "NORMAL", "de", "supplier",
             "trap: penetration-test summary for the upload portal (IDOR risk on health documents), test accounts only",
             "Mirko Albrecht <m.albrecht@bastion-security.example>",
             "IT Security <it-security@weserland-versicherung.example>",
             "Pentest Upload-Portal 2025 – Management Summary",
             "2025-04-28 09:30",
             body="""\
Sehr geehrte Damen und Herren,

anbei die Management Summary; der vollständige Bericht liegt verschlüsselt im
vereinbarten Austauschordner.

Zeitraum: 07.–17.04.2025, Umgebung: Staging, Testkonten T-01 bis T-06 (Testbestand)

Befunde
- HOCH (1): IDOR an /api/v2/uploads/{id}/preview – mit gültiger Sitzung konnte
  Testkonto T-03 die Vorschau eines Dokuments von T-05 abrufen (Test-PDF
  „Arztbrief_Muster.pdf“). Keine Produktivdaten betroffen.
- MITTEL (3): fehlende Rate-Limits beim Bestätigungscode, ausführliche
  Fehlermeldungen, veraltete TLS-Cipher am Formularserver.
- NIEDRIG (5): u. a. Security-Header, Cookie-Flags.

Empfehlung: IDOR vor dem nächsten Release beheben und Produktivlogs auf
Ausnutzung prüfen.

Mit freundlichen Grüßen
Mirko Albrecht, Lead Pentester, Bastion Security GmbH
""")


def m148():
    return M(148, "CONFIDENTIAL", "en", "customer",
             "chatbot handover in English: new motor policy, birth date, address, previous insurer, licence date",
             "Wendy Chatbot <chatbot@weserland-versicherung.example>",
             "Kfz Vertrag Team 2 <kfz-vertrag@weserland-versicherung.example>",
             "Übergabe Chatbot → Fachbereich: Kfz-Antrag EN (CB-25-0428-80311)",
             "2025-04-28 12:05",
             body="""\
Automatic handover from chatbot "Wendy" (conversation language: English)
Reason: quote requires underwriting (foreign licence)
Conversation: CB-25-0428-80311 · 28.04.2025 11:48–12:04 · not logged in

Collected data (unverified):
  Name:              Siddharth Rao
  Date of birth:     1993-01-26
  Address:           Gröpelinger Heerstraße 210, 28237 Bremen
  Phone / e-mail:    +49 152 08831277 / sid.rao@freemail.example
  Driving licence:   Indian licence since 2012, German licence since 11/2024
  Vehicle:           Toyota Corolla Touring Sports Hybrid, 2021, HSN/TSN 5013/AKB
  Previous insurer:  none in Germany; 6 years claim-free in India (letter available)
  Requested cover:   liability + comprehensive, deductible 500 EUR
  Start:             15.05.2025

Bot note: claim-free years from non-EU insurer – manual SF decision needed.
""")


def m149():
    return M(149, "NORMAL", "de", "insurer-to-customer",
             "trap: satisfaction survey invitation after a chat, no name, no topic, no contract",
             "Weserland Kundenfeedback <feedback@weserland-versicherung.example>",
             "m.janssen-hb@web-post.example",
             "Wie war Ihr Chat mit uns? (1 Minute)",
             "2025-04-28 18:00",
             body="""\
Guten Tag,

Sie haben kürzlich mit unserem Service-Team gechattet. Wie zufrieden waren Sie?

  https://feedback.weserland-versicherung.example/s/9K2QX

Die Umfrage dauert etwa eine Minute und ist anonym. Ihre Antworten helfen uns,
besser zu werden.

Vielen Dank!
Ihre Weserland Versicherung

Keine Umfragen mehr erhalten: https://feedback.weserland-versicherung.example/optout
""")


def m150():
    return M(150, "NORMAL", "de", "internal",
             "trap: out-of-office reply of the benefits mailbox administrator, colleague named, no reason for absence",
             "Svenja Tietjen <svenja.tietjen@weserland-versicherung.example>",
             "Hauke Meyerdierks <hauke.meyerdierks@weserland-versicherung.example>",
             "Automatische Antwort: Vorlage Benachrichtigungsmail Leistungsantrag KV",
             "2025-04-29 07:45",
             hdr=[("Auto-Submitted", "auto-replied")],
             charset="windows-1252",
             body="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 09.05.2025 nicht im Büro. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden fachlichen Fällen wenden Sie sich bitte an meine Vertretung
Bernd Wessels (Durchwahl -214) oder an das Funktionspostfach
leistung-kv@weserland-versicherung.example.

Mit freundlichen Grüßen
Svenja Tietjen
Leistung Krankenversicherung | Gruppenleitung Erstattung
Weserland Versicherung AG
""")


# ====================================================================== output
def all_mails():
    out = []
    for i in range(1, N_MAILS + 1):
        f = globals().get("m%03d" % i)
        if f is None:
            continue
        d = f()
        assert d["n"] == i, "numbering mismatch in m%03d" % i
        out.append(d)
    return out


def fname(n):
    return "d%s-%04d.eml" % (NN, n)


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for d in all_mails():
        data = d["msg"].as_bytes(policy=policy.SMTP)
        with open(os.path.join(OUT, fname(d["n"])), "wb") as fh:
            fh.write(data)
        for k in ("label", "lang", "kind", "reason"):
            assert "\t" not in d[k] and "\n" not in d[k]
        rows.append("\t".join([fname(d["n"]), d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


# ====================================================================== check
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "IE": 22, "CH": 21, "FR": 27, "GB": 22, "ES": 24, "IT": 27, "BE": 16}
RE_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8})")
RE_MAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
RE_URL = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def attachment_text(ctype, data, where, errors):
    """Open an attachment, return its text for further checks."""
    try:
        if ctype == "application/pdf" or data[:5] == b"%PDF-":
            assert data.startswith(b"%PDF-1."), "no PDF header"
            assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
            sx = int(data.rsplit(b"startxref", 1)[1].split()[0])
            assert data[sx:sx + 4] == b"xref", "startxref offset wrong"
            for m in re.finditer(rb"(\d+) 0 obj", data):
                pass
            return data.decode("latin-1")
        if data[:2] == b"PK":
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None, "zip CRC error"
            texts = []
            for info in z.infolist():
                assert info.date_time == ZIP_TS, "zip timestamp not fixed"
                b = z.read(info)
                if info.filename.endswith(".xml") or info.filename.endswith(".rels"):
                    import xml.etree.ElementTree as ET
                    ET.fromstring(b)
                    texts.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
                elif info.filename == "mimetype":
                    continue
                else:
                    sub = attachment_text("", b, where + "/" + info.filename, errors)
                    texts.append(sub)
            return "\n".join(texts)
        if ctype == "text/calendar":
            t = data.decode("utf-8")
            assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), "bad ICS"
            assert "\r\n" in t and not re.search(r"(?<!\r)\n", t), "ICS not CRLF"
            return t
        if ctype == "application/json" or where.endswith(".json"):
            json.loads(data.decode("utf-8"))
            return data.decode("utf-8")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("windows-1252")
    except Exception as e:  # noqa
        errors.append("%s: attachment does not open (%s)" % (where, e))
        return ""


def collect_text(msg, where, errors):
    texts = []
    for k in ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID"):
        for v in msg.get_all(k, []):
            texts.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn is None and part.get_content_maintype() == "text":
            texts.append(part.get_content())
        elif fn is not None or part.get_content_maintype() != "text":
            data = part.get_payload(decode=True)
            texts.append(attachment_text(ct, data, where + ":" + str(fn), errors))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                for k in ("From", "To", "Subject", "Date"):
                    if sub.get(k) is None:
                        errors.append("%s: nested message without %s" % (where, k))
    return "\n".join(texts)


def check():
    errors = []
    labels = {}
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad labels header"
    for ln in lines[1:]:
        if not ln:
            continue
        f = ln.split("\t")
        if len(f) != 5:
            errors.append("labels.tsv: bad row %r" % ln)
            continue
        labels[f[0]] = f
        if f[1] not in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            errors.append("%s: bad label" % f[0])
        if f[2] not in ("de", "en", "mixed"):
            errors.append("%s: bad lang" % f[0])
        if not f[3] or not f[4]:
            errors.append("%s: empty kind/reason" % f[0])
    files = sorted(os.listdir(OUT))
    expect = [fname(i) for i in range(1, N_MAILS + 1)]
    if files != expect:
        errors.append("mail files: expected %d files d%s-0001..%04d, found %d" % (N_MAILS, NN, N_MAILS, len(files)))
    if sorted(labels) != expect:
        errors.append("labels.tsv does not list exactly the %d mails" % N_MAILS)
    n_iban = 0
    n_att = 0
    for fn in files:
        raw = open(os.path.join(OUT, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % fn)
        msg = email.message_from_bytes(raw, policy=policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg.get(h) is None:
                errors.append("%s: missing header %s" % (fn, h))
        if msg.defects:
            errors.append("%s: defects %s" % (fn, msg.defects))
        for part in msg.walk():
            if part.get_filename():
                n_att += 1
        text = collect_text(msg, fn, errors)
        for m in RE_MAIL.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: non-.example mail domain %s" % (fn, m.group(0)))
        for m in RE_URL.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                errors.append("%s: non-.example URL host %s" % (fn, m.group(1)))
        for m in RE_IBAN.finditer(text):
            c = m.group(1).replace(" ", "")
            L = IBAN_LEN.get(c[:2])
            if not L or len(c) < L:
                continue
            c = c[:L]
            if c[:2] in ("DE", "AT") and not c[2:].isdigit():
                continue
            n_iban += 1
            if not iban_ok(c):
                errors.append("%s: IBAN checksum fails %s" % (fn, c))
    cnt = {}
    for f in labels.values():
        cnt[(f[1], f[2])] = cnt.get((f[1], f[2]), 0) + 1
    tot = {}
    for (l, g), v in cnt.items():
        tot[l] = tot.get(l, 0) + v
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if tot != want:
        errors.append("label counts %s, expected %s" % (tot, want))
    for f in labels.values():
        if f[1] != "NORMAL" and f[4].startswith("trap:"):
            errors.append("%s: trap reason on non-NORMAL mail" % f[0])
    print("files: %d, labels: %d, attachments: %d, IBANs validated: %d" % (len(files), len(labels), n_att, n_iban))
    for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("  %-22s de %3d  en %3d  mixed %2d  total %3d" % (
            l, cnt.get((l, "de"), 0), cnt.get((l, "en"), 0), cnt.get((l, "mixed"), 0), tot.get(l, 0)))
    print("  traps (NORMAL with 'trap:'): %d" % sum(1 for f in labels.values() if f[4].startswith("trap:")))
    if errors:
        print("CHECK FAILED (%d problems):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
