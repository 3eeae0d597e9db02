#!/usr/bin/env python3
"""Siegel independent dev corpus dev68 -- long-term care and rehabilitation.

Every mail is written by hand in its own function m001 ... m150.  The helpers at
the top only turn that hand-written content into MIME (Python ``email``,
``policy=SMTP``, CRLF) or into a file format (CSV/XLSX/ODS/DOCX/ODT/PDF/ICS/ZIP).
The seeded RNG (seed 68) is used for nothing but MIME boundary strings.

    python3 make_corpus.py           # writes mails/d68-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # re-parses everything and validates counts
"""
import io
import os
import re
import sys
import zipfile
import random
import datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
NN = "68"
SEED = 68
FIXED_DT = datetime.datetime(2026, 10, 1, 9, 0, 0)

EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


# ---------------------------------------------------------------- records

class M:
    """One finished mail plus its label row."""

    def __init__(self, msg, label, lang, kind, reason):
        self.msg, self.label, self.lang, self.kind, self.reason = msg, label, lang, kind, reason


# ---------------------------------------------------------------- MIME helpers

def _headers(msg, hdr):
    for line in hdr.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        k, v = line.split(":", 1)
        msg[k.strip()] = v.strip()


def _text_part(text, subtype, charset, cte, flowed=False):
    p = MIMEPart(policy=policy.SMTP)
    kw = {"subtype": subtype, "charset": charset}
    if cte:
        kw["cte"] = cte
    p.set_content(text, **kw)
    if flowed:
        p.set_param("format", "flowed")
    return p


def build(hdr, body=None, *, html=None, charset="utf-8", cte=None, att=(), fwd=None,
          flowed=False, html_charset=None):
    """hdr: hand-written header block. body: text/plain. html: text/html.
    att: list of (filename, bytes, 'type/subtype'). fwd: EmailMessage as message/rfc822."""
    if body is not None and html is not None:
        core = MIMEPart(policy=policy.SMTP)
        core.set_content(body, subtype="plain", charset=charset, **({"cte": cte} if cte else {}))
        core.add_alternative(html, subtype="html", charset=html_charset or charset)
    elif body is not None:
        core = _text_part(body, "plain", charset, cte, flowed)
    else:
        core = _text_part(html, "html", html_charset or charset, cte)
    if not att and fwd is None:
        msg = core
    else:
        msg = MIMEPart(policy=policy.SMTP)
        msg.set_type("multipart/mixed")
        msg.attach(core)
        if fwd is not None:
            inner = MIMEPart(policy=policy.SMTP)
            inner.set_content(fwd)
            inner.add_header("Content-Disposition", "inline")
            msg.attach(inner)
        for fn, data, ctype in att:
            mt, st = ctype.split("/")
            p = MIMEPart(policy=policy.SMTP)
            if mt == "text":
                enc = "utf-8"
                if isinstance(data, tuple):
                    data, enc = data
                p.set_content(data.encode(enc) if isinstance(data, str) else data, maintype=mt,
                              subtype=st, filename=fn, disposition="attachment")
                p.set_param("charset", enc)
            else:
                p.set_content(data, maintype=mt, subtype=st, filename=fn, disposition="attachment")
            msg.attach(p)
    ct = list(msg.items())
    for k in {k for k, _ in ct}:
        del msg[k]
    _headers(msg, hdr)
    msg["MIME-Version"] = "1.0"
    for k, v in ct:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def inner_mail(hdr, body, charset="utf-8", cte=None):
    """A message to be forwarded as message/rfc822 (no MIME-Version duplication issue)."""
    return build(hdr, body, charset=charset, cte=cte)


_rng = random.Random(SEED)


def _fix_boundaries(msg, n, counter):
    if msg.get_content_maintype() == "multipart":
        counter[0] += 1
        tag = "".join(_rng.choice("0123456789abcdef") for _ in range(16))
        msg.set_boundary("----=_Part_d%s_%04d_%d_%s" % (NN, n, counter[0], tag))
        for part in msg.get_payload():
            _fix_boundaries(part, n, counter)
    elif msg.get_content_type() == "message/rfc822":
        for part in msg.get_payload():
            _fix_boundaries(part, n, counter)


def to_bytes(msg, n):
    _fix_boundaries(msg, n, [0])
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------- file-format helpers

def _rezip(data):
    """Normalise a zip container (timestamps, core.xml dates) so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = raw.decode("utf-8")
                txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2026-10-01T09:00:00Z", txt)
                raw = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, raw)
    return out.getvalue()


def xlsx(fn, sheets):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Weidenau"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    b = io.BytesIO()
    wb.save(b)
    return (fn, _rezip(b.getvalue()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def ods(fn, sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tc = TableCell(valuetype="float", value=c)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(c)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.write(b)
    return (fn, _rezip(b.getvalue()), "application/vnd.oasis.opendocument.spreadsheet")


def docx(fn, paras, table=None):
    """paras: list of str; a str starting with '# ' is a heading. table: rows or None."""
    import docx as _d
    d = _d.Document()
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
    cp = d.core_properties
    cp.author = "Weidenau"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = "Weidenau"
    b = io.BytesIO()
    d.save(b)
    return (fn, _rezip(b.getvalue()), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def odt(fn, paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return (fn, _rezip(b.getvalue()), "application/vnd.oasis.opendocument.text")


def _pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(fn, lines, ctype="application/pdf"):
    """Minimal text PDF (Helvetica, WinAnsi), 58 lines per page."""
    pages = [lines[i:i + 58] for i in range(0, max(len(lines), 1), 58)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pl in enumerate(pages):
        s = "BT /F1 10 Tf 13 TL 50 800 Td\n"
        for ln in pl:
            s += "(" + _pdf_escape(ln) + ") '\n"
        s += "ET\n"
        stream = s.encode("cp1252", "replace")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return (fn, out.getvalue(), ctype)


def csv_(fn, text, enc="utf-8", ctype="text/csv"):
    text = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    if ctype.startswith("text/"):
        return (fn, (text, enc), ctype)
    return (fn, text.encode(enc), ctype)


def ics(fn, text):
    text = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    return (fn, (text, "utf-8"), "text/calendar")


def txt(fn, text, enc="utf-8"):
    return (fn, (text.strip("\n").replace("\n", "\r\n") + "\r\n", enc), "text/plain")


def zip_(fn, members):
    """members: list of (filename, bytes-or-(str,enc), ctype) as returned by the other helpers."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for mfn, data, _ in members:
            if isinstance(data, tuple):
                data = data[0].encode(data[1])
            zi = zipfile.ZipInfo(mfn, date_time=(2026, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return (fn, out.getvalue(), "application/zip")


# ================================================================ MAILS
def m001():
    h = """From: Simon Ledermann <simon.ledermann@weidenau-versicherung.example>
To: Pflege-Leitung <pflege-leitung@weidenau-versicherung.example>
Cc: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
Subject: Pflegestatistik Q3/2026 - Antraege und Einstufungen
Date: Mon, 05 Oct 2026 08:12:44 +0200
Message-ID: <5f1c2a90.q3stat@mail.weidenau-versicherung.example>"""
    b = """Guten Morgen zusammen,

hier die Zahlen fürs dritte Quartal, wie jedes Mal aus dem Leistungs-DWH gezogen
(Stichtag 30.09.2026, PPV + Pflegetagegeld zusammen, nur Erstanträge):

  Erstanträge gesamt ............. 1.184  (Q2: 1.097)
  davon begutachtet .............. 1.021
  ohne Pflegegrad ...............    143  (14,0 %)
  Pflegegrad 1 ...................   262
  Pflegegrad 2 ...................   341
  Pflegegrad 3 ...................   178
  Pflegegrad 4 ...................    71
  Pflegegrad 5 ...................    26

Durchschnittliche Zeit Antrag -> Bescheid: 31,4 Kalendertage (Q2: 34,9).
Höherstufungsanträge: 612, davon 71 % mit Erhöhung um mindestens einen Grad.

Auffällig ist wieder der Anteil Demenz als Hauptgrund bei PG 3 und höher
(knapp die Hälfte), das deckt sich mit den Zahlen des Verbands. Widersprüche
gegen Einstufungen: 58, Abhilfe in 19 Fällen.

Die Folien für den Lenkungskreis schicke ich bis Mittwoch.

Gruß
Simon

--
Simon Ledermann
Aktuariat Kranken/Pflege
Weidenau Krankenversicherung AG
Am Weidenufer 7, 34119 Kassel
"""
    return M(build(h, b, cte="quoted-printable"), "NORMAL", "de", "internal",
             "trap: aggregate care-level statistics per quarter, no person")


def m002():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Petra Lindqvist <petra.lindqvist@web-post.example>
Subject: Ihre Mutter Frau Gertrud Hahn - Ergebnis der Pflegebegutachtung
Date: Tue, 08 Sep 2026 14:03:19 +0200
Message-ID: <a83d01e2-7c11-4e0b-9c55-02aa18f31d4e@weidenau-versicherung.example>
In-Reply-To: <CAF7xx0bq1@web-post.example>"""
    b = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Nachricht und die Vorsorgevollmacht, die uns inzwischen
vorliegt. Damit können wir Ihnen als Bevollmächtigter Ihrer Mutter Auskunft geben.

Das Gutachten von Medicproof zum Besuch am 27.08.2026 ist bei uns eingegangen.
Die Gutachterin hat bei Ihrer Mutter, Frau Gertrud Hahn (Vertrag PV 4471 20388),
insgesamt 58,75 gewichtete Punkte festgestellt. Das entspricht Pflegegrad 3 ab
dem 01.08.2026 (Monat der Antragstellung).

Ausschlaggebend waren vor allem die Module 2 und 3 (kognitive Fähigkeiten und
Verhaltensweisen) wegen der fortschreitenden Alzheimer-Demenz sowie Modul 4
(Selbstversorgung). Die Gutachterin empfiehlt außerdem einen Toilettenstuhl und
ein Pflegebett; dazu erhalten Sie gesondert Post.

Das Pflegegeld von 599,00 EUR monatlich überweisen wir wie gewünscht auf das
Konto Ihrer Mutter, die Nachzahlung für August folgt mit dem nächsten Lauf.

Den schriftlichen Bescheid und das vollständige Gutachten senden wir per Post.
Bei Fragen erreichen Sie mich direkt unter 0561 7730-4418.

Mit freundlichen Grüßen

Katrin Oberländer
Leistungsabteilung Pflege
Weidenau Krankenversicherung AG
Am Weidenufer 7, 34119 Kassel
"""
    return M(build(h, b, cte="quoted-printable"), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "care level 3 result, Alzheimer dementia, named insured and contract (PPV)")


def m003():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Marcel Brandtner <m.brandtner@mailbox-nord.example>
Subject: Ihr Haftpflichtschaden 26-HS-0081542 / Gartenzaun Nachbar
Date: Wed, 16 Sep 2026 10:47:02 +0200
Message-ID: <hs0081542.1@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Brandtner,

danke für Ihre Schadenmeldung vom 12.09.2026 zu Ihrer Privathaftpflicht
(Vertrag PH-7730-118204).

Sie schreiben, dass Ihnen beim Umzug Ihrer Eltern ein Schrank vom Sackkarren
gerutscht ist und den Holzzaun des Nachbarn, Herrn Ruppert, Lindenweg 14 in
37269 Eschwege, auf etwa drei Metern beschädigt hat. Verletzt wurde niemand.

Damit wir den Schaden regulieren können, brauchen wir noch:
- zwei bis drei Fotos vom Zaun,
- den Kostenvoranschlag des Zimmerers (Herr Ruppert hatte einen angekündigt),
- die Bankverbindung von Herrn Ruppert, falls wir direkt an ihn zahlen sollen.

Die Selbstbeteiligung von 150 EUR aus Ihrem Vertrag ziehen wir von der Leistung ab.

Freundliche Grüße
Julia Hesselbach
Haftpflicht-Schaden
Weidenau Allgemeine Versicherung AG
Tel. 0561 7730-2290
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "private liability claim, named policyholder and third party address, nobody hurt")


def m004():
    h = """From: Weidenau Broker News <broker-news@weidenau-versicherung.example>
To: Broker Newsletter International <newsletter-intl@weidenau-versicherung.example>
Subject: Weidenau Care Insights #14 - what changes in German long-term care in 2027
Date: Thu, 01 Oct 2026 07:00:00 +0200
Message-ID: <care-insights-14@news.weidenau-versicherung.example>
List-Unsubscribe: <mailto:unsubscribe-care@weidenau-versicherung.example>"""
    b = """WEIDENAU CARE INSIGHTS #14 - October 2026

1. Benefit amounts
Statutory care benefits were raised by 4.5 % on 1 January 2025. Private
compulsory care insurance (PPV) follows the same amounts. For 2027 another
adjustment is under discussion; we will update you as soon as the figures
are published.

2. Respite care and short-term care budget
Since July 2025 respite care (Verhinderungspflege) and short-term care
(Kurzzeitpflege) are combined into one annual budget. Clients no longer
need to have cared for six months before respite care can be claimed.

3. Our private daily care allowance (Pflegetagegeld)
Tariff PTG-Flex now pays 100 % from care level 2 for home care, with no
waiting period after an accident. Sales material is in the broker portal.

4. Webinar
"Explaining care levels to your clients" - 22 October 2026, 10:00 CET.

You receive this newsletter because you are a registered Weidenau partner.
Weidenau Versicherungsgruppe, Am Weidenufer 7, 34119 Kassel, Germany
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#2b5d34">Weidenau Care Insights #14</h2>
<p><b>1. Benefit amounts</b><br>Statutory care benefits were raised by 4.5&nbsp;% on 1 January 2025.
Private compulsory care insurance (PPV) follows the same amounts. For 2027 another adjustment is
under discussion.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Care level</th><th>Care allowance / month</th><th>In-kind benefit / month</th></tr>
<tr><td>2</td><td>347 EUR</td><td>796 EUR</td></tr>
<tr><td>3</td><td>599 EUR</td><td>1,497 EUR</td></tr>
<tr><td>4</td><td>800 EUR</td><td>1,859 EUR</td></tr>
<tr><td>5</td><td>990 EUR</td><td>2,299 EUR</td></tr>
</table>
<p><b>2. Respite care and short-term care budget</b><br>Since July 2025 both are combined into one annual budget.</p>
<p><b>3. Pflegetagegeld</b><br>Tariff PTG-Flex now pays 100&nbsp;% from care level 2 for home care.</p>
<p><b>4. Webinar</b> &ndash; &quot;Explaining care levels to your clients&quot;, 22 October 2026, 10:00 CET.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you are a registered Weidenau partner.
<a href="https://www.weidenau-versicherung.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return M(build(h, b, html=html), "NORMAL", "en", "newsletter",
             "trap: broker newsletter on care benefit amounts and tariffs, no person")


def m005():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Daniel Whitcombe <dan.whitcombe@kestrelmail.example>
Subject: RE: Claim for daily care allowance - your father Mr Rolf Weiland
Date: Fri, 18 Sep 2026 16:22:51 +0200
Message-ID: <OF.20260918.162251.77@weidenau-versicherung.example>
In-Reply-To: <8812ab.whit@kestrelmail.example>
References: <8812ab.whit@kestrelmail.example>"""
    b = """Dear Mr Whitcombe,

Thank you for your email and for sending the power of attorney - we have
registered you as your father's representative for policy PTG 3380 55121.

To assess the claim for the daily care allowance we still need:

1. The discharge letter from St. Anselm hospital in Offenburg (stay from
   2 to 14 September 2026). You mentioned the diagnosis of vascular dementia
   was made there; please send the full letter, not only page 1.
2. The current medication plan (you listed donepezil 10 mg and ramipril 5 mg
   - the GP's printout is sufficient).
3. Your confirmation that your father still lives at home in Kehl and who
   provides the daily care (you, your sister, a home care service?).

We will then ask Medicproof to visit your father. The assessor can speak
English with you if you are present during the visit.

Kind regards,
Oliver Fitch
International Care Claims
Weidenau Krankenversicherung AG
+49 561 7730-4870

> On 17 Sep 2026, at 21:40, Daniel Whitcombe wrote:
> Hi, my dad (Rolf Weiland, born 1941) was in hospital and they now say it is
> vascular dementia. He can't manage on his own any more. My sister and I take
> turns. What do you need from us? Dan
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "daily care allowance claim, vascular dementia, medication, hospital stay of named insured")


def m006():
    h = """From: Elif Korkmaz <elif.korkmaz@weidenau-versicherung.example>
To: Hannah Oduya <hannah.oduya@postbox-west.example>
Subject: Your application - Care Case Manager (m/f/d), ref. 2026-117
Date: Tue, 22 Sep 2026 11:15:00 +0200
Message-ID: <hr-2026-117-oduya@weidenau-versicherung.example>"""
    b = """Dear Ms Oduya,

thank you for the interview last Thursday - the team enjoyed the conversation.

Before we prepare the contract I would like to confirm the points we discussed:

- Start date: 1 January 2027 (your notice period ends 31 December)
- Salary: you asked for EUR 58,500 gross per year; we can offer EUR 56,000 plus
  the variable component (up to 8 %) and the company pension scheme
- 30 days of annual leave, 2 home-office days per week

Could you also send me your tax ID and your date of birth for the onboarding
form? You can reply to this mail or upload it in the applicant portal.

Best regards
Elif Korkmaz
Human Resources / Recruiting
Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-applicant",
             "named applicant with salary expectation and offer")


def m007():
    h = """From: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
To: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
Subject: WG: Entlassungsbericht AHB
Date: Mon, 14 Sep 2026 09:31:07 +0200
Message-ID: <kortmann.fw.ahb.0914@weidenau-versicherung.example>"""
    b = """Frau Oberländer,

anbei der Bericht aus Bad Lindental, kam heute per Fax-Mail bei mir an.
Bitte zur Akte nehmen, meine Stellungnahme folgt.

S. Kortmann

-----Ursprüngliche Nachricht-----
Von: Sekretariat Chefarzt <sekretariat.orthopaedie@reha-lindental.example>
Gesendet: Freitag, 11. September 2026 15:48
An: Beratungsärztlicher Dienst
Betreff: Entlassungsbericht AHB

Sehr geehrte Damen und Herren,
anbei der Entlassungsbericht wie angefordert.
Mit freundlichen Grüßen
Sekretariat Orthopädie
Reha-Zentrum Am Kurpark, Bad Lindental
"""
    att = [pdf("Entlassungsbericht_Brinkhaus_AHB.pdf", [
        "Reha-Zentrum Am Kurpark - Abteilung Orthopaedie",
        "Kurparkallee 3, 37441 Bad Lindental",
        "",
        "ENTLASSUNGSBERICHT - Anschlussheilbehandlung (AHB)",
        "",
        "Patient: Herr Werner Brinkhaus, geb. 03.02.1957",
        "Versicherung: Weidenau Krankenversicherung AG, Vers.-Nr. KV 2201 88731",
        "Aufenthalt: 17.08.2026 - 07.09.2026",
        "",
        "Diagnosen:",
        "  Z96.64 Vorhandensein einer Hueftgelenkendoprothese links (TEP am 10.08.2026)",
        "  M16.1 Primaere Koxarthrose, links",
        "  E11.9 Diabetes mellitus Typ 2 ohne Komplikationen",
        "  I10.00 Essentielle Hypertonie",
        "",
        "Verlauf: Mobilisation an Unterarmgehstuetzen ab Tag 2, Treppensteigen",
        "sicher ab Tag 12. Wundverhaeltnisse reizlos. BZ-Einstellung mit Metformin",
        "1000 mg 1-0-1 ausreichend.",
        "",
        "Entlassmedikation: Metformin 1000 mg, Ramipril 5 mg, Enoxaparin 40 mg s.c.",
        "bis 21.09.2026, Ibuprofen 400 mg bei Bedarf.",
        "",
        "Empfehlung: ambulante Physiotherapie 2x/Woche, IRENA-Nachsorge,",
        "Arbeitsfaehigkeit voraussichtlich ab 19.10.2026 (Buerotaetigkeit).",
        "",
        "Dr. med. H. Vollrath, Chefarzt",
    ])]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "de", "clinic",
             "harmless body; rehab discharge report with diagnoses, ICD codes and medication only in the PDF")


def m008():
    h = """From: Elif Korkmaz <elif.korkmaz@weidenau-versicherung.example>
To: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
Subject: Entwurf Stellenanzeige Pflegeberater/in (§ 7a) - bitte drüberschauen
Date: Wed, 09 Sep 2026 13:20:33 +0200
Message-ID: <stellen-7a-entwurf@weidenau-versicherung.example>"""
    b = """Hallo Tobias,

anbei bzw. unten der Text für die Ausschreibung. Bitte bis Freitag Rückmeldung,
dann geht's an die Jobbörsen.

---
Pflegeberaterin / Pflegeberater (m/w/d) im Außendienst – Region Nordhessen
Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Sie besuchen unsere Versicherten und ihre Angehörigen zu Hause, im Krankenhaus
oder in der Pflegeeinrichtung und beraten sie zu Leistungen der Pflegeversicherung,
Hilfsmitteln, Wohnraumanpassung und Entlastungsangeboten.

Sie bringen mit:
- Ausbildung als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger/in
  oder Altenpfleger/in, mehrjährige Berufserfahrung
- Weiterbildung zur Pflegeberaterin nach § 7a SGB XI (oder Bereitschaft dazu)
- Führerschein Klasse B

Wir bieten: Dienstwagen auch zur privaten Nutzung, 30 Tage Urlaub,
betriebliche Krankenversicherung, Vergütung nach Tarifvertrag (Gruppe VI).

Bewerbungen bitte über unser Karriereportal, Kennziffer 2026-121.
---

Danke dir!
Elif
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: job ad draft for care advisers, nursing vocabulary, no person")


def m009():
    h = """From: Priya Raman <priya.raman@weidenau-versicherung.example>
To: Lucas Meyerhoff <l.meyerhoff@northgate-re.example>
Cc: Simon Ledermann <simon.ledermann@weidenau-versicherung.example>
Subject: Quota share LTC - claims development by age band, UW years 2019-2025
Date: Thu, 24 Sep 2026 17:05:12 +0200
Message-ID: <pr-northgate-ltc-0924@weidenau-versicherung.example>"""
    b = """Hi Lucas,

as agreed in the treaty meeting, please find attached the claims development
for the daily care allowance portfolio (tariffs PTG-Flex and PTG-Classic),
split by age band at claim inception. Cells with fewer than 10 claims are
merged into the neighbouring band.

Headline: incidence in the 80+ band is up 6 % vs. last year, mostly driven by
care level 2 claims; average duration of claims closed in 2025 is 3.1 years.

Happy to walk you through it on Tuesday.

Best,
Priya

Priya Raman
Reinsurance & Capital Management
Weidenau Versicherungsgruppe
"""
    att = [xlsx("LTC_claims_by_ageband_2019-2025.xlsx", [
        ("Incidence", [
            ("Age band", "Exposure (policy years)", "New claims", "Incidence per 1,000", "Avg care level"),
            ("< 60", 182340, 211, 1.16, 2.4),
            ("60-69", 96410, 402, 4.17, 2.3),
            ("70-79", 61220, 1104, 18.03, 2.5),
            ("80+", 23870, 1688, 70.72, 2.8),
        ]),
        ("Paid", [
            ("UW year", "Paid EUR", "Reserve EUR", "Claims open"),
            (2019, 4120330, 9802110, 188),
            (2020, 3877120, 10440780, 201),
            (2021, 3655400, 11203950, 214),
            (2022, 2901770, 10988020, 199),
            (2023, 2210450, 9631220, 176),
            (2024, 1377600, 7120400, 150),
            (2025, 480210, 4433090, 97),
        ]),
    ])]
    return M(build(h, b, att=att), "NORMAL", "en", "insurer-to-partner",
             "trap: reinsurer aggregate claims by age band, small cells merged")


def m010():
    h = """From: Frank Dörrie <frank.doerrie@weidenau-versicherung.example>
To: Jens Tiedemann <info@tiedemann-vorsorge.example>
Subject: Änderung Ihrer Bankverbindung für die Courtageabrechnung
Date: Mon, 21 Sep 2026 08:55:40 +0200
Message-ID: <fd-courtage-tiedemann-0921@weidenau-versicherung.example>"""
    b = """Hallo Herr Tiedemann,

wie telefonisch besprochen habe ich Ihre neue Bankverbindung für die
Courtageabrechnung hinterlegt:

  Kontoinhaber: Jens Tiedemann, Versicherungsmakler (Einzelunternehmen)
  IBAN: DE48 5001 0517 0648 4799 30
  gültig ab Abrechnung Oktober 2026

Die Oktober-Abrechnung (voraussichtlich 4.812,37 EUR) geht damit schon auf das
neue Konto. Ihre Steuernummer 026/811/40257 bleibt unverändert auf den
Gutschriften.

Bitte kurz bestätigen, dass die Daten so stimmen.

Beste Grüße
Frank Dörrie
Maklerbetreuung Nord
Weidenau Versicherungsgruppe
Mobil 0171 5520 884
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-broker",
             "sole-trader broker's IBAN, tax number and commission amount")


