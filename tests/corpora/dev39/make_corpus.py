#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Corpus dev39 (prefix d39): fictitious mails of the customer service centre
(Kundenservice-Center, KSC) of the invented "Weserbogen Versicherung AG", Bremen.

Every mail below is written out by hand in its own function call (section MAILS).
Only the MIME plumbing, staff signatures and the legal footer are shared.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds twice, compares with disk, parses and opens everything
"""
import csv
import datetime as dt
import hashlib
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d39"
RNG = random.Random(39)
FIXED_ZIP_TIME = (2026, 1, 5, 9, 30, 0)
FIXED_DT = dt.datetime(2026, 1, 5, 9, 30, 0, tzinfo=dt.timezone.utc)
TZ = dt.timezone(dt.timedelta(hours=1))
TZS = dt.timezone(dt.timedelta(hours=2))

MAILS = []  # (file, label, lang, kind, reason, EmailMessage)

# ---------------------------------------------------------------- staff
SIG = {
    "brinkmann": ("Jana Brinkmann", "jana.brinkmann",
                  "Jana Brinkmann\nTeamleiterin Kundenservice-Center Team 3 (Leben/Kranken)\nWeserbogen Versicherung AG\nTel. 0421 7789-3310",
                  "Jana Brinkmann\nTeam Lead, Customer Service Centre Team 3 (Life/Health)\nWeserbogen Versicherung AG, Bremen\nPhone +49 421 7789-3310"),
    "yildirim": ("Okan Yıldırım", "okan.yildirim",
                 "Viele Grüße\nOkan Yıldırım\nKundenservice Kfz / Sach\nWeserbogen Versicherung AG\nTel. 0421 7789-3120",
                 "Kind regards\nOkan Yıldırım\nCustomer Service Motor & Property\nWeserbogen Versicherung AG\nPhone +49 421 7789-3120"),
    "rademacher": ("Heike Rademacher", "heike.rademacher",
                   "Mit freundlichen Grüßen\nHeike Rademacher\nBeschwerdemanagement\nWeserbogen Versicherung AG\nAm Weserbogen 12, 28199 Bremen\nTel. 0421 7789-3900",
                   "Kind regards\nHeike Rademacher\nComplaints Office\nWeserbogen Versicherung AG\nAm Weserbogen 12, 28199 Bremen, Germany"),
    "gerdes": ("Malte Gerdes", "malte.gerdes",
               "Gruß\nMalte Gerdes\nQualitätsmanagement Kundenservice\nDurchwahl -3455",
               "Cheers\nMalte Gerdes\nQuality Management, Customer Service\next. -3455"),
    "thiel": ("Svenja Thiel", "svenja.thiel",
              "Svenja Thiel\nSchichtleitung KSC\nWeserbogen Versicherung AG",
              "Svenja Thiel\nShift Supervisor, Customer Service Centre\nWeserbogen Versicherung AG"),
    "nowak": ("Piotr Nowak", "piotr.nowak",
              "Piotr Nowak\nWorkforce Management / Personaleinsatzplanung KSC\nTel. 0421 7789-3477",
              "Piotr Nowak\nWorkforce Management, Customer Service Centre\nPhone +49 421 7789-3477"),
    "osterloh": ("Friederike Osterloh", "friederike.osterloh",
                 "Friederike Osterloh\nLeiterin Kundenservice-Center\nWeserbogen Versicherung AG\nAm Weserbogen 12 · 28199 Bremen",
                 "Friederike Osterloh\nHead of Customer Service Centre\nWeserbogen Versicherung AG\nAm Weserbogen 12, 28199 Bremen, Germany"),
    "kracht": ("Tobias Kracht", "tobias.kracht",
               "--\nTobias Kracht\nIT-Betrieb Contact-Center-Plattform (WeserVox)\nHotline intern -4444",
               "--\nTobias Kracht\nIT Operations, Contact Centre Platform (WeserVox)\ninternal hotline -4444"),
    "hinrichs": ("Lea Hinrichs", "lea.hinrichs",
                 "Liebe Grüße\nLea Hinrichs\nTeam Chat & Messaging\nWeserbogen Versicherung AG",
                 "Best\nLea Hinrichs\nChat & Messaging Team\nWeserbogen Versicherung AG"),
    "wuebbena": ("Dennis Wübbena", "dennis.wuebbena",
                 "Mit freundlichen Grüßen\n\nDennis Wübbena\nKundenservice Krankenversicherung\nWeserbogen Versicherung AG\nTelefon 0421 7789-3250",
                 "Kind regards\n\nDennis Wübbena\nCustomer Service Health Insurance\nWeserbogen Versicherung AG\nPhone +49 421 7789-3250"),
    "meyerdierks": ("Anke Meyerdierks", "anke.meyerdierks",
                    "Freundliche Grüße\nAnke Meyerdierks\nKundenservice Leben / BU\nWeserbogen Versicherung AG\nTelefon 0421 7789-3270",
                    "Kind regards\nAnke Meyerdierks\nCustomer Service Life / Disability\nWeserbogen Versicherung AG\nPhone +49 421 7789-3270"),
    "odonnell": ("Sarah O'Donnell", "sarah.odonnell",
                 "Sarah O'Donnell\nInternational Customer Desk\nWeserbogen Versicherung AG, Bremen\n+49 421 7789-3600",
                 "Sarah O'Donnell\nInternational Customer Desk\nWeserbogen Versicherung AG, Bremen\n+49 421 7789-3600"),
    "luedemann": ("Marco Lüdemann", "marco.luedemann",
                  "Gruß Marco Lüdemann\nSchadenhotline Sach/Haftpflicht\n0421 7789-3160",
                  "Regards, Marco Lüdemann\nClaims hotline property/liability\n+49 421 7789-3160"),
    "kueck": ("Ines Kück", "ines.kueck",
              "Ines Kück\nTraining & Onboarding Kundenservice\nWeserbogen Versicherung AG",
              "Ines Kück\nTraining & Onboarding, Customer Service\nWeserbogen Versicherung AG"),
    "plate": ("Rüdiger Plate", "ruediger.plate",
              "Rüdiger Plate\nDatenschutzkoordinator Kundenservice-Center\nWeserbogen Versicherung AG",
              "Rüdiger Plate\nData Protection Coordinator, Customer Service Centre\nWeserbogen Versicherung AG"),
    "behrens": ("Kai Behrens", "kai.behrens",
                "VG Kai\n\nKai Behrens | Kundenservice Unfall & Haftpflicht | -3180",
                "Kai\n\nKai Behrens | Customer Service Accident & Liability | ext. -3180"),
    "sommer": ("Mareike Sommer", "mareike.sommer",
               "Beste Grüße\nMareike Sommer\nRückrufservice / Outbound\nWeserbogen Versicherung AG",
               "Best regards\nMareike Sommer\nCallback Service / Outbound\nWeserbogen Versicherung AG"),
}

FOOTER_DE = ("\n\n--\nWeserbogen Versicherung AG · Am Weserbogen 12 · 28199 Bremen\n"
             "Vorstand: Dr. Hauke Steenken (Vors.), Birte Lohmann, Arne Wilkens · "
             "Vorsitzende des Aufsichtsrats: Dr. Gesa Cordes\n"
             "Sitz Bremen · Amtsgericht Bremen HRB 41239 HB\n"
             "Kundenservice: 0421 7789-0 · service@weserbogen.example")
FOOTER_EN = ("\n\n--\nWeserbogen Versicherung AG · Am Weserbogen 12 · 28199 Bremen · Germany\n"
             "Management Board: Dr. Hauke Steenken (Chair), Birte Lohmann, Arne Wilkens\n"
             "Registered office Bremen · Local court Bremen HRB 41239 HB")


def S(key, lang="de"):
    return SIG[key][2] if lang == "de" else SIG[key][3]


def A(key):
    name, local = SIG[key][0], SIG[key][1]
    return f"{name} <{local}@weserbogen.example>"


# ---------------------------------------------------------------- MIME helpers
_used_ids = set()


def _msgid(n):
    token = "%08x" % RNG.getrandbits(32)
    mid = f"<{PREFIX}.{n:04d}.{token}@weserbogen.example>"
    assert mid not in _used_ids
    _used_ids.add(mid)
    return mid


def D(s):
    """'2026-03-04 14:32' -> RFC 5322 date; summer time from April to October."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = TZS if 4 <= d.month <= 10 else TZ
    return format_datetime(d.replace(tzinfo=tz))


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = EmailMessage(policy=policy.SMTP)
    if flowed:
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params={"format": "flowed"})
    else:
        p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return p


