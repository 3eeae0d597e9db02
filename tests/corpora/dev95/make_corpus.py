#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel evaluation corpus dev95 -- UK & Ireland branch of a German insurer and its US partners.

Every mail is written by hand in its own function m001 ... m150. The helpers below only turn
that content into MIME (email package, policy=SMTP, CRLF, fixed boundaries, dates and
Message-IDs) or into attachment files (PDF, DOCX, XLSX, ODT, ODS, CSV, ICS, ZIP, rfc822).

    python make_corpus.py          # writes mails/d95-0001.eml ... d95-0150.eml and labels.tsv
    python make_corpus.py --check  # re-parses and validates everything

Standard library only, Python 3.8+, deterministic (seed 95), no network.
"""
import csv
import datetime as _dt
import io
import os
import random
import re
import sys
import zipfile
from email import policy as _policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime
from xml.sax.saxutils import escape as _xesc
import xml.dom.minidom

NN = "95"
SEED = 95
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mails")
SMTP = _policy.SMTP
ZIP_TS = (2024, 1, 1, 0, 0, 0)
_RNG = random.Random(SEED)
# fixed per-mail offsets (minutes) drawn once from the seeded generator
_JITTER = [_RNG.randint(0, 600) for _ in range(151)]

# ---------------------------------------------------------------- attachment builders

def _pdf_str(s):
    b = s.replace("\u20ac", "EUR ").replace("\u2019", "'").replace("\u2018", "'") \
         .replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-") \
         .encode("cp1252", "replace")
    out = []
    for ch in b:
        c = chr(ch)
        if c in "\\()":
            out.append("\\" + c)
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(c)
    return "".join(out)


def pdf(name, lines, title="Document"):
    """A small uncompressed PDF (Helvetica, WinAnsi) with the given text lines."""
    per = 56
    pages = [lines[i:i + per] for i in range(0, max(len(lines), 1), per)] or [[]]
    objs = []
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        cs = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
        for ln in pg:
            cs.append("(%s) Tj T*" % _pdf_str(ln))
        cs.append("ET")
        stream = "\n".join(cs)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream))
    objs.append("<< /Title (%s) /Producer (dev95 generator) /CreationDate (D:20240101000000Z) >>" % _pdf_str(title))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(out.tell())
        out.write(("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode())
    for o in offs:
        out.write(("%010d 00000 n \n" % o).encode())
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, len(objs), xref)).encode())
    return (name, "application/pdf", out.getvalue())


def _zip(members, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mname, data in members:
            zi = zipfile.ZipInfo(mname, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_STORED if mname == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


_CT_DOCX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>')
_CT_XLSX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>')


def _rels(target):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
            '</Relationships>' % target)


def docx(name, paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xesc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    data = _zip([("[Content_Types].xml", _CT_DOCX), ("_rels/.rels", _rels("word/document.xml")),
                 ("word/document.xml", doc)])
    return (name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(name, rows, sheet="Sheet1"):
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _xesc(str(v))))
        xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>'
          % "".join(xr))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % _xesc(sheet))
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    data = _zip([("[Content_Types].xml", _CT_XLSX), ("_rels/.rels", _rels("xl/workbook.xml")),
                 ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
                 ("xl/worksheets/sheet1.xml", ws)])
    return (name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2"')


def _odf(name, mime, inner):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, inner))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    data = _zip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                first_stored="mimetype")
    return (name, mime, data)


def odt(name, paragraphs):
    inner = "<office:text>%s</office:text>" % "".join("<text:p>%s</text:p>" % _xesc(p) for p in paragraphs)
    return _odf(name, "application/vnd.oasis.opendocument.text", inner)


def ods(name, rows, sheet="Sheet1"):
    trs = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
            else:
                cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _xesc(str(v)))
        trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    inner = ('<office:spreadsheet><table:table table:name="%s">%s</table:table></office:spreadsheet>'
             % (_xesc(sheet), "".join(trs)))
    return _odf(name, "application/vnd.oasis.opendocument.spreadsheet", inner)


def csvfile(name, rows, encoding="utf-8", ctype="text/csv", delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return (name, ctype, buf.getvalue().encode(encoding), encoding)


def textfile(name, text, ctype="text/plain", encoding="utf-8"):
    return (name, ctype, text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding), encoding)


def ics(name, uid, start, end, summary, location, organizer, description="", attendees=()):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nordanker UK//Outlook-compatible//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20240101T000000Z",
             "DTSTART;TZID=Europe/London:%s" % start, "DTEND;TZID=Europe/London:%s" % end,
             "SUMMARY:%s" % summary, "LOCATION:%s" % location, "ORGANIZER:mailto:%s" % organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % a)
    if description:
        lines.append("DESCRIPTION:%s" % description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return (name, "text/calendar", ("\r\n".join(lines) + "\r\n").encode("utf-8"), "utf-8")


def zipatt(name, members):
    """members: list of attachment tuples (name, ctype, data[, enc])"""
    return (name, "application/zip", _zip([(m[0], m[2]) for m in members]))


def octet(att, newname=None):
    """Send an attachment as application/octet-stream (e.g. a scanner upload)."""
    return (newname or att[0], "application/octet-stream", att[2])


def rfc822(msg):
    return ("__rfc822__", "message/rfc822", msg)


def inner_mail(frm, to, subject, date, body, msgid, cc=None, html=None):
    """A forwarded mail kept as message/rfc822 (content written by hand in the caller)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    if html:
        m.set_content(body, charset="utf-8", cte="quoted-printable")
        m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
        _fix_boundaries(m, "inner")
    else:
        m.set_content(body, charset="utf-8", cte="quoted-printable")
    return m

# ---------------------------------------------------------------- MIME assembly

_REG = {}


def _fix_boundaries(msg, tag):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_dev95_%s_%d_%s" % (tag, i, "x" * 8))


def _date(n, tz=None, when=None):
    if when:
        d = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M") + _dt.timedelta(seconds=_JITTER[n] % 60)
    else:
        base = _dt.datetime(2024, 9, 2, 7, 40)
        d = base + _dt.timedelta(hours=n * 29, minutes=_JITTER[n])
        if d.weekday() >= 5:
            d += _dt.timedelta(days=7 - d.weekday())
    if tz is None:
        tz = 60 if d < _dt.datetime(2024, 10, 27, 1, 0) else 0
    return d.replace(tzinfo=_dt.timezone(_dt.timedelta(minutes=tz)))


def _text_part(text, subtype, charset, cte, flowed=False):
    p = MIMEPart(policy=SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def _att_part(att):
    p = MIMEPart(policy=SMTP)
    if att[1] == "message/rfc822":
        p.set_content(att[2])
        return p
    name, ctype, data = att[0], att[1], att[2]
    maintype, subtype = ctype.split("/", 1)
    if maintype == "text":
        enc = att[3] if len(att) > 3 else "utf-8"
        p.set_content(data.decode(enc), subtype=subtype, charset=enc, cte="base64" if enc != "us-ascii" else "7bit",
                      disposition="attachment", filename=name)
        if subtype == "calendar":
            p.set_param("method", "REQUEST")
    else:
        p.set_content(data, maintype=maintype, subtype=subtype, cte="base64",
                      disposition="attachment", filename=name)
    return p


def mail(n, meta, frm, to, subject, body=None, html=None, cc=None, atts=(), charset="utf-8",
         cte="quoted-printable", flowed=False, headers=(), tz=None, reply_to=None, in_reply_to=None, when=None):
    """meta = (label, lang, kind, reason)."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(_date(n, tz, when))
    m["Message-ID"] = "<d95.%04d.%08x@mail.nordanker.example>" % (n, (n * 2654435761) & 0xFFFFFFFF)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if not atts and (body is None or html is None):
        if html is not None:
            m.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            m.set_content(body, subtype="plain", charset=charset, cte=cte)
            if flowed:
                m.set_param("format", "flowed")
        return (n, meta, m)
    if body is not None and html is not None:
        core = MIMEPart(policy=SMTP)
        core["Content-Type"] = "multipart/alternative"
        core.attach(_text_part(body, "plain", charset, cte, flowed))
        core.attach(_text_part(html, "html", charset, cte))
    elif html is not None:
        core = _text_part(html, "html", charset, cte)
    else:
        core = _text_part(body, "plain", charset, cte, flowed)
    if atts:
        m["Content-Type"] = "multipart/mixed"
        m.attach(core)
        for a in atts:
            m.attach(_att_part(a))
    elif core.is_multipart():
        m["Content-Type"] = "multipart/alternative"
        for sub in core.get_payload():
            m.attach(sub)
    _fix_boundaries(m, "%04d" % n)
    return (n, meta, m)



def dated(when, res):
    """Give a mail the send date its content implies ("YYYY-MM-DD HH:MM", UK local time)."""
    n, meta, m = res
    m.replace_header("Date", format_datetime(_date(n, None, when)))
    return res
# ================================================================ mails 001-025

DISCLAIMER_UK = """--
Nordanker Insurance UK & Ireland is a trading name of Nordanker Versicherung AG, UK & Ireland Branch,
40 Leadenhall Walk, London EC3A 2BN. Nordanker Versicherung AG is authorised by BaFin in Germany;
deemed authorised by the Prudential Regulation Authority. Subject to regulation by the Financial
Conduct Authority and limited regulation by the PRA. Calls may be recorded.
This e-mail and any attachments are intended only for the addressee. If you have received it in
error please tell the sender and delete it."""

DISCLAIMER_IE = """--
Nordanker Insurance Ireland is a branch of Nordanker Versicherung AG, Hamburg, registered in Ireland
(branch no. 909217), 3 Grand Canal View, Dublin 2, D02 XK71. Nordanker Versicherung AG is authorised by
BaFin and is regulated by the Central Bank of Ireland for conduct of business rules."""


def m001():
    body = """Dear Mr Ashworth,

Thank you for your call this morning.

I'm pleased to confirm that we have pre-authorised the following treatment under your Nordanker Health Select policy:

Membership number: NAH-PMI-4471203
Patient: Mr Daniel Ashworth
Consultant: Mr Kieran Lowther FRCS (Orth), St Aldhelm's Hospital, Bristol
Procedure: Arthroscopic partial meniscectomy, right knee (CCSD W8200)
Admission: day case, 14 October 2024
Pre-authorisation code: PA-24-0917-3385

This follows the MRI scan on 19 September which showed a tear of the medial meniscus. Your outpatient physiotherapy after surgery is covered up to your annual outpatient limit of £1,000, of which £310 has been used this year.

Your policy excess of £250 applies once per policy year and has not been met yet, so the hospital will ask you to pay this directly.

Please make sure the consultant's fees are within our fee schedule. If Mr Lowther charges above it, you may have a shortfall to pay. He is fee-approved with us, so this shouldn't be an issue.

If the date changes, or if the consultant recommends a different procedure on the day, please give us a ring on 0345 600 4411 before the admission so we can update the authorisation.

Wishing you a smooth recovery.

Kind regards

Claire Holloway
Claims Team Leader, Nordanker Health
Nordanker Insurance UK & Ireland
""" + DISCLAIMER_UK
    return dated("2024-10-02 11:20", mail(1, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                    "PMI pre-authorisation with named member, meniscus tear, procedure code and consultant"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Daniel Ashworth <d.ashworth@fastmail-uk.example>",
                "Your pre-authorisation PA-24-0917-3385", body))


def m002():
    body = """NORDANKER UK & IRELAND -- HEALTH & PROTECTION MARKET BULLETIN
Issue 37 | Autumn 2024 | For intermediary use only

1. Critical illness: what the claims data says
Across the UK market, cancer remains by far the leading cause of critical illness claims, at roughly six in ten of all claims paid last year. Heart attack and stroke together make up around 15%. For men under 50, heart attack claims have been edging up; for women, breast cancer accounts for almost half of all CI claims paid.

Our own book follows the same pattern. We paid 94.1% of all critical illness claims in 2023. The most common reason for a declined claim remains non-disclosure of medical history at application -- usually raised blood pressure, anxiety or depression, or a GP consultation for symptoms that had not yet been investigated.

2. Income protection: mental health and musculoskeletal
Mental health conditions (stress, anxiety, depression) and musculoskeletal problems (back and neck pain, joint conditions) together account for over half of new group income protection claims. Early intervention works: where we receive notification within 4 weeks of absence, the return-to-work rate before the end of the deferred period is more than double.

3. PMI: NHS waiting lists continue to drive demand
With the waiting list for routine elective treatment in England still above 7 million, enquiries for individual PMI rose by 18% year on year. Orthopaedics, ophthalmology (cataract) and diagnostics (MRI/CT) remain the most claimed-for areas.

4. Dates for your diary
- 12 November: webinar "Underwriting mental health: moratorium vs. FMU"
- 3 December: Group Risk round table, Manchester

Unsubscribe or manage preferences: https://brokers.nordanker.example/preferences

Nordanker Insurance UK & Ireland. For intermediary use only. Not for use with customers.
"""
    return dated("2024-10-01 07:05", mail(2, ("NORMAL", "en", "newsletter",
                    "trap: market bulletin with CI/IP/PMI claims statistics (cancer, heart attack, mental health), no person"),
                "Nordanker Broker Marketing <broker.news@nordanker.example>",
                "undisclosed-recipients:;", "Health & Protection Market Bulletin -- Autumn 2024", body))


def m003():
    body = """Hi Mrs Penhaligon,

Your car insurance renewal is coming up, so here's a quick summary before your documents arrive in the post.

Policy number: NAG-MTR-00582217
Vehicle: 2019 Skoda Octavia Estate 1.5 TSI SE L, reg. WK19 HPZ
Renewal date: 03/11/2024
Cover: Comprehensive, class 1 business use
Named drivers: Mrs Tamsin Penhaligon (policyholder), Mr Jory Penhaligon
No claims discount: 9 years (protected)
Compulsory/voluntary excess: £250 / £100

Renewal premium: £612.48 (last year: £571.90)

You're on auto-renewal, so you don't need to do anything -- we'll collect the first monthly instalment of £51.04 on or around 3 November from the account you already pay from.

If anything has changed (new address, extra driver, modifications, points on a licence) please let us know before the renewal date.

Cheers,
Ben

Ben Hartigan
Motor Customer Services | Nordanker General
0345 600 4422 | Mon-Fri 8am-8pm, Sat 9am-1pm
"""
    return dated("2024-10-08 14:02", mail(3, ("CONFIDENTIAL", "en", "insurer-to-customer",
                    "motor renewal: named policyholder and driver, policy number, registration, premium"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "tamsin.penhaligon@kernowmail.example",
                "Your car insurance renewal - WK19 HPZ", body))


def m004():
    body = """Ticket INC0087214 -- Priority 3

Summary: Shared mailbox "GP Reports Inbound" not syncing on Outlook clients in claims (3rd floor, Leadenhall)

Description:
Since the Exchange cumulative update on Tuesday night the shared mailbox gpreports.inbound@nordanker.example is showing "Trying to connect..." in Outlook for about 12 users. OWA works fine. Mailbox size is 48.7 GB, close to the 50 GB quota, which may be related -- the archive policy for that mailbox has not run since August.

Workaround given to users: use OWA.

Actions requested:
1. Check archive policy / retention tag on the mailbox
2. Rebuild OST for affected users if needed
3. Confirm no mail bounced to external senders (GP surgeries send medical reports here, so bounces would be a problem)

Affected users: claims underwriting team, see distribution list DL-UK-Claims-UW.

Logged by: Priya Nair, IT Service Desk
"""
    return mail(4, ("NORMAL", "en", "internal",
                    "trap: IT ticket about the GP medical reports mailbox, no report or patient content"),
                "Nordanker IT Service Desk <servicedesk@nordanker.example>",
                "UK Infrastructure Team <uk.infra@nordanker.example>",
                "INC0087214 - GP Reports Inbound mailbox not syncing", body)


def m005():
    body = """Hi Nicola,

Forwarding this from Mr Kowalczyk as it came into the general inbox -- please add to his IP claim file (GIP scheme Fenwick Logistics, member ref FLX-0412).

Thanks
Aoife

-----Original Message-----
From: Marek Kowalczyk <marek.k78@postbox.example>
Sent: 07 October 2024 21:14
To: customer.services@nordanker.example
Subject: fit note and claim

Hello,

My employer told me to send my fit note to you directly for the income protection claim. I have been signed off since 29 July. My GP (Dr Sandhu at Kingsmead Surgery) has now given me another fit note for 8 weeks, it says "work related stress and depression" and "may be fit for work with phased return" is NOT ticked this time.

I am on sertraline 100mg now, it was increased in September, and I've been referred to the community mental health team but the waiting list is about 4 months. I can't afford private therapy, can the insurance pay for CBT?

I am sorry for the bad photo of the fit note, my scanner is broken, the photo is attached.

Also my bank changed, can the payments go to my new account? Nationwide, sort code 07-00-46, account 11928374.

Thank you
Marek Kowalczyk
07700 918 442
"""
    return dated("2024-10-08 09:31", mail(5, ("STRICTLY_CONFIDENTIAL", "en", "customer",
                    "forwarded member mail: fit note, stress and depression, sertraline, IP claim, new bank details"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Nicola Bright <nicola.bright@nordanker.example>",
                "FW: fit note and claim", body))


def m006():
    body = """Morning Gemma,

Hope all's well. Could you quote the below for a new client please -- he's moving from another insurer, current policy ends 21/10.

Proposer: Mr Alistair Cornwell
DOB: 14/03/1979
Occupation: Chartered surveyor
Address: 27 Belvoir Gardens, Harrogate HG1 4QT
Property: 4-bed detached, built 1936, brick/tile, standard construction, not listed
Rebuild value: £640,000 (per RICS calculator, printout attached to our system)
Contents: £85,000, high-risk items £18,000 -- single article limit needs to cover an Omega Seamaster (valued £6,200)
Bikes: 2 x road bikes £3,500 each, kept in locked garage
Claims last 5 yrs: one escape of water 2021, £4,120 paid, no further issues
Security: 5-lever mortice locks, NSI-approved monitored alarm
Flood: not in a flood zone per postcode check

Current premium with incumbent is £1,147 -- he'd like accidental damage on both buildings and contents.

Thanks very much,

Rob Marlowe Cert CII
Account Executive, Private Clients
Marlowe Insurance Brokers Ltd
Authorised and regulated by the Financial Conduct Authority
"""
    return dated("2024-09-30 10:15", mail(6, ("CONFIDENTIAL", "en", "broker",
                    "broker quote request: named proposer with date of birth, address, claims history (home)"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Household Underwriting UK <household.uw@nordanker.example>",
                "FW: New business quote - Cornwell, Harrogate", 
                "Passing to the team -- can someone pick this up today please? G.\n\n"
                "-----Original Message-----\nFrom: Rob Marlowe <rob.marlowe@marlowe-ib.example>\n"
                "Sent: 30 September 2024 09:02\nTo: Gemma Whitlock <gemma.whitlock@nordanker.example>\n"
                "Subject: New business quote - Cornwell, Harrogate\n\n" + body))


def m007():
    guide = [
        "Nordanker Critical Illness Cover -- Product Guide for Advisers (version 7.2, November 2024)",
        "",
        "What's changing",
        "- Cancer: we now pay 100% for cancer of the prostate graded Gleason 7 and above (previously 8).",
        "- Heart attack: definition aligned to the ABI Statement of Best Practice 2024 (troponin criteria).",
        "- Stroke: now includes cerebral infarction confirmed on imaging with permanent neurological deficit.",
        "- New additional payment: 25% of the sum assured, up to GBP 30,000, for ductal carcinoma in situ",
        "  of the breast treated by surgery.",
        "- Children's cover extended to age 22 if in full-time education.",
        "",
        "Full definitions (summary)",
        "Cancer -- excluding less advanced cases: any malignant tumour positively diagnosed with histological",
        "confirmation and characterised by the uncontrolled growth of malignant cells and invasion of tissue.",
        "Multiple sclerosis -- with persisting symptoms: a definite diagnosis by a consultant neurologist.",
        "Motor neurone disease -- of specified type.",
        "Parkinson's disease -- resulting in permanent symptoms.",
        "Total permanent disability -- unable to do own occupation ever again.",
        "",
        "Underwriting",
        "Non-smoker rates apply where no tobacco or nicotine products have been used in the last 12 months.",
        "BMI 18-35 standard terms; 36-40 individual consideration; above 40 postpone.",
        "",
        "This guide is for financial advisers only and must not be given to customers.",
    ]
    body = """Dear Partner,

Please find attached the updated Critical Illness Product Guide (v7.2), effective for all new applications submitted from 18 November 2024. The changes are summarised on page 1.

Existing policies are not affected. Illustrations produced before 18 November will be honoured for 30 days.

Your Nordanker broker consultant will be in touch to run through the changes, or join our webinar on 12 November.

Kind regards,

Oliver Tate
Head of Broker Relations, Protection
Nordanker Insurance UK & Ireland
"""
    return dated("2024-10-28 16:40", mail(7, ("NORMAL", "en", "insurer-to-broker",
                    "trap: CI product guide with cancer/MS/stroke definitions and BMI rules, no person"),
                "Oliver Tate <oliver.tate@nordanker.example>",
                "Protection Partners <protection.partners@nordanker.example>",
                "Critical Illness product guide v7.2 - changes from 18 November", body,
                atts=[pdf("NA_CI_Product_Guide_v7-2.pdf", guide, "CI Product Guide v7.2")]))


def m008():
    body = """To: Patient Financial Services, Cedar Ridge Medical Center, Columbus OH
Attn: Denise Whitaker, Insurance Verification

Re: Guarantee of payment -- ER admission 10/05/2024
Member: Jonathan P. Reilly, DOB 06/22/1984
Nordanker International Health, member ID NIH-US-220914-01, group: Corrib Software Ltd (Ireland), plan: Global Gold
Claims administered in the US by Brightwater Benefits Administration, LLC

Dear Ms. Whitaker,

Following your call to our 24/7 assistance line, we confirm coverage for the emergency admission of the above member, who presented to your ER on October 5 with acute right lower quadrant pain and was taken to the OR the same night for laparoscopic appendectomy (ICD-10-CM K35.80, CPT 44970).

We guarantee payment for the inpatient stay up to 3 days and the associated professional fees at the Brightwater network rates, subject to the plan's $500 per-admission deductible, which the member pays directly. Any stay beyond 3 days requires a concurrent review -- please fax clinicals to Brightwater utilization management at (614) 555-0182 or upload them via the provider portal.

Please bill Brightwater on a UB-04 (facility) and CMS-1500 (professional), payer ID 59218. Do not balance-bill the member for amounts above the allowed amount.

This communication contains protected health information (PHI) and is sent under HIPAA's treatment/payment provisions. If you received it in error, please notify us and destroy it.

Sincerely,

Rachel Ong, RN
Case Manager, International Health Assistance
Nordanker Insurance UK & Ireland, on behalf of the plan
+44 20 7946 0813 (24/7)
"""
    return dated("2024-10-06 03:47", mail(8, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
                    "guarantee of payment to a US hospital: named member with DOB, appendicitis, ICD-10-CM and CPT codes"),
                "Rachel Ong <rachel.ong@nordanker.example>",
                "Denise Whitaker <dwhitaker@cedarridge-health.example>",
                "GOP - Reilly, Jonathan - NIH-US-220914-01 - ER 10/05", body,
                cc="UM Team <um@brightwater-tpa.example>"))


def m009():
    body = """Hallo Frau Jansen,

bitte um Freigabe der folgenden Schadenzahlung aus der Niederlassung Dublin (Wohngebäude/Hausrat Irland), Betrag über meiner Zeichnungsgrenze von 10.000 EUR:

Schaden-Nr.: NAG-IE-HH-24-003318
Versicherungsnehmerin: Ms Siobhán Geraghty, 14 Ardee Road, Rathmines, Dublin 6, D06 P2W8
Ursache: Sturmschaden (Sturm "Ashley"), Dach teilweise abgedeckt, Wasserschaden im Obergeschoss
Gutachten Loss Adjuster (Corcoran & Daly): 14.860,00 EUR, Selbstbeteiligung 250,00 EUR
Auszahlung: 14.610,00 EUR
Empfänger: Siobhán Geraghty
IBAN: IE56 BOFI 9000 1729 3847 56
BIC: BOFIIE2D

Die Deckung ist geprüft, Prämie bezahlt, keine Vorschäden. Rechnung des Dachdeckers liegt im Schadensystem.

Danke und viele Grüße aus Dublin
Liam Doherty
Claims Handler Property, Nordanker Insurance Ireland
"""
    return dated("2024-11-05 10:12", mail(9, ("CONFIDENTIAL", "de", "internal",
                    "payment release for a home claim: named policyholder, address, claim number, IBAN"),
                "Liam Doherty <liam.doherty@nordanker.example>",
                "Sabine Jansen <sabine.jansen@nordanker.example>",
                "Freigabe Schadenzahlung NAG-IE-HH-24-003318 (14.610 EUR)", body, tz=60))


def m010():
    body = """Thank you for your email. I am out of the office until Monday 21 October with limited access to email.

For urgent PMI claims queries, please contact the Health Claims team on 0345 600 4411 or healthclaims@nordanker.example.
For pre-authorisations out of hours, please call our 24-hour line.

Claire Holloway
Claims Team Leader, Nordanker Health
"""
    return dated("2024-10-14 08:55", mail(10, ("NORMAL", "en", "internal",
                     "trap: out-of-office mentioning PMI claims and pre-authorisations, no case"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Tobias Reinhardt <tobias.reinhardt@nordanker.example>",
                "Automatic reply: Q3 claims MI pack", body, headers=[("Auto-Submitted", "auto-replied")]))


def m011():
    gpr = [
        "KINGSMEAD SURGERY -- Dr R Sandhu, Dr E Marsh, Dr O Adeyemi",
        "14 Kingsmead Road, Reading RG1 6JZ   Tel 0118 496 0371",
        "",
        "GENERAL PRACTITIONER'S REPORT (GPR) -- Life and critical illness application",
        "Insurer: Nordanker Life, ref NAL-UW-24-118807",
        "Patient: Mrs Harriet Joanna Lyle   DOB: 02/11/1977   NHS no: 943 476 5919",
        "Patient consent (Access to Medical Reports Act 1988) seen: yes, patient does not wish to see report",
        "",
        "1. Height 165 cm  Weight 88 kg  BMI 32.3 (recorded 03/2024)",
        "2. Blood pressure: 152/96 (01/2023), 146/92 (06/2023), 138/86 (03/2024)",
        "   Essential hypertension diagnosed 02/2023. Ramipril 5mg od since 02/2023.",
        "3. Lipids 03/2024: total cholesterol 6.1, HDL 1.2, ratio 5.1. Advised diet, declined statin.",
        "4. Smoking: ex-smoker, stopped 2016 (10/day for 15 years).",
        "5. Alcohol: 14 units/week.",
        "6. Other: mild depression 2015 post-natal, treated with citalopram 20mg for 9 months, no recurrence.",
        "   Breast lump 2021 -- referred 2WW, triple assessment benign fibroadenoma, discharged.",
        "7. Family history: father MI aged 58; mother type 2 diabetes.",
        "8. Any investigations pending or planned: none.",
        "",
        "Signed: Dr Rupinder Sandhu   GMC 7041928   Date: 24/09/2024",
        "Fee: GBP 115.00 -- invoice KS-2024-0917",
    ]
    body = """Declan,

GPR for the Lyle application (joint life & CI, £325k level term 25 yrs) has come in from Kingsmead Surgery -- attached. BP was a bit high last year but controlled now on ramipril; BMI 32. Post-natal depression 2015 and the benign breast lump in 2021 both disclosed on the app, so no non-disclosure issue.

I'd say standard for life, maybe +50% on CI for the BP/FH combination -- your call. Can you have a look before the broker chases again Friday?

Rhys

Rhys Pritchard | Senior Underwriter, Protection | Nordanker Life
"""
    return dated("2024-09-27 15:08", mail(11, ("STRICTLY_CONFIDENTIAL", "en", "doctor",
                     "GP report for a life/CI application: hypertension, BMI, depression history, NHS number (PDF)"),
                "Rhys Pritchard <rhys.pritchard@nordanker.example>",
                "Declan Murphy <declan.murphy@nordanker.example>",
                "GPR received - Lyle NAL-UW-24-118807", body,
                atts=[pdf("GPR_Lyle_Kingsmead_240924.pdf", gpr, "GP report")]))


def m012():
    body = """Hi Karen,

Following our call, please can you supply the following for our London office (40 Leadenhall Walk, EC3A 2BN), delivery to goods-in on the lower ground floor:

PO number: PO-UK-24-01877

Qty | Item | Unit price
6  | BS 8599-1 workplace first aid kit, large | £38.50
2  | Replacement electrode pads (adult), for our Zoll AED Plus, CPR-D-padz | £129.00
1  | Paediatric pads for AED Plus | £142.00
4  | Eye wash station refills 500ml | £6.20
2  | Burns kit, medium | £24.90

Total ex VAT: £828.70

Our first aiders noticed the AED pads expire in November, so delivery before the end of the month would be great.

Invoice to accounts.payable.uk@nordanker.example quoting the PO number please. Payment terms 30 days.

Many thanks

Jo Pemberton
Facilities Coordinator, Nordanker UK
"""
    return dated("2024-10-09 12:30", mail(12, ("NORMAL", "en", "insurer-to-supplier",
                     "trap: purchase order for first aid kits and AED pads, no person"),
                "Jo Pemberton <jo.pemberton@nordanker.example>",
                "Karen Moss <orders@safeworksupplies.example>",
                "PO-UK-24-01877 first aid kits and AED pads", body))


def m013():
    body = """Dear Mr and Mrs Okonkwo,

Escape of water -- 11 Hawthorn Close, Milton Keynes MK5 7QG
Claim number: NAG-HH-24-118450 | Policy: NAG-HOM-3309182

Thank you for sending the photos and the plumber's report. I'm sorry to hear about the damage to your kitchen ceiling and flooring.

Our loss adjuster, Steve Barrowclough from Marsden Adjusting, will visit on Thursday 17 October between 10am and 12pm to agree the scope of works. Please keep any damaged items (the kitchen units and the laminate) until he has seen them.

From what you've told us so far:
- the leak came from a failed compression joint under the upstairs bath
- trace and access costs are covered up to £5,000
- your escape of water excess is £450 (the standard £100 excess doesn't apply on top)

Once the claim is agreed we'll pay you directly for the plumber's invoice. Please confirm the account you'd like us to use -- we currently hold sort code 20-32-58, account ending 7264 (Barclays) for your direct debit.

If you need alternative accommodation because the kitchen can't be used, call me before booking anything.

Kind regards,

Gemma Whitlock
Property Claims Handler | Nordanker General
0345 600 4433
"""
    return dated("2024-10-11 13:45", mail(13, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "home escape-of-water claim: named policyholders, address, claim/policy number, bank details"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "okonkwo.family@homemail.example",
                "Your claim NAG-HH-24-118450 - loss adjuster visit", body))


def m014():
    form = [
        "NORDANKER LIFE -- CRITICAL ILLNESS CLAIM SUMMARY (for the claimant to check)",
        "",
        "Claim reference: CI-24-00771            Policy number: NAL-CI-2018-552190",
        "Life assured: Ms Rebecca Ann Thornbury    Date of birth: 30/11/1982",
        "Address: Flat 3, 52 Clarendon Road, Leeds LS2 9PJ",
        "Sum assured: GBP 150,000 (level), plan type: CI only, 20 years from 01/06/2018",
        "",
        "Condition claimed: Cancer -- invasive ductal carcinoma, left breast (ICD-10 C50.4)",
        "Date of diagnosis (histology): 12/08/2024",
        "Treating consultant: Miss Anjali Rao, Consultant Breast Surgeon, Leeds",
        "Treatment to date: wide local excision 03/09/2024; adjuvant chemotherapy planned",
        "GP: Dr M. Feeney, Headingley Medical Practice",
        "",
        "Evidence requested: consultant's report (sent 20/09/2024), histology report.",
        "Please check the details above and tell us if anything is wrong.",
    ]
    body = """Dear Ms Thornbury,

Thank you for getting in touch with us. Please find attached a summary of the information we have so far.

Please check the details and let us know if anything needs correcting -- there is no need to print or sign it.

We'll be in touch as soon as we hear back from the hospital. If you'd like to talk to someone, your dedicated claims assessor is Sophie and her direct line is 0345 600 4460.

With best wishes,

Sophie Latimer
Claims Assessor, Nordanker Life
"""
    return dated("2024-09-23 10:02", mail(14, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "harmless body; attached PDF: CI claim with breast cancer C50.4, DOB, consultant"),
                "Sophie Latimer <sophie.latimer@nordanker.example>",
                "Rebecca Thornbury <becky.thornbury@inbox-mail.example>",
                "Your claim CI-24-00771", body,
                atts=[pdf("Claim_summary_CI-24-00771.pdf", form, "Claim summary")]))


def m015():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#0b3d6b">Regulatory Update &ndash; October 2024</h2>
<p>Compliance &amp; Risk, Nordanker Insurance UK &amp; Ireland &ndash; internal circulation</p>
<h3>1. FCA: Consumer Duty &ndash; outcomes monitoring</h3>
<p>The FCA's recent multi-firm review of protection and health products found that some firms could not evidence good outcomes for customers in vulnerable circumstances, e.g. customers with a serious or long-term illness, bereaved customers or those with a mental health condition. Product owners must review claims and complaints MI for these groups before the annual board report.</p>
<h3>2. ICO: special category data</h3>
<p>The ICO has reminded insurers that health data (including information disclosed in a phone call, a GP report or a fit note) is special category data under UK GDPR Art. 9. Processing for underwriting and claims relies on the insurance condition in DPA 2018 Sch. 1 para 20. Staff should not forward medical evidence to personal email accounts or unencrypted to third parties.</p>
<h3>3. Central Bank of Ireland</h3>
<p>The revised Consumer Protection Code takes effect on 24 March 2026. Key themes: digitalisation, unregulated activities, vulnerability and mortgage protection. A gap analysis will be led by the Dublin compliance team.</p>
<h3>4. PRA</h3>
<p>No changes affecting the branch this month.</p>
<p>Questions to <a href="mailto:compliance.uk@nordanker.example">compliance.uk@nordanker.example</a>.</p>
<p style="font-size:11px;color:#777">Hannah Okafor, Head of Compliance &amp; DPO UK/IE</p>
</body></html>"""
    text = """Regulatory Update - October 2024
Compliance & Risk, Nordanker Insurance UK & Ireland - internal circulation

1. FCA: Consumer Duty - outcomes monitoring
The FCA's recent multi-firm review of protection and health products found that some firms could not evidence good outcomes for customers in vulnerable circumstances, e.g. customers with a serious or long-term illness, bereaved customers or those with a mental health condition. Product owners must review claims and complaints MI for these groups before the annual board report.

2. ICO: special category data
The ICO has reminded insurers that health data (including information disclosed in a phone call, a GP report or a fit note) is special category data under UK GDPR Art. 9. Processing for underwriting and claims relies on the insurance condition in DPA 2018 Sch. 1 para 20. Staff should not forward medical evidence to personal email accounts or unencrypted to third parties.

3. Central Bank of Ireland
The revised Consumer Protection Code takes effect on 24 March 2026. Key themes: digitalisation, unregulated activities, vulnerability and mortgage protection. A gap analysis will be led by the Dublin compliance team.

4. PRA
No changes affecting the branch this month.

Questions to compliance.uk@nordanker.example.
Hannah Okafor, Head of Compliance & DPO UK/IE
"""
    return dated("2024-10-03 09:00", mail(15, ("NORMAL", "en", "newsletter",
                     "trap: regulatory update on Consumer Duty, special category health data, CPC -- no person"),
                "Compliance UK <compliance.uk@nordanker.example>",
                "All Staff UK & IE <allstaff.ukie@nordanker.example>",
                "Regulatory Update - October 2024", text, html=html))


def m016():
    body = """Dear Mr Fitzgerald-Hughes,

Thank you for setting up a Direct Debit for your home insurance. Here are the details of your instruction:

Service user: Nordanker Insurance UK & Ireland
Service user number (SUN): 418802
Reference: NAG-HOM-3317640
Account holder: Mr Piers Fitzgerald-Hughes
Bank: HSBC UK
Sort code: 40-12-76
Account number: 64209835
First collection: £47.21 on or after 01/11/2024, then £47.21 monthly on the 1st

The Direct Debit Guarantee
- This Guarantee is offered by all banks and building societies that accept instructions to pay Direct Debits.
- If there are any changes to the amount, date or frequency of your Direct Debit, Nordanker will notify you 10 working days in advance of your account being debited or as otherwise agreed.
- If an error is made in the payment of your Direct Debit, by Nordanker or your bank or building society, you are entitled to a full and immediate refund of the amount paid from your bank or building society.
- You can cancel a Direct Debit at any time by simply contacting your bank or building society.

Nordanker Insurance UK & Ireland -- Payments Team
"""
    return dated("2024-10-17 06:12", mail(16, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "Direct Debit confirmation: named account holder, sort code and account number, home policy"),
                "Nordanker Payments <payments.uk@nordanker.example>",
                "piers.fh@countrymail.example",
                "Your Direct Debit confirmation - NAG-HOM-3317640", body, cte="8bit"))


def m017():
    body = """Nicola -- FYI, this came from Fenwick's HR. I've acknowledged and said you'll call her. Claim form is on its way to them. Sanjay

From: Louise Carrick <louise.carrick@fenwicklogistics.example>
Sent: 10 October 2024 16:47
To: Sanjay Mehta <sanjay.mehta@nordanker.example>
Subject: GIP - possible claim - Darren Holt

Hi Sanjay,

Hope you're well. I need to give you the heads-up on a possible income protection claim.

Darren Holt (warehouse shift manager, Daventry DC, payroll no. 30418, salary £41,500) has been off sick since 15 July. He had surgery for a prolapsed disc (L4/L5 discectomy) in August and was supposed to come back on a phased return in October but the surgeon's now said he needs a second operation -- fusion -- and he won't be fit for a manual role for at least 6 months. His fit notes are all from his GP, I've got copies.

Our scheme has a 26-week deferred period so I think he'd hit that around 13 January? He's on company sick pay until end of October then SSP.

Our OH provider (Workwell OH) saw him on 2 October -- I'll ask him to consent to sharing the report.

Can you let me know what you need from us and when?

Thanks
Louise

Louise Carrick
HR Business Partner
Fenwick Logistics Ltd
"""
    return dated("2024-10-11 08:20", mail(17, ("STRICTLY_CONFIDENTIAL", "en", "company",
                     "employer HR notifies group IP claim: named employee, salary, disc surgery, fit notes"),
                "Sanjay Mehta <sanjay.mehta@nordanker.example>",
                "Nicola Bright <nicola.bright@nordanker.example>",
                "FW: GIP - possible claim - Darren Holt", body))


def m018():
    body = """Hi all,

For Thursday's claims academy session, here is the case study we'll work through. It's entirely made up -- please don't try to find it on the system!

CASE STUDY 4: Early intervention in group income protection (fictitious)

"Sam" is a 40-something HGV driver at a mid-sized haulage firm. After a back injury lifting at home, Sam is signed off by the GP with "low back pain". The employer notifies us in week 3 of absence. Our vocational rehab consultant arranges:
- a telephone assessment within 5 working days
- 6 sessions of physiotherapy via our network
- a workplace assessment, recommending a temporary move to yard-shunting duties

Sam returns to work on a phased basis in week 11 -- well before the 26-week deferred period ends. No claim is paid; the employer avoids the cost of temporary cover.

Discussion points:
1. What would have happened if we'd only been told in week 20?
2. What if Sam's absence had a mental health component as well?
3. How do we balance the employer's wish for information with the employee's privacy?

Bring your own examples (anonymised, please).

Nicola

Nicola Bright | Rehabilitation & Claims Manager, Group Risk
"""
    return mail(18, ("NORMAL", "en", "internal",
                     "trap: fictitious training case study (back pain, physio, rehab), no real person"),
                "Nicola Bright <nicola.bright@nordanker.example>",
                "Claims Academy <claims.academy@nordanker.example>",
                "Claims academy Thursday - case study 4", body)


def m019():
    body = """Dear Mr Bhatt,

Please find below your commission statement for September 2024. Payment will be made by BACS on 15 October.

Agency number: AG-UK-20417 (Anil Bhatt t/a Bhatt Financial Planning, sole trader)

Business type          | Policies | Commission
Home & contents         |       11 | £642.18
Motor                   |        7 | £311.40
Landlord                |        2 | £188.75
Clawbacks (lapses)      |        1 | -£42.10
Total                   |          | £1,100.23

Paid to: Mr Anil Bhatt
IBAN: GB07 MIDL 4005 1872 6403 91 (HSBC)
UTR held on file: 71862 30945

Please remember that as a self-employed intermediary you are responsible for declaring this income to HMRC.

If you have any questions, please contact the commissions team at commissions.uk@nordanker.example.

Kind regards,

Broker Commissions Team
Nordanker Insurance UK & Ireland
"""
    return dated("2024-10-04 07:30", mail(19, ("CONFIDENTIAL", "en", "insurer-to-broker",
                     "sole-trader broker's commission statement with IBAN and UTR (income, bank data)"),
                "Broker Commissions <commissions.uk@nordanker.example>",
                "Anil Bhatt <anil@bhattfp.example>",
                "Commission statement September 2024 - AG-UK-20417", body))


def m020():
    body = """Hi Jürgen,

wie besprochen die Details zum Leistungsfall, der über Ihren Quotenvertrag QS-UK-Life-2022 geht:

Policy: NAL-TL-2021-330456, level term assurance, sum assured £1,200,000
Life assured: Mr Gareth Llewellyn Price, born 19 May 1971
Date of death: 22 September 2024
Cause of death (death certificate, MCCD): 1a) metastatic pancreatic adenocarcinoma, 1b) --, II) type 2 diabetes mellitus
Policy inception: 01/03/2021 -- also innerhalb der 2-Jahres-Frist? Nein, knapp darüber (3 Jahre 6 Monate), daher keine automatische Prüfung auf non-disclosure. We asked the GP for records anyway because the diabetes wasn't on the application form. GP records show HbA1c 52 in 2019 and "pre-diabetes, lifestyle advice" -- our CMO thinks that's not material.

Our proposal: pay in full to the trustees (discretionary trust, beneficiaries wife and two children). Your share at 60% = £720,000.

Könnten Sie bis Ende der Woche kurz bestätigen? Die Treuhänder (trustees) warten auf die Auszahlung.

Danke & beste Grüße
Tobias

Tobias Reinhardt
Head of Life Claims UK & IE | Nordanker Versicherung AG, UK & Ireland Branch
"""
    return dated("2024-10-14 17:22", mail(20, ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                     "life claim to reinsurance colleague: named deceased, DOB, cause of death, GP records (DE/EN)"),
                "Tobias Reinhardt <tobias.reinhardt@nordanker.example>",
                "Jürgen Albers <juergen.albers@nordanker.example>",
                "Leistungsfall Price / NAL-TL-2021-330456 - Rück-Anteil 60 %", body))


