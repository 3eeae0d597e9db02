#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel development corpus dev46 -- generator.

200 hand-written, fictitious e-mails around the private customers of a regional
insurer (Weserland Versicherung, domain weserland-versicherung.example), each
labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

Every mail is written out by hand in its own function below (headers, body,
quotes, forwards, attachment contents).  The helpers at the top only turn that
hand-written content into MIME / office / PDF bytes, deterministically:
fixed seed 46, fixed dates (Europe/Berlin offsets), fixed Message-IDs, fixed
MIME boundaries, fixed timestamps inside ZIP based formats and PDFs.

Usage:
    python3 make_corpus.py            # writes mails/ and labels.tsv
    python3 make_corpus.py --check    # rebuilds twice, compares, validates

Attachment libraries: openpyxl, python-docx, odfpy, fpdf2, pypdf
(e.g. python3 -m venv /tmp/d46-venv && /tmp/d46-venv/bin/pip install
 openpyxl python-docx odfpy fpdf2 pypdf).
"""
import argparse
import datetime
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from email import utils
from email.message import EmailMessage
from email.policy import SMTP
from zoneinfo import ZoneInfo

SEED = 46
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
BERLIN = ZoneInfo("Europe/Berlin")
INS = "weserland-versicherung.example"
ZIP_DT = (2026, 1, 2, 8, 0, 0)

MAILS = []


def mail(n, label, lang, kind, reason):
    """Register one hand-written mail section."""
    def deco(fn):
        MAILS.append((n, label, lang, kind, reason, fn))
        return fn
    return deco


# ---------------------------------------------------------------- headers

def when(s):
    """'2026-03-14 09:12' local Berlin time -> RFC 5322 date with the right offset."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=BERLIN)
    return utils.format_datetime(d)


def _mid(n, frm):
    dom = utils.parseaddr(frm)[1].split("@")[-1] or INS
    h = hashlib.sha1(("d46-%04d" % n).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)


def new(n, frm, to, subject, date, cc=None, mid=None, irt=None, refs=None,
        extra=()):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    if to:
        m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = when(date)
    m["Message-ID"] = mid or _mid(n, frm)
    if irt:
        m["In-Reply-To"] = irt
    if refs or irt:
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def body(m, text, cte=None, charset="utf-8", flowed=False):
    params = {"format": "flowed"} if flowed else {}
    if cte is None:
        m.set_content(text, charset=charset, params=params)
    else:
        m.set_content(text, charset=charset, cte=cte, params=params)
    return m


def html_only(m, h, cte=None):
    if cte:
        m.set_content(h, subtype="html", cte=cte)
    else:
        m.set_content(h, subtype="html")
    return m


def alt(m, text, h):
    m.set_content(text)
    m.add_alternative(h, subtype="html")
    return m


def att(m, data, ctype, filename, charset=None):
    """Attach bytes (or str for text/*) under the given content type."""
    maintype, subtype = ctype.split("/")
    if isinstance(data, str):
        m.add_attachment(data, subtype=subtype, filename=filename,
                         charset=charset or "utf-8")
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         filename=filename)
    return m


def fwd(m, inner):
    """Attach a forwarded message as message/rfc822."""
    m.add_attachment(inner)
    return m


def inner(frm, to, subject, date, text, mid, cc=None, charset="utf-8"):
    """A message that is forwarded as an attachment (written by hand)."""
    e = EmailMessage(policy=SMTP)
    e["From"] = frm
    e["To"] = to
    if cc:
        e["Cc"] = cc
    e["Subject"] = subject
    e["Date"] = when(date)
    e["Message-ID"] = mid
    e.set_content(text, charset=charset, cte="quoted-printable")
    return e


# ---------------------------------------------------------------- attachments

def normzip(data):
    """Rewrite a ZIP container with fixed member timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            ni = zipfile.ZipInfo(info.filename, ZIP_DT)
            ni.compress_type = info.compress_type
            ni.external_attr = info.external_attr
            ni.create_system = 0
            data_i = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data_i = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                rb"\g<1>2026-01-02T08:00:00Z\g<2>", data_i)
            dst.writestr(ni, data_i)
    return out.getvalue()


def zipf(members):
    """members: list of (name, bytes_or_str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            ni = zipfile.ZipInfo(name, ZIP_DT)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.create_system = 0
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data)
    return out.getvalue()


_FIXED = datetime.datetime(2026, 1, 2, 8, 0, 0)


def xlsx(sheets, author="Weserland Versicherung"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return normzip(buf.getvalue())


def docx(paras, author="Weserland Versicherung"):
    """paras: list of str, ('h', text) headings or ('t', rows) tables."""
    import docx as _docx
    d = _docx.Document()
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=1)
        elif isinstance(p, tuple) and p[0] == "t":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        else:
            d.add_paragraph(p)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _FIXED
    cp.modified = _FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normzip(buf.getvalue())


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _odf(mime, body_xml):
    """Write an OpenDocument package by hand (fully deterministic)."""
    head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    content = (head + "<office:document-content " + _ODF_NS +
               ' office:version="1.2"><office:body>' + body_xml +
               "</office:body></office:document-content>")
    styles = (head + "<office:document-styles " + _ODF_NS +
              ' office:version="1.2"><office:styles/></office:document-styles>')
    meta = (head + "<office:document-meta " + _ODF_NS +
            ' office:version="1.2"><office:meta>'
            "<meta:generator>Weserland DMS</meta:generator>"
            "<meta:creation-date>2026-01-02T08:00:00</meta:creation-date>"
            "</office:meta></office:document-meta>")
    manifest = (head + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="'
                + mime + '"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data, comp in (("mimetype", mime, zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            ni = zipfile.ZipInfo(name, ZIP_DT)
            ni.compress_type = comp
            ni.create_system = 0
            ni.external_attr = 0o644 << 16
            z.writestr(ni, data.encode("utf-8"))
    return out.getvalue()


def odt(paras):
    """paras: list of str or ('h', heading)."""
    x = ["<office:text>"]
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            x.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[1]))
        else:
            x.append("<text:p>%s</text:p>" % _x(p))
    x.append("</office:text>")
    return _odf("application/vnd.oasis.opendocument.text", "".join(x))


def ods(sheets):
    """sheets: list of (title, rows)."""
    x = ["<office:spreadsheet>"]
    for title, rows in sheets:
        x.append('<table:table table:name="%s">' % _x(title))
        for r in rows:
            x.append("<table:table-row>")
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    x.append('<table:table-cell office:value-type="float" '
                             'office:value="%s"><text:p>%s</text:p></table:table-cell>'
                             % (c, c))
                else:
                    x.append('<table:table-cell office:value-type="string">'
                             "<text:p>%s</text:p></table:table-cell>" % _x(c))
            x.append("</table:table-row>")
        x.append("</table:table>")
    x.append("</office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(x))


_TRANSLIT = str.maketrans({
    "ı": "i", "ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "İ": "I", "ł": "l",
    "Ł": "L", "ś": "s", "Ś": "S", "ż": "z", "Ż": "Z", "ź": "z", "ć": "c",
    "ń": "n", "ą": "a", "ę": "e", "–": "-", "„": '"', "“": '"', "”": '"',
    "’": "'", "‚": "'", "€": "EUR", "…": "...",
})


def pdf(lines, title="Dokument", author="Weserland Versicherung"):
    """A simple one- or multi-page PDF with a text layer (core font)."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 1, 2, 8, 0, 0,
                                          tzinfo=datetime.timezone.utc))
    p.set_title(title.translate(_TRANSLIT))
    p.set_author(author.translate(_TRANSLIT))
    p.set_creator("Weserland DMS")
    p.set_producer("Weserland DMS")
    p.add_page()
    p.set_font("Helvetica", size=10)
    for ln in lines:
        t = ln.translate(_TRANSLIT)
        if t.startswith("# "):
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, t[2:], new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", size=10)
        elif t == "":
            p.ln(4)
        else:
            p.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def ics(text):
    """Calendar text written by hand; lines get CRLF as RFC 5545 requires."""
    return "\r\n".join(text.strip("\n").split("\n")) + "\r\n"


# ---------------------------------------------------------------- the mails


# ======================================================================
# d46-0001 .. d46-0025
# ======================================================================

@mail(1, "NORMAL", "de", "newsletter",
      "trap: customer newsletter on frost and burst pipes with claim examples and amounts, no person")
def m001():
    m = new(1, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "petra.kuhlmann@t-online.example",
            "Frost, Rohrbruch & Co.: So kommt Ihr Zuhause gut durch den Januar",
            "2026-01-08 07:30",
            extra=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=7Q2M>"),
                   ("Precedence", "bulk")])
    text = """\
Weserland Kundenbrief | Januar 2026

Liebe Kundinnen und Kunden,

die ersten Frostnächte sind da - und mit ihnen die typischen Winterschäden.
Im Januar und Februar 2025 haben uns 1.312 Leitungswasserschäden erreicht,
fast doppelt so viele wie im Sommer. Der durchschnittliche Schaden lag bei
4.870 Euro, der größte bei 96.000 Euro (eingefrorene Leitung in einem
leerstehenden Ferienhaus im Landkreis Cuxhaven).

Drei Tipps, die wirklich helfen:
1. Räume nie ganz auskühlen lassen - auch Keller und Gästezimmer.
2. Wasserleitungen in Garten und Garage absperren und entleeren.
3. Bei längerer Abwesenheit: Haupthahn zu und jemanden nach dem Rechten
   sehen lassen.

Schaden passiert? In der Weserland-App unter "Schaden melden" ein paar
Fotos machen, fertig. Sie bekommen sofort eine Schadennummer und wir melden
uns innerhalb von zwei Werktagen.

Neu: Glatteis vor der Haustür
Als Eigentümerin oder Eigentümer sind Sie für den Winterdienst vor Ihrem
Grundstück verantwortlich. Stürzt jemand, greift Ihre Haus- und
Grundbesitzerhaftpflicht - oder die Privathaftpflicht, wenn Sie selbst im
Haus wohnen. Wie Sie richtig streuen, lesen Sie in unserem Ratgeber:
https://www.weserland-versicherung.example/ratgeber/winterdienst

Herzliche Grüße aus Bremen
Ihr Team der Weserland Versicherung

--
Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
Abmelden: https://news.weserland-versicherung.example/abmelden?k=7Q2M
Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen
Amtsgericht Bremen HRB 0000-B | Vorstand: Dr. Frauke Iken (Vors.), Hauke Renken
"""
    h = """\
<html><body style="font-family:Arial,sans-serif;color:#1b2a3a">
<p style="font-size:11px;color:#777">Weserland Kundenbrief | Januar 2026</p>
<h1 style="color:#0b4f7a">Frost, Rohrbruch &amp; Co.</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>die ersten Frostnächte sind da &ndash; und mit ihnen die typischen Winterschäden.
Im Januar und Februar 2025 haben uns <b>1.312 Leitungswasserschäden</b> erreicht,
fast doppelt so viele wie im Sommer. Der durchschnittliche Schaden lag bei
4.870&nbsp;Euro, der größte bei 96.000&nbsp;Euro.</p>
<ol>
<li>Räume nie ganz auskühlen lassen &ndash; auch Keller und Gästezimmer.</li>
<li>Wasserleitungen in Garten und Garage absperren und entleeren.</li>
<li>Bei längerer Abwesenheit: Haupthahn zu und jemanden nach dem Rechten sehen lassen.</li>
</ol>
<p><b>Schaden passiert?</b> In der Weserland-App unter &bdquo;Schaden melden&ldquo; ein paar Fotos
machen, fertig.</p>
<h2>Neu: Glatteis vor der Haustür</h2>
<p>Als Eigentümerin oder Eigentümer sind Sie für den Winterdienst vor Ihrem Grundstück
verantwortlich. Stürzt jemand, greift Ihre Haus- und Grundbesitzerhaftpflicht.
<a href="https://www.weserland-versicherung.example/ratgeber/winterdienst">Zum Ratgeber</a></p>
<p>Herzliche Grüße aus Bremen<br>Ihr Team der Weserland Versicherung</p>
<p style="font-size:10px;color:#777">Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
<a href="https://news.weserland-versicherung.example/abmelden?k=7Q2M">Abmelden</a><br>
Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen</p>
</body></html>
"""
    return alt(m, text, h)


@mail(2, "STRICTLY_CONFIDENTIAL", "mixed", "relative-to-insurer",
      "son writes for his Turkish mother in broken German: fell on ice, wrist broken, in hospital, accident policy")
def m002():
    m = new(2, "Emre Yılmaz <emre.yilmaz@gmail.example>",
            "service@weserland-versicherung.example",
            "Unfall meine Mutter",
            "2026-01-12 07:48")
    return body(m, """\
Hallo guten morgen,

ich schreibe für meine Mutter Ayşe Yılmaz weil ihr deutsch nicht so gut ist. Sie hat bei ihnen eine Unfallversicherung schon lange, Nummer weiß ich nicht genau glaube UV 61 20 4471 oder so, steht auf dem brief von letztes jahr.

Gestern (Sonntag) morgen ist sie vor dem Haus auf dem eis ausgerutscht, Hafenstraße 88 in Gröpelingen. Der Nachbar hat nicht gestreut. Sie ist auf die rechte hand gefallen, die hand war ganz schief. Wir sind mit ihr ins Weserklinikum West, da haben die geröngt und gesagt handgelenk gebrochen, muss operiert werden mit platte. Sie liegt jetzt da station 4, OP ist heute mittag.

Annem çok korkuyor, sie hat noch nie OP gehabt. Sie fragt ob die Versicherung das bezahlt und was wir jetzt machen müssen. Bekommt sie Geld für die Tage im Krankenhaus? Und muss der Nachbar das auch bezahlen?

Bitte rufen sie mich an, ich arbeite schicht aber nach 15 uhr geht immer: 0176 5550 2231

Danke schön
Emre Yılmaz (Sohn)

iPhone'umdan gönderildi
""")


@mail(3, "CONFIDENTIAL", "de", "customer-to-insurer",
      "young customer reports a parking dent from his phone, plate and policy number, nobody hurt")
def m003():
    m = new(3, "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "kfz-schaden@weserland-versicherung.example",
            "schaden melden",
            "2026-01-14 18:22")
    return body(m, """\
hi

hab heute beim ausparken beim supermarkt in delmenhorst nen audi a3 touchiert, hinten rechts stoßstange hat nen kratzer und kleine delle. der fahrer war da, wir haben daten getauscht. bei mir is nix kaputt nur bissl lack.

mein auto: golf 7, kennzeichen DEL-KB 399
vertrag steht in der app KFZ-7 330 918
der andere: Herr Rüdiger Stamer, Kennzeichen OL-RS 1204, ist bei der Nordwest Assekuranz versichert

verletzt is keiner. was muss ich jetzt machen, muss ich die polizei noch holen?? bilder hab ich

gruß kevin

Gesendet von meinem Galaxy
""")


@mail(4, "NORMAL", "en", "prospect-to-insurer",
      "prospect asks in English what German personal liability covers, no personal or contract data")
def m004():
    m = new(4, "Ben Harcourt <ben.harcourt@fastmail.example>",
            "service@weserland-versicherung.example",
            "Question about liability insurance (Haftpflicht)",
            "2026-01-15 21:05")
    return body(m, """\
Hello,

my wife and I are moving from Manchester to Bremen in February (I start a
job at one of the wind energy companies here). Our German colleagues keep
telling us that the first thing we should buy is "Haftpflicht" and that
nobody in Germany lives without it.

Could you explain in simple terms what it covers and roughly what it costs
for a family (two adults, one child of 9, possibly a dog later)? Does it
also cover damage we might do to a rented flat? And is there a minimum
contract period - we might only stay three years.

I'm sorry I can't write in German yet, my Duolingo streak is only at
41 days.

Many thanks,
Ben Harcourt
""")


@mail(5, "CONFIDENTIAL", "de", "insurer-to-customer",
      "claims handler answers the parking dent: claim number, plate, other party's name in the quote")
def m005():
    m = new(5, "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "AW: schaden melden - Schaden-Nr. KS-2026-004 118",
            "2026-01-15 10:12",
            irt="<CAF7kB+q2ZrM1x@mail.gmail.example>")
    return body(m, """\
Hallo Herr Brinkmann,

danke für Ihre schnelle Meldung. Die Polizei müssen Sie nicht mehr
holen, wenn niemand verletzt ist und Sie die Daten getauscht haben - das
haben Sie alles richtig gemacht.

Ich habe den Schaden unter der Nummer KS-2026-004 118 angelegt. Bitte
laden Sie die Fotos in der App beim Schaden hoch (Schaden > Dokumente >
hinzufügen) oder schicken Sie sie mir als Antwort auf diese Mail.

Wir melden uns dann direkt bei Herrn Stamer bzw. seiner Versicherung.
Ihr SF-Rabatt: Sie können später noch entscheiden, ob Sie den Schaden
selbst zahlen wollen, um die Rückstufung zu vermeiden. Dazu schreibe ich
Ihnen, sobald die Rechnung vorliegt.

Viele Grüße
Katharina Brüning
Kfz-Schadenservice

Weserland Versicherung VVaG | Am Hafenbecken 12 | 28217 Bremen
Tel. 0421 555 0230 | kfz-schaden@weserland-versicherung.example

-----Ursprüngliche Nachricht-----
Von: Kevin Brinkmann <kevin.brinkmann99@gmail.example>
Gesendet: Mittwoch, 14. Januar 2026 18:22
An: kfz-schaden@weserland-versicherung.example
Betreff: schaden melden

hi

hab heute beim ausparken beim supermarkt in delmenhorst nen audi a3 touchiert, hinten rechts stoßstange hat nen kratzer und kleine delle. der fahrer war da, wir haben daten getauscht.

mein auto: golf 7, kennzeichen DEL-KB 399
vertrag steht in der app KFZ-7 330 918
der andere: Herr Rüdiger Stamer, Kennzeichen OL-RS 1204

verletzt is keiner. was muss ich jetzt machen, muss ich die polizei noch holen?? bilder hab ich

gruß kevin
""")


@mail(6, "NORMAL", "de", "system-notification",
      "portal notification 'new document in your mailbox' without any content")
def m006():
    m = new(6, "Weserland Kundenportal <noreply@portal.weserland-versicherung.example>",
            "j.ostendorf@web.example",
            "Neues Dokument in Ihrem Postfach",
            "2026-01-16 05:02",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Guten Tag,

in Ihrem persönlichen Postfach im Weserland Kundenportal liegt ein neues
Dokument für Sie bereit.

Bitte melden Sie sich wie gewohnt an:
https://portal.weserland-versicherung.example/login

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.
Bitte antworten Sie nicht auf diese E-Mail - das Postfach wird nicht
gelesen.

Ihre Weserland Versicherung
""")


@mail(7, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-relative",
      "accident claims handler answers the son: claim opened, asks for hospital report; quote has the fracture in German/Turkish")
def m007():
    m = new(7, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "Emre Yılmaz <emre.yilmaz@gmail.example>",
            "AW: Unfall meine Mutter",
            "2026-01-12 14:37",
            cc="Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>")
    return body(m, """\
Guten Tag Herr Yılmaz,

vielen Dank für Ihre Nachricht, und erst einmal gute Besserung an Ihre
Mutter. Ich hoffe, die Operation ist gut verlaufen.

Ich habe den Vertrag gefunden: Unfallversicherung UV 61 20 4471, Ihre
Mutter ist versichert mit Krankenhaustagegeld (40 Euro pro Tag) und einer
Invaliditätssumme. Der Unfall ist unter UL-2026-00 317 angelegt.

Was wir jetzt brauchen:
- die Unfallanzeige (kommt per Post, Ihre Mutter muss unterschreiben),
- den Entlassungsbericht vom Weserklinikum West, wenn sie nach Hause
  kommt,
- eine unterschriebene Schweigepflichtentbindung, damit wir bei den
  Ärzten nachfragen dürfen.

Das Krankenhaustagegeld zahlen wir für jeden Tag im Krankenhaus. Ob später
noch Geld für eine bleibende Beeinträchtigung der Hand kommt, kann man
erst nach einigen Monaten sagen.

Wegen des Nachbarn: Das klären wir. Bitte schreiben Sie mir seinen Namen
und die Adresse.

Mein Kollege Herr Aydın spricht Türkisch und ruft Sie heute nach 15 Uhr
an, dann kann er Ihrer Mutter alles auch auf Türkisch erklären.

Freundliche Grüße
Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG
Tel. 0421 555 0410

> Am 12.01.2026 um 07:48 schrieb Emre Yılmaz <emre.yilmaz@gmail.example>:
>
> ich schreibe für meine Mutter Ayşe Yılmaz weil ihr deutsch nicht so gut
> ist. Gestern (Sonntag) morgen ist sie vor dem Haus auf dem eis
> ausgerutscht, Hafenstraße 88 in Gröpelingen. Wir sind mit ihr ins
> Weserklinikum West, da haben die geröngt und gesagt handgelenk
> gebrochen, muss operiert werden mit platte. Sie liegt jetzt da station 4.
>
> Annem çok korkuyor, sie hat noch nie OP gehabt.
""")


@mail(8, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "Polish customer reports a deer collision in German/Polish, plate and police note, nobody injured")
def m008():
    m = new(8, "Marek Kowalczyk <m.kowalczyk@wp.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Wildunfall / wypadek z sarną",
            "2026-01-19 06:55")
    return body(m, """\
Guten Tag,

gestern abend ca 22:15 auf der B51 zwischen Bassum und Diepholz ist ein Reh vor mein Auto gesprungen. Ich konnte nicht mehr bremsen. Reh ist tot, Polizei war da und hat Wildunfallbescheinigung gemacht, Jäger hat auch unterschrieben.

Auto: Skoda Octavia Kombi, Kennzeichen DH-MK 744, Teilkasko bei Ihnen.
Schaden vorne: Stoßstange kaputt, Scheinwerfer links kaputt, Motorhaube Delle. Auto fährt noch aber Licht links geht nicht.

Nikt nie jest ranny, ich war allein im Auto, alles okay.

Wo soll ich Auto reparieren? Meine Werkstatt ist Auto Borchers in Sulingen, ist das okay für Sie? Zdjęcia i zaświadczenie z policji wyślę dziś wieczorem (Fotos und Polizeipapier schicke ich heute abend).

Pozdrawiam / Mit freundliche Grüße
Marek Kowalczyk
Lange Straße 17, 27232 Sulingen
Tel 0157 5558 1940
""")


@mail(9, "NORMAL", "de", "internal",
      "team lead's holiday roster for Easter, colleagues named without reasons")
def m009():
    m = new(9, "Birte Janssen <birte.janssen@weserland-versicherung.example>",
            "team-service-privat@weserland-versicherung.example",
            "Dienstplan Ostern + Brückentage",
            "2026-01-20 12:04")
    return body(m, """\
Moin zusammen,

damit wir rund um Ostern (3.-6. April) nicht wieder zu dritt am Telefon
sitzen, hier der Stand der Urlaubsanträge:

- Ewa: 30.03.-10.04. genehmigt
- Mehmet: 07.04.-09.04. genehmigt
- Olga: 02.04. (Gründonnerstag) halber Tag
- Jana: keine Abwesenheit
- ich: 13.04.-17.04.

Für Gründonnerstag brauche ich noch jemanden mit Polnisch am Nachmittag,
weil Ewa weg ist. Wer sich sicher fühlt: bitte bei mir melden. Sonst
schalten wir wie letztes Jahr die Sprachbox "proszę zadzwonić ponownie"
(Text liegt im Teams-Kanal).

Samstagsdienst Hotline 11.04.: Jana + Olga.

Danke euch!
Birte

--
Birte Janssen
Teamleitung Kundenservice Privatkunden
Weserland Versicherung VVaG
""", flowed=False)


@mail(10, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "daughter reports storm damage to her father's house; casually says he has lived in a care home since January")
def m010():
    m = new(10, "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "schaden@weserland-versicherung.example",
            "Sturmschaden Dach - Haus meines Vaters, Am Mühlenteich 4, Syke",
            "2026-01-21 20:41")
    return body(m, """\
Sehr geehrte Damen und Herren,

ich melde einen Sturmschaden für meinen Vater, Heinrich Lüdemann. Er ist
Versicherungsnehmer der Wohngebäudeversicherung für das Haus Am
Mühlenteich 4, 28857 Syke (Vertrags-Nr. WG 3 220 917 44). Ich habe eine
Vollmacht von ihm, die schicke ich gern mit.

Beim Sturm am vergangenen Wochenende sind auf der Westseite etwa zwanzig
Dachziegel heruntergekommen, außerdem ist die Dachrinne abgerissen. Leider
hat es danach tagelang reingeregnet, im Schlafzimmer oben ist ein großer
Wasserfleck an der Decke und die Tapete kommt runter.

Dass wir es erst so spät bemerkt haben, liegt daran, dass Papa seit Anfang
Januar im Pflegeheim "Haus Hachetal" in Syke wohnt und das Haus im Moment
leer steht. Ich schaue nur am Wochenende nach dem Rechten. Ich hoffe, das
ist kein Problem mit der Versicherung?

Der Dachdecker (Firma Harms Bedachungen) hat das Dach provisorisch mit
Planen abgedeckt und kommt nächste Woche für ein Angebot. Fotos habe ich
gemacht.

Bitte teilen Sie mir mit, wie es weitergeht. Am besten erreichen Sie mich
abends unter 0171 5553 0762.

Mit freundlichen Grüßen
Sabine Lüdemann-Roth
Bahnhofstraße 31, 28857 Syke
""", flowed=True)


@mail(11, "NORMAL", "de", "insurer-to-prospect",
      "trap: accident product info with the limb-value table (thumb, eye, leg percentages) to a prospect who asked generally")
def m011():
    m = new(11, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Tim Osterloh <tim.osterloh@gmx.example>",
            "AW: Anfrage Unfallversicherung Handwerker",
            "2026-01-22 11:16",
            irt="<9f3c1e2a-77b0-4d1e-bb12-0a5c9e6d1f20@gmx.example>")
    m = body(m, """\
Hallo Herr Osterloh,

danke für Ihre Anfrage. Gern erkläre ich kurz, wie die Unfallversicherung
bei einer dauerhaften Beeinträchtigung rechnet.

Die Leistung richtet sich nach der sogenannten Gliedertaxe. Für den
vollständigen Verlust oder die völlige Funktionsunfähigkeit gelten bei
unserem Tarif "Weserland Unfall Komfort" zum Beispiel diese Sätze:

  Arm ........................ 70 %
  Hand ....................... 55 %
  Daumen ..................... 22 %
  Zeigefinger ................ 12 %
  anderer Finger .............  7 %
  Bein über der Mitte des
  Oberschenkels .............. 70 %
  Fuß ........................ 40 %
  ein Auge ................... 50 %
  Gehör auf einem Ohr ........ 30 %

Bei Teilverlust gilt der entsprechende Bruchteil. Mit einer Progression
von 350 % und einer Grundsumme von 100.000 Euro würde der Verlust eines
Zeigefingers also 12.000 Euro ergeben; ab 25 % Invalidität greift die
Progression.

Für Handwerker wie Tischler gilt Gefahrengruppe B. Das Produktinformations-
blatt mit allen Beträgen hängt an. Wenn Sie ein persönliches Angebot
möchten, brauche ich Ihr Geburtsdatum und die gewünschte Summe - das können
Sie mir auch gern telefonisch sagen.

Viele Grüße
Jana Wöltje
Kundenservice Privatkunden
Weserland Versicherung VVaG | Tel. 0421 555 0100

> Ich bin Tischler und überlege eine Unfallversicherung abzuschließen.
> Wie viel zahlt die eigentlich wenn man z.B. einen Finger verliert?
> Gruß T. Osterloh
""")
    p = pdf([
        "# Produktinformationsblatt Weserland Unfall Komfort (Stand 01/2026)",
        "Versicherer: Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen",
        "",
        "Welche Art von Versicherung ist das?",
        "Eine private Unfallversicherung. Sie gilt weltweit und rund um die Uhr, in Beruf und Freizeit.",
        "",
        "Was ist versichert?",
        "- Invaliditätsleistung nach Gliedertaxe, Progression wahlweise 225 %, 350 % oder 500 %",
        "- Unfallrente ab 50 % Invalidität (optional)",
        "- Krankenhaustagegeld 20 bis 100 Euro je Tag",
        "- Bergungskosten bis 25.000 Euro, kosmetische Operationen bis 10.000 Euro",
        "- Herzinfarkt und Schlaganfall gelten nicht als Unfall",
        "",
        "Was ist nicht versichert?",
        "- Unfälle durch Geistes- oder Bewusstseinsstörungen, auch durch Trunkenheit",
        "- Bandscheibenschäden und Bauch- oder Unterleibsbrüche, außer nach einem versicherten Unfall",
        "- Infektionen, Vergiftungen durch Nahrungsmittel, psychische Reaktionen",
        "",
        "Beitragsbeispiel (Gefahrengruppe B, Grundsumme 100.000 Euro, Progression 350 %): 14,90 Euro monatlich",
    ], title="PIB Unfall Komfort")
    return att(m, p, "application/pdf", "PIB_Unfall_Komfort_2026-01.pdf")


@mail(12, "CONFIDENTIAL", "en", "customer-to-insurer",
      "English customer reports her bike stolen at the station: frame number, police reference, policy number")
def m012():
    m = new(12, "Priya Harcourt <priya.harcourt@outlook.example>",
            "schaden@weserland-versicherung.example",
            "Stolen bicycle - policy HR 2 114 583 06",
            "2026-03-03 08:19")
    return body(m, """\
Dear Sir or Madam,

I am writing to report that my bicycle was stolen yesterday between 8:30
and 18:00 from the bike parking at Bremen Hauptbahnhof (Fahrradparkhaus,
level 2). It was locked with an Abus Bordo folding lock, which is gone as
well.

Policy: household insurance incl. bicycle cover, HR 2 114 583 06
Insured: Priya Harcourt, Kornstraße 212, 28201 Bremen
Bicycle: Gazelle Ultimate C380, dark green, bought Feb 2026 for EUR 1,249
Frame number: GZ8C24117093
Police report: Polizei Bremen, Vorgangsnummer 260302-1143-0271

I have the purchase receipt and a photo of the bike. What else do you
need? Can I already buy a new one so I can get to work, or should I wait
for your approval?

Kind regards,
Priya Harcourt
+49 1512 5559 8823
""")


@mail(13, "STRICTLY_CONFIDENTIAL", "mixed", "family-to-insurer",
      "Polish family reply-all thread with the agent in CC: ski trip cancelled because grandmother is in hospital with a heart attack")
def m013():
    m = new(13, "Agnieszka Kowalczyk <agnieszka.kowalczyk@onet.example>",
            "Marek Kowalczyk <m.kowalczyk@wp.example>, Zuzanna Kowalczyk <zuzia.k@gmail.example>",
            "Re: Re: Zakopane ferie - Storno?",
            "2026-02-05 22:47",
            cc="Thorsten Dieckmann <t.dieckmann@agentur-dieckmann.example>",
            irt="<CAB1zK-4rT9mP@mail.gmail.example>",
            refs="<4e1a8c0b.5f2@wp.example> <CAB1zK-4rT9mP@mail.gmail.example>")
    return body(m, """\
Marek, Zuzia,

rozmawiałam dziś z lekarzem w szpitalu w Nowym Targu. Mama ma zawał, leży na kardiologii, w piątek mają robić koronarografię i pewnie stent. Na pewno nie pojedziemy 14.02. do Zakopanego, ja jadę do niej w sobotę pociągiem.

Herr Dieckmann, ich schreibe Sie in Kopie, weil Sie haben uns die Reiserücktrittsversicherung verkauft (mit der Reise im Oktober). Meine Mutter, Krystyna Wójcik, 79 Jahre, hat Herzinfarkt und liegt im Krankenhaus in Nowy Targ in Polen. Wir müssen die Ferienwohnung in Zakopane stornieren, 14.02.-21.02., 1.120 Euro für 3 Personen. Vermieter sagt nur 20% zurück.

Ist das versichert wenn die Oma krank ist und nicht wir? Welche Papiere brauchen Sie? Der Arzt kann ein Zaświadczenie auf polnisch schreiben.

Zuzia, proszę wyślij panu Dieckmannowi potwierdzenie rezerwacji, ty masz maila od właściciela.

Agnieszka

-----
W dniu śr., 4 lut 2026 o 21:12 Zuzanna Kowalczyk <zuzia.k@gmail.example> napisała:
> Mamo, co z babcią?? Tata mówi że jest w szpitalu. Mam jechać z wami do Polski?
> Zuzia
>
> W dniu śr., 4 lut 2026 o 19:30 Marek Kowalczyk <m.kowalczyk@wp.example> napisał:
>> Babcia w szpitalu, ciocia Ewa dzwoniła. Serce. Agnieszka jedzie w sobotę.
""")


@mail(14, "NORMAL", "de", "internal",
      "trap: IT ticket about the mailroom scanner feeding doctors' reports and invoices crookedly, no person")