def m011():
    inner = inner_mail("""From: Sandra Kühnel <sandra.kuehnel@familienpost.example>
To: Pflege Service <pflege-service@weidenau-versicherung.example>
Subject: Mama braucht mehr Hilfe - Höherstufung?
Date: Sun, 13 Sep 2026 22:18:05 +0200
Message-ID: <e71f0d2a@familienpost.example>""", """Hallo,

ich schreibe für meine Mutter, Ingrid Kühnel, Versichertennr. PV 3120 77415.
Sie hat seit letztem Jahr Pflegegrad 2. Vor drei Wochen ist sie nachts im Bad
gestürzt und hat sich das Handgelenk gebrochen (Gips bis Ende September), seitdem
kann sie sich kaum noch allein anziehen oder waschen und ist auch viel
verwirrter als vorher. Der Hausarzt meint das kommt von den Schmerzmitteln
und der Aufregung, aber es wird nicht besser.

Ich arbeite Vollzeit und fahre jeden Abend hin. Können wir eine Höherstufung
beantragen? Und gibt es Geld für einen Hausnotruf?

Vielen Dank
Sandra Kühnel
Tochter und Bevollmächtigte

Von meinem iPhone gesendet""")
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Pflegeleistungen Team 2 <pflege-team2@weidenau-versicherung.example>
Subject: WG: Mama braucht mehr Hilfe - Höherstufung?
Date: Mon, 14 Sep 2026 08:07:55 +0200
Message-ID: <alv-fw-kuehnel-0914@weidenau-versicherung.example>"""
    b = """Hallo Team 2,

bitte übernehmen, Vollmacht der Tochter ist laut Akte vorhanden.
Höherstufungsantrag und Infoblatt Hausnotruf habe ich ihr noch nicht geschickt.

Danke, Anna-Lena
Kundenservice
"""
    return M(build(h, b, fwd=inner), "STRICTLY_CONFIDENTIAL", "de", "relative",
             "only in forwarded message/rfc822: daughter reports fall, fracture, confusion, care level 2 of named insured")


def m012():
    h = """From: Hannah Birkner <hannah.birkner@weidenau-versicherung.example>
To: Auftragsannahme Druckhaus Seelig <auftrag@druckhaus-seelig.example>
Subject: Bestellung 4500 Stk. "Mein Pflegetagebuch" - Nachdruck
Date: Tue, 29 Sep 2026 10:02:18 +0200
Message-ID: <hb-bestellung-pflegetagebuch@weidenau-versicherung.example>"""
    b = """Sehr geehrte Damen und Herren,

wir bestellen hiermit den Nachdruck unserer Broschüre:

  Titel:      Mein Pflegetagebuch – Hilfe bei Ihrer Pflegebegutachtung
  Artikel:    WKV-PT-07, Stand 09/2026 (neue Druckdaten im Anhang Ihres Portals)
  Menge:      4.500 Stück, DIN A5, 32 Seiten, Rückendrahtheftung
  Papier:     Recycling 100 g/m², Umschlag 250 g/m²
  Preis:      lt. Angebot Nr. 26-1187 vom 14.09.2026, 2.930,00 EUR netto
  Lieferung:  bis 23.10.2026 an Poststelle, Am Weidenufer 7, 34119 Kassel

Inhalt sind die leeren Tabellen zum Eintragen von Hilfebedarf (Körperpflege,
Ernährung, Mobilität, nächtliche Hilfe, Medikamentengabe) – bitte beachten
Sie die geänderte Seite 14.

Rechnung bitte an Weidenau Krankenversicherung AG, Kostenstelle 4410.

Mit freundlichen Grüßen
Hannah Birkner
Unternehmenskommunikation
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-supplier",
             "trap: print order for blank care diary brochure, care vocabulary, no person")


def m013():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Admissions Klinik Sonnenhang <admissions@klinik-sonnenhang.example>
Subject: Cost approval - rehabilitation Mr Thomas Greaves, DOB 11/05/1968
Date: Wed, 23 Sep 2026 12:40:09 +0200
Message-ID: <ma-kostenzusage-greaves@weidenau-versicherung.example>"""
    b = """Dear admissions team,

following the request from the University Hospital neurology ward we confirm
cost coverage for inpatient neurological rehabilitation (phase C) for

  Patient:    Mr Thomas Greaves, born 11/05/1968
  Policy:     KV 5580 21946 (tariff Komfort-Stationär, private room)
  Indication: ischaemic stroke (I63.5) on 06 September 2026, right-sided
              hemiparesis, mild aphasia
  Duration:   initially 28 days from admission, extension on medical report

Daily rate as per our framework agreement (EUR 389.00 incl. therapies),
surcharge for single room EUR 65.00 per day.

Mr Greaves' wife prefers English for all communication with the family.
Please send the interim report after 21 days directly to our rehab management.

Kind regards
Mehmet Aydın
Rehabilitation Management
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-clinic",
             "cost approval for stroke rehab, ICD I63.5, named patient with DOB")


def m014():
    h = """From: Carsten Wöhler <carsten.woehler@weidenau-versicherung.example>
To: Annemarie und Klaus Pfeiffer <pfeiffer.familie@heimnetz.example>
Subject: Wohngebäudeversicherung WG-220 418 773 - Anpassung nach Umbau
Date: Thu, 10 Sep 2026 15:12:30 +0200
Message-ID: <cw-wg220418773-umbau@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Pfeiffer, sehr geehrter Herr Pfeiffer,

vielen Dank für die Mitteilung zum Umbau Ihres Hauses in der Mühlgasse 9,
34587 Felsberg. Sie haben im Erdgeschoss eine Einliegerwohnung (ca. 48 m²)
mit eigenem Bad eingerichtet und den Eingangsbereich neu gestaltet.

Die Wohnfläche steigt damit von 142 auf 190 m². Wir passen Ihren Vertrag zum
01.10.2026 an:

  Versicherungssumme Wert 1914:   31.400 Mark  (bisher 23.500 Mark)
  Jahresbeitrag neu:              1.038,60 EUR (bisher 781,20 EUR)
  Zahlungsweise:                  jährlich, SEPA-Lastschrift wie bisher

Den Nachtrag erhalten Sie in den nächsten Tagen per Post. Wenn Sie die
Einliegerwohnung vermieten möchten, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
Carsten Wöhler
Kundenservice Sach
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b, cte="quoted-printable"), "CONFIDENTIAL", "de", "insurer-to-customer",
             "building insurance of named policyholders, insured address, premium; renovation without any health reason")


def m015():
    h = """From: Ruth Amsel <ruth.amsel@weidenau-versicherung.example>
To: Leistung Pflege alle <pflege-alle@weidenau-versicherung.example>
Subject: Protokoll Datenschutz-Schulung "Pflegegutachten im Posteingang" 17.09.
Date: Fri, 18 Sep 2026 14:45:00 +0200
Message-ID: <ra-protokoll-0917@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen,

danke für die rege Teilnahme gestern. Hier das Kurzprotokoll.

Teilnehmende: 23 (Team 1-3, Kundenservice Pflege, Beratungsärztlicher Dienst)

1. Pflegegutachten, Arztberichte und Entlassungsberichte sind Gesundheitsdaten
   nach Art. 9 DSGVO und unterliegen zusätzlich § 203 StGB. Versand nach außen
   nur über das SecureMail-Portal oder mit Einwilligung per TLS.
2. Angehörige bekommen Auskunft nur mit Vollmacht oder Betreuerausweis.
   Anrufer ohne Vollmacht: nur allgemeine Infos, keine Bestätigung, dass die
   Person bei uns versichert ist.
3. Gutachten nicht an den Pflegedienst weiterleiten, auch wenn er darum bittet –
   der Versicherte bzw. Bevollmächtigte entscheidet selbst.
4. Fax-zu-Mail-Eingänge landen jetzt im Funktionspostfach, nicht mehr bei
   Einzelpersonen.

Offene Frage aus der Runde: Dürfen wir Hilfsmittelempfehlungen direkt an
Sanitätshäuser geben? -> Ich kläre das mit der Rechtsabteilung bis Ende Oktober.

Viele Grüße
Ruth Amsel
Datenschutzbeauftragte
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: data-protection training minutes about care assessments, no person")


def m016():
    h = """From: Leistungsabrechnung Pflege <pflege-abrechnung@weidenau-versicherung.example>
To: Horst Ebeling <horst.ebeling@t-netz.example>
Subject: Abrechnung Verhinderungspflege - Vertrag PV 2905 66120
Date: Tue, 06 Oct 2026 09:30:00 +0200
Message-ID: <abr-vhp-2905-66120-1006@weidenau-versicherung.example>"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:13px">
<p>Sehr geehrter Herr Ebeling,</p>
<p>für die Verhinderungspflege Ihrer Ehefrau <b>Marianne Ebeling</b> (Pflegegrad 4) haben wir folgende Beträge erstattet:</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr style="background:#e8efe9"><th>Zeitraum</th><th>Leistungserbringer</th><th>Art</th><th>Rechnung</th><th>Erstattet</th></tr>
<tr><td>03.08.–16.08.2026</td><td>Pflegedienst Lebensfreude Sander GmbH</td><td>stundenweise Verhinderungspflege</td><td>1.240,00 €</td><td>1.240,00 €</td></tr>
<tr><td>17.08.–21.08.2026</td><td>Nachbarin Frau E. Jost</td><td>nicht erwerbsmäßig</td><td>300,00 €</td><td>300,00 €</td></tr>
<tr><td colspan="4"><b>Summe</b></td><td><b>1.540,00 €</b></td></tr>
</table>
<p>Verbleibendes Budget Verhinderungs-/Kurzzeitpflege 2026: 1.999,00 €.</p>
<p>Die Zahlung erfolgt auf Ihr Konto IBAN DE40 6619 0000 0072 5193 04 (Volksbank), Wertstellung 08.10.2026.</p>
<p>Mit freundlichen Grüßen<br>Ihre Weidenau Krankenversicherung AG<br>Leistungsabrechnung Pflege</p>
<p style="font-size:10px;color:#888">Diese Nachricht wurde maschinell erstellt.</p>
</body></html>"""
    return M(build(h, None, html=html), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only table: respite care reimbursement, care level 4 of named wife, IBAN")


def m017():
    h = """From: Priya Raman <priya.raman@weidenau-versicherung.example>
To: Reinsurance Team <reinsurance-team@weidenau-versicherung.example>
Subject: Team lunch moved to Thursday
Date: Mon, 28 Sep 2026 09:03:41 +0200
Message-ID: <pr-lunch-0928@weidenau-versicherung.example>"""
    b = """Hi all,

quick one - Wednesday doesn't work for Stefan, so lunch is Thursday 12:15,
same place (the Vietnamese place by the tram stop). I reserved for 7.

Priya

Sent from my iPhone
"""
    return M(build(h, b), "NORMAL", "en", "internal", "team lunch, nothing sensitive")


def m018():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Gareth Pryce-Hollis <gareth.ph@albionmail.example>
Subject: Household insurance HR-4410 207 513 - new direct debit account
Date: Wed, 30 Sep 2026 11:26:19 +0200
Message-ID: <alv-hr4410207513-sepa@weidenau-versicherung.example>"""
    b = """Dear Mr Pryce-Hollis,

thank you for your message from Cardiff. We have changed the direct debit for
your household contents insurance HR-4410 207 513 (flat at Goethestraße 41,
Göttingen) to the new account:

  Account holder: Gareth Pryce-Hollis
  IBAN: DE07 7605 0101 0011 1836 20

The next premium of EUR 96.40 (quarterly) will be collected on or after
1 November 2026 under the existing mandate reference WKV-HR-207513-02.

Best regards
Anna-Lena Voss
Customer Service
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "household contract of named customer with IBAN and address")


def m019():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
Subject: WG: Anfrage Sozialamt - Hilfe zur Pflege
Date: Thu, 17 Sep 2026 16:40:27 +0200
Message-ID: <tr-fw-sozialamt-0917@weidenau-versicherung.example>"""
    b = """Katrin, kannst du das bitte beantworten? Schweigepflichtentbindung fehlt noch,
bitte erst anfordern, bevor wir etwas rausgeben.
Tobias

---------- Weitergeleitete Nachricht ----------
Von: Landkreis Wetterstein, Fachdienst Soziales <hzp@landkreis-wetterstein.example>
Datum: Do., 17. Sept. 2026 um 11:02
Betreff: Anfrage Sozialamt - Hilfe zur Pflege
An: info@weidenau-versicherung.example

Sehr geehrte Damen und Herren,

Herr Friedhelm Ostrowski, geb. 19.06.1939, wohnhaft im Seniorenzentrum Haus
Abendrot in Hofgeismar, hat bei uns Hilfe zur Pflege nach §§ 61 ff. SGB XII
beantragt, da die Heimkosten sein Einkommen übersteigen.

Nach seinen Angaben ist er bei Ihnen pflegepflichtversichert und in Pflegegrad 4
eingestuft. Wir bitten um Mitteilung
- des festgestellten Pflegegrades und des Datums der Feststellung,
- der Höhe der monatlichen Leistungen für vollstationäre Pflege,
- eventueller Leistungen aus einer Pflegezusatzversicherung.

Aktenzeichen: 50.2-HzP-2026-1183

Mit freundlichen Grüßen
Im Auftrag
B. Wendlandt
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "social-services",
             "inline forward: social services ask about care level 4 and nursing home of named person with DOB")


def m020():
    h = """From: Weidenau Pflegepartner <pflegepartner@weidenau-versicherung.example>
To: Pflegepartner-Verteiler <pflegepartner-liste@weidenau-versicherung.example>
Subject: Freie Plätze im Oktober: Haus am Mühlbach, Tagespflege Sonnenblume & mehr
Date: Fri, 02 Oct 2026 06:30:00 +0200
Message-ID: <pp-freieplaetze-2026-10@news.weidenau-versicherung.example>"""
    b = """Weidenau Pflegepartner – Oktober 2026

Unsere Partnereinrichtungen melden diesen Monat freie Plätze:

* Seniorenresidenz Haus am Mühlbach, Melsungen
  2 Einzelzimmer Langzeitpflege ab 15.10., beschützter Wohnbereich für
  Menschen mit Demenz, Kurzzeitpflege nach Absprache.
  "Bei uns kommt der Garten zu Ihnen" – Tag der offenen Tür am 17.10.

* Tagespflege Sonnenblume, Baunatal
  Plätze Mo, Mi, Fr frei, Fahrdienst im Umkreis von 15 km, Frühstück und
  Mittagessen inklusive, Gedächtnistraining und Sitzgymnastik.

* Ambulanter Pflegedienst Lebensfreude Sander, Kassel-West
  nimmt neue Kundinnen und Kunden für Grundpflege und Behandlungspflege auf.

Als Weidenau-Versicherte erhalten Sie bei unseren Partnern eine kostenlose
Erstberatung. Hinweis: Die Einrichtungen sind selbstständige Unternehmen.

Sie erhalten diese Information, weil Sie den Pflegepartner-Newsletter abonniert
haben. Abbestellen: pflegepartner-abmelden@weidenau-versicherung.example
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: care home and day care adverts, dementia wording, no person")


def m021():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Auftragsmanagement Medicproof <auftrag@medicproof.example>
Subject: [streng vertraulich] Auftrag Wiederholungsbegutachtung / reassessment request 26-PB-44817
Date: Tue, 15 Sep 2026 10:05:51 +0200
Message-ID: <ko-mp-26pb44817@weidenau-versicherung.example>"""
    b = """Guten Tag / Dear colleagues,

please find our reassessment request below. The insured and his son speak
English only, please assign an English-speaking assessor if possible.

  Auftrag / order no.:   26-PB-44817
  Versicherter:          Mr Jonathan Ashdown-Beck, born 22 March 1948
  Address:               Kirchstraße 5, 79219 Staufen im Breisgau
  Policy:                PV 6128 30067 (PPV + PTG-Classic)
  Current care level:    2 (since 04/2025)
  Reason:                application for higher care level dated 03/09/2026;
                         Parkinson's disease (G20.1) with increasing falls,
                         night-time help needed 2-3 times
  Contact:               son Richard Ashdown-Beck, +44 7700 900812
  Hospital stays:        none in the last 12 months

Please visit within 20 working days (statutory deadline 25 working days).

Thank you and kind regards
Katrin Oberländer
Leistungsabteilung Pflege / Care Benefits
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-assessor",
             "reassessment order: Parkinson G20.1, care level, DOB and address of named insured; subject tag")


def m022():
    h = """From: Kfz-Service <kfz-service@weidenau-versicherung.example>
To: Nele Grünberg <nele.gruenberg@freemail-sued.example>
Subject: Ihre eVB-Nummer für die Zulassung
Date: Sat, 26 Sep 2026 09:14:03 +0200
Message-ID: <kfz-evb-grunberg-0926@weidenau-versicherung.example>"""
    b = """Guten Tag Frau Grünberg,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung:

  eVB-Nummer:       K7Q3M2X
  Versicherungsnehmerin: Nele Grünberg, geb. 14.12.1991
  Fahrzeug:         VW Caddy, FIN WV2ZZZ2KZPX031877
  Tarif:            Kfz-Haftpflicht + Vollkasko (SB 300/150), SF 6

Die eVB ist 6 Monate gültig. Nach der Zulassung erhalten Sie den
Versicherungsschein mit dem Kennzeichen.

Gute Fahrt wünscht Ihnen
Ihr Kfz-Service der Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "eVB with named policyholder, birth date and VIN")


def m023():
    h = """From: Service Desk <servicedesk@weidenau-versicherung.example>
To: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
Subject: [INC-2026-18842] Upload Pflegegutachten im Portal bricht bei 10 MB ab
Date: Wed, 07 Oct 2026 13:58:22 +0200
Message-ID: <inc-2026-18842.update2@servicedesk.weidenau-versicherung.example>"""
    b = """Hallo Frau Oberländer,

Update zu Ihrem Ticket INC-2026-18842:

Ursache gefunden – im Reverse Proxy vor dem Kundenportal war das Upload-Limit
noch auf 10 MB gestellt. Eingescannte Pflegegutachten und Arztbriefe mit vielen
Seiten liegen oft darüber, deshalb der Abbruch mit "413 Request Entity Too Large".

Änderung: Limit auf 40 MB erhöht (Change CHG-7712), heute 13:40 Uhr eingespielt.
Bitte testen Sie mit einer Dummy-Datei; echte Kundendokumente bitte nicht an
den Service Desk schicken.

Status: gelöst – Ticket schließt automatisch in 5 Tagen.

Viele Grüße
Paul Grabowski
IT Service Desk, Durchwahl -1111
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: IT ticket about uploading care assessments, no data")


def m024():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Herbert Vöhringer <h.voehringer@landpost.example>
Subject: Zuschuss Badumbau - Bescheid
Date: Fri, 25 Sep 2026 11:47:36 +0200
Message-ID: <ko-wumb-voehringer-0925@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Vöhringer,

anbei unser Bescheid zu Ihrem Antrag vom 02.09.2026. Das Original kommt per Post.

Mit freundlichen Grüßen
Katrin Oberländer
Weidenau Krankenversicherung AG
"""
    att = [docx("Bescheid_Wohnumfeld_Voehringer.docx", [
        "# Bescheid: Zuschuss zu Maßnahmen zur Verbesserung des individuellen Wohnumfeldes",
        "Versicherter: Herr Herbert Vöhringer, geb. 08.11.1944, Vertrag PV 1187 40932",
        "Anschrift: Am Hasenbühl 3, 34260 Kaufungen",
        "Festgestellter Pflegegrad: 2 (seit 01.03.2026)",
        "Sehr geehrter Herr Vöhringer,",
        "wegen Ihrer eingeschränkten Beweglichkeit nach dem Schlaganfall und der "
        "Sturzgefahr beim Einstieg in die Badewanne haben Sie den Umbau der Wanne in eine "
        "bodengleiche Dusche beantragt. Die Pflegefachkraft hat die Maßnahme bei der "
        "Begutachtung empfohlen.",
        "Wir bewilligen einen Zuschuss in Höhe von 4.180,00 EUR (Höchstbetrag je Maßnahme).",
        "Kostenvoranschlag Sanitär Kessler GmbH vom 28.08.2026: 7.342,50 EUR brutto.",
        "Die Auszahlung erfolgt nach Vorlage der Schlussrechnung.",
    ], table=[("Position", "Betrag"), ("Kostenvoranschlag", "7.342,50 EUR"),
              ("Zuschuss", "4.180,00 EUR"), ("Eigenanteil", "3.162,50 EUR")])]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; DOCX decision: home adaptation grant, stroke, care level 2, DOB")


def m025():
    h = """From: Hannah Birkner <hannah.birkner@weidenau-versicherung.example>
To: Ines Markwardt <markwardt@redaktion-pflegeheute.example>
Subject: Re: Your questions on rejected care applications
Date: Mon, 21 Sep 2026 15:33:10 +0200
Message-ID: <hb-press-pflegeheute-0921@weidenau-versicherung.example>
In-Reply-To: <im-anfrage-4471@redaktion-pflegeheute.example>"""
    b = """Dear Ms Markwardt,

thanks for your questions - here are our figures for 2025, which you are
welcome to quote as "Weidenau Krankenversicherung":

- First applications for care benefits: 4,402
- Share without care level after assessment: 13.6 %
- Objections against the result: 5.1 % of all decisions, of which 31 % were
  successful after a second assessment
- Average time from application to decision: 33 days

We do not comment on individual cases. For background on the assessment
procedure I can put you in touch with our head of care benefits.

Best regards
Hannah Birkner
Press and Communications
Weidenau Versicherungsgruppe

> Could you tell us how many care applications Weidenau rejected in 2025 and
> how long policyholders wait for a decision? Deadline Wednesday.
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-partner",
             "trap: press answer with aggregate rejection rates")


def m026():
    h = """From: Frank Dörrie <frank.doerrie@weidenau-versicherung.example>
To: Mareike Albers <m.albers@finanzkontor-albers.example>
Subject: AW: Stand Rechtsschutzfall Ihres Kunden Herrn Kowalczyk / status of the claim
Date: Thu, 01 Oct 2026 14:10:48 +0200
Message-ID: <fd-rs-kowalczyk-1001@weidenau-versicherung.example>
In-Reply-To: <ma-0930-kowal@finanzkontor-albers.example>"""
    b = """Hallo Frau Albers,

kurzer Stand zum Rechtsschutzfall RS-26-040 118 von Herrn Piotr Kowalczyk
(Mietrechtsstreit wegen Rückzahlung der Kaution, Wohnung Friedrich-Ebert-Str.
88, Kassel):

- Deckungszusage für die außergerichtliche Tätigkeit wurde am 18.09. erteilt.
- Der Anwalt (Kanzlei Roth & Yilmaz) hat den Vermieter mit Frist 15.10.
  angeschrieben.
- Streitwert 2.250 EUR, SB 250 EUR.

As Mr Kowalczyk asked for English: you can simply forward him this summary -
cover is confirmed, the lawyer has written to the landlord, deadline 15 October.
He does not need to do anything at the moment.

Viele Grüße
Frank Dörrie
Maklerbetreuung Nord

> Können Sie mir sagen, wie weit der Fall Kowalczyk ist? Er fragt ständig nach
> und versteht die Briefe auf Deutsch nicht so gut. Danke, M. Albers
"""
    return M(build(h, b), "CONFIDENTIAL", "mixed", "insurer-to-broker",
             "legal expenses claim of named customer with address, no health content")


def m027():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
Cc: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
Subject: KTG Moreau - Wiedereingliederungsplan / return-to-work plan
Date: Tue, 29 Sep 2026 10:18:25 +0200
Message-ID: <lw-ktg-moreau-0929@weidenau-versicherung.example>"""
    b = """Liebe Frau Dr. Kortmann,

Oliver hat mich gebeten, Sie mit ins Boot zu holen – der Arbeitgeber von
Frau Claire Moreau (KTG-Vertrag KT 7712 04456) hat uns den Stufenplan auf
Englisch geschickt, den Teil kopiere ich unten rein.

Diagnose laut AU-Bescheinigung: F32.1 (mittelgradige depressive Episode),
arbeitsunfähig seit 02.06.2026. Krankentagegeld läuft in voller Höhe.

Frage: Halten Sie den Plan medizinisch für plausibel? Während der
Wiedereingliederung zahlen wir nach Tarif weiter, aber ich möchte vermeiden,
dass wir bei Stufe 3 wieder einen Rückfall haben.

--- employer's plan (HR, Lumaris Software GmbH) ---
Week 1-2:  3 hours/day, no customer calls
Week 3-4:  4 hours/day
Week 5-6:  6 hours/day, back in the team meetings
Week 7:    full time (8 h)
Start: 19 October 2026, agreed with her psychiatrist Dr. Nnamdi
---

Danke und Grüße
Lars Winterfeld
Leistung Krankentagegeld
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "internal: return-to-work plan with F32.1 of named insured in daily sickness allowance")


def m028():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Bernd Schaper <bschaper@mailbox-nord.example>
Subject: Ihre Anfrage: Informationen zur Pflegezusatzversicherung
Date: Wed, 16 Sep 2026 12:01:44 +0200
Message-ID: <alv-info-ptg-schaper@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Schaper,

vielen Dank für Ihr Interesse. Gern schicke ich Ihnen die allgemeinen
Informationen zu unserem Pflegetagegeld:

- PTG-Flex: Sie wählen ein Tagegeld zwischen 10 und 150 EUR. Ausgezahlt wird
  ein Prozentsatz je nach Pflegegrad (PG 1: 10 %, PG 2: 30 %, PG 3: 50 %,
  PG 4 und 5: 100 %), egal ob zu Hause oder im Pflegeheim.
- Keine Wartezeit bei Pflegebedürftigkeit durch einen Unfall.
- Beitragsbefreiung ab Pflegegrad 4.
- Gesundheitsfragen: vereinfacht, nur 4 Fragen.

Beispielbeitrag (Eintrittsalter 45, 50 EUR Tagegeld): 38,20 EUR im Monat.
Ihren persönlichen Beitrag berechnet Ihnen gern Ihr Berater oder unser
Online-Rechner.

Die Produktbroschüre und die Versicherungsbedingungen finden Sie unter
www.weidenau-versicherung.example/pflege

Mit freundlichen Grüßen
Anna-Lena Voss
Kundenservice
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-customer",
             "trap: generic product info on daily care allowance to a prospect, no contract or health data")


def m029():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Chinedu Okafor <c.okafor@mailhub-rhein.example>
Subject: Your claim 26-HS-0079903 - water damage in the flat below
Date: Mon, 07 Sep 2026 13:37:59 +0200
Message-ID: <jh-hs0079903-en@weidenau-versicherung.example>"""
    b = """Dear Mr Okafor,

thank you for reporting the damage under your personal liability policy
PH-7730-209116.

As we understand it, the hose of your washing machine came loose on 2 September
and water leaked into the flat of Ms Hartung on the floor below (Wolfsanger
Str. 12, 34125 Kassel). Her kitchen ceiling and a cupboard were damaged.
Luckily nobody was hurt.

Our loss adjuster, Mr Brehm, will contact Ms Hartung to inspect the damage.
Please keep the broken hose - we may need it.

Note: damage to your own rented flat is a matter for the landlord's building
insurance; we only cover the neighbour's property.

Kind regards
Julia Hesselbach
Liability Claims
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "liability claim of named policyholder, third party address, nobody hurt")


def m030():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Reha-Management <reha-management@weidenau-versicherung.example>
Subject: Monthly KPIs rehab management - September 2026
Date: Fri, 02 Oct 2026 16:50:05 +0200
Message-ID: <ma-kpi-reha-2026-09@weidenau-versicherung.example>"""
    b = """Hi team,

attached the September KPIs. Short version:

- 312 follow-up treatments (AHB) approved, 96 % within 48 hours
- average length of stay: orthopaedics 21.4 days, neurology 33.8, cardiology 22.1
- 41 return-to-work plans supported, 78 % back at full hours after 12 weeks

The CSV contains only counts per indication group, no case data, so it can go
to the steering committee as is.

Cheers
Mehmet
"""
    att = [csv_("reha_kpi_2026-09.csv", """indication_group;approved_ahb;median_days_to_approval;avg_length_of_stay;readmission_30d_pct
orthopaedics_hip_knee;144;1;21.4;2.1
orthopaedics_spine;38;1;22.0;3.4
neurology_stroke;47;1;33.8;6.0
cardiology;52;2;22.1;4.2
oncology;21;2;24.5;5.1
other_merged;10;2;19.9;n/a""")]
    return M(build(h, b, att=att), "NORMAL", "en", "internal",
             "trap: rehab KPIs aggregated by indication group, no case data")


