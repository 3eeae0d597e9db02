#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel dev70 corpus: customer service notes and complaints.

Every mail is written by hand in its own function m001 ... m150. The helpers
below only turn that hand-written content into MIME (Python ``email``,
policy=SMTP, CRLF) or into a file format (XLSX, DOCX, ODT, ODS, PDF, ZIP).
Nothing is assembled from lists of parts; the only pseudo-random numbers
(seed 70) are the MIME boundary strings.

    python make_corpus.py          writes mails/d70-0001.eml ... and labels.tsv
    python make_corpus.py --check  re-parses every file and validates counts
"""
import io
import os
import re
import sys
import random
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from xml.sax.saxutils import escape as _esc

NN = "70"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
MAILS = []
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
D = "falkenried-versicherung.example"   # the invented insurer's mail domain


def mail(fn):
    MAILS.append(fn)
    return fn


# ---------------------------------------------------------------- file formats
_ZDT = (2026, 11, 2, 8, 0, 0)


def zipbytes(members):
    """members: list of (name, bytes|str). Fixed timestamps -> deterministic."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=_ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (sheet name, rows); rows are lists of str/int/float."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>']
    wb = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wbr = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for k, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/'
                  'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_esc(name, {'"': "&quot;"}), k, k))
        wbr.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            x.append('<row r="%d">' % r)
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append('<c r="%s"><v>%s</v></c>' % (ref, v))
                else:
                    x.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _esc(str(v))))
            x.append("</row>")
        x.append("</sheetData></worksheet>")
        members.append(("xl/worksheets/sheet%d.xml" % k, "".join(x)))
    ct.append("</Types>")
    wb.append("</sheets></workbook>")
    wbr.append("</Relationships>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return zipbytes([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                     ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wbr))] + members)


def docx(blocks):
    """blocks: str = paragraph, list of tuples = table rows."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _esc(b))
        else:
            body.append("<w:tbl>")
            for row in b:
                body.append("<w:tr>" + "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _esc(str(c))
                    for c in row) + "</w:tr>")
            body.append("</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.'
           'openxmlformats.org/wordprocessingml/2006/main"><w:body>' + "".join(body) + "</w:body></w:document>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.'
          'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
          'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mt, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s'
               '</office:body></office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="%s"/><manifest:file-entry manifest:full-path="content.xml" '
                'manifest:media-type="text/xml"/></manifest:manifest>' % mt)
    return zipbytes([("mimetype", mt), ("META-INF/manifest.xml", manifest), ("content.xml", content)])


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join("<text:p>%s</text:p>" % _esc(p) for p in paragraphs) + "</office:text>")


def ods(sheets):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets:
        out.append('<table:table table:name="%s">' % _esc(name, {'"': "&quot;"}))
        for row in rows:
            out.append("<table:table-row>")
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    out.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p>'
                               '</table:table-cell>' % (v, v))
                else:
                    out.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                               % _esc(str(v)))
            out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(out))


def pdf(lines, title="Dokument"):
    """Minimal uncompressed PDF, Helvetica/WinAnsi, 48 lines per page."""
    pages = [lines[i:i + 48] for i in range(0, max(len(lines), 1), 48)] or [[]]
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    nxt = 4
    for pg in pages:
        ops = ["BT /F1 10 Tf 14 TL 56 790 Td"]
        for ln in pg:
            t = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append("(%s) '" % t)
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252", "replace")
        objs[nxt] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[nxt + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                         b" /Contents %d 0 R >>" % nxt)
        kids.append(nxt + 1)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids).encode(), len(kids))
    objs[nxt] = ("<< /Title (%s) /Producer (Falkenried DMS) >>" % title).encode("cp1252", "replace")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, nxt + 1):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (nxt + 1)
    for i in range(1, nxt + 1):
        out += b"%010d 00000 n \n" % offs[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (nxt + 1, nxt, xref)
    return bytes(out)


# ---------------------------------------------------------------- MIME
XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_T = "application/vnd.oasis.opendocument.text"
ODS_T = "application/vnd.oasis.opendocument.spreadsheet"


def att(filename, ctype, data, **params):
    if isinstance(data, str):
        data = data.encode(params.pop("encoding", "utf-8"))
    return ("file", filename, ctype, data, params)


def msg(*, frm, to, subject, date, body=None, html=None, cc=None, reply_to=None,
        charset="utf-8", cte="quoted-printable", atts=(), extra=(), flowed=False,
        msgid=None, in_reply_to=None):
    """Turn hand-written content into an EmailMessage (also used for forwarded mails)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    if msgid:
        m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in extra:
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            _, fn, ctype, data, params = a
            mt, st = ctype.split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn, params=params or None)
    return m


def build(n, *, label, lang, kind, reason, **kw):
    kw.setdefault("msgid", "<d70.%04d.%s@mail.%s>" % (n, "fk", D))
    m = msg(**kw)
    return m, {"label": LABELS[label], "lang": lang, "kind": kind, "reason": reason}


# ================================================================ the mails
@mail
def m001():
    return build(1, label="S", lang="de", kind="insurer-to-customer",
        reason="complaint answer naming the customer's lumbago diagnosis (M54.5) and physiotherapy prescriptions in PKV",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Herbert Lorenzen <h.lorenzen@mailbox.example>",
        subject="Ihre Beschwerde vom 27.10.2026 - Vertrag KV 4471-203-88",
        date="Mon, 02 Nov 2026 10:14:37 +0100",
        body="""Sehr geehrter Herr Lorenzen,

vielen Dank für Ihr Schreiben vom 27. Oktober 2026. Sie haben sich darüber
beschwert, dass wir die Rechnung der Praxis Physio am Wall (Krankengymnastik,
10 Behandlungen) nur zum Teil erstattet haben.

Wir haben den Vorgang noch einmal geprüft. Die Verordnung von Dr. Sander vom
14.08.2026 nennt die Diagnose M54.5 (Kreuzschmerz). Ihr Tarif KomfortAmbulant 80
erstattet Heilmittel bis zu den Höchstsätzen des Heilmittelverzeichnisses. Die
Praxis hat 38,50 EUR je Einheit berechnet, erstattungsfähig sind 31,20 EUR.

Wir bleiben daher bei unserer Entscheidung, übernehmen aber aus Kulanz die
Kosten der Befundung (1 x 24,00 EUR). Der Betrag wird in den nächsten Tagen
auf Ihr bekanntes Konto überwiesen.

Sind Sie mit dieser Antwort nicht einverstanden, können Sie sich an den
Ombudsmann Private Kranken- und Pflegeversicherung wenden.

Mit freundlichen Grüßen

Tobias Kranz
Beschwerdemanagement
Falkenried Krankenversicherung AG
Wilhelmshöher Allee 212, 34119 Kassel
Telefon 0561 9330-4412
""")


@mail
def m002():
    return build(2, label="N", lang="de", kind="internal",
        reason="trap: monthly complaint statistics by reason and line of business (Leistungsablehnung Kranken, BU), aggregates only, in XLSX",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="bm-leitung@%s" % D,
        cc="Miriam Oberhuber <miriam.oberhuber@%s>" % D,
        subject="Beschwerdestatistik Oktober 2026",
        date="Tue, 03 Nov 2026 08:02:11 +0100",
        body="""Hallo zusammen,

anbei die Beschwerdestatistik für Oktober. Auffällig:
- Kranken/Leistungsablehnung wieder gestiegen (+18 % ggü. Sept.), Treiber sind
  Heilmittel und Zahnersatz
- BU-Leistungsfälle: 9 Beschwerden, davon 2 über den Ombudsmann
- Kfz ruhig, Hausrat leicht rückläufig

Durchschnittliche Bearbeitungszeit 11,4 Arbeitstage (Ziel 10).

Gruß
Katrin

--
Katrin Lüdeking | Qualitätsmanagement Kundenservice
Falkenried Versicherung AG
""",
        atts=[att("Beschwerdestatistik_2026-10.xlsx", XLSX_T, xlsx([
            ("Oktober", [
                ["Sparte", "Grund", "Anzahl", "davon Ombudsmann", "davon BaFin", "Ø Tage"],
                ["Kranken", "Leistungsablehnung", 64, 5, 1, 13.2],
                ["Kranken", "Beitragsanpassung", 41, 3, 2, 9.8],
                ["Kranken", "Erreichbarkeit", 17, 0, 0, 4.1],
                ["Leben/BU", "Leistungsfall BU", 9, 2, 0, 21.0],
                ["Leben", "Rückkaufswert", 12, 1, 0, 8.5],
                ["Unfall", "Invaliditätsgrad", 6, 1, 0, 15.3],
                ["Kfz", "Regulierungsdauer", 22, 1, 0, 7.9],
                ["Hausrat", "Fahrraddiebstahl", 14, 2, 0, 10.0],
                ["Rechtsschutz", "Deckungsablehnung", 11, 1, 1, 12.4],
                ["Summe", "", 196, 16, 4, 11.4],
            ]),
            ("Kanäle", [["Kanal", "Anzahl"], ["Brief", 58], ["E-Mail", 81], ["Telefon", 39], ["Chat", 18]]),
        ]))])


@mail
def m003():
    return build(3, label="C", lang="de", kind="insurer-to-customer",
        reason="callback confirmation for a motor claim: named customer, claim number, licence plate; nobody injured",
        frm="Kundendialog Falkenried <kundendialog@%s>" % D, to="Sabine Tölle <sabine.toelle@webpost.example>",
        subject="Ihr Rückrufwunsch – Schaden 26-KH-0918374",
        date="Tue, 03 Nov 2026 11:47:02 +0100",
        body="""Guten Tag Frau Tölle,

Sie haben heute über unser Kontaktformular um einen Rückruf gebeten. Ihre
zuständige Sachbearbeiterin, Frau Pohlmann, ruft Sie am Mittwoch, 04.11.2026,
zwischen 14 und 16 Uhr unter der angegebenen Nummer 0176 4418 2093 zurück.

Ihre Angaben:
Schadennummer: 26-KH-0918374
Fahrzeug: KS-ST 412, VW Touran
Schadentag: 29.10.2026, Parkplatz Einkaufszentrum, Auffahrschaden ohne Verletzte

Bitte halten Sie, falls vorhanden, das Kennzeichen des Unfallgegners und
Fotos bereit.

Freundliche Grüße
Ihr Kundendialog-Center
Falkenried Allgemeine Versicherung AG

Diese E-Mail wurde automatisch erstellt. Antworten Sie bitte nicht direkt
auf diese Nachricht.
""")


@mail
def m004():
    return build(4, label="S", lang="en", kind="customer",
        reason="forwarded chat transcript: expat customer describes appendectomy in a Dubai hospital and the bill; inline forward",
        frm="Emily Carter <emily.carter@%s>" % D, to="expat-claims@%s" % D,
        subject="FW: Chat transcript #CH-2026-118442 (hospital bill Dubai)",
        date="Tue, 03 Nov 2026 13:05:55 +0100",
        body="""Hi team,

please pick this up today – client is quite upset and says she was told on
the phone that the bill would be paid directly. Policy is GlobalCare Plus,
member no. GC-700-31945.

Thanks, Emily

---------- Forwarded chat transcript ----------
Channel: Web chat (falkenried-versicherung.example/service)
Started: 03/11/2026 10:21 CET   Agent: Jens W.

[10:21] Client (Rachel Whitmore): hi, I need help with a hospital bill
[10:21] Agent: Good morning Ms Whitmore, happy to help. Could you confirm your date of birth?
[10:22] Client: 17 March 1988
[10:22] Agent: Thank you. What is it about?
[10:23] Client: I had my appendix out at Al Noor Medical Centre last week, emergency,
        they kept me 3 nights. They now want AED 41,600 from me and say
        you never sent the guarantee of payment
[10:25] Agent: I'm sorry to hear that. I can see a pre-authorisation request from 27 Oct.
        It is still marked as pending medical review.
[10:26] Client: pending?? I was in surgery on the 27th. this is ridiculous
[10:27] Agent: I understand. I'll forward this to our expat claims team as urgent.
        You'll get a call back within 24 hours.
[10:27] Client: please. and the discharge letter says laparoscopic appendectomy,
        no complications, if they need it
[10:28] Agent: Noted, thank you. Is there anything else?
[10:28] Client: no. thanks
--- end of transcript ---

Emily Carter
International Client Services
Falkenried Krankenversicherung AG
""")


@mail
def m005():
    return build(5, label="N", lang="en", kind="internal",
        reason="trap: call-centre script for complaints about rejected medical bills, only placeholders like <Diagnosis>, <Policy no.>",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="kdc-team-international@%s" % D,
        subject="Updated script: handling complaints about rejected medical bills (EN)",
        date="Wed, 04 Nov 2026 07:41:20 +0100",
        body="""Dear all,

attached is the revised English script for calls where a client complains
about a rejected or partly paid medical bill. Main changes: we no longer read
out the diagnosis on the phone, and we always offer a written answer.

Please use it from Monday. Questions to me or Katrin.

Best
Selin
""",
        atts=[att("Script_Complaint_Rejected_Medical_Bill_v3.docx", DOCX_T, docx([
            "Script – Complaint about a rejected medical bill (version 3, November 2026)",
            "1. Greeting: \"Falkenried Health, my name is <Agent first name>. How can I help?\"",
            "2. Identify: ask for <Policy no.> and <Date of birth>. Never confirm data the caller has not given.",
            "3. Listen. Summarise: \"So you are unhappy that the invoice from <Provider> dated <Invoice date> was not paid in full.\"",
            "4. Do NOT read out <Diagnosis> or <ICD code> from the claim screen. Say: \"The reason is explained in the letter of <Letter date>.\"",
            "5. Offer: written review by the complaints team within 10 working days.",
            "6. Log in Tessera: category COMPLAINT > HEALTH > BENEFIT; free text without medical details.",
            "7. Close: \"You will hear from us by <Due date>. Is there anything else?\"",
            [("Situation", "Say"), ("Caller is a doctor's office", "We can only discuss with the insured person or with written consent."),
             ("Caller threatens ombudsman", "Give the address of the PKV ombudsman, stay neutral."),
             ("Caller is very upset", "Acknowledge, do not promise payment.")],
        ]))])


@mail
def m006():
    return build(6, label="C", lang="de", kind="insurer-to-ombudsman",
        reason="statement to the Versicherungsombudsmann on a stolen e-bike (household): customer name, policy, address only in the PDF; body gives file numbers",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="beschwerde@versicherungsombudsmann.example",
        subject="Az. 2026-031877-HR / Ihr Schreiben vom 12.10.2026",
        date="Wed, 04 Nov 2026 09:30:00 +0100",
        body="""Sehr geehrte Damen und Herren,

in der oben genannten Beschwerdesache übersenden wir Ihnen anbei unsere
Stellungnahme nebst Anlagen.

Mit freundlichen Grüßen
i. A. Beatrix Heuer
Ombudsmann-Koordination
Falkenried Allgemeine Versicherung AG
""",
        atts=[att("Stellungnahme_2026-031877-HR.pdf", "application/pdf", pdf([
            "Falkenried Allgemeine Versicherung AG - Ombudsmann-Koordination",
            "",
            "Versicherungsombudsmann e.V., Az. 2026-031877-HR",
            "Beschwerdeführer: Herr Mathis Grebe, Lindenstraße 8, 37073 Göttingen",
            "Vertrag: Hausratversicherung HR-55-0043921, Baustein Fahrrad Plus",
            "Schadennummer: 26-HR-0554019",
            "",
            "1. Sachverhalt",
            "Der Beschwerdeführer meldete am 02.09.2026 den Diebstahl seines E-Bikes",
            "(Riese & Müller, Kaufpreis 4.890 EUR) aus dem Fahrradkeller des Mehrfamilienhauses.",
            "Der Keller war nach Angaben des Hausmeisters in der Nacht unverschlossen.",
            "",
            "2. Rechtliche Würdigung",
            "Nach Ziffer 4.2 der Klauseln Fahrrad Plus besteht Versicherungsschutz nur, wenn das",
            "Fahrrad in einem verschlossenen Raum abgestellt oder mit einem Schloss gesichert war.",
            "Ein Kaufbeleg für das angegebene Schloss wurde nicht vorgelegt.",
            "",
            "3. Ergebnis",
            "Wir halten an der Ablehnung fest, bieten jedoch ohne Anerkennung einer Rechtspflicht",
            "eine Zahlung von 1.200 EUR an.",
            "",
            "Kassel, 04.11.2026",
        ], title="Stellungnahme 2026-031877-HR"))])


@mail
def m007():
    return build(7, label="S", lang="de", kind="insurer-to-bafin",
        reason="answer to BaFin on a complaint about a BU claim: depression F32.1, psychiatrist report, named complainant",
        frm="Oliver Grunwald <oliver.grunwald@%s>" % D, to="Poststelle Q 24 <poststelle-q24@bafin.example>",
        subject="Ihr Zeichen VBS 24-Q 7113-2026/0481 - Beschwerde Frau Dr. Ilka Wendt",
        date="Wed, 04 Nov 2026 15:12:40 +0100",
        body="""Sehr geehrte Damen und Herren,

zu der uns mit Schreiben vom 19.10.2026 übersandten Beschwerde von Frau
Dr. Ilka Wendt, geb. 02.05.1979, nehmen wir wie folgt Stellung.

Frau Dr. Wendt unterhält bei uns eine selbständige Berufsunfähigkeitsver-
sicherung (Vertrag LB 8820-114-07, versicherte Rente 2.100 EUR monatlich).
Sie beantragte am 11.03.2026 Leistungen wegen einer mittelgradigen
depressiven Episode (ICD-10 F32.1), bestätigt durch den Befundbericht ihres
behandelnden Psychiaters vom 02.03.2026.

Das von uns eingeholte Gutachten (Prof. Dr. Aurich, 18.06.2026) kommt zu dem
Ergebnis, dass die Beschwerdeführerin ihre zuletzt ausgeübte Tätigkeit als
Zahnärztin zu mindestens 50 % nicht mehr ausüben kann. Wir haben daher am
29.10.2026 unsere Leistungspflicht rückwirkend ab 01.03.2026 anerkannt. Die
Nachzahlung von 16.800 EUR ist veranlasst.

Die Verzögerung bedauern wir; sie beruhte auf einer Terminverschiebung beim
Gutachter. Die Beschwerdeführerin hat eine Kopie dieses Schreibens erhalten.

Mit freundlichen Grüßen

Oliver Grunwald
Vorstandsbüro / Beschwerdemanagement
Falkenried Lebensversicherung AG
""")


@mail
def m008():
    return build(8, label="N", lang="de", kind="internal",
        reason="trap: ticket-system notice about maintenance and a rule not to type diagnoses or IBANs into free-text fields; no person",
        frm="Tessera-Administration <tessera-admin@%s>" % D, to="alle-kundenservice@%s" % D,
        subject="[Tessera] Wartung Sa 07.11. + Hinweis Freitextfelder",
        date="Thu, 05 Nov 2026 16:20:00 +0100",
        body="""Liebe Kolleginnen und Kollegen,

das Ticketsystem Tessera ist am Samstag, 07.11.2026, von 06:00 bis ca. 10:00
Uhr wegen eines Updates (Version 9.4) nicht erreichbar. Anrufe werden in
dieser Zeit in der Telefonanlage mit Papiernotiz erfasst und am Montag
nachgetragen.

Bei der Gelegenheit eine Bitte des Datenschutzes: Die interne Revision hat
bei einer Stichprobe in Freitextfeldern Diagnosen, Medikamentennamen und
vollständige IBANs gefunden. Bitte tragt so etwas NICHT ins Feld "Notiz" ein.
Gesundheitsangaben gehören ausschließlich in die Leistungsakte (KV-Akte),
Bankdaten nur in die Bankverbindungsmaske. Im Ticket genügt z. B.
"Kunde bemängelt Erstattung Rechnung vom ..., Details siehe Leistungsakte".

Ab Version 9.4 markiert Tessera Freitexte mit IBAN-Muster gelb.

Danke und viele Grüße
Lars Quandt
IT Kundenservice-Systeme
""")


@mail
def m009():
    return build(9, label="C", lang="en", kind="insurer-to-customer",
        reason="GDPR Art. 15 access answer for a motor/household customer: date of birth, IBAN, policies only in a ZIP with CSV; body harmless",
        frm="Data Protection Team <datenschutz@%s>" % D, to="Jonathan Price <jon.price@postbox.example>",
        subject="Your request for access under Art. 15 GDPR - ref. DS-2026-0713",
        date="Thu, 05 Nov 2026 10:05:12 +0100",
        body="""Dear Mr Price,

thank you for your request of 14 October 2026. Please find the information
about the personal data we process about you in the attached archive. The
archive is protected with the password we sent you by letter.

The archive contains:
- stammdaten.csv – master data
- vertraege.csv – contracts and claims
- explanation.txt – purposes, recipients, retention periods and your rights

If you have questions, just reply to this e-mail.

Kind regards
Paulina Stach
Data Protection Coordination
Falkenried Versicherung AG
""",
        atts=[att("DS-2026-0713.zip", "application/zip", zipbytes([
            ("stammdaten.csv", "field;value\r\nname;Jonathan Price\r\ndate_of_birth;1991-06-09\r\n"
             "address;Friedrich-Ebert-Str. 77, 34117 Kassel\r\nphone;+49 151 2208 7731\r\n"
             "email;jon.price@postbox.example\r\niban;DE80 0286 8212 5740 6907 86\r\n"
             "customer_since;2019-04-01\r\n"),
            ("vertraege.csv", "contract;line;start;status;claims\r\nKF-7712-0093;motor (liability+comprehensive), KS-JP 919;2019-04-01;active;1 (glass 2023)\r\n"
             "HR-55-0071302;household contents;2021-10-01;active;0\r\nPH-30-0204471;private liability;2021-10-01;active;0\r\n"),
            ("explanation.txt", "Purposes: contract administration (Art. 6(1)(b) GDPR), claims handling, legal retention.\r\n"
             "Recipients: reinsurers (aggregated), HIS (motor), IT service providers under Art. 28.\r\n"
             "Retention: 10 years after end of contract (tax and commercial law).\r\n"),
        ]))])


@mail
def m010():
    return build(10, label="S", lang="de", kind="insurer-to-customer",
        reason="Art. 15 answer to a health insurance customer listing stored doctor bills, hospital stay and diagnoses, in a PDF",
        frm="Datenschutzkoordination <datenschutz@%s>" % D, to="Gerlinde Mausolf <g.mausolf@fernpost.example>",
        subject="Auskunft nach Art. 15 DSGVO – Ihr Zeichen vom 01.10.2026",
        date="Thu, 05 Nov 2026 11:38:49 +0100",
        body="""Sehr geehrte Frau Mausolf,

wie telefonisch besprochen erhalten Sie die Auskunft vorab per E-Mail; Sie
haben hierzu am 02.11.2026 schriftlich eingewilligt. Das Original folgt per
Post.

Mit freundlichen Grüßen
Paulina Stach
Datenschutzkoordination, Falkenried Versicherung AG
""",
        atts=[att("Auskunft_Art15_Mausolf.pdf", "application/pdf", pdf([
            "Auskunft nach Art. 15 DSGVO",
            "Betroffene Person: Gerlinde Mausolf, geb. 23.01.1957, Am Rain 4, 34613 Schwalmstadt",
            "",
            "1. Verträge",
            "Krankheitskostenvollversicherung KV 4471-118-02, Tarife KomfortAmbulant 80, Stationär 1-Bett",
            "Pflegepflichtversicherung PPV 4471-118-02-P",
            "",
            "2. Gespeicherte Leistungsdaten (letzte 3 Jahre)",
            "12.01.2024  Dr. med. H. Vogt, Kardiologie - Belastungs-EKG, Echokardiographie  412,30 EUR",
            "03.05.2024  Klinikum Kassel, stationär 6 Tage, Diagnose I48.1 Vorhofflimmern  8.904,17 EUR",
            "19.09.2025  Apotheke am Markt - Apixaban 5 mg, 3 Packungen  287,40 EUR",
            "07.02.2026  Dr. med. H. Vogt - Kontrolluntersuchung  138,90 EUR",
            "",
            "3. Empfänger",
            "Beratungsärztlicher Dienst (intern), Rückversicherer (nur bei Großschäden), Druckdienstleister",
            "",
            "4. Speicherdauer: 10 Jahre nach Vertragsende",
        ], title="Auskunft Art. 15"))])


@mail
def m011():
    return build(11, label="N", lang="en", kind="newsletter",
        reason="trap: HTML-only service-quality newsletter with NPS and complaint reasons (hospital bills, dental), aggregates, no persons",
        frm="Customer Excellence <customer-excellence@%s>" % D, to="all-staff-service@%s" % D,
        subject="Service Quality Report Q3/2026 – highlights",
        date="Fri, 06 Nov 2026 09:00:00 +0100",
        html="""<html><body style="font-family:Arial,sans-serif">
<h2>Service Quality Report Q3/2026</h2>
<p>Dear colleagues, here are the key figures of the third quarter.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>KPI</th><th>Q2</th><th>Q3</th><th>Target</th></tr>
<tr><td>Net Promoter Score</td><td>+21</td><td>+24</td><td>+25</td></tr>
<tr><td>Complaints per 1,000 policies</td><td>3.9</td><td>3.6</td><td>3.5</td></tr>
<tr><td>First contact resolution</td><td>71 %</td><td>74 %</td><td>75 %</td></tr>
<tr><td>Average speed of answer (s)</td><td>48</td><td>39</td><td>40</td></tr>
</table>
<h3>Top complaint reasons</h3>
<ol><li>Hospital bills paid late (health, 22 %)</li>
<li>Dental prosthetics partly reimbursed (18 %)</li>
<li>Premium increase in private health insurance (15 %)</li>
<li>Motor claims duration (11 %)</li></ol>
<p>Thank you for your work! &ndash; Your Customer Excellence team</p>
</body></html>""")


@mail
def m012():
    return build(12, label="C", lang="de", kind="internal",
        reason="CRM note mailed to household claims: named customer, policy number, insured address, water damage; no health",
        frm="CRM Falkenried <crm-noreply@%s>" % D, to="schaden-hausrat@%s" % D,
        subject="CRM-Notiz 2026-11-06/0412 an Schaden Hausrat",
        date="Fri, 06 Nov 2026 10:11:09 +0100",
        body="""CRM-Notiz (automatisch weitergeleitet)
Erfasst von: Jens Wöhrle, Kundendialog-Center
Kontakt: Telefon eingehend, 06.11.2026 09:52, Dauer 07:41

Kunde:      Thorsten Rüdiger
Vertrag:    HR-55-0039186 (Hausrat Komfort)
Risikoort:  Kölnische Str. 61, 2. OG links, 34119 Kassel
Rückruf:    0561 7730 518 (ab 17 Uhr)

Notiz:
Kd. meldet Leitungswasserschaden seit Mittwoch, Nachbar über ihm hatte
Rohrbruch. Decke in Küche durchfeuchtet, Laminat aufgequollen, Kühlschrank
defekt? Kd. war sehr verärgert, weil er am Di schon mal angerufen hat und
keiner zurückgerufen hat (kein Ticket gefunden!). Bitte heute noch Kontakt
aufnehmen, Kd. droht mit Kündigung. Trocknungsfirma noch nicht beauftragt.

Priorität: hoch
Kategorie: BESCHWERDE > ERREICHBARKEIT / SCHADENMELDUNG
""")


