#!/usr/bin/env python3
"""dev163 corpus generator -- 150 fictitious outgoing mails of the (invented)
Lindenhof Versicherungsgruppe, Kassel, each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.

Standard library only.  Every mail is written on its own in the MAILS section
below; the helpers above it only build MIME structure and attachment files
(PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV, ICS, HTML, message/rfc822) by hand.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds in memory and verifies everything
"""
import collections
import csv
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d163-"
DOM = "lindenhof-versicherung.example"
LABELS = {"N": "NORMAL", "C": "CONFIDENTIAL", "S": "STRICTLY_CONFIDENTIAL"}
MAILS = []


def mail(n, label, lang, kind, reason):
    """Register one mail builder (the decorated function returns an EmailMessage)."""
    def deco(f):
        MAILS.append((n, LABELS[label], lang, kind, reason, f))
        return f
    return deco


# ---------------------------------------------------------------- dates, ids

def when(s):
    """'2026-03-14 09:42' -> aware datetime in German local time (CET/CEST 2026)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= d < datetime.datetime(2026, 10, 25, 3, 0)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


# ---------------------------------------------------------------- people

def P(name, addr):
    if any(c in name for c in '.,()<>@;:[]"'):
        name = '"' + name.replace('"', '') + '"'
    return f"{name} <{addr}>"


STAFF = {
    "kroeger": ("Sabine Kröger", "sabine.kroeger@" + DOM),
    "brandl": ("Tobias Brandl", "tobias.brandl@" + DOM),
    "demir": ("Aylin Demir", "aylin.demir@" + DOM),
    "vossberg": ("Henrik Voßberg", "henrik.vossberg@" + DOM),
    "oswald": ("Marlene Oswald", "marlene.oswald@" + DOM),
    "fiedler": ("Dr. Jana Fiedler", "jana.fiedler@" + DOM),
    "yildiz": ("Murat Yıldız", "murat.yildiz@" + DOM),
    "petersen": ("Kai Petersen", "kai.petersen@" + DOM),
    "hoffmann": ("Lena Hoffmann-Wirth", "lena.hoffmann-wirth@" + DOM),
    "albers": ("Stefan Albers", "stefan.albers@" + DOM),
    "wolters": ("Ines Wolters", "ines.wolters@" + DOM),
    "reinecke": ("Paul Reinecke", "paul.reinecke@" + DOM),
    "lehnert": ("Frank Lehnert", "frank.lehnert@" + DOM),
    "merz": ("Claudia Merz", "claudia.merz@" + DOM),
    "becker": ("Jonas Becker", "jonas.becker@" + DOM),
    "engel": ("Dr. Ruth Engel", "ruth.engel@" + DOM),
    "albrecht": ("Nina Albrecht", "nina.albrecht@" + DOM),
    "sander": ("Oliver Sander", "oliver.sander@" + DOM),
    "kessler": ("Björn Kessler", "bjoern.kessler@" + DOM),
    "hartung": ("Dr. Felix Hartung", "felix.hartung@" + DOM),
    "clarke": ("Emma Clarke", "emma.clarke@" + DOM),
    "novak": ("Daniel Novak", "daniel.novak@" + DOM),
    "rentenservice": ("Lindenhof Rentenservice", "rentenservice@" + DOM),
    "bav": ("Lindenhof Pensionskasse – bAV-Service", "bav-service@" + DOM),
    "noreply": ("Lindenhof SecureMail", "noreply@securemail." + DOM),
    "news": ("Lindenhof Newsletter", "newsletter@news." + DOM),
}


def S(key):
    name, addr = STAFF[key]
    return P(name, addr)


SIG = {
    "kroeger": "Mit freundlichen Grüßen\n\nSabine Kröger\nRentenservice Leben\nLindenhof Lebensversicherung AG\nTelefon 0561 7080-4412 | Telefax 0561 7080-94412\nsabine.kroeger@lindenhof-versicherung.example",
    "brandl": "Viele Grüße\nTobias Brandl\nTeamleiter Rentenzahlung & Leistung Leben\nLindenhof Lebensversicherung AG, Kassel\nT 0561 7080-4400",
    "demir": "Kind regards / Freundliche Grüße\n\nAylin Demir\nRentenservice – Auslandsrenten / Pensions paid abroad\nLindenhof Lebensversicherung AG\nLindenallee 40, 34117 Kassel, Germany\nPhone +49 561 7080-4431",
    "vossberg": "Freundliche Grüße\n\nHenrik Voßberg\nNachlass- und Erbfallservice\nLindenhof Lebensversicherung AG\nTel. 0561 7080-4460",
    "oswald": "Beste Grüße\nMarlene Oswald\nSteuerliche Meldeverfahren (RBM, § 22 Nr. 5 EStG, KapESt)\nLindenhof Versicherungsgruppe | Konzernsteuern\n0561 7080-2270",
    "fiedler": "Dr. med. Jana Fiedler\nBeratungsärztin Leistungsprüfung\nLindenhof Krankenversicherung AG / Lindenhof Lebensversicherung AG\nTel. 0561 7080-5109",
    "yildiz": "Freundliche Grüße\nMurat Yıldız\nLeistungsabrechnung Krankenversicherung\nLindenhof Krankenversicherung AG\nTel. 0561 7080-5230",
    "petersen": "Mit freundlichen Grüßen\n\nKai Petersen\nKraftfahrt-Schaden\nLindenhof Allgemeine Versicherung AG\nTel. 0561 7080-3318",
    "hoffmann": "Herzliche Grüße aus Kassel\nLena Hoffmann-Wirth\nSachschaden Privatkunden\nLindenhof Allgemeine Versicherung AG\n0561 7080-3350",
    "albers": "Mit freundlichen Grüßen\nStefan Albers\nHaftpflicht-Schaden\nLindenhof Allgemeine Versicherung AG\nDurchwahl -3371",
    "wolters": "Freundliche Grüße\n\nInes Wolters\nRechtsschutz-Leistung\nLindenhof Allgemeine Versicherung AG\nTel. 0561 7080-3390",
    "reinecke": "Best regards / Viele Grüße\nPaul Reinecke\nTravel Insurance Claims\nLindenhof Allgemeine Versicherung AG\n+49 561 7080-3405",
    "lehnert": "Beste Grüße\n\nFrank Lehnert\nMaklerbetreuung Nord-/Osthessen\nLindenhof Versicherungsgruppe\nMobil 0171 5550 2231",
    "merz": "Viele Grüße\nClaudia Merz\nPersonalabteilung\nLindenhof Versicherungsgruppe\nDurchwahl -1140",
    "becker": "Gruß\nJonas Becker\nIT-Service / Anwendungsbetreuung Leben\nDurchwahl -6612",
    "engel": "Dr. Ruth Engel\nKonzerndatenschutzbeauftragte\nLindenhof Versicherungsgruppe\ndatenschutz@lindenhof-versicherung.example",
    "albrecht": "Nina Albrecht\nUnternehmenskommunikation\nLindenhof Versicherungsgruppe\nT 0561 7080-1020",
    "sander": "Mit freundlichen Grüßen\nOliver Sander\nZentraler Einkauf\nLindenhof Versicherungsgruppe\nTel. 0561 7080-1210",
    "kessler": "Freundliche Grüße\nBjörn Kessler\nFirmenkunden & Gewerbe\nLindenhof Allgemeine Versicherung AG\n0561 7080-3601",
    "hartung": "Felix Hartung\nAktuariat Leben / Verantwortlicher Aktuar (Stv.)\nLindenhof Lebensversicherung AG",
    "clarke": "Kind regards,\nEmma Clarke\nInternational Client Service\nLindenhof Versicherungsgruppe\nLindenallee 40, 34117 Kassel, Germany\n+49 561 7080-4480",
    "novak": "Best,\nDaniel Novak\nReinsurance & Risk Transfer\nLindenhof Versicherungsgruppe\n+49 561 7080-2410",
}

FOOT_LEBEN = (
    "-- \n"
    "Lindenhof Lebensversicherung AG | Lindenallee 40 | 34117 Kassel\n"
    "Vorstand: Dr. Carsten Vehrenkamp (Vors.), Petra Lüttgens, Michael Arnsberg\n"
    "Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Rehbein\n"
    "Sitz Kassel, Amtsgericht Kassel HRB 17402\n\n"
    "Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht "
    "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. "
    "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet."
)
FOOT_ALLG = (
    "-- \n"
    "Lindenhof Allgemeine Versicherung AG · Lindenallee 40 · 34117 Kassel\n"
    "Vorstand: Sabine Rottmann (Vors.), Jörg Heimbüchel · Sitz Kassel · AG Kassel HRB 17388\n"
    "Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. "
    "Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den "
    "Absender und löschen Sie die Nachricht."
)
FOOT_KV = (
    "-- \n"
    "Lindenhof Krankenversicherung AG, Lindenallee 40, 34117 Kassel. "
    "Vorstand: Dr. Heike Brandstetter (Vors.), Oliver Quast. Sitz Kassel, AG Kassel HRB 17391.\n"
    "Vertraulichkeitshinweis: Diese E-Mail und ihre Anhänge können vertrauliche "
    "Informationen enthalten. Falls Sie nicht der bestimmungsgemäße Empfänger sind, "
    "löschen Sie sie bitte und informieren Sie uns."
)
FOOT_EN = (
    "-- \n"
    "Lindenhof Versicherungsgruppe, Lindenallee 40, 34117 Kassel, Germany\n"
    "Lindenhof Lebensversicherung AG, registered office Kassel, Local Court Kassel HRB 17402\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
    "addressee and may contain confidential information. If you have received it in error, "
    "please notify the sender immediately and delete it. Any unauthorised use, disclosure "
    "or copying is prohibited."
)
FOOT_GRP = (
    "-- \n"
    "Lindenhof Versicherungsgruppe · Lindenallee 40 · 34117 Kassel · www.lindenhof-versicherung.example\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie diese Nachricht "
    "irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie sie."
)

MAILERS = [
    "Microsoft Outlook 16.0",
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird 128.6.0",
    "Lindenhof Korrespondenzsystem LiKoS 4.2",
]


# ---------------------------------------------------------------- message builder

LATIN1_FALLBACK = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"',
                                "\u201d": '"', "\u2019": "'", "\u2026": "..."})


def build(n, frm, to, subject, date, body=None, html=None, *, cc=None, reply_to=None,
          charset="utf-8", cte="quoted-printable", html_charset=None, html_cte=None,
          atts=(), extra=(), in_reply_to=None, flowed=False, mailer=None, lang=None,
          importance=None, mid=None):
    """Build one message.  atts: list of (bytes|str|EmailMessage, maintype/subtype, filename, opts)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    d = when(date)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = mid or f"<{_h('mid', n)[:20]}.{d:%Y%m%d%H%M}@mail.{DOM}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["MIME-Version"] = "1.0"
    if lang:
        m["Content-Language"] = lang
    m["X-Mailer"] = mailer or MAILERS[n % len(MAILERS)]
    if importance:
        m["Importance"] = importance
    for k, v in extra:
        m[k] = v
    if charset == "iso-8859-1" and body is not None:
        # what a Latin-1 mail client does with typographic characters
        body = body.translate(LATIN1_FALLBACK)
    if body is not None:
        m.set_content(body, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset or charset,
                              cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=html_charset or charset, cte=html_cte or cte)
    for a in atts:
        data, ctype, fname = a[:3]
        opts = a[3] if len(a) > 3 else {}
        if isinstance(data, EmailMessage):
            m.add_attachment(data, filename=fname) if fname else m.add_attachment(data)
            continue
        maintype, subtype = ctype.split("/")
        if isinstance(data, str):
            m.add_attachment(data, subtype=subtype, filename=fname,
                             charset=opts.get("charset", "utf-8"),
                             cte=opts.get("cte", "quoted-printable"))
            if maintype != "text":
                # str content manager always says text/*; fix the type
                part = m.get_payload()[-1]
                part.replace_header("Content-Type", ctype)
                part.set_param("charset", opts.get("charset", "utf-8"))
                part.set_param("name", fname)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
        if opts.get("inline"):
            part = m.get_payload()[-1]
            part.replace_header("Content-Disposition", "inline")
            part.set_param("filename", fname, header="Content-Disposition")
    _strip_sub_mime_version(m, True)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            style = n % 3
            tag = _h("b", n, i)[:24]
            part.set_boundary(
                [f"_000_{tag}LHEXMBX03_", f"------------{tag[:20]}", f"=_LiKoS_{tag[:16]}_{i}"][style])
            i += 1
    return m


def _strip_sub_mime_version(p, root):
    if not root and "MIME-Version" in p:
        del p["MIME-Version"]
    if p.get_content_type() == "message/rfc822":
        for sub in p.get_payload():
            _strip_sub_mime_version(sub, True)
    elif p.is_multipart():
        for sub in p.get_payload():
            _strip_sub_mime_version(sub, False)


def inner(frm, to, subject, date, body, *, charset="utf-8", cte="8bit", n=0, cc=None, atts=()):
    """A forwarded / attached message (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    d = when(date)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<{_h('inner', subject, date)[:18]}@{frm.split('@')[1].rstrip('>')}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte=cte)
    for data, ctype, fname in atts:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Inner_{_h('ib', subject, i)[:18]}")
            i += 1
    return m


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_quote(frm, sent, to, subject, text, de=True, cc=None):
    if de:
        head = f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {sent}\nAn: {to}\n"
        if cc:
            head += f"Cc: {cc}\n"
        head += f"Betreff: {subject}\n"
    else:
        head = f"From: {frm}\nSent: {sent}\nTo: {to}\n"
        if cc:
            head += f"Cc: {cc}\n"
        head += f"Subject: {subject}\n"
    return head + "\n" + text


# ---------------------------------------------------------------- attachments

FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def _zip(members, zt=FIXED_ZIP_TIME, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=zt)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def make_zip(members, when_=(2026, 1, 2, 8, 0, 0)):
    return _zip(members, zt=when_)


def _pdfstr(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages, title="Dokument", author="Lindenhof Versicherungsgruppe",
             date="20260105090000", compress=True, size=10):
    """pages: list of pages, each a list of text lines.  Helvetica, WinAnsiEncoding."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    npages = len(pages)
    font_id = 3
    first_page = 4
    page_ids = [first_page + 2 * i for i in range(npages)]
    info_id = first_page + 2 * npages
    bold_id = info_id + 1
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join(f"{p} 0 R" for p in page_ids), npages)).encode()
    objs[font_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[bold_id] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        pid = page_ids[i]
        cid = pid + 1
        out = [b"BT", b"/F1 %d Tf" % size, b"50 790 Td", b"%d TL" % (size + 4)]
        for ln in lines:
            if ln.startswith("**"):
                out.append(b"/F2 %d Tf (" % (size + 2) + _pdfstr(ln[2:]) + b") Tj T* /F1 %d Tf" % size)
            else:
                out.append(b"(" + _pdfstr(ln) + b") Tj T*")
        out.append(b"ET")
        stream = b"\n".join(out)
        if compress:
            stream = zlib.compress(stream, 9)
            objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"
        else:
            objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     f"/Resources << /Font << /F1 {font_id} 0 R /F2 {bold_id} 0 R >> >> "
                     f"/Contents {cid} 0 R >>").encode()
    objs[info_id] = (b"<< /Title (" + _pdfstr(title) + b") /Author (" + _pdfstr(author) +
                     b") /Producer (LiKoS PDF 4.2) /CreationDate (D:" + date.encode() + b"+01'00') >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    maxid = max(objs)
    for oid in range(1, maxid + 1):
        offs[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (maxid + 1))
    for oid in range(1, maxid + 1):
        out.write(b"%010d 00000 n \n" % offs[oid])
    fid = _h("pdf", title, date)[:32].encode()
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
              % (maxid + 1, info_id, fid, fid, xref))
    return out.getvalue()


_CT_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _core(title, author, created):
    return (_CT_XML +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def make_docx(blocks, title="Dokument", author="Lindenhof", created="2026-01-05T09:00:00Z"):
    """blocks: str (paragraph), ('h', str) heading, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], True))
        elif b[0] == "table":
            rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{xesc(str(c))}</w:t></w:r></w:p></w:tc>" for c in r) + "</w:tr>" for r in b[1])
            body.append(f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>{rows}</w:tbl>")
    doc = _CT_XML + f"<w:document {W}><w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
    ctypes = (_CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", _core(title, author, created))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="Tabelle", author="Lindenhof", created="2026-01-05T09:00:00Z"):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    if isinstance(sheets, tuple):
        sheets = [sheets]
    files = []
    wb_sheets, wb_rels, overrides = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
        ws = (_CT_XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
        files.append((f"xl/worksheets/sheet{si}.xml", ws))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        overrides.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    wb = (_CT_XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets>{"".join(wb_sheets)}</sheets></workbook>')
    ctypes = (_CT_XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              + "".join(overrides) +
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = (_CT_XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(wb_rels) + '</Relationships>')
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels)] + files +
                [("docProps/core.xml", _core(title, author, created))])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, content_body, title, created):
    content = _CT_XML.replace(' standalone="yes"', '') + f'<office:document-content {_ODF_NS}><office:body>{content_body}</office:body></office:document-content>'
    meta = (_CT_XML.replace(' standalone="yes"', '') + f'<office:document-meta {_ODF_NS}><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><meta:creation-date>{created}</meta:creation-date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], stored_first="mimetype")


def make_odt(paras, title="Dokument", created="2026-01-05T09:00:00"):
    body = "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>", title, created)


def make_ods(rows, sheet="Tabelle1", title="Tabelle", created="2026-01-05T09:00:00"):
    xr = []
    for row in rows:
        cells = []
        for v in row:
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
        xr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    body = f'<office:spreadsheet><table:table table:name="{xesc(sheet)}">{"".join(xr)}</table:table></office:spreadsheet>'
    return _odf("application/vnd.oasis.opendocument.spreadsheet", body, title, created)


def make_csv(rows, delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
             method="REQUEST"):
    def fold(line):
        b = line.encode("utf-8")
        out = []
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b[cut:]
        out.append(b.decode())
        return "\r\n ".join(out)
    esc = lambda s: s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lindenhof//LiKoS Kalender 4.2//DE",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}@{DOM}", "DTSTAMP:20260101T080000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{esc(summary)}"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, addr in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"
CT_CSV = "text/csv"
CT_ICS = "text/calendar"
CT_HTML = "text/html"


def html_page(inner_html, title=""):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + xesc(title) +
            "</title>\n<style>body{font-family:Arial,sans-serif;font-size:10pt} "
            "table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px}</style>"
            "</head>\n<body>\n" + inner_html + "\n</body></html>\n")


def html_table(rows, head=True):
    out = ["<table>"]
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{xesc(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ====================================================================== MAILS

# ---------------------------------------------------------------- 0001-0025

@mail(1, "S", "de", "insurer-to-customer",
      "pensioner named with pension contract number and monthly pension; proof-of-life reminder (life line)")
def _(n):
    body = f"""Sehr geehrte Frau Wilmsen,

vielen Dank für Ihren Anruf am Montag. Wie besprochen erinnern wir Sie an die
Lebensbescheinigung für Ihre Rentenversicherung Nr. LR-4471-0923-08.

Die Bescheinigung benötigen wir bis spätestens 30. April 2026 zurück. Ohne
Bescheinigung müssen wir die monatliche Rente von derzeit 412,37 EUR ab dem
1. Juni 2026 leider vorläufig anhalten – das möchten wir natürlich vermeiden.

Sie können die Bescheinigung vom Einwohnermeldeamt, Ihrer Hausbank oder Ihrem
Hausarzt bestätigen lassen. Ein Foto mit dem Handy reicht uns, wenn Sie es über
unser Kundenpostfach hochladen: https://securemail.lindenhof-versicherung.example

Falls Ihre Tochter das für Sie erledigt, ist das selbstverständlich in Ordnung.

{SIG['kroeger']}

{FOOT_LEBEN}
"""
    return build(n, S("kroeger"), P("Gerda Wilmsen", "g.wilmsen@webpost.example"),
                 "Ihre Rentenversicherung LR-4471-0923-08 – Lebensbescheinigung 2026",
                 "2026-03-18 10:12", body, lang="de-DE")


@mail(2, "N", "de", "internal",
      "trap: pension payment run dates, counts of deaths and suspended pensions only as totals, no person")
def _(n):
    body = """Hallo zusammen,

kurz die Termine für die Rentenzahlläufe im zweiten Quartal:

  April   Zahllauf Do 23.04., Valuta 30.04.
  Mai     Zahllauf Mi 20.05., Valuta 29.05. (Pfingsten beachten!)
  Juni    Zahllauf Mo 22.06., Valuta 30.06.

Sperrfrist für manuelle Änderungen (Bankverbindung, Zahlweise, Sterbefälle)
jeweils zwei Arbeitstage vor dem Lauf ab 12 Uhr. Was danach kommt, geht in den
Folgemonat bzw. über die Rückrufschiene.

Zur Info aus dem März-Lauf: 18.412 Zahlungen, 37 Sterbefallmeldungen
eingearbeitet, 112 Renten wegen fehlender Lebensbescheinigung angehalten
(Vorjahr 131). Rückläufer von Banken: 9.

Bitte tragt Urlaube so ein, dass an jedem Lauftag mindestens zwei Leute mit
Freigaberecht da sind.

Tobias

--
Tobias Brandl
Teamleiter Rentenzahlung & Leistung Leben
"""
    return build(n, S("brandl"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Rentenzahlläufe Q2 – Termine und Sperrfristen", "2026-03-26 16:40", body,
                 cc=S("oswald"), mailer="Microsoft Outlook 16.0")


@mail(3, "C", "en", "insurer-to-customer",
      "named customer, home contents claim number and insured address (bike theft); non-personal line")
def _(n):
    body = f"""Dear Mr Delaney,

thank you for reporting the theft of your e-bike from the basement storage
room at Friedrich-Ebert-Straße 112, 34119 Kassel.

Your claim is registered under claim number HR-2026-0418837 (household
contents policy HR 7730 1145).

To settle the claim we still need:
  - the police report reference (Kassel-Mitte station gave you one on site),
  - the purchase invoice of the bike (a Riese model, if I understood you right),
  - a photo of the lock, if you still have it.

Please reply to this e-mail or upload the documents in the customer portal.
Once we have everything, payment normally follows within 10 working days.

Best regards
Lena Hoffmann-Wirth
Property Claims, Private Customers
Lindenhof Allgemeine Versicherung AG

{FOOT_EN}
"""
    return build(n, S("hoffmann"), P("Ryan Delaney", "ryan.delaney@brightmail.example"),
                 "Your claim HR-2026-0418837 – stolen e-bike", "2026-04-07 11:05", body,
                 charset="utf-8", cte="quoted-printable", lang="en-GB")


@mail(4, "S", "en", "insurer-to-customer",
      "proof-of-life form pre-filled with pensioner's name, birth date, contract number and annuity amount in PDF; expat pensioner")
def _(n):
    pdf = make_pdf([
        "**Lindenhof Lebensversicherung AG - Certificate of Life / Lebensbescheinigung",
        "",
        "Contract / Vertrag:          LR-3819-2204-11",
        "Annuitant / Rentenempfaengerin: Maureen Whitfield",
        "Date of birth / Geburtsdatum: 14 February 1951",
        "Address: Rua das Amendoeiras 7, 8600-315 Lagos, Portugal",
        "Monthly annuity / Monatsrente: EUR 688.10",
        "Paid to: PT25 0002 0123 1234 5678 9050 7",
        "",
        "I hereby confirm that the above person is alive and appeared before me",
        "in person on: ____________________",
        "",
        "Official stamp and signature (notary, consulate, municipality, bank or doctor):",
        "",
        "________________________________________",
        "",
        "Please return by 31 May 2026 to: Lindenhof Lebensversicherung AG,",
        "Rentenservice - Auslandsrenten, Lindenallee 40, 34117 Kassel, Germany",
    ], title="Certificate of Life LR-3819-2204-11", date="20260409080000")
    body = f"""Dear Mrs Whitfield,

as every year, we need a certificate of life to keep your annuity payments
running. Please find the form attached - we have already filled in your
details, so you only need to have it stamped and signed.

In Portugal the Junta de Freguesia can confirm it, or any notary. A scan or a
clear photo is fine; you do not need to send the original by post.

If anything has changed (address, bank account), just let me know.

{SIG['demir']}

{FOOT_EN}
"""
    return build(n, S("demir"), P("Maureen Whitfield", "maureen.whitfield@brightmail.example"),
                 "Certificate of life 2026 - your annuity", "2026-04-09 09:20", body,
                 atts=[(pdf, CT_PDF, "Certificate_of_life_2026.pdf")], lang="en-GB",
                 cte="base64")


@mail(5, "N", "en", "newsletter",
      "trap: HTML-only newsletter on proof-of-life, pension tax and annuity increases in general, no person")
def _(n):
    html = html_page("""<h2 style="color:#2d5d3b">Lindenhof Pension Letter &ndash; Spring 2026</h2>
<p>Dear pensioner,</p>
<p>this newsletter goes to all our annuitants who receive their payments outside Germany.
Here is what is new this year.</p>
<h3>1. Certificates of life</h3>
<p>From May we will accept certificates uploaded through the secure customer portal.
A photo taken with a phone is enough as long as the stamp and signature are legible.
Please do <b>not</b> send certificates of life or medical documents by ordinary e-mail.</p>
<h3>2. Your annuity and German tax</h3>
<p>Annuities from private pension insurance are taxed in Germany only with their
<i>Ertragsanteil</i> (the income portion), which depends on your age when payments began.
Whether tax is due also depends on the double taxation agreement with your country of residence.
We cannot give tax advice &ndash; please ask a tax adviser.</p>
<table>
<tr><th>Age at start of annuity</th><th>Taxable portion</th></tr>
<tr><td>60</td><td>22 %</td></tr>
<tr><td>63</td><td>20 %</td></tr>
<tr><td>65</td><td>18 %</td></tr>
<tr><td>67</td><td>17 %</td></tr>
</table>
<h3>3. Bonus annuities 2026</h3>
<p>The surplus participation for annuities in payment stays at 2.10 % for 2026.
Your individual statement follows in June.</p>
<p style="font-size:8pt;color:#777">You receive this newsletter because you are an annuitant of
Lindenhof Lebensversicherung AG. Unsubscribe: <a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">here</a>.
Lindenhof Lebensversicherung AG, Lindenallee 40, 34117 Kassel, Germany.</p>""", "Pension Letter")
    return build(n, S("news"), "annuitants-abroad@news.lindenhof-versicherung.example",
                 "Lindenhof Pension Letter - Spring 2026", "2026-04-14 07:00", None, html,
                 cte="quoted-printable", mailer="LiKoS Newsletter 2.1",
                 extra=[("List-Unsubscribe", "<https://www.lindenhof-versicherung.example/newsletter/abmelden>"),
                        ("Precedence", "bulk")])


@mail(6, "C", "de", "insurer-to-customer",
      "grey: household contract transferred to the widow after her husband's death (no cause of death), new direct-debit IBAN; non-personal line")
def _(n):
    body = f"""Sehr geehrte Frau Pfannkuch,

zunächst möchten wir Ihnen unser herzliches Beileid zum Tod Ihres Mannes
aussprechen.

Wie von Ihnen gewünscht, haben wir die Hausratversicherung HV 2210 5573 zum
01.03.2026 auf Sie als Versicherungsnehmerin umgeschrieben. Versicherungsort
bleibt Am Hasenhecke 23, 34125 Kassel; die Versicherungssumme von 65.000 EUR
ändert sich nicht.

Den Beitrag buchen wir künftig von Ihrem Konto ab:
  Kontoinhaberin: Ilse Pfannkuch
  IBAN: DE67 4822 2710 5226 0001 86
Die Mandatsreferenz lautet HV22105573-02. Die erste Abbuchung erfolgt am
01.07.2026 (Halbjahresbeitrag 97,40 EUR).

Einen neuen Versicherungsschein senden wir Ihnen per Post.

{SIG['hoffmann']}

{FOOT_ALLG}
"""
    return build(n, S("hoffmann"), P("Ilse Pfannkuch", "ilse.pfannkuch@postfach-direkt.example"),
                 "Ihre Hausratversicherung HV 2210 5573 – Umschreibung", "2026-03-04 14:31", body,
                 charset="iso-8859-1", cte="quoted-printable", lang="de-DE")


@mail(7, "S", "de", "insurer-to-heir",
      "heirs named with shares and IBANs for the rest of a pension guarantee period after death; details only in DOCX attachment")
def _(n):
    docx = make_docx([
        ("h", "Auszahlungserklärung – Restrente aus Rentengarantiezeit"),
        "Rentenversicherung Nr. LR-2907-1185-03, versicherte Person: Margarete Seibold, geb. 03.09.1940, verstorben am 11.01.2026",
        "Rentengarantiezeit bis 31.12.2029. Kapitalwert der restlichen garantierten Renten zum 01.02.2026: 17.842,60 EUR.",
        "Laut Erbschein des Amtsgerichts Kassel (Az. 760 VI 114/26) sind Erben zu je 1/2:",
        ("table", [["Erbe", "Anschrift", "IBAN", "Anteil"],
                   ["Jens Seibold", "Gartenstraße 4, 34253 Lohfelden", "DE74 3758 2225 0590 5068 65", "8.921,30 EUR"],
                   ["Anke Lorenz geb. Seibold", "Im Dorfe 9, 37213 Witzenhausen", "DE76 3379 8961 2618 3831 41", "8.921,30 EUR"]]),
        "Hiermit beantrage ich die Auszahlung meines Anteils auf das oben genannte Konto.",
        "Ort, Datum, Unterschrift: ______________________________",
    ], title="Auszahlungserklärung LR-2907-1185-03", author="H. Voßberg", created="2026-02-16T10:00:00Z")
    body = f"""Sehr geehrter Herr Seibold,

vielen Dank für die Übersendung des Erbscheins. Damit können wir die
Leistung aus der Rentengarantiezeit nun auszahlen.

Anbei erhalten Sie die vorbereitete Auszahlungserklärung. Bitte prüfen Sie
die Angaben, unterschreiben Sie und lassen Sie auch Ihre Schwester
unterschreiben. Ein Scan genügt.

{SIG['vossberg']}

{FOOT_LEBEN}
"""
    return build(n, S("vossberg"), P("Jens Seibold", "jens.seibold@mailhaus.example"),
                 "Ihr Schreiben vom 09.02.2026 – Auszahlungserklärung", "2026-02-16 10:48", body,
                 cc=P("Anke Lorenz", "anke.lorenz@netcourier.example"),
                 atts=[(docx, CT_DOCX, "Auszahlungserklaerung_Erben.docx")], lang="de-DE")


@mail(8, "N", "de", "insurer-to-supplier",
      "trap: print order for tax certificates (Leistungsmitteilungen) with volumes and dates, no recipient data")
def _(n):
    body = f"""Sehr geehrter Herr Kuhnert,

hiermit beauftragen wir den Druck und Versand der Leistungsmitteilungen nach
§ 22 Nr. 5 EStG für das Steuerjahr 2025 gemäß Rahmenvertrag vom 12.10.2023.

  Auflage:            ca. 41.300 Sendungen (Inland 39.850, Ausland 1.450)
  Format:             DIN A4, 2 Seiten, Duplex, Sichtfensterkuvert DL
  Datenlieferung:     Fr 16.01.2026 über den SFTP-Eingang (wie 2025)
  Postauflieferung:   spätestens Di 27.01.2026
  Beilage:            Infoblatt "Ihre Rente und die Steuer" (liegt bei Ihnen)

Bitte bestätigen Sie den Auftrag kurz und schicken Sie uns wie im Vorjahr
zehn Musterexemplare aus der Produktion (Testdaten) zur Freigabe.

Die Datei enthält personenbezogene Daten; es gelten die Vereinbarung zur
Auftragsverarbeitung und die Löschfrist von 30 Tagen nach Versand.

{SIG['sander']}

{FOOT_GRP}
"""
    return build(n, S("sander"), P("Markus Kuhnert", "m.kuhnert@druckzentrum-fulda.example"),
                 "Auftrag Druck/Versand Leistungsmitteilungen 2025 (Bestellnr. 4500187733)",
                 "2026-01-08 09:02", body, cc=S("oswald"), lang="de-DE")


@mail(9, "S", "de", "insurer-to-authority",
      "tax office told the corrected annual pension of a named pensioner with tax ID (life/pension contract)")
def _(n):
    body = f"""Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 02.03.2026 (StNr. 026 812 44019, Ihr Zeichen
Veranlagung III/4) teilen wir Folgendes mit:

Steuerpflichtiger:  Herr Reinhold Tegtmeyer, geb. 22.07.1949
Identifikationsnummer: 47 036 892 815
Vertrag: Rentenversicherung LR-1766-0450-02 (Lindenhof Lebensversicherung AG)

Die für 2024 übermittelte Rentenbezugsmitteilung wies versehentlich einen
Leistungsbetrag von 6.118,80 EUR aus. Zutreffend sind 5.418,80 EUR (12 x
451,57 EUR abzüglich Rundung); die Differenz beruhte auf einer doppelt
erfassten Einmalzahlung aus der Überschussbeteiligung. Die korrigierte
Meldung wurde am 09.03.2026 an die ZfA übermittelt (Korrekturkennzeichen 1).

Der Steuerpflichtige hat eine Kopie dieses Schreibens erhalten.

Mit freundlichen Grüßen
Marlene Oswald
Steuerliche Meldeverfahren
Lindenhof Lebensversicherung AG

{FOOT_LEBEN}
"""
    return build(n, S("oswald"), "Finanzamt Kassel – Veranlagung <poststelle@fa-kassel.finanzverwaltung.example>",
                 "StNr. 026 812 44019 – Rentenbezugsmitteilung 2024, Korrektur", "2026-03-10 13:15",
                 body, charset="iso-8859-1", cte="8bit", lang="de-DE")


@mail(10, "N", "en", "internal",
      "trap: IT change request for the tax-reporting (ZfA) interface certificate; mentions pension tax reports, no person")
def _(n):
    body = """Hi all,

CHG0041187 is approved for Saturday 21 March, 07:00-09:00 CET.

Scope:
* renew the client certificate used by the RBM transmitter (pension income
  reports to the ZfA, ELSTER transfer) - current one expires 02 Apr 2026
* switch the transmitter from TLS 1.2 fallback to TLS 1.3 only
* no change to file formats, no data migration

Impact: outbound RBM/KapESt transfers paused during the window. Nothing is
scheduled for that weekend anyway; the correction batch runs Monday.

Rollback: old certificate stays in the keystore under alias rbm-2025 until
10 April.

Test evidence from TEST/ABN is in the change ticket. Marlene's team signed off
the functional test yesterday.

Cheers,
Jonas

Jonas Becker
IT Service / Life applications
"""
    return build(n, S("becker"), "IT Change Advisory Board <cab@lindenhof-versicherung.example>",
                 "CHG0041187 approved - RBM transmitter certificate renewal (Sat 21.03.)",
                 "2026-03-17 17:22", body, cc=S("oswald"), charset="us-ascii", cte="7bit")


@mail(11, "C", "de", "insurer-to-broker",
      "sole-trader broker's commission statement with his IBAN and tax number in XLSX; customer names only with non-personal contracts")
def _(n):
    xlsx = make_xlsx([("Abrechnung 02-2026", [
        ["Provisionsabrechnung Februar 2026", "", "", ""],
        ["Vermittler", "Uwe Bergmann, Finanzhaus Bergmann (Einzelunternehmen)", "", ""],
        ["Vermittlernummer", "71-40388", "", ""],
        ["Steuernummer", "026 855 30147", "", ""],
        ["Auszahlung auf", "DE90 8842 6008 5037 5639 35", "", ""],
        ["", "", "", ""],
        ["Vertrag", "Sparte", "Kunde", "Provision EUR"],
        ["KF-20-771834", "Kfz", "Hollmann, Dirk", 84.2],
        ["HV 2210 9981", "Hausrat", "Sieberling, Maria", 31.5],
        ["PH 3390 1204", "Privathaftpflicht", "Yilmaz, Deniz", 22.75],
        ["WG 5512 0078", "Wohngebäude", "Krätzer GbR", 196.0],
        ["", "", "Summe", 334.45],
    ])], title="Provisionsabrechnung 02-2026", author="Vertriebsabrechnung")
    body = f"""Hallo Herr Bergmann,

anbei wie besprochen die korrigierte Provisionsabrechnung für Februar. Der
Wohngebäudevertrag Krätzer war im ersten Lauf vergessen worden.

Die Differenz von 196,00 EUR überweisen wir mit dem nächsten Lauf am 13.03.
auf Ihr bekanntes Konto.

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), P("Uwe Bergmann", "info@finanzhaus-bergmann.example"),
                 "AW: Provision Februar – fehlt da nicht was?", "2026-03-05 08:47", body,
                 atts=[(xlsx, CT_XLSX, "Provisionsabrechnung_2026-02_71-40388.xlsx")],
                 in_reply_to="<6b1e0a2f-77c1@finanzhaus-bergmann.example>")