def m031():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Pflegedienst Lebensfreude Sander <verwaltung@pflegedienst-sander.example>
Subject: Leistungsnachweise August - Frau Waltraud Bechtold
Date: Thu, 24 Sep 2026 08:41:13 +0200
Message-ID: <ko-sander-bechtold-0924@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Sander,

zur Rechnung Nr. 2026-08-0417 über Pflegesachleistungen für Frau Waltraud
Bechtold (Pflegegrad 3, Vertrag PV 5530 11874) fehlen uns noch die
abgezeichneten Leistungsnachweise für den Monat August.

Auf der Rechnung sind außerdem zweimal täglich Kompressionsstrümpfe an- und
ausziehen sowie Insulingabe abgerechnet. Das ist Behandlungspflege und wird
über die Krankenversicherung von Frau Bechtold abgerechnet, nicht über die
Pflegeversicherung. Bitte teilen Sie die Rechnung entsprechend auf.

Die Vollmacht von Frau Bechtold für die Direktabrechnung liegt uns vor.

Mit freundlichen Grüßen
Katrin Oberländer
Leistungsabteilung Pflege
Weidenau Krankenversicherung AG
"""
    return M(build(h, b, charset="windows-1252", cte="quoted-printable"), "STRICTLY_CONFIDENTIAL", "de",
             "insurer-to-care-provider",
             "care service invoice for named insured with care level 3, insulin and compression care; windows-1252")


def m032():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Formularwesen <formularwesen@weidenau-versicherung.example>
Subject: Neue Vorlage Antrag Pflegeleistungen (PV-A01) - Freigabe
Date: Mon, 31 Aug 2026 16:20:00 +0200
Message-ID: <tr-vorlage-pva01-freigabe@weidenau-versicherung.example>"""
    b = """Hallo zusammen,

anbei die überarbeitete Vorlage PV-A01 als Word-Datei. Änderungen gegenüber
Version 2024: Feld für die E-Mail-Adresse der bevollmächtigten Person,
Ankreuzfeld für die Einwilligung zum Versand über das SecureMail-Portal und
der neue Hinweis zum gemeinsamen Jahresbetrag Verhinderungs-/Kurzzeitpflege.

Die Platzhalter in «» werden vom Textsystem befüllt. Bitte bis 15.09. in die
Produktion übernehmen.

Gruß Tobias
"""
    att = [docx("Vorlage_PV-A01_Antrag_Pflegeleistungen_v2026.docx", [
        "# Antrag auf Leistungen der Pflegeversicherung",
        "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Versicherungsnummer: «Versicherungsnummer»",
        "Anschrift: «Straße» «Hausnummer», «PLZ» «Ort»",
        "Bevollmächtigte Person (falls vorhanden): «Name_Bevollmaechtigter», E-Mail «Email_Bevollmaechtigter»",
        "Ich beantrage: [ ] Pflegegeld  [ ] Pflegesachleistung  [ ] Kombinationsleistung  "
        "[ ] vollstationäre Pflege  [ ] Tages-/Nachtpflege",
        "Wer pflegt? Name der Pflegeperson: ____________  Stunden pro Woche: ____",
        "Bestehen Erkrankungen, die den Hilfebedarf verursachen? Bitte Arztberichte beifügen.",
        "[ ] Ich willige ein, dass mir Gutachten und Bescheide über das SecureMail-Portal zugestellt werden.",
        "Datum, Unterschrift: ____________",
    ])]
    return M(build(h, b, att=att), "NORMAL", "de", "internal",
             "trap: blank application form template with placeholders")


def m033():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Mrs Eleanor Voight <eleanor.voight@harbourmail.example>
Subject: Burglary claim HR-26-0033187 - list of stolen items received
Date: Tue, 13 Oct 2026 10:02:40 +0200
Message-ID: <jh-hr260033187-0113@weidenau-versicherung.example>"""
    b = """Dear Mrs Voight,

thank you for the list of stolen items and the police reference
(Polizeipräsidium Nordhessen, Tgb.-Nr. 4417/26). We have noted:

  Jewellery (ring, necklace, 2 watches)   EUR 6,850.00
  Laptop and tablet                        EUR 2,120.00
  Cash                                     EUR   380.00  (limit EUR 1,500)
  Damage to terrace door                   EUR 1,140.00

Your household policy HR-4410 311 209 covers the items at replacement value.
For the jewellery we need purchase receipts or photos; for the door, the
invoice of the carpenter is enough.

Kind regards
Julia Hesselbach
Property Claims
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "household burglary claim of named customer with amounts")


def m034():
    h = """From: IT Operations <it-operations@weidenau-versicherung.example>
To: All staff <alle@weidenau-versicherung.example>
Subject: Planned maintenance: customer portal offline Saturday 22:00-02:00
Date: Wed, 07 Oct 2026 11:00:00 +0200
Message-ID: <itops-maint-1010@weidenau-versicherung.example>"""
    b = """Dear colleagues,

the customer portal and the broker portal will be unavailable on Saturday,
10 October, from 22:00 until approx. 02:00 (database upgrade).

Please tell customers who call on Saturday evening to try again on Sunday.
E-mail and internal systems are not affected.

IT Operations
"""
    return M(build(h, b), "NORMAL", "en", "internal", "maintenance notice, nothing sensitive")


def m035():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Beschwerdemanagement <beschwerde@weidenau-versicherung.example>
Subject: FW: Complaint about care at Haus Abendrot - Mr Edwin Lorch
Date: Mon, 28 Sep 2026 09:12:00 +0200
Message-ID: <of-fw-complaint-lorch@weidenau-versicherung.example>"""
    b = """Colleagues, please log this as a complaint. The nursing home is not our
contract partner, but the daughter expects us to "do something". I have told
her we will check whether the care level still fits. Oliver

-----Original Message-----
From: Fiona Lorch-Bennett <fiona.lb@britmail.example>
Sent: Saturday, 26 September 2026 23:51
To: Oliver Fitch
Subject: Complaint about care at Haus Abendrot

Dear Mr Fitch,

I visited my father Edwin Lorch (your policy PV 7730 41208) last weekend at
Haus Abendrot in Hofgeismar and I am appalled. He has a pressure sore on his
heel that nobody told us about, he has lost 6 kg since June and the staff say
he "refuses to eat" - he has advanced dementia and simply can't use cutlery
anymore. He was left in his wet pad for hours.

He is care level 4. We pay almost EUR 3,000 a month out of pocket for this.
I want an independent review of his care and I want to know whether you can
increase his benefits to level 5.

Fiona Lorch-Bennett
(daughter, lasting power of attorney)
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "relative",
             "inline forward: daughter's complaint, pressure sore, weight loss, dementia, care level 4 of named insured")


def m036():
    h = """From: Rechtsschutz-Service <rechtsschutz@weidenau-versicherung.example>
To: Dennis Hollmann <dennis.hollmann@mailbox-nord.example>
Subject: Deckungszusage Arbeitsrechtsschutz RS-26-051 377
Date: Fri, 09 Oct 2026 13:25:18 +0200
Message-ID: <rs-26051377-zusage@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Hollmann,

für Ihre Kündigungsschutzklage gegen die Nordhessische Logistik GmbH erteilen
wir Deckungszusage für die erste Instanz vor dem Arbeitsgericht Kassel.

Zugrunde gelegt haben wir Ihr letztes Bruttomonatsgehalt von 3.940 EUR; der
Streitwert beträgt damit drei Monatsgehälter, also 11.820 EUR. Ihre
Selbstbeteiligung beträgt 150 EUR.

Ihr Anwalt, Herr RA Demir, rechnet direkt mit uns ab.

Mit freundlichen Grüßen
Ihr Rechtsschutz-Service
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "legal expenses cover with named customer's monthly salary")


def m037():
    h = """From: Pflegerecht kompakt <pflegerecht@weidenau-versicherung.example>
To: Pflegeberatung Verteiler <pflegeberatung-alle@weidenau-versicherung.example>
Subject: Pflegerecht kompakt 10/2026: BSG zu Modul 5, Fristen bei Höherstufung
Date: Thu, 08 Oct 2026 07:30:00 +0200
Message-ID: <pk-2026-10@news.weidenau-versicherung.example>"""
    b = """PFLEGERECHT KOMPAKT – Ausgabe 10/2026

1) Bundessozialgericht: Hilfe bei der Medikamentengabe in Modul 5
Eine Klägerin (84 Jahre, vorher Pflegegrad 2) hatte geltend gemacht, dass
das tägliche Richten der Tabletten durch die Tochter in Modul 5 zu bewerten
sei. Das Gericht bestätigt die bisherige Linie: maßgeblich ist die Häufigkeit
der Hilfe, nicht deren Dauer. Für die Praxis ändert sich nichts.

2) Fristen bei Höherstufungsanträgen
Zur Erinnerung: Die 25-Arbeitstage-Frist gilt auch für Höherstufungen. Bei
Überschreitung sind 70 EUR je angefangener Woche zu zahlen, es sei denn, die
Verzögerung ist nicht von uns zu vertreten.

3) Beratungseinsätze nach § 37 Abs. 3 SGB XI
Pflegegeldempfänger in PG 2 und 3: halbjährlich, PG 4 und 5: vierteljährlich.
Seit 2024 ist jeder zweite Einsatz auch per Video möglich.

Fragen an: pflegerecht@weidenau-versicherung.example
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: care-law newsletter, anonymised court case (age only)")


def m038():
    h = """From: Leistungsabrechnung Pflege <pflege-abrechnung@weidenau-versicherung.example>
To: Gisela Marquardt <gisela.marquardt@heimnetz.example>
Subject: Ihre Leistungsabrechnung Oktober
Date: Thu, 15 Oct 2026 05:12:00 +0200
Message-ID: <abr-ptg-marquardt-2026-10@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Marquardt,

im Anhang finden Sie Ihre Leistungsabrechnung für Oktober 2026.

Mit freundlichen Grüßen
Ihre Weidenau Krankenversicherung AG
"""
    att = [odt("Leistungsabrechnung_2026-10.odt", [
        "# Leistungsabrechnung Pflegetagegeld",
        "Versicherte Person: Gisela Marquardt, Vertrag PTG 4402 18866, Tarif PTG-Flex 60",
        "Pflegegrad 4 seit 01.05.2026, vollstationäre Pflege im Seniorenstift St. Martin, Fritzlar",
        "Leistungszeitraum 01.10.2026 - 31.10.2026: 31 Tage x 60,00 EUR x 100 % = 1.860,00 EUR",
        "Beitragsbefreiung ab Pflegegrad 4: aktiv",
        "Auszahlung auf IBAN DE29 6005 0101 0007 7815 53 am 16.10.2026",
    ])]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; ODT statement with care level 4, nursing home and IBAN")


def m039():
    h = """From: Hannah Birkner <hannah.birkner@weidenau-versicherung.example>
To: Events Team <events@meridian-venues.example>
Subject: Weidenau Care Forum 2027 - venue requirements
Date: Tue, 06 Oct 2026 14:48:30 +0200
Message-ID: <hb-careforum-venue@weidenau-versicherung.example>"""
    b = """Hello Ms Tanaka,

thanks for the offer for our Care Forum on 11-12 March 2027. Before we sign,
please confirm the following:

- plenary for 220 people plus 4 breakout rooms
- step-free access to all rooms, at least 6 wheelchair spaces in the plenary
  and an accessible toilet on each floor
- induction loop for hearing aids in the plenary
- quiet room for participants with dementia who attend with their relatives
  (we run a session with a self-help group)
- catering: 30 % vegetarian, diabetic-friendly desserts, soft food option

Budget as per your quote no. MV-27-0311 (EUR 38,400 net).

Best regards
Hannah Birkner
Events & Communications
Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-supplier",
             "trap: event venue requirements with wheelchair, hearing aid and dementia words, no person")


def m040():
    h = """From: Frank Dörrie <frank.doerrie@weidenau-versicherung.example>
To: Tom Ellery <t.ellery@ellery-brokers.example>
Subject: Quote building insurance for your client Mr Stefan Lüdke
Date: Wed, 14 Oct 2026 09:34:55 +0200
Message-ID: <fd-quote-luedke-1014@weidenau-versicherung.example>"""
    b = """Hi Tom,

here's the quote you asked for:

  Client:        Mr Stefan Lüdke, born 02.07.1979
  Property:      detached house, Am Sonnenhang 22, 34355 Staufenberg
  Living area:   164 sqm, built 1998, solid construction
  Cover:         fire, storm/hail, water, natural hazards incl. heavy rain
  Sum insured:   value 1914 = 27,100 Mark
  Premium:       EUR 912.40 p.a. (EUR 1,000 deductible option: EUR 798.10)

The quote is valid until 30 November. Please send the signed application
with the SEPA mandate.

Cheers
Frank
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-broker",
             "building insurance quote with named client, birth date and address")


def m041():
    h = """From: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
To: Praxis Dr. Annegret Falk <praxis.falk@hausarzt-melsungen.example>
Subject: Bitte um Befundbericht - Ihre Patientin Frau Renate Sommerfeld, geb. 30.04.1950
Date: Wed, 30 Sep 2026 10:10:10 +0200
Message-ID: <sk-befund-sommerfeld-0930@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Kollegin Falk,

Ihre Patientin Frau Renate Sommerfeld hat bei uns Leistungen aus ihrer
Pflegetagegeldversicherung beantragt. Eine Schweigepflichtentbindung für Sie
liegt uns vor (Kopie im SecureMail-Portal).

Für die Prüfung bitten wir um einen kurzen Befundbericht zu:
- Verlauf der COPD (J44.1) und aktueller Sauerstoffbedarf,
- Herzinsuffizienz NYHA-Stadium,
- Krankenhausaufenthalten seit Januar 2025.

Die Kosten übernehmen wir nach GOÄ Nr. 75 (Befundbericht). Bitte senden Sie
den Bericht über das Portal oder per Post, nicht per unverschlüsselter E-Mail.

Mit kollegialen Grüßen
Dr. med. Sabine Kortmann
Beratungsärztin
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "request to GP: COPD J44.1 and heart failure of named patient with DOB")


def m042():
    h = """From: Marco Santini <marco.santini@weidenau-versicherung.example>
To: Alle Standort Kassel <standort-kassel@weidenau-versicherung.example>
Subject: Haupteingang: Rampe wird erneuert, Defibrillator umgezogen
Date: Mon, 12 Oct 2026 07:45:12 +0200
Message-ID: <ms-rampe-aed-1012@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen,

ab Mittwoch, 14.10., wird die Rollstuhlrampe am Haupteingang erneuert
(ca. 3 Wochen). Besucherinnen und Besucher mit Rollstuhl, Rollator oder
Kinderwagen bitte über den Seiteneingang Haus B (Aufzug vorhanden) leiten.
Der Empfang ist informiert.

Der Defibrillator (AED) hängt in dieser Zeit im Foyer Haus B neben dem
Erste-Hilfe-Schrank. Die nächste Ersthelfer-Schulung ist am 04.11.,
Anmeldung über das Intranet.

Danke für euer Verständnis!
Marco Santini
Facility Management
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: building ramp and defibrillator notice, no person")


def m043():
    h = """From: Kfz-Schaden <kfz-schaden@weidenau-versicherung.example>
To: Yvonne Reichardt <yvonne.reichardt@freemail-sued.example>
Subject: Teilkasko-Schaden KS-26-118 904 - Marderbiss
Date: Tue, 22 Sep 2026 14:14:14 +0200
Message-ID: <ks26118904-regul@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Reichardt,

wir haben die Rechnung der Autowerkstatt Bäcker (Kühlwasserschlauch und
Zündkabel, 486,70 EUR) für Ihren Opel Corsa, Kennzeichen KS-YR 417, geprüft.

Der Marderbiss ist über Ihre Teilkasko versichert, inklusive Folgeschäden bis
3.000 EUR. Abzüglich Ihrer Selbstbeteiligung von 150 EUR überweisen wir
336,70 EUR auf Ihr bekanntes Konto.

Mit freundlichen Grüßen
Kfz-Schaden
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "motor partial cover claim with named customer and plate")


def m044():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Mr Aidan Corrigan <aidan.corrigan@greenpost.example>
Subject: Accident insurance UV 3301 87420 - permanent disability assessment
Date: Fri, 16 Oct 2026 11:30:45 +0200
Message-ID: <lw-uv330187420-inval@weidenau-versicherung.example>"""
    b = """Dear Mr Corrigan,

we have received the medical report by Dr Weißgerber (trauma surgery,
Kassel) on the consequences of your fall from the ladder on 14 November 2025.

The surgeon confirms a permanent restriction of your right shoulder after
the fracture of the humeral head (S42.21) with reduced lifting of the arm.
He rates the loss of function at 3/10 of the arm value.

Under your policy the arm is valued at 70 % (limb schedule), so the degree of
disability is 0.3 x 70 % = 21 %. With your sum insured of EUR 120,000 and
the progression 225 %, the payment is EUR 25,200.

You will receive the written decision by post. If you disagree with the
assessment, you can ask for a review within 3 years after the accident.

Kind regards
Lars Winterfeld
Accident Claims
Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "accident insurance disability degree, fracture S42.21 of named insured")


def m045():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: New Starters Care Team <care-newstarters@weidenau-versicherung.example>
Subject: Training case 3 (fictitious) - from application to care level
Date: Mon, 19 Oct 2026 08:20:00 +0200
Message-ID: <ko-training-case3@weidenau-versicherung.example>"""
    b = """Hi all,

for Wednesday's session please read the training case below. It is made up -
any similarity to real customers is accidental.

CASE 3 - "Mrs A." (fictitious, 82 years, lives alone, daughter 40 km away)
- Week 0: daughter calls, mother "forgets to eat", fell twice.
- Week 1: application received, power of attorney missing -> what do you do?
- Week 3: assessment: 47.5 weighted points -> which care level?
- Week 4: daughter asks for day care two days a week -> which budget?
- Week 9: objection because daughter thinks level is too low -> process?

Questions to prepare:
1. What may we tell the daughter before the power of attorney arrives?
2. How do day care and care allowance interact?
3. Who does the second assessment?

See you Wednesday, room 3.14.
Katrin
"""
    return M(build(h, b), "NORMAL", "en", "internal",
             "trap: fictitious training case about care level, no real person")


def m046():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Jörg Mettenheimer <joerg.mettenheimer@landpost.example>
Subject: Hundehaftpflicht TH-2207 411 - Tierarztrechnung Nachbarhund
Date: Mon, 05 Oct 2026 16:03:27 +0200
Message-ID: <jh-th2207411-tierarzt@weidenau-versicherung.example>"""
    b = """Hallo Herr Mettenheimer,

danke für die Unterlagen. Ihr Labrador "Bruno" hat am 27.09. beim Spaziergang
den Dackel von Frau Schnelle gebissen; die Tierarztrechnung der Kleintierpraxis
Am Anger (Wundversorgung, Naht, Antibiotikum für den Hund) beträgt 412,30 EUR.

Wir übernehmen den Betrag aus Ihrer Tierhalterhaftpflicht und zahlen direkt an
Frau Schnelle. Ein Mitverschulden sehen wir nicht, der Dackel war angeleint.

Viele Grüße
Julia Hesselbach
Haftpflicht-Schaden
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "dog liability claim, animal health only (vet bill), named persons")


def m047():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Pflegeleistungen Team 1 <pflege-team1@weidenau-versicherung.example>
Subject: WG: Rechnungen September
Date: Tue, 06 Oct 2026 10:51:09 +0200
Message-ID: <ko-fw-abendrot-rechnungen-09@weidenau-versicherung.example>"""
    b = """Hallo Team 1,

von Haus Abendrot, bitte wie immer verbuchen. Das ZIP kam an mein Postfach
statt an das Funktionspostfach.

Katrin

> Von: Verwaltung Haus Abendrot <verwaltung@haus-abendrot.example>
> Betreff: Rechnungen September
> anbei die Rechnungen September für Ihre Versicherten.
> Freundliche Grüße, M. Tschirner, Heimverwaltung
"""
    inv = pdf("Rechnung_2026-09_Ostrowski.pdf", [
        "Seniorenzentrum Haus Abendrot gGmbH - Heimverwaltung",
        "Rechnung Nr. HA-2026-09-114 vom 01.10.2026",
        "Bewohner: Herr Friedhelm Ostrowski, geb. 19.06.1939, Zimmer 2.07",
        "Kostentraeger Pflege: Weidenau Krankenversicherung AG, PV 6610 90241",
        "Pflegegrad 4 - vollstationaere Pflege 01.09.-30.09.2026",
        "Pflegesatz PG 4: 30 Tage x 98,40 EUR = 2.952,00 EUR",
        "Unterkunft und Verpflegung: 30 Tage x 31,20 EUR = 936,00 EUR",
        "Investitionskosten: 30 Tage x 19,80 EUR = 594,00 EUR",
        "Ausbildungsumlage: 86,70 EUR",
        "abzgl. Leistung Pflegekasse (PG 4): -1.855,00 EUR",
        "abzgl. Leistungszuschlag (15 %): -228,14 EUR",
        "Eigenanteil Bewohner: 2.485,56 EUR",
    ])
    lst = csv_("Abrechnungsliste_2026-09.csv", """Bewohner;Geburtsdatum;Versicherungsnummer;Pflegegrad;Tage;Pflegekassenanteil
Ostrowski, Friedhelm;19.06.1939;PV 6610 90241;4;30;1855,00
Lorch, Edwin;02.12.1936;PV 7730 41208;4;30;1855,00
Grabe, Hildegard;27.08.1931;PV 1023 55876;5;28;2096,00""", enc="windows-1252", ctype="application/vnd.ms-excel")
    att = [zip_("Abendrot_Rechnungen_2026-09.zip", [inv, lst])]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "de", "care-provider",
             "harmless body; ZIP with nursing home invoice and resident list (care levels, DOBs)")


def m048():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Referat Pflege Verband <referat-pflege@pkv-fachverband.example>
Subject: Umfrage Pflegeberatung 2025 - Rückmeldung Weidenau
Date: Fri, 18 Sep 2026 12:12:12 +0200
Message-ID: <tr-umfrage-verband-0918@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Dr. Hennings,

anbei unsere Zahlen für die Verbandsumfrage zur Pflegeberatung 2025:

  Pflegeberatungen nach § 7a gesamt:        3.118
  davon aufsuchend (Hausbesuch):             2.041
  davon telefonisch/Video:                   1.077
  Beratungseinsätze § 37 Abs. 3 vermittelt:  9.804
  durchschnittliche Dauer Hausbesuch:        78 Minuten
  häufigste Themen: Entlastungsbetrag, Wohnraumanpassung, Demenz,
                    Kurzzeitpflege nach Krankenhausaufenthalt

Personenbezogene Daten enthält die Meldung nicht.

Mit freundlichen Grüßen
Tobias Reinhardt
Teamleiter Pflegeleistungen
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-partner",
             "trap: aggregate care counselling numbers for the association")


def m049():
    h = """From: Travel Claims <travel-claims@weidenau-versicherung.example>
To: Ms Rebecca Stanhope <r.stanhope@maplemail.example>
Subject: Trip cancellation claim RR-26-2210 - job loss
Date: Thu, 08 Oct 2026 15:40:02 +0200
Message-ID: <rr262210-decision@weidenau-versicherung.example>"""
    b = """Dear Ms Stanhope,

thank you for sending the termination letter from your employer dated
28 August 2026. Unexpected loss of employment is an insured event under your
travel cancellation policy RR-9021 4470.

We reimburse the cancellation fees for your trip to Lisbon (booking no.
LX-448120, 2 persons): EUR 1,310.00 minus the deductible of 20 %, i.e.
EUR 1,048.00, to your account ending in ...4417.

Kind regards
Travel Claims Team
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "travel cancellation for job loss, named customer, no health content")