@mail
def m013():
    return build(13, label="S", lang="de", kind="customer",
        reason="board complaint forwarded as message/rfc822: daughter writes about her mother's rejected care level (Pflegegrad) with dementia diagnosis",
        frm="Oliver Grunwald <oliver.grunwald@%s>" % D, to="Frank Dierkes <frank.dierkes@%s>" % D,
        cc="Miriam Oberhuber <miriam.oberhuber@%s>" % D,
        subject="WG: Vorstandsbeschwerde Pflegepflichtversicherung – bitte Stellungnahme bis 13.11.",
        date="Fri, 06 Nov 2026 12:44:31 +0100",
        body="""Hallo Herr Dierkes,

die unten angehängte Mail ging direkt an Herrn Dr. Falkner (Vorstand). Bitte
prüfen Sie den Vorgang und schicken mir bis 13.11. einen Antwortentwurf.

Danke
Oliver Grunwald
Vorstandsbüro
""",
        atts=[msg(frm="Claudia Reinecke <claudia.reinecke@heimnetz.example>",
                  to="vorstand@%s" % D,
                  subject="Beschwerde – Pflegegrad meiner Mutter",
                  date="Wed, 4 Nov 2026 22:17:03 +0100",
                  msgid="<a81f2c.77@heimnetz.example>",
                  cte="8bit",
                  body="""Sehr geehrter Herr Dr. Falkner,

ich wende mich direkt an Sie, weil ich beim Kundenservice nicht weiterkomme.
Meine Mutter, Erika Reinecke (PPV-Nr. 4471-090-33-P), ist seit Anfang des
Jahres an einer Alzheimer-Demenz erkrankt. Ihr Gutachter von Medicproof hat
sie im September nur in Pflegegrad 2 eingestuft, obwohl sie nachts
umherirrt, sich nicht mehr allein waschen kann und zweimal gestürzt ist.

Der Widerspruch vom 01.10. ist bis heute nicht beantwortet. Am Telefon sagt
man mir jedesmal was anderes. Ich pflege meine Mutter neben meinem Vollzeitjob
und bin am Ende meiner Kräfte.

Ich erwarte eine neue Begutachtung und eine Antwort innerhalb von 14 Tagen,
sonst wende ich mich an die BaFin und den PKV-Ombudsmann.

Mit freundlichen Grüßen
Claudia Reinecke
(Bevollmächtigte, Vollmacht liegt Ihnen vor)
""")])


@mail
def m014():
    return build(14, label="N", lang="de", kind="internal",
        reason="trap: minutes of the complaints quality circle discussing dental and physiotherapy complaint trends, no individual cases",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="qualitaetszirkel-bm@%s" % D,
        subject="Protokoll Qualitätszirkel Beschwerdemanagement 05.11.2026",
        date="Fri, 06 Nov 2026 14:03:27 +0100", cte="8bit", flowed=True,
        body="""Protokoll Qualitätszirkel Beschwerdemanagement
Datum: 05.11.2026, 13:00-14:30, Raum 3.12 / Teams
Teilnehmende: M. Oberhuber, T. Kranz, S. Aydoğan, F. Dierkes, K. Lüdeking (Protokoll)

TOP 1 Zahnersatz
Beschwerden über Teilerstattung Zahnersatz steigen seit Juli. Ursache laut 
Stichprobe (20 Fälle): Heil- und Kostenpläne werden vor Behandlung nicht 
eingereicht, Kunden kennen die Zahnstaffel nicht. 
-> Maßnahme: Hinweis zur Zahnstaffel im Begleitschreiben zum HKP (FD, bis 30.11.)

TOP 2 Heilmittel / Physiotherapie
Viele Kunden verstehen "Höchstsätze" nicht. Textbaustein wird vereinfacht. 
-> TK legt Entwurf vor.

TOP 3 Beschwerden über Erreichbarkeit
Rückrufquote im Oktober 82 %. Engpass dienstags. 
-> SA prüft Schichtplan.

TOP 4 Verschiedenes
Ombudsmann-Jahresbericht erscheint im Dezember, MO verteilt.

Nächster Termin: 03.12.2026
""")


@mail
def m015():
    return build(15, label="C", lang="en", kind="insurer-to-broker",
        reason="broker update on a sole-trader client's commercial liability complaint: named person, policy and claim numbers; no injury",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Henrik Sievers <h.sievers@sievers-makler.example>",
        subject="RE: your client Kowalczyk Haustechnik – complaint about claim 26-BH-0201177",
        date="Mon, 09 Nov 2026 09:26:44 +0100",
        in_reply_to="<5d1e0c@sievers-makler.example>",
        body="""Dear Mr Sievers,

thanks for your mail. I looked into the complaint of your client, Mr Marek
Kowalczyk (Kowalczyk Haustechnik, sole trader), under commercial liability
policy BH-60-0017754.

The claim 26-BH-0201177 (water damage at the customer site Weserstraße 14
after a fitting came loose) was delayed because the loss adjuster's report
only reached us on 30 October. We have now accepted liability and will pay
EUR 7,430.00 to the third party directly. Mr Kowalczyk's deductible of EUR
500 applies.

I'll send him a formal answer to his complaint today and copy you.

Best regards
Tobias Kranz
Complaints Management | Falkenried Allgemeine Versicherung AG

> From: Henrik Sievers
> Sent: Friday, 6 November 2026 16:02
> Could you tell me where we stand with Mr Kowalczyk's claim? He's been
> waiting since August and is now talking about moving all his policies.
""")


@mail
def m016():
    return build(16, label="S", lang="en", kind="insurer-to-customer",
        reason="complaint answer on an accident claim: broken wrist (S62.3) on holiday, disability assessment, named customer",
        frm="Complaints Management <beschwerde@%s>" % D, to="Martin Hollis <m.hollis@northmail.example>",
        subject="Your complaint about your accident claim UF-26-0388",
        date="Mon, 09 Nov 2026 14:50:18 +0100",
        body="""Dear Mr Hollis,

thank you for your e-mail of 2 November and I am sorry that the handling of
your accident claim took so long.

You fell while hiking in South Tyrol on 14 June 2026 and broke your right
wrist (distal radius fracture, S62.3). Your policy UF-40-0093318 pays a
lump sum depending on the permanent impairment one year after the accident.
Because the final assessment can only be done in June 2027, we have
today paid an advance of EUR 2,500 and the hospital daily allowance for the
4 days at Bozen hospital (EUR 200).

The delay was caused by the translation of the Italian hospital report. We
should have told you about this; please accept my apologies.

Yours sincerely
Tobias Kranz
Complaints Management
Falkenried Versicherung AG
""")


@mail
def m017():
    return build(17, label="N", lang="de", kind="insurer-to-prospect",
        reason="trap: general answer to a non-customer on how to complain (ombudsman, BaFin addresses); words Krankenversicherung/Beschwerde but no contract or health data",
        frm="Kundenservice Falkenried <service@%s>" % D, to="anna.m.herbst@webpost.example",
        subject="AW: Wie beschwere ich mich?",
        date="Mon, 09 Nov 2026 15:31:00 +0100",
        body="""Guten Tag,

vielen Dank für Ihre Anfrage. Sie schreiben, dass Sie noch nicht bei uns
versichert sind und sich vorab informieren möchten, wie Beschwerden bei uns
bearbeitet werden. Gern erläutern wir das:

1. Beschwerden können Sie formlos per Brief, E-Mail, Telefon oder über das
   Kontaktformular einreichen. Wir bestätigen den Eingang innerhalb von 3
   Arbeitstagen und antworten in der Regel innerhalb von 2 Wochen.
2. Sind Sie mit unserer Antwort nicht zufrieden, können Sie sich kostenlos an
   eine Schlichtungsstelle wenden:
   - Kranken- und Pflegeversicherung: Ombudsmann Private Kranken- und
     Pflegeversicherung, Postfach 06 02 22, 10052 Berlin
   - alle anderen Sparten: Versicherungsombudsmann e.V., Postfach 08 06 32,
     10006 Berlin
3. Außerdem können Sie sich an die Bundesanstalt für Finanzdienstleistungs-
   aufsicht (BaFin) wenden.

Unsere Beschwerdeleitlinien finden Sie unter
https://www.falkenried-versicherung.example/beschwerde

Freundliche Grüße
Ihr Kundenservice
""")


@mail
def m018():
    return build(18, label="C", lang="de", kind="insurer-to-customer",
        reason="callback summary in windows-1252: motor premium complaint, no-claims class, new IBAN of the customer",
        frm="Nadine Pohlmann <nadine.pohlmann@%s>" % D, to="Kurt Emmerich <kurt.emmerich@fernpost.example>",
        subject="Unser Telefonat heute - Kfz-Vertrag KF-7712-0458",
        date="Tue, 10 Nov 2026 11:02:53 +0100", charset="windows-1252",
        body="""Sehr geehrter Herr Emmerich,

wie heute am Telefon besprochen fasse ich kurz zusammen:

- Ihre Beschwerde über die Beitragserhöhung zum 01.01.2027 haben wir
  geprüft. Die Erhöhung beruht auf der neuen Regionalklasse für den Kreis
  Kassel (Haftpflicht RK 7 statt 6), nicht auf Ihrer SF-Klasse. Sie bleiben
  in SF 14 (35 %).
- Neuer Jahresbeitrag: 612,48 € (bisher 571,90 €).
- Sie haben die Bankverbindung geändert. Ab Januar buchen wir von
  DE59 2350 2272 7319 7910 11 ab (Kontoinhaber: Kurt Emmerich).
- Ihr Sonderkündigungsrecht besteht bis 31.01.2027.

Freundliche Grüße
Nadine Pohlmann
Kfz-Betrieb
Falkenried Allgemeine Versicherung AG
""")


@mail
def m019():
    return build(19, label="S", lang="de", kind="internal",
        reason="CRM note to health benefits: customer complains on the phone about rejected dental bill (GOZ 2210 crown, implant)",
        frm="CRM Falkenried <crm-noreply@%s>" % D, to="leistung-kv-zahn@%s" % D,
        subject="CRM-Notiz 2026-11-10/0177 – Beschwerde Zahnrechnung",
        date="Tue, 10 Nov 2026 13:15:40 +0100",
        body="""CRM-Notiz (automatisch weitergeleitet)
Erfasst von: Marlene Ohst, Kundendialog-Center Göttingen
Kontakt: Telefon eingehend 10.11.2026 12:58

Kundin:  Dagmar Vosskuhl, geb. 11.11.1966
Vertrag: KV 4471-331-70, Tarif Zahn 90

Kd. beschwert sich über Abrechnung vom 28.10.: Rechnung Zahnarztpraxis
Dr. Kühnel über 3.412,66 EUR, davon nur 1.890 EUR erstattet. Position GOZ
2210 (Vollkrone Zahn 36) wurde laut Kd. komplett gestrichen, außerdem Implantat
Regio 46 nur zu 50 %. Kd. sagt, der HKP sei vorher genehmigt worden (Schreiben
vom 03.07.). Kd. hat wegen Parodontitis zusätzlich Behandlungen
laufen und will wissen, ob die auch gekürzt werden.

Bitte Prüfung + schriftliche Antwort. Kd. erwartet Rückruf bis Freitag.
""")


@mail
def m020():
    return build(20, label="N", lang="en", kind="internal",
        reason="trap: job ad for a complaints specialist in health insurance, mentions medical bills and GDPR; no person's data",
        frm="Recruiting <karriere@%s>" % D, to="intranet-redaktion@%s" % D,
        subject="Job posting for intranet: Complaints Specialist Health (m/f/d), English-speaking",
        date="Tue, 10 Nov 2026 16:44:09 +0100",
        body="""Hi,

please publish the following posting on the intranet and the careers page
from Thursday.

-----
Complaints Specialist Health (m/f/d) – International Clients
Kassel or hybrid, full-time, permanent

Your tasks
* You handle complaints from expat and international health clients in
  English and German – from hospital bills abroad to premium adjustments.
* You prepare statements for the PKV ombudsman and the supervisory authority.
* You analyse root causes and work with claims and medical review teams.

Your profile
* Training as insurance clerk or degree, experience in health insurance
* Very good English, good German
* You know how to explain medical billing (GOÄ, foreign hospital invoices)
  in plain language
* Confident handling of sensitive health data under GDPR

We offer 30 days holiday, bKV, job bike, 38-hour week.
Contact: Lena Brückmann, karriere@falkenried-versicherung.example
-----

Thanks!
Lena
""")


@mail
def m021():
    return build(21, label="C", lang="de", kind="insurer-to-lawyer",
        reason="letter to the customer's lawyer on a motor liability complaint: named driver, plate, claim numbers; explicitly no personal injury",
        frm="Sophie Reinholdt <sophie.reinholdt@%s>" % D, to="Kanzlei Brandt & Oyelaran <kanzlei@brandt-oyelaran.example>",
        subject="Ihr Mandant Jörg Hauschild ./. Falkenried – Schaden 26-KH-0877120",
        date="Wed, 11 Nov 2026 09:12:00 +0100",
        body="""Sehr geehrte Frau Rechtsanwältin Oyelaran,

wir bestätigen den Eingang Ihres Schreibens vom 05.11.2026, mit dem Sie für
Ihren Mandanten, Herrn Jörg Hauschild, Beschwerde über die Regulierung des
Verkehrsunfalls vom 18.09.2026 in Baunatal einlegen.

Unser Versicherungsnehmer (Kennzeichen HR-LM 77) hat das Fahrzeug Ihres
Mandanten (KS-JH 2024) beim Ausparken beschädigt. Personenschäden sind nach
übereinstimmenden Angaben nicht entstanden.

Die Reparaturkosten haben wir mit 4.318,22 EUR netto erstattet. Die von
Ihnen geltend gemachte Wertminderung von 900 EUR erkennen wir nach erneuter
Prüfung in Höhe von 600 EUR an. Die Nutzungsausfallentschädigung für 6 Tage
(Gruppe D, 59 EUR/Tag) zahlen wir ebenfalls. Die Beträge gehen auf Ihr
Kanzleianderkonto.

Mit freundlichen Grüßen
Sophie Reinholdt
Rechtsabteilung / Kraftfahrt-Haftpflichtschaden
Falkenried Allgemeine Versicherung AG
""")


@mail
def m022():
    return build(22, label="S", lang="en", kind="insurer-to-ombudsman",
        reason="statement to the PKV ombudsman on hearing aids for a named customer (hearing loss H90.3), only in the DOCX; body neutral",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="PKV Ombudsman <eingang@pkv-ombudsmann.example>",
        subject="Your ref. 26/K/04412 – our statement",
        date="Wed, 11 Nov 2026 10:40:20 +0100",
        body="""Dear Sir or Madam,

as the complainant's native language is English and she asked for an
English version, please find our statement in English attached (German
original to follow by post).

Kind regards
Beatrix Heuer
Ombudsman Coordination, Falkenried Krankenversicherung AG
""",
        atts=[att("Statement_26-K-04412.docx", DOCX_T, docx([
            "Statement of Falkenried Krankenversicherung AG – ombudsman ref. 26/K/04412",
            "Complainant: Ms Fiona Gallagher, born 30 August 1950, policy KV 4471-402-15",
            "Subject: reimbursement of binaural hearing aids",
            "The complainant suffers from bilateral sensorineural hearing loss (ICD-10 H90.3), confirmed by her ENT specialist Dr. Rautenberg on 4 May 2026.",
            "She purchased two hearing aids (Phonak Audéo L90) for EUR 6,480.00. Her tariff KomfortAmbulant 80 reimburses aids up to EUR 1,500 per ear every 5 years.",
            "We reimbursed EUR 3,000.00 on 2 July 2026. The complainant argues the cap was not explained at the time of application in 2012.",
            [("Date", "Document"), ("04.05.2026", "ENT prescription"), ("11.06.2026", "Invoice Hörstudio Ehlers"), ("02.07.2026", "Benefit statement")],
            "We consider the decision to be in line with the tariff and ask the ombudsman to confirm it.",
        ]))])


@mail
def m023():
    return build(23, label="N", lang="de", kind="internal",
        reason="out-of-office notice of a complaints clerk; nothing sensitive",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Selin Aydoğan <selin.aydogan@%s>" % D,
        subject="Abwesenheitsnotiz: AW: Schichtplan Dezember",
        date="Wed, 11 Nov 2026 12:00:01 +0100",
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.11.2026 nicht im Büro. In dringenden
Beschwerdefällen wenden Sie sich bitte an beschwerde@falkenried-versicherung.example
oder an Frau Oberhuber (Durchwahl -4410).

Tobias Kranz
""")


@mail
def m024():
    return build(24, label="C", lang="en", kind="insurer-to-customer",
        reason="chat transcript sent to the customer on request: lost baggage under travel policy, booking and policy number, no health content",
        frm="Falkenried Service Chat <chat-service@%s>" % D, to="Priya Raman <priya.raman@mailbox.example>",
        subject="Copy of your chat with us on 10 Nov 2026",
        date="Wed, 11 Nov 2026 08:15:33 +0100",
        body="""Dear Ms Raman,

as requested, here is a copy of your chat.

[14:02] Priya Raman: Hello, my suitcase didn't arrive in Lisbon, flight TP 575 from Frankfurt on 8 Nov
[14:03] Agent (Jana): Hello Ms Raman, I'm sorry. Can you give me your policy number?
[14:03] Priya Raman: TR-90-0552871, the annual travel package
[14:04] Agent (Jana): Thank you, I can see the policy incl. baggage cover up to EUR 2,000. Did you get a PIR from the airline?
[14:05] Priya Raman: yes PIR LISTP 48121. they say maybe 3 days
[14:06] Agent (Jana): You can buy essentials now, keep the receipts. Claim form: falkenried-versicherung.example/reise/schaden
[14:07] Priya Raman: ok. and the complaint I sent last month about the cancellation claim?
[14:08] Agent (Jana): I see complaint ref. BM-26-11733, answered on 3 Nov by post. I'll mail you a copy.
[14:08] Priya Raman: thanks

Kind regards
Your Falkenried service team
""")


@mail
def m025():
    return build(25, label="S", lang="de", kind="insurer-to-customer",
        reason="answer to complaint on premium increase in PKV: identified customer's health contract, tariffs and premiums; personal line",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Volker Janßen <v.janssen@posteo-mail.example>",
        subject="Ihre Beschwerde zur Beitragsanpassung 01.01.2027",
        date="Thu, 12 Nov 2026 09:44:12 +0100",
        body="""Sehr geehrter Herr Janßen,

Sie haben sich über die Beitragsanpassung Ihrer Krankenversicherung zum
01.01.2027 beschwert (Vertrag KV 4471-207-51). Der Monatsbeitrag steigt von
684,20 EUR auf 751,37 EUR.

Die Anpassung beruht auf gestiegenen Leistungsausgaben in Ihrem Tarif
KomfortAmbulant 80 / Stationär 2-Bett; ein unabhängiger Treuhänder hat sie
geprüft. Ihre persönliche Gesundheitssituation spielt dabei keine Rolle.

Sie haben folgende Möglichkeiten:
- Wechsel in den Tarif Basis Plus (ca. 612 EUR)
- Erhöhung des Selbstbehalts von 600 auf 1.200 EUR (ca. 702 EUR)

Gern berechnen wir Ihnen beide Varianten. Eine erneute Gesundheitsprüfung
ist beim Wechsel in einen gleichwertigen oder geringeren Tarif nicht nötig.

Mit freundlichen Grüßen
Tobias Kranz
Beschwerdemanagement
Falkenried Krankenversicherung AG
""")


@mail
def m026():
    return build(26, label="N", lang="de", kind="internal",
        reason="trap: ODT text module for answering complaints about rejected health claims, only «placeholders» for name, diagnosis, amounts",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="team-beschwerde@%s" % D,
        subject="Neuer Textbaustein KV-Ablehnung (bitte ab sofort verwenden)",
        date="Thu, 12 Nov 2026 11:20:45 +0100",
        body="""Liebes Team,

nach dem Qualitätszirkel hier der überarbeitete Baustein für Antworten auf
Beschwerden zu Leistungsablehnungen in der KV. Bitte die Platzhalter
vollständig ersetzen und die Diagnose nur nennen, wenn der Kunde sie selbst
in seiner Beschwerde erwähnt hat.

Viele Grüße
Miriam
""",
        atts=[att("TB_KV_Ablehnung_Beschwerde_2026-11.odt", ODT_T, odt([
            "Textbaustein TB-KV-17 (Stand 11/2026)",
            "Sehr geehrte/r «Anrede» «Nachname»,",
            "vielen Dank für Ihr Schreiben vom «Datum_Beschwerde». Sie sind nicht einverstanden, dass wir die Rechnung von «Leistungserbringer» vom «Rechnungsdatum» nicht / nur teilweise erstattet haben.",
            "Wir haben den Vorgang erneut geprüft. [Variante A:] Die Behandlung wegen «Diagnose_laut_Kunde» ist medizinisch notwendig; wir erstatten zusätzlich «Betrag» EUR.",
            "[Variante B:] Ihr Tarif «Tarifname» sieht für «Leistungsart» eine Erstattung bis «Höchstsatz» vor. Wir bleiben daher bei unserer Entscheidung.",
            "Sind Sie mit unserer Antwort nicht einverstanden, können Sie sich an den Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
            "Mit freundlichen Grüßen «Sachbearbeiter»",
        ]))])


@mail
def m027():
    return build(27, label="C", lang="de", kind="insurer-to-customer",
        reason="answer to complaint on legal-expenses cover refused for a tenancy dispute: named customer, policy, landlord, rent arrears",
        frm="Rechtsschutz-Service <rechtsschutz@%s>" % D, to="Aylin Demirtaş <aylin.demirtas@webpost.example>",
        subject="Ihre Beschwerde – Rechtsschutz RS-22-0188402, Mietstreit",
        date="Thu, 12 Nov 2026 14:06:22 +0100",
        body="""Sehr geehrte Frau Demirtaş,

wir haben Ihre Beschwerde über unsere Deckungsablehnung vom 21.10.2026
nochmals geprüft.

Ihr Vermieter, die Hausverwaltung Quast, verlangt von Ihnen 2.310 EUR
Nebenkostennachzahlung für 2024. Den Baustein Wohnungs-Rechtsschutz haben Sie
zum 01.06.2026 eingeschlossen; die Abrechnung ging Ihnen am 14.05.2026 zu.
Der Rechtsschutzfall ist damit vor Beginn des Versicherungsschutzes
eingetreten (Wartezeit 3 Monate).

Wir bedauern, Ihnen keine andere Antwort geben zu können. Sie können sich
an den Versicherungsombudsmann e.V. wenden.

Mit freundlichen Grüßen
Dirk Sommerfeld
Falkenried Rechtsschutz
""",
        html="""<html><body><p>Sehr geehrte Frau Demirtaş,</p>
<p>wir haben Ihre Beschwerde über unsere Deckungsablehnung vom 21.10.2026 nochmals geprüft.</p>
<p>Ihr Vermieter, die Hausverwaltung Quast, verlangt von Ihnen 2.310&nbsp;EUR Nebenkostennachzahlung
für 2024. Den Baustein Wohnungs-Rechtsschutz haben Sie zum 01.06.2026 eingeschlossen; die Abrechnung
ging Ihnen am 14.05.2026 zu. Der Rechtsschutzfall ist damit vor Beginn des Versicherungsschutzes
eingetreten (Wartezeit 3 Monate).</p>
<p>Wir bedauern, Ihnen keine andere Antwort geben zu können. Sie können sich an den
Versicherungsombudsmann e.V. wenden.</p>
<p>Mit freundlichen Grüßen<br>Dirk Sommerfeld<br><b>Falkenried Rechtsschutz</b></p>
</body></html>""")


@mail
def m028():
    return build(28, label="S", lang="en", kind="internal",
        reason="escalation about an expat client's pregnancy complication (pre-eclampsia) and hospital admission in Singapore",
        frm="Daniel Okafor <daniel.okafor@%s>" % D, to="Dr. Meike Strobel <meike.strobel@%s>" % D,
        cc="Emily Carter <emily.carter@%s>" % D,
        subject="URGENT escalation – GC-700-28807 guarantee of payment Singapore",
        date="Fri, 13 Nov 2026 06:52:10 +0100",
        body="""Meike,

sorry for the early mail. Client Hannah Oduya (GC-700-28807) called the
24h line at 03:40 our time. She is 33 weeks pregnant and was admitted to
Mount Faber Women's Hospital last night with suspected pre-eclampsia
(BP 165/110, protein in urine). The hospital wants a guarantee of payment
for up to SGD 38,000 before a possible C-section.

Her maternity waiting period ended in March, so cover should be fine, but
the system blocks the GOP because of an open complaint flag (she complained
in October about the cost of her scans). Can you approve manually?

Her husband's number: +65 8123 4470.

Daniel
Expat Health Service Desk
""")


@mail
def m029():
    return build(29, label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: SLA review with the call-centre outsourcer, call volumes on hospital bills and dental reimbursement as aggregates",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="Gareth Mulligan <g.mulligan@dialogwerk.example>",
        subject="SLA review October – overflow calls",
        date="Fri, 13 Nov 2026 10:30:00 +0100",
        body="""Hi Gareth,

thanks for the October figures. A few points before our call on Tuesday:

1. Service level (80/30) was 76 % on overflow – below target three weeks
   in a row. Mondays are the problem.
2. Topic split of your calls: "hospital bill status" 1,412, "dental
   reimbursement" 988, "premium increase" 2,040, "address change" 611.
   The premium increase peak will continue until end of January – please
   plan 6 extra FTE.
3. We saw 14 calls where your agents promised a callback from our medical
   review team. They must not promise that; please re-brief.
4. Quality score 87 % (target 85 %) – good job.

Best
Selin Aydoğan
Teamleitung Kundendialog-Center
Falkenried Versicherung AG
""")


@mail
def m030():
    return build(30, label="N", lang="de", kind="insurer-to-bafin",
        reason="trap: annual complaint statistics to BaFin by line of business (Kranken, Leben, BU) as windows-1252 CSV; aggregates only",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="beschwerdestatistik@bafin.example",
        subject="Beschwerdestatistik 2026 (Q1–Q3) Falkenried Versicherungsgruppe, Reg.-Nr. 1184 / 5521 / 7730",
        date="Fri, 13 Nov 2026 13:55:00 +0100",
        body="""Sehr geehrte Damen und Herren,

anbei übermitteln wir die Beschwerdestatistik der drei Gesellschaften der
Falkenried Versicherungsgruppe für die ersten drei Quartale 2026 im
vereinbarten CSV-Format.

Mit freundlichen Grüßen
Miriam Oberhuber
Leiterin Beschwerdemanagement
""",
        atts=[att("Beschwerdestatistik_2026_Q1-Q3.csv", "application/vnd.ms-excel",
            "Reg-Nr;Gesellschaft;Sparte;Beschwerden;abgeholfen;teilweise;nicht abgeholfen;Ombudsmann;BaFin\r\n"
            "1184;Falkenried Lebensversicherung AG;Leben Kapital;88;31;14;43;9;3\r\n"
            "1184;Falkenried Lebensversicherung AG;Berufsunfähigkeit;61;12;9;40;11;5\r\n"
            "5521;Falkenried Krankenversicherung AG;Krankheitskostenvoll;702;233;140;329;58;17\r\n"
            "5521;Falkenried Krankenversicherung AG;Pflege;77;22;18;37;8;4\r\n"
            "7730;Falkenried Allgemeine Versicherung AG;Kraftfahrt;310;128;61;121;19;2\r\n"
            "7730;Falkenried Allgemeine Versicherung AG;Hausrat/Wohngebäude;205;70;38;97;21;1\r\n"
            "7730;Falkenried Allgemeine Versicherung AG;Unfall;54;17;8;29;6;1\r\n"
            "7730;Falkenried Allgemeine Versicherung AG;Rechtsschutz;92;25;11;56;14;2\r\n"
            "Summe;;;1589;538;299;752;146;35\r\n", encoding="cp1252")])


@mail
def m031():
    return build(31, label="S", lang="de", kind="insurer-to-customer",
        reason="complaint answer about surrender value of a named customer's life insurance contract (personal line)",
        frm="Beschwerdemanagement Leben <beschwerde@%s>" % D, to="Reinhard Pfister <r.pfister@t-net.example>",
        subject="Ihre Beschwerde zum Rückkaufswert – LV 3301-552-09",
        date="Mon, 16 Nov 2026 09:18:40 +0100",
        body="""Sehr geehrter Herr Pfister,

Sie haben Ihre Kapitallebensversicherung LV 3301-552-09 zum 01.10.2026
gekündigt und sich über die Höhe des Rückkaufswerts beschwert.

Zur Erläuterung:
  Summe der eingezahlten Beiträge (1998-2026):     41.832,00 EUR
  Rückkaufswert inkl. Überschussbeteiligung:        46.119,35 EUR
  Bewertungsreserven:                                  212,40 EUR
  abzgl. Kapitalertragsteuer und Soli:               -1.130,66 EUR
  Auszahlung am 02.10.2026:                          45.201,09 EUR

Die Steuer wurde einbehalten, weil der Vertrag nach dem 31.12.2004
erhöht wurde (Dynamik 2005). Eine Nichtveranlagungsbescheinigung lag uns
nicht vor; reichen Sie diese nach, erstatten wir den Steuerbetrag.

Mit freundlichen Grüßen
Ute Brandl
Falkenried Lebensversicherung AG
""")


@mail
def m032():
    return build(32, label="C", lang="de", kind="internal",
        reason="phone note in iso-8859-1: callback request about a glass breakage claim, named customer, policy, address, phone",
        frm="Marlene Ohst <marlene.ohst@%s>" % D, to="schaden-wohngebaeude@%s" % D,
        subject="Telefonnotiz / Rückrufbitte Fr. Jablonski, Glasbruch",
        date="Mon, 16 Nov 2026 10:47:05 +0100", charset="iso-8859-1",
        body="""Hallo Kollegen,

Frau Irmgard Jablonski hat angerufen (Tel. 05602 91 44 07), Wohngebäude +
Glas, Vertrag WG-31-0027718, Risikoort Brunnenweg 3, 34298 Helsa.

Bei ihr ist am Samstag durch Sturm die Scheibe der Wintergartentür
gesprungen. Sie hat am Montag ein Foto über die App hochgeladen, aber
keine Eingangsbestätigung bekommen und ist "stinksauer", weil sie letztes
Jahr beim Hagelschaden schon 5 Monate warten musste.

Bitte Rückruf heute bis 16 Uhr, sie ist ab morgen verreist.

Gruß Marlene
Kundendialog-Center
""")


@mail
def m033():
    return build(33, label="N", lang="de", kind="internal",
        reason="trap: blank template letter for Art. 15 GDPR answers with «placeholders» (Name, geb., IBAN, Gesundheitsdaten as category)",
        frm="Dr. Raphael Imhof <raphael.imhof@%s>" % D, to="datenschutzkoordination@%s" % D,
        subject="Muster Auskunftsschreiben Art. 15 – finale Fassung",
        date="Mon, 16 Nov 2026 15:02:31 +0100",
        body="""Hallo Paulina, hallo zusammen,

anbei die mit der Rechtsabteilung abgestimmte Fassung des Musters. Neu ist
der Abschnitt zu Gesundheitsdaten: Die Auskunft darüber geht nur per Post
oder über das Portal, nicht per unverschlüsselter E-Mail.

Beste Grüße
Raphael Imhof
Datenschutzbeauftragter
""",
        atts=[att("Muster_Auskunft_Art15_v5.docx", DOCX_T, docx([
            "Falkenried Versicherung AG – Datenschutz",
            "«Anrede» «Vorname» «Nachname», geb. «Geburtsdatum»",
            "«Straße Hausnummer», «PLZ Ort»",
            "Auskunft nach Art. 15 DSGVO – Ihr Schreiben vom «Datum»",
            [("Kategorie", "Inhalt"), ("Stammdaten", "«Name, Anschrift, Geburtsdatum»"), ("Bankdaten", "«IBAN (maskiert)»"),
             ("Vertragsdaten", "«Vertragsnummern, Sparten, Beiträge»"),
             ("Gesundheitsdaten (nur KV/LV/BU/Unfall)", "«Verweis auf separate Anlage, Versand nur per Post/Portal»")],
            "Zwecke der Verarbeitung: «Zwecke»",
            "Empfänger: «Empfängerkategorien»",
            "Speicherdauer: «Fristen»",
            "Ihre Rechte: Berichtigung, Löschung, Einschränkung, Widerspruch, Beschwerde bei der Aufsichtsbehörde.",
        ]))])


@mail
def m034():
    return build(34, label="S", lang="de", kind="insurer-to-doctor",
        reason="request to a treating GP for a report in a complaint case, names patient, suspected sleep apnoea (G47.3) and CPAP device",
        frm="Frank Dierkes <frank.dierkes@%s>" % D, to="Praxis Dr. med. Ortrud Kessler <praxis@kessler-hausarzt.example>",
        subject="Patient Bernd Wachowiak, geb. 19.07.1962 – Bitte um Befundbericht",
        date="Tue, 17 Nov 2026 08:39:50 +0100",
        body="""Sehr geehrte Frau Dr. Kessler,

Ihr Patient Herr Bernd Wachowiak hat sich bei uns beschwert, weil wir die
Kosten für ein CPAP-Gerät (ResMed AirSense, 1.240 EUR) bisher nicht
übernommen haben. Für die Prüfung benötigen wir einen kurzen Befundbericht
zur Diagnose obstruktive Schlafapnoe (G47.3), insbesondere das Ergebnis der
Polygraphie vom August 2026 (AHI).

Die Schweigepflichtentbindung von Herrn Wachowiak vom 12.11.2026 liegt bei.
Für den Bericht vergüten wir 25 EUR nach GOÄ Nr. 75 zzgl. Porto.

Mit freundlichen Grüßen
Frank Dierkes
Leistungsabteilung Kranken
Falkenried Krankenversicherung AG
Fax 0561 9330-4499
""",
        atts=[att("Schweigepflichtentbindung_Wachowiak.pdf", "application/pdf", pdf([
            "Erklärung zur Entbindung von der Schweigepflicht",
            "Ich, Bernd Wachowiak, geb. 19.07.1962, Vertrag KV 4471-288-14,",
            "entbinde Frau Dr. med. Ortrud Kessler von der ärztlichen Schweigepflicht gegenüber",
            "der Falkenried Krankenversicherung AG, soweit es um die Behandlung meiner Schlafapnoe",
            "und die Versorgung mit einem CPAP-Gerät geht.",
            "",
            "Fuldabrück, 12.11.2026      gez. B. Wachowiak",
        ], title="Schweigepflichtentbindung"))])


@mail
def m035():
    return build(35, label="N", lang="en", kind="internal",
        reason="trap: IT incident about attachments named 'Arztbericht.pdf' not opening in the ticket tool; no patient data",
        frm="IT Service Desk <it-servicedesk@%s>" % D, to="Selin Aydoğan <selin.aydogan@%s>" % D,
        subject="[INC-0088213] Resolved: PDF attachments (doctor's reports) not opening in Tessera",
        date="Tue, 17 Nov 2026 12:12:12 +0100",
        body="""Hello Ms Aydoğan,

your incident INC-0088213 has been resolved.

Problem: PDF attachments uploaded by customers via the web form (typically
"Arztbericht.pdf", "Rechnung.pdf", "Rezept.jpg") could not be opened from
the ticket view since the update on 7 November. Error: "Viewer blocked by
content policy".

Cause: the new content security policy of Tessera 9.4 blocked the internal
PDF viewer.

Solution: policy adjusted on 17/11 at 11:40. Please clear the browser
cache (Ctrl+F5). If the problem occurs again, reopen this incident.

IT Service Desk – ext. 1111
""")


@mail
def m036():
    return build(36, label="C", lang="en", kind="insurer-to-customer",
        reason="answer to complaint about a rent deposit guarantee: named tenant, guarantee number, landlord, amount and her IBAN for refund",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Chiara Benedetti <chiara.benedetti@mailbox.example>",
        subject="Re: Complaint – rent deposit guarantee MK-18-0049120",
        date="Tue, 17 Nov 2026 16:21:08 +0100",
        in_reply_to="<CAB9q7@mailbox.example>",
        body="""Dear Ms Benedetti,

thank you for your message. You are right: after your tenancy at
Goethestraße 41, 34119 Kassel ended on 30 September, your landlord
(Immobilien Wittich GmbH) returned the guarantee deed on 12 October, but we
kept charging the annual fee of EUR 94.50 on 1 November. That was our
mistake.

We have cancelled the guarantee MK-18-0049120 with effect from 12 October
and will refund EUR 94.50 to the account you gave us,
DE14 5913 1310 9860 6904 44, within five working days.

Sorry for the inconvenience.

Best regards
Tobias Kranz
Complaints Management, Falkenried Allgemeine Versicherung AG

On 16 Nov 2026, at 21:40, Chiara Benedetti wrote:
> Hi, I moved out in September and you still took money from my account!!
> Please refund and cancel everything. Chiara
""")


@mail
def m037():
    return build(37, label="N", lang="de", kind="newsletter",
        reason="trap: customer magazine on faster reimbursement of doctor bills via app, generic tips, no individual data",
        frm="Falkenried Kundenmagazin <newsletter@%s>" % D, to="kunden-newsletter@%s" % D,
        subject="Schneller zum Geld: So reichen Sie Arztrechnungen per App ein",
        date="Wed, 18 Nov 2026 07:00:00 +0100",
        extra=[("List-Unsubscribe", "<https://www.falkenried-versicherung.example/newsletter/abmelden>")],
        body="""Falkenried Kundenmagazin – Ausgabe November 2026

Schneller zum Geld
Arztrechnungen, Rezepte und Heilmittelverordnungen können Sie mit der
Falkenried-App einfach fotografieren. 80 % der Rechnungen erstatten wir so
innerhalb von 5 Tagen.

Drei Tipps
1. Alle Seiten fotografieren, auch die mit der Diagnose.
2. Rezepte immer zusammen mit dem Apothekenbeleg.
3. Für Zahnersatz über 2.000 EUR vorher den Heil- und Kostenplan einreichen.

Sie sind unzufrieden? Sagen Sie es uns: beschwerde@falkenried-versicherung.example

Abmelden: https://www.falkenried-versicherung.example/newsletter/abmelden
""",
        html="""<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#1f4e79">Schneller zum Geld</h1>
<p>Arztrechnungen, Rezepte und Heilmittelverordnungen können Sie mit der Falkenried-App einfach
fotografieren. <b>80&nbsp;%</b> der Rechnungen erstatten wir so innerhalb von 5 Tagen.</p>
<h2>Drei Tipps</h2>
<ol><li>Alle Seiten fotografieren, auch die mit der Diagnose.</li>
<li>Rezepte immer zusammen mit dem Apothekenbeleg.</li>
<li>Für Zahnersatz über 2.000&nbsp;EUR vorher den Heil- und Kostenplan einreichen.</li></ol>
<p>Sie sind unzufrieden? Sagen Sie es uns:
<a href="mailto:beschwerde@falkenried-versicherung.example">beschwerde@falkenried-versicherung.example</a></p>
<p style="font-size:10px"><a href="https://www.falkenried-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>""")