@mail(12, "S", "de", "insurer-to-customer",
      "disability (BU) annuity in payment: follow-up review naming the depression diagnosis with ICD code")
def _(n):
    body = f"""Sehr geehrter Herr Ohlendorf,

Ihre Rente aus der Berufsunfähigkeits-Zusatzversicherung zum Vertrag
LB-5520-3318-01 zahlen wir seit Oktober 2023. Wie in den Bedingungen
vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen
weiterhin vorliegen (Nachprüfung nach § 174 VVG).

Grundlage der Anerkennung war die rezidivierende depressive Störung,
gegenwärtig mittelgradige Episode (ICD-10 F33.1), mit der Sie Ihre Tätigkeit
als Disponent nicht mehr zu mindestens 50 % ausüben konnten.

Bitte senden Sie uns bis zum 15.05.2026:
1. den beigefügten Fragebogen zur Nachprüfung (bitte per Post, Freiumschlag liegt bei),
2. einen aktuellen Befundbericht Ihrer behandelnden Psychiaterin,
   Frau Dr. Kemmerich, oder die Erlaubnis, diesen direkt anzufordern.

Die Rentenzahlung (1.250,00 EUR monatlich) und die Beitragsbefreiung laufen
während der Prüfung unverändert weiter.

Mit freundlichen Grüßen
i. A. Tobias Brandl
Leistung Leben

{FOOT_LEBEN}
"""
    return build(n, S("brandl"), P("Matthias Ohlendorf", "m.ohlendorf@webpost.example"),
                 "Nachprüfung Ihrer BU-Rente – Vertrag LB-5520-3318-01", "2026-04-02 15:04", body,
                 lang="de-DE")


@mail(13, "N", "de", "insurer-to-customer",
      "trap: out-of-office auto-reply of the pension service mentioning proof-of-life and death notifications in general")
def _(n):
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 17. April 2026, nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet.

In dringenden Rentenangelegenheiten (z. B. Meldung eines Sterbefalls,
Änderung der Bankverbindung, Rückfragen zur Lebensbescheinigung) erreichen Sie
meine Kolleginnen und Kollegen unter rentenservice@lindenhof-versicherung.example
oder telefonisch unter 0561 7080-4400 (Mo–Fr 8–17 Uhr).

Bitte senden Sie uns Gesundheitsunterlagen nicht per unverschlüsselter E-Mail,
sondern über unser Kundenpostfach.

Mit freundlichen Grüßen
Sabine Kröger
"""
    return build(n, S("kroeger"), P("Hans-Peter Grebe", "hp.grebe@netcourier.example"),
                 "Abwesenheitsnotiz: AW: Rückfrage", "2026-04-08 19:51", body,
                 mailer="Microsoft Exchange Server",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@mail(14, "C", "en", "insurer-to-company",
      "fleet motor renewal naming the company contact and drivers with plates and at-fault claims; no injuries")
def _(n):
    body = f"""Dear Ms Varga,

ahead of the renewal of your fleet policy FL-4418-02 on 1 July, here is our
claims review for the last 36 months (12 vehicles).

Reg. no.      Driver on record       Date        Type                 Paid EUR
KS-VT 214     Tamás Horváth          14/02/2024  rear-end, at fault    3,412
KS-VT 219     Claudia Beilstein      03/09/2024  parking damage          880
KS-VT 230     Tamás Horváth          21/01/2025  windscreen              640
KS-VT 241     Jonas Meyerhoff        07/11/2025  lane change, at fault 5,960

No personal injuries in any of these claims. Because two of the four at-fault
claims involve the same driver, we would like to discuss a driver-training
measure before quoting; with it we can hold the premium at EUR 14,880 p.a.

Could we meet in the week of 11 May? Your office or ours.

{SIG['kessler']}

{FOOT_EN}
"""
    return build(n, S("kessler"), P("Ildikó Varga", "i.varga@vargatec-logistik.example"),
                 "Fleet policy FL-4418-02 - renewal 1 July and claims review", "2026-04-21 10:30",
                 body, lang="en-GB")


@mail(15, "S", "mixed", "internal",
      "German note forwarding an English letter of a widow in Ireland: husband's death from heart failure, widow's annuity, contract number")
def _(n):
    body = f"""Hallo Tobias,

kannst du da bitte einmal drüberschauen? Die Witwe von Herrn Brennan schreibt
aus Irland. Hinterbliebenenrente ist im Vertrag eingeschlossen (60 %), aber die
Sterbeurkunde ist nur eine irische "death certificate" ohne Apostille. Reicht
uns das für die Anweisung, oder müssen wir auf die Apostille warten?

Ich würde ihr gern bis Freitag antworten.

Danke & Gruß
Aylin

-------- Forwarded Message --------
From: Siobhan Brennan <siobhan.brennan@shamrockmail.example>
Date: 23 March 2026 21:14
To: rentenservice@lindenhof-versicherung.example
Subject: Policy LR-2214-0719-05 - my husband Patrick Brennan

Dear Sir or Madam,

I am writing to let you know that my husband, Patrick Joseph Brennan (born
02/11/1946), who received a pension from you under policy LR-2214-0719-05,
passed away on 9 March 2026 at Cork University Hospital. The cause of death
given was heart failure after a long illness with COPD.

I understand from his papers that I am entitled to a widow's pension. I attach
the death certificate and our marriage certificate. The payments should
please go to our joint account, IE03 AIBK 9311 5212 3453 70, which I will keep.

Please be patient with me, this is all very new.

Yours faithfully,
Siobhan Brennan
14 Glenview Park, Douglas, Cork T12 XR40, Ireland
"""
    return build(n, S("demir"), S("brandl"),
                 "WG: Policy LR-2214-0719-05 - my husband Patrick Brennan", "2026-03-24 09:37", body,
                 lang="de-DE")


@mail(16, "N", "de", "internal",
      "trap: first-aid course and defibrillator briefing for staff, medical vocabulary without any person's data")
def _(n):
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bieten wir in Zusammenarbeit mit dem Betriebsärztlichen
Dienst eine Erste-Hilfe-Auffrischung an (9 UE, Anerkennung für
Ersthelfer nach DGUV Vorschrift 1).

Inhalte: Herz-Lungen-Wiederbelebung, Einsatz des Defibrillators (AED im
Foyer Gebäude A und in der Kantine), stabile Seitenlage, Schlaganfall und
Herzinfarkt erkennen, Versorgung von Schnittwunden und Verbrennungen,
Unterzuckerung bei Diabetes.

Termine: 12.05. und 09.06.2026, jeweils 8:30–16:00 Uhr, Schulungsraum C 0.14.
Anmeldung bis 30.04. über das Intranet (Personal > Weiterbildung).

Die Teilnahme ist Arbeitszeit. Pro Abteilung sollten mindestens 10 % der
Beschäftigten ausgebildet sein – bitte sprecht euch im Team ab.

Viele Grüße
Claudia Merz
Personalabteilung
"""
    return build(n, S("merz"), "Alle Mitarbeitenden Kassel <alle-kassel@lindenhof-versicherung.example>",
                 "Erste-Hilfe-Kurs 2026 – jetzt anmelden", "2026-04-13 08:05", body,
                 charset="windows-1252", cte="quoted-printable")


@mail(17, "C", "de", "insurer-to-customer",
      "motor liability claim of a named customer with plate and claim number, explicitly no injuries")
