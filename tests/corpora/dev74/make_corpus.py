#!/usr/bin/env python3
"""dev74 corpus generator: badly typed mail (phones, dictation, non-native writers,
all caps / all lower case, missing umlauts) around the fictitious Lindenhof
Versicherung AG.  Every mail is written by hand in its own function m001 ... m150.
Helpers below only turn that content into MIME or into attachment files.

    python make_corpus.py          writes mails/d74-NNNN.eml and labels.tsv
    python make_corpus.py --check  re-parses everything and validates it
Standard library only, deterministic, no network.
"""
import sys, os, io, re, zipfile, datetime
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email import message_from_bytes
from email.utils import format_datetime, getaddresses

NN = 74
INS = "lindenhof-versicherung.example"
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
ZDT = (2024, 1, 2, 8, 0, 0)          # fixed timestamp for all zip members
EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
# IBAN-like strings that are deliberately wrong (customer typos), by file number
ALLOWED_BAD_IBAN = {133: {"DE13981514235177847245"}}

_CUR = [0]   # number of the mail being built (for Message-ID and boundaries)


# ---------------------------------------------------------------- attachments
def _zip(members, keep_first_stored=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if (keep_first_stored and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)"""
    return _zip(members)


def pdf(lines, per_page=54):
    """Tiny uncompressed PDF, Helvetica/WinAnsi, one text line per entry."""
    def esc(s):
        b = s.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    kids = []
    n = 4
    for pl in pages:
        content = b"BT /F1 10 Tf 13 TL 50 800 Td\n" + b"".join(b"(" + esc(l) + b") Tj T*\n" for l in pl) + b"ET"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents "
                   + str(n + 1).encode() + b" 0 R >>")
        objs[n + 1] = b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"
        kids.append(n)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(str(k).encode() + b" 0 R" for k in kids) + b"] /Count " + str(len(kids)).encode() + b" >>"
    objs[n] = b"<< /Producer (Lindenhof Scan 2.1) >>"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in range(1, n + 1):
        offs[i] = len(out)
        out += str(i).encode() + b" 0 obj\n" + objs[i] + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 " + str(n + 1).encode() + b"\n0000000000 65535 f \n"
    for i in range(1, n + 1):
        out += ("%010d 00000 n \n" % offs[i]).encode()
    out += b"trailer\n<< /Size " + str(n + 1).encode() + b" /Root 1 0 R /Info " + str(n).encode() + b" 0 R >>\nstartxref\n" + str(x).encode() + b"\n%%EOF\n"
    return out


def _x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows, sheet="Tabelle1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          + "".join(xr) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _x(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", ws)])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(mime, inner):
    content = '<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:body>%s</office:body></office:document-content>' % (_ODF_NS, inner)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)], keep_first_stored=True)


def odt(paragraphs):
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join("<text:p>%s</text:p>" % _x(p) for p in paragraphs) + "</office:text>")


def ods(rows, sheet="Tabelle1"):
    tr = ""
    for row in rows:
        tr += "<table:table-row>" + "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v) for v in row) + "</table:table-row>"
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                '<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>' % (_x(sheet), tr))


MIME_OF = {
    "pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text", "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip", "csv": "text/csv", "ics": "text/calendar", "txt": "text/plain", "pem": "application/x-pem-file",
}


def att(name, data, mime=None, charset=None):
    if mime is None:
        mime = MIME_OF[name.rsplit(".", 1)[-1].lower()]
    return (name, data, mime, charset)


# ---------------------------------------------------------------------- MIME
def _date(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if 4 <= d.month <= 10 else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def inner(frm, to, subj, date, body, cc=None, charset="utf-8", msgid=None):
    """a message that is forwarded as message/rfc822"""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(_date(date))
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    m["Message-ID"] = msgid or "<%s.%d%04d.fw@%s>" % (_date(date).strftime("%Y%m%d%H%M"), NN, _CUR[0], dom)
    m.set_content(body, charset=charset)
    return m


def mail(frm, to, subj, date, body=None, cc=None, html=None, html_only=False, atts=(), charset="utf-8",
         cte=None, flowed=False, headers=(), reply=False):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    d = _date(date)
    m["Date"] = format_datetime(d)
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    m["Message-ID"] = "<%s.%d%04d@%s>" % (d.strftime("%Y%m%d%H%M%S"), NN, _CUR[0], dom)
    if reply:
        m["In-Reply-To"] = "<%s.r%d%04d@mail.customer.example>" % ((d - datetime.timedelta(days=1)).strftime("%Y%m%d"), NN, _CUR[0])
    m["MIME-Version"] = "1.0"
    for k, v in headers:
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
            m.add_attachment(a, filename=None)
            continue
        name, data, mime, cs = a
        maintype, subtype = mime.split("/")
        if isinstance(data, str):
            data = data.encode(cs or "utf-8")
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
            if cs:
                m.get_payload()[-1].set_param("charset", cs)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_lh%d_%04d_%d" % (NN, _CUR[0], i))
    return m


# ----------------------------------------------------------------------- mails
N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"
IPHONE = "\n\nGesendet von meinem iPhone"
SIG_KS = """
Mit freundlichen Grüßen
Svenja Hartwig
Kundenservice

Lindenhof Versicherung AG
Am Lindenhof 12, 33602 Bielefeld
Tel. 0521 55880-0 | www.lindenhof-versicherung.example
Vorstand: Dr. Ulrich Venn (Vors.), Carola Imhoff | AG Bielefeld HRB 99120"""


def m001():
    body = """Hallo Herr Pohlmann,

ja passt, ich leg es in die Akte. Der Gutachter ist für Donnerstag angefragt.

Gruß
Petra Albers
Schaden Sach

-----Ursprüngliche Nachricht-----
Von: Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>
Gesendet: Montag, 4. November 2024 07:58
An: Schaden Sach <schaden-sach@lindenhof-versicherung.example>
Betreff: wasserschaden kunde brinkmann

moin petra
kunde brinkmann heiko hat angerufen , waschmaschine in der küche ausgelaufen sonntag nacht, laminat hin + untere schränke aufgequollen. hausrat HR-0448213 und geb. ist auch bei uns WG-0448214
adresse lerchenweg 7 33615 bielefeld, erreichbar nach 16 uhr 0171 4402918
hab ihm gesagt er soll fotos machen und nix wegschmeissen
trocknungsfirma will er selber beauftragen geht das?
gruss dieter

Gesendet von meinem iPhone"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>",
             "Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>",
             "AW: wasserschaden kunde brinkmann", "2024-11-04 09:12", body)
    return m, C, "de", "internal", "named customer with household+building policy numbers, address, phone; water damage, no health"


def m002():
    body = """hi team

does anybody have the new BU flyers (the blue ones)?? i am completly out and every second client ask me about Berufsunfähigkeit since the tv spot
can someone send me like 50 pcs to the agency in gütersloh

thx
Emre

Sent from my Galaxy"""
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>",
             "Vertrieb Material <vertrieb-material@lindenhof-versicherung.example>",
             "BU flyer pls", "2024-10-15 18:40", body)
    return m, N, "en", "internal", "trap: disability insurance flyers ordered, no person concerned"


def m003():
    body = """Sehr geehrte Frau Yilmaz,

vielen Dank für Ihre Nachricht. Die Rechnung von Dr. Gerlach über 1.186,40 EUR (Krone Zahn 36, Wurzelbehandlung 37) haben wir erhalten. Nach Ihrem Tarif ZahnPlus 80 erstatten wir 80 %, also 949,12 EUR. Die Auszahlung erfolgt in den nächsten Tagen auf Ihr bekanntes Konto.

Freundliche Grüße
Leistungsservice Kranken
Lindenhof Versicherung AG

Am 12.03.2025 um 22:47 schrieb Derya Yilmaz <derya.yilmaz88@gmx.example>:
> hallo,ich schike ihnen die rechnung vom zahnarzt ,hab foto gemacht weil scanner geht nich.
> ist die krone unten links und die wurzel behandlung daneben
> vertrag nummer ist KZ 7712094 glaub ich
> bitte schnell bezahlen weil ich muss das bis ende monat überweisen
> danke
> derya yilmaz"""
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>",
             "Derya Yilmaz <derya.yilmaz88@gmx.example>",
             "AW: rechnung zahnarzt", "2025-03-14 10:05", body, reply=True)
    return m, S, "de", "insurer-to-customer", "dental treatment (crown, root canal) and reimbursement of a named customer"


def m004():
    body = """hallo zusammen

wer hat den schluessel fuer den raum mit dem aktenvernichter?? da stehn immer noch die 3 kisten mit den alten arztberichten vom umzug, die muessen bis freitag weg sonst meckert der datenschutz wieder

lg moni"""
    m = mail("Monika Strauch <monika.strauch@lindenhof-versicherung.example>",
             "Team Leistung <team-leistung@lindenhof-versicherung.example>",
             "schluessel aktenvernichter", "2024-09-10 08:03", body)
    return m, N, "de", "internal", "trap: boxes of old medical reports to be shredded, no person named"


def m005():
    body = """Hello Mr. Okonkwo,

thank you, we have changed the bank details for your motor insurance KF-2290417 (Toyota Corolla, BI-OK 512). From the next premium on 01.02. we will debit the new account:

IBAN DE50 7769 1320 7727 2340 48
Account holder: Chinedu Okonkwo

Kind regards
Svenja Hartwig
Customer Service

> Hello dear Sir/Madam
> please I want change my bank for the car insurance because I close the old account at Sparkasse.
> new one is DE50776913207727234048 holder Chinedu Okonkwo
> the car is Toyota BI-OK 512
> Thank you and God bless
> Chinedu"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "Chinedu Okonkwo <c.okonkwo@yahoo.example>",
             "RE: change bank", "2025-01-20 11:32", body, reply=True)
    return m, C, "en", "insurer-to-customer", "new IBAN of a named customer for motor policy, plate"


def m006():
    body = """Guten Tag,

vielen Dank für Ihr Interesse. Gerne beantworte ich Ihre Frage allgemein: Unsere Zahnzusatzversicherung gibt es in drei Stufen (ZahnStart, ZahnPlus 80, ZahnPremium 100). Die Beiträge hängen vom Eintrittsalter ab, bei 30 Jahren z. B. ab 11,90 EUR im Monat. Im Antrag stellen wir wenige Fragen zum Zahnzustand. Ein unverbindliches Angebot können Sie direkt unter www.lindenhof-versicherung.example/zahn berechnen.
""" + SIG_KS + """

-----Ursprüngliche Nachricht-----
Von: kevin.m.1994@web.example
Gesendet: Samstag, 8. Februar 2025 23:19
An: info@lindenhof-versicherung.example
Betreff: frage

was kost so ne zahnzusatz bei euch ungefähr?? kumpel meint das lohnt sich
mfg"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "kevin.m.1994@web.example",
             "AW: frage", "2025-02-10 09:14", body, reply=True)
    return m, N, "de", "insurer-to-customer", "trap: prospect asks dental insurance price, generic answer, no contract or health data"


def m007():
    body = """Sehr geehrter Herr Kaczmarek,

Ihr Schaden ist unter der Nummer S-24-118207 angelegt. Bitte schicken Sie uns noch die Rechnung der Werkstatt.

Mit freundlichen Grüßen
Jana Brückner
Kfz-Schaden

----- Ursprüngliche Nachricht -----
Von: "Kaczmarek Bogdan" <bogdan.kaczmarek@t-online.example>
An: kfz-schaden@lindenhof-versicherung.example
Datum: 21.08.2024 19:02
Betreff: UNFAL PARKPLAZ

GUTEN TAG
ICH HABE UNFAL AUF PARKPLAZ VOM KAUFLAND IN HERFORD HEUTE 14 UHR. ICH FAHRE RÜCKWERTS UND ANDERE AUTO AUCH RÜCKWERTS. MEINE AUTO HF-BK 77 , VW PASSAT, VERSICHERUNG NUMER KF-1187302.
ANDERE FAHRER IST FRAU SCHOLZ MIT OPEL CORSA HF-XS 210 . NIEMAND VERLEZT. NUR STOSSTANGE HINTEN KAPUT BEI BEIDE.
BITTE WAS ICH MUSS MACHEN.
MIT FREUNDLICHE GRÜSSE
BOGDAN KACZMAREK"""
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>",
             "Bogdan Kaczmarek <bogdan.kaczmarek@t-online.example>",
             "AW: UNFAL PARKPLAZ", "2024-08-22 08:47", body, reply=True)
    return m, C, "de", "insurer-to-customer", "motor claim of named driver, plates, policy number; nobody hurt"


def m008():
    body = """Hi Tobias,

outlook app on my iphone keeps crashing everytime I open a pdf from the claims inbox (the Arztrechnungen folder). started after the update yesterday. iOS 17.6. can u have a look pls, I am on the road all week

cheers
Liam"""
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>",
             "IT Servicedesk <it-servicedesk@lindenhof-versicherung.example>",
             "outlook crash on phone", "2024-08-06 16:22", body)
    return m, N, "en", "internal", "trap: IT ticket mentioning a medical-invoice folder, no person or content"


def m009():
    body = """Hallo Herr Lüdtke,

ich schreibe für meine Mutter, Elfriede Haverkamp, weil sie selbst kein email hat. sie ist seit letzte woche im pflegeheim st. anna in lemgo weil es zuhause mit der demenz nich mehr geht, der MDK war auch schon da und hat pflegegrad 4 gesagt, bescheid kommt noch.
Sie hat bei ihnen die pflegetagegeld versicherung PT-330918. was brauchen sie von uns damit das gezahlt wird? die vollmacht hab ich.

vielen dank
Gabi Rottmann (Tochter)
0176 22093341"""
    fw = """Hallo Marco,

zuständig bist du, Pflegetagegeld Frau Haverkamp. Tochter hat Vorsorgevollmacht, Kopie fehlt noch. Mail unten.

Gruß Svenja

---------- Weitergeleitete Nachricht ----------
Von: Gabi Rottmann <gabi.rottmann@t-online.example>
Datum: Di., 15. Okt. 2024 um 20:31 Uhr
Betreff: pflege mama
An: <info@lindenhof-versicherung.example>

""" + body
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "WG: pflege mama", "2024-10-16 08:20", fw)
    return m, S, "de", "relative", "daughter reports mother's dementia, nursing home, care level 4, care policy"


def m010():
    html = """<html><body style="font-family:Arial">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>auch dieses Jahr bietet unser Betriebsarzt wieder die <b>Grippeimpfung</b> an:</p>
<table border="1" cellpadding="4"><tr><th>Tag</th><th>Uhrzeit</th><th>Raum</th></tr>
<tr><td>Mo 14.10.</td><td>8:00-12:00</td><td>3.14</td></tr>
<tr><td>Mi 16.10.</td><td>13:00-16:00</td><td>3.14</td></tr></table>
<p>Bitte tragt euch in die Liste im Intranet ein. Impfpass mitbringen falls vorhanden.</p>
<p>Euer Gesundheitsmanagement</p></body></html>"""
    text = """Liebe Kolleginnen und Kollegen,

auch dieses Jahr bietet unser Betriebsarzt wieder die Grippeimpfung an:
Mo 14.10. 8:00-12:00 Raum 3.14
Mi 16.10. 13:00-16:00 Raum 3.14
Bitte tragt euch in die Liste im Intranet ein. Impfpass mitbringen falls vorhanden.

Euer Gesundheitsmanagement"""
    m = mail("Gesundheitsmanagement <bgm@lindenhof-versicherung.example>",
             "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "Grippeimpfung 2024", "2024-09-30 10:00", text, html=html)
    return m, N, "de", "internal", "trap: flu vaccination offer to all staff, no individual"


def m011():
    body = """Dear Ms. Fernandes,

we are sorry to hear about your accident. To assess the claim under your accident insurance UV-5501873 we need:
- the hospital discharge letter from Klinikum Bielefeld-Mitte
- the X-ray/MRI report
- a short description how the fall happened

You can upload everything in our customer portal.

Kind regards
Marco Lüdtke
Benefits Life & Accident

On Sun, 2 Mar 2025 at 21:05, Ana Fernandes <ana.fernandes@gmail.example> wrote:
> hello
> i fall from the ladder when cleaning windows on thursday and my wrist is broken (they say distal radius fracture, i had operation with plate) . i was in hospital 3 days. I have accident insurance with you i think from my job before?
> what i need to do, sorry for my english
> Ana"""
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "Ana Fernandes <ana.fernandes@gmail.example>",
             "RE: accident wrist", "2025-03-03 14:10", body, reply=True)
    return m, S, "en", "insurer-to-customer", "accident insurance claim, wrist fracture, surgery, hospital stay"


def m012():
    body = """Hi Nadine,

quick one - do we have the blank form for the Schweigepflichtentbindung in English? Client of mine (expat) wants to read it before signing. Just the empty template pls, no need for anything filled in.

Thanks
Emre

Sent from my Galaxy"""
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>",
             "Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>",
             "english form?", "2024-11-19 12:51", body)
    return m, N, "en", "internal", "trap: asks for blank medical confidentiality waiver template, no data"


def m013():
    body = """servus frau albers,

wie am telefon besprochen schick ich ihnen das angebot für die dachreparatur bei herrn u. frau wendland, hagebuttenweg 3 in 32051 herford. sturm hat am 19. die ganzen firstziegel runter und 6 qm dachpappe am anbau aufgerissen, plane ist drauf.
schadennr. von ihnen hab ich S-25-004471

angebot im anhang, gesamt 4.870,- brutto. gerüst ist schon drin.
wir könnten nächste woche anfangen wenn sie ok geben

mfg
Alois Brandl
Dachdeckerei Brandl GmbH
Mobil 0160 7781920"""
    fw = """zur Info für die Akte Wendland, Freigabe folgt nach Rücksprache mit dem Gutachter.

P. Albers

-------- Original-Nachricht --------
Betreff: angebot wendland
Datum: 24.01.2025 06:12
Von: Alois Brandl <info@dachdeckerei-brandl.example>
An: petra.albers@lindenhof-versicherung.example

""" + body
    pdfb = pdf(["Dachdeckerei Brandl GmbH - Angebot Nr. 2025-017",
                "Kunde: Eheleute Wendland, Hagebuttenweg 3, 32051 Herford",
                "Schaden-Nr. Versicherung: S-25-004471",
                "", "Pos 1 Geruest stellen und abbauen ........ 980,00",
                "Pos 2 Firstziegel neu verlegen 14 lfm ...... 1.610,00",
                "Pos 3 Dachpappe Anbau 6 qm ................ 690,00",
                "Pos 4 Kleinmaterial, Entsorgung ............ 812,39",
                "Netto 4.092,39  MwSt 19% 777,55  Brutto 4.869,94"])
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>",
             "Schadenakte <schadenakte@lindenhof-versicherung.example>",
             "WG: angebot wendland", "2025-01-24 09:40", fw, atts=[att("Angebot_2025-017.pdf", pdfb)])
    return m, C, "de", "tradesman", "roofer's quote naming insured couple, address, claim number; storm damage"


def m014():
    body = """Leute!!

Wettbewerb Q4 Risikoleben: wer bis 20.12. die meisten RL-Abschlüsse schreibt kriegt ein iPad, platz 2+3 Gutscheine. Zählt nur policiert, nicht eingereicht. Aktueller Stand kommt jeden Montag.

Haut rein
Kevin

Kevin Schuster
Vertriebsdirektion Ostwestfalen"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>",
             "Agenturen OWL <agenturen-owl@lindenhof-versicherung.example>",
             "Wettbewerb RL Q4 !!!", "2024-10-01 07:30", body)
    return m, N, "de", "internal", "trap: sales contest for term life policies, no customer"


def m015():
    body = """Sehr geehrte Frau Nowak,