@mail
def m038():
    return build(38, label="S", lang="de", kind="customer",
        reason="short internal hand-over; the quoted customer complaint mentions his stroke (Schlaganfall) and denied rehab; only in the quote",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Frank Dierkes <frank.dierkes@%s>" % D,
        subject="AW: Beschwerde Reha",
        date="Wed, 18 Nov 2026 10:02:44 +0100",
        body="""Frank, kannst du das übernehmen? Ist eher Leistung als Beschwerde.
Danke, Tobias

-----Ursprüngliche Nachricht-----
Von: Gustav Hellmich <gustav.hellmich@fernpost.example>
Gesendet: Dienstag, 17. November 2026 19:33
An: beschwerde@falkenried-versicherung.example
Betreff: Beschwerde Reha

Sehr geehrte Damen und Herren,

ich hatte im September einen Schlaganfall und lag 12 Tage in der
Stroke Unit in Kassel. Die Ärzte haben eine Anschlussreha in Bad Wildungen
verordnet (neurologische Reha, Phase C). Sie haben mir jetzt geschrieben, dass Sie
nur 21 Tage zahlen, die Klinik sagt ich brauche mindestens 28 wegen der
Lähmung im rechten Arm und der Sprachstörung.

Ich bin seit 1989 bei Ihnen versichert (KV 4471-012-66) und finde das
unverschämt. Bitte prüfen Sie das nochmal.

Gustav Hellmich
""")


@mail
def m039():
    return build(39, label="C", lang="de", kind="insurer-to-ombudsman",
        reason="statement to Versicherungsombudsmann on a partial-cover deer collision: named customer, policy, plate; no injury",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="beschwerde@versicherungsombudsmann.example",
        subject="Az. 2026-029114-KF – Stellungnahme",
        date="Wed, 18 Nov 2026 14:30:00 +0100",
        body="""Sehr geehrte Damen und Herren,

zur Beschwerde von Herrn Leon Mertesacker (Teilkasko, Vertrag KF-7712-1120,
Kennzeichen WIZ-LM 303) nehmen wir wie folgt Stellung:

Herr Mertesacker meldete am 05.08.2026 einen Wildunfall auf der L 3238
zwischen Hessisch Lichtenau und Walburg. Verletzt wurde niemand. Eine
Wildunfallbescheinigung des Jagdpächters oder der Polizei liegt nicht vor.
Die Spuren am Fahrzeug (Kratzer an der Fahrertür, keine Haare, kein Blut)
passen nach Auffassung unseres Sachverständigen nicht zu einem Zusammenstoß
mit Haarwild.

Wir haben Herrn Mertesacker mehrfach gebeten, die Bescheinigung
nachzureichen. Sobald sie vorliegt, prüfen wir erneut.

Mit freundlichen Grüßen
Beatrix Heuer
Ombudsmann-Koordination
""")


@mail
def m040():
    return build(40, label="N", lang="de", kind="internal",
        reason="trap: draft annual complaints report (PDF) with counts on death benefits, BU and care; aggregates only",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="Miriam Oberhuber <miriam.oberhuber@%s>" % D,
        subject="Entwurf Beschwerdebericht 2025 für den Vorstand",
        date="Thu, 19 Nov 2026 09:15:00 +0100",
        body="""Hallo Miriam,

hier der Entwurf. Kapitel 4 (Ursachenanalyse) fehlt noch, da warte ich
auf Zahlen aus Leben.

LG Katrin
""",
        atts=[att("Beschwerdebericht_2025_Entwurf.pdf", "application/pdf", pdf([
            "Beschwerdebericht 2025 - Falkenried Versicherungsgruppe (ENTWURF)",
            "",
            "1. Überblick",
            "Im Jahr 2025 gingen 2.041 Beschwerden ein (2024: 2.233). Quote: 3,7 je 1.000 Verträge.",
            "",
            "2. Sparten",
            "Krankenversicherung 912 | Pflege 98 | Leben 131 | Berufsunfähigkeit 84 | Unfall 71",
            "Kraftfahrt 401 | Hausrat/Wohngebäude 244 | Rechtsschutz 100",
            "",
            "3. Themen in den Personenversicherungen",
            "- Todesfallleistungen: 14 Beschwerden, meist Dauer bis zur Auszahlung (Erbschein)",
            "- Berufsunfähigkeit: 84, davon 31 zur Dauer der Leistungsprüfung, 22 zu Gutachten",
            "- Pflege: 98, überwiegend Einstufung des Pflegegrads",
            "- Krankenversicherung: Top 3 Heilmittel, Zahnersatz, Beitragsanpassung",
            "",
            "3.1 Ombudsmann und BaFin",
            "Ombudsmann-Verfahren: 171 (Erfolgsquote der Beschwerdeführer 28 %), BaFin: 44",
            "",
            "4. Ursachenanalyse - folgt",
        ], title="Beschwerdebericht 2025"))])


@mail
def m041():
    return build(41, label="S", lang="en", kind="insurer-to-customer",
        reason="Art. 15 answer for a life/BU customer; XLSX attachment lists underwriting data (BMI, smoker, asthma exclusion); body neutral",
        frm="Data Protection Team <datenschutz@%s>" % D, to="Owen Fairbairn <owen.fairbairn@postbox.example>",
        subject="Your subject access request DS-2026-0744",
        date="Thu, 19 Nov 2026 11:11:11 +0100",
        body="""Dear Mr Fairbairn,

please find attached the information you requested. As agreed on the phone
on 17 November, we send it to you by e-mail; you gave us your consent for
this in writing.

Kind regards
Paulina Stach
Data Protection Coordination
""",
        atts=[att("DS-2026-0744_data.xlsx", XLSX_T, xlsx([
            ("Master data", [["Field", "Value"], ["Name", "Owen Fairbairn"], ["Date of birth", "04 July 1985"],
                             ["Address", "Heinrich-Heine-Str. 9, 37085 Göttingen"], ["Customer no.", "K-2208-44718"]]),
            ("Contracts", [["Contract", "Product", "Start", "Sum insured / pension"],
                           ["LB 8820-301-44", "Term life", "2020-01-01", "EUR 250,000"],
                           ["LB 8820-301-45", "Income protection (BU)", "2020-01-01", "EUR 1,800 per month"]]),
            ("Underwriting", [["Item", "Recorded"], ["Height/weight", "182 cm / 97 kg (BMI 29.3)"], ["Smoker", "no (since 2017)"],
                              ["Declared conditions", "bronchial asthma since childhood (J45.0)"],
                              ["Decision", "accepted with exclusion of respiratory diseases for BU"]]),
        ]))])


@mail
def m042():
    return build(42, label="N", lang="de", kind="internal",
        reason="trap: ICS invitation to a de-escalation training (calls from bereaved relatives, angry customers); no person's data",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="team-kdc@%s" % D,
        subject="Einladung: Schulung Deeskalation am Telefon – 02.12.2026",
        date="Thu, 19 Nov 2026 13:40:00 +0100",
        body="""Hallo zusammen,

die Schulung "Deeskalation und schwierige Gespräche" findet am 02.12. statt.
Themen: Anrufe von Hinterbliebenen nach einem Todesfall, aggressive
Anrufer, Beschwerden über abgelehnte Krankenhausrechnungen, Umgang mit
Suiziddrohungen (Notfallkette). Trainerin: Frau Ramadani (extern).

Bitte Termin annehmen.
Katrin
""",
        atts=[att("Schulung_Deeskalation.ics", "text/calendar",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Falkenried//Outlook Export//DE\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:schulung-deeskalation-20261202@falkenried-versicherung.example\r\n"
            "DTSTAMP:20261119T124000Z\r\nDTSTART:20261202T080000Z\r\nDTEND:20261202T150000Z\r\n"
            "SUMMARY:Schulung Deeskalation am Telefon\r\nLOCATION:Schulungsraum EG 0.14\r\n"
            "ORGANIZER;CN=Katrin Lüdeking:mailto:katrin.luedeking@falkenried-versicherung.example\r\n"
            "DESCRIPTION:Anrufe Hinterbliebener\\, aggressive Anrufer\\, Notfallkette\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n", method="REQUEST")])


@mail
def m043():
    return build(43, label="C", lang="en", kind="insurer-to-customer",
        reason="pet insurance complaint answer: dog's cruciate ligament surgery and vet bill (animal health), named owner and policy",
        frm="Pet Insurance Service <tierversicherung@%s>" % D, to="Samuel Achterberg <sam.achterberg@northmail.example>",
        subject="Your complaint – vet bill for Bruno (policy TK-12-0033871)",
        date="Fri, 20 Nov 2026 10:03:27 +0100",
        body="""Dear Mr Achterberg,

we have reviewed your complaint about the settlement of the bill from
Tierklinik Kaufunger Wald for your Labrador Bruno (cruciate ligament
surgery, TPLO, 3 October 2026, EUR 3,944.10).

Our first settlement deducted EUR 1,100 because the clinic charged 3x the
fee scale (GOT). Your surgery cover includes fees up to the 3-fold rate in
emergencies and at weekends, and the surgery took place on a Saturday. We
have therefore paid the remaining EUR 1,100 today.

We apologise for the extra effort.

Kind regards
Carla Wenzel
Falkenried Pet Insurance
""")


@mail
def m044():
    return build(44, label="S", lang="de", kind="insurer-to-customer",
        reason="base64 body: answer to complaint on stopped daily sickness allowance, herniated disc (M51.1), incapacity certificates",
        frm="Frank Dierkes <frank.dierkes@%s>" % D, to="Sandro Lenz <sandro.lenz@webpost.example>",
        subject="Krankentagegeld – Ihre Beschwerde vom 16.11.2026",
        date="Fri, 20 Nov 2026 12:30:59 +0100", cte="base64",
        body="""Sehr geehrter Herr Lenz,

Sie haben sich beschwert, weil wir die Zahlung des Krankentagegelds
(Vertrag KV 4471-540-09, Tarif KT 43, 95 EUR täglich) zum 31.10.2026
eingestellt haben.

Grund war, dass uns nach dem 30.10. keine Arbeitsunfähigkeitsbescheinigung
mehr vorlag. Inzwischen haben Sie die Folgebescheinigung von Dr. Tarhan
(Orthopädie) bis 27.11.2026 eingereicht, Diagnose weiterhin
Bandscheibenvorfall L5/S1 (M51.1). Wir zahlen daher für den Zeitraum
01.11. bis 27.11.2026 insgesamt 2.565 EUR nach.

Bitte denken Sie daran, uns Folgebescheinigungen unaufgefordert zu
schicken; dann gibt es keine Unterbrechung.

Gute Besserung und freundliche Grüße
Frank Dierkes
Leistungsabteilung Kranken
""")


@mail
def m045():
    return build(45, label="N", lang="en", kind="internal",
        reason="trap: blank call-monitoring scorecard (ODS) with criteria like 'verified date of birth', 'did not read out diagnosis'",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="qa-coaches@%s" % D,
        subject="Call monitoring scorecard 2027 – blank template",
        date="Fri, 20 Nov 2026 15:15:15 +0100",
        body="""Hi coaches,

new scorecard for 2027 attached (blank). Weighting changed: data
protection items now count double. Please give feedback by 4 Dec.

Katrin
""",
        atts=[att("Scorecard_2027_blank.ods", ODS_T, ods([
            ("Scorecard", [["Criterion", "Weight", "Yes/No", "Comment"],
                           ["Greeting with name and company", 1, "", ""],
                           ["Caller identified (policy no. + date of birth)", 2, "", ""],
                           ["No diagnosis or ICD code read out", 2, "", ""],
                           ["No bank details confirmed on the phone", 2, "", ""],
                           ["Complaint recognised and logged as complaint", 2, "", ""],
                           ["Empathy shown", 1, "", ""],
                           ["Next steps and deadline explained", 1, "", ""],
                           ["Agent:", "", "Coach:", "Date:"]]),
        ]))])


@mail
def m046():
    return build(46, label="C", lang="de", kind="insurer-to-customer",
        reason="answer to complaint about cancellation of buildings insurance for premium arrears: named customer, address, arrears, dunning",
        frm="Beschwerdemanagement <beschwerde@%s>" % D, to="Wolfgang Strüber <w.strueber@t-net.example>",
        subject="Ihre Beschwerde – Kündigung Wohngebäudeversicherung WG-31-0014407",
        date="Mon, 23 Nov 2026 09:05:00 +0100",
        body="""Sehr geehrter Herr Strüber,

Sie beschweren sich über die Kündigung Ihrer Wohngebäudeversicherung für
das Haus Am Steinbruch 12, 34233 Fuldatal.

Der Jahresbeitrag 2026 (1.287,60 EUR) konnte am 01.03.2026 nicht
abgebucht werden; die Lastschrift kam mit "Konto erloschen" zurück. Wir
haben Sie am 20.03. und mit Fristsetzung nach § 38 VVG am 24.04.2026
gemahnt. Nach Ablauf der Frist haben wir zum 31.05.2026 gekündigt.

Da Sie nun nachgewiesen haben, dass beide Mahnungen wegen eines
Umzugs der Post nicht zugestellt wurden, setzen wir den Vertrag aus Kulanz
zu den bisherigen Bedingungen fort, sobald der Rückstand ausgeglichen ist.

Mit freundlichen Grüßen
Tobias Kranz
""")


@mail
def m047():
    return build(47, label="S", lang="de", kind="internal",
        reason="ombudsman case on accident disability degree: named insured, knee injury, Gliedertaxe percentage, surgery",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="leistung-unfall@%s" % D,
        subject="Ombudsmann 2026-033502-UF – bitte Unterlagen bis 27.11.",
        date="Mon, 23 Nov 2026 11:44:00 +0100",
        body="""Hallo Kolleginnen und Kollegen,

der Versicherungsombudsmann hat uns die Beschwerde von Frau Petra
Schmalz (Unfall UF-40-0071239) zugestellt. Sie hält die Invalidität
von 1/7 Beinwert (= 10 %) für zu niedrig.

Zum Sachverhalt aus der Akte: Sturz vom Pferd 11.05.2025, Tibiakopffraktur
links mit Kreuzbandriss, zwei Operationen (Plattenosteosynthese, später
Kreuzbandplastik), Streckdefizit 10 Grad, Gangbild hinkend. Gutachten
Dr. Lerch vom 14.07.2026.

Die Kundin legt ein Gegengutachten vor (3/10 Beinwert). Bitte schickt mir
bis 27.11. die vollständige Leistungsakte und eure Einschätzung, ob wir ein
Obergutachten anbieten.

Danke
Beatrix
""")


@mail
def m048():
    return build(48, label="N", lang="de", kind="internal",
        reason="trap: training case with the fictitious 'Max Mustermann (fiktiv)', invented birth date and diagnosis F43.2 for role play",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="trainer-kdc@%s" % D,
        subject="Rollenspiel Fall 3 für die Einarbeitung (fiktiv!)",
        date="Mon, 23 Nov 2026 14:20:00 +0100",
        body="""Hallo zusammen,

für die neuen Kolleginnen hier der dritte Übungsfall. Alle Daten sind
erfunden, bitte trotzdem nicht auf Papier liegen lassen, damit keiner
denkt, es sei ein echter Fall.

=== Übungsfall 3 (FIKTIV) ===
Anrufer: Max Mustermann (fiktiv), geb. 01.01.1970, Vertrag KV 0000-000-00
Situation: Herr Mustermann ist seit 8 Wochen krankgeschrieben wegen einer
Anpassungsstörung (F43.2). Er ruft an, weil das Krankentagegeld noch nicht
gezahlt wurde, und wird laut.
Aufgabe: Beschwerde aufnehmen, nicht über die Diagnose diskutieren,
Rückruf durch Leistungsabteilung zusagen, Ticket korrekt kategorisieren.
Beobachtungspunkte: Ruhe bewahren, Datenschutz, Zeitzusage realistisch.
=============================

Grüße
Katrin
""")