def _(n):
    body = f"""Guten Tag Herr Hollmann,

wir haben Ihre Schadenmeldung vom 27.04.2026 erhalten (Schadennummer
KS-26-0112473, Ihr Fahrzeug KS-DH 448, Kfz-Haftpflicht KF-20-771834).

Nach Ihrer Schilderung sind Sie an der Ampel Holländischer Platz auf den
vor Ihnen stehenden Skoda aufgefahren; verletzt wurde niemand. Den Schaden
des Unfallgegners regulieren wir direkt. Ihr Schadenfreiheitsrabatt wird
zum 01.01.2027 von SF 12 auf SF 8 zurückgestuft, sofern Sie den Schaden
nicht bis zum Jahresende selbst übernehmen möchten (dazu teilen wir Ihnen
die Höhe nach Abschluss mit).

Für Ihr eigenes Fahrzeug besteht keine Vollkasko - bitte beachten Sie das.

{SIG['petersen']}

{FOOT_ALLG}
"""
    return build(n, S("petersen"), P("Dirk Hollmann", "dirk.hollmann@mailhaus.example"),
                 "Schaden KS-26-0112473 – Eingangsbestätigung", "2026-04-29 12:18", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(18, "N", "en", "insurer-to-partner",
      "trap: reinsurer longevity report with annuitant counts, deaths and mortality ratios by age band only, XLSX")
def _(n):
    rows = [["Age band", "Annuitants 31.12.2025", "Deaths 2025", "Expected (DAV 2004 R)", "A/E"],
            ["65-69", 4120, 38, 44.1, 0.86],
            ["70-74", 5310, 79, 88.3, 0.89],
            ["75-79", 4480, 121, 131.0, 0.92],
            ["80-84", 2870, 162, 170.2, 0.95],
            ["85-89", 1210, 141, 139.5, 1.01],
            ["90+", 422, 97, 91.8, 1.06],
            ["Total", 18412, 638, 664.9, 0.96]]
    xlsx = make_xlsx([("Experience 2025", rows),
                      ("Notes", [["Data as of 31.12.2025, treaty LH-LON-2019, annuities in payment only"],
                                 ["Cells with fewer than 5 deaths merged into neighbouring bands"]])],
                     title="Longevity experience 2025", author="Aktuariat Leben")
    body = f"""Dear Karin,

please find attached the annual experience report for the longevity treaty
(LH-LON-2019), as required under clause 9.2.

Headline: actual-to-expected over the whole book is 0.96, slightly lighter
mortality than last year (0.98). As in previous years the data are
aggregated by age band; no policy-level data is included.

Happy to walk you through it on the call on 12 March.

{SIG['novak']}
"""
    return build(n, S("novak"), P("Karin Åberg", "karin.aberg@aurora-re.example"),
                 "LH-LON-2019 - experience report 2025", "2026-03-02 14:26", body,
                 cc=S("hartung"), atts=[(xlsx, CT_XLSX, "LH-LON-2019_experience_2025.xlsx")],
                 charset="us-ascii", cte="7bit")


@mail(19, "S", "de", "insurer-to-doctor",
      "request to a GP for a findings report on a named disability annuitant with back diagnosis; consent to release")
def _(n):
    body = f"""Sehr geehrte Frau Dr. Halm,

wir zahlen Ihrer Patientin, Frau Carola Stiegler, geb. 05.06.1971,
wohnhaft Wilhelmshöher Allee 201, 34121 Kassel, seit 2022 eine Rente wegen
Berufsunfähigkeit (Vertrag LB-6631-0227-04). Anlass waren die lumbalen
Bandscheibenvorfälle L4/L5 und L5/S1 mit Radikulopathie (M51.1) und die
nachfolgende Spondylodese.

Im Rahmen der turnusmäßigen Nachprüfung bitten wir um einen kurzen
Befundbericht: aktueller Befund, Schmerzmedikation, Belastbarkeit im
Sitzen/Stehen, geplante Behandlungen.

Die Schweigepflichtentbindung von Frau Stiegler vom 18.03.2026 liegt uns vor
und ist beigefügt. Ihr Honorar nach GOÄ Nr. 75 erstatten wir selbstverständlich.

Da die Antwort Gesundheitsdaten enthält, nutzen Sie bitte unser
Upload-Portal https://securemail.lindenhof-versicherung.example/arzt oder
den Postweg.

Mit freundlichen kollegialen Grüßen
{SIG['fiedler']}

{FOOT_LEBEN}
"""
    consent = make_pdf([
        "**Schweigepflichtentbindungserklaerung",
        "Versicherte Person: Carola Stiegler, geb. 05.06.1971",
        "Vertrag: LB-6631-0227-04",
        "Ich entbinde Frau Dr. med. Petra Halm, Kassel, von der Schweigepflicht",
        "gegenueber der Lindenhof Lebensversicherung AG fuer Auskuenfte zu meiner",
        "Berufsunfaehigkeit (Nachpruefung 2026).",
        "Kassel, 18.03.2026     gez. C. Stiegler",
    ], title="Schweigepflichtentbindung", date="20260318120000")
    return build(n, S("fiedler"), P("Dr. med. Petra Halm", "praxis@praxis-halm.example"),
                 "Befundbericht – Ihre Patientin C. Stiegler, geb. 05.06.1971", "2026-03-23 11:40",
                 body, atts=[(consent, CT_PDF, "Schweigepflichtentbindung_Stiegler.pdf")])


@mail(20, "N", "de", "insurer-to-customer",
      "trap: prospect asks how annuities are taxed; generic answer with Ertragsanteil table, no contract or personal data")
def _(n):
    body = f"""Sehr geehrter Herr Albayrak,

danke für Ihre Anfrage über unsere Internetseite.

Kurz zur Besteuerung einer privaten Rentenversicherung (Schicht 3): Wird die
Rente lebenslang gezahlt, ist nur der sogenannte Ertragsanteil
einkommensteuerpflichtig. Er hängt vom Alter bei Rentenbeginn ab, zum
Beispiel:

  Rentenbeginn mit 62 Jahren: 21 %
  Rentenbeginn mit 65 Jahren: 18 %
  Rentenbeginn mit 67 Jahren: 17 %

Beispiel: Bei 500 EUR Monatsrente und Beginn mit 67 sind jährlich 1.020 EUR
steuerpflichtig (6.000 EUR x 17 %). Ob dann tatsächlich Steuer anfällt,
hängt von Ihren übrigen Einkünften ab.

Wir melden die Rente jährlich an die Finanzverwaltung
(Rentenbezugsmitteilung) und schicken Ihnen eine Leistungsmitteilung für die
Steuererklärung. Eine Steuerberatung dürfen wir nicht leisten.

Gern schickt Ihnen Ihr Berater, Herr Lehnert, ein unverbindliches Angebot.

Freundliche Grüße
Ihr Lindenhof Kundenservice

{FOOT_LEBEN}
"""
    return build(n, "Lindenhof Kundenservice <kundenservice@lindenhof-versicherung.example>",
                 P("Emre Albayrak", "emre.albayrak@postfach-direkt.example"),
                 "Ihre Anfrage: Wie wird eine Privatrente versteuert?", "2026-02-11 16:20", body)


@mail(21, "C", "de", "internal",
      "HR: named employee's new salary and grade (income data), no health content")
def _(n):
    body = f"""Hallo Herr Sauer,

zur Info für die Gehaltsabrechnung Mai:

Frau Aylin Demir (Personalnummer 40718, Rentenservice) wechselt zum
01.05.2026 aus TG 6 in TG 7 des Tarifvertrags für das private
Versicherungsgewerbe. Das Monatsgehalt steigt damit von 4.212 EUR auf 4.650
EUR brutto; die Funktionszulage Auslandsrenten (150 EUR) bleibt bestehen.

Der Bescheid an Frau Demir ist raus, eine Kopie liegt in der Personalakte.

{SIG['merz']}
"""
    return build(n, S("merz"), P("Gregor Sauer", "gregor.sauer@lindenhof-versicherung.example"),
                 "Höhergruppierung PNr. 40718 zum 01.05.", "2026-04-16 10:02", body,
                 importance="high", extra=[("Sensitivity", "Private")])


@mail(22, "S", "en", "insurer-to-heir",
      "death benefit of a named deceased annuitant to his son abroad: contract, date of death, guarantee payment, documents needed")
def _(n):
    body = f"""Dear Mr Quandel,

please accept our condolences on the death of your father, Mr Hans-Dieter
Quandel, on 28 February 2026.

Your father's pension policy LR-3002-4471-09 includes a guaranteed payment
period of 10 years from 1 July 2019. As payments stopped after February 2026,
the remaining guaranteed instalments (40 months at EUR 522.40) are payable to
his estate, at present value EUR 20,118.55.

To pay this out to the heirs we need:
  1. a certified copy of the death certificate (Sterbeurkunde),
  2. a German certificate of inheritance (Erbschein) or a notarised will
     together with the record of its opening by the probate court,
  3. your bank details and a copy of your passport.

As you live in Canada, the German consulate in Toronto can certify copies.
Please send the documents by post or through our secure upload:
https://securemail.lindenhof-versicherung.example

Kind regards
Henrik Voßberg
Estates and Bereavement Service
Lindenhof Lebensversicherung AG

{FOOT_EN}
"""
    return build(n, S("vossberg"), P("Michael Quandel", "mquandel@maplenet.example"),
                 "Policy LR-3002-4471-09 - your late father Hans-Dieter Quandel", "2026-03-12 15:55",
                 body, lang="en-GB")


@mail(23, "N", "de", "internal",
      "trap: data-protection training on bereavement cases with an anonymised case study and no identifiable person")
def _(n):
    body = f"""Liebe Kolleginnen und Kollegen aus Leistung Leben und Nachlassservice,

die Pflichtschulung "Datenschutz in Sterbe- und Erbfällen" findet am
Mittwoch, 20. Mai 2026, 14:00–15:30 Uhr in Raum B 2.08 statt (alternativ per
Teams).

Wir arbeiten mit einem anonymisierten Fall:
  "Eine Rentnerin, Anfang 80, verstirbt. Die Enkelin ruft an und möchte wissen,
  wie hoch die Rente war und ob noch Geld zurückgezahlt werden muss. Ein
  Erbschein liegt noch nicht vor."
Fragen: Welche Auskünfte dürfen wir geben? Ab wann ist jemand legitimiert?
Darf die Todesursache in der Akte stehen? Wie lange bewahren wir
Sterbeurkunden auf?

Bitte bringt eigene (anonymisierte!) Beispiele mit. Keine Vertragsnummern
oder Namen in Folien oder im Chat.

{SIG['engel']}
"""
    return build(n, S("engel"), "Leistung Leben <leistung-leben@lindenhof-versicherung.example>",
                 "Pflichtschulung: Datenschutz in Sterbe- und Erbfällen (20.05.)", "2026-04-22 09:30",
                 body, cc=S("vossberg"))


@mail(24, "C", "en", "insurer-to-customer",
      "travel cancellation due to job loss (no health reason): named customer, booking, refund and IBAN")
def _(n):
    body = f"""Dear Ms Kowalczyk,

good news: we can cover your cancellation costs. Losing your job
unexpectedly, confirmed by your employer's notice of 26 January, is an
insured event under section 2.1 (c) of your travel cancellation policy
RR-88-204417.

  Trip:                 Madeira, 14-28 March 2026, booking no. TUX-5527190
  Cancellation fee:     EUR 1,344.00 (40 % of the travel price)
  Excess:               EUR 100.00
  Payment:              EUR 1,244.00

We will transfer the amount within five working days to the account you gave
us, DE42 1996 4083 4145 4369 83 (account holder Joanna Kowalczyk).

{SIG['reinecke']}

{FOOT_EN}
"""
    return build(n, S("reinecke"), P("Joanna Kowalczyk", "joanna.kowalczyk@brightmail.example"),
                 "Claim RR-88-204417 - cancellation costs approved", "2026-02-19 13:47", body,
                 cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.6.0")


@mail(25, "S", "de", "insurer-to-lawyer",
      "third-party debtor declaration on a garnished private pension: named pensioner, monthly pension, seizable amount")
def _(n):
    body = f"""Sehr geehrte Frau Rechtsanwältin Kurz,

in der Zwangsvollstreckungssache
  Autohaus Feldmann GmbH ./. Dieter Kalmbach
  Pfändungs- und Überweisungsbeschluss des AG Kassel vom 19.02.2026, Az. 641 M 2207/26,
  zugestellt am 24.02.2026,
geben wir als Drittschuldnerin folgende Erklärung nach § 840 ZPO ab:

1. Wir erkennen die Forderung als begründet an, soweit sie pfändbar ist. Der
   Schuldner, geb. 11.10.1958, bezieht aus der Rentenversicherung
   LR-5104-8820-07 seit 01.11.2023 eine monatliche Rente von 1.386,20 EUR.
2. Bei derzeit einer Unterhaltspflicht ergibt sich nach der
   Pfändungstabelle ein pfändbarer Betrag von monatlich 93,88 EUR, den wir ab
   der Zahlung für April 2026 an Ihre Mandantin abführen.
3. Vorrangige Pfändungen bestehen nicht; eine Abtretung an die Volksbank
   Kassel-Nord aus 2021 wurde am 03.12.2025 freigegeben.

Mit freundlichen Grüßen
Lindenhof Lebensversicherung AG
i. A. Tobias Brandl

{FOOT_LEBEN}
"""
    return build(n, S("brandl"), P("RAin Sabrina Kurz", "kurz@kanzlei-rothdemir.example"),
                 "Drittschuldnererklärung § 840 ZPO – Az. 641 M 2207/26 (Kalmbach)",
                 "2026-03-06 11:11", body, charset="iso-8859-1", cte="quoted-printable")

# ---------------------------------------------------------------- 0026-0050

@mail(26, "N", "de", "newsletter",
      "trap: broker newsletter on a new annuity product with a sample calculation for a fictitious 'Max Mustermann'")
def _(n):
    text = """Lindenhof Maklerbrief 03/2026
==============================

LindenRente Flex – die neue Rentenversicherung ab 1. Mai

* Flexibler Rentenbeginn zwischen 62 und 72
* Rentengarantiezeit bis 25 Jahre, Todesfallschutz in der Aufschubzeit
* Kapitalwahlrecht bis 3 Monate vor Rentenbeginn
* Hinterbliebenenrente für Ehe- oder Lebenspartner zuwählbar (50 / 60 / 100 %)

Musterrechnung (fiktiver Kunde "Max Mustermann", Beginn mit 40, Beitrag 150 EUR
monatlich, Rentenbeginn mit 67, Garantiezeit 10 Jahre):
  garantierte Monatsrente        284,15 EUR
  mögliche Monatsrente (Überschüsse, nicht garantiert)   411,60 EUR

Courtage: 35 Promille der Beitragssumme, Details in der Courtageübersicht im
Maklerportal.

Webinar "LindenRente Flex in 30 Minuten": 29.04., 10:00 Uhr
Anmeldung: https://makler.lindenhof-versicherung.example/webinare

Ihr Lindenhof Maklerservice
Abmelden: https://makler.lindenhof-versicherung.example/newsletter
"""
    html = html_page("""<h1 style="color:#2d5d3b">Lindenhof Maklerbrief 03/2026</h1>
<h2>LindenRente Flex &ndash; die neue Rentenversicherung ab 1. Mai</h2>
<ul><li>Flexibler Rentenbeginn zwischen 62 und 72</li>
<li>Rentengarantiezeit bis 25 Jahre, Todesfallschutz in der Aufschubzeit</li>
<li>Kapitalwahlrecht bis 3 Monate vor Rentenbeginn</li>
<li>Hinterbliebenenrente f&uuml;r Ehe- oder Lebenspartner zuw&auml;hlbar (50 / 60 / 100 %)</li></ul>
<p><b>Musterrechnung</b> (fiktiver Kunde &bdquo;Max Mustermann&ldquo;, Beginn mit 40, Beitrag 150&nbsp;EUR monatlich,
Rentenbeginn mit 67, Garantiezeit 10 Jahre):</p>
<table><tr><td>garantierte Monatsrente</td><td>284,15 EUR</td></tr>
<tr><td>m&ouml;gliche Monatsrente (&Uuml;bersch&uuml;sse, nicht garantiert)</td><td>411,60 EUR</td></tr></table>
<p>Courtage: 35 Promille der Beitragssumme, Details im Maklerportal.</p>
<p><a href="https://makler.lindenhof-versicherung.example/webinare">Webinar &bdquo;LindenRente Flex in 30 Minuten&ldquo;: 29.04., 10:00 Uhr</a></p>
<p style="font-size:8pt">Ihr Lindenhof Maklerservice &middot; <a href="https://makler.lindenhof-versicherung.example/newsletter">Abmelden</a></p>""",
                     "Maklerbrief 03/2026")
    return build(n, S("news"), "makler-newsletter@news.lindenhof-versicherung.example",
                 "Maklerbrief 03/2026: LindenRente Flex startet am 1. Mai", "2026-04-15 06:30", text, html,
                 mailer="LiKoS Newsletter 2.1", extra=[("Precedence", "bulk")])


@mail(27, "S", "de", "insurer-to-customer",
      "widow's pension decision from the pension fund with amounts, her husband's contract and dates; only in the PDF, body short")
def _(n):
    pdf = make_pdf([
        "**Lindenhof Pensionskasse VVaG - Bescheid ueber Hinterbliebenenrente",
        "",
        "Frau Ilse Pfannkuch, Am Hasenhecke 23, 34125 Kassel",
        "geb. 19.08.1952",
        "",
        "Verstorbenes Mitglied: Horst Pfannkuch, geb. 02.01.1949, verstorben 04.02.2026",
        "Mitgliedsnummer: PK-0088-41270 (Arbeitgeber: Kasseler Stahlbau GmbH, ausgeschieden 2014)",
        "",
        "Altersrente des Verstorbenen zuletzt:          826,44 EUR monatlich",
        "Witwenrente 60 %:                              495,86 EUR monatlich",
        "Beginn der Witwenrente:                        01.03.2026",
        "Sterbevierteljahr (Maerz bis Mai 2026):        Fortzahlung 826,44 EUR",
        "",
        "Kranken- und Pflegeversicherung der Rentner: Meldung an AOK Hessen,",
        "Beitragsabzug nach Paragraf 229 SGB V ab 01.06.2026.",
        "Auszahlung auf: DE67 4822 2710 5226 0001 86",
        "",
        "Kassel, 12.03.2026 - Lindenhof Pensionskasse VVaG, Rentenservice",
    ], title="Bescheid Hinterbliebenenrente PK-0088-41270", date="20260312100000")
    body = """Sehr geehrte Frau Pfannkuch,

anbei wie telefonisch angekündigt Ihr Bescheid. Das Original kommt per Post.

Bei Fragen rufen Sie mich gern an.

Mit freundlichen Grüßen
Sabine Kröger
Lindenhof Pensionskasse VVaG / Rentenservice
0561 7080-4412
"""
    return build(n, S("kroeger"), P("Ilse Pfannkuch", "ilse.pfannkuch@postfach-direkt.example"),
                 "Ihr Bescheid", "2026-03-12 15:02", body,
                 atts=[(pdf, CT_PDF, "Bescheid_2026-03-12.pdf")])


@mail(28, "C", "de", "insurer-to-customer",
      "legal-expenses cover for advice in an inheritance dispute: named customer, policy, siblings' dispute, no health")
def _(n):
    body = f"""Sehr geehrte Frau Reinhardt,

Sie haben uns mitgeteilt, dass Sie nach dem Tod Ihrer Mutter mit Ihrem
Bruder über die Aufteilung des Nachlasses (Haus in Baunatal, Sparguthaben)
uneinig sind und anwaltlichen Rat suchen.

Ihr Rechtsschutzvertrag RS 4471 0092 (Privat-Rechtsschutz, Selbstbeteiligung
150 EUR) umfasst im Erbrecht einen Beratungs-Rechtsschutz. Wir übernehmen
daher die Kosten für eine Erstberatung bei einer Rechtsanwältin oder einem
Rechtsanwalt Ihrer Wahl bis zur gesetzlichen Gebühr, höchstens 250 EUR.
Eine Vertretung nach außen (Schreiben an Ihren Bruder, Klage) ist im
Erbrecht nicht versichert.

Unsere Schadennummer: RS-26-004718. Bitte geben Sie diese der Kanzlei an.

{SIG['wolters']}

{FOOT_ALLG}
"""
    return build(n, S("wolters"), P("Beate Reinhardt", "beate.reinhardt@webpost.example"),
                 "Deckungszusage Beratung Erbrecht – RS-26-004718", "2026-02-24 09:14", body)


@mail(29, "N", "en", "insurer-to-supplier",
      "trap: statement of work for a proof-of-life upload feature in the portal; describes data categories, no real data")
def _(n):
    body = """Hi Rahul,

thanks for the draft SOW. A few comments before we can sign:

1. Scope, section 2.3 "Life certificate upload": annuitants upload a photo or
   PDF of the stamped certificate; OCR reads contract number and date of
   stamp; case worker confirms in the back office. Please add that the
   uploaded documents must never leave the EU and are deleted from the
   staging bucket after 24 hours.
2. Test data: only synthetic annuitants from our test generator (names like
   "Testrentner 001"), no copies of production. Please state this explicitly.
3. Acceptance: we need the WCAG 2.1 AA report for the new pages - many of our
   annuitants are over 80.
4. Fixed price EUR 86,400 is fine; payment plan 30/40/30 as proposed.

Can you send a revised version by Friday? Legal wants to see it before the
steering committee on 6 May.

Best,
Jonas

Jonas Becker
IT Service / Life applications
Lindenhof Versicherungsgruppe
"""
    return build(n, S("becker"), P("Rahul Menon", "rahul.menon@servona.example"),
                 "RE: SOW-2026-014 portal - life certificate upload", "2026-04-23 13:58", body,
                 cc=S("demir"), charset="us-ascii", cte="7bit",
                 in_reply_to="<SOW-2026-014.v1@servona.example>")


@mail(30, "S", "de", "internal",
      "internal: named pensioner's death, pension overpaid for two months, recall from the bank with IBAN; inline-forwarded bank reply")
def _(n):
    body = f"""Hallo Henrik,

der Fall Reuter ist leider noch nicht erledigt, siehe unten. Die Bank hat nur
eine Rate zurückgebucht, für die zweite ist kein Guthaben mehr da.

Vertrag LR-0912-3370-01, Hildegard Reuter, verstorben am 27.01.2026
(Meldung kam erst am 20.03. über das Standesamt). Überzahlt: Februar und März
je 734,18 EUR = 1.468,36 EUR. Zurück kam am 02.04. nur 734,18 EUR.

Kannst du bitte prüfen, wer Erbe ist, und die Rückforderung über 734,18 EUR
an die Erben richten? Laut Bank hat der Sohn, Herr Uwe Reuter, nach dem Tod
noch über das Konto verfügt.

Danke
Sabine

----- Weitergeleitet von Sabine Kröger -----
Von: Rücklastschriften Sparkasse Werra-Meißner <ruecklauf@sk-werra.example>
An: rentenservice@lindenhof-versicherung.example
Datum: 02.04.2026 08:12
Betreff: Ihr Rückruf vom 23.03.2026 – Kto.-Inh. Hildegard Reuter

Sehr geehrte Damen und Herren,

zu Ihrer Rückforderung der Rentenzahlungen für die verstorbene Kontoinhaberin
Hildegard Reuter, IBAN DE12 7975 0501 5520 6511 03, teilen wir mit:

- Zahlung 27.02.2026 über 734,18 EUR: zurücküberwiesen am 02.04.2026
- Zahlung 30.03.2026 über 734,18 EUR: Rückzahlung nicht möglich, da das Konto
  nach Verfügungen durch den Verfügungsberechtigten Uwe Reuter kein Guthaben
  aufweist.

Mit freundlichen Grüßen
Sparkasse Werra-Meißner, Zahlungsverkehr
"""
    return build(n, S("kroeger"), S("vossberg"),
                 "WG: Ihr Rückruf vom 23.03.2026 – Kto.-Inh. Hildegard Reuter", "2026-04-02 10:26",
                 body, cc=S("brandl"))


@mail(31, "N", "de", "internal",
      "trap: team jour fixe invitation (ICS) with agenda on proof-of-life return rates and bereavement backlog, totals only")
def _(n):
    desc = ("Agenda:\n1. Rücklauf Lebensbescheinigungen Inland/Ausland (Stand: 71 % / 58 %)\n"
            "2. Rückstand Nachlassfälle (aktuell 143 offene Vorgänge, Ziel < 100)\n"
            "3. Neue Vorlage Witwen-/Witwerrente\n4. Urlaubsplanung Sommer\n5. Verschiedenes")
    ics = make_ics("jf-rentenservice-20260505", "20260505T093000", "20260505T103000",
                   "Jour fixe Rentenservice", "Raum B 2.08 / Teams", desc,
                   organizer=("Tobias Brandl", STAFF["brandl"][1]),
                   attendees=[("Sabine Kröger", STAFF["kroeger"][1]), ("Aylin Demir", STAFF["demir"][1]),
                              ("Henrik Voßberg", STAFF["vossberg"][1])])
    body = """Hallo zusammen,

Einladung für unseren Jour fixe am Dienstag. Agenda steht im Termin.
Ergänzungen gern bis Montag mittag.

Tobias
"""
    return build(n, S("brandl"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Einladung: Jour fixe Rentenservice (Di 05.05., 09:30)", "2026-04-30 12:00", body,
                 atts=[(ics, "text/calendar", "invite.ics", {"charset": "utf-8", "cte": "base64"})])


@mail(32, "C", "en", "insurer-to-broker",
      "broker told claim status of a named client's German holiday home (storm damage), claim and policy numbers")
def _(n):
    body = f"""Hi Oliver,

quick update on your client Mr Graham Pettigrew and the storm damage to his
holiday home in Willingen (Upland), Am Ettelsberg 12:

- claim no. WG-26-0032871 under buildings policy WG 5512 3004
- our loss adjuster inspected on 9 February; roof tiles and gutter,
  estimated EUR 7,850
- we are waiting for the roofer's final invoice; once it is in, we pay
  directly to the roofer unless Mr Pettigrew tells us otherwise

The contents claim (broken window, water on the floor) was closed last
week with EUR 640 paid to his UK account.

Cheers,
Emma

{SIG['clarke']}

{FOOT_EN}
"""
    return build(n, S("clarke"), P("Oliver Hartley", "o.hartley@harbourvane.example"),
                 "Pettigrew - storm damage Willingen, claim WG-26-0032871", "2026-02-27 16:44",
                 body, charset="us-ascii", cte="7bit")


@mail(33, "S", "en", "insurer-to-customer",
      "annuitant abroad: bank account change for annuity payments with old and new IBAN, contract number (life line)")
def _(n):
    body = f"""Dear Mr O'Keeffe,

we have updated the bank details for your annuity under contract
LR-2766-1093-04 as requested in your letter of 30 March:

  old account: IE04 AIBK 9311 5212 3453 52
  new account: GB93 NWBK 6016 1331 9261 52 (account holder Brian O'Keeffe)

The change applies from the payment on 30 April 2026 (EUR 917.35). Please
note that your UK bank may charge a fee for incoming euro payments; we pay
in euro only.

If you did not ask for this change, please call us immediately on
+49 561 7080-4431.

{SIG['demir']}

{FOOT_EN}
"""
    return build(n, S("demir"), P("Brian O'Keeffe", "brian.okeeffe@shamrockmail.example"),
                 "Your annuity LR-2766-1093-04 - change of bank account confirmed", "2026-04-08 10:39",
                 body, lang="en-IE")


@mail(34, "N", "de", "insurer-to-partner",
      "trap: association statistics on annuities in payment, totals by tax category, no person")
def _(n):
    body = f"""Sehr geehrte Frau Dr. Pohlmann,

für die Verbandsstatistik "Laufende Renten 2025" übermitteln wir Ihnen
folgende Bestandszahlen der Lindenhof Lebensversicherung AG und der
Lindenhof Pensionskasse VVaG (Stichtag 31.12.2025):

                                      Anzahl    Jahresrente (Mio. EUR)
  Private Rentenversicherung          12.904        71,3
  Basisrente (Rürup)                   1.688        10,9
  Riester-Rente                        2.105         4,2
  Pensionskasse (bAV)                  1.715        13,8
  davon Hinterbliebenenrenten            611         2,9
  BU-Renten (nur Leben)                  842        11,4

Die Zahlen sind mit der Meldung an die BaFin abgestimmt. Rückfragen gern an
Herrn Dr. Hartung oder mich.

{SIG['brandl']}
"""
    return build(n, S("brandl"), P("Dr. Miriam Pohlmann", "statistik@vvd-verband.example"),
                 "Verbandsstatistik Laufende Renten 2025 – Lindenhof", "2026-02-20 11:30", body,
                 cc=S("hartung"), charset="iso-8859-1", cte="quoted-printable")


@mail(35, "C", "de", "insurer-to-customer",
      "buildings water-damage claim: named customer, address, claim number, adjuster appointment")
def _(n):
    body = f"""Hallo Herr und Frau Sieberling,

wie eben am Telefon besprochen: Unser Sachverständiger, Herr Dipl.-Ing.
Rainer Voigt, kommt am Donnerstag, 05.03.2026, zwischen 10 und 12 Uhr zu
Ihnen in die Goethestraße 41a, 34260 Kaufungen.

Schaden: Leitungswasser (geplatzter Anschluss der Spülmaschine), Küche und
Keller. Schadennummer: WG-26-0019922, Wohngebäudeversicherung WG 5512 7710.

Bitte halten Sie bereit:
- Rechnung/Bericht des Installateurs
- Fotos vom Schadentag
- falls vorhanden: Kaufbelege der Küche (Baujahr?)

Die Trocknungsgeräte dürfen bis zur Besichtigung weiterlaufen – den
Stromverbrauch erstatten wir pauschal.

{SIG['hoffmann']}

{FOOT_ALLG}
"""
    return build(n, S("hoffmann"), P("Maria Sieberling", "sieberling.family@mailhaus.example"),
                 "Termin Sachverständiger – Schaden WG-26-0019922", "2026-03-02 17:08", body,
                 flowed=True, cte="8bit", mailer="Mozilla Thunderbird 128.6.0")


@mail(36, "S", "de", "insurer-to-hospital",
      "cost coverage for an inpatient stay: named patient, diagnosis (hip replacement, M16.1), health insurance number")
def _(n):
    body = f"""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Elfriede Bachmann, geb. 30.11.1945
  Versichertennummer KV 5518 0347-01, Tarif KS1 (Zweibettzimmer, Chefarzt)

erklären wir die Kostenübernahme für den stationären Aufenthalt ab
11.05.2026 in Ihrer Klinik für Orthopädie (Implantation einer
Hüft-TEP rechts bei primärer Koxarthrose, M16.1) zu den allgemeinen
Krankenhausleistungen nach DRG sowie den vereinbarten Wahlleistungen
Zweibettzimmer und Chefarztbehandlung (Prof. Dr. Lindqvist).

Die Abrechnung erfolgt direkt mit uns (Klinik-Card Nr. 7729 4410).
Anschließende Rehabilitation bitte gesondert beantragen.

{SIG['yildiz']}

{FOOT_KV}
"""
    return build(n, S("yildiz"), "Klinikum Auestadt – Patientenaufnahme <aufnahme@klinikum-auestadt.example>",
                 "Kostenübernahmeerklärung KV 5518 0347-01 (Bachmann, Aufnahme 11.05.)",
                 "2026-04-28 08:55", body)


@mail(37, "N", "en", "internal",
      "trap: HTML-only KPI dashboard of the pension service (turnaround times, death notifications, proof-of-life), aggregates only")
def _(n):
    rows = [["KPI", "Jan", "Feb", "Mar", "Target"],
            ["New annuities set up", "212", "198", "240", "-"],
            ["Death notifications processed", "61", "58", "73", "-"],
            ["Median days death notice to closure", "19", "17", "22", "< 21"],
            ["Pensions suspended (no proof of life)", "4", "6", "112", "-"],
            ["Overpayments recovered (EUR)", "18,400", "9,950", "31,220", "-"],
            ["Complaints", "3", "1", "5", "< 5"]]
    html = html_page("<p>Hi all,</p><p>Q1 figures for the pension service below. March spike in "
                     "suspensions is the annual proof-of-life cycle, as expected.</p>" + html_table(rows) +
                     "<p>Comments welcome before the management meeting on 14 April.</p>"
                     "<p>Tobias</p>", "Pension service KPI Q1")
    return build(n, S("brandl"), "Leistung Leben – Leitung <ll-leitung@lindenhof-versicherung.example>",
                 "Pension service KPIs Q1 2026", "2026-04-07 18:02", None, html,
                 html_charset="utf-8", html_cte="base64", mailer="Microsoft Outlook 16.0")


@mail(38, "C", "de", "insurer-to-company",
      "sole trader's business liability invoice with owner's name and IBAN (natural person's bank data)")
def _(n):
    body = f"""Sehr geehrter Herr Ruhland,

zu Ihrer Betriebshaftpflichtversicherung BH 7701 4452 (Bäckerei und
Konditorei Ruhland, Inh. Thomas Ruhland, Untere Königsstraße 18, 34117 Kassel)
erhalten Sie die Beitragsrechnung 2026:

  Versicherungssumme pauschal      5.000.000 EUR
  Jahresnettobeitrag                  612,00 EUR
  Versicherungsteuer 19 %             116,28 EUR
  Jahresbeitrag                       728,28 EUR

Abbuchung am 01.04.2026 per SEPA-Lastschrift von Ihrem Konto
DE39 5661 9068 6378 0238 87 (Mandatsreferenz BH77014452-01,
Gläubiger-ID DE98ZZZ00000188231).

Die Umsatzmeldung für 2025 haben wir erhalten; der Beitrag bleibt unverändert.

{SIG['kessler']}

{FOOT_ALLG}
"""
    return build(n, S("kessler"), P("Thomas Ruhland", "info@baeckerei-ruhland.example"),
                 "Beitragsrechnung 2026 – Betriebshaftpflicht BH 7701 4452", "2026-03-09 07:48", body,
                 charset="windows-1252", cte="quoted-printable")


@mail(39, "S", "de", "insurer-to-customer",
      "explains the pension income report sent to the tax office: named pensioner, tax ID, contract, reported amounts")
def _(n):
    body = f"""Sehr geehrter Herr Nolte,

Sie haben gefragt, warum in Ihrer vorausgefüllten Steuererklärung für 2025
ein anderer Betrag steht als auf Ihren Kontoauszügen.

Wir haben für Ihre Rentenversicherung LR-4120-6605-02 folgende Daten an die
Finanzverwaltung übermittelt (Rentenbezugsmitteilung, Ihre
Steuer-Identifikationsnummer 58 214 730 966):

  Rentenbetrag 2025 (brutto)         7.204,80 EUR
  davon Rentenanpassung 0           (private Rente, kein Anpassungsbetrag)
  Beginn der Rente                   01.09.2019
  Ertragsanteil (Alter 65)           18 %

Auf Ihrem Konto kommen monatlich 600,40 EUR an, also 7.204,80 EUR im Jahr –
das stimmt überein. Versteuert wird davon nur der Ertragsanteil, also
1.296,86 EUR. Die Differenz, die Sie sehen, ist vermutlich der Abzug des
Werbungskosten-Pauschbetrags von 102 EUR in der Software.

{SIG['oswald']}

{FOOT_LEBEN}
"""
    return build(n, S("oswald"), P("Gottfried Nolte", "g.nolte@netcourier.example"),
                 "AW: Steuererklärung – Betrag Rente stimmt nicht?", "2026-04-14 14:22", body,
                 charset="iso-8859-1", cte="8bit",
                 in_reply_to="<4f1a0e0c2b@netcourier.example>")


@mail(40, "N", "de", "insurer-to-customer",
      "trap: portal notification mail without content ('new secure message'), mentions pension service as sender only")
def _(n):
    body = """Guten Tag,

in Ihrem Lindenhof Kundenpostfach liegt eine neue Nachricht für Sie bereit.

Absender: Lindenhof Rentenservice
Eingang:  21.04.2026, 14:03 Uhr

Zum Lesen melden Sie sich bitte an:
https://securemail.lindenhof-versicherung.example/login

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte. Wir
fragen Sie niemals per E-Mail nach Ihrem Passwort.

Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Lindenhof SecureMail
"""
    return build(n, S("noreply"), "k.brueggemann@webpost.example",
                 "Neue Nachricht in Ihrem Lindenhof Kundenpostfach", "2026-04-21 14:03", body,
                 mailer="Lindenhof SecureMail Gateway", cte="quoted-printable",
                 extra=[("Auto-Submitted", "auto-generated")])


@mail(41, "C", "de", "internal",
      "grey: HR payroll note on a named employee's salary garnishment (income and debt data, no health)")
def _(n):
    body = f"""Hallo Gregor,

für Herrn Kevin Dreßler (PNr. 41102, Poststelle) ist heute ein
Pfändungs- und Überweisungsbeschluss eingegangen (AG Kassel, 640 M 3381/26,
Gläubigerin: Kreditbank Nordhessen AG, Forderung 4.816,22 EUR).

Netto derzeit 2.184 EUR, eine Unterhaltspflicht (Kind). Bitte ab der
Abrechnung April den pfändbaren Betrag nach Tabelle einbehalten und
abführen. Die Drittschuldnererklärung schicke ich heute raus.

Herr Dreßler ist informiert. Bitte wie immer vertraulich behandeln – Akte
nur im Personal-Laufwerk.

{SIG['merz']}
"""
    return build(n, S("merz"), P("Gregor Sauer", "gregor.sauer@lindenhof-versicherung.example"),
                 "Pfändung PNr. 41102", "2026-04-09 11:47", body, charset="iso-8859-1",
                 cte="quoted-printable", extra=[("Sensitivity", "Company-Confidential")])


@mail(42, "S", "mixed", "insurer-to-broker",
      "broker gets German/English status of a named client's disability claim including diagnosis (burnout, F43.2) and medical reports")
def _(n):
    body = f"""Hallo Herr Hartley, dear Oliver,

kurzer Stand zum BU-Leistungsfall Ihres Kunden Herrn Sebastian Kraft
(Vertrag LB-7014-2290-06), auf Deutsch für die Akte und darunter in English
for your colleague in London:

DE: Der Leistungsantrag wegen Anpassungsstörung / Erschöpfungssyndrom
(F43.2) liegt seit 12.01. vor. Der Bericht der behandelnden Psychotherapeutin
ist eingegangen, es fehlt noch der Entlassungsbericht der psychosomatischen
Reha-Klinik (Aufenthalt 02.–30.03.). Danach entscheiden wir innerhalb von vier
Wochen.

EN: Claim for disability benefit filed 12 January (adjustment disorder /
burnout). Therapist's report received; the discharge report from the
psychosomatic rehab clinic (stay 2-30 March) is still missing. Decision
within four weeks after that.

Bitte schicken Sie medizinische Unterlagen nicht per normaler Mail, sondern
über das Maklerportal.

{SIG['lehnert']}

{FOOT_LEBEN}
"""
    return build(n, S("lehnert"), P("Oliver Hartley", "o.hartley@harbourvane.example"),
                 "BU-Leistungsfall Kraft / disability claim Kraft - Stand", "2026-04-10 09:18", body,
                 lang="de-DE")


@mail(43, "N", "en", "newsletter",
      "trap: staff newsletter in English with health week, flu vaccination and back-pain tips, no individual")
def _(n):
    text = """LINDENHOF INSIDER - International Edition, April 2026
====================================================

1. Health Week 6-10 October (save the date)
   Screenings for blood pressure, cholesterol and blood sugar, ergonomic
   workplace checks, a talk on sleep and shift work. All results stay with
   the company doctor - HR never sees them.

2. Flu vaccination
   The company doctor offers free flu and COVID-19 boosters from 19 October.
   Booking via the intranet.

3. Back pain? Try the "moving break"
   Five minutes of stretching at 11:00 every day - join the Teams channel
   #movingbreak. Our physio, Lotte, posts a new video each week.

4. New colleagues
   A warm welcome to the International Client Service team, which has
   grown to six people and now covers pensioners in 31 countries.

5. Pension payments abroad: did you know?
   1,450 of our annuitants live outside Germany; the oldest is 104.

Editor: Nina Albrecht, Corporate Communications
"""
    return build(n, S("albrecht"), "All staff international <staff-international@lindenhof-versicherung.example>",
                 "Lindenhof Insider - April 2026", "2026-04-24 08:00", text, charset="us-ascii",
                 cte="7bit", mailer="Microsoft Outlook 16.0")


@mail(44, "S", "de", "insurer-to-authority",
      "family-court information on pension splitting in divorce: both spouses named, contract, capital value; ODT attachment")
def _(n):
    odt = make_odt([
        "Auskunft zum Versorgungsausgleich (§ 220 FamFG)",
        "Amtsgericht Kassel – Familiengericht, Az. 521 F 1180/25 VA",
        "Ausgleichspflichtige Person: Marco Brehm, geb. 17.04.1979",
        "Ausgleichsberechtigte Person: Sandra Brehm, geb. Tillmann, geb. 08.12.1981",
        "Anrecht: Private Rentenversicherung LR-6610-2021-05 (Lindenhof Lebensversicherung AG)",
        "Ehezeit: 01.06.2008 bis 30.09.2025",
        "Ehezeitanteil (Kapitalwert): 38.416,90 EUR",
        "Vorgeschlagener Ausgleichswert: 19.208,45 EUR abzüglich hälftiger Teilungskosten 250,00 EUR = 18.958,45 EUR",
        "Korrespondierender Kapitalwert: 18.958,45 EUR",
        "Interne Teilung nach § 10 VersAusglG wird vorgeschlagen; Teilungsordnung anbei.",
    ], title="VA-Auskunft 521 F 1180/25")
    body = f"""Sehr geehrte Damen und Herren,

in der Familiensache Brehm ./. Brehm übersenden wir die angeforderte
Auskunft zum Versorgungsausgleich nebst Teilungsordnung.

Für Rückfragen stehe ich zur Verfügung.

{SIG['brandl']}

{FOOT_LEBEN}
"""
    return build(n, S("brandl"), "Amtsgericht Kassel – Familiengericht <familiengericht@ag-kassel.justiz.example>",
                 "Az. 521 F 1180/25 VA – Auskunft Versorgungsausgleich", "2026-01-29 10:04", body,
                 atts=[(odt, CT_ODT, "VA-Auskunft_521F1180-25.odt")], charset="iso-8859-1",
                 cte="quoted-printable")


@mail(45, "C", "en", "insurer-to-customer",
      "motor windscreen claim of a named customer with plate, policy and repair shop; non-personal line")
def _(n):
    body = f"""Hello Mr Bowman,

thanks for sending the photos. The stone chip on your windscreen is covered
under the partial cover (Teilkasko) of your car policy KF-20-804519,
vehicle KS-JB 902 (VW Tiguan).

Since the chip is outside the driver's field of vision, a repair will do; no
replacement needed. Any of our partner workshops can do it without charge to
you - the nearest to your address in Vellmar is Glas-Express Vellmar,
Hollaendische Str. 58. They bill us directly; your EUR 150 excess does not
apply to repairs.

Claim reference: KS-26-0098817.

{SIG['clarke']}

{FOOT_EN}
"""
    return build(n, S("clarke"), P("Jeffrey Bowman", "jeff.bowman@brightmail.example"),
                 "Windscreen chip - KS-26-0098817", "2026-03-16 12:40", body,
                 charset="us-ascii", cte="7bit")


@mail(46, "N", "de", "insurer-to-supplier",
      "trap: order for certified shredding of old estate and pension files; volumes and protection class only")
def _(n):
    body = f"""Sehr geehrte Frau Gerke,

wir beauftragen Sie gemäß Angebot A-2026-118 mit der datenschutzkonformen
Vernichtung von Altakten:

  Bestand:      Nachlass- und Rentenakten, Aufbewahrungsfrist abgelaufen
                (Vorgänge bis 2015), ca. 310 Ordner / 46 Archivkartons
  Schutzklasse: 3, Sicherheitsstufe P-4 nach DIN 66399
  Abholung:     Di 19.05.2026 ab 7:30 Uhr, Archiv UG Gebäude B, Rampe 2
  Nachweis:     Vernichtungsprotokoll mit Behälternummern

Bitte bringen Sie abschließbare Behälter mit. Ansprechpartner vor Ort ist
Herr Wollenhaupt (Hausdienst, 0561 7080-1330).

{SIG['sander']}
"""
    return build(n, S("sander"), P("Katrin Gerke", "k.gerke@aktenwolf-entsorgung.example"),
                 "Auftrag Aktenvernichtung – Angebot A-2026-118", "2026-04-27 10:20", body)


@mail(47, "S", "en", "insurer-to-partner",
      "facultative reinsurance request: named applicant with diabetes, HbA1c, blood pressure and medication for an annuity-with-life-cover case")
def _(n):
    body = f"""Dear Karin,

could your facultative team give us an indication on the case below? Our
automatic limit is exceeded.

Applicant:    Mr Lars Ehrenfeld, born 03/03/1966, self-employed architect
Product:      pension plan with death benefit, sum at risk EUR 650,000
Medical:      type 2 diabetes since 2017, HbA1c 7.4 % (Feb 2026), on
              metformin 1000 mg twice daily and empagliflozin 10 mg;
              hypertension treated with ramipril 5 mg, BP 138/86;
              BMI 31; non-smoker; no retinopathy, eGFR 84
Our view:     +75 % extra mortality, no exclusion

Attending physician's report and lab results are in the portal under
case FAC-2026-0212.

Many thanks,
Daniel

> From: Karin Åberg <karin.aberg@aurora-re.example>
> Sent: 18 March 2026 09:02
> Subject: RE: FAC-2026-0212
>
> Daniel, happy to look at it - please send the medical summary.

{SIG['novak']}
"""
    return build(n, S("novak"), P("Karin Åberg", "karin.aberg@aurora-re.example"),
                 "RE: FAC-2026-0212 - Ehrenfeld", "2026-03-18 11:24", body)


@mail(48, "N", "de", "internal",
      "trap: IT ticket about a date-of-death field not saving, reproduced with fictitious test annuitant 'Erika Musterfrau'")
def _(n):
    body = """Ticket INC0087213 – Priorität 3

Anwendung: LiBest Leben (Bestandsführung), Maske "Leistungsfall Tod"
Umgebung: PROD und ABN

Fehlerbild: Wird das Sterbedatum nachträglich korrigiert (z. B. vom
Standesamt abweichend), speichert die Maske zwar ohne Fehlermeldung, nach dem
Neuladen steht aber wieder das alte Datum drin. Die Rentenabrechnung rechnet
dann mit dem falschen Einstellmonat.

Nachgestellt in ABN mit Testvertrag LR-9999-0000-01, Testperson "Erika
Musterfrau", Sterbedatum 15.03.2026 -> 12.03.2026: Fehler reproduzierbar.
Im Log: ORA-01407 cannot update to NULL (Feld STERBE_KZ_QUELLE).

Workaround: Datum löschen, speichern, neu erfassen. Bitte Fachbereich
informieren.

Jonas Becker
IT-Service / Anwendungsbetreuung Leben
"""
    return build(n, S("becker"), "IT-Service Leben <it-leben@lindenhof-versicherung.example>",
                 "INC0087213 Sterbedatum wird nach Korrektur nicht gespeichert", "2026-03-19 15:37",
                 body, cc=S("brandl"), charset="iso-8859-1", cte="8bit")


@mail(49, "C", "de", "insurer-to-customer",
      "motor premium invoice with SEPA mandate confirmation, named customer's IBAN and plate")
def _(n):
    body = f"""Guten Tag Frau Lindemann,

vielen Dank für das SEPA-Lastschriftmandat. Wir haben es für Ihre
Kfz-Versicherung KF-20-815520 (KS-AL 77, Fiat 500) hinterlegt:

  Kontoinhaberin: Anna Lindemann
  IBAN:           DE45192046061459299769
  Mandatsreferenz KF20815520-01

Der Jahresbeitrag 2026 von 486,30 EUR wird am 02.03.2026 abgebucht. Die
Zahlweise jährlich spart Ihnen den Ratenzuschlag von 5 %.

{SIG['petersen']}

{FOOT_ALLG}
"""
    return build(n, S("petersen"), P("Anna Lindemann", "anna.lindemann@webpost.example"),
                 "SEPA-Mandat für Ihre Kfz-Versicherung KF-20-815520", "2026-02-17 09:31", body)


@mail(50, "N", "mixed", "internal",
      "trap: German/English onboarding plan for a new colleague, mentions proof-of-life and widow's pension processes in general")
def _(n):
    body = """Hi Emma, hallo Aylin,

ab 1. Juni verstärkt uns ja James Whitmore aus dem Londoner Büro für sechs
Monate. Hier mein Vorschlag für die ersten zwei Wochen – in English, so James
can read it too:

Week 1
- Mon: welcome, IT setup, badge (HR will send the link)
- Tue/Wed: shadowing Aylin - certificates of life, suspension and
  reinstatement of annuities, payments abroad (SEPA/SWIFT)
- Thu: Henrik - bereavement cases, heirs, what a "Erbschein" is
- Fri: data protection briefing with Dr. Engel (mandatory)

Week 2
- widow's/widower's annuities, tax certificates for pensioners abroad
- first own cases, with four-eyes check

Bitte tragt euch ein, wer wann kann. Danke!

Tobias
"""
    return build(n, S("brandl"), f"{S('clarke')}, {S('demir')}",
                 "Onboarding James Whitmore / onboarding plan", "2026-05-11 17:15", body,
                 cc=S("vossberg"), cte="base64")

# ---------------------------------------------------------------- 0051-0075

@mail(51, "S", "en", "insurer-to-customer",
      "second proof-of-life reminder: annuity of a named pensioner in the Netherlands suspended, amount, contract and IBAN")
def _(n):
    body = f"""Dear Mr van Dalen,

we wrote to you on 12 March and 16 April asking for your certificate of life
for 2026. As we have not received it, we have had to suspend the payments
under your annuity contract LR-1190-5531-02 from May 2026 (EUR 1,062.80 per
month to NL83 ABNA 0417 1646 38).

No money is lost: as soon as the certificate arrives, we restart the
payments and pay the suspended months in one sum.

In the Netherlands you can have the certificate confirmed at your
municipality (gemeente) or by a notary. The SVB "attestatie de vita" that you
send to the Dutch pension fund is also accepted if you send us a copy.

If someone is helping you with your post, they are welcome to contact us.

{SIG['demir']}

{FOOT_EN}
"""
    return build(n, S("demir"), P("Pieter van Dalen", "p.vandalen@polder-post.example"),
                 "Second reminder: certificate of life - annuity LR-1190-5531-02 suspended",
                 "2026-05-06 10:15", body, importance="high")


@mail(52, "N", "en", "internal",
      "trap: actuarial memo comparing annuitant mortality with the DAV 2004 R table, aggregated, PDF")
def _(n):
    pdf = make_pdf([
        "**Memo: Annuitant mortality experience 2021-2025",
        "From: Actuarial Life (F. Hartung)   To: ALM Committee   Date: 27 March 2026",
        "",
        "1. Data: all annuities in payment, Lindenhof Leben and Pensionskasse,",
        "   exposure 2021-2025 approx. 86,000 life years, 2,911 deaths.",
        "2. Basis: DAV 2004 R (2nd order), trend as published.",
        "3. Result: A/E 0.95 (men 0.93, women 0.97). Lighter than expected",
        "   mainly at ages 70-84; above 90 experience is heavier (A/E 1.06).",
        "4. Pandemic years 2021/2022 excluded in a sensitivity: A/E 0.93.",
        "5. Proposal: keep reserving basis; monitor the 90+ band; no strengthening",
        "   of the longevity reserve needed for 2026.",
        "",
        "No individual policy data is contained in this memo.",
    ], title="Annuitant mortality experience 2021-2025", date="20260327150000")
    body = """Hi all,

attached the memo for item 4 on Thursday's agenda. Short version: our
annuitants keep dying a bit later than the table says, but not enough to
touch the reserves this year.

Felix
"""
    return build(n, S("hartung"), "ALM Committee <alm-committee@lindenhof-versicherung.example>",
                 "ALM 02.04. - item 4: annuitant mortality memo", "2026-03-27 15:20", body,
                 atts=[(pdf, CT_PDF, "Memo_annuitant_mortality_2021-2025.pdf")],
                 charset="us-ascii", cte="7bit")


@mail(53, "C", "en", "insurer-to-customer",
      "travel baggage claim: named customer, flight, lost suitcase contents and payment; no health data")
def _(n):
    body = f"""Dear Ms Nakamura,

thank you for your patience. Your suitcase from flight LX 1072 (Zurich -
Frankfurt, 3 January) has now been officially declared lost by the airline,
so we can settle your baggage claim GP-26-000377.

Replacement value of the items on your list:   EUR 1,286.00
less airline compensation already received:    EUR   540.00
less depreciation on clothing (older than 2y): EUR   118.50
Payment to you:                                EUR   627.50

The payment will go to your account ending in ...4064 17 within five days.
Receipts you still find later can be sent in up to 31 July.

{SIG['reinecke']}
"""
    return build(n, S("reinecke"), P("Yuki Nakamura", "yuki.nakamura@brightmail.example"),
                 "Your baggage claim GP-26-000377 - settlement", "2026-02-09 14:05", body,
                 cte="quoted-printable")


@mail(54, "S", "de", "insurer-to-customer",
      "long-term care daily allowance: named insured, care level 3 from the medical service, dementia diagnosis")
def _(n):
    body = f"""Sehr geehrte Frau Hanke,

vielen Dank für die Zusendung des Pflegegutachtens für Ihren Vater, Herrn
Wilfried Hanke (Pflegetagegeldversicherung PT 3305 1187, Tarif PTG 50).

Der Medizinische Dienst hat bei Ihrem Vater infolge der fortschreitenden
Alzheimer-Demenz (G30.1) ab dem 01.02.2026 den Pflegegrad 3 festgestellt
(Gesamtpunktwert 52,5; Schwerpunkte: kognitive und kommunikative Fähigkeiten,
Selbstversorgung).

Wir zahlen daher ab Februar ein Pflegetagegeld von 60 % des vereinbarten
Tagessatzes, also 30,00 EUR täglich (für Februar 840,00 EUR, ab März
monatlich rund 900–930 EUR). Die Nachzahlung für Februar bis April überweisen
wir in dieser Woche.

Als Betreuerin sind Sie für Ihren Vater zahlungsempfangsberechtigt; die
Betreuerbestellung liegt uns vor.

{SIG['yildiz']}

{FOOT_KV}
"""
    return build(n, S("yildiz"), P("Susanne Hanke", "susanne.hanke@mailhaus.example"),
                 "Pflegetagegeld PT 3305 1187 – Leistungsbescheid", "2026-05-05 13:37", body)


@mail(55, "N", "de", "insurer-to-broker",
      "trap: broker circular on the annual proof-of-life procedure and death notifications, no customer named")
def _(n):
    body = f"""Liebe Vertriebspartnerinnen und Vertriebspartner,

in diesen Tagen erhalten Ihre Kundinnen und Kunden mit laufender Rente
wieder die jährliche Bitte um eine Lebensbescheinigung. Damit es keine
Rentenunterbrechungen gibt, ein paar Hinweise:

1. Wer im Inland lebt und dessen Rente auf ein deutsches Konto geht,
   bekommt nur dann Post, wenn der automatische Abgleich mit den
   Meldebehörden keinen Treffer ergibt.
2. Im Ausland lebende Rentner müssen jedes Jahr eine Bescheinigung
   schicken. Frist: 31. Mai.
3. Bescheinigungen können Kunden direkt im Kundenpostfach hochladen. Bitte
   leiten Sie Bescheinigungen nicht per E-Mail an uns weiter – sie enthalten
   Geburtsdaten und Vertragsnummern.
4. Sterbefälle melden Sie bitte unter rentenservice@lindenhof-versicherung.example
   oder telefonisch; wir melden uns dann direkt bei den Angehörigen.

Fragen beantwortet Ihr Maklerbetreuer.

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), "Vertriebspartner Nordhessen <vertriebspartner-nordhessen@lindenhof-versicherung.example>",
                 "Info: Lebensbescheinigungen 2026 – bitte an Ihre Rentenkunden denken", "2026-03-20 08:30",
                 body, cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.6.0")


@mail(56, "C", "de", "insurer-to-lawyer",
      "liability claim handled with the opposing lawyer: named policyholder, damaged car, claim number; nobody hurt")
def _(n):
    body = f"""Sehr geehrter Herr Rechtsanwalt Demir,

in der Schadensache Ihres Mandanten, Herrn Stefan Kirchhoff, gegen unseren
Versicherungsnehmer Herrn Bernd Wolff (Privathaftpflicht PH 3390 7716,
Schaden HP-26-0041190) nehmen wir wie folgt Stellung:

Unser Versicherungsnehmer hat beim Rangieren mit seinem Anhänger am
14.01.2026 auf dem Parkplatz des Baumarkts in Baunatal den Pkw Ihres
Mandanten (KS-SK 1204) beschädigt. Personen wurden nicht verletzt. Da der
Anhänger nicht zulassungspflichtig war, ist die Privathaftpflicht zuständig.

Wir regulieren auf Basis des Gutachtens Schwarzer vom 22.01.2026:
  Reparaturkosten netto     2.916,40 EUR
  Wertminderung               250,00 EUR
  Nutzungsausfall 4 Tage      172,00 EUR
  Kostenpauschale              25,00 EUR
  Gutachterkosten             498,00 EUR
  Summe                     3.861,40 EUR
zzgl. Ihrer Gebühren nach RVG (1,3 Geschäftsgebühr aus 3.861,40 EUR).

Bitte teilen Sie uns die Bankverbindung Ihrer Kanzlei mit.

{SIG['albers']}

{FOOT_ALLG}
"""
    return build(n, S("albers"), P("RA Cem Demir", "c.demir@kanzlei-rothdemir.example"),
                 "Ihr Az. 26/0117 – Kirchhoff ./. Wolff – unser Schaden HP-26-0041190",
                 "2026-02-12 16:02", body, charset="iso-8859-1", cte="quoted-printable")


@mail(57, "S", "en", "insurer-to-heir",
      "statement of the deceased annuitant's final payments and death benefit to heirs in the UK; only inside a ZIP (PDF + CSV)")
def _(n):
    pdf = make_pdf([
        "**Final statement - annuity contract LR-2599-3302-01",
        "Deceased annuitant: Ursula Fairweather, nee Kowalski, born 21 May 1938",
        "Date of death: 17 January 2026 (Bournemouth, England)",
        "",
        "Annuity paid for January 2026 (due):                EUR 1,104.70",
        "Annuity paid for February 2026 (not due, recalled): EUR -1,104.70",
        "Death benefit (return of remaining premium):       EUR 12,480.00",
        "Final bonus:                                       EUR    356.12",
        "Total payable to the estate:                       EUR 12,836.12",
        "",
        "Payees according to grant of probate (Winchester District Probate Registry):",
        "  Helen Fairweather   50 %   GB12 NWBK 6016 1331 9260 58",
        "  Mark Fairweather    50 %   GB93 NWBK 6016 1331 9261 52",
    ], title="Final statement LR-2599-3302-01", date="20260318090000")
    csvdata = make_csv([["payee", "share", "amount_eur", "iban"],
                        ["Helen Fairweather", "0.5", "6418.06", "GB12NWBK60161331926058"],
                        ["Mark Fairweather", "0.5", "6418.06", "GB93NWBK60161331926152"]], delim=",")
    z = make_zip([("Final_statement_LR-2599-3302-01.pdf", pdf), ("payment_split.csv", csvdata)],
                 when_=(2026, 3, 18, 9, 5, 0))
    body = f"""Dear Ms Fairweather,

thank you for sending the grant of probate. Please find our final statement
and the payment split in the attached archive. If you and your brother agree,
we will make both payments in the week of 30 March.

Kind regards,
Henrik Vossberg
Estates and Bereavement Service
Lindenhof Lebensversicherung AG

{FOOT_EN}
"""
    return build(n, S("vossberg"), P("Helen Fairweather", "helen.fairweather@brightmail.example"),
                 "Final statement", "2026-03-18 09:12", body,
                 cc=P("Mark Fairweather", "mark.fw@brightmail.example"),
                 atts=[(z, CT_ZIP, "LR-2599-3302-01.zip")], charset="us-ascii", cte="7bit")


@mail(58, "N", "en", "insurer-to-supplier",
      "trap: remittance advice to a translation company with invoice numbers and the supplier's and insurer's company IBANs")
def _(n):
    body = """Dear Sir or Madam,

please be advised that we have today paid the following invoices:

  Invoice      Date        Amount EUR   Subject
  TR-26-0211   03.02.2026    1,180.50   certificate-of-life forms PL/TR/HR
  TR-26-0244   17.02.2026      642.00   pension FAQ, English and Spanish
  Total                      1,822.50

Paid from:  Lindenhof Versicherungsgruppe, DE30 1817 4663 4611 4673 76
Paid to:    Lingua Transfer GmbH, DE65 3205 6529 0580 1404 40
Reference:  KRED 770184 / PO 4500188102

Accounts Payable
Lindenhof Versicherungsgruppe, Lindenallee 40, 34117 Kassel
"""
    return build(n, "Lindenhof Kreditorenbuchhaltung <kreditoren@lindenhof-versicherung.example>",
                 "accounts@linguatransfer.example", "Remittance advice KRED 770184",
                 "2026-03-03 06:14", body, charset="us-ascii", cte="7bit",
                 mailer="SAP NetWeaver 7.5", extra=[("Auto-Submitted", "auto-generated")])


@mail(59, "C", "de", "insurer-to-customer",
      "personal liability application confirmed with birth dates of customer and partner (no health)")
def _(n):
    body = f"""Hallo Herr Yilmaz,

Ihr Antrag auf eine Privathaftpflichtversicherung im Tarif "Familie Komfort"
ist angenommen. Versichert sind:

  Deniz Yilmaz, geb. 09.07.1990 (Versicherungsnehmer)
  Leonie Brandt, geb. 21.01.1992 (Lebensgefährtin, gleiche Anschrift)
  Anschrift: Kölnische Straße 77, 34117 Kassel

Vertragsnummer PH 3390 1204, Beginn 01.03.2026, Jahresbeitrag 89,90 EUR.
Die Police erhalten Sie in den nächsten Tagen in Ihrem Kundenpostfach.

Hinweis: Damit Frau Brandt mitversichert bleibt, muss sie weiterhin unter
derselben Adresse gemeldet sein. Bitte teilen Sie uns einen Umzug mit.

Viele Grüße
Ihr Lindenhof Kundenservice
Lindenhof Allgemeine Versicherung AG

{FOOT_ALLG}
"""
    return build(n, "Lindenhof Kundenservice <kundenservice@lindenhof-versicherung.example>",
                 P("Deniz Yilmaz", "deniz.yilmaz@postfach-direkt.example"),
                 "Willkommen: Ihre Privathaftpflicht PH 3390 1204", "2026-02-26 18:40", body)


@mail(60, "S", "de", "internal",
      "statutory health insurance contributions on company pensions: CSV of named pensioners with birth dates, health insurers, pension amounts")
def _(n):
    rows = [["Mitgliedsnr", "Name", "Vorname", "Geburtsdatum", "Krankenkasse", "KV-Nr", "Versorgungsbezug EUR", "Beginn", "Status"],
            ["PK-0088-41270", "Pfannkuch", "Ilse", "19.08.1952", "AOK Hessen", "P190852714", "495,86", "01.03.2026", "Hinterbliebene, neu"],
            ["PK-0102-33018", "Gräßle", "Jürgen", "04.05.1961", "BKK Nordhessen", "G040561208", "312,40", "01.06.2026", "Altersrente, neu"],
            ["PK-0095-11842", "Mühlhaus", "Brigitte", "27.10.1959", "TK", "M271059533", "1.018,77", "01.11.2024", "Änderung Betrag"],
            ["PK-0071-90004", "Ötztürk", "Hasan", "15.02.1956", "DAK", "O150256661", "204,10", "01.02.2021", "Rückmeldung: freiwillig versichert"]]
    csvtext = make_csv(rows)
    body = """Hallo Sabine,

anbei die Fälle aus dem Zahlstellenmeldeverfahren von letzter Woche, bei
denen die Krankenkassen-Rückmeldung noch nicht verarbeitet ist. Bitte die
ersten beiden neu anlegen (Beitragsabzug KV/PV ab Beginn), bei Frau Mühlhaus
nur den Betrag ändern. Herr Ötztürk ist laut DAK freiwillig versichert –
da bitte keinen Abzug, er zahlt selbst.

Gruß
bAV-Service
"""
    return build(n, S("bav"), S("kroeger"), "Zahlstellenverfahren – offene Rückmeldungen KW 15",
                 "2026-04-13 09:12", body,
                 atts=[(csvtext, "text/csv", "Zahlstellen_offen_KW15.csv",
                        {"charset": "windows-1252", "cte": "quoted-printable"})],
                 charset="windows-1252", cte="quoted-printable")


@mail(61, "N", "de", "newsletter",
      "trap: newsletter to all pensioners on the 1 July surplus increase with a generic example, no recipient data")
def _(n):
    text = """Liebe Rentnerinnen und Rentner,

gute Nachrichten: Zum 1. Juli 2026 steigen die Überschussrenten der
Lindenhof Lebensversicherung AG um 1,1 %. Das betrifft alle Verträge mit
dynamischer Überschussrente (Tarifgenerationen 2005 bis 2021).

Ein Beispiel: Wer heute eine Gesamtrente von 400 EUR bezieht, von der 60 EUR
aus Überschüssen stammen, erhält ab Juli 400,66 EUR.

Ihre persönliche Rentenmitteilung erhalten Sie im Juni per Post oder in Ihrem
Kundenpostfach. Bitte beachten Sie: Überschüsse sind nicht garantiert und
werden jährlich neu festgelegt.

Außerdem in diesem Brief:
- Enkeltrick am Telefon: Wir fragen nie nach Ihrer TAN oder Ihrem Passwort.
- Vorsorgevollmacht: Was Angehörige im Ernstfall brauchen (Broschüre zum
  Download unter https://www.lindenhof-versicherung.example/vollmacht).

Herzliche Grüße
Ihr Lindenhof Rentenservice

Sie erhalten diese E-Mail, weil Sie dem Newsletter für Rentenkunden
zugestimmt haben. Abmelden: https://www.lindenhof-versicherung.example/newsletter/abmelden
"""
    return build(n, S("news"), "rentner-newsletter@news.lindenhof-versicherung.example",
                 "Ihre Rente steigt zum 1. Juli", "2026-05-20 07:00", text,
                 mailer="LiKoS Newsletter 2.1", extra=[("Precedence", "bulk")])


@mail(62, "C", "en", "insurer-to-company",
      "commercial property claim of a company with named contact, site address, claim number and amounts")
def _(n):
    body = f"""Dear Mr Lindgren,

following the fire in the compressor room at your Baunatal plant on
3 March, our adjuster has now finished the inspection.

Policy:        commercial property CP-40-1188 (Nordmark Kältetechnik GmbH)
Claim:         CP-26-000912
Site:          Rudolf-Diesel-Str. 9, 34225 Baunatal
Building:      EUR 46,200 (roof section, wiring)
Machinery:     EUR 118,900 (two compressors, control unit)
BI:            waiting for your accountant's figures for March/April

We can make an interim payment of EUR 100,000 next week. Please confirm
the company account we should use - the one on file ends in 0453 93.

Nobody was injured, so no employer's liability aspects.

{SIG['kessler']}

{FOOT_EN}
"""
    return build(n, S("kessler"), P("Erik Lindgren", "erik.lindgren@nordmark-kaelte.example"),
                 "CP-26-000912 - fire Baunatal - interim payment", "2026-03-25 10:50", body)


@mail(63, "S", "de", "insurer-to-customer",
      "HTML-only health claim statement: named insured, doctor and pharmacy invoices with diagnoses and reimbursed amounts")
def _(n):
    rows = [["Beleg", "Leistungserbringer", "Datum", "Leistung / Diagnose", "Betrag", "erstattet"],
            ["1", "Dr. med. U. Sprenger, Kardiologie", "09.02.2026", "Belastungs-EKG, Langzeit-RR (I10.90)", "286,42 €", "286,42 €"],
            ["2", "Linden-Apotheke Kassel", "12.02.2026", "Ramipril 5 mg, 100 St. / Bisoprolol 2,5 mg", "41,88 €", "41,88 €"],
            ["3", "Dr. med. K. Hain, Allgemeinmedizin", "03.03.2026", "Kontrolle, Laborwerte Lipide (E78.0)", "94,17 €", "94,17 €"],
            ["4", "Physio Punkt", "März 2026", "6 x KG (M54.5)", "198,00 €", "158,40 €"]]
    html = html_page(
        "<p>Sehr geehrter Herr Baumgart,</p>"
        "<p>wir haben Ihre Belege zum Vertrag KV 5518 2290 abgerechnet:</p>" + html_table(rows) +
        "<p>Erstattung gesamt: <b>580,87 €</b>. Bei Physiotherapie erstattet Ihr Tarif 80 %.</p>"
        "<p>Die Überweisung auf Ihr Konto erfolgt in den nächsten Tagen.</p>"
        "<p>Freundliche Grüße<br>Murat Yıldız<br>Leistungsabrechnung Krankenversicherung<br>"
        "Lindenhof Krankenversicherung AG</p>", "Leistungsabrechnung")
    return build(n, S("yildiz"), P("Rolf Baumgart", "rolf.baumgart@webpost.example"),
                 "Ihre Leistungsabrechnung vom 18.03.2026", "2026-03-18 16:25", None, html,
                 html_charset="utf-8", html_cte="quoted-printable")


@mail(64, "N", "en", "insurer-to-broker",
      "trap: one-time password for a new broker portal user; credential but no personal or customer data")
def _(n):
    body = """Hello,

a user account has been created for you in the Lindenhof broker portal.

User name:           harbourvane-ohartley
One-time password:   Vq7#mP2-kd9T

Please log in within 7 days at
https://makler.lindenhof-versicherung.example
You will be asked to set your own password and a security question.
Your firm administrator can reset the account if the password expires.

This is an automatically generated message. Please do not reply.

Lindenhof Broker Portal
"""
    return build(n, "Lindenhof Maklerportal <noreply@makler.lindenhof-versicherung.example>",
                 P("Oliver Hartley", "o.hartley@harbourvane.example"),
                 "Your access to the Lindenhof broker portal", "2026-01-21 09:00", body,
                 charset="us-ascii", cte="7bit", mailer="Lindenhof Maklerportal",
                 extra=[("Auto-Submitted", "auto-generated")])


@mail(65, "S", "en", "insurer-to-customer",
      "annual annuity tax statement for a named pensioner in the USA: contract, amounts, German tax ID, in PDF")
def _(n):
    pdf = make_pdf([
        "**Statement of annuity payments 2025 / Leistungsmitteilung 2025",
        "(Paragraf 22 Nr. 5 EStG - for your tax return)",
        "",
        "Recipient: Mrs Dorothea Whitaker, 1180 Larkspur Lane, Asheville NC 28804, USA",
        "Date of birth: 11/06/1950      German tax ID (IdNr): 63 810 244 597",
        "Contract: LR-3377-0158-06 (private pension insurance, lifelong annuity)",
        "",
        "Line 1  Annuity payments 2025 (gross):                  EUR 9,876.00",
        "Line 4  of which subject to Ertragsanteil (age 66):      EUR 9,876.00",
        "        taxable portion 18 %:                            EUR 1,777.68",
        "Line 6  Surplus paid as one-off amount:                  EUR   214.30",
        "",
        "This statement has been reported to the German Central Allowance Office (ZfA).",
        "Under the Germany-USA double taxation treaty, Art. 18, private annuities may be",
        "taxable in the state of residence; please consult your tax adviser.",
    ], title="Leistungsmitteilung 2025 LR-3377-0158-06", date="20260130080000")
    body = f"""Dear Mrs Whitaker,

as requested, here is a copy of your statement of annuity payments for 2025
for your US tax return. The original was posted on 27 January.

{SIG['clarke']}

{FOOT_EN}
"""
    return build(n, S("clarke"), P("Dorothea Whitaker", "dwhitaker@carolina-mail.example"),
                 "Copy of your 2025 annuity statement", "2026-02-03 15:30", body,
                 atts=[(pdf, CT_PDF, "Leistungsmitteilung_2025_copy.pdf")],
                 charset="us-ascii", cte="7bit", lang="en-US")


@mail(66, "N", "de", "internal",
      "trap: data-protection rule that pension statements, tax certificates and death certificates go only via the secure portal; no person")
def _(n):
    body = f"""Liebe Kolleginnen und Kollegen im Rentenservice und Nachlassservice,

bei einer Stichprobe sind mir in den letzten Wochen mehrere E-Mails
aufgefallen, mit denen Rentenmitteilungen, Leistungsmitteilungen nach § 22
Nr. 5 EStG oder Kopien von Sterbeurkunden unverschlüsselt an Kunden oder
Erben gegangen sind.

Zur Erinnerung, was für die Lebensversicherung gilt:
- Alles, was einen konkreten Lebens- oder Rentenvertrag betrifft, ist
  streng vertraulich – auch ohne Diagnose.
- Solche Nachrichten gehen ausschließlich über SecureMail (Portal) oder mit
  S/MIME, wenn der Empfänger ein Zertifikat hat.
- Ausnahme nur mit schriftlicher Kundeneinwilligung zur TLS-Übertragung;
  die Einwilligung steht im Bestandssystem (Feld "KE-TLS").
- Steuer-ID, Geburtsdatum und Bankverbindung gehören nie in den Betreff.

Bei Fragen meldet euch gern bei mir.

{SIG['engel']}
"""
    return build(n, S("engel"), "Leistung Leben <leistung-leben@lindenhof-versicherung.example>",
                 "Erinnerung: Rentenunterlagen nur verschlüsselt versenden", "2026-05-04 11:55", body,
                 cc=S("brandl"), charset="iso-8859-1", cte="8bit")


@mail(67, "C", "de", "insurer-to-customer",
      "grey: car insurance and no-claims class transferred to the widow after her husband's death; plate, policy, no cause of death")
def _(n):
    body = f"""Sehr geehrte Frau Hartwig,

wir haben den Kfz-Vertrag KF-20-690114 Ihres verstorbenen Mannes, Herrn
Klaus Hartwig, wie gewünscht auf Sie übertragen. Das Fahrzeug (Opel Astra,
KS-KH 311) bleibt bei uns versichert.

Den Schadenfreiheitsrabatt Ihres Mannes (SF 25) können wir Ihnen als
Ehefrau übertragen, weil Sie das Fahrzeug in den letzten Jahren regelmäßig
mitgefahren haben und Sie seit 1983 einen Führerschein besitzen. Ihr neuer
Beitrag ab 01.04.2026: 312,80 EUR jährlich.

Die Zahlung erfolgt weiter von dem bisherigen Konto; falls es aufgelöst
wird, geben Sie uns bitte Ihre neue Bankverbindung.

{SIG['petersen']}

{FOOT_ALLG}
"""
    return build(n, S("petersen"), P("Renate Hartwig", "r.hartwig@postfach-direkt.example"),
                 "Übertragung Kfz-Vertrag und SF-Klasse", "2026-03-27 11:20", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(68, "S", "de", "insurer-to-customer",
      "short reply; health data and pension contract only in the quoted customer mail (husband died of cancer, widow's pension)")
def _(n):
    body = f"""Liebe Frau Lötzerich,

vielen Dank, Ihre Unterlagen sind angekommen und vollständig. Sie hören in
den nächsten Tagen von uns.

Herzliche Grüße
Sabine Kröger

Am 24.03.2026 um 19:42 schrieb Waltraud Lötzerich:
> Sehr geehrte Frau Kröger,
>
> wie am Telefon besprochen schicke ich Ihnen die Sterbeurkunde meines
> Mannes Erwin (Rentenvertrag LR-0833-2714-03). Er ist am 3. März im
> Hospiz in Kassel an seinem Bauchspeicheldrüsenkrebs gestorben, nach
> anderthalb Jahren Chemo. Der Arztbrief vom Klinikum liegt auch dabei,
> falls Sie den brauchen.
>
> Bitte zahlen Sie die Witwenrente auf mein Konto bei der Volksbank,
> das haben Sie ja schon.
>
> Mit freundlichen Grüßen
> Waltraud Lötzerich
"""
    return build(n, S("kroeger"), P("Waltraud Lötzerich", "w.loetzerich@netcourier.example"),
                 "AW: Sterbeurkunde Erwin", "2026-03-25 08:04", body,
                 in_reply_to="<a7f1e2d0.5511@netcourier.example>", cte="8bit")


@mail(69, "N", "en", "insurer-to-partner",
      "trap: English press release on annual results with pension payout totals and number of annuitants; no person")
def _(n):
    body = """PRESS RELEASE - for immediate release

Lindenhof Group: stable results, record pension payouts

Kassel, 26 March 2026. Lindenhof Versicherungsgruppe closed the 2025
financial year with gross written premiums of EUR 2.41 billion (+3.2 %).

- Life and pensions: EUR 1.02 billion premiums; benefits paid to customers
  EUR 1.19 billion, of which EUR 262 million as annuities to more than
  18,000 pensioners in Germany and 31 other countries.
- Health: EUR 640 million premiums; claims ratio 79.8 %.
- Property and casualty: combined ratio 94.1 % despite storm losses.
- Solvency II ratio 231 %.

"Every month we pay more than 18,000 pensions on time - that is our most
important promise," said CEO Dr. Carsten Vehrenkamp.

Press contact: Nina Albrecht, +49 561 7080-1020,
presse@lindenhof-versicherung.example
"""
    return build(n, S("albrecht"), "Press distribution list <presse-verteiler@lindenhof-versicherung.example>",
                 "Press release: Lindenhof Group results 2025", "2026-03-26 10:00", body,
                 charset="us-ascii", cte="7bit")


@mail(70, "C", "en", "insurer-to-broker",
      "home-insurance quote for a broker's clients with their names, birth dates and address (no health)")
def _(n):
    body = f"""Hi Oliver,

here's the quote for the Hendersons' flat in Kassel. Based on the details
you sent:

  Policyholders: Alistair Henderson (born 02/09/1977) and
                 Fiona Henderson (born 25/04/1980)
  Address:       Schöne Aussicht 3, 2nd floor, 34117 Kassel
  Home contents: sum insured EUR 80,000, bicycle theft up to EUR 3,000
  Liability:     family, EUR 10 million
  Premium:       EUR 214.60 p.a. (both covers together)

The quote is valid until 30 June. They can sign electronically; the link
goes to the e-mail address you gave us.

Cheers
Emma
"""
    return build(n, S("clarke"), P("Oliver Hartley", "o.hartley@harbourvane.example"),
                 "Quote Henderson - contents + liability", "2026-05-14 14:12", body,
                 cte="quoted-printable")


@mail(71, "S", "mixed", "insurer-to-heir",
      "bilingual letter to heirs in Spain: death of a named annuitant, overpaid pension, Spanish IBAN, inheritance proof")
def _(n):
    body = f"""Sehr geehrte Frau Kessler-Ruiz, dear Mrs Kessler-Ruiz,

(English version below)

wir haben vom Tod Ihrer Mutter, Frau Hannelore Kessler, am 06.02.2026 in
Alicante erfahren und sprechen Ihnen unser Beileid aus.

Aus der Rentenversicherung LR-1488-0917-02 wurde die Rente für März 2026
(611,90 EUR) noch auf das Konto ES94 2100 0418 4502 0005 1181 gezahlt. Diese
Zahlung steht den Erben nicht zu; bitte überweisen Sie sie zurück oder
erlauben Sie uns die Verrechnung mit der Todesfallleistung aus der
Rentengarantiezeit (voraussichtlich 9.480,00 EUR).

Für die Auszahlung benötigen wir einen Erbnachweis (Erbschein oder
spanische "declaración de herederos" mit Apostille und Übersetzung).

---

We have been informed that your mother, Mrs Hannelore Kessler, died on
6 February 2026 in Alicante. Please accept our condolences. The March
annuity of EUR 611.90 under contract LR-1488-0917-02 was still paid to the
account above and must be returned or offset against the death benefit of
approx. EUR 9,480. To pay the death benefit we need proof of inheritance
(German Erbschein or Spanish declaración de herederos with apostille and
translation).

{SIG['vossberg']}

{FOOT_LEBEN}
"""
    return build(n, S("vossberg"), P("Carmen Kessler-Ruiz", "carmen.kr@correo-sol.example"),
                 "Rentenversicherung LR-1488-0917-02 / annuity contract – Hannelore Kessler",
                 "2026-03-09 12:30", body, charset="iso-8859-1", cte="quoted-printable")


@mail(72, "N", "de", "internal",
      "trap: proof-of-life return statistics by country of residence in XLSX, counts only")
def _(n):
    rows = [["Land", "angeschrieben", "zurück bis 30.04.", "Quote", "Rente angehalten"],
            ["Spanien", 312, 214, 0.69, 0], ["Österreich", 188, 151, 0.80, 0],
            ["Niederlande", 97, 62, 0.64, 0], ["Portugal", 74, 41, 0.55, 0],
            ["Türkei", 141, 58, 0.41, 0], ["Polen", 126, 84, 0.67, 0],
            ["USA/Kanada", 89, 47, 0.53, 0], ["übrige (22 Länder)", 423, 271, 0.64, 0],
            ["Summe", 1450, 928, 0.64, 0]]
    xlsx = make_xlsx([("Rücklauf 2026", rows)], title="Rücklauf Lebensbescheinigungen 2026",
                     author="Rentenservice", created="2026-05-02T08:00:00Z")
    body = """Hallo Tobias,

anbei der Zwischenstand Lebensbescheinigungen Ausland. Türkei hinkt wie
jedes Jahr hinterher – da kommen die Bescheinigungen oft erst über das
Konsulat. Ich würde dort die Frist auf 30.06. verlängern, bevor wir anhalten.

Aylin
"""
    return build(n, S("demir"), S("brandl"), "Rücklauf Lebensbescheinigungen Ausland – Stand 30.04.",
                 "2026-05-04 08:41", body,
                 atts=[(xlsx, CT_XLSX, "Ruecklauf_LB_Ausland_2026-04-30.xlsx")])


@mail(73, "C", "de", "insurer-to-customer",
      "legal-expenses cost refund to a named customer's IBAN after a tenancy dispute settlement")
def _(n):
    body = f"""Guten Tag Herr Petrović,

nach Abschluss des Mietrechtsstreits (Vergleich vor dem AG Kassel vom
04.02.2026) erstatten wir Ihnen die von Ihnen verauslagten Kosten:

  Gerichtskostenvorschuss            438,00 EUR
  abzüglich Selbstbeteiligung       -150,00 EUR
  Erstattung                         288,00 EUR

Überweisung auf Ihr Konto DE68 6266 7594 9045 8739 26 mit dem
Verwendungszweck "RS-25-018832".

Die Anwaltskosten haben wir direkt mit Ihrer Rechtsanwältin abgerechnet.

{SIG['wolters']}

{FOOT_ALLG}
"""
    return build(n, S("wolters"), P("Goran Petrović", "goran.petrovic@mailhaus.example"),
                 "Kostenerstattung RS-25-018832", "2026-02-25 15:15", body)


@mail(74, "S", "en", "internal",
      "internal underwriting note on a named applicant for a pension plan with critical-illness rider: breast cancer history and treatment")
def _(n):
    body = f"""Felix, Daniel -

for the pension plan with critical-illness rider for Mrs Nora Lindholm
(born 12 August 1974, application LA-2026-07731, broker Harbour & Vane):

- invasive ductal carcinoma, left breast, diagnosed 2019 (C50.4),
  breast-conserving surgery + radiotherapy, tamoxifen until 2024
- no recurrence, last mammography and MRI February 2026 unremarkable
- oncologist's letter of 3 March 2026 in the file

My recommendation: accept the pension plan at standard rates, exclude
breast cancer from the critical-illness rider for 10 years, no exclusion
for other cancers. Reinsurer's guideline allows this after 5 years
cancer-free.

Please confirm so I can issue the offer.

{SIG['fiedler']}
"""
    return build(n, S("fiedler"), f"{S('hartung')}, {S('novak')}",
                 "LA-2026-07731 Lindholm - underwriting decision", "2026-03-30 13:03", body,
                 cte="quoted-printable")


@mail(75, "N", "en", "insurer-to-customer",
      "trap: English out-of-office reply that mentions pension and bereavement contacts in general")
def _(n):
    body = """Thank you for your e-mail.

I am out of the office until Monday, 1 June 2026, with no access to e-mail.

For questions about annuity payments abroad, certificates of life or
changes of bank details please contact
rentenservice@lindenhof-versicherung.example or call +49 561 7080-4400.
To notify us of a death, please call +49 561 7080-4460.

Please do not send medical documents or copies of passports by ordinary
e-mail; use our secure upload at https://securemail.lindenhof-versicherung.example

Kind regards,
Emma Clarke
"""
    return build(n, S("clarke"), P("Graham Pettigrew", "graham.pettigrew@brightmail.example"),
                 "Automatic reply: RE: your call this morning", "2026-05-22 17:44", body,
                 charset="us-ascii", cte="7bit", mailer="Microsoft Exchange Server",
                 extra=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------- 0076-0100

@mail(76, "N", "de", "internal",
      "trap: training invitation (ICS) 'estate handling for beginners' listing Erbschein, death certificate, guarantee period in general")
def _(n):
    desc = ("Inhalte: Sterbefallmeldung und Einstellung der Rente, Rückruf überzahlter Renten bei Banken, "
            "Rentengarantiezeit und Todesfallleistung, Erbschein / notarielles Testament / Vollmacht über den Tod hinaus, "
            "Bezugsrecht vs. Nachlass, Auslandserbfälle. Mit Übungsfällen (fiktiv).")
    ics = make_ics("schulung-nachlass-20260609", "20260609T090000", "20260609T123000",
                   "Schulung: Nachlassbearbeitung für Einsteiger", "Schulungsraum C 0.14", desc,
                   organizer=("Henrik Voßberg", STAFF["vossberg"][1]),
                   attendees=[("Team Rentenservice", "team-rentenservice@" + DOM)])
    body = """Moin zusammen,

wie im Jour fixe angekündigt: Grundlagenschulung Nachlass für alle, die ab
Sommer in der Vertretung Erbfälle mitbearbeiten. Termin anbei.

Bringt gern Fragen mit.

Henrik
"""
    return build(n, S("vossberg"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Schulung Nachlassbearbeitung – 09.06., 9:00", "2026-05-12 14:40", body,
                 atts=[(ics, "text/calendar", "Schulung_Nachlass.ics", {"charset": "utf-8", "cte": "quoted-printable"})])


@mail(77, "C", "de", "insurer-to-customer",
      "dog owner's liability claim: named customer, address, claim number, neighbour's fence damaged, nobody hurt")
def _(n):
    body = f"""Hallo Frau Brinkmann,

danke für die Fotos vom Zaun. Ihr Hund "Balu" hat sich also durch den
Maschendrahtzaun Ihres Nachbarn, Herrn Opitz (Am Sportplatz 6, 34270
Schauenburg), gegraben und dabei zwei Zaunfelder und ein Beet beschädigt.
Verletzt wurde niemand – auch nicht die Katze des Nachbarn, wie Sie
schreiben. :-)

Schaden HH-26-0007741 zur Tierhalterhaftpflicht TH 2290 0415.

Wir übernehmen den Kostenvoranschlag der Firma Zaunbau Grebe über 684,00 EUR
und zahlen direkt an Herrn Opitz. Bitte schicken Sie uns noch seine
Bankverbindung oder geben Sie ihm unsere Schadennummer, dann meldet er sich.

{SIG['albers']}
"""
    return build(n, S("albers"), P("Jessica Brinkmann", "jessi.brinkmann@webpost.example"),
                 "AW: Zaun Nachbar – Ihr Schaden HH-26-0007741", "2026-04-17 12:02", body,
                 in_reply_to="<20260416201133.77c1@webpost.example>", cte="8bit", flowed=True,
                 mailer="Mozilla Thunderbird 128.6.0")


@mail(78, "S", "de", "insurer-to-customer",
      "maturing endowment/pension contract of a named customer: capital vs lifelong annuity option with amounts (life line)")
def _(n):
    body = f"""Sehr geehrte Frau Dittmar,

Ihre Rentenversicherung LR-5530-0071-09 erreicht am 01.08.2026 den
vereinbarten Rentenbeginn. Sie haben die Wahl:

  A) lebenslange Monatsrente:            512,44 EUR
     (garantiert 431,10 EUR, Rentengarantiezeit 10 Jahre)
  B) einmalige Kapitalabfindung:     148.206,73 EUR
     (davon Erträge 41.880,12 EUR; steuerpflichtig zur Hälfte, da
     Laufzeit über 12 Jahre und Sie älter als 62 sind)
  C) Teilkapital bis 30 % und Rente aus dem Rest