def mail(n, label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None,
         cc=None, att=(), charset="utf-8", cte="quoted-printable", flowed=False,
         headers=None, reply_to=None, in_reply_to=None, mailer=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = D(date)
    msg["Message-ID"] = _msgid(n)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None and html is not None:
        if flowed:
            msg.set_content(body, charset=charset, cte=cte, params={"format": "flowed"})
        else:
            msg.set_content(body, charset=charset, cte=cte)
        msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif body is not None:
        if flowed:
            msg.set_content(body, charset=charset, cte=cte, params={"format": "flowed"})
        else:
            msg.set_content(body, charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in att:
        if isinstance(a, EmailMessage):
            msg.add_attachment(a)
            continue
        fname, data, ctype = a
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            # text attachments: charset param given after ';'
            cs = "utf-8"
            if ";" in subtype:
                subtype, cs = subtype.split(";")
            msg.add_attachment(data.encode(cs), maintype=maintype, subtype=subtype,
                               filename=fname, params={"charset": cs})
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    k = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_d39_{n:04d}_{k}_{hashlib.md5(f'{n}/{k}'.encode()).hexdigest()[:12]}")
    MAILS.append((f"{PREFIX}-{n:04d}.eml", label, lang, kind, reason, msg))
    return msg


def inner(frm, to, subject, date, body, n_tag, cc=None, charset="utf-8"):
    """A mail to be forwarded as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = D(date)
    m["Message-ID"] = f"<fwd.{n_tag}@{frm.split('@')[-1].rstrip('>')}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte="quoted-printable")
    return m


# ---------------------------------------------------------------- attachment builders
def _renorm_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified; pin it
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2026-01-05T09:30:00Z\g<2>", payload)
            dst.writestr(zi, payload)
    return out.getvalue()


def XLSX(sheets):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Weserbogen Versicherung AG"
    wb.properties.lastModifiedBy = "Weserbogen Versicherung AG"
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    b = io.BytesIO()
    wb.save(b)
    return _renorm_zip(b.getvalue())


def DOCX(paragraphs, title=""):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Weserbogen Versicherung AG"
    cp.last_modified_by = "Weserbogen Versicherung AG"
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_printed = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    return _renorm_zip(b.getvalue())


def ODT(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paragraphs:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return _renorm_zip(b.getvalue())


def ODS(title, rows):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=title)
    for r in rows:
        tr = TableRow()
        for c in r:
            if isinstance(c, (int, float)):
                tc = TableCell(valuetype="float", value=c)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return _renorm_zip(b.getvalue())


def _pdfsafe(s):
    return (s.replace("€", "EUR").replace("–", "-").replace("—", "-").replace("„", '"')
            .replace("“", '"').replace("”", '"').replace("‚", "'").replace("‘", "'")
            .replace("’", "'").replace("…", "...").replace("·", "-").replace("ı", "i"))


def PDF(lines, title="Weserbogen Versicherung AG"):
    from fpdf import FPDF
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(_pdfsafe(title))
    pdf.set_author("Weserbogen Versicherung AG")
    pdf.set_creator("Weserbogen KSC Dokumentenservice")
    pdf.set_producer("Weserbogen KSC Dokumentenservice")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", style="B", size=13)
            pdf.multi_cell(0, 7, _pdfsafe(ln[2:]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        else:
            pdf.multi_cell(0, 5, _pdfsafe(ln) if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def CSV(rows, delimiter=";", encoding="utf-8"):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue().encode(encoding)


def ICS(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def ZIP(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_PDF = "application/pdf"
CT_ZIP = "application/zip"
CT_CSV = "text/csv"
CT_ICS = "text/calendar"
CT_TXT = "text/plain"


# ================================================================ MAILS
def chunk_01():
    # ---------------------------------------------------------------- 0001
    mail(1, "NORMAL", "de", "internal", "trap: shift report with call counts per line of business (KV, BU, Unfall), no person",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example",
         cc=A("nowak"), subject="Schichtbericht Frühschicht Mo 12.01.", date="2026-01-12 14:07",
         body="""Hallo zusammen,

kurzer Bericht Frühschicht 06:45–14:00:

Besetzung: 23 von 26 geplant (2 krank gemeldet, 1 Schulung)
Angenommene Anrufe: 1.884 (Vorwoche Mo: 1.712)
Servicelevel 80/20: 71 % – Ziel verfehlt, ab 09:30 lief die Queue Kranken voll
AHT gesamt: 5:41 min, Kranken 6:58 min, Kfz 4:12 min
Abbrecherquote: 9,3 %

Themen-Top 5 laut Wrap-up-Codes:
1. Beitragsanpassung KV zum 01.01. (Brief kam Samstag an) – 402
2. Erstattung Arztrechnungen / Einreichung per App – 277
3. eVB / Kfz-Zulassung – 190
4. Sturm "Lorenz" Schadenmeldungen – 166
5. Adressänderung / Bankverbindung – 121

Besonderes: Um 10:12 kurz keine Ansage im IVR Leben/BU (ca. 4 min), Ticket bei IT ist offen (INC-20260112-0031). Keine Eskalationen an TL.

Für die Spätschicht: Sturm-Queue bitte weiter mit 4 Leuten besetzt lassen, Rückrufliste hat noch 38 offene Einträge.

""" + S("thiel"))

    # ---------------------------------------------------------------- 0002
    mail(2, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer, cruciate ligament surgery, physiotherapy, health policy number",
         frm=A("wuebbena"), to="leistung-kranken@weserbogen.example",
         subject="WG: Telefonnotiz Wendt – Physio nach Kreuzband-OP, bitte Rückmeldung", date="2026-01-13 14:51",
         body="""Hallo Kolleginnen und Kollegen der Leistungsabteilung,

bitte einmal draufschauen, ich habe dem Kunden eine Antwort bis Freitag zugesagt.

--- Notiz aus CRM, Vorgang 88120534 ---
Anruf Kd. Olaf Wendt, 14:32, KV-Nr. KV-4471-2290-13 (Tarif KomfortAmbulant 80)
will wissen ob Physiotherapie nach Kreuzband-OP (re. Knie, OP am 18.12.25 im Klinikum Links der Weser) erstattet wird. Hat Verordnung über 2x6 KG + 6x Lymphdrainage, Praxis rechnet nach GebüH ab, 1,5-facher Satz?
Kd. sagt Hausarzt hat ihm "Reha-Sport" zusätzlich empfohlen, ob das auch drin ist.
Hab gesagt: KG grundsätzlich ja lt. Tarif, Höchstsätze müsste LA prüfen. Reha-Sport unklar.
Kd. etwas ungeduldig, Rechnung der ersten 6 Behandlungen kommt nächste Woche.
Rückruf gewünscht unter 0176 5521 0983, am liebsten nach 17 Uhr.
--- Ende Notiz ---

Danke und Gruß

""" + S("wuebbena"))

    # ---------------------------------------------------------------- 0003
    mail(3, "CONFIDENTIAL", "de", "insurer-to-customer", "new IBAN of named customer confirmed for household policy",
         frm=A("yildirim"), to="Birgit Hollmann <b.hollmann@mailbox.example>",
         subject="Ihre neue Bankverbindung – Hausratversicherung HR 2207 55104", date="2026-01-14 09:22",
         body="""Sehr geehrte Frau Hollmann,

vielen Dank für Ihren Anruf heute Morgen. Wie besprochen haben wir die neue Bankverbindung für Ihre Hausratversicherung (Vertrag HR 2207 55104) hinterlegt:

Kontoinhaberin: Birgit Hollmann
IBAN: DE44 2905 0000 6410 2146 63
Bank: Sparkasse Bremen

Das SEPA-Lastschriftmandat gilt ab der nächsten Fälligkeit am 01.02.2026. Der Beitrag von 11,40 € monatlich bleibt unverändert. Das alte Konto bei der Volksbank belasten wir ab sofort nicht mehr.

Wenn Sie noch Fragen haben, erreichen Sie uns montags bis freitags von 8 bis 20 Uhr.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0004
    mail(4, "NORMAL", "en", "insurer-to-supplier", "trap: telephony outage incident report naming health and life queues, no person",
         frm=A("kracht"), to="Support Callvista <support@callvista.example>",
         cc="it-betrieb-kc@weserbogen.example",
         subject="INC-20260112-0031 – IVR outage Life/Disability + Health queues, RCA requested", date="2026-01-12 16:40",
         body="""Hi Callvista team,

as discussed on the bridge call, please provide a root cause analysis for this morning's incident by Thursday.

Timeline (CET):
10:12  IVR tree "LEBEN_BU" stops playing the greeting, callers hear silence, ~30 % hang up
10:14  same for "KRANKEN_LEISTUNG" (health claims queue)
10:16  our on-call engineer opens P2 in your portal (case 00731884)
10:19  failover to the secondary media server attempted – failed, certificate on mediasrv-b expired 2026-01-11
10:27  manual routing to the generic queue "SERVICE_ALLG" as workaround
10:48  primary media server restarted by your NOC, prompts back

Impact: approx. 212 calls affected, 64 abandoned. No data loss, call recordings are complete according to the recorder logs.

Questions:
1. Why did the expired cert on mediasrv-b not show in your monitoring? We got no expiry warning.
2. Can you confirm that the restart did not reset the prompt versions (we had a new text for the health claims menu since 05.01.)?
3. Please add our team mailbox to the certificate expiry notifications.

Thanks,
""" + S("kracht", "en"))

    # ---------------------------------------------------------------- 0005
    mail(5, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail transcript: named insured fell from ladder, femoral neck fracture, accident policy",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="schaden-unfall@weserbogen.example",
         subject="Sprachnachricht Rückrufbox 3 – 0421 6618203 – 00:01:47", date="2026-01-15 07:58",
         headers={"X-WeserVox-Box": "RUECKRUF-3", "X-WeserVox-Transcript": "auto (de-DE)"},
         body="""Neue Sprachnachricht in der Box RUECKRUF-3 (Unfall)

Anrufer: 0421 6618203
Eingang: 15.01.2026 07:41
Dauer: 1:47 min
Automatische Transkription (Konfidenz 0,78 – bitte Audio prüfen):

"ja guten morgen hier ist gisela ahrens aus bremen hemelingen ich ruf an wegen meinem mann rolf ahrens der ist bei ihnen unfall versichert die nummer hab ich hier u v drei drei null acht fünf strich sieben ähm der ist am samstag von der leiter gefallen beim dachrinne sauber machen und hat sich den oberschenkel hals gebrochen also die hüfte er liegt jetzt im st joseph stift und wird heute operiert die sagen er bekommt eine neue hüfte ähm eine prothese und ich wollte fragen was wir jetzt machen müssen wegen dem krankenhaus tagegeld und ob das mit der invalidität gleich gemeldet werden muss oder später er ist ja schon zweiundsiebzig rufen sie mich bitte zurück ich bin ab zehn wieder zuhause danke schön wieder hören"

Audio: siehe WeserVox, Nachricht-ID VM-3-20260115-0007
Diese Nachricht wurde automatisch erzeugt.""")

    # ---------------------------------------------------------------- 0006
    mail(6, "CONFIDENTIAL", "de", "insurer-internal-crm-export", "CRM ticket export: named customer, parking damage, plate and claim number, nobody hurt",
         frm=A("yildirim"), to="kfz-schaden@weserbogen.example",
         subject="Ticket KSC-2026-0116-0142 – Parkschaden, bitte übernehmen", date="2026-01-16 11:03",
         body="""Moin, Ticket geht an euch, Kunde hat alles Nötige telefonisch gemeldet.

==================== CRM-EXPORT ====================
Ticket:          KSC-2026-0116-0142
Status:          Übergabe an Fachbereich
Kanal:           Telefon (Inbound, Queue KFZ)
Erfasst von:     oyildirim   16.01.2026 10:48
Kunde:           Hendrik Sievers, Vegesacker Heerstr. 88, 28757 Bremen
Kundennr.:       1044 8871 20
Vertrag:         KH/VK KF-5520 88731 (Vollkasko SB 300)
Kennzeichen:     HB-HS 418
Schadennr.:      S-KF-26-004417 (neu angelegt)
Schadentag:      15.01.2026, ca. 17:30
Hergang:         Kunde parkt rückwärts auf Parkplatz Lidl Grohn aus, touchiert
                 geparkten Skoda Octavia (OS-KM 903), Stoßfänger hinten links.
                 Halterin des Skoda vor Ort, Daten ausgetauscht. Keine Polizei.
                 Niemand verletzt.
Anspruchsteller: Karin Meiners, Osnabrück (Tel. liegt vor, siehe Anlage im CRM)
Eigenschaden:    Kratzer Anhängerkupplung, will nicht über VK abrechnen
Nächster Schritt:Anspruchsteller-Anschreiben, Gutachten ggf. nicht nötig (<1.500 €)
====================================================

Gruß Okan""")

    # ---------------------------------------------------------------- 0007
    mail(7, "NORMAL", "de", "internal", "trap: text modules for callback confirmations with placeholders ({Nachname}, {Vertragsnummer}, {IBAN})",
         frm=A("kueck"), to="ksc-alle@weserbogen.example",
         subject="Neue Textbausteine Rückrufbestätigung (gültig ab 01.02.)", date="2026-01-19 08:15",
         body="""Liebe Kolleginnen und Kollegen,

ab 01.02. gibt es im CRM die überarbeiteten Textbausteine für die Rückrufbestätigung per Mail. Bitte die alten (RB-01 bis RB-04) nicht mehr verwenden. Die Platzhalter in geschweiften Klammern füllt das CRM selbst – bitte NICHT von Hand überschreiben, sonst landet z. B. eine ganze IBAN im Klartext in der Mail.

RB-10 (allgemein)
----------------
{Anrede} {Nachname},

vielen Dank für Ihren Anruf. Wie besprochen rufen wir Sie am {Datum} zwischen {Zeitfenster} unter der Nummer {Telefon_maskiert} zurück. Ihr Anliegen haben wir unter der Vorgangsnummer {Vorgangsnummer} erfasst.

RB-11 (Vertrag)
--------------
... zu Ihrem Vertrag {Vertragsnummer_maskiert} ...

RB-12 (Bankverbindung)
---------------------
... Ihre neue Bankverbindung endet auf {IBAN_letzte4} ...
Bitte niemals {IBAN} (voll) verwenden – der Platzhalter ist im Baustein gesperrt.

RB-13 (Personenversicherung – Leben, Kranken, Unfall)
-----------------------------------------------------
Kein Inhalt zum Anliegen in der Mail! Nur: "Wir melden uns wie vereinbart am {Datum}." Gesundheitsthemen gehören ausschließlich in das Portal-Postfach.

Die Bausteine liegen auch unter K:\\KSC\\Textbausteine\\2026.

""" + S("kueck"))

    # ---------------------------------------------------------------- 0008
    mail(8, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-chat", "web chat transcript: named expat customer, knee MRI, meniscus tear, health policy",
         frm=A("hinrichs"), to="leistung-kranken@weserbogen.example",
         subject="Chat transcript – MRI reimbursement question (customer prefers English)", date="2026-01-20 17:26",
         body="""Hallo Leistung Kranken,

below is a chat from this afternoon. The customer writes in English only. Could someone who is comfortable in English answer via the portal mailbox? I told him he'd hear from us within 3 working days.

Chat ID: WC-260120-0388   Channel: website chat (authenticated, login via customer portal)
Customer: Daniel Whitfield, policy no. KV-4480-1172-05 (international health, tariff GlobalCare)

[15:02] Daniel W.: Hi, quick question about an MRI of my knee
[15:02] Lea (Weserbogen): Hello Mr Whitfield, happy to help. What would you like to know?
[15:03] Daniel W.: Orthopaedist in Hamburg sent me to radiology, MRI showed a torn meniscus (medial, left knee). They billed 612 EUR. Is this covered 100%?
[15:05] Lea (Weserbogen): In your tariff outpatient diagnostics are generally covered. The exact amount depends on the invoice (GOÄ). Please upload the invoice in the app.
[15:06] Daniel W.: Done that yesterday. Also the doctor says I might need arthroscopy in February. Do I need pre-approval?
[15:07] Daniel W.: and can I choose a private clinic in Hamburg, Eppendorf area
[15:09] Lea (Weserbogen): I will forward your question about the planned arthroscopy to our claims department, they will reply in your secure mailbox.
[15:09] Daniel W.: perfect thanks. Please in English, my German is not good enough for medical stuff
[15:10] Lea (Weserbogen): Noted. Have a good evening!

""" + S("hinrichs", "en"))

    # ---------------------------------------------------------------- 0009
    mail(9, "CONFIDENTIAL", "en", "insurer-to-customer", "motor insurance confirmation for named expat: eVB number, plate, no-claims class, birth date",
         frm=A("odonnell"), to="Megan Lyall <megan.lyall@fastmail.example>",
         subject="Your motor insurance – eVB number and confirmation", date="2026-01-21 10:34",
         body="""Dear Ms Lyall,

thank you for your call yesterday. As promised, here is everything you need to register your car in Bremen:

eVB number (electronic insurance confirmation): 7KX3P9M
Policyholder: Megan Lyall, born 22/06/1987
Vehicle: VW Golf Variant, VIN WVWZZZCDZPW118273
Cover: third-party liability + partial cover (Teilkasko, deductible EUR 150)
Policy number: KF-5521 10934
No-claims class: SF 4, based on the UK no-claims discount letter you sent (4 years, Admiral)

Please give the eVB number to the registration office (Kfz-Zulassungsstelle). Once the car is registered, we receive the licence plate automatically and send you the policy schedule.

Your first premium of EUR 412.80 (annual) will be collected by direct debit from the account ending 4410 around 15 February.

If you need anything else, just reply to this mail or call the International Desk.

Kind regards,
""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0010
    qm_rows = [("Kriterium", "Gewicht", "Punkte 0-3", "Bemerkung"),
               ("Begrüßung nach Standard (Firma, Name, Angebot)", 5, "", ""),
               ("Legitimation vor Vertragsauskunft (2 Merkmale)", 15, "", ""),
               ("Keine Gesundheitsdaten ohne Legitimation besprochen", 15, "", ""),
               ("Anliegen vollständig erfasst / Wrap-up-Code", 10, "", ""),
               ("Aktives Zuhören, Zusammenfassung", 10, "", ""),
               ("Fachlich korrekt", 20, "", ""),
               ("Verständliche Sprache, kein Fachjargon", 10, "", ""),
               ("Nächste Schritte + Zeitrahmen genannt", 10, "", ""),
               ("Verabschiedung", 5, "", ""),
               ("Summe", 100, "", "")]
    mail(10, "NORMAL", "de", "internal", "trap: blank quality-monitoring scoring sheet (XLSX) mentioning health data and legitimation",
         frm=A("gerdes"), to="ksc-teamleitungen@weserbogen.example",
         subject="Bewertungsbogen Call-Monitoring Q1 – neue Version", date="2026-01-22 13:12",
         body="""Hallo TLs,

anbei der überarbeitete Bewertungsbogen für die Mithör-Sessions ab Februar. Neu ist das Kriterium "Keine Gesundheitsdaten ohne Legitimation" mit Gewicht 15 – Anlass waren die Feststellungen aus dem Datenschutz-Audit im Dezember.

Bitte den Bogen leer lassen, wenn ihr ihn verteilt, und die ausgefüllten Bögen nur mit Mitarbeiter-Kürzel im QM-Laufwerk ablegen, nicht per Mail rumschicken.

""" + S("gerdes"),
         att=[("QM_Bewertungsbogen_Q1-2026.xlsx", XLSX([("Bewertung", qm_rows)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0011
    mail(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: named customer, sick-pay (Krankentagegeld) not paid, burnout diagnosis F43.2",
         frm=A("wuebbena"), to=A("brinkmann"),
         subject="Eskalation: Kundin Petersen, KTG seit 6 Wochen offen – 3. Anruf heute", date="2026-01-22 15:46",
         body="""Hallo Jana,

ich muss das leider hochgeben, die Kundin war heute sehr aufgebracht und hat mit Beschwerde bei der BaFin gedroht.

Kundin: Martina Petersen, KV-4462-0918-77, Krankentagegeld ab 43. Tag, 95 €/Tag
AU seit 01.12.2025 durchgehend, Diagnose laut AU-Bescheinigungen F43.2 (Anpassungsstörung), Folgebescheinigungen vom Hausarzt und seit 08.01. von einer Psychiaterin (Dr. Kolbe, Bremen-Schwachhausen)
Problem: KTG hätte ab 12.01. laufen müssen. Im System steht "Rückfrage Arbeitgeber Einkommen", aber die Verdienstbescheinigung ist laut Scan am 09.01. eingegangen (Dok-ID 2026-01-09-77812).
Kundin sagt, sie kann die Miete für Februar nicht zahlen, wenn nichts kommt.

Sie will heute noch einen Rückruf von "jemandem, der was entscheiden kann". Ich hab ihr bis 17 Uhr zugesagt. Kannst du das mit der LA Kranken klären? Ich hab dort niemanden erreicht.

Danke!
Dennis""")

    # ---------------------------------------------------------------- 0012
    mail(12, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: named customer, buildings storm damage, policy number and address",
         frm=A("sommer"), to="schaden-sach@weserbogen.example",
         subject="Rückrufbitte – Sturmschaden Wohngebäude, Kd. Frerichs", date="2026-01-23 08:40",
         body="""Rückrufbitte aus der Outbound-Liste, bitte durch Sachbearbeitung Gebäude:

Kunde: Jan-Hinnerk Frerichs
Telefon: 04791 88 21 06 (Festnetz), mobil 0151 2290 4417
Erreichbar: Mo–Fr ab 15 Uhr
Vertrag: WG 3307 21988 (Wohngebäude, Hauptstr. 14, 27711 Osterholz-Scharmbeck)
Schaden: Sturm 11.01.2026, Teile der Dacheindeckung (Tonziegel) abgetragen, Wasser in Dachboden. Dachdecker hat Notabdeckung gemacht, Angebot über 7.840 € liegt vor.
Frage des Kunden: ob er den Auftrag schon erteilen darf oder ein Gutachter kommt.

Hinweis: Kunde hat schon zweimal angerufen, war freundlich, aber ungeduldig.

""" + S("sommer"))

    # ---------------------------------------------------------------- 0013
    vol = [("Week", "Line", "Offered", "Handled", "Abandoned %", "SL 80/20 %", "AHT sec"),
           ("2026-W03", "Health (KV/PPV)", 6412, 5870, 8.5, 72, 418),
           ("2026-W03", "Life / Disability (BU)", 1204, 1150, 4.5, 83, 392),
           ("2026-W03", "Accident", 388, 376, 3.1, 88, 301),
           ("2026-W03", "Motor", 4120, 3955, 4.0, 81, 252),
           ("2026-W03", "Property / Liability", 3307, 3012, 8.9, 69, 287),
           ("2026-W03", "Legal expenses", 512, 497, 2.9, 90, 344),
           ("2026-W03", "Travel", 141, 139, 1.4, 95, 266),
           ("2026-W03", "Total", 16084, 14999, 6.7, 76, 331)]
    mail(13, "NORMAL", "en", "insurer-to-partner", "trap: weekly call-volume report for the group by line of business incl. health and life (XLSX), aggregates only",
         frm=A("nowak"), to="Group Service Reporting <service-reporting@nordhanse-gruppe.example>",
         subject="Weekly contact centre KPIs – Weserbogen – 2026-W03", date="2026-01-23 12:05",
         body="""Hello reporting team,

please find attached our KPI file for calendar week 3.

Highlights:
- Volume +11 % vs. W02, driven by storm "Lorenz" (property) and the health premium adjustment letters.
- Service level below target in Health and Property. We added 6 temp agents from our overflow partner for W04-W06.
- Chat: 1,322 sessions, average handling 9:40 min, CSAT 4.3/5.

As usual, the file contains aggregates only, no call-level data.

Best regards,
""" + S("nowak", "en"),
         att=[("Weserbogen_KPI_2026-W03.xlsx", XLSX([("W03", vol)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0014
    fwd14 = inner("Harald Dierks <h.dierks@t-online.example>", "service@weserbogen.example",
                  "Beschwerde!!! Zahnersatz abgelehnt", "2026-01-25 21:14",
                  """Sehr geehrte Damen und Herren,

ich bin seit 1998 bei Ihnen versichert (Vertrag KZ-4410-3371-02, Zahnzusatz Premium) und jetzt lehnen Sie meinen Heil- und Kostenplan für die Brücke 14-16 ab, weil angeblich der Zahn 15 "bei Vertragsabschluss bereits fehlend" war. Das ist FALSCH. Der Zahn wurde 2019 gezogen, nach einer Wurzelentzündung, das kann Ihnen meine Zahnärztin Frau Dr. Hüsing bestätigen.

Der HKP beläuft sich auf 3.918,44 Euro. Ich erwarte, dass Sie die Entscheidung überprüfen, sonst gehe ich zum Ombudsmann und kündige alle Verträge (Hausrat und Kfz auch).

Am Telefon hat man mich heute zweimal weiterverbunden und dann aus der Leitung geworfen.

Harald Dierks
Lerchenstraße 9
28832 Achim""", "d39-0014-in")
    mail(14, "STRICTLY_CONFIDENTIAL", "de", "customer", "forwarded complaint (message/rfc822): named customer, dental bridge, tooth extraction, root inflammation; harmless body",
         frm=A("thiel"), to="beschwerde@weserbogen.example",
         subject="WG: Beschwerde!!! Zahnersatz abgelehnt", date="2026-01-26 08:12",
         body="""Hallo Beschwerdestelle,

zuständigkeitshalber weitergeleitet, Mail kam übers Service-Postfach rein. Der Kunde hat am Sonntag zusätzlich 2x angerufen, die Telefonnotizen stehen im CRM (Vorgang 88121907).

Gruß
Svenja""",
         att=[fwd14])

    # ---------------------------------------------------------------- 0015
    mail(15, "CONFIDENTIAL", "de", "insurer-to-customer", "legal expenses cover confirmation for named tenant dispute, policy and claim number",
         frm=A("behrens"), to="Sandra Kowalczyk <sandra.kowalczyk@web.example>",
         subject="Deckungszusage Rechtsschutz – Ihr Mietstreit (RS 6610 40223)", date="2026-01-27 11:30",
         body="""Sehr geehrte Frau Kowalczyk,

wie heute am Telefon angekündigt, bestätigen wir Ihnen Versicherungsschutz für die außergerichtliche und erstinstanzliche Interessenwahrnehmung in Ihrer Streitigkeit mit Ihrer Vermieterin wegen der Nebenkostenabrechnung 2024 (Nachforderung 1.640,18 €).

Vertrag: RS 6610 40223 (Privat-, Berufs- und Wohnungsrechtsschutz)
Leistungsfall: RS-26-000981
Selbstbeteiligung: 150 €
Ihre Wohnung: Lindenhofstraße 31, 28237 Bremen

Sie können die Anwaltskanzlei frei wählen. Bitte geben Sie der Kanzlei unsere Leistungsfallnummer; sie rechnet dann direkt mit uns ab.

Mit freundlichen Grüßen
Kai Behrens
Kundenservice Unfall & Haftpflicht / Rechtsschutz
Weserbogen Versicherung AG""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0016
    mail(16, "NORMAL", "de", "internal", "trap: shift swap with colleague names, no reasons, no customer data",
         frm=A("nowak"), to="ksc-team2@weserbogen.example",
         subject="Schichttausch KW 6 bestätigt", date="2026-01-28 10:02",
         body="""Hi Team 2,

folgende Tauschwünsche für KW 6 sind im WFM-Tool freigegeben:

Di 03.02.  Maren Jacobs (Spät) <-> Tim Oltmanns (Früh)
Do 05.02.  Aylin Demir (Früh) <-> Sönke Bruns (Mittel 09-17:30)
Sa 07.02.  Samstagsdienst Kranken: Kevin Fuhrken übernimmt für Greta Lange

Mehr geht in der Woche leider nicht, die Prognose für den 02.02. (Beitragsrechnungen Kfz) ist hoch. Urlaubsanträge für Ostern bitte bis 15.02. im Tool.

Danke euch
Piotr""")

    # ---------------------------------------------------------------- 0017
    mail(17, "STRICTLY_CONFIDENTIAL", "de", "internal", "shift report hiding a named caller who expressed suicidal thoughts, life policy",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example", cc=A("plate"),
         subject="Schichtbericht Spätschicht Mi 28.01.", date="2026-01-28 20:31",
         body="""Hallo,

Spätschicht 13:30–20:00, 18 Agents.

Anrufe: 1.207 angenommen, SL 84 %, AHT 5:10. Chat 211 Sessions. Keine Systemstörungen.

Besonderes Vorkommnis (bitte vertraulich behandeln):
Um 18:42 rief Herr Bernd Kähler (Kd.-Nr. 1031 5520 98, Risikoleben LV 30.118.442-7) an und wollte wissen, ob die Versicherungssumme auch bei Suizid ausgezahlt wird. Im Gespräch sagte er mehrfach, er "sehe keinen Sinn mehr" und habe "alles geregelt". Kollegin Aylin Demir hat nach Notfall-Leitfaden reagiert, ihn im Gespräch gehalten und parallel über mich die Polizei Bremen informiert (Einsatz 19:05 an seiner Adresse in Walle bestätigt). Aylin wurde anschließend von mir freigestellt, Nachgespräch morgen mit Jana. Gesprächsaufzeichnung ist gesperrt (Löschsperre gesetzt).

Sonstiges: Rückrufliste 12 offen, an Frühschicht übergeben.

Svenja""")

    # ---------------------------------------------------------------- 0018
    train = DOCX([
        "# Übungsgespräch 7 – Arztrechnung einreichen (fiktiv)",
        "Alle Personen und Daten in diesem Übungsfall sind frei erfunden. Bitte keine echten Kundendaten in Rollenspielen verwenden.",
        "## Ausgangslage",
        "Anruferin: \"Erika Musterfrau\" (fiktiv), Versicherungsnummer KV-0000-0000-00 (Schulungsnummer, existiert nicht).",
        "Anliegen: Sie hat eine Rechnung vom Hautarzt bekommen und weiß nicht, wie sie sie einreichen soll.",
        "## Gesprächsverlauf (Musterlösung)",
        "Agent: Weserbogen Versicherung, Sie sprechen mit [Name], was kann ich für Sie tun?",
        "Anruferin: Ich habe hier eine Rechnung vom Hautarzt, wie bekomme ich die zu Ihnen?",
        "Agent: Gern erkläre ich Ihnen das. Damit ich in Ihren Vertrag schauen darf, nennen Sie mir bitte Ihr Geburtsdatum und Ihre Postleitzahl.",
        "Hinweis für Trainees: Nach der Legitimation KEINE Diagnose erfragen! Der Inhalt der Rechnung ist für die Frage, wie eingereicht wird, egal.",
        "Agent: Am einfachsten fotografieren Sie die Rechnung in der Weserbogen-App unter 'Rechnung einreichen'. Alternativ per Post an unsere Leistungsabteilung.",
        "## Typische Fehler",
        "1. Agent fragt: 'Was hatten Sie denn?' – nicht nötig und datenschutzrechtlich heikel.",
        "2. Agent empfiehlt, die Rechnung an service@ zu mailen – unverschlüsselte Mail mit Gesundheitsdaten, bitte nicht.",
        "3. Agent nennt Erstattungsbeträge ohne Rechnung.",
    ], title="Übungsgespräch 7")
    mail(18, "NORMAL", "de", "internal", "trap: training material with invented example call about a dermatologist invoice, fictitious persons (DOCX)",
         frm=A("kueck"), to="ksc-neue-kollegen@weserbogen.example",
         subject="Unterlagen Onboarding-Woche 2 – Rollenspiele", date="2026-01-29 16:20",
         body="""Hallo ihr Neuen,

für Dienstag (Rollenspiele Kranken) bitte das Übungsgespräch 7 vorher einmal lesen. Die Personen darin sind ausgedacht, die Schulungsnummer gibt es nicht im Bestand.

Bis Dienstag, Raum W 2.14, 9 Uhr!

""" + S("kueck"),
         att=[("Uebungsgespraech_07_Arztrechnung.docx", train, CT_DOCX)])

    # ---------------------------------------------------------------- 0019
    cb = CSV([["callback_id", "customer", "phone", "line", "policy", "topic", "preferred_slot"],
              ["CB-0412", "Ute Bartels", "+49 421 5566 102", "property", "HR 2207 60433", "burst pipe, asks for tradesman list", "Mon 9-12"],
              ["CB-0413", "Thomas Grube", "+49 160 9912 4470", "motor", "KF-5520 91120", "windscreen chip, wants garage booking", "any"],
              ["CB-0414", "Lina Ohlrogge", "+49 4202 77 109", "property", "WG 3307 22014", "storm, fence destroyed", "after 4 pm"],
              ["CB-0415", "Frank Hespe", "+49 171 3302 885", "motor", "KF-5521 00872", "premium invoice question, SF class", "Tue"],
              ["CB-0416", "Joanna Kaminska", "+49 421 3980 771", "liability", "PH 7710 33190", "son damaged neighbour's car with bike", "Mon 17-19"]],
             delimiter=",")
    mail(19, "CONFIDENTIAL", "en", "insurer-to-partner", "callback list (CSV) for overflow partner: named customers, phone numbers, non-personal-line policies",
         frm=A("sommer"), to="Team Weserbogen @ ContactPoint <weserbogen-team@contactpoint-dublin.example>",
         subject="Callback list Monday 02/02 – property & motor only", date="2026-01-30 17:45",
         body="""Hi Aoife, hi team,

attached is Monday's callback list for your German-speaking agents. As agreed in the DPA annex, you only get property, liability and motor cases – nothing from health, life or accident.

Please close every callback in the shared CRM view with the outcome code and don't keep local copies of the CSV after Monday.

Thanks a lot and have a nice weekend!
""" + S("sommer", "en"),
         att=[("callbacks_2026-02-02.csv", cb, CT_CSV)])

    # ---------------------------------------------------------------- 0020
    mail(20, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "life insurance: beneficiary change confirmed for named policyholder (personal line, no medical word)",
         frm=A("meyerdierks"), to="Klaus-Dieter Renken <kd.renken@gmx.example>",
         subject="Änderung des Bezugsrechts – Ihre Lebensversicherung LV 30.102.877-1", date="2026-02-02 10:11",
         body="""Sehr geehrter Herr Renken,

vielen Dank für Ihren Anruf am Freitag und die unterschriebene Erklärung, die heute bei uns eingegangen ist.

Wir haben das Bezugsrecht für den Todesfall in Ihrer kapitalbildenden Lebensversicherung LV 30.102.877-1 wie gewünscht geändert:

bisher: Ehefrau Monika Renken
neu:   Tochter Sabine Renken (geb. 03.09.1991) zu 50 %, Sohn Lars Renken (geb. 17.04.1994) zu 50 %, jeweils widerruflich

Die Versicherungssumme für den Todesfall beträgt unverändert 85.000 €. Ein Nachtrag zum Versicherungsschein geht Ihnen in den nächsten Tagen per Post zu.

Bitte bewahren Sie diesen Nachtrag zusammen mit Ihrem Versicherungsschein auf.

""" + S("meyerdierks") + FOOTER_DE)

    # ---------------------------------------------------------------- 0021
    mail(21, "NORMAL", "de", "newsletter", "trap: internal KSC newsletter mentioning care reform, DiGA, dental, BU topics, no person",
         frm="KSC-Info <ksc-info@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="KSC-Info Februar 2026: Pflegereform, DiGA, neue Chat-Zeiten", date="2026-02-03 07:30",
         html="""<html><body style="font-family:Arial,sans-serif">
<h2>KSC-Info Februar 2026</h2>
<h3>1. Pflegereform – was Kund:innen jetzt fragen</h3>
<p>Seit Januar häufen sich Fragen zu den neuen Leistungsbeträgen in der Pflegepflichtversicherung. Die FAQ im Wissensportal (Artikel PPV-112) wurde aktualisiert. Bitte bei konkreten Fragen zum <b>Pflegegrad</b> eines Angehörigen immer an die Leistungsabteilung Pflege verbinden – keine Einschätzungen am Telefon.</p>
<h3>2. Digitale Gesundheitsanwendungen (DiGA)</h3>
<p>Ab 01.03. erstatten die Tarife KomfortAmbulant und GlobalCare DiGA auf Rezept. Wrap-up-Code neu: <code>KV-DIGA</code>.</p>
<h3>3. Neue Chat-Zeiten</h3>
<p>Der Web-Chat ist ab 16.02. auch samstags von 9 bis 14 Uhr besetzt. Freiwillige bitte bei Lea Hinrichs melden.</p>
<h3>4. Zahl des Monats</h3>
<p><b>94 %</b> – so viele Chat-Kund:innen haben im Januar ihr Anliegen ohne Rückruf gelöst bekommen.</p>
<h3>5. Herzlich willkommen</h3>
<p>Neu im Team 1: Jonas Meinken und Frauke Albers. Schön, dass ihr da seid!</p>
<p style="color:#666">Redaktion: Friederike Osterloh, Ines Kück</p>
</body></html>""")

    # ---------------------------------------------------------------- 0022
    mail(22, "CONFIDENTIAL", "de", "insurer-internal-chat", "chat transcript forwarded: named customer changes car, VIN, young driver's birth date",
         frm=A("hinrichs"), to="kfz-vertrag@weserbogen.example",
         subject="Chatverlauf Fahrzeugwechsel – bitte Vertrag umstellen", date="2026-02-03 12:48",
         body="""Hallo Kfz-Vertrag,

Kundin hat im Chat alles angegeben, bitte Fahrzeugwechsel zum 06.02. umstellen und Rückmeldung an die Kundin über das Postfach.

Chat-ID WC-260203-0102 (eingeloggt)
----
[11:20] Kundin: Hallo, ich hab ein neues Auto gekauft und will das alte abmelden
[11:21] Lea: Hallo Frau Tönjes, gern. Um welchen Vertrag geht es?
[11:21] Kundin: KF-5520 77342, der alte Polo HB-KT 772
[11:23] Kundin: neu ist ein Seat Ibiza, FIN VSSZZZKJZRR042917, Zulassung am Freitag, Kennzeichen soll gleich bleiben
[11:24] Lea: Danke. Fährt außer Ihnen noch jemand?
[11:25] Kundin: ja mein Sohn Malte, der ist 19, geb. 14.08.2006, hat seit letztem Jahr Führerschein
[11:25] Kundin: wird das teurer??
[11:27] Lea: Das kann sein, weil der Fahrerkreis sich ändert. Die Kollegen rechnen das und melden sich.
[11:28] Kundin: ok aber bitte vor Freitag, danke
----
Kundin: Kerstin Tönjes, Kd.-Nr. 1052 0031 77

Lea""")

    # ---------------------------------------------------------------- 0023
    mail(23, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-voicemail", "English voicemail transcript: named daughter hospitalised in Lisbon, appendicitis, travel health",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="reise-notruf@weserbogen.example",
         cc=A("odonnell"),
         subject="Voicemail INTL-1 – +44 7700 900318 – 00:02:12", date="2026-02-04 06:14",
         headers={"X-WeserVox-Box": "INTL-1", "X-WeserVox-Transcript": "auto (en-GB)"},
         body="""New voicemail in box INTL-1 (International Desk)

Caller: +44 7700 900318
Received: 04 Feb 2026 05:52
Length: 2:12
Automatic transcript (confidence 0.71, please check audio):

"hello yes this is graham porter calling I have a travel insurance with you through my wife's contract er the number is R E I S E nine nine four oh one two our daughter Chloe she's fourteen was taken to hospital in Lisbon last night the Hospital da Luz with er severe stomach pain and they say it's the appendix they want to operate this morning and the hospital is asking for a guarantee of payment before the surgery a cost guarantee I think they call it I have the email address of the admin office it's er admissions at hospital da luz dot p t sorry the line is bad please call me back as soon as possible we are quite worried thank you"

Audio: WeserVox message ID VM-INTL-1-20260204-0002
This message was generated automatically.""")

    # ---------------------------------------------------------------- 0024
    mail(24, "NORMAL", "de", "internal", "trap: IT ticket about wrong hold message in health-claims queue ('Arztrechnungen'), no person",
         frm=A("brinkmann"), to="it-servicedesk@weserbogen.example", cc=A("kracht"),
         subject="Ticket: Warteschleifenansage Leistung Kranken spielt alten Text", date="2026-02-04 09:35",
         body="""Hallo Servicedesk,

in der Queue KRANKEN_LEISTUNG läuft seit heute früh wieder die alte Warteschleifenansage:

"Arztrechnungen und Rezepte können Sie uns auch per E-Mail an service@weserbogen.example senden."

Das ist seit 01.01. falsch und datenschutzrechtlich ungünstig, richtig wäre der Hinweis auf die App bzw. das Portal-Postfach (Ansage-ID PR-KV-2026-01). Vermutlich hängt das mit dem Neustart letzte Woche zusammen.

Priorität: hoch, bitte heute noch tauschen. Ich kann die richtige Ansage-Datei bei Bedarf schicken.

Danke,
Jana Brinkmann
TL Team 3""")

    # ---------------------------------------------------------------- 0025
    mail(25, "CONFIDENTIAL", "de", "insurer-to-customer", "dog liability claim: named customer, neighbour's fence, claim number",
         frm=A("luedemann"), to="Ralf Schnakenberg <ralf.schnakenberg@posteo.example>",
         subject="Ihr Schaden S-HH-26-000612 – Zaun Nachbar", date="2026-02-05 14:17",
         body="""Hallo Herr Schnakenberg,

danke für das Telefonat vorhin. Kurz zusammengefasst, was wir besprochen haben:

- Ihre Hundehaftpflicht (Vertrag TH 7712 04518, Labrador "Bosse") übernimmt den Schaden am Holzzaun Ihres Nachbarn Herrn Lüers, Im Dorfe 7 in Lilienthal.
- Schadennummer: S-HH-26-000612
- Der Kostenvoranschlag des Tischlers über 860,00 € ist plausibel. Wir zahlen direkt an Herrn Lüers, sobald er uns seine Bankverbindung mitteilt – geben Sie ihm gern meine Durchwahl.
- Ihre Selbstbeteiligung von 150 € ziehen wir nicht ab, da Ihr Tarif keine SB vorsieht (hatte ich am Telefon falsch gesagt, sorry).

Viele Grüße
Marco Lüdemann
Schadenhotline Sach/Haftpflicht
0421 7789-3160""" + FOOTER_DE)
def chunk_02():
    # ---------------------------------------------------------------- 0026
    ics26 = ICS("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserbogen Versicherung AG//IT-Betrieb//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:wartung-weservox-20260207@weserbogen.example
DTSTAMP:20260205T090000Z
DTSTART:20260207T210000Z
DTEND:20260208T020000Z
SUMMARY:Wartung WeserVox – Telefonie eingeschränkt
LOCATION:Rechenzentrum Bremen-Nord
DESCRIPTION:Update Softphone-Server und Sprachaufzeichnung. Notfall-Hotline Schaden läuft über Rückfallnummer.
END:VEVENT
END:VCALENDAR
""")
    mail(26, "NORMAL", "de", "internal", "trap: planned telephony maintenance notice (ICS), mentions recording and emergency hotlines, no person",
         frm=A("kracht"), to="ksc-alle@weserbogen.example",
         subject="Geplante Wartung WeserVox Sa 07.02. 22:00 – So 03:00", date="2026-02-05 10:00",
         body="""Liebe Kolleg*innen im KSC,

in der Nacht von Samstag auf Sonntag spielen wir das Update 11.4 auf die Telefonieplattform WeserVox ein.

Was heißt das?
* Softphones sind zwischen 22:00 und ca. 03:00 nicht nutzbar.
* Die 24h-Schadenhotline (Kfz, Sach, Reise-Notruf) wird auf die Rückfallnummer beim Dienstleister geroutet, Kolleg*innen im Bereitschaftsdienst telefonieren über das Diensthandy.
* Die Sprachaufzeichnung ist in der Zeit abgeschaltet, der Hinweis in der Begrüßungsansage ist ebenfalls deaktiviert.
* Voicemail-Transkription läuft ab Sonntag mit dem neuen Sprachmodell – bitte Auffälligkeiten an uns melden.

Wer Samstag Spätdienst hat: bitte bis 21:45 ausloggen. Kalendereintrag hängt an.

""" + S("kracht"),
         att=[("Wartung_WeserVox_2026-02-07.ics", ics26, CT_ICS)])

    # ---------------------------------------------------------------- 0027
    mail(27, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "reply to customer explaining health reimbursement: physiotherapy, progressive lenses, amounts",
         frm=A("wuebbena"), to="Gudrun Meinecke <gudrun.meinecke@t-online.example>",
         subject="AW: Abrechnung vom 02.02. – warum nur 68 %?", date="2026-02-06 11:42",
         in_reply_to="<4f1e88a0@t-online.example>",
         body="""Sehr geehrte Frau Meinecke,

vielen Dank für Ihre Nachricht und das nette Telefonat heute Vormittag. Gern erkläre ich Ihnen die Abrechnung zu Ihrer Krankenversicherung KV-4455-6710-30 noch einmal schriftlich:

1. Physiotherapie Praxis Nordlicht (8 x Krankengymnastik, 2 x Manuelle Therapie)
   Rechnungsbetrag 396,00 €, erstattungsfähig nach Tarif 80 % = 316,80 €.
   Das ist in Ordnung so, Ihr Tarif KomfortAmbulant 80 erstattet Heilmittel zu 80 %.

2. Gleitsichtbrille Optik Behrens, Gläser 2 x 289,00 €, Fassung 149,00 €
   Für Sehhilfen sieht Ihr Tarif max. 250 € in zwei Kalenderjahren vor. Im Juni 2025 haben wir bereits 120 € für Ihre Kontaktlinsen erstattet, es blieben also 130 €.

Gesamt: 446,80 € von 1.123,00 € eingereicht – daraus ergeben sich die 40 %, die Sie im Schreiben gesehen haben; die 68 % in der Betreffzeile Ihrer Mail beziehen sich nur auf Position 1 inklusive der Fahrtkosten, die Sie separat eingereicht hatten.

Die Sehhilfen-Regelung steht in Ihren Tarifbedingungen unter Ziffer 3.4. Ich weiß, dass das ärgerlich ist. Wenn Sie über einen Tarifwechsel mit höherem Sehhilfen-Budget nachdenken möchten, rufe ich Sie gern zurück.

> Ich verstehe die Abrechnung nicht, warum bekomme ich nur 68% von meiner Brille und der Krankengymnastik wegen meinem Rücken????

""" + S("wuebbena") + FOOTER_DE)

    # ---------------------------------------------------------------- 0028
    mail(28, "CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer asks about motor premium after move, new address, plate, policy",
         frm=A("yildirim"), to="kfz-vertrag@weserbogen.example",
         subject="Telefonnotiz: Beitrag nach Umzug, Kd. Warnke", date="2026-02-06 15:05",
         body="""Anruf Kd. Timo Warnke 14:48, Vertrag KF-5520 80214, Kennz. VER-TW 66
ist zum 01.02. von Verden nach Bremen-Findorff gezogen (Eickedorfer Str. 23, 28215 Bremen), neue Regionalklasse, will wissen warum Beitrag jetzt 96 € mehr im Jahr.
Hab erklärt: Regionalklasse Bremen höher, steht so im Tarif. Kd. fragt ob Garage (Tiefgarage vorhanden) was bringt -> Merkmal "Garage" ist bei ihm nicht gesetzt.
Bitte Merkmal prüfen/setzen und neu berechnen, Kd. will schriftliche Info per Post, keine Mail.
Kd. fragt außerdem, ob Ummeldung Kennzeichen nötig – hab auf Zulassungsstelle verwiesen.

Okan""")

    # ---------------------------------------------------------------- 0029
    mail(29, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-escalation", "English escalation: named customer, disability (BU) claim, multiple sclerosis diagnosis",
         frm=A("odonnell"), to=A("brinkmann"), cc=A("meyerdierks"),
         subject="Escalation – BU claim Mr Okonkwo, customer waiting 11 weeks", date="2026-02-09 13:20",
         body="""Hi Jana,

sorry to write in English, it's faster for me with all the details. I need your help with this one.

Customer: Chinedu Okonkwo, disability policy BU 40.221.908-3, monthly benefit EUR 1,800
Claim filed: 17 Nov 2025 (via broker)
Diagnosis: relapsing-remitting multiple sclerosis (G35.10), diagnosed Sept 2025 at Klinikum Bremen-Mitte; he is an electrical engineer and has been on sick leave since October because of fatigue and vision problems (optic neuritis).

He called today for the fourth time. According to the claim file we are still waiting for the neurologist's report, but he says Dr. Brandt sent it on 12 Jan by fax. I found a fax in the scan inbox on 13 Jan that was assigned to a different claim number (BU 40.221.980-3 – typo, digits swapped).

Can you get the claims team to reassign the document and give him a status? He is under a lot of financial pressure, his sick pay from the statutory fund ends in April.

Thanks,
Sarah""")

    # ---------------------------------------------------------------- 0030
    ods30 = ODS("Januar 2026", [
        ["Kategorie", "Eingänge", "davon berechtigt", "Ø Bearbeitungstage"],
        ["Leistungsablehnung Kranken", 58, 21, 9.4],
        ["Beitragsanpassung Kranken", 41, 3, 4.1],
        ["Leistungsfall BU / Dauer", 12, 5, 15.2],
        ["Unfall Invalidität", 6, 2, 12.0],
        ["Kfz Schadenregulierung", 33, 14, 7.7],
        ["Sach Sturm Lorenz", 47, 19, 6.3],
        ["Erreichbarkeit Telefon", 64, 52, 2.1],
        ["Datenschutz", 4, 1, 11.5],
        ["Sonstiges", 19, 7, 5.0]])
    mail(30, "NORMAL", "de", "internal", "trap: monthly complaint statistics by category (ODS) incl. health refusals and BU, counts only",
         frm=A("rademacher"), to="vorstand-buero@weserbogen.example", cc=A("osterloh"),
         subject="Beschwerdestatistik Januar 2026", date="2026-02-10 09:15",
         body="""Sehr geehrte Damen und Herren,

anbei die Beschwerdestatistik für Januar (284 Eingänge, Vormonat 201). Auffällig:

- "Erreichbarkeit Telefon" mit 64 Beschwerden, davon 52 berechtigt – Folge der Sturmwoche und der IVR-Störung vom 12.01.
- Leistungsablehnungen Kranken weiterhin größte fachliche Kategorie; 21 Entscheidungen wurden nach Überprüfung korrigiert (überwiegend Zahnersatz und Heilmittel-Höchstsätze).
- 4 Datenschutzbeschwerden, eine davon an die LfDI Bremen weitergeleitet; Details im Datenschutzbericht.

Die Einzelfälle sind im Beschwerdetool dokumentiert; die Tabelle enthält nur Summen.

""" + S("rademacher"),
         att=[("Beschwerdestatistik_2026-01.ods", ods30, CT_ODS)])

    # ---------------------------------------------------------------- 0031
    mail(31, "CONFIDENTIAL", "en", "insurer-to-customer", "bicycle theft claim of named customer under household policy, police reference, frame number",
         frm=A("odonnell"), to="Tomás Ferreira <tomas.ferreira@proton.example>",
         subject="Your bicycle theft claim S-HR-26-001207", date="2026-02-10 16:02",
         body="""Dear Mr Ferreira,

thank you for reporting the theft of your e-bike on the phone this morning. We have opened the claim under your household contents policy.

Claim number: S-HR-26-001207
Policy: HR 2207 71890 (incl. bicycle theft cover up to EUR 3,000)
Bike: Riese & Müller Charger4, frame no. WSB2113877K
Stolen on: 7 Feb 2026 between 8 pm and 7 am from the locked bike room at Hastedter Heerstraße 201
Police reference: Polizei Bremen, case 260208-0914-044

To settle the claim, please upload in your customer portal:
1. the purchase invoice of the bike (you mentioned EUR 4,299),
2. both keys of the frame lock,
3. a photo of the bike room door.

Please note that cover is limited to EUR 3,000 in your tariff. As soon as we have the documents, the payment is usually made within 10 working days.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0032
    mail(32, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-qm-review", "call monitoring review quoting named customer's breast cancer diagnosis (C50.9) and chemotherapy",
         frm=A("gerdes"), to=A("brinkmann"),
         subject="QM-Review Call 2026-02-10 #4471 – Feedback für Agent 3-17", date="2026-02-11 10:25",
         body="""Hi Jana,

hier mein Review zum Call von gestern, den du mir markiert hattest. Bitte im Feedbackgespräch mit der Kollegin (Agent 3-17) verwenden, danach löschen.

Call-ID: 2026-02-10-4471, Dauer 14:22, Queue KRANKEN_LEISTUNG
Kundin: Renate Vollmers, KV-4450-2331-18

Bewertung: 61/100 (Ziel 80)

Stärken:
+ sehr empathisch, als die Kundin von ihrer Brustkrebsdiagnose (C50.9, Erstdiagnose Dez. 2025) und der anstehenden Chemotherapie im Klinikum Bremen-Ost erzählt hat
+ Kostenzusage für die Perücke (Haarersatz) korrekt als Hilfsmittel eingeordnet

Verbesserung:
- Legitimation erst nach 4 Minuten, die Kundin hatte da schon Diagnose und Therapie genannt (Kriterium 3: 0 Punkte)
- Agentin hat zugesagt, "die Fahrtkosten zur Chemo werden sicher übernommen" – das ist im Tarif nur bei ärztlicher Verordnung so, bitte keine Zusagen ohne Prüfung
- Wrap-up-Code falsch (KV-ALLG statt KV-HILFSM)
- am Ende angeboten, den Arztbrief "einfach per Mail zu schicken" – no go, Portal-Postfach!

Gruß
Malte""")

    # ---------------------------------------------------------------- 0033
    mail(33, "NORMAL", "de", "insurer-to-public", "trap: job ad for customer advisor with focus on health/care insurance, no person",
         frm="Personalmarketing <karriere@weserbogen.example>", to="stellenmarkt@jobs-bremen.example",
         subject="Stellenanzeige zur Veröffentlichung: Kundenberater (m/w/d) Kranken- und Pflegeversicherung", date="2026-02-11 14:00",
         body="""Guten Tag,

bitte veröffentlichen Sie die folgende Anzeige ab Montag für 30 Tage (Paket "Regional Plus", Rechnung an Weserbogen Versicherung AG, Kostenstelle 4410).

---
Kundenberater (m/w/d) im Kundenservice-Center – Schwerpunkt Kranken- und Pflegeversicherung
Weserbogen Versicherung AG, Bremen, Voll- oder Teilzeit (ab 25 Std.)

Ihre Aufgaben:
• Sie beraten unsere Kundinnen und Kunden am Telefon, im Chat und per Portal-Postfach zu Tarifen, Beiträgen und Erstattungen in der privaten Kranken- und Pflegeversicherung
• Sie erklären Arzt- und Krankenhausabrechnungen verständlich und nehmen Leistungsanträge auf
• Sie erkennen sensible Situationen (z. B. schwere Erkrankungen, Pflegebedürftigkeit) und leiten sie an die Fachbereiche weiter

Ihr Profil:
• Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen, Sozialversicherungsfachangestellte/r, Medizinische/r Fachangestellte/r oder vergleichbar
• Freude am Telefon, Geduld und Einfühlungsvermögen
• sicherer Umgang mit Datenschutz und vertraulichen Informationen

Wir bieten: 38-Stunden-Woche, Gleitzeit im Schichtrahmen 7–20 Uhr, 2 Tage Homeoffice pro Woche nach der Einarbeitung, Jobrad, betriebliche Krankenversicherung.

Bewerbung bis 15.03.2026 über karriere.weserbogen.example, Kennziffer KSC-2026-07.
---

Vielen Dank
Personalmarketing Weserbogen""")

    # ---------------------------------------------------------------- 0034
    mail(34, "CONFIDENTIAL", "de", "insurer-to-complaints", "forwarded motor complaint in quoted reply: named customer, premium increase after claim, SF class, policy",
         frm=A("yildirim"), to="beschwerde@weserbogen.example",
         subject="WG: AW: Beitragserhöhung nach Schaden – so nicht!", date="2026-02-12 09:48",
         body="""Hallo Beschwerdestelle,

der Kunde möchte ausdrücklich, dass seine Mail als Beschwerde behandelt wird. Fachlich ist die Rückstufung aus meiner Sicht korrekt, siehe meine Antwort unten.

Okan

-----Ursprüngliche Nachricht-----
Von: Okan Yıldırım
Gesendet: Mittwoch, 11. Februar 2026 16:20
An: 'Jürgen Tietjen'
Betreff: AW: Beitragserhöhung nach Schaden – so nicht!

Sehr geehrter Herr Tietjen,

durch den Haftpflichtschaden vom 03.10.2025 (S-KF-25-019933) wird Ihr Vertrag KF-5520 61172 zum 01.01.2026 von SF 12 in SF 6 zurückgestuft. Das steht so in der Rückstufungstabelle Ihrer AKB. Sie können den Schaden innerhalb von sechs Monaten nach Abschluss zurückkaufen; der Betrag lag bei 2.310,60 €.

-----Ursprüngliche Nachricht-----
Von: Jürgen Tietjen <j.tietjen@ewe-mail.example>
Gesendet: Mittwoch, 11. Februar 2026 08:03
An: service@weserbogen.example
Betreff: Beitragserhöhung nach Schaden – so nicht!

Ich zahle jetzt 638 Euro statt 402 im Jahr, nur weil mir einer beim Spurwechsel reingefahren ist?? Die Schuld war 50/50, nicht meine allein. Ich bin 22 Jahre schadenfrei gefahren. Ich will eine Überprüfung und jemanden, der sich das anschaut. Ihre Hotline hat mich 25 Minuten in der Warteschleife gelassen.

J. Tietjen, Ganderkesee""")

    # ---------------------------------------------------------------- 0035
    mail(35, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: daughter calls about mother's care level application, dementia, care insurance",
         frm=A("brinkmann"), to="leistung-pflege@weserbogen.example",
         subject="Telefonnotiz Pflegeantrag Frau Lüschen (Tochter rief an)", date="2026-02-12 11:17",
         body="""Anruf 10:55, Tochter Andrea Scholz (Vollmacht liegt lt. CRM seit 2024 vor) für Mutter Hilde Lüschen, geb. 11.05.1938, PPV-Nr. PV-8812-0044-19

- Mutter hat seit Herbst zunehmend Demenz (Hausarzt spricht von Alzheimer, Diagnose "noch nicht ganz sicher"), stürzt öfter, war im Januar 5 Tage im Krankenhaus nach Sturz
- bisher kein Pflegegrad, Antrag ist am 20.01. per Post raus
- Frage: wann kommt der Gutachter von Medicproof? Tochter wohnt in Hannover, muss sich Urlaub nehmen für den Termin
- Frage 2: ob Pflegegeld rückwirkend ab Antragsdatum gezahlt wird -> hab gesagt ja, ab Antragsmonat, wenn Pflegegrad festgestellt
- Tochter erwähnt, dass ein ambulanter Pflegedienst (Diakonie) ab März 2x täglich kommen soll, fragt nach Sachleistung vs. Pflegegeld

Bitte Rückruf an die Tochter: 0511 4470 2983 (tagsüber) bzw. Termin-Info per Post an die Mutter.

Jana""")

    # ---------------------------------------------------------------- 0036
    train36 = PDF([
        "# Practice call 3 - Windscreen damage (fictitious)",
        "For the German-speaking team at ContactPoint Dublin. All names and numbers are invented.",
        "",
        "Caller: 'John Doe' (fictitious), motor policy KF-0000 00000 (training number).",
        "Situation: stone chip in the windscreen on the A27, no other damage, nobody injured.",
        "",
        "Steps:",
        "1. Greet in German: 'Weserbogen Versicherung, mein Name ist ..., was kann ich fuer Sie tun?'",
        "2. Identify the caller: policy number + postcode OR date of birth + postcode.",
        "3. Check partial cover (Teilkasko) in the contract view; note the deductible.",
        "4. Offer the partner garage network (Glas-Partner) - repair of small chips without deductible.",
        "5. Create the claim in CRM with code KF-GLAS, read out the claim number.",
        "6. Close: confirm next steps and that the garage will contact the customer within 24 h.",
        "",
        "Do not: promise a replacement windscreen, accept photos via WhatsApp, or discuss other contracts of the household.",
    ], title="Practice call 3")
    mail(36, "NORMAL", "en", "insurer-to-partner", "trap: English training script for overflow partner with fictitious caller 'John Doe' and training policy number (PDF)",
         frm=A("kueck"), to="Aoife Brennan <aoife.brennan@contactpoint-dublin.example>",
         subject="Training pack for new agents – practice call 3", date="2026-02-13 09:05",
         body="""Hi Aoife,

as promised, here is the next practice call for your new German-speaking agents starting on 23 Feb. Same format as calls 1 and 2; everything in it is invented.

Could you send me the names of the trainees by Wednesday so I can create their training accounts (no access to the live customer base until they pass the test)?

Thanks!
""" + S("kueck", "en"),
         att=[("Practice_call_03_windscreen.pdf", train36, CT_PDF)])

    # ---------------------------------------------------------------- 0037
    mail(37, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: named customer cancels household policy due to move abroad, new address, policy",
         frm=A("sommer"), to="sach-vertrag@weserbogen.example",
         subject="Rückrufbitte / Kündigung Hausrat wegen Wegzug – Fr. Akgül", date="2026-02-13 12:30",
         body="""Hallo Sach-Vertrag,

Kundin bittet um Rückruf, bevor die Kündigung bearbeitet wird:

Name: Derya Akgül
Vertrag: HR 2207 38810 (Hausrat, Am Wall 140, 28195 Bremen)
Anliegen: zieht zum 31.03. nach Wien (neue Anschrift: Praterstraße 44/12, 1020 Wien), will Hausrat zum Umzugsdatum kündigen. Fragt, ob der Umzugstransport noch mitversichert ist und ob sie Geld zurückbekommt (Jahresbeitrag bis 30.06. bezahlt).
Telefon: +43 660 512 8840 (ab 01.03.), bis dahin 0157 3301 2257
Rückruf gewünscht: Di oder Do Vormittag

Danke!
Mareike""")

    # ---------------------------------------------------------------- 0038
    mail(38, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML-only reply: hospital daily allowance for named customer, table of hospital stays with clinic and dates",
         frm=A("wuebbena"), to="Frank Oltmanns <frank.oltmanns@gmx.example>",
         subject="Ihr Krankenhaustagegeld – Abrechnung", date="2026-02-16 10:30",
         html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrter Herr Oltmanns,</p>
<p>wie telefonisch besprochen, hier die Übersicht zu Ihrem Krankenhaustagegeld aus dem Vertrag <b>KT-4490-0077-51</b> (Tarif KHT 50, 50&nbsp;€ je Tag):</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Aufenthalt</th><th>Klinik</th><th>Tage</th><th>Betrag</th></tr>
<tr><td>05.01.–14.01.2026</td><td>Klinikum Bremen-Nord, Kardiologie</td><td>10</td><td>500,00 €</td></tr>
<tr><td>15.01.–04.02.2026</td><td>Reha-Zentrum Am Meer, Bad Zwischenahn (Anschlussheilbehandlung)</td><td>21</td><td>1.050,00 €</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>1.550,00 €</b></td></tr>
</table>
<p>Die Anschlussheilbehandlung nach Ihrem Herzinfarkt zählt in Ihrem Tarif als stationäre Behandlung, deshalb zahlen wir auch hierfür das volle Tagegeld. Die Überweisung erfolgt in den nächsten Tagen auf Ihr bekanntes Konto.</p>
<p>Gute Besserung und freundliche Grüße<br>Dennis Wübbena<br>Kundenservice Krankenversicherung<br>Weserbogen Versicherung AG</p>
</body></html>""")

    # ---------------------------------------------------------------- 0039
    chat39 = CSV([["datum", "stunde", "sessions", "bot_geloest", "an_agent", "wartezeit_s_median", "csat"],
                  ["2026-02-16", "08", 34, 19, 15, 22, 4.4],
                  ["2026-02-16", "09", 71, 40, 31, 38, 4.3],
                  ["2026-02-16", "10", 88, 47, 41, 61, 4.1],
                  ["2026-02-16", "11", 79, 44, 35, 49, 4.2],
                  ["2026-02-16", "12", 52, 30, 22, 27, 4.5],
                  ["2026-02-16", "13", 48, 29, 19, 20, 4.6],
                  ["2026-02-16", "14", 66, 35, 31, 44, 4.2],
                  ["2026-02-16", "15", 73, 38, 35, 57, 4.0],
                  ["2026-02-16", "16", 61, 33, 28, 35, 4.3],
                  ["2026-02-16", "17", 40, 24, 16, 18, 4.5]])
    mail(39, "NORMAL", "de", "internal", "trap: daily chat statistics per hour (CSV), no person",
         frm=A("hinrichs"), to="ksc-leitung@weserbogen.example",
         subject="Chat-Tagesreport 16.02.", date="2026-02-16 18:20",
         body="""Hi,

Tagesreport Chat anbei. 612 Sessions, 55 % vom Bot gelöst (Top-Intents: "Rechnung einreichen", "Adresse ändern", "eVB anfordern"). Zwischen 10 und 11 Uhr war die Wartezeit über einer Minute, da waren zwei Kolleginnen in der Schulung.

LG Lea""",
         att=[("chat_tagesreport_2026-02-16.csv", chat39, CT_CSV)])

    # ---------------------------------------------------------------- 0040
    mail(40, "CONFIDENTIAL", "de", "insurer-to-customer", "premium deferral for named customer due to unemployment, buildings policy, unemployment benefit amount",
         frm=A("yildirim"), to="Nicole Garbade <nicole.garbade@web.example>",
         subject="Stundung Ihres Beitrags – Wohngebäudeversicherung WG 3307 19920", date="2026-02-17 13:55",
         body="""Sehr geehrte Frau Garbade,

vielen Dank für Ihr offenes Gespräch am Telefon. Es tut mir leid, dass Sie Ihre Stelle verloren haben.

Wie besprochen stunden wir den Jahresbeitrag Ihrer Wohngebäudeversicherung (Vertrag WG 3307 19920, Blumenthaler Weg 3, 28790 Schwanewede) in Höhe von 684,20 € und teilen ihn auf sechs Monatsraten à 114,03 € auf, erste Rate am 01.04.2026. Mahngebühren fallen nicht an, der Versicherungsschutz besteht uneingeschränkt weiter.

Die von Ihnen genannte Höhe Ihres Arbeitslosengeldes (1.482 € monatlich) haben wir nur für diese Entscheidung verwendet; die Kopie des Bescheids brauchen wir nicht.

Falls sich Ihre Situation vorher ändert, genügt ein kurzer Anruf.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0041
    mail(41, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "English reply to named expat: dental treatment abroad, root canal and crown, reimbursement",
         frm=A("odonnell"), to="Priya Raman <priya.raman@outlook.example>",
         subject="RE: Dentist bill from Chennai – reimbursement", date="2026-02-17 15:40",
         body="""Dear Ms Raman,

thank you for calling back and for sending the translated invoice via the portal.

Your claim under health policy KZ-4412-9087-44 has now been settled:

- Root canal treatment, tooth 36, Dr. Anand's dental clinic, Chennai: INR 18,500 = EUR 204.10, reimbursed 100 %
- Ceramic crown, tooth 36: INR 27,000 = EUR 297.88, reimbursed 80 % = EUR 238.30
- X-rays (2 periapical): INR 1,200 = EUR 13.24, reimbursed 100 %

Total reimbursement: EUR 455.64, paid to your account ending 3301 on 19 Feb.

Treatment abroad is covered worldwide for up to 6 weeks per trip in your tariff; your trip (20 Dec to 18 Jan) was within that limit. Exchange rates are those of the invoice dates.

Best regards,
""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0042
    mail(42, "NORMAL", "de", "internal", "trap: team leads' meeting minutes mentioning KTG escalations and suicide-prevention guideline, anonymised",
         frm=A("osterloh"), to="ksc-teamleitungen@weserbogen.example",
         subject="Protokoll TL-Runde 17.02.", date="2026-02-17 17:10",
         body="""Protokoll Teamleiterrunde KSC, 17.02.2026, 14:00–15:30
Teilnehmende: F. Osterloh, J. Brinkmann, S. Thiel, P. Nowak, M. Gerdes, L. Hinrichs; Gast: R. Plate

TOP 1 Eskalationen Krankentagegeld
Im Januar 9 Eskalationen zu KTG-Fällen, Ursache meist fehlende Zuordnung von Unterlagen im Scan-Eingang. Jana klärt mit LA Kranken eine feste Ansprechperson für das KSC. Einzelfälle werden NICHT in diesem Protokoll genannt.

TOP 2 Notfall-Leitfaden "Suizidäußerungen am Telefon"
Nach dem Vorfall Ende Januar wird der Leitfaden überarbeitet (Ines). Nachsorge für betroffene Kolleg*innen: EAP-Hotline wird in allen Teams noch einmal kommuniziert.

TOP 3 Datenschutz
Rüdiger berichtet: 3 Fälle im Januar, in denen Arztberichte per unverschlüsselter Mail an service@ geschickt wurden und von Agents beantwortet wurden, ohne auf das Portal zu verweisen. Textbaustein RB-13 wird Pflicht.

TOP 4 WFM
Prognose März: +8 % wegen Kfz-Wechselsaison-Nachläufern und Pflegereform. Zusatzschichten Sa werden ausgeschrieben.

Nächste Runde: 03.03.

""" + S("osterloh"))

    # ---------------------------------------------------------------- 0043
    mail(43, "CONFIDENTIAL", "de", "insurer-internal-crm-export", "CRM case history: named customer, private liability, friend's laptop damaged, claim and policy numbers",
         frm=A("luedemann"), to="schaden-haftpflicht@weserbogen.example",
         subject="Vorgangshistorie S-PH-26-002219 zur Übernahme", date="2026-02-18 10:12",
         body="""Moin,

der Fall ist aus der Hotline raus und geht an euch. Historie aus dem CRM:

Vorgang S-PH-26-002219 | Privathaftpflicht PH 7710 20915 | VN: Simon Brüning, Bremen-Huchting

02.02. 09:14  Tel. inbound  Kd. meldet: hat bei Freund (Lukas Meyer) Kaffee über dessen Laptop (MacBook Air, 2023) geschüttet. Gerät startet nicht. Lt. Kd. Zeitwert ca. 900 €.
02.02. 09:20  Schaden angelegt, Schadenanzeige per Portal versendet
05.02. 17:41  Portal-Eingang  Schadenanzeige ausgefüllt, Foto Laptop, Kaufbeleg (1.299 €, 03/2023)
09.02. 11:03  Tel. inbound  Geschädigter Lukas Meyer ruft selbst an, fragt nach Stand. Keine Auskunft gegeben (nicht VN), Rückruf an VN zugesagt.
09.02. 11:30  Tel. outbound  VN informiert, dass Reparaturkostenvoranschlag fehlt
16.02. 08:55  Portal-Eingang  KVA Apple Service Bremen: Logicboard-Tausch 780,00 €
18.02. 10:05  Übergabe an Fachbereich (Betrag > Hotline-Limit 500 €)

Offene Punkte: Gefälligkeitshandlung / Ausschluss prüfen? Kd. war zu Besuch, kein Leihverhältnis.

Gruß Marco""")

    # ---------------------------------------------------------------- 0044
    mail(44, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail transcript with STT errors: named customer asks surrender value of life policy, debts",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="leben-service@weserbogen.example",
         subject="Sprachnachricht Box LEBEN-2 – 0172 4403 118 – 00:01:03", date="2026-02-18 19:22",
         headers={"X-WeserVox-Box": "LEBEN-2", "X-WeserVox-Transcript": "auto (de-DE) v11.4"},
         body="""Neue Sprachnachricht in der Box LEBEN-2

Anrufer: 0172 4403 118
Eingang: 18.02.2026 19:20
Dauer: 1:03 min
Automatische Transkription (Konfidenz 0,64 – bitte Audio prüfen):

"ja hallo hier ist der stefan kruse ähm ich hab bei ihnen so eine lebens Versicherung so eine Kapital leben seit zwei tausend neun die nummer fängt mit el wer dreißig an dreißig eins null sieben ähm vier vier eins und ich müsste wissen was der Rückkaufs wert ist weil wir haben gerade Schulden wegen dem Haus die bank will bis ende märz zwölf tausend haben und ich überlege ob ich die kündige oder ob man die beleihen kann policen Darlehen heißt das glaube ich meine frau weiß da nichts von also bitte nicht zuhause anrufen nur auf dem handy danke tschüss"

Audio: WeserVox, Nachricht-ID VM-L2-20260218-0031
Diese Nachricht wurde automatisch erzeugt.""")

    # ---------------------------------------------------------------- 0045
    mail(45, "NORMAL", "de", "auto-reply", "trap: out-of-office reply naming health-claims contact, no person data",
         frm=A("wuebbena"), to="Wolfgang Riedel <w.riedel@gmx.example>",
         subject="Abwesenheitsnotiz: Ihre Nachricht", date="2026-02-19 07:01",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.02.2026 nicht im Büro. Ihre Mail wird nicht weitergeleitet.

Bei Fragen zu Erstattungen in der Krankenversicherung erreichen Sie meine Kolleginnen und Kollegen unter 0421 7789-3200 (Mo–Fr 8–20 Uhr). Rechnungen reichen Sie am schnellsten über die Weserbogen-App ein.

Bitte senden Sie Arztrechnungen und Befunde nicht per E-Mail, sondern über Ihr Portal-Postfach.

Dennis Wübbena
Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0046
    mail(46, "CONFIDENTIAL", "en", "insurer-to-partner", "English assistance request: named customer's car broken down in Austria, plate, policy, phone; nobody hurt",
         frm=A("luedemann"), to="Ops Desk <ops@alpine-assist.example>",
         subject="Roadside assistance request – WB-26-0219-03 – A10 near Flachau", date="2026-02-19 08:33",
         body="""Dear colleagues,

please organise roadside assistance for our customer under our motor assistance agreement:

Our ref.: WB-26-0219-03
Customer: Jonas Wellbrock, mobile +49 152 0448 3390
Vehicle: Volvo XC60, German plate HB-JW 1203, grey
Motor policy: KF-5521 04477 (incl. Schutzbrief / assistance)
Location: A10 Tauernautobahn, emergency bay approx. 1 km after exit Flachau direction Villach
Problem: engine warning light, car will not restart; 2 adults + 2 children in the car, nobody injured, they are waiting behind the guardrail.
Cover: towing to the nearest authorised Volvo workshop, rental car up to 7 days (category of vehicle), or hotel for max. 3 nights.

Please confirm ETA to the customer directly and send the case number to this address.

Thank you,
Marco Lüdemann
Weserbogen Versicherung AG – 24h claims hotline""")

    # ---------------------------------------------------------------- 0047
    mail(47, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-complaints", "data-protection complaint: agent disclosed named customer's psychotherapy claims to ex-wife",
         frm=A("brinkmann"), to="beschwerde@weserbogen.example", cc=A("plate") + ", datenschutz@weserbogen.example",
         subject="Beschwerde mit Datenschutzbezug – Herr Wessels, dringend", date="2026-02-19 16:50",
         body="""Liebe Frau Rademacher, lieber Rüdiger,

ich leite euch die telefonische Beschwerde von heute weiter, Datenschutzvorfall ist wahrscheinlich (72-h-Frist läuft ab heute 14:10!):

Kunde: Marcus Wessels, KV-4463-5521-09
Sachverhalt laut Kunde: Seine geschiedene Ehefrau (ehemals mitversichert, seit 01/2026 eigener Vertrag) hat am 13.02. im KSC angerufen und nach "offenen Rechnungen" gefragt. Die Kollegin hat ihr laut Kunde gesagt, dass die Rechnungen der Psychotherapeutin (Dipl.-Psych. Anne Hoyer, 25 Sitzungen Verhaltenstherapie wegen Depression) noch in Prüfung sind. Die Ex-Frau verwendet das jetzt im Sorgerechtsverfahren.

Meine Prüfung: Call vom 13.02., 11:32, Agent 2-09. In der Aufzeichnung fragt die Anruferin nach "den Rechnungen von Marcus", Legitimation nur mit alter Adresse (ist noch die gemeinsame). Agent nennt "Psychotherapie, 25 Sitzungen, noch in Prüfung". Also leider ja.

Kunde will schriftliche Entschuldigung und Auskunft nach Art. 15 DSGVO, wer wann auf seine Daten zugegriffen hat.

Jana""")

    # ---------------------------------------------------------------- 0048
    mail(48, "NORMAL", "de", "insurer-to-supplier", "trap: purchase order for headsets and hygiene pads for call centre, company supplier",
         frm="Einkauf <einkauf@weserbogen.example>", to="Vertrieb Nordsound Kommunikation GmbH <vertrieb@nordsound.example>",
         cc=A("nowak"),
         subject="Bestellung 4500018834 – Headsets KSC", date="2026-02-20 11:25",
         body="""Sehr geehrte Damen und Herren,

auf Basis Ihres Angebots AN-2026-0117 bestellen wir:

Pos. 1  40 x Headset Jabra Engage 55 Stereo (USB-C), EP 249,00 € netto
Pos. 2  200 x Hygiene-Ohrpolster Leder-Optik, EP 3,10 € netto
Pos. 3  40 x Transportetui, EP 12,50 € netto

Gesamt netto: 10.580,00 €, zzgl. MwSt.
Lieferung bis 13.03.2026 an: Weserbogen Versicherung AG, Warenannahme Tor 2, Am Weserbogen 12, 28199 Bremen, z. Hd. Herrn Nowak (KSC).
Rechnung bitte unter Angabe der Bestellnummer an rechnungseingang@weserbogen.example.
Zahlungsziel 30 Tage netto, Bankverbindung laut Lieferantenstamm.

Mit freundlichen Grüßen
Einkauf Weserbogen Versicherung AG
i. A. Corinna Haase""")

    # ---------------------------------------------------------------- 0049
    mail(49, "CONFIDENTIAL", "de", "insurer-to-customer", "travel cancellation due to job loss (no health content): named customer, booking and policy",
         frm=A("behrens"), to="Melanie Rohlfs <melanie.rohlfs@posteo.example>",
         subject="Reiserücktritt – Ihre Stornokosten (RR 9940 12877)", date="2026-02-20 14:40",
         body="""Sehr geehrte Frau Rohlfs,

danke für die Unterlagen, die Sie uns nach unserem Telefonat geschickt haben.

Sie mussten Ihre Reise nach Mallorca (TUI, Buchung 4411908, 14.–28.03.2026, zwei Personen) stornieren, weil Ihr Arbeitgeber Ihnen betriebsbedingt gekündigt hat (Kündigung vom 06.02.2026 liegt uns vor). Der unerwartete Verlust des Arbeitsplatzes ist in Ihrem Tarif als Rücktrittsgrund versichert.

Stornokosten laut Reiseveranstalter: 1.316,00 €
abzüglich Selbstbehalt 20 %: 263,20 €
Erstattung: 1.052,80 € auf Ihr Konto bei der Sparkasse Rotenburg Osterholz, IBAN DE43 2915 1700 7957 6026 00

Ihr Vertrag RR 9940 12877 läuft unverändert weiter.

Mit freundlichen Grüßen
Kai Behrens
Kundenservice Weserbogen Versicherung AG""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0050
    hist50 = CSV([["zeitpunkt", "kanal", "agent", "eintrag"],
                  ["2026-02-09 13:12", "Telefon", "3-04", "Mutter (VN Ilka Haverkamp, UV 3312-5540) meldet Unfall Sohn Ben (8) in der Pause, Sturz vom Klettergerüst, Schneidezahn 11 abgebrochen, 21 gelockert"],
                  ["2026-02-09 13:20", "System", "-", "Schaden S-UV-26-000388 angelegt, Unfallanzeige Kind per Post"],
                  ["2026-02-12 08:44", "Portal", "-", "Eingang Befundbericht Zahnarztpraxis Dr. Meiners: Kronenfraktur 11 mit Pulpabeteiligung, Wurzelbehandlung erforderlich, provisorische Versorgung"],
                  ["2026-02-16 10:05", "Telefon", "3-11", "Mutter fragt nach Kosten für spätere Krone (erst nach Wachstumsabschluss); Schule hat auch Unfallkasse informiert"],
                  ["2026-02-16 10:19", "Intern", "3-11", "Hinweis: gesetzliche Schülerunfallversicherung vorrangig, Kind privat zusatzversichert -> Übergabe an Leistung Unfall"]],
                delimiter=";", encoding="utf-8")
    zip50 = ZIP([("S-UV-26-000388/verlauf.csv", hist50),
                 ("S-UV-26-000388/hinweis.txt", "Export aus CRM, Stand 20.02.2026 09:00, nur intern verwenden.\r\n".encode("utf-8"))])
    mail(50, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-crm-export", "ZIP with CRM case history of child's school accident (broken incisor, root canal); harmless body",
         frm=A("brinkmann"), to="leistung-unfall@weserbogen.example",
         subject="Export Vorgang wie besprochen", date="2026-02-20 09:05",
         body="""Hallo,

anbei der Export, den ihr heute Morgen angefragt hattet.

VG Jana""",
         att=[("Export_S-UV-26-000388.zip", zip50, CT_ZIP)])
def chunk_03():
    # ---------------------------------------------------------------- 0051
    mail(51, "NORMAL", "en", "internal", "trap: IT notice about degraded voicemail transcription for English boxes, no person",
         frm=A("kracht"), to="international-desk@weserbogen.example", cc=A("odonnell"),
         subject="Voicemail transcription (en-GB) degraded since update 11.4", date="2026-02-23 08:50",
         body="""Hi International Desk,

quick heads-up: since the WeserVox update on 7 Feb the English speech-to-text model produces noticeably worse transcripts (confidence often below 0.7, numbers written as words, "R E I S E" spelled out letter by letter, names split up).

What we know:
- affects boxes INTL-1 and INTL-2 only; German boxes are fine
- the audio itself is complete, please always listen to it before acting on policy numbers or amounts
- vendor ticket: Callvista case 00733102, fix expected with hotfix 11.4.2 (planned 3 March)

Workaround: none needed beyond checking the audio. Please don't copy transcripts 1:1 into CRM notes.

Sorry for the hassle,
""" + S("kracht", "en"))

    # ---------------------------------------------------------------- 0052
    mail(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer, disability pension follow-up review, herniated disc, pain clinic",
         frm=A("meyerdierks"), to="leistung-bu@weserbogen.example",
         subject="Telefonnotiz BU-Nachprüfung Herr Schröder", date="2026-02-23 11:24",
         body="""Anruf Kd. Dirk Schröder 11:05, BU 40.219.331-0 (BU-Rente 1.450 €/Monat seit 2023)
hat Nachprüfungsbogen bekommen, ist verunsichert, ob die Rente jetzt wegfällt.
Kd. erzählt: Bandscheibenvorfall L4/L5 2022, zwei OPs, jetzt Schmerzklinik Bremen-Ost, nimmt Tilidin, kann max. 20 Min sitzen. Arbeitet 10 Std/Woche im Minijob im Baumarkt (Kasse) – fragt ob er das angeben muss.
Hab gesagt: ja, alle Tätigkeiten angeben, Minijob allein heißt nicht automatisch Wegfall, Prüfung durch LA BU.
Kd. bittet um schriftliche Erklärung, was bei der Nachprüfung passiert, und um Fristverlängerung für den Bogen bis 31.03., weil der Schmerztherapeut erst am 19.03. einen Termin hat.
Bitte Frist prüfen und Kd. informieren (Post).

Anke""")

    # ---------------------------------------------------------------- 0053
    mail(53, "CONFIDENTIAL", "de", "insurer-to-customer", "glass breakage claim: named customer, conservatory, policy and claim number, address",
         frm=A("luedemann"), to="Annegret Cordes <annegret.cordes@ewe-mail.example>",
         subject="Glasbruch Wintergarten – S-GL-26-000147", date="2026-02-23 15:10",
         body="""Sehr geehrte Frau Cordes,

danke für Ihren Anruf. Ihren Glasschaden haben wir unter der Schadennummer S-GL-26-000147 aufgenommen.

Versicherungsnehmerin: Annegret Cordes
Vertrag: GL 4410 09981 (Glasversicherung, Wohnhaus Am Deich 22, 27804 Berne)
Schaden: Dachscheibe des Wintergartens durch herabfallenden Ast gerissen (18.02.2026)

Sie dürfen die Glaserei Ihres Vertrauens direkt beauftragen. Bis zu 2.500 € brauchen Sie keine vorherige Freigabe. Schicken Sie uns danach einfach die Rechnung und ein Foto der kaputten Scheibe (falls noch vorhanden).

Den Ast selbst und mögliche Schäden an der Gartenmöbeln deckt die Glasversicherung nicht; dafür wäre ggf. Ihre Hausratversicherung zuständig – die haben Sie allerdings bei einem anderen Versicherer.

""" + S("luedemann") + FOOTER_DE)

    # ---------------------------------------------------------------- 0054
    mail(54, "NORMAL", "de", "internal", "trap: agent FAQ script for health premium adjustment with example figures and placeholders, no real customer",
         frm=A("kueck"), to="ksc-alle@weserbogen.example",
         subject="Gesprächsleitfaden Beitragsanpassung KV – Update", date="2026-02-24 08:00",
         body="""Hallo zusammen,

nach dem Feedback aus den Teams ist der Leitfaden zur Beitragsanpassung KV angepasst. Die wichtigsten Punkte als Kurzfassung:

1. Einstieg
"Ich verstehe, dass die Erhöhung ärgerlich ist. Darf ich kurz erklären, woher sie kommt?"

2. Begründung (auslösender Faktor)
Gestiegene Leistungsausgaben, v. a. stationär und Arzneimittel. KEINE individuellen Gründe nennen ("weil Sie so viele Rechnungen eingereicht haben" ist falsch und verboten – die Anpassung gilt für das ganze Tarifkollektiv).

3. Beispielrechnung (fiktiv, nicht am Telefon als "Ihr" Beitrag nennen)
Tarif KomfortAmbulant 80, Eintrittsalter 35, alt 412,30 €, neu 447,90 € (+8,6 %)

4. Optionen
- Selbstbehalt erhöhen
- Tarifwechsel nach § 204 VVG (Termin mit Tarifwechsel-Team, Baustein TW-01)
- Beitragsentlastungstarif

5. Bei Kündigungswunsch
Nachweis der Anschlussversicherung nötig. Platzhalter im Baustein: {Kuendigungsdatum}, {Vertragsnummer}, {Name_Folgeversicherer}.

6. Gesundheitsfragen
Bei Tarifwechsel mit Mehrleistung kann eine Gesundheitsprüfung nötig sein – am Telefon KEINE Gesundheitsangaben aufnehmen, Antrag geht per Post/Portal.

""" + S("kueck"))

    # ---------------------------------------------------------------- 0055
    fc = [("Datum", "Wochentag", "Prognose Anrufe", "Prognose Chat", "benötigte FTE", "geplante FTE", "Delta")]
    for d, wd, a, c, need, plan in [("30.03.", "Mo", 3410, 640, 61, 58), ("31.03.", "Di", 3020, 590, 55, 56),
                                    ("01.04.", "Mi", 2890, 560, 53, 52), ("02.04.", "Do", 3150, 610, 57, 49),
                                    ("03.04.", "Fr", 0, 0, 0, 0), ("06.04.", "Mo", 0, 0, 0, 0),
                                    ("07.04.", "Di", 4120, 790, 73, 64), ("08.04.", "Mi", 3560, 680, 64, 60)]:
        fc.append((d, wd, a, c, need, plan, plan - need))
    mail(55, "NORMAL", "de", "internal", "trap: workforce forecast for Easter (XLSX), numbers only",
         frm=A("nowak"), to="ksc-teamleitungen@weserbogen.example",
         subject="Prognose Ostern – bitte Urlaube prüfen", date="2026-02-24 13:33",
         body="""Hallo TLs,

die Prognose für die Osterwochen hängt an. Kritisch sind Gründonnerstag (-8 FTE) und Dienstag nach Ostern (-9 FTE). Bitte schaut, ob ihr in euren Teams noch Urlaube verschieben könnt, oder meldet Kolleg*innen für die Mittelschicht.

Karfreitag und Ostermontag nur Notdienst Schaden (läuft über Bereitschaft).

Piotr""",
         att=[("Prognose_Ostern_2026.xlsx", XLSX([("Prognose", fc)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0056
    mail(56, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-chat", "English chat: named customer pregnant (12th week), asks about maternity and IVF cover in health policy",
         frm=A("hinrichs"), to="leistung-kranken@weserbogen.example",
         subject="Chat forwarding – maternity cover question, Ms Lindqvist", date="2026-02-24 16:02",
         body="""Hi Leistung Kranken,

customer asked in English in the authenticated chat, please answer via secure mailbox (English).

Chat-ID WC-260224-0451
Customer: Elin Lindqvist, KV-4481-3390-02 (GlobalCare, since 06/2024)

[14:40] Elin L.: Hello! I'm pregnant, 12th week, due date 8 Sept. What does my insurance cover?
[14:41] Lea: Congratulations! Your tariff covers prenatal check-ups, delivery, midwife and hospital stay. Are you planning to give birth in Germany?
[14:42] Elin L.: Yes, at St.-Joseph-Stift Bremen. Is a single room covered?
[14:44] Elin L.: also we did 2 IVF cycles at Kinderwunschzentrum Bremen last year, the second invoice (ICSI, 3,870 EUR) was only partly paid. Can someone check again? I think now it is clear it was successful :)
[14:46] Lea: I'll forward both questions to our claims team. You'll get an answer in your secure mailbox within 3 working days.
[14:46] Elin L.: thank you so much

Lea""")

    # ---------------------------------------------------------------- 0057
    mail(57, "CONFIDENTIAL", "en", "insurer-to-customer", "English reply: named tenant's liability claim, landlord's carpet, claim number",
         frm=A("odonnell"), to="Luca Bianchi <luca.bianchi@mail.example>",
         subject="Re: red wine on the carpet – what now?", date="2026-02-25 10:18",
         body="""Dear Mr Bianchi,

thanks for your mail and for calling yesterday. Good news: damage to rented flats caused by tenants is covered by your personal liability policy PH 7710 44210.

I have opened claim S-PH-26-002477. Next steps:
1. Your landlord (Hausverwaltung Schünemann) can send us their claim directly, quoting the claim number.
2. Please ask them for the age of the carpet; we pay the current value, not the price of a new carpet.
3. Please don't agree to deductions from your rent deposit before we have settled the claim.

> The carpet is about 8 years old I think, the landlord wants 1,900 EUR which seems a lot??

That does sound high for an 8-year-old carpet, but let us handle that with the landlord.

Best regards,
""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0058
    mail(58, "NORMAL", "de", "internal", "trap: calibration session invite with anonymised call excerpt mentioning diagnosis, no identifiable person",
         frm=A("gerdes"), to="ksc-teamleitungen@weserbogen.example",
         subject="Kalibrierungsrunde QM am 04.03. – Call-Ausschnitt zur Vorbereitung", date="2026-02-25 14:40",
         body="""Hallo zusammen,

für die Kalibrierung am 04.03. (10:00, Raum W 3.02) hören wir uns einen Call gemeinsam an und bewerten ihn jeder für sich. Vorab der Ausschnitt als Text – Name, Nummern und Ort sind entfernt, die Stimme im Audio wird verfremdet.

[03:12] Kunde: ... und dann hat der Arzt gesagt, es ist Diabetes Typ 2, und ich soll zur Schulung. Zahlen Sie das?
[03:20] Agent: Oh, das tut mir leid. Moment, ich schaue mal ... Darf ich erst Ihr Geburtsdatum haben?
[03:31] Kunde: [entfernt]
[03:40] Agent: Danke. Schulungen sind bei Ihnen drin, ja.
[03:44] Kunde: Und das Messgerät?
[03:46] Agent: Das auch, sicher.

Fragen für die Runde:
- Kriterium 3 (Legitimation vor Gesundheitsthemen) – wie bewerten wir, wenn der Kunde die Diagnose von sich aus nennt?
- "Das auch, sicher" – Zusage ohne Prüfung?

Bitte eure Punktwerte bis 03.03. in die Kalibrierungs-Tabelle eintragen.

Malte""")

    # ---------------------------------------------------------------- 0059
    mail(59, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: named customer lost two fingers in circular-saw accident, accident disability assessment",
         frm=A("behrens"), to=A("brinkmann"), cc="leistung-unfall@weserbogen.example",
         subject="Eskalation Unfall Invalidität – Herr Pundt wartet auf Vorschuss", date="2026-02-26 09:12",
         body="""Hi Jana,

kannst du bitte bei Leistung Unfall nachhaken? Kunde ruft täglich an.

Kunde: Heino Pundt, Unfall UV 3308-2219, Grundsumme 100.000 €, Progression 350 %
Unfall 04.11.2025: Kreissäge in der Werkstatt, Verlust Zeigefinger und Mittelfinger rechte Hand (Amputation im Grundglied), Replantation nicht möglich. Er ist Tischler, Rechtshänder, seit Unfall arbeitsunfähig.
Stand: ärztliche Erstmeldung liegt vor, Invaliditätsfeststellung noch nicht möglich (Ende Heilverfahren unklar). Kunde hat am 12.01. Vorschuss beantragt, laut Gliedertaxe wären die zwei Finger schon klar. Keine Reaktion bisher.

Seine Frau sagt, die Werkstatt läuft ohne ihn nicht, sie brauchen das Geld für einen Gesellen.

VG Kai""")

    # ---------------------------------------------------------------- 0060
    mail(60, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: deer collision of named customer, plate, partial cover; nobody hurt",
         frm=A("sommer"), to="kfz-schaden@weserbogen.example",
         subject="Rückruf bitte: Wildunfall HB-ML 2044", date="2026-02-26 07:45",
         body="""Moin Kfz-Schaden,

Rückrufwunsch aus der Nacht (Bereitschaft hat nur aufgenommen):

Kundin Maike Lange, Teilkasko KF-5520 93318, Kennz. HB-ML 2044 (Skoda Fabia)
Wildunfall heute 05:40 auf der L 133 zwischen Oyten und Fischerhude, Reh, Front + Scheinwerfer rechts kaputt, Fahrzeug fahrbereit. Kundin unverletzt. Jagdpächter-Bescheinigung hat sie schon (Polizei war vor Ort).
Möchte wissen, ob sie in die Vertragswerkstatt in Achim darf.
Tel. 0170 2249 3381, ab 9 Uhr

LG Mareike""")

    # ---------------------------------------------------------------- 0061
    mail(61, "NORMAL", "en", "newsletter", "trap: group service newsletter in English with claims and chronic-disease programme statistics, no person",
         frm="Nordhanse Group Service Excellence <digest@nordhanse-gruppe.example>", to="ksc-leitung@weserbogen.example",
         subject="Service Excellence Digest – February 2026", date="2026-02-26 12:00",
         html="""<html><body style="font-family:Segoe UI,Arial">
<h1 style="color:#003a70">Service Excellence Digest</h1>
<p><i>February 2026 – for contact centre leaders across the Nordhanse group</i></p>
<h2>Numbers of the month</h2>
<ul>
<li>Group-wide first-contact resolution: <b>78 %</b> (Weserbogen: 81 %)</li>
<li>Share of health claims submitted via app: <b>63 %</b></li>
<li>Participants in the diabetes and back-pain coaching programmes: <b>4,120</b> (+14 %)</li>
</ul>
<h2>Best practice: talking about serious illness on the phone</h2>
<p>Our colleagues in Bremen developed a short guide for calls in which customers mention cancer, mental illness or a death in the family. Key points: listen first, identify the caller before discussing any contract, never promise benefits, offer a named contact person.</p>
<h2>Tech corner</h2>
<p>Speech analytics pilot: sentiment detection will run on anonymised transcripts only. Works councils in all companies have agreed.</p>
<p style="font-size:small">You receive this digest as a member of the group service leadership list. Unsubscribe via your intranet profile.</p>
</body></html>""")

    # ---------------------------------------------------------------- 0062
    mail(62, "STRICTLY_CONFIDENTIAL", "de", "customer", "inline-forwarded customer mail: naturopath treatment for migraine, invoices, health policy",
         frm=A("wuebbena"), to="leistung-kranken@weserbogen.example",
         subject="WG: Heilpraktiker Rechnungen – bitte prüfen", date="2026-02-27 10:41",
         body="""Zur Prüfung und direkten Antwort an die Kundin (sie hat heute auch angerufen, Rückruf zugesagt bis Mi).

Dennis

---------- Weitergeleitete Nachricht ----------
Von: Jutta Bischoff <jutta.bischoff@freenet.example>
Datum: Do., 26. Feb. 2026 um 22:17
Betreff: Heilpraktiker Rechnungen
An: <service@weserbogen.example>

Hallo,

ich habe am Telefon gefragt ob Sie die Heilpraktikerin zahlen. Ich habe seit Jahren Migräne mit Aura, 4-5 mal im Monat, die Triptane vertrage ich nicht mehr gut. Jetzt gehe ich seit November zu Frau Klatte (Heilpraktikerin in Delmenhorst), Akupunktur und Neuraltherapie. Es hilft wirklich!! Die Rechnungen sind 6 x 85 Euro. Meine Versicherungsnummer ist KV 4458-1109-63. Zahlen Sie das oder nicht? Der Herr am Telefon wusste es nicht genau.

Ich habe die Rechnungen als Foto hier angehängt (geht das so?)

Viele Grüße
Jutta Bischoff""")

    # ---------------------------------------------------------------- 0063
    mail(63, "NORMAL", "de", "internal", "trap: late-shift report with anonymised incidents (aggressive caller, hospital question), no identifiable person",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example",
         subject="Schichtbericht Spät Fr 27.02.", date="2026-02-27 20:18",
         body="""Spätschicht 27.02.

17 Agents, 1.044 Calls, SL 88 %, AHT 5:02, Chat 176.

Vorkommnisse (anonymisiert, Details im CRM):
- 1 aggressiver Anrufer in der Kfz-Queue (Beleidigungen), Gespräch nach 2. Warnung beendet, Kollege ok.
- 1 Angehöriger, der im Krankenhaus am Bett der Patientin stand und Kostenübernahme für Einzelzimmer wollte – an Bereitschaft LA Kranken übergeben, erledigt.
- Softphone-Abstürze bei 3 Plätzen im Raum W 2.10 (immer die gleichen PCs), Ticket INC-20260227-0112.

Stimmung gut, Pizza kam an 😉

Svenja""")

    # ---------------------------------------------------------------- 0064
    mail(64, "CONFIDENTIAL", "de", "insurer-to-customer", "motor policy ends after sale of vehicle: named seller and buyer, VIN, policy",
         frm=A("yildirim"), to="Patrick Hoppe <patrick.hoppe@web.example>",
         subject="Fahrzeugverkauf – Ihr Kfz-Vertrag KF-5520 70125", date="2026-03-02 09:50",
         body="""Hallo Herr Hoppe,

vielen Dank für die Verkaufsanzeige. Wir haben Ihren Vertrag KF-5520 70125 für den Audi A4 Avant (FIN WAUZZZF42LA031877, Kennzeichen OHZ-PH 48) zum Verkaufstag 27.02.2026 abgerechnet.

Käufer laut Kaufvertrag: Herr Ömer Ceylan, Bremerhaven. Der Vertrag geht nach § 95 VVG zunächst auf den Käufer über; Herr Ceylan hat aber bereits bei einem anderen Versicherer eine eVB genutzt, sodass der Vertrag mit der Ummeldung endet.

Ihr Schadenfreiheitsrabatt (SF 9) bleibt sieben Jahre für ein Folgefahrzeug reserviert. Den zu viel gezahlten Beitrag (anteilig 187,44 €) überweisen wir Ihnen in den nächsten Tagen.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0065
    quiz = DOCX([
        "# Datenschutz-Quiz KSC – März 2026",
        "Alle Beispiele sind erfunden.",
        "1. Ein Anrufer sagt: 'Ich bin Max Mustermann und habe Diabetes.' Ist das ein Gesundheitsdatum? (Lösung: ja, Art. 9 DSGVO)",
        "2. Darf eine Ehefrau Auskunft über die Arztrechnungen ihres mitversicherten Mannes bekommen? (Lösung: nur mit Vollmacht oder wenn sie selbst Versicherungsnehmerin ist und es um ihren Vertrag geht – im Zweifel nein)",
        "3. Eine Kundin will ihren Arztbrief per Mail schicken. Was sagst du? (Lösung: App oder Portal-Postfach)",
        "4. Ist die Aussage 'Frau Beispiel ist bei uns haftpflichtversichert' vertraulich? (Lösung: ja – schon die Tatsache, dass jemand versichert ist)",
        "5. Welche zwei Merkmale reichen zur Legitimation? (Lösung: Vertragsnummer + PLZ oder Geburtsdatum + PLZ)",
        "6. Darfst du ein Gespräch mit Suizidäußerungen im Team besprechen? (Lösung: nur anonymisiert und mit TL)",
    ], title="Datenschutz-Quiz")
    mail(65, "NORMAL", "de", "internal", "trap: data-protection quiz with fictitious examples (Max Mustermann, diabetes) as DOCX",
         frm=A("plate"), to="ksc-alle@weserbogen.example",
         subject="Datenschutz-Quiz März – mitmachen und Kaffeegutschein gewinnen", date="2026-03-02 12:15",
         body="""Liebe Kolleginnen und Kollegen,

wie jedes Quartal gibt es ein kleines Datenschutz-Quiz. Antworten bitte bis 13.03. an mich; unter allen richtigen Einsendungen verlosen wir drei Gutscheine fürs Café im Erdgeschoss.

Die Lösungen stehen diesmal gleich mit drin – es geht ums Wiederholen, nicht ums Prüfen. 😊

""" + S("plate"),
         att=[("Datenschutz-Quiz_2026-03.docx", quiz, CT_DOCX)])

    # ---------------------------------------------------------------- 0066
    wrong = CSV([["callback_id", "customer", "phone", "line", "policy", "topic"],
                 ["CB-0588", "Hannelore Witte", "+49 421 6034 119", "health", "KV-4451-0092-14", "asks about cost approval for cataract surgery"],
                 ["CB-0589", "Maximilian Otte", "+49 176 2298 0044", "health", "KV-4470-5512-80", "invoice psychiatrist, partly refused"],
                 ["CB-0590", "Edith Kuhlmann", "+49 4207 9931", "care", "PV-8810-4471-02", "care level 3 assessment date"]], delimiter=",")
    mail(66, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "English deletion request: health callback list sent to outsourcing partner by mistake, named customers with health topics (CSV)",
         frm=A("sommer"), to="Aoife Brennan <aoife.brennan@contactpoint-dublin.example>", cc=A("plate"),
         subject="URGENT – file sent in error, please delete", date="2026-03-03 08:22",
         body="""Hi Aoife,

I'm afraid this morning's callback file (sent 07:58) contained three entries from the health/care queue that must not go to ContactPoint under our agreement. I attach the affected extract once more so you can identify the rows – please:

1. delete the rows CB-0588 to CB-0590 (and the original CSV) from your systems and mailboxes,
2. make sure none of your agents has called these customers,
3. confirm deletion in writing today.

Our data protection coordinator Rüdiger Plate (cc) is documenting the incident. The rest of the file is fine to use.

Sorry for the extra work.
""" + S("sommer", "en"),
         att=[("affected_rows_CB-0588-0590.csv", wrong, CT_CSV)])

    # ---------------------------------------------------------------- 0067
    mail(67, "CONFIDENTIAL", "de", "insurer-internal-chat", "chat transcript: named customer, employment legal expenses after dismissal, salary",
         frm=A("hinrichs"), to="rechtsschutz@weserbogen.example",
         subject="Chat: Kündigungsschutzklage – Deckungsanfrage", date="2026-03-03 13:30",
         body="""Moin Rechtsschutz,

Kunde hat im Chat eine Deckungsanfrage gestellt, bitte Prüfung und Antwort ins Postfach:

WC-260303-0217, Kunde Sebastian Rippe, RS 6610 33015 (Privat/Beruf, seit 2019)

[12:51] Kunde: mir wurde gestern gekündigt, nach 11 jahren, mein Anwalt sagt Kündigungsschutzklage
[12:52] Lea: Das tut mir leid. Von welchem Arbeitgeber und zu wann wurde gekündigt?
[12:53] Kunde: Logistik Nord GmbH in Bremen, fristgerecht zum 30.06., angeblich betriebsbedingt
[12:54] Kunde: Bruttogehalt 4.350 im Monat, der Anwalt sagt Streitwert ist dann 3 Monatsgehälter
[12:55] Kunde: Anwalt ist Kanzlei Dreyer & Focke
[12:57] Lea: Danke, ich gebe das an die Kollegen weiter. Die Deckungszusage kommt normalerweise innerhalb von 2 Werktagen.

Lea""")

    # ---------------------------------------------------------------- 0068
    mail(68, "NORMAL", "de", "internal", "trap: IT troubleshooting guide for softphone/headset, mentions recordings, no person",
         frm=A("kracht"), to="ksc-alle@weserbogen.example",
         subject="Softphone stürzt ab? Erste Hilfe (bitte vor Ticket lesen)", date="2026-03-04 08:30",
         body="""Hallo zusammen,

wir bekommen gerade viele Tickets "Softphone weg mitten im Gespräch". Bevor ihr ein Ticket aufmacht, bitte:

1. Headset direkt am PC einstecken, nicht am Monitor-USB-Hub (Raum W 2.10!).
2. WeserVox-Client: Einstellungen > Audio > "Exklusiven Modus zulassen" AUS.
3. Client neu starten, NICHT den ganzen PC (sonst 6 Min. Anmeldung).
4. Wenn ein Kundengespräch abbricht: Kunde steht als letzter Anruf in der Historie, bitte zurückrufen und im CRM Notiz "Abbruch technisch" setzen.

Die Aufzeichnung des abgebrochenen Gesprächs ist trotzdem vollständig bis zum Abbruch gespeichert.

Wenn es dann immer noch passiert: Ticket mit PC-Nummer (Aufkleber unten rechts) und Uhrzeit.

""" + S("kracht"))

    # ---------------------------------------------------------------- 0069
    mail(69, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "reply to named customer: care daily allowance approved, care level 3",
         frm=A("brinkmann"), to="Reinhard Struß <reinhard.struss@t-online.example>",
         subject="Ihr Pflegetagegeld – Bewilligung", date="2026-03-04 11:05",
         body="""Sehr geehrter Herr Struß,

wie heute am Telefon versprochen, die Zusammenfassung:

Für Ihre Ehefrau Ingrid Struß (versicherte Person im Vertrag PT-8840-1177-20, Pflegetagegeld) liegt uns das Gutachten vor. Festgestellt wurde Pflegegrad 3 ab 01.02.2026.

Ihr Tarif zahlt bei Pflegegrad 3 60 % des vereinbarten Pflegetagegelds von 50 €, also 30 € pro Tag bzw. 900 € für einen 30-Tage-Monat. Die Zahlung für Februar (840 €) ist heute angewiesen, ab März zahlen wir monatlich im Voraus. Die Beitragsbefreiung für den Vertrag Ihrer Frau gilt ab Pflegegrad 3 ebenfalls ab 01.02.

Einen schriftlichen Bescheid bekommen Sie zusätzlich per Post.

Ich wünsche Ihnen und Ihrer Frau viel Kraft.

""" + S("brinkmann") + FOOTER_DE)

    # ---------------------------------------------------------------- 0070
    mail(70, "NORMAL", "en", "insurer-to-public", "trap: English job ad for International Desk agent (health and travel questions), no person",
         frm="Recruiting Weserbogen <karriere@weserbogen.example>", to="Jobs Board Team <ads@expat-jobs-germany.example>",
         subject="Job ad for publication – Customer Service Agent International Desk (English/German)", date="2026-03-05 10:00",
         body="""Hello,

please publish the following ad for 4 weeks (invoice to Weserbogen Versicherung AG, PO 4500019120).

Customer Service Agent (f/m/d) – International Desk
Bremen, full-time or part-time (min. 25 h), hybrid

About the role:
- You help English-speaking customers, many of them expats, with questions about their health, travel, motor and household insurance – by phone, chat and secure mailbox.
- You explain invoices from doctors and hospitals abroad and guide customers through claims.
- You work closely with our 24/7 travel emergency partner when customers fall ill abroad.

What you bring:
- Fluent English (C1+) and good German (B2+)
- Experience in customer service, ideally insurance, healthcare or travel
- A calm voice and discretion – you will handle sensitive personal data every day

What we offer: 38-hour week, flexible shifts 7 am–8 pm, Deutschlandticket Job, language courses, company health insurance.

Apply by 5 April 2026 at karriere.weserbogen.example, ref. KSC-INT-2026-02.

Thank you,
Recruiting team""")

    # ---------------------------------------------------------------- 0071
    mail(71, "CONFIDENTIAL", "en", "insurer-internal-crm-export", "English CRM export: named expat cancels motor and household policies, moving to Canada, IBAN for refund",
         frm=A("odonnell"), to="sach-vertrag@weserbogen.example, kfz-vertrag@weserbogen.example",
         subject="Cancellation – customer leaving Germany (ticket KSC-2026-0305-0061)", date="2026-03-05 15:27",
         body="""Hallo zusammen,

please process the cancellations below. Customer confirmed everything on the phone, signed letter uploaded to the ticket.

--- CRM ticket KSC-2026-0305-0061 ---
Customer:        Nathan Caldwell, born 1984-11-30
Current address: Friedrich-Karl-Str. 56, 28205 Bremen
New address:     1172 Robson St, Apt 904, Vancouver BC V6E 1B2, Canada (from 01 Apr)
Contracts:       KF-5521 08830 (motor, Tesla Model 3, HB-NC 330) – car sold 28 Mar, deregistration certificate follows
                 HR 2207 91002 (household contents) – to end 31 Mar 2026
Refund account:  DE92 1203 0000 7788 1146 06 (DKB), account holder Nathan Caldwell
Note:            customer asks for a certificate of his no-claims history in English for his Canadian insurer (SF 7 = 7 claim-free years)
--- end ---

Thanks, Sarah""")

    # ---------------------------------------------------------------- 0072
    mail(72, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail transcript: dental practice asks cost approval for named patient's implant (§ 203 context)",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="leistung-kranken@weserbogen.example",
         subject="Sprachnachricht Box KV-PARTNER – 0421 3309 7760 – 00:00:58", date="2026-03-06 12:48",
         headers={"X-WeserVox-Box": "KV-PARTNER", "X-WeserVox-Transcript": "auto (de-DE) v11.4.2"},
         body="""Neue Sprachnachricht in der Box KV-PARTNER (Leistungserbringer)

Anrufer: 0421 3309 7760
Eingang: 06.03.2026 12:46
Dauer: 0:58 min
Automatische Transkription (Konfidenz 0,81):

"guten tag hier ist die zahnarzt praxis doktor fischbeck in der obernstraße frau lemke am Apparat es geht um unseren patienten herrn gerold imken versicherungs nummer k v vier vier fünf sieben strich null drei drei eins strich zwanzig wir haben ihnen vor drei wochen den heil und kosten plan für zwei implantate regio sechs und sieben unten links geschickt mit knochen aufbau weil der Kiefer knochen nach der parodontitis zu dünn ist und der patient wartet auf die Zusage wir haben schon den op termin am zwanzigsten märz bitte rufen sie uns zurück danke"

Audio: WeserVox, Nachricht-ID VM-KVP-20260306-0014
Diese Nachricht wurde automatisch erzeugt.""")

    # ---------------------------------------------------------------- 0073
    mail(73, "NORMAL", "de", "internal", "trap: complaint reply template with placeholders for health refusal (<<Diagnose>> etc.), no real data",
         frm=A("rademacher"), to="beschwerde-team@weserbogen.example",
         subject="Neue Vorlage: Antwort auf Beschwerde nach Leistungsablehnung (BV-07)", date="2026-03-06 15:22",
         body="""Hallo Team,

anbei die abgestimmte Vorlage BV-07. Bitte ab sofort verwenden; die alte BV-03 ist gesperrt. Achtung: Diagnose nur nennen, wenn der Kunde sie selbst in der Beschwerde genannt hat, und dann nur in der Antwort über das Portal-Postfach.

--------------------------------------------------------------
<<Anrede>> <<Name>>,

vielen Dank für Ihre Nachricht vom <<Eingangsdatum>>. Es tut uns leid, dass Sie mit unserer Entscheidung vom <<Datum_Ablehnung>> zu Ihrem Vertrag <<Vertragsnummer>> nicht einverstanden sind.

Wir haben Ihren Fall noch einmal vollständig geprüft[, einschließlich der Stellungnahme von <<Behandler>>].

[Variante A – Abhilfe]
Wir haben unsere Entscheidung geändert und erstatten <<Betrag>> €.

[Variante B – keine Abhilfe]
Nach erneuter Prüfung bleibt es bei unserer Entscheidung, weil <<Begründung_Tarifziffer>>.

Sie können sich jederzeit kostenfrei an den Ombudsmann Private Kranken- und Pflegeversicherung wenden, Postfach 06 02 22, 10052 Berlin.

Mit freundlichen Grüßen
<<Sachbearbeiter>>
--------------------------------------------------------------

""" + S("rademacher"))

    # ---------------------------------------------------------------- 0074
    mail(74, "CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: named family with burst-pipe damage, hotel costs, buildings policy, address",
         frm=A("luedemann"), to=A("brinkmann") + ", teamleitung-sach@weserbogen.example",
         subject="Eskalation: Leitungswasser, Familie seit 10 Tagen im Hotel – WG 3307 44821", date="2026-03-09 10:02",
         body="""Moin,

ich gebe das hoch, weil ich mit meinem Limit nicht weiterkomme:

VN: Sven und Carina Borchers, Im Hollerland 18, 28357 Bremen, Wohngebäude WG 3307 44821 + Hausrat HR 2207 44822
Schaden S-LW-26-000733, Rohrbruch im OG am 27.02., Decke EG eingestürzt, Haus unbewohnbar (Trocknung 4-6 Wochen)
Familie mit 2 Kindern (5 und 9) seit 27.02. im Hotel am Hauptbahnhof, 149 €/Nacht. Hotelkosten sind bis 100 Tage versichert, aber der Sachbearbeiter ist im Urlaub und niemand gibt die Zahlung frei. Kunde hat 1.490 € vorgestreckt, Kreditkarte am Limit.

Bitte Freigabe Vorschuss 3.000 € (Hotel + Ersatzkleidung) heute.

Marco""")

    # ---------------------------------------------------------------- 0075
    mail(75, "NORMAL", "de", "internal", "trap: team event invitation naming colleagues and a birthday, organisational only",
         frm=A("thiel"), to="ksc-team2@weserbogen.example",
         subject="Teamabend 20.03. + Geburtstag Gesa 🎉", date="2026-03-09 12:40",
         body="""Hallo ihr Lieben,

am Freitag, 20.03., machen wir nach der Frühschicht unseren Teamabend: ab 17 Uhr Bowling im "Strike" am Weserpark, danach Essen beim Griechen nebenan. Piotr hat die Spätschicht so geplant, dass alle aus der Früh können.

Und: Gesa wird an dem Tag 40! Wir sammeln für ein Geschenk, Umschlag liegt bei mir am Platz (W 2.12). Bitte nichts verraten.

Zusagen bis 13.03. in die Umfrage im Teams-Kanal.

Svenja""")
def chunk_04():
    # ---------------------------------------------------------------- 0076
    mail(76, "NORMAL", "en", "insurer-to-supplier", "trap: contract amendment on call-recording retention with telephony vendor, no person",
         frm=A("osterloh"), to="Account Management Callvista <accounts@callvista.example>", cc=A("kracht") + ", " + A("plate"),
         subject="Amendment No. 4 – call recording retention and deletion", date="2026-03-10 09:30",
         body="""Dear Mr Holloway,

following our meeting on 3 March, here is our position on amendment no. 4 to the service agreement:

1. Retention: call recordings are kept for 90 days (quality assurance) and then deleted automatically. Recordings flagged with a legal hold remain until the hold is lifted.
2. Health and life queues: recordings from the queues KRANKEN_*, LEBEN_BU and UNFALL_* are stored in the separate encrypted partition only; access for Callvista support staff requires our written approval per case.
3. Transcripts: speech-to-text output is subject to the same retention as the audio.
4. Deletion reports: monthly, with counts per queue – no call-level data.
5. Sub-processors: please update annex 3 (the hosting provider in Frankfurt changed in January).

Could you send us the redlined version by 20 March? Our DPO needs two weeks for review.

Best regards,
""" + S("osterloh", "en"))

    # ---------------------------------------------------------------- 0077
    mail(77, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: widow reports death of named insured, life policy payout, cause of death",
         frm=A("meyerdierks"), to="leistung-leben@weserbogen.example",
         subject="Todesfallmeldung LV 30.115.209-4 – Telefonnotiz", date="2026-03-10 14:02",
         body="""Anruf 13:40, Frau Elke Hagens (Ehefrau und Bezugsberechtigte)

Versicherte Person: Werner Hagens, geb. 02.07.1959, verstorben am 06.03.2026 im Hospiz Brücke, Bremen
Todesursache laut Frau Hagens: Bauchspeicheldrüsenkrebs, Diagnose war im Sommer 2025
Vertrag: LV 30.115.209-4, Kapitalleben, Todesfallsumme 60.000 € zzgl. Überschüsse
Sie fragt, welche Unterlagen nötig sind – hab genannt: Sterbeurkunde, Versicherungsschein (falls vorhanden), ärztliche Bescheinigung über Todesursache (Formular schicken wir), Kopie Personalausweis.
Bankverbindung will sie schriftlich mitteilen.
Frau Hagens war sehr gefasst, bat aber um möglichst wenig Telefonate. Bitte Unterlagenliste per Post an Hemelinger Bahnhofstr. 41, 28309 Bremen.

Anke""")

    # ---------------------------------------------------------------- 0078
    mail(78, "CONFIDENTIAL", "de", "insurer-to-customer", "burglary claim: named customer, stolen items list, police file number, household policy",
         frm=A("luedemann"), to="Ole Hasselmann <ole.hasselmann@posteo.example>",
         subject="Einbruch vom 07.03. – Ihre Stehlgutliste / Schaden S-HR-26-001618", date="2026-03-10 16:44",
         body="""Hallo Herr Hasselmann,

danke für die Liste, die Sie mir am Telefon diktiert haben. Ich habe sie so erfasst – bitte prüfen Sie, ob alles stimmt, und reichen Sie die Belege über das Kundenportal nach:

1. Notebook Lenovo ThinkPad X1, gekauft 2024, ca. 1.650 €
2. Spielkonsole PlayStation 5 mit 2 Controllern, 2023, ca. 620 €
3. Goldkette mit Anhänger (Erbstück), Wert lt. Ihnen ca. 1.200 € – bitte Foto/Gutachten, falls vorhanden
4. Bargeld 340 € (Wertsachen-Grenze Bargeld: 1.500 €)
5. Aufgebrochene Wohnungstür – Reparatur läuft über Ihren Vermieter bzw. dessen Gebäudeversicherung

Vertrag: HR 2207 60071 (Hausrat), Wohnung Bürgermeister-Smidt-Str. 102, 28195 Bremen
Polizei Bremen, Vorgangsnummer 260307-1544-081

Die Stehlgutliste muss auch bei der Polizei vorliegen – bitte schicken Sie sie dort ebenfalls hin.

Gruß
Marco Lüdemann""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0079
    mail(79, "NORMAL", "de", "internal", "trap: weekly callback service statistics by line incl. health and care, aggregates only",
         frm=A("sommer"), to="ksc-leitung@weserbogen.example",
         subject="Wochenbericht Rückrufservice KW 10", date="2026-03-11 08:05",
         body="""Hallo,

Zahlen Rückrufservice KW 10:

                         angelegt   erledigt   < 24h   Ø Versuche
Kranken / Pflege            412        398       87 %     1,6
Leben / BU                   96         95       91 %     1,3
Unfall                       51         51       96 %     1,2
Kfz                         288        270       79 %     1,9
Sach / Haftpflicht          344        301       68 %     2,2
Rechtsschutz                 47         47       100 %    1,1
Gesamt                    1.238      1.162       81 %     1,8

Auffällig: Sach mit vielen offenen Rückrufen wegen Sturm-Nachläufer; ContactPoint hat am Mo/Di 140 Rückrufe übernommen. Kranken/Pflege bleibt komplett intern.

Mareike""")

    # ---------------------------------------------------------------- 0080
    mail(80, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-complaints", "English complaint in quoted reply: named expat disputes hospital bill for appendectomy, health policy",
         frm=A("odonnell"), to="beschwerde@weserbogen.example",
         subject="FW: Re: Hospital bill – formal complaint", date="2026-03-11 11:20",
         body="""Hallo Beschwerdestelle,

the customer explicitly asked for a formal complaint. Thread below (English). I've explained the chief-physician surcharge twice, he doesn't accept it.

Sarah

-----Original Message-----
From: Ryan Mitchell <ryan.mitchell@mailbox.example>
Sent: Tuesday, 10 March 2026 21:55
To: Sarah O'Donnell
Subject: Re: Hospital bill – formal complaint

Sarah, I appreciate your help but this is ridiculous. I was rushed into St.-Joseph-Stift with acute appendicitis on 14 Jan, had an emergency laparoscopic appendectomy the same night and spent 4 days there. Nobody asked me if I wanted "Chefarztbehandlung" – I was in pain and on morphine! Now you pay only 2.3x GOÄ and I'm left with EUR 1,142 from the surgeon's bill.

Please treat this as a formal complaint. Policy KV-4483-0017-26.

Ryan

> Dear Mr Mitchell,
> your tariff covers private doctors' fees up to 2.3x the GOÄ rate; the surgeon charged 3.5x ...""")

    # ---------------------------------------------------------------- 0081
    mail(81, "CONFIDENTIAL", "en", "insurer-to-customer", "English reply: rent deposit guarantee for named customer, net income and employer",
         frm=A("odonnell"), to="Aiko Tanaka <aiko.tanaka@proton.example>",
         subject="Your rent deposit guarantee – application received", date="2026-03-12 09:15",
         body="""Dear Ms Tanaka,

thank you for your application for a rent deposit guarantee (Mietkautionsbürgschaft) that you started with my colleague on the phone.

We have the following details:
- Flat: Osterdeich 77, 28205 Bremen, landlord GEWOBA, deposit EUR 2,340
- Employer: Bremer Institut für Meeresforschung, permanent contract since 2023
- Net monthly income: EUR 3,610 (payslips for Dec–Feb received)
- Annual fee: 5 % of the deposit = EUR 117.00

Your application is approved. The guarantee certificate (Bürgschaftsurkunde) will be sent to you by post within 3 working days; please hand it to your landlord instead of paying the deposit in cash.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0082
    mail(82, "NORMAL", "de", "internal", "trap: new IVR prompt texts ('Arztrechnungen', 'Pflegegrad', 'Todesfall'), no person",
         frm=A("brinkmann"), to=A("kracht") + ", ksc-teamleitungen@weserbogen.example",
         subject="Neue Ansagetexte IVR Personenversicherung – zur Abnahme", date="2026-03-12 13:45",
         body="""Hallo Tobias, hallo TLs,

hier die finalen Texte für das neue Sprachmenü, Aufnahme mit der Sprecherin am 19.03.:

PR-KV-2026-03 (Kranken)
"Willkommen bei der Weserbogen Versicherung. Für Fragen zu Arztrechnungen, Rezepten und Erstattungen drücken Sie die 1. Für Fragen zu Ihrem Beitrag oder Tarif die 2. Für die Pflegeversicherung und Fragen zum Pflegegrad die 3. Ihre Rechnungen reichen Sie am schnellsten in der Weserbogen-App ein."

PR-LB-2026-03 (Leben / BU)
"Möchten Sie einen Todesfall melden, drücken Sie bitte die 1 – Sie werden direkt mit einer persönlichen Ansprechperson verbunden. Für Fragen zur Berufsunfähigkeitsversicherung die 2. Für Auszahlungen, Beitragsfreistellung oder Änderungen die 3."

PR-UV-2026-03 (Unfall)
"Für eine Unfallmeldung drücken Sie die 1. Für Fragen zu einem bestehenden Unfall die 2."

Hinweis Aufzeichnung bleibt vorgeschaltet. Bitte Feedback bis Montag.

Jana""")

    # ---------------------------------------------------------------- 0083
    txt83 = """Sehr geehrte Frau Gerken,

wie heute am Telefon besprochen, zahlen wir aus Ihrer Unfallversicherung UV 3310-7745 für Ihren Sohn Finn:

Unfall: 21.02.2026, Sturz beim Schlittschuhlaufen (Eisbahn Paradice)
Verletzung: distale Radiusfraktur links (Unterarmbruch), Versorgung mit Gips, keine OP
Krankenhaus: Prof.-Hess-Kinderklinik, 21.–23.02.2026 (2 Nächte)

Unfall-Krankenhaustagegeld: 3 Tage x 30 € = 90 €
Gipsgeld (Kinder): pauschal 150 €
Summe: 240 €

Sollte nach Abschluss der Behandlung eine Bewegungseinschränkung bleiben, melden Sie sich bitte – dann prüfen wir Invaliditätsleistungen.

Gute Besserung an Finn!
Kai Behrens
Kundenservice Unfall & Haftpflicht"""
    html83 = """<html><body><p>Sehr geehrte Frau Gerken,</p>
<p>wie heute am Telefon besprochen, zahlen wir aus Ihrer Unfallversicherung <b>UV 3310-7745</b> für Ihren Sohn Finn:</p>
<table border="1" cellpadding="3"><tr><td>Unfall</td><td>21.02.2026, Sturz beim Schlittschuhlaufen (Eisbahn Paradice)</td></tr>
<tr><td>Verletzung</td><td>distale Radiusfraktur links (Unterarmbruch), Gips, keine OP</td></tr>
<tr><td>Krankenhaus</td><td>Prof.-Hess-Kinderklinik, 21.–23.02.2026</td></tr>
<tr><td>Krankenhaustagegeld</td><td>3 x 30 € = 90 €</td></tr><tr><td>Gipsgeld</td><td>150 €</td></tr><tr><td><b>Summe</b></td><td><b>240 €</b></td></tr></table>
<p>Sollte nach Abschluss der Behandlung eine Bewegungseinschränkung bleiben, melden Sie sich bitte.</p>
<p>Gute Besserung an Finn!<br>Kai Behrens<br>Kundenservice Unfall &amp; Haftpflicht</p></body></html>"""
    mail(83, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "child's accident: forearm fracture, hospital stay, accident benefits (plain + HTML)",
         frm=A("behrens"), to="Stefanie Gerken <stefanie.gerken@gmx.example>",
         subject="Leistungen aus der Unfallversicherung für Finn", date="2026-03-13 10:20",
         body=txt83, html=html83)

    # ---------------------------------------------------------------- 0084
    mail(84, "NORMAL", "en", "internal", "trap: English CRM outage notice for International Desk, no person",
         frm="IT Service Desk <it-servicedesk@weserbogen.example>", to="international-desk@weserbogen.example, ksc-alle@weserbogen.example",
         subject="[RESOLVED] CRM unavailable 13 March 08:02–08:51 / [BEHOBEN] CRM-Störung", date="2026-03-13 09:05",
         body="""*** English below ***

Die CRM-Störung von heute früh ist behoben. Ursache: abgelaufenes Zertifikat am Load-Balancer. Notizen, die ihr während der Störung offline erfasst habt, bitte bis 12 Uhr nachtragen und den Offline-Zettel danach in die Datenschutztonne.

---

The CRM outage this morning has been resolved. Root cause: an expired certificate on the load balancer. Please enter any notes you took offline during the outage by 12:00 and put the paper notes into the data-protection bin afterwards. Calls were not affected; the telephony (WeserVox) was running normally.

Incident: INC-20260313-0007
IT Service Desk, ext. -4444""")

    # ---------------------------------------------------------------- 0085
    mail(85, "CONFIDENTIAL", "de", "insurer-to-customer", "complaints office reply: slow motor claim settlement, named claimant, claim number, amounts; nobody hurt",
         frm=A("rademacher"), to="Ingo Wieting <ingo.wieting@ewe-mail.example>",
         subject="Ihre Beschwerde vom 09.03. – Schaden S-KF-26-002911", date="2026-03-16 11:00",
         body="""Sehr geehrter Herr Wieting,

vielen Dank für Ihre Beschwerde, die uns über unser Kundenservice-Center erreicht hat. Sie haben recht: Die Regulierung Ihres Fahrzeugschadens hat zu lange gedauert.

Zum Hergang: Am 22.01.2026 ist unsere Versicherungsnehmerin an der Kreuzung Kirchhuchtinger Landstraße auf Ihren stehenden Opel Astra (HB-IW 919) aufgefahren. Verletzt wurde niemand. Das Gutachten des Sachverständigenbüros Röpke lag am 06.02. vor; danach blieb die Akte wegen eines internen Zuständigkeitswechsels liegen. Dafür entschuldige ich mich.

Wir haben heute überwiesen:
Reparaturkosten laut Gutachten: 3.412,77 €
Wertminderung: 300,00 €
Nutzungsausfall 6 Tage à 43 €: 258,00 €
Kostenpauschale: 25,00 €
Gutachterkosten zahlen wir direkt an das Büro Röpke.

""" + S("rademacher") + FOOTER_DE)

    # ---------------------------------------------------------------- 0086
    mail(86, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-qm-review", "QM review: call about named child's ADHD medication (methylphenidate), health policy",
         frm=A("gerdes"), to=A("brinkmann"),
         subject="QM-Review Call #5120 (Agent 3-22) – positiv!", date="2026-03-16 15:30",
         body="""Hi Jana,

diesmal ein richtig gutes Beispiel, gern im Team-Meeting loben (anonymisiert!):

Call 2026-03-12-5120, 9:48 min, Queue KRANKEN_LEISTUNG
Anrufer: Vater Christian Harms, VN KV-4466-2087-31, mitversichert Sohn Noah (10)
Thema: Erstattung Medikinet retard 20 mg (Methylphenidat) bei ADHS-Diagnose des Sohnes, Apotheke hatte Privatrezept nur teilweise erstattet bekommen, weil Generikum günstiger

Bewertung 94/100
+ Legitimation sauber vor dem ersten Wort zum Sohn
+ hat nicht nachgefragt, "seit wann" der Junge die Diagnose hat – war für die Frage egal
+ Erstattungsregel Generika korrekt erklärt, Arzt-Bescheinigung "aut idem" als Lösung genannt
+ Nächste Schritte + Zeitrahmen
- einmal "ADHS-Kind" gesagt, bitte "Ihr Sohn"

Malte""")

    # ---------------------------------------------------------------- 0087
    mail(87, "NORMAL", "de", "internal", "trap: minutes of works-council meeting on speech analytics and call recording, no person",
         frm=A("osterloh"), to="betriebsrat@weserbogen.example", cc=A("plate"),
         subject="Protokoll Gespräch Speech Analytics / Betriebsvereinbarung Aufzeichnung", date="2026-03-17 16:00",
         body="""Liebe Kolleginnen und Kollegen des Betriebsrats,

anbei wie vereinbart die Zusammenfassung unseres Termins vom 16.03.:

1. Pilot Speech Analytics startet frühestens 01.06. nur für Kfz und Sach; Personenversicherung (Kranken, Leben, Unfall) bleibt ausgenommen, weil dort Gesundheitsdaten besprochen werden.
2. Auswertung nur auf Team-Ebene, keine Leistungs- oder Verhaltenskontrolle einzelner Mitarbeitender. Mindestgruppengröße 8.
3. Transkripte werden vor der Analyse pseudonymisiert (Namen, Nummern, IBAN, Geburtsdaten).
4. Zugriff auf Einzelaufzeichnungen weiterhin nur über QM nach Vier-Augen-Prinzip.
5. Der Entwurf der Betriebsvereinbarung "Gesprächsaufzeichnung 2026" geht bis 31.03. an den BR.

Offen: Wie lange dürfen Aufzeichnungen bei Beschwerden aufbewahrt werden (Vorschlag: bis Abschluss der Beschwerde + 6 Monate).

""" + S("osterloh"))

    # ---------------------------------------------------------------- 0088
    mail(88, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: named customer, PV system overvoltage damage, policy and address",
         frm=A("sommer"), to="schaden-sach@weserbogen.example",
         subject="Rückrufbitte Photovoltaik – Überspannung nach Gewitter", date="2026-03-18 08:15",
         body="""Kunde: Bernd Mindermann, Tel. 04298 2231 07
Vertrag: WG 3307 50213 inkl. PV-Baustein, Am Sportplatz 5, 28865 Lilienthal
Schaden: Wechselrichter SMA seit Gewitter am 15.03. ohne Funktion, Elektriker vermutet Überspannung (Blitzeinschlag in der Nähe). KVA Austausch 2.680 €.
Frage: Muss er auf Gutachter warten oder darf Elektriker tauschen? Ertragsausfall mitversichert?
Rückruf: heute oder morgen zwischen 12 und 14 Uhr.

Mareike""")

    # ---------------------------------------------------------------- 0089
    mail(89, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-voicemail", "English voicemail: named son with type 1 diabetes, insulin pump pre-approval, health policy",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="leistung-kranken@weserbogen.example", cc=A("odonnell"),
         subject="Voicemail INTL-2 – +49 160 4471 2209 – 00:01:31", date="2026-03-18 18:40",
         headers={"X-WeserVox-Box": "INTL-2", "X-WeserVox-Transcript": "auto (en-GB) v11.4.2"},
         body="""New voicemail in box INTL-2

Caller: +49 160 4471 2209
Received: 18 Mar 2026 18:37
Length: 1:31
Automatic transcript (confidence 0.83):

"hi this is Olu Adeyemi my son Tobi is co-insured on my health policy K V four four seven eight dash two two one zero dash eleven he has type one diabetes since he was six and his diabetologist at the Kinder diabetes centre wants to switch him from injections to an insulin pump with a sensor the Omnipod five the clinic says we need a cost approval from you first before they can order it could you please tell me what forms you need I've got the prescription and a letter from doctor Hansen you can call me back on this number any time after five thanks a lot bye"

Audio: WeserVox message ID VM-INTL-2-20260318-0009""")

    # ---------------------------------------------------------------- 0090
    mail(90, "NORMAL", "de", "internal", "trap: first-aid course invitation for call-centre first aiders (defibrillator, CPR), no person data",
         frm="Arbeitssicherheit <arbeitssicherheit@weserbogen.example>", to="ersthelfer-ksc@weserbogen.example",
         subject="Auffrischung Erste Hilfe für Ersthelfer*innen KSC – 22.04.", date="2026-03-19 09:00",
         body="""Liebe Ersthelferinnen und Ersthelfer im Kundenservice-Center,

die Auffrischung eurer Erste-Hilfe-Ausbildung ist fällig (alle zwei Jahre, DGUV Vorschrift 1).

Termin: Mittwoch, 22.04.2026, 08:30–16:00 Uhr, Schulungsraum EG
Trainer: Johanniter Bremen
Inhalte: Herz-Lungen-Wiederbelebung, Umgang mit dem AED (Defibrillator hängt im Flur W 2 neben dem Aufzug), stabile Seitenlage, Krampfanfälle, Hyperventilation/Panikattacken am Arbeitsplatz, Notruf

Die Schichtplanung ist informiert (Piotr Nowak), bitte tragt euch bis 10.04. in die Liste ein. Verpflegung wird gestellt.

Viele Grüße
Arbeitssicherheit / Betriebsärztlicher Dienst""")

    # ---------------------------------------------------------------- 0091
    broker91 = inner("Carsten Meier <c.meier@meier-assekuranz.example>", "kfz-flotte@weserbogen.example",
                     "Flotte Gebr. Wöltjen Transporte – Nachmeldung 3 Fahrzeuge", "2026-03-19 10:12",
                     """Hallo zusammen,

für unseren gemeinsamen Kunden Gebr. Wöltjen Transporte GmbH & Co. KG (Flottenvertrag KF-FL 7704 0012, Ansprechpartnerin Frau Gesine Wöltjen, Prokuristin, Tel. 04202 5518 20) bitte folgende Fahrzeuge ab 01.04. nachmelden:

1. MAN TGL 12.250, FIN WMA13XZZ7RM004412, VER-GW 101
2. MAN TGL 12.250, FIN WMA13XZZ7RM004589, VER-GW 102
3. VW Crafter, FIN WV1ZZZSYZR9027741, VER-GW 55

Fahrer laut Kundin: Stammfahrer Herr Jens Albers (seit 2012 im Betrieb) für Nr. 1, die anderen im Pool.

Bitte um Bestätigung und Beitragsberechnung.

Gruß
Carsten Meier
Meier Assekuranzmakler e.K., Achim""", "d39-0091-broker")
    mail(91, "CONFIDENTIAL", "de", "broker", "forwarded broker mail (message/rfc822): company fleet with named contact person and driver, VINs, policy; harmless body",
         frm=A("yildirim"), to="kfz-flotte@weserbogen.example",
         subject="WG: Flotte Wöltjen – kam im Service-Postfach an", date="2026-03-19 11:30",
         body="""Hi Flotte,

die Mail vom Makler Meier ist bei uns im Service-Postfach gelandet statt bei euch. Bitte übernehmen, der Makler hat auch schon angerufen.

Okan""",
         att=[broker91])

    # ---------------------------------------------------------------- 0092
    pdf92 = PDF([
        "# Gesprächsnotiz KSC - Export",
        "Vorgang: KSC-2026-0319-0212   Erstellt: 19.03.2026 14:10   Agent: 3-08",
        "",
        "Kunde: Andreas Voß, KV-4460-8815-44 (Vollversicherung KomfortPlus)",
        "Anschrift: Lilienthaler Heerstr. 260, 28357 Bremen",
        "",
        "Anliegen: Kunde ist seit 11/2025 mit den Beiträgen im Rückstand (4 Monatsbeiträge a 588,40 EUR = 2.353,60 EUR).",
        "Er ist seit Oktober selbstständig ohne Aufträge, Einkommen derzeit ca. 900 EUR/Monat.",
        "Mahnstufe 2 erreicht; Kunde hat Angst vor dem Notlagentarif und fragt, ob er dann noch",
        "seine laufende Behandlung (Physiotherapie nach Schulter-OP, Rotatorenmanschette) bezahlt bekommt.",
        "",
        "Auskunft: Im Notlagentarif nur Akut- und Schmerzbehandlung; Ratenzahlung möglich.",
        "Vereinbart: Ratenplan-Angebot per Post, Rückruf Beitragsabteilung bis 24.03.",
    ], title="Gesprächsnotiz KSC-2026-0319-0212")
    mail(92, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "PDF-only call note: health premium arrears, emergency tariff, shoulder surgery, income; harmless body",
         frm=A("brinkmann"), to="beitrag-kranken@weserbogen.example",
         subject="Notiz zum Rückruf", date="2026-03-19 14:15",
         body="""Hallo Beitragsabteilung,

anbei die Notiz, Rückruf bitte bis Dienstag.

Danke
Jana""",
         att=[("Notiz_KSC-2026-0319-0212.pdf", pdf92, CT_PDF)])

    # ---------------------------------------------------------------- 0093
    slides = DOCX([
        "# Handling difficult calls – module 4",
        "Training for German- and English-speaking agents. All example callers are fictitious.",
        "## Example 1: the angry caller",
        "'Mr Smith' (fictitious) shouts: 'You people refuse to pay for my cancer treatment and I've been paying for 20 years!'",
        "Step 1 – let him finish. Step 2 – acknowledge: 'I can hear how stressful this is.' Step 3 – identify him before looking at any file. Step 4 – explain what you can do today.",
        "## Example 2: the relative",
        "'Mrs Jones' (fictitious) calls for her father who is in hospital. Without a power of attorney you may take a message, but you may not confirm that the father is insured.",
        "## Example 3: threats and self-harm",
        "If a caller mentions suicide: stay calm, keep them talking, inform your supervisor via the red button in WeserVox, follow the emergency guideline (intranet > KSC > Notfall).",
        "## Self-care",
        "After a difficult call you may take a 5-minute break (status 'Nachbearbeitung Pause'). EAP hotline 0800 1122 334, anonymous and free.",
    ], title="Module 4")
    mail(93, "NORMAL", "en", "insurer-to-partner", "trap: English training module on difficult calls with fictitious callers (cancer, suicide) as DOCX",
         frm=A("kueck"), to="Aoife Brennan <aoife.brennan@contactpoint-dublin.example>",
         subject="Module 4 – difficult calls (for your trainers)", date="2026-03-20 10:10",
         body="""Hi Aoife,

here's module 4. Your agents won't take health calls, but customers don't always choose the right menu option, so we'd like everybody to know what to do when someone mentions illness or self-harm.

The examples are fictitious.

Best,
Ines""",
         att=[("Module4_difficult_calls.docx", slides, CT_DOCX)])

    # ---------------------------------------------------------------- 0094
    mail(94, "CONFIDENTIAL", "en", "insurer-internal-chat", "English chat: named customer's lost baggage on flight, travel policy, item values (no health)",
         frm=A("hinrichs"), to="reise-schaden@weserbogen.example",
         subject="Chat – lost baggage claim (EN), please take over", date="2026-03-20 14:22",
         body="""Hi Reise-Schaden,

English chat, customer authenticated. Please open the claim and reply in English.

WC-260320-0339 – customer Hannah Becker-Reid, travel policy RV 9942 20871 (annual, family)

[13:58] Hannah: Our suitcase didn't arrive in Bremen, flight LH 1353 from Munich yesterday, Lufthansa PIR BRELH48812
[13:59] Hannah: It's been 24h. Inside: my husband's suit (~400 EUR), kids' clothes, a Canon camera 700 EUR
[14:01] Lea: I'm sorry! Please first claim with Lufthansa; our baggage cover pays what the airline doesn't. Do you have receipts?
[14:02] Hannah: Camera yes, rest not really
[14:03] Hannah: we had to buy basics yesterday, 186 EUR at Karstadt, receipt yes
[14:05] Lea: Keep all receipts. I'll hand this to our travel claims team.

Lea""")

    # ---------------------------------------------------------------- 0095
    mail(95, "NORMAL", "de", "newsletter", "trap: customer magazine newsletter with back-health tips and dental prophylaxis campaign, no person",
         frm="Weserbogen Kundenmagazin <magazin@weserbogen.example>", to="kundenmagazin-verteiler@weserbogen.example",
         subject="Weserbogen Aktuell 1/2026: Rückenfit durchs Frühjahr", date="2026-03-20 07:00",
         headers={"List-Unsubscribe": "<https://weserbogen.example/abmelden>"},
         html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1>Weserbogen Aktuell 1/2026</h1>
<h2>Rückenfit durchs Frühjahr</h2>
<p>Rückenschmerzen sind einer der häufigsten Gründe für Arztbesuche. Unsere Physiotherapeutin zeigt fünf Übungen, die Sie in zehn Minuten am Schreibtisch machen können.</p>
<h2>Professionelle Zahnreinigung: zweimal jährlich erstattet</h2>
<p>Wussten Sie schon? In unseren Zahnzusatztarifen sind zwei professionelle Zahnreinigungen pro Jahr enthalten – ohne Wartezeit.</p>
<h2>Neu: Ihr Pflege-Lotse</h2>
<p>Wenn ein Angehöriger pflegebedürftig wird, stehen viele Fragen an. Unser Pflege-Lotse berät Sie telefonisch unter 0421 7789-3333.</p>
<h2>Sturmsaison – so melden Sie Schäden</h2>
<p>Fotos machen, Schäden mindern, in der App melden. Fertig.</p>
<p style="font-size:small">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://weserbogen.example/abmelden">Abmelden</a></p>
</body></html>""")

    # ---------------------------------------------------------------- 0096
    mail(96, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: named customer threatens lawyer over refused rehab (depression, tinnitus), health policy",
         frm=A("wuebbena"), to=A("brinkmann"),
         subject="Kunde droht mit Anwalt – Reha abgelehnt (KV-4459-3012-75)", date="2026-03-23 10:40",
         body="""Jana, kurz zur Info bevor es bei dir landet:

Herr Axel Tiedemann (KV-4459-3012-75) hat eben angerufen, sehr laut, will die Ablehnung seiner stationären Reha in der Klinik Bad Bentheim nicht akzeptieren. Er ist seit Monaten wegen mittelgradiger Depression (F32.1) und chronischem Tinnitus (H93.1) in Behandlung, die Psychiaterin hat die Reha befürwortet. Abgelehnt wurde mit Hinweis auf § 5 MB/KK (Kur/Reha nicht versichert im Tarif Basis 2).

Er sagt, beim Abschluss habe ihm der Vermittler gesagt, Reha sei "natürlich drin". Er hat einen Anwaltstermin am Donnerstag.

Ich habe ihm Beschwerdeweg und Ombudsmann erklärt, ihm eine schriftliche Begründung zugesagt und die Rücksprache mit LA Kranken. Vielleicht gibt es Kulanz über die ambulante Psychotherapie?

Dennis""")

    # ---------------------------------------------------------------- 0097
    mail(97, "CONFIDENTIAL", "de", "insurer-to-customer", "returned direct debit, motor policy, named customer, new IBAN requested, reminder fee",
         frm=A("yildirim"), to="Kevin Dunker <kevin.dunker@web.example>",
         subject="Rücklastschrift – Kfz-Vertrag KF-5520 88102", date="2026-03-23 15:05",
         body="""Hallo Herr Dunker,

wie eben am Telefon besprochen: Die Lastschrift für Ihren Kfz-Beitrag März (54,20 €) ist von Ihrer Bank zurückgegeben worden ("Konto erloschen"). Sie haben mir Ihre neue Bankverbindung genannt:

IBAN DE59 2901 0111 6035 8029 40 (Postbank), Kontoinhaber Kevin Dunker

Wir buchen den offenen Betrag zusammen mit den Rücklastschriftkosten der Bank (3,00 €) am 01.04. ab. Die Mahnung vom 20.03. können Sie damit ignorieren, der Versicherungsschutz ist nicht gefährdet.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0098
    mail(98, "NORMAL", "en", "internal", "trap: English outbound NPS survey script with placeholders, no customer data",
         frm=A("sommer"), to="outbound-team@weserbogen.example", cc=A("gerdes"),
         subject="NPS follow-up calls – script (EN version for International Desk)", date="2026-03-24 09:20",
         body="""Hi all,

here's the English version of the NPS follow-up script. Same rules as in German: only customers who agreed to a call-back in the survey (flag NPS_CALLBACK = Y), never call about health, life or accident claims even if the customer gave a low score because of one – hand those over to the team lead.

---
"Hello {title} {last_name}, this is {agent_first_name} from Weserbogen Insurance. You recently took part in our customer survey and said we may call you. Is now a good time?"

[If yes]
"You gave us {score} out of 10. What could we have done better?"

[Listen, take notes in CRM field NPS_COMMENT, no sensitive details]

"Thank you. I'll pass this on to {department}. Is there anything else I can help you with today?"

[Close]
"Thanks for your time, {title} {last_name}. Have a nice day!"
---

Target: 40 calls per agent per week, max. 2 attempts per customer.

Mareike""")

    # ---------------------------------------------------------------- 0099
    mail(99, "STRICTLY_CONFIDENTIAL", "de", "internal", "night-shift report of travel emergency desk listing named customers with medical events abroad",
         frm="Bereitschaft Reise-Notruf <reise-notruf@weserbogen.example>", to="ksc-leitung@weserbogen.example, leistung-reise@weserbogen.example",
         subject="Übergabe Nachtdienst Reise-Notruf 24./25.03.", date="2026-03-25 06:55",
         body="""Übergabe Nachtdienst 20:00–07:00 (Dienst: Sönke Bruns)

Anrufe: 14, davon 4 neue Fälle, 3 Rückfragen zu laufenden Fällen, Rest Info.

Neue Fälle:
1. RV 9940 31187 – Helga Brandt (71), Teneriffa: Sturz im Hotel, Verdacht Hüftfraktur, Hospiten Sur, Kostenübernahme an Klinik gefaxt 23:10. Rücktransport prüfen (Assistance Nord informiert).
2. RV 9942 08815 – Tim Schwarze (34), Bangkok: Dengue-Fieber, stationär Bumrungrad seit gestern, stabil. Garantie 5.000 USD erteilt.
3. RV 9941 77230 – Familie Özdemir, Antalya: Kind (3) mit hohem Fieber, ambulant, Arztkosten vor Ort bezahlt, Erstattung normal über Leistung.
4. RV 9940 50021 – Jörg Kahrs (58), Lissabon: Brustschmerz, Herzkatheter heute Nacht im Hospital de Santa Maria, 2 Stents. Ehefrau vor Ort, bittet morgen um Rückruf zur Heimreise (Tel. +49 171 4409 221).

Offen für Tagdienst: Fall 1 Rücktransport, Fall 4 Rückruf.

Sönke""")

    # ---------------------------------------------------------------- 0100
    mail(100, "NORMAL", "de", "internal", "trap: facility notice – water damage in the building's ground-floor physiotherapy practice, no person data",
         frm="Facility Management <facility@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="Wasserschaden Gebäude W – Eingang Nord gesperrt", date="2026-03-25 08:10",
         body="""Liebe Kolleginnen und Kollegen,

in der Nacht ist im Gebäude W ein Heizungsrohr im Erdgeschoss geplatzt. Betroffen ist vor allem die Physiotherapiepraxis, die bei uns im EG eingemietet ist (Behandlungsräume 1–3), und der Eingangsbereich Nord.

- Eingang Nord ist heute gesperrt, bitte über den Haupteingang kommen.
- Der Aufzug W2 fährt nicht, bis der Schacht trocken ist.
- Im 2. OG (KSC) ist nichts passiert; die Serverräume sind nicht betroffen, Telefonie läuft normal.
- Trocknungsgeräte laufen ca. 10 Tage, es wird laut im EG.

Die Praxis hat ihre Patienten informiert und behandelt vorübergehend in ihrer Zweigstelle. Die Schadenregulierung läuft über unsere eigene Gebäudeversicherung.

Facility Management
Durchwahl -2000""")
def chunk_05():
    # ---------------------------------------------------------------- 0101
    odt101 = ODT([
        "# Monatsbericht Kundenservice-Center – März 2026",
        "1. Erreichbarkeit: 412.880 Anrufe angeboten, 94,1 % angenommen, Servicelevel 80/20 bei 79 % (Ziel 80 %).",
        "2. Kanäle: Telefon 71 %, Chat 14 %, Portal-Postfach 11 %, Brief 4 %.",
        "3. Themen: Kranken (Erstattung, Beitragsanpassung) 38 %, Kfz 24 %, Sach/Haftpflicht 21 %, Leben/BU 9 %, Unfall 3 %, sonstige 5 %.",
        "4. Qualität: Ø QM-Score 83/100, Kriterium 'Legitimation vor Gesundheitsthemen' erstmals über 90 % erfüllt.",
        "5. Beschwerden mit Bezug zum KSC: 71 (Vormonat 96).",
        "6. Personal: 184 Köpfe / 151,3 FTE; Krankenquote 6,8 %; 7 Neueinstellungen, 3 Austritte.",
        "7. Ausblick April: Start neues IVR-Menü Personenversicherung (19.04.), Onboarding International Desk.",
    ])
    mail(101, "NORMAL", "de", "internal", "trap: monthly KSC report (ODT) with topic shares, sickness rate of staff as aggregate, no person",
         frm=A("osterloh"), to="vorstand-buero@weserbogen.example",
         subject="Monatsbericht KSC März 2026", date="2026-04-07 09:00",
         body="""Sehr geehrte Damen und Herren,

anbei der Monatsbericht März des Kundenservice-Centers als ODT. Die Krankenquote der Mitarbeitenden ist wie immer nur als Gesamtwert ausgewiesen.

""" + S("osterloh"),
         att=[("KSC_Monatsbericht_2026-03.odt", odt101, CT_ODT)])

    # ---------------------------------------------------------------- 0102
    mail(102, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "English acknowledgement of disability claim: named customer, ME/CFS after long COVID, BU policy",
         frm=A("meyerdierks"), to="Oliver Grant <oliver.grant@fastmail.example>",
         subject="Your disability claim – BU 40.224.017-9 – next steps", date="2026-04-07 11:30",
         body="""Dear Mr Grant,

thank you for speaking with me today. As discussed, we have registered your claim for disability benefits under policy BU 40.224.017-9 (monthly benefit EUR 2,200).

What you told us:
- You have been unable to work as a software developer since 14 October 2025.
- Your GP and the post-COVID outpatient clinic at Klinikum Bremen-Mitte diagnosed ME/CFS following a COVID-19 infection in August 2025; you can currently manage about 2 hours of screen work a day.

What we need from you (forms in your secure mailbox):
1. Claim form part A (your details and job description)
2. Release from medical confidentiality for the doctors treating you (form SE-1)
3. Reports from the post-COVID clinic and your GP, incl. the results of the exercise tolerance test

Once we have these, a decision usually takes 6–8 weeks. You can reach me directly on the number below.

Kind regards,
""" + S("meyerdierks", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0103
    mail(103, "CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note (ISO-8859-1): named customer adds wife as driver with birth date, motor policy",
         frm=A("yildirim"), to="kfz-vertrag@weserbogen.example",
         subject="Telefonnotiz Fahrerkreis Rademacher KF-5520 66402", date="2026-04-08 10:18",
         charset="iso-8859-1", cte="quoted-printable",
         body="""Anruf Kd. Ulrich Rademacher (nicht verwandt mit unserer Beschwerdestelle ;-)) 10:02
Vertrag KF-5520 66402, BMW 320d, HB-UR 5
Will Ehefrau als Fahrerin eintragen: Sabine Rademacher, geb. 19.01.1968, Führerschein seit 1987
Fahrerkreis bisher "nur VN", neu "VN + Partner"
Fragt nach Mehrbeitrag - hab ca. 30 EUR/Jahr geschätzt, verbindlich nach Berechnung
Bitte umstellen ab 15.04. und Nachtrag per Post schicken.

Okan""")

    # ---------------------------------------------------------------- 0104
    mail(104, "NORMAL", "en", "insurer-to-supplier", "trap: speech-to-text accuracy test minutes using synthetic calls with fake policy numbers and diagnoses",
         frm=A("kracht"), to="Callvista Speech Team <speech@callvista.example>",
         subject="STT accuracy test 02 April – results and minutes", date="2026-04-08 14:00",
         body="""Hi speech team,

thanks for the session on 2 April. Minutes:

Test set: 60 synthetic calls recorded by our trainers (no customer audio). Scripts contained fake policy numbers (e.g. "KV-1234-5678-90"), invented names ("Martina Mustermann") and medical terms typical for our health queue ("Bandscheibenvorfall", "Knie-Arthroskopie", "Pflegegrad drei", "ICD M54.5").

Results (word error rate):
- German, general vocabulary: 7.9 %
- German, medical terms: 21.4 % ("Arthroskopie" -> "Art hros kopie", "Pflegegrad" -> "Pflege Grad")
- German, policy numbers read digit by digit: 12.2 %
- English (en-GB), general: 11.3 %; policy numbers: 26.0 %

Agreed:
1. Callvista adds a custom vocabulary list (we send 400 terms by 15 April).
2. Numbers should be rendered as digits, not words.
3. Re-test with the same synthetic set in May.

Best,
""" + S("kracht", "en"))

    # ---------------------------------------------------------------- 0105
    mail(105, "STRICTLY_CONFIDENTIAL", "de", "customer", "inline-forwarded complaint: named care supplementary insured in nursing home, care level 4, costs",
         frm=A("brinkmann"), to="beschwerde@weserbogen.example",
         subject="WG: Pflegezusatz – Heimkosten – ich bin entsetzt", date="2026-04-08 16:20",
         body="""Liebe Beschwerdestelle,

bitte als Beschwerde erfassen, die Kundin hat heute zusätzlich angerufen (Telefonnotiz im CRM). Fachlich liegt es bei LA Pflege.

Jana

-------- Weitergeleitete Nachricht --------
Betreff: Pflegezusatz – Heimkosten – ich bin entsetzt
Datum: Tue, 7 Apr 2026 19:44:12 +0200
Von: Rosemarie Kück <rosemarie.kueck@t-online.example>
An: service@weserbogen.example

Sehr geehrte Damen und Herren,

meine Mutter, Frieda Kück (Ihre Versicherte, Pflegezusatz PZ-8860-2214-07), lebt seit Februar im Haus am Fleet in Bremen-Vegesack, Pflegegrad 4, seit dem Schlaganfall sitzt sie im Rollstuhl und kann nicht mehr sprechen. Die Heimkosten liegen bei 3.980 Euro Eigenanteil im Monat. Sie zahlen aus dem Pflegezusatz 1.200 Euro, obwohl uns bei Abschluss "bis zu 2.000 Euro" versprochen wurden.

Ich habe eine Vorsorgevollmacht und möchte eine schriftliche Begründung. Bitte NICHT meine Mutter anschreiben, sie kann das nicht mehr lesen.

(Ich heiße übrigens nicht zufällig wie eine Ihrer Mitarbeiterinnen, die kenne ich nicht.)

Rosemarie Kück""")

    # ---------------------------------------------------------------- 0106
    mail(106, "NORMAL", "de", "notification", "trap: portal notification mail to customer with no content (new message in secure mailbox)",
         frm="Weserbogen Portal-Postfach <noreply-portal@weserbogen.example>", to="helga.sanders@mailbox.example",
         subject="Sie haben eine neue Nachricht in Ihrem Weserbogen Portal-Postfach", date="2026-04-09 08:02",
         headers={"Auto-Submitted": "auto-generated"},
         body="""Guten Tag,

in Ihrem Portal-Postfach liegt eine neue Nachricht der Weserbogen Versicherung AG für Sie bereit.

Bitte melden Sie sich unter https://postfach.weserbogen.example an, um die Nachricht zu lesen. Die Nachricht steht 90 Tage zur Verfügung.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Wir werden Sie niemals per E-Mail nach Ihrem Passwort fragen.

Ihre Weserbogen Versicherung

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.""")

    # ---------------------------------------------------------------- 0107
    mail(107, "CONFIDENTIAL", "en", "insurer-to-customer", "English reply: named customer's car accident in France, European accident report, plate; nobody injured",
         frm=A("odonnell"), to="Claire Dubois-Hartmann <claire.dh@webmail.example>",
         subject="Your accident in Lyon – claim S-KF-26-004882", date="2026-04-09 13:45",
         body="""Dear Ms Dubois-Hartmann,

I'm glad to hear on the phone that nobody was injured. Here is a summary of what we agreed:

- Claim number: S-KF-26-004882, policy KF-5521 11047, your car VW Tiguan, HB-CD 808
- Accident: 4 April 2026, Lyon, Rue Garibaldi – the other driver (French plate GH-412-TZ, insured with MAAF) ran a red light and hit your left front door. You both signed the European Accident Statement (constat amiable), which you uploaded.
- Your car is drivable. You may have it repaired in Bremen; please send us the repair estimate before the work starts.
- We will claim the costs from MAAF via their German claims representative. Your no-claims bonus is not affected if the other side is fully liable.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0108
    mail(108, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-crm-export", "CRM export: life/pension policy made paid-up during parental leave, named customer, income",
         frm=A("meyerdierks"), to="leben-vertrag@weserbogen.example",
         subject="Beitragsfreistellung Elternzeit – KSC-2026-0409-0188", date="2026-04-09 15:50",
         body="""Zur Bearbeitung:

--- CRM KSC-2026-0409-0188 ---
Kundin:      Johanna Eilers, Kd.-Nr. 1061 2290 55
Vertrag:     LV 31.440.208-6 (fondsgebundene Rentenversicherung, Beitrag 150 €/Monat)
Anliegen:    Beitragsfreistellung für die Elternzeit 01.05.2026 – 30.04.2027, danach Wiederinkraftsetzung ohne Gesundheitsprüfung gewünscht
Begründung:  Elterngeld ca. 1.380 €/Monat statt bisher 2.900 € netto; Partner in Teilzeit
Hinweis:     Kundin fragt, ob der Hinterbliebenenschutz (Beitragsrückgewähr) weiter gilt
Kanal:       Telefon, Rückruf-Wunsch: nein, schriftliche Bestätigung per Post
--- Ende ---

Anke""")

    # ---------------------------------------------------------------- 0109
    rep109 = """Samstagsdienst 11.04.2026, 09:00-14:00

Besetzung: 6 Agents (Kranken 2, Kfz/Sach 3, Chat 1)
Anrufe: 612 angenommen, 38 verloren (5,8 %)
Chat: 143 Sessions
Schwerpunkt: Osterreisen - Auslandskrankenschutz, Fragen zur Erstattung
von Arztrechnungen aus Spanien und Italien (ca. 90 Anrufe), Kfz-Pannen.
Keine Eskalationen, keine technischen Stoerungen.

Svenja
"""
    mail(109, "NORMAL", "de", "internal", "trap: Saturday shift report (base64 body) about travel health calls, aggregates only",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example",
         subject="Samstagsdienst 11.04.", date="2026-04-11 14:20", cte="base64", body=rep109)

    # ---------------------------------------------------------------- 0110
    mail(110, "CONFIDENTIAL", "de", "insurer-to-customer", "liability: named child broke classmate's smartphone, family liability policy, claim number",
         frm=A("behrens"), to="Thomas und Anja Wichmann <wichmann.familie@posteo.example>",
         subject="Handy des Mitschülers – Schaden S-PH-26-003104", date="2026-04-13 10:35",
         body="""Sehr geehrte Frau Wichmann, sehr geehrter Herr Wichmann,

vielen Dank für Ihren Anruf. Ihr Sohn Jonte (11) hat in der Pause versehentlich das Smartphone seines Mitschülers Emil Rösner heruntergeworfen; das Display ist gebrochen.

Ihre Familien-Haftpflichtversicherung (PH 7710 51188) übernimmt den Schaden, Schadennummer S-PH-26-003104. Auch wenn Kinder unter 7 Jahren nicht haften, ist das bei einem Elfjährigen anders; hier liegt eine fahrlässige Beschädigung vor.

Bitte geben Sie den Eltern von Emil unsere Schadennummer. Wir brauchen von ihnen den Reparaturkostenvoranschlag (Displaytausch) und ihre Bankverbindung. Zahlungen gehen direkt an die Geschädigten.

Viele Grüße
Kai Behrens
Weserbogen Versicherung AG""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0111
    q = [("Team", "Line", "Calls reviewed", "Avg score", "Legitimation ok %", "Health data only after ID %"),
         ("Team 1", "Motor/Property", 48, 84.2, 96, "n/a"),
         ("Team 2", "Motor/Property", 44, 81.7, 93, "n/a"),
         ("Team 3", "Life/Health", 60, 82.9, 91, 88),
         ("Team 4", "Health/Care", 58, 85.5, 95, 92),
         ("Intl Desk", "All lines", 20, 87.0, 100, 95),
         ("ContactPoint", "Motor/Property", 36, 78.4, 89, "n/a")]
    mail(111, "NORMAL", "en", "insurer-to-partner", "trap: English quarterly quality-monitoring summary per team (XLSX), no person",
         frm=A("gerdes"), to="Group Service Reporting <service-reporting@nordhanse-gruppe.example>",
         subject="Q1 2026 quality monitoring summary – Weserbogen", date="2026-04-14 09:45",
         body="""Hello,

attached our Q1 QM summary (266 reviewed calls). Team-level only, per our works agreement no agent-level scores leave the company.

Notable: "health data only after identification" improved from 79 % (Q4) to 90 %, mainly after the calibration sessions in March.

Cheers,
""" + S("gerdes", "en"),
         att=[("Weserbogen_QM_Q1-2026.xlsx", XLSX([("Q1", q)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0112
    mail(112, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-chat", "chat transcript: named customer asks about psychotherapy reimbursement, anxiety disorder",
         frm=A("hinrichs"), to="leistung-kranken@weserbogen.example",
         subject="Chat – Psychotherapie, Kostenzusage gewünscht", date="2026-04-14 17:10",
         body="""Hallo LA Kranken,

bitte Antwort ins Postfach der Kundin, sie ist sehr zurückhaltend und möchte keinen Anruf.

WC-260414-0527, Kundin Lisa Marie Hoyer, KV-4475-1190-58 (Ausbildungstarif)

[16:31] Kundin: hallo ich hab eine frage zu psychotherapie
[16:32] Lea: Hallo Frau Hoyer, gern. Was möchten Sie wissen?
[16:34] Kundin: ich habe seit ein paar monaten panikattacken, meine hausärztin hat gesagt angststörung und ich soll eine therapie machen. ich hab jetzt einen platz bei einer psychologischen psychotherapeutin in findorff gefunden
[16:35] Kundin: zahlen sie das? und wie viele stunden?
[16:37] Lea: In Ihrem Tarif ist ambulante Psychotherapie versichert, vor Beginn brauchen wir einen Antrag mit Bericht der Therapeutin. Ich gebe das an die Fachabteilung.
[16:38] Kundin: muss das jemand anders erfahren? ich bin über meine eltern versichert
[16:40] Lea: Sie sind selbst Versicherungsnehmerin im Ausbildungstarif, Post geht nur an Sie. Die Kollegen schreiben Ihnen ins Postfach.

Lea""")

    # ---------------------------------------------------------------- 0113
    mail(113, "NORMAL", "de", "internal", "trap: knowledge-base update on ICD-10 codes on invoices with example codes, no person",
         frm=A("kueck"), to="ksc-kranken@weserbogen.example",
         subject="Wissensportal: Artikel KV-087 'Diagnosen auf Rechnungen' überarbeitet", date="2026-04-15 08:40",
         body="""Hallo Team Kranken,

der Artikel KV-087 ist neu. Kurz das Wichtigste:

- Auf Arztrechnungen stehen oft ICD-10-Codes (z. B. M54.5 für Kreuzschmerz, J06.9 für Erkältung, F32.1 für eine depressive Episode). Ihr müsst die Codes am Telefon NICHT vorlesen oder erklären, wenn der Kunde nicht ausdrücklich danach fragt.
- Fragt ein Kunde "Was steht da für eine Diagnose auf meiner Rechnung?", dürft ihr nach Legitimation den Code nennen, aber nicht interpretieren ("Das ist ja was Psychisches") – Verweis an den behandelnden Arzt.
- Zusatzkennzeichen G (gesichert), V (Verdacht), Z (Zustand nach), A (ausgeschlossen) – für die Erstattung meist unerheblich.
- Rechnungen ohne Diagnose gibt LA Kranken zurück; das ist kein "Fehler" von uns, sondern GOÄ-Pflicht.

Link: Wissensportal > Kranken > KV-087

""" + S("kueck"))

    # ---------------------------------------------------------------- 0114
    mail(114, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: named customer's speeding fine, traffic legal expenses policy",
         frm=A("sommer"), to="rechtsschutz@weserbogen.example",
         subject="Rückrufbitte RS Verkehr – Bußgeldbescheid", date="2026-04-15 12:02",
         body="""Kunde: Marvin Eggers, RS 6612 07719 (Verkehrsrechtsschutz)
Tel. 0163 5590 2281, erreichbar ab 16 Uhr
Thema: Bußgeldbescheid Landkreis Diepholz vom 08.04., 34 km/h zu schnell außerorts (B 51), 160 € + 1 Punkt + kein Fahrverbot. Kunde meint, Messung fehlerhaft (Blitzer stand hinter Kurve), will Anwalt einschalten.
Frage: Deckung für Einspruch + Akteneinsicht? Frist läuft bis 22.04.

Mareike""")

    # ---------------------------------------------------------------- 0115
    mail(115, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-escalation", "English escalation: travel cancellation because named customer's mother had a stroke",
         frm=A("odonnell"), to="reise-schaden@weserbogen.example", cc=A("brinkmann"),
         subject="Urgent: trip cancellation – mother's stroke – customer needs decision before Friday", date="2026-04-16 10:05",
         body="""Hi Reise-Schaden,

could someone look at this today? The tour operator's free cancellation window closes on Friday.

Customer: Amelia Novak, travel cancellation policy RR 9941 60233
Trip: Iceland round trip, 2 persons, 2–16 May, EUR 6,480
Reason: her mother (Irena Novak, 74, lives in Bremerhaven) had an ischaemic stroke on 12 April, is in the stroke unit at Klinikum Bremerhaven-Reinkenheide with right-sided paralysis; Ms Novak is her only relative and will organise rehab and care.
Documents: hospital admission letter uploaded to the portal yesterday.

Serious illness of a close relative is insured in her tariff. She asks whether she should cancel now (30 % fee) or wait (later 60 %). I told her we'd reply today.

Thanks,
Sarah""")

    # ---------------------------------------------------------------- 0116
    mail(116, "NORMAL", "de", "internal", "trap: company health day invitation (flu vaccination, skin screening, blood pressure), no person",
         frm="Betriebliches Gesundheitsmanagement <bgm@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="Gesundheitstag im KSC am 06.05. – jetzt Termine buchen", date="2026-04-16 12:00",
         body="""Liebe Kolleginnen und Kollegen,

am Mittwoch, 06.05., kommt der Gesundheitstag zu euch in den 2. Stock:

09:00–15:00  Blutdruck- und Blutzuckermessung (Betriebsärztin Dr. Tammen)
10:00–14:00  Hautkrebs-Screening (Dermatologische Praxis am Markt) – nur mit Termin
ganztägig    Rückencheck und Headset-Ergonomie
13:00        Vortrag "Stimme und Stress am Telefon" (Logopädin, Raum W 2.14)

Die Ergebnisse eurer Messungen bekommt nur ihr – wir sehen keine Einzeldaten. Termine im Intranet unter BGM > Gesundheitstag buchen; die Teamleitungen planen die Zeit im WFM ein.

Euer BGM-Team""")

    # ---------------------------------------------------------------- 0117
    mail(117, "CONFIDENTIAL", "de", "insurer-to-customer", "horse owner's liability: named customer's horse damaged a car, claim, third party's car",
         frm=A("luedemann"), to="Wiebke Schütte <wiebke.schuette@ewe-mail.example>",
         subject="Ihr Pferd 'Kalle' – Schaden am Pkw, S-TH-26-000219", date="2026-04-17 09:25",
         body="""Moin Frau Schütte,

danke für Ihren Anruf. Ich fasse zusammen:

Ihr Wallach "Kalle" hat am 14.04. auf dem Hof Meyerdierks in Worpswede den geparkten Pkw von Herrn Tobias Brandes (Mercedes C-Klasse, OHZ-TB 77) mit dem Huf beschädigt, als er beim Verladen scheute. Verletzt wurde niemand.

Pferdehalterhaftpflicht: TH 7713 00881
Schadennummer: S-TH-26-000219

Herr Brandes soll uns bitte das Gutachten bzw. den Kostenvoranschlag schicken (Delle Kotflügel links, Lack). Wir regulieren direkt mit ihm.

Gruß
Marco Lüdemann""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0118
    mail(118, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-qm-review", "QM review (windows-1252): named customer's whiplash after rear-end collision, accident policy",
         frm=A("gerdes"), to="teamleitung-unfall@weserbogen.example",
         subject="QM-Review Call #5388 – Unfallmeldung", date="2026-04-17 14:55",
         charset="windows-1252",
         body="""Hallo,

Review zum Call 2026-04-15-5388 (Queue UNFALL_MELDUNG, Agent 4-03), 11:02 min, Score 72/100.

Anrufer: Holger Brüns, UV 3309-4412
Inhalt: Auffahrunfall am 13.04. an der Ampel Stresemannstraße, HWS-Distorsion („Schleudertrauma“), Halskrause für 10 Tage, Physiotherapie verordnet, seit 14.04. krankgeschrieben. Fragt nach Unfall-Krankenhaustagegeld (war nur ambulant in der Notaufnahme St.-Joseph-Stift) und Invalidität.

+ Unfallanzeige vollständig aufgenommen, Hinweis auf 15-Monats-Frist für Invalidität korrekt
+ Abgrenzung zur Kfz-Haftpflicht des Unfallgegners erklärt
– Agent hat „Das wird schon wieder, Schleudertrauma ist ja meistens harmlos“ gesagt – bitte keine medizinischen Bewertungen
– kein Hinweis auf Schweigepflichtentbindung

Gruß Malte""")

    # ---------------------------------------------------------------- 0119
    mail(119, "NORMAL", "en", "insurer-to-press", "trap: English press answer on call-centre waiting times and health-claims app, no person",
         frm="Press Office Weserbogen <presse@weserbogen.example>", to="Nina Kaufmann <n.kaufmann@northsea-business-review.example>",
         subject="Re: Your questions on waiting times at Weserbogen's customer service", date="2026-04-17 16:30",
         body="""Dear Ms Kaufmann,

thank you for your questions. Please find our answers below; you may quote Friederike Osterloh, Head of Customer Service Centre.

1. Average waiting time in Q1 2026: 41 seconds (Q1 2025: 58 seconds). During storm "Lorenz" in January it rose to more than 4 minutes on three days.
2. Number of contacts: about 1.2 million in Q1, of which 71 % by phone.
3. Health claims: 63 % of invoices from doctors and hospitals are now submitted via our app; reimbursement takes 4.2 working days on average.
4. "We deliberately keep sensitive topics such as health, disability or a death in the family with our own staff in Bremen," says Osterloh. "Our overflow partner only handles motor and property calls."

Best regards,
Press Office
Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0120
    mail(120, "CONFIDENTIAL", "en", "insurer-to-customer", "English: named customer's motorcycle seasonal plate insurance, birth date, VIN",
         frm=A("odonnell"), to="Jakub Wiśniewski <jakub.wisniewski@mail.example>",
         subject="Motorcycle insurance – seasonal plate March to October", date="2026-04-20 10:10",
         body="""Dear Mr Wiśniewski,

as discussed, your motorcycle is now insured on a seasonal plate:

Policyholder: Jakub Wiśniewski, born 04 July 1991
Motorcycle: Yamaha MT-07, VIN JYARM32E000041178, plate HB-JW 77 (season 03–10)
Cover: third-party liability + partial cover, deductible EUR 150
Policy: KF-5521 12290, annual premium EUR 214.60
No-claims class: SF 2 (taken over from your Polish insurer PZU, certificate received)

Outside the season the bike is covered for fire and theft while parked in your garage at Vahrer Str. 18.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0121
    odt121 = ODT([
        "# Stellungnahme zur Beschwerde Az. PKV-OMB-2026-01147",
        "Beschwerdeführer: Herr Günter Osmers, Weyhe",
        "Vertrag: KV-4440-0918-61 (Vollversicherung, Tarif KomfortPlus, seit 2004)",
        "Gegenstand: Erstattung von zwei Hörgeräten (Hinter-dem-Ohr, Phonak Audéo) über 5.480 EUR, erstattet wurden 1.500 EUR je Ohr.",
        "Medizinischer Hintergrund: beidseitige Innenohrschwerhörigkeit (H90.3), Hörverlust 55 dB rechts, 60 dB links, Verordnung HNO-Praxis Dr. Lampe.",
        "Telefonverlauf KSC: 3 Anrufe (12.01., 19.01., 02.02.); am 19.01. wurde dem Kunden im KSC irrtümlich gesagt, Hörgeräte würden 'voll bezahlt'. Die Aufzeichnung bestätigt das.",
        "Bewertung: Tariflich korrekt ist ein Höchstbetrag von 1.500 EUR je Hörgerät. Wegen der falschen telefonischen Auskunft bieten wir eine Kulanzzahlung von 1.200 EUR an.",
    ])
    mail(121, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-ombudsman", "statement to PKV ombudsman (ODT): named customer's hearing loss, hearing aids; harmless body",
         frm=A("rademacher"), to="Ombudsmann Private Kranken- und Pflegeversicherung <beschwerde@pkv-ombudsmann.example>",
         subject="Az. PKV-OMB-2026-01147 – unsere Stellungnahme", date="2026-04-20 15:00",
         body="""Sehr geehrte Damen und Herren,

zu Ihrem Schreiben vom 30.03.2026 übersenden wir anliegend unsere Stellungnahme.

""" + S("rademacher"),
         att=[("Stellungnahme_PKV-OMB-2026-01147.odt", odt121, CT_ODT)])

    # ---------------------------------------------------------------- 0122
    ics122 = ICS("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserbogen Versicherung AG//Chat-Team//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-chatbot-kv-20260428@weserbogen.example
DTSTAMP:20260421T080000Z
DTSTART:20260428T080000Z
DTEND:20260428T113000Z
SUMMARY:Workshop Chatbot-Intents Kranken & Pflege
LOCATION:Raum W 3.02 / Teams
ORGANIZER;CN=Lea Hinrichs:mailto:lea.hinrichs@weserbogen.example
DESCRIPTION:Neue Intents: Rechnung einreichen, Zahnersatz HKP, Pflegegrad beantragen, Krankentagegeld, Auslandskrankenschutz. Bot darf keine Gesundheitsangaben abfragen.
END:VEVENT
END:VCALENDAR
""")
    mail(122, "NORMAL", "de", "internal", "trap: workshop invitation (ICS) on chatbot intents for health/care topics, no person",
         frm=A("hinrichs"), to="ksc-teamleitungen@weserbogen.example, " + A("plate"),
         subject="Einladung: Workshop Chatbot-Intents Kranken & Pflege (28.04.)", date="2026-04-21 10:00",
         body="""Hallo zusammen,

wir wollen den Chatbot um Kranken- und Pflege-Themen erweitern. Im Workshop gehen wir die neuen Intents durch und legen fest, wo der Bot an Menschen übergibt. Rüdiger ist dabei, weil der Bot keinesfalls Diagnosen o. ä. abfragen soll.

Einladung hängt an.

LG Lea""",
         att=[("Workshop_Chatbot_KV.ics", ics122, CT_ICS)])

    # ---------------------------------------------------------------- 0123
    mail(123, "CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail transcript with STT errors: named customer's bike stolen, household policy",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="schaden-sach@weserbogen.example",
         subject="Sprachnachricht Box SACH-1 – 0157 8823 4410 – 00:00:49", date="2026-04-21 07:33",
         headers={"X-WeserVox-Box": "SACH-1", "X-WeserVox-Transcript": "auto (de-DE) v11.4.2"},
         body="""Neue Sprachnachricht in der Box SACH-1

Anrufer: 0157 8823 4410
Eingang: 21.04.2026 07:30
Dauer: 0:49 min
Automatische Transkription (Konfidenz 0,69 – bitte Audio prüfen):

"ja moin hier ist Malte her Mann Malte Hermann ähm mir ist heute nacht mein fahr rad geklaut worden vorm haus in der Neustadt Wand Rahmen Straße ähm Westerstraße ein Cube Stereo das war abgeschlossen mit so einem Falt schloss meine Haus rat nummer ist h er zwei zwei null sieben drei drei vier fünf fünf ich war schon bei der Polizei wie geht's jetzt weiter bitte zurück rufen danke"

Audio: WeserVox, Nachricht-ID VM-S1-20260421-0003""")

    # ---------------------------------------------------------------- 0124
    mail(124, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "reply to named mother: daughter's orthodontic treatment (KIG 4), dental supplementary policy",
         frm=A("wuebbena"), to="Nadine Freese <nadine.freese@gmx.example>",
         subject="AW: Kieferorthopädie Lotta – was zahlen Sie?", date="2026-04-22 11:15",
         body="""Sehr geehrte Frau Freese,

danke für Ihre Mail und das Telefonat. Zum Behandlungsplan von Dr. Ahlers für Ihre Tochter Lotta (mitversichert im Zahnzusatz KZ-4415-3390-20):

- Die Fehlstellung ist im Plan mit KIG-Stufe 4 (D4, vergrößerte Frontzahnstufe) eingestuft. Damit trägt die gesetzliche Krankenkasse die Regelleistung.
- Unser Zahnzusatz übernimmt die Mehrkosten für die selbstligierenden Brackets und die Retainer: laut Plan 1.840,00 €, davon 80 % = 1.472,00 €, verteilt über die Behandlungsdauer (ca. 3 Jahre).
- Die Wartezeit von 8 Monaten ist erfüllt.

Bitte reichen Sie die Rechnungen jeweils quartalsweise über die App ein.

""" + S("wuebbena") + FOOTER_DE)

    # ---------------------------------------------------------------- 0125
    mail(125, "NORMAL", "en", "auto-reply", "trap: English out-of-office of International Desk agent, no data",
         frm=A("odonnell"), to="Peter Lindholm <p.lindholm@nordic-mail.example>",
         subject="Automatic reply: Your message", date="2026-04-23 08:00",
         headers={"Auto-Submitted": "auto-replied"},
         body="""Thank you for your message. I'm on leave until 4 May 2026 with no access to e-mail.

For urgent matters please contact the International Desk team at international-desk@weserbogen.example or +49 421 7789-3600 (Mon–Fri, 8 am–6 pm CET). In a medical emergency abroad, please call our 24/7 travel emergency line on +49 421 7789-7777.

Please do not send medical documents by e-mail; use the secure mailbox in your customer portal.

Sarah O'Donnell""")
def chunk_06():
    # ---------------------------------------------------------------- 0126
    mail(126, "NORMAL", "de", "internal", "trap: carrier outage notice for service numbers incl. health and emergency lines, no person",
         frm=A("kracht"), to="ksc-alle@weserbogen.example, reise-notruf@weserbogen.example",
         subject="STÖRUNG: Servicenummern 0421 7789-0 und -3200 teilweise nicht erreichbar", date="2026-04-24 07:52",
         body="""+++ Störung aktiv seit 07:31 +++

Beim Carrier (Hanse Net Connect) ist ein Trunk ausgefallen. Folge:
- ca. jeder dritte Anruf auf 0421 7789-0 (Zentrale) und -3200 (Kranken) bekommt ein Besetztzeichen
- Reise-Notruf +49 421 7789-7777 ist NICHT betroffen (eigener Trunk)
- ausgehende Rückrufe funktionieren

Wir haben die Zentrale auf die Ersatzrufnummer umgeleitet, das dauert beim Carrier bis zu 30 Minuten. Bitte Kunden im Chat auf die App verweisen.

Nächstes Update spätestens 08:30.

""" + S("kracht"))

    # ---------------------------------------------------------------- 0127
    mail(127, "CONFIDENTIAL", "en", "insurer-internal-callback", "English callback request: named customer, windscreen crack, partial cover, plate",
         frm=A("sommer"), to="International Desk <international-desk@weserbogen.example>",
         subject="Callback please (EN) – windscreen claim, Mr Okafor", date="2026-04-24 11:40",
         body="""Hi International Desk,

customer called the German line and asked for someone speaking English:

Name: Emeka Okafor, mobile +49 151 4477 0932
Motor policy KF-5521 09551 (partial cover, deductible EUR 150), Toyota Corolla, HB-EO 212
Issue: crack in windscreen (about 20 cm) since yesterday, after a stone hit on the A1. Wants to know whether to repair or replace and whether he has to pay the deductible.
Best time: today after 3 pm

Thanks!
Mareike""")

    # ---------------------------------------------------------------- 0128
    mail(128, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer asks about HIV PrEP medication reimbursement (sexual health)",
         frm=A("wuebbena"), to="leistung-kranken@weserbogen.example",
         subject="Telefonnotiz – Erstattung PrEP, Kd. wünscht Diskretion", date="2026-04-27 13:05",
         body="""Anruf Kd. Florian Weidemann 12:40, KV-4472-6618-03
fragt, ob HIV-PrEP (Emtricitabin/Tenofovir, verordnet von Schwerpunktpraxis am Dobben) und die vierteljährlichen Kontrolluntersuchungen (HIV-/STI-Tests, Nierenwerte) erstattet werden. Hat bisher selbst bezahlt, ca. 60 € pro Quartal Medikament + Labor.
Hab gesagt: Arzneimittel auf Rezept grundsätzlich ja, Labor nach GOÄ ebenfalls; Bestätigung durch LA.
Kd. bittet ausdrücklich um Antwort nur über das Portal-Postfach, KEINE Post an die Wohnadresse (lebt in WG).
Bitte CRM-Hinweis "nur Portal" setzen.

Dennis""")

    # ---------------------------------------------------------------- 0129
    mail(129, "NORMAL", "en", "internal", "trap: English guideline on reviewing voicemail transcripts with a fictitious example transcript",
         frm=A("brinkmann"), to="international-desk@weserbogen.example",
         subject="How to handle voicemail transcripts – short guide", date="2026-04-27 15:30",
         body="""Hi all,

since the International Desk now takes care of boxes INTL-1 and INTL-2, here's our short guide.

1. Always listen to the audio. Transcripts get numbers and names wrong.
2. Check the caller's identity before calling back about a contract (two identifiers).
3. Copy only what's necessary into the CRM note. Don't paste the whole transcript, especially if the caller talks about illness.
4. Delete the voicemail after the callback (status "erledigt").

Fictitious example (not a real customer):
"hi this is jane sample my policy is K V one two three four I broke my arm skiing and the hospital in innsbruck wants a guarantee"
-> CRM note: "Caller asks for cost guarantee, hospital abroad, callback done 10:15" – and the medical details go to the travel emergency team by phone, not in the note.

""" + S("brinkmann", "en"))

    # ---------------------------------------------------------------- 0130
    mail(130, "CONFIDENTIAL", "de", "insurer-to-customer", "complaints office reply: household overvoltage damage of named customer, payout to IBAN",
         frm=A("rademacher"), to="Hartmut Lüken <hartmut.lueken@t-online.example>",
         subject="Ihre Beschwerde – Überspannungsschaden Hausrat HR 2207 52290", date="2026-04-28 10:30",
         body="""Sehr geehrter Herr Lüken,

Sie hatten sich am 20.04. telefonisch über die Ablehnung Ihres Schadens beschwert. Wir haben den Fall überprüft.

Nach dem Gewitter am 15.03. sind bei Ihnen Fernseher, Router und Waschmaschine ausgefallen. Die Ablehnung erfolgte, weil kein Blitzeinschlag "in das Gebäude" nachgewiesen war. Ihr Tarif HausratPlus (seit 2021) versichert aber auch Überspannung durch Blitz in der Umgebung. Die Ablehnung war daher falsch – das tut uns leid.

Wir erstatten den Zeitwert laut Ihren Belegen:
Fernseher (2022): 640,00 €
Router: 89,00 €
Waschmaschine (2019): 310,00 €
Summe: 1.039,00 € auf Ihr Konto IBAN DE87 2805 0100 8154 0714 62

""" + S("rademacher") + FOOTER_DE)

    # ---------------------------------------------------------------- 0131
    plan = [("Mitarbeiter", "Mo 04.05.", "Di 05.05.", "Mi 06.05.", "Do 07.05.", "Fr 08.05.")]
    plan += [("Aylin Demir", "F", "F", "S", "S", "-"), ("Sönke Bruns", "M", "M", "M", "F", "F"),
             ("Maren Jacobs", "S", "S", "-", "F", "F"), ("Tim Oltmanns", "F", "-", "F", "M", "S"),
             ("Greta Lange", "U", "U", "U", "U", "U"), ("Kevin Fuhrken", "S", "S", "S", "-", "M"),
             ("Jonas Meinken", "T", "T", "F", "F", "F"), ("Frauke Albers", "T", "T", "M", "M", "-")]
    plan += [("", "", "", "", "", ""), ("Legende: F=Früh 06:45, M=Mittel 09:00, S=Spät 13:30, U=Urlaub, T=Schulung, -=frei", "", "", "", "", "")]
    mail(131, "NORMAL", "de", "internal", "trap: shift plan (XLSX) with colleague names and leave codes, no reasons, organisational",
         frm=A("nowak"), to="ksc-team2@weserbogen.example",
         subject="Dienstplan KW 19 final", date="2026-04-28 16:45",
         body="""Hi Team 2,

Dienstplan KW 19 ist final, siehe Anhang. Jonas und Frauke sind Mo/Di im Modul 6 (Personenversicherung).

Piotr""",
         att=[("Dienstplan_Team2_KW19.xlsx", XLSX([("KW19", plan)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0132
    mail(132, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-qm-review", "English QM review: named caller's miscarriage and hospital bill, health policy",
         frm=A("gerdes"), to=A("odonnell"),
         subject="QM review – call INTL 2026-04-22-0311 (very good)", date="2026-04-29 09:20",
         body="""Hi Sarah,

I reviewed the call you flagged. Handled really well – please pass this on to Tom.

Call 2026-04-22-0311, 12:40 min, INTL queue
Caller: Sophie Lambert, policy KV-4484-2203-19
Topic: hospital bill from Diako Bremen after a miscarriage in week 10 (D&C under general anaesthesia, 1 night), she received a bill of EUR 1,870 for the single room and chief physician and didn't know if she had to pay it herself.

+ Tom let her speak, didn't rush, offered condolences in a natural way
+ identification done gently but before discussing the bill
+ explained that both items are covered in her tariff, offered direct billing with the hospital
+ didn't ask any unnecessary medical questions
- wrap-up code missing (KV-STAT)

Score 96/100.
Malte""")

    # ---------------------------------------------------------------- 0133
    mail(133, "CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: named customer's total loss, replacement value dispute, plate; nobody hurt",
         frm=A("yildirim"), to=A("brinkmann") + ", teamleitung-kfz@weserbogen.example",
         subject="Eskalation Totalschaden – Kundin akzeptiert WBW nicht (S-KF-26-005120)", date="2026-04-29 14:12",
         body="""Hallo,

Kundin Sabrina Heitmann (VK KF-5520 97731, Mazda CX-5, HB-SH 2012) ist mit dem Wiederbeschaffungswert nicht einverstanden und will den Teamleiter sprechen.

Sachverhalt: Unfall 12.04. auf der A27, Eigenverschulden (Aquaplaning, Leitplanke), niemand verletzt. Gutachten: WBW 17.800 €, Restwert 4.200 €, Auszahlung 13.600 € abzgl. SB 500 €.
Kundin hat drei Inserate vergleichbarer Fahrzeuge ab 21.900 € geschickt (im CRM angehängt). Sie sagt, ihr Wagen hatte neue Reifen und eine Standheizung.

Vorschlag: Nachbesichtigung durch zweiten Gutachter? Kann ich nicht freigeben.

Okan""")

    # ---------------------------------------------------------------- 0134
    mail(134, "NORMAL", "de", "internal", "trap: chat quick-reply text modules with placeholders incl. health topics, no real data",
         frm=A("hinrichs"), to="team-chat@weserbogen.example",
         subject="Neue Quick Replies im Chat-Tool (ab Montag)", date="2026-04-30 11:00",
         body="""Hi Chat-Team,

ab Montag sind diese Quick Replies im Tool (Kürzel in Klammern):

(#gesund) "Danke, dass Sie mir das anvertrauen. Damit Ihre Gesundheitsdaten geschützt sind, besprechen wir Details bitte im Portal-Postfach. Ich lege dort für Sie eine Nachricht an, {Vorname}."

(#legi) "Damit ich in Ihren Vertrag schauen darf: Nennen Sie mir bitte Ihr Geburtsdatum und Ihre Postleitzahl."

(#rechnung) "Arzt- und Zahnarztrechnungen reichen Sie am schnellsten in der App unter 'Rechnung einreichen' ein. Die Erstattung dauert im Schnitt 4 Werktage."

(#todesfall) "Mein herzliches Beileid, {Anrede} {Nachname}. Ich verbinde Sie gern mit einer persönlichen Ansprechperson unserer Lebensversicherung."

(#evb) "Ihre eVB-Nummer lautet {eVB}. Sie ist 6 Monate gültig."

Bitte keine eigenen Varianten mit echten Daten speichern.

Lea""")

    # ---------------------------------------------------------------- 0135
    mail(135, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML-only: premium refund for claim-free year in health insurance, named customer (personal line, no medical word)",
         frm=A("wuebbena"), to="Torsten Behrje <torsten.behrje@web.example>",
         subject="Ihre Beitragsrückerstattung 2025", date="2026-05-04 09:40",
         html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Behrje,</p>
<p>gute Nachricht, wie am Telefon schon angekündigt: Weil Sie im Jahr 2025 keine Rechnungen aus Ihrer Krankenversicherung eingereicht haben, erhalten Sie eine <b>Beitragsrückerstattung</b>.</p>
<table cellpadding="3" style="border-collapse:collapse" border="1">
<tr><td>Vertrag</td><td>KV-4467-0334-90</td></tr>
<tr><td>Leistungsfreie Jahre in Folge</td><td>3</td></tr>
<tr><td>Rückerstattung (3 Monatsbeiträge)</td><td>1.342,50 €</td></tr>
<tr><td>Auszahlung</td><td>bis 29.05.2026 auf Ihr Beitragskonto</td></tr>
</table>
<p>Bitte beachten Sie: Wenn Sie für 2025 noch Rechnungen einreichen, entfällt die Rückerstattung. Bei kleinen Beträgen lohnt sich das oft nicht – gern rechnen wir es mit Ihnen durch.</p>
<p>Mit freundlichen Grüßen<br>Dennis Wübbena<br>Kundenservice Krankenversicherung</p>
</body></html>""")

    # ---------------------------------------------------------------- 0136
    mail(136, "NORMAL", "en", "insurer-to-prospect", "trap: generic product information on travel health insurance to a prospect, no contract or health data",
         frm=A("odonnell"), to="Ben Ashworth <ben.ashworth@mail.example>",
         subject="Re: Travel health insurance for a year in Germany?", date="2026-05-04 14:15",
         body="""Dear Mr Ashworth,

thanks for your enquiry about health cover for your working-holiday year in Germany.

Our travel health insurance "WeserTravel Long Stay" may suit you:
- for stays of up to 24 months, ages 18–39
- outpatient and inpatient treatment, dental pain treatment, medically necessary repatriation
- no deductible; from EUR 49 per month
- please note: it is not a substitute for German statutory or private health insurance if you take up regular employment

You can apply online at weserbogen.example/longstay. There are no health questions for this product, but pre-existing conditions known before departure are excluded.

If you have questions, feel free to call the International Desk.

Kind regards,
""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0137
    mail(137, "CONFIDENTIAL", "en", "insurer-to-customer", "English: legal expenses cover for named customer's neighbour dispute over hedge, policy and case",
         frm=A("behrens"), to="Martin Kowalski <martin.kowalski@outlook.example>",
         subject="Legal expenses – your neighbour dispute (RS-26-002214)", date="2026-05-05 10:00",
         body="""Dear Mr Kowalski,

thanks for your call. I'm writing in English as you asked.

Your legal expenses policy RS 6611 20554 includes neighbourhood law. For your dispute with your neighbour Mr Dieter Stoll (Am Heideweg 9, Stuhr) about the 4-metre hedge on the boundary, we confirm cover for mediation first (required in Lower Saxony before going to court – "Schlichtung" at the local arbitration office). Case number: RS-26-002214.

If mediation fails, we cover a lawsuit at the local court (Amtsgericht Syke), minus your deductible of EUR 250.

Kind regards,
""" + S("behrens", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0138
    mail(138, "NORMAL", "de", "internal", "trap: anonymised clean-desk audit results (notes with diagnoses found, no names)",
         frm=A("plate"), to="ksc-alle@weserbogen.example",
         subject="Ergebnis Clean-Desk-Kontrolle April", date="2026-05-05 12:30",
         body="""Liebe Kolleginnen und Kollegen,

am 28.04. nach Schichtende haben wir wieder eine Clean-Desk-Runde durch das KSC gemacht. Ergebnis (ohne Namen, ohne Teams):

- 212 Arbeitsplätze geprüft, 187 ohne Befund (88 %, Vormonat 81 %)
- 14 x Notizzettel mit Kundendaten (Namen, Vertragsnummern), davon 3 mit Diagnosen bzw. Medikamenten
- 6 x PC nicht gesperrt
- 5 x ausgedruckte Arztberichte im Drucker-Ausgabefach W 2 (!)

Bitte: Notizen nur im CRM, Papier in die Datenschutztonne, Drucker nur für Dokumente, die per Post raus müssen – und sofort abholen.

Danke fürs Mitziehen, die Tendenz ist gut.

""" + S("plate"))

    # ---------------------------------------------------------------- 0139
    uw = inner("Risikoprüfung Leben <risikopruefung-leben@weserbogen.example>", "leben-service@weserbogen.example",
               "Antrag 30.120.771 – Annahme mit Zuschlag", "2026-05-05 15:10",
               """Hallo Leben-Service,

zum Antrag Risikolebensversicherung 30.120.771 (Antragsteller Mehmet Aslan, geb. 12.03.1980, VS 250.000 €):

Annahme mit Risikozuschlag 50 % wegen arterieller Hypertonie (I10.90) mit zwei Medikamenten und BMI 33. Ausschluss: keiner. Bitte Kunde/Makler informieren; der Kunde hatte im KSC schon zweimal nach dem Stand gefragt.

Gruß
Risikoprüfung Leben""", "d39-0139-uw")
    mail(139, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-forward", "forwarded underwriting decision (message/rfc822): named applicant, hypertension, risk surcharge; harmless body",
         frm=A("meyerdierks"), to="Kundenservice Leben Team <ksc-leben@weserbogen.example>",
         subject="WG: Antrag 30.120.771 – zur Info für Rückfragen", date="2026-05-06 08:30",
         body="""Zur Info, falls der Kunde wieder anruft. Die Mitteilung an den Kunden geht heute per Post raus, bitte vorher nichts am Telefon sagen, was über "Entscheidung ist unterwegs" hinausgeht.

Anke""",
         att=[uw])

    # ---------------------------------------------------------------- 0140
    mail(140, "CONFIDENTIAL", "de", "insurer-internal-chat", "chat: named customer's basement flooded, natural hazards cover, buildings policy, address",
         frm=A("hinrichs"), to="schaden-sach@weserbogen.example",
         subject="Chat: Keller unter Wasser nach Starkregen", date="2026-05-06 19:02",
         body="""Hallo Sach-Schaden,

bitte Schaden anlegen und Kunden morgen früh anrufen (er hat um Rückruf gebeten).

WC-260506-0611, Kunde Gerrit Wübben, WG 3307 60129 inkl. Elementar, Haus: Tannenweg 4, 27798 Hude

[18:31] Kunde: Starkregen vorhin, Keller steht 20 cm unter Wasser, Heizung ist im Keller!!
[18:32] Lea: Oh nein. Ist jemand in Gefahr? Bitte Strom im Keller nicht anfassen.
[18:32] Kunde: nein alle ok, Feuerwehr pumpt gerade ab
[18:34] Kunde: Heizung Ölbrenner, Waschmaschine, Trockner, Vorräte, Kinderfahrräder
[18:36] Lea: Machen Sie bitte Fotos und heben Sie beschädigte Sachen auf. Ich gebe den Schaden direkt weiter.
[18:37] Kunde: Öl ist nicht ausgelaufen glaube ich
[18:38] Lea: Gut. Die Kollegen rufen morgen früh an.

Lea""")

    # ---------------------------------------------------------------- 0141
    mail(141, "NORMAL", "en", "insurer-to-partner", "trap: English summary of employee survey (stress, sick leave aggregates) for group HR, no person",
         frm=A("osterloh"), to="Group HR Analytics <hr-analytics@nordhanse-gruppe.example>",
         subject="Customer Service Centre – pulse survey results April 2026", date="2026-05-07 09:10",
         body="""Dear colleagues,

as requested, the key results of our pulse survey (response rate 74 %, n = 136):

- "I can handle the emotional load of difficult calls": 61 % agree (2025: 55 %)
- "I know where to get support after a distressing call": 88 % agree
- "My workload is manageable": 47 % agree – main driver: storm weeks and health premium adjustment season
- Self-reported days of sick leave due to stress in the last 6 months: median 0, 12 % report more than 5 days

No group smaller than 10 is reported. Actions: extra EAP session, more buffer time after emergency calls, pilot with 4-day week in Team 4.

Best regards,
""" + S("osterloh", "en"))

    # ---------------------------------------------------------------- 0142
    mail(142, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner", "English repatriation request: named customer with tibia fracture in Austria, surgery, travel health",
         frm="Reise-Notruf Weserbogen <reise-notruf@weserbogen.example>", to="Medical Desk <medical@alpine-assist.example>",
         subject="Repatriation request – WB-REP-26-0041 – Mr Janßen, Innsbruck", date="2026-05-07 10:40",
         body="""Dear colleagues,

please organise the repatriation of our customer:

Ref.: WB-REP-26-0041
Patient: Heiko Janßen, born 19 Feb 1966, travel health policy RV 9940 28814
Current location: Tirol Kliniken, Innsbruck University Hospital, trauma ward 3
Diagnosis: closed tibial plateau fracture right (S82.1), ORIF surgery on 5 May, uneventful; partial weight bearing, thrombosis prophylaxis (enoxaparin)
Treating doctor: OA Dr. Pichler, +43 512 504 0
Recommendation of your doctor (call yesterday): lying transport by ambulance to Bremen, no air ambulance needed
Destination: Klinikum Bremen-Mitte, trauma surgery (bed confirmed for 9 May)
Contact wife: Ute Janßen, +49 172 6630 915

Please confirm date and provider. Cost coverage confirmed by Weserbogen.

Reise-Notruf Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0143
    mail(143, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: named customer, electronics insurance, laptop display, policy",
         frm=A("sommer"), to="schaden-sach@weserbogen.example",
         subject="Rückrufbitte Elektronikversicherung – Fr. Pohl", date="2026-05-08 08:20",
         body="""Kundin Svenja Pohl (nicht unsere Svenja 😉), Tel. 0176 3310 8842
Elektronikversicherung EV 5501 02217
MacBook Pro 14" (2024), Display gesprungen, Gerät ist 3 Wochen aus der Herstellergarantie raus. Fragt, ob Apple-Reparatur (KVA 699 €) oder Austauschgerät.
Rückruf bitte vormittags.

Mareike""")

    # ---------------------------------------------------------------- 0144
    mail(144, "NORMAL", "en", "insurer-to-supplier", "trap: English purchase order for acoustic panels for the call-centre floor, company supplier",
         frm="Procurement <einkauf@weserbogen.example>", to="Sales Team AcoustiPanel BV <sales@acoustipanel.example>",
         subject="Purchase order 4500019442 – acoustic panels, Bremen", date="2026-05-08 11:00",
         body="""Dear Sir or Madam,

based on your quotation Q-2026-0331 we order:

1. 64 x desk divider panel "Silence 160", anthracite, EUR 189.00 each
2. 20 x ceiling baffle "Cloud 120", white, EUR 245.00 each
3. Installation on site, 2 days, lump sum EUR 2,400.00

Total net: EUR 19,396.00 (reverse charge, our VAT ID DE 114 552 809)
Delivery address: Weserbogen Versicherung AG, Goods receipt gate 2, Am Weserbogen 12, 28199 Bremen, Germany – attn. Mr Piotr Nowak
Installation: Saturdays only (6 and 13 June), our customer service floor is busy on weekdays.

Please confirm within 5 days.

Kind regards,
Corinna Haase
Procurement, Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0145
    mail(145, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail transcript: named insured bitten by dog, hand wound, antibiotics, accident policy",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="schaden-unfall@weserbogen.example",
         subject="Sprachnachricht Box RUECKRUF-3 – 0421 8870 3316 – 00:01:12", date="2026-05-08 17:45",
         headers={"X-WeserVox-Box": "RUECKRUF-3", "X-WeserVox-Transcript": "auto (de-DE) v11.5"},
         body="""Neue Sprachnachricht in der Box RUECKRUF-3 (Unfall)

Anrufer: 0421 8870 3316
Eingang: 08.05.2026 17:41
Dauer: 1:12 min
Automatische Transkription (Konfidenz 0,77):

"hallo hier spricht Petra Oelkers ich bin bei ihnen unfall versichert u v drei drei eins eins strich null acht sieben zwei ich bin gestern beim joggen im bürgerpark von einem Hund gebissen worden in die linke hand der Besitzer ist einfach weiter gegangen ich war in der Notaufnahme die haben die wunde genäht und ich krieg Antibiotika und eine tetanus spritze und jetzt ist die Hand ganz dick ich kann nicht arbeiten ich bin Friseurin muss ich das bei ihnen melden und zahlt da irgendwer was bitte rufen sie mich zurück"

Audio: WeserVox, Nachricht-ID VM-3-20260508-0022""")

    # ---------------------------------------------------------------- 0146
    mail(146, "NORMAL", "en", "insurer-to-supplier", "trap: English change notice to SMS provider for callback confirmations, template without data",
         frm=A("kracht"), to="Integration Team <integration@textbridge-sms.example>",
         subject="Go-live SMS callback confirmations – template and sender ID", date="2026-05-11 09:30",
         body="""Hello TextBridge team,

for the go-live on 18 May please configure:

Sender ID: WESERBOGEN
Template CB-CONF-DE: "Weserbogen: Wir rufen Sie wie vereinbart am {date} zwischen {slot} zurück. Bitte antworten Sie nicht auf diese SMS."
Template CB-CONF-EN: "Weserbogen: We will call you back on {date} between {slot} as agreed. Please do not reply to this SMS."

Important: our CRM sends only date, slot and the mobile number; no names, no policy numbers and no topics. Please make sure your logs do not store message content longer than 7 days (DPA annex 2).

Test window: 13–15 May, test numbers will come from our QA team.

Thanks,
""" + S("kracht", "en"))

    # ---------------------------------------------------------------- 0147
    mail(147, "CONFIDENTIAL", "de", "insurer-to-customer", "motor insurance confirmation for leasing company, named customer, VIN, policy",
         frm=A("yildirim"), to="Daniela Krüger <daniela.krueger@gmx.example>",
         cc="versicherungsnachweis@nordlease.example",
         subject="Versicherungsbestätigung für Ihre Leasinggesellschaft", date="2026-05-11 13:50",
         body="""Sehr geehrte Frau Krüger,

wie gewünscht bestätigen wir Ihrer Leasinggesellschaft (Nord Lease GmbH, Leasingvertrag NL-2026-48812, in Kopie) den Versicherungsschutz:

Versicherungsnehmerin: Daniela Krüger, Kattenturmer Heerstr. 140, 28277 Bremen
Fahrzeug: Kia EV6, FIN KNACC81GFP5102277, Kennzeichen HB-DK 606E
Vertrag: KF-5520 99418, Haftpflicht + Vollkasko (SB 500 €/150 €), GAP-Deckung eingeschlossen
Beginn: 15.05.2026, Sicherungsschein zugunsten der Nord Lease GmbH ist ausgestellt.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0148
    mail(148, "NORMAL", "de", "internal", "trap: onboarding plan for a named new colleague, organisational only",
         frm=A("kueck"), to=A("brinkmann") + ", marlene.hoops@weserbogen.example",
         subject="Einarbeitungsplan Marlene Hoops (Start 01.06.)", date="2026-05-12 10:15",
         body="""Hallo Jana, hallo Marlene,

hier der Einarbeitungsplan für Marlene (Team 3, Leben/Kranken):

Woche 1: Systeme (CRM, WeserVox, Wissensportal), Datenschutz-Grundschulung, Legitimation
Woche 2: Kranken I – Tarife, Rechnungen, App; Rollenspiele mit fiktiven Fällen
Woche 3: Mithören bei Aylin und Dennis (Queue KRANKEN_LEISTUNG)
Woche 4: Leben/BU – Grundlagen, Todesfallmeldungen (Modul "sensible Gespräche")
ab Woche 5: eigene Calls mit Sitznachbar*in, QM-Review nach 2 Wochen

Patin: Aylin Demir. Laptop und Headset liegen ab 29.05. bei der IT bereit.

Willkommen, Marlene!
Ines""")

    # ---------------------------------------------------------------- 0149
    mail(149, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-escalation", "escalation: disability insurance application declined for named applicant, severe disability GdB 50, epilepsy",
         frm=A("meyerdierks"), to=A("brinkmann"),
         subject="Eskalation: BU-Antrag abgelehnt – Kunde fühlt sich diskriminiert", date="2026-05-12 15:35",
         body="""Hallo Jana,

Herr Lennart Köster (Antrag BU 40.230.114) hat heute angerufen, sehr verletzt. Die Risikoprüfung hat seinen BU-Antrag abgelehnt. Er hat einen GdB von 50 wegen Epilepsie (seit 2019 anfallsfrei unter Lamotrigin) und sagt, das sei Diskriminierung von Menschen mit Behinderung, er arbeite seit Jahren voll als Bauzeichner.

Er möchte:
1. eine schriftliche Begründung der Ablehnung,
2. eine Prüfung, ob eine Annahme mit Ausschluss "Epilepsie" möglich ist,
3. Info, wo er sich beschweren kann (hab Beschwerdestelle, BaFin, Antidiskriminierungsstelle genannt).

Kannst du mit der Risikoprüfung sprechen? Ich glaube, er hätte mit Ausschlussklausel eine Chance.

Anke""")

    # ---------------------------------------------------------------- 0150
    wu = [("Wrap-up-Code", "Beschreibung", "Anzahl April", "Anteil %")]
    wu += [("KV-RECH", "Kranken: Rechnung/Erstattung", 18220, 14.1), ("KV-BEI", "Kranken: Beitrag/Tarif", 9411, 7.3),
           ("KV-HILFSM", "Kranken: Hilfsmittel", 1320, 1.0), ("KV-DIGA", "Kranken: DiGA", 402, 0.3),
           ("PV-PG", "Pflege: Pflegegrad/Antrag", 2210, 1.7), ("LB-TOD", "Leben: Todesfall", 388, 0.3),
           ("BU-LF", "BU: Leistungsfall", 1011, 0.8), ("UV-MELD", "Unfall: Meldung", 1455, 1.1),
           ("KF-SCH", "Kfz: Schaden", 14380, 11.1), ("KF-VTG", "Kfz: Vertrag/eVB", 17100, 13.2),
           ("SA-SCH", "Sach: Schaden", 12990, 10.0), ("ALLG", "Allgemein/Adresse/Bank", 22510, 17.4),
           ("SONST", "Sonstige", 28002, 21.6)]
    mail(150, "NORMAL", "de", "internal", "trap: wrap-up code statistics (XLSX) incl. health, care, death-case codes, counts only",
         frm=A("nowak"), to="ksc-teamleitungen@weserbogen.example, " + A("gerdes"),
         subject="Auswertung Wrap-up-Codes April", date="2026-05-13 09:00",
         body="""Moin,

anbei die Wrap-up-Auswertung April. "SONST" ist mit 21,6 % immer noch viel zu hoch – bitte in den Teams nochmal auf die richtigen Codes hinweisen, sonst stimmen unsere Prognosen nicht.

Piotr""",
         att=[("WrapUp_2026-04.xlsx", XLSX([("April", wu)]), CT_XLSX)])
def chunk_07():
    # ---------------------------------------------------------------- 0151
    mail(151, "NORMAL", "en", "internal", "trap: English IT notice on MFA for softphone and recording access, no person",
         frm=A("kracht"), to="international-desk@weserbogen.example, ksc-teamleitungen@weserbogen.example",
         subject="From 1 June: MFA for WeserVox and call recordings", date="2026-05-13 13:00",
         body="""Hi everyone,

from 1 June, logging in to the WeserVox softphone and to the recording player requires a second factor (Authenticator app on your company phone).

Why? The recordings of our health, life and accident queues contain special categories of personal data, and our auditors asked for MFA on every system that gives access to them.

What you need to do:
1. Install "Weserbogen Authenticator" from the company portal on your company phone before 29 May.
2. Enrol at https://mfa.weserbogen.example (5 minutes).
3. Team leads: agents without a company phone get a hardware token – list to me by 20 May.

Questions: internal hotline -4444.
""" + S("kracht", "en"))

    # ---------------------------------------------------------------- 0152
    mail(152, "CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer transfers no-claims class to daughter, birth date, motor policies",
         frm=A("yildirim"), to="kfz-vertrag@weserbogen.example",
         subject="Telefonnotiz SF-Übertragung Vater -> Tochter", date="2026-05-14 09:40",
         body="""Anruf Kd. Heinz Gerdts 09:22 (nicht verwandt mit Malte 😉), Vertrag KF-5520 40018, SF 25
will seinen SF-Rabatt auf Tochter übertragen: Janina Gerdts, geb. 27.11.2003, Führerschein seit 12/2021, neues Auto (Opel Corsa, Zulassung 01.06.)
Er selbst fährt kein Auto mehr, Vertrag soll enden.
Hinweis gegeben: Übertragung nur in Höhe der Jahre, die Tochter selbst hätte fahren können (ca. SF 4), Rest verfällt. Kd. einverstanden.
Übertragungserklärung per Post an beide, Adresse Tochter: Am Hulsberg 60, 28205 Bremen.

Okan""")

    # ---------------------------------------------------------------- 0153
    rl = [("Rückruf-ID", "Kunde", "Telefon", "Vertrag", "Thema", "Zeitfenster"),
          ("RK-2201", "Hannelore Witte", "0421 6034 119", "KV-4451-0092-14", "Kostenzusage Katarakt-OP rechts", "vormittags"),
          ("RK-2202", "Maximilian Otte", "0176 2298 0044", "KV-4470-5512-80", "Rechnung Psychiater teilw. abgelehnt", "nach 17 Uhr"),
          ("RK-2203", "Edith Kuhlmann", "04207 9931", "PV-8810-4471-02", "Termin Pflegebegutachtung PG 3", "egal"),
          ("RK-2204", "Yusuf Arslan", "0157 0092 3318", "KV-4477-0145-26", "Insulinpumpe Kostenübernahme", "14-16 Uhr"),
          ("RK-2205", "Brigitte Ehlers", "0421 5539 012", "KV-4449-7720-11", "Zahnersatz HKP Implantat 36", "vormittags")]
    mail(153, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-callback", "internal health callback list (XLSX): named customers with medical topics; body harmless",
         frm=A("sommer"), to="ksc-team4@weserbogen.example",
         subject="Rückrufliste Kranken/Pflege Fr 15.05.", date="2026-05-15 07:30",
         body="""Moin Team 4,

die Rückrufliste für heute. Bitte nach Erledigung im CRM abhaken und die Datei danach löschen.

Mareike""",
         att=[("Rueckrufe_KV_2026-05-15.xlsx", XLSX([("Rückrufe", rl)]), CT_XLSX)])

    # ---------------------------------------------------------------- 0154
    mail(154, "NORMAL", "de", "internal", "trap: office move of team 4 incl. room numbers and names, organisational",
         frm="Facility Management <facility@weserbogen.example>", to="ksc-team4@weserbogen.example",
         cc=A("nowak"),
         subject="Umzug Team 4 nach W 3.10 am 22.05.", date="2026-05-15 10:00",
         body="""Liebe Kolleginnen und Kollegen von Team 4,

euer Umzug in die neuen Räume W 3.10/3.11 findet am Freitag, 22.05., ab 14 Uhr statt.

- Bitte bis 13:30 eure Sachen in die Umzugskisten (stehen ab Mittwoch bereit), beschriften mit Platznummer.
- Unterlagen mit Kundendaten gehören NICHT in die Kisten, sondern in die Datenschutztonne oder ins Archiv.
- PCs und Headsets baut die IT ab und wieder auf.
- Ab Montag, 25.05., sitzt ihr oben. Teamleitung (Christine Rohde) bekommt W 3.11 Platz 1.

Danke!
Facility Management""")

    # ---------------------------------------------------------------- 0155
    mail(155, "CONFIDENTIAL", "en", "insurer-internal-crm-export", "English CRM export: named student's new household policy, birth date, address, IBAN",
         frm=A("odonnell"), to="sach-vertrag@weserbogen.example",
         subject="New household policy – phone sale, please issue (KSC-2026-0515-0093)", date="2026-05-15 14:20",
         body="""Hallo Sach-Vertrag,

phone sale on the International Desk, please issue the policy:

--- CRM KSC-2026-0515-0093 ---
Customer:     Lucía Fernández Ortega, born 14/03/2001
Status:       master student, Universität Bremen (no income from employment)
Address:      Studentenwohnheim Spittaler Str. 1, room 412, 28359 Bremen
Product:      Hausrat Young, sum insured EUR 15,000, incl. bicycle theft up to EUR 1,000
Start:        01.06.2026, annual premium EUR 48.00
SEPA:         ES91 2100 0418 4502 0005 1332 (CaixaBank), account holder: the customer
Docs:         English policy documents requested
--- end ---

Thanks, Sarah""")

    # ---------------------------------------------------------------- 0156
    mail(156, "NORMAL", "en", "insurer-to-partner", "trap: English steering meeting minutes with overflow partner, SLA figures only",
         frm=A("osterloh"), to="Aoife Brennan <aoife.brennan@contactpoint-dublin.example>, Declan Moore <declan.moore@contactpoint-dublin.example>",
         cc=A("nowak") + ", " + A("plate"),
         subject="Minutes – steering meeting Weserbogen / ContactPoint, 14 May", date="2026-05-18 09:00",
         body="""Dear Aoife, dear Declan,

thanks for a constructive meeting. Minutes:

1. SLA April: 19,840 calls handled for Weserbogen, service level 82 % (target 80 %), first-contact resolution 74 % (target 75 %).
2. Quality: average QM score 79.1 (March 78.4). Focus: customer identification before disclosing contract details.
3. Data protection: incident of 3 March (health rows in callback file) closed; root cause on our side, new export filter in place. No further incidents.
4. Scope: no extension to health, life or accident lines – confirmed by both sides.
5. Summer peak: ContactPoint provides +8 agents 1 July–31 August.
6. Next meeting: 10 September, Dublin.

Best regards,
""" + S("osterloh", "en"))

    # ---------------------------------------------------------------- 0157
    mail(157, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "English reply: named customer's travel vaccinations (yellow fever, rabies) reimbursed, health policy",
         frm=A("odonnell"), to="Markus Lindner <markus.lindner@proton.example>",
         subject="Re: travel vaccinations – reimbursement", date="2026-05-18 11:45",
         body="""Dear Mr Lindner,

thanks for the call this morning. As promised:

Your health policy KV-4479-3108-52 reimburses travel vaccinations recommended by the STIKO for your destination. For your trip to Tanzania we have reimbursed:

- Yellow fever vaccination (Stamaril), Tropeninstitut Bremen, 8 May: EUR 78.50
- Rabies pre-exposure, 2 doses (Rabipur), 8 and 15 May: EUR 206.30
- Typhoid (oral, Vivotif): EUR 42.10
- Travel medicine consultation (GOÄ 1, 5): EUR 21.45

Total EUR 348.35, transferred today. Malaria prophylaxis (atovaquone/proguanil) is reimbursed as a prescription drug once you submit the pharmacy receipt.

Have a great trip!
""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0158
    mail(158, "CONFIDENTIAL", "de", "insurer-to-claimant", "reply to third-party claimant: named claimant and our named policyholder, motor liability, plate; nobody hurt",
         frm=A("rademacher"), to="Gerlinde Voigt <gerlinde.voigt@web.example>",
         subject="Ihre Beschwerde – Schaden S-KF-26-005877", date="2026-05-19 10:20",
         body="""Sehr geehrte Frau Voigt,

Sie hatten sich telefonisch darüber beschwert, dass Sie seit vier Wochen keine Antwort zu Ihrem Fahrzeugschaden erhalten haben. Das bitte ich zu entschuldigen.

Unser Versicherungsnehmer, Herr Lars Heitkamp (Kfz-Haftpflicht KF-5520 81220, HB-LH 31), hat den Unfall vom 17.04.2026 auf dem Parkplatz des Weserparks inzwischen bestätigt. Verletzt wurde niemand. Ihr Kostenvoranschlag über 1.884,20 € für Ihren Fiat 500 (DEL-GV 12) ist geprüft; wir überweisen den Betrag zzgl. 25 € Auslagenpauschale in den nächsten Tagen auf das von Ihnen angegebene Konto.

""" + S("rademacher") + FOOTER_DE)

    # ---------------------------------------------------------------- 0159
    mail(159, "NORMAL", "de", "internal", "trap: invitation to staff assembly with agenda (health management, recordings), no person",
         frm="Betriebsrat Weserbogen <betriebsrat@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="Einladung Teilversammlung KSC am 03.06.", date="2026-05-19 12:00",
         body="""Liebe Kolleginnen und Kollegen im Kundenservice-Center,

der Betriebsrat lädt euch herzlich zur Teilversammlung ein:

Mittwoch, 03.06.2026, 13:30–15:00, Kantine (die Schichtplanung ist abgestimmt, Anrufe laufen in der Zeit über ContactPoint und Notbesetzung)

Tagesordnung:
1. Bericht des Betriebsrats
2. Betriebsvereinbarung Gesprächsaufzeichnung und Speech Analytics – Stand
3. Belastung durch schwierige Telefonate: EAP, Pausen, Supervision
4. Betriebliches Gesundheitsmanagement: Ergebnisse Gesundheitstag
5. Verschiedenes

Euer Betriebsrat""")

    # ---------------------------------------------------------------- 0160
    mail(160, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-crm-export", "CRM ticket: named customer needs dialysis during holiday abroad, kidney failure, health policy",
         frm=A("wuebbena"), to="leistung-kranken@weserbogen.example",
         subject="Ticket KSC-2026-0520-0044 – Feriendialyse Kroatien, Kostenzusage", date="2026-05-20 10:30",
         body="""Bitte Kostenzusage prüfen, Kunde braucht eine Rückmeldung bis 05.06.

==== CRM-EXPORT ====
Ticket:     KSC-2026-0520-0044
Kunde:      Wilfried Albers, KV-4452-8813-07 (Vollversicherung)
Kanal:      Telefon
Anliegen:   Kunde ist dialysepflichtig (terminale Niereninsuffizienz, Hämodialyse 3x/Woche im KfH Bremen-Mitte). Urlaub in Poreč/Kroatien 20.06.–04.07., Feriendialyse im Zentrum "Dializa Istra" gebucht, 6 Behandlungen à 230 €.
Frage:      Übernahme der Kosten im Ausland? Zentrum will Kostenzusage vorab.
Unterlagen: Angebot Dialysezentrum und Bescheinigung des Nephrologen per Portal hochgeladen (19.05.)
====================

Dennis""")

    # ---------------------------------------------------------------- 0161
    mail(161, "NORMAL", "de", "internal", "trap: lessons learned storm peak, call volume and staffing figures, no person",
         frm=A("nowak"), to="ksc-leitung@weserbogen.example, ksc-teamleitungen@weserbogen.example",
         subject="Lessons Learned Sturmtief 'Lorenz' – Auswertung", date="2026-05-20 15:00",
         body="""Hallo zusammen,

hier die Auswertung zu Sturmtief "Lorenz" (11.–23.01.) als Grundlage für den Notfallplan Herbst:

Zahlen
- Spitzentag 12.01.: 9.840 Anrufe angeboten (normal 5.200), 2.310 verloren
- Sach-Queue: Wartezeit im Median 6:40 min
- Rückrufliste max. 1.120 offene Einträge (14.01.)

Was gut lief
- Kurzfristige Umschichtung von Team 1 und 2 in die Sach-Queue
- ContactPoint ab Tag 3 mit 12 Agents
- Bandansage "Sturmschäden bitte in der App melden" hat ca. 20 % der Anrufe abgefangen

Was nicht gut lief
- IVR-Störung am 12.01. (Zertifikat)
- Kranken-Queue wurde mit ausgedünnt, dort SL 58 %
- Fehlende Vorlagen für Massenschäden im CRM

Maßnahmen: Notfall-Skill-Matrix, Schadenformular "Sturm light", Zertifikats-Monitoring (IT erledigt).

Piotr""")

    # ---------------------------------------------------------------- 0162
    mail(162, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: buildings policy after sale of house, named seller and buyer, purchase price",
         frm=A("sommer"), to="sach-vertrag@weserbogen.example",
         subject="Rückrufbitte Eigentümerwechsel WG 3307 12874", date="2026-05-21 09:15",
         body="""Kundin Ilse Bolte (Verkäuferin) bittet um Rückruf: 04221 9902 17

Wohngebäude WG 3307 12874, Haus Schulstraße 21, 27749 Delmenhorst
Haus verkauft an Herrn und Frau Dominik und Lea Rutkowski, Kaufpreis 368.000 €, Besitzübergang 01.07.2026 (Notarvertrag vom 12.05.)
Frage der Kundin: geht der Vertrag automatisch auf die Käufer über? Muss sie kündigen? Die Käufer haben selbst schon ein Angebot von einem anderen Versicherer.
Käufer erreichbar über Kundin, eigene Nummer hat sie nicht rausgegeben.

Mareike""")

    # ---------------------------------------------------------------- 0163
    mail(163, "NORMAL", "en", "newsletter", "trap: English vendor newsletter on contact-centre product features (recording, analytics), no person",
         frm="Callvista Product News <news@callvista.example>", to="kc-plattform@weserbogen.example",
         subject="Callvista Release 11.6 – what's new for insurance contact centres", date="2026-05-21 16:00",
         headers={"List-Unsubscribe": "<mailto:unsubscribe@callvista.example>"},
         html="""<html><body style="font-family:Helvetica,Arial">
<h2>Release 11.6 is here</h2>
<ul>
<li><b>Pause &amp; resume recording</b> – agents can pause recording while callers read out card numbers or talk about their health.</li>
<li><b>Redaction for transcripts</b> – automatic masking of IBANs, dates of birth and numbers in speech-to-text output (German, English, Dutch).</li>
<li><b>Queue-level retention</b> – different retention periods per queue, e.g. 30 days for health claims, 90 days for motor.</li>
<li><b>Callback scheduler</b> – customers can book a slot via SMS link.</li>
</ul>
<p>Webinar for customers in insurance and healthcare: 4 June, 15:00 CET. <a href="https://callvista.example/webinar">Register here</a>.</p>
<p style="font-size:small">You are receiving this newsletter as a Callvista customer contact.</p>
</body></html>""")

    # ---------------------------------------------------------------- 0164
    mail(164, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "reply to named customer: cost approval for cataract surgery and premium lens, health policy",
         frm=A("wuebbena"), to="Hannelore Witte <hannelore.witte@t-online.example>",
         subject="Ihre Kostenzusage – Operation am rechten Auge", date="2026-05-22 10:05",
         body="""Sehr geehrte Frau Witte,

wie heute Vormittag am Telefon besprochen, bestätigen wir Ihnen die Kostenübernahme für die Operation des Grauen Stars (Katarakt) am rechten Auge am 16.06.2026 in der Augenklinik am Wall.

Übernommen werden aus Ihrem Vertrag KV-4451-0092-14:
- ambulante Operation nach GOÄ einschließlich Anästhesie: 100 %
- Standard-Intraokularlinse: 100 %
- Mehrkosten für die von Ihrem Augenarzt vorgeschlagene torische Linse (Hornhautverkrümmung): 650 € von 890 €, entsprechend dem Höchstbetrag Ihres Tarifs

Die Rechnung kann die Klinik direkt an uns schicken. Alles Gute für die OP!

""" + S("wuebbena") + FOOTER_DE)

    # ---------------------------------------------------------------- 0165
    mail(165, "CONFIDENTIAL", "en", "insurer-internal-chat", "English chat: named customer changes address and IBAN for motor and household policies",
         frm=A("hinrichs"), to="kundendaten@weserbogen.example",
         subject="Chat EN – address and bank change, please update", date="2026-05-22 13:30",
         body="""Hallo Kundendaten,

please update, customer was logged in:

WC-260522-0318 – customer Andrew Fitzgerald (KF-5521 05519, HR 2207 88120)

[12:50] Andrew: Hi, we moved last weekend, new address: Am Dobben 133, 28203 Bremen
[12:51] Lea: Thanks! Since when?
[12:51] Andrew: 16 May
[12:53] Andrew: and please use my new bank account for both contracts: DE14 2905 0000 4614 9500 67, Sparkasse Bremen
[12:54] Lea: Noted. Does anything change regarding where your car is parked?
[12:55] Andrew: now on the street, before it was a garage
[12:56] Lea: OK, that may change the motor premium slightly. Our colleagues will confirm by post.

Lea""")

    # ---------------------------------------------------------------- 0166
    mail(166, "NORMAL", "de", "internal", "trap: anonymised customer survey free-text comments mentioning cancer and a husband's death, no identifiable person",
         frm=A("gerdes"), to="ksc-alle@weserbogen.example",
         subject="Was Kund*innen über euch schreiben – Mai", date="2026-05-25 08:30",
         body="""Hallo zusammen,

wie jeden Monat ein paar Freitextkommentare aus der Kundenbefragung nach dem Anruf (anonymisiert, ohne Namen, Datum oder Team):

"Die Dame war sehr einfühlsam, als ich vom Tod meines Mannes erzählt habe. Danke!"

"Nach meiner Krebsdiagnose hatte ich Angst vor dem Papierkram. Der junge Mann hat mir alles erklärt und mir eine Durchwahl gegeben."

"Warteschleife 20 Minuten, dann weiterverbunden, dann aufgelegt. Note 1 von 10."

"Super schnell, eVB in 2 Minuten per SMS. So muss das."

"Ich wollte nur wissen, ob die Brille bezahlt wird, und musste drei Mal meinen Geburtstag sagen."

Danke für eure Arbeit – die guten Kommentare sind deutlich in der Überzahl (NPS Mai: +34).

Malte""")

    # ---------------------------------------------------------------- 0167
    mail(167, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-voicemail", "voicemail: psychiatric clinic doctor about named patient's report for sick-pay claim (§ 203 context)",
         frm="WeserVox Voicemail <voicemail@weserbogen.example>", to="leistung-kranken@weserbogen.example",
         subject="Sprachnachricht Box KV-PARTNER – 0421 408 6612 – 00:00:44", date="2026-05-25 11:18",
         headers={"X-WeserVox-Box": "KV-PARTNER", "X-WeserVox-Transcript": "auto (de-DE) v11.5"},
         body="""Neue Sprachnachricht in der Box KV-PARTNER (Leistungserbringer)

Anrufer: 0421 408 6612
Eingang: 25.05.2026 11:16
Dauer: 0:44 min
Automatische Transkription (Konfidenz 0,85):

"guten tag Oberärztin Doktor Seemann von der psychiatrischen Tagesklinik Bremen Ost es geht um ihre versicherte frau Martina Petersen sie hatten einen Befundbericht für das Kranken tage geld angefordert die patientin ist seit dem vierten mai bei uns in tagesklinischer Behandlung wegen einer schweren depressiven Episode ich faxe ihnen den bericht heute noch bitte geben sie mir eine Faxnummer durch die Durchwahl ist sechs sechs eins zwei danke"

Audio: WeserVox, Nachricht-ID VM-KVP-20260525-0008""")

    # ---------------------------------------------------------------- 0168
    mail(168, "CONFIDENTIAL", "de", "insurer-to-customer", "motor policy for named new driver with birth date, accompanied driving, policy",
         frm=A("yildirim"), to="Carsten Meyer-Rothe <c.meyer-rothe@posteo.example>",
         subject="Begleitetes Fahren – Ihr Sohn Paul im Vertrag KF-5520 33871", date="2026-05-26 11:00",
         body="""Hallo Herr Meyer-Rothe,

wie besprochen haben wir Ihren Sohn Paul Meyer-Rothe (geb. 02.02.2009) ab 01.06.2026 als Fahrer im Rahmen des begleiteten Fahrens ab 17 in Ihren Vertrag KF-5520 33871 (Skoda Octavia, HB-CM 1970) aufgenommen.

Mehrbeitrag: 118,00 € jährlich, anteilig für 2026 69,00 €, Abbuchung mit der nächsten Rate.
Eingetragene Begleitpersonen (laut Prüfungsbescheinigung): Sie und Ihre Frau.

Sobald Paul 18 wird und den Kartenführerschein hat, ändert sich nichts am Beitrag bis zur nächsten Hauptfälligkeit.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0169
    mail(169, "NORMAL", "de", "insurer-to-public", "trap: notice of changed service hours at Whitsun incl. emergency numbers, no person",
         frm="Kundenservice Weserbogen <service@weserbogen.example>", to="website-redaktion@weserbogen.example",
         subject="Bitte online stellen: Servicezeiten Pfingsten", date="2026-05-20 08:00",
         body="""Liebe Website-Redaktion,

bitte ab heute auf der Kontaktseite und in der App veröffentlichen:

"Servicezeiten an Pfingsten
Am Pfingstsonntag (24.05.) und Pfingstmontag (25.05.) ist unser Kundenservice telefonisch nicht erreichbar. Die Schaden-Hotline für Kfz-, Sach- und Haftpflichtschäden (0421 7789-5555) und der Reise-Notruf für medizinische Notfälle im Ausland (+49 421 7789-7777) sind rund um die Uhr für Sie da. Arzt- und Krankenhausrechnungen reichen Sie bequem in der Weserbogen-App ein."

Danke!
Kundenservice-Center""")

    # ---------------------------------------------------------------- 0170
    mail(170, "NORMAL", "en", "insurer-to-partner", "trap: English invoice query to overflow partner (company), no person",
         frm="Accounts Payable <kreditoren@weserbogen.example>", to="Billing ContactPoint <billing@contactpoint-dublin.example>",
         cc=A("nowak"),
         subject="Invoice CP-2026-0412 – query on hours billed", date="2026-05-26 14:30",
         body="""Dear billing team,

regarding your invoice CP-2026-0412 (April, EUR 148,220.00):

Our workforce system shows 3,312 productive agent hours for Weserbogen in April, your invoice bills 3,418 hours. The difference of 106 hours seems to relate to training on 22–23 April, which according to our contract (annex 5, section 2) is billed at 50 %.

Could you please issue a credit note for 53 hours x EUR 43.60 = EUR 2,310.80, or explain the difference? Payment of the undisputed amount will be made on the due date to your account at Bank of Ireland as per supplier master data.

Kind regards,
Accounts Payable
Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0171
    mail(171, "CONFIDENTIAL", "de", "insurer-to-customer", "cancellation confirmation of household policy with refund to IBAN, named customer",
         frm=A("yildirim"), to="Derya Akgül <derya.akguel@gmx.example>",
         subject="Bestätigung Ihrer Kündigung – Hausrat HR 2207 38810", date="2026-05-27 09:30",
         body="""Sehr geehrte Frau Akgül,

vielen Dank für das Telefonat. Wie besprochen endet Ihre Hausratversicherung HR 2207 38810 wegen Ihres Umzugs nach Wien zum 31.03.2026. Der Umzugstransport am 28.03. war noch versichert.

Für die Zeit vom 01.04. bis 30.06.2026 erstatten wir Ihnen den bereits gezahlten Beitrag von 34,20 € auf:
IBAN AT28 2011 1899 1040 4199 (Erste Bank), Kontoinhaberin Derya Akgül

Alles Gute in Wien!

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0172
    mail(172, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-chat", "English chat: named customer asks whether autism therapy for her son is covered",
         frm=A("hinrichs"), to="leistung-kranken@weserbogen.example",
         subject="Chat EN – autism therapy for co-insured son", date="2026-05-27 16:50",
         body="""Hi LA Kranken,

another English chat for you, please answer in the secure mailbox in English.

WC-260527-0501 – customer Rachel Goldberg, KV-4482-1177-30, co-insured son Eli (6)

[16:12] Rachel: Eli was diagnosed with autism spectrum disorder in April at the SPZ (Sozialpädiatrisches Zentrum)
[16:13] Rachel: they recommend occupational therapy and speech therapy once a week, and maybe ABA therapy later
[16:15] Lea: Thank you for telling us. Therapies prescribed by a doctor are generally covered in your tariff; ABA therapy needs an individual check.
[16:16] Rachel: the ABA therapist is private, 95 EUR per session. Do we need approval before we start?
[16:17] Lea: I'll forward this to our claims team so you get a reliable answer in writing.
[16:18] Rachel: thanks, please don't call, I'm at work during the day

Lea""")

    # ---------------------------------------------------------------- 0173
    pdf173 = PDF([
        "# Handout: Gespraeche mit Hinterbliebenen",
        "Schulungsunterlage KSC - Modul 'sensible Gespraeche'. Die Beispiele sind erfunden.",
        "",
        "Beispiel: Frau A. (fiktiv) ruft an: 'Mein Mann ist letzte Woche gestorben, er hatte doch eine Lebensversicherung bei Ihnen.'",
        "",
        "1. Beileid aussprechen - kurz und ehrlich: 'Das tut mir sehr leid.'",
        "2. Tempo rausnehmen. Keine Vertragsnummer sofort abfragen.",
        "3. Legitimation: Anrufende sind oft nicht Versicherungsnehmer. Bezugsberechtigung nicht am Telefon bestaetigen.",
        "4. Unterlagen nennen: Sterbeurkunde, Versicherungsschein, aerztliche Bescheinigung zur Todesursache (Formular).",
        "5. Direkte Ansprechperson anbieten (Queue LEBEN_TOD).",
        "",
        "Was wir NICHT sagen: 'Woran ist er denn gestorben?' - die Todesursache klaert die Leistungsabteilung schriftlich.",
    ], title="Handout Hinterbliebene")
    mail(173, "NORMAL", "de", "internal", "trap: training handout (PDF) on calls with bereaved relatives, fictitious example",
         frm=A("kueck"), to="ksc-team3@weserbogen.example",
         subject="Handout Modul 'sensible Gespräche' für Donnerstag", date="2026-05-28 12:00",
         body="""Hallo Team 3,

für die Schulung am Donnerstag das Handout. Bitte ausgedruckt mitbringen oder auf dem Tablet.

Ines""",
         att=[("Handout_Hinterbliebene.pdf", pdf173, CT_PDF)])

    # ---------------------------------------------------------------- 0174
    mail(174, "CONFIDENTIAL", "en", "insurer-to-customer", "English: baggage claim settled for named customer (no health), travel policy, IBAN",
         frm=A("odonnell"), to="Hannah Becker-Reid <hannah.becker-reid@mailbox.example>",
         subject="Your baggage claim S-RG-26-000412 – settled", date="2026-05-28 15:20",
         body="""Dear Ms Becker-Reid,

good news: Lufthansa has paid EUR 640 for the delayed and damaged suitcase, and we have settled the remainder under your travel policy RV 9942 20871:

- Emergency purchases on 19 March (Karstadt receipt): EUR 186.00 – paid by us
- Canon camera (damaged lens), current value: EUR 455.00, minus Lufthansa's payment share EUR 240.00 = EUR 215.00
- Total: EUR 401.00, transferred to DE17 5001 0517 5673 5959 46 on 29 May

Your claim is now closed.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0175
    mail(175, "NORMAL", "de", "internal", "trap: new legitimation rules for callers (birth date + postcode) described generically, no person",
         frm=A("brinkmann"), to="ksc-alle@weserbogen.example", cc=A("plate"),
         subject="Ab 01.06.: Neue Legitimationsregeln am Telefon", date="2026-05-29 08:00",
         body="""Liebe Kolleginnen und Kollegen,

ab 01.06. gelten die neuen Legitimationsregeln:

Stufe 1 (allgemeine Auskünfte, keine Vertragsdaten): keine Legitimation
Stufe 2 (Vertragsdaten Sach/Kfz/Haftpflicht/RS): zwei Merkmale, z. B. Vertragsnummer + PLZ oder Geburtsdatum + PLZ
Stufe 3 (Kranken, Pflege, Leben, BU, Unfall – alles mit Gesundheitsbezug): drei Merkmale, zusätzlich die letzten vier Ziffern der IBAN oder die Kundennummer

Angehörige: nur mit hinterlegter Vollmacht (CRM-Feld "Vollmacht" grün). Ausnahme: Todesfallmeldungen – annehmen, aber keine Auskünfte.

Wenn jemand die Merkmale nicht nennen kann: Rückruf an die hinterlegte Nummer anbieten.

Jana""")
def chunk_08():
    # ---------------------------------------------------------------- 0176
    dp = [("Team", "Headcount", "Completed", "Completion %"),
          ("Team 1", 31, 31, 100.0), ("Team 2", 29, 27, 93.1), ("Team 3", 34, 34, 100.0),
          ("Team 4", 33, 32, 97.0), ("International Desk", 12, 12, 100.0), ("Chat & Messaging", 14, 13, 92.9),
          ("Outbound", 9, 9, 100.0), ("Total", 162, 158, 97.5)]
    mail(176, "NORMAL", "en", "insurer-to-partner", "trap: English data-protection training completion rates per team (CSV), no person",
         frm=A("plate"), to="Group Data Protection Office <dpo@nordhanse-gruppe.example>",
         subject="Annual data protection e-learning 2026 – completion Weserbogen customer service", date="2026-06-02 10:00",
         body="""Dear colleagues,

completion figures for the mandatory e-learning "Special categories of personal data in customer contact" as of 31 May are attached. The four outstanding colleagues are on long-term leave or parental leave and will complete it on return.

Best regards,
""" + S("plate", "en"),
         att=[("dp_training_completion_2026.csv", CSV(dp, delimiter=","), CT_CSV)])

    # ---------------------------------------------------------------- 0177
    mail(177, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "complaints office reply: named customer's dental bridge, missing tooth before contract, decision revised",
         frm=A("rademacher"), to="Harald Dierks <h.dierks@t-online.example>",
         subject="Ihre Beschwerde vom 25.01. – Zahnersatz KZ-4410-3371-02", date="2026-06-03 11:00",
         body="""Sehr geehrter Herr Dierks,

es hat leider länger gedauert, als wir Ihnen zugesagt hatten – dafür entschuldige ich mich.

Wir haben Ihren Fall mit der Stellungnahme Ihrer Zahnärztin Frau Dr. Hüsing erneut geprüft. Sie bestätigt, dass der Zahn 15 erst im März 2019 nach einer akuten Wurzelentzündung entfernt wurde; Ihr Vertrag besteht seit 1998. Die Annahme, der Zahn habe bereits bei Vertragsabschluss gefehlt, war daher falsch.

Wir übernehmen die Brücke 14–16 gemäß Heil- und Kostenplan (3.918,44 €) tariflich mit 80 %, also 3.134,75 €. Die Kostenzusage geht heute auch an Ihre Zahnarztpraxis.

Für den Ärger – auch über die Weiterverbindungen am Telefon – bitten wir um Entschuldigung.

""" + S("rademacher") + FOOTER_DE)

    # ---------------------------------------------------------------- 0178
    mail(178, "CONFIDENTIAL", "de", "insurer-internal-phone-note", "phone note: named customer damaged holiday flat, private liability, landlord's claim",
         frm=A("luedemann"), to="schaden-haftpflicht@weserbogen.example",
         subject="Telefonnotiz: Schaden Ferienwohnung St. Peter-Ording", date="2026-06-08 10:10",
         body="""Anruf Kd. Kathrin Feldhusen 09:52, PH 7710 29903
war 30.05.–06.06. in Ferienwohnung "Dünenblick" in St. Peter-Ording (Vermieterin Frau Anke Thomsen), Sohn hat beim Spielen das Ceranfeld mit einer Glasflasche beschädigt (Sprung). Vermieterin verlangt 780 € für neues Kochfeld + Einbau, hat 300 € von der Kaution einbehalten.
Kd. fragt: zahlt PH? -> Mietsachschäden an Einrichtung von Ferienwohnungen im Tarif PH Komfort mitversichert, SB 150 €.
Schaden angelegt S-PH-26-004120, Schadenanzeige per Portal verschickt.
Kd. schickt Rechnung Vermieterin + Fotos.

Marco""")

    # ---------------------------------------------------------------- 0179
    mail(179, "NORMAL", "de", "internal", "trap: short early-shift report sent from phone, sick-leave count of staff only",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example",
         subject="Früh 09.06. kurz", date="2026-06-09 14:02",
         mailer="Outlook for iOS", flowed=True, cte="8bit",
         body="""Kurz vom Handy:
21/25 da (3 AU, 1 Kind krank), 1.602 Calls, SL 77, AHT 5:20.
Viel Kfz wg Hagel gestern (Delmenhorst/Ganderkesee), Sach-Queue ab 10 mit Team 1 verstärkt.
Keine Eskalationen. WeserVox 11:05 kurz hängend, lief wieder nach 2 Min.
Rest morgen mündlich.
S.

Von meinem iPhone gesendet""")

    # ---------------------------------------------------------------- 0180
    mail(180, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer", "English reply quoting customer: wrist fracture while cycling, cast, accident insurance benefits",
         frm=A("behrens"), to="Thomas Reilly <thomas.reilly@fastmail.example>",
         subject="Re: bike accident – what does my accident insurance pay?", date="2026-06-10 09:50",
         body="""Dear Mr Reilly,

thanks for your mail and the quick call yesterday.

> I came off my bike on the Weser cycle path on 31 May, broke my right wrist
> (scaphoid fracture), plaster cast for 8 weeks, the hand surgeon at
> Rotes Kreuz Krankenhaus says maybe surgery if it doesn't heal. I'm a
> graphic designer and can hardly work. Policy UV 3312-0098.

Here is what your accident policy UV 3312-0098 offers in your case:
1. Plaster cast allowance (Gipsgeld): EUR 200 – we'll pay this as soon as we have the doctor's certificate.
2. Hospital daily allowance only if you are admitted as an inpatient (e.g. for the possible surgery).
3. Disability benefit: if a permanent impairment remains, it is assessed at the latest 15 months after the accident. Please tell us within that period.

The accident report form is in your secure mailbox. Get well soon!

""" + S("behrens", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0181
    mail(181, "CONFIDENTIAL", "en", "insurer-to-broker", "English: commission statement to sole-trader broker with personal IBAN and tax number",
         frm="Vermittlerservice Weserbogen <vermittlerservice@weserbogen.example>", to="Kieran Walsh <kieran.walsh@walsh-insurance-advice.example>",
         subject="Commission statement May 2026 – agency no. 70-4418", date="2026-06-10 13:00",
         body="""Dear Mr Walsh,

your commission statement for May 2026 (agency no. 70-4418, sole trader):

New business commission: EUR 2,840.00
Portfolio commission: EUR 612.40
Cancellation reserve retained (10 %): EUR -345.24
Payout: EUR 3,107.16

Paid to: Kieran Walsh, IBAN DE25 7002 0270 9592 1968 01 (HypoVereinsbank)
Tax number on file: 60/147/22913 (Finanzamt Bremen) – you are registered as a small business, so no VAT is shown.

The detailed list per contract is available in the broker portal under "Provisionen".

Kind regards,
Broker Service
Weserbogen Versicherung AG""")

    # ---------------------------------------------------------------- 0182
    form = DOCX([
        "# Schadenmeldung Sturm / Hagel – Kurzformular",
        "Bitte vollständig ausfüllen und über das Kundenportal oder per Post zurücksenden.",
        "Versicherungsnehmer/in: ______________________________",
        "Vertragsnummer: ______________________________",
        "Anschrift des versicherten Gebäudes: ______________________________",
        "Schadentag: ____________   Uhrzeit (ca.): ____________",
        "Was ist beschädigt? [ ] Dach  [ ] Fenster  [ ] Fassade  [ ] Carport/Garage  [ ] Solaranlage  [ ] Sonstiges: ________",
        "Geschätzte Schadenhöhe: ____________ EUR",
        "Wurden Notmaßnahmen getroffen? [ ] ja  [ ] nein  – wenn ja, welche: ____________",
        "Bankverbindung für die Auszahlung (IBAN): DE__ ____ ____ ____ ____ __",
        "Ort, Datum, Unterschrift: ______________________________",
    ], title="Schadenmeldung Sturm")
    mail(182, "NORMAL", "de", "internal", "trap: blank storm damage short form (DOCX) with empty IBAN field",
         frm=A("luedemann"), to="ksc-alle@weserbogen.example",
         subject="Kurzformular Sturm/Hagel für Massenschäden – bitte nutzen", date="2026-06-11 08:45",
         body="""Moin zusammen,

aus den Lessons Learned "Lorenz": Hier das neue Kurzformular für Sturm und Hagel. Bei Massenschäden bitte Kunden dieses Formular per Portal schicken statt der langen Schadenanzeige (Baustein SCH-STURM-KURZ im CRM).

Marco""",
         att=[("Kurzformular_Sturm_Hagel.docx", form, CT_DOCX)])

    # ---------------------------------------------------------------- 0183
    mail(183, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-chat", "chat: named customer asks about electric wheelchair for father after stroke, health policy",
         frm=A("hinrichs"), to="leistung-kranken@weserbogen.example",
         subject="Chat – Elektrorollstuhl für mitversicherten Vater", date="2026-06-15 11:20",
         body="""Hallo LA Kranken,

bitte Antwort ins Postfach. Vollmacht des Sohnes liegt laut CRM vor.

WC-260615-0144 – Nutzer: Stefan Bührmann (Bevollmächtigter) für VN Heinrich Bührmann, KV-4438-2201-15

[10:48] Stefan B.: Mein Vater (81) ist nach seinem zweiten Schlaganfall halbseitig gelähmt und kann nicht mehr laufen
[10:49] Stefan B.: Die Ärztin in der Reha hat einen Elektrorollstuhl verordnet, Angebot Sanitätshaus Kröger 6.940 Euro
[10:51] Lea: Danke für die Info. Hilfsmittel sind im Tarif Ihres Vaters versichert, für höhere Beträge brauchen wir vorher einen Kostenvoranschlag.
[10:52] Stefan B.: Den hab ich, lade ich gleich hoch. Er wird Ende Juni aus der Reha entlassen, bis dahin brauchen wir das
[10:53] Lea: Ich gebe es als dringend weiter.

Lea""")

    # ---------------------------------------------------------------- 0184
    mail(184, "CONFIDENTIAL", "de", "insurer-internal-crm-export", "CRM export: named customer's car stolen, police file, plate and VIN, partial cover",
         frm=A("yildirim"), to="kfz-schaden@weserbogen.example",
         subject="CRM-Export Diebstahl HB-AF 444 – bitte übernehmen", date="2026-06-16 09:30",
         body="""==================== CRM-EXPORT ====================
Ticket:          KSC-2026-0616-0031
Kanal:           Telefon
Kunde:           Arne Fischer, Kd.-Nr. 1038 7720 41
Vertrag:         KF-5520 52290, Teilkasko SB 150 €
Fahrzeug:        Toyota RAV4 Hybrid, EZ 03/2023, HB-AF 444, FIN JTMW43FV10D112903
Schadentag:      Nacht 14./15.06.2026, Straße vor Wohnung Am Schwarzen Meer 101, Bremen
Polizei:         Anzeige Polizei Bremen, Vorgang 260615-0712-203
Schlüssel:       Kunde hat beide Schlüssel (Keyless, Verdacht Relay-Angriff)
Sonstiges:       Fahrzeug finanziert über Toyota Bank, Restschuld ca. 21.000 €
Nächster Schritt:Schlüssel einsenden, 1-Monats-Frist abwarten
====================================================
Okan""")

    # ---------------------------------------------------------------- 0185
    mail(185, "NORMAL", "en", "internal", "trap: English phishing warning imitating portal notification, no person",
         frm="IT Security <it-security@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="Phishing alert: fake 'secure mailbox' notifications / Phishing-Warnung", date="2026-06-17 10:15",
         body="""*** English version – German version in the intranet ***

Since this morning, customers have been receiving fake e-mails that look like our portal notifications ("You have a new message in your Weserbogen secure mailbox"). The link leads to weserbogen-postfach.example-login.top, which is NOT ours.

If customers call about it:
- Our real notifications never ask for passwords or bank details and always link to https://postfach.weserbogen.example.
- Ask them not to enter anything; if they already did, they should reset their portal password and call us back.
- Wrap-up code: IT-PHISH.

Please don't forward the phishing mail internally; report it with the "Report phishing" button.

IT Security""")

    # ---------------------------------------------------------------- 0186
    mail(186, "CONFIDENTIAL", "de", "insurer-to-customer", "builder's liability policy for named private builder, building plot address, policy",
         frm=A("behrens"), to="Jens Oetjen <jens.oetjen@ewe-mail.example>",
         subject="Ihre Bauherrenhaftpflicht – Bestätigung", date="2026-06-18 14:00",
         body="""Sehr geehrter Herr Oetjen,

wie telefonisch besprochen ist Ihre Bauherrenhaftpflicht ab sofort aktiv:

Vertrag: BH 7720 01877
Bauvorhaben: Einfamilienhaus, Flurstück 118/4, Am Mühlenfeld 9, 28876 Oyten
Bausumme: 420.000 €
Laufzeit: bis Bauende, max. 24 Monate (beitragsfrei verlängerbar um 6 Monate)
Einmalbeitrag: 252,00 €

Bitte denken Sie an die Absicherung der Baustelle (Bauzaun, Beleuchtung, Schild). Für Schäden am Rohbau selbst brauchen Sie zusätzlich eine Bauleistungsversicherung – gern machen wir Ihnen ein Angebot.

Mit freundlichen Grüßen
Kai Behrens
Weserbogen Versicherung AG""" + FOOTER_DE)

    # ---------------------------------------------------------------- 0187
    mail(187, "NORMAL", "de", "internal", "trap: QM planning for second half of the year, queues incl. health and life, no person",
         frm=A("gerdes"), to="ksc-teamleitungen@weserbogen.example",
         subject="QM-Planung 2. Halbjahr", date="2026-06-22 09:00",
         body="""Hallo TLs,

Planung Mithör-Sessions und Reviews Juli–Dezember:

- pro Agent 2 Reviews/Quartal (Neue: 1/Monat in den ersten 6 Monaten)
- Schwerpunkte Q3: Legitimation Stufe 3 (Kranken, Pflege, Leben, BU, Unfall), Todesfallmeldungen
- Schwerpunkte Q4: Beitragsanpassung KV (ab Mitte November), Kfz-Wechselsaison
- Kalibrierungsrunden: 08.07., 09.09., 04.11.
- Reviews werden nur noch mit Call-ID und Agent-Kürzel im QM-Tool dokumentiert, keine Kundennamen in Mails (bitte auch ich selbst – sorry für die Ausreißer im Frühjahr).

Malte""")

    # ---------------------------------------------------------------- 0188
    mail(188, "STRICTLY_CONFIDENTIAL", "de", "internal", "shift report with named caller who collapsed during call (chest pain), ambulance called",
         frm=A("thiel"), to="ksc-leitung@weserbogen.example",
         subject="Schichtbericht Spät 23.06. – mit Notfall", date="2026-06-23 20:25",
         body="""Hallo,

Spätschicht 23.06.: 16 Agents, 988 Calls, SL 86 %, Chat 140. Sonst ruhig, aber:

Notfall 17:12: Kunde Gerd Bischoff (Kfz KF-5520 20471, Unfall UV 3306-1290), ca. 70 J., rief wegen einer Kfz-Rechnung an und sagte mitten im Gespräch, er habe starke Schmerzen in der Brust und im linken Arm, dann war er still, man hörte ihn schwer atmen. Kollege Kevin Fuhrken hat sofort den Notfallknopf gedrückt; ich habe mit der Adresse aus dem CRM (Hemelinger Heerstr. 12) die 112 angerufen. Rettungswagen war 17:21 da, Notarzt hat noch kurz ans Telefon: Verdacht Herzinfarkt, Transport ins Klinikum Links der Weser.

Kevin geht es ok, hat Nachgespräch mit mir gehabt und morgen frei. Aufzeichnung gesperrt.

Svenja""")

    # ---------------------------------------------------------------- 0189
    mail(189, "NORMAL", "en", "insurer-to-partner", "trap: English thank-you note to overflow partner team after storm season, no person",
         frm=A("osterloh"), to="ContactPoint Weserbogen Team <weserbogen-team@contactpoint-dublin.example>",
         subject="A big thank you from Bremen", date="2026-06-26 16:00",
         body="""Dear ContactPoint team,

the first half of 2026 was anything but quiet: storm "Lorenz", hail in June, and a new telephony release in between. Your German-speaking team took more than 58,000 calls for us, with quality scores that improved every month.

Thank you – our customers noticed the difference, and so did we. A small parcel with Bremer Klaben and Kluten is on its way to Dublin.

See you at the steering meeting in September!

Warm regards from the Weser,
""" + S("osterloh", "en"))

    # ---------------------------------------------------------------- 0190
    mail(190, "CONFIDENTIAL", "en", "insurer-to-customer", "English: named student's water damage in flat, household claim, landlord, claim number",
         frm=A("odonnell"), to="Lucía Fernández Ortega <lucia.fernandez@uni-mail.example>",
         subject="Your household claim S-HR-26-003388 – water damage in your room", date="2026-07-06 10:30",
         body="""Dear Ms Fernández Ortega,

thank you for your call. I'm sorry about the leak in your dorm room.

Claim: S-HR-26-003388 under your household policy HR 2207 93318
Date: 3 July 2026, leaking pipe in the room above (room 512)
Damaged: laptop (Dell XPS 13, bought 2024, EUR 1,199), textbooks approx. EUR 240, mattress topper EUR 60

Next steps:
1. Please upload the laptop invoice and a repair assessment (or confirmation it can't be repaired).
2. The building damage (ceiling, walls) is for the Studierendenwerk's building insurance – please inform the house management too.
3. We pay the replacement value for items less than 2 years old.

""" + S("odonnell", "en") + FOOTER_EN)

    # ---------------------------------------------------------------- 0191
    mail(191, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer", "HTML-only: disability benefit accepted for named customer, BU pension, back-dated payment",
         frm=A("meyerdierks"), to="Chinedu Okonkwo <chinedu.okonkwo@posteo.example>",
         subject="Ihre Berufsunfähigkeitsrente – Anerkenntnis", date="2026-07-08 10:00",
         html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Okonkwo,</p>
<p>wie ich Ihnen heute Morgen am Telefon schon sagen konnte: Wir erkennen unsere Leistungspflicht aus Ihrer Berufsunfähigkeitsversicherung <b>BU 40.221.908-3</b> an.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Berufsunfähig seit</td><td>01.10.2025</td></tr>
<tr><td>Grad der Berufsunfähigkeit</td><td>mindestens 50 %</td></tr>
<tr><td>Monatliche BU-Rente</td><td>1.800,00 €</td></tr>
<tr><td>Nachzahlung Okt. 2025 – Jul. 2026</td><td>18.000,00 €</td></tr>
<tr><td>Beitragsbefreiung</td><td>ab 01.10.2025, zu viel gezahlte Beiträge werden erstattet</td></tr>
</table>
<p>Das Anerkenntnis ist unbefristet. Wir werden in größeren Abständen prüfen, ob die Voraussetzungen weiter bestehen.</p>
<p>Ich wünsche Ihnen alles Gute.</p>
<p>Freundliche Grüße<br>Anke Meyerdierks<br>Kundenservice Leben / BU</p>
</body></html>""")

    # ---------------------------------------------------------------- 0192
    vm = CSV([["box", "monat", "nachrichten", "davon_rueckruf_24h", "transkript_konfidenz_median"],
              ["RUECKRUF-3 (Unfall)", "2026-06", 184, 171, 0.79],
              ["LEBEN-2", "2026-06", 96, 90, 0.81],
              ["KV-PARTNER", "2026-06", 402, 355, 0.84],
              ["SACH-1", "2026-06", 512, 401, 0.76],
              ["INTL-1", "2026-06", 61, 58, 0.80],
              ["INTL-2", "2026-06", 44, 44, 0.82]], delimiter=";", encoding="windows-1252")
    mail(192, "NORMAL", "de", "internal", "trap: voicemail box usage statistics (CSV, windows-1252) incl. accident, life and provider boxes",
         frm=A("kracht"), to="ksc-teamleitungen@weserbogen.example",
         subject="Voicemail-Statistik Juni", date="2026-07-09 09:00",
         body="""Hallo TLs,

die Voicemail-Statistik Juni hängt an. Seit dem Update 11.5 liegt die Transkript-Konfidenz überall bei ca. 0,8. SACH-1 hat die meisten Nachrichten ohne Rückruf innerhalb 24 h (Hagel).

Tobias""",
         att=[("voicemail_statistik_2026-06.csv", vm, "application/vnd.ms-excel")])

    # ---------------------------------------------------------------- 0193
    mail(193, "CONFIDENTIAL", "de", "insurer-internal-callback", "callback request: hit-and-run damage to named customer's parked car, plate, fully comprehensive",
         frm=A("sommer"), to="kfz-schaden@weserbogen.example",
         subject="Rückrufbitte Unfallflucht – Fr. Janssen", date="2026-07-13 08:35",
         body="""Kundin: Merle Janssen, Tel. 0160 9910 2271 (ab 12 Uhr)
Vertrag: KF-5520 74410 (VK SB 300), Peugeot 208, HB-MJ 808
Schaden: Auto stand am 11.07. in der Parkzone Überseestadt, jemand hat die Fahrertür eingedrückt und ist abgehauen. Anzeige bei Polizei Bremen gestellt (Vorgang 260711-1830-117). Niemand verletzt.
Fragen: Rückstufung bei Vollkasko? Werkstattwahl?

Mareike""")

    # ---------------------------------------------------------------- 0194
    mail(194, "NORMAL", "de", "internal", "trap: farewell invitation for retiring colleague, organisational",
         frm=A("osterloh"), to="ksc-alle@weserbogen.example",
         subject="Abschied Hinrich Gerken in den Ruhestand – 31.07.", date="2026-07-15 12:00",
         body="""Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei der Weserbogen – davon 19 im Kundenservice – geht Hinrich Gerken Ende Juli in den Ruhestand. Viele von euch hat er eingearbeitet, und kaum jemand kennt die alten Lebensversicherungstarife so gut wie er.

Wir verabschieden ihn am Freitag, 31.07., um 14 Uhr in der Kantine mit Kaffee und Butterkuchen. Für ein gemeinsames Geschenk steht eine Spardose bei Jana Brinkmann.

Friederike""")

    # ---------------------------------------------------------------- 0195
    pdf195 = PDF([
        "# Call notes - International Desk",
        "Caller: Patrick Doyle, policy KV-4486-0021-77 (GlobalCare)",
        "Date: 20 July 2026, 10:40, agent INT-04",
        "",
        "Customer asks whether a 4-week inpatient treatment for alcohol dependence (detox + qualified withdrawal) at Klinik Am Rosenberg is covered. His GP referred him after liver values (GGT) were very high.",
        "He also asks whether his employer or his wife could find out through the insurer. Told him: no, we do not share information with employers; letters go only to him.",
        "He wants to start on 3 August. Needs cost approval before admission.",
        "Asked for written answer in English via secure mailbox, no phone calls at home.",
        "",
        "Handover to: Leistung Kranken (stationaer), priority high.",
    ], title="Call notes INT-04")
    mail(195, "STRICTLY_CONFIDENTIAL", "en", "insurer-internal-phone-note", "PDF-only English call notes: named customer's alcohol dependence treatment; harmless body",
         frm=A("odonnell"), to="leistung-kranken@weserbogen.example",
         subject="Call notes for cost approval (EN)", date="2026-07-20 11:05",
         body="""Hallo LA Kranken,

call notes attached, customer needs a decision before 3 August. Please reply to him in English.

Thanks, Sarah""",
         att=[("call_notes_2026-07-20_INT-04.pdf", pdf195, CT_PDF)])

    # ---------------------------------------------------------------- 0196
    mail(196, "CONFIDENTIAL", "de", "insurer-internal-chat", "chat: named tenant's rent deposit guarantee, credit check result, net income",
         frm=A("hinrichs"), to="kaution@weserbogen.example",
         subject="Chat – Kautionsbürgschaft, Bonitätsfrage", date="2026-08-04 15:10",
         body="""Hallo Kautionsteam,

bitte Rückmeldung an den Kunden ins Postfach:

WC-260804-0233, Kunde Niklas Brandt (Antrag Mietkaution MK-2026-01822)

[14:41] Kunde: mein Antrag wurde abgelehnt wegen Bonität, aber ich hab doch einen festen Job
[14:42] Lea: Das tut mir leid. Haben Sie die Ablehnung schriftlich bekommen?
[14:43] Kunde: ja gestern. Schufa Score 86 %, ich hatte mal einen Handyvertrag nicht bezahlt 2021, ist aber erledigt
[14:44] Kunde: ich verdiene 2.780 netto, unbefristet seit 2022 bei Hansewasser
[14:46] Lea: Ich leite das an die Kollegen weiter, vielleicht ist eine Neuprüfung möglich, wenn Sie den Erledigungsvermerk schicken.
[14:47] Kunde: lade ich hoch

Lea""")

    # ---------------------------------------------------------------- 0197
    mail(197, "NORMAL", "en", "insurer-to-partner", "trap: English reply to a university researcher requesting call data, declined, general figures only",
         frm=A("plate"), to="Dr. Emma Richter <e.richter@uni-research.example>",
         subject="Re: Research request – emotional labour in insurance call centres", date="2026-08-12 10:00",
         body="""Dear Dr Richter,

thank you for your interest in our customer service centre.

Unfortunately we cannot provide call recordings or transcripts, not even anonymised ones: many calls in our health, life and accident lines contain special categories of personal data, and our customers did not consent to research use.

What we can offer:
- aggregated figures (call volumes per line of business, share of calls with an emergency protocol – 0.02 % in 2025),
- an interview with our head of customer service and our trainer for "sensitive conversations",
- participation of volunteer agents in your survey, via our works council.

Please let me know if this would be helpful.

Kind regards,
""" + S("plate", "en"))

    # ---------------------------------------------------------------- 0198
    odt198 = ODT([
        "# Beschwerdeakte BS-2026-0612 – Zusammenfassung",
        "Beschwerdeführer: Heino Pundt, Unfallversicherung UV 3308-2219",
        "Gegenstand: Höhe der Invaliditätsleistung nach Unfall vom 04.11.2025 (Kreissäge).",
        "Medizinisches Gutachten Dr. Eggers (Handchirurgie), 02.07.2026: Verlust Zeigefinger und Mittelfinger rechts im Grundglied, zusätzlich Funktionsbeeinträchtigung Ringfinger durch Beugesehnenverletzung; Invaliditätsgrad nach Gliedertaxe 18 %.",
        "Kunde fordert 25 % unter Hinweis auf Phantomschmerzen und Anpassungsstörung (psychotherapeutische Behandlung seit März).",
        "Telefonkontakte KSC: 14 (siehe Verlauf), davon 2 Eskalationen an TL.",
        "Empfehlung Beschwerdemanagement: Zweitgutachten (neurologisch/psychiatrisch) anbieten.",
    ])
    zip198 = ZIP([("BS-2026-0612/Zusammenfassung.odt", odt198),
                  ("BS-2026-0612/Verlauf.txt", ("04.11.25 Unfallmeldung telefonisch\r\n26.02.26 Eskalation TL (Vorschuss)\r\n"
                                                "03.03.26 Vorschuss 10.000 EUR gezahlt\r\n14.07.26 Abrechnung 18 % -> Beschwerde\r\n").encode("utf-8"))])
    mail(198, "STRICTLY_CONFIDENTIAL", "de", "insurer-internal-complaint-file", "ZIP with complaint file (ODT): named customer's finger amputation, disability degree, adjustment disorder; body harmless",
         frm=A("rademacher"), to="leistung-unfall@weserbogen.example", cc=A("behrens"),
         subject="Beschwerdeakte BS-2026-0612 zur Stellungnahme", date="2026-08-18 09:40",
         body="""Guten Morgen,

anbei die Akte zur Stellungnahme bis 01.09. Bitte nicht weiterleiten.

""" + S("rademacher"),
         att=[("BS-2026-0612.zip", zip198, CT_ZIP)])

    # ---------------------------------------------------------------- 0199
    mail(199, "CONFIDENTIAL", "de", "insurer-to-customer", "special termination right after motor premium increase, named customer, policy, plate",
         frm=A("yildirim"), to="Jürgen Tietjen <j.tietjen@ewe-mail.example>",
         subject="AW: Kündigung wegen Beitragserhöhung KF-5520 61172", date="2026-11-24 10:15",
         body="""Sehr geehrter Herr Tietjen,

Ihre Kündigung vom 21.11. haben wir erhalten. Da Ihr Beitrag zum 01.01.2027 wegen der Typklassen-Änderung Ihres VW Passat (GAN-JT 500) steigt, steht Ihnen ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang der Beitragsrechnung zu. Die Kündigung ist damit wirksam zum 31.12.2026.

Ihr Vertrag KF-5520 61172 endet zu diesem Datum. Ihre Schadenfreiheitsklasse (SF 7 nach der Rückstufung) teilen wir Ihrem neuen Versicherer auf Anfrage mit.

Schade, dass Sie gehen – falls Sie es sich anders überlegen, melden Sie sich gern.

""" + S("yildirim") + FOOTER_DE)

    # ---------------------------------------------------------------- 0200
    mail(200, "NORMAL", "de", "newsletter", "trap: internal KSC newsletter December with health premium adjustment season and year statistics, no person",
         frm="KSC-Info <ksc-info@weserbogen.example>", to="ksc-alle@weserbogen.example",
         subject="KSC-Info Dezember 2026: Jahresrückblick und Beitragsanpassung KV", date="2026-12-01 07:30",
         html="""<html><body style="font-family:Arial,sans-serif">
<h2>KSC-Info Dezember 2026</h2>
<h3>Unser Jahr in Zahlen</h3>
<ul>
<li>4,6 Mio. Kontakte, davon 1,1 Mio. im Chat (+38 %)</li>
<li>Servicelevel 80/20 im Jahresmittel: 81 %</li>
<li>312 Gespräche nach dem Notfall-Leitfaden (Suizidäußerungen, medizinische Notfälle am Telefon) – danke für eure Ruhe in diesen Momenten</li>
<li>NPS: +31</li>
</ul>
<h3>Beitragsanpassung Krankenversicherung</h3>
<p>Die Briefe zur Beitragsanpassung zum 01.01.2027 gehen ab 28.11. raus. Der Leitfaden ist aktualisiert (Wissensportal KV-001). Erwartet werden bis zu 600 zusätzliche Anrufe pro Tag in der Queue Kranken.</p>
<h3>Weihnachtszeiten</h3>
<p>24.12. und 31.12. Service bis 12 Uhr, Schaden-Hotline und Reise-Notruf rund um die Uhr.</p>
<p>Frohe Festtage wünschen Friederike Osterloh und das Redaktionsteam!</p>
</body></html>""")


# ================================================================ build / check
CHUNKS = (chunk_01, chunk_02, chunk_03, chunk_04, chunk_05, chunk_06, chunk_07, chunk_08)


def build_all():
    MAILS.clear()
    _used_ids.clear()
    RNG.seed(39)
    for c in CHUNKS:
        c()
    names = [m[0] for m in MAILS]
    assert names == [f"{PREFIX}-{i:04d}.eml" for i in range(1, 201)], "numbering"
    out = {}
    for fname, label, lang, kind, reason, msg in MAILS:
        out[fname] = msg.as_bytes(policy=policy.SMTP)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, label, lang, kind, reason, msg in MAILS:
        assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
        assert lang in ("de", "en")
        assert "\t" not in reason and "\n" not in reason
        rows.append("\t".join((fname, label, lang, kind, reason)))
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return out, labels


def write(base=HERE):
    out, labels = build_all()
    os.makedirs(os.path.join(base, "mails"), exist_ok=True)
    for fname, data in out.items():
        with open(os.path.join(base, "mails", fname), "wb") as f:
            f.write(data)
    with open(os.path.join(base, "labels.tsv"), "wb") as f:
        f.write(labels)
    print(f"wrote {len(out)} mails to {base}")


def _read_tree(base):
    tree = {}
    for fn in sorted(os.listdir(os.path.join(base, "mails"))):
        with open(os.path.join(base, "mails", fn), "rb") as f:
            tree[fn] = f.read()
    with open(os.path.join(base, "labels.tsv"), "rb") as f:
        tree["labels.tsv"] = f.read()
    return tree


def _check_attachment(name, data, ctype, charset, problems, where):
    low = name.lower()
    try:
        if low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            assert wb.sheetnames
        elif low.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            assert any(p.text.strip() for p in d.paragraphs)
        elif low.endswith(".odt") or low.endswith(".ods"):
            from odf.opendocument import load
            load(io.BytesIO(data))
        elif low.endswith(".pdf"):
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in r.pages)
            assert txt.strip(), "empty PDF text layer"
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for info in z.infolist():
                _check_attachment(info.filename, z.read(info.filename), "", None, problems, where + "!" + info.filename)
        elif low.endswith(".csv"):
            data.decode(charset or "utf-8")
            assert b"\r\n" in data
        elif low.endswith(".ics"):
            t = data.decode("utf-8")
            assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t
        elif low.endswith(".txt"):
            data.decode(charset or "utf-8")
        else:
            problems.append(f"{where}: unknown attachment type {name}")
    except Exception as e:  # noqa
        problems.append(f"{where}: attachment {name} failed: {e!r}")


def check():
    from email.parser import BytesParser
    from email.utils import parsedate_to_datetime
    from collections import Counter
    import subprocess
    import tempfile
    problems = []
    # two complete rebuilds, each in a fresh interpreter, compared with the files on disk
    disk = _read_tree(HERE)
    with tempfile.TemporaryDirectory() as t:
        for k in (1, 2):
            d = os.path.join(t, f"build{k}")
            subprocess.run([sys.executable, os.path.abspath(__file__), "--out", d], check=True,
                           stdout=subprocess.DEVNULL)
            if _read_tree(d) != disk:
                problems.append(f"rebuild {k} differs from disk (not deterministic or stale files)")
    out1, lab1 = build_all()
    if disk["labels.tsv"] != lab1:
        problems.append("labels.tsv differs from generator")
    if sorted(k for k in disk if k != "labels.tsv") != sorted(out1):
        problems.append("mails/ directory content differs from generator file list")
    mids = set()
    n_att = Counter()
    tops = Counter()
    for fname, data in out1.items():
        data = disk.get(fname, b"")
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            problems.append(f"{fname}: bare LF/CR")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                problems.append(f"{fname}: line over 998 octets")
                break
        msg = BytesParser(policy=policy.default).parsebytes(data)
        tops[msg.get_content_type()] += 1
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            problems.append(f"{fname}: missing/duplicate Message-ID")
        mids.add(mid)
        if parsedate_to_datetime(msg["Date"]).year != 2026:
            problems.append(f"{fname}: date not in 2026")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{fname}: MIME defects {part.defects}")
            ct = part.get_content_type()
            if part.is_multipart() or ct == "message/rfc822":
                continue
            fn = part.get_filename()
            if fn:
                n_att[fn.rsplit(".", 1)[-1].lower()] += 1
                _check_attachment(fn, part.get_payload(decode=True), ct, part.get_content_charset(), problems, fname)
            elif part.get_content_maintype() == "text":
                try:
                    part.get_content()
                    part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
                except Exception as e:  # noqa
                    problems.append(f"{fname}: text part does not decode: {e!r}")
            else:
                problems.append(f"{fname}: unnamed non-text leaf {ct}")
    lab = Counter((m[1], m[2]) for m in MAILS)
    print("labels:", dict(Counter(m[1] for m in MAILS)), "langs:", dict(Counter(m[2] for m in MAILS)))
    print("label x lang:", dict(lab))
    print("top-level types:", dict(tops))
    print("attachments by extension:", dict(n_att))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("check OK: 2 identical rebuilds, disk matches, all mails parse, all attachments open")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    elif "--out" in sys.argv:
        write(sys.argv[sys.argv.index("--out") + 1])
    else:
        write()