def m050():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Ms Harriet Bloom <h.bloom@bloom-law.example>
Subject: Your client Mrs Dorothea Kaiser / fall at Seniorenzentrum Waldblick - our ref. BH-26-00712
Date: Wed, 21 Oct 2026 14:05:33 +0200
Message-ID: <jh-bh2600712-bloom@weidenau-versicherung.example>"""
    b = """Dear Ms Bloom,

we act as liability insurer of Seniorenzentrum Waldblick GmbH and refer to
your letter of 12 October on behalf of Mrs Dorothea Kaiser.

According to the incident report of the home, Mrs Kaiser (care level 3,
resident since 2023) slipped on a freshly mopped corridor on 3 August 2026
and suffered a fracture of the femoral neck (S72.0), which was treated with
a hemi-arthroplasty at Klinikum Kassel. She was in hospital for 11 days and
in short-term rehabilitation until 18 September.

Before we can comment on liability we need:
- the discharge summaries of the hospital and the rehab clinic,
- a statement on her mobility before the fall (she used a walker),
- the calculation of the claimed pain and suffering (EUR 25,000).

We will review the cleaning records and the warning sign documentation of
the home in the meantime.

Kind regards
Julia Hesselbach
Liability Claims
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "liability claim with injury: femoral neck fracture S72.0 and care level of named resident")


def m051():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Pflegeleistungen Teamleitungen <pflege-tl@weidenau-versicherung.example>
Subject: Einladung: Jour fixe Pflege (Serie, dienstags)
Date: Fri, 09 Oct 2026 12:00:00 +0200
Message-ID: <tr-jourfixe-serie@weidenau-versicherung.example>"""
    b = """Hallo zusammen,

ab 20.10. verlegen wir den Jour fixe auf dienstags 9:30, Raum 2.05 oder Teams.
Einladung im Anhang.

Tobias
"""
    att = [ics("jourfixe_pflege.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weidenau//Kalender//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:jourfixe-pflege-2026@weidenau-versicherung.example
DTSTAMP:20261009T100000Z
DTSTART;TZID=Europe/Berlin:20261020T093000
DTEND;TZID=Europe/Berlin:20261020T101500
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261222T235959Z
SUMMARY:Jour fixe Pflege
LOCATION:Raum 2.05 / Teams
ORGANIZER;CN=Tobias Reinhardt:mailto:tobias.reinhardt@weidenau-versicherung.example
END:VEVENT
END:VCALENDAR""")]
    return M(build(h, b, att=att), "NORMAL", "de", "internal", "recurring meeting invitation (ICS)")


def m052():
    h = """From: Leistungserbringer-Service <leistungserbringer@weidenau-versicherung.example>
To: Kerstin Amrhein <pflege.amrhein@pflegeprofi-mail.example>
Subject: Ihre Registrierung als Leistungserbringerin - Direktabrechnung
Date: Tue, 20 Oct 2026 09:09:09 +0200
Message-ID: <le-reg-amrhein-1020@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Amrhein,

vielen Dank für Ihre Registrierung als selbstständige Pflegefachkraft für die
Direktabrechnung mit der Weidenau Krankenversicherung. Wir haben folgende
Daten gespeichert:

  Name:             Kerstin Amrhein, Pflegefachkraft (Einzelunternehmen)
  Anschrift:        Brunnenstraße 17, 34302 Guxhagen
  IK-Nummer:        46 123 4568
  Steuernummer:     025/844/10377
  Bankverbindung:   DE74 8605 5592 0111 9577 32

Rechnungen reichen Sie künftig bitte über das Leistungserbringerportal ein.
Die Zugangsdaten kommen in getrennter Post.

Mit freundlichen Grüßen
Leistungserbringer-Service
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-care-provider",
             "self-employed nurse (natural person): IBAN, tax number, address; no patients")


def m053():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Manfred Ziegenhain <m.ziegenhain@landpost.example>
Subject: Pflegebett und Hausnotruf - Kostenzusage
Date: Thu, 01 Oct 2026 13:13:31 +0200
Message-ID: <ko-hilfsmittel-ziegenhain@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Ziegenhain,

für Ihre Frau Elfriede Ziegenhain (Pflegegrad 3, PV 3391 72004) übernehmen wir:

- elektrisch verstellbares Pflegebett mit Seitengittern (leihweise über das
  Sanitätshaus Rehm, Lieferung in KW 42),
- Hausnotruf mit Basisleistung, 25,50 EUR monatlich ab Anschluss,
- zum Verbrauch bestimmte Pflegehilfsmittel (Einmalhandschuhe,
  Bettschutzeinlagen) bis 42 EUR monatlich.

Für das Bettgitter ist eine richterliche Genehmigung nicht nötig, solange
Ihre Frau damit einverstanden ist - bitte sprechen Sie das mit dem Hausarzt ab.

Mit freundlichen Grüßen
Katrin Oberländer
Leistungsabteilung Pflege
"""
    return M(build(h, b, charset="iso-8859-1", cte="quoted-printable"), "STRICTLY_CONFIDENTIAL", "de",
             "insurer-to-customer", "care aids approval for named wife with care level 3; iso-8859-1")


def m054():
    h = """From: Weidenau International <international@weidenau-versicherung.example>
To: Expat Community Newsletter <expat-news@weidenau-versicherung.example>
Subject: Long-term care in Germany - a short guide for international families
Date: Wed, 14 Oct 2026 08:00:00 +0200
Message-ID: <intl-ltc-guide-2026@news.weidenau-versicherung.example>"""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1>Long-term care in Germany &ndash; a short guide</h1>
<p>Everyone with health insurance in Germany also has compulsory long-term care insurance.
If you or a parent living in Germany need help with daily life, these are the steps:</p>
<ol>
<li><b>Apply</b> &ndash; a short phone call or form is enough. Benefits start from the month of the application.</li>
<li><b>Assessment</b> &ndash; an independent assessor visits (for private insurance: Medicproof). They look at mobility, memory, self-care, medication and everyday life.</li>
<li><b>Care level</b> &ndash; the result is one of five care levels. From level 2 there is a monthly care allowance or in-kind care by a home care service.</li>
<li><b>Extras</b> &ndash; day care, respite care, home adaptations (up to EUR 4,180 per measure) and care aids.</li>
</ol>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Situation</th><th>What to ask for</th></tr>
<tr><td>Coming home from hospital</td><td>short-term care, care aids, a care adviser visit</td></tr>
<tr><td>Relative cares at home</td><td>care allowance, pension contributions for the carer, respite care</td></tr>
<tr><td>Memory problems</td><td>day care, relief amount (EUR 131 per month)</td></tr>
</table>
<p>Questions? Our English-speaking care advisers are available Mon&ndash;Fri 9&ndash;17 h.</p>
<p style="font-size:11px">Weidenau Versicherungsgruppe &middot; Am Weidenufer 7 &middot; 34119 Kassel</p>
</body></html>"""
    return M(build(h, None, html=html), "NORMAL", "en", "newsletter",
             "trap: HTML-only guide on care levels for expats, no person")


def m055():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Sachschaden Gewerbe <sach-gewerbe@weidenau-versicherung.example>
Subject: FW: Storm damage roof - Evergreen Living Care, policy GB-8812 004
Date: Fri, 02 Oct 2026 08:30:16 +0200
Message-ID: <jh-fw-evergreen-storm@weidenau-versicherung.example>"""
    b = """Landed in the liability inbox - please take over. Commercial building policy,
contact is Mr Hargreaves (facility manager). Julia

---------- Forwarded message ---------
From: Neil Hargreaves <n.hargreaves@evergreen-living.example>
Date: Thu, 1 Oct 2026 at 19:22
Subject: Storm damage roof - Evergreen Living Care, policy GB-8812 004
To: schaden@weidenau-versicherung.example

Dear Sir or Madam,

during last night's storm part of the roof of our care residence at
Parkstraße 30, 34131 Kassel-Wilhelmshöhe, was damaged (approx. 40 tiles and
the flashing around the chimney). Water came into two unoccupied rooms on the
top floor. Nobody was hurt and no residents had to be moved.

A roofer has secured the roof provisionally. Please let me know whether you
send a loss adjuster. I can be reached on +49 561 480 2210 or mobile
+49 160 9912 447.

Neil Hargreaves
Facility Manager, Evergreen Living Care GmbH
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "company",
             "company policyholder (care residence) with named contact and mobile; nobody hurt")


def m056():
    h = """From: Leistung Berufsunfähigkeit <bu-leistung@weidenau-versicherung.example>
To: Sven Kallmeyer <sven.kallmeyer@mailbox-nord.example>
Subject: Ihr Antrag auf BU-Rente - Vertrag LV 8804 12297
Date: Mon, 26 Oct 2026 10:45:00 +0100
Message-ID: <bu-880412297-fragebogen@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Kallmeyer,

wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung
erhalten. Sie sind seit dem 11.05.2026 wegen eines Bandscheibenvorfalls L5/S1
mit Lähmung des Fußhebers arbeitsunfähig und konnten nach der Reha in Bad
Lindental nicht in Ihren Beruf als Dachdecker zurückkehren.

Für die Prüfung benötigen wir:
1. den beigefügten Fragebogen zur beruflichen Tätigkeit (Tätigkeitsbeschreibung
   mit Zeitanteilen, z. B. Arbeiten auf dem Dach, Tragen von Lasten),
2. den Reha-Entlassungsbericht und den OP-Bericht,
3. eine Schweigepflichtentbindung für Ihre behandelnden Ärzte.

Sobald alles vorliegt, entscheiden wir innerhalb von vier Wochen.

Mit freundlichen Grüßen
Ihr Leistungsteam Berufsunfähigkeit
Weidenau Lebensversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "disability (BU) claim: herniated disc, rehab, named insured (life line)")


def m057():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Reha-Management <reha-management@weidenau-versicherung.example>
Cc: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
Subject: Protokoll Prozessrunde AHB-Genehmigung 13.10.2026
Date: Wed, 14 Oct 2026 17:01:50 +0200
Message-ID: <ma-protokoll-ahb-1013@weidenau-versicherung.example>"""
    b = """Protokoll Prozessrunde AHB-Genehmigung

Datum: 13.10.2026, 14:00–15:30, Raum 3.02
Teilnehmende: Aydın, Dr. Kortmann, Reinhardt, Winterfeld, Kühn (IT)

TOP 1 – Durchlaufzeiten
48-Stunden-Ziel in 96 % erreicht. Ausreißer sind Anträge am Freitagnachmittag;
ab November Wochenendbereitschaft per Rufumleitung (nur Genehmigung bis
21 Tage, alles andere Montag).

TOP 2 – Indikationsliste
Dr. Kortmann ergänzt die Liste der "automatisch genehmigungsfähigen"
Indikationen um Knie-/Hüft-TEP nach Fraktur und kardiologische AHB nach
Bypass-OP. Onkologische AHB bleibt bei ärztlicher Einzelfallprüfung.

TOP 3 – Klinikportal
Kliniken sollen Kostenübernahmeanträge nur noch über das Portal schicken.
Per Fax eingehende Anträge werden gescannt und manuell zugeordnet.

Nächster Termin: 10.11.2026
gez. M. Aydın
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: process meeting minutes about rehab approvals, indications but no patient")


def m058():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Brunhilde Achterberg <b.achterberg@heimnetz.example>
Subject: Hausratversicherung HR-4410 118 620 - neue Anschrift
Date: Wed, 23 Sep 2026 15:55:55 +0200
Message-ID: <alv-hr4410118620-umzug@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Achterberg,

wir haben Ihre Hausratversicherung auf die neue Wohnung umgestellt:

  neue Anschrift: Seniorenwohnanlage Am Bürgerpark, Whg. 3.12,
                  Bürgerparkstraße 4, 34613 Schwalmstadt
  Wohnfläche:     54 m² (bisher 96 m²)
  neuer Beitrag:  62,40 EUR jährlich (bisher 101,80 EUR)
  gültig ab:      01.10.2026

Während des Umzugs sind Ihre Sachen in beiden Wohnungen versichert, längstens
zwei Monate. Den Nachtrag schicken wir Ihnen per Post.

Alles Gute im neuen Zuhause!
Anna-Lena Voss
Kundenservice
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "household contract address change to serviced senior flat; named customer, no health reason stated")


def m059():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Contracts Team Vitalis Clinics <contracts@vitalis-kliniken.example>
Subject: Framework agreement 2027 - daily rates rehab (draft 2)
Date: Thu, 15 Oct 2026 13:26:40 +0200
Message-ID: <ma-vitalis-rahmen-2027-d2@weidenau-versicherung.example>"""
    b = """Dear Ms Duval,

thank you for the call. Please find our position on the 2027 daily rates:

  Indication               2026 rate    your proposal   our offer
  Orthopaedics (AHB)       EUR 176      EUR 189         EUR 183
  Neurology phase C        EUR 389      EUR 415         EUR 402
  Neurology phase D        EUR 214      EUR 229         EUR 221
  Cardiology               EUR 191      EUR 204         EUR 198
  Psychosomatics           EUR 168      EUR 182         EUR 175
  Single room surcharge    EUR 65       EUR 75          EUR 70

We accept the index clause (max. 3.5 %) if the quality report per clinic
(readmissions, patient satisfaction, return-to-work rate) is delivered
quarterly.

Best regards
Mehmet Aydın
Rehabilitation Management
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-partner",
             "trap: rehab clinic framework agreement rates, no patient")


def m060():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Tendai Moyo <tendai.moyo@southmail.example>
Subject: Automatic reply: Question about care levels in Germany
Date: Fri, 23 Oct 2026 18:02:11 +0200
Message-ID: <autoreply-of-1023-1802@weidenau-versicherung.example>
Auto-Submitted: auto-replied
X-Autoreply: yes"""
    b = """Thank you for your e-mail. I am out of the office until 2 November 2026
with no access to e-mail.

For urgent questions about care claims, assessments or rehabilitation please
contact our International Care Team at +49 561 7730-4800 or
international-care@weidenau-versicherung.example.

Vielen Dank für Ihre Nachricht. Ich bin bis 02.11.2026 nicht im Büro.

Oliver Fitch
International Care Claims
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-customer",
             "trap: out-of-office auto-reply mentioning care claims generically, no data")


def m061():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Mr Kwame Asante <kwame.asante@goldcoastmail.example>
Subject: Short-term care for your wife after discharge - confirmation
Date: Tue, 20 Oct 2026 12:22:22 +0200
Message-ID: <of-kzp-asante-1020@weidenau-versicherung.example>"""
    b = """Dear Mr Asante,

as discussed on the phone: for your wife, Mrs Abena Asante (policy PV 9021
33408, care level 3 since 2025), we cover short-term care at the
Kurzzeitpflege Am Park in Baunatal from her discharge from hospital on
22 October until 12 November 2026 (22 days).

The hospital's social worker mentioned that after the second chemotherapy
cycle your wife is too weak to climb the stairs at home and needs help with
washing and dressing. Once she is home again, please let us know if she needs
a care bed or a shower chair - our care adviser Ms Heuser can visit you.

The care home will invoice us directly for the care costs; board and lodging
(about EUR 32 per day) are paid by you.

Kind regards
Oliver Fitch
International Care Claims
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "short-term care after chemotherapy, care level 3 of named wife")


def m062():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Pflegeleistungen Team 1 <pflege-team1@weidenau-versicherung.example>, Pflegeleistungen Team 2 <pflege-team2@weidenau-versicherung.example>
Subject: Textbaustein "Kein Pflegegrad" überarbeitet - ab sofort verwenden
Date: Wed, 02 Sep 2026 09:58:03 +0200
Message-ID: <tr-baustein-keinpg@weidenau-versicherung.example>"""
    b = """Hallo zusammen,

nach den Beschwerden über "unverständliche Ablehnungen" hier der neue
Textbaustein TB-PV-112. Bitte nur noch diesen nehmen.

----------------------------------------------------------------------
Sehr geehrte(r) «Anrede» «Nachname»,

die Gutachterin / der Gutachter von Medicproof hat «Pronomen_Sie» am
«Datum_Begutachtung» besucht. Dabei wurden «Punkte» gewichtete Punkte
festgestellt. Für Pflegegrad 1 sind mindestens 12,5 Punkte nötig.

Das heißt nicht, dass «Pronomen_Sie» keine Hilfe brauchen. Es bedeutet nur,
dass die Einschränkungen im Alltag derzeit (noch) nicht für einen Pflegegrad
ausreichen. Wenn sich Ihr Zustand verschlechtert, können Sie jederzeit einen
neuen Antrag stellen.

Sie können innerhalb eines Monats Widerspruch einlegen. Das vollständige
Gutachten legen wir bei.
----------------------------------------------------------------------

Gruß Tobias
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: rejection letter template with «placeholders»")


def m063():
    h = """From: Carsten Wöhler <carsten.woehler@weidenau-versicherung.example>
To: Familie Dressler <dressler.home@t-netz.example>
Subject: Leitungswasserschaden WG-26-0045 522 - Trocknung genehmigt
Date: Mon, 19 Oct 2026 10:37:00 +0200
Message-ID: <cw-wg260045522-trocknung@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Dressler, sehr geehrter Herr Dressler,

die Firma Trockenbau Eisenach hat uns das Messprotokoll für Ihr Haus in der
Kastanienallee 5, 36251 Bad Hersfeld, geschickt. Im Keller ist die Wand
zwischen Heizungsraum und Hobbyraum bis 1,20 m Höhe durchfeuchtet.

Wir genehmigen die technische Trocknung (ca. 3 Wochen, Kostenschätzung
2.870 EUR netto) und übernehmen auch den Strom für die Trockner pauschal mit
4,50 EUR je Gerät und Tag.

Ihr Vertrag: WG-220 553 018, Selbstbeteiligung 500 EUR.

Mit freundlichen Grüßen
Carsten Wöhler
Schaden Sach
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b, cte="base64"), "CONFIDENTIAL", "de", "insurer-to-customer",
             "building water claim, named policyholders and address; base64 body")


def m064():
    h = """From: Marco Santini <marco.santini@weidenau-versicherung.example>
To: Orders SecureShred <orders@secureshred.example>
Subject: PO 4500-88127 - destruction of paper files, Care Benefits archive
Date: Thu, 22 Oct 2026 08:15:00 +0200
Message-ID: <ms-po-450088127@weidenau-versicherung.example>"""
    b = """Hello,

please schedule the collection for the following order:

  PO number:   4500-88127
  Material:    paper files of the Care Benefits department (care assessments,
               doctors' letters, invoices of care homes) - retention expired
  Volume:      approx. 9.5 t, 64 locked bins (240 l)
  Standard:    DIN 66399, protection class 3, security level P-4
  Location:    basement archive, building B, ramp 2
  Date:        week 46, Tue or Wed from 07:00

Please bring the certificate of destruction to the collection, as usual.

Thanks
Marco Santini
Facility Management, Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-supplier",
             "trap: shredding order for care files, no person")


def m065():
    h = """From: Kfz-Service <kfz-service@weidenau-versicherung.example>
To: Sophie Carrington <s.carrington@carrington-insure.example>
Subject: No-claims transfer for your client Mr Daniel Hoffmann-Reyes
Date: Tue, 13 Oct 2026 11:11:11 +0200
Message-ID: <kfz-sf-hoffmannreyes@weidenau-versicherung.example>"""
    b = """Dear Ms Carrington,

we have received the no-claims certificate from the previous insurer of your
client Mr Daniel Hoffmann-Reyes (born 9 January 1986). His new policy
KF-5512 880 117 (BMW 320d Touring, plate KS-DH 2210) is now rated SF 12
(liability) and SF 9 (comprehensive) from 1 October 2026.

The new annual premium is EUR 744.18; the corrected schedule goes to the
client by post, a copy to you in the broker portal.

Kind regards
Motor Service
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-broker",
             "motor no-claims transfer of named client with birth date and plate")


def m066():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Martina Ruhland <martina.ruhland@familienpost.example>
Subject: Rentenversicherungsbeiträge für Sie als Pflegeperson
Date: Fri, 09 Oct 2026 14:30:00 +0200
Message-ID: <ko-rv-pflegeperson-ruhland@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Ruhland,

Sie pflegen Ihren Vater, Herrn Gerhard Ruhland (Pflegegrad 4, PV 2205 61833),
nach Ihren Angaben an vier Tagen pro Woche insgesamt etwa 22 Stunden und
arbeiten daneben 18 Stunden pro Woche in Teilzeit.

Damit erfüllen Sie die Voraussetzungen für Rentenversicherungsbeiträge als
nicht erwerbsmäßig tätige Pflegeperson. Wir haben Sie ab dem 01.07.2026 bei
der Deutschen Rentenversicherung gemeldet mit:

  Name:                 Martina Ruhland, geb. 17.03.1969
  Rentenversicherungsnr.: 53 170369 R 012
  Beitragsbemessung:    70 % der Bezugsgröße (PG 4, Pflegegeld)

Bitte teilen Sie uns mit, wenn sich Ihre Arbeitszeit auf mehr als 30 Stunden
erhöht oder Ihr Vater in ein Pflegeheim umzieht.

Mit freundlichen Grüßen
Katrin Oberländer
Leistungsabteilung Pflege
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "carer's pension contributions: father's care level 4, carer's DOB and pension number")


def m067():
    h = """From: Presse Weidenau <presse@weidenau-versicherung.example>
To: Presseverteiler Wirtschaft <presse-verteiler@weidenau-versicherung.example>
Subject: Pressemitteilung: Weidenau-Pflegereport 2026 – jeder dritte Pflegefall beginnt nach einem Krankenhausaufenthalt
Date: Tue, 27 Oct 2026 10:00:00 +0100
Message-ID: <pm-pflegereport-2026@presse.weidenau-versicherung.example>"""
    b = """PRESSEMITTEILUNG

Weidenau-Pflegereport 2026: Jeder dritte Pflegefall beginnt nach einem
Krankenhausaufenthalt

Kassel, 27. Oktober 2026. Bei 34 Prozent der Versicherten, die 2025 erstmals
einen Pflegegrad erhielten, ging ein Krankenhausaufenthalt in den drei Monaten
davor voraus. Häufigste Auslöser waren Stürze mit Oberschenkelhalsbruch,
Schlaganfälle und Herzinsuffizienz. Das zeigt der heute veröffentlichte
Pflegereport der Weidenau Krankenversicherung auf Basis anonymisierter Daten
von rund 4.400 Erstanträgen.

"Die Wochen nach der Entlassung entscheiden oft darüber, ob jemand zu Hause
bleiben kann", sagt Tobias Reinhardt, Leiter Pflegeleistungen. Weidenau bietet
deshalb seit 2025 eine Pflegeberatung schon im Krankenhaus an.

Weitere Ergebnisse:
- 62 % der Pflegebedürftigen werden ausschließlich von Angehörigen gepflegt.
- Pflegende Angehörige sind im Schnitt 58 Jahre alt, 71 % sind Frauen.
- Der Zuschuss für Wohnraumanpassung wurde 1.210-mal bewilligt, meist für
  bodengleiche Duschen.

Pressekontakt: Hannah Birkner, presse@weidenau-versicherung.example
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: press release with anonymised care statistics and diagnoses in aggregate")


def m068():
    h = """From: Sachschaden Privat <sach-privat@weidenau-versicherung.example>
To: Timo Brückner <timo.brueckner@mailbox-nord.example>
Subject: E-Bike-Diebstahl HR-26-0038 811
Date: Fri, 16 Oct 2026 09:20:48 +0200
Message-ID: <sp-hr260038811-ebike@weidenau-versicherung.example>"""
    b = """Hallo Herr Brückner,

danke für die Diebstahlanzeige (Polizei Kassel, Vorgang 26-118-4420) und die
Kaufrechnung. Ihr E-Bike (Riese & Müller, Rahmennummer WAR-77120-X) ist über
Ihre Hausratversicherung HR-4410 502 611 mit Fahrradklausel bis 4.000 EUR
versichert.

Wir erstatten den Zeitwert von 3.150 EUR. Falls das Rad wieder auftaucht,
melden Sie sich bitte bei uns.

Viele Grüße
Sachschaden Privat
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "household bike theft claim of named customer")


def m069():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Patientenverwaltung Fachklinik Hohe Warte <patientenverwaltung@hohe-warte.example>
Subject: Verlängerungsantrag Herr Ulrich Baumbach - Rückfrage
Date: Mon, 26 Oct 2026 08:48:19 +0100
Message-ID: <ma-verl-baumbach-1026@weidenau-versicherung.example>"""
    b = """Sehr geehrte Damen und Herren,

zu Ihrem Antrag vom 23.10.2026 auf Verlängerung der Rehabilitation von Herrn
Ulrich Baumbach (KV 6603 11752) um 14 Tage benötigen wir noch eine kurze
ärztliche Begründung.

Laut Zwischenbericht: Zustand nach Bypass-OP (3-fach ACVB am 28.09.2026),
Belastbarkeit im Ergometer 75 W, Wundheilungsstörung sternal. Bitte teilen Sie
mit, welches Reha-Ziel in der Verlängerung erreicht werden soll (z. B.
100 W für die Rückkehr an den Arbeitsplatz) und ob die Wunde weiter
chirurgisch versorgt werden muss.

Mit freundlichen Grüßen
Mehmet Aydın
Reha-Management
"""
    html = """<html><body><p>Sehr geehrte Damen und Herren,</p>
<p>zu Ihrem Antrag vom 23.10.2026 auf Verlängerung der Rehabilitation von <b>Herrn Ulrich Baumbach</b> (KV 6603 11752) um 14 Tage benötigen wir noch eine kurze ärztliche Begründung.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Diagnose</td><td>Zustand nach Bypass-OP (3-fach ACVB am 28.09.2026)</td></tr>
<tr><td>Belastbarkeit</td><td>Ergometer 75 W</td></tr>
<tr><td>Komplikation</td><td>Wundheilungsstörung sternal</td></tr>
</table>
<p>Bitte teilen Sie mit, welches Reha-Ziel in der Verlängerung erreicht werden soll und ob die Wunde weiter chirurgisch versorgt werden muss.</p>
<p>Mit freundlichen Grüßen<br>Mehmet Aydın<br>Reha-Management</p></body></html>"""
    return M(build(h, b, html=html), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-clinic",
             "rehab extension query: bypass surgery, wound healing disorder of named patient (text and HTML)")