Bitte teilen Sie uns Ihre Entscheidung bis zum 01.05.2026 mit. Ohne
Nachricht zahlen wir ab August die Rente nach Variante A.

Für die Rentenzahlung benötigen wir noch Ihre steuerliche
Identifikationsnummer und eine aktuelle Bankverbindung.

{SIG['kroeger']}

{FOOT_LEBEN}
"""
    return build(n, S("kroeger"), P("Monika Dittmar", "monika.dittmar@netcourier.example"),
                 "Rentenbeginn 01.08.2026 – Ihr Wahlrecht (LR-5530-0071-09)", "2026-02-02 10:00", body)


@mail(79, "N", "en", "internal",
      "trap: security warning about phishing mails asking pensioners for bank details and proof-of-life; no real person")
def _(n):
    body = """*** SECURITY NOTICE ***

Since Monday, customers have received fake e-mails that look like they come
from "Lindenhof Rentenservice". The mails say the pension will be stopped
unless the recipient "confirms the certificate of life and bank account"
on a fake website (lindenhof-rente-verify.example - blocked since 10:40).

What you should do:
- If a customer calls: we never ask for bank details, PINs or TANs by e-mail.
  Ask them to forward the mail to phishing@lindenhof-versicherung.example and
  delete it.
- If the customer entered data: note the call in the contact history, set
  the payment block "PH" for two weeks and inform the Security Operations
  Center on extension 6666.