Ihre Kündigung der Hausratversicherung zum 31.12. haben wir erhalten, da Ihre Mutter zu Ihnen zieht und den Haushalt auflöst. Hierfür benötigen wir noch die Vollmacht Ihrer Mutter, Frau Irmgard Nowak (geb. 03.07.1941), oder ihre eigene Unterschrift.

Mit freundlichen Grüßen
Petra Albers

-----Ursprüngliche Nachricht-----
Von: Sandra Nowak <sandra.nowak@web.example>
Gesendet: Sonntag, 24. November 2024 17:44
Betreff: kündigung hausrat mama

hallo, meine mutter Irmgard Nowak geb 3.7.41 zieht zu uns nach paderborn und die wohnung in detmold wird aufgelöst. bitte die hausrat kündigen zum jahresende, nummer HR-0219934 . Die neue adresse ist dann Riemekestr. 40 in 33102 Paderborn
gruß sandra nowak"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>",
             "Sandra Nowak <sandra.nowak@web.example>",
             "AW: kündigung hausrat mama", "2024-11-25 13:02", body, reply=True)
    return m, C, "de", "insurer-to-customer", "relative cancels mother's household policy, birth date, addresses; no health"


def m016():
    body = """hallo frau okafor

wie besprochen der kunde von mir, Jörg Tiemann geb. 14.05.1979, will BU bei ihnen. Hat vor 2 jahren ne Psychotherapie gemacht, 20 std, wegen burnout nach trennung, seit 2023 beschwerdefrei, keine medis mehr. Rücken ab und zu beim physio 2022 (6x KG).
Beruf Elektromeister, angestellt, 2 Mitarbeiter Personalverantwortung. BU-Rente 2.000 gewünscht.
können sie mir ne risikovoranfrage machen bevor ich antrag einreiche? will nicht dass er ins HIS kommt

Danke u grüße
Ralf Wessel
Versicherungsmakler
Wessel Finanz & Vorsorge, Lage
tel 05232 690314"""
    fw = """Hi,

Risikovoranfrage vom Makler Wessel, bitte anonymisiert prüfen, ich hab den Namen schon im Vorgang geschwärzt. Originalmail unten nur für dich.

Nadine

-------- Weitergeleitete Nachricht --------
Betreff: Risikovoranfrage BU
Datum: Thu, 6 Feb 2025 21:58:10 +0100
Von: Ralf Wessel <ralf.wessel@wessel-finanz.example>
An: nadine.okafor@lindenhof-versicherung.example

""" + body
    m = mail("Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>",
             "Risikoprüfung Leben <risikopruefung-leben@lindenhof-versicherung.example>",
             "WG: Risikovoranfrage BU", "2025-02-07 08:15", fw)
    return m, S, "de", "broker", "broker's underwriting pre-query: named applicant, birth date, psychotherapy, back treatment"


def m017():
    body = """ATTENTION ALL STAFF

we see phishing mails right now with subject "Your health claim refund is ready" and a link to a fake portal. DO NOT CLICK. Our real portal is only portal.lindenhof-versicherung.example.
If you clicked already call the servicedesk immediatly, ext. 4400.

IT Security"""
    m = mail("IT Security <it-security@lindenhof-versicherung.example>",
             "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "WARNING phishing - health claim refund", "2025-04-09 09:02", body)
    return m, N, "en", "internal", "trap: phishing warning quoting 'health claim refund', no person"


def m018():
    body = """Guten Tag Herr Demir,

wir haben Ihnen die eVB-Nummer für die Zulassung des neuen Fahrzeugs erstellt:

eVB: 7KQ4R2M
Halter: Murat Demir, geb. 22.09.1996
Fahrzeug: Seat Leon, FIN VSSZZZKLZNR041886

Die eVB ist 6 Monate gültig.

Freundliche Grüße
Agentur Aylin Demir

Am 28.05.2024 um 07:13 schrieb Murat Demir:
> abla kannst du mir die evb machen fürn leon, heut nachmittag zulassungsstelle. fin schick ich dir als foto
> brauchst du mein geb datum? 22.9.96"""
    m = mail("Aylin Demir <aylin.demir@lindenhof-versicherung.example>",
             "Murat Demir <murat.demir96@icloud.example>",
             "AW: evb", "2024-05-28 08:02", body, reply=True)
    return m, C, "de", "insurer-to-customer", "eVB for a named relative of the agent, birth date, VIN"


def m019():
    body = """hallo herr reinholz
wie krieg ich die verschlüsselten mails aufm handy auf? da steht immer nur "sie haben eine neue nachricht im portal" und dann muss ich mich am laptop einloggen, das nervt wenn man bei kunden sitzt
gruß dieter pohlmann
Gesendet von meinem iPhone"""
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>",
             "Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>",
             "verschlüsselt aufm handy", "2024-06-12 14:33", body)
    return m, N, "de", "internal", "agent asks how to read encrypted mail on phone"


def m020():
    body = """Dear Mr. Whitfield,

we confirm the change of beneficiary for your term life policy RL-7740125 with effect from today. The new beneficiary is Ms. Hannah Whitfield (daughter), replacing your former spouse. The revocable designation can be changed again at any time in writing.

Kind regards
Marco Lüdtke
Life Benefits & Contracts

-----Original Message-----
From: Gareth Whitfield <gareth.whitfield@outlook.example>
Sent: Tuesday, 14 January 2025 23:40
Subject: life insurance after divorce

hi, the divorce is final now, please take my ex wife OFF the life insurance and put my daughter hannah instead. she is 19. what do you need from me, signature? im traveling a lot so email would be best
cheers Gareth"""
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "Gareth Whitfield <gareth.whitfield@outlook.example>",
             "RE: life insurance after divorce", "2025-01-16 10:20", body, reply=True)
    return m, S, "en", "insurer-to-customer", "life policy beneficiary change after divorce (personal line)"


def m021():
    body = """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag:

Menge  Artikel                                   Art.-Nr.
 12    Verbandkasten DIN 13157 (Büro)            VK-13157
  4    Wandhalterung Verbandkasten               WH-200
  2    Ersatz-Elektrodenpads AED Typ P2          AED-P2
  1    Akku AED Typ P2                           AED-B2

Lieferung bitte an: Lindenhof Versicherung AG, Warenannahme Tor 2, Am Lindenhof 12, 33602 Bielefeld.
Rechnung an Kostenstelle 4410 (Arbeitssicherheit).

Mit freundlichen Grüßen
Frank Möllenbrock
Facility Management"""
    m = mail("Frank Möllenbrock <frank.moellenbrock@lindenhof-versicherung.example>",
             "Bestellung <bestellung@sani-bedarf-ostwestfalen.example>",
             "Bestellung Verbandkästen / AED", "2024-07-03 10:11", body)
    return m, N, "de", "insurer-to-supplier", "trap: order of first-aid kits and defibrillator pads"


def m022():
    body = """hey svenja,
kunde von mir lukas hemsath hat n fahrrad geklaut bekommen aus dem keller , e-bike cube, rahmennr WCU4412Q7781, kaufpreis 3.299 im april 23, quittung hat er. polizei anzeige is gemacht tagebuchnr 1442/24/221877 PI bielefeld süd.
hausrat mit fahrradklausel HR-0550761
kannst du den schaden anlegen? er schickt die quittung dann an schaden@
danke dir!!
emre
Sent from my Galaxy"""
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>",
             "Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "fahrrad geklaut hemsath", "2024-09-17 19:48", body)
    return m, C, "de", "internal", "agent reports named customer's e-bike theft, frame number, police ref, policy"


def m023():
    body = """Hallo Frau Brückner

Also ich hab ja am Montag den Unfall gemeldet, bei mir ist alles ok aber meine Frau ist beifahrerin gewesen und hat jetzt seit gestern starke nackenschmerzen, war beim Hausarzt der sagt Schleudertrauma HWS Distorsion und hat sie 2 wochen krank geschrieben. Muss das der andere zahlen oder sie? Schaden nr ist S-24-131902
Der andere ist ja auffgefahren.

MfG Thomas Ebbinghaus
Gesendet von meinem iPhone"""
    fw = """Hallo Kollegen Personenschaden,

bitte übernehmen, Beifahrerin Frau Ebbinghaus verletzt (HWS), Haftung klar beim Unfallgegner (Auffahrunfall). Unser VN meldet nur.

Jana Brückner

> Von: Thomas Ebbinghaus <t.ebbinghaus@gmx.example>
> Gesendet: Mittwoch, 18. September 2024 07:55
> Betreff: Unfall nachtrag
>
""" + "\n".join("> " + l if l else ">" for l in body.split("\n"))
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>",
             "Personenschaden <personenschaden@lindenhof-versicherung.example>",
             "WG: Unfall nachtrag S-24-131902", "2024-09-18 09:30", fw)
    return m, S, "de", "customer", "motor claim: passenger's whiplash, GP diagnosis, sick note"


def m024():
    body = """hallo

ich wollte mal fragen wie das mit der sterbegeld versicherung geht, meine eltern sind schon älter und wir wollen nicht das wir dann alles bezahlen müssen wenn mal was ist. muss man da zum arzt oder so? und wie lange muss man zahlen
danke
Fatma"""
    reply = """Sehr geehrte Frau Arslan,

vielen Dank für Ihre Anfrage. Unsere Sterbegeldversicherung kann bis zum Alter von 80 Jahren abgeschlossen werden, ohne ärztliche Untersuchung und ohne Gesundheitsfragen. Stattdessen gilt in den ersten drei Jahren eine Wartezeit, in der bei Tod aus Krankheit die eingezahlten Beiträge erstattet werden. Die Versicherungssumme wählen Sie zwischen 3.000 und 15.000 EUR; die Beitragszahlung endet spätestens mit 90 Jahren. Unsere Broschüre finden Sie im Anhang.
""" + SIG_KS + """

Am 03.04.2025 um 19:20 schrieb fatma arslan <fatma.arslan@hotmail.example>:
""" + "\n".join("> " + l if l else ">" for l in body.split("\n"))
    b = pdf(["Lindenhof Sterbegeld - Produktinformation", "Eintrittsalter 40 bis 80 Jahre",
             "Keine Gesundheitsfragen, Wartezeit 3 Jahre", "Versicherungssumme 3.000 bis 15.000 EUR",
             "Beispielbeitrag: Eintrittsalter 70, 5.000 EUR: 28,40 EUR monatlich"])
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "fatma arslan <fatma.arslan@hotmail.example>", "AW: sterbegeld frage", "2025-04-04 10:41", reply,
             atts=[att("Produktinformation_Sterbegeld.pdf", b)], reply=True)
    return m, N, "de", "insurer-to-customer", "trap: prospect's general question on funeral insurance, no contract or health data"


def m025():
    body = """Dear Sir or Madam,

our cat Mochi was at the vet last week, she had a bladder infection and needed ultrasound + antibiotics. Invoice from Tierarztpraxis Dr. Vahle is attached, 312,44 EUR. Pet health policy TK-1093382, owner Kenji Watanabe.
Please pay to my account DE17 8908 0237 2963 4460 83.

Thank you very much
Kenji Watanabe"""
    fw = """Hi Petra, pet claim for you, came into the general box. Vet invoice attached by customer, I put it in the file.
Svenja

---------- Forwarded message ---------
From: Kenji Watanabe <kenji.watanabe@gmail.example>
Date: Thu, 5 Sep 2024 at 22:10
Subject: cat invoice
To: info@lindenhof-versicherung.example

""" + body
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "Petra Albers <petra.albers@lindenhof-versicherung.example>", "Fwd: cat invoice", "2024-09-06 08:31", fw)
    return m, C, "en", "customer", "pet health claim (animal health), named owner, IBAN"


def m026():
    body = """Moin zusammen,

Sturmtief "Ortrud": wir haben seit heute morgen 312 Neumeldungen Gebäude, Schwerpunkt Kreis Lippe und Minden-Lübbecke. Bitte ab sofort:
- Kleinschäden bis 2.500 EUR ohne Gutachter, Fotos reichen
- Dachdecker-Notsicherung immer freigeben
- Rückrufe nur noch über die Hotline-Maske, keine Einzelmails

Danke euch, wird ne harte Woche
Christoph Lenz
Teamleitung Schaden Sach"""
    m = mail("Christoph Lenz <christoph.lenz@lindenhof-versicherung.example>",
             "Schaden Sach <schaden-sach@lindenhof-versicherung.example>",
             "Sturm Ortrud - Vorgehen", "2025-01-20 08:05", body)
    return m, N, "de", "internal", "storm claims handling rules, aggregate counts only"


def m027():
    body = """ICH HABE SEIT 3 WOCHEN KEIN GELD BEKOMMEN VOM KRANKENTAGEGELD!!!! ICH HABE DIE AU ALLE GESCHICKT!!! ICH BIN SEIT 12.AUGUST KRANK BANDSCHEIBENVORFALL L5/S1 UND KANN NICHT ARBEITEN UND SIE ZAHLEN NICHT. ICH MUSS MIETE ZAHLEN. WENN DAS NICHT BIS FREITAG DA IST GEHE ICH ZUM ANWALT
KT VERTRAG KT-4412093
HARALD VOSSKUHLE"""
    reply = """Sehr geehrter Herr Vosskuhle,

es tut uns leid, dass es zu Verzögerungen gekommen ist. Die Folgebescheinigungen vom 02.09. und 16.09. liegen uns jetzt vor. Das Krankentagegeld für den Zeitraum 02.09. bis 29.09. (28 Tage x 85,00 EUR = 2.380,00 EUR) wurde heute angewiesen.

Mit freundlichen Grüßen
Leistungsservice Kranken

-----Ursprüngliche Nachricht-----
Von: Harald Vosskuhle <h.vosskuhle@freenet.example>
Gesendet: Montag, 30. September 2024 06:40
An: leistung-kranken@lindenhof-versicherung.example
Betreff: WO BLEIBT MEIN GELD

""" + body
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>",
             "Harald Vosskuhle <h.vosskuhle@freenet.example>", "AW: WO BLEIBT MEIN GELD", "2024-09-30 15:12", reply, reply=True)
    return m, S, "de", "insurer-to-customer", "sickness daily allowance, herniated disc L5/S1, sick since date"


def m028():
    body = """bin vom 05.08. bis 23.08. im urlaub.
in dringenden faellen bitte an meinen kollegen emre aksoy wenden 0521 55880-217
gruss dieter pohlmann
Generalagentur Pohlmann - Lindenhof Versicherung"""
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>",
             "kunde.unbekannt@web.example", "Abwesenheitsnotiz: Re: Termin?", "2024-08-07 13:21", body,
             headers=[("Auto-Submitted", "auto-replied")])
    return m, N, "de", "insurer-to-customer", "out-of-office reply without content"


def m029():
    body = """Hello,

please see my question below about the bill from the hospital in Spain. I am still in Malaga with my son, he had appendicitis on holiday and was operated in Hospital Costa del Sol on 11 July (laparoscopic appendectomy), 4 nights. The hospital wants 6.840 EUR now by credit card before they let him go. Is this covered by the travel health insurance RK-8830172? I dont have so much on the card.

Please call me +49 151 22093871, quick answer please!!!

Olga Schmidt"""
    fw = """Notfall Ausland - bitte sofort Kostenübernahme an Klinik schicken, Assistance ist informiert.
Liam

---------- Forwarded message ---------
From: Olga Schmidt <olga.schmidt@mail.example>
Date: Sat, 13 Jul 2024 10:02
Subject: HELP hospital bill spain

""" + body
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>",
             "Assistance Team <assistance@lindenhof-versicherung.example>", "Fwd: HELP hospital bill spain",
             "2024-07-13 10:20", fw)
    return m, S, "en", "customer", "travel health claim: son's appendectomy abroad, hospital stay"


def m030():
    body = """Hallo Tobias,

der Tarifrechner Zahn im Vertriebsportal wirft einen Fehler, sobald man Eintrittsalter 65 oder älter eingibt ("Ungültiger Wert Feld EA"). Bis 64 geht alles. Betrifft alle Tarife. Kannst du das an die Entwickler geben? Haben Donnerstag Seniorenmesse.

Gruß
Kevin"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>",
             "Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>", "Fehler Tarifrechner Zahn ab 65",
             "2024-10-22 11:48", body)
    return m, N, "de", "internal", "trap: bug in dental premium calculator by entry age, no person"


def m031():
    body = """Sehr geehrter Herr Janßen,

im Auftrag meines Mandanten, Herrn Stefan Pieper, Am Bollwerk 9, 32312 Lübbecke, zeige ich an, dass Ihr Versicherungsnehmer Herr Florian Janßen am 02.02.2025 gegen 17:30 mit seinem Hund (Rhodesian Ridgeback, "Balu") auf dem Wirtschaftsweg Am Mühlenbach meinem Mandanten in den Unterschenkel gebissen hat. Mein Mandant erlitt eine tiefe Bisswunde am linken Unterschenkel, die im Krankenhaus Lübbecke chirurgisch versorgt wurde; es folgten Antibiose und eine Tetanus-Auffrischung. Er war 3 Wochen arbeitsunfähig.

Wir machen ein Schmerzensgeld von 2.500,00 EUR sowie Verdienstausfall geltend. Unterlagen anbei.

Mit freundlichen Grüßen
Heike Sander
Rechtsanwältin"""
    fw = """Hallo Frau Sander,

vielen Dank, wir prüfen den Vorgang und melden uns. Unser Aktenzeichen: H-25-002218 (Tierhalterhaftpflicht Janßen).

Mit freundlichen Grüßen
Andrea Voss
Haftpflichtschaden

Am 10.02.2025 schrieb Kanzlei Sander <sander@kanzlei-sander-luebbecke.example>:
""" + "\n".join("> " + l if l else ">" for l in body.split("\n"))
    m = mail("Andrea Voss <andrea.voss@lindenhof-versicherung.example>",
             "Kanzlei Sander <sander@kanzlei-sander-luebbecke.example>", "AW: Hundebiss Pieper ./. Janßen",
             "2025-02-11 09:03", fw, reply=True)
    return m, S, "de", "insurer-to-lawyer", "dog liability: named victim's bite wound, surgery, sick leave"


def m032():
    body = """Guten Tag

ich schreib für meine Oma, Hildegard Krüger, die hat bei ihnen die Kfz versicherung für ihren Golf LIP-HK 44 aber sie fährt nicht mehr und ich würde das auto übernehmen und auch die Prozente (SF 35 oder so?). Ich bin 21 und hab seit 3 Jahren Führerschein, bin bei meiner Mutter als Zweitfahrer.
Mein Name Jonas Krüger geb. 30.01.2004, Oma ist geb. 11.06.1939 falls sie das brauchen.
Vertragsnr. weiß ich nicht, steht nur Lindenhof drauf.
Danke"""
    reply = """Hallo Herr Krüger,

eine Übertragung des Schadenfreiheitsrabatts innerhalb der Familie ist möglich. Wir schicken Ihnen und Ihrer Großmutter das Formular "SF-Übertragung" zu, das beide unterschreiben müssen. Wir haben den Vertrag KF-0903318 gefunden.