@mail
def m049():
    return build(49, label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: feature request to the ticket-tool vendor for masking IBANs and ICD codes, using the published example IBAN DE89 3704 0044 0532 0130 00",
        frm="Lars Quandt <lars.quandt@%s>" % D, to="Support Tessera <support@tessera-ticketing.example>",
        subject="Feature request FR-2211: automatic masking of IBANs and ICD-10 codes in ticket notes",
        date="Tue, 24 Nov 2026 09:00:00 +0100",
        body="""Hello Tessera support,

following up on our call: we would like Tessera to mask sensitive patterns
in the free-text note field when a ticket is displayed to users without
the role "claims".

Examples (test data only):
- IBAN: the standard documentation example DE89 3704 0044 0532 0130 00
  should be shown as DE89 **** **** **** **** 00
- ICD-10 codes like "M54.5" or "F32.1 G" should be shown as "[ICD]"
- date patterns after "geb." should be shown as "geb. [Datum]"

Acceptance criteria are in the attached Jira export (FR-2211). Could you
give us an estimate for release 9.5?

Regards
Lars Quandt
IT Customer Service Systems, Falkenried Versicherung AG
""")


@mail
def m050():
    return build(50, label="C", lang="de", kind="insurer-to-broker",
        reason="broker update on a fleet customer's complaint: company with named fleet manager, policy, plates and claim amounts",
        frm="Nadine Pohlmann <nadine.pohlmann@%s>" % D, to="Maklerbüro Kessebohm <info@kessebohm-versicherungen.example>",
        subject="AW: Beschwerde Fuhrpark Gebr. Nolte Logistik GmbH – FL-20-000918",
        date="Tue, 24 Nov 2026 11:36:52 +0100",
        body="""Hallo Herr Kessebohm,

kurzer Zwischenstand zur Beschwerde Ihrer Kundin Gebr. Nolte Logistik GmbH
(Ansprechpartner Fuhrparkleiter Herr Arne Nolte, Tel. 05671 8830-12):

- Schaden 26-FL-0300415 (KS-GN 811, Lkw, Spiegel/Seitenwand): bezahlt
  am 19.11., 3.880,40 EUR
- Schaden 26-FL-0300502 (KS-GN 817, Transporter, Heckschaden): Gutachten
  liegt seit gestern vor, Zahlung diese Woche
- Schadenquote Flottenvertrag 2026 bisher 94 %; die Sanierungsanfrage
  zum 01.01.2027 ist davon unabhängig und nicht Teil der Beschwerde.

Die schriftliche Antwort an Herrn Nolte geht morgen raus, Sie erhalten
eine Kopie.

Viele Grüße
Nadine Pohlmann
Kfz-Flotte
""")


@mail
def m051():
    return build(51, label="N", lang="de", kind="internal",
        reason="trap: summary of the ombudsman's annual report, success rates per line incl. Lebens- und Unfallversicherung; no cases",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="fuehrungskreis-kundenservice@%s" % D,
        subject="Kurzfassung: Jahresbericht Versicherungsombudsmann 2025",
        date="Tue, 24 Nov 2026 16:05:00 +0100", cte="8bit", flowed=True,
        body="""Liebe Kolleginnen und Kollegen,

der Versicherungsombudsmann hat seinen Jahresbericht veröffentlicht. Die 
wichtigsten Punkte für uns:

* Branche gesamt: gut 19.000 zulässige Beschwerden, etwa ein Drittel mit 
  Erfolg für die Beschwerdeführer.
* Spitzenreiter bleiben Rechtsschutz und Kfz, gefolgt von Lebens-
  versicherung (Rückkaufswerte, Überschüsse) und Wohngebäude.
* Unfallversicherung: Streit fast immer über den Invaliditätsgrad.
* Falkenried: 171 Verfahren, Erfolgsquote der Beschwerdeführer 28 % 
  (Branche 33 %). Ein Drittel unserer Verfahren betraf Rechtsschutz.

Ich stelle den Bericht im Führungskreis am 08.12. kurz vor.

Herzliche Grüße
Miriam Oberhuber
""")


@mail
def m052():
    return build(52, label="C", lang="en", kind="insurer-to-customer",
        reason="burglary complaint answer with HTML table of stolen items: named customer, address, household policy and claim amounts",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Lucas Moreau <lucas.moreau@postbox.example>",
        subject="Your complaint – burglary claim 26-HR-0561102",
        date="Wed, 25 Nov 2026 10:10:10 +0100",
        body="""Dear Mr Moreau,

thank you for your patience. We have re-assessed the burglary at your flat,
Kirchweg 27, 34119 Kassel (household policy HR-55-0082213), on 3 October.

Item                        claimed     paid now
MacBook Pro 14"             2,199.00    1,870.00 (age deduction 15 %)
Camera Sony A7 IV           2,499.00    2,499.00
Jewellery (watch, rings)    4,800.00    2,000.00 (limit for valuables outside a safe)
Front door lock             380.00      380.00
Total                                   6,749.00

The limit for jewellery not kept in a safe is 20 % of the sum insured
(EUR 10,000). We know this is disappointing but cannot go beyond it.

Kind regards
Tobias Kranz
Complaints Management
""",
        html="""<html><body><p>Dear Mr Moreau,</p>
<p>thank you for your patience. We have re-assessed the burglary at your flat, Kirchweg 27, 34119 Kassel
(household policy HR-55-0082213), on 3 October.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Item</th><th>claimed</th><th>paid now</th></tr>
<tr><td>MacBook Pro 14"</td><td>2,199.00</td><td>1,870.00 (age deduction 15 %)</td></tr>
<tr><td>Camera Sony A7 IV</td><td>2,499.00</td><td>2,499.00</td></tr>
<tr><td>Jewellery (watch, rings)</td><td>4,800.00</td><td>2,000.00 (limit for valuables outside a safe)</td></tr>
<tr><td>Front door lock</td><td>380.00</td><td>380.00</td></tr>
<tr><td><b>Total</b></td><td></td><td><b>6,749.00</b></td></tr></table>
<p>The limit for jewellery not kept in a safe is 20 % of the sum insured (EUR 10,000). We know this is
disappointing but cannot go beyond it.</p>
<p>Kind regards<br>Tobias Kranz<br>Complaints Management</p></body></html>""")


@mail
def m053():
    return build(53, label="S", lang="de", kind="insurer-to-customer",
        reason="complaint answer to a widow on the term-life death benefit: cause of death (heart attack), beneficiary, payout",
        frm="Ute Brandl <ute.brandl@%s>" % D, to="Renate Kowalski <renate.kowalski@fernpost.example>",
        subject="Ihre Beschwerde – Risikolebensversicherung Ihres verstorbenen Mannes",
        date="Wed, 25 Nov 2026 13:30:00 +0100",
        body="""Sehr geehrte Frau Kowalski,

zunächst möchten wir Ihnen nochmals unser Beileid zum Tod Ihres Mannes,
Herrn Dieter Kowalski, aussprechen.

Sie haben sich beschwert, dass die Auszahlung aus der Risikolebens-
versicherung LB 8820-077-31 noch nicht erfolgt ist. Wir hatten wegen des
Todes innerhalb von drei Jahren nach Vertragsbeginn eine Prüfung der
Gesundheitsangaben im Antrag eingeleitet. Der Totenschein nennt als
Todesursache einen akuten Myokardinfarkt; die Auskunft des Hausarztes
ergab keine Vorerkrankungen, die im Antrag hätten angegeben werden müssen.

Die Versicherungssumme von 150.000 EUR haben wir heute an Sie als
Bezugsberechtigte überwiesen. Für die Dauer der Prüfung tut es uns leid.

Mit freundlichen Grüßen
Ute Brandl
Leistung Leben
Falkenried Lebensversicherung AG
""")


@mail
def m054():
    return build(54, label="N", lang="de", kind="insurer-to-supplier",
        reason="trap: purchase order for headsets, first-aid kits and hearing-protection headsets for the call centre; no person",
        frm="Einkauf Falkenried <einkauf@%s>" % D, to="Auftragsannahme <auftrag@buerowelt-hessen.example>",
        subject="Bestellung 4500187733 – Kundendialog-Center Göttingen",
        date="Wed, 25 Nov 2026 14:45:00 +0100",
        body="""Sehr geehrte Damen und Herren,

wir bestellen zur Lieferung an: Falkenried Versicherung AG, Kundendialog-
Center, Weender Landstraße 96, 37075 Göttingen, z. Hd. Frau Aydoğan

Pos  Menge  Artikel                                          Einzelpreis
10   40     Headset Jabra Engage 55 Duo, mit akustischem       189,00 EUR
            Schockschutz (Hörschutz nach EN 50332)
20   6      Erste-Hilfe-Koffer DIN 13157                        42,50 EUR
30   2      Augenspülflasche 500 ml                              9,90 EUR
40   200    Hygienische Ohrpolster (Ersatz)                      1,80 EUR

Lieferung bis KW 50. Rechnung bitte an rechnungseingang@falkenried-versicherung.example
unter Angabe der Bestellnummer. Zahlung 30 Tage netto.

Mit freundlichen Grüßen
Heike Rausch
Zentraleinkauf
""")


@mail
def m055():
    return build(55, label="S", lang="en", kind="customer",
        reason="forwarded customer complaint (message/rfc822) about a travel health claim: malaria treatment in Kenya, hospital invoice",
        frm="Emily Carter <emily.carter@%s>" % D, to="reise-leistung@%s" % D,
        subject="Fwd: complaint – claim RK-26-1180 still not paid",
        date="Thu, 26 Nov 2026 09:20:00 +0100",
        body="""Dear colleagues,

forwarding the complaint below, please check the claim and let me know
by Monday so I can answer the client.

Thanks
Emily
""",
        atts=[msg(frm="Thomas Brennan <t.brennan@northmail.example>", to="service@%s" % D,
                  subject="complaint – claim RK-26-1180 still not paid",
                  date="Wed, 25 Nov 2026 18:03:44 +0000", msgid="<f00d7.1180@northmail.example>",
                  body="""Hello,

I'm writing for the third time. In August I got malaria (falciparum) on a
trip to Kenya and was treated for 5 days at Aga Khan Hospital Mombasa. I
paid KES 412,000 myself and submitted everything under my travel insurance
(policy TR-90-0551209) on 2 September: invoices, the lab results, the
discharge summary.

Since then I received two letters asking for "the original invoice". I
sent the originals by registered mail on 29 September. Nobody has confirmed
anything.

If this isn't paid in two weeks I will go to the ombudsman.

Thomas Brennan
Sent from my iPhone
""")])


@mail
def m056():
    return build(56, label="C", lang="de", kind="insurer-to-customer",
        reason="Art. 15 access answer for motor and legal expenses customer: birth date, IBAN, claims only in the ODS; body harmless",
        frm="Datenschutzkoordination <datenschutz@%s>" % D, to="Heiko Rambach <heiko.rambach@webpost.example>",
        subject="Ihre Anfrage DS-2026-0781",
        date="Thu, 26 Nov 2026 11:00:00 +0100",
        body="""Guten Tag Herr Rambach,

anbei erhalten Sie die gewünschte Übersicht. Die Erläuterungen zu Zwecken,
Empfängern und Speicherdauer finden Sie auf dem zweiten Tabellenblatt.

Freundliche Grüße
Paulina Stach
Datenschutzkoordination
""",
        atts=[att("DS-2026-0781.ods", ODS_T, ods([
            ("Daten", [["Feld", "Inhalt"], ["Name", "Heiko Rambach"], ["Geburtsdatum", "1975-09-28"],
                       ["Anschrift", "Ahnatalstraße 19, 34128 Kassel"], ["Bankverbindung", "DE63 7163 8880 1665 1759 54"],
                       ["Kfz-Vertrag", "KF-7712-2287, KS-HR 775, SF 22"], ["Rechtsschutz", "RS-22-0190045 (Privat, Beruf, Verkehr)"],
                       ["Schäden", "26-KH-0770031 (Parkrempler, reguliert 1.120,00 EUR)"],
                       ["Rechtsschutzfälle", "RSF-2025-3310 Bußgeldverfahren Geschwindigkeit (Deckung erteilt)"]]),
            ("Erläuterungen", [["Zwecke", "Vertragsdurchführung, Schadenbearbeitung"], ["Empfänger", "HIS, Rückversicherer, Anwälte"],
                               ["Speicherdauer", "bis 10 Jahre nach Vertragsende"]]),
        ]))])


@mail
def m057():
    return build(57, label="N", lang="en", kind="internal",
        reason="trap: ticket-system release note listing new categories (HEALTH > HOSPITAL BILL, LIFE > DEATH CLAIM); no tickets",
        frm="Tessera-Administration <tessera-admin@%s>" % D, to="alle-kundenservice@%s" % D,
        subject="[Tessera 9.4] New complaint categories from 1 December",
        date="Thu, 26 Nov 2026 15:00:00 +0100",
        body="""Hello everyone,

from 1 December the complaint category tree in Tessera changes. New or
renamed categories:

COMPLAINT
  HEALTH > BENEFIT > HOSPITAL BILL
  HEALTH > BENEFIT > DENTAL
  HEALTH > BENEFIT > AIDS (hearing aids, glasses, wheelchairs)
  HEALTH > PREMIUM ADJUSTMENT
  CARE > CARE LEVEL ASSESSMENT
  LIFE > DEATH CLAIM
  LIFE > INCOME PROTECTION > ASSESSMENT DURATION
  MOTOR > CLAIM DURATION
  PROPERTY > STORM / WATER
  DATA PROTECTION > ACCESS REQUEST (Art. 15)

Old tickets are mapped automatically. The mapping table is on the
intranet page "Tessera – Kategorien".

Lars Quandt, IT Customer Service Systems
""")


@mail
def m058():
    return build(58, label="C", lang="de", kind="customer",
        reason="chat transcript forwarded inline to motor claims: named customer, plate, policy, parking damage, no injury",
        frm="Jens Wöhrle <jens.woehrle@%s>" % D, to="schaden-kfz@%s" % D,
        subject="WG: Chatverlauf 25.11. – Parkschaden, Kundin unzufrieden",
        date="Fri, 27 Nov 2026 08:31:17 +0100",
        body="""Moin, bitte übernehmen, Kundin wartet seit 3 Wochen auf Rückmeldung.
Jens

---------- Weitergeleiteter Chatverlauf ----------
Kanal: Webchat   Datum: 25.11.2026   Agent: Jens W.

[17:12] Kundin: Hallo, ich warte seit Anfang November auf den Gutachter!!
[17:12] Agent: Guten Abend, das tut mir leid. Wie ist Ihr Name und Ihre Vertragsnummer?
[17:13] Kundin: Yasemin Kocak, KF-7712-3309
[17:13] Agent: Danke Frau Kocak. Es geht um den Schaden vom 02.11.?
[17:14] Kundin: ja, jemand ist mir auf dem Parkplatz vom Baumarkt reingefahren, Tür hinten rechts, Kennzeichen KS-YK 91. Zettel mit Nummer von dem Anderen hab ich hochgeladen
[17:15] Agent: Ich sehe den Schaden 26-KH-0921847. Ein Gutachter ist noch nicht beauftragt.
[17:15] Kundin: super. und jetzt?
[17:16] Agent: Ich gebe das als Beschwerde an die Schadenabteilung, Sie bekommen morgen einen Anruf.
[17:16] Kundin: das hat man mir letzte Woche auch schon gesagt
--- Ende ---
""")


@mail
def m059():
    return build(59, label="S", lang="de", kind="insurer-to-bafin",
        reason="statement to BaFin about a PKV risk surcharge for type 2 diabetes (E11.9) and HbA1c of a named applicant",
        frm="Oliver Grunwald <oliver.grunwald@%s>" % D, to="Poststelle Q 24 <poststelle-q24@bafin.example>",
        subject="Ihr Zeichen VBS 24-Q 7113-2026/0517 – Herr Florian Ruppel",
        date="Fri, 27 Nov 2026 10:48:00 +0100",
        body="""Sehr geehrte Damen und Herren,

Herr Florian Ruppel beanstandet den Risikozuschlag von 35 % im Tarif
KomfortAmbulant 80, den wir bei seinem Wechsel aus der GKV zum 01.09.2026
vereinbart haben.

Im Antrag vom 14.07.2026 hat Herr Ruppel einen Diabetes mellitus Typ 2
(E11.9) angegeben, behandelt mit Metformin 1.000 mg, HbA1c zuletzt 7,4 %.
Nach unseren Annahmerichtlinien ist hierfür ein Zuschlag von 30 bis 50 %
vorgesehen. Herr Ruppel hat dem Zuschlag am 02.08.2026 schriftlich
zugestimmt.

Wir haben ihm angeboten, den Zuschlag nach zwei Jahren zu überprüfen, wenn
er Laborwerte mit einem HbA1c unter 6,5 % vorlegt.

Mit freundlichen Grüßen
Oliver Grunwald
Falkenried Krankenversicherung AG
""")


@mail
def m060():
    return build(60, label="N", lang="de", kind="internal",
        reason="trap: minutes of the data-protection jour fixe on access-request volumes and deadlines, counts with health data; no persons",
        frm="Paulina Stach <paulina.stach@%s>" % D, to="jf-datenschutz@%s" % D,
        subject="Protokoll Jour fixe Datenschutz 26.11.2026",
        date="Fri, 27 Nov 2026 12:00:00 +0100",
        body="""Protokoll Jour fixe Datenschutz, 26.11.2026
Teilnehmer: Dr. R. Imhof, P. Stach, L. Quandt, M. Oberhuber

1. Auskunftsersuchen Art. 15
   Oktober: 48 Eingänge (Vorjahr 31), davon 23 mit Gesundheitsdaten (KV,
   BU). 3 Fälle über der Monatsfrist, Ursache: Export aus Altsystem Leben.
   -> LQ klärt Exportschnittstelle bis 15.12.
2. Versandweg
   Auskünfte mit Gesundheitsdaten nur per Post oder Portal; per E-Mail nur
   mit schriftlicher Einwilligung. Checkliste wird angepasst.
3. Löschkonzept Tickets
   Tessera-Tickets werden künftig 3 Jahre nach Abschluss gelöscht
   (Beschwerden 6 Jahre). Entwurf RI.
4. Datenpannen
   Q3: 4 Meldungen (2 Fehlversand Post, 1 falscher E-Mail-Empfänger,
   1 verlorener USB-Stick ohne Kundendaten). Keine Meldung an die Aufsicht
   erforderlich außer 1 Fall (bereits erledigt).

Nächster Termin: 17.12.2026
""")


@mail
def m061():
    return build(61, label="C", lang="en", kind="insurer-to-customer",
        reason="reply to a chat complaint about a stolen bicycle claim: named customer, frame number, address, policy",
        frm="Falkenried Service Chat <chat-service@%s>" % D, to="Ingrid Solberg <ingrid.solberg@mailbox.example>",
        subject="Follow-up to your chat – stolen bicycle",
        date="Mon, 30 Nov 2026 09:40:00 +0100",
        body="""Dear Ms Solberg,

as promised in our chat on Friday, here is the status of your claim.

Policy: HR-55-0090114 (household incl. bicycle cover)
Claim: 26-HR-0570233
Bicycle: Cube Kathmandu Hybrid, frame no. WCU2207841KT
Stolen: 19 Nov 2026 in front of Königsplatz 58, Kassel

We received the police report (Polizeipräsidium Nordhessen, file
ST/0812445/2026). The purchase invoice is still missing – the one you
uploaded is for the lock. As soon as we have it, we'll pay within 5 days.

We're sorry you had to chase us.

Best regards
Falkenried service team
""")


@mail
def m062():
    return build(62, label="N", lang="de", kind="insurer-to-customer",
        reason="trap: automatic ticket receipt without name or contract, warns not to send health data unencrypted",
        frm="Falkenried Kundenservice <noreply-tessera@%s>" % D, to="m.koenig84@webpost.example",
        subject="Ihre Nachricht ist bei uns eingegangen [T-2026-1130-04418]",
        date="Mon, 30 Nov 2026 10:02:19 +0100",
        extra=[("Auto-Submitted", "auto-generated")],
        body="""Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben sie unter der Vorgangsnummer
T-2026-1130-04418 erfasst und melden uns innerhalb von zwei Arbeitstagen.

Bitte beachten Sie: Senden Sie uns Arztberichte, Rechnungen mit Diagnosen
oder andere Gesundheitsunterlagen nicht per einfacher E-Mail, sondern über
die Falkenried-App oder unser Kundenportal:
https://portal.falkenried-versicherung.example

Beschwerden bearbeiten wir nach unseren Beschwerdeleitlinien:
https://www.falkenried-versicherung.example/beschwerde

Ihr Falkenried Kundenservice
(Diese Nachricht wurde automatisch erzeugt.)
""")


@mail
def m063():
    return build(63, label="S", lang="de", kind="internal",
        reason="QA review of a recorded call: agent disclosed a customer's breast cancer diagnosis (C50.4) and chemotherapy to her husband",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="Dr. Raphael Imhof <raphael.imhof@%s>" % D,
        cc="Selin Aydoğan <selin.aydogan@%s>" % D,
        subject="Mögliche Datenpanne bei Gesprächsmonitoring – bitte Bewertung",
        date="Mon, 30 Nov 2026 14:14:00 +0100",
        body="""Hallo Herr Dr. Imhof,

beim Monitoring eines aufgezeichneten Gesprächs vom 24.11.2026 (Aufzeichnung
mit Einwilligung) ist uns Folgendes aufgefallen:

Anrufer war Herr Stefan Brückner, Ehemann unserer Versicherten Katja
Brückner (KV 4471-610-22). Er wollte wissen, warum die Rechnung des
Onkologischen Zentrums noch nicht bezahlt ist. Die Kollegin hat ihm ohne
Vollmachtsprüfung bestätigt, dass es sich um die Chemotherapie wegen des
Mammakarzinoms (C50.4) handelt und dass noch zwei Zyklen beantragt sind.

Frau Brückner hat sich am 27.11. beschwert; sie hatte ihrem Mann nach
eigener Aussage noch nicht alle Details gesagt.

Bitte bewerten Sie, ob eine Meldung nach Art. 33 DSGVO erforderlich ist.
Die Kollegin wurde nachgeschult.

Viele Grüße
Katrin Lüdeking
""")


@mail
def m064():
    return build(64, label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: order for certified shredding of paper complaint files 'containing health data'; no data itself",
        frm="Facility Management <facility@%s>" % D, to="Orders <orders@securashred.example>",
        subject="Collection order – 28 bins of complaint files, security level P-5",
        date="Tue, 01 Dec 2026 08:20:00 +0100",
        body="""Hello,

please collect 28 locked bins (240 l) from our archive in Kassel,
Wilhelmshöher Allee 212, basement B-2, on 9 or 10 December.

Content: paper complaint files 2015–2019 whose retention period has
ended, partly containing health data and bank details. Therefore
destruction on security level P-5 (DIN 66399), protection class 3, with a
certificate of destruction per bin.

Contact on site: Mr Hasselbach, +49 561 9330-1020.
Purchase order 4500188102, framework contract RV-2024-017.

Regards
Facility Management
Falkenried Versicherung AG
""")


@mail
def m065():
    return build(65, label="C", lang="de", kind="insurer-to-customer",
        reason="complaint answer on a private liability claim (lost keys of a rented flat): named customer, policy, landlord, amount",
        frm="Beschwerdemanagement <beschwerde@%s>" % D, to="Jannik Ostermeier <jannik.o@posteo-mail.example>",
        subject="Ihre Beschwerde – Schlüsselverlust, Privathaftpflicht PH-30-0211580",
        date="Tue, 01 Dec 2026 11:25:00 +0100",
        body="""Hallo Herr Ostermeier,

danke für Ihre ausführliche Mail. Sie hatten am 08.10. den Generalschlüssel
Ihrer Mietwohnung (Schillerstraße 7, 37083 Göttingen) verloren. Die
Hausverwaltung Brede hat den Austausch der Schließanlage für 3.460 EUR
veranlasst.

Unsere erste Abrechnung hatte nur 1.500 EUR berücksichtigt. Das war falsch:
Ihr Tarif Privathaftpflicht Premium deckt fremde Schlüssel bis 30.000 EUR,
der Sachbearbeiter hat versehentlich den Basistarif zugrunde gelegt.

Wir überweisen den Differenzbetrag von 1.960 EUR direkt an die
Hausverwaltung und haben Ihren Selbstbehalt (150 EUR) aus Kulanz
gestrichen.

Freundliche Grüße
Tobias Kranz
""")


@mail
def m066():
    return build(66, label="S", lang="en", kind="insurer-to-customer",
        reason="HTML-only answer to a complaint about dental treatment abroad (root canal, implant) with a table of treatment items",
        frm="Daniel Okafor <daniel.okafor@%s>" % D, to="Marta Wiśniewska <marta.wisniewska@postbox.example>",
        subject="Your dental invoice from Szczecin – result of our review",
        date="Tue, 01 Dec 2026 15:02:00 +0100",
        html="""<html><body style="font-family:Calibri,Arial">
<p>Dear Ms Wiśniewska,</p>
<p>you complained that we reimbursed only part of the invoice from Klinika Stomatologiczna Dentamed, Szczecin,
of 12 October 2026 (PLN 9,850). Here is the detailed result of our review under your policy KV 4471-702-38 (tariff Zahn 90):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Treatment</th><th>Tooth</th><th>Invoice (EUR)</th><th>Reimbursed</th></tr>
<tr><td>Root canal treatment, 3 canals</td><td>26</td><td>410.00</td><td>410.00</td></tr>
<tr><td>Implant incl. abutment</td><td>36</td><td>1,120.00</td><td>1,008.00 (90 %)</td></tr>
<tr><td>Ceramic crown on implant</td><td>36</td><td>540.00</td><td>486.00 (90 %)</td></tr>
<tr><td>Bone augmentation</td><td>36</td><td>230.00</td><td>207.00 (90 %)</td></tr>
<tr><td>Teeth whitening</td><td>&ndash;</td><td>0.00 (not covered)</td><td>&ndash;</td></tr>
</table>
<p>In our first statement the implant was rejected because the treatment plan had not been submitted in advance.
As you were in acute pain (abscess) and the dentist confirms this, we waive this requirement. The additional
EUR 1,701.00 will be paid this week.</p>
<p>Kind regards<br>Daniel Okafor<br>International Client Services</p></body></html>""")


@mail
def m067():
    return build(67, label="N", lang="de", kind="internal",
        reason="trap: XLSX of top chatbot intents ('Krankenhausrechnung', 'Rezept einreichen', 'Pflegegrad') with counts; no persons",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="digital-service@%s" % D,
        subject="Chat-Auswertung November – Top-Intents",
        date="Wed, 02 Dec 2026 09:09:00 +0100",
        body="""Hi Digital-Team,

anbei die Intents aus Chat und Chatbot für November. Beschwerden
stecken vor allem in "Status Erstattung" und "Beitragserhöhung".

Gruß, Katrin
""",
        atts=[att("Chat_Intents_2026-11.xlsx", XLSX_T, xlsx([
            ("Intents", [["Intent", "Chatbot gelöst", "an Agent", "davon Beschwerde"],
                         ["Status Erstattung Arztrechnung", 1840, 611, 140],
                         ["Krankenhausrechnung / Kostenübernahme", 212, 305, 58],
                         ["Rezept einreichen", 990, 44, 3],
                         ["Pflegegrad / Pflegegeld", 71, 120, 35],
                         ["Beitragserhöhung KV", 402, 980, 377],
                         ["Kfz Schaden melden", 655, 210, 41],
                         ["Adresse/Bank ändern", 1310, 97, 2],
                         ["Kündigung", 88, 402, 60]]),
        ]))])