- Do not click links in such mails yourself.

Thank you,
Information Security / SOC
"""
    return build(n, "Information Security <soc@lindenhof-versicherung.example>",
                 "All staff international <staff-international@lindenhof-versicherung.example>",
                 "SECURITY NOTICE: phishing mails to our pensioners", "2026-05-13 11:05", body,
                 charset="us-ascii", cte="7bit", importance="high")


@mail(80, "C", "en", "insurer-to-customer",
      "home contents policy: named customer's new address and new IBAN confirmed (no health, non-personal line)")
def _(n):
    body = f"""Dear Ms Okafor,

thank you for letting us know about your move. We have updated your
home contents and liability policies:

  Policies:     HR 7730 2291, PH 3390 8804
  New address:  Frankfurter Strasse 215, 34134 Kassel (from 1 May 2026)
  New account:  DE82 3938 3490 4035 9895 59 (Chioma Okafor)

The new flat is in the same risk zone, so your premium does not change.
Please make sure the old address is no longer listed on your door bell -
the cover for the old flat ends on 31 May.

{SIG['clarke']}

{FOOT_EN}
"""
    return build(n, S("clarke"), P("Chioma Okafor", "chioma.okafor@brightmail.example"),
                 "Change of address and bank details - confirmation", "2026-04-29 16:30", body,
                 charset="us-ascii", cte="7bit")


@mail(81, "N", "en", "insurer-to-supplier",
      "trap: request to an interpreting service for phone calls with pensioners abroad; languages and volumes only")
def _(n):
    body = f"""Dear Ms Haddad,

we would like to extend our framework contract for telephone interpreting
for our pension service from 1 July 2026.

Expected volume per month:
  Turkish     approx. 25 calls
  Polish      approx. 15 calls
  Spanish     approx. 10 calls
  Croatian    approx. 5 calls
Average call length 12 minutes, three-way conference via our phone system.

Typical topics are certificates of life, tax statements and bereavement
cases, so interpreters need to be comfortable with sensitive conversations.
As before, the interpreters must sign our confidentiality undertaking and no
recordings are allowed.

Could you send us an offer by 29 May?

{SIG['demir']}
"""
    return build(n, S("demir"), P("Lina Haddad", "l.haddad@dolmetsch-direkt.example"),
                 "Telephone interpreting - extension of framework contract", "2026-05-15 09:48", body,
                 cc=S("sander"))


@mail(82, "S", "en", "insurer-to-doctor",
      "request to a UK GP for a medical report on a named disability annuitant (multiple sclerosis) living in England")
def _(n):
    body = f"""Dear Dr Pritchard,

your patient, Mr Thomas Engelhardt (born 30 October 1972), 22 Mill Lane,
Totnes TQ9 5AB, receives a disability annuity from us under contract
LB-8802-4417-02 because of relapsing-remitting multiple sclerosis
(diagnosed 2018, EDSS 4.5 at our last review).

As part of the periodic review we would be grateful for a short report:
- current EDSS or walking distance, relapses since 2024
- current disease-modifying therapy (previously ocrelizumab)
- any change in his ability to work

Mr Engelhardt's signed consent is enclosed. We will pay your fee
(up to GBP 120) on receipt of your invoice.

As the report contains health information, please do not reply by ordinary
e-mail; use the secure upload link that Aylin Demir will send you separately,
or post.

Yours sincerely
Dr. med. Jana Fiedler
Medical Officer, Claims
Lindenhof Lebensversicherung AG

{FOOT_EN}
"""
    consent = make_pdf(["**Consent to release medical information",
                        "I, Thomas Engelhardt, born 30/10/1972, consent that Dr Owen Pritchard,",
                        "Leat Street Surgery, Totnes, releases medical information about my",
                        "multiple sclerosis to Lindenhof Lebensversicherung AG (contract LB-8802-4417-02).",
                        "Signed: T. Engelhardt     Date: 02/04/2026"], title="Consent", date="20260402110000")
    return build(n, S("fiedler"), P("Dr Owen Pritchard", "reception@leatstreet-surgery.example"),
                 "Medical report request - Mr T. Engelhardt, DOB 30/10/1972", "2026-04-07 09:10", body,
                 atts=[(consent, CT_PDF, "consent_Engelhardt.pdf")], lang="en-GB")


@mail(83, "C", "de", "insurer-to-broker",
      "portfolio transfer list for a broker: named customers with birth dates and property/motor contracts, XLSX")
def _(n):
    rows = [["Kunde", "Geburtsdatum", "PLZ Ort", "Vertrag", "Sparte", "Jahresbeitrag"],
            ["Kaufmann, Heike", "14.03.1968", "34233 Fuldatal", "HV 2210 4410", "Hausrat", 142.8],
            ["Kaufmann, Heike", "14.03.1968", "34233 Fuldatal", "PH 3390 5521", "Privathaftpflicht", 79.9],
            ["Lüdtke, Sven", "02.11.1985", "34131 Kassel", "KF-20-744109", "Kfz", 612.4],
            ["Szymański, Paweł", "19.06.1979", "34246 Vellmar", "WG 5512 6602", "Wohngebäude", 488.0],
            ["Tenbrink, Ute", "27.01.1959", "34302 Guxhagen", "RS 4471 3380", "Rechtsschutz", 312.6]]
    xlsx = make_xlsx([("Übertragung", rows)], title="Bestandsübertragung", author="Maklerbetreuung")
    body = f"""Hallo Frau Nordmann,

wie besprochen die Liste der Verträge, die mit Wirkung zum 01.05.2026 aus dem
Bestand der Agentur Falk in Ihre Betreuung übergehen (die Kunden haben der
Übertragung zugestimmt, Einverständniserklärungen liegen uns vor).

Nur Sachsparten – die Lebens- und Krankenverträge kommen separat über das
Maklerportal.

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), P("Julia Nordmann", "j.nordmann@nordlicht-makler.example"),
                 "Bestandsübertragung Agentur Falk – Sachverträge", "2026-04-20 15:31", body,
                 atts=[(xlsx, CT_XLSX, "Bestandsuebertragung_Falk_Sach.xlsx")])


@mail(84, "N", "de", "newsletter",
      "trap: customer newsletter on burglary protection and household insurance with statistics, no person")
def _(n):
    text = """Lindenhof Kundenbrief Herbst 2026

Die dunkle Jahreszeit ist Einbruchszeit

Zwischen Oktober und Februar steigt die Zahl der Wohnungseinbrüche um fast
ein Drittel. Unsere Tipps:
- Fenster und Terrassentüren auch bei kurzer Abwesenheit schließen
  (gekippt = offen, sagt auch die Polizei)
- Zeitschaltuhren für Licht nutzen
- Wertsachen fotografieren und Kaufbelege digital ablegen – das hilft im
  Schadenfall enorm

Förderung: Für zertifizierte Sicherheitsbeschläge zahlen wir Hausratkunden
bis zu 150 EUR Zuschuss. Antrag unter
https://www.lindenhof-versicherung.example/einbruchschutz

Ihr Lindenhof Team
"""
    html = html_page("""<h2>Die dunkle Jahreszeit ist Einbruchszeit</h2>
<p>Zwischen Oktober und Februar steigt die Zahl der Wohnungseinbr&uuml;che um fast ein Drittel. Unsere Tipps:</p>
<ul><li>Fenster und Terrassent&uuml;ren auch bei kurzer Abwesenheit schlie&szlig;en</li>
<li>Zeitschaltuhren f&uuml;r Licht nutzen</li>
<li>Wertsachen fotografieren und Kaufbelege digital ablegen</li></ul>
<p><b>F&ouml;rderung:</b> F&uuml;r zertifizierte Sicherheitsbeschl&auml;ge zahlen wir Hausratkunden bis zu 150&nbsp;EUR Zuschuss.
<a href="https://www.lindenhof-versicherung.example/einbruchschutz">Jetzt beantragen</a></p>
<p>Ihr Lindenhof Team</p>""", "Kundenbrief Herbst 2026")
    return build(n, S("news"), "kundenbrief@news.lindenhof-versicherung.example",
                 "Kundenbrief Herbst: So schützen Sie Ihr Zuhause", "2026-10-06 07:30", text, html,
                 charset="iso-8859-1", html_charset="utf-8", html_cte="quoted-printable",
                 mailer="LiKoS Newsletter 2.1", extra=[("Precedence", "bulk")])


@mail(85, "C", "de", "insurer-to-company",
      "cargo claim of a transport company with named contact person and driver, policy and claim numbers; no injuries")
def _(n):
    body = f"""Sehr geehrter Herr Kaltenbach,

zum Transportschaden vom 08.04.2026 (Verkehrshaftungsversicherung VH 9001 2274,
Schaden TR-26-000218):

Ihr Fahrer, Herr Mirko Janković, hat die Ladung (24 Paletten Fliesen,
Absender Keramikwerk Hann. Münden) auf der A7 bei einer Vollbremsung
verrutschen lassen; laut Bericht war die Ladungssicherung unzureichend
(nur 4 statt 8 Zurrgurte). Schaden beim Empfänger: 9 Paletten, 7.380 EUR.

Wir regulieren gegenüber dem Empfänger im Rahmen der CMR-Haftung
(8,33 SZR/kg). Eine Regressnahme bei Ihnen wegen grober Fahrlässigkeit
behalten wir uns vor; dazu melden wir uns gesondert.

Bitte schicken Sie uns noch die Fahrerschulungsnachweise zur
Ladungssicherung für 2025.

{SIG['kessler']}

{FOOT_ALLG}
"""
    return build(n, S("kessler"), P("Jörg Kaltenbach", "j.kaltenbach@kaltenbach-logistik.example"),
                 "Transportschaden TR-26-000218 – Stellungnahme", "2026-04-24 11:18", body)


@mail(86, "S", "de", "insurer-to-authority",
      "probate court asked about heirs of a named deceased pensioner: contract, date of death, guarantee payment")
def _(n):
    body = f"""Sehr geehrte Damen und Herren,

in der Nachlasssache

  Friedrich Wilhelm Ostheim, geb. 14.09.1936, zuletzt wohnhaft
  Seniorenresidenz am Bergpark, Kassel, verstorben am 02.01.2026
  Ihr Aktenzeichen 760 VI 31/26

teilen wir mit, dass aus der Rentenversicherung LR-0601-2233-01 eine
Leistung aus der Rentengarantiezeit in Höhe von 6.214,40 EUR in den Nachlass
fällt. Ein Bezugsberechtigter ist nicht benannt.

Uns liegen zwei widersprüchliche Erklärungen vor (Neffe Herr Lukas Ostheim
und die Lebensgefährtin Frau Erna Petri, die sich auf ein handschriftliches
Testament beruft). Wir bitten daher um Mitteilung, ob ein Erbschein
beantragt bzw. erteilt wurde, oder um Übersendung einer Ausfertigung.

Bis zur Klärung zahlen wir nicht aus.

{SIG['vossberg']}

{FOOT_LEBEN}
"""
    return build(n, S("vossberg"), "Amtsgericht Kassel – Nachlassgericht <nachlassgericht@ag-kassel.justiz.example>",
                 "760 VI 31/26 – Nachlass Ostheim – Anfrage Erbschein", "2026-02-18 13:52", body,
                 charset="iso-8859-1", cte="8bit")


@mail(87, "N", "en", "insurer-to-partner",
      "trap: agenda for the reinsurance treaty renewal meeting (longevity, disability, mortality treaties), no individual data")
def _(n):
    body = f"""Dear Karin, dear Tomás,

thanks for confirming 9 June in Kassel. Proposed agenda:

09:30  Welcome, coffee
10:00  Longevity treaty LH-LON-2019: experience 2021-2025, A/E and trend
11:00  Disability quota share: incidence and termination rates by
       occupation class; claims management for mental-health claims
12:00  Lunch
13:00  Mortality surplus treaty: retention increase to EUR 500,000
14:00  Data exchange: move from quarterly bordereaux to monthly API feed;
       pseudonymisation of policy data (legal to join)
15:00  AOB, close

Please let me know who will attend so reception can prepare badges.

{SIG['novak']}
"""
    return build(n, S("novak"),
                 f"{P('Karin Åberg', 'karin.aberg@aurora-re.example')}, {P('Tomás Ferreira', 't.ferreira@aurora-re.example')}",
                 "Treaty renewal meeting 9 June - agenda", "2026-05-08 16:05", body)


@mail(88, "C", "mixed", "internal",
      "German/English HR mail on a relocating employee: salary, tax class and tax ID (income data)")
def _(n):
    body = f"""Hi James, hallo Frau Merz,

as discussed, a short summary in both languages:

EN: For your secondment from 1 June, your German salary will be EUR 5,380
gross per month (grade TG 8), plus a housing allowance of EUR 900. Payroll
needs your German tax ID; we have it now: 73 402 118 560. Tax class I.

DE: Herr Whitmore wird ab 01.06. mit 5.380 EUR brutto (TG 8) zzgl.
Wohnkostenzuschuss 900 EUR abgerechnet. Steuer-ID liegt vor (siehe oben),
Steuerklasse I, keine Kirchensteuer. A1-Bescheinigung ist nicht nötig, da
deutscher Arbeitsvertrag.

Viele Grüße / best regards
Gregor Sauer
Entgeltabrechnung
Lindenhof Versicherungsgruppe
"""
    return build(n, P("Gregor Sauer", "gregor.sauer@" + DOM),
                 f"{P('James Whitmore', 'james.whitmore@' + DOM)}, {S('merz')}",
                 "Payroll / Entgeltabrechnung - secondment James Whitmore", "2026-05-19 10:27", body,
                 extra=[("Sensitivity", "Private")])


@mail(89, "N", "de", "internal",
      "trap: new letter template for surviving dependants with «placeholders» only, DOCX")