Freundliche Grüße
Jana Brückner

> """ + body.replace("\n", "\n> ")
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>",
             "Jonas Krüger <jonaskrueger04@gmail.example>", "AW: Auto Oma übernehmen", "2024-06-04 10:45", reply, reply=True)
    return m, C, "de", "insurer-to-customer", "no-claims bonus transfer grandmother to grandson, two birth dates, plate"


def m033():
    body = """Hallo liebe Kollegen,

Für die Schulung am Freitag ein anonymisiertes Fallbeispiel, bitte vorher lesen:

Fall A: Mann, Altersgruppe 40-49, Lagerist, BU-Antrag 2019. Leistungsantrag 2023 wegen Bandscheibenvorfall, Gutachten ergibt 60 % BU, Leistung anerkannt. Frage: wie wäre der Fall bei Verweisung auf eine Bürotätigkeit zu bewerten?

Fall B: Frau, 30-39, Erzieherin, psychische Erkrankung, Nachprüfung nach 2 Jahren.

Keine Namen, keine Vertragsnummern - bitte auch in der Diskussion so lassen.

Birgit Held
Fachbereich Leistung Leben"""
    m = mail("Birgit Held <birgit.held@lindenhof-versicherung.example>",
             "Team Leben <team-leben@lindenhof-versicherung.example>", "Schulung Freitag - Fallbeispiele", "2024-11-26 16:02", body)
    return m, N, "de", "internal", "trap: anonymised disability cases (age bands, no names) for training"


def m034():
    body = """Guten Tag,

leider ist mir mein Handy runtergefallen und das Display ist komplet kaputt, man kann nix mehr sehen. Ich hab die Elektronikversicherung bei Ihnen, Nummer EL-2025-00431, gerät iPhone 14, IMEI 356712110987440. Ich hab noch die Rechnung von Mediamarkt. Was muss ich tun ?

Mit freundlichen grüßen
Leonie Bartels
Wiesenstr 18
32657 Lemgo

Von meinem Samsung Galaxy Smartphone gesendet."""
    fw = """Leonie Bartels, Elektronik, Displayschaden. Bitte Schadenformular schicken.
S.H.

----- Weitergeleitete Nachricht -----
""" + body
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "Schaden Sach <schaden-sach@lindenhof-versicherung.example>", "WG: handy kaputt", "2025-05-12 12:14", fw)
    return m, C, "de", "customer", "electronics insurance claim of named customer, address, IMEI"


def m035():
    body = """Hello Nadine

Re: your question - the application of Mr Arjun Mehta (DOB 1988-04-17) for term life 300k:
he ticked yes for diabetes. It is Type 2 since 2021, on Metformin 1000 mg 2x daily, last HbA1c 6.9 %, BMI 31. No complications, eye check ok.
Can u give me an indication if we get standard or with loading? He is IT consultant, non smoker.

regards
Priya Nair
Nair Insurance Brokerage"""
    reply = """Hi Priya,

indication: +75 % loading on the risk premium, no exclusion, if we receive a current GP report with HbA1c and kidney values. Standard is not possible with BMI 31 + T2D.

Nadine Okafor
Underwriting Life

""" + "\n".join("> " + l if l else ">" for l in body.split("\n"))
    m = mail("Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>",
             "Priya Nair <priya@nair-brokerage.example>", "RE: Mehta TL 300k indication", "2025-03-19 15:30", reply, reply=True)
    return m, S, "en", "insurer-to-broker", "underwriting: named applicant's diabetes, medication, HbA1c, BMI, DOB"


def m036():
    body = """Hi everyone,

reminder: servers for the health claims system (LEIKRA) are down on Saturday 14.12. from 06:00 to 14:00 for the database upgrade. No uploads from the portal during that time, customers see a maintenance page.

Thanks
Tobias Reinholz
IT Operations"""
    m = mail("Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>",
             "IT Announcements <it-announce@lindenhof-versicherung.example>", "Maintenance LEIKRA Sat 14.12.",
             "2024-12-10 09:00", body)
    return m, N, "en", "internal", "trap: maintenance of health claims system, no data"


def m037():
    body = """Hi Herr Wessel,

hier wie gewünscht meine neue Bankverbindung für die Courtage ab Januar, die alte bei der Volksbank löse ich auf:

Ralf Wessel, Wessel Finanz & Vorsorge (Einzelunternehmen)
IBAN: DE24 2903 5000 1697 6229 26
Steuernummer 337/5120/4418

ach und die Courtageabrechnung bitte wieder als PDF nicht als csv, bekomm das nicht auf in meinem MVP
Gruß Ralf"""
    fw = """Bitte im Vermittlerstamm ändern (Einzelunternehmer, daher nur über verschlüsselten Weg bestätigen).
Kevin

-----Ursprüngliche Nachricht-----
Von: Ralf Wessel <ralf.wessel@wessel-finanz.example>
Gesendet: Dienstag, 10. Dezember 2024 22:04
An: Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>
Betreff: neue bank

""" + body
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>",
             "Vermittlerbetreuung <vermittlerbetreuung@lindenhof-versicherung.example>", "WG: neue bank",
             "2024-12-11 08:12", fw)
    return m, C, "de", "broker", "sole-trader broker's IBAN and tax number"


def m038():
    body = """moin moin,

hab grad bei einem kunde gesehen im flyer unfall kinder seite 2 steht "Knochenbrüche, Gehirnerschüterung" mit einem t, und beim rechenbeispiel 'Invalidität 500.000' aber im tarif gibt es max 400.000. Peinlich wenn die kunden das sehn
dieter
Gesendet von meinem iPhone"""
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>",
             "Marketing <marketing@lindenhof-versicherung.example>", "fehler im flyer unfall kinder",
             "2024-05-16 17:02", body)
    return m, N, "de", "internal", "trap: typos in child accident flyer (fracture, concussion), no person"


def m039():
    body = """Dear Mrs. Lindqvist,

we have received the invoice of Hörakustik Brandt for your two hearing aids (Phonak Audéo, 2 x 1.890,00 EUR). Under your private health insurance tariff Vital Komfort we reimburse hearing aids up to 1.500 EUR per ear every 5 years; we will pay 3.000,00 EUR. The ENT prescription from Dr. Kuhlmann (bilateral sensorineural hearing loss) is on file.

Kind regards
Health Benefits Service

-----Original Message-----
From: Ingrid Lindqvist <ingrid.lindqvist@aol.example>
Sent: Friday, 7 February 2025 09:11
Subject: hearing aid

Good morning, my hearingaids are finally ready, here is the bill. I hope the insurance pay most. My number is KV-2281047.
Best regards
Ingrid Lindqvist"""
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>",
             "Ingrid Lindqvist <ingrid.lindqvist@aol.example>", "RE: hearing aid", "2025-02-11 13:33", body, reply=True)
    return m, S, "en", "insurer-to-customer", "hearing aids reimbursement, hearing loss diagnosis"


def m040():
    ics = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Lindenhof//Outlook//DE\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:lh-teammeeting-kv-20250113@lindenhof-versicherung.example\r
DTSTAMP:20250108T090000Z\r
DTSTART:20250113T090000Z\r
DTEND:20250113T100000Z\r
SUMMARY:Jour fixe Leistung Kranken\r
LOCATION:Raum 2.07 / Teams\r
DESCRIPTION:Themen: Rückstände Arztrechnungen\\, Urlaubsplanung\\, neue GOÄ\r
ORGANIZER:mailto:monika.strauch@lindenhof-versicherung.example\r
END:VEVENT\r
END:VCALENDAR\r
"""
    body = """hi, wie immer montags. bitte rückstände vorher in die liste eintragen
moni"""
    m = mail("Monika Strauch <monika.strauch@lindenhof-versicherung.example>",
             "Team Leistung <team-leistung@lindenhof-versicherung.example>", "Jour fixe Leistung Kranken",
             "2025-01-08 10:00", body, atts=[att("invite.ics", ics, "text/calendar", "utf-8")])
    return m, N, "de", "internal", "trap: team meeting invite about medical-invoice backlog, no person"


def m041():
    body = """Hello Mr. Brennan,

thanks for the photos. Your claim under the household policy HR-0671125 is registered as S-24-140332. The burglary at Körnerstraße 22, 33602 Bielefeld on 28 October with police report 1442/24/301155 is noted. Please send us a list of the stolen items with purchase dates and prices (the attached Excel template).

Kind regards
Petra Albers

-----Original Message-----
From: Sean Brennan <sean.brennan@icloud.example>
Sent: Tuesday, 29 October 2024 01:12
Subject: break in!!!

they broke the balcony door while we were at dinner. laptop macbook pro, ps5, my wifes jewellry (grandmother ring!!) , 400 eur cash gone. police was here till midnight. what now
sean"""
    tpl = xlsx([["Gegenstand / item", "Kaufdatum / date", "Preis / price EUR", "Beleg vorhanden / receipt"]])
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Sean Brennan <sean.brennan@icloud.example>",
             "RE: break in!!!", "2024-10-29 10:40", body, atts=[att("Stehlgutliste.xlsx", tpl)], reply=True)
    return m, C, "en", "insurer-to-customer", "burglary claim of named customer, address, police reference, policy"


def m042():
    body = """Dear all,

Q3 figures for the Lindenhof Re treaty (health, aggregated):

line               claims paid   no. of claims   loss ratio
PKV outpatient     48,2 m EUR        91.440        71 %
PKV inpatient      39,7 m EUR        12.118        78 %
Dental             11,0 m EUR        40.562        64 %
Daily allowance     6,4 m EUR         3.291        69 %

Large losses > 250k: 7 cases (oncology 4, cardiology 2, neonatology 1), details only in the anonymised bordereau.

best
Julia Brandes
Reinsurance"""
    m = mail("Julia Brandes <julia.brandes@lindenhof-versicherung.example>",
             "treaty-desk@northgate-re.example", "Q3 health figures", "2024-10-24 14:00", body)
    return m, N, "en", "insurer-to-partner", "trap: aggregated health claims statistics for reinsurer"


def m043():
    body = """hi svenja

can you check something for me pls, customer Mrs Thi Lan Nguyen, she was in my office today, she wants to cancel her Riester pension because she has money problems, husband lost job. the policy is LV-6604179. she asks what she gets back and if she can just stop paying for 1 year instead (Beitragsfreistellung?).
she is little scared to call, her german is not so good, so pls answer me and i explain her

thanks
Aylin"""
    m = mail("Aylin Demir <aylin.demir@lindenhof-versicherung.example>",
             "Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Riester Nguyen stop paying?",
             "2024-11-07 16:05", body)
    return m, S, "en", "internal", "named customer's Riester life/pension contract, financial hardship"


def m044():
    body = """Hello,

We want to do a blood pressure check station at our "Lindenhof Health Day" on 22 May (approx. 300 staff). Please send a quote for:
- 6 upper arm blood pressure monitors, validated
- disposable cuff covers, 500 pcs
- 2 body composition scales

Delivery to our Bielefeld office, reception desk. Invoice to cost centre 4420.

Regards
Frank Möllenbrock
Facility Management"""
    m = mail("Frank Möllenbrock <frank.moellenbrock@lindenhof-versicherung.example>",
             "sales@medequip-trading.example", "Quote request blood pressure monitors", "2025-04-02 09:44", body)
    return m, N, "en", "insurer-to-supplier", "trap: purchase of blood pressure monitors for health day"


def m045():
    body = """Dear Ms. Kowalski,

we are very sorry for the loss of your husband. To pay out the life insurance LV-4418027 to you as beneficiary we need the official death certificate and the completed claim form. A medical certificate on the cause of death is not needed, as the policy has been in force for more than 3 years.

The sum insured of 85.000 EUR plus surplus participation will be paid to the account you name.

With our sincere condolences
Marco Lüdtke

> From: Agnieszka Kowalski <a.kowalski@wp.example>
> Sent: Monday, 10 March 2025 08:20
> Subject: my husband Piotr die
>
> Good day,
> my husband Piotr Kowalski die on 2 March from heart attack at home, he was 58. He had life insurance in your company, I have paper from 2009. I dont know what I must do now. Please help, I am alone with this.
> Agnieszka Kowalski"""
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "Agnieszka Kowalski <a.kowalski@wp.example>", "RE: my husband Piotr die", "2025-03-11 11:15", body, reply=True)
    return m, S, "en", "insurer-to-customer", "death claim on life policy, cause of death heart attack"


def m046():
    body = """Hi Frau Albers,

ich bin Fliesenleger, Firma Nowicki Fliesen, und habe Badezimmer bei Familie Holtkamp in Bünde gemacht nach der Wasserschaden (Rohr in Wand kaputt). Sie sagt Versicherung bezahlt direkt an mich. Rechnung ist in Anhang, 3.412,50 Euro.
Kunde Holtkamp Bernd, Eschenweg 14, 32257 Bünde, Schaden Nummer S-24-119870.

Bitte bezahlen auf mein Konto:
Marek Nowicki
PL57 4346 4760 2872 3205 4695 5298

Ich habe kein deutsches Konto mehr. Danke schön und schöne Tag
Marek"""
    fw = """Bitte prüfen, Abtretungserklärung vom VN Holtkamp liegt uns nicht vor. Keine Zahlung an Handwerker bis Abtretung da ist.
Petra

-------- Weitergeleitete Nachricht --------
Von: Marek Nowicki <nowicki.fliesen@onet.example>
Datum: 03.12.2024 18:44
Betreff: Rechnung Holtkamp

""" + body
    inv = pdf(["Nowicki Fliesen - Marek Nowicki", "Rechnung Nr. 118/2024", "Kunde: Bernd Holtkamp, Eschenweg 14, 32257 Buende",
               "Fliesen abschlagen, Estrich trocknen lassen, neu verfliesen Bad 9 qm", "Material 1.120,00", "Arbeit 38 Std x 52 = 1.976,00",
               "Summe 3.096,00 + Anfahrt 316,50 = 3.412,50 EUR", "Bankverbindung PL57 4346 4760 2872 3205 4695 5298"])
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Schaden Sach <schaden-sach@lindenhof-versicherung.example>",
             "WG: Rechnung Holtkamp", "2024-12-04 08:20", fw, atts=[att("Rechnung_118_2024.pdf", inv)])
    return m, C, "de", "tradesman", "sole-trader tiler's Polish IBAN and invoice naming insured customer and claim"


def m047():
    body = """Dear Brokers,

JOIN OUR WEBINAR: "Mental health at work - what it means for income protection"
Wed 12 March 2025, 10:00-11:00, MS Teams

- trends in disability claims (psychological causes now 37 % of new claims market-wide)
- how to talk to clients about the health questions
- our new BU Smart product for young professionals

Register: www.lindenhof-versicherung.example/webinar

Your Lindenhof Broker Team

You receive this newsletter because you are a registered broker. Unsubscribe: www.lindenhof-versicherung.example/unsubscribe"""
    m = mail("Lindenhof Broker News <news@lindenhof-versicherung.example>", "makler-news@lindenhof-versicherung.example",
             "WEBINAR mental health at work", "2025-02-20 08:00", body)
    return m, N, "en", "newsletter", "trap: broker webinar on mental health and disability, market statistics"


def m048():
    body = """Hi Liam,

customer Dmitri Volkov (expat health plan EX-7702561) asks via whatsapp to his agent if his HIV PrEP (Emtricitabin/Tenofovir, 3 months pack) is reimbursed, he paid 201,70 at the pharmacy and uploaded the receipt twice but got no answer. can you please check and tell him directly? he prefers english.

thx
Nadine"""
    m = mail("Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>", "Liam Carter <liam.carter@lindenhof-versicherung.example>",
             "PrEP receipt Volkov", "2025-01-28 10:17", body)
    return m, S, "en", "internal", "named customer's HIV PrEP medication (sexual health)"


def m049():
    body = """Hello Jana,

As discussed, our fleet list for the renewal 2025, including the new drivers. Pls note 2 vans are sold in december, marked red.

Best regards
Sabine Rehkopf
Rehkopf Logistik GmbH"""
    rows = [["Kennzeichen", "Fahrzeug", "FIN", "Stammfahrer", "geb.", "Führerschein seit"],
            ["BI-RL 101", "Mercedes Sprinter", "WDB9066331S227410", "Andrzej Bielski", "11.02.1981", "2001"],
            ["BI-RL 102", "Mercedes Sprinter", "WDB9066331S227488", "Kai Wittler", "29.08.1993", "2012"],
            ["BI-RL 107", "VW Crafter", "WV1ZZZSYZK9011734", "Yusuf Cetin", "03.12.1987", "2006"],
            ["BI-RL 110", "VW Crafter", "WV1ZZZSYZK9011902", "Dennis Möller", "17.06.1999", "2018"],
            ["BI-RL 2", "Audi A6 Avant", "WAUZZZF27NN003341", "Sabine Rehkopf", "05.04.1972", "1990"]]
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>", "Flotte <kfz-flotte@lindenhof-versicherung.example>",
             "Fw: fleet list 2025 Rehkopf", "2024-11-29 12:00",
             "FYI für die Verlängerung Rehkopf, Liste vom Kunden unten/Anhang.\nJana\n\n-----Original Message-----\nFrom: Sabine Rehkopf <s.rehkopf@rehkopf-logistik.example>\nSent: Friday, 29 November 2024 11:31\nSubject: fleet list 2025\n\n" + body,
             atts=[att("Fuhrpark_2025.xlsx", xlsx(rows))])
    return m, C, "mixed", "company", "company fleet list with named drivers and birth dates (only in attachment)"


def m050():
    body = """Hi all,

some of you asked: yes, we still need first aiders on every floor. We currently have 2 on floor 4 and none on floor 5. Training is 2 days, paid, in work time, with the Red Cross. Interested? Just reply to this mail.

HR Team"""
    m = mail("HR Team <hr@lindenhof-versicherung.example>", "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "first aiders wanted", "2024-06-18 09:30", body)
    return m, N, "en", "internal", "trap: call for first-aid volunteers"


def m051():
    body = """hi marco

my husband Hüseyin was at the orthopedic for his knee. they say meniscus is torn (MRT) and he need arthroskopie at 3. december in Klinikum Lippe. he has the accident insurance from work (Gruppenunfall of Tischlerei Kemper) because it happend at work when he jump from the truck. do we get money? also Krankenhaustagegeld?
thank you
Elif Öztürk

Gesendet von meinem iPhone"""
    fw = """Hallo,

Mail der Ehefrau eines versicherten Mitarbeiters (Gruppenunfall Tischlerei Kemper GU-2200418). Bitte Unfallanzeige beim Arbeitgeber anfordern; Arbeitsunfall, also auch BG-Fall. Kein Krankenhaustagegeld im Gruppenvertrag.

Marco

> """ + body.replace("\n", "\n> ")
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Unfall Leistung <unfall-leistung@lindenhof-versicherung.example>",
             "WG: knee husband", "2024-11-22 08:50", fw)
    return m, S, "mixed", "relative", "group accident: husband's torn meniscus, MRI, planned surgery"


def m052():
    body = """Good morning,

thank you for your quote for the translation of medical reports (Polish, Russian, Turkish, Arabic into German). Your rates (1,60 EUR per standard line, express +50 %) are accepted. Please send us the data processing agreement (Art. 28 GDPR) for signature before we send the first documents; we will transfer files only via our SecureMail portal, never by normal mail.

Kind regards
Birgit Held
Benefits Life"""
    m = mail("Birgit Held <birgit.held@lindenhof-versicherung.example>", "office@lingua-medica.example",
             "translation medical reports - order", "2024-07-29 11:08", body)
    return m, N, "en", "insurer-to-supplier", "trap: translation contract for medical reports, no patient"


