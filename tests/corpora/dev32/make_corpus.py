#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev32 (200 fictitious e-mails).

All content lives in this file. Deterministic: a rerun gives byte-identical
files.  Usage:
    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds in a temp dir, compares, parses, opens attachments, prints stats
"""
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 32
FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)
FIXED_DOC_DT = dt.datetime(2026, 1, 2, 8, 0, 0)

# --------------------------------------------------------------------------
# helpers: dates, ids
# --------------------------------------------------------------------------

def _tz_for(d):
    # Germany: CEST from 2026-03-29 01:00 UTC to 2026-10-25 01:00 UTC
    if dt.datetime(2026, 3, 29, 2, 0) <= d < dt.datetime(2026, 10, 25, 3, 0):
        return dt.timezone(dt.timedelta(hours=2))
    return dt.timezone(dt.timedelta(hours=1))


def rfcdate(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=int(hashlib.md5(s.encode()).hexdigest()[:2], 16) % 60)
    return format_datetime(d.replace(tzinfo=_tz_for(d)))


def msgid(key, domain):
    h = hashlib.sha1(("dev32/" + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:12].upper(), h[12:20], domain)


def boundary(key, n):
    h = hashlib.sha1(("b/%s/%d" % (key, n)).encode()).hexdigest()
    return "----=_NextPart_%s_%s" % (h[:8].upper(), h[8:20])

# --------------------------------------------------------------------------
# attachment builders
# --------------------------------------------------------------------------

def _fix_zip(data):
    """Rewrite an office/zip container with fixed member times and fixed metadata dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                txt = content.decode("utf-8")
                txt = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "2026-01-02T08:00:00Z", txt)
                txt = re.sub(r"<meta:editing-duration>[^<]*</meta:editing-duration>", "", txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def _latin(s):
    rep = {"€": "EUR", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
           "–": "-", "—": "-", "…": "...", "•": "-", "→": "->", "≥": ">=", "≤": "<=",
           "\u00a0": " ", "½": "1/2", "×": "x"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(lines, title="Dokument", author="Weidenhof"):
    """PDF with a text layer. lines: list of str; '# ' = heading, '' = blank line."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DOC_DT.replace(tzinfo=dt.timezone.utc))
    p.set_title(_latin(title))
    p.set_author(_latin(author))
    p.set_creator("dev32")
    p.set_producer("dev32")
    p.set_auto_page_break(True, 18)
    p.add_page()
    for ln in lines:
        if ln.startswith("# "):
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, _latin(ln[2:]), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif ln == "":
            p.ln(4)
        else:
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, _latin(ln), new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def docx(paras, tables=(), author="Weidenhof"):
    """paras: list of str ('# ' heading). tables: list of row lists appended after paras,
    or insert a table at a position with a para item of type list."""
    import docx as _d
    d = _d.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.revision = 1
    def add_table(rows):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
    for p in paras:
        if isinstance(p, list):
            add_table(p)
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    for t in tables:
        add_table(t)
    b = io.BytesIO()
    d.save(b)
    return _fix_zip(b.getvalue())


def xlsx(sheets, author="Weidenhof"):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return _fix_zip(b.getvalue())


def ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
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
    return _fix_zip(b.getvalue())


def odt(paras):
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
    return _fix_zip(b.getvalue())


def csvdata(rows, encoding="utf-8", delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics(uid, start, end, summary, location="", description="", organizer="", attendees=(), method="REQUEST"):
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weidenhof Versicherungsgruppe//Kalender//DE",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260102T080000Z",
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if organizer:
        L.append("ORGANIZER:mailto:" + organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in L:  # fold at 74 octets
        b = l.encode("utf-8")
        while len(b) > 74:
            cut = 74
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def zipdata(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def image(seed, w=640, h=480, fmt="JPEG"):
    """A photo-like picture without any text (noise + shapes)."""
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    base = (r.randint(60, 200), r.randint(60, 200), r.randint(60, 200))
    im = Image.new("RGB", (w, h), base)
    dr = ImageDraw.Draw(im)
    for _ in range(40):
        x0, y0 = r.randint(0, w), r.randint(0, h)
        x1, y1 = x0 + r.randint(10, 200), y0 + r.randint(10, 150)
        c = tuple(max(0, min(255, v + r.randint(-60, 60))) for v in base)
        if r.random() < 0.5:
            dr.rectangle([x0, y0, x1, y1], fill=c)
        else:
            dr.ellipse([x0, y0, x1, y1], fill=c)
    b = io.BytesIO()
    if fmt == "JPEG":
        im.save(b, "JPEG", quality=70)
    else:
        im.save(b, "PNG", optimize=False)
    return b.getvalue()

# attachment descriptor: (filename, maintype, subtype, data, params)
def att(filename, data, ctype=None, charset=None, inline=False, cid=None):
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {
            "pdf": "application/pdf",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
            "odt": "application/vnd.oasis.opendocument.text",
            "csv": "text/csv", "ics": "text/calendar", "zip": "application/zip",
            "jpg": "image/jpeg", "png": "image/png", "txt": "text/plain",
            "log": "text/plain", "pem": "application/x-pem-file", "xml": "application/xml",
        }[ext]
    return {"filename": filename, "ctype": ctype, "data": data, "charset": charset,
            "inline": inline, "cid": cid}


def fwd(key, frm, to, subject, date, body, cc=None, charset="utf-8", cte="quoted-printable", atts=(), domain=None):
    """A complete inner message to be attached as message/rfc822."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    dom = domain or frm.rsplit("@", 1)[-1].strip(">")
    m["Message-ID"] = msgid(key + "/inner", dom)
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte=cte)
    if atts:
        _wrap_mixed(m, key + "/inner", atts)
    return {"filename": None, "ctype": "message/rfc822", "data": m, "charset": None,
            "inline": False, "cid": None, "fname": _fname(subject)}


def _fname(subject):
    s = re.sub(r"[^A-Za-z0-9ÄÖÜäöüß _.-]", "", subject).strip()[:60] or "Nachricht"
    return s + ".eml"

# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------

def _text_part(text, subtype, charset, cte):
    p = MIMEPart(policy=policy.SMTP)
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return p


def _att_part(a, key, idx):
    if a["ctype"] == "message/rfc822":
        p = MIMEPart(policy=policy.SMTP)
        p.set_content(a["data"])
        p.add_header("Content-Disposition", "attachment", filename=a["fname"])
        return p
    p = MIMEPart(policy=policy.SMTP)
    mt, st = a["ctype"].split("/")
    data = a["data"]
    params = {}
    if a["charset"]:
        params["charset"] = a["charset"]
    p.set_content(data, maintype=mt, subtype=st, cte="base64",
                  disposition="inline" if a["inline"] else "attachment",
                  filename=a["filename"], params=params)
    if a["cid"]:
        p["Content-ID"] = "<%s>" % a["cid"]
    return p


def _multipart(subtype, parts, key, n):
    m = MIMEPart(policy=policy.SMTP)
    m["Content-Type"] = "multipart/%s" % subtype
    m.set_boundary(boundary(key, n))
    for p in parts:
        m.attach(p)
    return m


def _wrap_mixed(msg, key, atts, nstart=9):
    """Turn single-part top-level msg into multipart/mixed with attachments."""
    body = MIMEPart(policy=policy.SMTP)
    for h in ("Content-Type", "Content-Transfer-Encoding"):
        if h in msg:
            body[h] = msg[h]
    body._payload = msg._payload  # raw (keeps 8bit surrogate-escaped text intact)
    for h in ("Content-Type", "Content-Transfer-Encoding"):
        del msg[h]
    msg["Content-Type"] = "multipart/mixed"
    msg.set_boundary(boundary(key, nstart))
    msg.set_payload([body] + [_att_part(a, key, i) for i, a in enumerate(atts)])


def text_to_html(text):
    out = []
    for para in text.replace("\r\n", "\n").split("\n\n"):
        lines = [htmlmod.escape(l) for l in para.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="border-left:2px solid #1f4e79;padding-left:8px;color:#555">%s</blockquote>' % "<br>\n".join(lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return "\n".join(out)


def html_doc(inner, font="Calibri"):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head>\n'
            '<body style="font-family:%s,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % (font, inner))


def table_html(rows, header=True):
    h = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and header) else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(str(c)), tag) for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def table_text(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


MAILS = []


def mail(key, label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None,
         cc=None, atts=(), charset="utf-8", cte="quoted-printable", form=None,
         html_charset=None, html_cte="quoted-printable", reply_to=None, irt=None,
         extra_headers=(), mailer=None, related=()):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), key
    assert lang in ("de", "en"), key
    assert "\t" not in reason and "\n" not in reason
    if cte == "7bit" and body is not None:
        assert body.isascii(), "7bit body not ASCII: " + key
    if form is None:
        form = "alt" if (body is not None and html is not None) else ("html" if html is not None else "plain")
    MAILS.append(dict(key=key, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subject=subject, date=date, body=body, html=html, cc=cc, atts=list(atts),
                      charset=charset, cte=cte, form=form, html_charset=html_charset or charset,
                      html_cte=html_cte, reply_to=reply_to, irt=irt, extra=list(extra_headers),
                      mailer=mailer, related=list(related)))


def build(m):
    key = m["key"]
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = rfcdate(m["date"])
    dom = m["frm"].rsplit("@", 1)[-1].strip(">").strip()
    msg["Message-ID"] = msgid(key, dom)
    if m["irt"]:
        irt = msgid(m["irt"], m["irt"].split("|")[-1]) if "|" in m["irt"] else m["irt"]
        msg["In-Reply-To"] = irt
        msg["References"] = irt
    for h, v in m["extra"]:
        msg[h] = v
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    msg["MIME-Version"] = "1.0"
    form = m["form"]
    if form == "plain":
        msg.set_content(m["body"].replace("\r\n", "\n") if m["body"].endswith("\n") else m["body"] + "\n",
                        charset=m["charset"], cte=m["cte"])
    elif form == "html":
        msg.set_content(m["html"], subtype="html", charset=m["html_charset"], cte=m["html_cte"])
    elif form == "alt":
        tp = _text_part(m["body"], "plain", m["charset"], m["cte"])
        hp = _text_part(m["html"], "html", m["html_charset"], m["html_cte"])
        if m["related"]:
            hp = _multipart("related", [hp] + [_att_part(a, key, 90 + i) for i, a in enumerate(m["related"])], key, 2)
        alt = _multipart("alternative", [tp, hp], key, 1)
        msg["Content-Type"] = alt["Content-Type"]
        msg._payload = alt._payload
    else:
        raise ValueError(form)
    if m["atts"]:
        _wrap_mixed(msg, key, m["atts"])
    return msg.as_bytes(policy=policy.SMTP)

# ==========================================================================
# PEOPLE, COMPANIES, SIGNATURES  (all fictitious)
# ==========================================================================
D = "weidenhof-versicherung.example"
WWW = "www.weidenhof-versicherung.example"
ADR = "Weidenhofallee 12 · 65189 Wiesbaden"

FOOT_KV = """\
--
Weidenhof Krankenversicherung AG · Sitz Wiesbaden · Amtsgericht Wiesbaden HRB 41207
Vorstand: Dr. Corinna Albrecht (Vors.), Henrik Salzmann, Beate Ruhland
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus-Dieter Wendlandt
Diese Nachricht ist ausschließlich für den angegebenen Empfänger bestimmt. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOT_ALLG = """\
--
Weidenhof Allgemeine Versicherung AG · Sitz Wiesbaden · Amtsgericht Wiesbaden HRB 41208
Vorstand: Markus Theisen (Vors.), Dr. Ines Kalkbrenner, Jörg Pfannmüller
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus-Dieter Wendlandt
Informationen zum Datenschutz: www.weidenhof-versicherung.example/datenschutz"""

FOOT_LV = """\
--
Weidenhof Lebensversicherung AG · Sitz Wiesbaden · Amtsgericht Wiesbaden HRB 41209
Vorstand: Henrik Salzmann (Vors.), Dr. Tamara Essig
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus-Dieter Wendlandt"""

FOOT_EN = """\
--
Weidenhof Krankenversicherung AG · registered office Wiesbaden, Germany
Local court Wiesbaden HRB 41207 · Management board: Dr. Corinna Albrecht (chair),
Henrik Salzmann, Beate Ruhland · Chair of the supervisory board: Prof. Dr. Klaus-Dieter Wendlandt
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it."""


def sig_de(name, dept, company, phone, mail, fax=None, greeting="Mit freundlichen Grüßen"):
    fx = " · Fax 0611 94470-%s" % fax if fax else ""
    return "%s\n\n%s\n%s\n%s\n%s\nTelefon 0611 94470-%s%s\n%s · %s" % (
        greeting, name, dept, company, ADR, phone, fx, mail, WWW)


def sig_en(name, dept, company, phone, mail, greeting="Kind regards"):
    return "%s\n\n%s\n%s\n%s\nWeidenhofallee 12, 65189 Wiesbaden, Germany\nPhone +49 611 94470-%s\n%s" % (
        greeting, name, dept, company, phone, mail)

KV = "Weidenhof Krankenversicherung AG"
ALLG = "Weidenhof Allgemeine Versicherung AG"
LV = "Weidenhof Lebensversicherung AG"

# insurer staff (each always signs the same way)
KROEGER = "Sabine Kröger <sabine.kroeger@%s>" % D
SIG_KROEGER = sig_de("Sabine Kröger", "Leistungsabteilung ambulant", KV, "3312", "sabine.kroeger@" + D, fax="3399")
OBERLAENDER = "Dr. med. Matthias Oberländer <matthias.oberlaender@%s>" % D
SIG_OBERLAENDER = sig_de("Dr. med. Matthias Oberländer", "Beratungsarzt · Leistungsmanagement", KV, "3480", "matthias.oberlaender@" + D)
HARTWIG = "Yvonne Hartwig <yvonne.hartwig@%s>" % D
SIG_HARTWIG = sig_de("Yvonne Hartwig", "Leistungsabteilung stationär / Kostenübernahmen", KV, "3351", "yvonne.hartwig@" + D, fax="3359")
RENNERT = "Tobias Rennert <tobias.rennert@%s>" % D
SIG_RENNERT = sig_de("Tobias Rennert", "Leistungsabteilung Zahn", KV, "3370", "tobias.rennert@" + D)
PFEIFFER = "Karin Pfeiffer-Lentz <karin.pfeiffer-lentz@%s>" % D
SIG_PFEIFFER = sig_de("Karin Pfeiffer-Lentz", "Pflegeberatung / Pflegepflichtversicherung", KV, "3520", "karin.pfeiffer-lentz@" + D)
STAUDT = "Jan-Philipp Staudt <jan-philipp.staudt@%s>" % D
SIG_STAUDT = sig_de("Jan-Philipp Staudt", "Firmenkunden Heilwesen", ALLG, "2240", "jan-philipp.staudt@" + D, greeting="Viele Grüße")
ACAR = "Melanie Acar <melanie.acar@%s>" % D
SIG_ACAR = sig_de("Melanie Acar", "Schaden Sach Gewerbe", ALLG, "2615", "melanie.acar@" + D, fax="2699")
DOMBROWSKI = "Ralf Dombrowski <ralf.dombrowski@%s>" % D
SIG_DOMBROWSKI = sig_de("Ralf Dombrowski", "Haftpflichtschaden Heilwesen", ALLG, "2655", "ralf.dombrowski@" + D, fax="2699")
VOGELSANG = "Dr. Henrike Vogelsang <henrike.vogelsang@%s>" % D
SIG_VOGELSANG = sig_de("Dr. Henrike Vogelsang", "Leiterin Versorgungsmanagement", KV, "3600", "henrike.vogelsang@" + D)
BECKMANN = "Christian Beckmann <christian.beckmann@%s>" % D
SIG_BECKMANN = sig_de("Christian Beckmann", "Vertragsmanagement Kliniken und Leistungserbringer", KV, "3615", "christian.beckmann@" + D)
KRETSCHMER = "Oliver Kretschmer <oliver.kretschmer@%s>" % D
SIG_KRETSCHMER = "Gruß\nOliver Kretschmer\nIT-Servicedesk · Partneranbindung\nTel. 0611 94470-1100 · it-servicedesk@" + D
EBERSBACH = "Dr. Ulrich Ebersbach <datenschutz@%s>" % D
SIG_EBERSBACH = sig_de("Dr. Ulrich Ebersbach", "Konzerndatenschutzbeauftragter", "Weidenhof Versicherungsgruppe", "1900", "datenschutz@" + D)
LAMPRECHT = "Friederike Lamprecht <friederike.lamprecht@%s>" % D
SIG_LAMPRECHT = sig_de("Friederike Lamprecht", "Leistungsprüfung Berufsunfähigkeit", LV, "4410", "friederike.lamprecht@" + D)
YILMAZ = "Murat Yilmaz <murat.yilmaz@%s>" % D
SIG_YILMAZ = sig_de("Murat Yilmaz", "Kfz-Flotten und Gewerbe-Kfz", ALLG, "2810", "murat.yilmaz@" + D)
BRANDT = "Stefanie Brandt <stefanie.brandt@%s>" % D
SIG_BRANDT = sig_de("Stefanie Brandt", "Kollektivverträge bKV / bAV", KV, "3720", "stefanie.brandt@" + D)
SAUERBREY = "Petra Sauerbrey <petra.sauerbrey@%s>" % D
SIG_SAUERBREY = sig_de("Petra Sauerbrey", "Leistung Unfallversicherung", ALLG, "2730", "petra.sauerbrey@" + D)
DONNELLY = "Claire Donnelly <claire.donnelly@%s>" % D
SIG_DONNELLY = sig_en("Claire Donnelly", "International Health Desk", KV, "3800", "expat@" + D)
BELLINI = "Marco Bellini <marco.bellini@%s>" % D
SIG_BELLINI = sig_en("Marco Bellini", "International Health Desk · Provider Relations", KV, "3805", "marco.bellini@" + D)
FELDMANN = "Lukas Feldmann <lukas.feldmann@%s>" % D
SIG_FELDMANN = sig_de("Lukas Feldmann", "Beschwerdemanagement", KV, "1450", "lukas.feldmann@" + D)
HOLLERBACH = "Anke Hollerbach <anke.hollerbach@%s>" % D
SIG_HOLLERBACH = sig_de("Anke Hollerbach", "Rechnungsprüfung stationär", KV, "3365", "anke.hollerbach@" + D)
WINTERSTEIN = "Jonas Winterstein <jonas.winterstein@%s>" % D
SIG_WINTERSTEIN = sig_de("Jonas Winterstein", "Einkauf & Ausschreibungen", "Weidenhof Versicherungsgruppe", "1620", "jonas.winterstein@" + D)
GEISLER = "Tanja Geisler <tanja.geisler@%s>" % D
SIG_GEISLER = sig_de("Tanja Geisler", "Antragsprüfung Leben / Risikoprüfung", LV, "4230", "tanja.geisler@" + D)
NOREPLY = "Weidenhof SecureMail <securemail-noreply@%s>" % D

# ==========================================================================
# MAILS — STRICTLY_CONFIDENTIAL, part 1
# ==========================================================================

mail("s01", "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
     "GP practice asks cost coverage for rehab sport of a named insured with knee arthrosis (M17.0) and obesity",
     frm="Praxis Dr. Reinholz <praxis@praxis-reinholz.example>", to="leistung-kv@" + D,
     subject="Kostenübernahme Rehabilitationssport – Frau Renate Pawlitzki",
     date="2026-02-03 10:14", mailer="Microsoft Outlook 16.0", body="""\
Sehr geehrte Damen und Herren,

für unsere Patientin Frau Renate Pawlitzki (Versicherungsnummer KV-4471-208815)
bitten wir um Kostenübernahme für Rehabilitationssport (Funktionstraining im Wasser,
50 Übungseinheiten innerhalb von 18 Monaten).

Diagnosen:
- Gonarthrose beidseits, links betont (M17.0)
- Z. n. Arthroskopie Kniegelenk links 10/2025
- Adipositas Grad I (E66.0)

Frau Pawlitzki hat die Physiotherapie im Januar abgeschlossen, die Belastbarkeit ist
aber weiterhin deutlich eingeschränkt (Gehstrecke ca. 500 m). Aus hausärztlicher
Sicht ist das Funktionstraining notwendig, um eine Verschlechterung zu vermeiden.
Die Verordnung (Muster 56) liegt der Patientin vor und wird von ihr direkt eingereicht.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
i. A. Jessica Lindner, MFA

Praxis Dr. med. Anja Reinholz
Fachärztin für Allgemeinmedizin
Rathausstraße 41 · 65203 Wiesbaden-Biebrich
Tel. 0611 60 44 81 · Fax 0611 60 44 89
""")

mail("s02", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "medical adviser requests surgery report for a named insured's knee replacement (M17.1, GOÄ 2153)",
     frm=OBERLAENDER, to="Gemeinschaftspraxis Dr. Keller & Dr. Nowak <info@ortho-keller-nowak.example>",
     subject="Anforderung OP-Bericht – Herr Hans-Werner Kiefer, geb. 14.09.1957 – LF-26-104877",
     date="2026-01-21 15:40", body="""\
Sehr geehrter Herr Dr. Nowak,

uns liegt Ihre Liquidation vom 08.01.2026 über die Implantation einer
Knie-Totalendoprothese links bei unserem Versicherten Herrn Hans-Werner Kiefer vor
(u. a. GOÄ 2153, 2144 analog, 440, 445). Als Diagnose ist primäre Gonarthrose
links (M17.1) angegeben.

Für die Prüfung der analog berechneten Position und des Zuschlags nach GOÄ 445 benötigen
wir den OP-Bericht sowie den Anästhesieverlauf. Eine Schweigepflichtentbindung von
Herrn Kiefer liegt uns vor (Kopie auf Wunsch).

Bitte senden Sie die Unterlagen über unser SecureMail-Portal oder per Fax an
0611 94470-3499. Vielen Dank.

""" + SIG_OBERLAENDER + "\n\n" + FOOT_KV)

_s03_rows = [["Datum", "GOÄ", "Leistung", "Faktor", "Betrag", "erstattet"],
             ["12.02.2026", "1", "Beratung", "2,3", "10,72 €", "10,72 €"],
             ["12.02.2026", "5", "Symptombezogene Untersuchung", "2,3", "10,72 €", "10,72 €"],
             ["12.02.2026", "750", "Auflichtmikroskopie (Dermatoskopie)", "2,3", "20,11 €", "20,11 €"],
             ["12.02.2026", "2403", "Exzision Hautveränderung", "2,3", "17,43 €", "17,43 €"],
             ["19.02.2026", "4815", "Histologische Untersuchung", "1,15", "18,77 €", "18,77 €"],
             ["", "", "Summe", "", "77,75 €", "77,75 €"]]
mail("s03", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "benefit statement with GOÄ positions of a dermatologist invoice (excision, histology) for the named addressee, table in text and HTML",
     frm=KROEGER, to="Elke Brandstätter <e.brandstaetter@mailbox.example>",
     subject="Ihre Leistungsabrechnung vom 09.03.2026 – Versicherungsnummer KV-4471-319022",
     date="2026-03-09 11:02", body="""\
Sehr geehrte Frau Brandstätter,

vielen Dank für die Einreichung der Rechnung von Frau Dr. Ilona Schwarzkopf
(Hautarztpraxis am Dern'schen Gelände) vom 20.02.2026. Wir haben wie folgt erstattet:

""" + table_text(_s03_rows) + """

Der Betrag von 77,75 € wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen.
Ihr Selbstbehalt für 2026 ist damit vollständig ausgeschöpft.

""" + SIG_KROEGER + "\n\n" + FOOT_KV,
     html=html_doc("<p>Sehr geehrte Frau Brandstätter,</p>"
                   "<p>vielen Dank für die Einreichung der Rechnung von Frau Dr. Ilona Schwarzkopf "
                   "(Hautarztpraxis am Dern'schen Gelände) vom 20.02.2026. Wir haben wie folgt erstattet:</p>"
                   + table_html(_s03_rows) +
                   "<p>Der Betrag von 77,75 € wird in den nächsten Tagen auf Ihr bekanntes Konto überwiesen. "
                   "Ihr Selbstbehalt für 2026 ist damit vollständig ausgeschöpft.</p>"
                   + text_to_html(SIG_KROEGER) + "<hr>" + text_to_html(FOOT_KV)))

mail("s04", "STRICTLY_CONFIDENTIAL", "de", "dentist-to-insurer",
     "harmless body; the attached PDF is a dental treatment plan (implant 36, GOZ 9010/9100) of a named patient with birth date",
     frm="Sandra Weil – Zahnarztpraxis Dr. Ostrowski <verwaltung@zahnarzt-ostrowski.example>",
     to="leistung-zahn@" + D, subject="Unterlagen zur Prüfung",
     date="2026-04-14 08:51", body="""\
Sehr geehrte Damen und Herren,

anbei wie heute telefonisch besprochen die Unterlagen zur Prüfung.
Über eine kurze Rückmeldung bis Ende des Monats würden wir uns freuen.

Freundliche Grüße
Sandra Weil
Praxismanagement

Zahnarztpraxis Dr. med. dent. Fabian Ostrowski
Aarstraße 5 · 65232 Taunusstein
Telefon 06128 97 33 10
""", atts=[att("HKP_2026-0412.pdf", pdf([
    "# Heil- und Kostenplan (Privatbehandlung)",
    "Zahnarztpraxis Dr. med. dent. Fabian Ostrowski, Aarstraße 5, 65232 Taunusstein",
    "",
    "Patientin: Annika Vollrath, geb. 22.05.1979",
    "Anschrift: Hohlweg 7, 65232 Taunusstein-Hahn",
    "Versicherung: Weidenhof Krankenversicherung AG, Tarif ZahnPlus 90",
    "",
    "Befund: Zahn 36 fehlt (Extraktion 01/2026 nach Längsfraktur der mesialen Wurzel).",
    "Vertikales Knochenangebot regio 36 reduziert (DVT vom 02.04.2026, 7,5 mm).",
    "Nachbarzähne 35 und 37 karies- und füllungsfrei.",
    "",
    "Geplante Therapie: Implantat regio 36 mit Augmentation, anschließend Vollkeramikkrone.",
    "",
    "GOZ 9000  Implantatbezogene Analyse und Vermessung      1x  Faktor 2,3   86,51 EUR",
    "GOZ 9010  Implantatinsertion                             1x  Faktor 2,3  174,92 EUR",
    "GOZ 9100  Aufbau des Alveolarfortsatzes                  1x  Faktor 2,3  352,59 EUR",
    "GOZ 9140  Intraorale Entnahme von Knochen                1x  Faktor 2,3   69,96 EUR",
    "GOZ 2200  Vollkrone (Tangentialpräparation)              1x  Faktor 2,3  148,99 EUR",
    "Material- und Laborkosten (geschätzt)                                  2.640,00 EUR",
    "Implantat und Aufbauteile                                              1.397,03 EUR",
    "",
    "Voraussichtliche Gesamtkosten: 4.870,00 EUR",
    "",
    "Taunusstein, 10.04.2026          Dr. med. dent. Fabian Ostrowski",
], title="Heil- und Kostenplan", author="Praxis Ostrowski"))])

mail("s05", "STRICTLY_CONFIDENTIAL", "de", "billing-centre-to-insurer",
     "billing centre justifies factor 3.5 for a named patient with morbid obesity and post-stroke immobility; reply with quoted history",
     frm="Dirk Vollmer <d.vollmer@medabrechnung-taunus.example>", to=KROEGER,
     subject="AW: Kürzung Rechnung R-2026-04418 / Ihr Zeichen LF-26-109532",
     date="2026-03-17 13:26", irt="s05q|" + D, body="""\
Sehr geehrte Frau Kröger,

im Auftrag von Herrn Dr. med. Rüdiger Hamann (Innere Medizin, Idstein) nehmen wir zu
Ihrer Kürzung wie folgt Stellung:

Die Überschreitung des Schwellenwertes bei GOÄ 5 und 7 (Faktor 3,5) ist in der
Rechnung begründet. Bei Herrn Lütjens bestehen eine Adipositas permagna (BMI 46) sowie
eine deutlich eingeschränkte Mobilität nach Apoplex im Jahr 2024. Die Untersuchung
musste teilweise im Sitzen durchgeführt werden und dauerte ca. 40 Minuten. Das ist aus
unserer Sicht eine patientenbezogene Besonderheit im Sinne von § 5 Abs. 2 GOÄ.

Wir bitten um Nachzahlung des gekürzten Betrages von 23,46 € an den Patienten.

Mit freundlichen Grüßen
Dirk Vollmer
Sachbearbeitung Privatliquidation

MedAbrechnung Taunus GmbH
Schwalbacher Straße 62 · 65343 Eltville
Tel. 06123 70 58-22
Geschäftsführer: Frank Scholl · AG Wiesbaden HRB 28871

-----Ursprüngliche Nachricht-----
Von: Sabine Kröger <sabine.kroeger@weidenhof-versicherung.example>
Gesendet: Mittwoch, 11. März 2026 09:12
An: info@medabrechnung-taunus.example
Betreff: Kürzung Rechnung R-2026-04418 / Ihr Zeichen LF-26-109532

Sehr geehrte Damen und Herren,

zur Rechnung R-2026-04418 für unseren Versicherten Herrn Gerhard Lütjens haben wir die
GOÄ-Ziffern 5 und 7 auf den Schwellenwert 2,3 gekürzt, da die Begründung „erhöhter
Zeitaufwand“ allein nicht ausreicht. Bitte teilen Sie uns die patientenbezogene
Begründung mit.

Mit freundlichen Grüßen
Sabine Kröger
""")

mail("s06", "STRICTLY_CONFIDENTIAL", "de", "pharmacy-to-insurer",
     "pharmacy asks pre-approval for an adalimumab prescription (PZN, price) for a named insured; iso-8859-1",
     frm="Kochbrunnen-Apotheke <rezeptur@kochbrunnen-apotheke.example>", to="leistung-kv@" + D,
     subject="Anfrage Kostenzusage Hochpreiser - Herr Karl-Heinz Dönges",
     date="2026-02-26 09:05", charset="iso-8859-1", cte="quoted-printable", body="""\
Guten Morgen,

uns liegt ein Privatrezept von Frau Dr. Weißgerber (Rheumatologie, Mainz) für Ihren
Versicherten Herrn Karl-Heinz Dönges, Mühlgasse 3, 65183 Wiesbaden, vor:

  Adalimumab 40 mg Injektionslösung im Fertigpen, 6 St. (N2)
  PZN 17264599, AVP 4.312,88 EUR
  Dosierung: alle 14 Tage 1 Pen s.c.

Herr Dönges möchte das Medikament nicht vorstrecken. Können Sie uns eine Kostenzusage
für die Direktabrechnung geben? Die Versicherungsnummer lautet KV-4470-087113.
Wir würden die Packung sonst zurückstellen, bis Ihre Antwort vorliegt.

Mit freundlichen Grüßen
Gül Demir
Apothekerin

Kochbrunnen-Apotheke · Inh. Gül Demir e.K.
Kranzplatz 4 · 65183 Wiesbaden · Tel. 0611 52 90 17
""")

mail("s07", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
     "care adviser tells a nursing service the status of a named insured's application for care level 3, incl. assessment date; quoted question",
     frm=PFEIFFER, to="Monika Hauser <pdl@pflegedienst-lebensfreude.example>",
     subject="AW: Höherstufung Herr Oestreich", date="2026-04-22 14:48", irt="s07q|pflegedienst-lebensfreude.example", body="""\
Sehr geehrte Frau Hauser,

der Antrag auf Höherstufung für Herrn Wilhelm Oestreich ist am 09.04. bei uns
eingegangen. Die Begutachtung durch unseren Gutachterdienst findet am 12.05.2026
zwischen 10 und 12 Uhr in der Wohnung statt; Herr Oestreich bzw. seine Tochter hat
die Terminbestätigung bereits erhalten. Bitte legen Sie die Pflegedokumentation der
letzten vier Wochen und den aktuellen Medikamentenplan bereit.

Bis zur Entscheidung gilt weiter Pflegegrad 2. Eine Höherstufung würde rückwirkend
ab Antragsmonat wirksam.

""" + SIG_PFEIFFER + """

Am 20.04.2026 um 16:31 schrieb Monika Hauser:
> Sehr geehrte Frau Pfeiffer-Lentz,
> wir betreuen Herrn Oestreich (Pflegeversicherung bei Ihnen, Nr. PV-4471-552190)
> seit 2024. Nach dem Sturz im März ist er kaum noch mobil, die Demenz schreitet
> voran, nachts ist er zunehmend unruhig. Die Tochter hat Anfang April die
> Höherstufung auf Pflegegrad 3 beantragt. Gibt es schon einen Termin für die
> Begutachtung? Wir müssten die Einsätze entsprechend planen.
>
> Mit freundlichen Grüßen
> Monika Hauser, Pflegedienstleitung
> Ambulanter Pflegedienst Lebensfreude GmbH
""")

mail("s08", "STRICTLY_CONFIDENTIAL", "de", "nursing-home-to-insurer",
     "nursing home sends care-home cost statement of a named resident with care level 4 (XLSX) for daily care allowance",
     frm="Renate Igel <verwaltung@haus-sonnenhang.example>", to="pflege@" + D,
     subject="Heimkostenbestätigung Q1/2026 – Frau Irmgard Sauer (PT-4472-301877)",
     date="2026-04-08 10:37", body="""\
Sehr geehrte Damen und Herren,

auf Wunsch von Frau Sauers Sohn, Herrn Michael Sauer (Bevollmächtigter), übersenden wir
die Heimkostenbestätigung für das erste Quartal 2026 zur Vorlage bei Ihrer
Pflegetagegeldversicherung. Frau Sauer wird seit dem 01.02.2026 in Pflegegrad 4
versorgt (vorher Pflegegrad 3); der Bescheid der Pflegekasse liegt Ihnen laut Herrn
Sauer bereits vor.

Die Aufstellung enthält Pflegesatz, Unterkunft/Verpflegung, Investitionskosten und den
Leistungszuschlag nach § 43c SGB XI.

Mit freundlichen Grüßen
Renate Igel
Verwaltung / Bewohnerabrechnung

Seniorenresidenz Haus Sonnenhang gGmbH
Am Sonnenhang 20 · 65307 Bad Schwalbach
Telefon 06124 70 39-0 · AG Wiesbaden HRB 30417 · Heimleitung: Bernhard Quast
""", atts=[att("Heimkosten_Sauer_Irmgard_Q1-2026.xlsx", xlsx([("Q1 2026", [
    ["Bewohnerin", "Irmgard Sauer, geb. 03.07.1938", "", "", ""],
    ["Zimmer", "2.14 (Einzelzimmer)", "", "", ""],
    ["Monat", "Pflegegrad", "Pflegesatz", "U+V / Invest", "Zuschlag § 43c"],
    ["Januar 2026", 3, 2516.40, 1489.72, -460.00],
    ["Februar 2026", 4, 2917.24, 1345.56, -420.00],
    ["März 2026", 4, 3229.80, 1489.72, -465.00],
    ["Summe", "", 8663.44, 4325.00, -1345.00],
])], author="Haus Sonnenhang"))])

mail("s09", "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
     "physiotherapist disputes cut of neurological physio for a named patient after stroke with hemiparesis; quotes the rejection",
     frm="Sven Lüders <praxis@physio-bewegungsraum.example>", to=KROEGER,
     subject="Re: Ihre Kürzung KG-ZNS – Herr Kaminski", date="2026-05-06 19:22", irt="s09q|" + D,
     mailer="Mozilla Thunderbird", cte="8bit", body="""\
Hallo Frau Kröger,

ich verstehe die Kürzung nicht. Herr Kaminski hat seit seinem Schlaganfall im November
eine Hemiparese rechts, er kann den Arm kaum heben und läuft nur mit Rollator. Das ist
genau der Fall für KG-ZNS nach Bobath, nicht für normale Krankengymnastik. Die
Verordnung von Dr. Stenzel sagt ausdrücklich "KG-ZNS", Diagnose I63.5 steht drauf.

Ich habe meine Zusatzqualifikation Bobath (2019) angehängt, falls das die Frage ist.
Bitte prüfen Sie das noch mal, Herr Kaminski hat die Rechnung schon bezahlt und
wartet auf sein Geld.

Viele Grüße
Sven Lüders
Physiotherapie Bewegungsraum – Inh. Sven Lüders
Biebricher Allee 102, 65187 Wiesbaden, Tel. 0611 18 27 64

Am 04.05.2026 um 10:05 schrieb Sabine Kröger:
> Sehr geehrter Herr Lüders,
>
> zur Rechnung Nr. 2026-117 (Herr Bernd Kaminski) haben wir die Position
> "KG-ZNS" mit dem Satz für allgemeine Krankengymnastik erstattet, da uns kein
> Nachweis über die Zusatzqualifikation vorliegt.
>
> Mit freundlichen Grüßen
> Sabine Kröger
""")

mail("s10", "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
     "body only announces a report; the DOCX is a psychotherapy extension report with F33.1 and history of a named patient",
     frm="Miriam Achterberg <praxis@praxis-achterberg.example>", to="leistung-kv@" + D,
     subject="Fortführungsantrag VT – Bericht anbei", date="2026-06-02 17:45", body="""\
Sehr geehrte Damen und Herren,

anbei der Bericht zum Fortführungsantrag (Verhaltenstherapie, Umwandlung in
Langzeittherapie) für eine bei Ihnen versicherte Patientin. Name und
Versicherungsnummer finden Sie im Bericht. Ich bitte um Weiterleitung an Ihren
Gutachter in einem verschlossenen Umschlag bzw. auf dem entsprechenden Weg.

Mit freundlichen Grüßen
Miriam Achterberg
Dipl.-Psych., Psychologische Psychotherapeutin (VT)
Kaiserstraße 28 · 55116 Mainz
""", atts=[att("Bericht_Fortfuehrung_Gutachter.docx", docx([
    "# Bericht an den Gutachter – Fortführung Verhaltenstherapie",
    "Patientin: Lea Hinrichs, 34 Jahre, Versicherungsnummer KV-4473-660241",
    "Bisherige Behandlung: 24 Sitzungen Kurzzeittherapie seit 09/2025",
    "Beantragt: Umwandlung in Langzeittherapie, 36 weitere Sitzungen à 50 Minuten",
    "# Diagnose",
    "F33.1 G Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode",
    "Z73 Probleme mit Bezug auf Schwierigkeiten bei der Lebensbewältigung (Überlastung)",
    "# Verlauf",
    "Die Patientin hat nach anfänglicher Stabilisierung im Januar einen Rückfall erlitten "
    "(Trennung, Arbeitsplatzkonflikt). Suizidgedanken wurden im Verlauf verneint, "
    "Antriebslosigkeit und Grübeln bestehen fort (BDI-II aktuell 24, zu Beginn 31).",
    "Die Verhaltensaktivierung zeigt erste Erfolge; kognitive Umstrukturierung und "
    "Rückfallprophylaxe sind noch nicht abgeschlossen.",
    "# Prognose",
    "Unter Fortführung günstig. Eine ambulante psychiatrische Mitbehandlung "
    "(Sertralin 100 mg) besteht seit 11/2025.",
    "Mainz, 01.06.2026 – Miriam Achterberg",
], author="Miriam Achterberg"))])

_s11_csv = [["RechNr", "Datum", "Patient", "Versicherungsnr", "GOÄ", "Bezeichnung", "Faktor", "Betrag"],
            ["L26-031144", "03.03.2026", "Stöhr, Marianne", "KV-4470-118230", "3561", "HbA1c", "1,15", "13,41"],
            ["L26-031144", "03.03.2026", "Stöhr, Marianne", "KV-4470-118230", "3560", "Glukose", "1,15", "2,68"],
            ["L26-031190", "04.03.2026", "Agaoglu, Serkan", "KV-4472-904415", "4395", "HCV-Antikörper", "1,15", "20,11"],
            ["L26-031190", "04.03.2026", "Agaoglu, Serkan", "KV-4472-904415", "3733", "Leberwerte (GPT)", "1,15", "2,68"],
            ["L26-031207", "05.03.2026", "Wendt, Jürgen", "KV-4471-772065", "3908.H3", "PSA gesamt", "1,15", "16,76"]]
mail("s11", "STRICTLY_CONFIDENTIAL", "de", "lab-to-insurer",
     "body speaks only of factors and positions; the windows-1252 CSV lists named patients with lab tests (HbA1c, HCV antibodies, PSA)",
     frm="Tanja Kolb <abrechnung@labor-brueckner.example>", to=KROEGER,
     subject="Korrigierte Sammelliste Direktabrechnung März",
     date="2026-04-02 11:18", body="""\
Sehr geehrte Frau Kröger,

wie besprochen anbei die korrigierte Sammelliste für März. Die Positionen aus
Kapitel M III/IV sind jetzt durchgehend mit Faktor 1,15 berechnet, die doppelt
erfasste Blutentnahme (GOÄ 250) ist herausgenommen.

Die Gesamtsumme reduziert sich dadurch um 41,90 €.

Viele Grüße aus Mainz
Tanja Kolb
Abrechnung

MVZ Labor Dr. Brückner & Kollegen GmbH
Rheinallee 81 · 55120 Mainz · Tel. 06131 58 07-0
Geschäftsführung: Dr. rer. nat. Stefan Brückner, Dr. med. Uta Kessel · AG Mainz HRB 47301
""", atts=[att("Sammelliste_2026-03_korr.csv", csvdata(_s11_csv, "windows-1252"),
               ctype="application/vnd.ms-excel")])

mail("s12", "STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
     "Spanish private hospital requests guarantee of payment for a named insured tourist with acute appendicitis (K35.8), DOB given",
     frm="Admisiones Internacionales <international@clinica-costa-azul.example>", to="expat@" + D,
     subject="URGENT – Guarantee of payment request – HULSMANN Dieter", date="2026-07-14 23:10",
     cte="8bit", body="""\
Dear colleagues,

Please find below a request for a guarantee of payment for your policyholder:

Patient:        Mr Dieter HULSMANN
Date of birth:  1961-03-08
Policy no.:     KV-4470-263318 (travel health cover)
Admission:      14/07/2026, 20:45, via Emergency Department
Diagnosis:      Acute appendicitis with localised peritonitis (K35.8)
Procedure:      Laparoscopic appendectomy, scheduled tonight
Estimated LOS:  3 nights, standard room
Estimated cost: EUR 6,400.00 (surgery, anaesthesia, ward, lab, imaging)

The patient is stable and has given written consent to share his medical data with
his insurer. We kindly ask for the guarantee by e-mail or fax (+34 952 000 418).

Kind regards,
Lucía Navarro Gil
International Patients Office
Clínica Costa Azul · Avenida del Mediterráneo 140 · 29016 Málaga · Spain
""")

mail("s13", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee-of-payment letter (PDF) for a named insured's childbirth in Dubai; body names the member and due date",
     frm=DONNELLY, to="Al Noor International Clinic – Insurance Desk <insurance@alnoor-clinic.example>",
     subject="Guarantee of Payment GOP-26-0871 – Ms Priya Raman-Schulze", date="2026-08-12 10:30",
     body="""\
Dear Insurance Desk,

Please find attached our Guarantee of Payment for the planned delivery of our member
Ms Priya Raman-Schulze (member ID EXP-88-41902), expected date of delivery
3 September 2026.

Cover is confirmed for a normal delivery or a medically necessary caesarean section,
private room, and newborn care for the first 14 days. Please send the final invoice
with the discharge summary directly to us; there is no co-payment for the member.

""" + SIG_DONNELLY + "\n\n" + FOOT_EN, atts=[att("GOP-26-0871.pdf", pdf([
    "# Guarantee of Payment GOP-26-0871",
    "Weidenhof Krankenversicherung AG - International Health Desk",
    "",
    "To: Al Noor International Clinic, Dubai Healthcare City",
    "Member: Ms Priya Raman-Schulze, date of birth 17/02/1991, member ID EXP-88-41902",
    "Employer / group: Rheintal Engineering GmbH, expatriate group plan Gold",
    "",
    "Treatment covered: maternity - delivery (vaginal or medically indicated caesarean),",
    "expected date of delivery 03/09/2026, gestational diabetes under dietary control (O24.4).",
    "Accommodation: private room, up to 4 nights (vaginal) / 6 nights (caesarean).",
    "Newborn: routine care and paediatric examination, first 14 days.",
    "",
    "Maximum amount guaranteed: AED 48,000 (about EUR 11,900).",
    "Exclusions: cord blood banking, non-medical items.",
    "",
    "Valid until 30/09/2026. Wiesbaden, 12/08/2026 - Claire Donnelly",
], title="Guarantee of Payment", author="Weidenhof International Health Desk"))])

mail("s14", "STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
     "English-speaking GP in Frankfurt asks prior authorisation for lumbar MRI with radicular symptoms of a named patient",
     frm="Dr Emily Hargreaves <e.hargreaves@ffm-family-practice.example>", to="expat@" + D,
     subject="Prior authorisation MRI – Jonathan Pryce", date="2026-03-25 12:07", body="""\
Dear International Health team,

I would be grateful for a prior authorisation for an MRI of the lumbar spine for my
patient Mr Jonathan Pryce (your member no. EXP-88-30127).

He has had left-sided sciatica in an L5 distribution for eight weeks, with reduced
sensation on the dorsum of the foot and mild weakness of big-toe extension. Six
weeks of physiotherapy and ibuprofen 600 mg tds have not helped. I would like to rule
out a disc herniation before referring him to a spinal surgeon.

The scan would be done at Radiologie am Kurpark in Wiesbaden next week.

Many thanks,
Emily

Dr Emily Hargreaves MRCGP
Frankfurt International Family Practice
Bockenheimer Landstraße 51 · 60325 Frankfurt am Main · +49 69 2578 3310
""")

mail("s15", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal note asks for medical adviser opinion; the details (named patient, hip replacement, wound-healing disorder, rehab extension) are only in the forwarded rfc822 mail",
     frm=HARTWIG, to=OBERLAENDER, subject="WG: Verlängerungsantrag AHB – LF-26-120377",
     date="2026-05-19 08:32", body="""\
Hallo Matthias,

kannst du dir bitte den Verlängerungsantrag der Hohen Wurzel anschauen (Mail anbei)?
Die Klinik braucht bis morgen Mittag eine Antwort. Sieben Tage klingt für mich
plausibel, ich will es aber nicht ohne dich zusagen.

Danke und Gruß
Yvonne
""", atts=[fwd("s15", "Reha-Zentrum Hohe Wurzel – Patientenverwaltung <patientenverwaltung@reha-hohe-wurzel.example>",
                 "yvonne.hartwig@" + D, "Verlängerungsantrag AHB – Frau Christa Mehlhorn, Aufnahme 05.05.2026",
                 "2026-05-18 16:05", """\
Sehr geehrte Frau Hartwig,

für Ihre Versicherte Frau Christa Mehlhorn (geb. 29.11.1949, Vers.-Nr. KV-4470-031566)
beantragen wir eine Verlängerung der Anschlussheilbehandlung um 7 Tage bis 02.06.2026.

Frau Mehlhorn wurde am 05.05.2026 nach Implantation einer Hüft-TEP rechts (Z96.64)
aufgenommen. Es besteht eine Wundheilungsstörung im distalen Narbenbereich mit
Serom, die eine tägliche Wundversorgung erfordert; die Vollbelastung ist derzeit nur
eingeschränkt möglich, Treppensteigen gelingt noch nicht sicher. Das Rehaziel
(selbstständige Versorgung in der eigenen Wohnung, 2. OG ohne Aufzug) ist bis zum
geplanten Entlassungstermin nicht erreichbar.

Mit freundlichen Grüßen
Dr. med. Almut Seibold
Chefärztin Orthopädie
Reha-Zentrum Hohe Wurzel GmbH · Am Kurpark 9 · 65307 Bad Schwalbach
""")])

mail("s16", "STRICTLY_CONFIDENTIAL", "de", "supply-shop-to-insurer",
     "medical-supply shop sends cost estimate (ODT) for a powered wheelchair for a named insured with multiple sclerosis",
     frm="Nicole Seip <n.seip@sanitaetshaus-rheinblick.example>", to="hilfsmittel@" + D,
     subject="Kostenvoranschlag KV-2026-0389 Elektrorollstuhl – Herr Thomas Eckstein",
     date="2026-06-16 09:58", body="""\
Sehr geehrte Damen und Herren,

anbei unser Kostenvoranschlag für die Versorgung von Herrn Thomas Eckstein
(Ihre Versicherungsnummer KV-4472-184409) mit einem Elektrorollstuhl inkl.
Sitzkantelung und Kopfstütze. Die ärztliche Verordnung von Herrn Dr. Lohmeier
(Neurologie, Wiesbaden) liegt bei.

Herr Eckstein kann den bisherigen Aktivrollstuhl wegen der zunehmenden Schwäche
beider Arme nicht mehr selbst antreiben. Eine Erprobung in seiner Wohnung hat am
11.06. stattgefunden.

Mit freundlichen Grüßen
Nicole Seip
Rehatechnik / Außendienst

Sanitätshaus Rheinblick GmbH · Mainzer Straße 210 · 65189 Wiesbaden
Tel. 0611 33 61 40 · AG Wiesbaden HRB 21934 · GF: Rainer Kolbe
""", atts=[att("KVA_2026-0389_Eckstein.odt", odt([
    "# Kostenvoranschlag KV-2026-0389",
    "Versicherter: Thomas Eckstein, geb. 19.10.1972, Lahnstraße 14, 65195 Wiesbaden",
    "Kostenträger: Weidenhof Krankenversicherung AG, Vers.-Nr. KV-4472-184409",
    "Verordnung: Dr. med. Jens Lohmeier, Facharzt für Neurologie, vom 04.06.2026",
    "Diagnose laut Verordnung: Multiple Sklerose, sekundär progredienter Verlauf (G35.31), "
    "Tetraparese, armbetont",
    "Hilfsmittel: Elektrorollstuhl Mittelklasse, Hilfsmittelnummer 18.99.04.x",
    "Pos. 1 Elektrorollstuhl Basismodell: 6.980,00 EUR",
    "Pos. 2 elektrische Sitzkantelung 30°: 1.240,00 EUR",
    "Pos. 3 Kopfstütze, Multifunktionsrücken: 612,00 EUR",
    "Pos. 4 Einweisung, Anpassung, Lieferung: 180,00 EUR",
    "Gesamt (inkl. MwSt.): 9.012,00 EUR",
]))])

mail("s17", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "GP practice as employer registers three named staff with birth dates in its company health insurance group contract (XLSX); personal line",
     frm="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>", to=BRANDT,
     subject="bKV Gruppenvertrag GV-KV 5510 – Anmeldung neue Mitarbeiterinnen",
     date="2026-01-12 18:03", body="""\
Liebe Frau Brandt,

wie angekündigt anbei die Anmeldeliste für unseren bKV-Gruppenvertrag. Zum 01.02.
kommen zwei neue MFA und unsere Auszubildende dazu. Die Beiträge übernimmt wie
bisher komplett die Praxis.

Viele Grüße
Anja Reinholz

--
Dr. med. Anja Reinholz · Fachärztin für Allgemeinmedizin
Rathausstraße 41 · 65203 Wiesbaden-Biebrich
""", atts=[att("bKV_Anmeldung_Feb2026.xlsx", xlsx([("Anmeldung", [
    ["Gruppenvertrag", "GV-KV 5510", "", "", ""],
    ["Name", "Vorname", "Geburtsdatum", "Beginn", "Tarif"],
    ["Lindner", "Jessica", "1994-08-11", "2026-02-01", "bKV Budget 600"],
    ["Yıldırım", "Elif", "1999-12-30", "2026-02-01", "bKV Budget 600"],
    ["Paulus", "Marie", "2007-04-02", "2026-02-01", "bKV Budget 600 (Azubi)"],
])], author="Praxis Reinholz"))])

mail("s18", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "self-employed physiotherapist reports own incapacity for work (herniated disc) for his daily sickness allowance; scan attached as image",
     frm="Sven Lüders <praxis@physio-bewegungsraum.example>", to="leistung-kv@" + D,
     subject="Krankentagegeld – AU ab 13.04.", date="2026-04-15 07:48", cte="8bit", body="""\
Guten Morgen,

ich bin seit Montag arbeitsunfähig (Bandscheibenvorfall L4/L5 mit Ausstrahlung ins
linke Bein) und voraussichtlich bis mindestens 30.04. krankgeschrieben. Die AU von
Dr. Reinholz hänge ich als Foto an, das Original geht per Post raus.

Mein Krankentagegeldvertrag läuft unter KT-4471-550208, Karenzzeit 14 Tage. Die Praxis
ist so lange zu, meine Angestellte kann nur einen Teil der Termine übernehmen.

Gruß
Sven Lüders
""", atts=[att("IMG_20260415_074122.jpg", image("s18", 900, 1200))])

mail("s19", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "GP reports a malpractice claim under her professional liability policy: named patient, missed scaphoid fracture (S62.0)",
     frm="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>", to="haftpflicht-heilwesen@" + D,
     subject="Schadenmeldung Berufshaftpflicht BH-2024-118204 – Anspruchsschreiben RA Dr. Zimmer",
     date="2026-03-02 20:17", body="""\
Sehr geehrte Damen und Herren,

ich muss leider einen möglichen Haftpflichtfall melden. Heute kam ein Schreiben von
Rechtsanwalt Dr. Zimmer (Wiesbaden), der meinen Patienten Herrn Udo Kranich vertritt.

Herr Kranich war am 14.11.2025 nach einem Sturz auf die rechte Hand bei mir. Ich habe
klinisch eine Handgelenksdistorsion diagnostiziert, einen Salbenverband angelegt und
bei Beschwerdepersistenz eine Wiedervorstellung empfohlen. Im Januar wurde in der
Unfallchirurgie eine Kahnbeinfraktur (S62.0) mit beginnender Pseudarthrose
festgestellt, inzwischen wurde er operiert (Schraubenosteosynthese mit Spongiosaplastik).
Der Anwalt wirft mir vor, ich hätte sofort röntgen lassen müssen, und fordert
Schmerzensgeld und Verdienstausfall (Herr Kranich ist Schreiner).

Ich habe dem Anwalt noch nicht geantwortet. Das Anspruchsschreiben und meine
Karteikarte schicke ich Ihnen per Post. Wie soll ich mich verhalten?

Mit freundlichen Grüßen
Anja Reinholz
""")

mail("s20", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
     "liability claims handler commissions a medical expert opinion on a named patient's scaphoid fracture; ZIP with treatment records",
     frm=DOMBROWSKI, to="Prof. Dr. med. Reinhard Falkenstein <gutachten@falkenstein-gutachten.example>",
     subject="Gutachtenauftrag Arzthaftung – Schaden-Nr. S26-0051377", date="2026-04-09 11:44", body="""\
Sehr geehrter Herr Prof. Falkenstein,

wie telefonisch vereinbart beauftragen wir Sie mit einem fachchirurgischen Gutachten
(nach Aktenlage) in der Haftpflichtsache Kranich ./. Dr. Reinholz.

Fragestellung:
1. Entsprach die Behandlung am 14.11.2025 (klinische Untersuchung ohne Röntgen bei
   Sturz auf die Hand) dem hausärztlichen Standard?
2. Falls nein: Wäre die Pseudarthrose des Kahnbeins bei früher Diagnose mit
   überwiegender Wahrscheinlichkeit vermieden worden?
3. Welche Beeinträchtigungen sind auf eine etwaige Verzögerung zurückzuführen?

Die Behandlungsunterlagen der Hausarztpraxis, der BG-Unfallklinik und die
Arbeitsunfähigkeitszeiten finden Sie im angehängten Archiv (Kennwort wie besprochen
separat). Als Honorar gilt unsere Rahmenvereinbarung.

""" + SIG_DOMBROWSKI + "\n\n" + FOOT_ALLG, atts=[att("S26-0051377_Unterlagen.zip", zipdata([
    ("01_Karteikarte_Praxis_Reinholz.pdf", pdf([
        "# Auszug Karteikarte - Praxis Dr. med. Anja Reinholz",
        "Patient: Udo Kranich, geb. 06.02.1983, Schreiner",
        "14.11.2025: Sturz auf re. Hand beim Fußball. DS Tabatiere re. fraglich, Schwellung dorsal.",
        "Diagnose: Distorsion Handgelenk re. (S63.5). Salbenverband, Ibuprofen 400 b.B.",
        "Wiedervorstellung bei Beschwerdepersistenz. AU bis 21.11.2025.",
        "05.12.2025: tel. Besserung, keine Wiedervorstellung.",
    ], title="Karteikarte", author="Praxis Reinholz")),
    ("02_Entlassbericht_Unfallklinik.pdf", pdf([
        "# Kurzbrief Unfallchirurgie",
        "Patient: Kranich, Udo, * 06.02.1983",
        "Diagnose: Kahnbeinpseudarthrose re. (S62.0), Zustand nach Fraktur ca. 11/2025",
        "Therapie 21.01.2026: Schraubenosteosynthese, Spongiosaplastik vom Beckenkamm",
        "Procedere: Unterarmgips 6 Wochen, CT-Kontrolle, AU voraussichtlich 12 Wochen",
    ], title="Kurzbrief", author="Unfallklinik")),
    ("03_AU-Zeiten.txt", "Kranich, Udo – AU-Zeiten\r\n14.11.2025–21.11.2025 Dr. Reinholz\r\n19.01.2026–laufend Unfallklinik\r\n".encode("utf-8")),
]))])

# ==========================================================================
# MAILS — STRICTLY_CONFIDENTIAL, part 2
# ==========================================================================

mail("s21", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "dentist's one-liner to his liability insurer; the quoted patient letter below names the patient and his nerve injury after wisdom-tooth extraction",
     frm="Dr. Fabian Ostrowski <dr.ostrowski@zahnarzt-ostrowski.example>", to="haftpflicht-heilwesen@" + D,
     subject="WG: Ihre Behandlung vom 27.01.2026 – Forderung", date="2026-03-19 12:55",
     mailer="Apple Mail (2.3826)", body="""\
Bitte übernehmen Sie – Vertrag BH-2023-207761. Unterlagen folgen per Post.

F. Ostrowski

Von meinem iPhone gesendet

> Anfang der weitergeleiteten Nachricht:
>
> Von: Malte Jessen <malte.jessen@posteo-mail.example>
> Datum: 18. März 2026 um 21:40:12 MEZ
> An: info@zahnarzt-ostrowski.example
> Betreff: Ihre Behandlung vom 27.01.2026 – Forderung
>
> Sehr geehrter Herr Dr. Ostrowski,
>
> seit der Entfernung meines Weisheitszahns unten rechts (48) am 27.01. ist meine
> Unterlippe rechts und das Kinn taub. Der Kieferchirurg in Mainz hat eine
> Schädigung des Nervus alveolaris inferior festgestellt, die möglicherweise
> dauerhaft bleibt. Über dieses Risiko wurde ich vorher nicht aufgeklärt, der
> Aufklärungsbogen lag mir nie vor.
>
> Ich kann seither kaum richtig essen und beiße mir ständig auf die Lippe. Ich
> fordere Schmerzensgeld und die Übernahme der Behandlungskosten beim
> Kieferchirurgen. Bitte nennen Sie mir Ihre Berufshaftpflichtversicherung.
>
> Malte Jessen
> Hahner Weg 31, 65232 Taunusstein
""")

mail("s22", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "care service's fleet motor claim: the named nurse driving was injured (whiplash, hospital, sick leave) – health data in a motor claim",
     frm="Monika Hauser <pdl@pflegedienst-lebensfreude.example>", to="kfz-schaden@" + D,
     cc="Geschäftsführung <gf@pflegedienst-lebensfreude.example>",
     subject="Unfallmeldung Flotte FL-2025-00312 – WI-LF 214 am 26.01.2026", date="2026-01-27 08:20", body="""\
Sehr geehrte Damen und Herren,

wir melden einen Unfall mit unserem Dienstfahrzeug (VW up!, WI-LF 214, Flottenvertrag
FL-2025-00312):

Am 26.01.2026 gegen 7:15 Uhr ist unserer Pflegefachkraft Frau Svetlana Krug auf der
Dotzheimer Straße an der Einmündung Kleiststraße ein Transporter (Kennzeichen
MZ-KB 7705) beim Abbiegen hinten aufgefahren. Die Polizei war vor Ort
(Vorgangsnummer 0260126-0715-044871).

Frau Krug wurde mit dem Rettungswagen in die Notaufnahme gebracht, dort wurde eine
HWS-Distorsion festgestellt; sie ist bis 09.02. krankgeschrieben. Ihre Touren
übernehmen Kolleginnen. Der Wagen ist nicht fahrbereit und steht beim Abschleppdienst
Kessler in Schierstein.

Bitte teilen Sie uns mit, ob wir einen Mietwagen nehmen dürfen – wir brauchen das
Fahrzeug dringend für die Frühtour.

Mit freundlichen Grüßen
Monika Hauser
Pflegedienstleitung
Ambulanter Pflegedienst Lebensfreude GmbH · Dotzheimer Str. 140 · 65197 Wiesbaden
Tel. 0611 45 07 30 · AG Wiesbaden HRB 25518 · GF: Dieter Baumgart
""")

mail("s23", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "nursing home reports to its general liability insurer that a named resident fell on a wet floor and broke her femoral neck",
     frm="Bernhard Quast <heimleitung@haus-sonnenhang.example>", to="haftpflicht-schaden@" + D,
     subject="Schadenmeldung Betriebshaftpflicht BHV-2022-440918 – Sturz Bewohnerin",
     date="2026-09-03 16:02", body="""\
Sehr geehrte Damen und Herren,

hiermit melden wir vorsorglich einen Schaden aus unserer Betriebshaftpflicht.

Am 31.08.2026 gegen 11:30 Uhr ist unsere Bewohnerin Frau Hildegard Born (87) im Flur
des Wohnbereichs 2 auf dem frisch gewischten Boden ausgerutscht. Das Warnschild war
laut Reinigungskraft aufgestellt, lag aber zum Zeitpunkt des Sturzes offenbar um.
Frau Born wurde ins St.-Elisabethen-Klinikum gebracht; dort wurde eine
Schenkelhalsfraktur links festgestellt und am 01.09. operativ versorgt
(Duokopfprothese). Sie ist vorbestehend in Pflegegrad 3 und dement.

Die Tochter, Frau Gabriele Born-Schuster, hat heute angekündigt, Ansprüche geltend zu
machen (Schmerzensgeld, Mehrkosten). Sturzprotokoll und Aussage der Reinigungskraft
reichen wir nach.

Mit freundlichen Grüßen
Bernhard Quast
Heimleitung

Seniorenresidenz Haus Sonnenhang gGmbH
Am Sonnenhang 20 · 65307 Bad Schwalbach
""")

mail("s24", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "psychotherapist's burglary/laptop claim mentions a named patient's psychiatric discharge letter stored on the stolen laptop",
     frm="Miriam Achterberg <praxis@praxis-achterberg.example>", to="schaden-sach@" + D,
     cc="cyber-schaden@" + D,
     subject="Einbruch Praxis – Laptop gestohlen – Inhaltsversicherung IV-2024-318870 / Cyber CY-2025-004417",
     date="2026-10-12 07:55", body="""\
Sehr geehrte Damen und Herren,

in der Nacht von Samstag auf Sonntag wurde in meine Praxis in der Kaiserstraße 28
eingebrochen (Hintertür aufgehebelt). Gestohlen wurden mein Laptop (Lenovo ThinkPad,
gekauft 03/2024), ein Tablet und ca. 150 € Bargeld aus der Kasse. Die Polizei hat die
Anzeige aufgenommen, Tagebuchnummer 1 UJs 3318/26 (K 21 Mainz).

Was mir besondere Sorgen macht: Die Festplatte war verschlüsselt, aber auf dem
Desktop lag eine unverschlüsselte Kopie des Entlassungsbriefs von Herrn Fabian Tesch
aus der psychiatrischen Tagesklinik (Alkoholabhängigkeit, Zustand nach
Entzugsbehandlung), den ich am Freitagabend für seinen Therapieantrag bearbeitet
habe. Ich habe den Vorfall heute dem Landesdatenschutzbeauftragten gemeldet und
Herrn Tesch informiert.

Bitte sagen Sie mir, welche Unterlagen Sie für die Inhalts- und die Cyberversicherung
benötigen und ob ich einen IT-Forensiker beauftragen soll.

Mit freundlichen Grüßen
Miriam Achterberg
Psychologische Psychotherapeutin · Kaiserstraße 28 · 55116 Mainz · 06131 22 41 90
""")

mail("s25", "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
     "hospital IT ticket about failed e-invoice transfer; the attached log contains an HL7 message with a named patient, birth date and myocardial infarction diagnosis",
     frm="Dennis Hofmann <it-servicedesk@st-elisabethen-klinikum.example>", to="it-servicedesk@" + D,
     subject="[Ticket KH-IT-2026-03381] Ablehnung eRechnung an Weidenhof – Fehler 422",
     date="2026-02-18 14:21", body="""\
Hallo zusammen,

seit dem Update eurer Annahmeschnittstelle am 16.02. werden einzelne
Rechnungsdatensätze mit HTTP 422 "segment DG1 invalid" abgelehnt. Betroffen sind nach
unserer Sicht nur Fälle mit mehr als einer Nebendiagnose. Das Log vom
Übertragungsserver hängt an (Ausschnitt, ein betroffener Datensatz).

Könnt ihr prüfen, ob sich am Feldformat für DG1-3 etwas geändert hat? Bis dahin
halten wir die betroffenen Rechnungen zurück, aktuell 17 Stück.

Gruß
Dennis Hofmann
IT-Servicedesk / Schnittstellen
St.-Elisabethen-Klinikum Nassau gGmbH · Emser Straße 120 · 56377 Nassau
Tel. 02604 93-4410
""", atts=[att("transfer_2026-02-18.log", """\
2026-02-18 13:52:07,114 INFO  [outbound-pkv] connecting https://edi.weidenhof-versicherung.example/invoice/v2
2026-02-18 13:52:07,402 INFO  [outbound-pkv] sending batch 20260218-07 (3 messages)
2026-02-18 13:52:08,019 DEBUG [outbound-pkv] payload msg 2 of 3:
MSH|^~\\&|KIS|STELISA|WEIDENHOF|PKV|20260218135207||DFT^P03|2026021813520702|P|2.5
PID|1||0004471833^^^STELISA||Schwarz^Erwin^^^^^L||19540916|M|||Bachgasse 4^^Singhofen^^56379
PV1|1|I|KARD^214^1|E|||||||||||||||260031218
DG1|1||I21.4^Akuter subendokardialer Myokardinfarkt^I10-2026|||A
DG1|2||I10.90^Essentielle Hypertonie^I10-2026|||S
DG1|3||E11.90^Diabetes mellitus Typ 2^I10-2026|||S
PR1|1||8-837.00^Perkutan-transluminale Gefäßintervention Koronargefäße^O2026||20260209
IN1|1|VOLL|WEIDENHOF-KV||||||||||||||||||||||||||||||||||KV-4470-552913
2026-02-18 13:52:08,733 ERROR [outbound-pkv] HTTP 422 Unprocessable Entity: segment DG1 invalid (field 3, repetition 2)
2026-02-18 13:52:08,734 WARN  [outbound-pkv] message 2026021813520702 moved to hold queue
""".replace("\n", "\r\n").encode("utf-8"))])

_s26_rows = [["Buchungs-ID", "Name", "Telefon", "Fachrichtung", "Anliegen", "Wunschtermin"],
             ["TF-8841207", "Bettina Oehlschläger", "0176 5530 2219", "Psychiatrie", "Erstgespräch, Schlafstörungen seit Monaten", "23.03.2026"],
             ["TF-8841233", "Kevin Marx", "0151 2207 8814", "Gynäkologie", "Kontrolle 20. SSW (Partnerin Jana Marx)", "24.03.2026"],
             ["TF-8841260", "Heinz Pollmeier", "06122 40 18 77", "Kardiologie", "Langzeit-EKG nach Vorhofflimmern", "24.03.2026"],
             ["TF-8841301", "Aylin Tosun", "0160 9981 0042", "Dermatologie", "Muttermal-Kontrolle", "25.03.2026"]]
mail("s26", "STRICTLY_CONFIDENTIAL", "de", "vendor-to-insurer",
     "appointment-software vendor's outage notice; the attached CSV lists lost bookings with names, phones, specialty and reason (psychiatry, pregnancy, arrhythmia)",
     frm="TerminFix Support <support@terminfix.example>", to="terminservice@" + D,
     subject="Störung Facharzt-Terminservice 20.03.2026 – nicht übertragene Buchungen",
     date="2026-03-20 15:47", body="""\
Sehr geehrte Damen und Herren,

wie telefonisch angekündigt: Durch den Ausfall unseres Synchronisationsdienstes am
20.03.2026 zwischen 09:10 und 11:45 Uhr wurden Buchungen Ihrer Versicherten über den
Facharzt-Terminservice nicht an die Praxen übertragen. Die betroffenen Buchungen
(Auszug für Ihre Hotline, 4 Datensätze) finden Sie in der Anlage. Bitte kontaktieren
Sie die Versicherten, damit die Termine neu vergeben werden können.

Ursache war ein abgelaufenes Zertifikat im Message-Broker; der Dienst läuft seit
11:45 Uhr wieder stabil. Einen ausführlichen Störungsbericht erhalten Sie bis
Mittwoch.

Mit freundlichen Grüßen
Ihr TerminFix-Support
TerminFix GmbH · Hafenstraße 9 · 55118 Mainz · AG Mainz HRB 50192
""", atts=[att("nicht_uebertragen_20260320.csv", csvdata(_s26_rows, "utf-8"), charset="utf-8")])

_s27_rows = [["Date", "Provider", "Treatment", "Billed", "Reimbursed"],
             ["02/09/2026", "Dr Farah Khalil Dental, Dubai", "Root canal treatment tooth 26 (3 canals)", "AED 3,850", "AED 3,080"],
             ["02/09/2026", "Dr Farah Khalil Dental, Dubai", "Periapical X-ray (2)", "AED 300", "AED 240"],
             ["16/09/2026", "Dr Farah Khalil Dental, Dubai", "Porcelain crown tooth 26", "AED 4,200", "AED 2,520"],
             ["", "", "Total", "AED 8,350", "AED 5,840"]]
mail("s27", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only reimbursement statement with dental treatments (root canal, crown) for the named expat member",
     frm=DONNELLY, to="Hannah Whitfield <hannah.whitfield@whitfield-home.example>",
     subject="Your claim EXP-C-26-30418 – reimbursement statement", date="2026-10-01 09:15",
     html=html_doc("<p>Dear Ms Whitfield,</p><p>thank you for submitting your dental invoices. "
                   "We have processed your claim EXP-C-26-30418 under your plan <b>Expat Gold</b> "
                   "(member ID EXP-88-52201) as follows:</p>" + table_html(_s27_rows) +
                   "<p>Crowns are reimbursed at 60 % under your dental module; all other items at 80 %. "
                   "The amount of AED 5,840 will be transferred to your account ending in …4417 "
                   "within five working days.</p>" + text_to_html(SIG_DONNELLY) + "<hr>" +
                   "<p style='font-size:8pt;color:#777'>" + htmlmod.escape(FOOT_EN).replace("\n", "<br>") + "</p>"))

mail("s28", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "refusal of glasses reimbursement for the named customer, quoting her mail with prescription values and glaucoma check",
     frm=KROEGER, to="Martina Schöller <martina.schoeller@web-post.example>",
     subject="AW: Erstattung neue Gleitsichtbrille", date="2026-07-07 10:40", irt="s28q|web-post.example", body="""\
Sehr geehrte Frau Schöller,

vielen Dank für Ihre Nachricht. Ihr Tarif AmbuKomfort sieht für Sehhilfen bis zu
250 € innerhalb von 24 Monaten vor. Für Ihre letzte Brille haben wir am 14.11.2025
bereits 250 € erstattet, daher ist eine erneute Erstattung erst ab dem 14.11.2027
möglich. Eine Ausnahme gilt, wenn sich die Sehstärke um mindestens 0,5 Dioptrien
verändert hat. Das ist bei Ihren Werten (rechts von -2,25 auf -2,5) leider nicht der Fall.

Die Kosten für die Augeninnendruckmessung wurden selbstverständlich erstattet.

""" + SIG_KROEGER + """

-----Ursprüngliche Nachricht-----
Von: Martina Schöller <martina.schoeller@web-post.example>
Gesendet: Donnerstag, 2. Juli 2026 22:13
An: leistung-kv@weidenhof-versicherung.example
Betreff: Erstattung neue Gleitsichtbrille

Hallo,
ich habe eine neue Gleitsichtbrille gebraucht (Rechnung Optik Hammerschmidt anbei,
689 €). Die Werte haben sich laut Augenärztin verändert (re -2,5 / li -2,0, Add. 2,0),
außerdem war ich wegen Verdacht auf Glaukom zur Kontrolle, das war zum Glück
unauffällig. Bitte um Erstattung. Vers.-Nr. KV-4472-077180.
Gruß M. Schöller
""" + "\n" + FOOT_KV)

mail("s29", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "travel-cancellation claim: harmless body, the attached PDF is a GP certificate that the named customer is unfit to travel for health reasons",
     frm="Katrin Ullmann <k.ullmann@familie-ullmann.example>", to="reise-schaden@" + D,
     subject="Stornierung Kreta – Unterlagen", date="2026-08-03 21:06", cte="base64", body="""\
Hallo,

anbei die Stornorechnung vom Reisebüro und die Bescheinigung von meiner Ärztin.
Die Reiserücktrittsversicherung läuft über die Buchung (Policen-Nr. RR-26-7714302).

Viele Grüße
Katrin Ullmann
""", atts=[att("Stornorechnung_Reisewelt.pdf", pdf([
    "# Reisewelt Biebrich - Stornorechnung",
    "Kundin: Katrin Ullmann, Kasteler Straße 12, 65203 Wiesbaden",
    "Reise: Kreta, Hotel Aegean Blue, 06.08.-20.08.2026, 2 Erwachsene, 1 Kind",
    "Reisepreis: 3.480,00 EUR, Stornogebühr 55 %: 1.914,00 EUR",
], title="Stornorechnung", author="Reisewelt")),
    att("Bescheinigung_Dr_Reinholz.pdf", pdf([
        "# Ärztliche Bescheinigung zur Vorlage bei der Reiserücktrittsversicherung",
        "Praxis Dr. med. Anja Reinholz, Rathausstraße 41, 65203 Wiesbaden",
        "",
        "Hiermit bescheinige ich, dass meine Patientin Frau Katrin Ullmann, geb. 12.12.1986,",
        "am 31.07.2026 unerwartet schwer erkrankt ist und die am 06.08.2026 geplante Reise",
        "aus gesundheitlichen Gründen nicht antreten kann. Die Erkrankung war bei Buchung",
        "nicht vorhersehbar. Voraussichtliche Dauer der Reiseunfähigkeit: bis 23.08.2026.",
        "",
        "Wiesbaden, 03.08.2026        Dr. med. A. Reinholz",
    ], title="Bescheinigung", author="Praxis Reinholz"))])

mail("s30", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "travel-cancellation claim with an inline-forwarded UK GP letter about the named customer's hyperemesis in pregnancy",
     frm="Sophie Carrington <sophie.carrington@carrington-mail.example>", to="travel-claims@" + D,
     subject="Fwd: Fitness to travel – Mrs S Carrington", date="2026-05-11 13:37", body="""\
Hello,

as requested on the phone, here is the letter from my GP for the cancellation claim
(booking ref. RR-26-6630841, Lisbon 18–25 May). I hope this is enough.

Best wishes,
Sophie Carrington

---------- Forwarded message ---------
From: Harbourside Surgery <admin@harbourside-surgery.example>
Date: Mon, 11 May 2026 at 10:02
Subject: Fitness to travel – Mrs S Carrington
To: Sophie Carrington <sophie.carrington@carrington-mail.example>

To whom it may concern,

Mrs Sophie Carrington (DOB 04/11/1992) is currently 11 weeks pregnant and has been
suffering from hyperemesis gravidarum since late April, requiring IV fluids at the
Bristol Royal Infirmary on 2 May. In my opinion she is not fit to fly or travel
abroad before the end of June 2026.

Yours faithfully,
Dr Neil Ashworth MBChB MRCGP
Harbourside Surgery, 14 Quay Street, Bristol BS1 4QA
""")

mail("s31", "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
     "trauma surgeon's disability report for private accident insurance (PDF): named insured, distal radius fracture, arm-value rating",
     frm="Sekretariat Unfallchirurgie <sekretariat.uch@st-elisabethen-klinikum.example>", to=SAUERBREY,
     subject="Ärztlicher Bericht zur Invaliditätsbemessung – Ihr Az. U-26-004128", date="2026-11-04 09:12", body="""\
Sehr geehrte Frau Sauerbrey,

anbei übersenden wir im Auftrag von Herrn Chefarzt Dr. Grothe den angeforderten
ärztlichen Bericht zur Invaliditätsbemessung. Die Liquidation für den Bericht
(GOÄ 85) folgt gesondert.

Mit freundlichen Grüßen
Petra Hild
Chefarztsekretariat Unfallchirurgie und Orthopädie
St.-Elisabethen-Klinikum Nassau gGmbH
""", atts=[att("Bericht_Invaliditaet_U-26-004128.pdf", pdf([
    "# Ärztlicher Bericht zur Bemessung der Invalidität",
    "Private Unfallversicherung Weidenhof Allgemeine Versicherung AG, Az. U-26-004128",
    "Versicherte Person: Doris Weckerle, geb. 27.06.1966, Bürokauffrau, Rechtshänderin",
    "Unfall: 19.01.2026, Sturz auf Glatteis auf die linke Hand",
    "",
    "Diagnose: Distale Radiusfraktur links, intraartikulär (S52.51), Processus styloideus ulnae",
    "Therapie: offene Reposition und winkelstabile Plattenosteosynthese am 21.01.2026",
    "",
    "Befund 12 Monate nach Unfall (Untersuchung 28.10.2026):",
    "Handgelenk links: Extension/Flexion 40-0-45 (rechts 70-0-75)",
    "Radial-/Ulnarduktion 15-0-25, Pro-/Supination 80-0-70",
    "Grobe Kraft links deutlich gemindert (Jamar 18 kg vs. 30 kg rechts)",
    "Röntgen: knöchern konsolidiert, beginnende Arthrose radiokarpal",
    "",
    "Beurteilung: Dauerhafte Funktionsbeeinträchtigung der linken Hand.",
    "Invaliditätsgrad nach Gliedertaxe: 3/20 Handwert.",
    "",
    "Nassau, 02.11.2026 - Dr. med. Volker Grothe, Chefarzt",
], title="Bericht Invalidität", author="Unfallchirurgie"))])

mail("s32", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
     "disability-insurance claims handler asks a psychotherapist for a report on a named insured (teacher, PTSD), consent form attached",
     frm=LAMPRECHT, to="Dr. Konstantin Reuß <praxis@psychotherapie-reuss.example>",
     subject="Anforderung Befundbericht – Herr Daniel Fröhlich, geb. 02.03.1981 – BU-L-26-00741",
     date="2026-06-24 14:05", body="""\
Sehr geehrter Herr Dr. Reuß,

Herr Daniel Fröhlich hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung
beantragt. Er gibt an, seit dem Übergriff an seiner Schule im Oktober 2025 wegen einer
posttraumatischen Belastungsstörung bei Ihnen in Behandlung zu sein und seinen Beruf
als Gymnasiallehrer seither nicht ausüben zu können.

Wir bitten Sie um einen Befundbericht mit folgenden Angaben: Diagnosen (ICD-10),
Behandlungsbeginn und -frequenz, aktueller psychopathologischer Befund, Medikation,
Einschätzung der beruflichen Leistungsfähigkeit und Prognose. Die
Schweigepflichtentbindungserklärung von Herrn Fröhlich liegt bei. Für den Bericht
vergüten wir 120 € (entsprechend GOÄ 75 bzw. nach Aufwand).

""" + SIG_LAMPRECHT + "\n\n" + FOOT_LV, atts=[att("Schweigepflichtentbindung_Froehlich.pdf", pdf([
    "# Erklärung zur Entbindung von der Schweigepflicht",
    "Versicherte Person: Daniel Fröhlich, geb. 02.03.1981, Am Rosengarten 9, 55131 Mainz",
    "Vertrag: Selbständige Berufsunfähigkeitsversicherung BU-L-31 447 2086",
    "",
    "Ich entbinde Herrn Dr. phil. Konstantin Reuß, Psychologischer Psychotherapeut,",
    "gegenüber der Weidenhof Lebensversicherung AG von der Schweigepflicht, soweit es um",
    "die Prüfung meiner Leistungsansprüche wegen Berufsunfähigkeit geht.",
    "",
    "Mainz, 18.06.2026          gez. Daniel Fröhlich",
], title="Schweigepflichtentbindung", author="Weidenhof Lebensversicherung"))])

mail("s33", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal disability-claim note: a named dentist cannot work due to thumb-joint arthrosis in both hands; underwriting history",
     frm=LAMPRECHT, to=OBERLAENDER, cc="bu-leistung@" + D,
     subject="BU-L-26-00688 Olbrich – Bitte um Einschätzung vor Entscheidung", date="2026-07-15 11:30", body="""\
Hallo Herr Dr. Oberländer,

zum Fall Dr. Sabine Olbrich (Zahnärztin, 44, eigene Praxis in Idstein, BU-Rente
2.500 €/Monat) bräuchte ich bis Freitag Ihre Einschätzung:

- Diagnose laut Handchirurgin: Rhizarthrose beidseits (M18.0), rechts Eaton III,
  links Eaton II; Z. n. Resektionsarthroplastik rechts 03/2026.
- Sie gibt an, feinmotorische Arbeiten (Präparation, Wurzelbehandlung) seit Herbst
  2025 nur noch maximal 2 Stunden am Tag zu schaffen, danach starke Schmerzen.
- Tätigkeitsbeschreibung: 85 % Behandlung am Stuhl, 15 % Verwaltung.
- Bei Antragstellung 2016 keine Vorerkrankungen an den Händen angegeben, in der
  Hausarztakte findet sich 2014 einmal "Daumengelenk re. schmerzhaft, Voltaren".
  Das wäre aus meiner Sicht keine anzeigepflichtige Vorerkrankung, bitte trotzdem
  kurz mitprüfen.

Umorganisation (Angestellte Zahnärzte für die Behandlung, sie nur Praxisführung)
halte ich bei einer Einzelpraxis für nicht zumutbar. Sehen Sie das auch so?

Danke und viele Grüße
Friederike Lamprecht
""")

mail("s34", "STRICTLY_CONFIDENTIAL", "de", "care-service-to-insurer",
     "one-line body; the ODS attachment is a respite-care service record for a named insured with care level 2",
     frm="Abrechnung Lebensfreude <abrechnung@pflegedienst-lebensfreude.example>", to="pflege@" + D,
     subject="Leistungsnachweis Juni", date="2026-07-03 10:02", cte="7bit", body="""\
Anbei der Leistungsnachweis fuer Juni mit der Bitte um Erstattung.

Abrechnung
Ambulanter Pflegedienst Lebensfreude GmbH
""", atts=[att("LN_2026-06_Hamm.ods", ods([("Juni 2026", [
    ["Leistungsnachweis Verhinderungspflege § 39 SGB XI", "", "", ""],
    ["Pflegebedürftige:", "Gertrud Hamm, Talstraße 22, 65205 Wiesbaden", "", ""],
    ["Pflegegrad:", "2", "Vers.-Nr.:", "PV-4470-330914"],
    ["Datum", "Leistung", "Stunden", "Betrag EUR"],
    ["02.06.2026", "Betreuung, Grundpflege (Pflegeperson Tochter im Urlaub)", 6, 231.00],
    ["03.06.2026", "Betreuung, Grundpflege, Insulingabe", 6, 231.00],
    ["04.06.2026", "Betreuung, Grundpflege, Insulingabe", 6, 231.00],
    ["05.06.2026", "Betreuung, Grundpflege, Kompressionsstrümpfe", 5, 192.50],
    ["Summe", "", 23, 885.50],
])]))])

_s35_rows = [["Rezept-Nr", "Abgabe", "Versichertennr", "Initialen", "PZN", "Arzneimittel", "Betrag"],
             ["26-0412-0017", "07.04.2026", "KV-4471-640019", "M.B.", "04491510", "Methylphenidat ret. 36 mg 30 St. (BtM)", "68,41"],
             ["26-0412-0022", "07.04.2026", "KV-4473-118822", "T.S.", "12344567", "Insulin glargin 100 E/ml 10x3 ml", "141,90"],
             ["26-0414-0003", "09.04.2026", "KV-4470-902471", "R.K.", "16701249", "Tamoxifen 20 mg 100 St.", "38,75"]]
mail("s35", "STRICTLY_CONFIDENTIAL", "de", "pharmacy-to-insurer",
     "pharmacy sends direct-billing corrections; CSV rows link insurance numbers with drugs (methylphenidate, insulin, tamoxifen)",
     frm="Kochbrunnen-Apotheke <rezeptur@kochbrunnen-apotheke.example>", to="arzneimittel-direkt@" + D,
     subject="Direktabrechnung April – Korrektur 3 Rezepte", date="2026-05-04 12:30",
     charset="windows-1252", cte="quoted-printable", body="""\
Sehr geehrte Damen und Herren,

bei drei Rezepten aus der Aprilabrechnung haben wir versehentlich den falschen
Kostenträger-Schlüssel übermittelt. Die korrigierte Liste liegt bei; bitte
verrechnen Sie die Differenz mit der Mai-Abrechnung.

Freundliche Grüße
Gül Demir
Kochbrunnen-Apotheke · Inh. Gül Demir e.K. · Kranzplatz 4 · 65183 Wiesbaden
""", atts=[att("Korrektur_April_2026.csv", csvdata(_s35_rows, "windows-1252"), charset="windows-1252")])

mail("s36", "STRICTLY_CONFIDENTIAL", "de", "lab-to-insurer",
     "lab asks cost approval for BRCA1/2 genetic panel of a named insured with family history of breast cancer (genetic data)",
     frm="Dr. Uta Kessel <humangenetik@labor-brueckner.example>", to="leistung-kv@" + D,
     subject="Kostenübernahmeanfrage molekulargenetische Diagnostik – Frau Nadine Kopp", date="2026-02-11 16:44", body="""\
Sehr geehrte Damen und Herren,

für Ihre Versicherte Frau Nadine Kopp, geb. 08.08.1988 (Vers.-Nr. KV-4472-219306),
bitten wir um Kostenübernahme für eine Multigen-Panel-Analyse (BRCA1, BRCA2, PALB2,
CHEK2, ATM, RAD51C/D) nach genetischer Beratung gemäß Gendiagnostikgesetz.

Indikation: Die Mutter der Patientin erkrankte mit 41 Jahren an einem Mammakarzinom,
die Tante mütterlicherseits mit 52 an einem Ovarialkarzinom. Damit sind die
Einschlusskriterien des Konsortiums für familiären Brust- und Eierstockkrebs erfüllt.

Voraussichtliche Kosten: 3.214,68 € (GOÄ 4870–4873 analog, Kapitel M IV),
zzgl. humangenetische Beratung GOÄ 21/22.

Mit freundlichen Grüßen
Dr. med. Uta Kessel
Fachärztin für Humangenetik
MVZ Labor Dr. Brückner & Kollegen GmbH · Rheinallee 81 · 55120 Mainz
""")

mail("s37", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "insurer asks a London hospital for a medical report on a named insured in ICU after ischaemic stroke to plan repatriation",
     frm=DONNELLY, to="Patient Services <patient.services@stcolumba-hospital.example>",
     cc="ops@globeassist.example",
     subject="Mr Florian Gerber (DOB 22/01/1958) – request for medical report / repatriation", date="2026-09-21 08:05", body="""\
Dear colleagues,

we are the travel health insurer of Mr Florian Gerber, who was admitted to your
hospital on 19 September with an ischaemic stroke and is currently in your
intensive care unit. His wife has given us written consent (attached to our
earlier fax) to obtain medical information.

To plan a repatriation to Germany with our assistance partner GlobeAssist (in copy),
we would be grateful for a short medical report covering:

- current neurological status and GCS, ventilation yes/no;
- whether thrombolysis or thrombectomy was performed;
- expected date of fitness to fly (stretcher / air ambulance);
- treating consultant and direct phone number.

Our guarantee of payment GOP-26-1173 covers all treatment until further notice.

""" + SIG_DONNELLY + "\n\n" + FOOT_EN)

mail("s38", "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
     "hospital admissions asks cost coverage for a named insured's planned gallbladder surgery (K80.20, OPS 5-511.11) with elective services",
     frm="Patientenaufnahme St.-Elisabethen <aufnahme@st-elisabethen-klinikum.example>", to="kostenuebernahme@" + D,
     subject="Antrag auf Kostenübernahme – Benkert, Ursula – Aufnahme 04.05.2026", date="2026-04-27 10:19",
     charset="iso-8859-1", cte="quoted-printable", body="""\
Sehr geehrte Damen und Herren,

wir bitten um Kostenübernahme für folgende stationäre Behandlung:

Patientin:       Benkert, Ursula, geb. 15.01.1961
Anschrift:       Lindenweg 3, 56377 Nassau
Vers.-Nr.:       KV-4471-446287, Tarif StationärPlus
Aufnahme:        04.05.2026 (elektiv), Abteilung Allgemeinchirurgie
Diagnose:        K80.20 Gallenblasenstein ohne Cholezystitis, symptomatisch
Geplanter Eingriff: OPS 5-511.11 laparoskopische Cholezystektomie
Verweildauer:    ca. 3 Tage
Wahlleistungen:  Chefarztbehandlung, Einbettzimmer

Bitte senden Sie die Kostenübernahmeerklärung an aufnahme@st-elisabethen-klinikum.example
oder per Fax an 02604 93-4099.

Mit freundlichen Grüßen
Gisela Brück
Patientenaufnahme / Kostenträgerkommunikation
St.-Elisabethen-Klinikum Nassau gGmbH
""")

_s39_rows = [["Patientin", "Ursula Benkert, geb. 15.01.1961"],
             ["Versicherungsnummer", "KV-4471-446287"],
             ["Aufnahme", "04.05.2026, Allgemeinchirurgie"],
             ["Behandlung", "laparoskopische Cholezystektomie (K80.20)"],
             ["Allgemeine Krankenhausleistungen", "100 % nach DRG"],
             ["Wahlleistung Unterkunft", "Einbettzimmer, bis 140 €/Tag"],
             ["Wahlärztliche Leistungen", "100 % nach GOÄ bis 3,5-fach"],
             ["Gültigkeit", "bis 31.05.2026"]]
mail("s39", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost-coverage confirmation with patient, diagnosis and elective services in a table (text + HTML)",
     frm=HARTWIG, to="aufnahme@st-elisabethen-klinikum.example",
     subject="Kostenübernahmeerklärung KÜ-26-031882 – Benkert, Ursula", date="2026-04-28 09:03",
     irt="s38|st-elisabethen-klinikum.example", body="""\
Sehr geehrte Frau Brück,

wir übernehmen die Kosten für die beantragte Behandlung wie folgt:

""" + table_text([["Angabe", "Wert"]] + _s39_rows) + """

Die Rechnungen senden Sie bitte elektronisch über die bekannte Schnittstelle.

""" + SIG_HARTWIG + "\n\n" + FOOT_KV,
     html=html_doc("<p>Sehr geehrte Frau Brück,</p><p>wir übernehmen die Kosten für die beantragte "
                   "Behandlung wie folgt:</p>" + table_html(_s39_rows, header=False) +
                   "<p>Die Rechnungen senden Sie bitte elektronisch über die bekannte Schnittstelle.</p>"
                   + text_to_html(SIG_HARTWIG) + "<hr>" + text_to_html(FOOT_KV)))

mail("s40", "STRICTLY_CONFIDENTIAL", "de", "dentist-to-insurer",
     "orthodontist sends treatment plan (DOCX) for a named 11-year-old with class II malocclusion; body names the child",
     frm="KFO-Praxis Dr. Marquardt <praxis@kfo-marquardt.example>", to="leistung-zahn@" + D,
     subject="KFO-Behandlungsplan Leonie Kaufhold", date="2026-09-28 13:14", body="""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie den kieferorthopädischen Behandlungsplan für Leonie Kaufhold
(versichert über ihre Mutter, Frau Stefanie Kaufhold, KV-4472-553010) mit der Bitte
um Kostenzusage.

Mit freundlichen Grüßen
Laura Benz, ZMV
Kieferorthopädische Praxis Dr. Lena Marquardt · Obergasse 2 · 65510 Idstein
""", atts=[att("KFO_Plan_Kaufhold_Leonie.docx", docx([
    "# Kieferorthopädischer Behandlungsplan",
    "Patientin: Leonie Kaufhold, geb. 03.01.2015",
    "Befund: Distalbiss Klasse II/1, Overjet 7,5 mm, tiefer Biss mit Gingivakontakt, "
    "Engstand im Unterkiefer-Frontzahnbereich, Mundatmung.",
    "Diagnose: Angle-Klasse II/1 mit vergrößerter sagittaler Stufe",
    "Therapie: Phase 1 funktionskieferorthopädisches Gerät (Bionator), ca. 12 Monate; "
    "Phase 2 Multibracket-Apparatur OK/UK, ca. 18 Monate; Retention.",
    [["GOZ", "Leistung", "Anzahl", "Betrag EUR"],
     ["6030", "Umformung Kiefer, mittlerer Umfang", "1", "1.127,36"],
     ["6100", "Eingliederung Klebebracket", "24", "1.661,76"],
     ["6140", "Teilbogen", "8", "312,48"],
     ["6150", "Ungeteilter Bogen", "12", "703,44"],
     ["", "Material- und Laborkosten (geschätzt)", "", "1.480,00"],
     ["", "Summe (voraussichtlich)", "", "5.285,04"]],
    "Idstein, 25.09.2026 – Dr. med. dent. Lena Marquardt, Fachzahnärztin für Kieferorthopädie",
], author="KFO Marquardt"))])

# ==========================================================================
# MAILS — STRICTLY_CONFIDENTIAL, part 3
# ==========================================================================

mail("s41", "STRICTLY_CONFIDENTIAL", "en", "therapist-to-insurer",
     "English-speaking psychotherapist asks for more sessions for a named expat member with generalised anxiety disorder (F41.1)",
     frm="Dr Rachel Lindqvist <contact@lindqvist-therapy.example>", to="expat@" + D,
     subject="Request for additional sessions – D. Okafor (EXP-88-47715)", date="2026-04-29 18:30",
     cte="7bit", body="""\
Dear International Health Desk,

I am writing on behalf of my client Mr Daniel Okafor (member ID EXP-88-47715), whom I
have been treating since October 2025 for generalised anxiety disorder (F41.1) with
panic attacks.

He has now used 25 of the 25 sessions approved in your letter of 14 October. Panic
attacks have reduced from several per week to about one per month, but he still
avoids public transport and business travel, which his job requires. I would like
to request 15 further sessions of CBT (50 minutes, weekly, then fortnightly).

A short progress report can be sent through your secure portal if you need it.

Kind regards,
Dr Rachel Lindqvist
Clinical Psychologist (HPC), Psychotherapist (HeilprG)
Lindqvist Therapy, Torstrasse 140, 10119 Berlin
""")

mail("s42", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "expat member submits pharmacy receipts (PDF) for diabetes medication; body itself says 'my diabetes prescriptions'",
     frm="Arjun Mehta <arjun.mehta@mehta-family.example>", to="expat@" + D,
     subject="Claim – pharmacy receipts Q3", date="2026-10-06 07:51", body="""\
Hi,

please find attached my pharmacy receipts for July to September (my diabetes
prescriptions, refilled every month at the same pharmacy in Singapore). Member ID
EXP-88-39960. Same bank account as always, please.

Thanks,
Arjun
""", atts=[att("receipts_Q3_2026.pdf", pdf([
    "# Orchard Health Pharmacy - Receipts",
    "Customer: MEHTA ARJUN, NRIC/FIN ending 512K",
    "",
    "08/07/2026  Metformin 1000 mg x 60          SGD  18.40",
    "08/07/2026  Sitagliptin 100 mg x 28         SGD 124.00",
    "06/08/2026  Metformin 1000 mg x 60          SGD  18.40",
    "06/08/2026  Sitagliptin 100 mg x 28         SGD 124.00",
    "06/08/2026  Blood glucose test strips x 100 SGD  62.50",
    "04/09/2026  Metformin 1000 mg x 60          SGD  18.40",
    "04/09/2026  Sitagliptin 100 mg x 28         SGD 124.00",
    "",
    "Total SGD 489.70 - paid by card",
    "Prescriber: Dr Lim Wei Ling, Novena Family Clinic",
], title="Receipts", author="Orchard Health Pharmacy"))])

mail("s43", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "life underwriting asks a UK GP for a report on a named applicant with disclosed hypertension and knee surgery",
     frm=GEISLER, to="Harbourside Surgery <admin@harbourside-surgery.example>",
     subject="GP report request – Mr Oliver Bramwell, DOB 30/05/1979 – application LA-26-08817",
     date="2026-05-27 10:22", body="""\
Dear Dr Ashworth,

Mr Oliver Bramwell, who now lives in Wiesbaden, has applied to us for term life cover
of EUR 400,000. In his application he discloses high blood pressure treated with
amlodipine 5 mg since 2021 and an arthroscopic meniscus repair (right knee) in 2019.

With his signed consent (enclosed earlier by post, copy available), we would be
grateful for a GP report covering: blood pressure readings of the last two years,
any end-organ damage, cholesterol and HbA1c values if available, smoking status,
and any other significant conditions. We will pay a fee of GBP 110 on receipt.

Kind regards

Tanja Geisler
Underwriting Life / Risk Assessment
Weidenhof Lebensversicherung AG
Weidenhofallee 12, 65189 Wiesbaden, Germany
Phone +49 611 94470-4230

""" + FOOT_LV)

_s44_rows = [["Member", "Country", "Diagnosis", "Status", "Reserve EUR"],
             ["Florian Gerber", "UK", "Ischaemic stroke (I63.4), ICU", "repatriation planned", "185,000"],
             ["Priya Raman-Schulze", "UAE", "Pregnancy, gest. diabetes", "delivery 09/2026", "12,000"],
             ["Tomás Quiroga", "Chile", "Acute leukaemia (C92.0), chemo cycle 2", "ongoing", "240,000"],
             ["Mia Andersen-Koch", "USA", "Polytrauma after car accident", "rehab", "310,000"]]
mail("s44", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "HTML-only internal large-claims list: named members with diagnoses and reserves in a table",
     frm=BELLINI, to="International Health Desk <expat-team@%s>" % D, cc=VOGELSANG,
     subject="Large case review – agenda Thursday", date="2026-09-22 17:10",
     html=html_doc("<p>Hi all,</p><p>for Thursday's large case review (10:00, room 4.12) these are the "
                   "open cases above EUR 100k plus the two maternity cases we flagged:</p>" +
                   table_html(_s44_rows) +
                   "<p>Please bring the latest medical reports. Henrike, can you join for the "
                   "Quiroga case? The Chilean hospital wants a second GOP.</p><p>Thanks,<br>Marco</p>"))

mail("s45", "STRICTLY_CONFIDENTIAL", "en", "partner-to-insurer",
     "assistance partner's medevac update on a named member with pelvic fracture, fitness to fly with medical escort",
     frm="GlobeAssist Operations <ops@globeassist.example>", to="expat@" + D,
     subject="Case GA-26-55102 / your ref. GOP-26-1190 – status update", date="2026-10-19 04:47", body="""\
Dear partner,

update on case GA-26-55102, your member Ms Mia Andersen-Koch:

- Hospital: Riverside Trauma Center, Denver CO; treating surgeon Dr K. Patel.
- Injuries: pelvic ring fracture (operated 11/10), fracture of left tibia (operated
  13/10), pneumothorax resolved.
- Status: haemodynamically stable, mobilising with a walker, pain controlled with oral
  opioids. No signs of thrombosis.
- Fit to fly: yes, on commercial flight, business class with leg rest, with a
  medical escort (nurse). Earliest date 24/10.
- Proposed: LH flight DEN-FRA 24/10, ground ambulance to BG Klinik Frankfurt
  (bed confirmed for 25/10).

Please confirm cost coverage for the escort (estimated EUR 14,800).

Best regards,
Anna Kowalczyk, RN
Medical Coordinator, GlobeAssist Medical Services
24/7 +44 20 0000 4411
""")

mail("s46", "STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
     "Dubai clinic sends final invoice and discharge summary (PDF) after caesarean delivery of a named member",
     frm="Al Noor International Clinic – Insurance Desk <insurance@alnoor-clinic.example>", to=DONNELLY,
     subject="RE: Guarantee of Payment GOP-26-0871 – final invoice", date="2026-09-10 12:40",
     irt="s13|" + D, body="""\
Dear Ms Donnelly,

please find attached the final invoice and the discharge summary for Ms Priya
Raman-Schulze. Mother and baby were discharged in good condition on 08/09/2026.

Kind regards,
Fatima Al Zaabi
Insurance Desk, Al Noor International Clinic, Dubai Healthcare City
""", atts=[att("INV-ANC-2026-18874_and_discharge.pdf", pdf([
    "# Al Noor International Clinic - Final Invoice INV-ANC-2026-18874",
    "Patient: RAMAN-SCHULZE, PRIYA  DOB 17/02/1991  MRN 00881247",
    "Payer: Weidenhof Krankenversicherung AG, GOP-26-0871",
    "",
    "Lower segment caesarean section (emergency), 04/09/2026     AED 21,400",
    "Anaesthesia (spinal)                                        AED  3,200",
    "Private room 4 nights                                       AED  8,800",
    "Newborn care, paediatric examination, hearing screening     AED  2,950",
    "Laboratory, CTG, medication                                 AED  4,115",
    "Total                                                       AED 40,465",
    "",
    "# Discharge summary",
    "Indication for C-section: failure to progress, suspected fetal distress (CTG).",
    "Gestational diabetes (diet-controlled) - glucose normal post partum.",
    "Baby boy, 3,280 g, APGAR 8/9/10. Mother: uncomplicated recovery.",
    "Follow-up: wound check day 10, OGTT at 6-12 weeks.",
], title="Final invoice", author="Al Noor International Clinic"))])

mail("s47", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "complaint answer to a named member about a declined IVF cycle, mentioning age, prior cycles and AMH value",
     frm="Lukas Feldmann <lukas.feldmann@%s>" % D, to="Laura Brenner-Hayes <laura.bh@brennerhayes.example>",
     subject="Your complaint of 2 March 2026 – IVF cycle 4", date="2026-03-13 15:15", body="""\
Dear Ms Brenner-Hayes,

thank you for your letter of 2 March and for explaining your situation so openly.

We have reviewed our decision on the fourth IVF/ICSI cycle once more with our medical
adviser. Your policy (Expat Gold, member ID EXP-88-21077) covers up to three cycles,
and further cycles only if the chance of success per cycle is at least 15 %. Given
your age (42), the three previous cycles in 2024 and 2025 without a clinical
pregnancy, and the AMH value of 0.4 ng/ml reported by the fertility centre in
Frankfurt, our adviser estimates the probability clearly below this threshold. We
therefore have to uphold our decision.

We understand that this is very disappointing. If you disagree, you may contact the
insurance ombudsman for private health insurance (PKV-Ombudsmann); the address is
enclosed in our letter by post.

Yours sincerely,

Lukas Feldmann
Complaints Management
Weidenhof Krankenversicherung AG

""" + FOOT_EN)

_s48_rows = [["ClaimNo", "MemberID", "MemberName", "ServiceDate", "Provider", "ICD10", "Amount_AED"],
             ["GC-0926-1101", "EXP-88-41902", "RAMAN-SCHULZE PRIYA", "2026-09-04", "AL NOOR INTL CLINIC", "O82", "40465.00"],
             ["GC-0926-1102", "EXP-88-41903", "SCHULZE MATTHIAS", "2026-09-07", "MEDCARE HOSP", "J02.9", "640.00"],
             ["GC-0926-1137", "EXP-88-50114", "HOFFMANN-RIAD LENA", "2026-09-15", "KINGS COLLEGE HOSP DXB", "M54.5", "1250.00"],
             ["GC-0926-1150", "EXP-88-50117", "RIAD KARIM", "2026-09-21", "ASTER CLINIC", "E78.0", "385.00"]]
mail("s48", "STRICTLY_CONFIDENTIAL", "en", "partner-to-insurer",
     "TPA monthly bordereau: the body is administrative; the CSV lists named members with ICD-10 codes and amounts",
     frm="Gulfcare TPA – Reporting <reporting@gulfcare-tpa.example>", to="expat@" + D,
     subject="Claims bordereau September 2026 – Weidenhof UAE group schemes", date="2026-10-05 09:00",
     cte="7bit", body="""\
Dear Weidenhof team,

please find attached the claims bordereau for September 2026 (4 paid claims, total
AED 42,740.00). The funding request for the float account will follow separately.

This is an automated message from the Gulfcare reporting system.
Gulfcare Third Party Administrators LLC, Dubai
""", atts=[att("WEIDENHOF_BDX_202609.csv", csvdata(_s48_rows, "utf-8", ","), charset="utf-8")])

mail("s49", "STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
     "'Thanks – done' one-liner; the quoted history holds the named patient's MRI result (L4/5 disc protrusion) and referral",
     frm="Dr Emily Hargreaves <e.hargreaves@ffm-family-practice.example>", to=DONNELLY,
     subject="Re: Prior authorisation MRI – Jonathan Pryce", date="2026-04-16 17:58", irt="s14|ffm-family-practice.example",
     body="""\
Thanks – done. Referral letter went out today.

E.

On 15 Apr 2026, at 11:20, Claire Donnelly wrote:
> Dear Dr Hargreaves,
>
> thank you for sending the MRI report. We note that it shows a left paramedian disc
> protrusion at L4/5 with contact to the L5 nerve root, no stenosis. A consultation
> with the spinal surgeon (Dr Berger, Wirbelsäulenzentrum Mainz) and, if
> recommended, a CT-guided nerve root injection are covered under Mr Pryce's plan.
> Please ask the surgeon to send a cost estimate before any surgery.
>
> Kind regards
> Claire Donnelly
> International Health Desk
""")

mail("s50", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "insurer declines cost estimate for dental implants abroad for a named member because teeth were missing before cover began",
     frm=RENNERT, to="Liam O'Connor <liam.oconnor@oconnor-net.example>",
     subject="Your treatment plan – implants 14 and 15 (Budapest)", date="2026-06-09 11:48", body="""\
Dear Mr O'Connor,

thank you for sending the treatment plan from Smile Dental Clinic, Budapest, for two
implants in positions 14 and 15 (HUF 1,240,000, about EUR 3,150).

Unfortunately we cannot confirm cover. According to the dental status in your
application of 1 March 2025, teeth 14 and 15 were already missing when your dental
cover (ZahnPlus 90, policy KV-4473-902115) started. Replacement of teeth that were
missing before the start of the contract is excluded under § 4 (3) of the tariff
conditions.

Cover for the professional cleaning and the filling on tooth 36 in the same plan is
confirmed.

Kind regards

Tobias Rennert
Dental Claims
Weidenhof Krankenversicherung AG

""" + FOOT_EN)

mail("s51", "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
     "practice reports a group accident claim: named practice nurse cut her hand and injured a tendon at work",
     frm="Practice Manager FIFP <office@ffm-family-practice.example>", to="unfall-schaden@" + D,
     subject="Group accident policy GU-2025-00418 – accident of our practice nurse", date="2026-02-05 16:27", body="""\
Dear Sir or Madam,

we would like to report an accident under our group accident policy GU-2025-00418
(Frankfurt International Family Practice, 9 insured employees).

On 3 February 2026 our practice nurse, Ms Chloe Barrington (born 19 June 1990), cut
her right palm on a broken glass ampoule while preparing an injection. She was
treated at the hand surgery department of Markus-Krankenhaus the same day: the
flexor tendon of the right index finger was partially severed and sutured. She will
wear a splint for six weeks and is unable to work for at least eight weeks.

The accident has also been reported to the statutory accident insurer (BGW).
Please let us know which forms you need.

Kind regards,
Jennifer Walsh
Practice Manager
Frankfurt International Family Practice · Bockenheimer Landstraße 51 · 60325 Frankfurt
""")

mail("s52", "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
     "no medical word: GP practice asks why a named patient's invoice was not reimbursed – the treatment relationship is professional secrecy data",
     frm="Praxis Dr. Reinholz <praxis@praxis-reinholz.example>", to="leistung-kv@" + D,
     subject="Rückfrage Rechnung vom 12.02.2026 – Frau Derya Kemal", date="2026-03-05 12:02", body="""\
Sehr geehrte Damen und Herren,

Frau Derya Kemal war heute bei uns und sagte, dass Sie unsere Rechnung vom 12.02.2026
(Rechnungsnummer 2026-0219, 86,44 €) nicht erstattet haben, weil sie unvollständig
sei. Können Sie uns bitte sagen, was genau fehlt? Dann schicken wir Frau Kemal eine
korrigierte Rechnung.

Vielen Dank und freundliche Grüße
Jessica Lindner
Praxis Dr. med. Anja Reinholz · Rathausstraße 41 · 65203 Wiesbaden-Biebrich
Tel. 0611 60 44 81
""")

mail("s53", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "practice fleet mail: a named employee may no longer drive because his eyesight has become too poor – health fact without a medical term",
     frm="Dr. Tobias Keller <keller@ortho-keller-nowak.example>", to=YILMAZ,
     subject="Flottenvertrag KF-FL 20 774 – Fahrerkreis ändern", date="2026-05-22 10:10", body="""\
Hallo Herr Yilmaz,

bitte nehmen Sie Herrn Gerd Albers ab sofort aus dem Fahrerkreis unseres
Flottenvertrags heraus. Herr Albers (unser Hausmeister und Fahrer für die
Hausbesuche) sieht seit dem Frühjahr so schlecht, dass er nicht mehr Auto fahren
darf; er macht bis zur Rente nur noch Innendienst.

Neu in den Fahrerkreis kommt unsere MFA Frau Kerstin Jacobi, Führerschein seit 2009.
Ändert sich dadurch etwas am Beitrag?

Gruß
Tobias Keller

Gemeinschaftspraxis für Orthopädie und Unfallchirurgie
Dr. med. Tobias Keller & Dr. med. Piotr Nowak · Große Bleiche 18 · 55116 Mainz
""")

mail("s54", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group-contract administrator wrongly tells the employer (GP practice) about an employee's dental benefit claim (splint, cleaning)",
     frm=BRANDT, to="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>",
     subject="AW: bKV GV-KV 5510 – Rückfrage Budget Frau Yıldırım", date="2026-06-18 09:41",
     irt="s54q|praxis-reinholz.example", body="""\
Liebe Frau Dr. Reinholz,

Frau Yıldırım hatte uns gebeten, Ihnen den Stand mitzuteilen, da Sie ihr das
Budget bei der Einstellung erklärt hatten: Von ihrem Jahresbudget (600 €) sind
durch die professionelle Zahnreinigung (98 €) und die Aufbissschiene wegen
nächtlichen Zähneknirschens (312 €) bereits 410 € verbraucht. Für die geplante
Brille stehen somit noch 190 € zur Verfügung.

""" + SIG_BRANDT + """

-----Ursprüngliche Nachricht-----
Von: Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>
Gesendet: Dienstag, 16. Juni 2026 19:02
Betreff: bKV GV-KV 5510 – Rückfrage Budget Frau Yıldırım

Liebe Frau Brandt, meine Mitarbeiterin fragt, wie viel von ihrem Budget noch übrig
ist. Können Sie mir das sagen? Danke, A. Reinholz
""" + "\n" + FOOT_KV)

mail("s55", "STRICTLY_CONFIDENTIAL", "de", "midwife-to-insurer",
     "midwife's invoice enquiry for post-natal care of a named mother and newborn, with breastfeeding problems",
     frm="Carola Fuchs <hebamme@hebamme-fuchs.example>", to="leistung-kv@" + D,
     subject="Rechnung Wochenbettbetreuung – Frau Jasmin Roth", date="2026-07-28 21:33", cte="8bit", body="""\
Guten Abend,

ich habe Frau Jasmin Roth (bei Ihnen versichert, KV-4472-664108) nach der Geburt
ihrer Tochter am 14.06.2026 im Wochenbett betreut. Wegen einer Brustentzündung
am 10. Tag und Trinkschwäche des Kindes waren 19 statt der üblichen 16 Hausbesuche
nötig, außerdem zwei Stillberatungen per Telefon.

Frau Roth sagt, Sie hätten ihr mitgeteilt, dass nur 16 Besuche erstattet werden.
Laut Hebammenhilfevertrag sind bei medizinischer Indikation weitere Besuche möglich –
die Begründung steht auf meiner Rechnung. Könnten Sie das bitte noch einmal prüfen?

Liebe Grüße
Carola Fuchs
freiberufliche Hebamme · Walkmühlstraße 8 · 65195 Wiesbaden · 0170 2218 330
""")

mail("s56", "STRICTLY_CONFIDENTIAL", "de", "therapist-to-insurer",
     "occupational therapist objects to a rejection for a named child with ADHD (F90.0); quoted rejection",
     frm="Daniela Moser <info@ergo-kinderleicht.example>", to=KROEGER,
     subject="AW: Ergotherapie Ben Schulte – Ablehnung", date="2026-02-24 08:15", irt="s56q|" + D, body="""\
Sehr geehrte Frau Kröger,

Ben ist acht Jahre alt und hat eine ärztlich gesicherte ADHS (F90.0) mit deutlichen
Problemen in der Grafomotorik und Handlungsplanung. Die Ergotherapie ist vom
Kinder- und Jugendpsychiater verordnet und ausdrücklich als Ergänzung zur
Medikation gedacht. Dass der Tarif seiner Eltern Ergotherapie "nur nach
Schlaganfall oder Operation" erstattet, halte ich für eine sehr enge Auslegung.
Bitte legen Sie den Fall Ihrem Beratungsarzt vor.

Mit freundlichen Grüßen
Daniela Moser
Ergotherapie Kinderleicht · Inh. Daniela Moser · Bahnhofstraße 19 · 65527 Niedernhausen

> Sehr geehrte Frau Moser,
> die Ergotherapie für Ben Schulte (versichert über Herrn Markus Schulte,
> KV-4471-388140) können wir leider nicht übernehmen, da Heilmittel nach dem
> Tarif AmbuStart nur im Zusammenhang mit einer vorangegangenen stationären
> Behandlung erstattet werden.
> Mit freundlichen Grüßen, Sabine Kröger
""")

mail("s57", "STRICTLY_CONFIDENTIAL", "de", "nursing-home-to-insurer",
     "nursing home reports the death of a named resident to end his daily care allowance contract",
     frm="Renate Igel <verwaltung@haus-sonnenhang.example>", to="pflege@" + D,
     subject="Sterbefall – Herr Alfons Wiegand, PT-4470-118054", date="2026-10-15 11:26",
     charset="iso-8859-1", cte="8bit", body="""\
Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass unser Bewohner Herr Alfons Wiegand, geb. 11.04.1936,
am 14.10.2026 in unserem Haus verstorben ist. Die Sterbeurkunde wird Ihnen der Sohn,
Herr Ulrich Wiegand, zusenden. Das Pflegetagegeld für Oktober bitten wir anteilig
bis zum 14.10. abzurechnen; den Heimvertrag rechnen wir ebenfalls zum Sterbetag ab.

Mit freundlichen Grüßen
Renate Igel
Seniorenresidenz Haus Sonnenhang gGmbH
""")

_s58_rows = [["Pos.", "Hilfsmittel", "Menge", "Betrag"],
             ["1", "Flachstrick-Armstrumpf KKL 2, rechts, mit Handteil (Maß)", "2", "486,40 €"],
             ["2", "Kompressionshandschuh KKL 2, rechts", "2", "212,80 €"],
             ["3", "Anziehhilfe", "1", "34,90 €"],
             ["", "Gesamt", "", "734,10 €"]]
mail("s58", "STRICTLY_CONFIDENTIAL", "de", "supply-shop-to-insurer",
     "HTML-only mail from a medical-supply shop: compression garments for a named insured's lymphoedema after mastectomy, in a table",
     frm="Sanitätshaus Rheinblick – Kompressionsversorgung <kompression@sanitaetshaus-rheinblick.example>",
     to="hilfsmittel@" + D, subject="Kostenvoranschlag Kompressionsversorgung – Frau Johanna Reitz",
     date="2026-08-20 14:52",
     html=html_doc("<p>Sehr geehrte Damen und Herren,</p>"
                   "<p>für Ihre Versicherte <b>Frau Johanna Reitz</b> (Vers.-Nr. KV-4470-715532) "
                   "erhalten Sie unseren Kostenvoranschlag für die Erstversorgung mit einer "
                   "Flachstrick-Kompression. Verordnung: Dr. med. Claudia Henning, Gynäkologie, "
                   "Diagnose sekundäres Lymphödem des rechten Armes nach Mastektomie und "
                   "Axilladissektion (I97.2).</p>" + table_html(_s58_rows) +
                   "<p>Mit freundlichen Grüßen<br>Andrea Schmelz<br>Kompressionsversorgung<br>"
                   "Sanitätshaus Rheinblick GmbH · Mainzer Straße 210 · 65189 Wiesbaden</p>", font="Verdana"))

mail("s59", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
     "insurer confirms direct billing of an adalimumab prescription for a named insured to the pharmacy; quotes the request",
     frm=KROEGER, to="Kochbrunnen-Apotheke <rezeptur@kochbrunnen-apotheke.example>",
     subject="AW: Anfrage Kostenzusage Hochpreiser - Herr Karl-Heinz Dönges", date="2026-02-26 15:20",
     irt="s06|kochbrunnen-apotheke.example", body="""\
Sehr geehrte Frau Demir,

wir bestätigen die Direktabrechnung des Rezeptes über Adalimumab 40 mg (6 Fertigpens)
für Herrn Dönges. Bitte rechnen Sie wie gewohnt über unser Arzneimittel-Portal ab und
geben Sie die Zusagenummer AZ-26-00937 an. Die Zusage gilt für Folgeverordnungen
bis 31.12.2026, sofern Wirkstoff und Dosierung unverändert bleiben.

""" + SIG_KROEGER + """

> Uns liegt ein Privatrezept von Frau Dr. Weißgerber (Rheumatologie, Mainz) für
> Ihren Versicherten Herrn Karl-Heinz Dönges vor: Adalimumab 40 mg, 6 St.,
> PZN 17264599, AVP 4.312,88 EUR. Können Sie uns eine Kostenzusage geben?
""" + "\n" + FOOT_KV)

mail("s60", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "customer's short question; the forwarded rfc822 mail from the dental MVZ explains periodontitis treatment and extra costs",
     frm="Oliver Grunwald <o.grunwald@grunwald-it.example>", to="leistung-zahn@" + D,
     subject="WG: Ihre Parodontitis-Behandlung – Mehrkosten", date="2026-11-09 20:44", body="""\
Hallo,

was sagen Sie zu der Mail der Zahnarztpraxis (anbei)? Zahlen Sie das oder nicht?
Ich möchte vor Behandlungsbeginn wissen, woran ich bin.

Gruß O. Grunwald
""", atts=[fwd("s60", "Zahnwerk Rheingau MVZ <patientenservice@zahnwerk-rheingau.example>",
                 "o.grunwald@grunwald-it.example", "Ihre Parodontitis-Behandlung – Mehrkosten",
                 "2026-11-09 11:05", """\
Sehr geehrter Herr Grunwald,

wie besprochen fassen wir zusammen: Bei Ihnen besteht eine generalisierte
Parodontitis Stadium III, Grad B. Geplant sind die antiinfektiöse Therapie in zwei
Sitzungen (GOZ 4070/4075, 28 Zähne) sowie nach drei Monaten eine Reevaluation.
An den Zähnen 16 und 26 ist voraussichtlich eine chirurgische Therapie (GOZ 4090)
nötig.

Wir berechnen die Leistungen mit Faktor 3,0 wegen der erhöhten Taschentiefen
(bis 8 mm) und des erschwerten Zugangs im Molarenbereich. Dadurch entstehen
Mehrkosten von ca. 640 € gegenüber dem 2,3-fachen Satz. Bitte klären Sie die
Erstattung mit Ihrer Versicherung.

Freundliche Grüße
Ihr Team vom Zahnwerk Rheingau
Zahnwerk Rheingau MVZ GmbH · Rheinweg 4 · 65343 Eltville
""")])

# ==========================================================================
# IBAN helper (ISO 7064 mod 97-10; invented bank codes and account numbers)
# ==========================================================================

def iban(country, bban, grouped=True):
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (country, chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s

IBAN_REINHOLZ = iban("DE", "51091700" + "0004471208")
IBAN_OSTROWSKI = iban("DE", "51092400" + "0201557730")
IBAN_GERLACH = iban("DE", "55060831" + "0008812004")
IBAN_LUEDERS = iban("DE", "51091700" + "0006630155")
IBAN_HARGREAVES = iban("DE", "50010517" + "5521889034")
IBAN_BRUMMER = iban("DE", "51092400" + "0100883127")
IBAN_LINDQVIST = iban("DE", "10010424" + "0733019925")
IBAN_DOYLE = iban("DE", "50010517" + "6610324478")
IBAN_HADDAD = iban("AE", "033" + "1234567890123456")
IBAN_FUCHS = iban("DE", "51091700" + "0009034412")
IBAN_WEIDENHOF = iban("DE", "51090000" + "0044700000")   # the insurer's own collection account
IBAN_MEDABR = iban("DE", "51092400" + "0077120000")      # billing centre GmbH
IBAN_FITZ_IE = iban("IE", "BOFI" + "904417" + "30218845")
IBAN_NOOR = iban("AE", "260" + "2110000000188431")        # clinic LLC

# ==========================================================================
# MAILS — CONFIDENTIAL, part 1
# ==========================================================================

mail("c01", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; GP (sole owner) reports burst-pipe water damage in her practice – medical equipment, no patient; her contents policy and claim",
     frm="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>", to="schaden-sach@" + D,
     subject="Wasserschaden Praxis – Inhaltsversicherung IV-2021-204417", date="2026-02-09 07:12",
     mailer="Microsoft Outlook 16.0", body="""\
Sehr geehrte Damen und Herren,

heute Morgen haben wir festgestellt, dass in der Nacht im Sterilisationsraum unserer
Praxis ein Eckventil unter dem Waschbecken geplatzt ist. Das Wasser ist durch den
Flur bis in Labor und Behandlungsraum 2 gelaufen (ca. 3 cm hoch).

Betroffen sind nach erster Sichtung:
- Ultraschallgerät (Sonoline, Baujahr 2021) – stand auf dem Rollwagen, Netzteil nass
- EKG-Gerät und Spirometer im Labor (unterer Schrank)
- Laborkühlschrank, Zentrifuge
- Einbauschränke Labor, Laminatboden im Flur und in zwei Räumen
- Papiervorräte, Formulare, Verbandsmaterial

Der Installateur (Firma Hahn, Biebrich) war um 6:30 Uhr da und hat das Ventil
getauscht. Die Praxis bleibt heute geschlossen, Patienten werden an die Vertretung
verwiesen. Wir brauchen dringend Trocknungsgeräte – darf ich die selbst beauftragen?

Ich bin heute unter 0171 4408 216 erreichbar.

Mit freundlichen Grüßen
Dr. med. Anja Reinholz
Rathausstraße 41 · 65203 Wiesbaden-Biebrich
""")

mail("c02", "CONFIDENTIAL", "de", "insurer-to-company",
     "advance payment on the practice water-damage claim of a named GP to her personal IBAN; quoted claim report",
     frm=ACAR, to="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>",
     subject="AW: Wasserschaden Praxis – Schaden-Nr. S26-0047165", date="2026-02-12 13:35",
     irt="c01|praxis-reinholz.example", body="""\
Sehr geehrte Frau Dr. Reinholz,

vielen Dank für die schnelle Meldung und die Fotos. Wir haben den Schaden unter der
Nummer S26-0047165 angelegt. Die Trocknung durch die Firma Trockenbau Lanz ist
freigegeben.

Als Abschlag überweisen wir heute 8.000,00 € auf Ihr Konto
IBAN """ + IBAN_REINHOLZ + """ (Nassauische Kreditbank).
Die endgültige Abrechnung erfolgt nach dem Gutachten von Herrn Ing. Merten, der sich
wegen eines Termins bei Ihnen meldet. Für das Ultraschallgerät benötigen wir noch den
Kostenvoranschlag des Herstellers bzw. die Stellungnahme des Medizintechnikers.

Die Betriebsunterbrechung (2 Schließtage) machen Sie bitte mit der Aufstellung Ihres
Steuerberaters geltend.

""" + SIG_ACAR + """

-----Ursprüngliche Nachricht-----
Von: Dr. Anja Reinholz
Gesendet: Montag, 9. Februar 2026 07:12
Betreff: Wasserschaden Praxis – Inhaltsversicherung IV-2021-204417

heute Morgen haben wir festgestellt, dass in der Nacht im Sterilisationsraum unserer
Praxis ein Eckventil unter dem Waschbecken geplatzt ist. [...]
""" + "\n" + FOOT_ALLG)

mail("c03", "CONFIDENTIAL", "de", "insurer-to-company",
     "calendar invitation (ICS) for the loss adjuster's visit at a named GP's practice with her mobile number and claim number",
     frm=ACAR, to="Dr. Anja Reinholz <a.reinholz@praxis-reinholz.example>",
     cc="Ing.-Büro Merten <merten@sv-merten.example>",
     subject="Besichtigungstermin S26-0047165 – Mi 18.02., 13:00 Uhr", date="2026-02-13 10:02", body="""\
Sehr geehrte Frau Dr. Reinholz,

wie telefonisch besprochen kommt Herr Ing. Merten am Mittwoch, 18.02.2026, um 13:00 Uhr
in Ihre Praxis. Die Einladung liegt bei. Bitte halten Sie die Rechnung des
Installateurs und die Anschaffungsbelege der Geräte bereit.

""" + SIG_ACAR + "\n\n" + FOOT_ALLG, atts=[att("Besichtigung_S26-0047165.ics", ics(
    "s26-0047165-besichtigung@" + D, "20260218T130000", "20260218T143000",
    "Besichtigung Wasserschaden S26-0047165 – Praxis Dr. Reinholz",
    location="Praxis Dr. med. Anja Reinholz, Rathausstraße 41, 65203 Wiesbaden-Biebrich",
    description="Sachverständiger: Ing. Merten. Ansprechpartnerin vor Ort: Dr. Anja Reinholz, mobil 0171 4408 216. "
                "Vertrag IV-2021-204417.",
    organizer="melanie.acar@" + D, attendees=["a.reinholz@praxis-reinholz.example", "merten@sv-merten.example"]))])

mail("c04", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; dentist reports overvoltage damage to his dental X-ray/CBCT unit under his electronics policy; photos attached, no patient",
     frm="Dr. Fabian Ostrowski <dr.ostrowski@zahnarzt-ostrowski.example>", to="schaden-sach@" + D,
     subject="Schadenmeldung Elektronikversicherung EL-2022-118305 – DVT defekt nach Gewitter",
     date="2026-06-29 17:48", body="""\
Sehr geehrte Damen und Herren,

nach dem Gewitter in der Nacht zum 27.06. startet unser DVT-Gerät (digitale
Volumentomographie, Hersteller Planmeca-Vertrieb Rhein-Main, angeschafft 2022 für
118.000 € netto) nicht mehr. Der Techniker hat heute eine defekte Steuerplatine und
einen beschädigten Hochspannungsgenerator festgestellt und vermutet eine
Überspannung. Auch zwei Behandlungseinheiten zeigen Fehlermeldungen.

Kostenvoranschlag des Herstellers: ca. 23.400 € netto. Bis zur Reparatur müssen wir
Patienten für 3D-Aufnahmen an die Radiologie überweisen.

Fotos der Platine und des Überspannungsschutzes im Hausanschluss hängen an.

Mit freundlichen Grüßen
Dr. med. dent. Fabian Ostrowski
Zahnarztpraxis · Aarstraße 5 · 65232 Taunusstein · 06128 97 33 10
""", atts=[att("DVT_Platine_01.jpg", image("c04a", 800, 600)),
           att("DVT_Platine_02.jpg", image("c04b", 800, 600)),
           att("Hausanschluss_UeSS.jpg", image("c04c", 600, 800))])

mail("c05", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; physiotherapist (sole trader) reports burglary and stolen laptop with appointment calendar; no patient identified",
     frm="Sven Lüders <praxis@physio-bewegungsraum.example>", to="schaden-sach@" + D,
     subject="Einbruch in Praxis – Laptop und Kasse weg", date="2026-11-16 08:03", cte="8bit", body="""\
Hallo,

heute Nacht wurde bei uns eingebrochen (Praxis Physiotherapie Bewegungsraum,
Biebricher Allee 102, Inhaltsversicherung IV-2023-551904). Die Eingangstür wurde
aufgebrochen, mitgenommen wurden:

- Laptop Dell Latitude (2024, ca. 1.400 €) mit unserer Terminsoftware
- Wechselgeldkasse (ca. 220 €)
- zwei Faszienpistolen und ein TENS-Gerät aus dem Behandlungsraum

Der Laptop ist mit Passwort und BitLocker geschützt, die Termin- und Patientendaten
liegen zusätzlich in der Cloud, da ist also nichts verloren. Die Polizei war da,
Vorgangsnummer ST/0981142/2026.

Die Tür muss ersetzt werden, der Schreiner kommt morgen. Was brauchen Sie von mir?

Gruß
Sven Lüders
""")

_c06_rows = [["Position", "2025/26", "2026/27"],
             ["Versicherte Ärzte", "2 (Orthopädie, operativ tätig)", "2 (Orthopädie, operativ tätig)"],
             ["Honorarumsatz Vorjahr", "1.180.000 €", "1.245.000 €"],
             ["Deckungssumme Personen-/Sachschäden", "5 Mio. €", "10 Mio. €"],
             ["Jahresbeitrag netto", "11.842,00 €", "14.206,00 €"],
             ["Versicherungsteuer 19 %", "2.249,98 €", "2.699,14 €"]]
mail("c06", "CONFIDENTIAL", "de", "insurer-to-company",
     "renewal of a two-doctor partnership's professional liability with their fee income and premium (text + HTML table)",
     frm=STAUDT, to="Dr. Tobias Keller <keller@ortho-keller-nowak.example>", cc="Dr. Piotr Nowak <nowak@ortho-keller-nowak.example>",
     subject="Berufshaftpflicht BH-2019-330126 – Verlängerung zum 01.07.2026", date="2026-05-05 16:12", body="""\
Sehr geehrter Herr Dr. Keller, sehr geehrter Herr Dr. Nowak,

zum 01.07.2026 steht die Verlängerung Ihrer Berufshaftpflicht an. Auf Basis Ihrer
Umsatzmeldung schlagen wir folgende Anpassung vor:

""" + table_text(_c06_rows) + """

Die höhere Deckungssumme empfehlen wir wegen der gestiegenen Schmerzensgeldniveaus bei
operativen Fächern. Wenn Sie einverstanden sind, genügt eine kurze Bestätigung per Mail.

""" + SIG_STAUDT + "\n\n" + FOOT_ALLG,
     html=html_doc("<p>Sehr geehrter Herr Dr. Keller, sehr geehrter Herr Dr. Nowak,</p>"
                   "<p>zum 01.07.2026 steht die Verlängerung Ihrer Berufshaftpflicht an. Auf Basis Ihrer "
                   "Umsatzmeldung schlagen wir folgende Anpassung vor:</p>" + table_html(_c06_rows) +
                   "<p>Die höhere Deckungssumme empfehlen wir wegen der gestiegenen Schmerzensgeldniveaus bei "
                   "operativen Fächern. Wenn Sie einverstanden sind, genügt eine kurze Bestätigung per Mail.</p>"
                   + text_to_html(SIG_STAUDT) + "<hr>" + text_to_html(FOOT_ALLG)))

mail("c07", "CONFIDENTIAL", "de", "company-to-insurer",
     "care service sends the driver list for its fleet contract (XLSX): employee names, birth dates, licence dates",
     frm="Dieter Baumgart <gf@pflegedienst-lebensfreude.example>", to=YILMAZ,
     subject="Fahrerliste 2026 für Flottenvertrag FL-2025-00312", date="2026-01-08 12:44", body="""\
Guten Tag Herr Yilmaz,

wie jedes Jahr die aktualisierte Fahrerliste für unsere 14 Dienstwagen. Neu sind
Herr Pieper und Frau Kaya, ausgeschieden ist Frau Lorenz.

Mit freundlichen Grüßen
Dieter Baumgart
Geschäftsführer
Ambulanter Pflegedienst Lebensfreude GmbH
""", atts=[att("Fahrerliste_2026.xlsx", xlsx([("Fahrer", [
    ["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Stammfahrzeug"],
    ["Krug", "Svetlana", "21.09.1985", "2004", "WI-LF 214"],
    ["Vogt", "Dominik", "02.02.1998", "2016", "WI-LF 209"],
    ["Pieper", "Lukas", "17.05.2001", "2019", "WI-LF 221"],
    ["Kaya", "Sibel", "09.10.1993", "2012", "WI-LF 217"],
    ["Hauser", "Monika", "28.12.1971", "1990", "WI-LF 200"],
    ["Brenneis", "Jörg", "14.03.1966", "1984", "Springer"],
])], author="Pflegedienst Lebensfreude"))])

mail("c08", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker requests quote for an orthodontist's new practice with her birth date, private address and planned turnover",
     frm="Nina Pohl <n.pohl@pohl-partner.example>", to=STAUDT,
     subject="Anfrage Praxispaket – Neugründung KFO Dr. Marquardt, Idstein", date="2026-01-19 11:07", body="""\
Hallo Herr Staudt,

ich bitte um ein Angebot für eine Neugründung:

Kundin: Dr. med. dent. Lena Marquardt, geb. 07.10.1986
Privat: Schillerstraße 5, 65510 Idstein
Praxis: Kieferorthopädie, Obergasse 2, 65510 Idstein (Übernahme der Räume einer
Zahnarztpraxis, Eröffnung 01.04.2026)
Geplanter Umsatz 1. Jahr: ca. 650.000 €, 6 Mitarbeiterinnen
Inventar: ca. 310.000 € (2 Behandlungseinheiten, OPG/FRS, Scanner, Labor)

Gewünscht: Praxisinhalt inkl. Elektronik, Betriebsunterbrechung (12 Monate),
Berufs- und Betriebshaftpflicht, Cyber. Die Finanzierung läuft über die
Apotheker- und Ärztebank-Filiale Wiesbaden, dort wird ein Sicherungsschein benötigt.

Danke und viele Grüße
Nina Pohl
Heilberufe-Versicherungsmakler Pohl & Partner GmbH
Luisenstraße 17 · 65185 Wiesbaden · Tel. 0611 88 71 50 · AG Wiesbaden HRB 26902
""")

mail("c09", "CONFIDENTIAL", "de", "insurer-to-company",
     "premium invoice for a dentist's professional liability with his SEPA mandate and full IBAN",
     frm="Weidenhof Beitragsservice <beitragsservice@%s>" % D, to="Dr. Fabian Ostrowski <dr.ostrowski@zahnarzt-ostrowski.example>",
     subject="Beitragsrechnung 2026 – Vertrag BH-2023-207761", date="2026-01-05 06:30", body="""\
Sehr geehrter Herr Dr. Ostrowski,

für Ihre Berufs- und Betriebshaftpflichtversicherung BH-2023-207761 (Zahnarztpraxis,
Aarstraße 5, Taunusstein) stellen wir Ihnen den Jahresbeitrag 2026 in Rechnung:

  Jahresbeitrag netto        1.486,00 €
  Versicherungsteuer 19 %      282,34 €
  Gesamt                     1.768,34 €

Der Betrag wird am 15.01.2026 per SEPA-Lastschrift von Ihrem Konto
IBAN """ + IBAN_OSTROWSKI + """ eingezogen
(Mandatsreferenz WH-BH-2023-207761-01, Gläubiger-ID DE98ZZZ00000445120).

Mit freundlichen Grüßen
Ihr Beitragsservice
Weidenhof Allgemeine Versicherung AG

""" + FOOT_ALLG)

mail("c10", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; pharmacist (e.K.) reports fridge failure with spoiled vaccines and insulin stock – her contents claim, no patient",
     frm="Gül Demir <g.demir@kochbrunnen-apotheke.example>", to="schaden-sach@" + D,
     subject="Schaden Kühlgut – Apothekenversicherung AP-2020-077412", date="2026-07-21 08:40", body="""\
Sehr geehrte Damen und Herren,

am Wochenende (18./19.07.) ist unser Arzneimittelkühlschrank im Lager ausgefallen.
Der Temperaturlogger zeigt ab Samstag 14:20 Uhr einen Anstieg bis auf 19 °C; das
Alarmmodem hat wegen einer Störung im Telefonnetz nicht ausgelöst.

Wir mussten die gesamte Kühlware vernichten, u. a.:
- Impfstoffe (Influenza, FSME, Pneumokokken, Herpes zoster)
- Insuline und GLP-1-Pens (Lagerware)
- Biologika-Rückstellungen für Vorbestellungen
Warenwert laut Warenwirtschaft: 7.384,16 € (Einkaufspreise, Liste folgt).

Der Kühlschrank (Baujahr 2019) ist irreparabel, ein Ersatzgerät ist bestellt.
Die Entsorgung erfolgte über unseren Großhändler, Bestätigung liegt vor.

Mit freundlichen Grüßen
Gül Demir
Apothekerin, Inhaberin
Kochbrunnen-Apotheke e.K. · Kranzplatz 4 · 65183 Wiesbaden
""")

mail("c11", "CONFIDENTIAL", "en", "company-to-insurer",
     "English-speaking GP (sole practice owner) changes the bank account for her practice policies: new personal IBAN",
     frm="Dr Emily Hargreaves <e.hargreaves@ffm-family-practice.example>", to="beitragsservice@" + D,
     subject="New bank details – policies IV-2022-610045 and BH-2022-610046", date="2026-03-03 19:15", body="""\
Dear Sir or Madam,

I have moved my accounts to a different bank. From April, please collect the
premiums for my practice contents policy (IV-2022-610045) and my professional
liability policy (BH-2022-610046) from the following account:

Account holder: Dr Emily Jane Hargreaves
IBAN: """ + IBAN_HARGREAVES + """
BIC: INGDDEFFXXX

A new SEPA mandate is attached to the letter I posted today. The old account at
Frankfurter Volksbank will be closed at the end of April.

Kind regards,
Emily Hargreaves
Frankfurt International Family Practice · Bockenheimer Landstraße 51 · 60325 Frankfurt
""")

mail("c12", "CONFIDENTIAL", "de", "company-to-insurer",
     "grey zone: nursing-home company reports storm damage to its roof with policy and claim details and a named contact (company contract)",
     frm="Bernhard Quast <heimleitung@haus-sonnenhang.example>", to="schaden-sach@" + D,
     subject="Sturmschaden Dach – Gebäudeversicherung GV-2018-220871", date="2026-02-17 09:25",
     charset="windows-1252", cte="quoted-printable", mailer="Microsoft Outlook 16.0", body="""\
Sehr geehrte Damen und Herren,

durch das Sturmtief in der Nacht zum 16.02. wurden auf dem Dach unseres Hauptgebäudes
(Am Sonnenhang 20, Bad Schwalbach) ca. 40 m² Ziegel abgedeckt und die Dachrinne an der
Nordseite abgerissen. In zwei Bewohnerzimmern im 3. OG ist Wasser durch die Decke
getreten; die Bewohner wurden vorübergehend in freie Zimmer im 1. OG verlegt.

Die Dachdeckerfirma Kraus hat notdürftig mit Planen gesichert. Kostenvoranschlag
für die Reparatur: 18.650 € brutto. Für das Gerüst weitere ca. 4.200 €.

Ansprechpartner vor Ort: unser Haustechniker Herr Ludwig Sander, 0160 9002 118.

Mit freundlichen Grüßen
Bernhard Quast
Heimleitung · Seniorenresidenz Haus Sonnenhang gGmbH
""")

mail("c13", "CONFIDENTIAL", "de", "company-to-insurer",
     "physiotherapist's practice car: parking-lot collision, nobody hurt, other driver's name and plate",
     frm="Sven Lüders <praxis@physio-bewegungsraum.example>", to="kfz-schaden@" + D,
     subject="Parkplatzschaden – WI-SL 102 – Kfz-Vertrag KF 77 801 334", date="2026-09-14 18:40", cte="8bit", body="""\
Hallo,

mir ist heute beim Ausparken auf dem Parkplatz vom Globus in Wiesbaden-Äppelallee ein
anderer Wagen hinten reingefahren (bzw. wir sind beide gleichzeitig rückwärts raus,
wie das halt so ist). Niemand verletzt.

Unfallgegner: Herr Thorsten Ebling, Ford Focus, MZ-TE 4410, versichert bei der
Rhein-Ahr-Assekuranz. Wir haben den Europäischen Unfallbericht ausgefüllt, Kopie
schicke ich per Post. Mein Auto (Praxiswagen, Skoda Octavia Kombi) hat eine Delle in
der Heckklappe, das Rücklicht ist kaputt.

Was muss ich jetzt tun? Werkstatt selbst aussuchen?

Gruß
Sven Lüders
Physiotherapie Bewegungsraum · Biebricher Allee 102 · 65187 Wiesbaden
""")

mail("c14", "CONFIDENTIAL", "de", "company-to-insurer",
     "dentist's employment legal-expenses claim: dismissal dispute with a named former assistant and her salary",
     frm="Dr. Fabian Ostrowski <dr.ostrowski@zahnarzt-ostrowski.example>", to="rechtsschutz@" + D,
     subject="Deckungsanfrage Arbeitsrechtsschutz – RS-2021-448103", date="2026-08-10 12:20", body="""\
Sehr geehrte Damen und Herren,

ich bitte um Deckungszusage für ein arbeitsgerichtliches Verfahren.

Ich habe meiner ZFA Frau Melanie Hornung (bei mir seit 2019, zuletzt 2.950 € brutto
monatlich, 35 Std./Woche) am 30.06.2026 ordentlich zum 30.09.2026 gekündigt. Grund
waren wiederholte Verstöße gegen die Hygienevorschriften bei der
Instrumentenaufbereitung trotz zweier Abmahnungen (12/2025 und 04/2026). Frau Hornung
hat am 17.07. Kündigungsschutzklage beim Arbeitsgericht Wiesbaden erhoben
(Az. 3 Ca 1127/26), Gütetermin ist am 02.09.2026.

Mein Anwalt ist RA Jochen Brückmann, Wiesbaden. Kopien von Kündigung, Abmahnungen
und Klageschrift schicke ich Ihnen über das Portal.

Mit freundlichen Grüßen
Dr. Fabian Ostrowski
""")

mail("c15", "CONFIDENTIAL", "de", "insurer-to-company",
     "health words but no patient; cyber claim acknowledgement for a radiology partnership after ransomware; possible patient data leak but no patient named",
     frm=ACAR, to="Dr. Sina Yazdani <yazdani@radiologie-kurpark.example>",
     cc="Dr. Helmut Fassbender <fassbender@radiologie-kurpark.example>",
     subject="Cyber-Schaden CY-2024-000981 / S26-0058830 – Ransomware-Vorfall 03.03.2026", date="2026-03-03 16:55", body="""\
Sehr geehrte Frau Dr. Yazdani, sehr geehrter Herr Dr. Fassbender,

vielen Dank für Ihren Anruf heute Morgen. Wir haben den Schaden aus Ihrer
Cyberversicherung CY-2024-000981 unter der Nummer S26-0058830 angelegt.

Wie besprochen:
1. Unser Incident-Response-Partner (SecuRhein GmbH, Herr Wittmann) meldet sich
   innerhalb der nächsten Stunde bei Ihnen und übernimmt die Forensik.
2. Bitte schalten Sie die betroffenen Systeme (PACS-Server, Befundungsrechner)
   nicht aus, sondern trennen Sie sie nur vom Netz.
3. Die Meldung an die Datenschutzaufsicht (72 Stunden) unterstützt der
   Datenschutzanwalt aus unserem Netzwerk, RA Dr. Kessler. Ob Patientendaten
   abgeflossen sind, ist derzeit offen.
4. Zahlen Sie kein Lösegeld, ohne mit uns Rücksprache zu halten.

Ihre Betriebsunterbrechung ist ab der 12. Stunde mitversichert (Tagessatz laut
Vertrag 9.500 €).

""" + SIG_ACAR + "\n\n" + FOOT_ALLG)

mail("c16", "CONFIDENTIAL", "de", "insurer-to-broker",
     "offer (PDF) to the broker for a named orthodontist's practice package with her address and premiums",
     frm=STAUDT, to="Nina Pohl <n.pohl@pohl-partner.example>",
     subject="Angebot Praxispaket Dr. Marquardt – ANG-26-01288", date="2026-01-27 14:30", irt="c08|pohl-partner.example", body="""\
Hallo Frau Pohl,

anbei das Angebot für Frau Dr. Marquardt. Betriebsunterbrechung habe ich mit
12 Monaten Haftzeit und 650.000 € Versicherungssumme gerechnet, Cyber mit 250.000 €.
Für die Bank stelle ich den Sicherungsschein aus, sobald der Antrag da ist.

""" + SIG_STAUDT + "\n\n" + FOOT_ALLG, atts=[att("ANG-26-01288_Praxispaket_Marquardt.pdf", pdf([
    "# Angebot ANG-26-01288 - Praxispaket Heilwesen",
    "Weidenhof Allgemeine Versicherung AG, Firmenkunden Heilwesen",
    "",
    "Versicherungsnehmerin: Dr. med. dent. Lena Marquardt, Schillerstraße 5, 65510 Idstein",
    "Risikoort: Obergasse 2, 65510 Idstein (Kieferorthopädische Praxis)",
    "Vermittler: Heilberufe-Versicherungsmakler Pohl & Partner GmbH",
    "",
    "Praxisinhalt inkl. Elektronik, VS 310.000 EUR ........ 1.118,00 EUR",
    "Betriebsunterbrechung, VS 650.000 EUR, HZ 12 Mon. ....... 942,00 EUR",
    "Berufs- und Betriebshaftpflicht, 5 Mio. EUR .............. 1.260,00 EUR",
    "Cyber, 250.000 EUR ........................................ 890,00 EUR",
    "Jahresbeitrag netto gesamt ............................. 4.210,00 EUR",
    "",
    "Beginn: 01.04.2026. Gültig bis 28.02.2026.",
], title="Angebot Praxispaket", author="Weidenhof Firmenkunden Heilwesen"))])

mail("c17", "CONFIDENTIAL", "de", "broker-to-insurer",
     "sole-trader broker sends new IBAN and tax number for his commission payments",
     frm="Thomas Gerlach <info@gerlach-makler.example>", to="provisionsabrechnung@" + D,
     subject="Neue Bankverbindung / Steuernummer – Vermittlernummer 4471-0882", date="2026-01-30 10:50", body="""\
Sehr geehrte Damen und Herren,

bitte überweisen Sie meine Courtagen ab der Februar-Abrechnung auf folgendes Konto:

Kontoinhaber: Thomas Gerlach
IBAN: """ + IBAN_GERLACH + """

Außerdem hat sich meine Steuernummer nach dem Umzug des Büros geändert:
neu 040 812 55071 (Finanzamt Wiesbaden II). Die USt-Befreiung nach § 4 Nr. 11 UStG
gilt unverändert.

Mit freundlichen Grüßen
Thomas Gerlach
Versicherungsmakler (IHK) · Heilberufe und Gewerbe
Bahnhofstraße 31 · 65307 Bad Schwalbach · Reg.-Nr. D-W-140-K7Q2-33
""")

mail("c18", "CONFIDENTIAL", "de", "insurer-to-provider",
     "network contract (DOCX) for a sole-trader physiotherapist with his tax number, IBAN and practice address",
     frm=BECKMANN, to="Sven Lüders <praxis@physio-bewegungsraum.example>",
     subject="Kooperationsvertrag Physio-Netzwerk – Unterlagen zur Unterschrift", date="2026-10-05 11:15", body="""\
Sehr geehrter Herr Lüders,

vielen Dank für Ihr Interesse an unserem Physio-Netzwerk. Anbei der vorausgefüllte
Kooperationsvertrag mit Ihren Stammdaten. Bitte prüfen Sie die Angaben, unterschreiben
Sie auf Seite 2 und senden Sie uns den Vertrag über das Portal zurück.

""" + SIG_BECKMANN + "\n\n" + FOOT_KV, atts=[att("Kooperationsvertrag_PN-2026-0147_Lueders.docx", docx([
    "# Kooperationsvertrag Physio-Netzwerk Nr. PN-2026-0147",
    "zwischen der Weidenhof Krankenversicherung AG, Weidenhofallee 12, 65189 Wiesbaden",
    "und Herrn Sven Lüders, Physiotherapeut, Inhaber der Praxis Physiotherapie Bewegungsraum, "
    "Biebricher Allee 102, 65187 Wiesbaden",
    [["Stammdaten", ""],
     ["IK-Nummer", "46 06 12 774"],
     ["Steuernummer", "043 861 20144"],
     ["Kontoinhaber", "Sven Lüders"],
     ["IBAN", IBAN_LUEDERS],
     ["Privatanschrift (für Vertragspost)", "Am Schlosspark 7, 65203 Wiesbaden"]],
    "§ 1 Gegenstand: Versicherte der Weidenhof Krankenversicherung erhalten Heilmittel zu den "
    "Preisen der Anlage 1; die Abrechnung erfolgt direkt mit der Weidenhof.",
    "§ 2 Vergütung: Vergütungsliste 2026 (Anlage 1). Zahlung innerhalb von 14 Tagen.",
    "§ 3 Laufzeit: unbefristet, kündbar mit 3 Monaten zum Quartalsende.",
], author="Weidenhof Vertragsmanagement"))])

mail("c19", "CONFIDENTIAL", "de", "company-to-insurer",
     "pharmacy's glass-breakage claim: ZIP with claim form (owner's name, private phone), glazier invoice and photos",
     frm="Gül Demir <g.demir@kochbrunnen-apotheke.example>", to="schaden-sach@" + D,
     subject="Glasbruch Schaufenster – Unterlagen", date="2026-04-23 13:02", body="""\
Guten Tag,

anbei alle Unterlagen zum Glasbruch vom 20.04. gepackt (Schadenanzeige, Rechnung
Glaserei, Fotos).

Viele Grüße
G. Demir
""", atts=[att("Glasbruch_Kochbrunnen-Apotheke.zip", zipdata([
    ("Schadenanzeige_Glas.pdf", pdf([
        "# Schadenanzeige Glasversicherung",
        "Versicherungsnehmerin: Gül Demir e.K., Kochbrunnen-Apotheke, Kranzplatz 4, 65183 Wiesbaden",
        "Vertrag: GL-2020-077413",
        "Erreichbarkeit: privat 0611 72 44 19, mobil 0157 3320 8841",
        "Schadentag: 20.04.2026, ca. 23:40 Uhr",
        "Hergang: Schaufensterscheibe links durch Steinwurf zerstört (Täter unbekannt),",
        "Anzeige bei der Polizei, Vorgangsnummer 1 Js 2201/26.",
        "Schadenhöhe lt. Glaserei: 2.964,80 EUR inkl. Notverglasung",
    ], title="Schadenanzeige", author="Kochbrunnen-Apotheke")),
    ("Rechnung_Glaserei_Weyand.pdf", pdf([
        "# Glaserei Weyand - Rechnung 2026-311",
        "An: Kochbrunnen-Apotheke, Inh. Gül Demir, Kranzplatz 4, 65183 Wiesbaden",
        "Notverglasung 21.04.2026: 412,00 EUR",
        "VSG-Scheibe 2,40 x 1,80 m inkl. Montage: 2.080,00 EUR",
        "MwSt. 19 %: 472,80 EUR - Gesamt 2.964,80 EUR",
    ], title="Rechnung", author="Glaserei Weyand")),
    ("Foto_1.jpg", image("c19a", 640, 480)),
    ("Foto_2.jpg", image("c19b", 640, 480)),
]))])

mail("c20", "CONFIDENTIAL", "en", "broker-to-insurer",
     "broker asks professional liability quote for a named Irish dentist moving to Germany: date of birth, prior insurer, claims history",
     frm="Kieran Walsh <k.walsh@pohl-partner.example>", to=STAUDT,
     subject="Quote request – professional liability, Dr Ciarán Fitzgerald (dentist)", date="2026-02-16 15:31", body="""\
Hi Jan-Philipp,

could you quote professional and practice liability for a new client of ours?

- Dr Ciarán Fitzgerald, general dentist, date of birth 12 August 1983, Irish national
- Currently in practice in Cork; moving to Wiesbaden and taking over the practice of
  Dr Brummer (Wilhelmstraße 44) from 1 July 2026
- Current insurer: Dental Protection (Ireland), no claims notified in 12 years,
  one complaint in 2021 withdrawn
- Planned fee income: about EUR 720,000; 1 dentist, 1 hygienist, 5 staff
- He will also need contents, electronics and business interruption – I'll send the
  inventory list next week.

He prefers correspondence in English. Thanks!

Kieran Walsh
Client Executive, International Clients
Heilberufe-Versicherungsmakler Pohl & Partner GmbH · Luisenstraße 17 · 65185 Wiesbaden
""")

mail("c21", "CONFIDENTIAL", "de", "internal",
     "internal handover of a named GP's practice claim with her mobile number and her other contracts with the insurer",
     frm=ACAR, to="Hendrik Vöge <hendrik.voege@%s>" % D,
     subject="Übergabe S26-0047165 (Praxis Reinholz) während meines Urlaubs", date="2026-02-20 16:45", body="""\
Hallo Hendrik,

ab Montag bin ich zwei Wochen weg, bitte übernimm S26-0047165:

- VN: Dr. Anja Reinholz, Hausarztpraxis, Rathausstraße 41, Wiesbaden-Biebrich
- Leitungswasser, Abschlag 8.000 € ist raus, Gutachten Merten kommt ca. 05.03.
- Offen: KV Hersteller Ultraschall, BU-Aufstellung vom Steuerberater
- Frau Reinholz ist am besten mobil zu erreichen: 0171 4408 216 (nicht in der
  Sprechstunde anrufen, lieber ab 18 Uhr)
- Sie hat bei uns außerdem Berufshaftpflicht (BH-2024-118204, dort läuft gerade
  ein Haftpflichtfall bei Ralf) und Wohngebäude privat – bitte freundlich bleiben,
  sie überlegt, alles zu einem Makler zu geben.

Danke dir!
Melanie
""")

mail("c22", "CONFIDENTIAL", "de", "company-to-insurer",
     "care service asks about deductible for a named employee who caused repeated fleet parking damage; nobody hurt",
     frm="Dieter Baumgart <gf@pflegedienst-lebensfreude.example>", to=YILMAZ,
     subject="FL-2025-00312 – dritter Parkschaden WI-LF 209", date="2026-10-28 13:10",
     charset="iso-8859-1", cte="quoted-printable", body="""\
Hallo Herr Yilmaz,

leider schon wieder: Unser Mitarbeiter Herr Dominik Vogt ist gestern mit WI-LF 209
beim Rangieren in der Tiefgarage Hochstättenstraße gegen eine Säule gefahren
(Stoßfänger und Kotflügel vorne rechts, keine Fremdschäden, niemand verletzt). Das ist
sein dritter Schaden in diesem Jahr.

Zwei Fragen:
1. Wirkt sich das auf die Schadenquote unseres Flottenvertrags aus, und ab wann
   droht eine Sanierung?
2. Dürfen wir Herrn Vogt an der Selbstbeteiligung (500 EUR) beteiligen? Sein
   Arbeitsvertrag sagt dazu nichts.

Mit freundlichen Grüßen
Dieter Baumgart
Ambulanter Pflegedienst Lebensfreude GmbH
""")

mail("c23", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; hospital ambulance collided with a private car; third-party driver named with plate; patient on board unhurt and unnamed",
     frm="Fuhrpark St.-Elisabethen <fuhrpark@st-elisabethen-klinikum.example>", to="kfz-schaden@" + D,
     subject="Unfall KTW EMS-KE 112 – Flottenvertrag KF-FL 19 552", date="2026-12-02 10:34", body="""\
Sehr geehrte Damen und Herren,

Schadenmeldung für unseren Krankentransportwagen EMS-KE 112 (Mercedes Sprinter):

Am 01.12.2026 gegen 15:50 Uhr ist dem KTW in Nassau, Obertal 12, bei einer
Verlegungsfahrt eine Pkw-Fahrerin beim Ausparken in die Seite gefahren.
Unfallgegnerin: Frau Sabrina Hellwig, Opel Corsa, EMS-SH 817, Versicherung laut
eigener Angabe Bergische Direkt. Die Polizei hat den Unfall aufgenommen.

Verletzt wurde niemand; der transportierte Patient wurde vorsorglich vom
Notarzt angeschaut und mit einem Ersatzfahrzeug weitergefahren. Am KTW sind
Schiebetür und Trittstufe beschädigt, das Fahrzeug steht in unserer Werkstatt.

Mit freundlichen Grüßen
Martin Ohl
Fuhrparkleitung · St.-Elisabethen-Klinikum Nassau gGmbH
""")

_c24_rows = [["Surname", "First name", "Date of birth", "Nationality", "Role"],
             ["Hargreaves", "Emily Jane", "1978-04-22", "British", "GP, owner"],
             ["Okonkwo", "Ifeoma", "1986-09-03", "Nigerian", "GP"],
             ["Walsh", "Jennifer", "1975-01-30", "Irish", "Practice manager"],
             ["Barrington", "Chloe", "1990-06-19", "British", "Practice nurse"],
             ["Becker", "Anna-Lena", "1997-11-11", "German", "Medical assistant"]]
mail("c24", "CONFIDENTIAL", "en", "company-to-insurer",
     "practice registers staff for conference travel insurance: XLSX with names, dates of birth, nationality; no health content",
     frm="Practice Manager FIFP <office@ffm-family-practice.example>", to="reise@" + D,
     subject="Group travel cover – RCGP conference Liverpool 8–10 October", date="2026-09-08 11:20", body="""\
Hello,

please add the five travellers in the attached list to our annual business travel
policy RV-2024-301177 for the RCGP Annual Conference in Liverpool
(travel 7–11 October 2026, flights FRA–MAN). Hotel and flights are booked via the
practice.

Many thanks,
Jennifer Walsh
Practice Manager, Frankfurt International Family Practice
""", atts=[att("Travellers_Liverpool_2026.xlsx", xlsx([("Travellers", _c24_rows)], author="FIFP"))])

_c25_rows = [["Einheit", "Mieter", "Fläche m²", "Nettokaltmiete €/Monat", "Nutzung"],
             ["EG links", "Apotheke am Markt, Inh. R. Schäfer e.K.", "142", "2.480", "Apotheke"],
             ["EG rechts", "Gemeinschaftspraxis Dr. Keller & Dr. Nowak", "210", "3.150", "Arztpraxis (Eigennutzung)"],
             ["1. OG", "Dr. med. Katharina Lenz", "165", "2.310", "Hautarztpraxis"],
             ["2. OG links", "Logopädie Yvonne Bast", "78", "1.010", "Therapiepraxis"],
             ["2. OG rechts", "Familie Grieshaber", "96", "1.180", "Wohnung"],
             ["DG", "Keller, Tobias (Eigentümer)", "120", "0", "Wohnung (Eigennutzung)"]]
mail("c25", "CONFIDENTIAL", "de", "company-to-insurer",
     "doctor as building owner sends tenant list with rents (private persons' rent income) for his building insurance",
     frm="Dr. Tobias Keller <keller@ortho-keller-nowak.example>", to=STAUDT,
     subject="Ärztehaus Große Bleiche 18 – Mieterliste für Gebäudeversicherung", date="2026-03-11 21:05", body="""\
Hallo Herr Staudt,

anbei wie gewünscht die aktuelle Mieterliste für das Ärztehaus (Gebäudeversicherung
WG-2017-884201, Mietausfall mitversichert). Die Jahresnettokaltmiete liegt damit
bei gut 121.000 €. Seit 01.02. ist im 2. OG rechts eine Wohnung statt der
Ergotherapie.

Gruß
Tobias Keller
""", atts=[att("Mieterliste_GrosseBleiche18.csv", csvdata(_c25_rows, "windows-1252"),
               ctype="text/csv", charset="windows-1252")])

_c26_rows = [["Kontoinhaber", "Dr. med. dent. Fabian Ostrowski"],
             ["IBAN (neu)", IBAN_OSTROWSKI],
             ["Bank", "Taunus Genossenschaftsbank eG"],
             ["Mandatsreferenz", "WH-BH-2023-207761-02"],
             ["gültig für Verträge", "BH-2023-207761, IV-2023-207762, EL-2022-118305"],
             ["erster Einzug", "15.01.2027"]]
mail("c26", "CONFIDENTIAL", "de", "insurer-to-company",
     "HTML-only confirmation of a new SEPA mandate: dentist's name, IBAN and his contract numbers in a table",
     frm="Weidenhof Beitragsservice <beitragsservice@%s>" % D, to="Dr. Fabian Ostrowski <dr.ostrowski@zahnarzt-ostrowski.example>",
     subject="Bestätigung Ihrer neuen Bankverbindung", date="2026-11-30 07:05",
     html=html_doc("<p>Sehr geehrter Herr Dr. Ostrowski,</p><p>wir haben Ihre neue Bankverbindung "
                   "gespeichert:</p>" + table_html(_c26_rows, header=False) +
                   "<p>Bitte prüfen Sie die Angaben. Wenn etwas nicht stimmt, antworten Sie einfach auf "
                   "diese E-Mail.</p><p>Mit freundlichen Grüßen<br>Ihr Beitragsservice der Weidenhof "
                   "Allgemeine Versicherung AG</p><hr><p style='font-size:8pt;color:#666'>"
                   + htmlmod.escape(FOOT_ALLG).replace("\n", "<br>") + "</p>", font="Arial"))

mail("c27", "CONFIDENTIAL", "de", "company-to-insurer",
     "one-line 'done, thanks'; the quoted history holds a doctor's new private address and birth date for his household policy",
     frm="Dr. Piotr Nowak <nowak@ortho-keller-nowak.example>", to=STAUDT,
     subject="AW: AW: Umzug Hausrat HR-2020-117384", date="2026-06-03 07:31", irt="c27q|" + D, body="""\
Erledigt, danke!

P. Nowak

-----Ursprüngliche Nachricht-----
Von: Jan-Philipp Staudt <jan-philipp.staudt@weidenhof-versicherung.example>
Gesendet: Dienstag, 2. Juni 2026 16:20
An: Dr. Piotr Nowak <nowak@ortho-keller-nowak.example>
Betreff: AW: Umzug Hausrat HR-2020-117384

Hallo Herr Dr. Nowak,

danke, ich habe die Hausratversicherung umgestellt:

Versicherungsnehmer: Dr. med. Piotr Nowak, geb. 30.10.1977
neue Anschrift ab 15.06.2026: Am Fort Gonsenheim 88, 55122 Mainz
Wohnfläche 142 m², Versicherungssumme 92.300 €, Beitrag neu 214,60 € jährlich

Bitte schicken Sie mir noch kurz eine Bestätigung, dass die alte Wohnung ab dem
16.06. leer ist.

Viele Grüße
Jan-Philipp Staudt

-----Ursprüngliche Nachricht-----
Von: Dr. Piotr Nowak
Gesendet: Montag, 1. Juni 2026 22:48
Betreff: Umzug Hausrat HR-2020-117384

Wir ziehen am 15.06. um, bitte Hausrat umstellen. Neue Adresse siehe oben.
""")

mail("c28", "CONFIDENTIAL", "de", "internal",
     "internal forward for recourse; the rfc822 mail from the property manager names a neighbour and her water-damaged flat below a dental practice",
     frm=ACAR, to="regress@" + D, subject="WG: Wasserschaden Aarstraße 5 – Wohnung 1. OG",
     date="2026-07-09 09:12", body="""\
Hallo zusammen,

zur Regressprüfung: Ursache laut Installateur ein undichter Anschluss der
Behandlungseinheit in der Zahnarztpraxis im EG – wir sind dort nur Inhaltsversicherer.
Bitte prüft, ob wir gegen den Gebäudeversicherer oder den Installateur vorgehen.
Mail der Hausverwaltung anbei.

Danke
Melanie
""", atts=[fwd("c28", "Hausverwaltung Bergmann <service@hv-bergmann.example>", "melanie.acar@" + D,
                 "Wasserschaden Aarstraße 5 – Wohnung 1. OG", "2026-07-08 15:40", """\
Sehr geehrte Frau Acar,

als Verwalterin des Objekts Aarstraße 5 in Taunusstein teilen wir mit, dass das
Wasser aus der Zahnarztpraxis im Erdgeschoss nicht nur dort, sondern – entgegen der
ersten Einschätzung – auch an der Decke der Kellerräume und über den Leitungsschacht
in der Wohnung im 1. OG Schäden verursacht hat. Das ist ungewöhnlich, aber der
Gutachter bestätigt es.

Betroffen ist die Eigentümerin Frau Ingrid Maas (Wohnung 1. OG links, Tel.
06128 4 41 90): Parkett im Flur und Bad aufgequollen, Wandschrank beschädigt.
Frau Maas ist bei der Taunus-Hausrat versichert, ihr Vertrag läuft auf ihren Namen,
Versicherungsnummer liegt uns nicht vor.

Mit freundlichen Grüßen
Dana Bergmann
Hausverwaltung Bergmann · Kirchstraße 3 · 65232 Taunusstein
""")])

mail("c29", "CONFIDENTIAL", "de", "company-to-insurer",
     "sole-trader orthopaedic shoemaker's business-interruption claim after a fire with his monthly turnover (XLSX)",
     frm="Bernd Kaltenbach <info@kaltenbach-orthopaedieschuhe.example>", to="schaden-sach@" + D,
     subject="Betriebsunterbrechung nach Brand – S26-0061204 – Umsatzaufstellung", date="2026-05-12 17:20", body="""\
Sehr geehrte Damen und Herren,

wie vom Sachverständigen gewünscht anbei die Umsatzaufstellung meines Betriebs
(Orthopädieschuhtechnik Meister Bernd Kaltenbach e.K.) für 2025 und 2026 bis zum
Brand in der Werkstatt am 14.04.2026. Seitdem können wir keine Maßschuhe und
Einlagen fertigen, nur noch Konfektionsware verkaufen. Die Zahlen sind vom
Steuerbüro Hofmann & Lutz bestätigt.

Mit freundlichen Grüßen
Bernd Kaltenbach
Orthopädieschuhmachermeister
Schwalbacher Straße 14 · 65307 Bad Schwalbach
""", atts=[att("Umsatz_Kaltenbach_2025_2026.xlsx", xlsx([("Umsatz", [
    ["Monat", "Umsatz 2025 €", "Umsatz 2026 €", "davon Maßanfertigung 2026 €"],
    ["Januar", 38410, 40120, 23800],
    ["Februar", 36280, 39550, 22950],
    ["März", 41900, 42730, 25100],
    ["April", 39870, 17340, 9640],
    ["Mai", 40260, None, None],
    ["Jahr 2025 gesamt", 478330, None, None],
]), ("Kosten", [
    ["Fixkosten monatlich", "€"],
    ["Löhne (4 Mitarbeiter)", 14200],
    ["Miete Werkstatt und Laden", 2850],
    ["Leasing Maschinen", 1320],
    ["Unternehmerlohn (Entnahme)", 5000],
])], author="Kaltenbach"))])

mail("c30", "CONFIDENTIAL", "de", "insurer-to-company",
     "eVB confirmation for an orthodontist's new practice car with VIN, eVB number and her birth date",
     frm=YILMAZ, to="Dr. Lena Marquardt <praxis@kfo-marquardt.example>",
     subject="Ihre eVB-Nummer für den Praxiswagen", date="2026-03-24 12:12", body="""\
Sehr geehrte Frau Dr. Marquardt,

für die Zulassung Ihres neuen Praxisfahrzeugs erhalten Sie folgende elektronische
Versicherungsbestätigung:

  eVB-Nummer:            H7KQ2MZ
  Versicherungsnehmerin: Dr. med. dent. Lena Marquardt, geb. 07.10.1986
  Anschrift:             Schillerstraße 5, 65510 Idstein
  Fahrzeug:              VW ID.4 Pro, FIN WVGZZZE2ZRP041877
  Vertrag:               KF 77 902 118, Haftpflicht + Vollkasko (SB 500 €/150 €)
  SF-Klasse:             SF 7 (übernommen vom Vorversicherer)

Die eVB ist sechs Monate gültig. Das Kennzeichen teilen Sie uns nach der Zulassung
bitte kurz mit.

""" + SIG_YILMAZ + "\n\n" + FOOT_ALLG)

# ==========================================================================
# MAILS — CONFIDENTIAL, part 2
# ==========================================================================

mail("c31", "CONFIDENTIAL", "de", "insurer-to-company",
     "D&O claim acknowledgement naming the managing director of a dental MVZ as insured person facing a shareholder claim",
     frm="Dr. Katja Lindemann <katja.lindemann@%s>" % D, to="Dr. Cornelius Haberland <c.haberland@zahnwerk-rheingau.example>",
     subject="D&O-Versicherung DO-2023-004418 – Inanspruchnahme durch Gesellschafterin", date="2026-08-25 14:40", body="""\
Sehr geehrter Herr Dr. Haberland,

wir bestätigen den Eingang Ihrer Schadenmeldung vom 21.08.2026. Die Gesellschafterin
der Zahnwerk Rheingau MVZ GmbH, Frau Dr. Bettina Auler, nimmt Sie als Geschäftsführer
wegen angeblicher Pflichtverletzungen beim Kauf des Intraoralscanner-Pakets und der
Vertragsverlängerung mit dem Dentallabor in Anspruch (Forderung 184.000 €).

Als versicherte Person genießen Sie vorläufigen Abwehrschutz. Die Kosten Ihres
Anwalts, Herrn RA Dr. Philipp Menge, übernehmen wir bis zu den im Vertrag vereinbarten
Stundensätzen. Bitte geben Sie ohne unsere Zustimmung keine Anerkenntnisse ab.

Mit freundlichen Grüßen

Dr. Katja Lindemann
Financial Lines / D&O
Weidenhof Allgemeine Versicherung AG
Telefon 0611 94470-2905

""" + FOOT_ALLG)

mail("c32", "CONFIDENTIAL", "en", "insurer-to-company",
     "premium reminder to a named dentist with his policy number, overdue amount and his account that bounced",
     frm="Weidenhof Premium Service <beitragsservice@%s>" % D, to="Dr Ciarán Fitzgerald <c.fitzgerald@fitzgerald-dental.example>",
     subject="Payment reminder – policy BH-2026-730055", date="2026-09-15 06:45", body="""\
Dear Dr Fitzgerald,

the direct debit of EUR 2,146.44 for your professional liability policy BH-2026-730055
(premium period 01/07/2026–30/06/2027) was returned by your bank on 08/09/2026 with
the reason "account closed" (IBAN """ + IBAN_FITZ_IE + """).

Please transfer the amount by 30 September 2026 to

  Weidenhof Allgemeine Versicherung AG
  IBAN """ + IBAN_WEIDENHOF + """
  Reference: BH-2026-730055 Fitzgerald

or send us a new SEPA mandate for a German account. If the premium is not paid in
time, cover may be suspended under Section 38 of the German Insurance Contract Act.

Kind regards
Premium Service
Weidenhof Allgemeine Versicherung AG

""" + FOOT_ALLG)

mail("c33", "CONFIDENTIAL", "de", "insurer-to-broker",
     "commission statement CSV for a broker listing named clients (practices and private persons) with non-personal-line policies and premiums",
     frm="Provisionsabrechnung Weidenhof <provisionsabrechnung@%s>" % D, to="Thomas Gerlach <info@gerlach-makler.example>",
     subject="Courtageabrechnung 02/2026 – Vermittlernummer 4471-0882", date="2026-03-02 05:30", body="""\
Sehr geehrter Herr Gerlach,

anbei Ihre Courtageabrechnung für Februar 2026. Der Auszahlungsbetrag von 1.247,13 €
wird mit Valuta 05.03.2026 auf Ihr hinterlegtes Konto überwiesen.

Dies ist eine automatisch erzeugte Nachricht.
Weidenhof Versicherungsgruppe · Vertriebsservice
""", atts=[att("Courtage_4471-0882_2026-02.csv", csvdata([
    ["Vertrag", "Sparte", "Kunde", "Beitrag netto", "Satz", "Courtage"],
    ["BHV-2022-440918", "Betriebshaftpflicht", "Seniorenresidenz Haus Sonnenhang gGmbH", "6.420,00", "12,5 %", "802,50"],
    ["WG-2025-310457", "Wohngebäude", "Hubertus und Marion Sennefelder", "1.184,00", "15 %", "177,60"],
    ["KF 77 815 662", "Kfz", "Laura Weinreich", "712,30", "6 %", "42,74"],
    ["IV-2026-000317", "Praxisinhalt", "Dr. med. Helge Kurz, Zahnarzt", "1.482,00", "15 %", "222,30"],
    ["HR-2026-004125", "Hausrat", "Emre Kaplan", "13,30", "15 %", "1,99"],
], "windows-1252"), charset="windows-1252")])

mail("c34", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker's XLSX of doctor clients with expiring professional liability: names, policy numbers, specialty, fee income",
     frm="Nina Pohl <n.pohl@pohl-partner.example>", to=STAUDT,
     subject="Ablaufliste Berufshaftpflicht 3. Quartal – bitte Verlängerungsangebote", date="2026-04-14 10:10", body="""\
Hallo Herr Staudt,

anbei die Ablaufliste unserer Heilwesen-Kunden mit Hauptfälligkeit im dritten
Quartal. Bitte schicken Sie mir bis Ende Mai die Verlängerungsangebote; bei den
operativ tätigen Kunden bitte jeweils mit 10 Mio. € Deckung als Alternative.

Viele Grüße
Nina Pohl
""", atts=[att("Ablauf_BHV_Q3_2026.xlsx", xlsx([("Q3", [
    ["Kunde", "Fachrichtung", "Vertrag", "Ablauf", "Honorarumsatz 2025 €", "Deckung"],
    ["Dr. med. Tobias Keller / Dr. med. Piotr Nowak", "Orthopädie (operativ)", "BH-2019-330126", "01.07.2026", 1245000, "5 Mio."],
    ["Dr. med. Katharina Lenz", "Dermatologie", "BH-2020-412077", "01.08.2026", 610000, "5 Mio."],
    ["Dipl.-Psych. Miriam Achterberg", "Psychotherapie", "BH-2021-118640", "01.07.2026", 128000, "3 Mio."],
    ["Carola Fuchs", "Hebamme (ohne Geburtshilfe)", "BH-2022-200913", "01.09.2026", 47800, "10 Mio."],
    ["Dr. med. Rüdiger Hamann", "Innere Medizin", "BH-2018-339005", "01.09.2026", 540000, "5 Mio."],
])], author="Pohl & Partner"))])

mail("c35", "CONFIDENTIAL", "de", "company-to-insurer",
     "health words but no patient; billing-centre company reports a financial-loss claim: missed limitation periods cost a named doctor client 11,400 EUR",
     frm="Frank Scholl <f.scholl@medabrechnung-taunus.example>", to="haftpflicht-schaden@" + D,
     subject="Vermögensschadenhaftpflicht VH-2021-077190 – Schadenmeldung", date="2026-01-14 16:22", body="""\
Sehr geehrte Damen und Herren,

wir melden vorsorglich einen Vermögensschaden.

Durch einen Fehler bei der Migration unserer Abrechnungssoftware im Herbst 2025 wurden
für unseren Mandanten Herrn Dr. med. Rüdiger Hamann (Internist, Idstein) 63
Privatliquidationen aus dem Jahr 2022 nicht rechtzeitig angemahnt und sind zum
31.12.2025 verjährt. Der Forderungsausfall beträgt nach unserer Berechnung
11.412,70 €. Herr Dr. Hamann hat uns mit Schreiben vom 12.01.2026 in Anspruch
genommen.

Patientendaten sind von dem Fehler nicht betroffen und wurden nicht offengelegt.
Eine Aufstellung der betroffenen Rechnungsnummern (ohne Patientennamen) können wir
Ihnen zur Verfügung stellen.

Mit freundlichen Grüßen
Frank Scholl
Geschäftsführer
MedAbrechnung Taunus GmbH · Schwalbacher Straße 62 · 65343 Eltville · AG Wiesbaden HRB 28871
""")

mail("c36", "CONFIDENTIAL", "en", "company-to-insurer",
     "sole-trader physiotherapist reports her work laptop stolen from her car; police reference, policy number",
     frm="Aoife Brennan <aoife@brennan-physio.example>", to="schaden-sach@" + D,
     subject="Stolen laptop – contents policy IV-2025-640218", date="2026-05-18 20:12", body="""\
Hello,

my work laptop (MacBook Air M2, bought 11/2024 for EUR 1,499) was stolen from my car
on Saturday afternoon while I was doing a home visit in Frankfurt-Sachsenhausen. The
rear side window was smashed. I reported it to the police straight away
(reference 0260516-1540-113877).

The laptop is encrypted (FileVault) and password-protected; my treatment notes are
in an online system and were not stored on the device. I have remote-wiped it.

Is the laptop covered when it is taken outside the practice? My policy is
IV-2025-640218 (Aoife Brennan Physiotherapy, Schweizer Straße 60, Frankfurt).

Thanks,
Aoife Brennan
Aoife Brennan Physiotherapy · +49 176 2041 7730
""")

mail("c37", "CONFIDENTIAL", "en", "insurer-to-company",
     "renewal schedule (PDF) for a named GP's practice contents policy with her address, sums insured and premium",
     frm=STAUDT, to="Dr Emily Hargreaves <e.hargreaves@ffm-family-practice.example>",
     subject="Your practice contents policy IV-2022-610045 – renewal schedule 2026/27", date="2026-06-01 09:30", body="""\
Dear Dr Hargreaves,

please find attached the renewal schedule for your practice contents policy. The sum
insured has been index-linked; the premium changes only slightly. As requested, we
have included the new ultrasound unit.

Kind regards

Jan-Philipp Staudt
Commercial Clients – Healthcare
Weidenhof Allgemeine Versicherung AG
Phone +49 611 94470-2240

""" + FOOT_ALLG, atts=[att("Schedule_IV-2022-610045_2026.pdf", pdf([
    "# Policy schedule - practice contents insurance",
    "Policy number: IV-2022-610045     Period: 01/07/2026 - 30/06/2027",
    "Policyholder: Dr Emily Jane Hargreaves, Frankfurt International Family Practice",
    "Address: Bockenheimer Landstraße 51, 60325 Frankfurt am Main",
    "Private address (correspondence): Kettenhofweg 112, 60325 Frankfurt am Main",
    "",
    "Contents incl. medical equipment:     EUR 265,000",
    "  of which ultrasound unit (new 2026): EUR  38,500",
    "Electronics (IT, practice software):  EUR  42,000",
    "Business interruption (6 months):     EUR 380,000",
    "Annual premium incl. 19 % tax:        EUR  2,318.62",
    "",
    "Payment: SEPA direct debit, account ending ...8903 4",
], title="Policy schedule", author="Weidenhof Allgemeine"))])

mail("c38", "CONFIDENTIAL", "en", "provider-to-insurer",
     "sole-trader back-health course instructor invoices the insurer's prevention programme with her IBAN and tax number; no participants named",
     frm="Jane Doyle <jane@doyle-movement.example>", to="praevention@" + D,
     subject="Invoice 2026-014 – back health course spring term", date="2026-06-30 16:00", body="""\
Hello,

please find my invoice for the spring term of the back health course for your
policyholders below (in English, as agreed with Mr Beckmann).

Invoice no. 2026-014, date 30/06/2026
Course: "Strong Back" (certified prevention course, ZPP ID KU-ZPP-2024-118837)
10 sessions x 90 min, 12 participants, EUR 12.00 per participant and session
Total: EUR 1,440.00 – exempt from VAT under § 4 No. 14 UStG

Payment to: Jane Doyle, IBAN """ + IBAN_DOYLE + """
Tax number: 045 277 60118 (Finanzamt Frankfurt III)

The attendance sheets went to your office by post.

Best wishes,
Jane Doyle
Doyle Movement – Physiotherapy & Prevention · Sandweg 41 · 60316 Frankfurt
""")

mail("c39", "CONFIDENTIAL", "de", "company-to-insurer",
     "dental-lab owner (sole trader) reports windscreen damage on his company car with plate and policy number",
     frm="Rolf Kuhlmann <rolf@dentallabor-kuhlmann.example>", to="kfz-schaden@" + D,
     subject="Steinschlag Windschutzscheibe RÜD-RK 55", date="2026-03-30 12:47", body="""\
Hallo,

Steinschlag auf der A3 bei Idstein heute früh, der Riss geht inzwischen quer über die
Scheibe. Fahrzeug: VW Caddy (Laborfahrzeug, Abhol- und Bringdienst für die Praxen),
RÜD-RK 55, Teilkasko über Vertrag KF 77 640 211, Halter Rolf Kuhlmann.

Kann ich das bei Carglass in Taunusstein machen lassen und die rechnen direkt mit
Ihnen ab? Ich brauche den Wagen jeden Tag.

Gruß
Rolf Kuhlmann
Zahntechnikermeister · Dentallabor Kuhlmann · Mühlweg 3 · 65321 Heidenrod
""")

mail("c40", "CONFIDENTIAL", "en", "broker-to-insurer",
     "broker needs a cover confirmation for a named surgeon's hospital credentialing: date of birth, policy number, cover limits",
     frm="Kieran Walsh <k.walsh@pohl-partner.example>", to=STAUDT,
     subject="Certificate of insurance needed – Dr Stefan Vuković", date="2026-07-06 08:55", body="""\
Hi Jan-Philipp,

Dr Stefan Vuković (consultant vascular surgeon, date of birth 14/05/1974) is joining
the private clinic Villa Taunusblick as a visiting surgeon from September. The clinic's
credentialing committee needs an English certificate of insurance confirming:

- policy number BH-2025-552910, period 01/01/2026–31/12/2026
- limits EUR 10m bodily injury / EUR 1m financial loss, aggregate x2
- activity: vascular surgery, inpatient and outpatient, incl. visiting surgeon work
- no notified claims in the last five years

Could you issue this by Friday? The committee meets on 14 July.

Thanks a lot,
Kieran
""")

mail("c41", "CONFIDENTIAL", "de", "company-to-insurer",
     "partnership of two named orthopaedists reports graffiti vandalism on their practice; photos attached",
     frm="Praxis Keller & Nowak – Verwaltung <verwaltung@ortho-keller-nowak.example>", to="schaden-sach@" + D,
     subject="Vandalismus Fassade/Praxisschild – Inhaltsversicherung IV-2019-330127", date="2026-04-07 09:41", body="""\
Sehr geehrte Damen und Herren,

in der Nacht zum 06.04. wurden das Praxisschild (Acrylglas, beleuchtet) und die
Glastür unserer Praxis mit Graffiti besprüht und das Schild eingeschlagen.
Versicherungsnehmer sind Dr. med. Tobias Keller und Dr. med. Piotr Nowak
(Gemeinschaftspraxis GbR). Anzeige bei der Polizei Mainz ist erstattet.

Fotos anbei, Kostenvoranschlag der Firma Werbetechnik Lenz folgt (ca. 1.900 €).

Mit freundlichen Grüßen
Katrin Ebert
Praxisverwaltung
""", atts=[att("Schild_1.jpg", image("c41a", 1024, 768)), att("Tuer_Graffiti.jpg", image("c41b", 768, 1024))])

mail("c42", "CONFIDENTIAL", "de", "customer-to-insurer",
     "base64 windows-1252 body: pharmacist privately reports her e-bike stolen from the cellar with her private address and policy",
     frm="Gül Demir <guel.demir@privat-mail.example>", to="schaden-sach@" + D,
     subject="Fahrraddiebstahl Hausrat HR-2019-552817", date="2026-06-08 22:14",
     charset="windows-1252", cte="base64", body="""\
Guten Abend,

aus dem abgeschlossenen Kellerabteil unseres Hauses (Adolfsallee 39, 65185 Wiesbaden)
wurde am Wochenende mein E-Bike gestohlen (Riese & Müller Charger4, gekauft 2024 für
4.890 €, Rahmennummer WSB 2411 0873). Das Schloss des Kellerabteils wurde
aufgebrochen, bei zwei Nachbarn ebenfalls.

Anzeige ist erstattet (Polizeirevier 1 Wiesbaden, Vorgang ST/0612088/2026).
Kaufbeleg und Fahrradpass habe ich. Ist das über meine Hausrat mit der
Fahrradklausel abgedeckt?

Viele Grüße
Gül Demir
""")

mail("c43", "CONFIDENTIAL", "en", "internal",
     "internal provider onboarding: a Dubai sole practitioner's personal bank account (AE IBAN) and licence number",
     frm=BELLINI, to=DONNELLY, subject="Direct billing set-up – Dr Samir Haddad (solo practice)",
     date="2026-02-23 13:05", body="""\
Hi Claire,

Dr Samir Haddad's clinic in Jumeirah is not a company – it is licensed to him
personally, so payments go to his own account. Details for the provider master data:

  Name:          Dr Samir Khalil Haddad
  DHA licence:   DHA-P-0077412
  Bank:          Emirates Gulf Bank, Jumeirah branch
  IBAN:          """ + IBAN_HADDAD + """
  Account name:  SAMIR KHALIL HADDAD

Can you ask Finance to set him up before the end of the month?
I've filed the signed provider agreement in the shared folder.

Thanks,
Marco
""")

mail("c44", "CONFIDENTIAL", "de", "insurer-to-company",
     "legal-expenses cover confirmation for a named doctors' partnership in a commercial lease dispute with their landlord",
     frm="Rechtsschutz Weidenhof <rechtsschutz@%s>" % D, to="Dr. Tobias Keller <keller@ortho-keller-nowak.example>",
     subject="Deckungszusage RS-2020-661803 / Schaden RS-S26-00412 – Streit Nebenkostenabrechnung", date="2026-09-09 10:00", body="""\
Sehr geehrter Herr Dr. Keller,

für die außergerichtliche und erstinstanzliche Interessenwahrnehmung der
Gemeinschaftspraxis Dr. Keller & Dr. Nowak GbR gegen die Vermieterin der
Praxisräume in der Ludwigsstraße 2 (Nebenlager), die Rheinhessische Grundbesitz KG,
wegen der Nebenkostenabrechnungen 2023 bis 2025 (streitig: 14.880 €) erteilen wir
Deckungszusage.

Die Selbstbeteiligung beträgt 250 €. Ihr Anwalt, Herr RA Kühn, kann direkt mit uns
abrechnen.

Mit freundlichen Grüßen
Rechtsschutz-Schadenservice
Weidenhof Allgemeine Versicherung AG

""" + FOOT_ALLG)

mail("c45", "CONFIDENTIAL", "de", "insurer-to-company",
     "cancellation confirmation for a retiring GP's practice contents policy with premium refund to her IBAN",
     frm=STAUDT, to="Dr. Helga Brummer <h.brummer@praxis-brummer.example>",
     subject="Ihre Kündigung zum 30.06.2026 – Praxisinhalt IV-2009-100277", date="2026-06-12 15:00", body="""\
Sehr geehrte Frau Dr. Brummer,

wir bestätigen die Beendigung Ihrer Praxisinhaltsversicherung IV-2009-100277 wegen
Praxisabgabe zum 30.06.2026. Den nicht verbrauchten Beitrag für Juli bis Dezember
in Höhe von 418,50 € erstatten wir auf Ihr Konto IBAN """ + IBAN_BRUMMER + """.

Ihr Nachfolger, Herr Dr. Fitzgerald, hat für die Praxis bereits eigenen
Versicherungsschutz bei uns; das Inventar, das er übernimmt, ist ab 01.07. dort
mitversichert. Für Ihre Privatversicherungen ändert sich nichts.

Wir wünschen Ihnen einen schönen Ruhestand nach 34 Jahren in der Wilhelmstraße!

""" + SIG_STAUDT + "\n\n" + FOOT_ALLG)

mail("c46", "CONFIDENTIAL", "en", "insurer-to-broker",
     "commission statement XLSX for an English-speaking broker: named clients with liability and household policies",
     frm="Weidenhof Broker Services <provisionsabrechnung@%s>" % D, to="Kieran Walsh <k.walsh@pohl-partner.example>",
     subject="Commission statement – International Clients – Q2 2026", date="2026-07-03 05:30", body="""\
Dear Mr Walsh,

please find attached the commission statement for your international client
portfolio (Q2 2026). The payment is made to the firm account of Pohl & Partner GmbH.

This message was generated automatically.
Weidenhof Broker Services
""", atts=[att("Commission_Q2_2026_Walsh.xlsx", xlsx([("Q2 2026", [
    ["Policy", "Line", "Client", "Net premium EUR", "Rate", "Commission EUR"],
    ["BH-2026-730055", "Professional liability", "Dr Ciarán Fitzgerald", 1803.73, 0.125, 225.47],
    ["IV-2026-730056", "Practice contents", "Dr Ciarán Fitzgerald", 1390.00, 0.15, 208.50],
    ["HR-2026-118004", "Household", "Sarah and Tom Everly", 182.00, 0.15, 27.30],
    ["PH-2026-118005", "Private liability", "Sarah and Tom Everly", 96.00, 0.15, 14.40],
    ["KF 77 990 214", "Motor", "Nkechi Adeyemi", 844.10, 0.06, 50.65],
])], author="Weidenhof Broker Services"))])

mail("c47", "CONFIDENTIAL", "en", "company-to-insurer",
     "GP (sole owner) reports theft of the leased practice car with plate, VIN and her contact details",
     frm="Dr Emily Hargreaves <e.hargreaves@ffm-family-practice.example>", to="kfz-schaden@" + D,
     subject="Practice car stolen – F-EH 2207", date="2026-11-23 07:20", body="""\
Good morning,

our practice car was stolen overnight from the residents' parking in Kettenhofweg
(outside my flat, no. 112):

- Toyota Corolla Touring Sports Hybrid, F-EH 2207, VIN SB1Z93BE60E128874
- leased from Mainova Auto Leasing, contract ML-26-0477; your policy KF 77 870 335
- both keys are with me
- police report filed at 6:40 this morning, reference 0261123-0640-228160

I need a car for home visits – does my policy include a replacement vehicle? You can
reach me on +49 170 5528 913.

Thanks,
Emily Hargreaves
""")

mail("c48", "CONFIDENTIAL", "en", "insurer-to-company",
     "claim acknowledgement to a named physiotherapist with claim number and her address; quoted laptop-theft report",
     frm=ACAR, to="Aoife Brennan <aoife@brennan-physio.example>",
     subject="RE: Stolen laptop – contents policy IV-2025-640218 – claim S26-0063310", date="2026-05-20 11:10",
     irt="c36|brennan-physio.example", body="""\
Dear Ms Brennan,

thank you for your message. We have registered your claim under S26-0063310.

Your policy includes outside cover for portable electronic devices up to EUR 3,000,
also in a locked vehicle between 6 a.m. and 10 p.m. As the theft happened on a
Saturday afternoon, the laptop is covered. Please send us the purchase invoice and
the police confirmation; we will then pay the replacement value (EUR 1,249 after
depreciation) to the account on file for Aoife Brennan Physiotherapy,
Schweizer Straße 60, 60594 Frankfurt.

The broken car window is a matter for your motor insurer.

Kind regards

Melanie Acar
Commercial Property Claims
Weidenhof Allgemeine Versicherung AG

> my work laptop (MacBook Air M2, bought 11/2024 for EUR 1,499) was stolen from my car
> on Saturday afternoon while I was doing a home visit in Frankfurt-Sachsenhausen.

""" + FOOT_ALLG)

mail("c49", "CONFIDENTIAL", "de", "company-to-insurer",
     "radiologist asks to add her husband as driver of the practice car: his birth date and licence date",
     frm="Dr. Sina Yazdani <yazdani@radiologie-kurpark.example>", to=YILMAZ,
     subject="Praxisfahrzeug WI-RK 300 – weiterer Fahrer", date="2026-04-20 13:33", body="""\
Sehr geehrter Herr Yilmaz,

bitte nehmen Sie für unseren Praxiswagen (WI-RK 300, Vertrag KF 77 811 406) meinen
Ehemann als weiteren Fahrer auf:

Dr. Arash Yazdani, geb. 03.12.1975, Führerschein Klasse B seit 1994

Er fährt den Wagen gelegentlich am Wochenende. Bitte teilen Sie mir mit, ob sich der
Beitrag ändert.

Mit freundlichen Grüßen
Sina Yazdani
Radiologie am Kurpark · Dr. Fassbender & Dr. Yazdani GbR · Kurhausplatz 3 · 65189 Wiesbaden
""")

mail("c50", "CONFIDENTIAL", "en", "partner-to-insurer",
     "bank asks for a security certificate on a named dentist's financed practice equipment: loan number, amount, policy",
     frm="Practice Finance Team <praxisfinanz@rheinmain-aerztebank.example>", to=STAUDT,
     subject="Request for security certificate – Dr Ciarán Fitzgerald – loan 7700-41182", date="2026-06-19 10:40", body="""\
Dear Mr Staudt,

we are financing the practice takeover and new equipment of our client
Dr Ciarán Fitzgerald (Wilhelmstraße 44, 65183 Wiesbaden) with a loan of EUR 485,000
(loan no. 7700-41182). The equipment (treatment units, CBCT, steriliser, IT) is
assigned to us as security.

Please issue a security certificate (Sicherungsschein) in our favour for the
practice contents policy IV-2026-730056 up to EUR 310,000 and confirm that we will be
informed of any premium arrears or cancellation.

Kind regards,
Marion Fehr
Practice Finance · Rhein-Main Ärztebank eG
""")

mail("c51", "CONFIDENTIAL", "de", "insurer-to-partner",
     "security certificate (PDF) for a bank naming the orthodontist, her loan and sums insured",
     frm=STAUDT, to="Apotheker- und Ärztefinanz Wiesbaden <firmenkunden@aeb-wiesbaden.example>",
     subject="Sicherungsschein IV-2026-000411 – Dr. Lena Marquardt", date="2026-03-26 11:50", body="""\
Sehr geehrte Damen und Herren,

anbei der Sicherungsschein für die Praxisinhaltsversicherung von Frau Dr. Marquardt
(Darlehen 4411-207 bei Ihrem Haus). Das Original geht Ihnen per Post zu.

""" + SIG_STAUDT + "\n\n" + FOOT_ALLG, atts=[att("Sicherungsschein_IV-2026-000411.pdf", pdf([
    "# Sicherungsschein",
    "Versicherer: Weidenhof Allgemeine Versicherung AG",
    "Versicherungsnehmerin: Dr. med. dent. Lena Marquardt, Schillerstraße 5, 65510 Idstein",
    "Versicherungsort: Obergasse 2, 65510 Idstein",
    "Vertrag: Praxisinhaltsversicherung IV-2026-000411, Beginn 01.04.2026",
    "Sicherungsnehmer: Apotheker- und Ärztefinanz Wiesbaden, Darlehen 4411-207 über 290.000 EUR",
    "Sicherungsgut: Praxiseinrichtung, Behandlungseinheiten, OPG/FRS, Intraoralscanner",
    "Versicherungssumme: 310.000 EUR",
    "",
    "Der Versicherer verpflichtet sich, den Sicherungsnehmer über Beitragsrückstände,",
    "Kündigung und Schäden über 5.000 EUR zu unterrichten.",
    "Wiesbaden, 26.03.2026",
], title="Sicherungsschein", author="Weidenhof Allgemeine"))])

mail("c52", "CONFIDENTIAL", "de", "internal",
     "internal fraud suspicion about a named pharmacist's repeated glass-breakage claims; no health content",
     frm=ACAR, to="Sonderermittlung <sonderermittlung@%s>" % D,
     subject="Auffälligkeit Glasschäden Kochbrunnen-Apotheke (GL-2020-077413)", date="2026-05-06 15:15", body="""\
Hallo zusammen,

bitte einmal anschauen: Frau Gül Demir (Inhaberin Kochbrunnen-Apotheke, e.K.) hat
seit 2024 vier Glasschäden gemeldet, immer Schaufenster links, immer Steinwurf
nachts, immer Glaserei Weyand. Summe bisher 10.914 €. Die Polizeivorgänge gibt es
jeweils, aber Täter wurden nie ermittelt.

Ich habe keinen konkreten Verdacht gegen Frau Demir, aber die Glaserei rechnet bei
uns auch in zwei anderen Fällen auffällig hoch ab (Notverglasung jeweils > 400 €).
Könnt ihr die Glaserei im HIS und in unseren Beständen prüfen?

Danke
Melanie Acar
""")

mail("c53", "CONFIDENTIAL", "en", "company-to-insurer",
     "English-speaking dentist (sole owner) reports storm damage to his practice sign and windows with his address and policy",
     frm="Dr Marcus Thornton <marcus@thornton-dental.example>", to="schaden-sach@" + D,
     subject="Storm damage – Thornton Dental, policy IV-2024-502219", date="2026-02-17 08:02",
     cte="base64", mailer="iPhone Mail (21E236)", body="""\
Dear Sir or Madam,

during the storm on Sunday night a scaffolding board from the building site next
door smashed two windows of my practice (Thornton Dental, Emmeransstraße 22,
55116 Mainz) and tore down the illuminated sign. The waiting room was soaked and
the carpet will have to be replaced.

Emergency glazing was done on Monday (invoice EUR 640). The contractor of the
building site is Hochbau Reinartz GmbH; I have informed them as well.

Photos are available on request. I'm reachable on +49 151 4477 2300.

Best regards,
Dr Marcus Thornton
""")

mail("c54", "CONFIDENTIAL", "en", "insurer-to-customer",
     "baggage-delay claim settlement for a named radiologist travelling to a congress; no health content",
     frm="Travel Claims <travel-claims@%s>" % D, to="Dr. Sina Yazdani <sina.yazdani@yazdani-home.example>",
     subject="Your baggage claim RG-26-20715 (ECR Vienna)", date="2026-03-20 14:25", body="""\
Dear Dr Yazdani,

thank you for sending the receipts. Your suitcase arrived in Vienna 46 hours late
(Austrian Airlines PIR VIEOS 48812). Under your annual travel policy RV-2025-118203
we reimburse necessary replacement purchases up to EUR 500:

- clothing and toiletries (Mariahilfer Straße): EUR 312.40
- formal jacket for the congress dinner: EUR 149.00
Total: EUR 461.40

The amount will be transferred to your account ending in 2291 within the next days.

Kind regards
Travel Claims Team
Weidenhof Allgemeine Versicherung AG

""" + FOOT_ALLG)

mail("c55", "CONFIDENTIAL", "de", "company-to-insurer",
     "care service adds a new fleet vehicle with VIN and a named responsible driver with birth date",
     frm="Dieter Baumgart <gf@pflegedienst-lebensfreude.example>", to=YILMAZ,
     subject="Neues Fahrzeug für FL-2025-00312", date="2026-08-04 09:10", body="""\
Guten Morgen Herr Yilmaz,

bitte nehmen Sie ab 15.08. folgendes Fahrzeug in unseren Flottenvertrag auf:

Renault Zoe E-Tech, FIN VF1AG000X68914420, Kennzeichen WI-LF 224 (reserviert),
Stammfahrer: Herr Lukas Pieper, geb. 17.05.2001.

Der WI-LF 203 wird zum 31.08. abgemeldet (Leasingende), bitte dann rausnehmen.

Danke und Gruß
Dieter Baumgart
""")

mail("c56", "CONFIDENTIAL", "de", "insurer-to-company",
     "liability claim at a nursing home: a named visitor's car hit by a falling branch; no injury; plate and claim number",
     frm=DOMBROWSKI, to="Bernhard Quast <heimleitung@haus-sonnenhang.example>",
     subject="Betriebshaftpflicht BHV-2022-440918 – Schaden S26-0077104 (Ast auf Besucherfahrzeug)", date="2026-10-06 10:45", body="""\
Sehr geehrter Herr Quast,

Herr Dieter Lang hat uns über seinen Anwalt den Schaden an seinem Fahrzeug
(BMW 320d, RÜD-DL 880) gemeldet, der am 23.09.2026 auf Ihrem Besucherparkplatz durch
einen herabfallenden Ast der Kastanie entstanden ist. Verletzt wurde niemand.
Geltend gemacht werden 4.312,77 € Reparatur und 35 € Kostenpauschale.

Bitte teilen Sie uns mit, wann die Bäume zuletzt kontrolliert wurden, und senden Sie
uns das Baumkataster bzw. das letzte Gutachten des Baumpflegers. Davon hängt ab, ob
eine Verkehrssicherungspflichtverletzung vorliegt.

""" + SIG_DOMBROWSKI + "\n\n" + FOOT_ALLG)

mail("c57", "CONFIDENTIAL", "en", "company-to-insurer",
     "international dental clinic (company) reports theft of a named employee's handbag from the staff room; no health content",
     frm="Kurpark Dental – Clinic Manager <office@kurpark-dental.example>", to="schaden-sach@" + D,
     subject="Theft from staff room – contents policy IV-2021-330560", date="2026-01-26 17:35", body="""\
Dear claims team,

today between 12:30 and 13:15 someone entered our staff room (back door, which was
unlocked during the lunch break) and stole the handbag of our dental hygienist,
Ms Sarah Lindgren: wallet with about EUR 180 cash, sunglasses, AirPods and her
house keys. The police have been informed (reference 0260126-1340-005512).

As far as we understand, employees' personal belongings are co-insured under our
contents policy up to EUR 1,000 per person. Ms Lindgren will send her list of
items and receipts. Her locks had to be changed tonight (EUR 285).

Kind regards,
Oskar Lindholm
Clinic Manager, Kurpark Dental – International Dentistry GmbH
Wilhelmstraße 8, 65185 Wiesbaden
""")

mail("c58", "CONFIDENTIAL", "de", "insurer-to-company",
     "hospital fleet claims history (XLSX) with named employee drivers per claim; no injuries recorded",
     frm=YILMAZ, to="Martin Ohl <fuhrpark@st-elisabethen-klinikum.example>",
     subject="Schadenverlauf Flotte KF-FL 19 552 – Unterlagen für das Jahresgespräch", date="2026-11-10 14:00", body="""\
Hallo Herr Ohl,

für unser Jahresgespräch am 24.11. anbei der Schadenverlauf Ihrer Flotte seit
01.01.2025. Auffällig sind die Rangierschäden bei den Pflege-Dienstwagen; vielleicht
lohnt sich ein Fahrsicherheitstraining, das wir zu 50 % bezuschussen.

""" + SIG_YILMAZ + "\n\n" + FOOT_ALLG, atts=[att("Schadenverlauf_KF-FL-19552.xlsx", xlsx([("Schäden", [
    ["Schaden-Nr.", "Datum", "Fahrzeug", "Fahrer/in", "Art", "Aufwand €"],
    ["S25-0021187", "14.02.2025", "EMS-KE 104", "Jannik Roos", "Rangierschaden Tiefgarage", 2310.40],
    ["S25-0048802", "03.06.2025", "EMS-SE 21", "Petra Wollny", "Wildunfall Reh", 3904.00],
    ["S25-0077163", "19.10.2025", "EMS-SE 18", "Jannik Roos", "Parkrempler", 1288.90],
    ["S26-0009941", "09.01.2026", "EMS-SE 25", "Heike Dornbusch", "Glasbruch", 612.00],
    ["S26-0082750", "01.12.2026", "EMS-KE 112", "Bernd Ulrich", "Fremdverschulden (Ausparken)", 0],
])], author="Weidenhof Kfz-Flotten"))])

mail("c59", "CONFIDENTIAL", "en", "insurer-to-provider",
     "provider master data for a sole-practitioner psychotherapist's direct billing: her tax number and IBAN (no patient)",
     frm=BELLINI, to="Dr Rachel Lindqvist <contact@lindqvist-therapy.example>",
     subject="Direct billing agreement – please confirm your details", date="2026-05-08 10:25", body="""\
Dear Dr Lindqvist,

thank you for agreeing to bill us directly for our international members. Before we
activate your account, please confirm the details we have on file:

  Provider:      Dr Rachel Lindqvist, Clinical Psychologist / Psychotherapist (HeilprG)
  Address:       Torstraße 140, 10119 Berlin
  Tax number:    31/455/61702 (Finanzamt Berlin Mitte/Tiergarten)
  VAT:           exempt (§ 4 No. 14 UStG)
  Bank account:  Rachel Lindqvist, IBAN """ + IBAN_LINDQVIST + """
  Fee schedule:  GOP/GOÄ 870 at factor 2.3, max. 100.55 EUR per 50-minute session

Please reply with "confirmed" or send corrections.

""" + SIG_BELLINI + "\n\n" + FOOT_EN)

mail("c60", "CONFIDENTIAL", "de", "company-to-insurer",
     "midwife reports her fee income and birth date for her professional liability renewal",
     frm="Carola Fuchs <hebamme@hebamme-fuchs.example>", to="Nina Pohl <n.pohl@pohl-partner.example>",
     cc=STAUDT, subject="Umsatzmeldung 2025 für meine Berufshaftpflicht", date="2026-02-02 22:05", cte="8bit", body="""\
Liebe Frau Pohl, lieber Herr Staudt,

hier wie gewünscht meine Angaben für die Verlängerung der Berufshaftpflicht
(BH-2022-200913):

- Carola Fuchs, geb. 16.04.1980, freiberufliche Hebamme seit 2008
- Umsatz 2025: 47.800 € (nur Vor- und Nachsorge, Kurse, keine Geburtshilfe)
- ab Herbst eventuell zusätzlich Beleghebamme im St.-Elisabethen – dann melde ich
  mich vorher, ich weiß, dass das teurer wird.

Das Geld kann weiter von meinem Geschäftskonto abgebucht werden
(IBAN """ + IBAN_FUCHS + """).

Liebe Grüße
Carola Fuchs
""")

# ==========================================================================
# MAILS — NORMAL, part 1
# ==========================================================================

mail("n01", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital IT test message for the e-invoice interface with an HL7 'TESTPATIENT' record, ICD codes and a dummy birth date – synthetic test data",
     frm="Dennis Hofmann <it-servicedesk@st-elisabethen-klinikum.example>", to="it-servicedesk@" + D,
     subject="[Ticket KH-IT-2026-03381] Testnachricht nach Fix – bitte Annahme prüfen", date="2026-02-19 10:02",
     irt="s25|st-elisabethen-klinikum.example", body="""\
Hallo Herr Kretschmer,

danke für den schnellen Fix. Wir haben eben eine reine Testnachricht gegen eure
Testumgebung (edi-test) geschickt, siehe unten. Das ist ein Dummy-Fall aus unserem
KIS-Testmandanten, kein echter Patient. Könnt ihr bestätigen, dass die Nachricht mit
drei DG1-Segmenten angenommen wurde? Dann geben wir die 17 zurückgehaltenen
Rechnungen heute Nachmittag frei.

MSH|^~\\&|KIS-TEST|STELISA|WEIDENHOF|PKV-TEST|20260219095511||DFT^P03|TEST000114|T|2.5
PID|1||TEST0001^^^STELISA||TESTPATIENT^MAX^^^^^L||19000101|M|||Teststraße 1^^Testhausen^^99999
DG1|1||I21.4^Akuter subendokardialer Myokardinfarkt^I10-2026|||A
DG1|2||I10.90^Essentielle Hypertonie^I10-2026|||S
DG1|3||E11.90^Diabetes mellitus Typ 2^I10-2026|||S
IN1|1|VOLL|WEIDENHOF-KV||||||||||||||||||||||||||||||||||KV-0000-000000

Processing-ID "T", Versichertennummer aus dem Testnummernkreis.

Gruß
Dennis Hofmann
IT-Servicedesk / Schnittstellen · St.-Elisabethen-Klinikum Nassau gGmbH
""")

_n02_rows = [["Wahlleistung Unterkunft", "2026 (€/Tag)", "Angebot Klinik 2027", "Gegenvorschlag Weidenhof"],
             ["Einbettzimmer Komfort", "118,40", "131,00", "124,50"],
             ["Zweibettzimmer Komfort", "58,20", "66,00", "61,00"],
             ["Einbettzimmer Premium (Station 7)", "164,00", "185,00", "172,00"],
             ["Zuschlag Begleitperson", "52,00", "58,00", "55,00"]]
mail("n02", "NORMAL", "de", "insurer-to-hospital",
     "trap: price negotiation for elective accommodation with a hospital – inpatient words, tables, no patient",
     frm=BECKMANN, to="Andreas Lorenz-Pichler <kaufm.direktor@st-elisabethen-klinikum.example>",
     subject="Wahlleistungsentgelte Unterkunft 2027 – unser Gegenvorschlag", date="2026-09-30 16:40", body="""\
Sehr geehrter Herr Lorenz-Pichler,

vielen Dank für das Gespräch am Montag und die Unterlagen zu den neuen Zimmern auf
Station 7. Nach Abgleich mit den Vergleichskliniken in Rheinland-Pfalz und Hessen
schlagen wir folgende Entgelte ab 01.01.2027 vor:

""" + table_text(_n02_rows) + """

Voraussetzung für die Premium-Kategorie ist, dass die zugesagten Leistungen
(Zeitungen, Menüwahl, WLAN, Bademantelservice) dokumentiert erbracht werden; das
prüfen wir wie besprochen stichprobenartig. Die Gemeinsame Empfehlung DKG/PKV-Verband
bleibt Grundlage.

""" + SIG_BECKMANN + "\n\n" + FOOT_KV,
     html=html_doc("<p>Sehr geehrter Herr Lorenz-Pichler,</p><p>vielen Dank für das Gespräch am Montag und "
                   "die Unterlagen zu den neuen Zimmern auf Station 7. Nach Abgleich mit den Vergleichskliniken "
                   "in Rheinland-Pfalz und Hessen schlagen wir folgende Entgelte ab 01.01.2027 vor:</p>"
                   + table_html(_n02_rows) +
                   "<p>Voraussetzung für die Premium-Kategorie ist, dass die zugesagten Leistungen (Zeitungen, "
                   "Menüwahl, WLAN, Bademantelservice) dokumentiert erbracht werden; das prüfen wir wie "
                   "besprochen stichprobenartig. Die Gemeinsame Empfehlung DKG/PKV-Verband bleibt Grundlage.</p>"
                   + text_to_html(SIG_BECKMANN) + "<hr>" + text_to_html(FOOT_KV)))

mail("n03", "NORMAL", "de", "insurer-to-vendor",
     "trap: tender documents (DOCX) for a second-opinion service with diagnosis examples and ICD codes, no person",
     frm=WINTERSTEIN, to="Bieterliste Zweitmeinung <ausschreibung-zweitmeinung@%s>" % D,
     subject="Ausschreibung AS-2026-07 „Ärztlicher Zweitmeinungsservice“ – Vergabeunterlagen", date="2026-04-01 09:00", body="""\
Sehr geehrte Damen und Herren,

die Weidenhof Krankenversicherung AG schreibt einen ärztlichen Zweitmeinungsservice
für ihre Versicherten aus (Laufzeit 3 Jahre, Option auf 2 weitere Jahre). Die
Vergabeunterlagen finden Sie in der Anlage. Fragen richten Sie bitte bis 20.04.2026
ausschließlich schriftlich an diese Adresse; Angebotsfrist ist der 15.05.2026, 12:00 Uhr.

""" + SIG_WINTERSTEIN, atts=[att("AS-2026-07_Leistungsbeschreibung.docx", docx([
    "# Leistungsbeschreibung Ärztlicher Zweitmeinungsservice (AS-2026-07)",
    "1. Gegenstand: Unabhängige fachärztliche Zweitmeinung vor planbaren Eingriffen und bei "
    "schwerwiegenden Diagnosen, auf Wunsch der versicherten Person.",
    "2. Indikationsbereiche (Mindestumfang):",
    [["Bereich", "Beispiele", "ICD-10-GM / OPS (Beispiele)"],
     ["Orthopädie", "Knie-/Hüftendoprothese, Wirbelsäulenversteifung", "M17.-, M16.-, M51.1; OPS 5-822, 5-820, 5-836"],
     ["Onkologie", "Therapieplanung bei Mamma-, Prostata-, Kolonkarzinom", "C50.-, C61, C18.-"],
     ["Kardiologie", "Bypass vs. Stent, Herzklappenersatz", "I25.1-, I35.0; OPS 5-361, 8-837"],
     ["Psychiatrie", "Therapieresistente Depression", "F32.2, F33.2"]],
    "3. Anforderungen: Fachärzte mit mindestens 10 Jahren Berufserfahrung; Rückmeldung an "
    "die versicherte Person innerhalb von 10 Werktagen; Videosprechstunde; Datenübermittlung "
    "ausschließlich Ende-zu-Ende-verschlüsselt; Hosting in der EU.",
    "4. Berichtswesen: quartalsweise anonymisierte Statistik (Anzahl Fälle je Indikation, "
    "Anteil abweichender Empfehlungen); keine personenbezogenen Daten an den Auftraggeber "
    "ohne Einwilligung.",
    "5. Vergütung: Fallpauschale je abgeschlossener Zweitmeinung; Preisblatt Anlage 3.",
], author="Weidenhof Einkauf"))])

mail("n04", "NORMAL", "de", "rehab-clinic-to-insurer",
     "trap: rehab clinic's aggregated quality report (XLSX) by indication with outcome scores and complication rates",
     frm="Kerstin Baum <qm@reha-hohe-wurzel.example>", to=VOGELSANG,
     subject="Qualitätsbericht 2025 gemäß Versorgungsvertrag", date="2026-03-16 11:30", body="""\
Sehr geehrte Frau Dr. Vogelsang,

wie im Versorgungsvertrag vereinbart erhalten Sie unseren Qualitätsbericht 2025
(Ergebnisqualität und Patientenzufriedenheit, aggregiert über alle Kostenträger).
Indikationen mit weniger als 10 Fällen sind unter „Sonstige“ zusammengefasst.

Mit freundlichen Grüßen
Kerstin Baum
Qualitätsmanagement
Reha-Zentrum Hohe Wurzel GmbH · Am Kurpark 9 · 65307 Bad Schwalbach
""", atts=[att("Qualitaetsbericht_2025_HoheWurzel.xlsx", xlsx([
    ("Ergebnisqualität", [
        ["Indikation", "Fälle", "Ø Verweildauer (Tage)", "FIM-Zuwachs Ø", "Staffelstein-Score Δ", "Komplikationsrate"],
        ["Hüft-TEP (AHB)", 412, 20.4, None, 34.2, "1,9 %"],
        ["Knie-TEP (AHB)", 388, 21.1, None, 29.8, "2,6 %"],
        ["Wirbelsäule konservativ", 251, 22.0, None, 18.5, "0,4 %"],
        ["Schlaganfall (Phase D)", 97, 27.6, 14.1, None, "4,1 %"],
        ["Sonstige", 63, 19.8, None, None, "1,6 %"],
    ]),
    ("Zufriedenheit", [
        ["Item", "Anteil sehr gut/gut"],
        ["Ärztliche Betreuung", "91 %"],
        ["Therapieangebot", "88 %"],
        ["Pflege", "93 %"],
        ["Verpflegung", "71 %"],
        ["Weiterempfehlung", "89 %"],
    ])], author="Reha-Zentrum Hohe Wurzel"))])

mail("n05", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital (group-contract employer) sends aggregated sickness-absence statistics by department (ODS) for a workplace health programme; small units merged",
     frm="Personalabteilung St.-Elisabethen <personal@st-elisabethen-klinikum.example>", to=BRANDT,
     subject="BGM-Projekt: Fehlzeitenstatistik 2025 (anonymisiert)", date="2026-02-25 14:10", body="""\
Sehr geehrte Frau Brandt,

für den Start unseres gemeinsamen BGM-Projekts (Rückengesundheit und psychische
Belastung in der Pflege) anbei die Fehlzeitenstatistik 2025. Die Daten sind vom
Betriebsrat freigegeben; Bereiche mit weniger als 15 Beschäftigten sind
zusammengefasst, Einzelpersonen sind nicht erkennbar.

Mit freundlichen Grüßen
Claudia Wirth
Personalcontrolling · St.-Elisabethen-Klinikum Nassau gGmbH
""", atts=[att("Fehlzeiten_2025_anonymisiert.ods", ods([("2025", [
    ["Bereich", "Beschäftigte (VK)", "AU-Quote", "AU-Fälle je VK", "Anteil Muskel-Skelett", "Anteil Psyche"],
    ["Pflege Normalstationen", 212.5, 0.091, 1.9, 0.27, 0.16],
    ["Intensivpflege / Anästhesie", 64.0, 0.084, 1.6, 0.22, 0.19],
    ["OP / Funktionsdienste", 58.5, 0.072, 1.5, 0.25, 0.11],
    ["Ärztlicher Dienst", 96.0, 0.031, 0.8, 0.12, 0.09],
    ["Verwaltung, IT, Technik, Küche (zusammengefasst)", 88.0, 0.066, 1.4, 0.21, 0.13],
    ["Gesamt", 519.0, 0.075, 1.5, 0.23, 0.14],
])]))])

mail("n06", "NORMAL", "de", "vendor-to-insurer",
     "trap: appointment-software vendor's root-cause report (PDF) about a booking outage – health specialties and counts, no person",
     frm="TerminFix Support <support@terminfix.example>", to="terminservice@" + D,
     cc=KRETSCHMER, subject="Störungsbericht INC-TF-2026-0320 (Facharzt-Terminservice)", date="2026-03-25 10:15", body="""\
Sehr geehrte Damen und Herren,

wie angekündigt erhalten Sie den Störungsbericht zum Ausfall vom 20.03.2026.
Die Liste der betroffenen Buchungen hatten wir Ihnen bereits gesondert übermittelt;
der Bericht selbst enthält nur aggregierte Zahlen.

Mit freundlichen Grüßen
Ihr TerminFix-Support
""", atts=[att("Stoerungsbericht_INC-TF-2026-0320.pdf", pdf([
    "# Störungsbericht INC-TF-2026-0320",
    "Dienst: Facharzt-Terminservice (Mandant Weidenhof Krankenversicherung)",
    "Zeitraum: 20.03.2026, 09:10 - 11:45 Uhr (2 h 35 min)",
    "",
    "# Auswirkung",
    "Buchungen angenommen, aber nicht an Praxen übertragen: 57",
    "davon Psychiatrie/Psychotherapie 9, Kardiologie 11, Gynäkologie 8, Orthopädie 14,",
    "Dermatologie 10, sonstige 5. Alle Versicherten wurden bis 23.03. erneut kontaktiert.",
    "",
    "# Ursache",
    "Abgelaufenes TLS-Zertifikat des internen Message-Brokers; automatische Erneuerung",
    "schlug wegen einer geänderten DNS-Validierung fehl. Monitoring meldete nur Warnung.",
    "",
    "# Maßnahmen",
    "1. Zertifikatsablauf als kritischer Alarm (umgesetzt 21.03.)",
    "2. Wöchentlicher Abgleich Buchungen vs. Übertragungen (bis 15.04.)",
    "3. Wiederholungslogik im Synchronisationsdienst (Release 4.18, Mai)",
], title="Störungsbericht", author="TerminFix GmbH"))])

mail("n07", "NORMAL", "de", "newsletter",
     "trap: HTML newsletter for dental practices explaining GOZ factors, implants and reimbursement, with inline logo; no person",
     frm="Weidenhof Zahnservice <newsletter-zahn@%s>" % D, to="Zahnarztpraxen Rhein-Main <verteiler-zahn@%s>" % D,
     subject="Zahn-Info 2/2026: GOZ-Faktoren, Implantate und schnelle Erstattung", date="2026-05-12 07:30",
     body="""\
Zahn-Info 2/2026 – Neuigkeiten der Weidenhof für Zahnarztpraxen

1. Steigerungsfaktor über 2,3: Eine kurze, patientenbezogene Begründung direkt auf
   der Rechnung erspart Rückfragen. "Erhöhter Zeitaufwand" allein reicht nicht.
2. Implantate: Für Tarife ZahnPlus 70/90 genügt ab Juli ein Heil- und Kostenplan
   ohne Röntgenbild, wenn die Kosten unter 3.000 € liegen.
3. Digitale Einreichung: Über die Rechnungs-App erstatten wir in 80 % der Fälle
   innerhalb von 5 Tagen.
4. PZR: Zwei professionelle Zahnreinigungen pro Jahr sind in allen Zahntarifen
   ohne Begrenzung auf den 2,3-fachen Satz erstattungsfähig.

Abmelden: Antworten Sie mit "Abmelden".
Weidenhof Krankenversicherung AG · Weidenhofallee 12 · 65189 Wiesbaden
""", html=html_doc('<p><img src="cid:logo-zahninfo@weidenhof" alt="Weidenhof Zahn-Info" width="200" height="60"></p>'
                   "<h2>Zahn-Info 2/2026</h2><p>Neuigkeiten der Weidenhof für Zahnarztpraxen</p><ol>"
                   "<li><b>Steigerungsfaktor über 2,3:</b> Eine kurze, patientenbezogene Begründung direkt auf der "
                   "Rechnung erspart Rückfragen. „Erhöhter Zeitaufwand“ allein reicht nicht.</li>"
                   "<li><b>Implantate:</b> Für Tarife ZahnPlus 70/90 genügt ab Juli ein Heil- und Kostenplan ohne "
                   "Röntgenbild, wenn die Kosten unter 3.000 € liegen.</li>"
                   "<li><b>Digitale Einreichung:</b> Über die Rechnungs-App erstatten wir in 80 % der Fälle innerhalb "
                   "von 5 Tagen.</li><li><b>PZR:</b> Zwei professionelle Zahnreinigungen pro Jahr sind in allen "
                   "Zahntarifen ohne Begrenzung auf den 2,3-fachen Satz erstattungsfähig.</li></ol>"
                   "<p style='font-size:8pt'>Abmelden: Antworten Sie mit „Abmelden“.<br>Weidenhof "
                   "Krankenversicherung AG · Weidenhofallee 12 · 65189 Wiesbaden</p>", font="Arial"),
     related=[att("logo.png", image("logo-zahn", 200, 60, fmt="PNG"), inline=True, cid="logo-zahninfo@weidenhof")])

mail("n08", "NORMAL", "de", "insurer-to-pharmacy",
     "trap: generic answer to a pharmacy about direct billing of narcotics, insulin and aids – no patient; quoted question",
     frm="Arzneimittel-Direktabrechnung <arzneimittel-direkt@%s>" % D, to="Kochbrunnen-Apotheke <rezeptur@kochbrunnen-apotheke.example>",
     subject="AW: Direktabrechnung – BtM, Kühlware, Hilfsmittel", date="2026-01-29 11:20", irt="n08q|kochbrunnen-apotheke.example", body="""\
Sehr geehrte Frau Demir,

gern beantworten wir Ihre Fragen allgemein:

1. BtM-Rezepte können Sie wie alle Privatrezepte direkt abrechnen; wir benötigen
   den Scan des BtM-Rezeptes (Teil I), das Original verbleibt bei Ihnen.
2. Für Hochpreiser ab 1.000 € AVP empfehlen wir eine Vorabzusage; bei Insulinen und
   Teststreifen ist keine Zusage nötig.
3. Hilfsmittel (z. B. Kompressionsstrümpfe, Inhalationsgeräte) rechnen Sie bitte
   nicht über das Arzneimittel-Portal ab, sondern reichen den Kostenvoranschlag
   bei der Hilfsmittelstelle ein.

Mit freundlichen Grüßen
Ihr Team Arzneimittel-Direktabrechnung
Weidenhof Krankenversicherung AG

> Sehr geehrte Damen und Herren, wir nehmen seit Januar an Ihrer
> Direktabrechnung teil und haben drei allgemeine Fragen: Gilt das auch für
> BtM-Rezepte? Brauchen wir bei Insulin eine Zusage? Und wie läuft es bei
> Kompressionsstrümpfen? Danke, G. Demir

""" + FOOT_KV)

_n09_rows = [["GOÄ-Abschnitt", "Bezeichnung", "Faktor bisher", "Angebot Labor", "Zielwert Weidenhof"],
             ["M II", "Basislabor (Praxislabor)", "1,15", "1,15", "1,0"],
             ["M III", "Untersuchungen im Speziallabor", "1,15", "1,15", "1,05"],
             ["M IV", "Molekulargenetik", "1,15", "1,15", "1,15"],
             ["-", "Versand-/Portopauschale", "4,00 €", "3,50 €", "2,60 €"]]
mail("n09", "NORMAL", "de", "insurer-to-lab",
     "trap: fee negotiation with a medical lab on GOÄ chapter M factors – lab terms, no patient",
     frm=BECKMANN, to="Dr. rer. nat. Stefan Brückner <gf@labor-brueckner.example>",
     subject="Rahmenvereinbarung Laborleistungen ab 2027 – Vorschlag", date="2026-10-14 13:45", body="""\
Sehr geehrter Herr Dr. Brückner,

im Nachgang zu unserem Termin fasse ich unseren Vorschlag für die
Rahmenvereinbarung ab 01.01.2027 zusammen:

""" + table_text(_n09_rows) + """

Im Gegenzug sichern wir Ihnen die Direktabrechnung für alle Weidenhof-Versicherten
und eine Zahlung innerhalb von 10 Tagen zu. Außerdem würden wir Sie in unserer
Versicherten-App als Partnerlabor für Präventionspakete (Check-up, Vitamin D,
Schilddrüse) listen.

Über eine Rückmeldung bis Ende Oktober freue ich mich.

""" + SIG_BECKMANN + "\n\n" + FOOT_KV)

mail("n10", "NORMAL", "de", "billing-centre-to-insurer",
     "trap: billing centre asks generally about factor justifications and analogue GOÄ numbers; no patient",
     frm="Dirk Vollmer <d.vollmer@medabrechnung-taunus.example>", to=KROEGER,
     subject="Allgemeine Frage: Begründungen Steigerungsfaktor / Analogziffern", date="2026-05-27 08:50", body="""\
Sehr geehrte Frau Kröger,

eine allgemeine Frage, unabhängig von einem konkreten Fall: Wir überarbeiten gerade
unsere Textbausteine für Begründungen bei Überschreitung des Schwellenwertes.

1. Akzeptieren Sie Begründungen wie "überdurchschnittlicher Zeitaufwand bei
   multimorbidem Patienten" als patientenbezogen, oder muss die konkrete Diagnose
   genannt werden?
2. Für die Analogbewertung der Stoßwellentherapie (GOÄ 1800 analog) und der
   Hyaluronsäure-Injektion (GOÄ 255 analog) gibt es unterschiedliche Empfehlungen.
   Welche Ziffern akzeptieren Sie ohne Rückfrage?
3. Gilt für Videosprechstunden weiter GOÄ 1 analog bzw. 3 analog?

Eine kurze Liste Ihrer "Standards" würde uns und Ihnen viele Rückfragen ersparen.

Mit freundlichen Grüßen
Dirk Vollmer
MedAbrechnung Taunus GmbH
""")

mail("n11", "NORMAL", "de", "insurer-to-therapist",
     "trap: circular to network physiotherapists with the 2027 fee list (XLSX) – treatment names and prices, no patient",
     frm="Vertragsmanagement Heilmittel <vertragsmanagement@%s>" % D, to="Physio-Netzwerk Weidenhof <physio-netzwerk@%s>" % D,
     subject="Vergütungsliste Physio-Netzwerk ab 01.01.2027", date="2026-11-18 09:00", body="""\
Liebe Partnerinnen und Partner im Physio-Netzwerk,

anbei die neue Vergütungsliste, gültig ab 01.01.2027. Die Preise steigen im
Durchschnitt um 4,2 %; für KG-ZNS und Manuelle Lymphdrainage haben wir die
Sätze stärker angehoben, um die Versorgung in ländlichen Regionen zu sichern.

Die Zusatzqualifikationen weisen Sie bitte wie bisher einmalig nach.

Mit freundlichen Grüßen
Ihr Vertragsmanagement Heilmittel
Weidenhof Krankenversicherung AG

""" + FOOT_KV, atts=[att("Verguetungsliste_Physio_2027.xlsx", xlsx([("ab 2027", [
    ["Pos.", "Leistung", "Dauer", "2026 €", "2027 €"],
    ["X0501", "Krankengymnastik (KG)", "20 min", 32.10, 33.40],
    ["X0708", "KG-ZNS nach Bobath/Vojta", "30 min", 48.60, 52.00],
    ["X1201", "Manuelle Therapie", "20 min", 37.40, 38.90],
    ["X0205", "Manuelle Lymphdrainage 45", "45 min", 52.30, 56.10],
    ["X1501", "Wärmetherapie (Fango)", "-", 12.80, 13.30],
    ["X9933", "Hausbesuch", "-", 24.50, 25.50],
])], author="Weidenhof Vertragsmanagement"))])

mail("n12", "NORMAL", "de", "nursing-home-to-insurer",
     "trap: nursing home invites payers and care advisers to a care forum on dementia and care levels (ICS); no resident",
     frm="Bernhard Quast <heimleitung@haus-sonnenhang.example>", to=PFEIFFER,
     subject="Einladung 6. Pflegeforum Untertaunus – 15.10.2026", date="2026-08-27 10:20", body="""\
Sehr geehrte Frau Pfeiffer-Lentz,

wir laden Sie herzlich zum 6. Pflegeforum Untertaunus ein. Themen in diesem Jahr:

- Pflegegrad 4 und 5 bei Demenz: was die Begutachtung wirklich abbildet
- Personalbemessung nach § 113c SGB XI – ein Jahr Erfahrung
- Verhinderungspflege und Entlastungsbetrag: Tipps für Angehörige

Wir würden uns freuen, wenn Sie beim Podium „Kostenträger im Gespräch“ dabei wären.
Die Kalendereinladung hängt an.

Mit freundlichen Grüßen
Bernhard Quast
Heimleitung · Seniorenresidenz Haus Sonnenhang gGmbH
""", atts=[att("Pflegeforum_2026.ics", ics("pflegeforum-2026@haus-sonnenhang.example", "20261015T140000",
                                             "20261015T180000", "6. Pflegeforum Untertaunus",
                                             location="Kursaal Bad Schwalbach, Brunnenstraße 1",
                                             description="Programm siehe Einladung. Anmeldung bis 30.09.",
                                             organizer="heimleitung@haus-sonnenhang.example",
                                             attendees=["karin.pfeiffer-lentz@" + D]))])

mail("n13", "NORMAL", "de", "insurer-to-partner",
     "trap: job advertisement for medical assistants at the insurer's health hotline – medical vocabulary, no person",
     frm="Recruiting Weidenhof <karriere@%s>" % D, to="Jobportal Rhein-Main <anzeigen@jobportal-rheinmain.example>",
     subject="Anzeige zur Veröffentlichung: Medizinische Fachangestellte (m/w/d) Gesundheitstelefon", date="2026-02-02 12:00", body="""\
Guten Tag,

bitte veröffentlichen Sie folgende Anzeige ab 09.02. für 30 Tage (Paket Premium,
Kostenstelle 4410):

---
Medizinische Fachangestellte / Gesundheits- und Krankenpfleger (m/w/d)
für unser Gesundheitstelefon – Wiesbaden, Vollzeit oder Teilzeit

Ihre Aufgaben: Sie beraten unsere Versicherten telefonisch zu Fragen rund um
Arztsuche, Facharzttermine, Vorsorge, Medikamente und Hilfsmittel, vermitteln
Termine über unseren Terminservice und unterstützen chronisch kranke Versicherte
(z. B. mit Diabetes, COPD oder Herzinsuffizienz) in unseren Gesundheitsprogrammen.

Ihr Profil: abgeschlossene Ausbildung als MFA oder Pflegefachkraft, mindestens zwei
Jahre Berufserfahrung in Praxis oder Klinik, Freude am Telefon.

Wir bieten: 38-Stunden-Woche ohne Nacht- und Wochenenddienst, betriebliche
Krankenversicherung, Jobticket, mobiles Arbeiten nach der Einarbeitung.
Bewerbung unter karriere.weidenhof-versicherung.example, Kennziffer GT-2026-04.
---

Vielen Dank
Team Recruiting
""")

mail("n14", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital IT sends its S/MIME domain certificate for encrypted exchange of medical reports (PEM) – no person",
     frm="Dennis Hofmann <it-servicedesk@st-elisabethen-klinikum.example>", to="zertifikat@" + D,
     subject="Domänenzertifikat st-elisabethen-klinikum.example für Befund- und Rechnungsaustausch", date="2026-06-08 09:35", body="""\
Hallo zusammen,

für die Gateway-zu-Gateway-Verschlüsselung beim Austausch von Arztbriefen,
Kostenübernahmen und Rechnungen anbei unser neues Domänenzertifikat (gültig bis
30.06.2028). Das alte Zertifikat läuft am 30.06.2026 ab. Fingerprint
(SHA-256): 4B:1E:77:0A:C2:93:5D:6F:18:E2:AB:40:9C:31:7E:D5:06:22:8A:FB:51:C4:3D:90:77:12:EE:A8:63:0F:B4:29

Bitte bestätigt kurz, wenn es bei euch eingespielt ist.

Gruß
Dennis Hofmann
IT-Servicedesk · St.-Elisabethen-Klinikum Nassau gGmbH
""", atts=[att("st-elisabethen-klinikum.example.pem", ("-----BEGIN CERTIFICATE-----\r\n" +
    "MIIDszCCApugAwIBAgIUVNhGe3k2cXlG0x6Q0d1c2VyLWRlbW8tY2VydDANBgkqhkiG\r\n"
    "9w0BAQsFADBdMQswCQYDVQQGEwJERTEZMBcGA1UECgwQU3QuLUVsaXNhYmV0aGVu\r\n"
    "MTMwMQYDVQQDDCpzdC1lbGlzYWJldGhlbi1rbGluaWt1bS5leGFtcGxlIERvbWFp\r\n"
    "biBDQTAeFw0yNjA2MDEwMDAwMDBaFw0yODA2MzAyMzU5NTlaMDAxLjAsBgNVBAMM\r\n"
    "JXN0LWVsaXNhYmV0aGVuLWtsaW5pa3VtLmV4YW1wbGUgKGRlbW8pMIIBIjANBgkq\r\n"
    "hkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx3k0ZW1vLWtleS1ub3QtcmVhbC1kYXRh\r\n"
    "-----END CERTIFICATE-----\r\n").encode("ascii"), ctype="application/x-pem-file")])

mail("n15", "NORMAL", "de", "internal",
     "trap: internal training PDF on GOÄ analogue billing with fictitious example cases ('Patient A, fiktiv')",
     frm=OBERLAENDER, to="Leistung ambulant – alle <leistung-ambulant-team@%s>" % D,
     subject="Schulung Donnerstag: Analogbewertungen GOÄ – Unterlagen", date="2026-06-23 17:05", body="""\
Liebe Kolleginnen und Kollegen,

anbei die Folien für die Schulung am Donnerstag (14 Uhr, Raum 2.08 und Teams).
Die Fallbeispiele sind frei erfunden bzw. aus mehreren Fällen zusammengesetzt und
lassen keine Rückschlüsse auf Versicherte zu.

Viele Grüße
Matthias Oberländer
""", atts=[att("Schulung_Analogbewertung_GOAe.pdf", pdf([
    "# Analogbewertungen nach § 6 Abs. 2 GOÄ - Schulung Leistung ambulant",
    "Stand Juni 2026 - nur für den internen Gebrauch",
    "",
    "# Grundsätze",
    "- Analog nur für selbständige Leistungen, die nicht im Gebührenverzeichnis stehen",
    "- Gleichwertigkeit nach Art, Kosten- und Zeitaufwand",
    "- Kennzeichnung 'entsprechend' bzw. 'analog' und verständliche Bezeichnung",
    "",
    "# Fallbeispiel 1 (fiktiv)",
    "Patient A, 54 Jahre, Gonarthrose: Hyaluronsäure-Injektion abgerechnet als GOÄ 255 analog.",
    "Bewertung: akzeptiert; GOÄ 300 (Gelenkpunktion) daneben nicht berechnungsfähig.",
    "",
    "# Fallbeispiel 2 (fiktiv)",
    "Patientin B, 38 Jahre, Fersensporn: extrakorporale Stoßwellentherapie als GOÄ 1800 analog.",
    "Bewertung: nach BÄK-Empfehlung akzeptiert, max. 3 Sitzungen ohne Rückfrage.",
    "",
    "# Fallbeispiel 3 (fiktiv)",
    "Patient C, 67 Jahre, Vorhofflimmern: Telemonitoring Implantat abgerechnet als GOÄ 1 analog x 12.",
    "Bewertung: Rückfrage Beratungsarzt - Leistungsinhalt unklar.",
], title="Schulung Analogbewertung", author="Leistungsmanagement"))])

mail("n16", "NORMAL", "en", "insurer-to-doctor",
     "trap: blank English consent form for release of medical information sent on request; placeholders only",
     frm=GEISLER, to="Harbourside Surgery <admin@harbourside-surgery.example>",
     subject="Blank consent form – medical information (as requested)", date="2026-05-20 09:12", body="""\
Dear practice team,

as requested on the phone, please find attached our blank consent form for the
release of medical information to Weidenhof Lebensversicherung AG. It is the form we
ask applicants to sign; you may keep it on file for future requests. It contains no
personal details yet.

Kind regards
Tanja Geisler
Underwriting Life / Risk Assessment
Weidenhof Lebensversicherung AG

""" + FOOT_LV, atts=[att("Consent_medical_information_blank.pdf", pdf([
    "# Consent to the release of medical information",
    "Weidenhof Lebensversicherung AG - Underwriting",
    "",
    "Name of applicant: ______________________   Date of birth: ____/____/______",
    "Application number: LA-__-_____",
    "",
    "I authorise the doctors, hospitals and therapists who have treated me in the last",
    "five years to release information about my health (diagnoses, treatments, test results,",
    "medication) to Weidenhof Lebensversicherung AG for the assessment of my application.",
    "",
    "This consent can be withdrawn at any time for the future.",
    "",
    "Place, date: ____________________   Signature: ____________________",
], title="Consent form (blank)", author="Weidenhof Lebensversicherung"))])

mail("n17", "NORMAL", "de", "supply-shop-to-insurer",
     "trap: medical-supply shop sends its price list (PDF) for aids – wheelchairs, compression, CPAP – for a framework contract",
     frm="Rainer Kolbe <gf@sanitaetshaus-rheinblick.example>", to=BECKMANN,
     subject="Preisliste Hilfsmittel 2027 für Rahmenvertrag", date="2026-10-22 15:05", body="""\
Sehr geehrter Herr Beckmann,

wie besprochen unsere Preisliste 2027 für die wichtigsten Produktgruppen. Bei
Abschluss eines Rahmenvertrags gewähren wir auf alle Listenpreise 6 % Rabatt und
übernehmen Lieferung und Einweisung im Umkreis von 50 km kostenfrei.

Mit freundlichen Grüßen
Rainer Kolbe
Geschäftsführer · Sanitätshaus Rheinblick GmbH
""", atts=[att("Preisliste_Hilfsmittel_2027.pdf", pdf([
    "# Sanitätshaus Rheinblick GmbH - Preisliste 2027 (Auszug)",
    "",
    "Rollator leicht (Alu, mit Sitz)                     189,00 EUR",
    "Aktivrollstuhl Standard                             1.240,00 EUR",
    "Elektrorollstuhl Mittelklasse (Basis)               6.980,00 EUR",
    "Pflegebett elektrisch, Miete je Monat                  62,00 EUR",
    "Kompressionsstrumpf rundgestrickt KKL 2 (Paar)         89,50 EUR",
    "Flachstrick-Armstrumpf KKL 2 (Maß)                   243,20 EUR",
    "CPAP-Gerät inkl. Maske und Einweisung                 980,00 EUR",
    "Blutdruckmessgerät Oberarm                             54,90 EUR",
    "Einlagen nach Maß (Paar)                              128,00 EUR",
    "",
    "Alle Preise inkl. 19 % bzw. 7 % MwSt.",
], title="Preisliste 2027", author="Sanitätshaus Rheinblick"))])

mail("n18", "NORMAL", "de", "internal",
     "trap: invitation to the insurer's staff health day with flu vaccination and blood-pressure checks (ICS); no person",
     frm="Betriebliches Gesundheitsmanagement <bgm@%s>" % D, to="Alle Mitarbeitenden Wiesbaden <alle-wiesbaden@%s>" % D,
     subject="Gesundheitstag am 08.10. – Grippeimpfung, Blutdruck, Rückencheck", date="2026-09-17 08:00", body="""\
Liebe Kolleginnen und Kollegen,

am Donnerstag, 08.10.2026, findet im Foyer und in den Räumen 0.10–0.14 unser
Gesundheitstag statt:

- Grippeschutzimpfung durch unseren Betriebsarzt Dr. Sommer (bitte Impfpass
  mitbringen, Anmeldung über das Intranet, Impfstoff ist begrenzt)
- Blutdruck- und Blutzuckermessung, Rückencheck mit Physiotherapeuten
- Vortrag „Stress im Kundenservice“ um 12:30 Uhr

Alle Ergebnisse bekommt nur ihr selbst; der Arbeitgeber erhält keine Daten.
Die Einladung für euren Kalender hängt an.

Euer BGM-Team
""", atts=[att("Gesundheitstag_2026.ics", ics("gesundheitstag-2026@" + D, "20261008T090000", "20261008T160000",
                                               "Gesundheitstag Weidenhof – Grippeimpfung, Checks",
                                               location="Foyer und Räume 0.10–0.14, Weidenhofallee 12",
                                               organizer="bgm@" + D))])

mail("n19", "NORMAL", "de", "insurer-to-partner",
     "trap: answer to a psychotherapists' association with aggregated waiting times and session statistics; no person",
     frm=VOGELSANG, to="Landesverband Psychotherapie Hessen <geschaeftsstelle@lvpt-hessen.example>",
     subject="AW: Anfrage Wartezeiten und Bewilligungsquoten Psychotherapie", date="2026-07-22 14:30", body="""\
Sehr geehrte Damen und Herren,

gern beantworten wir Ihre Anfrage mit den aggregierten Zahlen für 2025 (alle
Weidenhof-Versicherten in Hessen, ambulante Psychotherapie):

- Anträge auf Kostenübernahme: 1.284, davon bewilligt 1.196 (93,1 %)
- häufigste Verfahren: Verhaltenstherapie 71 %, tiefenpsychologisch fundiert 24 %,
  analytisch 3 %, systemisch 2 %
- durchschnittlich bewilligte Sitzungen je Erstantrag: 24,6
- Anteil Fortführungsanträge mit Gutachterverfahren: 38 %
- Wartezeit zwischen Erstgespräch und Therapiebeginn laut Angaben der Praxen:
  Median 9 Wochen (Rhein-Main 7, Nordhessen 14)

Zahlen zu einzelnen Diagnosen geben wir wegen kleiner Fallzahlen nicht heraus.

""" + SIG_VOGELSANG + "\n\n" + FOOT_KV)

mail("n20", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital legal counsel discusses the template for elective-treatment agreements (Wahlleistungsvereinbarung) – contract clauses only",
     frm="Justiziariat St.-Elisabethen <justiziariat@st-elisabethen-klinikum.example>", to=BECKMANN,
     subject="Muster-Wahlleistungsvereinbarung 2027 – Ihre Anmerkungen", date="2026-11-03 12:10", body="""\
Sehr geehrter Herr Beckmann,

danke für Ihre Anmerkungen zu unserem Entwurf der Wahlleistungsvereinbarung.
Zu den offenen Punkten:

§ 2 (Wahlarztkette): Wir übernehmen Ihren Vorschlag, die Liste der liquidations-
berechtigten Ärzte inkl. Stellvertreter als Anlage beizufügen und bei Änderungen
neu auszuhändigen.

§ 4 (Unterrichtung über Entgelte): Die Unterrichtung nach § 17 KHEntgG erfolgt vor
Unterzeichnung schriftlich, mit Beispielrechnung für eine typische Behandlung
(Beispiel: laparoskopische Cholezystektomie, Chefarzt, 3 Tage Einbettzimmer).

§ 6 (Vertretung): Eine formularmäßige Vertretungsvereinbarung für unvorhersehbare
Verhinderung bleibt drin; vorhersehbare Abwesenheiten regeln wir individuell.

Den bereinigten Entwurf schicke ich Ihnen bis Ende der Woche.

Mit freundlichen Grüßen
Ass. jur. Miriam Dahlke
Justiziariat · St.-Elisabethen-Klinikum Nassau gGmbH
""")

# ==========================================================================
# MAILS — NORMAL, part 2
# ==========================================================================

mail("n21", "NORMAL", "de", "rehab-clinic-to-insurer",
     "trap: rehab clinic's tender offer with a price sheet (PDF) per indication – rehab and diagnosis words, no patient",
     frm="Dr. med. Almut Seibold <chefarzt.ortho@reha-hohe-wurzel.example>", to=WINTERSTEIN,
     cc="Geschäftsführung Hohe Wurzel <gf@reha-hohe-wurzel.example>",
     subject="Angebot zu AS-2026-11 „Rahmenvertrag Anschlussrehabilitation“", date="2026-06-26 11:55", body="""\
Sehr geehrter Herr Winterstein,

fristgerecht übersenden wir unser Angebot zur Ausschreibung AS-2026-11. Das
unterschriebene Original geht Ihnen per Kurier zu. Das Preisblatt hängt an.

Mit freundlichen Grüßen
Dr. med. Almut Seibold, Chefärztin Orthopädie
i. A. der Geschäftsführung · Reha-Zentrum Hohe Wurzel GmbH
""", atts=[att("Preisblatt_AS-2026-11_HoheWurzel.pdf", pdf([
    "# Preisblatt - Rahmenvertrag Anschlussrehabilitation (AS-2026-11)",
    "Bieter: Reha-Zentrum Hohe Wurzel GmbH, Bad Schwalbach",
    "",
    "Indikation                          Tagessatz   Regeldauer   Pauschale",
    "Hüft-TEP / Knie-TEP (AHB)           189,00 EUR  21 Tage      3.969,00 EUR",
    "Wirbelsäule post-OP                 189,00 EUR  21 Tage      3.969,00 EUR",
    "Schulter (Rotatorenmanschette)      179,00 EUR  21 Tage      3.759,00 EUR",
    "Neurologie Phase D (Schlaganfall)   236,00 EUR  28 Tage      6.608,00 EUR",
    "",
    "Zuschlag Einzelzimmer Komfort: 35,00 EUR/Tag; Begleitperson 68,00 EUR/Tag",
    "Verlängerung: nur nach Antrag mit ärztlicher Begründung, Tagessatz wie oben",
    "Qualitätsnachweis: QS-Reha, IQMP-Reha zertifiziert bis 2028",
], title="Preisblatt", author="Reha-Zentrum Hohe Wurzel"))])

mail("n22", "NORMAL", "de", "insurer-to-prospect",
     "trap: product information on practice insurance for a doctor who asked for a brochure; no contract, no personal data",
     frm=STAUDT, to="Dr. Johanna Sommer <j.sommer@hautarzt-sommer.example>",
     subject="Ihre Anfrage: Praxis-Police Heilwesen", date="2026-08-18 10:05", body="""\
Sehr geehrte Frau Dr. Sommer,

vielen Dank für Ihr Interesse an unserer Praxis-Police Heilwesen. Gern fasse ich die
Bausteine zusammen:

- Praxisinhalt: Einrichtung, medizinische Geräte, Medikamentenvorräte und
  Kühlware, auch Patientenakten (Wiederherstellungskosten)
- Elektronik: Ultraschall, Laser, IT – auch bei Bedienungsfehlern
- Betriebsunterbrechung: fortlaufende Kosten und entgangener Gewinn, z. B. nach
  Wasserschaden oder Brand
- Berufs- und Betriebshaftpflicht: Deckung für ärztliche Behandlungsfehler,
  kosmetische Eingriffe optional
- Cyber: Hilfe bei Hackerangriffen, Datenschutzverletzungen, Lösegeldforderungen

Für ein konkretes Angebot brauche ich den geplanten Umsatz, den Neuwert der
Einrichtung und die Anzahl der Mitarbeitenden. Die Produktbroschüre finden Sie unter
www.weidenhof-versicherung.example/heilwesen.

""" + SIG_STAUDT + "\n\n" + FOOT_ALLG)

mail("n23", "NORMAL", "de", "billing-centre-to-insurer",
     "trap: billing-centre GmbH announces its new company bank account for assigned claims (company IBAN)",
     frm="Buchhaltung MedAbrechnung Taunus <buchhaltung@medabrechnung-taunus.example>", to="zahlungsverkehr@" + D,
     subject="Neue Bankverbindung MedAbrechnung Taunus GmbH ab 01.04.2026", date="2026-03-10 09:40", body="""\
Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich die Bankverbindung unseres Unternehmens ändert. Alle
Zahlungen aus abgetretenen Honorarforderungen (Direktabrechnung) leisten Sie ab
01.04.2026 bitte ausschließlich auf folgendes Konto:

Kontoinhaber: MedAbrechnung Taunus GmbH
IBAN: """ + IBAN_MEDABR + """
BIC: GENODE51WIE

Das bisherige Konto bei der Sparkasse bleibt bis 30.06.2026 bestehen. Eine
schriftliche Bestätigung mit Unterschrift der Geschäftsführung geht Ihnen per Post zu;
bei Zweifeln rufen Sie uns bitte unter 06123 70 58-0 an (Betrugsprävention).

Mit freundlichen Grüßen
Buchhaltung · MedAbrechnung Taunus GmbH · AG Wiesbaden HRB 28871 · GF: Frank Scholl
""")

mail("n24", "NORMAL", "en", "insurer-to-hospital",
     "trap: circular to partner hospitals abroad with the insurer's own bank account for refunds of overpayments",
     frm=BELLINI, to="International provider network <provider-network@%s>" % D,
     subject="Refunds of overpayments – our bank details", date="2026-04-15 08:30", body="""\
Dear partners,

from time to time we receive refunds of overpaid guarantees of payment (e.g. after a
shorter stay than estimated). To make matching easier, please always use the
following account and quote our GOP number as the only reference:

  Account holder: Weidenhof Krankenversicherung AG
  IBAN: """ + IBAN_WEIDENHOF + """
  BIC: NASSDE55XXX
  Reference: GOP-YY-NNNN

Please do not send refunds to individual members or to our assistance partners.
We will never change these bank details by e-mail; any message claiming otherwise
should be treated as fraud.

""" + SIG_BELLINI + "\n\n" + FOOT_EN)

mail("n25", "NORMAL", "de", "internal",
     "trap: internal note on DRG, OPS and ICD-10-GM 2027 changes for invoice auditors; codes only",
     frm=HOLLERBACH, to="Rechnungsprüfung stationär <rp-stationaer@%s>" % D,
     subject="Kataloganpassungen 2027 – was sich für uns ändert", date="2026-10-26 14:00", body="""\
Hallo zusammen,

eine erste Übersicht zu den Katalogen 2027 (aG-DRG, OPS, ICD-10-GM), bevor das
Prüfregelwerk angepasst wird:

ICD-10-GM 2027
- Neue Schlüsselnummern für Long-COVID-Folgezustände (U09.- ausdifferenziert)
- Präzisierung bei Adipositas (E66.-) nach BMI-Klassen, relevant für die
  Begründung von Steigerungsfaktoren

OPS 2027
- 5-822 (Knie-Endoprothese): neue Kodes für robotergestützte Implantation;
  Zusatzentgelt bleibt ausgeschlossen
- 8-98f (komplexe intensivmedizinische Versorgung): geänderte Mindestmerkmale

aG-DRG 2027
- Weitere Ausgliederung Pflegepersonalkosten; Tagesentgelte Pflegebudget
- Hybrid-DRG: Erweiterung um Hernien- und Arthroskopie-Leistungen

Wir besprechen die Details im Team-Meeting am 05.11. Die Regelwerks-Änderungen
sollen bis 15.12. getestet sein.

Viele Grüße
Anke Hollerbach
""")

mail("n26", "NORMAL", "en", "insurer-to-partner",
     "trap: minutes (DOCX) of a service review with a TPA about claims turnaround, pre-authorisation and fraud – no member",
     frm=BELLINI, to="Gulfcare TPA – Account Management <accounts@gulfcare-tpa.example>", cc=DONNELLY,
     subject="Minutes – quarterly service review Q3 2026", date="2026-10-09 16:20", body="""\
Dear Rania, dear Imran,

thank you for the productive meeting on Tuesday. Please find the minutes attached.
Let us know by 16 October if anything needs correcting.

""" + SIG_BELLINI + "\n\n" + FOOT_EN, atts=[att("Minutes_ServiceReview_Q3-2026.docx", docx([
    "# Quarterly service review Weidenhof / Gulfcare TPA - Q3 2026",
    "Date: 06/10/2026, video call. Participants: Weidenhof (M. Bellini, C. Donnelly), "
    "Gulfcare (R. Haddad, I. Qureshi).",
    "# 1. KPIs",
    "Pre-authorisations answered within 4 hours: 96.2 % (target 95 %). Cashless claims paid "
    "within 10 days: 91 % (target 90 %). Reimbursement claims within 15 days: 84 % (target 90 %) "
    "- delay caused by missing itemised pharmacy bills.",
    "# 2. Medical management",
    "Increase in MRI requests for low back pain without red flags; Gulfcare to apply the "
    "6-week conservative therapy rule. Maternity packages: renegotiation with two hospitals.",
    "# 3. Fraud and abuse",
    "Two provider audits completed (upcoding of consultation levels); recovery AED 61,400.",
    "# 4. Actions",
    [["Action", "Owner", "Due"],
     ["Reminder to members: itemised pharmacy bills", "Gulfcare", "31/10/2026"],
     ["Update MRI pre-authorisation guideline", "Weidenhof", "15/11/2026"],
     ["Data protection audit (on site)", "Weidenhof", "Q1 2027"]],
], author="Weidenhof International Health Desk"))])

_n27_rows = [["Testfall", "Name", "Geburtsdatum", "Versichertennr", "ICD", "OPS", "IBAN", "Erwartung"],
             ["TF-01", "Mustermann, Max (fiktiv)", "01.01.1970", "KV-0000-000001", "K80.20", "5-511.11", "DE89 3704 0044 0532 0130 00", "Annahme"],
             ["TF-02", "Musterfrau, Erika (fiktiv)", "12.08.1964", "KV-0000-000002", "I21.4", "8-837.00", "DE89 3704 0044 0532 0130 00", "Annahme, 3 DG1"],
             ["TF-03", "Testkind, Lisa (fiktiv)", "01.06.2019", "KV-0000-000003", "J18.9", "", "", "Ablehnung: IBAN fehlt"],
             ["TF-04", "Mustermann, Max (fiktiv)", "01.01.1970", "KV-0000-999999", "Z99.9", "", "DE00 0000 0000 0000 0000 00", "Ablehnung: Prüfziffer"]]
mail("n27", "NORMAL", "de", "internal",
     "trap: synthetic test cases (CSV) for the e-invoice interface – 'fiktiv' names, dummy birth dates, published example IBAN, ICD/OPS codes",
     frm=KRETSCHMER, to="Testteam eRechnung <test-erechnung@%s>" % D,
     subject="Testfälle eRechnung Kliniken – Regression Release 26.3", date="2026-02-17 15:45", body="""\
Hi,

anbei die synthetischen Testfälle für die Regression nach dem DG1-Fix. Alle Namen,
Versichertennummern (Testnummernkreis 0000) und Bankdaten sind fiktiv; die IBAN in
TF-01/02 ist die übliche Beispiel-IBAN aus der Dokumentation, TF-04 hat absichtlich
eine falsche Prüfziffer.

Bitte nur gegen edi-test laufen lassen.

""" + SIG_KRETSCHMER, atts=[att("Testfaelle_eRechnung_26.3.csv", csvdata(_n27_rows, "utf-8"), charset="utf-8")])

mail("n28", "NORMAL", "en", "insurer-to-partner",
     "trap: aggregated expat claims by ICD chapter for the reinsurer; no member-level data",
     frm=BELLINI, to="Nordkap Re – Health Underwriting <health.uw@nordkap-re.example>",
     subject="Expat medical treaty – claims experience 2025 by ICD chapter", date="2026-03-31 12:20", body="""\
Dear Henrik,

as agreed for the renewal discussion, here is our 2025 claims experience for the
expatriate medical portfolio (12,480 member-years), aggregated by ICD-10 chapter.
Chapters with fewer than 20 claims are grouped under "other".

""" + table_text([["ICD chapter", "Claims", "Paid EUR", "Share"],
                  ["II Neoplasms (C00-D48)", "212", "4,812,000", "18.9 %"],
                  ["IX Circulatory (I00-I99)", "341", "3,955,000", "15.5 %"],
                  ["XIII Musculoskeletal (M00-M99)", "1,904", "3,102,000", "12.2 %"],
                  ["XV Pregnancy (O00-O99)", "288", "2,870,000", "11.3 %"],
                  ["XIX Injuries (S00-T98)", "615", "2,440,000", "9.6 %"],
                  ["V Mental (F00-F99)", "402", "1,380,000", "5.4 %"],
                  ["Other", "9,870", "6,911,000", "27.1 %"],
                  ["Total", "13,632", "25,470,000", "100 %"]]) + """

Large claims above the EUR 250k retention: 7 (largest EUR 1.9m, neonatal intensive
care). The detailed large-loss list with case descriptions goes through the secure
portal as usual.

""" + SIG_BELLINI + "\n\n" + FOOT_EN)

mail("n29", "NORMAL", "en", "hospital-to-insurer",
     "trap: Dubai clinic's provider onboarding form with the clinic company's bank account and licence – no patient",
     frm="Al Noor International Clinic – Finance <finance@alnoor-clinic.example>", to=BELLINI,
     subject="Provider registration – Al Noor International Clinic LLC", date="2026-01-20 10:44", body="""\
Dear Mr Bellini,

as requested, here are our details for your direct billing network:

Legal name:       Al Noor International Clinic LLC
Licence:          DHCC Facility Licence F-2209-114
Tax registration: TRN 100 4417 2291 0003
Bank:             Emirates Gulf Bank, DHCC branch
Account name:     AL NOOR INTERNATIONAL CLINIC LLC
IBAN:             """ + IBAN_NOOR + """
SWIFT:            EGBKAEADXXX

Departments: obstetrics & gynaecology, paediatrics, internal medicine, orthopaedics,
dental, radiology (MRI/CT), laboratory. Emergency department 24/7.
Contact for guarantees of payment: insurance@alnoor-clinic.example, +971 4 000 2217.

Kind regards,
Rashid Al Mansoori
Finance Manager
""")

mail("n30", "NORMAL", "en", "vendor-to-insurer",
     "trap: contact-centre vendor's incident post-mortem for the international health hotline (calls about claims, pre-authorisations); no caller data",
     frm="Service Delivery – VoxBridge <service.delivery@voxbridge.example>", to=DONNELLY, cc=KRETSCHMER,
     subject="Post-incident review PIR-2026-044 – International Health hotline outage 12 June", date="2026-06-16 17:30",
     cte="7bit", body="""\
Hello Claire,

here is the summary of the post-incident review for the hotline outage on 12 June.

Impact
- 12/06/2026 14:02-15:19 CEST: inbound calls to +49 611 94470-3800 received a busy
  signal; 211 calls affected (estimated from carrier logs).
- Call reasons in the 2 hours before (from IVR menu choices): claims status 41 %,
  pre-authorisation 27 %, medical emergency abroad 9 %, other 23 %.
- Emergency calls were automatically rerouted to the assistance partner after 3
  minutes; 14 calls reached GlobeAssist this way.

Root cause
- A SIP trunk certificate renewal was applied to the wrong session border
  controller. Failover did not trigger because health checks only tested SIP OPTIONS.

Actions
1. Certificate changes via change board only (done).
2. Failover health check with real test calls every 5 minutes (by 30/06).
3. Immediate SMS alert to the Weidenhof duty manager (done).

No recordings or personal data were lost or exposed.

Best regards,
Tom Fairbanks
Service Delivery Manager, VoxBridge Contact Solutions Ltd
""")

mail("n31", "NORMAL", "en", "newsletter",
     "trap: expat newsletter on maternity waiting periods, newborn cover and pre-existing conditions – generic",
     frm="Weidenhof International Health <newsletter-expat@%s>" % D, to="Expat members <expat-members@%s>" % D,
     subject="Planning a family abroad? What your plan covers", date="2026-02-10 07:00",
     html=html_doc("<h2>Planning a family abroad?</h2>"
                   "<p>Many of our members ask what their international health plan covers when they "
                   "start a family. Here are the most important points:</p><ul>"
                   "<li><b>Waiting period:</b> maternity benefits apply after 10 months of membership "
                   "(Gold and Platinum plans).</li>"
                   "<li><b>Complications</b> such as pre-eclampsia, gestational diabetes or emergency "
                   "caesarean sections are covered from day one.</li>"
                   "<li><b>Newborns</b> are covered from birth without health questions if registered "
                   "within 2 months.</li>"
                   "<li><b>Fertility treatment:</b> up to three IVF cycles on Platinum, subject to "
                   "pre-authorisation.</li>"
                   "<li><b>Guarantee of payment:</b> ask us at least 4 weeks before the due date so the "
                   "hospital can bill us directly.</li></ul>"
                   "<p>Questions? Call +49 611 94470-3800 or write to expat@weidenhof-versicherung.example.</p>"
                   "<p style='font-size:8pt;color:#777'>You receive this newsletter as a member of a "
                   "Weidenhof international health plan. Unsubscribe in your online account.</p>", font="Helvetica"))

mail("n32", "NORMAL", "en", "partner-to-insurer",
     "trap: invitation to a digital health summit (ICS) with talks on AI diagnostics and mental health apps",
     frm="Digital Health Summit <events@digitalhealth-summit.example>", to=VOGELSANG,
     subject="Speaker invitation – Digital Health Summit Frankfurt, 19 November 2026", date="2026-07-01 09:00", body="""\
Dear Dr Vogelsang,

we would be delighted to welcome you as a speaker on the panel "Payers and digital
therapeutics: evidence, reimbursement, trust" at the Digital Health Summit Frankfurt.

Other sessions include AI-assisted radiology diagnostics, remote monitoring for heart
failure, and digital CBT for depression and anxiety. The calendar hold is attached;
we will send the final programme in September.

Best regards,
Sophie Marchetti
Programme Director, Digital Health Summit
""", atts=[att("DHS2026_panel.ics", ics("dhs2026-panel-payers@digitalhealth-summit.example", "20261119T140000",
                                         "20261119T151500", "Digital Health Summit – Panel Payers and DiGA",
                                         location="Kap Europa, Osloer Straße 5, Frankfurt am Main",
                                         organizer="events@digitalhealth-summit.example",
                                         attendees=["henrike.vogelsang@" + D]))])

mail("n33", "NORMAL", "en", "lab-to-insurer",
     "trap: lab company sends its ISO 15189 accreditation certificate (PDF) and test menu for network listing; no patient",
     frm="Dr. Uta Kessel <humangenetik@labor-brueckner.example>", to=BELLINI,
     subject="Accreditation certificate and test menu for your international network", date="2026-09-02 13:13", body="""\
Dear Mr Bellini,

as discussed, here is our accreditation certificate. We can offer your international
members sample collection at our Mainz and Wiesbaden sites and reports in English
for: full blood count, metabolic panel, thyroid, HbA1c, lipid profile, hepatitis and
HIV serology, PCR panels, and hereditary cancer panels (after genetic counselling).

Best regards,
Dr Uta Kessel
MVZ Labor Dr. Brückner & Kollegen GmbH
""", atts=[att("ISO15189_Certificate_Brueckner.pdf", pdf([
    "# Accreditation Certificate",
    "The accreditation body certifies that",
    "MVZ Labor Dr. Brückner & Kollegen GmbH, Rheinallee 81, 55120 Mainz",
    "meets the requirements of DIN EN ISO 15189:2023 (medical laboratories)",
    "for the examinations listed in the annex (clinical chemistry, haematology,",
    "immunology, microbiology, molecular genetics).",
    "Registration number: D-ML-00000-01-00 (example)",
    "Valid from 15/03/2025 until 14/03/2030",
], title="Accreditation certificate", author="Labor Brückner"))])

mail("n34", "NORMAL", "en", "insurer-to-vendor",
     "trap: tender Q&A for a second medical opinion platform – diagnoses as examples, no person",
     frm=WINTERSTEIN, to="Bidders AS-2026-07 <ausschreibung-zweitmeinung@%s>" % D,
     subject="AS-2026-07 – answers to bidders' questions (round 1)", date="2026-04-24 15:00", body="""\
Dear bidders,

below are the answers to the questions received by 20 April. Questions are
anonymised and published to all bidders.

Q1: Must second opinions for oncology include a tumour board?
A1: Yes, for C-diagnoses an interdisciplinary board (at least surgery, medical
oncology, radiotherapy) is required.

Q2: Can the insured person upload images (DICOM) directly?
A2: Yes. The platform must accept DICOM up to 2 GB per case and must not require
the insurer to handle images.

Q3: Are psychiatric second opinions (e.g. treatment-resistant depression) in scope?
A3: Yes, as an optional lot (Lot 2). Bids for Lot 1 alone are admissible.

Q4: Will the insurer receive the written second opinion?
A4: Only with the explicit consent of the insured person. Otherwise only anonymised
statistics (see section 4 of the specification).

The deadline for offers remains 15 May 2026, 12:00 CEST.

Jonas Winterstein
Procurement & Tenders, Weidenhof Versicherungsgruppe
""")

mail("n35", "NORMAL", "en", "partner-to-insurer",
     "trap: assistance partner's monthly KPI report – medevac and hospital admission counts by region; no member",
     frm="GlobeAssist Reporting <reporting@globeassist.example>", to="expat@" + D,
     subject="Monthly KPI report – August 2026", date="2026-09-04 06:00",
     body="""\
GlobeAssist Medical Services – KPI report August 2026 – Weidenhof Krankenversicherung

Cases opened: 318 (July: 401)
  hospital admissions abroad: 142
  outpatient referrals: 131
  medical evacuations / repatriations: 9 (air ambulance 3, commercial with escort 6)
  deaths abroad (repatriation of remains): 2
By region: Europe 61 %, Middle East 14 %, Asia 12 %, Americas 9 %, Africa 4 %
Median time to first call-back: 6 min (target 10)
Median time to guarantee of payment: 3.1 h (target 4)
Member satisfaction (survey, n=88): 4.6 / 5

This report contains no personal data. Case-level data is available in the portal.
""", html=html_doc("<h3>GlobeAssist – KPI report August 2026</h3>" + table_html([
        ["KPI", "August", "July", "Target"],
        ["Cases opened", "318", "401", "-"],
        ["Hospital admissions abroad", "142", "188", "-"],
        ["Medevac / repatriation", "9", "12", "-"],
        ["Median call-back (min)", "6", "7", "10"],
        ["Median time to GOP (h)", "3.1", "3.6", "4"],
        ["Member satisfaction", "4.6", "4.5", "4.3"]]) +
        "<p style='font-size:9pt'>This report contains no personal data.</p>"))

mail("n36", "NORMAL", "de", "insurer-to-company",
     "trap: group health (bKV) offer to a dental MVZ company with headcount and average age only; no employee named",
     frm=BRANDT, to="Dr. Cornelius Haberland <c.haberland@zahnwerk-rheingau.example>",
     subject="Angebot betriebliche Krankenversicherung für das Zahnwerk Rheingau", date="2026-05-28 11:11", body="""\
Sehr geehrter Herr Dr. Haberland,

vielen Dank für das Gespräch. Auf Basis Ihrer Angaben (18 Beschäftigte, Durchschnittsalter
36 Jahre, davon 2 Auszubildende) biete ich Ihnen folgende Varianten an:

  bKV Budget 300: 300 € je Jahr für Vorsorge, Brille, Heilpraktiker, Zahnreinigung
                  – 14,90 € je Mitarbeitendem und Monat
  bKV Budget 600: 600 € je Jahr, zusätzlich Zahnersatz 80 %
                  – 26,40 € je Mitarbeitendem und Monat
  bKV Stationär:  Einbettzimmer und Chefarzt im Krankenhaus
                  – 19,80 € je Mitarbeitendem und Monat

Ohne Gesundheitsprüfung und ohne Wartezeiten ab 10 Mitarbeitenden; bestehende
Beschwerden sind mitversichert. Der Beitrag ist bis 50 € monatlich als Sachbezug
steuerfrei. Für das Onboarding stelle ich eine Infoveranstaltung für Ihr Team
vor Ort zur Verfügung.

""" + SIG_BRANDT + "\n\n" + FOOT_KV)

mail("n37", "NORMAL", "en", "system-to-external",
     "trap: automatic out-of-office reply of the international health desk mentioning claims and emergencies",
     frm=DONNELLY, to="Dr Rachel Lindqvist <contact@lindqvist-therapy.example>",
     subject="Automatic reply: Invoice address for direct billing", date="2026-04-29 18:31",
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], body="""\
Thank you for your message. I am out of the office until 4 May 2026 and will not
be reading e-mail.

For claims, pre-authorisations and guarantees of payment please write to
expat@weidenhof-versicherung.example – the team will deal with your request.
In a medical emergency abroad, please call our assistance partner 24/7 on
+44 20 0000 4411.

Claire Donnelly
International Health Desk, Weidenhof Krankenversicherung AG
""")

mail("n38", "NORMAL", "de", "system-to-provider",
     "trap: content-free portal notification to a practice ('new secure message from the claims department')",
     frm=NOREPLY, to="praxis@praxis-reinholz.example",
     subject="Neue Nachricht im Weidenhof SecureMail-Portal", date="2026-03-06 08:14",
     extra_headers=[("Auto-Submitted", "auto-generated")], body="""\
Guten Tag,

im Weidenhof SecureMail-Portal liegt eine neue vertrauliche Nachricht für Sie bereit.
Absender: Leistungsabteilung ambulant, Weidenhof Krankenversicherung AG

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://securemail.weidenhof-versicherung.example/

Die Nachricht wird nach 90 Tagen automatisch gelöscht. Aus Sicherheitsgründen
enthält diese Benachrichtigung keine Inhalte. Bitte antworten Sie nicht auf diese
E-Mail.

Weidenhof Versicherungsgruppe · Weidenhofallee 12 · 65189 Wiesbaden
""")

mail("n39", "NORMAL", "en", "system-to-provider",
     "trap: one-time password mail for a new provider portal account; credentials words, no personal data",
     frm=NOREPLY, to="contact@lindqvist-therapy.example",
     subject="Your one-time password for the Weidenhof SecureMail portal", date="2026-05-08 10:31",
     extra_headers=[("Auto-Submitted", "auto-generated")], cte="7bit", body="""\
Hello,

a secure mailbox has been created for this address at the Weidenhof SecureMail
portal. Your one-time password is:

    7QH-4MZ-X2K

You will receive the registration link in a separate e-mail. The one-time password
is valid for 7 days. After the first login you set your own password and a
security question.

If you did not expect this message, you can ignore it.

Weidenhof Versicherungsgruppe - SecureMail
""")

mail("n40", "NORMAL", "de", "insurer-to-doctor",
     "trap: data-protection guidance for practices on sending medical reports securely, with a generic ICD example",
     frm=EBERSBACH, to="Praxen und Kliniken – Verteiler <leistungserbringer-info@%s>" % D,
     subject="So senden Sie uns Arztberichte und Rechnungen sicher", date="2026-01-15 10:00", body="""\
Sehr geehrte Damen und Herren,

immer wieder erreichen uns Arztberichte, Befunde und Rechnungen mit Diagnosen
(z. B. „F32.1 mittelgradige depressive Episode“) als normale E-Mail. Gesundheitsdaten
unterliegen der ärztlichen Schweigepflicht und Art. 9 DSGVO – bitte nutzen Sie
einen dieser Wege:

1. S/MIME: Unser Zertifikat erhalten Sie automatisch, wenn Sie eine leere
   E-Mail mit dem Betreff [ZERTIFIKAT] an Ihren Ansprechpartner senden.
2. Gateway-Verschlüsselung: Kliniken mit eigenem Domänenzertifikat melden sich
   bei zertifikat@weidenhof-versicherung.example.
3. SecureMail-Portal: securemail.weidenhof-versicherung.example – kostenlos,
   ohne Software.
4. Fax oder Post, wenn nichts davon möglich ist.

Bitte schreiben Sie Diagnosen nie in den Betreff.

""" + SIG_EBERSBACH)

# ==========================================================================
# MAILS — NORMAL, part 3
# ==========================================================================

_n41_rows = [["Rang", "Hauptdiagnose (ICD-10-GM)", "Fälle", "Ø Rechnungsbetrag €", "Ø Verweildauer"],
             ["1", "I48.- Vorhofflimmern", "1.412", "4.880", "3,9"],
             ["2", "I50.- Herzinsuffizienz", "1.205", "6.710", "8,2"],
             ["3", "M17.- Gonarthrose", "1.118", "9.940", "6,1"],
             ["4", "M16.- Koxarthrose", "1.032", "9.610", "6,4"],
             ["5", "K80.- Cholelithiasis", "884", "4.120", "3,3"],
             ["6", "C50.- Mammakarzinom", "612", "7.350", "4,7"],
             ["7", "I21.- Akuter Myokardinfarkt", "598", "8.920", "6,8"],
             ["8", "F33.- Rezidivierende depressive Störung", "541", "14.380", "41,5"],
             ["9", "S72.- Femurfraktur", "512", "11.260", "12,4"],
             ["10", "J18.- Pneumonie", "498", "5.470", "7,6"]]
mail("n41", "NORMAL", "de", "internal",
     "trap: internal top-10 hospital diagnoses statistics (ICD codes, case counts, costs) in text and HTML table – aggregated",
     frm=HOLLERBACH, to=VOGELSANG, cc="Controlling Leistung <controlling-leistung@%s>" % D,
     subject="Top-10 Hauptdiagnosen stationär 2025 für den Vorstandsbericht", date="2026-02-12 16:30", body="""\
Hallo Henrike,

wie gewünscht die Top-10 der Hauptdiagnosen in den Krankenhausrechnungen 2025
(alle Tarife, nur vollstationär, Fälle mit Rechnungseingang bis 31.01.2026):

""" + table_text(_n41_rows) + """

Auffällig: F33 mit der längsten Verweildauer und den höchsten Kosten je Fall;
das würde ich im Bericht in Verbindung mit dem geplanten Case-Management
Psychosomatik erwähnen.

Viele Grüße
Anke
""", html=html_doc("<p>Hallo Henrike,</p><p>wie gewünscht die Top-10 der Hauptdiagnosen in den "
                     "Krankenhausrechnungen 2025 (alle Tarife, nur vollstationär, Fälle mit Rechnungseingang "
                     "bis 31.01.2026):</p>" + table_html(_n41_rows) +
                     "<p>Auffällig: F33 mit der längsten Verweildauer und den höchsten Kosten je Fall; das würde "
                     "ich im Bericht in Verbindung mit dem geplanten Case-Management Psychosomatik erwähnen.</p>"
                     "<p>Viele Grüße<br>Anke</p>"))

mail("n42", "NORMAL", "de", "insurer-to-pharmacy",
     "trap: product recall notice for blood-glucose test strips forwarded to network pharmacies; lot numbers, no patient",
     frm="Arzneimittel-Direktabrechnung <arzneimittel-direkt@%s>" % D, to="Netzwerkapotheken <netzwerkapotheken@%s>" % D,
     subject="Rückruf Blutzuckerteststreifen GlucoSure Pro – Chargen 2604A–2607C", date="2026-08-06 12:00",
     charset="iso-8859-1", cte="quoted-printable", body="""\
Sehr geehrte Damen und Herren,

der Hersteller hat am 05.08.2026 einen Rückruf für Blutzuckerteststreifen
GlucoSure Pro (PZN 18844102 und 18844119) der Chargen 2604A bis 2607C veröffentlicht.
Bei diesen Chargen können Messwerte im Bereich über 250 mg/dl um bis zu 20 % zu
niedrig angezeigt werden.

Bitte
- prüfen Sie Ihre Lagerbestände und geben Sie betroffene Chargen nicht mehr ab,
- tauschen Sie Packungen, die Kunden zurückbringen, kostenfrei um,
- rechnen Sie Ersatzpackungen mit dem Sonderkennzeichen RR-0826 ab; wir erstatten
  diese ohne Anrechnung auf Erstattungsgrenzen.

Die Versicherten, die in den letzten drei Monaten diese Teststreifen erhalten haben,
informieren wir selbst.

Mit freundlichen Grüßen
Ihr Team Arzneimittel-Direktabrechnung
Weidenhof Krankenversicherung AG
""")

mail("n43", "NORMAL", "de", "nursing-home-to-insurer",
     "trap: nursing home announces new care fees per care level to all payers – no resident",
     frm="Renate Igel <verwaltung@haus-sonnenhang.example>", to="pflege@" + D,
     subject="Ankündigung neuer Heimentgelte ab 01.01.2027", date="2026-11-12 09:15",
     charset="windows-1252", cte="8bit", body="""\
Sehr geehrte Damen und Herren,

nach Abschluss der Pflegesatzverhandlungen mit den Pflegekassen und dem
Sozialhilfeträger gelten ab 01.01.2027 folgende Entgelte (je Tag):

  Pflegegrad 1: 68,12 €    Pflegegrad 2: 88,40 €    Pflegegrad 3: 105,77 €
  Pflegegrad 4: 123,52 €   Pflegegrad 5: 131,49 €
  Unterkunft: 24,10 €   Verpflegung: 14,95 €   Investitionskosten: 21,30 €
  Ausbildungsumlage: 4,12 €

Die Bewohnerinnen und Bewohner sowie ihre Angehörigen wurden fristgerecht
informiert. Diese Mitteilung richtet sich an alle Kostenträger und Versicherer,
die Pflegetagegeld oder Heimkostenzuschüsse leisten.

Mit freundlichen Grüßen
Renate Igel · Verwaltung
Seniorenresidenz Haus Sonnenhang gGmbH
""")

mail("n44", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital press release on a new cardiac catheter lab with infarction statistics – no patient",
     frm="Unternehmenskommunikation St.-Elisabethen <presse@st-elisabethen-klinikum.example>", to="presse-verteiler@" + D,
     subject="Pressemitteilung: Neues Herzkatheterlabor rund um die Uhr", date="2026-05-04 10:00",
     body="""\
PRESSEMITTEILUNG

Nassau, 4. Mai 2026 – Das St.-Elisabethen-Klinikum Nassau nimmt ein zweites
Herzkatheterlabor in Betrieb und ist damit rund um die Uhr für Patientinnen und
Patienten mit akutem Herzinfarkt erreichbar. Im Jahr 2025 wurden in der Klinik für
Kardiologie 1.140 Herzkatheteruntersuchungen und 512 Stent-Implantationen
durchgeführt.

„Beim Herzinfarkt zählt jede Minute. Mit dem zweiten Labor verkürzen wir die Zeit
von der Aufnahme bis zur Wiedereröffnung des Gefäßes auf unter 60 Minuten“, sagt
Chefarzt Prof. Dr. Harald Wenning.

Die Investition von 3,2 Mio. € wurde vom Land Rheinland-Pfalz gefördert.

Pressekontakt: Lisa Brandau, 02604 93-1010, presse@st-elisabethen-klinikum.example
""", html=html_doc("<p><b>PRESSEMITTEILUNG</b></p><p>Nassau, 4. Mai 2026 – Das St.-Elisabethen-Klinikum "
                     "Nassau nimmt ein zweites Herzkatheterlabor in Betrieb und ist damit rund um die Uhr für "
                     "Patientinnen und Patienten mit akutem Herzinfarkt erreichbar. Im Jahr 2025 wurden in der "
                     "Klinik für Kardiologie 1.140 Herzkatheteruntersuchungen und 512 Stent-Implantationen "
                     "durchgeführt.</p><p>„Beim Herzinfarkt zählt jede Minute. Mit dem zweiten Labor verkürzen "
                     "wir die Zeit von der Aufnahme bis zur Wiedereröffnung des Gefäßes auf unter 60 Minuten“, "
                     "sagt Chefarzt Prof. Dr. Harald Wenning.</p><p>Die Investition von 3,2 Mio. € wurde vom Land "
                     "Rheinland-Pfalz gefördert.</p><p>Pressekontakt: Lisa Brandau, 02604 93-1010</p>"))

mail("n45", "NORMAL", "de", "insurer-to-hospital",
     "plain scheduling of a lunch meeting with a hospital's managing director",
     frm=BECKMANN, to="Andreas Lorenz-Pichler <kaufm.direktor@st-elisabethen-klinikum.example>",
     subject="Mittagessen 20.10.?", date="2026-10-07 13:02", body="""\
Hallo Herr Lorenz-Pichler,

passt Ihnen Dienstag, 20.10., 12:30 Uhr im Gasthaus Zur Lahn? Dann könnten wir die
offenen Punkte vor dem offiziellen Termin im November schon mal sortieren.
Ich reserviere, wenn Sie zusagen.

Beste Grüße
Christian Beckmann
""")

mail("n46", "NORMAL", "de", "internal",
     "trap: IT security notice about a stolen field-staff laptop – encrypted, no customer data stored locally; no person details",
     frm="IT-Sicherheit Weidenhof <it-sicherheit@%s>" % D, to="Führungskräfte Vertrieb <fk-vertrieb@%s>" % D,
     subject="Sicherheitshinweis: Diebstahl Dienstlaptop – keine Kundendaten betroffen", date="2026-06-15 11:40", body="""\
Liebe Führungskräfte,

am Wochenende wurde einem Kollegen aus dem Außendienst (Bezirk Rheingau) der
Dienstlaptop aus dem verschlossenen Pkw gestohlen. Nach unserer Prüfung:

- Die Festplatte ist mit BitLocker verschlüsselt, das Gerät wurde gesperrt und
  aus der Ferne gelöscht, sobald es sich verbunden hat (Montag, 06:12 Uhr).
- Es waren keine Kundendaten, Gesundheitsfragebögen oder Anträge lokal
  gespeichert; alles liegt im Vertriebsportal.
- Eine Meldung an die Datenschutzaufsicht ist nach Bewertung des
  Datenschutzbeauftragten nicht erforderlich.

Bitte erinnern Sie Ihre Teams: Laptops nie sichtbar im Auto lassen, keine
Antragsunterlagen (v. a. Gesundheitsangaben, Arztberichte) lokal ablegen.

IT-Sicherheit · Weidenhof Versicherungsgruppe
""")

mail("n47", "NORMAL", "de", "internal",
     "organisational: a colleague is out today, cover arranged – no reason given, no personal data",
     frm=HARTWIG, to="Stationär-Team <stationaer-team@%s>" % D,
     subject="Heute nicht da – Vertretung KÜ-Postfach", date="2026-01-26 07:32", body="""\
Guten Morgen zusammen,

ich bin heute kurzfristig nicht im Büro. Das KÜ-Postfach übernimmt Jasmin,
eilige Anfragen der Kliniken bitte an sie. Morgen bin ich wieder da.

Danke!
Yvonne
""")

mail("n48", "NORMAL", "de", "vendor-to-insurer",
     "trap: practice-software vendor's note on the updated GOZ/GOÄ catalogue file and analogue numbers – no patient",
     frm="Produktmanagement DentOffice <produkt@dentoffice-software.example>", to="leistung-zahn@" + D,
     subject="Katalogupdate 2026.2: GOZ-Analogleistungen und Begründungstexte", date="2026-07-01 08:00", body="""\
Sehr geehrte Damen und Herren,

als Anbieter der Praxissoftware DentOffice informieren wir Kostenträger vorab über
unser Katalogupdate 2026.2, das am 15.07. an rund 2.300 Zahnarztpraxen ausgeliefert
wird:

- Analogleistungen nach § 6 Abs. 1 GOZ: neue Vorschläge für Aligner-Therapie,
  digitale Funktionsanalyse und Laser-Parodontaltherapie (jeweils mit
  Referenzziffer und Faktor).
- Begründungstexte für Faktoren über 2,3 wurden überarbeitet; generische Texte
  wie „erhöhter Zeitaufwand“ lassen sich nur noch mit Freitextergänzung speichern.
- Heil- und Kostenpläne enthalten ein neues Feld für den Zahnstatus bei
  Vertragsbeginn (Zusatzversicherung).

Rückfragen gern an produkt@dentoffice-software.example.

Mit freundlichen Grüßen
Ihr Produktmanagement DentOffice · DentOffice Software GmbH, Frankfurt
""")

mail("n49", "NORMAL", "en", "internal",
     "trap: anonymised case study for an internal webinar (age band, diagnosis, cost) with no identifiers",
     frm=DONNELLY, to="International Health Desk <expat-team@%s>" % D,
     subject="Case study for Friday's learning session (anonymised)", date="2026-11-25 12:15", body="""\
Hi all,

for Friday's learning session, here is the case we will discuss. It has been
anonymised and details changed (country, dates, amounts rounded), so please don't
try to match it to a file.

- Member: male, 50–59, expatriate engineer, Middle East
- Presentation: chest pain at work, taken to a private hospital
- Hospital requested a GOP for coronary angiography "plus possible CABG"
- Our adviser asked for the ECG and troponin values before approving surgery;
  angiography showed a single-vessel lesion treated with one stent
- Estimated cost if CABG had gone ahead: about EUR 85,000; actual: EUR 14,000

Questions for discussion: When do we insist on a second opinion in emergencies?
How do we handle "possible" procedures on GOP requests?

Claire
""")

mail("n50", "NORMAL", "de", "internal",
     "trap: facility management reports water damage in the insurer's own building affecting a tenant physiotherapy company's rooms – no person",
     frm="Facility Management <facility@%s>" % D, to="Gebäudebetrieb <gebaeudebetrieb@%s>" % D,
     cc="Mieterbetreuung <mieter@%s>" % D,
     subject="Wasserschaden Haus B, EG – Mieterin RehaAktiv Ambulanz GmbH", date="2026-12-07 08:25", body="""\
Hallo zusammen,

heute früh wurde ein Wasserschaden im Haus B (Weidenhofallee 14) gemeldet: Aus dem
Heizkreis im 1. OG (Kantine) ist über Nacht Wasser in die Decke der Mieteinheit EG
gelaufen. Dort betreibt unsere Mieterin, die RehaAktiv Ambulanz GmbH, ihre
Physiotherapie- und Trainingsräume.

- Deckenplatten in zwei Behandlungsräumen durchnässt, Trainingsgeräte abgedeckt
- Elektrik in Raum 0.07 vorsorglich abgeschaltet
- Die Praxis hat ihre Termine für heute und morgen abgesagt bzw. verlegt

Die Gebäudeversicherung ist informiert, Trocknung ist ab 13 Uhr beauftragt. Die
Mieterin meldet ihre Inventarschäden bei ihrem eigenen Versicherer.

Viele Grüße
Facility Management
""")

mail("n51", "NORMAL", "en", "insurer-to-partner",
     "trap: job advertisement for a medical officer (doctor) at the international health desk – medical terms, no person",
     frm="Recruiting Weidenhof <karriere@%s>" % D, to="Medical Careers International <ads@medcareers-intl.example>",
     subject="Job ad for publication – Medical Officer (m/f/d), International Health", date="2026-03-09 10:30", cte="7bit", body="""\
Hello,

please publish the following ad from 16 March for 4 weeks (package "Featured").

---
Medical Officer (m/f/d) - International Health - Wiesbaden / hybrid

You will advise our international health desk on pre-authorisations, guarantees of
payment and complex cases (oncology, cardiology, maternity, mental health), review
medical reports from hospitals worldwide, support medical evacuations with our
assistance partner, and help us develop clinical guidelines.

You have a licence to practise medicine in the EU, at least five years of clinical
experience (ideally internal medicine, emergency medicine or anaesthesia), excellent
English and good German.

We offer a permanent contract, 30 days of leave, no night shifts, and a company
pension. Reference MO-2026-02.
---

Thank you,
Recruiting Team, Weidenhof Versicherungsgruppe
""")

mail("n52", "NORMAL", "en", "internal",
     "trap: data-protection training quiz on health data with fictitious examples and model answers",
     frm=EBERSBACH, to="International Health Desk <expat-team@%s>" % D,
     subject="Mandatory refresher: quiz on handling health data", date="2026-09-14 09:00", body="""\
Dear colleagues,

please complete the short quiz below by 30 September (answers in the LMS). All
names are invented.

1. A hospital sends a discharge summary for "Member X" by unencrypted e-mail.
   May you reply to the hospital with questions by normal e-mail?
   Model answer: No – use the portal or S/MIME; do not quote the summary.

2. An employer asks how much of an employee's group health budget has been used.
   May you tell the employer?
   Model answer: No, not without the employee's explicit consent – and even then
   only amounts, never treatments.

3. Is "GOP for delivery, EDD 03/09" in a subject line health data?
   Model answer: Yes, if a name or member ID appears next to it.

4. A colleague leaves the office for lunch with a large-case list open on screen.
   Model answer: Lock the screen (Windows+L) and remind the colleague kindly.

Thank you,
Dr Ulrich Ebersbach
Group Data Protection Officer
""")

mail("n53", "NORMAL", "en", "insurer-to-partner",
     "trap: product text on travel health insurance for partner travel agencies – illness abroad, repatriation, pre-existing conditions",
     frm="Partner Sales Travel <partner-reise@%s>" % D, to="Partner agencies <partner-agencies@%s>" % D,
     subject="New product text: Travel Health Plus (English version for your website)", date="2026-04-02 11:00", body="""\
Dear partners,

here is the approved English product text for your booking pages:

Travel Health Plus – medical cover when you travel
- Medically necessary treatment abroad, including hospital stays and surgery
- Medically sensible repatriation to your home country
- Dental pain relief and simple fillings
- Medication prescribed abroad
- 24/7 emergency hotline with German- and English-speaking doctors
- Pre-existing conditions covered if they were stable in the 6 months before travel
- Pregnancy complications covered up to the 36th week

Price: from EUR 14.90 per person and year (up to age 64).

Please use only this text and link to our conditions (AVB RKV 2026).

Partner Sales Travel, Weidenhof Allgemeine Versicherung AG
""")

mail("n54", "NORMAL", "de", "insurer-to-vendor",
     "trap: tender for secure shredding of medical records and claim files – health-file words, no person",
     frm=WINTERSTEIN, to="Aktenvernichtung Mittelrhein GmbH <angebote@akten-mittelrhein.example>",
     subject="Anfrage Angebot: datenschutzkonforme Vernichtung Leistungsakten (Schutzklasse 3)", date="2026-07-13 14:20", body="""\
Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die Vernichtung von Papierunterlagen aus unseren
Leistungsabteilungen (Arztrechnungen, Befundberichte, Heil- und Kostenpläne,
Pflegegutachten) nach Ablauf der Aufbewahrungsfristen:

- Menge: ca. 38 t in 2026/2027, danach ca. 6 t jährlich
- DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
- Abholung in verschlossenen Behältern, GPS-überwachter Transport
- Vernichtungsprotokoll je Abholung, Vertrag zur Auftragsverarbeitung
- Option: Vernichtung vor Ort im Schredderfahrzeug

Angebotsfrist: 07.08.2026. Eine Besichtigung des Archivs ist nach Absprache möglich.

""" + SIG_WINTERSTEIN)

mail("n55", "NORMAL", "de", "insurer-to-pharmacy",
     "trap: draft framework contract (ODT) for pharmacy direct billing with clauses on prescriptions, narcotics and data protection",
     frm=BECKMANN, to="Apothekerverband Rhein-Main <vertraege@av-rheinmain.example>",
     subject="Entwurf Rahmenvertrag Arzneimittel-Direktabrechnung v0.9", date="2026-09-08 10:05", body="""\
Sehr geehrte Damen und Herren,

anbei der überarbeitete Entwurf (v0.9) mit unseren Änderungen zu §§ 3, 5 und 9.
Die Regelung zu Hochpreisern haben wir wie besprochen auf 1.000 € AVP angehoben.

""" + SIG_BECKMANN + "\n\n" + FOOT_KV, atts=[att("Rahmenvertrag_Direktabrechnung_v0.9.odt", odt([
    "# Rahmenvertrag Arzneimittel-Direktabrechnung (Entwurf v0.9)",
    "§ 1 Gegenstand: Direkte Abrechnung von Arzneimitteln auf Privatrezept für Versicherte der "
    "Weidenhof Krankenversicherung AG durch teilnehmende Apotheken.",
    "§ 3 Rezepte: Übermittelt werden Scan des Rezeptes, PZN, Abgabedatum und Versichertennummer. "
    "BtM-Rezepte: Scan Teil I genügt; Originale verbleiben in der Apotheke.",
    "§ 5 Hochpreiser: Für Arzneimittel über 1.000 € AVP holt die Apotheke vor Abgabe eine "
    "Zusage ein; die Zusage gilt für Folgeverordnungen gleichen Wirkstoffs 12 Monate.",
    "§ 7 Zahlung: innerhalb von 10 Werktagen nach Eingang der Sammelabrechnung.",
    "§ 9 Datenschutz: Die Übermittlung erfolgt ausschließlich verschlüsselt über das Portal; "
    "Gesundheitsdaten werden nicht per E-Mail versandt. Die Apotheke bleibt Verantwortliche "
    "für ihre Kundendaten (Art. 4 Nr. 7 DSGVO).",
    "§ 12 Laufzeit: 2 Jahre, Verlängerung um jeweils 1 Jahr.",
]))])

mail("n56", "NORMAL", "en", "hospital-to-insurer",
     "trap: clinic IT announces SFTP key rotation for the claims/medical report exchange – technical, no patient",
     frm="Al Noor International Clinic – IT <it@alnoor-clinic.example>", to=KRETSCHMER,
     cc="insurance@alnoor-clinic.example",
     subject="SFTP key rotation – claims and discharge summary exchange", date="2026-11-02 06:40", cte="7bit", body="""\
Dear Weidenhof IT team,

as part of our annual security review we will rotate the SSH host key of our
SFTP server sftp.alnoor-clinic.example (used for claims files, discharge summaries
and GOP letters) on 15 November 2026 at 02:00 GST.

New host key fingerprint (ED25519):
SHA256:q4Vn0b7uQx1sP9cYk2mT8wZr3LdE6hJ5aF0gN7iU2oM

Please update your known_hosts entry after the change. Your client key does not
need to change. A test window is available on 12 November, 09:00-12:00 GST.

Regards,
Yusuf Rahman
IT Infrastructure, Al Noor International Clinic LLC
""")

mail("n57", "NORMAL", "de", "internal",
     "trap: internal statistics (XLSX) of care-level distribution and dementia share among insured persons – aggregated",
     frm=PFEIFFER, to="Controlling Pflege <controlling-pflege@%s>" % D,
     subject="Pflegestatistik 2025 – Auswertung für den Jahresbericht", date="2026-03-04 13:30", body="""\
Hallo zusammen,

anbei die Auswertung der Pflegepflichtversicherung zum Stichtag 31.12.2025.
Zellen unter 5 Personen sind mit „<5“ gekennzeichnet.

Gruß
Karin Pfeiffer-Lentz
""", atts=[att("Pflegestatistik_2025.xlsx", xlsx([("Pflegegrade", [
    ["Pflegegrad", "Leistungsempfänger", "davon ambulant", "davon stationär", "Anteil mit Demenz"],
    ["1", 1284, 1284, 0, "18 %"],
    ["2", 2911, 2633, 278, "31 %"],
    ["3", 2016, 1502, 514, "47 %"],
    ["4", 1093, 594, 499, "66 %"],
    ["5", 402, 147, 255, "79 %"],
    ["gesamt", 7706, 6160, 1546, "39 %"],
]), ("Alter", [
    ["Altersgruppe", "Leistungsempfänger"],
    ["unter 20", 212], ["20–59", 688], ["60–79", 2470], ["80 und älter", 4336],
])], author="Weidenhof Pflege"))])

mail("n58", "NORMAL", "de", "billing-centre-to-insurer",
     "trap: billing centre invites to a webinar on the new GOÄ with example positions – no patient",
     frm="MedAbrechnung Taunus – Seminare <seminare@medabrechnung-taunus.example>", to=KROEGER,
     subject="Webinar „GOÄneu – was ändert sich für Praxen und Versicherer?“ am 10.06.", date="2026-05-19 08:30", body="""\
Sehr geehrte Frau Kröger,

wir laden Sie zu unserem kostenfreien Webinar ein:

GOÄneu – was ändert sich für Praxen und Versicherer?
Mittwoch, 10.06.2026, 16:00–17:30 Uhr, online

Themen: neue Struktur der Leistungslegenden, Wegfall des Steigerungsfaktors bei
vielen Positionen, Beispiele aus Allgemeinmedizin (Beratung, Ganzkörperstatus),
Orthopädie (Gelenkinjektion, Stoßwelle) und Psychotherapie (Einzelsitzung 50 min),
Übergangsregeln und Erfahrungen aus Testabrechnungen.

Referent: Dirk Vollmer, Leiter Abrechnung. Anmeldung unter
seminare@medabrechnung-taunus.example.

Mit freundlichen Grüßen
Ihr Seminarteam · MedAbrechnung Taunus GmbH
""")

mail("n59", "NORMAL", "de", "internal",
     "trap: internal newsletter on the status of the GOÄ reform and health-policy topics – no person",
     frm="Verbandsarbeit & Politik <politik@%s>" % D, to="Leistung Kranken – alle <leistung-kranken@%s>" % D,
     subject="Politik-Update Juli: GOÄ-Reform, Krankenhausreform, Pflegefinanzierung", date="2026-07-24 15:00", body="""\
Liebe Kolleginnen und Kollegen,

kurz zusammengefasst, was sich in Berlin tut:

1. GOÄ-Reform: Der gemeinsame Vorschlag von Bundesärztekammer und PKV-Verband liegt
   dem Ministerium vor. Eine Verordnung ist frühestens 2027 zu erwarten. Kernpunkte:
   neue Leistungslegenden, Einfachsatz statt Steigerungsfaktor für die meisten
   Leistungen, Aufwertung der sprechenden Medizin.
2. Krankenhausreform: Die Leistungsgruppen gelten ab 2027; für uns relevant, weil
   bestimmte Eingriffe (z. B. Knie-TEP, Brustkrebs-OP) nur noch in zugelassenen
   Häusern abgerechnet werden dürfen.
3. Pflege: Die Eigenanteile in Pflegeheimen sind 2025 erneut gestiegen; eine
   Deckelung wird diskutiert – mit Folgen für die Pflegezusatzversicherung.

Fragen gern an politik@weidenhof-versicherung.example.

Euer Team Verbandsarbeit & Politik
""")

mail("n60", "NORMAL", "de", "internal",
     "trap: internal audit summary of hospital invoice checks – error types and savings, aggregated",
     frm="Interne Revision <revision@%s>" % D, to=HOLLERBACH, cc=VOGELSANG,
     subject="Prüfbericht IR-2026-05 Rechnungsprüfung stationär – Kurzfassung", date="2026-06-30 10:00", body="""\
Sehr geehrte Frau Hollerbach,

die Prüfung IR-2026-05 ist abgeschlossen. Kurzfassung der Ergebnisse:

- Stichprobe: 400 Krankenhausrechnungen aus 2025 (geschichtet nach Betrag)
- Fehlerhafte Erstattungen: 23 (5,75 %), davon 14 zu hoch, 9 zu niedrig
- Häufigste Fehlerarten: Wahlleistung Unterkunft ohne gültige Vereinbarung (8),
  doppelte Abrechnung Chefarztleistungen bei Verlegung (6), fehlende Minderung
  nach § 6a GOÄ (5), Kodierfehler Nebendiagnosen (4)
- Hochgerechnetes Einsparpotenzial: ca. 410.000 € p. a.

Empfehlungen: automatische Prüfung § 6a GOÄ, Abgleich Wahlleistungsvereinbarungen
mit Aufnahmedatum. Die Langfassung enthält keine Versichertendaten und liegt im
Revisionsportal.

Mit freundlichen Grüßen
Interne Revision · Weidenhof Versicherungsgruppe
""")

# ==========================================================================
# MAILS — NORMAL, part 4
# ==========================================================================

mail("n61", "NORMAL", "de", "internal",
     "trap: internal outage summary of the appointment hotline with call counts by specialty – no caller data",
     frm="Teamleitung Terminservice <terminservice-leitung@%s>" % D, to=VOGELSANG, cc=KRETSCHMER,
     subject="Ausfall Terminservice-Hotline 20.03. – Zahlen", date="2026-03-23 09:05", body="""\
Hallo Frau Dr. Vogelsang,

die Zahlen zum Ausfall am Freitag (09:10–11:45 Uhr, parallel zur TerminFix-Störung):

- 143 Anrufe in der Warteschleife, davon 38 aufgelegt vor Annahme
- 57 Buchungen nicht an Praxen übertragen; alle Versicherten bis Montag 12 Uhr
  zurückgerufen, 51 neue Termine vergeben, 6 haben selbst einen Termin gefunden
- Fachrichtungen der Rückrufe: Orthopädie 14, Kardiologie 11, Dermatologie 10,
  Psychiatrie/Psychotherapie 9, Gynäkologie 8, sonstige 5
- 3 Beschwerden, alle telefonisch geklärt

Den Störungsbericht von TerminFix erwarten wir bis Mittwoch.

Viele Grüße
Sandra Özdemir
Teamleitung Terminservice
""")

mail("n62", "NORMAL", "en", "insurer-to-partner",
     "trap: reinsurance treaty wording excerpt for medical expenses with exclusions (pre-existing conditions, pregnancy) – no person",
     frm=BELLINI, to="Nordkap Re – Health Underwriting <health.uw@nordkap-re.example>",
     subject="Treaty 2027 – proposed wording changes, Article 5 (exclusions)", date="2026-10-20 11:40", body="""\
Dear Henrik,

our proposed changes to Article 5 of the expat medical excess-of-loss treaty for 2027
are marked below (new text in [brackets]):

5.1 The Reinsurer shall not be liable for losses arising from
    (a) treatment of conditions excluded under the original policy, including
        pre-existing conditions not accepted at underwriting;
    (b) [elective] cosmetic surgery, unless following an accident or cancer surgery;
    (c) fertility treatment beyond the limits of the original policy;
    (d) war and terrorism, except for members not actively participating
        [and evacuation costs up to EUR 250,000 per event].
5.2 Neonatal intensive care is covered as part of the mother's loss [irrespective of
    whether the newborn is registered as a member].
5.3 [Losses in respect of gene therapies (ATMP) are covered up to EUR 2,000,000 per
    person and year.]

Happy to discuss on our call next Thursday.

""" + SIG_BELLINI + "\n\n" + FOOT_EN)

mail("n63", "NORMAL", "en", "insurer-to-hospital",
     "trap: direct-billing agreement terms for a London hospital (rates, pre-authorisation, payment) – contract terms only",
     frm=BELLINI, to="Contracts Team <contracts@stcolumba-hospital.example>",
     subject="Direct billing agreement 2027 – commercial terms", date="2026-11-06 14:50", body="""\
Dear colleagues,

following our discussion, here are the commercial terms we propose for 2027:

1. Inpatient and day-case: your 2026 self-pay tariff minus 12 %; ICU day rate capped
   at GBP 4,800.
2. Outpatient consultations: GBP 220 (new), GBP 160 (follow-up); MRI single region
   GBP 520.
3. Pre-authorisation: required for all elective admissions and for MRI/CT/PET; in
   emergencies within 24 hours of admission. We answer within 4 working hours.
4. Medical reports: discharge summary with every final invoice; interim reports
   for stays over 7 days, sent through our secure portal only.
5. Payment: within 30 days of a complete invoice; disputed items do not delay
   payment of undisputed items.

We look forward to your comments.

""" + SIG_BELLINI + "\n\n" + FOOT_EN)

mail("n64", "NORMAL", "de", "newsletter",
     "trap: HTML newsletter for medical practices on preventing water damage and protecting patient files, with inline image",
     frm="Weidenhof Firmenkunden Heilwesen <heilwesen-news@%s>" % D, to="Heilwesen-Kunden <heilwesen-kunden@%s>" % D,
     subject="Praxis-Tipp: Wasserschäden vermeiden – bevor das Labor unter Wasser steht", date="2026-11-19 07:45",
     body="""\
Praxis-Tipp November 2026

Wasserschäden gehören zu den häufigsten Schäden in Arzt- und Zahnarztpraxen. Der
durchschnittliche Schaden lag 2025 bei 14.600 € – plus Schließtage.

So beugen Sie vor:
- Eckventile und Schläuche an Spülmaschinen, Sterilisatoren und
  Behandlungseinheiten alle 5 Jahre tauschen lassen
- Wassermelder unter Labor- und Sterilisationsbereichen (ab 20 €)
- Patientenakten und Formulare nicht im untersten Schrankfach lagern
- Medizinische Geräte nicht auf dem Boden abstellen

Und wenn es doch passiert: Schaden sofort über die Schaden-App melden, Fotos machen,
Trocknung beauftragen – wir übernehmen die Kosten im Rahmen Ihrer Praxis-Police.

Weidenhof Allgemeine Versicherung AG · Firmenkunden Heilwesen
""", html=html_doc('<p><img src="cid:wasser-tipp@weidenhof" alt="Praxis-Tipp" width="480" height="200"></p>'
                   "<h2>Praxis-Tipp November 2026</h2><p>Wasserschäden gehören zu den häufigsten Schäden in Arzt- "
                   "und Zahnarztpraxen. Der durchschnittliche Schaden lag 2025 bei 14.600 € – plus Schließtage.</p>"
                   "<h3>So beugen Sie vor</h3><ul><li>Eckventile und Schläuche an Spülmaschinen, Sterilisatoren und "
                   "Behandlungseinheiten alle 5 Jahre tauschen lassen</li><li>Wassermelder unter Labor- und "
                   "Sterilisationsbereichen (ab 20 €)</li><li>Patientenakten und Formulare nicht im untersten "
                   "Schrankfach lagern</li><li>Medizinische Geräte nicht auf dem Boden abstellen</li></ul>"
                   "<p>Und wenn es doch passiert: Schaden sofort über die Schaden-App melden, Fotos machen, "
                   "Trocknung beauftragen – wir übernehmen die Kosten im Rahmen Ihrer Praxis-Police.</p>"
                   "<p style='font-size:8pt'>Weidenhof Allgemeine Versicherung AG · Firmenkunden Heilwesen</p>"),
     related=[att("wasser.jpg", image("n64-banner", 480, 200), inline=True, cid="wasser-tipp@weidenhof")])

mail("n65", "NORMAL", "de", "insurer-to-vendor",
     "plain catering order for a meeting with hospital representatives",
     frm="Sekretariat Versorgungsmanagement <sek-versorgung@%s>" % D, to="Kantine Weidenhof – Catering <catering@weidenhof-kantine.example>",
     subject="Catering Raum 4.12 – Do 26.11., 10–14 Uhr", date="2026-11-20 10:12", body="""\
Hallo liebes Catering-Team,

für Donnerstag, 26.11., bitte in Raum 4.12 für 9 Personen:

- 10:00 Kaffee, Tee, Wasser, Obst
- 12:30 Mittagsimbiss (belegte Brötchen, davon 3 vegetarisch, 1 vegan), Salat
- Nachmittags nochmals Kaffee

Kostenstelle 3600. Danke!

Viele Grüße
Birgit Lohse
Sekretariat Versorgungsmanagement
""")

mail("n66", "NORMAL", "en", "insurer-to-vendor",
     "plain meeting agenda with a contact-centre vendor",
     frm=DONNELLY, to="Tom Fairbanks <service.delivery@voxbridge.example>",
     subject="Agenda – monthly service call 7 July", date="2026-07-03 15:20", cte="7bit", body="""\
Hi Tom,

agenda for Tuesday's call (10:00-10:45, Teams):

1. Follow-up PIR-2026-044 (failover health checks - status)
2. Service levels June (answer rate, abandonment)
3. Summer staffing and German-speaking agents in August
4. Invoice June and credit for the outage
5. AOB

Talk soon,
Claire
""")

mail("n67", "NORMAL", "de", "insurer-to-partner",
     "trap: network pharmacy list (windows-1252 CSV) with company names, addresses and IK numbers – no natural-person data",
     frm="Arzneimittel-Direktabrechnung <arzneimittel-direkt@%s>" % D, to="Gesundheitstelefon <gesundheitstelefon@%s>" % D,
     subject="Aktuelle Liste Netzwerkapotheken (Direktabrechnung) Stand 01.09.", date="2026-09-01 08:10", body="""\
Liebe Kolleginnen und Kollegen vom Gesundheitstelefon,

anbei die aktuelle Liste der Apotheken, die mit uns direkt abrechnen. Bitte nennt
Versicherten bei Fragen zu teuren Medikamenten (z. B. Biologika, Onkologika) eine
Apotheke aus der Liste in ihrer Nähe.

Viele Grüße
Team Arzneimittel-Direktabrechnung
""", atts=[att("Netzwerkapotheken_2026-09.csv", csvdata([
    ["IK", "Apotheke", "Straße", "PLZ", "Ort", "Telefon", "Kühlware", "BtM"],
    ["30 61 44 812", "Kochbrunnen-Apotheke", "Kranzplatz 4", "65183", "Wiesbaden", "0611 52 90 17", "ja", "ja"],
    ["30 61 50 337", "Apotheke am Markt", "Große Bleiche 18", "55116", "Mainz", "06131 22 80 40", "ja", "ja"],
    ["30 61 47 208", "Rheingau-Apotheke", "Rheinweg 9", "65343", "Eltville", "06123 60 11 2", "ja", "nein"],
    ["30 61 52 990", "Löwen-Apotheke Bad Schwalbach", "Adolfstraße 30", "65307", "Bad Schwalbach", "06124 72 40 0", "nein", "ja"],
    ["30 61 49 615", "Taunus-Apotheke Hahn", "Aarstraße 41", "65232", "Taunusstein", "06128 21 55 8", "ja", "ja"],
], "windows-1252"), ctype="application/vnd.ms-excel")])

mail("n68", "NORMAL", "de", "insurer-to-partner",
     "trap: ZIP with the provider network directory (CSV of clinics/rehab centres, specialties) and a readme – companies only",
     frm=VOGELSANG, to="Kooperationspartner Versorgung <kooperation@gesundheitsregion-rheinmain.example>",
     subject="Verzeichnis Versorgungspartner 2026 (Kliniken, Reha, MVZ)", date="2026-04-20 12:45", body="""\
Sehr geehrte Damen und Herren,

wie vereinbart erhalten Sie unser Verzeichnis der Versorgungspartner im Rhein-Main-
Gebiet zur Veröffentlichung im Portal der Gesundheitsregion. Das Archiv enthält
das Verzeichnis als CSV und eine Beschreibung der Felder.

""" + SIG_VOGELSANG + "\n\n" + FOOT_KV, atts=[att("Versorgungspartner_2026.zip", zipdata([
    ("LIESMICH.txt", """\
Verzeichnis der Versorgungspartner der Weidenhof Krankenversicherung AG, Stand 04/2026
Felder: Name; Art (Akutklinik/Reha/MVZ); Schwerpunkte; Ort; Vertrag seit
Alle Einträge sind Einrichtungen (juristische Personen). Keine Patientendaten.
""".replace("\n", "\r\n").encode("utf-8")),
    ("Versorgungspartner_2026.csv", csvdata([
        ["Name", "Art", "Schwerpunkte", "Ort", "Vertrag seit"],
        ["St.-Elisabethen-Klinikum Nassau gGmbH", "Akutklinik", "Kardiologie (24/7 HKL), Endoprothetik, Allgemeinchirurgie", "Nassau", "2014"],
        ["Reha-Zentrum Hohe Wurzel GmbH", "Reha", "Orthopädie (AHB), Neurologie Phase D", "Bad Schwalbach", "2017"],
        ["Zahnwerk Rheingau MVZ GmbH", "MVZ", "Implantologie, Parodontologie", "Eltville", "2021"],
        ["MVZ Labor Dr. Brückner & Kollegen GmbH", "MVZ", "Labormedizin, Humangenetik", "Mainz", "2019"],
        ["Psychosomatische Klinik Lahnhöhe GmbH", "Akutklinik", "Psychosomatik, Essstörungen, Traumafolgestörungen", "Lahnstein", "2022"],
    ], "utf-8")),
]))])

mail("n69", "NORMAL", "de", "internal",
     "trap: letter template (DOCX) for rejecting a dental treatment plan, with «placeholders» for name, teeth and GOZ positions",
     frm=RENNERT, to="Leistung Zahn – Team <leistung-zahn-team@%s>" % D,
     subject="Neue Textvorlage Z-17 „Ablehnung HKP – fehlende Zähne bei Vertragsbeginn“", date="2026-06-10 16:10", body="""\
Hallo zusammen,

anbei die überarbeitete Vorlage Z-17, freigegeben von der Rechtsabteilung. Bitte ab
sofort statt der alten Version verwenden; die Platzhalter füllt das
Korrespondenzsystem automatisch.

Gruß
Tobias
""", atts=[att("Vorlage_Z-17_Ablehnung_HKP.docx", docx([
    "# Vorlage Z-17 – Ablehnung Heil- und Kostenplan (fehlende Zähne bei Vertragsbeginn)",
    "«Anrede» «Titel» «Nachname»,",
    "vielen Dank für die Übersendung des Heil- und Kostenplans von «Zahnarzt» vom «HKP_Datum» "
    "für «Behandlung» in Regio «Zahnschema».",
    "Leider können wir die Kosten nicht übernehmen. Nach dem Zahnbefund bei Antragstellung vom "
    "«Antragsdatum» fehlten die Zähne «Zahnschema» bereits vor Beginn Ihres Vertrages "
    "«Vertragsnummer». Für solche Zähne besteht nach § 4 Abs. 3 der Tarifbedingungen «Tarif» "
    "kein Versicherungsschutz.",
    "Erstattungsfähig bleiben die übrigen Positionen des Plans (GOZ «Positionen_ok»).",
    "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den "
    "Ombudsmann Private Kranken- und Pflegeversicherung wenden.",
    "«Grußformel»",
    "«Sachbearbeiter»",
], author="Weidenhof Leistung Zahn"))])

mail("n70", "NORMAL", "de", "insurer-to-company",
     "trap: fleet insurance offer to a prospective care-service company – vehicle counts and premiums, no driver or plate",
     frm=YILMAZ, to="Sozialstation Rheingau gGmbH – Verwaltung <verwaltung@sozialstation-rheingau.example>",
     subject="Angebot Flottenversicherung für Ihre 22 Pflegefahrzeuge", date="2026-09-21 10:30", body="""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Für Ihre Flotte (22 Kleinwagen, davon 9 E-Fahrzeuge,
überwiegend im Stadtverkehr für die ambulante Pflege) bieten wir Ihnen an:

- Haftpflicht 100 Mio. € pauschal, Vollkasko SB 500 €, Teilkasko SB 150 €
- Beitrag je Fahrzeug 1.046 € netto im Jahr (Flottenrabatt 18 % ab 20 Fahrzeugen)
- beliebiger Fahrerkreis ab 18 Jahren, keine Fahrerliste nötig
- Schutzbrief und Ersatzfahrzeug innerhalb von 24 Stunden – wichtig, damit
  keine Tour ausfällt
- Rabattschutz für den ersten Schaden im Jahr

Ein Fahrsicherheitstraining für Ihre Pflegekräfte bezuschussen wir mit 50 %.

""" + SIG_YILMAZ + "\n\n" + FOOT_ALLG)

mail("n71", "NORMAL", "en", "insurer-to-company",
     "trap: cyber-security advisory to healthcare clients about ransomware targeting practice software and patient records",
     frm="Weidenhof Cyber Response <cyber-response@%s>" % D, to="Healthcare clients (EN) <heilwesen-kunden-en@%s>" % D,
     subject="Security alert: ransomware campaign targeting medical practices", date="2026-03-05 17:00", body="""\
Dear clients,

over the past two weeks several medical and dental practices in Germany have been
hit by a ransomware campaign. The attackers use phishing e-mails disguised as
laboratory results ("Befund_Labor.zip") or invoices from billing centres, then
encrypt practice management systems, PACS servers and backups, and threaten to
publish patient records.

What you should do now:
1. Do not open ZIP files from unknown senders, even if they look like lab results.
2. Check that at least one backup is offline and test a restore this week.
3. Enable multi-factor authentication for remote access and e-mail.
4. Update your practice software and VPN appliances.

If you are affected, call our 24/7 cyber hotline +49 611 94470-2999 before doing
anything else. Your cyber policy covers forensic experts and legal advice.

Weidenhof Cyber Response Team
Weidenhof Allgemeine Versicherung AG
""")

mail("n72", "NORMAL", "de", "internal",
     "trap: sickness-absence rate of the claims department by team in an HTML table – aggregated, no person",
     frm="Personalcontrolling <personalcontrolling@%s>" % D, to=VOGELSANG,
     subject="Krankenquote Q3 Leistung Kranken", date="2026-10-12 11:00", body="""\
Hallo Frau Dr. Vogelsang,

die Krankenquoten Q3/2026 für Ihren Bereich (Teams unter 8 Personen zusammengefasst):

Leistung ambulant: 6,1 %  |  Leistung stationär: 5,4 %  |  Zahn: 4,8 %
Pflege + Hilfsmittel (zusammengefasst): 7,3 %  |  Bereich gesamt: 5,9 %
Unternehmen gesamt: 5,2 %

Langzeiterkrankungen (> 6 Wochen) sind enthalten; Angaben zu Einzelpersonen gibt
das Personalcontrolling nicht heraus. Das BGM bietet an, mit den Teams ambulant und
Pflege über Belastungsschwerpunkte zu sprechen.

Viele Grüße
Personalcontrolling
""", html=html_doc("<p>Hallo Frau Dr. Vogelsang,</p><p>die Krankenquoten Q3/2026 für Ihren Bereich "
                     "(Teams unter 8 Personen zusammengefasst):</p>" + table_html([
                         ["Team", "Krankenquote Q3", "Vorjahr"],
                         ["Leistung ambulant", "6,1 %", "5,7 %"],
                         ["Leistung stationär", "5,4 %", "5,9 %"],
                         ["Zahn", "4,8 %", "4,1 %"],
                         ["Pflege + Hilfsmittel (zusammengefasst)", "7,3 %", "6,6 %"],
                         ["Bereich gesamt", "5,9 %", "5,6 %"],
                         ["Unternehmen gesamt", "5,2 %", "5,0 %"]]) +
                     "<p>Langzeiterkrankungen (&gt; 6 Wochen) sind enthalten; Angaben zu Einzelpersonen gibt "
                     "das Personalcontrolling nicht heraus.</p><p>Viele Grüße<br>Personalcontrolling</p>"))

mail("n73", "NORMAL", "de", "insurer-to-hospital",
     "trap: answer to a hospital's question whether e-invoices (ZUGFeRD/XRechnung) with diagnoses are accepted; quoted question",
     frm=HOLLERBACH, to="Patrick Sommerfeld <abrechnung@st-elisabethen-klinikum.example>",
     subject="AW: eRechnung ZUGFeRD für Wahlleistungen?", date="2026-01-22 10:45", irt="n73q|st-elisabethen-klinikum.example", body="""\
Hallo Herr Sommerfeld,

ja, ab dem 01.03.2026 nehmen wir Rechnungen für wahlärztliche Leistungen auch im
Format ZUGFeRD 2.3 (Profil EN 16931) bzw. XRechnung an – allerdings nur über die
bestehende verschlüsselte Schnittstelle, nicht per E-Mail. Diagnosen und OPS gehören
in die strukturierten Positionsdaten, nicht in den Freitext der Rechnung. Die
technische Spezifikation schickt Ihnen Herr Kretschmer.

Viele Grüße
Anke Hollerbach

> Hallo Frau Hollerbach, unsere Chefarzt-Liquidation stellt auf eRechnung um.
> Können Sie ZUGFeRD verarbeiten, und wohin gehören ICD/OPS? Gruß P. Sommerfeld

""" + FOOT_KV)

mail("n74", "NORMAL", "de", "insurer-to-therapist",
     "trap: blank report form (DOCX) for disability claims sent to a psychotherapist on request – field labels only, no patient",
     frm=LAMPRECHT, to="Dr. Konstantin Reuß <praxis@psychotherapie-reuss.example>",
     subject="Formular Befundbericht (blanko) – wie telefonisch besprochen", date="2026-07-02 09:20", body="""\
Sehr geehrter Herr Dr. Reuß,

wie heute telefonisch besprochen erhalten Sie unser Formular für Befundberichte in
der Berufsunfähigkeitsprüfung als Word-Datei, damit Sie es künftig direkt am PC
ausfüllen können. Bitte senden Sie ausgefüllte Berichte ausschließlich über unser
SecureMail-Portal.

""" + SIG_LAMPRECHT + "\n\n" + FOOT_LV, atts=[att("Formular_Befundbericht_BU.docx", docx([
    "# Ärztlicher / psychotherapeutischer Befundbericht – Berufsunfähigkeit",
    "Versicherte Person: ______________________  Geburtsdatum: __________",
    "Leistungsfall-Nr.: BU-L-__-_____",
    "1. Diagnosen (ICD-10-GM, mit Sicherheitskennzeichen):",
    "2. Behandlungsbeginn, Frequenz, Verfahren:",
    "3. Aktueller Befund (bei psychischen Erkrankungen: psychopathologischer Befund):",
    "4. Medikation:",
    "5. Einschätzung der beruflichen Leistungsfähigkeit in der zuletzt ausgeübten Tätigkeit (in %):",
    "6. Prognose, geplante Maßnahmen (z. B. Reha, stufenweise Wiedereingliederung):",
    "Ort, Datum, Unterschrift, Stempel:",
], author="Weidenhof Lebensversicherung"))])

mail("n75", "NORMAL", "en", "partner-to-insurer",
     "trap: assistance partner's list of recommended hospitals in Spain with specialties and direct-billing status – companies only",
     frm="GlobeAssist Network Management <network@globeassist.example>", to=BELLINI,
     subject="Recommended hospitals Spain – update summer season 2026", date="2026-05-26 10:00", body="""\
Dear Marco,

here is our updated list of recommended facilities in Spain for the summer season
(all with 24/7 emergency department and direct billing for Weidenhof members):

""" + table_text([["Facility", "City", "Strengths", "Direct billing"],
                  ["Clínica Costa Azul", "Málaga", "Trauma, general surgery, cardiology", "yes"],
                  ["Hospital Mediterráneo Norte", "Palma de Mallorca", "Paediatrics, ICU, neurology", "yes"],
                  ["Centro Médico Canarias Sur", "Maspalomas", "Outpatient, dialysis", "yes"],
                  ["Hospital Internacional Levante", "Alicante", "Orthopaedics, obstetrics", "pending"]]) + """

Clínica Costa Azul has opened a second cath lab; Hospital Internacional Levante
is still negotiating its tariff, so please request a GOP there in every case.

Best regards,
Network Management, GlobeAssist Medical Services
""")

mail("n76", "NORMAL", "en", "insurer-to-partner",
     "plain thank-you after a partner meeting with next steps",
     frm=DONNELLY, to="GlobeAssist Operations <ops@globeassist.example>",
     subject="Thank you for the visit", date="2026-06-19 16:45", body="""\
Dear Anna, dear Paul,

thank you for coming to Wiesbaden yesterday – it was good to put faces to the voices
on the phone. As agreed, we will send you the updated escalation contacts by the end
of next week, and Marco will set up the quarterly call series.

Have a safe trip back to London!

Best wishes,
Claire
""")

mail("n77", "NORMAL", "en", "internal",
     "trap: internal note on the ICD-11 transition with example code mappings – no person",
     frm=BELLINI, to="International Health Desk <expat-team@%s>" % D,
     subject="ICD-11 – what it means for our international claims", date="2026-08-31 13:30", body="""\
Hi team,

more and more hospitals abroad (Gulf states, some Asian countries) are switching to
ICD-11 on their invoices. Our claims system still works with ICD-10, so the TPA
maps codes on import. A few examples to recognise the new format:

  ICD-10 E11.9  (type 2 diabetes)          -> ICD-11 5A11
  ICD-10 I21.4  (NSTEMI)                   -> ICD-11 BA41.1
  ICD-10 F32.1  (moderate depressive ep.)  -> ICD-11 6A70.1
  ICD-10 O24.4  (gestational diabetes)     -> ICD-11 JA63.2
  ICD-10 S52.5  (distal radius fracture)   -> ICD-11 NC32.5

If an invoice shows an ICD-11 code the system cannot map, park the claim and send
it to the medical officer queue instead of guessing.

Marco
""")

mail("n78", "NORMAL", "de", "company-to-insurer",
     "trap: GP practice tells the insurer's appointment service that its online booking system is down – practice outage, no patient",
     frm="Praxis Dr. Reinholz <praxis@praxis-reinholz.example>", to="terminservice@" + D,
     subject="Online-Terminbuchung gestört – bitte bis Montag keine Termine vermitteln", date="2026-10-23 11:48",
     cte="base64", body="""\
Guten Tag,

unser Terminbuchungssystem (Praxis-Kalender mit Online-Buchung) ist seit heute
Morgen nach einem Update gestört, der Hersteller arbeitet daran. Bitte vermitteln
Sie über Ihren Terminservice bis einschließlich Montag, 26.10., keine Termine in
unsere Praxis (Akutsprechstunde, Vorsorge, Impfungen).

Patientinnen und Patienten, die bei uns schon einen Termin haben, rufen wir selbst an.

Vielen Dank und freundliche Grüße
Jessica Lindner
Praxis Dr. med. Anja Reinholz · Rathausstraße 41 · 65203 Wiesbaden-Biebrich
""")

mail("n79", "NORMAL", "en", "insurer-to-partner",
     "trap: press release on a mental-health app for expats mentioning depression, anxiety and burnout statistics – no person",
     frm="Press Office Weidenhof <presse@%s>" % D, to="International press list <press-international@%s>" % D,
     subject="Press release: Weidenhof launches mental health app for expatriates", date="2026-10-10 09:00", body="""\
PRESS RELEASE

Wiesbaden, 10 October 2026 – On World Mental Health Day, Weidenhof
Krankenversicherung launches "MindAbroad", a mental health app for its 14,000
international health plan members.

Members can complete a confidential self-check for depression, anxiety and burnout,
book video sessions with licensed therapists in eight languages within 72 hours, and
use CBT-based self-help programmes. In a Weidenhof survey, 31 % of expatriates
reported symptoms of anxiety in their first year abroad.

"Moving abroad is exciting, but it can also be lonely," says Dr Henrike Vogelsang,
Head of Healthcare Management. "We want our members to find help before a crisis."

Data entered in the app is not shared with the insurer unless the member chooses to
submit a claim.

Press contact: presse@weidenhof-versicherung.example, +49 611 94470-1010
""")

mail("n80", "NORMAL", "de", "hospital-to-insurer",
     "trap: hospital's annual hygiene and infection quality report (PDF) with MRSA and surgical-site infection rates – aggregated",
     frm="Krankenhaushygiene St.-Elisabethen <hygiene@st-elisabethen-klinikum.example>", to=VOGELSANG,
     subject="Hygienebericht 2025 gemäß Qualitätsvertrag", date="2026-04-30 14:40", body="""\
Sehr geehrte Frau Dr. Vogelsang,

gemäß § 6 unseres Qualitätsvertrags übersenden wir den Hygienebericht 2025.
Alle Angaben sind aggregiert; Einzelfälle werden nur an das Gesundheitsamt gemeldet.

Mit freundlichen Grüßen
Dr. med. Gerlinde Faust
Krankenhaushygienikerin · St.-Elisabethen-Klinikum Nassau gGmbH
""", atts=[att("Hygienebericht_2025.pdf", pdf([
    "# Hygienebericht 2025 - St.-Elisabethen-Klinikum Nassau",
    "",
    "Patiententage: 118.420   Stationäre Fälle: 21.877",
    "",
    "MRSA: 61 Fälle (0,52 je 1.000 Patiententage), davon nosokomial 9",
    "Clostridioides difficile (CDI): 34 Fälle (0,29 je 1.000 Patiententage)",
    "Postoperative Wundinfektionen (KISS-Indikatoren):",
    "  Hüft-TEP 0,9 %   Knie-TEP 0,6 %   Cholezystektomie 1,1 %   Sectio 1,4 %",
    "ZVK-assoziierte Sepsis (Intensiv): 0,8 je 1.000 ZVK-Tage",
    "Händedesinfektionsmittelverbrauch Intensiv: 142 ml je Patiententag",
    "",
    "Maßnahmen 2026: Aufnahmescreening MRSA auf alle Risikogruppen ausgeweitet,",
    "Schulungsquote Händehygiene 94 %.",
], title="Hygienebericht 2025", author="Krankenhaushygiene"))])

# ==========================================================================
# OUTPUT AND CHECK
# ==========================================================================

def ordered():
    """Mails in the fixed pseudo-random file order (seed NN); returns list of (filename, mail)."""
    idx = list(range(len(MAILS)))
    random.Random(NN).shuffle(idx)
    return [("d%02d-%04d.eml" % (NN, i + 1), MAILS[j]) for i, j in enumerate(idx)]


def generate(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, m in ordered():
        with open(os.path.join(outdir, "mails", fname), "wb") as f:
            f.write(build(m))
        rows.append("\t".join([fname, m["label"], m["lang"], m["kind"], m["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _open_attachment(name, data, ctype, charset, stats, where):
    ext = (name or "").rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        from pypdf import PdfReader
        txt = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        assert txt.strip(), "empty PDF text layer " + where
    elif ext == "docx":
        import docx as _d
        d = _d.Document(io.BytesIO(data))
        assert any(p.text for p in d.paragraphs), "empty docx " + where
    elif ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for zi in z.infolist():
            _open_attachment(zi.filename, z.read(zi.filename), None, None, stats, where + "/" + zi.filename)
    elif ext == "ics":
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
    elif ext == "csv":
        if charset:
            data.decode(charset)
        else:  # Excel-style CSV without charset parameter: UTF-8 or windows-1252
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                data.decode("windows-1252")
    elif ext in ("jpg", "png"):
        from PIL import Image
        Image.open(io.BytesIO(data)).verify()
    elif ext == "pem":
        assert b"-----BEGIN CERTIFICATE-----" in data, where
    elif ext in ("txt", "log"):
        data.decode(charset or "utf-8")
    else:
        raise AssertionError("unknown attachment type %s in %s" % (name, where))


def _walk_check(part, stats, where):
    """Recursively check a parsed message (own recursion, also into message/rfc822)."""
    assert not part.defects, "MIME defects %s in %s" % (part.defects, where)
    ct = part.get_content_type()
    stats.setdefault("_ctypes", {})
    stats["_ctypes"][ct] = stats["_ctypes"].get(ct, 0) + 1
    if ct == "message/rfc822":
        stats["eml"] = stats.get("eml", 0) + 1
        _walk_check(part.get_payload()[0], stats, where + "/rfc822")
        return
    if part.is_multipart():
        for sub in part.get_payload():
            _walk_check(sub, stats, where)
        return
    fn = part.get_filename()
    payload = part.get_payload(decode=True)
    cs = part.get_content_charset()
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if ct.startswith("text/") and not fn:
        stats.setdefault("_charsets", {})
        stats["_charsets"][cs] = stats["_charsets"].get(cs, 0) + 1
        stats.setdefault("_cte", {})
        stats["_cte"][cte] = stats["_cte"].get(cte, 0) + 1
        payload.decode(cs or "ascii")
    elif fn:
        _open_attachment(fn, payload, ct, cs, stats.setdefault("_att", {}), where + "/" + fn)
    else:
        stats["_inline"] = stats.get("_inline", 0) + 1
        assert ct.startswith("image/"), where


def check():
    import collections
    import filecmp
    with tempfile.TemporaryDirectory() as tmp:
        generate(tmp)
        names = sorted(os.listdir(os.path.join(tmp, "mails")))
        assert names == sorted(os.listdir(os.path.join(HERE, "mails"))), "file list differs"
        for n in names:
            assert filecmp.cmp(os.path.join(tmp, "mails", n), os.path.join(HERE, "mails", n), shallow=False), \
                "rebuild differs: " + n
        assert filecmp.cmp(os.path.join(tmp, "labels.tsv"), os.path.join(HERE, "labels.tsv"), shallow=False), \
            "labels.tsv differs"
    print("rebuild: byte-identical (%d mails + labels.tsv)" % len(names))

    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason"
    rows = [l.split("\t") for l in lines[1:] if l]
    assert all(len(r) == 5 for r in rows) and len(rows) == len(MAILS)
    lab = {r[0]: r for r in rows}

    mids = set()
    stats = {}
    top = collections.Counter()
    per = collections.Counter()
    kinds = collections.Counter()
    for fname, m in ordered():
        raw = open(os.path.join(HERE, "mails", fname), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF in " + fname
        assert lab[fname][1:4] == [m["label"], m["lang"], m["kind"]], fname
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        assert mid and mid not in mids, "Message-ID " + fname
        mids.add(mid)
        assert " 2026 " in msg["Date"], fname
        assert msg.get_content_type() in ("text/plain", "text/html", "multipart/mixed", "multipart/alternative")
        top[msg.get_content_type()] += 1
        _walk_check(msg, stats, fname)
        per[(m["label"], m["lang"])] += 1
        kinds[(m["kind"], m["label"])] += 1

    print("\nper label / language:")
    for label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        de, en = per[(label, "de")], per[(label, "en")]
        print("  %-22s de %3d  en %3d  total %3d" % (label, de, en, de + en))
    tde = sum(v for (l, g), v in per.items() if g == "de")
    print("  %-22s de %3d  en %3d  total %3d" % ("all", tde, len(MAILS) - tde, len(MAILS)))
    traps = sum(1 for m in MAILS if m["reason"].startswith("trap:"))
    print("  traps (NORMAL, reason starts with 'trap:'): %d" % traps)
    print("\nper kind (N / C / S):")
    for k in sorted(set(k for k, _ in kinds)):
        n, c, s = (kinds[(k, l)] for l in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"))
        print("  %-28s %3d   %2d / %2d / %2d" % (k, n + c + s, n, c, s))
    print("\ntop-level content types:", dict(top))
    print("all MIME part types:", dict(sorted(stats["_ctypes"].items())))
    print("text body charsets:", stats["_charsets"], " transfer encodings:", stats["_cte"])
    print("attachments by type (incl. ZIP members):", dict(sorted(stats["_att"].items())),
          " forwarded messages:", stats.get("eml", 0), " inline images:", stats.get("_inline", 0))
    print("\nOK: all %d mails parse without MIME defects, all text parts decode, all attachments open." % len(MAILS))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        generate(HERE)
        print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