def m070():
    h = """From: Ruth Amsel <ruth.amsel@weidenau-versicherung.example>
To: Project Video Assessment <project-videoassessment@weidenau-versicherung.example>
Subject: DPIA summary - video-based follow-up assessments (draft for sign-off)
Date: Wed, 21 Oct 2026 16:16:16 +0200
Message-ID: <ra-dpia-video-1021@weidenau-versicherung.example>"""
    b = """Hi all,

here is the summary of the data protection impact assessment for the pilot
"video follow-up assessments" - please comment by Friday.

Processing: video call between assessor, insured person and (optionally)
relatives for repeat assessments of care level; no recording.
Data categories: health data (Art. 9 GDPR), data of relatives, image and voice.
Main risks:
  R1 third parties in the room hear sensitive information -> mitigation:
     assessor asks who is present, insured may ask others to leave
  R2 video provider processes metadata outside the EU -> provider with EU
     hosting only, DPA signed
  R3 insured persons with cognitive impairment cannot consent -> only with
     the authorised representative present
Residual risk: acceptable with the measures above.

Ruth Amsel
Data Protection Officer
"""
    return M(build(h, b), "NORMAL", "en", "internal",
             "trap: DPIA summary about health data processing, no person")


def m071():
    h = """From: Gewerbe-Kfz <gewerbe-kfz@weidenau-versicherung.example>
To: Birgit Hallenberger <b.hallenberger@tagespflege-sonnenblume.example>
Subject: Flottenvertrag FL-2290 14 - Verlängerung 2027, Kleinbusse Fahrdienst
Date: Wed, 28 Oct 2026 13:40:07 +0100
Message-ID: <gk-fl229014-2027@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Hallenberger,

anbei unser Verlängerungsangebot für die Fahrzeugflotte der Tagespflege
Sonnenblume GmbH:

  Fahrzeuge:   4 Kleinbusse (2x VW Crafter mit Rollstuhlrampe, 2x Ford Transit)
  Schadenquote 2024-2026: 38 %
  Beitrag 2027: 7.812,00 EUR netto (2026: 7.455,00 EUR)
  Insassenunfall bleibt eingeschlossen

Ihr Schaden vom März (Parkrempler, Crafter KS-TS 402) ist eingerechnet.
Für die Zusage genügt eine kurze Mail von Ihnen bis 20.11.

Mit freundlichen Grüßen
Gewerbe-Kfz
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-company",
             "company fleet contract with named contact person, claim history")


def m072():
    inner = inner_mail("""From: International Office Klinik Sonnenhang <international@klinik-sonnenhang.example>
To: Mehmet Aydin <mehmet.aydin@weidenau-versicherung.example>
Subject: Interim report - Mr Thomas Greaves
Date: Mon, 12 Oct 2026 15:02:44 +0200
Message-ID: <sonnenhang-ir-greaves@klinik-sonnenhang.example>""", """Dear Mr Aydin,

as requested, our interim report after 3 weeks of neurological
rehabilitation of Mr Thomas Greaves (born 11/05/1968):

- Motor function: walks 150 m with a quad cane, still unsafe on stairs;
  right hand grip strength improving (Barthel index 55 -> 75).
- Speech: mild word-finding difficulties, fluent in English; German
  therapy limited.
- Mood: low mood since week 2, screened positive for post-stroke depression
  (PHQ-9: 14), sertraline 50 mg started.
- Recommendation: extension by 14 days, then outpatient therapy; driving
  not before a neurological re-assessment.

Kind regards
Dr. Ilse Brandauer
Senior Physician, Neurology""")
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
Subject: Fwd: Interim report
Date: Tue, 13 Oct 2026 08:03:00 +0200
Message-ID: <ma-fwd-ir-greaves@weidenau-versicherung.example>"""
    b = """Sabine, can you take a look before I approve the extension? Thanks, M.
"""
    return M(build(h, b, fwd=inner), "STRICTLY_CONFIDENTIAL", "en", "clinic",
             "forwarded message/rfc822 only: rehab interim report, depression, medication of named patient")


def m073():
    h = """From: Elif Korkmaz <elif.korkmaz@weidenau-versicherung.example>
To: Vertrieb MediShop Böttcher <vertrieb@medishop-boettcher.example>
Subject: Bestellung Gesundheitstag 12.11. - Blutdruckmessgeräte und Material
Date: Mon, 19 Oct 2026 11:45:00 +0200
Message-ID: <ek-bestellung-gesundheitstag@weidenau-versicherung.example>"""
    b = """Guten Tag Herr Böttcher,

für unseren Gesundheitstag am 12.11. bestellen wir gemäß Ihrem Angebot
AN-26-3391:

  6x Oberarm-Blutdruckmessgerät, validiert           je 48,90 EUR
  2x Blutzuckermessgerät inkl. 200 Teststreifen        je 61,00 EUR
  400x Einmal-Lanzetten                                18,40 EUR
  1x Körperfettwaage                                   79,00 EUR
  Desinfektionsmittel, Tupfer, Pflaster (Paket M)      34,50 EUR

Lieferung bis 09.11. an Weidenau Versicherungsgruppe, Betriebliches
Gesundheitsmanagement, Am Weidenufer 7, 34119 Kassel. Rechnung an
Kostenstelle 1200.

Mit freundlichen Grüßen
Elif Korkmaz
Personal / BGM
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for blood pressure and glucose meters for a health day")


def m074():
    h = """From: Travel Claims <travel-claims@weidenau-versicherung.example>
To: Mr Luca Benedetti <luca.benedetti@peninsula-mail.example>
Subject: Delayed baggage RG-26-1177 - payment
Date: Wed, 30 Sep 2026 17:20:00 +0200
Message-ID: <rg261177-payment@weidenau-versicherung.example>"""
    b = """Dear Mr Benedetti,

your suitcase arrived in Naples 46 hours late (flight FR 8412, 14 Sept.).
Under your travel baggage policy RG-7730 5514 we reimburse emergency
purchases up to EUR 400.

Accepted: clothing EUR 212.40, toiletries EUR 38.95 = EUR 251.35.
Payment goes to IBAN DE50 2505 0180 0051 0377 88 within 3 working days.

Kind regards
Travel Claims Team
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "baggage delay claim with named customer and IBAN")


def m075():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Fachdienst Soziales Landkreis Wetterstein <hzp@landkreis-wetterstein.example>
Subject: Ihr Az. 50.2-HzP-2026-1183 - Herr Friedhelm Ostrowski
Date: Mon, 05 Oct 2026 15:00:04 +0200
Message-ID: <ko-antwort-hzp-ostrowski@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Wendlandt,

die Schweigepflichtentbindung von Herrn Ostrowski liegt uns jetzt vor. Wir
beantworten Ihre Fragen wie folgt:

1. Pflegegrad 4, festgestellt mit Gutachten vom 14.02.2025, gültig ab
   01.01.2025.
2. Leistung vollstationäre Pflege: 1.855,00 EUR monatlich, dazu der
   Leistungszuschlag nach § 43c SGB XI (derzeit 15 %, ab 2027 30 %).
   Die Zahlung erfolgt direkt an Haus Abendrot.
3. Eine private Pflegezusatzversicherung besteht bei uns nicht.

Mit freundlichen Grüßen
Katrin Oberländer
Leistungsabteilung Pflege
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-social-services",
             "care level 4 and nursing home benefits of named person to social services")


def m076():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Weidenau International Care <international-care@weidenau-versicherung.example>, Pflegeleistungen alle <pflege-alle@weidenau-versicherung.example>
Subject: Welcome Amira! / Neue Kollegin im International Care Team
Date: Mon, 02 Nov 2026 08:30:00 +0100
Message-ID: <of-welcome-amira@weidenau-versicherung.example>"""
    b = """Hi everyone, liebe Kolleginnen und Kollegen,

please welcome Amira Haddad, who joins the International Care team today.
Amira is a trained nurse and worked for six years in a neurological rehab
clinic before she moved into case management. She speaks Arabic, English,
French and German.

Amira verstärkt ab heute unser Team und übernimmt die Fälle mit Buchstaben
N-Z. Ihr Platz ist 3.18, Durchwahl -4874. Sagt gern Hallo in der Kaffeeküche!

Oliver
"""
    return M(build(h, b), "NORMAL", "mixed", "internal",
             "trap: personnel announcement of a named colleague, nursing background, no private data")


def m077():
    h = """From: Beitragsservice <beitragsservice@weidenau-versicherung.example>
To: Rüdiger Quast <r.quast@landpost.example>
Subject: Zahlungserinnerung Hausratversicherung HR-4410 077 318
Date: Thu, 29 Oct 2026 06:00:00 +0100
Message-ID: <bs-mahnung-hr4410077318@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Quast,

leider konnten wir den Beitrag für Ihre Hausratversicherung HR-4410 077 318
nicht einziehen. Ihre Bank hat die Lastschrift vom 01.10.2026 zurückgegeben
(Grund: Konto erloschen).

  offener Beitrag:      148,20 EUR
  Rücklastschriftgebühr:  3,00 EUR
  Gesamt:               151,20 EUR

Bitte überweisen Sie den Betrag bis 19.11.2026 auf unser Konto bei der
Kasseler Landesbank oder teilen Sie uns eine neue Bankverbindung mit.

Mit freundlichen Grüßen
Beitragsservice
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "premium arrears in household insurance of named customer")


def m078():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Ms Ingrid Sørensen <ingrid.sorensen@nordlys-mail.example>
Subject: Day care reimbursement for your father, July-September
Date: Thu, 22 Oct 2026 14:47:28 +0200
Message-ID: <of-daycare-sorensen-q3@weidenau-versicherung.example>"""
    b = """Dear Ms Sørensen,

we have reimbursed the day care invoices for your father, Mr Henrik Sørensen
(policy PV 4408 27715, care level 3, dementia). Summary:

  Month       Days   Invoice       Reimbursed
  July          12   EUR 1,044.00  EUR 1,044.00
  August        13   EUR 1,131.00  EUR 1,131.00
  September     12   EUR 1,044.00  EUR 1,044.00

Transport and meals are not covered by the day care benefit; you can use the
monthly relief amount (EUR 131) for them - please send those receipts
separately.

Kind regards
Oliver Fitch
"""
    html = """<html><body style="font-family:Calibri,Arial">
<p>Dear Ms Sørensen,</p>
<p>we have reimbursed the day care invoices for your father, <b>Mr Henrik Sørensen</b> (policy PV 4408 27715, care level 3, dementia). Summary:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Month</th><th>Days</th><th>Invoice</th><th>Reimbursed</th></tr>
<tr><td>July</td><td>12</td><td>EUR 1,044.00</td><td>EUR 1,044.00</td></tr>
<tr><td>August</td><td>13</td><td>EUR 1,131.00</td><td>EUR 1,131.00</td></tr>
<tr><td>September</td><td>12</td><td>EUR 1,044.00</td><td>EUR 1,044.00</td></tr>
</table>
<p>Transport and meals are not covered by the day care benefit; you can use the monthly relief amount (EUR&nbsp;131) for them.</p>
<p>Kind regards<br>Oliver Fitch</p></body></html>"""
    return M(build(h, b, html=html), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "day care reimbursement table, dementia and care level 3 of named father (text and HTML)")


def m079():
    h = """From: Simon Ledermann <simon.ledermann@weidenau-versicherung.example>
To: Controlling Leistung <controlling-leistung@weidenau-versicherung.example>
Subject: Gutachterkosten Pflege Q1-Q3 2026
Date: Tue, 20 Oct 2026 09:37:12 +0200
Message-ID: <sl-gutachterkosten-q3@weidenau-versicherung.example>"""
    b = """Hallo Controlling,

anbei die Gutachterkosten Pflege je Quartal, wie für die Hochrechnung
gewünscht. Grundlage sind die Sammelrechnungen von Medicproof, keine
Einzelfälle.

Kurz: Stückkosten Erstgutachten leicht gestiegen (Tarifanpassung 04/2026),
Anteil Aktenlagegutachten bei 9 %.

Simon
"""
    att = [xlsx("Gutachterkosten_Pflege_2026_Q1-Q3.xlsx", [
        ("Kosten", [
            ("Quartal", "Erstgutachten", "Höherstufung", "Wiederholung", "Aktenlage", "Kosten EUR"),
            ("Q1/2026", 1012, 598, 143, 161, 812340.00),
            ("Q2/2026", 1097, 577, 151, 170, 861020.50),
            ("Q3/2026", 1184, 612, 139, 190, 934877.25),
        ]),
    ])]
    return M(build(h, b, att=att), "NORMAL", "de", "internal",
             "trap: aggregate assessment costs per quarter (XLSX)")


def m080():
    h = """From: Pet Claims <pet-claims@weidenau-versicherung.example>
To: Ms Olivia Whitfield <olivia.whitfield@harbourmail.example>
Subject: Vet invoice for "Mochi" - pet health policy TK-3310 852
Date: Mon, 12 Oct 2026 13:05:55 +0200
Message-ID: <pc-tk3310852-mochi@weidenau-versicherung.example>"""
    b = """Dear Ms Whitfield,

we have checked the invoice of Tierklinik Fuldatal for your cat Mochi
(British Shorthair, 9 years): dental treatment under anaesthesia with
extraction of two teeth, blood test, EUR 684.20 according to GOT.

Your pet health policy covers 80 % after the annual deductible of EUR 100:
EUR 467.36 will be paid to your account within the next few days.

Kind regards
Pet Claims Team
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "pet health claim (animal health only), named customer")


def m081():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Erwin Stöcklein <erwin.stoecklein@landpost.example>
Subject: Ihr Antrag auf Pflegeleistungen - Ergebnis
Date: Wed, 28 Oct 2026 11:19:40 +0100
Message-ID: <ko-ablehnung-stoecklein@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Stöcklein,

die Gutachterin von Medicproof hat Sie am 12.10.2026 zu Hause besucht. Sie hat
9,5 gewichtete Punkte festgestellt. Für Pflegegrad 1 sind mindestens 12,5
Punkte nötig, daher können wir Ihnen derzeit leider keine Leistungen aus der
Pflegepflichtversicherung (PV 7120 30415) zahlen.

Die Gutachterin beschreibt, dass Sie nach der Knie-OP noch am Rollator gehen,
sich aber selbstständig waschen und anziehen und Ihre Tabletten (Blutdruck,
Blutverdünner) allein richten. Sie rechnet damit, dass sich die Mobilität
nach der Physiotherapie weiter bessert.

Wenn sich Ihr Zustand verschlechtert, stellen Sie gern einen neuen Antrag.
Sie können innerhalb eines Monats Widerspruch einlegen.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "care application rejected: assessment points, knee surgery, medication of named insured")


def m082():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Account Management Medicproof <key-account@medicproof.example>
Subject: SLA report September - turnaround times
Date: Thu, 08 Oct 2026 10:24:00 +0200
Message-ID: <tr-sla-mp-2026-09@weidenau-versicherung.example>"""
    b = """Dear Mr Lindgren,

thanks for the September SLA report. Our own figures (attached, ODS) match
yours except for the repeat assessments, where we count 3 more late cases -
probably the ones that were put on hold because the insured was in hospital.

Overall the target of 90 % within 20 working days was met (93.4 %).
Could we discuss the video assessment pilot at the quarterly meeting?

Best regards
Tobias Reinhardt
"""
    att = [ods("SLA_Medicproof_2026-09.ods", [
        ("September", [
            ("Type", "Orders", "Done <= 20 WD", "Done 21-25 WD", "Late > 25 WD", "Share on time"),
            ("First assessment", 402, 379, 18, 5, "94.3 %"),
            ("Higher care level", 211, 194, 12, 5, "91.9 %"),
            ("Repeat assessment", 48, 44, 1, 3, "91.7 %"),
            ("Total", 661, 617, 31, 13, "93.4 %"),
        ]),
    ])]
    return M(build(h, b, att=att), "NORMAL", "en", "insurer-to-assessor",
             "trap: aggregate SLA figures of the assessment service (ODS)")


def m083():
    h = """From: Frank Dörrie <frank.doerrie@weidenau-versicherung.example>
To: Antragsprüfung Sach <antrag-sach@weidenau-versicherung.example>
Subject: WG: Antrag Wohngebäude Eheleute Freitag
Date: Fri, 30 Oct 2026 10:02:25 +0100
Message-ID: <fd-fw-antrag-freitag@weidenau-versicherung.example>"""
    b = """Bitte policieren, Makler ist Herr Tiedemann (VM-Nr. 30771). Danke, F. Dörrie

-------- Weitergeleitete Nachricht --------
Betreff: Antrag Wohngebäude Eheleute Freitag
Datum: Thu, 29 Oct 2026 19:44:10 +0100
Von: Jens Tiedemann <info@tiedemann-vorsorge.example>
An: Frank Dörrie <frank.doerrie@weidenau-versicherung.example>

Hallo Herr Dörrie,

anbei wie besprochen die Daten für den Wohngebäudeantrag:

VN: Holger Freitag, geb. 21.08.1974, und Sabine Freitag, geb. 05.01.1977
Objekt: Zweifamilienhaus, Eichweg 11, 34266 Niestetal, Bj. 1963,
        2018 kernsaniert, 210 m², eine Wohnung vermietet
Beginn: 01.12.2026, Vorversicherer Kasseler Feuer, schadenfrei
Zahlung: jährlich per Lastschrift, IBAN DE86 4405 0199 0391 1400 20

Gruß
Jens Tiedemann
Versicherungsmakler
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "broker",
             "inline forward of broker: named applicants with birth dates, address and IBAN")


def m084():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Carola Neuendorf <carola.neuendorf@familienpost.example>
Subject: AW: Krankentagegeld meines Mannes
Date: Fri, 23 Oct 2026 09:09:51 +0200
Message-ID: <lw-aw-neuendorf-1023@weidenau-versicherung.example>
In-Reply-To: <cn-ktg-1022@familienpost.example>"""
    b = """Sehr geehrte Frau Neuendorf,

vielen Dank, die Unterlagen sind vollständig angekommen. Wir melden uns bis
Ende nächster Woche.

Mit freundlichen Grüßen
Lars Winterfeld
Leistung Krankentagegeld

Am 22.10.2026 um 21:17 schrieb Carola Neuendorf:
> Sehr geehrter Herr Winterfeld,
>
> anbei wie gewünscht der Reha-Bericht und der Wiedereingliederungsplan
> für meinen Mann Achim Neuendorf (Vertrag KT 3390 55081). Er hatte ja am
> 4. Juli den Herzinfarkt mit zwei Stents und war dann bis 20.08. in der
> kardiologischen Reha in Bad Ebersau. Die Ärztin dort sagt, er soll ab
> 02.11. mit 4 Stunden anfangen und ab Dezember wieder voll arbeiten.
> Er nimmt jetzt ASS, Ticagrelor, Bisoprolol und ein Statin.
>
> Bekommt er während der Wiedereingliederung weiter das Krankentagegeld?
> Das Gehalt zahlt der Arbeitgeber dann ja nur anteilig.
>
> Mit freundlichen Grüßen
> Carola Neuendorf
"""
    return M(build(h, b, flowed=False), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless reply; quoted part: heart attack, rehab, medication, return-to-work of named insured")


def m085():
    h = """From: Kantine Weidenau <kantine@weidenau-versicherung.example>
To: Alle Standort Kassel <standort-kassel@weidenau-versicherung.example>
Subject: Speiseplan KW 45
Date: Fri, 30 Oct 2026 12:00:00 +0100
Message-ID: <kantine-kw45@weidenau-versicherung.example>"""
    b = """Speiseplan KW 45

Mo  Linsensuppe mit Würstchen / vegan: Linsensuppe mit Räuchertofu
Di  Hähnchengeschnetzeltes, Reis / Gemüsecurry
Mi  Ahle-Wurscht-Brotzeit / Käsespätzle
Do  Schnitzel, Bratkartoffeln / Falafel-Bowl
Fr  Seelachsfilet, Kartoffelsalat / Flammkuchen vegetarisch

Guten Appetit!
Ihr Kantinenteam
"""
    return M(build(h, b, flowed=True), "NORMAL", "de", "internal", "canteen menu")


def m086():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Mrs Anjali Mehta <anjali.mehta@lotusmail.example>
Subject: Broken window at your neighbour's - claim 26-HS-0092310
Date: Tue, 27 Oct 2026 15:15:15 +0100
Message-ID: <jh-hs0092310-en@weidenau-versicherung.example>"""
    b = """Dear Mrs Mehta,

thank you for letting us know that your son's football broke the kitchen
window of your neighbour Mr Falkenberg (Ahornweg 6, Vellmar) on 24 October.
Nobody was hurt.

Your family liability policy PH-7730 340 086 covers this. Please ask Mr
Falkenberg to send us the glazier's invoice; we will pay him directly.

Kind regards
Julia Hesselbach
Liability Claims
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "family liability claim, named persons and address, nobody hurt")


def m087():
    h = """From: Maklerbetreuung <maklerbetreuung@weidenau-versicherung.example>
To: Maklerverteiler Nordhessen <makler-nordhessen@weidenau-versicherung.example>
Subject: Verkaufsargumente PTG-Flex: Pflegelücke mit Musterkunden erklären
Date: Mon, 26 Oct 2026 07:45:00 +0100
Message-ID: <mb-ptgflex-argumente@weidenau-versicherung.example>"""
    b = """Liebe Partnerinnen und Partner,

zum Jahresendgeschäft hier eine Beispielrechnung, die in Beratungsgesprächen
gut funktioniert. Es handelt sich um einen erfundenen Musterkunden.

Musterkunde "Herr M." (fiktiv), 45 Jahre, Angestellter:
  Heimkosten vollstationär (Durchschnitt Hessen):   ca. 4.650 EUR/Monat
  Leistung Pflegepflichtversicherung PG 4:           1.855 EUR
  Leistungszuschlag im 1. Jahr:                       ca. 430 EUR
  verbleibende Pflegelücke:                          ca. 2.365 EUR/Monat

  PTG-Flex mit 80 EUR Tagegeld zahlt in PG 4:        2.400 EUR/Monat
  Beitrag mit 45 Jahren:                             61,12 EUR/Monat

Die Gesundheitsfragen (4 Fragen, u. a. Demenz, Parkinson, MS in den letzten
5 Jahren) finden Sie im Antrag. Abschlüsse bis 31.12. ohne Wartezeit.

Ihre Maklerbetreuung
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-broker",
             "trap: sales text with fictitious sample customer and health questions, no person")


def m088():
    h = """From: Kfz-Service <kfz-service@weidenau-versicherung.example>
To: Franziska Leupold <franziska.leupold@freemail-sued.example>
Cc: Walter Leupold <walter.leupold@landpost.example>
Subject: Übertragung Schadenfreiheitsrabatt von Herrn Walter Leupold
Date: Wed, 04 Nov 2026 10:30:00 +0100
Message-ID: <kfz-sf-leupold-1104@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Leupold, sehr geehrter Herr Leupold,

wir haben die Übertragungserklärung erhalten. Herr Walter Leupold
(geb. 02.02.1938) gibt seinen Vertrag KF-5512 220 914 zum 30.11.2026 auf und
überträgt den Schadenfreiheitsrabatt SF 35 auf seine Tochter Franziska
Leupold (geb. 11.09.1972).

Weil Frau Leupold selbst bisher nur SF 7 hatte, kann maximal so viel
übertragen werden, wie sie selbst hätte erfahren können: Ihr neuer Vertrag
für den Skoda Octavia (KS-FL 911) läuft ab 01.12.2026 mit SF 31.

Mit freundlichen Grüßen
Kfz-Service
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b, charset="windows-1252", cte="quoted-printable"), "CONFIDENTIAL", "de",
             "insurer-to-customer", "no-claims transfer father to daughter, birth dates and plate; no reason given; windows-1252")


def m089():
    h = """From: Dr. Sabine Kortmann <sabine.kortmann@weidenau-versicherung.example>
To: Dr. Chidi Nnamdi <praxis@nnamdi-psychiatrie.example>
Subject: Your patient Ms Claire Moreau - graded return to work
Date: Thu, 01 Oct 2026 15:40:30 +0200
Message-ID: <sk-nnamdi-moreau-1001@weidenau-versicherung.example>"""
    b = """Dear Dr Nnamdi,

your patient Ms Claire Moreau has given us consent (copy attached in the
secure portal) to contact you regarding her daily sickness allowance.

Her employer proposes a graded return to work starting on 19 October with
3 hours per day. Could you briefly confirm:

1. that the current episode (F32.1) has improved enough for this plan,
2. the current medication (we have escitalopram 10 mg from the last report),
3. whether psychotherapy continues in parallel and how often.

We pay a flat fee of EUR 45 for the statement.

With kind regards
Dr. med. Sabine Kortmann
Consulting Physician
Weidenau Krankenversicherung AG
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
             "psychiatrist query: depression F32.1, medication, return-to-work of named patient")