def _(n):
    docx = make_docx([
        ("h", "Vorlage L-HB-03: Schreiben an Hinterbliebene (Eingang Sterbefallmeldung)"),
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer», «PLZ» «Ort»",
        "Rentenversicherung Nr. «Vertragsnummer» – «Name der verstorbenen Person»",
        "«Anrede_Brief»,",
        "mit großer Anteilnahme haben wir vom Tod von «Name der verstorbenen Person» erfahren.",
        "Wir haben die Rentenzahlung zum «Einstellmonat» eingestellt. [Baustein A: Rentengarantiezeit läuft noch] "
        "[Baustein B: Hinterbliebenenrente] [Baustein C: keine weitere Leistung]",
        "Bitte senden Sie uns: «Liste Unterlagen».",
        "Mit freundlichen Grüßen «Sachbearbeiter»",
        ("table", [["Baustein", "Wann verwenden?"],
                   ["A", "Garantiezeit nicht abgelaufen"],
                   ["B", "Hinterbliebenenrente eingeschlossen"],
                   ["C", "weder A noch B"]]),
    ], title="Vorlage L-HB-03", author="Rentenservice")
    body = """Hallo zusammen,

die überarbeitete Vorlage für das Erstanschreiben an Hinterbliebene ist
freigegeben (Rechtsabteilung und Datenschutz haben drübergeschaut). Neu:
weniger Amtsdeutsch, Bausteine A/B/C statt drei getrennter Vorlagen.

Ab 01.06. bitte nur noch diese Version aus LiKoS verwenden. Die Datei anbei
ist nur zur Info – in LiKoS ist sie schon hinterlegt.

Henrik
"""
    return build(n, S("vossberg"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Neue Vorlage L-HB-03 Hinterbliebene", "2026-05-26 09:03", body,
                 atts=[(docx, CT_DOCX, "Vorlage_L-HB-03_Hinterbliebene.docx")])


@mail(90, "S", "de", "insurer-to-customer",
      "accident insurance disability benefit: named insured, injury (wrist fracture), degree of disability per limb table, payment")
def _(n):
    body = f"""Sehr geehrter Herr Weidemann,

das Gutachten von Herrn Dr. Reuß (Unfallchirurgie, Klinikum Kassel) liegt
uns vor. Nach Ihrem Sturz mit dem Fahrrad am 19.07.2025 ist nach der
distalen Radiusfraktur rechts (S52.51) mit Beteiligung des Handgelenks eine
dauerhafte Funktionsbeeinträchtigung geblieben.

Der Gutachter bewertet sie mit 2/10 Handwert. Nach der Gliedertaxe Ihres
Tarifs (Hand: 70 %) ergibt das einen Invaliditätsgrad von 14 %.

  Grundsumme Invalidität             150.000 EUR
  Progression 350 % (bis 25 % ohne Wirkung)
  Invaliditätsleistung 14 %           21.000 EUR
  abzüglich Vorschuss vom 12.12.2025  -5.000 EUR
  Zahlung                             16.000 EUR

Unfallversicherung UV 6120 3344. Sie können binnen drei Jahren nach dem
Unfall eine Neubemessung verlangen.

{SIG['albers']}

{FOOT_ALLG}
"""
    return build(n, S("albers"), P("Frank Weidemann", "frank.weidemann@mailhaus.example"),
                 "Unfallversicherung UV 6120 3344 – Invaliditätsleistung", "2026-03-13 10:44", body)


@mail(91, "C", "en", "insurer-to-customer",
      "travel delay benefit: named traveller, flights and booking, payment to her IBAN (no health)")
def _(n):
    body = f"""Dear Ms Sørensen,

thank you for the documents. Your outbound flight to Lisbon on 4 April was
delayed by 9 hours, so the "travel delay" benefit of your annual travel
policy RV-55-018822 applies:

  Hotel near Frankfurt airport (1 night)   EUR 129.00
  Meals                                    EUR  38.60
  Total                                    EUR 167.60

The airline has not yet paid compensation under the EU regulation; that
claim is yours and does not reduce our payment.

We will transfer EUR 167.60 to DE34 5944 6027 7218 6852 00 this week.

{SIG['reinecke']}
"""
    return build(n, S("reinecke"), P("Mette Sørensen", "mette.sorensen@brightmail.example"),
                 "Travel delay - RV-55-018822", "2026-04-22 09:55", body)


@mail(92, "N", "en", "insurer-to-customer",
      "trap: registration confirmation for the secure mailbox; password sent separately, no personal data")
def _(n):
    body = """Welcome to Lindenhof SecureMail

Your secure mailbox has been set up. From now on we will send you
confidential documents - for example annuity statements or tax
certificates - to this mailbox instead of by ordinary e-mail.

Your initial password will reach you by separate letter within the next
few days. Log in at https://securemail.lindenhof-versicherung.example and
choose a new password and a security question.

You will receive a short notification e-mail, without content, whenever
there is a new message for you.

Lindenhof SecureMail
"""
    return build(n, S("noreply"), "e.vandermeer@polder-post.example",
                 "Your Lindenhof SecureMail mailbox is ready", "2026-01-15 10:20", body,
                 charset="us-ascii", cte="7bit", mailer="Lindenhof SecureMail Gateway",
                 extra=[("Auto-Submitted", "auto-generated")])


@mail(93, "C", "de", "insurer-to-customer",
      "household burglary claim: named customer, address, police file number; stolen items with values in ODS")
def _(n):
    ods = make_ods([["Pos.", "Gegenstand", "Kaufjahr", "Neuwert EUR", "anerkannt EUR"],
                    [1, "Notebook Lenovo ThinkPad", 2024, 1299, 1299],
                    [2, "Goldkette 585, Erbstück", 1990, 1800, 1450],
                    [3, "Spielkonsole mit 2 Controllern", 2023, 549, 549],
                    [4, "Bargeld", "", 420, 420],
                    [5, "Fotoapparat Sony Alpha", 2021, 1150, 1150],
                    ["", "Summe", "", 5218, 4868]], sheet="Stehlgut", title="Stehlgutliste HR-2026-0511290")
    body = f"""Sehr geehrte Frau Celik,

zu Ihrem Einbruchschaden vom 11.05.2026 in der Wohnung Leipziger Straße 48,
34123 Kassel (Hausratversicherung HV 2210 8870, Schaden HR-2026-0511290,
Tagebuchnummer der Polizei ST/0841293/2026):

Anbei unsere Aufstellung der anerkannten Werte. Bei der Goldkette haben wir
mangels Kaufbeleg den Schätzwert des Juweliers angesetzt. Bargeld ist bis
1.500 EUR versichert.

Wenn Sie einverstanden sind, zahlen wir 4.868 EUR aus. Bitte bestätigen Sie
kurz per Antwort.

{SIG['hoffmann']}

{FOOT_ALLG}
"""
    return build(n, S("hoffmann"), P("Elif Celik", "elif.celik@netcourier.example"),
                 "Ihr Einbruchschaden HR-2026-0511290 – Entschädigungsvorschlag", "2026-05-27 14:48", body,
                 atts=[(ods, CT_ODS, "Stehlgutliste_HR-2026-0511290.ods")])


@mail(94, "N", "en", "internal",
      "trap: IT maintenance notice for the annuity payment system; payment run and death-notification interface named, no data")
def _(n):
    body = """Planned maintenance - LiRent (annuity payments)

When:    Saturday 13 June 2026, 06:00 - 14:00
Systems: LiRent payment engine, SEPA file generation, interface to the
         registry-office death notifications (DSV-Abgleich)
Impact:  LiRent read-only; no manual changes to payment data. The June
         payment run on 22 June is not affected.

Reason: database upgrade to version 19c RU 26 and new HSM keys for the SEPA
file signature.

Questions: it-leben@lindenhof-versicherung.example

IT Service Life
"""
    return build(n, S("becker"), "Leistung Leben <leistung-leben@lindenhof-versicherung.example>",
                 "Maintenance LiRent - Sat 13 June", "2026-06-04 13:00", body,
                 charset="us-ascii", cte="7bit")


@mail(95, "S", "en", "insurer-to-customer",
      "widow's annuity for a named widow in Canada: husband's death, contract, amount, marriage certificate requested")
def _(n):
    body = f"""Dear Mrs Lachance-Becker,

thank you for informing us of the death of your husband, Mr Rüdiger Becker,
on 21 April 2026 in Montréal. We are very sorry for your loss.

Your husband's annuity contract LR-2108-6630-07 includes a survivor's
annuity of 60 % for his wife. From 1 May 2026 you will therefore receive
CAD-equivalent payments of EUR 741.60 per month (60 % of EUR 1,236.00).
The April annuity was still due in full.

Before the first payment we need:
  - a copy of the marriage certificate,
  - your bank details (IBAN or Canadian transit/account number plus SWIFT).
We do not need your Canadian social insurance number - please do not send it.

Your husband's last annuity statement and the tax certificate for 2026 will
be sent to you as his widow.

{SIG['demir']}

{FOOT_EN}
"""
    return build(n, S("demir"), P("Sophie Lachance-Becker", "sophie.lb@maplenet.example"),
                 "Survivor's annuity - contract LR-2108-6630-07", "2026-05-07 15:22", body,
                 lang="en-CA")


@mail(96, "N", "de", "internal",
      "trap: minutes of a data-protection audit of the pension service (PDF): findings about heirs, health data, tax IDs, no case data")
def _(n):
    pdf = make_pdf([
        "**Protokoll Datenschutz-Audit Rentenservice / Nachlassservice",
        "Datum: 21.05.2026   Pruefer: Dr. R. Engel, M. Tietz   Stichprobe: 40 Vorgaenge",
        "",
        "Feststellung 1: In 3 von 40 Akten lagen Arztbriefe zur Todesursache,",
        "  obwohl fuer die Leistung nicht erforderlich. Massnahme: Schwaerzen/Loeschen.",
        "Feststellung 2: Steuer-ID in 2 Faellen im Betreff interner E-Mails.",
        "Feststellung 3: Auskunft an Erben ohne Legitimation in 1 Fall (telefonisch).",
        "Feststellung 4: Sterbeurkunden werden laenger als 10 Jahre aufbewahrt.",
        "",
        "Positiv: SecureMail-Quote beim Versand an Erben 94 %; Vier-Augen-Prinzip",
        "bei Aenderungen der Bankverbindung durchgaengig eingehalten.",
        "",
        "Massnahmen bis 30.09.2026, Verantwortlich: T. Brandl, H. Vossberg.",
        "Hinweis: Das Protokoll enthaelt keine Vertrags- oder Personendaten.",
    ], title="Protokoll DS-Audit Rentenservice", date="20260522140000")
    body = f"""Hallo Tobias, hallo Henrik,

anbei das Protokoll von gestern. Insgesamt ein gutes Ergebnis; die vier
Feststellungen sind lösbar. Bitte gebt mir bis 15.06. eine kurze
Rückmeldung zu den Maßnahmen.

{SIG['engel']}
"""
    return build(n, S("engel"), f"{S('brandl')}, {S('vossberg')}",
                 "Protokoll DS-Audit Rentenservice 21.05.", "2026-05-22 14:10", body,
                 atts=[(pdf, CT_PDF, "Protokoll_DS-Audit_Rentenservice_2026-05-21.pdf")])


@mail(97, "C", "de", "insurer-to-customer",
      "comprehensive motor claim for a deer collision: named customer, plate, claim number, payment; nobody hurt")
def _(n):
    body = f"""Guten Tag Herr Möller,

zum Wildunfall vom 02.11.2026 auf der L 3236 bei Helsa (Reh), Ihr Fahrzeug
KS-TM 640, Teilkasko KF-20-790033, Schaden KS-26-0301187:

Die Wildunfallbescheinigung des Jagdpächters liegt vor, verletzt wurde
niemand. Reparaturkosten laut Rechnung Autohaus Brede: 3.488,20 EUR,
abzüglich Selbstbeteiligung 150 EUR = 3.338,20 EUR.

Wir zahlen direkt an das Autohaus, da Sie uns die Reparaturkostenübernahme
unterschrieben haben. Ihr Schadenfreiheitsrabatt bleibt unberührt.

{SIG['petersen']}
"""
    return build(n, S("petersen"), P("Thorsten Möller", "t.moeller@webpost.example"),
                 "Wildschaden KS-26-0301187 – Regulierung", "2026-11-10 09:26", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(98, "N", "mixed", "insurer-to-partner",
      "trap: German/English mail to the auditors on sampling pension payments; method and totals, HTML attachment without cases")
def _(n):
    att = html_page("<h3>Sampling approach - annuity payments 2026 / Stichprobenverfahren Rentenzahlungen</h3>" +
                    html_table([["Population / Grundgesamtheit", "Size", "Sample"],
                                ["Annuity payments Jan-Jun (Zahlungen)", "110,430", "60"],
                                ["New annuities (Neurenten)", "1,211", "25"],
                                ["Death notifications (Sterbefälle)", "402", "25"],
                                ["Bank detail changes (Bankänderungen)", "1,876", "40"]]) +
                    "<p>Selection: monetary unit sampling, seed to be given by the auditor on the day. "
                    "Case files are viewed on site only; no copies leave the building.</p>", "Sampling")
    body = f"""Dear Mr Doyle, sehr geehrter Herr Doyle,

wie besprochen unser Vorschlag für die Stichprobe zur Prüfung der
Rentenzahlungen im Rahmen der Zwischenprüfung (see attachment, bilingual).

We suggest that your team selects the items on site on 7 July; we will then
pull the files. Fallakten werden nur vor Ort eingesehen, Kopien gehen nicht
raus.

Best regards / Viele Grüße
Tobias Brandl
"""
    return build(n, S("brandl"), P("Sean Doyle", "sean.doyle@wexford-audit.example"),
                 "Interim audit 2026 - sampling annuity payments / Stichprobe Rentenzahlungen",
                 "2026-06-18 11:11", body, cc=S("hartung"),
                 atts=[(att, "text/html", "Sampling_annuity_payments_2026.html", {"charset": "utf-8", "cte": "quoted-printable"})])


@mail(99, "S", "de", "internal",
      "forwarded as attached .eml: legal guardian of a named pensioner with dementia asks to redirect the pension; court order details")
def _(n):
    fw = inner(P("Bernd Ahlborn", "b.ahlborn@betreuungsbuero-ahlborn.example"),
               "rentenservice@lindenhof-versicherung.example",
               "Betreuung Gertrud Fennel – Rentenversicherung LR-0744-1902-05",
               "2026-05-18 17:20",
               """Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Kassel – Betreuungsgericht – vom 06.05.2026
(Az. 780 XVII 412/26) bin ich zum Berufsbetreuer für Frau Gertrud Fennel,
geb. 09.01.1935, bestellt worden. Aufgabenkreise: Vermögenssorge,
Gesundheitssorge, Aufenthaltsbestimmung.

Frau Fennel lebt wegen einer fortgeschrittenen vaskulären Demenz seit April
im Pflegeheim Haus Lindenblick in Kassel-Harleshausen. Ich bitte darum,

1. die Rente künftig auf das Betreuungskonto DE25 4406 7459 1520 3380 06
   (Kontoinhaberin Gertrud Fennel, vertreten durch Bernd Ahlborn) zu zahlen,
2. sämtliche Post an meine Büroadresse zu senden.

Betreuerausweis und Beschluss füge ich bei.

Mit freundlichen Grüßen
Bernd Ahlborn
Berufsbetreuer
""", n=n)
    body = """Hallo Sabine,

bitte einmal anschauen – Betreuerbestellung für Frau Fennel (Mail anbei).
Ausweis und Beschluss sind im Scan-Eingang. Bankänderung bitte mit
Vier-Augen-Freigabe, ich gebe frei.

Gruß
Tobias
"""
    return build(n, S("brandl"), S("kroeger"), "WG: Betreuung Fennel – Bankänderung",
                 "2026-05-19 08:22", body, atts=[(fw, None, None)])


@mail(100, "N", "de", "internal",
      "trap: invitation to a colleague's retirement party (Ruhestand, Rente) – only an organisational mention of her name")
def _(n):
    body = """Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei Lindenhof geht unsere Gisela Brenneke Ende Juni in den
wohlverdienten Ruhestand – die letzten 18 davon hat sie im Rentenservice
anderen Leuten die Rente ausgezahlt, jetzt ist sie selbst dran. :-)

Wir verabschieden sie am Freitag, 26. Juni, ab 14 Uhr in der Kantine
(Gebäude A, 1. OG). Für Kaffee, Kuchen und Sekt ist gesorgt.

Für ein Abschiedsgeschenk geht eine Umschlagkarte rum (liegt bei Sabine,
Raum B 2.11). Wer etwas für das Erinnerungsbuch schreiben möchte: bitte bis
19.06. an mich.

Liebe Grüße
Aylin
"""
    return build(n, S("demir"), "Leistung Leben <leistung-leben@lindenhof-versicherung.example>",
                 "Abschied Gisela Brenneke – 26.06. ab 14 Uhr", "2026-06-08 12:34", body,
                 charset="windows-1252", cte="8bit")

# ---------------------------------------------------------------- 0101-0125

@mail(101, "S", "de", "insurer-to-customer",
      "start of a Riester pension: named customer, contract, pension amount, state allowances, tax ID for the tax report")
def _(n):
    body = f"""Sehr geehrter Herr Krämer,

Ihre Riester-Rentenversicherung LR-8820-1543-01 geht zum 01.06.2026 in die
Auszahlung. Die Eckdaten:

  Gefördertes Kapital zum Rentenbeginn     38.712,55 EUR
  darin enthaltene Zulagen 2006–2025        3.814,00 EUR
  Garantierte Monatsrente                     124,07 EUR
  Monatsrente inkl. Überschüsse               139,81 EUR
  Teilkapitalauszahlung 30 %                  gewählt: nein

Die Leistungen sind nach § 22 Nr. 5 EStG voll nachgelagert zu versteuern.
Wir melden sie jährlich unter Ihrer Identifikationsnummer 34 917 250 681
an die Zentrale Zulagenstelle und schicken Ihnen im Februar die
Leistungsmitteilung.

Die erste Rente überweisen wir am 30.06.2026 auf Ihr bekanntes Konto.

{SIG['kroeger']}

{FOOT_LEBEN}
"""
    return build(n, S("kroeger"), P("Heinz Krämer", "heinz.kraemer@postfach-direkt.example"),
                 "Beginn Ihrer Riester-Rente zum 01.06.2026", "2026-05-11 11:38", body,
                 charset="utf-8", cte="8bit")


@mail(102, "N", "en", "internal",
      "trap: reconciliation of a failed annuity payment run with totals, counts and the insurer's own account, no annuitant")
def _(n):
    body = """Tobias, Marlene -

the May annuity run (LiRent job RZ-2026-05) aborted at 02:14 last night
after 11,608 of 18,377 payments. Cause: SEPA file split at 10,000
transactions, second file rejected by the bank because of a duplicate
message ID. No payment was sent twice.

Reconciliation:
  File 1   10,000 payments   EUR 5,812,441.20   accepted, value date 29.05.
  File 2    1,608 payments   EUR   901,377.65   rejected
  Not yet    6,769 payments  EUR 3,706,802.14   not generated
  Total     18,377 payments  EUR 10,420,620.99 (matches run control)

Debit account: Lindenhof Lebensversicherung AG, DE30 1817 4663 4611 4673 76.

Fix: new message IDs for file 2 and 3, rerun at 10:00 with your approval.
Value date 29.05. is still reachable if the bank has the files by 14:00.

Jonas
"""
    return build(n, S("becker"), f"{S('brandl')}, {S('oswald')}",
                 "URGENT: annuity run RZ-2026-05 aborted - reconciliation", "2026-05-27 07:41", body,
                 charset="us-ascii", cte="7bit", importance="high")


@mail(103, "C", "en", "insurer-to-customer",
      "tenant's liability claim: named customer, rented flat address, landlord, claim number, floor damage; nobody hurt")
def _(n):
    body = f"""Dear Mr Adeyemi,

we have received the letter from your landlord, Mr Klaus Henning, about the
damaged parquet floor in the flat you are moving out of
(Querallee 19, 3rd floor left, 34119 Kassel).

Your personal liability policy PH 3390 6617 includes damage to rented
property. Claim number: HP-26-0052214.

Before we can settle, please send us:
  1. the handover report (Wohnungsübergabeprotokoll) signed by both of you,
  2. photos of the floor,
  3. when you moved in, and whether the floor was new then.

Normal wear and tear is not covered, so we may ask an expert to assess
the floor. Please do not accept any amount on our behalf.

{SIG['albers']}

{FOOT_EN}
"""
    return build(n, S("albers"), P("Tunde Adeyemi", "tunde.adeyemi@brightmail.example"),
                 "Your liability claim HP-26-0052214 (rented flat)", "2026-06-02 10:14", body,
                 lang="en-GB")


@mail(104, "N", "de", "insurer-to-authority",
      "trap: notice to the federal tax office of a new technical contact for pension-income reports; no taxpayer data")
def _(n):
    body = f"""Sehr geehrte Damen und Herren,

für die Lindenhof Lebensversicherung AG (Mitteilungspflichtige nach § 22a
EStG, Anbieternummer bei der ZfA: 11 447) teilen wir die Änderung unseres
technischen Ansprechpartners für das Rentenbezugsmitteilungsverfahren mit:

  bisher:  Herr Klaus-Dieter Wenzel (in den Ruhestand getreten)
  neu:     Frau Marlene Oswald, Konzernsteuern
           Tel. 0561 7080-2270, rbm@lindenhof-versicherung.example
  Vertretung: Herr Jonas Becker, IT-Service, Tel. 0561 7080-6612

Das Übermittlungszertifikat (ELSTER-Organisationszertifikat) wurde am
21.03.2026 erneuert; die Kennung ändert sich nicht.

{SIG['oswald']}
"""
    return build(n, S("oswald"), "Zentrale Zulagenstelle für Altersvermögen <rbm-verfahren@zfa-bund.example>",
                 "Anbieternummer 11 447 – Änderung technischer Ansprechpartner RBM", "2026-03-31 09:40",
                 body, charset="iso-8859-1", cte="quoted-printable")


@mail(105, "S", "de", "insurer-to-partner",
      "recall of pension payments from a bank after the named pensioner's death: contract, date of death, IBAN, amounts")
def _(n):
    body = f"""Sehr geehrte Damen und Herren,

wir bitten um Rücküberweisung folgender nach dem Tod des Kontoinhabers
zu Unrecht gezahlter Renten:

  Kontoinhaber:      Alfred Stumpf, geb. 12.12.1939
  verstorben am:     08.04.2026
  IBAN:              DE56 8955 2071 0312 6910 60
  Rentenvertrag:     LR-0377-4410-02 (Lindenhof Lebensversicherung AG)

  Zahlung 30.04.2026       388,15 EUR
  Zahlung 29.05.2026       388,15 EUR
  Summe                    776,30 EUR

Bitte überweisen Sie den Betrag auf unser Konto DE30 1817 4663 4611 4673 76,
Verwendungszweck "Rückruf LR-0377-4410-02". Sollte eine Rücküberweisung
wegen zwischenzeitlicher Verfügungen nicht möglich sein, teilen Sie uns
bitte Name und Anschrift der Verfügenden mit.

{SIG['kroeger']}

{FOOT_LEBEN}
"""
    return build(n, S("kroeger"), "Volksbank Kassel-Nord – Zahlungsverkehr <zv-rueckrufe@vb-kassel-nord.example>",
                 "Rückforderung Rentenzahlungen – verstorbener Kontoinhaber", "2026-06-03 08:50", body)


@mail(106, "C", "de", "insurer-to-customer",
      "legal-expenses cover for an unfair-dismissal case: named customer, employer, gross salary (income), no health")
def _(n):
    body = f"""Sehr geehrte Frau Neumeister,

für Ihre Kündigungsschutzklage gegen die Dohrmann Elektrotechnik GmbH
(Kündigung vom 30.04.2026 zum 30.06.2026) erteilen wir Deckungszusage aus
Ihrem Rechtsschutzvertrag RS 4471 5578 (Berufs-Rechtsschutz für
Nichtselbstständige), Schadennummer RS-26-011204.

Übernommen werden die Kosten Ihrer Rechtsanwältin in erster Instanz
nach RVG. Gegenstandswert laut Ihrer Anwältin: drei Bruttomonatsgehälter
à 3.940 EUR = 11.820 EUR. Selbstbeteiligung: 150 EUR.

Bitte beachten Sie: In der ersten Instanz vor dem Arbeitsgericht trägt
jede Seite ihre Anwaltskosten selbst – auch wenn Sie gewinnen. Deshalb ist
der Rechtsschutz hier besonders wertvoll.

{SIG['wolters']}

{FOOT_ALLG}
"""
    return build(n, S("wolters"), P("Kerstin Neumeister", "k.neumeister@webpost.example"),
                 "Deckungszusage Arbeitsrecht – RS-26-011204", "2026-05-08 13:10", body,
                 charset="iso-8859-1", cte="8bit")


@mail(107, "N", "en", "newsletter",
      "trap: English broker newsletter on annuities for clients moving abroad: tax, proof-of-life, currency; no client")
def _(n):
    text = """LINDENHOF BROKER BRIEF - INTERNATIONAL - June 2026

Clients retiring abroad: five things to check

1. Proof of life. Annuitants abroad must send a certificate once a year.
   From July it can be uploaded in the customer portal.
2. Tax. German tax on private annuities is usually limited to the income
   portion; the double taxation treaty decides where tax is due. We issue an
   annual statement in English on request.
3. Currency. We pay in euro only. Recommend a euro account or a low-fee
   transfer service.
4. Survivor's annuity. Check the beneficiary and the survivor's percentage
   before the annuity starts - it cannot be changed afterwards.
5. Health questions. Not needed for a pension that starts now (immediate
   annuity), unless death cover is added.

Webinar "Retiring abroad" on 24 June, 4pm CET:
https://makler.lindenhof-versicherung.example/webinars

Lindenhof Broker Service
"""
    return build(n, S("news"), "broker-brief-int@news.lindenhof-versicherung.example",
                 "Broker Brief International - clients retiring abroad", "2026-06-09 07:15", text,
                 charset="us-ascii", cte="7bit", mailer="LiKoS Newsletter 2.1",
                 extra=[("Precedence", "bulk")])


@mail(108, "S", "en", "insurer-to-lawyer",
      "English solicitor acting as executor: deceased annuitant named, contract, date of death, sums due to the estate")
def _(n):
    body = f"""Dear Ms Ashworth,

Estate of the late Mr Peter Gerhard Lang (died 14 February 2026)
Your ref. JA/LANG/2026

Thank you for your letter of 3 June and the sealed copy of the grant of
probate naming you as executor.

We confirm the following under Mr Lang's annuity contract LR-4455-2019-03:
- annuity payments stopped with the February instalment;
- the guaranteed period ends on 30 November 2027, so 21 instalments of
  EUR 845.30 remain, paid as a single sum of EUR 17,352.90 (discounted);
- the March annuity of EUR 845.30 was recalled from Mr Lang's bank.

Please let us know the client account to which we should pay the estate,
and confirm that no German certificate of inheritance will be applied for.
A translated grant is not needed; we accept the English original.

Yours sincerely,
Henrik Vossberg
Estates and Bereavement Service
Lindenhof Lebensversicherung AG

{FOOT_EN}
"""
    return build(n, S("vossberg"), P("Julia Ashworth", "j.ashworth@ashworth-probate.example"),
                 "Your ref. JA/LANG/2026 - estate of Mr P. G. Lang", "2026-06-10 14:28", body,
                 charset="us-ascii", cte="7bit")


@mail(109, "C", "en", "insurer-to-company",
      "D&O claim notification acknowledged: company, named directors accused of breach of duty, amounts; no health")
def _(n):
    body = f"""Dear Ms Brandauer,

we acknowledge your notification of 12 June under the D&O policy
DO-77-0021 of Auetal Solar AG.

As we understand it, the insolvency administrator of the former subsidiary
Auetal Solar Service GmbH claims EUR 2.4 million from the former managing
directors, Mr Holger Wiesner and Mr Fabian Roth, for payments made after
the company became insolvent (section 15b InsO).

We have registered the claim under DO-26-0004 and will cover defence
costs for both directors under reservation of rights. Please ask the
directors to nominate their counsel; we will need their engagement letters
and fee agreements before approving rates.

{SIG['kessler']}

{FOOT_EN}
"""
    return build(n, S("kessler"), P("Verena Brandauer", "v.brandauer@auetal-solar.example"),
                 "D&O policy DO-77-0021 - claim DO-26-0004 acknowledged", "2026-06-15 17:02", body)


@mail(110, "N", "de", "internal",
      "trap: works-council information event on the company pension scheme for staff (ICS); no individual pension data")
def _(n):
    ics = make_ics("bav-info-20260707", "20260707T140000", "20260707T153000",
                   "Infoveranstaltung: Betriebliche Altersversorgung bei Lindenhof",
                   "Kantine Gebäude A / Teams-Livestream",
                   "Mit Betriebsrat und Personalabteilung: Entgeltumwandlung, Arbeitgeberzuschuss 20 %, "
                   "Pensionskasse vs. Direktversicherung, was passiert bei Jobwechsel, Hinterbliebenenschutz, "
                   "Fragen aus dem Publikum. Individuelle Beratung nur im Einzeltermin.",
                   organizer=("Betriebsrat Kassel", "betriebsrat@" + DOM))
    body = """Liebe Kolleginnen und Kollegen,

viele von euch haben gefragt, ob sich die Entgeltumwandlung lohnt und was
mit der Betriebsrente passiert, wenn man vor dem Rentenbeginn stirbt.
Deshalb laden wir gemeinsam mit der Personalabteilung zu einer
Infoveranstaltung ein (Termin anbei).

Bitte keine persönlichen Unterlagen mitbringen – wer eine individuelle
Berechnung möchte, kann danach einen Einzeltermin beim bAV-Service buchen.

Euer Betriebsrat
"""
    return build(n, "Betriebsrat Kassel <betriebsrat@lindenhof-versicherung.example>",
                 "Alle Mitarbeitenden Kassel <alle-kassel@lindenhof-versicherung.example>",
                 "Einladung: Infoveranstaltung Betriebsrente am 07.07.", "2026-06-16 09:00", body,
                 atts=[(ics, "text/calendar", "bAV-Info.ics", {"charset": "utf-8", "cte": "8bit"})],
                 cte="8bit")


@mail(111, "S", "de", "insurer-to-customer",
      "HTML-only annual pension statement: named pensioner, contract, guaranteed and surplus annuity, birth date")
def _(n):
    rows = [["Bestandteil", "bis 30.06.2026", "ab 01.07.2026"],
            ["garantierte Rente", "402,18 €", "402,18 €"],
            ["Überschussrente (dynamisch)", "57,40 €", "58,03 €"],
            ["Gesamtrente monatlich", "459,58 €", "460,21 €"]]
    html = html_page(
        "<p style='text-align:right'>Kassel, 15. Juni 2026</p>"
        "<p><b>Ihre Rentenmitteilung 2026</b><br>Rentenversicherung LR-3915-0288-04<br>"
        "Versicherte Person: Christa Baltzer, geb. 27.03.1947</p>"
        "<p>Sehr geehrte Frau Baltzer,</p>"
        "<p>zum 1. Juli 2026 erhöht sich Ihre Überschussrente. Ihre Rente setzt sich künftig so zusammen:</p>"
        + html_table(rows) +
        "<p>Die Rente wird weiterhin zum Monatsende auf Ihr Konto bei der Kasseler Sparkasse überwiesen.</p>"
        "<p>Mit freundlichen Grüßen<br>Lindenhof Lebensversicherung AG<br>Rentenservice</p>"
        "<p style='font-size:8pt'>Diese Nachricht wurde automatisch erstellt.</p>", "Rentenmitteilung 2026")
    return build(n, S("rentenservice"), P("Christa Baltzer", "christa.baltzer@t-post.example"),
                 "Ihre Rentenmitteilung 2026", "2026-06-15 06:05", None, html,
                 html_charset="windows-1252", html_cte="quoted-printable", mailer="LiKoS Output 4.2")


@mail(112, "N", "en", "insurer-to-supplier",
      "trap: translation order for a blank certificate-of-life form and a bereavement leaflet; no personal data")
def _(n):
    body = f"""Dear Ms Haddad,

please translate the two attached documents (blank form and leaflet, in
German) into Polish, Turkish, Croatian and Portuguese:

  1. Lebensbescheinigung (form, 1 page, fields only, no personal data)
  2. Leaflet "Was tun im Todesfall?" (4 pages, approx. 1,100 words)

Deadline: 10 July. Please keep our terminology list (Rentengarantiezeit =
"guaranteed period", Hinterbliebenenrente = "survivor's annuity") and
send the files as editable DOCX.

PO number: 4500189920.

{SIG['demir']}
"""
    return build(n, S("demir"), P("Lina Haddad", "l.haddad@linguatransfer.example"),
                 "Translation order PO 4500189920 - life certificate form + leaflet", "2026-06-17 10:06",
                 body, cc=S("sander"), cte="quoted-printable")


@mail(113, "C", "de", "insurer-to-broker",
      "buildings quote for a broker's client: owner's name, birth date, address and prior water claims (no health)")
def _(n):
    body = f"""Hallo Frau Nordmann,

anbei die Eckdaten zum Angebot Wohngebäude für Ihren Kunden:

  Eigentümer:      Henning Bosse, geb. 03.08.1971
  Risikoort:       Zum Feldlager 11, 34277 Fuldabrück
  Bauart:          Massiv, Baujahr 1974, Wohnfläche 168 m²
  Vorschäden:      2 Leitungswasserschäden (2022: 4.120 EUR, 2024: 2.880 EUR)
  Angebot:         gleitender Neuwert, inkl. Elementar, SB 1.000 EUR
  Jahresbeitrag:   1.186,40 EUR

Wegen der zwei Vorschäden geht es nur mit 1.000 EUR Selbstbehalt und der
Auflage, die Kupferleitungen im Keller bis Ende 2027 zu erneuern.

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), P("Julia Nordmann", "j.nordmann@nordlicht-makler.example"),
                 "Angebot Wohngebäude Bosse", "2026-06-19 12:55", body, cte="8bit")


@mail(114, "N", "de", "insurer-to-customer",
      "grey: named prospect gets a generic immediate-annuity example for age 65; no contract, health, bank or birth data")
def _(n):
    body = f"""Sehr geehrte Frau Zielinski,

gern beantworte ich Ihre Frage zur Sofortrente.

Bei einer Sofortrente zahlen Sie einmalig einen Betrag ein, und die Rente
beginnt sofort. Ein Rechenbeispiel mit Rentenbeginn im Alter von 65 Jahren
und 100.000 EUR Einmalbeitrag:

  garantierte Monatsrente (Garantiezeit 10 Jahre)   361,90 EUR
  mögliche Gesamtrente inkl. Überschüsse            418,30 EUR

Ein konkretes Angebot kann ich Ihnen erst machen, wenn Sie mir Ihr
Geburtsdatum und den gewünschten Beginn nennen – am liebsten telefonisch
oder über unser Kontaktformular, nicht per E-Mail.

Freundliche Grüße
Tobias Brandl
Lindenhof Lebensversicherung AG

{FOOT_LEBEN}
"""
    return build(n, S("brandl"), P("Agnieszka Zielinski", "a.zielinski@netcourier.example"),
                 "AW: Frage Sofortrente", "2026-06-22 16:47", body,
                 in_reply_to="<CAF9x0=mZ77@netcourier.example>")


@mail(115, "S", "en", "insurer-to-customer",
      "long-term care claim of a named German expat in France: stroke, hemiplegia, care assessment and nursing home")
def _(n):
    body = f"""Dear Mr Baumann,

thank you for the documents regarding your mother, Mrs Ingrid Baumann
(care insurance PT 3305 4470), who has been living in the EHPAD "Les
Tilleuls" in Colmar since her stroke on 2 February 2026.

The hospital discharge report (right-sided hemiplegia, aphasia, dysphagia
with PEG tube) and the French GIR 2 assessment are sufficient for us. Our
medical officer has assessed care level 4 under the German rules, with
effect from 1 March 2026.

Your mother's tariff pays 80 % of the daily amount at care level 4, i.e.
EUR 40 per day. We will pay March to May (EUR 3,680) next week, then
monthly, to the account you gave as her attorney.

Please send us the French invoices of the nursing home once a quarter.

{SIG['yildiz']}

{FOOT_EN}
"""
    return build(n, S("yildiz"), P("Stefan Baumann", "stefan.baumann@correo-sol.example"),
                 "Care insurance PT 3305 4470 - Mrs Ingrid Baumann", "2026-06-05 11:33", body)


@mail(116, "C", "en", "insurer-to-customer",
      "grey: pet health insurance vet bill for a named customer's dog (animal health only), reimbursement")
def _(n):
    body = f"""Hi Ms Fletcher,

we have processed the invoice from Tierklinik Kassel-Ost for "Pepper"
(Border Collie, pet health policy TK 8801 2206):

  Cruciate ligament surgery, left hind leg (TPLO)   EUR 2,940.00
  Follow-up X-ray and physiotherapy                  EUR   312.50
  Covered (80 % after EUR 250 excess)                EUR 2,402.00

The payment goes to your account this week. Get well soon, Pepper!

Best regards
Paul Reinecke
"""
    return build(n, S("reinecke"), P("Amy Fletcher", "amy.fletcher@brightmail.example"),
                 "Pepper's surgery - reimbursement", "2026-06-23 10:18", body, charset="us-ascii",
                 cte="7bit")


@mail(117, "N", "de", "internal",
      "trap: company doctor's flu-vaccination dates and general advice for risk groups, nobody named")
def _(n):
    body = """Liebe Kolleginnen und Kollegen,

der Betriebsärztliche Dienst bietet ab Oktober wieder kostenlose
Grippeschutzimpfungen an (Vierfachimpfstoff, Saison 2026/27). Die STIKO
empfiehlt die Impfung besonders ab 60 Jahren, bei chronischen Erkrankungen
wie Diabetes, Asthma oder Herz-Kreislauf-Erkrankungen und in der
Schwangerschaft.

Termine: 13., 14. und 20. Oktober, jeweils 8–12 Uhr, Raum A 0.07
Buchung über das Intranet (Gesundheit > Impfungen). Bitte Impfpass mitbringen.

Die Daten bleiben beim Betriebsarzt; die Personalabteilung erfährt nicht,
wer geimpft wurde.

Euer Gesundheitsmanagement
"""
    return build(n, "Gesundheitsmanagement <bgm@lindenhof-versicherung.example>",
                 "Alle Mitarbeitenden Kassel <alle-kassel@lindenhof-versicherung.example>",
                 "Grippeimpfung 2026 – Termine", "2026-09-21 08:15", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(118, "S", "de", "insurer-to-customer",
      "small company pension paid out as lump sum: named pensioner, member number, amount, health-insurance contributions; ODT")
def _(n):
    odt = make_odt([
        "Lindenhof Pensionskasse VVaG",
        "Abfindung einer Kleinbetragsrente nach § 3 BetrAVG",
        "Mitglied: Dagmar Feuerstein, geb. 30.05.1960, Mitgliedsnummer PK-0119-20577",
        "Monatliche Altersrente ab 01.06.2026: 31,40 EUR (unter der Grenze von 1 % der Bezugsgröße)",
        "Abfindungsbetrag: 6.972,18 EUR",
        "Beiträge zur Kranken- und Pflegeversicherung: werden von Ihrer Krankenkasse (BARMER) über 120 Monate verteilt erhoben (§ 229 Abs. 1 Satz 3 SGB V)",
        "Lohnsteuer: Abzug nach den ELStAM (Steuerklasse I); Fünftelregelung wird angewendet",
        "Auszahlung: 30.06.2026 auf DE84 5638 4277 7879 4064 17",
    ], title="Abfindung PK-0119-20577")
    body = f"""Sehr geehrte Frau Feuerstein,

Ihre Betriebsrente aus der Pensionskasse ist so klein, dass wir sie nach
dem Betriebsrentengesetz einmalig abfinden. Die Berechnung finden Sie
anbei. Die Krankenkasse haben wir bereits informiert.

{SIG['kroeger']}
Lindenhof Pensionskasse VVaG
"""
    return build(n, S("bav"), P("Dagmar Feuerstein", "d.feuerstein@webpost.example"),
                 "Ihre Betriebsrente – Abfindung", "2026-05-29 13:20", body,
                 atts=[(odt, CT_ODT, "Abfindung_Kleinbetragsrente.odt")])


@mail(119, "C", "de", "internal",
      "inline-forwarded customer mail about a hit-and-run damage to her car: name, plate, policy; non-personal line")
def _(n):
    body = f"""Hi Kai,

kannst du das übernehmen? Kam bei mir an, ist aber Kfz.

Lena

---------- Weitergeleitete Nachricht ----------
Von: Svenja Hoppe <svenja.hoppe@mailhaus.example>
Datum: Mo., 6. Juli 2026 um 21:03
Betreff: Unfallflucht – was muss ich tun?
An: <lena.hoffmann-wirth@lindenhof-versicherung.example>

Hallo Frau Hoffmann-Wirth,

Sie hatten damals meinen Wasserschaden so nett bearbeitet, deshalb schreibe
ich Ihnen. Heute Nachmittag hat jemand auf dem Parkplatz am Auestadion mein
Auto angefahren (KS-SH 2207, Kfz-Versicherung KF-20-733819, Vollkasko) und ist
abgehauen. Hintere Stoßstange und Rücklicht kaputt. Ich habe Anzeige bei der
Polizei gemacht, Vorgangsnummer 0788120/2026.

Zahlt das meine Vollkasko? Und werde ich dann hochgestuft?

Viele Grüße
Svenja Hoppe
"""
    return build(n, S("hoffmann"), S("petersen"), "WG: Unfallflucht – was muss ich tun?",
                 "2026-07-07 08:12", body, cte="quoted-printable")


@mail(120, "N", "de", "insurer-to-partner",
      "trap: speaker confirmation for a company-pension conference talk on widow's pensions and tax; no case data")
def _(n):
    body = f"""Sehr geehrte Frau Prof. Lenz,

vielen Dank für die Einladung zur Fachtagung "bAV in der Leistungsphase"
am 24. September in Frankfurt. Ich sage gern zu.

Arbeitstitel meines Vortrags:
  "Vom Sterbefall zur Hinterbliebenenrente – Prozesse, Fristen und
   Fallstricke bei Witwen- und Waisenrenten in der Pensionskasse"

Geplante Inhalte: Sterbevierteljahr, Nachweise, Wiederheirat,
Zahlstellenmeldeverfahren zur Kranken- und Pflegeversicherung, steuerliche
Behandlung. Alle Beispiele sind anonymisiert.

Die Folien schicke ich bis 10. September. Technik: eigener Laptop, HDMI.

{SIG['brandl']}
"""
    return build(n, S("brandl"), P("Prof. Dr. Anja Lenz", "lenz@bav-forum.example"),
                 "Fachtagung 24.09. – Zusage Vortrag", "2026-06-26 15:02", body,
                 charset="windows-1252", cte="quoted-printable")


@mail(121, "S", "en", "internal",
      "base64 body: complaint escalation about a named annuitant abroad whose pension was wrongly stopped while she is in hospital with pneumonia")
def _(n):
    body = f"""Tobias, Aylin,

escalation from the complaints team, please handle today:

Mrs Margaret Dunleavy (annuity LR-2330-7716-01, Galway) had her annuity
suspended on 1 June for "missing certificate of life". Her certificate was
in fact received on 19 May but indexed to the wrong contract.

Her son called this morning: she has been in University Hospital Galway
since 28 May with pneumonia and mild heart failure, and the care home is
asking for June fees she cannot pay without the annuity (EUR 1,388.20).

Please:
1. re-index the certificate and lift the suspension,
2. make an express payment for June today,
3. call the son (+353 91 555 0142) - he has power of attorney - and
   apologise; a goodwill payment of EUR 100 is approved.

Thanks,
Emma

{SIG['clarke']}
"""
    return build(n, S("clarke"), f"{S('brandl')}, {S('demir')}",
                 "ESCALATION: annuity wrongly suspended - LR-2330-7716-01", "2026-06-09 09:02", body,
                 cte="base64", importance="high")


@mail(122, "C", "de", "insurer-to-customer",
      "glass breakage payout to a named customer's IBAN with address and policy (windows-1252)")
def _(n):
    body = f"""Sehr geehrter Herr Tschirner,

der Glasbruchschaden an Ihrem Ceran-Kochfeld (Ahornweg 5, 34260 Kaufungen,
Glasversicherung GL 1102 5530, Schaden GL-26-001388) ist erledigt.

Wir überweisen 489,00 € auf Ihr Konto DE97 7581 8547 2257 9561 96.

Mit freundlichen Grüßen
Lena Hoffmann-Wirth
"""
    return build(n, S("hoffmann"), P("Uwe Tschirner", "uwe.tschirner@t-post.example"),
                 "GL-26-001388 erledigt", "2026-07-14 10:32", body,
                 charset="windows-1252", cte="quoted-printable")


@mail(123, "N", "de", "internal",
      "trap: office move of the pension and estate service with archive of estate files; organisational only")
def _(n):
    body = """Hallo zusammen,

der Umzug des Rentenservice und des Nachlassservice in Gebäude C (2. OG)
findet am Wochenende 18./19. Juli statt.

- Freitag, 17.07., ab 14 Uhr: Schreibtische räumen, Kisten beschriften
  (Name + neue Raumnummer, Liste hängt in der Teeküche)
- Nachlassakten in Papierform kommen in die abschließbaren Rollschränke,
  die Firma Umzug Rotenburg bringt sie verplombt rüber
- Montag, 20.07.: Telefone und Drucker laufen ab 8 Uhr, Durchwahlen bleiben

Bitte keine Akten in offene Umzugskisten!

Danke & viele Grüße
Sabine
"""
    return build(n, S("kroeger"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Umzug Gebäude C – 18./19.07.", "2026-07-08 13:25", body, cte="8bit", flowed=True,
                 mailer="Mozilla Thunderbird 128.6.0")


@mail(124, "C", "mixed", "insurer-to-customer",
      "German/English motor claim letter: named British customer, plate, claim, damage amount; nobody hurt")
def _(n):
    body = f"""Sehr geehrter Herr Griffiths, dear Mr Griffiths,

kurze Zusammenfassung auf Deutsch, English below:

Ihr Schaden KS-26-0210455 (Parkrempler auf dem Parkplatz Königsplatz-Passage,
Ihr Fahrzeug KS-RG 19, Kfz-Haftpflicht KF-20-812771): Wir zahlen dem
Geschädigten 1.244,60 EUR. Niemand wurde verletzt. Rückstufung zum
01.01.2027 von SF 6 auf SF 3, außer Sie erstatten uns den Betrag.

In English: we are paying the other driver EUR 1,244.60 for the damage you
caused when parking. Nobody was injured. Your no-claims class will go down
from SF 6 to SF 3 on 1 January 2027 unless you reimburse us the amount
within six months - which often pays off for small claims.

{SIG['petersen']}
"""
    return build(n, S("petersen"), P("Rhys Griffiths", "rhys.griffiths@brightmail.example"),
                 "Schaden / claim KS-26-0210455", "2026-07-21 11:50", body)


@mail(125, "N", "en", "internal",
      "trap: lunch-and-learn invitation (ICS) on longevity risk, mortality tables and pandemic effects; no data")
def _(n):
    ics = make_ics("lnl-longevity-20260716", "20260716T121500", "20260716T130000",
                   "Lunch & Learn: Why are our pensioners living longer?", "Room A 3.01 / Teams",
                   "Felix Hartung explains mortality tables, improvement trends, the effect of the pandemic years "
                   "and what longevity risk means for our reserves. Sandwiches provided.",
                   organizer=("Felix Hartung", STAFF["hartung"][1]))
    body = """Hi everyone,

open to all staff - no actuarial background needed. Bring your questions!

Felix
"""
    return build(n, S("hartung"), "All staff international <staff-international@lindenhof-versicherung.example>",
                 "Lunch & Learn 16 July: longevity risk", "2026-07-06 10:00", body,
                 atts=[(ics, "text/calendar", "lunch-and-learn.ics", {"charset": "utf-8", "cte": "7bit"})],
                 charset="us-ascii", cte="7bit")

# ---------------------------------------------------------------- 0126-0150

@mail(126, "N", "en", "internal",
      "trap: risk-committee paper in a ZIP (XLSX + TXT) with annuity portfolio figures by age band and country, no individual")
def _(n):
    xlsx = make_xlsx([("Portfolio", [["Segment", "Annuities", "Annual payments EUR m", "Avg age"],
                                     ["Germany", 16962, 241.8, 76.4],
                                     ["EU/EEA abroad", 1102, 13.9, 77.1],
                                     ["Rest of world", 348, 5.3, 78.9],
                                     ["Total", 18412, 261.0, 76.5]]),
                      ("Age bands", [["Age", "Annuities"], ["<70", 3960], ["70-79", 9790],
                                     ["80-89", 4240], ["90+", 422]])],
                     title="Annuity portfolio 2025", author="Risk Management")
    txt = ("Group Risk Committee - 15 July 2026 - item 3\r\n"
           "Longevity and payment risk in the annuity portfolio\r\n\r\n"
           "Key points:\r\n- portfolio stable at 18.4k annuities\r\n"
           "- overpayments after death: EUR 61k in H1, 92 % recovered\r\n"
           "- fraud risk: 2 suspected cases of concealed death abroad, under review (no names in this paper)\r\n")
    z = make_zip([("GRC_2026-07_item3/annuity_portfolio_2025.xlsx", xlsx),
                  ("GRC_2026-07_item3/cover_note.txt", txt)], when_=(2026, 7, 8, 16, 30, 0))
    body = """Dear all,

papers for item 3 of next week's Group Risk Committee attached (zip, as
the mail gateway strips xlsx for large distribution lists).

Regards,
Daniel
"""
    return build(n, S("novak"), "Group Risk Committee <grc@lindenhof-versicherung.example>",
                 "GRC 15 July - item 3 papers (annuity portfolio)", "2026-07-08 16:41", body,
                 atts=[(z, CT_ZIP, "GRC_2026-07_item3.zip")], charset="us-ascii", cte="7bit")


@mail(127, "S", "de", "insurer-to-customer",
      "orphan's pensions from the pension fund: named children with birth dates, deceased father, school certificate required")
def _(n):
    body = f"""Sehr geehrte Frau Grünewald,

nach dem Tod Ihres Mannes, Herrn Sascha Grünewald (Mitglied der Lindenhof
Pensionskasse, Mitgliedsnummer PK-0131-77402), haben Ihre Kinder Anspruch
auf Waisenrente:

  Lea Grünewald, geb. 14.02.2010     Halbwaisenrente 10 %   98,70 EUR mtl.
  Finn Grünewald, geb. 30.09.2013    Halbwaisenrente 10 %   98,70 EUR mtl.

Die Renten zahlen wir ab 01.08.2026 auf das Konto, das Sie als gesetzliche
Vertreterin angegeben haben. Ihre eigene Witwenrente (296,10 EUR) ist davon
unabhängig und läuft bereits.

Bitte beachten Sie: Nach dem 18. Geburtstag zahlen wir die Waisenrente nur
weiter, wenn eine Schul- oder Ausbildungsbescheinigung vorliegt – für Lea
also ab Februar 2028.

{SIG['kroeger']}
Lindenhof Pensionskasse VVaG
"""
    return build(n, S("bav"), P("Nadine Grünewald", "nadine.gruenewald@mailhaus.example"),
                 "Waisenrenten für Lea und Finn", "2026-07-16 12:00", body)


@mail(128, "C", "en", "insurer-to-customer",
      "legal-expenses cover for a named tenant's rent-increase dispute, address and claim number; no health")
def _(n):
    body = f"""Dear Ms Moreau,

we confirm cover under your legal expenses policy RS 4471 8810 (tenancy
module) for your dispute with your landlord, Wohnbau Fulda-Kassel GmbH,
about the rent increase for your flat at Bebelplatz 4, 34119 Kassel.

Claim number: RS-26-014477. Excess: EUR 250.

You may choose any lawyer; if you like, we can recommend an English-
speaking tenancy lawyer in Kassel. Please send us the landlord's letter of
2 July and your lawyer's details.

{SIG['wolters']}

{FOOT_EN}
"""
    return build(n, S("wolters"), P("Camille Moreau", "camille.moreau@brightmail.example"),
                 "Legal expenses cover - rent increase (RS-26-014477)", "2026-07-22 15:36", body,
                 lang="en-GB")


@mail(129, "N", "en", "internal",
      "trap: data-protection quiz about pension and heir data with fictitious examples, no real person")
def _(n):
    body = f"""Hi all,

our monthly privacy quiz - answers next Friday. Prize: lunch with the CEO
(well, a voucher for the canteen).

1. A caller says she is the daughter of a deceased annuitant and wants to
   know the last annuity amount. She has no certificate of inheritance yet.
   What may you tell her?
   a) everything  b) nothing about the contract  c) only the date the
   annuity stopped