def m021():
    body = """Dear Ms Kaur,

Thank you for your enquiry about private medical insurance and for taking the time to look at our website.

I've attached our Nordanker Health Select brochure and the Insurance Product Information Document (IPID). In short:

- Core cover: in-patient and day-patient treatment, cancer cover (including drugs not routinely available on the NHS), and out-patient diagnostics following a GP referral
- Options: out-patient consultations (£500, £1,000 or full cover), therapies, mental health, dental & optical
- Excess options from £0 to £1,000 per policy year
- Digital GP: unlimited video appointments, 24/7, for you and anyone on your policy
- Underwriting: moratorium or full medical underwriting -- our guide on page 14 explains the difference

If you'd like a personal quote, you can get one online in about five minutes at https://www.nordanker.example/health/quote, or reply to this email with a good time to call and one of our advisers will ring you. We won't ask about your health by email.

Kind regards,

Megan Fairclough
Health Sales Team
Nordanker Insurance UK & Ireland
"""
    return mail(21, ("NORMAL", "en", "insurer-to-customer",
                     "trap: prospect asked for PMI brochure; generic product information, no health or contract data"),
                "Megan Fairclough <megan.fairclough@nordanker.example>",
                "Jaspreet Kaur <jaspreet.kaur@webpost.example>",
                "Your private health insurance enquiry", body)


def m022():
    body = """Hi Mr. Delgado,

Thanks for calling yesterday about the Explanation of Benefits (EOB) you received. I've gone through it with our TPA, Brightwater, and here's what happened:

Claim #BW-24-5538102 -- date of service 08/27/2024
Patient: Lucia Delgado (dependent, daughter)
Provider: Lakeshore Pediatrics, Evanston IL (in-network PCP)

Service                                      Billed    Allowed   Plan paid   You owe
Office visit, est. patient (CPT 99214)       $285.00   $164.00   $0.00       $164.00
Strep test, rapid (CPT 87880)                 $62.00    $28.40   $0.00        $28.40
Amoxicillin 400mg/5ml (pharmacy, separate)     --        --       --           --

The $192.40 is yours because your family deductible ($1,500 per calendar year) hadn't been met yet -- $1,118.60 had been applied before this visit. After this claim you have $189.00 left to meet, after which the plan pays 80% coinsurance in-network.

The pediatrician's note (strep pharyngitis, J02.0) is on file with Brightwater; you can request a copy through the member portal.

If you still think this is wrong, you can file an appeal within 180 days. I'm happy to help with that.

Best,
Kayla Brooks
Member Advocate, Nordanker International Health (US expat plans)
Administered by Brightwater Benefits Administration, LLC
"""
    return dated("2024-09-18 16:11", mail(22, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "US EOB explanation: named dependent child, strep pharyngitis J02.0, CPT codes, deductible"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Marco Delgado <mdelgado@lakeviewmail.example>",
                "RE: EOB question - claim BW-24-5538102", body))


def m023():
    body = """Motor claims -- new FNOL via web form, please set up. No injuries reported. Ben

---------- Forwarded message ---------
From: Nordanker Web Forms <noreply.forms@nordanker.example>
Date: Mon, 14 Oct 2024 at 19:32
Subject: Online accident report - NAG-MTR-00611054

Policy number: NAG-MTR-00611054
Policyholder: Craig Dunmore
Contact: 07911 224 608 / craig.dunmore@postmail.example
Your vehicle: Ford Focus ST-Line, reg. YH20 KXA
Date/time of incident: 14/10/2024 08:10
Location: A64 York Road roundabout, Leeds, LS14
Driver at the time: Policyholder
Description: I was stationary at the roundabout waiting to go and the van behind went into the back of me. Rear bumper and boot lid damaged, car is driveable. Other driver admitted it, said his brakes locked.
Third party: Lee Stanton, white Ford Transit, reg. BD68 WFO, insurer "Castlegate Commercial" per driver
Injuries: None. Nobody hurt.
Police attended: No
Witnesses: None
Dashcam: Yes - rear camera footage saved
Photos uploaded: 4
"""
    return dated("2024-10-15 08:41", mail(23, ("CONFIDENTIAL", "en", "customer",
                     "forwarded motor FNOL: named policyholder and third party, registrations, nobody hurt"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Motor Claims UK <motorclaims.uk@nordanker.example>",
                "Fwd: Online accident report - NAG-MTR-00611054", body))


def m024():
    cal = ics("invite.ics", "d95-0024-mhpathway@nordanker.example", "20241106T140000", "20241106T153000",
              "Quarterly review: Group PMI mental health pathway",
              "Leadenhall 5.02 / Teams", "fiona.strachan@nordanker.example",
              "Agenda:\n1. Pathway volumes Q3 (referrals\n triage\n CBT vs psychiatry)\n2. Network capacity - psychologists in Scotland\n3. Digital CBT app pilot results\n4. Eating disorder benefit wording\nNo case discussion - MI only.",
              attendees=["claire.holloway@nordanker.example", "nicola.bright@nordanker.example"])
    body = """Hi both,

Invite for the Q3 review of the mental health pathway attached. MI only, no individual cases -- if you want to discuss a specific member we'll set up a separate clinical huddle.

Fiona

Dr Fiona Strachan MBChB MRCGP
Chief Medical Officer, Nordanker UK & Ireland
"""
    return dated("2024-10-21 11:17", mail(24, ("NORMAL", "en", "internal",
                     "trap: meeting invite about the mental health pathway (CBT, psychiatry, eating disorders), MI only"),
                "Dr Fiona Strachan <fiona.strachan@nordanker.example>",
                "Claire Holloway <claire.holloway@nordanker.example>, Nicola Bright <nicola.bright@nordanker.example>",
                "Invitation: Quarterly review - Group PMI mental health pathway", body, atts=[cal]))


def m025():
    body = """Dear Dr Chaudhry,

Our member: Mrs Eleanor Whitfield, DOB 04/07/1968
12 Orchard Rise, Cheltenham GL52 3HN
Nordanker Group Income Protection -- Cotswold Veterinary Group scheme, claim ref GIP-24-0388

We understand from Mrs Whitfield that you are the consultant neurologist overseeing her care at the Cotswold Neurology Clinic following her diagnosis of relapsing-remitting multiple sclerosis in March this year.

Mrs Whitfield has made a claim under her employer's income protection scheme. To assess her claim we'd be grateful for a report covering:

1. Diagnosis and date of diagnosis, including MRI findings
2. Current symptoms, in particular fatigue, mobility and cognitive function
3. Current and planned treatment (we understand she started ocrelizumab in June)
4. Your opinion on her ability to carry out her own occupation (practice manager -- largely desk-based, some standing) now and over the next 6-12 months
5. Any adjustments that might allow a return to work

Mrs Whitfield's signed consent under the Access to Medical Reports Act 1988 is attached. She has asked to see the report before it is sent to us, so please give her 21 days to do so.

We will pay your fee of up to £250 on receipt of your invoice.

Yours sincerely,

Nicola Bright
Rehabilitation & Claims Manager, Group Risk
Nordanker Insurance UK & Ireland
"""
    consent = pdf("AMRA_consent_Whitfield.pdf", [
        "CONSENT TO OBTAIN A MEDICAL REPORT -- Access to Medical Reports Act 1988",
        "",
        "I, Eleanor Mary Whitfield (DOB 04/07/1968), consent to Nordanker Insurance UK & Ireland",
        "applying to Dr S. Chaudhry, Consultant Neurologist, for a medical report for the purpose",
        "of my income protection claim GIP-24-0388.",
        "",
        "[X] I wish to see the report before it is sent.",
        "",
        "Signed: E. M. Whitfield      Date: 02/10/2024",
    ], "AMRA consent")
    return dated("2024-10-04 14:36", mail(25, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
                     "request to neurologist: named member with DOB, multiple sclerosis, ocrelizumab, IP claim"),
                "Nicola Bright <nicola.bright@nordanker.example>",
                "Dr Sameer Chaudhry <secretary@cotswoldneuro.example>",
                "Medical report request - Mrs E Whitfield DOB 04/07/1968 - GIP-24-0388", body, atts=[consent]))

# ================================================================ mails 026-050


def m026():
    body = """PRESS RELEASE -- FOR IMMEDIATE RELEASE

Nordanker launches 24/7 Digital GP for all UK and Irish health customers

London / Dublin, 4 November 2024 -- Nordanker Insurance UK & Ireland today announced that all customers with individual or group private medical insurance will have unlimited access to video GP appointments, 24 hours a day, from 1 January 2025 at no extra cost.

The service, delivered with partner CareLink Digital, includes:
- video consultations with UK- and Irish-registered GPs, usually within two hours
- private prescriptions delivered to the door
- open referrals to specialists, which can be used to start a claim straight away
- fit notes where clinically appropriate

"Long waits for a GP appointment are one of the biggest frustrations we hear about," said Dr Fiona Strachan, Chief Medical Officer. "A same-day GP can mean a faster diagnosis, and for our members it means treatment can start sooner."

Nordanker covers around 210,000 people under health policies in the UK and Ireland and paid more than £180 million in health claims in 2023.

-- ENDS --

Notes to editors
Nordanker Insurance UK & Ireland is the UK and Irish branch of Nordanker Versicherung AG, Hamburg, one of Germany's mid-sized mutual-owned insurance groups. It offers health, protection, motor and home insurance through brokers and directly.

Media contact: Harriet Vane-Tempest, press.office@nordanker.example, +44 20 7946 0800
"""
    return dated("2024-11-04 07:00", mail(26, ("NORMAL", "en", "insurer-to-partner",
                     "trap: press release on Digital GP, prescriptions, referrals, fit notes; no person"),
                "Nordanker Press Office <press.office@nordanker.example>",
                "newsdesk@healthinsurancedaily.example",
                "PRESS RELEASE: Nordanker launches 24/7 Digital GP for UK and Irish health customers", body))


def m027():
    body = """Hi Mr Tranter,

Thanks for reporting the theft of your bike. I've opened a claim under your home insurance:

Claim ref: NAG-HH-24-121907
Policy: NAG-HOM-3290114 (contents incl. pedal cycles away from the home)
Insured: Mr Callum Tranter, 5 Wharf Street, Bath BA1 2QY
Item: Specialized Tarmac SL7 Comp road bike, frame no. WSBC604128833M, purchased 03/2022 for £4,250
Stolen from: bike rack outside Bath Spa station, 21/10/2024, between 07:40 and 18:15
Police crime reference: 5224/1021/0931 (Avon and Somerset)

To move things on, please send me:
1. the purchase receipt or a bank statement showing the purchase
2. a photo of the lock (or the key) -- the policy needs the bike to have been locked to an immovable object with a Sold Secure Gold lock
3. confirmation that you've registered the frame number with BikeRegister

Your excess for pedal cycles is £100. If the claim is agreed we'll usually replace the bike through our supplier rather than pay cash -- let me know if you'd prefer something different and I'll see what I can do.

Regards,

Liam Doherty
Property Claims | Nordanker General
"""
    return dated("2024-10-22 10:05", mail(27, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "home contents claim for a stolen bike: named insured, address, frame number, crime ref"),
                "Liam Doherty <liam.doherty@nordanker.example>",
                "callum.tranter@cyclepost.example",
                "Your bike theft claim NAG-HH-24-121907", body))