@mail
def m068():
    return build(68, label="C", lang="de", kind="insurer-to-dpa",
        reason="breach notification to the data protection authority: motor policy schedule of a named customer sent to an old address",
        frm="Dr. Raphael Imhof <raphael.imhof@%s>" % D, to="Meldungen Datenpannen <datenpannen@datenschutz-hessen.example>",
        subject="Meldung nach Art. 33 DSGVO – Az. intern DP-2026-019",
        date="Wed, 02 Dec 2026 16:30:00 +0100",
        body="""Sehr geehrte Damen und Herren,

wir melden folgende Verletzung des Schutzes personenbezogener Daten:

Verantwortlicher: Falkenried Allgemeine Versicherung AG, Kassel
Datenschutzbeauftragter: Dr. Raphael Imhof, 0561 9330-7000

Sachverhalt: Am 23.11.2026 wurde der Kfz-Versicherungsschein (Vertrag
KF-7712-4410) von Frau Melanie Kuhlmann, geb. 08.02.1990, an ihre frühere
Anschrift (Gartenstraße 3, 34260 Kaufungen) versandt, obwohl sie ihre neue
Anschrift am 12.11. telefonisch mitgeteilt hatte. Der heutige Bewohner hat
den Brief geöffnet und an Frau Kuhlmann weitergegeben. Frau Kuhlmann hat
sich darüber beschwert.

Betroffene Daten: Name, Geburtsdatum, Anschrift, Kennzeichen, Beitrag,
SF-Klasse. Keine Bank- oder Gesundheitsdaten.

Maßnahmen: Adressänderung nachgeholt, Ursache (Änderung nur im CRM, nicht
im Bestandssystem erfasst) behoben, Mitarbeiterhinweis.

Mit freundlichen Grüßen
Dr. Raphael Imhof
""")


@mail
def m069():
    return build(69, label="S", lang="de", kind="insurer-to-customer",
        reason="answer to request for erasure: customer wants psychotherapy entry (F41.1) in BU application deleted; named, contract",
        frm="Paulina Stach <paulina.stach@%s>" % D, to="Johanna Lindqvist <johanna.lindqvist@webpost.example>",
        subject="Ihr Antrag auf Löschung / Berichtigung – BU-Antrag 2024",
        date="Thu, 03 Dec 2026 10:20:00 +0100",
        body="""Sehr geehrte Frau Lindqvist,

Sie haben verlangt, dass wir die Angabe zu Ihrer Psychotherapie
(2019-2021 wegen generalisierter Angststörung, F41.1) aus Ihrem Antrag auf
Berufsunfähigkeitsversicherung vom 15.03.2024 löschen, weil die Behandlung
abgeschlossen ist.

Wir können diese Angabe leider nicht löschen. Ihr Vertrag LB 8820-455-12
ist mit einem Ausschluss für psychische Erkrankungen zustande gekommen;
die Gesundheitsangaben im Antrag sind Grundlage dieses Ausschlusses und
müssen für die Dauer des Vertrags gespeichert bleiben (Art. 17 Abs. 3
lit. e DSGVO).

Sie können aber beantragen, dass wir den Ausschluss überprüfen. Dafür
benötigen wir einen aktuellen Bericht Ihrer Therapeutin.

Mit freundlichen Grüßen
Paulina Stach
Datenschutzkoordination
""")


@mail
def m070():
    return build(70, label="N", lang="en", kind="newsletter",
        reason="trap: broker newsletter on the updated complaints-handling guideline and health-data mailing rules; no persons",
        frm="Falkenried Broker News <makler-news@%s>" % D, to="broker-newsletter@%s" % D,
        subject="Broker News 12/2026: new complaints guideline, secure mail for health documents",
        date="Thu, 03 Dec 2026 07:30:00 +0100",
        body="""Falkenried Broker News – December 2026

1. Updated complaints guideline
Complaints your clients send via you are now acknowledged to both you and
the client within 3 working days. You can follow the status in the broker
portal under "Vorgänge > Beschwerden".

2. Health documents only via the secure channel
Please no longer send doctors' reports, hospital bills or application
health questions by plain e-mail. Use the broker portal upload or
encrypted mail (S/MIME). Mails with health data without encryption will be
rejected by our gateway from 1 February 2027.

3. Ombudsman statistics
In 2025, 28 % of ombudsman procedures ended in favour of the complainant
(industry: 33 %).

Your broker service team
https://makler.falkenried-versicherung.example
""")


@mail
def m071():
    return build(71, label="C", lang="en", kind="insurer-to-broker",
        reason="answer to a sole-trader broker's commission complaint with his IBAN and tax number (natural person's bank/tax data)",
        frm="Broker Accounting <provision@%s>" % D, to="Piet van der Molen <piet@vandermolen-finanz.example>",
        subject="Your complaint about the commission statement October 2026 (broker no. 40-11872)",
        date="Thu, 03 Dec 2026 13:50:00 +0100",
        body="""Dear Mr van der Molen,

you are right: the October statement did not include the acquisition
commission for the two motor contracts transferred in September. The
difference of EUR 486.20 will be paid on 10 December together with the
November statement.

Please note that we still have your old account on file:
DE46 0256 6471 5411 2878 24. You wrote that you changed banks – please
send us the signed SEPA form for the new account, otherwise payment goes
to the old one.

Your tax number on file: 026/245/33108 (Finanzamt Kassel-Hofgeismar).
VAT: exempt under § 4 no. 11 UStG.

Best regards
Sven Aldag
Broker Accounting
""")


@mail
def m072():
    return build(72, label="N", lang="de", kind="internal",
        reason="team Christmas party announcement of the contact centre; nothing sensitive",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="team-kdc@%s" % D,
        subject="Weihnachtsfeier KDC am 17.12. – bitte bis Freitag eintragen",
        date="Fri, 04 Dec 2026 12:12:00 +0100",
        body="""Hallo ihr Lieben,

unsere Weihnachtsfeier steigt am Donnerstag, 17.12., ab 18 Uhr im
"Gasthaus zur Linde" in Göttingen-Weende. Die Frühschicht am 18.12. wird
entsprechend besetzt (Danke Marlene und Jens fürs Tauschen!).

Bitte bis Freitag in die Liste im Teams-Kanal eintragen, ob ihr kommt
und ob ihr vegetarisch/vegan esst.

Wichteln: 10 EUR, bitte Geschenk mitbringen.

Selin
""")


@mail
def m073():
    return build(73, label="S", lang="de", kind="insurer-to-lawyer",
        reason="answer to the customer's lawyer in a BU dispute: chronic fatigue syndrome (G93.3), expert reports, named insured",
        frm="Sophie Reinholdt <sophie.reinholdt@%s>" % D, to="RA Dr. Matthias Ebeling <ebeling@kanzlei-ebeling.example>",
        subject="Ihre Mandantin Nadine Faust ./. Falkenried Leben – LB 8820-219-90",
        date="Mon, 07 Dec 2026 09:30:00 +0100",
        body="""Sehr geehrter Herr Dr. Ebeling,

wir nehmen Bezug auf Ihr Schreiben vom 24.11.2026, mit dem Sie für Ihre
Mandantin Klage ankündigen, falls wir bis 15.12. keine BU-Leistungen
anerkennen.

Ihre Mandantin macht eine Berufsunfähigkeit als Erzieherin wegen eines
chronischen Fatigue-Syndroms (G93.3) nach einer Covid-Infektion geltend.
Das internistische Gutachten (Dr. Raabe, 02.09.2026) bestätigt eine
deutliche Belastungsintoleranz, das neurologische Gutachten hält eine
Tätigkeit von 4 Stunden täglich für möglich.

Wir schlagen vor, ein gemeinsames Obergutachten in Auftrag zu geben
(Vorschlag: Charité Fatigue Centrum). Bis zu dessen Ergebnis zahlen wir
ohne Anerkennung einer Rechtspflicht 50 % der BU-Rente (600 EUR monatlich).

Mit freundlichen Grüßen
Sophie Reinholdt
Syndikusrechtsanwältin
""")


@mail
def m074():
    return build(74, label="C", lang="de", kind="internal",
        reason="CSV callback list after the storm: names, phone numbers, policy and claim numbers of property customers",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="team-kdc-sach@%s" % D,
        subject="Rückrufkampagne Sturm 'Gudrun' – Liste Tag 3",
        date="Mon, 07 Dec 2026 07:45:00 +0100",
        body="""Guten Morgen,

anbei die Rückrufliste für heute (offene Schadenmeldungen älter als 5
Tage, alle mit Beschwerdevermerk). Bitte Ergebnis in Spalte G eintragen
und die Datei bis 16 Uhr zurück ins Laufwerk legen.

Selin
""",
        atts=[att("Rueckruf_Sturm_Tag3.csv", "text/csv",
            "Kunde;Telefon;Vertrag;Schaden;Schadenort;Thema;Ergebnis\r\n"
            "Heinz Obermeier;0561 40 22 19;WG-31-0030871;26-WG-0099102;Dorfstr. 14, 34302 Guxhagen;Dach abgedeckt, Dachdecker fehlt;\r\n"
            "Lydia Karamanlis;0160 9981 4410;HR-55-0091203;26-HR-0580017;Holländische Str. 88, 34127 Kassel;Markise, Gutachter?;\r\n"
            "Friedhelm Raue;05665 3108;WG-31-0021544;26-WG-0099140;Am Anger 2, 34320 Söhrewald;Baum auf Carport;\r\n"
            "Jasmin Eckhardt;0171 3300 862;WG-31-0041109;26-WG-0099177;Mühlenweg 9, 34270 Schauenburg;Keller nass, Pumpe;\r\n"
            "Gebr. Hartung GbR (Hr. Uwe Hartung);0561 87 00 40;GE-44-0003391;26-GE-0004412;Industriestr. 31, 34123 Kassel;Lagerhallentor;\r\n",
            charset="utf-8")])


@mail
def m075():
    return build(75, label="N", lang="de", kind="internal",
        reason="trap: anonymised case study on a complaint about rejected psychotherapy (woman 40-45, Großstadt), used for training",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="team-beschwerde@%s" % D,
        subject="Fallstudie für Teammeeting: Beschwerde Psychotherapie (anonymisiert)",
        date="Mon, 07 Dec 2026 10:00:00 +0100",
        body="""Hallo zusammen,

für Donnerstag bitte folgende anonymisierte Fallstudie lesen. Alle
identifizierenden Merkmale sind entfernt, Daten und Orte geändert.

Fallstudie B-12 (anonymisiert)
Eine Versicherte (40-45 Jahre, Großstadt, Tarif mit Psychotherapie bis
30 Sitzungen/Jahr) beschwert sich, weil nach der 30. Sitzung keine weitere
Erstattung erfolgt. Die Therapeutin empfiehlt eine Verlängerung. Die
Versicherte schreibt sehr emotional und kündigt an, sich an die Presse zu
wenden.

Fragen für die Diskussion:
1. Wie reagieren wir auf die Presse-Ankündigung?
2. Ist eine Kulanzregelung sinnvoll, und wer entscheidet?
3. Wie formulieren wir die Antwort, ohne die Therapie zu bewerten?

Bis Donnerstag
Miriam
""")


@mail
def m076():
    return build(76, label="N", lang="en", kind="internal",
        reason="trap: daily KPI export (CSV) of complaint tickets by category incl. HEALTH > HOSPITAL BILL; counts only",
        frm="Tessera Reporting <tessera-reports@%s>" % D, to="bm-leitung@%s" % D,
        subject="[Tessera] Daily complaint KPI export 2026-12-07",
        date="Mon, 07 Dec 2026 06:00:04 +0100",
        extra=[("Auto-Submitted", "auto-generated")],
        body="""This is an automatic report. Do not reply.

Open complaints: 412 (yesterday 405)
Overdue (> 10 working days): 37
Attachment: complaints_by_category_2026-12-07.csv
""",
        atts=[att("complaints_by_category_2026-12-07.csv", "text/csv",
            "category,new,closed,open,overdue\n"
            "HEALTH > BENEFIT > HOSPITAL BILL,11,9,64,8\n"
            "HEALTH > BENEFIT > DENTAL,7,6,51,5\n"
            "HEALTH > PREMIUM ADJUSTMENT,23,30,118,4\n"
            "CARE > CARE LEVEL ASSESSMENT,2,1,19,3\n"
            "LIFE > DEATH CLAIM,0,1,4,0\n"
            "LIFE > INCOME PROTECTION > ASSESSMENT DURATION,1,0,22,9\n"
            "MOTOR > CLAIM DURATION,6,5,48,3\n"
            "PROPERTY > STORM / WATER,9,4,71,5\n"
            "DATA PROTECTION > ACCESS REQUEST,3,2,15,0\n", charset="us-ascii")])


@mail
def m077():
    return build(77, label="C", lang="en", kind="insurer-to-customer",
        reason="complaint answer on a total-loss valuation: named customer, VIN, plate, comprehensive policy, payout; nobody hurt",
        frm="Nadine Pohlmann <nadine.pohlmann@%s>" % D, to="Ricardo Almeida <r.almeida@northmail.example>",
        subject="Total loss valuation – your complaint (claim 26-VK-0140882)",
        date="Mon, 07 Dec 2026 11:45:00 +0100",
        body="""Dear Mr Almeida,

you complained that the replacement value of your Skoda Octavia Combi
(KS-RA 1404, VIN TMBJJ7NE4K0271109) was set too low after the accident on
the A 7 on 12 October. We are glad nobody was hurt.

Our assessor calculated:
  replacement value     EUR 17,400
  residual value        EUR  3,150
  payout (comprehensive policy KF-7712-5036, deductible EUR 300)
                        EUR 13,950

You sent three comparable offers from mobile.example between EUR 18,900 and
EUR 19,600. Two of them have a higher trim level (Style), but the third is
comparable. We have therefore raised the replacement value to EUR 18,900 and
will pay the additional EUR 1,500 this week.

Kind regards
Nadine Pohlmann
Motor Claims
""")


@mail
def m078():
    return build(78, label="S", lang="mixed", kind="insurer-to-customer",
        reason="bilingual DE/EN complaint answer about physiotherapy after a named expat customer's knee surgery (ACL reconstruction)",
        frm="Daniel Okafor <daniel.okafor@%s>" % D, to="Lars Eriksen <lars.eriksen@mailbox.example>",
        subject="Ihre Beschwerde / your complaint – Physiotherapie nach Knie-OP",
        date="Tue, 08 Dec 2026 09:00:00 +0100",
        body="""(English version below)

Sehr geehrter Herr Eriksen,

Sie haben sich beschwert, weil wir nach Ihrer Kreuzband-OP am 03.09.2026
nur 12 Einheiten Krankengymnastik am Gerät erstattet haben. Ihr Operateur
Dr. Haslinger bestätigt, dass weitere 12 Einheiten medizinisch notwendig
sind. Wir übernehmen diese daher (Vertrag KV 4471-808-03).

Mit freundlichen Grüßen

---

Dear Mr Eriksen,

you complained that after your ACL reconstruction on 3 September 2026 we
only reimbursed 12 sessions of equipment-based physiotherapy. Your surgeon
Dr Haslinger confirms that another 12 sessions are medically necessary. We
will therefore cover them (policy KV 4471-808-03).

Kind regards
Daniel Okafor
International Client Services
Falkenried Krankenversicherung AG
""")


@mail
def m079():
    return build(79, label="N", lang="de", kind="internal",
        reason="trap: updated complaints-handling guideline (DOCX) with rules on health data and ombudsman; no persons",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="alle-fuehrungskraefte@%s" % D,
        subject="Leitlinie Beschwerdemanagement – Version 2027 zur Kenntnis",
        date="Tue, 08 Dec 2026 10:30:00 +0100",
        body="""Liebe Führungskräfte,

der Vorstand hat die überarbeitete Leitlinie für das Beschwerdemanagement
am 01.12. beschlossen. Sie gilt ab 01.01.2027. Bitte informiert eure Teams.

Miriam Oberhuber
""",
        atts=[att("Leitlinie_Beschwerdemanagement_2027.docx", DOCX_T, docx([
            "Leitlinie Beschwerdemanagement der Falkenried Versicherungsgruppe (gültig ab 01.01.2027)",
            "1. Begriff: Beschwerde ist jede Äußerung der Unzufriedenheit, unabhängig vom Kanal.",
            "2. Eingangsbestätigung innerhalb von 3 Arbeitstagen, Antwort innerhalb von 10 Arbeitstagen oder Zwischennachricht.",
            "3. Beschwerden mit Gesundheitsbezug (Kranken, Pflege, Leben, BU, Unfall) werden nur von berechtigten Mitarbeitenden bearbeitet; Antworten mit Gesundheitsdaten gehen verschlüsselt oder per Post.",
            "4. Jede Antwort nennt die zuständige Schlichtungsstelle und die BaFin.",
            "5. Ursachenanalyse vierteljährlich; Bericht an den Vorstand jährlich.",
            [("Rolle", "Aufgabe"), ("Beschwerdemanagement", "Koordination, Statistik, Ombudsmann/BaFin"),
             ("Fachabteilung", "inhaltliche Prüfung"), ("Datenschutz", "Beschwerden nach Art. 77 DSGVO")],
        ]))])


@mail
def m080():
    return build(80, label="S", lang="en", kind="internal",
        reason="medical adviser's note on a complaint: child's ADHD (F90.0) and methylphenidate dosage, named insured child",
        frm="Dr. Meike Strobel <meike.strobel@%s>" % D, to="Tobias Kranz <tobias.kranz@%s>" % D,
        subject="Re: complaint Whitfield – Ritalin reimbursement",
        date="Tue, 08 Dec 2026 13:10:00 +0100",
        in_reply_to="<d70.kranz.1207@mail.falkenried-versicherung.example>",
        body="""Hi Tobias,

I've looked at the file. The insured child is Noah Whitfield (born
2015, co-insured under his mother's policy KV 4471-733-10). Diagnosis
ADHD, combined type (F90.0), confirmed by the child psychiatrist in
Göttingen. Prescription: methylphenidate extended-release 36 mg daily.

The rejection was wrong: the product was rejected as "not approved for
children" because the pharmacy entered the adult brand. It is approved
from age 6. Please tell the mother we pay the three invoices (EUR 412.66
in total) and apologise.

Best
Meike

Dr. med. Meike Strobel
Medical Advisory Service
""")


@mail
def m081():
    return build(81, label="N", lang="en", kind="insurer-to-partner",
        reason="trap: complaint ratios of the group life and disability portfolio for the reinsurer, aggregates only",
        frm="Jörn Albers <joern.albers@%s>" % D, to="Claire Dubois <claire.dubois@helvetia-re-partner.example>",
        subject="Complaint ratios group life / disability 2024-2026",
        date="Wed, 09 Dec 2026 09:25:00 +0100",
        body="""Dear Claire,

as requested for the treaty renewal, the complaint ratios for the group
portfolio (bAV direct insurance, group life, group income protection):

                         2024    2025    2026 (Q1-Q3)
Policies in force       18,420  19,105  19,380
Complaints                  41      38       29
  of which claims-related   17      15       13
  ombudsman                  4       3        2
Ratio per 1,000            2.2     2.0      1.5 (annualised 2.0)

No individual cases are included, as agreed in the data-sharing annex.

Best regards
Jörn Albers
Reinsurance & Actuarial, Falkenried Lebensversicherung AG
""")


@mail
def m082():
    return build(82, label="C", lang="de", kind="insurer-to-customer",
        reason="apology for a duplicate direct debit on household insurance: named customer, policy, amounts, her IBAN",
        frm="Beitragsservice <beitragsservice@%s>" % D, to="Elke Rosenthal <elke.rosenthal@t-net.example>",
        subject="Doppelte Abbuchung – Hausrat HR-55-0066018",
        date="Wed, 09 Dec 2026 11:02:00 +0100",
        body="""Sehr geehrte Frau Rosenthal,

Sie haben sich zu Recht beschwert: Der Quartalsbeitrag Ihrer
Hausratversicherung (48,37 EUR) wurde am 01.12.2026 wegen eines
technischen Fehlers zweimal von Ihrem Konto DE06 4301 0076 9615 2688 65
abgebucht.

Den doppelt eingezogenen Betrag haben wir heute zurücküberwiesen; er
sollte in 1-2 Bankarbeitstagen gutgeschrieben sein. Falls Ihre Bank
Gebühren für eine Rücklastschrift berechnet hat, erstatten wir diese
gegen Nachweis.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Mit freundlichen Grüßen
Ihr Beitragsservice
Falkenried Allgemeine Versicherung AG
""")


@mail
def m083():
    return build(83, label="N", lang="en", kind="internal",
        reason="IT change notice: complaints mailbox migrates into the ticket tool; organisational only",
        frm="Lars Quandt <lars.quandt@%s>" % D, to="team-beschwerde@%s" % D,
        subject="Change CHG-4471: beschwerde@ mailbox moves into Tessera on 14 Dec",
        date="Wed, 09 Dec 2026 16:00:00 +0100",
        body="""Hi all,

short heads-up: on Monday 14 December at 07:00 the shared mailbox
beschwerde@falkenried-versicherung.example will be connected to Tessera.
From then on, every incoming mail creates a ticket automatically and the
Outlook folder becomes read-only.

What you need to do:
- finish or move open drafts in the Outlook folder by Friday
- check your Tessera queue "Complaints DE/EN" on Monday morning

Rollback plan: mailbox stays intact for 30 days.

Lars
""")


@mail
def m084():
    return build(84, label="S", lang="de", kind="insurer-to-customer",
        reason="complaint answer on supplementary care daily allowance: named insured, care level 3 after assessment, home care",
        frm="Leistung Pflege <leistung-pflege@%s>" % D, to="Hans-Joachim Brede <hj.brede@fernpost.example>",
        subject="Pflegetagegeld – Ihre Beschwerde vom 30.11.2026",
        date="Thu, 10 Dec 2026 08:50:00 +0100",
        body="""Sehr geehrter Herr Brede,

Sie haben sich beschwert, dass das Pflegetagegeld aus Ihrer
Pflegezusatzversicherung (PZ 4471-520-07) erst ab 01.11. gezahlt wird,
obwohl Sie seit August gepflegt werden.

Das Gutachten vom 20.10.2026 stellt Pflegegrad 3 ab dem 01.10.2026
fest (Antragsmonat). Für August und September lag nach dem Gutachten
Pflegegrad 2 vor, für den Ihr Tarif kein Pflegetagegeld vorsieht.

Wir haben jedoch übersehen, dass Pflegegrad 3 bereits ab Oktober gilt.
Wir zahlen daher für Oktober 31 x 40 EUR = 1.240 EUR nach.

Mit freundlichen Grüßen
Ihre Leistungsabteilung Pflege
Falkenried Krankenversicherung AG
""")


@mail
def m085():
    return build(85, label="C", lang="en", kind="customer",
        reason="forwarded customer complaint about a travel cancellation after job loss: named customer, booking, policy; no health content",
        frm="Emily Carter <emily.carter@%s>" % D, to="reise-leistung@%s" % D,
        subject="FW: Cancellation claim – please review (complaint)",
        date="Thu, 10 Dec 2026 10:14:00 +0100",
        body="""Please review, the client has a point I think – job loss is covered
in the Premium variant. Emily

-----Original Message-----
From: Ben Adeyemi <ben.adeyemi@postbox.example>
Sent: Wednesday, December 9, 2026 8:41 PM
To: service@falkenried-versicherung.example
Subject: Cancellation claim

Hello,

my claim RK-26-1342 under travel cancellation policy TR-90-0560019 was
rejected. I booked a trip to Cape Town (14-28 Dec, booking no. SUNX-88421,
EUR 3,720 for 2 people) and then lost my job: my employer made me redundant
on 30 October because the branch closed. I sent you the termination letter.

Your letter says "not an insured event". But I took the Premium
variant exactly for this. Please check again.

Ben Adeyemi
""")


@mail
def m086():
    return build(86, label="N", lang="de", kind="internal",
        reason="trap: callback script for motor claim complaints with «placeholders» for plate, claim number, phone",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="team-kdc-sach@%s" % D,
        subject="Rückrufskript Kfz-Beschwerden (Entwurf) – Feedback bis Mo",
        date="Thu, 10 Dec 2026 14:30:00 +0100",
        body="""Hallo Team Sach/Kfz,

hier der Entwurf für Rückrufe bei Kfz-Beschwerden. Feedback bitte bis
Montag direkt an mich.

--- Rückrufskript Kfz-Beschwerde (Entwurf) ---
"Guten Tag «Anrede» «Nachname», hier ist «Vorname» von der Falkenried.
Sie hatten sich wegen Ihres Schadens «Schadennummer» gemeldet – haben Sie
gerade kurz Zeit?"
-> Identifikation: Kennzeichen «Kennzeichen» und Geburtsdatum abfragen,
   NICHT vorlesen.
-> Stand nennen: «Stand laut Schadensystem»
-> Nächster Schritt + Datum: «nächster Schritt», «Termin»
-> Kein Rückruf erreicht: Nachricht nur mit Namen und Rückrufnummer
   0561 9330-5000, keine Details auf die Mailbox.
--- Ende ---

Selin
""")


@mail
def m087():
    return build(87, label="S", lang="en", kind="insurer-to-customer",
        reason="complaint answer on a critical-illness claim: named insured, chronic kidney failure with dialysis, policy and sum",
        frm="Ute Brandl <ute.brandl@%s>" % D, to="Graham Okonkwo <graham.okonkwo@northmail.example>",
        subject="Your complaint – critical illness claim under policy LB 8820-612-04",
        date="Fri, 11 Dec 2026 09:40:00 +0100",
        body="""Dear Mr Okonkwo,

thank you for your letter of 1 December. You complained that we rejected
your critical illness claim for kidney failure.

Our policy conditions define kidney failure as "chronic irreversible failure
of both kidneys requiring permanent dialysis or transplant". When we
decided in September, your nephrologist's report described dialysis as
temporary. The new report of 25 November (Dr. Ünal, KfH Nierenzentrum
Kassel) confirms end-stage renal disease (N18.5) with permanent
haemodialysis three times a week since 2 October.

The condition is therefore met. We will pay the sum insured of EUR 80,000
within 10 days and waive premiums from October.

Yours sincerely
Ute Brandl
Life Claims, Falkenried Lebensversicherung AG
""")


@mail
def m088():
    return build(88, label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: data-processing agreement talks with a speech-analytics vendor; mentions health data in call recordings in general",
        frm="Dr. Raphael Imhof <raphael.imhof@%s>" % D, to="Legal <legal@voxinsight-analytics.example>",
        subject="DPA (Art. 28 GDPR) – our comments on version 3",
        date="Fri, 11 Dec 2026 11:30:00 +0100",
        body="""Dear colleagues,

thank you for version 3 of the data processing agreement for the speech
analytics pilot. Our remaining points:

1. Annex 1 (categories of data): call recordings of an insurer's contact
   centre regularly contain special categories (health data, Art. 9 GDPR).
   Please list them explicitly and confirm that transcripts are not used
   to train models for other clients.
2. Sub-processors: we need the hosting location of your transcription
   engine (EU only).
3. Deletion: recordings 30 days, transcripts 90 days, aggregated topic
   statistics may be kept.
4. Audit rights: on-site audit with 4 weeks' notice.

We would be happy to discuss on Tuesday.

Kind regards
Dr. Raphael Imhof
Data Protection Officer, Falkenried Versicherung AG
""")


@mail
def m089():
    return build(89, label="C", lang="de", kind="insurer-to-customer",
        reason="callback confirmation in legal expenses: employment dispute, named customer, employer, monthly salary",
        frm="Rechtsschutz-Service <rechtsschutz@%s>" % D, to="Mehmet Yıldız <mehmet.yildiz@webpost.example>",
        subject="Rückruf Rechtsschutz RS-22-0201188 – Kündigungsschutzklage",
        date="Fri, 11 Dec 2026 14:05:00 +0100",
        body="""Hallo Herr Yıldız,

wie eben am Telefon besprochen: Wir erteilen Deckung für die
Kündigungsschutzklage gegen Ihren Arbeitgeber, die Hallmann Fördertechnik
GmbH. Ihre Beschwerde über die lange Bearbeitung haben wir aufgenommen
und entschuldigen uns dafür.

Zur Berechnung des Gegenstandswerts haben wir Ihr Bruttomonatsgehalt von
3.850 EUR zugrunde gelegt (3 Bruttogehälter = 11.550 EUR). Ihre
Selbstbeteiligung beträgt 250 EUR.

Ihr Anwalt, Herr RA Fenske, kann die Deckungszusage direkt bei uns
anfordern.

Viele Grüße
Dirk Sommerfeld
Falkenried Rechtsschutz
""")