def m053():
    body = """Hi Jana,

my car was scratched all over by someone in the parking garage at work, both sides, key scratches. Skoda Octavia GT-MJ 808, policy KF-3316029, comprehensive. Garage Autohaus Sieweke says 2.950 EUR for painting. Police report is made.
I am out of the country until 15th, my brother Tomasz can bring the car. Is this ok?
Mateusz Jankowski"""
    reply = """Dear Mr. Jankowski,

vandalism is covered under your fully comprehensive cover (deductible 300 EUR). Your brother can bring the car to the workshop, please give him the claim number S-25-010977. We will pay 2.650 EUR to the workshop directly.

Kind regards
Jana Brückner

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>", "Mateusz Jankowski <m.jankowski@gmx.example>",
             "RE: car scratched", "2025-02-04 09:05", reply, reply=True)
    return m, C, "en", "insurer-to-customer", "motor vandalism claim, plate, policy, named customer"


def m054():
    body = """Hello Tobias,

test cases for the new portal birth date field are in the attached csv. All persons are fictitious (Max Mustermann etc), the IBAN is the published example DE89 3704 0044 0532 0130 00.
The bug: 29.02.2000 is shown as 01.03.2000 in the contract view.

Pozdrawiam / Grüße
Krzysztof Mazur
QA - external contractor"""
    csv = "testcase;name;geburtsdatum;iban;expected\r\nTC01;Max Mustermann (fiktiv);01.01.1970;DE89370400440532013000;ok\r\nTC02;Erika Musterfrau (fiktiv);29.02.2000;DE89370400440532013000;29.02.2000\r\nTC03;Test Kunde (fiktiv);31.12.1999;;ok\r\n"
    m = mail("Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>", "QA Portal <qa-portal@lindenhof-versicherung.example>",
             "Fw: testcases geburtsdatum portal", "2025-03-05 15:40",
             "zur Info, Tests von Krzysztof\n\n---------- Forwarded message ---------\n" + body,
             atts=[att("testcases_geburtsdatum.csv", csv, "text/csv", "utf-8")])
    return m, N, "mixed", "internal", "trap: fictitious test persons with published example IBAN"


def m055():
    body = """Dear Sir/Madam,

I write because of my daughter Aisha, she is 14, she needs braces. The orthodontist Dr. Rammelkamp made a treatment plan (Heil- und Kostenplan) for 4.870 EUR, KIG 4, for 3 years. She is insured in my private health plan KV-5527318 as child. How much you pay? Please answer soon because we need to sign next week.

Best
Omar Haddad"""
    reply = """Dear Mr. Haddad,

for your daughter Aisha the orthodontic treatment plan (KIG 4) of Dr. Rammelkamp is covered under tariff Vital Komfort at 80 %, i.e. up to 3.896 EUR over the treatment period. Please send the invoices quarterly.

Kind regards
Health Benefits Service

> """ + body.replace("\n", "\n> ")
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>", "Omar Haddad <omar.haddad@gmail.example>",
             "RE: braces for my daughter", "2025-01-09 14:22", reply, reply=True)
    return m, S, "en", "insurer-to-customer", "orthodontic treatment plan of a named child, health insurance"


def m056():
    body = """Hi all,

Reminder: PLEASE no health data on whatsapp, sms or private mail!! We had 2 cases last month where agents sent photos of doctor letters over whatsapp to the office. Use the upload in the agent app or the SecureMail portal. This is not optional, the data protection officer will check.

thanks
Kevin Schuster
Sales Directorate"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>", "Agenturen OWL <agenturen-owl@lindenhof-versicherung.example>",
             "NO health data on whatsapp!!", "2024-08-26 07:45", body)
    return m, N, "en", "internal", "trap: rule against sending doctor letters by WhatsApp, no person"


def m057():
    body = """Hi,

Mrs Deborah Mensah, Hellweg 51, 33330 Gütersloh - legal expenses RS-8801724 - she wants cover for a dispute with her landlord, he keeps 1.850 EUR of the deposit for "renovation". She has the handover protocol with no defects. Lawyer would be Kanzlei Dreier. Can you issue the cover note directly to the lawyer?

Cheers
Emre"""
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>", "Rechtsschutz <rechtsschutz@lindenhof-versicherung.example>",
             "RS Mensah tenancy", "2025-04-14 17:55", body)
    return m, C, "en", "internal", "legal expenses: named customer's tenancy dispute, address, policy"


def m058():
    body = """Hi Petra,

new list of my customers with storm damage, we did the roofs this week. Invoices follow.

Thanks
Alois Brandl"""
    csv = ("Kunde;Adresse;Schaden-Nr;Arbeiten;Betrag\r\n"
           "Wendland E. u. K.;Hagebuttenweg 3, 32051 Herford;S-25-004471;First, Pappe Anbau;4869,94\r\n"
           "Schröder Gisela;Am Berge 8, 32049 Herford;S-25-004590;6 Ziegel, Dachrinne;812,00\r\n"
           "Kuhlmann Heinz;Lindenstr. 2, 32052 Herford;S-25-004611;Notsicherung Plane;380,00\r\n")
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Schadenakte <schadenakte@lindenhof-versicherung.example>",
             "WG: list storm customers", "2025-01-31 12:30",
             "zur Ablage, Liste vom Dachdecker Brandl.\n\n--- Forwarded ---\nFrom: Alois Brandl <info@dachdeckerei-brandl.example>\n" + body,
             atts=[att("kunden_sturm.csv", csv.encode("windows-1252"), "application/vnd.ms-excel")])
    return m, C, "mixed", "tradesman", "roofer's CSV with named customers, addresses, claim numbers (attachment only)"


def m059():
    body = """Dear Mr. Schulte,

thank you for your interest in a position with us. Unfortunately, the position "Claims handler health insurance (m/f/d)" has already been filled. We will keep your application on file for 6 months if you agree.

Kind regards
HR Team"""
    m = mail("HR Team <hr@lindenhof-versicherung.example>", "Jan Schulte <jan.schulte.bewerbung@web.example>",
             "Your application", "2024-09-05 10:00", body)
    return m, N, "en", "insurer-to-applicant", "trap: rejection for a health-claims job, no sensitive data of the applicant"


def m060():
    body = """hello

i want to ask about my travel insurence. we booked cruise for 4.200 eur with TUI, in june, but now my company closed and i lost my job in february. can we cancel and get money back? booking nr TU-88120431, insurance RR-2256190.
Roberto Ferrante"""
    reply = """Dear Mr. Ferrante,

unexpected loss of employment by the employer's termination is an insured event under your travel cancellation insurance. Please send us the termination letter, the booking confirmation and the cancellation invoice of TUI. The cancellation fee will be reimbursed minus 20 % deductible.

Kind regards
Travel Claims

> """ + body.replace("\n", "\n> ")
    m = mail("Reiseschaden <reiseschaden@lindenhof-versicherung.example>", "Roberto Ferrante <r.ferrante@libero.example>",
             "RE: cancel cruise", "2025-03-02 11:11", reply, reply=True)
    return m, C, "en", "insurer-to-customer", "travel cancellation due to job loss, booking, no health"


def m061():
    body = """hallo Frau Hartwig

anbei die Rechnung vom Heilpraktiker, Akkupunktur und Schröpfen wegen meiner Migräne, 8 sitzungen, 640 euro. Hatte ja gefragt ob das bezahlt wird, sie hatten ja gesagt Heilpraktiker ist drin bis 1000 im Jahr.
Versichertennr. 0044-8812-7
Lg Bettina Grundmann"""
    reply = """Hallo Frau Grundmann,

danke, ist angekommen. Heilpraktikerleistungen erstatten wir nach GebüH bis 1.000 EUR im Kalenderjahr. Die Abrechnung bekommen Sie in ca. 10 Tagen.

Viele Grüße
Svenja Hartwig

-----Ursprüngliche Nachricht-----
Von: Bettina Grundmann <b.grundmann@t-online.example>
Gesendet: Freitag, 14. Juni 2024 21:33
An: svenja.hartwig@lindenhof-versicherung.example
Betreff: Rechnung HP

""" + body
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Bettina Grundmann <b.grundmann@t-online.example>",
             "AW: Rechnung HP", "2024-06-17 09:30", reply, reply=True, charset="iso-8859-1")
    return m, S, "de", "insurer-to-customer", "naturopath invoice for acupuncture due to migraine"


def m062():
    body = """Hallo zusammen,

kurze Info: Sabine Kröger fällt länger aus, sie hat sich am Wochenende beim Skifahren das Schienbein gebrochen und wird Mittwoch operiert, mind. 6 Wochen. Die Vertretung für ihre Agenturen übernimmt Timo. Bitte Anfragen direkt an ihn, und schickt ihr ne Karte, sie freut sich bestimmt.

Gruß
Kevin"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>", "Vertrieb Innendienst <vertrieb-id@lindenhof-versicherung.example>",
             "Vertretung Sabine", "2024-10-07 08:10", body)
    return m, S, "de", "internal", "colleague's leg fracture and surgery disclosed in a staffing mail"


def m063():
    body = """Sehr geehrter Herr Gerdes,

zu Ihrer Anfrage: Ihr Rechtsschutzvertrag RS-4409812 umfasst Arbeitsrechtsschutz. Für die Kündigungsschutzklage gegen die Firma Beckhoff Metallbau geben wir Deckungszusage für die erste Instanz. Sie haben angegeben, dass Sie ein Bruttogehalt von 3.480 EUR hatten; der Streitwert (3 Bruttomonatsgehälter) beträgt damit 10.440 EUR. Die Selbstbeteiligung beträgt 250 EUR.

Mit freundlichen Grüßen
Rechtsschutz-Service

Am 22.07.2024 um 06:58 schrieb Uwe Gerdes:
> moin
> hab ne kündigung bekommen nach 14 jahren, angeblich betriebsbedingt aber die andern bleiben alle. hab 3480 brutto gehabt. anwalt sagt klage einreichen innerhalb 3 wochen. zahlt ihr das? RS-4409812
> uwe gerdes"""
    m = mail("Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>", "Uwe Gerdes <uwe.gerdes@gmx.example>",
             "AW: kündigung", "2024-07-23 10:00", body, reply=True)
    return m, C, "de", "insurer-to-customer", "employment legal expenses cover, salary of named customer"


def m064():
    body = """Servus Herr Pohlmann,

ich hab die Zeitung gelesen, die Pflegereform, und die sagen das man privat vorsorgen soll. Was kost sowas bei ihnen für mich ungefähr? Ich bin Jahrgang 66 und gesund bis auf Blutdruck, nehm Ramipril 5 mg. Bin schon bei ihnen mit Auto und Haus.
Gruß Manfred Tölle"""
    reply = """Hallo Herr Tölle,

gerne komme ich mal vorbei und rechne Ihnen was aus. Beim Pflegetagegeld fragt der Antrag nach Vorerkrankungen; gut eingestellter Blutdruck ist meistens kein Problem. Für Jahrgang 1966 liegen Sie bei Pflegegrad-5-Leistung 1.500 EUR so um 45-60 EUR im Monat. Passt Ihnen Dienstag 18 Uhr?

Gruß
Dieter Pohlmann

""" + "\n".join("> " + l for l in body.split("\n")) + IPHONE
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Manfred Tölle <m.toelle@t-online.example>",
             "AW: Pflege", "2024-04-15 20:12", reply, reply=True)
    return m, S, "de", "insurer-to-customer", "prospect's hypertension and medication, existing customer"


def m065():
    body = """Liebe Agenturen,

ab 01.01.2025 gelten im Antrag Risikoleben neue Gesundheitsfragen:
- Frage 3 (Behandlungen letzte 5 Jahre) wird auf 3 Jahre verkürzt
- Frage 5 (psychische Erkrankungen) fragt nur noch stationäre Behandlungen und ambulante Psychotherapie > 10 Sitzungen ab
- Neu: BMI wird aus Größe/Gewicht automatisch berechnet, Grenze 35

Die alten Anträge sind bis 31.01. noch gültig. Neuer Antragsdruck im Materialshop.

Vertriebsunterstützung Leben"""
    m = mail("Vertriebsunterstützung Leben <vu-leben@lindenhof-versicherung.example>", "Alle Agenturen <agenturen@lindenhof-versicherung.example>",
             "Neue Gesundheitsfragen Risikoleben ab 1.1.2025", "2024-12-02 08:00", body)
    return m, N, "de", "internal", "trap: new health questions in term life application, no person"


def m066():
    html = """<html><body>
<p>Hallo Herr Ahrens,</p>
<p>hier die Übersicht Ihrer eingereichten Belege (Stand 04.03.2025):</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th>Datum</th><th>Leistungserbringer</th><th>Art</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>08.01.2025</td><td>Dr. med. K. Böhm, Kardiologie</td><td>Langzeit-EKG, Echo</td><td>412,80</td><td>412,80</td></tr>
<tr><td>15.01.2025</td><td>Löwen-Apotheke</td><td>Bisoprolol 5 mg, Apixaban 5 mg</td><td>118,20</td><td>118,20</td></tr>
<tr><td>29.01.2025</td><td>Herzzentrum OWL</td><td>Kardioversion (Vorhofflimmern)</td><td>2.390,14</td><td>2.390,14</td></tr>
</table>
<p>Viele Grüße<br>Leistungsservice Kranken</p></body></html>"""
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>", "Gerd Ahrens <gerd.ahrens@web.example>",
             "Ihre Belege", "2025-03-04 11:20", html=html, html_only=True)
    return m, S, "de", "insurer-to-customer", "HTML-only table of cardiology invoices, atrial fibrillation, medicines"


def m067():
    body = """Hallo Frau Brückner,

ich hab gestern abend aufm Heimweg ein Reh erwischt, Landstraße zwischen Extertal und Barntrup. Reh ist tot, Polizei war da und hat Wildunfallbescheinigung gemacht. Frontschürze und Scheinwerfer rechts kaputt, Auto fährt noch.
Mir is nix passiert.
Kennzeichen LIP-AW 312, Ford Focus, Teilkasko bei Ihnen
Gruß Annika Wehmeier"""
    fw = """hi jana, wildunfall, teilkasko, bescheinigung liegt vor. kannst du anlegen?
aylin

Anfang der weitergeleiteten Nachricht:

> Von: Annika Wehmeier <annika.wehmeier@gmx.example>
> Datum: 6. November 2024 um 07:31:12 MEZ
> An: Aylin Demir <aylin.demir@lindenhof-versicherung.example>
> Betreff: Reh
>
""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Aylin Demir <aylin.demir@lindenhof-versicherung.example>", "Jana Brückner <jana.brueckner@lindenhof-versicherung.example>",
             "WG: Reh", "2024-11-06 08:02", fw)
    return m, C, "de", "customer", "deer collision, named customer, plate; not hurt"


def m068():
    body = """Hallo,

Kurze Rückmeldung zur Druckerstörung im 2. OG (Gerät PRN-2-04, Scan-Station Arztrechnungen): der Einzug zieht schief, Scans kommen nur schwarz-weiß und mit Streifen. Techniker ist für Mittwoch bestellt. Bis dahin bitte den Scanner im 3. OG nutzen.

IT Servicedesk
Ticket #INC-2024-88213"""
    m = mail("IT Servicedesk <it-servicedesk@lindenhof-versicherung.example>", "Team Leistung <team-leistung@lindenhof-versicherung.example>",
             "Störung Scanner 2.OG [INC-2024-88213]", "2024-10-14 13:40", body)
    return m, N, "de", "internal", "trap: scanner fault at medical-invoice scan station"


def m069():
    body = """Halo sehr geehrte damen und heren

Mein Vater Mehmet Kaya war in Türkei in urlaub und hat bekommen Schlaganfall in Antalya am 28 juni. Er liegt in Krankenhaus Medical Park Antalya auf intensiv station, er kann nicht sprechen und rechte seite gelähmt. Die artze sagen er kann fliegen nur mit Ambulanz flugzeug. Er hat Auslandskrankenversicherung bei ihnen seit viele jahre über Herr Pohlmann, nummer AR-3312908.
Wer zahlt das flugzeug? Bitte schnell antworten wir sind sehr verzweifelt

Hakan Kaya (Sohn)
0157 88120944"""
    fw = """Dringend - Rücktransport, bitte Assistance sofort einschalten, ärztlicher Bericht aus Antalya angefordert.
Dieter

---------- Weitergeleitete Nachricht ---------
Von: Hakan Kaya <hakan.kaya@hotmail.example>
Datum: Sa., 29. Juni 2024 um 23:50 Uhr
Betreff: vater schlaganfall türkei
An: dieter.pohlmann@lindenhof-versicherung.example

""" + body + IPHONE
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Assistance Team <assistance@lindenhof-versicherung.example>",
             "WG: vater schlaganfall türkei", "2024-06-30 08:12", fw)
    return m, S, "de", "relative", "son reports father's stroke abroad, intensive care, paralysis, repatriation"


def m070():
    body = """Hallo Herr Lenz,

ich möchte mich als Handwerksbetrieb bei Ihnen für den Handwerkerservice (Leitungswasser / Trocknung) bewerben. Wir sind ein Meisterbetrieb SHK mit 8 Mitarbeitern in Bad Salzuflen, 24h Notdienst, Leckageortung mit Thermografie und Tracergas.
Gibt es ein Formular oder Voraussetzungen?

Mit freundlichen Grüßen
Stefan Hoffmann
Sanitär Hoffmann GmbH"""
    reply = """Hallo Herr Hoffmann,

danke für Ihr Interesse. Voraussetzungen: Meisterbetrieb, Betriebshaftpflicht mind. 3 Mio. EUR, Reaktionszeit 4 Stunden, Abrechnung nach unserem Preisverzeichnis 2025. Das Bewerbungsformular schicke ich Ihnen als Anhang.

Christoph Lenz
Teamleitung Schaden Sach

""" + "\n".join("> " + l for l in body.split("\n"))
    form = docx(["Bewerbung Handwerkernetz Lindenhof", "Firma: ____________", "Gewerk: ____________",
                 "Ansprechpartner: ____________", "Einsatzgebiet (PLZ): ____________", "Notdienst 24h: ja / nein",
                 "Nachweis Betriebshaftpflicht beifügen"])
    m = mail("Christoph Lenz <christoph.lenz@lindenhof-versicherung.example>", "Stefan Hoffmann <info@sanitaer-hoffmann.example>",
             "AW: Handwerkerservice", "2025-02-25 10:30", reply, atts=[att("Bewerbung_Handwerkernetz.docx", form)], reply=True)
    return m, N, "de", "insurer-to-supplier", "trap: tradesman applies to repair network, blank form"


def m071():
    body = """hallo marco hier nochmal der kunde jürgen bökamp von mir. er hat jetzt die diagnose lungenkrebs bekommen nicht kleinzellig stadium 3 und fängt nächste woche chemo an. er fragt ob die BU zahlt, er ist dachdecker und kann jetzt natürlich gar nix mehr. BU vertrag BU-3301877 mit 1.800 rente. er ist fix und fertig. was braucht ihr alles? ich würd ihm gern helfen das er nicht noch stress mit papierkram hat
gruss dieter

Gesendet von meinem iPhone"""
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "kunde bökamp BU", "2025-02-14 18:55", body)
    return m, S, "de", "internal", "agent: named customer's lung cancer, chemotherapy, disability claim"