def m090():
    h = """From: Weidenau Pflegeberatung <pflegeberatung@weidenau-versicherung.example>
To: Carers Network Newsletter <carers-news@weidenau-versicherung.example>
Subject: Free webinar: Caring for the carer - 19 November, 18:00
Date: Thu, 05 Nov 2026 09:00:00 +0100
Message-ID: <pb-webinar-carers-1119@news.weidenau-versicherung.example>"""
    b = """Caring for a parent or partner at home is hard work. In our free webinar
our care advisers explain

- which benefits help you take a break (respite care, day care, short-term care),
- how to avoid back pain when lifting and moving someone,
- where to find a self-help group for relatives of people with dementia,
- how pension contributions for carers work.

Date: Thursday, 19 November 2026, 18:00-19:15 CET, in English.
The calendar entry is attached - the link follows one day before.

Weidenau Pflegeberatung
"""
    att = [ics("webinar_caring_for_the_carer.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weidenau//Webinar//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-carers-20261119@weidenau-versicherung.example
DTSTAMP:20261105T080000Z
DTSTART:20261119T170000Z
DTEND:20261119T181500Z
SUMMARY:Webinar: Caring for the carer
DESCRIPTION:Respite care, back-friendly lifting, dementia self-help groups, pension contributions for carers.
LOCATION:Online
END:VEVENT
END:VCALENDAR""")]
    return M(build(h, b, att=att), "NORMAL", "en", "newsletter",
             "trap: webinar invitation for carers with care vocabulary (ICS), no person")


def m091():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Ilse Dannenberg <ilse.dannenberg@heimnetz.example>
Subject: Kombinationsleistung ab November - Berechnung
Date: Mon, 02 Nov 2026 10:10:00 +0100
Message-ID: <ko-kombi-dannenberg-1102@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Dannenberg,

ab November kommt der Pflegedienst Sander zweimal täglich zu Ihrem Mann
Kurt Dannenberg (Pflegegrad 2, PV 8840 12659) zum Waschen und für die
Kompressionsstrümpfe. Daneben pflegen Sie selbst. Das ist eine
Kombinationsleistung:

  Sachleistung PG 2 (Höchstbetrag)     796,00 EUR
  davon verbraucht (Rechnung Sander)   318,40 EUR = 40 %
  Pflegegeld PG 2                      347,00 EUR
  anteiliges Pflegegeld (60 %)         208,20 EUR

Das anteilige Pflegegeld überweisen wir jeweils nach Eingang der
Pflegedienstrechnung.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    html = """<html><body><p>Sehr geehrte Frau Dannenberg,</p>
<p>ab November kommt der Pflegedienst Sander zweimal täglich zu Ihrem Mann <b>Kurt Dannenberg</b> (Pflegegrad 2, PV 8840 12659). Das ist eine Kombinationsleistung:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Sachleistung PG 2 (Höchstbetrag)</td><td align="right">796,00 EUR</td></tr>
<tr><td>davon verbraucht (Rechnung Sander)</td><td align="right">318,40 EUR = 40 %</td></tr>
<tr><td>Pflegegeld PG 2</td><td align="right">347,00 EUR</td></tr>
<tr><td><b>anteiliges Pflegegeld (60 %)</b></td><td align="right"><b>208,20 EUR</b></td></tr>
</table>
<p>Mit freundlichen Grüßen<br>Katrin Oberländer</p></body></html>"""
    return M(build(h, b, html=html), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "combined care benefit calculation, care level 2 of named husband (text and HTML table)")


def m092():
    h = """From: IT-Sicherheit <it-sicherheit@weidenau-versicherung.example>
To: Alle Mitarbeitenden <alle@weidenau-versicherung.example>
Subject: Warnung: gefälschte Mails "Ihr Pflegegutachten liegt bereit"
Date: Tue, 03 Nov 2026 11:48:00 +0100
Message-ID: <itsec-phishing-pflegegutachten@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen,

seit heute Morgen kursieren Phishing-Mails mit dem Betreff "Ihr Pflegegutachten
liegt bereit" oder "Neue Arztrechnung zur Erstattung". Sie sehen aus wie unsere
Portal-Benachrichtigungen, der Link führt aber auf weidenau-portal-login.example.

- Nicht klicken, keine Zugangsdaten eingeben.
- Mail über den Button "Phishing melden" in Outlook weiterleiten.
- Wenn Kundinnen oder Kunden anrufen: Wir verschicken niemals Gutachten oder
  Rechnungen als Link per Mail, sondern nur die Benachrichtigung ohne Inhalt.

Danke!
IT-Sicherheit
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: phishing warning quoting care assessment and doctor's bill subjects, no person")


def m093():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Mr Mateo Alvarez Ruiz <mateo.alvarez@solmail.example>
Subject: Your household insurance offer - Weidenau Hausrat Komfort
Date: Wed, 04 Nov 2026 13:03:31 +0100
Message-ID: <alv-offer-alvarez-1104@weidenau-versicherung.example>"""
    b = """Dear Mr Alvarez Ruiz,

welcome to Kassel! As requested, here is your offer:

  Policyholder:   Mateo Alvarez Ruiz, born 30 June 1990
  Address:        Wilhelmshöher Allee 201, 34121 Kassel, 3rd floor
  Living area:    68 sqm
  Sum insured:    EUR 44,200 (EUR 650/sqm, no underinsurance)
  Options:        bicycle theft up to EUR 2,000, glass breakage
  Premium:        EUR 9.81 per month

If you accept, just reply "I accept" and send us your IBAN for the direct
debit. The policy can start the day after we receive your reply.

Best regards
Anna-Lena Voss
Customer Service
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "household offer with named customer's birth date and address")


def m094():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Pflegeleistungen Team 2 <pflege-team2@weidenau-versicherung.example>
Subject: FW: Visit not possible - order 26-PB-44817
Date: Wed, 30 Sep 2026 08:58:14 +0200
Message-ID: <ko-fw-mp-44817-visit@weidenau-versicherung.example>"""
    b = """FYI - Frist ruht, bitte Wiedervorlage in 3 Wochen. K.

----- Forwarded message from Dr. Moira Keane <m.keane@medicproof.example> -----
Date: Tue, 29 Sep 2026 17:44:02 +0200
Subject: Visit not possible - order 26-PB-44817

Dear Ms Oberländer,

I went to see Mr Ashdown-Beck in Staufen today as arranged. His son told me
that he was admitted to hospital on Sunday with aspiration pneumonia after a
choking episode - apparently his swallowing has got much worse with the
Parkinson's. He is on the geriatric ward in Freiburg and may be discharged to
short-term care.

I suggest we postpone the assessment until he is discharged, or do it at the
short-term care facility if that is where he goes.

Kind regards
Dr. Moira Keane
Assessor, Medicproof
----- End forwarded message -----
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "assessor",
             "inline forward of assessor: aspiration pneumonia, Parkinson's of named insured")


def m095():
    h = """From: Marco Santini <marco.santini@weidenau-versicherung.example>
To: Angebote Bauunternehmung Kessler <angebote@bau-kessler.example>
Subject: Auftrag: barrierefreier Umbau WC-Anlagen Haus B, EG und 1. OG
Date: Thu, 05 Nov 2026 14:00:00 +0100
Message-ID: <ms-auftrag-wc-hausb@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Kessler,

wir beauftragen Sie auf Basis Ihres Angebots 2026-0918 mit dem Umbau der
WC-Anlagen in Haus B (Erdgeschoss und 1. OG) zu barrierefreien Toiletten
nach DIN 18040-1:

- Bewegungsfläche 150 x 150 cm, Türen 90 cm lichte Breite, nach außen öffnend
- klappbare Stützgriffe beidseitig, unterfahrbares Waschbecken
- Notrufsystem mit Zugschnur, Aufschaltung auf den Empfang

Auftragssumme: 48.760,00 EUR netto, Ausführung KW 2 bis KW 6/2027.
Ansprechpartner vor Ort: Herr Bremer (Haustechnik), 0561 7730-1140.

Mit freundlichen Grüßen
Marco Santini
Facility Management
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-supplier",
             "trap: accessible toilet construction order for the insurer's building")


def m096():
    h = """From: Sachschaden Privat <sach-privat@weidenau-versicherung.example>
To: Gerd Vollmering <gerd.vollmering@t-netz.example>
Subject: Glasbruch Wintergarten - Schadenbestätigung
Date: Fri, 06 Nov 2026 09:30:19 +0100
Message-ID: <sp-glas-vollmering-1106@weidenau-versicherung.example>"""
    b = """Guten Tag Herr Vollmering,

anbei die Bestätigung für den Glaser. Die Rechnung kann direkt an uns gehen.

Viele Grüße
Sachschaden Privat
"""
    att = [pdf("Schadenbestaetigung_GL-26-0061207.pdf", [
        "Weidenau Allgemeine Versicherung AG - Sachschaden Privat",
        "",
        "Schadenbestaetigung / Reparaturfreigabe",
        "Schadennummer: GL-26-0061207",
        "Versicherungsnehmer: Gerd Vollmering",
        "Risikoanschrift: Am Ahrensberg 14, 34225 Baunatal",
        "Vertrag: Glasversicherung GL-6610 30455",
        "Schaden: 2 Isolierglasscheiben Wintergarten, Hagel am 01.11.2026",
        "Freigabe bis 1.800,00 EUR brutto, Rechnung an Weidenau, Selbstbeteiligung keine.",
    ])]
    return M(build(h, b, att=att), "CONFIDENTIAL", "de", "insurer-to-customer",
             "glass claim confirmation (PDF) with named policyholder and address")


def m097():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Claims Review Board <claims-review@weidenau-versicherung.example>
Subject: Large losses accident Q3 - anonymised list for the review board
Date: Mon, 12 Oct 2026 12:30:00 +0200
Message-ID: <lw-largeloss-q3@weidenau-versicherung.example>"""
    b = """Dear all,

attached the anonymised large-loss list for accident Q3 (payments > EUR 100k).
Names and claim numbers are removed, ages are banded, injuries grouped.

Lars
"""
    att = [xlsx("Accident_large_losses_Q3_2026_anonymised.xlsx", [
        ("Q3", [
            ("Case", "Age band", "Cause", "Injury group", "Degree of disability", "Paid EUR"),
            ("A", "40-49", "road traffic", "spinal cord", "100 %", 612000),
            ("B", "60-69", "fall at home", "head/brain", "70 %", 284500),
            ("C", "30-39", "sport", "lower limb", "45 %", 168750),
            ("D", "50-59", "fall from height", "upper limb", "35 %", 131250),
            ("E", "70+", "fall at home", "hip/pelvis", "30 %", 102000),
        ]),
    ])]
    return M(build(h, b, att=att), "NORMAL", "en", "internal",
             "trap: anonymised large-loss list with age bands and injury groups only")


def m098():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Heike Brandenstein <heike.brandenstein@mailbox-nord.example>
Subject: AW: Treppenlift für meinen Mann
Date: Tue, 10 Nov 2026 14:22:10 +0100
Message-ID: <ko-aw-treppenlift-brandenstein@weidenau-versicherung.example>
In-Reply-To: <hb-treppenlift-1108@mailbox-nord.example>"""
    b = """Sehr geehrte Frau Brandenstein,

danke für den Kostenvoranschlag. Einen Treppenlift bezuschussen wir als
Maßnahme zur Verbesserung des Wohnumfeldes mit bis zu 4.180 EUR. Damit wir
entscheiden können, brauchen wir noch

- das Einverständnis des Vermieters (die Wohnung ist gemietet, richtig?),
- ein Foto des Treppenhauses.

Die Pflegefachkraft von Medicproof hatte den Lift schon im Gutachten
empfohlen, eine neue Begutachtung ist also nicht nötig.

Mit freundlichen Grüßen
Katrin Oberländer

Am 08.11.2026 schrieb Heike Brandenstein:
> Guten Tag Frau Oberländer,
> mein Mann Jürgen (PV 5120 44871, Pflegegrad 3) hat ja MS und schafft die
> Treppe in den 1. Stock seit dem letzten Schub gar nicht mehr, ich muss ihn
> jedes Mal stützen und habe selbst Rücken. Angebot Lifta anbei, 11.900 EUR.
> Gibt es da Zuschuss? Gruß H. Brandenstein
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "stair lift grant; quoted part: multiple sclerosis and care level 3 of named husband")


def m099():
    h = """From: Kundenmagazin weidenau & du <magazin@weidenau-versicherung.example>
To: Magazin-Abonnenten <magazin-abo@weidenau-versicherung.example>
Subject: weidenau & du – Herbst: Stürze vermeiden, Hüfte schützen
Date: Sat, 31 Oct 2026 08:00:00 +0100
Message-ID: <magazin-herbst-2026@news.weidenau-versicherung.example>"""
    b = """weidenau & du – Ihr Kundenmagazin, Herbst 2026

STÜRZE VERMEIDEN
Jedes Jahr stürzt etwa jeder dritte Mensch über 65. Häufige Folge ist der
Oberschenkelhalsbruch. Unsere Pflegeberaterin Claudia Heuser erklärt, was
hilft: Stolperfallen wie lose Teppiche entfernen, Nachtlicht im Flur, feste
Hausschuhe, Haltegriffe im Bad. Und: Kraft- und Gleichgewichtstraining
senkt das Sturzrisiko deutlich.

WAS ZAHLT DIE PFLEGEVERSICHERUNG?
Haltegriffe und bodengleiche Dusche können als Wohnraumanpassung bezuschusst
werden, wenn ein Pflegegrad vorliegt. Ein Hausnotruf kostet mit Zuschuss
oft nichts.

REZEPT DER SAISON
Kürbissuppe mit Ingwer – Seite 14.

Sie erhalten dieses Magazin als Kundin oder Kunde der Weidenau
Versicherungsgruppe. Abbestellen: magazin-abmelden@weidenau-versicherung.example
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: customer magazine on fall prevention and hip fractures, no person")


def m100():
    h = """From: Kfz-Schaden <kfz-schaden@weidenau-versicherung.example>
To: Mr Henrik Kjaer <henrik.kjaer@balticmail.example>
Subject: Ihr Unfall vom 03.11. / your accident on 3 November - KH-26-220 417
Date: Thu, 05 Nov 2026 16:36:00 +0100
Message-ID: <ks-kh26220417-kjaer@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Kjaer, dear Mr Kjaer,

vielen Dank für Ihre Meldung. / Thank you for reporting the accident.

Summary as we understood it: on 3 November at about 07:40 you reversed out of
a parking space at Königsplatz in Kassel and hit the side of a parked Audi A4
(KS-MB 2271, owner Ms Maren Bode). No one was injured. Your car: Volvo V60,
KS-HK 808, policy KF-5512 660 301.

Wir regulieren den Schaden von Frau Bode direkt. Your own car's damage is
covered by your comprehensive insurance minus EUR 300 deductible - please
tell us which workshop you want to use.

Your no-claims class will be downgraded from SF 8 to SF 5 on 1 January,
unless you reimburse us the third-party damage within six months.

Mit freundlichen Grüßen / Kind regards
Kfz-Schaden
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "mixed", "insurer-to-customer",
             "motor claim with named persons and plates, nobody hurt; bilingual")


def m101():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Mrs Theresa Mulligan <theresa.mulligan@emeraldpost.example>
Subject: Daily care allowance for your mother Mrs Hedwig Brenner - payment confirmed
Date: Tue, 10 Nov 2026 10:45:45 +0100
Message-ID: <of-ptg-brenner-1110@weidenau-versicherung.example>"""
    b = """Dear Mrs Mulligan,

good news: following the Medicproof assessment on 20 October, your mother
Mrs Hedwig Brenner (policy PTG 3380 91402) has been placed in care level 2
from 1 September 2026. The assessor noted the after-effects of her hip
fracture and her beginning memory problems.

Her daily care allowance tariff pays 30 % of EUR 50 per day at care level 2,
i.e. EUR 15 per day. For September and October we transfer EUR 915.00 to her
account; from November the allowance is paid monthly in advance.

Please let us know if her situation changes or if she moves into a care home
- from care level 4 the premium waiver would apply.

Kind regards
Oliver Fitch
International Care Claims
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "daily care allowance payment, care level 2, hip fracture and memory problems of named mother")


def m102():
    h = """From: Ruth Amsel <ruth.amsel@weidenau-versicherung.example>
To: Patient Services Vitalis Clinics <patient-services@vitalis-kliniken.example>
Subject: English consent form for release of medical information - template
Date: Mon, 09 Nov 2026 15:05:00 +0100
Message-ID: <ra-consent-template-en@weidenau-versicherung.example>"""
    b = """Dear Mr Okonkwo,

as agreed, here is our English template for the release from medical
confidentiality for international patients. Please use it instead of your
own translation so that our claims team can process it without queries.
The fields in square brackets are filled in by the patient.

Best regards
Ruth Amsel
Data Protection Officer
Weidenau Versicherungsgruppe
"""
    att = [docx("Weidenau_consent_release_medical_information_EN_template.docx", [
        "# Release from medical confidentiality (template)",
        "I, [first name] [surname], born [date of birth], policy number [policy no.], "
        "release the following doctors, hospitals and rehabilitation clinics from their "
        "duty of confidentiality towards Weidenau Krankenversicherung AG:",
        "[name and address of doctor / clinic]",
        "The release covers information needed to assess my claim for [rehabilitation / "
        "care benefits / daily sickness allowance] for the period [from] to [to].",
        "I can withdraw this consent at any time for the future.",
        "Place, date: ____________   Signature: ____________",
    ])]
    return M(build(h, b, att=att), "NORMAL", "en", "insurer-to-partner",
             "trap: blank consent template with placeholders for clinics")


def m103():
    h = """From: Courtageabrechnung <courtage@weidenau-versicherung.example>
To: Jens Tiedemann <info@tiedemann-vorsorge.example>
Subject: Courtageabrechnung Oktober 2026 - VM 30771
Date: Mon, 09 Nov 2026 06:30:00 +0100
Message-ID: <courtage-30771-2026-10@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Tiedemann,

anbei Ihre Courtageabrechnung für Oktober 2026. Der Betrag wird mit
Valuta 12.11.2026 auf Ihr hinterlegtes Konto überwiesen.

Ihre Courtageabrechnung
Weidenau Versicherungsgruppe
"""
    att = [xlsx("Courtage_VM30771_2026-10.xlsx", [
        ("Oktober", [
            ("Vertrag", "Kunde", "Sparte", "Beitrag EUR", "Satz", "Courtage EUR"),
            ("WG-220 418 773", "Pfeiffer, Klaus", "Wohngebäude", 1038.60, "15 %", 155.79),
            ("HR-4410 502 611", "Brückner, Timo", "Hausrat", 128.40, "20 %", 25.68),
            ("KF-5512 880 117", "Hoffmann-Reyes, Daniel", "Kfz", 744.18, "8 %", 59.53),
            ("PH-7730 340 086", "Mehta, Anjali", "Privathaftpflicht", 89.90, "25 %", 22.48),
            ("", "", "", "", "Summe", 263.48),
        ]),
    ])]
    return M(build(h, b, att=att), "CONFIDENTIAL", "de", "insurer-to-broker",
             "harmless body; XLSX commission statement naming customers with non-personal-line contracts")


def m104():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Reha-Management <reha-management@weidenau-versicherung.example>
Subject: WG: Ablehnung meiner AHB?????
Date: Wed, 11 Nov 2026 08:12:34 +0100
Message-ID: <ma-fw-ahb-ablehnung-1111@weidenau-versicherung.example>"""
    b = """Wer hat das bearbeitet? Bitte bis heute Mittag klären, der Kunde hat
mich auf dem Handy angerufen. Mehmet

> -----Ursprüngliche Nachricht-----
> Von: Rainer Hölzle <rainer.hoelzle@landpost.example>
> Gesendet: Dienstag, 10. November 2026 22:41
> An: Reha-Management
> Betreff: Ablehnung meiner AHB?????
>
> Guten Abend,
>
> ich liege seit dem 2.11. im Klinikum Fulda nach meiner Knie-TEP rechts und
> die Sozialarbeiterin sagt mir heute, dass Sie die Anschlussheilbehandlung in
> Bad Lindental abgelehnt haben, weil "ambulant ausreichend" sein soll. Ich
> wohne allein im 3. Stock ohne Aufzug, habe Diabetes und mein anderes Knie
> ist auch kaputt. Wie soll das ambulant gehen??
>
> Versicherungsnummer KV 4410 90872. Ich bitte dringend um Rückruf.
>
> Rainer Hölzle
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "customer",
             "quoted customer mail: knee replacement, diabetes, rehab refusal of named insured")


def m105():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Pflegeleistungen alle <pflege-alle@weidenau-versicherung.example>
Subject: Vertretungen Dezember
Date: Thu, 12 Nov 2026 16:20:00 +0100
Message-ID: <tr-vertretungen-dez@weidenau-versicherung.example>"""
    b = """Hallo zusammen,

damit die Feiertage klappen, hier die Vertretungen:

  Katrin Oberländer   21.12.–04.01.   Vertretung: Jana Kühn
  Jana Kühn           07.12.–11.12.   Vertretung: Katrin Oberländer
  Stefan Brehm        fällt bis auf Weiteres aus, Fälle A–F übernimmt Team 2
  Tobias Reinhardt    28.12.–31.12.   Vertretung: Simon Ledermann (nur Freigaben)

Bitte Abwesenheitsnotizen mit Funktionspostfach statt persönlicher Adresse.

Gruß Tobias
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "absence/cover list, colleague 'fällt aus' without reason")


def m106():
    h = """From: Carsten Wöhler <carsten.woehler@weidenau-versicherung.example>
To: Mr Graham Whitlock <graham.whitlock@downsmail.example>
Subject: Storm damage to your holiday home in Willingen - claim WG-26-0049 118
Date: Fri, 13 Nov 2026 11:52:00 +0100
Message-ID: <cw-wg260049118-whitlock@weidenau-versicherung.example>"""
    b = """Dear Mr Whitlock,

thank you for the photos your neighbour Mr Schwalm sent us. The storm on
8 November tore off part of the gutter and broke three roof windows of your
holiday home at Zum Ettelsberg 12, 34508 Willingen (building policy
WG-220 611 482). Nobody was in the house.

Our adjuster will inspect the house on 19 November at 10:00. Mr Schwalm has
offered to open the door for him - please confirm by e-mail that this is
fine with you.

Kind regards
Carsten Wöhler
Property Claims
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "building storm claim with named owner and address")


def m107():
    h = """From: Weidenau SecureMail <securemail-noreply@weidenau-versicherung.example>
To: Petra Lindqvist <petra.lindqvist@web-post.example>
Subject: Sie haben eine neue Nachricht im SecureMail-Portal
Date: Mon, 16 Nov 2026 07:02:11 +0100
Message-ID: <notify-7f3a9c21e0@securemail.weidenau-versicherung.example>
Auto-Submitted: auto-generated"""
    b = """Guten Tag,

in Ihrem SecureMail-Postfach liegt eine neue Nachricht der Weidenau
Versicherungsgruppe für Sie bereit.

Melden Sie sich an unter https://securemail.weidenau-versicherung.example
Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-customer",
             "trap: portal notification without content")


def m108():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>, Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
Subject: Case conference notes - see attachment
Date: Fri, 13 Nov 2026 17:30:00 +0100
Message-ID: <ma-caseconf-1113@weidenau-versicherung.example>"""
    b = """Hi both,

notes from today's case conference attached. Please check your action items.

Mehmet
"""
    att = [docx("Case_conference_2026-11-13.docx", [
        "# Case conference - 13 November 2026",
        "Insured: Mr Samuel Okonjo-Frei, born 14/03/1979, accident policy UV 3301 90158, health KV 2201 47730",
        "Accident: motorbike crash on 22 June 2026 near Hann. Münden.",
        "Injuries: incomplete spinal cord injury at T11 (S24.12), fracture of left tibia.",
        "Current status: in rehabilitation at BG-Unfallklinik, walks 10 m with orthoses, "
        "wheelchair for longer distances, neurogenic bladder (self-catheterisation).",
        "Plan: discharge home planned for mid-January; ground-floor flat needed or "
        "home adaptation (ramp, bathroom); driving with hand controls.",
        "Return to work: employer (IT consultancy) offers home office 20 h/week from March.",
        "Actions: LW - advance payment accident benefit EUR 30,000; OF - care level "
        "application before discharge; MA - contact employer about graded return.",
    ])]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "en", "internal",
             "harmless body; DOCX case notes: spinal cord injury S24.12, rehab, DOB of named insured")


def m109():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Referat Pflege Verband <referat-pflege@pkv-fachverband.example>
Subject: Stellungnahme Referentenentwurf Pflegekompetenz - Anmerkungen Weidenau
Date: Thu, 22 Oct 2026 17:45:00 +0200
Message-ID: <tr-stellungnahme-entwurf@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Dr. Hennings,

zum Referentenentwurf haben wir drei Anmerkungen für die Verbandsstellungnahme:

1. Begutachtung durch Pflegefachkräfte allein
Wir begrüßen, dass Folgebegutachtungen künftig auch ohne Hausbesuch möglich
sein sollen. Für Erstbegutachtungen bei Demenz halten wir den Hausbesuch
aber weiter für unverzichtbar.

2. Pflegehilfsmittel-Empfehlungen
Die Empfehlung der Gutachterin soll als Antrag gelten. Das entlastet die
Versicherten, erfordert aber klare Schnittstellen zu den Sanitätshäusern.

3. Entlastungsbetrag
Die Ausweitung auf Nachbarschaftshilfe ohne Schulungsnachweis sehen wir
wegen der Qualitätssicherung kritisch.

Mit freundlichen Grüßen
Tobias Reinhardt
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-partner",
             "trap: policy comment on care-law draft, no person")


def m110():
    h = """From: Julia Hesselbach <julia.hesselbach@weidenau-versicherung.example>
To: Alexandra Pohlmann <a.pohlmann@freemail-sued.example>
Subject: Schlüsselverlust - Haftpflicht PH-7730 118 977
Date: Tue, 17 Nov 2026 10:00:00 +0100
Message-ID: <jh-schluessel-pohlmann@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Pohlmann,

der Verlust Ihres Generalschlüssels der Arbeitgeberin (Tagespflege Am
Mühlbach, Schließanlage mit 34 Zylindern) ist über Ihre Privathaftpflicht
mitversichert (Baustein "fremde Schlüssel", bis 20.000 EUR).

Die Firma Schloss-Schubert hat 6.214,80 EUR für den Austausch der
Schließanlage berechnet. Wir zahlen abzüglich 150 EUR Selbstbeteiligung
6.064,80 EUR direkt an Ihre Arbeitgeberin.