2. Is the cause of death of an annuitant "health data" under Art. 9 GDPR?
3. A broker asks by e-mail for a copy of his client's tax certificate.
   Which channel do you use?
4. Fictitious example: "Mr Max Sample, born 1 January 1940, contract
   LR-0000-0000-00, pension EUR 500". Which of these items make the mail
   strictly confidential?

Have fun!
Ruth

{SIG['engel']}
"""
    return build(n, S("engel"), "All staff international <staff-international@lindenhof-versicherung.example>",
                 "Privacy quiz #7 - pensions and heirs", "2026-07-24 09:00", body)


@mail(130, "C", "de", "insurer-to-customer",
      "customer's new bank details: the IBAN she typed fails the checksum (quoted back), correct IBAN confirmed later in the mail")
def _(n):
    body = f"""Hallo Frau Pohl,

vielen Dank für Ihre neue Bankverbindung für Hausrat HV 2210 6603 und
Privathaftpflicht PH 3390 4419.

Leider ist die IBAN, die Sie uns geschrieben haben, nicht gültig – die
Prüfziffer passt nicht:

> neue IBAN: DE62 3813 5586 4372 5906 73

Wahrscheinlich sind die letzten beiden Ziffern vertauscht. Mit
DE62 3813 5586 4372 5906 37 würde es passen. Bitte bestätigen Sie kurz, ob
das Ihre richtige IBAN ist; erst dann stellen wir die Lastschrift um.

{SIG['hoffmann']}
"""
    return build(n, S("hoffmann"), P("Marion Pohl", "marion.pohl@t-post.example"),
                 "AW: neue Kontoverbindung", "2026-08-03 10:07", body,
                 in_reply_to="<000a01dcf3b1$aa7@t-post.example>")


@mail(131, "S", "en", "insurer-to-company",
      "care home abroad asked to confirm a named resident annuitant is alive and living there; contract, birth date, care context")
def _(n):
    body = f"""Dear Ms Camilleri,

our annuitant, Mrs Rosemarie Vella-Schütz (born 5 April 1933), has been
living in St Julian's Care Residence since last year, according to her
niece. Her annual certificate of life for annuity LR-0519-3327-02 is
overdue, and her niece tells us that because of her advanced dementia she
can no longer sign documents.

Could the residence confirm on your letterhead that Mrs Vella-Schütz is
alive and resident with you? A signature by the home manager or the
attending doctor is enough. You can reply to this e-mail or upload the
letter at https://securemail.lindenhof-versicherung.example/upload

This avoids any interruption of her annuity, which pays part of her fees.

{SIG['demir']}

{FOOT_EN}
"""
    return build(n, S("demir"), P("Doreen Camilleri", "admin@stjulians-care.example"),
                 "Confirmation of residence - Mrs R. Vella-Schutz", "2026-07-27 11:21", body)


@mail(132, "N", "de", "insurer-to-supplier",
      "trap: maintenance order for the enveloping machine used for pension letters; technical only")
def _(n):
    body = f"""Sehr geehrter Herr Baltruschat,

unsere Kuvertieranlage (Typ FP Optimail 30, Seriennr. 7712-0098) im
Postausgang hat seit letzter Woche Probleme mit der Beilagenstation 2:
Doppelabzug bei den Rentenmitteilungen (2 Blatt + Beilage), ca. jede 400.
Sendung. Das ist bei personalisierten Schreiben natürlich heikel.

Bitte schicken Sie im Rahmen des Wartungsvertrags WV-2211 kurzfristig einen
Techniker. Die Rentenmitteilungen gehen ab 01.06. in den Druck; bis dahin
muss die Anlage sauber laufen.

Ansprechpartner vor Ort: Herr Wollenhaupt, 0561 7080-1330.

{SIG['sander']}
"""
    return build(n, S("sander"), P("Rolf Baltruschat", "service@postechnik-mitte.example"),
                 "Störung Kuvertieranlage – Wartungsvertrag WV-2211", "2026-05-18 13:44", body,
                 charset="iso-8859-1", cte="8bit")


@mail(133, "C", "de", "insurer-to-company",
      "company fleet driver list with named drivers, birth dates and licence dates in XLSX (no health)")
def _(n):
    xlsx = make_xlsx([("Fahrer", [["Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Fahrzeug"],
                                  ["Horváth", "Tamás", "11.03.1984", "2003", "KS-VT 214"],
                                  ["Beilstein", "Claudia", "25.07.1990", "2008", "KS-VT 219"],
                                  ["Meyerhoff", "Jonas", "02.02.1999", "2017", "KS-VT 241"],
                                  ["Kraus", "Andreas", "16.10.1972", "1990", "KS-VT 250"]])],
                     title="Fahrerliste FL-4418-02", author="Firmenkunden")
    body = f"""Sehr geehrte Frau Varga,

für das Fahrsicherheitstraining, das wir als Bedingung für die
Verlängerung vereinbart haben, habe ich die Fahrerliste aus unserem Bestand
angehängt. Bitte prüfen Sie, ob sie aktuell ist, und ergänzen Sie neue
Fahrer. Der ADAC-Trainingsplatz in Baunatal hat Termine am 12. und 19.09.

{SIG['kessler']}
"""
    return build(n, S("kessler"), P("Ildikó Varga", "i.varga@vargatec-logistik.example"),
                 "Fahrerliste für das Sicherheitstraining", "2026-08-11 09:37", body,
                 atts=[(xlsx, CT_XLSX, "Fahrerliste_FL-4418-02.xlsx")])


@mail(134, "N", "en", "insurer-to-broker",
      "trap: onboarding instructions for a broker firm (firm administrator, portfolio rights, secure channel), no client data")
def _(n):
    body = f"""Hi Oliver,

welcome aboard! A few practical points now that Harbour & Vane has a
direct agency agreement with us:

- Firm administrator: you. You can create users for your colleagues and
  decide who gets portfolio rights (who sees which client contracts).
- Broker post (statements, policy documents, claim letters) arrives in the
  portal mailbox; your broker software can fetch it via the BiPRO interface.
- Anything about a client's life, pension or health contract goes only
  through the portal - never ordinary e-mail, even if the client asks.
- Certificates of life, death certificates and medical reports: please ask
  clients to upload them themselves, or use the portal upload.

Training slot for your team: 2 September, 10:00 (Teams). Invite follows.

Best,
Frank

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), P("Oliver Hartley", "o.hartley@harbourvane.example"),
                 "Welcome - getting started with the broker portal", "2026-08-14 14:02", body)


@mail(135, "S", "de", "insurer-to-lawyer",
      "notary informed about a deceased customer's life/pension contract: beneficiary, sum, tax notification; Nachlass")