def m072():
    body = """Sehr geehrte Damen und Herren,

wir bestätigen den Abholtermin für die Aktenvernichtung am Freitag, 27.09.2024, ab 7:00 Uhr, Tor 2:
- 14 Sicherheitsbehälter 240 l (Schutzklasse 3, Sicherheitsstufe P-4)
- Vernichtung im geschlossenen Fahrzeug vor Ort
- Vernichtungsprotokoll per Mail an datenschutz@lindenhof-versicherung.example

Mit freundlichen Grüßen
Frank Möllenbrock"""
    m = mail("Frank Möllenbrock <frank.moellenbrock@lindenhof-versicherung.example>", "dispo@aktenwolf-entsorgung.example",
             "Abholung Aktenvernichtung 27.09.", "2024-09-20 14:00", body)
    return m, N, "de", "insurer-to-supplier", "trap: shredding of confidential files, no content"


def m073():
    body = """Liebe Frau Hartwig,
ich hätte gern gewusst ob mein Mann und ich noch Geld zurückbekommen für die Kinderwunschbehandlung. Wir hatten jetzt den 3. Versuch ICSI im Kinderwunschzentrum Bielefeld, leider wieder negativ. Die Rechnung ist 4.960 Euro. Die ersten zwei haben sie bezahlt. Ich bin 38.
Unsere Nummer ist KV-6630218, ich bin die versicherte Person.
Danke für ihre Geduld
Kathrin Meyer-Oelze"""
    reply = """Liebe Frau Meyer-Oelze,

das tut mir sehr leid. Ihr Tarif erstattet bis zu drei Versuche ICSI, der dritte Versuch ist also noch versichert. Bitte reichen Sie die Rechnung mit dem Behandlungsplan ein.

Herzliche Grüße
Svenja Hartwig

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Kathrin Meyer-Oelze <kathrin.mo@web.example>",
             "AW: Kinderwunsch Rechnung", "2024-12-03 10:48", reply, reply=True, cte="base64")
    return m, S, "de", "insurer-to-customer", "IVF/ICSI treatment of named customer, base64 body"


def m074():
    body = """Hallo liebe Kollegen,

nur zur Info: es hat jemand seinen Joghurt (Erdbeere, mit Namen "FINGER WEG") aus dem Kühlschrank in der Teeküche 4. OG gegessen. Nicht cool Leute!!

Ein genervter Kollege"""
    m = mail("Tim Bökemeier <tim.boekemeier@lindenhof-versicherung.example>", "Etage 4 <etage4@lindenhof-versicherung.example>",
             "JOGHURT", "2024-07-11 12:31", body)
    return m, N, "de", "internal", "office chatter"


def m075():
    body = """Hallo Frau Voss

ich bin Maler und Lackierer (selbstständig, 1 Mann Betrieb) und bei einer kundin Frau Gisela Stöver in Detmold, Palaisstr. 4, ist mir heute die Leiter umgefallen und hat das Parkett zerkratzt und die Glasvitrine zerstört, die war wohl antik. Verletzt hat sich keiner. Betriebshaftpflicht bei Ihnen BH-1102293.
Frau Stöver ist sehr sauer, was soll ich machen?
Grüße
Ludger Hüttemann
Malerbetrieb Hüttemann"""
    reply = """Hallo Herr Hüttemann,

danke für Ihre Meldung, der Schaden ist unter H-24-009132 angelegt. Bitte geben Sie Frau Stöver unsere Schadennummer; sie soll Fotos und, falls vorhanden, einen Kaufnachweis der Vitrine schicken. Ein Anerkenntnis geben Sie bitte nicht ab.

Mit freundlichen Grüßen
Andrea Voss
Haftpflichtschaden

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Andrea Voss <andrea.voss@lindenhof-versicherung.example>", "Ludger Hüttemann <maler.huettemann@web.example>",
             "AW: Schaden bei Kundin", "2024-08-29 15:44", reply, reply=True)
    return m, C, "de", "insurer-to-customer", "sole trader's business liability claim, named third party, address; nobody hurt"


def m076():
    body = """Gude,

wollt nur sagen die neue App is super aber beim Foto hochladen von Rechnungen stürzt sie ab wenn man mehr als 5 Bilder nimmt. Android 14, Pixel 7. Grüße aus Bad Oeynhausen

Ein Kunde"""
    reply = """Hallo,

vielen Dank für Ihren Hinweis! Der Fehler ist bekannt und wird mit dem Update 3.2.1 nächste Woche behoben. Bis dahin bitte maximal 5 Bilder je Upload.

Ihr App-Team Lindenhof

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("App-Team <app@lindenhof-versicherung.example>", "tw.oeynhausen@gmail.example", "AW: App stürzt ab",
             "2025-05-05 09:00", reply, reply=True)
    return m, N, "de", "insurer-to-customer", "app bug feedback, no personal data"


def m077():
    body = """Hallo Petra,
anbei die Unterlagen vom Kunden Jens Oberbeck, Keller unter Wasser nach Starkregen 12.7., Elementar mitversichert WG-0721844. Fotos und Liste im zip.
Gruß Emre"""
    liste = ("Gegenstand;Alter;Neupreis\r\nGefriertruhe Bosch;4 Jahre;649\r\nWaschmaschine Miele;2 Jahre;1.099\r\n"
             "Heizungssteuerung;12 Jahre;2.300\r\nWinterreifen 4x;1 Jahr;720\r\n")
    info = "Versicherungsnehmer: Jens Oberbeck\r\nAdresse: Am Siekbach 21, 32584 Löhne\r\nVertrag: WG-0721844 (Elementar)\r\nTelefon: 05731 981204\r\nSchadentag: 12.07.2024, Starkregen, Wasserstand Keller ca. 40 cm\r\n"
    z = zipfile_of([("Oberbeck_Keller/schadenliste.csv", liste.encode("windows-1252")),
                    ("Oberbeck_Keller/angaben.txt", info.encode("utf-8"))])
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>", "Petra Albers <petra.albers@lindenhof-versicherung.example>",
             "oberbeck keller", "2024-07-15 19:02", body, atts=[att("Oberbeck_Keller.zip", z)])
    return m, C, "de", "internal", "flood damage claim, named customer details in a ZIP"


def m078():
    body = """Hallo zusammen,

Vorabinfo ICD-10-GM 2025: es gibt u.a. neue Kodes für Long-COVID-Folgezustände (U09.9 bleibt), Präzisierungen bei den Adipositas-Graden (E66.-) und bei den Verletzungen der Wirbelsäule. Die Regelwerke im Leistungssystem werden zum 01.01. aktualisiert. Bitte ab Januar die neuen Kataloge im Prüftool verwenden.

Dr. Stefanie Wirtz
Beratungsärztin"""
    m = mail("Dr. Stefanie Wirtz <stefanie.wirtz@lindenhof-versicherung.example>", "Team Leistung <team-leistung@lindenhof-versicherung.example>",
             "ICD-10-GM 2025", "2024-12-16 12:00", body)
    return m, N, "de", "internal", "trap: ICD-10-GM catalogue update with codes, no patient"


def m079():
    body = """Sehr geehrte Frau Lehmkuhl,

leider müssen wir Sie daran erinnern, dass der Beitrag für Ihre private Krankenversicherung KV-3391045 für Januar und Februar (je 612,38 EUR) noch offen ist. Bitte überweisen Sie 1.224,76 EUR bis zum 15.03.2025. Sollten Sie in finanziellen Schwierigkeiten sein, sprechen Sie uns bitte an, z. B. wegen eines Wechsels in den Basistarif.

Mit freundlichen Grüßen
Beitragsservice Kranken

> hallo, ich kann grad nicht zahlen weil mein laden zu ist, zahle ende märz alles auf einmal ok? Nicole Lehmkuhl"""
    m = mail("Beitragsservice Kranken <beitrag-kranken@lindenhof-versicherung.example>", "Nicole Lehmkuhl <nicole.lehmkuhl@web.example>",
             "AW: Mahnung", "2025-03-01 09:15", body, reply=True)
    return m, S, "de", "insurer-to-customer", "premium arrears on a named customer's health insurance"


def m080():
    body = """Hallo Herr Reinholz,

ich bin Makler (Einzelfirma, 1 Person) und habe mein Passwort für das Maklerportal vergessen, die Sicherheitsfrage weiss ich auch nich mehr (Name erstes Haustier?? hatte nie eins lol). Vermittlernummer 70-4412. Können Sie das zurücksetzen?
Gruß Holger Brandt"""
    reply = """Hallo Herr Brandt,

Passwort und Sicherheitsfrage kann nur Ihr Makleradministrator oder unsere Vermittlerbetreuung zurücksetzen. Sie bekommen gleich per Post ein neues Initialpasswort an Ihre Firmenanschrift.

Gruß
Tobias Reinholz

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>", "Holger Brandt <post@brandt-versicherungen.example>",
             "AW: Passwort Portal", "2024-09-09 11:00", reply, reply=True)
    return m, N, "de", "insurer-to-broker", "password reset request, no secrets sent"


def m081():
    body = """Dear Mr. Adeyemi,

your e-bike was found by the police and returned to you undamaged, so we have closed the theft claim S-24-122904 without payment. Thank you for letting us know so quickly.

Kind regards
Petra Albers

-----Original Message-----
From: Tunde Adeyemi <tunde.adeyemi@gmail.example>
Sent: Saturday, 14 September 2024 12:40
Subject: bike found!!!

good news the police found my bike in a garden in Sennestadt!! not damaged only the bell missing haha. so u can stop the claim. policy HR-0881207
Tunde"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Tunde Adeyemi <tunde.adeyemi@gmail.example>",
             "RE: bike found!!!", "2024-09-16 08:44", body, reply=True)
    return m, C, "en", "insurer-to-customer", "closed theft claim of named customer, policy number"


def m082():
    body = """Hi Marco,

see below - customer asks about a loan on her life policy. please send her the loan conditions.

Svenja

---------- Forwarded message ---------
From: Maria Papadopoulos <maria.papadopoulos@yahoo.example>
Date: Mon, 9 Sep 2024 at 21:14
Subject: money from life insurance?

hello, can I take a loan from my life insurance LV-2207746 ? I need 8.000 euro for my daughters wedding in Thessaloniki and bank say no. I pay since 2006. how much interest?
thank u
Maria"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "Fwd: money from life insurance?", "2024-09-10 08:30", body)
    return m, S, "en", "customer", "policy loan on a named customer's life insurance"


def m083():
    body = """Hello colleagues,

KPI dashboard Krankenvoll, week 46:
- Belege eingegangen: 18.412 (Vorwoche 17.960)
- Durchlaufzeit Median 4,1 Tage (Ziel 5)
- Dunkelverarbeitungsquote 63 %
- Rückstand > 10 Tage: 1.108 Belege, mainly Zahn & Hilfsmittel

Top 3 Rückfragen an Kunden: fehlende Diagnose auf Rechnung, Verordnung fehlt, GOÄ-Faktor > 3,5 ohne Begründung.

Cheers
Liam"""
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Management Kranken <mgmt-kranken@lindenhof-versicherung.example>",
             "KPI KV week 46", "2024-11-18 17:10", body)
    return m, N, "mixed", "internal", "trap: aggregated claims KPIs mentioning diagnoses and prescriptions"


def m084():
    body = """HELLO

I HAVE CAR ACCIDENT YESTERDAY NIGHT ON A2 NEAR REHDA. A TRUCK CHANGE LANE AND HIT MY CAR. MY FRIEND WHO SIT NEXT TO ME HIT HEAD ON WINDOW, HE HAS CUT AND THEY MAKE 5 STITCHES IN HOSPITAL GÜTERSLOH AND CT SAY NO BLEEDING IN BRAIN. HE IS OK NOW. MY CAR GT-AB 990 CAN NOT DRIVE. TRUCK DRIVER POLISH, I HAVE HIS INSURANCE PAPER PHOTO.
MY POLICY KF-4450921
ABDULLAH BAKR"""
    fw = """Personenschaden beim Beifahrer (Platzwunde, CT). Gegner haftet wohl, bitte Regress prüfen. Kunde in Englisch antworten.
Jana

>>> """ + body.replace("\n", "\n>>> ")
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>", "Personenschaden <personenschaden@lindenhof-versicherung.example>",
             "FW: CAR ACCIDENT A2", "2024-12-09 09:20", fw)
    return m, S, "en", "customer", "motor accident: passenger's head wound, stitches, CT scan"


def m085():
    body = """Dear customer,

your new document is available in your Lindenhof SecureMail portal. For security reasons we do not send the content by e-mail.

Log in: portal.lindenhof-versicherung.example

This is an automated message. Please do not reply."""
    m = mail("Lindenhof SecureMail <noreply@lindenhof-versicherung.example>", "k.lindner@outlook.example",
             "New message in your portal", "2025-01-15 06:00", body, headers=[("Auto-Submitted", "auto-generated")])
    return m, N, "en", "insurer-to-customer", "trap: portal notification without content"


def m086():
    body = """Hi Andrea,

our neighbour's dog got bitten by our dog Rocky (a Labrador) in the park, on 19 Oct. The other dog (Bella, a small terrier of Mrs. Ulrike Harms, Finkenweg 9, Bielefeld) needed 4 stitches at the vet and antibiotics, vet bill is 287 EUR. We have dog liability TH-0981723. Mrs Harms will send the bill to you directly.
Sorry for trouble
Peter & Linda Sørensen"""
    reply = """Dear Mr. and Mrs. Sørensen,

thank you, claim H-24-010512 is opened. We will settle the vet bill directly with Mrs. Harms once we receive it.

Kind regards
Andrea Voss

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Andrea Voss <andrea.voss@lindenhof-versicherung.example>", "Peter Sørensen <p.sorensen@gmail.example>",
             "RE: dog bite in the park", "2024-10-21 10:02", reply, reply=True)
    return m, C, "en", "insurer-to-customer", "dog liability: third party's dog injured (animal health), named persons, address"


def m087():
    body = """Hi Frank,

just to let you know: someone left a pair of reading glasses (brown frame) and an asthma inhaler in meeting room 4.12 after the broker event yesterday. Both are at the reception now.

Melanie
Reception"""
    m = mail("Melanie Jostmeier <melanie.jostmeier@lindenhof-versicherung.example>", "Frank Möllenbrock <frank.moellenbrock@lindenhof-versicherung.example>",
             "lost and found 4.12", "2024-05-23 09:15", body)
    return m, N, "en", "internal", "trap: lost inhaler and glasses, owner unknown"


def m088():
    body = """Sehr geehrter Herr Pollmeier,

anbei wie besprochen.

Mit freundlichen Grüßen
Jana Brückner"""
    sepa = pdf(["Lindenhof Versicherung AG - SEPA-Lastschriftmandat", "Glaeubiger-ID DE98ZZZ00000412233",
                "Mandatsreferenz KF-5523014-01", "Kontoinhaber: Wilfried Pollmeier", "Anschrift: Weserstr. 77, 32423 Minden",
                "IBAN: DE92 8783 3713 7008 9676 07", "Vertrag: Kfz KF-5523014 (MI-WP 48)",
                "Ort/Datum: Minden, 14.05.2024   Unterschrift: ____________"])
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>", "Wilfried Pollmeier <w.pollmeier@t-online.example>",
             "AW: lastschrift", "2024-05-14 11:30", body, atts=[att("SEPA-Mandat_KF-5523014.pdf", sepa)], reply=True)
    return m, C, "de", "insurer-to-customer", "body harmless; SEPA mandate with IBAN and motor policy only in PDF"


def m089():
    body = """Hi there,

I am broker in Hamburg, small office, mostly expats. I have a question for a potential client, no names yet: does your travel health (annual) cover pre-existing conditions if stable 12 months? And is there age limit? Client is late 60s.

Thanks, Ahmad
Ahmad Rahimi Insurance Services"""
    reply = """Hi Ahmad,

pre-existing conditions are excluded only if treatment was planned before the trip; stable chronic conditions are covered for acute worsening. Maximum entry age for the annual policy is 75. Product sheet attached.

Best
Liam Carter
International Desk

""" + "\n".join("> " + l for l in body.split("\n"))
    pinfo = pdf(["Lindenhof TravelCare Annual - product sheet", "Max. entry age 75", "Max. trip length 56 days",
                 "Pre-existing conditions: covered if not planned treatment", "Repatriation: medically reasonable"])
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Ahmad Rahimi <ahmad@rahimi-insurance.example>",
             "RE: travel health question", "2024-06-20 15:02", reply, atts=[att("TravelCare_Annual.pdf", pinfo)], reply=True)
    return m, N, "en", "insurer-to-broker", "trap: broker's anonymous product question about pre-existing conditions"


def m090():
    body = """moin frau albers, hier der rest vom kram wie abgesprochen, bitte zeitnah auszahlen, bin auf das geld angewiesen
klaus"""
    b = pdf(["Aufstellung gestohlener Gegenstaende - Klaus Wittkamp", "Vertrag HR-0330581, Schaden S-24-108830",
             "Anschrift: Tecklenburger Str. 3, 33790 Halle (Westf.)",
             "Bohrmaschine Makita 239 EUR", "Fernseher Samsung 55 Zoll 899 EUR", "Lederjacke 320 EUR",
             "Bitte Auszahlung auf DE85 4796 7830 6101 5670 46 (Klaus Wittkamp)"])
    fw_inner = inner("Klaus Wittkamp <klaus.wittkamp@gmx.example>", "petra.albers@lindenhof-versicherung.example",
                     "kram", "2024-06-03 22:10", body)
    fw_inner.add_attachment(b, maintype="application", subtype="octet-stream", filename="scan0001.pdf")
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Regulierung <regulierung-sach@lindenhof-versicherung.example>",
             "WG: kram", "2024-06-04 08:20", "bitte auszahlen, ist geprüft.\nP.A.", atts=[fw_inner])
    return m, C, "de", "customer", "forwarded mail with scanned list, IBAN, policy, address only in nested attachment"


def m091():
    body = """Sehr geehrte Frau Rüther,

Sie haben uns gefragt, ob die Zahnreinigung für Ihren Sohn bezahlt wird. Leider nein: Ihr Sohn Finn ist bei uns nicht versichert, sondern nur in der gesetzlichen Krankenkasse über Ihren Mann.

Mit freundlichen Grüßen
Svenja Hartwig

Am 18.02.2025 um 15:02 schrieb Tanja Rüther:
> Hallo wird die PZR für meinen Sohn Finn (9) bezahlt, war heute bei Dr. Kamps, 95 €, hab Zahnzusatz bei Ihnen KZ-8812095 ?"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Tanja Rüther <tanja.ruether@web.example>",
             "AW: PZR Sohn", "2025-02-19 09:00", body, reply=True)
    return m, S, "de", "insurer-to-customer", "child's dental cleaning at named dentist, customer's dental policy"