@mail
def m090():
    return build(90, label="N", lang="de", kind="internal",
        reason="trap: HTML-only monthly statistics of access requests (Art. 15), share with health data, deadlines; no persons",
        frm="Paulina Stach <paulina.stach@%s>" % D, to="Dr. Raphael Imhof <raphael.imhof@%s>" % D,
        subject="Statistik Betroffenenanfragen Jan–Nov 2026",
        date="Mon, 14 Dec 2026 08:30:00 +0100",
        html="""<html><body style="font-family:Segoe UI,Arial;font-size:11pt">
<p>Hallo Raphael,</p><p>hier die Zahlen für den Tätigkeitsbericht:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Monat</th><th>Art. 15</th><th>davon mit Gesundheitsdaten</th><th>Art. 16/17</th><th>Frist überschritten</th></tr>
<tr><td>Jan</td><td>22</td><td>9</td><td>4</td><td>0</td></tr>
<tr><td>Feb</td><td>19</td><td>8</td><td>3</td><td>0</td></tr>
<tr><td>Mrz</td><td>27</td><td>12</td><td>6</td><td>1</td></tr>
<tr><td>Apr</td><td>25</td><td>11</td><td>2</td><td>0</td></tr>
<tr><td>Mai</td><td>30</td><td>14</td><td>5</td><td>0</td></tr>
<tr><td>Jun</td><td>28</td><td>10</td><td>4</td><td>2</td></tr>
<tr><td>Jul</td><td>33</td><td>15</td><td>7</td><td>0</td></tr>
<tr><td>Aug</td><td>24</td><td>9</td><td>3</td><td>0</td></tr>
<tr><td>Sep</td><td>36</td><td>17</td><td>5</td><td>1</td></tr>
<tr><td>Okt</td><td>48</td><td>23</td><td>9</td><td>3</td></tr>
<tr><td>Nov</td><td>41</td><td>19</td><td>6</td><td>0</td></tr>
</table>
<p>Der Anstieg im Oktober hängt mit der Beitragsanpassung KV zusammen (viele Auskunftsersuchen als "Druckmittel").</p>
<p>Gruß, Paulina</p></body></html>""")


@mail
def m091():
    return build(91, label="S", lang="de", kind="insurer-to-hospital",
        reason="cost-coverage confirmation to a hospital after a complaint: named patient, hip replacement (M16.1), inpatient stay",
        frm="Frank Dierkes <frank.dierkes@%s>" % D, to="Patientenaufnahme <aufnahme@klinikum-fuldatal.example>",
        subject="Kostenübernahme Patientin Waltraud Sippel, geb. 14.03.1949",
        date="Mon, 14 Dec 2026 10:15:00 +0100",
        body="""Sehr geehrte Damen und Herren,

nach Rücksprache mit Frau Sippel, die sich bei uns über die fehlende
Kostenzusage beschwert hatte, erteilen wir für ihre Versicherte

  Frau Waltraud Sippel, geb. 14.03.1949, Vertrag KV 4471-055-81
  Aufnahme: 11.01.2027, Hüft-TEP rechts bei Coxarthrose (M16.1)
  voraussichtliche Verweildauer 8 Tage, Zweibettzimmer, Chefarztbehandlung

die Kostenübernahme für die allgemeinen Krankenhausleistungen, das
Zweibettzimmer und die wahlärztlichen Leistungen nach GOÄ (bis 3,5-fach).
Die Anschlussheilbehandlung ist gesondert zu beantragen.

Bitte rechnen Sie direkt mit uns ab.

Mit freundlichen Grüßen
Frank Dierkes
Leistungsabteilung Kranken
""")


@mail
def m092():
    return build(92, label="N", lang="en", kind="internal",
        reason="trap: data-protection quiz for agents with fictitious examples of health data and IBANs; no real persons",
        frm="Paulina Stach <paulina.stach@%s>" % D, to="kdc-team-international@%s" % D,
        subject="Friday quiz: is this health data? (5 minutes)",
        date="Fri, 18 Dec 2026 09:00:00 +0100",
        body="""Hi everyone,

this week's data protection quiz. All examples are invented. Answers
on Monday.

1. A caller says "I broke my leg skiing". Health data?  yes / no
2. A ticket note reads "client wears glasses". Health data?  yes / no
3. "Client prefers calls after 5 pm". Health data?  yes / no
4. An e-mail contains "IBAN DE00 1234 5678 ..." with a customer name.
   Which category?  normal / confidential / strictly confidential
5. The complaint statistic says "64 complaints about hospital bills".
   Personal data?  yes / no
6. A widow calls about her late husband's life policy. Can you confirm
   the cause of death she asks about?  yes / no / only after ID check

Winner gets the good coffee.
Paulina
""")


@mail
def m093():
    return build(93, label="C", lang="en", kind="insurer-to-customer",
        reason="answer to a rectification request (Art. 16): wrong date of birth on a motor policy, named customer, policy number",
        frm="Data Protection Team <datenschutz@%s>" % D, to="Kofi Mensah <kofi.mensah@mailbox.example>",
        subject="Your request for rectification – policy KF-7712-6120",
        date="Fri, 18 Dec 2026 11:20:00 +0100",
        body="""Dear Mr Mensah,

thank you for pointing out the error. Your date of birth was recorded as
21/09/1993 instead of 12/09/1993 in your motor policy KF-7712-6120. We
have corrected it in all our systems today and informed the vehicle
registration data service (eVB) of the change.

The error had no effect on your premium. A corrected policy schedule will
reach you by post next week.

We are sorry for the mistake.

Kind regards
Paulina Stach
Data Protection Coordination
""")


@mail
def m094():
    return build(94, label="N", lang="de", kind="insurer-to-press",
        reason="trap: press release on falling complaint ratio, mentions health and care complaints in general; no persons",
        frm="Unternehmenskommunikation <presse@%s>" % D, to="presseverteiler@%s" % D,
        subject="Pressemitteilung: Falkenried halbiert Bearbeitungszeit bei Beschwerden",
        date="Mon, 21 Dec 2026 10:00:00 +0100",
        body="""PRESSEMITTEILUNG

Falkenried halbiert Bearbeitungszeit bei Beschwerden

Kassel, 21. Dezember 2026. Die Falkenried Versicherungsgruppe hat die
durchschnittliche Bearbeitungszeit von Kundenbeschwerden 2026 von 19 auf
10 Arbeitstage gesenkt. Grund sind ein neues Ticketsystem und ein eigenes
Team für Beschwerden aus der Kranken- und Pflegeversicherung.

"Wer sich über eine abgelehnte Arztrechnung oder den Pflegegrad eines
Angehörigen ärgert, will schnell eine verständliche Antwort", sagt
Vorstand Dr. Konstantin Falkner. Die Beschwerdequote sank auf 3,4 je 1.000
Verträge.

Pressekontakt: Annette Vollmer, presse@falkenried-versicherung.example,
0561 9330-2200
""")


@mail
def m095():
    return build(95, label="S", lang="mixed", kind="customer",
        reason="mixed German/English customer complaint forwarded inline: son's psychotherapy (depression) sessions rejected",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="leistung-kv@%s" % D,
        subject="WG: Beschwerde – therapy for my son",
        date="Mon, 21 Dec 2026 13:22:00 +0100",
        body="""Bitte um Prüfung und kurze Info an mich, Kundin erwartet Antwort vor
Weihnachten. Danke, T. Kranz

---------- Weitergeleitete Nachricht ----------
Von: Sarah Lindgren-Moser <sarah.lm@postbox.example>
Datum: Sa., 19. Dez. 2026 um 23:05
Betreff: Beschwerde – therapy for my son
An: <beschwerde@falkenried-versicherung.example>

Sehr geehrte Damen und Herren, sorry, my German is not good enough for this.

My son Elias (16, mitversichert KV 4471-690-17) has been in therapy since
summer because of a depression, after his suicide attempt in June. His
therapist Frau Dipl.-Psych. Behrends applied for 24 more sessions. You
approved only 12 and wrote "Kurzzeittherapie ausreichend".

Das ist nicht akzeptabel. He is doing better but it is far from over. I
want to know who decided this and on what basis.

Sarah Lindgren-Moser
""")


@mail
def m096():
    return build(96, label="C", lang="de", kind="insurer-to-ombudsman",
        reason="statement to the Versicherungsombudsmann on traffic legal-expenses: named driver's administrative speeding fine",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="beschwerde@versicherungsombudsmann.example",
        subject="Az. 2026-035120-RS – Stellungnahme Falkenried Rechtsschutz",
        date="Tue, 22 Dec 2026 09:35:00 +0100",
        body="""Sehr geehrte Damen und Herren,

zur Beschwerde von Herrn Torben Wittkamp (Verkehrs-Rechtsschutz
RS-22-0177301):

Herr Wittkamp erhielt einen Bußgeldbescheid des Regierungspräsidiums Kassel
vom 02.09.2026 über 320 EUR, 2 Punkte und 1 Monat Fahrverbot
(Geschwindigkeitsüberschreitung um 33 km/h außerorts). Wir haben Deckung
für das Einspruchsverfahren erteilt, jedoch die Kosten des privaten
Sachverständigengutachtens zur Messung (1.480 EUR) abgelehnt, da es vor
Deckungszusage und ohne Abstimmung beauftragt wurde.

Wir sind bereit, die Gutachterkosten in Höhe der üblichen Vergütung
(950 EUR) zu übernehmen.

Mit freundlichen Grüßen
Beatrix Heuer
""")


@mail
def m097():
    return build(97, label="N", lang="en", kind="internal",
        reason="trap: minutes on a vulnerable-customers policy mentioning dementia, bereavement and illness in general; no individuals",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="vulnerable-customers-wg@%s" % D,
        subject="Minutes – working group vulnerable customers, 17 Dec",
        date="Tue, 22 Dec 2026 15:10:00 +0100",
        body="""Minutes – WG Vulnerable Customers, 17 December 2026
Present: K. Lüdeking, S. Aydoğan, E. Carter, Dr. M. Strobel, P. Stach

1. Definition
   Customers in vulnerable situations include, for example, recently
   bereaved people, people with cognitive impairment (e.g. dementia),
   serious illness, language barriers or financial hardship.
2. Flag in CRM
   Agreed: no diagnosis in the flag. Only "support needed: yes/no" and a
   preferred contact channel. Consent needed before setting the flag.
3. Training
   Module "Bereavement calls" to be mandatory for life claims and the
   contact centre from Q2/2027.
4. Complaints
   Complaints from vulnerable customers get a 5-day target.

Next meeting: 21 January 2027
""")


@mail
def m098():
    return build(98, label="S", lang="de", kind="insurer-to-customer",
        reason="body harmless; ODT settlement lists hospital daily allowance for childbirth by caesarean section of a named customer",
        frm="Leistung Kranken <leistung-kv@%s>" % D, to="Franziska Heilmann <franziska.heilmann@webpost.example>",
        subject="AW: Ihre Beschwerde – Abrechnung",
        date="Wed, 23 Dec 2026 08:40:00 +0100",
        body="""Sehr geehrte Frau Heilmann,

vielen Dank für Ihren Hinweis. Die korrigierte Abrechnung finden Sie im
Anhang; die Nachzahlung ist veranlasst.

Frohe Feiertage und freundliche Grüße
Ihre Leistungsabteilung
""",
        atts=[att("Abrechnung_korrigiert_KV4471-377-29.odt", ODT_T, odt([
            "Falkenried Krankenversicherung AG – Leistungsabrechnung (Korrektur)",
            "Versicherte Person: Franziska Heilmann, Vertrag KV 4471-377-29",
            "Leistung: Krankenhaustagegeld, Tarif KHT 50",
            "Krankenhausaufenthalt 28.11.2026 - 04.12.2026, Frauenklinik Kassel, Entbindung per Kaiserschnitt (O82)",
            "bisher abgerechnet: 4 Tage x 50 EUR = 200 EUR (irrtümlich Wartezeit angenommen)",
            "korrekt: 7 Tage x 50 EUR = 350 EUR",
            "Nachzahlung: 150 EUR",
            "Neugeborenes: Nachversicherung von Tochter Mila ab Geburt ohne Gesundheitsprüfung möglich bis 04.02.2027.",
        ]))])


@mail
def m099():
    return build(99, label="C", lang="de", kind="internal",
        reason="board office forwards a motor total-loss complaint with quoted customer text: named customer, plate, claim number",
        frm="Oliver Grunwald <oliver.grunwald@%s>" % D, to="Nadine Pohlmann <nadine.pohlmann@%s>" % D,
        subject="AW: Vorstandsbeschwerde Totalschaden Herr Vogelsang",
        date="Wed, 23 Dec 2026 11:11:00 +0100",
        body="""Hallo Frau Pohlmann,

danke für Ihre Infos. Ich antworte Herrn Vogelsang dann so, dass die
Zahlung am 28.12. erfolgt. Bitte geben Sie mir kurz Bescheid, wenn sie
raus ist.

Grüße
O. Grunwald

> Am 22.12.2026 schrieb Nadine Pohlmann:
> Schaden 26-VK-0151940, Herr Eberhard Vogelsang, BMW 320d, KS-EV 60.
> Totalschaden nach Hagel (Teilkasko), WBW 21.300, Restwert 6.800.
> Verzögerung lag am Restwertangebot, das der Kunde angezweifelt hat.
> Auszahlung 14.500 EUR geht am 28.12. raus.
>
>> Am 21.12.2026 schrieb Eberhard Vogelsang an vorstand@:
>> Seit zehn Wochen kein Geld für mein Auto. Ich fahre mit dem Bus zur
>> Arbeit. Ist das Ihr Service?
""")


@mail
def m100():
    return build(100, label="N", lang="de", kind="internal",
        reason="holiday and shift planning of the complaints team (names of colleagues, no reasons); organisational",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="team-beschwerde@%s" % D,
        subject="Besetzung zwischen den Jahren",
        date="Wed, 23 Dec 2026 14:00:00 +0100",
        body="""Hallo zusammen,

zur Besetzung 28.-31.12.:

Mo 28.12.  Tobias, Ute
Di 29.12.  Tobias, Beatrix
Mi 30.12.  Dirk, Beatrix
Do 31.12.  Dirk (bis 12 Uhr)

Fristen: Alles, was am 04.01. fällig wird, bitte vorher mit einer
Zwischennachricht versehen. Die Ombudsmann-Fristen laufen weiter!

Ich bin ab 24.12. im Urlaub und am 04.01. zurück. Schöne Feiertage!
Miriam
""")


@mail
def m101():
    return build(101, label="C", lang="en", kind="insurer-to-customer",
        reason="complaint about a contents premium after moving: named customer, new address, policy, premium, IBAN",
        frm="Tobias Kranz <tobias.kranz@%s>" % D, to="Anneke de Vries <anneke.devries@postbox.example>",
        subject="Your complaint – household premium after your move",
        date="Mon, 04 Jan 2027 10:30:00 +0100",
        body="""Dear Ms de Vries,

happy new year, and thank you for your patience over the holidays.

You complained that your household contents premium went up from EUR 89.40
to EUR 146.10 a year after your move to Wittelsbacherstraße 5, 80469
München. The increase is due to the higher tariff zone in Munich (zone 4
instead of 2). Your living space of 68 m² and the sum insured stayed
the same.

We understand this is a big jump. We can offer you our new "Smart" tariff
with a EUR 250 deductible for EUR 118.80 a year. If you'd like that, just
reply "yes" – we will switch from 1 February and keep debiting
DE73 1039 9377 5510 1342 37.

Kind regards
Tobias Kranz
Complaints Management
""",
        html="""<html><body><p>Dear Ms de Vries,</p>
<p>happy new year, and thank you for your patience over the holidays.</p>
<p>You complained that your household contents premium went up from EUR&nbsp;89.40 to EUR&nbsp;146.10 a year
after your move to Wittelsbacherstraße 5, 80469 München. The increase is due to the higher tariff zone in
Munich (zone 4 instead of 2). Your living space of 68&nbsp;m² and the sum insured stayed the same.</p>
<p>We understand this is a big jump. We can offer you our new &quot;Smart&quot; tariff with a EUR&nbsp;250 deductible
for EUR&nbsp;118.80 a year. If you'd like that, just reply &quot;yes&quot; &ndash; we will switch from 1 February and keep
debiting DE73 1039 9377 5510 1342 37.</p>
<p>Kind regards<br>Tobias Kranz<br>Complaints Management</p></body></html>""")


@mail
def m102():
    return build(102, label="N", lang="en", kind="internal",
        reason="trap: ticket-tool notice on auto-closing with a test ticket for 'John Doe (TEST)', invented policy and diagnosis",
        frm="Tessera-Administration <tessera-admin@%s>" % D, to="alle-kundenservice@%s" % D,
        subject="[Tessera] Auto-close after 14 days without customer reply – starts 11 Jan",
        date="Mon, 04 Jan 2027 14:00:00 +0100",
        body="""Hello all,

from 11 January, tickets in status "waiting for customer" are closed
automatically after 14 days. Complaints are excluded – they are never
auto-closed.

We tested this on the test tenant with the ticket below (test data):

  Ticket: TEST-000017
  Customer: John Doe (TEST), policy KV 9999-999-99
  Note: "TEST: customer complains about rejected bill, diagnosis J06.9 TEST"
  Status: waiting for customer since 2026-12-10 -> closed 2026-12-24

If you see such test tickets in production, report them to us.

Lars Quandt
""")


@mail
def m103():
    return build(103, label="S", lang="de", kind="insurer-to-customer",
        reason="windows-1252 answer on rejected glasses reimbursement: named customer, dioptres, myopia, visual aid in PKV",
        frm="Leistung Kranken <leistung-kv@%s>" % D, to="Kerstin Bolz <kerstin.bolz@t-net.example>",
        subject="Ihre Beschwerde – Erstattung Brillengläser",
        date="Tue, 05 Jan 2027 09:10:00 +0100", charset="windows-1252",
        body="""Sehr geehrte Frau Bolz,

Sie haben sich beschwert, weil wir für Ihre neue Gleitsichtbrille nur
250 € erstattet haben (Vertrag KV 4471-512-66, Tarif KomfortAmbulant 80).

Laut Verordnung von Augenärztin Dr. Weyand haben Sie eine hohe
Kurzsichtigkeit (rechts -6,50 dpt, links -7,25 dpt) mit Presbyopie. Ihr
Tarif erstattet Sehhilfen bis 250 € in zwei Kalenderjahren; bei einer
Fehlsichtigkeit ab 6 Dioptrien erhöht sich der Betrag jedoch auf 500 €.
Das wurde bei der Abrechnung übersehen.

Wir zahlen daher weitere 250 € nach. Die Rechnung von Optik Brandes über
812 € ist damit bis zur Tarifgrenze erstattet.

Mit freundlichen Grüßen
Ihre Leistungsabteilung Kranken
""")


@mail
def m104():
    return build(104, label="N", lang="mixed", kind="insurer-to-supplier",
        reason="trap: German/English training plan for the outsourced call centre on PKV complaints (topics like Arztrechnung, Pflegegrad); no cases",
        frm="Selin Aydoğan <selin.aydogan@%s>" % D, to="Gareth Mulligan <g.mulligan@dialogwerk.example>",
        cc="training@dialogwerk.example",
        subject="Training plan Q1/2027 – PKV Beschwerden (DE/EN)",
        date="Tue, 05 Jan 2027 11:45:00 +0100",
        body="""Hi Gareth, hallo Trainerteam,

here is the training plan for your agents on our overflow line. Die
Module sind auf Deutsch, the handouts are also in English.

Modul 1 (2 h): Beschwerde erkennen und erfassen / recognising complaints
Modul 2 (2 h): Arztrechnung, Heilmittel, Zahnersatz – what we can say
               on the phone and what not (no diagnoses!)
Modul 3 (1 h): Beitragsanpassung erklären / explaining premium increases
Modul 4 (1 h): Pflegegrad und Pflegegeld – Basiswissen
Modul 5 (1 h): Datenschutz: Identifikation, Vollmachten, Angehörige

Termine: 19.01., 26.01., 02.02. jeweils 09:00-16:00, online.
Please send the list of participants by 12 January.

Best / viele Grüße
Selin
""")


@mail
def m105():
    return build(105, label="C", lang="de", kind="insurer-to-customer",
        reason="callback summary on motorcycle insurance and eVB: named customer, date of birth, eVB number, plate, SF transfer",
        frm="Kfz-Service <kfz-service@%s>" % D, to="Dominik Ahrens <dominik.ahrens@webpost.example>",
        subject="Rückruf zu Ihrer Beschwerde – Motorradversicherung / eVB",
        date="Tue, 05 Jan 2027 15:20:00 +0100",
        body="""Hallo Herr Ahrens,

danke für das Telefonat eben. Wie besprochen:

1. Die eVB-Nummer für Ihre Kawasaki Z900 lautet 4HK7W2M. Die
   Zulassungsstelle hatte die alte, bereits verwendete Nummer abgelehnt;
   dafür entschuldigen wir uns.
2. Den Schadenfreiheitsrabatt aus Ihrem Vorvertrag bei der Hanseatischen
   Kraftversicherung (SF 6) haben wir übernommen; Voraussetzung dafür war
   die Bestätigung Ihres Geburtsdatums (17.06.1994), die jetzt vorliegt.
3. Vertrag: KR-15-0008812, Saisonkennzeichen 04-10, Kennzeichen folgt
   nach Zulassung.

Viele Grüße
Jana Fröhlich
Kfz-Service
""")


@mail
def m106():
    return build(106, label="S", lang="en", kind="internal",
        reason="expat service asks medical review about a rejected HIV PrEP prescription (sexual health) for a named member",
        frm="Daniel Okafor <daniel.okafor@%s>" % D, to="Dr. Meike Strobel <meike.strobel@%s>" % D,
        subject="Complaint GC-700-40219 – PrEP medication rejected",
        date="Wed, 06 Jan 2027 09:05:00 +0100",
        body="""Hi Meike,

member Tomás Ferreira-Lang (GC-700-40219, Lisbon) complains that his
pharmacy claims for emtricitabine/tenofovir (HIV pre-exposure
prophylaxis, prescribed by his infectious-disease specialist, 3-month
packs) were rejected as "preventive, not covered".

His GlobalCare Plus wording covers "medically necessary preventive
medication prescribed by a physician". The claims handler applied the
old wording from 2022. The member is, understandably, also upset that the
rejection letter was sent to his employer's HR address.

Could you confirm medical necessity so we can pay (3 invoices, EUR 1,146
in total)? I'll handle the data protection part with Paulina.

Thanks
Daniel
""")


@mail
def m107():
    return build(107, label="N", lang="de", kind="internal",
        reason="trap: XLSX of post-complaint satisfaction survey with anonymised free texts about dentist bills and care; no identifiers",
        frm="Katrin Lüdeking <katrin.luedeking@%s>" % D, to="bm-leitung@%s" % D,
        subject="Zufriedenheit nach Beschwerde – Befragung Q4/2026",
        date="Wed, 06 Jan 2027 13:30:00 +0100",
        body="""Hallo,

anbei die Ergebnisse der Nachbefragung. Freitexte sind vom Dienstleister
anonymisiert (keine Namen, Vertragsnummern oder Orte).

Gruß Katrin
""",
        atts=[att("Nachbefragung_Beschwerde_Q4-2026.xlsx", XLSX_T, xlsx([
            ("Werte", [["Frage", "Mittelwert (1-5)", "n"], ["Zufriedenheit mit Lösung", 3.4, 512],
                       ["Verständlichkeit der Antwort", 3.9, 512], ["Dauer", 2.8, 512], ["Weiterempfehlung", 3.1, 498]]),
            ("Freitexte", [["Sparte", "Freitext (anonymisiert)"],
                           ["Kranken", "Die Zahnarztrechnung wurde am Ende bezahlt, aber erst nach drei Anrufen."],
                           ["Pflege", "Freundlich, aber die Einstufung verstehe ich immer noch nicht."],
                           ["Kfz", "Schnell und unkompliziert, danke."],
                           ["Kranken", "Antwort war ein Textbaustein, mein Problem wurde nicht gelesen."],
                           ["Leben", "Auszahlung ok, Steuerabzug nicht erklärt."]]),
        ]))])


@mail
def m108():
    return build(108, label="C", lang="de", kind="insurer-to-customer",
        reason="answer to objection against advertising calls (Art. 21): named customer, date of birth, list of her non-personal-line contracts",
        frm="Datenschutzkoordination <datenschutz@%s>" % D, to="Gudrun Pfeiffer <gudrun.pfeiffer@fernpost.example>",
        subject="Ihr Widerspruch gegen Werbung – Bestätigung",
        date="Thu, 07 Jan 2027 10:00:00 +0100",
        body="""Sehr geehrte Frau Pfeiffer,

Sie haben sich über Werbeanrufe unseres Vertriebspartners beschwert und
der Nutzung Ihrer Daten für Werbung widersprochen. Wir bestätigen:

- Ihr Widerspruch ist seit 06.01.2027 in allen Systemen hinterlegt
  (Kundennummer K-1984-22017, geb. 03.12.1961).
- Er gilt für alle Ihre Verträge: Kfz KF-7712-0031, Hausrat
  HR-55-0012290, Privathaftpflicht PH-30-0100877.
- Der Vertriebspartner (Agentur Bernhardt, Baunatal) wurde angewiesen,
  Sie nicht mehr anzurufen. Die Anrufe vom 18. und 29.12. waren nicht
  zulässig; wir haben das mit der Agentur aufgearbeitet.

Mit freundlichen Grüßen
Paulina Stach
""")


@mail
def m109():
    return build(109, label="S", lang="de", kind="insurer-to-bafin",
        reason="body neutral; PDF statement to BaFin on an accidental-death claim: named deceased, autopsy finding (heart attack before fall)",
        frm="Oliver Grunwald <oliver.grunwald@%s>" % D, to="Poststelle Q 24 <poststelle-q24@bafin.example>",
        subject="VBS 24-Q 7113-2026/0602 – Stellungnahme",
        date="Thu, 07 Jan 2027 14:40:00 +0100",
        body="""Sehr geehrte Damen und Herren,

anbei unsere Stellungnahme zu dem oben genannten Vorgang.

Mit freundlichen Grüßen
Oliver Grunwald
Vorstandsbüro, Falkenried Versicherung AG
""",
        atts=[att("Stellungnahme_VBS_2026-0602.pdf", "application/pdf", pdf([
            "Falkenried Allgemeine Versicherung AG - Stellungnahme an die BaFin, VBS 24-Q 7113-2026/0602",
            "",
            "Beschwerdeführerin: Frau Monika Haberland (Witwe und Bezugsberechtigte)",
            "Versicherte Person: Herr Jürgen Haberland, verstorben am 14.08.2026",
            "Vertrag: Unfallversicherung UF-40-0050871, Todesfallsumme 50.000 EUR",
            "",
            "Herr Haberland stürzte beim Reinigen der Dachrinne von einer Leiter und verstarb noch",
            "am Unfallort. Die von der Staatsanwaltschaft angeordnete Obduktion ergab einen frischen",
            "Hinterwandinfarkt als Ursache des Sturzes; die Sturzverletzungen (Schädelprellung) waren",
            "nach dem Obduktionsbericht nicht todesursächlich.",
            "",
            "Ein Unfall im Sinne der Bedingungen liegt daher nicht vor (Bewusstseinsstörung durch",
            "Herzinfarkt, Ziffer 5.1.1 AUB). Die Ablehnung vom 02.10.2026 ist zutreffend.",
            "",
            "Wir haben Frau Haberland die Erstattung der Beiträge seit dem Todestag zugesagt.",
        ], title="Stellungnahme BaFin"))])