Mit freundlichen Grüßen
Julia Hesselbach
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "liability claim for lost employer keys, named customer")


def m111():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Tagespflege Sonnenblume <abrechnung@tagespflege-sonnenblume.example>
Subject: Rechnung 10/2026 Gast Herr Alois Pfannkuch
Date: Wed, 18 Nov 2026 11:11:48 +0100
Message-ID: <ko-tp-pfannkuch-1118@weidenau-versicherung.example>"""
    b = """Sehr geehrte Damen und Herren,

in Ihrer Rechnung für Oktober für Herrn Alois Pfannkuch (Pflegegrad 3,
PV 9902 11407) sind 14 Besuchstage abgerechnet. Laut Anwesenheitsliste war
Herr Pfannkuch vom 12. bis 16.10. wegen seines Krankenhausaufenthalts
(Harnwegsinfekt) nicht in der Tagespflege.

Bitte korrigieren Sie die Rechnung auf 9 Tage. Das Budget für Tagespflege
in Pflegegrad 3 beträgt 1.497 EUR monatlich.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    return M(build(h, b, charset="iso-8859-1", cte="base64"), "STRICTLY_CONFIDENTIAL", "de",
             "insurer-to-care-provider", "day care invoice query: care level 3 and hospital stay of named guest; iso-8859-1 base64")


def m112():
    h = """From: Recruiting Weidenau <recruiting@weidenau-versicherung.example>
To: Marcus Delaney <marcus.delaney@westmail.example>
Subject: Your application - Rehabilitation Case Manager (ref. 2026-133)
Date: Thu, 19 Nov 2026 09:00:00 +0100
Message-ID: <rec-ack-2026-133-delaney@weidenau-versicherung.example>
Auto-Submitted: auto-replied"""
    b = """Dear Marcus Delaney,

thank you for your application for the position "Rehabilitation Case
Manager (m/f/d)", reference 2026-133. We have received your documents and
will get back to you within three weeks.

The position: you will coordinate follow-up treatment after hospital stays,
visit patients in rehab clinics and support return-to-work plans together
with employers and doctors.

Kind regards
Your Recruiting Team
Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-applicant",
             "trap: application acknowledgement, name only, rehab job wording")


def m113():
    h = """From: Kautionsservice <kaution@weidenau-versicherung.example>
To: Ms Yuki Tanabe <yuki.tanabe@sakuramail.example>
Subject: Rent deposit guarantee MK-26-4471 issued
Date: Fri, 20 Nov 2026 12:40:00 +0100
Message-ID: <mk264471-issued@weidenau-versicherung.example>"""
    b = """Dear Ms Tanabe,

your rent deposit guarantee has been issued and sent to your landlord,
Hausverwaltung Kranich KG:

  Tenant:        Yuki Tanabe
  Flat:          Frankfurter Str. 58, 2nd floor left, 34121 Kassel
  Guarantee:     EUR 2,610.00 (three net monthly rents of EUR 870.00)
  Annual fee:    EUR 104.40

Kind regards
Deposit Guarantee Service
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "rent deposit guarantee with named tenant, address, rent")


def m114():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Pflege Vertragsservice <pflege-vertrag@weidenau-versicherung.example>
Subject: FW: My father Mr Ernst Dahlmann - passed away
Date: Mon, 23 Nov 2026 09:40:00 +0100
Message-ID: <of-fw-dahlmann-death@weidenau-versicherung.example>"""
    b = """Please end the PTG contract and refund the November premium. The son's
mail is below. Certified death certificate requested. Thanks, Oliver

-----Original Message-----
From: Philip Dahlmann <phil.dahlmann@northsea-mail.example>
Sent: Saturday, 21 November 2026 14:09
To: Oliver Fitch
Subject: My father Mr Ernst Dahlmann - passed away

Dear Mr Fitch,

I'm sorry to tell you that my father died on 17 November at the Hospiz am
Bergpark in Kassel. The lung cancer had spread to his bones and the hospice
team kept him comfortable in his last two weeks. Thank you for helping us
with the care allowance and the hospice costs so quickly.

Please tell me what you need to close his policy (PTG 3380 10277). I am the
executor. The November care allowance can be kept or returned, whatever is
correct.

Philip Dahlmann
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "relative",
             "inline forward: death in hospice and lung cancer of named insured, care contract")


def m115():
    h = """From: Simon Ledermann <simon.ledermann@weidenau-versicherung.example>
To: Qualitätszirkel Pflege <qz-pflege@weidenau-versicherung.example>
Subject: Widersprüche 2026 nach Modul - Auswertung für den Qualitätszirkel
Date: Mon, 16 Nov 2026 13:30:00 +0100
Message-ID: <sl-widersprueche-modul-2026@weidenau-versicherung.example>"""
    b = """Hallo Qualitätszirkel,

die Auswertung der Widersprüche 2026 (bis 31.10.) nach dem Modul, auf das sich
der Widerspruch hauptsächlich stützt, hängt als CSV an. Zellen unter 5 sind
zusammengefasst.

Ergebnis: Modul 2/3 (Kognition/Verhalten) führt bei Demenz am häufigsten zu
Abhilfe, Modul 5 (krankheitsbezogene Anforderungen) fast nie.

Simon
"""
    att = [csv_("widersprueche_2026_nach_modul.csv", """Modul;Widersprüche;Abhilfe;Quote
1 Mobilität;41;9;22%
2/3 Kognition und Verhalten;63;27;43%
4 Selbstversorgung;38;11;29%
5 Krankheitsbezogene Anforderungen;17;<5;<30%
6 Alltagsleben;<5;<5;n/a""", enc="windows-1252")]
    return M(build(h, b, att=att), "NORMAL", "de", "internal",
             "trap: objection statistics by assessment module, small cells merged (CSV windows-1252)")


def m116():
    h = """From: Gewerbe Haftpflicht <gewerbe-haftpflicht@weidenau-versicherung.example>
To: Reinhold Faber <r.faber@seniorenzentrum-waldblick.example>
Subject: Verlängerung Betriebshaftpflicht BH-7790 021 - Fragebogen 2027
Date: Tue, 24 Nov 2026 08:45:00 +0100
Message-ID: <gh-bh7790021-2027@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Faber,

zur Verlängerung der Betriebshaftpflicht der Seniorenzentrum Waldblick GmbH
bitten wir um Aktualisierung der Risikodaten bis 10.12.:

  Plätze vollstationär:         96 (2026: 96)
  Plätze Kurzzeitpflege:        8
  Beschäftigte (Köpfe):         112
  Jahresumsatz 2025:            8,4 Mio. EUR
  Schadenfälle 2024-2026:       3 (davon 1 offen)

Wegen des offenen Sturzschadens bleibt die Selbstbeteiligung bei 2.500 EUR;
der Beitrag steigt um 6 % auf 18.974 EUR netto.

Mit freundlichen Grüßen
Gewerbe Haftpflicht
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-company",
             "care home company liability renewal with named managing contact; no resident data")


def m117():
    h = """From: Hannah Birkner <hannah.birkner@weidenau-versicherung.example>
To: Project Management LinguaBridge <projects@linguabridge.example>
Subject: Translation order: care brochure into English, Turkish, Russian, Arabic
Date: Wed, 25 Nov 2026 10:25:00 +0100
Message-ID: <hb-translation-pflegebroschuere@weidenau-versicherung.example>"""
    b = """Hello Ms Varga,

please translate our brochure "Wenn Pflege nötig wird" (24 pages, approx.
6,100 words, InDesign file in your upload folder) into English, Turkish,
Russian and Arabic.

Notes for the translators:
- "Pflegegrad" = "care level" (not "care degree"), "Pflegegeld" = "care
  allowance", "Verhinderungspflege" = "respite care"
- keep the example "Frau Beispiel, 78" fictitious as it is
- the glossary of medical terms (dementia, stroke, incontinence) is in the
  termbase from last year

Deadline 18 December, quote LB-26-2210 accepted.

Thanks
Hannah Birkner
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-supplier",
             "trap: translation order for a care brochure with fictitious example")


def m118():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: RA Michael Steinbrecher <kanzlei@steinbrecher-betreuungen.example>
Subject: Betreuungssache Frau Lieselotte Wengler - Ihr Schreiben vom 20.11.
Date: Thu, 26 Nov 2026 15:35:21 +0100
Message-ID: <ko-betreuer-wengler-1126@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Rechtsanwalt Steinbrecher,

vielen Dank für die Kopie Ihres Betreuerausweises (Amtsgericht Kassel,
Az. 770 XVII 1184/26, Aufgabenkreise Gesundheitssorge und Vermögenssorge).

Zu Ihren Fragen:
- Frau Wengler ist seit 01.06.2026 in Pflegegrad 4 eingestuft; Grundlage ist
  die fortgeschrittene Demenz mit nächtlicher Unruhe und Weglauftendenz.
- Für den Umzug in den beschützenden Wohnbereich des Seniorenstifts St. Martin
  zahlen wir ab Einzug 1.855 EUR monatlich direkt an die Einrichtung.
- Für freiheitsentziehende Maßnahmen (Bettgitter, Sensormatte) ist die
  Genehmigung des Betreuungsgerichts einzuholen - bitte uns eine Kopie senden.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "to legal guardian: dementia, care level 4, nursing home of named ward")


def m119():
    h = """From: Sachschaden Privat <sach-privat@weidenau-versicherung.example>
To: Markus Oettinger <markus.oettinger@t-netz.example>
Subject: Photovoltaikanlage - Überspannungsschaden WG-26-0052 009
Date: Fri, 27 Nov 2026 09:18:00 +0100
Message-ID: <sp-wg260052009-pv@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Oettinger,

der Wechselrichter Ihrer PV-Anlage (Dach Ihres Hauses Bergstraße 27,
34314 Espenau) wurde laut Bericht von Solartechnik Gerlach durch
Überspannung nach Blitzeinschlag am 14.11. zerstört.

Die PV-Anlage ist in Ihrer Wohngebäudeversicherung WG-220 708 215 mit
versichert. Wir übernehmen den neuen Wechselrichter (3.480 EUR) und die
Montage (410 EUR). Für den Ertragsausfall von 13 Tagen zahlen wir pauschal
52 EUR.

Mit freundlichen Grüßen
Sachschaden Privat
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "building/PV claim with named customer and address")


def m120():
    h = """From: Complaints Management <beschwerde@weidenau-versicherung.example>
To: Board Office <vorstandsbuero@weidenau-versicherung.example>
Subject: Complaints report care & rehab - Q3 2026
Date: Mon, 09 Nov 2026 14:00:00 +0100
Message-ID: <cm-report-q3-care@weidenau-versicherung.example>"""
    b = """Dear colleagues,

summary of complaints in care and rehabilitation, Q3 2026 (Q2 in brackets):

  Total complaints care benefits:          87 (94)
    - duration of assessment/decision      31 (40)
    - disagreement with care level         22 (19)
    - reimbursement of care services       18 (17)
    - communication with relatives         16 (18)
  Total complaints rehab management:       23 (21)
    - rehab refused or shortened           14 (12)
    - clinic not of choice                  9 (9)
  Complaints via ombudsman:                 4 (3)
  Complaints via BaFin:                     1 (2)

Main measure: new text module for rejections (plain language), since 09/2026.

Complaints Management
"""
    return M(build(h, b), "NORMAL", "en", "internal",
             "trap: aggregate complaints report about care and rehab")


def m121():
    h = """From: Paul Grabowski <paul.grabowski@weidenau-versicherung.example>
To: Testmanagement Codewerk <testmanagement@codewerk-it.example>
Subject: Testfälle Leistungserbringerportal Release 4.2 - nur fiktive Daten
Date: Mon, 30 Nov 2026 10:30:00 +0100
Message-ID: <pg-testfaelle-lep-42@weidenau-versicherung.example>"""
    b = """Hallo Frau Albrecht,

anbei die Testfälle für das Release 4.2 des Leistungserbringerportals.
Alle Personen sind erfunden, die IBAN ist die bekannte Beispiel-IBAN aus der
Bundesbank-Dokumentation. Bitte keine Produktivdaten in die Testumgebung.

TC-4.2-07  Pflegedienst reicht Rechnung ein
  Versicherte Person: Max Mustermann (fiktiv), geb. 01.01.1950
  Versicherungsnummer: PV 0000 00001 (Testbestand)
  Pflegegrad: 3 (Testwert)
  Rechnungsbetrag: 1.234,56 EUR
  Zahlungsempfänger IBAN: DE89 3704 0044 0532 0130 00
  Erwartet: Rechnung wird angenommen, Status "in Prüfung"

TC-4.2-08  IBAN mit Prüfziffernfehler
  Eingabe: DE00 3704 0044 0532 0130 00
  Erwartet: Fehlermeldung "IBAN ungültig"

TC-4.2-09  Pflegegrad fehlt
  Erwartet: Pflichtfeld-Hinweis

Gruß
Paul Grabowski
IT Anwendungsbetreuung
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-supplier",
             "trap: test cases with fictitious person and published example IBAN (one deliberately invalid IBAN)")


def m122():
    h = """From: Leistungsabrechnung Pflege <pflege-abrechnung@weidenau-versicherung.example>
To: Hannelore Wiegand <hannelore.wiegand@heimnetz.example>
Subject: Erstattung Entlastungsbetrag - Haushaltshilfe Oktober
Date: Tue, 01 Dec 2026 08:15:00 +0100
Message-ID: <abr-entlastung-wiegand-1201@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Wiegand,

für Ihre Rechnung der Alltagshilfe Kassel-Ost (Einkaufen, Wohnungsreinigung,
Begleitung zum Augenarzt, 9 Stunden im Oktober) erstatten wir 131,00 EUR aus
dem Entlastungsbetrag Ihres Pflegegrades 1 (Vertrag PV 2290 80144).

Der Restbetrag der Rechnung (58,60 EUR) kann nicht erstattet werden, weil
der monatliche Entlastungsbetrag ausgeschöpft ist. Nicht verbrauchte Beträge
aus den Vormonaten sind bei Ihnen nicht vorhanden.

Mit freundlichen Grüßen
Leistungsabrechnung Pflege
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "relief amount reimbursement, care level 1 of named insured")


def m123():
    h = """From: Carsten Wöhler <carsten.woehler@weidenau-versicherung.example>
To: Dieter Kampmann <dieter.kampmann@landpost.example>
Subject: Verkauf Ihres Hauses - Wohngebäudeversicherung WG-220 301 556
Date: Wed, 02 Dec 2026 13:31:00 +0100
Message-ID: <cw-verkauf-kampmann@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Kampmann,

danke für die Mitteilung, dass Sie Ihr Haus Lindenstraße 3, 34277 Fuldabrück,
verkauft haben (Besitzübergang 15.01.2027). Die Wohngebäudeversicherung geht
kraft Gesetzes auf die Käufer, Eheleute Demir, über. Diese können den
Vertrag innerhalb eines Monats nach Eintragung im Grundbuch kündigen.

Den Beitrag bis zum Besitzübergang (anteilig 24,80 EUR) schulden Sie noch;
die Käufer zahlen ab 15.01.2027. Bitte schicken Sie uns eine Kopie der
Seite des Kaufvertrags mit dem Übergabedatum.

Mit freundlichen Grüßen
Carsten Wöhler
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "building insurance of named seller and buyers with address")


def m124():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Rehab Management New Starters <reha-newstarters@weidenau-versicherung.example>
Subject: Checklist - approving follow-up treatment (AHB) in 48 hours
Date: Thu, 03 Dec 2026 09:00:00 +0100
Message-ID: <ma-checklist-ahb@weidenau-versicherung.example>"""
    b = """Hi all,

here is the checklist we discussed. Print it, stick it next to your screen.

1. Is the request from a hospital social service or the patient? (both OK)
2. Does the tariff include rehab? (Komfort and Premium yes, Basis only AHB)
3. Is the indication on the "automatic" list? (hip/knee TEP, spine surgery,
   stroke phase C/D, cardiac surgery, myocardial infarction) -> approve.
4. Oncology, psychosomatics, addiction, anything unclear -> consulting physician.
5. Start within 14 days of discharge? If not, ask why.
6. Clinic in our network? If not, daily rate check.
7. Confirmation to clinic + patient, copy into the file. Never mail diagnoses
   unencrypted - use the clinic portal.

Mehmet
"""
    return M(build(h, b), "NORMAL", "en", "internal",
             "trap: AHB approval checklist with indication list, no patient")


def m125():
    h = """From: Oliver Fitch <oliver.fitch@weidenau-versicherung.example>
To: Mr Bogdan Petrescu <bogdan.petrescu@carpathmail.example>
Subject: Your objection - second assessment of your wife
Date: Fri, 04 Dec 2026 11:11:00 +0100
Message-ID: <of-widerspruch-petrescu@weidenau-versicherung.example>"""
    b = """Dear Mr Petrescu,

your objection of 3 November against the care level of your wife, Mrs Elena
Petrescu (policy PV 7014 62251), was successful.

The second Medicproof assessor visited on 24 November. Because of the
progression of her COPD (she now needs oxygen 16 hours a day) and her
breathlessness when washing and dressing, she reached 72.5 points. This
corresponds to care level 4 (previously 3) from 1 November 2026.

The care allowance rises to EUR 800 per month. We will pay the difference
for November (EUR 201) next week. The new decision follows by post.

Kind regards
Oliver Fitch
"""
    return M(build(h, b, cte="quoted-printable"), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "objection result: COPD, oxygen, care level 4 of named wife")


def m126():
    h = """From: Recruiting Weidenau <recruiting@weidenau-versicherung.example>
To: Stellenbörsen-Verteiler <jobboards@weidenau-versicherung.example>
Subject: Stellenanzeige: Beratungsärztin / Beratungsarzt (m/w/d) Rehabilitation und Pflege
Date: Mon, 07 Dec 2026 07:30:00 +0100
Message-ID: <rec-ad-beratungsarzt-2026-140@weidenau-versicherung.example>"""
    b = """Beratungsärztin / Beratungsarzt (m/w/d) – Rehabilitation und Pflege
Weidenau Krankenversicherung AG, Kassel – Teilzeit (20–30 Std.) möglich

Ihre Aufgaben:
- medizinische Prüfung von Anträgen auf Anschlussheilbehandlung und Reha
- Stellungnahmen zu Pflegegutachten und Widersprüchen
- Beratung unserer Sachbearbeitung zu Diagnosen, ICD-10-Codierung,
  Heil- und Hilfsmitteln
- Begleitung von Wiedereingliederungsplänen im Krankentagegeld

Ihr Profil: Approbation, Facharzt (Allgemeinmedizin, Orthopädie, Neurologie
oder Innere), sozialmedizinische Zusatzqualifikation wünschenswert.

Wir bieten: keine Nacht- und Wochenenddienste, 30 Tage Urlaub, Homeoffice,
bAV, Jobrad.

Kennziffer 2026-140 – Bewerbung über unser Karriereportal.
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: job ad for consulting physician with medical vocabulary")


def m127():
    h = """From: Cyber Claims <cyber-claims@weidenau-versicherung.example>
To: Ms Hannah Lindgren-Shaw <hannah.ls@fjordmail.example>
Subject: Online shopping fraud - private cyber policy PC-1120 448
Date: Mon, 07 Dec 2026 14:44:00 +0100
Message-ID: <cc-pc1120448-fraud@weidenau-versicherung.example>"""
    b = """Dear Ms Lindgren-Shaw,

you paid EUR 789.00 on 12 November for a washing machine in a fake online
shop (bank transfer to an account in Lithuania). The police report
(Kassel, ref. 26-3391-CY) is on file.

Your private cyber policy covers online shopping fraud up to EUR 2,500 per
year. We will transfer EUR 789.00 to your account ending ...0377 minus your
deductible of EUR 100, i.e. EUR 689.00.

Kind regards
Cyber Claims Team
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "private cyber claim with named customer and amounts")


def m128():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Bettina Kessel <bettina.kessel@familienpost.example>
Subject: PTG 4402 77310 Herr Gunter Kessel - Alzheimer (G30.1) - noch fehlende Unterlagen
Date: Tue, 08 Dec 2026 09:27:00 +0100
Message-ID: <ko-fehlend-kessel-1208@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Kessel,

vielen Dank für Ihre Unterlagen. Es fehlen uns noch:

- die unterschriebene Vollmacht,
- der Bericht der Gedächtnisambulanz vom Oktober.

Sobald beides da ist, beauftragen wir die Begutachtung.

Mit freundlichen Grüßen
Katrin Oberländer
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "harmless body; subject names insured with Alzheimer G30.1 and care contract")


def m129():
    h = """From: Betriebsärztlicher Dienst <betriebsarzt@weidenau-versicherung.example>
To: Alle Mitarbeitenden <alle@weidenau-versicherung.example>
Subject: Grippeschutzimpfung am 15. und 16. Dezember
Date: Wed, 09 Dec 2026 08:00:00 +0100
Message-ID: <ba-grippeimpfung-2026@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen,

der betriebsärztliche Dienst bietet wieder die Grippeschutzimpfung an:

  Di 15.12. und Mi 16.12., jeweils 9–12 und 13–15 Uhr, Raum 0.12 (Haus A)

Bitte Impfpass mitbringen (falls vorhanden) und über das Intranet einen
Termin buchen. Wer in den letzten 14 Tagen eine andere Impfung hatte oder
akut krank ist, bitte vorher kurz bei uns melden. Die Impfung ist freiwillig
und für Sie kostenlos; Angaben zu Ihrer Gesundheit bleiben beim
Betriebsarzt.

Ihr Betriebsärztlicher Dienst
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: staff flu vaccination offer, no person")


def m130():
    inner = inner_mail("""From: Bernd Lackner <b.lackner@lackner-finanz.example>
To: Kfz-Service <kfz-service@weidenau-versicherung.example>
Subject: eVB für Kundin Frau Tamara Seidlitz
Date: Wed, 09 Dec 2026 16:05:00 +0100
Message-ID: <bl-evb-seidlitz@lackner-finanz.example>""", """Hallo Kfz-Team,

bitte eine eVB für meine Kundin:

Tamara Seidlitz, geb. 04.04.1998
Sandweg 19, 34346 Hann. Münden
Fahrzeug: Fiat 500, gebraucht, Zulassung am 14.12.
SF 2 vom Vorversicherer, Zahlweise monatlich
IBAN DE24 3005 0110 0087 6512 13

Danke und Gruß
Bernd Lackner
Versicherungsmakler (Einzelunternehmen)""")
    h = """From: Kfz-Service <kfz-service@weidenau-versicherung.example>
To: Kfz-Antrag <kfz-antrag@weidenau-versicherung.example>
Subject: WG: eVB für Kundin Frau Tamara Seidlitz
Date: Thu, 10 Dec 2026 08:02:00 +0100
Message-ID: <kfz-fw-evb-seidlitz@weidenau-versicherung.example>"""
    b = """Bitte anlegen, eVB an Makler. Danke!
"""
    return M(build(h, b, fwd=inner), "CONFIDENTIAL", "de", "broker",
             "forwarded message/rfc822 from broker: named customer with birth date, address, IBAN")


def m131():
    h = """From: Paul Grabowski <paul.grabowski@weidenau-versicherung.example>
To: Interfaces Vitalis Clinics <interfaces@vitalis-kliniken.example>
Subject: AHB request interface v2 - field spec and sample message
Date: Thu, 10 Dec 2026 15:20:00 +0100
Message-ID: <pg-ahb-interface-v2@weidenau-versicherung.example>"""
    b = """Hi Mr Osei,

as discussed, the field specification for the AHB request interface v2.
The sample uses a fictitious person - please do not send real patient data
to the test endpoint.

  field              type      example
  patient_name       string    "Jane Doe (fictitious)"
  date_of_birth      date      "1900-01-01"
  policy_no          string    "KV 0000 00000"
  icd10_main         string    "Z96.64" (example code)
  surgery_date       date      "2027-01-01"
  rehab_type         enum      AHB | REHA | GERI
  requested_start    date
  clinic_ik          string    9 digits

Encryption: TLS 1.3 + payload signed with your clinic certificate.
Test endpoint available from 4 January.

Best
Paul
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-partner",
             "trap: interface spec with fictitious sample patient and example ICD code")


def m132():
    h = """From: Mehmet Aydın <mehmet.aydin@weidenau-versicherung.example>
To: Social Services Klinikum Kassel <sozialdienst@klinikum-kassel.example>
Subject: Discharge planning meeting - invitation
Date: Fri, 11 Dec 2026 10:40:00 +0100
Message-ID: <ma-entlassplanung-1211@weidenau-versicherung.example>"""
    b = """Dear Ms Reuter,

thank you for your call. The invitation for the discharge planning call is
attached. I have invited our care adviser as well.

Best regards
Mehmet Aydın
Rehabilitation Management
"""
    att = [ics("Entlassplanung.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weidenau//Kalender//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:entlassplanung-hartwig-20261215@weidenau-versicherung.example
DTSTAMP:20261211T094000Z
DTSTART;TZID=Europe/Berlin:20261215T140000
DTEND;TZID=Europe/Berlin:20261215T143000
SUMMARY:Discharge planning Mr Georg Hartwig (KV 2201 66318) - stroke\\, transfer to nursing home?
DESCRIPTION:Patient Georg Hartwig\\, born 07.09.1942\\, Stroke Unit since 28.11. - left-sided paralysis\\, dysphagia with PEG tube. Rehab phase B not feasible. Care level application and nursing home place (Haus am Mühlbach) to be discussed with daughter.
LOCATION:Teams
ORGANIZER;CN=Mehmet Aydin:mailto:mehmet.aydin@weidenau-versicherung.example
ATTENDEE;CN=Sozialdienst Klinikum:mailto:sozialdienst@klinikum-kassel.example
END:VEVENT
END:VCALENDAR""")]
    return M(build(h, b, att=att), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-clinic",
             "harmless body; ICS invitation names patient with DOB, stroke, PEG tube")