def m092():
    body = """Hallo zusammen!

Betriebsausflug 2024 geht am 13.09. zum Hermannsdenkmal mit anschließendem Grillen am Donoper Teich. Abfahrt Bus 9:00 Uhr am Haupteingang. Vegetarische Alternative gibts. Bitte bis 30.08. im Sharepoint eintragen.

Euer Orga-Team"""
    m = mail("Orga-Team <betriebsausflug@lindenhof-versicherung.example>", "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "Betriebsausflug 13.09.", "2024-08-12 10:00", body)
    return m, N, "de", "internal", "company outing"


def m093():
    body = """Hallo Frau Voss,

ich bin Tierhalter von einem Pferd (Stute "Lotte"), das ist am Sonntag aus der Koppel ausgebrochen weil jemand das Tor offen gelassen hat und hat auf dem Parkplatz vom Reiterhof ein Auto getreten, Delle in der Tür und Spiegel ab. Das Auto gehört Herrn Dominik Rahe, Kennzeichen HF-DR 777. Tierhalterhaftpflicht bei ihnen TH-2207130.
Grüße Verena Fricke"""
    reply = """Hallo Frau Fricke,

danke, wir haben den Schaden unter H-25-003881 aufgenommen und melden uns bei Herrn Rahe.

Gruß
Andrea Voss

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Andrea Voss <andrea.voss@lindenhof-versicherung.example>", "Verena Fricke <verena.fricke@freenet.example>",
             "AW: Pferd hat Auto getreten", "2025-03-25 11:40", reply, reply=True)
    return m, C, "de", "insurer-to-customer", "horse liability claim, named third party and plate"


def m094():
    body = """Dear Sir,

I am project manager of a big construction company and we have group accident insurance with you (GU-5540019, Bau-Union Nord GmbH). Yesterday one of our workers, Mr. Vasile Popescu, fell from scaffolding about 3 m. He has fractured pelvis and 2 ribs, now in BG Klinikum Bergmannstrost? No sorry, BG Klinik Hamm. Operation tomorrow.
Please send the accident form in english or romanian if you have.

Best regards
Gheorghe Ionescu
Bau-Union Nord GmbH"""
    reply = """Dear Mr. Ionescu,

thank you for the report. We have opened claim U-24-004418. The accident report form (German/English) is attached; Romanian is unfortunately not available. Please also send the contact details of Mr. Popescu's family.

Kind regards
Marco Lüdtke

""" + "\n".join("> " + l for l in body.split("\n"))
    form = odt(["Unfallanzeige / Accident report - Gruppenunfallversicherung", "Versicherungsnehmer / policyholder: ____________",
                "Verletzte Person / injured person: ____________", "Unfallhergang / what happened: ____________"])
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Gheorghe Ionescu <g.ionescu@bau-union-nord.example>",
             "RE: worker accident", "2024-08-20 10:30", reply, atts=[att("Unfallanzeige_Gruppe.odt", form)], reply=True)
    return m, S, "en", "insurer-to-company", "group accident: named worker's pelvic and rib fractures, surgery"


def m095():
    body = """Hi!

Interne Info an alle Agenturen: Für unseren Stand auf dem Gesundheitstag der Stadtwerke Minden brauchen wir noch 2 Kollegen. Wir verteilen Flyer Zahnzusatz und Pflege und machen ein Glücksrad. Samstag 10-16 Uhr.

Wer kann? Kurze Mail an mich.
Kevin"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>", "Agenturen OWL <agenturen-owl@lindenhof-versicherung.example>",
             "Gesundheitstag Stadtwerke Minden", "2024-05-06 08:30", body)
    return m, N, "de", "internal", "trap: health fair staffing, dental and care flyers"


def m096():
    body = """Hi team,

please find the attached Q4 loss list for the cyber portfolio (SME). Names are pseudonymised, amounts rounded.

Best regards
Julia Brandes"""
    x = xlsx([["ID", "Branche", "Schadenart", "Schadenhöhe EUR", "Status"],
              ["C-01", "Arztpraxis", "Ransomware", 48000, "offen"],
              ["C-02", "Steuerkanzlei", "CEO-Fraud", 23500, "reguliert"],
              ["C-03", "Handwerk", "Phishing Kontoabfluss", 8900, "reguliert"],
              ["C-04", "Apotheke", "Datenleck Kundendaten", 61000, "offen"]], sheet="Q4")
    m = mail("Julia Brandes <julia.brandes@lindenhof-versicherung.example>", "cyber-treaty@northgate-re.example",
             "Cyber SME loss list Q4", "2025-01-22 12:00", body, atts=[att("Cyber_Q4_losslist.xlsx", x)])
    return m, N, "en", "insurer-to-partner", "trap: pseudonymised cyber loss list (medical practice, pharmacy)"


def m097():
    body = """Hallo Frau Hartwig,

bitte die Brille mit einreichen, Rechnung von Optik Schlüter 489,- . Hab jetzt -3,25 und -3,75 und Hornhautverkrümmung, der Augenarzt sagt es wird schlechter durch Bildschirm. Geht das über meine Krankenzusatz AZ-1120448 ?

Lieben Gruß
Melanie Strothmann
gesendet vom handy sorry für rechtschreibung"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>",
             "WG: brille", "2024-10-02 08:55", "Weiterleitung zur Bearbeitung, Rechnung kommt per App.\n\n---\n" + body)
    return m, S, "de", "customer", "glasses invoice, dioptres and astigmatism of named customer"


def m098():
    body = """Hallo Frau Brückner,
nur kurz ,ich habe am 11.3. in Gütersloh geblitzt worden, 23 km/h zu schnell innerorts, 115 € und 1 Punkt. Zahlt das meine Rechtsschutz? Ich bin Außendienstler und brauch den Führerschein. Verkehrsrechtsschutz RS-7730281
Gruß Sebastian Kordes"""
    reply = """Hallo Herr Kordes,

der Verkehrsrechtsschutz übernimmt die Kosten für einen Anwalt, wenn Sie sich gegen den Bußgeldbescheid wehren möchten. Das Bußgeld selbst ist nicht versichert. Bitte schicken Sie uns den Anhörungsbogen.

Mit freundlichen Grüßen
Rechtsschutz-Service

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>", "Sebastian Kordes <s.kordes@gmail.example>",
             "AW: blitzer", "2025-03-14 14:00", reply, reply=True)
    return m, C, "de", "insurer-to-customer", "administrative speeding fine of named driver, legal expenses policy"


def m099():
    body = """Liebe Makler-Partner,

herzliche Einladung zum Makler-Stammtisch OWL am Donnerstag, 7. November, ab 18:30 Uhr im Brauhaus Joh. Albrecht, Bielefeld. Kurzvortrag "Elementarschaden - was nach der Pflichtversicherungsdebatte kommt", danach Essen und Austausch. Anmeldung bis 31.10. per Antwortmail.

Ihr Maklerbetreuungsteam"""
    m = mail("Maklerbetreuung <maklerbetreuung@lindenhof-versicherung.example>", "makler-owl@lindenhof-versicherung.example",
             "Einladung Makler-Stammtisch 7.11.", "2024-10-10 09:00", body)
    return m, N, "de", "newsletter", "broker get-together invitation"


def m100():
    body = """hello
im from the agency dr.-Kraus-str, i have customer (old lady, 82) who want to make sterbegeld for herself. she has sugar (diabetes) and had a stroke 2 years ago, is this a problem? she asks if the doctor must see her.
her name Gertrud Wieneke, born 14 march 1942, Bielefeld.
Aylin"""
    reply = """Hi Aylin,

no health questions in the funeral expenses product, entry age up to 80 only - Mrs Wieneke at 82 is unfortunately too old. Please don't send health details of prospects by normal mail in future; the portal is the way.

Nadine

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>", "Aylin Demir <aylin.demir@lindenhof-versicherung.example>",
             "RE: sterbegeld old lady", "2024-07-09 12:00", reply)
    return m, S, "en", "internal", "named prospect with birth date, diabetes and past stroke"


def m101():
    body = """Hallo Frau Albers,

Glasbruch: unser Ceranfeld ist gesprungen, ein Topfdeckel ist drauf gefallen. Riss quer durch, man kann nicht mehr kochen. Vertrag GL-0093817 (Glas bei der Hausrat). Angebot Küchenstudio 780 Euro inkl. Einbau.

Viele Grüße
Hannelore u. Werner Lammers
Pöppelmannstr 12
33689 Bielefeld-Sennestadt"""
    reply = """Hallo Frau Lammers,

kein Problem, Sie können den Auftrag erteilen. Bitte schicken Sie uns danach die Rechnung, wir überweisen direkt an das Küchenstudio. Schaden-Nr. S-25-006630.

Viele Grüße
Petra Albers

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Werner Lammers <w.lammers@t-online.example>",
             "AW: Glasbruch Ceranfeld", "2025-02-06 13:12", reply, reply=True, charset="windows-1252")
    return m, C, "de", "insurer-to-customer", "glass claim of named couple with address and policy, windows-1252"


def m102():
    body = """Sehr geehrte Damen und Herren,

ich möchte mich über Ihren Kundenservice beschweren. Ich habe 4 mal angerufen und niemand ruft zurück. Das ist eine Frechheit. Ich werde das bei Google bewerten.

Ein verärgerter Bürger"""
    reply = """Guten Tag,

es tut uns leid, dass Sie keinen Rückruf erhalten haben. Damit wir Ihr Anliegen bearbeiten können, nennen Sie uns bitte Ihren Namen und Ihre Telefonnummer oder rufen Sie uns direkt unter 0521 55880-0 an (Mo-Fr 8-18 Uhr).

Ihr Beschwerdemanagement
Lindenhof Versicherung AG

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Beschwerdemanagement <beschwerde@lindenhof-versicherung.example>", "wuetend123@web.example",
             "AW: Beschwerde", "2024-08-30 10:00", reply, reply=True)
    return m, N, "de", "insurer-to-customer", "anonymous complaint, no data"


def m103():
    body = """Hello Mrs. Albers

My piano was damaged during the move from Munich to Bielefeld with the company "Umzüge Sander". Big scratch on top and one leg broken. It is Yamaha U3 from 1988, I got a quote for repair 1.650 EUR from Pianohaus Rippen. The transport insurance is with you, policy TU-4470128, in name of me Hiroshi Tanaka, new address Sparrenstraße 41, 33602 Bielefeld.

Regards, H. Tanaka"""
    reply = """Dear Mr. Tanaka,

thank you. Please send the damage report signed by the movers and the repair quote. Claim number T-25-000822.

Kind regards
Petra Albers

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Hiroshi Tanaka <h.tanaka@mail.example>",
             "RE: piano damaged", "2025-04-23 15:30", reply, reply=True)
    return m, C, "en", "insurer-to-customer", "transport insurance claim, named customer, new address"


def m104():
    body = """HALLO
MEIN MANN IST GESTORBEN AM 3.1. IM KRANKENHAUS AN KREBS. ER HATTE EINE STERBEGELD VERSICHERUNG BEI IHNEN, 5000 EURO. DIE BEERDIGUNG SOLL NACH ISLAMISCHEM RITUS SEIN IN 24 STUNDEN UND ÜBERFÜHRUNG NACH BOSNIEN. WIE SCHNELL KOMMT DAS GELD?
MIRSADA HODŽIĆ
SV-0188241"""
    reply = """Sehr geehrte Frau Hodžić,

unser herzliches Beileid. Wir zahlen die Versicherungssumme von 5.000 EUR sofort nach Eingang der Sterbeurkunde aus; eine Kopie per Foto genügt zunächst. Bitte teilen Sie uns Ihre Bankverbindung mit.

Mit freundlichen Grüßen
Marco Lüdtke
Leistung Leben

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Mirsada Hodzic <mirsada.h@gmx.example>",
             "AW: STERBEGELD", "2025-01-04 09:00", reply, reply=True)
    return m, S, "de", "insurer-to-customer", "death from cancer, funeral insurance, religion (Islamic burial)"


def m105():
    body = """Sehr geehrte Damen und Herren,

anbei unsere Liste für die betriebliche Altersversorgung (Direktversicherung) zur Beitragsanpassung 2025. Bitte um Bestätigung.

Mit freundlichen Grüßen
Sandra Kettler
Personalabteilung
Kettler Landtechnik GmbH & Co. KG"""
    rows = [["Personalnr", "Name", "Vorname", "geb.", "Vertrag", "Entgeltumwandlung mtl.", "AG-Zuschuss"],
            ["1004", "Brüggemann", "Holger", "12.03.1975", "DV-881201", "248,00", "37,20"],
            ["1019", "Schäfer", "Nina", "30.07.1990", "DV-881244", "150,00", "22,50"],
            ["1031", "Tekin", "Ali", "02.11.1984", "DV-881259", "302,00", "45,30"],
            ["1044", "Wolff", "Martina", "19.01.1968", "DV-881276", "100,00", "15,00"]]
    m = mail("bAV Service <bav@lindenhof-versicherung.example>", "bav-bestand@lindenhof-versicherung.example",
             "WG: bAV Liste 2025 Kettler", "2024-12-12 08:00",
             "Liste vom Arbeitgeber, bitte einspielen.\n\n-----Ursprüngliche Nachricht-----\nVon: Sandra Kettler <personal@kettler-landtechnik.example>\n\n" + body,
             atts=[att("bAV_2025_Kettler.ods", ods(rows, "bAV"))])
    return m, S, "de", "company", "bAV direct life insurance list with names, birth dates, salary conversion (ODS only)"


def m106():
    body = """Hi Liam,

quick question about data retention: how long do we keep the audit log of the SecureMail gateway? Auditor asks. I think 6 years because HGB §257, but want to be sure before I answer.

Thanks
Carola"""
    m = mail("Carola Beermann <carola.beermann@lindenhof-versicherung.example>", "Liam Carter <liam.carter@lindenhof-versicherung.example>",
             "audit log retention", "2024-11-05 10:11", body)
    return m, N, "en", "internal", "question about log retention"


def m107():
    body = """hey nadine

the client from last week Mr. Thomas Brinkhoff, BU application - he forgot to tell that he is in therapy for alcohol since 2023 (ambulant, at Caritas), he tell me now because his wife said he must be honest. what we do now? application is not yet policied, number A-25-117720

Emre
Sent from my Galaxy"""
    m = mail("Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>", "Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>",
             "brinkhoff BU nachtrag", "2025-03-28 19:40", body)
    return m, S, "en", "internal", "named applicant's alcohol addiction therapy, disability application"


def m108():
    body = """Sehr geehrte Damen und Herren,

Lindenhof Versicherung ruft zu mehr Vorsicht bei E-Scootern auf: Die Zahl der gemeldeten Unfälle in unserer Unfallversicherung mit E-Scooter-Bezug ist 2024 um 34 % gestiegen. Häufigste Verletzungen sind Handgelenksbrüche, Kopfverletzungen und Prellungen. Besonders betroffen sind 18- bis 29-Jährige.

"Ein Helm kann schwere Kopfverletzungen verhindern", sagt Carola Imhoff, Vorstand Personenversicherung.

Pressekontakt: presse@lindenhof-versicherung.example"""
    m = mail("Pressestelle <presse@lindenhof-versicherung.example>", "redaktion@westfalen-blatt-online.example",
             "PM: E-Scooter-Unfälle steigen um 34 %", "2025-04-28 10:00", body)
    return m, N, "de", "insurer-to-partner", "trap: press release on injury statistics, no individual"


def m109():
    body = """Hallo Herr Pohlmann,

wie am Tel besprochen, meine Daten für die Hausrat + Haftpflicht neu:
Jana-Marie Pöppel, geb. 08.09.1999
neue Adresse Kesselbrink 6, 33602 Bielefeld
Wohnung 64 qm, 2. OG
Beruf Pflegefachfrau, netto ca 2.350
IBAN DE10 4845 2513 9285 6351 19

LG Jana
ps sorry für die späte antwort hatte nachtdienst"""
    fw = """Antrag Pöppel, bitte policieren. Dieter

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Antrag Sach <antrag-sach@lindenhof-versicherung.example>",
             "WG: daten hausrat", "2024-10-30 07:20", fw)
    return m, C, "de", "customer", "application data: birth date, net income, IBAN, address"


def m110():
    body = """Liebe Kolleginnen und Kollegen,

im Rahmen unseres Gesundheitsmanagements verlosen wir 10 Fitnessarmbänder. Teilnahme einfach per Antwort bis 15.03. Daten aus den Armbändern werden NICHT an den Arbeitgeber übertragen.

Euer BGM-Team"""
    m = mail("Gesundheitsmanagement <bgm@lindenhof-versicherung.example>", "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "Gewinnspiel Fitnessarmband", "2025-03-03 09:00", body)
    return m, N, "de", "internal", "trap: fitness tracker raffle, no health data"


def m111():
    body = """Dear Customer Service,

I am writing you from Kraków. My mother Halina Zielińska lives in Bielefeld, she has private nursing care insurance at Lindenhof. She fell at home and broke hip, now after operation she is in short-term care (Kurzzeitpflege) at Haus Sonnenhang. I am her legal guardian (Betreuerin). Please tell me what the insurance pays for the Kurzzeitpflege and send all letters to me, not to her address.

Best regards
Joanna Zielińska-Nowak"""
    reply = """Dear Ms. Zielińska-Nowak,

thank you. Once we have a copy of your guardianship certificate (Betreuerausweis), we will send all correspondence to you. The short-term care benefit for your mother under policy PV-7701128 is up to 1.854 EUR per calendar year.

Kind regards
Pflege-Service

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Pflege-Service <pflege@lindenhof-versicherung.example>", "Joanna Zielinska-Nowak <joanna.zn@onet.example>",
             "RE: my mother short-term care", "2024-12-19 11:00", reply, reply=True)
    return m, S, "en", "insurer-to-customer", "mother's hip fracture, surgery, short-term care, guardianship"


def m112():
    body = """Hallo Herr Reinholz,

unser Zertifikat für die Domäne wessel-finanz.example ist erneuert, neues im Anhang. Bitte bei Ihnen hinterlegen, damit die verschlüsselten Mails weiter klappen.

Gruß Ralf Wessel"""
    pem = """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUTmV1ZXNaZXJ0aWZpa2F0V2Vzc2VsMAoGCCqGSM49BAMC
MCIxIDAeBgNVBAMMF3dlc3NlbC1maW5hbnouZXhhbXBsZTAeFw0yNTAxMDEwMDAw
MDBaFw0yNzAxMDEwMDAwMDBaMCIxIDAeBgNVBAMMF3dlc3NlbC1maW5hbnouZXhh
bXBsZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFRlc3RLZXlOaWNodEVjaHRG
-----END CERTIFICATE-----
"""
    reply = """Hallo Herr Wessel,

danke, das Zertifikat ist eingespielt, gültig bis 01.01.2027.

Gruß
Tobias Reinholz

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>", "Ralf Wessel <ralf.wessel@wessel-finanz.example>",
             "AW: neues zertifikat", "2025-01-07 10:02", reply, atts=[att("wessel-finanz.pem", pem, "application/x-pem-file", None)], reply=True)
    return m, N, "de", "insurer-to-broker", "certificate exchange"


def m113():
    body = """Hi Svenja,

customer Mr Kwame Asante called me: he was on holiday in Portugal with his family and his rental car got damaged in the parking lot (door dented, other car gone). Rental company charged 950 EUR excess from his credit card. He has rental-car excess insurance with us via travel package RP-3350912. He will send rental contract and the damage report. Nobody hurt. Can you open the claim?

Thanks
Liam"""
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Reiseschaden <reiseschaden@lindenhof-versicherung.example>",
             "rental car excess Asante", "2024-08-13 16:00", body)
    return m, C, "en", "internal", "travel rental-excess claim of named customer, no health"


