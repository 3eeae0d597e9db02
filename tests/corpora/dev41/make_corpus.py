#!/usr/bin/env python3
"""Generator of the d41 corpus: 200 hand-written, fictitious e-mails of the invented
life/pension/BU insurer "Elbtal Lebensversicherung AG", Dresden (elbtal-leben.example).

Every mail is written out by hand in its own section below (MAILS). The helpers in this
first part only build MIME and attachment files deterministically.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds twice, compares with disk, parses, opens attachments
"""
import csv, datetime as dt, hashlib, io, os, random, re, sys, zipfile
from email.message import EmailMessage
from email.parser import BytesParser
from email import policy as _pol
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d41"
SEED = 41
DOM = "elbtal-leben.example"
SMTP = _pol.SMTP
FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)

# ------------------------------------------------------------------ MIME helpers
def _tz(y, mo, d):
    # CET/CEST; DST in 2026: 29 March .. 25 October
    if (mo, d) >= (3, 29) and (mo, d) < (10, 25):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))

def date_hdr(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return format_datetime(d.replace(tzinfo=_tz(d.year, d.month, d.day)))

def fixzip(data, meta_date="2026-01-02T08:00:00Z"):
    """Rewrite a ZIP container (xlsx/docx/ods/odt) with fixed member times and metadata dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zo:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = raw.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", r"\g<1>" + meta_date + r"\2", txt)
                txt = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>" + meta_date[:-1] + r"\2", txt)
                txt = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>" + meta_date[:-1] + r"\2", txt)
                raw = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zo.writestr(zi, raw)
    return out.getvalue()

def xlsx(sheets, author="Elbtal Lebensversicherung AG"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2026, 1, 2, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 2, 8, 0, 0)
    b = io.BytesIO(); wb.save(b)
    return fixzip(b.getvalue())

def docx(paras, table=None, author="Elbtal Lebensversicherung AG"):
    """paras: list of str (a leading '# ' makes a heading)."""
    import docx as _d
    doc = _d.Document()
    for p in paras:
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = doc.core_properties
    cp.author = author; cp.last_modified_by = author
    cp.created = dt.datetime(2026, 1, 2, 8, 0, 0); cp.modified = dt.datetime(2026, 1, 2, 8, 0, 0)
    cp.revision = 1
    b = io.BytesIO(); doc.save(b)
    return fixzip(b.getvalue())

def odt(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    d = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            d.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            d.text.addElement(P(text=p))
    b = io.BytesIO(); d.write(b)
    return fixzip(b.getvalue())

def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    d = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
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
        d.spreadsheet.addElement(t)
    b = io.BytesIO(); d.write(b)
    return fixzip(b.getvalue())

def _odf_warmup():
    # odfpy collects namespace declarations in shared state; creating one text and one
    # spreadsheet document first makes every later document carry the same declarations.
    for _ in range(2):
        odt(["# w", "w"]); ods([("w", [["w", 1]])])

def pdf(lines, title="Elbtal Lebensversicherung AG"):
    """lines: list of str; '# ' starts a bold line. Text is latin-1 (EUR instead of the euro sign)."""
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc))
    p.set_title(title); p.set_author("Elbtal Lebensversicherung AG"); p.set_producer("d41 corpus")
    p.add_page()
    p.set_font("Helvetica", size=10)
    for ln in lines:
        ln = ln.replace("\u20ac", "EUR").replace("\u2013", "-").replace("\u201e", '"').replace("\u201c", '"')
        if ln.startswith("# "):
            p.set_font("Helvetica", style="B", size=12)
            p.multi_cell(0, 7, ln[2:], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", size=10)
        else:
            p.multi_cell(0, 5, ln if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())

def mkzip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()

MIME_OF = {
    "pdf": ("application", "pdf"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"),
    "ics": ("text", "calendar"),
    "csv": ("text", "csv"),
    "txt": ("text", "plain"),
}

def att(filename, data, mime=None, charset=None):
    """An attachment: bytes (binary) or str (text, with charset)."""
    return ("att", filename, data, mime, charset)

def fwd(inner, filename=None):
    """A forwarded message as message/rfc822."""
    return ("msg", filename, inner, None, None)

def inner_mail(frm, to, subj, date, body, cc=None, msgid=None, charset="utf-8", atts=()):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm; m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj; m["Date"] = date_hdr(date)
    if msgid: m["Message-ID"] = msgid
    m.set_content(body, charset=charset)
    for a in atts:
        _add(m, a)
    return m

def _add(m, a):
    kind, filename, data, mime, charset = a
    if kind == "msg":
        if filename:
            m.add_attachment(data, filename=filename)
        else:
            m.add_attachment(data)
        return
    ext = filename.rsplit(".", 1)[-1].lower()
    mt, st = mime or MIME_OF.get(ext, ("application", "octet-stream"))
    if isinstance(data, str):
        m.add_attachment(data, subtype=st, charset=charset or "utf-8", filename=filename)
        if mt != "text":
            m.get_payload()[-1].set_type(f"{mt}/{st}")
    else:
        m.add_attachment(data, maintype=mt, subtype=st, filename=filename)

def _h(key):
    return hashlib.sha1(f"{PREFIX}:{key}".encode()).hexdigest()[:16]

REGISTRY = []
def M(fn):
    REGISTRY.append(fn)
    return fn

def mail(key, label, lang, kind, reason, *, frm, to, subj, date, body=None, cc=None, html=None,
         html_only=False, atts=(), charset="utf-8", cte=None, flowed=False, irt=None,
         mailer=None, headers=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc: m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date_hdr(date)
    m["Message-ID"] = f"<{date[:10].replace('-', '')}{date[11:13]}{date[14:16]}.{_h(key)}@mail.{DOM}>"
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    m["X-Mailer" if not (mailer or "").startswith("Mozilla") else "User-Agent"] = mailer or "Microsoft Outlook 16.0"
    for k, v in (headers or {}).items():
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", charset=charset, **({"cte": cte} if cte else {}))
    else:
        kw = {"charset": charset}
        if cte: kw["cte"] = cte
        m.set_content(body, **kw)
        if flowed:
            m.set_param("format", "flowed")
        if html:
            m.add_alternative(html, subtype="html")
    for a in atts:
        _add(m, a)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"----=_NextPart_{_h(key)[:10]}_{i:02d}")
    return m, dict(label=label, lang=lang, kind=kind, reason=reason)

# ------------------------------------------------------------------ staff signatures (shared)
FOOT_DE = ("Elbtal Lebensversicherung AG · Pillnitzer Landstraße 148 · 01326 Dresden\n"
           "Vorstand: Dr. Gunnar Maletzki (Vors.), Ines Troll, Matthias Gebauer · "
           "Vorsitzende des Aufsichtsrats: Prof. Dr. Renate Kaulfuß\n"
           "Sitz Dresden · Amtsgericht Dresden HRB 41 877")
FOOT_EN = ("Elbtal Lebensversicherung AG · Pillnitzer Landstrasse 148 · 01326 Dresden · Germany\n"
           "Registered office Dresden · Local court Dresden HRB 41 877")

def sig(who, lang="de"):
    s = STAFF[who]
    if lang == "de":
        return f"Mit freundlichen Grüßen\n\n{s[0]}\n{s[1]}\nTelefon +49 351 4410-{s[3]}\n{s[2]}@{DOM}\n\n--\n{FOOT_DE}"
    return f"Kind regards\n\n{s[0]}\n{s[4]}\nPhone +49 351 4410-{s[3]}\n{s[2]}@{DOM}\n\n--\n{FOOT_EN}"

def frm(who):
    s = STAFF[who]
    return f"{s[0]} <{s[2]}@{DOM}>"

STAFF = {
    # key: (name, German unit, mailbox, extension, English unit)
    "oehme": ("Katrin Oehme", "Leistung Leben – Todesfall", "k.oehme", "312", "Life claims – death benefits"),
    "riedel": ("Thomas Riedel", "Leistung Berufsunfähigkeit", "t.riedel", "327", "Disability claims"),
    "sachse": ("Dr. med. Ulrike Sachse", "Gesellschaftsärztin", "u.sachse", "390", "Chief medical officer"),
    "hentschel": ("Marco Hentschel", "Vertragsservice Leben", "m.hentschel", "241", "Policy services"),
    "kuehn": ("Sabine Kühn", "Rentenservice", "s.kuehn", "266", "Annuity services"),
    "wagenknecht": ("Jens Wagenknecht", "Firmenkunden bAV", "j.wagenknecht", "455", "Corporate pensions"),
    "grundmann": ("Anja Grundmann", "Versorgungsausgleich", "a.grundmann", "273", "Pension splitting"),
    "braeuer": ("Felix Bräuer", "Compliance / Geldwäscheprävention", "f.braeuer", "508", "Compliance / AML"),
    "pietsch": ("Claudia Pietsch", "Recht – Pfändungen und Insolvenzen", "c.pietsch", "521", "Legal – garnishments and insolvency"),
    "vogel": ("Dr. Henrik Vogel", "Aktuariat", "h.vogel", "610", "Actuarial department"),
    "schubert": ("Lena Schubert", "Unternehmenskommunikation", "l.schubert", "150", "Corporate communications"),
    "seifert": ("Ronny Seifert", "IT-Servicedesk", "r.seifert", "777", "IT service desk"),
    "lorenz": ("Petra Lorenz", "Personal", "p.lorenz", "130", "Human resources"),
    "fiedler": ("Mandy Fiedler", "Immobilienverwaltung", "m.fiedler", "705", "Real estate management"),
    "kunze": ("Steffen Kunze", "Baufinanzierung", "s.kunze", "720", "Mortgage lending"),
    "neumann": ("Olga Neumann", "Maklerbetreuung", "o.neumann", "402", "Broker relations"),
    "kretschmar": ("Daniel Kretschmar", "Steuern", "d.kretschmar", "545", "Tax department"),
    "heinze": ("Birgit Heinze", "Einkauf / Facility", "b.heinze", "160", "Procurement / facilities"),
    "walther": ("Nadine Walther", "Datenschutzbeauftragte", "n.walther", "199", "Data protection officer"),
    "hahn": ("Robert Hahn", "International Desk", "r.hahn", "288", "International desk"),
    "zimmer": ("Yvonne Zimmer", "Leistung Leben – Todesfall", "y.zimmer", "314", "Life claims – death benefits"),
    "berger": ("Tobias Berger", "Vertragsservice Leben", "t.berger", "245", "Policy services"),
}

# ================================================================== MAILS

# ---------------------------------------------------------------- death claims (German)
@M
def tod_tochter_unterlagen():
    body = f"""Sehr geehrte Frau Gäbler,

zunächst möchten wir Ihnen zum Tod Ihres Vaters, Herrn Wolfgang Gäbler, unser aufrichtiges Beileid aussprechen.

Ihre Mitteilung vom 7. Januar haben wir erhalten. Für die Kapitallebensversicherung L-20.118.452 (Beginn 01.12.1998) ist im Todesfall eine Leistung fällig. Ein widerrufliches Bezugsrecht war zuletzt zugunsten "der Erben" hinterlegt. Damit wir auszahlen können, benötigen wir noch:

1. die Sterbeurkunde (Original oder amtlich beglaubigte Kopie),
2. ein ärztliches Zeugnis über die Todesursache (das Formular "Ärztliche Bescheinigung im Todesfall" liegt bei – bitte vom behandelnden Arzt oder dem Arzt, der die Leichenschau vorgenommen hat, ausfüllen lassen),
3. den Erbschein oder ein eröffnetes notarielles Testament mit Eröffnungsprotokoll,
4. den Versicherungsschein im Original (falls nicht auffindbar, genügt eine kurze Verlustmeldung),
5. die Bankverbindung der Erbengemeinschaft bzw. eine Vollmacht der Miterben.

Die Leistung beträgt nach unserem derzeitigen Stand 38.412,70 EUR einschließlich Schlussüberschussanteil. Die endgültige Abrechnung erhalten Sie nach Eingang der Unterlagen.

Wenn Sie Fragen haben, erreichen Sie mich direkt unter der unten genannten Durchwahl.

{sig("oehme")}"""
    return mail("tod_tochter_unterlagen", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-heir",
                "death claim on life policy L-20.118.452, cause-of-death certificate requested, payout amount",
                frm=frm("oehme"), to="Simone Gäbler <simone.gaebler@posteo.example>",
                subj="Ihre Todesfallmeldung zur Versicherung L-20.118.452", date="2026-01-09 10:14", body=body)

@M
def tod_notar_abrechnung():
    p = pdf(["# Leistungsabrechnung Todesfall",
             "Versicherungsnummer: L-19.774.203   Tarif: KLV 2004 (Kapitallebensversicherung)",
             "Versicherte Person: Erika Haubold, geb. 14.03.1941, verstorben am 22.12.2025",
             "Versicherungsnehmerin: Erika Haubold, Hauptstraße 9, 01744 Dippoldiswalde",
             "",
             "Versicherungssumme                      12.000,00 EUR",
             "Laufender Überschuss (verzinslich)       4.318,22 EUR",
             "Schlussüberschussanteil                  1.106,40 EUR",
             "Beteiligung an Bewertungsreserven          211,05 EUR",
             "Gesamtleistung                          17.635,67 EUR",
             "",
             "Zahlung an: Erbengemeinschaft Haubold, vertreten durch Notar Dr. Frieder Lange",
             "Notaranderkonto IBAN DE28850400004473710031 (Commerzbank Dresden)",
             "Kapitalertragsteuer: keine (Vertragsabschluss vor 2005, Laufzeit > 12 Jahre)",
             "",
             "Dresden, 03.02.2026 - Elbtal Lebensversicherung AG, Leistung Leben"])
    body = f"""Sehr geehrter Herr Dr. Lange,

in der Nachlasssache Haubold erhalten Sie anbei die Leistungsabrechnung zur Lebensversicherung L-19.774.203. Der Erbschein des Amtsgerichts Dippoldiswalde (Az. 3 VI 412/25) liegt uns seit dem 28.01. vor.

Die Überweisung auf Ihr Notaranderkonto ist für den 06.02.2026 disponiert. Eine Steuermeldung an das Finanzamt nach § 33 ErbStG haben wir parallel abgegeben.

{sig("zimmer")}"""
    return mail("tod_notar_abrechnung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-notary",
                "death benefit statement in PDF: birth/death date, payout, notary escrow IBAN",
                frm=frm("zimmer"), to="Notariat Dr. Lange <kanzlei@notar-lange-pirna.example>",
                subj="Nachlass Haubold – Leistungsabrechnung L-19.774.203", date="2026-02-03 15:40", body=body,
                atts=[att("Leistungsabrechnung_L-19774203.pdf", p)])

@M
def tod_nachlassgericht():
    body = f"""Amtsgericht Meißen
– Nachlassgericht –
Az. 5 VI 88/26

Sehr geehrte Damen und Herren,

in der Nachlasssache des am 30.01.2026 verstorbenen Herrn Karl-Heinz Tippmann, zuletzt wohnhaft Am Burgberg 4, 01662 Meißen, besteht bei uns eine Rentenversicherung mit Todesfallleistung (Vertrag R-50.220.871). Ein Bezugsberechtigter ist nicht benannt, die Leistung fällt daher in den Nachlass.

Wir bitten um Übersendung einer beglaubigten Abschrift des Erbscheins bzw. um Mitteilung, ob ein Nachlasspfleger bestellt wurde. Die Rückgewähr des Restkapitals beträgt voraussichtlich 23.950,00 EUR.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

{sig("oehme")}"""
    return mail("tod_nachlassgericht", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-court",
                "probate court asked for certificate of inheritance, pension contract of a deceased named person",
                frm=frm("oehme"), to="nachlassgericht@ag-meissen.justiz.example",
                subj="Nachlasssache Tippmann, Az. 5 VI 88/26 – Anfrage Erbschein", date="2026-02-17 09:02",
                body=body, cte="quoted-printable")

@M
def tod_suizid_intern():
    body = f"""Hallo Yvonne,

kurz zum Fall Vertrag L-24.006.918 (Risiko-LV, VN/VP Dennis Kaltofen, 34 J.): Beginn war 01.06.2024, Tod am 11.02.2026, also innerhalb der Dreijahresfrist nach § 161 VVG. Laut Leichenschauschein "nicht natürlicher Tod, Intoxikation", die Kripo Chemnitz ermittelt noch. Aus dem Antrag: Frage nach psychotherapeutischer Behandlung in den letzten 5 Jahren wurde verneint, die Ehefrau erwähnte am Telefon aber eine Behandlung wegen Depression (F32.2) 2022.

Bitte
- Akteneinsicht bei der StA beantragen (Ermittlungsakte, Obduktionsbericht),
- Schweigepflichtentbindung der Erbin für Hausarzt Dr. Reinhold anfordern,
- an Dr. Sachse zur Stellungnahme wegen möglicher vorvertraglicher Anzeigepflichtverletzung.

Auszahlung erst nach Klärung. Bezugsberechtigt ist die Ehefrau Janine Kaltofen, VS 150.000 EUR.

Danke & Gruß
Katrin"""
    return mail("tod_suizid_intern", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "death claim within suicide clause period, cause of death, depression diagnosis F32.2",
                frm=frm("oehme"), to=frm("zimmer"), cc=frm("sachse"),
                subj="L-24.006.918 Kaltofen – Prüfung § 161 VVG", date="2026-02-24 08:31", body=body)

@M
def bezugsrecht_bestaetigung():
    body = f"""Sehr geehrter Herr Zschiesche,

wir bestätigen Ihnen die Änderung des Bezugsrechts für Ihre fondsgebundene Rentenversicherung R-51.338.017 mit Wirkung zum Eingang Ihrer Erklärung am 12.03.2026.

Bezugsberechtigt im Todesfall vor Rentenbeginn ist ab sofort:
  Frau Maria Zschiesche (Lebensgefährtin), geb. 02.08.1979 – widerruflich, 100 %

Das bisherige Bezugsrecht zugunsten Ihres Sohnes Paul ist damit erloschen. Bitte bewahren Sie dieses Schreiben zusammen mit Ihrem Versicherungsschein auf.

{sig("hentschel")}"""
    return mail("bezugsrecht_bestaetigung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "beneficiary change on a pension contract (life line) with birth date, no medical word",
                frm=frm("hentschel"), to="Ralf Zschiesche <ralf.zschiesche@web.example>",
                subj="Bestätigung Bezugsrechtsänderung", date="2026-03-16 11:47", body=body, cte="8bit")

@M
def rueckkauf_auszahlung():
    body = f"""Guten Tag Frau Wenzel,

vielen Dank für Ihre Kündigung vom 02.04.2026. Ihre Lebensversicherung L-21.559.604 haben wir zum 30.04.2026 beendet.

Rückkaufswert zum 30.04.2026                 8.944,15 EUR
abzgl. Stornoabzug                             -120,00 EUR
Überschussbeteiligung                          1.037,33 EUR
Kapitalertragsteuer + Soli                      -96,14 EUR
Auszahlungsbetrag                              9.765,34 EUR

Die Auszahlung erfolgt am 04.05.2026 auf Ihr Konto
IBAN DE97 1203 0000 4337 6947 30 (Deutsche Kreditbank).

Eine Steuerbescheinigung senden wir Ihnen Anfang nächsten Jahres zu.

{sig("berger")}"""
    return mail("rueckkauf_auszahlung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "surrender value of life policy with IBAN and tax",
                frm=frm("berger"), to="Jana Wenzel <jana.wenzel@gmx.example>",
                subj="Kündigung Ihrer Lebensversicherung – Abrechnung", date="2026-04-21 14:05", body=body)

@M
def policendarlehen_angebot():
    body = f"""Sehr geehrter Herr Mittag,

gern bieten wir Ihnen, wie am Telefon besprochen, ein Policendarlehen auf Ihre Rentenversicherung R-48.102.556 an:

- Darlehensbetrag: 6.000,00 EUR (max. möglich: 7.310,00 EUR, 80 % des Rückkaufswerts)
- Sollzins: 4,15 % p.a., Zinszahlung vierteljährlich
- keine Tilgungspflicht, Rückzahlung jederzeit, spätestens Verrechnung mit der Leistung

Wenn Sie einverstanden sind, unterschreiben Sie bitte den beigefügten Darlehensvertrag und senden ihn uns zurück. Die Auszahlung erfolgt auf das Konto, von dem wir auch die Beiträge einziehen (IBAN endet auf 4585).

{sig("hentschel")}"""
    d = docx(["# Darlehensvertrag (Policendarlehen)",
              "Zwischen der Elbtal Lebensversicherung AG, Dresden, und Herrn Uwe Mittag, geb. 19.05.1968, Lindenweg 22, 09599 Freiberg",
              "wird zu Lasten der Rentenversicherung R-48.102.556 ein Darlehen über 6.000,00 EUR gewährt.",
              "Sollzins 4,15 % p.a. fest für die Laufzeit; Auszahlung auf DE83 1001 0010 1526 8945 85.",
              "Ort, Datum, Unterschrift Darlehensnehmer: ______________________"])
    return mail("policendarlehen_angebot", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "policy loan on a pension contract; DOCX with birth date and IBAN",
                frm=frm("hentschel"), to="uwe.mittag@t-online.example",
                subj="Ihr Policendarlehen – Vertragsunterlagen", date="2026-05-06 09:20", body=body,
                atts=[att("Darlehensvertrag_R-48102556.docx", d)])

@M
def aktuar_sterbetafel_memo():
    body = """Liebe Kolleginnen und Kollegen,

die DAV hat die Überprüfung der Tafel DAV 2004 R abgeschlossen; für den Bestand der aufgeschobenen Rentenversicherungen ergibt sich nach unserer Auswertung kein zusätzlicher Reservierungsbedarf über die 2025 gebildete Zinszusatzreserve hinaus.

Kernergebnisse (Bestand 31.12.2025, 84.112 Verträge):
- tatsächliche Sterblichkeit Rentenbezieher 65–85: 91,4 % der Tafelwerte (Männer), 94,0 % (Frauen)
- Trendannahme 2. Ordnung unverändert
- Sicherheitsmarge in der Rentenphase weiterhin ausreichend (Prüfquotient 1,07)

Für die Risikolebensversicherung (DAV 2008 T) liegen die beobachteten Todesfälle bei 62 % der erwarteten; der Nichtrauchertarif läuft besonders günstig. Details in der Anlage zur Sitzung des Produktausschusses am 3. März.

Viele Grüße
Henrik Vogel
Verantwortlicher Aktuar"""
    x = xlsx([("Sterblichkeit 2025", [
        ["Altersband", "Geschlecht", "Lebende (Jahresmitte)", "Todesfälle beob.", "Todesfälle erw. DAV 2004 R", "Quote"],
        ["65-69", "m", 9120, 118, 131.2, 0.90], ["65-69", "w", 10340, 77, 80.9, 0.95],
        ["70-74", "m", 7011, 152, 163.5, 0.93], ["70-74", "w", 8230, 121, 128.0, 0.95],
        ["75-79", "m", 4208, 171, 186.0, 0.92], ["75-79", "w", 5399, 160, 170.4, 0.94],
        ["80-85", "m", 1977, 148, 165.1, 0.90], ["80-85", "w", 2906, 190, 203.7, 0.93]])])
    return mail("aktuar_sterbetafel_memo", "NORMAL", "de", "internal",
                "trap: actuarial memo on mortality tables with aggregated deaths per age band, no person",
                frm=frm("vogel"), to="produktausschuss@elbtal-leben.example",
                subj="Überprüfung DAV 2004 R – Ergebnis Bestand 2025", date="2026-02-19 16:22", body=body,
                atts=[att("Sterblichkeitsanalyse_2025.xlsx", x)])

@M
def zins_ankuendigung_makler():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 1. Juli 2026 passen wir die Gesamtverzinsung für unsere klassischen Rentenversicherungen an:

  laufende Verzinsung                 2,60 % (bisher 2,45 %)
  Schlussüberschuss + Bewertungsreserven (Sockel) 0,40 %
  Gesamtverzinsung                    3,00 %

Der Garantiezins für Neugeschäft bleibt beim Höchstrechnungszins von 1,0 %. Für Bestandsverträge gilt unverändert der jeweils vertraglich garantierte Rechnungszins (je nach Abschlussjahr zwischen 4,0 % und 0,25 %).

Neue Beispielrechnungen finden Sie ab 15.06. im Maklerportal unter "Downloads > Überschussbeteiligung".

Herzliche Grüße aus Dresden
Ihr Team Maklerbetreuung

Olga Neumann
Maklerbetreuung – Elbtal Lebensversicherung AG"""
    return mail("zins_ankuendigung_makler", "NORMAL", "de", "insurer-to-broker",
                "trap: interest-rate/bonus announcement to brokers, rates and policy-year ranges only",
                frm=frm("neumann"), to="maklerinfo@elbtal-leben.example",
                subj="Überschussbeteiligung ab 1. Juli 2026", date="2026-05-28 10:00", body=body)

@M
def formular_bezugsrecht_blanko():
    d = docx(["# Erklärung zur Änderung des Bezugsrechts",
              "Versicherungsnummer: «Versicherungsnummer»",
              "Versicherungsnehmer/in: «Vorname» «Name», geb. «Geburtsdatum»",
              "Anschrift: «Straße» «PLZ» «Ort»",
              "Neue bezugsberechtigte Person im Todesfall: ______________________  geb. ___________",
              "Art des Bezugsrechts:  [ ] widerruflich   [ ] unwiderruflich",
              "Hinweis: Bei unwiderruflichem Bezugsrecht ist für spätere Änderungen die Zustimmung der bezugsberechtigten Person erforderlich.",
              "Ort, Datum, Unterschrift: ______________________"])
    body = """Hallo zusammen,

im Formularcenter liegt ab heute die überarbeitete Vorlage "Bezugsrecht ändern" (Stand 04/2026). Neu: Ankreuzfeld widerruflich/unwiderruflich und der Hinweis zur Zustimmung. Die alte Version bitte nicht mehr verschicken.

Gruß
Tobias"""
    return mail("formular_bezugsrecht_blanko", "NORMAL", "de", "internal",
                "trap: blank beneficiary-change form with «placeholders»",
                frm=frm("berger"), to="vertragsservice-leben@elbtal-leben.example",
                subj="Neue Vorlage Bezugsrechtsänderung", date="2026-04-08 13:12", body=body,
                atts=[att("Vorlage_Bezugsrecht_2026-04.docx", d)])

@M
def hr_gehaltserhoehung():
    body = """Liebe Frau Pohle,

wie im Jahresgespräch vereinbart, erhöht sich Ihr monatliches Bruttogehalt ab 1. April 2026 von 4.180 EUR auf 4.420 EUR (Tarifgruppe VI, 8. Berufsjahr). Zusätzlich erhalten Sie für 2025 eine Leistungsprämie von 1.300 EUR mit der Aprilabrechnung.

Die unterschriebene Änderungsvereinbarung liegt Ihnen in Papierform vor; bitte geben Sie ein Exemplar bis 20.03. an mich zurück.

Herzliche Grüße
Petra Lorenz
Personal"""
    return mail("hr_gehaltserhoehung", "CONFIDENTIAL", "de", "internal",
                "salary increase and bonus of a named employee",
                frm=frm("lorenz"), to="Katja Pohle <k.pohle@elbtal-leben.example>",
                subj="Ihre Gehaltsanpassung zum 01.04.2026", date="2026-03-05 12:30", body=body)

@M
def hr_bewerbung_einladung():
    cv = pdf(["# Lebenslauf",
              "Marlene Ufer", "geboren am 27.09.1996 in Zwickau", "Tharandter Straße 61, 01159 Dresden",
              "Telefon 0172 5550193",
              "",
              "2019-2023  Kauffrau für Versicherungen und Finanzen, Generali-Agentur Schneider, Freital",
              "seit 2023  Sachbearbeiterin Kundenservice, Stadtwerke Dresden",
              "Gehaltsvorstellung: 46.000 EUR brutto p.a.",
              "Kündigungsfrist: 3 Monate zum Quartalsende"])
    body = f"""Hallo Herr Tschirner,

anbei der Lebenslauf von Frau Ufer für die Stelle Sachbearbeitung Vertragsservice (Kennziffer 2026-07). Sie passt gut ins Profil. Ich würde sie für Dienstag, 24.02., 14 Uhr einladen – passt Ihnen das? Ihre Gehaltsvorstellung liegt leicht über Band, wäre aber verhandelbar.

Viele Grüße
Petra Lorenz"""
    return mail("hr_bewerbung_einladung", "CONFIDENTIAL", "de", "internal",
                "applicant CV (birth date, salary expectation) only in the PDF; body harmless",
                frm=frm("lorenz"), to="Sven Tschirner <s.tschirner@elbtal-leben.example>",
                subj="Bewerbung 2026-07 – Vorschlag Vorstellungsgespräch", date="2026-02-12 08:55", body=body,
                atts=[att("CV_Ufer.pdf", cv)])

@M
def immo_mietrueckstand():
    body = f"""Sehr geehrter Herr Kaden,

trotz unserer Erinnerung vom 10.03.2026 ist die Miete für März und April für Ihre Wohnung Rosa-Luxemburg-Str. 17, 3. OG links, 04103 Leipzig (Mietvertrag Nr. W-LE-0317) noch offen:

  Miete März 2026     812,40 EUR
  Miete April 2026    812,40 EUR
  Mahngebühr            5,00 EUR
  offen gesamt      1.629,80 EUR

Bitte überweisen Sie den Betrag bis spätestens 30.04.2026 auf unser Mietenkonto. Sollten Sie in Zahlungsschwierigkeiten sein, rufen Sie mich bitte an – wir finden gern eine Ratenvereinbarung. Bei einem Rückstand von zwei Monatsmieten sind wir andernfalls zur fristlosen Kündigung berechtigt (§ 543 Abs. 2 Nr. 3 BGB).

{sig("fiedler")}"""
    return mail("immo_mietrueckstand", "CONFIDENTIAL", "de", "insurer-to-tenant",
                "rent arrears of a named tenant in an investment property (financial data)",
                frm=frm("fiedler"), to="Benjamin Kaden <b.kaden@freenet.example>",
                subj="Zahlungserinnerung – Mietrückstand W-LE-0317", date="2026-04-14 10:40", body=body)

@M
def hypothek_angebot():
    body = f"""Sehr geehrte Frau Richter, sehr geehrter Herr Richter,

vielen Dank für die vollständigen Unterlagen. Auf Basis Ihrer Angaben können wir Ihnen folgendes Darlehensangebot für den Erwerb des Einfamilienhauses Birkenallee 5, 01465 Langebrück, unterbreiten:

Kaufpreis 412.000 EUR, Nebenkosten 41.900 EUR, Eigenkapital 110.000 EUR
Darlehen 343.900 EUR, Sollzins 3,62 % gebunden 15 Jahre, anfängliche Tilgung 2,0 %
Monatsrate 1.610,62 EUR

Berücksichtigte Einkommen (netto/Monat): Frau Richter 2.940 EUR, Herr Richter 3.310 EUR, Kindergeld 510 EUR. Nach Abzug Ihrer laufenden Kosten verbleibt eine Haushaltsüberschuss von ca. 1.080 EUR – das passt.

Das Angebot ist bis 29.05.2026 gültig. Gern bespreche ich Details mit Ihnen telefonisch.

{sig("kunze")}"""
    return mail("hypothek_angebot", "CONFIDENTIAL", "de", "insurer-to-borrower",
                "mortgage offer with net income of named borrowers",
                frm=frm("kunze"), to="familie.richter@mailbox.example",
                subj="Ihr Finanzierungsangebot Birkenallee 5", date="2026-05-12 17:03", body=body)

@M
def makler_provision_xlsx():
    x = xlsx([("Provision 03-2026", [
        ["Vermittler", "Lutz Hempel Versicherungsmakler (Einzelunternehmen)", "", ""],
        ["Vermittlernummer", "M-40712", "", ""],
        ["Abrechnungszeitraum", "März 2026", "", ""],
        ["Position", "Sparte", "Bewertungssumme", "Provision EUR"],
        ["Abschlussprovision Neugeschäft (6 Verträge)", "Leben", 418000, 10450.00],
        ["Bestandsprovision", "Leben", "", 1893.22],
        ["Stornobelastung", "Leben", "", -742.10],
        ["Summe", "", "", 11601.12],
        ["Auszahlung auf", "DE74 8602 0086 1815 6364 40", "", ""],
        ["Steuernummer", "203/245/18830", "", ""]])])
    body = """Hallo Herr Hempel,

wie gewohnt die Monatsabrechnung im Anhang. Die Auszahlung ist für den 10.04. angewiesen.

Beste Grüße
Olga Neumann"""
    return mail("makler_provision_xlsx", "CONFIDENTIAL", "de", "insurer-to-broker",
                "sole-trader broker commission income, IBAN and tax number only in XLSX; no customer named",
                frm=frm("neumann"), to="Lutz Hempel <info@hempel-makler.example>",
                subj="Provisionsabrechnung März 2026", date="2026-04-07 07:58", body=body,
                atts=[att("Provision_M-40712_2026-03.xlsx", x)])

@M
def it_ticket_sterbefall_workflow():
    body = """Ticket #INC-2026-01873
Kategorie: Fachanwendung LEBEN-ZENTRAL / Workflow "Todesfallmeldung"
Priorität: 2 (hoch)

Beschreibung (Fachbereich):
Seit dem Update am Montag bleibt der Workflow "Todesfall eröffnen" im Schritt "Dokumente anfordern" hängen. Die Serienbriefe (Sterbeurkunde, ärztliche Bescheinigung Todesursache, Erbschein) werden nicht erzeugt, Fehlermeldung: "DMS-Template DF_TOD_03 not found". Betroffen sind alle Sachbearbeiter der Gruppe Leistung Leben.

Analyse IT:
Das Template wurde beim Deploy im DMS in den Ordner /archiv verschoben. Rücksicherung erfolgt heute 18:00, danach bitte erneut testen.

Workaround: Anforderungsschreiben manuell aus dem Formularcenter erzeugen.

--
Ronny Seifert
IT-Servicedesk, Durchwahl 777"""
    return mail("it_ticket_sterbefall_workflow", "NORMAL", "de", "internal",
                "trap: IT ticket about the death-claim workflow, document names only, no case",
                frm=frm("seifert"), to="leistung-leben@elbtal-leben.example",
                subj="[INC-2026-01873] Workflow Todesfallmeldung hängt – Workaround", date="2026-01-20 11:31",
                body=body, mailer="ServiceNow Mailer")

@M
def kantine_speiseplan():
    html = """<html><body style="font-family:Calibri,sans-serif">
<h3>Speiseplan KW 11 – Betriebsrestaurant Pillnitzer Landstraße</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Tag</th><th>Menü 1</th><th>Menü 2 (vegetarisch)</th><th>Dessert</th></tr>
<tr><td>Mo</td><td>Sauerbraten mit Klößen</td><td>Linsen-Dal mit Reis</td><td>Quarkkeulchen</td></tr>
<tr><td>Di</td><td>Hähnchenbrust, Kartoffelgratin</td><td>Spinatknödel</td><td>Obstsalat</td></tr>
<tr><td>Mi</td><td>Soljanka</td><td>Gemüselasagne</td><td>Eierschecke</td></tr>
<tr><td>Do</td><td>Schweinebraten, Rotkohl</td><td>Kürbiscurry</td><td>Pudding</td></tr>
<tr><td>Fr</td><td>Fisch des Tages</td><td>Kartoffelsuppe</td><td>Apfelstrudel</td></tr>
</table>
<p>Allergene und Zusatzstoffe hängen an der Ausgabe aus. Guten Appetit!<br>Ihr Kantinenteam</p>
</body></html>"""
    text = "Speiseplan KW 11\nMo Sauerbraten / Linsen-Dal\nDi Hähnchenbrust / Spinatknödel\nMi Soljanka / Gemüselasagne\nDo Schweinebraten / Kürbiscurry\nFr Fisch des Tages / Kartoffelsuppe\n\nAllergene hängen an der Ausgabe aus."
    return mail("kantine_speiseplan", "NORMAL", "de", "internal", "canteen menu, allergens mentioned generically",
                frm="Betriebsrestaurant <kantine@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Speiseplan KW 11", date="2026-03-06 13:00", body=text, html=html)

@M
def en_heir_australia():
    body = f"""Dear Ms Pfeiffer-Collins,

Thank you for your e-mail of 2 March and please accept our sincere condolences on the death of your mother, Mrs Ingrid Pfeiffer.

Your mother held an endowment policy with us (policy no. L-17.882.310, sum assured EUR 25,000). You and your brother Markus are named as beneficiaries in equal shares, so no German certificate of inheritance is needed.

As you live in Brisbane, please send us:
- a certified copy of the death certificate (German "Sterbeurkunde" from the registry office in Radebeul – your brother can request it locally),
- the medical certificate on the cause of death (our form attached; the GP who treated her, Dr. Hofmann in Radebeul, can complete it),
- a certified copy of your passport (certification by a notary public in Australia with an apostille is fine),
- your bank details. An Australian account is possible; please give account name, BSB/account number, SWIFT code and the bank's address.

Payments abroad above EUR 12,500 have to be reported to the Deutsche Bundesbank (AWV); we do this for you.

{sig("oehme", "en")}"""
    return mail("en_heir_australia", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-heir",
                "death claim of named person, beneficiaries, cause-of-death certificate, policy number",
                frm=frm("oehme"), to="Kerstin Pfeiffer-Collins <kerstin.pc@bigpond.example>",
                subj="Your late mother's life insurance L-17.882.310", date="2026-03-04 07:45", body=body)

@M
def en_actuarial_job_ad():
    body = """Hi all,

please share in your networks - we are hiring:

ACTUARIAL ANALYST (f/m/d) - IFRS 17 & Solvency II, Dresden or hybrid

What you'll do: cash-flow projections for our life and annuity book, CSM roll-forward, best-estimate mortality and lapse assumptions, support of the appointed actuary.
What you bring: degree in maths/statistics, first experience in life insurance, Python or R, good English; German is a plus but not a must.
What we offer: 38-hour week, 30 days' leave, company pension with employer top-up, Deutschlandticket Job.

Apply via careers.elbtal-leben.example, reference 2026-AKT-03.

Cheers,
Henrik"""
    return mail("en_actuarial_job_ad", "NORMAL", "en", "internal", "trap: job ad mentioning mortality assumptions and pensions",
                frm=frm("vogel"), to="team-aktuariat@elbtal-leben.example",
                subj="Job ad: Actuarial Analyst (IFRS 17)", date="2026-01-27 09:10", body=body, cte="7bit")

@M
def en_uk_transfer_member():
    body = f"""Dear Mr Whitfield,

Thank you for sending the transfer discharge forms. I have now reviewed your request to transfer the cash equivalent of your deferred benefits in the "Harbour Logistics Ltd Pension Scheme" into your private pension with us (contract R-52.004.719).

For the file I have:
  Name: Andrew James Whitfield
  Date of birth: 04 July 1971
  National Insurance number: JT 44 81 26 C
  Transfer value quoted by the scheme: GBP 61,240.18 (guaranteed until 30 April 2026)

Please note that Elbtal is not a QROPS; HMRC will therefore treat the payment as an unauthorised member payment unless the scheme first pays the amount into a UK registered arrangement. Our international desk recommends that you take independent UK financial advice before we proceed – the transfer would otherwise trigger a tax charge of up to 55 %.

Once you confirm in writing that you still wish to proceed, we will write to the scheme administrator.

{sig("hahn", "en")}"""
    return mail("en_uk_transfer_member", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "UK pension transfer into a named person's pension contract: birth date, NI number, transfer value",
                frm=frm("hahn"), to="andrew.whitfield@btinternet.example",
                subj="Your UK pension transfer – important tax note", date="2026-03-24 16:18", body=body)

@M
def en_translator_invoice():
    body = """Dear Ms Ashworth,

many thanks for the quick turnaround on the product brochure translation. Your invoice no. 2026-014 (2,340 words, GBP 327.60) has been approved and passed to accounts payable. Payment will go to the account stated on the invoice:

  Claire Ashworth Translations
  IBAN GB29 NWBK 6016 1331 9268 19
  BIC NWBKGB2L
  UK VAT no. not applicable (sole trader below threshold)

Payment date: 27 February 2026. The next job (annual report summary, approx. 4,000 words) will follow in March.

Best regards
Birgit Heinze
Procurement / facilities"""
    return mail("en_translator_invoice", "CONFIDENTIAL", "en", "insurer-to-supplier",
                "sole-trader translator's bank details and fee",
                frm=frm("heinze"), to="Claire Ashworth <claire@ashworth-translations.example>",
                subj="Invoice 2026-014 approved", date="2026-02-18 14:44", body=body)

@M
def en_portal_notification():
    body = """You have a new secure message from Elbtal Lebensversicherung AG.

For your protection the content of this message is not sent by e-mail. Please sign in to your secure mailbox to read it:

https://securemail.elbtal-leben.example/

If you have not yet registered, you will receive a separate e-mail with a one-time password.
Messages are stored for 90 days.

This e-mail was generated automatically. Please do not reply."""
    return mail("en_portal_notification", "NORMAL", "en", "insurer-to-customer",
                "portal notification without content",
                frm="Elbtal SecureMail <securemail@elbtal-leben.example>", to="a.novak@seznam.example",
                subj="New secure message", date="2026-06-02 06:12", body=body, mailer="Siegel Gateway")

# ---------------------------------------------------------------- BU, pension splitting, KYC, insolvency
@M
def bu_arztanfrage():
    body = f"""Sehr geehrte Frau Dr. Bormann,

Ihre Patientin, Frau Sandra Loos, geb. 11.06.1983, Kiefernweg 3, 01445 Radebeul, hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung BU-31.004.117 beantragt. Die Schweigepflichtentbindungserklärung vom 19.01.2026 liegt bei (Kopie).

Frau Loos gibt an, seit Oktober 2025 wegen einer rezidivierenden depressiven Störung (gegenwärtig mittelgradige Episode, F33.1) und Schlafstörungen bei Ihnen in Behandlung zu sein; seit 14.10.2025 ist sie arbeitsunfähig.

Wir bitten Sie um einen Befundbericht mit folgenden Angaben:
- Diagnosen mit ICD-10 und Datum der Erstdiagnose,
- bisheriger Behandlungsverlauf, Medikation (lt. Versicherter Sertralin 100 mg),
- Einschätzung der Leistungsfähigkeit für ihre Tätigkeit als Filialleiterin im Einzelhandel,
- Überweisungen an Fachärzte oder Kliniken.

Die Kosten übernehmen wir nach GOÄ Nr. 75 (Befundbericht). Bitte senden Sie den Bericht über unser gesichertes Postfach oder per Post, nicht per unverschlüsselter E-Mail.

{sig("riedel")}"""
    return mail("bu_arztanfrage", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
                "disability claim: diagnosis F33.1, medication, birth date sent to treating doctor",
                frm=frm("riedel"), to="praxis@dr-bormann-radebeul.example",
                subj="Anforderung Befundbericht – Ihre Patientin Sandra Loos", date="2026-01-26 09:48", body=body,
                atts=[att("Schweigepflichtentbindung_Loos.pdf", pdf(["# Schweigepflichtentbindungserklärung",
                      "Ich, Sandra Loos, geb. 11.06.1983, entbinde die mich behandelnden Ärzte, insbesondere Frau Dr. med. Anke Bormann, Radebeul,",
                      "gegenüber der Elbtal Lebensversicherung AG von der Schweigepflicht, soweit dies zur Prüfung meines Leistungsantrags",
                      "aus der Berufsunfähigkeitsversicherung BU-31.004.117 erforderlich ist.",
                      "Radebeul, 19.01.2026   gez. Sandra Loos"]))])

@M
def bu_anerkenntnis():
    body = f"""Sehr geehrter Herr Pönisch,

wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit geprüft und freuen uns, Ihnen mitteilen zu können, dass wir unsere Leistungspflicht ab 01.11.2025 unbefristet anerkennen.

Grundlage sind die Berichte des Universitätsklinikums Dresden (Bandscheibenvorfall L4/5 mit Fußheberparese, Operation am 03.11.2025) und das Gutachten von Herrn Dr. Weißflog vom 22.01.2026. Danach können Sie Ihre zuletzt ausgeübte Tätigkeit als Dachdecker dauerhaft zu weniger als 50 % ausüben.

Leistungen aus Vertrag BU-29.771.040:
- monatliche BU-Rente 1.500,00 EUR, erstmals zum 01.03.2026, Nachzahlung für November bis Februar 6.000,00 EUR
- Beitragsbefreiung ab 01.11.2025; zu viel gezahlte Beiträge (4 x 68,20 EUR) erstatten wir

Wir werden in angemessenen Abständen prüfen, ob die Berufsunfähigkeit fortbesteht (Nachprüfung). Bitte teilen Sie uns mit, wenn Sie eine neue berufliche Tätigkeit aufnehmen.

Alles Gute für Ihre Genesung!

{sig("riedel")}"""
    return mail("bu_anerkenntnis", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "BU claim accepted: herniated disc, surgery, disability pension amounts",
                frm=frm("riedel"), to="Mirko Pönisch <mirko.poenisch@web.example>",
                subj="Ihre Berufsunfähigkeitsleistung – Entscheidung", date="2026-02-09 14:26", body=body,
                charset="iso-8859-1")

@M
def bu_nachpruefung_kurz():
    body = """Hallo Frau Löffler,

kurze Erinnerung: für die jährliche Nachprüfung Ihrer BU-Leistung (BU-27.310.882) fehlt uns noch der aktuelle Bericht Ihres Neurologen zum Verlauf der MS (letzter Schub, EDSS-Wert, aktuelle Therapie). Können Sie ihn bis Ende Juni schicken? Sonst müssen wir die Frist verlängern – das ist aber kein Problem, geben Sie einfach kurz Bescheid.

Gruß
Thomas Riedel
Leistung BU"""
    return mail("bu_nachpruefung_kurz", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "BU follow-up review asks for neurologist report on multiple sclerosis",
                frm=frm("riedel"), to="s.loeffler@online.example",
                subj="Nachprüfung – fehlender Bericht", date="2026-06-03 10:02", body=body, flowed=True,
                mailer="Mozilla Thunderbird 128.6", cte="8bit")

@M
def va_auskunft_familiengericht():
    body = f"""Amtsgericht Dresden – Familiengericht
Az. 301 F 1184/25

Versorgungsausgleichssache Schramm ./. Schramm

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 20.01.2026 erteilen wir Auskunft nach § 220 FamFG zu dem bei uns bestehenden Anrecht des Antragsgegners:

Anrechtsinhaber: Herr Oliver Schramm, geb. 08.02.1977
Vertrag: private Rentenversicherung R-47.615.300, Beginn 01.09.2006
Ehezeit: 01.05.2008 – 31.10.2025
Ehezeitanteil (Deckungskapital): 31.742,88 EUR
Vorschlag Ausgleichswert nach Abzug hälftiger Teilungskosten (250,00 EUR): 15.746,44 EUR
korrespondierender Kapitalwert: 15.746,44 EUR

Wir beantragen die interne Teilung nach § 10 VersAusglG. Für die ausgleichsberechtigte Person, Frau Diana Schramm, geb. 23.11.1979, wird ein eigenständiger Vertrag nach unserem Tarif VA-2026 eingerichtet. Die Teilungsordnung ist beigefügt.

{sig("grundmann")}"""
    return mail("va_auskunft_familiengericht", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-court",
                "pension splitting information to family court: both spouses' birth dates, pension contract values",
                frm=frm("grundmann"), to="familiengericht@ag-dresden.justiz.example",
                subj="301 F 1184/25 – Auskunft Versorgungsausgleich", date="2026-02-11 11:19", body=body)

@M
def va_vorlage_anwaelte():
    body = """Sehr geehrte Damen und Herren,

immer wieder erreichen uns Fragen von Familienrechtskanzleien zum Ablauf des Versorgungsausgleichs bei privaten Renten- und Lebensversicherungen. Wir haben daher ein kurzes Merkblatt zusammengestellt (Anlage):

- Wann fällt ein Vertrag in den Versorgungsausgleich? (Rentenversicherungen ja, Kapitallebensversicherungen grundsätzlich Zugewinn)
- Interne oder externe Teilung – was schlagen wir vor?
- Welche Teilungskosten berechnen wir? (2 %, mind. 150 EUR, max. 500 EUR, je hälftig)
- Wie lange dauert die Umsetzung nach Rechtskraft? (in der Regel 6 bis 8 Wochen)

Für Auskunftsersuchen der Gerichte nutzen Sie bitte das Postfach versorgungsausgleich@elbtal-leben.example.

Mit freundlichen Grüßen
Team Versorgungsausgleich"""
    o = odt(["# Merkblatt Versorgungsausgleich (Stand 2026)",
             "Private Rentenversicherungen unterliegen dem Versorgungsausgleich, Kapitallebensversicherungen in der Regel dem Zugewinnausgleich.",
             "Teilungskosten: 2 % des Ehezeitanteils, mindestens 150 EUR, höchstens 500 EUR; Tragung je zur Hälfte.",
             "Beispiel (fiktiv): Ehezeitanteil 20.000 EUR, Kosten 400 EUR, Ausgleichswert 9.800 EUR.",
             "Die ausgleichsberechtigte Person erhält einen eigenen Vertrag im Tarif VA-2026 ohne erneute Gesundheitsprüfung."])
    return mail("va_vorlage_anwaelte", "NORMAL", "de", "newsletter",
                "trap: generic pension-splitting info sheet for family-law firms, fictitious example",
                frm=frm("grundmann"), to="verteiler-familienrecht@elbtal-leben.example",
                subj="Merkblatt Versorgungsausgleich 2026", date="2026-01-14 15:00", body=body,
                atts=[att("Merkblatt_Versorgungsausgleich_2026.odt", o)])

@M
def kyc_pep_einmalbeitrag():
    body = f"""Hallo Felix,

bitte um Prüfung vor Policierung:

Antrag Rentenversicherung gegen Einmalbeitrag, Antragsteller Herr Dr. Anatolij Werner, geb. 17.04.1962, wohnhaft Bautzner Str. 112, 01099 Dresden. Einmalbeitrag 480.000 EUR, Zahlung angekündigt von einem Konto bei der Raiffeisen Landesbank Tirol (AT87 1200 0520 6654 3301), Kontoinhaber laut Antrag eine "Werner Holding GmbH".

Auffälligkeiten:
- World-Check-Treffer: gleichnamige Person war bis 2019 stellvertretender Minister in einem Drittstaat (PEP?)
- Herkunft der Mittel laut Antrag "Verkauf Unternehmensanteile", Nachweis fehlt
- abweichender Beitragszahler (Gesellschaft statt VN)

Ich habe die Policierung angehalten. Brauchen wir eine Zustimmung der Geschäftsleitung nach § 15 Abs. 4 GwG?

Gruß
Marco"""
    return mail("kyc_pep_einmalbeitrag", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "AML/KYC check of a named applicant for a pension contract: birth date, PEP, IBAN, source of funds",
                frm=frm("hentschel"), to=frm("braeuer"),
                subj="GwG-Prüfung Einmalbeitrag 480 TEUR – bitte dringend", date="2026-03-10 08:12", body=body)

@M
def gwg_schulung_quiz():
    body = """Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung Geldwäscheprävention ist ab sofort im Lernportal freigeschaltet (Bearbeitungszeit ca. 35 Minuten, Frist 30.04.2026). Neu in diesem Jahr:

- Fallbeispiele "Einmalbeitrag aus dem Ausland" und "abweichender Beitragszahler" (fiktive Personen)
- Erkennen von PEP und Sanktionstreffern
- Verdachtsmeldung über goAML

Zur Einstimmung drei Quizfragen:
1. Ab welcher Einmalbeitragshöhe ist eine verstärkte Prüfung der Mittelherkunft bei uns Pflicht? (a) 15.000 EUR (b) 50.000 EUR (c) 100.000 EUR
2. Darf ich den Kunden informieren, dass eine Verdachtsmeldung erstattet wurde? (a) ja (b) nein
3. Wer entscheidet über die Annahme eines PEP als Kunden? (a) Sachbearbeitung (b) Geschäftsleitung

Auflösung: 1b, 2b, 3b.

Felix Bräuer
Geldwäschebeauftragter"""
    return mail("gwg_schulung_quiz", "NORMAL", "de", "internal",
                "trap: AML training announcement with quiz, fictitious cases, no person",
                frm=frm("braeuer"), to="alle@elbtal-leben.example",
                subj="Pflichtschulung GwG 2026 ist online", date="2026-03-02 09:00", body=body)

@M
def insolvenzverwalter_kuendigung():
    body = f"""Sehr geehrter Herr Rechtsanwalt Ebert,

in dem Insolvenzverfahren über das Vermögen von Herrn Sebastian Hüttner (AG Chemnitz, Az. 1502 IN 377/25) haben Sie mit Schreiben vom 09.03.2026 die Kapitallebensversicherung L-22.440.195 gekündigt und Auszahlung des Rückkaufswertes zur Masse verlangt.

Der Vertrag ist mit einem unwiderruflichen Bezugsrecht zugunsten der Ehefrau, Frau Nadine Hüttner, versehen (eingeräumt am 14.02.2014). Nach ständiger Rechtsprechung gehört der Anspruch auf die Versicherungsleistung damit nicht zur Insolvenzmasse. Einer Auszahlung an Sie können wir daher nur mit Zustimmung der Bezugsberechtigten oder nach erfolgreicher Anfechtung (§§ 129 ff. InsO) nachkommen.

Der Rückkaufswert zum 31.03.2026 beträgt 27.118,40 EUR.

{sig("pietsch")}"""
    return mail("insolvenzverwalter_kuendigung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-insolvency-administrator",
                "insolvency of a named policyholder: life policy, irrevocable beneficiary, surrender value",
                frm=frm("pietsch"), to="Kanzlei Ebert & Partner <insolvenz@ebert-partner.example>",
                subj="InsO-Verfahren Hüttner, 1502 IN 377/25 – Ihr Schreiben vom 09.03.2026", date="2026-03-18 13:37",
                body=body)

@M
def pfueb_bu_rente():
    body = f"""Drittschuldnererklärung nach § 840 ZPO

Gläubigerin: Sparkasse Vogtland, vertreten durch RAe Fritzsche & Kollegen
Schuldner: Herr Marcel Ungethüm, geb. 02.12.1981
PfÜB des AG Plauen vom 06.04.2026, Az. 4 M 912/26, zugestellt am 13.04.2026

1. Wir erkennen die Forderung nicht als begründet an, soweit sie die unpfändbaren Beträge betrifft.
2. Der Schuldner bezieht von uns eine Berufsunfähigkeitsrente aus Vertrag BU-30.118.564 in Höhe von monatlich 1.120,00 EUR. Renten aus einer BU-Versicherung sind nach § 850b Abs. 1 Nr. 1 ZPO nur bedingt pfändbar; eine Zulassung der Pfändung durch das Vollstreckungsgericht liegt nicht vor.
3. Weitere Pfändungen: keine.

Wir zahlen daher bis auf Weiteres nichts an die Gläubigerin aus.

Dresden, 22.04.2026
{sig("pietsch")}"""
    return mail("pfueb_bu_rente", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
                "garnishment of a named person's disability pension: garnishee declaration with birth date",
                frm=frm("pietsch"), to="zwangsvollstreckung@ra-fritzsche.example",
                subj="4 M 912/26 Ungethüm – Drittschuldnererklärung", date="2026-04-22 15:15", body=body)

@M
def hr_gehaltspfaendung_mitarbeiter():
    body = """Hallo Frau Lorenz,

heute kam per Post ein Pfändungs- und Überweisungsbeschluss gegen unseren Mitarbeiter Herrn Rico Thieme (Personalnr. 20817, Poststelle) – Gläubiger ist die Otto Payment GmbH, Forderung 3.412,17 EUR zzgl. Zinsen. Wir sind als Arbeitgeber Drittschuldner.

Nach Tabelle § 850c ZPO ergibt sich bei seinem Netto von 2.071 EUR und einer Unterhaltspflicht ein pfändbarer Betrag von 94,35 EUR monatlich. Die Drittschuldnererklärung muss innerhalb von zwei Wochen raus. Ich habe den Beschluss eingescannt und in die Personalakte gelegt. Kannst du Herrn Thieme bitte informieren, bevor die Abrechnung läuft?

Viele Grüße
Claudia Pietsch"""
    return mail("hr_gehaltspfaendung_mitarbeiter", "CONFIDENTIAL", "de", "internal",
                "wage garnishment of a named employee: net salary, debt",
                frm=frm("pietsch"), to=frm("lorenz"),
                subj="PfÜB gegen Mitarbeiter – Drittschuldnererklärung Lohn", date="2026-05-19 10:20", body=body)

@M
def rentenbeginn_html():
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrte Frau Kretzschmar,</p>
<p>am 1. Juli 2026 beginnt die Rentenzahlung aus Ihrer Rentenversicherung <b>R-43.007.129</b>. Sie haben sich gegen die Kapitalabfindung entschieden; Ihre Rente setzt sich wie folgt zusammen:</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>garantierte Monatsrente</td><td align="right">312,44 EUR</td></tr>
<tr><td>Überschussrente (nicht garantiert)</td><td align="right">58,10 EUR</td></tr>
<tr><td><b>Gesamtrente monatlich</b></td><td align="right"><b>370,54 EUR</b></td></tr>
<tr><td>Rentengarantiezeit</td><td align="right">10 Jahre</td></tr>
<tr><td>Zahlung auf</td><td align="right">DE53 8505 0300 0468 8400 17</td></tr>
<tr><td>Steuer-ID (für Rentenbezugsmitteilung)</td><td align="right">58120739462</td></tr>
</table>
<p>Die Rente ist mit dem Ertragsanteil zu versteuern (Rentenbeginn mit 67 Jahren: 17 %). Wir melden den Betrag jährlich an die Zentrale Zulagenstelle für Altersvermögen.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kühn<br>Rentenservice</p>
</body></html>"""
    return mail("rentenbeginn_html", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "pension start notice only in an HTML part: amounts, IBAN, tax ID",
                frm=frm("kuehn"), to="Gudrun Kretzschmar <g.kretzschmar@arcor.example>",
                subj="Ihr Rentenbeginn am 01.07.2026", date="2026-06-10 09:30", html=html, html_only=True)

@M
def standmitteilung_nur_pdf():
    p = pdf(["# Jährliche Mitteilung zu Ihrer Versicherung (Standmitteilung 2025)",
             "Versicherungsnehmer: Herr Kevin Müller-Straube, Zwinglistraße 40, 01277 Dresden",
             "Vertrag: fondsgebundene Rentenversicherung R-53.119.008, Beginn 01.04.2017",
             "Versicherte Person: Kevin Müller-Straube, geb. 21.10.1988",
             "",
             "Fondsguthaben zum 31.12.2025: 14.226,91 EUR (412,117 Anteile Elbtal Aktien Welt)",
             "Garantiekapital zum Rentenbeginn (01.11.2055): 21.600,00 EUR",
             "Gezahlte Beiträge seit Beginn: 10.350,00 EUR",
             "Kosten im Jahr 2025: Abschluss/Vertrieb 41,20 EUR, Verwaltung 88,15 EUR",
             "Rückkaufswert: 13.902,44 EUR",
             "Beitragseinzug von DE81 6005 0101 6386 7534 96"])
    body = "Guten Tag Herr Müller-Straube,\n\nwie gewünscht erhalten Sie Ihr Dokument noch einmal elektronisch.\n\n" + sig("berger")
    return mail("standmitteilung_nur_pdf", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "body harmless; annual statement of a pension contract with birth date and IBAN only in the PDF",
                frm=frm("berger"), to="kevin.ms@gmail.example",
                subj="Ihr Dokument", date="2026-02-26 12:03", body=body,
                atts=[att("Dokument_2026-02-26.pdf", p)])

@M
def steuerbescheinigung_stb():
    body = f"""Sehr geehrter Herr Stolle,

wie mit Ihrer Mandantin, Frau Heike Bachmann, besprochen, erhalten Sie anbei die Bescheinigung nach § 22 Nr. 5 Satz 7 EStG für 2025 zur Riester-Rente Z-60.442.175:

  Leistungen nach § 22 Nr. 5 Satz 1 EStG (gefördert):        2.874,12 EUR
  Leistungen nach § 22 Nr. 5 Satz 2 Buchst. a (Ertragsanteil): 0,00 EUR
  Steuer-ID der Mandantin: 61903847251

Die Bescheinigung ist identisch mit dem Ausdruck, den Frau Bachmann im Februar per Post erhalten hat; der Betrag ist auch bereits per Rentenbezugsmitteilung an die Finanzverwaltung gemeldet.

{sig("kretschmar")}"""
    return mail("steuerbescheinigung_stb", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-tax-adviser",
                "tax certificate for a named person's Riester pension with tax ID",
                frm=frm("kretschmar"), to="Steuerbüro Stolle <mail@stb-stolle.example>",
                subj="Bescheinigung § 22 Nr. 5 EStG 2025 – Bachmann", date="2026-03-27 08:44", body=body)

@M
def bmf_schreiben_zusammenfassung():
    body = """Hallo zusammen,

kurze Zusammenfassung des neuen BMF-Schreibens zur Besteuerung von Versicherungserträgen (Entwurf vom 12.05.2026):

1. Halbeinkünfteverfahren (§ 20 Abs. 1 Nr. 6 Satz 2 EStG): unverändert 12 Jahre Laufzeit und Auszahlung nach Vollendung des 62. Lebensjahres (Verträge ab 2012).
2. Teilfreistellung bei fondsgebundenen Verträgen: 15 % des Unterschiedsbetrags bleibt steuerfrei; Klarstellung zur Reihenfolge mit dem Halbeinkünfteverfahren.
3. Todesfallleistungen bleiben einkommensteuerfrei, ggf. Erbschaftsteuer.
4. Vertragsänderungen (Erhöhung Beitrag > 10 %) gelten weiter als Neuabschluss für den Erhöhungsteil.

Beispielrechnung (Musterkunde, 63 Jahre, Laufzeit 20 Jahre): Auszahlung 50.000 EUR, Beiträge 40.000 EUR, Unterschiedsbetrag 10.000 EUR, davon 50 % steuerpflichtig = 5.000 EUR.

Bitte keine Kundenaussagen vor Veröffentlichung der Endfassung.

Daniel Kretschmar
Steuern"""
    return mail("bmf_schreiben_zusammenfassung", "NORMAL", "de", "internal",
                "trap: tax memo with an example customer (Musterkunde, age only) and amounts",
                frm=frm("kretschmar"), to="leben-fachbereiche@elbtal-leben.example",
                subj="BMF-Entwurf Versicherungserträge – Kurzfassung", date="2026-05-15 17:41", body=body)

@M
def bav_entgeltumwandlung_liste():
    x = xlsx([("Neuanmeldungen Juni", [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Umwandlung mtl. EUR", "AG-Zuschuss 15 % EUR", "Tarif"],
        [1204, "Sommer", "Patrick", "1994-03-12", "2026-04-01", 200, 30, "DV-Klassik"],
        [1207, "Weidauer", "Luisa", "1999-11-30", "2026-05-01", 150, 22.5, "DV-Fonds"],
        [1211, "Böhme", "Andreas", "1986-07-08", "2026-05-15", 302, 45.3, "DV-Klassik"],
        [1213, "Nguyen", "Thi Lan", "1991-01-19", "2026-06-01", 100, 15, "DV-Fonds"]])])
    body = """Hallo Herr Wagenknecht,

anbei wie besprochen unsere Neuanmeldungen zur Entgeltumwandlung (Direktversicherung) für Juni. Die unterschriebenen Umwandlungsvereinbarungen schicke ich per Post.

Viele Grüße aus Pirna
Anett Scholz
Personalabteilung
Elbe Präzisionsguss GmbH

-----Ursprüngliche Nachricht-----
Von: Jens Wagenknecht
Gesendet: Montag, 1. Juni 2026 08:14
Betreff: Entgeltumwandlung Juni

Hallo Frau Scholz, bitte senden Sie mir die Neuanmeldungen wie immer als Excel. Gruß J. Wagenknecht"""
    fw = inner_mail("Anett Scholz <a.scholz@elbe-guss.example>", frm("wagenknecht"),
                    "AW: Entgeltumwandlung Juni", "2026-06-03 13:22", body,
                    msgid="<f3a9c0d2e1b84477@elbe-guss.example>",
                    atts=[att("DV_Neuanmeldungen_2026-06.xlsx", x)])
    text = """Hi Sarah,

bitte die vier Neuanmeldungen von Elbe Präzisionsguss anlegen, Mail anbei. Beginn jeweils zum Eintrittsmonat, Gruppenvertrag GV-0412.

Danke, Jens"""
    return mail("bav_entgeltumwandlung_liste", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "employer's salary-conversion list (names, birth dates, life contracts) only inside a forwarded message's XLSX",
                frm=frm("wagenknecht"), to="Sarah Eichler <s.eichler@elbtal-leben.example>",
                subj="WG: AW: Entgeltumwandlung Juni", date="2026-06-03 14:05", body=text,
                atts=[fwd(fw, "AW Entgeltumwandlung Juni.eml")])

@M
def bav_gruppenvertrag_firma():
    body = f"""Sehr geehrter Herr Hanisch,

vielen Dank für das gute Gespräch am Dienstag. Wie vereinbart übersende ich Ihnen den Entwurf des Kollektivrahmenvertrags für die Direktversicherung Ihrer Mitarbeiterinnen und Mitarbeiter:

Vertragspartner: Lausitzer Netzbau GmbH, Hoyerswerda (ca. 140 Beschäftigte)
Rahmenvertragsnummer: GV-0488
Konditionen: Verzicht auf Abschlusskosten-Zillmerung, Kollektivnachlass 4 % auf Verwaltungskosten, vereinfachte Gesundheitsprüfung für BUZ bis 1.000 EUR Rente bei einer Teilnahmequote ab 50 %
Arbeitgeberzuschuss: 20 % (über den gesetzlichen Pflichtzuschuss hinaus)

Nach Ihrer Unterschrift können die Beschäftigten ab dem 1. September einsteigen. Die Informationsveranstaltung für die Belegschaft schlage ich für den 26.08. vor.

{sig("wagenknecht")}"""
    return mail("bav_gruppenvertrag_firma", "CONFIDENTIAL", "de", "insurer-to-employer",
                "grey zone: company pension framework contract of a GmbH with named contact, no employee data",
                frm=frm("wagenknecht"), to="Frank Hanisch <f.hanisch@lausitzer-netzbau.example>",
                subj="Entwurf Kollektivrahmenvertrag GV-0488", date="2026-07-09 16:50", body=body)

@M
def abtretung_bank():
    body = f"""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Abtretungsanzeige vom 28.04.2026. Die Ansprüche aus der Kapitallebensversicherung L-20.907.331 (Versicherungsnehmer und versicherte Person: Herr Tilo Gerber, geb. 05.05.1970) sind zur Sicherung des Darlehens Nr. 6620018815 an die Ostsächsische Sparkasse Dresden abgetreten.

Stand zum 01.05.2026:
  Versicherungssumme im Erlebens-/Todesfall: 60.000,00 EUR
  Rückkaufswert: 41.530,76 EUR
  Beiträge sind bezahlt bis 30.04.2026, keine Rückstände
  vorrangige Rechte Dritter: keine

Wir haben die Abtretung im Vertrag vermerkt und werden Sie über Beitragsrückstände informieren.

{sig("hentschel")}"""
    return mail("abtretung_bank", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-bank",
                "assignment of a named person's life policy to a bank: birth date, surrender value",
                frm=frm("hentschel"), to="kreditsicherheiten@ostsaechsische-sparkasse.example",
                subj="Abtretung L-20.907.331 / Darlehen 6620018815 – Bestätigung", date="2026-05-04 09:57",
                body=body)

@M
def zitat_danke_erledigt():
    body = """Liebe Frau Voigtländer,

vielen Dank, das ist alles angekommen. Die Zahlung ist angewiesen, Sie sollten das Geld in 2–3 Bankarbeitstagen auf dem Konto haben.

Herzliche Grüße
Yvonne Zimmer

> Am 14.04.2026 um 21:37 schrieb Renate Voigtländer <renate.voigtlaender@web.example>:
>
> Sehr geehrte Frau Zimmer,
>
> anbei wie gewünscht die Unterlagen zum Tod meines Mannes Dieter (Vertrag L-16.338.207).
> Er ist am 2. März nach langer Krankheit im Hospiz in Radebeul gestorben, das
> Bronchialkarzinom war seit Herbst nicht mehr behandelbar. Die Ärztin hat die
> Bescheinigung gleich ausgefüllt. Bitte überweisen Sie das Geld auf unser
> gemeinsames Konto DE10 8509 0000 2967 5744 06.
>
> Danke für Ihre Geduld mit mir.
> Renate Voigtländer
"""
    return mail("zitat_danke_erledigt", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-heir",
                "short reply; cause of death (lung cancer), policy number and IBAN only in the quoted mail",
                frm=frm("zimmer"), to="renate.voigtlaender@web.example",
                subj="Re: Unterlagen Dieter Voigtländer", date="2026-04-15 08:20", body=body,
                mailer="Mozilla Thunderbird 128.6", flowed=True, cte="8bit")

@M
def bestellung_defi():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot Nr. AN-26-3381 vom 20.02.2026:

Pos. 1  2 Stück  AED "LifePoint Pro" inkl. Wandkasten mit Alarm      je 1.389,00 EUR
Pos. 2  4 Stück  Ersatz-Elektrodenpads Erwachsene                     je    49,90 EUR
Pos. 3  1 Stück  Erste-Hilfe-Koffer DIN 13169 (Großbüro)                    89,00 EUR
Pos. 4  1 Stück  Ersthelfer-Unterweisung vor Ort (8 Personen, 2 Std.)       240,00 EUR

Lieferadresse: Elbtal Lebensversicherung AG, Warenannahme, Pillnitzer Landstraße 148, 01326 Dresden
Bestellnummer: BE-2026-00412, Kostenstelle 9100 Arbeitssicherheit
Rechnung bitte an rechnungseingang@elbtal-leben.example

Mit freundlichen Grüßen
Birgit Heinze
Einkauf / Facility"""
    return mail("bestellung_defi", "NORMAL", "de", "insurer-to-supplier",
                "trap: purchase order for defibrillators and first-aid kits",
                frm=frm("heinze"), to="vertrieb@medisafe-sachsen.example",
                subj="Bestellung BE-2026-00412 – AED und Erste Hilfe", date="2026-02-23 10:05", body=body,
                charset="windows-1252")

@M
def immo_wasserschaden_praxis():
    body = """Hallo Herr Klotzsche,

in unserem Objekt Königsbrücker Straße 58 (Gewerbeeinheit EG, Physiotherapiepraxis) ist heute Nacht aus der Wohnung im 1. OG Wasser durch die Decke gelaufen – Ursache vermutlich defekter Anschluss der Waschmaschine. Betroffen sind der Behandlungsraum 2 und der Flur, Decke und Laminat sind nass, zwei Behandlungsliegen stehen im Wasser.

Die Praxis hat heute geschlossen und Termine verlegt. Bitte schicken Sie so schnell wie möglich einen Trocknungsdienst, Zugang über den Hausmeister (Tel. 0351 5550871). Den Schaden habe ich bei der Gebäudeversicherung unter der Objektnummer G-DD-058 gemeldet.

Danke und Gruß
Mandy Fiedler
Immobilienverwaltung"""
    return mail("immo_wasserschaden_praxis", "NORMAL", "de", "insurer-to-supplier",
                "trap: water damage in a physiotherapy practice in an investment property; company tenant, no patient",
                frm=frm("fiedler"), to="auftrag@haustechnik-klotzsche.example",
                subj="Eilt: Wasserschaden Königsbrücker Str. 58 EG", date="2026-01-29 07:12", body=body)

@M
def en_expat_bu_singapore():
    body = f"""Dear Mr Reichel,

thank you for your call yesterday. I am sorry to hear that you have been unable to work since January.

To assess your claim under your disability policy BU-32.508.226 we need the following in English or German:
- the discharge report of the Mount Elizabeth Hospital (your stay from 12 to 26 January),
- the report of your treating psychiatrist on the diagnosis (you mentioned burnout and a moderate depressive episode) including ICD-10 codes, start of treatment and current medication,
- a detailed description of your job as regional sales director (weekly hours, travel share, leadership tasks),
- the signed authorisation to release medical information (form attached – please sign both pages).

Because your policy was issued in Germany, German law applies; the claim will be assessed by our disability claims team in Dresden. You can upload documents securely via our portal instead of e-mail.

{sig("riedel", "en")}"""
    return mail("en_expat_bu_singapore", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "expat disability claim: hospital stay, burnout/depression, medication requested",
                frm=frm("riedel"), to="j.reichel@singnet.example",
                subj="Your disability claim BU-32.508.226 - documents needed", date="2026-02-05 03:40", body=body)

@M
def en_mortality_study_reinsurer():
    body = """Dear Priya,

please find attached our 2025 experience data for the term life quota share treaty (aggregated, as agreed in the data-sharing addendum – no policy-level data).

Highlights:
- 61 death claims in 2025 vs. 98.4 expected (A/E 62 %)
- non-smokers A/E 54 %, smokers 88 %
- cause-of-death split (ICD chapters): neoplasms 41 %, circulatory 23 %, external causes 16 %, other 20 %
- two claims above EUR 500k retention, both already notified in the bordereaux

Happy to walk you through it on our call on the 19th.

Best regards
Henrik Vogel
Actuarial department"""
    x = xlsx([("A over E 2025", [
        ["Age band", "Smoker status", "Exposure (policy years)", "Actual deaths", "Expected deaths", "A/E"],
        ["20-39", "NS", 41200, 6, 12.1, 0.50], ["20-39", "S", 8100, 4, 5.0, 0.80],
        ["40-54", "NS", 36900, 17, 31.2, 0.54], ["40-54", "S", 7400, 11, 12.6, 0.87],
        ["55-69", "NS", 14100, 15, 26.9, 0.56], ["55-69", "S", 2900, 8, 10.6, 0.75]]),
        ("Causes", [["ICD-10 chapter", "Share"], ["C00-D48 Neoplasms", 0.41], ["I00-I99 Circulatory", 0.23],
                    ["V01-Y98 External causes", 0.16], ["Other", 0.20]])])
    return mail("en_mortality_study_reinsurer", "NORMAL", "en", "insurer-to-reinsurer",
                "trap: aggregated mortality experience with ICD chapters for the reinsurer, no policy-level data",
                frm=frm("vogel"), to="Priya Raman <priya.raman@nordic-re.example>",
                subj="Term life QS treaty - 2025 experience data", date="2026-03-12 15:30", body=body,
                atts=[att("Elbtal_TermLife_Experience_2025.xlsx", x)])

@M
def en_tenant_deposit_spain():
    body = """Dear Dr. Ortega,

thank you for returning the keys of the flat Hechtstrasse 31, 2nd floor right, on 31 March. The handover report shows no damage apart from normal wear, so we will refund your rent deposit in full:

  Deposit paid 2022                 EUR 2,250.00
  Interest 2022-2026                EUR    38.12
  Final utility bill 2025 (credit)  EUR    61.40
  Total refund                      EUR 2,349.52

Transfer to your Spanish account as requested:
  Account holder: Lucía Ortega Sanz
  IBAN ES91 2100 0418 4502 0005 1332 (CaixaBank)

The utility bill for January to March 2026 will follow by the end of the year; any credit or balance will be settled then.

Kind regards
Mandy Fiedler
Real estate management"""
    return mail("en_tenant_deposit_spain", "CONFIDENTIAL", "en", "insurer-to-tenant",
                "former tenant's deposit refund with Spanish IBAN",
                frm=frm("fiedler"), to="lucia.ortega@uv.example",
                subj="Your deposit refund - Hechtstrasse 31", date="2026-04-16 11:11", body=body)

@M
def en_hr_offer_letter():
    body = """Dear Mr Okonkwo,

Following our interviews, I am delighted to offer you the position of Data Scientist in our Actuarial & Analytics team, starting 1 June 2026.

Key terms:
- Annual gross salary: EUR 68,500, paid in 12 monthly instalments
- Variable bonus: up to 8 % of the annual salary
- Relocation allowance: EUR 3,000 (one-off, gross)
- Probation period: 6 months
- Place of work: Dresden, up to 2 days remote per week

Your contract will follow by post. For your residence permit (EU Blue Card), the Foreigners' Authority needs a confirmation of the salary from us – we will send it directly once you have your appointment.

Welcome aboard!

Petra Lorenz
Human resources"""
    return mail("en_hr_offer_letter", "CONFIDENTIAL", "en", "insurer-to-applicant",
                "job offer with salary and bonus of a named applicant",
                frm=frm("lorenz"), to="Chinedu Okonkwo <c.okonkwo@protonmail.example>",
                subj="Offer of employment - Data Scientist", date="2026-04-02 12:00", body=body)

# ---------------------------------------------------------------- English block
@M
def en_uk_scheme_admin():
    body = f"""Dear Sir or Madam,

Re: Andrew James Whitfield – Harbour Logistics Ltd Pension Scheme, member ref. HLPS/00731

Our client, Mr Whitfield (date of birth 04/07/1971, NI number JT448126C), has asked us to obtain an updated cash equivalent transfer value and to clarify the transfer route. Elbtal Lebensversicherung AG is not a recognised overseas pension scheme (QROPS). Please confirm:

1. the guaranteed CETV as at 30 April 2026 and its expiry date,
2. whether the scheme would pay to a UK registered scheme nominated by the member instead,
3. whether safeguarded benefits are involved (which would require advice from an FCA-authorised adviser).

Mr Whitfield's signed authority is attached. Please reply via our secure mailbox; the link is in the notification you will receive.

{sig("hahn", "en")}"""
    auth = pdf(["# Letter of authority",
                "I, Andrew James Whitfield, born 4 July 1971, of Am Hochwald 7, 01324 Dresden, Germany,",
                "authorise Elbtal Lebensversicherung AG to obtain information about my deferred benefits",
                "in the Harbour Logistics Ltd Pension Scheme (member ref. HLPS/00731).",
                "Signed: A. J. Whitfield   Date: 20 March 2026"])
    return mail("en_uk_scheme_admin", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                "UK pension transfer request to scheme administrator: member's birth date, NI number, pension benefits",
                frm=frm("hahn"), to="transfers@harbour-pensions-admin.example",
                subj="Transfer value request - member ref. HLPS/00731", date="2026-03-25 10:02", body=body,
                atts=[att("Letter_of_authority_Whitfield.pdf", auth)])

@M
def en_heir_usa_w8():
    body = f"""Dear Mr Lindqvist,

Thank you for the certified documents. Your claim as co-beneficiary of the late Mr Gerhard Lindqvist's policy L-18.204.667 is now complete except for the tax form.

Because you are resident in the United States, please complete and sign IRS form W-8BEN (not W-9) and send us the original by post. Your share is EUR 22,480.36. No German withholding tax applies to death benefits, but we are obliged to report the payment to the German tax office for inheritance tax purposes (your share is below the allowance of EUR 20,000 only if... well, please ask a tax adviser – the allowance for a grandchild is EUR 200,000, so no tax is likely).

We will transfer the amount in EUR to your account at Chase (routing and account number as stated on your claim form) once we have the W-8BEN.

{sig("zimmer", "en")}"""
    return mail("en_heir_usa_w8", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-heir",
                "death benefit share of a named heir under a named deceased's life policy",
                frm=frm("zimmer"), to="erik.lindqvist@comcast.example",
                subj="Policy L-18.204.667 - tax form needed", date="2026-05-07 16:55", body=body)

@M
def en_fatca_selfcert():
    body = """Hello Ms Brandt,

Thanks for your application for the unit-linked pension plan. During our checks we noticed that you were born in Boston (USA). Under FATCA we must therefore ask you for a self-certification of your tax residence before we can issue the policy.

Could you please fill in the attached form (section 2: US TIN if you are a US citizen; section 3: if you renounced US citizenship, a copy of the Certificate of Loss of Nationality)?

Your application number is A-2026-118402; the policy will start on the first of the month after we receive the form.

Best regards
Felix Bräuer
Compliance / AML"""
    f = pdf(["# FATCA/CRS self-certification - individual",
             "Application no.: A-2026-118402",
             "Name: ______________________  Date of birth: ____________  Place of birth: ____________",
             "Section 1  Tax residence(s) and TIN(s)",
             "Section 2  US person?  [ ] yes (US TIN: __________)  [ ] no",
             "Section 3  Former US citizen: attach Certificate of Loss of Nationality",
             "Signature: ______________________"])
    return mail("en_fatca_selfcert", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
                "FATCA check on a named applicant for a pension contract, place of birth",
                frm=frm("braeuer"), to="m.brandt@icloud.example",
                subj="Your application A-2026-118402 - tax residence form", date="2026-04-29 09:14", body=body,
                atts=[att("FATCA_CRS_self_certification.pdf", f)])

@M
def en_fwd_heir_cause_of_death():
    inner_body = """Dear Madam, dear Sir,

I am writing on behalf of my late father, Mr Horst Ziegenbalg, who died on 18 April 2026 in Cape Town. He had a pension with you (I think the number is R-44.910.388) and I believe there is a guarantee period.

He was diagnosed with pancreatic cancer in December and went downhill very quickly; he died at the St Luke's hospice. I have the South African death certificate (Form DHA-1663, cause: metastatic pancreatic adenocarcinoma) and a copy of his will.

What do you need from me? I live in Stellenbosch and don't speak much German any more.

Kind regards,
Annika Ziegenbalg-Botha
+27 21 555 0142"""
    inner = inner_mail("Annika Ziegenbalg-Botha <annika.zb@mweb.example>", "info@elbtal-leben.example",
                       "Death of my father - pension", "2026-04-27 19:03", inner_body,
                       msgid="<CAF7xK2p9QwE@mail.mweb.example>")
    body = """Katrin, this came in via info@ – can you take it? Guarantee period runs until 2031 I think.
Thanks, Robert"""
    return mail("en_fwd_heir_cause_of_death", "STRICTLY_CONFIDENTIAL", "en", "internal",
                "one-line internal forward; cause of death and pension contract only in the attached message/rfc822",
                frm=frm("hahn"), to=frm("oehme"), subj="Fwd: Death of my father - pension", date="2026-04-28 08:03",
                body=body, atts=[fwd(inner)])

@M
def en_pension_sharing_order_uk():
    body = f"""Dear Ms Hartley,

Thank you for your letter on behalf of your client, Mrs Rebecca Fröhlich (née Cole), regarding the divorce proceedings before the Family Court at Bristol.

We confirm that her former husband, Mr Stefan Fröhlich, holds a private pension with us (contract R-49.300.514). Please note that a pension sharing order made by a court in England and Wales cannot be implemented directly against a German insurer; the German pension-splitting rules (Versorgungsausgleich) apply only to proceedings in a German family court. A voluntary agreement between the spouses (e.g. partial assignment of the benefits) is possible, subject to our approval.

For the financial disclosure (Form E), we can provide the transfer value to Mr Fröhlich on request; we cannot release contract details to you without his consent.

{sig("grundmann", "en")}"""
    return mail("en_pension_sharing_order_uk", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
                "divorce: confirms that a named person holds a pension contract, maiden name",
                frm=frm("grundmann"), to="s.hartley@hartley-family-law.example",
                subj="Pension sharing - Fröhlich v Fröhlich", date="2026-06-15 14:48", body=body)

@M
def en_proof_of_life_canada():
    body = """Dear Mrs Schulze-Tremblay,

Every year we ask our annuitants living abroad to confirm that they are still alive so that we can continue the monthly payments from your annuity contract R-39.550.217 (currently EUR 488.20 per month, paid to your account at Desjardins).

Please have the enclosed certificate of existence ("Lebensbescheinigung") signed by a notary, a Canadian post office, your bank or the German consulate in Montreal and return it by 31 August 2026. If we do not receive it, we have to suspend the payments from October.

Kind regards
Sabine Kühn
Annuity services"""
    return mail("en_proof_of_life_canada", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "annuity contract of a named person, monthly pension amount",
                frm=frm("kuehn"), to="h.schulze.tremblay@videotron.example",
                subj="Certificate of existence 2026 - annuity R-39.550.217", date="2026-07-01 10:00", body=body,
                cte="quoted-printable")

@M
def en_proof_of_life_list():
    x = xlsx([("Annuitants abroad", [
        ["Contract", "Name", "Date of birth", "Country", "Monthly annuity EUR", "Certificate received"],
        ["R-39.550.217", "Schulze-Tremblay, Hannelore", "1944-02-17", "CA", 488.20, "no"],
        ["R-41.007.882", "Krämer, Joachim", "1951-09-03", "ES", 712.55, "2026-07-14"],
        ["R-38.112.064", "Dietze, Ursula", "1939-12-24", "AT", 231.90, "2026-07-09"],
        ["R-45.660.190", "O'Brien, Sieglinde", "1956-05-30", "IE", 1045.00, "no"],
        ["R-40.228.711", "Nowak, Werner", "1948-08-11", "PL", 366.47, "2026-07-21"]])])
    body = """Hi Sabine,

as discussed, here is the list of annuitants abroad with the status of the certificates of existence. Two still missing – reminder letters go out next week.

Cheers
Robert"""
    return mail("en_proof_of_life_list", "STRICTLY_CONFIDENTIAL", "en", "internal",
                "list of named annuitants with birth dates and annuity amounts only in the XLSX",
                frm=frm("hahn"), to=frm("kuehn"), subj="Certificates of existence - status July",
                date="2026-07-24 11:36", body=body, atts=[att("annuitants_abroad_2026-07.xlsx", x)])

@M
def en_facultative_underwriting():
    body = """Dear Lukas,

we'd like your facultative opinion on the following case (treaty limit exceeded):

Applicant: male, Mr Falk Ostermann, born 1974-09-22, self-employed architect, non-smoker
Cover requested: term life EUR 1.2m over 20 years + disability annuity EUR 3,000/month
Medical: coronary artery disease (I25.1), stent to LAD in 2023 after NSTEMI, LVEF 55 %, on ASS 100 mg, atorvastatin 40 mg, bisoprolol 2.5 mg; stress ECG 02/2026 without ischaemia; BMI 29.
Our view: term life +75 % extra mortality, disability with exclusion of cardiovascular causes or decline.

Attending physician's statement and the cardiology report are available in the secure data room (folder FAC-2026-017).

Thanks and best regards
Dr. Ulrike Sachse
Chief medical officer"""
    return mail("en_facultative_underwriting", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
                "facultative underwriting of a named applicant: coronary disease I25.1, medication, birth date",
                frm=frm("sachse"), to="Lukas Bergmann <lukas.bergmann@nordic-re.example>",
                subj="Facultative request FAC-2026-017", date="2026-03-03 13:27", body=body)

@M
def en_doctor_london_report():
    body = """Dear Dr Patel,

Your patient, Ms Franziska Held (date of birth 09/01/1990), has made a claim under her German income protection policy with us and has signed an authority to release medical information (copy attached).

She told us that you have treated her since September 2025 for long COVID with post-exertional malaise and postural tachycardia (ICD-10 U09.9 / G90.8). Could you please provide a short report on the course, current symptoms, treatment, and her capacity to work as a marketing manager? We will pay your usual fee for a medical report on receipt of your invoice.

Yours sincerely
Thomas Riedel
Disability claims"""
    return mail("en_doctor_london_report", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
                "disability claim: long COVID diagnosis codes, birth date, to treating GP",
                frm=frm("riedel"), to="reception@camden-road-surgery.example",
                subj="Medical report request - Ms Franziska Held", date="2026-04-13 11:50", body=body)

@M
def en_dutch_lawyer_estate():
    body = """Dear Mr Van der Berg,

Thank you for your e-mail and the Dutch certificate of inheritance (verklaring van erfrecht) regarding the estate of the late Mr Johannes de Vries.

We can confirm that we will accept the certificate, together with an apostille and a certified German translation, instead of a German Erbschein. The death benefit from policy L-23.115.049 (EUR 18,750.00 plus bonuses) will be paid to the notarial account you specified (NL91 ABNA 0417 1643 00) once the translation has arrived.

Kind regards
Yvonne Zimmer
Life claims"""
    return mail("en_dutch_lawyer_estate", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
                "death benefit from a named deceased's life policy, payout account",
                frm=frm("zimmer"), to="r.vandenberg@notaris-utrecht.example",
                subj="Estate of Mr J. de Vries - policy L-23.115.049", date="2026-05-20 10:30", body=body)

@M
def en_loan_refused_expat():
    body = """Dear Mr Kowalczyk,

thanks for your message. Unfortunately we cannot grant a policy loan on your endowment policy L-25.602.143 at the moment: the policy has only been running since 2023 and its surrender value (EUR 2,114.90) is below our minimum of EUR 5,000 for loans.

An alternative could be a temporary premium holiday of up to 12 months while you are between jobs in Dubai. Let me know if you want me to set this up.

Best
Tobias Berger
Policy services"""
    return mail("en_loan_refused_expat", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "policy loan refused on a named customer's life policy, surrender value, job loss",
                frm=frm("berger"), to="p.kowalczyk@outlook.example",
                subj="RE: Loan against my policy?", date="2026-08-04 13:02", body=body, cte="7bit")

@M
def en_pension_payment_html_spain():
    html = """<html><body>
<p>Dear Mr Krämer,</p>
<p>please find below the confirmation of your annuity payments for 2026, which you need for the Spanish tax office (Agencia Tributaria):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Verdana;font-size:9pt">
<tr><th>Contract</th><th>Monthly annuity</th><th>Payments 2026</th><th>Total</th></tr>
<tr><td>R-41.007.882</td><td>EUR 712.55</td><td>12</td><td>EUR 8,550.60</td></tr>
</table>
<p>Paid to: ES91 2100 0418 4502 0005 1332 &ndash; no German tax was withheld (double taxation agreement Germany&ndash;Spain, taxation in the state of residence).</p>
<p>Kind regards<br>Sabine Kühn<br>Annuity services, Elbtal Lebensversicherung AG</p>
</body></html>"""
    return mail("en_pension_payment_html_spain", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "annuity payment confirmation only in HTML: amounts, contract, IBAN",
                frm=frm("kuehn"), to="joachim.kraemer@telefonica.example",
                subj="Annuity payments 2026 - confirmation", date="2026-12-14 09:45", html=html, html_only=True,
                cte="base64")

@M
def en_bav_transfer_nl():
    body = """Hi Jens,

quick one: Ms Eva Mertens (formerly with Lausitzer Netzbau, direct insurance DV-7.002.318) is moving to an employer in Eindhoven and asks whether she can take her company pension along. Under § 4 BetrAVG portability only works between German providers, so I'd suggest she keeps the contract paid-up or continues it privately. Her paid-up value would be around EUR 9,870.

Can you confirm before I reply to her? She wrote in English, so I'll answer in English.

Robert"""
    return mail("en_bav_transfer_nl", "STRICTLY_CONFIDENTIAL", "en", "internal",
                "named employee's company pension (direct insurance) contract and value",
                frm=frm("hahn"), to=frm("wagenknecht"), subj="Portability question - DV-7.002.318",
                date="2026-09-08 15:20", body=body)

@M
def en_relocation_bank_details():
    body = """Hi Chinedu,

welcome to Dresden! Payroll has set up your personnel file (no. 21044). For your first salary on 30 June we have:

  Bank: N26 (German account you opened last week)
  IBAN: DE46 8509 0000 7522 6150 91
  Tax class: I, tax ID pending from the Bürgeramt

Your relocation allowance of EUR 3,000 gross will be paid with the June salary. Please bring your residence permit to HR when you collect it.

Best
Petra"""
    return mail("en_relocation_bank_details", "CONFIDENTIAL", "en", "internal",
                "new employee's bank details, personnel number and relocation allowance",
                frm=frm("lorenz"), to="c.okonkwo@elbtal-leben.example",
                subj="Your payroll set-up", date="2026-06-04 08:30", body=body)

@M
def en_tenant_us_researcher():
    body = f"""Dear Dr Mitchell,

We're happy to confirm the flat at Bergstrasse 44, 4th floor (2 rooms, 58 m²) for you from 1 September 2026. As agreed:

- Net rent EUR 690.00 + service charges EUR 170.00 = EUR 860.00 per month
- Deposit: three net rents (EUR 2,070.00), payable in three instalments
- Proof of income received: your TU Dresden contract (postdoc, gross EUR 4,650/month) – thank you

Please sign the SEPA direct debit mandate attached so that we can collect the rent from your account DE15 6005 0101 1795 7581 67. The key handover is on 31 August at 10 a.m.

{sig("fiedler", "en")}"""
    mandate = pdf(["# SEPA direct debit mandate",
                   "Creditor: Elbtal Lebensversicherung AG, creditor ID DE98ZZZ09999999999",
                   "Mandate reference: W-DD-0444-02",
                   "Debtor: Dr. Sarah Mitchell, Bergstrasse 44, 01069 Dresden",
                   "IBAN: DE15 6005 0101 1795 7581 67",
                   "Signature: __________________"])
    return mail("en_tenant_us_researcher", "CONFIDENTIAL", "en", "insurer-to-tenant",
                "tenant's income, IBAN and direct-debit mandate",
                frm=frm("fiedler"), to="sarah.mitchell@tu-dresden.example",
                subj="Your flat at Bergstrasse 44 - confirmation", date="2026-07-20 14:12", body=body,
                atts=[att("SEPA_mandate_W-DD-0444-02.pdf", mandate)])

@M
def en_mortgage_dutch_engineer():
    body = """Dear Mr de Graaf,

thank you for your mortgage enquiry for the apartment in Dresden-Striesen. To prepare an offer, we still need:

- your last three payslips (you mentioned a gross salary of EUR 82,000 plus a 10 % bonus at Infineon),
- the income tax assessment for 2025,
- proof of equity (EUR 95,000 in your ING account, statement not older than 4 weeks),
- a copy of your passport and registration certificate.

Since you are a Dutch citizen with a permanent contract in Germany, there are no restrictions on the loan-to-value ratio.

Kind regards
Steffen Kunze
Mortgage lending"""
    return mail("en_mortgage_dutch_engineer", "CONFIDENTIAL", "en", "insurer-to-borrower",
                "mortgage applicant's salary, bonus and equity",
                frm=frm("kunze"), to="bart.degraaf@ziggo.example",
                subj="Your mortgage enquiry - documents", date="2026-08-19 17:22", body=body)

@M
def en_broker_commission_austria():
    body = """Dear Mr Pichler,

attached is your commission statement for Q2 2026 (cross-border business, Austrian tariff). Total commission EUR 7,412.80, paid on 10 July to your account AT87 1200 0520 6654 3301. As a sole trader you are exempt from VAT under the small business rule in Austria – please let us know if this changes.

Best regards
Olga Neumann
Broker relations"""
    return mail("en_broker_commission_austria", "CONFIDENTIAL", "en", "insurer-to-broker",
                "sole-trader broker's commission income and IBAN",
                frm=frm("neumann"), to="office@pichler-vorsorge.example",
                subj="Commission statement Q2/2026", date="2026-07-06 12:45", body=body)

@M
def en_expense_claim():
    body = """Hi Robert,

your expense claim for the IAA pensions seminar in London (27-28 May) has been approved:

  Flights DRS-LHR-DRS      EUR 312.40
  Hotel 2 nights           EUR 418.00
  Per diem UK 2 days       EUR 124.00
  Total                    EUR 854.40

It will be paid with the June salary to your salary account (DE83 1001 0010 3735 8072 97). Note that the hotel invoice was in your private name – that's fine this time, next time please book via the travel portal.

Cheers
Petra"""
    return mail("en_expense_claim", "CONFIDENTIAL", "en", "internal",
                "employee's expense reimbursement with IBAN",
                frm=frm("lorenz"), to=frm("hahn"), subj="Expense claim May - approved",
                date="2026-06-11 09:18", body=body)

@M
def en_dsar_non_customer():
    body = """Dear Mr Fitzgerald,

thank you for your request under Article 15 GDPR. We searched all our systems for your name and e-mail address.

You are not a customer of ours. We hold only the following data, collected when you subscribed to our English-language newsletter on 3 November 2024:
- name: Liam Fitzgerald
- e-mail: liam.fitz@eircom.example
- date of birth: 14/03/1986 (entered voluntarily for the "retirement calculator")
- postal code: D04 (Dublin)

We use this data only to send the newsletter. You can unsubscribe at any time; on request we will delete the data at once.

Kind regards
Nadine Walther
Data protection officer"""
    return mail("en_dsar_non_customer", "CONFIDENTIAL", "en", "insurer-to-customer",
                "GDPR access answer to a non-customer: birth date and address data",
                frm=frm("walther"), to="liam.fitz@eircom.example", subj="Your request under Article 15 GDPR",
                date="2026-02-25 15:10", body=body)

@M
def en_misdirected_payment_ireland():
    body = """Dear Ms Byrne,

on 3 March we received a payment of EUR 1,500.00 from your account IE29 AIBK 9311 5212 3456 78 with the reference "rent March Bergstr.". We could not match it to any contract or tenancy of ours, so it seems to have been sent to us by mistake.

We will return the amount to your account within the next five working days. If you intended it for another Elbtal tenant, please let us know the name and we will re-book it instead.

Kind regards
Mandy Fiedler
Real estate management"""
    return mail("en_misdirected_payment_ireland", "CONFIDENTIAL", "en", "insurer-to-customer",
                "misdirected payment of a non-customer, her bank account",
                frm=frm("fiedler"), to="aoife.byrne@gmail.example", subj="Payment received by mistake",
                date="2026-03-09 11:40", body=body)

@M
def en_speaker_fee_invoice():
    body = """Dear Professor Hughes,

thank you again for your excellent keynote on longevity risk at our actuarial day. Please find the self-billing credit note attached: speaker fee EUR 1,500.00 plus travel costs EUR 286.30.

Payment goes to your personal account as given on the speaker form (sort code 60-16-13, account 31926819, i.e. GB29 NWBK 6016 1331 9268 19). We do not withhold German tax, as the lecture fee is below the threshold of § 50a EStG... actually our tax team will confirm that separately.

With best wishes
Henrik Vogel"""
    credit = pdf(["# Credit note GS-2026-0033",
                  "Recipient: Prof. Dr. Gareth Hughes, 12 Marlborough Road, Oxford OX1 4LP, United Kingdom",
                  "Keynote 'Longevity risk after the pandemic', Elbtal actuarial day, 22 April 2026",
                  "Fee EUR 1,500.00, travel EUR 286.30, total EUR 1,786.30",
                  "Bank: NatWest, IBAN GB29 NWBK 6016 1331 9268 19"])
    return mail("en_speaker_fee_invoice", "CONFIDENTIAL", "en", "insurer-to-supplier",
                "private speaker's fee and personal bank account",
                frm=frm("vogel"), to="gareth.hughes@ox.example", subj="Credit note for your keynote",
                date="2026-04-30 10:25", body=body, atts=[att("Credit_note_GS-2026-0033.pdf", credit)])

@M
def en_cv_attachment_only():
    cv = docx(["# Curriculum Vitae",
               "Ana-Maria Popescu",
               "Date of birth: 22/06/1994   Nationality: Romanian",
               "Address: Leipziger Str. 88, 01127 Dresden",
               "Current salary: EUR 51,000 gross; expected salary: EUR 58,000",
               "Experience: 2019-2026 pricing analyst, Allianz-Tiriac Bucharest; MSc Actuarial Science, University of Bucharest"])
    body = "Hi Henrik,\n\nnext candidate for the analyst role, see attached. Thoughts?\n\nPetra"
    return mail("en_cv_attachment_only", "CONFIDENTIAL", "en", "internal",
                "body harmless; applicant's birth date and salary only in the DOCX",
                frm=frm("lorenz"), to=frm("vogel"), subj="Candidate 2026-AKT-03 #4",
                date="2026-02-16 16:40", body=body, atts=[att("CV_Popescu.docx", cv)])

@M
def en_intern_payslip_query():
    body = """Hi Jonas,

you asked why your May payslip shows less than April: the April amount included the one-off travel allowance (EUR 180). Your regular intern pay is EUR 1,650 gross; after tax and social security that is EUR 1,291.37 net, transferred to DE41 1001 0010 8782 2838 81. Nothing wrong there!

Best
Petra"""
    return mail("en_intern_payslip_query", "CONFIDENTIAL", "en", "internal",
                "intern's gross and net pay and IBAN",
                frm=frm("lorenz"), to="j.schmitz@elbtal-leben.example", subj="RE: payslip May",
                date="2026-06-08 12:05", body=body, mailer="Microsoft Outlook 16.0")

# ---------------------------------------------------------------- English NORMAL traps and the rest
@M
def en_esg_newsletter():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2>Elbtal Investor Update &ndash; Spring 2026</h2>
<p>Our general account of EUR 11.4bn now holds 38&nbsp;% in green and social bonds. Highlights of the quarter:</p>
<ul><li>New investment in a care-home portfolio in Saxony (EUR 120m, 14 facilities, 1,460 beds)</li>
<li>Exit from thermal coal completed</li>
<li>Net return on investments 2025: 3.1&nbsp;%</li></ul>
<p>Read the full report at elbtal-leben.example/investors.</p>
<p style="font-size:8pt">You receive this newsletter because you subscribed on our website. <a href="https://elbtal-leben.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    text = "Elbtal Investor Update - Spring 2026\n\nGeneral account EUR 11.4bn, 38 % green and social bonds.\n- Care-home portfolio in Saxony (EUR 120m, 14 facilities, 1,460 beds)\n- Exit from thermal coal completed\n- Net return 2025: 3.1 %\n\nFull report: elbtal-leben.example/investors\nUnsubscribe: https://elbtal-leben.example/unsubscribe"
    return mail("en_esg_newsletter", "NORMAL", "en", "newsletter", "trap: investor newsletter mentioning care homes and beds",
                frm="Elbtal Investor Relations <ir@elbtal-leben.example>", to="ir-newsletter-en@elbtal-leben.example",
                subj="Elbtal Investor Update - Spring 2026", date="2026-04-09 07:00", body=text, html=html,
                mailer="Elbtal Newsletter System 4.2")

@M
def en_vendor_ticket_upload():
    body = """Hi Mateusz,

bug report for the customer portal release 3.8 (staging):

Feature: "Upload documents for a death claim" (death certificate, medical certificate on cause of death, certificate of inheritance)
Steps: log in as test user portal-test-07, open claim form, upload a 12 MB PDF
Expected: upload completes, virus scan, document appears in DMS inbox "LL-TOD"
Actual: HTTP 413 after 30 s; nginx client_max_body_size still 10m on staging

Severity: medium, blocks UAT for the claims team. Test files are synthetic (lorem ipsum PDFs).

Thanks
Ronny Seifert
IT service desk"""
    return mail("en_vendor_ticket_upload", "NORMAL", "en", "insurer-to-supplier",
                "trap: bug report about the death-claim upload feature, synthetic test files",
                frm=frm("seifert"), to="mateusz.nowicki@portalworks.example", subj="[PORTAL-3.8] HTTP 413 on claim document upload",
                date="2026-05-05 14:31", body=body)

@M
def en_conference_ics():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Elbtal Lebensversicherung AG//Outlook export//EN\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:actuarial-day-2026@elbtal-leben.example\r
DTSTAMP:20260302T090000Z\r
DTSTART:20260422T070000Z\r
DTEND:20260422T150000Z\r
SUMMARY:Elbtal Actuarial Day 2026 - longevity\\, lapse and interest rates\r
LOCATION:Elbtal HQ\\, conference centre\\, Pillnitzer Landstrasse 148\\, Dresden\r
DESCRIPTION:Keynote on longevity risk\\, panel on IFRS 17 discount curves\\, workshop on BU incidence trends.\r
ORGANIZER;CN=Henrik Vogel:mailto:h.vogel@elbtal-leben.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = "Dear colleagues,\n\nplease save the date for our Actuarial Day on 22 April. Agenda follows.\n\nHenrik"
    return mail("en_conference_ics", "NORMAL", "en", "internal", "trap: calendar invitation about longevity and BU incidence",
                frm=frm("vogel"), to="actuarial-day@elbtal-leben.example", subj="Save the date: Elbtal Actuarial Day 2026",
                date="2026-03-02 10:00", body=body, atts=[att("invite.ics", ics, charset="utf-8")])

@M
def en_uk_transfer_faq():
    body = """Dear colleagues,

we receive more and more questions from expats about moving UK pensions to Germany. Short FAQ for the call centre:

Q: Can a UK defined-benefit pension be transferred into an Elbtal pension?
A: Not directly. Elbtal is not a QROPS. A transfer would be an unauthorised payment in the UK (tax charge up to 55 %).

Q: What about the State Pension?
A: Cannot be transferred at all. It can be paid to a German bank account.

Q: Can customers use UK pension money to pay a single premium?
A: Only after the money has been paid out to them in the UK and taxed there. Then the usual AML checks on the source of funds apply.

Please pass any individual case to the international desk (r.hahn).

Robert Hahn
International desk"""
    return mail("en_uk_transfer_faq", "NORMAL", "en", "internal", "trap: generic FAQ on UK pension transfers, no case",
                frm=frm("hahn"), to="kundenservice@elbtal-leben.example", subj="FAQ: UK pension transfers",
                date="2026-04-01 09:33", body=body)

@M
def en_press_bonus():
    body = """PRESS RELEASE - for immediate release

Elbtal Leben raises total return on traditional pensions to 3.0 %

Dresden, 2 December 2026 - Elbtal Lebensversicherung AG will pay policyholders of its traditional annuity products a total return of 3.0 % in 2027 (2026: 2.85 %). The current bonus rate rises to 2.60 %. "Our solid investment result allows us to let our customers participate more," says CEO Dr. Gunnar Maletzki.

Elbtal Leben manages around 412,000 contracts with gross written premiums of EUR 1.38bn (2025). The company is based in Dresden and employs 930 people.

Press contact: Lena Schubert, +49 351 4410-150, presse@elbtal-leben.example"""
    return mail("en_press_bonus", "NORMAL", "en", "newsletter", "trap: press release with bonus rates and CEO name",
                frm=frm("schubert"), to="press-list-en@elbtal-leben.example", subj="Press release: total return 2027",
                date="2026-12-02 11:00", body=body)

@M
def en_auditor_pbc():
    x = xlsx([("PBC list", [
        ["No.", "Item", "Owner", "Due"],
        [1, "Trial balance 31.12.2026", "Accounting", "2027-01-15"],
        [2, "Roll-forward of technical provisions incl. additional interest reserve", "Actuarial", "2027-01-22"],
        [3, "Sample of 25 death claims paid (claim file, payment proof) - selection by auditor", "Life claims", "2027-01-29"],
        [4, "Sample of 15 BU claims accepted (decision letter only)", "Disability claims", "2027-01-29"],
        [5, "Reinsurance bordereaux Q4", "Actuarial", "2027-01-22"],
        [6, "IT general controls: user access review", "IT", "2027-01-15"]])])
    body = """Dear Mr Rahn,

attached is our draft PBC list for the year-end audit 2026, aligned with your audit plan. Samples in items 3 and 4 will be made available in the on-site data room only, not by e-mail.

Kind regards
Daniel Kretschmar"""
    return mail("en_auditor_pbc", "NORMAL", "en", "insurer-to-partner", "trap: audit request list naming claim samples, no case data",
                frm=frm("kretschmar"), to="thomas.rahn@audit-partners.example", subj="Year-end audit 2026 - PBC list draft",
                date="2026-11-24 16:00", body=body, atts=[att("PBC_list_2026.xlsx", x)])

@M
def en_rating_questionnaire():
    body = """Hello Sophie,

answers to your open questions from the rating questionnaire:

1. Solvency ratio (SCR coverage) 31.12.2025: 248 % with transitional measures, 191 % without.
2. Share of unit-linked business in new premiums 2025: 46 %.
3. Average guaranteed rate of the in-force book: 1.87 %.
4. Lapse rate 2025: 3.4 % (market 3.6 %).
5. Disability book: 61,200 policies; claims incidence in line with pricing.

Best regards
Henrik Vogel"""
    return mail("en_rating_questionnaire", "NORMAL", "en", "insurer-to-partner", "trap: rating agency answers with company KPIs",
                frm=frm("vogel"), to="sophie.laurent@rating-agency.example", subj="Re: Questionnaire follow-up",
                date="2026-06-23 18:05", body=body)

@M
def en_claim_form_template():
    d = docx(["# Death claim form (English translation - for information only)",
              "Policy number: [POLICY NO.]",
              "Name of the deceased: [FIRST NAME] [SURNAME]   Date of birth: [DD/MM/YYYY]",
              "Date and place of death: [DATE], [PLACE]",
              "Claimant: [NAME], relationship to the deceased: [RELATIONSHIP]",
              "Enclosures: death certificate; medical certificate on the cause of death; certificate of inheritance or will",
              "Bank details of the claimant: IBAN [IBAN]  BIC [BIC]",
              "Signature: ____________"])
    body = "Hi Katrin,\n\nthe translated template for heirs abroad, as discussed. Please check the wording before we put it on the website.\n\nRobert"
    return mail("en_claim_form_template", "NORMAL", "en", "internal", "trap: English death-claim form template with [placeholders]",
                frm=frm("hahn"), to=frm("oehme"), subj="Template: death claim form (EN)", date="2026-01-22 10:44",
                body=body, atts=[att("Death_claim_form_EN_v2.docx", d)])

@M
def en_out_of_office():
    body = """Thank you for your e-mail. I am out of the office until 18 August 2026 with limited access to e-mail.

For urgent matters regarding disability claims, please contact disability-claims@elbtal-leben.example or call +49 351 4410-320.

Thomas Riedel"""
    return mail("en_out_of_office", "NORMAL", "en", "insurer-to-customer", "out-of-office auto reply",
                frm=frm("riedel"), to="service@finanzkontor-meissen.example", subj="Automatic reply: Question",
                date="2026-08-03 06:14", body=body, headers={"Auto-Submitted": "auto-replied"})

@M
def en_fire_drill():
    body = """Dear all,

there will be an unannounced... well, now announced... fire drill at the Pillnitzer Landstrasse site in the week of 14 September. When the alarm sounds, leave the building via the nearest staircase and gather at assembly point B (car park east). Colleagues with reduced mobility who need help evacuating: please tell the facility team in advance so that we can assign an evacuation helper – no reasons needed.

Birgit Heinze
Facilities"""
    return mail("en_fire_drill", "NORMAL", "en", "internal", "trap: fire drill notice mentioning reduced mobility generically",
                frm=frm("heinze"), to="all-staff-en@elbtal-leben.example", subj="Fire drill in September",
                date="2026-09-01 08:00", body=body)

@M
def en_anonymised_bu_study():
    body = """Dear Priya,

as requested, the disability incidence study by age band and cause (anonymised; cells with fewer than 10 claims are merged into "other"):

Age band | claims 2025 | per 1,000 insured | top cause
20-34    |  41 | 1.1 | mental disorders (F)
35-49    | 118 | 2.4 | mental disorders (F)
50-67    | 203 | 5.9 | musculoskeletal (M)

Mental disorders account for 37 % of all new claims, musculoskeletal 24 %, cancer 15 %, cardiovascular 8 %.

Best
Dr. Ulrike Sachse"""
    return mail("en_anonymised_bu_study", "NORMAL", "en", "insurer-to-reinsurer",
                "trap: anonymised BU incidence by age band and ICD chapter, small cells merged",
                frm=frm("sachse"), to="priya.raman@nordic-re.example", subj="Disability incidence study 2025",
                date="2026-05-18 13:13", body=body, cte="8bit")

@M
def en_sftp_cert_renewal():
    body = """Hi Nordic Re IT team,

the TLS certificate of our SFTP endpoint sftp.elbtal-leben.example (used for the monthly bordereaux) will be renewed on 15 October 2026. New fingerprint (SHA-256):

  3F:9A:11:C2:7D:E4:5B:08:AA:61:93:2E:F0:47:BC:D5:18:6E:29:73:C4:0B:9D:E8:51:A7:36:F2:0C:84:BE:19

No change of IP addresses or user names. Please update your known_hosts before the date.

Ronny Seifert
IT service desk"""
    return mail("en_sftp_cert_renewal", "NORMAL", "en", "insurer-to-reinsurer", "IT notice about certificate renewal",
                frm=frm("seifert"), to="it-ops@nordic-re.example", subj="SFTP certificate renewal 15 Oct",
                date="2026-10-01 09:40", body=body)

@M
def en_qrt_reminder():
    body = """Reminder: the annual Solvency II QRTs (S.02.01, S.12.01, S.23.01, S.25.01 …) are due at BaFin on 7 April. Please upload your templates to the reporting share by 27 March, the four-eyes check runs 30 March - 2 April.

Open items: S.12.01 (life technical provisions) waiting for final discount curve; S.26.03 (life underwriting risk - mortality, longevity, disability) after the stress run.

Thanks, Henrik"""
    return mail("en_qrt_reminder", "NORMAL", "en", "internal", "trap: regulatory reporting reminder mentioning mortality/disability risk modules",
                frm=frm("vogel"), to="sii-reporting@elbtal-leben.example", subj="Reminder: annual QRTs due 7 April",
                date="2026-03-13 08:05", body=body, cte="quoted-printable")

@M
def en_committee_minutes():
    body = """Minutes - Actuarial committee, 9 June 2026
Present: H. Vogel (chair), U. Sachse, D. Kretschmar, M. Gebauer (board), external: none

1. Mortality improvement: the committee agrees to keep the DAV trend for annuities and to add a 5 % margin for ages 90+ (observed experience 102 % of table).
2. Disability: incidence for mental disorders up 9 % year on year; pricing review of the BU tariff for office occupations in Q3.
3. Interest: additional interest reserve (ZZR) release 2026 estimated at EUR 41m.
4. AOB: none.

Next meeting: 8 September 2026."""
    return mail("en_committee_minutes", "NORMAL", "en", "internal", "trap: committee minutes on mortality and disability trends, aggregate",
                frm=frm("vogel"), to="actuarial-committee@elbtal-leben.example", subj="Minutes actuarial committee 9 June",
                date="2026-06-10 15:58", body=body)

@M
def en_portal_otp():
    body = """Welcome to the Elbtal secure mailbox.

Your one-time password: 7Kq-94x-Rm2

Please sign in at https://securemail.elbtal-leben.example/ with your e-mail address and this password. You will then choose your own password and a security question. The one-time password is valid for 7 days.

This message was generated automatically."""
    return mail("en_portal_otp", "NORMAL", "en", "insurer-to-customer", "portal one-time password mail, no content",
                frm="Elbtal SecureMail <securemail@elbtal-leben.example>", to="a.novak@seznam.example",
                subj="Your one-time password", date="2026-06-02 06:12", body=body, mailer="Siegel Gateway")

@M
def en_test_data_spec():
    c = ("case_id;first_name;last_name;date_of_birth;iban;product;expected_result\r\n"
         "TC-01;John;Doe (fictitious);1970-01-01;GB82WEST12345698765432;term life;quote ok\r\n"
         "TC-02;Jane;Roe (fictitious);1985-06-15;DE89370400440532013000;BU;underwriting referral\r\n"
         "TC-03;Max;Mustermann (fiktiv);1990-12-31;DE02120300000000202051;pension;quote ok\r\n")
    body = """Hi Mateusz,

test data for the new quote API, all persons fictitious, IBANs are the published example IBANs from the bank documentation. Please do not use production extracts on the vendor system.

Ronny"""
    return mail("en_test_data_spec", "NORMAL", "en", "insurer-to-supplier",
                "trap: fictitious test persons with published example IBANs in a CSV",
                frm=frm("seifert"), to="mateusz.nowicki@portalworks.example", subj="Test data quote API",
                date="2026-05-12 12:12", body=body, atts=[att("testcases_quote_api.csv", c, charset="utf-8")])

@M
def en_guarantee_rate_brokers():
    body = """Dear partners,

from 1 January 2027 the maximum technical interest rate for new German life policies remains at 1.0 %. Our new "Elbtal Flex Rente" will offer a guarantee of 80 % of premiums at retirement (instead of 90 %) in exchange for a higher equity share. Illustrations and the broker training webinar (in English, 20 November, 10:00 CET) are in the broker portal.

Best regards
Olga Neumann
Broker relations"""
    return mail("en_guarantee_rate_brokers", "NORMAL", "en", "insurer-to-broker", "trap: guarantee/interest-rate announcement to international brokers",
                frm=frm("neumann"), to="international-brokers@elbtal-leben.example", subj="Guarantees in 2027",
                date="2026-10-28 10:30", body=body)

@M
def en_ifrs17_memo():
    body = """Team,

short note on the Q3 CSM movement: CSM for the annuity portfolio fell by EUR 18m, mainly due to the update of the longevity assumption (experience study 2025) and partly offset by favourable lapse experience. For the protection portfolio (term life and BU) the CSM grew by EUR 6m from new business. Loss component for the 2016-2018 BU cohort unchanged.

Details in the board pack, page 14.

Henrik"""
    return mail("en_ifrs17_memo", "NORMAL", "en", "internal", "trap: IFRS 17 memo on longevity and BU cohorts, aggregate",
                frm=frm("vogel"), to="finance-leadership@elbtal-leben.example", subj="Q3 CSM movement",
                date="2026-10-20 17:10", body=body)

@M
def en_webinar_hr_managers():
    body = """Dear HR managers,

you employ international staff and want to offer them a company pension in Germany? Join our free webinar "Company pensions in Germany explained - for HR teams" on 12 March 2026, 14:00-15:00 CET:

- the five routes of German occupational pensions
- salary conversion and the mandatory 15 % employer subsidy
- what happens when employees leave Germany
- Q&A

Register here: https://elbtal-leben.example/webinar-bav-en

Jens Wagenknecht
Corporate pensions"""
    return mail("en_webinar_hr_managers", "NORMAL", "en", "newsletter", "trap: webinar invitation on company pensions",
                frm=frm("wagenknecht"), to="hr-newsletter-en@elbtal-leben.example", subj="Webinar: company pensions in Germany",
                date="2026-02-20 09:00", body=body)

@M
def en_proof_of_life_template():
    p = pdf(["# Certificate of existence / Lebensbescheinigung",
             "Annuity contract no.: ______________",
             "Full name of the annuitant: ______________________   Date of birth: ____________",
             "Address: ________________________________________________",
             "I hereby confirm that the above-named person appeared before me in person today and is alive.",
             "Name and office of the certifying authority (notary, consulate, post office, bank): ______________",
             "Place, date, stamp and signature: ______________________"])
    body = "Hi Sabine,\n\nupdated blank certificate for 2026 as PDF (with the post office option). Can you replace the old one in the mailing?\n\nRobert"
    return mail("en_proof_of_life_template", "NORMAL", "en", "internal", "trap: blank proof-of-life form",
                frm=frm("hahn"), to=frm("kuehn"), subj="Blank certificate of existence 2026", date="2026-06-19 10:02",
                body=body, atts=[att("Certificate_of_existence_blank_2026.pdf", p)])

@M
def en_hq_maintenance():
    body = """Dear tenants of the Elbtal office building, Prager Strasse 2:

the lifts will be serviced on Saturday 7 November between 8 am and 2 pm. The dental practice on the 3rd floor and the occupational health centre on the 5th floor have been informed and will reschedule Saturday appointments; patients with walking difficulties should be directed to the goods lift, which remains in service.

Thank you for your understanding
Mandy Fiedler
Real estate management"""
    return mail("en_hq_maintenance", "NORMAL", "en", "insurer-to-tenant", "trap: building maintenance notice mentioning medical practices and patients generically",
                frm=frm("fiedler"), to="tenants-prager2@elbtal-leben.example", subj="Lift maintenance 7 November",
                date="2026-10-29 12:00", body=body)

@M
def en_mailing_vendor_volumes():
    body = """Dear Ms Carter,

for the tender for printing and mailing our annual statements we expect these volumes for 2027:

- annual statements (life and pension): approx. 395,000 letters, 4-6 pages, February/March
- tax certificates: approx. 61,000, January
- certificates of existence for annuitants abroad: approx. 2,300, July, international postage
- disability follow-up letters: approx. 4,500 spread over the year

All data is transmitted via SFTP with PGP encryption; the printer must be ISO 27001 certified and sign a data processing agreement.

Best regards
Birgit Heinze"""
    return mail("en_mailing_vendor_volumes", "NORMAL", "en", "insurer-to-supplier", "trap: mailing tender volumes by document type",
                frm=frm("heinze"), to="tenders@printmail-europe.example", subj="Tender 2027 - volumes",
                date="2026-09-17 14:22", body=body)

# --------- a few more English sensitive ones
@M
def en_beneficiary_ireland():
    body = """Dear Ms Sieglinde O'Brien,

Thank you for your letter. As requested, we have changed the beneficiary for the death benefit under your pension R-45.660.190 (guarantee period until 2031):

  New beneficiary: Mr Declan O'Brien (son), born 11 March 1982 – revocable

This replaces the nomination of your late husband. A confirmation on paper follows by post.

Kind regards
Marco Hentschel
Policy services"""
    return mail("en_beneficiary_ireland", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                "beneficiary change under a named person's pension with birth date",
                frm=frm("hentschel"), to="sieglinde.obrien@eir.example", subj="Change of beneficiary - confirmation",
                date="2026-08-12 10:07", body=body)

@M
def en_zip_reinsurer_claims():
    bord = ("Claim no.;Policy;Insured;Date of birth;Date of death;Cause (ICD-10);Sum at risk EUR;Reinsured share EUR\r\n"
            "TF-2026-0117;L-24.006.918;Kaltofen, Dennis;1991-08-14;2026-02-11;X61 (intentional self-poisoning);150000;75000\r\n"
            "TF-2026-0142;L-26.302.555;Grafe, Susann;1979-04-02;2026-03-05;C50.9 (breast cancer);400000;280000\r\n"
            "TF-2026-0151;L-22.918.406;Lippold, Axel;1968-10-27;2026-03-19;I21.0 (acute myocardial infarction);250000;125000\r\n")
    memo = "Large claims bordereau Q1 2026 - quota share treaty TL-QS-2019. Claims above retention only. Contact: h.vogel@elbtal-leben.example\r\n"
    z = mkzip([("bordereau_Q1_2026/large_claims_Q1_2026.csv", bord.encode("utf-8")),
               ("bordereau_Q1_2026/readme.txt", memo.encode("utf-8"))])
    body = """Dear Priya,

enclosed the Q1 large-claims bordereau for treaty TL-QS-2019 (password as usual by phone).

Best regards
Henrik"""
    return mail("en_zip_reinsurer_claims", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
                "named deceased with birth dates and causes of death only inside a ZIP/CSV",
                frm=frm("vogel"), to="priya.raman@nordic-re.example", subj="Bordereau Q1 2026",
                date="2026-04-10 09:09", body=body, atts=[att("bordereau_Q1_2026.zip", z)])

@M
def en_company_pension_us_subsidiary():
    body = """Dear Ms Reynolds,

thank you for choosing Elbtal for the company pension scheme of BrightWave Semiconductors GmbH (Dresden site, approx. 320 employees).

Framework contract no. GV-0502 is set up. Terms: employer contribution 3 % of base salary on top of salary conversion, simplified underwriting for disability riders, English-language documents for your international staff. Your HR team can start enrolling employees through the employer portal from 1 November; I will send the access data separately to you as the company's administrator.

Best regards
Jens Wagenknecht
Corporate pensions"""
    return mail("en_company_pension_us_subsidiary", "CONFIDENTIAL", "en", "insurer-to-employer",
                "grey zone: company pension framework contract of a GmbH with named HR contact, no employees",
                frm=frm("wagenknecht"), to="k.reynolds@brightwave-semi.example", subj="Framework contract GV-0502 set up",
                date="2026-10-14 13:40", body=body)

@M
def en_tenant_arrears():
    body = """Dear Mr Haddad,

our records show that the rent for October (EUR 745.00) for your flat at Oschatzer Strasse 9, ground floor left, has not been paid. The direct debit from your account DE65 4306 0967 2140 9060 48 was returned by your bank with the reason "insufficient funds", which caused bank charges of EUR 3.50.

Please transfer EUR 748.50 by 10 November. If you are in financial difficulty, please call me – we can agree on instalments.

Kind regards
Mandy Fiedler
Real estate management"""
    return mail("en_tenant_arrears", "CONFIDENTIAL", "en", "insurer-to-tenant",
                "named tenant's returned direct debit (insufficient funds) and IBAN",
                frm=frm("fiedler"), to="k.haddad@gmx.example", subj="Rent October - returned direct debit",
                date="2026-10-27 14:55", body=body)

@M
def en_borrower_prepayment():
    body = """Dear Ms Lindgren,

we confirm your special repayment of EUR 20,000.00 on loan 7710-0319 (apartment Tiergartenstrasse 12) received on 30 June from your account at Nordea (SE45 5000 0000 0583 9825 7466). The remaining debt is now EUR 187,412.66; your monthly instalment stays at EUR 1,034.00, the term shortens by about 4 years.

Kind regards
Steffen Kunze
Mortgage lending"""
    return mail("en_borrower_prepayment", "CONFIDENTIAL", "en", "insurer-to-borrower",
                "borrower's special repayment, remaining debt, Swedish IBAN",
                frm=frm("kunze"), to="e.lindgren@telia.example", subj="Special repayment received",
                date="2026-07-02 10:10", body=body)

@M
def en_salary_reference():
    body = """To whom it may concern,

we confirm that Ms Ana-Maria Popescu, born 22 June 1994, has been employed by Elbtal Lebensversicherung AG as an actuarial analyst since 1 May 2026 on a permanent contract. Her gross annual salary is EUR 57,000. She is not in a probation period... correction: the probation period ends on 31 October 2026.

This confirmation is issued at the employee's request for the Foreigners' Authority / landlord.

Petra Lorenz
Human resources"""
    return mail("en_salary_reference", "CONFIDENTIAL", "en", "internal",
                "employment and salary confirmation with birth date",
                frm=frm("lorenz"), to="a.popescu@elbtal-leben.example", subj="Employment confirmation (draft for your landlord)",
                date="2026-05-21 16:16", body=body)

# ---------------------------------------------------------------- German STRICTLY_CONFIDENTIAL (rest)
@M
def bu_gutachten_intern_fwd():
    inner_body = """Sehr geehrter Herr Riedel,

anbei meine Einschätzung zum Fall BU-28.660.731 (Frau Claudia Seidel, 47 J., Pflegefachkraft):

Diagnosen: chronisches lumbales Schmerzsyndrom bei Osteochondrose L5/S1 (M42.16), Gonarthrose beidseits (M17.0), Adipositas Grad I.
Die Tätigkeit mit schwerem Heben und Umlagern von Patienten ist nach den Unterlagen der Reha-Klinik Bad Schandau dauerhaft nur noch unter 3 Stunden täglich möglich. Eine BU von mindestens 50 % halte ich für belegt, Beginn spätestens mit der Reha-Entlassung am 10.03.2026.

Mit kollegialen Grüßen
Dr. med. Jürgen Weißflog
Facharzt für Orthopädie, Sozialmedizin"""
    inner = inner_mail("Dr. Jürgen Weißflog <gutachten@dr-weissflog.example>", frm("riedel"),
                       "Stellungnahme BU-28.660.731", "2026-04-02 18:40", inner_body,
                       msgid="<a81c22f0-44e1-4b1a@dr-weissflog.example>")
    body = "Zur Kenntnis und Freigabe – ich würde anerkennen.\nT. Riedel"
    return mail("bu_gutachten_intern_fwd", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "one-line forward; orthopaedic assessment with diagnoses only in the attached message",
                frm=frm("riedel"), to=frm("sachse"), subj="WG: Stellungnahme BU-28.660.731",
                date="2026-04-03 07:55", body=body, atts=[fwd(inner, "Stellungnahme BU-28.660.731.eml")])

@M
def bu_arbeitgeber_taetigkeit():
    body = f"""Sehr geehrte Frau Klemm,

Ihr Mitarbeiter Herr Stefan Nitsche hat bei uns Leistungen aus seiner privaten Berufsunfähigkeitsversicherung beantragt und uns ermächtigt, bei Ihnen Auskünfte einzuholen (Erklärung liegt bei).

Bitte beschreiben Sie uns seine Tätigkeit als Lagerlogistiker vor Eintritt der Arbeitsunfähigkeit am 19.02.2026:
- wöchentliche Arbeitszeit und Schichtmodell,
- Anteil körperlicher Arbeit (Heben/Tragen, Gewichte, Staplerfahren),
- Möglichkeiten einer leidensgerechten Umsetzung im Betrieb.

Angaben zu seinem Gesundheitszustand benötigen wir von Ihnen nicht.

{sig("riedel")}"""
    return mail("bu_arbeitgeber_taetigkeit", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employer",
                "tells an employer that a named employee claims disability benefits, incapacity date",
                frm=frm("riedel"), to="personal@logistik-coswig.example", subj="Tätigkeitsbeschreibung Herr Nitsche",
                date="2026-03-23 10:11", body=body, charset="windows-1252")

@M
def antrag_rueckfrage_asthma():
    body = """Sehr geehrte Frau Hähnel,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung (Antrag A-2026-102877). Bei der Risikoprüfung haben sich noch Fragen ergeben:

Sie haben angegeben, wegen Asthma bronchiale (J45.0) in Behandlung zu sein. Bitte teilen Sie uns mit:
- seit wann die Erkrankung besteht und wie oft Sie Beschwerden haben,
- welche Medikamente Sie nehmen (Name, Dosis; z. B. Budesonid/Formoterol),
- ob in den letzten 5 Jahren Krankenhausaufenthalte oder Kuren deswegen nötig waren,
- ob Arbeitsunfähigkeitszeiten bestanden.

Alternativ können Sie Ihren Lungenfacharzt bitten, uns den beiliegenden Fragebogen auszufüllen. Je nach Ergebnis können wir Ihnen den Vertrag zu normalen Bedingungen, mit Beitragszuschlag oder mit einer Ausschlussklausel anbieten.

Mit freundlichen Grüßen
Ihr Team Antragsprüfung Leben"""
    return mail("antrag_rueckfrage_asthma", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
                "underwriting questions on asthma J45.0 of a named applicant",
                frm="Antragsprüfung Leben <antrag@elbtal-leben.example>", to="lisa.haehnel@gmx.example",
                subj="Ihr Antrag A-2026-102877 – Rückfragen", date="2026-05-11 11:25", body=body)

@M
def antrag_makler_zuschlag():
    body = """Hallo Herr Hempel,

zum Antrag Ihres Kunden Herrn Mario Lehnert (Risiko-LV 200 TEUR, A-2026-104410): wir können annehmen, allerdings wegen des Typ-2-Diabetes (HbA1c 7,4 %, Metformin) nur mit einem Risikozuschlag von 50 %. Ohne aktuellen Laborwert vom Hausarzt geht es nicht besser. Geben Sie mir Bescheid, ob er das so möchte?

Viele Grüße
Olga Neumann"""
    return mail("antrag_makler_zuschlag", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
                "to broker: named applicant's diabetes, lab value and surcharge",
                frm=frm("neumann"), to="info@hempel-makler.example", subj="A-2026-104410 Lehnert",
                date="2026-05-26 16:02", body=body, mailer="Microsoft Outlook für iOS")

@M
def antrag_ablehnung_psyche():
    p = pdf(["# Entscheidung zu Ihrem Antrag A-2026-099312",
             "Antragsteller: Herr Philipp Sturm, geb. 03.01.1992, Leipziger Vorstadt 21, 01127 Dresden",
             "Beantragt: Berufsunfähigkeitsversicherung, Rente 2.000 EUR monatlich",
             "Ergebnis der Risikoprüfung: Annahme mit Ausschlussklausel",
             "Ausschluss: Berufsunfähigkeit, die ganz oder teilweise auf psychische Erkrankungen,",
             "insbesondere Angst- und Panikstörungen (F41.0) und depressive Episoden, zurückzuführen ist.",
             "Grund: ambulante Psychotherapie 2023-2024 (25 Sitzungen) laut Arztbericht Dr. Uhlig.",
             "Überprüfung der Klausel auf Antrag nach 5 beschwerdefreien Jahren möglich."])
    body = "Guten Tag Herr Sturm,\n\nanbei unsere Entscheidung zu Ihrem Antrag. Bitte melden Sie sich, wenn Sie Fragen haben.\n\nIhr Team Antragsprüfung Leben"
    return mail("antrag_ablehnung_psyche", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
                "body harmless; exclusion clause for panic disorder F41.0 only in the PDF",
                frm="Antragsprüfung Leben <antrag@elbtal-leben.example>", to="p.sturm@posteo.example",
                subj="Ihr Antrag A-2026-099312", date="2026-04-24 13:50", body=body,
                atts=[att("Entscheidung_A-2026-099312.pdf", p)])

@M
def pfand_rueckdeckung_gf():
    body = f"""Sehr geehrter Herr Dr. Quaas,

wir bestätigen die Verpfändung der Ansprüche aus der Rückdeckungsversicherung R-46.002.913 (Versicherungsnehmerin: Quaas Maschinenbau GmbH, versicherte Person: Sie, geb. 29.10.1961) an Sie als Pfandgläubiger zur Sicherung Ihrer Pensionszusage vom 01.01.2005.

Eine Kündigung, Beleihung oder Abtretung durch die GmbH ist ab sofort nur mit Ihrer Zustimmung möglich. Das aktuelle Deckungskapital beträgt 486.301,00 EUR; die garantierte Altersrente ab 01.11.2026 beträgt 2.740,00 EUR monatlich.

{sig("wagenknecht")}"""
    return mail("pfand_rueckdeckung_gf", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "pledge of a reinsurance pension policy on the life of a named managing director; birth date, pension",
                frm=frm("wagenknecht"), to="dr.quaas@quaas-maschinenbau.example", cc="buchhaltung@quaas-maschinenbau.example",
                subj="Verpfändungsanzeige R-46.002.913 – Bestätigung", date="2026-06-17 09:44", body=body)

@M
def adressaenderung_rentner():
    body = """Hallo Frau Kühn,

kurze Info aus dem Kundenservice: Herr Gottfried Melzer (Rentenbezieher, R-36.881.402) hat angerufen, er ist ins Pflegeheim "Haus am Weinberg", Weinbergstraße 3, 01445 Radebeul umgezogen. Post bitte ab sofort dorthin. Seine Tochter hat Vorsorgevollmacht und will eine Kopie per Post.

Danke!
Mandy Richter
Kundenservice"""
    return mail("adressaenderung_rentner", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "named annuitant moved into a care home (health-related), pension contract",
                frm="Mandy Richter <m.richter@elbtal-leben.example>", to=frm("kuehn"),
                subj="Adressänderung R-36.881.402", date="2026-01-15 14:33", body=body, flowed=True,
                mailer="Mozilla Thunderbird 128.6", cte="8bit")

@M
def betreuer_demenz():
    body = f"""Sehr geehrte Frau Rechtsanwältin Pfitzner,

vielen Dank für die Übersendung Ihres Betreuerausweises (AG Pirna, Az. 2 XVII 211/26). Sie sind danach für Frau Margot Lindner, geb. 16.07.1938, mit den Aufgabenkreisen Vermögenssorge und Behördenangelegenheiten bestellt.

Frau Lindner hatte uns im Februar zweimal angerufen und ihre Rentenversicherung R-35.112.774 kündigen wollen; wegen der erkennbaren Verwirrtheit (nach Ihrer Mitteilung fortgeschrittene Alzheimer-Demenz) haben wir die Kündigung nicht ausgeführt. Wir werden künftig nur noch mit Ihnen korrespondieren. Die monatliche Rente von 244,80 EUR zahlen wir weiter auf das bisherige Konto.

{sig("kuehn")}"""
    return mail("betreuer_demenz", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
                "legal guardian of a named annuitant with Alzheimer's dementia",
                frm=frm("kuehn"), to="kanzlei@ra-pfitzner.example", subj="Betreuung Margot Lindner – R-35.112.774",
                date="2026-03-04 12:48", body=body, charset="iso-8859-1")

@M
def dsgvo_auskunft_kunde():
    body = """Sehr geehrter Herr Pfützner,

auf Ihren Antrag nach Art. 15 DSGVO teilen wir Ihnen mit, welche Daten wir über Sie verarbeiten. Die vollständige Auskunft finden Sie im Anhang.

Mit freundlichen Grüßen
Nadine Walther
Datenschutzbeauftragte"""
    d = docx(["# Auskunft nach Art. 15 DSGVO",
              "Betroffene Person: Herr Ronny Pfützner, geb. 12.09.1984, Gartenstraße 6, 01309 Dresden",
              "Verträge: Berufsunfähigkeitsversicherung BU-30.877.120 (seit 2015), Risikolebensversicherung L-27.004.651 (seit 2019)",
              "Gesundheitsdaten aus dem Antrag 2015: Angaben zu Heuschnupfen (J30.1), Meniskusoperation rechts 2012",
              "Leistungsfall 2021: Arbeitsunfähigkeit 6 Wochen nach Sprunggelenksfraktur, keine BU-Leistung",
              "Bankverbindung: DE93 6005 0101 9056 3649 70",
              "Empfänger: Rückversicherer Nordic Re (Antragsdaten 2015), Gutachter Dr. Weißflog (2021)",
              "Speicherdauer: bis 10 Jahre nach Vertragsende"])
    return mail("dsgvo_auskunft_kunde", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "body harmless; GDPR access report with health data, contracts, IBAN only in DOCX",
                frm=frm("walther"), to="r.pfuetzner@t-online.example", subj="Ihre Anfrage nach Art. 15 DSGVO",
                date="2026-02-06 10:36", body=body, atts=[att("Auskunft_Art15_Pfuetzner.docx", d)])

@M
def widerruf_bestaetigung():
    body = """Hallo Frau Schreier,

Ihr Widerruf ist fristgerecht angekommen. Die Rentenversicherung R-54.001.377 kommt damit nicht zustande; den ersten Beitrag von 150,00 EUR überweisen wir Ihnen in den nächsten Tagen zurück.

Viele Grüße
Tobias Berger
Vertragsservice Leben"""
    return mail("widerruf_bestaetigung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "cancellation of a named person's pension contract, no medical word",
                frm=frm("berger"), to="anne.schreier@web.example", subj="Ihr Widerruf",
                date="2026-01-30 15:22", body=body, cte="base64")

@M
def mahnliste_xlsx_intern():
    x = xlsx([("Rückstände Leben 05-2026", [
        ["Vertrag", "VN", "Geb.-Datum", "Rückstand EUR", "Mahnstufe", "Bemerkung"],
        ["L-25.118.006", "Fröbel, Dirk", "1977-01-23", 312.40, 2, "Kündigung § 38 VVG vorbereiten"],
        ["R-49.771.213", "Hoang, Minh", "1990-06-02", 95.00, 1, ""],
        ["BU-31.660.918", "Kästner, Jessica", "1988-12-09", 204.60, 2, "Ratenzahlung angefragt"],
        ["L-23.990.512", "Rothe, Günter", "1959-03-30", 1180.00, 3, "Beitragsfreistellung angeboten"]])])
    body = "Hallo Tobias,\n\ndie Liste für Mai. Bitte bis Freitag durchsehen.\n\nLG Marco"
    return mail("mahnliste_xlsx_intern", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "premium arrears of named life/BU policyholders with birth dates only in XLSX",
                frm=frm("hentschel"), to=frm("berger"), subj="Mahnliste Mai", date="2026-05-29 08:40", body=body,
                atts=[att("Mahnliste_Leben_2026-05.xlsx", x)])

@M
def tod_unfallzusatz_polizei():
    body = f"""Sehr geehrte Damen und Herren,

in der Leistungssache zur Unfall-Zusatzversicherung unseres verstorbenen Versicherten Herrn Enrico Seidel, geb. 21.02.1985, Vertrag L-22.771.040, bitten wir um Übersendung des Unfallberichts zum Verkehrsunfall vom 08.05.2026 auf der S 177 bei Radeburg sowie – falls vorhanden – des Ergebnisses der Blutalkoholuntersuchung.

Hintergrund: Nach den Bedingungen ist die Unfall-Zusatzleistung bei Unfällen infolge einer Bewusstseinsstörung durch Alkohol ausgeschlossen. Die Hinterbliebenen haben der Akteneinsicht zugestimmt.

{sig("oehme")}"""
    return mail("tod_unfallzusatz_polizei", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
                "accidental death benefit: named deceased, blood alcohol request to police",
                frm=frm("oehme"), to="pd-dresden.vu@polizei.sachsen.example", subj="Akteneinsicht Verkehrsunfall 08.05.2026 S 177",
                date="2026-05-22 09:16", body=body)

@M
def beitragsfreistellung_arbeitslos():
    body = """Sehr geehrter Herr Rothe,

wie telefonisch besprochen stellen wir Ihre Lebensversicherung L-23.990.512 ab 01.06.2026 beitragsfrei, da Sie die Beiträge nach dem Verlust Ihrer Arbeitsstelle derzeit nicht zahlen können. Die beitragsfreie Versicherungssumme beträgt 21.340,00 EUR. Den Rückstand von 1.180,00 EUR verrechnen wir mit dem Vertragsguthaben.

Innerhalb von 3 Jahren können Sie die Beitragszahlung ohne neue Gesundheitsprüfung wieder aufnehmen.

Mit freundlichen Grüßen
Marco Hentschel"""
    return mail("beitragsfreistellung_arbeitslos", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "paid-up conversion of a named person's life policy after job loss",
                frm=frm("hentschel"), to="guenter.rothe@freenet.example", subj="Beitragsfreistellung L-23.990.512",
                date="2026-05-31 11:00", body=body)

@M
def pflegerente_pflegegrad():
    body = f"""Sehr geehrte Frau Gruner,

vielen Dank für den Bescheid der Pflegekasse. Ihre Mutter, Frau Hildegard Gruner, ist seit 01.02.2026 in Pflegegrad 3 eingestuft (Gutachten des Medizinischen Dienstes vom 21.01.2026: Hilfebedarf bei Mobilität und Selbstversorgung nach Schlaganfall).

Aus der Pflegerenten-Zusatzversicherung zu ihrer Rentenversicherung R-37.402.118 zahlen wir daher ab Februar 60 % der vereinbarten Pflegerente, das sind 360,00 EUR monatlich, zusätzlich zur Altersrente. Die Nachzahlung für Februar und März überweisen wir mit der Aprilrente.

{sig("kuehn")}"""
    return mail("pflegerente_pflegegrad", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "care annuity: care level 3 after stroke of a named person",
                frm=frm("kuehn"), to="k.gruner@gmx.example", subj="Pflegerente für Ihre Mutter",
                date="2026-03-26 13:05", body=body)

@M
def kapitalwahlrecht():
    body = """Sehr geehrter Herr Hoffmann,

Sie haben fristgerecht von Ihrem Kapitalwahlrecht Gebrauch gemacht. Statt der Rente zahlen wir Ihnen zum 01.09.2026 einmalig 78.412,30 EUR aus Ihrer Rentenversicherung R-42.118.630 aus. Da der Vertrag 2003 begonnen hat und länger als 12 Jahre lief, ist die Auszahlung einkommensteuerfrei.

Bitte bestätigen Sie uns noch Ihre Bankverbindung. Die bei uns hinterlegte IBAN endet auf …3011.

Mit freundlichen Grüßen
Sabine Kühn"""
    return mail("kapitalwahlrecht", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "lump-sum option on a named person's pension, amount",
                frm=frm("kuehn"), to="k.hoffmann1961@web.example", subj="Kapitalauszahlung zum 01.09.2026",
                date="2026-07-28 10:22", body=body)

@M
def tod_risikolv_jungvater():
    body = """Liebe Katrin,

Telefonnotiz von heute 10:15: Frau Jacqueline Wolf rief an, ihr Mann Tom Wolf (32) ist am Samstag bei einem Arbeitsunfall auf einer Baustelle in Freital tödlich verunglückt (Sturz vom Gerüst). Zwei kleine Kinder. Risiko-LV L-27.550.013, VS 250.000 EUR, Bezugsrecht Ehefrau. Sie ist völlig fertig, ich habe gesagt, wir melden uns. Die BG Bau ist informiert.

Kannst du ihr bitte die Unterlagenliste schicken, aber bitte persönlich anrufen vorher?

Danke, Mandy"""
    return mail("tod_risikolv_jungvater", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "phone note: named insured died in a work accident, term life policy and beneficiary",
                frm="Mandy Richter <m.richter@elbtal-leben.example>", to=frm("oehme"), subj="Todesfall Wolf – bitte heute noch",
                date="2026-06-22 10:31", body=body)

@M
def rentenbezugsmitteilung_korrektur():
    body = """Hallo Daniel,

bei der Rentenbezugsmitteilung 2025 für Frau Ingeborg Haase (Steuer-ID 30479158623, Vertrag R-40.118.293) ist uns ein Fehler unterlaufen: gemeldet wurden 4.118,40 EUR nach § 22 Nr. 1 Satz 3 a bb, richtig wären 3.412,20 EUR (die Nachzahlung aus 2024 wurde doppelt erfasst). Bitte eine Korrekturmeldung an die ZfA veranlassen. Die Kundin hat sich beschwert, ihr Finanzamt hat den höheren Betrag übernommen.

Gruß
Sabine"""
    return mail("rentenbezugsmitteilung_korrektur", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "pension income report correction for a named annuitant with tax ID",
                frm=frm("kuehn"), to=frm("kretschmar"), subj="Korrektur RBM 2025 Haase", date="2026-04-07 15:07", body=body)

@M
def va_umsetzung_neuer_vertrag():
    body = f"""Sehr geehrte Frau Schramm,

der Beschluss des Amtsgerichts Dresden vom 18.05.2026 (301 F 1184/25) ist seit 25.06.2026 rechtskräftig. Wir haben die interne Teilung umgesetzt:

Für Sie wurde die Rentenversicherung R-56.000.214 eingerichtet, Ausgleichswert 15.746,44 EUR zzgl. Zinsen seit Ehezeitende (2,25 % p.a.). Rentenbeginn frühestens mit 63, regulär 01.12.2046 (Ihr 67. Lebensjahr). Eine Gesundheitsprüfung war nicht erforderlich.

Ihre Vertragsunterlagen erhalten Sie mit separater Post.

{sig("grundmann")}"""
    return mail("va_umsetzung_neuer_vertrag", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                "divorce pension splitting implemented: new pension contract of a named person",
                frm=frm("grundmann"), to="diana.schramm@gmx.example", subj="Umsetzung Versorgungsausgleich",
                date="2026-07-14 11:58", body=body)

@M
def bav_austritt_arbeitgeber():
    body = """Sehr geehrte Frau Scholz,

vielen Dank für die Austrittsmeldung. Herr Andreas Böhme ist zum 31.07.2026 aus Ihrem Unternehmen ausgeschieden. Seine Direktversicherung DV-7.004.882 (Entgeltumwandlung 302 EUR/Monat) führen wir ab August beitragsfrei; er kann sie privat fortführen oder zum neuen Arbeitgeber mitnehmen. Die unverfallbare Anwartschaft beträgt 1.140,00 EUR Jahresrente. Wir informieren Herrn Böhme direkt.

Mit freundlichen Grüßen
Jens Wagenknecht"""
    return mail("bav_austritt_arbeitgeber", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employer",
                "employee's company-pension contract and vested benefit after leaving",
                frm=frm("wagenknecht"), to="a.scholz@elbe-guss.example", subj="Austritt Böhme – DV-7.004.882",
                date="2026-08-05 09:29", body=body)

@M
def zip_scan_erbschein():
    erbschein = pdf(["# Erbschein (Abschrift)",
                     "Amtsgericht Bautzen - Nachlassgericht - Az. 7 VI 201/26",
                     "Es wird bezeugt, dass der am 04.02.2026 in Bautzen verstorbene Herr Siegfried Paschke,",
                     "geboren am 10.06.1940, beerbt worden ist von",
                     "1. Frau Waltraud Paschke, geb. Noack, geboren 12.11.1943 - zu 1/2",
                     "2. Herrn Holger Paschke, geboren 02.05.1966 - zu 1/4",
                     "3. Frau Kerstin Mros, geb. Paschke, geboren 19.09.1969 - zu 1/4"])
    sterbe = pdf(["# Sterbeurkunde",
                  "Standesamt Bautzen, Register-Nr. S 118/2026",
                  "Siegfried Paschke, geboren 10.06.1940 in Kamenz, verstorben 04.02.2026 in Bautzen"])
    z = mkzip([("Paschke/Erbschein.pdf", erbschein), ("Paschke/Sterbeurkunde.pdf", sterbe)])
    body = "Hallo Yvonne,\n\ndie Scans aus der Poststelle zum Vorgang L-15.442.880, gezippt weil zu groß.\n\nGruß\nPoststelle"
    return mail("zip_scan_erbschein", "STRICTLY_CONFIDENTIAL", "de", "internal",
                "certificate of inheritance and death certificate with birth dates only inside a ZIP",
                frm="Poststelle <poststelle@elbtal-leben.example>", to=frm("zimmer"), subj="Scan Posteingang 11.03.",
                date="2026-03-11 12:01", body=body, atts=[att("Scan_2026-03-11.zip", z)])

@M
def makler_storno_kunde():
    body = """Hallo Frau Neumann,

mein Kunde Herr Dirk Fröbel hat mir gesagt, dass er die Beiträge für seine Lebensversicherung gerade nicht zahlen kann. Er war wohl länger krank (Burnout) und ist jetzt im Krankengeld. Können Sie die Mahnung stoppen, bis ich mit ihm über eine Beitragsstundung gesprochen habe?

Gruß Lutz Hempel"""
    quoted = """Hallo Herr Hempel,

habe die Mahnung für vier Wochen ausgesetzt, Stundung bis zu 6 Monaten ist möglich. Formular schicke ich Ihnen gleich.

Viele Grüße
Olga Neumann

-----Ursprüngliche Nachricht-----
Von: Lutz Hempel <info@hempel-makler.example>
Gesendet: Dienstag, 2. Juni 2026 17:48
An: Olga Neumann
Betreff: Kunde Fröbel L-25.118.006

""" + body
    return mail("makler_storno_kunde", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
                "reply to broker; named customer's burnout and sick pay only in the quoted mail",
                frm=frm("neumann"), to="info@hempel-makler.example", subj="AW: Kunde Fröbel L-25.118.006",
                date="2026-06-03 08:22", body=quoted)

# ---------------------------------------------------------------- German CONFIDENTIAL: HR, real estate, mortgages, brokers, suppliers
@M
def hr_reisekosten():
    body = """Hallo Herr Kunze,

Ihre Reisekostenabrechnung für den Termin beim Notar in Görlitz (17.03.) ist geprüft: Fahrtkosten 2 x 104 km x 0,30 EUR = 62,40 EUR, Verpflegungspauschale 14,00 EUR, Parken 6,00 EUR, gesamt 82,40 EUR. Die Erstattung geht mit dem Aprilgehalt auf Ihr Gehaltskonto DE72 7002 0270 2977 4232 54.

Gruß aus der Personalabteilung
Petra Lorenz"""
    return mail("hr_reisekosten", "CONFIDENTIAL", "de", "internal", "employee expense refund with IBAN",
                frm=frm("lorenz"), to=frm("kunze"), subj="Reisekosten März", date="2026-03-30 14:20", body=body)

@M
def hr_dienstrad():
    body = """Liebe Frau Schubert,

Ihr Dienstrad-Leasing (E-Bike, Listenpreis 3.899 EUR) startet zum 01.05.2026. Die monatliche Leasingrate von 112,34 EUR wird per Gehaltsumwandlung von Ihrem Bruttogehalt abgezogen; der geldwerte Vorteil (0,25 % vom Listenpreis = 9,75 EUR) wird versteuert. Ihr Netto sinkt dadurch nach unserer Probeberechnung um etwa 68 EUR im Monat.

Viele Grüße
Petra Lorenz"""
    return mail("hr_dienstrad", "CONFIDENTIAL", "de", "internal", "salary conversion and net pay effect for a named employee",
                frm=frm("lorenz"), to=frm("schubert"), subj="Dienstrad – Ihre Gehaltsumwandlung", date="2026-04-15 10:44", body=body)

@M
def hr_geburtstagsliste():
    o = ods([("Geburtstage Q3", [["Name", "Abteilung", "Geburtsdatum", "runder Geburtstag"],
                                 ["Sabine Kühn", "Rentenservice", "1966-07-19", "60"],
                                 ["Ronny Seifert", "IT", "1986-08-02", "40"],
                                 ["Yvonne Zimmer", "Leistung Leben", "1976-09-27", "50"],
                                 ["Marco Hentschel", "Vertragsservice", "1991-09-05", ""]])])
    body = "Hallo Lena,\n\nfür die Glückwunschkarten im dritten Quartal – die runden bitte mit Blumen.\n\nPetra"
    return mail("hr_geburtstagsliste", "CONFIDENTIAL", "de", "internal",
                "birth dates of named staff only in the ODS",
                frm=frm("lorenz"), to=frm("schubert"), subj="Geburtstage Q3", date="2026-06-26 11:11", body=body,
                atts=[att("Geburtstage_Q3_2026.ods", o)])

@M
def hr_ueberstunden_auszahlung():
    body = """Hallo Herr Riedel,

für Ihr Team werden mit dem Junigehalt folgende Überstunden ausgezahlt (Stundensatz lt. Tarif):

Frau Lange     22,5 Std.   612,90 EUR brutto
Herr Voigt     14,0 Std.   351,26 EUR brutto
Frau Möbius    31,0 Std.   844,13 EUR brutto

Bitte bis Mittwoch freigeben.

Gruß
Petra Lorenz"""
    return mail("hr_ueberstunden_auszahlung", "CONFIDENTIAL", "de", "internal", "overtime pay amounts of named employees",
                frm=frm("lorenz"), to=frm("riedel"), subj="Überstundenauszahlung Juni – Freigabe", date="2026-06-15 09:15", body=body)

@M
def hr_azubi_bewerbung():
    body = """Hallo Frau Lorenz,

von der Bewerberin für die Ausbildung Kauffrau für Versicherungen und Finanzen haben wir noch das Zeugnis nachgereicht bekommen:

Emily Krause, geb. 03.04.2009, Gymnasium Dresden-Plauen, Halbjahreszeugnis Kl. 11: Deutsch 2, Mathe 1, Englisch 2, Durchschnitt 1,8.

Ich würde sie gern zum Assessment am 14.11. einladen.

Viele Grüße
Sven Tschirner"""
    return mail("hr_azubi_bewerbung", "CONFIDENTIAL", "de", "internal", "apprentice applicant's birth date and school grades",
                frm="Sven Tschirner <s.tschirner@elbtal-leben.example>", to=frm("lorenz"), subj="Azubi-Bewerbung Krause",
                date="2026-10-21 13:33", body=body)

@M
def hr_arbeitgeberdarlehen():
    body = """Sehr geehrter Herr Bauer,

Ihr Antrag auf ein Arbeitgeberdarlehen über 8.000 EUR (Zweck: Pkw) ist genehmigt. Zinssatz 2,0 % p.a., Rückzahlung in 36 Monatsraten à 229,14 EUR durch Einbehalt vom Nettogehalt ab August. Bei Ihrem aktuellen Bruttogehalt von 3.760 EUR liegt der Einbehalt unter der Pfändungsfreigrenze.

Den Darlehensvertrag erhalten Sie in zwei Exemplaren über die Hauspost.

Petra Lorenz
Personal"""
    return mail("hr_arbeitgeberdarlehen", "CONFIDENTIAL", "de", "internal", "employee loan and gross salary of a named employee",
                frm=frm("lorenz"), to="Kai Bauer <k.bauer@elbtal-leben.example>", subj="Arbeitgeberdarlehen genehmigt",
                date="2026-07-07 15:01", body=body)

@M
def immo_neumieter_kaution():
    body = f"""Sehr geehrte Frau Kunath, sehr geehrter Herr Brandt,

herzlich willkommen in der Wohnanlage Johannstadt! Anbei die Zusammenfassung zum Mietvertrag W-DD-0212-07 (Pfotenhauerstraße 40, 2. OG rechts):

- Mietbeginn 01.05.2026, Kaltmiete 785,00 EUR, Nebenkostenvorauszahlung 210,00 EUR
- Kaution 2.355,00 EUR auf Mietkautionskonto (Sparkasse) – Einzahlung in drei Raten möglich
- SEPA-Lastschrift von Ihrem Konto DE32 8504 0000 3256 0713 84 jeweils zum 3. Werktag

Schlüsselübergabe am 30.04. um 16 Uhr mit Hausmeister Herrn Pohl.

{sig("fiedler")}"""
    return mail("immo_neumieter_kaution", "CONFIDENTIAL", "de", "insurer-to-tenant", "new tenants' rent, deposit and IBAN",
                frm=frm("fiedler"), to="kunath.brandt@mailbox.example", subj="Ihr Mietvertrag W-DD-0212-07",
                date="2026-04-20 16:20", body=body)

@M
def immo_selbstauskunft():
    x = xlsx([("Selbstauskunft", [["Feld", "Angabe"],
                                  ["Name", "Maximilian Teich"], ["Geburtsdatum", "1997-02-14"],
                                  ["Arbeitgeber", "Volkswagen Sachsen GmbH, Gläserne Manufaktur"],
                                  ["Nettoeinkommen mtl.", 2870], ["Beschäftigt seit", "2021-09-01"],
                                  ["Haustiere", "keine"], ["Mietschulden bisher", "keine"],
                                  ["SCHUFA-Score", "97,4 %"]])])
    body = "Hi Frau Fiedler,\n\nhier die Selbstauskunft des Interessenten für die 2-Raum-Wohnung Seidnitz, er hat alles vollständig ausgefüllt. Besichtigung war positiv.\n\nGruß\nHausverwaltung Außenstelle Ost"
    return mail("immo_selbstauskunft", "CONFIDENTIAL", "de", "internal",
                "prospective tenant's self-disclosure: birth date, income, credit score only in XLSX",
                frm="Außenstelle Ost <immo-ost@elbtal-leben.example>", to=frm("fiedler"), subj="Selbstauskunft Seidnitz",
                date="2026-08-26 10:48", body=body, atts=[att("Selbstauskunft_Teich.xlsx", x)])

@M
def immo_hausmeister_rechnung():
    body = """Hallo Herr Pohl,

Ihre Rechnung Nr. 2026-031 für die Winterdienst-Pauschale Januar bis März (3 x 420,00 EUR) ist freigegeben. Da Sie als Kleinunternehmer keine Umsatzsteuer ausweisen, zahlen wir 1.260,00 EUR auf Ihr Konto DE17 5123 0800 4309 0891 26 (Steuernummer 203/281/04412 laut Rechnung).

Viele Grüße
Mandy Fiedler"""
    return mail("immo_hausmeister_rechnung", "CONFIDENTIAL", "de", "insurer-to-supplier", "sole-trader caretaker's IBAN and tax number",
                frm=frm("fiedler"), to="hausmeister.pohl@t-online.example", subj="Rechnung 2026-031 freigegeben",
                date="2026-04-03 09:03", body=body, charset="windows-1252")

@M
def immo_kuendigung_kaution():
    body = """Sehr geehrter Herr Siebert,

wir bestätigen Ihre Kündigung der Wohnung Zwickauer Straße 88, 1. OG, zum 31.07.2026. Die Abnahme ist für den 31.07. um 9 Uhr vereinbart.

Nach der Abnahme rechnen wir die Kaution (1.950,00 EUR zzgl. Zinsen) ab. Einen Einbehalt für die Betriebskostenabrechnung 2026 von 300 EUR behalten wir uns vor. Die Rückzahlung erfolgt auf das von Ihnen genannte Konto bei der Volksbank (DE13 5123 0800 8213 4832 43).

Mit freundlichen Grüßen
Mandy Fiedler"""
    return mail("immo_kuendigung_kaution", "CONFIDENTIAL", "de", "insurer-to-tenant", "tenant's notice, deposit and IBAN",
                frm=frm("fiedler"), to="j.siebert@web.example", subj="Kündigungsbestätigung Zwickauer Str. 88",
                date="2026-05-08 12:30", body=body)

@M
def immo_nebenkosten():
    body = """Sehr geehrte Frau Adler,

anbei Ihre Betriebskostenabrechnung 2025 für die Wohnung Leipziger Straße 12, 3. OG Mitte. Es ergibt sich eine Nachzahlung von 186,44 EUR, die wir am 15.07. von Ihrem Konto einziehen. Ihre monatliche Vorauszahlung erhöht sich ab August um 15 EUR auf 195 EUR.

Mit freundlichen Grüßen
Immobilienverwaltung"""
    p = pdf(["# Betriebskostenabrechnung 2025",
             "Mieterin: Doreen Adler, Leipziger Straße 12, 3. OG Mitte, 01097 Dresden, Mietvertrag W-DD-0120-09",
             "Heizung/Warmwasser 1.102,18 EUR; Wasser/Abwasser 311,40 EUR; Müll 144,00 EUR; Hauswart 208,86 EUR",
             "Summe Kosten 2.346,44 EUR, Vorauszahlungen 2.160,00 EUR, Nachzahlung 186,44 EUR",
             "Einzug von DE45 8609 0000 ... (Mandat W-DD-0120-09-01)"])
    return mail("immo_nebenkosten", "CONFIDENTIAL", "de", "insurer-to-tenant", "named tenant's utility bill and back payment",
                frm="Immobilienverwaltung <immobilien@elbtal-leben.example>", to="doreen.adler@web.example",
                subj="Betriebskostenabrechnung 2025", date="2026-06-18 14:00", body=body,
                atts=[att("BK-Abrechnung_2025_W-DD-0120-09.pdf", p)])

@M
def immo_mieter_insolvenz():
    body = """Sehr geehrter Herr Rechtsanwalt Thiel,

in dem Verbraucherinsolvenzverfahren über das Vermögen unseres Mieters Herrn Ralf Heinrich (AG Dresden, 560 IK 93/26) melden wir zur Tabelle an:

  Mietrückstände November 2025 bis Februar 2026   2.980,00 EUR
  Kosten der Mahnung                                   15,00 EUR

Von der Möglichkeit der Enthaftungserklärung nach § 109 Abs. 1 Satz 2 InsO haben Sie Gebrauch gemacht; das Mietverhältnis setzen wir mit Herrn Heinrich fort, solange die laufende Miete gezahlt wird.

Mit freundlichen Grüßen
Claudia Pietsch"""
    return mail("immo_mieter_insolvenz", "CONFIDENTIAL", "de", "insurer-to-insolvency-administrator",
                "consumer insolvency of a named tenant, rent arrears (no insurance contract)",
                frm=frm("pietsch"), to="insolvenz@ra-thiel.example", subj="560 IK 93/26 Heinrich – Forderungsanmeldung",
                date="2026-03-12 10:55", body=body)

@M
def hypo_grundschuld_notar():
    body = """Sehr geehrter Herr Notar Seifert,

für die Beurkundung der Grundschuldbestellung am 02.06.2026 übersende ich Ihnen die Daten:

Darlehensnehmer/Eigentümer: Herr Robert Richter, geb. 17.01.1986, und Frau Nicole Richter, geb. Hübner, geb. 09.10.1987, beide wohnhaft Schillerstraße 14, 01326 Dresden
Grundbesitz: Grundbuch von Langebrück Blatt 1882, Flurstück 411/7
Grundschuld: 343.900,00 EUR nebst 15 % Jahreszinsen, vollstreckbar, Gläubigerin: Elbtal Lebensversicherung AG
Rang: erste Rangstelle in Abt. III

Die Zweckerklärung unterzeichnen die Eheleute bei uns.

Mit freundlichen Grüßen
Steffen Kunze
Baufinanzierung"""
    return mail("hypo_grundschuld_notar", "CONFIDENTIAL", "de", "insurer-to-notary",
                "land charge for named borrowers: birth dates, maiden name, property",
                frm=frm("kunze"), to="notar@notar-seifert-dresden.example", subj="Grundschuldbestellung Richter, Termin 02.06.",
                date="2026-05-27 11:42", body=body)

@M
def hypo_sondertilgung():
    body = """Sehr geehrte Frau Opitz,

wir bestätigen den Eingang Ihrer Sondertilgung über 10.000,00 EUR am 29.12.2026 zum Darlehen 7710-0288. Ihre Restschuld beträgt nun 121.844,09 EUR. Das jährliche Sondertilgungsrecht von 5 % ist damit für 2026 ausgeschöpft.

Mit freundlichen Grüßen
Steffen Kunze"""
    return mail("hypo_sondertilgung", "CONFIDENTIAL", "de", "insurer-to-borrower", "borrower's special repayment and remaining debt",
                frm=frm("kunze"), to="opitz.familie@gmx.example", subj="Sondertilgung Darlehen 7710-0288",
                date="2026-12-30 09:05", body=body)

@M
def hypo_rueckstand():
    body = """Hallo Herr Kästner,

die Rate für Ihr Baudarlehen 7710-0251 (1.290,00 EUR) konnte am 30.09. nicht eingezogen werden – Rücklastschrift Ihrer Bank, Grund "Konto erloschen". Haben Sie Ihre Bankverbindung gewechselt? Dann schicken Sie uns bitte ein neues SEPA-Mandat. Bis dahin bitte die Rate überweisen:

Elbtal Lebensversicherung AG, Baufinanzierung
Verwendungszweck 7710-0251 Rate 09/2026

Viele Grüße
Steffen Kunze"""
    return mail("hypo_rueckstand", "CONFIDENTIAL", "de", "insurer-to-borrower", "named borrower's returned mortgage instalment",
                frm=frm("kunze"), to="m.kaestner@online.example", subj="Rücklastschrift Darlehen 7710-0251",
                date="2026-10-05 08:48", body=body, flowed=True, mailer="Mozilla Thunderbird 128.6", cte="8bit")

@M
def hypo_schufa():
    body = """Steffen,

SCHUFA für die Eheleute Wendt ist da: Herr Wendt Score 96,1 %, Frau Wendt 98,3 %, keine Negativmerkmale; zwei laufende Ratenkredite (Auto 14.200 EUR Rest, Küche 3.100 EUR Rest). Mit dem Haushaltsnetto von 5.480 EUR geht die Rechnung knapp auf. Ich würde die Küche vor Auszahlung ablösen lassen.

Gruß
Jana (Kreditprüfung)"""
    return mail("hypo_schufa", "CONFIDENTIAL", "de", "internal", "credit score, loans and net income of named borrowers",
                frm="Jana Winkler <j.winkler@elbtal-leben.example>", to=frm("kunze"), subj="SCHUFA Wendt",
                date="2026-09-14 13:19", body=body)

@M
def hypo_prolongation():
    body = """Sehr geehrter Herr Lämmel,

die Zinsbindung Ihres Darlehens 7710-0107 endet am 30.11.2026 (Restschuld dann voraussichtlich 58.221,40 EUR). Wir bieten Ihnen die Anschlussfinanzierung an:

  10 Jahre fest: 3,41 % p.a., Rate 595,00 EUR
  5 Jahre fest:  3,19 % p.a., Rate 595,00 EUR

Eine erneute Bonitätsprüfung ist nicht nötig. Bitte kreuzen Sie Ihre Variante auf dem beiliegenden Formular an.

Mit freundlichen Grüßen
Steffen Kunze"""
    return mail("hypo_prolongation", "CONFIDENTIAL", "de", "insurer-to-borrower", "named borrower's remaining debt and follow-up financing",
                frm=frm("kunze"), to="w.laemmel@t-online.example", subj="Ihre Anschlussfinanzierung 7710-0107",
                date="2026-08-31 10:15", body=body, charset="iso-8859-1")

@M
def hypo_html_only_einkommen():
    html = """<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Hallo Steffen,</p>
<p>hier die Haushaltsrechnung für den Antrag Baufinanzierung <b>Familie Kowalski</b> (Objekt Radeberg):</p>
<table border="1" style="border-collapse:collapse">
<tr><td>Nettoeinkommen Herr Kowalski (Schichtleiter)</td><td>3.120 EUR</td></tr>
<tr><td>Nettoeinkommen Frau Kowalski (Teilzeit, Erzieherin)</td><td>1.640 EUR</td></tr>
<tr><td>Kindergeld (2 Kinder)</td><td>510 EUR</td></tr>
<tr><td>Lebenshaltung pauschal</td><td>-2.100 EUR</td></tr>
<tr><td>geplante Rate</td><td>-1.450 EUR</td></tr>
<tr><td><b>Überschuss</b></td><td><b>1.720 EUR</b></td></tr>
</table>
<p>Passt. Gehaltsnachweise liegen vor.</p><p>Jana</p>
</body></html>"""
    return mail("hypo_html_only_einkommen", "CONFIDENTIAL", "de", "internal", "named borrowers' net incomes only in an HTML table",
                frm="Jana Winkler <j.winkler@elbtal-leben.example>", to=frm("kunze"), subj="Haushaltsrechnung Kowalski",
                date="2026-02-27 11:05", html=html, html_only=True)

@M
def makler_anbindung_register():
    body = """Hallo Frau Neumann,

für die Anbindung des neuen Maklers habe ich die Daten aus dem Vermittlerregister und der Gewerbeanmeldung geprüft:

Herr Erik Vollmer, geb. 30.06.1983, Einzelunternehmen "Vollmer Finanzberatung", Bischofswerda
Registrierungsnummer D-W-140-7PQX-22 (Erlaubnis § 34d Abs. 1 GewO)
VSH: Nachweis liegt vor, Versicherungssumme 1,3 Mio. EUR
Provisionskonto: DE34 7605 0101 2581 5835 15

Kann freigeschaltet werden, Vermittlernummer M-40988.

Grüße
Andreas (Vertriebsservice)"""
    return mail("makler_anbindung_register", "CONFIDENTIAL", "de", "internal", "new sole-trader broker's birth date and IBAN",
                frm="Andreas Pech <a.pech@elbtal-leben.example>", to=frm("neumann"), subj="Anbindung Vollmer – Prüfung ok",
                date="2026-02-10 09:37", body=body)

@M
def makler_rueckbelastung():
    body = """Sehr geehrter Herr Vollmer,

für die Provisionsvorschüsse aus 2025 ergibt sich aufgrund von Stornierungen innerhalb der Haftungszeit eine Rückbelastung von 2.418,60 EUR. Wir verrechnen den Betrag mit Ihren laufenden Provisionen der nächsten drei Monate (je 806,20 EUR). Ihr Provisionseinkommen 2025 bei uns lag bei insgesamt 31.770 EUR; die Jahresbescheinigung für Ihre Steuererklärung (Steuernummer 207/233/50871) liegt im Maklerportal.

Mit freundlichen Grüßen
Olga Neumann"""
    return mail("makler_rueckbelastung", "CONFIDENTIAL", "de", "insurer-to-broker",
                "sole-trader broker's commission clawback, yearly income and tax number; no customer named",
                frm=frm("neumann"), to="info@vollmer-finanz.example", subj="Provisionsrückbelastung 2025",
                date="2026-03-17 12:12", body=body)

@M
def makler_bankwechsel():
    body = """Hallo Olga,

Makler Hempel (M-40712) hat neue Bankverbindung für die Provision gemeldet, ab April: DE14 1001 0010 9891 4345 53 (Postbank), Kontoinhaber Lutz Hempel. Unterschriebenes Formular liegt in der Akte. Hab's im System geändert, bitte gegenzeichnen (Vier-Augen).

Danke
Andreas"""
    return mail("makler_bankwechsel", "CONFIDENTIAL", "de", "internal", "sole-trader broker's new IBAN",
                frm="Andreas Pech <a.pech@elbtal-leben.example>", to=frm("neumann"), subj="Bankverbindung M-40712",
                date="2026-03-25 15:40", body=body)

@M
def makler_vsh_nachweis():
    body = """Sehr geehrter Herr Hempel,

für die jährliche Prüfung benötigen wir noch den aktuellen Nachweis Ihrer Vermögensschadenhaftpflicht. Laut unserer Akte läuft Ihre VSH-Police Nr. VH-2290418 bei der Rheinland Berufshaftpflicht zum 30.06.2026 aus. Bitte senden Sie uns die Verlängerungsbestätigung bis 15.07.

Mit freundlichen Grüßen
Olga Neumann"""
    return mail("makler_vsh_nachweis", "CONFIDENTIAL", "de", "insurer-to-broker",
                "sole-trader broker insured in a non-personal line (liability policy number)",
                frm=frm("neumann"), to="info@hempel-makler.example", subj="VSH-Nachweis 2026/27",
                date="2026-06-29 10:10", body=body)

@M
def uebersetzerin_rechnung():
    body = """Sehr geehrte Frau Hoppe,

vielen Dank für die beglaubigten Übersetzungen (Erbnachweis aus Polen, 6 Seiten). Ihre Rechnung Nr. 114/2026 über 318,00 EUR ist angewiesen auf DE04 1203 0000 8972 2430 11. Ihre Steuernummer haben wir für künftige Aufträge im Kreditorenstamm hinterlegt.

Mit freundlichen Grüßen
Birgit Heinze"""
    return mail("uebersetzerin_rechnung", "CONFIDENTIAL", "de", "insurer-to-supplier", "freelance translator's IBAN and fee",
                frm=frm("heinze"), to="uebersetzungen.hoppe@posteo.example", subj="Ihre Rechnung 114/2026",
                date="2026-05-13 13:29", body=body)

@M
def fehlzahlung_nichtkunde():
    body = """Sehr geehrte Frau Dittrich,

am 12.08.2026 ist bei uns eine Überweisung über 250,00 EUR von Ihrem Konto DE70 8505 0300 3702 5687 72 eingegangen, Verwendungszweck "Beitrag Juli". Unter Ihrem Namen finden wir keinen Vertrag; vermutlich war die Zahlung für eine andere Gesellschaft bestimmt. Wir überweisen Ihnen den Betrag in den nächsten Tagen zurück.

Mit freundlichen Grüßen
Ihre Beitragsbuchhaltung"""
    return mail("fehlzahlung_nichtkunde", "CONFIDENTIAL", "de", "insurer-to-customer",
                "misdirected payment of a non-customer with IBAN (explicitly no contract)",
                frm="Beitragsbuchhaltung <beitragskonto@elbtal-leben.example>", to="p.dittrich@gmx.example",
                subj="Ihre Überweisung vom 12.08.2026", date="2026-08-17 11:20", body=body)

@M
def dienstwagen_unfall():
    body = """Hallo Frau Heinze,

Kollege Sebastian Franke hatte gestern mit dem Poolfahrzeug DD-EL 214 einen Parkrempler auf dem Parkplatz des Elbepark (Heckschaden am fremden Fahrzeug PIR-KM 88, Halterin Karin Möller). Verletzt wurde niemand. Bitte an unseren Flottenversicherer melden, Flottenvertrag KF-661204. Fotos und Unfallbericht liegen in der Fuhrparkakte.

Gruß
Fuhrpark"""
    return mail("dienstwagen_unfall", "CONFIDENTIAL", "de", "internal",
                "fleet motor claim: named driver and third party, plates, nobody hurt",
                frm="Fuhrpark <fuhrpark@elbtal-leben.example>", to=frm("heinze"), subj="Schaden Poolfahrzeug DD-EL 214",
                date="2026-11-10 08:25", body=body)

@M
def dsgvo_nichtkunde_de():
    body = """Sehr geehrte Frau Lorenz-Bartsch,

Sie haben uns gebeten, Ihre Daten zu löschen. Sie waren nie Kundin bei uns; gespeichert war lediglich Ihre Teilnahme am Gewinnspiel "Vorsorge-Check" vom September 2025 mit Name, Anschrift (Am Elbufer 2, 01259 Dresden), Geburtsdatum 07.05.1972 und E-Mail-Adresse. Diese Daten haben wir heute gelöscht.

Mit freundlichen Grüßen
Nadine Walther
Datenschutzbeauftragte"""
    return mail("dsgvo_nichtkunde_de", "CONFIDENTIAL", "de", "insurer-to-customer", "erasure confirmation for a non-customer with birth date and address",
                frm=frm("walther"), to="s.lorenz-bartsch@web.example", subj="Löschung Ihrer Daten",
                date="2026-01-19 09:50", body=body)

@M
def grundstueckskauf_privat():
    body = """Sehr geehrte Frau Dr. Winkler,

für den Kaufvertragsentwurf über das Mehrfamilienhaus Stauffenbergallee 9 (Kaufpreis 2,35 Mio. EUR) die Verkäuferdaten, wie von den Eigentümern mitgeteilt:

1. Herr Bernd Kittel, geb. 23.02.1955, Rentner, Am Bahnhof 5, 01796 Pirna
2. Frau Gisela Kittel, geb. Rudolph, geb. 14.08.1957

Kaufpreis auf Notaranderkonto, Auszahlung an die Verkäufer auf DE98 5001 0517 2762 4498 88. Die Grundschuld der Volksbank wird aus dem Kaufpreis abgelöst (Valuta ca. 180.000 EUR).

Mit freundlichen Grüßen
Mandy Fiedler
Immobilienverwaltung / Ankauf"""
    return mail("grundstueckskauf_privat", "CONFIDENTIAL", "de", "insurer-to-notary",
                "private property sellers' birth dates, maiden name, IBAN, loan",
                frm=frm("fiedler"), to="dr.winkler@notariat-neustadt.example", subj="Ankauf Stauffenbergallee 9 – Verkäuferdaten",
                date="2026-09-22 15:55", body=body)

@M
def gutachter_rechnung():
    body = """Hallo Herr Dipl.-Ing. Mätzold,

das Verkehrswertgutachten Stauffenbergallee 9 liegt vor, danke. Ihr Honorar (4.760,00 EUR inkl. USt) zahlen wir diese Woche auf Ihr Geschäftskonto DE53 1203 0000 9907 3763 52 (Einzelunternehmen, Ust-IdNr. DE318840271).

Gruß
Mandy Fiedler"""
    return mail("gutachter_rechnung", "CONFIDENTIAL", "de", "insurer-to-supplier", "sole-trader surveyor's IBAN and fee",
                frm=frm("fiedler"), to="maetzold@sv-maetzold.example", subj="Honorar Gutachten Stauffenbergallee",
                date="2026-09-08 12:02", body=body)

@M
def vwl_mitarbeiter():
    body = """Liebe Kolleginnen und Kollegen im Lohnbüro,

bitte ab Oktober die vermögenswirksamen Leistungen für Frau Jennifer Hesse (Personalnr. 20911) an den neuen Bausparvertrag überweisen:
LBS Ost, Vertrag 4471 22 901, IBAN DE12 8505 0300 5539 8417 72, 40,00 EUR monatlich (AG-Anteil 26,59 EUR).

Danke
Petra Lorenz"""
    return mail("vwl_mitarbeiter", "CONFIDENTIAL", "de", "internal", "employee's capital-forming payments with IBAN",
                frm=frm("lorenz"), to="lohnbuero@elbtal-leben.example", subj="VL Hesse ab Oktober",
                date="2026-09-24 10:30", body=body)

@M
def zitat_nur_gehalt():
    body = """Passt so, danke!
Sven

-----Ursprüngliche Nachricht-----
Von: Petra Lorenz
Gesendet: Donnerstag, 12. November 2026 09:41
An: Sven Tschirner
Betreff: Vertragsangebot Ufer

Hallo Sven,

für Frau Ufer würde ich 45.500 EUR Jahresbrutto anbieten (Band 43–48 TEUR), Start 01.01.2027, Probezeit 6 Monate. Ihre aktuelle Vergütung bei den Stadtwerken liegt bei 41.200 EUR. Einverstanden?

Petra"""
    return mail("zitat_nur_gehalt", "CONFIDENTIAL", "de", "internal", "two-word reply; applicant's salary only in the quoted mail",
                frm="Sven Tschirner <s.tschirner@elbtal-leben.example>", to=frm("lorenz"), subj="AW: Vertragsangebot Ufer",
                date="2026-11-12 10:02", body=body)

@M
def immo_mieter_schufa_zip():
    c = ("Name;Geburtsdatum;Nettoeinkommen;Beruf;Score\r\n"
         "Teich, Maximilian;14.02.1997;2870;Mechatroniker;97,4\r\n"
         "Yilmaz, Derya;28.11.1993;3150;Krankenpflegerin;98,0\r\n"
         "Schaaf, Tim;05.05.2000;1980;Student/Werkstudent;91,2\r\n").encode("windows-1252")
    z = mkzip([("Bewerber_Seidnitz_WE07.csv", c)])
    body = "Hallo Mandy,\n\nanbei die drei Interessenten für WE 07 als Vergleich. Ich würde Teich nehmen.\n\nGruß Außenstelle Ost"
    return mail("immo_mieter_schufa_zip", "CONFIDENTIAL", "de", "internal",
                "prospective tenants' birth dates, incomes and scores only in a ZIP/CSV",
                frm="Außenstelle Ost <immo-ost@elbtal-leben.example>", to=frm("fiedler"), subj="Interessenten WE 07",
                date="2026-08-27 08:14", body=body, atts=[att("Interessenten_WE07.zip", z)])

@M
def hr_elternzeit_vertretung_gehalt():
    body = """Hallo Thomas,

für die befristete Vertretung in deinem Team (Stelle Leistung BU, 18 Monate) habe ich zwei interne Kandidatinnen: Frau Möbius (derzeit Gruppe V, 3.650 EUR) und Frau Lange (Gruppe VI, 4.020 EUR). Eine Höhergruppierung während der Vertretung würde bei Frau Möbius ca. 310 EUR brutto mehr im Monat bedeuten.

Lass uns Montag sprechen.
Petra"""
    return mail("hr_elternzeit_vertretung_gehalt", "CONFIDENTIAL", "de", "internal", "salaries of named internal candidates",
                frm=frm("lorenz"), to=frm("riedel"), subj="Vertretung BU – Kandidatinnen", date="2026-10-09 17:20", body=body)

@M
def hypo_besichtigung_einkommen():
    body = """Sehr geehrte Frau Berthold,

danke für die Besichtigung des Objekts in Coswig gestern. Wie besprochen reiche ich Ihre Unterlagen an unsere Kreditprüfung weiter; nach erster Durchsicht reicht Ihr Einkommen als Oberärztin (netto 5.900 EUR) für die gewünschte Darlehenssumme von 390.000 EUR gut aus. Fehlend ist nur noch der Nachweis über das Eigenkapital aus dem Erbe (Kontoauszug).

Mit freundlichen Grüßen
Steffen Kunze"""
    return mail("hypo_besichtigung_einkommen", "CONFIDENTIAL", "de", "insurer-to-borrower", "mortgage applicant's net income (profession is not health data)",
                frm=frm("kunze"), to="a.berthold@posteo.example", subj="Ihre Finanzierung Coswig",
                date="2026-06-12 16:40", body=body)

@M
def immo_mieter_betreiber_praxis_kontakt():
    body = """Sehr geehrter Herr Schuster,

zur Nachtragsvereinbarung für Ihre Einzelpraxis-Räume (Logopädie, Königsbrücker Str. 58, 1. OG): die neue Miete ab 01.01.2027 beträgt 1.480 EUR netto kalt. Die Lastschrift erfolgt weiter von Ihrem Privatkonto DE83 8709 6214 9759 6855 28, wie bei Vertragsschluss gewünscht.

Mit freundlichen Grüßen
Mandy Fiedler"""
    return mail("immo_mieter_betreiber_praxis_kontakt", "CONFIDENTIAL", "de", "insurer-to-tenant",
                "commercial tenant is a sole practitioner: rent and private IBAN, no patient data",
                frm=frm("fiedler"), to="logopaedie.schuster@praxis.example", subj="Nachtrag Mietvertrag ab 2027",
                date="2026-11-18 11:30", body=body)

@M
def hr_zeugnis_entwurf():
    d = docx(["# Arbeitszeugnis (Entwurf)",
              "Herr Rico Thieme, geboren am 18.04.1990 in Riesa, war vom 01.03.2018 bis 31.12.2026 als Mitarbeiter der Poststelle bei uns tätig.",
              "Er erledigte die ihm übertragenen Aufgaben stets zu unserer vollen Zufriedenheit.",
              "Sein Verhalten gegenüber Vorgesetzten und Kollegen war einwandfrei.",
              "Das Arbeitsverhältnis endet auf eigenen Wunsch."])
    body = "Hallo Claudia,\n\nkannst du als Bereichsleitung kurz drüberlesen?\n\nPetra"
    return mail("hr_zeugnis_entwurf", "CONFIDENTIAL", "de", "internal", "draft employment reference with birth date and place, only in DOCX",
                frm=frm("lorenz"), to=frm("pietsch"), subj="Zeugnisentwurf Poststelle", date="2026-12-07 13:44", body=body,
                atts=[att("Zeugnis_Thieme_Entwurf.docx", d)])

@M
def en_contractor_invoice_it():
    body = """Hi Jakub,

your invoice INV-2026-09 for the data-migration support in September (14 days x EUR 720) is approved. As agreed, payment goes to your personal account PL61 1090 1014 0000 0712 1981 2874; we will not deduct German tax since you are a self-employed contractor resident in Poland.

Cheers
Ronny"""
    return mail("en_contractor_invoice_it", "CONFIDENTIAL", "en", "insurer-to-supplier", "self-employed contractor's day rate and personal IBAN",
                frm=frm("seifert"), to="jakub.wrobel@onet.example", subj="INV-2026-09 approved",
                date="2026-10-06 11:11", body=body)

# ---------------------------------------------------------------- German NORMAL (traps and everyday mail)
@M
def produkt_bu_neu():
    body = """Liebe Kolleginnen und Kollegen im Vertrieb,

ab 1. Juli startet unser neuer BU-Tarif "Elbtal BU Kompakt". Die wichtigsten Änderungen:

- nur noch 9 statt 14 Gesundheitsfragen, Abfragezeitraum ambulant 3 statt 5 Jahre
- keine Frage mehr nach Psychotherapie, die länger als 5 Jahre zurückliegt
- Bagatellgrenze: Erkältungen, Heuschnupfen ohne Dauermedikation, Brillen/Kontaktlinsen müssen nicht angegeben werden
- Nachversicherungsgarantie bei Heirat, Geburt eines Kindes, Gehaltserhöhung ohne erneute Gesundheitsprüfung

Die Schulungsunterlagen (inkl. Musterfällen mit fiktiven Kunden) liegen im Vertriebsportal.

Olga Neumann
Maklerbetreuung"""
    return mail("produkt_bu_neu", "NORMAL", "de", "insurer-to-broker", "trap: product change, health questions named generically",
                frm=frm("neumann"), to="vertrieb-alle@elbtal-leben.example", subj="Neuer BU-Tarif ab 1. Juli",
                date="2026-06-01 08:30", body=body)

@M
def checkliste_todesfall_vorlage():
    body = """Hallo Team,

für die neuen Kolleginnen die Checkliste "Todesfallmeldung am Telefon" (Version 3):

1. Beileid aussprechen, Ruhe lassen.
2. Versicherungsnummer oder Name + Geburtsdatum des Verstorbenen erfragen.
3. Sterbedatum, Sterbeort erfragen – NICHT nach der Todesursache fragen, das kommt über die ärztliche Bescheinigung.
4. Wer ruft an? Verhältnis zum Verstorbenen, Rückrufnummer.
5. Hinweis: Unterlagenliste kommt per Post.
6. Im System: Workflow "Todesfall eröffnen", Notiz ohne Wertungen.

Bitte keine Einzelfälle in die Teams-Gruppe schreiben.

Katrin"""
    return mail("checkliste_todesfall_vorlage", "NORMAL", "de", "internal", "trap: phone checklist for death notifications, no case",
                frm=frm("oehme"), to="leistung-leben@elbtal-leben.example", subj="Checkliste Todesfallmeldung v3",
                date="2026-02-02 09:05", body=body)

@M
def maklernewsletter_bu():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:11pt;max-width:680px">
<h2 style="color:#1d4f7a">Elbtal Partner-News 03/2026</h2>
<h3>Psychische Erkrankungen bleiben BU-Ursache Nr. 1</h3>
<p>37&nbsp;% aller neuen Leistungsfälle 2025 gingen auf psychische Erkrankungen zurück, gefolgt von Erkrankungen des Bewegungsapparats (24&nbsp;%) und Krebs (15&nbsp;%). Ihr Kunde ist Bürokaufmann? Auch dann ist eine BU sinnvoll.</p>
<h3>Webinar: Gesundheitsfragen richtig beantworten</h3>
<p>Was tun, wenn der Kunde sich an Arztbesuche nicht erinnert? Anonyme Risikovoranfrage nutzen! Termin: 24.03., 10 Uhr.</p>
<h3>Höchstrechnungszins bleibt bei 1,0 %</h3>
<p>Kein Handlungsbedarf für Ihre Beratung im Neugeschäft.</p>
<p style="font-size:8pt;color:#777">Elbtal Lebensversicherung AG &middot; Abmelden: partner-news@elbtal-leben.example</p>
</body></html>"""
    text = ("Elbtal Partner-News 03/2026\n\nPsychische Erkrankungen bleiben BU-Ursache Nr. 1: 37 % aller neuen Leistungsfälle 2025, "
            "Bewegungsapparat 24 %, Krebs 15 %.\n\nWebinar: Gesundheitsfragen richtig beantworten - anonyme Risikovoranfrage nutzen. 24.03., 10 Uhr.\n\n"
            "Höchstrechnungszins bleibt bei 1,0 %.\n\nAbmelden: partner-news@elbtal-leben.example")
    return mail("maklernewsletter_bu", "NORMAL", "de", "newsletter", "trap: broker newsletter with BU cause statistics",
                frm="Elbtal Partner-News <partner-news@elbtal-leben.example>", to="makler-verteiler@elbtal-leben.example",
                subj="Partner-News 03/2026: BU-Ursachen, Webinar, Rechnungszins", date="2026-03-10 07:30", body=text, html=html,
                mailer="Elbtal Newsletter System 4.2")

@M
def it_scanner_arztberichte():
    body = """Hallo zusammen,

der Scanner im 2. OG (Raum 2.14, "Scan-Arztberichte") ist ab sofort wieder online. Ursache war ein abgelaufenes Zertifikat am Scan-Server. Die Warteschlange mit 214 Dokumenten wurde nachverarbeitet; bitte prüft, ob eure Eingangskörbe "BU-Medizin" und "LL-Todesfall" vollständig sind.

Gruß
Ronny (IT-Servicedesk)"""
    return mail("it_scanner_arztberichte", "NORMAL", "de", "internal", "trap: IT notice about the doctors'-reports scanner queue",
                frm=frm("seifert"), to="leistung-bu@elbtal-leben.example", cc="leistung-leben@elbtal-leben.example",
                subj="Scanner 2.14 wieder online", date="2026-02-17 13:47", body=body)

@M
def stellenanzeige_gesellschaftsarzt():
    body = """Liebe Kolleginnen und Kollegen,

wir suchen zum nächstmöglichen Zeitpunkt eine/n

Gesellschaftsärztin / Gesellschaftsarzt (m/w/d) in Teilzeit (20–30 Std.)

Ihre Aufgaben: medizinische Risikoprüfung in der Lebens- und BU-Versicherung, Stellungnahmen in komplexen Leistungsfällen, Schulung der Sachbearbeitung zu Krankheitsbildern (z. B. psychische Erkrankungen, Onkologie, Orthopädie).
Ihr Profil: Approbation, Facharzt (Innere, Allgemeinmedizin oder Psychiatrie), idealerweise Sozialmedizin.

Kennen Sie jemanden? Für erfolgreiche Empfehlungen zahlen wir eine Prämie von 1.500 EUR.

Personalabteilung"""
    return mail("stellenanzeige_gesellschaftsarzt", "NORMAL", "de", "internal", "trap: job ad for a company doctor listing disease areas",
                frm="Personalabteilung <personal@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Stellenausschreibung Gesellschaftsarzt (m/w/d)", date="2026-01-12 10:00", body=body)

@M
def stellenanzeige_leistung_leben():
    body = """Stellenausschreibung intern/extern, Kennziffer 2026-11

Sachbearbeiter/in Leistung Leben – Todesfall (m/w/d), Vollzeit, unbefristet

Sie bearbeiten Todesfallmeldungen aus Kapital-, Risiko- und Rentenversicherungen, prüfen Erbnachweise und Bezugsrechte, korrespondieren mit Hinterbliebenen, Notaren und Nachlassgerichten und wickeln Auszahlungen ins In- und Ausland ab. Einfühlungsvermögen ist uns wichtig.

Vergütung nach Tarifvertrag private Versicherungswirtschaft, Gruppe VI. Bewerbung bis 15.04. an personal@elbtal-leben.example."""
    return mail("stellenanzeige_leistung_leben", "NORMAL", "de", "internal", "trap: job ad for death-claims clerk",
                frm="Personalabteilung <personal@elbtal-leben.example>", to="stellenboerse@elbtal-leben.example",
                subj="Ausschreibung 2026-11 Leistung Leben", date="2026-03-20 12:00", body=body, cte="quoted-printable")

@M
def aktenvernichtung_auftrag():
    body = """Sehr geehrter Herr Pfeifer,

wir beauftragen Sie gemäß Rahmenvertrag mit der Abholung und Vernichtung von Akten nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4:

- 38 Sicherheitsbehälter à 240 l, Inhalt: Leistungsakten Leben und BU der Jahre 2010–2015 (Aufbewahrungsfrist abgelaufen), Gesundheitsfragebögen aus abgelehnten Anträgen
- Abholung: 09.11.2026 ab 7:00 Uhr, Rampe Nord
- Vernichtungsprotokoll bitte an datenschutz@elbtal-leben.example

Mit freundlichen Grüßen
Birgit Heinze"""
    return mail("aktenvernichtung_auftrag", "NORMAL", "de", "insurer-to-supplier", "trap: order to shred claim files and health questionnaires",
                frm=frm("heinze"), to="auftrag@aktenvernichtung-sachsen.example", subj="Auftrag Aktenvernichtung 09.11.",
                date="2026-10-26 14:10", body=body)

@M
def statistik_bu_icd():
    x = xlsx([("BU Neuzugänge 2025", [
        ["ICD-10-Kapitel", "Bezeichnung", "Leistungsfälle", "Anteil", "Ø Alter bei Eintritt"],
        ["F", "Psychische und Verhaltensstörungen", 134, 0.37, 44.1],
        ["M", "Muskel-Skelett-System", 87, 0.24, 51.8],
        ["C/D", "Neubildungen", 54, 0.15, 50.2],
        ["I", "Kreislaufsystem", 29, 0.08, 55.6],
        ["G", "Nervensystem", 22, 0.06, 46.3],
        ["S/T", "Verletzungen", 18, 0.05, 39.9],
        ["sonstige", "", 18, 0.05, 47.0]])])
    body = "Hallo zusammen,\n\ndie Auswertung der BU-Neuzugänge 2025 nach Ursachen für den Vorstandsbericht. Keine Einzelfälle, nur Summen.\n\nThomas"
    return mail("statistik_bu_icd", "NORMAL", "de", "internal", "trap: BU claims by ICD chapter, aggregates only",
                frm=frm("riedel"), to="vorstandsbuero@elbtal-leben.example", subj="BU-Ursachenstatistik 2025",
                date="2026-01-28 11:30", body=body, atts=[att("BU_Ursachen_2025.xlsx", x)])

@M
def statistik_todesfaelle_csv():
    c = ("Jahr;Todesfälle;davon Unfall;davon Suizid (innerhalb 3 J.);Leistung gesamt EUR\r\n"
         "2023;1.812;74;3;41.220.000\r\n2024;1.903;69;5;44.870.000\r\n2025;1.877;81;2;45.310.000\r\n")
    body = "Hallo Lena,\n\nfür den Geschäftsbericht die Zahlen Todesfallleistungen, bitte so übernehmen.\n\nKatrin"
    return mail("statistik_todesfaelle_csv", "NORMAL", "de", "internal", "trap: yearly death-claim counts incl. suicides as totals, CSV",
                frm=frm("oehme"), to=frm("schubert"), subj="Zahlen Geschäftsbericht Todesfall", date="2026-02-13 15:15",
                body=body, atts=[att("Todesfaelle_2023-2025.csv", c, mime=("application", "vnd.ms-excel"), charset="windows-1252")])

@M
def protokoll_datenschutz_jourfixe():
    body = """Protokoll Jour fixe Datenschutz Leistung, 05.03.2026
Teilnehmende: N. Walther, T. Riedel, K. Oehme, Dr. U. Sachse, R. Seifert

1. Versand von Gesundheitsdaten per E-Mail: Grundsätzlich nur verschlüsselt oder über das Portal. Ausnahme nur mit dokumentierter Einwilligung der betroffenen Person (TLS). Ärzte sollen Befundberichte nicht mehr an die allgemeine Adresse schicken.
2. Schweigepflichtentbindungen: Einzelermächtigung vor jeder Anfrage bei Ärzten (§ 213 VVG), Pauschalerklärung nur noch als Ausnahme.
3. Löschkonzept: Leistungsakten BU 10 Jahre nach Ende der Leistung, abgelehnte Anträge 3 Jahre.
4. Schulung Gesundheitsdaten für neue Mitarbeitende: Termin 23.04.

Nächster Termin: 04.06.2026"""
    return mail("protokoll_datenschutz_jourfixe", "NORMAL", "de", "internal", "trap: data-protection minutes about health data handling, no case",
                frm=frm("walther"), to="jf-datenschutz@elbtal-leben.example", subj="Protokoll JF Datenschutz 05.03.",
                date="2026-03-06 10:02", body=body)

@M
def testfall_mustermann():
    body = """Hallo Ronny,

für den Regressionstest Rentenzahllauf bitte folgende Testverträge auf der T-Umgebung anlegen:

Testfall 1: Max Mustermann (fiktiv), geb. 01.01.1959, Rentenbeginn 01.02.2026, Rente 500,00 EUR, IBAN DE02 1203 0000 0000 2020 51 (Beispiel-IBAN aus der Bankdoku)
Testfall 2: Erika Musterfrau (fiktiv), geb. 12.08.1955, verstorben 15.01.2026 -> Rentenzahlung muss stoppen, Garantiezeit-Restzahlung an Testerben
Testfall 3: wie 1, aber Pfändung mit Freibetrag

Keine Produktivdaten kopieren!

Danke, Sabine"""
    return mail("testfall_mustermann", "NORMAL", "de", "internal",
                "trap: fictitious test persons with published example IBAN",
                frm=frm("kuehn"), to=frm("seifert"), subj="Testfälle Rentenzahllauf", date="2026-01-21 14:22", body=body)

@M
def signalisierung_de():
    body = """Sie haben eine neue vertrauliche Nachricht der Elbtal Lebensversicherung AG erhalten.

Aus Sicherheitsgründen wird der Inhalt nicht per E-Mail übertragen. Bitte melden Sie sich in Ihrem sicheren Postfach an:
https://securemail.elbtal-leben.example/

Die Nachricht steht 90 Tage zur Verfügung.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""
    return mail("signalisierung_de", "NORMAL", "de", "insurer-to-customer", "portal notification without content",
                frm="Elbtal SecureMail <securemail@elbtal-leben.example>", to="renate.voigtlaender@web.example",
                subj="Neue vertrauliche Nachricht", date="2026-04-14 07:02", body=body, mailer="Siegel Gateway")

@M
def abwesenheit_de():
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.04.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen zum Versorgungsausgleich wenden Sie sich bitte an versorgungsausgleich@elbtal-leben.example oder 0351 4410-270.

Anja Grundmann"""
    return mail("abwesenheit_de", "NORMAL", "de", "insurer-to-lawyer", "out-of-office reply",
                frm=frm("grundmann"), to="kanzlei@familienrecht-pirna.example", subj="Automatische Antwort: Anfrage",
                date="2026-04-01 16:44", body=body, headers={"Auto-Submitted": "auto-replied"})

@M
def presse_ueberschuss():
    body = """PRESSEMITTEILUNG

Elbtal Leben erhöht Gesamtverzinsung auf 3,0 Prozent

Dresden, 2. Dezember 2026. Die Elbtal Lebensversicherung AG hebt die laufende Verzinsung für klassische Rentenversicherungen 2027 auf 2,60 Prozent an (2026: 2,45 Prozent). Inklusive Schlussüberschuss und Sockelbeteiligung an den Bewertungsreserven ergibt sich eine Gesamtverzinsung von 3,0 Prozent.

"Unsere Kundinnen und Kunden profitieren von einem stabilen Kapitalanlageergebnis", sagt Vorstandsvorsitzender Dr. Gunnar Maletzki. Für BU-Verträge bleibt die Überschussbeteiligung als Sofortrabatt unverändert bei 28 Prozent des Beitrags.

Pressekontakt: Lena Schubert, Tel. 0351 4410-150"""
    return mail("presse_ueberschuss", "NORMAL", "de", "newsletter", "trap: press release with rates",
                frm=frm("schubert"), to="presseverteiler@elbtal-leben.example", subj="PM: Gesamtverzinsung 2027",
                date="2026-12-02 11:00", body=body)

@M
def sfcr_vorstand():
    body = """Sehr geehrte Damen und Herren,

der Bericht über Solvabilität und Finanzlage (SFCR) 2025 wird am 8. April auf der Website veröffentlicht. Kernzahlen: SCR-Bedeckung 248 %, Eigenmittel 1,92 Mrd. EUR, Anteil Biometrie-Risiken am SCR (Sterblichkeit, Langlebigkeit, Invalidität) 14 %.

Bitte bis 31.03. letzte Anmerkungen an das Vorstandsbüro.

Vorstandsbüro"""
    return mail("sfcr_vorstand", "NORMAL", "de", "internal", "company solvency report announcement",
                frm="Vorstandsbüro <vorstandsbuero@elbtal-leben.example>", to="fuehrungskreis@elbtal-leben.example",
                subj="SFCR 2025 – Veröffentlichung 08.04.", date="2026-03-24 12:15", body=body)

@M
def rv_statistik_quartal():
    o = ods([("Q2 2026", [["Vertrag", "Sparte", "Risikosumme abgegeben TEUR", "Prämie RV TEUR", "Schäden RV TEUR"],
                          ["TL-QS-2019", "Risiko-LV", 1840000, 2110, 1045],
                          ["BU-XL-2021", "BU", 0, 680, 0],
                          ["FAC", "fakultativ", 22400, 96, 0]])])
    body = "Hallo Henrik,\n\ndie Quartalsstatistik Rückversicherung Q2 als ODS. Keine Einzelfalldaten.\n\nRechnungswesen"
    return mail("rv_statistik_quartal", "NORMAL", "de", "internal", "reinsurance statistics per treaty, ODS",
                frm="Rechnungswesen <rewe@elbtal-leben.example>", to=frm("vogel"), subj="RV-Statistik Q2/2026",
                date="2026-07-15 09:00", body=body, atts=[att("RV_Statistik_Q2_2026.ods", o)])

@M
def faq_garantiezins_callcenter():
    body = """Liebe Kolleginnen und Kollegen im Kundenservice,

viele Kundinnen und Kunden fragen nach dem "Garantiezins" ihres Vertrags. Bitte so antworten:

- Der Rechnungszins hängt vom Abschlussjahr ab: bis 06/2000 4,0 %, bis 2003 3,25 %, bis 2006 2,75 %, bis 2011 2,25 %, bis 2014 1,75 %, bis 2016 1,25 %, bis 2021 0,9 %, 2022 0,25 %, seit 2024 1,0 %.
- Der Rechnungszins gilt nur für den Sparanteil, nicht für den ganzen Beitrag.
- Die Überschussbeteiligung kommt on top und ist nicht garantiert.

Konkrete Vertragswerte bitte immer aus der Standmitteilung nennen, nie schätzen.

Marco Hentschel"""
    return mail("faq_garantiezins_callcenter", "NORMAL", "de", "internal", "trap: FAQ on guaranteed rates by inception year",
                frm=frm("hentschel"), to="kundenservice@elbtal-leben.example", subj="FAQ Garantiezins",
                date="2026-01-07 08:45", body=body)

@M
def ics_aktuarstreffen():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Elbtal//Kalender//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:aktuare-ost-2026-05@elbtal-leben.example\r
DTSTAMP:20260420T080000Z\r
DTSTART:20260521T120000Z\r
DTEND:20260521T160000Z\r
SUMMARY:Regionaltreffen Aktuare Ost: Sterbetafeln\\, Zinszusatzreserve\\, BU-Inzidenz\r
LOCATION:Elbtal Lebensversicherung AG\\, Raum Elbe\\, Dresden\r
ORGANIZER;CN=Dr. Henrik Vogel:mailto:h.vogel@elbtal-leben.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = "Liebe Kolleginnen und Kollegen,\n\nanbei die Einladung zum Regionaltreffen am 21. Mai bei uns in Dresden.\n\nHenrik Vogel"
    return mail("ics_aktuarstreffen", "NORMAL", "de", "insurer-to-partner", "trap: calendar invitation on mortality tables and BU incidence",
                frm=frm("vogel"), to="aktuare-ost@verteiler.example", subj="Einladung Regionaltreffen Aktuare Ost",
                date="2026-04-20 10:05", body=body, atts=[att("Regionaltreffen.ics", ics)])

@M
def ics_grippeimpfung():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Elbtal//Betriebsarzt//DE\r
METHOD:PUBLISH\r
BEGIN:VEVENT\r
UID:grippeimpfung-2026@elbtal-leben.example\r
DTSTAMP:20261001T080000Z\r
DTSTART:20261020T070000Z\r
DTEND:20261020T120000Z\r
SUMMARY:Grippeschutzimpfung durch den Betriebsarzt\r
LOCATION:Raum 0.12 (Betriebsärztlicher Dienst)\r
DESCRIPTION:Freiwillig und kostenlos. Bitte Impfpass mitbringen. Keine Anmeldung nötig.\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = "Liebe Kolleginnen und Kollegen,\n\nauch in diesem Jahr bietet unser Betriebsarzt eine Grippeschutzimpfung an. Termin zum Eintragen im Anhang.\n\nBirgit Heinze\nArbeitssicherheit"
    return mail("ics_grippeimpfung", "NORMAL", "de", "internal", "trap: flu vaccination offer for all staff, no person",
                frm=frm("heinze"), to="alle@elbtal-leben.example", subj="Grippeimpfung am 20.10.",
                date="2026-10-01 10:00", body=body, atts=[att("Grippeimpfung_2026.ics", ics)])

@M
def fallstudie_anonym():
    body = """Hallo zusammen,

für die Schulung am Donnerstag ein anonymisierter Fall (Daten verfremdet, keine Rückschlüsse möglich):

"Fall A": Versicherte Person, Anfang 40, Beruf im Handwerk. Beantragt BU-Leistung nach Bandscheibenleiden. Frage an euch: Welche Unterlagen fordern wir an? Wie prüfen wir die konkrete Verweisung? Wann brauchen wir ein Gutachten?

Lösungsskizze bringe ich mit.

Thomas"""
    return mail("fallstudie_anonym", "NORMAL", "de", "internal", "trap: anonymised training case, no identifiable person",
                frm=frm("riedel"), to="leistung-bu@elbtal-leben.example", subj="Schulungsfall Donnerstag",
                date="2026-05-04 16:20", body=body)

@M
def vorlage_nachlassgericht():
    body = """Hallo Yvonne,

ich habe die Vorlage "Anfrage Nachlassgericht" überarbeitet:

---
Amtsgericht [ORT] – Nachlassgericht –
Az. [AKTENZEICHEN]

Nachlasssache [NAME VERSTORBENE/R], verstorben am [DATUM]

Sehr geehrte Damen und Herren,
bei uns besteht eine Versicherung mit Todesfallleistung ohne wirksames Bezugsrecht. Wir bitten um Übersendung einer beglaubigten Abschrift des Erbscheins bzw. Mitteilung über die Bestellung eines Nachlasspflegers.
---

Bitte testen, ob die Serienbrieffelder ziehen.

Katrin"""
    return mail("vorlage_nachlassgericht", "NORMAL", "de", "internal", "trap: letter template with [PLACEHOLDERS] for probate courts",
                frm=frm("oehme"), to=frm("zimmer"), subj="Vorlage Nachlassgericht überarbeitet", date="2026-02-04 11:11", body=body)

@M
def change_rentenzahllauf():
    body = """Change Request CHG-2026-0412

Titel: Verschiebung Rentenzahllauf Dezember wegen Feiertagen
Beschreibung: Der Batchjob RENT_ZAHL_M (monatliche Rentenzahlungen, ca. 46.800 Zahlungen, Summe ca. 17,2 Mio. EUR) läuft im Dezember am 22.12. statt am 28.12., damit die Gutschrift vor Weihnachten erfolgt.
Risiko: gering; Abhängigkeit zu LEBENSBESCHEINIGUNG_CHECK (muss vorher laufen).
Freigabe: Fachbereich Rentenservice (S. Kühn), IT-Betrieb.

Ronny Seifert"""
    return mail("change_rentenzahllauf", "NORMAL", "de", "internal", "trap: IT change request for the pension payment batch, totals only",
                frm=frm("seifert"), to="cab@elbtal-leben.example", subj="CHG-2026-0412 Rentenzahllauf Dezember",
                date="2026-11-16 10:40", body=body)

@M
def parkplatz():
    body = """Liebe Kolleginnen und Kollegen,

wegen Bauarbeiten ist der Parkplatz Ost vom 6. bis 17. Juli gesperrt. Bitte nutzt den Parkplatz am Wasserwerk; der Shuttle fährt von 7 bis 9 Uhr alle 15 Minuten. Die Stellplätze für Menschen mit Schwerbehindertenausweis vor dem Haupteingang bleiben frei.

Facility Management"""
    return mail("parkplatz", "NORMAL", "de", "internal", "trap: parking notice mentioning disabled parking generically",
                frm="Facility Management <facility@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Parkplatz Ost gesperrt 6.–17. Juli", date="2026-06-30 09:30", body=body, charset="iso-8859-1")

@M
def betriebsversammlung():
    body = """Liebe Kolleginnen und Kollegen,

der Betriebsrat lädt zur Betriebsversammlung am Mittwoch, 25. November 2026, 10:00 Uhr, in die Kantine ein.

Tagesordnung:
1. Bericht des Betriebsrats (u. a. Betriebliches Eingliederungsmanagement, Gefährdungsbeurteilung psychische Belastung)
2. Bericht des Vorstands zur wirtschaftlichen Lage
3. Mobiles Arbeiten – neue Betriebsvereinbarung
4. Verschiedenes

Die Teilnahme ist Arbeitszeit.

Euer Betriebsrat"""
    return mail("betriebsversammlung", "NORMAL", "de", "internal", "trap: works-council agenda mentioning BEM and mental stress",
                frm="Betriebsrat <betriebsrat@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Einladung Betriebsversammlung 25.11.", date="2026-11-09 08:00", body=body)

@M
def bestellung_blutdruck_gesundheitstag():
    body = """Sehr geehrte Damen und Herren,

für unseren Gesundheitstag am 17.09. bestellen wir:

- 6 Blutdruckmessgeräte Oberarm (Modell BM-55)
- 2 Körperanalysewaagen
- 500 Einweg-Lanzetten für Blutzucker-Schnelltests
- 1 Karton Desinfektionstücher

Bestellnummer BE-2026-00977. Lieferung bis 10.09. an die Warenannahme.

Mit freundlichen Grüßen
Birgit Heinze"""
    return mail("bestellung_blutdruck_gesundheitstag", "NORMAL", "de", "insurer-to-supplier", "trap: purchase order of medical devices for a health day",
                frm=frm("heinze"), to="bestellung@praxisbedarf-dresden.example", subj="Bestellung BE-2026-00977 Gesundheitstag",
                date="2026-08-20 13:00", body=body)

@M
def gesundheitstag_ankuendigung():
    body = """Liebe Kolleginnen und Kollegen,

am 17. September ist Gesundheitstag! Im Foyer könnt ihr euren Blutdruck und Blutzucker messen lassen, es gibt eine Rückenschule, Vorträge zu Stressbewältigung und Schlaf sowie eine Beratung der Krankenkasse. Die Ergebnisse der Messungen bekommt nur ihr selbst – wir speichern nichts.

Anmeldung für die Vorträge im Intranet.

Euer Team Gesundheitsmanagement"""
    return mail("gesundheitstag_ankuendigung", "NORMAL", "de", "internal", "trap: health-day announcement, no individual data",
                frm="Gesundheitsmanagement <bgm@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Gesundheitstag 17.09.", date="2026-09-03 08:15", body=body)

@M
def gwg_richtlinie_update():
    body = """Hallo zusammen,

die Richtlinie "Kundensorgfaltspflichten Leben" ist in Version 2026.1 freigegeben. Änderungen:

- Identifizierung bei Einmalbeiträgen ab 15.000 EUR jetzt zwingend per Video-Ident oder PostIdent
- PEP-Abfrage auch für wirtschaftlich Berechtigte bei Firmenverträgen (bAV-Rückdeckung)
- Prüfung der Mittelherkunft ab 50.000 EUR mit Dokumentation im Vorgang
- Transparenzregister-Auszug bei Gesellschaften als Versicherungsnehmer

Felix Bräuer"""
    return mail("gwg_richtlinie_update", "NORMAL", "de", "internal", "trap: KYC policy update, no person",
                frm=frm("braeuer"), to="leben-fachbereiche@elbtal-leben.example", subj="Richtlinie KYC Leben 2026.1",
                date="2026-02-26 15:30", body=body)

@M
def provisionstabelle_tarif():
    x = xlsx([("Provision 2027", [["Tarif", "Abschlussprovision in ‰ der Beitragssumme", "Bestandsprovision", "Haftungszeit"],
                                  ["Elbtal BU Kompakt", 35, "2 %", "60 Monate"],
                                  ["Elbtal Flex Rente", 25, "1,5 %", "60 Monate"],
                                  ["Risiko-LV Plus", 40, "2 %", "60 Monate"]])])
    body = "Sehr geehrte Damen und Herren,\n\nanbei die Provisionssätze für 2027. Sie gelten ab 01.01.2027 für neue Anträge.\n\nIhre Maklerbetreuung"
    return mail("provisionstabelle_tarif", "NORMAL", "de", "insurer-to-broker", "commission table per tariff, no person",
                frm=frm("neumann"), to="makler-verteiler@elbtal-leben.example", subj="Provisionssätze 2027",
                date="2026-11-30 09:00", body=body, atts=[att("Provisionssaetze_2027.xlsx", x)])

@M
def produktinfo_risikolv_pdf():
    p = pdf(["# Elbtal Risiko-LV Plus - Produktinformation",
             "Schützt Ihre Familie, wenn Ihnen etwas passiert.",
             "Versicherungssumme 50.000 bis 2.000.000 EUR, Laufzeit bis Alter 75",
             "Nichtrabatt für Nichtraucher bis zu 40 %",
             "Vorgezogene Leistung bei schwerer Erkrankung mit Lebenserwartung unter 12 Monaten",
             "Beispiel: 35 Jahre, Nichtraucher, 200.000 EUR, 25 Jahre Laufzeit: ab 9,80 EUR monatlich"])
    body = "Guten Tag,\n\nvielen Dank für Ihr Interesse. Anbei unsere Produktinformation zur Risikolebensversicherung. Für ein persönliches Angebot können Sie den Online-Rechner nutzen.\n\nIhr Kundenservice"
    return mail("produktinfo_risikolv_pdf", "NORMAL", "de", "insurer-to-customer",
                "trap: prospect receives generic product brochure, no contract or personal data",
                frm="Kundenservice <service@elbtal-leben.example>", to="interessent2026@gmx.example",
                subj="Ihre Anfrage Risikolebensversicherung", date="2026-05-19 12:00", body=body,
                atts=[att("Produktinfo_Risiko-LV_Plus.pdf", p)])

@M
def baufi_konditionen():
    body = """Aktuelle Konditionen Baufinanzierung ab 02.03.2026 (Beleihungsauslauf bis 60 % / bis 80 %):

Zinsbindung 10 Jahre: 3,28 % / 3,41 %
Zinsbindung 15 Jahre: 3,49 % / 3,62 %
Zinsbindung 20 Jahre: 3,61 % / 3,75 %

Bereitstellungszinsfrei 6 Monate. Sondertilgung 5 % p.a. kostenfrei.

Baufinanzierung"""
    return mail("baufi_konditionen", "NORMAL", "de", "insurer-to-broker", "mortgage rate sheet",
                frm=frm("kunze"), to="baufi-partner@elbtal-leben.example", subj="Konditionen ab 02.03.",
                date="2026-03-02 07:50", body=body)

@M
def hausordnung_treppenhaus():
    body = """Liebe Mieterinnen und Mieter der Pfotenhauerstraße 40,

bitte denken Sie daran, Fahrräder und Kinderwagen nicht im Treppenhaus abzustellen – im Brandfall versperren sie den Fluchtweg. Für Rollatoren steht im Erdgeschoss ein abschließbarer Raum zur Verfügung, den Schlüssel erhalten Sie beim Hausmeister.

Der neue Reinigungsplan hängt ab Montag aus.

Ihre Hausverwaltung"""
    return mail("hausordnung_treppenhaus", "NORMAL", "de", "insurer-to-tenant", "trap: house rules mentioning walkers generically",
                frm="Immobilienverwaltung <immobilien@elbtal-leben.example>", to="mieter-pfotenhauer40@elbtal-leben.example",
                subj="Treppenhaus und Reinigungsplan", date="2026-05-15 10:00", body=body)

@M
def handwerker_termin():
    body = """Hallo Frau Fiedler,

wir kommen am Dienstag, 13.10., zwischen 8 und 12 Uhr zur Wartung der Rauchwarnmelder in der Wohnanlage Rosa-Luxemburg-Str. 17 (alle 24 Wohnungen). Bitte die Mieter per Aushang informieren. Wohnungen, in die wir nicht reinkommen, machen wir am 20.10.

Gruß
Brandschutz Leipzig Nord GmbH"""
    quoted = "Danke, Aushang ist raus.\nMandy Fiedler\n\n> " + body.replace("\n", "\n> ")
    return mail("handwerker_termin", "NORMAL", "de", "insurer-to-supplier", "smoke-detector maintenance appointment",
                frm=frm("fiedler"), to="service@brandschutz-leipzig.example", subj="Re: Wartung Rauchwarnmelder RL17",
                date="2026-10-05 12:40", body=quoted)

@M
def storno_statistik_vertriebsweg():
    x = xlsx([("Stornoquoten 2025", [["Vertriebsweg", "Neugeschäft Stück", "Storno < 24 Monate", "Quote"],
                                     ["Ausschließlichkeit", 8210, 402, 0.049], ["Makler", 12540, 853, 0.068],
                                     ["Bank", 3120, 318, 0.102], ["Online", 1870, 241, 0.129]])])
    body = "Zur Info für den Vertriebsausschuss. Quelle: Bestandsführung, Stichtag 31.12.2025."
    return mail("storno_statistik_vertriebsweg", "NORMAL", "de", "internal", "lapse statistics per sales channel",
                frm="Controlling <controlling@elbtal-leben.example>", to="vertriebsausschuss@elbtal-leben.example",
                subj="Stornoquoten 2025", date="2026-02-09 08:05", body=body, atts=[att("Stornoquoten_2025.xlsx", x)])

@M
def phishing_warnung():
    body = """ACHTUNG Phishing!

Derzeit gehen Mails mit dem Betreff "Ihre Lebensversicherung – Auszahlung bereit" ein, angeblich von "Elbtal Leistungsservice". Der Link führt auf eine gefälschte Seite, die Bankdaten abfragt. Nicht klicken, Mail über den Button "Phishing melden" in Outlook melden und löschen.

Kundinnen und Kunden, die anrufen: Wir fordern niemals Bankdaten per Link an.

IT-Sicherheit"""
    return mail("phishing_warnung", "NORMAL", "de", "internal", "trap: phishing warning about fake payout mails",
                frm="IT-Sicherheit <it-security@elbtal-leben.example>", to="alle@elbtal-leben.example",
                subj="Warnung: Phishing-Welle 'Auszahlung bereit'", date="2026-04-23 11:02", body=body)

@M
def umzug_abteilung():
    body = """Hallo zusammen,

am Freitag, 27.02., zieht die Abteilung Versorgungsausgleich vom 3. in den 4. OG (Räume 4.05–4.09). Bitte bis Donnerstagabend die Umzugskisten packen und beschriften; Akten mit Personenbezug in die grauen Sicherheitsboxen, nicht in offene Kartons. Telefonnummern bleiben gleich.

Birgit Heinze"""
    return mail("umzug_abteilung", "NORMAL", "de", "internal", "office move notice",
                frm=frm("heinze"), to="versorgungsausgleich@elbtal-leben.example", subj="Umzug 27.02.",
                date="2026-02-19 14:00", body=body)

@M
def lebensbescheinigung_prozess():
    body = """Hallo Robert,

Prozessbeschreibung Lebensbescheinigung (Entwurf) zur Abstimmung:

1. Im Juni Auswahl aller Rentenbezieher mit Wohnsitz im Ausland (Abgleich mit Sterbedaten der Deutschen Post in Deutschland nicht möglich).
2. Versand Anschreiben + Formular Anfang Juli (DE/EN/ES).
3. Rücklauf bis 31.08.; Erinnerung 15.09.
4. Keine Rückmeldung bis 30.09.: Zahlung ruhend stellen, Akte an Leistung Leben (möglicher Todesfall).

Sabine"""
    return mail("lebensbescheinigung_prozess", "NORMAL", "de", "internal", "trap: process description for proof-of-life, no person",
                frm=frm("kuehn"), to=frm("hahn"), subj="Prozess Lebensbescheinigung Entwurf", date="2026-05-27 09:50", body=body)

@M
def dsfa_ki_assistent():
    d = docx(["# Datenschutz-Folgenabschätzung (Entwurf) - KI-Assistent Leistung BU",
              "Zweck: Zusammenfassung eingehender Arztberichte für die Sachbearbeitung",
              "Kategorien: Gesundheitsdaten (Art. 9 DSGVO) von Versicherten und Antragstellern",
              "Risiken: Fehlzusammenfassung, Zugriff Unbefugter, Training mit Echtdaten",
              "Maßnahmen: Betrieb on-premises, keine Speicherung der Prompts, Vier-Augen-Prinzip, Protokollierung",
              "Ergebnis: Restrisiko vertretbar, Konsultation der Aufsichtsbehörde nicht erforderlich"])
    body = "Hallo zusammen,\n\nEntwurf der DSFA für den KI-Assistenten. Bitte bis 15.05. kommentieren.\n\nNadine Walther"
    return mail("dsfa_ki_assistent", "NORMAL", "de", "internal", "trap: DPIA about processing health data, no case",
                frm=frm("walther"), to="projekt-ki-bu@elbtal-leben.example", subj="DSFA KI-Assistent BU – Entwurf",
                date="2026-04-29 17:00", body=body, atts=[att("DSFA_KI-Assistent_BU_Entwurf.docx", d)])

@M
def leistungsausschuss_protokoll():
    body = """Protokoll Leistungsausschuss Leben/BU, 14.10.2026

1. Kulanzfälle Q3: 6 Fälle vorgelegt, 4 genehmigt (Summe 38.400 EUR), 2 abgelehnt. Details nur in der Ausschussakte.
2. Gerichtsverfahren BU: 11 anhängig, davon 2 neu; Erfolgsquote 2025 bei 73 %.
3. Bearbeitungszeiten Todesfall: Ø 9,4 Tage nach vollständigen Unterlagen (Ziel 10).
4. Thema Long COVID: bisher 23 Anträge, 9 anerkannt.

Protokoll: K. Oehme"""
    return mail("leistungsausschuss_protokoll", "NORMAL", "de", "internal", "trap: claims committee minutes with counts only",
                frm=frm("oehme"), to="leistungsausschuss@elbtal-leben.example", subj="Protokoll Leistungsausschuss 14.10.",
                date="2026-10-15 12:20", body=body)

@M
def muster_standmitteilung():
    p = pdf(["# MUSTER - Jährliche Standmitteilung",
             "Versicherungsnehmer: Max Mustermann (fiktiv), Musterstraße 1, 01234 Musterstadt",
             "Vertrag: R-00.000.000, Beginn 01.01.2015",
             "Guthaben zum 31.12.2025: 12.345,67 EUR (Beispielwerte)",
             "Dieses Muster dient nur der Abstimmung des neuen Layouts."])
    body = "Hallo Tobias,\n\nhier das neue Layout der Standmitteilung mit Musterdaten. Passt die Kostendarstellung so?\n\nLena"
    return mail("muster_standmitteilung", "NORMAL", "de", "internal", "trap: sample annual statement with fictitious Mustermann data",
                frm=frm("schubert"), to=frm("berger"), subj="Layout Standmitteilung 2026", date="2026-01-16 13:40", body=body,
                atts=[att("Muster_Standmitteilung.pdf", p)])

@M
def ausschreibung_druck():
    body = """Sehr geehrte Damen und Herren,

wir laden Sie ein, ein Angebot für den Druck und Versand unserer Jahresmitteilungen 2027 abzugeben. Mengengerüst: ca. 395.000 Standmitteilungen, 61.000 Steuerbescheinigungen, 2.300 Lebensbescheinigungen ins Ausland. Anforderungen: ISO 27001, AV-Vertrag nach Art. 28 DSGVO, Verarbeitung ausschließlich in der EU.

Angebotsfrist: 30.10.2026.

Birgit Heinze
Einkauf"""
    return mail("ausschreibung_druck", "NORMAL", "de", "insurer-to-supplier", "trap: print tender with document volumes",
                frm=frm("heinze"), to="angebote@druckzentrum-ost.example", subj="Ausschreibung Druck/Versand 2027",
                date="2026-09-17 14:30", body=body)

@M
def onboarding_checkliste():
    body = """Hallo liebe Führungskräfte,

für neue Mitarbeitende gibt es ab sofort die Onboarding-Checkliste im Intranet (leer, zum Ausfüllen):

[ ] Arbeitsplatz, Laptop, Telefon
[ ] Zugang Fachanwendungen (LEBEN-ZENTRAL, DMS)
[ ] Datenschutz- und Schweigepflichtschulung (§ 203 StGB!) am ersten Tag
[ ] GwG-Schulung in den ersten 4 Wochen
[ ] Pate/Patin benannt: ______________

Petra Lorenz"""
    return mail("onboarding_checkliste", "NORMAL", "de", "internal", "blank onboarding checklist",
                frm=frm("lorenz"), to="fuehrungskraefte@elbtal-leben.example", subj="Onboarding-Checkliste",
                date="2026-01-05 09:00", body=body)

@M
def kundennewsletter_vorsorge():
    html = """<html><body style="font-family:Verdana;font-size:10pt">
<h2>Vorsorge-Tipp Herbst 2026</h2>
<p>Liebe Kundinnen und Kunden,</p>
<p>wussten Sie, dass Sie Ihre Riester-Zulage für 2024 nur noch bis Ende 2026 beantragen können? Und dass eine Berufsunfähigkeit jede vierte Person im Laufe des Berufslebens trifft?</p>
<p>In unserem Vorsorge-Rechner sehen Sie in zwei Minuten, wie groß Ihre Rentenlücke ist.</p>
<p><a href="https://elbtal-leben.example/vorsorge-rechner">Zum Vorsorge-Rechner</a></p>
<p style="font-size:8pt">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://elbtal-leben.example/abmelden">Abmelden</a></p>
</body></html>"""
    return mail("kundennewsletter_vorsorge", "NORMAL", "de", "newsletter", "trap: customer newsletter (HTML only) on pensions and disability",
                frm="Elbtal Newsletter <newsletter@elbtal-leben.example>", to="newsletter-kunden@elbtal-leben.example",
                subj="Vorsorge-Tipp: Riester-Zulage nicht verschenken", date="2026-10-07 07:00", html=html, html_only=True,
                mailer="Elbtal Newsletter System 4.2")

@M
def rechnungszins_intern():
    body = """Liebe Kolleginnen und Kollegen,

das BMF hat bestätigt: Der Höchstrechnungszins bleibt 2027 bei 1,0 %. Für unsere Kalkulation heißt das: keine Tarifumstellung zum Jahreswechsel, die Tarifgeneration 2024 läuft weiter. Die Zinszusatzreserve wird nach der Korridormethode weiter abgebaut (Referenzzins 2026 voraussichtlich 1,57 %).

Henrik Vogel"""
    return mail("rechnungszins_intern", "NORMAL", "de", "internal", "interest-rate announcement internal",
                frm=frm("vogel"), to="leben-fachbereiche@elbtal-leben.example", subj="Höchstrechnungszins 2027 unverändert",
                date="2026-09-29 15:00", body=body, cte="base64")

@M
def vorlage_schweigepflicht_blanko():
    p = pdf(["# Einwilligung und Schweigepflichtentbindung (Einzelfall)",
             "Versicherungsnummer: __________________",
             "Name, Vorname der versicherten Person: __________________  Geburtsdatum: __________",
             "Ich entbinde folgende Ärzte / Krankenhäuser / Therapeuten von der Schweigepflicht: __________________",
             "Zweck: Prüfung der Leistungspflicht aus der oben genannten Versicherung",
             "Ort, Datum, Unterschrift: __________________"])
    body = "Hallo Thomas,\n\ndie leere Vorlage mit der neuen Fußzeile. Bitte im Formularcenter austauschen.\n\nNadine"
    return mail("vorlage_schweigepflicht_blanko", "NORMAL", "de", "internal", "trap: blank confidentiality-release form",
                frm=frm("walther"), to=frm("riedel"), subj="Vorlage Schweigepflichtentbindung neu", date="2026-03-31 10:30",
                body=body, atts=[att("Schweigepflichtentbindung_Einzelfall_blanko.pdf", p)])

@M
def va_statistik_gericht():
    body = """Hallo Anja,

zur Info die Zahlen für 2025: 412 Auskunftsersuchen von Familiengerichten, 287 Teilungen umgesetzt (davon 281 intern, 6 extern), durchschnittlicher Ausgleichswert 11.830 EUR, Bearbeitungsdauer Auskunft Ø 12 Tage.

Viele Grüße
Controlling"""
    return mail("va_statistik_gericht", "NORMAL", "de", "internal", "trap: pension-splitting statistics, aggregate",
                frm="Controlling <controlling@elbtal-leben.example>", to=frm("grundmann"), subj="VA-Zahlen 2025",
                date="2026-01-23 11:45", body=body)

@M
def tod_erbe_bankdaten_kurz():
    body = """Hallo Herr Paschke,

danke für die Vollmachten Ihrer Mutter und Ihrer Schwester. Wir zahlen die Leistung aus der Lebensversicherung Ihres verstorbenen Vaters (L-15.442.880, 14.210,55 EUR) wie gewünscht vollständig auf Ihr Konto DE74 8505 0300 3881 0854 63 aus; die Aufteilung unter den Erben nehmen Sie selbst vor.

Viele Grüße
Yvonne Zimmer"""
    return mail("tod_erbe_bankdaten_kurz", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-heir",
                "death benefit of a named deceased paid to an heir's IBAN",
                frm=frm("zimmer"), to="holger.paschke@gmx.example", subj="Auszahlung L-15.442.880",
                date="2026-03-20 09:31", body=body)

# ================================================================== build / check
def build():
    """Return list of (filename, bytes, meta) in file order (shuffled with seed 41)."""
    _odf_warmup()
    built = []
    for fn in REGISTRY:
        m, meta = fn()
        built.append((fn.__name__, m, meta))
    order = list(range(len(built)))
    random.Random(SEED).shuffle(order)
    out = []
    for i, idx in enumerate(order, 1):
        key, m, meta = built[idx]
        meta = dict(meta, key=key)
        out.append((f"{PREFIX}-{i:04d}.eml", m.as_bytes(policy=SMTP), meta))
    return out

def labels_tsv(items):
    lines = ["file\tlabel\tlang\tkind\treason"]
    for name, _, meta in items:
        for f in ("label", "lang", "kind", "reason"):
            assert "\t" not in meta[f] and "\n" not in meta[f], (name, f)
        lines.append(f"{name}\t{meta['label']}\t{meta['lang']}\t{meta['kind']}\t{meta['reason']}")
    return ("\n".join(lines) + "\n").encode("utf-8")

def write():
    items = build()
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.endswith(".eml"):
            os.remove(os.path.join(md, f))
    for name, data, _ in items:
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv(items))
    print(f"wrote {len(items)} mails")

def _open_attachment(name, data, where):
    import openpyxl, docx as _d, pypdf
    from odf.opendocument import load as odload
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data)); assert wb.sheetnames, where
    elif ext == "docx":
        d = _d.Document(io.BytesIO(data)); assert any(p.text for p in d.paragraphs) or d.tables, where
    elif ext in ("ods", "odt"):
        odload(io.BytesIO(data))
    elif ext == "pdf":
        r = pypdf.PdfReader(io.BytesIO(data))
        assert "".join(pg.extract_text() or "" for pg in r.pages).strip(), f"empty PDF text {where}"
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data)); assert z.testzip() is None, where
        for n in z.namelist():
            _open_attachment(n, z.read(n), where + "/" + n)
    elif ext == "ics":
        t = data.decode("utf-8"); assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
    elif ext in ("csv", "txt", "log"):
        assert data.strip(), where
    return ext

def check():
    a = build(); b = build()
    assert [x[1] for x in a] == [x[1] for x in b], "rebuild not deterministic"
    md = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(md) if f.endswith(".eml"))
    assert on_disk == [x[0] for x in a], "file list differs from disk"
    for name, data, _ in a:
        with open(os.path.join(md, name), "rb") as fh:
            assert fh.read() == data, f"{name} differs from disk"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == labels_tsv(a), "labels.tsv differs"
    seen_ids = set(); stats = {}; exts = {}; tops = {}; charsets = {}
    for name, data, meta in a:
        assert meta["label"] in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), name
        assert meta["lang"] in ("de", "en"), name
        assert re.search(rb"(?<!\r)\n", data) is None, f"bare LF in {name}"
        for ln in data.split(b"\r\n"):
            assert len(ln) <= 998, f"line > 998 in {name}"
        m = BytesParser(policy=_pol.default).parsebytes(data)
        mid = m["Message-ID"]; assert mid and mid not in seen_ids, name; seen_ids.add(mid)
        assert m["Date"].datetime.year == 2026, name
        assert m["From"].addresses[0].domain == DOM, name
        tops[m.get_content_type()] = tops.get(m.get_content_type(), 0) + 1
        for part in m.walk():
            assert not part.defects, (name, part.defects)
            if part.get_content_type() == "message/rfc822":
                exts["eml"] = exts.get("eml", 0) + 1
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            fnm = part.get_filename()
            if ct.startswith("text/") and not fnm:
                cs = part.get_content_charset() or "us-ascii"
                part.get_payload(decode=True).decode(cs)
                charsets[cs] = charsets.get(cs, 0) + 1
            if fnm:
                e = _open_attachment(fnm, part.get_payload(decode=True), f"{name}:{fnm}")
                exts[e] = exts.get(e, 0) + 1
        k = (meta["label"], meta["lang"]); stats[k] = stats.get(k, 0) + 1
    print(f"OK: {len(a)} mails, deterministic, identical to disk, parsed without defects")
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {lab:22s} de {stats.get((lab,'de'),0):3d}  en {stats.get((lab,'en'),0):3d}")
    print("  top-level types:", dict(sorted(tops.items())))
    print("  attachments:", dict(sorted(exts.items())))
    print("  body charsets:", dict(sorted(charsets.items())))
    traps = sum(1 for _, _, mt in a if mt["label"] == "NORMAL" and "trap" in mt["reason"])
    print("  traps:", traps)

if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