@mail
def m110():
    return build(110, label="N", lang="en", kind="newsletter",
        reason="trap: customer newsletter on flu vaccination and check-ups covered by health tariffs; product text only",
        frm="Falkenried Health News <newsletter@%s>" % D, to="expat-newsletter@%s" % D,
        subject="Stay healthy this winter – what your plan covers",
        date="Fri, 08 Jan 2027 07:00:00 +0100",
        body="""Falkenried Health News – January 2027

Flu vaccination: covered in all GlobalCare plans, no deductible.
Check-ups: from age 35 one full check-up every two years.
Travel vaccinations: up to EUR 300 per year in GlobalCare Plus.

Not happy with us? Write to complaints@falkenried-versicherung.example –
we answer within 10 working days.
""",
        html="""<html><body style="font-family:Arial;max-width:600px">
<h2 style="color:#00695c">Stay healthy this winter</h2>
<table cellpadding="6"><tr><td><b>Flu vaccination</b></td><td>covered in all GlobalCare plans, no deductible</td></tr>
<tr><td><b>Check-ups</b></td><td>from age 35 one full check-up every two years</td></tr>
<tr><td><b>Travel vaccinations</b></td><td>up to EUR 300 per year in GlobalCare Plus</td></tr></table>
<p>Not happy with us? Write to <a href="mailto:complaints@falkenried-versicherung.example">complaints@falkenried-versicherung.example</a>
&ndash; we answer within 10 working days.</p></body></html>""")


@mail
def m111():
    return build(111, label="C", lang="en", kind="insurer-to-broker",
        reason="answer to a broker about a client's flooded-basement claim complaint: named client, address, policy, amounts",
        frm="Schaden Hausrat <schaden-hausrat@%s>" % D, to="Henrik Sievers <h.sievers@sievers-makler.example>",
        subject="RE: complaint – basement flooding, client Ms Okoro",
        date="Fri, 08 Jan 2027 11:55:00 +0100",
        body="""Hello Mr Sievers,

regarding the complaint of your client Ms Adaeze Okoro (household policy
HR-55-0077410, Am Hang 12, 34131 Kassel), claim 26-HR-0579001:

Her basement was flooded by backed-up sewage on 2 December. The basement
contents (washing machine, dryer, stored furniture) are covered only if
the backflow valve was maintained; Ms Okoro has now sent the invoice of
the plumber's inspection from March 2026. We therefore accept the claim:
EUR 3,212 for contents, paid today.

The drying costs (EUR 1,840) are for the landlord's buildings insurer.

Best regards
Mirko Tallig
Household Claims
""")


@mail
def m112():
    return build(112, label="N", lang="de", kind="internal",
        reason="trap: minutes of the goodwill committee on thresholds for ex-gratia payments in health and motor; no cases",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="kulanzausschuss@%s" % D,
        subject="Ergebnisprotokoll Kulanzausschuss 07.01.2027",
        date="Fri, 08 Jan 2027 16:00:00 +0100",
        body="""Ergebnisprotokoll Kulanzausschuss vom 07.01.2027

1. Kulanzgrenzen 2027 (pro Fall, ohne Vorstandsvorlage)
   Sachbearbeitung Beschwerde:     500 EUR
   Teamleitung:                  2.500 EUR
   Leitung Beschwerdemanagement: 10.000 EUR
   Kranken: Kulanz bei medizinischen Leistungen nur nach Votum des
   beratungsärztlichen Dienstes.
2. Kulanzvolumen 2026: 412.000 EUR (Budget 450.000), davon 61 % Kranken,
   22 % Kfz, 17 % übrige.
3. Kulanz in Ombudsmann-Verfahren wird künftig getrennt ausgewiesen.

gez. M. Oberhuber
""")


@mail
def m113():
    return build(113, label="S", lang="mixed", kind="insurer-to-customer",
        reason="bilingual access-request answer for a health customer; XLSX lists claims with diagnoses (J45.0, M75.1); body neutral",
        frm="Datenschutzkoordination <datenschutz@%s>" % D, to="Olga Petrenko <olga.petrenko@mailbox.example>",
        subject="Auskunft Art. 15 DSGVO / access request – DS-2027-0009",
        date="Mon, 11 Jan 2027 09:30:00 +0100",
        body="""Sehr geehrte Frau Petrenko, dear Ms Petrenko,

wie gewünscht erhalten Sie die Auskunft per E-Mail (Ihre Einwilligung vom
05.01.2027 liegt vor). / As requested, please find the information
attached; your consent of 5 January 2027 is on file.

Mit freundlichen Grüßen / Kind regards
Paulina Stach
""",
        atts=[att("DS-2027-0009.xlsx", XLSX_T, xlsx([
            ("Stammdaten", [["Feld / field", "Wert / value"], ["Name", "Olga Petrenko"], ["geb. / born", "1983-04-19"],
                            ["Vertrag / policy", "KV 4471-830-55"]]),
            ("Leistungen", [["Datum", "Leistungserbringer", "Diagnose", "Betrag EUR"],
                            ["2025-02-11", "Dr. Lemke, Pneumologie", "J45.0 Asthma bronchiale", 186.40],
                            ["2025-03-02", "Apotheke am Bahnhof", "Budesonid/Formoterol", 92.10],
                            ["2026-06-18", "Orthopädie Dr. Saß", "M75.1 Rotatorenmanschettensyndrom", 240.75],
                            ["2026-07-01", "Physio Aktiv", "KG 6x", 171.00]]),
        ]))])


@mail
def m114():
    return build(114, label="C", lang="de", kind="internal",
        reason="contact centre asks premium service to defer a motor premium: named customer, contract, unemployment benefit income",
        frm="Marlene Ohst <marlene.ohst@%s>" % D, to="beitragsservice@%s" % D,
        subject="Bitte um Stundung – Kunde Patrick Nowak, KF-7712-7093",
        date="Mon, 11 Jan 2027 11:10:00 +0100",
        body="""Hallo Beitragsservice,

Herr Patrick Nowak (Kfz KF-7712-7093, Jahresbeitrag 734,20 EUR fällig
01.01.) hat angerufen und sich über die Mahnung beschwert. Er ist seit
November arbeitslos und bekommt Arbeitslosengeld I von 1.420 EUR
monatlich. Er bittet um Ratenzahlung: 4 Raten à 183,55 EUR ab Februar.

Er braucht das Auto für Vorstellungsgespräche. Bitte kurz prüfen und
ihm direkt Bescheid geben (Tel. 0157 3348 1120).

Danke
Marlene Ohst, KDC
""")


@mail
def m115():
    return build(115, label="N", lang="en", kind="internal",
        reason="trap: contact-centre HR figures (sick-leave rate 7.2 %, attrition) aggregated per team; no individuals",
        frm="HR Business Partner <hr-service@%s>" % D, to="Selin Aydoğan <selin.aydogan@%s>" % D,
        subject="Contact centre people figures 2026",
        date="Tue, 12 Jan 2027 10:00:00 +0100",
        body="""Hi Selin,

here are the 2026 figures for your management review:

                      Team DE   Team Intl   Overflow (internal share)
Headcount (FTE)         48.5       12.0         –
Sick-leave rate         7.2 %      5.1 %        –
Attrition               14 %       8 %          –
Avg. tenure (years)      4.8        3.1         –

The sick-leave rate is above the company average (5.4 %). Peaks were in
February and November (flu waves). We can offer the team a health day
with the company doctor in Q2.

Best
Sandra Kühne, HR
""")


@mail
def m116():
    return build(116, label="S", lang="de", kind="insurer-to-customer",
        reason="travel health complaint: named customer's ski accident in Austria, tibia fracture, helicopter rescue, hospital bill",
        frm="Reise-Leistung <reise-leistung@%s>" % D, to="Philipp Kastner <philipp.kastner@webpost.example>",
        subject="Ihre Beschwerde – Skiunfall Ischgl, RK-27-0012",
        date="Tue, 12 Jan 2027 14:30:00 +0100",
        body="""Sehr geehrter Herr Kastner,

Sie haben sich beschwert, dass wir die Rechnung für die Hubschrauber-
bergung nach Ihrem Skiunfall am 27.12.2026 (Unterschenkelfraktur links,
Versorgung im Krankenhaus Zams) nicht bezahlt haben.

Die Rechnung der Flugrettung über 5.840 EUR war an Ihre Privatanschrift
gegangen und lag uns noch nicht vor. Wir bezahlen sie direkt an
die Flugrettung. Die Krankenhausrechnung (3 Tage, Osteosynthese, 7.118 EUR)
ist bereits beglichen.

Ihre verauslagten Kosten für Medikamente und die Unterarmgehstützen
(186,40 EUR) überweisen wir auf Ihr Konto DE24 7471 2477 1668 1912 43.

Gute Besserung!
Freundliche Grüße
Reise-Leistung, Falkenried Krankenversicherung AG
""")


@mail
def m117():
    return build(117, label="N", lang="de", kind="internal",
        reason="trap: draft website FAQ 'Beschwerde einreichen' advising not to send health data by plain mail; generic",
        frm="Annette Vollmer <annette.vollmer@%s>" % D, to="Miriam Oberhuber <miriam.oberhuber@%s>" % D,
        subject="FAQ Beschwerde für die Website – bitte freigeben",
        date="Wed, 13 Jan 2027 09:45:00 +0100",
        body="""Liebe Miriam,

hier der FAQ-Entwurf für die neue Service-Seite. Passt das so?

F: Wie kann ich mich beschweren?
A: Per Formular, E-Mail an beschwerde@falkenried-versicherung.example,
   Telefon 0561 9330-5000 oder Brief.

F: Darf ich Arztberichte oder Rechnungen mitschicken?
A: Ja, aber bitte nicht per normaler E-Mail. Nutzen Sie den Upload im
   Kundenportal oder die App. Dort sind Ihre Gesundheitsdaten geschützt.

F: Wie lange dauert es?
A: Eingangsbestätigung in 3, Antwort in der Regel in 10 Arbeitstagen.

F: Was, wenn ich nicht zufrieden bin?
A: Ombudsmann (Kranken/Pflege: PKV-Ombudsmann; sonst
   Versicherungsombudsmann) oder BaFin.

Viele Grüße
Annette
""")


@mail
def m118():
    return build(118, label="C", lang="de", kind="customer",
        reason="forwarded customer mail asking for a motor refund to her IBAN (digit typo, checksum invalid); named, policy, plate",
        frm="Jens Wöhrle <jens.woehrle@%s>" % D, to="beitragsservice@%s" % D,
        subject="WG: Erstattung Kfz-Beitrag nach Abmeldung",
        date="Wed, 13 Jan 2027 12:20:00 +0100",
        body="""Hallo Beitragsservice, bitte Erstattung prüfen. Achtung, die IBAN
der Kundin scheint nicht zu stimmen (Prüfziffer falsch), bitte nicht
einfach übernehmen. Jens

-------- Weitergeleitete Nachricht --------
Betreff: Erstattung
Datum: Tue, 12 Jan 2027 20:14:55 +0100
Von: Birgit Lehnhoff <birgit.lehnhoff@fernpost.example>
An: service@falkenried-versicherung.example

hallo,

ich hab mein auto (KS-BL 318, vertrag KF-7712-2901) am 30.11. abgemeldet
und immer noch kein geld zurück bekommen, obwohl ich für das ganze jahr
bezahlt hab. das ist jetzt die 2. mail!!!

bitte überweisen auf DE46 5500 2959 4046 8635 31

mfg B. Lehnhoff
""")


@mail
def m119():
    return build(119, label="N", lang="en", kind="internal",
        reason="out-of-office reply of an international service employee; nothing sensitive",
        frm="Emily Carter <emily.carter@%s>" % D, to="Daniel Okafor <daniel.okafor@%s>" % D,
        subject="Automatic reply: Complaint GC-700-40219 – next steps",
        date="Wed, 13 Jan 2027 15:02:10 +0100",
        extra=[("Auto-Submitted", "auto-replied")],
        body="""Thank you for your message. I am out of the office until 18 January
with limited access to e-mail. For urgent matters please contact
expat-service@falkenried-versicherung.example or call +49 561 9330-4800.

Emily Carter
International Client Services
""")


@mail
def m120():
    return build(120, label="S", lang="en", kind="insurer-to-customer",
        reason="complaint answer in group accident insurance: named employee's partial finger amputation at work, disability percentage",
        frm="Accident Claims <leistung-unfall@%s>" % D, to="Viktor Horvat <viktor.horvat@northmail.example>",
        subject="Your complaint – group accident insurance, accident of 4 September 2026",
        date="Thu, 14 Jan 2027 10:25:00 +0100",
        body="""Dear Mr Horvat,

you are insured under the group accident policy of your employer, Brenner
Metallbau GmbH (GU-70-000412). You complained that we paid only EUR 5,000
for the loss of your left index finger at the end joint in the accident
with a press brake on 4 September 2026.

Under the limb table, loss of an index finger is rated at 10 %; for loss
at the end joint the policy sets 1/3 of that value, i.e. 3.33 %. With a
base sum of EUR 150,000 and progression 225 % this results in EUR 5,000.

However, your hand surgeon reports additional stiffness of the middle
joint. We will have this assessed one year after the accident and may
increase the payment then.

Yours sincerely
Accident Claims, Falkenried Allgemeine Versicherung AG
""")


@mail
def m121():
    return build(121, label="C", lang="en", kind="insurer-to-customer",
        reason="cyber insurance complaint of a sole-trader photographer: named person, policy, ransomware costs paid",
        frm="Commercial Claims <gewerbe-schaden@%s>" % D, to="Lena Marquardt <studio@lenamarquardt-foto.example>",
        subject="Your complaint – cyber claim CY-26-0041",
        date="Thu, 14 Jan 2027 13:00:00 +0100",
        body="""Dear Ms Marquardt,

thank you for your complaint about our handling of the ransomware attack
on your studio laptop and NAS on 19 November (cyber policy
CY-10-0002218, sole trader).

You are right that our incident hotline should have sent the IT forensic
provider within 24 hours; it took four days. We have paid:

  forensic analysis and data recovery      EUR 4,120.00
  business interruption (9 days)           EUR 2,610.00
  new NAS                                  EUR   899.00

and additionally, as an apology, the cost of the replacement laptop
(EUR 1,450), which is otherwise not covered.

Kind regards
Commercial Claims
Falkenried Allgemeine Versicherung AG
""")


@mail
def m122():
    return build(122, label="N", lang="de", kind="internal",
        reason="trap: all-staff notice of a blood donation drive in the building with health words; no person",
        frm="Betriebsärztlicher Dienst <betriebsarzt@%s>" % D, to="alle-mitarbeitenden-kassel@%s" % D,
        subject="Blutspende im Haus am 28.01. – jetzt Termin buchen",
        date="Fri, 15 Jan 2027 08:00:00 +0100",
        body="""Liebe Kolleginnen und Kollegen,

am Donnerstag, 28.01.2027, kommt der Blutspendedienst zu uns ins
Casino (EG), 10-15 Uhr.

- Spenden dürfen Gesunde ab 18 Jahren und mindestens 50 kg.
- Bitte vorher gut essen und viel trinken.
- Nach Infekten, Impfungen oder Tattoos gelten Wartezeiten; der
  Fragebogen vor Ort klärt das vertraulich mit der Ärztin.

Die Spendezeit gilt als Arbeitszeit. Termine über das Intranet.

Ihr Betriebsärztlicher Dienst
""")


@mail
def m123():
    return build(123, label="S", lang="de", kind="internal",
        reason="iso-8859-1 phone note to life claims: widower reports wife's suicide, asks about the benefit; named persons and contract",
        frm="Marlene Ohst <marlene.ohst@%s>" % D, to="leistung-leben@%s" % D,
        subject="Telefonnotiz – Todesfall, Herr Adomeit",
        date="Fri, 15 Jan 2027 11:35:00 +0100", charset="iso-8859-1",
        body="""Hallo Leben,

Herr Rüdiger Adomeit hat heute angerufen (Tel. 0561 31 77 04). Seine
Ehefrau, Frau Sabine Adomeit, geb. 09.10.1974, ist am 08.01.2027
verstorben; er sagte, sie habe sich das Leben genommen. Sie war bei uns
mit einer Risikolebensversicherung LB 8820-390-61 versichert (Vertrag
seit 2021), er ist Bezugsberechtigter.

Er hat gehört, dass "bei Selbstmord nichts gezahlt wird" und ist sehr
aufgelöst. Ich habe gesagt, dass sich die Leistungsabteilung meldet, und
ihm nichts zur Karenzzeit gesagt. Bitte behutsam zurückrufen, er
möchte lieber angerufen als angeschrieben werden.

Sterbeurkunde schickt er per Post.

Marlene Ohst, KDC
""")


@mail
def m124():
    return build(124, label="N", lang="en", kind="insurer-to-partner",
        reason="trap: reply to an industry association survey on complaint numbers and handling times, aggregated by line",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="Survey Team <surveys@insurance-association.example>",
        subject="RE: Member survey 2026 – complaint handling",
        date="Mon, 18 Jan 2027 09:15:00 +0100",
        body="""Dear survey team,

please find our answers below (group figures, calendar year 2026):

Q1 Number of complaints received: 2,116
Q2 Of which health and care: 1,061; life incl. disability: 203
Q3 Median handling time: 9 working days
Q4 Share answered within 2 weeks: 71 %
Q5 Ombudsman procedures: 189
Q6 Do you use a dedicated team for health complaints? Yes, since 03/2026
Q7 Do you publish a complaints report? Yes, annually (summary)

We agree to publication in anonymised, aggregated form only.

Kind regards
Miriam Oberhuber
Head of Complaints Management, Falkenried Versicherungsgruppe
""")


@mail
def m125():
    return build(125, label="C", lang="de", kind="insurer-to-customer",
        reason="dog liability complaint: insured dog bit the neighbour's dog, vet bill of the other dog (animal health), named customer",
        frm="Schaden Haftpflicht <schaden-haftpflicht@%s>" % D, to="Ralf Dannenberg <ralf.dannenberg@t-net.example>",
        subject="Ihre Beschwerde – Hundehaftpflicht TH-08-0019904",
        date="Mon, 18 Jan 2027 14:40:00 +0100",
        body="""Sehr geehrter Herr Dannenberg,

Sie beschweren sich, dass Ihre Nachbarin, Frau Scholl, noch kein Geld für
die Behandlung ihres Hundes erhalten hat. Ihr Schäferhund "Ares" hatte
am 21.12.2026 den Dackel "Fridolin" von Frau Scholl gebissen (Bisswunde
am Hals, Wundversorgung in Vollnarkose, Tierklinik Baunatal).

Die Rechnung der Tierklinik über 1.386,50 EUR lag uns erst am 11.01. vor.
Wir haben sie heute direkt an Frau Scholl bezahlt. Menschen wurden nicht
verletzt.

Freundliche Grüße
Schaden Haftpflicht
Falkenried Allgemeine Versicherung AG
""")


@mail
def m126():
    return build(126, label="C", lang="en", kind="insurer-to-customer",
        reason="ICS callback appointment for a motor complaint: named customer, claim number and plate in the calendar entry",
        frm="Nadine Pohlmann <nadine.pohlmann@%s>" % D, to="Hamza Qureshi <hamza.qureshi@postbox.example>",
        subject="Callback appointment – your complaint about claim 27-KH-0004410",
        date="Tue, 19 Jan 2027 09:00:00 +0100",
        body="""Dear Mr Qureshi,

as agreed, I will call you on Thursday, 21 January, at 12:30 about your
complaint. The appointment is attached for your calendar.

Kind regards
Nadine Pohlmann
Motor Claims
""",
        atts=[att("callback.ics", "text/calendar",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Falkenried//Callback//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:callback-27KH0004410@falkenried-versicherung.example\r\n"
            "DTSTAMP:20270119T080000Z\r\nDTSTART:20270121T113000Z\r\nDTEND:20270121T114500Z\r\n"
            "SUMMARY:Callback Falkenried – claim 27-KH-0004410 (Hamza Qureshi)\r\n"
            "DESCRIPTION:Complaint about repair shop choice\\, vehicle KS-HQ 5\\, policy KF-7712-8124. "
            "Call +49 176 2210 9934.\r\n"
            "ORGANIZER;CN=Nadine Pohlmann:mailto:nadine.pohlmann@falkenried-versicherung.example\r\n"
            "ATTENDEE;CN=Hamza Qureshi:mailto:hamza.qureshi@postbox.example\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n", method="REQUEST")])


@mail
def m127():
    return build(127, label="N", lang="en", kind="internal",
        reason="trap: ZIP of synthetic complaint letters for OCR testing: fictitious 'Jane Sample', published example IBAN, invented diagnosis",
        frm="Lars Quandt <lars.quandt@%s>" % D, to="inbound-ocr-project@%s" % D,
        subject="Test set for inbound OCR – synthetic complaint letters",
        date="Tue, 19 Jan 2027 11:20:00 +0100",
        body="""Hi project team,

attached the synthetic test set for the OCR pilot (3 letters). All
persons and numbers are invented; the IBAN is the usual documentation
example. Please use only this set on the vendor's test system.

Lars
""",
        atts=[att("ocr_testset_v1.zip", "application/zip", zipbytes([
            ("README.txt", "Synthetic test data - NOT real customers.\r\nAll names are fictitious.\r\n"),
            ("letter_01.txt", "Jane Sample (fictitious)\r\nSample Street 1, 00000 Testtown\r\n"
             "Policy: KV 0000-000-01 (test)\r\nComplaint: my bill for treatment of Z99.9 (test code) was not paid.\r\n"
             "Please pay to DE89 3704 0044 0532 0130 00.\r\n"),
            ("letter_02.pdf", pdf(["TEST LETTER 02 - synthetic", "Max Mustermann (fiktiv), geb. 01.01.1970",
                                   "Beschwerde ueber Kfz-Schaden 00-KH-0000000 (Testdaten)"], title="Test 02")),
            ("letter_03.txt", "Erika Musterfrau (fiktiv)\r\nBeschwerde: Rueckruf fehlt. Vertrag HR-00-0000000 (Test).\r\n"),
        ]))])


@mail
def m128():
    return build(128, label="S", lang="en", kind="insurer-to-customer",
        reason="base64 body: complaint answer on a BU follow-up review ending benefits; named insured, spinal disc surgery, return to work",
        frm="Ute Brandl <ute.brandl@%s>" % D, to="Patrick O'Donnell <patrick.odonnell@northmail.example>",
        subject="Your complaint – end of disability benefits, policy LB 8820-144-39",
        date="Wed, 20 Jan 2027 10:00:00 +0100", cte="base64",
        body="""Dear Mr O'Donnell,

you complained about our decision to end your disability pension from
1 February 2027 after the follow-up review.

We have paid your pension of EUR 1,450 per month since 2023, when you
could no longer work as a scaffolder after two lumbar disc operations
(L4/L5). In our review we learnt that since September 2026 you have been
working full-time as a site safety coordinator. This new job matches
your training and previous income level, so under clause 9 of your policy
conditions benefits end.

We have, however, extended the payments until 31 March 2027 so you have
time to adjust. Your premium waiver also continues until then.

Yours sincerely
Ute Brandl
Life Claims, Falkenried Lebensversicherung AG
""")


@mail
def m129():
    return build(129, label="N", lang="de", kind="internal",
        reason="trap: work instruction for complaints from authorised representatives and legal guardians (Betreuer), generic rules",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="team-beschwerde@%s" % D,
        cc="team-kdc@%s" % D,
        subject="Arbeitsanweisung AA-BM-09: Beschwerden durch Bevollmächtigte und Betreuer",
        date="Wed, 20 Jan 2027 14:15:00 +0100",
        body="""Hallo zusammen,

ab sofort gilt die folgende Arbeitsanweisung:

1. Angehörige sind NICHT automatisch berechtigt. Auskunft nur bei
   schriftlicher Vollmacht oder Betreuerausweis mit passendem
   Aufgabenkreis (z. B. Gesundheitssorge, Vermögenssorge).
2. Bei Gesundheitsdaten zusätzlich Schweigepflichtentbindung oder
   Vollmacht mit Gesundheitsbezug prüfen.
3. Vorsorgevollmacht: Kopie in die Akte, Gültigkeit prüfen.
4. Am Telefon ohne Vollmacht nur allgemeine Auskünfte ("Wir haben
   Ihre Beschwerde erhalten"), keine Vertragsinhalte.
5. Beschwerden von Betreuern werden wie Kundenbeschwerden behandelt
   (Frist 10 Arbeitstage).

Rückfragen an mich oder Paulina.
Miriam
""")


@mail
def m130():
    return build(130, label="S", lang="de", kind="insurer-to-customer",
        reason="complaint answer on orthodontic treatment of a named child (KIG 3, deep bite), treatment plan and reimbursement",
        frm="Leistung Zahn <leistung-kv-zahn@%s>" % D, to="Nicole Brandes <nicole.brandes@webpost.example>",
        subject="Kieferorthopädie Ihrer Tochter Lea – Ihre Beschwerde",
        date="Thu, 21 Jan 2027 09:30:00 +0100",
        body="""Sehr geehrte Frau Brandes,

Sie haben sich beschwert, dass wir den Behandlungsplan für die
kieferorthopädische Behandlung Ihrer Tochter Lea (mitversichert im
Vertrag KV 4471-266-48) nur zu 50 % bezuschussen.

Der Kieferorthopäde Dr. Marx hat einen Tiefbiss mit Einstufung KIG 3
festgestellt. Ihr Tarif Zahn 90 leistet für Kieferorthopädie bei KIG 3
bis 5 zu 80 %, bei KIG 1 und 2 zu 50 %. Im Plan war versehentlich KIG 2
eingetragen; Dr. Marx hat das inzwischen korrigiert.

Wir bestätigen daher 80 % der geplanten Kosten von 4.260 EUR, also bis
3.408 EUR über die voraussichtliche Behandlungsdauer von 3 Jahren.

Mit freundlichen Grüßen
Ihre Leistungsabteilung Zahn
""")


@mail
def m131():
    return build(131, label="N", lang="en", kind="insurer-to-supplier",
        reason="trap: invoice dispute with the ticket-tool vendor, the vendor GmbH's own IBAN; company bank data only",
        frm="Accounts Payable <kreditoren@%s>" % D, to="Billing <billing@tessera-ticketing.example>",
        subject="Invoice TT-2026-1188 – short payment",
        date="Thu, 21 Jan 2027 11:00:00 +0100",
        body="""Dear billing team,

we have paid your invoice TT-2026-1188 (licences Q1/2027) only in part:
EUR 18,240.00 instead of EUR 21,888.00. The 20 additional "Analytics"
seats were not ordered (see our PO 4500187210, 80 seats only).

Payment went to Tessera Ticketing GmbH, account
DE11 5912 0624 1658 5183 34, on 20 January.

Please send a credit note for the difference or a corrected invoice.

Kind regards
Accounts Payable, Falkenried Versicherung AG
""")