def m114():
    body = """ich bitte um Rückruf wegen meiner Unfallversicherung. Ich bin im Januar beim Eisstockschießen ausgerutscht und habe mir den Knöchel gebrochen (Sprunggelenk Weber B), wurde mit Platte operiert. Jetzt sagt der Arzt ich werde vielleicht nicht mehr richtig laufen können. Was zahlt die Invalidität?
Rückruf bitte 0171 8834410 ab 17 Uhr
Xaver Huber
UV-7012284

Diktiert mit Siri, bitte Fehler entschuldigen"""
    reply = """Sehr geehrter Herr Huber,

eine Invaliditätsleistung wird nach Gliedertaxe bemessen; für den Fuß im Sprunggelenk gilt 40 %, bei Teilverlust der Funktion entsprechend anteilig. Die Invalidität muss innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt werden. Wir rufen Sie morgen ab 17 Uhr an.

Mit freundlichen Grüßen
Unfall-Leistung

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Unfall-Leistung <unfall-leistung@lindenhof-versicherung.example>", "Xaver Huber <x.huber@gmx.example>",
             "AW: Rückruf Unfall", "2025-04-01 10:20", reply, reply=True, flowed=True)
    return m, S, "de", "insurer-to-customer", "ankle fracture surgery, possible invalidity, accident policy"


def m115():
    body = """Hallo Herr Gieselmann,

Ihre Adressänderung haben wir eingetragen. Die neue Anschrift für Ihre Kfz-Versicherung KF-6631029 lautet: Am Stadtholz 14, 33609 Bielefeld.

Mit freundlichen Grüßen
Kundenservice

Am 02.09.2024 um 18:55 schrieb Ingo Gieselmann:
> bin umgezogen am stadtholz 14 33609 bielefeld
> kfz vertrag KF-6631029
> gruss"""
    m = mail("Kundenservice <kundenservice@lindenhof-versicherung.example>", "Ingo Gieselmann <ingo.gieselmann@web.example>",
             "AW: umzug", "2024-09-03 09:40", body, reply=True)
    return m, C, "de", "insurer-to-customer", "address change of named motor customer"


def m116():
    body = """Hallo Tobias,

die Schnittstelle zum MVP von Makler Brandt liefert seit Montag keine Vermittlerpost mehr aus (BiPRO 430.4, Fehler "ungültiges Token"). Kannst du schauen ob das Zertifikat abgelaufen ist? Inhalt der Dokumente ist egal, es geht nur um den Abruf.

Danke
Melanie
Vermittlerbetreuung"""
    m = mail("Melanie Jostmeier <melanie.jostmeier@lindenhof-versicherung.example>", "Tobias Reinholz <tobias.reinholz@lindenhof-versicherung.example>",
             "BiPRO Abruf Brandt geht nicht", "2025-02-12 11:11", body)
    return m, N, "de", "internal", "broker post API failure, no content"


def m117():
    body = """Dear all,

a few thoughts for the data protection FAQ for our international desk staff (draft v0.3, please comment until Friday):

1. Can I answer a customer's health question by normal e-mail?
   Only if the customer wrote to us first from the same address and has given consent to receive health data over TLS mail. Otherwise use the SecureMail portal.

2. A broker sends me a doctor's letter by plain e-mail. What do I do?
   Process it, but reply via the portal and remind the broker of the agreed channel. Do not forward it outside the company.

3. A relative calls and asks about the hospital bill of her husband.
   No information without a power of attorney or a confidentiality release, even if she knows the policy number.

4. Can I write the diagnosis into the subject line?
   Never. Example of what NOT to do: "Claim F32.1 Mr. X" - use the claim number only.

5. What counts as health data?
   Diagnoses, ICD codes, medicines, invoices of doctors and hospitals, dental treatment plans, care level, disability degree, pregnancy, and the mere fact that someone has a claim under health, life or accident insurance.

6. Is an IBAN confidential?
   Yes, together with a name. Same for birth date and salary.

7. What about the fact that someone is our customer at all?
   Also confidential - do not confirm it to third parties.

8. Out-of-office replies: no content, no names of customers.

9. Printing: use secure print for any customer document, collect immediately.

10. Lost phone with work e-mail: call IT security at once (ext. 4400), the device will be wiped remotely.

Thanks
Carola Beermann
Data Protection Office"""
    m = mail("Carola Beermann <carola.beermann@lindenhof-versicherung.example>", "International Desk <intl-desk@lindenhof-versicherung.example>",
             "draft FAQ data protection international desk", "2024-10-08 14:30", body)
    return m, N, "en", "internal", "trap: data protection FAQ with example ICD code, no real person"


def m118():
    body = """Hi,
as discussed on phone, the list of travellers for our company trip to Lisbon (team event), for the group travel cancellation insurance. Trip 22.-25.5.

best, Tanja Wiebusch
Wiebusch Event GmbH"""
    rows = [["Name", "Vorname", "Geburtsdatum", "Zimmer"],
            ["Wiebusch", "Tanja", "1981-02-14", "EZ"], ["Klocke", "Martin", "1976-11-30", "DZ 1"],
            ["Klocke", "Sarah", "1979-05-22", "DZ 1"], ["Osei", "Kofi", "1995-08-09", "EZ"],
            ["Lindemann", "Ute", "1966-12-01", "EZ"]]
    csv = "\r\n".join(";".join(r) for r in rows) + "\r\n"
    m = mail("Reiseschaden <reiseschaden@lindenhof-versicherung.example>", "gruppenreise@lindenhof-versicherung.example",
             "Fwd: traveller list Lisbon", "2025-04-10 09:30",
             "zur Policierung Gruppenreise Wiebusch Event GmbH\n\n---------- Forwarded message ---------\nFrom: Tanja Wiebusch <t.wiebusch@wiebusch-event.example>\n\n" + body,
             atts=[att("travellers_lisbon.csv", csv, "text/csv", "utf-8")])
    return m, C, "mixed", "company", "traveller list with names and birth dates for group travel insurance (CSV)"


def m119():
    body = """Hallo Frau Okafor,

hier die Schweigepflichtentbindung von Herrn Bökamp, unterschrieben. Und der Befund vom Onkologen hab ich auch abfotografiert, hab ich als pdf gemacht.
Gruß Dieter"""
    rep = pdf(["Klinikum Bielefeld - Klinik fuer Pneumologie und Onkologie", "Patient: Juergen Boekamp, geb. 21.04.1971",
               "Diagnose: Nicht-kleinzelliges Bronchialkarzinom, Stadium IIIA (C34.1)",
               "Therapie: kombinierte Radiochemotherapie ab 24.02.2025", "Prognose: Arbeitsunfaehigkeit auf nicht absehbare Zeit",
               "gez. Dr. med. A. Rosendahl, Oberaerztin"])
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>",
             "bökamp unterlagen", "2025-02-21 12:00", body + IPHONE, atts=[att("IMG_4471.pdf", rep)])
    return m, S, "de", "internal", "oncologist report with ICD C34.1 and birth date, mainly in attachment"


def m120():
    body = """Hello Mr. Baptiste,

the insured value of your sailing yacht "Belle Étoile" (Bavaria 37, HIN BAVR37A8K809) has been adjusted to 118.000 EUR as requested. The new premium from 01.04. is 1.146,00 EUR p.a. Berth: Marina Heiligenhafen, pier C 14.

Kind regards
Transport & Yacht

> hi, pls put the value of my boat to 118k, i did new sails and engine. berth same.
> Jean-Luc Baptiste, YA-0042218"""
    m = mail("Transport & Yacht <yacht@lindenhof-versicherung.example>", "Jean-Luc Baptiste <jl.baptiste@orange.example>",
             "RE: boat value", "2025-03-20 16:00", body, reply=True)
    return m, C, "en", "insurer-to-customer", "yacht policy of named customer, value, berth"


def m121():
    body = """Hallo Marco,

ich hab mal ne allgemeine Frage für nen Kunden, ohne Namen: Wenn jemand in der BU-Leistung ist und dann wieder halbtags anfängt zu arbeiten, wird dann sofort eingestellt oder gibt's ne Übergangszeit? Steht das in den Bedingungen?

Gruß
Aylin"""
    reply = """Hi Aylin,

§ 9 Abs. 4 der BU-Bedingungen: Wir prüfen im Nachprüfungsverfahren; bei einer Wiederaufnahme unter 50 % bleibt die Leistung bestehen, darüber gibt es eine Übergangszeit von 3 Monaten. Gilt für alle Tarife ab 2019.

Marco

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Aylin Demir <aylin.demir@lindenhof-versicherung.example>",
             "AW: frage BU wieder arbeiten", "2024-09-24 15:00", reply)
    return m, N, "de", "internal", "trap: general disability-benefit question without a customer"


def m122():
    body = """Hallo,

die Zusage für die ambulante Reha nach der Knie-TEP links (OP 14.10. im Klinikum Lippe) hab ich bekommen, danke. Aber die Reha-Klinik will noch ein Schreiben von Ihnen dass Sie die Fahrtkosten übernehmen, Taxi weil ich nicht Auto fahren darf. Geht das?

Gruß Renate Heitkamp
Vers.Nr. KV-1088324

Von meinem iPad gesendet"""
    reply = """Hallo Frau Heitkamp,

ja, Taxifahrten zur ambulanten Reha übernehmen wir bis zu 60 Behandlungstagen. Die Bestätigung für die Reha-Klinik ist im Anhang.

Gute Besserung!
Leistungsservice Kranken

""" + "\n".join("> " + l for l in body.split("\n"))
    conf = docx(["Bestätigung Fahrtkostenübernahme", "Versicherte: Renate Heitkamp, KV-1088324",
                 "Maßnahme: ambulante Rehabilitation nach Knie-TEP links", "Übernahme Taxikosten bis 60 Behandlungstage"])
    m = mail("Leistungsservice Kranken <leistung-kranken@lindenhof-versicherung.example>", "Renate Heitkamp <r.heitkamp@t-online.example>",
             "AW: Reha Fahrtkosten", "2024-11-04 10:30", reply, atts=[att("Bestaetigung_Fahrtkosten.docx", conf)], reply=True)
    return m, S, "de", "insurer-to-customer", "knee replacement and rehab of named customer"


def m123():
    body = """Sehr geehrter Herr Rösner,

Ihr Schreiben haben wir erhalten. Nach Prüfung der Ermittlungsakte müssen wir Sie in Regress nehmen: Nach dem Strafbefehl des Amtsgerichts Herford vom 12.11.2024 (Az. 3 Cs 44 Js 1187/24) sind Sie am 21.07.2024 mit einer Blutalkoholkonzentration von 1,64 Promille gefahren und wegen Trunkenheit im Verkehr verurteilt worden. Die an den Unfallgegner gezahlten 6.410,00 EUR fordern wir bis zur Höhe von 5.000 EUR zurück (Kfz-Haftpflicht KF-2290884).

Mit freundlichen Grüßen
Regress Kfz

-----Ursprüngliche Nachricht-----
Von: Dennis Rösner <dennis.roesner93@gmx.example>
Betreff: regress?

hallo, wieso soll ich jetzt 5000 zahlen ich hab doch versicherung?? ja ich hatte was getrunken aber der andere hat mir die vorfahrt genommen. führerschein is eh weg. wie soll ich das zahlen ich hab nix
dennis"""
    m = mail("Regress Kfz <regress-kfz@lindenhof-versicherung.example>", "Dennis Rösner <dennis.roesner93@gmx.example>",
             "AW: regress?", "2025-01-14 11:50", body, reply=True)
    return m, S, "de", "insurer-to-customer", "criminal conviction for drunk driving, motor recourse"


def m124():
    body = """Hello,

Heads up for the team: we've updated the Excel template for reinsurance large-loss reporting. Ages now only in 10-year bands, no names, no claim numbers, diagnosis only as ICD chapter (e.g. "C00-D48"). Cells with fewer than 3 cases are merged into "other".

Template in the team folder, old one please delete.

Julia"""
    m = mail("Julia Brandes <julia.brandes@lindenhof-versicherung.example>", "Team Reinsurance <team-re@lindenhof-versicherung.example>",
             "new large-loss template", "2025-02-03 09:12", body)
    return m, N, "en", "internal", "trap: anonymised reporting template rules with ICD chapter"


def m125():
    body = """Hallo Herr Pohlmann,

wie versprochen meine Gehaltsabrechnung vom März, für die Dynamik-Anpassung bei der Risikoleben, damit die Summe wieder passt. Bin jetzt bei 5.200 brutto (Teamleiter geworden!).

Gruß
Florian Westermann"""
    pay = pdf(["Entgeltabrechnung Maerz 2025", "Mitarbeiter: Florian Westermann, PersNr 22014", "geb. 07.07.1988, StKl 3, KiFb 1,0",
               "Bruttobezuege 5.200,00", "Lohnsteuer 612,33  Soli 0,00  KiSt 0,00", "Nettobezug 3.571,18",
               "Auszahlung auf DE33 3480 6698 6905 3904 81"])
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Antrag Leben <antrag-leben@lindenhof-versicherung.example>",
             "WG: gehaltsabrechnung westermann", "2025-04-08 08:00",
             "RL Westermann RL-3360712, Erhöhung, Nachweis anbei.\nDieter\n\n> " + body.replace("\n", "\n> "),
             atts=[att("Abrechnung_03_2025.pdf", pay)])
    return m, S, "de", "customer", "term life increase: payslip with salary, birth date, IBAN"


def m126():
    body = """hi svenja

small thing: customer asks if we have the app also in english, she is from ukraine and her german is not so good. I said I will ask. do we?

Aylin"""
    reply = """Hi Aylin,

not yet - english version is planned for autumn. The website has an english FAQ though.

Svenja

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Aylin Demir <aylin.demir@lindenhof-versicherung.example>",
             "RE: app english?", "2024-07-02 11:00", reply)
    return m, N, "en", "internal", "app language question, customer not named"


def m127():
    body = """Sehr geehrte Frau Thiele,

vielen Dank, Ihre Kündigung der Privathaftpflicht zum 01.08. haben wir erhalten und bestätigen sie hiermit. Der Vertrag PH-5502198 endet zum 31.07.2024.

Mit freundlichen Grüßen
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Bianca Thiele
Betreff: kündigung

hallo hiermit kündige ich meine haftpflicht weil ich jetzt über meinen freund mitversichert bin. PH-5502198
bianca thiele, Am Wiesenhof 3, 33719 Bielefeld"""
    m = mail("Kundenservice <kundenservice@lindenhof-versicherung.example>", "Bianca Thiele <bianca.thiele@gmail.example>",
             "AW: kündigung", "2024-06-25 10:00", body, reply=True)
    return m, C, "de", "insurer-to-customer", "liability policy cancellation, named customer and address"


def m128():
    body = """Dear Sir/Madam,

please cover me urgently for a surgery tomorrow in Dubai. I am on business trip and have kidney stones, the doctor wants to do ureteroscopy. Hospital: Mediclinic City Hospital, cost approx. 38.000 AED. I have your international health plan EX-2217704 through my employer.

Rajesh Krishnan
Sent from Outlook for Android"""
    fw = """Liam, urgent guarantee of payment - business traveller, kidney stones, please handle with Assistance.
Nadine

-----Original Message-----
From: Rajesh Krishnan <rajesh.krishnan@corp-mail.example>
Sent: Wednesday, 16 October 2024 19:58
To: expat@lindenhof-versicherung.example
Subject: urgent surgery Dubai

""" + body
    m = mail("Nadine Okafor <nadine.okafor@lindenhof-versicherung.example>", "Liam Carter <liam.carter@lindenhof-versicherung.example>",
             "FW: urgent surgery Dubai", "2024-10-16 20:10", fw)
    return m, S, "en", "customer", "kidney stones, planned surgery abroad, expat health plan"


def m129():
    body = """Hallo,

hier meine neue Telefonnummer für Rückfragen zu allen Schäden: 0170 5521930. Die alte Festnetznummer gibt es nicht mehr.

Gruß
Alois Brandl
Dachdeckerei Brandl GmbH"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Handwerkernetz <handwerkernetz@lindenhof-versicherung.example>",
             "WG: neue nummer brandl", "2025-03-10 08:50", "bitte im Handwerkerstamm ändern.\n\n" + body)
    return m, N, "de", "tradesman", "company contact number change, no customer"


def m130():
    body = """Dear Mrs. Morales,

your claim for the lost suitcase (flight Madrid - Düsseldorf on 3 August, Iberia file MADIB41872) under your baggage insurance RG-1120566 is settled: we pay 640,00 EUR (time value of contents) to your account ES82 3403 9389 9112 0886 6305.

Kind regards
Travel Claims

> Hola, my suitcase never arrived, Iberia say it is lost for ever. inside clothes, hair dryer, my sons toys. list attached. please help. Lucía Morales"""
    m = mail("Reiseschaden <reiseschaden@lindenhof-versicherung.example>", "Lucía Morales <lucia.morales@telefonica.example>",
             "RE: suitcase lost", "2024-09-20 13:00", body, reply=True)
    return m, C, "en", "insurer-to-customer", "baggage claim payout to named customer's Spanish IBAN"


def m131():
    body = """Hi Chloe,

sure, Tuesday 10:00 works. I'll bring the renewal numbers.

Liam

On Thu, 6 Mar 2025 at 16:20, Chloe Martin <chloe.martin@martin-hr-consult.example> wrote:
> Hi Liam,
> thanks. could we do a call next week to talk about the group plan renewal in general? Tuesday morning?
> Chloe
>
> On Wed, 5 Mar 2025 at 11:02, Liam Carter <liam.carter@lindenhof-versicherung.example> wrote:
>> Hi Chloe,
>> thank you, the claim is now paid. Renewal offer for the group health plan follows end of March.
>> Liam
>>
>> On Mon, 3 Mar 2025 at 09:47, Chloe Martin <chloe.martin@martin-hr-consult.example> wrote:
>>> Hi Liam
>>> any news on the claim for our employee Ben Ashworth? he is quite stressed about it. just to remind you, that was the psychiatric clinic stay in January (6 weeks, severe depressive episode, F32.2 on the discharge letter) - the clinic sent a reminder to him now.
>>> thx
>>> Chloe
>>>
>>> On Fri, 14 Feb 2025 at 14:30, Liam Carter wrote:
>>>> Hi Chloe, we are still waiting for the discharge letter, then we can pay.
>>>> Liam"""
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Chloe Martin <chloe.martin@martin-hr-consult.example>",
             "RE: RE: RE: claim / renewal", "2025-03-06 17:02", body, reply=True)
    return m, S, "en", "insurer-to-company", "harmless top; deep quote: named employee's psychiatric stay, F32.2"


def m132():
    text = """Hello Mr. Schneider,

here the overview of your contracts with us, as you asked:

Contract      Line              Premium p.a.
HR-0992014    Household         148,20 EUR
PH-0992015    Liability          71,40 EUR
KF-0992016    Motor (BI-JS 19) 612,00 EUR

Direct debit from DE56 3161 8694 5584 9531 24.

Kind regards
Customer Service"""
    html = """<html><body><p>Hello Mr. Schneider,</p><p>here the overview of your contracts with us, as you asked:</p>
<table border="1"><tr><th>Contract</th><th>Line</th><th>Premium p.a.</th></tr>
<tr><td>HR-0992014</td><td>Household</td><td>148,20 EUR</td></tr>
<tr><td>PH-0992015</td><td>Liability</td><td>71,40 EUR</td></tr>
<tr><td>KF-0992016</td><td>Motor (BI-JS 19)</td><td>612,00 EUR</td></tr></table>
<p>Direct debit from DE56 3161 8694 5584 9531 24.</p><p>Kind regards<br>Customer Service</p></body></html>"""
    m = mail("Kundenservice <kundenservice@lindenhof-versicherung.example>", "Jakob Schneider <jakob.schneider@outlook.example>",
             "RE: what do i have with you", "2025-01-30 14:00", text, html=html, reply=True)
    return m, C, "en", "insurer-to-customer", "contract overview (non-personal lines) with IBAN, text+HTML table"