def m028():
    inv = pdf("StAldhelms_INV-884213.pdf", [
        "ST ALDHELM'S HOSPITAL, BRISTOL -- INSURED PATIENT INVOICE",
        "Invoice no: INV-884213      Date: 30/09/2024     Hospital ref: SAH-0042217",
        "",
        "Insurer: Nordanker Health     Membership no: NAH-PMI-3902776",
        "Authorisation code: PA-24-0903-1127",
        "Patient: Mrs Joanne Kaye Maddox     DOB: 17/01/1961",
        "Address: 8 Linden Walk, Keynsham, Bristol BS31 1TR",
        "Admitted: 24/09/2024  Discharged: 27/09/2024  (3 nights, inpatient)",
        "Consultant: Mr P. Okoro, Consultant Orthopaedic Surgeon",
        "",
        "Primary procedure: W3712 Primary total hip replacement (cemented), left",
        "Diagnosis: M16.1 Primary coxarthrosis, left hip",
        "",
        "Theatre and recovery ........................ GBP  4,380.00",
        "Prosthesis (Exeter/Contemporary) ............ GBP  2,615.00",
        "Accommodation, 3 nights ..................... GBP  1,845.00",
        "Drugs and dressings .......................... GBP    412.60",
        "Physiotherapy (inpatient) .................... GBP    240.00",
        "Imaging: X-ray pelvis, post-op ............... GBP    118.00",
        "TOTAL ........................................ GBP  9,610.60",
        "Less agreed package price adjustment .......... GBP   -410.60",
        "DUE FROM INSURER ............................. GBP  9,200.00",
    ], "Invoice INV-884213")
    body = """Hi Claire,

St Aldhelm's sent this to the wrong mailbox (general enquiries). It's the hip replacement invoice for Mrs Maddox -- package price should be £9,200 under the network agreement, which matches. Can your team process against the authorisation?

Thanks,
Ellie

Ellie Sutcliffe
Customer Services, Nordanker Health

-----Original Message-----
From: Insured Billing <insured.billing@staldhelms.example>
Sent: 01 October 2024 14:12
To: enquiries@nordanker.example
Subject: Invoice INV-884213 - Nordanker - Maddox

Please find attached our invoice for the above patient.

Regards
Insured Billing Team
St Aldhelm's Hospital
"""
    return dated("2024-10-02 09:18", mail(28, ("STRICTLY_CONFIDENTIAL", "en", "hospital",
                     "forwarded hospital invoice (PDF): named patient, DOB, hip replacement, M16.1"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Claire Holloway <claire.holloway@nordanker.example>",
                "FW: Invoice INV-884213 - Nordanker - Maddox", body, atts=[inv]))


def m029():
    body = """Liebe Kolleginnen und Kollegen der Niederlassung UK & Irland,

die jährliche Pflichtschulung "Datenschutz und Informationssicherheit 2024" ist ab sofort im Lernportal freigeschaltet. Bitte schließen Sie sie bis zum 15. Dezember ab.

Neu in diesem Jahr:
- Modul 4 "Gesundheitsdaten im Schriftverkehr": Wann darf ein Arztbericht per E-Mail verschickt werden, wann nur über das SecureMail-Portal?
- Modul 6 "Phishing": aktuelle Beispiele, u. a. gefälschte Schadenmeldungen mit Anhang
- Die Inhalte gibt es erstmals auch auf Englisch (Schaltfläche oben rechts).

Die Schulung dauert ca. 45 Minuten. Am Ende gibt es einen kurzen Test (10 Fragen, 80 % zum Bestehen).

Bei Fragen wenden Sie sich gern an mich oder an Hannah Okafor (DPO UK/IE).

Viele Grüße aus Hamburg
Katrin Vogel
Konzerndatenschutz
Nordanker Versicherung AG
"""
    return dated("2024-11-11 09:30", mail(29, ("NORMAL", "de", "internal",
                     "trap: data-protection training announcement mentioning Arztbericht/Gesundheitsdaten, no person"),
                "Katrin Vogel <katrin.vogel@nordanker.example>",
                "All Staff UK & IE <allstaff.ukie@nordanker.example>",
                "Pflichtschulung Datenschutz 2024 / Mandatory data protection training", body, tz=60))


def m030():
    rows = [["Fleet policy NAG-FLT-0071245 - Alderbrook Foods plc - driver additions from 01/11/2024"],
            ["Surname", "Forename", "DOB", "Licence no.", "Licence type", "Points", "Vehicle (reg)", "Depot"],
            ["Greaves", "Thomas", "12/05/1990", "GREAV905120T99LK", "Full UK, C+E", 0, "AF73 KLM", "Wisbech"],
            ["Nowak", "Paulina", "03/09/1995", "NOWAK859035P98WZ", "Full UK, B", 3, "AF22 XRT", "Wisbech"],
            ["Ellery", "Simon", "28/02/1968", "ELLER702288S99AB", "Full UK, C1", 0, "pool", "Spalding"],
            ["Achterberg", "Ruud", "19/11/1983", "n/a - NL licence 5512098471", "NL, C+E", 0, "AF73 KLP", "Wisbech"]]
    body = """Hi Gemma,

Please see attached -- four new drivers to be added to our fleet policy from 1 November. Paulina has 3 points (SP30, 2023), everyone else is clean. Ruud is on a Dutch licence, he's been in the UK 8 months; let me know if that's an issue.

Sorry it's late again, HR only gave me the start dates yesterday.

Thanks
Mark

Mark Tibbs
Transport Manager
Alderbrook Foods plc, Wisbech PE13
"""
    fwd = """Gemma -- forwarding Alderbrook's driver adds for the fleet schedule. Can you endorse from 01/11 and send the updated driver list back to Mark? Thanks, Ben

-----Original Message-----
From: Mark Tibbs <mark.tibbs@alderbrookfoods.example>
Sent: 29 October 2024 17:55
To: Ben Hartigan <ben.hartigan@nordanker.example>
Subject: Fleet - driver additions 01/11

""" + body
    return dated("2024-10-30 08:35", mail(30, ("CONFIDENTIAL", "en", "company",
                     "employer's fleet driver list (XLSX): names, DOBs, licence numbers, penalty points"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "FW: Fleet - driver additions 01/11", fwd,
                atts=[xlsx("Alderbrook_driver_adds_Nov24.xlsx", rows, "Drivers")]))


def m031():
    body = """Dear Ms Abernethy,

Your recent claim -- membership number NAH-PMI-5120844

Thank you for sending us the referral letter from your GP, Dr Whitcombe, recommending a consultation with an orthopaedic spinal surgeon for lower back pain with sciatica.

I'm sorry to tell you that we can't cover this consultation or any related investigations.

Your policy started on 1 March 2024 on moratorium underwriting. This means that we don't cover treatment for any condition you had symptoms of, received treatment or medication for, or asked advice about in the five years before your policy started -- until you've had two continuous years of cover without any symptoms, treatment or advice for that condition.

The GP referral letter says that you have had "recurrent episodes of mechanical low back pain since 2019, managed with physiotherapy and naproxen". As the back pain started before your policy began, it's a pre-existing condition under the moratorium, and treatment of it is excluded for now.

This doesn't affect your cover for new conditions that started after 1 March 2024.

If you think we've got something wrong -- for example, if your current symptoms are a completely new condition -- please ask your GP or consultant to write to us and we'll look at it again. If you're unhappy with our decision you can complain to us, and then to the Financial Ombudsman Service.

I know this is disappointing. You may still be able to get treatment through the NHS, and your policy's Digital GP and physio helpline are available to you.

Yours sincerely,

James Coutts
Clinical Claims Assessor, Nordanker Health
"""
    return dated("2024-10-16 15:44", mail(31, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "PMI claim declined under moratorium: named member, low back pain with sciatica, naproxen"),
                "James Coutts <james.coutts@nordanker.example>",
                "Fiona Abernethy <fiona.abernethy@lochmail.example>",
                "Your recent claim - NAH-PMI-5120844", body))


def m032():
    body = """All,

Quick headline numbers from the Health claims MI pack (September, UK + IE), full pack on SharePoint:

- Claims received: 18,420 (+6% vs Aug)
- Pre-authorisations: 7,915, of which 62% via the app
- Top 5 by spend: oncology (31%), orthopaedics (18%), cardiology (7%), gastro/endoscopy (6%), mental health (5%)
- Mental health: outpatient therapy sessions +14% YoY; inpatient psychiatric admissions flat
- Digital GP: 11,208 consultations, 27% resulted in an open referral
- Avg time to pay a complete claim: 3.4 working days (SLA 5)
- Complaints: 41 (FOS referrals: 3)

Interesting one: members telling us they went to A&E first because they couldn't get a GP appointment is up again -- 9% of surveyed new claimants (was 6%). Fiona's team is looking at whether Digital GP promotion would help.

No individual claim data in this pack. Please don't add any when you circulate it.

Claire
"""
    return dated("2024-10-09 17:05", mail(32, ("NORMAL", "en", "internal",
                     "trap: health claims MI (oncology, mental health, A&E) aggregated, no individual"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Health Ops Leads <health.ops.leads@nordanker.example>",
                "September claims MI - headlines", body))


def m033():
    body = """Dear Mr Ó Súilleabháin,

As requested, please find your No Claims Bonus confirmation below. You can give this to your new insurer.

Policyholder: Mr Cathal Ó Súilleabháin
Address: 22 Glenbrook Park, Douglas, Cork, T12 F6X2
Date of birth: 08/04/1988
Policy number: NAG-IE-MTR-2210457
Vehicle(s) insured: 2017 Volkswagen Golf, 171-C-20984
Period of insurance with us: 12/02/2019 to 11/02/2025 (policy cancelled at the policyholder's request from 11/02/2025)
Claims in this period: none
No Claims Bonus earned: 6 years

We're sorry to see you go. If you'd like to give us another chance at renewal time next year, just reply to this email.

Is mise le meas,

Aoife Brennan
Customer Services, Nordanker Insurance Ireland
""" + DISCLAIMER_IE
    return dated("2025-01-29 11:20", mail(33, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "Irish no-claims-bonus letter: name, DOB, address, policy number, registration"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "cathal.osullivan@corkpost.example",
                "No Claims Bonus confirmation - NAG-IE-MTR-2210457", body))


def m034():
    body = """Rachel -- another one from the Pinecrest expat population, forwarded by Brightwater's member services because the member asked for "someone at the insurer". Prior auth for the MRI is pending with their UM; can you take a look and call him? His PCP's note is in the portal. -- Kayla

---------- Forwarded message ---------
From: Brightwater Member Services <memberservices@brightwater-tpa.example>
Date: Tue, Nov 12, 2024 at 2:03 PM
Subject: FW: MRI prior authorization - still waiting
To: Kayla Brooks <kayla.brooks@nordanker.example>

Kayla, member escalation below, member ID NIH-US-230311-04. Thanks, Tyrone

> From: Greg Ostrowski <g.ostrowski@pinecrest-analytics.example>
> Sent: Monday, November 11, 2024 9:47 PM
> To: memberservices@brightwater-tpa.example
> Subject: MRI prior authorization - still waiting
>
> Hi,
>
> My PCP (Dr. Amy Lindqvist, Northside Family Medicine) ordered an MRI of my lumbar spine on Oct 28 because of numbness down my left leg and some weakness in the foot. She said it's urgent because of the foot drop and she wants to rule out cauda equina. It's been two weeks and the imaging center says the prior auth is "pending clinical review". I've called three times.
>
> I'm on gabapentin 300mg three times a day and it's not doing much. I can't sit at my desk for more than 20 minutes.
>
> I'm a UK employee on assignment here so I don't really understand how this works. Is there anything you can do to speed it up? If I have to go to the ER will that be covered?
>
> Greg Ostrowski
> DOB 02/14/1981
> Member ID NIH-US-230311-04
"""
    return dated("2024-11-12 19:22", mail(34, ("STRICTLY_CONFIDENTIAL", "en", "customer",
                     "US member's escalation in quoted chain: lumbar MRI prior auth, foot drop, gabapentin, DOB"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Rachel Ong <rachel.ong@nordanker.example>",
                "FW: MRI prior authorization - still waiting", body, tz=0))


def m035():
    tmpl = [["Scheme name", "<employer name>", "", "", "", "", ""],
            ["Scheme start date", "<dd/mm/yyyy>", "", "", "", "", ""],
            ["Employee ID", "Surname", "Forename", "Date of birth (dd/mm/yyyy)", "Gender (M/F/X)", "Annual basic salary (GBP)", "Category (A/B/C)"],
            ["<ID>", "<Surname>", "<Forename>", "<dd/mm/yyyy>", "<M/F/X>", "<salary>", "<cat>"],
            ["EXAMPLE-001", "Bloggs", "Joe", "01/01/1980", "M", "30000", "A"]]
    body = """Hi both,

As promised on the call, here's the blank member census template for the Group Life / Group IP quote. A few tips so that we can turn it round quickly:

- one row per employee, no merged cells, dates as dd/mm/yyyy
- salary = basic annual salary only; if you want bonuses or commission included please tell us the averaging basis
- for Group IP, let us know the benefit design you want (e.g. 75% of salary less state benefit, 26-week deferred, benefit to age 65 or 5-year limited term)
- "Joe Bloggs" on row 5 is just an example -- delete before sending

Please don't email the completed file -- upload it through the broker portal's secure upload (Quotes > Upload census), as it'll contain personal data.

Thanks,
Sanjay

Sanjay Mehta
Group Risk Account Manager, Nordanker Insurance UK & Ireland
"""
    return dated("2024-10-23 12:10", mail(35, ("NORMAL", "en", "insurer-to-broker",
                     "trap: blank group life/IP census template with placeholders and example Joe Bloggs"),
                "Sanjay Mehta <sanjay.mehta@nordanker.example>",
                "Priya Deshmukh <priya.d@thistlecrane.example>, Callum Reid <callum.reid@thistlecrane.example>",
                "Group Risk census template", body,
                atts=[csvfile("GroupRisk_census_template.csv", tmpl)]))


def m036():
    body = """Dear Mr Fairbairn,

Your life insurance policy NAL-TL-2015-204918 -- change of trust beneficiaries

We have received the Deed of Appointment and Variation signed by you and your co-trustee, Mrs Moira Fairbairn, on 14 October 2024.

We have updated our records. The beneficiaries of the discretionary trust that holds your policy are now:

- Mrs Moira Fairbairn (spouse)
- Ms Isla Fairbairn (daughter)
- Mr Euan Fairbairn (son)
- Mr Angus Fairbairn (son) -- added by this deed

Your letter of wishes, dated 14 October 2024, replaces the previous letter dated 2 June 2015. It asks the trustees to share any payment equally between your children if Mrs Fairbairn has died before you.

Your sum assured of £350,000 and your monthly premium of £38.17 are not affected.

Please keep a copy of the deed with your will. The trustees should know where to find it.

Yours sincerely,

Trust Administration Team
Nordanker Life
"""
    return dated("2024-10-24 14:50", mail(36, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "life policy trust: beneficiary change for a named life assured (personal line, no medical words)"),
                "Nordanker Life Trust Team <life.trusts@nordanker.example>",
                "Alasdair Fairbairn <a.fairbairn@highlandpost.example>",
                "Your policy NAL-TL-2015-204918 - change of trust beneficiaries", body))


def m037():
    body = """Hi Ben,

Can you diarise a response for this please -- solicitors for the third party. Our insured is Mr Hollis (NAG-MTR-00598731). Property damage only, no injury claim intimated. I think liability is with us (he admits he rolled back into their client's car at the lights). Can we get an engineer's report on their client's vehicle?

Gemma

-----Original Message-----
From: Kirsty Allan <k.allan@pshaw-law.example>
Sent: 05 November 2024 11:30
To: motorclaims.uk@nordanker.example
Subject: Our client: Ms Rosalind Mayhew / Your insured: Mr Dean Hollis - accident 18/10/2024

Dear Sirs

We act for Ms Rosalind Mayhew of 4 Cranmer Court, Lichfield WS13 6QA in respect of a road traffic accident on 18 October 2024 at the junction of Tamworth Street and Bird Street, Lichfield, involving your insured's vehicle (Vauxhall Astra, reg. FD17 RXO) and our client's vehicle (Toyota Yaris, reg. KP21 MWZ).

Our client was stationary at traffic lights when your insured's vehicle rolled backwards into the front of her car. Your insured admitted fault at the scene.

Our client's losses:
Repair estimate (Lichfield Bodyworks): £2,184.50 plus VAT
Credit hire (Accident Mobility Ltd): ongoing at £64.00 per day from 21 October 2024
Loss of use / inconvenience: £200

Our client did not suffer any injury.

Please confirm within 21 days that you are indemnifying your insured and whether you admit liability.

Yours faithfully

Kirsty Allan, Solicitor
Pennington Shaw LLP
"""
    return dated("2024-11-05 15:02", mail(37, ("CONFIDENTIAL", "en", "lawyer",
                     "forwarded solicitor letter: motor property damage, named insured and claimant, regs, no injury"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "FW: Our client: Ms Rosalind Mayhew / Your insured: Mr Dean Hollis - accident 18/10/2024", body))


def m038():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Protection Insights</title></head>
<body style="margin:0;background:#f3f5f8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2733">
<tr><td style="background:#0b3d6b;color:#fff;padding:18px 24px;font-size:22px">Protection Insights &middot; Winter 2024</td></tr>
<tr><td style="padding:20px 24px">
<h2 style="font-size:18px">&pound;94m paid to our protection customers in 2023</h2>
<p>Last year we paid 97.8% of all life, critical illness and income protection claims. Behind every number is a family we were able to support.</p>
<table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef5"><th align="left">Product</th><th align="right">Claims paid</th><th align="right">Paid rate</th><th align="left">Top cause</th></tr>
<tr><td>Life cover</td><td align="right">1,206</td><td align="right">99.6%</td><td>Cancer (41%)</td></tr>
<tr><td>Critical illness</td><td align="right">688</td><td align="right">93.9%</td><td>Cancer (63%)</td></tr>
<tr><td>Income protection (individual)</td><td align="right">412</td><td align="right">88.1%</td><td>Musculoskeletal (29%)</td></tr>
<tr><td>Group income protection</td><td align="right">331</td><td align="right">91.2%</td><td>Mental health (24%)</td></tr>
</table>
<h2 style="font-size:18px">Why GP reports take so long &ndash; and what we're doing about it</h2>
<p>Waiting for medical evidence is the single biggest cause of delay. We're now requesting GP records electronically where the surgery allows it, which has cut average waiting time from 23 to 9 working days.</p>
<p style="font-size:12px;color:#6b7785">For financial advisers only. Figures relate to Nordanker Insurance UK &amp; Ireland, 1 Jan &ndash; 31 Dec 2023. <a href="https://brokers.nordanker.example/unsubscribe">Unsubscribe</a></p>
</td></tr></table></body></html>"""
    return dated("2024-12-03 07:30", mail(38, ("NORMAL", "en", "newsletter",
                     "trap: HTML-only broker newsletter with claims-paid statistics by cause, no person"),
                "Nordanker Protection <protection.news@nordanker.example>",
                "adviser.list@nordanker.example",
                "Protection Insights - £94m paid in 2023", html=html))


def m039():
    body = """Dear Louise,

Group Income Protection -- Fenwick Logistics Ltd -- claim GIP-24-0402 (Darren Holt)

Thank you for forwarding Mr Holt's consent. We've now received the report from Workwell OH and the letter from his spinal surgeon, and I wanted to update you on what it means for his return to work.

In summary (Mr Holt has agreed that we can share this with you):
- He had an L4/5 discectomy in August. Symptoms recurred and he's now listed for an L4/5 spinal fusion on 9 December.
- Recovery after fusion is typically 3-6 months before light duties. The surgeon doesn't expect him to return to a role involving lifting above 10 kg or prolonged driving of MHE within 6 months.
- OH recommends that, once he's recovered from surgery, a phased return to a supervisory role without manual handling is realistic -- possibly from March/April 2025.

Next steps from our side:
1. Our vocational rehab consultant, Tom Ridley, will contact Mr Holt after his surgery.
2. If he's still unable to work at the end of the deferred period (13 January 2025) we expect to admit the claim. The benefit would be 75% of his insured salary of £41,500, less his state incapacity benefit, paid to you through payroll.
3. It would help to know now whether a non-manual supervisory role could be made available in spring.

Please treat this information as confidential and share it only with those in HR who need it.

Kind regards,

Nicola Bright
Rehabilitation & Claims Manager, Group Risk
Nordanker Insurance UK & Ireland
"""
    return dated("2024-11-20 16:25", mail(39, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
                     "group IP update to employer: named employee, spinal fusion, OH findings, insured salary"),
                "Nicola Bright <nicola.bright@nordanker.example>",
                "Louise Carrick <louise.carrick@fenwicklogistics.example>",
                "GIP-24-0402 - update following OH report", body))


def m040():
    body = """Dear Ellie,

Following your annual review with Claire, I'm pleased to confirm the following changes to your terms and conditions, effective 1 January 2025:

Job title: Senior Customer Services Adviser, Nordanker Health (previously Customer Services Adviser)
Grade: C2 (previously C1)
Basic salary: £31,750 per annum (previously £28,900)
Bonus target: 8% of basic salary
Location: 40 Leadenhall Walk, hybrid (3 days in office)

All other terms of your contract remain unchanged. Your January payslip will show the new salary; there's no need to do anything.

Congratulations on your promotion -- it's well deserved.

Best wishes,

Rachel Kimber
HR Business Partner, Nordanker UK & Ireland

This email is confidential and intended for the named recipient only.
"""
    return dated("2024-12-12 10:40", mail(40, ("CONFIDENTIAL", "en", "internal",
                     "HR letter to an employee: promotion with old and new salary"),
                "Rachel Kimber <rachel.kimber@nordanker.example>",
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Your new terms from 1 January 2025", body, cc="Claire Holloway <claire.holloway@nordanker.example>"))


def m041():
    minutes = [
        "DPIA WORKSHOP -- DIGITAL GP SERVICE (CareLink Digital) -- MINUTES",
        "Date: 15/10/2024   Attendees: H. Okafor (DPO), F. Strachan (CMO), P. Nair (IT Sec),",
        "M. Fairclough (Product), K. Vogel (Group DP, Hamburg, by video)",
        "",
        "1. Data flows",
        "   - Member identity + eligibility: Nordanker -> CareLink (API, daily eligibility file).",
        "   - Consultation notes, prescriptions, referral letters: stay with CareLink (controller for clinical records).",
        "   - Open referral: shared with Nordanker only when the member starts a claim (member consent in app).",
        "2. Lawful basis: Art. 6(1)(b) UK GDPR; Art. 9(2)(h) for the clinical service (CareLink);",
        "   insurance condition DPA 2018 Sch.1 para 20 for claims use.",
        "3. Risks identified",
        "   R1 Eligibility file contains DOB and postcode -> encrypt at rest, SFTP only. Residual: low.",
        "   R2 Referral letters may include diagnoses -> no email, API only. Residual: low.",
        "   R3 Group PMI: employer must never see who used the service -> aggregated MI only, min cell size 10.",
        "   R4 Irish members: clinicians must be IMC-registered; data stays in UK/EEA.",
        "4. Actions",
        "   A1 PN to finalise joint controller arrangement wording (Art. 26)  -- 31/10",
        "   A2 MF to update privacy notice and app consent screens           -- 15/11",
        "   A3 KV to confirm group policy on transfers to UK (adequacy)      -- 31/10",
        "",
        "No personal data was used in this workshop.",
    ]
    body = """All -- minutes from Tuesday's DPIA workshop attached. Please check your actions and shout by Friday if anything's wrong.

Hannah
"""
    return dated("2024-10-17 13:00", mail(41, ("NORMAL", "en", "internal",
                     "trap: DPIA minutes on Digital GP (diagnoses, referrals, prescriptions) without any person (DOCX)"),
                "Hannah Okafor <hannah.okafor@nordanker.example>",
                "Fiona Strachan <fiona.strachan@nordanker.example>, Priya Nair <priya.nair@nordanker.example>, Megan Fairclough <megan.fairclough@nordanker.example>",
                "DPIA Digital GP - minutes 15/10", body,
                cc="Katrin Vogel <katrin.vogel@nordanker.example>",
                atts=[docx("DPIA_DigitalGP_minutes_2024-10-15.docx", minutes)]))


def m042():
    body = """Hi Mr Gallacher,

Thanks for your patience -- I'm pleased to say we've accepted your personal accident claim.

Claim: PA-24-00318, policy NAL-PA-2022-061477
Injury: fracture of the right distal radius (broken wrist), sustained skiing in Les Arcs on 8 January 2025
Treatment: closed reduction and cast at the clinic in Bourg-Saint-Maurice, then ORIF (plate fixation) at Glasgow Royal Infirmary on 14 January

Under your policy you're entitled to:
- Fracture benefit, major bone (wrist): £1,500
- Hospital cash: 2 nights x £100 = £200
Total: £1,700

We'll pay this to the account your premiums come from within 5 working days.

Your travel insurer should cover the medical costs in France -- please let me know if you have any trouble with them, as your PA policy doesn't cover medical expenses.

If your fracture clinic letter in six weeks shows that you won't regain full movement, send it to us, as you might be able to claim for partial permanent loss of use.

Hope the physio goes well!

Rosie Amankwah
Claims Handler, Personal Accident | Nordanker Life
"""
    return dated("2025-01-31 12:15", mail(42, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "personal accident claim accepted: named insured, wrist fracture, ORIF, hospital stay"),
                "Rosie Amankwah <rosie.amankwah@nordanker.example>",
                "Stuart Gallacher <stu.gallacher@clydemail.example>",
                "Your claim PA-24-00318", body))


def m043():
    body = """Sehr geehrte Frau Dr. Brandstätter,

vielen Dank für Ihre Nachricht. Gern bestätigen wir Ihnen die Änderung Ihrer Anschrift in Ihrer Hausratversicherung.

Versicherungsnummer: NAG-HOM-3341288
Versicherungsnehmerin: Dr. Ulrike Brandstätter, geb. 21.07.1975
Bisherige Anschrift: 9 Pembroke Gardens, London W8 6HS
Neue Anschrift ab 01.12.2024: Flat 14, Marlborough Court, 18 Hillgate Place, London W8 7SP
Versicherungssumme Hausrat: £65.000 (unverändert)
Neuer Jahresbeitrag ab 01.12.2024: £418,20 (bisher £395,60), anteilig für die Restlaufzeit £23,14 zusätzlich

Bitte beachten Sie: In der neuen Wohnung gilt die Diebstahlbedingung für Wohnungen in Mehrparteienhäusern -- die Wohnungstür muss mit einem Sicherheitsschloss nach BS 3621 verschlossen sein.

Den neuen Versicherungsschein senden wir Ihnen in den nächsten Tagen per Post. Auf Wunsch erhalten Sie die Unterlagen auch auf Englisch.

Mit freundlichen Grüßen

Marlene Sauer
Kundenservice (deutschsprachig), Nordanker Insurance UK & Ireland
"""
    return dated("2024-11-22 09:48", mail(43, ("CONFIDENTIAL", "de", "insurer-to-customer",
                     "German-language home insurance address change: name, birth date, addresses, premium"),
                "Marlene Sauer <marlene.sauer@nordanker.example>",
                "ulrike.brandstaetter@kensingtonmail.example",
                "Ihre Hausratversicherung NAG-HOM-3341288 - Adressänderung", body, cte="8bit", flowed=True))


def m044():
    body = """Hi Dan,

Thanks for the site visit last week. We'd like to go ahead with the confidential waste service for both offices as quoted (Q-88217):

London, 40 Leadenhall Walk EC3A 2BN
- 24 x 240-litre locked consoles (claims floors 3 and 4, underwriting on 5)
- fortnightly collection, on-site shredding in the vehicle (EN 15713), certificate of destruction per collection

Dublin, 3 Grand Canal View D02 XK71
- 8 x 240-litre locked consoles, monthly collection, off-site shredding acceptable

Plus a one-off purge of the archive room in London (approx. 140 archive boxes of old scanned claims files and medical reports that have passed their retention date -- our records team has signed off the list). Ideally the w/c 25 November, out of hours.

Please send the contract for signature to procurement.uk@nordanker.example. Our DPO will need a copy of your ISO 27001 certificate and your staff vetting policy for the file.

Thanks,
Jo

Jo Pemberton
Facilities Coordinator, Nordanker UK
"""
    return dated("2024-11-06 11:05", mail(44, ("NORMAL", "en", "insurer-to-supplier",
                     "trap: shredding contract for medical reports and claims files, no person or content"),
                "Jo Pemberton <jo.pemberton@nordanker.example>",
                "Dan Whelan <dan.whelan@shredsecure.example>",
                "Confidential waste - go ahead with Q-88217", body))


def m045():
    body = """Nicola, see below from the GP practice re Mr Kowalczyk -- response to our request for clarification. Adding to GIP-24-0377. A

From: Kingsmead Surgery Admin <admin.kingsmead@kingsmead-surgery.example>
Sent: 24 October 2024 12:09
To: Aoife Brennan <aoife.brennan@nordanker.example>
Subject: RE: Your ref GIP-24-0377 - Marek Kowalczyk DOB 11/06/1978

Dear Ms Brennan

Dr Sandhu has asked me to reply to your email of 15/10.

Mr Kowalczyk has been seen in surgery on 29/07, 26/08 and 23/09/2024. Diagnoses recorded: F43.2 adjustment disorder / work-related stress (07/2024); F32.1 moderate depressive episode (09/2024). GAD-7 score 15 and PHQ-9 score 18 at last review. Sertraline increased from 50mg to 100mg on 23/09. Referred to Talking Therapies and to the CMHT, awaiting assessment. No history of self-harm. Fit notes issued continuously since 29/07/2024, current one to 18/11/2024, "not fit for work".

Dr Sandhu is happy to provide a full report under AMRA if you send the usual consent and fee (£115).

Kind regards

Tracey Pugh
Medical Secretary, Kingsmead Surgery
"""
    return dated("2024-10-24 14:20", mail(45, ("STRICTLY_CONFIDENTIAL", "en", "doctor",
                     "GP surgery reply forwarded: named patient with DOB, F43.2/F32.1, PHQ-9, sertraline, fit notes"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Nicola Bright <nicola.bright@nordanker.example>",
                "FW: Your ref GIP-24-0377 - Marek Kowalczyk DOB 11/06/1978", body))


def m046():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hello,</p>
<p>You have a new secure message in your Nordanker MyCover inbox.</p>
<p>For your security we don't include any details in this email. Please log in to read it:</p>
<p><a href="https://mycover.nordanker.example/inbox" style="background:#0b3d6b;color:#fff;padding:10px 16px;text-decoration:none">Go to my secure inbox</a></p>
<p>If you weren't expecting this, or you think this email might not be from us, don't click the link &ndash; go to the app or type mycover.nordanker.example into your browser.</p>
<p>Nordanker Insurance UK &amp; Ireland<br><span style="font-size:11px;color:#777">This is an automated email, please do not reply.</span></p>
</body></html>"""
    text = """Hello,

You have a new secure message in your Nordanker MyCover inbox.

For your security we don't include any details in this email. Please log in to read it:
https://mycover.nordanker.example/inbox

If you weren't expecting this, or you think this email might not be from us, don't click the link - go to the app or type mycover.nordanker.example into your browser.

Nordanker Insurance UK & Ireland
This is an automated email, please do not reply.
"""
    return mail(46, ("NORMAL", "en", "insurer-to-customer",
                     "trap: secure-portal notification, no content"),
                "Nordanker MyCover <no-reply@mycover.nordanker.example>",
                "becky.thornbury@inbox-mail.example",
                "You have a new secure message", text, html=html)


def m047():
    body = """Dear Mrs Lindgren,

Pet insurance claim -- Biscuit (Cocker Spaniel, 6 yrs)
Policy: NAG-PET-0094512 (Lifetime £7,000)
Claim ref: PET-24-77120

Thank you for sending the invoice from Riverside Veterinary Hospital for Biscuit's cruciate ligament surgery (TPLO, left hind leg) on 2 October.

Invoice total: £4,386.40
Less policy excess: £129.00
Less 20% co-payment (applies from age 6 on your policy): £851.48
Amount payable: £3,405.92

As you asked, we'll pay the vet directly. Riverside have confirmed they'll send you a bill for the balance of £980.48.

Biscuit's remaining benefit for this policy year is £3,594.08. Because this is a lifetime policy, follow-up physiotherapy and hydrotherapy for the same condition will be covered in future years, subject to the annual limit.

We hope Biscuit is back to chasing squirrels soon.

Kind regards,

Pet Claims Team
Nordanker General
"""
    return dated("2024-10-18 10:30", mail(47, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "pet claim: named policyholder, policy/claim number, dog's cruciate surgery (animal health = C)"),
                "Nordanker Pet Claims <petclaims@nordanker.example>",
                "helen.lindgren@homemail.example",
                "Your claim PET-24-77120 for Biscuit", body))


def m048():
    rows = [["member_id", "member_name", "relationship", "dob", "dos", "provider", "icd10cm", "cpt_hcpcs", "billed_usd", "allowed_usd", "paid_usd", "status", "nordanker_query"],
            ["NIH-US-220914-01", "REILLY, JONATHAN P", "EE", "1984-06-22", "2024-10-05", "CEDAR RIDGE MEDICAL CENTER", "K35.80", "44970", "38410.00", "14215.50", "13715.50", "PAID", ""],
            ["NIH-US-230311-04", "OSTROWSKI, GREGORY", "EE", "1981-02-14", "2024-11-19", "NORTHSIDE IMAGING LLC", "M54.17;M21.372", "72148", "2950.00", "812.00", "649.60", "PAID", ""],
            ["NIH-US-230118-02", "DELGADO, LUCIA", "CH", "2016-04-09", "2024-11-02", "LAKESHORE PEDIATRICS", "J45.20", "99213", "198.00", "118.00", "94.40", "PAID", ""],
            ["NIH-US-230118-01", "DELGADO, MARCO", "EE", "1979-09-30", "2024-11-08", "WALGREENS #04412", "E11.9", "NDC 00093-1048-01", "42.17", "18.40", "8.40", "PAID", "Rx - metformin 1000mg, check formulary tier"],
            ["NIH-US-240507-03", "PARK, HYE-JIN", "SP", "1987-12-01", "2024-11-11", "NORTHWESTERN WOMEN'S CENTER", "O09.521;Z3A.12", "76801", "640.00", "402.00", "402.00", "PENDING", "maternity - confirm plan's 10-month waiting period met"],
            ["NIH-US-231002-01", "BRANAGAN, SEAN", "EE", "1975-03-18", "2024-11-14", "ST. CLAIRE BEHAVIORAL HEALTH", "F10.20", "H0015", "4800.00", "0.00", "0.00", "DENIED", "SUD IOP - denial reason code 'not covered' looks wrong, plan covers MH/SUD at parity"]]
    body = """Hi Tyrone,

Attached is the November weekly bordereau back with our queries in the last column (3 lines). Could your claims team have a look before the month-end funding request?

Thanks,
Kayla

Kayla Brooks
Member Advocate, Nordanker International Health (US expat plans)
"""
    return dated("2024-11-22 17:40", mail(48, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
                     "harmless body; CSV bordereau to US TPA with member names, DOBs, ICD-10-CM incl. F10.20, O09.521"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Tyrone Gaines <tgaines@brightwater-tpa.example>",
                "Bordereau wk 47 - Nordanker queries", body,
                atts=[csvfile("NIH_bordereau_2024-W47_queries.csv", rows)]))


def m049():
    body = """Hi Rachel,

Can you post the role below on the careers site and LinkedIn please? Closing date 6 December. Salary band approved by Finance.

--------------------------------------------------
Clinical Claims Nurse Assessor (Health)
London (hybrid) -- Permanent, full time -- £42,000-£48,000 + benefits

Are you a registered nurse (NMC) looking for a role away from the ward, where your clinical knowledge still makes a real difference to patients?

Our Health Claims team pre-authorises around 8,000 treatments a month. As a Clinical Claims Nurse Assessor you'll:
- review complex pre-authorisation requests (oncology, cardiology, orthopaedics, mental health) against our policy terms and clinical guidelines
- talk to consultants' secretaries, hospitals and members about treatment plans
- support our case managers for members with cancer or long hospital stays
- help non-clinical colleagues understand medical terminology, CCSD codes and ICD-10

You'll need: current NMC registration, at least 3 years' post-registration experience (ideally acute, oncology or theatres), confidence on the phone, and good IT skills.

We offer: 27 days' holiday, 10% pension, private medical insurance, income protection and life cover at 4x salary, and a day a year for volunteering.
--------------------------------------------------

Thanks!
Claire
"""
    return dated("2024-11-13 11:11", mail(49, ("NORMAL", "en", "internal",
                     "trap: job advert for a clinical nurse assessor (oncology, ICD-10, PMI), no candidate"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Rachel Kimber <rachel.kimber@nordanker.example>",
                "Job ad - Clinical Claims Nurse Assessor", body))


def m050():
    body = """Hi Liam,

Passing on Liffey Financial's landlord submission below for a quote. The client is the individual landlord, not a company. Liam, could you also check the flood score for the Kilkenny property? Thanks, Aoife

-----Original Message-----
From: Niamh Cusack <niamh@liffeyfinancial.example>
Sent: 26 November 2024 16:02
To: Aoife Brennan <aoife.brennan@nordanker.example>
Subject: Landlord quote - O'Dwyer - 2 properties

Hi Aoife,

New landlord client for you, details below. Currently with another insurer, renewal 15/12.

Proposer: Mr Fergal O'Dwyer, DOB 27/09/1966
Home address: 41 Seafield Road, Clontarf, Dublin 3, D03 K2T9
Occupation: Secondary school teacher (also landlord)
PPSN: available if needed for the direct debit mandate form

Property 1: 2-bed apartment, 7 The Mill, John's Quay, Kilkenny, R95 E7H3 -- let to one tenant (professional), RTB registered, rebuild €210,000
Property 2: 3-bed semi, 19 Oakpark Drive, Tralee, Co. Kerry, V92 WK44 -- let to a family on HAP, rebuild €265,000
Rental income: €1,350 + €1,500 per month
Claims: none in 5 years

Premiums to be paid by monthly direct debit from:
Account name: Fergal O'Dwyer
IBAN: IE15 IPBS 9907 2145 2369 81

Many thanks,
Niamh

Niamh Cusack QFA
Liffey Financial Ltd, Dublin 2
Liffey Financial Ltd is regulated by the Central Bank of Ireland.
"""
    return dated("2024-11-27 09:05", mail(50, ("CONFIDENTIAL", "en", "broker",
                     "Irish broker landlord submission: named proposer with DOB, addresses, rental income, IBAN"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Liam Doherty <liam.doherty@nordanker.example>",
                "FW: Landlord quote - O'Dwyer - 2 properties", body, tz=0))
# ================================================================ mails 051-075


def m051():
    body = """Dear Mr Rahman,

Your critical illness claim -- CI-24-00802

I'm very pleased to let you know that we've accepted your claim for a heart attack under your Nordanker critical illness policy NAL-CI-2020-718833.

The report from Dr Helen Okafor-Reid, Consultant Cardiologist at Wythenshawe, confirmed an acute myocardial infarction (NSTEMI) on 3 September 2024 with raised troponin and new ECG changes, treated by angioplasty and two stents. This meets the policy definition of "heart attack -- of specified severity".

We'll pay the full sum assured of £75,000 by bank transfer to the account your premiums are paid from, within 3 working days. As this was a single-claim policy, your cover now ends and we'll stop collecting premiums. Your separate life cover policy (NAL-TL-2020-718834) continues unchanged.

Many people find it helpful to talk to someone after a serious illness. As part of your policy you can use our Helping Hand nurse service for free for the next 12 months -- just call 0800 555 0147.

We wish you all the best with your cardiac rehab.

Kind regards,

Sophie Latimer
Claims Assessor, Nordanker Life
"""
    return dated("2024-10-30 14:00", mail(51, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "CI claim accepted: named customer, NSTEMI, stents, consultant, £75,000 payout"),
                "Sophie Latimer <sophie.latimer@nordanker.example>",
                "Imran Rahman <imran.rahman@mcrmail.example>",
                "Your critical illness claim CI-24-00802", body))


def m052():
    body = """Hi all,

FYI -- release note for the claims platform (ClaimHub) going in on Saturday 30 November.

Change CHG-24-1182: clinical coding tables
1. ICD-10 (WHO 2019 edition + UK 5th edition amendments) -- 214 codes added/changed, incl. the long COVID codes U09.9 and the new mental health sub-codes. ICD-10-CM FY2025 table loaded for the US expat plans (effective 01/10/2024).
2. OPCS-4.10 procedure codes mapped to CCSD schedule, new robotic-assisted surgery codes (Y75.4-Y75.9 qualifiers).
3. CCSD fee schedule 2025 -- benefit maximums updated (see separate memo from Network Management).
4. Irish HIPE code list refreshed for Beacon/Blackrock network hospitals.

Testing: UAT signed off by Claims (Claire H.) and Clinical (Dr Strachan). Test cases used synthetic members only.

Impact: ClaimHub unavailable Saturday 06:00-14:00. Pre-authorisations will be handled on the paper fallback process -- the out-of-hours nurse team has the instructions.

Priya

Priya Nair | IT Change Manager, Nordanker UK & IE
"""
    return dated("2024-11-26 16:30", mail(52, ("NORMAL", "en", "internal",
                     "trap: release note for ICD-10/OPCS-4/CCSD code tables, synthetic tests, no member"),
                "Priya Nair <priya.nair@nordanker.example>",
                "Claims Leadership UK <claims.leadership@nordanker.example>",
                "CHG-24-1182 - clinical coding tables update 30/11", body))


def m053():
    body = """Dear Ms Devereux,

Total loss settlement -- claim NAG-MTR-C-24-40917

I'm sorry your car was so badly damaged in the flood on 26 November. Our engineer has now inspected it and confirmed it's uneconomical to repair (Category S/N not applicable -- flood damage, Category B: the vehicle must be broken for parts).

Vehicle: 2020 Kia Niro 1.6 GDi Hybrid 2 auto, reg. HY70 BDK, VIN KNACC81CVL5187243, 34,120 miles
Market value (Glass's / CAP average of valuation guides, same make, model, age and mileage): £15,650
Less outstanding finance to Northgate Motor Finance (settlement figure £6,212.40), paid to them directly
Less your policy excess: £350
Balance payable to you: £9,087.60

Please send us:
- the V5C logbook (section 2, signed)
- both keys and the service history
- the finance settlement letter (we'll request it if you prefer)

Payment to you will be by bank transfer to the account ending 9321. If you don't agree with the valuation, send us adverts for comparable cars and we'll take another look.

Your hire car from Enterprise can stay until 7 days after we make the payment.

Regards,

Tom Ashby
Motor Claims Engineer Liaison | Nordanker General
"""
    return dated("2024-12-04 11:50", mail(53, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "motor total loss offer: named customer, reg, VIN, valuation, finance settlement"),
                "Tom Ashby <tom.ashby@nordanker.example>",
                "claire.devereux@severnmail.example",
                "Total loss settlement - NAG-MTR-C-24-40917", body))


def m054():
    body = """Lieber Herr Albers, dear Jürgen,

bitte um eine fakultative Einschätzung für folgenden Antrag (über unserem automatischen Limit von £1m für medizinisch belastete Risiken). Ich schreibe den medizinischen Teil auf Englisch, damit ich die Berichte nicht übersetzen muss.

Antrags-Nr.: NAL-UW-24-131562
Antragsteller: Mr Ravindra Pillai, geb. 17.02.1974, Manager, non-smoker
Produkt: Level term assurance, £1.8m, 20 Jahre, plus CI £250k
Broker: Thistle & Crane Employee Benefits

Medical:
- Type 1 diabetes since age 14, insulin pump since 2016
- HbA1c last 3 readings: 58, 61, 55 mmol/mol (2023-2024)
- Background diabetic retinopathy, annual screening, no laser treatment
- eGFR 78, urine ACR 2.1 (normal)
- No neuropathy, no cardiovascular events; lipids on atorvastatin 20mg
- BMI 24.6, BP 128/78
- GPR and diabetic clinic letter (Dr M. Hassan, Consultant Diabetologist, Royal Berkshire) attached to the case in UW Workbench

Unser Vorschlag: Life +75 %, CI decline (or CI with diabetes-complications exclusion if you have appetite for it). Euer Manual (Diabetes Typ 1, Dauer > 25 Jahre, gute Einstellung) würde nach meinem Verständnis +50 bis +100 % geben.

Könnt ihr bis Freitag antworten? Der Makler drängt, weil es um eine Hypothekenabsicherung geht.

Viele Grüße / best regards
Declan Murphy
Senior Underwriter (Life & CI), Nordanker Insurance UK & Ireland
"""
    return dated("2024-12-10 10:25", mail(54, ("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
                     "facultative reinsurance referral (DE/EN): named applicant, DOB, type 1 diabetes, retinopathy"),
                "Declan Murphy <declan.murphy@nordanker.example>",
                "Jürgen Albers <j.albers@elbe-rueck.example>",
                "Fakultative Anfrage / facultative referral NAL-UW-24-131562 (Pillai)", body))


def m055():
    body = """Your Nordanker MyCover verification code is:

    482 917

It expires in 10 minutes. Enter it on the registration page to finish setting up your account.

We will never ask you for this code over the phone or by email. If you didn't try to register, you can ignore this email -- no account will be created.

Nordanker Insurance UK & Ireland
"""
    return mail(55, ("NORMAL", "en", "insurer-to-customer",
                     "trap: one-time verification code for portal registration, no personal data"),
                "Nordanker MyCover <no-reply@mycover.nordanker.example>",
                "kevin.mcgrath@postmail.example",
                "Your verification code", body, cte="7bit", charset="us-ascii")


def m056():
    body = """Hi Aoife,

Could you add Conor Fitzpatrick to our company car policy please? He's joining as Head of Sales on 6 January and gets the car that Ruth had (2023 Skoda Enyaq, 231-D-44718).

Name: Conor Fitzpatrick
Date of birth: 12/12/1985
Licence: full Irish licence since 2004, licence no. 012345678
Penalty points: 2 (speeding, 2023 -- he told us himself, I'm not sure about the date, expires 2026)
Previous claims: none that he's aware of
Address: 6 Cypress Grove, Templeogue, Dublin 6W

Ruth Carney is leaving us on 20 December so can you take her off from then?

Our policy number is NAG-IE-FLT-000982 I think.

Thanks a mil,
Sinéad

Sinéad Walsh
Office Manager | Corrib Software Ltd
Block C, Galway Technology Park, Parkmore, Galway H91 T2K4
"""
    return dated("2024-12-16 11:34", mail(56, ("CONFIDENTIAL", "en", "company",
                     "employer adds named driver: DOB, licence no., penalty points (administrative), home address"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Motor Underwriting IE <motor.uw.ie@nordanker.example>",
                "FW: Company car policy - add driver from 06/01", 
                "For endorsement please -- Corrib Software fleet. Thanks, Aoife\n\n"
                "-----Original Message-----\nFrom: Sinéad Walsh <sinead.walsh@corribsoft.example>\n"
                "Sent: 16 December 2024 10:58\nTo: Aoife Brennan <aoife.brennan@nordanker.example>\n"
                "Subject: Company car policy - add driver from 06/01\n\n" + body, tz=0))


def m057():
    letter = """NOTICE OF ADVERSE BENEFIT DETERMINATION

Date: December 18, 2024
Member: Aaron J. Feldman   Member ID: NIH-US-240122-01   Date of birth: 08/03/1977
Plan: Nordanker International Health -- Global Gold (employer group: Halvorsen & Price clients, Pinecrest Analytics Inc.)
Claims administrator: Brightwater Benefits Administration, LLC
Request: prior authorization for laparoscopic sleeve gastrectomy (CPT 43775), Northwestern Bariatric Institute
Requested by: Dr. Ellen Marchetti, MD
Diagnosis submitted: E66.01 morbid (severe) obesity due to excess calories; BMI 41.3 (Z68.41); obstructive sleep apnea (G47.33); hypertension (I10)

Decision: DENIED

Reason: The plan covers bariatric surgery when the member has completed a physician-supervised weight management program of at least 6 consecutive months within the 2 years before the request. The records received document 3 months of supervised program (July-September 2024). The request is therefore not medically necessary under the plan's clinical criteria (Policy BW-MED-114).

This decision was made by Dr. Paul Iverson, MD, board-certified in general surgery.

Your right to appeal: You or your authorized representative may appeal within 180 days of receiving this notice. You may submit written comments, documents and records, and you are entitled to receive, on request and free of charge, copies of all documents relevant to your claim. If your situation is urgent, you may request an expedited appeal.

This notice contains your protected health information. Nordanker and Brightwater protect it as required by HIPAA."""
    body = """Dear Mr. Feldman,

Please find below the formal determination on your prior authorization request. I know this isn't the news you were hoping for. The good news is that the gap is only the length of the supervised program -- if your physician's program continues through January, your surgeon can resubmit and I'll make sure it's reviewed quickly.

""" + letter + """

If you want to talk it through, call me directly on +1 (312) 555-0148 (Mon-Fri, 8am-5pm Central).

Sincerely,
Kayla Brooks
Member Advocate, Nordanker International Health
"""
    return dated("2024-12-18 21:05", mail(57, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "US adverse benefit determination: bariatric surgery denied, BMI, sleep apnea, DOB, HIPAA"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Aaron Feldman <afeldman@pinecrest-analytics.example>",
                "Your prior authorization request - determination", body, tz=0))


def m058():
    body = """IRELAND MARKET BULLETIN -- December 2024
Nordanker Insurance Ireland, for brokers

Health insurance: lifetime community rating
From 1 April 2025 the Lifetime Community Rating loading continues to apply at 2% for each year a person over 34 delays taking out inpatient health insurance. The Health Insurance Authority's annual report shows the number of people with inpatient cover at a record high, with the 65+ age group growing fastest. Reminder: the open enrolment rules mean that no insurer can refuse cover on health grounds -- but waiting periods for pre-existing conditions (5 years) and maternity (52 weeks) still apply to new joiners.

Motor: penalty points and premiums
New penalty point rules for speeding in 30 km/h and 60 km/h zones came into force during 2024. We will continue to rate on the number of current points, not the offence type. Drivers with 7+ points are referred.

Home: flood
The Office of Public Works' latest flood maps have been loaded into our rating engine. 2,140 Eircodes are now "flood protected" following completed relief schemes, which may lower premiums at renewal.

Life: mortgage protection
Reminder of the Code of Practice on the Disclosure of Cancer History (the "right to be forgotten" in Ireland): since 1 January 2025 applicants whose cancer treatment ended more than 7 years ago (5 years if diagnosed before age 18) don't have to disclose it for mortgage protection cover up to the statutory limit.

Your broker manager will be in touch in January with our 2025 rates.

Nordanker Insurance Ireland is regulated by the Central Bank of Ireland for conduct of business rules.
"""
    return dated("2024-12-11 08:00", mail(58, ("NORMAL", "en", "newsletter",
                     "trap: Irish market bulletin (waiting periods, cancer disclosure code, penalty points) -- no person"),
                "Nordanker Ireland Broker News <broker.news.ie@nordanker.example>",
                "undisclosed-recipients:;", "Ireland Market Bulletin - December 2024", body, tz=0))


def m059():
    body = """Hallo Stefan,

we have a duplicate customer record in Guidewire that the nightly sync to SAP FS-CD keeps rejecting (Fehler "Partner bereits vorhanden, abweichendes Geburtsdatum"). Kannst du die beiden Partner bitte zusammenführen?

Partner 1: 40018822 -- Mrs Bernadette Quinlan, born 03/05/1959, 17 Abbey Street, Cahir, Co. Tipperary, E21 V6C8 -- home policy NAG-IE-HOM-0877312 (current)
Partner 2: 40031907 -- Mrs Bernadette Quinlan, born 05/03/1959, same address -- car policy NAG-IE-MTR-2301945 (current)

The customer confirmed on the phone today her date of birth is 3 May 1959 (DD/MM) -- partner 2 was keyed in US format by the broker's system. Bitte Partner 1 als führenden Datensatz behalten und die Kfz-Police umhängen.

Danke dir!
Aoife

Aoife Brennan
Customer Services, Nordanker Insurance Ireland
"""
    return dated("2025-01-08 15:12", mail(59, ("CONFIDENTIAL", "mixed", "internal",
                     "duplicate customer record (EN/DE): name, birth dates, address, home and motor policy numbers"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Stefan Heitmann <stefan.heitmann@nordanker.example>",
                "Dublette Kunde / duplicate partner 40018822 + 40031907", body, tz=0))


def m060():
    body = """Complaints team -- please log as a new complaint (expression of dissatisfaction about a declined claim, received 13/01). Member has asked for a final response. Original decision letter from James C. is on the claim. Ellie

From: Oliver Pettigrew <ollie.pettigrew@brightonpost.example>
Sent: 13 January 2025 22:41
To: healthclaims@nordanker.example
Subject: Complaint - declined claim NAH-PMI-5488120 - formal complaint

To whom it may concern,

I wish to make a formal complaint about your decision to decline my claim for the respiratory consultant appointment and the lung function tests.

Your letter says my asthma is a pre-existing condition because I "used an inhaler in 2020". I was prescribed a salbutamol inhaler once, in 2020, when I had a chest infection after COVID. I did not have asthma then. I was only diagnosed with asthma in October 2024 by Dr Menon after the spirometry, ten months after my policy started. I have now been put on Fostair 100/6 twice a day.

When I took out the policy the salesperson told me that things I had "had once and got over" would be covered after two years anyway, and that a one-off chest infection was not a condition. Nobody asked me about inhalers.

I have paid £1,180 for the consultant and the tests myself. I want this refunded. If you don't resolve this I will go to the Financial Ombudsman.

Oliver Pettigrew
DOB 22/06/1984
14 Montpelier Terrace, Brighton BN1 3DF
"""
    return dated("2025-01-14 09:07", mail(60, ("STRICTLY_CONFIDENTIAL", "en", "customer",
                     "forwarded complaint: PMI claim declined, asthma, salbutamol/Fostair, spirometry, DOB"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Complaints UK <complaints.uk@nordanker.example>",
                "FW: Complaint - declined claim NAH-PMI-5488120 - formal complaint", body))


def m061():
    body = """Hiya team,

It's Declan's 50th on Thursday (he doesn't know I'm telling you, so act surprised!). We're doing lunch at The Lamb on Leadenhall Market, 12:30, table booked for 14. I've put a card on my desk for signing and there's a collection envelope if you'd like to chip in -- thinking a nice bottle of Redbreast and a Munster rugby shirt.

Also -- Rhys is off for the rest of this week, so please send any urgent underwriting referrals to Declan or the UW shared mailbox.

Cheers,
Sophie
"""
    return dated("2024-11-25 10:02", mail(61, ("NORMAL", "en", "internal",
                     "trap: colleague birthday lunch and absence without reason"),
                "Sophie Latimer <sophie.latimer@nordanker.example>",
                "Protection Claims & UW London <protection.london@nordanker.example>",
                "Shhh - Thursday lunch", body))


def m062():
    body = """Dear Mr Fenton,

Welcome to the Nordanker Health physiotherapy network.

Now that your practice (Fenton Physio & Sports Injury Clinic, 3 practitioners) has been approved, here's what you need to know:

1. Authorisation: members must have a pre-authorisation number before the first appointment. They'll usually have it from the app; if not, call our provider line on 0345 600 4499. Initial authorisation covers an assessment plus up to 5 follow-up sessions.
2. Fees: assessment £75, follow-up £60, no separate charge for exercise sheets or taping. No shortfalls may be charged to members for authorised sessions.
3. Invoicing: through the Healthcode portal only, within 60 days of the session. Please include the authorisation number, HCPC number of the treating physio and the session dates.
4. Clinical reporting: if a member needs more than 6 sessions, submit a progress report via the portal. We don't need clinical notes unless we ask for them -- please don't email them.
5. Audit: we audit around 2% of network invoices a year.

The network agreement and the fee schedule are attached to your provider record in the portal. Your provider number is PHY-UK-30917.

Best regards,

Network Management -- Therapies
Nordanker Health
"""
    return dated("2024-10-29 13:33", mail(62, ("NORMAL", "en", "insurer-to-therapist",
                     "trap: physio provider onboarding (authorisation, fees, reporting), no patient"),
                "Network Management <network.management@nordanker.example>",
                "Marcus Fenton <marcus@fentonphysio.example>",
                "Welcome to the Nordanker Health physiotherapy network", body))


def m063():
    body = """Dear Ms Ní Bhriain,

Your home insurance renews on 1 February 2025

Policy number: NAG-IE-HOM-0902264
Insured address: Ardmore, Ballinakill Road, Clifden, Co. Galway, H71 YX60
Buildings sum insured: €385,000 (index-linked)
Contents sum insured: €60,000
Renewal premium: €964.30 including 3% government levy (last year €902.15)

We'll collect this in 10 monthly instalments of €96.43 by SEPA Direct Debit from:
Account holder: Máire Ní Bhriain
IBAN: IE25 AIBK 9320 8864 5120 97
Mandate reference: NAIE-DD-0902264-01
Creditor identifier: IE12ZZZ400871

If anything has changed -- for example if the house is unoccupied for more than 30 days in a row, if you've had building work done, or if you now let the property -- please tell us before the renewal date.

Kind regards,

Customer Services, Nordanker Insurance Ireland
""" + DISCLAIMER_IE
    return dated("2025-01-06 07:45", mail(63, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "Irish home renewal: named policyholder, address, premium, IBAN and SEPA mandate"),
                "Nordanker Ireland Customer Services <customerservices.ie@nordanker.example>",
                "maire.nibhriain@westmail.example",
                "Your home insurance renewal - NAG-IE-HOM-0902264", body, tz=0))


def m064():
    rows = [["BMI", "Age 18-40", "Age 41-50", "Age 51-60", "Age 61-70"],
            ["under 17.5", "Refer", "Refer", "Refer", "Refer"],
            ["17.5 - 18.9", "Standard", "Standard", "Standard", "+25%"],
            ["19.0 - 32.9", "Standard", "Standard", "Standard", "Standard"],
            ["33.0 - 35.9", "Standard", "Standard", "+25%", "+25%"],
            ["36.0 - 38.9", "+50%", "+50%", "+50%", "+75%"],
            ["39.0 - 41.9", "+75%", "+100%", "+100%", "Refer"],
            ["42.0 and over", "Postpone/decline", "Postpone/decline", "Postpone/decline", "Postpone/decline"]]
    body = """Hi all,

Ahead of the underwriting masterclass on 21 January, here is a reminder of our build (BMI) guidelines for level and decreasing term life cover (not CI or IP -- those are stricter, see the guide).

These are guidelines only: the final decision depends on the full application, blood pressure, cholesterol and any build-related conditions (e.g. type 2 diabetes, sleep apnoea). Ratings are additive with other medical loadings.

Table attached as ODS (opens in Excel). Please don't give it to clients.

Declan Murphy
Senior Underwriter (Life & CI)
"""
    return dated("2025-01-09 14:00", mail(64, ("NORMAL", "en", "insurer-to-broker",
                     "trap: BMI underwriting table for life cover (ODS), no applicant"),
                "Declan Murphy <declan.murphy@nordanker.example>",
                "Protection Partners <protection.partners@nordanker.example>",
                "Build (BMI) guidelines - life cover", body,
                atts=[ods("Nordanker_BMI_guidelines_life.ods", rows, "BMI")]))


def m065():
    body = """Hi Mrs Osei,

Just a quick note to say we've paid your income protection benefit for November.

Policy: NAL-IP-2019-455021
Benefit period: 01/11/2024 - 30/11/2024
Monthly benefit: £2,450.00 (index-linked from 01/06/2024)
Paid to: Santander, account ending 4419, on 2 December

Your next review is due in January, so I'll be in touch with the usual form then. If your consultant's plan for the phased return in the new year changes, please let me know -- remember that if you go back part-time you can still get a proportionate benefit.

Take care,

Hannah Cole
Income Protection Claims, Nordanker Life
0345 600 4466
"""
    return dated("2024-12-02 10:20", mail(65, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "IP benefit payment for a named claimant (personal line, ongoing disability claim)"),
                "Hannah Cole <hannah.cole@nordanker.example>",
                "Abena Osei <abena.osei@londonmail.example>",
                "Income protection payment - November", body))


def m066():
    body = """Hi Gemma,

Commercial combined renewal for a long-standing client of ours. He's a sole trader, so it's in his own name.

Insured: Mr Hamish McTavish t/a McTavish Fine Wines
Premises: 12 High Street, Peebles EH45 8SF (shop, ground floor; owner lives in the flat above -- separate household policy with another insurer)
Turnover (y/e 5 April 2024): £418,000
Stock: £95,000, rising to £140,000 Oct-Dec (seasonal increase needed)
Employees: 2 part-time
Claims 5 yrs:
  - 2021 break-in, stock stolen £6,800, paid
  - 2023 shop window (malicious damage) £1,450, paid
Security: Grade 2 intruder alarm, shutter on the rear door fitted after the break-in

He's had a renewal invite from the incumbent at +22%, which he's not happy with. He banks with Bank of Scotland and pays annually.

Could you quote before 10 January?

Thanks,
Rob

Rob Marlowe Cert CII
Marlowe Insurance Brokers Ltd
"""
    return dated("2024-12-19 15:25", mail(66, ("CONFIDENTIAL", "en", "broker",
                     "forwarded broker submission: sole trader (natural person), turnover, claims history, address"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Commercial Underwriting UK <commercial.uw@nordanker.example>",
                "FW: Commercial combined - McTavish Fine Wines, Peebles", 
                "Can someone in commercial pick this up? Not my area. Thanks G\n\n" + body))


def m067():
    body = """Change request CHG-24-1207 -- approved at CAB 03/12

Title: Migrate claims document store (scanned post, medical reports, invoices) from on-prem FileNet to Azure Blob (UK South)

Scope:
- ~14.2 million documents, 38 TB, UK & IE health, protection and general claims
- documents keep their retention class (health: 8 years after claim closure; protection: 10 years after policy end; general: 7 years)
- encryption at rest with customer-managed keys; access via ClaimHub only

Data protection: DPIA updated (ref DPIA-2024-031), no change of purpose. Migration is a bulk copy with hash verification -- nobody in the project team opens individual documents. Test migration done with the synthetic "TESTCO" data set.

Cut-over: weekend 18-19 January 2025. Read-only freeze on the document store from Friday 17 Jan 18:00.

Rollback: FileNet kept read-only for 90 days.

Owner: Priya Nair. Business sign-off: C. Holloway (Health), T. Reinhardt (Protection), G. Whitlock (General).
"""
    return dated("2024-12-04 09:15", mail(67, ("NORMAL", "en", "internal",
                     "trap: IT change for migrating medical report/claims document store, no document content"),
                "Change Advisory Board <cab.uk@nordanker.example>",
                "IT Change Notifications <it.changes@nordanker.example>",
                "Approved: CHG-24-1207 claims document store migration", body))


def m068():
    body = """Hi Mrs Beaumont,

Thanks for letting us know -- I've updated your address to 3 Lavender Row, Tunbridge Wells TN2 5QW and your phone number to 07817 334 590. Your membership card will be reissued, and you don't need to do anything else.

I've also passed your note about the oncology day unit to our Cancer Care team so that your case manager has your new details for the home-delivered drugs.

Kind regards,

Ellie Sutcliffe
Senior Customer Services Adviser, Nordanker Health

-----Original Message-----
From: Patricia Beaumont <pat.beaumont@kentmail.example>
Sent: 09 January 2025 18:23
To: healthclaims@nordanker.example
Subject: change of address - membership NAH-PMI-2219873

Dear Sir/Madam

We have moved house, please change my address to 3 Lavender Row, Tunbridge Wells TN2 5QW. New phone 07817 334 590.

Can you please also tell the people who deliver my capecitabine tablets that the old address is no longer used, the last delivery went to the old house. I'm on cycle 4 of 8 and the next lot needs to come before 20 January. My chemo (oxaliplatin) is still at the Sevenoaks day unit so that doesn't change.

Thank you,
Pat Beaumont
"""
    return dated("2025-01-10 10:45", mail(68, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "reply is a harmless address change; quoted customer mail mentions chemotherapy drugs and cycles"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Patricia Beaumont <pat.beaumont@kentmail.example>",
                "RE: change of address - membership NAH-PMI-2219873", body))


def m069():
    body = """KONZERN-INFO 11/2024 -- Nordanker Gruppe

Niederlassung UK & Irland wächst zweistellig

Die Niederlassung in London und Dublin hat in den ersten drei Quartalen 2024 die gebuchten Bruttobeiträge um 14 % auf 612 Mio. GBP gesteigert. Treiber war erneut die private Krankenversicherung (PMI), die vor allem von den langen Wartezeiten im britischen NHS profitiert: Über 7 Millionen Menschen warten in England auf eine planbare Behandlung. Gruppenverträge für Arbeitgeber legten um 19 % zu.

Im Bereich Leben/Berufsunfähigkeit (dort "income protection") hat das Team die Antragsprüfung mit der neuen Underwriting-Engine beschleunigt: 71 % der Anträge werden jetzt ohne Arztbericht sofort policiert.

Die Kfz-Sparte leidet weiter unter hohen Reparaturkosten; die Schaden-Kosten-Quote liegt bei 104 %. Ab Januar werden die Tarife erneut angepasst.

Neuer Standort: Im Frühjahr 2025 zieht das Dubliner Team in größere Büros am Grand Canal.

"Wir zeigen, dass ein deutscher Versicherer im britischen und irischen Markt erfolgreich sein kann", sagt Niederlassungsleiter Dr. Henrik Lindqvist.

Redaktion: Unternehmenskommunikation Hamburg, konzern-info@nordanker.example
"""
    return dated("2024-11-18 08:00", mail(69, ("NORMAL", "de", "newsletter",
                     "trap: German group newsletter on UK branch results (PMI, BU/income protection, NHS), no person"),
                "Konzern-Info <konzern-info@nordanker.example>",
                "alle-mitarbeitenden@nordanker.example",
                "Konzern-Info 11/2024: Niederlassung UK & Irland wächst zweistellig", body, tz=60))


def m070():
    body = """Hi Mr Achebe,

Good news -- the other driver's insurer has accepted liability for the accident on 2 December, so this won't affect your no claims discount once we've recovered our costs.

Claim: NAG-MTR-C-24-41288 | Your car: BMW 320d M Sport, reg. LV19 PXE
Repairer: Crown Accident Repair Centre, Croydon (one of our approved repairers)
Repairs booked in: 13 January, estimated 6 working days
Courtesy car: a small hatchback for the duration of the repairs (it won't be a BMW, I'm afraid!)
Your excess: £0 -- because the third party's insurer has accepted fault, we've waived it

Nobody was hurt, so there's nothing else you need to do. If you hear from a claims management company about injury claims, please ignore them and let us know.

Best wishes,

Ben Hartigan
Motor Claims | Nordanker General
"""
    return dated("2025-01-07 13:10", mail(70, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "motor claim update: named customer, registration, claim number, repairer; nobody hurt"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "chidi.achebe@croydonmail.example",
                "Your claim NAG-MTR-C-24-41288 - liability accepted", body))


def m071():
    dis = pdf("ED_discharge_summary.pdf", [
        "North Wessex NHS Foundation Trust -- Royal Berkshire Road Hospital",
        "EMERGENCY DEPARTMENT -- DISCHARGE SUMMARY (copy for patient)",
        "",
        "Patient: MOLLOY, Kieran James    DOB: 19/08/1992    NHS No: 485 777 3456",
        "Address: 22 Caversham Heights, Reading RG4 7BS",
        "Arrival: 11/01/2025 16:42 (ambulance)   Discharge: 11/01/2025 23:55",
        "GP: Dr O Adeyemi, Kingsmead Surgery",
        "",
        "Presenting complaint: fall from ladder approx. 2.5 m while clearing gutters. Landed on left side.",
        "Findings: GCS 15. Tender left chest wall, left wrist deformity. No head injury, no LOC.",
        "Imaging: CXR -- undisplaced fractures left 7th and 8th ribs, no pneumothorax.",
        "         XR left wrist -- displaced distal radius fracture (Colles).",
        "Diagnoses: S22.42 multiple fractures of ribs; S52.50 fracture of lower end of radius.",
        "Treatment: manipulation under haematoma block, backslab. Analgesia: co-codamol 30/500, ibuprofen.",
        "Follow-up: Fracture clinic 14/01/2025 09:20. Return if breathless.",
        "Fit note: issued, not fit for work 4 weeks.",
        "Discharging clinician: Dr L. Chen, ST4 Emergency Medicine",
    ], "ED discharge summary")
    body = """Rosie -- PA claim PA-25-00012 (Mr Molloy). He's sent in his A&E discharge summary via the upload page and asked us to confirm we've got it; I've told him we have. Adding to the claim for you.

Thanks
Aoife
"""
    return dated("2025-01-15 11:40", mail(71, ("STRICTLY_CONFIDENTIAL", "en", "hospital",
                     "short body; attached NHS A&E discharge summary with rib and wrist fractures, NHS number, DOB"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Rosie Amankwah <rosie.amankwah@nordanker.example>",
                "PA-25-00012 - A&E discharge summary", body, atts=[dis], tz=0))


def m072():
    rows = [["Age band at diagnosis", "Exposure (policy years)", "Cancer", "Heart attack", "Stroke", "MS", "Other", "Total claims", "Incidence per 1,000"],
            ["18-29", 41200, 9, 0, 1, 2, 3, 15, 0.36],
            ["30-39", 96800, 58, 6, 5, 7, 12, 88, 0.91],
            ["40-49", 118500, 171, 34, 18, 6, 27, 256, 2.16],
            ["50-59", 87300, 244, 51, 33, 3, 35, 366, 4.19],
            ["60+", 21900, 97, 21, 16, 0, 14, 148, 6.76],
            ["Total", 365700, 579, 112, 73, 18, 91, 873, 2.39]]
    body = """Hallo Jürgen,

anbei wie besprochen die CI-Inzidenzen des UK-Portfolios 2021-2023 nach Altersband für eure Tarifüberprüfung. Fallzahlen je Zelle < 5 haben wir nicht weiter aufgeteilt, Einzelfälle sind nicht enthalten.

A few notes in English for your actuaries:
- incidence is claims incurred / exposure, all products (standalone CI and accelerated), both sexes combined
- cancer incidence in 50-59 is running about 8% above the CMI CIBT02 base table, mostly breast and prostate
- "Other" includes TPD, kidney failure, major organ transplant and children's benefit

Wenn ihr die Aufteilung nach Geschlecht oder Raucherstatus braucht, sag Bescheid.

Viele Grüße
Declan
"""
    return dated("2024-12-13 16:45", mail(72, ("NORMAL", "mixed", "insurer-to-partner",
                     "trap: aggregated CI incidence by age band for the reinsurer (XLSX, DE/EN), no individual"),
                "Declan Murphy <declan.murphy@nordanker.example>",
                "Jürgen Albers <j.albers@elbe-rueck.example>",
                "CI-Inzidenzen UK 2021-2023 nach Alter", body,
                atts=[xlsx("CI_incidence_UK_2021-2023_ageband.xlsx", rows, "CI incidence")]))


def m073():
    body = """Dear Sir or Madam

Our client: Mrs Naomi Carrington
Your policyholders: Mr Julian and Mrs Naomi Carrington
Policy: NAG-HOM-3158802 -- 2 Quarry Lane, Stroud GL5 1HJ

We act for Mrs Carrington in connection with her divorce proceedings. The decree absolute was granted on 12 December 2024 and, under the financial order, the property at 2 Quarry Lane has been transferred into our client's sole name. Mr Carrington has moved out and now lives at 51 Gloucester Street, Cirencester GL7 2DJ.

We should be grateful if you would:
1. remove Mr Julian Carrington as a joint policyholder with effect from 12 December 2024;
2. confirm that cover for buildings and contents continues in our client's sole name without interruption; and
3. note that premiums will from now on be paid from our client's own account (she will contact you separately with the details).

A sealed copy of the financial order and the TR1 can be provided on request.

Yours faithfully

Pennington Shaw LLP
Ref: KA/CAR/2291-4
"""
    return dated("2025-01-06 12:20", mail(73, ("CONFIDENTIAL", "en", "lawyer",
                     "solicitor letter forwarded: divorce, change of home policyholders, names and addresses"),
                "Household Underwriting UK <household.uw@nordanker.example>",
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "FW: Carrington - NAG-HOM-3158802 - change of policyholder", 
                "Gemma, can you check the joint policyholder removal is OK to do on the solicitor's instruction or do we need Mr C's consent? Thx, Household UW\n\n"
                "-----Original Message-----\nFrom: Kirsty Allan <k.allan@pshaw-law.example>\nSent: 06 January 2025 11:48\n"
                "To: household.uw@nordanker.example\nSubject: Carrington - NAG-HOM-3158802 - change of policyholder\n\n" + body))


def m074():
    q = [
        "NORDANKER LIFE -- MENTAL HEALTH QUESTIONNAIRE",
        "Application: NAL-UW-25-000418     Applicant: Mr Thomas Edward Blackwood     DOB: 02/02/1990",
        "",
        "You told us in your application that you were treated for depression in 2019. Please answer:",
        "1. When did your symptoms start and what were they?",
        "2. Who diagnosed the condition (GP, psychiatrist, psychologist)?",
        "3. Which medication did you take (name, dose) and when did you stop?",
        "4. Have you had any talking therapy (CBT, counselling)? How many sessions?",
        "5. Have you ever been admitted to hospital or self-harmed, or had thoughts of suicide?",
        "6. Did you take any time off work? How long?",
        "7. Are you currently well and off all treatment?",
    ]
    body = """Dear Mr Blackwood,

Thank you for your application for life and critical illness cover (ref NAL-UW-25-000418).

In your application you told us that you were treated for depression in 2019 and took sertraline for around a year. To finish assessing your application, we need a little more information. I've attached a short questionnaire -- it should take about 10 minutes. You can fill it in on screen and send it back through the secure upload link in your application tracker, rather than by email.

Please don't worry: many people who have had depression in the past get cover at standard rates. The questions help us understand how long ago it was and how well you are now.

If we don't hear from you within 28 days, we'll close the application, but you can reopen it at any time.

Kind regards,

Rhys Pritchard
Senior Underwriter, Protection | Nordanker Life
"""
    return dated("2025-01-13 15:55", mail(74, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "life underwriting request: applicant's past depression and sertraline; DOCX questionnaire with DOB"),
                "Rhys Pritchard <rhys.pritchard@nordanker.example>",
                "Tom Blackwood <tom.blackwood90@webpost.example>",
                "Your application NAL-UW-25-000418 - a few more questions", body,
                atts=[docx("Mental_health_questionnaire_NAL-UW-25-000418.docx", q)]))


def m075():
    html = """<html><body style="font-family:Georgia,serif;color:#222">
<p>Hi {{first_name}},</p>
<p><b>January is the month a lot of us promise to look after ourselves a bit better.</b> If a long wait for a GP appointment or a hospital referral is something you worry about, private medical insurance could help.</p>
<ul>
<li>Fast access to a consultant after a GP referral</li>
<li>24/7 Digital GP for you and your family</li>
<li>Cancer cover as standard, including drugs not routinely available on the NHS</li>
<li>Mental health support options</li>
</ul>
<p>Get a quote in five minutes &ndash; and save 10% if you buy before 28 February (code <b>NEWYEAR25</b>).</p>
<p><a href="https://www.nordanker.example/health/quote?utm_source={{utm_source}}&amp;cid={{contact_id}}">Get my quote</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you asked us to keep in touch. <a href="https://www.nordanker.example/unsubscribe?cid={{contact_id}}">Unsubscribe</a>. Nordanker Insurance UK &amp; Ireland, 40 Leadenhall Walk, London EC3A 2BN.</p>
</body></html>"""
    body = """Megan -- final HTML for the January PMI prospect campaign below. Merge fields are {{first_name}}, {{utm_source}} and {{contact_id}}. Compliance (Hannah) has approved the wording, ref FP-2025-004. Please load into the ESP for Tuesday's send. Thanks, Owen

""" + html
    return dated("2025-01-10 16:05", mail(75, ("NORMAL", "en", "internal",
                     "trap: marketing template with merge placeholders about PMI, cancer cover, GP waits"),
                "Owen Pryce <owen.pryce@nordanker.example>",
                "Megan Fairclough <megan.fairclough@nordanker.example>",
                "Jan PMI campaign - final HTML (FP-2025-004)", body))
# ================================================================ mails 076-100


def m076():
    body = """Hi Gemma,

kurze Frage zu einem Schaden, der bei uns in Hamburg aufgeschlagen ist -- our German motor customer was involved in an accident with one of your UK policyholders in Dover.

Our customer: Herr Malte Iversen, Kfz-Haftpflicht/Vollkasko bei der Nordanker Deutschland, Schaden-Nr. KH-24-5517302, German plate HH-MI 4471 (Mercedes Sprinter)
Your policyholder: Ms Lorna Pettifer, according to the police exchange form -- reg. GK66 TWE, your policy NAG-MTR-00571893 (per askMID)
Date: 16.12.2024, ferry terminal Dover Eastern Docks, lane 12

Herr Iversen says Ms Pettifer reversed into the side of his van in the boarding queue. Sachschaden an der Schiebetür, Kostenvoranschlag 3.870 EUR. Niemand verletzt. Polizeiprotokoll gibt es keins, nur das Formular der Hafenpolizei mit den Kennzeichen.

Könnt ihr den Schaden bei Ms Pettifer prüfen und uns sagen, ob ihr die Haftung anerkennt? Green-card bureau route would be overkill since we're the same group.

Danke und viele Grüße
Anja Krüger
Kfz-Schaden International, Nordanker Versicherung AG, Hamburg
"""
    return dated("2025-01-08 10:05", mail(76, ("CONFIDENTIAL", "mixed", "internal",
                     "group-internal motor claim query (DE/EN): named drivers, plates, policy and claim numbers, no injury"),
                "Anja Krüger <anja.krueger@nordanker.example>",
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Kfz-Schaden Dover 16.12. - Iversen ./. Pettifer (NAG-MTR-00571893)", body, tz=60))


def m077():
    inner = inner_mail(
        "Jenna Albright <jalbright@pinecrest-analytics.example>",
        "enrollment@brightwater-tpa.example",
        "Enrollment changes - Pinecrest expat plan - effective 12/01",
        "Wed, 20 Nov 2024 15:12:09 -0600",
        """Hi Brightwater team,

Please process the following qualifying life events for our UK-seconded employees on the Nordanker Global Gold plan:

1) Employee: Daniel Okafor-Wright, member ID NIH-US-230915-01
   Add newborn dependent: Amara Okafor-Wright, DOB 10/20/2024, born at Northwestern Memorial (premature, 33 weeks -- she was in the NICU for 3 weeks, so please make sure the NICU claims are matched to her once she's added; the hospital has been billing under mom's ID).
   Coverage tier change: EE+Spouse -> Family, effective 10/20/2024 (birth date, within the 30-day window -- we received the form 11/15, sorry, mom was still in hospital).

2) Employee: Hye-jin Park (spouse of Minseo Park, member ID NIH-US-240507-01)
   No change to tier. FYI she's pregnant, due 05/2025 -- Minseo asked whether maternity is covered given they joined in May. I told him I'd ask you.

3) Employee: Sean Branagan, NIH-US-231002-01
   Terminated 11/30/2024. COBRA-style continuation not applicable (non-US plan) -- please send him the conversion letter.

Thanks!
Jenna Albright, SHRM-CP
Benefits Manager, Pinecrest Analytics Inc., Chicago IL
""", "<7f3a.20241120.jalbright@pinecrest-analytics.example>")
    body = """Kayla,

Brightwater forwarded the attached enrollment change from Pinecrest's HR to us because of the questions on maternity waiting period and the NICU claims. Can you pick up item 2 (waiting period -- I believe 10 months applies so she'd be covered from March) and let Jenna know?

Rachel
"""
    return dated("2024-11-21 14:30", mail(77, ("STRICTLY_CONFIDENTIAL", "en", "company",
                     "harmless body; forwarded rfc822 from US employer HR: newborn in NICU, pregnancy, member IDs"),
                "Rachel Ong <rachel.ong@nordanker.example>",
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "FW: Enrollment changes - Pinecrest expat plan - effective 12/01", body,
                atts=[rfc822(inner)], tz=0))


def m078():
    body = """Hi Owen,

Small correction needed to the Nordanker Health Select policy wording (version HS-0924) on the website and in the document library -- could you and the print team update before the next batch of renewals goes out?

Page 22, "Hospital list": the list name is "Select", not "Select Plus". The text currently says "You can use any hospital on the Select Plus list", which doesn't exist any more.

Page 31, "Consultant fees": "our fee schedule (available on request)" should read "our fee schedule, published at www.nordanker.example/feeschedule".

Page 48, Glossary, "Chronic condition": the bullet "it needs long-term monitoring through consultations, check-ups, examinations or tests" has lost its bullet point in the PDF.

Legal have confirmed these are corrections, not changes to cover, so no customer notification is needed.

Thanks,
Claire
"""
    return dated("2024-11-28 12:00", mail(78, ("NORMAL", "en", "internal",
                     "trap: policy wording corrections (hospital list, consultant fees, chronic condition)"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Owen Pryce <owen.pryce@nordanker.example>",
                "Health Select wording HS-0924 - corrections", body))


def m079():
    body = """Dear Mr Whitmore,

Refund of premium -- policy NAG-HOM-3277051

Following the cancellation of your home insurance from 14 November 2024 (property sold), we've worked out the refund of the premium you paid for the unused part of the year.

Annual premium: £724.00
Period used: 10/03/2024 -- 13/11/2024 (249 days)
Refund: £230.12 (pro rata, less our £25 cancellation fee)

We'll pay the refund to the account below within 5 working days:
Account name: Mr G Whitmore
Sort code: 30-94-72
Account number: 15583021

If these details are wrong, please call us before 25 November.

Good luck in your new home.

Nordanker Insurance UK & Ireland -- Policy Servicing
"""
    return dated("2024-11-19 09:20", mail(79, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "home policy premium refund: named customer, sort code and account number"),
                "Nordanker Policy Servicing <policy.servicing@nordanker.example>",
                "graham.whitmore@postmail.example",
                "Refund of premium - NAG-HOM-3277051", body, cte="base64"))


def m080():
    body = """Hi everyone,

Next week is our Wellbeing Week, and this year we're focusing on mental health and getting a good night's sleep. Everything is optional and confidential -- nobody will know who signed up for what.

Mon 10 Feb, 12:30 -- "Stress and burnout: spotting the signs" (Teams, 45 min), with a clinical psychologist from our EAP provider
Tue 11 Feb, 08:30 -- Mindful walk around the Tower of London (meet in reception)
Wed 12 Feb, 13:00 -- "Why can't I sleep?" -- talk by Dr Fiona Strachan (Leadenhall 5.01 + Teams)
Thu 13 Feb, all day -- Health MOTs: blood pressure, cholesterol and BMI checks by a nurse from Vitalis Screening. 15-minute slots, book via the intranet. Results go to you only.
Fri 14 Feb -- Dublin breakfast and "Menopause at work" session

Remember our Employee Assistance Programme is available 24/7 on 0800 555 0122 -- free, confidential counselling on anything from money worries to bereavement.

Mental Health First Aiders are listed on the intranet if you just want a chat.

Take care of yourselves,
The People Team
"""
    return dated("2025-02-03 09:00", mail(80, ("NORMAL", "en", "internal",
                     "trap: staff wellbeing week (mental health, health MOTs, menopause), no individual"),
                "People Team UK & IE <people.team@nordanker.example>",
                "All Staff UK & IE <allstaff.ukie@nordanker.example>",
                "Wellbeing Week 10-14 February", body))


def m081():
    body = """Hi Saima,

Thanks for the proposal. Happy to confirm the staff flu vaccination clinics as below:

London, 40 Leadenhall Walk -- Tuesday 8 October, 09:30-16:00, meeting room 2.04, 2 pharmacists
Dublin, 3 Grand Canal View -- Thursday 10 October, 10:00-15:00, 1 pharmacist

Estimated uptake: 180 (London), 55 (Dublin). We'll pay for the number of vaccines actually given, at £14.50 / €17.00 each, plus the set-up fee of £150 per day. Vouchers for staff working remotely: 60 at £16.00.

Our staff will book their own slots via your online booking page, so we don't need to send you any lists. Please don't send us any individual consent forms or records -- the pharmacist keeps those. An anonymous total per site is all we need with the invoice.

PO to follow from procurement.

Thanks,
Jo

Jo Pemberton
Facilities Coordinator
"""
    return dated("2024-09-16 14:45", mail(81, ("NORMAL", "en", "insurer-to-supplier",
                     "trap: staff flu vaccination booking with pharmacy provider, no person"),
                "Jo Pemberton <jo.pemberton@nordanker.example>",
                "Saima Hussain <saima@pharmacare-workplace.example>",
                "Flu clinics October - confirmed", body))


def m082():
    body = """Hello Ben,

We have a client relocating from Chicago to London on a 3-year assignment who needs UK car insurance from February 1. I know you don't write US auto, but our London office said you're open to expats with foreign driving experience if we can document it.

Client: Mr. Bradley T. Kessler
Date of birth: 09/17/1976 (September 17, 1976)
Address from 01/25/2025: Flat 6, 44 Cadogan Square, London SW1X 0JW
Occupation: Managing Director, investment bank
License: Illinois driver's license K426-7719-0843, first licensed 1992; he will get a UK license within 12 months
Driving record (Illinois SOS abstract, attached to our file): one speeding ticket 2021 (11-20 mph over), no accidents, no DUI
Prior insurance: 14 years claims-free with a US carrier -- we have a letter of experience on company letterhead
Vehicle: 2024 Range Rover Sport P400e, leased, value GBP 98,000, garaged overnight
Additional driver: Mrs. Karen Kessler, DOB 02/03/1979, Illinois license, clean record

Could you give us an indication of terms and what evidence you'd want for the no-claims discount?

Thanks,

Trevor Halvorsen, CIC
Partner | Halvorsen & Price Insurance Services, Chicago IL
"""
    return dated("2025-01-10 15:30", mail(82, ("CONFIDENTIAL", "en", "broker",
                     "US broker submission for UK motor: named drivers, DOBs, licence number, driving record"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Motor Underwriting UK <motor.uw@nordanker.example>",
                "FW: UK auto for relocating client - Kessler",
                "Any appetite? Looks like a good risk apart from the car value. B\n\n"
                "-----Original Message-----\nFrom: Trevor Halvorsen <thalvorsen@hpins.example>\n"
                "Sent: 10 January 2025 15:02\nTo: Ben Hartigan <ben.hartigan@nordanker.example>\n"
                "Subject: UK auto for relocating client - Kessler\n\n" + body))


def m083():
    body = """Dear Ms Allan,

Your client: Mr Wayne Thackeray
Our insured: Mr Dean Hollis (policy NAG-MTR-00598731)
Accident: 18 October 2024, Lichfield
Claim portal ref: RTA-PI-24-7719218

We acknowledge receipt of the Claim Notification Form submitted through the Official Injury Claim portal on 2 January 2025 for your client, a passenger in Ms Mayhew's vehicle.

We have now received the medical report of Dr Colin Ferris (GP, MedCo 48812), examination 20 December 2024:
- whiplash-associated disorder: neck pain and stiffness, prognosis 6 months from the accident
- soft tissue injury to the lower back, prognosis 4 months
- travel anxiety when a passenger, resolving, 3 months
- recommended 6 sessions of physiotherapy

Liability is admitted. On the basis of the report, we offer £1,180.00 (tariff for whiplash injury of more than 3 and not more than 6 months, with minor psychological injury: £840.00; other soft tissue injury: £340.00) plus the cost of physiotherapy on production of invoices, up to £480.00.

This offer is made under the Pre-Action Protocol for Personal Injury Claims below the Small Claims Limit in Road Traffic Accidents.

Yours sincerely,

Daniel Oyelaran
Injury Claims Handler | Nordanker General
"""
    return dated("2025-01-20 16:10", mail(83, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
                     "motor injury claim offer to solicitor: named claimant, whiplash, back injury, anxiety, medical report"),
                "Daniel Oyelaran <daniel.oyelaran@nordanker.example>",
                "Kirsty Allan <k.allan@pshaw-law.example>",
                "Thackeray v Hollis - RTA-PI-24-7719218 - offer", body))


def m084():
    body = """Hello,

You recently got in touch with Nordanker. We'd love to know how we did.

Our survey takes about 2 minutes -- it's just five questions, and it's completely anonymous unless you choose to leave your details.

Start the survey: https://feedback.nordanker.example/s/CS-2025-01

Every response is read by our Customer Experience team, and we use them to improve the way we handle calls, emails and claims.

Thank you for your time.

Nordanker Insurance UK & Ireland
If you don't want to receive surveys from us, reply STOP.
"""
    return mail(84, ("NORMAL", "en", "insurer-to-customer",
                     "trap: customer feedback survey invitation, no personal data"),
                "Nordanker Customer Experience <feedback@nordanker.example>",
                "s.ogunleye@postmail.example",
                "How did we do?", body)


def m085():
    body = """To whom it may concern

CONFIRMATION OF BUILDINGS INSURANCE

We confirm that Nordanker Insurance UK & Ireland insures the property below under a buildings and contents policy.

Property: 63 Wellington Road, Whalley Range, Manchester M16 8EX
Policyholders: Mr Kwame Mensah and Ms Laura Jennings
Policy number: NAG-HOM-3361120
Period of insurance: 20/12/2024 to 19/12/2025
Buildings sum insured: £420,000 (reinstatement basis)
Interested party noted: Harbourside Building Society, mortgage account 7781 4402 19

The policy covers the standard insured events, including fire, flood, storm, escape of water, subsidence and theft.

Yours faithfully

Policy Servicing, Nordanker Insurance UK & Ireland
"""
    return dated("2024-12-19 11:30", mail(85, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "buildings insurance confirmation for lender: named policyholders, address, mortgage account"),
                "Nordanker Policy Servicing <policy.servicing@nordanker.example>",
                "kwame.mensah@mancmail.example",
                "Confirmation of buildings insurance for your mortgage lender", body,
                cc="laura.jennings@mancmail.example"))


def m086():
    body = """Dear Mrs Maddox,

Your Nordanker Health Select renewal -- 1 March 2025
Membership number: NAH-PMI-3902776

Your renewal documents are on their way, but I wanted to explain why your premium has gone up more than usual this year, as you asked when you called.

Your no claims discount (NCD) works like the ones on car insurance. You were on the maximum discount level (level 6, 65%). Because of the claim for your hip replacement last September (total paid £9,200) and the follow-up outpatient physiotherapy (£540), your NCD has moved down two levels, to level 4 (45%). It will go back up one level for each claim-free year.

Premium 2024/25: £84.12 a month
Premium 2025/26: £121.37 a month (including the age increase and Insurance Premium Tax at 12%)

A few options that could bring this down:
- increase your excess from £250 to £500: saves about £14 a month
- change to the "6-week option" (we only pay if the NHS wait for in-patient treatment is longer than 6 weeks): saves about £29 a month
- protect your NCD for £6.30 a month, so one claim a year doesn't affect it

Just let me know before 1 March if you'd like to change anything.

Kind regards,

Ellie Sutcliffe
Senior Customer Services Adviser, Nordanker Health
"""
    return dated("2025-01-27 12:25", mail(86, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "PMI renewal explaining NCD loss after the member's hip replacement claim"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "joanne.maddox@keynshammail.example",
                "Your renewal - why your premium has changed", body))


def m087():
    body = """Hi team,

Please use this updated template from Monday for moratorium declines. The main change is the new paragraph on the FOS and the tone of the opening, following the Consumer Duty review. Replace everything in [[double brackets]] and delete the bits that don't apply. Do not save completed letters back into the template library.

---

Dear [[Title]] [[Surname]],

Your recent claim -- membership number [[membership number]]

Thank you for sending us [[evidence received, e.g. "the referral letter from your GP"]] about [[condition in plain English]].

I'm sorry to tell you that we can't cover [[treatment requested]].

Your policy started on [[start date]] on moratorium underwriting. This means we don't cover treatment for any condition you had symptoms of, received treatment or medication for, or asked advice about in the five years before your policy started -- until you've had two continuous years of cover without any symptoms, treatment or advice for that condition.

[[Explain in one or two sentences what the evidence shows and why it's pre-existing. Quote the evidence accurately.]]

This doesn't affect your cover for new conditions that started after [[start date]].

If you think we've got something wrong, please ask your GP or consultant to write to us and we'll look at it again. If you're unhappy with our decision you can complain to us, and then to the Financial Ombudsman Service.

Yours sincerely,

[[Name]]
[[Job title]], Nordanker Health

---

Thanks,
Claire
"""
    return dated("2024-12-06 15:00", mail(87, ("NORMAL", "en", "internal",
                     "trap: moratorium decline letter template with [[placeholders]], no member"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Health Claims Team <health.claims.team@nordanker.example>",
                "Updated template - moratorium decline letter", body))


def m088():
    body = """Hi Ben,

One of our drivers had a bump this morning, details below. Nobody injured thankfully.

Fleet policy: NAG-FLT-0071245
Our vehicle: DAF LF 7.5t, AF22 XRT
Driver: Paulina Nowak (employee, on our driver list since November)
Date/time: 27/01/2025, approx. 06:20
Location: Tesco distribution centre, Peterborough -- yard, loading bay 14
What happened: Paulina was reversing onto the bay and clipped the corner of a parked trailer (Tesco's, trailer no. 58221). Damage to our nearside rear light cluster and the trailer's rear corner post. Tesco's yard manager (Steve Riley) took photos.
Injuries: none
Police: not called

The trailer belongs to Tesco's contractor, they'll probably claim against us. Our own damage looks like about £400 so we'll pay it ourselves.

Mark Tibbs
Transport Manager, Alderbrook Foods plc
"""
    return dated("2025-01-27 13:44", mail(88, ("CONFIDENTIAL", "en", "company",
                     "forwarded fleet incident report: named employee driver, registration, policy number, no injuries"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Motor Claims UK <motorclaims.uk@nordanker.example>",
                "FW: Yard incident Peterborough 27/01 - AF22 XRT",
                "For set-up as notification only (they'll self-fund own damage, TP trailer claim expected). Ben\n\n"
                "-----Original Message-----\nFrom: Mark Tibbs <mark.tibbs@alderbrookfoods.example>\n"
                "Sent: 27 January 2025 10:12\nTo: Ben Hartigan <ben.hartigan@nordanker.example>\n"
                "Subject: Yard incident Peterborough 27/01 - AF22 XRT\n\n" + body))


def m089():
    body = """Claire -- eine Kundin hat auf Deutsch geschrieben; meine Zusammenfassung auf Englisch unten, ihr Original darunter. Kurz: member NAH-PMI-4810337, emergency admission in Germany while visiting family, wants to know if we pay the German hospital invoice (€6,842.17) and the ambulance. I've said we'll come back within 5 days. Marlene

Summary (EN): appendicitis? no -- gallbladder (acute cholecystitis), admitted via ER in Freiburg 27/12, laparoscopic cholecystectomy 28/12, discharged 31/12. Invoice attached to her mail (we have it in the scan queue). She's on our Europe area of cover, so it should be fine subject to the usual reasonable-and-customary check.

-------- Original-Nachricht --------
Von: Annette Reichelt-Byrne <annette.rb@galwaymail.example>
Datum: 07.01.2025 20:15
An: healthclaims@nordanker.example
Betreff: Krankenhausrechnung aus Deutschland - bitte um Erstattung

Sehr geehrte Damen und Herren,

ich bin bei Ihnen privat krankenversichert (Mitgliedsnummer NAH-PMI-4810337, ich wohne in Galway). Über Weihnachten war ich bei meiner Mutter in Freiburg und musste am 27.12. mit starken Bauchschmerzen und Fieber in die Notaufnahme des Universitätsklinikums. Diagnose: akute Gallenblasenentzündung mit Gallensteinen. Am 28.12. wurde mir die Gallenblase laparoskopisch entfernt, Entlassung am 31.12.

Die Klinik hat mir eine Rechnung über 6.842,17 EUR geschickt (Fallpauschale DRG H08B plus Zweibettzimmer und Chefarztbehandlung). Der Rettungswagen kostet noch einmal 812,00 EUR. Ich habe beides noch nicht bezahlt, die Zahlungsfrist ist der 31.01.

Übernehmen Sie die Kosten direkt, oder muss ich erst zahlen? Meine Bankverbindung für eine Erstattung: IBAN DE44 5001 0517 5407 3249 31 (Konto in Deutschland).

Mit freundlichen Grüßen
Annette Reichelt-Byrne
geb. 14.03.1971
"""
    return dated("2025-01-08 09:52", mail(89, ("STRICTLY_CONFIDENTIAL", "mixed", "customer",
                     "forwarded German customer mail: emergency cholecystectomy in Freiburg, DRG, birth date, IBAN"),
                "Marlene Sauer <marlene.sauer@nordanker.example>",
                "Claire Holloway <claire.holloway@nordanker.example>",
                "WG: Krankenhausrechnung aus Deutschland - bitte um Erstattung", body, cte="8bit"))


def m090():
    body = """Friday Data Protection Quiz #12 -- answers at the bottom, no peeking!

1. Which of these is special category data under UK GDPR?
   a) a customer's car registration
   b) the fact that a member had a hip replacement
   c) a customer's salary
   d) a customer's date of birth

2. A GP surgery emails a medical report to the claims team's personal Gmail "because the shared mailbox bounced". What do you do?

3. True or false: a policy number on its own, in an email to a colleague, is never personal data.

4. A broker asks for "the names of everyone in the Fenwick scheme who's claimed on PMI this year" so they can explain the renewal premium. Can we send it?

5. What is the time limit for reporting a personal data breach to the ICO (or the Data Protection Commission in Ireland)?

...

Answers: 1 b) -- health data is special category; c) and d) are personal data but not special category. 2 Don't forward it anywhere else, tell the DPO, and ask IT to remove it from the personal account. 3 False -- it identifies a person when combined with our systems. 4 No -- only anonymised, aggregated claims experience. 5 72 hours from becoming aware.

Have a good weekend!
Hannah (DPO)
"""
    return dated("2024-11-29 11:00", mail(90, ("NORMAL", "en", "internal",
                     "trap: data protection quiz mentioning hip replacement, salary, DOB generically"),
                "Hannah Okafor <hannah.okafor@nordanker.example>",
                "All Staff UK & IE <allstaff.ukie@nordanker.example>",
                "Friday DP Quiz #12", body))


def m091():
    cal = ics("Survey_appointment.ics", "d95-0091-survey@nordanker.example", "20241203T093000", "20241203T113000",
              "Subsidence survey - 7 Sycamore Avenue, Sidcup",
              "7 Sycamore Avenue, Sidcup DA15 8PL", "gemma.whitlock@nordanker.example",
              "Structural engineer: Priyesh Lakhani CEng (Thornbury Structural). Claim NAG-HH-24-119633. Please provide access to the rear extension and the garden.",
              attendees=["r.odonoghue@kentmail.example"])
    body = """Dear Mrs O'Donoghue,

Claim NAG-HH-24-119633 -- cracking to the rear extension, 7 Sycamore Avenue, Sidcup DA15 8PL

Thank you for your patience. Our structural engineer, Priyesh Lakhani, will visit on Tuesday 3 December from 9:30am to see the cracks you reported to the rear extension and the patio doors. I've attached a calendar invite.

He'll probably want to:
- measure and photograph the cracks and fit "tell-tales" to monitor movement over the next few months
- look at the two large oak trees in your neighbour's garden
- arrange a trial pit and drain survey if he thinks it's subsidence

Please note that there's a £1,000 excess for subsidence claims on your policy (NAG-HOM-3284455).

If Tuesday doesn't suit, just reply and I'll rearrange.

Kind regards,
Gemma Whitlock
Property Claims Handler | Nordanker General
"""
    return dated("2024-11-25 14:55", mail(91, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "subsidence claim with ICS: named policyholder, insured address, claim and policy number"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Rosemary O'Donoghue <r.odonoghue@kentmail.example>",
                "Surveyor visit 3 December - claim NAG-HH-24-119633", body, atts=[cal]))


def m092():
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#1d2733">
<p>Dear Mr Adeyemi-Clarke,</p>
<p>Here's your claims statement for the policy year 01/04/2024 &ndash; 31/03/2025, as requested.</p>
<p><b>Membership number:</b> NAH-PMI-6027715 &nbsp; <b>Member:</b> Mr Tunde Adeyemi-Clarke</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c5cfdb;font-size:12px">
<tr style="background:#e8eef5"><th>Date</th><th>Provider</th><th>Treatment</th><th align="right">Charged</th><th align="right">Paid by us</th><th align="right">You paid</th></tr>
<tr><td>14/05/2024</td><td>Dr S. Varma, Consultant Gastroenterologist</td><td>Outpatient consultation &ndash; rectal bleeding</td><td align="right">&pound;250.00</td><td align="right">&pound;0.00</td><td align="right">&pound;250.00 (excess)</td></tr>
<tr><td>29/05/2024</td><td>The London Digestive Centre</td><td>Colonoscopy with biopsy (H2002)</td><td align="right">&pound;1,890.00</td><td align="right">&pound;1,890.00</td><td align="right">&pound;0.00</td></tr>
<tr><td>29/05/2024</td><td>Cellular Pathology Partners</td><td>Histology &ndash; ulcerative colitis confirmed</td><td align="right">&pound;180.00</td><td align="right">&pound;180.00</td><td align="right">&pound;0.00</td></tr>
<tr><td>11/06/2024</td><td>Dr S. Varma</td><td>Follow-up consultation</td><td align="right">&pound;180.00</td><td align="right">&pound;180.00</td><td align="right">&pound;0.00</td></tr>
<tr><td>06/11/2024</td><td>Dr S. Varma</td><td>Review &ndash; mesalazine response</td><td align="right">&pound;180.00</td><td align="right">&pound;180.00</td><td align="right">&pound;0.00</td></tr>
<tr style="font-weight:bold"><td colspan="3">Total</td><td align="right">&pound;2,680.00</td><td align="right">&pound;2,430.00</td><td align="right">&pound;250.00</td></tr>
</table>
<p>Your outpatient limit is &pound;1,000 a year; &pound;540 of it has been used. Ulcerative colitis is a chronic condition, so ongoing monitoring and routine repeat prescriptions will usually be managed by your GP or the NHS rather than under your policy &ndash; we'll keep covering acute flare-ups.</p>
<p>Kind regards,<br>Health Claims, Nordanker Health</p>
</body></html>"""
    return dated("2024-11-14 10:10", mail(92, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "HTML-only claims statement table: colonoscopy, ulcerative colitis, mesalazine for a named member"),
                "Nordanker Health Claims <healthclaims@nordanker.example>",
                "tunde.ac@londonmail.example",
                "Your claims statement 2024/25", html=html))


def m093():
    rows = [["Nordanker Group Risk - indicative rate card 2025 (per GBP 1,000 of salary / sum insured, per annum)"],
            ["Age band", "Group Life (4x salary) per 1,000 SI", "Group IP 13wk deferred, 75% salary, to SPA", "Group IP 26wk deferred", "Group CI (flat GBP 50k) per 1,000 SI"],
            ["under 30", 0.42, 3.10, 2.35, 0.61],
            ["30-39", 0.58, 4.85, 3.70, 1.02],
            ["40-49", 1.21, 8.40, 6.45, 2.39],
            ["50-59", 2.96, 14.20, 11.10, 5.18],
            ["60-SPA", 6.02, 21.75, 17.30, 9.44],
            ["Notes: free cover limit Life GBP 1.5m / IP GBP 150k benefit p.a.; minimum scheme size 10 lives; rates exclude IPT."]]
    body = """Hi Priya,

As discussed, our indicative 2025 rate card for group life, group IP and group CI is attached. Real quotes will be based on the actual census and claims experience, of course -- this is just for your pitch to the new prospects.

Please treat it as commercially sensitive; not for onward sharing with clients.

Best,
Sanjay
"""
    return dated("2025-01-14 12:40", mail(93, ("NORMAL", "en", "insurer-to-broker",
                     "trap: group life/IP/CI rate card by age band (XLSX), no person"),
                "Sanjay Mehta <sanjay.mehta@nordanker.example>",
                "Priya Deshmukh <priya.d@thistlecrane.example>",
                "Group Risk indicative rates 2025", body,
                atts=[xlsx("GroupRisk_rate_card_2025.xlsx", rows, "Rates")]))


def m094():
    body = """Hi Ms Fairweather,

All done -- here's what's changed on your car insurance from today:

Policy: NAG-MTR-00624409
Old car: 2016 Ford Fiesta, reg. EA16 UHW -- removed
New car: 2022 MG ZS EV Trophy, reg. LC72 FNZ -- added, comprehensive, social, domestic & pleasure and commuting
Additional driver added: Mr Nathaniel Fairweather, DOB 30/03/2006, provisional licence converted to full licence 14/11/2024
Adjustment premium: £386.55 for the rest of the policy year (young newly-qualified driver), added to your monthly instalments: 8 x £48.32 from 1 February

Your new certificate of motor insurance is in your MyCover documents.

Please note the excess for Nathaniel is £750 (young driver excess £500 + compulsory £250) if he's driving at the time of a claim.

Thanks,
Aliyah

Aliyah Rashid
Motor Customer Services | Nordanker General
"""
    return dated("2025-01-21 16:02", mail(94, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "motor mid-term adjustment: new vehicle reg, added young driver with DOB, premium"),
                "Aliyah Rashid <aliyah.rashid@nordanker.example>",
                "j.fairweather@surreymail.example",
                "Changes to your car insurance - NAG-MTR-00624409", body))


def m095():
    body = """Hi Marco,

You asked for a breakdown of what's counted towards your 2024 deductible and out-of-pocket maximum before you move money out of your HSA. Here it is (in-network, family tier):

Family deductible 2024: $1,500 -- met on 11/08/2024
Out-of-pocket maximum: $6,000 -- $2,318.42 used so far

Date        Patient   Service                                  Applied to deductible   Coinsurance/copay
01/16/2024  Marco     PCP visit - diabetes follow-up (99214)    $164.00
01/16/2024  Marco     HbA1c + lipid panel (83036, 80061)         $71.30
02/02/2024  Marco     Metformin ER 1000mg, 90 days (Rx)          $0 (generic, $10 copay)  $10.00
04/11/2024  Lucia     ER visit - asthma exacerbation (99284)    $610.00                   $75.00 ER copay
04/11/2024  Lucia     Albuterol nebulizer (94640)                $42.10
05/20/2024  Marco     Endocrinology consult (99204)             $241.20
08/27/2024  Lucia     PCP visit + strep test                     $192.40
11/08/2024  Marco     Metformin + Jardiance 10mg, 90 days        $179.00 -> deductible met; then 20%     $184.42
...         Sofia     Annual physical (preventive, 100% covered) --

The remaining HSA-eligible expenses for 2024 are yours to reimburse from the HSA whenever you like -- keep the EOBs for the IRS.

Best,
Kayla
"""
    return dated("2024-12-09 19:30", mail(95, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "US deductible/OOP breakdown: member and children's diabetes drugs, ER asthma visit, CPT codes"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Marco Delgado <mdelgado@lakeviewmail.example>",
                "RE: 2024 deductible / HSA question", body, cte="8bit", flowed=True, tz=0))


def m096():
    guide = [
        "NORDANKER GROUP PMI -- MENTAL HEALTH PATHWAY: A GUIDE FOR HR AND LINE MANAGERS",
        "",
        "How your employees get help",
        "1. Self-referral: employees can call our Mental Health Line or use the app -- no GP referral needed.",
        "2. Triage within 48 hours by a mental health nurse or psychologist.",
        "3. Treatment: up to 8 sessions of CBT, counselling or EMDR with a network therapist.",
        "   If more is needed, referral to a consultant psychiatrist; in-patient or day-patient care",
        "   where your scheme includes it (up to 28 days a year).",
        "4. Return-to-work support via the Employee Assistance Programme.",
        "",
        "What HR will (and won't) see",
        "- We will never tell you which employees have used the pathway or why.",
        "- Quarterly MI shows only totals (e.g. number of triages, top 3 presenting issues) and only where at",
        "  least 10 employees are involved.",
        "",
        "Common conditions treated: anxiety, depression, stress, PTSD, eating disorders, OCD.",
        "Not covered: dementia, learning difficulties, drug or alcohol addiction (except detox under scheme option B).",
    ]
    body = """Dear HR colleague,

As part of your company's Nordanker Group PMI scheme, your employees have access to our fast-track mental health pathway. We've produced a short guide for HR teams and line managers explaining how it works, what's covered and -- importantly -- what information you will and won't receive.

Download or print the attached guide and share it with your managers.

Best wishes,

Nordanker Group Health
"""
    return dated("2024-10-10 07:30", mail(96, ("NORMAL", "en", "newsletter",
                     "trap: employer guide to the mental health pathway (PTSD, eating disorders, addiction) as PDF"),
                "Nordanker Group Health <grouphealth.news@nordanker.example>",
                "undisclosed-recipients:;",
                "World Mental Health Day: your employees' mental health pathway", body,
                atts=[pdf("Nordanker_MH_pathway_guide_HR.pdf", guide, "Mental health pathway guide")]))


def m097():
    body = """Hi Stefan,

Two claim refunds from the UK branch bounced back from the bank overnight (SEPA return reason AC01 "incorrect account number") -- could you check whether we keyed them wrongly or the customers gave us wrong details? Both are home claims, so no rush for a same-day payment.

1) NAG-IE-HH-24-003412 -- Mr Pádraig Kinsella, Kilkenny -- €1,240.00
   IBAN as entered: IE29 AIBK 9311 5212 3456 76
   (customer's form shows the last two digits as "78" -- looks like a keying error on our side)

2) NAG-HH-24-120087 -- Ms Olivia Brandt, Oxford -- £860.00 (paid in EUR at customer's request, German account)
   IBAN as entered: DE66 3705 0198 0012 3456 78
   (this one validates, so it might be a closed account -- I'll ring her)

Thanks,
Liam
"""
    return dated("2024-12-17 09:05", mail(97, ("CONFIDENTIAL", "en", "internal",
                     "returned claim refunds: named customers, claim numbers, amounts, IBANs (one mis-keyed)"),
                "Liam Doherty <liam.doherty@nordanker.example>",
                "Stefan Heitmann <stefan.heitmann@nordanker.example>",
                "SEPA returns AC01 - 2 UK/IE claim refunds", body, tz=0))


def m098():
    body = """Dear Sir or Madam,

Request for Proposal RFP-GR-2025-02: Vocational rehabilitation and case management services -- Group Income Protection

Nordanker Insurance UK & Ireland invites suitably experienced providers to submit a proposal for vocational rehabilitation services for our Group Income Protection book (approx. 310,000 insured employees, 1,900 new absence notifications a year).

Scope:
- telephone assessment within 3 working days of referral
- face-to-face case management across the UK and Ireland
- access to physiotherapy, psychological therapies (CBT, EMDR) and occupational therapy networks
- workplace assessments and return-to-work plans
- monthly MI (anonymised) and quarterly outcome reporting

Requirements: Cyber Essentials Plus or ISO 27001; clinicians registered with NMC/HCPC/CORU; UK/EEA data storage; evidence of outcomes (e.g. % returned to work before end of deferred period).

Timetable: expressions of interest by 14 February 2025; full proposals by 14 March; presentations w/c 7 April; contract start 1 July 2025.

Please do not include any case examples that could identify an individual.

Procurement contact: procurement.uk@nordanker.example

Yours faithfully,

Procurement UK & Ireland
Nordanker Insurance UK & Ireland
"""
    return dated("2025-01-24 10:00", mail(98, ("NORMAL", "en", "insurer-to-supplier",
                     "trap: RFP for vocational rehab providers (CBT, physio, GIP), no individual"),
                "Procurement UK & IE <procurement.uk@nordanker.example>",
                "tenders@rehabpartners.example",
                "RFP-GR-2025-02 Vocational rehabilitation services", body))


def m099():
    body = """Hi all,

Quick reminder for anyone handling IP and group IP claims, following questions in last week's huddle:

Fit notes (Statement of Fitness for Work) in England, Scotland and Wales:
- Since July 2022 they can be issued and signed by GPs, nurses, occupational therapists, pharmacists and physiotherapists -- not just doctors. A fit note signed by a physio is valid.
- They don't need a wet signature. Digital fit notes are fine.
- For the first 7 calendar days of sickness employees self-certify; fit notes are needed after that.
- "May be fit for work" with adjustments (phased return, amended duties, altered hours, workplace adaptations) is important for us -- it's often the start of a rehab conversation.

Ireland: there is no fit note as such; GPs issue "medical certificates" for the Department of Social Protection and employers. These usually state only "unfit for work" and a period, so ask for a clinical report if you need more.

US expat plans: there's no equivalent -- the employer's STD/LTD carrier sets its own forms.

Nicola
"""
    return dated("2024-11-08 09:40", mail(99, ("NORMAL", "en", "internal",
                     "trap: guidance on fit notes / medical certificates for claims staff, no case"),
                "Nicola Bright <nicola.bright@nordanker.example>",
                "Group Risk Claims <grouprisk.claims@nordanker.example>",
                "Reminder: fit notes - who can sign them", body))


def m100():
    body = """Dear Mr and Mrs Lockhart,

Travel insurance claim -- cancellation
Claim: TRV-24-05531 | Policy: NAG-TRV-AN-0188023 (annual multi-trip, family)

I'm sorry to hear about your redundancy, Mr Lockhart. Compulsory redundancy is one of the reasons for cancellation that your policy covers, as long as you weren't aware of it when you booked the trip or took out the policy.

Trip: Orlando, Florida, 12-26 April 2025, booked 8 June 2024 (Virgin Holidays)
Reason for cancellation: compulsory redundancy of Mr Angus Lockhart, notified 29 November 2024 (employer's letter received)
Cancellation charges: £4,874 (100% of the holiday cost, cancelled within the full-cancellation period)
Policy limit: £5,000 per person
Excess: £75 per adult, so £150 in total
Amount payable: £4,724

We'll pay this by bank transfer to the account ending 3307 within 5 working days.

Best wishes for your job search,

Travel Claims Team
Nordanker General
"""
    return dated("2024-12-20 11:45", mail(100, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "travel cancellation for redundancy (no health content): named insured, claim/policy number"),
                "Nordanker Travel Claims <travelclaims@nordanker.example>",
                "angus.lockhart@scotmail.example",
                "Your cancellation claim TRV-24-05531", body))
# ================================================================ mails 101-125


def m101():
    body = """Dear Mrs Hendry,

I'm so sorry to hear that your husband was taken ill in Florida. I've now spoken to the hospital and to our medical team, and I wanted to put in writing what happens next.

Claim: TRV-25-00142 | Policy: NAG-TRV-AN-0192277 (annual multi-trip, couple, worldwide incl. USA)
Patient: Mr Graham Hendry, DOB 06/05/1956
Hospital: Gulf Coast Regional Medical Center, Fort Myers FL -- admitted via the ER on 4 February

What the hospital has told us: Mr Hendry had a stroke (left middle cerebral artery) and was given thrombolysis in the ER. He's in the stroke unit, stable, with weakness in his right arm and some difficulty with speech. The treating neurologist, Dr Ramirez, expects him to be fit to fly with a medical escort in 7-10 days.

What we're doing:
- We've issued a guarantee of payment to the hospital, so you won't be asked for a credit card. The hospital's estimate so far is $148,000.
- Our medical assistance partner will arrange a repatriation flight with a nurse escort, business class with a flat bed, back to Edinburgh. We'll book your seat on the same flight.
- On arrival, an ambulance will take him to the Royal Infirmary stroke unit; our doctors will do a clinician-to-clinician handover.
- Your extra hotel costs in Fort Myers are covered up to $250 per night -- keep receipts.

Mr Hendry's declared conditions on the policy were high blood pressure (amlodipine) and raised cholesterol, which you told us about when you bought the policy, so there's no issue with cover.

My direct number is +44 20 7946 0855 and the 24-hour assistance line is on the back of your policy card.

With best wishes to you both,

Rachel Ong, RN
Case Manager, International Assistance
Nordanker Insurance UK & Ireland
"""
    return dated("2025-02-05 14:20", mail(101, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "travel medical claim: stroke in Florida, thrombolysis, repatriation, DOB, declared conditions"),
                "Rachel Ong <rachel.ong@nordanker.example>",
                "Morag Hendry <morag.hendry@fifemail.example>",
                "Graham - claim TRV-25-00142 - next steps", body))


def m102():
    body = """Dear Mark,

Thank you for the meeting last Thursday. As agreed, here is our position on the 2025 network pricing for the Meridian Healthcare Group hospitals (12 sites).

1. Packaged prices (CCSD-coded), 2025 increase of 3.5% across the board, except:
   - Primary hip and knee replacement (W3712, W4022 etc.): held at 2024 prices, in exchange for our volume guarantee of 1,100 joints a year
   - Cataract surgery (C7122): reduced to £2,150 per eye following the move to the Ashby eye centre
   - Diagnostic MRI, one body part: £395 (was £420)
2. Chemotherapy drug margin capped at list price +8% (was +12%).
3. High-cost drugs list (Appendix D) to be reviewed quarterly.
4. Length-of-stay outliers: reviewed jointly each month; no automatic payment for extra nights without a concurrent review.
5. Term: 1 April 2025 to 31 March 2027, with a break clause at 12 months.

We'd like to sign before the end of February. Our legal team will send a revised draft of the agreement by 14 February.

Kind regards,

Alistair Munro
Head of Network Management, Nordanker Health
"""
    return dated("2025-02-06 17:15", mail(102, ("NORMAL", "en", "insurer-to-partner",
                     "trap: hospital network pricing (hip/knee, cataract, chemotherapy) with no patient"),
                "Alistair Munro <alistair.munro@nordanker.example>",
                "Mark Sadler <mark.sadler@meridianhealthcare.example>",
                "2025 network pricing - Meridian Healthcare Group", body))


def m103():
    body = """Hi Gemma,

Renewal coming up for one of our corporate clients -- could you send the claims experience (5 years, paid and outstanding) for the below so we can market it?

Insured: Brampton & Sykes Haulage Ltd (company no. 08817325)
Policies: motor fleet NAG-FLT-0069930; goods in transit NAG-GIT-0012281
Client contact: Mr Neil Brampton, Managing Director, 07700 900 612, neil@bramptonsykes.example

He's also asked whether the outstanding reserve on the 2023 trailer fire (your ref NAG-GIT-C-23-0082) can be reduced, as the recovery from the tyre manufacturer has now been agreed at £38,000.

Thanks,

Rob Marlowe Cert CII
Marlowe Insurance Brokers Ltd
"""
    return dated("2025-01-16 10:25", mail(103, ("CONFIDENTIAL", "en", "broker",
                     "forwarded broker request: company policies with named director contact, policy/claim numbers"),
                "Gemma Whitlock <gemma.whitlock@nordanker.example>",
                "Commercial Claims UK <commercial.claims@nordanker.example>",
                "FW: Claims experience request - Brampton & Sykes Haulage", 
                "Could one of you run the CE report and look at the GIT reserve question? Cheers, Gemma\n\n"
                "-----Original Message-----\nFrom: Rob Marlowe <rob.marlowe@marlowe-ib.example>\n"
                "Sent: 16 January 2025 09:41\nTo: Gemma Whitlock <gemma.whitlock@nordanker.example>\n"
                "Subject: Claims experience request - Brampton & Sykes Haulage\n\n" + body))


def m104():
    body = """Hallo Hannah,

wir haben heute früh eure Meldung im Datenschutz-Tool gesehen (Incident DP-UK-2025-007). For our group register I need a few more details -- sorry to duplicate what you may already have sent to the ICO.

Mein Verständnis bisher:
- Am 20.01. wurde ein Facharztbericht (consultant's report) für Mrs Jacqueline Reeve, membership NAH-PMI-4419052, per Post an eine falsche Adresse geschickt -- an ihre frühere Adresse in Harlow, wo jetzt ein anderes Ehepaar wohnt.
- The report contains her diagnosis (early-onset Parkinson's disease, diagnosed 2024), the medication plan (co-careldopa, ropinirole) and a note on a referral to a psychiatrist for depression.
- Die neuen Bewohner haben den Brief geöffnet und am 23.01. bei euch angerufen; the letter has been collected back by courier.

Fragen:
1. Why was the old address still on the letter? Was her address change (which I understand was in November) only updated in the portal but not in ClaimHub?
2. Has Mrs Reeve been informed, and does she want to complain?
3. Did you report to the ICO within 72 hours (by 26.01.)? Bitte die Referenznummer.
4. Are other members affected by the same sync issue?

Ich brauche die Antworten bis Donnerstag für das Konzern-Datenschutzreporting an den Vorstand.

Danke und viele Grüße
Katrin

Katrin Vogel
Konzerndatenschutz, Nordanker Versicherung AG, Hamburg
"""
    return dated("2025-01-27 08:30", mail(104, ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
                     "data breach follow-up (DE/EN): named member, Parkinson's, medication, depression referral"),
                "Katrin Vogel <katrin.vogel@nordanker.example>",
                "Hannah Okafor <hannah.okafor@nordanker.example>",
                "DP-UK-2025-007 - Fehlversand Arztbericht / misdirected consultant report", body, tz=60))


def m105():
    pem = textfile("nordanker-uk-gateway-2025.pem", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIUQ2b9fGx1c3RyYXRpb25Pbmx5MA0GCSqGSIb3DQEBCwUA
MEUxCzAJBgNVBAYTAkdCMRcwFQYDVQQKDA5Ob3JkYW5rZXIgVUsgSUUxHTAbBgNV
BAMMFG1haWwubm9yZGFua2VyLmV4YW1wbGUwHhcNMjUwMTAxMDAwMDAwWhcNMjYw
MTAxMDAwMDAwWjBFMQswCQYDVQQGEwJHQjEXMBUGA1UECgwOTm9yZGFua2VyIFVL
IElFMR0wGwYDVQQDDBRtYWlsLm5vcmRhbmtlci5leGFtcGxlMIIBIjANBgkqhkiG
-----END CERTIFICATE-----
""", ctype="application/x-pem-file")
    body = """Hi Tyrone,

Following your security team's questionnaire, here are our answers on email transport between Nordanker and Brightwater:

1. TLS: our gateway (mail.nordanker.example) enforces TLS 1.2 or higher for your domain brightwater-tpa.example, both directions. If TLS fails, the mail is held and not sent in clear.
2. Certificate: the new gateway certificate is valid from 1 January 2025 to 1 January 2026 (public certificate attached, PEM). Fingerprint (SHA-256) 4F:9A:21:...:C7 -- please confirm by phone before pinning it.
3. S/MIME: we can also use a domain certificate for gateway-to-gateway S/MIME if your HIPAA risk assessment requires encryption on top of TLS.
4. Portal: for members without TLS-capable mail we use our SecureMail portal.

Let me know if your team needs anything else for the BAA renewal.

Regards,
Priya Nair
IT Security, Nordanker UK & IE
"""
    return dated("2025-01-22 11:10", mail(105, ("NORMAL", "en", "insurer-to-partner",
                     "trap: TLS/S-MIME answer to US TPA with public certificate (PEM), HIPAA mention, no PHI"),
                "Priya Nair <priya.nair@nordanker.example>",
                "Tyrone Gaines <tgaines@brightwater-tpa.example>",
                "RE: Security questionnaire - email encryption", body, atts=[pem]))


def m106():
    body = """Dear Ms Hegarty,

Thanks for your phone call. We've updated the bank account for your car insurance direct debit as requested.

Policy: NAG-IE-MTR-2317760 (2021 Toyota Corolla hybrid, 211-KY-3318)
Account holder: Deirdre Hegarty
New IBAN: IE56 BOFI 9000 1729 3847 56 -- hmm, sorry, please ignore that line, it was copied from another note. Your new IBAN as given on the phone is:
IE25 AIBK 9320 8864 5120 97
Old account: ending ...3301 (closed)
Next collection: €61.20 on 1 March 2025
New mandate reference: NAIE-DD-2317760-02

If any of this isn't right, please phone us on 01 555 8200 before 20 February.

Kind regards,

Customer Services, Nordanker Insurance Ireland
"""
    return dated("2025-02-10 12:05", mail(106, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "Irish motor direct debit change: named customer, registration, IBAN (plus a wrongly pasted one)"),
                "Nordanker Ireland Customer Services <customerservices.ie@nordanker.example>",
                "deirdre.hegarty@kerrymail.example",
                "Your new direct debit details - NAG-IE-MTR-2317760", body, tz=0))


def m107():
    body = """Rachel,

Dr. Lindqvist's office finally sent Greg Ostrowski's records (see below) -- they came to me because the HIPAA authorization named me as the contact. Can you attach them to the case for the neurosurgery pre-cert?

Kayla

From: Northside Family Medicine - Records <records@northsidefm.example>
Sent: Friday, November 22, 2024 4:51 PM
To: Kayla Brooks <kayla.brooks@nordanker.example>
Subject: Records release - OSTROWSKI, GREGORY - DOB 02/14/1981

Per the attached HIPAA-compliant authorization signed by the patient on 11/15/2024, please find the requested records (office notes 10/28/2024 and 11/18/2024, MRI report 11/19/2024).

OFFICE NOTE 10/28/2024 -- Amy Lindqvist, MD
CC: low back pain radiating to L leg x 6 wks, new numbness L foot, difficulty with heel walking.
Exam: L foot dorsiflexion 3/5, decreased sensation L5 dermatome, SLR positive L at 40 deg. No saddle anesthesia, bladder/bowel normal.
A/P: L5 radiculopathy with motor deficit (M54.17). Urgent MRI L-spine. Gabapentin 300 mg TID. PT deferred. Return precautions for cauda equina reviewed.

MRI L-SPINE W/O CONTRAST 11/19/2024 -- Northside Imaging
Impression: large left paracentral disc extrusion at L4-L5 with severe left lateral recess stenosis and compression of the traversing left L5 nerve root.

OFFICE NOTE 11/18/2024
Foot drop unchanged. Referred to neurosurgery (Dr. K. Obi) for microdiscectomy evaluation. Off work per employer's STD form.

CONFIDENTIALITY NOTICE: This message contains protected health information. Redisclosure without the patient's further authorization is prohibited.
"""
    return dated("2024-11-25 15:00", mail(107, ("STRICTLY_CONFIDENTIAL", "en", "doctor",
                     "forwarded US PCP records: radiculopathy, foot drop, MRI disc extrusion, DOB, HIPAA"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Rachel Ong <rachel.ong@nordanker.example>",
                "FW: Records release - OSTROWSKI, GREGORY - DOB 02/14/1981", body, tz=0))


def m108():
    tc = [["test_id", "scenario", "customer_name", "dob", "iban", "expected_result"],
          ["TC-PAY-001", "valid UK IBAN, new DD mandate", "Joe Bloggs (TEST)", "01/01/1980", "GB29 NWBK 6016 1331 9268 19", "mandate created"],
          ["TC-PAY-002", "valid IE IBAN, SEPA mandate", "Jane Citizen (TEST)", "01/01/1975", "IE29AIBK93115212345678", "mandate created"],
          ["TC-PAY-003", "IBAN with bad check digits", "Joe Bloggs (TEST)", "01/01/1980", "GB00 NWBK 6016 1331 9268 19", "rejected: checksum"],
          ["TC-PAY-004", "sort code not in EISCD", "Joe Bloggs (TEST)", "01/01/1980", "n/a sort code 99-99-99", "rejected: unknown bank"],
          ["TC-PAY-005", "age under 18 at inception", "Minnie Mouse (TEST)", "01/01/2010", "GB29NWBK60161331926819", "rejected: age"]]
    body = """Hi Stefan,

Test pack for the new payments module (UK/IE direct debits) is attached. All customers are obviously fake and the IBANs are the standard published examples from the ECBS/IBAN registry -- please don't replace them with real ones from production.

TC-PAY-003 uses GB00 on purpose (should fail the mod-97 check).

Priya
"""
    return dated("2025-01-29 14:40", mail(108, ("NORMAL", "en", "internal",
                     "trap: payment test cases with fictitious (TEST) customers and published example IBANs"),
                "Priya Nair <priya.nair@nordanker.example>",
                "Stefan Heitmann <stefan.heitmann@nordanker.example>",
                "Test cases payments module UK/IE", body,
                atts=[csvfile("TC_payments_UKIE.csv", tc, delimiter=";")]))


def m109():
    body = """Household claims -- new burglary notification from the customer, please set up and appoint a loss adjuster (high value). Aliyah

-----Original Message-----
From: Vikram Chandrasekar <vikram.chandra@surreymail.example>
Sent: 02 February 2025 21:05
To: motor.home@nordanker.example
Subject: Burglary at our home - policy NAG-HOM-3302198

Hello,

We were burgled last night (1 Feb) while we were out at a family dinner between about 7pm and 11pm. The back door was forced with a crowbar. Address: 18 Cedar Way, Guildford GU1 2RX.

Taken:
- my wife's jewellery: gold bangles and necklace set (wedding jewellery, valued 2019 at £14,500 -- valuation certificate in the safe that they didn't find)
- a Rolex Datejust, bought 2020, £7,950
- 2 laptops (MacBook Pro, Dell XPS) and an iPad
- about £600 in cash

Surrey Police came this morning, crime reference 45250011872. Forensics took fingerprints from the door.

The back door needs replacing, a joiner is boarding it up tomorrow.

Please let me know what you need from us.

Vikram Chandrasekar
07723 510 442
"""
    return dated("2025-02-03 08:50", mail(109, ("CONFIDENTIAL", "en", "customer",
                     "forwarded burglary notification: named policyholder, address, stolen valuables, crime reference"),
                "Aliyah Rashid <aliyah.rashid@nordanker.example>",
                "Household Claims UK <household.claims@nordanker.example>",
                "FW: Burglary at our home - policy NAG-HOM-3302198", body))


def m110():
    sched = [
        "NORDANKER LIFE -- POLICY SCHEDULE",
        "",
        "Policy number: NAL-DT-2025-000731",
        "Product: Decreasing term assurance (mortgage protection) with critical illness cover",
        "Life assured 1: Mr Owain Rhys Bevan, date of birth 11/10/1983, smoker status: non-smoker",
        "Life assured 2: Mrs Catrin Bevan, date of birth 27/04/1985, smoker status: non-smoker",
        "Initial sum assured: GBP 285,000, reducing over 25 years in line with a repayment mortgage at 7%",
        "Start date: 01/02/2025",
        "",
        "Monthly premium: GBP 64.18",
        "  of which standard premium: GBP 41.40",
        "  of which underwriting loading: GBP 22.78",
        "",
        "Special terms:",
        "  Life assured 1 -- +75% loading on life and CI: type 1 diabetes mellitus (diagnosed 1999).",
        "  Life assured 1 -- CI exclusion: no CI benefit is payable for kidney failure or blindness",
        "    caused by diabetes or its complications.",
        "  Life assured 2 -- standard terms.",
        "",
        "Trust: not written in trust.",
    ]
    body = """Dear Mr and Mrs Bevan,

Welcome to Nordanker Life. Your policy documents are attached -- please read your schedule carefully and keep it somewhere safe.

You have 30 days to change your mind and cancel for a full refund.

Kind regards,
Nordanker Life New Business
"""
    return dated("2025-01-31 08:10", mail(110, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "harmless welcome body; DOCX schedule with DOBs, diabetes loading and CI exclusion"),
                "Nordanker Life New Business <life.newbusiness@nordanker.example>",
                "owain.bevan@cymrumail.example",
                "Your Nordanker Life policy documents", body,
                cc="catrin.bevan@cymrumail.example",
                atts=[docx("Policy_schedule_NAL-DT-2025-000731.docx", sched)]))


def m111():
    body = """Dear Mr Haldane,

Thank you for your question about how we use health information.

When you apply for life, critical illness or income protection cover, or make a claim on private medical insurance, we need to collect information about your health. Under UK data protection law this is "special category data", and we only use it to:
- decide whether we can offer cover and on what terms (underwriting)
- assess and pay claims
- prevent and detect fraud
- meet our legal and regulatory obligations (for example, reporting to our regulators)

We may share it with reinsurers (who share the risk with us), with medical professionals who advise us, and with our service providers who are bound by strict confidentiality. We never use health information for marketing, and we never sell it.

If we need a report from your GP or a specialist, we'll always ask for your consent first, and you have the right to see the report before it's sent to us (Access to Medical Reports Act 1988).

Our full privacy notice is at https://www.nordanker.example/privacy. You can contact our Data Protection Officer at dpo.uk@nordanker.example.

Kind regards,

Customer Relations
Nordanker Insurance UK & Ireland
"""
    return dated("2025-02-04 10:20", mail(111, ("NORMAL", "en", "insurer-to-customer",
                     "trap: generic explanation of how health data is used, no contract or health data of the addressee"),
                "Nordanker Customer Relations <customer.relations@nordanker.example>",
                "d.haldane@postmail.example",
                "RE: How do you use my health information?", body))


def m112():
    body = """Hi Mrs Aziz,

Windscreen claim booked -- here are the details:

Policy: NAG-MTR-00633018
Vehicle: 2020 Nissan Qashqai, reg. MA70 VDY
Damage: stone chip grown into a 30cm crack, driver's side
Repairer: ClearView Glass mobile service
Appointment: Thursday 6 February, 8am-12pm, at your home address (21 Moss Lane, Sale M33 6GD)
Windscreen excess: £115 (pay the technician on the day). ADAS camera recalibration is included.

A windscreen claim won't affect your no claims discount.

Thanks,
Aliyah
Motor Customer Services | Nordanker General
"""
    return dated("2025-02-04 15:50", mail(112, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "windscreen claim: named customer, registration, home address, policy number"),
                "Aliyah Rashid <aliyah.rashid@nordanker.example>",
                "samira.aziz@mancmail.example",
                "Windscreen appointment - MA70 VDY", body))


def m113():
    referral = docx("OH_referral_Whitfield.docx", [
        "Cotswold Veterinary Group -- Occupational Health Referral",
        "Employee: Eleanor Whitfield, Practice Manager, Cheltenham branch. DOB 04/07/1968.",
        "Absence: continuous since 18/03/2024 (MS relapse), previously 14 days in 2023 (optic neuritis).",
        "Reason for referral: fitness for a phased return; reasonable adjustments under the Equality Act 2010.",
        "Manager's concerns: fatigue, reduced concentration, falls at home reported by employee.",
        "Employee consents to the report being shared with HR and with Nordanker (GIP insurer): Yes.",
    ])
    ohreport = pdf("Workwell_OH_report_Whitfield.pdf", [
        "WORKWELL OCCUPATIONAL HEALTH -- REPORT TO MANAGEMENT",
        "Re: Eleanor Whitfield (DOB 04/07/1968)     Assessed: 21/11/2024 (telephone)",
        "",
        "Ms Whitfield has relapsing-remitting multiple sclerosis, diagnosed March 2024. She is on",
        "disease-modifying treatment (6-monthly infusions). She reports marked fatigue by early afternoon,",
        "intermittent blurred vision and mild balance problems. Mood is low but she is not depressed.",
        "",
        "Opinion: not currently fit for her substantive role. She may be fit for a phased return of",
        "2 x 4-hour days per week, home-based, from February 2025, subject to her neurologist's view.",
        "Adjustments: flexible start times, rest breaks, large-screen monitor, no driving between sites.",
        "The Equality Act 2010 is likely to apply (MS is a deemed disability from diagnosis).",
        "",
        "Dr Julia Penrose MFOM, Consultant Occupational Physician",
    ], "OH report")
    fitnotes = csvfile("fit_notes_log.csv", [
        ["from", "to", "issued_by", "condition", "may_be_fit"],
        ["18/03/2024", "14/04/2024", "GP Dr A Hale", "Multiple sclerosis relapse", "no"],
        ["15/04/2024", "09/06/2024", "GP Dr A Hale", "Multiple sclerosis", "no"],
        ["10/06/2024", "01/09/2024", "GP Dr A Hale", "MS - fatigue", "no"],
        ["02/09/2024", "24/11/2024", "GP Dr A Hale", "MS - fatigue, visual disturbance", "no"],
        ["25/11/2024", "16/02/2025", "GP Dr A Hale", "Multiple sclerosis", "yes - phased return"]])
    body = """Nicola,

Cotswold Vets' HR manager sent the referral pack for Mrs Whitfield as a ZIP (attached as received). OH report and fit note log are in there. I haven't opened the other files.

Sanjay
"""
    return dated("2024-11-28 10:35", mail(113, ("STRICTLY_CONFIDENTIAL", "en", "company",
                     "harmless body; ZIP from employer with OH referral, OH report and fit notes: multiple sclerosis"),
                "Sanjay Mehta <sanjay.mehta@nordanker.example>",
                "Nicola Bright <nicola.bright@nordanker.example>",
                "FW: Whitfield - OH pack", body,
                atts=[zipatt("Whitfield_OH_pack.zip", [referral, ohreport, fitnotes])]))


def m114():
    rows = [["Schadenjahr", "Sparte", "Altersband", "Region", "Ursache", "Aufwand GBP", "Status"],
            ["2024", "PMI", "60-69", "London/SE", "Onkologie (Immuntherapie)", 612400, "offen"],
            ["2024", "PMI", "0-17", "Schottland", "Neonatologie", 388900, "geschlossen"],
            ["2024", "Life", "50-59", "Midlands", "Tod (Krebserkrankung)", 1200000, "bezahlt"],
            ["2024", "CI", "40-49", "Irland", "Schlaganfall", 450000, "bezahlt"],
            ["2024", "Motor", "18-24", "North West", "Personenschaden Dritter", 2850000, "Reserve"],
            ["2024", "Home", "-", "Irland", "Sturm, Gesamtschaden Gebäude", 512000, "offen"]]
    body = """Liebe Kolleginnen und Kollegen,

anbei die anonymisierte Großschadenliste der Niederlassung UK & Irland für das Geschäftsjahr 2024 (Schwelle 250.000 GBP) für die Sitzung des Rückversicherungsausschusses am 20.02.

Es sind keine Namen, Geburtsdaten oder Vertragsnummern enthalten, nur Sparte, Altersband und Region. Bitte die Liste nicht mit den Einzelschadenakten zusammenführen.

Auffällig sind der Motor-Personenschaden (18-24, North West) mit einer Reserve von 2,85 Mio. GBP und die weiter steigenden Kosten für Immuntherapien in der PMI.

Viele Grüße
Jürgen Albers
Rückversicherung, Nordanker Versicherung AG
"""
    return dated("2025-02-07 11:30", mail(114, ("NORMAL", "de", "internal",
                     "trap: anonymised large-loss list (age bands, regions, oncology, death) in XLSX, German"),
                "Jürgen Albers <juergen.albers@nordanker.example>",
                "RV-Ausschuss <rv-ausschuss@nordanker.example>",
                "Großschadenliste UK & IE 2024 (anonymisiert)", body, tz=60,
                atts=[xlsx("Grossschaeden_UKIE_2024_anonym.xlsx", rows, "Grossschaeden")]))


def m115():
    body = """Sehr geehrter Herr Vossberg,

vielen Dank für die Schadenfreiheitsbescheinigung Ihres bisherigen Versicherers in Deutschland. Wir erkennen Ihren Schadenfreiheitsrabatt gern an.

Ihre neue Kfz-Versicherung in Großbritannien:

Versicherungsnummer: NAG-MTR-00640176
Versicherungsnehmer: Herr Lars Vossberg, geb. 02.09.1981
Anschrift: 7 Rosebery Crescent, Edinburgh EH12 5JY
Fahrzeug: Volvo XC60 B5, britisches Kennzeichen SF24 OVU (bisher HB-LV 281)
Schadenfreiheit: SF 12 in Deutschland (12 schadenfreie Jahre) = 9+ years no claims discount in UK, das ist bei uns die höchste Stufe
Beitrag: £748,20 jährlich, Selbstbeteiligung £350

Bitte beachten Sie: Ihr deutscher Führerschein ist in Großbritannien gültig; Sie müssen ihn nicht umtauschen, solange Sie ihn behalten. Falls Sie Punkte im Fahreignungsregister in Flensburg haben, müssen Sie uns das mitteilen.

Mit freundlichen Grüßen

Marlene Sauer
Kundenservice (deutschsprachig)
Nordanker Insurance UK & Ireland
"""
    return dated("2025-02-11 10:15", mail(115, ("CONFIDENTIAL", "de", "insurer-to-customer",
                     "German-language motor policy confirmation: name, birth date, address, plates, no-claims"),
                "Marlene Sauer <marlene.sauer@nordanker.example>",
                "lars.vossberg@edinmail.example",
                "Ihre Kfz-Versicherung NAG-MTR-00640176 / Anerkennung Schadenfreiheit", body, charset="iso-8859-1"))


def m116():
    body = """Dear Ms Farrant,

Thank you for your email and for telling us about your situation -- I appreciate it can't have been an easy thing to write.

You asked whether you need to tell us that you've tested positive for the BRCA2 gene variant, given that you're applying for critical illness cover and you haven't had cancer.

Under the Code on Genetic Testing and Insurance, which we follow, you do not need to disclose the result of a predictive genetic test (a test done because of your family history, when you don't have symptoms) for life cover up to £500,000 or critical illness cover up to £300,000. Your application is for £180,000 of critical illness cover, so you don't need to tell us, and we won't take it into account.

However, the Code doesn't cover the preventative treatment that might follow. If you go ahead with the risk-reducing mastectomy you mentioned that your consultant at the family history clinic has discussed, that treatment would need to be disclosed if it happens before your policy starts. Your family history (your mother's and aunt's breast cancer) is asked about separately on the application and must be answered as normal.

I'll note on your file that you asked this question, but not the test result itself.

Kind regards,

Rhys Pritchard
Senior Underwriter, Protection | Nordanker Life
"""
    return dated("2025-01-30 13:35", mail(116, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "genetic data: applicant's positive BRCA2 test, family cancer history, possible mastectomy"),
                "Rhys Pritchard <rhys.pritchard@nordanker.example>",
                "Leah Farrant <leah.farrant@webpost.example>",
                "RE: Genetic test - do I need to tell you?", body))


def m117():
    body = """Thank you for contacting Nordanker Health.

We've received your email and will reply within 2 working days. If your email is about a claim, please have your membership number ready if you call us.

Our opening hours are Monday to Friday 8am-8pm, Saturday 9am-1pm.

For medical advice, please use our 24/7 Digital GP in the app. If it's an emergency, call 999 (UK) or 112 (Ireland), or go to A&E.

Nordanker Health
This is an automated reply.
"""
    return mail(117, ("NORMAL", "en", "insurer-to-customer",
                      "trap: auto-acknowledgement mentioning claims, Digital GP, A&E, no content"),
                "Nordanker Health <healthclaims@nordanker.example>",
                "p.sorensen@postmail.example",
                "We've received your email [ref: HC-8821093]", body, headers=[("Auto-Submitted", "auto-replied")])


def m118():
    body = """Hi Counter Fraud team,

Referral please -- motor claim NAG-MTR-C-25-00388.

Claimant/policyholder: Mr Jordan Tyrell Blake, 41 Sefton Road, Liverpool L9 2BD, policy incepted 06/01/2025 (online, price comparison site)
Incident: 19/01/2025, 23:40, "hit a lamp post avoiding a fox", Aintree -- vehicle a 2019 Audi A5 (reg. KY19 LHD) with front-end damage, claimed as total loss, £21,500

Indicators:
- claim 13 days after inception
- the car was bought on 04/01/2025, two days before inception, for £14,000 (per DVLA keeper change and the seller's advert we found) -- now claimed at £21,500
- phone number on the policy is linked on our database to two previous claims under different names (2022, 2023), both with the same repairer (Northern Star Accident Repairs)
- no police report, no witnesses, no photos at the scene

Nothing has been proven -- he's not been accused of anything, and we haven't told him we're investigating. Please consider a CUE / IFB check and an interview under caution is NOT requested at this stage.

Thanks,
Tom Ashby
Motor Claims | Nordanker General
"""
    return dated("2025-01-28 11:55", mail(118, ("CONFIDENTIAL", "en", "internal",
                     "fraud referral: named claimant, address, registration, suspicion only (no conviction)"),
                "Tom Ashby <tom.ashby@nordanker.example>",
                "Counter Fraud UK <counterfraud.uk@nordanker.example>",
                "Fraud referral - NAG-MTR-C-25-00388", body))


def m119():
    body = """Dear Mrs Whitcombe-Yates,

Thank you for your call today, and congratulations on your pregnancy.

As promised, here's a summary of what your Nordanker Health Select policy covers now that you're expecting (membership NAH-PMI-5590031):

Normal pregnancy and childbirth are not covered -- that includes antenatal scans, routine check-ups and a planned or medically necessary caesarean section. These are provided by the NHS.

However, we do cover certain complications of pregnancy, including:
- ectopic pregnancy and molar pregnancy
- miscarriage requiring surgical treatment, or heavy bleeding needing a hospital stay
- pre-eclampsia requiring hospital treatment before delivery
- post-partum haemorrhage and retained placental tissue

You mentioned that at your 12-week scan the sonographer saw a low-lying placenta and you've been referred to the obstetric consultant at 20 weeks. Monitoring of placenta praevia is part of routine maternity care, so it would be provided by the NHS. If you need admission for bleeding related to the placenta, please call us and we'll look at it under the complications benefit.

Your newborn can be added to your policy from birth without medical underwriting, if you let us know within 3 months.

Best wishes,

Ellie Sutcliffe
Senior Customer Services Adviser, Nordanker Health
"""
    return dated("2025-02-12 16:30", mail(119, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "PMI cover for a named member's pregnancy, low-lying placenta, obstetric referral"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "harriet.wy@kentmail.example",
                "Your pregnancy and your health policy", body))


def m120():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:640px">
<h2 style="color:#0b3d6b">US Plans Update &ndash; Q1 2025</h2>
<p>For HR and benefits teams of employers with Nordanker International Health plans for US-based employees. Plans administered by Brightwater Benefits Administration, LLC.</p>
<h3>HIPAA reminders for plan sponsors</h3>
<ul>
<li>As plan sponsor you may receive <b>summary health information</b> (claims totals without identifiers) and enrollment/disenrollment data. You should not receive PHI such as diagnoses or claim details of individual employees.</li>
<li>If an employee asks you to help with a claim, ask them to sign an authorization or contact Brightwater directly; don't forward EOBs or medical bills around HR mailboxes.</li>
<li>Breach notification: if you suspect PHI has been disclosed in error, contact us within 24 hours.</li>
</ul>
<h3>2025 plan changes</h3>
<ul>
<li>In-network deductible: $1,500 individual / $3,000 family (unchanged)</li>
<li>ER copay: $150, waived if admitted</li>
<li>Telehealth PCP visits: $0 copay</li>
<li>GLP-1 medications for weight loss: prior authorization required; covered for diabetes</li>
</ul>
<h3>Open enrollment</h3>
<p>Qualifying life events (marriage, birth, adoption) must be reported within 30 days.</p>
<p style="font-size:11px;color:#777">Nordanker Insurance UK &amp; Ireland &middot; <a href="https://usplans.nordanker.example">usplans.nordanker.example</a></p>
</body></html>"""
    text = """US Plans Update - Q1 2025

For HR and benefits teams of employers with Nordanker International Health plans for US-based employees. Plans administered by Brightwater Benefits Administration, LLC.

HIPAA reminders for plan sponsors
- As plan sponsor you may receive summary health information (claims totals without identifiers) and enrollment/disenrollment data. You should not receive PHI such as diagnoses or claim details of individual employees.
- If an employee asks you to help with a claim, ask them to sign an authorization or contact Brightwater directly; don't forward EOBs or medical bills around HR mailboxes.
- Breach notification: if you suspect PHI has been disclosed in error, contact us within 24 hours.

2025 plan changes
- In-network deductible: $1,500 individual / $3,000 family (unchanged)
- ER copay: $150, waived if admitted
- Telehealth PCP visits: $0 copay
- GLP-1 medications for weight loss: prior authorization required; covered for diabetes

Open enrollment
Qualifying life events (marriage, birth, adoption) must be reported within 30 days.

Nordanker Insurance UK & Ireland - https://usplans.nordanker.example
"""
    return dated("2025-01-15 13:00", mail(120, ("NORMAL", "en", "newsletter",
                     "trap: US plan sponsor newsletter on HIPAA/PHI, deductible, ER copay, GLP-1 -- no member"),
                "Nordanker US Plans <usplans@nordanker.example>",
                "undisclosed-recipients:;", "US Plans Update - Q1 2025", text, html=html, tz=0))


def m121():
    body = """Hi there,

I'm a self-employed plumber and I'm looking for van insurance plus public liability, my renewal is on the 1st of March. My mate said you're good. Details:

Name: Kyle Brennan-Murray
DOB: 23/07/1992
Address: 56 Raby Street, Sunderland SR4 6LP
Van: 2021 Ford Transit Custom 280 L1, reg. NK21 FZB, kept on the drive
Business: KBM Plumbing & Heating (sole trader, Gas Safe registered, 8 years)
Turnover last year: £84,000, profit about £39,000 (my accountant does my self assessment)
Tools in the van: about £6,000 worth
Claims: one, 2022, someone reversed into me, not my fault
Points: none

What's the best price you can do? My current insurer wants £1,640.

Cheers
Kyle
"""
    return dated("2025-02-12 19:05", mail(121, ("CONFIDENTIAL", "en", "company",
                     "sole trader quote request forwarded: DOB, address, van reg, turnover and profit"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Commercial Vehicle UW <cv.uw@nordanker.example>",
                "FW: Van insurance quote - KBM Plumbing",
                "Came into motor CS -- one for you I think (van + PL). Ben\n\n"
                "-----Original Message-----\nFrom: Kyle Brennan-Murray <kbmplumbing@northmail.example>\n"
                "Sent: 12 February 2025 18:31\nTo: motor.cs@nordanker.example\nSubject: van insurance quote\n\n" + body))


def m122():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#233">
<table width="600" align="center"><tr><td>
<h1 style="font-size:20px;color:#0b3d6b">Your Health, Your Way &middot; February</h1>
<p>Dear member,</p>
<p><b>Feeling anxious or low? CBT is now in the app.</b> Our new digital cognitive behavioural therapy programme, <i>Steady Mind</i>, is included for everyone with the mental health option. Eight short sessions, at your own pace, with a real therapist checking in by message. No referral needed.</p>
<p><b>Did you know?</b> Back pain is the most common reason members use our physio helpline. A physio can usually see you by video within 48 hours &ndash; no need to see your GP first.</p>
<p><b>Heart Month:</b> know your numbers. You can book a free blood pressure check at more than 2,000 partner pharmacies with your membership card.</p>
<p><b>Winter bugs:</b> Digital GP appointments are available 24/7 &ndash; and our GPs can issue a private prescription or a fit note if you need one.</p>
<p style="font-size:11px;color:#888">You're receiving this because you're a Nordanker Health member. <a href="https://mycover.nordanker.example/preferences">Update preferences</a>.</p>
</td></tr></table></body></html>"""
    return dated("2025-02-05 07:00", mail(122, ("NORMAL", "en", "newsletter",
                     "trap: HTML member newsletter on CBT, back pain, blood pressure -- generic, no person"),
                "Nordanker Health <members.news@nordanker.example>",
                "undisclosed-recipients:;", "Your Health, Your Way - February", html=html))


def m123():
    body = """Hi Claire, hi Tobias,

Here's the sickness absence summary for Q4 for your areas, as requested for the ops review. Figures are percentages of contracted working days lost. We don't report any cell with fewer than 5 people, so the small teams are grouped.

Team                              Headcount   Q4 absence rate   Short-term (<7 days)   Long-term (>4 weeks)
Health claims (London)               64           3.9%              2.6%                  1.3%
Health customer services             41           4.6%              3.1%                  1.5%
Protection claims + UW (London)      23           2.1%              1.7%                  0.4%
Group Risk claims & rehab            12           1.8%              1.8%                  0.0%
Dublin (all teams)                   37           3.2%              2.4%                  0.8%
Branch average                      177           3.5%              2.5%                  1.0%
(UK insurance sector benchmark, CIPD)             3.9%

Top reasons (branch-wide, self-cert and fit notes combined): minor illness (colds, flu, COVID), musculoskeletal, stress/mental health, gastrointestinal.

Let me know if you want to talk through the health customer services numbers -- we're looking at the winter peak and the new rota.

Rachel
"""
    return dated("2025-01-17 12:10", mail(123, ("NORMAL", "en", "internal",
                     "trap: aggregated sickness absence rates per team, cells under 5 merged, no individual"),
                "Rachel Kimber <rachel.kimber@nordanker.example>",
                "Claire Holloway <claire.holloway@nordanker.example>, Tobias Reinhardt <tobias.reinhardt@nordanker.example>",
                "Q4 sickness absence summary", body))


def m124():
    rows = [["Item", "Description", "Serial / ref", "Valuation date", "Value GBP"],
            ["Engagement ring", "Platinum, 1.52ct round brilliant diamond, GIA 2217384401", "GIA 2217384401", "12/03/2023", 18500],
            ["Watch", "Patek Philippe Calatrava 5227G", "Case 7238115", "05/11/2022", 31200],
            ["Watch", "Cartier Tank Louis", "Serial 881204QX", "05/11/2022", 9400],
            ["Necklace", "18ct gold and sapphire pendant (inherited)", "-", "20/01/2025", 6750],
            ["Painting", "Oil on canvas, 'Harbour at Mousehole', R. Trevail 1962", "-", "20/01/2025", 12000]]
    body = """Dear Mr and Mrs Ashdown-Pryce,

Thank you for sending the valuations. I've added the items below to your home insurance as specified valuables, effective from today. Your updated schedule will follow.

Policy: NAG-HOM-3349902 -- The Old Rectory, Church Lane, Bibury GL7 5NP
Total specified items: £77,850 (list attached)
Additional premium: £312.40 for the rest of the policy year

Please remember that the watches and jewellery are covered away from the home only while worn or in a locked safe, and the Patek Philippe must be kept in the safe (Grade 2) when not worn.

Kind regards,

Household Underwriting UK
Nordanker General
"""
    return dated("2025-01-22 15:20", mail(124, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "home specified valuables (ODS list): named policyholders, address, serial numbers, values"),
                "Household Underwriting UK <household.uw@nordanker.example>",
                "ashdownpryce@cotswoldmail.example",
                "Specified valuables added - NAG-HOM-3349902", body,
                atts=[ods("Specified_items_NAG-HOM-3349902.ods", rows, "Specified items")]))


def m125():
    body = """Sehr geehrter Herr Dr. Kessler-Lang,

Lebensversicherung / life policy NAL-WL-2009-118224 -- verstorbene Versicherungsnehmerin Frau Hildegard Lang

zunächst möchten wir Ihnen zum Tod Ihrer Mutter unser aufrichtiges Beileid aussprechen.

Sie hatten uns als Testamentsvollstrecker (executor) geschrieben. Ihre Mutter hatte die Police 2009 in London abgeschlossen; die Vertragssprache ist Englisch, daher fügen wir die wesentlichen Punkte unten auf Englisch an.

Für die Auszahlung benötigen wir noch:
1. eine beglaubigte Kopie der Sterbeurkunde (Standesamt Lübeck) mit Apostille oder eine beglaubigte Übersetzung
2. das Europäische Nachlasszeugnis oder den Erbschein
3. Ihre Bankverbindung als Testamentsvollstrecker

Summary in English for our files:
- Life assured: Mrs Hildegard Lang, born 08/01/1941, died 29/12/2024 in Lübeck
- Cause of death stated on the doctor's certificate you sent: heart failure (I50.9) following pneumonia
- Whole of life policy, sum assured £120,000 plus bonuses (current value £141,880.52)
- Policy not in trust -- payable to the estate
- No further medical evidence required as the policy has been in force for more than 15 years

Mit freundlichen Grüßen

Tobias Reinhardt
Head of Life Claims UK & IE, Nordanker Versicherung AG, UK & Ireland Branch
"""
    return dated("2025-01-20 10:40", mail(125, ("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-beneficiary",
                     "death claim letter to executor (DE/EN): deceased's name, birth date, cause of death I50.9"),
                "Tobias Reinhardt <tobias.reinhardt@nordanker.example>",
                "Dr. Matthias Kessler-Lang <m.kessler-lang@hansepost.example>",
                "Ihre Nachricht zum Tod von Frau Hildegard Lang - Police NAL-WL-2009-118224", body))
# ================================================================ mails 126-150


def m126():
    body = """Hallo Herr Brückner,

für unseren Gesundheitstag in der Londoner Niederlassung (13. Februar, "Health MOT") möchten wir über den Konzerneinkauf bestellen, damit wir die Rahmenvertragspreise bekommen:

Bestellung / Purchase order PO-UK-25-00211
- 6 x Oberarm-Blutdruckmessgerät, klinisch validiert (BHS A/A), mit UK-Netzteil -- Art.-Nr. 448-2019
- 6 x Ersatzmanschette L (32-42 cm) -- Art.-Nr. 448-2031
- 2 x Personenwaage mit Körperfettanalyse -- Art.-Nr. 512-0077
- 1 x Cholesterin-Schnelltest-Set (50 Tests) -- nur falls über den Rahmenvertrag möglich, sonst bestellt der Dienstleister selbst

Lieferadresse: Nordanker Insurance UK & Ireland, Facilities, 40 Leadenhall Walk, London EC3A 2BN, Großbritannien
Kostenstelle: UK-4410 (People & Wellbeing)

Die Messungen führt eine Pflegekraft des Dienstleisters durch; die Ergebnisse bekommen nur die Mitarbeitenden selbst.

Vielen Dank und viele Grüße
Jo Pemberton (i. A. Marlene Sauer, die das hier für mich auf Deutsch geschrieben hat)
Facilities, Nordanker UK
"""
    return dated("2025-01-20 14:05", mail(126, ("NORMAL", "de", "internal",
                     "trap: German purchase order for blood-pressure monitors for a staff health day, no person"),
                "Jo Pemberton <jo.pemberton@nordanker.example>",
                "Konzerneinkauf <einkauf@nordanker.example>",
                "Bestellung Blutdruckmessgeräte Gesundheitstag London - PO-UK-25-00211", body, charset="windows-1252"))


def m127():
    body = """Hi Policy Servicing,

Please update the bank details for my client's home policy -- signed instruction attached to our CRM, wording below. He's moved banks.

Policyholder: Mr Desmond Achterberg-Lowe
Policy: NAG-HOM-3371045
Address: 9 Priory Mews, Lewes BN7 1XL

New account (from the March collection):
Bank: Lloyds
Account name: D Achterberg-Lowe
Sort code: 30-94-72
Account number: 15583021
IBAN: GB48 LOYD 3094 7215 5830 21

Old account with Santander can be removed.

Thanks,
Priya Deshmukh
Thistle & Crane -- Private Clients
"""
    return dated("2025-02-13 10:30", mail(127, ("CONFIDENTIAL", "en", "broker",
                     "forwarded broker bank-change instruction: named policyholder, sort code, account, IBAN"),
                "Ben Hartigan <ben.hartigan@nordanker.example>",
                "Nordanker Policy Servicing <policy.servicing@nordanker.example>",
                "FW: Bank change - NAG-HOM-3371045",
                "Came to me by mistake, over to you. Ben\n\n"
                "-----Original Message-----\nFrom: Priya Deshmukh <priya.d@thistlecrane.example>\n"
                "Sent: 13 February 2025 09:58\nTo: Ben Hartigan <ben.hartigan@nordanker.example>\n"
                "Subject: Bank change - NAG-HOM-3371045\n\n" + body))


def m128():
    body = """Hi Tyrone,

As discussed on Tuesday's ops call, we'd like to change the coordination of benefits (COB) process for the Global Gold plans from 1 April 2025:

1. Order of benefit determination: follow the NAIC model rules (birthday rule for dependent children) -- no change.
2. Medicare: our plans are always primary for active employees on assignment; Brightwater should stop sending COB questionnaires to members under 65.
3. Spouses with their own US employer coverage: the spouse's plan is primary. Instead of pending every claim for an annual COB questionnaire, please send the questionnaire once at enrollment and then every 24 months.
4. Overpayment recovery: recover from the provider, never from the member, and only for claims paid in the last 12 months.

Could your team update the SOP (BW-OPS-COB-07) and send us a redline by 7 March? We'll need sign-off from our compliance team in London.

No member-level data is needed for this -- please don't attach examples.

Thanks,
Kayla
"""
    return dated("2025-02-14 16:45", mail(128, ("NORMAL", "en", "insurer-to-partner",
                     "trap: coordination of benefits process change for US TPA (Medicare, spouse plans), no member"),
                "Kayla Brooks <kayla.brooks@nordanker.example>",
                "Tyrone Gaines <tgaines@brightwater-tpa.example>",
                "COB process change from 1 April", body, tz=0))


def m129():
    body = """Dear Ms Hargreaves,

Thank you for your email asking how your practice should send us medical reports, now that you've stopped using fax.

The best way is our secure GP upload page, https://gp.nordanker.example/upload. You don't need an account -- just enter our reference number from the request letter and the patient's surname, and upload the report as a PDF. You'll get an on-screen receipt.

If you'd prefer to email, please send to gpreports.inbound@nordanker.example from your nhs.net-equivalent secure account, with the reference number (not the patient's name) in the subject line. Our mail gateway accepts TLS-encrypted mail only.

Invoices for reports can be uploaded at the same time. We pay within 14 days by BACS to the practice account; please send your practice bank details once, on letterhead, through the same upload page.

Thank you for helping us keep patients' information safe.

Kind regards,

Medical Evidence Team
Nordanker Life
"""
    return dated("2025-02-03 11:25", mail(129, ("NORMAL", "en", "insurer-to-doctor",
                     "trap: answer to a GP practice on how to send medical reports securely, no patient"),
                "Nordanker Medical Evidence <medical.evidence@nordanker.example>",
                "Joanne Hargreaves <practice.manager@moorsidemedical.example>",
                "RE: Sending GP reports - we no longer use fax", body))


def m130():
    body = """Sehr geehrte Frau Hollenbach, dear Ms Hollenbach,

vielen Dank für Ihre Schadenmeldung. As you asked for both languages, here is our answer in German and English.

DEUTSCH
Schaden-Nr.: NAG-IE-HH-25-000219
Police: NAG-IE-HOM-0915530, Hausrat, Wohnung 12, Charlotte Quay, Ringsend, Dublin 4, D04 W2X9
Schaden: Wasserschaden durch die Waschmaschine (gerissener Zulaufschlauch) am 09.02.2025, Parkettboden im Wohnzimmer aufgequollen; Wasser ist in die Wohnung darunter gelaufen (Herr Pádraig Nolan, Wohnung 8).
Der Bodenbelag gehört zum Gebäude und ist über die Gebäudeversicherung der Eigentümergemeinschaft (management company) versichert, nicht über Ihre Hausratversicherung. Ihre Hausrat-Deckung zahlt für den beschädigten Teppich und das Sideboard. Für den Schaden in Herrn Nolans Wohnung greift Ihre Haftpflichtdeckung (occupier's liability) bis 2,6 Mio. EUR.

ENGLISH
Claim no.: NAG-IE-HH-25-000219 -- escape of water from your washing machine on 9 February 2025. The floor is part of the building and is insured by the management company's block policy. We'll cover your rug and sideboard under contents (excess €150) and deal with Mr Nolan's claim for his flat below under your liability cover.

Mit freundlichen Grüßen / Kind regards
Liam Doherty
Property Claims, Nordanker Insurance Ireland
"""
    return dated("2025-02-11 15:35", mail(130, ("CONFIDENTIAL", "mixed", "insurer-to-customer",
                     "bilingual home claim letter: named insured and neighbour, address, claim and policy number"),
                "Liam Doherty <liam.doherty@nordanker.example>",
                "m.hollenbach@dublinpost.example",
                "Ihr Schaden / your claim NAG-IE-HH-25-000219", body, tz=0))


def m131():
    scan = pdf("scan0007.pdf", [
        "BALANCE PHYSIOTHERAPY -- 14 Market Place, Hexham NE46 1XF",
        "RECEIPT",
        "Patient: Mr Graeme Robson    DOB 19/12/1970",
        "Condition: right rotator cuff tendinopathy (referral from Dr P. Nash, Hexham Medical Centre)",
        "Sessions: 08/01/2025 initial assessment GBP 70.00; 15/01, 22/01, 29/01, 05/02 follow-up GBP 55.00 each",
        "Treatment: manual therapy, shoulder rehab programme, ultrasound-guided injection referral discussed",
        "Total paid by card: GBP 290.00",
        "Physiotherapist: Hannah Lowes MCSP, HCPC PH118273",
    ], "scan0007")
    body = """Claims -- member NAH-PMI-3355817 emailed these receipts (scan attached, came through as a generic file). His message was just "physio receipts as discussed on the phone, thanks, G Robson". Please process against his outpatient therapies benefit. Ellie
"""
    return dated("2025-02-07 09:15", mail(131, ("STRICTLY_CONFIDENTIAL", "en", "customer",
                     "short body; scanned physio receipt as octet-stream: rotator cuff tendinopathy, DOB"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Health Claims Team <health.claims.team@nordanker.example>",
                "FW: physio receipts", body, atts=[octet(scan)]))


def m132():
    body = """Hi all,

The 2025 consultant fee schedule is live in ClaimHub from 1 February. Headline changes (benefit maximums, procedure fees for surgeon / anaesthetist):

CCSD code   Procedure                                      Surgeon 2024   Surgeon 2025   Anaesthetist 2025
W3712       Primary total hip replacement                  £1,560         £1,620         £520
W4022       Primary total knee replacement                 £1,560         £1,620         £520
W8200       Arthroscopic meniscectomy                      £620           £640           £240
C7122       Phaco cataract with IOL                        £690           £700           £210
H2002       Colonoscopy with biopsy                        £380           £395           £150
B2800       Wide local excision of breast lesion           £780           £810           £290
K7510       Coronary angioplasty + stent                   £1,150         £1,190         £360

Outpatient consultations: initial £200 (was £190), follow-up £150 (was £140). Psychiatrist initial £250.

Members whose consultant charges above these levels will have a shortfall unless the consultant is fee-approved. Please make sure you mention this when you pre-authorise.

Alistair
Network Management
"""
    return dated("2025-01-30 17:20", mail(132, ("NORMAL", "en", "internal",
                     "trap: consultant fee schedule with CCSD procedure codes, no member"),
                "Alistair Munro <alistair.munro@nordanker.example>",
                "Health Claims Team <health.claims.team@nordanker.example>",
                "2025 consultant fee schedule - live 1 Feb", body))


def m133():
    body = """Dear Ms Pereira,

I'm sorry to hear your car has been stolen. I've registered the claim:

Claim: NAG-MTR-C-25-00517 | Policy: NAG-MTR-00588143
Vehicle: 2022 Range Rover Evoque, reg. LN22 ZPT, stolen from outside your home, 14 Alder Grove, Enfield EN2 0RN, overnight 9-10 February
Police: Metropolitan Police, crime reference 3011587/25
Keys: you have both keys (thank you for confirming) -- this looks like a keyless relay theft

What happens now:
1. We wait 21 days in case the car is recovered. Most stolen cars that are found are found within that time.
2. If it isn't recovered, we'll pay the market value less your excess (£500 theft excess) -- or settle the outstanding finance first, if there is any.
3. Your policy includes a hire car for up to 21 days after theft; Enterprise will call you today.

Please send us both keys, the V5C and the tracker company's report (if the car has a tracker).

Kind regards,

Tom Ashby
Motor Claims | Nordanker General
"""
    return dated("2025-02-10 16:30", mail(133, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "motor theft claim: named customer, home address, registration, crime reference"),
                "Tom Ashby <tom.ashby@nordanker.example>",
                "ana.pereira@enfieldmail.example",
                "Your stolen car claim - NAG-MTR-C-25-00517", body))


def m134():
    body = """Sehr geehrte Damen und Herren,

Kostenübernahmeerklärung -- Ihr Patient Herr Oliver James Whitcombe, geb. 15.08.1969, wohnhaft in London
Aufnahme am 14.02.2025 über die Notaufnahme, Ihr Aktenzeichen 2025-0214-7731

Herr Whitcombe ist bei uns im Rahmen einer privaten Krankenversicherung (Nordanker Health Select, Mitgliedsnummer NAH-PMI-2870461) mit weltweitem Geltungsbereich für Notfälle versichert.

Nach Rücksprache mit Ihrem Stationsarzt Dr. Stefan Maurer übernehmen wir die Kosten der stationären Behandlung wegen einer tiefen Beinvenenthrombose mit Lungenembolie (I26.9, I80.2) für zunächst 5 Tage, einschließlich Antikoagulation und Diagnostik (CT-Angiographie, Echokardiographie). Wahlleistungen (Chefarzt, Einzelzimmer) sind bis zu den Sätzen nach GOÄ (2,3-facher Satz) abgedeckt.

Bitte senden Sie die Rechnung mit Entlassungsbericht an unseren Assistance-Dienst (Adresse unten), nicht an den Patienten. Eine Verlängerung über den 19.02. hinaus bedarf unserer vorherigen Zustimmung.

Sobald der Patient reisefähig ist, organisieren wir den Rücktransport nach London; bitte informieren Sie uns rechtzeitig.

Mit freundlichen Grüßen

Marlene Sauer
i. A. International Assistance, Nordanker Insurance UK & Ireland
Tel. +44 20 7946 0855 (24 Std.)
"""
    return dated("2025-02-14 22:10", mail(134, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
                     "German guarantee of payment to a hospital: named patient, birth date, DVT/pulmonary embolism"),
                "Marlene Sauer <marlene.sauer@nordanker.example>",
                "Patientenverwaltung <patientenverwaltung@klinikum-allgaeu-sued.example>",
                "Kostenübernahme Whitcombe, Oliver James, geb. 15.08.1969 - Ihr Az. 2025-0214-7731", body))


def m135():
    body = """Morning all,

Rota for this week:

- Sarah's off all week (back Monday 3rd) -- Ellie is covering her pre-auth queue.
- James is in the Dublin office Wednesday and Thursday.
- I'm at the Meridian meeting Thursday afternoon.
- Late shift (until 8pm): Mon Ellie, Tue Tomasz, Wed Priti, Thu Ellie, Fri Tomasz.
- Saturday morning: Priti + Sam.

Team huddle moved to 9:15 on Wednesday so that James can join from Dublin.

Thanks,
Claire
"""
    return dated("2025-01-27 08:05", mail(135, ("NORMAL", "en", "internal",
                     "trap: team rota naming colleagues' absence without reason"),
                "Claire Holloway <claire.holloway@nordanker.example>",
                "Health Claims Team <health.claims.team@nordanker.example>",
                "Rota w/c 27 Jan", body))


def m136():
    body = """Dear Mr Flanagan,

Storm Éowyn -- claim NAG-IE-HH-25-000187
12 Knockmoy Road, Abbeyknockmoy, Co. Galway, H54 RT80

Thank you for meeting our loss adjuster, Seán Corcoran, on 29 January. We've now agreed the claim as follows:

Roof (slates, ridge tiles, flashing) -- contractor quote Moran Roofing: €7,840.00
Fallen tree removal (the ash tree that came down on the garden wall): €1,200.00
Garden wall rebuild: €2,350.00
Total: €11,390.00
Less storm excess: €500.00
Payment: €10,890.00

We'll transfer this within 3 working days to the account you confirmed:
Account name: Tadhg Flanagan
IBAN: IE15 IPBS 9907 2145 2369 81

Fencing and garden plants aren't covered for storm under your policy, as the adjuster explained.

Kind regards,

Liam Doherty
Property Claims, Nordanker Insurance Ireland
""" + DISCLAIMER_IE
    return dated("2025-02-04 12:10", mail(136, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "Irish storm claim settlement: named policyholder, address, amounts, IBAN"),
                "Liam Doherty <liam.doherty@nordanker.example>",
                "tadhg.flanagan@westmail.example",
                "Storm claim NAG-IE-HH-25-000187 - settlement", body, tz=0))


def m137():
    body = """Hi Jamie,

Great -- your new membership card is on its way to the Hackney address, and I've switched you to paperless as you asked.

Best,
Ellie

> On 5 Feb 2025, at 18:02, Jamie Okwuosa <jamie.okwuosa@hackneymail.example> wrote:
>
> Thanks Ellie, that's perfect. Yes please go paperless. Jamie
>
>> On 5 Feb 2025, at 11:40, Ellie Sutcliffe <ellie.sutcliffe@nordanker.example> wrote:
>>
>> Hi Jamie,
>>
>> Thanks for your email. I've updated your address. Would you like your documents by email from now on?
>>
>> Ellie
>>
>>> On 4 Feb 2025, at 22:15, Jamie Okwuosa <jamie.okwuosa@hackneymail.example> wrote:
>>>
>>> Hello, I've moved to 4 Mare Street, London E8 4RP -- please update my membership (NAH-PMI-6144029).
>>>
>>> Also -- and this is a bit awkward -- can you make sure nothing about my claims goes to the old address? My ex still lives there. The last letter about the sexual health clinic bills and my PrEP prescription review went there and he opened it. I'd really rather my HIV test results and clinic letters only go to me by email.
>>>
>>> Thanks, Jamie
"""
    return dated("2025-02-06 09:30", mail(137, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "harmless reply; deep in the quoted chain: sexual health clinic, PrEP, HIV tests of named member"),
                "Ellie Sutcliffe <ellie.sutcliffe@nordanker.example>",
                "Jamie Okwuosa <jamie.okwuosa@hackneymail.example>",
                "Re: Re: Re: change of address", body))


def m138():
    body = """Hi Declan,

für das Solvency-II-Reporting (QRT S.12.01 und die Sensitivitäten für den ORSA) brauchen wir bis 21.02. die folgenden Zahlen für das CI-Portfolio der Niederlassung, Stichtag 31.12.2024 -- all aggregated, please no policy-level data:

1. Anzahl Verträge und Summe der Versicherungssummen (in force), split standalone / accelerated
2. Best Estimate Liability, gross and net of reinsurance
3. Claims incurred 2024, count and amount, split by cause (cancer / heart attack / stroke / other)
4. Lapse rates 2022-2024 by policy year (1, 2, 3-5, 6+)
5. Your view on the morbidity stress: is the +35% standard formula shock still adequate, given the higher cancer incidence in 50-59?

Das Template ist das gleiche wie letztes Jahr (SII_CI_UK_template_v3.xlsx im Teams-Kanal).

Danke dir!
Stefanie

Stefanie Rautenberg
Aktuariat Leben, Nordanker Versicherung AG
"""
    return dated("2025-02-10 09:20", mail(138, ("NORMAL", "mixed", "internal",
                     "trap: Solvency II request (DE/EN) for aggregated CI portfolio figures, no individual"),
                "Stefanie Rautenberg <stefanie.rautenberg@nordanker.example>",
                "Declan Murphy <declan.murphy@nordanker.example>",
                "Solvency II YE 2024 - CI-Portfolio UK / aggregated figures by 21.02.", body, tz=60))


def m139():
    body = """Dear Customer,

Thank you for asking about paying for your insurance monthly.

You can pay for your Nordanker home or car insurance in 10 monthly instalments by Direct Debit. Paying monthly costs more than paying in one go, because it's a credit agreement with our finance partner.

Representative example:
Annual premium: £600.00
Deposit: none
10 monthly instalments of: £64.20
Total amount payable: £642.00
Interest rate: 12.5% p.a. (fixed)
Representative APR: 24.9%

You'll need a UK bank or building society account, and we may do a soft credit search, which won't affect your credit score.

If you'd like to switch to monthly payments, just call us on 0345 600 4422 or choose "Pay monthly" in MyCover.

Kind regards,

Nordanker Insurance UK & Ireland
Credit is provided by Capstone Premium Finance Ltd, subject to status.
"""
    return dated("2025-02-11 11:00", mail(139, ("NORMAL", "en", "insurer-to-customer",
                     "trap: generic premium finance info with representative APR example, no personal data"),
                "Nordanker Customer Services <customer.services@nordanker.example>",
                "info.request.8812@postmail.example",
                "Paying monthly - how it works", body))


def m140():
    body = """Dear Mr Castellano,

Cancer Care -- treatment approval
Membership number: NAH-PMI-4023517

Following the request from your oncologist, Dr Imogen Hartley at the Sarah Burnett Cancer Centre, I'm pleased to confirm that we've approved your immunotherapy.

Diagnosis: non-small cell lung cancer (adenocarcinoma), stage IIIB, PD-L1 expression 60%
Treatment approved: pembrolizumab 200mg IV every 3 weeks, for 6 cycles initially (first cycle 24 February 2025), with CT restaging after cycle 4
Drug cost (approx.): £5,260 per cycle, plus day-case administration fees
Authorisation code: PA-25-0217-8841

Your policy's Cancer Care benefit pays in full for eligible treatment, so you won't have anything to pay for this treatment. Your cancer case manager, Nurse Adaeze Nwosu, will call you this week to introduce herself.

If you have side effects outside hospital hours, please call the oncology unit's 24-hour hotline on your treatment card first.

With best wishes,

Clinical Claims, Nordanker Health
"""
    return dated("2025-02-17 15:50", mail(140, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
                     "base64 body: cancer treatment approval (NSCLC, pembrolizumab) for a named member"),
                "Nordanker Health Clinical Claims <clinical.claims@nordanker.example>",
                "r.castellano@surreymail.example",
                "Your treatment approval - PA-25-0217-8841", body, cte="base64"))


def m141():
    body = """MARKET BULLETIN: PROTECTION CLAIMS HIT RECORD HIGH
Nordanker UK & Ireland -- Market Insight for Intermediaries, February 2025

Industry figures published this month show that UK insurers paid a record £7.4bn in individual and group protection claims in 2024, supporting around 200,000 families. 97.3% of all claims were paid.

Key figures (industry, 2024):
- Life insurance: £3.9bn paid, average individual claim £78,000; cancer and circulatory disease the leading causes of death claims
- Critical illness: £1.4bn, average claim £67,000; cancer 65% of claims, heart attack 10%, stroke 6%
- Income protection: £0.9bn; musculoskeletal 26%, mental health 21%, cancer 14%
- Group risk: £1.2bn across group life, group IP and group CI

Declined claims: the most common reason (about two-thirds) remains non-disclosure at application, followed by claims not meeting the definition (e.g. early-stage cancers that don't qualify).

Our view: customers who use an adviser are much more likely to get their disclosure right. With the FCA's Consumer Duty focusing on outcomes, the data supports advice.

Webinar 6 March: "Disclosure matters -- how to help clients get it right first time". Register at https://brokers.nordanker.example/events
"""
    return dated("2025-02-18 07:30", mail(141, ("NORMAL", "en", "newsletter",
                     "trap: market bulletin with industry protection claims statistics by cause, no person"),
                "Nordanker Broker Marketing <broker.news@nordanker.example>",
                "undisclosed-recipients:;", "Market Bulletin: protection claims hit record high", body))


def m142():
    body = """Hallo Marine-Team London,

anbei die Schadenmeldung unseres Kunden aus Hamburg zu einem Transport nach Manchester. Der Vertrag (Warentransport-Generalpolice) läuft bei euch über die Niederlassung, weil die Versicherungsnehmerin die UK-Tochter ist. Könnt ihr den Havariekommissar in Manchester beauftragen?

Versicherungsnehmerin: Elbmarsch Feinmechanik UK Ltd, Trafford Park, Manchester M17 1SN
Ansprechpartner: Herr Dirk Feldhusen, Logistikleiter (Muttergesellschaft Hamburg), Tel. +49 40 555 38 114, d.feldhusen@elbmarsch-fm.example
Police: NAG-CGO-0004418 (Open Cover, ICC (A))
Sendung: 3 Kisten Präzisionsmessgeräte, Rechnungswert 184.300 EUR, LKW Hamburg -> Rotterdam -> Fähre Hull -> Manchester
Schaden: bei Ankunft am 03.02.2025 eine Kiste mit Gabelstaplerschaden, Messtisch verzogen, Vorbehalt auf dem CMR-Frachtbrief vermerkt
Frachtführer: Nordsee-Spedition Kröger GmbH, Bremen

Herr Feldhusen bittet um Rückruf, gern auf Deutsch.

Viele Grüße
Anja Krüger
Transport-Schaden, Nordanker Versicherung AG, Hamburg
"""
    return dated("2025-02-05 13:25", mail(142, ("CONFIDENTIAL", "de", "company",
                     "cargo claim of a company policyholder with a named contact person, policy number (German)"),
                "Anja Krüger <anja.krueger@nordanker.example>",
                "Marine Claims London <marine.claims@nordanker.example>",
                "Transportschaden Elbmarsch Feinmechanik UK - NAG-CGO-0004418", body, tz=60))


def m143():
    body = """Hi Tyrone, hallo Jürgen,

putting you both on one thread as agreed -- Jürgen for the Stop-Loss-Rückversicherung of the US plans, Tyrone for the claims data.

High-cost claimant notification (specific stop-loss attachment point $250,000):

Member: Amara Okafor-Wright (dependent), DOB 10/20/2024, member ID NIH-US-230915-03
Employee: Daniel Okafor-Wright, Pinecrest Analytics
Condition: born at 33 weeks, NICU admission 10/20-11/10/2024 (P07.33, respiratory distress syndrome P22.0), readmitted 01/2025 with necrotizing enterocolitis (P77.2), bowel resection surgery 01/14/2025 at Lurie Children's
Paid to date: $412,880; expected total by end of episode: $520,000-$560,000
Case management: Brightwater RN case manager assigned; prognosis now good, discharge planned for late February.

Jürgen, die Schwelle ist damit deutlich überschritten -- bitte den Erstattungsanspruch aus dem Stop-Loss-Vertrag SL-US-2024 vormerken. Die Einzelbelege schickt Tyrone über das SFTP, nicht per Mail.

Thanks / danke,
Rachel

Rachel Ong, RN
Case Manager, International Health Assistance
"""
    return dated("2025-02-19 14:15", mail(143, ("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
                     "stop-loss high-cost claimant (EN/DE): named newborn with DOB, NICU, P07.33/P77.2, surgery"),
                "Rachel Ong <rachel.ong@nordanker.example>",
                "Tyrone Gaines <tgaines@brightwater-tpa.example>, Jürgen Albers <j.albers@elbe-rueck.example>",
                "High-cost claimant notification - NIH-US-230915-03 / Stop-Loss SL-US-2024", body, tz=0))


def m144():
    body = """Sehr geehrte Vertriebspartner,

immer mehr Ihrer Kunden gehen für einige Jahre nach Großbritannien oder Irland -- beruflich oder zum Studium. Was passiert mit der Krankenversicherung?

Kurz erklärt:
- Der britische NHS ist steuerfinanziert. Wer in Großbritannien wohnt, ist dort grundsätzlich behandlungsberechtigt, Visa-Inhaber zahlen aber den "Immigration Health Surcharge" (derzeit 1.035 GBP pro Jahr).
- Die Wartezeiten auf planbare Behandlungen sind lang. Deshalb schließen viele eine private Zusatzversicherung (PMI) ab.
- Unsere Niederlassung in London bietet "Nordanker Health Select" an: stationäre Behandlung, Krebsbehandlung, Facharzt nach Überweisung durch den Hausarzt (GP), Digital GP rund um die Uhr.
- Vorerkrankungen: Entweder "moratorium" (keine Gesundheitsfragen, aber Leistungsausschluss für Beschwerden der letzten 5 Jahre) oder volle Gesundheitsprüfung.
- Die deutsche PKV kann in vielen Fällen als Anwartschaftsversicherung ruhen -- bitte im Einzelfall prüfen.

Sprechen Sie uns an -- unser deutschsprachiges Team in London (Frau Sauer) unterstützt Sie gern. Produktunterlagen auf Deutsch finden Sie im Maklerportal.

Mit freundlichen Grüßen
Vertriebsunterstützung International
Nordanker Versicherung AG
"""
    return dated("2025-02-12 08:30", mail(144, ("NORMAL", "de", "insurer-to-broker",
                     "trap: German broker product info on UK PMI, NHS, moratorium, Vorerkrankungen -- no person"),
                "Vertriebsunterstützung International <vertrieb.international@nordanker.example>",
                "maklerinfo@nordanker.example",
                "Produktinfo: Krankenversicherung für Kunden in Großbritannien und Irland", body, tz=60))


def m145():
    body = """Dear Mr Lindqvist-Hale,

Thank you for taking out your car insurance with us (policy NAG-MTR-00645318).

As part of our standard checks we've looked up your driving licence with the DVLA, using the licence number you gave us: LINDQ802145JH9XY.

The DVLA record shows:
- Full licence categories: B, BE, AM, f, k, l, n, p, q
- Endorsements: SP30 (speeding, 34 mph in a 30 limit) on 11/07/2023, 3 points, expires from the record 11/07/2027

You told us when you bought the policy that you had no points on your licence. We've re-rated your policy with the endorsement, which increases your annual premium by £46.80. We'll add this to your remaining monthly instalments.

If you think the DVLA information is wrong, please contact them directly and let us know.

Kind regards,

Aliyah Rashid
Motor Customer Services | Nordanker General
"""
    return dated("2025-02-18 10:25", mail(145, ("CONFIDENTIAL", "en", "insurer-to-customer",
                     "DVLA licence check: named customer, licence number, SP30 endorsement (administrative), premium"),
                "Aliyah Rashid <aliyah.rashid@nordanker.example>",
                "erik.lindqvisthale@postmail.example",
                "Your driving licence check - NAG-MTR-00645318", body))


def m146():
    form = [
        "NORDANKER LIFE -- INCOME PROTECTION CLAIM FORM (IP1, version 01/2025)",
        "",
        "Section A -- About you",
        "Full name: ______________________   Date of birth: __ / __ / ____",
        "Policy number: NAL-IP-__________   National Insurance number: __ __ __ __ _",
        "",
        "Section B -- Your occupation",
        "Job title, employer, hours per week, main duties (lifting, driving, computer work...)",
        "",
        "Section C -- Your illness or injury",
        "What is the condition? When did symptoms start? When did you stop work?",
        "GP name and surgery address. Consultants seen. Fit notes issued (please enclose copies).",
        "",
        "Section D -- Consent (Access to Medical Reports Act 1988)",
        "[ ] I consent to Nordanker contacting my doctors.  [ ] I want to see reports before they are sent.",
        "",
        "Section E -- Bank details for benefit payments",
        "Account name: ____________  Sort code: __-__-__  Account number: ________",
        "",
        "Please return via the secure upload page, not by ordinary email.",
    ]
    body = """Hi Anil,

As requested, here's a blank copy of our individual income protection claim form (IP1) for your client. They can also start the claim online or by phone on 0345 600 4466 -- often quicker, as we'll ask the questions and fill the form in for them.

Please don't send us your client's details or fit notes by email; they can upload everything themselves once they have a claim reference.

Best,
Hannah Cole
Income Protection Claims, Nordanker Life
"""
    return dated("2025-02-19 11:45", mail(146, ("NORMAL", "en", "insurer-to-broker",
                     "trap: blank IP claim form PDF with empty fields for an unnamed client"),
                "Hannah Cole <hannah.cole@nordanker.example>",
                "Anil Bhatt <anil@bhattfp.example>",
                "IP claim form", body,
                atts=[pdf("Nordanker_IP1_claim_form_blank.pdf", form, "IP1 claim form")]))


def m147():
    body = """Hi all,

Updated first aider rota for the 3rd floor -- please print and put it on the noticeboard by the kitchen.

Mon - Tue: Tomasz (ext. 4417) / backup Priti (ext. 4425)
Wed - Thu: Jo (ext. 4401) / backup Sam (ext. 4432)
Fri:        Priti (ext. 4425) / backup Tomasz (ext. 4417)

If someone is taken ill or injured:
1. Call the floor first aider (or any first aider on the list in reception).
2. If it's serious -- chest pain, difficulty breathing, collapse, signs of a stroke (face, arms, speech) -- call 999 straight away, then security on ext. 2222 so they can bring the ambulance crew up.
3. The AED is next to the lifts on floors 2 and 4.
4. Record every incident in the accident book (reception) -- just what happened and what was done, nothing about anyone's medical history.

The next first aid refresher course is on 12 March -- let me know if you'd like to become a first aider, you'd get a £250 allowance.

Thanks,
Jo
"""
    return dated("2025-02-20 09:10", mail(147, ("NORMAL", "en", "internal",
                     "trap: first aider rota (chest pain, stroke signs, AED, 999), no person's health"),
                "Jo Pemberton <jo.pemberton@nordanker.example>",
                "London 3rd Floor <london.floor3@nordanker.example>",
                "First aider rota \u2013 3rd floor", body, charset="windows-1252"))


def m148():
    body = """Hi Niamh,

Good question. For anything with personal details in it -- proposals, signed mandates, medical evidence, claim forms -- please don't use ordinary email. You have three options:

1. The broker portal's document upload (Policies > Documents > Upload). It's linked to the policy or quote reference, and our team picks it up straight away.
2. If your firm has an MVP/agency management system that supports our API, documents can go straight into our system.
3. If you need to email us, our mail gateway enforces TLS with your domain (we've checked liffeyfinancial.example, it's fine). For health information our policy is still the portal or an encrypted message through our SecureMail portal.

For quotes where you only send a name, address and the property details, ordinary email with TLS is OK.

Your firm administrator can add new users to the portal -- if you've lost your login, use "Forgot password" and answer your security question.

Kind regards,
Aoife
"""
    return dated("2025-02-17 14:20", mail(148, ("NORMAL", "en", "insurer-to-broker",
                     "trap: answer to broker on secure document exchange (portal, TLS, medical evidence), no client"),
                "Aoife Brennan <aoife.brennan@nordanker.example>",
                "Niamh Cusack <niamh@liffeyfinancial.example>",
                "RE: What's the best way to send you documents?", body, tz=0))


def m149():
    body = """Sehr geehrte Frau Oberländer,

Ihre Risikolebensversicherung Nr. NAL-TL-2017-288641 -- Beitragsrückstand

leider konnten wir die Beiträge für Dezember 2024 und Januar 2025 (je £42,60) nicht von Ihrem Konto einziehen; Ihre Bank hat die Lastschriften zurückgegeben.

Versicherte Person: Frau Sabine Oberländer, geb. 19.06.1979
Versicherungssumme: £250.000 (gleichbleibend), Laufzeit bis 01.07.2037
Rückstand: £85,20

Bitte überweisen Sie den Rückstand bis zum 14.03.2025 oder teilen Sie uns eine neue Bankverbindung mit. Wenn bis dahin keine Zahlung eingeht, endet der Versicherungsschutz, und wir können den Vertrag später nur nach erneuter Gesundheitsprüfung wieder in Kraft setzen.

Falls Sie sich in einer finanziellen Notlage befinden, rufen Sie uns bitte an. Wir können den Vertrag zum Beispiel für bis zu sechs Monate beitragsfrei stellen (payment holiday).

Mit freundlichen Grüßen

Marlene Sauer
Kundenservice (deutschsprachig), Nordanker Life
"""
    return dated("2025-02-21 10:05", mail(149, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
                     "life policy premium arrears (German): named life assured, birth date, sum assured"),
                "Marlene Sauer <marlene.sauer@nordanker.example>",
                "sabine.oberlaender@webpost.example",
                "Ihre Risikolebensversicherung NAL-TL-2017-288641 - Beitragsrückstand", body, cte="8bit"))


def m150():
    body = """Hi Mr Ferris,

Thanks for your question about A&E.

Private medical insurance in the UK doesn't usually cover A&E (accident and emergency) treatment, because emergency care is provided by the NHS and there are very few private A&E departments. That's the same with our Nordanker Health Select policy. If you're seriously ill or injured, always call 999 or go to your nearest A&E.

Where PMI helps is afterwards: if you need follow-up treatment that isn't an emergency -- for example a consultant appointment, a scan or an operation -- our policy can cover it privately once you've been referred by a GP (including our Digital GP).

If you'd like a quote, you can get one online at https://www.nordanker.example/health/quote or I'd be happy to call you.

Kind regards,

Megan Fairclough
Health Sales Team
"""
    return dated("2025-02-21 16:40", mail(150, ("NORMAL", "en", "insurer-to-customer",
                     "trap: prospect's generic question about A&E cover answered in general terms"),
                "Megan Fairclough <megan.fairclough@nordanker.example>",
                "t.ferris@postmail.example",
                "RE: Does your health insurance cover A&E?", body))

# ================================================================ output and checks

EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LANGS = {"de", "en", "mixed"}
# IBANs that are wrong on purpose (mis-keyed refund in d95-0097, negative test case in d95-0108)
DELIBERATELY_INVALID = {"IE29AIBK93115212345676", "GB00NWBK60161331926819"}
_IBAN_RE = re.compile(r"\b(GB|IE|DE|AT|FR|NL|ES|BE|LU|CH)(\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b")
_ADDR_RE = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
_URL_RE = re.compile(r"(?:https?://|www\.)([\w-]+(?:\.[\w-]+)+)", re.I)


def all_mails():
    out = []
    for i in range(1, 151):
        fn = globals().get("m%03d" % i)
        if fn is None:
            raise SystemExit("missing function m%03d" % i)
        n, meta, msg = fn()
        assert n == i, (n, i)
        out.append((n, meta, msg))
    return out


def build():
    os.makedirs(OUT, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, meta, msg in all_mails():
        name = "d%s-%04d.eml" % (NN, n)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        label, lang, kind, reason = meta
        rows.append("\t".join([name, label, lang, kind, reason]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d mails to %s" % (len(rows) - 1, OUT))


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in s[4:] + s[:4])
    return int(num) % 97 == 1


def _xml_text(data):
    xml.dom.minidom.parseString(data)  # must be well-formed
    return re.sub(r"<[^>]+>", " ", data.decode("utf-8"))


def _pdf_text(data):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        raise ValueError("not a complete PDF")
    m = re.search(rb"startxref\s+(\d+)", data)
    if not m or not data[int(m.group(1)):].startswith(b"xref"):
        raise ValueError("bad xref offset")
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252", "replace"))
    return "\n".join(out)


def _zip_text(data, name):
    texts = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        if z.testzip() is not None:
            raise ValueError("corrupt zip member")
        names = z.namelist()
        low = name.lower()
        if low.endswith((".docx", ".xlsx", ".odt", ".ods")):
            if low.endswith((".odt", ".ods")) and names[0] != "mimetype":
                raise ValueError("ODF mimetype not first")
            for mn in names:
                if mn.endswith(".xml") or mn.endswith(".rels"):
                    texts.append(_xml_text(z.read(mn)))
        else:
            for mn in names:
                texts.append(_att_text(mn, z.read(mn)))
    return "\n".join(texts)


def _att_text(name, data, charset=None):
    low = name.lower()
    if low.endswith(".pdf"):
        return _pdf_text(data)
    if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
        return _zip_text(data, name)
    if low.endswith(".eml"):
        return _msg_text(BytesParser(policy=_policy.default).parsebytes(data))
    if low.endswith(".ics"):
        t = data.decode(charset or "utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            raise ValueError("bad ics")
        return t
    if low.endswith(".csv"):
        t = data.decode(charset or "utf-8")
        list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") > t.count(",") else ","))
        return t
    return data.decode(charset or "utf-8")


def _msg_text(msg):
    texts = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = part.get_filename()
        if ctype == "message/rfc822":
            continue
        if fname:
            texts.append(_att_text(fname, part.get_payload(decode=True), part.get_content_charset()))
        elif part.get_content_maintype() == "text":
            texts.append(part.get_content())
        else:
            raise ValueError("unnamed non-text part %s" % ctype)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                texts.append(_msg_text(sub))
    return "\n".join(texts)


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv header")
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        errors.append("labels.tsv has %d rows" % len(rows))
    counts = {}
    langs = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append("bad row %r" % r)
            continue
        counts[r[1]] = counts.get(r[1], 0) + 1
        langs[r[2]] = langs.get(r[2], 0) + 1
        if r[1] not in EXPECTED or r[2] not in LANGS:
            errors.append("bad label/lang in %s" % r[0])
        if r[1] == "NORMAL" and not r[4].startswith("trap:"):
            errors.append("%s: NORMAL reason does not start with 'trap:'" % r[0])
    if counts != EXPECTED:
        errors.append("label counts %r" % counts)
    files = sorted(os.listdir(OUT))
    want = ["d%s-%04d.eml" % (NN, i) for i in range(1, 151)]
    if files != want:
        errors.append("file list differs from d95-0001..0150")
    if [r[0] for r in rows] != want:
        errors.append("labels.tsv file column out of order")
    n_att = n_iban = 0
    for name in want:
        p = os.path.join(OUT, name)
        if not os.path.exists(p):
            continue
        data = open(p, "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: line ends not CRLF" % name)
        if max(len(l) for l in data.split(b"\r\n")) > 998:
            errors.append("%s: line longer than 998" % name)
        msg = BytesParser(policy=_policy.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        if msg.defects:
            errors.append("%s: defects %r" % (name, msg.defects))
        try:
            text = _msg_text(msg)
        except Exception as e:  # attachment does not open
            errors.append("%s: cannot read content: %s" % (name, e))
            continue
        n_att += sum(1 for part in msg.walk() if part.get_filename() or part.get_content_type() == "message/rfc822")
        for dom in _ADDR_RE.findall(text) + _URL_RE.findall(text):
            if not dom.lower().rstrip(".").endswith(".example"):
                errors.append("%s: domain %s" % (name, dom))
        for m in _IBAN_RE.finditer(text):
            cand = m.group(0)
            compact = cand.replace(" ", "")
            if len(compact) < 15:
                continue
            n_iban += 1
            if compact in DELIBERATELY_INVALID:
                continue
            if not _iban_ok(compact):
                errors.append("%s: IBAN checksum fails: %s" % (name, cand))
    print("files: %d, labels: %s" % (len(files), ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("lang: %s" % ", ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("attachments/forwarded parts: %d, IBANs validated: %d" % (n_att, n_iban))
    if errors:
        print("ERRORS (%d):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