def _(n):
    body = f"""Sehr geehrter Herr Notar Schaper,

zu Ihrer Anfrage vom 21.07.2026 in der Nachlasssache Brigitte Ohms,
geb. 11.11.1951, verstorben am 30.06.2026 (UR-Nr. 1187/2026):

Bei uns bestand die Rentenversicherung mit Todesfallschutz LR-6204-0931-01
(Rentenbeginn 01.12.2026, also noch in der Aufschubzeit). Die
Todesfallleistung beträgt 84.312,66 EUR (Rückgewähr des Vertragsguthabens).

Bezugsberechtigt im Todesfall ist unwiderruflich Herr Dr. Kai Ohms (Sohn);
die Leistung fällt damit nicht in den Nachlass. Wir haben den Betrag am
04.08.2026 an ihn ausgezahlt und den Vorgang nach § 33 ErbStG dem
Finanzamt Kassel – Erbschaftsteuerstelle angezeigt.

Für den Nachlass ergibt sich aus diesem Vertrag keine Forderung.

{SIG['vossberg']}

{FOOT_LEBEN}
"""
    return build(n, S("vossberg"), P("Notar Dr. Bernhard Schaper", "kanzlei@notar-schaper.example"),
                 "UR-Nr. 1187/2026 – Nachlass Ohms – Auskunft Lindenhof Leben", "2026-08-06 16:15", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(136, "C", "en", "internal",
      "internal refund request with the customer's original mail attached (.eml): named customer, policy, IBAN; household line")
def _(n):
    fw = inner(P("Lukas Brenner", "lukas.brenner@brightmail.example"),
               "emma.clarke@lindenhof-versicherung.example",
               "Refund after cancellation - HR 7730 4409",
               "2026-08-17 20:41",
               """Hi Emma,

as discussed I moved back to Vienna on 31 July, so I cancelled the home
contents policy HR 7730 4409 with effect from that date. I paid the
annual premium of EUR 168 in January.

Please refund the unused part to my Austrian account:
AT75 1904 3002 3457 3725 (Lukas Brenner).

Thanks a lot,
Lukas
""", charset="us-ascii", cte="7bit", n=n)
    body = """Hi accounts team,

please refund the unused premium for HR 7730 4409: cancellation effective
31 July 2026, premium paid until 31 December 2026, i.e. 5/12 of EUR 168.00
= EUR 70.00. Customer's mail with his account details attached.

Thanks,
Emma
"""
    return build(n, S("clarke"), "Premium accounting <beitragsbuchhaltung@lindenhof-versicherung.example>",
                 "Refund request HR 7730 4409 (Brenner)", "2026-08-18 09:14", body,
                 atts=[(fw, None, None)], charset="us-ascii", cte="7bit")


@mail(137, "N", "de", "internal",
      "trap: year-end provisions for annuities in payment and pending death claims, totals only")
def _(n):
    body = f"""Hallo Felix,

für die Hochrechnung zum Halbjahr die Zahlen aus dem Rentenservice
(Stichtag 30.06.2026):

  Deckungsrückstellung laufende Renten (Leben)    1.912,4 Mio. EUR
  davon Pensionskasse                               208,7 Mio. EUR
  Rückstellung für noch nicht abgewickelte
    Todesfälle in der Rentenphase (428 Fälle)        11,6 Mio. EUR
  Forderungen aus überzahlten Renten
    nach Tod (72 Fälle, Ø 910 EUR)                   0,066 Mio. EUR
  Wertberichtigung darauf                         -  0,021 Mio. EUR

Die Einzelaufstellung liegt wie immer im Abschlussordner (nur Zugriff
Aktuariat/Rechnungswesen).

{SIG['brandl']}
"""
    return build(n, S("brandl"), S("hartung"), "HJ-Abschluss: Rückstellungen Rentenservice",
                 "2026-07-09 17:50", body, cte="8bit")


@mail(138, "S", "mixed", "insurer-to-customer",
      "German/English letter to a returning expat on his disability annuity: psychiatric diagnosis, clinic report, benefit continues")
def _(n):
    body = f"""Sehr geehrter Herr Jansen, dear Mr Jansen,

Sie hatten uns gebeten, wichtige Schreiben auch auf Englisch zu schicken –
please find the English version below.

DE: Nach Auswertung des Entlassungsberichts der Klinik am Waldsee
(stationär vom 04.05. bis 19.06.2026, Diagnosen: posttraumatische
Belastungsstörung F43.1 und schwere depressive Episode F32.2) bleibt es bei
der vollen BU-Rente aus Vertrag LB-9031-2204-02 (1.480,00 EUR monatlich).
Die nächste Überprüfung ist für Juli 2028 geplant.

EN: Having reviewed the discharge report of Klinik am Waldsee (inpatient
stay 4 May - 19 June 2026; diagnoses: post-traumatic stress disorder and a
severe depressive episode), your full disability annuity under contract
LB-9031-2204-02 (EUR 1,480.00 per month) continues. The next review is
planned for July 2028.

Wir wünschen Ihnen alles Gute. / We wish you all the best.

{SIG['brandl']}

{FOOT_LEBEN}
"""
    return build(n, S("brandl"), P("Maarten Jansen", "maarten.jansen@polder-post.example"),
                 "Ihre BU-Rente / your disability annuity – LB-9031-2204-02", "2026-07-29 10:40", body)


@mail(139, "N", "de", "insurer-to-customer",
      "trap: automatic acknowledgement of the pension-service mailbox with general hints on death notifications and health documents")
def _(n):
    body = """Guten Tag,

vielen Dank für Ihre Nachricht an den Lindenhof Rentenservice. Wir haben
sie erhalten und melden uns innerhalb von fünf Arbeitstagen.

Gut zu wissen:
- Sterbefall melden: Eine Kopie der Sterbeurkunde genügt zunächst. Die
  Rente wird zum Ende des Sterbemonats eingestellt.
- Lebensbescheinigung: Bitte laden Sie sie im Kundenpostfach hoch.
- Arztberichte, Pflegegutachten oder Steuerunterlagen senden Sie bitte
  nicht per E-Mail, sondern über https://securemail.lindenhof-versicherung.example

Diese Nachricht wurde automatisch erstellt.

Ihr Lindenhof Rentenservice
"""
    return build(n, S("rentenservice"), "k.hoffmeister@t-post.example",
                 "Eingangsbestätigung: Ihre Nachricht an den Rentenservice", "2026-08-20 22:14", body,
                 mailer="Microsoft Exchange Server", cte="quoted-printable",
                 extra=[("Auto-Submitted", "auto-replied")])


@mail(140, "C", "de", "insurer-to-customer",
      "eVB number for a named customer's new car with VIN and registration details; non-personal line")
def _(n):
    body = f"""Hallo Herr Aksoy,

hier Ihre elektronische Versicherungsbestätigung für die Zulassung:

  eVB-Nummer:     7KQ2M4X
  Fahrzeug:       Hyundai Kona Elektro, FIN KMHK381GFPU123456
  Halter:         Murat Aksoy, Grüner Weg 12, 34130 Kassel
  Tarif:          Haftpflicht + Vollkasko (SB 300/150), SF 9 übernommen
                  vom Vorvertrag KF-20-655302

Die eVB ist 6 Monate gültig. Nach der Zulassung meldet die
Zulassungsstelle uns das Kennzeichen automatisch.

Gute Fahrt!
Kai Petersen
"""
    return build(n, S("petersen"), P("Murat Aksoy", "murat.aksoy@netcourier.example"),
                 "Ihre eVB für den Kona", "2026-08-24 08:59", body, cte="8bit")


@mail(141, "N", "en", "insurer-to-partner",
      "trap: answer to a journalist on pensions paid abroad and proof-of-life fraud, aggregated figures only")
def _(n):
    body = f"""Dear Mr Kavanagh,

thank you for your questions for your piece on pensions paid abroad.

- We pay about 1,450 private annuities to pensioners in 31 countries;
  the largest groups live in Spain, Austria and Turkey.
- Every pensioner abroad sends a certificate of life once a year. In 2025,
  7 % of them had their payments suspended for a time because the
  certificate was late; almost all were reinstated within two months.
- Cases in which payments continued after a death abroad are rare (fewer
  than ten a year); most are settled with the heirs.

We cannot comment on individual cases. Quotes may be attributed to
"a spokesperson for Lindenhof".

Kind regards,
Nina Albrecht
Corporate Communications

{SIG['albrecht']}
"""
    return build(n, S("albrecht"), P("Ciarán Kavanagh", "c.kavanagh@europe-money-review.example"),
                 "RE: Your questions - pensions paid abroad", "2026-08-26 12:20", body,
                 in_reply_to="<emr-2026-0826-ck@europe-money-review.example>")


@mail(142, "S", "de", "insurer-to-customer",
      "dental bill reimbursement for a named insured: crown and root canal treatment with tooth numbers and GOZ items")
def _(n):
    body = f"""Guten Tag Frau Voigtländer,

Ihre Zahnarztrechnung von Dr. Nielsen vom 28.07.2026 haben wir geprüft
(Krankenversicherung KV 5518 6617, Tarif ZahnPlus 80):

  Wurzelkanalbehandlung Zahn 36 (GOZ 2410, 2440)     612,40 €
  Vollkeramikkrone Zahn 36 (GOZ 2210) inkl. Labor  1.088,90 €
  Röntgen (GOÄ 5000)                                 21,08 €
  Summe                                           1.722,38 €
  erstattet 80 %                                  1.377,90 €

Die Erstattung geht in den nächsten Tagen auf Ihr Konto.

Mit freundlichen Grüßen
Murat Yıldız
Lindenhof Krankenversicherung AG
"""
    return build(n, S("yildiz"), P("Sandra Voigtländer", "s.voigtlaender@webpost.example"),
                 "Erstattung Zahnarztrechnung", "2026-08-31 14:45", body.replace("Yıldız", "Yildiz"),
                 charset="windows-1252", cte="quoted-printable")


@mail(143, "C", "en", "insurer-to-broker",
      "sole-trader broker's new bank account and tax number confirmed for commission payments (natural person's bank data)")
def _(n):
    body = f"""Dear Mr Whelan,

we have updated your broker master data (agency no. 71-40912, Whelan
Insurance Consulting, sole trader):

  Commission account: IE03 AIBK 9311 5212 3453 70 -> DE59 8266 8254 6963 2648 64
  German tax number:  026 870 44512 (Finanzamt Kassel)
  VAT:                exempt (section 4 no. 11 UStG)

The change applies from the September commission run. You will receive
a confirmation letter in your broker post box as well.

{SIG['lehnert']}
"""
    return build(n, S("lehnert"), P("Declan Whelan", "declan@whelan-consulting.example"),
                 "Your master data - bank account and tax number updated", "2026-09-02 11:08", body)


@mail(144, "N", "de", "internal",
      "trap: test cases for the new annuity calculation with fictitious persons and the published example IBAN, CSV")
def _(n):
    rows = [["Testfall", "Name", "Geburtsdatum", "Rentenbeginn", "Kapital", "Garantiezeit", "IBAN", "erwartete Rente"],
            ["T01", "Max Mustermann (fiktiv)", "01.01.1960", "01.01.2027", "100000", "10", "DE89 3704 0044 0532 0130 00", "361,90"],
            ["T02", "Erika Musterfrau (fiktiv)", "15.06.1958", "01.07.2026", "50000", "0", "DE89 3704 0044 0532 0130 00", "188,42"],
            ["T03", "Testrentner 003", "29.02.1956", "01.03.2026", "250000", "25", "DE89 3704 0044 0532 0130 00", "812,07"],
            ["T04", "Testrentner 004 (Witwenrente 60 %)", "31.12.1949", "01.01.2015", "80000", "5", "DE89 3704 0044 0532 0130 00", "302,55"]]
    csvtext = make_csv(rows)
    body = """Hallo Jonas,

anbei die Testfälle für den neuen Rentenrechner (Release 26.3). Alles
fiktive Personen, als IBAN überall die Beispiel-IBAN aus der
SEPA-Dokumentation. T03 testet den Schalttag, T04 die Umrechnung einer
Witwenrente.

Erwartete Werte sind mit dem alten Rechner und von Hand nachgerechnet.

Felix
"""
    return build(n, S("hartung"), S("becker"), "Testfälle Rentenrechner R26.3",
                 "2026-09-07 15:15", body,
                 atts=[(csvtext, "text/csv", "Testfaelle_Rentenrechner_R26-3.csv", {"charset": "utf-8", "cte": "base64"})])


@mail(145, "S", "en", "insurer-to-customer",
      "Irish-resident annuitant: tax residence certificate, PPS number, gross annuity and German withholding under the treaty")
def _(n):
    body = f"""Dear Mr Murphy,

thank you for the certificate of tax residence from the Irish Revenue
(PPS number 7714209TA). We have filed it with your annuity contract
LR-2877-4051-03.

For 2026 this means:
  - your annuity of EUR 1,156.40 per month (EUR 13,876.80 a year) is
    reported to the German tax authorities as usual;
  - under Article 17 of the Germany-Ireland treaty your private annuity is
    taxable only in Ireland, so you need not file a German tax return for it;
  - the annual statement will follow in January 2027.

Please send us a new certificate if you move to another country.

{SIG['clarke']}

{FOOT_EN}
"""
    return build(n, S("clarke"), P("Seamus Murphy", "seamus.murphy@shamrockmail.example"),
                 "Your annuity LR-2877-4051-03 - tax residence", "2026-09-10 10:05", body,
                 charset="us-ascii", cte="7bit", lang="en-IE")


@mail(146, "C", "de", "insurer-to-customer",
      "rent-deposit guarantee for a named tenant with monthly net income and landlord; no health")
def _(n):
    body = f"""Sehr geehrter Herr Kowalski,

Ihre Mietkautionsbürgschaft ist genehmigt:

  Bürgschaftsnummer:   MK-26-004711
  Mietobjekt:          Tischbeinstraße 22, 34121 Kassel, 3 ZKB
  Vermieterin:         Wohnungsgesellschaft Kassel-Süd eG
  Bürgschaftsbetrag:   2.340,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:       117,00 EUR

Grundlage war Ihr angegebenes Nettoeinkommen von 2.760 EUR monatlich
(Gehaltsnachweise Mai–Juli 2026). Die Bürgschaftsurkunde schicken wir
direkt an die Vermieterin.

{SIG['hoffmann']}

{FOOT_ALLG}
"""
    return build(n, S("hoffmann"), P("Piotr Kowalski", "piotr.kowalski@mailhaus.example"),
                 "Ihre Mietkautionsbürgschaft MK-26-004711", "2026-09-14 13:31", body)


@mail(147, "N", "de", "newsletter",
      "trap: HTML-only intranet newsletter with an anonymised bereavement story from the pension service")
def _(n):
    html = html_page("""<h2>Lindenhof intern &ndash; September 2026</h2>
<h3>&bdquo;Sie haben mir zugehört&ldquo; &ndash; ein Brief an den Nachlassservice</h3>
<p>Im Juli erreichte unseren Nachlassservice ein handgeschriebener Brief. Eine Witwe aus Nordhessen
(Name der Redaktion bekannt, aus Datenschutzgründen nicht genannt) bedankte sich für die Begleitung nach dem Tod
ihres Mannes: Niemand habe sie gedrängt, alles sei verständlich erklärt worden, und die Witwenrente sei pünktlich
gekommen.</p>
<p>&bdquo;Solche Briefe zeigen, worum es bei uns eigentlich geht&ldquo;, sagt Teamleiter Tobias Brandl.
Der Nachlassservice bearbeitet rund 700 Sterbefälle im Jahr.</p>
<h3>Weitere Themen</h3>
<ul><li>Neue Kaffeemaschinen in Gebäude C</li>
<li>Firmenlauf: 84 Lindenhöfer am Start</li>
<li>Gesundheitswoche 6.&ndash;10. Oktober: jetzt anmelden</li></ul>
<p style="font-size:8pt">Redaktion: Unternehmenskommunikation, intern@lindenhof-versicherung.example</p>""",
                     "Lindenhof intern")
    return build(n, S("albrecht"), "Alle Mitarbeitenden <alle@lindenhof-versicherung.example>",
                 "Lindenhof intern – September 2026", "2026-09-15 07:45", None, html,
                 html_charset="iso-8859-1", html_cte="quoted-printable", mailer="LiKoS Newsletter 2.1")


@mail(148, "N", "de", "internal",
      "trap: filing structure for estate files in the document system (death certificates, Erbschein), no case")
def _(n):
    body = """Hallo zusammen,

ab Oktober legen wir Nachlassvorgänge im DMS einheitlich so ab:

  /Leben/<Vertragsnummer>/Leistung/Tod/
      01_Sterbeurkunde
      02_Legitimation (Erbschein, Testament + Eröffnungsprotokoll, Vollmacht)
      03_Korrespondenz_Erben
      04_Zahlungen_Rueckforderungen
      05_Steuer (Anzeige § 33 ErbStG)

Ärztliche Unterlagen zur Todesursache gehören NICHT in den Nachlassordner.
Wenn sie (z. B. wegen Unfalltod) gebraucht werden, kommen sie in den
Ordner /Leistung/Medizin mit eingeschränkter Berechtigung.

Aufbewahrung: 10 Jahre nach Abschluss, dann automatische Löschung.

Henrik
"""
    return build(n, S("vossberg"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "DMS: neue Ablagestruktur Nachlassvorgänge", "2026-09-22 11:00", body,
                 charset="iso-8859-1", cte="quoted-printable")


@mail(149, "N", "mixed", "internal",
      "trap: German/English logistics for a pension-process workshop with the London team; no case data")
def _(n):
    body = """Hi all / hallo zusammen,

Workshop "End-to-end: from death notification to closure" mit den Kollegen
aus London:

When/wann:  Tue 6 Oct, 9:00-16:00
Where/wo:   Kassel, Raum B 2.08 (Hybrid via Teams)
Who/wer:    Rentenservice, Nachlassservice, International Client Service,
            IT Leben (Jonas)

Ziel: Wir mappen den Prozess einmal komplett, inkl. Rückruf bei Banken im
Ausland, probate vs. Erbschein, and the new upload for death certificates.
Please bring (anonymised!) examples of cases that went wrong.

Lunch is on us. Bitte bis Freitag zu- oder absagen.

Cheers / Gruß
Aylin
"""
    return build(n, S("demir"), "Team Rentenservice <team-rentenservice@lindenhof-versicherung.example>",
                 "Workshop 6 Oct - death notification to closure", "2026-09-24 16:20", body,
                 cc=S("clarke"), cte="quoted-printable")


@mail(150, "C", "de", "insurer-to-heir",
      "grey: motor premium refund after the policyholder's death paid to the heir's IBAN; plate and policy, no cause of death")
def _(n):
    body = f"""Sehr geehrte Frau Ebert,

nach der Abmeldung des Fahrzeugs Ihres verstorbenen Vaters, Herrn Gerhard
Ebert (KS-GE 55, Kfz-Versicherung KF-20-588710), zum 15.09.2026 haben wir
den Vertrag beendet.

Der zu viel gezahlte Beitrag für die Zeit vom 16.09. bis 31.12.2026 beträgt
104,62 EUR. Wie gewünscht überweisen wir ihn als Miterbin an Sie:

  Kontoinhaberin: Stefanie Ebert
  IBAN: DE18 3457 2535 8684 8481 39

Den Schadenfreiheitsrabatt Ihres Vaters (SF 30) können Sie als Tochter
übernehmen, falls Sie das Fahrzeug weiter nutzen möchten – sprechen Sie uns
einfach an.

{SIG['petersen']}

{FOOT_ALLG}
"""
    return build(n, S("petersen"), P("Stefanie Ebert", "stefanie.ebert@postfach-direkt.example"),
                 "Beitragserstattung KF-20-588710", "2026-09-29 14:03", body,
                 charset="iso-8859-1", cte="quoted-printable")


# ====================================================================== build / check

ALLOWED_CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "IE": 22, "PT": 25, "ES": 24, "FR": 27,
            "CH": 21, "BE": 16, "IT": 27, "LU": 20, "PL": 28, "DK": 18}
# deliberately wrong IBANs (typo of a customer, quoted back to him): must NOT validate
INVALID_IBANS_OK = {"DE62381355864372590673"}  # d163-0130
EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def generate():
    MAILS.sort(key=lambda m: m[0])
    nums = [m[0] for m in MAILS]
    assert nums == list(range(1, len(MAILS) + 1)), "mail numbers not contiguous"
    files, rows = {}, []
    for n, label, lang, kind, reason, f in MAILS:
        name = f"{PREFIX}{n:04d}.eml"
        files[name] = f(n).as_bytes(policy=policy.SMTP)
        assert "\t" not in reason and "\n" not in reason
        rows.append((name, label, lang, kind, reason))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join("\t".join(r) + "\n" for r in rows)
    return files, tsv, rows


def write():
    files, tsv, rows = generate()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for old in os.listdir(mdir):
        if old.endswith(".eml") and old not in files:
            os.remove(os.path.join(mdir, old))
    for name, data in files.items():
        with open(os.path.join(mdir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tsv)
    print(f"wrote {len(files)} mails and labels.tsv")


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


class Problem(Exception):
    pass


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext() if t.strip())


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise Problem("not a PDF")
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m or data[int(m.group(1)):int(m.group(1)) + 4] != b"xref":
        raise Problem("bad startxref")
    xref = data[int(m.group(1)):]
    for oid, off in enumerate(re.findall(rb"(\d{10}) 00000 n", xref), 1):
        if not data[int(off):].startswith(b"%d 0 obj" % oid):
            raise Problem(f"xref offset of object {oid} wrong")
    texts = []
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        raw = data[sm.end():sm.end() + ln]
        if data[sm.end() + ln:sm.end() + ln + 10] != b"\nendstream":
            raise Problem("stream length wrong")
        if b"FlateDecode" in sm.group(1) + sm.group(3):
            raw = zlib.decompress(raw)
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", s)
            texts.append(s.decode("cp1252"))
    txt = "\n".join(texts)
    if not txt.strip():
        raise Problem("PDF without text layer")
    return txt


def open_attachment(name, ctype, data, charset=None, stats=None, depth=0):
    """Open one attachment (recursively for ZIP); returns its text."""
    low = (name or "").lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    if stats is not None:
        stats[ext or ctype] += 1
    if ext == "pdf" or ctype == "application/pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise Problem("corrupt office zip")
        names = z.namelist()
        if ext in ("odt", "ods"):
            if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
                raise Problem("ODF mimetype not first/stored")
            want = {"odt": CT_ODT, "ods": CT_ODS}[ext]
            if z.read("mimetype").decode() != want:
                raise Problem("ODF mimetype wrong")
            ET.fromstring(z.read("META-INF/manifest.xml"))
            return _xml_text(z.read("content.xml"))
        if "[Content_Types].xml" not in names:
            raise Problem("OOXML without content types")
        out = []
        for nm in names:
            if nm.endswith(".xml") or nm.endswith(".rels"):
                t = _xml_text(z.read(nm))
                if nm.startswith(("word/", "xl/worksheets/")):
                    out.append(t)
        main = "word/document.xml" if ext == "docx" else "xl/workbook.xml"
        if main not in names:
            raise Problem("OOXML main part missing")
        return "\n".join(out)
    if ext == "zip" or ctype == "application/zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            raise Problem("corrupt zip")
        out = []
        for info in z.infolist():
            if info.is_dir():
                continue
            out.append(open_attachment(info.filename, None, z.read(info), None, stats, depth + 1))
        return "\n".join(out)
    if ext in ("csv", "ics", "txt", "html", "htm", "xml") or (ctype or "").startswith("text/"):
        if charset:
            text = data.decode(charset)
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
        if ext == "csv":
            rows = list(csv.reader(io.StringIO(text), delimiter=";" if ";" in text else ","))
            if not rows:
                raise Problem("empty CSV")
        if ext == "ics":
            text = text.replace("\r\n ", "")  # unfold content lines
        if ext == "ics" and not ("BEGIN:VCALENDAR" in text and text.rstrip().endswith("END:VCALENDAR")):
            raise Problem("ICS without VCALENDAR")
        if ext == "xml":
            ET.fromstring(data)
        return text
    if ext == "eml":
        msg = BytesParser(policy=policy.default).parsebytes(data)
        return check_message(msg, stats, depth + 1)[0]
    raise Problem(f"unknown attachment type {name} {ctype}")


def check_message(msg, stats, depth=0):
    """Check defects/charsets; returns (all text, list of problems)."""
    texts, probs = [], []
    for k, v in msg.items():
        if getattr(v, "defects", None):
            probs.append(f"header {k} defects {v.defects}")
        texts.append(f"{k}: {v}")
    for part in msg.walk():
        if part.defects:
            probs.append(f"defects {part.defects} in {part.get_content_type()}")
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            if stats is not None:
                stats["eml (message/rfc822)"] += 1
            continue  # walk() descends into it
        if part.is_multipart():
            continue
        fname = part.get_filename()
        disp = part.get_content_disposition()
        raw = part.get_payload(decode=True)
        cs = part.get_content_charset()
        if part.get_content_maintype() == "text":
            if cs not in ALLOWED_CHARSETS:
                probs.append(f"charset {cs} not allowed")
                continue
            try:
                raw.decode(cs)
            except UnicodeDecodeError as e:
                probs.append(f"text part does not decode as {cs}: {e}")
                continue
        if fname or disp == "attachment" or part.get_content_maintype() == "application":
            try:
                texts.append(open_attachment(fname, ctype, raw, cs, stats, depth))
            except Exception as e:  # noqa
                probs.append(f"attachment {fname}: {e!r}")
        else:
            text = raw.decode(cs)
            texts.append(text)
            if stats is not None and depth == 0:
                stats["body:" + ctype] += 1
    return "\n".join(texts), probs


HOST_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)|(?:https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")


def check():
    files, tsv, rows = generate()
    problems = []
    # 1. byte-for-byte comparison with the files on disk
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml")) if os.path.isdir(mdir) else []
    if on_disk != sorted(files):
        problems.append("mails/ does not hold exactly the generated files")
    for name, data in files.items():
        p = os.path.join(mdir, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            problems.append(f"{name}: differs from rebuild")
    lp = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(lp) or open(lp, encoding="utf-8").read() != tsv:
        problems.append("labels.tsv differs from rebuild")
    # 2. every mail
    mids = {}
    stats = collections.Counter()
    top = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    n_iban = n_iban_bad_ok = 0
    for name, data in sorted(files.items()):
        pre = f"{name}: "
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            problems.append(pre + "bare LF or CR")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        if not mid or mid in mids:
            problems.append(pre + f"Message-ID missing or duplicate ({mid})")
        mids[mid] = name
        if msg["Date"].datetime.year != 2026:
            problems.append(pre + "date not in 2026")
        top[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                charsets[part.get_content_charset()] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        text, probs = check_message(msg, stats)
        problems += [pre + p for p in probs]
        for m in HOST_RE.finditer(text):
            host = (m.group(1) or ("www." + m.group(2) if m.group(0).startswith("www") else m.group(2))).lower().rstrip(".")
            if not host.endswith(".example"):
                problems.append(pre + f"host not .example: {host}")
        for addr_h in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(addr_h, []):
                for ad in a.addresses:
                    if not ad.domain.endswith(".example"):
                        problems.append(pre + f"{addr_h} domain {ad.domain}")
        if not msg["From"].addresses[0].domain.endswith(DOM):
            problems.append(pre + "not sent from the insurer's domain")
        if not mid.rstrip(">").endswith(".example"):
            problems.append(pre + "Message-ID host")
        for m in IBAN_RE.finditer(text):
            compact = m.group(1).replace(" ", "")
            L = IBAN_LEN.get(compact[:2])
            if not L or len(compact) < L:
                continue
            cand = compact[:L]
            if iban_ok(cand):
                n_iban += 1
            elif cand in INVALID_IBANS_OK:
                n_iban_bad_ok += 1
            else:
                problems.append(pre + f"IBAN checksum wrong: {cand}")
    # 3. labels
    lab = collections.Counter(r[1] for r in rows)
    if dict(lab) != EXPECTED:
        problems.append(f"label counts {dict(lab)} != {EXPECTED}")
    for r in rows:
        if r[1] == "NORMAL" and not r[4]:
            problems.append(f"{r[0]}: empty reason")
    lang = collections.Counter(r[2] for r in rows)
    # report
    print(f"mails: {len(files)}  (byte-identical rebuild: {'yes' if not any('differs' in p for p in problems) else 'NO'})")
    print("labels:", ", ".join(f"{k} {lab[k]}" for k in EXPECTED))
    print("lang:", ", ".join(f"{k} {v}" for k, v in sorted(lang.items())))
    print("label x lang:")
    for k in EXPECTED:
        print(f"  {k:22s}", "  ".join(f"{l} {sum(1 for r in rows if r[1] == k and r[2] == l):3d}" for l in ("de", "en", "mixed")))
    kinds = collections.Counter((r[3], r[1]) for r in rows)
    print("kind (N/C/S):")
    for kd in sorted({r[3] for r in rows}, key=lambda k: -sum(1 for r in rows if r[3] == k)):
        print(f"  {kd:28s} {sum(1 for r in rows if r[3] == kd):3d}  "
              f"{kinds[(kd, 'NORMAL')]}/{kinds[(kd, 'CONFIDENTIAL')]}/{kinds[(kd, 'STRICTLY_CONFIDENTIAL')]}")
    print("top-level types:", dict(sorted(top.items())))
    print("text-part charsets:", dict(sorted(charsets.items())))
    print("text-part transfer encodings:", dict(sorted(ctes.items())))
    print("attachments opened (incl. ZIP members):", {k: v for k, v in sorted(stats.items()) if not k.startswith("body:")})
    print(f"IBANs checked: {n_iban} valid, {n_iban_bad_ok} deliberately invalid")
    print(f"traps: {sum(1 for r in rows if r[4].startswith('trap:'))}, grey: {sum(1 for r in rows if 'grey:' in r[4])}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  " + p)
        return 1
    print("\ncheck OK: CRLF everywhere, no MIME defects, unique Message-IDs, all hosts .example, "
          "charsets decode, every attachment opens, PDF text layers present, IBAN checksums valid, label counts 60/45/45")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