def m133():
    body = """moin svenja

kundin frau hülsmann hat ihr iban falsch angegeben, die lastschrift ist zurück gekommen. sie hatte geschrieben DE13 9815 1423 5177 8472 45 aber richtig ist DE13 9815 1423 5177 8472 54 (zahlendreher am ende). hausrat HR-0661390. kannst du das ändern und nochmal einziehen? sie zahlt die rücklastgebühr.

danke dieter
Gesendet von meinem iPhone"""
    m = mail("Dieter Pohlmann <dieter.pohlmann@lindenhof-versicherung.example>", "Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>",
             "iban hülsmann falsch", "2024-12-05 17:30", body)
    return m, C, "de", "internal", "named customer's IBAN (one deliberately invalid typo, one valid), household policy"


def m134():
    body = """Liebe Kolleginnen und Kollegen,

kleine Erinnerung: Am Mittwoch ist wieder Blutspende vom DRK bei uns in der Kantine, 9 bis 15 Uhr. Wer spendet, bekommt eine Stunde frei und ein Frühstück. Bitte Personalausweis mitbringen.

Euer Betriebsrat"""
    m = mail("Betriebsrat <betriebsrat@lindenhof-versicherung.example>", "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
             "Blutspende Mittwoch", "2024-06-03 08:00", body)
    return m, N, "de", "internal", "trap: blood donation drive announcement"


def m135():
    body = """Hallo Herr Lüdtke,

mein Schwager Ralf Ottensmeier ist im Krankenhaus gestorben (Lungenembolie nach OP), und ich bin als Bezugsberechtigter in seiner Risikolebensversicherung eingetragen, hat meine Schwester gesagt. Wir wissen die Nummer nicht. Er war geb. 03.10.1964, wohnte in Vlotho, Lange Straße 88. Was muss ich tun?

Mit freundlichen Grüßen
Bernd Kleinebrahm"""
    reply = """Sehr geehrter Herr Kleinebrahm,

unser Beileid. Wir haben den Vertrag gefunden. Bitte senden Sie uns die Sterbeurkunde, eine Kopie Ihres Personalausweises und das ausgefüllte Leistungsformular (Anhang).

Mit freundlichen Grüßen
Marco Lüdtke
Leistung Leben

""" + "\n".join("> " + l for l in body.split("\n"))
    form = pdf(["Leistungsantrag Todesfall", "Verstorbene Person: ____________", "Vertragsnummer: ____________",
                "Anspruchsteller: ____________", "Bankverbindung: ____________"])
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Bernd Kleinebrahm <b.kleinebrahm@web.example>",
             "AW: Risikolebensversicherung Schwager", "2024-05-27 11:00", reply, atts=[att("Leistungsantrag_Tod.pdf", form)], reply=True)
    return m, S, "de", "insurer-to-customer", "relative: brother-in-law's death, pulmonary embolism, term life"


def m136():
    body = """hey,
do we have a template letter in english for "we need more documents" for travel claims? the german one has all the placeholders «Name» «Schadennummer» already. only need the empty version.
thx Liam"""
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Vorlagen <vorlagen@lindenhof-versicherung.example>",
             "english template missing documents", "2024-07-17 10:05", body)
    return m, N, "en", "internal", "trap: asks for blank claims letter template with placeholders"


def m137():
    body = """Dear Mr. Novak,

we have received the invoice from Fahrradwelt Detmold for your new e-bike frame. As the damage was caused by the fall of your e-bike in the underground garage (no person involved), it is covered by your bicycle insurance FR-2204713. We will pay 1.120 EUR to Fahrradwelt.

Kind regards
Petra Albers

> hi, the frame is broken after bike fall in garage, shop say new frame, invoice here, Tomáš Novák"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Tomas Novak <tomas.novak@seznam.example>",
             "RE: e-bike frame", "2025-05-06 10:00", body, reply=True)
    return m, C, "en", "insurer-to-customer", "bicycle insurance claim of named customer; no person hurt"


def m138():
    body = """Hallo,

habt ihr noch den Link zum Rechner für die Kfz-Typklassen 2025? Der alte geht nicht mehr.

Danke, Kevin"""
    m = mail("Kevin Schuster <kevin.schuster@lindenhof-versicherung.example>", "Vertriebsunterstützung Kfz <vu-kfz@lindenhof-versicherung.example>",
             "link typklassen", "2024-09-02 13:20", body)
    return m, N, "de", "internal", "short internal question"


def m139():
    body = """Hallo Frau Rüther,

wie besprochen bestätigen wir Ihnen, dass Ihre Hausratversicherung ab 01.01. auf die neue Adresse Detmolder Str. 112, 33604 Bielefeld umgestellt ist. Die Wohnfläche ist jetzt 92 qm, der Beitrag steigt auf 189,60 EUR jährlich.

Freundliche Grüße
Petra Albers"""
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Tanja Rüther <tanja.ruether@web.example>",
             "Ihre Hausratversicherung", "2024-12-20 10:10", body)
    return m, C, "de", "insurer-to-customer", "household policy change of named customer, address"


def m140():
    body = """Hello Liam

My son (17) had a skiing accident in Austria in February, torn cruciate ligament (ACL) left knee, MRI in Innsbruck and now surgery in Germany planned for May. We have the family accident insurance with you. Do you pay anything for ACL? He plays football and now maybe no more.

Kind regards
Sophie van Dijk"""
    fw = """Hi Marco, family accident policy UV-6610033, son Lars van Dijk (17), ACL rupture while skiing. Mother writes in English. Please take over.
Liam

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Liam Carter <liam.carter@lindenhof-versicherung.example>", "Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>",
             "FW: skiing accident son", "2025-03-12 09:40", fw)
    return m, S, "en", "relative", "minor's ACL rupture, MRI, surgery; family accident policy"


def m141():
    body = """Hi Julia, kurze Frage zum reinsurance meeting:
can we move it to 14:00? Ich hab vorher noch den Termin mit der BaFin-Prüfung, das wird sicher länger.
Danke & best
Carola"""
    m = mail("Carola Beermann <carola.beermann@lindenhof-versicherung.example>", "Julia Brandes <julia.brandes@lindenhof-versicherung.example>",
             "meeting 14:00?", "2024-11-12 09:00", body)
    return m, N, "mixed", "internal", "meeting rescheduling, German-English"


def m142():
    body = """Dear Mr. Osei,

your cyber insurance covers the loss: the fraudsters transferred 7.480 EUR from your business account after the phishing mail. As a sole trader (Osei Bookkeeping Services), the policy CY-0071230 pays the loss minus 500 EUR deductible. Please confirm the account for the payment; we have DE47 9234 2369 4142 9627 19 on file.

Kind regards
Cyber Claims

> hello, my bank say the money is gone, they did 2 transfers to lithuania. i am so stupid i clicked the link. the police report is attached. Kofi Osei"""
    m = mail("Cyber Claims <cyber-schaden@lindenhof-versicherung.example>", "Kofi Osei <kofi@osei-bookkeeping.example>",
             "RE: money gone from account", "2025-02-18 15:00", body, reply=True)
    return m, C, "en", "insurer-to-customer", "sole trader's cyber claim with IBAN and loss amount"


def m143():
    body = """Dear all,

our new product "Lindenhof PetCare" for dogs and cats is live from 1 June! Covers vet treatment, surgery and physiotherapy, from 14,90 EUR per month. Sales material in the shop.

Marketing"""
    m = mail("Marketing <marketing@lindenhof-versicherung.example>", "Alle Agenturen <agenturen@lindenhof-versicherung.example>",
             "NEW: PetCare from 1 June", "2024-05-21 08:00", body)
    return m, N, "en", "internal", "trap: pet health product launch, no animal or person"


def m144():
    body = """Hallo Frau Brückner!

Bei uns hat am Dienstag in der Nacht ein Marder im Motorraum die Kabel angeknabbert, Auto springt nicht mehr an. Die Werkstatt (Autohaus Möller Enger) hat 438,50 € berechnet. Teilkasko ist bei Ihnen für den Renault Clio HF-GM 221. Rechnung lauft auf meinen Namen Gisela Meierhenrich.

Freundliche Grüße aus Enger"""
    reply = """Hallo Frau Meierhenrich,

Marderbiss ist in Ihrer Teilkasko mitversichert, ohne Selbstbeteiligung. Wir überweisen 438,50 EUR an das Autohaus Möller.

Gruß
Jana Brückner

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Jana Brückner <jana.brueckner@lindenhof-versicherung.example>", "Gisela Meierhenrich <g.meierhenrich@t-online.example>",
             "AW: Marder", "2024-04-18 10:00", reply, reply=True, charset="iso-8859-15")
    return m, C, "de", "insurer-to-customer", "marten damage, partial cover, named customer, plate"


def m145():
    body = """Hallo Herr Lüdtke,

ich bin in der IG Metall und die zahlen mir auch Rechtsschutz im Arbeitsrecht. Muss ich dann trotzdem Ihren RS nehmen oder zuerst die Gewerkschaft? Es geht um meine Abmahnung bei Gildemeister. Vertrag RS-3308812.

Gruß Thorsten Pape"""
    reply = """Hallo Herr Pape,

bei Gewerkschaftsmitgliedschaft ist der Rechtsschutz der IG Metall vorrangig (Subsidiarität); wir übernehmen nur, was die Gewerkschaft nicht trägt, z. B. die Selbstbeteiligung eines freien Anwalts.

Mit freundlichen Grüßen
Rechtsschutz-Service

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Rechtsschutz-Service <rechtsschutz@lindenhof-versicherung.example>", "Thorsten Pape <thorsten.pape@gmx.example>",
             "AW: gewerkschaft rechtsschutz", "2024-10-01 10:00", reply, reply=True)
    return m, S, "de", "insurer-to-customer", "trade-union membership of a named customer (special category)"


def m146():
    body = """Hi guys,

the coffee machine on 3rd floor is broken AGAIN. Ticket is open. Use the one on 2nd floor pls.

Melanie"""
    m = mail("Melanie Jostmeier <melanie.jostmeier@lindenhof-versicherung.example>", "Etage 3 <etage3@lindenhof-versicherung.example>",
             "coffee machine", "2025-01-09 08:15", body)
    return m, N, "en", "internal", "office chatter"


def m147():
    body = """Hello Mrs. Ivanova,

thank you for the documents. Please find attached the new policy schedule for your building insurance.

Kind regards
Petra Albers"""
    sched = pdf(["Lindenhof Versicherung AG - Versicherungsschein Wohngebaeude", "Versicherungsnehmerin: Elena Ivanova, geb. 19.09.1983",
                 "Risikoort: Bleichstr. 140, 33607 Bielefeld", "Vertrag WG-0883104, Beginn 01.06.2024",
                 "Versicherungssumme Wert 1914: 22.400 Mark", "Jahresbeitrag 612,00 EUR, SEPA von DE97 0127 9393 0593 1335 02"])
    m = mail("Petra Albers <petra.albers@lindenhof-versicherung.example>", "Elena Ivanova <elena.ivanova@mail.example>",
             "RE: documents house", "2024-05-30 14:00", body, atts=[att("Versicherungsschein_WG-0883104.pdf", sched)], reply=True)
    return m, C, "en", "insurer-to-customer", "body harmless; building schedule with birth date and IBAN in PDF"


def m148():
    body = """Hallo Herr Wessel,

wie gewünscht die Antwort für Ihre Kundin Frau Schomäcker: Die Berufsunfähigkeitsleistung aus BU-2290174 ist ab 01.09.2024 anerkannt. Grundlage ist das Gutachten von Dr. Ebert (rezidivierende depressive Störung, F33.2, BU-Grad 70 %). Die monatliche Rente beträgt 1.450 EUR; die Nachzahlung für September bis Dezember (5.800 EUR) geht diese Woche raus. Nachprüfung in 24 Monaten.

Mit freundlichen Grüßen
Marco Lüdtke
Leistung Leben

-----Ursprüngliche Nachricht-----
Von: Ralf Wessel
Betreff: schomäcker BU stand?

hallo herr lüdtke gibts was neues bei frau schomäcker? sie ruft mich jede woche an, es geht ihr echt nicht gut
gruß wessel"""
    m = mail("Marco Lüdtke <marco.luedtke@lindenhof-versicherung.example>", "Ralf Wessel <ralf.wessel@wessel-finanz.example>",
             "AW: schomäcker BU stand?", "2024-12-16 15:00", body, reply=True)
    return m, S, "de", "insurer-to-broker", "disability benefit decision, depression F33.2, to broker"


def m149():
    body = """Hallo Herr Lenz,

kleine Frage zum Preisverzeichnis 2025: Gilt die Anfahrtspauschale (39 EUR) auch am Wochenende oder gibts da Zuschlag? Steht nix drin.

Gruß
Stefan Hoffmann
Sanitär Hoffmann GmbH"""
    reply = """Hallo Herr Hoffmann,

am Wochenende und nachts gilt ein Zuschlag von 50 % auf Arbeitszeit, die Anfahrtspauschale bleibt gleich.

Gruß
Christoph Lenz

""" + "\n".join("> " + l for l in body.split("\n"))
    m = mail("Christoph Lenz <christoph.lenz@lindenhof-versicherung.example>", "Stefan Hoffmann <info@sanitaer-hoffmann.example>",
             "AW: Preisverzeichnis Wochenende", "2025-03-18 11:00", reply, reply=True)
    return m, N, "de", "insurer-to-supplier", "tradesman price question"


def m150():
    body = """Hi Emre,

as you asked: your customer Mr. Karim Benali - his motor policy KF-7741203 is in arrears, 2 premiums of 84,50 EUR open, and the direct debit from his account DE03 3052 3022 6931 7362 02 bounced twice. If nothing comes by 31 May, cover is suspended. Maybe you can call him?

Svenja"""
    m = mail("Svenja Hartwig <svenja.hartwig@lindenhof-versicherung.example>", "Emre Aksoy <emre.aksoy@lindenhof-versicherung.example>",
             "Benali arrears", "2025-05-14 10:00", body)
    return m, C, "en", "internal", "named customer's motor premium arrears and IBAN"


# ----------------------------------------------------------------- build/check
def build():
    os.makedirs(MAILDIR, exist_ok=True)
    rows = []
    for i in range(1, 151):
        _CUR[0] = i
        msg, label, lang, kind, reason = globals()["m%03d" % i]()
        name = "d%d-%04d.eml" % (NN, i)
        with open(os.path.join(MAILDIR, name), "wb") as f:
            f.write(msg.as_bytes(policy=SMTP))
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r)
            f.write("\t".join(r) + "\n")
    print("wrote %d mails to %s" % (len(rows), MAILDIR))


def _pdf_text(b):
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        raise ValueError("not a complete PDF")
    sx = int(re.search(rb"startxref\s+(\d+)", b).group(1))
    if b[sx:sx + 4] != b"xref":
        raise ValueError("bad startxref")
    for mo in re.finditer(rb"(\d+) 0 obj", b):
        pass
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", b):
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    return "\n".join(out)


def _zip_text(b, depth=0):
    z = zipfile.ZipFile(io.BytesIO(b))
    if z.testzip() is not None:
        raise ValueError("zip CRC error")
    out = []
    for n in z.namelist():
        d = z.read(n)
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(d)
            out.append(re.sub(r"<[^>]+>", " ", d.decode("utf-8")))
        else:
            out.append(_blob_text(n, d, depth + 1))
    return "\n".join(out)


def _blob_text(name, b, depth=0):
    low = (name or "").lower()
    if b.startswith(b"%PDF-"):
        return _pdf_text(b)
    if b.startswith(b"PK\x03\x04"):
        return _zip_text(b, depth)
    if low.endswith(".ics"):
        t = b.decode("utf-8")
        if not (t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t):
            raise ValueError("bad ics")
        return t
    for enc in ("utf-8", "cp1252"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable attachment %s" % name)


IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([\w-]+(?:\.[\w-]+)+)")


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def check():
    errs = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errs.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        errs.append("labels.tsv has %d rows" % len(rows))
    cnt = {}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errs.append("bad row %r" % (r,))
            continue
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[2] not in ("de", "en", "mixed"):
            errs.append("bad lang %s" % r[0])
        if r[1] == "NORMAL" and r[4].startswith("trap:") is False and "trap" in r[4]:
            errs.append("trap marker %s" % r[0])
    if cnt != EXPECT:
        errs.append("label counts %r" % cnt)
    files = sorted(os.listdir(MAILDIR))
    want = ["d%d-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errs.append("mail file names differ")
    if [r[0] for r in rows] != want:
        errs.append("labels.tsv order/names")
    natt = 0
    for fn in want:
        p = os.path.join(MAILDIR, fn)
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: not CRLF" % fn)
        msg = message_from_bytes(raw, policy=DEFAULT_POLICY)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (fn, h))
        for h in ("From", "To", "Cc", "Reply-To"):
            for _, a in getaddresses(msg.get_all(h, [])):
                if not a.lower().endswith(".example"):
                    errs.append("%s: address %s" % (fn, a))
        if not msg["Message-ID"].strip(" <>").endswith(".example"):
            errs.append("%s: message-id domain" % fn)
        texts = [str(msg["Subject"])]
        for part in msg.walk():
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            fnm = part.get_filename()
            try:
                if part.get_content_maintype() == "text" and not fnm:
                    texts.append(part.get_content())
                else:
                    natt += 1
                    data = part.get_payload(decode=True)
                    if data is None:
                        raise ValueError("no payload")
                    texts.append(_blob_text(fnm or ct, data))
            except Exception as e:  # noqa
                errs.append("%s: part %s %s: %s" % (fn, ct, fnm, e))
        # nested messages' headers are checked by walk() above (their parts); check their addresses too
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                sub = part.get_payload()[0]
                for h in ("From", "To"):
                    for _, a in getaddresses(sub.get_all(h, [])):
                        if not a.lower().endswith(".example"):
                            errs.append("%s: nested address %s" % (fn, a))
        alltext = "\n".join(texts)
        for d in EMAIL_RE.findall(alltext) + URL_RE.findall(alltext):
            if not d.lower().rstrip(".").endswith(".example"):
                errs.append("%s: domain %s" % (fn, d))
        n = int(fn[4:8])
        for ib in IBAN_RE.findall(alltext):
            if ib.replace(" ", "").upper()[4:7] == "ZZZ":   # SEPA creditor identifier, not an IBAN
                continue
            if not _iban_ok(ib) and ib.replace(" ", "").upper() not in ALLOWED_BAD_IBAN.get(n, set()):
                errs.append("%s: bad IBAN %s" % (fn, ib))
    print("labels:", ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in EXPECT))
    print("lang:", ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())))
    print("files: %d, attachment parts opened: %d" % (len(files), natt))
    if errs:
        print("CHECK FAILED (%d problems)" % len(errs))
        for e in errs:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