def m014():
    m = new(14, "IT-Servicedesk <it-servicedesk@weserland-versicherung.example>",
            "Holger Brandt <holger.brandt@weserland-versicherung.example>",
            "[Ticket #INC-2026-01873] Scanner Poststelle zieht Arztberichte schief ein",
            "2026-01-23 09:41",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Ticket-Priority", "3 - mittel")])
    return body(m, """\
Neues Ticket wurde Ihnen zugewiesen.

Ticket:       INC-2026-01873
Melder:       Poststelle EG (Durchwahl 0118)
Kategorie:    Hardware > Scanner > Kodak i4250
Priorität:    3 - mittel

Beschreibung des Melders:
Seit dem Firmware-Update am Dienstag zieht der große Scanner in der
Poststelle dünnes Papier schief ein. Betroffen sind vor allem Arztberichte,
Krankenhausrechnungen und Rezeptkopien, die Kunden für die Unfall- und
Reise-Leistung schicken (oft dünnes Thermopapier oder Durchschläge). Die
OCR erkennt dann die Vertragsnummer nicht und die Dokumente landen im
Klärungskorb. Gestern waren es ca. 140 Seiten, die wir von Hand nachsortiert
haben.

Normales Papier (Schadenanzeigen, Briefe) geht problemlos.

Bitte vor Ort anschauen, wir scannen bis dahin dünnes Papier über den
kleinen Flachbettscanner.

--
Dieses Ticket wurde automatisch erstellt. Antworten Sie auf diese E-Mail,
um einen Kommentar hinzuzufügen.
""")


@mail(15, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer reports a move for her household policy: old and new address, living space, policy number")
def m015():
    m = new(15, "Petra Kuhlmann <petra.kuhlmann@t-online.example>",
            "service@weserland-versicherung.example",
            "Umzug zum 1. März",
            "2026-01-26 16:30")
    return body(m, """\
Guten Tag,

ich ziehe zum 1. März um und möchte meine Hausratversicherung mitnehmen.

Versicherungsnummer: HR 2 087 114 51
Name: Petra Kuhlmann

Alte Adresse: Wachmannstraße 56, 28209 Bremen (2 Zimmer, 58 qm)
Neue Adresse: Im Holze 9, 28844 Weyhe (3 Zimmer, 74 qm, Erdgeschoss mit
kleiner Terrasse)

Muss ich die Versicherungssumme anpassen? Im Moment sind es 38.000 Euro.
Und gilt die Versicherung während des Umzugs in beiden Wohnungen? Der
Umzugswagen kommt am 28.02.

Außerdem wohnt ab März mein Lebensgefährte mit in der Wohnung. Muss ich
den irgendwo eintragen?

Vielen Dank und freundliche Grüße
Petra Kuhlmann
""")


@mail(16, "NORMAL", "mixed", "prospect-to-insurer",
      "trap: prospect asks in German/Turkish about pet insurance for a cat in general (neutering, vaccinations), no contract")
def m016():
    m = new(16, "Can Demir <can.demir@hotmail.example>",
            "service@weserland-versicherung.example",
            "Katzenversicherung?",
            "2026-01-27 23:12")
    return body(m, """\
Merhaba / Hallo,

wir haben seit Weihnachten eine Katze aus dem Tierheim, Kedimiz ist ca. 1 Jahr alt, Wohnungskatze.

Ich hab auf ihrer Seite gelesen es gibt OP-Versicherung für Hunde und Katzen. Paar Fragen:
- Ab welchem Alter kann man abschließen und bis welchem Alter?
- Ist Kastration mit drin oder Impfungen? Oder nur wenn sie krank wird?
- Gibt es Wartezeit?
- Was kostet das ungefähr im Monat?

Meine Freundin sagt wir brauchen das nicht, ich sage doch, weil eine Zahn-OP beim Tierarzt kostet ja schnell 800 Euro. Kim haklı? :)

Teşekkürler
Can
""")


@mail(17, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident payout letter: hospital daily allowance for six days; no diagnosis word, PDF statement attached")
def m017():
    m = new(17, "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
            "Ayşe Yılmaz <ayse.yilmaz58@gmx.example>",
            "Ihre Unfallversicherung UV 61 20 4471 - Abrechnung",
            "2026-02-04 13:20",
            cc="Emre Yılmaz <emre.yilmaz@gmail.example>")
    m = body(m, """\
Sehr geehrte Frau Yılmaz,

Ihr Sohn hat uns mitgeteilt, dass Sie am 19.01.2026 aus dem Weserklinikum
West entlassen wurden. Wir freuen uns, dass Sie wieder zu Hause
sind.

Für Ihren Aufenthalt vom 11.01. bis 19.01.2026 zahlen wir das
Krankenhaustagegeld. Die Abrechnung finden Sie im Anhang. Das Geld
überweisen wir in den nächsten Tagen auf Ihr Konto
DE68 2915 1700 6581 4640 23.

Über eine mögliche Invaliditätsleistung können wir erst entscheiden, wenn
feststeht, ob eine dauerhafte Einschränkung bleibt. Wir melden uns dazu
im Sommer bei Ihnen.

Mit freundlichen Grüßen

Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG
Am Hafenbecken 12, 28217 Bremen
""")
    p = pdf([
        "# Leistungsabrechnung Unfallversicherung",
        "Weserland Versicherung VVaG - Leistung Unfall - Am Hafenbecken 12, 28217 Bremen",
        "",
        "Versicherungsnehmerin / versicherte Person: Ayşe Yılmaz, Hafenstraße 88, 28237 Bremen",
        "Vertrag: UV 61 20 4471     Leistungsfall: UL-2026-00 317     Unfalltag: 11.01.2026",
        "",
        "Krankenhaustagegeld",
        "Stationärer Aufenthalt Weserklinikum West: 11.01.2026 bis 19.01.2026",
        "Anzahl Tage: 9     Tagessatz: 40,00 EUR     Betrag: 360,00 EUR",
        "",
        "Genesungsgeld (gleiche Anzahl Tage)",
        "Anzahl Tage: 9     Tagessatz: 20,00 EUR     Betrag: 180,00 EUR",
        "",
        "Auszahlungsbetrag: 540,00 EUR",
        "Empfängerkonto: DE68 2915 1700 6581 4640 23 (Ayşe Yılmaz)",
        "",
        "Die Prüfung einer Invaliditätsleistung bleibt vorbehalten.",
    ], title="Leistungsabrechnung UL-2026-00317")
    return att(m, p, "application/pdf", "Abrechnung_UL-2026-00317.pdf")


@mail(18, "NORMAL", "en", "newsletter",
      "trap: English expat newsletter explaining German insurance (health insurance mandatory, hospital, liability), no person")
def m018():
    m = new(18, "Weserland Welcome Desk <welcome@news.weserland-versicherung.example>",
            "newcomers@lists.weserland-versicherung.example",
            "New in Bremen? The five insurances that actually matter",
            "2026-02-02 08:00",
            extra=[("List-Unsubscribe", "<mailto:unsubscribe@news.weserland-versicherung.example?subject=welcome>"),
                   ("Precedence", "bulk")])
    text = """\
WELCOME DESK - Newsletter for international newcomers, February 2026

Moving to Germany means paperwork. Here is what you really need, and what
you can skip.

1. Health insurance (Krankenversicherung) - mandatory
   Everyone living in Germany must have it. Employees are usually in the
   public system (gesetzliche Krankenversicherung); your employer registers
   you. It pays for doctors, hospital treatment and prescriptions. We do
   not sell health insurance - ask your employer's HR team.

2. Personal liability (Privathaftpflicht) - strongly recommended
   If you break your neighbour's window or a cyclist falls because of you,
   you pay - without limit. A family policy costs around EUR 6-9 a month.

3. Household contents (Hausrat) - recommended
   Burglary, fire, burst pipes, storm. Bicycles can be added.

4. Car insurance (Kfz) - mandatory if you own a car
   You need an eVB number before you can register the car.

5. Travel health insurance - for trips abroad
   Your German health insurance may not cover private clinics or the
   flight home if you fall ill on holiday outside the EU.

Skip: phone screen insurance bundled at the shop, and "funeral insurance"
phone calls from people you've never met.

Questions? Our Welcome Desk speaks English, Polish, Turkish and Russian:
+49 421 555 0199, Monday to Friday 8-18.

Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen, Germany
Unsubscribe: mailto:unsubscribe@news.weserland-versicherung.example
"""
    return body(m, text)


@mail(19, "CONFIDENTIAL", "de", "customer-to-insurer",
      "flooded basement after heavy rain; the body only says 'die Liste', policy numbers and address are in the ODS list")
def m019():
    m = new(19, "Gisela Hartwig <gisela.hartwig@ewetel.example>",
            "schaden@weserland-versicherung.example",
            "Liste Keller",
            "2026-06-22 19:55",
            extra=[("X-Mailer", "LibreOffice / Thunderbird 128.4")])
    m = body(m, """\
Sehr geehrte Damen und Herren,

wie heute Vormittag telefonisch mit Ihrer Kollegin Frau Wöltje
besprochen, schicke ich Ihnen die Liste aus unserem Keller.

Die Heizung ist auch nass geworden, der Heizungsbauer kommt morgen.

Mit freundlichen Grüßen
Gisela Hartwig
""", flowed=True)
    o = ods([("Kellerschaden", [
        ["Starkregen 20.06.2026 - Wasser im Keller (ca. 25 cm, Feuerwehr hat abgepumpt)"],
        ["Versicherungsnehmer: Achim und Gisela Hartwig, Lindenweg 14, 28816 Stuhr"],
        ["Wohngebäude WG 3 114 620 08 / Hausrat HR 2 301 775 19 (jeweils mit Elementar)"],
        [""],
        ["Pos.", "Gegenstand", "gekauft (ca.)", "Neupreis EUR", "Zustand"],
        [1, "Gefriertruhe Bosch GCN 3", 2019, 649, "Motor nass, läuft nicht"],
        [2, "Waschmaschine Miele W1", 2021, 899, "stand im Wasser"],
        [3, "Trockner AEG", 2017, 520, "stand im Wasser"],
        [4, "Regal mit Weihnachtsdeko (3 Kisten)", 2010, 300, "Kartons aufgeweicht"],
        [5, "Werkbank + Akkuschrauber, Stichsäge", 2015, 480, "Werkzeuge rostig"],
        [6, "Gästebett (Klappbett)", 2018, 159, "Matratze nass"],
        [7, "Fotoalben Familie", "", "", "nicht ersetzbar"],
        [8, "Vorräte (Konserven, Getränke)", 2026, 120, "teils unbrauchbar"],
        ["", "Summe", "", 3127, ""],
    ])])
    return att(m, o, "application/vnd.oasis.opendocument.spreadsheet",
               "Kellerschaden_Hartwig.ods")


@mail(20, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "English customer claims travel health costs for his son's ear infection in Portugal, clinic invoice attached")
def m020():
    m = new(20, "Ben Harcourt <ben.harcourt@fastmail.example>",
            "reise@weserland-versicherung.example",
            "Travel insurance claim - doctor in Portugal",
            "2026-04-08 17:42")
    m = body(m, """\
Hello,

we're just back from the Algarve. On 31 March our son Oliver (9) woke up
with terrible ear pain and a fever of 39.2. We took him to a private clinic
in Lagos because the health centre was closed for the holiday. The doctor
said it was a middle-ear infection and gave him antibiotics (amoxicillin)
and ear drops. He's fine now.

We paid EUR 120 for the consultation and EUR 23.40 at the pharmacy. Both
receipts are attached as one PDF. We have the annual travel policy with
you, RV 7 004 219 (family cover).

Do you also need something from our German health insurance? They
said to send it to you first.

Account for the refund: Ben Harcourt, DE16 2905 0000 2252 4025 11

Thanks,
Ben
""")
    p = pdf([
        "# Clinica Barlavento - Lagos, Portugal",
        "Rua da Praia 41, 8600-000 Lagos | NIF 500000000",
        "",
        "Fatura / Invoice no. FT 2026/1187          Date: 31/03/2026",
        "Patient: Oliver Harcourt     Date of birth: 14/09/2016",
        "Address: Kornstrasse 212, 28201 Bremen, Alemanha",
        "",
        "Consulta de urgencia pediatrica / Paediatric urgent consultation      95,00 EUR",
        "Otoscopia / Otoscopy                                                   25,00 EUR",
        "Total                                                                 120,00 EUR",
        "",
        "Diagnosis: acute otitis media, right ear (H66.9). Fever 39.2 C.",
        "Prescribed: amoxicillin 250 mg/5 ml suspension, 7 days; ear drops.",
        "Dr. Ana Ribeiro, pediatra, cedula 00000",
        "",
        "# Farmacia Central Lagos - Recibo",
        "31/03/2026  Amoxicilina 250mg/5ml susp. 100ml   8,90 EUR",
        "31/03/2026  Gotas auriculares                   14,50 EUR",
        "Total pago                                       23,40 EUR",
    ], title="Receipts Lagos", author="Ben Harcourt")
    return att(m, p, "application/pdf", "receipts_lagos.pdf")


@mail(21, "NORMAL", "de", "auto-reply",
      "trap: life/accident clerk's out-of-office naming the benefits department and claims topics, no person")
def m021():
    m = new(21, "Sven Ohlrogge <sven.ohlrogge@weserland-versicherung.example>",
            "dennis.wuebbe@gmail.example",
            "Automatische Antwort: Frage zu Vertrag",
            "2026-02-09 10:03",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro und lese meine E-Mails
in dieser Zeit nicht.

In dringenden Fällen wenden Sie sich bitte an:
- Leistungsfälle Lebensversicherung (Todesfall, Berufsunfähigkeit,
  Ablauf): leben-leistung@weserland-versicherung.example,
  Tel. 0421 555 0450
- Leistungsfälle Unfallversicherung: leistung-unfall@weserland-versicherung.example
- alle anderen Fragen: service@weserland-versicherung.example

Bitte schicken Sie ärztliche Unterlagen nicht per normaler E-Mail, sondern
über das Kundenportal oder per Post.

Mit freundlichen Grüßen
Sven Ohlrogge
Bestand Lebensversicherung
""")


@mail(22, "CONFIDENTIAL", "mixed", "relative-to-insurer",
      "son writes in German/Russian for his mother: new bank account for the buildings policy, full IBAN")
def m022():
    m = new(22, "Dmitri Schneider <dima.schneider@mail.example>",
            "service@weserland-versicherung.example",
            "Neue Bankverbindung für Valentina Schneider",
            "2026-02-10 08:05")
    return body(m, """\
Здравствуйте / Guten Tag,

ich schreibe für meine Mutter, Valentina Schneider, Kirchhuchtinger Landstraße 140, 28259 Bremen. Sie hat die Wohngebäudeversicherung bei Ihnen, Nummer WG 3 041 556 92.

Mama hat die Bank gewechselt, die alte Konto bei der Direktbank ist ab 1. März zu. Bitte ab jetzt abbuchen von:

Kontoinhaberin: Valentina Schneider
IBAN: DE49 2915 1700 9478 2500 55
Weser-Sparkasse

Das SEPA-Formular hat sie unterschrieben, ich schicke es per Post, sie hat kein Scanner. Мама просила передать спасибо Ольге, что так терпеливо всё объяснила по телефону (Mama sagt danke an Frau Reimer, sie hat am Telefon alles so geduldig erklärt).

С уважением / Mit freundlichen Grüßen
Dmitri Schneider
0160 5554 7719
""")


@mail(23, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "elderly customer asks by mail to change the beneficiary of his funeral-expenses life policy to his granddaughter")
def m023():
    m = new(23, "Heinrich Lüdemann <heinrich.luedemann@t-online.example>",
            "leben@weserland-versicherung.example",
            "Bezugsberechtigung Sterbegeldversicherung",
            "2026-01-06 10:17",
            extra=[("X-Mailer", "T-Online Mail")])
    return body(m, """\
Sehr geehrte Damen und Herren,

hiermit bitte ich Sie, in meiner Sterbegeldversicherung Nr. LV 880 415 227
die Bezugsberechtigung zu ändern.

Bisher ist meine verstorbene Ehefrau Erna Lüdemann eingetragen. Neu
eingetragen werden soll meine Enkelin:

Lea Roth, geboren am 02.11.2001, wohnhaft Bahnhofstraße 31, 28857 Syke.

Die Enkelin kümmert sich um alles, wenn es einmal so weit ist. Meine
Tochter Sabine ist einverstanden.

Bitte schicken Sie mir eine Bestätigung an meine Anschrift Am Mühlenteich
4, 28857 Syke, ab nächster Woche aber bitte an meine Tochter, weil ich dann
umziehe.

Hochachtungsvoll
Heinrich Lüdemann
""", charset="iso-8859-1")


@mail(24, "NORMAL", "de", "newsletter",
      "trap: regional office invites to a blood donation day with the Red Cross (blood group, donor health check), no person")
def m024():
    m = new(24, "Weserland Geschäftsstelle Delmenhorst <delmenhorst@weserland-versicherung.example>",
            "kunden-delmenhorst@lists.weserland-versicherung.example",
            "Blutspende bei uns in der Geschäftsstelle - Di. 17. Februar",
            "2026-02-03 15:10",
            extra=[("Precedence", "bulk")])
    return body(m, """\
Liebe Kundinnen und Kunden in Delmenhorst und umzu,

am Dienstag, 17. Februar, ist der Blutspendedienst Nordwest von 15 bis 19.30 Uhr
bei uns in der Geschäftsstelle Lange Straße 48 zu Gast.

Gut zu wissen:
- Blut spenden dürfen gesunde Menschen ab 18 Jahren, Erstspender bis 64.
- Vor der Spende gibt es einen kurzen Gesundheitscheck: Blutdruck, Puls,
  Temperatur und Hämoglobinwert.
- Bitte Personalausweis mitbringen und vorher gut essen und trinken.
- Wer kürzlich eine Tätowierung, eine Operation oder eine Reise in ein
  Malariagebiet hatte, fragt bitte vorab beim Blutspendedienst nach (Hotline 0800 5553
  1190).

Eine Spende dauert etwa zehn Minuten, mit Anmeldung, Arztgespräch und
Imbiss rund eine Stunde. Ihre Blutgruppe erfahren Sie nach der ersten
Spende per Spenderausweis.

Danach gibt's Kaffee, Butterkuchen und für jeden Spender einen
Weserland-Regenschirm.

Wir freuen uns auf Sie!
Ihr Team der Geschäftsstelle Delmenhorst

Weserland Versicherung VVaG | Geschäftsstelle Delmenhorst
Lange Straße 48, 27749 Delmenhorst | Tel. 04221 555 300
""")


@mail(25, "CONFIDENTIAL", "de", "insurer-to-customer",
      "annual motor premium statement with plate, no-claims class and masked bank account")
def m025():
    m = new(25, "Weserland Versicherung <beitrag@weserland-versicherung.example>",
            "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "Ihre geänderte Beitragsrechnung 2026 - Kfz-Versicherung KFZ-7 330 918",
            "2026-01-20 06:00",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Guten Tag Herr Brinkmann,

hier ist Ihre geänderte Beitragsrechnung für das Versicherungsjahr 2026
(neuer Fahrerkreis ab 01.02.2026).

Fahrzeug:           VW Golf VII 1.4 TSI
Kennzeichen:        DEL-KB 399
Halter:             Kevin Brinkmann, Stedinger Straße 120, 27753 Delmenhorst
Fahrerkreis:        nur Versicherungsnehmer, ab 23 Jahre
Jährliche Fahrleistung: bis 12.000 km

                         SF-Klasse   Beitragssatz   Jahresbeitrag
Kfz-Haftpflicht          SF 3        70 %           512,40 EUR
Teilkasko (150 EUR SB)   -           -              138,90 EUR
Schutzbrief              -           -               12,00 EUR
Gesamt                                              663,30 EUR

Zahlweise: monatlich 55,28 EUR per Lastschrift
Konto: DE44 **** **** **** **62 33
Erste Abbuchung: 01.02.2026

Ihre SF-Klasse zum 01.01.2026 beträgt SF 3. Ein am 14.01.2026 gemeldeter
Schaden ist hier noch nicht berücksichtigt.

Ihre Weserland Versicherung

Dies ist eine automatisch erstellte Nachricht. Die Rechnung finden Sie
auch im Kundenportal.
""")


# ======================================================================
# d46-0026 .. d46-0050
# ======================================================================

@mail(26, "STRICTLY_CONFIDENTIAL", "mixed", "relative-to-insurer",
      "daughter reports in German/Turkish that her father died on holiday in Izmir; term life claim, Islamic burial there")
def m026():
    m = new(26, "Elif Yılmaz-Kaya <elif.kaya@icloud.example>",
            "leben@weserland-versicherung.example",
            "Vater verstorben - Lebensversicherung Hüseyin Yılmaz",
            "2026-03-16 09:31",
            cc="Emre Yılmaz <emre.yilmaz@gmail.example>")
    return body(m, """\
Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Vater, Hüseyin Yılmaz (Hafenstraße 88, 28237 Bremen), am 13.03.2026 in Izmir verstorben ist. Er war dort seit Februar bei seiner Schwester zu Besuch.

Er hatte bei Ihnen eine Risikolebensversicherung, die Police liegt vor mir: LV 772 031 548, versicherte Summe 50.000 Euro. Begünstigt ist meine Mutter Ayşe Yılmaz.

Die Beerdigung war schon am Samstag in Izmir, nach islamischem Brauch muss das ja sehr schnell gehen (cenaze namazı war in der Moschee in Karşıyaka, dann Friedhof). Eine Überführung nach Deutschland gab es deshalb nicht.

Meine Fragen:
1. Welche Unterlagen brauchen Sie? Wir haben eine türkische Sterbeurkunde (ölüm belgesi) vom Standesamt Karşıyaka. Muss die übersetzt werden?
2. Reicht eine Kopie oder brauchen Sie das Original?
3. Meine Mutter ist noch nicht zurück aus der Türkei. Kann ich alles für sie machen? Sie kann eine Vollmacht unterschreiben.

Annem için çok zor bir dönem, bitte schreiben Sie an mich oder meinen Bruder Emre, nicht an sie direkt.

Vielen Dank
Elif Yılmaz-Kaya
Waller Heerstraße 201, 28219 Bremen
0152 5556 3380
""")


@mail(27, "NORMAL", "de", "internal",
      "trap: text module for condolence letters in life claims with «placeholders» only")
def m027():
    m = new(27, "Sven Ohlrogge <sven.ohlrogge@weserland-versicherung.example>",
            "leben-leistung@weserland-versicherung.example",
            "Neuer Textbaustein LT-17 Kondolenz / Unterlagenanforderung Todesfall",
            "2026-02-24 14:50")
    return body(m, """\
Hallo zusammen,

nach dem Feedback aus der Kundenbefragung haben wir den Baustein für die
erste Antwort im Todesfall überarbeitet (kürzer, weniger Amtsdeutsch). Er
ist ab Montag im Textsystem als LT-17 hinterlegt. Bitte ab dann nur noch
diesen verwenden.

--- Textbaustein LT-17 ---
«Anrede» «Nachname»,

zum Tod von «Anrede_VP» «Name_VP» sprechen wir Ihnen unser herzliches
Beileid aus.

Damit wir die Leistung aus dem Vertrag «Vertragsnummer» schnell auszahlen
können, benötigen wir:
- die Sterbeurkunde (Kopie genügt),
- den Versicherungsschein, falls vorhanden,
- «bei Bezugsrecht: Nachweis der Identität des Bezugsberechtigten |
  sonst: Erbschein oder notarielles Testament mit Eröffnungsprotokoll»,
- «nur wenn Vertrag < 3 Jahre: ärztliche Bescheinigung zur Todesursache
  (Formular LF-04)».

Sie können die Unterlagen per Post oder über unser Kundenportal schicken.
Wenn Sie Fragen haben, erreichen Sie mich unter «Durchwahl».

Mit herzlichen Grüßen
«Sachbearbeiter»
--- Ende ---

Wichtig: Die Zeile mit der Todesursache nur einfügen, wenn sie wirklich
nötig ist (Vertragsdauer unter drei Jahren). Das hatten wir früher immer
drin, und das hat Angehörige mehrfach verletzt.

Gruß
Sven
""")


@mail(28, "CONFIDENTIAL", "de", "customer-to-insurer",
      "legal expenses: tenant asks for cover against a rent increase, policy number, landlord and address")
def m028():
    m = new(28, "Jörg Ostendorf <j.ostendorf@web.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Mieterhöhung - Rechtsschutz?",
            "2026-02-02 19:37")
    return body(m, """\
Guten Abend,

ich habe bei Ihnen eine Rechtsschutzversicherung mit Mietrechtsschutz
(RS 5 019 332 70) und brauche jetzt wohl einen Anwalt.

Mein Vermieter, die Grundstücksgesellschaft Findorff Wohnen GbR, will die
Miete für meine Wohnung Hemmstraße 178, 28215 Bremen, ab 1. April um 18 %
erhöhen (von 640 auf 755 Euro kalt). Als Begründung nennt er drei
Vergleichswohnungen, von denen eine viel größer ist und eine gar nicht in
Bremen liegt. Laut Mietspiegel ist bei mir höchstens 8,10 Euro/qm drin.

Ich soll bis 28. Februar zustimmen. Das Schreiben kann ich einscannen.

Welche Anwälte können Sie empfehlen? Ich würde gern zu jemandem in
Findorff oder in der Innenstadt gehen.

Viele Grüße
Jörg Ostendorf
Hemmstraße 178
28215 Bremen
""")


@mail(29, "NORMAL", "en", "system-notification",
      "app one-time verification code, no personal data")
def m029():
    m = new(29, "Weserland App <noreply@app.weserland-versicherung.example>",
            "laura.fitzgerald@proton.example",
            "Your Weserland app verification code",
            "2026-02-11 07:14",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Your verification code is:

    481 226

Enter this code in the Weserland app to finish signing in on your new
device. The code is valid for 10 minutes.

If you did not try to sign in, you can ignore this e-mail. Nobody can
access your account without the code.

Weserland Versicherung VVaG - this is an automated message, please do not
reply.
""")


@mail(30, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover confirmation for the rent increase dispute: claim number, lawyer, deductible")
def m030():
    m = new(30, "Frank Tietjen <frank.tietjen@weserland-versicherung.example>",
            "Jörg Ostendorf <j.ostendorf@web.example>",
            "Ihre Rechtsschutzversicherung RS 5 019 332 70 - Deckungszusage Mieterhöhung",
            "2026-02-04 11:25")
    return body(m, """\
Sehr geehrter Herr Ostendorf,

für die außergerichtliche und gerichtliche Interessenwahrnehmung gegen
Ihren Vermieter, die Grundstücksgesellschaft Findorff Wohnen GbR, wegen
des Mieterhöhungsverlangens vom 19.01.2026 für die Wohnung Hemmstraße 178
erteilen wir Deckungsschutz.

Schadennummer: RS-2026-01 092
Selbstbeteiligung: 150 Euro

Sie können Ihren Anwalt frei wählen. Wenn Sie eine Empfehlung möchten:
Unsere Partnerkanzlei für Mietrecht in Bremen ist

  Kanzlei Drewes & Hollmann
  Contrescarpe 44, 28195 Bremen
  Tel. 0421 555 7720

Bitte geben Sie dort unsere Schadennummer an; die Kanzlei rechnet direkt
mit uns ab.

Die Zustimmungsfrist (28.02.) sollten Sie im Blick behalten - am besten
vereinbaren Sie noch diese Woche einen Termin.

Mit freundlichen Grüßen
Frank Tietjen
Rechtsschutz-Schaden
Weserland Versicherung VVaG
Tel. 0421 555 0520
""")


@mail(31, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer reports a rear-end collision; the other driver complained about his neck and left by ambulance")
def m031():
    m = new(31, "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Unfall B6 heute morgen",
            "2026-03-09 08:51")
    return body(m, """\
moin frau brüning,

schon wieder ich sorry. heute morgen 6:40 auf der B6 bei Brinkum bin ich auf einen Opel Corsa drauf gefahren, der musste plötzlich bremsen und ich war zu spät, war glatt und dunkel. Polizei war da.

der fahrer heißt Dieter Wessels (Kennzeichen DH-DW 17), der hat dann gesagt sein nacken tut weh und ihm ist schwindelig. Die haben den mit RTW mitgenommen, ins krankenhaus an der weser glaub ich. die polizisten meinten sieht nach schleudertrauma aus, aber der war schon älter und hatte vorher schon was am rücken hat er gesagt.

mir gehts gut. golf vorne ziemlich hinüber, kühler läuft aus, abgeschleppt zur Werkstatt Heitmann in Stuhr.

vorgangsnummer polizei: 260309-0652-1187

was passiert jetzt mit meinem SF, und muss ich den anrufen wie es ihm geht?

kevin
DEL-KB 399 / KFZ-7 330 918
""")


@mail(32, "NORMAL", "de", "newsletter",
      "trap: HTML-only newsletter with children's accident statistics (fractures, trampolines, concussions), no person")
def m032():
    m = new(32, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "familien@lists.weserland-versicherung.example",
            "Trampolin, Tretroller, Klettergerüst: Wo Kinder sich am häufigsten verletzen",
            "2026-04-22 07:30",
            extra=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=F9A1>"),
                   ("Precedence", "bulk")])
    return html_only(m, """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kinderunfälle</title></head>
<body style="font-family:Verdana,sans-serif;max-width:640px;margin:auto">
<h1 style="color:#0b4f7a">Wo Kinder sich am häufigsten verletzen</h1>
<p>Jedes Jahr melden uns Eltern rund 2.100 Unfälle ihrer Kinder. Wir haben die
Fälle aus 2025 ausgewertet &ndash; anonym, nur nach Unfallart und Verletzung.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e6f0f7"><th>Unfallort</th><th>Anteil</th><th>häufigste Verletzung</th></tr>
<tr><td>Trampolin (Garten)</td><td>19 %</td><td>Unterarmbruch, Sprunggelenk</td></tr>
<tr><td>Fahrrad / Tretroller</td><td>24 %</td><td>Schürfwunden, Gehirnerschütterung</td></tr>
<tr><td>Spielplatz / Klettergerüst</td><td>17 %</td><td>Ellenbogenbruch, Zahnverletzung</td></tr>
<tr><td>Sport im Verein</td><td>21 %</td><td>Bänderriss, Fingerbruch</td></tr>
<tr><td>Zuhause (Treppe, Möbel)</td><td>14 %</td><td>Platzwunde am Kopf, Verbrühung</td></tr>
<tr><td>Sonstiges</td><td>5 %</td><td>&ndash;</td></tr>
</table>
<h2>Drei Tipps vom Kinderunfall-Team</h2>
<ul>
<li>Trampolin: immer nur ein Kind gleichzeitig, Netz geschlossen halten.</li>
<li>Helm beim Rollerfahren &ndash; auch auf dem kurzen Weg zur Schule.</li>
<li>Nach einem Sturz auf den Kopf: Bei Erbrechen, Müdigkeit oder Kopfschmerz sofort ärztlich abklären lassen.</li>
</ul>
<p>Die Weserland Kinder-Unfallversicherung zahlt schon ab 1&nbsp;% Invalidität und übernimmt
Gipsgeld, Krankenhaustagegeld und Kosten für Zahnersatz nach einem Unfall.
<a href="https://www.weserland-versicherung.example/kinderunfall">Mehr erfahren</a></p>
<p style="font-size:11px;color:#666">Weserland Versicherung VVaG &middot; Am Hafenbecken 12 &middot; 28217 Bremen<br>
<a href="https://news.weserland-versicherung.example/abmelden?k=F9A1">Newsletter abbestellen</a></p>
</body></html>
""")


@mail(33, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "Turkish customer asks in German/Turkish for the green card to drive to Türkiye: plate, VIN, policy, route")
def m033():
    m = new(33, "Hasan Çelik <hasan.celik@yandex.example>",
            "service@weserland-versicherung.example",
            "Grüne Karte Türkei Urlaub",
            "2026-06-01 20:14")
    return body(m, """\
Selam, guten Abend

wir fahren im Juli mit dem Auto in die Türkei (über Bulgarien), 10.07. bis 16.08., nach Kayseri zur Familie. Ich brauche die grüne Versicherungskarte mit TR drin, in der alten Karte ist TR durchgestrichen glaube ich.

Fahrzeug: Ford Galaxy, Kennzeichen HB-HC 6120
FIN: WF0MXXGBWMGB41273
Vertrag Kfz: KFZ-7 118 402 (Vollkasko)

Gilt Vollkasko auch in der Türkei, auch im asiatischen Teil? Geçen sene arkadaşımın arabası Sivas'ta çarpıldı ve sigortası ödemedi (letztes Jahr hat die Versicherung von meinem Freund nicht gezahlt in Sivas). Deswegen frage ich lieber vorher.

Bitte Karte per Post an Hasan Çelik, Lindenhofstraße 23, 28237 Bremen oder als PDF hier.

Çok teşekkürler
Hasan Çelik
""")


@mail(34, "NORMAL", "de", "prospect-to-insurer",
      "prospect asks what insuring a new e-bike would cost, no contract or personal data")
def m034():
    m = new(34, "Miriam Tönjes <mtoenjes@posteo.example>",
            "service@weserland-versicherung.example",
            "E-Bike versichern?",
            "2026-03-26 12:48")
    return body(m, """\
Hallo,

ich kaufe mir nächste Woche ein E-Bike (Kalkhoff, ca. 3.200 Euro) und
überlege, ob ich es versichern soll. Bisher habe ich keine Versicherung
bei Ihnen.

1. Geht das nur über eine Hausratversicherung oder gibt es auch eine
   einzelne Fahrradversicherung?
2. Ist der Akku mitversichert, auch wenn er einfach kaputt geht?
3. Muss das Rad nachts in einem abgeschlossenen Raum stehen?

Danke und schöne Grüße
Miriam Tönjes
""", flowed=True)


@mail(35, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "accident department asks the surgeon for a report on a named patient, consent form attached")
def m035():
    m = new(35, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "praxis@unfallchirurgie-waller-ring.example",
            "Anforderung Befundbericht - Ayşe Yılmaz, geb. 07.05.1967",
            "2026-05-18 09:05")
    m = body(m, """\
Sehr geehrte Frau Dr. Hinrichs,

Ihre Patientin Frau Ayşe Yılmaz, geb. 07.05.1967, wohnhaft Hafenstraße 88,
28237 Bremen, hat bei uns Leistungen aus ihrer Unfallversicherung
beantragt. Sie wird seit dem 20.01.2026 in Ihrer Praxis nach der
operativen Versorgung ihres rechten Handgelenks weiterbehandelt.

Für die Bemessung einer möglichen Invalidität bitten wir um einen
Befundbericht mit folgenden Angaben:

1. Diagnose und Art der operativen Versorgung
2. derzeitige Beweglichkeit des Handgelenks (Neutral-Null-Methode) im
   Seitenvergleich, Kraft, Sensibilität
3. noch laufende Behandlungen (Physiotherapie, Ergotherapie)
4. ist mit einem Dauerschaden zu rechnen? Geplante Metallentfernung?

Die Schweigepflichtentbindungserklärung der Patientin liegt bei. Für den
Bericht vergüten wir 45,00 Euro nach Nr. 75 GOÄ zuzüglich Porto; bitte
Rechnung an unsere Anschrift mit Angabe der Leistungsnummer UL-2026-00 317.

Mit freundlichen Grüßen

Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG
Am Hafenbecken 12, 28217 Bremen
Tel. 0421 555 0410 | Fax 0421 555 0499
""")
    p = pdf([
        "# Erklärung zur Entbindung von der Schweigepflicht",
        "gegenüber Ärzten, Krankenhäusern und sonstigen Heilberufen",
        "",
        "Versicherte Person: Ayşe Yılmaz, geb. 07.05.1967",
        "Anschrift: Hafenstraße 88, 28237 Bremen",
        "Vertrag: UV 61 20 4471     Leistungsfall: UL-2026-00 317",
        "",
        "Ich entbinde die folgenden Stellen von der Schweigepflicht, soweit dies für die Prüfung",
        "der Leistungspflicht aus dem Unfall vom 11.01.2026 erforderlich ist:",
        "- Weserklinikum West, Unfallchirurgie",
        "- Praxis Dr. med. Karin Hinrichs, Unfallchirurgie, Waller Ring 12, 28219 Bremen",
        "- Praxis für Physiotherapie Gröpelingen",
        "",
        "Ort, Datum: Bremen, 14.05.2026",
        "Unterschrift: Ayşe Yılmaz (unterschrieben)",
    ], title="Schweigepflichtentbindung UL-2026-00317")
    return att(m, p, "application/pdf", "Schweigepflichtentbindung_Yilmaz.pdf")


@mail(36, "NORMAL", "de", "internal",
      "trap: data-protection training handout with fictitious Mustermann examples (diagnosis, birth date, IBAN) as DOCX")
def m036():
    m = new(36, '"Dr. Malte Focken" <malte.focken@weserland-versicherung.example>',
            "alle-kundenservice@weserland-versicherung.example",
            "Schulungsunterlage: Gesundheitsdaten in Kundenmails (Termin 05.03.)",
            "2026-02-26 16:02")
    m = body(m, """\
Liebe Kolleginnen und Kollegen,

anbei das Handout für unsere Datenschutz-Schulung am 5. März (10 Uhr,
Raum Weser 2 und per Teams). Bitte vorher einmal durchlesen, vor allem
die Beispiele auf Seite 2.

Alle Namen und Daten in den Beispielen sind erfunden.

Viele Grüße
Malte Focken
Datenschutzbeauftragter
""")
    d = docx([
        ("h", "Gesundheitsdaten in Kundenmails - was tun?"),
        "Kundinnen und Kunden schreiben uns oft von sich aus, was ihnen fehlt. Das dürfen sie. "
        "Wir müssen aber aufpassen, wie wir antworten und wohin wir solche Mails weiterleiten.",
        ("h", "Beispiele (alle fiktiv)"),
        "1) 'Hallo, hier Max Mustermann, geb. 01.01.1970. Ich war wegen Bandscheibenvorfall (M51.1) "
        "drei Wochen krankgeschrieben und will wissen, ob meine Unfallversicherung zahlt.' "
        "-> streng vertraulich: Diagnose + Person + Unfallversicherung.",
        "2) 'Meine Frau Erika Mustermann ist schwanger, wir wollen die Reise stornieren.' "
        "-> streng vertraulich: Schwangerschaft.",
        "3) 'Bitte buchen Sie von DE02 1203 0000 0000 2020 51 ab.' (Beispiel-IBAN aus der "
        "Bankendokumentation) -> im echten Fall vertraulich.",
        "4) 'Was kostet eine Unfallversicherung für Handwerker?' -> keine personenbezogenen "
        "Daten, normal.",
        ("h", "Was wir tun"),
        "Antworten mit Gesundheitsdaten gehen nur verschlüsselt oder über das Kundenportal. "
        "Nie Gesundheitsdaten in den Betreff schreiben. Weiterleitungen nur an die zuständige "
        "Leistungsabteilung, nicht an Sammelpostfächer.",
        ("t", [["Datenart", "Einstufung"],
               ["Diagnose, Krankenhausaufenthalt, Medikamente", "streng vertraulich"],
               ["Alles zu Leben- und Unfallverträgen einer Person", "streng vertraulich"],
               ["Geburtsdatum, Bankverbindung, Einkommen, Vertragsnummer", "vertraulich"],
               ["Produktinfos, allgemeine Fragen", "normal"]]),
    ], author="Malte Focken")
    return att(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "Handout_Gesundheitsdaten_Kundenmails.docx")


@mail(37, "CONFIDENTIAL", "en", "insurer-to-customer",
      "claims handler acknowledges the stolen bicycle in English: claim number, policy, frame number")
def m037():
    m = new(37, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Priya Harcourt <priya.harcourt@outlook.example>",
            "RE: Stolen bicycle - policy HR 2 114 583 06 - claim HR-2026-07 331",
            "2026-03-04 09:47")
    return body(m, """\
Dear Ms Harcourt,

I'm sorry to hear about your bicycle. I've opened claim HR-2026-07 331
under your household policy HR 2 114 583 06.

Your bicycle cover includes theft between 6 am and 10 pm from a locked
bike when it is locked to a fixed object, so the Fahrradparkhaus is fine.

Please send me:
- the purchase receipt for the Gazelle Ultimate C380 (frame no.
  GZ8C24117093),
- the key of the Abus lock if you still have the second one (sometimes we
  are asked for it),
- and please tell the police the frame number if it is not yet in the
  report.

You can buy a new bicycle now; you don't have to wait for us. We'll pay
the replacement value of the stolen one, up to your bicycle sum of
EUR 1,500.

Kind regards,
Lisa Harms
Claims - Travel, Bicycle & Pet
Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen
Phone +49 421 555 0330
""")


@mail(38, "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "surgeon's practice sends the requested report; body only says 'anbei wie angefordert', findings in the PDF")
def m038():
    m = new(38, '"Praxis Dr. Hinrichs" <praxis@unfallchirurgie-waller-ring.example>',
            "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "AW: Anforderung Befundbericht",
            "2026-05-27 13:12")
    m = body(m, """\
Sehr geehrte Frau Meyerdierks,

anbei wie angefordert. Rechnung folgt separat per Post.

Mit freundlichen Grüßen
i.A. Sandra Gerken, MFA
Praxis Dr. med. Karin Hinrichs | Unfallchirurgie / D-Ärztin
Waller Ring 12, 28219 Bremen | Tel. 0421 555 8810
""")
    p = pdf([
        "# Befundbericht",
        "Dr. med. Karin Hinrichs - Fachärztin für Orthopädie und Unfallchirurgie",
        "Waller Ring 12, 28219 Bremen",
        "",
        "An: Weserland Versicherung VVaG, Leistung Unfall, Ihr Zeichen UL-2026-00 317",
        "Patientin: Ayşe Yılmaz, geb. 07.05.1967",
        "",
        "Diagnose: Distale Radiusfraktur rechts (S52.51 R), Unfall vom 11.01.2026 (Sturz auf Glatteis).",
        "Versorgung: Offene Reposition und winkelstabile Plattenosteosynthese am 12.01.2026, Weserklinikum West.",
        "",
        "Befund vom 26.05.2026: Narbe reizlos. Extension/Flexion rechts 40-0-45 (links 70-0-80),",
        "Radial-/Ulnarabduktion 15-0-25 (links 25-0-40). Faustschluss komplett, grobe Kraft rechts",
        "deutlich gemindert (JAMAR 14 kg gegenüber 26 kg links). Leichte Taubheit am Daumenballen.",
        "Röntgen: Fraktur knöchern konsolidiert, Platte regelrecht.",
        "",
        "Weitere Behandlung: Physiotherapie 2x wöchentlich, Ergotherapie. Metallentfernung frühestens",
        "01/2027 geplant. Ein Dauerschaden ist wahrscheinlich; Beurteilung nach Abschluss der Therapie,",
        "voraussichtlich Funktionsminderung der Hand von etwa 2/10 Handwert.",
        "",
        "Bremen, 26.05.2026     Dr. med. K. Hinrichs",
    ], title="Befundbericht Yilmaz", author="Praxis Dr. Hinrichs")
    return att(m, p, "application/pdf", "Befundbericht_UL-2026-00317.pdf")


@mail(39, "NORMAL", "mixed", "internal",
      "list of colleagues who speak Turkish, Polish and Russian, with standard phrases for the phone; no customers")
def m039():
    m = new(39, "Birte Janssen <birte.janssen@weserland-versicherung.example>",
            "alle-kundenservice@weserland-versicherung.example",
            "Sprachenliste Kundenservice + Standardsätze (aktualisiert)",
            "2026-02-16 08:30")
    return body(m, """\
Moin zusammen,

hier die aktuelle Liste, wer welche Sprache am Telefon übernehmen kann.
Bitte Kunden lieber einmal zu viel weiterverbinden, als sie auf Deutsch
"durchzukämpfen".

Türkisch:   Mehmet Aydın (DW 0114), Serkan Öztürk (Agentur Gröpelingen)
Polnisch:   Ewa Nowicka (DW 0117)
Russisch:   Olga Reimer (DW 0119), Ewa (nur Grundkenntnisse)
Englisch:   alle, bei Rechtsthemen bitte Lisa Harms (DW 0330)
Ukrainisch: Olga versteht viel, antwortet aber auf Russisch - bitte
            vorher fragen, ob das für die Kundin in Ordnung ist.

Standardsätze, wenn gerade niemand da ist (bitte ablesen):

TR: "Türkçe konuşan meslektaşımız sizi bugün geri arayacak. Telefon
     numaranızı alabilir miyim?"
PL: "Koleżanka mówiąca po polsku oddzwoni do Pana/Pani dzisiaj. Czy mogę
     prosić o numer telefonu?"
RU: "Наша коллега, говорящая по-русски, перезвонит вам сегодня. Можно
     ваш номер телефона?"

(= Eine Kollegin/ein Kollege, die/der Ihre Sprache spricht, ruft Sie heute
zurück. Darf ich Ihre Telefonnummer haben?)

Danke!
Birte
""")


@mail(40, "CONFIDENTIAL", "de", "relative-to-insurer",
      "mother asks to add her son to the family liability policy, gives his birth date and apprenticeship")
def m040():
    m = new(40, "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "service@weserland-versicherung.example",
            "Privathaftpflicht - Sohn mitversichern?",
            "2026-03-02 21:18")
    return body(m, """\
Guten Abend,

wir haben bei Ihnen die Familien-Privathaftpflicht PH 1 554 203 17
(Versicherungsnehmer mein Mann Stefan Roth).

Unser Sohn Jonas Roth, geboren am 14.07.2007, hat im Februar eine
Ausbildung zum Elektroniker bei den Stadtwerken angefangen und ist in eine
WG in Bremen-Neustadt gezogen (Gastfeldstraße 60). Ist er weiterhin über
uns mitversichert? Er verdient im ersten Lehrjahr 1.140 Euro brutto.

Und falls ja: Gilt das auch für Schäden in der WG, also wenn er zum
Beispiel bei den Mitbewohnern etwas kaputt macht?

Danke schon mal!
Sabine Lüdemann-Roth
""")


@mail(41, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
      "Ukrainian mother writes in German/Russian: her son pushed another child at the playground, the child lost a front tooth")
def m041():
    m = new(41, "Olena Kovalenko <olena.kovalenko@ukr.example>",
            "schaden@weserland-versicherung.example",
            "Schaden Spielplatz Sohn / шкода на дитячому майданчику",
            "2026-04-14 17:06")
    return body(m, """\
Guten Tag,

ich habe Privathaftpflicht bei Ihnen seit Oktober (Familie), Nummer PH 1 602 118 40. Mein Deutsch ist nicht gut, entschuldigung.

Am Sonntag 12.04. auf dem Spielplatz Wätjens Park mein Sohn Artem (8 Jahre) hat einen anderen Jungen geschubst auf dem Klettergerüst. Der Junge ist gefallen mit dem Gesicht auf Holz. Ein Zahn vorne oben ist abgebrochen, ganz raus, und die Lippe hat geblutet, sie waren in der Notaufnahme Kinderklinik. Мне очень стыдно, Артем не хотел этого (Ich schäme mich sehr, Artem wollte das nicht).

Die Mutter vom Jungen, Frau Melanie Thiel, Blumenthaler Straße 9, hat mich angerufen. Der Zahnarzt sagt, das Kind braucht jetzt Implantat später, wenn er 18 ist, vorher eine Kunststoffkrone. Sie sagt, Kosten sind vielleicht 4.000 Euro und sie will Schmerzensgeld.

Was muss ich machen? Soll ich ihr Ihre Adresse geben?

Mit freundlichen Grüßen
Olena Kovalenko
Farger Straße 71, 28777 Bremen
Tel. 0163 5557 2084
""")


@mail(42, "NORMAL", "de", "insurer-to-press",
      "trap: press release with annual accident and life benefit totals, typical causes, age groups, no person")
def m042():
    m = new(42, "Presse Weserland <presse@weserland-versicherung.example>",
            "redaktion@weser-anzeiger.example",
            "Pressemitteilung: Weserland zahlt 2025 mehr für Unfälle im Haushalt",
            "2026-03-11 10:00",
            cc="newsdesk@nordwest-nachrichten.example")
    return body(m, """\
PRESSEMITTEILUNG

Weserland Versicherung: Stürze im Haushalt häufigste Unfallursache

Bremen, 11. März 2026. Die Weserland Versicherung hat im Geschäftsjahr
2025 in der privaten Unfallversicherung 4,2 Millionen Euro an ihre
Kundinnen und Kunden ausgezahlt (2024: 3,8 Mio. Euro). Insgesamt wurden
1.874 Unfälle gemeldet.

Häufigste Ursache waren Stürze im Haushalt (38 Prozent), vor allem auf
Treppen und im Bad, gefolgt von Fahrradunfällen (22 Prozent) und Sport
(17 Prozent). Bei den über 70-Jährigen führten Stürze in fast zwei
Dritteln der Fälle zu Knochenbrüchen, am häufigsten an Handgelenk, Hüfte
und Oberarm.

"Viele Stürze im Alter ließen sich mit einfachen Mitteln vermeiden - mit
Haltegriffen, rutschfesten Matten und gutem Licht", sagt Vorstand Hauke
Renken. Die Weserland Senioren-Unfallversicherung enthält deshalb seit
2025 einen Zuschuss von bis zu 1.000 Euro für den Umbau des Badezimmers
nach einem Unfall.

In der Lebensversicherung zahlte der Verein 2025 Todesfallleistungen von
11,6 Millionen Euro in 312 Fällen. Die durchschnittliche Auszahlung lag
bei 37.200 Euro.

Über die Weserland Versicherung
Die Weserland Versicherung VVaG ist ein regionaler Versicherungsverein auf
Gegenseitigkeit mit Sitz in Bremen. Sie betreut rund 210.000 Kundinnen und
Kunden im Nordwesten.

Pressekontakt: Nadine Carstens, Tel. 0421 555 0900,
presse@weserland-versicherung.example
""")


@mail(43, "CONFIDENTIAL", "de", "customer-to-insurer",
      "lightning surge destroyed TV and router: household policy number, address, item values")
def m043():
    m = new(43, "Werner Behrens <w.behrens@t-online.example>",
            "schaden@weserland-versicherung.example",
            "Blitzschlag - Fernseher und Router kaputt",
            "2026-07-07 11:40")
    return body(m, """\
Sehr geehrte Damen und Herren,

bei dem Gewitter in der Nacht auf Sonntag (05.07.) hat es bei uns in der
Straße eingeschlagen, ein Baum gegenüber ist gespalten. Seitdem sind bei
uns kaputt:

- Fernseher Samsung 55 Zoll, gekauft 2022 für 899 Euro
- Router Fritzbox 7590, 2021, ca. 230 Euro
- Ladegerät vom Pedelec (geht nicht mehr), 2023, 120 Euro
- Steuerung der Markise

Der Elektriker Herr Knoop aus Ritterhude war gestern da und hat bestätigt,
dass das eine Überspannung war. Er schreibt eine Bescheinigung.

Hausratversicherung: HR 2 198 440 63
Versicherungsnehmer: Werner und Renate Behrens, Bergstraße 5, 27721
Ritterhude

Gehört die Markise zur Hausrat oder zur Wohngebäude? Die Wohngebäude ist
auch bei Ihnen (WG 3 088 130 55).

Mit freundlichem Gruß
Werner Behrens
""")


@mail(44, "NORMAL", "de", "customer-to-insurer",
      "short unsubscribe request from an old webmail in windows-1252, nothing about contracts")
def m044():
    m = new(44, "Gerd Mönnich <gerd.moennich@arcor.example>",
            "newsletter@news.weserland-versicherung.example",
            "Abmelden",
            "2026-04-23 06:51")
    return body(m, """\
bitte keine werbung mehr an diese adresse schicken. ich lese das sowieso
nicht. danke.

g. mönnich
""", charset="windows-1252")


@mail(45, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "travel cancellation answer: grandmother's heart attack counts as an insured event, asks for a doctor's certificate; Polish quote")
def m045():
    m = new(45, "Ewa Nowicka <ewa.nowicka@weserland-versicherung.example>",
            "Agnieszka Kowalczyk <agnieszka.kowalczyk@onet.example>",
            "AW: Re: Re: Zakopane ferie - Storno? / Reiserücktritt RR-2026-00 488",
            "2026-02-06 15:22",
            cc="Thorsten Dieckmann <t.dieckmann@agentur-dieckmann.example>, Marek Kowalczyk <m.kowalczyk@wp.example>")
    return body(m, """\
Sehr geehrte Frau Kowalczyk, szanowna Pani,

Herr Dieckmann hat mir Ihre Nachricht weitergeleitet. Zunächst: Ich
wünsche Ihrer Mutter gute Besserung - życzę Pani mamie szybkiego powrotu
do zdrowia.

Ja, die Reiserücktrittsversicherung (Jahresvertrag RR 4 330 771 02) zahlt
auch, wenn ein naher Angehöriger - also auch Ihre Mutter - plötzlich
schwer erkrankt. Ich habe den Fall unter RR-2026-00 488 angelegt.

Bitte schicken Sie mir:
1. die Buchungsbestätigung der Ferienwohnung (Zakopane, 14.-21.02.),
2. die Stornorechnung des Vermieters (80 % von 1.120 Euro = 896 Euro),
3. eine ärztliche Bescheinigung aus dem Krankenhaus in Nowy Targ, dass
   Ihre Mutter seit dem 04.02. dort stationär behandelt wird. Eine
   Bescheinigung auf Polnisch ist in Ordnung, ich kann sie selbst lesen -
   nie trzeba tłumaczyć.

Bitte stornieren Sie sofort, falls noch nicht geschehen, damit die Kosten
nicht steigen.

Pozdrawiam serdecznie / Viele Grüße
Ewa Nowicka
Kundenservice Privatkunden (mówię po polsku)
Weserland Versicherung VVaG | Tel. 0421 555 0117

> rozmawiałam dziś z lekarzem w szpitalu w Nowym Targu. Mama ma zawał,
> leży na kardiologii, w piątek mają robić koronarografię i pewnie stent.
> Meine Mutter, Krystyna Wójcik, 79 Jahre, hat Herzinfarkt und liegt im
> Krankenhaus in Nowy Targ in Polen.
""")


@mail(46, "CONFIDENTIAL", "en", "customer-to-insurer",
      "tenant reports in English that her washing machine flooded the flat below: liability policy, both addresses, neighbour's name")
def m046():
    m = new(46, "Laura Fitzgerald <laura.fitzgerald@proton.example>",
            "schaden@weserland-versicherung.example",
            "Water damage to downstairs flat - liability claim",
            "2026-05-11 22:03")
    return body(m, """\
Hello,

I have personal liability insurance with you (PH 1 611 904 22, Laura
Fitzgerald, Münchener Straße 33, 2nd floor, 28215 Bremen).

On Saturday evening the inlet hose of my washing machine came off while I
was out. When I got home the bathroom floor was under water and it had
already gone through to the flat below. My neighbour, Mr Hauke Wendt
(1st floor), has brown stains on his bathroom and hallway ceiling and
says his wooden floor in the hallway has swollen.

The landlord's caretaker came on Sunday and turned off the water. He said
the building insurance might also be involved for the ceiling, but the
neighbour's floor and a rug would be his own belongings.

What should I tell Mr Wendt? He would like someone to come and look at it
this week. My own bathroom cabinet is also damaged - is that covered by
this policy or do I need household contents insurance for that? (I don't
have it, I'm afraid.)

Best regards,
Laura Fitzgerald
+49 176 5552 9014
""")


@mail(47, "NORMAL", "en", "insurer-to-prospect",
      "trap: English travel insurance information for a prospect: hospital abroad, repatriation, pre-existing conditions, no person")
def m047():
    m = new(47, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Nikhil Rao <nikhil.rao@gmail.example>",
            "Re: Travel insurance for trips outside the EU",
            "2026-05-19 14:05",
            irt="<CAN8rao-xk2@mail.gmail.example>")
    return body(m, """\
Dear Mr Rao,

thank you for your question. Here is a short overview of our annual
travel insurance, which you can take out without any contract with us.

Travel health cover (Auslandsreisekrankenversicherung)
- medically necessary treatment abroad: doctors, hospital, operations,
  medicines, dental pain treatment - no upper limit
- transport home when it is medically sensible, and the extra costs of
  a return trip for one accompanying person
- trips of up to 56 days each, worldwide
- no health questions when you apply. Conditions that were already
  being treated before the trip are covered only for unexpected acute
  worsening (e.g. an asthma attack), not for planned treatment.

Cancellation and curtailment (Reiserücktritt / -abbruch)
- serious illness, accident or death of you or a close relative,
  pregnancy complications, losing your job, damage to your home
- excess 20 % for cancellation due to illness

Prices per year: single EUR 39, couple EUR 59, family EUR 79.

If you would like to apply, just reply with the names and dates of birth
of everyone to be insured, or use the online form at
https://www.weserland-versicherung.example/travel

Kind regards,
Lisa Harms
Travel, Bicycle & Pet
Weserland Versicherung VVaG

> Do you have travel insurance that also works in India and the US? My
> parents visit us in Bremen every summer and we travel a lot.
> Nikhil
""")


@mail(48, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "service note to the accident department after a phone call: elderly customer fell at home, hip, in hospital")
def m048():
    m = new(48, "Olga Reimer <olga.reimer@weserland-versicherung.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Telefonnotiz: Unfallmeldung Valentina Schneider, UV 61 09 2290",
            "2026-02-18 11:52")
    return body(m, """\
Hallo liebes Unfall-Team,

eben hat Herr Dmitri Schneider angerufen (Sohn, Tel. 0160 5554 7719), das
Gespräch lief auf Russisch.

Seine Mutter, Frau Valentina Schneider, Kirchhuchtinger Landstraße 140,
28259 Bremen (Senioren-Unfallversicherung UV 61 09 2290), ist am Montag,
16.02., abends in ihrer Wohnung über den Teppich im Flur gestolpert und auf
die linke Seite gefallen. Sie lag ca. zwei Stunden, bis die Nachbarin sie
gefunden hat. Sie liegt jetzt im Krankenhaus Am Werdersee, Station 3B,
Hüfte gebrochen, wurde gestern operiert (neues Hüftgelenk, sagt der
Sohn).

Der Sohn fragt nach:
- Krankenhaustagegeld,
- den Hilfeleistungen aus der Senioren-Unfall (Menüdienst, Einkaufshilfe,
  Fahrdienst zum Arzt) nach der Entlassung - sie lebt allein,
- ob wir die Anschlussreha organisieren können.

Ich habe ihm gesagt, dass sich jemand von euch meldet. Er spricht gut
Deutsch, die Mutter nur wenig; Schriftverkehr bitte an ihn (Vollmacht
liegt vor, siehe Akte).

Danke!
Olga Reimer
Kundenservice Privatkunden | DW 0119
""")


@mail(49, "CONFIDENTIAL", "mixed", "relative-to-insurer",
      "daughter asks in German/Polish for an eVB number for her father's used car: VIN, make, registration date")
def m049():
    m = new(49, "Zuzanna Kowalczyk <zuzia.k@gmail.example>",
            "service@weserland-versicherung.example",
            "eVB Nummer für Papa / nowe auto",
            "2026-04-27 12:33",
            cc="Marek Kowalczyk <m.kowalczyk@wp.example>")
    return body(m, """\
Hallo,

ich schreibe für meinen Vater Marek Kowalczyk (er ist auf Arbeit, fährt LKW, und sein Handy-Deutsch ist nicht so gut 😅). Er ist bei Ihnen Kunde, Kfz-Vertrag für den Skoda ist KFZ-7 205 663.

Er hat jetzt zusätzlich ein gebrauchtes Auto gekauft, für mich zum Studieren in Oldenburg, aber es wird auf ihn zugelassen:

VW Polo 1.0, Erstzulassung 03/2018
FIN: WVWZZZAWZJY118562
Zulassung geplant: Donnerstag 30.04. in Diepholz
Fahrer: er und ich (Zuzanna, 20 Jahre, Führerschein seit 2024)

Wir brauchen eine eVB-Nummer. Teilkasko wäre gut. Kann man den Zweitwagen günstiger machen mit seiner SF-Klasse?

Tata, sprawdź proszę czy wszystko się zgadza 🙂

Danke!
Zuzanna Kowalczyk
""")


@mail(50, "NORMAL", "de", "system-notification",
      "customer portal password reset link, no personal data")
def m050():
    m = new(50, "Weserland Kundenportal <noreply@portal.weserland-versicherung.example>",
            "m.kowalczyk@wp.example",
            "Passwort zurücksetzen",
            "2026-05-03 20:07",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Guten Tag,

für Ihr Konto im Weserland Kundenportal wurde das Zurücksetzen des
Passworts angefordert.

Wenn Sie das waren, klicken Sie innerhalb von 30 Minuten auf diesen Link:
https://portal.weserland-versicherung.example/reset?t=Q7c2-9xFe-L4mA

Danach beantworten Sie Ihre Sicherheitsfrage und vergeben ein neues
Passwort.

Wenn Sie das nicht waren, müssen Sie nichts tun. Ihr bisheriges Passwort
bleibt gültig.

Ihre Weserland Versicherung
(automatisch erzeugte Nachricht - bitte nicht antworten)
""")


# ======================================================================
# d46-0051 .. d46-0075
# ======================================================================

@mail(51, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer fell off a ladder while cutting the hedge; back injury and three weeks off work, accident policy")
def m051():
    m = new(51, "Achim Hartwig <achim.hartwig@ewetel.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Sturz von der Leiter - Unfallversicherung",
            "2026-02-27 10:14",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return body(m, """\
Guten Tag,

ich möchte einen Unfall melden. Unfallversicherung UV 61 33 0815,
Achim Hartwig, Lindenweg 14, 28816 Stuhr.

Am Samstag, 21.02., wollte ich die Thujahecke zum Nachbarn schneiden und
bin dabei mit der Leiter umgekippt, weil der Boden noch gefroren und
uneben war. Ich bin aus ca. 2 m Höhe auf den Rücken gefallen, direkt auf
die Kante vom Hochbeet.

Meine Frau hat mich ins Krankenhaus St. Annen-Stift gefahren. Dort wurde
ein Bruch vom ersten Lendenwirbel festgestellt (stabil, wird nicht
operiert). Ich war bis Mittwoch dort und soll jetzt sechs Wochen ein
Stützkorsett tragen. Der Hausarzt hat mich erstmal drei Wochen
krankgeschrieben. Ich kann kaum sitzen und nehme Ibuprofen 600.

Ich arbeite als Hausmeister bei einer Wohnungsbaugesellschaft und mache
mir Sorgen, ob ich das wieder so kann wie vorher.

Welche Formulare brauchen Sie? Den Entlassungsbrief kann ich Ihnen
fotografieren.

Mit freundlichen Grüßen
Achim Hartwig
Tel. 0421 555 6612
""")


@mail(52, "NORMAL", "de", "internal",
      "trap: minutes of the benefits team meeting with backlog and case counts per benefit type, CSV of weekly figures")
def m052():
    m = new(52, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "team-leistung-person@weserland-versicherung.example",
            "Protokoll Teamrunde Leistung Personenversicherung 04.03.",
            "2026-03-04 16:41")
    m = body(m, """\
Hallo zusammen,

hier kurz das Protokoll von heute:

1. Rückstände
   Nach der Glatteis-Woche im Januar liegen in Unfall noch 63 offene Fälle
   mit Krankenhaustagegeld und 41 Invaliditätsprüfungen ohne Arztbericht.
   Durchschnittliche Bearbeitungszeit Krankenhaustagegeld: 12 Arbeitstage
   (Ziel: 7). Die Wochenzahlen hängen an.

2. Arztberichte
   Viele Praxen schicken Befundberichte inzwischen per E-Mail. Bitte keine
   dieser Mails an das Sammelpostfach service@ weiterleiten, sondern direkt
   in die Akte importieren und die Mail danach löschen.

3. Leben
   Sven berichtet: 14 offene Todesfälle, davon 3 mit Auslandsbezug
   (Sterbeurkunden aus TR, PL, KZ). Übersetzungen dauern derzeit drei
   Wochen. Vorschlag: Kolleginnen mit Sprachkenntnissen lesen vorab, ob
   die Urkunde vollständig ist.

4. Sonstiges
   Neue Gutachterin für Handchirurgie in Oldenburg unter Vertrag.
   Nächste Teamrunde: 18.03., 14 Uhr.

Gruß
Anja
""")
    csv = """\
KW;Eingang Unfall;davon Krankenhaustagegeld;davon Invaliditaet;Eingang Leben Todesfall;Erledigt gesamt;Bestand Ende KW
2026-02;121;74;22;7;96;188
2026-03;143;92;25;5;104;227
2026-04;98;51;19;6;117;208
2026-05;87;40;21;4;125;170
2026-06;79;36;18;3;110;139
2026-07;71;30;17;5;98;117
2026-08;66;29;15;4;83;104
2026-09;62;27;16;3;78;91
"""
    return att(m, csv, "text/csv", "Wochenzahlen_Leistung_Person_KW02-09.csv")


@mail(53, "CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for an unpaid household premium: customer name, policy, amount; insurer's own company IBAN")
def m053():
    m = new(53, "Weserland Versicherung Beitragsservice <beitrag@weserland-versicherung.example>",
            "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "Zahlungserinnerung Hausratversicherung HR 2 410 066 18",
            "2026-03-12 06:15",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Guten Tag Herr Brinkmann,

für Ihre Hausratversicherung HR 2 410 066 18 (Stedinger Straße 120,
27753 Delmenhorst) konnten wir den Beitrag für das erste Quartal 2026
nicht abbuchen. Ihre Bank hat die Lastschrift am 04.03.2026 mit dem Grund
"Konto ungedeckt" zurückgegeben.

Offener Betrag:              27,90 EUR
Rücklastschriftgebühr Bank:   3,00 EUR
Gesamt:                      30,90 EUR

Bitte überweisen Sie den Betrag bis zum 26.03.2026 auf unser Konto:

Weserland Versicherung VVaG
IBAN: DE05 2915 1243 2864 7189 56
Verwendungszweck: HR 2 410 066 18

Wenn Sie inzwischen gezahlt haben, betrachten Sie diese Nachricht bitte
als gegenstandslos. Ändert sich Ihre Bankverbindung, können Sie das in der
App unter "Meine Daten" eintragen.

Freundliche Grüße
Ihr Beitragsservice der Weserland Versicherung
""")


@mail(54, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health refund to the English family; the child's ear infection is only in the quoted claim")
def m054():
    m = new(54, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Ben Harcourt <ben.harcourt@fastmail.example>",
            "RE: Travel insurance claim - doctor in Portugal - RV-2026-01 207",
            "2026-04-10 10:33")
    return body(m, """\
Dear Mr Harcourt,

thank you, the receipts are complete. We will transfer EUR 143.40 to your
account ending in 25 11 within the next three working days. You don't
need anything from your health insurer; we have settled this directly.

Claim reference: RV-2026-01 207. Using the cover does not change your
premium.

I hope Oliver is fully recovered!

Kind regards,
Lisa Harms
Claims - Travel, Bicycle & Pet
Weserland Versicherung VVaG

-----Original Message-----
From: Ben Harcourt <ben.harcourt@fastmail.example>
Sent: Wednesday, 8 April 2026 17:42
To: reise@weserland-versicherung.example
Subject: Travel insurance claim - doctor in Portugal

we're just back from the Algarve. On 31 March our son Oliver (9) woke up
with terrible ear pain and a fever of 39.2. We took him to a private
clinic in Lagos. The doctor said it was a middle-ear infection and gave
him antibiotics (amoxicillin) and ear drops. He's fine now.
""")


@mail(55, "NORMAL", "mixed", "prospect-to-insurer",
      "prospect asks in Polish/German whether there is Polish-speaking staff and how car insurance works, no vehicle or personal data")
def m055():
    m = new(55, "Bartosz Lis <bartosz.lis@interia.example>",
            "service@weserland-versicherung.example",
            "Czy ktoś mówi po polsku? / Frage Autoversicherung",
            "2026-03-18 18:26")
    return body(m, """\
Dzień dobry,

czy w Państwa firmie jest ktoś, kto mówi po polsku? Mieszkam w Bremerhaven od stycznia i chciałbym ubezpieczyć samochód.

Auf Deutsch: Ich wohne seit Januar in Bremerhaven und mein Auto hat noch polnische Kennzeichen. Ich will es in Deutschland anmelden. Meine Fragen:

1. Zählen schadenfreie Jahre aus Polen auch in Deutschland?
2. Braucht man dafür ein Papier von der polnischen Versicherung auf Deutsch?
3. Kann ich das online machen oder muss ich in ein Büro kommen?

Dziękuję za odpowiedź,
Bartosz
""")


@mail(56, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer cancels motor insurance after selling the car: plate, policy, buyer's name and handover time")
def m056():
    m = new(56, "Ingrid Schwenker <ingrid.schwenker@gmx.example>",
            "service@weserland-versicherung.example",
            "Kündigung Kfz-Versicherung wegen Verkauf",
            "2026-04-07 15:03")
    return body(m, """\
Sehr geehrte Damen und Herren,

ich habe mein Auto verkauft und kündige hiermit die Kfz-Versicherung.

Vertrag: KFZ-7 061 775
Fahrzeug: Toyota Yaris Hybrid, Kennzeichen OHZ-IS 52
Verkauft am: 04.04.2026, 11:30 Uhr, mit Übergabe
Käufer: Herr Lukas Behrmann, Bremer Straße 8, 27711 Osterholz-Scharmbeck

Der Käufer meldet das Auto diese Woche auf sich um. Den Kaufvertrag
schicke ich als Foto mit, wenn Sie ihn brauchen.

Bitte bestätigen Sie mir die Kündigung und überweisen Sie zu viel
gezahlten Beitrag auf das bekannte Konto. Meine Schadenfreiheitsklasse
(SF 22) möchte ich behalten, falls ich später wieder ein Auto kaufe.

Mit freundlichen Grüßen
Ingrid Schwenker
Am Kirchdamm 3, 27711 Osterholz-Scharmbeck
""")


@mail(57, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "son reports a burglary at his mother's flat; the body is harmless, the stolen-items XLSX lists her blood glucose meter, insulin pens and hearing aid")
def m057():
    m = new(57, "Dennis Wübbe <dennis.wuebbe@gmail.example>",
            "schaden@weserland-versicherung.example",
            "Einbruch bei meiner Mutter - Liste der gestohlenen Sachen",
            "2026-02-08 19:12")
    m = body(m, """\
Hallo,

wie am Freitag telefonisch gemeldet, hier die Liste der Sachen, die bei
dem Einbruch in die Wohnung meiner Mutter (Renate Wübbe, Hausrat HR 2 255
908 31, Vegesacker Heerstraße 77, 28757 Bremen) weggekommen sind.

Die Polizei war da, Vorgangsnummer 260206-2210-0934. Die Balkontür wurde
aufgehebelt, der Schlüsseldienst hat notdürftig gesichert.

Preise habe ich so gut es ging rausgesucht, Rechnungen haben wir nur für
ein paar Sachen.

Gruß
Dennis Wübbe
""")
    x = xlsx([("Gestohlen", [
        ["Nr", "Was", "Marke/Modell", "gekauft", "Wert EUR", "Beleg"],
        [1, "Schmuckkästchen mit Ehering Vater, Goldkette, 2 Ringe", "", "", 2400, "Fotos"],
        [2, "Laptop", "Lenovo IdeaPad 5", 2023, 699, "Rechnung"],
        [3, "Bargeld aus Küchenschublade", "", "", 350, "-"],
        [4, "Blutzuckermessgerät mit Teststreifen", "Accu-Chek Guide", 2025, 65, "Apotheke"],
        [5, "Insulinpens Vorrat (Kühlschrank-Tasche mitgenommen)", "Lantus / NovoRapid", 2026, 210, "Rezept"],
        [6, "Hörgerät links (lag im Etui auf dem Nachttisch)", "Phonak Audéo", 2024, 1850, "Akustiker"],
        [7, "Handtasche mit Geldbörse, Ausweis, Schwerbehindertenausweis", "", "", 120, "-"],
        [8, "Tablet", "Samsung Galaxy Tab A8", 2024, 229, "Rechnung"],
        ["", "", "", "Summe", 5923, ""],
    ])], author="Dennis Wübbe")
    return att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "Einbruch_Liste_Mama.xlsx")


@mail(58, "NORMAL", "de", "internal",
      "trap: job advert for a benefits clerk in personal lines (medical terminology, ICD-10, hospital reports)")
def m058():
    m = new(58, "Personalabteilung <personal@weserland-versicherung.example>",
            "alle@weserland-versicherung.example",
            "Interne Stellenausschreibung: Sachbearbeiter/in Leistung Personenversicherung (m/w/d)",
            "2026-03-20 09:00")
    return body(m, """\
Interne Stellenausschreibung Nr. 2026-11

Sachbearbeiterin / Sachbearbeiter Leistung Personenversicherung
(Unfall und Leben), Vollzeit oder Teilzeit ab 24 Std., unbefristet

Ihre Aufgaben
- Prüfung von Leistungsfällen in der Unfallversicherung
  (Krankenhaustagegeld, Invalidität, Unfallrente) und von Todesfällen in
  der Lebensversicherung
- Auswertung von Arztberichten, Entlassungsbriefen und Gutachten;
  Beauftragung von medizinischen Gutachtern
- Telefonischer Kontakt mit Versicherten, Angehörigen, Ärzten und
  Krankenhäusern

Das bringen Sie mit
- abgeschlossene Ausbildung als Kauffrau/Kaufmann für Versicherungen und
  Finanzen oder als Medizinische Fachangestellte mit Interesse an
  Versicherungen
- sichere Kenntnisse der medizinischen Fachsprache; ICD-10-GM und
  Gliedertaxe sind Ihnen ein Begriff
- Einfühlungsvermögen im Umgang mit Menschen in schwierigen Situationen
- Türkisch, Polnisch oder Russisch sind ein Plus

Bewerbungen bis 10.04.2026 über das Mitarbeiterportal, Stichwort 2026-11.
Fragen beantwortet Anja Meyerdierks (DW 0410).

Personalabteilung
""")


@mail(59, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer writes in German/Russian about a stone chip crack in his windscreen: plate, partial-cover contract, repair shop")
def m059():
    m = new(59, "Dmitri Schneider <dima.schneider@mail.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Steinschlag Windschutzscheibe",
            "2026-03-23 07:22")
    return body(m, """\
Guten Morgen,

gestern auf der A1 Richtung Hamburg ist ein Stein von einem LKW gegen meine Frontscheibe geflogen. Jetzt ist ein Riss ca. 15 cm, von unten links, wird jeden Tag länger (трещина растёт).

Meine Daten:
Dmitri Schneider, Huchtinger Heerstraße 12, 28259 Bremen
Kfz-Vertrag KFZ-7 244 019, Teilkasko 150 SB
Auto: Mazda CX-5, Kennzeichen HB-DS 2207

Ich habe Termin bei Autoglas Nord in Bremen-Woltmershausen morgen 8 Uhr. Können die direkt mit Ihnen abrechnen? Или мне сначала самому платить? (Oder muss ich zuerst selbst zahlen?)

Danke
Dmitri Schneider
""")


@mail(60, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life department confirms making a pension policy paid-up after job loss; no health word, personal line and income situation")
def m060():
    m = new(60, "Sven Ohlrogge <sven.ohlrogge@weserland-versicherung.example>",
            "Dmitri Schneider <dima.schneider@mail.example>",
            "Ihre Rentenversicherung LV 881 903 466 - Beitragsfreistellung",
            "2026-05-06 13:47")
    return body(m, """\
Sehr geehrter Herr Schneider,

wie am Telefon besprochen, stellen wir Ihre private Rentenversicherung
LV 881 903 466 zum 01.06.2026 beitragsfrei. Sie zahlen ab Juni keine
Beiträge mehr; der Vertrag läuft mit verminderter Leistung weiter.

Ihre Werte zum 01.06.2026:
- bisher gezahlte Beiträge:         14.400,00 Euro
- beitragsfreie garantierte Rente:     61,80 Euro monatlich ab 01.07.2043
- Rückkaufswert (nur zur Info):     12.930,14 Euro

Sie können die Beiträge innerhalb von drei Jahren ohne neue
Gesundheitsprüfung wieder aufnehmen, zum Beispiel wenn Sie wieder eine
feste Stelle haben. Ein kurzer Anruf oder eine Mail genügt.

Ich wünsche Ihnen viel Erfolg bei der Jobsuche.

Mit freundlichen Grüßen
Sven Ohlrogge
Bestand Lebensversicherung
Weserland Versicherung VVaG | Tel. 0421 555 0450
""")


@mail(61, "NORMAL", "de", "newsletter",
      "trap: local agency newsletter: summer party and bike frame coding with the police (frame numbers, ID card), no person")
def m061():
    m = new(61, "Generalagentur Dieckmann & Sohn <info@agentur-dieckmann.example>",
            "kunden@agentur-dieckmann.example",
            "Sommerfest & Fahrradcodierung am 13. Juni",
            "2026-05-28 17:30",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<mailto:info@agentur-dieckmann.example?subject=abmelden>")])
    return body(m, """\
Liebe Kundinnen und Kunden,

am Samstag, 13. Juni, feiern wir von 11 bis 16 Uhr unser Sommerfest auf
dem Hof der Agentur (Hauptstraße 41, Syke) - mit Bratwurst,
Kinderschminken und Hüpfburg.

Fahrradcodierung mit der Polizei
Die Präventionsstelle der Polizei Diepholz codiert Ihr Fahrrad oder E-Bike
kostenlos. Dabei wird ein Code aus Ihrer Adresse in den Rahmen graviert,
sodass gestohlene Räder schneller zugeordnet werden können. Bitte
mitbringen:
- Personalausweis (der Code wird aus der Wohnanschrift erzeugt),
- Kaufbeleg oder Eigentumsnachweis,
- bei Carbon-Rahmen: bitte vorher anrufen, die werden nur beklebt.

Tipp: Notieren Sie die Rahmennummer Ihres Rades und machen Sie ein Foto -
das hilft nach einem Diebstahl am meisten.

Wir freuen uns auf Sie!
Thorsten Dieckmann und Team

Generalagentur der Weserland Versicherung
Dieckmann & Sohn, Hauptstraße 41, 28857 Syke, Tel. 04242 555 40
""")


@mail(62, "CONFIDENTIAL", "en", "customer-to-insurer",
      "customer claims the rental car excess charged in Scotland: rental agreement, policy, amounts, no injury")
def m062():
    m = new(62, "Laura Fitzgerald <laura.fitzgerald@proton.example>",
            "reise@weserland-versicherung.example",
            "Car hire excess claim - Inverness",
            "2026-08-19 20:16")
    return body(m, """\
Hello,

I have your annual travel policy with the car hire excess cover
(RV 7 019 366, Laura Fitzgerald).

On 9 August I picked up a rental car at Inverness airport (Highland Car
Rentals, agreement no. HCR-INV-448172). On 12 August, on a single-track
road near Applecross, a passing van scraped the left side of the car
and drove on. Nobody was hurt; I reported it to the rental company the
same day.

The rental company has now charged my credit card GBP 850 (excess) plus
GBP 45 admin fee. I have:
- the rental agreement,
- the damage report signed at return,
- the credit card statement showing the charge.

Which documents do you need and can you refund in euros to my German
account? I can send the IBAN separately.

Thanks a lot,
Laura Fitzgerald
""")


@mail(63, "STRICTLY_CONFIDENTIAL", "mixed", "family-to-insurer",
      "reply-all between the granddaughter, her father and the Russian-speaking clerk about the grandmother's discharge letter and hip replacement")
def m063():
    m = new(63, "Alina Schneider <alina.schneider@web.example>",
            "Dmitri Schneider <dima.schneider@mail.example>, Olga Reimer <olga.reimer@weserland-versicherung.example>",
            "Re: AW: Unterlagen Unfall Oma / Valentina Schneider",
            "2026-03-05 22:10",
            irt="<b21f7a3e-0c44-4a70-9d8e-weserland-0305@weserland-versicherung.example>")
    return body(m, """\
Hallo Papa, hallo Frau Reimer,

ich war heute bei Oma in der Reha in Bad Zwischenahn und habe den Entlassungsbrief vom Krankenhaus fotografiert (4 Seiten), schicke ich gleich über die App, weil Frau Reimer gesagt hat nicht per Mail.

Kurz für Papa was drinsteht: Schenkelhalsfraktur links, am 17.02. Hüft-TEP bekommen, danach 3 Tage Fieber wegen Harnwegsinfekt, Antibiotika. Sie darf voll belasten, läuft am Rollator. Бабушка говорит, что физиотерапевт очень строгий, но хороший 😄 (Oma sagt, die Physiotherapeutin ist streng, aber gut.)

Frau Reimer, Sie hatten nach dem Datum der Reha gefragt: 03.03. bis voraussichtlich 24.03., Reha-Klinik Seeblick, Bad Zwischenahn. Danach braucht sie jemanden für Einkaufen und Putzen, dafür war doch die Hilfeleistung?

Liebe Grüße
Alina (Enkelin)

> Am 04.03.2026 um 16:02 schrieb Olga Reimer <olga.reimer@weserland-versicherung.example>:
>
> Sehr geehrter Herr Schneider,
> für die Unfallversicherung Ihrer Mutter (UV 61 09 2290) brauchen wir
> noch den Entlassungsbericht und das Datum der Reha. Bitte laden Sie
> die Unterlagen im Kundenportal hoch.
> С уважением, Ольга Раймер
""")


@mail(64, "NORMAL", "de", "internal",
      "trap: blank consent form for medical confidentiality release sent round as a new DOCX version, only placeholders")
def m064():
    m = new(64, '"Dr. Malte Focken" <malte.focken@weserland-versicherung.example>',
            "team-leistung-person@weserland-versicherung.example",
            "Neue Version Schweigepflichtentbindung (SE-2026-1) - bitte ab 01.04. verwenden",
            "2026-03-24 11:08")
    m = body(m, """\
Hallo zusammen,

anbei die neue Schweigepflichtentbindungserklärung nach dem abgestimmten
Muster des Verbands. Neu ist vor allem, dass Kunden jetzt zwischen
"Einwilligung für diesen Fall" und "Information im Einzelfall vorher"
wählen können.

Bitte ab 1. April nur noch diese Version verschicken, die alten
Vordrucke im Schrank bitte zum Schreddern geben.

Gruß
Malte Focken
Datenschutzbeauftragter
""")
    d = docx([
        ("h", "Einwilligung in die Erhebung von Gesundheitsdaten und Schweigepflichtentbindung"),
        "Versicherte Person: ______________________________  geb. am: ____________",
        "Vertragsnummer: ______________  Leistungsfall: ______________",
        "Zur Prüfung der Leistungspflicht kann es notwendig sein, Angaben über Ihren "
        "Gesundheitszustand bei Ärzten, Krankenhäusern, Pflegeeinrichtungen, "
        "Berufsgenossenschaften und Behörden zu erheben.",
        "[ ] Variante A: Ich willige ein, dass die Weserland Versicherung für diesen "
        "Leistungsfall bei den nachfolgend genannten Stellen Gesundheitsdaten erhebt und "
        "entbinde diese von der Schweigepflicht.",
        "[ ] Variante B: Ich möchte vor jeder Anfrage informiert werden und entscheide im "
        "Einzelfall.",
        ("t", [["Stelle (Arzt, Klinik, ...)", "Anschrift", "Behandlungszeitraum"],
               ["", "", ""], ["", "", ""], ["", "", ""]]),
        "Ort, Datum: ________________  Unterschrift: ______________________________",
        "Bei Minderjährigen: Unterschrift der gesetzlichen Vertreter.",
        "Formular SE-2026-1, Stand 03/2026",
    ], author="Weserland Datenschutz")
    return att(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "SE-2026-1_Schweigepflichtentbindung_Vorlage.docx")


@mail(65, "CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage settlement for a buildings policy: address, roofer's invoice amounts, payout to the customer's IBAN")
def m065():
    m = new(65, "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "Werner Behrens <w.behrens@t-online.example>",
            "Ihr Sturmschaden vom 16.02.2026 - WG 3 088 130 55 - Abrechnung",
            "2026-03-17 10:55")
    return body(m, """\
Sehr geehrter Herr Behrens,

vielen Dank für die Rechnung der Firma Dachbau Lohmann vom 10.03.2026.
Für den Sturmschaden an Ihrem Haus Bergstraße 5, 27721 Ritterhude,
rechnen wir wie folgt ab:

Dachdeckerarbeiten (Neueindeckung Westseite, 14 qm)   3.412,50 Euro
Dachrinne und Fallrohr erneuert                         486,00 Euro
Gerüst                                                   720,00 Euro
abzüglich Selbstbehalt                                 - 250,00 Euro
Auszahlung                                             4.368,50 Euro

Den Betrag überweisen wir auf Ihr Konto
DE28 2919 0024 9307 4043 77 (Werner Behrens).

Die Reparatur der Zimmerdecke im Dachgeschoss hatten Sie noch nicht
beauftragt. Schicken Sie mir bitte den Kostenvoranschlag des Malers, dann
gebe ich auch diesen Teil frei.

Mit freundlichen Grüßen
Tobias Gerdes
Sach-Schaden Privatkunden
Weserland Versicherung VVaG | Tel. 0421 555 0260
""")


@mail(66, "NORMAL", "en", "auto-reply",
      "customer's own out-of-office reply in English, no insurance content")
def m066():
    m = new(66, "Ben Harcourt <ben.harcourt@fastmail.example>",
            "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Out of office: RE: your documents",
            "2026-08-03 09:12",
            extra=[("Auto-Submitted", "auto-replied")])
    return body(m, """\
Hi,

I'm on holiday with the family until 17 August with only occasional access
to e-mail. If it can't wait, please call my wife Priya.

Cheers,
Ben
""")


@mail(67, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "legal expenses request: employee dismissed while on sick leave for a slipped disc")
def m067():
    m = new(67, "Ralf Meinken <ralf.meinken@freenet.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Kündigung während Krankschreibung - brauche Anwalt",
            "2026-06-15 08:02")
    return body(m, """\
Hallo,

ich habe Rechtsschutz mit Arbeitsrecht bei Ihnen (RS 5 077 412 09, Ralf
Meinken, Vahrer Straße 230, 28329 Bremen).

Ich bin seit dem 2. März krankgeschrieben wegen einem Bandscheibenvorfall
L4/L5, war drei Wochen im Krankenhaus und danach in der Reha in Bad
Bevensen. Jetzt, am Freitag, kam per Boten die Kündigung von meinem
Arbeitgeber (Spedition Kruse & Wendt GmbH, Bremen), "krankheitsbedingt",
zum 31.08. Ich bin dort seit 11 Jahren als Disponent. Mein Arzt sagt, dass
ich ab Juli mit Wiedereingliederung anfangen kann.

Die Klage muss ja innerhalb von drei Wochen rein. Können Sie mir bitte
schnell eine Deckungszusage schicken? Ich war schon bei Rechtsanwältin
Sievers (Kanzlei am Dobben), die würde es machen.

Die Kündigung und das letzte Gehaltsblatt (3.480 Euro brutto) kann ich
schicken.

Gruß
Ralf Meinken
0151 5554 8830
""")


@mail(68, "CONFIDENTIAL", "de", "customer-to-insurer",
      "dog owner reports that her Labrador bit the neighbour's dog; vet bill of the other dog, dog-owner liability policy")
def m068():
    m = new(68, "Kerstin Hollmann <kerstin.hollmann@gmx.example>",
            "schaden@weserland-versicherung.example",
            "Hundebiss - Tierhalterhaftpflicht",
            "2026-06-02 13:27")
    return body(m, """\
Hallo liebes Weserland-Team,

leider muss ich einen Schaden melden. Meine Hundehaftpflicht:
TH 1 880 312 04, Hund: Bruno, Labrador, 5 Jahre.

Am Pfingstmontag (25.05.) sind Bruno und der Terrier von unserer
Nachbarin Frau Annegret Siemer (Im Wiesengrund 7) am Gartenzaun
aneinandergeraten, das Tor stand offen. Bruno hat den Terrier ("Flocke")
ins Ohr und in die Schulter gebissen. Flocke musste in der Tierklinik
Wümmeniederung genäht werden und hat eine Drainage bekommen.

Frau Siemer hat mir jetzt die Rechnung der Tierklinik über 384,60 Euro
gegeben. Menschen wurden nicht verletzt.

Ich lege die Rechnung als Foto bei (kommt in der nächsten Mail, das Handy
schafft das nicht zusammen).

Viele Grüße
Kerstin Hollmann
Im Wiesengrund 9, 28870 Ottersberg
""")


@mail(69, "NORMAL", "de", "internal",
      "trap: purchase order for car first-aid kits and warning vests as giveaways (DIN standard, bandages), no person")
def m069():
    m = new(69, "Nadine Carstens <nadine.carstens@weserland-versicherung.example>",
            "einkauf@weserland-versicherung.example",
            "Bestellung Werbemittel Kfz-Aktion Herbst - Verbandkästen + Warnwesten",
            "2026-07-14 10:20")
    return body(m, """\
Hallo Einkauf,

für die Kfz-Wechselaktion im Herbst (Stichtag 30.11.) bitte folgende
Werbemittel bestellen, Lieferung bis 15.09. an die Poststelle:

1. 1.500 x Kfz-Verbandkasten nach DIN 13164:2022, mit Logo-Aufkleber
   (Inhalt u. a. Verbandpäckchen, Dreiecktücher, Rettungsdecke,
   Einmalhandschuhe, Mund-Nasen-Schutz)
   Angebot Medi-Promo GmbH vom 02.07., 4,85 Euro/Stück
2. 1.500 x Warnweste EN ISO 20471, gelb, Logo Rücken
   Angebot Medi-Promo GmbH, 1,20 Euro/Stück
3. 300 x Eiskratzer mit Handschuh (Restbestand reicht nicht)

Kostenstelle 4410 Marketing Privatkunden, Budget ist freigegeben
(siehe Freigabe Hr. Renken vom 30.06.).

Wichtig: Die Verbandkästen müssen ein Haltbarkeitsdatum bis mindestens
2030 haben, sonst gibt es wieder Beschwerden wie 2024.

Danke!
Nadine Carstens
Marketing Privatkunden
""")


@mail(70, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident department offers an interim invalidity payment for a fractured vertebra with reduced back function")
def m070():
    m = new(70, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "Achim Hartwig <achim.hartwig@ewetel.example>",
            "Ihre Unfallversicherung UV 61 33 0815 - Invaliditätsleistung",
            "2026-11-24 14:18")
    return body(m, """\
Sehr geehrter Herr Hartwig,

das Gutachten von Herrn Dr. Kuhlmann (Orthopädie, Oldenburg) zu Ihrem
Unfall vom 21.02.2026 liegt uns jetzt vor.

Der Gutachter stellt fest: Der Bruch des ersten Lendenwirbels ist mit
einer leichten Keilform verheilt. Es bestehen noch Schmerzen beim Heben
und längeren Sitzen sowie eine Bewegungseinschränkung der
Lendenwirbelsäule. Er bewertet die dauerhafte Beeinträchtigung mit 10 %
nach den Grundsätzen außerhalb der Gliedertaxe.

Bei Ihrer Grundsumme von 80.000 Euro ergibt das eine Invaliditätsleistung
von 8.000 Euro. Weil die Heilung noch nicht ganz abgeschlossen ist, können
Sie und wir innerhalb von drei Jahren nach dem Unfall eine Neubemessung
verlangen.

Das Geld überweisen wir auf Ihr bekanntes Konto, sobald Sie uns das
beiliegende Einverständnis unterschrieben zurückschicken (gern auch über
das Kundenportal).

Gute Besserung weiterhin und freundliche Grüße

Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG | Tel. 0421 555 0410
""")


@mail(71, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer writes in German/Turkish that a washing machine hose burst and flooded the kitchen: household policy, address")
def m071():
    m = new(71, "Hasan Çelik <hasan.celik@yandex.example>",
            "schaden@weserland-versicherung.example",
            "Wasserschaden Küche - çok kötü",
            "2026-09-28 21:46")
    return body(m, """\
Guten Abend,

heute nachmittag ist bei uns in der Küche der Schlauch von der Waschmaschine geplatzt. Wir waren beim Einkaufen, als wir gekommen sind war alles voll Wasser, çok kötü. Der Laminat ist ganz aufgequollen, die Unterschränke von der Küche unten auch nass, und der Nachbar unter uns sagt er hat nasse Decke im Bad.

Hausrat: HR 2 377 015 42
Hasan Çelik, Lindenhofstraße 23, 28237 Bremen (2. OG)

Die Wohnung ist gemietet, Vermieter ist die Wohnbau Weser, der Hausmeister war schon da und hat Fotos gemacht. Wer bezahlt jetzt was? Ev sahibi mi, sigorta mı? Ich habe auch Privathaftpflicht bei Ihnen, Nummer weiß ich nicht, ist im gleichen Paket.

Bitte schnell melden, wir brauchen Trockengerät.

Hasan Çelik
0178 5551 4407
""")


@mail(72, "NORMAL", "de", "system-notification",
      "trap: app release notes (upload doctors' bills for travel health, accident report with photos), no person")
def m072():
    m = new(72, "Weserland App <noreply@app.weserland-versicherung.example>",
            "m.kowalczyk@wp.example",
            "Neu in der Weserland-App: Version 4.2",
            "2026-05-12 12:00",
            extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    return body(m, """\
Hallo,

die Weserland-App gibt es ab heute in Version 4.2. Das ist neu:

* Schaden melden mit Fotos - jetzt bis zu 20 Bilder pro Schaden,
  auch direkt aus der Galerie.
* Reise-Krankenversicherung: Arztrechnungen und Apothekenbelege aus dem
  Urlaub fotografieren und hochladen, die App erkennt Betrag und Währung.
* Unfallmeldung: Krankenhausaufenthalt und Arztbesuche in Ruhe Schritt für
  Schritt eintragen. Ärztliche Unterlagen werden verschlüsselt übertragen.
* Sprache der App: Deutsch, English, Türkçe, Polski, Русский.
* Fehlerbehebungen: Der Login mit Fingerabdruck funktioniert wieder auf
  älteren Android-Geräten.

Bitte aktualisieren Sie die App im App Store oder bei Google Play.

Ihre Weserland Versicherung
(Sie erhalten diese Nachricht, weil Sie die App nutzen. Benachrichtigungen
können Sie in der App unter Einstellungen > Mitteilungen abschalten.)
""")


@mail(73, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "claims handler tells the customer that the injured driver's lawyer claims whiplash and pain and suffering, asks questions")
def m073():
    m = new(73, "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "KS-2026-009 402 - Ihr Unfall vom 09.03. auf der B6",
            "2026-04-02 09:40")
    return body(m, """\
Hallo Herr Brinkmann,

kurzer Zwischenstand zu Ihrem Unfall vom 09.03.:

Der Anwalt von Herrn Wessels hat sich bei uns gemeldet. Er macht neben dem
Fahrzeugschaden Schmerzensgeld und Verdienstausfall geltend. Laut dem
beigefügten Attest hatte Herr Wessels eine HWS-Distorsion
(Schleudertrauma) und war zwei Wochen arbeitsunfähig; er trägt
zeitweise eine Halskrause und geht zur Physiotherapie.

Dazu zwei Fragen an Sie:
1. Hat Herr Wessels an der Unfallstelle gesagt, dass er schon vorher
   Rückenprobleme hatte? Sie hatten so etwas in Ihrer Meldung erwähnt.
   Können Sie sich noch an die genauen Worte erinnern?
2. Gab es Zeugen außer den Polizeibeamten?

Bitte nehmen Sie selbst keinen Kontakt zu Herrn Wessels oder seinem Anwalt
auf, das übernehmen wir.

Viele Grüße
Katharina Brüning
Kfz-Schadenservice
Weserland Versicherung VVaG | Tel. 0421 555 0230
""")


@mail(74, "CONFIDENTIAL", "de", "agent-to-insurer",
      "tied agent sends a new buildings insurance application with the applicants' birth dates and IBAN")
def m074():
    m = new(74, "Thorsten Dieckmann <t.dieckmann@agentur-dieckmann.example>",
            "antrag@weserland-versicherung.example",
            "Neuantrag Wohngebäude Eheleute Rohlfs, Barrien",
            "2026-04-15 16:48")
    return body(m, """\
Hallo Antragsabteilung,

bitte folgenden Antrag policieren (Original-Unterschrift liegt bei mir in
der Akte, Scan im Maklerportal hochgeladen):

Tarif: Wohngebäude Premium inkl. Elementar, gleitender Neuwert
Versicherungsbeginn: 01.05.2026
Objekt: Einfamilienhaus, Baujahr 1978, 142 qm Wohnfläche, Keller,
Ölheizung (Austausch gegen Wärmepumpe 2027 geplant)
Anschrift Objekt = Anschrift VN: Im Bruch 22, 28857 Syke-Barrien

Versicherungsnehmer:
Holger Rohlfs, geb. 09.08.1971
Anke Rohlfs, geb. Schumacher, geb. 23.01.1974

Vorversicherung: Hunte-Brandkasse, gekündigt zum 30.04.,
ein Leitungswasserschaden 2023 (ca. 2.800 Euro).

SEPA: Kontoinhaber Holger Rohlfs, Kreissparkasse Hachetal
IBAN DE27 2569 0009 1194 3030 37, jährliche Zahlweise

ZÜRS-Zone laut Abfrage: GK 1.

Danke und Gruß
Thorsten Dieckmann
Generalagentur der Weserland Versicherung
Dieckmann & Sohn, Hauptstraße 41, 28857 Syke
""")


@mail(75, "NORMAL", "de", "insurer-to-prospect",
      "appointment confirmation for a first consultation with a prospect, calendar invitation attached, no contract data")
def m075():
    m = new(75, "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "Sinem Arslan <sinem.arslan@gmail.example>",
            "Terminbestätigung Beratung Do. 16.04., 17:30 Uhr",
            "2026-04-13 12:09")
    m = body(m, """\
Hallo Frau Arslan,

vielen Dank für Ihren Anruf. Hiermit bestätige ich unseren Termin:

Donnerstag, 16. April 2026, 17:30 Uhr
Agentur Öztürk, Lindenhofstraße 51, 28237 Bremen-Gröpelingen

Themen: Haftpflicht und Hausrat für Ihre erste eigene Wohnung.
Bitte bringen Sie, wenn vorhanden, den Mietvertrag mit (wegen Wohnfläche
und Schlüsselregelung). Wir können das Gespräch gern auch auf Türkisch
führen.

Die Einladung für Ihren Kalender hängt an.

Bis Donnerstag!
Serkan Öztürk
Agentur Öztürk - Generalagentur der Weserland Versicherung
Tel. 0421 555 6160
""")
    c = ics("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Agentur Oeztuerk//Termine//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:termin-20260416-1730-arslan@agentur-oeztuerk.example
DTSTAMP:20260413T100900Z
DTSTART;TZID=Europe/Berlin:20260416T173000
DTEND;TZID=Europe/Berlin:20260416T183000
SUMMARY:Beratung Haftpflicht/Hausrat - Agentur Öztürk
LOCATION:Lindenhofstraße 51\\, 28237 Bremen
ORGANIZER;CN=Serkan Öztürk:mailto:s.oeztuerk@agentur-oeztuerk.example
ATTENDEE;CN=Sinem Arslan;RSVP=TRUE:mailto:sinem.arslan@gmail.example
END:VEVENT
END:VCALENDAR
""")
    return att(m, c, "text/calendar", "Termin_Agentur_Oeztuerk.ics")


# ======================================================================
# d46-0076 .. d46-0100
# ======================================================================

@mail(76, "NORMAL", "de", "internal",
      "trap: new blank accident claim form (diagnosis, treating doctor, hospital fields) as PDF, only empty fields")
def m076():
    m = new(76, "Formularwesen <formulare@weserland-versicherung.example>",
            "alle-kundenservice@weserland-versicherung.example",
            "Formular UA-01 Unfallanzeige - Version 2026 freigegeben",
            "2026-04-01 08:15")
    m = body(m, """\
Guten Morgen,

die überarbeitete Unfallanzeige UA-01 (Version 04/2026) ist freigegeben
und ab sofort im Formularcenter und in der App hinterlegt. Die
Druckvorlage hängt an.

Änderungen gegenüber 2023:
- Feld "Angaben zur Verletzung" ist jetzt Freitext statt Ankreuzliste,
- neue Frage nach Zeugen mit Kontaktdaten,
- Hinweis auf die Schweigepflichtentbindung als eigenes Blatt (SE-2026-1).

Bitte alte Vordrucke nicht mehr versenden.

Formularwesen / Betriebsorganisation
""")
    p = pdf([
        "# Unfallanzeige (UA-01, Version 04/2026)",
        "Weserland Versicherung VVaG - Leistung Unfall - Am Hafenbecken 12, 28217 Bremen",
        "",
        "1. Versicherungsnehmer/in: ______________________  Vertragsnummer: UV __ __ ____",
        "2. Verletzte Person: Name ______________________  geb. am __.__.____",
        "3. Unfalltag und Uhrzeit: __.__.____  __:__ Uhr   Unfallort: ______________________",
        "4. Wie ist der Unfall passiert? (bitte genau schildern)",
        "   ______________________________________________________________________",
        "5. Angaben zur Verletzung (welcher Körperteil, welche Verletzung):",
        "   ______________________________________________________________________",
        "6. Erstbehandelnder Arzt / Krankenhaus (Name, Anschrift):",
        "   ______________________________________________________________________",
        "7. Stationärer Aufenthalt: von __.__.____ bis __.__.____   [ ] nein",
        "8. Bestanden vor dem Unfall Krankheiten oder Gebrechen an dem verletzten Körperteil?",
        "   [ ] nein  [ ] ja, nämlich: ____________________________________________",
        "9. Hatten Sie vor dem Unfall Alkohol, Medikamente oder Drogen eingenommen?  [ ] nein  [ ] ja",
        "10. Zeugen (Name, Telefon): _____________________________________________",
        "",
        "Ort, Datum ____________________   Unterschrift ____________________________",
    ], title="UA-01 Unfallanzeige 2026", author="Formularwesen")
    return att(m, p, "application/pdf", "UA-01_Unfallanzeige_2026-04.pdf")


@mail(77, "CONFIDENTIAL", "de", "relative-to-insurer",
      "daughter asks for her father's premium certificate for the tax return and gives his tax ID and policy numbers")
def m077():
    m = new(77, "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "service@weserland-versicherung.example",
            "Beitragsbescheinigung 2025 für Steuererklärung Heinrich Lüdemann",
            "2026-03-09 20:04")
    return body(m, """\
Guten Abend,

ich mache dieses Jahr die Steuererklärung für meinen Vater Heinrich
Lüdemann (Vollmacht liegt Ihnen seit Januar vor). Ich bräuchte für 2025
eine Bescheinigung über die gezahlten Beiträge für

- Privathaftpflicht PH 1 203 660 81
- Hausrat HR 2 019 447 36
- Wohngebäude WG 3 220 917 44

Seine Steuer-ID ist 47 036 892 816, falls Sie die brauchen. Er ist
Rentner, zahlt aber wegen der Mieteinnahmen aus der Einliegerwohnung
Steuern.

Bitte schicken Sie die Bescheinigung an meine Adresse (Bahnhofstraße 31,
28857 Syke) oder als PDF an diese Mail.

Vielen Dank
Sabine Lüdemann-Roth
""")


@mail(78, "STRICTLY_CONFIDENTIAL", "mixed", "applicant-to-agent",
      "applicant tells his agent in Turkish/German about blood pressure pills and a knee operation for a term life application")
def m078():
    m = new(78, "Gökhan Aksoy <goekhan.aksoy@gmail.example>",
            "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "Risikoleben für Hauskredit - Gesundheitsfragen",
            "2026-04-20 22:31")
    return body(m, """\
Serkan abi merhaba,

wie besprochen wegen der Risikolebensversicherung für den Kredit von der Sparkasse (Haus in Oslebshausen, 240.000). Ich hab den Antrag zuhause angeschaut, bei den Gesundheitsfragen bin ich unsicher, deswegen schreib ich dir lieber vorher:

1. Tansiyon ilacı: Ich nehme seit 2023 Blutdrucktabletten, Ramipril 5 mg morgens. Der Hausarzt Dr. Güneş sagt Blutdruck ist jetzt gut eingestellt, 130/85.
2. Knie: 2024 hatte ich OP am rechten Knie, Meniskus, ambulant im OP-Zentrum Findorff, danach 6 Wochen Physiotherapie. Jetzt keine Probleme mehr, ich spiele wieder Fußball mit den Jungs.
3. Rauchen: Seit 2 Jahren aufgehört, muss ich "Nichtraucher" ankreuzen oder nicht? Sigarayı bıraktım ama 10 yıl içtim.
4. Größe 1,81, Gewicht 97 kg. Ist das ein Problem?

Frage 5 "Krankenhausaufenthalte letzte 5 Jahre" - der Knie war ambulant, zählt das?

Ich will alles richtig machen, nicht dass später die Versicherung nicht zahlt und meine Frau mit dem Kredit allein ist.

Geburtsdatum brauchst du auch: 11.02.1985.

Sağ ol abi
Gökhan
""")


@mail(79, "NORMAL", "de", "newsletter",
      "trap: agency tells its customers it closes for Ramazan Bayramı, religious holiday without any person's data")
def m079():
    m = new(79, "Agentur Öztürk <info@agentur-oeztuerk.example>",
            "kunden@agentur-oeztuerk.example",
            "Bayram: Agentur am 20. März geschlossen / Bayram nedeniyle 20 Mart'ta kapalıyız",
            "2026-03-16 10:00",
            extra=[("Precedence", "bulk")])
    return body(m, """\
Liebe Kundinnen und Kunden,

zum Ende des Fastenmonats Ramadan ist unsere Agentur am Freitag,
20. März 2026 (Ramazan Bayramı), geschlossen. Ab Montag, 23. März, sind
wir wieder wie gewohnt für Sie da.

In dringenden Fällen (z. B. Unfall, Wasserschaden, Einbruch) erreichen Sie
die Schadenhotline der Weserland Versicherung rund um die Uhr unter
0421 555 0800.

Değerli müşterilerimiz,

Ramazan Bayramı nedeniyle acentemiz 20 Mart 2026 Cuma günü kapalı
olacaktır. 23 Mart Pazartesi'den itibaren tekrar hizmetinizdeyiz. Acil
durumlarda 7/24 hasar hattı: 0421 555 0800.

Bayramınız mübarek olsun! Allen ein schönes Fest!

Serkan Öztürk und Team
Agentur Öztürk - Generalagentur der Weserland Versicherung
Lindenhofstraße 51, 28237 Bremen
""")


@mail(80, "NORMAL", "en", "newsletter",
      "English winter driving newsletter with roadside assistance information, no person")
def m080():
    m = new(80, "Weserland Welcome Desk <welcome@news.weserland-versicherung.example>",
            "newcomers@lists.weserland-versicherung.example",
            "Winter driving in Germany: tyres, ice and who to call",
            "2026-11-05 08:00",
            extra=[("List-Unsubscribe", "<mailto:unsubscribe@news.weserland-versicherung.example?subject=welcome>"),
                   ("Precedence", "bulk")])
    text = """\
WELCOME DESK - November 2026

Winter tyres are the law (in winter conditions)
In Germany you must have winter or all-season tyres with the alpine
symbol when there is snow, ice or slush. If you cause an accident with
summer tyres, your insurer may reduce payments under the comprehensive
cover, and you may be fined EUR 60 and one point in Flensburg.

Ice on the windscreen
Scrape the whole windscreen - a "peephole" costs EUR 10 if the police
notice it.

Broken down?
If you have our Schutzbrief (roadside assistance), call +49 421 555 0800,
day and night. We send a breakdown service and, if necessary, pay for a
hotel or a hire car.

Deer on the road
Most wildlife collisions happen at dawn and dusk between October and
December. Don't swerve - brake hard and hold the wheel straight. Call the
police (110) so they can contact the hunter; you'll need the certificate
for the claim.

Drive safely,
Your Welcome Desk team
"""
    h = """\
<html><body style="font-family:Arial,sans-serif">
<h2>Winter driving in Germany: tyres, ice and who to call</h2>
<p><b>Winter tyres are the law</b> (in winter conditions) &ndash; alpine symbol required when
there is snow, ice or slush. Fine: EUR&nbsp;60 and one point in Flensburg.</p>
<p><b>Ice on the windscreen:</b> scrape the whole windscreen.</p>
<p><b>Broken down?</b> Schutzbrief customers call <a href="tel:+494215550800">+49 421 555 0800</a>.</p>
<p><b>Deer on the road:</b> don't swerve &ndash; brake hard, hold the wheel, call 110.</p>
<p>Drive safely,<br>Your Welcome Desk team</p>
<p style="font-size:10px">Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen.
<a href="mailto:unsubscribe@news.weserland-versicherung.example?subject=welcome">Unsubscribe</a></p>
</body></html>
"""
    return alt(m, text, h)


@mail(81, "CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims bonus transfer from grandmother to grandson: both names, grandson's birth date, plates, policy")
def m081():
    m = new(81, "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Niklas Meyer <niklas.meyer2004@gmail.example>",
            "SF-Übertragung von Frau Gesine Meyer - was wir noch brauchen",
            "2026-04-29 11:02",
            cc="Gesine Meyer <gesine.meyer@t-online.example>")
    return body(m, """\
Hallo Herr Meyer,

Ihre Großmutter, Frau Gesine Meyer, möchte ihren Schadenfreiheitsrabatt
(SF 31 aus dem Vertrag KFZ-7 019 227, VW Golf Plus, OHZ-GM 48) auf Sie
übertragen, weil sie das Auto abgibt und nicht mehr selbst fährt.

Das geht, aber nur in dem Umfang, in dem Sie selbst schon Auto fahren
durften: Sie sind am 12.03.2004 geboren und haben den Führerschein seit
dem 02.06.2022. Übertragen werden können daher nur die Jahre, die Sie
selbst hätten fahren können - nach unserer Rechnung SF 3. Der Rest
verfällt. Ihre Großmutter kann danach keinen Rabatt mehr nutzen.

Wir brauchen:
1. die Übertragungserklärung (Formular anbei im Portal), unterschrieben
   von Ihnen beiden,
2. eine Kopie Ihres Führerscheins (Vorder- und Rückseite),
3. das Kennzeichen, unter dem Sie das Auto anmelden (oder
   Kennzeichenmitnahme OHZ-GM 48?).

Viele Grüße
Katharina Brüning
Kfz-Service
Weserland Versicherung VVaG | Tel. 0421 555 0230
""")


@mail(82, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "travel cancellation because the wife's pregnancy became high-risk and the doctor forbade flying")
def m082():
    m = new(82, "Florian Dreyer <florian.dreyer@web.example>",
            "reise@weserland-versicherung.example",
            "Storno Kanaren - Reiserücktritt RR 4 412 008 55",
            "2026-06-29 19:40")
    return body(m, """\
Sehr geehrte Damen und Herren,

wir müssen unsere Reise nach Fuerteventura (Hotel Costa Calma Beach,
18.07.-01.08.2026, Buchung Nordsee Reisen 4471-882901, 3.140 Euro für zwei Personen)
leider stornieren.

Meine Frau Carina Dreyer ist in der 24. Woche schwanger. Bei der Vorsorge
letzte Woche wurde eine Verkürzung des Gebärmutterhalses festgestellt, die
Frauenärztin hat ein Beschäftigungsverbot ausgesprochen und ausdrücklich
von Flugreisen abgeraten. Als wir gebucht haben (Januar), wussten wir noch
nichts von der Schwangerschaft.

Versichert sind wir beide über die Jahres-Reiserücktrittsversicherung
RR 4 412 008 55.

Die ärztliche Bescheinigung und die Stornorechnung von Nordsee Reisen (35 % =
1.099 Euro) schicke ich per Post, oder geht das auch per Foto?

Mit freundlichen Grüßen
Florian Dreyer
Am Speicher 4, 28217 Bremen
""")


@mail(83, "NORMAL", "de", "internal",
      "trap: bicycle theft statistics 2025 by district with average values (XLSX), aggregates only")
def m083():
    m = new(83, "Controlling Sach <controlling-sach@weserland-versicherung.example>",
            "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>, Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Auswertung Fahrraddiebstahl 2025 nach Stadtteil",
            "2026-02-12 14:30")
    m = body(m, """\
Hallo Tobias, hallo Lisa,

wie gewünscht die Auswertung der Fahrraddiebstähle 2025 (Hausrat mit
Fahrradklausel + Fahrrad-Einzelpolice) nach Postleitzahlbereich. Stadtteile
mit weniger als 10 Fällen sind unter "übrige" zusammengefasst.

Auffällig: Innenstadt/Bahnhof und Neustadt machen zusammen 38 % der
Schadenaufwände aus; der Durchschnittsschaden bei E-Bikes liegt inzwischen
bei 2.870 Euro.

Gruß aus dem Controlling
Jens
""")
    x = xlsx([("Diebstahl 2025", [
        ["Bereich", "PLZ", "Fälle", "davon E-Bike", "Aufwand EUR", "Ø je Fall EUR"],
        ["Mitte / Bahnhof", "28195", 212, 71, 384120, 1812],
        ["Neustadt", "28199/28201", 187, 58, 322640, 1725],
        ["Findorff", "28215", 96, 30, 161280, 1680],
        ["Schwachhausen", "28209/28211", 143, 66, 298870, 2090],
        ["Vahr / Horn", "28329/28359", 61, 22, 104310, 1710],
        ["Gröpelingen / Walle", "28237/28219", 54, 9, 59940, 1110],
        ["Delmenhorst", "27749-27755", 48, 12, 62880, 1310],
        ["übrige", "", 119, 37, 193970, 1630],
        ["Summe", "", 920, 305, 1588010, 1726],
    ])], author="Controlling Sach")
    return att(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "Fahrraddiebstahl_2025_Stadtteile.xlsx")


@mail(84, "CONFIDENTIAL", "en", "customer-to-insurer",
      "English customer asks to switch all his policies to his new German bank account (IBAN) and add his wife")
def m084():
    m = new(84, "Ben Harcourt <ben.harcourt@fastmail.example>",
            "service@weserland-versicherung.example",
            "Change of bank account for all our policies",
            "2026-05-04 12:18")
    return body(m, """\
Hello,

we finally have a proper German joint account, so could you please
collect the premiums for all our policies from this account from June on:

Account holders: Ben and Priya Harcourt
Bank: Weser-Sparkasse
IBAN: DE16 2905 0000 2252 4025 11

Policies:
- household incl. bicycles HR 2 114 583 06 (Priya)
- family liability PH 1 590 077 31 (me)
- annual travel RV 7 004 219 (me)

Priya's old account at an online bank will be closed at the end of May. I've signed
the SEPA mandate in the app - is that enough or do you need it on paper?

And could Priya be added to the liability policy as a second policyholder?
She's not in the documents at the moment, only "spouse".

Thanks,
Ben Harcourt
Kornstraße 212, 28201 Bremen
""")


@mail(85, "NORMAL", "de", "insurer-to-prospect",
      "answer to a prospect about flood cover and flood zones for the house she wants to buy; no contract, bank or birth data")
def m085():
    m = new(85, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Meike Grotheer <meike.grotheer@posteo.example>",
            "AW: Elementarversicherung - Haus an der Hamme?",
            "2026-05-21 10:44")
    return body(m, """\
Hallo Frau Grotheer,

danke für Ihre Anfrage. Ich habe die Adresse, die Sie genannt haben
(Hammeweg 3 in Osterholz-Scharmbeck), im Zonierungssystem ZÜRS Geo
nachgeschaut: Das Grundstück liegt in Gefährdungsklasse 2 (Hochwasser
statistisch seltener als einmal in 100 Jahren, aber häufiger als einmal in
200 Jahren).

Das heißt für Sie:
- Elementarschutz (Überschwemmung, Rückstau, Starkregen) ist bei uns in
  GK 2 ohne Zuschlag möglich.
- Selbstbehalt bei Elementarschäden: 10 % mindestens 500 Euro.
- Eine Rückstausicherung im Keller sollte vorhanden sein.

Ein konkretes Angebot kann ich Ihnen machen, sobald Sie den Kaufvertrag
unterschrieben haben und mir Baujahr, Wohnfläche und Bauweise nennen.
Gern auch zusammen mit Hausrat.

Viel Erfolg beim Hauskauf!

Jana Wöltje
Kundenservice Privatkunden
Weserland Versicherung VVaG | Tel. 0421 555 0100
""")


@mail(86, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "accident department asks the hospital for the discharge report of a named elderly patient after hip surgery")
def m086():
    m = new(86, "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
            "patientenverwaltung@kh-werdersee.example",
            "Anforderung Entlassungsbericht - Patientin Valentina Schneider, geb. 23.09.1951",
            "2026-03-10 08:37")
    return body(m, """\
Sehr geehrte Damen und Herren,

Ihre ehemalige Patientin

  Frau Valentina Schneider, geb. 23.09.1951
  Kirchhuchtinger Landstraße 140, 28259 Bremen
  stationär vom 16.02.2026 bis 02.03.2026, Unfallchirurgie Station 3B

hat bei uns Leistungen aus ihrer Senioren-Unfallversicherung beantragt
(Leistungsfall UL-2026-00 561, Sturz in der Wohnung am 16.02.2026).

Wir bitten um Übersendung einer Kopie des Entlassungsberichts und des
OP-Berichts über die Hüftgelenksoperation vom 17.02.2026. Eine
Schweigepflichtentbindung der Patientin (unterschrieben am 04.03.2026)
haben wir Ihnen heute per Fax an die 0421 555 8899 geschickt.

Die Kopierkosten erstatten wir nach Rechnung.

Mit freundlichen Grüßen
Im Auftrag
Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen
""")


@mail(87, "NORMAL", "mixed", "prospect-to-insurer",
      "prospect thanks in Turkish/German for general pet insurance info; quoted answer has only product facts")
def m087():
    m = new(87, "Can Demir <can.demir@hotmail.example>",
            "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Re: Katzenversicherung?",
            "2026-01-29 19:55")
    return body(m, """\
Çok teşekkürler Frau Harms, super erklärt! Meine Freundin ist jetzt auch überzeugt 😄 Wir machen das online am Wochenende.

Can

Am 29.01.2026 um 11:20 schrieb Lisa Harms <lisa.harms@weserland-versicherung.example>:
> Hallo Herr Demir,
>
> die Katzen-OP-Versicherung kann man ab der 9. Lebenswoche bis zum
> 8. Geburtstag abschließen. Versichert sind Operationen nach Unfall oder
> Krankheit inkl. Narkose, Voruntersuchung und 15 Tage Nachbehandlung.
> Kastration und Impfungen sind nicht enthalten, das sind
> Vorsorgeleistungen. Wartezeit: 30 Tage (nicht bei Unfällen).
> Beitrag für eine Wohnungskatze: 9,90 Euro im Monat.
>
> Viele Grüße
> Lisa Harms
""")


@mail(88, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer reports in German/Polish a parking collision in Poland: plate, other driver's statement and Polish insurer, no injuries")
def m088():
    m = new(88, "Marek Kowalczyk <m.kowalczyk@wp.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Schaden in Polen - oświadczenie sprawcy",
            "2026-08-12 21:17")
    return body(m, """\
Dzień dobry / Guten Tag,

wir sind im Urlaub in Polen, in Gdańsk. Heute auf dem Parkplatz von Galeria Bałtycka ist ein Mann mit seinem Auto rückwärts in meine Tür gefahren, als ich noch drin saß. Niemand verletzt.

Mein Auto: Skoda Octavia, DH-MK 744, Vertrag KFZ-7 205 663
Der andere: Pan Tomasz Wróbel, Opel Astra, Kennzeichen GD 4K921, versichert bei Bałtyk Ubezpieczenia, Polisa OC nr 1071 3345 902

Er hat "oświadczenie sprawcy kolizji" geschrieben und unterschrieben (dass er schuld ist), ich habe Foto davon und von seinem Ausweis und der Polisa.

Muss ich das bei der Bałtyk in Polen melden oder machen Sie das? Die Tür geht noch zu aber hat große Delle, Spiegel ist kaputt. Reparatur lieber in Deutschland bei Borchers nach dem Urlaub.

Pozdrawiam
Marek Kowalczyk
""")


@mail(89, "NORMAL", "de", "internal",
      "trap: anonymised training case study of an elderly woman's fall with fracture and assistance services, no identifying data")
def m089():
    m = new(89, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "azubis@weserland-versicherung.example",
            "Fallstudie für Donnerstag: Senioren-Unfall (anonymisiert)",
            "2026-04-27 15:25")
    return body(m, """\
Hallo liebe Azubis,

für unsere Übungsstunde am Donnerstag bitte diesen Fall vorbereiten. Alle
Angaben sind verändert und lassen keinen Rückschluss auf echte Kunden zu.

Fall 3 - "Sturz im Bad"
Eine Kundin, Ende 70, lebt allein in einer Mietwohnung im Bremer Süden. Sie
rutscht beim Aussteigen aus der Badewanne aus und bricht sich den
Oberschenkelhals. Sie wird operiert (Hüftprothese), liegt zwei Wochen im
Krankenhaus und geht danach drei Wochen in die Reha. Vertrag:
Senioren-Unfallversicherung mit Krankenhaustagegeld 30 Euro,
Hilfeleistungspaket, Invaliditätssumme 50.000 Euro, Progression 225 %.

Aufgaben:
1. Welche Leistungen kommen sofort in Frage, welche erst später?
2. Welche Hilfeleistungen (Einkauf, Reinigung, Menüdienst, Fahrdienst)
   organisieren wir nach der Entlassung, wie lange?
3. Wie bewertet man eine Hüftprothese nach der Gliedertaxe ("Bein bis
   über die Mitte des Oberschenkels")? Rechnet zwei Varianten: 1/7 und
   3/20 Beinwert.
4. Die Tochter ruft an und will den Entlassungsbericht per E-Mail
   schicken. Was sagt ihr?

Lösungen besprechen wir gemeinsam.

Viele Grüße
Anja
""")


@mail(90, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer reports his rollator and wheelchair stolen from the stairwell, household policy")
def m090():
    m = new(90, "Horst Janßen <horst.janssen1948@t-online.example>",
            "schaden@weserland-versicherung.example",
            "Diebstahl aus dem Hausflur",
            "2026-10-06 09:58")
    return body(m, """\
Sehr geehrte Damen und Herren,

aus dem Hausflur unseres Mehrfamilienhauses Gröpelinger Heerstraße 310,
28237 Bremen, sind in der Nacht auf Montag mein Rollator (Topro Troja,
2024, 549 Euro) und mein faltbarer Rollstuhl (Meyra Budget, 2023) gestohlen
worden. Beide standen wie immer angeschlossen unter der Treppe, weil ich
sie nicht in den 3. Stock tragen kann. Das Schloss ist durchgeknipst.

Ich habe bei Ihnen die Hausratversicherung HR 2 144 980 07. Ist so etwas
versichert, wenn es im Hausflur steht?

Den Rollstuhl hat die Krankenkasse bezahlt, den Rollator habe ich selbst gekauft.
Die Krankenkasse sagt, ich soll das erst bei der Versicherung versuchen.
Ohne die Sachen komme ich im Moment nicht aus dem Haus, mein Sohn bringt
mir das Essen.

Die Anzeige habe ich bei der Polizei in Gröpelingen gemacht.

Mit freundlichen Grüßen
Horst Janßen
Tel. 0421 555 3047
""")


@mail(91, "NORMAL", "de", "auto-reply",
      "automatic receipt confirmation of the claims mailbox without quoting the incoming mail")
def m091():
    m = new(91, "Weserland Schadenservice <schaden@weserland-versicherung.example>",
            "horst.janssen1948@t-online.example",
            "Eingangsbestätigung",
            "2026-10-06 09:58",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, """\
Guten Tag,

vielen Dank für Ihre E-Mail. Sie ist bei uns eingegangen und wird in der
Regel innerhalb von zwei Werktagen bearbeitet.

Bitte schicken Sie Unterlagen mit Angaben zu Ihrer Gesundheit (z. B.
Arztberichte) nicht per E-Mail, sondern über das Kundenportal
https://portal.weserland-versicherung.example oder per Post.

Ein Notfall? Unsere Schadenhotline ist rund um die Uhr erreichbar:
0421 555 0800.

Ihr Schadenservice der Weserland Versicherung
""")


@mail(92, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household water damage settlement: flooring, kitchen base units, dryer rental, payout to the customer's IBAN")
def m092():
    m = new(92, "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "Hasan Çelik <hasan.celik@yandex.example>",
            "Wasserschaden vom 28.09.2026 - HR 2 377 015 42 - Abrechnung",
            "2026-10-20 13:31",
            cc="Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>")
    return body(m, """\
Sehr geehrter Herr Çelik,

nach dem Besuch unseres Regulierers Herrn Kück am 02.10. rechnen wir den
Wasserschaden in Ihrer Wohnung Lindenhofstraße 23 so ab:

Hausrat (Ihre Sachen)
- Küchenunterschränke (3 Stück, Einbau durch Sie 2021)      1.140,00 Euro
- Teppich Wohnzimmer                                          260,00 Euro
- Mietgeräte Trocknung (Ihr Anteil, 9 Tage)                    315,00 Euro
- Stromkosten Trocknung pauschal                                60,00 Euro
Summe                                                        1.775,00 Euro

Den Laminatboden hat der Vermieter verlegt - der gehört zum Gebäude, das
regelt die Wohnbau Weser mit ihrer Wohngebäudeversicherung. Den Schaden an der
Decke des Nachbarn unter Ihnen übernimmt Ihre Privathaftpflicht nur, wenn
Sie ein Verschulden trifft; bei einem geplatzten Schlauch ist das meist
nicht der Fall. Herr Aydın ruft Sie dazu noch an und erklärt es auf
Türkisch.

Wir überweisen 1.775,00 Euro auf Ihr Konto
DE21 2915 2670 7815 9748 48.

Mit freundlichen Grüßen
Tobias Gerdes
Sach-Schaden Privatkunden
Weserland Versicherung VVaG | Tel. 0421 555 0260
""")


@mail(93, "NORMAL", "en", "internal",
      "trap: draft English FAQ for the website on reporting accidents and sending medical reports, generic text")
def m093():
    m = new(93, "Nadine Carstens <nadine.carstens@weserland-versicherung.example>",
            "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Please proofread: English FAQ 'Accident insurance claims'",
            "2026-06-09 11:11")
    return body(m, """\
Hi Lisa,

could you proofread the English FAQ for the new website section before it
goes live on 1 July? Legal has already approved the German original.

---
How do I report an accident?
Use the app or call +49 421 555 0800. Tell us when and where it happened,
which part of your body was injured and where you were treated.

Do I need a doctor's report?
Yes. For hospital daily allowance we need the discharge letter from the
hospital. For permanent impairment (invalidity) we ask your doctor for a
medical report, usually 6-12 months after the accident. We pay the fee.

Please do not send medical documents by normal e-mail. Upload them in the
app or customer portal; they are encrypted there.

What if I had a heart attack or stroke and then fell?
Falls caused by illness (for example a stroke, epileptic seizure or
fainting) are not covered unless you have added the "illness-related
falls" option.

How long does it take?
Hospital daily allowance: about one week after we receive the discharge
letter. Invalidity: after the final medical report.
---

Thanks!
Nadine
""")


@mail(94, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "son asks legal expenses cover for his father's objection against a disability degree decision (GdB 30 instead of 50)")
def m094():
    m = new(94, "Thomas Brockmann <thomas.brockmann@gmx.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Widerspruch Versorgungsamt - Rechtsschutz für meinen Vater",
            "2026-07-20 18:05")
    return body(m, """\
Guten Tag,

mein Vater, Günter Brockmann, Am Wall 17, 28195 Bremen, hat bei Ihnen eine
Rechtsschutzversicherung mit Sozialrechtsschutz (RS 5 033 190 45). Ich
kümmere mich um seine Post, weil er nach seinem Schlaganfall im letzten
Jahr nicht mehr gut lesen kann.

Er hat beim Amt für Versorgung und Integration Bremen einen
Schwerbehindertenausweis beantragt. Bewilligt wurde nur ein GdB von 30,
obwohl er seit dem Schlaganfall links eine Halbseitenschwäche hat, am
Stock geht und zusätzlich Diabetes mit Insulin hat. Die Hausärztin meint,
50 wäre angemessen, dann hätte er auch Anspruch auf den Ausweis und die
Steuererleichterung.

Der Bescheid ist vom 08.07.2026, Widerspruchsfrist also bis 08.08.

Übernehmen Sie die Kosten für einen Anwalt für den Widerspruch? Oder macht
das besser der Sozialverband?

Mit freundlichen Grüßen
Thomas Brockmann (Sohn)
Tel. 0176 5558 1203
""")


@mail(95, "NORMAL", "de", "prospect-to-insurer",
      "short question about the Delmenhorst office's opening hours, nothing else")
def m095():
    m = new(95, "Waltraud Stöver <w.stoever@ewetel.example>",
            "delmenhorst@weserland-versicherung.example",
            "Öffnungszeiten",
            "2026-05-26 08:12")
    return body(m, """\
Guten Morgen, haben Sie am Samstag geöffnet? Ich würde gern mal vorbeikommen und mich beraten lassen. Mit freundlichen Grüßen W. Stöver
""")


@mail(96, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "tenancy lawyer sends the fee note for the rent increase dispute with client name, claim number and outcome")
def m096():
    m = new(96, "Kanzlei Drewes & Hollmann <kanzlei@drewes-hollmann.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Ihr Zeichen RS-2026-01 092 / Ostendorf ./. Findorff Wohnen GbR - Kostennote",
            "2026-05-08 15:40")
    return body(m, """\
Sehr geehrte Damen und Herren,

in der Mietsache unseres Mandanten Jörg Ostendorf, Hemmstraße 178, 28215
Bremen, gegen die Grundstücksgesellschaft Findorff Wohnen GbR (Ihr
Zeichen RS-2026-01 092, VN-Nr. RS 5 019 332 70) teilen wir mit, dass die
Angelegenheit außergerichtlich erledigt ist. Die Vermieterin hat das
Mieterhöhungsverlangen mit Schreiben vom 28.04.2026 auf 8,10 Euro/qm
(Miete neu 689 Euro) reduziert; unser Mandant hat zugestimmt.

Wir berechnen (Gegenstandswert: 12-facher Erhöhungsbetrag, 588 Euro):

1,3 Geschäftsgebühr Nr. 2300 VV RVG         114,40 Euro
Post- und Telekommunikation Nr. 7002 VV      20,00 Euro
Zwischensumme                                134,40 Euro
19 % USt. Nr. 7008 VV                         25,54 Euro
Gesamt                                       159,94 Euro

abzüglich Selbstbeteiligung des Mandanten 150,00 Euro, die wir direkt
beim Mandanten anfordern. Wir bitten um Zahlung von 9,94 Euro auf unser
Kanzleikonto.

Mit freundlichen kollegialen Grüßen
Dr. Henrike Drewes
Rechtsanwältin
Kanzlei Drewes & Hollmann, Contrescarpe 44, 28195 Bremen
""")


@mail(97, "NORMAL", "de", "newsletter",
      "trap: newsletter on fall prevention courses for seniors with physiotherapists (balance, osteoporosis), no person")
def m097():
    m = new(97, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "senioren@lists.weserland-versicherung.example",
            "Sicher auf den Beinen: kostenlose Kurse zur Sturzprävention",
            "2026-09-08 08:30",
            extra=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=S3N1>"),
                   ("Precedence", "bulk")])
    return body(m, """\
Liebe Kundinnen und Kunden,

jeder dritte Mensch über 65 stürzt mindestens einmal im Jahr. Oft steckt
nicht Ungeschicklichkeit dahinter, sondern nachlassende Muskelkraft,
Schwindel, Sehprobleme oder Nebenwirkungen von Medikamenten, zum Beispiel
Blutdruck- oder Schlafmitteln.

Deshalb bieten wir ab Oktober gemeinsam mit dem Physiotherapiezentrum am
Wall kostenlose Kurse "Sicher auf den Beinen" an:

- 8 Termine à 60 Minuten, dienstags 10 Uhr, Gemeindehaus Findorff
- Gleichgewichtstraining, Kräftigung der Beine, richtiges Aufstehen nach
  einem Sturz
- Vortrag einer Ärztin zu Osteoporose und Knochengesundheit
- Wohnungs-Check: Stolperfallen erkennen

Die Kurse sind für alle Kundinnen und Kunden mit Senioren-Unfallversicherung
kostenlos, andere zahlen 40 Euro. Anmeldung telefonisch unter
0421 555 0199 oder im Internet.

Bleiben Sie gesund!
Ihre Weserland Versicherung

Newsletter abbestellen: https://news.weserland-versicherung.example/abmelden?k=S3N1
""")


@mail(98, "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "Irish customer wants to raise his term life cover and discloses knee surgery and a sleep apnoea diagnosis")
def m098():
    m = new(98, "Mark O'Neill <mark.oneill@eircom.example>",
            "leben@weserland-versicherung.example",
            "Increase of term life cover - questions on the health form",
            "2026-06-17 21:50")
    return body(m, """\
Dear Sir or Madam,

I hold term life policy LV 774 110 392 with you (sum insured EUR 150,000,
runs until 2041). We have just bought a house in Lilienthal and the bank
wants the cover increased to EUR 300,000.

Your agent sent me the health questionnaire for the increase. Before I
sign, I want to be sure I answer correctly:

- In November 2025 I had keyhole surgery on my left knee (torn
  meniscus), one night in hospital at the Hanse-Klinik in Schwachhausen. Fully recovered.
- In January my GP sent me to a sleep lab because my wife complained
  about my snoring. They diagnosed moderate obstructive sleep apnoea and
  I now sleep with a CPAP mask. My blood pressure is fine (125/80).
- I drink socially, 2-3 pints at the weekend. Non-smoker.
- Height 1.88 m, weight 104 kg.

Does the sleep apnoea mean a higher premium? My brother-in-law said some
insurers refuse cover altogether.

Date of birth: 4 July 1979, in case you need it.

Kind regards,
Mark O'Neill
Am Fleet 6, 28865 Lilienthal
""")


@mail(99, "NORMAL", "de", "internal",
      "trap: first-aider refresher course announcement (CPR, defibrillator, stroke signs), colleagues by role only")
def m099():
    m = new(99, "Arbeitssicherheit <arbeitssicherheit@weserland-versicherung.example>",
            "ersthelfer@weserland-versicherung.example",
            "Ersthelfer-Auffrischung am 12.11. - bitte anmelden",
            "2026-10-14 13:00")
    return body(m, """\
Liebe Ersthelferinnen und Ersthelfer,

Ihre letzte Fortbildung liegt bei vielen zwei Jahre zurück. Die
Auffrischung (9 Unterrichtseinheiten) findet statt am

Donnerstag, 12. November 2026, 8:30-16:00 Uhr, Konferenzraum Weser 1
Referent: Erste-Hilfe-Akademie Weser

Inhalte:
- Herz-Lungen-Wiederbelebung und Einsatz unseres AED (Defibrillator
  im Foyer und im 4. OG)
- Erkennen von Schlaganfall (FAST-Test) und Herzinfarkt
- Unterzuckerung, Krampfanfall, allergischer Schock
- Wundversorgung, Verbrennungen, stabile Seitenlage

Bitte bis 30.10. im Intranet unter "Arbeitssicherheit > Ersthelfer"
anmelden. Die Teilnahme ist Arbeitszeit.

Zur Info: Die Verbandbücher in den Etagen wurden im September erneuert.

Arbeitssicherheit / Betriebsorganisation
""")


@mail(100, "CONFIDENTIAL", "mixed", "relative-to-insurer",
      "granddaughter writes in German/Russian to raise the grandmother's household sum after inheriting furniture; form with birth date")
def m100():
    m = new(100, "Alina Schneider <alina.schneider@web.example>",
            "service@weserland-versicherung.example",
            "Versicherungssumme Hausrat erhöhen - Oma Valentina",
            "2026-06-03 17:49",
            cc="Dmitri Schneider <dima.schneider@mail.example>")
    return body(m, """\
Hallo,

meine Oma Valentina Schneider hat von ihrer verstorbenen Schwester einige Möbel und Schmuck geerbt (u. a. ein altes Klavier und eine Ikonensammlung, бабушка говорит, что им больше ста лет). Ihre Hausrat ist glaube ich zu niedrig dafür.

Ich habe Ihr Online-Formular "Änderung Versicherungssumme" ausgefüllt, aber es kam ein Fehler, deshalb schreibe ich die Angaben hier:

Versicherungsnehmerin: Valentina Schneider
Geburtsdatum: 23.09.1951
Anschrift: Kirchhuchtinger Landstraße 140, 28259 Bremen
Vertrag: Hausrat HR 2 066 302 19
Wohnfläche: 71 qm
Bisherige Versicherungssumme: 45.000 Euro
Gewünscht: 60.000 Euro, Wertsachen-Grenze höher wenn möglich

Braucht man für die Ikonen ein Gutachten?

Viele Grüße
Alina Schneider (Enkelin, Vollmacht liegt bei Frau Reimer)
""")


# ======================================================================
# d46-0101 .. d46-0125
# ======================================================================

@mail(101, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
      "the Turkish mother writes herself from her phone (base64 body), broken German: hand still hurts, physiotherapy, thanks for the money")
def m101():
    m = new(101, "Ayşe Yılmaz <ayse.yilmaz58@gmx.example>",
            "Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>",
            "tesekkür",
            "2026-02-13 10:26",
            extra=[("X-Mailer", "GMX Mail App Android")])
    return body(m, """\
Merhaba Mehmet bey

para geldi danke schön. Alles gut erklärt am telefon, allah razı olsun.

Hand noch weh bisschen, kann nicht tragen einkauf. 2 mal in woche physyotherapie in gröpelingen, die frau sagt dauert noch. Finger kalt manchmal. Nachts tablette für schmerz.

Emre sagt brief kommt noch für arzt, ich unterschreiben?

Selamlar
Ayşe Yılmaz
""", cte="base64")


@mail(102, "NORMAL", "de", "internal",
      "trap: data protection FAQ for staff about receiving doctors' reports and diagnoses by e-mail, generic rules")
def m102():
    m = new(102, "\"Dr. Malte Focken\" <malte.focken@weserland-versicherung.example>",
            "alle-kundenservice@weserland-versicherung.example",
            "FAQ: Arztberichte, Diagnosen und Rezepte per E-Mail - was dürfen wir?",
            "2026-03-06 12:30")
    return body(m, """\
Liebe Kolleginnen und Kollegen,

nach der Schulung gestern kamen einige Fragen, hier die Antworten für alle:

F: Ein Kunde schickt uns seinen Arztbericht unverschlüsselt per Mail.
   Dürfen wir den annehmen?
A: Ja. Kundinnen und Kunden dürfen selbst entscheiden, wie sie uns
   schreiben. Wir importieren die Mail in die Akte und löschen sie aus dem
   Postfach. Antworten mit Gesundheitsdaten schicken wir aber nur über das
   Portal oder verschlüsselt - außer der Kunde hat ausdrücklich
   eingewilligt.

F: Darf ich einer Tochter sagen, ob ihre Mutter noch im Krankenhaus ist?
A: Nur mit Vollmacht oder Betreuung. Ohne Vollmacht: nichts bestätigen,
   auch nicht "ja, der Fall ist bei uns bekannt".

F: Was ist mit Diagnosen im Betreff, z. B. "Beinbruch Oma"?
A: Kommt vor, können wir nicht verhindern. Beim Antworten Betreff
   neutral ändern ("Ihre Nachricht vom ...").

F: Sind Tierarztrechnungen Gesundheitsdaten?
A: Nein, nicht im Sinne der DSGVO - aber sie gehören zu einem Vertrag einer
   Person und sind damit vertraulich.

F: Dürfen Kolleginnen aus dem Service Arztberichte lesen?
A: Nur wenn es für die Aufgabe nötig ist. Bitte weiterleiten an die
   Leistungsabteilung, nicht an ganze Teams.

Bei weiteren Fragen gern melden.
Malte Focken
Datenschutzbeauftragter | DW 0180
""")


@mail(103, "CONFIDENTIAL", "de", "customer-to-insurer",
      "student reports his bike stolen from the locked cellar: frame number, police reference, household policy")
def m103():
    m = new(103, "Jannik Stührmann <jannik.stuehrmann@uni-bremen.example>",
            "schaden@weserland-versicherung.example",
            "Fahrrad aus Keller geklaut",
            "2026-04-16 11:03")
    return body(m, """\
Hallo,

aus dem abgeschlossenen Gemeinschaftskeller in unserem Haus (Friedrich-
Karl-Straße 88, 28205 Bremen) ist letzte Nacht mein Fahrrad gestohlen
worden. Die Kellertür wurde aufgebrochen, bei drei anderen Parteien fehlt
auch was.

Ich hab Hausrat bei Ihnen (Vertrag HR 2 420 117 63, über meine Eltern
vermittelt, läuft aber auf mich).

Rad: Cube Nature EXC, schwarz, gekauft 06/2024 für 1.099 Euro
Rahmennummer: WCUB4471290X
Polizei: Anzeige online gemacht, Vorgangsnummer 260416-0719-0452

Rechnung hab ich als PDF. Bekomm ich den Neupreis?

Danke
Jannik Stührmann
""")


@mail(104, "NORMAL", "en", "insurer-to-prospect",
      "generic answer in English on personal liability cover and prices for a family; no contract or personal data")
def m104():
    m = new(104, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Ben Harcourt <ben.harcourt@fastmail.example>",
            "RE: Question about liability insurance (Haftpflicht)",
            "2026-01-16 09:25")
    return body(m, """\
Dear Mr Harcourt,

welcome to Bremen (almost)! Your colleagues are right - personal
liability insurance is the one most people here have.

What it covers
It pays if you, your wife or your child accidentally damage someone
else's property or injure someone, and it defends you against claims
that are unjustified. Examples: your son's football breaks the
neighbour's window, you knock over a friend's laptop, you cause a
cyclist to fall.

Rented flat
Yes - damage to the rented flat itself (e.g. a cracked washbasin, a
burn mark in the parquet) is covered. Lost keys to a central locking
system are covered in our "Komfort" tariff.

Dog
A dog needs its own dog-owner liability (Tierhalterhaftpflicht), about
EUR 5-7 a month. Cats and small pets are included in the family policy.

Price and term
Family "Komfort": EUR 7.40 a month, sum insured EUR 20 million. The
contract runs for one year and can then be cancelled every year with
three months' notice - so three years in Bremen are no problem.

Once you have your address in Bremen you can apply online in English:
https://www.weserland-versicherung.example/en/liability

Kind regards,
Lisa Harms
Weserland Versicherung VVaG
""")


@mail(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance maturity payout: amount, capital gains tax withheld, payout IBAN; no health word, personal line")
def m105():
    m = new(105, "Leben Leistung <leben-leistung@weserland-versicherung.example>",
            "Bernd Oltmanns <bernd.oltmanns@t-online.example>",
            "Ablauf Ihrer Kapitallebensversicherung LV 650 118 203 zum 01.07.2026",
            "2026-06-24 07:45")
    return body(m, """\
Sehr geehrter Herr Oltmanns,

Ihre Kapitallebensversicherung LV 650 118 203 läuft am 01.07.2026 nach
30 Jahren ab. Wir gratulieren Ihnen und rechnen wie folgt ab:

Garantierte Versicherungssumme                    40.000,00 Euro
Überschussbeteiligung (Schlussüberschuss)          9.872,40 Euro
Ablaufleistung                                    49.872,40 Euro

Ihr Vertrag wurde 1996 abgeschlossen, also vor 2005, und hat mehr als
zwölf Jahre mit laufender Beitragszahlung bestanden. Die Ablaufleistung
ist daher in voller Höhe steuerfrei; Kapitalertragsteuer behalten wir
nicht ein.

Auszahlungsbetrag                                 49.872,40 Euro

Wir überweisen am 01.07.2026 auf Ihr Konto
DE04 2805 0100 4788 6760 95 (Bernd Oltmanns, Sparkasse
Hunte).

Falls Sie das Geld lieber als Rente oder in einer neuen Anlage möchten,
ruft Sie gern Ihr Agenturberater Herr Dieckmann an.

Mit freundlichen Grüßen
Leistung Lebensversicherung
Weserland Versicherung VVaG
""")


@mail(106, "CONFIDENTIAL", "en", "insurer-to-customer",
      "bicycle theft claim closed with payout: policy, claim, amount and the masked account in English")
def m106():
    m = new(106, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Priya Harcourt <priya.harcourt@outlook.example>",
            "Claim HR-2026-07 331 - payment",
            "2026-03-13 15:02")
    return body(m, """\
Dear Ms Harcourt,

thank you for the receipt. We have now settled your claim HR-2026-07 331
(household policy HR 2 114 583 06):

Gazelle Ultimate C380, purchase price        EUR 1,249.00
Abus Bordo lock                               EUR    89.95
less excess                                   EUR  -150.00
Payment                                       EUR 1,188.95

The money will be in your account ending in ...62 44 (online bank) within two
days. If the police find your bicycle later, please let us know - you can
then choose to keep it and repay the amount, or leave it to us.

Kind regards,
Lisa Harms
Claims - Travel, Bicycle & Pet
Weserland Versicherung VVaG
""")


@mail(107, "NORMAL", "de", "prospect-to-insurer",
      "trap: non-customer forwards a phishing mail ('confirm your IBAN, motor insurance cancelled') asking if it is real")
def m107():
    m = new(107, "Renate Kück <renate.kueck@web.example>",
            "service@weserland-versicherung.example",
            "WG: Ihre Kfz-Versicherung wurde gekündigt !!! - ist das echt?",
            "2026-07-02 09:14")
    return body(m, """\
Hallo, ich habe diese Mail bekommen. Ich habe aber gar keinen Vertrag
bei Ihnen. Ist das Betrug? Soll ich das der Polizei melden?
Gruß R. Kück

-------- Weitergeleitete Nachricht --------
Von: Weserland Versicherung <sicherheit@weserland-kundendienst.example>
Datum: 01.07.2026 23:48
Betreff: Ihre Kfz-Versicherung wurde gekündigt !!!

Sehr geehrte Kundin, sehr geehrter Kunde,

leider konnte Ihr letzter Beitrag nicht eingezogen werden. Ihre
Kfz-Versicherung wird daher in 24 Stunden GEKÜNDIGT und das Fahrzeug bei
der Zulassungsstelle abgemeldet.

Um dies zu verhindern, bestätigen Sie bitte SOFORT Ihre Bankverbindung
(IBAN, Online-Banking-PIN und TAN) über folgenden Link:

http://weserland-kundendienst.example/verify?id=88213

Mit freundlichen Grüßen
Ihre Weserland Versicherung AG
""")


@mail(108, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "son sends the locksmith's bill; the mother's stolen insulin pens, glucose meter and hearing aid are only in the quoted earlier mail")
def m108():
    m = new(108, "Dennis Wübbe <dennis.wuebbe@gmail.example>",
            "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "Re: Einbruch Wübbe HR-2026-02 118 - Schlüsseldienst",
            "2026-02-17 18:30")
    return body(m, """\
Hallo Herr Gerdes,

anbei noch die Rechnung vom Schlüsseldienst Becker (Notöffnung + neues
Balkontürschloss, 389 Euro), hatte ich vergessen.

Gruß
Dennis Wübbe

Am Do., 12. Feb. 2026 um 09:10 Uhr schrieb Tobias Gerdes
<tobias.gerdes@weserland-versicherung.example>:
> Hallo Herr Wübbe,
>
> danke für die Liste. Zu einzelnen Positionen:
>
> - Blutzuckermessgerät und Insulinpens: Ihre Mutter bekommt die als
>   Diabetikerin über die Krankenkasse neu verordnet; wir ersetzen nur
>   die Zuzahlung, bitte Apothekenquittung schicken.
> - Hörgerät: Wir zahlen den Eigenanteil, den der Akustiker Ihrer Mutter
>   berechnet (laut Ihrer Angabe Phonak Audéo, links).
> - Schwerbehindertenausweis: Die Neuausstellung beim Versorgungsamt ist
>   kostenlos, dafür gibt es nichts.
>
> Schlüsseldienst und Reparatur der Balkontür ersetzen wir ebenfalls.
>
> Viele Grüße
> Tobias Gerdes
""")


@mail(109, "NORMAL", "de", "prospect-to-insurer",
      "question how seasonal number plates work for insurance, no vehicle or personal data")
def m109():
    m = new(109, "Jens-Uwe Pape <jupape@online.example>",
            "service@weserland-versicherung.example",
            "Saisonkennzeichen Motorrad",
            "2026-02-19 20:31")
    return body(m, """\
Moin,

ich überlege mir im Frühjahr ein Motorrad zu kaufen und würde es mit
Saisonkennzeichen 04-10 anmelden. Wie funktioniert das mit der
Versicherung? Zahle ich nur für die Monate? Und ist das Motorrad im Winter
in der Garage trotzdem gegen Diebstahl versichert?

Danke und Gruß
J.-U. Pape
""")


@mail(110, "CONFIDENTIAL", "de", "insurer-to-customer",
      "answer that the son stays co-insured in family liability during his apprenticeship; quote repeats birth date and salary")
def m110():
    m = new(110, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "AW: Privathaftpflicht - Sohn mitversichern?",
            "2026-03-03 10:08")
    return body(m, """\
Hallo Frau Lüdemann-Roth,

gute Nachricht: Jonas bleibt in Ihrer Familien-Privathaftpflicht PH 1 554
203 17 mitversichert, solange er unverheiratet ist und sich in der ersten
Berufsausbildung befindet - auch mit eigener Wohnung und eigenem Gehalt.
Eine Änderung des Vertrags ist nicht nötig.

Schäden in der WG: Sachen der Mitbewohner sind versichert. Nicht
versichert sind Schäden, die Jonas sich selbst oder Ihnen als
Mitversicherten zufügt.

Nach der Ausbildung hat er noch ein Jahr Übergangszeit, dann braucht er
einen eigenen Vertrag. Wir erinnern Sie rechtzeitig.

Viele Grüße
Jana Wöltje
Kundenservice Privatkunden
Weserland Versicherung VVaG

-----Ursprüngliche Nachricht-----
Von: Sabine Lüdemann-Roth <sabine.roth@posteo.example>
Gesendet: Montag, 2. März 2026 21:18
An: service@weserland-versicherung.example
Betreff: Privathaftpflicht - Sohn mitversichern?

Unser Sohn Jonas Roth, geboren am 14.07.2007, hat im Februar eine
Ausbildung zum Elektroniker bei den Stadtwerken angefangen und ist in eine
WG in Bremen-Neustadt gezogen (Gastfeldstraße 60). Ist er weiterhin über
uns mitversichert? Er verdient im ersten Lehrjahr 1.140 Euro brutto.
""")


@mail(111, "NORMAL", "mixed", "internal",
      "trap: review of the Turkish translation of the household product leaflet (theft, fire, water words), no person")
def m111():
    m = new(111, "Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>",
            "Nadine Carstens <nadine.carstens@weserland-versicherung.example>",
            "AW: Übersetzung Hausrat-Flyer TR - meine Korrekturen",
            "2026-05-05 16:12")
    return body(m, """\
Hallo Nadine,

ich habe den türkischen Flyer durchgesehen. Die Agentur hat sauber
gearbeitet, nur ein paar Begriffe würde ich ändern, weil unsere Kunden sie
sonst falsch verstehen:

S. 1  "Ev eşyası sigortası" - passt. Bitte in Klammern "(Hausrat)"
      dahinter, viele kennen das deutsche Wort.
S. 1  "Hırsızlık" für Einbruchdiebstahl ist zu allgemein, besser
      "Kapı/pencere zorlanarak hırsızlık" - sonst denken Kunden, das
      Fahrrad vor dem Supermarkt ist auch drin.
S. 2  "Su hasarı" ist gut, aber "Leitungswasser" genauer:
      "Boru/tesisat kaynaklı su hasarı". Regenwasser ist ja nicht drin.
S. 2  "Yangın, yıldırım, aşırı gerilim" (Feuer, Blitz, Überspannung) ok.
S. 3  Der Satz zur Unterversicherung ist unverständlich übersetzt. Mein
      Vorschlag: "Sigorta bedeli çok düşükse, hasarın sadece bir kısmı
      ödenir."
S. 3  Telefonnummer Schadenhotline fehlt.

Die korrigierte Datei lege ich in den Teams-Ordner.

Gruß
Mehmet
""")


@mail(112, "STRICTLY_CONFIDENTIAL", "mixed", "family-to-insurer",
      "reply-all between the siblings and the Turkish-speaking clerk: translated death certificate names a heart attack as cause")
def m112():
    m = new(112, "Emre Yılmaz <emre.yilmaz@gmail.example>",
            "Elif Yılmaz-Kaya <elif.kaya@icloud.example>, Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>",
            "Re: Re: Unterlagen Lebensversicherung Papa - ölüm belgesi",
            "2026-03-27 21:02",
            irt="<F0A7C2D1-7E11-4C02-9E44-3C1D0B9E2A77@icloud.example>")
    return body(m, """\
Abla, Mehmet bey,

ich war heute beim Übersetzungsbüro Kaplan am Bahnhof, die Übersetzung ist fertig (beglaubigt). Ich schreib mal die wichtigen Sachen hier rein damit Herr Aydın schon sieht ob das reicht, das Original schicken wir per Einschreiben:

Sterbeurkunde / Ölüm Belgesi, Standesamt Karşıyaka/Izmir
Name: Hüseyin Yılmaz, geb. 02.04.1961 in Kayseri
Gestorben: 13.03.2026, 04:40 Uhr, Devlet Hastanesi Karşıyaka
Todesursache (ölüm nedeni): akut miyokard enfarktüsü = akuter Herzinfarkt
Familienstand: verheiratet mit Ayşe Yılmaz

Papa hatte ja schon seit Jahren Probleme mit dem Herz und Stents, aber das hat er bei Vertrag 2014 angegeben glaube ich, oder? Elif, weißt du das?

Mehmet bey, annem vekaletnameyi imzaladı, sie hat die Vollmacht für Elif unterschrieben, ist auch im Umschlag.

Emre

Am 26.03.2026 um 18:44 schrieb Elif Yılmaz-Kaya <elif.kaya@icloud.example>:
> Emre, kannst du morgen zum Übersetzer? Herr Aydın braucht die Urkunde
> auf Deutsch. Ich hab Spätschicht.
""")


@mail(113, "CONFIDENTIAL", "de", "customer-to-insurer",
      "legal expenses: customer wants to fight a speeding fine with a one-month driving ban; plate, file number, policy")
def m113():
    m = new(113, "Sven Harjes <sven.harjes@gmx.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Bußgeldbescheid - Verkehrsrechtsschutz",
            "2026-05-14 12:47")
    return body(m, """\
Hallo,

ich habe einen Bußgeldbescheid bekommen: angeblich 31 km/h zu schnell
innerorts in Achim (Bremer Straße, 50 erlaubt, 81 gemessen nach Abzug der
Toleranz), am 22.04.2026 um 05:52 Uhr. Strafe: 400 Euro, 2 Punkte und
1 Monat Fahrverbot.

Ich war das nicht am Steuer, sondern vermutlich mein Kollege, wir teilen
uns morgens den Wagen. Aber das Foto ist so schlecht, dass man niemanden
erkennt. Außerdem brauche ich den Führerschein beruflich (Außendienst).

Fahrzeug: Seat Leon, VER-SH 812
Aktenzeichen Landkreis Verden: 71.0445.998213.1
Meine Rechtsschutz: RS 5 060 228 17 mit Verkehrsrechtsschutz

Zahlen Sie einen Anwalt für den Einspruch? Frist läuft bis 28.05.

Gruß
Sven Harjes
Lindenstraße 5, 28832 Achim
""")


@mail(114, "NORMAL", "de", "insurer-to-prospect",
      "household insurance offer to a named prospect with flat size and premium; no birth date, bank data or existing contract (grey zone)")
def m114():
    m = new(114, "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "Sinem Arslan <sinem.arslan@gmail.example>",
            "Ihr Angebot Hausrat + Haftpflicht",
            "2026-04-17 09:40")
    return body(m, """\
Hallo Frau Arslan,

schön, dass Sie gestern da waren! Wie besprochen hier das Angebot für Ihre
neue Wohnung in der Gröpelinger Heerstraße (48 qm, 2. OG):

Hausrat Komfort
- Versicherungssumme 31.200 Euro (650 Euro/qm, Unterversicherungsverzicht)
- Fahrraddiebstahl bis 1.000 Euro
- Überspannung, Glasbruch Ceranfeld
Beitrag: 6,10 Euro monatlich

Privathaftpflicht Single Komfort
- 20 Mio. Euro, Mietsachschäden, Schlüsselverlust
Beitrag: 4,30 Euro monatlich

Zusammen 10,40 Euro im Monat, mit 10 % Bündelrabatt 9,36 Euro.

Das Angebot gilt bis 31.05. Wenn es passt, schicke ich Ihnen den Antrag
zur Unterschrift, dann brauche ich noch Geburtsdatum und Bankverbindung.

Saygılarımla
Serkan Öztürk
Agentur Öztürk - Generalagentur der Weserland Versicherung
""")


@mail(115, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "mother asks about recourse after her son crashed her car drunk and received a penal order")
def m115():
    m = new(115, "Martina Brünjes <martina.bruenjes@t-online.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Regress Kfz - Unfall meines Sohnes",
            "2026-09-03 17:20")
    return body(m, """\
Sehr geehrte Frau Brüning,

ich beziehe mich auf den Unfall vom 14.06.2026 mit meinem Fiat 500
(OHZ-MB 91, Vertrag KFZ-7 301 554), den mein Sohn Leon gefahren hat.

Inzwischen ist das Strafverfahren abgeschlossen: Leon hat einen
Strafbefehl wegen fahrlässiger Trunkenheit im Verkehr bekommen (1,3
Promille), 40 Tagessätze à 35 Euro, der Führerschein ist für 10 Monate
weg. Er hat das akzeptiert.

Jetzt kam Ihr Schreiben, dass Sie 5.000 Euro von ihm zurückfordern, weil
Sie den Schaden am Gartenzaun und dem geparkten Auto bezahlt haben. Leon
ist Azubi und verdient 890 Euro. Kann er das in Raten zahlen? Und warum
muss er zahlen, wenn ich doch die Versicherung habe?

Er ist 19 und hat seine Lektion gelernt, glauben Sie mir.

Mit freundlichen Grüßen
Martina Brünjes
""")


@mail(116, "NORMAL", "de", "internal",
      "colleague reports the coffee machine on the third floor broken, nothing sensitive")
def m116():
    m = new(116, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "team-service-privat@weserland-versicherung.example",
            "Kaffeemaschine 3. OG streikt",
            "2026-06-08 08:04")
    return body(m, """\
Moin, die Kaffeemaschine im 3. OG zeigt wieder "Entkalken" und macht gar nichts mehr. Hab bei der Haustechnik angerufen, kommen heute Nachmittag. Bis dahin 2. OG oder Teeküche Unfall-Leistung (die haben Kekse 🙂).
Jana
""")


@mail(117, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "mother asks in German/Polish to add her daughter's new bike to the household cover: invoice, frame number, policy")
def m117():
    m = new(117, "Agnieszka Kowalczyk <agnieszka.kowalczyk@onet.example>",
            "service@weserland-versicherung.example",
            "Fahrrad Zuzanna mitversichern / rower",
            "2026-05-25 20:39",
            cc="Zuzanna Kowalczyk <zuzia.k@gmail.example>")
    return body(m, """\
Guten Abend,

unsere Tochter Zuzanna hat ein neues Fahrrad bekommen zum Geburtstag (rower na urodziny), für Oldenburg zum Studieren. Sie wohnt dort in Studentenwohnheim aber ist noch bei uns gemeldet.

Ist das Fahrrad in unserer Hausrat mit drin? Vertrag HR 2 312 880 47, Agnieszka und Marek Kowalczyk, Lange Straße 17, 27232 Sulingen.

Fahrrad: Trek FX 2, grau, 849 Euro, gekauft 22.05.2026 bei Zweirad Janssen Sulingen
Rahmennummer: WTU218C7734K

Wenn nicht, bitte Angebot. Zuzia ma zamek U-lock, ok?

Danke schön
Agnieszka Kowalczyk
""")


@mail(118, "NORMAL", "en", "system-notification",
      "portal upload confirmation in English with only an upload reference, no claim or policy")
def m118():
    m = new(118, "Weserland Customer Portal <noreply@portal.weserland-versicherung.example>",
            "laura.fitzgerald@proton.example",
            "Upload successful",
            "2026-08-21 18:03",
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """\
Hello,

your upload was successful. We received 3 files.

Upload reference: UPL-7F3A-2291

The documents are now in our system and will be assigned to the right
person. You do not need to send them again by post.

For your security, this e-mail does not contain any content from your
documents.

Weserland Versicherung VVaG
(automated message - replies are not read)
""")


@mail(119, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident claim declined because the fall was caused by an epileptic seizure (illness, not an accident)")
def m119():
    m = new(119, "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
            "Patrick Lahmann <p.lahmann@web.example>",
            "Ihre Unfallversicherung UV 61 47 2203 - Leistungsfall UL-2026-01 044",
            "2026-07-29 11:17")
    return body(m, """\
Sehr geehrter Herr Lahmann,

wir haben Ihren Leistungsantrag zum Sturz vom 30.05.2026 auf der Treppe
Ihres Arbeitgebers sorgfältig geprüft, auch mit dem Bericht der Klinik
Dr. Heines und dem Arztbrief Ihrer Neurologin.

Aus den Unterlagen ergibt sich, dass Sie unmittelbar vor dem Sturz einen
epileptischen Anfall hatten; Sie werden deswegen seit 2022 behandelt und
nehmen Levetiracetam. Unfälle, die durch einen Krampfanfall verursacht
werden, sind nach Ziffer 5.1.1 der Versicherungsbedingungen nicht
versichert. Die Knieverletzung selbst ist zwar die Folge des Sturzes,
Ursache war aber der Anfall.

Wir können daher leider keine Leistung erbringen. Die Option
"krankheitsbedingte Stürze" hatten Sie bei Vertragsschluss nicht gewählt.

Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie sich an
unser Beschwerdemanagement oder an den Versicherungsombudsmann wenden.

Mit freundlichen Grüßen
Leistung Unfallversicherung
Weserland Versicherung VVaG
""")


@mail(120, "CONFIDENTIAL", "de", "customer-to-insurer",
      "heating oil leaked in the basement: buildings policy, address, tank details, remediation company")
def m120():
    m = new(120, "Klaus Wiechmann <k.wiechmann@ewetel.example>",
            "schaden@weserland-versicherung.example",
            "Heizöl im Keller!",
            "2026-11-09 07:41")
    return body(m, """\
Guten Morgen,

bei uns ist am Wochenende aus dem Heizöltank im Keller Öl ausgelaufen,
vermutlich am Verbindungsstück zur Leitung. Es riecht im ganzen Haus, im
Kellerraum steht eine Öllache von ca. 2 qm, der Estrich hat schon was
aufgesogen.

Wohngebäudeversicherung WG 3 155 708 21, Klaus und Hannelore Wiechmann,
Heideweg 8, 27798 Hude. Gewässerschaden-Haftpflicht für den Tank haben wir
auch bei Ihnen (TG 1 044 210 90).

Die Firma Umweltservice Ahlers kommt heute um 10 Uhr zum Abpumpen, die
Untere Wasserbehörde haben wir informiert. Der Tank (3.000 Liter,
Kunststoff, Baujahr 1994) war noch etwa halb voll.

Übernehmen Sie die Kosten für die Sanierung? Was ist mit dem verlorenen
Heizöl?

Mit freundlichen Grüßen
Klaus Wiechmann
Tel. 04408 555 217
""")


@mail(121, "NORMAL", "mixed", "internal",
      "trap: Polish glossary for service staff (accident, hospital, diagnosis, invoice), vocabulary only")
def m121():
    m = new(121, "Ewa Nowicka <ewa.nowicka@weserland-versicherung.example>",
            "alle-kundenservice@weserland-versicherung.example",
            "Mini-Glossar Polnisch für Schadenmeldungen (zum Ausdrucken)",
            "2026-06-19 14:20")
    return body(m, """\
Hallo ihr Lieben,

weil immer wieder gefragt wird: hier die Wörter, die in polnischen
Schadenmeldungen am häufigsten vorkommen. Wer's ausdrucken mag: ab an die
Pinnwand.

wypadek ............... Unfall
kolizja / stłuczka .... Zusammenstoß / Blechschaden
nikt nie jest ranny ... niemand ist verletzt
szpital ............... Krankenhaus
lekarz / zaświadczenie  Arzt / Bescheinigung
złamanie .............. Bruch
rachunek / faktura .... Rechnung
kradzież .............. Diebstahl
włamanie .............. Einbruch
zalanie ............... Wasserschaden
szkoda ................ Schaden
ubezpieczenie OC / AC . Kfz-Haftpflicht / Kasko
polisa ................ Versicherungsschein
oświadczenie sprawcy .. Schuldanerkenntnis des Unfallverursachers

Bei medizinischen Unterlagen bitte nicht selbst übersetzen, sondern an
Leistung weitergeben - die haben ein Übersetzungsbüro.

Pozdrawiam
Ewa
""")


@mail(122, "STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
      "English customer reports that his visiting mother-in-law was hospitalised with pneumonia, visitors' travel health policy")
def m122():
    m = new(122, "Ben Harcourt <ben.harcourt@fastmail.example>",
            "reise@weserland-versicherung.example",
            "Visitor health insurance - my mother-in-law is in hospital",
            "2026-07-09 23:16")
    return body(m, """\
Hello,

Priya's mother, Mrs Lakshmi Iyer, is visiting us from Chennai. We took out
your visitors' health insurance for her (Incoming policy IN 9 002 871,
9 June - 8 September 2026).

On Tuesday night she got very short of breath and had a high fever. The
ambulance took her to Weserklinikum Mitte, where they found pneumonia in
both lungs. Because she also has diabetes and a heart condition, she is on
the intermediate care ward and is getting oxygen and IV antibiotics. The
doctors think she will need to stay at least 10 days.

The hospital administration asked for a cost guarantee (Kostenübernahme)
from you. Could you please send it to them directly? Their fax is
+49 421 555 9410, patient number 2026-118734.

Her return flight is booked for 2 August. If she can't fly, is the
rebooking covered?

Thank you - we're quite worried.
Ben Harcourt (son-in-law)
+49 1512 5559 8824
""")


@mail(123, "CONFIDENTIAL", "de", "insurer-to-customer",
      "pet surgery insurance pays the vet clinic bill for the cat's urinary blockage operation; animal health, policy, IBAN")
def m123():
    m = new(123, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Can Demir <can.demir@hotmail.example>",
            "Ihre Katzen-OP-Versicherung TK 2 004 518 - Abrechnung Pamuk",
            "2026-10-15 10:50")
    return body(m, """\
Hallo Herr Demir,

ich hoffe, Pamuk geht es wieder gut! Die Rechnung der Tierklinik Bremen-
Nord vom 08.10.2026 haben wir geprüft:

Operation Harnröhrenverschluss (perineale Urethrostomie)
inkl. Narkose, Voruntersuchung, Katheter, 3 Tage stationär   1.184,37 Euro
Nachbehandlung (Kontrolle, Fäden ziehen)                        96,20 Euro
Spezialfutter Urinary                                           38,90 Euro
                                                               ----------
Rechnungsbetrag                                              1.319,47 Euro
nicht versichert: Futter                                      -  38,90 Euro
Erstattung (100 %, GOT bis 2-fach)                           1.280,57 Euro

Wir überweisen auf Ihr Konto DE11 2575 0001 7381 3359 76.

Viele Grüße
Lisa Harms
Tierversicherung
Weserland Versicherung VVaG
""")


@mail(124, "NORMAL", "de", "newsletter",
      "generic customer satisfaction survey without name, contract or claim reference")
def m124():
    m = new(124, "Weserland Versicherung <umfrage@news.weserland-versicherung.example>",
            "w.behrens@t-online.example",
            "5 Minuten für uns? Ihre Meinung zählt",
            "2026-08-25 10:00",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=U8K2>")])
    return body(m, """\
Liebe Kundin, lieber Kunde,

wie zufrieden sind Sie mit uns? Wir möchten besser werden und bitten Sie
um fünf Minuten Ihrer Zeit:

https://umfrage.weserland-versicherung.example/2026?k=U8K2

Die Umfrage ist anonym. Unter allen Teilnehmenden verlosen wir drei
Fahrradhelme und zehn Gutscheine für den Bremer Bürgerpark-Tombola-Stand.

Vielen Dank!
Ihre Weserland Versicherung

Abmelden: https://news.weserland-versicherung.example/abmelden?k=U8K2
""")


@mail(125, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
      "elderly customer writes herself in Russian/German: when will the money come, after the operation and rehab")
def m125():
    m = new(125, "Valentina Schneider <v.schneider1951@t-online.example>",
            "Olga Reimer <olga.reimer@weserland-versicherung.example>",
            "Frau Reimer bitte",
            "2026-04-08 10:52")
    return body(m, """\
Уважаемая Ольга,

это Валентина Шнайдер. Дима научил меня писать письма на планшете, извините за ошибки.

Ich bin wieder zu Hause seit 25. März. Nach der Operation und Reha geht schon besser, ich laufe mit Rollator in Wohnung, draußen noch mit Hilfe. Nachts die Hüfte tut weh, Doktor gibt Tabletten.

Вопрос: когда придут деньги за больницу? Und die Frau für Einkaufen kommt zweimal pro Woche, das ist gut, danke Ihnen. Bezahlt das alles die Versicherung oder kommt Rechnung zu mir?

Спасибо вам большое, Ольга, вы очень помогли.

Валентина Шнайдер
""")


# ======================================================================
# d46-0126 .. d46-0150
# ======================================================================

@mail(126, "NORMAL", "de", "newsletter",
      "trap: travel newsletter with a travel pharmacy checklist, vaccinations and travel health cover, no person")
def m126():
    m = new(126, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "reise@lists.weserland-versicherung.example",
            "Koffer gepackt? Checkliste Reiseapotheke + was Ihr Reiseschutz zahlt",
            "2026-06-30 07:30",
            extra=[("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=R7T4>"),
                   ("Precedence", "bulk")])
    text = """\
Sommerferien in Niedersachsen und Bremen beginnen am 2. Juli!

Checkliste Reiseapotheke
- Schmerz- und Fiebermittel (Paracetamol, Ibuprofen)
- Mittel gegen Durchfall und Elektrolytpulver
- Pflaster, Blasenpflaster, Desinfektionsspray, Zeckenzange
- Sonnenschutz LSF 50 und After-Sun
- Mittel gegen Reiseübelkeit für Kinder
- Ihre regelmäßigen Medikamente für die ganze Reise plus drei Tage
  Reserve, im Handgepäck und mit Kopie des Rezepts

Impfungen
Für viele Fernreiseziele werden Hepatitis A, Typhus oder Tollwut empfohlen.
Die Reisemedizinische Beratung beim Gesundheitsamt Bremen hilft weiter.

Was zahlt der Auslandsreise-Krankenschutz?
Arzt und Krankenhaus im Urlaub, Medikamente, Zahnbehandlung gegen
Schmerzen, Rücktransport nach Hause, wenn es medizinisch sinnvoll ist.
Belege einfach in der App fotografieren.

Gute Reise!
Ihre Weserland Versicherung
"""
    h = """\
<html><body style="font-family:Arial,sans-serif;max-width:620px">
<h2 style="color:#0b4f7a">Koffer gepackt?</h2>
<h3>Checkliste Reiseapotheke</h3>
<ul>
<li>Schmerz- und Fiebermittel (Paracetamol, Ibuprofen)</li>
<li>Mittel gegen Durchfall und Elektrolytpulver</li>
<li>Pflaster, Blasenpflaster, Desinfektionsspray, Zeckenzange</li>
<li>Sonnenschutz LSF 50 und After-Sun</li>
<li>Mittel gegen Reiseübelkeit für Kinder</li>
<li>Ihre regelmäßigen Medikamente plus drei Tage Reserve</li>
</ul>
<h3>Was zahlt der Auslandsreise-Krankenschutz?</h3>
<p>Arzt und Krankenhaus im Urlaub, Medikamente, Zahnbehandlung gegen Schmerzen,
Rücktransport nach Hause. Belege einfach in der App fotografieren.</p>
<p>Gute Reise!<br>Ihre Weserland Versicherung</p>
<p style="font-size:10px"><a href="https://news.weserland-versicherung.example/abmelden?k=R7T4">Abmelden</a></p>
</body></html>
"""
    return alt(m, text, h)


@mail(127, "CONFIDENTIAL", "de", "customer-to-insurer",
      "marten bit through cables in the engine bay: partial cover policy, plate, workshop estimate")
def m127():
    m = new(127, "Silke Bruns <silke.bruns@gmx.example>",
            "kfz-schaden@weserland-versicherung.example",
            "Marder!!",
            "2026-04-21 07:35")
    return body(m, """\
Guten Morgen,

heute früh ging die Motorkontrollleuchte an und das Auto ruckelte. In der
Werkstatt (Autohaus Meyer, Ganderkesee) haben sie gleich gesehen: Marder.
Zündkabel und ein Kühlwasserschlauch angefressen, Dämmmatte zerfetzt.

Mein Auto: Renault Clio, Kennzeichen OL-SB 330
Teilkasko bei Ihnen, Vertrag KFZ-7 087 992
Kostenvoranschlag der Werkstatt: 412,80 Euro

Sind auch die Folgeschäden am Motor versichert, falls da was kaputt ist?
Und zahlen Sie einen Marderschutz (Ultraschall)? Das will mir die
Werkstatt gleich mit einbauen.

Viele Grüße
Silke Bruns
""")


@mail(128, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel cancellation answer asks for a certificate of incapacity; the customer's shingles diagnosis is only in the quote")
def m128():
    m = new(128, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Monika Eilers <monika.eilers@t-online.example>",
            "AW: Reise Gardasee stornieren - RR-2026-01 771",
            "2026-05-13 09:20")
    return body(m, """\
Sehr geehrte Frau Eilers,

danke für Ihre Nachricht. Ich habe den Fall unter RR-2026-01 771 angelegt.

Für die Erstattung der Stornokosten brauchen wir noch:
- das ausgefüllte Formular "Ärztliches Attest Reiserücktritt" (ist im
  Portal hinterlegt) von Ihrem Hausarzt,
- die Stornorechnung des Reiseveranstalters.

Die Selbstbeteiligung beträgt 20 %.

Gute Besserung!
Lisa Harms
Reiseversicherung
Weserland Versicherung VVaG

> Von: Monika Eilers <monika.eilers@t-online.example>
> Gesendet: Dienstag, 12. Mai 2026 16:05
> Betreff: Reise Gardasee stornieren
>
> Guten Tag, ich habe seit Samstag eine Gürtelrose am Rücken und an der
> Brust mit starken Nervenschmerzen, der Hausarzt hat mich für drei Wochen
> krankgeschrieben und mir Aciclovir und Schmerzmittel verschrieben. Die
> Busreise zum Gardasee am 20.05. (Vertrag RR 4 390 551 20) schaffe ich so
> nicht. Mit freundlichen Grüßen, Monika Eilers
""")


@mail(129, "NORMAL", "en", "prospect-to-insurer",
      "prospect thanks for the travel insurance information; quote holds only product facts")
def m129():
    m = new(129, "Nikhil Rao <nikhil.rao@gmail.example>",
            "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Re: Travel insurance for trips outside the EU",
            "2026-05-19 21:48")
    return body(m, """\
Thanks a lot, very clear. I'll discuss it with my wife this weekend and
get back to you.

Nikhil

On Tue, 19 May 2026 at 14:05, Lisa Harms <lisa.harms@weserland-versicherung.example> wrote:
> Prices per year: single EUR 39, couple EUR 59, family EUR 79.
>
> If you would like to apply, just reply with the names and dates of
> birth of everyone to be insured, or use the online form.
""")


@mail(130, "CONFIDENTIAL", "en", "insurer-to-customer",
      "liability claim acknowledged in English: claim number, neighbour's name and flat, loss adjuster visit, no injury")
def m130():
    m = new(130, "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "Laura Fitzgerald <laura.fitzgerald@proton.example>",
            "RE: Water damage to downstairs flat - liability claim PH-2026-03 219",
            "2026-05-12 14:06")
    return body(m, """\
Dear Ms Fitzgerald,

thank you for reporting the water damage. I have opened claim
PH-2026-03 219 under your personal liability policy PH 1 611 904 22.

What happens now:
- Our loss adjuster, Mr Kück, will call Mr Wendt to arrange a visit to
  his flat (Münchener Straße 33, 1st floor) this week. Please give Mr
  Wendt my e-mail address and the claim number.
- The damage to the ceiling is normally handled by the landlord's
  building insurance. Mr Wendt's own floor covering and rug fall under
  your liability policy if you are at fault. A hose that simply came
  off can also be an accident without fault - we will check.
- Your own bathroom cabinet: as you suspected, this would be household
  contents insurance, which you don't have.

Please don't promise Mr Wendt any payment yourself; just tell him we are
taking care of it.

Kind regards,
Tobias Gerdes
Property & Liability Claims
Weserland Versicherung VVaG | +49 421 555 0260
""")


@mail(131, "NORMAL", "de", "internal",
      "trap: note to the benefits team about ICD-10-GM 2026 code changes (fractures, long COVID), no patient")
def m131():
    m = new(131, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "team-leistung-person@weserland-versicherung.example",
            "ICD-10-GM 2026 - was sich für uns ändert",
            "2026-01-09 13:15")
    return body(m, """\
Hallo zusammen,

seit 1. Januar gilt die ICD-10-GM Version 2026. Für die Unfall-Leistung
relevant (Kurzfassung vom BfArM-Änderungsdokument):

- Frakturen am Handgelenk (S52.-) haben jetzt feinere fünfte Stellen, z. B.
  S52.51 distale Radiusfraktur Extensionstyp, S52.52 Flexionstyp. Ärzte
  werden nach und nach umstellen; alte Kodes sind weiter gültig für
  Behandlungen vor 2026.
- U09.9 (Post-COVID-Zustand) bleibt, es gibt aber neue Hinweise zur
  Doppelkodierung. Für uns nur bei "Unfall durch Infektion" relevant,
  also praktisch nie.
- Neue Zusatzkennzeichen für Seitenlokalisation werden häufiger genutzt
  (R/L/B). Bitte bei Invaliditätsfällen darauf achten, welche Seite
  gemeint ist.

Das Nachschlagewerk im Intranet ist aktualisiert.

Gruß
Anja
""")


@mail(132, "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
      "physiotherapy practice sends the requested therapy report on the customer's wrist as PDF, short body")
def m132():
    m = new(132, "Physiotherapie Gröpelingen <info@physio-groepelingen.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Therapiebericht Yılmaz, Ihr Zeichen UL-2026-00 317",
            "2026-06-11 16:48")
    m = body(m, """\
Sehr geehrte Damen und Herren,

wie gewünscht erhalten Sie den Therapiebericht für Frau Yılmaz im Anhang.
Die Schweigepflichtentbindung lag uns vor.

Mit freundlichen Grüßen
Julia Bormann
Physiotherapie Gröpelingen | Gröpelinger Heerstraße 205 | 28237 Bremen
""")
    p = pdf([
        "# Therapiebericht",
        "Physiotherapie Gröpelingen - Julia Bormann, Physiotherapeutin (B.Sc.)",
        "",
        "Patientin: Ayşe Yılmaz, geb. 07.05.1967",
        "Verordnung: Dr. med. K. Hinrichs, KG 2x wöchentlich, 3 x 6 Einheiten, ab 03.02.2026",
        "Diagnose lt. Verordnung: Z.n. distaler Radiusfraktur re., Plattenosteosynthese (S52.51 R)",
        "",
        "Verlauf: Anfangs deutliche Schwellung, Schmerzen VAS 6/10, Angst vor Belastung.",
        "Manuelle Therapie, Lymphdrainage, Kräftigung, Alltagstraining (Flaschen öffnen, Tragen).",
        "Aktuell: Schmerzen VAS 2-3/10 unter Belastung, Kälteempfindlichkeit der Finger,",
        "Greifkraft re. weiterhin deutlich vermindert, Handgelenksstreckung ca. 45 Grad.",
        "Pat. kann leichte Einkäufe wieder tragen, schwere Töpfe nur beidhändig.",
        "",
        "Empfehlung: Fortführung KG 1x wöchentlich bis 09/2026, Heimübungsprogramm.",
        "",
        "Bremen, 10.06.2026   J. Bormann",
    ], title="Therapiebericht Yilmaz", author="Physiotherapie Groepelingen")
    return att(m, p, "application/pdf", "Therapiebericht_Yilmaz_2026-06.pdf")


@mail(133, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer asks in German/Turkish for an eVB number for his new car: VIN, registration date, current policy")
def m133():
    m = new(133, "Emre Yılmaz <emre.yilmaz@gmail.example>",
            "service@weserland-versicherung.example",
            "eVB für neues Auto",
            "2026-08-06 12:58")
    return body(m, """\
Merhaba,

ich hab mir endlich ein neues Auto gekauft 🎉 Der alte Astra geht an meinen Cousin. Ich brauch eine eVB Nummer, Zulassung am Montag 10.08. in Bremen.

Neues Auto: Hyundai i30 Kombi, Erstzulassung 2022, 38.000 km
FIN: TMAH381AANJ004417
Kennzeichen will ich mein altes behalten: HB-EY 1907
Alter Vertrag: KFZ-7 299 310 (Opel Astra) - soll auf das neue Auto, Vollkasko 300 SB

Der Astra wird am gleichen Tag auf meinen Cousin Burak umgeschrieben, der hat eigene Versicherung.

Nasıl yapıyoruz, geht das per Mail oder muss ich anrufen?

Teşekkürler
Emre Yılmaz
Waller Heerstraße 88, 28219 Bremen
""")


@mail(134, "NORMAL", "de", "internal",
      "colleague asks to swap a late shift because of a parents' evening, nothing sensitive")
def m134():
    m = new(134, "Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>",
            "Birte Janssen <birte.janssen@weserland-versicherung.example>",
            "Tausch Spätdienst Mi/Do?",
            "2026-09-14 09:37",
            cc="Olga Reimer <olga.reimer@weserland-versicherung.example>")
    return body(m, """\
Hi Birte,

kann ich meinen Spätdienst am Mittwoch (16.09.) mit Olga tauschen? Ich hab
Elternabend in der Schule meiner Tochter. Olga würde dafür Donnerstag früh
gehen und ich mache Donnerstag Spät. Olga ist einverstanden (siehe cc).

Danke dir!
Mehmet
""")


@mail(135, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "mother reports from her phone that her daughter broke her elbow on the trampoline and was operated with wires")
def m135():
    m = new(135, "Stefanie Brüggemann <steffi.brueggemann@icloud.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Unfall Mia",
            "2026-06-08 21:33")
    return body(m, """\
Hallo,

meine Tochter Mia (7) ist gestern bei Freunden vom Trampolin gefallen, außerhalb vom Netz, auf den Rasen. Der Arm sah ganz komisch aus. Im Krankenhaus (Kinderklinik Am Weserwehr) haben sie gesagt Ellenbogen gebrochen, suprakondylär heißt das glaub ich, und sie wurde gestern Abend noch operiert, mit zwei Drähten. Sie hat jetzt Gips bis zur Schulter für 4 Wochen und muss bis Mittwoch da bleiben.

Wir haben die Kinder-Unfallversicherung für beide Kinder bei Ihnen, KU 62 08 1173.

Was brauchen Sie von uns? Gibt es Gipsgeld? Meine Schwiegermutter meinte sowas.

Liebe Grüße
Stefanie Brüggemann

Von meinem iPhone gesendet
""")


@mail(136, "NORMAL", "de", "insurer-to-prospect",
      "trap: blank travel cancellation claim form (ODT) with fields for illness and doctor, sent to someone asking generally")
def m136():
    m = new(136, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Helga Poppe <helga.poppe@web.example>",
            "AW: Welche Unterlagen bei Reiserücktritt?",
            "2026-02-20 11:30")
    m = body(m, """\
Hallo Frau Poppe,

gern beantworte ich Ihre allgemeine Frage vorab. Im Falle eines Falles
bräuchten wir:

1. die Schadenmeldung Reiserücktritt (Vordruck hängt an, zum Anschauen),
2. die Buchungsbestätigung und die Stornorechnung,
3. je nach Grund einen Nachweis, bei Krankheit das ärztliche Attest auf
   unserem Vordruck.

Wichtig ist vor allem: sofort stornieren, sobald klar ist, dass die Reise
nicht angetreten werden kann. Sonst können die Stornokosten steigen, und
den Unterschied zahlen wir nicht.

Viele Grüße
Lisa Harms
Reiseversicherung
Weserland Versicherung VVaG
""")
    o = odt([
        ("h", "Schadenmeldung Reiserücktritt / Reiseabbruch"),
        "Weserland Versicherung VVaG, Reiseversicherung, Am Hafenbecken 12, 28217 Bremen",
        "Vertragsnummer: RR ____________   Versicherungsnehmer/in: ______________________",
        "Reiseziel: ____________________   Reisezeitraum: __.__.____ bis __.__.____",
        "Buchungsdatum: __.__.____   Reisepreis gesamt: ________ Euro",
        "Grund der Stornierung:  [ ] Krankheit  [ ] Unfall  [ ] Tod eines Angehörigen  "
        "[ ] Schwangerschaft  [ ] Arbeitsplatzverlust  [ ] Sonstiges",
        "Betroffene Person (Name, Verwandtschaftsgrad): ______________________________",
        "Seit wann bestehen die Beschwerden? __.__.____   Behandelnder Arzt: ______________",
        "Datum der Stornierung: __.__.____   Stornokosten: ________ Euro",
        "Bankverbindung für die Erstattung: IBAN DE__ ____ ____ ____ ____ __",
        "Ort, Datum, Unterschrift: ______________________________________",
        "Anlagen: Buchungsbestätigung, Stornorechnung, ärztliches Attest (Vordruck RA-02)",
    ])
    return att(m, o, "application/vnd.oasis.opendocument.text", "Schadenmeldung_Reiseruecktritt_Vordruck.odt")


@mail(137, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover for the objection to a speeding fine: file number, plate, policy, lawyer")
def m137():
    m = new(137, "Frank Tietjen <frank.tietjen@weserland-versicherung.example>",
            "Sven Harjes <sven.harjes@gmx.example>",
            "Deckungszusage Bußgeldverfahren - RS-2026-02 310",
            "2026-05-15 08:55")
    return body(m, """\
Sehr geehrter Herr Harjes,

für die Verteidigung im Bußgeldverfahren des Landkreises Verden
(Az. 71.0445.998213.1, Vorwurf Geschwindigkeitsüberschreitung am
22.04.2026 mit dem Fahrzeug VER-SH 812) erteilen wir Deckungsschutz aus
Ihrer Rechtsschutzversicherung RS 5 060 228 17. Schadennummer:
RS-2026-02 310. Im Verkehrs-Ordnungswidrigkeitenrecht gibt es bei Ihrem
Tarif keine Selbstbeteiligung.

Bitte beauftragen Sie zeitnah einen Anwalt, der zuerst Akteneinsicht
nimmt - die Einspruchsfrist endet am 28.05. Übernommen werden auch die
Kosten eines Sachverständigen für die Messung, falls der Anwalt das für
nötig hält.

Mit freundlichen Grüßen
Frank Tietjen
Rechtsschutz-Schaden
Weserland Versicherung VVaG
""")


@mail(138, "STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
      "Polish customer writes in German/Polish that he cut two fingers with a circular saw, surgery, accident policy")
def m138():
    m = new(138, "Marek Kowalczyk <m.kowalczyk@wp.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Unfall mit Kreissäge / wypadek piła",
            "2026-09-21 08:12")
    return body(m, """\
Guten Tag,

ich habe Unfallversicherung bei Ihnen, UV 61 52 0974, Marek Kowalczyk.

Am Samstag 19.09. habe ich zu Hause in der Garage Holz geschnitten mit Kreissäge für Terrasse. Das Holz ist gesprungen und meine linke Hand ist in die Säge gekommen. Zeigefinger und Mittelfinger links sind stark verletzt, Sehne kaputt am Zeigefinger, Knochen vom Mittelfinger vorne ab (złamanie i amputacja opuszki palca).

Ich war in Weserklinikum Mitte Handchirurgie, OP 4 Stunden, bin noch im Krankenhaus bis Donnerstag. Lekarz mówi, że palec wskazujący może nie być już w pełni sprawny.

Ich fahre LKW, jetzt krankgeschrieben mindestens 8 Wochen. Bekomme ich Geld für Krankenhaus und später für den Finger? Meine Tochter hilft mit den Papieren.

Pozdrawiam
Marek Kowalczyk
Tel 0157 5558 1940
""")


@mail(139, "NORMAL", "de", "newsletter",
      "general notice about index-linked premium changes in buildings insurance for 2027, no personal data")
def m139():
    m = new(139, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "wohngebaeude@lists.weserland-versicherung.example",
            "Wohngebäude 2027: Warum sich Ihr Beitrag ändert",
            "2026-10-01 08:00",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=W2G7>")])
    return body(m, """\
Liebe Kundinnen und Kunden,

Wohngebäude sind bei uns zum gleitenden Neuwert versichert. Damit Ihr Haus
nach einem großen Schaden wirklich wieder aufgebaut werden kann, passen wir
die Versicherungssumme jedes Jahr an die Baukosten an.

Der Anpassungsfaktor steigt zum 1. Januar 2027 von 24,3 auf 25,1. Grund
sind höhere Preise für Handwerkerleistungen (+4,6 %) und Baumaterial
(+1,2 %), die das Statistische Bundesamt veröffentlicht.

Was heißt das für Sie? Ihr Beitrag steigt um etwa 3,3 %. Bei einem
durchschnittlichen Einfamilienhaus sind das rund 17 Euro im Jahr. Ihre
neue Beitragsrechnung kommt wie immer im Dezember.

Sie haben Fragen? Wir sind für Sie da: 0421 555 0100.

Ihre Weserland Versicherung
""")


@mail(140, "CONFIDENTIAL", "de", "customer-to-insurer",
      "tenant lost the key to a central locking system; landlord demands cylinder replacement costs, liability policy")
def m140():
    m = new(140, "Lukas Fehrs <lukas.fehrs@posteo.example>",
            "schaden@weserland-versicherung.example",
            "Schlüssel verloren - Schließanlage",
            "2026-10-12 13:10")
    return body(m, """\
Hallo,

ich habe am Freitagabend auf dem Freimarkt meinen Schlüsselbund verloren
(Haustür, Wohnung, Keller, Briefkasten). Fundbüro und Polizei: nichts.

Meine Wohnung: Am Dobben 122, 28203 Bremen. Die Hausverwaltung (Weserhaus
Immobilien GmbH) sagt, weil es eine Schließanlage für 12 Parteien ist,
muss die komplette Anlage getauscht werden, Kostenvoranschlag 1.830 Euro,
und ich soll das zahlen.

Meine Privathaftpflicht bei Ihnen ist PH 1 520 314 88, ich meine, da war
Schlüsselverlust drin?

Muss die ganze Anlage getauscht werden oder reicht erst mal meine Tür?

Gruß
Lukas Fehrs
""")


@mail(141, "NORMAL", "mixed", "prospect-to-insurer",
      "prospect asks in Russian/German for a Russian-speaking adviser for household insurance, no personal data")
def m141():
    m = new(141, "Irina Wolkow <irina.wolkow@yandex.example>",
            "service@weserland-versicherung.example",
            "Beratung auf Russisch? / консультация на русском",
            "2026-10-19 18:57")
    return body(m, """\
Здравствуйте!

Подскажите, пожалуйста, есть ли у вас сотрудник, который говорит по-русски? Мы переезжаем в Бремен в декабре и хотим застраховать квартиру (Hausrat) и ответственность (Haftpflicht).

Auf Deutsch: Gibt es bei Ihnen jemanden, der Russisch spricht? Wir ziehen im Dezember nach Bremen und brauchen Hausrat und Haftpflicht. Mein Deutsch ist für Verträge nicht gut genug.

Спасибо!
Irina Wolkow
""")


@mail(142, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "life department confirms the beneficiary change of the father's funeral policy to the granddaughter, sent to the daughter")
def m142():
    m = new(142, "Sven Ohlrogge <sven.ohlrogge@weserland-versicherung.example>",
            "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "Sterbegeldversicherung LV 880 415 227 - Bestätigung Bezugsrecht",
            "2026-01-14 15:05")
    return body(m, """\
Sehr geehrte Frau Lüdemann-Roth,

Ihr Vater, Herr Heinrich Lüdemann, hat uns gebeten, die Bestätigung an Sie
zu schicken.

Für die Sterbegeldversicherung LV 880 415 227 haben wir das Bezugsrecht
mit Wirkung zum 08.01.2026 geändert. Bezugsberechtigt im Todesfall ist
jetzt:

  Lea Roth, geb. 02.11.2001, Bahnhofstraße 31, 28857 Syke
  (widerrufliches Bezugsrecht)

Versicherte Summe: 7.500 Euro, Beitrag 38,20 Euro monatlich,
beitragspflichtig bis 01.12.2028.

Die Änderung ist in den Vertragsunterlagen vermerkt; einen neuen
Versicherungsschein stellen wir nicht aus. Bitte bewahren Sie diese
Bestätigung bei den Unterlagen Ihres Vaters auf.

Mit freundlichen Grüßen
Sven Ohlrogge
Bestand Lebensversicherung
Weserland Versicherung VVaG | Tel. 0421 555 0450
""")


@mail(143, "CONFIDENTIAL", "de", "relative-to-insurer",
      "son's letter as ODT only: his mother died (no cause), cancel her household policy, refund to his IBAN; body and subject say nothing")
def m143():
    m = new(143, "Matthias Dehlwes <m.dehlwes@gmx.example>",
            "service@weserland-versicherung.example",
            "Kündigung",
            "2026-11-16 11:44",
            extra=[("X-Mailer", "Thunderbird 128.4.2")])
    m = body(m, """\
Sehr geehrte Damen und Herren,

anbei mein Schreiben. Die Unterlagen schicke ich zusätzlich per Post.

Mit freundlichen Grüßen
Matthias Dehlwes
""")
    o = odt([
        "Matthias Dehlwes, Sielwall 12, 28203 Bremen",
        "Weserland Versicherung VVaG, Kundenservice, Am Hafenbecken 12, 28217 Bremen",
        "Bremen, 16.11.2026",
        ("h", "Kündigung der Hausratversicherung HR 2 033 174 90 - Sterbefall"),
        "Sehr geehrte Damen und Herren,",
        "meine Mutter, Ilse Dehlwes, Brommystraße 41, 28215 Bremen, ist am 02.11.2026 "
        "verstorben. Ich bin ihr einziger Erbe.",
        "Bitte beenden Sie die Hausratversicherung HR 2 033 174 90 zum Ende des Monats. Die "
        "Wohnung wird bis 30.11. geräumt und an die Vermieterin übergeben. Bis dahin stehen die "
        "Möbel noch dort; bitte teilen Sie mir mit, ob die Versicherung bis zur Übergabe weiter gilt.",
        "Zu viel gezahlte Beiträge überweisen Sie bitte auf mein Konto: Matthias Dehlwes, "
        "IBAN DE93 2505 0180 8527 1255 46.",
        "Die Sterbeurkunde und den Erbschein schicke ich als Kopie mit der Post.",
        "Mit freundlichen Grüßen",
        "Matthias Dehlwes",
    ])
    return att(m, o, "application/vnd.oasis.opendocument.text", "Kuendigung_Hausrat_Dehlwes.odt")


@mail(144, "NORMAL", "de", "insurer-to-press",
      "trap: press note about a donation to a hospice association with the association's donation IBAN, no person")
def m144():
    m = new(144, "Presse Weserland <presse@weserland-versicherung.example>",
            "redaktion@syker-tageblatt.example",
            "Weserland spendet 10.000 Euro an Hospizdienst Hachetal",
            "2026-12-03 11:00")
    return body(m, """\
PRESSEMITTEILUNG

Bremen/Syke, 3. Dezember 2026. Statt Weihnachtsgeschenken für Geschäfts-
partner spendet die Weserland Versicherung in diesem Jahr 10.000 Euro an
den Hospizdienst Hachetal e.V. Der Verein begleitet mit rund 60
Ehrenamtlichen schwerstkranke und sterbende Menschen und ihre Angehörigen
zu Hause, im Krankenhaus und in Pflegeheimen.

"Die Ehrenamtlichen schenken Zeit, wenn sie am meisten gebraucht wird",
sagt Thorsten Dieckmann, dessen Generalagentur in Syke die Spende
vorgeschlagen hat. Das Geld fließt in die Ausbildung neuer
Sterbebegleiterinnen und in die Trauergruppe für Kinder.

Wer den Verein ebenfalls unterstützen möchte:
Hospizdienst Hachetal e.V.
IBAN DE37 2505 0180 9654 1607 27
Stichwort "Weihnachten 2026"

Fotos der Scheckübergabe am 10.12. um 15 Uhr in der Agentur Dieckmann,
Hauptstraße 41, stellen wir Ihnen gern zur Verfügung.

Pressekontakt: Nadine Carstens, 0421 555 0900
""")


@mail(145, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "legal expenses: worker says his trade union will not represent him; union membership named")
def m145():
    m = new(145, "Dirk Schwettmann <dirk.schwettmann@web.example>",
            "rechtsschutz@weserland-versicherung.example",
            "Abmahnung Arbeitgeber - Gewerkschaft hilft nicht",
            "2026-08-27 06:48")
    return body(m, """\
Guten Morgen,

ich habe Arbeits-Rechtsschutz bei Ihnen (RS 5 081 006 33). Mein
Arbeitgeber, die Weserwerft Service GmbH in Lemwerder, hat mir zwei
Abmahnungen geschickt, weil ich angeblich Pausen überzogen habe. Ich soll
raus, weil ich im Betriebsrat kandidiere, das weiß jeder dort.

Ich bin seit 2009 Mitglied der Gewerkschaft Werft & Metall. Die Rechtsstelle der Gewerkschaft Werft & Metall
sagt aber, sie übernimmt erst, wenn eine Kündigung kommt, und ich soll
mich bei Abmahnungen an meine Rechtsschutzversicherung wenden. Ihre
Hotline sagte wiederum, zuerst müsse die Gewerkschaft zahlen.

Was stimmt denn jetzt? Ich will die Abmahnungen aus der Personalakte haben
und brauche einen Anwalt.

Dirk Schwettmann
Stedinger Straße 9, 27804 Berne
""")


@mail(146, "NORMAL", "en", "newsletter",
      "trap: English pet newsletter on signs a dog needs a vet (vomiting, limping, bloat), no animal or owner identified")
def m146():
    m = new(146, "Weserland Welcome Desk <welcome@news.weserland-versicherung.example>",
            "newcomers@lists.weserland-versicherung.example",
            "5 signs your dog should see a vet today",
            "2026-09-17 08:00",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<mailto:unsubscribe@news.weserland-versicherung.example?subject=welcome>")])
    return body(m, """\
WELCOME DESK - Pets, September 2026

Our claims team sees the same emergencies again and again. Go to the vet
(or the 24-hour animal clinic in Bremen-Nord) today if your dog:

1. has a swollen, hard belly and tries to vomit without success - this
   can be gastric torsion (bloat) and is life-threatening within hours;
2. suddenly won't put weight on one leg - cruciate ligament tears are
   common in large breeds;
3. ate chocolate, grapes, raisins, xylitol chewing gum or rat poison;
4. has pale gums, breathes fast at rest or collapses;
5. has had diarrhoea with blood or keeps vomiting for more than a day.

Vet fees in Germany follow the official fee scale (GOT). Night and weekend
emergency visits cost at least twice the normal rate. A surgery policy
for dogs starts at EUR 14.90 a month; a torn cruciate ligament operation
costs EUR 2,000-3,500.

Give your dog a pat from us,
The Welcome Desk
""")


@mail(147, "CONFIDENTIAL", "en", "customer-to-insurer",
      "English customer cancels a trip after being made redundant: booking, policy, cancellation costs, no health content")
def m147():
    m = new(147, "Daniel Whitmore <dan.whitmore@gmail.example>",
            "reise@weserland-versicherung.example",
            "Trip cancellation - job loss",
            "2026-09-09 19:30")
    return body(m, """\
Hello,

I have to cancel our family trip to Lisbon (17-24 October 2026, flights
and apartment booked via the travel portal flyaway, booking no. 72011948835, total EUR 2,460)
because I was made redundant by my employer, Nordsee Offshore Logistics
GmbH, on 31 August with notice to 30 September. I had been there since
2019 on a permanent contract.

We have your annual travel cancellation policy, RR 4 501 883 12 (Daniel
and Claire Whitmore plus two children). I understand that unexpected
loss of a job is covered.

I have the termination letter, the booking confirmation and the
cancellation invoice (EUR 1,580 non-refundable). My account for any
refund: Daniel Whitmore, DE77 2916 2394 3498 0726 63.

Best regards,
Daniel Whitmore
Parkallee 301, 28213 Bremen
""")


@mail(148, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "benefits clerk returns a customer mail to the service team as an attached message; the diagnosis is only in the forwarded mail")
def m148():
    m = new(148, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "WG: Nachfrage - bitte an mich direkt, nicht ans Sammelpostfach",
            "2026-10-02 10:15")
    m = body(m, """\
Hallo Jana,

die Mail unten ist über service@ bei euch gelandet und dann an das ganze
Team Sach weitergeleitet worden. Bitte so etwas immer nur direkt an uns in
die Unfall-Leistung schicken. Ich übernehme den Fall, du musst nichts
weiter tun - nur einmal kurz im Team daran erinnern.

Danke!
Anja
""")
    inn = inner("Bärbel Kruse <baerbel.kruse@ewetel.example>",
                "service@weserland-versicherung.example",
                "Nachfrage Unfallversicherung",
                "2026-09-29 15:22",
                """\
Guten Tag,

ich hatte im August gemeldet, dass ich mit dem Fahrrad gestürzt bin.
Jetzt war ich beim MRT: Der Orthopäde sagt, die Rotatorenmanschette an
der rechten Schulter ist gerissen, und ich muss am 14.10. im
Hanse-Klinik Schwachhausen operiert werden. Danach darf ich sechs Wochen den Arm
nicht bewegen und muss in die Reha.

Zahlt meine Unfallversicherung (UV 61 28 3305) auch dafür? Und wie ist
das mit dem Krankenhaustagegeld?

Mit freundlichen Grüßen
Bärbel Kruse
Hohe Straße 4, 27777 Ganderkesee
""", "<4c2e91aa.33b1.kruse@ewetel.example>")
    return fwd(m, inn)


@mail(149, "NORMAL", "de", "newsletter",
      "agency tells customers it is closed for the staff outing, gives the claims hotline")
def m149():
    m = new(149, "Generalagentur Dieckmann & Sohn <info@agentur-dieckmann.example>",
            "kunden@agentur-dieckmann.example",
            "Freitag 25.09. geschlossen - Betriebsausflug",
            "2026-09-21 16:00",
            extra=[("Precedence", "bulk")])
    return body(m, """\
Liebe Kundinnen und Kunden,

am Freitag, 25. September, bleibt unser Büro wegen unseres
Betriebsausflugs geschlossen. Ab Montag sind wir wieder für Sie da.

Schaden passiert? Die Schadenhotline der Weserland Versicherung erreichen
Sie rund um die Uhr unter 0421 555 0800, Schäden können Sie auch in der
Weserland-App melden.

Herzliche Grüße aus Syke
Thorsten Dieckmann und Team
""")


@mail(150, "CONFIDENTIAL", "mixed", "insurer-to-customer",
      "deer collision settled: repair costs, deductible, payout to the customer's IBAN; Polish greeting and quote")
def m150():
    m = new(150, "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Marek Kowalczyk <m.kowalczyk@wp.example>",
            "AW: Wildunfall / wypadek z sarną - KS-2026-005 733 Abrechnung",
            "2026-02-10 12:40",
            cc="Ewa Nowicka <ewa.nowicka@weserland-versicherung.example>")
    return body(m, """\
Guten Tag Herr Kowalczyk,

die Rechnung von Auto Borchers (Sulingen) ist da. Wir rechnen Ihren
Wildunfall vom 18.01.2026 aus der Teilkasko so ab:

Reparatur Skoda Octavia DH-MK 744 laut Rechnung 3.218,44 Euro
abzüglich Selbstbeteiligung Teilkasko          -150,00 Euro
Auszahlung                                    3.068,44 Euro

Die Werkstatt hatte eine Abtretung, wir zahlen deshalb direkt an Auto
Borchers. Ihre Selbstbeteiligung von 150 Euro zahlen Sie bitte an die
Werkstatt. Die Abschleppkosten, die Sie selbst bezahlt haben (147,00
Euro), überweisen wir auf Ihr Konto DE29 2919 0330 4355 6518 85.

Ein Wildunfall hat keinen Einfluss auf Ihren Schadenfreiheitsrabatt.

Meine Kollegin Frau Nowicka erklärt es Ihnen gern auch auf Polnisch.

Pozdrawiam / Viele Grüße
Katharina Brüning
Kfz-Schadenservice
Weserland Versicherung VVaG

> Auto: Skoda Octavia Kombi, Kennzeichen DH-MK 744, Teilkasko bei Ihnen.
> Nikt nie jest ranny, ich war allein im Auto, alles okay.
""")


# ======================================================================
# d46-0151 .. d46-0175
# ======================================================================

@mail(151, "STRICTLY_CONFIDENTIAL", "mixed", "relative-to-insurer",
      "son asks in German/Turkish about the invalidity assessment: the doctor says his mother's hand will not fully recover")
def m151():
    m = new(151, "Emre Yılmaz <emre.yilmaz@gmail.example>",
            "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "Gutachter Termin Mama / Invalidität",
            "2026-10-27 19:03",
            cc="Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>")
    return body(m, """\
Hallo Frau Meyerdierks,

der Brief wegen Gutachter ist angekommen, Termin am 12.11. in Oldenburg bei Dr. Schwarting. Ich fahre Mama hin.

Kurz vorher noch eine Frage: Bei der letzten Kontrolle hat Dr. Hinrichs gesagt, die Hand wird nicht mehr ganz wie früher. Sie kann die Hand nicht richtig nach hinten biegen, beim Tragen und beim Teig kneten tut es weh, und zwei Finger sind oft taub. Doktor diyor ki, belki ameliyatla plaka çıkarılınca biraz daha iyi olur, aber sicher ist es nicht. Die Platte soll im Januar raus.

Soll der Gutachter lieber warten bis nach der OP im Januar? Oder ist das egal für das Geld?

Annem her şeyi anlamıyor, deswegen komme ich mit rein, ist das erlaubt?

Danke
Emre Yılmaz
""")


@mail(152, "NORMAL", "de", "internal",
      "trap: minutes of a data protection audit sample of accident and life files, findings in aggregate only")
def m152():
    m = new(152, "\"Dr. Malte Focken\" <malte.focken@weserland-versicherung.example>",
            "Birte Janssen <birte.janssen@weserland-versicherung.example>, Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>, Sven Ohlrogge <sven.ohlrogge@weserland-versicherung.example>",
            "Ergebnis Datenschutz-Stichprobe Q3 (Leistungsakten Unfall/Leben)",
            "2026-10-09 15:30")
    return body(m, """\
Hallo zusammen,

hier das Ergebnis der Stichprobe vom 28.09.-02.10. Geprüft wurden 50
zufällig gezogene Leistungsakten (30 Unfall, 20 Leben) und die zugehörigen
E-Mail-Verläufe.

Ergebnisse
- In 46 von 50 Akten lag eine gültige Schweigepflichtentbindung vor
  (92 %). Vier Akten: Entbindung fehlte, Arztbericht trotzdem angefordert
  (alle aus Januar, vor der neuen Version SE-2026-1).
- 9 E-Mails mit Gesundheitsdaten wurden ohne Verschlüsselung an Kunden
  verschickt, davon 7 als Antwort mit vollständigem Zitat der
  Kundenmail. Keine davon an Dritte.
- 3 Fälle, in denen Arztberichte an das Sammelpostfach service@
  weitergeleitet wurden.
- Todesursache wurde in 2 von 12 Todesfallakten ohne Notwendigkeit
  angefordert (Verträge älter als drei Jahre).

Maßnahmen
1. Beim Antworten Zitat kürzen (Hinweis im Textsystem ab November).
2. Erinnerung an Weiterleitungsregel im nächsten Teammeeting.
3. LT-17 konsequent verwenden.

Keine Meldung an die Aufsichtsbehörde erforderlich, da keine Offenlegung
an Unbefugte.

Gruß
Malte Focken
""")


@mail(153, "CONFIDENTIAL", "de", "customer-to-insurer",
      "unemployed customer asks to pay his motor premium monthly, naming his unemployment benefit amount")
def m153():
    m = new(153, "Kevin Brinkmann <kevin.brinkmann99@gmail.example>",
            "beitrag@weserland-versicherung.example",
            "ratenzahlung kfz",
            "2026-07-13 22:41")
    return body(m, """\
hallo

ich bin seit juni arbeitslos (firma pleite) und krieg jetzt nur 1.240 euro alg1. die kfz versicherung (KFZ-7 330 918) wird ja jetzt im juli wieder quartalsweise abgebucht oder so und das schaff ich grad nicht auf einmal.

kann ich auf monatlich umstellen? und wenn es geht die juli rate auf august schieben? ich brauch das auto für vorstellungsgespräche.

danke
kevin brinkmann
""")


@mail(154, "NORMAL", "en", "prospect-to-insurer",
      "prospect asks in English whether cargo bikes can be insured, no personal data")
def m154():
    m = new(154, "Hanna Lindqvist <hanna.lindqvist@fastmail.example>",
            "service@weserland-versicherung.example",
            "Cargo bike insurance?",
            "2026-04-30 08:11")
    return body(m, """\
Hi,

do you insure electric cargo bikes (Urban Arrow, around EUR 6,500)? I'd
use it to take my two kids to kindergarten. Is theft covered if it's
parked on the street overnight with a chain lock? And is there liability
cover if the bike damages a car?

Thanks,
Hanna
""")


@mail(155, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "wife asks whether the stairlift installed after her husband's stroke is covered by the buildings policy")
def m155():
    m = new(155, "Hannelore Wiechmann <h.wiechmann@ewetel.example>",
            "service@weserland-versicherung.example",
            "Treppenlift - ist der mitversichert?",
            "2026-12-01 10:20")
    return body(m, """\
Sehr geehrte Damen und Herren,

seit Werners Schlaganfall im Sommer kann er die Treppe nicht mehr allein
gehen, sein linkes Bein will nicht mehr so. Wir haben deshalb letzte
Woche einen Treppenlift einbauen lassen (Firma Treppenlift Nord, 11.400 Euro, die
Pflegekasse hat 4.180 Euro dazugegeben, weil er Pflegegrad 2 hat).
Außerdem wurde die Badewanne gegen eine ebenerdige Dusche getauscht.

Ist der Treppenlift in unserer Wohngebäudeversicherung (WG 3 155 708 21,
Heideweg 8, Hude) mitversichert, zum Beispiel bei Überspannung oder
Wasserschaden? Oder müssen wir das extra melden? Der Wert vom Haus ist ja
jetzt höher.

Mit freundlichen Grüßen
Hannelore Wiechmann
""")


@mail(156, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "customer writes in English/German that her dog scratched the neighbour's car: dog-owner liability policy, plate, neighbour")
def m156():
    m = new(156, "Priya Harcourt <priya.harcourt@outlook.example>",
            "schaden@weserland-versicherung.example",
            "Hundehaftpflicht - Mango scratched a car",
            "2026-09-23 12:55")
    return body(m, """\
Hallo / Hello,

sorry, my German is still "ein bisschen", so I write in both.

Unser Hund Mango (Labrador mix, 1 Jahr) hat gestern beim Spaziergang an einem geparkten Auto hochgesprungen because he saw a cat under it. The neighbour's car (Herr Claus Petersen, Kornstraße 214, black BMW 3er, HB-CP 6600) now has long scratches on the driver's door.

Our dog liability policy: TH 1 902 441 18 (Priya Harcourt), started in June.

Herr Petersen was very nice but wants to get it repaired at BMW. He said the estimate will be around 900 Euro. Können Sie ihn direkt kontaktieren? Tel. 0421 555 7702.

Nobody was hurt, Mango is fine, just very excited.

Vielen Dank,
Priya Harcourt
""")


@mail(157, "NORMAL", "de", "internal",
      "trap: travel claims statistics 2025 by country and cause (illness, accident, death of relative) as ODS, aggregates only")
def m157():
    m = new(157, "Controlling Sach <controlling-sach@weserland-versicherung.example>",
            "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Reise 2025: Fälle nach Land und Ursache",
            "2026-02-27 10:05")
    m = body(m, """\
Hallo Lisa,

anbei die Auswertung für deinen Vortrag bei der Agenturtagung. Länder mit
weniger als 15 Fällen sind unter "übrige" zusammengefasst, damit niemand
wiedererkennbar ist.

Gruß
Jens
""")
    o = ods([
        ("Reise-KV 2025", [
            ["Land", "Fälle", "davon stationär", "Aufwand EUR", "Ø EUR"],
            ["Türkei", 212, 38, 318400, 1502],
            ["Spanien", 187, 29, 264900, 1417],
            ["Polen", 94, 11, 61200, 651],
            ["Italien", 71, 9, 88300, 1244],
            ["USA", 22, 6, 241800, 10991],
            ["übrige", 146, 21, 199700, 1368],
            ["Summe", 732, 114, 1174300, 1604],
        ]),
        ("Rücktritt 2025", [
            ["Ursache", "Fälle", "Anteil"],
            ["Krankheit versicherte Person", 388, "46 %"],
            ["Krankheit/Tod Angehörige", 201, "24 %"],
            ["Unfall", 96, "11 %"],
            ["Schwangerschaft", 41, "5 %"],
            ["Arbeitsplatzverlust", 33, "4 %"],
            ["Sonstiges", 84, "10 %"],
            ["Summe", 843, "100 %"],
        ]),
    ])
    return att(m, o, "application/vnd.oasis.opendocument.spreadsheet", "Reise_2025_Auswertung.ods")


@mail(158, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel assistance confirms a cost guarantee for the customer's wife's gallbladder surgery in Kayseri and return planning")
def m158():
    m = new(158, "Weserland Reise-Assistance <assistance@weserland-versicherung.example>",
            "Hasan Çelik <hasan.celik@yandex.example>",
            "Kostenübernahme Krankenhaus Kayseri - Fatma Çelik - Fall AS-2026-0912",
            "2026-07-28 16:44",
            cc="Mehmet Aydın <mehmet.aydin@weserland-versicherung.example>")
    return body(m, """\
Sehr geehrter Herr Çelik,

wie eben am Telefon besprochen: Wir haben dem Özel Erciyes Şifa Hastanesi in
Kayseri heute um 15:30 Uhr Ortszeit eine Kostenübernahmeerklärung für die
Behandlung Ihrer Frau, Fatma Çelik, gefaxt (Auslandsreise-Krankenversicherung
RV 7 088 140, Fall AS-2026-0912).

Nach Auskunft der behandelnden Ärztin, Dr. Yıldız, hat Ihre Frau eine
akute Gallenblasenentzündung mit Gallensteinen. Die Gallenblase wird
morgen früh minimalinvasiv entfernt; voraussichtlich kann sie nach drei
bis vier Tagen entlassen werden. Flugtauglich ist sie danach in der Regel
nach etwa zehn Tagen - mit dem Auto zurück nach Deutschland sollte sie
frühestens nach drei Wochen fahren.

Bitte zahlen Sie im Krankenhaus nichts selbst. Falls doch eine Rechnung
kommt, schicken Sie uns ein Foto.

Unser türkischsprachiger Kollege Herr Aydın ist morgen ab 8 Uhr für Sie
erreichbar (0421 555 0114).

Geçmiş olsun!
Ihr Team der Weserland Reise-Assistance
Notruf 24 h: +49 421 555 0808
""")


@mail(159, "NORMAL", "de", "insurer-to-prospect",
      "service answers a general question on uploading documents in the app, no personal data")
def m159():
    m = new(159, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Elke Hinrichs <elke.hinrichs@web.example>",
            "AW: Dokumente per App?",
            "2026-05-07 11:48")
    return body(m, """\
Hallo Frau Hinrichs,

ja, das geht: In der Weserland-App tippen Sie unten auf "Postfach" und
dann auf das Plus-Zeichen. Sie können Fotos machen oder PDFs aus Ihren
Dateien auswählen, bis zu 20 Dateien auf einmal. Die Übertragung ist
verschlüsselt.

Die App gibt es für iPhone und Android. Für die erste Anmeldung braucht
man die Kundennummer und einen Code, den wir per Post schicken.

Viele Grüße
Jana Wöltje
Kundenservice Privatkunden
Weserland Versicherung VVaG

> Kann man bei Ihnen eigentlich Dokumente auch mit dem Handy schicken
> statt per Post? Gruß E. Hinrichs
""")


@mail(160, "CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only system confirmation that the motor policy ends after the sale: plate, end date, refund, no-claims class in a table")
def m160():
    m = new(160, "Weserland Versicherung <kfz-service@weserland-versicherung.example>",
            "Ingrid Schwenker <ingrid.schwenker@gmx.example>",
            "Bestätigung zu Ihrer Nachricht vom 07.04.2026",
            "2026-04-09 08:02",
            extra=[("Auto-Submitted", "auto-generated")])
    return html_only(m, """\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Frau Schwenker,</p>
<p>vielen Dank für Ihre Nachricht. Wir bestätigen das Ende Ihres Vertrags:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Vertrag</td><td>KFZ-7 061 775</td></tr>
<tr><td>Fahrzeug</td><td>Toyota Yaris Hybrid, OHZ-IS 52</td></tr>
<tr><td>Vertragsende</td><td>04.04.2026, 11:30 Uhr (Veräußerung)</td></tr>
<tr><td>Beitragserstattung</td><td>398,22 Euro auf Ihr hinterlegtes Konto</td></tr>
<tr><td>Schadenfreiheitsklasse</td><td>SF 22 &ndash; bleibt sieben Jahre für Sie gespeichert</td></tr>
</table>
<p>Wenn Sie wieder ein Auto anmelden, nennen Sie einfach diese Vertragsnummer.</p>
<p>Mit freundlichen Grüßen<br>Ihre Weserland Versicherung &ndash; Kfz-Service</p>
</body></html>
""")


@mail(161, "NORMAL", "mixed", "insurer-to-prospect",
      "trap: agent explains term life to a Turkish-speaking prospect in general: health questions, BMI, smoker status; nothing about her")
def m161():
    m = new(161, "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "Sinem Arslan <sinem.arslan@gmail.example>",
            "Hayat sigortası / Risikolebensversicherung - allgemeine Infos",
            "2026-06-10 18:15")
    return body(m, """\
Merhaba Sinem Hanım,

Sie hatten bei unserem Gespräch im April gefragt, wie eine
Risikolebensversicherung (hayat sigortası) grundsätzlich funktioniert.
Hier die wichtigsten Punkte, ganz allgemein:

- Sie zahlt eine feste Summe, wenn die versicherte Person während der
  Laufzeit stirbt. Typisch für Familien oder zur Absicherung eines Kredits.
- Im Antrag gibt es Gesundheitsfragen (sağlık soruları) zu den letzten
  5 bzw. 10 Jahren: Behandlungen, Krankenhausaufenthalte, Operationen,
  Medikamente, Herz-Kreislauf, Diabetes, Krebs, psychische Erkrankungen,
  HIV.
- Wichtig: alles ehrlich angeben, sonst kann der Versicherer im Todesfall
  die Zahlung verweigern.
- Raucher zahlen etwa das Doppelte; Nichtraucher heißt bei uns seit
  mindestens 12 Monaten rauchfrei.
- Größe und Gewicht (BMI) werden abgefragt. Bei starkem Übergewicht kann
  ein Zuschlag kommen.

Beispiel: 30 Jahre, Nichtraucherin, 100.000 Euro über 20 Jahre - ca. 6
Euro im Monat.

Wenn Sie ein Angebot möchten, machen wir gern einen Termin.

Saygılarımla
Serkan Öztürk
Agentur Öztürk - Generalagentur der Weserland Versicherung
""")


@mail(162, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "daughter with lasting power of attorney asks about her mother's pension policy payout because the mother has dementia")
def m162():
    m = new(162, "Kirsten Ahlers <kirsten.ahlers@gmx.example>",
            "leben@weserland-versicherung.example",
            "Rentenversicherung meiner Mutter - Vorsorgevollmacht",
            "2026-08-18 14:27")
    return body(m, """\
Guten Tag,

meine Mutter, Gertrud Ahlers (Marcusallee 9, 28359 Bremen), hat bei Ihnen
eine private Rentenversicherung (LV 660 227 814), die im Oktober in die
Rentenphase geht.

Meine Mutter hat eine fortgeschrittene Alzheimer-Demenz und lebt seit
April im Pflegeheim "Haus am Rhododendronpark". Sie kann keine
Entscheidungen mehr treffen. Ich habe eine notarielle Vorsorgevollmacht
(von 2019), die auch Vermögens- und Versicherungsangelegenheiten umfasst.

Im Schreiben von Ihnen steht, dass sie sich zwischen Rente und
Kapitalauszahlung entscheiden muss. Da das Heim monatlich 2.900 Euro
Eigenanteil kostet, wäre die Kapitalauszahlung wohl sinnvoller. Kann ich
das für sie entscheiden? Welche Unterlagen brauchen Sie?

Mit freundlichen Grüßen
Kirsten Ahlers
Tel. 0421 555 4418
""")


@mail(163, "CONFIDENTIAL", "de", "insurer-to-relative",
      "premium certificate for the tax return sent to the daughter as PDF: policies, premiums paid in 2025, father's address")
def m163():
    m = new(163, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Sabine Lüdemann-Roth <sabine.roth@posteo.example>",
            "AW: Beitragsbescheinigung 2025 für Steuererklärung Heinrich Lüdemann",
            "2026-03-11 09:33")
    m = body(m, """\
Hallo Frau Lüdemann-Roth,

anbei die Beitragsbescheinigung 2025 für Ihren Vater. Die Steuer-ID
brauchen wir dafür nicht; sie ist auf der Bescheinigung auch nicht
vermerkt.

Viele Grüße
Jana Wöltje
Kundenservice Privatkunden
Weserland Versicherung VVaG
""")
    p = pdf([
        "# Beitragsbescheinigung 2025",
        "Weserland Versicherung VVaG, Am Hafenbecken 12, 28217 Bremen",
        "",
        "Versicherungsnehmer: Heinrich Lüdemann, Am Mühlenteich 4, 28857 Syke",
        "Bescheinigungszeitraum: 01.01.2025 - 31.12.2025",
        "",
        "Vertrag            Sparte                     gezahlte Beiträge",
        "PH 1 203 660 81    Privathaftpflicht                 68,40 EUR",
        "HR 2 019 447 36    Hausrat                          142,80 EUR",
        "WG 3 220 917 44    Wohngebäude                      611,25 EUR",
        "",
        "Die Beiträge zur Privathaftpflicht sind als sonstige Vorsorgeaufwendungen abziehbar.",
        "Wohngebäude: anteilig abziehbar bei Vermietung (Einliegerwohnung) als Werbungskosten.",
        "",
        "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ], title="Beitragsbescheinigung 2025 Luedemann")
    return att(m, p, "application/pdf", "Beitragsbescheinigung_2025.pdf")


@mail(164, "NORMAL", "de", "system-notification",
      "announcement of a maintenance window for portal and app, no personal data")
def m164():
    m = new(164, "Weserland Kundenportal <noreply@portal.weserland-versicherung.example>",
            "dima.schneider@mail.example",
            "Wartungsarbeiten am 14.11. von 22 bis 6 Uhr",
            "2026-11-10 12:00",
            extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])
    return body(m, """\
Guten Tag,

wegen technischer Wartungsarbeiten sind das Kundenportal und die
Weserland-App in der Nacht von Samstag, 14.11., 22 Uhr, bis Sonntag,
15.11., 6 Uhr, nicht erreichbar.

Schäden können Sie in dieser Zeit telefonisch unter 0421 555 0800 melden.

Wir bitten um Ihr Verständnis.
Ihre Weserland Versicherung
""")


@mail(165, "STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "Mallorca clinic sends invoice and medical report in English for a German tourist's appendectomy, PDF attached")
def m165():
    m = new(165, "Clínica Son Serra - International Office <international@clinica-sonserra.example>",
            "assistance@weserland-versicherung.example",
            "Invoice and medical report - patient MEINERS, Jan - your ref. AS-2026-0977",
            "2026-08-05 13:21")
    m = body(m, """\
Dear colleagues,

please find attached the final invoice and the medical report for your
insured patient Mr Jan Meiners, discharged today. As agreed in your
guarantee of payment of 31 July, please transfer the amount within 30
days to the account stated on the invoice.

Kind regards,
Marta Ferrer
International Patient Office
Clínica Son Serra, Carrer de Son Serra 12, 07010 Palma de Mallorca
""")
    p = pdf([
        "# Clinica Son Serra - Palma de Mallorca",
        "International Patient Office",
        "",
        "INVOICE No. CSS-2026-08-0412        Date: 05/08/2026",
        "Guarantor: Weserland Versicherung VVaG, ref. AS-2026-0977",
        "Patient: Jan Meiners, born 21/03/1988, Im Ellener Feld 7, 28325 Bremen, Germany",
        "",
        "Emergency department, 31/07/2026                              420.00 EUR",
        "CT abdomen with contrast                                      380.00 EUR",
        "Laparoscopic appendectomy incl. anaesthesia                 4,950.00 EUR",
        "Hospital stay 31/07 - 05/08 (5 nights), surgical ward       2,750.00 EUR",
        "Laboratory, medication (IV antibiotics, analgesics)           612.40 EUR",
        "TOTAL                                                       9,112.40 EUR",
        "",
        "# Medical report (summary)",
        "Diagnosis: acute phlegmonous appendicitis (K35.8). Admitted with right lower",
        "abdominal pain, fever 38.6 C, CRP 87 mg/l. Laparoscopic appendectomy on 31/07/2026,",
        "uneventful. Discharged in good condition. Fit to fly from 08/08/2026.",
        "Recommendation: wound check by GP in Germany, no heavy lifting for 2 weeks.",
        "Dr. Pere Alomar, General Surgery",
    ], title="Invoice and report Meiners", author="Clinica Son Serra")
    return att(m, p, "application/pdf", "CSS-2026-08-0412_Meiners.pdf")


@mail(166, "CONFIDENTIAL", "de", "customer-to-insurer",
      "e-bike vandalised at the station: bicycle policy, frame number, police reference, repair estimate")
def m166():
    m = new(166, "Torben Lampe <torben.lampe@posteo.example>",
            "schaden@weserland-versicherung.example",
            "E-Bike beschädigt (Vandalismus) - Fahrradversicherung FR 8 004 712",
            "2026-08-31 07:58")
    return body(m, """\
Guten Morgen,

mein E-Bike stand am Freitag den ganzen Tag am Bahnhof Verden
(angeschlossen). Als ich abends wiederkam, waren Display und
Schaltwerk abgetreten, die Speichen am Hinterrad verbogen und das
Ladekabelfach aufgebrochen.

Fahrradversicherung: FR 8 004 712 (Torben Lampe, Am Allerufer 3, 27283
Verden)
Rad: Riese & Müller Charger4, gekauft 2024 für 5.299 Euro
Rahmennummer: RM4C-22-118734
Polizei Verden, Vorgangsnummer 260828-1802-0311

Kostenvoranschlag von Zweirad Kaiser: 1.146,50 Euro (Display Bosch
Kiox, Schaltwerk, Hinterrad neu einspeichen).

Kann ich die Reparatur beauftragen?

Danke und Grüße
Torben Lampe
""")


@mail(167, "NORMAL", "de", "internal",
      "trap: template letter declining a travel cancellation claim (pre-existing illness) with «placeholders» only")
def m167():
    m = new(167, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "team-reise-tier@weserland-versicherung.example",
            "Textbaustein RR-A3 überarbeitet (Ablehnung Vorerkrankung)",
            "2026-03-30 12:12")
    return body(m, """\
Hallo Team,

nach der Beschwerde beim Ombudsmann haben wir RR-A3 verständlicher
formuliert. Bitte ab sofort nur noch diese Fassung verwenden:

---
«Anrede» «Nachname»,

Sie haben uns die Stornierung Ihrer Reise nach «Reiseziel» vom
«Reisedatum» gemeldet. Wir haben Ihre Unterlagen sorgfältig geprüft.

Die Reise wurde am «Buchungsdatum» gebucht. Aus dem ärztlichen Attest
geht hervor, dass die Erkrankung, die zur Stornierung geführt hat, schon
vor der Buchung bestand und behandelt wurde («Behandlungsbeginn»). Sie
war damit nicht unerwartet im Sinne von Ziffer «Ziffer_AVB» der
Versicherungsbedingungen.

Wir können die Stornokosten von «Betrag» Euro deshalb leider nicht
erstatten.

«Falls Verschlechterung geltend gemacht: Absatz V2 einfügen»

Wenn Sie neue Unterlagen haben, prüfen wir gern erneut.
«Unterschrift»
---

Wichtig: Keine Diagnose in den Text schreiben, nur "die Erkrankung".

Gruß
Lisa
""")


@mail(168, "STRICTLY_CONFIDENTIAL", "mixed", "family-to-insurer",
      "Polish family reply-all with the accident department about the father's hand surgery discharge card and finger amputation")
def m168():
    m = new(168, "Zuzanna Kowalczyk <zuzia.k@gmail.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Re: Unfall mit Kreissäge - Unterlagen Marek Kowalczyk UL-2026-01 388",
            "2026-10-01 17:26",
            cc="Marek Kowalczyk <m.kowalczyk@wp.example>, Agnieszka Kowalczyk <agnieszka.kowalczyk@onet.example>")
    return body(m, """\
Guten Tag,

ich helfe meinem Vater mit den Unterlagen. Hier die Infos aus dem Entlassungsbrief (die Kopie kommt per Post, Papa hat unterschrieben):

- Aufnahme 19.09.2026, Entlassung 24.09.2026, Weserklinikum Mitte, Hand- und Plastische Chirurgie
- Diagnosen: Beugesehnendurchtrennung Zeigefinger links, offene Fraktur Endglied Mittelfinger links mit Teilamputation der Fingerkuppe
- OP: Sehnennaht, Nagelbettrekonstruktion, Stumpfbildung Mittelfinger
- Weiterbehandlung: Schiene 6 Wochen, Handtherapie, Fäden am 05.10.

Papa darf mindestens bis Mitte November nicht LKW fahren, das Attest vom Hausarzt ist auch dabei.

Mamo, tato - wysłałam wszystko, zobaczcie proszę czy dobrze napisałam. Tata, nie zapomnij o wizycie w czwartek!

Viele Grüße
Zuzanna Kowalczyk (Tochter)

W dniu pon., 28 wrz 2026 o 09:14 Leistung Unfall <leistung-unfall@weserland-versicherung.example> napisał(a):
> Sehr geehrter Herr Kowalczyk,
> bitte senden Sie uns den Entlassungsbericht und die Arbeitsunfähigkeits-
> bescheinigung zu. Leistungsfall UL-2026-01 388.
""")


@mail(169, "NORMAL", "de", "newsletter",
      "trap: agency invites to an information evening on old-age provision and long-term care (care levels, dementia), no person")
def m169():
    m = new(169, "Agentur Öztürk <info@agentur-oeztuerk.example>",
            "kunden@agentur-oeztuerk.example",
            "Einladung Info-Abend: Vorsorge, Pflege und Vollmachten - 22. Oktober",
            "2026-10-05 10:30",
            extra=[("Precedence", "bulk")])
    return body(m, """\
Liebe Kundinnen und Kunden,

was passiert, wenn Mama oder Papa plötzlich Pflege brauchen? Wer darf
entscheiden, wenn man selbst nicht mehr kann? Viele Familien beschäftigen
sich erst damit, wenn es zu spät ist.

Info-Abend "Vorsorge, Pflege und Vollmachten"
Donnerstag, 22. Oktober 2026, 18:30 Uhr
Bürgerhaus Oslebshausen, Am Nonnenberg 40

- Pflegegrade 1-5: wie sie festgestellt werden und was die Pflegekasse
  zahlt
- Demenz in der Familie: Erfahrungen einer Pflegeberaterin
- Vorsorgevollmacht, Betreuungsverfügung, Patientenverfügung - mit
  Rechtsanwältin Derya Koç
- Sterbegeld- und Rentenversicherung: was sinnvoll ist und was nicht

Der Abend ist kostenlos, auf Deutsch und Türkisch. Anmeldung bitte unter
0421 555 6160.

Serkan Öztürk und Team
""")


@mail(170, "CONFIDENTIAL", "mixed", "customer-to-insurer",
      "Ukrainian customer applies for household cover; body in German/Russian is harmless, birth date, permit, income and IBAN are in the DOCX")
def m170():
    m = new(170, "Olena Kovalenko <olena.kovalenko@ukr.example>",
            "antrag@weserland-versicherung.example",
            "Antrag / заявка",
            "2026-11-03 20:12")
    m = body(m, """\
Guten Abend,

Online-Formular geht bei mir nicht, deshalb habe ich alles in Word-Datei geschrieben. Извините, если что-то неправильно, мой немецкий ещё не очень хороший.

Mit freundlichen Grüßen
Olena Kovalenko
""")
    d = docx([
        ("h", "Antrag Hausratversicherung"),
        "Name: Olena Kovalenko",
        "Geburtsdatum: 17.06.1988",
        "Staatsangehörigkeit: ukrainisch, Aufenthaltserlaubnis § 24 AufenthG, gültig bis 04.03.2027",
        "Neue Adresse: Kirchheide 31, 28757 Bremen, 3 Zimmer, 68 qm, 1. OG",
        "Personen im Haushalt: ich und Sohn Artem (9 Jahre)",
        "Privathaftpflicht schon bei Ihnen: PH 1 602 118 40",
        "Beginn: 01.12.2026",
        "Bankverbindung: Weser-Sparkasse, IBAN DE32 2916 5681 9300 1257 14, Kontoinhaberin Olena Kovalenko",
        "Arbeit: Erzieherin-Helferin im Kindergarten, ca. 1.900 Euro netto im Monat",
        "Я согласна на электронную переписку по e-mail.",
        "Bremen, 03.11.2026, Olena Kovalenko",
    ], author="Olena Kovalenko")
    return att(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "Antrag_Hausrat_Kovalenko.docx")


@mail(171, "NORMAL", "de", "insurer-to-customer",
      "confirmation that an e-mail address was removed from the newsletter, nothing else")
def m171():
    m = new(171, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "gerd.moennich@arcor.example",
            "Abmeldung bestätigt",
            "2026-04-23 09:30")
    return body(m, """\
Guten Tag,

Ihre E-Mail-Adresse wurde aus dem Verteiler unseres Kundenbriefs
entfernt. Sie erhalten ab sofort keine Werbe-E-Mails mehr von uns.

Falls Sie Verträge bei uns haben, ändert sich an der Vertragspost
nichts.

Freundliche Grüße
Ihre Weserland Versicherung
""")


@mail(172, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident payout: cast money and hospital daily allowance for the daughter's elbow fracture")
def m172():
    m = new(172, "Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
            "Stefanie Brüggemann <steffi.brueggemann@icloud.example>",
            "Kinder-Unfallversicherung KU 62 08 1173 - Leistung für Mia",
            "2026-06-23 10:10")
    return body(m, """\
Sehr geehrte Frau Brüggemann,

vielen Dank für den Entlassungsbrief der Kinderklinik Am Weserwehr. Für den
Unfall Ihrer Tochter Mia vom 07.06.2026 zahlen wir:

Krankenhaustagegeld  07.06.-10.06.2026, 4 Tage x 30 Euro    120,00 Euro
Gipsgeld (Oberarmgips, operativ versorgter Bruch)           150,00 Euro
Summe                                                       270,00 Euro

Der Betrag geht auf Ihr hinterlegtes Konto.

Bei Kindern heilen solche Brüche meist folgenlos aus. Sollte nach der
Drahtentfernung doch eine Bewegungseinschränkung bleiben, melden Sie sich
bitte innerhalb von 15 Monaten nach dem Unfall - dann prüfen wir eine
Invaliditätsleistung.

Gute Besserung an Mia!

Leistung Unfallversicherung
Weserland Versicherung VVaG
""")


@mail(173, "CONFIDENTIAL", "de", "insurer-to-customer",
      "lost-key liability settlement: locking system replacement paid to the property manager, policyholder and address named")
def m173():
    m = new(173, "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "Lukas Fehrs <lukas.fehrs@posteo.example>",
            "Schlüsselverlust Am Dobben 122 - PH-2026-05 884",
            "2026-10-26 14:25")
    return body(m, """\
Hallo Herr Fehrs,

die Weserhaus Immobilien GmbH hat uns den Kostenvoranschlag und die
Bestätigung geschickt, dass die Schließanlage für das Haus Am Dobben 122
komplett getauscht werden muss (Generalschlüssel betroffen).

Ihre Privathaftpflicht PH 1 520 314 88 übernimmt den Austausch:
1.830,00 Euro zahlen wir direkt an die Hausverwaltung. Eine
Selbstbeteiligung gibt es bei Schlüsselverlust in Ihrem Tarif nicht.

Ihre eigenen neuen Schlüssel (3 Stück) sind im Betrag schon enthalten.

Viele Grüße
Tobias Gerdes
Sach-Schaden Privatkunden
Weserland Versicherung VVaG
""")


@mail(174, "NORMAL", "de", "internal",
      "trap: quarterly service KPIs including the share of mails with health data and complaints per line, aggregates only")
def m174():
    m = new(174, "Birte Janssen <birte.janssen@weserland-versicherung.example>",
            "leitung-privatkunden@weserland-versicherung.example",
            "Kennzahlen Kundenservice Q2/2026",
            "2026-07-06 09:00")
    m = body(m, """\
Hallo zusammen,

die Kennzahlen für Q2 im Überblick (Details in der CSV):

- 41.200 Kontakte (Telefon 58 %, E-Mail 31 %, App/Portal 11 %)
- Erreichbarkeit Telefon 84 % (Ziel 80 %)
- E-Mails innerhalb 2 Werktagen beantwortet: 77 % (Ziel 90 %)
- Anteil E-Mails mit Gesundheitsangaben von Kunden: 18 % (Q1: 21 %),
  vor allem Unfall und Reise
- Anteil fremdsprachiger Kontakte: TR 6 %, PL 4 %, RU 3 %, EN 5 %
- Beschwerden: 212, davon 61 zu Bearbeitungsdauer Leistung Unfall

Gruß
Birte
""")
    csv = """\
Monat;Kontakte;Telefon;E-Mail;App;Erreichbarkeit;Mail_2WT;Anteil_Gesundheit;Beschwerden
2026-04;13900;8120;4310;1470;0,83;0,74;0,19;77
2026-05;13300;7710;4140;1450;0,85;0,78;0,18;68
2026-06;14000;8070;4320;1610;0,84;0,79;0,17;67
"""
    return att(m, csv, "text/csv", "KPI_Service_Q2_2026.csv", charset="windows-1252")


@mail(175, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "customer wants to cancel his accident policy because he hardly goes out any more since his chemotherapy")
def m175():
    m = new(175, "Rolf Kattenhorn <rolf.kattenhorn@t-online.example>",
            "service@weserland-versicherung.example",
            "Kündigung Unfallversicherung",
            "2026-11-19 16:34")
    return body(m, """\
Sehr geehrte Damen und Herren,

hiermit kündige ich meine Unfallversicherung UV 61 11 6042 zum nächstmöglichen
Termin.

Seit der Chemo im Frühjahr gehe ich kaum noch aus dem Haus, Fahrrad fahre
ich auch nicht mehr, und meine Frau meint, das Geld können wir uns sparen.
Die Rente ist knapp.

Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Rolf Kattenhorn
Kastanienweg 2, 27751 Delmenhorst
""")


# ======================================================================
# d46-0176 .. d46-0200
# ======================================================================

@mail(176, "NORMAL", "de", "newsletter",
      "trap: year-end newsletter with claim counts by type, accident and travel figures, no person")
def m176():
    m = new(176, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "petra.kuhlmann@t-online.example",
            "Unser Jahr 2026 in Zahlen",
            "2026-12-10 07:30",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=7Q2M>")])
    text = """\
Weserland Kundenbrief | Dezember 2026

Liebe Kundinnen und Kunden,

was für ein Jahr! Ein kleiner Rückblick in Zahlen (Stand 30.11.2026):

- 14.870 Schäden wurden uns gemeldet, 46 % davon schon per App.
- Häufigster Schaden: Leitungswasser (3.912), dann Sturm und Hagel
  (2.480) - der Starkregen im Juni allein brachte 611 Kellerschäden.
- 1.106 gestohlene Fahrräder, davon 382 E-Bikes.
- In der Unfallversicherung haben wir 1.790 Unfälle begleitet, meistens
  Stürze im Haushalt und mit dem Rad. Ausgezahlt: 4,4 Mio. Euro.
- Unsere Reise-Assistance hat 318 Mal im Ausland geholfen, Krankenhaus-
  aufenthalte organisiert und 22 Rücktransporte nach Hause begleitet.
- Im Durchschnitt war ein Sachschaden nach 9 Tagen bezahlt.

Danke für Ihr Vertrauen - und kommen Sie gut ins neue Jahr!

Ihr Team der Weserland Versicherung

Abmelden: https://news.weserland-versicherung.example/abmelden?k=7Q2M
"""
    return body(m, text)


@mail(177, "STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-agent",
      "underwriting decision for a term life applicant sent to the tied agent: loading for blood pressure and weight, knee accepted")
def m177():
    m = new(177, "Risikoprüfung Leben <risikopruefung@weserland-versicherung.example>",
            "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "Antrag 2026-L-04417 Aksoy, Gökhan - Annahme mit Zuschlag",
            "2026-05-19 11:20")
    return body(m, """\
Hallo Herr Öztürk,

zum Antrag Risikolebensversicherung für Herrn Gökhan Aksoy, geb.
11.02.1985 (Antrag 2026-L-04417, 240.000 Euro, 25 Jahre, fallende Summe
für Baufinanzierung):

Entscheidung: Annahme mit Risikozuschlag von 50 % auf den Beitrag.

Begründung (bitte dem Kunden in Ruhe erklären):
- behandelter Bluthochdruck (Ramipril), laut Hausarztbericht gut
  eingestellt, letzte Werte 132/86;
- BMI 29,6 in Verbindung mit dem Bluthochdruck;
- Meniskus-OP 2024: ohne Folgen, kein Zuschlag;
- Nichtraucher seit 2024: Einstufung als Nichtraucher erst nach 24
  Monaten Rauchfreiheit, also bis 2026 Raucher-Tarif; Umstufung auf
  Antrag ab 01.2027 möglich.

Monatsbeitrag neu: 41,70 Euro (statt 27,80 Euro). Der Zuschlag kann
überprüft werden, wenn der Kunde in zwei Jahren aktuelle Blutdruckwerte
und Gewicht nachweist.

Das Angebot gilt sechs Wochen. Bitte Annahmeerklärung über das
Maklerportal hochladen.

Kolay gelsin!
Melanie Precht
Risikoprüfung Leben
Weserland Versicherung VVaG | Tel. 0421 555 0470
""")


@mail(178, "CONFIDENTIAL", "de", "customer-to-insurer",
      "storm felled the neighbour's tree onto the customer's fence and carport: buildings policy, address, neighbour's name")
def m178():
    m = new(178, "Andrea Köster <andrea.koester@web.example>",
            "schaden@weserland-versicherung.example",
            "Baum vom Nachbarn auf Zaun und Carport",
            "2026-12-07 09:12")
    return body(m, """\
Guten Morgen,

bei dem Sturm am Samstag ist die große Birke vom Grundstück unseres
Nachbarn, Herrn Friedhelm Lange (Wiesenweg 12), auf unseren Gartenzaun
und das Carport gefallen. Das Carportdach ist eingedrückt, zwei Pfosten
gebrochen, ca. 9 m Doppelstabmattenzaun platt. Unser Auto stand zum
Glück nicht drunter.

Wohngebäude bei Ihnen: WG 3 207 664 10, Andrea und Jens Köster,
Wiesenweg 10, 27749 Delmenhorst.

Herr Lange sagt, seine Versicherung zahlt nicht, weil der Baum gesund war
und es "höhere Gewalt" sei. Stimmt das? Zahlen dann Sie?

Die Feuerwehr hat den Baum gestern zersägt, der Rest liegt noch bei uns
im Garten.

Viele Grüße
Andrea Köster
0176 5553 8210
""")


@mail(179, "NORMAL", "en", "insurer-to-prospect",
      "English appointment invitation with ICS for a prospect's consultation on bicycle and liability cover, no personal data")
def m179():
    m = new(179, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Hanna Lindqvist <hanna.lindqvist@fastmail.example>",
            "Invitation: consultation on cargo bike insurance, 7 May, 16:00",
            "2026-05-04 10:18")
    m = body(m, """\
Dear Ms Lindqvist,

as discussed on the phone, here is the invitation for our video call. I'll
show you the bicycle cover and the liability tariffs and we can calculate
prices for the Urban Arrow together.

Thursday, 7 May 2026, 16:00-16:30 (Berlin time)
Video link: https://meet.weserland-versicherung.example/lh-0507

Kind regards,
Lisa Harms
Weserland Versicherung VVaG
""")
    c = ics("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//Outlook Export//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000051B2C3D4E5F6@weserland-versicherung.example
DTSTAMP:20260504T081800Z
DTSTART:20260507T140000Z
DTEND:20260507T143000Z
SUMMARY:Consultation cargo bike & liability insurance
DESCRIPTION:Video call - https://meet.weserland-versicherung.example/lh-0507
LOCATION:Online
ORGANIZER;CN=Lisa Harms:mailto:lisa.harms@weserland-versicherung.example
ATTENDEE;CN=Hanna Lindqvist;RSVP=TRUE:mailto:hanna.lindqvist@fastmail.example
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""")
    return att(m, c, "text/calendar", "invite.ics")


@mail(180, "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "sensitive only in the subject (hospital bill, appendix surgery in Mallorca); the body just says 'anbei die Unterlagen' and nothing is attached")
def m180():
    m = new(180, "Jan Meiners <jan.meiners@gmx.example>",
            "reise@weserland-versicherung.example",
            "Krankenhausrechnung Mallorca Blinddarm-OP - Auslandsreise-KV",
            "2026-08-12 20:47")
    return body(m, """\
Hallo,

anbei die Unterlagen.

Gruß
Jan Meiners
""")


@mail(181, "CONFIDENTIAL", "de", "insurer-to-customer",
      "marten damage settled from partial cover: repair amount, deductible, payout to the customer's IBAN, plate")
def m181():
    m = new(181, "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Silke Bruns <silke.bruns@gmx.example>",
            "Marderschaden OL-SB 330 - KS-2026-011 207",
            "2026-04-28 13:55")
    return body(m, """\
Hallo Frau Bruns,

die Rechnung vom Autohaus Meyer über 412,80 Euro haben wir erhalten.

Marderbiss an Zündkabel und Kühlwasserschlauch     412,80 Euro
abzüglich Selbstbeteiligung Teilkasko              -150,00 Euro
Auszahlung                                          262,80 Euro

Folgeschäden am Motor sind bei Ihnen bis 3.000 Euro mitversichert; laut
Werkstatt ist zum Glück nichts weiter passiert. Den Marderschutz
(Ultraschallgerät) können wir leider nicht übernehmen, das ist eine
Vorsorgemaßnahme.

Wir überweisen auf Ihr Konto DE50 2912 1731 9162 1018 15.
Ein Teilkaskoschaden hat keinen Einfluss auf Ihren SF-Rabatt.

Viele Grüße
Katharina Brüning
Kfz-Schadenservice
Weserland Versicherung VVaG
""")


@mail(182, "NORMAL", "de", "internal",
      "trap: storm preparation plan for the claims hotline with expected claim volumes per district, no person")
def m182():
    m = new(182, "Tobias Gerdes <tobias.gerdes@weserland-versicherung.example>",
            "schaden-sach@weserland-versicherung.example",
            "Sturmtief am Wochenende - Hotline-Verstärkung",
            "2026-12-03 15:40",
            cc="Birte Janssen <birte.janssen@weserland-versicherung.example>")
    return body(m, """\
Moin zusammen,

der DWD warnt für Samstag vor orkanartigen Böen (bis 110 km/h) im ganzen
Nordwesten. Nach den Erfahrungswerten der Stürme 2022 und 2024 rechnen wir
mit:

- ca. 1.800-2.400 Meldungen in den ersten 72 Stunden,
- Schwerpunkt Landkreise Diepholz, Oldenburg, Osterholz und die Wesermarsch
  (Dächer, Bäume auf Zäune und Autos),
- ca. 15 % Kfz-Teilkasko (umgestürzte Bäume, Äste).

Plan:
1. Samstag/Sonntag Hotline 8-20 Uhr mit je 6 Personen (Liste im Teams).
2. Einfache Fälle bis 2.000 Euro ohne Regulierer, Fotos reichen.
3. Dachdecker-Rahmenverträge sind informiert (Harms Bedachungen, Dachbau
   Lohmann), Notabdeckungen zahlen wir ohne Rückfrage.
4. Hinweis für Gespräche: Ein Baum vom Nachbargrundstück ist in der Regel
   ein Fall für die eigene Wohngebäudeversicherung, nicht für die
   Haftpflicht des Nachbarn.

Wer am Wochenende einspringen kann: bitte bis Freitag 12 Uhr melden.
Es gibt Freizeitausgleich plus Pizza.

Tobias
""")


@mail(183, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident department sends the follow-up examination appointment with the orthopaedic assessor as ICS; the vertebral fracture is named in the calendar entry")
def m183():
    m = new(183, "Anja Meyerdierks <anja.meyerdierks@weserland-versicherung.example>",
            "Achim Hartwig <achim.hartwig@ewetel.example>",
            "Termin Begutachtung 03.09.2026",
            "2026-08-10 09:02")
    m = body(m, """\
Sehr geehrter Herr Hartwig,

wie telefonisch vereinbart, hier der Termin beim Gutachter als
Kalendereintrag. Bitte bringen Sie alle Röntgenbilder und Befunde mit,
die Sie zu Hause haben.

Die Fahrtkosten erstatten wir Ihnen.

Mit freundlichen Grüßen
Anja Meyerdierks
Leistung Unfallversicherung
Weserland Versicherung VVaG
""")
    c = ics("""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Weserland Versicherung//Leistung Unfall//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:gutachten-ul-2026-00602-20260903@weserland-versicherung.example
DTSTAMP:20260810T070200Z
DTSTART;TZID=Europe/Berlin:20260903T101500
DTEND;TZID=Europe/Berlin:20260903T113000
SUMMARY:Unfallgutachten Achim Hartwig - LWK-1-Fraktur (UL-2026-00 602)
DESCRIPTION:Orthopädische Begutachtung zur Invalidität nach Sturz von der L
 eiter am 21.02.2026. Bitte Röntgen/MRT der LWS und Entlassungsbrief St. Ann
 en-Stift mitbringen.
LOCATION:Praxis Dr. Kuhlmann\\, Orthopädie\\, Heiligengeiststraße 20\\, 26121
  Oldenburg
END:VEVENT
END:VCALENDAR
""")
    return att(m, c, "text/calendar", "Termin_Gutachten.ics")


@mail(184, "CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation after redundancy settled in English: booking, amount, excess, payout to the customer's IBAN")
def m184():
    m = new(184, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Daniel Whitmore <dan.whitmore@gmail.example>",
            "RE: Trip cancellation - job loss - RR-2026-02 064",
            "2026-09-24 11:37")
    return body(m, """\
Dear Mr Whitmore,

thank you for the termination letter from Nordsee Offshore Logistics
GmbH and the cancellation invoice. Redundancy after more than a year in
permanent employment is covered, so we can settle your claim
RR-2026-02 064 (policy RR 4 501 883 12):

Cancellation costs Lisbon, 17-24 Oct 2026     EUR 1,580.00
no excess for job loss                        EUR     0.00
Payment                                       EUR 1,580.00

We'll transfer the amount to DE77 2916 2394 3498 0726 63 (Daniel
Whitmore) this week.

I hope you find a new position soon.

Kind regards,
Lisa Harms
Travel Insurance
Weserland Versicherung VVaG
""")


@mail(185, "NORMAL", "mixed", "prospect-to-insurer",
      "prospect thanks in Polish; quoted answer only explains no-claims years from abroad in general")
def m185():
    m = new(185, "Bartosz Lis <bartosz.lis@interia.example>",
            "Ewa Nowicka <ewa.nowicka@weserland-versicherung.example>",
            "Re: Czy ktoś mówi po polsku? / Frage Autoversicherung",
            "2026-03-19 21:02")
    return body(m, """\
Dziękuję bardzo, wszystko jasne! Zadzwonię w przyszłym tygodniu.

Bartosz

W dniu czw., 19 mar 2026 o 10:41 Ewa Nowicka <ewa.nowicka@weserland-versicherung.example> napisała:
> Dzień dobry Panie Bartoszu,
>
> tak, mówię po polsku. Lata bezszkodowe z Polski uznajemy, jeśli
> przedstawi Pan zaświadczenie o przebiegu ubezpieczenia (po polsku lub
> angielsku wystarczy). Wniosek można złożyć online albo u nas w biurze.
>
> Pozdrawiam
> Ewa Nowicka
""")


@mail(186, "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "granddaughter forwards the text of a WhatsApp chat: grandmother fell, knee swollen, X-ray tomorrow, senior accident policy")
def m186():
    m = new(186, "Janina Ortmann <janina.ortmann@gmail.example>",
            "leistung-unfall@weserland-versicherung.example",
            "Oma gestürzt - WhatsApp von meinem Bruder",
            "2026-11-23 07:55")
    return body(m, """\
Guten Morgen,

meine Oma Gerda Ortmann (Senioren-Unfall UV 61 05 7718) ist gestern
gestürzt. Ich bin gerade in Hamburg, mein Bruder ist bei ihr. Ich kopiere
Ihnen einfach unseren Chat rein, damit Sie wissen, was los ist:

[22.11.26, 18:42] Malte: Oma ist im Garten auf dem nassen Laub
ausgerutscht 😩
[22.11.26, 18:43] Malte: Knie ist dick und blau, sie kann kaum auftreten
[22.11.26, 18:43] Janina: Oh nein!! Krankenhaus??
[22.11.26, 18:51] Malte: Will sie nicht. Hab den Bereitschaftsarzt
angerufen, der war da, sagt Prellung oder Innenband, morgen Röntgen beim
Orthopäden in Hude
[22.11.26, 18:52] Malte: Hat Ibuprofen und Kühlpack bekommen, ich bleib
heut Nacht hier
[22.11.26, 19:10] Janina: Sie hat doch diese Unfallversicherung bei der
Weserland, ich schreib denen morgen
[22.11.26, 19:11] Malte: 👍 die Nummer steht im Ordner im Flur, UV 61 05
7718

Was müssen wir jetzt tun? Gibt es Hilfe für den Haushalt, falls sie
nicht laufen kann? Sie wohnt allein in der Rosenstraße 6 in Hude.

Viele Grüße
Janina Ortmann
0172 5556 0431
""")


@mail(187, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer sends a new bank account for all her contracts; the IBAN has a digit typo (invalid checksum)")
def m187():
    m = new(187, "Petra Kuhlmann <petra.kuhlmann@t-online.example>",
            "service@weserland-versicherung.example",
            "neue Bankverbindung",
            "2026-09-01 18:06")
    return body(m, """\
Hallo,

bitte ab Oktober alle meine Beiträge von meinem neuen Konto abbuchen:

Petra Kuhlmann
IBAN DE63 2915 1243 6178 2326 63

Das betrifft die Hausrat (HR 2 087 114 51) und die Haftpflicht.

Danke!
Petra Kuhlmann
Im Holze 9, 28844 Weyhe
""")


@mail(188, "NORMAL", "de", "newsletter",
      "prize draw for bicycle helmets in the customer newsletter, no personal data")
def m188():
    m = new(188, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "familien@lists.weserland-versicherung.example",
            "Gewinnspiel: 50 Fahrradhelme für Schulanfänger",
            "2026-07-21 07:30",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=F9A1>")])
    return html_only(m, """\
<html><body style="font-family:Verdana,sans-serif;max-width:600px">
<h2 style="color:#0b4f7a">Sicher in die Schule: Wir verlosen 50 Kinder-Fahrradhelme</h2>
<p>Im August beginnt für viele Kinder in Bremen und Niedersachsen die Schule. Damit der
Schulweg mit dem Rad sicher wird, verlosen wir 50 Kinderhelme (Größe S/M, mit LED-Rücklicht).</p>
<p><b>So machen Sie mit:</b> Beantworten Sie bis 10. August die Frage
&bdquo;Ab welchem Alter dürfen Kinder in Deutschland auf der Straße Rad fahren?&ldquo;
unter <a href="https://www.weserland-versicherung.example/gewinnspiel">weserland-versicherung.example/gewinnspiel</a>.</p>
<p>Teilnahme ab 18 Jahren, eine Teilnahme pro Haushalt. Die Gewinner werden per E-Mail
benachrichtigt.</p>
<p>Viel Glück!<br>Ihre Weserland Versicherung</p>
<p style="font-size:10px"><a href="https://news.weserland-versicherung.example/abmelden?k=F9A1">Abmelden</a></p>
</body></html>
""", cte="quoted-printable")


@mail(189, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "underwriting decision in English: cover increase accepted with an extra premium because of sleep apnoea")
def m189():
    m = new(189, "Risk Assessment Life <risikopruefung@weserland-versicherung.example>",
            "Mark O'Neill <mark.oneill@eircom.example>",
            "Your term life policy LV 774 110 392 - increase to EUR 300,000",
            "2026-07-08 14:10")
    return body(m, """\
Dear Mr O'Neill,

thank you for completing the health questionnaire and for the report
from the sleep laboratory.

We are happy to increase your term life cover to EUR 300,000 from
1 August 2026. Because of the moderate obstructive sleep apnoea, which
is treated with CPAP, together with a body mass index of 29.4, we have
to add an extra premium of 50 % to the increase part (EUR 150,000).
The original EUR 150,000 remains at the old premium.

Your knee surgery in 2025 has no effect on the offer.

New monthly premium: EUR 58.20 (previously EUR 31.40)

We will review the extra premium free of charge after two years if your
sleep doctor confirms that you use the CPAP device regularly and that the
treatment is effective.

Please confirm acceptance by 5 August in the customer portal.

Kind regards,
Melanie Precht
Life Underwriting
Weserland Versicherung VVaG
""")


@mail(190, "STRICTLY_CONFIDENTIAL", "mixed", "relative-to-insurer",
      "son writes in German/Russian: his mother now has care level 2 and a small pension, asks for a cheaper household policy")
def m190():
    m = new(190, "Dmitri Schneider <dima.schneider@mail.example>",
            "service@weserland-versicherung.example",
            "Hausrat Mama günstiger?",
            "2026-10-28 19:22")
    return body(m, """\
Guten Abend,

wieder eine Frage für meine Mutter Valentina Schneider (Hausrat HR 2 066 302 19).

Seit dem Sturz im Februar ist sie nicht mehr so fit. Der Medizinische Dienst war da und sie hat jetzt Pflegegrad 2, ein Pflegedienst kommt morgens zum Waschen und für die Tabletten. Ihre Rente ist nur 980 Euro plus bisschen Grundrente, und die Zuzahlungen für Medikamente sind viel.

Im Juni haben wir die Summe erhöht wegen der Erbschaft, aber die Ikonen hat sie jetzt meiner Tochter geschenkt. Kann man die Summe wieder runter und den Beitrag auch? Gibt es Seniorenrabatt?

Мама очень благодарна за помощь после больницы, передайте, пожалуйста, Ольге.

Mit freundlichen Grüßen
Dmitri Schneider
""")


@mail(191, "NORMAL", "de", "insurer-to-prospect",
      "general answer about liability insurance for a listed dog breed (temperament test, prices), no dog or person data")
def m191():
    m = new(191, "Lisa Harms <lisa.harms@weserland-versicherung.example>",
            "Nico Brandes <nico.brandes@online.example>",
            "AW: Hundehaftpflicht für Listenhund?",
            "2026-08-04 10:25")
    return body(m, """\
Hallo Herr Brandes,

ja, wir versichern auch Hunde, die in Niedersachsen oder Bremen als
gefährlich gelten bzw. einen Wesenstest brauchen (z. B. American
Staffordshire Terrier, Pitbull-Mischlinge). Voraussetzungen:

- bestandener Wesenstest bzw. Negativzeugnis der Gemeinde,
- Sachkundenachweis der Halterin/des Halters,
- Chip und Eintrag im Hunderegister.

Beitrag: 9,80 Euro im Monat für 10 Mio. Euro Deckung (statt 5,40 Euro
für andere Hunde). Eine Selbstbeteiligung ist nicht vorgeschrieben.

Wenn Sie einen Hund aufnehmen, schicken Sie mir gern die Unterlagen, dann
erstelle ich ein Angebot.

Viele Grüße
Lisa Harms
Tierversicherung
Weserland Versicherung VVaG

> Versichern Sie auch Listenhunde? Wir überlegen, einen Amstaff aus dem
> Tierheim zu holen.
""")


@mail(192, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "phone note to the motor claims team: customer admits he nodded off after a night shift; doctor suspects sleep apnoea")
def m192():
    m = new(192, "Jana Wöltje <jana.woeltje@weserland-versicherung.example>",
            "Katharina Brüning <katharina.bruening@weserland-versicherung.example>",
            "Telefonnotiz Brinkmann KS-2026-009 402",
            "2026-04-08 16:12")
    return body(m, """\
Hallo Katharina,

Herr Brinkmann hat eben angerufen (wollte eigentlich nur seinen
SF-Stand wissen). Dabei hat er erzählt, dass er vor dem Unfall auf der B6
direkt aus der Nachtschicht kam und "für eine Sekunde weg war". Sein
Hausarzt hat ihn jetzt ins Schlaflabor überwiesen, weil er tagsüber öfter
einnickt - Verdacht auf Schlafapnoe. Bis das geklärt ist, soll er nicht
Auto fahren, sagt der Arzt.

Ich habe ihm nichts zur Haftungsfrage gesagt und auf dich verwiesen.
Ist vielleicht relevant wegen des Anwalts von Herrn Wessels.

Gruß
Jana
""")


@mail(193, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses case closed: lawyer's fees paid, deductible, tenant's claim number and contract")
def m193():
    m = new(193, "Frank Tietjen <frank.tietjen@weserland-versicherung.example>",
            "Jörg Ostendorf <j.ostendorf@web.example>",
            "RS-2026-01 092 - Abschluss",
            "2026-05-12 10:02")
    return body(m, """\
Sehr geehrter Herr Ostendorf,

die Kanzlei Drewes & Hollmann hat uns mitgeteilt, dass sich die
Angelegenheit mit Ihrem Vermieter erledigt hat - herzlichen Glückwunsch,
die neue Miete von 689 Euro liegt deutlich unter der ursprünglichen
Forderung.

Die Anwaltskosten von 159,94 Euro sind abgerechnet: Wir haben 9,94 Euro
übernommen, die übrigen 150,00 Euro sind Ihre Selbstbeteiligung, die die
Kanzlei direkt bei Ihnen anfordert.

Der Schadenfall RS-2026-01 092 ist damit abgeschlossen. Ihr Vertrag
RS 5 019 332 70 bleibt schadenfrei-eingestuft, weil die Kosten unter
250 Euro lagen.

Mit freundlichen Grüßen
Frank Tietjen
Rechtsschutz-Schaden
Weserland Versicherung VVaG
""")


@mail(194, "NORMAL", "de", "auto-reply",
      "trap: out-of-hours auto-reply of the travel assistance (hospital abroad, emergency number, medical documents), no quote")
def m194():
    m = new(194, "Weserland Reise-Assistance <assistance@weserland-versicherung.example>",
            "jan.meiners@gmx.example",
            "Automatische Antwort: Ihre Nachricht an die Reise-Assistance",
            "2026-08-01 23:40",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, """\
Guten Tag,

Ihre E-Mail ist außerhalb unserer Bürozeiten eingegangen (Mo-Fr 8-20 Uhr).
Wir bearbeiten sie am nächsten Werktag.

Sind Sie im Ausland erkrankt oder verletzt, liegen Sie im Krankenhaus oder
braucht die Klinik eine Kostenübernahme? Dann rufen Sie bitte sofort
unseren Notruf an - rund um die Uhr, auch auf Englisch, Türkisch, Polnisch
und Russisch:

  +49 421 555 0808

Halten Sie bitte Ihre Vertragsnummer, den Namen der Klinik und eine
Telefonnummer bereit. Arztberichte und Rechnungen können Sie später über
die App hochladen.

Ihre Weserland Reise-Assistance
""")


@mail(195, "STRICTLY_CONFIDENTIAL", "de", "auto-reply",
      "automatic receipt confirmation that repeats the customer's subject naming his father's hip fracture surgery")
def m195():
    m = new(195, "Weserland Leistung Unfall <leistung-unfall@weserland-versicherung.example>",
            "bjoern.seedorf@gmx.example",
            "Eingangsbestätigung: Unfall Papa (Gustav Seedorf) - Oberschenkelhalsbruch OP morgen",
            "2026-11-30 21:18",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, """\
Guten Tag,

vielen Dank für Ihre Nachricht mit dem Betreff

  "Unfall Papa (Gustav Seedorf) - Oberschenkelhalsbruch OP morgen"

vom 30.11.2026, 21:17 Uhr. Sie ist bei der Leistungsabteilung
Unfallversicherung eingegangen. Wir melden uns innerhalb von zwei
Werktagen.

Bitte nennen Sie bei Rückfragen die Vertragsnummer der versicherten
Person.

Ihre Weserland Versicherung - Leistung Unfall
(automatisch erzeugte Nachricht)
""")


@mail(196, "CONFIDENTIAL", "de", "agent-to-insurer",
      "agent sends a vehicle change as a CSV export from his broker software; VIN, plate and birth dates only in the CSV")
def m196():
    m = new(196, "Serkan Öztürk <s.oeztuerk@agentur-oeztuerk.example>",
            "kfz-antrag@weserland-versicherung.example",
            "Fahrzeugwechsel lt. Anlage",
            "2026-10-29 11:05")
    m = body(m, """\
Hallo Kfz-Antrag,

bitte Fahrzeugwechsel laut Anlage zum 02.11.2026 durchführen,
Kennzeichen wird mitgenommen, Tarif unverändert. Die eVB hat der Kunde
schon.

Gruß
Serkan Öztürk
Agentur Öztürk - Generalagentur der Weserland Versicherung
""")
    csv = """\
Vorgang;Vertrag;VN_Name;VN_Vorname;VN_GebDatum;Strasse;PLZ;Ort;Fahrzeug_alt;Fahrzeug_neu;FIN_neu;EZ;Kennzeichen;Fahrer2_Name;Fahrer2_GebDatum;Tarif;eVB;Wechsel_zum
FZW;KFZ-7 118 402;Çelik;Hasan;14.04.1979;Lindenhofstraße 23;28237;Bremen;Ford Galaxy;VW Touran 2.0 TDI;WVGZZZ1TZMW052218;05/2021;HB-HC 6120;Çelik, Fatma;02.10.1982;VK 300/TK 150;7K3M9QF;02.11.2026
"""
    return att(m, csv, "text/csv", "MVP_Export_FZW_20261029.csv", charset="windows-1252")


@mail(197, "NORMAL", "de", "internal",
      "trap: data protection quiz for staff with fictitious cases (Mustermann, diagnosis, IBAN) and answers")
def m197():
    m = new(197, "\"Dr. Malte Focken\" <malte.focken@weserland-versicherung.example>",
            "alle@weserland-versicherung.example",
            "Datenschutz-Quiz zum Jahresende (5 Minuten, mit Auflösung)",
            "2026-12-14 09:00")
    return body(m, """\
Liebe Kolleginnen und Kollegen,

zum Jahresende ein kleines Quiz. Alle Fälle sind ausgedacht.

1. Eine Mail enthält: "Max Mustermann, Vertrag UV 00 00 0000, war wegen
   Gehirnerschütterung zwei Tage im Krankenhaus." Wie ist das einzustufen?
2. "Erika Mustermann, geb. 12.08.1964, bittet um Abbuchung von
   DE89 3704 0044 0532 0130 00." (Beispiel-IBAN aus Lehrbüchern)
3. Ein Newsletter: "Im Jahr 2026 gab es 1.790 Unfälle, meist
   Knochenbrüche."
4. Ein Kunde fragt: "Was kostet eine Hausratversicherung?"
5. "Herr Mustermann hat Pflegegrad 3 und möchte seine Hausrat kündigen."

Auflösung:
1. streng vertraulich (Gesundheit + Unfallversicherung einer Person)
2. vertraulich (Geburtsdatum, Bankverbindung) - im echten Leben
3. normal (Statistik ohne Person)
4. normal
5. streng vertraulich (Pflegegrad ist eine Gesundheitsangabe), auch wenn
   es eigentlich nur um die Hausrat geht

Wer alles richtig hatte: Glückwunsch, am 18.12. gibt's Lebkuchen im
Foyer. Alle anderen: auch.

Malte Focken
Datenschutzbeauftragter
""")


@mail(198, "STRICTLY_CONFIDENTIAL", "mixed", "relative-to-insurer",
      "granddaughter sends a ZIP for her grandmother's accident claim; discharge letter PDF and a note with the rehab bill are only inside the ZIP")
def m198():
    m = new(198, "Alina Schneider <alina.schneider@web.example>",
            "Olga Reimer <olga.reimer@weserland-versicherung.example>",
            "Unterlagen Oma / документы",
            "2026-04-02 20:15")
    m = body(m, """\
Hallo Frau Reimer,

wie am Telefon besprochen, alles in einer ZIP-Datei, weil das Portal bei mir immer abbricht. Пароль не нужен.

Viele Grüße
Alina
""")
    letter = pdf([
        "# Krankenhaus Am Werdersee - Klinik für Unfallchirurgie und Orthopädie",
        "Entlassungsbrief",
        "",
        "Patientin: Valentina Schneider, geb. 23.09.1951",
        "Aufnahme: 16.02.2026 (Notaufnahme)     Entlassung: 02.03.2026 in die Anschlussrehabilitation",
        "",
        "Diagnosen:",
        "- Mediale Schenkelhalsfraktur links (S72.01 L) nach häuslichem Sturz",
        "- Harnwegsinfekt postoperativ (N39.0)",
        "- Arterielle Hypertonie, Diabetes mellitus Typ 2 (nicht insulinpflichtig)",
        "",
        "Therapie: Hüft-Totalendoprothese links, zementfrei, am 17.02.2026.",
        "Postoperativ Fieber bis 38,4 C, Antibiose mit Cefuroxim für 5 Tage.",
        "Mobilisation mit Rollator unter Vollbelastung.",
        "",
        "Medikation bei Entlassung: Ramipril 5 mg, Metformin 1000 mg, Enoxaparin 40 mg s.c. bis 30.03.,",
        "Metamizol bei Bedarf.",
        "",
        "Oberärztin Dr. S. Lange",
    ], title="Entlassungsbrief Schneider", author="Krankenhaus Am Werdersee")
    note = """\
Hallo Frau Reimer,

hier noch die Sachen, die nicht im Entlassungsbrief stehen:

- Reha-Klinik Seeblick, 03.03.-24.03.2026, Rechnung für Eigenanteil
  (Zuzahlung 10 Euro/Tag, 22 Tage = 220 Euro) - Foto im Ordner
- Pflegedienst "Huchting Mobil" seit 25.03., 2x täglich, Kompressions-
  strümpfe und Spritzen - Rechnung kommt Ende April
- Taxi zur Nachuntersuchung 31.03. ins Krankenhaus: 34,60 Euro

Бабушка передаёт привет!
Alina
"""
    z = zipf([
        ("Oma_Unterlagen/Entlassungsbrief_KH_Werdersee.pdf", letter),
        ("Oma_Unterlagen/Notiz_fuer_Frau_Reimer.txt", note),
    ])
    return att(m, z, "application/zip", "Unterlagen_Oma_Schneider.zip")


@mail(199, "CONFIDENTIAL", "de", "customer-to-insurer",
      "customer reports her name change after marriage with maiden name, for her motor and household contracts")
def m199():
    m = new(199, "Lea Roth <lea.roth@posteo.example>",
            "service@weserland-versicherung.example",
            "Namensänderung nach Heirat",
            "2026-09-07 12:26")
    return body(m, """\
Hallo,

ich habe im August geheiratet und heiße jetzt Lea Brandt (geb. Roth).
Bitte ändern Sie den Namen in meinen Verträgen:

- Kfz KFZ-7 412 093 (VW up!, DH-LR 211)
- Hausrat HR 2 498 661 02

Die Adresse bleibt gleich (Bahnhofstraße 31, 28857 Syke), mein Mann
zieht bei mir ein. Soll er bei der Kfz als Fahrer mit rein? Er ist 29
und hat seit 2015 den Führerschein.

Die Heiratsurkunde kann ich als Foto schicken.

Viele Grüße
Lea Brandt
""")


@mail(200, "NORMAL", "de", "newsletter",
      "season's greetings with holiday opening hours and hotline, no personal data")
def m200():
    m = new(200, "Weserland Versicherung <newsletter@news.weserland-versicherung.example>",
            "kunden@lists.weserland-versicherung.example",
            "Frohe Feiertage - so erreichen Sie uns zwischen den Jahren",
            "2026-12-18 08:00",
            extra=[("Precedence", "bulk"),
                   ("List-Unsubscribe", "<https://news.weserland-versicherung.example/abmelden?k=7Q2M>")])
    return body(m, """\
Liebe Kundinnen und Kunden,

wir wünschen Ihnen und Ihren Familien frohe Weihnachten und einen guten
Start ins Jahr 2027!

So sind wir zwischen den Jahren für Sie da:
- 24.12. und 31.12.: 8-12 Uhr
- 25./26.12. und 01.01.: geschlossen
- 28.-30.12.: 8-16 Uhr

Die Schadenhotline 0421 555 0800 und die Reise-Assistance
+49 421 555 0808 sind wie immer rund um die Uhr erreichbar.

Herzliche Grüße aus Bremen
Ihre Weserland Versicherung
""")


# ---------------------------------------------------------------- build

EXPECTED = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}


def render(n, fn):
    m = fn()
    i = 0
    for part in m.walk():
        if part is not m and "From" not in part and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d46_%04d_%d_Weserland" % (n, i))
    return m.as_bytes(policy=SMTP)


def build(outdir):
    items = sorted(MAILS, key=lambda x: x[0])
    nums = [x[0] for x in items]
    assert nums == list(range(1, 201)), "mail numbers must be 1..200"
    counts = {}
    for _, label, lang, kind, reason, _fn in items:
        assert label in EXPECTED, label
        assert lang in ("de", "en", "mixed"), lang
        assert "\t" not in reason and "\n" not in reason
        counts[label] = counts.get(label, 0) + 1
    assert counts == EXPECTED, counts
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, label, lang, kind, reason, fn in items:
        name = "d46-%04d.eml" % n
        random.seed(SEED * 1000 + n)
        data = render(n, fn)
        with open(os.path.join(outdir, "mails", name), "wb") as f:
            f.write(data)
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return counts


# ---------------------------------------------------------------- check

def _check_attachment(name, data, errs, where):
    low = name.lower()
    try:
        if low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            if not any(ws.max_row for ws in wb.worksheets):
                errs.append("%s: empty xlsx %s" % (where, name))
        elif low.endswith(".docx"):
            import docx as _docx
            d = _docx.Document(io.BytesIO(data))
            if not any(p.text.strip() for p in d.paragraphs) and not d.tables:
                errs.append("%s: empty docx %s" % (where, name))
        elif low.endswith(".odt") or low.endswith(".ods"):
            from odf.opendocument import load
            load(io.BytesIO(data))
        elif low.endswith(".pdf"):
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            txt = "".join(pg.extract_text() or "" for pg in r.pages)
            if len(txt.strip()) < 10:
                errs.append("%s: pdf without text layer %s" % (where, name))
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                errs.append("%s: bad zip member %s" % (where, bad))
            for info in z.infolist():
                _check_attachment(info.filename, z.read(info.filename), errs,
                                  where + ":" + name)
        elif low.endswith(".ics"):
            t = data.decode("utf-8")
            if not t.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in t:
                errs.append("%s: bad ics %s" % (where, name))
        elif low.endswith(".csv") or low.endswith(".txt"):
            if not data.strip():
                errs.append("%s: empty text file %s" % (where, name))
        elif low.endswith(".eml"):
            from email import policy as _p
            from email.parser import BytesParser
            BytesParser(policy=_p.default).parsebytes(data)
        else:
            errs.append("%s: unknown attachment type %s" % (where, name))
    except Exception as e:  # noqa: BLE001
        errs.append("%s: cannot open %s: %r" % (where, name, e))


def validate(path, errs, mids):
    from email import policy as _p
    from email.parser import BytesParser
    name = os.path.basename(path)
    data = open(path, "rb").read()
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("%s: bare LF or CR" % name)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line over 998 octets" % name)
            break
    msg = BytesParser(policy=_p.default).parsebytes(data)
    mid = msg["Message-ID"]
    if not mid:
        errs.append("%s: no Message-ID" % name)
    elif mid in mids:
        errs.append("%s: duplicate Message-ID %s (also %s)" % (name, mid, mids[mid]))
    else:
        mids[mid] = name
    d = utils.parsedate_to_datetime(str(msg["Date"]))
    if d.year != 2026:
        errs.append("%s: date not in 2026" % name)
    if d.utcoffset() != d.astimezone(BERLIN).utcoffset():
        errs.append("%s: wrong CET/CEST offset in %s" % (name, msg["Date"]))
    natt = 0
    for part in msg.walk():
        if part.defects:
            errs.append("%s: MIME defects %r" % (name, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header defects in %s: %r" % (name, k, v.defects))
        ctype = part.get_content_type()
        fn = part.get_filename()
        if part.get_content_maintype() == "text":
            raw = part.get_payload(decode=True)
            cs = part.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs)
            except Exception as e:  # noqa: BLE001
                errs.append("%s: text part does not decode as %s: %r" % (name, cs, e))
        if ctype == "message/rfc822":
            natt += 1
            continue
        if fn:
            natt += 1
            _check_attachment(fn, part.get_payload(decode=True), errs, name)
    return natt


def check():
    errs = []
    tmp = tempfile.mkdtemp(prefix="d46-check-")
    try:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        build(a)
        build(b)
        names = sorted(os.listdir(os.path.join(a, "mails")))
        have = sorted(os.listdir(os.path.join(HERE, "mails")))
        if names != have:
            errs.append("file list differs from mails/")
        for nm in names:
            x = open(os.path.join(a, "mails", nm), "rb").read()
            y = open(os.path.join(b, "mails", nm), "rb").read()
            if x != y:
                errs.append("%s: two builds differ" % nm)
            p = os.path.join(HERE, "mails", nm)
            if not os.path.exists(p) or open(p, "rb").read() != x:
                errs.append("%s: differs from the file in mails/" % nm)
        la = open(os.path.join(a, "labels.tsv"), "rb").read()
        if la != open(os.path.join(b, "labels.tsv"), "rb").read():
            errs.append("labels.tsv: two builds differ")
        if la != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            errs.append("labels.tsv differs from the file on disk")
    finally:
        shutil.rmtree(tmp)
    mids = {}
    natt = 0
    for nm in sorted(os.listdir(os.path.join(HERE, "mails"))):
        natt += validate(os.path.join(HERE, "mails", nm), errs, mids)
    rows = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()
    assert rows[0] == "file\tlabel\tlang\tkind\treason"
    cnt = {}
    for r in rows[1:]:
        f = r.split("\t")
        if len(f) != 5:
            errs.append("labels.tsv: bad row %r" % r)
            continue
        cnt[f[1]] = cnt.get(f[1], 0) + 1
    if cnt != EXPECTED:
        errs.append("labels.tsv: counts %r" % cnt)
    for e in errs:
        print("ERROR", e)
    print("%d mails, %d attachments checked, counts %r, %d errors"
          % (len(rows) - 1, natt, cnt, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    if args.check:
        sys.exit(check())
    c = build(HERE)
    print("written", c)