@mail
def m132():
    return build(132, label="C", lang="mixed", kind="insurer-to-customer",
        reason="German/English answer on a relocation-goods transport damage complaint: named customers, policy, damaged items, amounts",
        frm="Transport-Schaden <transport-schaden@%s>" % D, to="Jean-Luc Martin <jl.martin@mailbox.example>",
        subject="Umzugsgutversicherung – Ihre Beschwerde / your complaint (UG-26-0077)",
        date="Fri, 22 Jan 2027 10:40:00 +0100",
        body="""Sehr geehrter Herr Martin, dear Mr Martin,

(deutsch) Ihr Umzug von Lyon nach Kassel (14.12.2026) war über unsere
Umzugsgutversicherung UG-26-0077 versichert. Beschädigt wurden ein
Klavier (Schellack, Gehäuse gerissen) und zwei Kartons Geschirr. Wir
zahlen 2.340 EUR für die Klavierreparatur und 410 EUR für das Geschirr.

(English) Your move from Lyon to Kassel on 14 December 2026 was insured
under our relocation goods policy UG-26-0077. A piano (case cracked) and
two boxes of dishes were damaged. We pay EUR 2,340 for the piano repair
and EUR 410 for the dishes. The delay was caused by the carrier,
Transports Rivière, which sent its report only on 15 January.

Mit freundlichen Grüßen / Kind regards
Hanna Seidel
""")


@mail
def m133():
    return build(133, label="S", lang="de", kind="internal",
        reason="body says only 'AW: Unterlagen'; scanned discharge letter sent as application/octet-stream PDF names patient and diagnosis",
        frm="Frank Dierkes <frank.dierkes@%s>" % D, to="Tobias Kranz <tobias.kranz@%s>" % D,
        subject="AW: Unterlagen Beschwerde 27-0118",
        date="Fri, 22 Jan 2027 13:05:00 +0100",
        body="""anbei wie gewünscht

FD
""",
        atts=[att("scan_20270122_130244.pdf", "application/octet-stream", pdf([
            "Kreisklinik Hofgeismar - Innere Medizin",
            "Entlassungsbericht",
            "Patient: Werner Trautmann, geb. 27.02.1958",
            "Aufenthalt: 02.01.2027 - 09.01.2027",
            "Diagnosen: ambulant erworbene Pneumonie (J18.9), COPD GOLD 3 (J44.1), Nikotinabusus",
            "Therapie: Ampicillin/Sulbactam i.v., danach Amoxicillin oral",
            "Empfehlung: Rehabilitation pneumologisch, Sauerstoff-Langzeittherapie prüfen",
            "Mit freundlichen kollegialen Grüßen, Dr. med. A. Stein, Oberarzt",
        ], title="Scan"))])


@mail
def m134():
    return build(134, label="N", lang="de", kind="newsletter",
        reason="trap: internal newsletter of customer service (anniversaries, new colleagues, health day, complaint figures); no personal data beyond organisational",
        frm="Kundenservice intern <ks-intern@%s>" % D, to="alle-kundenservice@%s" % D,
        subject="Kundenservice intern – Januar 2027",
        date="Mon, 25 Jan 2027 08:00:00 +0100",
        body="""KUNDENSERVICE INTERN – Januar 2027

Willkommen!
Im Kundendialog-Center starten diesen Monat Aylin, Moritz und Greta.

Jubiläum
Marlene Ohst ist seit 10 Jahren dabei – herzlichen Glückwunsch!

Zahlen 2026
2.116 Beschwerden, Bearbeitungszeit im Median 9 Tage, 71 % in zwei
Wochen beantwortet. Danke an alle!

Gesundheitstag am 18.03.
Rückenfit am Arbeitsplatz, Stimmtraining für Telefonberufe, Sehtest
mit der Betriebsärztin. Anmeldung im Intranet.

Termine
02.02. Schulung Datenschutz (Pflicht)
18.03. Gesundheitstag
""")


@mail
def m135():
    return build(135, label="C", lang="en", kind="insurer-to-customer",
        reason="yacht hull damage complaint: named owner, boat name, marina, policy and claim amounts; no injuries",
        frm="Marine Claims <transport-schaden@%s>" % D, to="Frederik Holm <frederik.holm@northmail.example>",
        subject="Your complaint – yacht 'Sólveig', claim YA-26-0019",
        date="Mon, 25 Jan 2027 14:20:00 +0100",
        body="""Dear Mr Holm,

you complained about the deduction for wear and tear in the settlement of
the damage to your sailing yacht "Sólveig" (Hallberg-Rassy 34, yacht
policy YA-05-0003318), which broke loose from its mooring in the storm of
6 December at Marina Heiligenhafen. Nobody was on board.

Our surveyor deducted 30 % "new for old" on the gelcoat repair. Your
policy, however, has the clause "no deduction for hulls younger than 10
years", and the yacht was built in 2018. We therefore pay the full repair
cost of EUR 11,860 less the deductible of EUR 500, i.e. an additional
EUR 3,408.

Kind regards
Marine Claims, Falkenried Allgemeine Versicherung AG
""")


@mail
def m136():
    return build(136, label="S", lang="en", kind="customer",
        reason="forwarded complaint (message/rfc822) from a son about his father's care home costs, care level 4, Parkinson's disease",
        frm="Emily Carter <emily.carter@%s>" % D, to="leistung-pflege@%s" % D,
        subject="Fwd: Complaint – care home costs for my father",
        date="Tue, 26 Jan 2027 09:10:00 +0100",
        body="""Hello Pflege team,

forwarding an English complaint about a care case, power of attorney is in
the file according to the customer. Could you draft the German part of
the answer? I'll translate.

Thanks, Emily
""",
        atts=[msg(frm="Michael Baumgartner <m.baumgartner@postbox.example>", to="complaints@%s" % D,
                  subject="Complaint – care home costs for my father",
                  date="Mon, 25 Jan 2027 19:48:12 +0000", msgid="<0125cc.884@postbox.example>",
                  body="""Dear Sir or Madam,

I hold power of attorney for my father, Josef Baumgartner (long-term care
policy PPV 4471-044-09-P and supplementary care PZ 4471-044-10). He has
advanced Parkinson's disease and moved into Haus Abendrot in Vellmar in
November after being assessed at care level 4.

Since then we have received no payment at all. The home invoices EUR 4,812
a month, of which EUR 2,900 is the residents' share. I have sent the
assessment and the home contract twice.

I expect payment of the arrears by the end of January.

Michael Baumgartner
""")])


@mail
def m137():
    return build(137, label="N", lang="en", kind="internal",
        reason="trap: DPIA summary for storing chat transcripts, lists health data as a data category; no individuals",
        frm="Dr. Raphael Imhof <raphael.imhof@%s>" % D, to="chat-project@%s" % D,
        subject="DPIA chat transcripts – summary and decision",
        date="Tue, 26 Jan 2027 15:30:00 +0100",
        body="""Hi all,

summary of the DPIA for storing web-chat transcripts:

Data categories: contact data, policy numbers, occasionally bank
details, health data (customers describe symptoms, treatments and
diagnoses although we ask them not to).
Risks: unauthorised access by agents without claims role; retention too
long; use for training chatbots.
Measures: role-based access; automatic masking of IBANs; transcripts
with health keywords get the flag "sensitive" and are only visible to
health teams; retention 12 months (complaints: 6 years in the complaint
file, not in the chat tool); no training on raw transcripts.
Residual risk: acceptable. Consultation of the authority not required.

Raphael Imhof, DPO
""")


@mail
def m138():
    return build(138, label="C", lang="de", kind="insurer-to-customer",
        reason="HTML-only answer on a windscreen complaint: named customer, plate, partial-cover policy, workshop invoice",
        frm="Kfz-Service <kfz-service@%s>" % D, to="Anja Rehbein <anja.rehbein@fernpost.example>",
        subject="Ihre Beschwerde – Frontscheibe KS-AR 2210",
        date="Wed, 27 Jan 2027 10:05:00 +0100",
        html="""<html><body style="font-family:Verdana;font-size:10pt">
<p>Sehr geehrte Frau Rehbein,</p>
<p>Sie haben sich beschwert, weil wir die Rechnung der Werkstatt Autoglas Nordhessen für den Austausch der
Frontscheibe Ihres Ford Kuga (<b>KS-AR 2210</b>, Teilkasko <b>KF-7712-3788</b>) gekürzt haben.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Position</th><th>Rechnung</th><th>erstattet</th></tr>
<tr><td>Frontscheibe mit Kamerahalter</td><td>1.148,00 €</td><td>1.148,00 €</td></tr>
<tr><td>Kalibrierung Fahrerassistenz</td><td>289,00 €</td><td>289,00 € (neu)</td></tr>
<tr><td>Selbstbeteiligung</td><td></td><td>&minus;150,00 €</td></tr>
</table>
<p>Die Kalibrierung der Kamera hatten wir zunächst nicht anerkannt. Sie ist bei Ihrem Fahrzeug jedoch
vorgeschrieben. Wir zahlen die 289,00&nbsp;€ nach.</p>
<p>Freundliche Grüße<br>Ihr Kfz-Service</p></body></html>""")


@mail
def m139():
    return build(139, label="S", lang="de", kind="insurer-to-customer",
        reason="access request answer for an accident customer: ZIP with PDF of expert report summary (shoulder injury, disability); body harmless",
        frm="Datenschutzkoordination <datenschutz@%s>" % D, to="Egon Wilke <egon.wilke@t-net.example>",
        subject="DS-2027-0031",
        date="Thu, 28 Jan 2027 09:15:00 +0100",
        body="""Sehr geehrter Herr Wilke,

anbei die angeforderten Unterlagen als verschlüsseltes Archiv. Das
Kennwort haben wir Ihnen per SMS an die hinterlegte Nummer geschickt.

Mit freundlichen Grüßen
Datenschutzkoordination
""",
        atts=[att("DS-2027-0031.zip", "application/zip", zipbytes([
            ("Auskunft.pdf", pdf([
                "Auskunft nach Art. 15 DSGVO - Herr Egon Wilke, geb. 05.05.1960",
                "Vertrag: Unfallversicherung UF-40-0022871",
                "Unfall vom 02.02.2026: Sturz auf Glatteis, Rotatorenmanschettenruptur rechts (S46.0)",
                "Operation 10.02.2026 (arthroskopische Naht), Physiotherapie bis 07/2026",
                "Gutachten Dr. Pausch vom 11.01.2027: Invalidität 2/10 Armwert",
                "Gespeicherte Dokumente: Unfallanzeige, OP-Bericht, Gutachten, Abrechnung",
            ], title="Auskunft")),
            ("Hinweise.txt", "Speicherdauer: 10 Jahre nach Abschluss des Leistungsfalls.\r\n"),
        ]))])


@mail
def m140():
    return build(140, label="N", lang="de", kind="internal",
        reason="trap: occupational-health announcement of ergonomics and voice checks in the call centre; no person",
        frm="Arbeitssicherheit <arbeitssicherheit@%s>" % D, to="team-kdc@%s" % D,
        subject="Ergonomie-Check und Stimmbelastung im KDC – Termine Februar",
        date="Fri, 29 Jan 2027 08:30:00 +0100",
        body="""Liebe Kolleginnen und Kollegen im Kundendialog-Center,

die Gefährdungsbeurteilung hat für Telefonarbeitsplätze erhöhte Belastungen
für Stimme, Gehör und Rücken ergeben. Wir bieten deshalb an:

- Ergonomie-Check am Arbeitsplatz (15 Minuten), 08.-12.02.
- Stimmtraining mit einer Logopädin in Kleingruppen, 17.02.
- Hörtest beim Betriebsarzt (freiwillig, Ergebnisse bleiben beim Arzt)

Anmeldung über die Liste im Teams-Kanal. Niemand muss Angaben zu seiner
Gesundheit gegenüber Vorgesetzten machen.

Arbeitssicherheit / Betriebsärztlicher Dienst
""")


@mail
def m141():
    return build(141, label="C", lang="en", kind="insurer-to-lawyer",
        reason="letter to a third party's lawyer about a private liability claim (cyclist hit a parked car): named insured and claimant; no injury",
        frm="Sophie Reinholdt <sophie.reinholdt@%s>" % D, to="Ms Abigail Thornton <a.thornton@thornton-law.example>",
        subject="Your client Mr Deniz Aksoy – claim 26-PH-0310277",
        date="Fri, 29 Jan 2027 11:45:00 +0100",
        body="""Dear Ms Thornton,

thank you for your letter of 20 January complaining about the delay in
settling your client's claim.

Our insured, Ms Felicitas Brandt (private liability PH-30-0188412),
collided with your client's parked Audi A4 (KS-DA 44) while cycling on
Friedrich-Ebert-Straße on 9 November 2026. No one was injured. Liability
is accepted.

We will pay the repair costs according to the estimate (EUR 2,870.40) and
a flat fee of EUR 25. The rental car costs of EUR 612 are disputed because
your client owns a second vehicle.

Yours sincerely
Sophie Reinholdt
Legal Department
""")


@mail
def m142():
    return build(142, label="S", lang="mixed", kind="internal",
        reason="DE/EN escalation: expat member's psychiatric inpatient stay in Zurich for recurrent severe depression (F33.2)",
        frm="Daniel Okafor <daniel.okafor@%s>" % D, to="leistung-kv-stationaer@%s" % D,
        cc="Dr. Meike Strobel <meike.strobel@%s>" % D,
        subject="Eilt: Kostenübernahme Zürich – member GC-700-51118 / complaint by spouse",
        date="Mon, 01 Feb 2027 08:55:00 +0100",
        body="""Hallo Kolleginnen und Kollegen,

bitte dringend prüfen. The spouse of our member Dr. Adrian Keller-Novak
(GC-700-51118) called the complaints line this morning, very upset.

Herr Keller-Novak ist seit 26.01. stationär in der Privatklinik
Seeblick, Zürich, wegen einer schweren rezidivierenden depressiven Episode
(F33.2). Die Klinik verlangt eine Kostengutsprache für 6 Wochen
(CHF 980/Tag). Our system shows psychiatric inpatient cover in GlobalCare
Plus up to 60 days per year, so this should be fine.

Spouse's mobile: +41 79 441 20 87. She has power of attorney (on file
since 2024).

Danke / thanks
Daniel
""")


@mail
def m143():
    return build(143, label="N", lang="en", kind="insurer-to-prospect",
        reason="trap: prospect asked for the dental insurance brochure; generic product answer, no contract or health data",
        frm="Falkenried Sales Service <vertrieb-service@%s>" % D, to="t.nakamura@mailbox.example",
        subject="Re: information on dental insurance",
        date="Mon, 01 Feb 2027 10:30:00 +0100",
        body="""Dear Mr Nakamura,

thank you for your interest. Our dental plans in brief:

Zahn 70   – 70 % for dentures, implants, inlays; 100 % prophylaxis up to
            EUR 120 per year; from EUR 14.90 a month
Zahn 90   – 90 % for dentures and implants, orthodontics for children;
            from EUR 27.40 a month

Waiting periods do not apply; the reimbursement is limited in the first
four years (dental scale). Treatments already planned or ongoing at the
start of the policy are not covered.

The brochure (PDF, English) is available at
https://www.falkenried-versicherung.example/en/dental

Kind regards
Sales Service
""")


@mail
def m144():
    return build(144, label="C", lang="de", kind="insurer-to-customer",
        reason="electronics insurance complaint (smartphone screen): named customer, IMEI, policy, repair amount",
        frm="Beschwerdemanagement <beschwerde@%s>" % D, to="Luisa Hertwig <luisa.hertwig@webpost.example>",
        subject="Ihre Beschwerde – Handyversicherung EL-12-0044719",
        date="Tue, 02 Feb 2027 09:45:00 +0100",
        body="""Hallo Frau Hertwig,

danke für Ihre Nachricht. Ihr iPhone 15 (IMEI 356781113402219) ist am
12.01. heruntergefallen, Display gebrochen. Wir hatten die Reparatur
abgelehnt, weil der Kaufbeleg auf Ihren Partner ausgestellt ist.

Da Sie das Gerät laut Vertrag EL-12-0044719 als versicherte Person
nutzen und Ihr Partner die Abtretung bestätigt hat, übernehmen wir die
Reparatur bei Handyklinik Kassel (389,00 EUR abzüglich 50 EUR
Selbstbeteiligung).

Viele Grüße
Tobias Kranz
""")


@mail
def m145():
    return build(145, label="S", lang="en", kind="insurer-to-pharmacy",
        reason="query to a pharmacy about a named patient's insulin and CGM sensor invoices after her complaint",
        frm="Frank Dierkes <frank.dierkes@%s>" % D, to="Adler-Apotheke Kassel <info@adler-apotheke-kassel.example>",
        subject="Patient Ms Grace Whitmore-Lang – invoices December 2026",
        date="Tue, 02 Feb 2027 13:20:00 +0100",
        body="""Dear colleagues,

our insured Ms Grace Whitmore-Lang (KV 4471-915-02) has complained that
her December invoices were rejected. She has type 1 diabetes and you
supplied:

- insulin aspart 100 U/ml, 10 pens (PZN 06939521)
- insulin glargine 100 U/ml, 5 pens
- FreeStyle Libre 3 sensors, 2 x 14 days

The invoice we received shows the prescribing doctor's stamp, but no
prescription date. Could you send us a copy of the prescription with date
so that we can reimburse her? You may reply by fax (0561 9330-4499).

Kind regards
Frank Dierkes
Health Benefits, Falkenried Krankenversicherung AG
""")


@mail
def m146():
    return build(146, label="N", lang="de", kind="internal",
        reason="trap: ODS analysis of ombudsman decisions 2026 by line (Kranken, BU, Unfall) with outcomes; anonymised aggregates",
        frm="Beatrix Heuer <beatrix.heuer@%s>" % D, to="Miriam Oberhuber <miriam.oberhuber@%s>" % D,
        subject="Auswertung Ombudsmann-Entscheidungen 2026",
        date="Wed, 03 Feb 2027 10:10:00 +0100",
        body="""Hallo Miriam,

anbei die Auswertung. Bei BU und Unfall verlieren wir auffällig oft,
wenn ein Gegengutachten vorgelegt wird – Thema für den Kulanzausschuss?

Beatrix
""",
        atts=[att("Ombudsmann_Entscheidungen_2026.ods", ODS_T, ods([
            ("2026", [["Sparte", "Verfahren", "zugunsten Kunde", "Vergleich", "zugunsten Falkenried", "offen"],
                      ["Kranken/Pflege (PKV-Ombudsmann)", 74, 14, 11, 43, 6],
                      ["Leben", 15, 3, 2, 9, 1],
                      ["Berufsunfähigkeit", 13, 5, 3, 4, 1],
                      ["Unfall", 9, 3, 2, 3, 1],
                      ["Kfz", 21, 4, 5, 11, 1],
                      ["Hausrat/Wohngebäude", 24, 6, 4, 13, 1],
                      ["Rechtsschutz", 33, 9, 6, 16, 2]]),
        ]))])


@mail
def m147():
    return build(147, label="S", lang="de", kind="insurer-to-applicant",
        reason="answer to an applicant's complaint about a declined dental supplementary insurance because of periodontitis",
        frm="Antragsprüfung Kranken <antrag-kv@%s>" % D, to="Sven Hollender <sven.hollender@fernpost.example>",
        subject="Ihre Beschwerde zur Ablehnung Ihres Antrags Zahn 90",
        date="Wed, 03 Feb 2027 14:00:00 +0100",
        body="""Sehr geehrter Herr Hollender,

Sie haben sich beschwert, dass wir Ihren Antrag auf die
Zahnzusatzversicherung Zahn 90 vom 12.01.2027 abgelehnt haben.

In den Gesundheitsfragen haben Sie angegeben, dass bei Ihnen im
Jahr 2026 eine Parodontitis festgestellt wurde und eine systematische
Parodontitistherapie läuft. Außerdem fehlen zwei Zähne (16, 46), die noch
nicht ersetzt sind. Bei laufender Behandlung und fehlenden, nicht
ersetzten Zähnen können wir den Tarif nicht anbieten.

Eine erneute Antragstellung ist möglich, wenn die Therapie abgeschlossen
ist und die Lücken versorgt sind.

Mit freundlichen Grüßen
Antragsprüfung Kranken
Falkenried Krankenversicherung AG
""")


@mail
def m148():
    return build(148, label="N", lang="en", kind="insurer-to-customer",
        reason="trap: portal notification 'new message in your secure mailbox' without content, name or contract",
        frm="Falkenried SecureMail <securemail-noreply@%s>" % D, to="jon.price@postbox.example",
        subject="You have a new message in your Falkenried secure mailbox",
        date="Thu, 04 Feb 2027 07:30:12 +0100",
        extra=[("Auto-Submitted", "auto-generated")],
        body="""Hello,

a new message is waiting for you in your secure mailbox.

Please log in at https://securemail.falkenried-versicherung.example to
read it. For your protection, this notification does not contain the
message itself.

If you have forgotten your password, use "Reset password" on the login
page; you will need the answer to your security question.

Falkenried Versicherung AG – this is an automatic message, please do not
reply.
""")


@mail
def m149():
    return build(149, label="C", lang="de", kind="internal",
        reason="CRM note to legal expenses: named customer asks about divorce advice cover and complains; family-law matter, no health",
        frm="CRM Falkenried <crm-noreply@%s>" % D, to="rechtsschutz@%s" % D,
        subject="CRM-Notiz 2027-02-04/0221 an Rechtsschutz",
        date="Thu, 04 Feb 2027 11:25:00 +0100",
        body="""CRM-Notiz (automatisch weitergeleitet)
Erfasst von: Jens Wöhrle, KDC
Kontakt: Telefon eingehend 04.02.2027 11:02

Kundin:  Tanja Frerichs
Vertrag: RS-22-0166093 (Privat-, Berufs-, Wohnungs-RS inkl. Beratungs-RS
         Familienrecht)

Notiz:
Kd. lebt seit Oktober von ihrem Ehemann getrennt und will sich
scheiden lassen. Sie hat eine Erstberatung bei RAin Kaltenbach gehabt
und die Rechnung (226,10 EUR) eingereicht, Erstattung wurde abgelehnt
("kein Versicherungsfall"). Kd. beschwert sich, weil ihr der Makler
gesagt habe, Beratung im Familienrecht sei versichert. Laut Bedingungen
Beratungs-RS bis 250 EUR je Fall -> bitte prüfen!

Rückruf erwünscht: 0151 4408 2276, nur vormittags, nicht auf
Festnetz (Ehemann).
""")


@mail
def m150():
    return build(150, label="N", lang="mixed", kind="internal",
        reason="short mobile note on when the December statistics arrive, German with English bits; nothing sensitive",
        frm="Miriam Oberhuber <miriam.oberhuber@%s>" % D, to="Katrin Lüdeking <katrin.luedeking@%s>" % D,
        subject="Re: Zahlen Dezember?",
        date="Thu, 04 Feb 2027 18:47:33 +0100",
        in_reply_to="<d70.lued.0204@mail.falkenried-versicherung.example>",
        body="""Hi Katrin,

Zahlen Dezember reichen Montag, kein stress. Board meeting ist erst am
15., I'll need the slides by the 11th. Bitte die Ombudsmann-Quote
getrennt nach PKV und VOmbudsmann, das wollte Falkner letztes Mal.

Danke + schönes WE
Miriam

Sent from my iPhone

> Am 04.02.2027 um 17:12 schrieb Katrin Lüdeking:
> Die Dezember-Zahlen schaffe ich erst Montag, ok?
""")


# ================================================================ writer / checker
KNOWN_INVALID_IBANS = {"DE46550029594046863531"}   # customer typo in m118, kept on purpose


def _iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _render(fn, rng):
    m, meta = fn()
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_fv%s" % "".join(rng.choice("0123456789abcdef") for _ in range(24)))
    return m.as_bytes(policy=policy.SMTP), meta


def _all():
    rng = random.Random(int(NN))
    out = []
    for i, fn in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        data, meta = _render(fn, rng)
        out.append(("d%s-%04d.eml" % (NN, i), data, meta))
    return out


def write():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for name, data, meta in _all():
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        assert "\t" not in meta["reason"] and "\n" not in meta["reason"]
        rows.append("\t".join([name, meta["label"], meta["lang"], meta["kind"], meta["reason"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


def _texts(part, out):
    """Collect decoded text of a parsed message, its attachments and ZIP/office members."""
    if part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            _texts(p, out)
        return
    if part.get_content_type() == "message/rfc822":
        for p in part.iter_parts():
            _texts(p, out)
        return
    for h in ("Subject", "From", "To", "Cc", "Reply-To"):
        if part.get(h):
            out.append(str(part.get(h)))
    if part.get_content_maintype() == "text":
        out.append(part.get_content())
        return
    data = part.get_payload(decode=True) or b""
    _blob(part.get_filename() or "", data, out)


def _blob(name, data, out):
    if data[:4] == b"PK\x03\x04":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for zn in z.namelist():
            _blob(zn, z.read(zn), out)
    elif data[:5] == b"%PDF-":
        assert data.rstrip().endswith(b"%%EOF")
        out.append(" ".join(re.findall(r"\((.*?)\) '", data.decode("cp1252"))))
    else:
        text = None
        for enc in ("utf-8", "cp1252"):
            try:
                text = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if name.endswith((".xml", ".rels")):
            # office XML: only the character data counts, not namespace URIs
            out.append(re.sub(r"<[^>]+>", " ", text))
        else:
            out.append(text)


def check():
    errors = []
    fresh = _all()
    files = sorted(os.listdir(OUT))
    if files != [n for n, _, _ in fresh]:
        errors.append("file list differs from generator")
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("bad labels header")
    rows = [ln.split("\t") for ln in lines[1:]]
    counts = {}
    traps = 0
    langs = {}
    for (name, data, meta), row in zip(fresh, rows):
        if len(row) != 5 or row[0] != name or row[1] != meta["label"] or row[4] != meta["reason"]:
            errors.append("labels.tsv row mismatch: %s" % name)
        counts[row[1]] = counts.get(row[1], 0) + 1
        langs[row[2]] = langs.get(row[2], 0) + 1
        if row[4].startswith("trap:"):
            traps += 1
            if row[1] != "NORMAL":
                errors.append("trap on non-NORMAL: %s" % name)
        with open(os.path.join(OUT, name), "rb") as f:
            disk = f.read()
        if disk != data:
            errors.append("not deterministic / stale: %s" % name)
        if re.search(rb"(?<!\r)\n", disk):
            errors.append("bare LF in %s" % name)
        m = BytesParser(policy=policy.default).parsebytes(disk)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if not m.get(h):
                errors.append("%s lacks %s" % (name, h))
        if m.defects:
            errors.append("%s defects %r" % (name, m.defects))
        texts = []
        try:
            _texts(m, texts)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode parts: %r" % (name, e))
            continue
        blob = "\n".join(texts)
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if not dom.lower().endswith(".example"):
                errors.append("%s: non-.example mail domain %s" % (name, dom))
        for host in re.findall(r"https?://([\w.-]+)", blob):
            if not host.lower().endswith(".example"):
                errors.append("%s: non-.example URL host %s" % (name, host))
        for ib in re.findall(r"\b(?:DE\d{2}(?: ?\d{4}){4} ?\d{2}|AT\d{2}(?: ?\d{4}){4})\b", blob):
            if not _iban_ok(ib) and re.sub(r"\s", "", ib) not in KNOWN_INVALID_IBANS:
                errors.append("%s: IBAN fails checksum %s" % (name, ib))
    want = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
    if len(rows) != 150 or counts != want:
        errors.append("counts %r (rows %d), want %r" % (counts, len(rows), want))
    if traps < 40:
        errors.append("only %d traps" % traps)
    print("mails: %d  labels: %r  traps: %d  langs: %r" % (len(rows), counts, traps, langs))
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