def m133():
    h = """From: Ruth Amsel <ruth.amsel@weidenau-versicherung.example>
To: Pflege-Leitung <pflege-leitung@weidenau-versicherung.example>
Subject: Löschkonzept Pflegeakten - Aufbewahrungsfristen ab 2027
Date: Fri, 11 Dec 2026 13:13:00 +0100
Message-ID: <ra-loeschkonzept-pflege@weidenau-versicherung.example>"""
    b = """Hallo zusammen,

zur Umsetzung ab 01.01.2027 hier die abgestimmten Fristen:

  Dokumentart                                  Frist          Beginn
  Pflegegutachten, Arztberichte                10 Jahre       Ende Leistungsfall
  Rechnungen Pflegedienste/Heime               10 Jahre       Ende Kalenderjahr
  Schriftverkehr mit Angehörigen               6 Jahre        Ende Kalenderjahr
  abgelehnte Anträge ohne Widerspruch          3 Jahre        Bescheiddatum
  Gesprächsnotizen Pflegeberatung              3 Jahre        letzte Beratung

Papierakten werden nach Scan und Qualitätsprüfung nach 6 Monaten vernichtet
(Schutzklasse 3). Die technische Löschung im Archivsystem läuft monatlich.

Viele Grüße
Ruth Amsel
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: retention schedule for care files, no person")


def m134():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Sebastian Morgenroth <s.morgenroth@mailbox-nord.example>
Subject: Kündigungsbestätigung Hausrat HR-4410 640 118 - Umzug ins Ausland
Date: Mon, 14 Dec 2026 10:20:00 +0100
Message-ID: <alv-kuendigung-morgenroth@weidenau-versicherung.example>"""
    b = """Sehr geehrter Herr Morgenroth,

wir bestätigen die Kündigung Ihrer Hausratversicherung HR-4410 640 118 zum
31.12.2026 wegen Ihres Umzugs nach Graz.

Den zu viel gezahlten Beitrag von 37,45 EUR erstatten wir auf Ihr neues
Konto bei der Steiermärkischen Bank: AT84 1420 0200 1098 7654.

Für Ihre Privathaftpflicht PH-7730 502 441 besteht weltweiter Schutz; sie
läuft unverändert weiter.

Alles Gute in Österreich!
Anna-Lena Voss
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "cancellation with named customer and Austrian IBAN")


def m135():
    scan = pdf("Scan_20261212_0012.pdf", [
        "Sanitaetshaus Rehm GmbH - Rechnung Nr. R-26-11873",
        "Kundin: Frau Margarete Olbrich, Goethestr. 7, 34119 Kassel",
        "Leichtgewichtrollstuhl Modell Vario S, Sitzbreite 43 cm, Hilfsmittel-Nr. 18.50.02.0",
        "Verordnung Dr. med. P. Ahlers vom 02.12.2026, Diagnose: Gonarthrose bds. (M17.0),",
        "Z. n. Apoplex 2025, Gangunsicherheit",
        "Rollstuhl 689,00 EUR, Sitzkissen Antidekubitus 89,00 EUR, Einweisung 25,00 EUR",
        "Gesamtbetrag 803,00 EUR",
    ], ctype="application/octet-stream")
    inner = build("""From: Olaf Olbrich <olaf.olbrich@heimnetz.example>
To: Pflege Service <pflege-service@weidenau-versicherung.example>
Subject: AW: Beleg
Date: Sat, 12 Dec 2026 19:03:00 +0100
Message-ID: <oo-beleg-1212@heimnetz.example>""", """hier der beleg wie am telefon besprochen

gruß o. olbrich

Von meinem Samsung Galaxy Smartphone gesendet""", att=[scan])
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Pflegeleistungen Team 1 <pflege-team1@weidenau-versicherung.example>
Subject: WG: AW: Beleg
Date: Mon, 14 Dec 2026 08:25:00 +0100
Message-ID: <alv-fw-beleg-olbrich@weidenau-versicherung.example>"""
    b = """Hallo Team 1, Beleg vom Sohn (Vollmacht vorhanden), bitte zuordnen. A.-L.
"""
    return M(build(h, b, fwd=inner), "STRICTLY_CONFIDENTIAL", "de", "relative",
             "harmless bodies; scanned invoice as application/octet-stream inside forwarded mail: wheelchair, M17.0, stroke")


def m136():
    h = """From: Marco Santini <marco.santini@weidenau-versicherung.example>
To: International Care Team <international-care@weidenau-versicherung.example>
Subject: Office move to floor 4 - 18 December
Date: Mon, 14 Dec 2026 12:00:00 +0100
Message-ID: <ms-move-floor4@weidenau-versicherung.example>"""
    b = """Hi team,

your move to the 4th floor (rooms 4.10-4.16) is scheduled for Friday,
18 December. Please pack your desk into the crates by Thursday 16:00 and
label them with your new room number. IT will reconnect the docking
stations on Friday morning.

Desk booking for Friday: please work from home if you can.

Marco
"""
    return M(build(h, b), "NORMAL", "en", "internal", "office move, nothing sensitive")


def m137():
    h = """From: Anna-Lena Voss <anna-lena.voss@weidenau-versicherung.example>
To: Mr Arjun Nair <arjun.nair@monsoonmail.example>
Subject: Refund of premium - liability policy PH-7730 612 380
Date: Tue, 15 Dec 2026 09:50:00 +0100
Message-ID: <alv-refund-nair-1215@weidenau-versicherung.example>"""
    b = """Dear Mr Nair,

as your personal liability policy PH-7730 612 380 ended on 30 November
(you are returning to Bangalore), we refund the unused premium for
December 2026 to June 2027: EUR 41.30.

We will transfer the amount to your German account
IBAN DE36 5905 0101 0240 0791 26 before you close it - please leave it open
until 22 December.

Safe travels!
Anna-Lena Voss
Customer Service
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "premium refund with named customer and IBAN")


def m138():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Elke Trautmann <elke.trautmann@landpost.example>
Subject: Unfall-Hilfeleistungen nach Ihrem Sturz - Haushaltshilfe und Menüservice
Date: Wed, 16 Dec 2026 14:14:00 +0100
Message-ID: <lw-hilfe-trautmann-1216@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Trautmann,

nach Ihrem Sturz auf dem Glatteis am 04.12. mit dem Bruch des rechten
Handgelenks (distale Radiusfraktur, operiert mit Platte) und der Prellung der
Hüfte können Sie Ihren Haushalt vorübergehend nicht allein führen.

Aus Ihrer Unfallversicherung UV 3301 55278 (Baustein Unfall-Hilfe) organisieren
wir für Sie ab 18.12. für zunächst 4 Wochen:

- Haushaltshilfe zweimal pro Woche (Reinigung, Wäsche, Einkauf),
- Menüservice: täglich ein warmes Mittagessen,
- Fahrdienst zur Physiotherapie und zur Fadenentfernung.

Unser Partner "Hilfe daheim" meldet sich morgen telefonisch bei Ihnen.

Gute Besserung!
Lars Winterfeld
Unfall-Leistung
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance assistance: wrist fracture of named insured (personal line)")


def m139():
    h = """From: Weidenau Kundenportal <portal-noreply@weidenau-versicherung.example>
To: Bettina Kessel <bettina.kessel@familienpost.example>
Subject: Ihr Einmal-Passwort für die Registrierung
Date: Wed, 16 Dec 2026 18:44:07 +0100
Message-ID: <otp-reg-81c2ff90@portal.weidenau-versicherung.example>
Auto-Submitted: auto-generated"""
    b = """Guten Tag,

Ihr Einmal-Passwort für die Registrierung im Weidenau Kundenportal lautet:

    731 904

Es ist 15 Minuten gültig. Wenn Sie keine Registrierung gestartet haben,
ignorieren Sie diese E-Mail.

Ihre Weidenau Versicherungsgruppe
"""
    return M(build(h, b), "NORMAL", "de", "insurer-to-customer",
             "trap: one-time password mail without personal data")


def m140():
    h = """From: Carsten Wöhler <carsten.woehler@weidenau-versicherung.example>
To: Schaden Gewerbe <sach-gewerbe@weidenau-versicherung.example>
Subject: WG: Einbruch Filiale Kassel-Nord, Vertrag GI-5540 118
Date: Thu, 17 Dec 2026 08:10:00 +0100
Message-ID: <cw-fw-einbruch-rehm@weidenau-versicherung.example>"""
    b = """Zur Bearbeitung, Inhaltsversicherung Gewerbe. Ansprechpartnerin ist Frau
Rehm persönlich, Handynummer unten. Gruß C. Wöhler

---------- Weitergeleitete Nachricht ----------
Von: Doris Rehm <d.rehm@sanitaetshaus-rehm.example>
Datum: Mi., 16. Dez. 2026 um 20:12
Betreff: Einbruch Filiale Kassel-Nord, Vertrag GI-5540 118

Sehr geehrte Damen und Herren,

in der Nacht zum 16.12. wurde in unsere Filiale Holländische Straße 140
eingebrochen. Die Täter haben die Glastür eingeschlagen und die Kasse
(ca. 600 EUR Wechselgeld), zwei Elektromobile und ein Tablet mitgenommen.
Die Polizei war vor Ort (Vorgang 26-4410-ED).

Kundendaten waren auf dem Tablet nicht gespeichert. Ein Glaser hat die Tür
notdürftig verschlossen.

Sie erreichen mich unter 0170 4418 223.

Doris Rehm
Geschäftsführerin, Sanitätshaus Rehm GmbH
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "company",
             "company burglary claim with named managing director and mobile number")


def m141():
    h = """From: Tobias Reinhardt <tobias.reinhardt@weidenau-versicherung.example>
To: Dr. Verena Gstöttner <v.gstoettner@alpenland-versicherung.example>
Subject: Pflegeleistungen bei Wohnsitz in Österreich / care benefits for residents in Austria
Date: Thu, 17 Dec 2026 11:30:00 +0100
Message-ID: <tr-oesterreich-export@weidenau-versicherung.example>"""
    b = """Liebe Frau Dr. Gstöttner,

danke für das Gespräch in Wien. Wie versprochen die Kurzfassung für Ihr Team,
teils auf Englisch, weil Ihre Kolleginnen aus Südtirol sie weitergeben wollen:

1. Pflegegeld wird bei Wohnsitz in einem anderen EU/EWR-Staat weitergezahlt
   (Export), Sachleistungen dagegen nicht.
2. The assessment for insured persons living abroad is done by Medicproof
   with a local assessor or, exceptionally, based on medical records.
3. Zusatzversicherungen (Pflegetagegeld) zahlen weltweit, sofern der Tarif
   keine Einschränkung enthält.
4. Proposal: we exchange a contact list of our care teams so that cross-border
   cases can be clarified by phone - no case data by plain e-mail.

Herzliche Grüße
Tobias Reinhardt
"""
    return M(build(h, b), "NORMAL", "mixed", "insurer-to-partner",
             "trap: general rules on care benefits abroad for a partner insurer, no person")


def m142():
    h = """From: Katrin Oberländer <katrin.oberlaender@weidenau-versicherung.example>
To: Auftragsmanagement Medicproof <auftrag@medicproof.example>
Subject: New order - assessment of a child / order 26-PB-51102
Date: Fri, 18 Dec 2026 09:35:00 +0100
Message-ID: <ko-mp-26pb51102@weidenau-versicherung.example>"""
    b = """Dear colleagues,

new order for a first assessment of a child. The parents speak English; the
mother will be present.

  Order no.:       26-PB-51102
  Child:           Noah Whitaker-Lange, born 02/08/2019
  Address:         Im Rosental 4, 34130 Kassel
  Policy:          PV 5502 11963 (co-insured with father)
  Reason:          autism spectrum disorder (F84.0) diagnosed 2024, no speech,
                   needs constant supervision, sleep disorder (wakes 3-4 times
                   per night), not toilet-trained
  Therapies:       occupational therapy weekly, speech therapy (PECS)
  School:          special needs kindergarten, full day with school assistant

Please compare with a child of the same age without impairment as usual.

Kind regards
Katrin Oberländer
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
             "assessment order for named child: autism F84.0, DOB, address")


def m143():
    h = """From: Weidenau Pflegeberatung <pflegeberatung@weidenau-versicherung.example>
To: Angehörigen-Newsletter <angehoerige-news@weidenau-versicherung.example>
Subject: Einladung: Angehörigen-Café im Januar – Thema "Wenn Mama nicht mehr weiß, wer ich bin"
Date: Fri, 18 Dec 2026 07:00:00 +0100
Message-ID: <pb-angehoerigencafe-2027-01@news.weidenau-versicherung.example>"""
    b = """Liebe pflegende Angehörige,

im Januar laden wir wieder zum Angehörigen-Café ein:

  Donnerstag, 21. Januar 2027, 16–18 Uhr
  Weidenau Kundencenter, Am Weidenufer 7, Kassel (barrierefrei)

Thema: Umgang mit Demenz im Alltag – wenn Eltern ihre Kinder nicht mehr
erkennen. Es spricht eine Gerontopsychiatrie-Fachpflegekraft, danach ist
Zeit für Austausch bei Kaffee und Kuchen.

Für die Zeit des Cafés bieten wir eine Betreuung Ihrer Angehörigen im
Nebenraum an. Anmeldung bis 14.01. unter 0561 7730-4600.

Ihre Pflegeberatung der Weidenau Krankenversicherung
"""
    return M(build(h, b), "NORMAL", "de", "newsletter",
             "trap: invitation for caring relatives about dementia, no person")


def m144():
    h = """From: Tierversicherung <tierversicherung@weidenau-versicherung.example>
To: Sabrina Hollenbach <sabrina.hollenbach@freemail-sued.example>
Subject: OP-Versicherung Hund "Lotte" - Kreuzbandriss
Date: Mon, 21 Dec 2026 10:05:00 +0100
Message-ID: <tv-op-lotte-hollenbach@weidenau-versicherung.example>"""
    b = """Liebe Frau Hollenbach,

die Tierklinik Kaufungen hat die Rechnung für die Kreuzband-OP (TPLO) Ihrer
Hündin Lotte eingereicht: 2.874,60 EUR nach GOT (2-facher Satz), inklusive
Nachsorge und Röntgenkontrolle.

Ihre Hunde-OP-Versicherung TO-8801 339 übernimmt 100 % bis 3.000 EUR pro
Jahr. Wir zahlen direkt an die Klinik. Gute Besserung für Lotte!

Ihre Tierversicherung
Weidenau Allgemeine Versicherung AG
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "dog surgery insurance, animal health only, named customer")


def m145():
    h = """From: Paul Grabowski <paul.grabowski@weidenau-versicherung.example>
To: Support Codewerk <support@codewerk-it.example>
Subject: BUG-4471: care level field shows "5" for all synthetic test persons
Date: Mon, 21 Dec 2026 16:02:00 +0100
Message-ID: <pg-bug4471@weidenau-versicherung.example>"""
    b = """Hi,

in the test environment (T2) the care level field in the provider portal
shows "5" for every synthetic test person, e.g. "Test Person 0815
(synthetic)" who should be level 2. Steps:

1. log in as provider "Pflegedienst Test GmbH"
2. open invoice TC-4.2-07
3. field "Pflegegrad" = 5, API response says "careLevel": 2

Looks like a mapping bug in the frontend (enum index vs. value).
Priority: high, blocks the release test. Screenshot in the ticket.

Thanks
Paul
"""
    return M(build(h, b), "NORMAL", "en", "insurer-to-supplier",
             "trap: bug report about care level field with synthetic test person")


def m146():
    h = """From: Lars Winterfeld <lars.winterfeld@weidenau-versicherung.example>
To: Ms Lena Fairbanks <lena.fairbanks@coastline-mail.example>
Subject: RE: back to work in January - daily sickness allowance
Date: Tue, 22 Dec 2026 11:45:00 +0100
Message-ID: <lw-re-fairbanks-1222@weidenau-versicherung.example>
In-Reply-To: <lf-backtowork-1221@coastline-mail.example>"""
    b = """Dear Ms Fairbanks,

thanks for the update, that sounds very positive. Yes, we continue to pay
your daily sickness allowance (policy KT 7712 39950) during the graded
return to work; your employer's partial salary is deducted.

Please send the signed plan and the weekly hours once you start.

Kind regards
Lars Winterfeld

> On 21 Dec 2026, Lena Fairbanks wrote:
> Hi Mr Winterfeld, good news - my therapist thinks I'm ready. After five
> months off with the burnout/adjustment disorder (F43.2) and the six weeks
> at the psychosomatic clinic in Bad Ebersau, we agreed with my manager:
> 2 weeks at 4 h, then 6 h, full time from 1 March. Still on sertraline.
> Will the payments continue? Lena
"""
    return M(build(h, b), "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "daily sickness allowance return-to-work; quoted part: F43.2, psychosomatic clinic, medication")


def m147():
    h = """From: Kfz-Schaden <kfz-schaden@weidenau-versicherung.example>
To: Mr Oskar Lindholm <oskar.lindholm@nordkap-mail.example>
Subject: Windscreen replacement - claim KS-26-131 220
Date: Tue, 22 Dec 2026 13:00:00 +0100
Message-ID: <ks26131220-windscreen@weidenau-versicherung.example>"""
    b = """Dear Mr Lindholm,

the windscreen of your Tesla Model 3 (KS-OL 77E) was cracked by a stone on
the A7. The replacement at Glas-Express Kassel incl. camera calibration
costs EUR 1,318.40; your partial cover (KF-5512 901 006) pays it minus the
EUR 150 deductible. Glas-Express will invoice us directly - you only pay the
EUR 150 there.

Kind regards
Motor Claims
"""
    return M(build(h, b), "CONFIDENTIAL", "en", "insurer-to-customer",
             "motor glass claim of named customer with plate")


def m148():
    h = """From: Elif Korkmaz <elif.korkmaz@weidenau-versicherung.example>
To: Betriebsrat <betriebsrat@weidenau-versicherung.example>
Subject: Krankenstand 2026 nach Bereichen - Ihre Anfrage vom 30.11.
Date: Wed, 23 Dec 2026 10:00:00 +0100
Message-ID: <ek-krankenstand-2026-br@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen des Betriebsrats,

wie angefragt der Krankenstand Januar bis November 2026 nach Bereichen
(Anteil Krankheitstage an Soll-Arbeitstagen). Bereiche unter 10 Personen sind
zusammengefasst, damit keine Rückschlüsse auf Einzelne möglich sind.

  Leistung Pflege und Reha          6,8 %  (2025: 7,4 %)
  Leistung Kranken                  5,9 %
  Kundenservice                     7,7 %
  Sach/HUK                          4,8 %
  IT                                3,9 %
  Stabsbereiche (zusammengefasst)   3,6 %
  gesamt                            5,6 %

Zum BEM: 38 Einladungen, 21 Gespräche. Einzelheiten besprechen wir wie
üblich nur im BEM-Team.

Viele Grüße
Elif Korkmaz
Personal
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: sickness absence rate per department, small units merged")


def m149():
    h = """From: Gewerbe Haftpflicht <gewerbe-haftpflicht@weidenau-versicherung.example>
To: Ulrike Sasse <ulrike.sasse@t-netz.example>
Subject: Haus- und Grundbesitzerhaftpflicht für Ihr Mietshaus Wilhelmstraße 21
Date: Wed, 23 Dec 2026 12:30:00 +0100
Message-ID: <gh-hug-sasse-1223@weidenau-versicherung.example>"""
    b = """Sehr geehrte Frau Sasse,

für Ihr Mehrfamilienhaus Wilhelmstraße 21, 34117 Kassel (6 Wohneinheiten,
Mieteinnahmen laut Ihrer Angabe 52.800 EUR im Jahr) bieten wir Ihnen die
Haus- und Grundbesitzerhaftpflicht an:

  Deckungssumme:  10 Mio. EUR pauschal
  Beitrag:        186,20 EUR jährlich inkl. Versicherungsteuer
  Beginn:         01.01.2027

Der Winterdienst ist laut Ihrer Mail an die Firma Grünpflege Nolte
übertragen; bitte schicken Sie uns den Vertrag zur Akte.

Mit freundlichen Grüßen
Gewerbe Haftpflicht
"""
    return M(build(h, b), "CONFIDENTIAL", "de", "insurer-to-customer",
             "landlord liability offer with named owner, address and rental income")


def m150():
    h = """From: Ruth Amsel <ruth.amsel@weidenau-versicherung.example>
To: Alle Mitarbeitenden <alle@weidenau-versicherung.example>
Subject: Datenschutz-Quiz zum Jahresende: Was ist ein Gesundheitsdatum?
Date: Thu, 24 Dec 2026 09:00:00 +0100
Message-ID: <ra-quiz-2026@weidenau-versicherung.example>"""
    b = """Liebe Kolleginnen und Kollegen,

zum Jahresende ein kleines Quiz. Alle Beispiele sind erfunden.

1. "Frau Muster (fiktiv) hat Pflegegrad 2." – Gesundheitsdatum?
   a) ja  b) nein
2. "Im 3. Quartal gab es 178 Einstufungen in Pflegegrad 3." – Gesundheitsdatum?
   a) ja  b) nein
3. "Herr Beispiel (fiktiv) nimmt Metformin." – Gesundheitsdatum?
   a) ja  b) nein
4. Eine Stellenanzeige für Pflegefachkräfte – Gesundheitsdatum?
   a) ja  b) nein

Auflösung: 1a, 2b, 3a (Medikament lässt auf Diabetes schließen), 4b.

Wer alle richtig hat, darf sich am 5. Januar ein Stück Kuchen in der
Datenschutz-Sprechstunde abholen.

Frohe Feiertage!
Ruth Amsel
Datenschutzbeauftragte
"""
    return M(build(h, b), "NORMAL", "de", "internal",
             "trap: data-protection quiz with fictitious examples")



# ================================================================ MAIN

N_MAILS = 150


def all_mails():
    return [globals()["m%03d" % i] for i in range(1, N_MAILS + 1)]


def generate():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, fn in enumerate(all_mails(), 1):
        m = fn()
        name = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(to_bytes(m.msg, i))
        for v in (m.label, m.lang, m.kind, m.reason):
            assert "\t" not in v and "\n" not in v, (name, v)
        rows.append("\t".join((name, m.label, m.lang, m.kind, m.reason)))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (N_MAILS, OUT))


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b", re.I)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _texts(part, out):
    ct = part.get_content_type()
    if part.is_multipart():
        for p in part.iter_parts():
            _texts(p, out)
    elif ct == "message/rfc822":
        inner = part.get_content()
        out.append(str(inner.get("Subject", "")))
        _texts(inner, out)
    elif part.get_content_maintype() == "text":
        out.append(part.get_content())
    else:
        data = part.get_content()
        fn = (part.get_filename() or "").lower()
        if fn.endswith((".xlsx", ".docx", ".ods", ".odt", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for n in z.namelist():
                if n.endswith((".xml", ".csv", ".txt", ".ics")):
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8", "replace")))
        elif fn.endswith(".pdf") or data[:5] == b"%PDF-":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), fn
            out.append(" ".join(re.findall(r"\((.*?)\) '", data.decode("cp1252"))))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:]]
    if len(rows) != N_MAILS:
        errors.append("labels.tsv has %d rows" % len(rows))
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, N_MAILS + 1)]
    if files != want:
        errors.append("mail files do not match d%s-0001..%04d" % (NN, N_MAILS))
    counts, langs, traps, mids = {}, {}, 0, set()
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % (r,))
            continue
        name, label, lang, kind, reason = r
        counts[label] = counts.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        if lang not in ("de", "en", "mixed"):
            errors.append("%s: lang %s" % (name, lang))
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
        if reason.startswith("trap:") and label != "NORMAL":
            errors.append("%s: trap on non-NORMAL" % name)
        raw = open(os.path.join(OUT, name), "rb").read()
        if re.search(rb"(?<!\r)\n", raw):
            errors.append("%s: bare LF" % name)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        mid = str(msg["Message-ID"])
        if mid in mids:
            errors.append("%s: duplicate Message-ID" % name)
        mids.add(mid)
        if "@weidenau-versicherung.example" not in str(msg["From"]):
            errors.append("%s: not sent from the insurer domain" % name)
        for h in ("From", "To", "Cc", "Reply-To"):
            for addr in re.findall(r"[\w.+'-]+@([\w.-]+)", str(msg.get(h, ""))):
                if not addr.lower().endswith(".example"):
                    errors.append("%s: domain %s" % (name, addr))
        for p in msg.walk():
            if p.defects:
                errors.append("%s: defects %r" % (name, p.defects))
        out = [str(msg["Subject"])]
        try:
            _texts(msg, out)
        except Exception as e:  # noqa
            errors.append("%s: cannot decode part: %r" % (name, e))
        blob = "\n".join(out)
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            if not dom.lower().endswith(".example"):
                errors.append("%s: domain in text %s" % (name, dom))
        for cand in IBAN_RE.findall(blob):
            c = cand.replace(" ", "")
            if not (15 <= len(c) <= 34) or "X" in c.upper()[4:] or not c[:2].isalpha():
                continue
            if c[:2].upper() not in ("DE", "AT", "CH", "NL", "GB", "FR"):
                continue
            if not iban_ok(c) and "invalid IBAN" not in reason:
                errors.append("%s: IBAN checksum fails: %s" % (name, cand))
    for k, v in EXPECTED.items():
        if counts.get(k, 0) != v:
            errors.append("label %s: %d, expected %d" % (k, counts.get(k, 0), v))
    if traps < (2 * EXPECTED["NORMAL"] + 2) // 3:
        errors.append("only %d traps" % traps)
    print("labels:", counts, "langs:", langs, "traps:", traps)
    if errors:
        print("CHECK FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  -", e)
        return 1
    print("CHECK OK: %d mails, %d label rows, all parsed" % (len(files), len(rows)))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    generate()
